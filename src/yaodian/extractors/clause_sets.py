"""Sets written as the parts of a sentence (series.find_series gathers them with the inline series):
- ；-parts, after a colon or not: each part's opening clause is a member (主要目标是：A，…；B；C);
  a short first clause no other part has the like of is the lead (比如，A，…；B，…；C), and parts
  that each open with an alike frame give a list per frame (到2027年，A，B，C；到2035年，D，E，F).
- ，-clauses after a colon, when they are alike (see _alike), the words before the colon count
  them (新时代十年的三件大事：A，B，C) or are a sentence ending with a noun that names them
  (全会提出了…主要目标：A，B，C; 会议的主要任务是：A，B，C; a first clause that only dates them,
  到2029年, is no member).
- Parallel ，-clauses: three or more of one sentence that open with the same words (统筹…，统筹…，
  统筹…), are built on one frame (关键在党，核心在人，重点在基层), share the verb after subjects
  of their own (县委书记当好…，乡镇党委书记当好…，村党组织书记当好…) or are joined by 既…又…更, the first of them maybe after words of its own (让生态环境成为…，
  成为…); also before a list's colon (要坚持…，要把…，要统筹…，真正做到“四个到位”：…).
- Steps in order (先A，再B，然后C，最后D), without their words of sequence, and the two hands of
  one task (一手抓A，一手抓B), a set of two.

Marked items (一是…；二是…) are outline's; sentences that open alike are parallel sets
(parallel.py).
"""

from __future__ import annotations

import re

from yaodian.extractors import terms
from yaodian.extractors.members import (
    COUNT,
    NOT_PROSE,
    PAIRS,
    QUANTITY,
    QUOTATIONS,
    STOP_BEFORE,
    UNBALANCED,
    acts,
    clean_member,
    function_words,
    nouns,
    shared_ending,
    shared_opening,
    tokens_of,
    verbs,
)
from yaodian.extractors.text import (
    ALL_HAN,
    NAMELY,
    QUOTE_MARKS,
    Paragraph,
    clauses,
    han_len,
    strip_punct,
    word_frequency,
    words,
)
from yaodian.markers import ANY_MARKER, NUMERALS, ORDINAL_PART
from yaodian.numerals import numeral_value

_SENTENCE_END = re.compile(r"(?<=[。！？!?])")
_PART_BREAK = re.compile(r"[；;]")
_COLON = re.compile(r"[：:]")
_LONGEST_CLAUSE = 40  # a clause longer than this is prose, not a member


def find_part_sets(text: str) -> list[tuple[str, list[str], str]]:
    """(lead, members, sentence) of each series of ；-parts or ，-clauses in `text`'s sentences."""
    found = []
    for sentence in _SENTENCE_END.split(text):
        sentence = sentence.strip()
        if not sentence:
            continue
        if namely := _namely_set(sentence):
            lead, members, before = namely
            found += [(lead_, m, sentence) for lead_, m in _parallel_clauses(before)]
            found.append((lead, members, sentence))
            continue
        colon = _list_colon(sentence)
        lead, body = "", sentence
        if colon is not None:
            lead, body = last_clause(sentence[:colon]), sentence[colon + 1 :]
            # the clauses before the colon may be a set of their own (要坚持…，要把…，要统筹…，真正做到：)
            found += [(lead_, members, sentence) for lead_, members in _parallel_clauses(sentence[:colon])]
        parts = [p for p in _PART_BREAK.split(body) if strip_punct(p)]
        # (parts opening with ordinals, 第一，A，B；第二，C，D, are marked items: outline's, whose
        # clauses are one point's words, not a list per ordinal; a frame after the ordinal still
        # frames its part's clauses: 第一，到2025年，A，B，C；第二，到2035年，…)
        bare = _without_markers(parts)
        framed = _framed_parts(bare) if len(bare) >= 2 else []
        if framed:
            found += [(frame, members, sentence) for frame, members in framed]
            continue
        if len(parts) >= 3 or _some_and_others(parts):
            members, own_lead = _part_members(parts)
            if members:
                found.append((lead or own_lead, members, sentence))
            if not _marked(parts):
                # (a part may hold a set of its own, whether the parts are a set — as an outline's item
                # holds its points: …；要坚持系统观念，统筹A，统筹B，统筹C；… — or not: …；“发展是第一要务，
                # 人才是第一资源，…”；…; marked parts are outline's, with their points)
                found += [(lead_, m, sentence) for part in parts for lead_, m in _parallel_clauses(part)]
            continue
        pieces = clauses(body)
        if colon is None and len(parts) == 1 and (dated := _dated_goals(pieces, body)):
            found.append((*dated, sentence))  # (到2035年，A，B，C)
            continue
        named = (
            colon is not None
            and len(parts) == 1
            and (
                _names_a_group(lead)
                or (bool(_TARGET_DATE.match(strip_punct(lead))) and _set_as_goals(pieces, body))
            )
            and _plain(pieces)
        )
        if named:
            pieces = _without_time_frame(pieces)
        if (
            colon is not None
            and len(pieces) >= 3
            and (
                _alike(pieces)
                or (len(parts) == 1 and (_counted(sentence[:colon], len(pieces)) or _tally(pieces) or named))
            )
            and _well_formed(list(map(clean_member, pieces)))
        ):
            found.append((lead, [clean_member(p) for p in pieces], sentence))
            continue
        for part in parts:
            found += [(lead_, members, sentence) for lead_, members in _parallel_clauses(part)]
    return found


