"""Inline series: the members of a set written inside a sentence rather than marked one by one.

Two shapes here, each found by its own rule, and the sets clause_sets.py finds in the parts of a
sentence (see find_series):
- A 、 series (A、B、C和D等). A clause is cut at its 、, not at one inside a quotation or bracket
  (“不忘初心、牢记使命”主题教育 is one member). The middle parts are members; a middle part much
  longer than its siblings, one with a figure, one where a series ends at 等 or one with a 的 its
  siblings lack is the seam between two series, so a clause may hold several. The first member
  is grown backwards from the first 、 towards its siblings' length: it stops at a function word
  its siblings do not hold too and, before members that are names, after the verb that governs
  them (强化扬尘、机动车尾气; of several verbs, the nearest after which it is as long as a
  sibling: 聚焦文山会海、过度留痕), and it opens with the opening its siblings share (违规吃喝、违规
  收送礼品) or takes their length when they are written in step (迈开步子、放下架子); before
  bare verbs (引进、使用) the noun they act on is no part of it (人才|培养); a joining
  和/及/与 before it adds one more member, or belongs to it when every member is such a pair
  (全局和局部、当前和长远). The last member ends at 等, at a count
  naming the set (…高山蔬菜四大特色农业), at the 的 before the group noun, at the ending its
  siblings share; a joining 和 splits it (亲和力和凝聚力) when the parts are like their siblings,
  not a 或 that joins alternatives (村民会议或村民代表会议决议);
  when much longer than them it keeps only its opening words (照顾同盟者利益 -> 照顾). A frame a
  preposition opens before the series closes it (在…中, 从…中, 到…去, 以…为, 由…而;
  在…上 and 到…上 unless a sibling ends with 上 too). Parts that each hold
  words and one figure are a tally (减材料60%、减时间70%、…), though a figure elsewhere is a seam. Members of
  one character count when a quotation holds only them (“拆、治、兴”), when a count names them
  or when there are four or more (报、网、端、微、屏).
- A run of quotations (“一网通办”“一网统管”“一网协同”), or parts joined by —, +, an arrow or a
  spaced slash that fill a quotation or a clause (“发现上报—分流交办—限时办结”, 社区党组织+业委会
  +物业企业, 读题干定对象 → 圈资料找要点 → …).
A series that fills the clause after a colon is asked by the clause before it (关键词：A、B、C).
Quotations in straight marks ("站位段") are read as curly ones, doubled marks as single ones.
The words of members (jieba's, with quotations whole) and what siblings share: members.py.

Marked items (一是…；二是…) are outline's; sentences and ；-parts that open alike are parallel
sets (parallel.py), though a set both find is carded once (the extractors' dedupe).
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from functools import lru_cache

from yaodian.extractors import terms
from yaodian.extractors.clause_sets import find_part_sets, last_clause
from yaodian.extractors.members import (
    CLOSERS,
    COUNT,
    EQUALITY_WORDS,
    JOINERS,
    MISREAD_VERBS,
    NOT_PROSE,
    PAIRS,
    QUANTITY,
    QUOTATIONS,
    STOP_BEFORE,
    TAKE_IN,
    UNBALANCED,
    acts,
    adverbs,
    clean_member,
    doubled_halves,
    function_words,
    idioms,
    nouns,
    opens_with_verb,
    shared_ending,
    shared_opening,
    tokens_of,
    verb_nouns,
    verbs,
    word_len_of,
)
from yaodian.extractors.text import (
    ALL_HAN,
    QUOTE_MARKS,
    Paragraph,
    clauses,
    han_len,
    strip_punct,
    word_frequency,
    word_len,
    words,
)
from yaodian.markers import NUMERALS
from yaodian.numerals import numeral_value

# Of the words that end a phrase before a series (STOP_BEFORE), those that modify a verb (重点发展)
# or a noun (重点区域、重要领域): they stop a member only once it is as long as its siblings.
_SOFT_STOPS = {"主要", "重点", "集中"}
# Of those words, the ones that go before a verb (the modal 要, adverbs), not before a noun as a
# preposition does (在信访接待、项目攻坚: 信访 modifies 接待, it governs nothing); and adverbs
# jieba's dictionary does not tag as adverbs (仍 zg, 依旧 z), which frame the verb after them
# as the others do (一些地方仍存在隐性壁垒、…).
_BEFORE_VERBS = {"要", "就", "都", "并", "仍", "依旧"}
_JOINER_CHAR = re.compile("[和及与或]")  # a character every joiner holds
# a clause: up to a clause mark, a | (a Markdown table's cells) or a double dash (——, an aside)
_CLAUSE_PIECE = re.compile(r"(?:[^，,。；;：:！!？?|—]|(?<!—)—(?!—))+")
_CLOSER = re.compile("[" + re.escape("".join(CLOSERS)) + "]")
_WORDLIKE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")  # a token without any is a mark
_LONG_MEMBERS = 8  # siblings this long are phrases that may hold a 的 of their own
# Scraped text doubles its marks (人民至上,、必须坚持; 天使投资,,完善): one of each is meant.
_DOUBLED_SERIES_MARK = re.compile(r"\s*[,，]*\s*、[\s、]*[,，]*\s*")
_DOUBLED_COMMA = re.compile(r"([,，])\s*[,，]+")
# How much longer than the shortest member the longest may be: beyond it, one "member" is a
# clause that swallowed the words after the series (影响、有代表性的党外人士及时推荐到人大).
_BALANCE = 3
_NAME_LONGEST = 6  # the median member of a set of names is no longer than this


@dataclass
class Series:
    lead: str
    members: list[str]
    clause: str
    line: int
    named: str = ""  # the clause before a colon the series' clause follows (关键词：A、B、C)

    @property
    def prompt(self) -> str:
        """The lead; a series that opens its clause is asked by the words after it (…利益), or when
        those are few, by the clause before the colon it follows (关键词)."""
        if word_len_of(self.lead) >= 2:
            return self.lead
        after = strip_punct(self.clause.partition(self.members[-1])[2])
        telling = han_len(after) >= _TELLING_REST and after[0] not in "（("  # not a remark in brackets
        if not telling and word_len_of(self.named) >= 2:
            return self.named
        return "……" + after if len(after) >= 2 else self.clause


_TELLING_REST = 6  # the words after a series that ask for it better than the words before a colon


def find_series(paragraphs: list[Paragraph]) -> list[Series]:
    found: list[Series] = []
    for paragraph in paragraphs:
        text = tidy(paragraph.text)
        if "、" in text:
            for match in _CLAUSE_PIECE.finditer(text):
                piece = match.group()
                if "、" in piece and "｜" not in piece:  # a page's title parts (栏目｜标题) are no prose
                    clause = piece.strip()
                    named = _colon_lead(text, match.start())
                    found += [
                        Series(lead, list(members), clause, paragraph.line, named)
                        for lead, members in _series_of(clause)
                    ]
        found += [
            Series(lead, members, clause, paragraph.line, _colon_lead(text, text.find(clause)))
            for lead, members, clause in _runs_in(text)
        ]
        found += [
            Series(_named(*found_parts), *found_parts[1:], paragraph.line)
            for found_parts in find_part_sets(text)
        ]
    return [series for series in _distinct(found) if not all(map(_ORDINAL_WORD.fullmatch, series.members))]


# An ordinal word alone (第一, 二是, 首先): a series of nothing else quotes the words that number a
# text's points (“第一、第二、第三”的表述使对策层次清晰), no set to recite
_ORDINAL_WORD = re.compile(rf"第[{NUMERALS}]+|[{NUMERALS}]+是|首先|其次|再次|最后")


def _colon_lead(text: str, start: int) -> str:
    """The clause before a colon or a double dash that ends right before `start` (关键词：A、B、C ->
    关键词), else ''."""
    before = text[:start].rstrip()
    mark = 2 if before.endswith("——") else 1 if before[-1:] in ("：", ":") else 0
    return clean_member(last_clause(before[:-mark])) if mark else ""


def _distinct(found: list[Series]) -> list[Series]:
    """Without a series whose members another one found in its paragraph already holds (the same
    set seen by two rules). A part of a set written again elsewhere may be a set of its own there
    (建设A、B、C3个产业集群 after 发展A、B、C、D、E五大特色产业): the extractors' dedupe judges it."""
    kept: list[Series] = []
    for series in found:
        members = set(series.members)
        if not any(series.line == other.line and members <= set(other.members) for other in kept):
            kept.append(series)
    return kept


def _named(lead: str, members: list[str], sentence: str) -> str:
    """The numbered concept the sentence names before the members when it counts them (三个带头，
    即带头…，带头…，带头…: the card asks for 三个带头), with the rest of its clause when that is
    short (三个没有变), else `lead`."""
    before = sentence[: sentence.find(members[0])] if members[0] in sentence else ""
    named = [t.term for t in terms.find_terms([Paragraph(0, before)]) if t.count in (None, len(members))]
    if not named:
        return lead
    closing = (clauses(before) or [""])[-1]  # the clause the members follow
    term = max(named, key=lambda t: (before.rfind(t) + len(t), len(t)))
    rest = closing[closing.rfind(term) + len(term) :] if term in closing else ""
    return clean_member(term + rest) if 0 < han_len(rest) <= _NAMED_REST else term


_NAMED_REST = 2  # the words after a numbered concept that still belong to its name (三个没有|变)


# A quotation in straight marks, as text typed on a Latin keyboard writes it ("站位段"): one pair
# on one line, a few words inside.
_STRAIGHT_QUOTATION = re.compile(r'"([^"“”\n]{1,30})"')


def tidy(text: str) -> str:
    """`text` with its doubled marks made single (see _DOUBLED_SERIES_MARK) and its quotations in
    straight marks in curly ones, the marks every rule here reads as a quotation."""
    if text.count('"') >= 2:
        text = _STRAIGHT_QUOTATION.sub(r"“\1”", text)
    if "、" in text:
        text = _DOUBLED_SERIES_MARK.sub("、", text)
    if "," in text or "，" in text:
        text = _DOUBLED_COMMA.sub(r"\1", text)
    return text


# --- 、 series -------------------------------------------------------------------------------------


