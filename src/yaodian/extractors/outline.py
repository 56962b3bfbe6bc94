"""Enumerated points: numbered headings at every level, 一是/二是, 首先/其次/最后, 第一/第二, ——, ①,
labelled numbers (【材料一】, 分论点一：, 第一题：), bullet glyphs (✔, 🔹), and a Markdown
source's own headings and list items.

Each run of markers of one kind, numbered in order under one parent, becomes one list card
whose items are the members' opening clauses. The list's lead is the sentence that introduces
the set (the clause before the first marker, a preceding line ending in a colon), else the
enclosing heading, else the document's title.

Runs nest as an outline does (see group_marks): the numbered heading styles keep their
conventional order (一、 outside （一） outside 1、 outside （1） outside ①), a Markdown heading
is outside everything below it, and the unranked styles (一是, 首先, 第一, ——, bullets) sit
inside whatever item they appear in. A run of exam questions is no list to recall.
"""

from __future__ import annotations

import re
from collections.abc import Collection
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
# A label before a number (材料, 考点, 分论点): Han characters, not a numeral and not 第 (第一 is "di").
_LABEL = rf"(?:(?![{_CN}零〇两第])[\u4e00-\u9fff]){{1,4}}?"
# Glyphs that open a bullet point in web and social-media text (✔, ●, ▶, 🔹): arrows, shapes,
# dingbats and emoji; an emoji may come with a variation selector or joined pieces (👨‍👩‍👧).
_GLYPH = "\u2190-\u21ff\u221a\u2500-\u27bf\u2900-\u297f\u2b00-\u2bff\U0001f300-\U0001faff"
_GLYPH_RUN = rf"[{_GLYPH}](?:[\ufe0f\u200d]|[{_GLYPH}])*\s*"
# kind -> (pattern, level); at one position the reading of the lowest level wins (一、 is a
# heading, not 一是). The levels of the numbered heading styles are also their rank (see _RANK).
MARKERS: dict[str, tuple[str, int]] = {
    "chapter": (
        rf"第(?P<n>[{_CN}]{{1,3}}|\d{{1,2}})(?P<label>章|节|题|讲|课|篇|部分|单元)\s*(?:[：:、．.]|\s)",
        0,
    ),
    "label": (rf"【?(?P<label>{_LABEL})(?P<n>[{_CN}]{{1,3}}|\d{{1,2}})(?:】|\s*[：:])", 0),
    "heading": (rf"(?P<n>[零〇{_CN}]{{1,3}})\s*(?:、|[．.](?!\d))", 1),
    "paren_cn": (rf"[(（](?P<n>[{_CN}]{{1,3}})[)）]", 2),
    "arabic": (r"(?P<n>\d{1,2})\s*(?:[、．]|\.(?!\d)|(?P<close>[)）]))(?![\d%％])", 3),
    "paren_num": (r"[(（](?P<n>\d{1,2})[)）]", 4),
    "circled": (r"(?P<c>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])", 5),
    "shi": (rf"(?:其|是)?(?P<n>[{_CN}]{{1,3}}|\d{{1,2}})[是要则来](?![否非])", 6),
    "di": (rf"第(?P<n>[{_CN}]{{1,3}})(?=[,，、:：])[,，、:：]", 6),
    # (一方面 needs no comma after it)
    "order": (
        r"(?P<o>首先|其次|再次|再者|然后|最后|此外|另外|其三|其四|另一方面|一方面)(?:(?<=方面)|(?=[,，、:：]))[,，、:：]?",
        6,
    ),
    "dash": (r"(?:——|--|－－|—)(?=[^—\-－])", 7),
    "symbol": (rf"(?P<g>[{_GLYPH}])(?:[\ufe0f\u200d]|[{_GLYPH}])*\s*", 7),
}
_ORDER = {
    "首先": 1, "其次": 2, "再次": 3, "再者": 3, "其三": 3, "其四": 4, "然后": 3, "此外": 3, "另外": 3,
    "最后": 99, "一方面": 1, "另一方面": 2,
}  # fmt: skip
# Middle order words (此外, 另外, 再次) may follow one another: they carry no rank of their own.
_ORDER_MIDDLE = 3
_MARKER_RE = {kind: re.compile(pattern) for kind, (pattern, _) in MARKERS.items()}
_LEVEL = {kind: level for kind, (_, level) in MARKERS.items()}
# The rank of a run in the outline (lower is outer). Labelled sections (【材料一】, 第一题：) and
# the numbered heading styles have a conventional rank; a Markdown heading of level h ranks h - 10,
# outside all of them. The other kinds have none: their runs sit inside the item they start in,
# never outside 1、 (_FREE_RANK): a list of 1、 or of an outer style that starts after them closes
# them, while （1） and ① nest in their items (首先，要做到两点：（1）…（2）… 其次，…).
_RANK = {"chapter": 0.5, "label": 0.5, "heading": 1, "paren_cn": 2, "arabic": 3, "paren_num": 4, "circled": 5}
_FREE_RANK = 3.5
_SHORT = 4  # an item's opening clause shorter than this is a cue word (首先, 放：); see opening_clause
_LABELLED = ("chapter", "label")
_NESTED = 0.01  # how much further in a free run ranks than the run it starts inside
# Kinds that only open a paragraph; kinds a Markdown source's layout gives.
_OPENING_KINDS = ("dash", "symbol")
_LAYOUT_KINDS = ("md_heading", "bullet")
_UNNUMBERED = ("dash", "symbol", "bullet")  # runs that end where the next paragraph is not theirs
# A marker counts at the start of a line or after a sentence-level break (or a colon).
_BOUNDARY = "。；;！!？?：:"
# What a kind's pattern cannot match without: most paragraphs hold one kind of marker, if any,
# so a few substring tests spare most of the searches.
_NEEDS = {
    "chapter": "第",
    "label": "labelled",  # 】 or a colon after the number
    "heading": "numbered",  # 、．. after the numeral
    "arabic": "closed",  # 、．. or a closing bracket after the number
    "paren_cn": "bracketed",  # ( or （
    "paren_num": "bracketed",
    "shi": "numeral_shi",  # a numeral right before 是 (要, 则, 来)
    "di": "第",
    "dash": "dash",  # only a dash that opens the paragraph counts (see find_marks)
    "symbol": "symbol",  # so does a bullet glyph
}
_DASH_STARTS = ("—", "-", "－")
_NEED_ORDER = ("numbered", "closed", "bracketed", "numeral_shi", "第", "dash", "labelled", "symbol")
# (most paragraphs hold a 是, few a numbered one: this scan is much cheaper than the shi pattern's,
# which its optional opening character makes try every position)
_NUMERAL_SHI = re.compile(rf"[{_CN}\d][是要则来]")
# (the label pattern's opening characters make it try every position: this scan is much cheaper)
_NUMBER_LABELLED = re.compile(rf"[{_CN}\d]\s*[】：:]")
_SYMBOL_START = re.compile(f"[{_GLYPH}]")
_LEAD_IN = re.compile(_GLYPH_RUN)
# A Markdown list item's own mark, if the reader left it in the text; one glued to the words
# before it, after a character that ends a word or a remark.
_LIST_MARK = re.compile(r"[-*+•·]\s+")
_GLUED_ITEM = re.compile(r"(?<=[\u4e00-\u9fff）)”。！？!?])[-*+]\s+(?=\S)")
# (which of _NEED_ORDER the text has) -> the kinds to search it for, in MARKERS order
_KINDS_BY_NEEDS: dict[tuple[bool, ...], list[tuple[str, re.Pattern[str]]]] = {
    present: [
        (kind, _MARKER_RE[kind])
        for kind in MARKERS
        if kind not in _NEEDS or present[_NEED_ORDER.index(_NEEDS[kind])]
    ]
    for present in product((False, True), repeat=len(_NEED_ORDER))
}
# An exam question, not a point to recall: a blank to fill in （　　）, a score （20分）, a question
# put to the candidate (你怎么看？), options A. B. after it (in it or on the next line).
_QUESTION = re.compile(
    r"[(（]\s*[)）]|[_＿]{3,}|[(（]\s*\d+\s*分\s*[)）]|你[^，,。；;！!？?]*[？?]\s*$|\sA[.．、].*\sB[.．、]"
)
_OPTION = re.compile(r"[A-DＡ-Ｄ]\s*[.．、]")


