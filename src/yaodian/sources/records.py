"""Tables of records: a header row of column labels over rows of cells (问题表现 beside its 整改措施
and 完成时限 in a 对照检查材料, a task beside its 责任单位), each row read as one line with its labels
(问题表现：…；整改措施：…；完成时限：…). The Word reader finds such tables among a document's tables,
the plain-text reader among lines whose cells stand apart by runs of spaces; this module tells
whether a header and its rows are records and writes their lines. It reads no file."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Rows under the header, at the least: one row is a form's, not a table's records.
RECORD_ROWS = 2
# The fewest Han characters of a cell that states something (持续深化理论武装), not a name, a unit,
# a date or a figure (张三, 城关镇, 2025年底, 120): a table of records has a column of them.
STATEMENT_MIN = 8
# A column label in a table's first row (存在的差距, 努力方向, 姓名, 单位): a short name, no figure
# (9:00—9:20 heads a row of an agenda) and no sentence punctuation.
COLUMN_LABEL = re.compile(r"[^\d\s。！？!?，,；;：:]{1,8}")
# A column that numbers the rows (序号, 编号, No.): where a row stands, nothing to recall.
_NUMBER_COLUMN = re.compile(r"序号|编号|#|(?i:no\.?)")


def states(cells: Iterable[str]) -> bool:
    """Whether a column holds statements: most of its cells have STATEMENT_MIN Han characters or
    more (a task list's 党风廉政建设 among longer tasks is one still)."""
    lengths = [len(re.findall(r"[\u4e00-\u9fff]", cell)) for cell in cells]
    return 2 * sum(length >= STATEMENT_MIN for length in lengths) > len(lengths)


def are_records(labels: list[str], rows: list[list[str]]) -> bool:
    """Whether `rows` under the header `labels` are records: three labels or more, distinct, each
    a column label (see COLUMN_LABEL), over more than RECORD_ROWS - 1 rows of as many cells, and a
    column of statements (see states). A table with no header of labels, or with no column of
    statements, is a grid of figures, a roster or a form (姓名|张三|性别|男 over 籍贯|河北|…,
    whose first row is data, not labels)."""
    return (
        len(labels) >= 3
        and len(rows) >= RECORD_ROWS
        and all(len(row) == len(labels) for row in rows)
        and all(COLUMN_LABEL.fullmatch(label) for label in labels)
        and len(set(labels)) == len(labels)
        and any(states(row[column] for row in rows) for column in range(len(labels)))
    )


def _counts_rows(cells: list[str]) -> bool:
    """Whether a column's cells number its rows, 1, 2, 3… in order (1. and 1、 too): a column of
    figures (人数: 12, 8, 20) is data, and stays."""
    return [cell.rstrip(".、．") for cell in cells] == [str(number) for number in range(1, len(cells) + 1)]


def _numbering_columns(labels: list[str], records: list[list[str]]) -> set[int]:
    """The columns that number the rows: labelled so (see _NUMBER_COLUMN) or counting 1, 2, 3…
    (see _counts_rows)."""
    return {
        column
        for column, label in enumerate(labels)
        if _NUMBER_COLUMN.fullmatch(label) or _counts_rows([row[column] for row in records])
    }


def record_lines(rows: list[list[str]]) -> list[str]:
    """The lines of a table of records (see are_records), its header row first: each row with its
    column labels, as a table of pairs reads (问题表现：…；整改措施：…；完成时限：…), its empty cells
    left out, and the column that numbers the rows (see _NUMBER_COLUMN) left out: a row numbered 1、
    would read as an item of a numbered list whose opening clause is its first cell."""
    labels, *records = rows
    numbered = _numbering_columns(labels, records)
    return [
        line
        for row in records
        if (
            line := "；".join(
                f"{label}：{cell}"
                for column, (label, cell) in enumerate(zip(labels, row, strict=True))
                if cell and column not in numbered
            )
        )
    ]


# A table of formulations, as a study note keeps one (提法 | 出处 | 记忆抓手): a column of the
# formulations to recite, beside where each is said and the words to recall it by. Its header names
# them: the formulation column (提法, 原文表述, 金句), the source column (出处, 来源, 出处/时间) and
# the key-word column (记忆抓手, 关键词).
# (A traditional-character note's header reads 出處, 來源, 關鍵詞, 原文表述.)
_FORMULATION_LABEL = re.compile(r".*(?:提法|表述|金句|原文|原句|名句).*")
_SOURCE_LABEL = re.compile(r".*(?:出[处處]|[来來]源).*")
_KEY_WORD_LABEL = re.compile(r".*(?:抓手|[关關][键鍵][词字詞]).*")
# A web address in a cell (a source column that links the article): nothing to recall, and a line
# that holds one reads as a page's furniture.
_LINK = re.compile(r"(?:https?://|www\.)[!-~]+")
# A break between cells of a row read to a line (see formulation_lines): said inside a cell (坚持A；
# 坚持B), it would part the cell in two.
_CELL_BREAK = re.compile(r"[；;]")


def is_source_label(label: str) -> bool:
    """Whether a column label names where a formulation is said (出处, 来源, 出处/时间)."""
    return bool(_SOURCE_LABEL.fullmatch(label))


def is_key_word_label(label: str) -> bool:
    """Whether a column label names the words a formulation is recalled by (记忆抓手, 关键词)."""
    return bool(_KEY_WORD_LABEL.fullmatch(label))


def formulation_column(labels: list[str]) -> int | None:
    """The column of a table of formulations (see above) under the header `labels`: the first
    column that does not number the rows, where its label names formulations and no other label
    does (两列提法, 以前的提法 beside 本次的提法, compare two wordings: neither is the row's), and
    another column names the source or the key words (a 提法 | 内容 table pairs a name with its
    content, read as any table's rows). None for any other table."""
    named = [column for column, label in enumerate(labels) if _FORMULATION_LABEL.fullmatch(label)]
    first = next((column for column, label in enumerate(labels) if not _NUMBER_COLUMN.fullmatch(label)), None)
    if len(named) != 1 or named[0] != first:
        return None
    others = [label for column, label in enumerate(labels) if column != first]
    return first if any(is_source_label(label) or is_key_word_label(label) for label in others) else None


def formulation_lines(rows: list[list[str]]) -> list[str] | None:
    """The lines of a table of formulations (see formulation_column), its header row first: each
    row under it read with its column labels as a table of records' is (提法：…；出处：…；记忆抓手：…,
    '' for a row with nothing in it), so that the extractors tell the formulation from its source and
    its key words. The header's labels are read without their spaces (出处 / 语境). Unlike a record's,
    an empty cell keeps its label (出处：, a source spanning two rows of a web page's table): every row
    then has its labels in the same places, as column_labels reads them. A row with nothing but its
    formulation cell (一、经济建设, spanning the table) heads the rows below it, and is written alone.
    A web address is left out of a cell, and a `；` inside one reads `，`. None for a table with no
    such header, with fewer than RECORD_ROWS rows under it, or whose formulation column holds no
    statements (see states: 表述 | 数据来源 over the names of figures)."""
    header, *records = rows or [[]]
    labels = ["".join(label.split()) for label in header]
    if (
        len(records) < RECORD_ROWS
        or not all(COLUMN_LABEL.fullmatch(label) for label in labels)
        or len(set(labels)) != len(labels)
        or (column := formulation_column(labels)) is None
        or any(len(row) != len(labels) for row in records)
        or not states(row[column] for row in records)
    ):
        return None
    records = [[_CELL_BREAK.sub("，", _LINK.sub("", cell)).strip() for cell in row] for row in records]
    numbered = _numbering_columns(labels, records)
    lines = []
    for row in records:
        said = [number for number, cell in enumerate(row) if cell and number not in numbered]
        if said == [column]:
            lines.append(row[column])
            continue
        cells = [f"{label}：{cell}" for number, (label, cell) in enumerate(zip(labels, row, strict=True))]
        lines.append(
            "；".join(cell for number, cell in enumerate(cells) if number not in numbered) if said else ""
        )
    return lines
