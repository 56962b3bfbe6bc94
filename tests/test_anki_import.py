"""Build decks from the seeds and import them into a real Anki collection (the `anki` package)."""

from __future__ import annotations

import copy
import re
import shutil
from pathlib import Path

import pytest

from yaodian.build import MODEL_NAME, build_package
from yaodian.cards import check_folder, save_card_file
from yaodian.extractors import extract_document
from yaodian.sources import read_document

anki_collection = pytest.importorskip("anki.collection")


def _import(col, package: Path) -> None:
    request = anki_collection.ImportAnkiPackageRequest(
        package_path=str(package),
        options=anki_collection.ImportAnkiPackageOptions(with_scheduling=True),
    )
    col.import_anki_package(request)


def _visible(html: str) -> str:
    """What the learner reads: the rendered HTML without its style block and tags."""
    html = re.sub(r"<style>.*?</style>", "", html, flags=re.S)
    return re.sub(r"<[^>]+>", "", html)


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory: pytest.TempPathFactory, seed_paths: list[Path]):
    work = tmp_path_factory.mktemp("seeds")
    cards = work / "cards"
    for path in seed_paths:
        save_card_file(extract_document(read_document(path)), cards / f"{path.stem}.yaml")
    files, problems = check_folder(cards)
    assert problems == []
    package = build_package(files, work / "decks" / "要点.apkg")
    return work, files, package


def test_seed_decks_import_into_anki(seed_build, tmp_path: Path) -> None:
    _work, files, package = seed_build
    expected_notes = sum(len(f.cards) for f in files)
    assert expected_notes >= 100
    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        _import(col, package.path)
        assert col.note_count() == expected_notes
        deck_names = {d.name for d in col.decks.all_names_and_ids()}
        assert "要点" in deck_names
        assert {f.deck for f in files} <= deck_names
        note_types = [m["name"] for m in col.models.all()]
        assert note_types.count(MODEL_NAME) == 1
        expected_cards = 0
        for f in files:
            for card in f.cards:
                expected_cards += (
                    len(card.items)
                    if card.type == "list"
                    else len(set(re.findall(r"\{\{c(\d+)::", card.text)))
                )
        assert col.card_count() == expected_cards
        # every note shows a cloze gap on its question side
        for note_id in col.find_notes(""):
            note = col.get_note(note_id)
            question = note.cards()[0].question()
            assert 'class="cloze"' in question and "[...]" in question, question
    finally:
        col.close()


def test_list_card_renders_gap_and_answer(seed_build, tmp_path: Path) -> None:
    _work, files, package = seed_build
    card = next(c for f in files for c in f.cards if c.type == "list" and len(c.items) >= 3)
    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        _import(col, package.path)
        (note_id,) = col.find_notes(f"Id:{card.id}")
        cards = sorted(col.get_note(note_id).cards(), key=lambda c: c.ord)
        assert len(cards) == len(card.items)
        second = cards[1]
        question, answer = second.question(), second.answer()
        assert card.items[1] not in _visible(question)
        assert card.items[0] in _visible(question)  # the other items are shown as cues
        assert card.items[1] in answer
    finally:
        col.close()


def test_reimport_updates_in_place(seed_build, tmp_path: Path) -> None:
    """A rebuilt package with an edited card updates the same note, adding none."""
    _work, files, package = seed_build
    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        _import(col, package.path)
        before = col.note_count()
        files = copy.deepcopy(files)
        target = files[0].cards[0]
        (note_id,) = col.find_notes(f"Id:{target.id}")
        if target.type == "list":
            target.items[0] = target.items[0] + "（改）"
        else:
            target.text = target.text + "（改）"
        decks = tmp_path / "decks"
        shutil.copytree(package.path.parent, decks)
        rebuilt = build_package(files, decks / package.path.name)
        _import(col, rebuilt.path)
        assert col.note_count() == before
        assert "（改）" in col.get_note(note_id)["Text"]
    finally:
        col.close()