# ，即 (see NAMELY), maybe with a colon: the clauses after it unpack what the clause before it named.
_NAMELY = re.compile(r"[，,]\s*" + NAMELY.pattern + r"\s*[：:]?")
# A coined name of a set: a short quotation that counts its parts (“两个毫不动摇”, “三张清单”) or is
# built of figures, one a part (“2522”, “1+3+N”, “一主两新”; “一号工程” numbers one thing).
_CODED_NAME = re.compile(r"[“「]([^“”「」]{1,8})[”」]")
_CODE_FIGURE = re.compile(r"[\dNX一二两三四五六七八九十]")


# A clause that comments on the ones before it (这是基础, 那就是…, 此举…): no member they unpack.
_COMMENT = re.compile("[这那此]")


def _parts_named(name: str) -> int | None:
    """How many parts a coined name gives its set: the count it states (“两个关键”: 2) or, in a name
    built of figures, one per figure (“2522”: 4, “1+3+N”: 3, “一主两新”: 2); None for a name of one
    thing (“一号工程”) or of none."""
    if count := COUNT.search(name):
        return numeral_value(count.group("number"))
    figures = _CODE_FIGURE.findall(name)
    return len(figures) if len(figures) >= 2 else None


def _namely_set(sentence: str) -> tuple[str, list[str], str] | None:
    """(lead, members, the words before ，即) of a set a sentence names by a coined name and then
    unpacks after ，即 clause by clause (构建“1+3+N”体系，即建强…，贯通…，开发…，实现…; 坚持“两个毫不
    动摇”，即毫不动摇…，毫不动摇…). The name says how many clauses are members (see _parts_named);
    the clauses after them tell what the set brings (实现“一屏观全域”) and are left out. A clause
    that lists things with 、 is one part only when it names them as one, by a count or a quotation
    (贯通区、镇、村3级平台; 推进…“五位一体”融合); else the name counts the things, not the clauses
    (“三张清单”，即A、B、C，…; “一中心三平台”，即建设A，搭建B平台、C平台、D平台). A sentence with
    ；-parts after its 即 is _part_members'."""
    end = _PART_BREAK.search(sentence)
    match = _NAMELY.search(sentence, 0, end.start() if end else len(sentence))
    if not match:
        return None
    lead = last_clause(sentence[: match.start()])
    parts = next((n for m in _CODED_NAME.finditer(lead) if (n := _parts_named(m.group(1)))), None)
    body = sentence[match.end() :]
    if parts is None or parts < 2 or _PART_BREAK.search(body):
        return None
    pieces = clauses(body)[:parts]
    members = [clean_member(p) for p in pieces]
    if (
        len(pieces) < parts
        or any("、" in p and not (COUNT.search(p) or _CODED_NAME.search(p)) for p in pieces)
        or not _plain(pieces)
        or any(_COMMENT.match(p.strip()) for p in pieces)
        or not _well_formed(members)
    ):
        return None
    return lead, members, sentence[: match.start()]


def _framed_parts(parts: list[str]) -> list[tuple[str, list[str]]]:
    """(frame, members) of ；-parts that each open with a short frame, the frames alike, and hold
    three clauses or more after it (到2027年，A，B，C；到2035年，D，E，F): the clauses are the
    members of one list per frame. The first part may hold words before its frame (…提出，到2027年)."""
    split = [clauses(p) for p in parts]
    frames = [c[0] for c in split[1:]]
    opening = shared_opening(frames) if len(frames) >= 2 else frames[0]
    candidates = [i for i, c in enumerate(split[0]) if c.startswith(opening[:1]) and i + 1 < len(split[0])]
    if not candidates:
        return []
    split[0] = split[0][candidates[-1] :]
    frames.insert(0, split[0][0])
    opening = shared_opening(frames)
    if (
        not opening
        or len(set(frames)) < len(frames)
        or max(map(han_len, frames)) > _FRAME_LONGEST + 2
        or any(len(w) > 1 and w in verbs() for f in frames for w in words(f))  # 坚持问题导向，就是要…
    ):
        return []
    found = []
    for part in split:
        members = [clean_member(c) for c in part[1:]]
        if len(members) < 3 or not _well_formed(members):
            return []
        found.append((clean_member(part[0]), members))
    return found


def _names_a_group(lead: str) -> bool:
    """Whether the clause before a colon is a sentence that ends with a noun naming what follows
    as a group (全会提出了…主要目标：A，B，C; 推行“积分+网格”模式：…), not a verb that reports
    speech (会议指出：…), a verb-noun (…发展：…) or a label with no verb (题目：, 知识点：)."""
    tokens = tokens_of(strip_punct(lead))
    if tokens and tokens[-1] == "是":
        # (会议的主要任务是：A，B，C: the copula is the sentence's verb, the noun before it names them)
        tokens = tokens[:-1]
    elif han_len(lead) < _GROUP_LEAD_SHORTEST or not any(t in verbs() for t in tokens[:-1]):
        return False
    return bool(tokens) and len(tokens[-1]) >= 2 and tokens[-1] in nouns() and not acts(tokens[-1])


_GROUP_LEAD_SHORTEST = 6


def _plain(pieces: list[str]) -> bool:
    """Whether clauses read as members rather than speech or a story: none leaves a quotation
    open (“我想做直播带货，可是…) and none opens with a function word that ties it to the clause
    before (但, 也, 就); an adverb of how far or how it is done (进一步, 更, 持续) ties nothing, unless
    it opens a cleft that caps the clauses before (更不巧的是…, 更重要的是…)."""
    return all(
        not UNBALANCED.search(p)
        and (tokens := tokens_of(p))
        and (
            tokens[0] not in function_words()
            or (tokens[0] in _MEMBER_ADVERBS and not _CAPPING_CLEFT.match(strip_punct(p)))
        )
        for p in pieces
    )