@lru_cache(maxsize=65536)  # a clause quoted again (in the document or the next one) is read once
def _series_of(clause: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(lead, members) of each series in `clause`: those inside its quotations and brackets, then
    its own."""
    spans = _spans(clause)
    found: list[tuple[str, tuple[str, ...]]] = []
    for start, end in spans:
        inner = clause[start + 1 : end - 1]
        if "、" not in inner:
            continue
        lead = _clean_lead(strip_punct(clause[:start]))
        if clause[start] in QUOTATIONS:
            if quoted := _quoted_set(inner):
                found.append((lead, tuple(quoted)))
            else:
                found += [(own or lead, members) for own, members in _series_of(inner)]
        else:
            found += [_named_in_remark(inner, own, members, lead) for own, members in _series_of(inner)]
    parts = [_FIGURE_REMARK.sub("", part) for part in _split_outside(clause, spans)]
    if glossed := _glossed_series(parts):
        found.append(glossed)
    elif len(parts) >= 2:
        found += [(series.lead, tuple(series.members)) for series in _series_in(parts)]
    return tuple(found)


# A member's gloss in brackets at the end of its 、-part (温度（以人民为中心）): the member's own remark.
_GLOSS_END = re.compile(r"[（(][^（）()]{2,20}[)）]$")


def _glossed_series(parts: list[str]) -> tuple[str, tuple[str, ...]] | None:
    """(lead, members) of a series of three or more whose members each carry a gloss in brackets
    (分论点：温度（以人民为中心）、精度（以科技为支撑）、力度（…）): read as the series of the bare
    members, each member then with its gloss. None when a part has no gloss, or the bare members
    are no series of as many members."""
    parts = [part.strip() for part in parts]
    glosses = [_GLOSS_END.search(part) for part in parts]
    if len(parts) < 3 or not all(glosses):
        return None
    bare = [part[: gloss.start()] for part, gloss in zip(parts, glosses, strict=True)]
    found = _series_in(bare)
    if len(found) != 1 or len(found[0].members) != len(parts) or found[0].members[1:] != bare[1:]:
        return None
    members = [member + gloss.group() for member, gloss in zip(found[0].members, glosses, strict=True)]
    return found[0].lead, tuple(members)


def _named_in_remark(
    inner: str, own: str, members: tuple[str, ...], lead: str
) -> tuple[str, tuple[str, ...]]:
    """(lead, members) of a series in a bracket: a verb that names a thing (vn) the remark opens
    with is its first member's own when, with it, that member is the name of a public body, as half
    the others or more are (see _ends_alike: （应急管理部、水利部、财政部按职责分工负责）). Else the vn
    governs them, as outside brackets (（救助困难群众、残疾人、留守儿童）)."""
    whole = own + members[0]
    if own and own in verb_nouns() and inner.startswith(whole) and _ends_alike(whole, members[1:]):
        return lead, (whole, *members[1:])
    return own or lead, members


# The characters the names of public bodies end with (民政部, 气象局, 卫健委, 教育厅, 法院, 编办,
# 海关总署): a word that opens such a name (应急|管理部) is its own, whatever its class.
_BODY_ENDINGS = "部局委厅院办署"


def _ends_alike(word: str, siblings: list[str] | tuple[str, ...]) -> bool:
    """Whether `word` ends as half its siblings or more do, with a character that ends the names of
    public bodies (see _BODY_ENDINGS): names of one kind (应急管理部 beside 民政部、公安部; beside
    水利部、中国气象局), whose opening word is their own. (Places a vn governs are no such names:
    建设|茶叶种植示范区、农产品加工集中区.)"""
    ending = word[-1:]
    return (
        bool(siblings)
        and ending in _BODY_ENDINGS
        and 2 * sum(s[-1:] == ending for s in siblings) >= len(siblings)
    )


# A remark in brackets that holds a figure (社会保险（占64.8%）): a note on the member, no part of it.
_FIGURE_REMARK = re.compile(r"[（(][^（）()]*\d[^（）()]*[)）]")


def _spans(text: str) -> list[tuple[int, int]]:
    """The outermost closed quotations and brackets of `text`, as (start, end) slices."""
    spans = []
    opened: list[tuple[str, int]] = []
    for index, char in enumerate(text):
        if opened and char == PAIRS[opened[-1][0]]:
            _, start = opened.pop()
            if not opened:
                spans.append((start, index + 1))
        elif char in PAIRS:
            opened.append((char, index))
    return spans


def _split_outside(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """`text` cut at each 、 outside the `spans`."""
    parts, start = [], 0
    for index, char in enumerate(text):
        if char == "、" and not any(a < index < b for a, b in spans):
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return parts


_QUOTED_LONGEST = 12  # a quoted part longer than this is a sentence, not a coined member
_QUOTED_NAME = 4  # a quotation no longer than this before a noun names it


def _quoted_set(inner: str) -> list[str] | None:
    """The members of a quotation that holds nothing but a series (“拆、治、兴”), else None."""
    parts = [clean_member(p) for p in _split_outside(inner, _spans(inner))]
    sizes = [word_len_of(p) for p in parts]
    if len(parts) < 3 or min(sizes) < 1 or max(sizes) > _QUOTED_LONGEST:
        return None
    if max(sizes[0], sizes[-1]) > max(sizes[1:-1]) + 2:
        return None  # words before or after the series quoted with it (“统战工作上层重要、中层次要…”)
    if max(sizes) >= _BALANCE * min(sizes) and max(sizes) > 6:
        return None
    return parts if len(set(parts)) == len(parts) else None


def _series_in(parts: list[str]) -> list[Series]:
    parts = [p.strip() for p in parts]
    middle = parts[1:-1]
    if any(not p for p in middle) or word_len_of(parts[-1]) == 0:
        return []
    sizes = [word_len_of(p) for p in middle]
    tally = _is_tally(parts)
    # runs of plain members between seams: (head, members, tail)
    runs: list[tuple[str, list[str], str]] = []
    head, current = parts[0], []
    for index, part in enumerate(middle, 1):
        # a part is weighed against the other middle parts: one long part among two would
        # otherwise set the measure it is weighed by
        others = sizes[: index - 1] + sizes[index:]
        typical = statistics.median(others) if others else sizes[index - 1]
        if (
            _is_seam(part, typical, parts[index - 1], parts[index + 1 :], tally)
            or _closes_frame(head, part)
            or _runs_past_ending(part, parts[max(0, index - 2) : index], parts[index + 1 :])
        ):
            runs.append((head, current, part))
            head, current = part, []
        else:
            current.append(part)
    runs.append((head, current, parts[-1]))
    found = []
    for head, mids, tail in runs:
        series = _build(head, mids, tail, tally)
        if series is not None:
            found.append(series)
    return found


def _closes_frame(head: str, part: str) -> bool:
    """Whether `part` closes, inside it, a frame the series' `head` opens (see _FRAMES), and words
    after it open another series (在信访接待、项目攻坚、应急处突中经风雨、见世面、壮筋骨; 到重大斗争、
    艰苦地区、吃劲岗位去经风雨、见世面)."""
    tokens = tokens_of(part)
    head_tokens = tokens_of(head)
    # (not a member framed on its own: 在保护中传承、在传承中发展)
    return any(
        0 < _closing_at(tokens, closing) < len(tokens) - 1
        and opening not in tokens
        and opening in head_tokens
        for opening, closing in _SPLITTING_FRAMES
    )


def _closing_at(tokens: tuple[str, ...], closing: str) -> int:
    """Where among `tokens`, after the first, a frame's `closing` word stands: a word of its own, or
    the opening of a word jieba only guessed, which glues it to the next character (志愿服务|中当|先锋:
    中 closes 在…中); -1 when it does not."""
    for at, token in enumerate(tokens[1:], 1):
        if token == closing or (
            token.startswith(closing) and ALL_HAN.fullmatch(token) and not word_frequency(token)
        ):
            return at
    return -1


def _runs_past_ending(part: str, preceding: list[str], following: list[str]) -> bool:
    """Whether `part` holds, before its end, the ending the two parts before it share (two
    characters or more), and the words after it are as long as a part after it: a series of
    names ends there and one of actions opens (在乡村振兴一线、重大项目一线、信访维稳一线经风雨、
    见世面、壮筋骨)."""
    ending = shared_ending(preceding) if len(preceding) == 2 else ""
    if len(ending) < 2 or part.endswith(ending) or ending not in part[1:]:
        return False
    rest = part[part.rfind(ending) + len(ending) :]
    longest = max(word_len_of(f) for f in following)
    return 2 <= word_len_of(rest) <= longest + 1 and not any(f.endswith(ending) for f in following)


# A part of a tally: words and one figure with its unit (基本履职事项86项, 60%以上的税收, 减材料60%).
_TALLY_WORDS = 2  # the Han characters a part holds besides its figure: no figure alone is a member


def _is_tally(parts: list[str], joined_last: bool = True) -> bool:
    """Whether the 、-parts, three or more, each hold one figure and words of their own: a tally
    (梳理形成基本事项86项、配合事项57项、收回事项21项), whose members are no seams for their figures.
    The last part may hold two, joined by 和 (…80%以上的就业和90%以上的企业数量)."""
    most = [1] * (len(parts) - 1) + [2 if joined_last else 1]
    return len(parts) >= 3 and all(
        1 <= len(QUANTITY.findall(p)) <= n and han_len(QUANTITY.sub("", p)) >= _TALLY_WORDS
        for p, n in zip(parts, most, strict=True)
    )


def _with_figure(last: str, tail: str) -> str:
    """The last member of a tally with its figure when it was cut before it (…收回事项|21项, cut at
    the 项 its siblings end with): up to the end of the figure in `tail`."""
    if QUANTITY.search(last) or not tail.startswith(last):
        return last
    figure = QUANTITY.search(tail, len(last))
    return tail[: figure.end()] if figure and not _CLAUSE_MARK.search(tail[: figure.end()]) else last


_CLAUSE_MARK = re.compile(r"[，,。；;：:！!？?]")


def _is_seam(part: str, typical: float, before: str, following: list[str], tally: bool = False) -> bool:
    """A middle part that joins two series rather than being a member of one: one much longer than
    its siblings, one with a quantity (汽车、家电、餐饮消费分别增长9.3%、7.8%: figures are no
    members), one where a series ends at 等 (…金融领域等实现规则、规制…), one that ends with the
    opening the parts after it share (一个国家、一个民族发展中更基本、更深沉、更持久), one with a 的
    its neighbours lack (a 的 where they have theirs is the members' own: 严的基调、严的措施; so is one
    at the place of the 的 of the words before it: 宣传党的主张、贯彻党的决定). A part
    that is two words of its siblings' length joined by 和 is long as a pair, not as a seam
    (…、坚持“一国两制”和推进祖国统一、外交工作)."""
    if _side_len(part) > max(2 * typical, typical + 6) or (QUANTITY.search(part) and not tally):
        return True
    if (
        "等" in tokens_of(part)[1:-1]
        or _opens_next(part, following)
        or _ends_as_next(part, before, following)
        or _governs_next(part, before, following)
    ):
        return True
    return (
        "的" in part
        and typical < _LONG_MEMBERS
        and not _de_in_step(part, before, following[0])
        and not _de_as_before(part, before)
    )


def _governs_next(part: str, before: str, following: list[str]) -> bool:
    """Whether `part` ends with a quotation a verb inside it governs, the first of a run of
    quotations the part after it opens, and the part `before` it ends with none (全面准确、坚定不移
    贯彻“一国两制”、“澳人治澳”、高度自治方针: the words before the verb end one series, the
    quotation opens the next; not 推行“街乡吹哨”、落实“接诉即办”、“未诉先办”, actions in step)."""
    if not following or following[0][:1] not in QUOTATIONS:
        return False
    quoted = _trailing_quotations(part)
    if len(quoted) != 1:
        return False
    if _trailing_quotations(before):
        return False
    words = tokens_of(part[: len(part) - len(quoted[0])])
    return len(words) >= 2 and words[-1] in verbs()


def _de_as_before(part: str, before: str) -> bool:
    """Whether `before` ends with words as long as `part` that hold its 的 at the same place and
    another character at one place with it (宣传党的主张、贯彻党的决定: members written in step)."""
    ending = before[-len(part) :]
    at = part.index("的")
    if len(ending) < len(part) or ending[at] != "的":
        return False
    return any(ending[i] == part[i] for i in range(len(part)) if i != at)


def _side_len(member: str) -> int:
    """The length of the longer of two words of about one length joined by one 和 (a pair: 坚持“一国
    两制”和推进祖国统一), else of the member."""
    tokens = tokens_of(member)
    joins = [i for i, t in enumerate(tokens) if t in JOINERS and 0 < i < len(tokens) - 1]
    if len(joins) != 1:
        return word_len_of(member)
    sides = sorted(word_len_of("".join(side)) for side in (tokens[: joins[0]], tokens[joins[0] + 1 :]))
    return sides[1] if 2 * sides[0] >= sides[1] else word_len_of(member)


def _opens_next(part: str, following: list[str]) -> bool:
    """Whether `part` ends with a member that opens as the parts after it do, after words of its own
    (…一个民族发展中更基本、更深沉; one part after it: …每一处隐患点都有人盯、有人管). An opening is
    counted in words' characters, not marks: 打造城市“云课堂”、“云展厅” share “云, one character,
    which opens no member."""
    opening = shared_opening(following) if len(following) >= 2 else _opening_in(part, following[0])
    if not opening or (word_len_of(opening) < 2 and len(following) < 2) or part.startswith(opening):
        return False
    at = part.rfind(opening)
    longest = max(word_len_of(f) for f in following)
    return at >= 2 and word_len_of(part[at:]) <= longest + 2


def _ends_as_next(part: str, before: str, following: list[str]) -> bool:
    """Whether `part` ends with a member that ends as the parts after it all do and the part
    `before` it does not, after words of its own that make it much longer than they are (县、乡、
    村形成责任共同体、管理共同体、服务共同体: two series that meet in one part)."""
    ending = shared_ending(following) if len(following) >= 2 else ""
    if len(ending) < 2 or not part.endswith(ending) or before.endswith(ending):
        return False
    return word_len_of(part) >= max(word_len_of(f) for f in following) + 3


def _opening_in(part: str, after: str) -> str:
    """The longest opening of `after`, two characters or more, that `part` holds after its start."""
    size = len(after)
    while size >= 2 and after[:size] not in part[2:]:
        size -= 1
    return after[:size] if size >= 2 else ""


def _de_in_step(part: str, before: str, after: str) -> bool:
    """Whether `after` has a 的 about as far from its start as `part` has, and `before` one
    about as far from its end."""
    at = part.index("的")
    from_end = len(part) - at
    return (
        "的" in after
        and abs(after.index("的") - at) <= 2
        and "的" in before
        and abs(len(before) - before.rindex("的") - from_end) <= 2
    )


def _build(head: str, mids: list[str], tail: str, tally: bool = False) -> Series | None:
    if not mids and not (_JOINER_CHAR.search(head) or _JOINER_CHAR.search(tail)):
        # one member each side of a lone 、 and no joining word to add a third (see
        # _first_members, _split_joined): never three members, so not worth segmenting
        return None
    if not mids and _pair_with_verb(tokens_of(head)[-4:]) and _pair_with_verb(tokens_of(tail)[:4]):
        # (严管和厚爱结合、激励和约束并重: each part joins its own pair, and two parts are no series)
        return None
    pairs = bool(mids) and all(_is_pair(m) for m in mids)
    own_noun = ""
    mid_sizes = [word_len_of(m) for m in mids]
    split_joined = not mids or round(statistics.median(mid_sizes)) <= 6
    counts = (len(mids) + 2, len(mids) + 3)
    closing = _last_members(tail, mids, head, counts, split_joined, pairs)
    if not closing.members:
        return None
    # the verb that closes a frame a 与 before the series may open, unless the members hold a 与 of
    # their own, a word of it (A与B、C与D挂钩; not the 同 of 共同富裕)
    # (the members' words read only where the clause ends on such a verb: a series seldom does)
    reciprocal = _reciprocal_frame(tail)
    if reciprocal and any(_RECIPROCAL_OPENINGS & set(tokens_of(m)) for m in [*mids, *closing.members]):
        reciprocal = ""
    if tally:
        closing.members[-1] = _with_figure(closing.members[-1], tail)
    if not mids:
        sizes = [word_len_of(m) for m in closing.members[:-1]] or [word_len_of(closing.members[0])]
        if word_len_of(closing.members[-1]) > max(sizes) + 2:
            whole = closing.members[-1]
            closing.members[-1] = _opening_words(whole, max(2, round(statistics.median(sizes))))
            # (the first member is found beside the words cut so; the noun after them joins after)
            own_noun = _with_measure_noun(closing.members[-1], whole, closing.members[:-1])
        sizes = [word_len_of(m) for m in closing.members]
    else:
        known = closing.members if closing.marked_end else closing.members[:-1]
        sizes = mid_sizes + [_member_len(m) for m in known]
    typical = round(statistics.median(sizes))
    longest = max(sizes)
    others = [*mids, *closing.members]
    quoted = _trailing_quotations(head)
    before_quoted = tokens_of(head[: len(head) - len("".join(quoted))]) if quoted else ()
    governed = not before_quoted or before_quoted[-1] in verbs() or before_quoted[-1] in STOP_BEFORE
    if quoted and governed and not any(mark in m for m in others for mark in QUOTATIONS):
        # 开展“村晚”“村BA”、读书会: the quotations a verb governs are members, the words before them
        # the lead (siblings without quotation marks give them no words of their own; 农村承包地
        # “三权分置” keeps its noun)
        firsts, lead = quoted, clean_member(head[: len(head) - len("".join(quoted))])
    elif framed := _framed_first(head, others):
        firsts, lead = framed
    else:
        target = max(typical, 1 if longest <= 1 else 2)
        subject = _is_subject(tail)
        firsts, lead = _first_members(head, target, max(longest, 1), others, pairs, bool(reciprocal), subject)
        firsts, lead = _with_shared_opening(firsts, others, lead, mids)
        firsts, lead = _with_own_word(firsts, lead, others)
    if (
        len(firsts) == 1
        and (step := _in_step_first(head, mids, others))
        and (
            word_len_of(firsts[0]) < 1
            or _grows_to(head, firsts[0], step)
            or _opens_as_siblings(firsts[0], step, others)
            or _misread_into(head, firsts[0], step)
        )
    ):
        # (a first member shorter than its siblings written in step takes their length: 迈开|步子
        # before 放下架子、扑下身子; 压|到|企业 before 落到岗位、实到人头)
        firsts, lead = [step], clean_member(head[: -len(step)])
    elif len(firsts) == 1 and (
        framed_first := _inside_frame(head, firsts[0], tail, closing.members[-1], others)
    ):
        firsts, lead = [framed_first], clean_member(head[: -len(framed_first)])
    elif len(firsts) == 1 and (acting := _acting_first(head, firsts[0], others)):
        firsts, lead = [acting], clean_member(head[: -len(acting)])
    elif len(firsts) == 1 and (governed := _governed_first(head, firsts[0], others)):
        firsts, lead = [governed], clean_member(head[: -len(governed)])
    elif len(firsts) == 1 and (modified := _with_modifier(head, firsts[0], others)):
        firsts, lead = [modified], clean_member(head[: -len(modified)])
    if len(firsts) == 1 and (verb := _verb_of_first(head, firsts[0], mids, closing.members)):
        firsts = [verb + firsts[0]]
        lead = clean_member(head[: len(head) - len(firsts[0])])
    if len(firsts) == 1 and (bare := _bare_verb(firsts[0], mids)):
        lead, firsts = clean_member(head[: len(head) - len(bare)]), [bare]
    if len(firsts) == 1 and head.endswith(firsts[0]) and (own := _after_particle(firsts[0])):
        lead, firsts = clean_member(head[: len(head) - len(own)]), [own]
    for regrown in (_with_own_opening, _with_named_activity):
        if len(firsts) == 1 and (grown := regrown(head, firsts[0], others)):
            lead, firsts = clean_member(head[: len(head) - len(grown)]), [grown]
    if reciprocal and lead[-1:] in _RECIPROCAL_OPENINGS and not closing.marked_end:
        closing.members[-1] = _without_closing_verb(closing.members[-1], reciprocal)
    if own_noun.startswith(closing.members[-1]):
        closing.members[-1] = own_noun
    if mids and len(closing.members) == 1:  # (not after 和: 安全生产和民生保障工作)
        closing.members[-1] = _without_shared_head(closing.members[-1], firsts, mids, tail)
    closing.members[-1] = _without_shared_de(closing.members[-1], [*firsts, *mids], tail)
    if mids and len(closing.members) == 1:
        closing.members[-1] = _without_shared_tail(closing.members[-1], [*firsts, *mids])
    if len(mids) == 1 and len(firsts) == 1 and _two_sets_met(firsts[0], mids[0], closing.members, tail):
        return None
    members = [
        m for member in [*firsts, *mids, *closing.members] for m in _quotations_apart(clean_member(member))
    ]
    if len(members) < 3 or any(word_len_of(m) < 1 for m in members) or len(set(members)) < len(members):
        return None
    if any(word_len_of(m) < 2 for m in members) and not (len(members) >= 4 or closing.count == len(members)):
        return None
    if tally and not _is_tally(members, joined_last=False):
        return None  # (a member without its figure, or one grown past its own words)
    if not _plausible(members, lead, not mids and len(closing.members) < 3, closing.whole, tally):
        return None
    if len(firsts) == 1 and head.endswith(firsts[0]) and members[0] == firsts[0]:
        # (bodies named side by side are one member however long: their length tells nothing of the
        # series, which was judged on the member cut to its siblings' length)
        members[0] = _with_kinds_of_body(head, firsts[0])
        lead = clean_member(head[: len(head) - len(members[0])])
    if glossed := _glossed_word(lead, members[0]):
        # (a bracket glosses the word before it, 党组（党委）: no member opens with one)
        members[0] = glossed + members[0]
        lead = lead[: len(lead) - len(glossed)]
    return Series(lead=_clean_lead(lead), members=members, clause="", line=0)


def _glossed_word(lead: str, first: str) -> str:
    """The last word of `lead` when `first` opens with a bracket: what the bracket glosses or names
    otherwise (党组|（党委）理论学习中心组), the first member's own first word; '' when the member opens
    with none or that word governs the series (a verb, a function word: 完善|（一）…)."""
    if first[:1] not in "（(":
        return ""
    tokens = tokens_of(lead)
    word = tokens[-1] if tokens else ""
    if not ALL_HAN.fullmatch(word) or word in STOP_BEFORE or word in function_words() or acts(word):
        return ""
    return word


# Nouns that name what a set of practices makes up (建立首问负责、限时办结、兜底服务|制度; 推行A、B、
# C|机制): after the last member they are every member's head, as 等制度 would be.
_SYSTEMS = frozenset({"制度", "机制", "体制", "体系", "模式", "办法"})
_SHARED_HEADS = _SYSTEMS | {"工作", "活动", "措施", "举措", "行动", "工程", "问题", "现象"}


def _without_shared_head(last: str, firsts: list[str], mids: list[str], tail: str) -> str:
    """`last`, all Han, without the noun of _SHARED_HEADS it ends with, when no sibling ends with it,
    the words before it are as long as a middle member (the first may be cut short: 组织|建设、…、
    保障机制 keeps 机制), two characters or more, and it ends the `tail` or a 的 or 等 follows it
    (not 儿童活动|空间需求: 活动 is no head there), and the members are no verbs with their objects
    (_verb_objects); else `last`."""
    # after bare verbs a noun that no system names is the last verb's object (发现、分析、解决问题)
    bare_verbs = all(acts(m) and len(tokens_of(m)) == 1 for m in mids)
    head = next((h for h in (_SYSTEMS if bare_verbs else _SHARED_HEADS) if last.endswith(h)), "")
    if not head or any(s.endswith(head) for s in [*firsts, *mids]) or not ALL_HAN.fullmatch(last):
        return last
    after = tokens_of(tail[len(last) :]) if tail.startswith(last) else ()
    if after and _WORDLIKE.search(after[0]) and after[0] not in ("的", "等"):
        return last
    rest = last[: -len(head)]  # (jieba may read the noun into a word: 年度|考核制度)
    if _verb_objects(rest, mids):
        return last
    sizes = [word_len_of(s) for s in mids]
    return rest if sizes and max(2, min(sizes)) <= word_len_of(rest) <= max(sizes) else last


def _without_shared_tail(last: str, others: list[str]) -> str:
    """`last` up to the end of its first word that holds the ending all its siblings share, when the
    words after it, two characters or more, make it longer than any sibling by more than two and the
    words up to it are as long as the shortest sibling or longer: a series of names alike
    (党委会、董事会、经理层会议|议事规则; 教育局、财政局、人社局|有关负责同志) says once, after its last
    member, the words that are every member's (the rules of each body, the officials of each office).
    Else `last` (完善学习制度、考勤制度、制度执行情况检查: 制度 alone is shorter than a sibling)."""
    ending = shared_ending(others)
    sizes = [word_len_of(o) for o in others]
    if not ending or not ALL_HAN.fullmatch(last) or word_len_of(last) <= max(sizes) + 2:
        return last
    at = 0
    for token in tokens_of(last)[:-1]:
        at += len(token)
        if ending[-1] in token:
            rest = last[:at]
            return rest if word_len_of(rest) >= min(sizes) and han_len(last[at:]) >= 2 else last
    return last


def _without_shared_de(last: str, others: list[str], tail: str) -> str:
    """`last` without the 的 that ends it and its clause, where no sibling ends with one: the 的
    makes the whole series the subject of the clause after it (对A、B、C的，严肃处理: those who
    did A, B or C), every member's, not the last one's (开放的、包容的 each keep theirs)."""
    tokens = tokens_of(last)
    if len(tokens) < 2 or tokens[-1] != "的" or not tail.rstrip().endswith(last):
        return last
    return last if any(tokens_of(o)[-1:] == ("的",) for o in others) else last[: -len("的")]


def _verb_objects(rest: str, mids: list[str]) -> bool:
    """Whether the members read as verbs and their objects (压实责任、细化措施、做好群众|工作): the
    last member's `rest` opens with a verb and ends with no verb (完善长效|机制; 跟踪回访|制度 is a
    practice), or more middle members of two words or more end with a noun (细化|措施; the first
    may end with one and still be a practice: 考核评价) than with a verb: members that mostly end
    with their verb name actions on what they open with (背街小巷|提升、城市绿地|增量), and a noun
    after the last is theirs. The noun after the last member is then that
    verb's object, no head of every member."""
    acting = verbs() | verb_nouns()
    if len(rest) > 2 and rest[:2] in verbs() and rest[-2:] not in acting:
        return True
    endings = []  # the last word of each middle member of two words or more
    for member in mids:
        member_words = tokens_of(member)
        if len(member_words) >= 2:
            endings.append(member_words[-1])
    noun_endings = sum(1 for ending in endings if ending in nouns())
    verb_endings = sum(1 for ending in endings if ending in acting)
    return noun_endings > verb_endings


