"""Where a numbered concept is named and its count: a count, a measure word and a noun (四个意识,
五方面要求), a quoted name or compound (“三讲三听”, “三位一体”), a count of characters (十二字方针), a
bare count spelled out right there (…附则三编, 做题四步：, 双碳目标：), and whether a name stands for a
concept even where its members are not given. Finds no members.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from yaodian.extractors.text import ALL_HAN, Paragraph, han_len, word_frequency, words
from yaodian.numerals import numeral_value

_CN_COUNT = r"(?:[二三四五六七八九]?十[一二三四五六七八九]?|[两二三四五六七八九])"
COUNT = rf"(?:{_CN_COUNT}|\d{{1,2}})"
_NOT_BEFORE_COUNT = r"(?<![\d一二三四五六七八九十〇零第每几多])"
# Measure words a numbered concept takes (三个…, 五大…, 八项…), and ones that also measure ordinary
# things (二级医院, 四方会谈, 三层楼): a concept with one of those is only taken when spelled out.
_MEASURES = "个大项条种点类支张件对组道"
_WEAK_MEASURES = "级方层步篇"
ALL_MEASURES = _MEASURES + _WEAK_MEASURES
# (方面 after a count without 个: 五方面要求, as 五个方面要求)
_ASPECT = "方面"
_TERM = re.compile(
    rf"{_NOT_BEFORE_COUNT}({COUNT})( ?)({_ASPECT}|[{ALL_MEASURES}](?=“[^”]{{1,6}}”|\"[^\"]{{1,6}}\"|[\u4e00-\u9fff]))"
)
# What every _TERM match holds: its count's last character right before a measure word (or the
# space an arabic count may take before it). The engine scans for this pair quickly; _TERM's
# opening look-behind makes it try every position.
COUNT_THEN_MEASURE = re.compile(rf"[两二三四五六七八九十\d] ?[{ALL_MEASURES}]")
# A count with a bare noun and no measure word (分为总则、分则、附则三编): only taken when spelled out.
_BARE_TERM = re.compile(rf"{_NOT_BEFORE_COUNT}{_CN_COUNT}(?=[\u4e00-\u9fff])")
# Nouns that make a count a measurement, not a concept (3个工作日, 5个百分点, 两个多月).
_UNITS = re.compile(
    r"^(?:年|月|日|天|周|小时|分钟|秒|百分点|工作日|倍|人(?![才员群])|次|多|余|以上|以下|左右|万|亿|千|百)"
)  # (人 counts people, 3个人; 五类人才, 三类人员 are kinds)
_QUOTED = re.compile(r"[“\"「]([^”\"」]{2,12})[”\"」]")
_UNIT = rf"(?:{COUNT}|一)[{ALL_MEASURES}]?[\u4e00-\u9fff]{{1,3}}?"
_QUOTED_COMPOUND = re.compile(rf"^({_UNIT})(、?)({_UNIT})(?:(、?)({_UNIT}))?$")
_QUOTED_SINGLE = re.compile(rf"^({COUNT})([{ALL_MEASURES}]?)([\u4e00-\u9fff]{{1,6}})$")
_NUMERALS = "一二三四五六七八九十两〇零"
# A count of characters (十二字方针, “二十字”标准) names a concept of at least two words of four, or
# four of two (八字方针): fewer characters are a word or two (四字, 两字), no set.
_FEWEST_CHARACTERS = 8
_CHARACTER_TERM = re.compile(rf"{_NOT_BEFORE_COUNT}({COUNT})字(?=[\u4e00-\u9fff])")
# Words that qualify a concept's noun rather than name it (十三个重点事项, 三十条具体举措; 民生 of a
# report's yearly promise, 十件民生实事, 十大民生工程, which a cut after 民生 would part from its noun).
_ATTRIBUTIVES = {
    "重点", "重大", "主要", "具体", "突出", "核心", "关键", "基本", "重要", "总体", "新兴", "特色", "优势", "传统",
    "民生",
}  # fmt: skip
# Words that end a concept's noun (六项原则里是…, 三条线是…, 两类来记).
_FUNCTION_WORDS = {
    "是", "里", "来", "的", "在", "为", "中", "上", "了", "也", "都", "就", "把", "对", "等", "和", "与", "及", "之",
    "要", "将", "已", "被", "让", "使", "给", "向", "从",
}  # fmt: skip
SENTENCE_END = "。！？!?"
CLAUSE_END = "，,；;：:。！？!?、（(）)\n"


@dataclass(frozen=True)
class Unit:
    """One part of a concept's name: its count and its noun (三讲三听 has two: 3 讲, 3 听)."""

    count: int
    noun: str
    measured: bool  # a measure word stands between count and noun (三个带头, not 三不腐)
    # the count counts the members' characters, not the members (二十字方针: five words of four)
    characters: bool = False