# An adverb's cleft that caps the clauses before it (他起得太晚，路上又堵车，更不巧的是还迷了路):
# the clause goes on from them, as 但 and 也 do, and is no member.
_CAPPING_CLEFT = re.compile(r"^[\u4e00-\u9fff]{1,5}的是")


# Adverbs a target or a task opens with in a report's lists, saying how far or how it goes on
# (主要目标：…，进一步全面深化改革取得新成效，…，更高水平平安建设迈出新步伐): they qualify the clause's
# own verb and tie it to no clause before, as 但, 也 and 就 do.
_MEMBER_ADVERBS = frozenset(
    [
        "进一步",
        "更",
        "更加",
        "更好",
        "全面",
        "持续",
        "不断",
        "大力",
        "加快",
        "切实",
        "深入",
        "积极",
        "基本",
        "稳步",
        "逐步",
        "普遍",
        "显著",
        "明显",
        "着力",
    ]
)


# A clause that frames the ones after it by a date (到2029年, 到二〇三五年): no member.
_TIME_FRAME = re.compile(r"^(?:到|至|在)?[\d〇零一二三四五六七八九十]{2,4}年(?:底|末|前)?$")


def _without_time_frame(pieces: list[str]) -> list[str]:
    """The clauses without a first one that only names the date they are meant for."""
    return pieces[1:] if pieces and _TIME_FRAME.match(strip_punct(pieces[0])) else pieces


# A clause that opens a sentence with the date its goals are set for (到2035年, 到二〇三五年): the
# clauses after it are the goals, one by one, with no colon (到2035年，A，B，C), as after one. (至2024年末
# is a statistics bulletin's "as of": what stood then, not what is set.)
_TARGET_DATE = re.compile(r"^到[\d〇零一二三四五六七八九十]{2,4}年(?:底|末)?$")
_DATED_GOALS = 3  # goals enough after the date that the clauses are a list, not a sentence
# Personal pronouns: goals set for a date name no person; a story told up to a year does (到2030年，
# 他就六十岁了，…).
_PERSONS = frozenset({"我", "我们", "你", "你们", "您", "他", "他们", "她", "她们", "咱", "咱们", "大家"})
# Particles of what has happened (走遍了, 救过): goals are still to reach.
_DONE = frozenset({"了", "过"})
# A clause that opens with 其中 tells a part of one before, one that opens with 这/那 or a connective
# comments on the ones before (这是…的郑重承诺, 关键在于实干, 实则…), one that opens with 比/较 compares
# a figure before (比上年末减少1.2万人): no goal of its own.
_NO_GOAL = re.compile(r"其中|这|那|关键|实则|但|而|然而|因此|所以|可见|比|较|同比|环比")
_QUESTION = re.compile(r"[？?]")


def _dated_goals(pieces: list[str], sentence: str) -> tuple[str, list[str]] | None:
    """(date, goals) when the `sentence` (its clauses: `pieces`) opens with a target date (see
    _TARGET_DATE) and the clauses after it, three or more, read as members (see _plain,
    _well_formed) and as goals (see _set_as_goals); None else."""
    if len(pieces) <= _DATED_GOALS or not _TARGET_DATE.match(strip_punct(pieces[0])):
        return None
    goals = [clean_member(p) for p in pieces[1:]]
    if not _plain(pieces[1:]) or not _well_formed(goals) or not _set_as_goals(pieces[1:], sentence):
        return None
    return strip_punct(pieces[0]), goals


def _set_as_goals(pieces: list[str], sentence: str) -> bool:
    """Whether clauses after a target date read as goals set for it, not a story told up to it
    (到2019年，我已经在村里待了三年，…): none names a person (see _PERSONS), tells what has happened
    (see _DONE) or opens as no goal does (see _NO_GOAL), and their `sentence` asks no question."""
    return not _QUESTION.search(sentence) and not any(
        _NO_GOAL.match(p) or any(t in _PERSONS or t in _DONE for t in tokens_of(p)) for p in pieces
    )


def _tally(pieces: list[str]) -> bool:
    """Whether every clause holds a figure with its unit: results or targets told one by one
    (年初承诺的民生实事全部兑现：新增学位6000个，改造危桥86座，…)."""
    return all(QUANTITY.search(piece) for piece in pieces)


def _counted(before: str, size: int) -> bool:
    """Whether the words before a colon count `size` members (新时代十年的三件大事：A，B，C;
    本质要求（九条）：…)."""
    counts = [numeral_value(m.group("number")) for m in COUNT.finditer(before)]
    if size in counts:
        return True
    return _COUNT_WORD.search(before) is not None and any(
        t.count == size for t in terms.find_terms([Paragraph(0, before)])
    )


_COUNT_WORD = re.compile(r"[一二两三四五六七八九十\d]")


def _list_colon(sentence: str) -> int | None:
    """Where the colon that opens a list stands: the last one before the first ； (the last one of
    the sentence when it has none), unless a marked item follows it (outline's)."""
    end = _PART_BREAK.search(sentence)
    colons = list(_COLON.finditer(sentence, 0, end.start() if end else len(sentence)))
    if not colons or ANY_MARKER.match(sentence[colons[-1].end() :].lstrip()):
        return None
    return colons[-1].start()


_ORDINAL_DIGITS = NUMERALS + "0123456789"
_FRAME_LONGEST = 4  # a first clause shorter than this may only frame the part (到2027年, as FORMAT's 首先)


