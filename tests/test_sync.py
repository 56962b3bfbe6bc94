"""yaodian sync against real Anki, both paths: a closed collection file (the `anki` package) and
AnkiConnect (anki-connect-server, a real AnkiConnect-compatible server over a real collection).

Every test runs the command line as the learner would, changes things "inside Anki" through
the same real parts (the anki package, or AnkiConnect requests), and checks both sides.
"""

from __future__ import annotations

import importlib.metadata
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import anki.collection as anki_collection
import pytest
from typer.testing import CliRunner

from yaodian.cards import load_card_file
from yaodian.cli import app
from yaodian.files import hold_folder

runner = CliRunner()


def _cli(*args: str, code: int = 0) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output
    return result.output


def _summary(output: str) -> str:
    """The summary line, without its timing."""
    line = next(line for line in output.splitlines() if line.startswith("sync: "))
    return re.sub(r" \([^()]*, \d+\.\d s\)", "", line)


# ---------------------------------------------------------------- Anki, either way


class ViaCollection:
    """Anki closed: sync writes the collection file; the test opens it with the anki package."""

    name = "collection"

    def __init__(self, path: Path) -> None:
        self.path = path
        anki_collection.Collection(str(path)).close()  # a fresh, empty collection

    @property
    def args(self) -> list[str]:
        return ["--collection", str(self.path)]

    @contextmanager
    def open(self) -> Iterator[anki_collection.Collection]:
        col = anki_collection.Collection(str(self.path))
        try:
            yield col
        finally:
            col.close()

    def study_everything(self) -> None:
        with self.open() as col:
            for card_id in col.find_cards(""):
                card = col.get_card(card_id)
                card.start_timer()
                col.sched.answerCard(card, 3)

    def edit_note(self, card_id: str, field: str, old: str, new: str) -> None:
        with self.open() as col:
            (note_id,) = col.find_notes(f"Id:{card_id}")
            note = col.get_note(note_id)
            assert old in note[field]
            note[field] = note[field].replace(old, new, 1)
            col.update_note(note)

    def delete_note(self, card_id: str) -> None:
        with self.open() as col:
            col.remove_notes(list(col.find_notes(f"Id:{card_id}")))

    def note(self, card_id: str) -> dict[str, str] | None:
        with self.open() as col:
            found = col.find_notes(f"Id:{card_id}")
            return dict(col.get_note(found[0]).items()) if found else None

    def finish(self) -> None:
        """Nothing to stop: the collection is closed between commands."""


class ViaAnkiConnect:
    """Anki running: sync talks to a real AnkiConnect server; so do the test's edits in Anki."""

    name = "ankiconnect"

    def __init__(self, path: Path, start) -> None:
        self.path = path
        self.start = start
        self.server = start(path)

    @property
    def args(self) -> list[str]:
        return ["--url", self.server.url]

    @contextmanager
    def open(self) -> Iterator[anki_collection.Collection]:
        """The collection itself, with the server stopped (it holds the collection open) and started again after."""
        self.server.stop()
        col = anki_collection.Collection(str(self.path))
        try:
            yield col
        finally:
            col.close()
            self.server = self.start(self.path)

    def study_everything(self) -> None:
        cards = self.server.invoke("findCards", query="deck:*")
        answered = self.server.invoke("answerCards", answers=[{"cardId": c, "ease": 3} for c in cards])
        assert answered == [True] * len(cards)

    def edit_note(self, card_id: str, field: str, old: str, new: str) -> None:
        (note_id,) = self.server.invoke("findNotes", query=f"Id:{card_id}")
        (info,) = self.server.invoke("notesInfo", notes=[note_id])
        value = info["fields"][field]["value"]
        assert old in value
        self.server.invoke(
            "updateNoteFields", note={"id": note_id, "fields": {field: value.replace(old, new, 1)}}
        )

    def delete_note(self, card_id: str) -> None:
        self.server.invoke("deleteNotes", notes=self.server.invoke("findNotes", query=f"Id:{card_id}"))

    def note(self, card_id: str) -> dict[str, str] | None:
        found = self.server.invoke("findNotes", query=f"Id:{card_id}")
        if not found:
            return None
        (info,) = self.server.invoke("notesInfo", notes=found)
        return {name: value["value"] for name, value in info["fields"].items()}

    def finish(self) -> None:
        self.server.stop()


@pytest.fixture(params=["collection", "ankiconnect"])
def anki(request: pytest.FixtureRequest, project: Path):
    path = project / "anki" / "collection.anki2"
    path.parent.mkdir()
    if request.param == "collection":
        side = ViaCollection(path)
    else:
        side = ViaAnkiConnect(path, request.getfixturevalue("ankiconnect"))
    yield side
    side.finish()


