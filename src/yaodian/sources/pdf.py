"""PDF with a text layer (pypdf): a page's lines rebuilt from where its text stands, a table's row
on one line, prose in two columns read column after column, watermarks left out."""

from __future__ import annotations

import contextlib
import io
import logging
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import reduce
from itertools import pairwise
from pathlib import Path
from typing import Any

from yaodian.markers import pairs_left_open
from yaodian.sources.document import LineLayout, file_error, short_reason, split_lines
from yaodian.sources.markdown import InlineLine, row_line
from yaodian.sources.plain import (
    PAGE_NUMBER,
    find_running_heads,
    glue,
    join_lines,
    running_head_texts,
    text_width,
)

# ---- A PDF page's lines, rebuilt from where its text stands

# A footnote's mark at the start of its line, as the text carries it (存在①。 经验[1]。): after the
# words it notes (_NOTED), before a mark or the line's end (an item's ① opens its words: ：①统一…).
_NOTE_MARK = re.compile(r"\s*([①-⑳]|[\[［]\d{1,3}[\]］])")
_NOTED = r"[\u4e00-\u9fff\w”’」』）)%]"
# A line that leads notes of another kind: a table's (注： 资料来源：) or a list of works cited.
_NOTES_LEAD = re.compile(r"\s*(?:注释?|说明|参考文献|(?:资料|数据)?来源)\s*(?:[：:]|$)")

# A gap wider than this many font sizes between two pieces of text on one baseline parts a
# table's cells (or a running head's left and right parts); narrower, it is a font change or a
# space inside one text.
_CELL_GAP = 0.8
# Baselines closer than this many font sizes are one line (a cell's text set a little higher or
# lower than its neighbour's is not).
_SAME_BASELINE = 0.3
# A cell's lines follow each other at most this many font sizes apart; a table's next line
# comes within _TABLE_GAP of the line before it.
_CELL_LEADING = 1.7
_TABLE_GAP = 3.0
# Points by which the left edges of a cell's lines, or of a column's cells, may differ.
_ALIGNED = 2.0
# Lines side by side read as newspaper columns, not as a table: so many lines at least, every
# column's cells (at the median) this share of the page's width.
_COLUMN_LINES = 8
_COLUMN_SHARE = 0.3
# Text whose baseline rises more than this share of its run is set at a slant.
_LEVEL = 0.1
# Lines whose font sizes differ by more than this share are no one paragraph's.
_SIZE_CHANGE = 0.02
# A line break inside one piece of text steps down this many font sizes: pypdf does not say where
# the next line stands, and 1.2 is the line spacing (leading) that typesetting and PDF writers set
# by default, close enough for _SAME_BASELINE and _CELL_LEADING to tell lines apart.
_LEADING = 1.2
# The smallest font size (points) a piece is given: a text matrix that scales text to nothing
# would make every distance measured in font sizes nothing too.
_SMALLEST_SIZE = 1.0
# A line that starts more than this many font sizes right of the margin is indented (a
# paragraph's first line stands in by a character or two, a centred heading further): half a
# character, more than the play in where pypdf places a line's start.
_INDENT = 0.5


@dataclass(frozen=True)
class _Run:
    """A piece of a PDF page's text where the page sets it: the left edge of its baseline (points
    from the page's bottom left), its font size in points, its text."""

    x: float
    y: float
    size: float
    text: str

    @property
    def end(self) -> float:
        """Where the text ends, estimated: a Chinese character or mark is a font size wide, a
        letter or digit half of it (the font's own widths are not at hand); pypdf's spaces around
        a piece stand for its move, not for a glyph."""
        return self.x + self.size * text_width(self.text.strip()) / 2


