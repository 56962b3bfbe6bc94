"""Plain text as it is copied: paragraphs run together on one line (WeChat, a web page, their line
breaks lost) broken apart again; lines broken at a fixed width (PDF, and text copied from one)
joined again, with running heads, page numbers and footnotes taken out of the sentences they cut."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Collection
from itertools import pairwise
from typing import Literal

from yaodian.markers import (
    CITATION,
    HEADING_NUMBER,
    ITEM_OPENING,
    RUN_TOGETHER_OPENING,
    pairs_left_open,
)
from yaodian.numerals import numeral_value
from yaodian.sources.document import LineLayout
from yaodian.sources.records import are_records, record_lines, states

# ---- Paragraphs run together on one line (text copied from WeChat or a web page, its line breaks lost)

# A line this long or longer, holding half the document's text or more, may be paragraphs run
# together; a shorter one is a paragraph whatever it holds.
_RUN_TOGETHER = 200
# Where the paragraphs of such a line begin: after a run of full-width spaces (the indent of a
# paragraph, when the line breaks were lost but the indents were not), or at a marker that opens
# a paragraph, where a sentence ended, or a heading (which has no closing mark but a quote or a
# bracket) did: 一、 （一） (1) 1、 1. after 。！？； or a closing mark, counted on from the one
# before of their kind (统一、规范 is no heading); the first of 一是 第一， 首先 after a closing mark
# (their later members run on in a paragraph, as in the line-broken copy); 总之 after a sentence.
_INDENT_RUN = re.compile(r"[\u3000]{2,}[\s\u3000]*")
_AFTER_SENTENCE = re.compile(r"[。！？!?；;…][”’」』）)》]*\s*$")
_AFTER_CLOSING = re.compile(r"[^。！？!?；;…，、,：:\s][”’」』）)》]\s*$")


def _paragraph_starts(line: str) -> list[int]:
    """The offsets in `line` where a paragraph of text run together begins (see _INDENT_RUN
    and markers.RUN_TOGETHER_OPENING)."""
    starts = [run.end() for run in _INDENT_RUN.finditer(line) if run.start() > 0 and run.end() < len(line)]
    last: dict[str, int] = {}  # the number of each kind of marker last taken
    for found in RUN_TOGETHER_OPENING.finditer(line):
        before = line[: found.start()]
        sentence, closing = _AFTER_SENTENCE.search(before), _AFTER_CLOSING.search(before)
        kind = found.lastgroup or ""
        if kind == "first":
            opens = closing is not None
        elif kind == "conclusion":
            opens = sentence is not None
        else:
            number = numeral_value(found.group(kind))
            if number is None:  # 十三十、: no number, so no heading
                continue
            opens = (sentence or closing) is not None and number in (1, last.get(kind, 0) + 1)
            if opens:
                last[kind] = number
        if opens and found.start() > 0:
            starts.append(found.start())
    return sorted(set(starts))


def paragraphs_run_together(lines: list[str]) -> tuple[list[str], tuple[int, ...]]:
    """Text whose paragraphs were run together on one line, broken into them again where the
    text shows where they begin (see _paragraph_starts). Only a line far longer than a paragraph
    is broken: one of _RUN_TOGETHER characters or more that holds half the text or more and
    three paragraphs or more by its marks. The lines after it move down: this text's lines are
    its paragraphs, as a web page's are. With them, the number of the line of `lines` each comes
    from (a card says the file's line, not the paragraph's); () when no line was broken."""
    size = sum(len(line.strip()) for line in lines)
    out: list[str] = []
    numbers: list[int] = []
    for number, line in enumerate(lines, 1):
        length = len(line.strip())
        starts = _paragraph_starts(line) if length >= max(_RUN_TOGETHER, size / 2) else []
        if len(starts) < 2:
            out.append(line)
            numbers.append(number)
            continue
        bounds = [0, *starts, len(line)]
        pieces = [piece for a, b in pairwise(bounds) if (piece := line[a:b].strip(" \t\u3000"))]
        out += pieces
        numbers += [number] * len(pieces)
    return out, tuple(numbers) if len(out) > len(lines) else ()


# ---- Lines broken at a fixed width (PDF, and text copied from one)

_SENTENCE_MARKS = "。！？；：…!?;:"
_CLOSING = "”’\"'）)》」』"


def ends_a_sentence(text: str) -> bool:
    """Whether `text` ends with a sentence's end (。！？；：…), quotes and brackets closing after it."""
    last = text.rstrip().rstrip(_CLOSING)[-1:]
    return bool(last) and last in _SENTENCE_MARKS


