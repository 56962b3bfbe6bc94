"""Slides: PowerPoint .pptx (python-pptx: slide titles as headings, body paragraphs as list items
at their level, speaker notes that are the talk) and text exported from slides (第N页 over each)."""

from __future__ import annotations

import dataclasses
import io
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

from yaodian.markers import (
    CIRCLED_OPENING,
    HEADING_NUMBER,
    NUMERALS,
)
from yaodian.sources.document import LineLayout, damage, file_error
from yaodian.sources.markdown import InlineLine, row_line
from yaodian.sources.plain import ends_a_sentence

# ---- PowerPoint .pptx (python-pptx)

_TITLE_PLACEHOLDERS = {"TITLE", "CENTER_TITLE", "VERTICAL_TITLE"}
_BODY_PLACEHOLDERS = {"BODY", "OBJECT", "VERTICAL_BODY", "VERTICAL_OBJECT"}
# The title of the slide a deck closes with (谢谢聆听！ 敬请批评指正 THANK YOU): the speaker's
# goodbye, no section of the talk; the slide goes, with its subtitle (欢迎批评指正, the unit).
_CLOSING_SLIDE = re.compile(
    r"(?:谢\s*谢|感\s*谢)(?:您的)?(?:聆听|观看|收看|关注|大家|各位)?|(?:敬请|欢迎|恳请)批评指正|thanks?(?: you)?",
    re.IGNORECASE,
)
_CLOSING_SLIDE_END = "！!。.～~ "
# Speaker notes this long (Han characters) or longer are the talk's text, not a reminder.
_TALK_NOTES = 60
# A cell of a slide table's first column that only numbers its row (序号 1, 2, 3; 01; 1.): told by
# every body row's cell at once, so looser than _ROW_NUMBER_CELL (three digits, a mark after them);
# the column goes.
_NUMBER_COLUMN_CELL = re.compile(r"[0-9０-９]{1,3}[.、．]?")
# What a slide's template prints on every slide: no part of its text.
_FURNITURE_PLACEHOLDERS = {"DATE", "FOOTER", "HEADER", "SLIDE_NUMBER"}
# A deck's furniture (the unit's name, the course's, a notice, a logo's words) stands on this share
# of its slides at least, and on three at least; in a .pptx at one place in the slide's top or
# bottom band (this share of its height), where a book's running head or foot stands, and not
# amid the slide's text.
_FOOTER_SHARE = 0.5
_FOOTER_SLIDES = 3
_MARGIN_BAND = 0.12
# A sentence's end: a line of prose is the talk's text, however often a deck repeats it (a refrain).
_SENTENCE_END = re.compile(r"[。！？；!?;]")


def _placeholder_kind(shape: Any) -> str:
    """The name of a shape's placeholder type (TITLE, BODY, …), '' for a shape of its own."""
    if not shape.is_placeholder:
        return ""
    kind = shape.placeholder_format.type
    return kind.name if kind is not None else ""


def _slide_shapes(shapes: Iterable[Any]) -> Iterator[Any]:
    """A slide's shapes in their order, the shapes inside groups in place of the group."""
    from pptx.shapes.group import GroupShape

    for shape in shapes:
        if isinstance(shape, GroupShape):  # shape_type raises on a valid shape of no known type
            yield from _slide_shapes(shape.shapes)
        else:
            yield shape


def _pptx_text(text: str) -> str:
    """A paragraph's text on one line: a line break inside it (python-pptx's \\v) is a space."""
    return re.sub(r"[\v\n]+", " ", text).strip()


def _talk_notes(slide: Any) -> list[str]:
    """A slide's speaker notes as paragraphs, when they are the talk's own text: a 党课 deck's notes
    hold the 讲稿 the slides only head (这一部分讲三层意思。第一层，从党的历史看…), which a learner
    wants. Notes of fewer than _TALK_NOTES Han characters are the presenter's reminders (时间控制在
    五分钟左右), no part of the talk, and go."""
    if not slide.has_notes_slide or (frame := slide.notes_slide.notes_text_frame) is None:
        return []
    paragraphs = [text for paragraph in frame.paragraphs if (text := _pptx_text(paragraph.text))]
    if sum(1 for char in "".join(paragraphs) if "\u4e00" <= char <= "\u9fff") < _TALK_NOTES:
        return []
    return paragraphs


