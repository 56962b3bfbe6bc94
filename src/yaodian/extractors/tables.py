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
from yaodian.extractors.script import simplified
from yaodian.extractors.text import Paragraph, clauses, han_len, opening_clause, strip_punct
from yaodian.sources.records import formulation_column, is_key_word_label, is_source_label

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
    """`cards` with no cloze hiding a column label (see column_labels) or standing in a cell that
    files its row (see _FILING_LABEL: 责任单位：{{c1::县委办公室}} asks a unit, not what the row
    says): such a gap is written as plain text, and a card left with no gap goes; and no list
    with a column label among its members (a row read as a series of its cells, 问题表现：A；
    整改措施：B；完成时限：C) or with a member in a filing cell."""
    labels = column_labels(paragraphs)
    if not labels:
        return cards
    rows = {paragraph.line: paragraph for paragraph in paragraphs if paragraph.line in labels}
    kept = []
    for card in cards:
        line = card.origin.line if card.origin else None
        on_line = labels.get(line or 0)
        if not on_line:
            kept.append(card)
            continue
        filed = _filing_cells(rows[line or 0], on_line)

        def asks_nothing(said: str, on_line: set[str] = on_line, filed: list[str] = filed) -> bool:
            return said in on_line or any(said in cell for cell in filed)

        if card.type == "list":
            if not any(asks_nothing(item.strip()) for item in card.items):
                kept.append(card)
            continue
        text = open_clozes(card.text, lambda match: asks_nothing(match.group(2).strip()))
        if text is not None:
            card.text = text
            kept.append(card)
    return kept


def _filing_cells(paragraph: Paragraph, on_line: set[str]) -> list[str]:
    """The texts of a row's cells under filing labels (see _FILING_LABEL)."""
    cells = _cells(paragraph, on_line) or []
    return [text for label, text in cells if text and _FILING_LABEL.fullmatch(label)]


def record_rows(paragraphs: Sequence[Paragraph]) -> set[int]:
    """The lines that are rows of a table of records (three labelled cells or more: see
    _asked_columns): row_cards asks what each pairs; a formulation found in one would ask a
    problem without its measure, or the task a unit leads."""
    labels = column_labels(paragraphs)
    return {paragraph.line for paragraph in paragraphs if _record_cells(paragraph, labels)}


def without_record_labels(paragraphs: Sequence[Paragraph]) -> list[str]:
    """The paragraphs' texts, a table of records' rows without their column labels: a label heads
    every row, and counted once a row among the document's words it would be one of its keywords
    (责任单位 as a deck's tag), where the table's header said it once."""
    labels = column_labels(paragraphs)
    return [
        "；".join(text for _, text in cells)
        if (cells := _record_cells(paragraph, labels))
        else paragraph.text
        for paragraph in paragraphs
    ]


def _record_cells(paragraph: Paragraph, labels: dict[int, set[str]]) -> list[tuple[str, str]] | None:
    """A table of records' row as its cells (see _cells), three or more, or a table of
    formulations' row (see formulation_column); else None."""
    on_line = labels.get(paragraph.line)
    if not paragraph.table_row or not on_line:
        return None
    cells = _cells(paragraph, on_line)
    if cells is None:
        return None
    return cells if len(cells) >= 3 or formulation_column([label for label, _ in cells]) is not None else None


def formulation_rows(paragraphs: Sequence[Paragraph]) -> set[int]:
    """The lines that are rows of a table of formulations (提法 | 出处 | 记忆抓手: see
    records.formulation_column): row_cards gives each its one card."""
    labels = column_labels(paragraphs)
    return {
        paragraph.line
        for paragraph in paragraphs
        if (cells := _record_cells(paragraph, labels)) is not None
        and formulation_column([label for label, _ in cells]) is not None
    }


# Where a key-word cell parts its words (基础性、战略性; 根基，前提; 物流 / 金融), and a word it quotes
# (两个“永远在路上”: the words are 永远在路上).
_KEY_WORD_BREAK = re.compile(r"[、，,；;/／\s]+")
_QUOTED = re.compile(r"[“\"「『‘]([^”\"」』’]+)[”\"」』’]")


def _key_words(cells: Sequence[str], formulation: str) -> list[str]:
    """The words of key-word cells that the formulation says (two Han characters or more), longest
    first: the words its writer means to recite; a cell the formulation says whole is one
    (基础性、战略性, as the formulation runs them together)."""
    words: set[str] = set()
    for cell in cells:
        whole = cell.strip()
        pieces = [whole] if whole in formulation else [*_KEY_WORD_BREAK.split(cell), *_QUOTED.findall(cell)]
        # (a key word in traditional characters beside a formulation in simplified ones: 首要任務)
        pieces = [simplified(piece) for piece in pieces]
        words.update(piece for piece in pieces if han_len(piece) >= 2 and piece in formulation)
    return sorted(words, key=lambda word: (-len(word), word))