@pytest.fixture
def project(tmp_path: Path, seed_paths: list[Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(seed_paths[0].parent, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    _cli("make")
    return tmp_path


def _history(col: anki_collection.Collection) -> dict[int, tuple]:
    """Per card: its review count, scheduling state and number of review-log entries."""
    rows = col.db.all(
        "select c.id, c.reps, c.type, c.ivl, c.due, (select count() from revlog r where r.cid = c.id) from cards c"
    )
    return {row[0]: tuple(row[1:]) for row in rows}


def _changeable_items(project: Path) -> Iterator[tuple[Path, Path, str, str]]:
    """List cards whose first item stands once in its source, in no cloze card (whose sentence a
    change to it would change too) and in no heading path (which cards under it show): (card
    file, source, card id, item)."""
    for card_path in sorted((project / "cards").glob("*.yaml")):
        source = project / "seeds" / f"{card_path.stem}.txt"
        text = source.read_text(encoding="utf-8")
        cards = load_card_file(card_path).cards
        others = " ".join(re.sub(r"\{\{c\d+::|\}\}", "", c.text) for c in cards if c.type == "cloze")
        others += " ".join(c.origin.section for c in cards if c.origin and c.origin.section)
        for card in cards:
            item = card.items[0] if card.type == "list" else ""
            if len(item) >= 4 and text.count(item) == 1 and item[:4] not in others:
                yield card_path, source, card.id, item


def _card(card_path: Path, card_id: str):
    return next(c for c in load_card_file(card_path).cards if c.id == card_id)


def _files(project: Path) -> dict[str, bytes]:
    """Every file of the cards folder, by name: to show that nothing was written."""
    return {p.name: p.read_bytes() for p in sorted((project / "cards").iterdir())}


# ---------------------------------------------------------------- the learner's loop


def test_the_learners_loop_both_ways_keeps_notes_and_history(project: Path, anki) -> None:
    notes = sum(len(load_card_file(p).cards) for p in (project / "cards").glob("*.yaml"))
    assert (
        _summary(_cli("sync", *anki.args))
        == f"sync: 0 pulled, {notes} added, 0 updated, 0 conflicts, 0 unchanged"
    )
    anki.study_everything()
    with anki.open() as col:
        history = _history(col)
        assert col.note_count() == notes
        assert all(reps == 1 and logs == 1 for reps, _t, _i, _d, logs in history.values())

    # a typo fixed inside Anki comes into the YAML
    changeable = _changeable_items(project)
    typo_path, _typo_source, typo_id, typo_item = next(changeable)
    fixed = typo_item[:-1] + "（订正）"
    anki.edit_note(typo_id, "Text", f"::{typo_item}}}}}", f"::{fixed}}}}}")
    output = _cli("sync", *anki.args)
    assert _summary(output) == f"sync: 1 pulled, 0 added, 0 updated, 0 conflicts, {notes - 1} unchanged"
    assert f"pulled {typo_path.relative_to(project)}:" in output
    assert _card(typo_path, typo_id).items[0] == fixed

    # another card's source changes; extract updates that card and keeps the pulled one
    card_path, source, card_id, item = next(c for c in changeable if c[2] != typo_id)
    # a word inside the item changes; its opening and ending, which parallel sets share, stay
    changed = item[:1] + ("甲" if item[1] != "甲" else "乙") + item[2:]
    source.write_text(source.read_text(encoding="utf-8").replace(item, changed), encoding="utf-8")
    output = _cli("extract", "seeds")
    assert "1 updated" in output
    assert _card(typo_path, typo_id).items[0] == fixed
    assert _summary(_cli("sync", *anki.args)) == (
        f"sync: 0 pulled, 0 added, 1 updated, 0 conflicts, {notes - 1} unchanged"
    )
    assert _card(card_path, card_id).items[0] == changed
    assert "{{c1::" + fixed + "}}" in anki.note(typo_id)["Text"]
    assert "{{c1::" + changed + "}}" in anki.note(card_id)["Text"]
    with anki.open() as col:
        assert col.note_count() == notes
        assert _history(col) == history  # every card: same id, reps, scheduling and review log
    assert (
        _summary(_cli("sync", *anki.args))
        == f"sync: 0 pulled, 0 added, 0 updated, 0 conflicts, {notes} unchanged"
    )


def test_sync_reminds_of_empty_cards_when_a_note_it_updates_loses_cloze_numbers(project: Path, anki) -> None:
    """As build does: the learner unclozes two gaps of a synced card; the sync that updates its note
    leaves their two cards in Anki, empty, and says so once, with what deletes them."""
    path = project / "cards" / "自己.yaml"
    path.write_text(
        "source: 自己.txt\ntitle: 自己的卡片\ndeck: 要点::自己的卡片\ncards:\n- id: own1\n  type: cloze\n"
        "  text: 对{{c1::小错}}、{{c2::苗头}}、{{c3::倾向}}要及时纠正。\n",
        encoding="utf-8",
    )
    assert "Empty Cards" not in _cli("sync", *anki.args)
    path.write_text(
        path.read_text(encoding="utf-8").replace("{{c2::苗头}}、{{c3::倾向}}", "苗头、倾向"), encoding="utf-8"
    )
    output = _cli("sync", *anki.args)
    assert _summary(output).startswith("sync: 0 pulled, 0 added, 1 updated")
    assert (
        "note: this sync no longer asks 2 cards Anki has (cloze numbers retired or dropped, or a study mode "
        "changed): Tools › Empty Cards deletes them (else Anki keeps them, empty, in review)\n"
        "  cards/自己.yaml:5: own1: c2, c3\n"  # which note, and which of its cards
    ) in output
    with anki.open() as col:
        (note_id,) = col.find_notes("Id:own1")
        assert len(col.get_note(note_id).cards()) == 3  # what the note says: two of them empty
    assert "Empty Cards" not in _cli("sync", *anki.args)


def test_sync_names_list_items_edited_into_new_questions_as_build_does(project: Path, anki) -> None:
    path = project / "cards" / "自己.yaml"
    path.write_text(
        "source: 自己.txt\ntitle: 自己的卡片\ndeck: 要点::自己的卡片\ncards:\n- id: own2\n  type: list\n"
        "  prompt: 两项要求\n  items: [早发现, 早处置]\n",
        encoding="utf-8",
    )
    _cli("sync", *anki.args)
    path.write_text(path.read_text(encoding="utf-8").replace("早处置]", "早处置、早整改]"), encoding="utf-8")
    result = runner.invoke(app, ["sync", *anki.args])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("warning: cards/自己.yaml:5: own2: 1 item now asks something else")
    assert "c2 早处置 → c3 早处置、早整改 (a part added" in result.stderr
    assert runner.invoke(app, ["sync", *anki.args]).stderr == ""  # said once, as build says it
    # an item dropped whose line the extra still lists: said at every sync, as at every build
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "早处置、早整改]",
            "早处置、早整改]\n  extra: |-\n    1. 早发现\n    2. 早处置、早整改\n    3. 早报告",
        ),
        encoding="utf-8",
    )
    assert "which names no item of the card" in runner.invoke(app, ["sync", *anki.args]).stderr


def test_a_synced_note_is_the_note_the_package_makes(project: Path, tmp_path: Path) -> None:
    synced = ViaCollection(tmp_path / "synced.anki2")
    imported = ViaCollection(tmp_path / "imported.anki2")
    _cli("sync", *synced.args)
    with imported.open() as col:
        col.import_anki_package(
            anki_collection.ImportAnkiPackageRequest(
                package_path=str(project / "decks" / "要点.apkg"),
                options=anki_collection.ImportAnkiPackageOptions(with_deck_configs=True),
            )
        )

    def notes(side: ViaCollection) -> dict:
        with side.open() as col:
            found = {}
            for note_id in col.find_notes(""):
                note = col.get_note(note_id)
                decks = sorted({col.decks.name(card.did) for card in note.cards()})
                ords = sorted(card.ord for card in note.cards())
                found[note.guid] = (note.mid, list(note.items()), sorted(note.tags), decks, ords)
            return found

    assert notes(synced) == notes(imported)


def test_sync_after_importing_the_package_adds_no_duplicates(project: Path, anki) -> None:
    with anki.open() as col:
        col.import_anki_package(
            anki_collection.ImportAnkiPackageRequest(
                package_path=str(project / "decks" / "要点.apkg"),
                options=anki_collection.ImportAnkiPackageOptions(),
            )
        )
        count = col.note_count()
    assert (
        _summary(_cli("sync", *anki.args))
        == f"sync: 0 pulled, 0 added, 0 updated, 0 conflicts, {count} unchanged"
    )
    with anki.open() as col:
        assert col.note_count() == count


# ---------------------------------------------------------------- decks: a corrected title


def _retitle(card_path: Path, title: str) -> tuple[str, str]:
    """The learner corrects a card file's title (and its deck line, which names the deck): (old deck, new)."""
    text = card_path.read_text(encoding="utf-8")
    old = re.search(r"(?m)^deck: (.+)$", text).group(1)
    text = re.sub(r"(?m)^title: .+$", f"title: {title}", text, count=1)
    text = re.sub(r"(?m)^deck: .+$", f"deck: 要点::{title}", text, count=1)
    card_path.write_text(text, encoding="utf-8")
    return old, f"要点::{title}"


def _decks(col: anki_collection.Collection, card_ids: list[str]) -> dict[str, int]:
    """How many cards the notes of these card ids have in each deck."""
    found: dict[str, int] = {}
    for card_id in card_ids:
        for cid in col.find_cards(f"Id:{card_id}"):
            name = col.decks.name(col.get_card(cid).did)
            found[name] = found.get(name, 0) + 1
    return found


def test_a_corrected_title_moves_the_cards_anki_has_and_keeps_their_history(project: Path, anki) -> None:
    """An import never moves a card between decks; sync moves the cards of a retitled document's
    notes to its new deck (Anki's Change Deck), with their scheduling and review log."""
    _cli("sync", *anki.args)
    anki.study_everything()
    card_path = sorted((project / "cards").glob("*.yaml"))[0]
    ids = [card.id for card in load_card_file(card_path).cards]
    with anki.open() as col:
        history = _history(col)
        (old_deck,) = _decks(col, ids)
        cards = col.card_count()
        preset = col.decks.get(col.decks.id_for_name(old_deck))["conf"]
    old, new = _retitle(card_path, "改正后的标题")
    assert old == old_deck
    output = _cli("sync", *anki.args)
    assert (
        f"deck: moved the cards of {len(ids)} notes from '{old}' to '{new}', their card file's deck" in output
    )
    assert _summary(output).endswith(f", {len(ids)} moved to another deck")
    with anki.open() as col:
        assert set(_decks(col, ids)) == {new}
        assert col.card_count() == cards
        assert _history(col) == history  # same cards, same reviews and scheduling
        assert col.decks.get(col.decks.id_for_name(new))["conf"] == preset
    assert "moved" not in _summary(_cli("sync", *anki.args))


def test_a_dry_run_says_which_cards_would_move_and_moves_none(project: Path, anki) -> None:
    _cli("sync", *anki.args)
    card_path = sorted((project / "cards").glob("*.yaml"))[0]
    ids = [card.id for card in load_card_file(card_path).cards]
    old, new = _retitle(card_path, "改正后的标题")
    output = _cli("sync", "--dry-run", *anki.args)
    assert f"deck: would move the cards of {len(ids)} notes from '{old}' to '{new}'" in output
    assert f", {len(ids)} moved to another deck" in _summary(output)
    with anki.open() as col:
        assert set(_decks(col, ids)) == {old}
        assert col.decks.id_for_name(new) is None


def test_cards_the_learner_moved_to_decks_of_their_own_stay_there(project: Path, anki) -> None:
    """Only the cards still in the deck yaodian placed them in follow a corrected title: those the
    learner filed elsewhere, under the root or outside it, stay, and one line says so."""
    _cli("sync", *anki.args)
    card_path = sorted((project / "cards").glob("*.yaml"))[0]
    ids = [card.id for card in load_card_file(card_path).cards]
    outside, inside = ids[0], ids[1]
    with anki.open() as col:
        col.set_deck(col.find_cards(f"Id:{outside}"), col.decks.id("难点"))
        col.set_deck(col.find_cards(f"Id:{inside}"), col.decks.id("要点::政治::我的分类"))
    output = _cli("sync", *anki.args)
    assert "deck:" not in output  # the card file still names the deck: nothing to move, nothing said
    _old, new = _retitle(card_path, "改正后的标题")
    output = _cli("sync", *anki.args)
    assert _summary(output).endswith(f", {len(ids) - 2} moved to another deck")
    (left,) = [line for line in output.splitlines() if "you moved to other decks" in line]
    assert left.startswith("deck: 2 notes of corrected card files have cards you moved to other decks")
    assert "'要点::政治::我的分类', '难点'" in left
    with anki.open() as col:
        assert set(_decks(col, [outside])) == {"难点"}
        assert set(_decks(col, [inside])) == {"要点::政治::我的分类"}
        assert set(_decks(col, ids[2:])) == {new}
    assert "deck:" not in _cli("sync", *anki.args)  # said once: the next sync has nothing to move


def test_a_corrected_title_moves_the_cards_of_a_package_imported_by_hand(project: Path, anki) -> None:
    """Without a sync's record of where the cards were placed, the old deck is the one beside the
    new deck that Anki's Source names by the old title; the learner's other decks are left."""
    _import_package(anki, project)
    card_path = sorted((project / "cards").glob("*.yaml"))[0]
    ids = [card.id for card in load_card_file(card_path).cards]
    with anki.open() as col:
        (old,) = _decks(col, ids)
        col.set_deck(col.find_cards(f"Id:{ids[0]}"), col.decks.id("要点::政治::我的分类"))
    _old, new = _retitle(card_path, "改正后的标题")
    output = _cli("sync", *anki.args)
    assert f"deck: moved the cards of {len(ids) - 1} notes from '{old}' to '{new}'" in output
    with anki.open() as col:
        assert set(_decks(col, ids[1:])) == {new}
        assert set(_decks(col, ids[:1])) == {"要点::政治::我的分类"}


def test_a_corrected_title_moves_the_cards_after_the_corrected_package_was_imported(
    project: Path, anki
) -> None:
    """Importing the corrected build first updates the notes' Source (the old title is gone from
    Anki's fields) but moves no card: the deck the first package put them in still tells sync."""
    _import_package(anki, project)
    card_path = sorted((project / "cards").glob("*.yaml"))[0]
    ids = [card.id for card in load_card_file(card_path).cards]
    with anki.open() as col:
        (old,) = _decks(col, ids)
    _old, new = _retitle(card_path, "改正后的标题")
    _cli("build")
    _import_package(anki, project)
    with anki.open() as col:
        assert set(_decks(col, ids)) == {old}  # the import updated the notes where they are
    output = _cli("sync", *anki.args)
    assert f"deck: moved the cards of {len(ids)} notes from '{old}' to '{new}'" in output
    with anki.open() as col:
        assert set(_decks(col, ids)) == {new}


def test_a_deck_renamed_in_anki_is_the_learners(project: Path, anki) -> None:
    """A learner who renamed or filed a document's deck in Anki keeps it: no card file changed, so
    sync moves nothing back, before or after its first sync."""
    _import_package(anki, project)
    card_path = sorted((project / "cards").glob("*.yaml"))[0]
    ids = [card.id for card in load_card_file(card_path).cards]
    with anki.open() as col:
        (old,) = _decks(col, ids)
        filed = "要点::政治::" + old.rpartition("::")[2]
        col.decks.rename(col.decks.id_for_name(old), filed)
    for _ in range(2):
        output = _cli("sync", *anki.args)
        assert "deck:" not in output
        assert "moved to another deck" not in _summary(output)
        with anki.open() as col:
            assert set(_decks(col, ids)) == {filed}


def test_cards_in_a_filtered_deck_stay_there_until_they_are_home(project: Path, anki) -> None:
    """Moving a card takes it out of a filtered deck, ending the learner's session with it: sync
    leaves it there, says so, and moves it once the filtered deck is emptied."""
    from anki.decks import DeckId

    _cli("sync", *anki.args)
    card_path = sorted((project / "cards").glob("*.yaml"))[0]
    ids = [card.id for card in load_card_file(card_path).cards]
    with anki.open() as col:
        filtered = col.sched.get_or_create_filtered_deck(deck_id=DeckId(0))
        filtered.name = "要点::今日复习"
        filtered.config.search_terms[0].search = f"Id:{ids[0]}"
        filtered_id = col.sched.add_or_update_filtered_deck(filtered).id
        assert set(_decks(col, [ids[0]])) == {"要点::今日复习"}
    _old, new = _retitle(card_path, "改正后的标题")
    output = _cli("sync", *anki.args)
    assert (
        "deck: 1 notes of corrected card files have cards in the filtered decks '要点::今日复习': sync moves"
        in output
    )
    assert _summary(output).endswith(f", {len(ids) - 1} moved to another deck")
    with anki.open() as col:
        assert set(_decks(col, [ids[0]])) == {"要点::今日复习"}
        col.sched.empty_filtered_deck(DeckId(filtered_id))
    assert _summary(_cli("sync", *anki.args)).endswith(", 1 moved to another deck")
    with anki.open() as col:
        assert set(_decks(col, ids)) == {new}


# ---------------------------------------------------------------- after importing the package by hand


def _import_package(anki, project: Path) -> None:
    """decks/要点.apkg imported as File › Import does, with its default options."""
    with anki.open() as col:
        col.import_anki_package(
            anki_collection.ImportAnkiPackageRequest(
                package_path=str(project / "decks" / "要点.apkg"),
                options=anki_collection.ImportAnkiPackageOptions(),
            )
        )


def _add_own_cloze_notes(anki, count: int) -> None:
    """Notes the learner made in Anki with its stock Cloze note type."""
    with anki.open() as col:
        model = col.models.by_name("Cloze")
        for number in range(count):
            note = col.new_note(model)
            note["Text"] = f"我自己的{{{{c1::卡片{number}}}}}"
            col.add_note(note, col.decks.id("Default"))


def _change_note_type(anki, card_id: str, to: str = "Cloze") -> int:
    """The note of `card_id` changed to another note type, as Browse › Notes › Change Note Type does."""
    with anki.open() as col:
        (note_id,) = col.find_notes(f"Id:{card_id}")
        old = col.get_note(note_id).mid
        request = col.models.change_notetype_info(
            old_notetype_id=old, new_notetype_id=col.models.by_name(to)["id"]
        ).input
        request.note_ids.extend([note_id])
        col.models.change_notetype_of_notes(request)
        return int(note_id)


def _everything(anki) -> tuple:
    """Every note (fields, tags, note type, time) and every note type's fields: to show nothing changed."""
    with anki.open() as col:
        notes = col.db.all("select id, guid, mid, mod, flds, tags from notes order by id")
        types = sorted(
            (m["id"], m["name"], [f["name"] for f in m["flds"]], m["css"]) for m in col.models.all()
        )
        return notes, types


def test_a_note_changed_to_another_note_type_stops_an_import_before_anything_changes(
    project: Path, anki
) -> None:
    """An import would merge the learner's Cloze type into yaodian's and empty yaodian's notes."""
    _add_own_cloze_notes(anki, 3)
    _import_package(anki, project)
    _card_path, _source, card_id, _item = next(_changeable_items(project))
    note_id = _change_note_type(anki, card_id)
    (project / "cards" / ".yaodian-build.json").unlink()  # the build state is lost: the card looks new
    files, before = _files(project), _everything(anki)
    output = _cli("sync", *anki.args, code=1)
    if anki.name == "collection":  # the collection shows each note's GUID: the card is known
        where, details = anki.path, f"note {note_id}, Cloze, card {card_id}"
    else:  # AnkiConnect shows no GUIDs: notes tagged yaodian under another type are named
        where, details = f"AnkiConnect at {anki.server.url}", f"note {note_id}, Cloze"
    assert output == (
        f"error: {where}: 1 notes of yaodian's have another note type in Anki ({details}); sync adds no "
        "notes while they do (an import could merge that note type into yaodian's and empty fields). "
        "In Anki, change them back to 'yaodian 要点 cloze' (Browse › Notes › Change Note Type) or delete "
        "them, then sync again\n"
    )
    assert _files(project) == files
    assert _everything(anki) == before


@pytest.mark.parametrize("where", ["yaml", "source"])
def test_the_first_sync_after_an_import_sends_a_later_build_to_anki(project: Path, anki, where: str) -> None:
    """Anki holds the package imported before the card changed (in the YAML, or in its source and
    extracted again): its older copy is not an edit made in Anki, and the YAML's version wins."""
    _import_package(anki, project)
    card_path, source, card_id, item = next(_changeable_items(project))
    if where == "yaml":
        text = card_path.read_text(encoding="utf-8")
        card_path.write_text(text.replace(f"  - {item}\n", f"  - {item}（我改的）\n", 1), encoding="utf-8")
        _cli("build")
        changed = f"{item}（我改的）"
    else:
        changed = item[:-1] + ("甲" if item[-1] != "甲" else "乙")
        source.write_text(source.read_text(encoding="utf-8").replace(item, changed), encoding="utf-8")
        assert "1 updated" in _cli("make")
    output = _cli("sync", *anki.args)
    assert _summary(output).startswith("sync: 0 pulled, 0 added, 1 updated, 0 conflicts,"), output
    assert _card(card_path, card_id).items[0] == changed
    assert "{{c1::" + changed + "}}" in anki.note(card_id)["Text"]
    if where == "source":  # the card still follows its source: not taken for a hand edit
        assert ", 0 kept," in _cli("extract", "seeds", "--force")


def test_the_first_sync_after_an_import_reports_a_note_deleted_in_anki(project: Path, anki) -> None:
    """A card of the imported package that Anki no longer has was deleted there: reported, not added
    again; a card built after the import is added."""
    _import_package(anki, project)
    card_path, _source, card_id, _item = next(_changeable_items(project))
    anki.delete_note(card_id)
    time.sleep(1.1)  # the next build is in a later second than the imported one
    text = card_path.read_text(encoding="utf-8")
    card_path.write_text(text + "- id: mine01\n  type: cloze\n  text: 我加的{{c1::卡片}}\n", encoding="utf-8")
    _cli("build")
    output = _cli("sync", *anki.args)
    assert (
        f"deleted in Anki {card_path.relative_to(project)}:{_card(card_path, card_id).line}: {card_id} "
        "(it was in the package imported into Anki: deleted there, or changed to another note type); "
        "kept in the YAML and not added again (--deleted drop removes it from the YAML)"
    ) in output
    assert (
        "first sync: 1 cards of the last build are not in Anki and are newer than every note of it that "
        "Anki has, so they are added (if you deleted any in Anki, delete them again)"
    ) in output
    assert _summary(output).startswith("sync: 0 pulled, 1 added, 0 updated, 0 conflicts,")
    assert _summary(output).endswith(", 1 deleted in Anki")
    assert anki.note(card_id) is None
    assert anki.note("mine01") is not None


def test_an_edit_in_anki_older_than_the_yamls_build_is_a_conflict(project: Path, anki) -> None:
    """Edited in Anki after the import, then changed in the YAML and built: both versions are kept."""
    _import_package(anki, project)
    time.sleep(1.1)
    card_path, _source, card_id, item = next(_changeable_items(project))
    anki.edit_note(card_id, "Text", f"::{item}}}}}", f"::{item}订}}}}")
    time.sleep(1.1)
    text = card_path.read_text(encoding="utf-8")
    card_path.write_text(text.replace(f"  - {item}\n", f"  - {item}改\n", 1), encoding="utf-8")
    _cli("build")
    output = _cli("sync", *anki.args)
    assert _summary(output).startswith("sync: 0 pulled, 0 added, 0 updated, 1 conflicts,")
    assert (
        f": {card_id} differs in the YAML and in Anki, and sync cannot tell which side changed it (no record "
        "of an earlier sync, and Anki's copy is not one yaodian built); the YAML keeps its version"
    ) in output
    card = _card(card_path, card_id)
    assert card.items[0] == item + "改"
    assert card.conflict == {"items": [item + "订", *card.items[1:]]}
    assert "{{c1::" + item + "订}}" in anki.note(card_id)["Text"]


def test_an_edit_in_anki_after_an_import_is_pulled(project: Path, anki) -> None:
    _import_package(anki, project)
    time.sleep(1.1)
    card_path, _source, card_id, item = next(_changeable_items(project))
    anki.edit_note(card_id, "Text", f"::{item}}}}}", f"::{item}订}}}}")
    output = _cli("sync", *anki.args)
    assert _summary(output).startswith("sync: 1 pulled, 0 added, 0 updated, 0 conflicts,")
    assert _card(card_path, card_id).items[0] == item + "订"


def test_a_note_changed_to_another_note_type_after_an_import_is_left_alone(project: Path, anki) -> None:
    """The reviewer's case: the learner's own Cloze notes, the package imported and studied, one of
    yaodian's notes changed to Cloze. Nothing is merged, emptied or added; the note is reported."""
    _add_own_cloze_notes(anki, 3)
    _import_package(anki, project)
    anki.study_everything()
    _card_path, _source, card_id, _item = next(_changeable_items(project))
    _change_note_type(anki, card_id)
    notes, types = _everything(anki)
    output = _cli("sync", *anki.args)
    assert (
        f": {card_id} (it was in the package imported into Anki: deleted there, or changed to another note type)"
        in output
    )
    assert _summary(output).startswith("sync: 0 pulled, 0 added, 0 updated, 0 conflicts,")
    after_notes, after_types = _everything(anki)
    assert after_types == types  # no note type merged, changed or gone
    assert [row[:3] + row[4:] for row in after_notes] == [row[:3] + row[4:] for row in notes]
    assert _summary(_cli("sync", *anki.args)).startswith("sync: 0 pulled, 0 added, 0 updated, 0 conflicts,")


# ---------------------------------------------------------------- conflicts and choices


def test_a_card_changed_on_both_sides_keeps_both_versions_until_resolved(project: Path, anki) -> None:
    _cli("sync", *anki.args)
    card_path, _source, card_id, item = next(_changeable_items(project))
    anki.edit_note(card_id, "Text", f"::{item}}}}}", f"::{item}订}}}}")
    text = card_path.read_text(encoding="utf-8")
    card_path.write_text(text.replace(f"  - {item}\n", f"  - {item}改\n", 1), encoding="utf-8")

    output = _cli("sync", *anki.args)
    assert _summary(output).startswith("sync: 0 pulled, 0 added, 0 updated, 1 conflicts,")
    card = _card(card_path, card_id)
    assert card.items[0] == item + "改"
    assert card.conflict == {"items": [item + "订", *card.items[1:]]}
    assert "{{c1::" + item + "订}}" in anki.note(card_id)["Text"]  # Anki keeps its version too
    check = runner.invoke(app, ["check"])
    assert check.exit_code == 1
    assert (
        f"error: {card_path.relative_to(project)}:{card.line}: card {card_id} was changed in the YAML and in Anki; "
        "Anki's version is under 'conflict': keep what you want in the card and delete 'conflict'"
    ) in check.output

    # while unresolved, sync leaves the card alone
    assert "still holds a conflict" in _cli("sync", *anki.args)
    # resolved: the learner keeps the YAML's word and deletes `conflict:`; Anki gets it
    text = card_path.read_text(encoding="utf-8")
    card_path.write_text(re.sub(r"  conflict:\n(    .*\n)+", "", text), encoding="utf-8")
    assert _cli("check").startswith("check:")
    assert ", 1 updated, 0 conflicts," in _summary(_cli("sync", *anki.args))
    assert "{{c1::" + item + "改}}" in anki.note(card_id)["Text"]
    assert ", 0 updated, 0 conflicts," in _summary(_cli("sync", *anki.args))


def _resolve(card_path: Path, card_id: str, item: str | None = None, new: str | None = None) -> None:
    """The learner resolves a conflict: deletes `conflict:` (and puts `item` back as `new`)."""
    text = re.sub(r"  conflict:\n(    .*\n)+", "", card_path.read_text(encoding="utf-8"))
    if item is not None and new is not None:
        text = text.replace(f"  - {item}\n", f"  - {new}\n", 1)
    card_path.write_text(text, encoding="utf-8")
    assert _card(card_path, card_id).conflict is None


@pytest.mark.parametrize("side", ["anki", "both"])
def test_a_conflict_resolved_as_the_yaml_had_it_is_sent_to_anki(project: Path, anki, side: str) -> None:
    """A note Anki changed beyond reading back (an item without its cloze), or a card both sides
    changed: the learner keeps the YAML's version as it was; the next sync gives it to Anki."""
    _cli("sync", *anki.args)
    card_path, _source, card_id, item = next(_changeable_items(project))
    before = anki.note(card_id)["Text"]
    anki.edit_note(card_id, "Text", "</ol>", "<li>没有填空的一项</li></ol>")
    if side == "both":
        text = card_path.read_text(encoding="utf-8")
        card_path.write_text(text.replace(f"  - {item}\n", f"  - {item}改\n", 1), encoding="utf-8")
    assert ", 1 conflicts," in _summary(_cli("sync", *anki.args))
    assert _card(card_path, card_id).conflict == {
        "html": before.replace("</ol>", "<li>没有填空的一项</li></ol>")
    }
    _resolve(card_path, card_id, f"{item}改", item)  # as the YAML had it before the conflict
    assert ", 1 updated, 0 conflicts," in _summary(_cli("sync", *anki.args))
    assert anki.note(card_id)["Text"] == before
    assert ", 0 updated, 0 conflicts," in _summary(_cli("sync", *anki.args))


def test_formatting_added_in_anki_is_never_overwritten(project: Path, anki) -> None:
    """Bold or colour added in Anki's editor: the YAML cannot hold them; Anki keeps them, and a
    later change of the card in the YAML is a conflict, not an overwrite."""
    _cli("sync", *anki.args)
    (bold_path, _s, bold_id, bold_item), (_p, _s2, red_id, red_item) = list(_changeable_items(project))[:2]
    bold = f"::<b>{bold_item[:2]}</b>{bold_item[2:]}}}}}"
    anki.edit_note(bold_id, "Text", f"::{bold_item}}}}}", bold)
    red = f'::<font color="#ff0000">{red_item}</font>}}}}'
    anki.edit_note(red_id, "Text", f"::{red_item}}}}}", red)
    output = _cli("sync", *anki.args)
    for card_id in (bold_id, red_id):
        assert (
            f": {card_id} has formatting added in Anki (bold, colour...) that the YAML cannot hold; Anki keeps "
            "it, and when the card changes in the YAML sync reports a conflict instead of overwriting it"
        ) in output
    assert _summary(output).startswith("sync: 0 pulled, 0 added, 0 updated, 0 conflicts,")
    assert bold in anki.note(bold_id)["Text"]
    assert red in anki.note(red_id)["Text"]
    output = _cli("sync", *anki.args)
    assert "formatted in Anki" not in output
    assert _summary(output).startswith("sync: 0 pulled, 0 added, 0 updated, 0 conflicts,")

    text = bold_path.read_text(encoding="utf-8")
    bold_path.write_text(text.replace(f"  - {bold_item}\n", f"  - {bold_item}改\n", 1), encoding="utf-8")
    output = _cli("sync", *anki.args)
    assert (
        f": {bold_id} was changed in the YAML, and its note has formatting added in Anki that the YAML cannot "
        "hold; the YAML keeps its version, Anki's is written under 'conflict:'"
    ) in output
    assert _summary(output).startswith("sync: 0 pulled, 0 added, 0 updated, 1 conflicts,")
    assert bold in _card(bold_path, bold_id).conflict["html"]
    assert bold in anki.note(bold_id)["Text"]


def test_tags_anki_gives_and_renamed_keywords_are_not_edits_of_the_card(project: Path, anki) -> None:
    """leech and marked are Anki's, about studying: never pulled, never taken away. A document
    keyword renamed in Anki's sidebar is yaodian's tag: its notes get it back, their cards stay
    as extract made them."""
    _cli("sync", *anki.args)
    (path_a, _s, card_a, _i), (_p, _s2, card_b, _i2) = list(_changeable_items(project))[:2]
    with anki.open() as col:
        for card_id, tag in ((card_a, "leech"), (card_b, "marked")):
            (note_id,) = col.find_notes(f"Id:{card_id}")
            note = col.get_note(note_id)
            note.tags.append(tag)
            col.update_note(note)
    files = _files(project)
    output = _cli("sync", *anki.args)
    assert _summary(output).startswith("sync: 0 pulled, 0 added, 0 updated, 0 conflicts,")
    assert _files(project) == files
    keyword = load_card_file(path_a).tags[0]
    with anki.open() as col:
        assert "leech" in col.get_note(col.find_notes(f"Id:{card_a}")[0]).tags
        assert "marked" in col.get_note(col.find_notes(f"Id:{card_b}")[0]).tags
        renamed = len(col.find_notes(f"tag:{keyword}"))
        col.tags.rename(keyword, keyword + "改名")  # the browser sidebar's Rename
    output = _cli("sync", *anki.args)
    assert (
        f"tags: {renamed} notes lost yaodian's tags in Anki ({keyword}; renamed there?); sync puts them back: "
        "a document's keywords are the tags: of its card file, to be changed there"
    ) in output
    assert _summary(output).startswith(f"sync: 0 pulled, 0 added, {renamed} updated, 0 conflicts,")
    assert _files(project) == files
    with anki.open() as col:
        assert len(col.find_notes(f"tag:{keyword}")) == renamed
        assert "leech" in col.get_note(col.find_notes(f"Id:{card_a}")[0]).tags
    assert ", 0 kept," in _cli("extract", "seeds", "--force")
    assert _summary(_cli("sync", *anki.args)).startswith("sync: 0 pulled, 0 added, 0 updated, 0 conflicts,")


def test_notes_made_in_anki_with_yaodians_note_type_are_left_alone(project: Path, anki) -> None:
    _cli("sync", *anki.args)
    with anki.open() as col:
        model = col.models.by_name("yaodian 要点 cloze")
        mine = []
        for number in range(2):
            note = col.new_note(model)
            note["Text"] = f"我在 Anki 里做的{{{{c1::卡片{number}}}}}"
            col.add_note(note, col.decks.id("Default"))
            mine.append(note.id)
    notes, _types = _everything(anki)
    output = _cli("sync", *anki.args)
    assert output.startswith(
        f"2 notes of yaodian's note type have no Id (note {min(mine)}, {max(mine)}): made in Anki? "
        "sync leaves them alone\n"
    )
    assert _summary(output).startswith("sync: 0 pulled, 0 added, 0 updated, 0 conflicts,")
    assert _everything(anki)[0] == notes


def test_the_learners_styling_of_the_note_type_stays_when_sync_adds_notes(project: Path, anki) -> None:
    assert "note type:" not in _cli("sync", *anki.args)
    with anki.open() as col:
        model = col.models.by_name("yaodian 要点 cloze")
        model["css"] += "\n.card { font-size: 40px; }  /* mine */\n"
        model["tmpls"][0]["afmt"] += "\n<div>我的背面</div>"
        col.models.update_dict(model)
    time.sleep(1.1)  # the new card's build is in a later second than the change of style
    card_path = sorted((project / "cards").glob("*.yaml"))[0]
    card_path.write_text(
        card_path.read_text(encoding="utf-8") + "- id: mine01\n  type: cloze\n  text: 我加的{{c1::卡片}}\n",
        encoding="utf-8",
    )
    output = _cli("sync", *anki.args)
    assert _summary(output).startswith("sync: 0 pulled, 1 added, 0 updated, 0 conflicts,")
    assert (
        "note type: 'yaodian 要点 cloze' in Anki has card templates or styling other than this yaodian's "
        "(changed in Anki, or by a newer yaodian); sync leaves them as they are, and a package built "
        "afterwards and imported by hand replaces them with yaodian's"
    ) in output
    with anki.open() as col:
        model = col.models.by_name("yaodian 要点 cloze")
        assert model["css"].endswith("/* mine */\n")
        assert model["tmpls"][0]["afmt"].endswith("<div>我的背面</div>")
        assert [f["name"] for f in model["flds"]] == ["Text", "Extra", "Source", "Hint", "Mode", "Id"]
    assert anki.note("mine01") is not None


def test_dry_run_writes_nothing_on_either_side(project: Path, anki) -> None:
    _cli("sync", *anki.args)
    card_path, _source, card_id, _item = next(_changeable_items(project))
    anki.edit_note(card_id, "Extra", "", "在 Anki 里加的")
    other = next(c for c in _changeable_items(project) if c[2] != card_id)
    text = other[0].read_text(encoding="utf-8")
    other[0].write_text(text.replace(f"  - {other[3]}\n", f"  - {other[3]}改\n", 1), encoding="utf-8")
    before_files = _files(project)
    with anki.open() as col:
        before_notes = col.db.all("select id, mod, flds, tags from notes order by id")
    output = _cli("sync", "--dry-run", *anki.args)
    assert _summary(output).endswith("; dry run: nothing written")
    assert _summary(output).startswith("sync: 1 pulled, 0 added, 1 updated, 0 conflicts")
    assert f"pulled {card_path.relative_to(project)}:" in output
    assert f": {card_id} was edited in Anki; the YAML would get Anki's version\n" in output
    assert _files(project) == before_files
    with anki.open() as col:
        assert col.db.all("select id, mod, flds, tags from notes order by id") == before_notes


def test_a_note_deleted_in_anki_is_reported_and_kept_or_dropped(project: Path, anki) -> None:
    _cli("sync", *anki.args)
    card_path, _source, card_id, _item = next(_changeable_items(project))
    anki.delete_note(card_id)
    for _ in range(2):  # reported every time, never added again
        output = _cli("sync", *anki.args)
        assert f"deleted in Anki {card_path.relative_to(project)}:" in output
        assert (
            f": {card_id}; kept in the YAML and not added again (--deleted drop removes it from the YAML)"
            in output
        )
        assert ", 1 deleted in Anki" in _summary(output)
        assert anki.note(card_id) is None
        assert _card(card_path, card_id)
    output = _cli("sync", "--deleted", "drop", *anki.args)
    assert f": {card_id}; removed from the YAML (--deleted drop)" in output
    assert card_id not in {c.id for c in load_card_file(card_path).cards}
    assert ", 1 deleted in Anki" not in _summary(_cli("sync", *anki.args))


def test_a_card_removed_from_the_yaml_is_pruned_only_when_asked(project: Path, anki) -> None:
    _cli("sync", *anki.args)
    anki.study_everything()
    card_path, _source, card_id, _item = next(_changeable_items(project))
    card = _card(card_path, card_id)
    blocks = re.split(r"(?m)^(?=- id: )", card_path.read_text(encoding="utf-8"))
    card_path.write_text(
        "".join(b for b in blocks if not re.match(rf"- id: {card_id}\b", b)), encoding="utf-8"
    )
    output = _cli("sync", *anki.args)
    assert f"removed {card_id}: no longer in the YAML; its note stays in Anki" in output
    assert (
        f"removed: 1 notes ({len(card.items)} cards, {len(card.items)} reviews) are no longer in the YAML; "
        "--prune deletes them from Anki"
    ) in output
    assert anki.note(card_id) is not None
    with anki.open() as col:
        reviews, cards = col.db.scalar("select count() from revlog"), col.card_count()
    dry = _cli("sync", "--prune", "--dry-run", *anki.args)
    assert f"prune: would delete 1 notes ({len(card.items)} cards, {len(card.items)} reviews)" in dry
    assert f"removed {card_id}: no longer in the YAML; its note would be deleted from Anki" in dry
    output = _cli("sync", "--prune", *anki.args)
    assert (
        f"prune: deleting 1 notes ({len(card.items)} cards, {len(card.items)} reviews) whose card is gone "
        "from the YAML; their cards' scheduling goes with them (Anki's review log keeps the reviews)"
    ) in output
    assert f"removed {card_id}: no longer in the YAML; its note is deleted from Anki" in output
    assert ", 1 pruned" in _summary(output)
    assert anki.note(card_id) is None
    with anki.open() as col:  # what the line says: the cards are gone, their reviews are still logged
        assert col.db.scalar("select count() from revlog") == reviews
        assert col.card_count() == cards - len(card.items)
    assert "removed" not in _summary(_cli("sync", *anki.args))


def test_a_sync_with_nothing_to_do_reads_anki_once_and_writes_nothing(project: Path, ankiconnect) -> None:
    """Every note is read from Anki once; the states are not written again when they hold the same."""
    from yaodian.ankiconnect import AnkiConnect
    from yaodian.cards import check_folder
    from yaodian.sync import SyncOptions, apply_sync, plan_sync

    class Counted(AnkiConnect):
        def __init__(self, url: str) -> None:
            super().__init__(url)
            self.asked: list[tuple[str, int]] = []

        def invoke(self, action: str, **params):
            self.asked.append((action, len(params.get("notes") or [])))
            return super().invoke(action, **params)

    server = ankiconnect(project / "collection.anki2")
    _cli("sync", "--url", server.url)
    notes = len(server.invoke("findNotes", query="deck:*"))
    states = {
        name: (project / "cards" / name).stat() for name in (".yaodian-sync.json", ".yaodian-build.json")
    }

    def sync() -> list[tuple[str, int]]:
        files, _problems = check_folder(project / "cards", conflicts=False)
        with Counted(server.url) as connection:
            connection.asked = []
            apply_sync(plan_sync(files, project / "cards", connection, SyncOptions()), connection)
            return connection.asked

    reads = [("modelNamesAndIds", 0), ("multi", 0), ("findNotes", 0), ("notesInfo", notes)]
    assert sync() == reads  # every card file names the deck its notes were placed in: no deck asked
    for name, before in states.items():
        after = (project / "cards" / name).stat()
        assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns), name
    # a change in the YAML: Anki is asked again about that one note only
    card_path, _source, _card_id, item = next(_changeable_items(project))
    text = card_path.read_text(encoding="utf-8")
    card_path.write_text(text.replace(f"  - {item}\n", f"  - {item}改\n", 1), encoding="utf-8")
    assert sync() == [*reads, ("multi", 0), ("notesInfo", 1)]