def _page_runs(page: Any) -> tuple[list[_Run], int]:
    """The lines of text on a PDF page with their places, as pypdf's text visitor reports them
    (the text matrix times the current transformation: where a piece starts), and how many
    characters stand at a slant or upright: such text goes (a watermark across the page, 内部资料
    严禁翻印, a binding margin's 装订线), unless most of the page's text does (a page turned on its
    side).

    pypdf ends each of its lines with a line break: a piece without one (a change of font inside a
    line) goes on with the next piece, at the place where the line starts."""
    runs: list[_Run] = []
    turned = [0]
    pending: list[_Run] = []  # the start of a line pypdf has not ended yet

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        across = tm[0] * cm[0] + tm[1] * cm[2]
        slant = tm[0] * cm[1] + tm[1] * cm[3]
        # (a text matrix of no vertical scale, 0, leaves the font size as it is)
        height = max(size * (abs(tm[2] * cm[1] + tm[3] * cm[3]) or 1.0), _SMALLEST_SIZE)
        pieces = split_lines(text)
        for step, piece in enumerate(pieces):
            # a line break inside a piece steps down a line
            run = _Run(x, y - step * _LEADING * height, height, piece)
            if step == 0 and pending:  # (the line's size is its longer piece's)
                first = pending.pop()
                longer = first.size if len(first.text.strip()) >= len(piece.strip()) else height
                run = replace(first, size=longer, text=first.text + piece)
            if step == len(pieces) - 1:  # not ended yet
                pending[:] = [run] if run.text else []
            elif abs(slant) > _LEVEL * abs(across):
                turned[0] += len(run.text.strip())
            elif run.text.strip():
                runs.append(run)

    page.extract_text(visitor_text=visit)
    if pending and pending[0].text.strip():
        runs.append(pending[0])
    return runs, turned[0]


def _baselines(runs: list[_Run]) -> list[list[_Run]]:
    """The runs as the page's lines, top to bottom, each line's cells left to right (see _cells):
    runs whose baselines stand within _SAME_BASELINE of a font size of each other."""
    lines: list[list[_Run]] = []
    for run in sorted(runs, key=lambda run: (-run.y, run.x)):
        if lines and abs(lines[-1][0].y - run.y) <= _SAME_BASELINE * max(run.size, lines[-1][0].size):
            lines[-1].append(run)
        else:
            lines.append([run])
    return [_cells(sorted(line, key=lambda run: run.x)) for line in lines]


def _cells(line: list[_Run]) -> list[_Run]:
    """A line's runs (left to right) merged into the stretches of text between wide gaps: a
    table's cells, or the left and right parts of a running head; one stretch for a line of prose."""
    cells = [line[0]]
    for run in line[1:]:
        last = cells[-1]
        if run.x - last.end > _CELL_GAP * last.size:
            cells.append(run)
        else:
            cells[-1] = replace(last, text=glue(last.text, run.text))
    return cells


def _table_span(lines: list[list[_Run]], start: int) -> tuple[int, int]:
    """The lines of the table (or the lines side by side) around line `start`, a line of two cells
    or more, as a range of indices: below it, lines each near the one before, of two cells or
    more, or of one cell whose left edge is a cell's in the table (a cell's text that wraps);
    above it, lines of one such cell, each a cell's line apart from the one below (a cell set in
    the middle of its row, or at its foot, wraps above the row's other cells)."""
    lefts = [cell.x for cell in lines[start]]
    end = start + 1
    while end < len(lines):
        line, above = lines[end], lines[end - 1]
        size = max(cell.size for cell in line)
        if above[0].y - line[0].y > _TABLE_GAP * size:
            break
        if len(line) == 1 and not _aligned(line[0], lefts):
            break
        lefts += [cell.x for cell in line]
        end += 1
    while start > 0 and len(lines[start - 1]) == 1:
        cell = lines[start - 1][0]
        if cell.y - lines[start][0].y > _CELL_LEADING * cell.size or not _aligned(cell, lefts):
            break
        start -= 1
    return start, end


def _aligned(cell: _Run, lefts: list[float]) -> bool:
    return any(abs(cell.x - left) <= _ALIGNED for left in lefts)


