"""A concept's members taken from a stretch of text: exactly as many as its count, at the separator
that gives them best (split_members); and the tests the finders of members share: whether
members say the concept's word, how much they look alike, their ordinal labels, the name of a
group after the last, and a run's words cut to their siblings' length.
"""

from __future__ import annotations

import re
import statistics

from yaodian.extractors.members import acts, adverbs, nouns, tokens_of, verb_nouns, verbs
from yaodian.extractors.terms.cuts import Segment, bare_member, cut, level_parts, marked, unquoted
from yaodian.extractors.terms.names import ALL_HAN, ALL_MEASURES, COUNT, Unit
from yaodian.extractors.text import CLAUSE_BREAKS, clauses, han_len, words
from yaodian.markers import MEMBER_MARK
from yaodian.numerals import chinese_numeral, full_width, numeral_value

# A short quotation inside a member (坚守“不敢造假”的底线, 对复杂矛盾“接不住”): group 1 its words.
QUOTATION = re.compile(r"[“「]([^“”「」]{1,12})[”」]")
# A count and its measure word (and noun) that end a member (生态空间三种类型空间, 防止规模性返贫这两条底线).
_GROUP_NAME = re.compile(rf"(?:这|等)?({COUNT})[{ALL_MEASURES}][\u4e00-\u9fff]{{0,6}}$")


def _counted_by_group(members: list[str]) -> bool:
    """Whether the last of a run of words (、) ends with a name of the group that counts them all
    (…、防止规模性返贫这两条底线): the text says where the members end."""
    group = _GROUP_NAME.search(members[-1]) if members else None
    return (
        bool(group)
        and numeral_value(group.group(1)) == len(members)
        and han_len(members[-1][: group.start()]) >= 2
    )


def without_group_names(members: list[str]) -> list[str]:
    """Members without the name a text gives a group of them right after its last (城镇空间、农业空间、
    生态空间三种类型空间 + …、生态保护红线三条控制线 for “三区三线”; 确保粮食安全、防止规模性返贫这两条
    底线): a count at a member's end that counts it and the members before it names their group."""
    bare = list(members)
    for i, member in enumerate(members):
        group = _GROUP_NAME.search(member)
        count = numeral_value(group.group(1)) if group else None
        if group and count and 2 <= count <= i + 1 and han_len(member[: group.start()]) >= 2:
            bare[i] = member[: group.start()]
    return bare


def unwrap_copula(members: list[str]) -> list[str]:
    """A 是-run (中国式现代化是…的现代化，是…的现代化) lists what follows each 是."""
    if len(members) < 2 or not all(m.startswith("是") for m in members[1:]) or "是" not in members[0]:
        return members
    return [members[0].split("是", 1)[1]] + [m[1:] for m in members[1:]]


# What a member may open with that only counts it (一个是“改革”，一个是“现代化”; 一种是“浮”; 其一，…).
COUNTING_LABEL = re.compile(r"^(?:(?:另)?一[个种类]是|其[一二三四五六七八九十][，,：:]?)\s*")


def _unlabelled(members: list[str]) -> list[str]:
    """Members without the label each opens with when all do (一个是“改革” -> 改革)."""
    bare = [COUNTING_LABEL.sub("", m, count=1) for m in members]
    if len(members) < 2 or any(b == m or not han_len(b) for b, m in zip(bare, members, strict=True)):
        return members
    return [unquoted(b) for b in bare]


def _ordinal(number: int) -> str:
    """A count as its ordinal is written: 一 to 九十九, or its digits (第1、第１)."""
    return f"(?:{chinese_numeral(number)}|{number}|{full_width(number)})"


def ordinal_label(number: int, unit: Unit) -> re.Pattern[str]:
    """The label of the concept's `number`-th member: 第一种形态：, 第二个答案——, 第五个“新”，是; of
    a concept with a measure word, the ordinal and the measure alone before 是 or a colon (三件大事:
    第一件是…，第二件是…)."""
    noun = re.escape(unit.noun[:2])
    measure_only = rf"|[{ALL_MEASURES}](?=是|[：:])" if unit.measured else ""
    return re.compile(
        rf"第{_ORDINAL_PLACEHOLDER}(?:[{ALL_MEASURES}]?(?:方面)?[“「]?{noun}[^，,。；;：:！!？?“”「」]{{0,3}}?[”」]?"
        rf"{measure_only})\s*(?:[：:]|——|—|[，,]?是|[，,])\s*".replace(_ORDINAL_PLACEHOLDER, _ordinal(number))
    )


_ORDINAL_PLACEHOLDER = "\x00"


_ORDINAL_ONLY = re.compile(
    rf"^第(?:[一二三四五六七八九十]{{1,3}}|\d{{1,2}})[{ALL_MEASURES}]?[“「]?[\u4e00-\u9fff]{{0,4}}[”」]?$"
)


def is_ordinal_label(text: str) -> bool:
    """Whether `text` only counts a member (第一种形态, 第二个“新”): the label, not the member."""
    return _ORDINAL_ONLY.match(text.strip()) is not None


