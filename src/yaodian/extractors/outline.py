"""Enumerated points: numbered headings at every level, 一是/二是, 首先/其次/最后, 第一/第二, ——, ①,
a note's 1.1 and a., labelled numbers (【材料一】, 分论点一：, 第一题：, 一问：, 第一条), bullet glyphs
(✔, 🔹), and a Markdown source's (or a Word document's) own headings and list items.

Each run of markers of one kind, numbered in order under one parent, becomes one list card
whose items are the members' opening clauses. The list's lead is the sentence that introduces
the set (the clause before the first marker, a preceding line ending in a colon), else the
enclosing heading, else the document's title.

Runs nest as an outline does (see group_marks): the numbered heading styles keep their
conventional order (一、 outside （一） outside 1、 outside （1） outside ①), a Markdown heading
is outside everything below it, and the unranked styles (一是, 首先, 第一, 1.1, a., ——, bullets) sit
inside whatever item they appear in. A run of exam questions is no list to recall (a marking
scheme's points, 立意准确：…（10分）, are).

Real documents number less tidily than the rules above: a run of paragraphs survives a number
skipped, written twice or written in another style (任务三, 4、, 任务五), and a list may start
at a later number, where its numbering runs on from the section before or the text is an
excerpt. A line that announces a set (个人事项（6个）：) opens a new list however it is numbered.
A scan may lose a numeral (一是… -是… 三是…), jieba may read a first 一要 into the word before it
(备考时一要…；二要…), and points may all open with the same clause, told apart by the next. A file may
collect several pieces (范文一 …, 范文二 …: see collection_pieces), each with an outline of its own.

The marks' patterns and levels are yaodian.markers' (MARKERS): this module reads runs of them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise, product

from yaodian.extractors.exam import EXAM_LABEL, MODEL_ESSAY, is_task, names_a_part
from yaodian.extractors.members import verbs
from yaodian.extractors.phrases import COINED_FREQUENCY, word_tags
from yaodian.extractors.terms import has_term
from yaodian.extractors.text import (
    HAN,
    PROMPT_MAX,
    PROMPT_MIN,
    Paragraph,
    clauses,
    han_len,
    opening_clause,
    reporters_question,
    sentences,
    shorten,
    strip_punct,
    word_ends,
    word_frequency,
    words,
)
from yaodian.markers import (
    ANY_MARKER,
    GLYPH_RUN,
    GLYPHS,
    HEADING_NUMBER,
    MARKERS,
    NUMBER_LABEL,
    NUMERALS,
    OUTLINE_ONLY,
    PART_LABEL,
    SERIAL_HEAD,
)
from yaodian.names import is_org_name, is_person_name
from yaodian.numerals import numeral_value

# The rank of each word of the "order" kind (首先 first, 最后 last).
_ORDER = {
    "首先": 1, "其次": 2, "再次": 3, "再者": 3, "然后": 3, "此外": 3, "另外": 3, "最后": 99,
    "其一": 1, "其二": 2, "其三": 3, "其四": 4, "其五": 5, "其六": 6, "一方面": 1, "另一方面": 2,
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
_TOP_RANK = 0.9  # an unranked run of paragraphs that opens the outline (see _rank_of)
# Kinds that carry a number of their own (not 首先 …, which ranks its words, nor the unnumbered).
_NUMBERED = ("chapter", "label", "heading", "paren_cn", "arabic", "paren_num", "circled", "shi", "di")
_SHORT = 4  # an item's opening clause shorter than this is a cue word (首先, 放：); see opening_clause
# An ordinal word or number (一是, 第一，①, (1)) is the item's cue itself: the clause after it is the point
# however short (一是沉下去，多跑基层…; ①明责,把任务…), unless the text named those short words as a set just before
# (推动党组织联社区、联单位、联物业… 一是联社区，建强主阵地): then they label the points that follow.
_ORDINAL_KINDS = ("shi", "di", "circled", "paren_num")
_SHORT_CLAUSE = re.compile(r"\s*([^，,。；;：:！!？?\s]+)\s*[，,。；;！!]")
_SHORTEST_AFTER_ORDINAL = 2
_SENTENCE_ENDS = "。；;！!"
_SHORTEST_SENTENCE = 3  # (see Mark.short_clause)
_ECHO_REACH = 4  # paragraphs before a marker where its short clause may have been named
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
    "heading": "closed",  # 、．. or a closing bracket after the numeral
    "arabic": "closed",  # 、．. or a closing bracket after the number
    "paren_cn": "bracketed",  # ( or （
    "paren_num": "bracketed",
    "shi": "numeral_shi",  # a numeral right before 是 (要, 则, 来)
    "di": "第",
    "dash": "dash",  # only a dash that opens the paragraph counts (see find_marks)
    "symbol": "symbol",  # so does a bullet glyph
    "decimal": "closed",  # a . after the numbers (1.1)
    "letter": "closed",  # a . or a closing bracket after the letter
}
_DASH_STARTS = ("—", "-", "－")
_HEADER = "："  # the label of a glyph-led line that announces a list (see _ended)
_NEED_ORDER = ("numbered", "closed", "bracketed", "numeral_shi", "第", "dash", "labelled", "symbol")
# (most paragraphs hold a 是, few a numbered one: this scan is much cheaper than the shi pattern's,
# which its optional opening character makes try every position)
_NUMERAL_SHI = re.compile(rf"[{NUMERALS}\d][是要则来]")
# (the label pattern's opening characters make it try every position: this scan is much cheaper)
_NUMBER_LABELLED = re.compile(rf"[{NUMERALS}\d]问?\s*[】：:]")
_SYMBOL_START = re.compile(f"[{GLYPHS}]")
_ENCLOSED = re.compile("[⑴-⒛㈠-㈩]")  # (the styles searched only in a text with brackets or stops)
_LEAD_IN = re.compile(GLYPH_RUN)
# The brackets a heading of notes may be set in, marker and all (【一、来龙去脉】), and their ends.
_HEADING_BRACKETS = {"【": "】", "〔": "〕", "[": "]"}
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
# A paragraph that opens with one of a question's first four options (A. … ; Ｃ、…): looser than
# markers.CHOICE_OPTION (a letter or a figure may follow the mark: A.1), narrower in its letters
_OPENS_WITH_OPTION = re.compile(r"[A-DＡ-Ｄ]\s*[.．、]")
# A point of a marking scheme, not a question: a criterion's name and a colon, what it asks of an
# answer, and the points it is worth at the end (（1）立意准确：紧扣…，体现…。（10分）); a question
# type's name (概括题：), a numbered label (问题一：, 材料二：) or a request (请结合材料：) is a
# question's label.
_RUBRIC_POINT = re.compile(
    r"(?!请)[^，,。；;：:？?（(]{2,6}(?<![题\d一二三四五六七八九十])[：:][^？?_＿]*[(（]\s*\d+\s*分\s*[)）]\s*$"
)
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！!？?]")
# A line of a table of contents: dot leaders and a page number (第一章 发展环境………1).
_CONTENTS_LINE = re.compile(r"(?:…{2,}|[.·．]{4,}|-{4,})\s*\d{1,4}\s*$")


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
    opening: bool = False  # the marker opens its paragraph (after any bullet glyphs)
    announced: bool = False  # the paragraph before ends with a colon (个人全生命周期（6个）：)
    # the index of the last paragraph up to this one that is no Markdown list item and stands in
    # none; and of the last one that stands in a list item of each depth without opening it
    last_plain: int = -1
    last_inside: dict[int, int] = field(default_factory=dict)
    # the index of the last paragraph before this one that no marker opens
    last_unmarked: int = -1
    rest: str = ""  # the paragraph from the body on (the body ends at a marker that may join no run)
    question: bool = False  # the item is an exam question (see _QUESTION)
    echoes: bool = False  # its run's short clauses were all written before: they label the points
    says_last: bool = False  # a list item whose words open with 最后 (see _ended)
    before: str = ""  # the text just before the marker (see _ECHO_REACH), where its set may be named
    # the index of the last reporter's question up to this mark's paragraph (text.reporters_question)
    turn: int = -1
    # the index of the paragraph that opens the piece of a compilation it stands in (collection_pieces)
    piece: int = -1
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
            shortest = _SHORTEST_AFTER_ORDINAL if self.short_clause and not self.echoes else _SHORT
            self._item = item_text(self.rest if self.label_only else self.body, self.kind, shortest)
        return self._item

    @property
    def short_clause(self) -> str:
        """The clause after an ordinal word or number when it is shorter than an item's cue and no colon
        ends it (一是沉下去，…; ①明责,…; 一是建组织。), else '' (①习近平：《…》 names a speaker). After
        any other marker, a clause of three characters is the point when it is a sentence of its own
        (——稳就业。…; 1. 总分式。…), where a cue ends with a comma (首先，) and two characters name a
        topic (2.立意。可从以下角度立意：…)."""
        match = _SHORT_CLAUSE.match(self.body)
        size = han_len(match.group(1)) if match else 0
        if not _SHORTEST_AFTER_ORDINAL <= size < _SHORT:
            return ""
        if self.kind in _ORDINAL_KINDS:
            return match.group(1)
        return match.group(1) if size >= _SHORTEST_SENTENCE and match.group(0)[-1] in _SENTENCE_ENDS else ""

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
    labels: bool = False  # the run asks its points' labels (see _label_run), the run before it their words


def _at_boundary(text: str, start: int, kind: str, lead_in: int) -> bool:
    """Whether a marker at `start` stands where its kind opens an item: at the paragraph's start,
    after a sentence's end or a colon (also a half-width full stop after words, as notes typed
    with an English keyboard end a sentence: 主要有三方面考虑.一是…), for ordinals also after a comma."""
    if start == lead_in:
        return True
    before = text[start - 1]
    if before in _BOUNDARY or (before == "." and _HALF_WIDTH_STOP.match(text, start - 1)):
        return True
    if kind in ("shi", "order", "di") and before in "，,":
        return True
    if (
        kind in ("shi", "order", "di")
        and before == "】"
        and text.find("】") == start - 1
        and text.lstrip()[:1] == "【"
    ):
        return True  # (the label that opens the paragraph ends as a colon does: 【对策】一是…；二是…)
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

    A Markdown list ends at a paragraph that is no list item (see _ended), but not at one that a
    marker of the text opens: the reader leaves an item's own lines that Markdown does not read as
    a list (1.1 定位：…, a. …) out of the list, and where their runs stand the outline decides.
    Nor does it end at a heading that says the part before goes on (see _continues_heading).
    """
    marks: list[Mark] = []
    last_plain = last_unmarked = -1
    last_inside: dict[int, int] = {}  # (see Mark.last_inside)
    opened = False  # a marker opened the paragraph before
    headings: dict[int, str] = {}  # the last heading of each level
    heading_lines: dict[str, tuple[int | None, str]] = {}  # the last heading line of each numbered kind
    turn = -1  # the last reporter's turn
    starts = [piece.index for piece in collection_pieces(paragraphs)]
    for index, paragraph in enumerate(paragraphs):
        if index and not opened:
            last_unmarked = index - 1
        opened = False
        if reporters_question(paragraphs, index) is not None:
            turn = index
        if index and paragraph.text == paragraphs[index - 1].text:
            last_plain = index if not paragraph.bullet else last_plain
            continue  # the paragraph written twice: its markers are the ones before
        if paragraph.heading:
            if _continues_heading(paragraph.text, headings.get(paragraph.heading, "")):
                opened = True  # (a heading of the part before, which it goes on with)
                continue
            headings[paragraph.heading] = paragraph.text
            for deeper in [level for level in headings if level > paragraph.heading]:
                del headings[deeper]  # (a part's heading closes the parts inside the one before)
        found = _one_per_position(_paragraph_marks(paragraph, index))
        if _repeats_heading_line(paragraph.text, found, heading_lines):
            opened = True  # (a slide's title over the rest of the part the slide before began)
            continue
        if not paragraph.bullet and not any(m.opening and m.kind not in _LAYOUT_KINDS for m in found):
            if paragraph.in_item:
                last_inside[paragraph.in_item] = index
            else:
                last_plain = index
        if not found:
            continue
        _fill_items(found, paragraphs, index)
        piece = max((start for start in starts if start <= index), default=-1)
        for mark in found:
            mark.last_plain = last_plain
            mark.last_inside = dict(last_inside)
            mark.last_unmarked = last_unmarked
            mark.turn = turn
            mark.piece = piece
        opened = any(mark.opening for mark in found)
        marks += found
    marks = _with_lost_numerals(marks, paragraphs)
    _open_glued_firsts(marks)
    _run_on_broken_items(marks, paragraphs)
    return marks