def _two_sets_met(first: str, middle: str, last: list[str], tail: str) -> bool:
    """Whether the lone `middle` part is two members of two series that meet in it: a pair of
    names, then a pair of what is said of them, closing the clause (苗头性、倾向性问题|提醒多、处理少).
    It is twice as long as the members each side, its last words are as long as the `last` member
    and open with a word that is no noun, and its first words, a sibling of the `first` member
    (_named_alike), join no two names (教育、医疗卫生和养老服务、就业 is one series). Or a copula
    parts its words: those before it near as long as `first`, those after it as the `last` member
    (享乐主义、奢靡之风|是我们党的隐患、干群关系的裂痕: what two things are)."""
    if len(last) != 1 or strip_punct(tail) != last[0]:
        return False
    size, first_size, last_size = word_len_of(middle), word_len_of(first), word_len_of(last[0])
    if min(first_size, last_size) < 2:
        return False
    tokens = tokens_of(middle)
    for at in range(1, len(tokens)):
        said, named = "".join(tokens[at:]), tokens[:at]
        if JOINERS & set(named):
            continue
        if (
            size >= 2 * max(first_size, last_size)
            and word_len_of(said) == last_size
            and tokens[at] not in nouns()
            and _named_alike(first, "".join(named))
        ):
            return True
        if (
            tokens[at] in _COPULAS
            and abs(word_len_of(said) - len(tokens[at]) - last_size) <= 1
            and _about_first(first, "".join(named))
        ):
            return True
    return False


def _about_first(first: str, named: str) -> bool:
    """Whether `named`, the words before a copula, may be the sibling of `first`: about as long, or
    ending as it does with a lead before it (党的政治建设、思想建设|是…)."""
    return abs(word_len_of(named) - word_len_of(first)) <= 1 or (
        len(named) < len(first) and len(shared_ending([first, named])) >= 2
    )


# The copula between two sets that meet in one part (A、B是C、D): the names before it, what they are
# after it, the second set's members about as long as each other (我们党的大敌、人民的大敌).
_COPULAS = frozenset({"是", "乃"})


def _named_alike(first: str, named: str) -> bool:
    """Whether `named` is a sibling of `first`: it opens with as many characters, ending as `first`
    does (苗头性、倾向性|问题; 形式主义、官僚主义). Words as long as `first` alone are no sign: a
    series' long middle member reads so too (产业升级、科技创新|驱动发展、绿色转型)."""
    size = len(first)
    return len(named) >= size and named[size - 1] == first[-1]


def _after_particle(first: str) -> str:
    """The words of `first` after the particle 的 it opens with, when it does: no member opens with
    it, which closes the words before it (有的|享乐主义: the 的 of 有的, some, is the lead's); ''
    else."""
    tokens = tokens_of(first)
    return "".join(tokens[1:]) if len(tokens) >= 2 and tokens[0] == "的" else ""


def _with_own_opening(head: str, first: str, others: list[str]) -> str:
    """The first member with the word of one character before it in `head`, when its siblings are
    all one length and the member one character short of it, and that word opens the member as
    theirs open: siblings that each open with a word of one character (有|舞台 beside 受|褒奖、
    得|重用: a verb and its object each), the word no function word; or a preposition before a
    member that opens with a noun, its object, and ends with none (对|党忠诚 beside 勇于创新: a phrase
    of its own, to whom one is loyal; not 对|党组织 beside 党员干部, nor 为|稳就业 beside 保障民生 or
    对|抓落实 beside 促进发展, where the preposition governs the whole series). '' else."""
    sizes = {len(o) for o in others}
    if len(sizes) != 1 or len(others) < 2 or not head.endswith(first) or len(head) <= len(first):
        return ""
    (size,) = sizes
    before = tokens_of(head[: -len(first)])
    first_words = tokens_of(first)
    if len(first) != size - 1 or not before or len(before[-1]) != 1 or not ALL_HAN.fullmatch(first):
        return ""
    word = before[-1]
    in_step = all(len(tokens_of(o)[0]) == 1 and len(tokens_of(o)) == 2 for o in others)
    if in_step and word not in function_words() and (word not in STOP_BEFORE or word in _TAKING_VERBS):
        return word + first
    owned = word in _OWN_PREPOSITIONS and first_words[0] in nouns() and first_words[-1] not in nouns()
    return word + first if owned and len(first_words) >= 2 else ""


def _with_named_activity(head: str, first: str, others: list[str]) -> str:
    """The first member with the word before it in `head` when that word names an activity (a
    verb-noun, jieba's vn: 宣传, 服务; not a verb that only acts, 推动, 组织) and the member is a
    topic and an ending of two characters or more that every sibling shares, opened by a verb of
    direction (see _DIRECTIONAL; not a noun, 尊重|企业家), where most siblings
    say an activity before that ending (科普宣传|进村、法律服务|进村) and the first says none: the
    activity is the first member's own (宣传|科普知识进村), written before its topic; '' else (推动|
    科技进村、文化进村: the verb governs the series, whose members name no activity)."""
    ending = shared_ending([first, *others])
    if len(others) < 2 or not head.endswith(first) or len(ending) < 2 or len(first) <= len(ending):
        return ""
    if ending[0] not in _DIRECTIONAL:
        return ""  # (an ending that is a noun, 尊重企业家、理解企业家, makes each member a verb's object)
    before = list(tokens_of(head[: -len(first)]))
    topic = first  # (the member may have been cut to its siblings' length: 党的路线|方针政策…)
    reach = 2 * max(map(word_len_of, others))  # (a topic may be long; a verb or a mark stops it)
    while before and before[-1] not in verb_nouns() and ALL_HAN.fullmatch(before[-1]):
        word = before.pop()
        if word != "的" and (
            word in verbs() or word in function_words() or word in STOP_BEFORE or word in adverbs()
        ):
            return ""  # (a 的 ties a modifier to the topic: 本地的|特色产品)
        topic = word + topic
        if word_len_of(topic) > reach:
            return ""
    if not before or before[-1] not in verb_nouns() or before[-1] in verbs():
        return ""

    def names_activity(member: str) -> bool:
        body = tokens_of(member[: -len(ending)])
        return bool(body) and (body[-1] in verbs() or body[-1] in verb_nouns())

    if names_activity(topic) or 2 * sum(map(names_activity, others)) <= len(others):
        return ""
    return before[-1] + topic


# Verbs of direction that open an ending a series' members share as their predicate (…下基层, …进村,
# …上门, …入户, …到一线): each member says what goes there.
_DIRECTIONAL = frozenset("下进上入到回出")

# Prepositions that may open a member of their own (对党忠诚, 为民服务, 向上向善).
_OWN_PREPOSITIONS = frozenset("对为向")
# Verbs of one character that stop a member grown back (STOP_BEFORE) but take an object of their
# own in step with siblings that open alike (有舞台、受褒奖、得重用); never the copula 是.
_TAKING_VERBS = frozenset("有用做")


def _bare_verb(first: str, mids: list[str]) -> str:
    """The verb of two characters `first` ends with when the middle members are verbs of two
    characters, bare (引进、使用), and the words before it in `first` a noun they all act on (人才|培养、
    引进、使用: 人才 is the series' object, no part of its first member); '' else."""
    if len(mids) < 2 or any(len(m) != 2 or not acts(m) or m in nouns() for m in mids):
        return ""
    verb, before = first[-2:], first[:-2]
    if len(first) <= 2 or not acts(verb) or verb in nouns() or not ALL_HAN.fullmatch(first):
        return ""
    return verb if tokens_of(before)[-1] in nouns() else ""


def _in_step_first(head: str, mids: list[str], others: list[str]) -> str:
    """The first member as the characters `head` ends with, as many as each middle member has, when
    every member holds one character at one place after its first (权责不对等、资源不匹配、力量不下沉;
    干部敢为、地方敢闯、企业敢干): members written in step, where the words jieba reads at the
    end of the head (不对等 as 不|对|等, 敢为 as 敢|为) would stop the member before it began; ''
    else."""
    sizes = {len(m) for m in mids}
    if len(sizes) != 1 or len(others) < 2:
        return ""
    (size,) = sizes
    first = head[-size:]
    if len(first) < size or not ALL_HAN.fullmatch(first):
        return ""
    for at in range(1, size):
        if all(len(m) > at and m[at] == first[at] for m in others):
            return first
    return ""


_MODIFIER_REACH = 3  # how much longer than its longest sibling a first member with its modifier may be


def _with_modifier(head: str, first: str, others: list[str]) -> str:
    """The first member of a set of names with the nouns before it in `head` (正负极|材料、电解液、
    隔膜; 地方政府|债务、房地产、金融): it was grown to its siblings' length, but the words that
    govern the series are further back, a verb, a stop word or a mark (推动, 防范化解, 在), and the
    nouns between are the first member's modifier; '' when there are none, when the member opens
    with a verb, when it is already in step with its siblings (of one length, or each holding one
    character: 天更蓝、山更绿、环境更优美; 供水、供电) or when it would grow much longer than they
    are."""
    if len(others) < 2 or not head.endswith(first) or len(head) == len(first):
        return ""
    tokens = tokens_of(first)
    if not tokens or acts(tokens[0]) or 2 * sum(map(opens_with_verb, others)) >= len(others):
        return ""
    members = [first, *others]
    # (members of one length that each end with a predicate, 国际化程度|高、金融体系|成熟, are a
    # subject and its predicate each: the nouns before the first one's are its subject's too)
    predicates = all(
        len(tokens_of(m)) >= 2 and tokens_of(m)[-1] not in nouns() and not acts(tokens_of(m)[-1])
        for m in members
    )
    if (len({word_len_of(m) for m in members}) == 1 and not predicates) or set.intersection(
        *map(set, members)
    ):
        return ""
    taken = first
    words = tokens_of(head[: -len(first)])
    shortest = min(map(word_len_of, others))
    for at in range(len(words) - 1, -1, -1):
        token = words[at]
        if _predicate_opening(words[:at], token, frozenset(), taken, shortest):
            break  # the verb a modal opens governs the series (要|充分利用|少年宫), tagged as it may be
        if token[0] not in PAIRS and (token not in nouns() or acts(token)):
            governs = not _WORDLIKE.search(token) or token in verbs() or token in STOP_BEFORE
            if not governs and token not in function_words():
                return ""
            break
        taken = token + taken
    else:
        return ""  # (the head's start: a subject, a time or the series' name may come first)
    if taken == first or word_len_of(taken) > max(map(word_len_of, others)) + _MODIFIER_REACH:
        return ""
    return taken