def _shape_text(shape: Any) -> str:
    """A text shape's whole text on one line, its paragraphs a space apart."""
    return " ".join(text for paragraph in shape.text_frame.paragraphs if (text := _pptx_text(paragraph.text)))


_Place = tuple[str, int, int]  # a shape's whole text and where it stands: its left and top edges (EMU)


def _place(shape: Any) -> _Place:
    return (_shape_text(shape), shape.left or 0, shape.top or 0)


def _in_margin(shape: Any, slide_height: int) -> bool:
    """Whether a shape stands in its slide's top or bottom band (_MARGIN_BAND of its height)."""
    top = shape.top or 0
    band = _MARGIN_BAND * slide_height
    return top + (shape.height or 0) <= band or top >= slide_height - band


def _deck_furniture(slides: list[Any], slide_height: int | None) -> set[_Place]:
    """The text boxes a deck prints again and again: the same text at the same place, in the top or
    bottom band of most of its slides (_FOOTER_SHARE of them, _FOOTER_SLIDES at least), as a
    running head or foot stands on every page of a book (石桥县委宣讲团, 某某党校 · 课件专用, a
    training company's name), outside the template's footer placeholders. Not a slide's title (a
    part's title over the slides it spans, 一、… and 一、…（续）), a numbered heading or a sentence:
    those are the talk's. Nor a text the deck prints elsewhere too (the cover's headline, which a
    footer repeats): it names the talk, and the title rules read a line printed over every page as
    the document's name."""
    if not slide_height:
        return set()
    shapes = [[shape for shape in _slide_shapes(slide.shapes) if shape.has_text_frame] for slide in slides]
    in_band: Counter[_Place] = Counter()
    for on_slide in shapes:
        in_band.update(
            {
                _place(shape)
                for shape in on_slide
                if _placeholder_kind(shape) not in _TITLE_PLACEHOLDERS and _in_margin(shape, slide_height)
            }
        )
    least = max(_FOOTER_SLIDES, _FOOTER_SHARE * len(slides))
    repeated = {
        place
        for place, count in in_band.items()
        if count >= least
        and place[0]
        and not HEADING_NUMBER.match(place[0])
        and not _SENTENCE_END.search(place[0])
    }
    elsewhere = {
        text
        for on_slide in shapes
        for shape in on_slide
        if _place(shape) not in repeated
        for text in [
            _shape_text(shape),
            *(_pptx_text(paragraph.text) for paragraph in shape.text_frame.paragraphs),
        ]
    }
    return {place for place in repeated if place[0] not in elsewhere}


def _slide_lines(
    slide: Any, lines: list[str], layout: dict[int, LineLayout], furniture: set[_Place]
) -> str | None:
    """Append one slide's text to `lines` (its layout to `layout`): the title placeholder's as a
    heading, first; body placeholders' paragraphs as list items at their level; other text boxes'
    paragraphs as paragraphs, tables as lists of their rows (_table_lines). The speaker's notes
    follow as paragraphs when they are the talk's text (_talk_notes); a closing slide (谢谢聆听！)
    is left out, and so are the template's placeholders for a footer, a date and a number, and the
    boxes the deck prints on most slides (`furniture`: see _deck_furniture). Returns the slide's
    title."""
    shapes = list(_slide_shapes(slide.shapes))
    titles = [shape for shape in shapes if _placeholder_kind(shape) in _TITLE_PLACEHOLDERS]
    title = next((text for shape in titles if (text := _pptx_text(shape.text_frame.text))), None)
    if title and _CLOSING_SLIDE.fullmatch(title.rstrip(_CLOSING_SLIDE_END)):
        return None
    if title:
        lines.append(title)
        layout[len(lines)] = LineLayout(heading=1)
    for shape in shapes:
        kind = _placeholder_kind(shape)
        if kind in _TITLE_PLACEHOLDERS or kind in _FURNITURE_PLACEHOLDERS:
            continue
        if shape.has_text_frame and _place(shape) in furniture:
            continue
        if shape.has_text_frame:
            for paragraph in shape.text_frame.paragraphs:
                text = _pptx_text(paragraph.text)
                if text:
                    lines.append(text)
                    if kind in _BODY_PLACEHOLDERS:
                        layout[len(lines)] = LineLayout(bullet=paragraph.level + 1)
        elif shape.has_table:
            _table_lines(shape.table, lines, layout)
    lines += _talk_notes(slide)
    lines.append("")  # a slide's lists end with it
    return title


