"""Numbered concepts: a count, a measure word and a short noun (四个意识, 五大关系, 三个带头, 八项规定),
and their members where the text spells them out.

A concept may be named several times. Its members are looked for at each naming, first where
the naming itself spells them out:

- after it in its sentence, introduced by a colon, 即, 就是, 包括 or brackets
  (三个带头，即带头…，带头…; “四个意识”（政治意识、大局意识…）);
- before it in its clause, exactly as many as the count (茶叶、毛竹、中药材、高山蔬菜四大特色农业;
  “准入—办事—监管—要素—政商”五个环节);
- in the sentence before, when 这 or 上述 points back to them (…是…的现代化，是…的现代化。这“五个特征”);

and only then after it, where the text goes on to them:

- a run of clauses or sentences nearby that each say the concept's own word (两个维护:
  坚决维护…。坚决维护…; 三不腐: 不敢腐、不能腐、不想腐), or end with it (把…，同…区分开来；把…);
- the lines after a naming that ends its paragraph: introduced by a colon, or lines that repeat
  the concept's word or carry markers (——坚持…); the paragraphs after it that open with its word,
  other paragraphs between them (必须做到四个“始终”。 then 始终…。);

and last anywhere in its scope, where the count decides:

- where the text says the concept's noun without its count: a series right before it or members
  introduced after it (…、量子科技等战略性产业 for 8大战略性产业; 本质要求（九条）：… for 九条本质要求);
- an abbreviation by the character its members open with, written out as a series of short words
  (五进: 进企业、进农村…), or by the character each ends with, as the subjects of the clauses after
  the naming (三会一课: 支部党员大会每季度…，…，党课每季度…).

The count says how many members to take, and so where to cut: at 、 between words, at ，
between clauses, at ； or 。 between sentences, or between lines; and it refuses a candidate set of
another size (more paragraphs opening with the word than the count are another set). A count that
reads like an ordinary tally (12个部门, 3个工作日, 二级医院) names a concept only when its members are found.
"""

from __future__ import annotations

import dataclasses
import re
import statistics
from dataclasses import dataclass
from functools import lru_cache

from yaodian.extractors.text import (
    Paragraph,
    clauses,
    cn_number,
    content_chars,
    han_len,
    opening_clause,
    strip_punct,
    word_frequency,
    words,
)

_CN_COUNT = r"(?:[二三四五六七八九]?十[一二三四五六七八九]?|[两二三四五六七八九])"
_COUNT = rf"(?:{_CN_COUNT}|\d{{1,2}})"
_NOT_BEFORE_COUNT = r"(?<![\d一二三四五六七八九十〇零第每几多])"
# Measure words a numbered concept takes (三个…, 五大…, 八项…), and ones that also measure ordinary
# things (二级医院, 四方会谈, 三层楼): a concept with one of those is only taken when spelled out.
_MEASURES = "个大项条种点类支张件对组道"
_WEAK_MEASURES = "级方层步篇"
_ALL_MEASURES = _MEASURES + _WEAK_MEASURES
# (方面 after a count without 个: 五方面要求, as 五个方面要求)
_ASPECT = "方面"
_TERM = re.compile(
    rf"{_NOT_BEFORE_COUNT}({_COUNT})( ?)({_ASPECT}|[{_ALL_MEASURES}](?=“[^”]{{1,6}}”|\"[^\"]{{1,6}}\"|[\u4e00-\u9fff]))"
)
# What every _TERM match holds: its count's last character right before a measure word (or the
# space an arabic count may take before it). The engine scans for this pair quickly; _TERM's
# opening look-behind makes it try every position.
_COUNT_THEN_MEASURE = re.compile(rf"[两二三四五六七八九十\d] ?[{_ALL_MEASURES}]")
# A count with a bare noun and no measure word (分为总则、分则、附则三编): only taken when spelled out.
_BARE_TERM = re.compile(rf"{_NOT_BEFORE_COUNT}{_CN_COUNT}(?=[\u4e00-\u9fff])")
# Nouns that make a count a measurement, not a concept (3个工作日, 5个百分点, 两个多月).
_UNITS = re.compile(
    r"^(?:年|月|日|天|周|小时|分钟|秒|百分点|工作日|倍|人|次|多|余|以上|以下|左右|万|亿|千|百)"
)
_QUOTED = re.compile(r"[“\"「]([^”\"」]{2,12})[”\"」]")
_UNIT = rf"(?:{_COUNT}|一)[{_ALL_MEASURES}]?[\u4e00-\u9fff]{{1,3}}?"
_QUOTED_COMPOUND = re.compile(rf"^({_UNIT})(、?)({_UNIT})(?:(、?)({_UNIT}))?$")
_QUOTED_SINGLE = re.compile(rf"^({_COUNT})([{_ALL_MEASURES}]?)([\u4e00-\u9fff]{{1,6}})$")
_NUMERALS = "一二三四五六七八九十两〇零"
# A count of characters (十二字方针, “二十字”标准) names a concept of at least two words of four, or
# four of two (八字方针): fewer characters are a word or two (四字, 两字), no set.
_FEWEST_CHARACTERS = 8
_CHARACTER_TERM = re.compile(rf"{_NOT_BEFORE_COUNT}({_COUNT})字(?=[\u4e00-\u9fff])")
_ALL_HAN = re.compile(r"[\u4e00-\u9fff]+")
# Words that qualify a concept's noun rather than name it (十三个重点事项, 三十条具体举措).
_ATTRIBUTIVES = {
    "重点", "重大", "主要", "具体", "突出", "核心", "关键", "基本", "重要", "总体", "新兴", "特色", "优势", "传统",
}  # fmt: skip
# Words that end a concept's noun (六项原则里是…, 三条线是…, 两类来记).
_FUNCTION_WORDS = {
    "是", "里", "来", "的", "在", "为", "中", "上", "了", "也", "都", "就", "把", "对", "等", "和", "与", "及", "之",
    "要", "将", "已", "被", "让", "使", "给", "向", "从",
}  # fmt: skip
_SENTENCE_END = "。！？!?"
_CLAUSE_END = "，,；;：:。！？!?、（(）)\n"


@dataclass(frozen=True)
class Unit:
    """One part of a concept's name: its count and its noun (三讲三听 has two: 3 讲, 3 听)."""

    count: int
    noun: str
    measured: bool  # a measure word stands between count and noun (三个带头, not 三不腐)
    # the count counts the members' characters, not the members (二十字方针: five words of four)
    characters: bool = False


@dataclass(frozen=True)
class Mention:
    """Where a concept is named: its paragraph (an index), the name's span in the paragraph's
    text, and whether the naming announces a list on the lines after it (see _announces)."""

    paragraph: int
    start: int
    end: int
    announces: bool
    # announces only a list that starts on the next paragraph: a naming that ends its paragraph
    # without pointing ahead (…主要表现在四个方面。)
    next_only: bool = False


@dataclass
class Term:
    term: str
    count: int
    sentence: str  # the sentence that spells it out, else the first that names it
    members: list[str]
    line: int
    prompt: str  # the clause that names it (its members left out): the prompt of its list
    inline: bool  # the members stand at the naming itself, not on the lines after it
    mentions: list[Mention]


def has_term(text: str) -> bool:
    """Whether `text` names a numbered concept (四个意识, “五个强化”)."""
    if _names_count(text):
        return True
    return opens_quote(text) and any(_quoted_units(m.group(1)) for m in _QUOTED.finditer(text))


def names_of(text: str) -> list[tuple[str, int]]:
    """Every concept `text` names and its count, also one that names a concept only where its
    members are spelled out (三劳, 三件事), but not by a measure word that also measures ordinary
    things (三级, 两方)."""
    alone = re.fullmatch(rf"[“「]?({_CN_COUNT})[\u4e00-\u9fff]{{1,2}}[”」]?", text.strip())
    if alone:  # a name alone (三劳): nothing else it could count
        return [(text.strip().strip("“”「」"), cn_number(alone.group(1)) or 0)]
    return [
        (name.term, name.count)
        for name in _names_in(_defining(Paragraph(0, text)).text)
        if not re.match(rf"{_COUNT} ?[{_WEAK_MEASURES}]", name.term.lstrip("“「"))
    ]


def _names_count(text: str) -> bool:
    """Whether a concept's count-measure-noun stands in `text`: only tried on text with a count
    before a measure word."""
    if _COUNT_THEN_MEASURE.search(text) is None:
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
    if count.isdigit() and measure == "个":
        # arabic counts with 个 tally things (12个部门的数据, 21个小区成立…, 12个乡镇、186个村,
        # 17个部门数据); one word that ends its clause names a set (扩大到现在的15个方面，)
        after = text[match.end() + len(noun) :]
        ends = re.match(r"$|[，,。；;：:！!？?”」）)|\n]|、(?![\d一二三四五六七八九十])", after)
        return bool(ends) and len(words(noun)) == 1
    return True


def _congress(match: re.Match[str]) -> bool:
    """十九大, 二十大: a party congress, not ten-odd things."""
    return match.group(3) == "大" and (cn_number(match.group(1)) or 0) > 10


def _quoted_units(inner: str) -> list[Unit]:
    """The units of a quoted concept (“四个意识”, “三讲三听”, “一区三地”, “三位一体”), or [] if it is none.

    Concepts with measure words joined by 、 (“两个确保、三个提升”) are several concepts, not one.
    """
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
    value = cn_number(count)
    if noun[0] == "字" and not measure and value and value >= _FEWEST_CHARACTERS:
        return [Unit(value, noun, False, characters=True)]  # “二十字”标准, “十二字方针”
    if noun[0] in _NUMERALS or _UNITS.match(noun) or (not measure and len(noun) > 3):
        return []
    return [Unit(value, noun, bool(measure))] if value else []


def _unit(part: str) -> Unit | None:
    match = re.match(rf"({_COUNT}|一)([{_ALL_MEASURES}]?)(.+)$", part)
    if not match or match.group(3)[0] in _NUMERALS or _UNITS.match(match.group(3)) or "的" in match.group(3):
        return None  # (十年的三件大事: a time, then the concept)
    value = cn_number(match.group(1)) or (1 if match.group(1) == "一" else None)
    return Unit(value, match.group(3), bool(match.group(2))) if value else None


def _function_word(token: str) -> bool:
    """A function word, or a pair of characters jieba's guesswork glued to no word of its
    dictionary (来记 in 两类来记, 词写 in 四个词写全)."""
    return token in _FUNCTION_WORDS or (len(token) == 2 and not word_frequency(token))


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
        if not _ALL_HAN.fullmatch(token) or len("".join(tokens) + token) > 8 or _function_word(token):
            break
        tokens.append(token)
    run = "".join(tokens)
    if len(run) >= 2 and text[len(run) : len(run) + 1] in ("：", ":", "（", "(", "”", "」"):
        return run
    if len(tokens) >= 2 and tokens[0] in _ATTRIBUTIVES and len(tokens[0] + tokens[1]) <= 6:
        return tokens[0] + tokens[1]
    if len(tokens) == 2 and len(tokens[0]) in (2, 3) and len(tokens[1]) == 1:
        return tokens[0] + tokens[1]  # a one-character word that ends the noun (易错点。)
    if tokens and len(tokens[0]) >= 2:
        return tokens[0] if len(tokens[0]) <= 4 else ""
    if len(tokens) >= 2 and len(tokens[0] + tokens[1]) <= 4:
        return tokens[0] + tokens[1]
    if len(tokens) == 1 and text[1:2] in _CLAUSE_END + "是为有":
        return tokens[0]  # a one-character noun that ends its clause (三件事。, 三条线是…)
    return ""