def bare_term(term: str) -> str:
    """The name without its spaces and quotation marks: how two spellings of one name compare."""
    return re.sub(r"[\s“”\"「」]", "", term)


def has_term(text: str) -> bool:
    """Whether `text` names a numbered concept (四个意识, “五个强化”)."""
    if names_count(text):
        return True
    return opens_quote(text) and any(_quoted_units(m.group(1)) for m in _QUOTED.finditer(text))


def names_of(text: str) -> list[tuple[str, int]]:
    """Every concept `text` names and its count, also one that names a concept only where its
    members are spelled out (三劳, 三件事), but not by a measure word that also measures ordinary
    things (三级, 两方)."""
    alone = re.fullmatch(rf"[“「]?({_CN_COUNT})[\u4e00-\u9fff]{{1,2}}[”」]?", text.strip())
    if alone:  # a name alone (三劳): nothing else it could count
        return [(text.strip().strip("“”「」"), numeral_value(alone.group(1)) or 0)]
    return [
        (name.term, name.count)
        for name in names_in(double_quoted(defining(Paragraph(0, text))).text)
        if not re.match(rf"{COUNT} ?[{_WEAK_MEASURES}]", name.term.lstrip("“「"))
    ]


def names_count(text: str) -> bool:
    """Whether a concept's count-measure-noun stands in `text`: only tried on text with a count
    before a measure word."""
    if COUNT_THEN_MEASURE.search(text) is None:
        return False
    return any(_strong(m, _term_noun(m, text), text) and not _congress(m) for m in _TERM.finditer(text))


def _term_noun(match: re.Match[str], text: str) -> str:
    """The noun of a _TERM match: 方面 itself after a count without 个 (五方面要求 names 五方面, as
    五个方面要求 names 五个方面), else the words after the measure word (see _noun_after)."""
    if match.group(3) == _ASPECT:
        return _ASPECT
    return _noun_after(text[match.end() :], _words_from(text, match.end()))


def opens_quote(text: str) -> bool:
    """Whether `text` has a character _QUOTED opens with: most text quotes nothing, and these
    substring tests are cheaper than the pattern's scan."""
    return "“" in text or '"' in text or "「" in text


def _strong(match: re.Match[str], noun: str, text: str) -> bool:
    """Whether a count-measure-noun names a concept even where its members are not given."""
    count, _, measure = match.groups()
    if not noun or measure in _WEAK_MEASURES or _UNITS.match(noun.lstrip("“")):
        return False
    if text[max(0, match.start() - 1) : match.start()] == "等":
        return False  # A、B等17个部门: a tally of what precedes
    after = text[match.end() + len(noun) :]
    if _DONE.match(after):
        return False  # 三个部门作了表态发言: the things counted did something; a narrative's tally
    if count.isdigit() and measure == "个":
        # arabic counts with 个 tally things (12个部门的数据, 21个小区成立…, 12个乡镇、186个村,
        # 17个部门数据); one word that ends its clause names a set (扩大到现在的15个方面，)
        ends = re.match(r"$|[，,。；;：:！!？?”」）)|\n]|、(?![\d一二三四五六七八九十])", after)
        return bool(ends) and len(words(noun)) == 1
    return True