def _row_texts(row: Any, skip: int) -> list[InlineLine]:
    return [InlineLine(_pptx_text(cell.text)) for cell in list(row.cells)[skip:]]


def _table_lines(table: Any, lines: list[str], layout: dict[int, LineLayout]) -> None:
    """Append a slide table's rows to `lines`, each as one line read like a definition
    (精文减会：严控发文数量…；压减30%), as a Markdown table's are. A slide's table is a set: the
    body rows are list items of the slide (their first cells name them, the items under its
    title); the header row (python-pptx's first_row) goes: it names columns (领域 主要举措), nothing
    to learn, and read as a line it would join the list. A first column of mere
    numbers (序号 1 2 3) goes: the row's own words are its name."""
    rows = list(table.rows)
    header = rows[:1] if table.first_row else []
    body = rows[len(header) :]
    numbered = all(_NUMBER_COLUMN_CELL.fullmatch(_pptx_text(row.cells[0].text)) for row in body)
    skip = 1 if body and numbered else 0
    for row in body:
        if text := row_line(_row_texts(row, skip)).text:
            lines.append(text)
            if len(body) > 1:
                layout[len(lines)] = LineLayout(bullet=1)


def read_pptx(data: bytes, path: Path) -> tuple[list[str], dict[int, LineLayout], str | None]:
    """The text of a PowerPoint presentation slide by slide (see _slide_lines), as Markdown would
    give it; the first slide's title is the document's."""
    import pptx

    lines: list[str] = []
    layout: dict[int, LineLayout] = {}
    titles: list[str] = []
    try:
        presentation = pptx.Presentation(io.BytesIO(data))
        slides = list(presentation.slides)
        furniture = _deck_furniture(slides, presentation.slide_height)
        for slide in slides:
            title = _slide_lines(slide, lines, layout, furniture)
            titles += [title] if title else []
    except Exception as exc:  # python-pptx lets zipfile, lxml and KeyError errors through
        raise file_error(path, f"cannot read as a PowerPoint presentation: {damage(exc)}") from None
    return lines, _with_slides_inside_parts(lines, layout), titles[0] if titles else None


# A slide title that numbers a part of the talk (一、… 第二部分 第三讲); one that closes the talk
# or stands after it (结语 思考题 参考文献 谢谢), which is no slide inside the last part; one that
# carries a series of its own (案例二 专题三), which the parts' numbers do not number; and the
# 目录 slide's title, whose lines name the talk's parts.
_PART_TITLE = re.compile(rf"^\s*(?:[{NUMERALS}]+、|第[{NUMERALS}]+(?:部分|讲|篇|章))")
_CLOSING_TITLE = re.compile(
    r"^\s*(?:结语|结束语|小结|总结|结论|思考题|思考与讨论|讨论与思考|讨论题?|课后思考|课后作业"
    r"|参考文献|参考资料|附件\S{0,8}|附录\S{0,8}|谢谢\S{0,8}|感谢\S{0,8}|(?i:Q\s*&\s*A|thanks?( you)?)"
    r"|互动交流|答疑)\s*[！!。.]?\s*$"
)
_SERIES_TITLE = re.compile(rf"^\s*(?:案例|专题|单元|模块|板块|主题|课题|任务|篇章)\s*[{NUMERALS}0-9]+")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_CONTENTS_TITLE = re.compile(r"^\s*(?:目\s*录|提\s*纲|内容提要|主要内容|(?i:contents?|outline))\s*$")