# 有的A…；有的B…: ；-parts that each open with the pronoun 有的 (some… others…) tell the cases of one
# whole apart, a set also when there are two, as 一手…，一手… (see _two_hands).
_DISTRIBUTIVE = "有的"


def _some_and_others(parts: list[str]) -> bool:
    """Whether two ；-parts or more each open with 有的 and words of their own (有的地方…；有的企业…)."""
    return len(parts) >= 2 and all(
        p.strip().startswith(_DISTRIBUTIVE)
        and han_len(clauses(p)[0]) > len(_DISTRIBUTIVE) + 1
        and _distributive_word(p.strip())
        for p in parts
    )


# jieba reads 有的是 as one word, the verb of having plenty (有的是办法, 有的是时间), which takes one
# noun and ends its clause; 有的 and 是 say more (有的是历史遗留问题, 有的是政策配套不到位).
_PLENTY = "有的是"


def _distributive_word(part: str) -> bool:
    """Whether the 有的 a part opens with is a word of its own, the pronoun, not the start of a
    longer word the dictionary knows (有的放矢: an idiom; 有的是办法: a verb of having plenty, see
    _PLENTY)."""
    first = tokens_of(part)[0]
    if first == _PLENTY:
        return len(tokens_of(clauses(part)[0])) > 2
    return len(first) <= len(_DISTRIBUTIVE)


def _part_members(parts: list[str]) -> tuple[list[str], str]:
    """The members the ；-parts name, and a lead the first part holds; none when the parts are
    marked items (一是…；二是…: outline's) or prose rather than members.

    A member is a part's opening clause: its first clause, or its second when every part opens
    with a frame (到2027年，…；到2035年，…: short first clauses that open alike). A first part with
    a clause more than any other (of two or more) opens with a lead when that clause is short
    (初步核算，A，…；B，…；C), or when the others open alike and it holds their opening after
    other words (推动工作落实，应当强化A；强化B；强化C); so does a first part whose first clause
    is short where every other part's is long (比如，完善…，规范…；完善…，健全…；健全…)."""
    if _marked(parts):
        return [], ""
    split = [clauses(p) for p in parts]
    lead = ""
    fullest = max(len(c) for c in split[1:])
    short = han_len(split[0][0])
    if (
        len(split[0]) >= 2
        and (
            (fullest >= 2 and len(split[0]) > fullest and short <= _FRAME_LONGEST + 2)
            # a first clause no other part has the like of: 比如，A，…；B，…；C (报告提出，A；B；C)
            or (short <= _FRAME_LONGEST and all(han_len(c[0]) > _FRAME_LONGEST for c in split[1:]))
        )
    ):
        lead, split[0] = split[0][0], split[0][1:]
    which = 0
    if all(len(c) >= 2 for c in split):
        firsts = [c[0] for c in split]
        if shared_opening(firsts) and min(han_len(f) for f in firsts) < _FRAME_LONGEST:
            which = 1
    members = [clean_member(c[which]) for c in split]
    if all(len(c) == 2 and c[0][0] == "既" and c[1][0] in _CORRELATED for c in split) or _couplets(split):
        members = [clean_member("，".join(c)) for c in split]  # 既…，又…；既…，又…: each pair is a member
    opening = shared_opening(members[1:])
    first = "，".join(split[0])
    if len(opening) >= 2 and not members[0].startswith(opening) and opening in first:
        # the later parts open alike and the first holds their opening after a lead: 推动…，应当强化A；强化B
        at = first.index(opening)
        lead, members[0] = first[:at], clean_member(clauses(first[at:])[0])
    if not _well_formed(members) or len(set(members)) < len(members):
        return [], ""
    return members, strip_punct(lead)


def _without_markers(parts: list[str]) -> list[str]:
    """The ；-parts without the marker each opens with (第一，, 一是, （一）); a part that was its
    marker alone (第一；) goes."""
    bare = [p.strip()[m.end() :] if (m := ANY_MARKER.match(p.strip())) else p for p in parts]
    return [p for p in bare if strip_punct(p)]


def _marked(parts: list[str]) -> bool:
    """Whether a ；-part is a marked item (一是…, 1、…, 二要…): the parts are outline's."""
    return any(ANY_MARKER.match(p.strip()) or ORDINAL_PART.match(p.strip()) for p in parts)


_COUPLET_LONGEST = 12  # a ；-part of two clauses no longer than this is said as one line


def _couplets(split: list[list[str]]) -> bool:
    """Whether every ；-part is a couplet: two short clauses said as one line, the second ones alike
    (改不改，问需于民；改什么，问计于民；怎么改，问策于民): the pair is the member, as neither
    clause alone says it."""
    return (
        len(split) >= 3
        and all(len(c) == 2 and han_len("".join(c)) <= _COUPLET_LONGEST for c in split)
        and _alike([c[1] for c in split])
    )


def _well_formed(members: list[str]) -> bool:
    """Members of two to _LONGEST_CLAUSE characters, none with a bracket or quote left open, an
    ellipsis (“通过……”: a pattern to fill, not a member) or a page's separator (｜)."""
    return all(
        2 <= han_len(m) <= _LONGEST_CLAUSE and not UNBALANCED.search(m) and not NOT_PROSE.search(m)
        for m in members
    )


# A clause that is one noun phrase opening with one and a classifier, its noun after a 的 (一门致力于求真的
# 学问，一种见诸行动的实践): clauses so made, whatever classifier each takes, are appositions in
# parallel, as 第一…，第二… are ordinals. A clause that goes on past its noun tells of something
# (一场大雨过后，一条新修的路通到了村口).
_ONE_AND_CLASSIFIER = re.compile(
    r"一[个种门项份张套条场支批件位名次道座颗片股类级][^，。；]*的[\u4e00-\u9fff]{1,4}"
)


