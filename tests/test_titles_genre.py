"""Deck titles and boilerplate on whole documents of the genre (tests/data/titles): web pages of
news, government and study sites, WeChat articles, official documents and exam papers as PDF
text, Markdown notes and Word files, each written as such sites lay them out. Each case gives
the title a learner would accept and the boilerplate that no card, and no title, may carry.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from yaodian.extractors import extract_document
from yaodian.sources import read_document

DATA = Path(__file__).parent / "data" / "titles"
CASES = yaml.safe_load((DATA / "cases.yaml").read_text(encoding="utf-8"))


def _norm(text: str) -> str:
    """Text without spaces and punctuation, as the scorecard matches boilerplate."""
    return re.sub(r"[\W_]+", "", text)


@pytest.fixture(scope="module")
def extracted() -> dict:
    return {}


def _card_file(name: str, extracted: dict):
    if name not in extracted:
        extracted[name] = extract_document(read_document(DATA / name))
    return extracted[name]


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_title_is_the_headline(name: str, extracted: dict) -> None:
    assert _card_file(name, extracted).title == CASES[name]["title"]


@pytest.mark.parametrize("name", sorted(CASES))
def test_no_card_carries_boilerplate(name: str, extracted: dict) -> None:
    card_file = _card_file(name, extracted)
    assert card_file.cards, "the document's text gives cards"
    texts = [card_file.title] + [
        json.dumps({k: v for k, v in card.to_dict().items() if k != "id"}, ensure_ascii=False, default=str)
        for card in card_file.cards
    ]
    carried = [
        (noise, text[:80]) for noise in CASES[name]["noise"] for text in texts if _norm(noise) in _norm(text)
    ]
    assert carried == []


def test_every_document_here_has_a_case() -> None:
    documents = {path.name for path in DATA.iterdir() if path.name != "cases.yaml"}
    assert documents == set(CASES)