def _governed_first(head: str, first: str, others: list[str]) -> str:
    """The first member without the adverb and the verb after it that open it (要逐级明确|水库、堤防;
    坚决纠治|文山会海; 重点整治|文山会海) when its siblings are names that open with no verb nor
    adverb: the adverb and its verb govern the series. The verb is a word jieba tags as one, as an
    adverb (明确), one it mistags (整治, see MISREAD_VERBS) or one it does not know (纠治); an
    adverb-tagged word before a noun is no sign (首发经济, 高新技术产业园), nor a soft stop before
    no verb (主要负责同志); '' else."""
    tokens = tokens_of(first)
    if len(others) < 2 or not head.endswith(first) or len(tokens) < 2:
        return ""
    # (a soft stop opens a verb's frame only where a verb follows it: 重点|整治, not 主要|负责同志)
    soft = tokens[0] in _SOFT_STOPS and (tokens[1] in verbs() or tokens[1] in MISREAD_VERBS)
    if tokens[0] not in adverbs() and not soft and tokens[0] not in MISREAD_VERBS:
        return ""
    before = tokens_of(head[: -len(first)])[-1:]
    if tokens[0] in MISREAD_VERBS and before and before[0] in nouns() and before[0] not in _SOFT_STOPS:
        return ""  # (a noun before it makes it a name: 专项整治工作取得成效、长效机制逐步建立)
    if any(
        opens_with_verb(m) or (tokens_of(m)[:1] and tokens_of(m)[0] in adverbs() | MISREAD_VERBS)
        for m in others
    ):
        return ""  # (siblings that open with a verb of their own: 清理村内塘沟 after 清理农村生活垃圾)
    at = 1
    while at < len(tokens) - 1 and (
        tokens[at] in adverbs()
        or acts(tokens[at])
        or tokens[at] in MISREAD_VERBS
        or not word_frequency(tokens[at])
    ):
        at += 1
    if at == 1 and tokens[0] not in MISREAD_VERBS:
        return ""  # (an adverb and no verb after it; a mistagged verb alone governs: 整顿|庸懒散拖)
    rest = "".join(tokens[at:])
    if (
        word_len_of(rest) < 2
        or acts(tokens[at])
        or tokens[at] in MISREAD_VERBS  # (推进清理整顿: two verbs make one name)
        or tokens[at] in STOP_BEFORE
        or tokens[at] in function_words()
    ):
        return ""
    return rest


def _inside_frame(head: str, first: str, tail: str, last: str, others: list[str]) -> str:
    """The first member grown back to the preposition of a frame (see _FRAMES) whose closing word
    follows the last member (以创新|价值、能力、贡献为导向 -> 创新价值): the frame holds the series,
    so the words inside it are members; '' when the member would not grow, or would grow much
    longer than its siblings (_MODIFIER_REACH), across a mark, or open with a function word (在与|
    群众面对面) or hold a 的 its siblings do not (在企业的|订单上)."""
    at = tail.find(last) if last else -1
    if at < 0 or not head.endswith(first):
        return ""
    after = tail[at + len(last) :]
    tokens = tokens_of(head)
    for opening, closing in _FRAMES:
        if not after.startswith(closing) or opening not in tokens:
            continue
        start = len(tokens) - tokens[::-1].index(opening)
        member = "".join(tokens[start:])
        longest = max(map(word_len_of, others))
        if (
            len(member) > len(first)
            and member.endswith(first)
            and word_len_of(member) <= longest + _MODIFIER_REACH
            and not _MARK.search(member)
            and tokens[start] not in STOP_BEFORE
            and tokens[start] not in function_words()
            and ("的" not in member or any("的" in m for m in others))
        ):
            return member
    return ""


def _acting_first(head: str, first: str, others: list[str]) -> str:
    """The first member, half its siblings' length or less, grown back to that length when they are
    all of one length, three characters or more, and most open with a verb (a verb and its object:
    建设队伍、服务群众): the first is a verb and its object too, which jieba's words cut short
    (坚持|围绕|中心, 围绕 a stop word; 坚持|预防在|前); '' when the words of `head` make no member
    of that length or it would open with a one-character stop word or a function word."""
    sizes = {word_len_of(m) for m in others}
    if len(others) < 2 or len(sizes) != 1 or not head.endswith(first):
        return ""
    (size,) = sizes
    if size < _ACTING_SHORTEST or 2 * word_len_of(first) > size:
        return ""
    if 2 * sum(bool(tokens_of(m)) and acts(tokens_of(m)[0]) for m in others) <= len(others):
        return ""
    taken = ""
    for token in reversed(tokens_of(head)):
        taken = token + taken
        if word_len_of(taken) >= size:
            opens_badly = (len(token) == 1 and token in STOP_BEFORE) or token in function_words()
            return (
                taken if word_len_of(taken) == size and not opens_badly and ALL_HAN.fullmatch(taken) else ""
            )
    return ""


_ACTING_SHORTEST = 3  # siblings this long are phrases (围绕中心); shorter ones may be bare words


def _grows_to(head: str, first: str, step: str) -> bool:
    """Whether `step`, longer than `first`, ends with it and opens at a word of `head` that is no
    stop word (压|到|企业; not 统战工|作的参谋机构 nor 即|全员育人)."""
    if len(step) <= len(first) or not step.endswith(first):
        return False
    tokens = tokens_of(head)
    taken = ""
    for token in reversed(tokens):
        taken = token + taken
        if len(taken) >= len(step):
            return taken == step and token not in STOP_BEFORE and token not in function_words()
    return False


def _misread_into(head: str, first: str, step: str) -> bool:
    """Whether `first`, longer than `step`, ends with it where a word jieba guessed in `head` (its
    dictionary does not know it) opens before `step` and ends inside it (多|办顺|民意 before 惠民生、
    暖民心: the in-step member is 顺民意, the verb 办 the frame's, 多办…的实事); a member grown by
    whole words is its own (党员|干部|敢为), and so is one a word the dictionary knows opens (党组织|
    建在产业链上 before 党员聚在产业链上)."""
    if len(first) <= len(step) or not first.endswith(step) or not head.endswith(step):
        return False
    cut = len(head) - len(step)
    at = 0
    for token in tokens_of(head):
        if at < cut < at + len(token):
            return not word_frequency(token)
        at += len(token)
    return False


def _opens_as_siblings(first: str, step: str, others: list[str]) -> bool:
    """Whether `step`, longer than `first` by one character, opens with a one-character word (a
    preposition: 用|制度) as every sibling does before the word that follows it in `step`
    (用制度管人、按制度办事、靠制度治理): the preposition is the first member's, as 按 and 靠 are
    theirs, though it is one _grows_to would leave to the lead."""
    if len(step) != len(first) + 1 or not step.endswith(first):
        return False
    shared = next(iter(tokens_of(first)), "")
    if len(shared) < 2:
        return False
    return all(
        (tokens := tokens_of(m)) and len(tokens[0]) == 1 and tokens[0] != step[0] and m[1:].startswith(shared)
        for m in others
    )


def _trailing_quotations(head: str) -> list[str]:
    """The quotations `head` ends with, one after another (…开展“村晚”“村BA”)."""
    quoted: list[str] = []
    for token in reversed(tokens_of(head)):
        if token[0] not in QUOTATIONS or token[-1] != PAIRS[token[0]]:
            break
        quoted.insert(0, token)
    return quoted


def _quotations_apart(member: str) -> list[str]:
    """A member made of two quotations or more written one after another, as one member each."""
    parts = [a or b for a, b in _ONE_QUOTATION.findall(member)]
    if len(parts) >= 2 and not _ONE_QUOTATION.sub("", member).strip():
        return parts
    return [member]


def _framed_first(head: str, others: list[str]) -> tuple[list[str], str] | None:
    """The first member and the lead when the other members share a frame: an opening and a
    function word after it (以…为…: 以“双随机、一公开”监管和“互联网+监管”为基本手段、以重点监管为
    补充、以信用监管为基础) and the head holds the frame's opening with the function word after it:
    the member runs from there, long as it may be."""
    opening = shared_opening(others)
    if len(others) < 2 or not _WORDLIKE.search(opening):
        return None  # (a quotation mark alone opens no frame: “快”和“稳”统一、“破”和“立”并举)
    held = set.intersection(*(set(m[len(opening) :]) for m in others)) & {
        c for c in STOP_BEFORE if len(c) == 1
    }
    at = head.rfind(opening)
    if not held or at <= 0 or not held & set(head[at + len(opening) :]):
        return None
    if word_len_of(head[at:]) > _BALANCE * max(map(word_len_of, others)):
        return None
    return [head[at:]], clean_member(head[:at])


def _with_shared_opening(
    firsts: list[str], others: list[str], lead: str, mids: list[str]
) -> tuple[list[str], str]:
    """When every later member opens with the same words (为A、为B、为C; 常修为政之德、常思贪欲之害),
    or the middle ones do, and the lead holds them (or their first two characters: 以案为鉴 before
    以案促改、以案促治) near its end, the first member opens with them too; when the first member
    holds them after words of its own, it opens there (整治|违规吃喝)."""
    opening = shared_opening(others)
    if len(opening) < 2 and len(mids) >= 2 and len(shared_opening(mids)) >= 2:
        opening = shared_opening(mids)
    if (
        len(firsts) != 1
        or not opening
        or firsts[0].startswith(opening)
        or (len(opening) < 2 and len(others) < 2)
    ):
        return firsts, lead
    sizes = [word_len_of(m) for m in others]
    inside = firsts[0].find(opening, 1)
    # (one character three siblings or more open with is no chance: 采取|停课 before 停工、停业、停运)
    if (len(opening) >= 2 or len(others) >= _IN_STEP_SIBLINGS) and inside > 0:
        # the first member holds the opening after words of its own: the verb that governs the
        # series, or a word that modifies it (重点整治|违规吃喝, 违规收送礼品礼金)
        # (shorter than its siblings when a verb is what stands before it: 严肃查处|违规吃喝 before
        # 违规收送礼品礼金, 违规发放津补贴; never the opening alone: 深化改革 before 改革创新)
        low = len(opening) + 1 if acts(firsts[0][:inside]) else min(sizes) - 1
        if low <= word_len_of(firsts[0][inside:]) <= max(sizes) + 2:
            return [firsts[0][inside:]], lead + firsts[0][:inside]
        return firsts, lead
    whole = lead + firsts[0]
    size = len(opening)
    while size > 2 and whole.rfind(opening[:size], 0, len(lead)) < 0:
        size -= 1
    start = whole.rfind(opening[:size], 0, len(lead))
    # (a first member that opens with two characters or more of the opening may be longer: the
    # words between are its own, 全面|建设社会主义现代化国家 before 全面深化改革)
    reach = 2 * max(sizes) + 1 if size >= 2 and not _MARK.search(whole[start:]) else max(sizes) + 2
    if start < 0 or not min(sizes) - 1 <= word_len_of(whole[start:]) <= reach:
        return firsts, lead
    return [whole[start:]], whole[:start]


def _with_own_word(firsts: list[str], lead: str, others: list[str]) -> tuple[list[str], str]:
    """The first member with the noun or modifier the lead ends with, when a later member opens with
    that same word but not every one does (支部|党员大会 before 支部委员会、党小组会; 重点|行业领域
    before 重点环节和薄弱部位): a word some members repeat is theirs, not a frame over all of them.
    A word every later member opens with stays in the lead; a verb or a function word that governs
    the series (要增强, 聚焦) stays there too. The lead's word is finished first where it runs on into
    the first member (综合经营|主体基础信息: 经营主体 goes to the lead, and no member opens with it)."""
    lead_tokens = tokens_of(lead)
    if len(firsts) != 1 or len(others) < 2 or not lead_tokens:
        return firsts, lead
    word = lead_tokens[-1]
    if (
        word_len_of(word) < 2
        or word in tokens_of(firsts[0])  # (每个网格|配备网格长: the first holds the word already)
        or not ALL_HAN.fullmatch(word)
        or word in verbs()
        or word in function_words()
    ):
        return firsts, lead
    opening = [tokens_of(other)[:1] == (word,) for other in others]
    if not any(opening) or all(opening):
        return firsts, lead
    if finished := _finished_lead_word(word, firsts[0], others):
        # (the whole word, 经营主体, is one no member opens with: it stays the lead's)
        return [firsts[0][len(finished) :]], lead + finished
    longest = max(word_len_of(other) for other in others)
    if word_len_of(word + firsts[0]) > longest + 2:
        return firsts, lead
    return [word + firsts[0]], lead[: -len(word)]


def _finished_lead_word(word: str, first: str, others: list[str]) -> str:
    """The noun the first member opens with when it finishes the noun the lead ends with (经营|主体
    before 基础信息, 经营行为…: 经营主体 is one name) and the rest of the first member is as long as
    its shortest sibling still; else empty. jieba cuts such names in two, so the cut between lead
    and series may fall inside one."""
    tokens = tokens_of(first)
    if len(tokens) < 2 or not ALL_HAN.fullmatch(word + tokens[0]):
        return ""
    if word_len_of(word) < 2 or word not in nouns() | verb_nouns() or tokens[0] not in nouns():
        return ""
    shortest = min(word_len_of(other) for other in others)
    return tokens[0] if word_len_of(first[len(tokens[0]) :]) >= shortest else ""


_MARK = re.compile(r"[^\w“”「」]")
# Words a member opens with to say how many of its kind it means: where a sibling has one, a TAKE_IN
# word before the first member is that member's own, not the whole series'.
_OWN_QUANTIFIERS = tuple(TAKE_IN | {"广大", "全体", "众多"})
_IN_STEP_SIBLINGS = 3  # siblings enough that an opening of one character they share is theirs


def _first_members(
    head: str,
    target: int,
    longest: int,
    siblings: list[str],
    pairs: bool,
    reciprocal: bool = False,
    subject: bool = False,
) -> tuple[list[str], str]:
    """The series' first member grown from the end of `head` (two, when 和 joins them; one pair
    when the members are pairs; not when a 与 or 同 before it opens a `reciprocal` frame, see
    _reciprocal_frame; a vn that opens it stays its own when the series is the clause's `subject`,
    see _is_subject); and the lead."""
    shared = ({t for m in siblings for t in tokens_of(m)} - JOINERS) | _stops_in_step(head, siblings)
    if any(m.startswith(_OWN_QUANTIFIERS) for m in siblings):
        shared |= TAKE_IN  # (each member says how many of its own: 各级党组织、广大党员, not 各级|党组织)
    verbs_stop = 2 * sum(map(opens_with_verb, siblings)) < len(siblings)
    ending = shared_ending(siblings)
    shortest = min(map(word_len_of, siblings))
    first, stop = _grow_back(head, target, longest, shared, verbs_stop, ending, shortest)
    if _verb_opens_first_member(first, stop, siblings):
        first, stop = stop + first, ""  # (有文化、懂技术、善经营, not 有|文化; 做选择、搞变通)
    if (
        verbs_stop
        and first == head
        and not _ends_alike(head, siblings)
        and (after_verb := _after_opening_verb(head, shortest))
    ):
        first, stop = after_verb, head[: -len(after_verb)]
    if verbs_stop and not subject and (after_adverbial := _after_adverbial_verb(head, first, siblings)):
        first, stop = after_adverbial, first[: -len(after_adverbial)]
    if not word_len(first) and (unread := _unread_end(head)):
        # the words jieba could not read end the member, after the one word they tell about (权责|
        # 不对等, not 权责不对|等 stopped at 等)
        told_of = tokens_of(head[: -len(unread)])[-1:] or ("",)
        told = told_of[0] if ALL_HAN.fullmatch(told_of[0]) and told_of[0] not in STOP_BEFORE else ""
        first, stop = told + unread, ""
    rest = head[: len(head) - len(first)]
    members = [first]
    if stop in JOINERS and rest.endswith(stop) and pairs:
        size = word_len_of(first)  # the pair's other word is about as long (当前和长远)
        before, _ = _grow_back(rest[: -len(stop)], size, size, shared, verbs_stop)
        if word_len(before) >= 1:
            members = [before + stop + first]
            rest = rest[: -len(stop) - len(before)]
    elif stop in JOINERS and rest.endswith(stop) and not (reciprocal and stop in _RECIPROCAL_OPENINGS):
        before, _ = _grow_back(rest[: -len(stop)], target, longest, shared, verbs_stop, ending)
        if word_len(before) >= 2 and before not in verbs():  # 加强与…: a verb and a preposition
            rest = rest[: -len(stop) - len(before)]
            if "的" in first and "的" not in before and all("的" in m for m in siblings):
                members = [before + stop + first]  # A和B的N, as every sibling is X的N (地方党委和政府的…)
            else:
                members.insert(0, before)
    return members, clean_member(rest)


