"""What frames an article and is no part of its text: the page's furniture above its printed
headline, the subtitle (副题) hung under the headline on a dash, and the menu the main text opens with.

A page prints its furniture first (the site's banner and menu, a column's label, the issue's date,
a course's cover form) and its headline under it; the article opens below the headline. So when
the headline is printed in the document's head, before the first paragraph of prose, the short
lines above it are the page's, not the writer's, and make no card. A line that reads as prose (a
forwarding note, a preface) stays wherever it stands. A line under the headline that opens with a
dash (——以某市的改革为例) is the headline's subtitle: it says what the piece is, not what it teaches;
a subtitle that states a formulation (two clauses, or a quoted series of three) is the writer's.
A line above the headline that enumerates with 顿号 is a writer's kicker (引题), not a menu: a
site lays its menu out with spaces or bars.
Where no headline is printed (a page's title gives it), a run of short entries that the main text
opens with, over the article's prose, is the page's menu when the text never says one of them again,
never names their count (这三项制度, “四个意识”) and does not number them. Under a printed headline a
note's opening points are the note's, so there only a run of form fields (标题：… 来文单位：…) goes.

This module does not find the headline (titles.find_title does) and does not drop furniture told
by its words (boilerplate.main_text does); it only reads where the lines stand around the headline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from yaodian.extractors.boilerplate import is_body
from yaodian.extractors.text import Paragraph, clean_line, han_len
from yaodian.extractors.titles import is_title_line
from yaodian.numerals import numeral_value

# A clause of some words ends with one of these; a line of two such clauses reads as prose.
_CLAUSE_MARK = re.compile(r"[，；;。！？!?]|,(?!\d)")  # (not a figure's comma: 186,342)
# A section's number of the text's own outline (一、 （二） 第三章 第一部分): a headline printed below
# such a line is a section's heading inside the text, not the page's headline.
_OUTLINE_NUMBER = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、．.]|[(（][一二三四五六七八九十]{1,3}[)）]"
    r"|第[一二三四五六七八九十百]{1,3}[章节部分篇编])"
)
# A subtitle's dash: a long dash (——, —, ──) or two short ones; one hyphen is a Markdown bullet.
_SUBTITLE_DASH = re.compile(r"\s*(?:[—─━―]{1,2}|[－-]{2})\s*\S")
_SUBTITLE_MAX = 40  # Han characters: a subtitle is a phrase, not a paragraph
_SENTENCE_END = re.compile(r"[。！？!?]")
_SENTENCE_MIN = 8  # Han characters of a sentence that ends on its mark: 请将方案转发至各科室。
# A writer enumerates with 顿号: two of them join a series of three (保就业、保民生、保市场主体).
_SERIES_MARKS = 2
# A series of three or more the writer quotes as one formulation: “村民议事、乡贤助力、社工协同”,
# 「人、地、产」 (two 顿号 at the least, as _SERIES_MARKS; a pair in quotes is a slogan's two halves).
_QUOTED_SERIES = re.compile(r"[“「『‘\"][^”」』’\"]*(?:、[^”」』’\"]*){2,}[”」』’\"]")


def _has_two_clauses(text: str) -> bool:
    """Two clauses of some words each, split by a clause's mark."""
    return len([clause for clause in _CLAUSE_MARK.split(text) if han_len(clause) >= 3]) >= 2


def _reads_as_prose(text: str) -> bool:
    """A line of sentences: the body's long prose, two clauses of some words each, or one sentence
    that ends on its mark."""
    sentence = bool(_SENTENCE_END.search(text)) and han_len(text) >= _SENTENCE_MIN
    return is_body(text) or _has_two_clauses(text) or sentence


def _enumerates(source_line: str) -> bool:
    """The line as written lists a series with 顿号 (a menu is laid out with spaces or bars, which
    clean_line may join with 、, so the source line is asked)."""
    return source_line.count("、") >= _SERIES_MARKS


def _opening(body: list[Paragraph]) -> int | None:
    """The number of the line of the first paragraph of prose."""
    return next((p.line for p in body if is_body(p.text)), None)


def _headline_line(lines: Sequence[str], title: str, opening: int) -> int | None:
    """The number of the last line before line `opening` (the first of prose) that prints the
    headline `title`: a page may print it twice (its cover, then over the text); the text hangs
    under the lower one."""
    # the head's written lines, each with the one after it (the first line of prose follows the last)
    written = [(number, clean_line(raw)) for number, raw in enumerate(lines[: opening - 1], 1) if raw.strip()]
    written.append((opening, clean_line(lines[opening - 1])))
    found = None
    previous = ""
    for (number, text), (_, following) in pairwise(written):
        if not text:
            continue
        if is_title_line(text, title, (previous, following), in_head=True):
            found = number
        previous = text
    return found


def _squeezed(text: str) -> str:
    """`text` without its spaces."""
    return re.sub(r"\s+", "", text)


def headline_printed(body: list[Paragraph], lines: Sequence[str], title: str) -> bool:
    """Whether the document prints its headline `title` in its head, before the first paragraph of
    prose: on a line of its own, or over several lines in a row that find_title joined (三个务必's
    three lines). Not when only a page's `<title>` gives it, nor where a menu's link repeats it."""
    opening = _opening(body)
    if opening is None or not title:
        return False
    if _headline_line(lines, title, opening) is not None:
        return True
    head = [_squeezed(clean_line(line)) for line in lines[: opening - 1]]
    head = [text for text in head if text]
    wanted = _squeezed(title)
    return any(
        "".join(head[first:last]) == wanted
        for first in range(len(head))
        for last in range(first + 2, len(head) + 1)
    )