# A line that ends inside a clause (after a comma, or an opening bracket or quote): the sentence
# goes on on the next line, also when that line opens with what looks like a marker (（\n3）).
_COMMAS = "，、,"
_OPENING = "（(“‘《「『【〔["
# Marks Chinese typesetting never sets at the start of a line (避头): a line opening with one was
# broken there by the width.
_NEVER_OPENS = set("。，、；：！？）》」』”’")
_CLAUSE_GOES_ON = re.compile(rf"[{_COMMAS}]\s*$")
# An ordinal adverb (其次, 再次, 最后) after a comma: the next clause of a sentence that counts its
# steps (首先要…，其次要…，\n再次要…), not an item set on a line of its own, which follows a
# sentence's end; a numbered item (2. 二是) after a comma opens its line still (1.坚持…，\n2.坚持…，).
_GOES_ON_IN_ORDER = re.compile(rf"[{_COMMAS}]\s*(?:其次|再次|然后|最后)")
_OPENED = re.compile(rf"[{re.escape(_OPENING)}]\s*$")
# (a text holding no such line needs no rejoining)
BROKEN_CLAUSE = re.compile(rf"[{_COMMAS}{re.escape(_OPENING)}][^\S\n]*\r?\n[^\S\n]*\S")
# A page number on a line of its own, as a PDF's text keeps it: 3, — 3 —, · 38 · (a journal's),
# 第 3 页 共 9 页 (or 共 9 页 第 3 页, 第 3 页（共 9 页）), 3/9, Page 3 of 9; each perhaps between rules,
# as a viewer's copy marks its page breaks (------- 第 3 页 / 共 9 页 -------, ===== 3 =====).
PAGE_NUMBER = re.compile(
    r"^[-—–－·•=\s]*(?:\d{1,4}|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页|\s*[（(]\s*共\s*\d+\s*页\s*[）)])?"
    r"|共\s*\d+\s*页\s*[,，/]?\s*第\s*\d+\s*页|\d+\s*/\s*\d+|(?i:page)\s*\d+(?:\s*(?:of|/)\s*\d+)?)"
    r"[-—–－·•=\s]*$"
)
# The narrowest line width (in half-width columns) taken for a fixed wrapping width, and the
# narrowest of a newspaper's or a magazine's columns (ten characters and more a line).
_MIN_WRAP = 40
_MIN_COLUMN = 20
# The share of a text's lines that fill its width when it is broken at a fixed width, and the
# share of those that end inside a sentence; in a narrow column, the share of them that hold a
# clause's end inside them.
_WRAPPED_SHARE = 0.3
_INSIDE = 0.6
_MARKED_INSIDE = 0.5
_WRAPPED_LINES = 5  # lines that fill the width, at the least, of a text broken at it
# A line that fills this much of the width ran on into the next; this much, to the brim.
_FILLED = 0.8
_BRIM = 0.95
# A narrow column's copy (a newspaper's, ten to twenty-odd characters a line) spreads its lines
# wider than a page's: its punctuation is set half-width to justify the line, so a line holds one
# or two characters more for each pair of marks, and the indent of a paragraph's first line is
# stripped with it. Its lines fill it, then, from _FILLED of its width on; and as such a spread also
# takes in a web page's short lines of chrome beside its paragraphs (a line each, far wider), the
# lines that fill the column hold this share of the text's columns at the least: wrapped text lies
# under its width.
_COLUMN_TEXT = 0.5
# ... and its paragraphs end: this share of its lines end a sentence at the least (a poem's lines
# or a list's whole items, each a line with its marks inside, end none).
_ENDED_SHARE = 0.1
# How far short of the width (in columns) a line broken at it may stop: three columns, but in a
# wide page's copy (from 64 columns: 32 characters) eight, as its lines spread with half-width
# digits and Latin and punctuation set narrow. (Short paragraphs, a line each, would come that
# close to one another by chance in a narrower text.)
_SLACK = 3
_WIDE = 64
_WIDE_SLACK = 8
_CLAUSE_END = re.compile(r"[；：;:]\s*$")
# (a clock's colon, 20:02, marks no clause: a chat export's lines of a name and a time are no prose)
_MARK_INSIDE = re.compile(
    r"(?:[，、。；：！？,;!?]|(?<!\d):(?!\d))(?=.*[^\s，、。；：！？,;:!?”’\"'）)》」』])"
)


def text_width(text: str) -> int:
    """Columns `text` takes in half-width characters: Chinese text's characters and punctuation
    (“” … — too, as Chinese fonts set them) take two. (Counted by encoding, not char by char:
    every line of every text file is measured.)"""
    return 2 * len(text) - len(text.encode("ascii", "ignore"))


def glue(before: str, after: str) -> str:
    """Two pieces of a line broken at the width, joined: a space only between two Latin words or
    numbers (6.2 and % join as 6.2%)."""
    latin_word = (before[-1:] + after[:1]).isascii() and before[-1:].isalnum() and after[:1].isalnum()
    space = " " if latin_word else ""
    return before + space + after


def _fills(width: int, wrap: int) -> bool:
    """A line `width` columns wide fills a text broken at `wrap` columns: it stops at most
    _SLACK columns short of it, _WIDE_SLACK in a wide text."""
    return wrap - (_WIDE_SLACK if wrap >= _WIDE else _SLACK) <= width <= wrap


def _fills_column(width: int, wrap: int) -> bool:
    """A line `width` columns wide fills a narrow column `wrap` columns wide: it takes _FILLED of
    it at the least (see _COLUMN_TEXT)."""
    return _FILLED * wrap <= width <= wrap


def _wrap_width(
    widths: list[int], narrowest: int = _MIN_WRAP, fills: Callable[[int, int], bool] = _fills
) -> int:
    """The width lines are broken at, from their widths: the widest of the widths (from
    `narrowest` on) that most lines fill (see _fills, or `fills`); else the 90th percentile.
    (Its cost grows with the square of the number of distinct widths, not with the lines.)"""
    if not widths:
        return 0
    counts = Counter(width for width in widths if width >= narrowest)
    if not counts:
        return sorted(widths)[int(len(widths) * 0.9)]
    return max(counts, key=lambda w: (sum(n for v, n in counts.items() if fills(v, w)), w))


# How _wrapping looks for the width: a page's (from _MIN_WRAP, lines close to it), a column's (from
# _MIN_COLUMN), and a column whose lines spread under it (see _COLUMN_TEXT).
_PASSES: tuple[tuple[int, Callable[[int, int], bool]], ...] = (
    (_MIN_WRAP, _fills),
    (_MIN_COLUMN, _fills),
    (_MIN_COLUMN, _fills_column),
)


# A line that opens anew, not going on with the sentence of the line before: a label and its colon
# (四个意识：, a speaker's 记者：; a clock's 9:30 is none), or a bullet.
_LABEL_OPENING = re.compile(r"^[^\s，。、；：:！？,;!?（(“‘《]{1,8}[：:](?!\d)")
_BULLET_OPENING = re.compile(r"^[●○■□◆◇▲△▶►•·※☆★\-—*]")
# Of the lines that fill a column whose lines spread under its width, this share at the least are
# followed by a line that goes on with their sentence: a line of wrapped prose was cut mid-clause.
_CONTINUED = 0.5
# ... and of its paragraphs this many at the least open at an indent after a sentence's end: as any
# line from _FILLED of the width on fills such a column, a heading, a speaker's line, a bullet item
# or a verse fills it by chance, and only an indent tells where a paragraph of it opens.
_INDENTED_PARAGRAPHS = 2


def _opens_anew(text: str, indented: bool) -> bool:
    """Whether a line (`text`, stripped; `indented` in the text) starts something of its own rather
    than going on with the sentence before it: an indent, an item's marker, a label with its colon,
    a bullet."""
    return indented or any(opening.match(text) for opening in (ITEM_OPENING, _LABEL_OPENING, _BULLET_OPENING))


