"""Enumerated points: numbered headings at every level, 一是/二是, 首先/其次/最后, 第一/第二, ——, ①.

Each run of markers of one kind, numbered in order under one parent, becomes one list card
whose items are the members' opening clauses. The list's lead is the sentence that introduces
the set (the clause before the first marker, a preceding line ending in a colon), else the
enclosing heading, else the document's title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product

from yaodian.extractors.terms import has_term
from yaodian.extractors.text import (
    HAN,
    Paragraph,
    clauses,
    cn_number,
    han_len,
    opening_clause,
    sentences,
    shorten,
    strip_punct,
)

_CN = "一二三四五六七八九十"
# kind -> (pattern, level); lower level numbers nest outside higher ones.
MARKERS: dict[str, tuple[str, int]] = {
    "heading": (rf"(?P<n>[{_CN}]{{1,3}})\s*[、．.](?!\d)", 1),
    "paren_cn": (rf"[(（](?P<n>[{_CN}]{{1,3}})[)）]", 2),
    "arabic": (r"(?P<n>\d{1,2})\s*(?:[、．]|\.(?!\d))(?![\d%％])", 3),
    "paren_num": (r"[(（](?P<n>\d{1,2})[)）]", 4),
    "circled": (r"(?P<c>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])", 5),
    "shi": (rf"(?:其|是)?(?P<n>[{_CN}]{{1,3}}|\d{{1,2}})是(?![否非])", 6),
    "di": (rf"第(?P<n>[{_CN}]{{1,3}})(?=[,，、:：])[,，、:：]", 6),
    "order": (
        r"(?P<o>首先|其次|再次|然后|最后|此外|另外|其三|其四|另一方面|一方面)(?=[,，、:：])[,，、:：]?",
        6,
    ),
    "dash": (r"(?:——|--|－－|—)(?=[^—\-－])", 7),
}
_ORDER = {
    "首先": 1, "其次": 2, "再次": 3, "其三": 3, "其四": 4, "然后": 3, "此外": 3, "另外": 3, "最后": 99,
    "一方面": 1, "另一方面": 2,
}  # fmt: skip
# Middle order words (此外, 另外, 再次) may follow one another: they carry no rank of their own.
_ORDER_MIDDLE = 3
_MARKER_RE = {kind: re.compile(pattern) for kind, (pattern, _) in MARKERS.items()}
_LEVEL = {kind: level for kind, (_, level) in MARKERS.items()}
# A marker counts at the start of a line or after a sentence-level break (or a colon).
_BOUNDARY = "。；;！!？?：:"
# What a kind's pattern cannot match without: most paragraphs hold one kind of marker, if any,
# so a few substring tests spare most of the nine searches.
_NEEDS = {
    "heading": "numbered",  # 、．. after the numeral
    "arabic": "numbered",
    "paren_cn": "bracketed",  # ( or （
    "paren_num": "bracketed",
    "shi": "numeral_shi",  # a numeral right before 是
    "di": "第",
    "dash": "dash",  # only a dash that opens the paragraph counts (see find_marks)
}
_DASH_STARTS = ("—", "-", "－")
_NEED_ORDER = ("numbered", "bracketed", "numeral_shi", "第", "dash")
# (most paragraphs hold a 是, few a numbered one: this scan is much cheaper than the shi pattern's,
# which its optional opening character makes try every position)
_NUMERAL_SHI = re.compile(rf"[{_CN}\d]是")
# (which of _NEED_ORDER the text has) -> the kinds to search it for, in MARKERS order
_KINDS_BY_NEEDS: dict[tuple[bool, ...], list[tuple[str, re.Pattern[str]]]] = {
    present: [
        (kind, _MARKER_RE[kind])
        for kind in MARKERS
        if kind not in _NEEDS or present[_NEED_ORDER.index(_NEEDS[kind])]
    ]
    for present in product((False, True), repeat=len(_NEED_ORDER))
}


@dataclass
class Mark:
    """One enumeration marker found in the text, and the item it opens."""

    kind: str
    number: int
    paragraph: int  # index into the paragraph list
    start: int  # where the marker starts in the paragraph
    body_start: int  # where the item's text starts
    body: str = ""  # the item's text, up to the next marker in the same paragraph
    _item: str | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def level(self) -> int:
        return _LEVEL[self.kind]

    @property
    def item(self) -> str:
        """`item_text` of the body, worked out once: a heading is its list's item, the section of
        the lists under it and often their lead. (Not a cached_property: Python 3.11's takes a
        lock on every read.)"""
        if self._item is None:
            self._item = item_text(self.body, self.kind)
        return self._item


@dataclass
class Enumeration:
    """A set of items the author marked as one list."""

    kind: str
    marks: list[Mark] = field(default_factory=list)
    lead: str = ""
    parent: Mark | None = None


def _at_boundary(text: str, start: int, kind: str) -> bool:
    if start == 0:
        return True
    before = text[start - 1]
    if before in _BOUNDARY:
        return True
    if kind in ("shi", "order", "di") and before in "，,":
        return True
    # headings glued to the previous heading's text (一、当前的问题1、意识差): only numbered kinds
    return kind in ("arabic", "paren_cn", "paren_num", "circled") and not before.isdigit()


def _glued_heading(text: str, start: int, kind: str) -> bool:
    """A heading marker run into the previous sentence (…的状态二、管理体制不完善): it only counts
    when it continues the headings before it (checked by the caller)."""
    return kind == "heading" and start > 0 and bool(HAN.match(text[start - 1])) and text[start - 1] != "第"


def find_marks(paragraphs: list[Paragraph]) -> list[Mark]:
    """Every marker at a plausible place, in document order, with the text of its item."""
    marks: list[Mark] = []
    last_heading = 0
    for index, paragraph in enumerate(paragraphs):
        text = paragraph.text
        found: list[tuple[Mark, bool]] = []
        for kind, pattern in _searched_in(text):
            for match in pattern.finditer(text):
                start = match.start()
                glued = False
                if start:  # (a marker that opens the paragraph is at a boundary)
                    if kind == "dash":  # only a dash that opens the paragraph counts
                        continue
                    if not _at_boundary(text, start, kind):
                        if not _glued_heading(text, start, kind):
                            continue
                        glued = True
                number = _number_of(kind, match)
                if number is None:
                    continue
                found.append((Mark(kind, number, index, start, match.end()), glued))
        if not found:
            continue
        if len(found) > 1:  # most paragraphs open with one marker and hold no other
            found.sort(key=lambda pair: (pair[0].start, _LEVEL[pair[0].kind]))
        # one marker per position: the outermost reading wins (一、 is a heading, not 一是)
        unique: list[Mark] = []
        for mark, glued in found:
            if unique and mark.start < unique[-1].body_start:
                continue
            if glued and mark.number != last_heading + 1:
                continue
            if mark.kind == "heading":
                last_heading = mark.number
            unique.append(mark)
        for mark, following in zip(unique, [*unique[1:], None], strict=False):
            end = following.start if following else len(text)
            mark.body = text[mark.body_start : end].strip()
        marks += unique
    return marks


def _searched_in(text: str) -> list[tuple[str, re.Pattern[str]]]:
    """The kinds (with their patterns) that can match in `text`, in MARKERS order."""
    numbered = "、" in text or "．" in text or "." in text
    bracketed = "(" in text or "（" in text
    numeral_shi = "是" in text and _NUMERAL_SHI.search(text) is not None
    return _KINDS_BY_NEEDS[numbered, bracketed, numeral_shi, "第" in text, text.startswith(_DASH_STARTS)]


def _number_of(kind: str, match: re.Match[str]) -> int | None:
    if kind == "dash":
        return 0
    if kind == "circled":
        return ord(match.group("c")) - ord("①") + 1
    if kind == "order":
        return _ORDER[match.group("o")]
    return _numeral(match.group("n"))


# cn_number of the numerals the patterns capture: one to three of 一…十, or one or two digits,
# so at most 1,220 values, each worked out once
_numeral = lru_cache(maxsize=2048)(cn_number)


def group_marks(marks: list[Mark]) -> list[Enumeration]:
    """Runs of one kind numbered 1, 2, 3... (or consecutive dashes) form enumerations.

    A run ends where its numbering breaks or restarts, or where a marker of an outer level
    appears (the next heading closes the points under the previous one).
    """
    open_runs: dict[str, Enumeration] = {}
    done: list[Enumeration] = []
    last_of_level: dict[int, Mark] = {}

    def close(kind: str) -> None:
        run = open_runs.pop(kind, None)
        if run and len(run.marks) >= 2:
            done.append(run)

    for mark in marks:
        level = _LEVEL[mark.kind]
        # an outer marker closes every inner run
        for kind in list(open_runs):
            if _LEVEL[kind] > level:
                close(kind)
        run = open_runs.get(mark.kind)
        if run is not None and not _continues(run, mark):
            close(mark.kind)
            run = None
        if run is None:
            if not _can_start(mark):
                continue
            parent = max(
                (m for outer, m in last_of_level.items() if outer < level),
                key=lambda m: (m.paragraph, m.start),
                default=None,
            )
            run = open_runs[mark.kind] = Enumeration(mark.kind, parent=parent)
        run.marks.append(mark)
        last_of_level[level] = mark
        for inner in [lv for lv in last_of_level if lv > level]:
            del last_of_level[inner]
    for kind in list(open_runs):
        close(kind)
    done.sort(key=lambda e: (e.marks[0].paragraph, e.marks[0].start))
    return done


def _can_start(mark: Mark) -> bool:
    return mark.number in (0, 1)


def _continues(run: Enumeration, mark: Mark) -> bool:
    last = run.marks[-1]
    if mark.kind == "dash":
        return mark.paragraph == last.paragraph + 1
    if mark.kind == "order":
        return last.number != 99 and (
            mark.number > last.number or mark.number == 99 or mark.number == last.number == _ORDER_MIDDLE
        )
    return mark.number == last.number + 1


def item_text(body: str, kind: str = "") -> str:
    """The words a candidate must produce: the opening clause, without trailing punctuation.

    A heading is often run into its first sentence with no break (一、基层统战工作的意义基层统战
    工作是指…); for headings the clause is cut where the body starts.
    """
    clause = strip_punct(opening_clause(body))
    if kind in _HEADING_KINDS:
        clause = heading_part(clause)
    return clause


_HEADING_KINDS = ("heading", "paren_cn", "arabic")
# Words that open a body sentence, never a heading's tail: time frames, discourse turns, censoring.
_BODY_OPENER = re.compile(
    r"近[\u4e00-\u9fff]{0,3}年来|随着|然而|但是|目前|当前|笔者|本文|在新的?形势下|在当今|[*＊]+|改革开放以来"
)
# The characters _BODY_OPENER's words open with: most headings hold none, and this scan is
# cheaper than the pattern's.
_BODY_OPENER_START = re.compile("[近随然但目当笔本在*＊改]")
# Verbs that open the body's first clause right before the heading's words come back (…方式方法做好基层…).
_BODY_VERBS = ("做好", "搞好", "抓好", "加强", "推进", "坚持", "必须", "我们", "要", "做")
_GLUED_MIN = 18  # a heading clause shorter than this is taken whole


def heading_part(clause: str) -> str:
    """The heading at the start of a clause that runs on into the body without punctuation.

    The body starts where words of the heading come back (…的意义基层统战工作是指), or at a word
    that opens a sentence (近年来, 随着, 然而) or a censoring mark.
    """
    openers = _BODY_OPENER.finditer(clause) if _BODY_OPENER_START.search(clause) else ()
    cuts = [m.start() for m in openers if han_len(clause[: m.start()]) >= 6]
    glued = len(clause) > _GLUED_MIN and han_len(clause) > _GLUED_MIN  # (han_len <= len)
    for start in range(6, len(clause) - 3 if glued else 0):
        gram = clause[start : start + 4]
        # a heading names a topic; words before a 是 make a statement that may repeat itself
        if "是" in clause[:start]:
            break
        if han_len(gram) == 4 and gram in clause[:start] and clause[start - 1] not in "和与及、的在对把":
            cut = start
            for verb in _BODY_VERBS:
                if clause[:cut].endswith(verb) and han_len(clause[: cut - len(verb)]) >= 6:
                    cut -= len(verb)
                    break
            cuts.append(cut)
            break
    return strip_punct(clause[: min(cuts)]) if cuts else clause


def lead_for(run: Enumeration, paragraphs: list[Paragraph], title: str) -> str:
    """The words that introduce the set (see module docstring).

    A short paragraph right before the set introduces it too when it names a numbered concept
    (“五个强化”甩给你) or asks the question the set answers (有何战略之策?).
    """
    first = run.marks[0]
    if run.parent is not None and run.parent.paragraph == first.paragraph:
        return run.parent.item
    before = paragraphs[first.paragraph].text[: first.start].strip()
    if han_len(before) >= 2:
        return _last_clause(before)
    if first.paragraph > 0 and (run.parent is None or run.parent.paragraph < first.paragraph - 1):
        previous = paragraphs[first.paragraph - 1].text.rstrip()
        if previous.endswith((":", "：")):
            return _last_clause(previous)
        if _introduces(previous):
            return previous.rstrip("。.！!？? ")
    if run.parent is not None:
        return run.parent.item
    return title


def _introduces(paragraph: str) -> bool:
    """A one-sentence paragraph that names a numbered concept or asks a question."""
    if len(sentences(paragraph)) > 1 or han_len(paragraph) > 40:
        return False
    return has_term(paragraph) or (paragraph.endswith(("?", "？")) and han_len(paragraph) <= 20)


def _last_clause(text: str) -> str:
    parts = [p for p in re.split(r"[。！？!?；;]", text.strip().rstrip(":：，, ")) if p.strip()]
    sentence = parts[-1] if parts else text
    pieces = clauses(sentence)
    if not pieces:
        return strip_punct(sentence)
    lead = pieces[-1]
    # a very short last clause (如下, 主要有) needs the one before it
    if han_len(lead) < 6 and len(pieces) > 1:
        lead = pieces[-2] + "，" + lead
    return strip_punct(lead)


def context_of(run: Enumeration) -> str:
    """The full text of each item, for the back of the card."""
    return "\n".join(f"{n}. {shorten(mark.body)}" for n, mark in enumerate(run.marks, 1))
