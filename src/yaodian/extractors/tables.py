"""Rows of labelled pairs: lines that read `label：…；label：…` under the same labels, line after
line (a Word table of pairs under a header row, read a row to a line: 存在的差距：…；努力方向：…).

A column label is the table's, not the row's: it opens the same place on every row, so a cloze
that hides it asks nothing a learner can recall from the row (and every row would ask it
again). What a row holds is its pair: the first cell is the cue, the second what to recall.
This module finds the labels and asks the rows; it reads no source and writes no files.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from yaodian.cards import Card, Origin, open_clozes
from yaodian.extractors.text import Paragraph, han_len

# A label before its colon: a short name (存在的差距, 努力方向, 写作要点), no figure and no sentence
# punctuation (9:00—9:20 opens an agenda's row, and is no label).
_LABEL = re.compile(r"([^\d\s。！？!?，,；;：:]{1,8})[：:]")
_CELL_BREAK = re.compile(r"[；;]")
# The fewest Han characters of a second cell worth recalling: a statement (持续深化理论武装), not a
# name, a unit or a date of a sign-in sheet or a roster (刘明, 城关镇, 县农业农村局).
ROW_ANSWER_MIN = 8


def _labels(text: str) -> tuple[str, ...]:
    """The label opening each `；`-separated cell of a line ('' where a cell opens with none)."""
    return tuple(found.group(1) if (found := _LABEL.match(cell)) else "" for cell in _CELL_BREAK.split(text))


def column_labels(paragraphs: Sequence[Paragraph]) -> dict[int, set[str]]:
    """Line -> the column labels on it: a label that opens the same cell on the line before or
    after it too (two or more lines in a row)."""
    found: dict[int, set[str]] = {}
    for before, after in pairwise(paragraphs):
        for one, other in zip(_labels(before.text), _labels(after.text), strict=False):
            if one and one == other:
                found.setdefault(before.line, set()).add(one)
                found.setdefault(after.line, set()).add(one)
    return found


def without_column_label_gaps(cards: list[Card], paragraphs: Sequence[Paragraph]) -> list[Card]:
    """`cards` with no cloze hiding a column label (see column_labels): such a gap is written as
    plain text, and a card left with no gap goes."""
    labels = column_labels(paragraphs)
    if not labels:
        return cards
    kept = []
    for card in cards:
        line = card.origin.line if card.origin else None
        on_line = labels.get(line or 0)
        if card.type != "cloze" or not on_line:
            kept.append(card)
            continue
        text = open_clozes(card.text, lambda match, on_line=on_line: match.group(2).strip() in on_line)
        if text is not None:
            card.text = text
            kept.append(card)
    return kept


def row_cards(paragraphs: list[Paragraph], title: str, found: Sequence[Card] = ()) -> list[Card]:
    """A cloze per row of a table of pairs under column labels, hiding its second cell: the
    first cell (存在的差距：理论学习不够深入系统) is the cue for what the table pairs with it
    (努力方向：{{c1::持续深化理论武装筑牢思想根基}}). Only rows whose second cell is a statement
    (ROW_ANSWER_MIN), so a sign-in sheet's units are asked nowhere."""
    labels = column_labels(paragraphs)
    cards = []
    for paragraph in paragraphs:
        on_line = labels.get(paragraph.line)
        text = paragraph.text
        cell_break = _CELL_BREAK.search(text)
        if (
            not paragraph.table_row
            or not on_line
            or cell_break is None
            or _CELL_BREAK.search(text, cell_break.end())
        ):
            continue  # (a row of two cells)
        second = _LABEL.match(text, cell_break.end())
        if second is None or second.group(1) not in on_line:
            continue
        answer = text[second.end() :].strip()
        if han_len(answer) < ROW_ANSWER_MIN:
            continue
        cards.append(
            Card(
                type="cloze",
                text=f"{text[: second.end()]}{{{{c1::{answer}}}}}",
                origin=Origin(line=paragraph.line),
            )
        )
    return cards
