"""An essay's 分论点: the points a 申论 answer or a model essay argues, each the short clause that opens
one of its body paragraphs (筑牢安全之“堤”，… / 激发创新之“力”，… / 厚植人才之“基”，…).

Such an essay states its thesis in an opening paragraph, then gives three to five paragraphs that each
open with a point of one make, then closes; a learner recites the points as a set. The points carry no
number (a numbered run, 一是… / 首先…, is outline.py's), so they are told by their place and their
shape alone: the same number of characters and a character they share in the same place (坚持…,
…之“X”, 以…为本). What this module does not do: points printed on lines of their own, with their
prose in the next paragraph, are not taken (by this module or another).
"""

from __future__ import annotations

import re

from yaodian.extractors.boilerplate import is_body
from yaodian.extractors.parallel import ParallelSet
from yaodian.extractors.text import CLAUSE_BREAKS, Paragraph, han_len, shorten, strip_punct
from yaodian.markers import ANY_MARKER

# a paragraph's opening clause: what stands before its first break
_OPENING = re.compile(f"([^{CLAUSE_BREAKS}]+)[{CLAUSE_BREAKS}]")
_POINT_LENGTH = range(4, 21)  # Han characters: a point is a phrase or a short sentence, no clause of 2
_POINTS = range(3, 6)  # an essay argues three to five points
# An ordinal with a counter (第一张…, 第二项…), which ANY_MARKER, reading 第一，/第一个 as a list's marks,
# lets pass: a count of things, not a point
_COUNTED_OPENING = re.compile(r"\s*第[一二三四五六七八九十\d]")
# A clause that frames what follows rather than stating a point: reported speech (会议指出, 我们看到),
# a viewpoint (从历史上看) or an ordinal (信号之一)
_FRAME = re.compile(r"(?:指出|强调|要求|认为|表示|提出|看到|[看说]|之[一二三四五])$")
# A clause that sets a time or links to what came before (今年以来, 截至目前, 与此同时, 通过此次学习,
# 对照先进典型): a news story's or a 心得's paragraphs open so, stating no point
_CONNECTIVE = re.compile(
    r"(?:以来|之前|以后|期间|目前|当前|如今|现在)$|^(?:截至|截止|与此同时|同时|另一方面|此外|另外|总之|"
    r"总而言之|综上|通过|对照|结合|作为|据|随着|围绕|针对|对于|关于)"
)


def essay_points(paragraphs: list[Paragraph]) -> list[ParallelSet]:
    """The runs of three to five body paragraphs in a row that each open with a point of the same
    length (see _point), between a paragraph before them (the thesis) and one after (the close): each
    with the line over them that reads as the essay's headline (or ""), and the paragraphs they open
    as its context."""
    points = [_point(paragraph) for paragraph in paragraphs]
    sets: list[ParallelSet] = []
    start = 0
    while start < len(paragraphs):
        end = start
        while (
            end < len(paragraphs)
            and points[end]
            and han_len(points[end]) == han_len(points[start])
            and points[end] not in points[start:end]
        ):
            end += 1
        if found := _points_between(paragraphs, points, start, end):
            first, last = found
            sets.append(
                ParallelSet(
                    _lead_over(paragraphs, first),
                    points[first:last],
                    [shorten(p.text) for p in paragraphs[first:last]],
                    paragraphs[first].line,
                    heading_level=True,  # each point opens a paragraph of its own
                )
            )
        start = max(end, start + 1)
    return sets


def _points_between(
    paragraphs: list[Paragraph], points: list[str], start: int, end: int
) -> tuple[int, int] | None:
    """The points among the run of openings of one length paragraphs[start:end]: the run, between a body
    paragraph before it (the thesis) and one after (the close), where it holds three to five points of
    one make (see _of_one_make). A run that is of no one make may hold the thesis or the close at its
    edge (一方水土养一方人，…, as long as the points): it is tried without its first or last member.
    A run of one make stays whole (six of them are no essay's points), except at the text's edges.
    None where no such points stand."""
    if _of_one_make(points[start:end]):
        tries = [(max(start, 1), min(end, len(paragraphs) - 1))]
    else:
        tries = [(start, end - 1), (start + 1, end), (start + 1, end - 1)]
    for first, last in tries:
        if (
            first >= 1
            and last < len(paragraphs)
            and last - first in _POINTS
            and _of_one_make(points[first:last])
            and is_body(paragraphs[first - 1].text)
            and is_body(paragraphs[last].text)
        ):
            return first, last
    return None


def _of_one_make(points: list[str]) -> bool:
    """Whether the points (of one length) share a character in the same place: an essay's points are cut
    to one pattern (坚持系统观念 / 坚持守正创新, 安全之“堤” / 创新之“力”), where the openings of a
    story's paragraphs that happen to be of one length share none."""
    hans = [[c for c in point if "\u4e00" <= c <= "\u9fff"] for point in points]
    return bool(hans) and any(len({chars[place] for chars in hans}) == 1 for place in range(len(hans[0])))


def _point(paragraph: Paragraph) -> str:
    """The point a body paragraph opens with: its opening clause, of _POINT_LENGTH Han characters, no
    number or mark before it, no frame or connective; "" where it opens with none. (A body paragraph
    is of 30 Han characters at least, so a point of 20 at most always has prose after it.)"""
    text = paragraph.text.strip()
    opening = _OPENING.match(text)
    if (
        opening is None
        or not is_body(text)
        or ANY_MARKER.match(text)
        or _COUNTED_OPENING.match(text)
        or han_len(opening[1]) not in _POINT_LENGTH
        or _FRAME.search(opening[1].strip())
        or _CONNECTIVE.search(opening[1].strip())
    ):
        return ""
    return strip_punct(opening[1])


def _lead_over(paragraphs: list[Paragraph], first: int) -> str:
    """The line right over the essay's thesis (the paragraph before its first point), where it reads
    as a headline: no prose and no clause's break (a page's chrome, 下载文档到电脑，…, is no lead); else "".
    It takes the thesis as one paragraph: over a thesis of two, the line found is prose, and the card
    falls back to the deck's title or its section's heading."""
    if first < 2:
        return ""
    line = paragraphs[first - 2].text.strip()
    if is_body(line) or not 4 <= han_len(line) <= 40 or re.search(f"[{CLAUSE_BREAKS}]", line):
        return ""
    return line