def _alike(pieces: list[str]) -> bool:
    """Clauses that read as members of one set: opening with the same words (when the later ones
    share more whole words, so does the first: 谁的营商环境好，谁就能…，谁就能… is no set), or ending
    with the same two characters or more at comparable lengths. A one-character opening must be
    a word of its own in each, opening a phrase (以…为方向，以…为保障), or a verb that each clause
    opens with a word of its complement (做强…，做精…，做优…), or 一 and a classifier (see
    _ONE_AND_CLASSIFIER)."""
    if any(han_len(p) < 2 or han_len(p) > _LONGEST_CLAUSE for p in pieces):
        return False
    opening = shared_opening(pieces)
    if opening and len(pieces) >= 3 and not pieces[0].startswith(_shared_words(pieces[1:])):
        return False
    ordinal = opening == "第" and all(len(p) > 1 and p[1] in _ORDINAL_DIGITS for p in pieces)
    counted = opening == "一" and all(_ONE_AND_CLASSIFIER.fullmatch(strip_punct(p)) for p in pieces)
    if (
        len(opening) == 1
        and not ordinal
        and not counted
        and any(tokens_of(p)[0] != opening or len(tokens_of(p)) < 3 for p in pieces)
        and not _verb_and_complement(pieces, opening)
    ):
        opening = ""  # one character that opens different words (省委…，省人大…) or names (省监委) is chance
    sizes = [han_len(p) for p in pieces]
    return (
        bool(opening)
        or (len(shared_ending(pieces)) >= 2 and 2 * min(sizes) >= max(sizes))
        or _framed(pieces)
        or _contrasted(pieces)
        or _linked(pieces)
        or _clefted(pieces)
    )


# A clause that is only a verb and the coined term it acts on (树牢“四个意识”, 坚定“四个自信”).
_VERB_AND_TERM = re.compile(r"^([\u4e00-\u9fff]{1,2})(?:“[^“”]{2,8}”|「[^「」]{2,8}」)$")
# What is no such verb: a person who speaks (他说“好的”, 我问“为什么”: a pronoun, the subject) or a
# verb of saying itself (说“不行”, 答道“好”): the quotation is what someone said, no term. Verbs
# that only end in such a character (回答“中国之问”, 知道“往哪去”) act on their terms. (jieba's
# dictionary tags too few of the verbs these clauses use, 树牢, 坚定, 弘扬, to ask it instead.)
_SPEAKER = re.compile(r"^(?:[他她它我你您咱].?|[说问答喊道]|[说问答喊]道)$")


def _quoted_objects(pieces: list[str]) -> bool:
    """Whether every clause is a verb of a character or two and the quoted term it acts on, nothing
    else (树牢“四个意识”，坚定“四个自信”，做到“两个维护”): the terms are a set the text names one by one.
    Not speech told clause by clause (他说“好的”，我说“不行”: see _SPEAKER)."""
    matches = [_VERB_AND_TERM.match(strip_punct(p)) for p in pieces]
    return all(m and not _SPEAKER.search(m.group(1)) for m in matches)


# A cleft clause: a few words, 的是, then what they single out (损害的是…, 靠的是…, 比的是…).
_CLEFT = re.compile(r"^([\u4e00-\u9fff]{1,4})的是([^，,]{2,})$")


def _clefted(pieces: list[str]) -> bool:
    """Whether every clause is a cleft, each on words of its own before the 的是 (损害的是A，消解的是B，
    动摇的是C; 比的是A，拼的是B，靠的是C): a judgement told part by part, the parts what they
    single out."""
    matches = [_CLEFT.match(clean_member(p)) for p in pieces]
    if not all(matches):
        return False
    openings = [m.group(1) for m in matches if m]
    return len(set(openings)) == len(openings)


_LINKED_LONGEST = 24  # clauses this short may share the verb that links their own words


def _linked(pieces: list[str]) -> bool:
    """Whether every clause holds one verb of two characters or more after a subject of its own,
    words different in each and with no verb or stop word of their own (县委书记当好“一线总指挥”，
    乡镇党委书记当好“施工队长”，村党组织书记当好“领头雁”; also after a word of duty, 要当好):
    who does what, told part by part."""
    if any(han_len(p) > _LINKED_LONGEST or ANY_MARKER.match(p) or ORDINAL_PART.match(p) for p in pieces):
        return False  # (一是聚焦…，二是聚焦…: marked items, outline's)
    split = [tokens_of(clean_member(p)) for p in pieces]
    shared = set.intersection(*(set(tokens[1:-1]) for tokens in split))
    for verb in shared:
        if len(verb) < 2 or not (verb in verbs() or verb in STOP_BEFORE):
            continue
        befores = [_without_modal(tokens[: tokens.index(verb)]) for tokens in split]
        subjects = ["".join(before) for before in befores]
        if (
            len(set(subjects)) == len(subjects)
            and all(han_len(s) >= 2 for s in subjects)
            and not any(t in verbs() or t in STOP_BEFORE for before in befores for t in before)
        ):
            return True
    return False


# Words of duty before the verb each clause shares (县级书记要当好…，乡镇党委书记要当好…): no words of
# the subject's own.
_MODALS = frozenset({"要", "应", "应当", "应该", "必须", "须", "都要", "也要", "更要"})


def _without_modal(before: tuple[str, ...]) -> tuple[str, ...]:
    """The words before a clause's verb without the word of duty that ends them (要, 应当)."""
    return before[:-1] if before and before[-1] in _MODALS else before


