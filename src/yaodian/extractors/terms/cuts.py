"""A stretch of text cut into the parts a concept's members may be: at each run of separators
outside brackets, ranked from 、 (words) to line breaks; and a part read as a card asks a member
(without its marker, its opening clause, its outer quotes). Knows no concept and no count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from yaodian.extractors.text import CLAUSE_BREAKS, han_len, opening_clause, words
from yaodian.markers import MEMBER_MARK

# What cuts a run of members, by rank: words (、), clauses (，), sentences (；), full stops, lines.
_RANK = {"、": 1, "，": 2, ",": 2, "；": 3, ";": 3, "。": 4, "！": 4, "？": 4, "!": 4, "?": 4, "\n": 5}
_END_RANK = 6
_OPENERS = "（(《"
_CLOSERS = "）)》"
# A time frame that opens a member (到2035年，…): the member is the clause after it.
_TIME_FRAME = re.compile(r"^(?:到|至|截至|在|从)[^，,]{0,10}(?:年|月|前|后|时|底|末|中叶|期间)$")


@dataclass(frozen=True)
class Segment:
    text: str
    separator: str  # the separator run after it, as written ('' at the end)
    rank: int  # its rank (_END_RANK at the end)


def cut(text: str) -> list[Segment]:
    """`text` cut at each run of separators outside brackets.

    Two quotations side by side (“访民情”“解民忧”), a single dash or plus between words (准入—办事,
    党组织+业委会), an arrow between steps (读题干 → 圈资料) and a slash between phrases (必须坚持人民至上
    / 必须坚持自信自立) part words, as 、 does.
    """
    segments: list[Segment] = []
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
                segments.append(Segment(current, "", 1))
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
            segments.append(Segment(current, separator, rank))
            current, separator, rank = "", "", 0
        current += ch
    segments.append(Segment(current, separator, max(rank, _END_RANK)))
    return [s for s in segments if s.text.strip()]


def _digits_around(text: str, i: int) -> bool:
    """Whether a slash stands between digits (2024/1/31, 1/3): a date or a fraction, no separator."""
    return text[i - 1 : i].isdigit() or text[i + 1 : i + 2].isdigit()


def level_parts(segments: list[Segment], level: int) -> list[Segment]:
    """The segments joined across separators finer than `level`."""
    parts: list[Segment] = []
    current = ""
    for segment in segments:
        current += segment.text
        if segment.rank >= level:
            parts.append(Segment(current, segment.separator, segment.rank))
            current = ""
        else:
            current += segment.separator
    if current.strip():
        parts.append(Segment(current, "", _END_RANK))
    return parts


# A clause that only numbers a member by its noun (信号之一，是…; 原因之二：…), and the 是 after it.
_NOUN_ORDINAL = re.compile(r"^[\u4e00-\u9fff]{1,4}之[一二三四五六七八九十]{1,2}[，,：:]\s*(?:是|就是|在于)?")


def bare_member(part: str) -> str:
    """A member as a card asks it: without its marker, its opening clause, no outer punctuation."""
    text = MEMBER_MARK.sub("", part.strip(), count=1).strip()
    text = _NOUN_ORDINAL.sub("", text, count=1)  # 信号之一，是从…转向…: the label only counts it
    text = _SIDE.sub("", text, count=1)  # 另一方面，部门数据不通…: the label only says which side
    if any(ch in text for ch in CLAUSE_BREAKS):
        pieces = [p for p in re.split(f"[{CLAUSE_BREAKS}]", text) if p.strip()]
        paired = _PAIRED.match(text)
        titled = _TITLE_SENTENCE.match(text)
        explained = _QUOTED_WORD_EXPLAINED.match(text)
        if paired:  # 既重视发展问题，又重视安全问题: one member in two clauses
            text = paired.group()
        elif explained:  # “细”，即治理要深入到…: the quoted word is the member, the rest explains it
            text = explained.group(1)
        elif titled:  # 一是建组织。在改造小区…: a sentence of a few words titles the member
            text = titled.group(1)
        else:
            text = (
                pieces[1]
                if len(pieces) > 1 and _TIME_FRAME.match(pieces[0].strip())
                else opening_clause(text)
            )
    text = re.sub(r"[*_\s]+$", "", text).strip(" \t\n、" + CLAUSE_BREAKS)
    if text.endswith("的") and han_len(text) > 2 and words(text)[-1] == "的":
        # a line broken after 的 (…生活纪律的\n顺序); not the 的 of a word (增效是目的)
        text = text[:-1]
    note = _TRAILING_NOTE.search(text)
    if note and han_len(text[: note.start()]) >= 2:  # 示范引领（2003—2007）: a note on the member
        text = text[: note.start()].rstrip()
    return unquoted(text)


# Two clauses that say one thing (既…，又…; 既…，也…).
_PAIRED = re.compile(r"^既[^，,。；;：:！!？?]+[，,]\s*(?:又|也)[^，,。；;：:！!？?]+")
# A clause that only says which of two sides a member is (一方面，…；另一方面，…).
_SIDE = re.compile(r"^(?:另一方面|一方面)[，,：:]\s*(?=\S)")
# A quoted word that is its clause alone, then a clause that says what it is (“细”，即治理要…; “巧”，就是…).
_QUOTED_WORD_EXPLAINED = re.compile(
    r"^([“「][^“”「」，,。；;]{1,8}[”」])[，,：:]\s*(?:即|也就是|就是|指的是|是指)"
)
# A sentence of two or three words that opens a member and titles it (建组织。).
_TITLE_SENTENCE = re.compile(r"^([\u4e00-\u9fff]{2,3})[。！!](?=\s*[\u4e00-\u9fff“「])")
# Words in brackets at a member's end: a note on it (years, an example, its own parts).
_TRAILING_NOTE = re.compile(r"[（(][^（）()]*[）)]$")


def unquoted(text: str) -> str:
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


def marked(part: str) -> bool:
    match = MEMBER_MARK.match(part)
    return bool(match and match.group().strip())