# ---------------------------------------------------------------- errors: one line, nothing changed


def test_a_sync_while_an_extract_writes_the_cards_refuses_at_once(project: Path) -> None:
    before = _files(project)
    with hold_folder(project / "cards", "extract"):
        output = _cli("sync", "--collection", str(project / "collection.anki2"), code=1)
    assert output == (
        "error: cards: another yaodian extract, build or sync is writing here; "
        "run sync again when it has finished\n"
    )
    assert _files(project) == before
    assert not (project / "collection.anki2").exists()


def test_a_note_type_whose_fields_were_renamed_in_anki_is_refused(project: Path, anki) -> None:
    _cli("sync", *anki.args)
    with anki.open() as col:
        model = col.models.by_name("yaodian 要点 cloze")
        col.models.rename_field(model, model["flds"][1], "Notes")
        col.models.update_dict(model)
    before = _files(project)
    output = _cli("sync", *anki.args, code=1)
    where = str(anki.path) if anki.name == "collection" else f"AnkiConnect at {anki.server.url}"
    assert output == (
        f"error: {where}: the note type 'yaodian 要点 cloze' was edited in Anki: its fields are Text, Notes, "
        "Source, Hint, Mode, Id; yaodian needs Text, Extra, Source, Hint, Mode, Id, in this order. "
        "Put them back in Anki (Tools › Manage Note Types › Fields), then sync again\n"
    )
    assert _files(project) == before


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_anki_not_running_is_one_line(project: Path) -> None:
    before = _files(project)
    url = f"http://127.0.0.1:{_free_port()}"
    assert _cli("sync", "--url", url, code=1) == (
        f"error: cannot reach AnkiConnect at {url} (Connection refused): start Anki with the AnkiConnect "
        "add-on (code 2055492159), or close Anki and sync its collection with --collection\n"
    )
    assert _files(project) == before


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("localhost", "no http:// and no port"),
        ("8765", "no http:// and no port"),
        ("http://[::1", "Invalid IPv6 URL"),
        ("http://127.0.0.1:8765 x", "a space in it"),
        ("ftp://127.0.0.1:8765", "AnkiConnect speaks http, not ftp"),
    ],
)
def test_a_url_that_is_not_one_is_one_line(project: Path, url: str, reason: str) -> None:
    before = _files(project)
    assert _cli("sync", "--url", url, code=1) == (
        f"error: --url {url}: {reason}; give AnkiConnect's address as http://HOST:PORT, "
        "e.g. http://127.0.0.1:8765\n"
    )
    assert _files(project) == before