def _formulation_card(cells: list[tuple[str, str]], column: int, line: int) -> Card | None:
    """The card of a table of formulations' row (see records.formulation_column): the formulation is
    its text, clozed at the words its key-word cell names (记忆抓手：首要任务 hides 首要任务, each
    word where the formulation says it); the other cells go to its back, where the source
    (出处：第四部分) tells where the formulation stands and the key words what was hidden. Where the
    key-word cell names no word the formulation says (关键词：物流、金融… of 四大枢纽), or the table has
    none, the formulation is hidden whole, after the cells that are neither its source nor empty of
    words (物流、金融…, a 备注) as its cue, as any table's row reads."""
    formulation = cells[column][1]
    if han_len(formulation) < 2:
        return None
    others = [(label, text) for index, (label, text) in enumerate(cells) if index != column and text]
    words = _key_words([text for label, text in others if is_key_word_label(label)], formulation)
    if words:
        found = re.compile("|".join(map(re.escape, words)))
        order = list(dict.fromkeys(match.group() for match in found.finditer(formulation)))
        text = found.sub(
            lambda match: f"{{{{c{order.index(match.group()) + 1}::{match.group()}}}}}", formulation
        )
        back = others
    else:
        # (a cell of one character says none: 无, 略)
        cues = [text for label, text in others if not is_source_label(label) and han_len(text) >= 2]
        text = "：".join(["{{c1::" + formulation + "}}", *(["；".join(cues)] if cues else [])])
        back = [(label, text) for label, text in others if is_source_label(label)]
    extra = "；".join(f"{label}：{said}" for label, said in back)
    return Card(type="cloze", text=text, extra=extra, origin=Origin(line=line))


# A column that files a record rather than states it: when, by whom, where it stands (完成时限,
# 责任单位, 牵头领导, 序号, 备注). Its cells are no cue and nothing to recall: a date or a unit
# learnt by heart beside a problem is trivia.
_FILING_LABEL = re.compile(
    r".*(?:时限|时间|日期|期限|节点|时段|进度|责任|单位|部门|股室|科室|牵头|负责|领导|配合|序号|编号|备注|状态)"
)


def _stated_columns(labels: Sequence[str]) -> list[int]:
    """The columns under `labels` that state something: a pair's both, a record's that file it not
    (see _FILING_LABEL)."""
    if len(labels) == 2:
        return [0, 1]
    return [column for column, label in enumerate(labels) if not _FILING_LABEL.fullmatch(label)]


def _cue_column(labels: Sequence[str]) -> int | None:
    """The column that names a row: a pair's first, a record's first that states something."""
    return next(iter(_stated_columns(labels)), None)


def _asked_columns(labels: Sequence[str]) -> tuple[int, list[int]] | None:
    """The cue and the columns to recall of a row under `labels`: of a pair, its first cell and
    its second; of a record (three cells or more), its first cell that states something (not a
    filing column: see _FILING_LABEL) and the others that do (问题表现 and 整改措施 of 序号 / 问题表现
    / 整改措施 / 完成时限). None where a record states fewer than two things."""
    stated = _stated_columns(labels)
    return (stated[0], stated[1:]) if len(stated) >= 2 else None


def row_cards(paragraphs: list[Paragraph], title: str, found: Sequence[Card] = ()) -> list[Card]:
    """A cloze per row of a table of pairs or of records under column labels, hiding what the
    row pairs with its cue (see _asked_columns): the first cell (存在的差距：理论学习不够深入系统)
    is the cue for what the table pairs with it (努力方向：{{c1::持续深化理论武装筑牢思想根基}}); a
    record's filing columns (完成时限, 责任单位) are left off its card. Only cells that are
    statements (ROW_ANSWER_MIN) are asked, so a sign-in sheet's units are asked nowhere. Before
    them, a list card per column of statements (see _column_lists)."""
    labels = column_labels(paragraphs)
    cards = _column_lists(paragraphs, labels)
    for paragraph in paragraphs:
        on_line = labels.get(paragraph.line)
        if not paragraph.table_row or not on_line or (cells := _cells(paragraph, on_line)) is None:
            continue
        if (column := formulation_column([label for label, _ in cells])) is not None:
            if (card := _formulation_card(cells, column, paragraph.line)) is not None:
                cards.append(card)
            continue
        asked = _asked_columns([label for label, _ in cells])
        if asked is None:
            continue
        cue, answers = asked
        gaps = [column for column in answers if han_len(cells[column][1]) >= ROW_ANSWER_MIN]
        if not gaps:
            continue
        shown = [f"{cells[cue][0]}：{cells[cue][1]}"]
        for number, column in enumerate(gaps, 1):
            label, answer = cells[column]
            shown.append(f"{label}：{{{{c{number}::{answer}}}}}")
        cards.append(Card(type="cloze", text="；".join(shown), origin=Origin(line=paragraph.line)))
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
    """A list card of the cue column (see _cue_column) of a table of two rows or more (存在问题
    over its rows' problems): the column holds the members of one set, each row one, named by
    its cell's opening clause; only a column of statements (most of its cells ROW_ANSWER_MIN or
    longer: a task list's 推行“四事”工作法 among longer tasks is one still; a sign-in sheet's names
    or units are not). The prompt is the column's label, after the line that introduces
    the table where one ends in a colon (主要表现在以下方面：). The other columns are left out:
    each of their cells is a row card's answer already (see row_cards), or files the row."""
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
        heads = [label for label, _ in rows[0][1]] if rows else []
        column = _cue_column(heads) if len(rows) >= 2 and formulation_column(heads) is None else None
        if column is not None:
            cells_in = [cells_of[column][1] for _, cells_of in rows]
            if 2 * sum(han_len(cell) >= ROW_ANSWER_MIN for cell in cells_in) > len(cells_in):
                label = rows[0][1][column][0]
                cards.append(
                    Card(
                        type="list",
                        prompt=f"{intro}：{label}" if intro else label,
                        items=[strip_punct(opening_clause(cell)) for cell in cells_in],
                        origin=Origin(line=rows[0][0].line),
                    )
                )
        rows = [(paragraph, cells)] if cells is not None else []
        if paragraph is not None and cells is None:
            text = paragraph.text.strip()
            parts = clauses(text)
            intro = strip_punct(parts[-1]) if text.endswith(("：", ":")) and parts else ""
    return cards