@dataclass(frozen=True)
class _Name:
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


def _names_in(text: str) -> list[_Name]:
    """The concepts named in a paragraph's text, in order; a name inside a longer one is left out."""
    found: list[_Name] = []
    if opens_quote(text):
        for match in _QUOTED.finditer(text):
            inner = match.group(1)
            units = _quoted_units(inner)
            if units:
                found.append(_Name(inner, tuple(units), match.start(), match.end(), True))
            elif "、" in inner:  # “两个确保、三个提升”: each a concept of its own
                offset = match.start(1)
                for part in inner.split("、"):
                    units = _quoted_units(part)
                    if units:
                        found.append(_Name(part, tuple(units), offset, offset + len(part), True))
                    offset += len(part) + 1
    if _COUNT_THEN_MEASURE.search(text):
        for match in _TERM.finditer(text):
            noun = _term_noun(match, text)
            count = cn_number(match.group(1))
            if not noun or not count or _UNITS.match(noun.lstrip("“")) or _congress(match):
                continue
            end = match.start(3) + len(noun) if match.group(3) == _ASPECT else match.end() + len(noun)
            unit = Unit(count, noun.strip("“”"), True)
            # a one-character noun (三件事, 四个字, 4道题) names a concept only once spelled out
            strong = len(unit.noun) > 1 and _strong(match, noun, text)
            found.append(_Name(text[match.start() : end], (unit,), match.start(), end, strong))
    if "字" in text:  # 十二字方针: a count of characters (see _members_by_characters)
        for match in _CHARACTER_TERM.finditer(text):
            count = cn_number(match.group(1))
            noun = next(iter(words(text[match.end() : match.end() + 4])), "")
            if (
                count
                and count >= _FEWEST_CHARACTERS
                and _ALL_HAN.fullmatch(noun)
                and not _function_word(noun)
            ):
                end = match.end() + len(noun)
                unit = Unit(count, "字" + noun, False, characters=True)
                found.append(_Name(text[match.start() : end], (unit,), match.start(), end, False))
    if "：" in text or ":" in text:  # 做题四步：…: the noun before the count, the members after the colon
        for match in _COUNT_BEFORE_COLON.finditer(text):
            noun = _noun_before(text, match.start())
            count = cn_number(match.group(1))
            if noun and count and count >= 2:
                unit = Unit(count, noun, True)
                found.append(
                    _Name(noun + match.group(), (unit,), match.start() - len(noun), match.end(), False)
                )
    # a bare count names a concept only when spelled out right there: after a 、-series in its
    # clause (…附则三编) or a quotation (“…—…”四块), or before a colon (答题三原则：); most
    # numerals are none of these
    bare = [m.start(1) for m in _BARE_AFTER_SERIES.finditer(text)] if "、" in text or "”" in text else []
    if "：" in text or ":" in text:
        bare += [m.start() for m in _BARE_BEFORE_COLON.finditer(text)]
    spans = _word_spans(text) if bare else {}
    for start in sorted(set(bare)):
        match = _BARE_TERM.match(text, start)
        if not match or start not in spans:
            continue  # 红十字, 三角: the numeral is inside a word
        rest = text[match.end() :]
        before_colon = _BEFORE_COLON.match(text, start)
        units = _quoted_units(before_colon.group(1)) if before_colon else []
        if len(units) > 1:  # 三线一单：…: a compound name before its members
            end = before_colon.end(1)
            found.append(_Name(text[start:end], tuple(units), start, end, False))
            continue
        noun = next(iter(words(rest[:4])), "")
        if rest[:1] in _ALL_MEASURES or not re.fullmatch(r"[\u4e00-\u9fff]{1,2}", noun):
            continue
        if noun[0] in _FUNCTION_WORDS:
            continue  # 三中全会
        count = cn_number(match.group())
        if count and count >= 3 and noun[0] not in _NUMERALS and not _UNITS.match(noun):
            end = match.end() + len(noun)
            found.append(
                _Name(text[match.start() : end], (Unit(count, noun, False),), match.start(), end, False)
            )
    if "双" in text:  # 双碳目标：…，…: a pair named before its members
        for match in _PAIR_BEFORE_COLON.finditer(text):
            unit = Unit(2, match.group(2), False)
            found.append(_Name(match.group(1), (unit,), match.start(1), match.end(1), False))
    found.sort(key=lambda n: (n.start, -(n.end - n.start)))
    kept: list[_Name] = []
    for name in found:
        if not any(k.start <= name.start and name.end <= k.end for k in kept):  # 四个意识 in “四个意识”
            kept.append(name)
    return kept


_NUMERAL = re.compile("[两二三四五六七八九十双]")
# 双 counts two in a name that opens its clause before a colon (双碳目标：, 双减：).
_PAIR_BEFORE_COLON = re.compile(r"(?:^|(?<=[，,。；;\s“「]))(双([\u4e00-\u9fff]{1,3}))[”」]?[：:]")
_COUNT_BEFORE_COLON = re.compile(rf"{_NOT_BEFORE_COUNT}({_COUNT}) ?[{_ALL_MEASURES}](?=[：:])")


def _noun_before(text: str, position: int) -> str:
    """The word a count follows when the count ends the name (做题四步：, 民营经济31条): one or two
    words of 2 to 4 Han characters ending at `position`, no function word, or ''."""
    spans = _word_spans(text)
    if position not in spans:
        return ""
    tokens = words(text)[: spans[position]]
    noun = ""
    for token in reversed(tokens[-2:]):
        if not _ALL_HAN.fullmatch(token) or _function_word(token) or han_len(token + noun) > 4:
            break
        noun = token + noun
    return noun if han_len(noun) >= 2 else ""


_BARE_AFTER_SERIES = re.compile(
    rf"(?:、[^，,。；;：:！!？?、]{{1,25}}?|[”」])({_CN_COUNT})(?=[\u4e00-\u9fff])"
)
_BEFORE_COLON = re.compile(r"([\u4e00-\u9fff]{2,8})[：:]")
_BARE_BEFORE_COLON = re.compile(rf"{_CN_COUNT}(?=[\u4e00-\u9fff]{{1,7}}[：:])")


@lru_cache(maxsize=4096)
def _word_spans(text: str) -> dict[int, int]:
    """Where each of the paragraph's words starts: its index in words(text), by position."""
    spans: dict[int, int] = {}
    position = 0
    for index, token in enumerate(words(text)):
        spans[position] = index
        position += len(token)
    return spans


def _words_from(text: str, position: int) -> list[str] | None:
    """The paragraph's words from `position` on (a few), or None when no word starts there."""
    index = _word_spans(text).get(position)
    return None if index is None else words(text)[index : index + 6]


def find_terms(paragraphs: list[Paragraph]) -> list[Term]:
    """Every concept the paragraphs name, once, with its members where the text spells them out."""
    paragraphs = [_defining(p) for p in paragraphs]
    namings: list[tuple[int, _Name]] = []
    for index, paragraph in enumerate(paragraphs):
        text = paragraph.text
        if not (_COUNT_THEN_MEASURE.search(text) or opens_quote(text) or _may_name_bare(text)):
            continue
        namings += [(index, name) for name in _names_in(text)]
    names: dict[str, list[tuple[int, _Name]]] = {}
    for index, name in _as_quoted(paragraphs, namings):
        names.setdefault(re.sub(r"[\s“”\"]", "", name.term), []).append((index, name))
    found = [term for named in names.values() if (term := _term_of(paragraphs, named))]
    found.sort(key=lambda t: (t.mentions[0].paragraph, t.mentions[0].start))
    return found


# A line that defines a short label with an equals sign (三劳 = 劳动者、劳动资料…), as notes do.
_DEFINITION = re.compile(r"^(\s*[^\s=＝：:，,。]{1,8})(\s*[=＝]\s*)(?=[^\s=＝]|$)")


def _defining(paragraph: Paragraph) -> Paragraph:
    """The paragraph with the equals sign of a definition read as the colon it stands for (of the
    same length, so every position stays)."""
    if "=" not in paragraph.text and "＝" not in paragraph.text:
        return paragraph
    text = _DEFINITION.sub(lambda m: m.group(1) + "：".ljust(len(m.group(2))), paragraph.text, count=1)
    return dataclasses.replace(paragraph, text=text) if text != paragraph.text else paragraph


def _as_quoted(paragraphs: list[Paragraph], namings: list[tuple[int, _Name]]) -> list[tuple[int, _Name]]:
    """The namings, an unquoted one spelled as the document quotes the concept where its words go
    on to the quoted name (“六个必须坚持” quoted, then 六个必须坚持是…: not 六个必须, whose noun ends at
    the verb): a name the document quotes is the concept's whole name."""
    quoted = {
        name.term: name.units
        for index, name in namings
        if paragraphs[index].text[name.start : name.start + 1] in "“「"
    }
    spelled: list[tuple[int, _Name]] = []
    for index, name in namings:
        text = paragraphs[index].text
        longer = [
            term
            for term in quoted
            if len(term) > len(name.term) and term.startswith(name.term) and text.startswith(term, name.start)
        ]
        if longer and text[name.start : name.start + 1] not in "“「":
            term = max(longer, key=len)
            name = _Name(term, quoted[term], name.start, name.start + len(term), True)
        spelled.append((index, name))
    return spelled


def _may_name_bare(text: str) -> bool:
    """Whether a bare count may stand in `text`: a numeral and a 、 or a colon (cheap tests first)."""
    return ("、" in text or "”" in text or "：" in text or ":" in text) and _NUMERAL.search(text) is not None


def _term_of(paragraphs: list[Paragraph], named: list[tuple[int, _Name]]) -> Term | None:
    """The concept of its namings: its members from the first naming that spells them out itself,
    else from the first whose text goes on to them."""
    for index, name in named:
        found = _members_at(paragraphs, index, name)
        if found:  # (whether a naming announces a list after it matters no more)
            mentions = [Mention(i, n.start, n.end, False) for i, n in named]
            return _term(paragraphs, index, name, *found, True, mentions)
    mentions = []
    for i, n in named:
        pointing = _announces(paragraphs[i].text, n)
        ending = not pointing and _ends_paragraph(paragraphs[i].text, n)
        mentions.append(Mention(i, n.start, n.end, pointing or ending, next_only=ending))
    for index, name in named:
        found = _members_after(paragraphs, index, name)
        if found:
            return _term(paragraphs, index, name, *found, False, mentions)
    for index, name in named:
        quoted = _members_quoted_beside(paragraphs[index].text, name)
        if quoted:  # (the prompt does not give them away)
            members, quotation = quoted
            prompt = naming_clause(paragraphs[index].text, name).replace(quotation, "……")
            return _term(paragraphs, index, name, members, prompt, True, mentions)
    for index, name in named:
        members = (
            _members_at_noun(paragraphs, index, name, named)
            or _abbreviated_elsewhere(paragraphs, index, name)
            or _subjects_after(paragraphs[index].text, name)
        )
        if members:
            return _term(
                paragraphs, index, name, members, naming_clause(paragraphs[index].text, name), False, mentions
            )
    if not any(name.strong for _, name in named):
        return None
    index, name = next((i, n) for i, n in named if n.strong)
    return _term(paragraphs, index, name, [], naming_clause(paragraphs[index].text, name), False, mentions)