def _after_ordinals(parts: list[str], units: tuple[Unit, ...]) -> list[str]:
    """What follows the ordinal labels of the concept's members, one in each part, in order (“两个
    答案”：…给出了第一个答案——让人民来监督政府；…又给出了第二个答案——自我革命), or []."""
    if len(units) != 1 or len(units[0].noun) < 1 or units[0].characters:
        return []
    members = []
    for number, part in enumerate(parts, 1):
        label = ordinal_label(number, units[0]).search(part)
        member = clauses(part[label.end() :])[:1] if label else []
        if not member:
            return []
        members.append(unquoted(member[0]))
    return members


def keywords(units: tuple[Unit, ...]) -> list[tuple[str, bool]]:
    """Each member's keyword (its unit's noun), and whether it may be spread out in the member
    (不敢腐 for 三不腐: a concept without a measure word abbreviates its members)."""
    keys: list[tuple[str, bool]] = []
    for unit in units:
        keys += [(unit.noun, not unit.measured)] * unit.count
    return keys


def holds(member: str, keyword: str, spread: bool) -> bool:
    if keyword in member:
        return True
    if not spread or len(keyword) < 2:
        return False
    position = 0
    for ch in keyword:
        position = member.find(ch, position) + 1
        if not position:
            return False
    return True


def all_hold(members: list[str], keys: list[tuple[str, bool]]) -> bool:
    return len(keys) == len(members) and all(holds(m, k, s) for m, (k, s) in zip(members, keys, strict=True))


def _common_edge(members: list[str]) -> int:
    """Characters every member shares at its start, or else at its end."""
    prefix = 0
    while all(len(m) > prefix and m[prefix] == members[0][prefix] for m in members):
        prefix += 1
    suffix = 0
    while all(len(m) > suffix and m[-1 - suffix] == members[0][-1 - suffix] for m in members):
        suffix += 1
    return max(prefix, suffix)


def likeness(raw: list[str], members: list[str], keys: list[tuple[str, bool]]) -> int:
    """How much members look like one concept's: they say its word (3), share an opening or an
    ending (2), carry markers (2)."""
    score = 3 * all_hold(members, keys)
    # (a pair may share only the word that opens parallel phrases: 同中国具体实际、同中华…)
    shared = _common_edge(members) >= (1 if len(members) >= 3 else 2) or common_prefix(members)[:1] in tuple(
        PARALLEL_OPENERS
    )
    return score + 2 * shared + 2 * all(marked(p) for p in raw)


def split_members(text: str, units: tuple[Unit, ...], introduced: bool, longest: int = 50) -> list[str]:
    """The concept's members at the start of `text`: as many as its count, cut at the separator
    that gives them best: they look alike (see likeness), end where a coarser separator does (1),
    fill the text exactly (1). Members nobody introduced (no colon, no 即 before them) must look alike.
    """
    paired = paired_units(units)
    if paired:  # 三讲三听 lists six (讲政策…听建议); 三抓三促 three that say both (抓学习促提升…)
        apart = _split_members(text, units, introduced, longest)
        together = _split_members(text, paired, introduced, longest, whole=True)
        if together and all_hold(together, keywords(paired)) and not all_hold(apart, keywords(units)):
            return together  # 三多三少: 文件多、落实少，检查多、服务少… (pairs, not six words)
        return apart or together
    grouped = _grouped_by_unit(text, units) if introduced else []
    return grouped or _split_members(text, units, introduced, longest)


def _grouped_by_unit(text: str, units: tuple[Unit, ...]) -> list[str]:
    """The members of a name of several counts (三清一改, 两不愁三保障) as one group each, groups
    cut at ， or ；, members at 、, as many in each group as its count (清理…、清理…、清理…等…，改变…;
    不愁吃、不愁穿，义务教育、基本医疗、住房安全有保障); [] unless every group has exactly its count."""
    if len(units) < 2:
        return []
    segments = cut(text)
    for level in (2, 3):
        groups = level_parts(segments, level)
        if len(groups) < len(units):
            continue
        members: list[str] = []
        for group, unit in zip(groups, units, strict=False):
            pieces = [bare_member(p.text) for p in level_parts(cut(group.text), 1)]
            if len(pieces) != unit.count:
                break
            members += pieces
        else:
            # (not where a word may hold two members, 党小组会和党课, or a clause goes on: 是实施…)
            joined = any(joined_pair(Segment(m, "", 1)) for m in members)
            if not joined and all(1 <= han_len(m) <= 30 and not m.startswith("是") for m in members):
                return members
    return []


def paired_units(units: tuple[Unit, ...]) -> tuple[Unit, ...] | None:
    """A concept of words counted alike (三讲三听, 三抓三促) as one of members that say them all."""
    if len(units) > 1 and not any(u.measured for u in units) and len({u.count for u in units}) == 1:
        return (Unit(units[0].count, "".join(u.noun for u in units), False),)
    return None