@dataclass
class Mark:
    """One enumeration marker found in the text, and the item it opens.

    `depth` is a Markdown heading's level or list item's depth; `label` tells runs of one kind
    apart (the 材料 of 【材料一】, the glyph of a bullet); a `glued` marker runs on from the words
    before it without a break, and only continues a run.
    """

    kind: str
    number: int
    paragraph: int  # index into the paragraph list
    start: int  # where the marker starts in the paragraph
    body_start: int  # where the item's text starts
    body: str = ""  # the item's text, up to the next marker in the same paragraph
    depth: int = 0
    label: str = ""
    glued: bool = False
    # the index of the last paragraph up to this one that is no Markdown list item
    last_plain: int = -1
    rest: str = ""  # the paragraph from the body on (the body ends at a marker that may join no run)
    question: bool = False  # the item is an exam question (see _QUESTION)
    _item: str | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def level(self) -> int:
        return _LEVEL.get(self.kind, 0)

    @property
    def key(self) -> tuple[str, int, str]:
        """Marks of one key can form one run."""
        return self.kind, self.depth, self.label

    @property
    def item(self) -> str:
        """`item_text` of the body, worked out once: a heading is its list's item, the section of
        the lists under it and often their lead. (Not a cached_property: Python 3.11's takes a
        lock on every read.)

        A body that is only a label (放：一是全面推行…, cut short by the marker) runs on into the next.
        """
        if self._item is None:
            self._item = item_text(self.rest if self.label_only else self.body, self.kind)
        return self._item

    @property
    def label_only(self) -> bool:
        """The body is a word or two and a colon (放：), cut short by the marker after it."""
        return han_len(self.body) < _SHORT and self.body.endswith(("：", ":"))