def _term(
    paragraphs: list[Paragraph],
    index: int,
    name: _Name,
    members: list[str],
    prompt: str,
    inline: bool,
    mentions: list[Mention],
) -> Term:
    text = paragraphs[index].text
    return Term(
        term=name.term,
        count=name.count,
        sentence=_sentence_at(text, name.start),
        members=_without_group_names(members),
        line=paragraphs[index].line,
        prompt=prompt,
        inline=inline,
        mentions=mentions,
    )


# A count and its measure word (and noun) that end a member (生态空间三种类型空间, 防止规模性返贫这两条底线).
_GROUP_NAME = re.compile(rf"(?:这|等)?({_COUNT})[{_ALL_MEASURES}][\u4e00-\u9fff]{{0,6}}$")


def _counted_by_group(members: list[str]) -> bool:
    """Whether the last of a run of words (、) ends with a name of the group that counts them all
    (…、防止规模性返贫这两条底线): the text says where the members end."""
    group = _GROUP_NAME.search(members[-1]) if members else None
    return (
        bool(group)
        and cn_number(group.group(1)) == len(members)
        and han_len(members[-1][: group.start()]) >= 2
    )


def _without_group_names(members: list[str]) -> list[str]:
    """Members without the name a text gives a group of them right after its last (城镇空间、农业空间、
    生态空间三种类型空间 + …、生态保护红线三条控制线 for “三区三线”; 确保粮食安全、防止规模性返贫这两条
    底线): a count at a member's end that counts it and the members before it names their group."""
    bare = list(members)
    for i, member in enumerate(members):
        group = _GROUP_NAME.search(member)
        count = cn_number(group.group(1)) if group else None
        if group and count and 2 <= count <= i + 1 and han_len(member[: group.start()]) >= 2:
            bare[i] = member[: group.start()]
    return bare


def prompt_at(paragraph: Paragraph, term: Term, mention: Mention) -> str:
    """The clause that names a concept at one of its namings (see naming_clause)."""
    name = _Name(paragraph.text[mention.start : mention.end], (), mention.start, mention.end, True)
    return naming_clause(paragraph.text, name)


def _sentence_at(text: str, position: int) -> str:
    start = max((text.rfind(ch, 0, position) for ch in _SENTENCE_END), default=-1) + 1
    ends = [i for i in (text.find(ch, position) for ch in _SENTENCE_END) if i >= 0]
    return text[start : min(ends) + 1 if ends else len(text)].strip()


def _closes(text: str, name: _Name) -> bool:
    """Whether the naming ends its paragraph: the last few words of it, or of its last sentence
    when that ends in a colon (…以下四个层次：)."""
    rest = text[name.end :].rstrip()
    if any(ch in _SENTENCE_END for ch in rest[:-1]):
        return False
    return han_len(rest) <= 8 or rest.endswith(("：", ":"))


# Words that point ahead to what follows (从以下三个方面, 如下, 下面我讲三点).
_AHEAD = re.compile(r"以下|如下|下面|下列|从[^，,。]{0,8}$")


def _announces(text: str, name: _Name) -> bool:
    """Whether a naming closes its paragraph and points ahead to a list: its paragraph ends in a
    colon or asks a question, its sentence says 以下 or 下面 or counts from what (从三个方面来认识),
    or the paragraph is a heading (short, no full stop inside). A question that names it (…的十个方面
    重点任务中，排在第一位的是（）。) announces it wherever it names it: the answer lists them."""
    sentence_start = max((text.rfind(ch, 0, name.start) for ch in _SENTENCE_END), default=-1) + 1
    if not _closes(text, name):
        ends = [i for i in (text.find(ch, name.end) for ch in _SENTENCE_END) if i >= 0]
        asked = text[sentence_start : min(ends) + 1 if ends else len(text)]
        last = not strip_punct(text[min(ends) + 1 :]) if ends else True
        return last and ("（）" in asked or "()" in asked or asked.rstrip().endswith(("？", "?")))
    sentence = text[sentence_start:].rstrip()
    if (
        sentence.endswith(("：", ":", "？", "?"))
        or "（）" in sentence
        or _AHEAD.search(text[sentence_start : name.start])
    ):
        return True  # (a question's answer lists them too)
    # (a short line that ends in ； or ， is an item of a list, not a heading)
    plain = text.rstrip()
    return han_len(text) <= 25 and not any(ch in _SENTENCE_END for ch in plain) and plain[-1:] not in "；;，,"


def _ends_paragraph(text: str, name: _Name) -> bool:
    """Whether the name is the last words of its paragraph (…主要表现在四个方面。): what follows may
    be its list, though the sentence points nowhere; the list must count as many items."""
    return not strip_punct(text[name.end :])


def naming_clause(
    text: str,
    name: _Name,
    skip: int | None = None,
    tail: int | None = None,
    alone: bool = False,
    resume: int | None = None,
) -> str:
    """The clause of `text` that names the concept: from its start (or, when that is short and not
    `alone`, the clause before's) to the name, and on to `tail` or a few words after; without the
    members when they stand before the name (from `skip` on, up to `resume` when words stand
    between them and the name)."""
    breaks = "，,。；;：:！!？?\n"
    clause_start = max((text.rfind(ch, 0, name.start) for ch in breaks), default=-1) + 1
    head = text[clause_start : skip if skip is not None and skip >= clause_start else name.start]
    if skip is not None and skip >= clause_start and resume is not None:
        head += text[resume : name.start]  # (与____并称“三大工程”: the words after the members)
    if head.endswith("、") and "“" in head:  # 简记为“两个确保、三个提升”: one of a quoted list
        head = head[: head.rindex("“")]
    head = _MARKER.sub("", head, count=1) if _marked(head) and not head.startswith(("“", "「")) else head
    if (
        han_len(head) + han_len(name.term) < 6
        and clause_start > 0
        and text[clause_start - 1] in "，,"
        and not alone
    ):
        before = max((text.rfind(ch, 0, clause_start - 1) for ch in breaks), default=-1) + 1
        head = text[before:clause_start] + head
    if tail is None:
        tail = next((i for i in range(name.end, len(text)) if text[i] in _CLAUSE_END), len(text))
        if tail - name.end > 6 or text[name.end : tail].startswith(("是", "为", "即", "有")):
            tail = name.end
    head = head.lstrip()
    if han_len(head) > 24:
        head = "……" + head[-16:]
    return _balanced((head + text[name.start : tail]).replace("*", "").strip().rstrip(" ：:，,、"))


def _balanced_quotes(text: str) -> bool:
    return text.count("“") == text.count("”")


def _balanced(text: str) -> str:
    """`text` without quotes and brackets whose partner it lacks."""
    for opening, closing in ("“”", "「」", "（）", "()", "《》"):
        if text.count(opening) != text.count(closing):
            text = text.replace(opening, "").replace(closing, "")
    return text


# --- members ---------------------------------------------------------------------------------

# What cuts a run of members, by rank: words (、), clauses (，), sentences (；), full stops, lines.
_RANK = {"、": 1, "，": 2, ",": 2, "；": 3, ";": 3, "。": 4, "！": 4, "？": 4, "!": 4, "?": 4, "\n": 5}
_END_RANK = 6
_OPENERS = "（(《"
_CLOSERS = "）)》"
_MARKER = re.compile(
    r"^\s*(?:[^\u4e00-\u9fffA-Za-z0-9“「《（(\s]+|"  # bullets and symbols (——, ✔, -, ①)
    r"[（(][一二三四五六七八九十\d]{1,3}[)）]|"
    r"[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*(?:[、．)）]|\.(?!\d))|"
    r"(?:其|是)?[一二三四五六七八九十]{1,3}是(?![否非])|"
    r"第[一二三四五六七八九十]{1,3}(?:[,，、:：]|(?:个|条|项|点|步)?是)|"
    r"(?:首先|其次|再次|然后|最后|另外|此外)[,，、:：]?|即|"
    r"[\u4e00-\u9fff]{1,4}[一二三四五六七八九十\d]{1,2}[:：])\s*"  # a word and its number (分论点一：)
)
# What hands over to the members right after a name: a colon, 即, 就是, 包括…
_INTRODUCER = re.compile(
    r"^(?:[:：]|[，,]?(?:即|就是|包括|分别是|分别为|是指|指的是|具体是|具体为|主要是|主要包括)[:：]?)"
)
# A few words may stand between a name and its introducer (“七个着力”的要求：, “三融五跨”也要一起背：).
_GAP = re.compile(
    r"^[”」）)*_\s]*(?:[\u4e00-\u9fff]{0,6}?[*_\s]*(?=[:：（(]|[，,]?(?:即|就是|包括|分别是)))?"
)
_POINTS_BACK = re.compile(r"(?:这|此|上述|以上|前述|这些)[“「]?$")
_CLAUSE_BREAKS = "，,；;：:。！？!?"
# A time frame that opens a member (到2035年，…): the member is the clause after it.
_TIME_FRAME = re.compile(r"^(?:到|至|截至|在|从)[^，,]{0,10}(?:年|月|前|后|时|底|末|中叶|期间)$")


@dataclass(frozen=True)
class _Segment:
    text: str
    separator: str  # the separator run after it, as written ('' at the end)
    rank: int  # its rank (_END_RANK at the end)


def _cut(text: str) -> list[_Segment]:
    """`text` cut at each run of separators outside brackets.

    Two quotations side by side (“访民情”“解民忧”), a single dash or plus between words (准入—办事,
    党组织+业委会), an arrow between steps (读题干 → 圈资料) and a slash between phrases (必须坚持人民至上
    / 必须坚持自信自立) part words, as 、 does.
    """
    segments: list[_Segment] = []
    depth = 0
    current = separator = ""
    rank = 0
    for i, ch in enumerate(text):
        here = 0
        if depth == 0:
            here = _RANK.get(ch, 0)
            between = 0 < i < len(text) - 1 and text[i - 1] not in "—" and text[i + 1] not in "—"
            if not here and ch in "—+＋→/／" and between and not (ch in "/／" and _digits_around(text, i)):
                here = 1
            if not here and not rank and ch == "“" and i > 0 and text[i - 1] == "”" and current:
                segments.append(_Segment(current, "", 1))
                current = ""
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth = max(0, depth - 1)
        if here:
            rank = max(rank, here)
            separator += ch
            continue
        if rank:
            segments.append(_Segment(current, separator, rank))
            current, separator, rank = "", "", 0
        current += ch
    segments.append(_Segment(current, separator, max(rank, _END_RANK)))
    return [s for s in segments if s.text.strip()]