_CONTRAST_PART_LONGEST = 8  # a 、-part of a contrast is a few words (迎检考核多、服务群众少)


def _contrasted(pieces: list[str]) -> bool:
    """Whether each clause sets the same contrast in 、-parts that end alike place by place, the
    places differently (文件多、落实少，检查多、服务少，承诺多、兑现少: the 三多三少 told pair by pair)."""
    split = [p.split("、") for p in pieces]
    if len({len(parts) for parts in split}) != 1 or len(split[0]) < 2:
        return False
    if any(
        not 2 <= han_len(part) <= _CONTRAST_PART_LONGEST or not ALL_HAN.fullmatch(part)
        for parts in split
        for part in parts
    ):
        return False
    endings = [{parts[place][-1] for parts in split} for place in range(len(split[0]))]
    return all(len(ending) == 1 for ending in endings) and len(
        {e for ending in endings for e in ending}
    ) == len(endings)


def _shared_words(pieces: list[str]) -> str:
    """The whole words every piece opens with: the later clauses of 谁的营商环境好，谁就能…，谁就能…
    share 谁就能, while 来自中国共产党…，来自中国特色… share only 来自 (中国共产党 and 中国 are
    different words, alike by chance in their first characters)."""
    shared = []
    for tokens in zip(*(tokens_of(p) for p in pieces), strict=False):  # (up to the shortest)
        if len(set(tokens)) > 1:
            break
        shared.append(tokens[0])
    return "".join(shared)


_FRAMED_LONGEST = 12  # clauses this short may be built on one frame (关键在党，核心在人，重点在基层)
_SUBJECT = (2, 4)  # the length of the words before the frame's linking word


def _framed(pieces: list[str]) -> bool:
    """Whether short clauses are built on one frame: the same number of characters, all different,
    then a linking word of one character (是, 在), then words of their own (技术突破是起点，要素配置是
    路径，产业升级是落点; 特点是创新，关键在质优，本质是先进生产力): a judgement told part by part.
    The words of their own may quote where the link is one word in all (标题要“一句话点题”，结构要
    层次分明，语言要朴实精炼)."""
    # (the quotation or bracket a run of them stands in is none of theirs: “发展是第一要务，…”)
    pieces = [clean_member(p) for p in pieces]
    if any(
        han_len(p) > _FRAMED_LONGEST
        or not ALL_HAN.fullmatch(_QUOTATION_MARKS.sub("", p))
        or ANY_MARKER.match(p)
        or ORDINAL_PART.match(p)
        for p in pieces
    ):
        return False  # (一是过好政治关，二是过好权力关: marked items, outline's)
    for size in range(_SUBJECT[0], _SUBJECT[1] + 1):
        subjects = {p[:size] for p in pieces}
        if (
            len(subjects) < len(pieces)
            or any(len(p) < size + 2 for p in pieces)
            or not all(ALL_HAN.fullmatch(p[: size + 1]) for p in pieces)
        ):
            continue
        links = [p[size] for p in pieces]
        # (clauses that quote take one link, all of them: the quotation may hide what they are)
        kinds = 1 if any(_QUOTATION_MARKS.search(p) for p in pieces) else len(pieces) - 1
        if len(set(links)) > kinds:
            continue
        read = [_one_word_at(p, size) for p in pieces]
        # (a clause jieba read across its link is read as the others are where its words each side
        # are words jieba knows and two clauses at least, no fewer than such, are read apart:
        # 风险|管|控管|源头 is 风险管控|管|源头 beside 纠纷调处|管|过程)
        if read.count(True) < max(2, read.count(False)) or not all(
            ok or _words_apart_at(p, size) for ok, p in zip(read, pieces, strict=True)
        ):
            continue
        return True
    return False


def _words_apart_at(piece: str, at: int) -> bool:
    """Whether the words before the character at `at` and those after it are each words jieba knows,
    read apart from it, the first no function word."""
    before, after = tokens_of(piece[:at]), tokens_of(piece[at + 1 :])
    return (
        bool(before and after)
        and before[0] not in function_words()
        and all(ALL_HAN.fullmatch(t) and len(t) >= 2 and word_frequency(t) for t in (*before, *after))
    )


_QUOTATION_MARKS = re.compile(f"[{QUOTE_MARKS}]")


def _one_word_at(piece: str, at: int) -> bool:
    """Whether jieba reads the character at `at` as a word of its own, the words before it ending there
    and opening with no function word (然而在…，恰恰在… are no subjects)."""
    seen = 0
    tokens = tokens_of(piece)
    if tokens[0] in function_words():
        return False
    for token in tokens:
        if seen == at:
            return len(token) == 1
        seen += len(token)
        if seen > at:
            return False
    return False


def _verb_and_complement(pieces: list[str], opening: str) -> bool:
    """Whether every clause opens with the one-character verb `opening` and a word of its own after
    it, written alone or as a verb of two characters jieba knows or only guesses (做强, 做活; not
    a noun such as 省委)."""
    if opening not in verbs():
        return False
    for piece in pieces:
        tokens = tokens_of(piece)
        first = tokens[0]
        alone = first == opening and len(tokens) >= 3 and len(tokens[1]) == 1
        joined = len(first) == 2 and first[0] == opening and (first in verbs() or not word_frequency(first))
        if len(tokens) < 2 or not (alone or joined):
            return False
    return True


# 既要A，又要B，更要C: correlatives that join parallel clauses (the first one, then the others).
_CORRELATED = "又也更还"
_CORRELATIVE = re.compile(rf"(?:^|(?<=[，,]))(既)(.)?[^，,]+(?:[，,][{_CORRELATED}]\2[^，,]+){{2,}}")


