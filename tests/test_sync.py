"""yaodian sync against real Anki, both paths: a closed collection file (the `anki` package) and
AnkiConnect (anki-connect-server, a real AnkiConnect-compatible server over a real collection).

Every test runs the command line as the learner would, changes things "inside Anki" through
the same real parts (the anki package, or AnkiConnect requests), and checks both sides.
"""

from __future__ import annotations

import re
import shutil
import signal
import socket
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
    output = _cli("sync", "--prune", *anki.args)
    assert (
        f"prune: deleting 1 notes ({len(card.items)} cards) whose card is gone from the YAML; "
        f"{len(card.items)} reviews are lost with them"
    ) in output
    assert ", 1 pruned" in _summary(output)
    assert anki.note(card_id) is None
    assert "removed" not in _summary(_cli("sync", *anki.args))


# ---------------------------------------------------------------- errors: one line, nothing changed


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