# Words that name a kind of body (机关, 企事业单位, 学校…): written side by side with no mark
# between them (机关企事业单位, 学校医院), they name one member, all of them together.
_KINDS_OF_BODY = frozenset(
    {
        "机关",
        "党政机关",
        "国家机关",
        "企业",
        "企事业",
        "企事业单位",
        "事业单位",
        "单位",
        "团体",
        "人民团体",
        "社会团体",
        "学校",
        "高校",
        "医院",
        "科研院所",
    }
)


def _with_kinds_of_body(head: str, first: str) -> str:
    """The first member with the words before it that name kinds of body when it opens with one:
    bodies named side by side are one member (辖区机关|企事业单位 -> 机关企事业单位; 企事业|单位,
    cut to its siblings' length, too), where a word of another kind before it is the lead's (辖区)."""
    opening = tokens_of(first)[:1]
    if not first or not opening or opening[0] not in _KINDS_OF_BODY:
        return first
    before = list(tokens_of(head[: len(head) - len(first)]))
    while before and before[-1] in _KINDS_OF_BODY:
        first = before.pop() + first
    return first


def _verb_opens_first_member(first: str, stop: str, siblings: list[str]) -> bool:
    """Whether the stop word before the first member `first`, a verb of one character (有, 做), is
    the member's own verb: every sibling is a verb of one character and one word as long as `first`
    (有文化、懂技术、善经营、会管理; 做选择、搞变通: each member says what one is or does), or
    one word jieba reads whole that opens with such a verb (打折扣), so the verb is no word before
    the series."""
    if len(stop) != 1 or stop not in verbs() or len(tokens_of(first)) != 1:
        return False
    split = False
    for sibling in siblings:
        tokens = tokens_of(sibling)
        if len(tokens) == 1 and len(sibling) == len(first) + 1 and sibling[0] in verbs():
            continue  # (打折扣 read whole)
        if not (len(tokens) == 2 and len(tokens[0]) == 1 and tokens[0] in verbs() and tokens[1] != stop):
            return False
        if word_len_of(tokens[1]) != word_len_of(first):
            return False
        split = True
    return split


# The words that open a frame a verb closes, whatever stands before them its subject (考核结果与|评先评优、
# 干部使用、绩效奖励|挂钩; 我市与|北京、上海、深圳|相比). 和 and 及 join members: 城市和乡村、… stays a series.
_RECIPROCAL_OPENINGS = {"与", "同"}
# What may stand after the closing verb: its complement (挂钩起来).
_AFTER_CLOSING = {"起来"}
# The verbs that close such a frame: they measure one side against the others (A与B挂钩, 与B相适应,
# 与B相比, 与B接壤), and the words before 与 are no member. Not the verbs that join all sides as one
# (融合, 结合, 衔接, 协调, 统一, 一致, 联动): their subject is a member too (政治效果与法律效果、社会效果
# 相统一; 产业链与创新链、资金链、人才链深度融合), nor 合作 (政府与企业、高校合作).
_RECIPROCAL_VERBS = (
    "挂钩", "脱钩", "适应", "匹配", "接轨", "对接", "相比", "有关", "相关", "无关", "接壤",
)  # fmt: skip
# The words of manner that may stand before a closing verb (直接挂钩, 精准对接, 高度匹配) besides the
# adverbs jieba knows: jieba tags these nouns or nothing, and none ends a member.
_CLOSING_MANNER = {"相", "直接", "紧密", "密切", "有效", "精准", "全面", "高度", "充分", "彻底", "深度"}


def _reciprocal_frame(tail: str) -> str:
    """The reciprocal verb the clause after the series' last 、 ends with, nothing but its complement
    after it (…绩效奖励挂钩, …朝鲜接壤, …资源禀赋相适应); '' else. Before the series a 与 or 同
    then opens a frame the verb closes, and the words before 与 are its subject, no member."""
    tokens = _without_after_closing(tokens_of(strip_punct(tail)))
    return tokens[-1] if len(tokens) >= 2 and tokens[-1].endswith(_RECIPROCAL_VERBS) else ""


def _without_after_closing(tokens: tuple[str, ...]) -> list[str]:
    """The tokens without the complement a closing verb may take at their end (挂钩|起来)."""
    kept = list(tokens)
    while kept and kept[-1] in _AFTER_CLOSING:
        kept.pop()
    return kept


def _without_closing_verb(member: str, verb: str) -> str:
    """The last member without the `verb` that closes a reciprocal frame, when it still ends with it,
    and the adverbs and words of manner before it (选拔任用|直接挂钩, 企业信用|相挂钩); the member whole when that would
    leave under two characters."""
    tokens = _without_after_closing(tokens_of(member))
    if len(tokens) < 2 or tokens[-1] != verb:
        return member
    tokens.pop()
    while len(tokens) > 1 and (tokens[-1] in adverbs() or tokens[-1] in _CLOSING_MANNER):
        tokens.pop()
    cut = "".join(tokens)
    return cut if word_len_of(cut) >= 2 and len(cut) < len(member) else member


def _stops_in_step(head: str, siblings: list[str]) -> set[str]:
    """The one-character stop words near the end of `head` that stand where every sibling holds a
    one-character function word too, counted from the end: the members are a subject and its
    predicate, the stop word is the predicate's (组织覆盖有空白、资源统筹不到位、群众参与不充分),
    no word before the series."""
    shortest = min((len(m) for m in siblings), default=0)
    found = set()
    for place in range(_PREDICATE_STOP[0], min(_PREDICATE_STOP[1], shortest - 1, len(head) - 1) + 1):
        char = head[-place - 1]
        if (
            char in STOP_BEFORE
            and char not in JOINERS
            and all(_predicate_stop(m, place) for m in siblings)
            and _subject_before(head[: -place - 1])
        ):
            found.add(char)
    return found


def _subject_before(before: str) -> bool:
    """Whether `before` (what `head` holds before a predicate's stop word) ends with a word that may
    end the first member's subject, as the siblings' do: one of two characters or more that is no
    adverb nor function word (服务力量|有短板). After an adverb the stop word is the lead's predicate,
    the series its object (一些村仍|有|缺钱、…; 仍然有, 都有)."""
    tokens = tokens_of(before)
    last = tokens[-1] if tokens else ""
    return han_len(last) >= _PREDICATE_SUBJECT and last not in adverbs() and last not in function_words()


def _predicate_stop(member: str, place: int) -> bool:
    """Whether `member` holds a one-character function word `place` characters before its end, after
    a subject of two Han characters or more (资源统筹|不|到位; not 为|党分忧, 当前|和|长远)."""
    char = member[-place - 1]
    return (
        (char in STOP_BEFORE or char in function_words())
        and char not in JOINERS
        and han_len(member[: -place - 1]) >= _PREDICATE_SUBJECT
    )


# Where a predicate's stop word may stand in a member: after the subject, before the last two to
# three characters (有空白, 不到位, 无特色); nearer the end it is a function word ending the member.
_PREDICATE_STOP = (2, 3)
_PREDICATE_SUBJECT = 2  # Han characters of the subject before it at the least


def _unread_end(head: str) -> str:
    """The characters `head` ends with that jieba read one by one, two or more, the last a stop word
    (不对等 as 不|对|等, 不均等 as 不均|等 has one): a word it does not know, cut so that the stop
    word at its end would stop the first member before it began. A series goes on after its first
    member, so a stop word there (等, 对) is no stop but the end of the member's last word. '' else."""
    tokens = tokens_of(head)
    size = 0
    while size < len(tokens) and len(tokens[-1 - size]) == 1 and ALL_HAN.fullmatch(tokens[-1 - size]):
        size += 1
    run = tokens[len(tokens) - size :]
    if size < 2 or run[-1] not in STOP_BEFORE or "的" in run:
        return ""
    return "".join(run)


def _grow_back(
    text: str,
    target: int,
    longest: int,
    shared: set[str],
    verbs_stop: bool = False,
    ending: str = "",
    shortest: int = 0,
) -> tuple[str, str]:
    """The member at the end of `text`, and the word that stopped it ('' at the start of text).

    It grows word by word towards `target` characters (beyond `longest` only to come nearer it:
    可以充分发挥各民主党派、无党派人士 -> 各民主党派) and stops at a mark or a
    function word, unless the siblings hold that word too (`shared`: 敢干者有舞台、实干者得实惠) or
    it is a word of two characters or more that ends the member (项目化推进、清单化管理). When
    `verbs_stop` (the siblings are names, not actions), it may stop after a verb instead: the verb
    that governs the series (强化扬尘、机动车尾气 -> 扬尘; the text whole, 生态保护红线, opens with
    none and stays a candidate). Which verb, when there are several, is the nearest after which
    the member is no shorter than the `shortest` sibling nor longer than the longest (各部门聚焦文山
    会海、…、过度留痕 -> 文山会海: a verb's subject is no part of it), else is decided by length
    (列出依法履职事项、负面清单 -> 依法履职事项), though the words up to a stop that open with
    a verb are none when a member without it ends with the `ending` (要支持律师、会计师 -> 律师);
    a verb inside the `ending` every member shares is the members' own (参谋机构、组织协调机构),
    and so is a one-character verb (讲政治、敢担当)."""

    # the nearest cut after a verb as long as a sibling; else nearest the target, and of two as
    # near, one that opens with no verb (the siblings open with none), then the longer
    def nearest(found: list[tuple[str, str]]) -> tuple[str, str]:
        in_range = [c for c in after_verbs if shortest <= word_len_of(c[0]) <= longest] if shortest else []
        if in_range:
            return min(in_range, key=lambda c: len(c[0]))
        return min(found, key=lambda c: (abs(word_len_of(c[0]) - target), opens_with_verb(c[0]), -len(c[0])))

    taken: list[str] = []
    size = 0  # _length(taken)
    allow_de = target >= _LONG_MEMBERS
    after_verbs: list[tuple[str, str]] = []  # (member, verb) at each verb passed
    stop, stopped = "", False  # stopped: by a word or by its length, not at the start of the text
    words = tokens_of(text)
    for at in range(len(words) - 1, -1, -1):
        token = words[at]
        if (
            verbs_stop
            and not after_verbs
            and any(t in nouns() for t in taken)
            and _predicate_opening(words[:at], token, shared, "".join(taken), shortest)
        ):
            # before names, the word a modal opens (要|立足|茶叶) governs them, however jieba tags it;
            # an adverb there (要|逐级|明确|水库) with the adverbs after it. (A member that names
            # nothing, 要全面|准确, is no name; past a verb jieba knows, it governs: 要重点|抓好|…)
            stop, stopped = token, True
            while token in adverbs() and len(taken) > 1 and taken[0] in adverbs():
                stop = taken.pop(0)
                size -= word_len(stop)
            break
        # past a verb, an adverb, a modal or a soft stop before it frames a clause (重点抓好燃气、…;
        # 一些地方仍存在隐性壁垒、…; 各地要强化扬尘、…): the verb governs the series, and the member
        # is the words after it
        framing = (
            bool(after_verbs)
            and token not in shared
            and (
                token in _SOFT_STOPS
                or token in _BEFORE_VERBS
                or (token in function_words() and token not in STOP_BEFORE)
            )
        )
        stops = framing or (
            (token in STOP_BEFORE or token in TAKE_IN or _glued_to(token))
            and token not in shared
            and (taken or len(token) == 1)
            and not (token in _SOFT_STOPS and size < target)
            # (a word of the ending every member shares is the member's own: …建在产业链上、党员聚在产业链上)
            and not (ending and len("".join(taken)) < len(ending))
        )
        if not _WORDLIKE.search(token) or (stops and not (allow_de and token == "的" and taken)):
            stop, stopped = token, True
            if framing and taken[0] in verbs():
                return nearest(after_verbs)
            break
        token_size = word_len(token)
        # past the longest sibling, a word is taken only to come nearer the target length
        if (
            taken
            and size + token_size > longest
            and (size >= target or size + token_size - target > target - size)
        ):
            stopped = True
            quoted = token[0] in QUOTATIONS and token[-1] == PAIRS[token[0]] and token_size <= _QUOTED_NAME
            if quoted and not any(t in verbs() for t in taken):
                taken.insert(0, token)  # a quoted name before a noun is its own (“村村响”大喇叭)
            elif verbs_stop and len(token) >= 2 and token in verbs() and after_verbs:
                # the words up to the verb that governs the series are a cut after a verb too, a
                # rival to the nearer verbs inside them (重点掌握|独居老人: 独居 modifies 老人)
                after_verbs.append(("".join(taken), token))
            break
        if taken and size + token_size > longest and _opens_with_stop(token, shared, size, target):
            # a word jieba reads across the member's start, a stop word and the member's first
            # character (要强平台、抓机制、增实效: 要强 as 要|强): the member opens after the stop word
            taken.insert(0, token[1:])
            stop, stopped = token[0], True
            break
        if (
            verbs_stop
            and len(token) >= 2
            and token in verbs()
            and len("".join(taken)) > len(ending)
            # a member opens with no function word its siblings hold inside (自治|为基、法治为本)
            and not (taken[0] in STOP_BEFORE and taken[0] in shared)
            and (size >= 2 or target < 2)  # nor is it a suffix among words (快递|员、外卖送餐员)
        ):
            after_verbs.append(("".join(taken), token))
        taken.insert(0, token)
        size += token_size
    else:
        # the whole text: no member when it opens with the verb that governs the series
        stopped = not after_verbs or taken[0] not in verbs()
    if not after_verbs:
        return "".join(taken), stop
    whole = "".join(taken)
    # the words up to a word that ends a phrase are no candidate when they open with the verb that
    # governs the series and the member nearest without them opens with none and ends as every
    # sibling does, a name among names of one kind (要支持律师、会计师、心理咨询师 -> 律师; not
    # an ending with a 的: 着力提升推动高质量发展的本领、服务群众的本领), as the text whole is
    # none (see above)
    best = nearest(after_verbs)
    if (
        stop
        and ending
        and "的" not in ending
        and opens_with_verb(whole)
        and not opens_with_verb(best[0])
        and best[0].endswith(ending)
    ):
        return best
    return nearest(after_verbs + ([(whole, stop)] if stopped else []))


def _glued_to(token: str) -> bool:
    """Whether `token` is a word jieba guessed of one character and the 到 that opens a frame (多到|
    困难多、…的地方去, 沉到|一线): the series' words begin after it."""
    return len(token) == 2 and token[1] == "到" and not word_frequency(token)


# Modal verbs: the word after one opens a predicate (要立足, 应当充分利用, 须落实), a verb or an adverb,
# never a noun that modifies the names after it. jieba tags many such verbs as nouns or adverbs
# (利用 n, 布局 n, 立足 d), so the modal before them is the surer sign.
# (Not 将 nor 可: 将 is also the preposition 把, 将农业、旅游…; 可 opens words, 可再生.)
_MODALS = {"要", "应", "应当", "应该", "须", "必须", "需", "需要", "能", "能够", "可以", "务必"}