def _correlated(part: str) -> list[tuple[str, list[str]]]:
    """(lead, members) of a run of three or more clauses joined by correlatives (既要…，又要…，
    更要…): the members are the clauses without them."""
    found = []
    for match in _CORRELATIVE.finditer(part):
        width = 1 + len(match.group(2) or "")
        members = [clean_member(p[width:]) for p in clauses(match.group())]
        if match.group(2) in _NAMING_CORRELATIVES:
            members = _without_shared_noun(members)
        if _well_formed(members):
            before = clauses(part[: match.start()])
            found.append((before[-1] if before else "", members))
    return found


# The words after 既 that name a thing in each clause (既有A的原因，也有B的原因; 既是A的体现，也是…):
# the clauses then differ only in what comes before the noun they share.
_NAMING_CORRELATIVES = {"有", "是"}


def _without_shared_noun(members: list[str]) -> list[str]:
    """`members` without the 的 and the noun every one of them ends with (认识不足|的原因, 制度缺位|的原因):
    the noun is the frame the correlatives repeat, and what tells the clauses apart is before it;
    `members` as they are when they share no such noun or one would be left under two characters."""
    ending = shared_ending(members)
    at = ending.find("的")
    if at < 0 or not han_len(ending[at + 1 :]):
        return members
    noun = ending[at:]
    kept = [m[: -len(noun)] for m in members]
    return kept if all(han_len(k) >= 2 for k in kept) else members


def _read_as_correlated(pieces: list[str], correlated: list[tuple[str, list[str]]]) -> bool:
    """Whether `pieces`, whole clauses, hold the members of a correlated set, one each in order
    (既有认识不足的原因 holding 认识不足): they are that set again with its correlatives and shared
    noun, and the learner would recite each clause twice."""
    return any(
        len(members) == len(pieces) and all(m in p for m, p in zip(members, pieces, strict=True))
        for _, members in correlated
    )


# 先A，再B，然后C，最后D: the steps of a procedure, each clause opened by a word of sequence.
_FIRST_STEP = "先"
_NEXT_STEPS = ("然后", "接着", "随后", "而后", "最后", "再", "后")
# where the first step may open after words of its own: an arrow or a space (群众情绪激动 → 先…)
_STEP_START = re.compile(r"(?:^|[\s→>])\s*(?=\S+$)")


def _sequenced(part: str) -> list[tuple[str, list[str]]]:
    """(lead, members) of each run of three or more ，-clauses of `part` that are steps in order:
    the first opens with 先 (maybe after an arrow or a space) and the others with 再, 然后, 最后…
    The members are the steps without those words (先稳情绪，再查原因，最后防反弹 -> 稳情绪, 查原因,
    防反弹); the lead is the words before the first step, else the clause before it."""
    pieces = clauses(part)
    found = []
    start = 0
    while start < len(pieces):
        first = pieces[start][list(_STEP_START.finditer(pieces[start]))[-1].end() :]
        end = start + 1
        if _step_word(first, (_FIRST_STEP,)):
            while end < len(pieces) and _step_word(pieces[end], _NEXT_STEPS):
                end += 1
        if end - start >= 3:
            steps = [first, *pieces[start + 1 : end]]
            members = [clean_member(p[len(_step_word(p, (_FIRST_STEP, *_NEXT_STEPS))) :]) for p in steps]
            before = clean_member(pieces[start][: len(pieces[start]) - len(first)].rstrip(" →>\t"))
            if _well_formed(members):
                found.append((before or (clean_member(pieces[start - 1]) if start else ""), members))
        start = end
    return found


# 一手抓A，一手抓B: two clauses that open with 一手 are the two hands of one task, a set of two.
_HAND = "一手"


def _two_hands(part: str) -> list[tuple[str, list[str]]]:
    """(lead, members) of each pair of ，-clauses of `part` that both open with 一手 (一手抓发展，一手抓
    安全): the members are the clauses whole, the lead the clause before them."""
    pieces = clauses(part)
    found = []
    for at in range(len(pieces) - 1):
        pair = pieces[at : at + 2]
        hands = all(p.startswith(_HAND) and han_len(p) > len(_HAND) + 1 for p in pair)
        if hands and (at + 2 == len(pieces) or not pieces[at + 2].startswith(_HAND)):
            members = [clean_member(p) for p in pair]
            if (
                _well_formed(members)
                and len(set(members)) == 2
                and (at == 0 or not pieces[at - 1].startswith(_HAND))
            ):
                found.append((clean_member(pieces[at - 1]) if at else "", members))
    return found


def _step_word(piece: str, words_: tuple[str, ...]) -> str:
    """The one of `words_` that `piece` opens with as a word: jieba's first word, or the opening of a
    word jieba only guessed (先稳, 再查: not 先进, 后续, 再次), with words after it; else ''."""
    tokens = tokens_of(piece.strip())
    if len(tokens) < 2 and not (tokens and not word_frequency(tokens[0])):
        return ""
    opener = tokens[0] if tokens else ""
    for word in words_:
        if opener == word or (opener.startswith(word) and not word_frequency(opener)):
            return word if han_len(piece) > len(word) else ""
    return ""