def _runs_on_share(texts: list[str], indented: list[bool], full: list[int]) -> float:
    """The share of the lines numbered `full` (they fill the width) whose sentence the next line
    goes on with: the line ends no sentence and is no label's whole item (四个意识：……), and the
    next line opens nothing anew (see _opens_anew)."""
    going_on = sum(
        1
        for number in full
        if number + 1 < len(texts)
        and not ends_a_sentence(texts[number])
        and not _LABEL_OPENING.match(texts[number])
        and not _opens_anew(texts[number + 1], indented[number + 1])
    )
    return going_on / len(full) if full else 0.0


def _column_of_prose(texts: list[str], widths: list[int], indented: list[bool], full: list[int]) -> bool:
    """Whether a column whose lines spread under its width holds prose wrapped at it: the lines
    that fill it (numbered `full`) hold most of the text and mostly run on into the next line, its
    paragraphs end, and they open at an indent (see _COLUMN_TEXT, _ENDED_SHARE, _CONTINUED,
    _INDENTED_PARAGRAPHS). A list's, a table's or slogans' lines, each whole, fill such a column
    too; their next lines open anew, or nothing indents a paragraph."""
    ended = sum(1 for text in texts if ends_a_sentence(text))
    opened = sum(
        1 for number in range(1, len(texts)) if indented[number] and ends_a_sentence(texts[number - 1])
    )
    return (
        sum(widths[number] for number in full) >= _COLUMN_TEXT * sum(widths)
        and ended >= _ENDED_SHARE * len(texts)
        and _runs_on_share(texts, indented, full) >= _CONTINUED
        and opened >= _INDENTED_PARAGRAPHS
    )


def _wrapping(texts: list[str], indented: list[bool] | None = None) -> int:
    """The width `texts` (a text's lines, stripped, page numbers left out) are broken at when
    they are broken at a fixed width, as copied from a PDF, else 0: many lines (_WRAPPED_SHARE of
    them) of nearly the same width, most of which end inside a sentence.

    A narrow column (a newspaper's: 10 to 20 characters a line) passes for a list of short
    lines unless its lines carry their clauses' ends inside them, as prose cut at random
    places does and a list of headings or slogans does not. Where its lines spread under the
    width, the lines that fill it hold most of the text, run on into the next line, and its
    paragraphs open at an indent (see _column_of_prose; `indented`: which of the lines are
    indented, none if not given). Linear in the lines.
    """
    widths = [text_width(text) for text in texts]
    indented = indented or [False] * len(texts)
    for narrowest, fills in _PASSES:
        width = _wrap_width(widths, narrowest, fills)
        if width < narrowest:
            continue
        numbers = [number for number, w in enumerate(widths) if fills(w, width)]
        full = [texts[number] for number in numbers]
        if len(full) < _WRAPPED_LINES or len(full) < _WRAPPED_SHARE * len(texts):
            continue
        if sum(1 for text in full if not ends_a_sentence(text)) < _INSIDE * len(full):
            continue
        marked = sum(1 for text in full if _MARK_INSIDE.search(text))
        if narrowest < _MIN_WRAP and marked < _MARKED_INSIDE * len(full):
            continue
        if fills is _fills_column and not _column_of_prose(texts, widths, indented, numbers):
            continue
        return width
    return 0


def _first_line_width(texts: list[str], indented: list[bool], full: int) -> int:
    """The width a paragraph's indented first line is broken at, in a text broken at `full`:
    the indent takes its share of the width, which the stripped line no longer shows, so a first
    line filled to the right edge stops short of `full` (see _wrap_width). `full` where too few
    indented lines run on into the next to tell."""
    widths = [
        text_width(text)
        for text, indent in zip(texts, indented, strict=True)
        if indent and not ends_a_sentence(text)
    ]
    if not full or len(widths) < _WRAPPED_LINES:
        return full
    return min(full, max(_wrap_width(widths), full - _WIDE_SLACK))


def _broken_at(texts: list[str], indented: list[bool] | None = None) -> int:
    """The width a wrapped text's lines (stripped) are broken at: the fixed width they are broken at
    (see _wrapping; `indented` as there), else the width most of them fill (see _wrap_width)."""
    return _wrapping(texts, indented) or _wrap_width([text_width(text) for text in texts])


# A copy broken at a count of characters shows it on this many of its lines at the least.
_COUNTED_LINES = 2


def _character_count(texts: list[str], full: int) -> int:
    """The number of characters a wrapped text's lines (stripped; `full`: the width they are
    broken at, see _broken_at) are broken at when a copy broke them at a count of characters (a
    文库's, an OCR's), not at a width, else 0. Such a copy sets a digit or a Latin letter a
    character each: most of its lines broken inside a sentence hold the same number of
    characters, and those among them that hold half-width characters stop short of the width.
    A PDF's lines that hold them fill the width with more characters. Decided once for the
    text: a single line heavy with figures (GDP增长5.5%，CPI涨3%；) says nothing of how the text
    was broken."""
    broken = [text for text in texts if not ends_a_sentence(text)]
    if not broken:
        return 0
    count, most = Counter(map(len, broken)).most_common(1)[0]
    mixed = [text for text in broken if text_width(text) < 2 * len(text)]
    counted = sum(1 for text in mixed if len(text) == count and text_width(text) < full)
    wider = sum(1 for text in mixed if len(text) > count and _fills(text_width(text), full))
    if 2 * most <= len(broken) or counted < _COUNTED_LINES or counted <= wider:
        return 0
    return count


def _indents(lines: list[str]) -> list[bool]:
    """Which of `lines` (as in the text, none blank) open at an indent: further in than the
    text's own margin (the least any line leaves), so that a text set off whole is indented
    nowhere. (A form feed is no indent.)"""
    leading = [text_width(line) - text_width(line.lstrip()) for line in (line.lstrip("\f") for line in lines)]
    margin = min(leading, default=0)
    return [width > margin for width in leading]


def _leading_space(line: str) -> str:
    """The blank `line` opens with, a form feed before it left out (a form feed starts a page)."""
    return line[: len(line) - len(line.lstrip())].lstrip("\f")


