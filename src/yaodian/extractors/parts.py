"""Section paths from a document's parts led by paragraph heads: where a list card asks the
document's parts by their heads (第一，坚持整体协同。… a bold head 坚持规划引领，…) and the document
has no headings of its own there, the cards of each part carry its head as their section.
compose.py gives the paths under the document's own headings; this module only fills in the
cards it left without one, after it, and takes the last part's path off the cards under a closing
heading the outline does not number (结语, 结束语). Once the sections are final, a question's write-up
(题目 / 给定资料 / 参考答案 / 解题思路) loses the material's cards its answer's cards ask again."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from itertools import pairwise, takewhile

from yaodian.cards import Card, Origin
from yaodian.extractors import compose, exam, outline, phrases
from yaodian.extractors.terms.names import SENTENCE_END
from yaodian.extractors.text import (
    LEAD_END,
    Paragraph,
    clipped,
    content_chars,
    han_len,
    told_apart,
)
from yaodian.numerals import numeral_value
from yaodian.sources import LineLayout

# How far into its paragraph a part's head may start: a marker before it (第一， 一是 ①).
HEAD_MARK_REACH = 5
# A paragraph whose form closes a part rather than goes on with its body: a bracketed label of its
# own (【考官点评】 [相关链接]), or a short line that ends no sentence (a heading of what follows).
_LABEL_LINE = re.compile(r"^\s*[【\[〔][^】\]〕]{1,12}[】\]〕]")
# What ends a part's body line: a sentence's end, or a clause's (；) or an ellipsis (…).
_PART_BODY_END = frozenset("。！!？?；;…")
# The longest line read as a heading of what follows rather than a part's body.
HEADING_LINE_MAX = 20
# An ordinal in a head's marker (第一， 第1题 一是 ②): its shape is the marker with the number as N.
_ORDINAL = re.compile(r"[0-9０-９一二三四五六七八九十百]+")
# The ordinal marker a place does without: the order of the parts says it (第一， 一是 首先，), and
# a dash bullet's dash.
_PLACE_ORDINAL = re.compile(
    r"^(?:第[0-9一二三四五六七八九十百]+[，,、：:]|[一二三四五六七八九十]+是|(?:首先|其次|再次|最后|另?一方面)[，,]?|——|—)\s*"
)

# What follows a head in its paragraph: a clause's or a sentence's end (or a space, a bracket).
_HEAD_END = frozenset("，,。：:；;！!？? 　（(——")
# The fewest Han characters of a part's head (a word or two, 市 县 乡 村, heads no part).
HEAD_MIN = 4
# The fewest Han characters of a part's body after its head, in the head's paragraph.
HEAD_BODY_MIN = 8


def with_part_sections(
    cards: list[Card], paragraphs: list[Paragraph], runs: list[outline.Enumeration]
) -> list[Card]:
    """Cards placed under the part they stand in, where a list card asks the parts of the document,
    or of the heading it stands under, by their heads: each item opens a paragraph of
    its own (at most a marker before it: 第一，坚持整体协同。…; a bold head: 坚持规划引领，…), and a
    head is followed by its body, in its paragraph or the next, and no heading of the document's
    own (一、… （一）… a Markdown heading) stands among the parts. A part runs from its head's
    paragraph to the next head's; the last part, no longer than the longest before it and not over
    a paragraph of another form (a label 【考官点评】, a heading-like line). A card in a part gets its
    head as its section, the path a learner reads on its back, under the list's own heading where
    it has one (一、基本情况 › 文件会议明显精简, for the cards compose placed under that heading only); a series of 第一，第二，… inside one
    paragraph names no parts. (A cloze whose gap holds its head is filed above it afterwards, as
    under any section: compose.filed_above_its_gaps.) (`runs`: the paragraphs' numbered runs, for
    their headings.)"""
    lists = _part_heads(cards, paragraphs)
    if not lists:
        return cards
    headings = {h.index for h in compose.find_headings(paragraphs, runs)}
    index_of_line = {p.line: i for i, p in enumerate(paragraphs)}
    for above, chosen, parts in lists:  # (`above`: the heading the parts stand under)
        if any(parts[0][0] <= at < parts[-1][0] for at in headings):
            continue  # (the document's own headings stand there, and compose's paths with them)
        parts = _cut_at_headings(parts, headings)
        for card in cards:
            at = index_of_line.get(card.origin.line) if card.origin and card.origin.line else None
            if at is None or card.origin is None or card.origin.section != above or card is chosen:
                continue
            head = next((head for start, end, head in parts if start <= at < end), None)
            if head is not None:
                card.origin = Origin(card.origin.line, f"{above} › {head}" if above else head)
    return cards


def _cut_at_headings(parts: list[tuple[int, int, str]], headings: set[int]) -> list[tuple[int, int, str]]:
    """The parts with the last one ended at the first heading of the document's own after its head
    (a 点评's 1. 2. 3. under the last of two 范文): what follows it stands under that heading, and
    compose gives its path."""
    start, end, head = parts[-1]
    end = min((at for at in headings if start < at < end), default=end)
    return [*parts[:-1], (start, end, head)]


def _part_heads(
    cards: list[Card], paragraphs: list[Paragraph]
) -> list[tuple[str | None, Card, list[tuple[int, int, str]]]]:
    """The list cards that ask the parts of the document (under None) or of a heading (under its
    path) by their heads (see with_part_sections), each with the heading it stands under and its
    parts, each part as the paragraphs it spans (start, end) and its head. Of several such lists under
    one heading whose parts overlap, the one that spans the most paragraphs: a short list of points
    inside a part (法官进网格，…； 法官进调委会，…；) is no outline of the text. A list that stands apart
    from the wider ones (a report's three 在…上下功夫。 paragraphs, then the （一）…（四） of what the
    meeting laid out) heads its own parts when each of its heads is a sentence of its own: a bullet's
    label (出处：…， 原文还有一句：) or a point's opening clause is no part's head. Read before any
    card is placed, so a list inside a part heads none."""
    found: list[tuple[str | None, Card, list[tuple[int, int, str]]]] = []
    for card in cards:
        if card.type != "list" or card.origin is None:
            continue
        parts = _heads_of(card, paragraphs)
        if parts:
            found.append((card.origin.section, card, parts))
    kept: list[tuple[str | None, Card, list[tuple[int, int, str]]]] = []
    for above, card, parts in sorted(found, key=lambda one: -_span(one[2])):  # (stable: the first of a tie)
        wider = [theirs for other, _, theirs in kept if other == above]
        if not wider or (
            not any(_overlap(parts, theirs) for theirs in wider)
            and _heads_end_sentences(card, parts, paragraphs)
        ):
            kept.append((above, card, parts))
    return kept


def _heads_end_sentences(card: Card, parts: list[tuple[int, int, str]], paragraphs: list[Paragraph]) -> bool:
    """Whether each of a list's heads ends its sentence in its part's paragraph (抓好村级组织建设。…),
    as a part's heading does, rather than running on after a comma or a colon."""
    for (start, _, _), item in zip(parts, card.items, strict=True):
        written = paragraphs[start].written
        if not _ends_sentence(written, written.find(item) + len(item)):
            return False
    return True


def _ends_sentence(written: str, head_end: int) -> bool:
    """Whether a head that ends at `head_end` in its paragraph `written` ends its sentence there."""
    return head_end >= len(written) or written[head_end] in SENTENCE_END


def _overlap(parts: list[tuple[int, int, str]], others: list[tuple[int, int, str]]) -> bool:
    """Whether two lists' parts share a paragraph."""
    return parts[0][0] < others[-1][1] and others[0][0] < parts[-1][1]


def _span(parts: list[tuple[int, int, str]]) -> int:
    return parts[-1][1] - parts[0][0]


def _heads_of(card: Card, paragraphs: list[Paragraph]) -> list[tuple[int, int, str]]:
    """A list card's items as the heads of parts, with the paragraphs each part spans; [] when
    they are no heads (two in one paragraph, one inside a sentence, one with no body after it),
    or when the list may miss a part (see _misses_a_part)."""
    starts: list[int] = []
    heads: list[str] = []
    whole: list[bool] = []  # whether each head ends its sentence (一是严格落实…纪律要求。)
    markers: list[str] = []
    lead = _shared_lead(card)
    at = _first_head_from(card, paragraphs)
    for item in card.items:
        while at < len(paragraphs) and _head_at(paragraphs[at].written, item, lead) is None:
            at += 1
        if at >= len(paragraphs) or han_len(item) < HEAD_MIN:
            return []
        written = paragraphs[at].written
        opens = _head_at(written, item, lead) or 0  # where the marker before the item starts
        head_end = written.find(item, opens) + len(item)
        if head_end < len(written) and written[head_end] not in _HEAD_END:
            return []  # (a head is a clause of its own: 以产业融合 of 一、以产业融合夯实富民之基 is none)
        starts.append(at)
        whole.append(_ends_sentence(written, head_end))
        heads.append(written[opens:head_end].strip())
        markers.append(written[opens : written.find(item, opens)].strip())
        at += 1
    if len(starts) < 2:
        return []
    above = card.origin.section if card.origin else None
    if (
        above
        and not _is_question(above)
        and any(
            len(_bare(head)) > compose.PLACE_MAX and not ends for head, ends in zip(heads, whole, strict=True)
        )
    ):
        # (under a heading, a long head that runs on is a sentence's start: 一方面，在…中，…; one that ends
        # its sentence is a head written as a sentence, 二是严格落实…纪律要求。, which its path shows clipped)
        return []
    # (a paper's question is a whole: its answer's parts are headed as a document's)
    ends = [*starts[1:], len(paragraphs)]
    longest = max(end - start for start, end in zip(starts[:-1], ends[:-1], strict=True))
    last_end = min(len(paragraphs), starts[-1] + longest)
    in_parts = {paragraph.written.strip() for paragraph in paragraphs[starts[0] : starts[-1]]}
    for index in range(starts[-1] + 1, last_end):
        if _closes_part(paragraphs[index].written.strip(), in_parts):
            last_end = index
            break
    ends[-1] = last_end
    for start, end, head in zip(starts, ends, heads, strict=True):
        own = paragraphs[start].written.strip()
        # a head has its body after it: the rest of its paragraph, or the paragraphs under it
        if han_len(own) - han_len(head) < HEAD_BODY_MIN and end - start < 2:
            return []
    if _misses_a_part(markers, starts, ends, paragraphs):
        return []
    places = _places(heads)
    if len(set(places)) < len(places):
        return []  # (two parts that show one place cannot be told apart: a list that names a head twice)
    return list(zip(starts, ends, places, strict=True))


def _places(heads: list[str]) -> list[str]:
    """The heads as parts of a section path (see _place); where they all open with one clause (抓实
    基层减负，要在…上见实效: the lead the list is named by) and a path cannot show one of them whole,
    the words after that clause, which tell them apart: clipped, each would show the lead. Heads
    that share opening words inside a clause show the words after them, an ellipsis before."""
    places = [_place(head) for head in heads]
    if not any(place.endswith("…") for place in places):
        return places
    return told_apart([_bare(head) for head in heads], compose.PLACE_MAX) or places


# The count compose writes after a list's prompt (（6项）), which the text does not print.
_COUNT_SUFFIX = re.compile(r"[（(]\d+[项項][）)]$")
# What compose writes after a list's lead where the text counts no points (：本段的4个要点): its
# PHRASES, any count.
_COMPOSED_SUFFIX = re.compile(
    "[：:](?:"
    + "|".join(
        re.escape(form).replace(r"\{\}", r"\d+") for forms in compose.PHRASES.values() for form in forms
    )
    + ")$"
)
# What follows a head after a lead: its sentence ends there (…，必须把准方向、守正创新。). A clause
# that runs on (我们要清醒看到，有的部门把属地管理变成了推卸责任，层层…) is a sentence's start, no head.
_LEAD_HEAD_END = frozenset(["", *"。！!？?；;：:"])


def _shared_lead(card: Card) -> str:
    """The list's lead as its paragraphs may open with it before each head: a commentary's parts
    each open with the clause the list is named by (以钉钉子精神抓改革落实，必须把准方向…；
    以钉钉子精神抓改革落实，必须突出重点…). "" when the prompt is too short to be such a clause."""
    lead = _COMPOSED_SUFFIX.sub("", _COUNT_SUFFIX.sub("", card.prompt).strip()).strip().rstrip(LEAD_END)
    return lead if han_len(lead) >= HEAD_MIN else ""


def _head_at(written: str, item: str, lead: str) -> int | None:
    """Where the head `item` opens its paragraph `written`, its marker included: at the start (at
    most a marker before it: 第一，坚持整体协同), or after the list's `lead` and its comma, ending
    the sentence (以钉钉子精神抓改革落实，必须把准方向。); None when it opens none."""
    if 0 <= written.find(item) <= HEAD_MARK_REACH:
        return 0
    if lead and written.startswith(lead) and written[len(lead) : len(lead) + 1] in tuple(LEAD_END):
        after = len(lead) + 1
        found = written.find(item, after)
        end = found + len(item)
        if 0 <= found - after <= HEAD_MARK_REACH and written[end : end + 1] in _LEAD_HEAD_END:
            return after
    return None


def _first_head_from(card: Card, paragraphs: list[Paragraph]) -> int:
    """Where to look for a list's first head: from the list's own line, where its first item opens
    a paragraph there or after it (an entry of a contents above the list heads no part), else from
    the top."""
    line = card.origin.line if card.origin and card.origin.line else 0
    first, lead = (card.items[0] if card.items else ""), _shared_lead(card)
    return next(
        (
            index
            for index, paragraph in enumerate(paragraphs)
            if paragraph.line >= line and _head_at(paragraph.written, first, lead) is not None
        ),
        0,
    )


def _closes_part(paragraph: str, in_parts: set[str]) -> bool:
    """Whether a paragraph after the last head is of another form than a part's body: a bracketed
    label (【考官点评】), or a short line that ends no sentence (a heading of what follows), and
    not one the parts before have too (a 【参考答案】 in every question's part is the part's own)."""
    if paragraph in in_parts:
        return False
    if _LABEL_LINE.match(paragraph):
        return True
    return len(paragraph) <= HEADING_LINE_MAX and paragraph[-1:] not in _PART_BODY_END


def _misses_a_part(
    markers: list[str], starts: list[int], ends: list[int], paragraphs: list[Paragraph]
) -> bool:
    """Whether the heads' own markers say the list missed a part, which the part before would
    swallow: the ordinals skip (第1题 … 第3题), or a paragraph inside a part opens with a marker
    of the heads' shape (第2题 inside 第1题's part)."""
    shapes = {_ORDINAL.sub("N", marker) for marker in markers}
    if len(shapes) != 1 or "N" not in (shape := shapes.pop()):
        return False
    values = [
        numeral_value(found.group()) if (found := _ORDINAL.search(marker)) else None for marker in markers
    ]
    if all(value is not None for value in values) and any(b != a + 1 for a, b in pairwise(values)):  # type: ignore[operator]
        return True
    same_shape = re.compile("^" + re.escape(shape).replace("N", _ORDINAL.pattern))
    return any(
        same_shape.match(paragraphs[index].written.strip())
        for start, end in zip(starts, ends, strict=True)
        for index in range(start + 1, end)
    )


def _place(head: str) -> str:
    """A head as a part of the section path: without its ordinal marker (the parts' order says it:
    第一， 一是 首先，) and its closing punctuation, short as compose's."""
    return clipped(_bare(head), compose.PLACE_MAX)


def _bare(head: str) -> str:
    """A head without its ordinal marker and its closing punctuation."""
    return _PLACE_ORDINAL.sub("", head).rstrip("，,。：:；; ")


# A closing section's heading on a line of its own, unnumbered (结语, 【结束语】, 结论：, 總結, a
# Markdown ## 结语): what follows closes the whole text; it is none of the numbered parts. Not 小结
# (a part's own summary, even when only the last part has one) nor 结尾 (an essay's part, as a
# 申论 guide's 开头/主体/结尾 name them).
_CLOSING_HEAD = re.compile(
    r"^#*\s*[【\[〔（(]?\s*(结语|结束语|结论|尾声|总结|結語|結束語|結論|尾聲|總結)"
    r"\s*[】\]〕）)]?\s*[：:]?\s*$"
)


def with_closing_section(
    cards: list[Card],
    lines: list[str],
    layout: Mapping[int, LineLayout],
    paragraphs: list[Paragraph],
    runs: list[outline.Enumeration],
) -> list[Card]:
    """Cards under an unnumbered closing heading after the document's last heading (一、… 三、…
    then 结语 on a line the main text may drop as too short) take it as their section instead of
    the last part's path: the closing speaks of the whole text. `lines` and `layout` are the
    document's, 1-based; `runs` the paragraphs' numbered runs, for their headings."""
    headings = compose.find_headings(paragraphs, runs)
    if not headings:
        return cards
    first_line = paragraphs[headings[0].index].line
    last_line = paragraphs[headings[-1].index].line
    # (a numbered 四、结语 is one of the headings: its cards are headed by it already)
    closing, found = next(
        (
            (number, match)
            for number in range(last_line + 1, len(lines) + 1)
            if (match := _CLOSING_HEAD.match(lines[number - 1].strip()))
        ),
        (None, None),
    )
    if closing is None or found is None:
        return cards
    word = found.group(1)
    levels = [paragraphs[heading.index].heading for heading in headings if paragraphs[heading.index].heading]
    own_level = layout[closing].heading if closing in layout else 0
    if own_level and levels and own_level > min(levels):
        return cards  # (a Markdown ### 总结 under ## 三、… closes part 三, not the text)
    heading_lines = [paragraphs[heading.index].line for heading in headings]
    if any(
        _closes_a_part(number, heading_lines, paragraphs)
        for number in range(first_line, last_line)
        if _CLOSING_HEAD.match(lines[number - 1].strip())
    ):
        return cards  # (a 总结 that ends each part is the parts' own, the last one's too)
    if not any(card.origin and card.origin.section and (card.origin.line or 0) < closing for card in cards):
        return cards
    for card in cards:
        if card.origin is not None and (card.origin.line or 0) > closing:
            card.origin = Origin(card.origin.line, word)
    return cards


def _closes_a_part(number: int, heading_lines: list[int], paragraphs: list[Paragraph]) -> bool:
    """Whether a closing heading on line `number` ends a part: text stands between it and the
    heading before it (a contents' entries stand one under another with none)."""
    before = max((line for line in heading_lines if line < number), default=0)
    return any(before < paragraph.line < number for paragraph in paragraphs)


# What opens a paragraph that sums up all that came before it (总之，… 综上所述，…): a closing.
_SUMMING_UP = re.compile(
    r"^\s*(?:总之|总而言之|综上所述|综上|总的来说|总的来看|概而言之|一言以蔽之)\s*[，,：:]"
)
# Whom a speech addresses (同志们，… 各位代表！… 同志们、朋友们，…), and a call to all of them
# (让我们…): after the last part, the speaker's last words, which close the whole speech.
_SALUTATION = re.compile(rf"^(?:{phrases.SALUTATION.pattern})|^\s*让我们")
# A salutation that goes on with one task just spoken of (同志们，这项工作… 同志们，此项任务…): the
# part's own words to its hearers, not the speech's last (those sum up: 同志们，这些成绩… 以上…).
_REFERS_BACK = re.compile(rf"^(?:{phrases.SALUTATION.pattern})(?:这|此|该)[项件个]")
# What opens a look ahead from where the text ends (新征程上，… 新的一年，… 站在新的起点上，…):
# it speaks of all that is to be done, not of the last part's task.
_LOOKING_AHEAD = re.compile(
    r"^\s*(?:新征程上|新的征程上|新时代新征程上?|奋进新征程|面向新征程|新的一年里?|展望未来|面向未来"
    r"|站在新的(?:历史)?起点上|站在新起点上)\s*[，,]"
)
# What opens the step a speaker or writer takes next (下一步，我将… 下一阶段，我们…): at the text's
# end, what they will do of all they spoke of, unless it echoes the last part alone.
_NEXT = r"^\s*(?:下一步|下一阶段|下阶段)\s*[，,]"
_NEXT_STEP = re.compile(_NEXT)
# A next step that goes on with the one task just spoken of (下一步，这项工作… 下一步，针对这一问题，…
# 下一阶段，对此类企业…): the last part's own plan, not the text's.
_NEXT_REFERS_BACK = re.compile(rf"{_NEXT}\s*(?:针对|对于?|围绕|就)?\s*(?:这|此|该)[项件个一类些]")
# A part's head that is itself about what comes next (三、下一步工作打算, 四、今后工作思路, 三、2025年
# 工作安排, 二、对策建议): the next step at its end, or at the end of a part below it, is its own words.
_PLANS_AHEAD = re.compile(
    r"下一步|下步|下一阶段|下阶段|今后|打算|展望|安排|计划|思路|谋划|举措|方向|对策|建议"
)
# A part's head that names one piece of a collection (篇2：…工作总结, 第三篇, 范文一, 甲镇乡村振兴
# 工作总结): a next step at its end closes that piece, not the whole file.
_PIECE_HEAD = re.compile(
    r"^\s*(?:篇\s*[0-9一二三四五六七八九十]+|第\s*[0-9一二三四五六七八九十]+\s*篇|范文\s*[0-9一二三四五六七八九十]+)"
    r"|(?:总结|报告|讲话|发言|体会|述职|汇报|致辞)\s*$"
)
# A first sentence that calls the text's task a lasting one (…是一项系统工程，非一日之功。 …永远在路上。
# …只有进行时，没有完成时。): the words a text ends on, when the last part's own words have ended.
_LASTING_TASK = re.compile(
    r"是一[项场个][^。；，]{0,8}?(?:系统工程|长期任务|长期工程|持久战)|永远在路上|只有进行时|没有完成时"
    r"|没有休止符|非一日之功|不是一朝一夕|不可能一蹴而就|任重道远|没有最好，?只有更好|只有更好，?没有最好"
)
# A measure that secures all the measures before it (同时，要加强组织领导，… 强化组织保障。…): after
# the last of a section's numbered measures, the section's own, not that last measure's.
_SECURING_MEASURE = re.compile(
    r"^\s*(?:(?:同时|此外|另外|最后)\s*[，,]\s*)?(?:还|也)?(?:要|必须|应当?)?\s*(?:切实)?"
    r"(?:加强|强化|健全|完善|落实|做好)(?:组织领导|组织保障|工作保障|保障措施)"
)
# What ends a sentence inside a paragraph: a line with none before its last character is a heading.
_SENTENCE_END = frozenset("。！!？?；;")


def with_closing_paragraphs(
    cards: list[Card], paragraphs: list[Paragraph], title: str, runs: Sequence[outline.Enumeration] = ()
) -> list[Card]:
    """Cards of a closing paragraph after the last part take the path of what it closes instead of
    the last part's: that part has no heading to end it, but its closing speaks of more than it.
    What a paragraph closes follows from its opening (closing_kind): a summing-up, the parts
    before it (_summed_depth); a salutation, a call or a look ahead at the text's end, the whole
    text; a lasting task as the text's last paragraph, and the next step at the text's end, all but
    the parts it echoes (_echoed_depth; a next step never out of a plan or a collection's piece, see
    _own_next_floor); a securing measure, its section (_measure_depth). Never out of a paper's
    question, a closing heading or a compilation's piece (_closing_floor); one right under its heading is that part's lead
    (三、压实责任 / 同志们，这里我提四点要求。). Cards in parts below the closing's section keep them (a 名词解释 appendix's
    entries after 各位代表！…). `runs`: the paragraphs' numbered runs."""
    heading_lines = {paragraphs[h.index].line for h in compose.find_headings(paragraphs, runs or None)}
    heading_lines |= {p.line for p in paragraphs if p.heading}
    collected = outline.collection_pieces(paragraphs)
    pieces = {compose.piece_place(piece, collected) for piece in collected}
    summed: list[tuple[int, str]] = []  # (line, section) of each summing-up paragraph, for the later ones
    placed = sorted((card for card in cards if _line(card)), key=_line)  # (their sections change below)
    for at, paragraph in enumerate(paragraphs):
        kind = closing_kind(paragraph.text)
        if kind is None:
            continue
        section = next(
            (_section(c) for c in reversed(placed) if _line(c) <= paragraph.line and _section(c)), ""
        )
        if kind == "summing":
            summed.append((paragraph.line, section))
        if not section:
            continue
        path = section.split(compose.PATH_JOIN)
        floor = _closing_floor(path, pieces)
        if floor == len(path):
            continue  # (a paper's question, a closing heading: what it closes is its own)
        after = [card for card in placed if _line(card) >= paragraph.line]
        run = _run_within(after, section)
        to_end = len(run) == len(after)
        under_heading = at > 0 and _heading_only(paragraphs[at - 1], heading_lines)
        sections = {_section(card) for card in placed} - {""}
        text = paragraph.written
        if kind == "summing":
            depth = _summed_depth(text, path, floor, sections, title, to_end, summed[:-1], after, run)
        elif kind in ("addressed", "ahead"):
            if not to_end or under_heading or _REFERS_BACK.match(paragraph.text):
                continue
            depth = floor
        elif kind == "next":
            if not to_end or under_heading or _NEXT_REFERS_BACK.match(paragraph.text):
                continue
            depth = _echoed_depth(text, path, max(floor, _own_next_floor(path)), sections, title)
        elif kind == "lasting":
            sentences = [part for part in re.split(r"[。！!？?]", paragraph.text) if han_len(part)]
            if paragraph.line != _line(placed[-1]) or under_heading or paragraph.bullet or len(sentences) < 2:
                continue  # (a saying alone, a list's item, is a quotation: 金句 of a note's list)
            depth = _echoed_depth(text, path, floor, sections, title)
        elif under_heading:
            continue
        else:
            depth = _measure_depth(text, path, title, after, run)
        if depth < len(path):
            _refile(run, section, compose.PATH_JOIN.join(path[:depth]))
    return cards


def _own_next_floor(path: list[str]) -> int:
    """How many parts of a section path a next step at the text's end cannot leave: those down to
    the last that is a plan of its own (三、下一步工作打算 › 2.抓治理) or a piece of a collection
    (篇2：乙镇工作总结 › 二、存在问题), whose next step it is."""
    return max(
        (
            depth
            for depth, place in enumerate(path, 1)
            if _PLANS_AHEAD.search(place) or _PIECE_HEAD.search(place)
        ),
        default=0,
    )


def _measure_depth(text: str, path: list[str], title: str, after: list[Card], run: list[Card]) -> int:
    """How many parts of `path` a securing measure (同时，要加强组织领导，…) stays in: one fewer after
    the last of its section's numbered measures (it secures them all); all where it echoes its own
    measure's head, where parts of its own follow it (it heads them) or a sibling measure does."""
    depth = len(path)
    section = compose.PATH_JOIN.join(path)
    if (
        depth < 2
        or _echoes(text, path[-1], title)
        or any(_section(card) not in ("", section) for card in run)
    ):
        return depth
    beyond = _section(after[len(run)]) if len(run) < len(after) else ""
    if beyond.startswith(compose.PATH_JOIN.join(path[:-1]) + compose.PATH_JOIN):
        return depth
    return depth - 1


def _refile(run: list[Card], section: str, target: str) -> None:
    """Files the cards of `run` under `target` instead of `section`, each keeping the parts below
    `section` it stands in (四、… › 2.两个维护 to 2.两个维护 when `target` is the text's own)."""
    for card in run:
        own = _section(card)
        if own:
            below = own[len(section) :].removeprefix(compose.PATH_JOIN)
            moved = compose.PATH_JOIN.join(place for place in (target, below) if place)
            card.origin = Origin(card.origin.line if card.origin else None, moved or None)


def closing_kind(text: str) -> str | None:
    """Which kind of closing a paragraph opens as, if any: "summing" (总之，…), "addressed" (a
    salutation or call: 同志们，… 让我们…), "ahead" (a look ahead: 新征程上，…), "next" (the next
    step: 下一步，…), "measure" (a securing measure: 同时，要加强组织领导…) or "lasting" (a lasting
    task in its first sentence: …永远在路上).
    with_closing_paragraphs refiles a closing after the last part by its kind; bench/scorecard.py
    reads the same kinds to tell a text's closing, filed at its level on purpose, from misfiled notes."""
    if _SUMMING_UP.match(text):
        return "summing"
    if _SALUTATION.match(text):
        return "addressed"
    if _LOOKING_AHEAD.match(text):
        return "ahead"
    if _NEXT_STEP.match(text):
        return "next"
    if _SECURING_MEASURE.match(text):
        return "measure"
    first = re.split(r"[。！!？?]", text, maxsplit=1)[0]
    if _LASTING_TASK.search(first):
        return "lasting"
    return None


def _closing_floor(path: list[str], pieces: Collection[str] = ()) -> int:
    """How many parts of a section path a closing cannot leave: those down to the last that is a
    paper's question (第2题), a closing heading (结语, 四、结束语) or a piece of a compilation (its title,
    among `pieces`: an essay's closing closes that essay, not the 范文集)."""
    return max(
        (
            depth
            for depth, place in enumerate(path, 1)
            if _is_question(place) or _CLOSING_HEAD.match(_HEAD_ORDINAL.sub("", place)) or place in pieces
        ),
        default=0,
    )


def _run_within(cards: list[Card], section: str) -> list[Card]:
    """The first cards of `cards` whose sections stand within `section` (see _within)."""
    return list(takewhile(lambda card: _within(_section(card), section), cards))


def _within(own: str, section: str) -> bool:
    """Whether a card's section `own` is `section` or below it (or none: the text's own)."""
    return not own or own == section or own.startswith(section + compose.PATH_JOIN)


def _heading_only(paragraph: Paragraph, heading_lines: set[int]) -> bool:
    """Whether a paragraph is a heading on a line of its own: no sentence ends before its last
    character (四、强化队伍建设，锻造过硬队伍; not （一）健全组织体系。建立…, a heading and its body)."""
    written = paragraph.written.strip()
    return paragraph.line in heading_lines and not any(char in _SENTENCE_END for char in written[:-1])


def _siblings(sections: set[str], path: list[str], depth: int) -> set[str]:
    """The last parts of `sections` at `depth` under the same parts as `path` has above that depth."""
    parent = compose.PATH_JOIN.join(path[: depth - 1])
    prefix = parent + compose.PATH_JOIN if parent else ""
    return {
        other.rpartition(compose.PATH_JOIN)[2]
        for other in sections
        if other.startswith(prefix) and other.count(compose.PATH_JOIN) == depth - 1
    } - {path[depth - 1]}


def _stays_in(text: str, path: list[str], depth: int, sections: set[str], title: str) -> bool:
    """Whether a closing speaks of the part at `depth` of its path only: it echoes that part's head
    and none of its siblings' (队伍 of 二、用好队伍, not 一、建强阵地's); the words of the title and of
    the heads above are every part's (实践 in 文明实践工作)."""
    whole = f"{title} {compose.PATH_JOIN.join(path[: depth - 1])}"
    head = path[depth - 1]
    return _echoes(text, head, whole) and not any(
        _echoes(text, other, whole) for other in _siblings(sections, path, depth)
    )


def _echoed_depth(text: str, path: list[str], floor: int, sections: set[str], title: str) -> int:
    """How many parts of `path` a closing at the text's end stays in: it leaves each part from the
    last up whose head it does not echo apart from its siblings (see _stays_in), down to `floor`."""
    depth = len(path)
    while depth > floor and not _stays_in(text, path, depth, sections, title):
        depth -= 1
    return depth


def _summed_depth(
    text: str,
    path: list[str],
    floor: int,
    sections: set[str],
    title: str,
    to_end: bool,
    earlier: list[tuple[int, str]],
    after: list[Card],
    run: list[Card],
) -> int:
    """How many parts of `path` a summing-up paragraph stays in (see with_closing_paragraphs): all
    where it speaks of its own part, where an earlier part closes itself, or where a part under the
    same heading follows; else one level fewer, or at the text's end, those it echoes."""
    depth = len(path)
    if _stays_in(text, path, depth, sections, title):
        return depth  # (总之，队伍建设要… under 二、用好队伍 speaks of its own part only)
    parent = compose.PATH_JOIN.join(path[:-1])
    prefix = parent + compose.PATH_JOIN if parent else ""
    section = compose.PATH_JOIN.join(path)
    if any(
        other
        and other != section
        and other.startswith(prefix)
        and other.count(compose.PATH_JOIN) == depth - 1
        for _, other in earlier
    ):
        return depth  # (an earlier part closes itself: so does the last)
    if not to_end:
        following = _section(after[len(run)])
        if following.startswith(prefix) and following != parent:
            return depth  # (a part under the same heading follows: the closing is its part's)
        return depth - 1
    return _echoed_depth(text, path, floor, sections, title)


def _line(card: Card) -> int:
    """The line a card comes from; 0 where it says none."""
    return (card.origin.line or 0) if card.origin else 0


def _section(card: Card) -> str:
    """The section path a card stands under; "" where it has none."""
    return (card.origin.section or "") if card.origin else ""


# A numbered heading's marker (三、 （四） 2.), which says no words of the head.
_HEAD_ORDINAL = re.compile(r"^[（(]?[一二三四五六七八九十0-9]+[、.．）)]")


def _echoes(text: str, head: str, whole: str) -> bool:
    """Whether `text` repeats two characters in a row of a part's `head` (队伍 of 二、用好队伍) that
    the `whole` (the title, the heading above the parts) does not hold."""
    han = re.sub(r"[^\u4e00-\u9fff]", "", _HEAD_ORDINAL.sub("", head))
    pairs = {han[at : at + 2] for at in range(len(han) - 1)}
    return any(pair in text and pair not in whole for pair in pairs)


def _is_question(place: str) -> bool:
    """Whether the last part of a section path is a paper's question or material (第1题（综合分析）,
    题目二, 【材料一】: compose's question headings)."""
    return bool(compose.QUESTION_MARK.match(place.rsplit(compose.PATH_JOIN, 1)[-1]))


# The exam's material, as a section's head names it (二、给定资料（节选）, 材料2), and the answer's
# (三、参考答案, 【答案】).
_MATERIAL_SECTION = re.compile(
    r"^\W*(?:[一二三四五六七八九十\d]+[、.．]\s*)?(?:给定(?:资料|材料)|材料\s*[\d一二三四五六七八九十]*\W*$)"
)
_ANSWER_SECTION = re.compile(r"^\W*(?:[一二三四五六七八九十\d]+[、.．]\s*)?(?:参考|正确)?答案(?!解析)")
# A gap's or an item's text, the hint left out.
_GAP = re.compile(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}")
# How much of a material card's member the answer's gaps must hold, in pairs of adjacent characters,
# for the answer to ask it: a paraphrase (政府提供场地和运营补贴，实行“公建民营” beside 推行“公建民营”，
# 政府提供场地和运营补贴) keeps most pairs; a point the answer only touches keeps few.
_ANSWERED_SHARE = 0.6


def without_material_the_answer_asks(cards: list[Card], runs: Sequence[outline.Enumeration]) -> list[Card]:
    """The cards without those of an exam's material that ask what its answer's cards ask, in a
    question's write-up (its parts 题目 / 给定资料 / 参考答案 / 解题思路: see exam.is_write_up_furniture).
    There the answer is what a learner recites; a card of the material is dropped where at least half
    of what it asks (its gaps, its items) the answer's gaps hold, in most of their adjacent pairs. An
    exam paper with its answers (给定资料 / 作答要求 / 参考答案) is left alone: its material's sets are
    its own points."""
    if not any(exam.is_write_up_furniture([mark.item for mark in run.marks]) for run in runs):
        return cards
    answered = [
        m for card in cards if _ANSWER_SECTION.match(_top_section(card)) for m in _asked_members(card)
    ]
    if not answered:
        return cards
    pairs = {pair for member in answered for pair in _pairs(member)}
    kept = []
    for card in cards:
        if _MATERIAL_SECTION.match(_top_section(card)):
            members = _asked_members(card)
            held = [
                m
                for m in members
                if len(m) >= 2
                and (any(m in a for a in answered) or _share(_pairs(m), pairs) >= _ANSWERED_SHARE)
            ]
            if members and 2 * len(held) >= len(members):
                continue
        kept.append(card)
    return kept


def _top_section(card: Card) -> str:
    """The outermost part of a card's section path (二、给定资料 of 二、给定资料 › 材料1)."""
    return _section(card).split(compose.PATH_JOIN)[0]


def _asked_members(card: Card) -> list[str]:
    """What a card asks, its gaps or its items, without punctuation. A set of one-character words
    (稳、进、立; 腾、租、购、建) is one member, the words in their order: a single character is held by
    almost any answer, the set only by an answer that asks it."""
    asked = card.items if card.type == "list" else _GAP.findall(card.text)
    members = [content_chars(member) for member in asked if content_chars(member)]
    if len(members) > 1 and all(len(member) == 1 for member in members):
        return ["".join(members)]
    return members


def _pairs(text: str) -> list[str]:
    """The pairs of adjacent characters of `text`, repeats kept (the text itself when it has one)."""
    return [text[i : i + 2] for i in range(len(text) - 1)] or [text]


def _share(pairs: list[str], held: set[str]) -> float:
    """The share of `pairs` that `held` holds."""
    return sum(1 for pair in pairs if pair in held) / len(pairs)
