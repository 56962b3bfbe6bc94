"""Members the naming itself spells out: after it in its sentence, introduced by a colon, 即 or
brackets; before it in its clause, as many as the count; in the sentence before, when 这 or 上述
points back to them; or words whose characters add up to a count of characters (十二字方针).
"""

from __future__ import annotations

import dataclasses
import re

from yaodian.extractors.members import acts, verbs
from yaodian.extractors.terms.context import closes, naming_clause
from yaodian.extractors.terms.cuts import Segment, bare_member, cut, level_parts, marked, unquoted
from yaodian.extractors.terms.names import (
    ALL_HAN,
    CLAUSE_END,
    COUNT,
    INITIALS_NAME,
    QUOTE_OPENINGS,
    SENTENCE_END,
    SUM_NAME,
    Name,
    bare_term,
    has_term,
    is_pair,
    names_count,
    names_in,
)
from yaodian.extractors.terms.split import (
    PARALLEL_OPENERS,
    all_hold,
    common_prefix,
    common_suffix,
    end_with_verbs,
    first_member,
    glued_members,
    holds,
    joined_pair,
    keywords,
    last_member,
    likeness,
    open_with_verbs,
    says_who_acts,
    split_members,
    trimmed_to_siblings,
    unwrap_copula,
    with_own_noun,
)
from yaodian.extractors.text import (
    CLAUSE_BREAKS,
    Paragraph,
    content_chars,
    han_len,
    strip_punct,
    word_frequency,
    words,
)
from yaodian.markers import MEMBER_MARK
from yaodian.numerals import numeral_value
from yaodian.sources import text_width


def _balanced_quotes(text: str) -> bool:
    return text.count("“") == text.count("”")


# The words that say what a concept is or holds, right before its members: after its name (三个带头，
# 即…), opening the sentence after it (…“两条底线”。就是…) or the words in brackets after it (（包括…）).
# (即 not where it opens 即便, 即将, 即使, 即时, 即刻: a word of its own; 包括 not after 不 or 未: a
# question's “四下基层”不包括（） says what is none of them.)
_SAYING = r"(?:即(?![便将使时刻])|也?就是说?|是指|指的是|(?<![不未])包括|分别是|分别为|具体(?:是|为|包括)|主要(?:是|包括))"
# What hands over to the members right after a name: a colon or one of those words
# (or a double dash: 四个全面——全面建设…、全面深化改革…; the members end at the next one; or an
# equals sign, as notes define a name: 四下基层 = 宣传…下基层、调查研究下基层…)
_INTRODUCER = re.compile(rf"^(?:[:：]|——|[=＝]\s*|[，,]?{_SAYING}[:：]?)")
# A few words may stand between a name and its introducer (“七个着力”的要求：, “三融五跨”也要一起背：).
_GAP = re.compile(rf"^[”」）)*_\s]*(?:[\u4e00-\u9fff]{{0,6}}?[*_\s]*(?=[:：（(]|[，,]?{_SAYING}))?")
# The number of the next item glued to the end of one (…成为极少数36.一体推进…), as notes run on.
_GLUED_ITEM = re.compile(r"(?<=[\u4e00-\u9fff])\d{1,2}[.．、](?=[\u4e00-\u9fff])")
_POINTS_BACK = re.compile(r"(?:这|此|上述|以上|前述|这些)\s?[“「]?$")


def members_at(paragraphs: list[Paragraph], index: int, name: Name) -> tuple[list[str], str] | None:
    """The members the naming itself spells out (after it, before it, or in the sentence before
    when it points back), and the clause that names it."""
    text = paragraphs[index].text
    if name.units[0].characters:
        return _members_by_characters(paragraphs, index, name)
    if SUM_NAME.fullmatch(name.term):
        parts = _parts_taken_up(text[name.end :], [unit.noun for unit in name.units])
        return (parts, naming_clause(text, name)) if parts else None
    initials = INITIALS_NAME.fullmatch(bare_term(name.term))
    if initials:
        return _members_by_initials(paragraphs, index, name, initials.group(1))
    following = paragraphs[index + 1].text if index + 1 < len(paragraphs) else ""
    units = _units_taken_up(f"{text[name.end :]}\n{following}", name) if len(name.units) >= 2 else []
    if units:  # (“一核两带三区”发展布局… then “一核”即…；“两带”即…、…；“三区”即…、…、….)
        return units, naming_clause(text, name)
    introduced = members_introduced(paragraphs, index, name)
    if introduced:
        members, skipped = introduced
        return members, naming_clause(text, name, tail=name.end + skipped)
    wrapped = _wrapped_before(paragraphs, index, name)
    if wrapped and members_before(*wrapped):  # (the clause began on the line before: hard-wrapped text)
        text, name = wrapped
    before = members_before(text, name)
    if before:
        members, start = before
        together = _NAMED_TOGETHER.search(text[start : name.start].rstrip("“「"))
        resume = start + together.end(1) if together else None
        if is_pair(name):  # (…和…实现“双下降”: the words after the pair stay)
            resume = text.find(members[-1], start) + len(members[-1])
        return members, naming_clause(text, name, skip=start, resume=resume)
    chained = _chain_beside(text, name)
    if chained:
        return chained, naming_clause(text, name, alone=True)
    if _points_back(text, name):
        members = _members_pointed_back(paragraphs, index, name)
        if members:  # (the clause before may hold the members: the prompt is the naming's own)
            return members, naming_clause(text, name, alone=True)
    elif _opens_sentence(text, name):
        members = _members_pointed_back(paragraphs, index, name)
        keys = keywords(name.units)
        if members and (all(holds(m, *k) for m, k in zip(members, keys, strict=False)) or _parallel(members)):
            return members, naming_clause(text, name, alone=True)
    said = members_said_next(paragraphs, index, name) or _subjects_next(text, name)
    if said:
        return said, naming_clause(text, name)
    return None


# How far from a naming (in paragraphs) the members its initials name may stand (千万工程 in a heading,
# “千村示范、万村整治” in the paragraph under it).
_INITIALS_REACH = 3
# The most Han characters a member says after its initial (村示范 of 千村示范).
_AFTER_INITIAL_MOST = 5


def _members_by_initials(
    paragraphs: list[Paragraph], index: int, name: Name, initials: str
) -> tuple[list[str], str] | None:
    """The members of a name made of their initials (千万工程): a series of words joined by 、 that open
    with the initials in turn, and no more words (千村示范、万村整治); the first such series in the
    naming's paragraph, else in the nearest paragraph within _INITIALS_REACH; and the clause that names
    it, on to the end of the clause of the series where that follows it (千万工程：指…启动的“……”工程)."""
    word = rf"[\u4e00-\u9fff]{{1,{_AFTER_INITIAL_MOST}}}"
    series = re.compile(
        r"(?<!、)" + "、".join(f"({re.escape(i)}{word})" for i in initials) + r"(?![\u4e00-\u9fff]*、)"
    )
    near = range(max(0, index - _INITIALS_REACH), min(len(paragraphs), index + _INITIALS_REACH + 1))
    for at in sorted(near, key=lambda i: abs(i - index)):
        text = paragraphs[at].text
        found = series.search(text)
        if found and not any(_idiom_opens(member) for member in found.groups()):
            if (
                at != index
                or found.start() < name.end
                or any(ch in SENTENCE_END for ch in text[name.end : found.start()])
            ):
                return list(found.groups()), naming_clause(paragraphs[index].text, name)
            tail = next((i for i in range(found.end(), len(text)) if text[i] in CLAUSE_END), len(text))
            prompt = naming_clause(text, name, tail=tail).replace(found.group(), "……")
            return list(found.groups()), prompt
    return None


# How long an idiom (chengyu) is: four characters.
_IDIOM_LENGTH = 4


def _idiom_opens(member: str) -> bool:
    """Whether a word that opens with an initial opens with a four-character word of the dictionary
    (千方百计, 万众一心, 百花齐放): a programme's members are coined (千村示范, 万村整治), and a run of
    idioms that happen to open with 千, 万 and 百 names nothing."""
    return len(member) >= _IDIOM_LENGTH and word_frequency(member[:_IDIOM_LENGTH]) > 0