def hard_wrapped(raw: list[str]) -> bool:
    """Text broken at a fixed width, as copied from a PDF (see _wrapping)."""
    texts = [text for text in map(str.strip, raw) if text]
    # Most text files end nearly every line with a sentence: counting those lines spares
    # measuring them. (Page numbers count among the others here, and the test below holds.)
    if sum(1 for text in texts if not ends_a_sentence(text)) < _WRAPPED_SHARE * _INSIDE * len(texts):
        return False
    lines = [line for line in raw if line.strip() and not PAGE_NUMBER.match(line)]
    return _wrapping([line.strip() for line in lines], _indents(lines)) > 0


def find_running_heads(raw: list[str]) -> set[int]:
    """The lines of a page's running head or foot, every copy of them: a line repeated in the
    text that stands next to a page number (blank lines between), or that no sentence could be
    (a newspaper's 2024年7月2日 星期二 第04版 评论, a paper's title and date over each page),
    repeated a page or more apart: in text broken at a fixed width, prose does not repeat a
    whole line of its own. (Copies are the same but for their spaces: a head's parts may stand
    farther apart on its first page, and a journal's swap its parts from side to side on facing
    pages: 某某学报 2025年第3期 on the left, 2025年第3期 某某学报 on the right.)"""
    texts = [" ".join(sorted(line.split())) for line in raw]
    shown = dict(zip(texts, (" ".join(line.split()) for line in raw), strict=True))  # a copy as printed
    counts = Counter(text for text in texts if text)
    heads = {
        texts[number]
        for number in _beside_page_numbers(raw, texts, set())
        if counts[texts[number]] >= 2 and len(texts[number]) >= _HEAD_LENGTH
    }
    apart = {text for text, count in counts.items() if count >= 2 and _could_be_furniture(shown[text])}
    if apart:
        numbers: dict[str, list[int]] = {}
        for number, text in enumerate(texts):
            if text in apart:
                numbers.setdefault(text, []).append(number)
        heads |= {text for text, found in numbers.items() if found[-1] - found[0] >= _PAGE_APART}
    if heads:
        heads |= _heads_beyond_furniture(raw, texts, heads)
        heads |= _heads_naming_the_piece(raw, texts, heads)
    return {number for number, text in enumerate(texts) if text in heads}


_SENTENCE_END = re.compile(r"[。！？!?]")
_PIECE_HEAD_WIDTH = 80  # columns: a running head's fixed part and a piece's name


def _heads_naming_the_piece(raw: list[str], texts: list[str], heads: set[str]) -> set[str]:
    """The running heads of a collection that name the piece a page is in after their fixed part
    (某某理论学习小组  学习资料 当好新时代的“答卷人”, on that piece's one page): a line at a page's edge
    (see _beside_page_numbers) whose first word, wide enough to pass for furniture, opens a running
    head found already (`heads`: printed again, over the pieces that run to two pages), and that ends
    no sentence. A sentence at a page's top is one word, without the head's space after its opening."""
    fixed = {
        words[0]
        for number, text in enumerate(texts)
        if text in heads
        and (words := raw[number].split())
        and len(words) > 1
        and text_width(words[0]) >= _FURNITURE_WIDTH
    }
    if not fixed:
        return set()
    return {
        texts[number]
        for number in _beside_page_numbers(raw, texts, heads)
        if (words := raw[number].split())
        and len(words) > 1
        and words[0] in fixed
        and text_width(raw[number].strip()) <= _PIECE_HEAD_WIDTH
        and not _SENTENCE_END.search(raw[number])
    }


def _heads_beyond_furniture(raw: list[str], texts: list[str], heads: set[str]) -> set[str]:
    """The running heads printed beyond another piece of the page's furniture (`heads`): a scanner
    app's watermark under the page number, the journal's name over the next page. Every copy of
    one stands at a page's edge, beside a page break or at the text's start or end, and holds no
    mark: a heading the text names again elsewhere (an overview's line over its part) is the
    text's, as is a line of prose repeated at a break (it holds a mark)."""
    edges = _beside_page_numbers(raw, texts, heads)
    filled = [number for number, text in enumerate(texts) if text and text not in heads]
    edges |= {filled[0], filled[-1]} if filled else set()
    copies: dict[str, list[int]] = {}
    for number, text in enumerate(texts):
        copies.setdefault(text, []).append(number)
    return {
        text
        for text in {texts[number] for number in edges}
        if len(copies[text]) >= 2
        and len(text) >= _HEAD_LENGTH
        and all(number in edges for number in copies[text])
        and not _ANY_MARK.search(text)
        and not ITEM_OPENING.match(text)
    }


def _beside_page_numbers(raw: list[str], texts: list[str], heads: set[str]) -> set[int]:
    """The lines (`texts`: each line's words, sorted) that stand next to a page number on a line of
    its own, blank lines and the lines of `heads` (running heads found already) between."""
    near: set[int] = set()
    for number, line in enumerate(raw):
        if not line.strip() or not PAGE_NUMBER.match(line):
            continue
        for step in (-1, 1):
            other = number + step
            while 0 <= other < len(raw) and (not texts[other] or texts[other] in heads):
                other += step
            if 0 <= other < len(raw) and not PAGE_NUMBER.match(raw[other]):
                near.add(other)
    return near


def _furniture_in_sentence(raw: list[str]) -> set[int]:
    """The lines of page furniture printed once (a running head on one page only, a report's
    name or a watermark under a page number) that stand inside a sentence cut by a page break:
    beside a page number or a form feed, set apart from the text by blank lines, no sentence's
    part (see _could_be_furniture), with a line before the break that fills the width and ends
    inside a sentence. A heading never stands inside a sentence, and the lines of a sentence touch
    each other. (A short line before the break, a date, a signature or a list's item, ends its
    paragraph: the heading after the break is text.)"""
    texts = [line.strip() for line in raw]
    wrap = _wrap_width([text_width(text) for text in texts if text])
    breaks = [n for n, line in enumerate(raw) if "\f" in line or (texts[n] and PAGE_NUMBER.match(line))]
    found: set[int] = set()
    for number in breaks:
        beside = [
            n
            for n in _furniture_around(texts, number)
            if _could_be_furniture(texts[n]) and _stands_apart(texts, n)
        ]
        cluster = [number, *beside]
        before = _prose_beside(texts, min(cluster), -1, set(beside))
        if before is not None and text_width(before) >= _FILLED * wrap and not ends_a_sentence(before):
            found.update(beside)
    return found