def _predicate_opening(
    before: tuple[str, ...],
    token: str,
    shared: set[str] | frozenset[str],
    member: str,
    shortest: int,
) -> bool:
    """Whether `token`, the words `before` it in a head and the `member` after it, opens a
    predicate: it comes right after a modal the `shared` words of the siblings do not hold
    (要|充分利用, tagged a noun) and the `member` is a name longer than half the `shortest` sibling,
    or it is a word of two characters its dictionary does not hold that jieba made of a modal and
    the verb after it (同时|要学|党史; not 要素, 应急). A `member` half as long as its siblings or
    less, or one opening with a verb, is a predicate, and the word after the modal its subject
    (要党委|领导、政府负责; 必须党委|统一领导、部门齐抓共管: jieba tags 领导, 挂帅 and 主体 nouns,
    党委 nothing); the text falls back to the rules for any verb."""
    if len(token) < 2 or not ALL_HAN.fullmatch(token):
        return False  # (a verb of one character may open each member: 要办什么事、缺什么材料)
    if before and before[-1] in _MODALS:
        # (a modal the members hold is theirs: 管行业必须管安全、…)
        opening = (tokens_of(member) or ("",))[0]
        # (one character no noun opening the member is the complement of the word: 正确处理|好)
        glued = len(opening) == 1 and opening not in nouns()
        predicate = 2 * word_len_of(member) <= shortest or acts(opening) or glued
        return before[-1] not in shared and not predicate
    return len(token) == 2 and token[0] in _MODALS and not word_frequency(token)


def _after_opening_verb(head: str, shortest: int) -> str:
    """The words after the one `head`, a whole clause up to the series' first 、, opens with when
    that word is a verb that names a thing (vn, which _grow_back takes for no verb: 发展|竹编、竹笋、
    竹林康养; 运用|大数据、物联网) and the words after it, all Han, are as long as the shortest
    sibling and two characters at least: before members that are names it governs them, as a verb does;
    '' else. (A vn inside a clause may modify the noun after it, 加强|发展规划: only the clause's
    opening word is read so. The caller keeps whole a head that names a public body, as its
    siblings do: 应急管理部 beside 公安部, see _ends_alike.)"""
    taken = tokens_of(head)
    if len(taken) < 2 or taken[0] not in verb_nouns():
        return ""
    rest = "".join(taken[1:])
    return rest if word_len(rest) >= max(shortest, 2) and ALL_HAN.fullmatch(rest) else ""


def _is_subject(tail: str) -> bool:
    """Whether a modal follows the last member in `tail`, the clause's last part (…、民生实事要列出
    清单; …、家庭农场可申请贴息): the series is then what the clause tells about, not what a verb
    before it governs, so a 重点 before it picks the names out (重点改革任务、…), it is no
    adverb."""
    return not (_MODALS | {"可"}).isdisjoint(tokens_of(tail)[1:])


def _after_adverbial_verb(head: str, first: str, siblings: list[str]) -> str:
    """The words of `first` after the verb that names a thing (vn) it opens with, when an idiom or a
    soft stop stands right before that verb in `head` and the words after it are nouns
    (因地制宜|发展|茶叶、中药材、乡村旅游; 重点|发展|茶叶、…): a word that says how the action is
    done makes the verb the predicate that governs the names, no part of the first; '' else, and
    when the nouns left are only the ending every sibling shares (共同|发展|规划 beside 专项规划、区域
    规划: 发展规划 is a name of their kind). (After a verb or a noun a vn may modify the noun that
    follows it, 编制|发展规划, 各地|发展规划: they are left whole; so after a word jieba tags an
    adverb, which may be the verb, 明确|活动主题、时间安排; and after a verb and a soft stop, 推进|
    重点|改革任务, whose stop picks out the names the verb governs.)"""
    tokens = tokens_of(first)
    if len(tokens) < 2 or tokens[0] not in verb_nouns() or not head.endswith(first):
        return ""
    before = tokens_of(head[: -len(first)])[-2:]
    if not before or not (before[-1] in idioms() or before[-1] in _SOFT_STOPS):
        return ""
    if before[-1] in _SOFT_STOPS and len(before) == 2 and before[0] in verbs() and before[0] not in _MODALS:
        return ""  # (a verb's object opens with the stop: 推进|重点改革任务, 梳理|重点监管企业)
    rest = "".join(tokens[1:])
    if not all(token in nouns() for token in tokens[1:]) or word_len(rest) < 2:
        return ""
    return "" if len(rest) <= len(shared_ending(siblings)) else rest


def _opens_with_stop(token: str, shared: set[str], size: int, target: int) -> bool:
    """Whether `token` is a word of two characters that opens with a one-character stop word the
    siblings do not hold, and a member of `size` characters comes nearer the `target` with only the
    character after it than with the word whole."""
    return (
        len(token) == 2
        and token[0] in STOP_BEFORE
        and token[0] not in shared
        and abs(size + 1 - target) < abs(size + 2 - target)
    )


def _cut_unopened_quote(text: str) -> str:
    """Text up to a closing quote or bracket that opened before the series (…基层不要”的偏见)."""
    for match in _CLOSER.finditer(text):
        if CLOSERS[match.group()] not in text[: match.start()]:
            return text[: match.start()]
    return text


# A bracket after a member: what it holds, up to its close or the end of the text.
_BRACKETED = re.compile(r"[（(]([^（）()]*)[)）]?")
_REMARK_SHORTEST = 5  # a bracket holding fewer characters may be part of a name (村（社区）)


def _before_remark(text: str) -> str:
    """Text up to a bracket after its first words that holds a remark rather than part of a name
    (矛盾不上交（有的材料写…）; “双报到”（党组织和党员到社区报到）): a note on the member."""
    match = _BRACKETED.search(text, 1)
    if match and han_len(match.group(1)) >= _REMARK_SHORTEST:
        return _TRAILING_SIGNS.sub("", text[: match.start()])  # (and the signs before it: 增长 ⭐⭐（…）)
    return text


_TRAILING_SIGNS = re.compile(r"[^\w“”「」『』‘’《》]+$")


def _opening_words(
    text: str, target: int, with_de: bool = False, shared: frozenset[str] = frozenset()
) -> str:
    """The leading words of `text` up to `target` characters, never past a 的 unless `with_de` (the
    siblings hold one: 严的基调、严的措施、严的氛围长期坚持) nor past a function word the siblings do
    not all hold (`shared`: 以重点监管为补充、以信用监管为基础的…). A joining word left in it joins
    the words of one member (企业和群众诉求)."""
    tokens = tokens_of(text)
    taken: list[str] = []
    size = 0  # _length(taken)
    for token in tokens:
        if _ends_opening(token, taken, with_de) and token not in shared:
            break
        taken.append(token)
        size += word_len(token)
        if size >= target:
            break
    # a word more when a function word follows it (每一处隐患点|都有人盯): the words before it are
    # one phrase; not a verb nor a word jieba only guessed
    more, grown = list(taken), size
    for token in tokens[len(taken) :]:
        if token in function_words() or (token in STOP_BEFORE and token not in verbs()):
            if len(more) > len(taken):
                taken = more
            break
        grown += word_len(token)
        if token in verbs() or not word_frequency(token) or grown > target + 1:
            break
        more.append(token)
    while taken and taken[-1] in JOINERS:
        taken.pop()
    return "".join(taken)


def _ends_opening(token: str, taken: list[str], with_de: bool) -> bool:
    de = token in ("的", "之") and not (with_de and taken)
    return de or not token.strip() or bool(taken and token in STOP_BEFORE - JOINERS - {"的"})


def _closing_deng(token: str, siblings: list[str]) -> bool:
    """Whether `token` is a word of two characters whose 等 closes the series rather than belongs
    to it (see EQUALITY_WORDS), where no earlier member ends in 等 too (一等、二等、三等: the 等 of
    each is the member's)."""
    return (
        len(token) == 2
        and token.endswith("等")
        and token not in EQUALITY_WORDS
        and bool(ALL_HAN.fullmatch(token))
        and not any(sibling.endswith("等") for sibling in siblings)
    )


@dataclass
class _Closing:
    """The series' last member(s), and whether the last one ended where the text marks an end
    (at 等, a quote, a count, a 的) rather than where its length ran out."""

    members: list[str]
    marked_end: bool
    count: int = 0  # the number a count right after the last member names
    whole: bool = False  # it ends at 等, an ellipsis or a count: whole, however long


def _noun_of_siblings(after_de: tuple[str, ...], siblings: list[str]) -> bool:
    """Whether the word after a last member's 的 is the noun every sibling ends with, one character or
    more (少发文、发短文、发管用的|文): the member ends with it, as its siblings do."""
    ending = shared_ending(siblings)
    return bool(after_de) and bool(ending) and after_de[0] == ending and len(siblings) >= 2