def _split_members(
    text: str, units: tuple[Unit, ...], introduced: bool, longest: int, whole: bool = False
) -> list[str]:
    """(`whole`: a member may say its words over two clauses, 走访的点多，蹲下来的少: a part that says
    them all only so is kept whole, not cut to its opening clause.)"""
    keys = keywords(units)
    count = len(keys)
    if count < 2:
        return []
    segments = cut(text)
    best: tuple[int, list[str]] | None = None
    for level in range(1, 6):
        parts = level_parts(segments, level)
        if level == 1 and count >= 3:
            parts = _split_joined(parts, count)  # A、B和C: the last word holds two
        if len(parts) < count:
            continue
        raw = [p.text for p in parts[:count]]
        labelled = _after_ordinals(raw, units)  # 第一个答案——…；…第二个答案——…
        copied = unwrap_copula(
            [_whole_or_bare(p, key) if whole else bare_member(p) for p, key in zip(raw, keys, strict=True)]
        )
        members = labelled or _unlabelled(copied)
        counted = members != copied and not labelled  # (一个是…，一个是…: alike)
        if level == 1 and not labelled:
            trimmed = trimmed_to_siblings(members, [p.rank for p in parts[:count]])
            # (not where the cut drops the word of a concept that abbreviates its members: 三保 keeps 保基本民生)
            members = members if all_hold(members, keys) and not all_hold(trimmed, keys) else trimmed
        if level >= 3 and not labelled:
            members = _clauses_saying(raw, members, keys)
        if any(not 1 <= han_len(m) <= longest for m in members):
            continue
        alike = (
            likeness(raw, members, keys)
            + 3 * bool(labelled)
            + 2 * counted
            + 3 * (level == 1 and _counted_by_group(members))
        )
        if not introduced and not alike:
            continue
        score = alike + (parts[count - 1].rank > level) + (len(parts) == count)
        if best is None or score >= best[0]:  # (the coarser cut, when as good)
            best = (score, members)
    return best[1] if best else []


def _whole_or_bare(part: str, key: tuple[str, bool]) -> str:
    """A part as a member (see bare_member), whole when only so it says its keyword."""
    bare = bare_member(part)
    if holds(bare, *key):
        return bare
    whole = unquoted(MEMBER_MARK.sub("", part.strip(), count=1).strip(" \t\n、" + CLAUSE_BREAKS))
    return whole if holds(whole, *key) and sum(whole.count(ch) for ch in CLAUSE_BREAKS) == 1 else bare


def _clauses_saying(raw: list[str], members: list[str], keys: list[tuple[str, bool]]) -> list[str]:
    """Each member as the clause of its part that says the concept's word, where its opening clause
    does not, when every part has one: an abbreviated concept's (改不改，问需于民；改什么，问计于民 for
    四问于民: 问需于民), or a measured concept's word of two characters or more that opens a clause after
    the first (对推诿扯皮的，一律严肃问责；对吃拿卡要的，一律从严查处 for 三个一律: 一律严肃问责; the clause
    before says to whom; not 把…，同…区分开来, whose word ends the sentence, nor 信号之一，是…, a label)."""
    if all_hold(members, keys) or not all(spread or han_len(key) >= 2 for key, spread in keys):
        return members
    saying = []
    for part, (key, spread) in zip(raw, keys, strict=True):
        pieces = [bare_member(p) for p in re.split(f"[{CLAUSE_BREAKS}]", part) if p.strip()]
        if spread:
            holding = [p for p in pieces if holds(p, key, spread)]
        else:
            holding = [p for p in pieces[1:] if p.startswith(key) and han_len(p) > han_len(key)]
        if len(holding) != 1:
            return members
        saying.append(holding[0])
    return saying


def _split_joined(parts: list[Segment], count: int) -> list[Segment]:
    """The parts with the last word of the opening run of words (parts cut at 、) split at a
    joining 和/及/与, when the run is one word short of the count (…、资源利用上线和生态环境准入清单)."""
    run = next((i for i, p in enumerate(parts) if p.rank > 1), len(parts) - 1) + 1
    if run != count - 1:
        return parts
    pair = joined_pair(parts[run - 1], first_of_several=True)
    return [*parts[: run - 1], *pair, *parts[run:]] if pair else parts


def joined_pair(part: Segment, first_of_several: bool = False) -> tuple[Segment, Segment] | None:
    """A part that joins two words of two characters or more by 和/及/与 (资源利用上线和生态环境准入清单),
    as two parts; None if it holds no joiner, or several and not `first_of_several`."""
    joined = re.split(r"(和|及|与|以及)", part.text, maxsplit=1 if first_of_several else 0)
    if len(joined) != 3 or han_len(joined[0]) < 2 or han_len(joined[2]) < 2:
        return None
    return Segment(joined[0], joined[1], 1), Segment(joined[2], part.separator, part.rank)