def _is_subtitle(text: str, source_line: str) -> bool:
    """A short phrase opened by a dash that names what the piece is (——以某市的改革为例): no
    sentence's end, and not a formulation the writer states, which has two clauses or quotes a
    series (——以“议事、调解、服务”为例; a bare series names the readers: ——省考、国考通用)."""
    return (
        bool(_SUBTITLE_DASH.match(text))
        and han_len(text) <= _SUBTITLE_MAX
        and not _SENTENCE_END.search(text)
        and not _has_two_clauses(text)
        and not _QUOTED_SERIES.search(source_line)
    )


def below_headline(body: list[Paragraph], lines: Sequence[str], title: str) -> list[Paragraph]:
    """`body` (the document's main text without its headline's lines) without what frames the
    printed headline: the lines above it that do not read as prose, and the subtitle under it.

    Only when the headline stands in the head, before the first paragraph of prose, and no line
    above it numbers a section of the text's own outline (then the chosen headline is a heading
    inside the text, and what stands above it is the text's)."""
    opening = _opening(body)
    if opening is None or not title:
        return body  # (a text of no prose, slides or an outline, has no head to tell apart)
    headline = _headline_line(lines, title, opening)
    if headline is None:
        return body
    above = [p for p in body if p.line < headline]
    if any(_OUTLINE_NUMBER.match(p.text) for p in above):
        return body
    next_line = next((number for number in range(headline + 1, opening) if lines[number - 1].strip()), None)
    framing = {p.line for p in above if not _reads_as_prose(p.text) and not _enumerates(lines[p.line - 1])}
    framing |= {p.line for p in body if p.line == next_line and _is_subtitle(p.text, lines[p.line - 1])}
    return [p for p in body if p.line not in framing]


_ENTRY_MAX = 16  # Han characters of a menu's entry: a link's words, not a sentence
_MENU_MIN = 3  # entries of a menu at the least
_PROSE_AFTER = 2  # paragraphs of prose under a menu at the least: the article it stands over
_ENTRY_MARK = re.compile(r"^\s*(?:[-•·▪●■◆*+>»]\s*)*(?:\d{1,2}\s+)?")
_ENTRY_VALUE = re.compile(r"\s*[:：].*$")
# An item's number of a list the writer numbers (1. 2、 3） (4)): like 一、 二、, it marks the text's
# own list, not a site's links (a figure 1.5 is no number).
_LIST_NUMBER = re.compile(r"\s*(?:[-•·▪●■◆*+>»]\s*)*(?:\d{1,2}\s*(?:[.．](?!\d)|[、)）])|[(（]\d{1,2}[)）])")
# A count named with its measure word, in words as a formulation names it (三项制度, “四个意识”,
# 六大特质, 三点, 四个方面); a figure counts things (6个乡镇), not a list's members.
_COUNT = re.compile(r"([一二两三四五六七八九十]{1,2})\s*(?:个|项|大|条|种|点|方面)")


def _names_count(text: str, counts: set[int]) -> bool:
    """Whether `text` names one of `counts` with its measure word (这三项制度, “四个意识”)."""
    return any(numeral_value(match.group(1)) in counts for match in _COUNT.finditer(text))


def _entry(text: str) -> str:
    """An entry's own words: its bullet and a value after its colon cut (博客等级：14)."""
    return _ENTRY_VALUE.sub("", _ENTRY_MARK.sub("", text)).strip()


def _is_entry(text: str) -> bool:
    """A link's or a field's few words: short, no clause's mark, and no number: a numbered line
    (一、 （二） 第三章, or 1. 2、) is an item of the text's own outline or list."""
    return (
        0 < han_len(text) <= _ENTRY_MAX
        and not _CLAUSE_MARK.search(text)
        and not _OUTLINE_NUMBER.match(text)
        and not _LIST_NUMBER.match(text)
    )


def without_menus(body: list[Paragraph], title: str = "", fields_only: bool = False) -> list[Paragraph]:
    """`body` without the page's menu that opens it: a run of short entries that the main text
    starts with, prose under it, none of whose entries the text says again (a site's or a paper's
    navigation, a profile's fields). A list the text goes on to discuss repeats its members or
    names their count as it opens under them (这三项制度; or the headline `title` does: 增强“四个
    意识”, or the run's own header: 三个务必); one further down (a question's options, a note's points) is the text's own;
    all of these stay. With `fields_only` (the headline is printed above, so the run opens the
    article, where a note lists its points) only a run of form fields goes (来文单位：… 当前环节：…)."""
    prose = [number for number, p in enumerate(body) if is_body(p.text)]
    if len(prose) < _PROSE_AFTER:
        return body
    end = 0
    while end < prose[0] and _is_entry(body[end].text):
        end += 1
    if end < _MENU_MIN:
        return body
    run = [p.text for p in body[:end]]
    later = "\n".join(p.text for p in body[end:])
    if any(entry and entry in later for entry in map(_entry, run)):
        return body
    opening_prose = "\n".join(p.text for p in body[end : end + _PROSE_AFTER])
    if _names_count(opening_prose, {end}) or _names_count(title + "\n" + run[0], {end, end - 1}):
        return body  # (end - 1: the run's first line may be its header, 三个务必, not a member)
    if fields_only and sum(bool(_ENTRY_VALUE.search(text)) for text in run) * 2 < end:
        return body
    return body[end:]