# What follows a noun the count's things are the subject of, in a narrative: a verb of one or two
# characters that a particle says is done (作了, 发言了, 做过). Not a word that holds 了 or 过 (通过,
# 不过, 超过, 经过, 为了, 除了; 了解, 过程, 过去, 过于, 过硬).
_DONE = re.compile(r"[\u4e00-\u9fff]?(?![不通超经为除越胜])[\u4e00-\u9fff][了过](?![解程去于硬度渡])")


def _congress(match: re.Match[str]) -> bool:
    """十九大, 二十大: a party congress, not ten-odd things."""
    return match.group(3) == "大" and (numeral_value(match.group(1)) or 0) > 10


def _quoted_units(inner: str) -> list[Unit]:
    """The units of a quoted concept (“四个意识”, “三讲三听”, “一区三地”, “三位一体”), or [] if it is none.

    Concepts with measure words joined by 、 (“两个确保、三个提升”) are several concepts, not one.
    A count of “one of” each (“四个一批”, “三个一”) counts members that each say 一批 or 一.
    """
    if SUM_NAME.fullmatch(inner):  # “1+N”: a member for each part
        return [Unit(1, part, False) for part in re.split(r"\s*[+＋]\s*", inner)]
    ones = _COUNT_OF_ONES.fullmatch(inner)
    if ones:
        return [Unit(numeral_value(ones.group(1)) or 0, ones.group(2), True)]
    one_and_many = _ONE_AND_MANY.fullmatch(inner)
    if one_and_many:  # 一核多元: the one (a member that says 核) and the many (one that says 多元)
        return [Unit(1, one_and_many.group(1), False), Unit(1, "多" + one_and_many.group(2), False)]
    compound = _QUOTED_COMPOUND.match(inner)
    if compound:
        parts = [compound.group(i) for i in (1, 3, 5) if compound.group(i)]
        units = [_unit(part) for part in parts]
        listed = "、" in (compound.group(2) + (compound.group(4) or ""))
        counted = listed or any(u.count >= 2 for u in units if u)  # not 一带一路, 一人一策
        if all(units) and counted and not (listed and any(u.measured for u in units if u)):
            if parts[-1] == "一体":  # 三位一体: three in one
                return [u for u in units[:1] if u]
            return [u for u in units if u]
    single = _QUOTED_SINGLE.match(inner)
    if not single:
        return []
    count, measure, noun = single.groups()
    value = numeral_value(count)
    if noun[0] == "字" and not measure and value and value >= _FEWEST_CHARACTERS:
        return [Unit(value, noun, False, characters=True)]  # “二十字”标准, “十二字方针”
    if noun in TOO_MUCH and not measure:  # “四多”: four things there are too many of (文件会议多…)
        return [Unit(value, noun, False)] if value and value >= 2 else []
    if noun[0] in _NUMERALS or _UNITS.match(noun) or (not measure and len(noun) > 3):
        return []
    return [Unit(value, noun, bool(measure))] if value else []


# Words that say how a bare name's members are joined (三治融合, 三城同创, 四字并举): a name goes on
# through such a word after its noun (自治、法治、德治三治融合 is named 三治融合, not 三治). Not after
# 者: 三者 points back at members named before it (安全、发展、稳定三者并重), it names nothing.
_COMBINING_VERBS = ("融合", "结合", "并举", "并重", "联动", "同创", "共建", "共治", "协同", "合一")


# A name that adds its parts up (“1+N”, “3+N”, “1+X”): a member for each part, which the text
# takes up in turn in quotes (“1”即本行动方案，“N”即各领域配套细则). Only taken where they are
# spelled out: alone it may be a score or a formula.
SUM_NAME = re.compile(r"(?:\d{1,2}|[A-Za-z])(?:\s*[+＋]\s*(?:\d{1,2}|[A-Za-z])){1,3}")
# One thing and many of another (一核多元, 一主多辅, 一轴多点): two members, the one and the many,
# each saying its word (党组织为核心，多元主体共同参与). Only taken where they are spelled out: most
# such names are slogans of one thing doing many (一点多能, 一岗多能), no set.
_ONE_AND_MANY = re.compile(r"一([\u4e00-\u9fff])多([\u4e00-\u9fff])")
# Quoted alone after a count, what a text finds too much or too little of (“四多”, “三少”): its
# members each end with it (文件会议多、督查考核多…), as 多 in a compound does (三多三少, see _unit).
TOO_MUCH = ("多", "少")
# A count of members that each say 一 and a measure or noun (四个一批: 谋划一批、储备一批…; 三个一).
_COUNT_OF_ONES = re.compile(rf"({COUNT})[{ALL_MEASURES}](一[\u4e00-\u9fff]?)")