# The marks of prose, that a head's lines hold none of (a label's colon they may: 第 07 版：理论周刊)
_PROSE_MARK = re.compile(r"[，。；！？,;!?]")
# The shortest name a running head repeats (a masthead, a series): one character stands in any head.
_HEAD_PIECE = 2
# A page's number among a running head's parts: a bare number, at the head's start or end.
_BARE_NUMBER = re.compile(r"\d{1,4}")


def _head_in_pieces(raw: list[str], wrapped: bool) -> set[int]:
    """The lines of a running head or foot printed once, that repeats the document's head in pieces
    and stands where a page breaks inside a sentence: 江海日报 2024年5月14日 7 inside a sentence of a
    paper whose masthead prints 江海日报 and 2024年5月14日 星期二 … 第 07 版 on lines of their own;
    领导讲话汇编 2024年第2期 after a form feed, under a cover that prints 领导讲话汇编 over
    2024年第2期（总第37期）. (The head: the lines before the first that holds a mark of prose; not
    rejoin's head, which ends at any clause mark, a colon or 、 too: a head's label, 第 07 版：理论周刊, stands
    in this one.)
    Its shape: see _head_shape; its place: see _cut_by_page_break. A signature, a credit or a
    table's row that repeats the head's words stands at no cut sentence, or names the document
    otherwise, and stays."""
    texts = [" ".join(line.split()) for line in raw]
    body = next((number for number, text in enumerate(texts) if _PROSE_MARK.search(text)), len(texts))
    head = [text for text in texts[:body] if text]
    # (the document's own names: a head line of one piece and no digit, a masthead or a series; a
    # piece of a longer line, an issuer beside a person or a weekday, names none)
    names = {text for text in head if " " not in text and len(text) >= _HEAD_PIECE and not _has_digit(text)}
    if not names:
        return set()
    wrap = 0
    found: set[int] = set()
    # (the head as one string to search, a piece holding no space spanning no two lines; each piece
    # searched once: a running head repeats the same date or issue page after page)
    in_head = functools.cache("\n".join(head).__contains__)
    for number in range(body, len(texts)):
        shape = _head_shape(texts[number], in_head, names)
        if shape is None:
            continue
        if wrapped and not wrap:
            lines = [text for text in texts if text and not PAGE_NUMBER.match(text)]
            # (measured here, not as rejoin measures it: this runs before rejoin sets its dropped
            # lines aside, so it measures every line but a page number, and knows no indents)
            wrap = _broken_at(lines)
        if _cut_by_page_break(raw, texts, number, shape == "numbered", wrap):
            found.add(number)
    return found


def _has_digit(text: str) -> bool:
    """Whether `text` holds a digit (a date's, an issue's, a page's)."""
    return any(char.isdigit() for char in text)


def _head_shape(
    text: str, in_head: Callable[[str], bool], names: set[str]
) -> Literal["numbered", "bare"] | None:
    """The running head's shape `text` has: "numbered" where it carries its page's number, "bare"
    where not, None where it is no running head. Its parts are set apart by spaces, one of them a
    name of the document's own (`names`), the others each a date or an issue a line of the head
    holds (`in_head`: 2024年5月14日, 2024年第2期, a digit and a word), and at most one bare number,
    the page's, first or last. (A table's row holds bare numbers in the middle or two of them; a
    heading or an item opens with its number: 第一章 总则.)"""
    pieces = text.split()
    if len(pieces) < 2 or ITEM_OPENING.match(text) or HEADING_NUMBER.match(text):
        return None
    numbered = False
    if _BARE_NUMBER.fullmatch(pieces[-1]):
        pieces, numbered = pieces[:-1], True
    elif _BARE_NUMBER.fullmatch(pieces[0]):
        pieces, numbered = pieces[1:], True
    if sum(1 for piece in pieces if piece in names) != 1:
        return None
    dated = [piece for piece in pieces if piece not in names]
    if not (dated or numbered):
        return None
    for piece in dated:
        if not (_has_digit(piece) and not piece.isdigit() and in_head(piece)):
            return None
    return "numbered" if numbered else "bare"


def _cut_by_page_break(raw: list[str], texts: list[str], number: int, numbered: bool, wrap: int) -> bool:
    """Whether line `number` stands where a page breaks inside a sentence: the page's mark (a form
    feed on it or beside it, a page number alone beside it, or its own page number: `numbered`),
    the line with text before it (page numbers and form feeds aside) ending inside a clause (after
    ，、, or, in wrapped text, `wrap` columns wide, filling the width with no mark), and the line
    after going on with it (opening no item, heading or paragraph). A signature after 特此通知。 or
    敬礼, a credit after （作者单位：…）, a heading's line: no sentence is cut there."""
    marked = numbered or "\f" in raw[number]
    for step in (-1, 1):
        other = number + step
        while 0 <= other < len(raw) and not texts[other] and "\f" not in raw[other]:
            other += step
        if 0 <= other < len(raw) and ("\f" in raw[other] or PAGE_NUMBER.match(raw[other])):
            marked = True
    before = _next_text_line(texts, number, -1)
    after = _next_text_line(texts, number, 1)
    if not marked or before is None or after is None:
        return False
    last = texts[before]
    inside = bool(_CLAUSE_GOES_ON.search(last)) or (
        wrap > 0
        and not _ANY_MARK.search(last[-1])
        and last[-1] not in _CLOSING
        and text_width(last) >= _FILLED * wrap
        and not ITEM_OPENING.match(last)
    )
    opening = raw[after].lstrip("\f")
    goes_on = (
        not opening[:1].isspace()
        and not ITEM_OPENING.match(texts[after])
        and not HEADING_NUMBER.match(texts[after])
    )
    return inside and goes_on


