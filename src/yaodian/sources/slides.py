"""Slides: PowerPoint .pptx (python-pptx: slide titles as headings, body paragraphs as list items
at their level, speaker notes that are the talk; a slide of free text boxes read by where its
boxes stand) and text exported from slides (第N页 over each)."""

from __future__ import annotations

import dataclasses
import io
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

from yaodian.markers import (
    CIRCLED_OPENING,
    HEADING_NUMBER,
    NUMERALS,
    SAYINGS_WORDS,
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
# The title of a lesson's exercise slide, under no part's number (课后作业, 课后练习, 思考题, 作业布置,
# 【课后作业】): what the learner is to do after class, no part of the lesson and nothing to learn;
# the slide goes. Unless it speaks of homework itself (a 双减 deck's 作业布置: 各校要严控书面作业总量),
# which names who sets it (_ON_HOMEWORK).
_EXERCISE_TITLE = re.compile(
    r"\s*[【\[]?(?:(?:课后|课堂|随堂|本讲|本课|复习)?(?:作业|练习|练习题|思考题|讨论题)|作业布置|布置作业"
    r"|课后思考题?)[】\]]?\s*[:：]?\s*"
)
_ON_HOMEWORK = re.compile(r"学校|各校|教师|学生|家长|各地|各单位")
# What an exercise slide says that keeps it: homework itself as its matter (书面作业总量, 作业是课堂
# 教学的延伸: not the learner's own 提交作业, 作业要求), or the exercise's answer (参考答案：一是…),
# the points a learner learns.
_KEPT_EXERCISE = re.compile(r"(?<!提交|完成|上交)作业(?!要求|提交)|答案|答题要点|解析")
# Speaker notes this long (Han characters) or longer are the talk's text, not a reminder.
_TALK_NOTES = 60
# A sentence of the notes written to the presenter, not the talk, however long: how to teach the
# slide (讲的时候…, 讲解时…, 这一页是本讲的重点, 展示给学员看, 提醒学员…, 一定要反复强调) and the
# session's running (播放视频, 建议用时). A 讲稿 speaks to its audience (同志们, 各位学员, 我要提醒大家)
# and quotes who 强调: none of these.
_TO_THE_PRESENTER = re.compile(
    r"讲(?:的时候|解时|授时|课时)|(?:授课|讲课|讲解)(?:提示|要点)|(?:这|本|此)一?页"
    r"|(?:提醒|提问|请)学员|提醒同学|展示给|板书"
    r"|(?:一定要|务必|注意)(?:反复|重点)?强调|建议用时|播放(?:视频|短片|音频)"
)
# A sentence that speaks as the speaker to the audience (我, 我们, 同志们, 各位, 你们, 咱们) is the
# talk, whatever it says of the page (这一页我们讲三个方面：一是…) or of 强调 (这里我一定要强调).
_TO_THE_AUDIENCE = re.compile(r"我|同志们|各位|你们|咱们")
# A sentence of the notes: up to its end mark (。！？), a closing bracket or quote after it.
_NOTES_SENTENCE = re.compile(r"[^。！？!?]+(?:[。！？!?]+[”’」）)]*|$)")
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
    wants. A sentence written to the presenter (_TO_THE_PRESENTER: 讲的时候…提醒学员…) goes, however
    long: a training company's 讲义 tells its teacher how to teach the slide. What is left, if fewer
    than _TALK_NOTES Han characters, is the presenter's reminders (时间控制在五分钟左右), no part of
    the talk, and goes too."""
    if not slide.has_notes_slide or (frame := slide.notes_slide.notes_text_frame) is None:
        return []
    paragraphs = [
        text for paragraph in frame.paragraphs if (text := _talk_sentences(_pptx_text(paragraph.text)))
    ]
    if sum(1 for char in "".join(paragraphs) if "\u4e00" <= char <= "\u9fff") < _TALK_NOTES:
        return []
    return paragraphs


def _talk_sentences(text: str) -> str:
    """A paragraph of speaker notes without its sentences written to the presenter (see
    _TO_THE_PRESENTER), unless they speak to the audience (_TO_THE_AUDIENCE)."""
    if not _TO_THE_PRESENTER.search(text):
        return text
    sentences = [found.group() for found in _NOTES_SENTENCE.finditer(text) if found.group().strip()]
    return "".join(
        sentence
        for sentence in sentences
        if not _TO_THE_PRESENTER.search(sentence) or _TO_THE_AUDIENCE.search(sentence)
    ).strip()


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


# ---- A slide of free text boxes (a designer's 图解 deck: no title or body placeholder)

# A box holding only a list's or a part's number (01, 2, 三, 1., PART 01, 第一部分), set beside or over
# its text.
_NUMBER_BOX = re.compile(
    rf"\s*(?:0?\d{{1,2}}|[{NUMERALS}]{{1,3}}|(?i:part)\s*0?\d{{1,2}}|第[{NUMERALS}\d]{{1,3}}部分)\s*[.、．]?\s*"
)
# A slide's number as a template or a designer types it in the top or bottom band: 3, 3 / 15, 第3页.
_PAGE_BOX = re.compile(r"\s*(?:\d{1,3}(?:\s*/\s*\d{1,3})?|第\s*\d{1,3}\s*页|[-—]\s*\d{1,3}\s*[-—])\s*")
# A box's text short enough to be a slide's title or one member of a set laid out in boxes.
_BOX_MEMBER = 30
# Boxes a deck's first slide holds at most to be its cover (a headline, a subtitle, the speaker, the
# date, the unit), none a number: a first slide of more sets out the talk's points, and is read so.
_COVER_BOXES = 5


@dataclasses.dataclass(frozen=True)
class _Box:
    """A text box of a slide: its paragraphs, where it stands (EMU) and its largest font (pt)."""

    texts: tuple[str, ...]
    left: int
    top: int
    right: int
    bottom: int
    size: float
    numbered: bool = False  # a number box stood beside it (see _numbered_boxes): a list's member
    band: bool = False  # it stands in the slide's top or bottom band (_in_margin): a unit's, a date's

    @property
    def number(self) -> bool:
        return len(self.texts) == 1 and bool(_NUMBER_BOX.fullmatch(self.texts[0]))

    @property
    def short(self) -> bool:
        """One paragraph, short, no sentence: a title, a label or a member of a set."""
        return (
            len(self.texts) == 1
            and len(self.texts[0]) <= _BOX_MEMBER
            and not _SENTENCE_END.search(self.texts[0])
            and not self.number
        )


def _box(shape: Any, band: bool = False) -> _Box:
    sizes = [
        run.font.size.pt
        for paragraph in shape.text_frame.paragraphs
        for run in paragraph.runs
        if run.font.size is not None
    ]
    texts = tuple(text for paragraph in shape.text_frame.paragraphs if (text := _pptx_text(paragraph.text)))
    left, top = shape.left or 0, shape.top or 0
    return _Box(
        texts,
        left,
        top,
        left + (shape.width or 0),
        top + (shape.height or 0),
        max(sizes, default=0.0),
        band=band,
    )


def _cut(boxes: list[_Box]) -> list[Any]:
    """The boxes in reading order, as a tree of bands: the slide cut where a gap runs across it,
    across or down, the widest gap first (an X-Y cut), each part cut again. A node is a box, or
    ('rows', nodes) stacked top to bottom, or ('cols', nodes) side by side."""
    if len(boxes) < 2:
        return list(boxes)
    best: tuple[int, str, list[list[_Box]]] | None = None
    for kind, start, end in (("rows", "top", "bottom"), ("cols", "left", "right")):
        ordered = sorted(boxes, key=lambda box: (getattr(box, start), getattr(box, end)))
        groups, reach, widest = [[ordered[0]]], getattr(ordered[0], end), -1
        for box in ordered[1:]:
            if getattr(box, start) >= reach:
                widest = max(widest, getattr(box, start) - reach)
                groups.append([box])
            else:
                groups[-1].append(box)
            reach = max(reach, getattr(box, end))
        if len(groups) > 1 and (best is None or widest > best[0]):
            best = (widest, kind, groups)
    if best is None:
        return sorted(boxes, key=lambda box: (box.top, box.left))
    _, kind, groups = best
    return [(kind, [node for group in groups for node in _cut(group)])]


def _numbered_boxes(boxes: list[_Box]) -> list[_Box]:
    """The boxes with each number box (01, 02) glued to the box of words right beside it, the two
    one numbered box standing where both do: the number goes, the words are a list's member. An
    X-Y cut would read a column of numbers apart from the column of their entries."""
    out = list(boxes)
    for number in [box for box in boxes if box.number]:
        beside = [
            box
            for box in out
            if not box.number
            and not box.numbered
            and box.left >= number.left
            and box.top < number.bottom
            and number.top < box.bottom
        ]
        if not beside:
            continue
        words = min(beside, key=lambda box: box.left)
        if words.left - number.right > number.right - number.left:
            continue  # (too far off to be its number)
        glued = dataclasses.replace(
            words,
            left=number.left,
            top=min(number.top, words.top),
            bottom=max(number.bottom, words.bottom),
            numbered=True,
        )
        out = [glued if box is words else box for box in out if box is not number]
    return out


def _boxed_title(boxes: list[_Box], cover: bool, pictures: Sequence[_Box] = ()) -> _Box | None:
    """The box that titles a slide of free text boxes: on the cover, the one set in the largest
    font, where one is (see _headline_box); else the first box from the top that is no number,
    standing alone across the slide (a number beside it makes it a numbered entry), short and no
    sentence, and under no picture (`pictures`: where each stands; a box under one is its caption)."""
    if cover:
        largest = max((box.size for box in boxes), default=0.0)
        biggest = [box for box in boxes if box.size == largest]
        if largest and len(biggest) == 1 and _headline_box(biggest[0]):
            return biggest[0]
    words = sorted((box for box in boxes if not box.number), key=lambda box: (box.top, box.left))
    if not words or not words[0].short:
        return None
    first = words[0]
    beside = [box for box in boxes if box is not first and box.top < first.bottom and first.top < box.bottom]
    return None if beside or any(_captions(picture, first) for picture in pictures) else first


def _captions(picture: _Box, box: _Box) -> bool:
    """Whether a box stands under a picture at least half its width, across from it: its caption
    (a logo in a corner above a title is smaller)."""
    return (
        picture.bottom <= box.top
        and 2 * (picture.right - picture.left) >= box.right - box.left
        and picture.left < box.right
        and box.left < picture.right
    )


def _headline_box(box: _Box) -> bool:
    """A cover's headline: a short box, or one broken over a few lines (学纪知纪明纪守纪 / 做忠诚…干部)."""
    return box.short or (
        len(box.texts) <= 3
        and sum(len(text) for text in box.texts) <= _BOX_MEMBER + 10
        and not any(_SENTENCE_END.search(text) or _NUMBER_BOX.fullmatch(text) for text in box.texts)
    )


def _boxed_lines(node: Any, lines: list[str], layout: dict[int, LineLayout]) -> None:
    """Append the text of a tree of boxes (see _cut) to `lines`: a numbered box as a list item (see
    _numbered_boxes: the number goes, 01 坚持创新驱动… is the first member); two or more
    short boxes side by side, or three or more stacked, as a set (list items, a blank line after
    them); other boxes' paragraphs as paragraphs."""
    if isinstance(node, _Box):
        if node.numbered:
            lines.append(" ".join(node.texts))
            layout[len(lines)] = LineLayout(bullet=1)
        elif not node.number:
            lines.extend(node.texts)
        return
    kind, children = node
    boxes = [child for child in children if isinstance(child, _Box)]
    if len(boxes) == len(children):
        if any(box.numbered for box in boxes):
            for box in boxes:
                _boxed_lines(box, lines, layout)
            return
        if members := _set_members(boxes, 2 if kind == "cols" else 3):
            for box in boxes[: len(boxes) - len(members)]:
                _boxed_lines(box, lines, layout)
            for box in members:
                lines.append(box.texts[0])
                layout[len(lines)] = LineLayout(bullet=1)
            lines.append("")
            return
    elif kind == "cols" and (cards := _cards(children)):
        for head, rest in cards:
            lines.append(head.texts[0])
            layout[len(lines)] = LineLayout(bullet=1)
            for box in rest:
                for text in box.texts:
                    lines.append(text)
                    layout[len(lines)] = LineLayout(bullet=2)
        lines.append("")
        return
    if kind == "rows":
        children = _panels_of_rows(children)
    for child in children:
        _boxed_lines(child, lines, layout)


# A figure in a box (386.5亿元, 增长6.2%): a band of figures over their labels is no band of panels' words.
_FIGURE = re.compile(r"[0-9０-９]")


def _panels_of_rows(rows: list[Any]) -> list[Any]:
    """Bands top to bottom where a band of short boxes, no figures, stands over a band of as many
    boxes, each under one of them (the panels' words over their points, cut into two bands):
    the two read as columns of panels, as _cards reads them."""
    out: list[Any] = []
    index = 0
    while index < len(rows):
        heads, under = rows[index], rows[index + 1] if index + 1 < len(rows) else None
        if _band_of_boxes(heads) and _band_of_boxes(under) and len(heads[1]) == len(under[1]) >= 2:
            pairs = list(zip(heads[1], under[1], strict=True))
            if all(
                head.short and not head.numbered and not box.numbered and not _FIGURE.search(head.texts[0])
                for head, box in pairs
            ) and all(head.left < box.right and box.left < head.right for head, box in pairs):
                out.append(("cols", [("rows", [head, box]) for head, box in pairs]))
                index += 2
                continue
        out.append(heads)
        index += 1
    return out


def _band_of_boxes(node: Any) -> bool:
    return (
        not isinstance(node, _Box)
        and node is not None
        and node[0] == "cols"
        and all(isinstance(box, _Box) for box in node[1])
    )


def _set_members(boxes: list[_Box], least: int) -> list[_Box]:
    """The boxes that close a band as the members of a set: `least` or more short boxes in one
    font, or drawn one size (a grid of like panels, whose words a designer sets in two fonts: a
    figure large, a long goal small); a box before them in another font and size (a bold label
    over the figures it heads), or of their size in a font of its own, is no member, nor one in
    the slide's top or bottom band (县委组织部 and 2024年5月 at its foot are no set)."""
    members: list[_Box] = []
    for box in reversed(boxes):
        if not box.short or box.band or (members and not _alike(box, members[0])):
            break
        members.insert(0, box)
    # a box drawn the members' size in a font of its own before members all in another heads them
    # (三大攻坚 bold, first in a row of its panels); a row of a grid in two fonts (a figure large, a
    # long goal small) mixes them after its first member
    if (
        len(members) > 2
        and len({box.size for box in members[1:]}) == 1
        and members[0].size != members[1].size
    ):
        members.pop(0)
    return members if len(members) >= least else []


def _alike(box: _Box, other: _Box) -> bool:
    """Two boxes set in one font, or drawn one size (the same width and height)."""
    return box.size == other.size or (
        box.right - box.left == other.right - other.left and box.bottom - box.top == other.bottom - other.top
    )


def _term_card(cut: list[Any]) -> Any:
    """A slide's boxes under its title when they are one key word set larger than the sentences
    under it (关键词 / 新质生产力 / what it means), as the ('rows', …) node of that panel; else None
    (目录 over its entries is no key word). The word is a list's item: a run of such slides under
    one title (关键词 … 关键词) lists the words."""
    if len(cut) != 1 or isinstance(cut[0], _Box) or cut[0][0] != "rows":
        return None
    stack = cut[0][1]
    if len(stack) < 2 or not all(isinstance(box, _Box) for box in stack) or not stack[0].short:
        return None
    glossed = all(_SENTENCE_END.search(text) for box in stack[1:] for text in box.texts)
    return cut[0] if glossed and stack[0].size > max(box.size for box in stack[1:]) else None


def _cards(columns: list[Any]) -> list[tuple[_Box, list[_Box]]]:
    """Columns side by side that each open with a short box in one font over boxes of text (a
    panel per member: 现代农业 over its figures), as (head, the boxes under it); [] otherwise."""
    cards = []
    for column in columns:
        if isinstance(column, _Box):
            stack = [column]
        elif column[0] == "rows" and all(isinstance(box, _Box) for box in column[1]):
            stack = list(column[1])
        else:
            return []
        if not stack[0].short or _FIGURE.search(stack[0].texts[0]):
            return []  # (a figure over its words, 1978年 over 十一届三中全会召开, is a timeline's or a chart's)
        cards.append((stack[0], stack[1:]))
    if len({head.size for head, _ in cards}) > 1:
        return []
    return cards


def _boxed_slide(
    slide: Any,
    shapes: list[Any],
    lines: list[str],
    layout: dict[int, LineLayout],
    furniture: set[_Place],
    cover: bool,
    placed: bool = False,
) -> str | None:
    """Append a slide made of free text boxes only, read as its layout shows it (see _cut,
    _boxed_title, _boxed_lines); a slide number typed in a box of the top or bottom band goes.
    Returns the slide's title; a closing slide (谢谢观看) is left out, and a title the slide before
    had too is written once. `placed`: other slides of the deck are titled in placeholders, so this
    one, bar the cover, has none (a quotation's 习近平总书记指出 over its words names no part)."""
    from pptx.shapes.picture import Picture

    height = slide.part.package.presentation_part.presentation.slide_height or 0
    boxes = [
        _box(shape, bool(height) and _in_margin(shape, height))
        for shape in shapes
        if shape.has_text_frame
        and _shape_text(shape)
        and _place(shape) not in furniture
        and not (height and _PAGE_BOX.fullmatch(_shape_text(shape)) and _in_margin(shape, height))
    ]
    pictures = [
        _Box((), left, top, left + (shape.width or 0), top + (shape.height or 0), 0.0)
        for shape in shapes
        if isinstance(shape, Picture)
        for left, top in [(shape.left or 0, shape.top or 0)]
    ]
    title_box = _boxed_title(boxes, cover, pictures) if cover or not placed else None
    title = " ".join(title_box.texts) if title_box else None
    top = min(boxes, key=lambda box: (box.top, box.left), default=None)
    if top and _CLOSING_SLIDE.fullmatch(" ".join(top.texts).rstrip(_CLOSING_SLIDE_END)):
        return None  # (its top box, 谢谢大家！, a sentence's mark and all: no title)
    if title_box:
        boxes = [box for box in boxes if box is not title_box]
        headings = [number for number, marked in layout.items() if marked.heading]
        if not headings or lines[max(headings) - 1] != title or HEADING_NUMBER.match(title):
            lines.append(title)
            layout[len(lines)] = LineLayout(heading=1)
        # (else the slide goes on under the same title as the one before, 关键词 over each key word:
        # written once, its lists run on; a numbered part's title written again, 二、… over each of
        # its slides, is left to the outline, which reads it as the part going on)
    boxes = _numbered_boxes(boxes)
    if cover and len(boxes) <= _COVER_BOXES and not any(box.number or box.numbered for box in boxes):
        # (the cover's other lines, a subtitle, the speaker, the date, are no set)
        for box in sorted(boxes, key=lambda box: (box.top, box.left)):
            lines.extend(box.texts)
        lines.append("")
        return title
    cut = _cut(boxes)
    if (term := _term_card(cut)) is not None:
        cut = [("cols", [term])]  # (one panel: a key word over its gloss, as _cards reads a row of them)
    for node in cut:
        _boxed_lines(node, lines, layout)
    lines += _talk_notes(slide)
    lines.append("")
    return title


def _boxed(slide: Any) -> bool:
    """Whether a slide holds no title nor body placeholder with text (see _slide_lines)."""
    return not any(
        _placeholder_kind(shape) in _TITLE_PLACEHOLDERS | _BODY_PLACEHOLDERS
        and shape.has_text_frame
        and _shape_text(shape)
        for shape in _slide_shapes(slide.shapes)
    )


def _slide_lines(
    slide: Any,
    lines: list[str],
    layout: dict[int, LineLayout],
    furniture: set[_Place],
    cover: bool = False,
    placed: bool = False,
) -> str | None:
    """Append one slide's text to `lines` (its layout to `layout`): a slide with neither a title nor
    a body placeholder that holds text, nor a table, as its free text boxes lay it out (see
    _boxed_slide; `cover`: the deck's first slide; `placed`: other slides are titled in
    placeholders); else the title placeholder's as a heading, first; body placeholders' paragraphs
    as list items at their level; other text boxes' paragraphs as paragraphs, tables as lists of
    their rows (_table_lines). The speaker's notes follow as paragraphs when they are the talk's
    text (_talk_notes); a closing slide (谢谢聆听！) is left out, and so are the template's
    placeholders for a footer, a date and a number, and the boxes the deck prints on most slides
    (`furniture`: see _deck_furniture). Returns the slide's title."""
    shapes = list(_slide_shapes(slide.shapes))
    titles = [shape for shape in shapes if _placeholder_kind(shape) in _TITLE_PLACEHOLDERS]
    title = next((text for shape in titles if (text := _pptx_text(shape.text_frame.text))), None)
    if _boxed(slide):
        free = [shape for shape in shapes if _placeholder_kind(shape) not in _FURNITURE_PLACEHOLDERS]
        if not any(shape.has_table for shape in free):
            return _boxed_slide(slide, free, lines, layout, furniture, cover, placed)
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
    give it, without a lesson's exercise slide (_exercise_slide); the first slide's title is the
    document's."""
    import pptx

    lines: list[str] = []
    layout: dict[int, LineLayout] = {}
    titles: list[str] = []
    try:
        presentation = pptx.Presentation(io.BytesIO(data))
        slides = list(presentation.slides)
        furniture = _deck_furniture(slides, presentation.slide_height)
        placed = not all(_boxed(slide) for slide in slides)
        for number, slide in enumerate(slides):
            start = len(lines)
            title = _slide_lines(slide, lines, layout, furniture, cover=number == 0, placed=placed)
            if number and title and _exercise_slide(title, lines[start:]):
                del lines[start:]
                for line in [line for line in layout if line > start]:
                    del layout[line]
                continue
            if title and not titles and number and _boxed(slide):
                # (a later slide's title names a part: a deck of boxes names itself on its cover)
                title = None
            titles += [title] if title else []
    except Exception as exc:  # python-pptx lets zipfile, lxml and KeyError errors through
        raise file_error(path, f"cannot read as a PowerPoint presentation: {damage(exc)}") from None
    return lines, _with_slides_inside_parts(lines, layout), titles[0] if titles else None


def _exercise_slide(title: str, lines: list[str]) -> bool:
    """Whether a slide (its title, its lines) is a lesson's exercise for the learner (see
    _EXERCISE_TITLE)."""
    return bool(_EXERCISE_TITLE.fullmatch(title)) and not any(
        _ON_HOMEWORK.search(line) or _KEPT_EXERCISE.search(line)
        for line in lines
        if not _EXERCISE_TITLE.fullmatch(line)  # (not the title's own 作业)
    )


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
# A slide of sayings to recite (金句积累（建议背诵）, 名言警句): the lesson's material, no slide of the
# part before it; the outline leaves it out of the parts too (extractors' _SAYINGS_SECTION).
_SAYINGS_TITLE = re.compile(rf"^\s*\S{{0,6}}(?:{SAYINGS_WORDS})\S{{0,10}}\s*$")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_CONTENTS_TITLE = re.compile(r"^\s*(?:目\s*录|提\s*纲|内容提要|主要内容|(?i:contents?|outline))\s*$")


def _with_slides_inside_parts(lines: list[str], layout: dict[int, LineLayout]) -> dict[int, LineLayout]:
    """The layout with the titles of slides inside a part one level below the parts, where the
    deck says so: it numbers its parts on their slides' titles (一、… 二、…), and a slide with a
    title of no number after a part's (伟大建党精神的时代价值 after 一、深刻理解…) goes on with it
    when the 目录 slide names the numbered titles as the parts (and not this one), or the title
    shares words with the part's. Not the slides before the first part (the cover, 目录); a
    closing slide (结语 思考题 参考文献), a title of a series of its own (案例二) or a slide of
    sayings (金句积累) ends the part, and is none of it. A deck with fewer than two numbered titles keeps every title a heading."""
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
        elif _CLOSING_TITLE.match(text) or _SERIES_TITLE.match(text) or _SAYINGS_TITLE.match(text):
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