def _with_slides_inside_parts(lines: list[str], layout: dict[int, LineLayout]) -> dict[int, LineLayout]:
    """The layout with the titles of slides inside a part one level below the parts, where the
    deck says so: it numbers its parts on their slides' titles (一、… 二、…), and a slide with a
    title of no number after a part's (伟大建党精神的时代价值 after 一、深刻理解…) goes on with it
    when the 目录 slide names the numbered titles as the parts (and not this one), or the title
    shares words with the part's. Not the slides before the first part (the cover, 目录); a
    closing slide (结语 思考题 参考文献) or a title of a series of its own (案例二) ends the part,
    and is none of it. A deck with fewer than two numbered titles keeps every title a heading."""
    titles = [number for number, marked in sorted(layout.items()) if marked.heading == 1]
    numbered = [number for number in titles if _PART_TITLE.match(lines[number - 1])]
    if len(numbered) < 2:
        return layout
    contents = _contents_entries(lines, titles)
    listed = (
        sum(any(_title_core(lines[number - 1]) in entry for entry in contents) for number in numbered) >= 2
    )
    nested = dict(layout)
    part: str | None = None
    for number in titles:
        text = lines[number - 1]
        if _PART_TITLE.match(text):
            part = text
        elif part is None:
            continue
        elif _CLOSING_TITLE.match(text) or _SERIES_TITLE.match(text):
            part = None
        elif (listed and not any(_title_core(text) in entry for entry in contents)) or _shares_words(
            text, part
        ):
            nested[number] = dataclasses.replace(layout[number], heading=2)
    return nested


def _contents_entries(lines: list[str], titles: list[int]) -> list[str]:
    """The lines of the deck's 目录 slide (under its title, to the next slide's), each without its
    number; [] when the deck has no 目录 slide."""
    for number, following in zip(titles, [*titles[1:], len(lines) + 1], strict=True):
        if _CONTENTS_TITLE.match(lines[number - 1]):
            return [_title_core(line) for line in lines[number : following - 1] if line.strip()]
    return []


def _title_core(title: str) -> str:
    """A slide title without its part number and spaces (一、深刻理解… -> 深刻理解…)."""
    return re.sub(r"\s+", "", _PART_TITLE.sub("", title))


def _shares_words(title: str, part: str) -> bool:
    """Whether a title goes on with a part's words: two Han characters in a row that the part's
    title has too (a 的 between words joins none)."""

    def pairs(text: str) -> set[str]:
        core = _title_core(text)
        return {a + b for a, b in pairwise(core) if _HAN.fullmatch(a + b) and "的" not in a + b}

    return bool(pairs(title) & pairs(part))


# ---- Text exported from slides (a PPT's outline: 第N页 / 幻灯片 N / Slide N over each slide)

# A slide's marker on a line of its own: 第3页, 第 3 页, 幻灯片 3, Slide 3, P3 (a colon after it).
_SLIDE_MARKER = re.compile(
    r"^\s*(?:第\s*(?P<page>\d{1,3})\s*[页张]|幻灯片\s*(?P<slide>\d{1,3})|(?i:slide)\s*(?P<en>\d{1,3})"
    r"|[Pp]\s*(?P<p>\d{1,3}))\s*[:：]?\s*$"
)
# Slides enough to call a text a deck, and how many lines may stand before the first one (the
# file's own title over the outline); a slide's title is this many characters at most, and so
# many of the slides open with one.
_MIN_SLIDES = 3
_BEFORE_FIRST_SLIDE = 3
_SLIDE_TITLE = 30
_TITLED_SHARE = 0.8
# A bullet glyph opening a slide's line (a circled number, CIRCLED_OPENING, opens one too, and
# stays in the text, as a Markdown list's number does).
_SLIDE_BULLET = re.compile(r"^\s*[▲△▶►▸■□●○◆◇•▪★☆✔✓➢➤\-*·]\s*(?=\S)")
# The speaker's notes an export sets after a slide's text (备注：…, 演讲者备注：…): what the speaker
# says, not what the slide shows; they run to the next slide.
_SPEAKER_NOTES = re.compile(r"^\s*(?:演讲者)?备注\s*[：:]")