def _unit(part: str) -> Unit | None:
    """One unit of a quoted compound; 多 alone is its noun there (三多三少: three 多 beside three 少),
    not the 多 of a count (三十多)."""
    match = re.match(rf"({COUNT}|一)([{ALL_MEASURES}]?)(.+)$", part)
    if not match or match.group(3)[0] in _NUMERALS or "的" in match.group(3):
        return None  # (十年的三件大事: a time, then the concept)
    if _UNITS.match(match.group(3)) and match.group(3) != "多":
        return None
    value = numeral_value(match.group(1)) or (1 if match.group(1) == "一" else None)
    return Unit(value, match.group(3), bool(match.group(2))) if value else None


def _function_word(token: str) -> bool:
    """A function word, or a pair of characters jieba's guesswork glued to no word of its
    dictionary (来记 in 两类来记, 词写 in 四个词写全)."""
    return token in _FUNCTION_WORDS or (len(token) == 2 and not word_frequency(token))


# What may follow a coined noun that ends its clause (A、B、C三条主链，实施…): not a colon, after
# which a pair of characters is as often a verb of how the list is read (两类来记：).
_AFTER_COINED = frozenset("，,。；;、！!？?）)")  # (a set: the text's end, '', is none of them)


def _coined_noun(token: str, text: str) -> bool:
    """Whether a pair of characters jieba's dictionary lacks, right after a count and its measure,
    is the concept's noun: it ends the clause (三条主链，), as policy texts coin short nouns (主链,
    链主) that no dictionary holds; not a function word."""
    return (
        token not in _FUNCTION_WORDS
        and not any(ch in _FUNCTION_WORDS for ch in token)
        and text[len(token) : len(token) + 1] in _AFTER_COINED
    )


def _noun_after(text: str, tokens_after: list[str] | None = None) -> str:
    """The concept's noun at the start of `text` (what follows its measure word); `tokens_after`:
    the paragraph's words from there on, when a word starts there.

    Its words up to a colon or bracket that introduces the members, or a closing quote
    (…个重大关系：, “…大战略性产业”), else its first jieba word, 2 to 4 characters (方面 in
    三个方面深入把握), with the next when the first only qualifies it (重点事项, 具体举措).
    """
    if text.startswith("“"):
        return text[: text.index("”") + 1] if "”" in text[:8] else ""
    if text.startswith('"'):  # (notes typed with straight quotes: 六个"如何始终")
        return text[: text.index('"', 1) + 1] if '"' in text[1:8] else ""
    tokens: list[str] = []
    for token in tokens_after if tokens_after is not None else words(text[:12]):
        if not ALL_HAN.fullmatch(token) or len("".join(tokens) + token) > 8:
            break
        if _function_word(token) and not (not tokens and _coined_noun(token, text)):
            break
        tokens.append(token)
    run = "".join(tokens)
    if len(run) >= 2 and text[len(run) : len(run) + 1] in ("：", ":", "（", "(", "”", "」"):
        return run
    if len(tokens) >= 2 and tokens[0] in _ATTRIBUTIVES and len(tokens[0] + tokens[1]) <= 6:
        return tokens[0] + tokens[1]
    if (
        len(tokens) == 2
        and len(tokens[0]) in (2, 3)
        and len(tokens[1]) == 1
        and not _DONE.match(text[len(tokens[0]) :])
    ):
        # (a one-character word that ends the noun, 易错点。, not a verb the things counted did, 部门作了)
        return tokens[0] + tokens[1]
    if tokens and len(tokens[0]) >= 2:
        return tokens[0] if len(tokens[0]) <= 4 else ""
    if len(tokens) >= 2 and len(tokens[0] + tokens[1]) <= 4:
        return tokens[0] + tokens[1]
    if len(tokens) == 1 and text[1:2] in CLAUSE_END + "是为有":
        return tokens[0]  # a one-character noun that ends its clause (三件事。, 三条线是…)
    return ""