def test_a_url_without_http_is_taken_as_http(project: Path, ankiconnect) -> None:
    server = ankiconnect(project / "collection.anki2")
    host_port = server.url.removeprefix("http://")
    output = _cli("sync", "--url", host_port)
    assert f"(AnkiConnect at http://{host_port}, " in output
    assert _summary(output).startswith("sync: 0 pulled, ")
    assert server.invoke("findNotes", query="deck:*")


def test_a_server_that_is_not_ankiconnect_is_one_line(project: Path) -> None:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        before = _files(project)
        assert _cli("sync", "--url", f"http://127.0.0.1:{port}", code=1) == (
            f"error: http://127.0.0.1:{port} does not answer as AnkiConnect does (HTTP 501 to version): "
            "is this the AnkiConnect add-on (code 2055492159)? Check --url\n"
        )
        assert _files(project) == before
    finally:
        server.terminate()
        server.wait()


def test_an_old_ankiconnect_is_refused(project: Path, ankiconnect) -> None:
    server = ankiconnect(project / "collection.anki2", claim_version=5)
    before = _files(project)
    assert _cli("sync", "--url", server.url, code=1) == (
        f"error: AnkiConnect at {server.url} speaks protocol version 5; yaodian needs 6 or later: "
        "update the AnkiConnect add-on (Tools › Add-ons › Check for Updates)\n"
    )
    assert _files(project) == before
    assert server.invoke("findNotes", query="deck:*") == []