# A page's footnotes as a PDF's text keeps them, at the page's foot: a short rule of their own
# (————————————) and the notes under it, the first opening with its mark (① [1] 注1), or, with no
# rule, notes that open with a citation (①参见…：《…》，人民出版社2022年版，第19页。); then the page's
# break after them (blank lines aside): its number alone, or a running head or foot with the number
# beside it (· 48 ·  某某学报  2025年第3期). They stand inside the sentence the page break cuts:
# dropped as page furniture, the sentence runs on across them. (Under a rule that no page break
# follows, or over lines without a note's mark, the lines are the text's.)
_FOOTNOTE_RULE = re.compile(r"\s*[—_\-－─━]{6,}\s*")
_NOTE_OPENING = re.compile(r"\s*(?:[①-⑳]|[\[［]\d{1,3}[\]］]|注\s*\d{1,3})")
_PAGE_MARKED = re.compile(r"\s*[·•\-—–]\s*\d{1,4}\s*[·•\-—–]\s+\S.*|.*\S\s+[·•\-—–]\s*\d{1,4}\s*[·•\-—–]\s*")


def _footnotes(raw: list[str]) -> set[int]:
    """The line numbers of each page's footnotes (see above): the rule, the notes, the page break."""
    found: set[int] = set()
    for first, line in enumerate(raw):
        ruled = (
            _FOOTNOTE_RULE.fullmatch(line) and first + 1 < len(raw) and _NOTE_OPENING.match(raw[first + 1])
        )
        if not ruled and not (_NOTE_OPENING.match(line) and _cites(raw, first)):
            continue
        last = _note_end(raw, first + 1 if ruled else first)
        while last + 1 < len(raw) and _NOTE_OPENING.match(raw[last + 1]):
            last = _note_end(raw, last + 1)
        after = last + 1
        while after < len(raw) and not raw[after].strip():
            after += 1
        if after < len(raw) and (
            "\f" in raw[after] or PAGE_NUMBER.match(raw[after]) or _PAGE_MARKED.fullmatch(raw[after])
        ):
            found.update(range(first, after + 1))
    return found


# What only a citation says: who is cited (习近平：《…》), 参见, or the publisher (人民出版社). An item of
# the text may name a dated document (①深入贯彻《…》（2023年5月10日印发）…) and is no note.
_CITED_WORK = re.compile(r"参见|引自|转引自|出版社|[:：]\s*《")


def _cites(raw: list[str], number: int) -> bool:
    """Whether the note that opens on line `number` cites a source (markers.CITATION, _CITED_WORK)."""
    note = "".join(line.strip() for line in raw[number : _note_end(raw, number) + 1])
    return bool(CITATION.fullmatch(note) and _CITED_WORK.search(note))


def _note_end(raw: list[str], number: int) -> int:
    """The last line of the note that opens on line `number`: a note runs on over the lines it is
    wrapped over, to the line that ends its sentence (or before a blank line)."""
    while number + 1 < len(raw) and raw[number + 1].strip() and not ends_a_sentence(raw[number].strip()):
        number += 1
    return number


def _furniture_around(texts: list[str], number: int) -> list[int]:
    """The first line of text on each side of line `number` (blank lines, page numbers and form
    feeds aside)."""
    return [other for step in (-1, 1) if (other := _next_text_line(texts, number, step)) is not None]


def _stands_apart(texts: list[str], number: int) -> bool:
    """Whether line `number` touches no other line of text: blank lines, page numbers or form
    feeds (or the text's ends) on both sides of it."""
    return all(
        not 0 <= other < len(texts) or not texts[other] or bool(PAGE_NUMBER.match(texts[other]))
        for other in (number - 1, number + 1)
    )


def _prose_beside(texts: list[str], number: int, step: int, skip: set[int]) -> str | None:
    """The first line of text from line `number` in direction `step` that is no page number and
    not in `skip`, or None."""
    other = _next_text_line(texts, number, step, skip)
    return texts[other] if other is not None else None


def _next_text_line(texts: list[str], number: int, step: int, skip: Collection[int] = ()) -> int | None:
    """The number of the first line from line `number` in direction `step` (-1 or 1) that holds
    text, is no page number and is not in `skip`; None past the text's end."""
    other = number + step
    while 0 <= other < len(texts) and (not texts[other] or other in skip or PAGE_NUMBER.match(texts[other])):
        other += step
    return other if 0 <= other < len(texts) else None


def running_head_texts(raw: list[str], heads: set[int]) -> tuple[str, ...]:
    """The texts of the running heads among `raw` (`heads`: their line numbers, see find_running_heads),
    each once, the most printed first (then in the order they first stand)."""
    texts = [raw[number].strip() for number in sorted(heads)]
    counts = Counter(texts)
    return tuple(sorted(counts, key=lambda text: (-counts[text], texts.index(text))))


# Lines between the first and the last copy of a running head, at least: a page's worth. (A
# headline printed twice, as a heading and as a lead, stands twice in a row.)
_PAGE_APART = 10
# Characters a running head beside page numbers holds at the least: a shorter line repeated there
# (目录, 附件) may be the text's own.
_HEAD_LENGTH = 4


_ANY_MARK = re.compile(r"[，、。；：！？,;:!?]")
# Columns (eight Chinese characters) a line takes at the least to pass for page furniture by its
# looks: a shorter line without a mark, a word or a name, says too little to tell.
_FURNITURE_WIDTH = 16


def _could_be_furniture(text: str) -> bool:
    """A line that is no part of a sentence: some length, no clause's or sentence's mark, and no
    enumeration item or heading (一、总体要求 may stand in a table of contents and over its part)."""
    return (
        text_width(text) >= _FURNITURE_WIDTH and not _ANY_MARK.search(text) and not ITEM_OPENING.match(text)
    )


# A text that indents the first line of its paragraphs indents this share of its lines, at the
# least and at the most: fewer are stray indents, more a margin every line keeps; neither marks
# where a paragraph starts.
_FEW_INDENTED = 0.1
_MOST_INDENTED = 0.8
# A text with a blank line after more than this share of its lines is double spaced.
_SPACED_SHARE = 0.5