@dataclass(frozen=True)
class Name:
    """A concept named in a paragraph: its text, units, where it stands, and whether it names a
    concept even without its members."""

    term: str
    units: tuple[Unit, ...]
    start: int
    end: int  # after the name and its closing quote
    strong: bool

    @property
    def count(self) -> int:
        return sum(u.count for u in self.units)


def names_in(text: str) -> list[Name]:
    """The concepts named in a paragraph's text, in order; a name inside a longer one is left out."""
    found: list[Name] = []
    if opens_quote(text):
        for match in _QUOTED.finditer(text):
            inner = match.group(1)
            units = _quoted_units(inner)
            if units:
                # (“三个一” names a concept only once spelled out: alone it reads as a count)
                slogan = _ONE_AND_MANY.fullmatch(inner) or SUM_NAME.fullmatch(inner)  # (see both)
                strong = not (len(units) == 1 and units[0].noun == "一") and slogan is None
                found.append(Name(inner, tuple(units), match.start(), match.end(), strong))
            elif "、" in inner:  # “两个确保、三个提升”: each a concept of its own
                offset = match.start(1)
                for part in inner.split("、"):
                    units = _quoted_units(part)
                    if units:
                        strong = not _ONE_AND_MANY.fullmatch(part)
                        found.append(Name(part, tuple(units), offset, offset + len(part), strong))
                    offset += len(part) + 1
    if COUNT_THEN_MEASURE.search(text):
        for match in _TERM.finditer(text):
            noun = _term_noun(match, text)
            count = numeral_value(match.group(1))
            if not noun or not count or _UNITS.match(noun.lstrip("“")) or _congress(match):
                continue
            end = match.start(3) + len(noun) if match.group(3) == _ASPECT else match.end() + len(noun)
            unit = Unit(count, noun.strip("“”"), True)
            if unit.noun == "字" and count >= _FEWEST_CHARACTERS:  # 八个字：学纪、知纪…, as 八字
                unit = Unit(count, "字", False, characters=True)
            # a one-character noun (三件事, 四个字, 4道题) names a concept only once spelled out
            strong = len(unit.noun) > 1 and _strong(match, noun, text)
            found.append(Name(text[match.start() : end], (unit,), match.start(), end, strong))
    if "字" in text:  # 十二字方针: a count of characters (see inline._members_by_characters)
        for match in _CHARACTER_TERM.finditer(text):
            count = numeral_value(match.group(1))
            noun = next(iter(words(text[match.end() : match.end() + 4])), "")
            if count and count >= _FEWEST_CHARACTERS and ALL_HAN.fullmatch(noun) and not _function_word(noun):
                end = match.end() + len(noun)
                unit = Unit(count, "字" + noun, False, characters=True)
                found.append(Name(text[match.start() : end], (unit,), match.start(), end, False))
    if "：" in text or ":" in text:  # 做题四步：…: the noun before the count, the members after the colon
        for match in _COUNT_BEFORE_COLON.finditer(text):
            noun = _noun_before(text, match.start())
            count = numeral_value(match.group(1))
            if noun and count and count >= 2:
                unit = Unit(count, noun, True)
                found.append(
                    Name(noun + match.group(), (unit,), match.start() - len(noun), match.end(), False)
                )
    # a bare count names a concept only when spelled out right there: after a 、-series in its
    # clause (…附则三编) or a quotation (“…—…”四块), or before a colon (答题三原则：); most
    # numerals are none of these
    bare = [m.start(1) for m in _BARE_AFTER_SERIES.finditer(text)] if "、" in text or "”" in text else []
    if "：" in text or ":" in text:
        bare += [m.start() for m in _BARE_BEFORE_COLON.finditer(text)]
    spans = word_spans(text) if bare else {}
    for start in sorted(set(bare)):
        match = _BARE_TERM.match(text, start)
        if not match or start not in spans:
            continue  # 红十字, 三角: the numeral is inside a word
        rest = text[match.end() :]
        before_colon = _BEFORE_COLON.match(text, start)
        units = _quoted_units(before_colon.group(1)) if before_colon else []
        if len(units) > 1:  # 三线一单：…: a compound name before its members
            end = before_colon.end(1)
            found.append(Name(text[start:end], tuple(units), start, end, False))
            continue
        noun = next(iter(words(rest[:4])), "")
        if rest[:1] in ALL_MEASURES or not re.fullmatch(r"[\u4e00-\u9fff]{1,2}", noun):
            continue
        if noun[0] in _FUNCTION_WORDS:
            continue  # 三中全会
        count = numeral_value(match.group())
        if count and count >= 3 and noun[0] not in _NUMERALS and not _UNITS.match(noun):
            end = match.end() + len(noun)
            joined = next((w for w in _COMBINING_VERBS if rest[len(noun) :].startswith(w)), "")
            if noun != "者":
                end += len(joined)  # 三治融合: the name goes on through the word that joins its members
            found.append(
                Name(text[match.start() : end], (Unit(count, noun, False),), match.start(), end, False)
            )
    if "千" in text or "万" in text:  # “千万工程”: named by its members' initials
        found += _initials_named(text)
    if "双" in text:  # 双碳目标：…，…: a pair named before its members
        for match in _PAIR_BEFORE_COLON.finditer(text):
            unit = Unit(2, match.group(2), False)
            found.append(Name(match.group(1), (unit,), match.start(1), match.end(1), False))
        found += _pairs_named(text)
    found.sort(key=lambda n: (n.start, -(n.end - n.start)))
    kept: list[Name] = []
    for name in found:
        if not any(k.start <= name.start and name.end <= k.end for k in kept):  # 四个意识 in “四个意识”
            kept.append(name)
    return kept


