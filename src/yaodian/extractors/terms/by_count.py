"""Members nothing introduces, which the count alone picks out: a quotation beside the naming in
its sentence, the noun said without its count elsewhere in its scope, an abbreviation by the
character its members open with written out as a series of short words, or by the character each
ends with, as the subjects of the clauses after the naming.
"""

from __future__ import annotations

import re

from yaodian.extractors.terms.cuts import cut
from yaodian.extractors.terms.following import run_saying
from yaodian.extractors.terms.inline import members_before, members_introduced
from yaodian.extractors.terms.names import (
    ALL_HAN,
    ALL_MEASURES,
    COUNT,
    SENTENCE_END,
    Name,
    has_term,
    names_count,
    word_spans,
)
from yaodian.extractors.terms.split import common_suffix, first_member, keywords
from yaodian.extractors.text import CLAUSE_BREAKS, Paragraph, han_len, words

# How far from a naming (in paragraphs) the concept's noun alone may spell its members out: a noun
# of two characters (方面, 战略) is said everywhere, a longer one (战略性产业, 本质要求) is the concept's.
NOUN_REACH = 3


def members_at_noun(
    paragraphs: list[Paragraph], index: int, name: Name, named: list[tuple[int, Name]]
) -> list[str]:
    """The members spelled out where the text says the concept's noun without its count, as many as
    the count, nearest the naming first: a series right before the noun (…、量子科技等战略性产业 for
    “8大战略性产业”; …、颠覆性技术创新 for “四类技术创新”) or introduced after it (本质要求（九条）：A，B…
    for “九条本质要求”). A text names a set in one place and writes it out in another."""
    if len(name.units) != 1 or name.units[0].characters or not name.strong:
        return []
    noun = name.units[0].noun
    if han_len(noun) < 2 or not ALL_HAN.fullmatch(noun):
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
            whole = start in word_spans(text) and (end in word_spans(text) or end == len(text))
            counted = re.search(rf"(?:{COUNT}|一)[{ALL_MEASURES}]?[“「]?$", text[max(0, start - 4) : start])
            numbered = re.match(rf"[“”」]?(?:{COUNT}|一|[\dA-Za-z])", text[end : end + 2])
            opening = text[start - 1 : start] in ("、", "，", ",", "；", ";") if start else False
            if whole and not (named_here or counted or numbered or opening):
                places.append((abs(at - index), at, start))
            start = text.find(noun, end)
    for _, at, start in sorted(places):
        here = Name(noun, name.units, start, start + len(noun), name.strong)
        found = members_introduced(paragraphs, at, here) or members_before(paragraphs[at].text, here)
        if found and not any(has_term(m) or names_count(m) or not ALL_HAN.search(m) for m in found[0]):
            if len(found[0]) >= 2 and all(noun in m.removesuffix(noun) for m in found[0][:-1]):
                # (…上优先考虑、…上优先保障、公共服务上优先安排 for 三个优先: the noun is inside the
                # last member, as inside each sibling; not …事项清单、…措施清单实行…, where it ends them)
                return [*found[0][:-1], found[0][-1] + _word_from(paragraphs[at].text, start)]
            return _ending_in_noun(found[0], noun)  # (not 三个分论点句式统一，…: the naming again)
    return []


# Words that say how the members of an abbreviation work together (四治融合, 四防并举): the
# abbreviation is the character before them.
_TOGETHER = ("融合", "并举", "联动", "结合", "协同", "合一", "并重", "共治")


def abbreviated_elsewhere(paragraphs: list[Paragraph], index: int, name: Name) -> list[str]:
    """The members of a concept that abbreviates them by one character they open with (五进: 进企业、
    进农村…; 三农: 农业、农村、农民), written as a series of short words anywhere in the text, exactly as
    many as the count, nearest the naming first; else by the character they end with, as a series of
    words of two characters (四力: 脚力、眼力、脑力、笔力; 四治融合: 自治、法治、德治、智治)."""
    if len(name.units) != 1 or name.units[0].measured or name.count < 3:
        return []
    noun = name.units[0].noun
    if len(noun) == 1:
        return _opening_with(paragraphs, index, name) or _ending_with(paragraphs, index, noun, name.count)
    if len(noun) == 3 and noun[1:] in _TOGETHER:  # (the name says they go together, wherever they are)
        return _ending_with(paragraphs, index, noun[0], name.count, reach=len(paragraphs))
    if len(noun) == 2:
        return _framed_by(paragraphs, index, noun, name.count)
    return []


def _framed_by(paragraphs: list[Paragraph], index: int, noun: str, count: int) -> list[str]:
    """Exactly `count` short words that open with the noun's first character and end with its
    second, one series (三不腐: 不敢腐、不能腐、不想腐), in the paragraph nearest the naming that has
    one, a few paragraphs away at most: not part of a longer series."""
    word = rf"{re.escape(noun[0])}[\u4e00-\u9fff]{{1,2}}?{re.escape(noun[1])}"
    series = re.compile(rf"{word}(?:、{word})*")
    near = range(max(0, index - NOUN_REACH), min(len(paragraphs), index + NOUN_REACH + 1))
    for at in sorted(near, key=lambda i: abs(i - index)):
        text = paragraphs[at].text
        for found in series.finditer(text):
            words_ = found.group().split("、")
            alone = (
                text[found.start() - 1 : found.start()] != "、"
                and text[found.end() : found.end() + 1] != "、"
            )
            if len(words_) == count and alone:
                return words_
    return []