def trimmed_to_siblings(members: list[str], ranks: list[int], every: bool = False) -> list[str]:
    """A run of words (、) whose first word carries its clause's verb (推进技术融合) or whose last
    runs on (跨业务的协同管理和服务): cut to their siblings' length. `members` are all runs of a
    text when `every`: each word is cut against its own run's."""
    if every:
        runs: list[str] = []
        run_start = 0
        for i, rank in enumerate(ranks):
            if rank >= 2 or i == len(ranks) - 1:
                runs += trimmed_to_siblings(members[run_start : i + 1], [*ranks[run_start:i], 2])
                run_start = i + 1
        return runs
    if len(members) < 3:
        return members
    trimmed = list(members)
    for i, member in enumerate(members):
        siblings = [han_len(m) for j, m in enumerate(members) if j != i]
        typical = statistics.median(siblings)
        if han_len(member) <= max(1.25 * typical, typical + 1):
            continue
        if member.endswith(("”", "」")) and member.count("“") + member.count("「") == 1:
            continue  # a quotation closes it (整治“指尖上的形式主义”): the member goes on to its end
        opens_run = (i == 0 or ranks[i - 1] >= 2) and i < len(members) - 1 and ranks[i] == 1
        closes_run = i > 0 and ranks[i - 1] == 1 and (i == len(members) - 1 or ranks[i] >= 2)
        tail = re.search("的[\u4e00-\u9fff]{1,3}$", member)  # …生活纪律的顺序: a short 的-phrase runs on
        closes_run = closes_run and han_len(member) >= (1.5 if tail else 2) * typical
        if opens_run:
            first = with_own_noun(member, first_member(member, siblings), members[i + 1 :])
            trimmed[i] = member if _names_only(member, first) else first
        elif closes_run and not re.match("[^的]*[和及与]", member):  # (会展商贸和文化体育 is one)
            trimmed[i] = last_member(member, siblings)
    return trimmed


# Characters that open a phrase before a member, never a member itself (以响应率、解决率…: 响应率).
_PREPOSITIONS = "以在对把从向将按由为让使给被"
_OPENING_PREPOSITIONS = ("按照", "根据", "通过", "围绕", "对于", "关于", "依据", "依照", "按", "经过")
_CONJUNCTIONS = ("和", "与", "及", "以及", "或", "同", "、")
# Characters a member does not end with (跨业务的协同管理 -> 跨业务, not 跨业务的).
_TRAILING = "的之和与及等为是"


# How much further from its siblings' length the whole part may be than a shorter option, when its
# first word may be a verb or adverb, and when it is a noun.
_WHOLE = 1.5
_WHOLE_NOUN = 0.5


def with_own_noun(part: str, first: str, others: list[str]) -> str:
    """The first member with the noun right before it in its part when a later member opens with that
    noun and not every one does (支部|党员大会 before 支部委员会、党小组会; 区域|协调发展战略 before
    区域重大战略、主体功能区战略): a word some members repeat is theirs, not a frame over all of them
    (a word every later member opens with is the series' own; a verb governs them)."""
    if not part.endswith(first) or len(part) == len(first):
        return first
    word = words(part[: -len(first)])[-1]
    if len(word) < 2 or not ALL_HAN.fullmatch(word) or not _plain_noun(word):
        return first
    opening = [other.startswith(word) for other in others]
    return word + first if any(opening) and not all(opening) else first


def _names_only(member: str, first: str) -> bool:
    """Whether the words `first` would cut off the start of `member` are nouns only, no verb among
    them, and `first` opens with none either (社区|党员大会 before 居民代表会、党小组会: the place
    names the member's own kind, where 推进|技术融合 cuts off the clause's verb and 党员干部|进网格
    the subject of the member's own verb). Never where the member holds a 的: what comes before it
    says something of the member (群众|关心的党员教育), it names no kind."""
    if not member.endswith(first) or len(member) == len(first) or "的" in member or acts(words(first)[0]):
        return False
    cut_off = words(member[: -len(first)])
    return all(_plain_noun(word) for word in cut_off)


def _plain_noun(word: str) -> bool:
    """Whether jieba's dictionary tags `word` a noun and neither a verb nor a word of time: a time
    word before a member (今年|道路硬化工程, 目前|乡村产业发展项目) dates the clause, it names no kind."""
    from yaodian.extractors.phrases import word_tags  # (phrases imports terms: read when called)

    return word in nouns() and not acts(word) and word_tags().get(word) != "t"