def _subjects_next(text: str, name: Name) -> list[str]:
    """The members that open the sentence right after a naming's, joined by 、 or 和 as its subject,
    as many as the count and each ending with the concept's noun (推动“两个责任”贯通协同。主体责任
    和监督责任是一体的): a text names a concept, then says what its members are together."""
    if len(name.units) != 1 or not name.units[0].measured or han_len(name.units[0].noun) < 2:
        return []
    noun = re.escape(name.units[0].noun.strip('“”"「」'))
    end = next((i for i in range(name.end, len(text)) if text[i] in SENTENCE_END), -1)
    if end < 0:
        return []
    word = rf"[\u4e00-\u9fff]{{1,{_SUBJECT_MOST}}}?{noun}"
    joined = re.match(
        rf"\s*({word}(?:(?:、|和|与|及|以及){word}){{{name.count - 1}}})(?![、和与及]|[\u4e00-\u9fff]*{noun})",
        text[end + 1 :],
    )
    if not joined:
        return []
    members = re.split("、|以及|和|与|及", joined.group(1))
    # what each says before the noun is of one length, give or take a character: a verb that opens
    # the sentence is no member's (落实主体责任和监督责任是…: 主体, 监督)
    before = [len(member) - len(name.units[0].noun.strip('“”"「」')) for member in members]
    if max(before) - min(before) > 1:
        return []
    return members if len(members) == name.count and len(set(members)) == name.count else []


# The most characters a member that opens the next sentence says before the concept's noun (主体责任).
_SUBJECT_MOST = 6


def _parts_taken_up(after: str, parts: list[str]) -> list[str]:
    """What the text after a name that adds its parts up says each part is, taking them up in turn
    in quotes (“1+N”政策体系，“1”即本行动方案，“N”即各领域配套细则): the clause after each; [] unless
    every part is taken up."""
    members: list[str] = []
    position = 0
    for part in parts:
        said = re.compile(rf"[“「]{re.escape(part)}[”」]\s*(?:{_SAYING}|是|为)[:：]?\s*([^，,；;。！？!?]+)")
        match = said.search(after, position)
        if not match:
            return []
        members.append(match.group(1).strip())
        position = match.end()
    return members


def _units_taken_up(after: str, name: Name) -> list[str]:
    """The members of a name of several counts that the text after it takes up count by count, each
    part of the name quoted and said (“一核”即以镇区为核心的…；“两带”即沿…带、沿…带；“三区”即…、…、…):
    what each part is, cut at 、 into as many members as its count; [] unless every part is taken up,
    in order, with exactly its count."""
    members: list[str] = []
    position = 0
    for unit in name.units:
        said = re.compile(
            rf"[“「](一|{COUNT}){re.escape(unit.noun)}[”」]\s*(?:{_SAYING}|是|为)[:：]?\s*([^；;。！？!?\n]+)"
        )
        match = said.search(after, position)
        if not match or numeral_value(match.group(1)) != unit.count:
            return []
        words_ = [w.strip() for w in re.split("、", match.group(2).rstrip("，, "))]
        if len(words_) != unit.count or not all(1 <= han_len(w) <= _MEMBER_MOST for w in words_):
            return []
        members += words_
        position = match.end()
    return members


# What opens a sentence that says what a concept named just before is: one of those words, or one that
# only a sentence opens with (具体来说). (Not 这就是…: it points back, 这就是我们常说的….)
_SAYS_WHAT = re.compile(rf"^[\s”」]*(?:具体来说|{_SAYING})[:：，,]?")
# What may stand between a naming and the end of its sentence when the next says what it is: nothing,
# or a question about it (“两不愁三保障”，啥意思呢？).
_ONLY_ASKED = re.compile(r"^[”」）)]*(?:[，,]\s*[^，,。；;：:！!？?]{0,6}[？?])?$")


def members_said_next(paragraphs: list[Paragraph], index: int, name: Name) -> list[str]:
    """The members in the sentence right after a naming that ends its own sentence (or asks what it
    is), when that sentence opens by saying so (守牢“两条底线”。就是确保…、确保…。; “两不愁三保障”，啥意思
    呢？就是不愁吃、不愁穿，…): a text names a concept, then spells it out in the next breath. Where the
    naming closes its paragraph (a heading), the next paragraph's first sentence."""
    text = paragraphs[index].text
    rest = text[name.end :]
    end = next((i + 1 for i, ch in enumerate(rest) if ch in SENTENCE_END), -1)
    if end < 0:
        if not closes(text, name) or index + 1 >= len(paragraphs) or strip_punct(rest):
            return []
        said, following = rest, paragraphs[index + 1].text
    else:
        said, following = rest[:end], rest[end:]
    if not _ONLY_ASKED.match(said.rstrip("。！!")):
        return []
    opening = _SAYS_WHAT.match(following)
    if not opening:
        return []
    body = following[opening.end() :]
    body = body[: next((i for i, ch in enumerate(body) if ch in SENTENCE_END), len(body))]
    members = split_members(body, name.units, introduced=True, longest=30)
    return members if _words_or_alike(members, body, name) else []


def _words_or_alike(members: list[str], body: str, name: Name) -> bool:
    """Whether members said in the sentence after a naming read as its members: a run of words (cut
    at 、), a group for each of several counts (不愁吃、不愁穿，义务教育、…), or clauses alike (see
    likeness). Clauses of all kinds after 就是 explain the concept (增强“四个意识”。就是要在思想上…，
    坚决维护…，自觉…，向党中央看齐。), no more name its members."""
    if not members or len(name.units) > 1:
        return bool(members)
    last = body.rfind(members[-1])
    if last >= 0 and not any(ch in CLAUSE_BREAKS for ch in body[:last]):
        return True
    return likeness(members, members, keywords(name.units)) > 0


# A line a sentence runs on from, wrapped at a fixed width (PDF text): of some length, with prose
# punctuation (_PROSE_MARK), its last character no mark that ends a clause (_RUNS_ON). (Two searches,
# not one pattern with .* between them: that one restarts at every comma of a long line.)
_RUNS_ON = re.compile(r"[\u4e00-\u9fffA-Za-z\d、“]$")
_WRAPPED_LENGTH = 20  # han characters
# Prose punctuation; after the name, the prose a wrapped line goes on with.
_PROSE_MARK = re.compile(r"[，,。；;]")
# How far apart (in half-width columns) the widths of two lines broken at one width may lie: digits and
# Latin are set narrow, and a line may stop short of the width where the next word did not fit.
_WIDTH_SLACK = 8


def _runs_on(paragraphs: list[Paragraph], index: int) -> bool:
    """Whether a paragraph is a line of prose the sentence runs on from, onto the line after it (see
    _RUNS_ON)."""
    line = paragraphs[index].text.rstrip()
    return (
        not paragraphs[index].heading
        and index + 1 < len(paragraphs)
        and paragraphs[index + 1].line == paragraphs[index].line + 1
        and han_len(line) >= _WRAPPED_LENGTH
        and _PROSE_MARK.search(line) is not None
        and _RUNS_ON.search(line) is not None
    )


def _fixed_width(paragraphs: list[Paragraph], index: int) -> bool:
    """Whether the line before a naming's was broken at a fixed width: a line beside it, before it or
    the naming's own, runs on as well and is as wide (text copied from a PDF fills its lines to one
    width; paragraphs of a page or a document end where their sentences end, at any width)."""
    width = text_width(paragraphs[index - 1].text.strip())
    beside = [i for i in (index - 2, index) if i >= 0 and _runs_on(paragraphs, i)]
    return any(abs(text_width(paragraphs[i].text.strip()) - width) <= _WIDTH_SLACK for i in beside)