def _second_follows(text: str, kind: str, match: re.Match[str]) -> bool:
    """Whether the ordinal 一是 (一要) that `match` reads is followed, after a break in `text`, by
    its 二是 (二要): a first one that jieba read into the word before it (备考时一要…；二要…)."""
    if kind != "shi" or match.group("n") != "一":
        return False
    return re.search(rf"[{_BOUNDARY}，,]\s*二{re.escape(match.group()[-1])}", text[match.end() :]) is not None


def _open_glued_firsts(marks: list[Mark]) -> None:
    """A first ordinal glued to the words before it (备考时一要…；二要…；三要…, 对此一是…) opens its
    run when its second stands in the same paragraph at a break: it is no stray number then."""
    for mark, following in pairwise(marks):
        if (
            mark.glued
            and mark.kind in ("shi", "di")
            and mark.number == 1
            and following.key == mark.key
            and following.number == 2
            and following.paragraph == mark.paragraph
            and not following.glued
        ):
            mark.glued = False


# A paragraph that opens with 是 and maybe the dash a scan made of its numeral (-是培育…, the 二 of
# 二是 lost), not 是否/是非.
_NUMERAL_LOST = re.compile(r"[-－—–]?是(?![否非])")


def _with_lost_numerals(marks: list[Mark], paragraphs: list[Paragraph]) -> list[Mark]:
    """`marks` with the 二是 whose numeral a scan lost or read as a dash (一是… -是… 三是…): a
    paragraph that opens with 是 between paragraphs opened by 一是 and 三是 (n and n + 2, nothing
    opening the paragraphs between) is the missing number's."""
    opening = [mark for mark in marks if mark.opening]
    lost: list[Mark] = []
    for before, after in pairwise(opening):
        if not (before.kind == after.kind == "shi" and after.number == before.number + 2):
            continue
        between = range(before.paragraph + 1, after.paragraph)
        found = [i for i in between if _NUMERAL_LOST.match(paragraphs[i].text)]
        if len(found) == 1 and not any(mark.paragraph == found[0] for mark in marks):
            match = _NUMERAL_LOST.match(paragraphs[found[0]].text)
            mark = Mark("shi", before.number + 1, found[0], 0, match.end(), opening=True, piece=before.piece)
            _fill_items([mark], paragraphs, found[0])
            lost.append(mark)
    if not lost:
        return marks
    return sorted([*marks, *lost], key=lambda mark: (mark.paragraph, mark.start))


# The mark that says a heading's part goes on from the one before (三、重点改革部署（下）, 主要任务（续）,
# a slide's title over the rest of a list the slide before began), and the one its first part may carry.
# The numbered heading styles whose lines a deck of slides writes again over each slide of one part.
_REPEATED_HEADINGS = ("chapter", "label", "heading", "paren_cn", "arabic")
_GOES_ON = re.compile(r"\s*[（(](?:续|續|下|中|[二三四五]|[2-5])[)）]\s*$")
_FIRST_PART = re.compile(r"\s*[（(](?:上|一|1)[)）]\s*$")


def _continues_heading(text: str, before: str) -> bool:
    """Whether a heading says it goes on with the part the heading `before` (of its level) began:
    the same words with a mark of a later part (（下）, （续）), or a numbered heading written again
    (a deck's 一、… over each slide of the part), so its lists go on too."""
    if before and text == before and HEADING_NUMBER.match(text):
        return True
    mark = _GOES_ON.search(text)
    return bool(before and mark) and text[: mark.start()] == _FIRST_PART.sub("", _GOES_ON.sub("", before))


def _repeats_heading_line(text: str, found: list[Mark], last: dict[str, tuple[int | None, str]]) -> bool:
    """Whether a numbered line that is only a heading repeats the last heading line of its kind (the same
    number and words, or the same words with a mark of a later part, 二、…（下）): the title a deck of
    slides writes again over each slide of one part. Its part goes on, and its lists with it. `last`
    (the last heading line of each kind: its number and text) is brought up to date."""
    first = found[0] if found else None
    if (
        first is None
        or not first.opening
        or first.kind not in _REPEATED_HEADINGS
        or not _is_heading_line(text)
    ):
        return False
    number, before = last.get(first.kind, (None, ""))
    last[first.kind] = (first.number, text)
    if number != first.number:
        return False
    if text == before or _continues_heading(text, before):
        last[first.kind] = (number, before)  # (a third slide goes on with the first one's words)
        return True
    return False


def _paragraph_marks(paragraph: Paragraph, index: int) -> list[Mark]:
    """The markers of one paragraph (with no items yet): the numbering and words its text holds
    at plausible places, and the Markdown heading or list item it is."""
    text = paragraph.text
    layout = _layout_mark(paragraph, index)
    lead_in = 0 if layout else _lead_in(text)
    if not layout and _CONTENTS_LINE.search(text):
        return []  # a table of contents' line (第一章 发展环境……1) heads nothing here
    found: list[Mark] = []
    for kind, pattern in _searched_in(text):
        for match in pattern.finditer(text):
            if layout and match.start() < max(layout.body_start, 1):
                continue  # (the Markdown marker stands for the numbering it opens with)
            mark = _mark_at(text, kind, match, index, lead_in)
            if mark is not None:
                found.append(mark)
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
    taken = {mark.start for mark in found}
    return found + [mark for mark in _sequence_in_sentence(text, index) if mark.start not in taken]


# Words of sequence a sentence runs its steps on without a comma after them (对应措施首先是A，其次是
# B，最后是C; 下一步，首先要…；其次要…；最后要…): 首先 where a clause opens or after the few words
# of its subject, the others where a clause opens in the same sentence or where they open the
# sentences after it (首先要A。其次要B。最后要C。: a step a sentence), none of them before 一 or 的
# (最后一公里, 最后的). Inside a later sentence that other words open they are that sentence's own
# (他首先想到的是群众，其次是家人。多年以后，最后留下的只有他).
_SEQUENCE_FIRST = re.compile(r"(?:^|[，,；;：:。！？!?\s])([\u4e00-\u9fff]{0,4}?)首先")
_SEQUENCE_NEXT = re.compile(r"(?<=[，,；;。！？!?])\s*(其次|再次|最后)")
_SEQUENCE_OPENS = re.compile(r"\s*(?:其次|再次|最后)")
_SEQUENCE_SENTENCE_END = re.compile(r"[。！？!?]")
_SEQUENCE_AFTER = re.compile(r"是?(?![，,、：:一的])")  # (the 是 of 首先是A names no part of A)
_SEQUENCE_LEAST = 3  # words of sequence in one sentence, 首先 and 最后 among them: two may only contrast


def _sequence_run_end(text: str, start: int) -> int:
    """Where the steps 首先 opens (before start) may run to: the end of its sentence, or of each
    sentence after it while the next one opens with a word of sequence (其次要B。最后要C。)."""
    while (end := _SEQUENCE_SENTENCE_END.search(text, start)) is not None:
        if not _SEQUENCE_OPENS.match(text, end.end()):
            return end.start()
        start = end.end()
    return len(text)


def _sequence_in_sentence(text: str, index: int) -> list[Mark]:
    """The marks of steps the sentence that holds 首先 runs through with 首先, 其次 and 最后 inside
    it or opening the sentences after it (see _sequence_run_end) and no comma after them, in their order and 最后 the last (see _SEQUENCE_FIRST); none where
    the marker patterns read them (首先，), nor where two words only contrast (首先是…，其次才是…)."""
    first = _SEQUENCE_FIRST.search(text)
    if first is None:
        return []
    words = [(first.end() - len("首先"), "首先")]
    run_end = _sequence_run_end(text, first.end())
    words += [(m.start(1), m.group(1)) for m in _SEQUENCE_NEXT.finditer(text, first.end(), run_end)]
    ranks = [_ORDER[word] for _, word in words]
    if (
        len(words) < _SEQUENCE_LEAST
        or ranks != sorted(ranks)
        or ranks[-1] != _ORDER["最后"]
        or ranks.count(_ORDER["最后"]) > 1
    ):
        return []
    marks = []
    for start, word in words:
        after = _SEQUENCE_AFTER.match(text, start + len(word))
        if after is None:
            return []  # (首先，… is the marker patterns')
        marks.append(Mark("order", _ORDER[word], index, start, after.end(), opening=start == 0))
    return marks


def _mark_at(text: str, kind: str, match: re.Match[str], index: int, lead_in: int) -> Mark | None:
    """The marker a pattern's match makes, if it stands where a marker of its kind may: at the
    start of the paragraph or of a sentence (for 一是, 首先, 第一 also of a clause), or glued to
    the words before it where it can only continue a run (see _may_glue). A bracket opens a
    heading's number only (【一、来龙去脉】, not 【第1题解析】, a label)."""
    start = match.start()
    glued = False
    if lead_in and text[0] in _HEADING_BRACKETS and kind not in _HEADING_KINDS:
        lead_in = 0
    opening = start in (0, lead_in) or (kind == "order" and _after_subject(text, start, lead_in))
    # (a marker that opens the paragraph is at a boundary)
    at_subject = kind == "order" and opening
    if start and not at_subject and (kind in _OPENING_KINDS or not _at_boundary(text, start, kind, lead_in)):
        if kind in _OPENING_KINDS or not _may_glue(text, start, kind):
            return None
        if _inside_word(text, start) and not _second_follows(text, kind, match):
            return None
        glued = True
    if kind == "order" and match.group("bare") is not None and not opening:
        return None  # (其次在…字上下功夫 opens its paragraph; in a sentence 其次 needs its comma)
    if kind in OUTLINE_ONLY and not opening:
        return None  # (a note's 1.1 and a. open their lines)
    if (
        kind == "chapter"
        and match.group("sep") is None
        and not (opening and _unseparated_heading(text, match))
    ):
        return None  # (第三节课 in a sentence; 第十部分标题：…)
    if glued and kind == "di" and match.group("what"):
        return None  # (七个聚焦第一个是什么)
    if kind == "arabic" and match.group("close") and _unclosed_bracket(text[:start]) >= 0:
        return None  # (1） closes a bracket there: 见附件1）)
    number = _number_of(kind, match)
    if number is None:
        return None
    label = _label_of(kind, match)
    return Mark(kind, number, index, start, match.end(), label=label, glued=glued, opening=opening)


def _one_per_position(found: list[Mark]) -> list[Mark]:
    """The markers in text order, one per position: the outermost reading wins (一、 is a
    heading, not 一是), and one that starts inside the marker before it, before that one's
    words begin, is none."""
    if len(found) > 1:  # most paragraphs open with one marker and hold no other
        found.sort(key=lambda mark: (mark.start, mark.level))
    unique: list[Mark] = []
    for mark in found:
        if unique and mark.start < unique[-1].body_start:
            continue
        unique.append(mark)
    return unique


