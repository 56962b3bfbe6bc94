"""Inline series: three or more parallel members in one clause, separated by 、 (A、B、C和D等).

A clause is cut at its 、 into parts. The middle parts are members; a middle part much longer
than its siblings (or one that carries a 的 among short members) is not a member but the seam
between two series (基层单位、社区、群体开展的维护民族团结、宣传政策…), so the clause may hold
several. Member edges come from jieba's words: the first member is grown backwards word by word
towards its siblings' length and stops at a function word (的, 是, 在…); a joining 和/及/与 before
it adds one more member. The last member is cut at 等, at a closing quote, split at a joining
和, and when much longer than its siblings it keeps only its opening words (照顾同盟者利益 -> 照顾).
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from functools import lru_cache

from yaodian.extractors.text import Paragraph, han_len, strip_punct, word_len, words

# Words that end a phrase before a series starts: its first member begins after them.
_STOP_BEFORE = {
    "的", "是", "在", "为", "对", "把", "将", "有", "具有", "着", "从", "向", "到", "如", "比如", "例如", "包括",
    "即", "了", "以", "用", "和", "与", "及", "以及", "做到", "实现", "加强", "推进", "坚持", "就", "都", "要", "等",
    "“", "”", "《", "》", "（", "(", "、", " ", "于", "由", "让", "使", "给", "被", "做", "成为", "当好", "围绕",
    "通过", "针对", "按照", "根据", "涉及", "其中", "主要", "重点", "集中", "之", "并",
}  # fmt: skip
_JOINERS = {"和", "及", "与", "以及", "或"}
_JOINER_CHAR = re.compile("[和及与或]")  # a character every joiner holds
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！!？?]")
_CLOSERS = {"”": "“", "》": "《", "」": "「", "）": "（", ")": "("}
_CLOSER = re.compile("[" + re.escape("".join(_CLOSERS)) + "]")
_LATIN = re.compile("[A-Za-z]")
_LONG_MEMBERS = 8  # siblings this long are phrases that may hold a 的 of their own


@dataclass
class Series:
    lead: str
    members: list[str]
    clause: str
    line: int

    @property
    def prompt(self) -> str:
        """The lead; a series that opens its clause is asked by the words after it (…利益)."""
        if word_len_of(self.lead) >= 2:
            return self.lead
        after = strip_punct(self.clause.partition(self.members[-1])[2])
        return "……" + after if len(after) >= 2 else self.clause


def _length(tokens: list[str]) -> int:
    return sum(word_len(t) for t in tokens)


def _grow_back(text: str, target: int, longest: int) -> tuple[str, str]:
    """The member at the end of `text`, and the word that stopped it ('' at the start of text)."""
    tokens = words(text)
    taken: list[str] = []
    size = 0  # _length(taken)
    allow_de = target >= _LONG_MEMBERS
    for token in reversed(tokens):
        if not token.strip() or (token in _STOP_BEFORE and not (allow_de and token == "的" and taken)):
            return "".join(taken), token
        token_size = word_len(token)
        if size >= target and size + token_size > longest:
            return "".join(taken), ""
        taken.insert(0, token)
        size += token_size
    return "".join(taken), ""


def _first_members(head: str, target: int, longest: int) -> tuple[list[str], str]:
    """The series' first member grown from the end of `head` (two, when 和 joins them); and the lead."""
    first, stop = _grow_back(head, target, longest)
    rest = head[: len(head) - len(first)]
    members = [first]
    if stop in _JOINERS and rest.endswith(stop):
        before, _ = _grow_back(rest[: -len(stop)], target, longest)
        if word_len(before) >= 2:
            members.insert(0, before)
            rest = rest[: -len(stop) - len(before)]
    return members, strip_punct(rest)


def _cut_unopened_quote(text: str) -> str:
    """Text up to a closing quote or bracket that opened before the series (…基层不要”的偏见)."""
    for match in _CLOSER.finditer(text):
        if _CLOSERS[match.group()] not in text[: match.start()]:
            return text[: match.start()]
    return text