def _governing_verb(first: str, others: list[str]) -> int:
    """The length of the verb that opens `first` and governs the clauses after it too, which are built on
    one frame with the rest of `first` and not with it whole (确保|服务零距离，工作零差错，安全零事故:
    the first member is 服务零距离; an adverb or verb may come before it, 力争实现|…); 0 when there
    is none, or when the others each open with a verb too or judge (see _JUDGING_LINKS)."""
    tokens = tokens_of(first)
    if (
        not _framed(others)
        or _framed([first, *others])
        or all(tokens_of(o)[0] in verbs() for o in others)  # (so does the first: 推进产业升级是关键)
        or all(_JUDGING_LINKS & set(tokens_of(o)) for o in others)
    ):
        return 0
    for size in range(1, min(_GOVERNING_WORDS, len(tokens) - 2) + 1):
        verb = tokens[size - 1]
        lead = "".join(tokens[:size])
        if len(verb) >= 2 and verb in verbs() and _framed([first[len(lead) :], *others]):
            return len(lead)
    return 0


_GOVERNING_WORDS = 2  # the words of a verb that governs clauses (确保, 力争实现)
# Links of clauses that judge (党建是根本, 稳定靠法治, 治理在社区): whole statements, no verb's object,
# so a verb before the first clause is its subject's (抓好基层党建是根本，经济发展是关键，…).
_JUDGING_LINKS = frozenset("是在靠为")


def _opening_at(first: str, opening: str) -> int:
    """Where in `first` (after its start, outside a quotation) the members' shared `opening`
    begins, or 0. A quotation that opens the clause and runs on past it quotes the passage the
    members stand in (指出：“全党同志务必…，务必…，务必…”): it hides no opening."""
    if not opening or first.startswith(opening):
        return 0
    quoted = first[:1] in QUOTATIONS and PAIRS[first[0]] not in first
    at = first.find(opening, 1)
    while at > 0 and UNBALANCED.search(first[int(quoted) : at]):
        at = first.find(opening, at + 1)
    return max(at, 0)


_APPOSITION = {"即"}  # a word that opens the members of what the clause before names (…问题，即A，B，C)


# A clause that is only an ordinal (第一 第二 一是 首先 其次 最后): what follows it is one marked item.
_ORDINAL_CLAUSE = re.compile(rf"第[{NUMERALS}]+|[{NUMERALS}]是|首先|其次|再次|最后")


def _parallel_clauses(part: str) -> list[tuple[str, list[str]]]:
    """(lead, members) of each run of three or more ，-clauses of `part` that open alike; the
    first of them may hold words before the opening the others share (让良好生态环境成为…，成为…;
    完善…格局是A的必然要求，是B的必然要求)."""
    pieces = clauses(part)
    correlated = _correlated(part)
    found = correlated + _sequenced(part) + _two_hands(part)
    start = 0
    while start + 2 < len(pieces):
        end = start + 1
        while end < len(pieces) and _in_parallel(pieces[start : end + 1]):
            end += 1
        if end - start < 3:
            # the others may open alike without the first: 让…成为A，成为B，成为C
            end = start + 2
            while end < len(pieces) and _in_parallel(pieces[start + 1 : end + 1]):
                end += 1
        cut = _opening_at(pieces[start], shared_opening(pieces[start + 1 : end]))
        opener = tokens_of(pieces[start])[0]
        if not cut and opener in _APPOSITION:
            cut = len(opener)  # …问题，即A，B，C: the members without the word that names them
        if not cut and end - start >= 3:
            cut = _governing_verb(pieces[start], pieces[start + 1 : end])
        lead = strip_punct(pieces[start][:cut])
        if lead in _APPOSITION:
            lead = ""  # (the clause before asks them)
        first = pieces[start][cut:]
        members = [clean_member(p) for p in [first, *pieces[start + 1 : end]]]
        alike = _in_parallel([first, *pieces[start + 1 : end]])
        if end - start >= 3 and alike and _well_formed(members):
            # (not 第一，推行A，打造B，实现C: one marked item's words, whose members the ordinals mark;
            # nor clauses a correlated set asks already, without the words they repeat)
            ordinal = start and not lead and _ORDINAL_CLAUSE.fullmatch(strip_punct(pieces[start - 1]))
            if not ordinal and not _read_as_correlated(members, correlated):
                found.append((lead or (clean_member(pieces[start - 1]) if start else ""), members))
            start = end
        else:
            start += 1
    return found


def _in_parallel(pieces: list[str]) -> bool:
    """Clauses of one sentence in parallel: alike (see _alike), or each a verb and the quoted term
    it acts on (see _quoted_objects), the last maybe closing them with an adverb (see
    _closed_by_adverb)."""
    return _alike(pieces) or _quoted_objects(pieces) or _closed_by_adverb(pieces)


# Adverbs the last of clauses in parallel may open with before the words they all open with, to
# close the run (说说…，说说…，再说说…; 要…，要…，更要…): it is a member still, adverb and all.
_CLOSING_ADVERBS = "再还也更又"


def _closed_by_adverb(pieces: list[str]) -> bool:
    """Whether the clauses open alike once the last is read without the one adverb it opens with
    (see _CLOSING_ADVERBS), none of the others opening with that same character."""
    last = pieces[-1] if len(pieces) >= 3 else ""
    if not last or last[:1] not in _CLOSING_ADVERBS or any(p[:1] == last[0] for p in pieces[:-1]):
        return False
    plain = [*pieces[:-1], last[1:]]
    return bool(shared_opening(plain)) and _alike(plain)


def last_clause(text: str) -> str:
    """The last clause of `text`, with the whole of a bracket it ends in (本质要求（九条，考填空）)."""
    pieces = clauses(text)
    if not pieces:
        return ""
    last = pieces[-1]
    start = text.rfind(last)
    opener = max(text.rfind("（", 0, start), text.rfind("(", 0, start))
    if UNBALANCED.search(last) and opener >= 0:
        last = (clauses(text[:opener]) or [""])[-1] + text[opener:]
    return last.strip()
