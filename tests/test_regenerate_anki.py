"""The learner's whole loop against a real Anki collection: extract, study, edit, re-extract, rebuild, re-import.

Nothing the learner did may be lost: hand edits and comments in the YAML, deleted cards,
their own cards, and the review history of every card in Anki.
"""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

import anki.collection as anki_collection
import pytest
from anki.scheduler.v3 import CardAnswer
from typer.testing import CliRunner

from yaodian.cards import load_card_file
from yaodian.cli import app

runner = CliRunner()


def _cli(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _import(col, package: Path) -> None:
    col.import_anki_package(
        anki_collection.ImportAnkiPackageRequest(
            package_path=str(package), options=anki_collection.ImportAnkiPackageOptions()
        )
    )


def _study_everything(col) -> None:
    for card_id in col.find_cards(""):
        card = col.get_card(card_id)
        card.start_timer()
        states = col._backend.get_scheduling_states(card_id)
        col.sched.answer_card(col.sched.build_answer(card=card, states=states, rating=CardAnswer.GOOD))


def _history(col) -> dict[int, tuple]:
    """Per card: its review count, scheduling state and number of review-log entries."""
    rows = col.db.all(
        "select c.id, c.reps, c.type, c.ivl, c.due, (select count() from revlog r where r.cid = c.id) from cards c"
    )
    return {row[0]: tuple(row[1:]) for row in rows}


def _note_of(col, card_id: str) -> int:
    (note_id,) = col.find_notes(f"Id:{card_id}")
    return note_id


@pytest.fixture
def project(tmp_path: Path, seed_paths: list[Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(seed_paths[0].parent, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_learner_loop_keeps_edits_deletions_own_cards_and_history(project: Path) -> None:
    # 1. extract + build, import into a fresh collection, study every card once
    _cli("make")
    col = anki_collection.Collection(str(project / "collection.anki2"))
    try:
        _import(col, project / "decks" / "要点.apkg")
        _study_everything(col)
        history = _history(col)
        notes_before = col.note_count()
        assert all(reps == 1 and logs == 1 for reps, _t, _i, _d, logs in history.values())

        # 2. edit an item (with a comment) in one file, delete a card in another, add a card to a third
        files = sorted((project / "cards").glob("*.yaml"))
        edited_file, deleted_file, own_file = files[0], files[1], files[2]
        edited = next(c for c in load_card_file(edited_file).cards if c.type == "list")
        text = edited_file.read_text(encoding="utf-8")
        old_item = f"  - {edited.items[0]}\n"
        assert old_item in text
        text = text.replace(old_item, f"  # 我的笔记：记住这一条\n  - {edited.items[0]}（我的说法）\n", 1)
        edited_file.write_text(text, encoding="utf-8")

        gone = load_card_file(deleted_file).cards[0]
        blocks = re.split(r"(?m)^(?=- id: )", deleted_file.read_text(encoding="utf-8"))
        deleted_file.write_text(
            "".join(b for b in blocks if not re.match(rf"- id: {gone.id}\b", b)), encoding="utf-8"
        )

        with own_file.open("a", encoding="utf-8") as handle:
            handle.write("- id: my-own-card\n  type: cloze\n  text: 我自己加的：{{c1::同心圆}}\n")

        # 3. extract again, build, re-import
        _cli("make")
        assert "# 我的笔记：记住这一条" in edited_file.read_text(encoding="utf-8")
        assert load_card_file(edited_file).cards[
            [c.id for c in load_card_file(edited_file).cards].index(edited.id)
        ].items[0] == (edited.items[0] + "（我的说法）")
        assert gone.id not in {c.id for c in load_card_file(deleted_file).cards}
        assert "my-own-card" in {c.id for c in load_card_file(own_file).cards}

        edited_note = _note_of(col, edited.id)
        _import(col, project / "decks" / "要点.apkg")
        assert col.note_count() == notes_before + 1
        assert _note_of(col, edited.id) == edited_note
        assert "（我的说法）" in col.get_note(edited_note)["Text"]
        after = _history(col)
        assert {cid: after[cid] for cid in history} == history  # no card lost its history
    finally:
        col.close()


def _changeable_item(project: Path) -> tuple[Path, Path, str, str]:
    """A list card whose first item stands once in its source: (card file, source, card id, item)."""
    for card_path in sorted((project / "cards").glob("*.yaml")):
        source = project / "seeds" / f"{card_path.stem}.txt"
        text = source.read_text(encoding="utf-8")
        for card in load_card_file(card_path).cards:
            if card.type == "list" and len(card.items[0]) >= 5 and text.count(card.items[0]) == 1:
                return card_path, source, card.id, card.items[0]
    raise AssertionError("no list card with an item that stands once in its source")


def test_small_source_change_updates_the_same_note_in_place(project: Path) -> None:
    _cli("make")
    card_path, source, card_id, item = _changeable_item(project)
    col = anki_collection.Collection(str(project / "collection.anki2"))
    try:
        _import(col, project / "decks" / "要点.apkg")
        _study_everything(col)
        history = _history(col)
        note_id = _note_of(col, card_id)
        count = col.note_count()

        changed = item[:-1] + ("甲" if item[-1] != "甲" else "乙")
        source.write_text(source.read_text(encoding="utf-8").replace(item, changed), encoding="utf-8")
        output = _cli("make")
        assert re.search(rf"{re.escape(str(card_path.relative_to(project)))}: 0 added, 1 updated", output), (
            output
        )
        card = next(c for c in load_card_file(card_path).cards if c.id == card_id)
        assert card.items[0] == changed

        _import(col, project / "decks" / "要点.apkg")
        assert col.note_count() == count
        assert _note_of(col, card_id) == note_id
        assert changed in col.get_note(note_id)["Text"]
        assert _history(col) == history
    finally:
        col.close()


def test_source_change_to_an_edited_card_keeps_the_learners_version(project: Path) -> None:
    _cli("make")
    card_path, source, card_id, item = _changeable_item(project)
    text = card_path.read_text(encoding="utf-8")
    card_path.write_text(text.replace(f"  - {item}\n", f"  - {item}（我改过）\n", 1), encoding="utf-8")
    changed = item[:-1] + ("甲" if item[-1] != "甲" else "乙")
    source.write_text(source.read_text(encoding="utf-8").replace(item, changed), encoding="utf-8")
    output = _cli("extract", "seeds")
    assert f"kept {card_id}: edited by you; the source now says: " in output
    assert f"--take-source {card_id}` takes the source's" in output
    card = next(c for c in load_card_file(card_path).cards if c.id == card_id)
    assert card.items[0] == item + "（我改过）"


def test_rebuild_of_unchanged_cards_does_not_overwrite_edits_made_in_anki(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _cli("make")
    col = anki_collection.Collection(str(project / "collection.anki2"))
    try:
        _import(col, project / "decks" / "要点.apkg")
        note = col.get_note(col.find_notes("")[0])
        note["Extra"] = "在 Anki 里加的笔记"
        col.update_note(note)
        # a day later, nothing changed in the sources or the YAML: the rebuilt note must not look newer
        later = time.time() + 86_400
        monkeypatch.setattr(time, "time", lambda: later)
        _cli("make")
        _import(col, project / "decks" / "要点.apkg")
        assert col.get_note(note.id)["Extra"] == "在 Anki 里加的笔记"
    finally:
        col.close()


def test_item_inserted_by_hand_does_not_take_another_items_history(project: Path) -> None:
    _cli("make")
    card_path = sorted((project / "cards").glob("*.yaml"))[0]
    card = next(c for c in load_card_file(card_path).cards if c.type == "list" and len(c.items) >= 2)
    col = anki_collection.Collection(str(project / "collection.anki2"))
    try:
        _import(col, project / "decks" / "要点.apkg")
        _study_everything(col)
        note_id = _note_of(col, card.id)
        before = {c.ord: (c.id, c.reps) for c in col.get_note(note_id).cards()}

        text = card_path.read_text(encoding="utf-8")
        first = f"  - {card.items[0]}\n"
        card_path.write_text(text.replace(first, f"  - 我加的一条\n{first}", 1), encoding="utf-8")
        _cli("make")
        _import(col, project / "decks" / "要点.apkg")

        note = col.get_note(note_id)
        assert "{{c1::" + card.items[0] in note["Text"]  # the first item keeps its number
        after = {c.ord: (c.id, c.reps) for c in note.cards()}
        assert {ord_: after[ord_] for ord_ in before} == before  # every old card, same history
        (new_ord,) = set(after) - set(before)
        assert after[new_ord][1] == 0 and new_ord == max(before) + 1
    finally:
        col.close()


def test_build_state_stays_with_the_cards_when_decks_are_lost(project: Path) -> None:
    _cli("make")
    assert (project / "cards" / ".yaodian-build.json").exists()
    assert not (project / "decks" / ".yaodian-build.json").exists()
    card_path = sorted((project / "cards").glob("*.yaml"))[0]
    card = next(c for c in load_card_file(card_path).cards if c.type == "list" and len(c.items) >= 2)
    shutil.rmtree(project / "decks")  # a fresh checkout: the output folder is not kept
    text = card_path.read_text(encoding="utf-8")
    card_path.write_text(
        text.replace(f"  - {card.items[0]}\n", f"  - 我加的一条\n  - {card.items[0]}\n", 1), encoding="utf-8"
    )
    _cli("build")
    col = anki_collection.Collection(str(project / "collection.anki2"))
    try:
        _import(col, project / "decks" / "要点.apkg")
        text_field = col.get_note(_note_of(col, card.id))["Text"]
        assert "{{c1::" + card.items[0] in text_field  # numbers still from the kept state
    finally:
        col.close()


def test_item_inserted_by_hand_keeps_its_number_in_later_builds(project: Path) -> None:
    _cli("make")
    card_path = sorted((project / "cards").glob("*.yaml"))[0]
    card = next(c for c in load_card_file(card_path).cards if c.type == "list" and len(c.items) >= 2)
    text = card_path.read_text(encoding="utf-8")
    first = f"  - {card.items[0]}\n"
    card_path.write_text(text.replace(first, f"  - 我加的一条\n{first}", 1), encoding="utf-8")
    _cli("build")
    card_path.write_text(
        card_path.read_text(encoding="utf-8") + "# a later edit elsewhere\n", encoding="utf-8"
    )
    _cli("build")  # the same items again: the numbers the first build tied must hold
    col = anki_collection.Collection(str(project / "collection.anki2"))
    try:
        _import(col, project / "decks" / "要点.apkg")
        text_field = col.get_note(_note_of(col, card.id))["Text"]
        assert "{{c1::" + card.items[0] in text_field
        assert "{{c" + str(len(card.items) + 1) + "::我加的一条" in text_field
    finally:
        col.close()


def test_better_prompts_update_the_same_notes_in_place(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cards extracted as yaodian wrote them before compose.py, studied in Anki, then extracted
    again over the same cards folder: every card keeps its id, its note and its history."""
    from yaodian import build
    from yaodian.extractors import compose

    with monkeypatch.context() as patch:
        patch.setattr(compose, "compose_cards", lambda cards, *_: list(cards))
        # the note type's templates before: no source line above the card
        patch.setattr(build, "FRONT", build.FRONT.split("\n", 1)[1])
        patch.setattr(build, "BACK", build.BACK.split("\n", 1)[1])
        _cli("make")
    before = {c.id: c for path in (project / "cards").glob("*.yaml") for c in load_card_file(path).cards}
    file_of = {
        c.id: path.name for path in (project / "cards").glob("*.yaml") for c in load_card_file(path).cards
    }
    line_of = {i: card.origin.line if card.origin else None for i, card in before.items()}
    col = anki_collection.Collection(str(project / "collection.anki2"))
    try:
        _import(col, project / "decks" / "要点.apkg")
        _study_everything(col)
        history = _history(col)
        notes = {card_id: _note_of(col, card_id) for card_id in before}
        assert "source-front" not in col.models.get(build.MODEL_ID)["tmpls"][0]["qfmt"]

        output = _cli("extract", "seeds", "--force")
        assert re.search(r"cards 0 added, \d+ updated, 0 kept, \d+ removed", output), output
        after = {c.id: c for path in (project / "cards").glob("*.yaml") for c in load_card_file(path).cards}
        assert set(after) <= set(before)  # no new card: the same ids
        # a few trivia clozes are gone; the other removed cards are asked on another note of their
        # sentence (one note per sentence)
        lines_after = {
            (path.name, c.origin.line)
            for path in (project / "cards").glob("*.yaml")
            for c in load_card_file(path).cards
            if c.origin
        }
        gone = [i for i in set(before) - set(after) if (file_of[i], line_of[i]) not in lines_after]
        assert len(gone) <= 0.05 * len(before)
        series = [i for i, card in after.items() if card.type == "cloze" and before[i].type == "list"]
        assert len(series) >= 20
        changed = [i for i, card in after.items() if card.type == "list" and card.prompt != before[i].prompt]
        assert len(changed) >= 20

        # a day later: Anki takes a note type from a package only when it is newer than its own
        later = time.time() + 86_400
        monkeypatch.setattr(time, "time", lambda: later)
        _cli("build")
        _import(col, project / "decks" / "要点.apkg")
        assert col.note_count() == len(before)  # updated in place, nothing added
        assert {card_id: _note_of(col, card_id) for card_id in after} == {i: notes[i] for i in after}
        # every card kept its scheduling and review log (a note that took another note's gaps of its
        # sentence has new, unstudied cards beside them)
        now = _history(col)
        assert {card: now.get(card) for card in history} == history
        first = after[series[0]]
        note = col.get_note(notes[series[0]])
        assert first.text.split("{{c1::")[0] in note["Text"]  # the sentence with its clozes
        assert note["Text"].count("{{c") == len(before[series[0]].items)
        assert len(note.cards()) == len(before[series[0]].items)  # one card per member, as before
        prompt = after[changed[0]].prompt
        assert prompt in col.get_note(notes[changed[0]])["Text"]
    finally:
        col.close()
    # the note type now shows where each card stands on its front (a collection opened afresh:
    # the anki package caches note types on the Python side)
    col = anki_collection.Collection(str(project / "collection.anki2"))
    try:
        assert "source-front" in col.models.get(build.MODEL_ID)["tmpls"][0]["qfmt"]
    finally:
        col.close()