def _wrapped_before(paragraphs: list[Paragraph], index: int, name: Name) -> tuple[str, Name] | None:
    """The naming's paragraph with the open sentence of the line before it glued on, and the name
    moved along, where the naming's clause opens its line and that line's sentence ran on from the line
    before, broken at a fixed width (明确网格员承担信息采集、…、安全巡查等 / 5类职责，…; 实现党的组 / 织覆盖和
    …“两个全覆盖”): text wrapped at a fixed width cuts a series from its name. (Not after a paragraph
    that only lacks its full stop: 放在实体经济上 / 产业链、创新链、人才链“三链”深度融合 is its own.)"""
    text = paragraphs[index].text
    if index == 0 or any(ch in CLAUSE_BREAKS for ch in text[: name.start]):
        return None
    if text[name.end : name.end + 1] in "、" or not _PROSE_MARK.search(text[name.end :]):
        return None  # (the name one of a series, “三治融合”、…; a line of notes, no wrapped prose)
    if not _runs_on(paragraphs, index - 1) or not _fixed_width(paragraphs, index):
        return None
    start = index - 1  # (the sentence may have begun lines before, as wide: 制定…事项 / 准入清单，明确…)
    while start > 0 and "。" not in paragraphs[start].text and _runs_on(paragraphs, start - 1):
        start -= 1
    before = "".join(p.text.strip() for p in paragraphs[start:index])
    sentence = re.split(r"(?<=[。！？!?])", before)[-1]
    shift = len(sentence)
    moved = dataclasses.replace(name, start=name.start + shift, end=name.end + shift)
    return sentence + text, moved


def _opens_sentence(text: str, name: Name) -> bool:
    """Whether a strong naming opens a sentence after another in its paragraph (…务必…，务必…，
    务必…。“三个务必”是…): a text states the members, then names them."""
    sentence_start = max((text.rfind(ch, 0, name.start) for ch in SENTENCE_END), default=-1)
    return name.strong and sentence_start > 0 and not text[sentence_start + 1 : name.start].strip(" “「")


def _parallel(members: list[str]) -> bool:
    """Whether the members open with one word that opens parallel phrases (同中国具体实际、同中华…)."""
    return common_prefix(members)[:1] in tuple(PARALLEL_OPENERS)


# The first of a run of ordinals opening what a colon introduces (第一， 一是 首先，): the members
# are marked one by one, each its own clauses after it (outline reads them).
_FIRST_ORDINAL = re.compile(r"\s*(?:一是|第一[，、,]|首先[，,])")
_SECOND_ORDINAL = re.compile(r"[；;]|二是|第二[，、,]|其次[，,]")


def members_introduced(paragraphs: list[Paragraph], index: int, name: Name) -> tuple[list[str], int] | None:
    """The members right after a name in its sentence, introduced by a colon, 即…, or brackets (or,
    after a strong name, a comma), and how many characters stand between the name and them."""
    text = paragraphs[index].text
    after = _ASKED_THEN_ANSWERED.sub(" ", text[name.end :], count=1)  # (of the same length)
    sentence_end = next((i for i, ch in enumerate(after) if ch in SENTENCE_END), len(after))
    rest = after[:sentence_end]
    gap = _GAP.match(rest)
    skipped = gap.end() if gap else 0
    rest = rest[skipped:]
    members: list[str] = []
    if rest[:1] in "（(" and not any(ch in "）)" for ch in rest) and sentence_end == len(after):
        rest += "".join(_run_on(paragraphs, index))  # brackets broken over lines (hard-wrapped text)
    if rest[:1] in "（(":
        close = next((i for i, ch in enumerate(rest) if ch in "）)"), -1)
        if close > 0:
            members = _first_whole(split_members(rest[1:close], name.units, introduced=True), rest[1:close])
            members = members or _pair_in_brackets(rest[1:close], name)
            rest = "" if members else rest[close + 1 :]
    far = _FAR_SAYING.match(rest) if len(name.units) > 1 and not members else None
    if far:  # (“三清一改”村庄清洁行动为抓手，即清理…、清理…、清理…，改变…: the words vouch for them)
        found = split_members(rest[far.end() :], name.units, introduced=True)
        if found and all_hold(found, keywords(name.units)):
            return found, skipped + len(far.group(1))
    introducer = _INTRODUCER.match(rest)
    if introducer:
        body = rest[introducer.end() :]
        if introducer.group() == "——":  # (——不愁吃、不愁穿，…有保障——这是…: a dash closes them)
            body = body.split("——")[0]
        body = _GLUED_ITEM.split(body, maxsplit=1)[0]  # (…成为极少数36.一体推进…: the next item)
        pair = _pair_in_first_clause(body, name)
        members = pair or (
            []
            if pair is None
            else _saying_their_word(split_members(body, name.units, introduced=True), body, name)
        )
        if introducer.group() == "——" and not _dash_members(members, body, name):
            return None  # (“两个维护”——全会公报里都有，不用展开: a remark, no members)
        members = members or glued_members(body, name.units, introduced=True)
        if not members and sentence_end == len(after):  # run on to the next line (hard-wrapped text)
            members = split_members(body + "".join(_run_on(paragraphs, index)), name.units, introduced=True)
        if _FIRST_ORDINAL.match(body) and all(member in _SECOND_ORDINAL.split(body)[0] for member in members):
            return None  # (三件事：第一，推行A，将B…: the first member's own clauses, not the members)
    elif (topic := _TOPIC_IS.match(rest)) and _opens_clause(text, name):
        body = rest[topic.end() :]
        members = split_members(re.split("[；;]", body, maxsplit=1)[0], name.units, introduced=True)
        if not (name.term in text[: name.start] or all_hold(members, keywords(name.units))):
            members = []  # 四个全面，是…的战略布局: what the name is, not what it holds
    elif name.strong and rest.startswith(("，", ",")):
        members = split_members(rest[1:], name.units, introduced=False)
        if members and (
            _named_apart(rest[1:], members, name)
            or _task_of_its_own(rest[1:], members, name, text[: name.start])
        ):
            members = []  # 坚持“三个区分开来”，落实A、B、C(三项制度): a task of its own, or another set's
    elif name.strong and not skipped and not members:  # 四个意识政治意识大局意识…: spaces lost
        members = glued_members(rest, name.units, introduced=False)
    return (members, skipped) if members else None


def _named_apart(rest: str, members: list[str], name: Name) -> bool:
    """Whether the clauses after a naming's comma that hold its members, up to the end of the clause
    of the last of the `members`, name a concept of their own of as many members (坚持“三个区分开来”，
    落实干部考核、干部培训、干部激励三项制度): the set is that concept's, not the naming's; not where
    every member says the naming's word (强化…、强化…五个方面: a counter of the same members)."""
    last = members[-1]
    at = rest.find(last)
    end = at + len(last) if at >= 0 else len(rest)
    clause_end = re.search(f"[{CLAUSE_BREAKS}]", rest[end:])
    stretch = rest[: end + clause_end.start()] if clause_end else rest
    term = bare_term(name.term)
    if all_hold(members, keywords(name.units)):
        return False  # (贯彻“五个强化”，…强化作风建设五个方面: the members say it, 方面 only counts them)
    return any(other.count == name.count and bare_term(other.term) != term for other in names_in(stretch))


def _task_of_its_own(rest: str, members: list[str], name: Name, naming: str) -> bool:
    """Whether the clause after a naming's comma opens with words of its own before the first member
    (a verb: 坚持“三个区分开来”，落实干部考核、干部培训、干部激励) and the members do not say the
    concept's word: the clause takes up a task of its own, no list of the concept's members (增强
    “四个意识”，政治意识、大局意识…: they open the clause; 坚持“两个务必”，务必…，务必…: they say it)."""
    at = rest.find(members[0])
    before = rest[:at] if at > 0 else ""
    if _COUNTS_OFF.search(before) or all_hold(members, keywords(name.units)):
        return False  # (三件大事，第一件是守牢底线…; 两个时间点，一个是…: labels that count them off)
    opening = before.strip(" “「")
    return han_len(before) > 0 and not _SAYS_WHICH.fullmatch(opening) and not _echoes(opening, naming)