def _slide_number(line: str) -> int | None:
    found = _SLIDE_MARKER.match(line)
    return int(next(n for n in found.groups() if n)) if found else None


def _slide_starts(lines: list[str]) -> list[int]:
    """The indices of the marker lines when `lines` are a slide deck's text: markers on lines of
    their own (_SLIDE_MARKER), numbered upwards, the first near the top, most of them followed by
    a short line that ends no sentence (the slide's title). A PDF's page numbers stand at the foot
    of each page, under its last line of prose, and fail one of these. Else []."""
    starts = [index for index, line in enumerate(lines) if _slide_number(line) is not None]
    if len(starts) < _MIN_SLIDES:
        return []
    numbers = [_slide_number(lines[index]) or 0 for index in starts]
    if any(b <= a for a, b in pairwise(numbers)):
        return []
    if sum(1 for line in lines[: starts[0]] if line.strip()) > _BEFORE_FIRST_SLIDE:
        return []
    titled = 0
    for index in starts:
        first = next((line.strip() for line in lines[index + 1 :] if line.strip()), "")
        if (
            first
            and len(first) <= _SLIDE_TITLE
            and not ends_a_sentence(first)
            and _slide_number(first) is None
        ):
            titled += 1
    return starts if titled >= _TITLED_SHARE * len(starts) else []


def _slide_footers(lines: list[str], starts: list[int]) -> set[str]:
    """The lines repeated on most slides (_FOOTER_SHARE of them, _FOOTER_SLIDES at least): the
    unit's name and the date a template prints on every slide, as a running head stands on every
    page."""
    bounds = [*starts, len(lines)]
    seen: Counter[str] = Counter()
    for a, b in pairwise(bounds):
        seen.update({line.strip() for line in lines[a + 1 : b] if line.strip()})
    least = max(_FOOTER_SLIDES, _FOOTER_SHARE * len(starts))
    return {text for text, count in seen.items() if count >= least}


def read_slides(lines: list[str]) -> tuple[list[str], dict[int, LineLayout]] | None:
    """A slide deck's text (see _slide_starts) as Markdown would give it, line for line: each
    slide's first line a heading, its lines opening with a bullet glyph (▲ ■ ●, which go) or a
    circled number list items; the markers, the footer repeated on most slides and the speaker's
    notes (备注：…) blank. None when `lines` are no deck.

    Lines without a bullet between two bullets of one glyph on a slide are read as points under
    the bullet before them (the export lost their indent): the bullets stay one list."""
    starts = set(_slide_starts(lines))
    if not starts:
        return None
    footers = _slide_footers(lines, sorted(starts))
    out = list(lines)
    layout: dict[int, LineLayout] = {}
    titled = True  # the lines before the first marker (a file title) are no slide's
    glyph = ""  # the glyph of the slide's last bullet, and the plain lines after it
    notes = False  # in the speaker's notes of a slide
    plain: list[int] = []
    for index, line in enumerate(lines):
        text = line.strip()
        if index in starts:
            out[index], titled, glyph, notes = "", False, "", False
            continue
        notes = notes or (titled and bool(_SPEAKER_NOTES.match(line)))
        if not text or text in footers or notes:
            out[index] = "" if text else line
            continue
        bullet = _SLIDE_BULLET.match(line)
        if not titled:
            layout[index + 1] = LineLayout(heading=1)
            titled = True
        elif bullet or CIRCLED_OPENING.match(line):
            mark = bullet.group().strip() if bullet else "circled"
            if mark == glyph:
                layout.update({number + 1: LineLayout(bullet=2) for number in plain})
            glyph, plain = mark, []
            out[index] = line[bullet.end() :] if bullet else line
            layout[index + 1] = LineLayout(bullet=1)
        elif glyph:
            plain.append(index)
    return out, layout