def _fill_items(marks: list[Mark], paragraphs: list[Paragraph], index: int) -> None:
    """Each marker of paragraph `index` gets its item's text (up to the next marker) and what its
    runs are judged by: whether a line ending in a colon announces it, whether it is an exam
    question, the text before an ordinal where its short words may have been named."""
    text = paragraphs[index].text
    options_follow = index + 1 < len(paragraphs) and bool(
        _OPENS_WITH_OPTION.match(paragraphs[index + 1].text)
    )
    announced = index > 0 and paragraphs[index - 1].text.rstrip().endswith((":", "："))
    for mark, following in zip(marks, [*marks[1:], None], strict=False):
        end = following.start if following else len(text)
        if mark.start == 1 and text[0] in _HEADING_BRACKETS:  # (【一、来龙去脉】: the heading ends at 】)
            closed = text.find(_HEADING_BRACKETS[text[0]], mark.body_start, end)
            end = closed if closed > 0 else end
        mark.body = text[mark.body_start : end].strip()
        mark.rest = text[mark.body_start :]
        if mark.kind == "symbol" and text.rstrip().endswith((":", "：")):
            mark.label = _HEADER  # (whatever its glyph: 🏢企业…（7个）： … 👨‍👩‍👧个人…（6个）：)
        mark.announced = announced and mark.opening
        mark.question = (
            options_follow
            or (bool(_QUESTION.search(mark.rest)) and not _RUBRIC_POINT.match(mark.rest))
            or is_task(mark.rest)
        )
        before = [p.text for p in paragraphs[max(0, index - _ECHO_REACH) : index]]
        mark.before = "".join([*before, text[: mark.start]])


def _run_on_broken_items(marks: list[Mark], paragraphs: list[Paragraph]) -> None:
    """An item whose marker ends its line ((2) then 服务更贴心 on the next line: hard-wrapped or
    PDF text) takes the next line for its words, when that line opens with no marker of its own."""
    opens = {mark.paragraph for mark in marks if mark.opening}
    for mark, following in zip(marks, [*marks[1:], None], strict=False):
        if han_len(mark.body) or mark.kind in _LAYOUT_KINDS or mark.kind in _SECTION_KINDS:
            continue  # (【材料一】 alone on its line labels what follows)
        after = mark.paragraph + 1
        last_in_line = following is None or following.paragraph > mark.paragraph
        if not last_in_line or after >= len(paragraphs) or after in opens:
            continue
        if not paragraphs[after].heading and not paragraphs[after].bullet:
            mark.body = mark.rest = paragraphs[after].text
            mark.question = mark.question or bool(_QUESTION.search(mark.rest)) or is_task(mark.rest)


def _after_subject(text: str, start: int, lead_in: int) -> bool:
    """首先 after the subject its paragraph opens with (县里首先从“减”字入手, B区首先…): one to three Han
    characters and nothing else before it, the first of them may be the letter that names a case's
    place or body (B区, C镇, A公司; not A股, a letter in a name)."""
    return (
        text.startswith("首先", start)
        and 0 < start - lead_in <= 3
        and _SUBJECT.fullmatch(text[lead_in:start]) is not None
    )


_SUBJECT = re.compile(r"(?:[A-Z](?=[省市区县镇乡村街社局厅委企公单部园]))?[\u4e00-\u9fff]+")


def _unseparated_heading(text: str, match: re.Match[str]) -> bool:
    """A chapter's number run into its words where it opens the paragraph (第二章总体要求): the line
    is only a heading, or it is a law's article (第一条为了…), whose space the text lost."""
    label = match.group("label")
    # (a question's label over its answer or note ends in a colon: 第2题参考答案：, 第1题解析：; a
    # lead that only opens with the label does not, 第二题的答题思路如下：)
    part = label == "题" and names_a_part(text[match.end() :].rstrip("：:"))
    return label == "条" or _is_heading_line(text.rstrip("：:") if part else text)


def _is_heading_line(text: str) -> bool:
    """A line that is only a heading: no clause or sentence break in it (第二章总体要求)."""
    return not _CLAUSE_BREAK.search(text.rstrip("。.！!？? "))


def _inside_word(text: str, start: int) -> bool:
    """Whether the numeral at `start` is inside a word that starts before it (推三阻四、避而远之:
    no 四、 heading glued to the words before it)."""
    position = 0
    for word in words(text):
        if position >= start:
            return position > start
        position += len(word)
    return False


def _layout_mark(paragraph: Paragraph, index: int) -> Mark | None:
    """A Markdown heading or list item as a marker; its item starts after the numbering or
    label its text opens with (一、, 1., 主题一：), if any."""
    if not paragraph.heading and not paragraph.bullet:
        return None
    text = paragraph.text
    list_mark = _LIST_MARK.match(text)
    body_start = list_mark.end() if list_mark else 0
    if paragraph.heading and (serial := SERIAL_HEAD.match(text)):
        body_start = serial.end()  # (a 公众号 article's 01 着力…: see sources.html)
    says_last = False
    for kind, pattern in _searched_in(text[body_start:]):
        match = pattern.match(text, body_start)
        if match and not (kind == "chapter" and match.group("sep") is None and not _is_heading_line(text)):
            body_start = max(body_start, match.end())
            says_last = says_last or (kind == "order" and _ORDER[match.group("o")] == _ORDER["最后"])
    if paragraph.heading:
        return Mark("md_heading", 0, index, 0, body_start, depth=paragraph.heading, opening=True)
    return Mark("bullet", 0, index, 0, body_start, depth=paragraph.bullet, opening=True, says_last=says_last)


def _lead_in(text: str) -> int:
    """The length of what a paragraph opens with before its marker, 0 if nothing: the bullet glyphs
    (✍️, 🔹), or the bracket that a heading of notes is set in (【一、来龙去脉】: see _mark_at)."""
    if text[:1] in _HEADING_BRACKETS:
        return 1
    if not text or not _SYMBOL_START.match(text):
        return 0
    match = _LEAD_IN.match(text)
    return match.end() if match else 0


def _searched_in(text: str) -> list[tuple[str, re.Pattern[str]]]:
    """The kinds (with their patterns) that can match in `text`, in MARKERS order."""
    numbered = "、" in text or "．" in text or "." in text
    enclosed = _ENCLOSED.search(text) is not None
    closed = numbered or enclosed or "）" in text or ")" in text
    bracketed = enclosed or "(" in text or "（" in text
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
    """What tells runs of one kind apart: the label of 【材料一】 and 第一题 (and of 一问：), the glyph
    of a bullet, 一方面 from 首先, what an ordinal counts (第一个关键词, 第一步), the parent number of
    1.1."""
    if kind == "label" and match.group("asked"):
        return "问"
    if kind in _LABELLED:
        return match.group("label")
    if kind == "decimal":
        return match.group("parent")  # (1.1 1.2 are one list, 2.1 2.2 another)
    if kind == "symbol":
        return match.group("g")
    if kind == "order" and match.group("o").endswith("方面"):
        return "方面"
    if kind == "di":
        return match.group("what") or ""  # (第一个关键词是… apart from 第一个“新”，是…)
    return ""


def _number_of(kind: str, match: re.Match[str]) -> int | None:
    if kind in ("dash", "symbol"):
        return 0
    if kind in _ENCLOSING_KINDS and match.group("e"):
        return _enclosed_number(match.group("e"))
    if kind == "order":
        return _ORDER[match.group("o")]
    if kind == "decimal":
        return int(match.group("n"))
    if kind == "letter":
        return ord(match.group("letter")) - ord("a") + 1
    if kind == "label" and match.group("asked"):
        return _numeral(match.group("asked"))
    return _numeral(match.group("n"))


_ENCLOSING_KINDS = ("paren_cn", "arabic", "paren_num", "circled")
# Unicode's runs of enclosed numbers: (first code point, how many): ① ⑴ ⒈ ❶ ➀ ➊ ㈠
_ENCLOSED_RUNS = (
    (0x2460, 20),
    (0x2474, 20),
    (0x2488, 20),
    (0x2776, 10),
    (0x2780, 10),
    (0x278A, 10),
    (0x3220, 10),
)


def _enclosed_number(char: str) -> int | None:
    """The number an enclosed character stands for (⑶ -> 3, ❷ -> 2, ㈣ -> 4)."""
    code = ord(char)
    return next((code - first + 1 for first, size in _ENCLOSED_RUNS if first <= code < first + size), None)


# numeral_value of the numerals the patterns capture: one to three of 零一…十, or one or two digits,
# so a few thousand values, each worked out once
_numeral = lru_cache(maxsize=4096)(numeral_value)


def group_marks(marks: list[Mark]) -> list[Enumeration]:
    """Runs of one kind numbered 1, 2, 3... (or consecutive dashes, glyphs, list items) form
    enumerations; a run of exam questions is left out (its marks still nest other runs).

    A marker inside a paragraph that starts no run of two (a stray 一、 in a series: 天人合一、
    自强不息) is no marker: the runs are grouped again without it, so it closes no run; it may
    still head the points that follow it. (One that opens a paragraph is kept: a lone heading
    heads the points under it.) A run of points that each open with a label of one make is
    followed by a run that asks the labels (see _label_run).
    """
    runs = _runs(marks)
    stray = {id(run.marks[0]) for run in runs if len(run.marks) == 1 and run.marks[0].start > 0}
    if stray:
        runs = _runs(marks, stray)
    found = [run for run in runs if len(run.marks) >= 2 and not _questions(run) and not _score_lines(run)]
    found.sort(key=lambda e: (e.marks[0].paragraph, e.marks[0].start))
    for run in found:
        if run.kind == "md_heading":
            _drop_shared_labels(run)
            _drop_closing_summary(run)
        short = [mark.short_clause for mark in run.marks if mark.short_clause]
        if short and run.kind in _ORDINAL_KINDS and all(clause in run.marks[0].before for clause in short):
            for mark in run.marks:
                mark.echoes, mark._item = True, None
        _tell_apart_shared_openings(run)
    # (each run is followed by the run of its points' labels, where they are a mnemonic: see _label_run)
    return [each for run in found for each in (run, _label_run(run)) if each is not None]


# The heading of a summary of the whole (小结, 本篇小结, 全文总结, 结语, 结束语), unnumbered: after
# numbered parts it closes them, it is no part of its own.
_SUMMARY_HEAD = re.compile(
    r"^[【\[〔]?(?:本[篇文章节讲课]|全[文篇章])?(?:小结|总结|结语|结束语|小結|總結|結語|結束語)[】\]〕]?[：:]?$"
)


def _drop_closing_summary(run: Enumeration) -> None:
    """Leave out a run of Markdown headings' last one where it is a summary's heading with no
    number, the others numbered (一、…四、 then ## 本篇小结): the note sums its parts up there."""
    *parts, last = run.marks
    if (
        len(parts) >= 2
        and last.body_start == 0
        and all(mark.body_start > 0 for mark in parts)
        and _SUMMARY_HEAD.match(last.item.strip())
    ):
        run.marks.pop()


# A point's label: two or three Han characters and a colon, more words after it (定格：科学划分网格).
_POINT_LABEL = re.compile(r"\s*([\u4e00-\u9fff]{2,3})\s*[：:]\s*(?=[^\s：:])")
# The suffixes that make a stem the name of a kind or way (并列式, 服务型, 排除法, 问题类).
_KIND_SUFFIXES = "式型法类"
_KIND_DESCRIBED = re.compile(r"\s*[\u4e00-\u9fff“‘「《]")  # (words after the colon, not a date or a figure)
# The respect a point is made in (政治上, 理论上, 实践上): a cue, as 首先 is, not a name of the point.
_RESPECT_ENDING = "上"


