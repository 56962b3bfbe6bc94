"""Rows of labelled pairs: lines that read `label：…；label：…` under the same labels, line after
line (a Word table of pairs under a header row, read a row to a line: 存在的差距：…；努力方向：…).

A column label is the table's, not the row's: it opens the same place on every row, so a cloze
that hides it asks nothing a learner can recall from the row (and every row would ask it
again). What a row holds is its pair: the first cell is the cue, the second what to recall.
This module finds the labels and asks the rows (and the columns: a list per column of
statements); it reads no source and writes no files.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from yaodian.cards import Card, Origin, open_clozes
from yaodian.extractors.text import Paragraph, clauses, han_len, opening_clause, strip_punct

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
    (ROW_ANSWER_MIN), so a sign-in sheet's units are asked nowhere. Before them, a list card per
    column of statements (see _column_lists)."""
    labels = column_labels(paragraphs)
    cards = _column_lists(paragraphs, labels)
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


def _cells(paragraph: Paragraph, on_line: set[str]) -> list[tuple[str, str]] | None:
    """A row's cells as (column label, text), when every cell opens with a column label; else None."""
    cells = []
    for cell in _CELL_BREAK.split(paragraph.text):
        found = _LABEL.match(cell)
        if found is None or found.group(1) not in on_line:
            return None
        cells.append((found.group(1), cell[found.end() :].strip()))
    return cells


def _column_lists(paragraphs: Sequence[Paragraph], labels: dict[int, set[str]]) -> list[Card]:
    """A list card per column of a table of pairs of two rows or more (存在问题 over its rows'
    problems): a column holds the members of one set, each row one, named by its
    cell's opening clause; only a column of statements (ROW_ANSWER_MIN each: no sign-in sheet's
    names or units). The prompt is the column's label, after the line that introduces the
    table where one ends in a colon (主要表现在以下方面：). The second column of a table of two
    is left out: each of its cells is a row card's answer already (see row_cards)."""
    cards: list[Card] = []
    rows: list[tuple[Paragraph, list[tuple[str, str]]]] = []
    intro = ""
    for paragraph in [*paragraphs, None]:
        cells = None
        if paragraph is not None and paragraph.table_row and (on_line := labels.get(paragraph.line)):
            cells = _cells(paragraph, on_line)
        if cells is not None and (
            not rows or [label for label, _ in rows[0][1]] == [label for label, _ in cells]
        ):
            rows.append((paragraph, cells))
            continue
        if len(rows) >= 2:
            asked = 1 if len(rows[0][1]) == 2 else None  # (the column row_cards hides)
            for column, (label, _) in enumerate(rows[0][1]):
                if column == asked:
                    continue
                cells_in = [cells_of[column][1] for _, cells_of in rows]
                items = [strip_punct(opening_clause(cell)) for cell in cells_in]
                if all(han_len(cell) >= ROW_ANSWER_MIN for cell in cells_in):
                    prompt = f"{intro}：{label}" if intro else label
                    cards.append(
                        Card(type="list", prompt=prompt, items=items, origin=Origin(line=rows[0][0].line))
                    )
        rows = [(paragraph, cells)] if cells is not None else []
        if paragraph is not None and cells is None:
            text = paragraph.text.strip()
            parts = clauses(text)
            intro = strip_punct(parts[-1]) if text.endswith(("：", ":")) and parts else ""
    return cards