def _echoes(opening: str, naming: str) -> bool:
    """Whether the words that open the clause after a naming end with the verb the naming's clause
    ends with before the name, each joined to a verb of its own that differs (统筹推进“五位一体”，
    协调推进经济建设…): the same task, said again. The verb said alone again (坚持“三个区分开来”，
    坚持干部考核…) is how a text opens any task of its own: no echo."""
    said, again = words(naming.rstrip(" “「"))[-2:], words(opening)[-2:]
    return (
        len(said) == len(again) == 2
        and said[1] == again[1]
        and said[0] != again[0]
        and all(_compound_part(word) for word in (*said, *again))
    )


def _compound_part(word: str) -> bool:
    """Whether `word` is a verb that can join another into a four-character verb (统筹/协调 + 推进),
    not a one-character modal (要, 应)."""
    return han_len(word) == 2 and word in verbs()


# Words that count members off before the first (第一件是, 一个是, 一是, 其一).
_COUNTS_OFF = re.compile(
    r"第[一二三四五六七八九十\d]|^[\s“「]*(?:另)?[一二三四五六七八九十](?:是|[个种类方面项条件])|其[一二]"
)
# Words that only say which the members are (即, 就是, 分别是): no task of the clause's own.
_SAYS_WHICH = re.compile(
    rf"(?:[也亦]?{_SAYING}|[也亦]?即是|是|为|有|分别是|分别为|包括|(?:具体|主要|也就)?指(?:的就?是)?)[:：]?"
)


# A name that opens its clause, then a comma and 是 (…归纳为“一个核心、两个转变”。两个转变，是从…、从…；):
# a summary takes up each name in turn and says what it holds, up to the clause's end (；): a name the
# text has said already, or whose members each say its word (从…向…转变); else the words say what the
# name is (三个代表，是我们党的立党之本、执政之基、力量之源).
_TOPIC_IS = re.compile(r"^[，,]\s*(?:也?就)?是(?![否不])")


def _opens_clause(text: str, name: Name) -> bool:
    """Whether the name is the first words of its clause (after a full stop, ；, ：, or the line's start)."""
    clause_start = max((text.rfind(ch, 0, name.start) for ch in "。！？!?；;：:"), default=-1) + 1
    return not text[clause_start : name.start].strip(" “「*")


# More words between a name and what says it (“三清一改”村庄清洁行动为抓手，即…): taken only for a
# name of several counts, whose members must each say its word (清, 清, 清, 改).
_FAR_SAYING = re.compile(rf"^([”」）)]*[\u4e00-\u9fff]{{1,12}}?)[，,]\s*{_SAYING}[:：]?")
# A copula right before a name: the name says what the words before it are, not what they make up.
_SAYS_IT_IS = re.compile(r"(?:是|为|成了|成为|叫做?|称作)\s*[“「]?$")
# A question mark right after a name and the answer in brackets after it, as notes quiz themselves
# (“三权分置”？（所有权、承包权、经营权）): the brackets spell the name out.
_ASKED_THEN_ANSWERED = re.compile(r"^[？?](?=\s*[（(])")


# The most Han characters a member of a numbered concept runs to (its longer members are prose).
_MEMBER_MOST = 25
# A word that opens the words in brackets (（即分区委员会、…）): no part of the first member.
_OPENING_INTRODUCER = re.compile(rf"^{_SAYING}[:：]?")


def _first_whole(members: list[str], body: str) -> list[str]:
    """The members with the first whole as the brackets open with it, when cutting it to its siblings'
    length left its opening words behind (三大攻坚战（防范化解重大风险、精准脱贫、污染防治）): inside
    brackets no verb of the clause stands before the first member."""
    first = _OPENING_INTRODUCER.sub("", cut(body)[0].text.strip()) if members else ""
    if not first or first == members[0] or not first.endswith(members[0]) or not ALL_HAN.fullmatch(first):
        return members
    return [first, *members[1:]] if han_len(first) <= _MEMBER_MOST else members


def _pair_in_brackets(inside: str, name: Name) -> list[str]:
    """The two words joined by 和/与/及 that are all the brackets after a pair's name hold (落实“两个责任”
    （党委主体责任和纪委监督责任）), or [] (also where the second goes on to where or whom)."""
    inside = _OPENING_INTRODUCER.sub("", inside.strip())
    if name.count != 2 or len(name.units) != 1 or re.search(f"[{CLAUSE_BREAKS}、]", inside):
        return []
    pair = joined_pair(Segment(inside, "", 1))
    members = [unquoted(part.text.strip()) for part in pair] if pair else []
    if not members or _GOES_ON.search(members[1][1:]):
        return []  # “双报到”（党组织和党员到社区报到）: both go to the 社区, the pair shares it
    return members if all(ALL_HAN.fullmatch(m) and han_len(m) <= _MEMBER_MOST for m in members) else []


def _dash_members(members: list[str], body: str, name: Name) -> bool:
    """Whether what a dash after a name introduces are its members: they say its word or open or
    end alike (三水统筹——水资源、水环境、水生态), or it has several counts (两不愁三保障——不愁吃、…),
    or they are labelled (——第一种形态，…；第二种形态…)."""
    keys = keywords(name.units)
    said = len(members) == len(keys) and all(holds(m, *k) for m, k in zip(members, keys, strict=True))
    alike = len(members) >= 3 and bool(common_prefix(members) or common_suffix(members))
    labelled = re.search("第[一二]", body) is not None
    return bool(members) and (said or alike or len(name.units) > 1 or labelled)


def _pair_in_first_clause(body: str, name: Name) -> list[str] | None:
    """The two members of a pair joined by 和/与/及 in the first clause after its introducer, each
    ending with the concept's noun (两张清单，即准入清单和负面清单，规定…), or two quoted names that
    are all the clause (两个轮子：“科技创新”与“制度创新”，两者缺一不可) or that each say the noun
    (两张网，即“一网通办”与“一网统管”互为支撑): the clause after them says what they do, no second
    member; else [], or None where two quoted names that do not say it open a clause that goes on
    to say what they do (the text says how two things go together, not which two the concept holds:
    no members)."""
    if name.count != 2 or len(name.units) != 1 or not name.units[0].measured:
        return []
    noun = name.units[0].noun.strip('“”"「」')
    clause = re.split(f"[{CLAUSE_BREAKS}]", body, maxsplit=1)[0].strip()
    quoted = _QUOTED_PAIR.match(clause)
    if quoted:
        alone = not clause[quoted.end() :].strip()  # (the names stand in apposition to the concept)
        return list(quoted.groups()) if alone or all(noun in q for q in quoted.groups()) else None
    parts = [p.strip("“”「」 ") for p in re.split("和|与|及|以及", clause)]
    if han_len(noun) < 2 or len(parts) != 2 or not all(p.endswith(noun) and p != noun for p in parts):
        return []
    return parts if all(han_len(p) <= _PAIR_MEMBER_MOST for p in parts) else []


# The most Han characters a member of such a pair holds (a name, not a clause).
_PAIR_MEMBER_MOST = 16
# Two quoted names joined by 和/与/及/同/、 that open a clause (“一网通办”与“一网统管”互为支撑), and
# no third after them (“…”、“…”与“…”: more names than the pair holds, not its members).
_QUOTED_PAIR = re.compile(
    r"^[“「]([^“”「」]{2,12})[”」](?:和|与|及|同|、)[“「]([^“”「」]{2,12})[”」](?!\s*(?:和|与|及|同|、)?\s*[“「])"
)


def _saying_their_word(members: list[str], body: str, name: Name) -> list[str]:
    """The members, or [] when the text after the naming opens with the concept's word and says it
    again (六个“如何始终”：如何始终…；如何始终…) and fewer than half of them say it: they are cut in the wrong places (the
    sentence goes on to the next line, hard-wrapped)."""
    if len(name.units) != 1 or not name.units[0].measured or not members:
        return members
    key = name.units[0].noun.strip('“”"')
    if han_len(key) < 2 or body.count(key) < 2 or not body.lstrip(' “"').startswith(key):
        return members
    return members if 2 * sum(1 for m in members if key in m) >= len(members) else []