@dataclass
class Enumeration:
    """A set of items the author marked as one list."""

    kind: str
    marks: list[Mark] = field(default_factory=list)
    lead: str = ""
    parent: Mark | None = None
    rank: float = 0.0
    key: tuple[str, int, str] = ("", 0, "")  # its marks' key


def _at_boundary(text: str, start: int, kind: str, lead_in: int) -> bool:
    if start == lead_in:
        return True
    before = text[start - 1]
    if before in _BOUNDARY:
        return True
    if kind in ("shi", "order", "di") and before in "，,":
        return True
    # headings glued to the previous heading's text (一、当前的问题1、意识差): only numbered kinds
    return kind in ("arabic", "paren_cn", "paren_num", "circled") and not before.isdigit()


def _may_glue(text: str, start: int, kind: str) -> bool:
    """A marker run into the previous words without a break (…的状态二、管理体制不完善, an item
    glued to the line before): it only counts when it continues a run (see group_marks)."""
    if kind not in ("heading", "shi", "di", "order", "label", "chapter"):
        return False
    return bool(HAN.match(text[start - 1])) and text[start - 1] != "第"


def find_marks(paragraphs: list[Paragraph]) -> list[Mark]:
    """Every marker at a plausible place, in document order, with the text of its item.

    A Markdown heading or list item is a marker of its own (kind md_heading or bullet, with its
    level or depth) whatever numbering its text opens with; that numbering is not a marker then.
    """
    marks: list[Mark] = []
    last_plain = -1
    for index, paragraph in enumerate(paragraphs):
        text = paragraph.text
        if not paragraph.bullet:
            last_plain = index
        layout = _layout_mark(paragraph, index)
        lead_in = 0 if layout else _lead_in(text)
        found: list[Mark] = []
        for kind, pattern in _searched_in(text):
            for match in pattern.finditer(text):
                start = match.start()
                if layout and start < max(layout.body_start, 1):
                    continue  # (the Markdown marker stands for the numbering it opens with)
                glued = False
                # (a marker that opens the paragraph is at a boundary)
                if start and (kind in _OPENING_KINDS or not _at_boundary(text, start, kind, lead_in)):
                    if kind in _OPENING_KINDS or not _may_glue(text, start, kind):
                        continue
                    glued = True
                if kind == "arabic" and match.group("close") and _unclosed_bracket(text[:start]) >= 0:
                    continue  # (1） closes a bracket there: 见附件1）)
                number = _number_of(kind, match)
                if number is None:
                    continue
                found.append(
                    Mark(kind, number, index, start, match.end(), label=_label_of(kind, match), glued=glued)
                )
        if layout:
            found.append(layout)
            if layout.kind == "bullet":  # a list item glued to the one before (…常用）- 民营企业…)
                found += [
                    Mark("bullet", 0, index, m.start(), m.end(), depth=layout.depth)
                    for m in _GLUED_ITEM.finditer(text, layout.body_start)
                ]
        elif lead_in and any(mark.start == lead_in for mark in found):
            # a glyph before a marker (✍️金句1：) only decorates it
            found = [mark for mark in found if mark.kind != "symbol"]
        if not found:
            continue
        if len(found) > 1:  # most paragraphs open with one marker and hold no other
            found.sort(key=lambda mark: (mark.start, mark.level))
        # one marker per position: the outermost reading wins (一、 is a heading, not 一是)
        unique: list[Mark] = []
        for mark in found:
            if unique and mark.start < unique[-1].body_start:
                continue
            unique.append(mark)
        options_follow = index + 1 < len(paragraphs) and bool(_OPTION.match(paragraphs[index + 1].text))
        for mark, following in zip(unique, [*unique[1:], None], strict=False):
            end = following.start if following else len(text)
            mark.body = text[mark.body_start : end].strip()
            mark.rest = text[mark.body_start :]
            mark.last_plain = last_plain
            mark.question = options_follow or bool(_QUESTION.search(mark.rest))
        marks += unique
    return marks