def test_a_request_ankiconnect_refuses_stops_the_sync_with_nothing_changed(
    project: Path, ankiconnect
) -> None:
    """The learner deletes a note in Anki while sync runs: AnkiConnect refuses the update."""
    from yaodian.ankiconnect import AnkiConnect
    from yaodian.cards import check_folder
    from yaodian.errors import YaodianError
    from yaodian.sync import SyncOptions, apply_sync, plan_sync

    server = ankiconnect(project / "collection.anki2")
    _cli("sync", "--url", server.url)
    card_path, _source, card_id, item = next(_changeable_items(project))
    text = card_path.read_text(encoding="utf-8")
    card_path.write_text(text.replace(f"  - {item}\n", f"  - {item}改\n", 1), encoding="utf-8")
    before = _files(project)
    files, _problems = check_folder(project / "cards", conflicts=False)
    with AnkiConnect(server.url) as connection:
        plan = plan_sync(files, project / "cards", connection, SyncOptions())
        assert [u.note_id for u in plan.updates] == server.invoke("findNotes", query=f"Id:{card_id}")
        server.invoke("deleteNotes", notes=[plan.updates[0].note_id])
        with pytest.raises(YaodianError) as refused:
            apply_sync(plan, connection)
    assert str(refused.value) == (
        f"AnkiConnect at {server.url} refused updateNoteFields: Note {plan.updates[0].note_id} not found: "
        f"{refused.value.message.split('not found: ', 1)[1]}"
    )
    assert _files(project) == before