def rejoin(raw: list[str], wrapped: bool, running: set[int] | None = None) -> list[str]:
    """Undo hard line breaks, keeping line numbers: a paragraph's text on the line where it
    starts, the lines joined into it left empty.

    A line ending inside a clause (after ，、) runs on into the next line when no blank line
    comes between, or only a page break (a page number or footer, a form feed, a running head
    printed once that repeats the document's head: see _head_in_pieces), which goes. In
    `wrapped` text (a PDF's, or text broken at a fixed width), a line that fills the width runs
    on too, across page breaks and running heads, which are dropped; a blank line alone ends a
    paragraph, unless most lines have one after them (double spacing). There, where the text
    indents the first line of its paragraphs, the indent alone starts a new one; otherwise a new
    paragraph starts after a line that ends a sentence, and at a line that opens an enumeration
    item (一、 (一) 1、 ① 一是 ——), which the extractors must see first. `running`: the line numbers
    of the running heads and feet, when the caller has found them already (see find_running_heads).
    """
    out = [""] * len(raw) if wrapped else list(raw)
    dropped = (find_running_heads(raw) if running is None else running) if wrapped else set()
    if wrapped:
        dropped = dropped | _furniture_in_sentence(raw) | _footnotes(raw)
    dropped = dropped | _head_in_pieces(raw, wrapped)
    for number in dropped:
        out[number] = ""
    kept = [
        number
        for number, line in enumerate(raw)
        if line.strip() and number not in dropped and not PAGE_NUMBER.match(line)
    ]
    texts = [raw[number].strip() for number in kept]
    indented = _indents([raw[number] for number in kept])
    full = _broken_at(texts, indented) if wrapped else 0
    # (only where the indent is a mark, as the PDF reader sets one space for it: a text file's indent
    # of its own width stands in the line, and its first lines are measured as they are)
    indent_is_a_mark = all(
        _leading_space(raw[number]) == " " for number, indent in zip(kept, indented, strict=True) if indent
    )
    first_full = _first_line_width(texts, indented, full) if indent_is_a_mark else full
    first_lines = {number for number, indent in zip(kept, indented, strict=True) if indent}
    counted = _character_count(texts, full) if full else 0
    indents = sum(1 for number in kept if raw[number].lstrip("\f")[:1].isspace())
    by_indent = wrapped and _FEW_INDENTED * len(kept) <= indents <= _MOST_INDENTED * len(kept)
    # The head (the lines before the first that holds a clause's mark: titles, subtitle, issuer,
    # byline, date) sets each line on its own, whatever its width.
    body = next((number for number in kept if _ANY_MARK.search(raw[number])), len(raw))
    # Text copied with a blank line after every line (double spacing) has no blank line to end a
    # paragraph with: there, blank lines are spacing.
    spaced = wrapped and sum(1 for a, b in pairwise(kept) if b > a + 1) > _SPACED_SHARE * len(kept)
    start = previous = -1
    for number in kept:
        line = raw[number].rstrip().lstrip("\f")  # a form feed starts a page, not a paragraph
        before = raw[previous].strip() if previous >= 0 else ""
        # (the narrower width only where the paragraph goes on past the line after: a one-line
        # paragraph that happens to fill its indented line stays apart from a short item under it)
        width = first_full if previous in first_lines and text_width(line.strip()) >= _FILLED * full else full
        fill = text_width(before) / width if wrapped and width and previous >= body else 0.0
        if counted and fill and _CLAUSE_END.search(before):
            # in a copy broken at a count of characters, a line that ends in ；or ： at that
            # count fills it, however few columns its digits and Latin take
            fill = max(fill, len(before) / counted)
        adjacent = number == previous + 1 or spaced or _page_break(raw, previous, number, dropped)
        apart = (
            by_indent
            and fill
            and _heading_after_sentence(before, line.strip(), text_width(line.strip()) / full)
        )
        if start >= 0 and not apart and runs_on(before, line, fill, by_indent, adjacent):
            out[start] = glue(out[start].rstrip(), line.strip())
            out[previous + 1 : number + 1] = [""] * (number - previous)  # the page break goes too
        else:
            out[number] = line.strip() if wrapped else raw[number]
            start = number
        previous = number
    return out


# A line of words and numbers alone, no mark, bracket or quote: a heading's shape (a line of a
# closing quote, or a jump pointer （下转第6版）, is the paragraph's).
_BARE_WORDS = re.compile(r"[\u4e00-\u9fff0-9A-Za-z \u3000]+")


def _heading_after_sentence(before: str, text: str, fill: float) -> bool:
    """Whether `text`, a line that is not indented where paragraphs are, stands on its own after
    the line `before` it ended a sentence: it holds no mark and stops short of the width (see
    _FILLED), a heading's shape (第二章　久久为功, 给定资料1). A line of the paragraph that goes
    on after a sentence's end fills the width, or ends its own sentence; in a narrow column the
    line before the heading fills _FILLED of the width by chance."""
    return ends_a_sentence(before) and fill < _FILLED and bool(_BARE_WORDS.fullmatch(text))


def _page_break(raw: list[str], after: int, before: int, furniture: set[int]) -> bool:
    """Whether the lines between line `after` and line `before` make a page break: a page
    number, a running head or a form feed among them (blank lines aside). Blank lines alone end
    a paragraph."""
    return any(
        number in furniture or "\f" in raw[number] or (raw[number].strip() and PAGE_NUMBER.match(raw[number]))
        for number in range(after + 1, before)
    )