def _opening_words(text: str, target: int) -> str:
    """The leading words of `text` up to `target` characters, never past a 的."""
    taken: list[str] = []
    size = 0  # _length(taken)
    for token in words(text):
        if token in ("的", "之") or not token.strip() or (taken and token in _STOP_BEFORE):
            break
        taken.append(token)
        size += word_len(token)
        if size >= target:
            break
    return "".join(taken)


def _last_members(
    tail: str, typical: int, longest: int, split_joined: bool, siblings: list[str]
) -> list[str]:
    """The series' closing member(s) at the start of `tail`; when it runs on past the series,
    it ends with the ending its siblings share (…矛盾、…矛盾、…矛盾不断增多), else after its opening words."""
    taken: list[str] = []
    for token in words(_cut_unopened_quote(tail)):
        if token in ("等", "等等"):
            break
        taken.append(token)
    members = ["".join(taken)]
    if split_joined:
        members = _split_joined(members[0], strict=longest < 99)
    last = members[-1]
    longest = max([longest, *(word_len_of(m) for m in members[:-1])])
    ending = _shared_ending(siblings)
    cut = last.find(ending) if ending else -1
    if cut > 0 and cut + len(ending) < len(last):
        members[-1] = last[: cut + len(ending)]
    elif word_len_of(last) > longest + 2:
        members[-1] = _opening_words(last, max(2, typical))
    return [m for m in members if m.strip()]


def _shared_ending(siblings: list[str]) -> str:
    """The characters every sibling ends with ('' when they share none or there is only one)."""
    if len(siblings) < 2:
        return ""
    size, shortest = 0, min(len(m) for m in siblings)
    while size < shortest and len({m[-1 - size] for m in siblings}) == 1:
        size += 1
    return siblings[0][len(siblings[0]) - size :] if size else ""


@lru_cache(maxsize=65536)
def word_len_of(text: str) -> int:
    """`text`'s length in words' characters (see word_len): its Han characters, and one for each
    word in pinyin. jieba's words partition the text, so without Latin letters no word is pinyin
    and the Han count is the answer; only text with letters is segmented."""
    if not _LATIN.search(text):
        return han_len(text)
    return _length(words(text))


def _split_joined(text: str, strict: bool) -> list[str]:
    """A 和/及/与 that joins the last two members splits them (亲和力和凝聚力), unless what follows is
    a 与…相 construction (与社会主义相适应) or, when `strict` (the series has members enough without
    it), a modifier (来大陆投资和定居的港澳台同胞)."""
    tokens = words(text)
    for index, token in enumerate(tokens):
        if token in _JOINERS and 0 < index < len(tokens) - 1:
            after = "".join(tokens[index + 1 :])
            if (strict and "的" in after) or re.search(r"相[\u4e00-\u9fff]{1,2}$", after):
                return [text]
            return ["".join(tokens[:index]), after]
    return [text]


def _is_seam(part: str, typical: float) -> bool:
    """A middle part that joins two series rather than being a member of one."""
    size = word_len_of(part)
    if size > max(2 * typical, typical + 6):
        return True
    return "的" in part and typical < _LONG_MEMBERS


def find_series(paragraphs: list[Paragraph]) -> list[Series]:
    found: list[Series] = []
    for paragraph in paragraphs:
        if "、" not in paragraph.text:
            continue
        for piece in _CLAUSE_BREAK.split(paragraph.text):
            if "、" in piece:
                clause = piece.strip()
                found += [
                    Series(lead, list(members), clause, paragraph.line)
                    for lead, members in _series_of(clause)
                ]
    return found