# A clause that opens by pointing back (这五个“新”, （这个机制共５个方面, 这就是我们常说的“两个结合”).
# (A quotation may end right before it: “…务必…，务必…。”这就是我们常说的“三个务必”.)
_OPENS_POINTING_BACK = re.compile(
    r"^[（(“「”」\s]*(?:这|此|上述|以上|前述)(?P<said>[^，,。；;：:！!？?]{0,8})$"
)


# A bracketed note that opens right after a sentence (…。（五个“以”): it names what that sentence says.
_NOTE_AFTER_SENTENCE = re.compile(r"[。！？!?]\s*[（(]\s*$")


def _points_back(text: str, name: Name) -> bool:
    """Whether a naming points back to members before it: 这 right before it, or at the opening
    of its clause a few words before (a name of one character only so)."""
    if name.strong and _POINTS_BACK.search(text[max(0, name.start - 4) : name.start]):
        return True
    if _NOTE_AFTER_SENTENCE.search(text[: name.start]):
        return True  # …以促进国际安全为依托。（五个“以”，…）: a note that names the sentence before
    clause_start = max((text.rfind(ch, 0, name.start) for ch in "，,。；;：:！!？?（("), default=-1)
    opening = text[clause_start + 1 : name.start]
    pointing = _OPENS_POINTING_BACK.match(opening)
    return pointing is not None and not _asks_of_it(pointing["said"])


# Words that name what a name points back to wherever they stand before it (这就是…, 此即…, 这简称…,
# 这三者合称…, 这也叫作…): whole words, not a character inside one (立即).
_NAMING_WORDS = frozenset(
    [
        *("是", "就是", "便是", "正是", "即", "即是", "称为", "称之为", "称作", "叫做", "叫作", "简称"),
        *("合称", "统称", "总称", "又称", "也称", "并称", "名为", "誉为", "被誉为", "归结为", "概括起来"),
        "归纳起来",
    ]
)
# Verbs that name only right before the name (这可以概括为“…”, 这构成了“…”, 这总结起来就是…), not
# where words of their own stand between (这构成了落实“三项机制”的重要基础, 这叫人看到了…); so does
# any verb followed by 为 or 成 (理解为, 转化为“…”: not 这转化为推进“三项任务”的强大动力).
_NAMING_VERBS = frozenset(["概括", "归纳", "总结", "构成", "形成", "称", "叫"])
# Words that may stand between a naming verb and the name (概括为, 构成了, 总结起来就是, 变成).
_BEFORE_NAME = frozenset(["为", "成", "是", "就是", "了", "起来"])
# Words of duty that make 这 the subject of a task, whatever word of action follows (这就必须健全…).
_DUTIES = frozenset(["必须", "务必", "需要", "要", "应", "应当", "应该"])
# Prepositions of whom or what for that make 这 the subject of the verb after them (这为我们…提供了).
_PREPOSITION_OF_PURPOSE = frozenset(["为", "给", "对", "让", "使"])
# Measure words after 这 before the noun they point with (这一做法, 这种做法, 这些举措).
_MEASURES = frozenset(["一", "种", "些", "个", "项", "条", "类", "样"])


def _asks_of_it(said: str) -> bool:
    """Whether the words before a name after the 这 that opens them (see _OPENS_POINTING_BACK) make
    it the object of a verb of their own (这要求我们落实“三个优先”, 这需要把握“两个关系”, 这就必须健全“三项机制”, 这依靠的是…): 这 is the
    subject that says what to do, no word pointing back to the name; not where the first verb names
    (这就是“三个务必”, 这是我们常说的“两个结合”, 这可以概括为…, 这被形象地概括为…, 这三者合称…). A
    noun after 这 and a measure word points back as 这 does (这种做法被称为…: 做法 is no verb there)."""
    said = re.split("[“「]", said)[0]  # (这“两个坚持、三个转变”: names of its own, no verb of it)
    tokens = words(said)
    if len(tokens) > 2 and tokens[0] in _MEASURES and not _names(tokens, 1):
        tokens = tokens[2:]
    for i, word in enumerate(tokens):
        if _names(tokens, i):
            return False
        if acts(word) or word in _DUTIES or word in _PREPOSITION_OF_PURPOSE:
            return True  # (这为我们…提供了遵循: 为 before more words is a preposition, 这 a subject)
    return False


def _names(tokens: list[str], i: int) -> bool:
    """Whether the i-th word names what 这 points back to: a naming word (合称, 就是), or a naming verb
    or any word followed by 为/成 right before the name (概括为, 构成了, 理解为, 归纳起来就是); 为 alone
    only right before the name (以上概括为, not the preposition of 这为我们落实“三项机制”提供了遵循)."""
    word, after = tokens[i], tokens[i + 1 :]
    if word == "为":
        return not after
    if word in _NAMING_WORDS:
        return True
    direct = all(w in _BEFORE_NAME for w in after)
    return direct and (word in _NAMING_VERBS or (bool(after) and after[0] in ("为", "成")))


def _members_by_characters(
    paragraphs: list[Paragraph], index: int, name: Name
) -> tuple[list[str], str] | None:
    """The words of a concept named by their characters (十二字方针, “二十字”标准): words of one length
    in a run of 、 whose characters add up to the count; nearest in the rest of the naming's sentence,
    else its sentence before it, else (where the naming closes its paragraph) the next paragraph."""
    text = paragraphs[index].text
    start = max((text.rfind(ch, 0, name.start) for ch in SENTENCE_END), default=-1) + 1
    after = text[name.end :]
    windows = [after[: next((i + 1 for i, ch in enumerate(after) if ch in SENTENCE_END), len(after))]]
    windows.append(text[start : name.start])
    if closes(text, name) and index + 1 < len(paragraphs):
        windows.append(paragraphs[index + 1].text)
    for window in windows:
        members = _words_adding_up(window, name.count)
        if members:
            return members, naming_clause(text, name)
    return None


def _words_adding_up(text: str, characters: int) -> list[str]:
    """The first run of words cut at 、 (the first may follow a verb, the last run on: 坚持安全第一、
    预防为主、综合治理的方针) that are all as long and have `characters` characters in all."""
    segments = cut(text)
    runs: list[list[str]] = [[]]
    for segment in segments:
        runs[-1].append(segment.text.strip())
        if segment.rank > 1:
            runs.append([])
    for run in runs:
        for length in range(2, 9):
            count = characters // length
            if count < 2 or count * length != characters or count > len(run):
                continue
            for first in range(len(run) - count + 1):
                words_ = run[first : first + count]
                inner = words_[1:-1]
                head, tail = words_[0][-length:], words_[-1][:length]
                exact = [w for w in (words_[0], words_[-1]) if han_len(w) == length]
                if (
                    all(han_len(w) == length and ALL_HAN.fullmatch(w) for w in inner)
                    and all(ALL_HAN.fullmatch(w) for w in (head, tail))
                    and (exact or inner)
                ):
                    return [head, *inner, tail]
    return []


def _run_on(paragraphs: list[Paragraph], index: int) -> list[str]:
    """The lines a paragraph that stops mid-sentence (after 、 or ，, or a character) runs on to,
    up to the end of the sentence, at most two."""
    lines: list[str] = []
    text = paragraphs[index].text.rstrip()
    for paragraph in paragraphs[index + 1 : index + 3]:
        if not text or text[-1] in SENTENCE_END + "：:" or marked(paragraph.text):
            break
        lines.append(paragraph.text)
        text = paragraph.text.rstrip()
    return lines