def _ending_with(
    paragraphs: list[Paragraph], index: int, key: str, count: int, reach: int = NOUN_REACH
) -> list[str]:
    """Exactly `count` words of two characters that end with `key`, one series (自治、法治、德治), in
    the paragraph nearest the naming that has one, a few paragraphs away at most: not part of a longer
    series (政治、自治、法治…). (Words that end alike are common: 新闻舆论“四力” far from 脚力、眼力、
    脑力、笔力 is another set; `reach` is how many paragraphs away the series may stand.)"""
    word = rf"[\u4e00-\u9fff]{re.escape(key)}"
    series = re.compile(rf"(?<!{word}、)(?:{word}、){{{count - 1}}}{word}(?!、{word})")
    near = range(max(0, index - reach), min(len(paragraphs), index + reach + 1))
    for at in sorted(near, key=lambda i: abs(i - index)):
        found = series.search(paragraphs[at].text)
        if found:
            return found.group(0).split("、")
    return []


def _opening_with(paragraphs: list[Paragraph], index: int, name: Name) -> list[str]:
    keys = keywords(name.units)
    for at in sorted(range(len(paragraphs)), key=lambda i: abs(i - index)):
        text = paragraphs[at].text
        if text.count(keys[0][0]) < name.count or "、" not in text:
            continue
        # (a quoted series whole, else the run of a clause)
        runs = [q.group(1) for q in _QUOTED_SERIES.finditer(text)] + re.split(f"[{CLAUSE_BREAKS}]", text)
        for run in runs:
            found = run_saying(run, keys, False)
            if found and all(2 <= han_len(m) <= 6 and m.startswith(keys[0][0]) for m in found[1]):
                return found[1]
    return []


def subjects_after(text: str, name: Name) -> list[str]:
    """The members of a concept that abbreviates each by the character its name ends with (三会一课:
    …大会, …委员会, …小组会, 党课), as the subjects of the clauses after the naming in its sentence,
    one clause each, in order (规定支部党员大会每季度至少召开1次，支部委员会每月…，党课每季度…)."""
    units = name.units
    if len(units) < 2 or any(u.measured or len(u.noun) != 1 for u in units):
        return []
    keys = [key for key, _ in keywords(units)]
    end = next((i for i in range(name.end, len(text)) if text[i] in SENTENCE_END), len(text))
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
            subjects[0] = first_member(subjects[0], [han_len(m) for m in subjects[1:]], verb_first=True)
            return subjects
    return []


def _word_from(text: str, start: int) -> str:
    """The words of `text` from `start` to the end of their clause or run of words (、)."""
    end = re.search(r"[、，,。；;：:！!？?\s“”「」（）()]|$", text[start:])
    return text[start : start + end.start()] if end else text[start:]


def _ending_in_noun(members: list[str], noun: str) -> list[str]:
    """The last member with the opening of the noun its siblings end with (颠覆性 of 颠覆性技术创新,
    beside 关键共性技术: 颠覆性技术)."""
    ending = common_suffix(members[:-1]) if len(members) >= 3 else ""
    while ending and not noun.startswith(ending):
        ending = ending[1:]
    if ending and not members[-1].endswith(ending):
        return [*members[:-1], members[-1] + ending]
    return members


def members_quoted_beside(text: str, name: Name) -> tuple[list[str], str] | None:
    """The words of a quotation in the naming's sentence, in another clause, as many as the count
    and nearest the name (“教育、科技、人才”要与“三位一体”部署呼应; “总论点＋3个分论点＋结尾”的结构，
    分论点按照“守正—创新—惠民”设置), in a clause that says the concept's noun or in the naming's own
    clause: a series quoted beside a concept is its members; and the quotation's words."""
    if len(name.units) != 1 or name.units[0].characters or name.count < 2:
        return None
    start = max((text.rfind(ch, 0, name.start) for ch in SENTENCE_END), default=-1) + 1
    ends = [i for i in (text.find(ch, name.end) for ch in SENTENCE_END) if i >= 0]
    end = min(ends) if ends else len(text)
    found: list[tuple[int, list[str], str]] = []
    for quote in _QUOTED_SERIES.finditer(text, start, end):
        if quote.start() <= name.start < quote.end() or quote.start() <= name.end - 1 < quote.end():
            continue  # (the name's own quotation)
        words_ = [s.text.strip() for s in cut(quote.group(1))]
        if len(words_) != name.count or any(
            not 1 <= han_len(w) <= 8 or not ALL_HAN.fullmatch(w) for w in words_
        ):
            continue
        clause_start = max((text.rfind(ch, start, quote.start()) for ch in CLAUSE_BREAKS), default=-1) + 1
        clause_end = min(
            (i for i in (text.find(ch, quote.end()) for ch in CLAUSE_BREAKS) if i >= 0), default=end
        )
        clause = (
            text[clause_start : min(clause_end, name.start)] + text[max(clause_start, name.end) : clause_end]
        )
        between = (
            text[quote.end() : name.start] if quote.end() <= name.start else text[name.end : quote.start()]
        )
        same_clause = not any(ch in CLAUSE_BREAKS for ch in between)  # (“教育、科技、人才”要与…“三位一体”)
        if name.units[0].noun in clause or same_clause:  # (分论点按照“守正—创新—惠民”设置), besides the name
            distance = min(abs(quote.start() - name.end), abs(name.start - quote.end()))
            found.append((distance, words_, quote.group(1)))
    if not found:
        return None
    _, members, quotation = min(found)
    return members, quotation


_QUOTED_SERIES = re.compile(r"[“「]([^”」]{3,60})[”」]")