def first_member(
    part: str,
    sibling_lengths: list[int],
    verb_first: bool = False,
    siblings_act: bool = False,
    siblings_end_acting: bool = False,
) -> str:
    """The member at the end of `part` (列出依法履职事项 -> 依法履职事项): the part without up to
    six characters of words before it (a verb, an adverb), nearest its siblings' length; as long
    as its siblings when they are one or two characters each (建立好县、乡、村 -> 县). A member
    never opens right after a 和 inside it (地方党委和政府的领导责任).

    `verb_first`: the part opens a clause that goes on from the one before, with its verb (…，守牢
    粮食安全和不发生规模性返贫两条底线; …，围绕新能源汽车零部件、电子信息…): the member is the part
    without its first word, when that word has two characters or more; of a pair, whose one sibling
    says little of its length, the part without one or more words, nearest that length. Where that
    first word is no verb or more verbs follow it (全省上下着力构建党委主体责任), the member starts after
    them (see _after_verbs), unless `siblings_act`: most siblings open with a verb, and so does it.
    `siblings_end_acting`: the siblings end with a verb, names of doing (投资审批改革, 结构调整): a
    verb-noun after the clause's verb is a word of such a name (推进|建设用地审批改革), not a verb.
    """
    size = sibling_lengths[0]
    if size <= 2 and all(n == size for n in sibling_lengths) and han_len(part[-size:]) == size:
        return part[-size:]
    tokens = words(part)
    if verb_first and _adverb_then_verb(tokens):
        tokens = [tokens[0] + tokens[1], *tokens[2:]]  # the adverb goes with the verb (重点发展茶叶 -> 茶叶)
    rest = "".join(tokens[1:])
    pair = len(sibling_lengths) == 1
    opens_with_verb = verb_first and not pair and len(tokens[0]) >= 2 and han_len(rest) >= 2
    if opens_with_verb and _opens_member(rest, tokens[1]):
        # (the siblings open with verbs: so does the member, 开办企业 beside 获得电力)
        if siblings_act:
            return unquoted(rest)
        after = _after_verbs(tokens, sibling_lengths, siblings_end_acting)
        if after or not _qualifies(tokens[1]):  # (全县要着力…: no member opens with 着力 or 要)
            return unquoted(after or rest)
    marked_run = _after_marked_verb(tokens, sibling_lengths)
    if marked_run:
        return unquoted(marked_run)
    options = []
    for i in range(len(tokens)):
        if han_len("".join(tokens[:i])) > (8 if pair else 6):
            break
        option = "".join(tokens[i:])
        if i and (
            not ALL_HAN.match(option) or option.startswith(_OPENING_PREPOSITIONS) or tokens[i] in _VERB_RUN
        ):
            continue  # a member opens with none of these (》分则…, 按照政治纪律, 了…)
        if i and tokens[i - 1] in _CONJUNCTIONS:
            break  # (the member goes on across its 和)
        if i and "的" in "".join(tokens[:i]) + tokens[i][:1]:
            break  # a 的 ties the words after it to those before (宣传党的路线方针政策下基层 is one)
        if tokens[i] in _CONJUNCTIONS:
            continue
        if han_len(option) and not (i and len(option) > 1 and option[0] in _PREPOSITIONS):
            options.append(option)
    # the first word before a series is most often its clause's verb (推进保障性住房建设、…); a noun
    # that opens the part is more often the member's own first word (新能源|电池)
    first = tokens[0] if tokens else ""
    nominal = first in nouns() and not (acts(first) or first in adverbs())
    if (
        verb_first
        and pair
        and not nominal
        and len(tokens[0]) >= 2
        and any(o != part and han_len(o) >= 2 for o in options)
    ):
        options = [o for o in options if o != part]
    target = statistics.median(sibling_lengths)
    whole = _WHOLE_NOUN if nominal else _WHOLE
    nearest = min(
        options, key=lambda o: (abs(han_len(o) - target) + whole * (o == part), han_len(o)), default=part
    )
    return unquoted(nearest)


# The most Han characters before a member that a clause's subject, adverbs and its verb with the
# particle marking it may say (全县始终坚持着|…, 全县坚定不移地推进了|…).
_MARKED_VERB_MOST = 10
# The aspect particles that are never a member's first word (过 may be a verb: 过紧日子).
_UNAMBIGUOUS_ASPECT = ("了", "着")


def _after_marked_verb(tokens: list[str], sibling_lengths: list[int]) -> str:
    """The member after the clause's verb where a particle marks that verb: 了 or 着 after it
    (坚持着|稳中求进, 贯彻落实了|减税费) or a 地 before it (坚定不移地推进|减税费): what follows is its
    object, the member. Not 过, which may be the member's own verb (坚持|过紧日子 beside 办实事). A
    verb is a word jieba knows as one, or one after an adverb, whatever jieba calls it (认真|贯彻落实).
    Only such particles as words of their own (开展|了解民情: 了 opens a word, no particle). Of the
    cuts after it and after the verbs right after it, the one nearest the siblings' typical length
    (担负着促进|政党 beside 民族、宗教). '' where no particle marks a verb within _MARKED_VERB_MOST
    characters or the rest is shorter than _SHORTEST_SHARE of the siblings' typical length."""
    target = statistics.median(sibling_lengths)
    found = ""
    for i in range(1, len(tokens) - 1):
        before, word = tokens[i - 1], tokens[i]
        if han_len("".join(tokens[: i + 1])) > _MARKED_VERB_MOST:
            break
        verb = acts(before) or _adverb_and_verb(before) or (i >= 2 and _adverb(tokens[i - 2]))
        if word in _UNAMBIGUOUS_ASPECT and verb:
            end = i + 1
        elif word == "地" and len(before) >= 2 and acts(tokens[i + 1]):
            end = i + 2 + (i + 2 < len(tokens) and tokens[i + 2] in _UNAMBIGUOUS_ASPECT)
        else:
            continue
        cuts = []
        while end < len(tokens):  # (and after the verbs right after it: 担负着促进|政党)
            rest = "".join(tokens[end:])
            if _opens_member(rest, tokens[end]) and han_len(rest) >= _SHORTEST_SHARE * target:
                cuts.append(rest)
            if not acts(tokens[end]):
                break
            end += 1
        if cuts:
            found = min(cuts, key=lambda c: (abs(han_len(c) - target), -han_len(c)))
    return found


def end_with_verbs(siblings: list[str]) -> bool:
    """Whether at least half of a first member's siblings end with a verb or verb-noun: names of doing
    (投资审批改革, 结构调整, 监管创新), whose first may open with a verb-noun of its own (建设用地审批改革,
    发展方式转变); not names of things (文字表达能力), before which a verb-noun is the clause's (考查)."""
    endings = [words(unquoted(s))[-1:] for s in siblings]
    # (at least half: jieba knows some verbs as none, 重建 of 恢复重建 beside 应急处置)
    return bool(siblings) and 2 * sum(1 for e in endings if e and acts(e[0])) >= len(siblings)


