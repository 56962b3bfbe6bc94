"""What frames an article and is no part of its text: the page's furniture above its printed
headline, the subtitle (副题) hung under the headline on a dash, and the menu the main text opens with.

A page prints its furniture first (the site's banner and menu, a column's label, the issue's date,
a course's cover form) and its headline under it; the article opens below the headline. So when
the headline is printed in the document's head, before the first paragraph of prose, the short
lines above it are the page's, not the writer's, and make no card. A line that reads as prose (a
forwarding note, a preface) stays wherever it stands. A line under the headline that opens with a
dash (——以某市的改革为例) is the headline's subtitle: it says what the piece is, not what it teaches.
Where no headline is printed (a page's title gives it), a run of short entries that the main text
opens with, over the article's prose, is the page's menu when the text never says one of them again.

This module does not find the headline (titles.find_title does) and does not drop furniture told
by its words (boilerplate.main_text does); it only reads where the lines stand around the headline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from yaodian.extractors.boilerplate import is_body
from yaodian.extractors.text import Paragraph, clean_line, han_len
from yaodian.extractors.titles import is_title_line

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


def _reads_as_prose(text: str) -> bool:
    """A line of sentences: the body's long prose, two clauses of some words each, or one sentence
    that ends on its mark."""
    clauses = [clause for clause in _CLAUSE_MARK.split(text) if han_len(clause) >= 3]
    sentence = bool(_SENTENCE_END.search(text)) and han_len(text) >= _SENTENCE_MIN
    return is_body(text) or len(clauses) >= 2 or sentence


def _headline_line(lines: Sequence[str], title: str, opening: int) -> int | None:
    """The number of the last line before line `opening` (the first of prose) that prints the
    headline `title`: a page may print it twice (its cover, then over the text); the text hangs
    under the lower one."""
    found = None
    previous = ""
    for number, raw in enumerate(lines[: opening - 1], 1):
        text = clean_line(raw)
        if not text:
            continue
        following = next((clean_line(line) for line in lines[number:] if line.strip()), "")
        if is_title_line(text, title, (previous, following), in_head=True):
            found = number
        previous = text
    return found


def _is_subtitle(text: str) -> bool:
    """A short phrase opened by a dash, with no sentence's end: ——以某市的改革为例."""
    return (
        bool(_SUBTITLE_DASH.match(text)) and han_len(text) <= _SUBTITLE_MAX and not _SENTENCE_END.search(text)
    )


def below_headline(body: list[Paragraph], lines: Sequence[str], title: str) -> list[Paragraph]:
    """`body` (the document's main text without its headline's lines) without what frames the
    printed headline: the lines above it that do not read as prose, and the subtitle under it.

    Only when the headline stands in the head, before the first paragraph of prose, and no line
    above it numbers a section of the text's own outline (then the chosen headline is a heading
    inside the text, and what stands above it is the text's)."""
    opening = next((p.line for p in body if is_body(p.text)), None)
    if opening is None or not title:
        return body  # (a text of no prose, slides or an outline, has no head to tell apart)
    headline = _headline_line(lines, title, opening)
    if headline is None:
        return body
    above = [p for p in body if p.line < headline]
    if any(_OUTLINE_NUMBER.match(p.text) for p in above):
        return body
    next_line = next((number for number in range(headline + 1, opening) if lines[number - 1].strip()), None)
    framing = {p.line for p in above if not _reads_as_prose(p.text)}
    framing |= {p.line for p in body if p.line == next_line and _is_subtitle(p.text)}
    return [p for p in body if p.line not in framing]


_ENTRY_MAX = 16  # Han characters of a menu's entry: a link's words, not a sentence
_MENU_MIN = 3  # entries of a menu at the least
_PROSE_AFTER = 2  # paragraphs of prose under a menu at the least: the article it stands over
_ENTRY_MARK = re.compile(r"^\s*(?:[-•·▪●■◆*+>»]\s*)*(?:\d{1,2}\s*[.、．)）]\s*|\d{1,2}\s+)?")
_ENTRY_VALUE = re.compile(r"\s*[:：].*$")


def _entry(text: str) -> str:
    """An entry's own words: its bullet or number and a value after its colon cut (博客等级：14)."""
    return _ENTRY_VALUE.sub("", _ENTRY_MARK.sub("", text)).strip()


def _is_entry(text: str) -> bool:
    """A link's or a field's few words: short, no clause's mark, no number of the text's outline."""
    return (
        0 < han_len(text) <= _ENTRY_MAX and not _CLAUSE_MARK.search(text) and not _OUTLINE_NUMBER.match(text)
    )


def without_menus(body: list[Paragraph]) -> list[Paragraph]:
    """`body` without the page's menu that opens it: a run of short entries that the main text
    starts with, prose under it, none of whose entries the text says again (a site's or a paper's
    navigation, a profile's fields). A list the text goes on to discuss repeats its members; one
    further down (a question's options, a note's points) is the text's own and stays."""
    prose = [number for number, p in enumerate(body) if is_body(p.text)]
    if len(prose) < _PROSE_AFTER:
        return body
    end = 0
    while end < prose[0] and _is_entry(body[end].text):
        end += 1
    entries = [_entry(p.text) for p in body[:end]]
    later = "\n".join(p.text for p in body[end:])
    if end < _MENU_MIN or any(entry and entry in later for entry in entries):
        return body
    return body[end:]