def _last_members(
    tail: str, mids: list[str], head: str, counts: tuple[int, ...], split_joined: bool, pairs: bool
) -> _Closing:
    """The series' closing member(s) at the start of `tail` (see _Closing); `counts`: the numbers of
    members a count after the series may name. The last member ends at 等 or an ellipsis, at a
    count (…高山蔬菜四大特色农业, …私人房屋的五层房屋阶梯), at the 的 before the group noun when
    its siblings have none (…锻炼身体的机构); else, running on past the series, it ends with the
    ending its siblings share (…矛盾、…矛盾、…矛盾不断增多) or after its opening words."""
    siblings = [head, *mids]
    text = _before_remark(_cut_unopened_quote(tail))
    marked = len(text) < len(tail)
    ended = False  # at 等, an ellipsis or a count: the member is whole, however long
    taken: list[str] = []
    for token in tokens_of(text):
        if token in ("等", "等等") or token.startswith("…"):
            ended = True
            break
        if _closing_deng(token, siblings):
            # (jieba reads 不优等 as 不|优等: the 等 that closes the series is not the member's)
            taken.append(token[:-1])
            ended = True
            break
        taken.append(token)
    last = "".join(taken)
    count = COUNT.search(last, 1)
    number = numeral_value(count.group("number")) if count else 0
    if count and number in counts:
        cut = count.start() - (last[count.start() - 1] == "的")
        last, ended = last[:cut], True
    else:
        number = 0
    sizes = [word_len_of(m) for m in mids]
    typical = round(statistics.median(sizes)) if sizes else 0
    tokens = tokens_of(last)
    # (a middle member that is a pair is as long as its longer side: 业委会和物业企业协同)
    at_de = (
        not ended
        and bool(mids)
        and round(statistics.median(map(_side_len, mids))) < _LONG_MEMBERS
        and not any("的" in m for m in mids)
        and "的" in tokens[1:]
    )
    if at_de:
        de = tokens.index("的", 1)
        last = "".join(tokens[:de])
        if _noun_of_siblings(tokens[de + 1 :], siblings):
            # (the noun after the 的 is the one its siblings end with: 少发文、发短文、发管用的文)
            last = "".join(tokens[: de + 2])
    runs_on = not (ended or at_de or marked)
    members = _split_joined(last, bool(mids), head, mids, runs_on) if split_joined and not pairs else [last]
    longest = max([*sizes, *(word_len_of(m) for m in members[:-1])]) if mids else 99
    last = members[-1]
    if at_de and word_len_of(last) > longest:
        last = _through_doubled_half(_without_predicate(last, mids), last)
    elif runs_on and mids:
        if subject := _before_joint_predicate(last, [*mids, *members[:-1]]):
            last, runs_on = subject, False  # (its end is marked: 社会组织|共同参与, not 社会|组织)
        else:
            last = _through_doubled_half(_before_predicate(last, [*mids, *members[:-1]]), last)
    closed = False  # by the word that closes a frame the head opens: the member's end is marked
    for opening, closing in _FRAMES:
        framed = tokens_of(last) if opening in tokens_of(head) else ()
        at = _closing_at(framed, closing)
        if closing == "而" and at > 0 and not _closes_source_frame(framed, at, mids):
            continue
        # (not where the middle members hold the closing word too: 以县医院为龙头、乡镇卫生院为枢纽)
        if at > 0 and opening not in framed and not any(closing in tokens_of(m) for m in mids):
            # the word that closes the frame the head opens (在学习、工作、生活中; 以民兵、…、护林员为主体)
            if closing == "而":  # (an adverb before 而 is the predicate's: 弱小|逐步|而成规模)
                while at > 1 and framed[at - 1] in adverbs():
                    at -= 1
            if closing == "去" and at > 1 and framed[at - 1] in _PLACE_ENDINGS:
                at -= 1  # (到基层一线、急难险重任务中去: 中去 closes the frame)
            last = "".join(framed[:at])
            # (a place closed so is the member's end; a role, 以失能、失智、高龄老年人为主, may hold
            # the noun its siblings share after it, and is cut as it runs on)
            closed = closing in _PLACE_CLOSINGS
    if closed and len(members) == 1 and split_joined and not pairs:
        # (the frame ends the member where the words after the series began: a joining word in it
        # now joins two members, 从党员、…、退役军人和返乡青年中选拔)
        *firsts, last = _split_joined(last, bool(mids), head, mids)
        members = [*firsts, last]
    members[-1] = _without_closing_on(last, head, [*mids, *members[:-1]])
    last = members[-1]
    # (with no middle member, the one joined before the last is its sibling: 问题导向、目标导向和结果导向相统一)
    ending = shared_ending([*siblings, *members[:-1]]) if mids or len(members) > 1 else ""
    inside = _inside_words(last)
    cuts = [
        _after_coverb_verb(last, m.start(), m.end())
        for m in re.finditer(re.escape(ending), last)
        if m.start() > 0 and m.end() < len(last) and m.end() not in inside
    ]
    cuts = [end for end in cuts if end < len(last)]
    if cuts and (own := _own_object(last[: max(cuts)], last[max(cuts) :], [*mids, *members[:-1]])):
        # (健全…制度、深化土地制度改革: 改革 is what 深化 acts on, no noun the series shares)
        cuts = [max(cuts) + len(own)] if max(cuts) + len(own) < len(last) else []
    if ending and cuts and not (_ALTERNATIVES & set(tokens_of(last)) and last.endswith(ending)):
        # (two alternatives that each end so are one member: 村民会议或村民代表会议决议)
        members[-1] = last[: min(cuts, key=lambda end: abs(word_len_of(last[:end]) - typical))]
    elif runs_on and not closed and len(members) == 1 and (cut := _in_step(last, head, mids)):
        # (not a member a place frame closed, as 等 would: 从案例、数据、群众评价|中)
        members[-1] = _with_measure_noun(_through_doubled_half(cut, last), last, [head, *mids])
    elif not ended and not closed and _alternatives_len(last) > longest + max(2, longest // 2):
        # up to the last word of a sibling's (灵活就业人员、农民工、新就业形态人员|社保制度), else as
        # long as its siblings, and of one character where they all are (田、土、…、管综合治理)
        size = typical if longest == 1 else max(2, typical)
        cut = _up_to_sibling_word(last, siblings, longest)
        held = frozenset.intersection(*(frozenset(tokens_of(m)) for m in mids)) - {"的"}
        opening = _with_measure_noun(
            cut or _opening_words(last, size, any("的" in m for m in mids), held), last, siblings
        )
        opening = _through_doubled_half(opening, last)
        members[-1] = _without_closing_on(opening, head, [*mids, *members[:-1]])  # (弱有所扶上|持续用力)
        return _Closing([m for m in members if m.strip()], bool(cut), 0)
    # (once more where the member was cut to its siblings' length)
    members[-1] = _without_closing_on(members[-1], head, [*mids, *members[:-1]])
    return _Closing([m for m in members if m.strip()], marked or ended or at_de, number, ended)


def _through_doubled_half(cut: str, last: str) -> str:
    """`cut` run on to the end of `last`'s doubled words (see members.doubled_halves) when it ends inside
    their second half: cut to its siblings' length, such a member ends half said (不作为慢, 不担当不).
    Cut between its halves (乱摊派|乱集资), it ends at a word and stays so."""
    halves = doubled_halves(last)
    if halves and halves[0] < len(cut) < halves[1]:
        return last[: halves[1]]
    return cut


def _member_len(member: str) -> int:
    """A member's length beside its siblings': a doubled member (不作为慢作为, see members.doubled_halves)
    is as long as its longer half, as each half is a member's words of its own."""
    halves = doubled_halves(member)
    if halves and halves[1] == len(member):
        return max(word_len_of(member[: halves[0]]), word_len_of(member[halves[0] :]))
    return word_len_of(member)


# Prepositions that take a noun before the verb they lead to (由群众评判, 被实践检验, 向群众学习).
_COVERBS = frozenset("由被让把将向对给从为靠经")


def _after_coverb_verb(last: str, start: int, end: int) -> int:
    """Where the last member `last` ends when the ending its siblings share runs from `start` to
    `end`: at `end`, unless a preposition opens that ending as its object (成效由|群众|评判 after
    心里装着群众、工作依靠群众): then the verb the preposition leads to is the member's too, or the
    member is left without its predicate. The word after must be a verb or tagged a noun (jieba tags
    some such verbs nouns: 评价, 论证, 指导), not a word that comes before the verb: a pronoun, an
    adjective or adverb (由群众|自己管理, 被群众|广泛认可, 由群众|共同决定)."""
    before = tokens_of(last[:start])
    after = tokens_of(last[end:])
    if not (before and before[-1] in _COVERBS and after):
        return end
    word = after[0]
    if ALL_HAN.fullmatch(word) and word not in function_words() and (acts(word) or word in nouns()):
        return end + len(word)
    return end


def _own_object(last: str, rest: str, siblings: list[str]) -> str:
    """The word that opens `rest`, the words after the ending the siblings share, which `last`, the
    last member up to that ending, runs on with, when it is the last member's own: a word that names
    an action (改革, 建设) after members that each open with a word of their own, two characters long
    and no noun (健全…制度、深化土地制度|改革: verbs and their objects, which no noun after them is
    shared by); '' else. Not after names (户籍制度、土地制度、财税制度|改革), nor after members that
    open alike (基本…、基本…: a modifier they share)."""
    tokens = tokens_of(rest)
    if not tokens or tokens[0] not in verb_nouns() or not siblings:
        return ""
    return tokens[0] if _acts_on_objects([*siblings, last]) else ""


def _verb_of_first(head: str, first: str, mids: list[str], last: list[str]) -> str:
    """The verb (or two joined by 和: 巩固和完善) that `head` ends with right before the `first`
    member, when the others are verbs with their objects (see _acts_on_objects) and the first and
    the middle members share an ending of two characters or more (…经营制度、健全…支持制度): the
    first is a verb and its object too, its verb no lead's (巩固和完善|农村基本经营制度); '' else.
    Before a first member that opens with a verb of its own, only the verb joined to it (巩固和|完善…)."""
    others = [*mids, *last]
    if len(others) < 2 or not head.endswith(first) or len(shared_ending([first, *mids])) < 2:
        return ""
    opening = tokens_of(first)
    if not opening or not _acts_on_objects(others):
        return ""
    before = tokens_of(head[: len(head) - len(first)])
    if opening[0] in verbs():  # (its verb the second of two joined: 巩固和|完善…)
        joined = len(before) >= 2 and before[-1] in JOINERS and before[-2] in verbs()
        return "".join(before[-2:]) if joined else ""  # (a lead never ends with 和: 坚持和|完善…)
    if opening[0] not in nouns() or not before or before[-1] not in verbs() or before[-1] in STOP_BEFORE:
        return ""
    if len(before) >= 3 and before[-2] in JOINERS and before[-3] in verbs():
        return "".join(before[-3:])
    return before[-1]


def _acts_on_objects(members: list[str]) -> bool:
    """Whether each member opens with a word of its own, two characters long, no noun nor verb that
    names a thing, and goes on past it to words of its own (健全…制度、深化土地制度改革): verbs and
    their objects, though jieba tags some of those verbs otherwise (健全 a). Members that open alike
    (基本…、基本…) share a modifier; members alike but for their opening (托育服务体系、助残服务体系)
    are kinds of one thing, the opening a name's (助残 vn)."""
    openings = [tokens_of(m)[0] if tokens_of(m) else "" for m in members]
    rests = {m[len(word) :] for word, m in zip(openings, members, strict=True)}
    return len(set(openings)) == len(openings) == len(rests) and all(
        len(word) == 2
        and ALL_HAN.fullmatch(word)
        and word not in nouns()
        and word not in verb_nouns()
        and len(tokens_of(m)) >= 2
        for word, m in zip(openings, members, strict=True)
    )


def _inside_words(text: str) -> set[int]:
    """The places in `text` that fall inside one of its words jieba's dictionary knows and leave no
    word of two characters or more after them in it (the 贷 of 中长期贷款 ends no member, though
    信用贷 ends so): no member is cut there. A compound of words may be cut between them (思维|能力,
    五中|全会), and a word jieba only guessed anywhere (生活|上作|表率)."""
    inside: set[int] = set()
    start = 0
    for token in tokens_of(text):
        if len(token) > 1 and word_frequency(token):
            inside.update(
                start + at
                for at in range(1, len(token))
                if len(token) - at < 2 or not word_frequency(token[at:])
            )
        start += len(token)
    return inside


# A frame a preposition before a series opens and a word after its last member closes: a place
# among the members (在学习、工作、生活中; 从党员骨干、退役军人中选拔), a role (以…为主体), a
# destination (到基层一线、吃劲岗位去), a source (由技术革命性突破、…、产业深度转型升级而催生).
_FRAMES = (("在", "中"), ("从", "中"), ("以", "为"), ("到", "去"), ("由", "而"))
# Of those, the ones that close a place (在…中, 从…中, 到…去), and the words of place before 去.
_PLACE_CLOSINGS = ("中", "去")
_PLACE_ENDINGS = ("中", "里")
# Of those, the ones whose closing word may stand inside a part with the words of a second series
# after it (…应急处突中经风雨、见世面; …吃劲岗位去经风雨、见世面): 以…为 is a member's own verb, and
# 由…而 closes only after the last member.
_SPLITTING_FRAMES = tuple(frame for frame in _FRAMES if frame[1] not in ("为", "而"))

# Where a 在 or 到 before a series opens a place that a 上 after its last member closes (把精力用在
# 抓落实、办实事、解难题上; 在幼有所育、…、弱有所扶上持续用力; 投入到…上): the 上 is the frame's.
_ON_OPENINGS = ("在", "到")
# Characters after which a final 上 is a verb or its complement, no frame's (顶风而上, 敢冲敢上, 冲得上,
# 跟得上, 能上).
_BEFORE_VERB_SHANG = ("而", "敢", "得", "能")
# The words that close such a frame after the last member (…上; …上来, …上去 with a direction).
_ON_CLOSINGS = ("上来", "上去", "上")


def _closes_source_frame(framed: tuple[str, ...], at: int, mids: list[str]) -> bool:
    """Whether the 而 at `at` among the last member's words `framed` closes a 由…而 frame the head
    opens: not where the middle members open with a 由 of their own (由降转升、由弱转强、逆势而上: no
    frame holds them), nor where one character other than 成 or 来 follows it, which ends an idiom
    (逆势|而|上, 顺势|而|为, 破茧|而|出; 而成, 而来 close a frame as 而催生 does)."""
    if any(m.startswith("由") for m in mids):
        return False
    after = framed[at][1:] or (framed[at + 1] if at + 1 < len(framed) else "")
    return not (len(after) == 1 and after not in "成来")


def _without_closing_on(last: str, head: str, siblings: list[str]) -> str:
    """`last` without the 上 that closes a 在…上 or 到…上 frame the head opens, when no sibling
    ends with 上 (the first member, which ends `head`, among them: 刀刃上、关键处、节骨眼上) and the
    member left is no shorter than its siblings; a word of jieba's own that ends with 上 (网上,
    用得上, 以上) keeps it, and so does a member that would be cut shorter than its siblings (线上
    among 线下、…: 线 is no member) or a 上 that is the member's verb or its complement after
    而, 敢, 得 or 能 (顶风而上, 敢冲敢上, 冲得上). A 上来 or 上去 closes such a frame as 上 does
    (转到抓发展、保民生上来)."""
    closing = next((c for c in _ON_CLOSINGS if last.endswith(c)), "")
    if not closing or not siblings or any(m.endswith(closing) for m in [head, *siblings]):
        return last
    if closing != "上":
        # (a word of its own after the member: 上来 is no part of it; but where a sibling ends with
        # its 来 or 去, each member is a frame of its own: 到基层一线去、…、到急难险重岗位上去)
        if any(m.endswith(closing[-1]) for m in [head, *siblings]):
            return last
        cut = last[: -len(closing)]
        opens = any(t in _ON_OPENINGS or t.endswith(_ON_OPENINGS) for t in tokens_of(head))
        final = tokens_of(last)[-1]
        fits = bool(cut) and word_len_of(cut) >= min(map(word_len_of, siblings))
        return cut if opens and final == closing and fits else last
    if last[-2:-1] in _BEFORE_VERB_SHANG:
        return last
    opened = any(
        token in _ON_OPENINGS
        or (token.endswith(_ON_OPENINGS) and (token in verbs() or not word_frequency(token)))
        for token in tokens_of(head)
    )  # (or a verb glued to its 在: 放在, 耗在; not a noun or adverb such as 现在, 正在)
    final = tokens_of(last)[-1]
    if not opened or (final != "上" and word_frequency(final) > 0):
        return last
    cut = last[:-1]
    return cut if word_len_of(cut) >= min(map(word_len_of, siblings)) else last


# Members of one short length (two to four characters: 助餐、助洁、助医; 降碳、减污、扩绿) are words
# in step; a last member that runs on past that length holds the words after the series.
_STEP_LONGEST = 4


def _in_step(last: str, head: str, mids: list[str]) -> str:
    """The opening words of `last` as long as its siblings when they are all of one short length
    (the middle ones, and the words the head ends with or a second middle one) and `last`, no word
    joined on by 和 (…经费和安全保障), runs on past it: the words after are the whole series' (助医
    服务 after 助餐、助洁; 组织振兴 after 产业、人才、文化、生态; 增长协同 after 降碳、减污、扩绿);
    '' else."""
    sizes = {word_len_of(m) for m in mids}
    any_member_is_phrase = any(opens_with_verb(m) or set(tokens_of(m)) & function_words() for m in mids)
    if len(sizes) != 1 or any_member_is_phrase:
        return ""  # (actions and phrases may run longer: 有预案、有队伍、有培训演练; 天更蓝、环境更优美)
    (size,) = sizes
    head_tokens = tokens_of(head)
    in_step = (
        len(mids) >= 2
        or (bool(head_tokens) and word_len_of(head_tokens[-1]) == size)
        or _opens_alike(head[-size:], mids[0], last)
    )
    if not (2 <= size <= _STEP_LONGEST and in_step and word_len_of(last) > size):
        return ""
    taken = ""
    for token in tokens_of(last):
        taken += token
        if word_len_of(taken) >= size:
            break
    return taken if word_len_of(taken) == size and len(taken) < len(last) else ""


# Nouns that name the reach of what a verb before them says (参会|范围, 可承受|程度, 参训|对象): after a
# verb they finish its member. Not nouns that as readily follow a thing's name (住房、车辆、接待|标准:
# 标准, 水平, 规模, 要求, 方式… are the series'), nor nouns of people or things (孤儿、单亲、留守|儿童).
_MEASURE_NOUNS = frozenset({"范围", "程度", "对象", "幅度", "限度"})


_ASKING = frozenset({"什么", "多少", "哪些"})  # (干什么、怎么干、干到什么|程度: the noun is the member's)


def _with_measure_noun(cut: str, last: str, siblings: list[str]) -> str:
    """`cut`, the opening words of the last member `last`, with the noun of measure that follows
    them (_MEASURE_NOUNS) when they end with a verb (or a word jieba does not know) and every sibling
    ends with a noun: the noun is the member's head (日期、地点、议题、参训|对象 -> 参训对象;
    质量、速度和群众可接受|程度), not a word the siblings share, which would make them nonsense;
    a noun after nouns stays the series' (教育、医疗、养老|领域), and so does one after a verb-noun
    (警示教育|一体推进)."""
    rest = last[len(cut) :] if cut and last.startswith(cut) else ""
    cut_tokens, rest_tokens = tokens_of(cut), tokens_of(rest)
    if not (cut_tokens and rest_tokens) or rest_tokens[0] not in _MEASURE_NOUNS:
        return cut
    final = cut_tokens[-1]
    if not (final in verbs() or final in _ASKING or (ALL_HAN.fullmatch(final) and not word_frequency(final))):
        return cut  # (a verb-noun names a thing of its own: 警示教育|一体推进)
    if final not in _ASKING and not all(tokens_of(m) and tokens_of(m)[-1] in nouns() for m in siblings if m):
        return cut  # (after 什么 a noun is its head whatever the siblings are)
    return cut + rest_tokens[0]


def _opens_alike(first: str, middle: str, last: str) -> bool:
    """Whether the first member (the head's last characters, as many as the middle member has), the
    middle one and the last open with one character, no verb, that is a word of its own in the middle
    one (新产业、新模式、新动能发展: 新|模式): members in step, though jieba reads the first's opening
    as part of the head."""
    tokens = tokens_of(middle)
    return (
        bool(first)
        and bool(ALL_HAN.fullmatch(first))
        and first[0] == middle[0] == last[:1]
        and len(tokens) > 1
        and len(tokens[0]) == 1
        and not acts(tokens[0])  # (管行业、管业务、管生产经营: a verb's objects may run longer)
    )


_SIBLING_WORD_REACH = 4  # how much longer than its longest sibling a last member cut so may be


def _up_to_sibling_word(last: str, siblings: list[str], longest: int) -> str:
    """`last` up to the first place where it ends with the last word of one of its siblings (two
    characters or more), not much longer than the longest sibling; '' when there is none."""
    endings = {tokens_of(m)[-1] for m in siblings if tokens_of(m) and len(tokens_of(m)[-1]) >= 2}
    taken = ""
    for token in tokens_of(last)[:-1]:
        taken += token
        if word_len_of(taken) > longest + _SIBLING_WORD_REACH:
            return ""
        if token in endings and len(taken) > len(token):
            return taken
    return ""


def _without_predicate(last: str, mids: list[str]) -> str:
    """The last member without the verbs that end it when no sibling ends with one: the
    predicate of the words after the series (城市、乡镇、村庄开展的… -> 村庄)."""
    tokens = list(tokens_of(last))
    if any(tokens_of(m) and tokens_of(m)[-1] in verbs() for m in mids):
        return last
    if _step_before_predicate(last, mids):
        return last
    while len(tokens) > 1 and tokens[-1] in verbs():
        tokens.pop()
    return "".join(tokens)


def _step_before_predicate(last: str, mids: list[str]) -> bool:
    """Whether `last` is written in step with its siblings up to the verb that ends it: a character
    every member holds at one place after its first, with words of its own on both sides of it
    (道路最难走 beside 收入最低: a subject, 最 and a predicate each), before that verb, so the verb is
    the member's own predicate as the siblings' adjectives are theirs (not 社区普遍开展 beside 学校、
    医院, where the verb is the clause's; nor 县委书记参加 beside 省委书记, whose shared 委 and
    书记 make one name, nor 以案促治 beside 以案为鉴, which share their opening)."""
    verb = tokens_of(last)[-1:]
    if not mids or not verb or verb[0] not in verbs():
        return False
    size = len(last) - len(verb[0])

    def in_step(at: int) -> bool:
        if not all(len(m) > at + 1 and m[at] == last[at] for m in mids):
            return False
        heads = {m[:at] for m in [*mids, last]}
        tails = {m[at + 1 :] for m in mids} | {last[at + 1 : size]}
        return len(heads) == len(tails) == len(mids) + 1

    return any(in_step(at) for at in range(1, size))


# Adverbs that say how the members of a series act together or all alike (共同参与, 广泛参与, 积极
# 投身): one of them before a verb right after the last member opens the clause's predicate.
_JOINT_ADVERBS = frozenset(
    {"共同", "广泛", "积极", "主动", "一起", "一道", "携手", "纷纷", "普遍", "齐心", "协同"}
)


def _before_joint_predicate(last: str, siblings: list[str]) -> str:
    """The last member up to a predicate opened by an adverb of acting together (_JOINT_ADVERBS)
    followed by a verb, when the series is the subject of the clause it runs on into and the words
    before it are no shorter than the shortest sibling nor longer than the longest and two more
    (居民、企业、社会组织共同参与 -> 社会组织, not 社会; 志愿者、新就业群体广泛参与 -> 新就业群体);
    '' else."""
    tokens = tokens_of(last)
    sizes = [word_len_of(m) for m in siblings]
    shortest, longest = max(2, min(sizes)), max(sizes)
    if all(tokens_of(m) and tokens_of(m)[-1] in nouns() and not acts(m) for m in siblings):
        shortest = 2  # (siblings that are names say no one does what: 大学、科研机构、企业|协同创新)
    for i, token in enumerate(tokens[1:], 1):
        # (jieba may read the adverb and its verb as one word: 积极参与)
        glued = token[:2] in _JOINT_ADVERBS and token[2:] in verbs()
        if glued or (token in _JOINT_ADVERBS and i + 1 < len(tokens) and tokens[i + 1] in verbs()):
            before = "".join(tokens[:i])
            in_step = len(siblings) >= 3 and len({word_len_of(m) for m in siblings}) == 1
            if in_step and tokens[i - 1] in verbs():
                return ""  # (a word the series shares: 产业、人才、文化、生态、组织|振兴共同推进)
            # (shorter than its siblings, the words are the member's subject: 党委统一领导、部门齐抓
            # 共管、群众广泛参与 says who does what, and the adverb is the member's)
            fits = shortest <= word_len_of(before) <= longest + 2
            if fits and not set(tokens[:i]) & function_words():
                return before
            return ""
    return ""


def _before_predicate(last: str, siblings: list[str]) -> str:
    """The last member up to the verb and object that follow it when the series is the subject of
    a clause it runs on into, its members names without a verb (县级专家、乡镇全科医生、村医和护士
    组成团队 -> 护士; 移风易俗、环境整治、邻里互助纳入积分管理 -> 邻里互助: of the verbs, the one
    after words as long as the siblings; the words before it no shorter than the shortest sibling
    nor longer than the longest: a verb in a name is none, 党员先锋岗、党员责任区、党员示范窗口),
    else the member whole (亲自谋划、亲自部署、亲自推动)."""
    if any(t in verbs() for m in siblings for t in tokens_of(m)):
        return last
    tokens = tokens_of(last)
    sizes = [word_len_of(m) for m in siblings]
    typical = statistics.median(sizes)
    cuts = [
        i
        for i, t in enumerate(tokens)
        if 0 < i < len(tokens) - 1
        and len(t) >= 2
        and t in verbs()
        and tokens[i + 1] not in JOINERS  # a verb with its object (组成团队), not a word joined on (做法和…)
        and max(2, min(sizes)) <= word_len_of("".join(tokens[:i])) <= max(sizes)
    ]
    if not cuts:
        return last
    at = min(cuts, key=lambda i: abs(word_len_of("".join(tokens[:i])) - typical))
    return "".join(tokens[:at])


# Words that join alternatives (村民会议或村民代表会议决议): with members enough without them, the
# two sides are one member, either of which does.
_ALTERNATIVES = {"或", "或者"}


def _alternatives_len(member: str) -> int:
    """The length of a member, or of the longer of two alternatives it joins by 或 (村民会议或村民代表
    会议决议): either is as long as a sibling."""
    return _side_len(member) if _ALTERNATIVES & set(tokens_of(member)) else word_len_of(member)


def _split_joined(text: str, strict: bool, head: str, mids: list[str], runs_on: bool = False) -> list[str]:
    """A 和/及/与 that joins the last two members splits them (亲和力和凝聚力), unless what follows is
    a 与…相 construction (与社会主义相适应; see _all_sides_as_one), or, when `strict` (the series has members enough without
    it), a 或 that joins alternatives (see _ALTERNATIVES), a phrase with a 的 (区域均衡的中央和地方财政关系) or a second joining word (来大陆投资和
    定居) or parts unlike their siblings (see _unlike)."""
    tokens = tokens_of(text)
    for index, token in enumerate(tokens):
        if token in JOINERS and 0 < index < len(tokens) - 1:
            after = "".join(tokens[index + 1 :])
            before = "".join(tokens[:index])
            if (
                re.search(r"相[\u4e00-\u9fff]{1,2}$", after)
                and not _all_sides_as_one(token, after, head, mids)
            ) or (strict and token in _ALTERNATIVES):
                return [text]
            if strict and ("的" in tokens or any(t in JOINERS for t in tokens[index + 2 :])):
                return [text]
            if strict and _unlike(before, after, head, mids, text, runs_on):
                return [text]
            return [before, after]
    return [text]


def _pair_with_verb(tokens: tuple[str, ...]) -> bool:
    """Whether `tokens` are two words joined by 和/与/及 and a verb they are both the subject of
    (激励|和|约束|并重, 监督|和|信任|统一; quoted, “激励”|和|“约束”|并重): a part of that shape is
    one member."""
    if len(tokens) != 4 or tokens[1] not in JOINERS - _ALTERNATIVES:
        return False
    first, _, second, verb = tokens
    return (
        all(
            ALL_HAN.fullmatch(word.strip(QUOTE_MARKS)) and word not in function_words()
            for word in (first, second)
        )
        and word_len_of(verb) == 2
        and acts(verb)
    )


def _all_sides_as_one(joiner: str, after: str, head: str, mids: list[str]) -> bool:
    """Whether a 和/及 before 相… (相统一, 相结合) joins the last member to the series, all its
    members the verb's subject (问题导向、目标导向和结果导向相统一), rather than one side to another as
    与 does, here or in `after`, the words after the joiner (与经济社会发展相适应; 集中学习、个人自学和
    专题研讨与实践锻炼相结合), or as each part does where the others are pairs too (发展和安全并重、
    促进创新和依法治理相结合: no series)."""
    return not any(t in _RECIPROCAL_OPENINGS for t in (joiner, *tokens_of(after))) and not any(
        t in JOINERS for part in (head, *mids) for t in tokens_of(part)
    )


def _unlike(before: str, after: str, head: str, mids: list[str], last: str, runs_on: bool = False) -> bool:
    """Whether the two parts a joining word would split `last` into are unlike their siblings:
    the part before it lacks the ending the first part and the middle members share (企业和群众
    诉求“一线应答” after …“只进一门”、…“一网通办”), the part after it the opening the middle
    members and the last part share (劳动资料、劳动对象优化组合和更新跃升: two characters at least,
    as one may be chance), it opens with a verb where they open with none (更宽视野、更大力度
    来谋划和推进…), or it is far longer than the middle members: the words after the series
    (教育、医疗、养老资源与城区差距明显), where the series `runs_on` into them (no 等, 的 or count
    ends it)."""
    if (
        runs_on
        and mids
        and word_len_of(after) > max(2 * max(map(word_len_of, mids)), max(map(word_len_of, mids)) + 3)
    ):
        return True
    opening = shared_opening([*mids, last])
    if len(opening) < 2 or (len(mids) < 2 and opening not in head):
        # one middle member and the last opening alike may be chance; the first one too is not
        opening = shared_opening(mids) if len(mids) >= 2 else ""
    ending = shared_ending([head, *mids])
    if opens_with_verb(after) and not any(map(opens_with_verb, mids)):
        return True
    return bool(opening and not after.startswith(opening)) or bool(ending and not before.endswith(ending))


def _is_pair(part: str) -> bool:
    """A member that is two short words joined by 和/与/及 (当前和长远), or two words of about one
    length (培养人才和满足社会需要)."""
    tokens = tokens_of(part)
    joins = [i for i, t in enumerate(tokens) if t in JOINERS and 0 < i < len(tokens) - 1]
    if len(joins) != 1:
        return False
    short, long = sorted(word_len_of("".join(side)) for side in (tokens[: joins[0]], tokens[joins[0] + 1 :]))
    return long <= _PAIR_SIDE or (long <= _LONG_MEMBERS and 2 * short >= long)


_PAIR_SIDE = 5  # a side of a pair longer than this is a phrase: 中国与葡语国家商贸合作服务平台 is no pair


def _plausible(
    members: list[str], lead: str, joined_only: bool, whole_last: bool = False, tally: bool = False
) -> bool:
    """Whether the members read as one named set rather than pieces of a sentence cut at 、."""
    if any(
        (QUANTITY.search(m) and not tally) or UNBALANCED.search(m) or NOT_PROSE.search(m) for m in members
    ):
        return False
    sizes = [word_len_of(m) for m in members]
    # a member much longer than the shortest is a clause that swallowed the words after the
    # series (a last member that ends at 等 swallowed nothing), unless it is a name among names
    # (燃气、地质灾害隐患点): three 、-parts or more, most of them short, and the long ones without
    # a verb and not much longer than the median
    weighed = members[:-1] if whole_last else members
    long = [m for m in weighed if _side_len(m) > 6 and _side_len(m) >= _BALANCE * min(sizes)]
    median = statistics.median(sizes)
    if long and (
        joined_only
        or median > _NAME_LONGEST
        or max(map(_side_len, long)) >= _BALANCE * median
        or any(w in verbs() for m in long for w in words(m))
    ):
        return False
    # 由A、B向C (a change from one state to another) is not a series of three
    if lead.endswith(("由", "从")) and any(re.search("[向到]", m) for m in members[1:]):
        return False
    # a third member that only comes from a 和 inside two 、-parts: long clauses joined by 和
    # (坚持和完善…、推进…和…现代化) or phrases with a 的 of their own are no set
    # (names that share their last word are a set however long: …守护行动、…整治行动和…提升行动)
    return (
        not joined_only
        or (min(sizes) <= 6 and not any("的" in m for m in members))
        or (len(shared_ending(members)) >= 2 and 2 * sum(map(opens_with_verb, members)) < len(members))
    )


def _clean_lead(lead: str) -> str:
    """The lead without the end of an earlier quotation it starts in (和谐”的 -> 的)."""
    for match in reversed(list(_CLOSER.finditer(lead))):
        if CLOSERS[match.group()] not in lead[: match.start()]:
            return clean_member(lead[match.end() :])
    return lead


# --- runs of quotations and joined parts ----------------------------------------------------------


# Three or more quotations written one after another (“一网通办”“一网统管”“一网协同”).
# (a joining word may stand before the last, 用好“减法”“加法”和“乘法”, but a run does not start after a
# quotation and a joining word: “减”与“不减”“松”与“不松” are pairs)
_QUOTATION_RUN = re.compile(
    r"(?<!”[和及与])(?<!”以及)(?:“[^“”]{1,15}”){2,}(?:(?:以及|和|及|与)“[^“”]{1,15}”)?|(?:「[^「」]{1,15}」){3,}"
)
_ONE_QUOTATION = re.compile(r"“([^“”]*)”|「([^「」]*)」")
# Parts joined by a single dash, a plus, an arrow or a spaced slash (区—镇—村; 党组织+业委会+物业企业;
# 读题干定对象 → 圈资料找要点; 必须坚持人民至上 / 必须坚持自信自立): a run of them that
# fills a quotation or stands between marks, each part Han characters with a / or a closed bracket
# of its own (析意义/原因, 村（社区）) allowed.
_JOINED_PART = (
    r"(?:[\u4e00-\u9fff]|(?<=[\u4e00-\u9fff])/(?=[\u4e00-\u9fff])|（[^（）]{1,8}）|\([^()]{1,8}\)){1,14}"
)
_JOINER = r"(?:\s*(?:→|->)\s*|(?<!—)[—＋+](?!—)|\s+[/／]\s+|／)"
_JOINED_RUN = re.compile(
    rf"(?<![\u4e00-\u9fff/（）()—＋+→])({_JOINED_PART}(?:{_JOINER}{_JOINED_PART}){{2,}})(?![\u4e00-\u9fff/—＋+→])"
)
_JOINER_MARK = re.compile(_JOINER)
_JOINER_CHARS = set("—+＋→/／")


# Keywords after a colon, parted by vertical bars (关键词：以旧换新 | 新型消费 | 有效投资): each a
# short phrase of its own, figures allowed (5%左右 | 1200万人). A page's title parts (栏目｜标题) and
# a table's rows follow no colon.
_BAR_RUN = re.compile(
    r"[：:]\s*((?:[^|｜：:，,。；;！!？?]{1,12}\s*[|｜]\s*){2,}[^|｜：:，,。；;！!？?]{1,12})\s*$"
)
_BAR = re.compile(r"\s*[|｜]\s*")


def _bar_runs(text: str) -> list[tuple[str, list[str], str]]:
    """(lead, members, clause) of the keywords parted by bars that end `text` after a colon."""
    match = _BAR_RUN.search(text)
    if not match:
        return []
    members = [clean_member(part) for part in _BAR.split(match.group(1))]
    if any(not _WORDLIKE.search(m) for m in members) or len(set(members)) < len(members):
        return []
    run = _run(text, match.start(1), match.end(1), members)
    return [run] if run is not None else []


def _runs_in(text: str) -> list[tuple[str, list[str], str]]:
    """(lead, members, clause) of each run of quotations, of joined parts, of stages and of
    keywords parted by bars in `text`."""
    found = _progressions(text) if "从" in text and "到" in text else []
    if "|" in text or "｜" in text:
        found += _bar_runs(text)
    for match in _QUOTATION_RUN.finditer(text):
        members = [a or b for a, b in _ONE_QUOTATION.findall(match.group())]
        found.append(_run(text, match.start(), match.end(), members))
    if any(char in _JOINER_CHARS for char in text):
        for match in _JOINED_RUN.finditer(text):
            members = [clean_member(p) for p in _JOINER_MARK.split(match.group(1))]
            if all(han_len(m) >= 1 for m in members) and len(set(members)) == len(members):
                found.append(_run(text, match.start(1), match.end(1), members))
    return [run for run in found if run is not None]


# A progression through stages: 从A、B到C, 从“A”到“B”再到“C”: the stages are a set in their order.
_PROGRESSION = re.compile(r"从([^，,。；;：:！!？?从]+?)到([^，,。；;：:！!？?]+)")
_WHOLE_QUOTATION = re.compile(r"“[^“”]{1,12}”|「[^「」]{1,12}」")
_STAGE_LONGEST = 4  # an unquoted stage is a word or two (报批、施工到维保)


def _progressions(text: str) -> list[tuple[str, list[str], str]]:
    """(lead, members, clause) of each progression of three stages or more in `text`: quoted stages
    (从“千万工程”到“美丽乡村”再到“未来乡村”), or stages of a word or two with a 、 between the first
    ones (从报批、施工到维保一条龙代办: the last one is as long as the others)."""
    found = []
    for match in _PROGRESSION.finditer(text):
        stages = match.group(1).split("、") + match.group(2).split("再到")
        if len(stages) < 3:
            continue
        quoted = [_WHOLE_QUOTATION.match(stage) for stage in stages]
        if all(quoted):
            members = [clean_member(q.group()) for q in quoted if q]
        elif not any(quoted) and len(match.group(1).split("、")) >= 2:
            *firsts, last = stages
            # (each a word or two of Han characters only)
            if any(not 0 < len(m) == han_len(m) <= _STAGE_LONGEST for m in firsts):
                continue
            members = [*firsts, _opening_words(last, max(map(han_len, firsts)))]
        else:
            continue
        if all(han_len(m) >= 1 for m in members) and len(set(members)) == len(members):
            run = _run(text, match.start(), match.start(), members)
            if run is not None:
                found.append(run)
    return found


def _run(text: str, start: int, end: int, members: list[str]) -> tuple[str, list[str], str] | None:
    if len(members) < 3 or any(not m.strip() for m in members):
        return None
    clause_start = max(text.rfind(mark, 0, start) for mark in "，,。；;：:！!？?") + 1
    clause_end = min(
        [i for i in (text.find(mark, end) for mark in "，,。；;！!？?") if i >= 0] or [len(text)]
    )
    lead = strip_punct(text[clause_start:start])
    return lead, members, text[clause_start:clause_end].strip()