def test_a_collection_anki_has_open_is_refused(project: Path, tmp_path: Path) -> None:
    side = ViaCollection(tmp_path / "collection.anki2")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\nfrom anki.collection import Collection\n"
            f"col = Collection({str(side.path)!r})\nprint('open', flush=True)\nsys.stdin.read()\ncol.close()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        before = _files(project)
        assert _cli("sync", *side.args, code=1) == (
            f"error: {side.path}: Anki has this collection open: close Anki, or sync through AnkiConnect "
            "(without --collection)\n"
        )
        assert _files(project) == before
    finally:
        holder.communicate("")
    with side.open() as col:
        assert col.note_count() == 0


@pytest.mark.parametrize("damage", ["not_sqlite", "pages"])
def test_a_damaged_collection_is_refused(project: Path, tmp_path: Path, damage: str) -> None:
    side = ViaCollection(tmp_path / "collection.anki2")
    _cli("sync", *side.args)
    data = bytearray(side.path.read_bytes())
    if damage == "not_sqlite":
        data[:16] = b"not a collection"
        expected = "not an Anki collection: the file is damaged or of another kind"
    else:
        for offset in range(4096, len(data), 4096):  # every page but the first
            data[offset + 100 : offset + 400] = b"\xff" * 300
        expected = "the collection is damaged"
    side.path.write_bytes(bytes(data))
    before = _files(project)
    output = _cli("sync", *side.args, code=1)
    assert output.startswith(f"error: {side.path}: {expected}") and output.count("\n") == 1, output
    assert _files(project) == before
    assert side.path.read_bytes() == bytes(data)