def _digits_around(text: str, i: int) -> bool:
    """Whether a slash stands between digits (2024/1/31, 1/3): a date or a fraction, no separator."""
    return text[i - 1 : i].isdigit() or text[i + 1 : i + 2].isdigit()


def _level_parts(segments: list[_Segment], level: int) -> list[_Segment]:
    """The segments joined across separators finer than `level`."""
    parts: list[_Segment] = []
    current = ""
    for segment in segments:
        current += segment.text
        if segment.rank >= level:
            parts.append(_Segment(current, segment.separator, segment.rank))
            current = ""
        else:
            current += segment.separator
    if current.strip():
        parts.append(_Segment(current, "", _END_RANK))
    return parts


def _bare(part: str) -> str:
    """A member as a card asks it: without its marker, its opening clause, no outer punctuation."""
    text = _MARKER.sub("", part.strip(), count=1).strip()
    if any(ch in text for ch in _CLAUSE_BREAKS):
        pieces = [p for p in re.split(f"[{_CLAUSE_BREAKS}]", text) if p.strip()]
        paired = _PAIRED.match(text)
        titled = _TITLE_SENTENCE.match(text)
        if paired:  # 既重视发展问题，又重视安全问题: one member in two clauses
            text = paired.group()
        elif titled:  # 一是建组织。在改造小区…: a sentence of a few words titles the member
            text = titled.group(1)
        else:
            text = (
                pieces[1]
                if len(pieces) > 1 and _TIME_FRAME.match(pieces[0].strip())
                else opening_clause(text)
            )
    text = re.sub(r"[*_\s]+$", "", text).strip(" \t\n、" + _CLAUSE_BREAKS)
    if text.endswith("的") and han_len(text) > 2:  # a line broken after 的 (…生活纪律的\n顺序)
        text = text[:-1]
    note = _TRAILING_NOTE.search(text)
    if note and han_len(text[: note.start()]) >= 2:  # 示范引领（2003—2007）: a note on the member
        text = text[: note.start()].rstrip()
    return _unquoted(text)


# Two clauses that say one thing (既…，又…; 既…，也…).
_PAIRED = re.compile(r"^既[^，,。；;：:！!？?]+[，,]\s*(?:又|也)[^，,。；;：:！!？?]+")
# A sentence of two or three words that opens a member and titles it (建组织。).
_TITLE_SENTENCE = re.compile(r"^([\u4e00-\u9fff]{2,3})[。！!](?=\s*[\u4e00-\u9fff“「])")
# Words in brackets at a member's end: a note on it (years, an example, its own parts).
_TRAILING_NOTE = re.compile(r"[（(][^（）()]*[）)]$")


def _unquoted(text: str) -> str:
    """`text` without quotes at its ends that enclose it or have no partner in it."""
    if text.startswith("“") and text.endswith("”") and text.count("“") == 1:
        return text[1:-1].strip()
    if text.endswith("“"):
        text = text[:-1]
    if text.startswith("“") and "”" not in text:
        text = text[1:]
    if text.endswith("”") and "“" not in text:
        text = text[:-1]
    return text.strip()


def _marked(part: str) -> bool:
    match = _MARKER.match(part)
    return bool(match and match.group().strip())


def _unwrap_copula(members: list[str]) -> list[str]:
    """A 是-run (中国式现代化是…的现代化，是…的现代化) lists what follows each 是."""
    if len(members) < 2 or not all(m.startswith("是") for m in members[1:]) or "是" not in members[0]:
        return members
    return [members[0].split("是", 1)[1]] + [m[1:] for m in members[1:]]


# What a member may open with that only counts it (一个是“改革”，一个是“现代化”; 一种是“浮”; 其一，…).
_COUNTING_LABEL = re.compile(r"^(?:(?:另)?一[个种类]是|其[一二三四五六七八九十][，,：:]?)\s*")


def _unlabelled(members: list[str]) -> list[str]:
    """Members without the label each opens with when all do (一个是“改革” -> 改革)."""
    bare = [_COUNTING_LABEL.sub("", m, count=1) for m in members]
    if len(members) < 2 or any(b == m or not han_len(b) for b, m in zip(bare, members, strict=True)):
        return members
    return [_unquoted(b) for b in bare]


def _ordinal(number: int) -> str:
    """A count as its ordinal is written: 一 to 九十九, or its digits (第1、第１)."""
    digits = "一二三四五六七八九"
    tens, ones = divmod(number, 10)
    written = (
        (digits[tens - 1] if tens > 1 else "") + "十" + (digits[ones - 1] if ones else "") if tens else ""
    )
    written = written or digits[ones - 1]
    wide = str(number).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    return f"(?:{written}|{number}|{wide})"


def _ordinal_label(number: int, unit: Unit) -> re.Pattern[str]:
    """The label of the concept's `number`-th member: 第一种形态：, 第二个答案——, 第五个“新”，是."""
    noun = re.escape(unit.noun[:2])
    return re.compile(
        rf"第{_ORDINAL_PLACEHOLDER}[{_ALL_MEASURES}]?(?:方面)?[“「]?{noun}[^，,。；;：:！!？?“”「」]{{0,3}}?[”」]?"
        r"\s*(?:[：:]|——|—|[，,]?是|[，,])\s*".replace(_ORDINAL_PLACEHOLDER, _ordinal(number))
    )


_ORDINAL_PLACEHOLDER = "\x00"