# A name made of its members' initials, numbers of magnitude each, and a short noun (千万工程: 千村示范、
# 万村整治; 百千万工程: 百县…、千镇…、万村…), quoted, or defined by a colon or = after it. 千万 says
# "by all means" as often, so such a name is only taken when spelled out (see INITIALS_NAME).
_INITIALS = re.compile(r"(?<![\u4e00-\u9fff])([百千万]{2,3})([\u4e00-\u9fff]{1,3}?)(?=[”」]|\s*[：:=＝])")
# The same name as a concept's term: its initials, then its noun.
INITIALS_NAME = re.compile(r"([百千万]{2,3})([\u4e00-\u9fff]{1,3})")


def may_name_by_parts(text: str) -> bool:
    """Whether the text may name a concept by its parts without a quote or a count: a pair by 双
    (双碳目标：…), or its members' initials before a colon or = (千万工程：指千村示范、万村整治)."""
    return "双" in text or _INITIALS.search(text) is not None


def _initials_named(text: str) -> list[Name]:
    """Names made of their members' initials (see _INITIALS), each initial once."""
    found = []
    for match in _INITIALS.finditer(text):
        initials = match.group(1)
        if len(set(initials)) < len(initials):
            continue  # (万万: an adverb, never two initials)
        quoted = (  # (at the text's start, no quote opens before it: 千万工程” closes one a line above)
            match.start() > 0
            and text[match.start() - 1] in QUOTE_OPENINGS
            and text[match.end() : match.end() + 1] in "”」"
        )
        start, end = (match.start() - 1, match.end() + 1) if quoted else (match.start(), match.end())
        unit = Unit(len(initials), match.group(2), False)
        found.append(Name(match.group(1) + match.group(2), (unit,), start, end, False))
    return found


def _pairs_named(text: str) -> list[Name]:
    """Names of a pair by 双 where what it pairs may stand right before it: quoted (“双下降”), or
    right after a quotation (“链长+链主”双链长制). Only taken when spelled out (see is_pair)."""
    found = []
    for match in _PAIR_QUOTED.finditer(text):
        unit = Unit(2, match.group(1)[1:], False)
        found.append(Name(match.group(1), (unit,), match.start(), match.end(), False))
    for match in _PAIR_AFTER.finditer(text):
        if text[: match.start()].endswith(("”", "」")):
            term = match.group()
            found.append(Name(term, (Unit(2, term[1:], False),), match.start(), match.end(), False))
    return found