@pytest.mark.parametrize("kind", ["media", "other"])
def test_a_sqlite_file_that_is_not_a_collection_is_refused_and_left_as_it_was(
    project: Path, tmp_path: Path, kind: str
) -> None:
    """Anki's media database, or any other SQLite database: opening it as a collection would write
    Anki's tables into it."""
    if kind == "media":
        side = ViaCollection(tmp_path / "collection.anki2")
        _cli("sync", *side.args)
        path = tmp_path / "collection.media.db2"
        assert path.exists()
    else:
        path = tmp_path / "other.sqlite"
        db = sqlite3.connect(path)
        db.execute("create table t (x)")
        db.commit()
        db.close()
    data = path.read_bytes()
    before = _files(project)
    assert _cli("sync", "--collection", str(path), code=1) == (
        f"error: {path}: not an Anki collection: a SQLite database without Anki's tables "
        "(Anki keeps the collection as collection.anki2 in its profile folder)\n"
    )
    assert path.read_bytes() == data
    assert _files(project) == before


def test_a_collection_from_a_newer_anki_is_one_line(project: Path, tmp_path: Path) -> None:
    side = ViaCollection(tmp_path / "collection.anki2")
    db = sqlite3.connect(side.path)
    db.execute("update col set ver = 99")
    db.commit()
    db.close()
    data = side.path.read_bytes()
    assert _cli("sync", *side.args, code=1) == (
        f"error: {side.path}: the collection is from a newer Anki than the anki package yaodian uses "
        f"({importlib.metadata.version('anki')}): pip install -U anki, or sync through AnkiConnect "
        "(without --collection)\n"
    )
    assert side.path.read_bytes() == data