_ORDINAL_ONLY = re.compile(
    rf"^第(?:[一二三四五六七八九十]{{1,3}}|\d{{1,2}})[{_ALL_MEASURES}]?[“「]?[\u4e00-\u9fff]{{0,4}}[”」]?$"
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
        label = _ordinal_label(number, units[0]).search(part)
        member = clauses(part[label.end() :])[:1] if label else []
        if not member:
            return []
        members.append(_unquoted(member[0]))
    return members


def _keywords(units: tuple[Unit, ...]) -> list[tuple[str, bool]]:
    """Each member's keyword (its unit's noun), and whether it may be spread out in the member
    (不敢腐 for 三不腐: a concept without a measure word abbreviates its members)."""
    keys: list[tuple[str, bool]] = []
    for unit in units:
        keys += [(unit.noun, not unit.measured)] * unit.count
    return keys


def _holds(member: str, keyword: str, spread: bool) -> bool:
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


def _all_hold(members: list[str], keys: list[tuple[str, bool]]) -> bool:
    return len(keys) == len(members) and all(_holds(m, k, s) for m, (k, s) in zip(members, keys, strict=True))


def _common_edge(members: list[str]) -> int:
    """Characters every member shares at its start, or else at its end."""
    prefix = 0
    while all(len(m) > prefix and m[prefix] == members[0][prefix] for m in members):
        prefix += 1
    suffix = 0
    while all(len(m) > suffix and m[-1 - suffix] == members[0][-1 - suffix] for m in members):
        suffix += 1
    return max(prefix, suffix)


def _alike(raw: list[str], members: list[str], keys: list[tuple[str, bool]]) -> int:
    """How much members look like one concept's: they say its word (3), share an opening or an
    ending (2), carry markers (2)."""
    score = 3 * _all_hold(members, keys)
    # (a pair may share only the word that opens parallel phrases: 同中国具体实际、同中华…)
    shared = _common_edge(members) >= (1 if len(members) >= 3 else 2) or _common_prefix(members)[:1] in tuple(
        _PARALLEL_OPENERS
    )
    return score + 2 * shared + 2 * all(_marked(p) for p in raw)


def split_members(text: str, units: tuple[Unit, ...], introduced: bool, longest: int = 50) -> list[str]:
    """The concept's members at the start of `text`: as many as its count, cut at the separator
    that gives them best: they look alike (see _alike), end where a coarser separator does (1),
    fill the text exactly (1). Members nobody introduced (no colon, no 即 before them) must look alike.
    """
    paired = _paired(units)
    if paired:  # 三讲三听 lists six (讲政策…听建议); 三抓三促 three that say both (抓学习促提升…)
        return _split_members(text, units, introduced, longest) or _split_members(
            text, paired, introduced, longest
        )
    return _split_members(text, units, introduced, longest)


def _paired(units: tuple[Unit, ...]) -> tuple[Unit, ...] | None:
    """A concept of words counted alike (三讲三听, 三抓三促) as one of members that say them all."""
    if len(units) > 1 and not any(u.measured for u in units) and len({u.count for u in units}) == 1:
        return (Unit(units[0].count, "".join(u.noun for u in units), False),)
    return None


def _split_members(text: str, units: tuple[Unit, ...], introduced: bool, longest: int) -> list[str]:
    keys = _keywords(units)
    count = len(keys)
    if count < 2:
        return []
    segments = _cut(text)
    best: tuple[int, list[str]] | None = None
    for level in range(1, 6):
        parts = _level_parts(segments, level)
        if level == 1 and count >= 3:
            parts = _split_joined(parts, count)  # A、B和C: the last word holds two
        if len(parts) < count:
            continue
        raw = [p.text for p in parts[:count]]
        labelled = _after_ordinals(raw, units)  # 第一个答案——…；…第二个答案——…
        copied = _unwrap_copula([_bare(p) for p in raw])
        members = labelled or _unlabelled(copied)
        counted = members != copied and not labelled  # (一个是…，一个是…: alike)
        if level == 1 and not labelled:
            members = _trimmed(members, [p.rank for p in parts[:count]])
        if level >= 3 and not labelled:
            members = _clauses_saying(raw, members, keys)
        if any(not 1 <= han_len(m) <= longest for m in members):
            continue
        alike = (
            _alike(raw, members, keys)
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


def _clauses_saying(raw: list[str], members: list[str], keys: list[tuple[str, bool]]) -> list[str]:
    """Each member as the clause of its part that says an abbreviated concept's word, where its
    opening clause does not (改不改，问需于民；改什么，问计于民 for 四问于民: 问需于民), when every
    part has one."""
    if _all_hold(members, keys) or not all(spread for _, spread in keys):
        return members
    saying = []
    for part, (key, spread) in zip(raw, keys, strict=True):
        pieces = [_bare(p) for p in re.split(f"[{_CLAUSE_BREAKS}]", part) if p.strip()]
        holding = [p for p in pieces if _holds(p, key, spread)]
        if len(holding) != 1:
            return members
        saying.append(holding[0])
    return saying


def _split_joined(parts: list[_Segment], count: int) -> list[_Segment]:
    """The parts with the last word of the opening run of words (parts cut at 、) split at a
    joining 和/及/与, when the run is one word short of the count (…、资源利用上线和生态环境准入清单)."""
    run = next((i for i, p in enumerate(parts) if p.rank > 1), len(parts) - 1) + 1
    if run != count - 1:
        return parts
    last = parts[run - 1]
    joined = re.split(r"(和|及|与|以及)", last.text, maxsplit=1)
    if len(joined) != 3 or han_len(joined[0]) < 2 or han_len(joined[2]) < 2:
        return parts
    split = [_Segment(joined[0], joined[1], 1), _Segment(joined[2], last.separator, last.rank)]
    return [*parts[: run - 1], *split, *parts[run:]]


def _trimmed(members: list[str], ranks: list[int], every: bool = False) -> list[str]:
    """A run of words (、) whose first word carries its clause's verb (推进技术融合) or whose last
    runs on (跨业务的协同管理和服务): cut to their siblings' length. `members` are all runs of a
    text when `every`: each word is cut against its own run's."""
    if every:
        runs: list[str] = []
        run_start = 0
        for i, rank in enumerate(ranks):
            if rank >= 2 or i == len(ranks) - 1:
                runs += _trimmed(members[run_start : i + 1], [*ranks[run_start:i], 2])
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
            trimmed[i] = _first_member(member, siblings)
        elif closes_run and not re.match("[^的]*[和及与]", member):  # (会展商贸和文化体育 is one)
            trimmed[i] = _last_member(member, siblings)
    return trimmed


# Characters that open a phrase before a member, never a member itself (以响应率、解决率…: 响应率).
_PREPOSITIONS = "以在对把从向将按由为让使给被"
_OPENING_PREPOSITIONS = ("按照", "根据", "通过", "围绕", "对于", "关于", "依据", "依照", "按", "经过")
_CONJUNCTIONS = ("和", "与", "及", "以及", "或", "同", "、")
# Characters a member does not end with (跨业务的协同管理 -> 跨业务, not 跨业务的).
_TRAILING = "的之和与及等为是"


def _first_member(part: str, sibling_lengths: list[int], verb_first: bool = False) -> str:
    """The member at the end of `part` (列出依法履职事项 -> 依法履职事项): the part without up to
    six characters of words before it (a verb, an adverb), nearest its siblings' length; as long
    as its siblings when they are one or two characters each (建立好县、乡、村 -> 县). A member
    never opens right after a 和 inside it (地方党委和政府的领导责任).

    `verb_first`: the part opens a clause that goes on from the one before, with its verb (…，守牢
    粮食安全和不发生规模性返贫两条底线; …，围绕新能源汽车零部件、电子信息…): the member is the part
    without its first word, when that word has two characters or more; of a pair, whose one sibling
    says little of its length, the part without one or more words, nearest that length.
    """
    size = sibling_lengths[0]
    if size <= 2 and all(n == size for n in sibling_lengths) and han_len(part[-size:]) == size:
        return part[-size:]
    tokens = words(part)
    rest = "".join(tokens[1:])
    pair = len(sibling_lengths) == 1
    opens_with_verb = verb_first and not pair and len(tokens[0]) >= 2 and han_len(rest) >= 2
    member_after_verb = bool(_ALL_HAN.match(rest)) and not rest.startswith(_OPENING_PREPOSITIONS)
    if opens_with_verb and member_after_verb and tokens[1] not in _CONJUNCTIONS:
        return _unquoted(rest)
    options = []
    for i in range(len(tokens)):
        if han_len("".join(tokens[:i])) > (8 if pair else 6):
            break
        option = "".join(tokens[i:])
        if i and (not _ALL_HAN.match(option) or option.startswith(_OPENING_PREPOSITIONS)):
            continue  # a member opens with none of these (》分则…, 按照政治纪律)
        if i and tokens[i - 1] in _CONJUNCTIONS:
            break  # (the member goes on across its 和)
        if i and "的" in "".join(tokens[:i]) + tokens[i][:1]:
            break  # a 的 ties the words after it to those before (宣传党的路线方针政策下基层 is one)
        if tokens[i] in _CONJUNCTIONS:
            continue
        if han_len(option) and not (i and len(option) > 1 and option[0] in _PREPOSITIONS):
            options.append(option)
    if verb_first and pair and len(tokens[0]) >= 2 and any(o != part and han_len(o) >= 2 for o in options):
        options = [o for o in options if o != part]
    target = statistics.median(sibling_lengths)
    # the first word before a series is most often its clause's verb (推进保障性住房建设、…)
    nearest = min(
        options, key=lambda o: (abs(han_len(o) - target) + 1.5 * (o == part), han_len(o)), default=part
    )
    return _unquoted(nearest)


def _last_member(part: str, sibling_lengths: list[int]) -> str:
    """The member at the start of `part` (满意率为核心 -> 满意率): its first words, as long as its siblings."""
    tokens = words(part)
    target = statistics.median(sibling_lengths)  # (a sibling still to be cut says nothing of it)
    options = [
        "".join(tokens[:i])
        for i in range(1, len(tokens) + 1)
        if han_len("".join(tokens[:i])) and tokens[i - 1][-1] not in _TRAILING
    ]
    return _unquoted(min(options, key=lambda o: (abs(han_len(o) - target), -han_len(o)))) if options else part


def _members_at(paragraphs: list[Paragraph], index: int, name: _Name) -> tuple[list[str], str] | None:
    """The members the naming itself spells out (after it, before it, or in the sentence before
    when it points back), and the clause that names it."""
    text = paragraphs[index].text
    if name.units[0].characters:
        return _members_by_characters(paragraphs, index, name)
    introduced = _members_introduced(paragraphs, index, name)
    if introduced:
        members, skipped = introduced
        return members, naming_clause(text, name, tail=name.end + skipped)
    before = _members_before(text, name)
    if before:
        members, start = before
        together = _NAMED_TOGETHER.search(text[start : name.start].rstrip("“「"))
        resume = start + together.end(1) if together else None
        return members, naming_clause(text, name, skip=start, resume=resume)
    if _points_back(text, name):
        members = _members_pointed_back(paragraphs, index, name)
        if members:  # (the clause before may hold the members: the prompt is the naming's own)
            return members, naming_clause(text, name, alone=True)
    return None


def _members_introduced(paragraphs: list[Paragraph], index: int, name: _Name) -> tuple[list[str], int] | None:
    """The members right after a name in its sentence, introduced by a colon, 即…, or brackets (or,
    after a strong name, a comma), and how many characters stand between the name and them."""
    text = paragraphs[index].text
    after = text[name.end :]
    sentence_end = next((i for i, ch in enumerate(after) if ch in _SENTENCE_END), len(after))
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
            members = split_members(rest[1:close], name.units, introduced=True)
            rest = "" if members else rest[close + 1 :]
    introducer = _INTRODUCER.match(rest)
    if introducer:
        body = rest[introducer.end() :]
        members = _saying_their_word(split_members(body, name.units, introduced=True), body, name)
        if not members and sentence_end == len(after):  # run on to the next line (hard-wrapped text)
            members = split_members(body + "".join(_run_on(paragraphs, index)), name.units, introduced=True)
    elif name.strong and rest.startswith(("，", ",")):
        members = split_members(rest[1:], name.units, introduced=False)
    return (members, skipped) if members else None


def _saying_their_word(members: list[str], body: str, name: _Name) -> list[str]:
    """The members, or [] when the text after the naming opens with the concept's word and says it
    again (六个“如何始终”：如何始终…；如何始终…) and fewer than half of them say it: they are cut in the wrong places (the
    sentence goes on to the next line, hard-wrapped)."""
    if len(name.units) != 1 or not name.units[0].measured or not members:
        return members
    key = name.units[0].noun.strip('“”"')
    if han_len(key) < 2 or body.count(key) < 2 or not body.lstrip(' “"').startswith(key):
        return members
    return members if 2 * sum(1 for m in members if key in m) >= len(members) else []


# How far from a naming (in paragraphs) the concept's noun alone may spell its members out: a noun
# of two characters (方面, 战略) is said everywhere, a longer one (战略性产业, 本质要求) is the concept's.
NOUN_REACH = 3


def _members_at_noun(
    paragraphs: list[Paragraph], index: int, name: _Name, named: list[tuple[int, _Name]]
) -> list[str]:
    """The members spelled out where the text says the concept's noun without its count, as many as
    the count, nearest the naming first: a series right before the noun (…、量子科技等战略性产业 for
    “8大战略性产业”; …、颠覆性技术创新 for “四类技术创新”) or introduced after it (本质要求（九条）：A，B…
    for “九条本质要求”). A text names a set in one place and writes it out in another."""
    if len(name.units) != 1 or name.units[0].characters or not name.strong:
        return []
    noun = name.units[0].noun
    if han_len(noun) < 2 or not _ALL_HAN.fullmatch(noun):
        return []
    reach = NOUN_REACH if len(noun) == 2 else len(paragraphs)
    spans = {(i, n.start, n.end) for i, n in named}
    places: list[tuple[int, int, int]] = []
    for at in range(max(0, index - reach), min(len(paragraphs), index + reach + 1)):
        text = paragraphs[at].text
        start = text.find(noun)
        while start >= 0:
            end = start + len(noun)
            named_here = any(i == at and s <= start < e for i, s, e in spans)
            # the noun whole (not 维护 of 维护稳定), not after a separator (a member's opening) nor
            # counted (another naming) nor numbered (分论点一: the label of one member)
            whole = start in _word_spans(text) and (end in _word_spans(text) or end == len(text))
            counted = re.search(rf"(?:{_COUNT}|一)[{_ALL_MEASURES}]?[“「]?$", text[max(0, start - 4) : start])
            numbered = re.match(rf"[“”」]?(?:{_COUNT}|一|[\dA-Za-z])", text[end : end + 2])
            opening = text[start - 1 : start] in ("、", "，", ",", "；", ";") if start else False
            if whole and not (named_here or counted or numbered or opening):
                places.append((abs(at - index), at, start))
            start = text.find(noun, end)
    for _, at, start in sorted(places):
        here = _Name(noun, name.units, start, start + len(noun), name.strong)
        found = _members_introduced(paragraphs, at, here) or _members_before(paragraphs[at].text, here)
        if found and not any(has_term(m) or _names_count(m) or not _ALL_HAN.search(m) for m in found[0]):
            return _ending_in_noun(found[0], noun)  # (not 三个分论点句式统一，…: the naming again)
    return []


def _abbreviated_elsewhere(paragraphs: list[Paragraph], index: int, name: _Name) -> list[str]:
    """The members of a concept that abbreviates them by one character they open with (五进: 进企业、
    进农村…; 三农: 农业、农村、农民), written as a series of short words anywhere in the text, exactly as
    many as the count, nearest the naming first."""
    if len(name.units) != 1 or name.units[0].measured or len(name.units[0].noun) != 1 or name.count < 3:
        return []
    keys = _keywords(name.units)
    for at in sorted(range(len(paragraphs)), key=lambda i: abs(i - index)):
        text = paragraphs[at].text
        if text.count(keys[0][0]) < name.count or "、" not in text:
            continue
        # (a quoted series whole, else the run of a clause)
        runs = [q.group(1) for q in _QUOTED_SERIES.finditer(text)] + re.split(f"[{_CLAUSE_BREAKS}]", text)
        for run in runs:
            found = _run_saying(run, keys, False)
            if found and all(2 <= han_len(m) <= 6 and m.startswith(keys[0][0]) for m in found[1]):
                return found[1]
    return []


def _subjects_after(text: str, name: _Name) -> list[str]:
    """The members of a concept that abbreviates each by the character its name ends with (三会一课:
    …大会, …委员会, …小组会, 党课), as the subjects of the clauses after the naming in its sentence,
    one clause each, in order (规定支部党员大会每季度至少召开1次，支部委员会每月…，党课每季度…)."""
    units = name.units
    if len(units) < 2 or any(u.measured or len(u.noun) != 1 for u in units):
        return []
    keys = [key for key, _ in _keywords(units)]
    end = next((i for i in range(name.end, len(text)) if text[i] in _SENTENCE_END), len(text))
    parts = [p.strip() for p in re.split("[，,；;、]", text[name.end : end]) if p.strip()]
    for first in range(len(parts) - len(keys) + 1):
        run = parts[first : first + len(keys)]
        subjects = []
        for part, key in zip(run, keys, strict=True):
            said = ""
            for token in words(part):
                said += token
                if token.endswith(key):
                    break
            else:
                break
            if han_len(said) > 8:
                break
            subjects.append(said)
        if len(subjects) == len(keys):
            # (the first clause may open with its verb: 规定支部党员大会 -> 支部党员大会)
            subjects[0] = _first_member(subjects[0], [han_len(m) for m in subjects[1:]], verb_first=True)
            return subjects
    return []


def _ending_in_noun(members: list[str], noun: str) -> list[str]:
    """The last member with the opening of the noun its siblings end with (颠覆性 of 颠覆性技术创新,
    beside 关键共性技术: 颠覆性技术)."""
    ending = _common_suffix(members[:-1]) if len(members) >= 3 else ""
    while ending and not noun.startswith(ending):
        ending = ending[1:]
    if ending and not members[-1].endswith(ending):
        return [*members[:-1], members[-1] + ending]
    return members


# A clause that opens by pointing back (这五个“新”, （这个机制共５个方面, 这就是我们常说的“两个结合”).
_OPENS_POINTING_BACK = re.compile(r"^[（(“「\s]*(?:这|此|上述|以上|前述)[^，,。；;：:！!？?]{0,8}$")


# A bracketed note that opens right after a sentence (…。（五个“以”): it names what that sentence says.
_NOTE_AFTER_SENTENCE = re.compile(r"[。！？!?]\s*[（(]\s*$")


def _points_back(text: str, name: _Name) -> bool:
    """Whether a naming points back to members before it: 这 right before it, or at the opening
    of its clause a few words before (a name of one character only so)."""
    if name.strong and _POINTS_BACK.search(text[max(0, name.start - 4) : name.start]):
        return True
    if _NOTE_AFTER_SENTENCE.search(text[: name.start]):
        return True  # …以促进国际安全为依托。（五个“以”，…）: a note that names the sentence before
    clause_start = max((text.rfind(ch, 0, name.start) for ch in "，,。；;：:！!？?（("), default=-1)
    return _OPENS_POINTING_BACK.match(text[clause_start + 1 : name.start]) is not None


def _members_by_characters(
    paragraphs: list[Paragraph], index: int, name: _Name
) -> tuple[list[str], str] | None:
    """The words of a concept named by their characters (十二字方针, “二十字”标准): words of one length
    in a run of 、 whose characters add up to the count; nearest in the rest of the naming's sentence,
    else its sentence before it, else (where the naming closes its paragraph) the next paragraph."""
    text = paragraphs[index].text
    start = max((text.rfind(ch, 0, name.start) for ch in _SENTENCE_END), default=-1) + 1
    after = text[name.end :]
    windows = [after[: next((i + 1 for i, ch in enumerate(after) if ch in _SENTENCE_END), len(after))]]
    windows.append(text[start : name.start])
    if _closes(text, name) and index + 1 < len(paragraphs):
        windows.append(paragraphs[index + 1].text)
    for window in windows:
        members = _words_adding_up(window, name.count)
        if members:
            return members, naming_clause(text, name)
    return None


def _words_adding_up(text: str, characters: int) -> list[str]:
    """The first run of words cut at 、 (the first may follow a verb, the last run on: 坚持安全第一、
    预防为主、综合治理的方针) that are all as long and have `characters` characters in all."""
    segments = _cut(text)
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
                    all(han_len(w) == length and _ALL_HAN.fullmatch(w) for w in inner)
                    and all(_ALL_HAN.fullmatch(w) for w in (head, tail))
                    and (exact or inner)
                ):
                    return [head, *inner, tail]
    return []


def _members_quoted_beside(text: str, name: _Name) -> tuple[list[str], str] | None:
    """The words of a quotation in the naming's sentence, in another clause, as many as the count
    and nearest the name (“教育、科技、人才”要与“三位一体”部署呼应; “总论点＋3个分论点＋结尾”的结构，
    分论点按照“守正—创新—惠民”设置), in a clause that says the concept's noun or in the naming's own
    clause: a series quoted beside a concept is its members; and the quotation's words."""
    if len(name.units) != 1 or name.units[0].characters or name.count < 2:
        return None
    start = max((text.rfind(ch, 0, name.start) for ch in _SENTENCE_END), default=-1) + 1
    ends = [i for i in (text.find(ch, name.end) for ch in _SENTENCE_END) if i >= 0]
    end = min(ends) if ends else len(text)
    found: list[tuple[int, list[str], str]] = []
    for quote in _QUOTED_SERIES.finditer(text, start, end):
        if quote.start() <= name.start < quote.end() or quote.start() <= name.end - 1 < quote.end():
            continue  # (the name's own quotation)
        words_ = [s.text.strip() for s in _cut(quote.group(1))]
        if len(words_) != name.count or any(
            not 1 <= han_len(w) <= 8 or not _ALL_HAN.fullmatch(w) for w in words_
        ):
            continue
        clause_start = max((text.rfind(ch, start, quote.start()) for ch in _CLAUSE_BREAKS), default=-1) + 1
        clause_end = min(
            (i for i in (text.find(ch, quote.end()) for ch in _CLAUSE_BREAKS) if i >= 0), default=end
        )
        clause = (
            text[clause_start : min(clause_end, name.start)] + text[max(clause_start, name.end) : clause_end]
        )
        between = (
            text[quote.end() : name.start] if quote.end() <= name.start else text[name.end : quote.start()]
        )
        same_clause = not any(ch in _CLAUSE_BREAKS for ch in between)  # (“教育、科技、人才”要与…“三位一体”)
        if name.units[0].noun in clause or same_clause:  # (分论点按照“守正—创新—惠民”设置), besides the name
            distance = min(abs(quote.start() - name.end), abs(name.start - quote.end()))
            found.append((distance, words_, quote.group(1)))
    if not found:
        return None
    _, members, quotation = min(found)
    return members, quotation


_QUOTED_SERIES = re.compile(r"[“「]([^”」]{3,60})[”」]")


def _run_on(paragraphs: list[Paragraph], index: int) -> list[str]:
    """The lines a paragraph that stops mid-sentence (after 、 or ，, or a character) runs on to,
    up to the end of the sentence, at most two."""
    lines: list[str] = []
    text = paragraphs[index].text.rstrip()
    for paragraph in paragraphs[index + 1 : index + 3]:
        if not text or text[-1] in _SENTENCE_END + "：:" or _marked(paragraph.text):
            break
        lines.append(paragraph.text)
        text = paragraph.text.rstrip()
    return lines


def _members_before(text: str, name: _Name) -> tuple[list[str], int] | None:
    """Exactly as many members as the count right before the name in its clause (A、B和C“三大工程”;
    “准入—办事—监管”五个环节), and where they start."""
    count = name.count
    if count < 2 or (count < 3 and not name.strong) or (count < 3 and not name.units[0].measured):
        return None
    clause_start = max((text.rfind(ch, 0, name.start) for ch in "，,。；;：:！!？?\n"), default=-1) + 1
    marker = _MARKER.match(text, clause_start)
    if marker and marker.group().strip() and not marker.group().strip().startswith("“"):
        clause_start = marker.end()  # （1）严肃处理…: the marker is no part of the first member
    head = re.sub(r"(?:的|等|这|共|这些)?[“「]?$", "", text[clause_start : name.start])
    head = _NAMED_IN_BRACKETS.sub("", head)  # 推动A、B深度融合（简称“两个融合”）
    quotations = _JOINED_QUOTATIONS.search(head)
    if quotations:  # 紧扣“为民服务”与“干部成长”两条主线: each quotation a member
        members = [q.strip() for q in re.findall(r"[“「]([^”」]+)[”」]", quotations.group())]
        if len(members) == count and all(1 <= han_len(m) <= 25 for m in members):
            return members, clause_start + quotations.start()
        return None
    if head.endswith("”") and "“" in head:
        opening = head.rindex("“")
        members = [s.text.strip() for s in _cut(head[opening + 1 : -1])]
        if len(members) == count and all(1 <= han_len(m) <= 25 for m in members):
            return members, clause_start + opening
        return None
    chain = _chain(head, name)
    if chain:  # 从家门到校门再到机关门的“三门”: the stages of a way from one to the next
        members, start = chain
        return members, clause_start + start
    together = _NAMED_TOGETHER.search(head)
    if together and clause_start > 1:  # X：与A、B并称“三大工程”: X is the first of them
        subject = _subject_before(text, clause_start - 1)
        pieces = [s.text for s in _cut(together.group(1))]
        members = [subject, *(_unquoted(p.strip()) for p in pieces)]
        if subject and len(members) == count and all(1 <= han_len(m) <= 25 for m in members):
            return members, clause_start + together.start(1) - 1
        return None
    segments = _cut(head)
    if any(s.rank > 1 for s in segments[:-1]):
        return None
    pieces = [s.text for s in segments]
    if len(pieces) == count - 1:  # A、B和C三大工程; a pair: 生产许可和CCC认证“两项制度”
        joined = re.split(r"(和|与|及|以及)", pieces[-1])
        # (坚持和落实“两个毫不动摇”: a verb of two characters after 和 says what the clause does; 把A和B
        # 作为践行“两个维护”的…: a pair followed by a verb of its own)
        verbs = count == 2 and (
            (len(words(joined[-1])) == 1 and len(joined[-1]) <= 2)
            or re.search("[为是在以把将]", joined[-1]) is not None
            or joined[0].startswith(("把", "将"))
        )
        if len(joined) == 3 and joined[0] and joined[2] and not verbs:
            pieces = [*pieces[:-1], joined[0], joined[2]]
    governed = _after_preposition(pieces[0]) if len(pieces) == count else ""
    if governed:  # 主要由A、B、C、D四个群体构成: the first member starts after the preposition
        clause_start += len(pieces[0]) - len(governed)
        pieces[0] = governed
    if len(pieces) != count or any(not 1 <= han_len(p) <= 25 or not _balanced_quotes(p) for p in pieces):
        return None
    if (
        any(has_term(p) or _names_count(p) for p in pieces)
        or sum(1 for p in pieces if _NUMBERED.match(p)) >= 2
    ):
        return None  # 坚定拥护“两个确立”、坚决做到“两个维护”; 一个定义、四句内涵: concepts side by side
    siblings = [max(han_len(p), len(content_chars(p))) for p in pieces[1:]]
    # a clause that goes on from the one before opens with its verb (…，守牢食品、药品…四条安全底线)
    verb_first = clause_start > 0 and text[clause_start - 1] in "，,；;"
    first = _unquoted(pieces[0]) if governed else _first_member(pieces[0], siblings, verb_first)
    others = siblings[:-1] or [han_len(first)]
    # the last runs on when a function word carries it on (满意率为核心的“三率”), not 海内外同胞
    runs_on = han_len(pieces[-1]) >= 2 * max(others) and re.search("[为是在以的]", pieces[-1][1:]) is not None
    last = _last_member(pieces[-1], others) if runs_on else pieces[-1]
    members = _aligned([first, *(_unquoted(p) for p in pieces[1:-1]), _unquoted(last)])
    return members, clause_start + len(pieces[0]) - len(first)


# Two quotations or more joined by 与, 和, 及 or 、 at the end of a clause (“A”与“B”).
_JOINED_QUOTATIONS = re.compile(r"[“「][^”」“「]+[”」](?:(?:与|和|及|以及|同|、)?[“「][^”」“「]+[”」])+$")


def _chain(head: str, name: _Name) -> tuple[list[str], int] | None:
    """The stages of a way right before a name (从家门到校门再到机关门的“三门”), as many as the count
    and each saying the concept's word, and where the first starts in `head`."""
    start = head.rfind("从")
    if start < 0 or len(name.units) != 1:
        return None
    stages = [s.strip() for s in re.split("(?:再|又|最后|最终)?到", head[start + 1 :])]
    key, spread = _keywords(name.units)[0]
    if len(stages) != name.count or not all(1 <= han_len(s) <= 10 and _holds(s, key, spread) for s in stages):
        return None
    return stages, start


# A clause that names its subject together with others (与A、B并称…, 和A一起被称为…).
_NAMED_TOGETHER = re.compile(
    r"^[与和同](.+?)(?:一起|一道)?(?:被)?(?:并称|合称|统称|共称|称为|并列为|并列称为)为?$"
)


def _subject_before(text: str, end: int) -> str:
    """The clause or label that ends at text[end] (a colon or comma): the subject of the clause after
    it, when short (“平急两用”：与…并称 -> 平急两用)."""
    start = max((text.rfind(ch, 0, end) for ch in "，,。；;：:！!？?\n"), default=-1) + 1
    subject = _unquoted(_MARKER.sub("", text[start:end], count=1).strip())
    return subject if 2 <= han_len(subject) <= 12 and _balanced_quotes(subject) else ""


def _after_preposition(part: str) -> str:
    """The words after the last preposition of one character that stands as a word of its own in
    `part` (主要由私营企业和外资企业的管理技术人员 -> 私营企业和外资企业的管理技术人员): what a
    preposition governs is the series' first member whole; else ''."""
    tokens = words(part)
    at = max((i for i, token in enumerate(tokens[:-1]) if token in _GOVERNING), default=-1)
    rest = "".join(tokens[at + 1 :])
    return rest if at >= 0 and han_len(rest) >= 2 and _ALL_HAN.match(rest) else ""


# Prepositions that govern a series after them (not 以, of 以…为…, nor 将, also "will").
_GOVERNING = set("由对把从向")


# A name given in brackets or a clause after what it names: （简称“四链融合”）, ，简称“三线一单”
_NAMED_IN_BRACKETS = re.compile(r"[（(，,]\s*(?:以下|下文)?(?:简称|统称|合称|并称|称为|概括为|即)为?$")
# A part that opens with a count (一个定义, 四句内涵): the name of a concept, no member of one.
_NUMBERED = re.compile(rf"^[“「]?(?:{_COUNT}|一)[\u4e00-\u9fff]")
# Words that open each of a series of phrases (把A同B、同C相结合): a member alone may say which.
_PARALLEL_OPENERS = "同与和把在对以让为从向"


def _aligned(members: list[str]) -> list[str]:
    """Members cut to the words their siblings share: the first from its last saying of the word
    all the others open with (把马克思主义基本原理同中国具体实际 beside 同中华…相结合 -> 同中国具体实际),
    the last up to the ending all the others end with (人才链深度融合 beside 创新链、产业链 -> 人才链)."""
    if len(members) < 2:
        return members
    aligned = list(members)
    others = members[1:]
    opening = _common_prefix(others) if len(others) >= 2 else others[0].strip("“「")[:1]
    if opening and (len(others) >= 2 or opening in _PARALLEL_OPENERS) and not members[0].startswith(opening):
        at = members[0].rfind(opening)
        if at > 0 and han_len(members[0][at + len(opening) :]) >= 1:
            aligned[0] = members[0][at:]
    others = members[:-1]
    ending = _common_suffix(others)
    if ending and len(others) >= 2 and not members[-1].endswith(ending):
        at = members[-1].find(ending)
        if at > 0:
            aligned[-1] = members[-1][: at + len(ending)]
    return aligned


def _common_prefix(texts: list[str]) -> str:
    """The characters every text (without its outer quotes) opens with."""
    bare = [t.strip("“”「」") for t in texts]
    length = 0
    while all(len(t) > length and t[length] == bare[0][length] for t in bare):
        length += 1
    return bare[0][:length]


def _common_suffix(texts: list[str]) -> str:
    """The characters every text (without its outer quotes) ends with."""
    return _common_prefix([t[::-1] for t in texts])[::-1]


def _members_pointed_back(paragraphs: list[Paragraph], index: int, name: _Name) -> list[str]:
    """Members ending the clauses before a naming that points back to them in its sentence
    (新目标、新原则…新担当，这五个“新”), else the sentence before (…、流程壁垒。…这“三道壁垒”)."""
    text = paragraphs[index].text
    sentence_start = max((text.rfind(ch, 0, name.start) for ch in _SENTENCE_END), default=-1)
    clause_start = max((text.rfind(ch, 0, name.start) for ch in "，,；;（("), default=-1)
    sentence = text[sentence_start + 1 : clause_start] if clause_start > sentence_start else ""
    if han_len(sentence) < 2:
        previous = text[: sentence_start + 1] if sentence_start >= 0 else ""
        if not previous.strip() and index > 0:
            previous = paragraphs[index - 1].text
        sentences = [s for s in re.split(r"(?<=[。！？!?])", previous) if s.strip()]
        if not sentences:
            return []
        sentence = sentences[-1]
    sentence = sentence.rstrip("。！？!? ，,；;")
    sentence = sentence[max(sentence.rfind("："), sentence.rfind(":")) + 1 :]
    keys = _keywords(name.units)
    count = len(keys)
    for level in range(1, 6):
        parts = _level_parts(_cut(sentence), level)
        if level == 1 and len(parts) == count - 1:
            parts = _split_last_joined(parts)  # …、行业自律和社会监督的机制。（这个机制共５个方面
        if len(parts) < count:
            continue
        raw = [p.text for p in parts[-count:]]
        members = _unwrap_copula([_bare(p) for p in raw])
        if level == 1:
            members = _trimmed(members, [p.rank for p in parts[-count:]])
        members = _ended_at_keyword(_aligned(members), keys)
        # (a whole run of words, as many as the count, needs no more likeness)
        whole_run = level == 1 and (len(parts) == count or parts[-count - 1].rank > 1)
        if all(1 <= han_len(m) <= 50 for m in members) and (whole_run or _alike(raw, members, keys)):
            return members
    return []


def _split_last_joined(parts: list[_Segment]) -> list[_Segment]:
    """The parts with the last split at its one 和/及/与 (…、行业自律和社会监督)."""
    joined = re.split(r"(和|及|与|以及)", parts[-1].text)
    if len(joined) != 3 or han_len(joined[0]) < 2 or han_len(joined[2]) < 2:
        return parts
    last = parts[-1]
    return [*parts[:-1], _Segment(joined[0], joined[1], 1), _Segment(joined[2], last.separator, last.rank)]


def _ended_at_keyword(members: list[str], keys: list[tuple[str, bool]]) -> list[str]:
    """The last member without a judgement of the series after the concept's word (同中华优秀传统文化
    相结合是必由之路 -> …相结合)."""
    key, spread = keys[-1]
    at = members[-1].find(key)
    if spread or len(key) < 2 or at < 0 or not members[-1][at + len(key) :].startswith(("是", "为")):
        return members
    return [*members[:-1], members[-1][: at + len(key)]]


def _members_after(paragraphs: list[Paragraph], index: int, name: _Name) -> tuple[list[str], str] | None:
    """The members the text goes on to after a naming: a run that repeats the concept's word
    nearby, marked sentences right after it, or the lines after a naming that closes its paragraph."""
    text = paragraphs[index].text
    members: list[str] = []
    if _named_next(paragraphs, index, name):
        return None  # (3.1 四个“重大转变” then 实现了四个重大转变，原话：: the lines are the second's)
    if not name.strong:  # only where a colon or markers say the members follow
        if _closes(text, name) and text.rstrip().endswith(("：", ":")):
            members = _members_on_lines(paragraphs, index, name.units, True, True)
        else:
            members = _members_marked_after(text, name)
    else:
        members = _members_repeating(paragraphs, index, name) or _members_marked_after(text, name)
        if not members and _closes(text, name):
            introduced = text.rstrip().endswith(("：", ":"))
            members = _members_on_lines(paragraphs, index, name.units, introduced, _announces(text, name))
        members = members or _members_labelled(paragraphs, index, name)
        if not members and _closes(text, name):
            members = _members_opening_paragraphs(paragraphs, index, name)
    return (members, naming_clause(text, name)) if members else None


def _named_next(paragraphs: list[Paragraph], index: int, name: _Name) -> bool:
    """Whether a naming that ends its paragraph (a heading) is named again on the next line: that
    line introduces the members, not the heading."""
    if index + 1 >= len(paragraphs) or not _closes(paragraphs[index].text, name):
        return False
    key = re.sub(r"[\s“”「」\"]", "", name.term)
    return key in re.sub(r"[\s“”「」\"]", "", paragraphs[index + 1].text)


def _members_labelled(paragraphs: list[Paragraph], index: int, name: _Name) -> list[str]:
    """Members on the paragraphs after a naming, each opening with its ordinal (第一种形态：…,
    第二个“新”，是…), in order and no more than the count: what follows each label."""
    if len(name.units) != 1 or name.units[0].characters:
        return []
    members: list[str] = []
    last = index  # the naming's paragraph, then the last member's
    for position in range(index + 1, len(paragraphs)):
        if position - last > TERM_LABEL_REACH:
            break
        text = _MARKER.sub("", paragraphs[position].text, count=1)
        label = _ordinal_label(len(members) + 1, name.units[0]).match(text)
        if not label:
            continue
        member = clauses(text[label.end() :])[:1]
        if not member or len(members) == name.count:
            return []  # (more of them than the count: another list)
        members.append(_unquoted(member[0]))
        last = position
    return members if len(members) == name.count else []


# How many paragraphs after a naming (and after each member) the next labelled member may open.
TERM_LABEL_REACH = 4


def _members_opening_paragraphs(paragraphs: list[Paragraph], index: int, name: _Name) -> list[str]:
    """The opening clauses of the paragraphs after a naming that ends its paragraph which open with
    the concept's word (必须做到四个“始终”。 then 始终把…摆在首位。… 始终坚持人民至上。…), exactly as
    many as the count among the paragraphs up to the next heading or the next naming of the concept,
    other paragraphs between them: a text spells a concept out as the topic sentences of its paragraphs."""
    if len(name.units) != 1 or name.units[0].characters or han_len(name.units[0].noun) < 2:
        return []
    keyword = name.units[0].noun
    opening: list[str] = []
    for paragraph in paragraphs[index + 1 : index + 1 + TERM_PARAGRAPH_REACH * name.count]:
        if paragraph.heading or name.term in paragraph.text:
            break  # (a heading ends the section; naming the concept again sums its members up)
        text = _MARKER.sub("", paragraph.text, count=1).lstrip("“「*")
        if 0 <= paragraph.text.lstrip("“「*").find(keyword) <= 2 or 0 <= text.find(keyword) <= 2:
            opening.append(_bare(paragraph.text))  # (分论点一：以保护为前提…: what follows the label)
    if len(opening) != name.count or any(not 2 <= han_len(m) <= 40 for m in opening):
        return []
    return opening


# How many paragraphs a member of each count may take, for members that open paragraphs.
TERM_PARAGRAPH_REACH = 4


def _members_marked_after(text: str, name: _Name) -> list[str]:
    """Members in the sentences right after a naming that ends its own sentence, each opening
    with a marker (抓好三件事。一是…；二是…；三是…): the naming is the last clause of its sentence."""
    rest = text[name.end :]
    end = next((i for i, ch in enumerate(rest) if ch in _SENTENCE_END), -1)
    if end < 0 or han_len(rest[:end]) > 8 or not _marked(rest[end + 1 :]):
        return []
    return split_members(rest[end + 1 :], name.units, introduced=False)


def _members_on_lines(
    paragraphs: list[Paragraph],
    index: int,
    units: tuple[Unit, ...],
    introduced: bool,
    announced: bool,
    whole: bool = False,
) -> list[str]:
    """Members on the lines after a naming that closes its paragraph: a line each (a line without
    the marker its siblings open with continues the one before), or several a line.

    Lines nobody introduced must repeat the concept's word, or carry markers after a naming that
    announces them; introduced lines that do neither must be short, one item a line. A concept of
    paired words (三进三联) may list each member on a line that says both (法官进网格，与…联动排查).
    """
    paired = None if whole else _paired(units)
    if paired:  # (six that say their words in order, else three that say both)
        each = _members_on_lines(paragraphs, index, units, introduced, announced, whole=True)
        if each and _all_hold(each, _keywords(units)):
            return each
        return _members_on_lines(paragraphs, index, paired, introduced, announced) or each
    count = sum(u.count for u in units)
    following = [p.text for p in paragraphs[index + 1 : index + 1 + 3 * count]]
    if not following:
        return []
    keys = _keywords(units)
    shape = _marker_shape(following[0])
    if shape and shape == _marker_shape(paragraphs[index].text):
        return []  # the naming is an item of the list those lines go on with: their sibling
    if shape:  # one member a marked line, as many as the count
        grouped: list[str] = []
        depth = paragraphs[index + 1].bullet
        for paragraph in paragraphs[index + 1 : index + 1 + 3 * count]:
            line = paragraph.text
            if _marker_shape(line) == shape:
                grouped.append(line)
            elif grouped and depth and paragraph.bullet > depth:
                continue  # a point nested under a member (a Markdown sub-item), no words of it
            elif depth:
                break  # (a Markdown item is a block of its own: no line goes on with it)
            elif grouped and not _marked(line) and grouped[-1].rstrip()[-1:] not in _SENTENCE_END + "；;":
                grouped[-1] += line  # a line broken inside an item
            else:
                break
        members = [_bare(line) for line in grouped[:count]]
        if len(grouped) < count or any(not 1 <= han_len(m) <= 60 for m in members):
            return []
        return members if introduced or announced or _all_hold(members, keys) else []
    lines = following[:count]
    if not introduced and not any(key in "".join(lines) for key, _ in keys[:1]):
        return []  # unintroduced lines must say the concept's word
    members = split_members("\n".join(lines), units, introduced, longest=60)
    if not members or _all_hold(members, keys):
        return members
    if introduced and han_len("".join(members)) == han_len(lines[0]):
        return members  # the first line is the members and nothing else (以…为宗旨，以…为根本，…)
    if not introduced or (len(members) == len(lines) and any(han_len(line) > 30 for line in lines)):
        return []  # (introduced lines of prose: paragraphs, not one item a line)
    return members


def _marker_shape(line: str) -> str:
    """A line's marker with its numbers made alike (一、 and 二、 both N、), '' when unmarked."""
    match = _MARKER.match(line)
    if not match or not match.group().strip():
        return ""
    return re.sub(r"[一二三四五六七八九十\d]+", "N", match.group().strip())


# A line of tags: a short label, a colon, then short entries one after another (关键词：A、B、“C”).
_TAG_LINE = re.compile(
    r"^\s*[^，,。；;：:、\s]{1,6}[：:]\s*(?:[^，,。；;：:、]{1,12}[、|｜/／]\s*)+[^，,。；;：:、]{1,12}$"
)


def _members_repeating(paragraphs: list[Paragraph], index: int, name: _Name) -> list[str]:
    """The run of clauses or sentences nearest the naming that each say the concept's word
    (两个维护: 坚决维护…。坚决维护…): after it in its paragraph and the next, or before it."""
    keys = _keywords(name.units)
    text = paragraphs[index].text
    following = "\n".join([text[name.end :], *(p.text for p in paragraphs[index + 1 : index + 2])])
    preceding = text[: name.start]
    if index and _TAG_LINE.match(text):  # a line of tags names what the paragraph before says
        preceding = paragraphs[index - 1].text + "\n" + preceding
    runs = [run for run in (_run_saying(following, keys, False), _run_saying(preceding, keys, True)) if run]
    return min(runs)[1] if runs else []


def _run_saying(window: str, keys: list[tuple[str, bool]], backwards: bool) -> tuple[int, list[str]] | None:
    """The run of exactly len(keys) parts of `window` nearest its start (its end, `backwards`),
    at the finest separator that has one, that each say their keyword, and end where a coarser
    separator does; and its distance. A one-character word (九个以: 以…为…) must open each part.

    Sentences (and lines) that open with the word may have one sentence between them (毫不动摇巩固…。
    推动…。毫不动摇鼓励…).
    """
    count = len(keys)
    # each keyword (its first character, when it may be spread out) must be in the window as
    # often as the members that say it: most windows do not say it that often, and are not cut
    needed: dict[str, int] = {}
    for key, spread in keys:
        needed[key[0] if spread else key] = needed.get(key[0] if spread else key, 0) + 1
    if any(window.count(key) < times for key, times in needed.items()):
        return None
    opens = any(len(key) < 2 for key, _ in keys)  # (国, 制: one character is said everywhere)
    segments = _cut(window)
    for level in range(1, 6):
        parts = _level_parts(segments, level)
        says = [_holds(p.text, *keys[0]) or _holds(p.text, *keys[-1]) for p in parts]
        bare: list[str] = []
        for run in _runs(parts, says, count, backwards, gaps=level >= 4):
            if not bare:
                bare = [_bare(p.text) for p in parts]
                if level == 1:
                    bare = _trimmed(bare, [p.rank for p in parts], every=True)
            members = [bare[k] for k in run]
            ending = level >= 3 and _openings_of_ending([parts[k].text for k in run], members, keys)
            if ending:
                members = ending  # 把…失误错误，同…区分开来；把…: each sentence ends with the word
            elif not all(1 <= han_len(m) <= 50 for m in members) or not _all_hold(members, keys):
                continue
            elif not _at_one_edge(members, keys, opening_only=opens):
                continue  # 纪律是…, …铁的纪律组织起来的…: the word here and there is no series
            if parts[run[-1]].rank <= level and level < 5:
                continue  # the run goes on: 毫不动摇鼓励、支持、引导… is cut at 、, not a member
            if any(has_term(m) or _names_count(m) for m in members):
                continue  # the naming itself (什么是两个毫不动摇？), not a member
            neighbours = bare[max(0, run[0] - 1) : run[0]] + bare[run[-1] + 1 : run[-1] + 2]
            if any(_holds(m, *keys[0]) for m in neighbours):
                return None  # more of them than the count: another list, not this concept's members
            before = sum(len(p.text) for p in parts[: run[0]])
            after = sum(len(p.text) for p in parts[run[-1] + 1 :])
            return (after if backwards else before), members
    return None


def _openings_of_ending(texts: list[str], members: list[str], keys: list[tuple[str, bool]]) -> list[str]:
    """The opening clauses of sentences that each end with the concept's word (三个区分开来: 把…失误
    错误，同…行为区分开来；把…), the first from where it opens as the others do (明确提出要把… -> 把…);
    [] unless every sentence ends so and the others share an opening."""
    key, spread = keys[0]
    if spread or len(key) < 2 or any(k != keys[0] for k in keys) or len(texts) < 2:
        return []
    if not all(strip_punct(t).endswith(key) and han_len(m) >= 2 for t, m in zip(texts, members, strict=True)):
        return []
    if any(key in m for m in members):
        return []  # (the opening clauses say the word: the run is read as it is)
    opening = _common_prefix(members[1:])[:2] if len(members) > 2 else members[1][:1]
    if not opening:
        return []
    first = members[0]
    if not first.startswith(opening):
        at = texts[0].rfind(opening, 0, len(texts[0]) - len(key))
        if at < 0:
            return []
        first = _bare(texts[0][at:])
    return [first, *members[1:]] if all(1 <= han_len(m) <= 50 for m in [first, *members[1:]]) else []


def _at_one_edge(members: list[str], keys: list[tuple[str, bool]], opening_only: bool) -> bool:
    """Whether every member opens with its keyword (维护…, 坚决维护…, 不敢腐), or every one ends with it
    (…区分开来, …基地): a series repeats its word in the same place. A keyword that may be spread
    out counts by its first character at the opening and its last at the end."""
    bare = [m.strip("“”「」") for m in members]
    pairs = list(zip(bare, keys, strict=True))
    # (the word may follow a word of manner: 坚决维护…)
    opens = all(0 <= m.find(key[0] if spread else key) <= 2 for m, (key, spread) in pairs)
    ends = all(m.endswith(key[-1] if spread else key) for m, (key, spread) in pairs)
    return opens or (ends and not opening_only)


def _runs(
    parts: list[_Segment], says: list[bool], count: int, backwards: bool, gaps: bool
) -> list[list[int]]:
    """Candidate runs: `count` parts that say the word, one after the other (or, with `gaps`, with
    at most one part between two of them), nearest the window's start (end, `backwards`) first."""
    runs: list[list[int]] = []
    for k in range(len(parts)):
        if not says[k]:
            continue
        run = [k]
        while len(run) < count:
            following = [j for j in (run[-1] + 1, run[-1] + 2) if j < len(parts) and says[j]]
            if not following or (following[0] != run[-1] + 1 and not gaps):
                break
            run.append(following[0])
        if len(run) == count:
            runs.append(run)
    return runs[::-1] if backwards else runs