def runs_on(
    before: str, line: str, fill: float = 0.0, by_indent: bool = False, adjacent: bool = True
) -> bool:
    """Whether `line` goes on with the sentence of the line `before` it; `fill`: how much of the
    wrapping width `before` fills (0 where lines are not wrapped at a width), `adjacent`: no
    blank line between them.

    A line broken inside a clause goes on. So does one that fills the width, unless it ends a
    sentence, or the next line opens an enumeration item (or, where paragraphs are indented, is
    indented). A line filled to the brim that ends in ；or ： was broken there by the width,
    not by the author, and so was a line before one that opens with a mark no line may open
    with (。，、). A line that opens inside a clause (on 的), or follows a line that leaves a quote or a
    bracket open, goes on from a line of wrapped text that ends no sentence, however short or indented (a margin misjudged on a page of few lines), and so does
    an indented line under one left after 、. A heading (an enumeration item without a clause's
    mark) that fills the width goes on only into the rest of a heading, not into prose: in a
    narrow column many headings fill it.
    """
    text = line.strip()
    if not adjacent:
        return False
    if _OPENED.search(before) or (fill and text[:1] in _NEVER_OPENS):
        return True
    if fill and (_MID_CLAUSE.match(text) or pairs_left_open(before)) and not ends_a_sentence(before):
        return True
    ends_sentence = ends_a_sentence(before) and not (fill >= _BRIM and _CLAUSE_END.search(before))
    if by_indent:
        opens = ITEM_OPENING.match(text) or _RECORD_LABEL.match(text)
        # (a line left after 、 is inside an enumeration: an indent under it is a misplaced margin's)
        new = (line[:1].isspace() and not before.rstrip().endswith("、")) or (ends_sentence and bool(opens))
    else:
        new = ends_sentence or (
            bool(ITEM_OPENING.match(text)) and not _GOES_ON_IN_ORDER.match(before.rstrip()[-1:] + text)
        )
    if new:
        return False
    if _CLAUSE_GOES_ON.search(before):
        return True
    marker = HEADING_NUMBER.match(before)
    heading = marker is not None and not _ANY_MARK.search(before, marker.end())
    return (
        fill >= _FILLED and not (heading and _ANY_MARK.search(text)) and not _SPACED_PHRASES.fullmatch(before)
    )


# A line that opens inside a clause, as no paragraph, heading or item does: on 的 (…拿出“闯” / 的精神;
# but 的确, 的士, 的哥 open sentences).
_MID_CLAUSE = re.compile(r"的(?![确士哥])")


# The label of an official document's 版记 line (抄送：…, 主送：…), set flush left under the text's last
# indented paragraph: after a sentence's end it opens a line of its own, as an item does.
_RECORD_LABEL = re.compile(r"(?:抄送|主送|抄报|分送)\s*[:：]")


# A line of phrases set a space apart and no mark (深化理论武装 推动学思践悟), or of labelled fields
# (责任编辑：杨帆 版式设计：韩冰): a headline's, a slogan's or a page's information line, which a layout
# sets on its own; wrapped prose runs on without spaces.
_SPACED_PHRASES = re.compile(
    r"\s*[\u4e00-\u9fff]{2,}(?:[ \u3000]+[\u4e00-\u9fff]{2,})+\s*"
    r"|\s*[^\s：:，、。；]{1,6}[：:][^\s，、。；]+(?:[ \u3000]+[^\s：:，、。；]{1,6}[：:][^\s，、。；]+)+\s*"
)


def join_lines(
    raw: list[str], rows: dict[int, bool] | None = None
) -> tuple[list[str], dict[int, LineLayout]]:
    """A PDF's paragraphs from its text lines (see rejoin), and their layout. `rows`: the indices
    of the lines that are a table's rows, each a line of its own as a blank line stands between
    paragraphs, with whether it is a list item (a bullet, as a slide's table rows are)."""
    rows = rows or {}
    # (the running heads are found with the rows in place: blank, they would leave a line above
    # a table standing next to the page number below it)
    # (a running head the page set beside a line, as a table's row, goes as a row: it is no cell)
    heads = find_running_heads(raw)
    rows = {number: bullet for number, bullet in rows.items() if number not in heads}
    blanked = ["" if number in rows else line for number, line in enumerate(raw)]
    joined = rejoin(blanked, wrapped=True, running=heads)
    lines: list[str] = []
    layout: dict[int, LineLayout] = {}
    for number, line in enumerate(joined):
        text = raw[number] if number in rows else line
        if text:
            lines.append(text)
            if rows.get(number):
                layout[len(lines)] = LineLayout(bullet=1)
    return lines, layout


# Where a plain-text copy of a table parts its cells: a run of two spaces or more, or a tab (words
# inside a cell stand one space apart, or none).
_CELL_APART = re.compile(r"(?:[ \u3000]{2,}|\t)[ \u3000\t]*")


def aligned_tables(lines: list[str]) -> tuple[list[str], dict[int, LineLayout]]:
    """`lines` with each table of records copied as text (a header of column labels, then a row a
    line, the cells set apart by runs of spaces or tabs: 序号  任务  责任单位  完成时限 over 1  制定…
    基础教育股、各学校  2024年3月底) read as a Word table of records is (see records.are_records): the
    header left blank, each row a line with its labels (任务：…；责任单位：…；完成时限：…), laid out as
    a table's row (by 1-based line number). The rows are the lines right under the header that part
    into as many cells. A grid of figures (类别  人数  占比) states nothing and stays as written, and
    so do words a page sets apart by spaces (分享  收藏  点赞), which no rows of as many cells follow,
    and lines of phrases set apart by spaces (a slogan wall, a poem), whose first line names no
    column (see _labels_columns)."""
    out = list(lines)
    layout: dict[int, LineLayout] = {}
    number = 0
    while number < len(lines):
        labels = _CELL_APART.split(lines[number].strip())
        end = number + 1
        while end < len(lines) and len(_CELL_APART.split(lines[end].strip())) == len(labels) > 2:
            end += 1
        rows = [_CELL_APART.split(line.strip()) for line in lines[number + 1 : end]]
        if not (are_records(labels, rows) and _labels_columns(labels, rows)):
            number += 1
            continue
        out[number] = ""
        for row, text in enumerate(record_lines([labels, *rows]), number + 1):
            out[row] = text
            layout[row + 1] = LineLayout(table_row=True)
        number = end
    return out, layout


def _labels_columns(labels: list[str], rows: list[list[str]]) -> bool:
    """Whether a text table's first line names its columns: the label over a column of statements
    (records.states) is at most half as long, in Han characters, as that column's median cell
    (任务 over 制定学校作业管理实施细则). A slogan wall's or a poem's first line of phrases is as long as
    the lines under it (坚定理想信念  牢记初心使命 over 不忘初心方得始终  牢记使命砥砺前行)."""

    def han(text: str) -> int:
        return len(re.findall(r"[\u4e00-\u9fff]", text))

    for column, label in enumerate(labels):
        cells = [row[column] for row in rows]
        if states(cells) and 2 * han(label) <= sorted(map(han, cells))[len(cells) // 2]:
            return True
    return False