def _columns(lines: list[list[_Run]]) -> list[tuple[float, float]]:
    """The columns of a table's lines, left to right: the spans its cells cover, overlapping
    spans merged."""
    spans = sorted((cell.x, max(cell.end, cell.x + cell.size)) for line in lines for cell in line)
    columns = [spans[0]]
    for left, right in spans[1:]:
        if left <= columns[-1][1]:
            columns[-1] = (columns[-1][0], max(columns[-1][1], right))
        else:
            columns.append((left, right))
    return columns


def _column_of(cell: _Run, columns: list[tuple[float, float]]) -> int:
    return next((index for index, (left, right) in enumerate(columns) if left <= cell.x <= right), 0)


def _side_by_side(lines: list[list[_Run]], columns: list[tuple[float, float]], page_width: float) -> bool:
    """Whether a table's lines are prose set in columns, as a newspaper's: many lines, every
    column's cells a good share of the page wide (a table has narrow columns of names or numbers)."""
    if len(lines) < _COLUMN_LINES or len(columns) < 2:
        return False
    widths: dict[int, list[float]] = {}
    for line in lines:
        for cell in line:
            widths.setdefault(_column_of(cell, columns), []).append(cell.end - cell.x)
    return all(
        sorted(found)[len(found) // 2] >= _COLUMN_SHARE * page_width for found in widths.values()
    ) and len(widths) == len(columns)


def _in_columns(lines: list[list[_Run]], page_width: float) -> list[list[_Run]]:
    """The page's lines with each stretch of prose set in two columns (see _column_stretch) read
    column after column: the left column's lines, then the right column's set under them, moved to
    the left column's margin and below its last line, as if the page set them one under the other.
    Two columns' lines seldom share a baseline (a heading or a blank line in one column shifts the
    lines after it), so the page's lines pair a line of one column with a line of the other, or
    stand alone in either; read so, the two columns' sentences would interleave. Lines across the
    gutter (a headline, a running head, a page number) and the lines above or below a wide blank
    stay as they are."""
    split = _gutter(lines, page_width)
    if split is None:
        return lines
    out: list[list[_Run]] = []
    index = 0
    while index < len(lines):
        end = _column_stretch(lines, index, split, page_width)
        if end is None:
            out.append(lines[index])
            index += 1
            continue
        stretch = lines[index:end]
        left = [part for line in stretch if (part := [cell for cell in line if cell.x < split - _ALIGNED])]
        right = [part for line in stretch if (part := [cell for cell in line if cell.x >= split - _ALIGNED])]
        across = _left_margin(left) - _left_margin(right)
        down = min(cell.y for line in left for cell in line) - max(cell.y for line in right for cell in line)
        down -= _LEADING * right[0][0].size
        out += left + [[replace(cell, x=cell.x + across, y=cell.y + down) for cell in line] for line in right]
        index = end
    return out


def _gutter(lines: list[list[_Run]], page_width: float) -> float | None:
    """Where a page's right column starts, if it sets prose in two columns: a place in the middle
    of the page (_COLUMN_SHARE to 1 - _COLUMN_SHARE of its width) where _COLUMN_LINES cells start
    or more (within _ALIGNED), the leftmost such place that starts a stretch in columns (see
    _column_stretch); else None."""
    starts = Counter(round(cell.x) for line in lines for cell in line)
    places = sorted(
        x
        for x in starts
        if _COLUMN_SHARE * page_width <= x <= (1 - _COLUMN_SHARE) * page_width
        and sum(count for other, count in starts.items() if abs(other - x) <= _ALIGNED) >= _COLUMN_LINES
    )
    return next(
        (
            float(x)
            for x in places
            if any(_column_stretch(lines, index, x, page_width) for index in range(len(lines)))
        ),
        None,
    )


def _column_stretch(lines: list[list[_Run]], start: int, split: float, page_width: float) -> int | None:
    """The end of the stretch of lines from `start` that sets prose in two columns parted at
    `split`, if one starts there: lines that run across `split` (see _across) or a wide blank (see
    _far_below) bound it; _COLUMN_LINES cells or more stand on either side of `split`, and the cells
    on either side, at the median, are _COLUMN_SHARE of the page's width wide (prose fills its
    column's measure; a table's column of names or figures does not)."""
    if start > 0 and not (_across(lines[start - 1], split) or _far_below(lines[start - 1], lines[start])):
        return None
    end = start
    while end < len(lines) and not (
        _across(lines[end], split) or (end > start and _far_below(lines[end - 1], lines[end]))
    ):
        end += 1
    widths: tuple[list[float], list[float]] = ([], [])
    for line in lines[start:end]:
        for cell in line:
            widths[cell.x >= split - _ALIGNED].append(cell.end - cell.x)
    wide = all(
        len(found) >= _COLUMN_LINES and sorted(found)[len(found) // 2] >= _COLUMN_SHARE * page_width
        for found in widths
    )
    return end if wide else None


def _across(line: list[_Run], split: float) -> bool:
    """Whether a cell of `line` runs across `split`, from left of it to past it (a headline, a
    running head, a centred page number)."""
    return any(cell.x < split - _ALIGNED and cell.end > split for cell in line)


def _far_below(above: list[_Run], line: list[_Run]) -> bool:
    """Whether `line` stands more than _TABLE_GAP of its font size below the line `above` it."""
    return above[0].y - line[0].y > _TABLE_GAP * max(cell.size for cell in line)


@dataclass
class _Block:
    """A table cell's lines, top to bottom: its column, the baselines of its first and last line."""

    column: int
    top: float
    bottom: float
    size: float
    texts: list[str]


def _cell_blocks(lines: list[list[_Run]], columns: list[tuple[float, float]]) -> list[_Block]:
    """A table's cells, each with its lines: a cell's next line stands in its column within
    _CELL_LEADING of a font size, unless both lines fill every column (rows of one line each, set
    close)."""
    full = {
        index
        for index, line in enumerate(lines)
        if len({_column_of(cell, columns) for cell in line}) == len(columns)
    }
    blocks: list[_Block] = []
    last: dict[int, tuple[_Block, int]] = {}  # a column's last block, and the line of its last cell
    for index, line in enumerate(lines):
        for cell in line:
            column = _column_of(cell, columns)
            if column in last:
                block, above = last[column]
                if block.bottom - cell.y <= _CELL_LEADING * cell.size and not (
                    above in full and index in full
                ):
                    block.bottom = cell.y
                    block.texts.append(cell.text)
                    last[column] = (block, index)
                    continue
            blocks.append(_Block(column, cell.y, cell.y, cell.size, [cell.text]))
            last[column] = (blocks[-1], index)
    return blocks


def _table_rows(lines: list[list[_Run]], columns: list[tuple[float, float]]) -> list[list[str]]:
    """A table's rows, each the texts of its cells: a row's cells are those whose lines overlap in
    height (a cell set in the middle of its row stands beside the lines of a taller cell), a
    cell's lines joined."""
    rows: list[list[_Block]] = []
    for block in sorted(_cell_blocks(lines, columns), key=lambda block: -block.top):
        row = rows[-1] if rows else []
        if row and block.top >= min(other.bottom for other in row) - _SAME_BASELINE * block.size:
            row.append(block)
        else:
            rows.append([block])
    return [
        [
            reduce(glue, [text.strip() for block in row if block.column == column for text in block.texts])
            for column in sorted({block.column for block in row})
        ]
        for row in rows
    ]


# A header row's cell: a column's name of a few characters, without a mark or a number (序号
# 得分要点 对策建议); a table has two rows under it at least.
_HEADER_CELL = re.compile(r"[^\W\d_]{1,8}")


def _header_row(rows: list[list[str]]) -> bool:
    """Whether a table's first row names its columns: every cell a short name (see _HEADER_CELL)."""
    return len(rows) > 2 and all(_HEADER_CELL.fullmatch(cell) for cell in rows[0])


def _left_margin(lines: list[list[_Run]]) -> float:
    """A page's left margin: the leftmost place two lines start at or more (a running head may
    stand further left, once; a page of short paragraphs starts most lines indented)."""
    counts = Counter(round(line[0].x) for line in lines)
    return min((x for x, count in counts.items() if count > 1), default=min(counts, default=0))


def _plain(cell: _Run, margin: float) -> str:
    """A line's text, after a space where it stands in from the margin (a paragraph's first line
    indented, a heading centred), as pypdf's plain text has it."""
    return (" " if cell.x - margin > _INDENT * cell.size else "") + cell.text.strip()


@dataclass
class _PdfPage:
    """A PDF page's lines, top to bottom, the font size of each (0 for a table's row), the indices
    of each table's rows among them, and each table's header row (see _header_row), if it has one."""

    lines: list[str] = field(default_factory=list)
    sizes: list[float] = field(default_factory=list)
    tables: list[list[int]] = field(default_factory=list)
    headers: list[str | None] = field(default_factory=list)
    # a wrapped heading's line (see _wrapped_headings_joined) and the lines the page broke it into
    wrapped: dict[int, list[str]] = field(default_factory=dict)

    def add(self, texts: list[str], size: float = 0.0) -> None:
        self.lines += texts
        self.sizes += [size] * len(texts)

    def without_footnotes(self) -> _PdfPage:
        """The page with its footnotes blanked, and their marks in its text taken out: the lines at
        its foot (below them only its number) set smaller than its text, from the first that opens
        with a note's mark (① [1]) whose mark the text above them carries (存在①。). They cut the
        sentence the page break cuts, and say where a figure or a quotation comes from; the mark
        left in would stick to the words it follows, a cloze's answer with them. Lines set small at
        the foot whose marks the text does not raise after its words (an item's ① opens its words)
        stay, and so do a table's notes under 注： or 资料来源：, a list of works under 参考文献, and
        a page set in one size throughout."""
        text_size = Counter(
            {
                size: sum(len(line) for line, of in zip(self.lines, self.sizes, strict=True) if of == size)
                for size in set(self.sizes)
                if size
            }
        ).most_common(1)
        if not text_size:
            return self
        small = text_size[0][0] * (1 - _SIZE_CHANGE)
        end = len(self.lines)
        while end and (not self.lines[end - 1].strip() or PAGE_NUMBER.match(self.lines[end - 1])):
            end -= 1
        start = end
        while (
            start
            and self.sizes[start - 1]
            and self.sizes[start - 1] < small
            and self.lines[start - 1].strip()
        ):
            start -= 1
        opening = next((n for n in range(start, end) if _NOTE_MARK.match(self.lines[n])), None)
        if opening is None:
            return self
        above = [line for line in self.lines[:start] if line.strip()][-1:]
        if any(_NOTES_LEAD.match(line) for line in above + self.lines[start:opening]):
            return self
        marks = [found.group(1) for n in range(opening, end) if (found := _NOTE_MARK.match(self.lines[n]))]
        if not all(re.search(_raised(mark), "".join(self.lines[:start])) for mark in marks):
            return self
        out = replace(self, lines=list(self.lines), sizes=list(self.sizes))
        for number in range(opening, end):
            out.lines[number] = ""
        raised = re.compile("|".join(map(_raised, marks)))
        for number in range(start):
            out.lines[number] = raised.sub("", out.lines[number])
        return out

    def set_apart(self) -> _PdfPage:
        """The page with a blank line between two lines of prose set in different sizes (a
        heading and its text, the text and a footnote), which are no one paragraph."""
        out = _PdfPage(headers=self.headers)
        moved: dict[int, int] = {}
        before = 0.0
        for number, (line, size) in enumerate(zip(self.lines, self.sizes, strict=True)):
            if size and before and abs(size - before) > _SIZE_CHANGE * max(size, before):
                out.add([""])
            before = size or before
            moved[number] = len(out.lines)
            out.add([line], size)
        out.tables = [[moved[number] for number in table] for table in self.tables]
        out.wrapped = {moved[number]: parts for number, parts in self.wrapped.items()}
        return out


def _raised(mark: str) -> str:
    """A pattern for note mark `mark` as a text raises it: after the words it notes (存在①。),
    not opening words of its own (：①统一)."""
    return rf"(?<={_NOTED}){re.escape(mark)}(?![\u4e00-\u9fff])"


@dataclass(frozen=True)
class _PageGrid:
    """A PDF page's lines as it sets them (see _page_lines), before they become text: the runs of
    each line, the parts of each wrapped heading joined (see _wrapped_headings_joined), the page's
    width, and for a page turned on its side its text as pypdf reads it."""

    lines: list[list[_Run]]
    wrapped: dict[int, list[_Run]]
    width: float
    turned: list[str] | None = None


def _page_grid(page: Any) -> _PageGrid:
    """A PDF page's lines from where its text stands (see _PageGrid)."""
    runs, turned = _page_runs(page)
    width = float(page.mediabox.width)
    if turned > sum(len(run.text.strip()) for run in runs):  # a page turned on its side: as pypdf reads it
        return _PageGrid([], {}, width, split_lines(page.extract_text() or ""))
    lines, wrapped = _wrapped_headings_joined(_in_columns(_baselines(runs), width))
    return _PageGrid(lines, wrapped, width)


def _shared_margin(lines: list[list[_Run]]) -> int | None:
    """The leftmost place two lines start at or more (see _left_margin), or None on a page where
    no two lines start at one place."""
    counts = Counter(round(line[0].x) for line in lines)
    return min((x for x, count in counts.items() if count > 1), default=None)


def _page_margins(grids: list[_PageGrid]) -> list[float]:
    """Each page's left margin: its own (see _shared_margin), or, on a page with no two lines
    starting at one place (a last page of a paragraph's two lines, the first indented, under a
    running head set further left), the margin most pages on the same side share (a book sets odd
    and even pages' margins apart), else the page's leftmost line's start (see _left_margin). Taken
    from its own few lines, the margin would be the running head's, and every line of the page
    indented: each a paragraph of its own."""
    own = [_shared_margin(grid.lines) for grid in grids]
    out: list[float] = []
    for number, grid in enumerate(grids):
        found = own[number]
        if found is None:
            side = Counter(margin for margin in own[number % 2 :: 2] if margin is not None)
            every = Counter(margin for margin in own if margin is not None)
            usual = (side or every).most_common(1)
            found = usual[0][0] if usual else _left_margin(grid.lines)
        out.append(float(found))
    return out


def _page_lines(grid: _PageGrid, margin: float) -> _PdfPage:
    """A PDF page's lines rebuilt from where its text stands (see _page_grid), a line that starts
    right of `margin` indented (see _plain). A table's row stands on one line, read like a
    definition (see row_line: 维度：问题；对策), its header row (see _header_row) left out; prose
    set in columns side by side is read column after column; a line of a few stretches far apart
    (a running head's left and right parts) is one line."""
    out = _PdfPage()
    if grid.turned is not None:
        out.add(grid.turned)
        return out
    lines, wrapped = grid.lines, grid.wrapped
    for start, end in _line_groups(lines):
        group = lines[start:end]
        columns = _columns(group) if end - start > 1 else []
        if _side_by_side(group, columns, grid.width):
            for column in range(len(columns)):
                cells = [cell for line in group for cell in line if _column_of(cell, columns) == column]
                left = min(cell.x for cell in cells)
                for cell in cells:
                    out.add([_plain(cell, left)], cell.size)
        elif len(columns) > 1:
            rows = _table_rows(group, columns)
            texts = [row_line([InlineLine(cell) for cell in row]).text for row in rows]
            header = _header_row(rows)
            out.headers.append(texts[0] if header else None)
            out.tables.append(list(range(len(out.lines), len(out.lines) + len(rows) - header)))
            out.add(texts[header:])
        else:
            for number, line in enumerate(group, start):
                if number in wrapped:
                    out.wrapped[len(out.lines)] = [_plain(part, margin) for part in wrapped[number]]
                text = " ".join(cell.text.strip() for cell in line)
                out.add([_plain(replace(line[0], text=text), margin)], max(cell.size for cell in line))
    return out.without_footnotes().set_apart()


def _wrapped_headings_joined(lines: list[list[_Run]]) -> tuple[list[list[_Run]], dict[int, list[_Run]]]:
    """The page's lines with a heading set larger than the text and wrapped (a title that fills the
    text's width and goes on, in its size, on the next line: 关于进一步做好…工作的实施 / 意见) on one
    line, with the runs of the lines each joined line was broken into (by its index): the line break is
    the measure's, not the author's, and text wraps so only where it fills the measure; or a line of a
    centred headline that stops inside its words (see _breaks_inside: 关于印发《…工作要点 / 》的通知). A
    larger line that stops short of the right edge where a phrase may end (a title set over two
    centred lines, each a half: 坚定不移走好… / 奋力谱写…) keeps its break."""
    text_size = _text_size(lines)
    right = _right_edge(lines)
    out: list[list[_Run]] = []
    parts: dict[int, list[_Run]] = {}
    last: _Run | None = None  # the line the one before ended with, as the page sets it
    for line in lines:
        run = line[0]
        if (
            last is not None
            and len(line) == 1
            and len(out[-1]) == 1
            and text_size
            and last.size > text_size * (1 + _SIZE_CHANGE)
            and abs(run.size - last.size) <= _SIZE_CHANGE * last.size
            and 0 < last.y - run.y <= _CELL_LEADING * last.size
            and (last.end >= right - last.size or _breaks_inside(last.text, run.text))
            and not run.text.strip().startswith(("—", "－", "-"))
        ):
            parts.setdefault(len(out) - 1, [out[-1][0]]).append(run)
            out[-1] = [replace(out[-1][0], text=glue(out[-1][0].text.rstrip(), run.text.strip()))]
        else:
            out.append(line)
        last = run if len(line) == 1 else None
    return out, parts


def _breaks_inside(upper: str, lower: str) -> bool:
    """Whether a headline's line break from `upper` to `lower` falls inside its words, where no
    phrase ends: `upper` leaves a 《, “ or （ open, or ends on 关于; `lower` opens on a closing mark
    or on 的, which only ends a phrase (…工作 / 的意见)."""
    upper, lower = upper.strip(), lower.strip()
    return (
        bool(pairs_left_open(upper))
        or upper.endswith("关于")
        or lower.startswith(("》", "”", "）", ")", "的"))
    )


def _text_size(lines: list[list[_Run]]) -> float:
    """The size most of a page's characters are set in: its text's (0 on a page without text)."""
    sizes: Counter[float] = Counter()
    for line in lines:
        for run in line:
            sizes[round(run.size, 1)] += len(run.text.strip())
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _right_edge(lines: list[list[_Run]]) -> float:
    """Where a page's text ends on the right: the furthest right that two of its lines end at or
    near (a line of text fills the measure; one that runs further is a running head's or a
    table's)."""
    ends = sorted(line[-1].end for line in lines)
    return max(
        (end for end, after in pairwise(ends) if after - end <= _ALIGNED * 4), default=max(ends, default=0.0)
    )


def _line_groups(lines: list[list[_Run]]) -> list[tuple[int, int]]:
    """A page's lines in groups, top to bottom, as ranges of indices: each table (see
    _table_span), and each other line alone."""
    groups: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        start, end = _table_span(lines, index) if len(lines[index]) > 1 else (index, index + 1)
        while groups and groups[-1][0] >= start:  # the lines above the table that are its
            groups.pop()
        groups.append((start, end))
        index = end
    return groups


@contextlib.contextmanager
def _quiet(logger_name: str) -> Iterator[None]:
    """Silence a library's log while it reads a damaged file: Python prints unhandled warnings to
    stderr, and the outcome is reported as one error line anyway."""
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(level)


def read_pdf(data: bytes, path: Path) -> tuple[list[str], dict[int, LineLayout], tuple[str, ...]]:
    """The text layer of a PDF, page by page, with paragraphs rejoined, the layout of its tables'
    rows (a table of two rows or more is a list, each row an item: see _page_lines), and the running
    heads join_lines leaves out (a headline printed over the cover and again over the first page is
    printed again a page apart: the document's name, as a running head is)."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    try:
        with _quiet("pypdf"):
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                reader.decrypt("")  # many PDFs are locked only against editing, with an empty user password
            grids = [_page_grid(page) for page in reader.pages]
            pages = [
                _page_lines(grid, margin) for grid, margin in zip(grids, _page_margins(grids), strict=True)
            ]
            raw, rows = _pages_text(pages)
    except (DependencyError, FileNotDecryptedError):
        raise file_error(path, "encrypted PDF; remove the password first") from None
    except Exception as exc:  # pypdf raises many kinds of errors on damaged files
        raise file_error(path, f"cannot read as a PDF: {short_reason(exc)}") from None
    lines, layout = join_lines(raw, rows)
    if not lines:
        raise file_error(path, "PDF has no text layer (a scan?); run OCR on it first")
    return lines, layout, running_head_texts(raw, find_running_heads(raw))


def _pages_text(pages: list[_PdfPage]) -> tuple[list[str], dict[int, bool]]:
    """The lines of a PDF's pages, each page after a form feed (as pdftotext marks a page break),
    and the indices of its tables' rows among them, each with whether it is a list item (a row of
    a table of two rows or more). A table going on over a page prints its first row again (its
    header) at the top of the next page: that copy goes. A wrapped heading printed again elsewhere
    keeps its page's breaks (see _with_cover_breaks)."""
    raw: list[str] = []
    rows: dict[int, bool] = {}
    first = None  # the first row of the last table on the page before
    printed = Counter(_spaceless(line) for page in pages for line in page.lines if line.strip())
    for page in [_with_cover_breaks(page, printed) for page in pages]:
        raw.append("\f")
        for number, table in enumerate(page.tables):
            if number == 0 and table and first and page.lines[table[0]] == first:
                page.lines[table[0]] = ""
            rows.update({len(raw) + row: len(table) > 1 for row in table})
            first = page.headers[number] or (page.lines[table[0]] if table else None) or first
        raw += page.lines
    return raw, rows


def _with_cover_breaks(page: _PdfPage, printed: Counter[str]) -> _PdfPage:
    """The `page` with each wrapped heading joined on it (see _wrapped_headings_joined) that the
    document prints again (`printed` counts each line's copies, spaces aside) set back on the lines
    the page broke it into: a cover's title wrapped and printed whole on the page the text starts on.
    The running heads are told by lines printed again, and the cover keeps its lines as it set them."""
    out = _PdfPage(headers=page.headers)
    moved: dict[int, int] = {}
    for number, (line, size) in enumerate(zip(page.lines, page.sizes, strict=True)):
        moved[number] = len(out.lines)
        parts = page.wrapped.get(number)
        out.add(parts if parts and printed[_spaceless(line)] > 1 else [line], size)
    out.tables = [[moved[number] for number in table] for table in page.tables]
    return out


def _spaceless(line: str) -> str:
    """`line` without its spaces, to count a line's copies however the page spaced it."""
    return "".join(line.split())