def is_pair(name: Name) -> bool:
    """Whether a name counts two by 双 (双下降, 双链长制)."""
    return name.term.lstrip("“「").startswith("双")


# “双下降”, “双链长”: 双 and a short word, quoted
_PAIR_QUOTED = re.compile(r"[“「](双[\u4e00-\u9fff]{1,4})[”」]")
# 双 and the rest of its clause, a few characters (双链长制。)
_PAIR_AFTER = re.compile(r"双[\u4e00-\u9fff]{2,5}(?=[，,。；;：:！!？?）)]|$)")

_NUMERAL = re.compile("[两二三四五六七八九十双]")
# 双 counts two in a name that opens its clause before a colon (双碳目标：, 双减：).
_PAIR_BEFORE_COLON = re.compile(r"(?:^|(?<=[，,。；;\s“「]))(双([\u4e00-\u9fff]{1,3}))[”」]?[：:]")
_COUNT_BEFORE_COLON = re.compile(rf"{_NOT_BEFORE_COUNT}({COUNT}) ?[{ALL_MEASURES}](?=[：:])")


def _noun_before(text: str, position: int) -> str:
    """The word a count follows when the count ends the name (做题四步：, 民营经济31条): one or two
    words of 2 to 4 Han characters ending at `position`, no function word, or ''."""
    spans = word_spans(text)
    if position not in spans:
        return ""
    tokens = words(text)[: spans[position]]
    noun = ""
    for token in reversed(tokens[-2:]):
        if not ALL_HAN.fullmatch(token) or _function_word(token) or han_len(token + noun) > 4:
            break
        noun = token + noun
    return noun if han_len(noun) >= 2 else ""


_BARE_AFTER_SERIES = re.compile(
    rf"(?:、[^，,。；;：:！!？?、]{{1,25}}?|[”」])({_CN_COUNT})(?=[\u4e00-\u9fff])"
)
_BEFORE_COLON = re.compile(r"([\u4e00-\u9fff]{2,8})[：:]")
_BARE_BEFORE_COLON = re.compile(rf"{_CN_COUNT}(?=[\u4e00-\u9fff]{{1,7}}[：:])")


@lru_cache(maxsize=4096)
def word_spans(text: str) -> dict[int, int]:
    """Where each of the paragraph's words starts: its index in words(text), by position."""
    spans: dict[int, int] = {}
    position = 0
    for index, token in enumerate(words(text)):
        spans[position] = index
        position += len(token)
    return spans


def _words_from(text: str, position: int) -> list[str] | None:
    """The paragraph's words from `position` on (a few), or None when no word starts there."""
    index = word_spans(text).get(position)
    return None if index is None else words(text)[index : index + 6]


# A line that defines a short label with an equals sign (三劳 = 劳动者、劳动资料…), as notes do.
_DEFINITION = re.compile(r"^(\s*[^\s=＝：:，,。]{1,8})(\s*[=＝]\s*)(?=[^\s=＝]|$)")


def defining(paragraph: Paragraph) -> Paragraph:
    """The paragraph with the equals sign of a definition read as the colon it stands for (of the
    same length, so every position stays)."""
    if "=" not in paragraph.text and "＝" not in paragraph.text:
        return paragraph
    text = _DEFINITION.sub(lambda m: m.group(1) + "：".ljust(len(m.group(2))), paragraph.text, count=1)
    return dataclasses.replace(paragraph, text=text) if text != paragraph.text else paragraph


# A short quotation in single quotes (‘三多三少’), as a quotation inside another quotes a name.
_SINGLE_QUOTED = re.compile(r"‘([^‘’“”「」]{1,12})’")


def double_quoted(paragraph: Paragraph) -> Paragraph:
    """The paragraph with a name in single quotes (a speech quoted in a material: 他说：“…最多的是
    ‘三多三少’——…”) read in the double quotes a name takes (of the same length: every position
    stays)."""
    if "‘" not in paragraph.text:
        return paragraph
    text = _SINGLE_QUOTED.sub(r"“\1”", paragraph.text)
    return dataclasses.replace(paragraph, text=text) if text != paragraph.text else paragraph