def _layout_mark(paragraph: Paragraph, index: int) -> Mark | None:
    """A Markdown heading or list item as a marker; its item starts after the numbering or
    label its text opens with (一、, 1., 主题一：), if any."""
    if not paragraph.heading and not paragraph.bullet:
        return None
    text = paragraph.text
    list_mark = _LIST_MARK.match(text)
    body_start = list_mark.end() if list_mark else 0
    for _, pattern in _searched_in(text[body_start:]):
        match = pattern.match(text, body_start)
        if match:
            body_start = max(body_start, match.end())
    if paragraph.heading:
        return Mark("md_heading", 0, index, 0, body_start, depth=paragraph.heading)
    return Mark("bullet", 0, index, 0, body_start, depth=paragraph.bullet)


def _lead_in(text: str) -> int:
    """The length of the bullet glyphs a paragraph opens with (✍️, 🔹), 0 if none."""
    if not text or not _SYMBOL_START.match(text):
        return 0
    match = _LEAD_IN.match(text)
    return match.end() if match else 0


def _searched_in(text: str) -> list[tuple[str, re.Pattern[str]]]:
    """The kinds (with their patterns) that can match in `text`, in MARKERS order."""
    numbered = "、" in text or "．" in text or "." in text
    closed = numbered or "）" in text or ")" in text
    bracketed = "(" in text or "（" in text
    numeral_shi = ("是" in text or "要" in text or "则" in text or "来" in text) and bool(
        _NUMERAL_SHI.search(text)
    )
    labelled = ("】" in text or "：" in text or ":" in text) and bool(_NUMBER_LABELLED.search(text))
    symbol = bool(text) and _SYMBOL_START.match(text) is not None
    present = (
        numbered,
        closed,
        bracketed,
        numeral_shi,
        "第" in text,
        text.startswith(_DASH_STARTS),
        labelled,
        symbol,
    )
    return _KINDS_BY_NEEDS[present]


def _label_of(kind: str, match: re.Match[str]) -> str:
    """What tells runs of one kind apart: the label of 【材料一】 and 第一题, the glyph of a bullet,
    一方面 from 首先."""
    if kind in _LABELLED:
        return match.group("label")
    if kind == "symbol":
        return match.group("g")
    if kind == "order" and match.group("o").endswith("方面"):
        return "方面"
    return ""


def _number_of(kind: str, match: re.Match[str]) -> int | None:
    if kind in ("dash", "symbol"):
        return 0
    if kind == "circled":
        return ord(match.group("c")) - ord("①") + 1
    if kind == "order":
        return _ORDER[match.group("o")]
    return _numeral(match.group("n"))


