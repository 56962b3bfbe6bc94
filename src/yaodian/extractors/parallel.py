"""Unnumbered parallel structure: headings that open consecutive paragraphs in the same shape,
and sentences or ；-parts of one paragraph that open with the same words (强化…；强化…；强化…).

Parallelism is judged by shape alone: a shared opening or ending (the same verb, the same
head noun) and comparable length. No word list is involved, so it works on any topic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from yaodian.extractors.outline import MARKERS
from yaodian.extractors.text import Paragraph, clauses, han_len, shorten, strip_punct

_UNNAMED = [re.sub(r"\?P<\w+>", "", pattern) for pattern, _ in MARKERS.values()]
_ANY_MARKER = re.compile("|".join(f"(?:{pattern})" for pattern in _UNNAMED))
_HEADING_END = re.compile(r"[。！？!?]")
_CLAUSE_BREAK = re.compile(r"[，,；;：:]")
# a sentence or ；-part: up to and with its break, or the rest after the last one
_SEGMENT = re.compile(r"[^。！？!?；;]*[。！？!?；;]|[^。！？!?；;]+")


@dataclass
class ParallelSet:
    lead: str
    items: list[str]
    context: list[str]
    line: int
    heading_level: bool  # True: paragraph headings; False: parts of one paragraph


def _starts_with_marker(text: str) -> bool:
    match = _ANY_MARKER.match(text)
    return bool(match) and match.start() == 0


def common_prefix(texts: list[str]) -> str:
    """The longest start all texts share (the min and max strings bound every other one)."""
    if not texts:
        return ""
    low, high = min(texts), max(texts)
    size = 0
    while size < len(low) and low[size] == high[size]:
        size += 1
    return low[:size]


def common_suffix(texts: list[str]) -> str:
    return common_prefix([t[::-1] for t in texts])[::-1]


def _alike(texts: list[str]) -> bool:
    """Parallel openings: a shared start or end and similar lengths."""
    lengths = [han_len(t) for t in texts]
    if min(lengths) < 2 or max(lengths) > 24:
        return False
    short = max(lengths) <= 10
    prefix, suffix = common_prefix(texts), common_suffix(texts)
    if len(prefix) >= 2 or (short and len(prefix) >= 1 and len(texts) >= 3):
        return True
    return len(suffix) >= 2 and min(lengths) >= 0.5 * max(lengths)


def heading_sets(paragraphs: list[Paragraph], title: str) -> list[ParallelSet]:
    """Consecutive paragraphs opened by short parallel sentences (unnumbered headings)."""
    heads: list[tuple[int, str, str] | None] = []
    for index, paragraph in enumerate(paragraphs):
        text = paragraph.text
        first = _HEADING_END.split(text, maxsplit=1)[0]
        ok = (
            not _CLAUSE_BREAK.search(first)  # first: most first sentences have a comma
            and 4 <= han_len(first) <= 30
            and not _starts_with_marker(text)
            and (len(first) < len(text) - 1 or index > 0)
        )
        heads.append((index, first, text[len(first) :].lstrip("。！？!? ")) if ok else None)
    found: list[ParallelSet] = []
    run: list[tuple[int, str, str]] = []
    for head in [*heads, None]:
        if head is not None and (not run or _alike([run[-1][1], head[1]])):
            run.append(head)
            continue
        if (len(run) >= 2 and _alike([h[1] for h in run])) or len(run) >= 3:
            first_index = run[0][0]
            lead = _lead_before(paragraphs, first_index) or title
            found.append(
                ParallelSet(
                    lead=lead,
                    items=[h[1] for h in run],
                    context=[shorten(h[2]) for h in run],
                    line=paragraphs[first_index].line,
                    heading_level=True,
                )
            )
        run = [head] if head is not None else []
    return found


def _lead_before(paragraphs: list[Paragraph], index: int) -> str:
    if index == 0:
        return ""
    previous = paragraphs[index - 1].text.rstrip()
    if previous.endswith((":", "：")):
        parts = clauses(previous)
        return parts[-1] if parts else ""
    return ""


def sentence_sets(paragraphs: list[Paragraph]) -> list[ParallelSet]:
    """Three or more consecutive sentences (or ；-parts) of one paragraph with parallel openings."""
    found: list[ParallelSet] = []
    for paragraph in paragraphs:
        # sentences of the paragraph, and ；-parts of a sentence, as one flat list (by one findall,
        # not a split after each break, which tries its look-behind at every position)
        pieces = _SEGMENT.findall(paragraph.text)
        if len(pieces) < 3:
            continue  # fewer than three even before the empty ones are dropped
        segments = [s for s in pieces if strip_punct(s)]
        if len(segments) < 3:
            continue
        openings = [(clauses(s) or [""])[0] for s in segments]
        i = 0
        while i < len(segments):
            j = i + 1
            while j < len(segments) and _alike(openings[i : j + 1]):
                j += 1
            start, lead = i, ""
            # the first member may follow a lead inside its sentence: 推动…，应当强化力量配备；强化重点任务；…
            if j - i < 3 and i + 2 < len(segments):
                k = i + 1
                while k < len(segments) and _alike(openings[i + 1 : k + 1]):
                    k += 1
                anchor = common_prefix(openings[i + 1 : k])
                if k - (i + 1) >= 2 and len(anchor) >= 2 and anchor in segments[i]:
                    cut = segments[i].index(anchor)
                    head = segments[i][cut:]
                    lead = strip_punct(segments[i][:cut])
                    openings[i] = clauses(head)[0]
                    segments[i] = head
                    j = k
            if j - start >= 3 and not any(_starts_with_marker(s) for s in segments[start:j]):
                if not lead and start > 0:
                    lead = (
                        strip_punct(clauses(segments[start - 1])[0]) if clauses(segments[start - 1]) else ""
                    )
                found.append(
                    ParallelSet(
                        lead=lead,
                        items=[strip_punct(o) for o in openings[start:j]],
                        context=[shorten(strip_punct(s)) for s in segments[start:j]],
                        line=paragraph.line,
                        heading_level=False,
                    )
                )
                i = j
            else:
                i += 1
    return found