def open_with_verbs(siblings: list[str]) -> bool:
    """Whether most of a first member's siblings open with a verb (获得电力, 纳税…: so does the first,
    开办企业). Only words jieba tags verbs: the verb-nouns that open names (调查研究能力) do not count."""
    opening = [words(unquoted(s).lstrip("和与及"))[:1] for s in siblings]
    return 2 * sum(1 for w in opening if w and w[0] in verbs()) > len(siblings)


def _opens_member(rest: str, first_word: str) -> bool:
    """Whether the words after a verb may open a member: Han characters, no preposition or conjunction
    first (按照…, 和…)."""
    return (
        bool(ALL_HAN.match(rest))
        and not rest.startswith(_OPENING_PREPOSITIONS)
        and first_word not in _CONJUNCTIONS
    )


# Words a verb takes right after it, never a member's first (集中在…, 研讨了…, 把握好…).
_VERB_RUN = frozenset("了着过在于到好")


# Adverbs a clause puts before its verb (重点发展, 着力提升, 不断推进): jieba tags some of them nouns.
_ADVERBS = frozenset(
    [
        "重点",
        "着力",
        "大力",
        "全面",
        "切实",
        "积极",
        "不断",
        "持续",
        "深入",
        "扎实",
        "努力",
        "认真",
        "进一步",
        "坚决",
        "全力",
        "稳步",
        "有序",
        "稳妥",
        "优先",
        "着重",
        "主动",
        "统筹",
    ]
)


def _adverb(word: str) -> bool:
    """Whether `word` is an adverb before a verb (更加, 着力, 重点)."""
    return word in adverbs() or word in _ADVERBS


# The least share of its siblings' typical length a first member cut after a verb keeps: a verb-object
# member beside others (开办企业 beside 获得电力、政务服务) is no verb and a short word (企业).
_SHORTEST_SHARE = 0.6
# Words of will or duty before a verb (全县要…, 将…, 必须…): they open no member.
_MODALS = frozenset(["要", "将", "应", "应当", "应该", "必须", "务必", "需要", "能", "能够", "可以", "会"])


def _qualifies(word: str) -> bool:
    """Whether `word` qualifies the verb after it, or opens with a word that does (着力, 要, 进一步;
    切实加强, one word to jieba): a member never opens with it."""
    return _adverb(word) or word in _MODALS or _adverb_and_verb(word)


def _adverb_and_verb(word: str) -> bool:
    """Whether `word` is an adverb and the verb it qualifies, one word to jieba (切实加强, 认真落实): a
    verb, whatever jieba calls the rest."""
    return any(word[:n] in _ADVERBS for n in range(1, len(word)))


# The most Han characters of words that may open a clause before its verb, a subject and adverbs
# (全省上下着力 构建…): as many as first_member drops before a member elsewhere.
_BEFORE_VERB_MOST = 6


def _after_verbs(tokens: list[str], sibling_lengths: list[int], siblings_end_acting: bool) -> str:
    """The first member of a clause that goes on from the one before, after the words that open the
    clause up to its verb, and the verbs and adverbs right after it (全省上下着力构建党委主体责任 ->
    党委主体责任; 在于更加注重考查综合分析能力、调查研究能力… -> 综合分析能力): of the cuts after each verb
    of that run, the one nearest its siblings' length and at least _SHORTEST_SHARE of it (a verb inside
    the member, 整治 of 人居环境整治提升, leaves too little). No cut leaves a word that qualifies a verb
    opening the member (全县要|切实加强…, 全县要|着力…); a word after an adverb is its verb, whatever
    jieba calls it (着力|强|基础, 进一步|健全|基层党组织). Where the siblings end with a verb (see
    first_member), the run opens and goes on with verbs only, not verb-nouns but one a word of _VERB_RUN follows
    (推进|建设用地审批改革 beside 投资审批改革, 研讨了|集体经济发展; 注重|考查|综合分析能力 beside
    文字表达能力). '' where no verb opens the clause within _BEFORE_VERB_MOST characters or no cut is
    long enough."""
    start = next(
        (
            i
            for i in range(len(tokens))
            if _verb_at(tokens, i, siblings_end_acting) or _adverb_and_verb(tokens[i])
        ),
        len(tokens),
    )
    if han_len("".join(tokens[:start])) > _BEFORE_VERB_MOST:
        return ""
    target = statistics.median(sibling_lengths)
    cuts = []
    i = start
    while i < len(tokens) - 1 and (
        i == start
        or _verb_at(tokens, i, siblings_end_acting)
        or tokens[i] in _VERB_RUN
        or _adverb(tokens[i])
        or _adverb(tokens[i - 1])
    ):
        rest = "".join(tokens[i + 1 :])
        # (not before a word that ties the words before it to the rest: 是, 的; after an adverb only
        # before a word jieba knows as no verb: 着力|强基础, not 着力|构建…)
        cut_here = (
            not (_adverb(tokens[i]) and acts(tokens[i + 1]))
            and not _qualifies(tokens[i + 1])
            and tokens[i + 1] not in _VERB_RUN
            and tokens[i + 1] not in _TRAILING
        )
        if cut_here and _opens_member(rest, tokens[i + 1]) and han_len(rest) >= _SHORTEST_SHARE * target:
            cuts.append(rest)
        i += 1
    # (of two as near, the shorter: its siblings open with no verb, 考查综合分析能力 beside 文字表达能力)
    return min(cuts, key=lambda c: (abs(han_len(c) - target), han_len(c)), default="")


