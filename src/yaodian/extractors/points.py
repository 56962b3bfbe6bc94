"""An essay's 分论点: the points a 申论 answer or a model essay argues, each the short clause that opens
one of its body paragraphs (做大“蛋糕”，夯实…。 / 分好“蛋糕”，构建…。 / 补齐短板，促进…。).

Such an essay states its thesis in an opening paragraph, then gives three to five paragraphs that each
open with a point of the same make (the same number of characters: 守住乡土文化之“根”。 激活乡村文化
之“源”。 培育文明乡风之“魂”。) and argue it, then closes; a learner recites the points as a set. The
points carry no number (a numbered run, 一是… / 首先…, is outline.py's), so they are told by their
place and their shape alone. What this module does not do: points set as headings of their own
lines with no prose after them on the line are parallel.py's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from yaodian.extractors.boilerplate import is_body
from yaodian.extractors.text import Paragraph, han_len, shorten, strip_punct
from yaodian.markers import ANY_MARKER

# a paragraph's opening clause: what stands before its first break
_OPENING = re.compile(r"([^，,。；;：:！!？?]+)[，,。；;：:！!？?]")
_POINT_LENGTH = range(4, 21)  # Han characters: a point is a phrase or a short sentence, no clause of 2
_POINTS = range(3, 6)  # an essay argues three to five points
_ORDINAL_OPENING = re.compile(r"\s*(?:其[一二三四五]|[一二三四五]是|首先|其次|再次|最后|第[一二三四五])")
_PROSE_AFTER = 10  # Han characters a paragraph goes on past its point: it argues it
# A clause that frames what follows rather than stating a point: reported speech (会议指出, 我们看到),
# a viewpoint (从历史上看) or an ordinal (信号之一)
_FRAME = re.compile(r"(?:指出|强调|要求|认为|表示|提出|看到|[看说]|之[一二三四五])$")


@dataclass(frozen=True)
class PointSet:
    """The points of one essay: the line over them that reads as its headline (or ""), the points, the
    line of the first, and the paragraphs they open (the card's notes)."""

    lead: str
    items: list[str]
    line: int
    context: list[str]


def essay_points(paragraphs: list[Paragraph]) -> list[PointSet]:
    """The runs of three to five body paragraphs in a row that each open with a point of the same
    length (see _point), between a paragraph before them (the thesis) and one after (the close)."""
    points = [_point(paragraph) for paragraph in paragraphs]
    sets: list[PointSet] = []
    start = 0
    while start < len(paragraphs):
        end = start
        while (
            end < len(paragraphs)
            and points[end]
            and han_len(points[end]) == han_len(points[start] or "")
            and points[end] not in points[start:end]
        ):
            end += 1
        # (the thesis or the close may open with a clause of the points' length: they stay out)
        first, last = max(start, 1), min(end, len(paragraphs) - 1)
        if last - first in _POINTS and is_body(paragraphs[first - 1].text) and is_body(paragraphs[last].text):
            sets.append(
                PointSet(
                    _lead_over(paragraphs, first),
                    [point for point in points[first:last] if point],
                    paragraphs[first].line,
                    [shorten(p.text) for p in paragraphs[first:last]],
                )
            )
        start = max(end, start + 1)
    return sets


def _point(paragraph: Paragraph) -> str:
    """The point a body paragraph opens with: its opening clause, of _POINT_LENGTH Han characters, with
    more prose after it, no number or mark before it; "" where it opens with none."""
    text = paragraph.text.strip()
    opening = _OPENING.match(text)
    if (
        opening is None
        or not is_body(text)
        or ANY_MARKER.match(text)
        or _ORDINAL_OPENING.match(text)
        or han_len(opening[1]) not in _POINT_LENGTH
        or _FRAME.search(opening[1].strip())
        or han_len(text) - han_len(opening[1]) < _PROSE_AFTER
    ):
        return ""
    return strip_punct(opening[1])


def _lead_over(paragraphs: list[Paragraph], first: int) -> str:
    """The line right over the essay's thesis (the paragraph before its first point), where it reads
    as a headline: no prose and no clause's break (a page's chrome, 下载文档到电脑，…, is no lead); else ""."""
    if first < 2:
        return ""
    line = paragraphs[first - 2].text.strip()
    if is_body(line) or not 4 <= han_len(line) <= 40 or re.search(r"[，,。；;：:！!？?]", line):
        return ""
    return line
