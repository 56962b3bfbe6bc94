"""Inline series: three or more parallel members in one clause, separated by 、 (A、B、C和D等).

Member edges come from jieba's words: the first member is grown backwards word by word to the
length of its siblings or to a function word (的, 是, 在…); the last one ends at 等, at a
trailing 的-phrase, or at the clause's end. A joining 和/及/与 splits the last two members.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from yaodian.extractors.text import Paragraph, han_len, strip_punct, words

# Words that end a phrase before a series starts: its first member begins after them.
_STOP_BEFORE = {
    "的", "是", "在", "为", "对", "把", "将", "有", "具有", "着", "从", "向", "到", "如", "比如", "例如", "包括",
    "即", "了", "以", "用", "和", "与", "及", "做到", "实现", "加强", "推进", "坚持", "就", "都", "要", "等",
    "“", "”", "《", "》", "（", "(", "、", " ", "于", "由", "让", "使", "给", "被", "做", "成为", "当好",
}  # fmt: skip
_JOINERS = {"和", "及", "与", "以及", "或", "并"}
_CLAUSE = re.compile(r"[^，,。；;：:！!？?]+")


@dataclass
class Series:
    lead: str
    members: list[str]
    clause: str
    line: int


def _first_member(text: str, target: int) -> str:
    tokens = words(text)
    taken: list[str] = []
    length = 0
    for token in reversed(tokens):
        if token in _STOP_BEFORE or not token.strip():
            break
        taken.insert(0, token)
        length += han_len(token) or len(token)
        if length >= target:
            break
    return "".join(taken)


def _split_last(text: str) -> list[str]:
    """The series' last part: cut at 等 or a trailing modifier, split at a joining 和."""
    tokens = words(text)
    members: list[str] = []
    current: list[str] = []
    for token in tokens:
        if token in ("等", "等等"):
            break
        if token in _JOINERS and current:
            members.append("".join(current))
            current = []
            continue
        current.append(token)
    if current:
        members.append("".join(current))
    return [m for m in members if m.strip()]


def _trim_last(member: str, target: int) -> str:
    """A last member much longer than its siblings ends before its trailing 的-phrase."""
    if han_len(member) <= target + 3:
        return member
    tokens = words(member)
    out: list[str] = []
    for token in tokens:
        if token in ("的", "之") and han_len("".join(out)) >= 2:
            break
        out.append(token)
    return "".join(out)


def find_series(paragraphs: list[Paragraph]) -> list[Series]:
    found: list[Series] = []
    for paragraph in paragraphs:
        for match in _CLAUSE.finditer(paragraph.text):
            clause = match.group().strip()
            if "、" not in clause:
                continue
            series = _series_in(clause, paragraph.line)
            if series is not None:
                found.append(series)
    return found


def _series_in(clause: str, line: int) -> Series | None:
    parts = clause.split("、")
    middle = [p.strip() for p in parts[1:-1]]
    if any(not p or han_len(p) > 16 for p in middle):
        return None
    last_parts = _split_last(parts[-1])
    if not last_parts:
        return None
    siblings = middle or last_parts[:-1] or last_parts
    target = round(statistics.median(han_len(p) for p in siblings))
    first = _first_member(parts[0], max(target, 2))
    if not first:
        return None
    last_parts[-1] = _trim_last(last_parts[-1], max(han_len(p) for p in siblings))
    members = [first, *middle, *last_parts]
    members = [strip_punct(m) for m in members]
    if len(members) < 3 or any(han_len(m) < 2 for m in members) or len(set(members)) < len(members):
        return None
    lead = strip_punct(parts[0][: len(parts[0]) - len(first)])
    return Series(lead=lead, members=members, clause=clause, line=line)