def _label_run(run: Enumeration) -> Enumeration | None:
    """The labels of a run of points as a run of their own, where they are a mnemonic the points
    are built on (1. 定格：科学划分网格… 2. 定人：… 3. 定责：… 4. 考评：…; 减材料：… 压时限：…): the
    labels are the words a learner recites, which the points' own list (their words after the colon)
    asks nowhere. None where the run is no such set.

    The labels are parallel: each point opens with one, all of one length; they say something,
    most opening with a verb or an adjective (a mnemonic of actions: 定格, 减材料, 明事); and most
    are coined, words jieba's dictionary hardly knows (定责, 明事), or all open with one character
    (定点, 定时, 定事). A note's field names (目标：… 重点：…; 定义：… 意义：…; 引论：… 结论：…) name
    and say nothing: their points are the answer. Ordinal cue words (首先：, 第一：, 一是：, 一刷：)
    and a respect (政治上：, 对个人：) are no labels."""
    labels = []
    for mark in run.marks:
        match = _POINT_LABEL.match(mark.body)
        if match is None:
            return None
        labels.append(match.group(1))
    if len(set(labels)) < len(labels) or len({len(label) for label in labels}) > 1:
        return None
    if any(_ordinal_label(label) for label in labels):
        return None
    if not _names_kinds(run, labels):  # (a kind's name is no respect: 对照式 is not 对个人)
        if any(_respect(label) for label in labels):
            return None
        if 2 * sum(1 for label in labels if _says_something(label)) <= len(labels):
            return None
        coined = sum(1 for label in labels if word_frequency(label) < COINED_FREQUENCY)
        if 2 * coined <= len(labels) and len({label[0] for label in labels}) > 1:
            return None
    if [mark.item for mark in run.marks] == labels:
        return None  # (the points' list asks them already)
    if all(label in run.marks[0].before for label in labels):
        return None  # (named before the points, 三个同：同谋划、同落实、同考核: a series asks them there)
    marks = [replace(mark) for mark in run.marks]
    for mark, label in zip(marks, labels, strict=True):
        mark._item = label
    return Enumeration(run.kind, marks, run.lead, run.parent, run.rank, run.key, labels=True)


def _names_kinds(run: Enumeration, labels: list[str]) -> bool:
    """Whether the labels name kinds, each a stem and one suffix of kind (①并列式：… ②递进式：…
    ③对照式：…; 服务型：… 学习型：…): the names are the set a learner recites, the words after each
    colon what each kind is, however plain their words (a noun, 对照 read as a preposition). Three
    characters each, the last one shared, and words, not a date or a figure, after each colon. (A
    name of four characters is its point's item already: see item_text.)"""
    suffix = labels[0][-1]
    if suffix not in _KIND_SUFFIXES or len(labels[0]) < 3 or any(label[-1] != suffix for label in labels):
        return False
    return all(_KIND_DESCRIBED.match(mark.body, _POINT_LABEL.match(mark.body).end()) for mark in run.marks)


def _label_tags(label: str) -> list[str]:
    """The part-of-speech tags of a label's words in jieba's dictionary; a word it does not know
    (a coinage: 控责, 明事) takes its first character's tag."""
    tags = word_tags()
    return [tags.get(word) or tags.get(word[0], "") for word in words(label)]


def _says_something(label: str) -> bool:
    """Whether a label opens with a verb or an adjective (定人, 减材料, 明事, 强服务): it says what is
    done, where a field name (定义, 重点, 结论) only names."""
    tags = _label_tags(label)
    return bool(tags) and tags[0][:1] in ("v", "a")


def _respect(label: str) -> bool:
    """Whether a label is the respect a point is made in, not its name: 政治上, or a preposition
    before it (对个人, 从群众)."""
    tags = _label_tags(label)
    return label.endswith(_RESPECT_ENDING) or (bool(tags) and tags[0] == "p")


def _ordinal_label(label: str) -> bool:
    """A word of order (首先, 其一), a numeral's (第一, 一是, 一刷) or a count's (三类人, 两公开)."""
    return label in _ORDER or label[0] in NUMERALS or label[0] in "第两几"


def _tell_apart_shared_openings(run: Enumeration) -> None:
    """Points that all open with the same clause (分论点一：筑牢基层防线，要以思想之“先”…; 分论点二：
    筑牢基层防线，要以能力之“强”…) are told apart by the clause after it: each item is the two."""
    if len({mark.item for mark in run.marks}) > 1 or not run.marks[0].item:
        return
    split = [clauses(mark.body) for mark in run.marks]
    if not all(len(parts) >= 2 for parts in split):
        return
    items = [
        _through_second_clause(mark.body, second)
        for mark, (_, second, *_) in zip(run.marks, split, strict=True)
    ]
    if len(set(items)) == len(items):  # (told apart only if the second clauses do tell them apart)
        for mark, item in zip(run.marks, items, strict=True):
            mark._item = item


def _through_second_clause(body: str, second: str) -> str:
    """A point's words up to the end of its second clause, as written."""
    return strip_punct(body[: body.index(second) + len(second)])


# A label and a numeral a heading opens with (专题一, 模块三): not a numeral, not 第 (see chapter).
_HEADING_LABEL = re.compile(rf"(?P<label>{NUMBER_LABEL})(?P<n>[{NUMERALS}]{{1,3}})")