def _verb_at(tokens: list[str], i: int, verbs_only: bool) -> bool:
    """Whether the i-th word is a verb (a verb-noun too unless `verbs_only`, but for one a word of
    _VERB_RUN follows: 研讨了, 集中在)."""
    word, after = tokens[i], tokens[i + 1 : i + 2]
    noun_like = verbs_only and word in verb_nouns() and not (after and after[0] in _VERB_RUN)
    return acts(word) and not noun_like


def _adverb_then_verb(tokens: list[str]) -> bool:
    """Whether the words open with an adverb and a verb of two characters or more, and words follow
    the verb that are not its particle (重点|发展|茶叶, not 重点|查摆|了|…)."""
    return (
        len(tokens) >= 3
        and tokens[0] in _ADVERBS
        and len(tokens[1]) >= 2
        and acts(tokens[1])
        and tokens[2] not in ("了", "着", "过")
    )


# Adverbs of how one takes something in or on (深刻领悟, 坚决做到, 牢牢把握): never inside a name or a
# noun, as 全面 and 持续 are (乡村全面振兴).
_HOW_ONE_TAKES = frozenset(["深刻", "坚决", "切实", "认真", "自觉", "牢牢", "始终"])


def says_who_acts(part: str) -> bool:
    """Whether words before a name end with someone, an adverb and a verb (…党员干部深刻领悟, 全党同志
    坚决做到): the name is what the verb takes, and the words before it say who acts, no member of
    it. (A member may open with an adverb: there the adverb is the first word.)"""
    tokens = words(part)
    return len(tokens) >= 3 and tokens[-2] in _HOW_ONE_TAKES and han_len(tokens[-1]) >= 2


def last_member(part: str, sibling_lengths: list[int]) -> str:
    """The member at the start of `part` (满意率为核心 -> 满意率): its first words, as long as its siblings."""
    tokens = words(part)
    target = statistics.median(sibling_lengths)  # (a sibling still to be cut says nothing of it)
    options = [
        "".join(tokens[:i])
        for i in range(1, len(tokens) + 1)
        if han_len("".join(tokens[:i])) and tokens[i - 1][-1] not in _TRAILING
    ]
    return unquoted(min(options, key=lambda o: (abs(han_len(o) - target), -han_len(o)))) if options else part


# Words that open each of a series of phrases (把A同B、同C相结合): a member alone may say which.
PARALLEL_OPENERS = "同与和把在对以让为从向"


def common_prefix(texts: list[str]) -> str:
    """The characters every text (without its outer quotes) opens with."""
    bare = [t.strip("“”「」") for t in texts]
    length = 0
    while all(len(t) > length and t[length] == bare[0][length] for t in bare):
        length += 1
    return bare[0][:length]


def common_suffix(texts: list[str]) -> str:
    """The characters every text (without its outer quotes) ends with."""
    return common_prefix([t[::-1] for t in texts])[::-1]


# Where the run of glued members ends: a clause break or a space.
_RUN_END = re.compile(r"[，,。；;！!？?、\s]")
# A member that ends with a quotation (织密“一张网”): glued members may be cut after each.
_ENDS_WITH_QUOTATION = re.compile(r"[^“”「」]+[“「][^”」]+[”」]")


def glued_members(text: str, units: tuple[Unit, ...], introduced: bool) -> list[str]:
    """Members written together with no mark between them, as a text that lost the spaces between
    them reads (四个意识 政治意识 大局意识… read as 四个意识政治意识大局意识…): the run at the start
    of `text`, up to its clause's end, cut where each member ends or opens with the concept's word
    (…意识…意识, 伟大斗争伟大工程…) or after each quotation (织密“一张网”建强“一中心”…), or, after a
    colon, into words of four characters (党建引领人民至上数据赋能系统集成). [] unless the cut
    gives exactly the count and the run goes on to its clause's end."""
    if len(units) != 1 or units[0].count < 2:
        return []
    count = units[0].count
    run = _RUN_END.split(text.lstrip(), maxsplit=1)[0]
    end = text.lstrip()[len(run) : len(run) + 1]
    if not run or end == "、":
        return []  # (a series cut at 、 is split_members' to read)
    key = units[0].noun.strip('“”"「」')
    pieces: list[str] = []
    if units[0].measured and han_len(key) >= 2 and run.count(key) == count:
        if run.endswith(key):
            pieces = [piece + key for piece in run.split(key)[:-1]]
        elif run.startswith(key):
            pieces = [key + piece for piece in run.split(key)[1:]]
    quoted = _ENDS_WITH_QUOTATION.findall(run)
    if not pieces and len(quoted) == count and "".join(quoted) == run:
        pieces = quoted
    if not pieces and introduced and count >= 3 and len(run) == 4 * count and ALL_HAN.fullmatch(run):
        pieces = [run[at : at + 4] for at in range(0, len(run), 4)]
    if len(pieces) != count or not all(han_len(key) < han_len(p) <= 12 for p in pieces):
        return []
    return pieces