# cn_number of the numerals the patterns capture: one to three of 零一…十, or one or two digits,
# so a few thousand values, each worked out once
_numeral = lru_cache(maxsize=4096)(cn_number)


def group_marks(marks: list[Mark]) -> list[Enumeration]:
    """Runs of one kind numbered 1, 2, 3... (or consecutive dashes, glyphs, list items) form
    enumerations; a run of exam questions is left out (its marks still nest other runs).

    A marker inside a paragraph that starts no run of two (a stray 一、 in a series: 天人合一、
    自强不息) is no marker: the runs are grouped again without it, so it closes no run; it may
    still head the points that follow it. (One that opens a paragraph is kept: a lone heading
    heads the points under it.)
    """
    runs = _runs(marks)
    stray = {id(run.marks[0]) for run in runs if len(run.marks) == 1 and run.marks[0].start > 0}
    if stray:
        runs = _runs(marks, stray)
    found = [run for run in runs if len(run.marks) >= 2 and not _questions(run)]
    found.sort(key=lambda e: (e.marks[0].paragraph, e.marks[0].start))
    return found


def _runs(marks: list[Mark], strays: Collection[int] = ()) -> list[Enumeration]:
    """Every run of marks, one-mark runs too, as an outline nests them.

    Open runs form a stack, outer below inner. A mark that continues an open run of its key
    closes the runs above it (the points under the previous item); one that restarts its key's
    run closes that run and those above it, unless the item its paragraph opens with is above
    that run (…四是… （3）提出对策。一要…: only the old run of 一是 ends). A mark that starts a
    run closes the runs that rank as deep as it or deeper (the next heading closes the points
    under the previous one), except
    that a marker inside a paragraph stays inside the item that paragraph opens with. A run of
    dashes or glyphs ends at a paragraph that does not open with one, a Markdown list at a
    paragraph that is no list item.

    A stray mark (by id in `strays`) joins no run; a run that starts after it, ranking deeper,
    has it as its parent when it is nearer than the enclosing run's item.
    """
    stack: list[Enumeration] = []
    runs: list[Enumeration] = []
    opener: tuple[int, Enumeration] | None = None  # the paragraph's opening mark's run
    stray: Mark | None = None

    def close_from(index: int) -> None:
        runs.extend(stack[index:])
        del stack[index:]

    for mark in marks:
        if id(mark) in strays:
            stray = mark
            continue
        for index in range(len(stack) - 1, -1, -1):
            if stack[index].kind in _UNNUMBERED and _ended(stack[index], mark):
                runs.append(stack.pop(index))
        key = mark.key
        same = next((i for i, run in enumerate(stack) if run.key == key), None)
        if same is None and mark.kind == "order" and mark.number == _ORDER["最后"]:
            same = _closed_by_last(stack)
        if same is not None and _continues(stack[same], mark):
            close_from(same + 1)
            run = stack[same]
        else:
            if mark.glued or not _can_start(mark):
                continue
            inside = opener is not None and opener[0] == mark.paragraph and opener[1] in stack
            if same is not None:
                if inside and stack.index(opener[1]) > same:
                    runs.append(stack.pop(same))  # an old run below the item this mark is in
                else:
                    close_from(same)
            floor = stack.index(opener[1]) + 1 if inside and opener[1] in stack else 0
            rank = _rank_of(mark, stack)
            deeper = next((i for i in range(floor, len(stack)) if stack[i].rank >= rank), None)
            if deeper is not None:
                close_from(deeper)
            parent = stack[-1].marks[-1] if stack else None
            if (
                stray is not None
                and _rank_of(stray, stack) < rank
                and (parent is None or _after(stray, parent))
            ):
                parent = stray
            run = Enumeration(mark.kind, parent=parent, rank=rank, key=key)
            stack.append(run)
        run.marks.append(mark)
        if opener is None or opener[0] != mark.paragraph:
            opener = (mark.paragraph, run)
    close_from(0)
    return runs


def _closed_by_last(stack: list[Enumeration]) -> int | None:
    """The open run of 第一/一是 that 最后 ends (第一，…第二，…最后，…), if one is open and no
    run of 首先 … is."""
    return next((i for i in range(len(stack) - 1, -1, -1) if stack[i].kind in ("shi", "di")), None)