def as_quoted(paragraphs: list[Paragraph], namings: list[tuple[int, Name]]) -> list[tuple[int, Name]]:
    """The namings, an unquoted one spelled as the document quotes the concept where its words go
    on to the quoted name (“六个必须坚持” quoted, then 六个必须坚持是…: not 六个必须, whose noun ends at
    the verb): a name the document quotes is the concept's whole name."""
    quoted = {
        name.term: name.units
        for index, name in namings
        if paragraphs[index].text[name.start : name.start + 1] in "“「"
    }
    spelled: list[tuple[int, Name]] = []
    for index, name in namings:
        text = paragraphs[index].text
        longer = [
            term
            for term in quoted
            if len(term) > len(name.term) and term.startswith(name.term) and text.startswith(term, name.start)
        ]
        if longer and text[name.start : name.start + 1] not in "“「":
            term = max(longer, key=len)
            name = Name(term, quoted[term], name.start, name.start + len(term), True)
        spelled.append((index, name))
    return spelled


# The quotes a quoted name opens with (a name is quoted when its text starts at one).
QUOTE_OPENINGS = '“「"'


def _quoted_at(text: str, name: Name) -> bool:
    """Whether a naming is quoted: it starts at an opening quote, or right after a quote of any
    kind (a straight one, “ or 「, or a closing straight one)."""
    return any(ch in QUOTE_OPENINGS for ch in text[max(0, name.start - 1) : name.start + 1])


# What follows a name that stands as a label of its own, before what it says: an equals sign, as
# notes define a name (四下基层 = …, 三不 = …). Not a colon or a dash: after those a label heads a
# remark of any kind (四下基层：这一制度先后写进了党章、准则…), not its members.
_LABEL_END = r"(?=\s*[=＝])"
# What a label stands after: the start of its paragraph, a colon (解析：四下基层 = …) or a space.
_LABEL_START = r"(?:^|(?<=[：:\s]))"
# The end of the clause after the equals sign, where the members it defines the name by must end.
_CLAUSE_END = re.compile(r"[，,。；;！？!?]")


def _defines(text: str, end: int, count: int) -> bool:
    """Whether the clause after a label's equals sign is a series of as many members as the name
    counts (三不 = 不敢腐、不能腐、不想腐; A、B、C和D), not a remark (三农 = 全党工作重中之重，…)."""
    clause = _CLAUSE_END.split(text[end:].lstrip(" =＝"), maxsplit=1)[0]
    pieces = clause.split("、")
    return len(pieces) == count or (
        len(pieces) == count - 1 and re.search("和|及|与", pieces[-1]) is not None
    )


def bare_labels(paragraphs: list[Paragraph], namings: list[tuple[int, Name]]) -> list[tuple[int, Name]]:
    """The namings, and the bare labels of the concepts the document quotes (“四下基层” quoted, then
    解析：四下基层 = 宣传…、…): a name the text quotes is a name where it stands alone before an
    equals sign too, unquoted, when a series of its members follows; in order of paragraph and place."""
    quoted = {name.term: name for index, name in namings if _quoted_at(paragraphs[index].text, name)}
    taken = {(index, name.start) for index, name in namings}
    found = list(namings)
    for term, name in quoted.items():
        label = re.compile(_LABEL_START + re.escape(term) + _LABEL_END)
        for index, paragraph in enumerate(paragraphs):
            if term not in paragraph.text:
                continue
            for match in label.finditer(paragraph.text):
                if (index, match.start()) not in taken and _defines(paragraph.text, match.end(), name.count):
                    found.append((index, Name(term, name.units, match.start(), match.end(), name.strong)))
    return sorted(found, key=lambda pair: (pair[0], pair[1].start))


def may_name_bare(text: str) -> bool:
    """Whether a bare count may stand in `text`: a numeral and a 、 or a colon (cheap tests first)."""
    return ("、" in text or "”" in text or "：" in text or ":" in text) and _NUMERAL.search(text) is not None