# A member that goes on to judge itself (坚持党的领导是根本保证): what it is, then a short 是-clause.
_JUDGED = re.compile(r"^(.{2,}?)是([\u4e00-\u9fff]{2,6})$")


def without_judgement(members: list[str], keys: list[tuple[str, bool]]) -> list[str]:
    """The members without the short judgement each goes on to (坚持党的领导是根本保证, 坚持人民主体
    是力量源泉 -> 坚持党的领导, 坚持人民主体), when every member has one and opens with the concept's
    word: a text that spells a concept out sentence by sentence says what each member is worth.

    Not where the 是 is no copula of its own (一个支部就是一座堡垒, 人才也是第一资源: jieba's 就是, or an
    adverb before it that the cut would leave dangling, 一个支部就), nor where the judgement says the
    concept's word again (“四个一”: 一个支部是一座堡垒): the concept counts pairs, each its member whole."""
    judged = [_JUDGED.match(m) for m in members]
    if len(members) < 2 or not all(judged):
        return members
    subjects = [match.group(1) for match in judged if match]
    if not all(
        s.startswith(key) and han_len(s) > len(key) for s, (key, _) in zip(subjects, keys, strict=False)
    ):
        return members
    if any(not _copula_of_its_own(match.group(0), match.group(1)) for match in judged if match):
        return members
    if all(key in match.group(2) for match, (key, _) in zip(judged, keys, strict=False) if match):
        return members
    return subjects


# The adverbs that go with a copula (就是, 也是, 才是, 都是, 正是): a member cut before its 是 would end in one.
_COPULA_ADVERBS = frozenset("就也都才正还亦便即乃更又均皆总却")


def _copula_of_its_own(member: str, subject: str) -> bool:
    """Whether the 是 after `subject` in `member` is a copula of its own, no adverb right before it
    (坚持党的领导|是: not 一个支部就是, 人才也是, which a cut would leave as 一个支部就). The adverb is a
    word of its own or jieba's word with the 是 (就是), not the end of a longer word (公正, 成就)."""
    if subject[-1] not in _COPULA_ADVERBS:
        return True
    said = 0
    for token in tokens_of(member):
        if said + len(token) >= len(subject):
            return token not in (subject[-1], subject[-1] + "是")
        said += len(token)
    return True


# How many characters a member may say between the words every member shares and the concept's
# word it ends with (形成需求清单: 需求), and how many those shared words have at least.
_OWN_WORDS_MOST = 4
_SHARED_LEAST = 2
# The verbs of becoming (形成, 化为, 成为, 建成): what it becomes is the member. Not other shared
# words (守住政治底线, 过好政治关, 年轻干部实践锻炼全覆盖: the member is the whole), nor any X为, whose
# 为 may be "for" (坚持为人民群众服务: the service for the people, not a 人民群众服务) or "as" (作为).
BECOMING = ("化为", "转为", "成为", "变为", "变成", "形成", "建成")
# The aspect particles a verb may carry (形成了, 坚持着, 推行过): they belong to the verb, never to what follows.
ASPECT = "了着过"


def before_word(members: list[str], keys: list[tuple[str, bool]]) -> list[str]:
    """The members from after the verb of becoming they all say right before their own words and the
    concept's word they end with (…形成需求清单, …形成资源清单, …形成项目清单 -> 需求清单, 资源清单,
    项目清单; 内化为思想自觉, 转化为政治自觉 -> 思想自觉, 政治自觉): clauses that each come to one of
    the concept's members; else the members as they are."""
    key = keys[0][0] if keys and len({k for k, _ in keys}) == 1 else ""
    if len(members) < 2 or not key or not all(m.endswith(key) for m in members):
        return members
    first = members[0][: -len(key)]
    for own in range(1, _OWN_WORDS_MOST + 1):
        shared = first[-own - _SHARED_LEAST : -own] if len(first) >= own + _SHARED_LEAST else ""
        if not ALL_HAN.fullmatch(shared or "-") or key in shared or not shared.endswith(BECOMING):
            continue
        # (an aspect particle after the verb is the verb's: 形成了|权力清单; 过 too, for no member of
        # what is formed opens with it)
        tail = re.compile(
            rf"{re.escape(shared)}[{ASPECT}]?([\u4e00-\u9fff]{{1,{_OWN_WORDS_MOST}}}){re.escape(key)}$"
        )
        found = [tail.search(m) for m in members]
        if all(found):
            owns = [match.group(1) for match in found if match]
            if len(set(owns)) == len(owns):
                return [own_words + key for own_words in owns]
    return members


# A verb that introduces a series, which the first member may carry (乡村振兴是包括产业振兴、人才振兴…).
_INTRODUCING = re.compile(r"^(?:包括|包含|涵盖|分别是|分别为)")


def without_introducer(members: list[str]) -> list[str]:
    """The members, the first without the verb that introduces the series when the second does not
    open with it too (包括产业振兴, 人才振兴 -> 产业振兴)."""
    opening = _INTRODUCING.match(members[0]) if len(members) >= 2 else None
    if not opening or members[1].startswith(opening.group()) or han_len(members[0][opening.end() :]) < 2:
        return members
    return [members[0][opening.end() :], *members[1:]]