def _drop_shared_labels(run: Enumeration) -> None:
    """Markdown headings of one run that all open with one label and a rising numeral, written
    without a break before their words (专题一二十大报告, 专题三新质生产力, 专题四党建基础: the
    space a reader lost): their items are the words after the numeral."""
    parsed = []
    for mark in run.marks:
        match = _HEADING_LABEL.match(mark.item)
        if not match:
            return
        digits = match.group("n")
        # the longest numeral that reads as a number: 一 of 一二十大报告, 十一 of 十一届…
        size = next((size for size in range(len(digits), 0, -1) if _numeral(digits[:size])), 0)
        if not size:
            return
        parsed.append((match.group("label"), _numeral(digits[:size]), match.start("n") + size))
    values = [value for _, value, _ in parsed]
    if len({label for label, _, _ in parsed}) > 1 or any(b <= a for a, b in pairwise(values)):
        return
    for mark, (_, _, end) in zip(run.marks, parsed, strict=True):
        words = strip_punct(mark.item[end:])
        if han_len(words) >= 2:
            mark._item = words


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

    A mark that continues no run of its own key may carry another run's next number in another
    style (see _slipped_into); a mark that opens its paragraph may start a run at a later number
    (see _can_start), and a run of paragraphs it starts is no point of a run inside an earlier
    paragraph's sentences (see _inline).

    A stray mark (by id in `strays`) joins no run; a run that starts after it, ranking deeper,
    has it as its parent when it is nearer than the enclosing run's item.
    """
    stack: list[Enumeration] = []
    runs: list[Enumeration] = []
    opener: tuple[int, Enumeration] | None = None  # the paragraph's opening mark's run
    stray: Mark | None = None
    latest: dict[tuple[str, int, str], Mark] = {}  # the last mark of each key taken in a run
    # a run of paragraph-opening ordinals that a list of points closed, and the open runs (with
    # their last marks) that it stood inside then (see _reopens)
    closed: dict[tuple[str, int, str], tuple[Enumeration, list[tuple[Enumeration, Mark]]]] = {}

    def close_from(index: int) -> None:
        for at in range(index, len(stack)):
            if stack[at].kind in _ORDINAL_RUNS:
                closed[stack[at].key] = (stack[at], [(run, run.marks[-1]) for run in stack[:at]])
        runs.extend(stack[index:])
        del stack[index:]

    turn = first_turn = piece = -1
    for mark in marks:
        if mark.piece != piece:
            # (the next piece of a compilation: its lists are its own, under nothing of the piece before)
            piece, stray = mark.piece, None
            close_from(0)
            closed.clear()
            latest.clear()
        if mark.turn != turn:
            # (a reporter's question between them: the answer after it opens lists of its own, under
            # no point of the answer before, which went on to the question; the document's own
            # headings open before the first question go on, a report's ## 一、… around a quoted turn)
            turn, stray = mark.turn, None
            first_turn = turn if first_turn < 0 else first_turn
            framing = [run.kind in _FRAMING_KINDS and run.marks[0].paragraph < first_turn for run in stack]
            close_from(framing.index(False) if False in framing else len(stack))
            closed.clear()
        if id(mark) in strays:
            stray = mark
            continue
        for index in range(len(stack) - 1, -1, -1):
            if stack[index].kind in _UNNUMBERED and _ended(stack[index], mark):
                runs.append(stack.pop(index))
        key = mark.key
        same = next((i for i, run in enumerate(stack) if run.key == key), None)
        if same is None and key in closed and _reopens(*closed[key], stack, mark):
            run, outer = closed.pop(key)
            runs[:] = [other for other in runs if other is not run]  # (by identity: runs compare by value)
            close_from(len(outer))
            stack.append(run)
            same = len(stack) - 1
        if same is None and mark.kind == "order" and mark.number == _ORDER["最后"]:
            same = _closed_by_last(stack)
        slip = None
        own = latest.get(key)
        if (same is None or not _continues(stack[same], mark)) and not (
            own and own.number == mark.number - 1
        ):
            slip = _slipped_into(stack, mark)
        if same is not None and slip is None and _continues(stack[same], mark):
            close_from(same + 1)
            run = stack[same]
        elif slip is not None:
            close_from(slip + 1)
            run = stack[slip]
        else:
            first_of_key = same is None or _announced_apart(stack[same].marks[-1], mark)
            if mark.glued or not _can_start(mark, first_of_key):
                continue
            while mark.opening and stack and _inline(stack[-1], mark):
                runs.append(stack.pop())  # (a set of paragraphs is no point of a sentence's set)
            if stack and stack[-1].marks[-1].question and _NAMES_A_QUESTION.search(mark.item):
                # (a heading that names a question, 一、问题一参考答案, is no point of the question
                # above it: the questions' run ends, and the answers' part runs on its own)
                outer = len(stack)
                while outer and stack[outer - 1].marks[-1].question:
                    outer -= 1
                close_from(outer)
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
        latest[key] = mark
        if opener is None or opener[0] != mark.paragraph:
            opener = (mark.paragraph, run)
    close_from(0)
    return runs


# A question named by its number (问题一, 第二题, 第3问, 题四): in a heading, the part of an answer key
# that answers it (一、问题一参考答案, 二、第二题答题要点), never a point of another question.
_NAMES_A_QUESTION = re.compile(
    r"问题\s*[一二三四五六七八九十\d]+|第\s*[一二三四五六七八九十\d]+\s*[题问]|题\s*[一二三四五六七八九十\d]+"
)


# Ordinals that open paragraphs (第一，… 一是… 首先，…): the author's own points, whose items may
# hold lists of points of their own (1、2、3、).
_ORDINAL_RUNS = ("shi", "di", "order")


def _reopens(
    run: Enumeration, outer: list[tuple[Enumeration, Mark]], stack: list[Enumeration], mark: Mark
) -> bool:
    """Whether `mark` goes on with a run of paragraph-opening ordinals that a list of points under
    its last item closed (第一，精心做好准备。 1、摸清底数 2、制定方案 第二，扎实组织实施): the next
    number, opening its paragraph, with the runs that `run` stood inside still open and not gone
    on meanwhile (二、… between them starts another section, whose 第二 is another list's)."""
    last = run.marks[-1]
    if not (mark.opening and last.opening and _continues(run, mark)) or mark.number != last.number + 1:
        return False
    if len(stack) < len(outer) or any(
        stack[i] is not r or r.marks[-1] is not m for i, (r, m) in enumerate(outer)
    ):
        return False
    return all(_after(opened.marks[0], last) for opened in stack[len(outer) :])


def _inline(run: Enumeration, mark: Mark) -> bool:
    """A run of two or more markers all inside one paragraph before `mark`, none opening it (我理解
    至少有三条理由。第一，…第二，…第三，…); not one marker glued to a heading line (…的关键1、…)."""
    first, last = run.marks[0], run.marks[-1]
    if len(run.marks) < 2 or first.paragraph != last.paragraph or last.paragraph >= mark.paragraph:
        return False
    return not any(m.opening for m in run.marks)


def _closed_by_last(stack: list[Enumeration]) -> int | None:
    """The open run of 第一/一是 that 最后 ends (第一，…第二，…最后，…), if one is open and no
    run of 首先 … is; not a run of ordinals that count something (第一个方面, 第一步)."""
    plain = ("shi", "di")
    return next(
        (i for i in range(len(stack) - 1, -1, -1) if stack[i].kind in plain and not stack[i].key[2]), None
    )


def _after(mark: Mark, other: Mark) -> bool:
    return (mark.paragraph, mark.start) > (other.paragraph, other.start)


def _rank_of(mark: Mark, stack: list[Enumeration]) -> float:
    """The rank of a run `mark` starts with `stack` open (see _RANK).

    Labelled sections of another label start inside the open one (【考点五】 … 金句1：, 金句2：);
    labelled points inside the innermost numbered heading open (三、十大工作任务 … 任务一：).
    Paragraphs opened by 第一， 一是 or 首先 with no heading open are the document's own outline:
    the numbered headings under them nest inside.
    """
    if mark.kind == "md_heading":
        return mark.depth - 10
    if mark.kind in _LABELLED:
        labelled = [run.rank + _NESTED for run in stack if run.kind in _LABELLED]
        if labelled:
            return max(labelled)
        ranked = [
            run.rank
            for run in stack
            if (run.kind in _RANK or run.kind == "md_heading") and run.marks[-1].opening
        ]
        if ranked and (mark.kind == "label" or mark.label == "题"):
            # (三、十大工作任务 then 任务一：…, 任务二：…; a paper's part 三、参考答案 then 第1题…)
            return max(ranked) + _NESTED
        return _RANK[mark.kind]
    if mark.kind in _RANK:
        return _RANK[mark.kind]
    if not stack and mark.opening and mark.kind in ("shi", "di", "order"):
        return _TOP_RANK  # (第一个方面，… with （一） under it)
    return max(_FREE_RANK, stack[-1].rank + _NESTED) if stack else _FREE_RANK


def _ended(run: Enumeration, mark: Mark) -> bool:
    """A run of dashes or glyphs ends after a paragraph without one; a run of glyph-led lines
    that each announce a list (🏢企业…：①…⑦ 👨‍👩‍👧个人…：⑧…) at a paragraph that no marker
    opens; a Markdown list at a paragraph that is no list item, or at an item after one that
    says it is the last (首先，… 其次，… 最后，…: a slide's closing words after it are not its). A
    paragraph inside a list item (its explanation, indented under it) ends only the lists nested
    deeper than that item, not the item's own."""
    last = run.marks[-1]
    if run.key[2] == _HEADER:
        return mark.last_unmarked > last.paragraph
    if run.kind in _OPENING_KINDS:
        return mark.paragraph > last.paragraph + 1
    if run.kind == "bullet":
        inside = (index for depth, index in mark.last_inside.items() if depth < last.depth)
        return (
            mark.last_plain > last.paragraph
            or any(index > last.paragraph for index in inside)
            or (mark.kind == "bullet" and mark.depth <= last.depth and last.says_last)
        )
    return False


def _can_start(mark: Mark, first_of_key: bool) -> bool:
    """A run starts at its first number; or, where its marker opens the paragraph and no run of
    its key is open, at a later one: the list's first items are elsewhere (an excerpt starting at
    第二章) or its numbering runs on from the section before (1.–3. under （一）, 4.–6. under （二）)."""
    if mark.number in (0, 1):
        return True
    return mark.opening and first_of_key and mark.kind in _NUMBERED and mark.number >= 2


def _slipped_into(stack: list[Enumeration], mark: Mark) -> int | None:
    """The open run (its index in `stack`, innermost first) whose next number a marker of another
    style carries: an author's slip in a run of paragraphs (任务三 then 4、 then 任务五; （二） then
    3. then （四）; 第二， then 三是 then 第四，). Paragraph-opening markers only, into a run of
    paragraph-opening markers; not a marker whose own style's numbering it continues (1. 2. under
    （一）, then 3. under （二）: see _runs)."""
    if not mark.opening or mark.kind not in _NUMBERED or mark.number < 2:
        return None
    for index in range(len(stack) - 1, -1, -1):
        run = stack[index]
        last = run.marks[-1]
        if run.key == mark.key or run.kind not in _NUMBERED:
            continue
        if last.opening and last.paragraph < mark.paragraph and last.number == mark.number - 1:
            if _announced_apart(last, mark):
                continue
            return index
    return None


def _continues(run: Enumeration, mark: Mark) -> bool:
    last = run.marks[-1]
    if mark.kind in _LAYOUT_KINDS:
        return True  # (a list item of another list has ended this one: see _ended)
    if mark.kind in _OPENING_KINDS:
        return mark.paragraph == last.paragraph + 1 or mark.label == _HEADER  # (see _ended)
    if mark.kind == "order" and run.kind != "order":
        return True  # 最后 ends a run of 第一 … (see _closed_by_last)
    if mark.kind == "order":
        return last.number != 99 and (
            mark.number > last.number or mark.number == 99 or mark.number == last.number == _ORDER_MIDDLE
        )
    if _announced_apart(last, mark):
        return False
    if mark.number == last.number + 1:
        return True
    # a run of paragraphs survives a slip in its numbering: a number skipped (12. then 14.) or
    # written twice (二、廉洁自律情况 then 二、存在不足)
    slip = mark.number == last.number + 2 or mark.number == last.number >= 2
    return slip and mark.opening and last.opening and last.paragraph < mark.paragraph


def _announced_apart(last: Mark, mark: Mark) -> bool:
    """Whether a line of its own announces `mark` (企业…（7个）：①…⑦ 个人…（6个）：⑧…): its
    numbering may run on, but it opens another list."""
    return mark.announced and last.paragraph < mark.paragraph - 1


# The labels an answer key sets over each question's answer or note (第一题参考答案, （一）【参考答案】,
# 1. B。解析：…): a run whose items say one of them again and again marks where the answers begin;
# the answers' points are the lists under it, not the labels, which still head those lists. (A run
# of parts named once each, 审题思路, 参考答案, 得分点, is a handout's plan and stays a list.)
_ANSWER_LABEL = re.compile(r"(?:参考)?(?:答案|范文)(?:及解析)?|解析")
_LABEL_BRACKETS = re.compile(r"[【】\[\]〔〕\s]")


# An answer key's heading over one question's answer, naming the question (问题一参考答案, 第二题答案要点,
# 问题四参考范文提纲): where that answer stands, nothing of it to recall.
_QUESTIONS_ANSWER = re.compile(
    rf"(?:{_NAMES_A_QUESTION.pattern})\s*(?:的)?(?:参考|答题|作答)?(?:答案|范文|提纲|解析|要点|思路)+"
)


def is_answer_key(items: list[str]) -> bool:
    """Whether at least half of a run's `items` are an answer key's labels, one of them said twice
    or more, or every item heads one question's answer by its number (see _QUESTIONS_ANSWER): the
    run is no list to recall."""
    bare = [_LABEL_BRACKETS.sub("", item) for item in items]
    if bare and all(_QUESTIONS_ANSWER.fullmatch(label) for label in bare):
        return True
    labels = [label for label in bare if _ANSWER_LABEL.fullmatch(label)]
    return 2 * len(labels) >= len(items) and len(labels) > len(set(labels))


def _questions(run: Enumeration) -> bool:
    """A run of exam questions (a blank to fill in, a score): not a list of points to recall."""
    return 2 * sum(1 for mark in run.marks if mark.question) >= len(run.marks)


# Points a marking scheme gives (6分, 共15分, 每点2分；, 酌情扣分), not a time or a share (3分钟, 三分之一).
_SCORE = re.compile(r"\d+(?:\.\d+)?\s*分(?![\u4e00-\u9fff])|[扣给]分")
# What an answer is marked on (答出“…”, 每点2分): the words of a scheme that marks a written answer.
_MARKING = re.compile(r"答出|写出|答到|答对|每点|每个要点|酌情")


def _score_lines(run: Enumeration) -> bool:
    """A marking scheme's lines (①表现部分共6分，答出…；②语言表达1分): every item gives points, some
    item's words to recall are a score, and some item says what an answer must hold to earn them.
    A scheme's criteria named before their points (（1）立意准确：…（10分）) are worth recalling:
    their names hold no score; so is the table of points a policy's assessment gives (党建工作占30分),
    which marks no answer."""
    return (
        all(_SCORE.search(mark.body) for mark in run.marks)
        and any(_SCORE.search(mark.item) for mark in run.marks)
        and any(_MARKING.search(mark.body) for mark in run.marks)
    )


def item_text(body: str, kind: str = "", shortest: int = _SHORT) -> str:
    """The words a candidate must produce: the opening clause, without trailing punctuation.

    A heading is often run into its first sentence with no break (一、基层统战工作的意义基层统战
    工作是指…); for headings the clause is cut where the body starts. A clause that breaks off
    inside a bracket ends before it (首次提出的时间和地点（2023年9月，黑龙江）), and one that
    goes on after a dash (对党忠诚、不负人民——年轻干部的第一位要求) ends at the dash; a
    half-width full stop between words ends it as 。 does (巩固党的执政根基.基层是…). An opening
    clause shorter than `shortest` is a cue (首先，) and the next clause the item. A bracket that
    glosses the item (spells out its members, dates it, says far more than its words) is no part
    of it (四个意识（政治意识、大局意识、…）, 六个坚持（进一步全面深化改革的原则）: see _gloss).
    """
    if kind in _SECTION_KINDS:
        body = _without_remark(body)
    body = _HALF_WIDTH_STOP.sub("。", body)
    clause = opening_clause(body, shortest)
    if body.lstrip().startswith(clause) and (whole := _whole_book_title(body.lstrip(), clause)):
        clause = whole  # (a title's comma is no break: 《学在深处，用在实处》 is one item)
    frame = _BARE_PLACE_FRAME.match(body)
    if frame is not None and clause == clauses(body)[0] and _frames_a_place(strip_punct(frame.group())):
        clause = opening_clause(body[frame.end() :], shortest)
    dash = clause.find("——")
    if dash >= 0 and _COUNT_TAIL.match(clause[dash:]):
        dash = -1  # (重点任务——7个方面: the count is the title's)
    for cut in (_unclosed_bracket(clause), dash, _gloss(clause)):
        if cut > 0 and han_len(clause[:cut]) >= 2:
            clause = clause[:cut]
    clause = strip_punct(clause)
    if kind in _HEADING_KINDS:
        clause = heading_part(clause)
    if _BRACKETED.fullmatch(clause):
        return clause[1:-1].strip()  # 第一题（综合分析）: what the brackets hold
    return clause


def _whole_book_title(body: str, clause: str) -> str:
    """The opening clause run on past the 》 that closes a book title it opens and leaves open, to
    the clause's end after it, when no sentence ends inside the title; '' else."""
    if clause.count("《") <= clause.count("》"):
        return ""
    close = body.find("》", len(clause))
    if close < 0 or re.search("[。！!？?\n]", body[len(clause) : close]):
        return ""
    end = _CLAUSE_BREAK.search(body, close)
    return body[: end.start() if end else len(body)]


# A place or setting the point is made in, without the 在 that would open it (“三治融合”中：自治是基础…;
# 百年党史中，…; 笔试里，…): a frame, as 在…中 is (see text.opening_clause), not the point. (A clause with
# 在 in it, 端在自己手中, says where something is put, as one that opens with a verb does, 融入…中.)
_BARE_PLACE_FRAME = re.compile(r"\s*[^在，,。；;：:！!？?\s]{2,12}[中里]\s*[，,：:]\s*(?=\S)")


def _frames_a_place(clause: str) -> bool:
    """A bare place frame (see _BARE_PLACE_FRAME): a noun phrase whose 中 or 里 is a word of its own
    after a name or a noun (百年党史 中), not the end of a word (由表及里, 集中). A verb anywhere
    before it (a word jieba knows only as a verb), or a word that moves or handles a thing (把, 将, 到, 走), makes the clause a point
    that goes somewhere (融入…中, 走到群众中, 把功夫下到基层里)."""
    said = [word for word in words(clause) if han_len(word)]
    if len(said) < 2 or said[-1] not in ("中", "里"):
        return False
    return not any(word in verbs() or any(char in _MOVING for char in word) for word in said[:-1])


_MOVING = "把将到走"  # (a coverb or verb of motion glued into a longer word: 下到, 走进)


def _without_remark(title: str) -> str:
    """A section title without the note to the reader in brackets at its end (（直接背！）); a count
    of what it holds is no note (个人理解（三句话）)."""
    remark = _REMARK.search(title)
    if remark is None or han_len(title[: remark.start()]) < 2:
        return title
    return title if _COUNT_NOTE.fullmatch(remark.group().rstrip("。.！! ")) else title[: remark.start()]


def _gloss(clause: str) -> int:
    """Where a bracket that glosses the words before it starts, else -1: one after a phrase of four
    or more characters (no series: …新就业群体（快递小哥、外卖骑手） glosses one member) that holds
    a series (、), a date (动员部署阶段（2025年3月）) or more than twice its characters (总要求
    （二十字方针）, a short item and its name, and 系统阐述的场合（中央政治局集体学习） stay whole)."""
    match = _FIRST_BRACKET.search(clause)
    if match is None or "、" in clause[: match.start()]:
        return -1
    head, inside = han_len(clause[: match.start()]), match.group(1)
    glosses = "、" in inside or han_len(inside) > 2 * head or bool(_DATE.fullmatch(inside))
    return match.start() if head >= _SHORT and glosses else -1


def _unclosed_bracket(text: str) -> int:
    """Where the last bracket that `text` opens and does not close starts, else -1."""
    opened = max(text.rfind("（"), text.rfind("("))
    return opened if opened > max(text.rfind("）"), text.rfind(")")) else -1


# A half-width full stop between words, as notes typed with an English keyboard end a sentence
# (政治上：巩固党的执政根基.基层是党执政的根基所在): not one inside a number (2024.1.31).
_HALF_WIDTH_STOP = re.compile(r"(?<=[\u4e00-\u9fff”）])\.(?=[\u4e00-\u9fff“（])")
_HEADING_KINDS = ("heading", "paren_cn", "arabic")
# A section title's closing remark in brackets is a note to the reader (（直接背！）, （重点）).
_SECTION_KINDS = ("md_heading", "chapter", "label")
# The runs of a document's own headings, which a reporter's question does not close (see _runs).
_FRAMING_KINDS = (*_SECTION_KINDS, *_HEADING_KINDS)
_BRACKETED = re.compile(r"[(（][^()（）]+[)）]")
_FIRST_BRACKET = re.compile(r"[(（]([^()（）]+)[)）]")
_DATE = re.compile(r"(?=.*\d)[\d年月日底初中旬上下至到起止—\-－~～.．\s]+")
_REMARK = re.compile(r"[(（][^()（）]*[)）][\s。.！!]*$")
# A count of what a section holds, in brackets or after a dash at the end of its title (个人理解（三句话）,
# 重点任务——7个方面): how many points the learner recalls under it, part of the title, not a note to
# the reader as （直接背！） is.
_COUNT = rf"(?:[{NUMERALS}两几]+|\d+)\s*(?:个|句|条|点|项|类|大|方面)[\u4e00-\u9fff]{{0,3}}"
_COUNT_NOTE = re.compile(rf"[(（]{_COUNT}[)）]")
_COUNT_TAIL = re.compile(rf"——{_COUNT}(?:$|[(（])")
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


# A model essay's title on its own labelled line (标题：以“下沉”之功换群众“获得”之感, 参考题目：…): no
# sentence, no task (题目：结合材料，自拟题目，写一篇… asks for one), no more than a headline's length.
_ESSAY_TITLE = re.compile(
    r"\W{0,2}(?:参考|拟)?(?:标题|题目)\s*[：:]\s*(?P<title>[^，,。；;！!？?：:]{4,40}?)\s*"
)
_ESSAY_WORDS = re.compile(rf"{MODEL_ESSAY}|提纲|议论文|大作文|分论点")
_ESSAY_POINT = "分论点"
# A task's words, which no essay's title holds (写一篇, 自拟题目, 给定资料)
_ESSAY_FORMULA_WORDS = re.compile(r"写一篇|自拟|给定(?:资料|材料)|材料")


@dataclass(frozen=True)
class EssayTitle:
    """A model essay's title over the run of its points, and what names the essay (问题四范文)."""

    paragraph: int
    title: str
    essay: str


def essay_title(run: Enumeration, paragraphs: list[Paragraph]) -> EssayTitle | None:
    """The title of the model essay whose points `run` numbers (分论点一：… under 标题：…): a title
    line (see _ESSAY_TITLE) between the run's parent and its first mark, the run's marks labelled
    分论点 or the heading over them naming an essay (范文, 提纲, 议论文). A learner of an answer key
    recites the title with the points: it heads them. The essay is named by the question it answers
    (问题四, 第三题) where the heading says so."""
    first = run.marks[0].paragraph
    start = run.parent.paragraph + 1 if run.parent is not None else max(0, first - 3)
    heading = run.parent.rest if run.parent is not None else ""
    if not (all(mark.label == _ESSAY_POINT for mark in run.marks) or _ESSAY_WORDS.search(heading)):
        return None
    for index in range(first - 1, start - 1, -1):
        found = _ESSAY_TITLE.fullmatch(paragraphs[index].text)
        if found and not is_task(found["title"]) and not _ESSAY_FORMULA_WORDS.search(found["title"]):
            question = _NAMES_A_QUESTION.search(heading)
            essay = f"{question.group() if question else ''}范文"
            return EssayTitle(index, _unquoted(found["title"]), essay)
    return None


def _unquoted(title: str) -> str:
    """A title without the book-title marks or quotation marks around it whole (《…》, “…”), not
    a quotation's own mark (以“店小二”精神擦亮营商环境“金名片” keeps its last ”)."""
    for opening, closing in ("《》", "“”"):
        inner = title[1:-1]
        if title[:1] == opening and title[-1:] == closing and opening not in inner and closing not in inner:
            return inner
    return title


def lead_for(run: Enumeration, paragraphs: list[Paragraph], title: str) -> str:
    """The words that introduce the set (see module docstring), given a subject where they only
    announce that a set follows (see _with_subject). A run of points' labels (see _label_run) asks
    for them by name: its points' own list has the same lead."""
    parent = run.parent
    marker = paragraphs[parent.paragraph].text[parent.start : parent.body_start].strip() if parent else ""
    lead = _with_subject(_introduction(run, paragraphs, title), run, title, marker)
    return f"{lead.rstrip('：:')}{LABELS_ASKED}" if run.labels else lead


LABELS_ASKED = "：各条开头的小标题"


def _introduction(run: Enumeration, paragraphs: list[Paragraph], title: str) -> str:
    """The words that introduce the set as the text writes them.

    A study note's label of a part alone on the line before the set (【对策】) says what the set is
    of the item it stands under (县域商业体系建设：对策). The last sentence of the paragraph right
    before the set introduces it too when it names a
    numbered concept (“五个强化”甩给你, 最后，我给大家提三点希望。), asks the question the set
    answers (有何战略之策?) or announces what follows (要重点抓好以下工作。).
    """
    first = run.marks[0]
    text = paragraphs[first.paragraph].text
    if run.parent is not None and run.parent.paragraph == first.paragraph:
        # the item this set is part of, or the words that introduce the set in it (最后，…，关键要
        # 做到“三个坚持”：一是…)
        between = text[run.parent.body_start : first.start].strip()
        return _last_clause(between) if between.endswith((":", "：")) else run.parent.item
    before = text[: first.start].strip()
    if han_len(before) >= 2 and not first.opening:  # (not the subject of 县里首先…)
        return _last_clause(before)
    if first.paragraph > 0 and (run.parent is None or run.parent.paragraph < first.paragraph - 1):
        previous = paragraphs[first.paragraph - 1].text.rstrip()
        label = PART_LABEL.fullmatch(previous)
        if label:
            # (【对策】 over 一是…四是: the topic's 对策, not a sentence of the part above it)
            # (under no item, the label alone: the title is put before it where it asks (标题：编者按))
            topic = run.parent.item if run.parent is not None else ""
            return f"{topic}：{label['label']}" if topic else label["label"]
        if previous.endswith((":", "：")):
            return _last_clause(previous)
        said = sentences(previous) or [previous]
        last = said[-1].strip()
        if _introduces(last):
            # (a paragraph of that one sentence is the lead whole)
            return last.rstrip("。.！!？? ") if len(said) == 1 else _naming_clause(last.rstrip("。.！!？? "))
    if run.parent is not None and run.parent.item:  # (【材料二】 alone on its line names nothing)
        return run.parent.item
    return title


# Words that only announce that a set follows, whatever it is about: a report's formula (现将…报告
# 如下, 现就有关问题解读如下), a discourse turn (具体而言, 具体来看), having and counting (主要有以下几个方面,
# 包括, 三点, 5 个), and the words that tie them (_TIES: 的, 在, 为, taken only as words of their own,
# so that 存在, 作风 and 统一 keep their 在, 作 and 一).
_ANNOUNCING = re.compile(
    "现将|现就|现把|下面|具体(?:而言|来说|来看|地)?|概括起来|归纳起来|总结起来|总的来看|有关|相关|主要|重点|分项"
    "|报告|汇报|解读|解答|通知|通报|总结|说明|介绍|整理|如下|以下|下列|情况|表现在|体现在|体现为|集中|包括"
    rf"|(?:[{NUMERALS}两几]|\d+)\s*(?:个|点|项|条|大|类|层)|\d+|方面|层面"
)
_TIES = frozenset(f"答有是为在作将就把的了其几现两{NUMERALS}")
# The nouns a report's formula names what follows with (现就有关问题解读如下, 具体内容如下): no kind.
_FORMULA_NOUNS = re.compile("(?:有关|相关|主要|具体)(?:问题|事项|内容|情况)")
# The kind of thing a set is, which a formula may name without saying of what (主要有三方面举措, 原因
# 主要有三点, 问题如下): worth keeping once a subject stands before it.
_KIND_WORDS = re.compile(
    "原因|根源|举措|措施|做法|问题|不足|内容|事项|考虑|体会|策略|要求|任务|目标|特点|亮点|经验|变化|思路|原则|工作"
)
_QUESTION_WORDS = re.compile("[?？]$|哪些|什么|为什么|如何|怎么|怎样")
_QUOTED_NAME = re.compile('[“「"][^”」"]+[”」"]')
_SUBJECT_LEAST = 3  # Han characters a lead keeps beside those words when it says what the set is about


def _with_subject(lead: str, run: Enumeration, title: str, marker: str = "") -> str:
    """A lead that only announces that a set follows (现将调研情况报告如下, 具体如下, 主要有以下几个方面)
    says nothing a learner can answer from: the item the set stands under, else the document's
    title, asks for it instead (so does a question that item asks: 有哪些具体举措？, with the lead's
    words after it where they count the set: 主要基于三个方面的考虑).

    One that names the kind of thing the set is but not of what (主要有三方面举措, 原因主要有三点)
    keeps its words after that subject where the set stands under a section's heading; not under
    an item of points (it may be a point the set does not belong to), nor where only the title is
    there (compose finds the heading above the set). A lead of a few words with more than the
    formula (问题, 答题思路) is compose's to place; one that quotes a name (做到“三个严禁”) says
    what the set is. `marker`: the parent item's marker as written (第一题)."""
    if run.parent is not None and run.parent.question:
        return lead  # (an exam question is no heading: the answer's own words introduce its points)
    place = run.parent.item if run.parent is not None and run.parent.item else title
    if not lead or lead in (title, place) or _QUOTED_NAME.search(lead):
        return lead
    last = re.split("[，,：:]", lead)[-1]
    if han_len(lead) > han_len(last) + 1:
        return lead  # (the clause before says what the set is about: 耐心做好群众工作，具体如下)
    rest, kinds = _beside_formula(last)
    reported = _subject_words(last) if _REPORTED.search(last) else []
    if reported and all(word in place for word in reported):
        return place  # (现将其现实表现报告如下 under 王建华同志现实表现材料: the title says what is reported)
    if rest >= _SUBJECT_LEAST or ((rest or kinds) and han_len(lead) < PROMPT_MIN):
        return lead
    if place != title and han_len(place) < _SHORT:
        return lead  # (a heading of a word or two labels the part: 问题, 对策)
    if not kinds:
        return place
    if run.parent is None or not (run.parent.kind in _RANK or run.parent.kind == "md_heading"):
        return lead
    if (_QUESTION_WORDS.search(place) or all(kind in place for kind in kinds)) and not has_term(lead):
        return place
    if run.parent.kind == "chapter" and run.parent.label == "题" and names_a_part(place):
        place = f"{marker.rstrip('：:')}{place}"  # (参考答案 alone would not say which question's)
    named = f"{place}：{lead}"
    return named if han_len(named) <= PROMPT_MAX else lead


def _beside_formula(clause: str) -> tuple[int, list[str]]:
    """How many Han characters of `clause` say more than a formula that announces a set, and the
    kinds of thing it names (举措 of 主要有三方面举措)."""
    said = _FORMULA_NOUNS.sub("", clause)
    rest = _ANNOUNCING.sub(" ", _KIND_WORDS.sub(" ", said))
    return han_len("".join(word for word in words(rest) if word not in _TIES)), _KIND_WORDS.findall(said)


# A report's formula that says what it reports (现将其现实表现报告如下, 现将工作情况汇报如下).
_REPORTED = re.compile("(?:报告|汇报|说明|介绍)如下")


def _subject_words(clause: str) -> list[str]:
    """The words of `clause` beside a formula that announces a set (see _beside_formula), kinds and
    all: what it says the set is about (现实表现 of 现将其现实表现报告如下)."""
    rest = _ANNOUNCING.sub(" ", _FORMULA_NOUNS.sub("", clause))
    return [word for word in words(rest) if word.strip() and word not in _TIES and HAN.search(word)]


def _introduces(sentence: str) -> bool:
    """A sentence that names a numbered concept, asks a question or announces what follows."""
    if han_len(sentence) > 40:
        return False
    question = sentence.endswith(("?", "？")) and han_len(sentence) <= 20
    return question or bool(_FOLLOWING.search(sentence)) or has_term(sentence)


_FOLLOWING = re.compile("以下|如下")


def _naming_clause(sentence: str) -> str:
    """The clause of an introducing sentence that names the set or announces it (我给大家提三点希望
    of 最后，我给大家提三点希望; 现将有关情况汇报如下 of …，请同志们批评指正), with the clause
    before it when it is very short; a question whole. Quotation marks stay (“五个强化”甩给你)."""
    pieces = [piece.strip() for piece in re.split(r"[，,；;：:]", sentence) if piece.strip()]
    naming = [i for i, piece in enumerate(pieces) if _FOLLOWING.search(piece) or has_term(piece)]
    if sentence.endswith(("?", "？")) or len(pieces) < 2 or not naming:
        return sentence.strip(_CLAUSE_MARKS)
    at = naming[-1]
    lead = pieces[at]
    if han_len(lead) < 6 and at > 0:
        lead = pieces[at - 1] + "，" + lead
    return lead.strip(_CLAUSE_MARKS)


_CLAUSE_MARKS = "，,。；;：:！!？? "


def _last_clause(text: str) -> str:
    """The clause that ends `text`, the lead of the set after it; an exam handout's label that opens
    it goes (【材料节选】某市在…中 → 某市在…中)."""
    text = EXAM_LABEL.sub("", text, count=1)
    parts = [p for p in re.split(r"[。！？!?；;]", text.strip().rstrip(":：，,. ")) if p.strip()]
    sentence = parts[-1] if parts else text
    pieces = clauses(sentence)
    if not pieces:
        return strip_punct(sentence)
    lead = pieces[-1]
    # a very short last clause (如下, 主要有) needs the one before it; so does one that opens with what
    # must be done and no doer (要着力在以下五个方面下功夫) after the aim it serves (促进共同富裕，)
    if len(pieces) > 1 and (han_len(lead) < 6 or _serves_aim_before(pieces[-2], lead)):
        lead = pieces[-2] + "，" + lead
    return strip_punct(lead)


# What a clause opens with when it says what must be done without saying by whom or for what (要…,
# 必须…, 关键要…), as a word of its own (not 要素, 要点, 要求): the clause before it may name the aim.
# (compose reads a heading's clause that tells a doer what must be done by the same words.)
MUST = re.compile("(?:关键|重点|就|更|还|也)?(?:要|必须|需要|应当|应该|务必)")
# An aim says what is to be done: it opens with a verb (促进共同富裕), or 为 and a verb (为推动县域经济转型).
_AIM_TAGS = frozenset({"v", "vn"})
# Verbs that open a frame, not an aim (面对新形势, 结合我县实际, 围绕中心工作), and 是, which opens the
# rest of a sentence (…的目标是建成教育强国，应当…).
_NO_AIM_VERBS = frozenset(
    {"是", "面对", "面临", "结合", "围绕", "针对", "立足", "按照", "依照", "对照", "鉴于", "通过"}
)
# A clause that opens with a verb and is still no aim: words of who said it (认真学习总书记强调),
# a frame ending in 中 (推进工作中), a clause that announces the set itself (存在以下五种倾向，需要引起
# 高度警惕: the clause after it comments on the set).
_NO_AIM = re.compile("(?:强调|指出|表示|提出|认为|要求|说|中)$|以下|如下|下列")
_AIM_LEAST = 4  # Han characters of an aim (促进共同富裕); fewer is a connective (对此, 同时)


def _serves_aim_before(before: str, clause: str) -> bool:
    """Whether `clause` opens with what must be done (要, 必须: MUST) and `before` names the aim it
    serves: a clause that opens with a verb of its own (see _opens_with_aim), not a speaker's, a
    frame's or one that announces the set (see _NO_AIM). Not where the clause quotes the set's name
    (关键要做到“三个坚持”): the name says what the set is."""
    before = before.strip()
    return (
        _opens_with_must(clause)
        and not _QUOTED_NAME.search(clause)
        and han_len(before) >= _AIM_LEAST
        and _opens_with_aim(before)
        and not _NO_AIM.search(before)
        and han_len(before + clause) <= PROMPT_MAX
    )


def _opens_with_must(clause: str) -> bool:
    """Whether `clause` opens with MUST's words ending where a word ends (要着力…, 关键要…; not 要素保障…)."""
    must = MUST.match(clause)
    return must is not None and must.end() in word_ends(clause)


def _opens_with_aim(clause: str) -> bool:
    """Whether `clause` opens with a verb, after 为 or 为了 (促进共同富裕, 为推动县域经济转型), and
    not one of a frame (面对新形势新任务, 结合我县实际): no connective (综上所述, 与此同时), time
    (新时代新征程上), doer (各级党组织) or speaker (会议号召) opens an aim."""
    tokens = [word for word in words(clause) if word.strip()]
    if tokens and tokens[0] in ("为", "为了"):
        tokens = tokens[1:]
    return bool(tokens) and tokens[0] not in _NO_AIM_VERBS and word_tags().get(tokens[0]) in _AIM_TAGS


def counted_items(run: Enumeration, paragraphs: list[Paragraph]) -> list[str]:
    """The run's items, where the line that announces them counts one or more than its marks (本质要求
    （9条）：over eight bullets) and some items each hold clauses in step, all opening with one word of
    two characters or more (坚持中国共产党领导，坚持中国特色社会主义): a writer who put two members on one
    line; each clause is an item then. Only where the clauses bring the items to the count exactly,
    and only of marks that number nothing (bullets, dashes): a numbered item (一、加强学习，加强实践)
    is one point by the writer's own count, whatever the line before says. Else the items are the
    marks' as ever."""
    items = [mark.item for mark in run.marks]
    first = run.marks[0]
    if run.kind not in _UNNUMBERED or not first.opening or first.paragraph == 0:
        return items
    count = _ANNOUNCED_COUNT.search(paragraphs[first.paragraph - 1].text)
    wanted = (numeral_value(count.group(1)) or 0) if count else 0
    if wanted <= len(items):
        return items
    split = [_clauses_in_step(mark.body) or [item] for mark, item in zip(run.marks, items, strict=True)]
    if sum(map(len, split)) != wanted:
        return items
    return [item for parts in split for item in parts]


# A count that announces the list after it (本质要求（9条，难背）：, 主要有以下五个方面：).
_ANNOUNCED_COUNT = re.compile(rf"([{NUMERALS}两]{{1,3}}|\d{{1,2}})\s*(?:条|项|个|点|方面)")
_IN_STEP_CLAUSE = 4  # Han characters of each clause that may be an item of its own at the least


def _clauses_in_step(body: str) -> list[str]:
    """The clauses of a list item's text when there are two or more, each of _IN_STEP_CLAUSE
    characters or more and all opening with one word of two characters or more (坚持A，坚持B); []
    else."""
    parts = [strip_punct(part) for part in clauses(body)]
    if len(parts) < 2 or any(han_len(part) < _IN_STEP_CLAUSE for part in parts):
        return []
    opening = words(parts[0])[0]
    if han_len(opening) < 2 or not all(words(part)[0] == opening for part in parts[1:]):
        return []
    return parts


def context_of(run: Enumeration) -> str:
    """The full text of each item, for the back of the card."""
    return numbered_notes([shorten(mark.body) for mark in run.marks])


def numbered_notes(notes: Sequence[str]) -> str:
    """Each item's note on a line of its own under the item's number (2. …), for the back of a list
    card; an item with nothing to say gets no line, so a list of bare items has no notes at all
    (not 1. 2. 3. on empty lines)."""
    return "\n".join(f"{n}. {note}" for n, note in enumerate(notes, 1) if note.strip())


# A contents page's entry: a short line without a clause or sentence break inside it (、 ： “” may be).
_ENTRY_HAN = (2, 30)
_ENTRY_BREAK = re.compile(r"[，,。；;！!？?]")
# What numbers an entry or the heading it names: a marker, or a slide's bare number (01  …, PART 02).
_ENTRY_NUMBER = re.compile(
    rf"^\s*(?:(?:PART|Part|part)?\s*\d{{1,2}}(?:\s+|(?=[\u4e00-\u9fff“]))|(?:{ANY_MARKER.pattern}))\s*"
)
_CONTENTS_LEAST = 3  # entries whose headings follow, at the least: two lines that recur may be a running head
_UNHEADED_MOST = 1  # entries between them whose heading the text lost (a slide's title read as chrome)


def contents_listing(paragraphs: list[Paragraph]) -> tuple[int, list[str]] | None:
    """A contents page: three or more short lines in a row (numbered or not) whose words each open a
    line of their own further on, in the same order and apart, as the headings of the parts they name
    (一、为什么… 二、… 结束语, then each over its part). Its index and its entries without their numbers;
    None when the text has none. The text's own repetition tells it, not a word such as 目录.

    Each line's openings are looked up once per length an entry has (_heading_lines), each heading
    found by bisection, and a run that fails ends within four entries (at most two found and one
    missed): a long text of short lines costs about n·log n, not n² (4,000 lines: 1.1 s → 0.013 s)."""
    texts = [_ENTRY_NUMBER.sub("", p.text, count=1).strip() for p in paragraphs]
    entries = [_entry_of(paragraph, text) for paragraph, text in zip(paragraphs, texts, strict=True)]
    heading_lines = _heading_lines(texts, entries)
    for start, first in enumerate(entries):
        if not first:
            continue
        headed: list[bool] = []  # whether each entry's heading was found
        after = start + 1
        for at in range(start, len(entries)):
            if not entries[at]:
                break
            # (the first part's heading may follow the contents at once, a slide's chrome dropped)
            found = _first_at_or_after(heading_lines[entries[at]], max(after, at + 1))
            if found is None and (not headed or headed.count(False) == _UNHEADED_MOST):
                break
            headed.append(found is not None)
            after = after if found is None else found + 2  # (a part's heading has its text under it)
        while headed and not headed[-1]:
            headed.pop()  # (the last entry is a contents' only when its part follows)
        if sum(headed) >= _CONTENTS_LEAST:
            return start, entries[start : start + len(headed)]
    return None


def _heading_lines(texts: list[str], entries: list[str]) -> dict[str, list[int]]:
    """For each entry, the indexes (ascending) of the lines whose words open with it and say no more
    than a heading (no clause or sentence break): each line's openings are looked up at the lengths entries have."""
    wanted = {entry for entry in entries if entry}
    lengths = sorted({len(entry) for entry in wanted})
    lines: dict[str, list[int]] = {entry: [] for entry in wanted}
    for index, said in enumerate(texts):
        if _ENTRY_BREAK.search(said):
            continue
        for length in lengths:
            if length > len(said):
                break
            if said[:length] in lines:
                lines[said[:length]].append(index)
    return lines


def _first_at_or_after(indexes: list[int], least: int) -> int | None:
    """The first of ascending `indexes` that is `least` or more; None when none is."""
    at = bisect_left(indexes, least)
    return indexes[at] if at < len(indexes) else None


def _entry_of(paragraph: Paragraph, words: str) -> str:
    """A line's words without the number it opens with (`words`), when it may be a contents entry;
    else ''."""
    if _ENTRY_BREAK.search(paragraph.text):
        return ""
    low, high = _ENTRY_HAN
    return words if low <= han_len(words) <= high else ""


# The label a compilation sets over each of its pieces, with the piece's number (范文一, 例文2, 篇三,
# 第二篇, 【范文一】, 文章一：): essays or speeches collected in one file, each with its own title and
# body. Not a given material (材料一: an exam paper's, which compose heads as a question's) nor a
# chapter of one text (第一章, 第一篇章). A label of a word running text opens with too (文章一针见血…,
# 篇一律… at a PDF's line break) stands apart from what follows it; 第二篇 may be glued to its title.
_PIECE_LABEL_END = "：:、.．—－-–|｜ \t　"
_PIECE_LABEL = re.compile(
    r"\s*[【\[〔]?\s*(?:(?:范文|範文|例文|佳作|美文|文章|篇)\s*(?P<n>[0-9一二三四五六七八九十]{1,3})"
    rf"(?=[】\]〕{re.escape(_PIECE_LABEL_END)}]|$)"
    r"|第\s*(?P<nth>[0-9一二三四五六七八九十]{1,3})\s*篇(?![章幅文目]))\s*[】\]〕]?"
)
# The most Han characters of a piece's title: a headline, not a sentence of the body.
_PIECE_TITLE_MAX = 40
# The fewest Han characters of a piece's body (the paragraphs after its title, up to the next piece): a
# contents page lists labels one under another, with no body between them.
_PIECE_BODY_MIN = 80


@dataclass(frozen=True)
class Piece:
    """One piece of a compilation: the paragraph that opens it (its label's or its title's), its title
    as written and its label (范文二), or '' where the title stands alone."""

    index: int
    title: str
    label: str = ""
    number: int = 0  # its label's number, 0 where it has none


def _headline_like(text: str) -> bool:
    """Whether a line reads as a headline: a few words to a line's worth, ending no sentence or clause
    inside it or at its end (让“数据多跑路” 换来“群众少跑腿”, 以文铸魂，为乡村振兴注入精神动力), opened by
    no marker or bracketed label (一、…, 【题目】…) and announcing nothing (…如下：)."""
    text = text.strip()
    return (
        2 <= han_len(text) <= _PIECE_TITLE_MAX
        and not any(mark in text for mark in "。；;！!？?")
        and not text.endswith(("：", ":", "，", ","))
        and not ANY_MARKER.match(text)
        and text[0] not in "【[〔（("
    )


def collection_pieces(paragraphs: list[Paragraph]) -> list[Piece]:
    """The pieces of a compilation (a 范文集 of essays, a 汇编 of speeches), in order, where the text is one:
    two or more paragraphs open with a piece's label (see _PIECE_LABEL), numbered on by one (a first
    piece may have lost its label to the document's title above it), each followed by a body of its
    own; [] otherwise. A piece's title is the words after its label, else the next line where it reads
    as a headline (范文二 / 让“数据多跑路” 换来“群众少跑腿”), else the label. Where a label is a heading of
    the document's layout already (a Markdown or Word heading), the layout frames the pieces: []. A text
    with no such label may still collect pieces each under its title and its writer's byline (see
    _bylined_pieces). Each piece opens lists of its own (find_marks), and compose heads it by its title."""
    found: list[tuple[int, int, str, str, int]] = []  # (index, number, label, title, where its body starts)
    for index, paragraph in enumerate(paragraphs):
        written = paragraph.written.strip()
        match = _PIECE_LABEL.match(written)
        number = numeral_value(match.group("n") or match.group("nth")) if match else None
        if match is None or number is None or paragraph.bullet:
            continue
        rest = written[match.end() :].lstrip(_PIECE_LABEL_END)
        if rest and not _headline_like(rest):
            continue  # (文章一开始就指出…。: a sentence that names a piece, no label over one)
        if paragraph.heading:
            return []  # (the layout heads the pieces: compose reads its headings)
        label = strip_punct(match.group())
        title, body = rest, index + 1
        if not title and body < len(paragraphs) and _headline_like(paragraphs[body].written):
            title, body = paragraphs[body].written.strip(), body + 1
        found.append((index, number, label, title or label, body))
    if not found:
        return _bylined_pieces(paragraphs)
    # (a label written again further on: the first was its entry on a contents page)
    found = [
        entry for at, entry in enumerate(found) if all(entry[1] != later[1] for later in found[at + 1 :])
    ]
    ends = [index for index, *_ in found[1:]] + [len(paragraphs)]
    pieces = [
        (index, number, label, title)
        for (index, number, label, title, body), end in zip(found, ends, strict=True)
        if sum(han_len(p.text) for p in paragraphs[body:end]) >= _PIECE_BODY_MIN
    ]
    numbers = [number for _, number, _, _ in pieces]
    if len(pieces) < 2 or any(b != a + 1 for a, b in pairwise(numbers)):
        return []
    return [Piece(index, " ".join(title.split()), label, number) for index, number, label, title in pieces]


# The fewest Han characters of the body of a piece known by its byline alone (no label over it): an
# article's, not a slide's or a card's.
_BYLINE_PIECE_BODY_MIN = 200
# A byline under a piece's title: who wrote it, a unit (with a place in its name: 云岚市委组织部理论学习小组,
# 中共某某县委党校) and maybe the writer's name after it (青川县委党校林秋实, 某某市发展和改革委员会 林小雨).
_BYLINE_PLACE = re.compile(r"中共|[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州|镇|乡|街道)")
_BYLINE_UNIT_END = "组部局委办室处科所院校会队站社厅"
_SUBTITLE = re.compile(r"\s*(?:——|--|－－|—)")


def _is_byline(text: str) -> bool:
    """Whether a line is a byline under a title (see _BYLINE_PLACE): a unit that names its place and ends
    in a unit's word, or such a unit and a person's name; no punctuation, no sentence."""
    text = text.strip()
    if not 4 <= han_len(text) <= _PIECE_TITLE_MAX or re.search(r"[，,。；;：:！!？?、“”（）()]", text):
        return False
    unit = text.replace(" ", "").replace("\u3000", "")
    for size in (3, 2):
        if len(unit) > size + 4 and is_person_name(unit[-size:]) and unit[-size - 1] in _BYLINE_UNIT_END:
            unit = unit[:-size]
            break
    return bool(_BYLINE_PLACE.match(unit)) and (unit[-1] in _BYLINE_UNIT_END or is_org_name(unit))


def _bylined_pieces(paragraphs: list[Paragraph]) -> list[Piece]:
    """The pieces of a compilation that sets no label over them, each told by a headline over its writer's
    byline (以高质量党建引领基层治理现代化 / 云岚市委组织部理论学习小组; a subtitle ——… may stand between):
    two or more, each with a body of an article's length (_BYLINE_PIECE_BODY_MIN). Not a quotation over
    who said it (“今年新开发岗位1200个” / 云岚市人社局 张华), nor a list of units or of their people
    (先进集体 / 云岚市财政局 / 云岚市教育局): the headline is no byline, nor is the line after the byline."""
    found: list[tuple[int, int]] = []  # (the title's index, where its body starts)
    for index, paragraph in enumerate(paragraphs[:-1]):
        written = paragraph.written.strip()
        if paragraph.heading or paragraph.bullet or not _headline_like(written) or _is_byline(written):
            continue
        if written[0] in '“"「『' and written[-1] in '”"」』':
            continue  # (a quotation)
        at = index + 1
        if _SUBTITLE.match(paragraphs[at].written) and at + 1 < len(paragraphs):
            at += 1
        listed = at + 1 < len(paragraphs) and _is_byline(paragraphs[at + 1].written)
        if _is_byline(paragraphs[at].written) and not listed:
            found.append((index, at + 1))
    ends = [index for index, _ in found[1:]] + [len(paragraphs)] if found else []
    pieces = [
        Piece(index, " ".join(paragraphs[index].written.split()))
        for (index, body), end in zip(found, ends, strict=True)
        if sum(han_len(p.text) for p in paragraphs[body:end]) >= _BYLINE_PIECE_BODY_MIN
    ]
    return pieces if len(pieces) >= 2 else []