def _after(mark: Mark, other: Mark) -> bool:
    return (mark.paragraph, mark.start) > (other.paragraph, other.start)


def _rank_of(mark: Mark, stack: list[Enumeration]) -> float:
    """The rank of a run `mark` starts with `stack` open (see _RANK).

    Labelled sections of another label start inside the open one (【考点五】 … 金句1：, 金句2：).
    """
    if mark.kind == "md_heading":
        return mark.depth - 10
    if mark.kind in _LABELLED:
        return max((run.rank + _NESTED for run in stack if run.kind in _LABELLED), default=_RANK[mark.kind])
    if mark.kind in _RANK:
        return _RANK[mark.kind]
    return max(_FREE_RANK, stack[-1].rank + _NESTED) if stack else _FREE_RANK


def _ended(run: Enumeration, mark: Mark) -> bool:
    """A run of dashes or glyphs ends after a paragraph without one; a Markdown list at a
    paragraph that is no list item."""
    last = run.marks[-1]
    if run.kind in _OPENING_KINDS:
        return mark.paragraph > last.paragraph + 1
    if run.kind == "bullet":
        return mark.last_plain > last.paragraph
    return False


def _can_start(mark: Mark) -> bool:
    return mark.number in (0, 1)


def _continues(run: Enumeration, mark: Mark) -> bool:
    last = run.marks[-1]
    if mark.kind in _LAYOUT_KINDS:
        return True  # (a list item of another list has ended this one: see _ended)
    if mark.kind in _OPENING_KINDS:
        return mark.paragraph == last.paragraph + 1
    if mark.kind == "order" and run.kind != "order":
        return True  # 最后 ends a run of 第一 … (see _closed_by_last)
    if mark.kind == "order":
        return last.number != 99 and (
            mark.number > last.number or mark.number == 99 or mark.number == last.number == _ORDER_MIDDLE
        )
    return mark.number == last.number + 1


def _questions(run: Enumeration) -> bool:
    """A run of exam questions (a blank to fill in, a score): not a list of points to recall."""
    return 2 * sum(1 for mark in run.marks if mark.question) >= len(run.marks)


def item_text(body: str, kind: str = "") -> str:
    """The words a candidate must produce: the opening clause, without trailing punctuation.

    A heading is often run into its first sentence with no break (一、基层统战工作的意义基层统战
    工作是指…); for headings the clause is cut where the body starts. A clause that breaks off
    inside a bracket ends before it (首次提出的时间和地点（2023年9月，黑龙江）), and one that
    goes on after a dash (对党忠诚、不负人民——年轻干部的第一位要求) ends at the dash.
    """
    if kind in _SECTION_KINDS:
        body = _REMARK.sub("", body) if han_len(_REMARK.sub("", body)) >= 2 else body
    clause = opening_clause(body)
    for cut in (_unclosed_bracket(clause), clause.find("——")):
        if cut > 0 and han_len(clause[:cut]) >= 2:
            clause = clause[:cut]
    clause = strip_punct(clause)
    if kind in _HEADING_KINDS:
        clause = heading_part(clause)
    return clause


def _unclosed_bracket(text: str) -> int:
    """Where the last bracket that `text` opens and does not close starts, else -1."""
    opened = max(text.rfind("（"), text.rfind("("))
    return opened if opened > max(text.rfind("）"), text.rfind(")")) else -1


_HEADING_KINDS = ("heading", "paren_cn", "arabic")
# A section title's closing remark in brackets is a note to the reader (（直接背！）, （重点）).
_SECTION_KINDS = ("md_heading", "chapter", "label")
_REMARK = re.compile(r"[(（][^()（）]*[)）][\s。.！!]*$")
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
    text = paragraphs[first.paragraph].text
    if run.parent is not None and run.parent.paragraph == first.paragraph:
        # the item this set is part of, or the words that introduce the set in it (最后，…，关键要
        # 做到“三个坚持”：一是…)
        between = text[run.parent.body_start : first.start].strip()
        return _last_clause(between) if between.endswith((":", "：")) else run.parent.item
    before = text[: first.start].strip()
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