def members_before(text: str, name: Name) -> tuple[list[str], int] | None:
    """Exactly as many members as the count right before the name in its clause (A、B和C“三大工程”;
    “准入—办事—监管”五个环节), and where they start."""
    count = name.count
    pair = is_pair(name)  # (A和B实现“双下降”: a pair by 双 is named after it)
    # (a pair the text abbreviates right after it names it whatever its name: A、B（简称“两创”）)
    abbreviated = _NAMED_IN_BRACKETS.search(text[: name.start].rstrip("“「")) is not None
    # (a quoted pair without a measure word right after two words joined by 和: 发展A和促进B“两手抓”)
    joined_before = count == 2 and len(name.units) == 1 and not name.units[0].measured
    joined_before = joined_before and text[name.start : name.start + 1] in "“「"
    # (…之间仍然是“两本账”: what the pair is, not a pair the name sums up)
    joined_before = joined_before and not _SAYS_IT_IS.search(text[: name.start])
    if count < 2 or (
        count < 3
        and not (pair or abbreviated or joined_before)
        and (not name.strong or not name.units[0].measured)
    ):
        return None
    clause_start = max((text.rfind(ch, 0, name.start) for ch in "，,。；;：:！!？?\n"), default=-1) + 1
    # (the mark is matched in the clause's own text: MEMBER_MARK opens with ^, which a pos ignores)
    marker = MEMBER_MARK.match(text[clause_start:])
    if marker and marker.group().strip() and not marker.group().strip().startswith("“"):
        clause_start += marker.end()  # （1）严肃处理…: the marker is no part of the first member
    head = re.sub(r"(?:的|等|这|共|这些)?[“「]?$", "", text[clause_start : name.start])
    head = _NAMED_IN_BRACKETS.sub("", head)  # 推动A、B深度融合（简称“两个融合”）
    if pair:  # 事故起数和死亡人数实现“双下降”: what the pair achieves (连续保持: how)
        head = re.sub("(?:连续|持续|同步|均|都)?(?:实现|保持)$", "", head)
    quotations = _JOINED_QUOTATIONS.search(head)
    if quotations:  # 紧扣“为民服务”与“干部成长”两条主线: each quotation a member
        members = [q.strip() for q in re.findall(r"[“「]([^”」]+)[”」]", quotations.group())]
        if len(members) == count and all(1 <= han_len(m) <= _MEMBER_MOST for m in members):
            return members, clause_start + quotations.start()
        return None
    if head.endswith("”") and "“" in head:
        opening = head.rindex("“")
        members = [s.text.strip() for s in cut(head[opening + 1 : -1])]
        if len(members) == count and all(1 <= han_len(m) <= _MEMBER_MOST for m in members):
            return members, clause_start + opening
        return None
    chain = _chain(head, name)
    if chain:  # 从家门到校门再到机关门的“三门”: the stages of a way from one to the next
        members, start = chain
        return members, clause_start + start
    together = _NAMED_TOGETHER.search(head)
    if together and clause_start > 1:  # X：与A、B并称“三大工程”: X is the first of them
        subject = _subject_before(text, clause_start - 1)
        pieces = [s.text for s in cut(together.group(1))]
        members = [subject, *(unquoted(p.strip()) for p in pieces)]
        if subject and len(members) == count and all(1 <= han_len(m) <= _MEMBER_MOST for m in members):
            return members, clause_start + together.start(1) - 1
        return None
    segments = cut(head)
    if any(s.rank > 1 for s in segments[:-1]):
        return None
    pieces = [s.text for s in segments]
    if pieces and says_who_acts(pieces[-1]):
        return None  # 引导党组织和党员干部深刻领悟“两个确立”: who grasps it, not its members
    if pair or (joined_before and not abbreviated):
        found = _pair_before(pieces, clause_start)
        if found and not pair and any(han_len(member) < _JOINED_MEMBER for member in found[0]):
            return None  # 学习和贯彻“两会”, 城市和农村“两头”: two words, not the two moves a name sums up
        return found
    glued = _glued_pair(pieces[0]) if count == 2 and len(pieces) == 1 else []
    if glued:  # 善用网上网下两个阵地
        return glued, clause_start + len(pieces[0]) - len("".join(glued))
    if len(pieces) == count - 1:  # A、B和C三大工程; a pair: 生产许可和CCC认证“两项制度”
        joined = re.split(r"(和|与|及|以及)", pieces[-1])
        # (坚持和落实“两个毫不动摇”: a verb of two characters after 和 says what the clause does, but
        # not after a 把 or 将 before an unquoted count noun, which takes the pair as its object:
        # 把发展和安全两件大事办好; before a quoted name a pair after 把 or 将 stays what the clause
        # does: 把贯彻和落实“两个维护”体现在…, 把握好和处理好“两个大局”; 把A和B作为践行“两个维护”的…:
        # a pair followed by a verb of its own)
        quoted = text[name.start : name.start + 1] in QUOTE_OPENINGS
        taken = not quoted and any(word in ("把", "将") for word in words(joined[0]))
        verbs = count == 2 and (
            (len(words(joined[-1])) == 1 and len(joined[-1]) <= 2 and not taken)
            or re.search("[为是在以把将]", joined[-1]) is not None
            or (quoted and joined[0].startswith(("把", "将")))
        )
        if len(joined) == 3 and joined[0] and joined[2] and not verbs:
            pieces = [*pieces[:-1], joined[0], joined[2]]
    governed = _after_preposition(pieces[0]) if len(pieces) == count else ""
    if governed:  # 主要由A、B、C、D四个群体构成: the first member starts after the preposition
        clause_start += len(pieces[0]) - len(governed)
        pieces[0] = governed
    if len(pieces) != count or any(
        not 1 <= han_len(p) <= _MEMBER_MOST or not _balanced_quotes(p) for p in pieces
    ):
        return None
    if (
        any(has_term(p) or names_count(p) for p in pieces)
        or sum(1 for p in pieces if _NUMBERED.match(p)) >= 2
    ):
        return None  # 坚定拥护“两个确立”、坚决做到“两个维护”; 一个定义、四句内涵: concepts side by side
    # (the last piece counted as far as the ending its siblings share: its words after that are
    # every member's, 党委会、董事会、经理层会议|议事规则, and tell nothing of a member's length; not
    # a cut that leaves a word a sibling holds, 有机农产品和|农产品|地理标志: no name of its own)
    aligned = _aligned(pieces)
    aligned_last = aligned[-1]
    if any(aligned_last in p for p in pieces[:-1]):
        aligned_last = pieces[-1]
    siblings = [max(han_len(p), len(content_chars(p))) for p in [*pieces[1:-1], aligned_last]]
    # a clause that goes on from the one before opens with its verb (…，守牢食品、药品…四条安全底线)
    verb_first = clause_start > 0 and text[clause_start - 1] in "，,；;"
    # (first_member reads the siblings' verbs only after a clause's verb: jieba over them only then)
    lazy = verb_first and not governed
    acting = lazy and open_with_verbs(pieces[1:])
    ending_acting = lazy and end_with_verbs(pieces[1:])
    first = (
        unquoted(pieces[0])
        if governed
        else first_member(pieces[0], siblings, verb_first, acting, ending_acting)
    )
    first = _without_complement(pieces[0], first)
    first = with_own_noun(pieces[0], first, [unquoted(p) for p in pieces[1:]])
    opening = aligned[0]  # (协调推进全面建设…、全面深化改革、…: from the word the others open with)
    if opening != pieces[0] and not first.startswith(common_prefix(pieces[1:])):
        first = unquoted(opening)
    others = siblings[:-1] or [han_len(first)]
    # the last runs on when a function word carries it on (满意率为核心的“三率”), not 海内外同胞
    runs_on = han_len(pieces[-1]) >= 2 * max(others) and re.search("[为是在以的]", pieces[-1][1:]) is not None
    last = last_member(pieces[-1], others) if runs_on else pieces[-1]
    members = _aligned([first, *(unquoted(p) for p in pieces[1:-1]), unquoted(last)])
    # (where the first member stands, its opening quote with it: 抓好“一把手”、A、B三类培训 has a
    # closing quote after it, so it does not end its piece)
    at = pieces[0].rfind(first)
    at = at - 1 if at > 0 and pieces[0][at - 1] in QUOTE_OPENINGS else at
    return members, clause_start + (at if at >= 0 else len(pieces[0]) - len(first))