@lru_cache(maxsize=65536)  # a clause quoted again (in the document or the next one) is read once
def _series_of(clause: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(lead, members) of each series in `clause`."""
    return tuple((series.lead, tuple(series.members)) for series in _series_in(clause, 0))


def _series_in(clause: str, line: int) -> list[Series]:
    parts = [p.strip() for p in clause.split("、")]
    middle = parts[1:-1]
    if any(not p for p in middle) or word_len_of(parts[-1]) == 0:
        return []
    typical = statistics.median([word_len_of(p) for p in middle]) if middle else word_len_of(parts[-1])
    # runs of plain members between seams: (head, members, tail)
    runs: list[tuple[str, list[str], str]] = []
    head, current = parts[0], []
    for part in middle:
        if _is_seam(part, typical):
            runs.append((head, current, part))
            head, current = part, []
        else:
            current.append(part)
    runs.append((head, current, parts[-1]))
    found = []
    for head, mids, tail in runs:
        series = _build(head, mids, tail, clause, line)
        if series is not None:
            found.append(series)
    return found


def _build(head: str, mids: list[str], tail: str, clause: str, line: int) -> Series | None:
    if not mids and not (_JOINER_CHAR.search(head) or _JOINER_CHAR.search(tail)):
        # one member each side of a lone 、 and no joining word to add a third (see
        # _first_members, _split_joined): never three members, so not worth segmenting
        return None
    mid_sizes = [word_len_of(m) for m in mids]
    typical = round(statistics.median(mid_sizes)) if mids else 0
    split_joined = not mids or typical <= 6
    if not mids:
        closing = _last_members(tail, 0, 99, split_joined, [])
        sizes = [word_len_of(m) for m in closing[:-1]] or [word_len_of(m) for m in closing] or [0]
        typical = round(statistics.median(sizes))
        if closing and word_len_of(closing[-1]) > max(sizes) + 2:
            closing[-1] = _opening_words(closing[-1], max(2, typical))
    else:
        closing = _last_members(tail, typical, max(mid_sizes), split_joined, [head, *mids])
        sizes = mid_sizes + [word_len_of(m) for m in closing[:-1]]
    longest = max(sizes)
    firsts, lead = _first_members(head, max(typical, 2), max(longest, 2))
    firsts, lead = _with_shared_opening(firsts, [*mids, *closing], lead)
    members = [strip_punct(m) for m in [*firsts, *mids, *closing]]
    if len(members) < 3 or any(word_len_of(m) < 2 for m in members) or len(set(members)) < len(members):
        return None
    if not _plausible(members, lead, joined_only=not mids and len(closing) < 3):
        return None
    return Series(lead=_clean_lead(lead), members=members, clause=clause, line=line)


def _with_shared_opening(firsts: list[str], others: list[str], lead: str) -> tuple[list[str], str]:
    """When every later member opens with the word the lead ends on (为A、为B、为C), that word
    belongs to the first member too."""
    opening = words(others[0])[0] if others and others[0] else ""
    if (
        len(firsts) == 1
        and opening
        and lead.endswith(opening)
        and all(m.startswith(opening) for m in others)
        and not firsts[0].startswith(opening)
    ):
        return [opening + firsts[0]], lead[: -len(opening)]
    return firsts, lead


_DEBRIS = re.compile(r"\d|[“”「」]")
_UNBALANCED = re.compile(r"^[^（(]*[)）]|[（(][^)）]*$|^[^《]*》|《[^》]*$")
# How much longer than the shortest member the longest may be: beyond it, one "member" is a
# clause that swallowed the words after the series (影响、有代表性的党外人士及时推荐到人大).
_BALANCE = 3


def _plausible(members: list[str], lead: str, joined_only: bool) -> bool:
    """Whether the members read as one named set rather than pieces of a sentence cut at 、."""
    if any(_DEBRIS.search(m) or _UNBALANCED.search(m) for m in members):
        return False
    sizes = [word_len_of(m) for m in members]
    if max(sizes) >= _BALANCE * min(sizes) and max(sizes) > 6:
        return False
    # 由A、B向C (a change from one state to another) is not a series of three
    if lead.endswith(("由", "从")) and any(re.search("[向到]", m) for m in members[1:]):
        return False
    # a third member that only comes from a 和 inside two 、-parts: long clauses joined by 和
    # (坚持和完善…、推进…和…现代化) or phrases with a 的 of their own are no set
    return not joined_only or (min(sizes) <= 6 and not any("的" in m for m in members))


def _clean_lead(lead: str) -> str:
    """The lead without the end of an earlier quotation it starts in (和谐”的 -> 的)."""
    for match in reversed(list(_CLOSER.finditer(lead))):
        if _CLOSERS[match.group()] not in lead[: match.start()]:
            return strip_punct(lead[match.end() :])
    return lead