def test_a_missing_collection_is_not_made(project: Path, tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "collection.anki2"
    assert _cli("sync", "--collection", str(path), code=1) == (
        f"error: {path}: no such collection (Anki keeps it as collection.anki2 in its profile folder)\n"
    )
    assert not path.exists()


_KILLER = """
import os, signal, sys
import anki.collection
from yaodian.cli import app
from yaodian.files import hold_folder

when = sys.argv[1]
original = anki.collection.Collection.{method}
calls = []

def dying(self, *args, **kwargs):
    result = original(self, *args, **kwargs)
    calls.append(1)
    if len(calls) == {after}:
        os.kill(os.getpid(), signal.SIGKILL)  # mid-sync: changes made, not committed
    return result

anki.collection.Collection.{method} = dying
app(sys.argv[2:])
"""


@pytest.mark.parametrize(("method", "after"), [("import_anki_package", 1), ("update_note", 2)])
def test_a_sync_killed_midway_leaves_the_collection_as_it_was(
    project: Path, tmp_path: Path, method: str, after: int
) -> None:
    side = ViaCollection(tmp_path / "collection.anki2")
    notes = sum(len(load_card_file(p).cards) for p in (project / "cards").glob("*.yaml"))
    expected = f"sync: 0 pulled, {notes} added, 0 updated"
    if method == "update_note":  # a second sync that updates several notes
        _cli("sync", *side.args)
        for _card_path, source, _card_id, item in list(_changeable_items(project))[:3]:
            text = source.read_text(encoding="utf-8")
            source.write_text(text.replace(item, item[:-1] + "改"), encoding="utf-8")
        updated = int(re.search(r"cards 0 added, (\d+) updated", _cli("extract", "seeds")).group(1))
        assert updated >= 3
        expected = f"sync: 0 pulled, 0 added, {updated} updated"
    with side.open() as col:
        before = col.db.all("select id, guid, mod, flds, tags from notes order by id")
    files = _files(project)
    script = _KILLER.replace("{method}", method).replace("{after}", str(after))
    killed = subprocess.run(
        [sys.executable, "-c", script, "x", "sync", *side.args], capture_output=True, text=True
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    with side.open() as col:
        assert col.db.scalar("pragma integrity_check") == "ok"
        assert col.db.all("select id, guid, mod, flds, tags from notes order by id") == before
    assert _files(project) == files  # killed before the YAML and the states were written
    output = _cli("sync", *side.args)  # and the next sync does it all
    assert _summary(output).startswith(expected + ", 0 conflicts")


def test_a_move_with_no_card_in_its_deck_makes_no_deck(tmp_path: Path) -> None:
    # (a note whose cards all left the old deck: Change Deck of nothing makes no empty deck)
    from yaodian.collection import CollectionFile
    from yaodian.sync import Changes, Move

    path = tmp_path / "collection.anki2"
    anki_collection.Collection(str(path)).close()
    with CollectionFile(path) as anki:
        anki.apply(Changes(moves=[Move(source="要点::旧标题", target="要点::新标题", note_ids=[1])]))
    col = anki_collection.Collection(str(path))
    try:
        assert col.decks.id_for_name("要点::新标题") is None
    finally:
        col.close()