# The characters that complete a verb (构建起, 打造出) and that jieba may read with the word after it
# (构建起县 -> 起县): see _without_complement.
_VERB_COMPLEMENTS = "起出"


def _without_complement(part: str, first: str) -> str:
    """The first member without the character that completes the verb before it, which jieba reads
    with the member (构建起县 -> 起|县, 打造出…): 起 or 出 right after a verb of the part, where jieba
    reads it on its own, as the verb's (打造出), or glued to what follows into no word its dictionary
    lists (起县); not the first character of a word (起草, 出版, 扩大出口)."""
    before = part[: len(part) - len(first)] if part.endswith(first) else ""
    if first[:1] not in _VERB_COMPLEMENTS or han_len(first) < 2 or not before:
        return first
    if words(before)[-1] not in verbs():
        return first
    at = len(before)
    start = 0
    for word in words(before + first):
        end = start + len(word)
        if start <= at < end:
            glued = start == at and (len(word) == 1 or word_frequency(word) == 0)
            return first[1:] if glued or (start < at and end == at + 1) else first
        start = end
    return first


def _pair_before(pieces: list[str], clause_start: int) -> tuple[list[str], int] | None:
    """The two words joined by 和/与/及 before a pair by 双 (生产安全事故起数和死亡人数实现“双下降”):
    the first from where it opens at a word nearest the second's length (the longer when two are
    as near: 坚持消费和投资 -> 消费, 全年生产安全事故起数和… -> 安全事故起数), after a verb that
    opens it when the second opens with none (推行|企业利润和职工工资), and no longer than
    twice the second, else where it opens is unclear (…单位应当构建安全风险分级管控和…)."""
    joined = re.split(r"(和|与|及)", pieces[0]) if len(pieces) == 1 else []
    if len(joined) != 3 or not (
        ALL_HAN.fullmatch(joined[0].strip()) and ALL_HAN.fullmatch(joined[2].strip())
    ):
        return None
    part, second = joined[0].strip(), joined[2].strip()
    tokens = words(part)
    starts = [i for i in range(len(tokens)) if len("".join(tokens[:i])) <= 4]
    if words(second)[:1] and words(second)[0] not in verbs():
        # the clause's first verb governs both words when the second opens with none (实施|居民收入和
        # 中等收入群体“双倍增”: two things, not a move and a thing); a verb after it is the first
        # word's own (坚持|保护生态和经济效益“双赢”)
        governing = next((i for i, token in enumerate(tokens) if token in verbs()), None)
        starts = [i for i in starts if i != governing] or starts
    options = ["".join(tokens[i:]) for i in starts]
    first = min(options, key=lambda o: (abs(len(o) - len(second)), -len(o)), default="")
    if not (2 <= len(second) <= 12 and 2 <= len(first) <= 2 * len(second)):
        return None
    if _GOES_ON.search(second[1:]):
        return None  # 在职党员到社区“双报到”: the second goes on to where or whom
    return [first, second], clause_start + pieces[0].index(first)


# The least a member of a quoted pair named after two words joined by 和 holds, in han characters: a
# move (稳定粮食生产), not a bare verb or noun (学习和贯彻“两会”精神).
_JOINED_MEMBER = 4
# A preposition a word of a pair goes on with (党员到社区报到): the pair shares what follows it.
_GOES_ON = re.compile("[到向于给对从在把被]")


def _glued_pair(head: str) -> list[str]:
    """The two words of two characters that end `head` written together, when they open alike
    (国内国际, 网上网下, 线上线下): a pair a text names without a separator."""
    first, second = head[-4:-2], head[-2:]
    alike = len(first) == 2 and first[0] == second[0] and first != second
    return [first, second] if alike and ALL_HAN.fullmatch(first + second) else []


# Two quotations or more joined by 与, 和, 及 or 、 at the end of a clause (“A”与“B”).
_JOINED_QUOTATIONS = re.compile(r"[“「][^”」“「]+[”」](?:(?:与|和|及|以及|同|、)?[“「][^”」“「]+[”」])+$")


def _chain(head: str, name: Name) -> tuple[list[str], int] | None:
    """The stages of a way right before a name (从家门到校门再到机关门的“三门”), as many as the count
    and each saying the concept's word, and where the first starts in `head`."""
    start = head.rfind("从")
    if start < 0 or len(name.units) != 1:
        return None
    stages = [s.strip() for s in re.split("(?:再|又|最后|最终)?到", head[start + 1 :])]
    ending = {s[-1:] for s in stages[:-1]}
    if len(ending) == 1 and len(stages) > 2 and (end := ending.pop()) in stages[-1][:-1]:
        stages[-1] = stages[-1][: stages[-1].index(end) + 1]  # (…再到机关门都要管: the clause goes on)
    key, spread = keywords(name.units)[0]
    # (an abbreviation's stages say its first character: 家门, 校门, 机关门 of “三门干部”)
    saying = all(holds(s, key, spread) or (spread and key[0] in s) for s in stages)
    if len(stages) != name.count or not saying or not all(1 <= han_len(s) <= 10 for s in stages):
        return None
    return stages, start


def _chain_beside(text: str, name: Name) -> list[str]:
    """The stages of a way in the clause right before a naming that opens its clause, or right
    after one that ends it, a comma or a dash after it (从家门到校门再到机关门，“三门干部”…; “三门干部”，
    从家门到…; “三门干部”——从家门到…), or after the noun the quoted name qualifies (“三门”干部，从家门到…)."""
    breaks = "，,；;"
    clause_start = max((text.rfind(ch, 0, name.start) for ch in breaks), default=-1)
    clause_end = min((i for i in (text.find(ch, name.end) for ch in (*breaks, "——")) if i >= 0), default=-1)
    clauses_ = []
    if clause_start > 0 and not text[clause_start + 1 : name.start].strip(" “「"):
        before = max((text.rfind(ch, 0, clause_start) for ch in breaks + SENTENCE_END), default=-1)
        clauses_.append(text[before + 1 : clause_start])
    if clause_end >= 0:
        between = text[name.end : clause_end].strip(" ”」")
        qualified = text[name.end - 1 : name.end] in "”」" and _QUALIFIED_NOUN.fullmatch(between)
        if not between or qualified:
            opening = clause_end + (2 if text.startswith("——", clause_end) else 1)
            after = [i for i in (text.find(ch, opening) for ch in breaks + SENTENCE_END) if i >= 0]
            clauses_.append(text[opening : min(after, default=len(text))])
    for clause in clauses_:
        chain = _chain(clause.strip(), name)
        if chain and chain[1] <= 6:  # (the way opens the clause, after its subject at most)
            return chain[0]
    return []


# A short noun a quoted name qualifies before the clause ends (“三门”干部).
_QUALIFIED_NOUN = re.compile(r"[\u4e00-\u9fff]{1,3}")


# A clause that names its subject together with others (与A、B并称…, 和A一起被称为…).
_NAMED_TOGETHER = re.compile(
    r"^[与和同](.+?)(?:一起|一道)?(?:被)?(?:并称|合称|统称|共称|称为|并列为|并列称为)为?$"
)


def _subject_before(text: str, end: int) -> str:
    """The clause or label that ends at text[end] (a colon or comma): the subject of the clause after
    it, when short (“平急两用”：与…并称 -> 平急两用)."""
    start = max((text.rfind(ch, 0, end) for ch in "，,。；;：:！!？?\n"), default=-1) + 1
    subject = unquoted(MEMBER_MARK.sub("", text[start:end], count=1).strip())
    return subject if 2 <= han_len(subject) <= 12 and _balanced_quotes(subject) else ""


def _after_preposition(part: str) -> str:
    """The words after the last preposition of one character that stands as a word of its own in
    `part` (主要由私营企业和外资企业的管理技术人员 -> 私营企业和外资企业的管理技术人员): what a
    preposition governs is the series' first member whole; else ''."""
    tokens = words(part)
    at = max((i for i, token in enumerate(tokens[:-1]) if token in _GOVERNING), default=-1)
    rest = "".join(tokens[at + 1 :])
    return rest if at >= 0 and han_len(rest) >= 2 and ALL_HAN.match(rest) else ""


