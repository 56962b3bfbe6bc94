"""Numbered concepts: a count, a measure word and a short noun (四个意识, 五大关系, 三个带头, 八项规定).

A concept is spelled out when the text says what its members are: after 即/就是/包括 or a
colon in the same sentence, or as the enumeration that the sentence naming it introduces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from yaodian.extractors.text import Paragraph, clauses, cn_number, strip_punct, words

_COUNT = r"(?:[两二三四五六七八九十]|十[一二三四五六七八九]|\d{1,2})"
_TERM = re.compile(
    rf"(?<![\d一二三四五六七八九十第])({_COUNT})(个|大|项|条|种|点|类|支|张)([\u4e00-\u9fff]{{2,4}})"
)
# What every _TERM match holds: its count's last character right before the measure word. The
# engine scans for this pair quickly; _TERM's opening look-behind makes it try every position.
_COUNT_THEN_MEASURE = re.compile(r"[一两二三四五六七八九十\d][个大项条种点类支张]")
_QUOTED = re.compile(r"[“\"「]([^”\"」]{2,8})[”\"」]")
_QUOTED_TERM = re.compile(rf"^{_COUNT}[\u4e00-\u9fff]{{1,3}}(?:{_COUNT}[\u4e00-\u9fff]{{1,3}})?$")
_SENTENCE_SPLIT = re.compile(r"(?<=[。！？!?])")
_SPELLED = re.compile(r"(?:即|就是|包括|分别是|指的是|是指)[:：]?(.+)$")


def has_term(text: str) -> bool:
    """Whether `text` names a numbered concept (四个意识, “五个强化”)."""
    if _names_count(text):
        return True
    return opens_quote(text) and any(_QUOTED_TERM.match(m.group(1)) for m in _QUOTED.finditer(text))


def _names_count(text: str) -> bool:
    """Whether _TERM matches in `text`: only tried on text with a count before a measure word."""
    return _COUNT_THEN_MEASURE.search(text) is not None and _TERM.search(text) is not None


def opens_quote(text: str) -> bool:
    """Whether `text` has a character _QUOTED opens with: most text quotes nothing, and these
    substring tests are cheaper than the pattern's scan."""
    return "“" in text or '"' in text or "「" in text


@dataclass
class Term:
    term: str
    count: int | None
    sentence: str
    members: list[str]
    line: int


def _noun_after(text: str) -> str:
    """The first jieba word(s) of `text`, 2 to 4 characters: the concept's noun."""
    noun = ""
    for token in words(text[:6]):
        if not re.fullmatch(r"[\u4e00-\u9fff]+", token):
            break
        if len(noun) + len(token) > 4:
            break
        noun += token
        if len(noun) >= 2:
            break
    return noun if len(noun) >= 2 else ""


def find_terms(paragraphs: list[Paragraph]) -> list[Term]:
    found: list[Term] = []
    seen: set[str] = set()
    for paragraph in paragraphs:
        # a match in a sentence is a match in its paragraph (the character before a sentence
        # is a break, which _TERM allows): most paragraphs have none and name no concept
        text = paragraph.text
        if not (_names_count(text) or (opens_quote(text) and _QUOTED.search(text))):
            continue
        for sentence in _SENTENCE_SPLIT.split(text):
            candidates: list[tuple[str, str]] = []
            for match in _QUOTED.finditer(sentence):
                inner = match.group(1)
                if _QUOTED_TERM.match(inner):
                    candidates.append((inner, re.match(_COUNT, inner).group()))
            for match in _TERM.finditer(sentence):
                noun = _noun_after(sentence[match.end(2) :])
                if noun:
                    candidates.append((match.group(1) + match.group(2) + noun, match.group(1)))
            for term, count in candidates:
                if term in seen or any(term in other and term != other for other, _ in candidates):
                    continue
                seen.add(term)
                found.append(
                    Term(
                        term=term,
                        count=cn_number(count),
                        sentence=sentence.strip(),
                        members=_members_in(sentence, term),
                        line=paragraph.line,
                    )
                )
    return found


def _members_in(sentence: str, term: str) -> list[str]:
    """Members spelled out in the naming sentence itself (三个带头,即带头…,带头…,带头…)."""
    after = sentence[sentence.index(term) + len(term) :]
    match = _SPELLED.search(after)
    if not match:
        return []
    parts = [strip_punct(p) for p in re.split(r"[，,；;]", match.group(1)) if strip_punct(p)]
    parts = [clauses(p)[0] if clauses(p) else p for p in parts]
    return parts if len(parts) >= 2 else []