# Prepositions that govern a series after them (not 以, of 以…为…, nor 将, also "will").
_GOVERNING = set("由对把从向")


# A name given in brackets or a clause after what it names: （简称“四链融合”）, ，简称“三线一单”
_NAMED_IN_BRACKETS = re.compile(r"[（(，,]\s*(?:以下|下文)?(?:简称|统称|合称|并称|称为|概括为|即)为?$")
# A part that opens with a count (一个定义, 四句内涵): the name of a concept, no member of one.
_NUMBERED = re.compile(rf"^[“「]?(?:{COUNT}|一)[\u4e00-\u9fff]")


def _aligned(members: list[str]) -> list[str]:
    """Members cut to the words their siblings share: the first from its last saying of the word
    all the others open with (把马克思主义基本原理同中国具体实际 beside 同中华…相结合 -> 同中国具体实际),
    the last up to the ending all the others end with (人才链深度融合 beside 创新链、产业链 -> 人才链)."""
    if len(members) < 2:
        return members
    aligned = list(members)
    others = members[1:]
    opening = common_prefix(others) if len(others) >= 2 else others[0].strip("“「")[:1]
    if opening and (len(others) >= 2 or opening in PARALLEL_OPENERS) and not members[0].startswith(opening):
        at = members[0].rfind(opening)
        if at > 0 and han_len(members[0][at + len(opening) :]) >= 1:
            aligned[0] = members[0][at:]
    others = members[:-1]
    ending = common_suffix(others)
    if ending and len(others) >= 2 and not members[-1].endswith(ending):
        at = members[-1].find(ending)
        if at > 0:
            aligned[-1] = _through_word(members[-1], at + len(ending))
    return aligned


def _through_word(text: str, end: int) -> str:
    """`text` up to `end`, or on to the end of the word `end` falls inside: a cut at a sibling's
    ending keeps the word that holds it whole (经理层会议|议事规则 beside 党委会、董事会: not 经理层会),
    also when that word ends `text` (经理层会议“三会”)."""
    at = 0
    for token in words(text):
        at += len(token)
        if at >= end:
            return text[:at]
    return text[:end]


def _members_pointed_back(paragraphs: list[Paragraph], index: int, name: Name) -> list[str]:
    """Members ending the clauses before a naming that points back to them in its sentence
    (新目标、新原则…新担当，这五个“新”), else the sentence before (…、流程壁垒。…这“三道壁垒”)."""
    text = paragraphs[index].text
    sentence_start = max((text.rfind(ch, 0, name.start) for ch in SENTENCE_END), default=-1)
    clause_start = max((text.rfind(ch, 0, name.start) for ch in "，,；;（("), default=-1)
    sentence = text[sentence_start + 1 : clause_start] if clause_start > sentence_start else ""
    if han_len(sentence) < 2:
        previous = text[: sentence_start + 1] if sentence_start >= 0 else ""
        if not previous.strip() and index > 0:
            run = _paragraphs_saying(paragraphs[max(0, index - name.count - 1) : index], name)
            if run:  # ——必须坚持…；(five lines) 这5个必须: the lines before, each its member
                return run
            previous = paragraphs[index - 1].text
        run = _run_saying_word(previous, name)
        if run:  # “…务必…，务必…，务必…，坚定…”这就是“三个务必”: the clauses that say the word
            return run
        sentences = [s for s in re.split(r"(?<=[。！？!?])", previous) if s.strip()]
        if not sentences:
            return []
        sentence = sentences[-1]
    sentence = sentence.rstrip("。！？!? ，,；;")
    sentence = sentence[max(sentence.rfind("："), sentence.rfind(":")) + 1 :]
    keys = keywords(name.units)
    count = len(keys)
    for level in range(1, 6):
        parts = level_parts(cut(sentence), level)
        if level == 1 and len(parts) == count - 1:
            parts = _split_last_joined(parts)  # …、行业自律和社会监督的机制。（这个机制共５个方面
        if len(parts) < count:
            continue
        raw = [p.text for p in parts[-count:]]
        members = unwrap_copula([bare_member(p) for p in raw])
        if level == 1:
            members = trimmed_to_siblings(members, [p.rank for p in parts[-count:]])
        members = _ended_at_keyword(_aligned(members), keys)
        # (a whole run of words, as many as the count, needs no more likeness)
        whole_run = level == 1 and (len(parts) == count or parts[-count - 1].rank > 1)
        if all(1 <= han_len(m) <= 50 for m in members) and (whole_run or likeness(raw, members, keys)):
            return members
    return []


def _run_saying_word(text: str, name: Name) -> list[str]:
    """The one run of clauses or sentences in `text`, as many as the count, that each open with the
    concept's word (务必不忘初心…，务必谦虚谨慎…，务必敢于斗争…), each from that word on; [] unless
    the name counts one word of two characters or more (三个务必, 两个坚持) and exactly one run says it."""
    if len(name.units) != 1 or not name.units[0].measured:
        return []
    key = name.units[0].noun.strip('“”"「」')
    if han_len(key) < 2 or text.count(key) < name.count:
        return []
    segments = cut(text)
    for level in range(2, 6):
        parts = level_parts(segments, level)
        says = [key in p.text for p in parts]
        runs: list[list[int]] = []
        for k, saying in enumerate(says):
            if saying and runs and runs[-1][-1] == k - 1:
                runs[-1].append(k)
            elif saying:
                runs.append([k])
        if len(runs) != 1 or len(runs[0]) != name.count:
            continue
        # (what a colon introduces: 报告指出：“全党同志务必…)
        members = _from_word([bare_member(re.split("[：:]", parts[k].text)[-1]) for k in runs[0]], key)
        if members:
            return members
    return []


def _paragraphs_saying(paragraphs: list[Paragraph], name: Name) -> list[str]:
    """The paragraphs right before a naming that opens its paragraph, as many as the count, when each
    opens with the concept's word and the one before them does not (see _run_saying_word)."""
    if len(name.units) != 1 or not name.units[0].measured or len(paragraphs) < name.count:
        return []
    key = name.units[0].noun.strip('“”"「」')
    texts = [MEMBER_MARK.sub("", p.text.strip(), count=1) for p in paragraphs]
    if len(texts) > name.count and key in texts[0][:8]:
        return []  # more paragraphs say it than the count: another list
    if len(texts) > name.count and name.term in texts[0]:
        return []  # 提出“七个着力”： (seven lines) 这“七个着力”…: named before them, the list follows that
    return _from_word([bare_member(t) for t in texts[-name.count :]], key) if han_len(key) >= 2 else []


def _from_word(members: list[str], key: str) -> list[str]:
    """Each member from the concept's word on, when every member says it within its first few
    characters (要坚持…, 全党同志务必…: the first may open with its subject), else []."""
    trimmed = []
    for number, member in enumerate(members):
        at = member.find(key)
        if at < 0 or at > (6 if number == 0 else 2) or not 2 <= han_len(member[at:]) <= 50:
            return []
        trimmed.append(member[at:])
    return trimmed


def _split_last_joined(parts: list[Segment]) -> list[Segment]:
    """The parts with the last split at its one 和/及/与 (…、行业自律和社会监督)."""
    pair = joined_pair(parts[-1])
    return [*parts[:-1], *pair] if pair else parts


def _ended_at_keyword(members: list[str], keys: list[tuple[str, bool]]) -> list[str]:
    """The last member without a judgement of the series after the concept's word (同中华优秀传统文化
    相结合是必由之路 -> …相结合)."""
    key, spread = keys[-1]
    at = members[-1].find(key)
    if spread or len(key) < 2 or at < 0 or not members[-1][at + len(key) :].startswith(("是", "为")):
        return members
    return [*members[:-1], members[-1][: at + len(key)]]
