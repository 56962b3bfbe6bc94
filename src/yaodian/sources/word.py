"""Word .docx (python-docx): paragraphs with Word's automatic list numbers written in, tables
cell by cell, text boxes, and the title its styles or properties give."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from itertools import takewhile
from pathlib import Path
from typing import Any, NamedTuple

from yaodian.markers import ITEM_OPENING, MARKERS
from yaodian.numerals import CHINESE_DIGITS, chinese_numeral, full_width
from yaodian.sources.document import LineLayout, damage, emphasised_in, file_error
from yaodian.sources.markdown import InlineLine, row_line
from yaodian.sources.records import COLUMN_LABEL, are_records, record_lines

# ---- Word


_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"


def _letters(n: int) -> str:
    out = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        out = chr(ord("a") + rem) + out
    return out


def _roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    out = ""
    for value, numeral in zip(
        (1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1),
        ("m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"),
        strict=True,
    ):
        count, n = divmod(n, value)
        out += numeral * count
    return out


def _enclosed(first: int, last: int) -> Callable[[int], str]:
    return lambda n: chr(first + n - 1) if 1 <= n <= last else str(n)


_NUMBER_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": full_width,
    "decimalHalfWidth": str,
    "decimalEnclosedCircle": _enclosed(0x2460, 20),
    "decimalEnclosedCircleChinese": _enclosed(0x2460, 20),
    "decimalEnclosedParen": _enclosed(0x2474, 20),
    "decimalEnclosedFullstop": _enclosed(0x2488, 20),
    "chineseCounting": chinese_numeral,
    "chineseCountingThousand": chinese_numeral,
    "japaneseCounting": chinese_numeral,
    "taiwaneseCounting": chinese_numeral,
    "ideographDigital": lambda n: "".join(CHINESE_DIGITS[int(d)] for d in str(n)),
    "taiwaneseDigital": lambda n: "".join(CHINESE_DIGITS[int(d)] for d in str(n)),
    "chineseLegalSimplified": lambda n: chinese_numeral(n, _CN_LEGAL, "拾", "佰"),
    "ideographLegalTraditional": lambda n: chinese_numeral(n, _CN_LEGAL, "拾", "佰"),
    "ideographTraditional": lambda n: _TIANGAN[(n - 1) % 10],
    "ideographZodiac": lambda n: _DIZHI[(n - 1) % 12],
    "lowerLetter": _letters,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
}


_W = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}


_ILVL = "{" + _W["w"] + "}ilvl"


def _xpath(element: Any, path: str, **variables: Any) -> Any:
    """The result of an XPath in Word's namespaces on `element`, values given as $variables.
    python-docx's element classes override xpath() without a namespaces argument; an XPath object does not."""
    return _compiled_xpath(path)(element, **variables)


@cache
def _compiled_xpath(path: str) -> Any:
    from lxml import etree

    return etree.XPath(path, namespaces={**_W, "mc": _MC})


class _Numbering:
    """Word's automatic list numbers, which live in numbering.xml, not in the paragraph text.

    Each list (numId) keeps a counter per level; a paragraph at a level advances that counter
    and restarts the deeper ones, and its label is the level's lvlText with %1..%9 filled in.
    """

    def __init__(self, document: Any) -> None:
        try:
            self._root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            self._root = None
        self._counters: dict[str, dict[int, int]] = {}

    def _levels(self, num_id: str) -> dict[int, Any]:
        """The level definitions of list `num_id`, with its overrides applied."""
        assert self._root is not None
        levels: dict[int, Any] = {}
        nums = _xpath(self._root, "./w:num[@w:numId = $num]", num=num_id)
        if not nums:
            return levels
        abstract = _xpath(nums[0], "./w:abstractNumId/@w:val")
        if abstract:
            found = _xpath(self._root, "./w:abstractNum[@w:abstractNumId = $id]", id=abstract[0])
            lvls = _xpath(found[0], "./w:lvl") if found else []
            linked = _xpath(found[0], "./w:numStyleLink/@w:val") if found else []
            if not lvls and linked:
                # (a list that takes its levels from a list style: they stand in the definition
                # that style links, as Word writes a template's 一、（一）1. list style)
                lvls = _xpath(
                    self._root, "./w:abstractNum[w:styleLink/@w:val = $style]/w:lvl", style=linked[0]
                )
            for lvl in lvls:
                levels[int(lvl.get(_ILVL, "0"))] = lvl
        for override in _xpath(nums[0], "./w:lvlOverride"):
            for lvl in _xpath(override, "./w:lvl"):
                levels[int(override.get(_ILVL, "0"))] = lvl
        return levels

    def _start(self, num_id: str, level: int, lvl: Any) -> int:
        assert self._root is not None
        override = _xpath(
            self._root,
            "./w:num[@w:numId = $num]/w:lvlOverride[@w:ilvl = $level]/w:startOverride/@w:val",
            num=num_id,
            level=str(level),
        )
        start = override or _xpath(lvl, "./w:start/@w:val")
        return int(start[0]) if start else 1

    def label(self, paragraph: Any) -> tuple[str, int]:
        """The rendered number of a paragraph ('一、', '（二）', '3.') and 0, or '' and the depth of a
        bulleted item (its level + 1), or '' and 0 if it has neither."""
        if self._root is None:
            return "", 0
        num_pr = _num_pr(paragraph)
        if num_pr is None:
            return "", 0
        num_id, level = num_pr
        if num_id in ("", "0"):
            return "", 0
        levels = self._levels(num_id)
        if level is None:  # (the level the list gives the paragraph's style: a heading style linked to it)
            style = paragraph.style.style_id if paragraph.style is not None else None
            level = next((k for k, lvl in levels.items() if _xpath(lvl, "./w:pStyle/@w:val") == [style]), 0)
        if level not in levels:
            return "", 0
        counters = self._counters.setdefault(num_id, {})
        counters[level] = counters.get(level, self._start(num_id, level, levels[level]) - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        lvl = levels[level]
        fmt = (_xpath(lvl, "./w:numFmt/@w:val") or ["decimal"])[0]
        text = (_xpath(lvl, "./w:lvlText/@w:val") or [""])[0]
        if fmt == "bullet":
            return "", level + 1
        legal = bool(_xpath(lvl, "./w:isLgl"))

        def fill(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            if k not in levels:
                return ""
            value = counters.get(k, self._start(num_id, k, levels[k]))
            k_fmt = "decimal" if legal else (_xpath(levels[k], "./w:numFmt/@w:val") or ["decimal"])[0]
            return _NUMBER_FORMATS.get(k_fmt, str)(value) if k_fmt != "none" else ""

        return re.sub(r"%([1-9])", fill, text), 0


# Styles followed up a paragraph's chain of base styles at most: a damaged file's chain may loop.
_STYLE_CHAIN = 20


def _num_pr(paragraph: Any) -> tuple[str, int | None] | None:
    """(numId, level) of a paragraph's list numbering, set on the paragraph or on its style chain;
    the level None where neither sets it (a style linked to a list's level by the level's pStyle)."""
    p_pr = paragraph._p.pPr
    num_pr = p_pr.numPr if p_pr is not None else None
    num_id = num_pr.numId.val if num_pr is not None and num_pr.numId is not None else None
    level = num_pr.ilvl.val if num_pr is not None and num_pr.ilvl is not None else None
    style = paragraph.style if num_id is None or level is None else None
    seen = 0
    while style is not None and (num_id is None or level is None) and seen < _STYLE_CHAIN:
        s_pr = style.element.pPr
        s_num = s_pr.numPr if s_pr is not None else None
        if s_num is not None:
            if num_id is None and s_num.numId is not None:
                num_id = s_num.numId.val
            if level is None and s_num.ilvl is not None:
                level = s_num.ilvl.val
        style = style.base_style
        seen += 1
    if num_id is None:
        return None
    return str(num_id), None if level is None else int(level)


# Word's outline levels (w:outlineLvl) run 0 to 8 (Heading 1 to 9); 9 is body text. A paragraph
# styled Title is no part of the outline: it names the document, or a bulletin's masthead (工作简报)
# over the article's Heading 1 headline, and the title is chosen elsewhere (_docx_title, titles/).
_BODY_TEXT_LEVEL = 9
_HEADING_STYLE = re.compile(r"(?:heading|标题)\s*([1-9])", re.I)


def _outline_level(element: Any) -> int | None:
    """The outline level (w:outlineLvl) a paragraph's or a style's own properties set, if any.
    python-docx has no API for it."""
    p_pr = element.pPr
    found = _xpath(p_pr, "./w:outlineLvl/@w:val") if p_pr is not None else []
    return int(found[0]) if found and found[0].isdigit() else None


def _heading_level(paragraph: Any) -> int:
    """The level of a paragraph in the document's outline, as a Markdown heading's (1 outermost),
    0 if it is body text or styled Title (or a style based on Title, as a 副标题 based on 标题 is:
    it too names the document): an outline level set on the paragraph, else on its
    style or a style it is based on (a custom 小标题 style based on Heading 2); else a style
    named Heading n or 标题 n, or based on one (a file whose styles do not set outline levels)."""
    level = _outline_level(paragraph._p)
    style = paragraph.style
    seen = 0
    while level is None and style is not None and seen < _STYLE_CHAIN:
        name = (style.name or "").strip()
        if name.lower() in _DOCUMENT_TITLE_STYLES:
            return 0
        level = _outline_level(style.element)
        if level is None and (named := _HEADING_STYLE.fullmatch(name)):
            level = int(named.group(1)) - 1
        style = style.base_style
        seen += 1
    return level + 1 if level is not None and level < _BODY_TEXT_LEVEL else 0


class _StyledLevel(NamedTuple):
    """A paragraph a heading style puts in the outline: its line, its level, whether its text
    opens with a typed number (一、, （一）, 第三讲), its style's name, whether it reads as prose (see
    _reads_as_prose), and whether it is centred."""

    line: int
    level: int
    typed: bool
    style: str
    prose: bool
    centred: bool


# The kinds of mark that number a heading in its text (一、 （一） 1. ① 1.1 第一章 材料一： 一是 第一，):
# where one opens a heading, the reader of typed numbers reads it.
_TYPED_KINDS = (
    "chapter",
    "label",
    "heading",
    "paren_cn",
    "arabic",
    "paren_num",
    "circled",
    "decimal",
    "shi",
    "di",
)
_TYPED_NUMBERS = tuple(re.compile(rf"\s*(?:{MARKERS[kind][0]})") for kind in _TYPED_KINDS)


def _typed_number(text: str) -> bool:
    """Whether `text` opens with a typed number (see _TYPED_KINDS)."""
    return any(pattern.match(text) for pattern in _TYPED_NUMBERS)


def _centred(paragraph: Any) -> bool:
    """Whether a paragraph is centred, by its own alignment or its style's."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    alignment = paragraph.alignment
    style = paragraph.style
    seen = 0
    while alignment is None and style is not None and seen < _STYLE_CHAIN:
        alignment = style.paragraph_format.alignment
        style = style.base_style
        seen += 1
    return alignment == WD_ALIGN_PARAGRAPH.CENTER


def _heading_layout(styled: list[_StyledLevel], lines: list[str]) -> dict[int, LineLayout]:
    """The heading levels handed on as a Markdown heading's: those of the headings with no typed
    number, outside the outermost level that has one. A typed number (一、 （一）) is the outline's
    own and its rules read it, as they do in any text; a heading style without one is the only
    mark of its part. Where a numbered part holds sub-parts that only a heading style marks (一、…
    over two plain Heading 2s), styles and numbers make one outline only by the styles' levels:
    every heading is handed on, the numbered ones too (their numbers stay their labels), as a
    Markdown file's ## 一、… over ### …. A lone plain heading under a numbered one, and captions or
    a study text's labels (思考题, 延伸阅读) however many, are read as before: as a Markdown heading
    each would rank outside the numbered parts it sits in."""
    numbered = min((heading.level for heading in styled if heading.typed), default=None)
    if numbered is not None and _plain_sub_parts(styled, numbered, lines):
        return {heading.line: LineLayout(heading=heading.level) for heading in styled}
    return {
        heading.line: LineLayout(heading=heading.level)
        for heading in styled
        if not heading.typed and (numbered is None or heading.level < numbered)
    }


# A plain heading that names no sub-part: a picture's caption or credit (图为…, 图1 …, ▲…, …摄) or
# a study text's apparatus (思考题, 延伸阅读), which a template may style as a heading.
_NO_SUB_PART = re.compile(
    r"^\s*(?:图为|[图表]\s*\d|[▲△])|(?:供图|(?<!拍)摄)\s*[）)]?\s*$"
    r"|^\s*[【\[]?(?:思考题|思考与练习|练习题?|讨论题|延伸阅读|拓展阅读|阅读材料|参考文献|注释)[】\]]?\s*[:：]?\s*$"
)


def _plain_sub_parts(styled: list[_StyledLevel], numbered: int, lines: list[str]) -> bool:
    """Whether a heading with a typed number at the outermost numbered level holds two or more
    headings of one deeper level that have none: sub-parts marked by their style alone."""
    under: dict[tuple[int, int], int] = {}
    parent: int | None = None
    for heading in styled:
        if heading.level <= numbered:
            parent = heading.line if heading.typed and heading.level == numbered else None
        elif parent is not None and not heading.typed and not _NO_SUB_PART.search(lines[heading.line - 1]):
            key = (parent, heading.level)
            under[key] = under.get(key, 0) + 1
    return any(count >= 2 for count in under.values())


# A heading style set on a whole sentence (a closing call styled Heading 1 to stand out,
# 让我们……奋勇前进！) is prose the author emphasised, not the name of a part; so is a line that
# leads into a list or a table (具体数据如下：), which ends in a colon.
_SENTENCE_END = re.compile('(?:[。！？!?…]["”’」』）)]*|[：:])$')
# A speech's salutation styled as a heading (同志们, 各位代表：, 尊敬的各位领导、同志们！): whom the
# speaker addresses, with or without its colon, not a part of the speech.
_HEARER = r"(?:(?:尊敬的|亲爱的)[^，,、：:！!]{1,12}|[\u4e00-\u9fff]{1,4}们|各位[\u4e00-\u9fff]{1,8})"
_SALUTATION = re.compile(rf"{_HEARER}(?:[，,、]{_HEARER})*[：:！!]?")


def _reads_as_prose(text: str) -> bool:
    """Whether a heading-styled paragraph reads as a sentence of the text or a lead-in to a list
    (see _SENTENCE_END) or a salutation (see _SALUTATION), not a heading; a numbered heading
    (（一）……保供。) is a heading however it ends."""
    if _typed_number(text):
        return False
    return bool(_SENTENCE_END.search(text) or _SALUTATION.fullmatch(text))


# A paragraph longer than this (characters) reads as prose when a style's paragraphs are weighed
# (see _body_styles): a heading names a part in a phrase or two, a cover's lines are as short.
_HEADING_LENGTH = 40


def _body_styles(styled: list[_StyledLevel], lines: list[str]) -> set[str]:
    """The heading-levelled styles that are body styles by the file's own evidence: most of their
    paragraphs read as prose (see _reads_as_prose) or run longer than a heading. A template may base
    its 正文 style on Heading 2 for its font; what the style's paragraphs read as decides, not its base."""
    weighed: dict[str, list[bool]] = {}
    for heading in styled:
        long = len(lines[heading.line - 1]) > _HEADING_LENGTH
        weighed.setdefault(heading.style, []).append(heading.prose or long)
    return {style for style, prose in weighed.items() if 2 * sum(prose) > len(prose)}


# A date line closing a document (2024年5月, 二〇二四年五月十日): the signature block's last line.
_DATE_LINE = re.compile(
    r"\s*[\d〇零一二三四五六七八九十○Ｏ]{2,4}\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?\s*"
)
_SIGNER_LENGTH = 20  # characters: a signer's name (课题组, XX市发展和改革委员会) above the closing date


def _signature_lines(lines: list[str]) -> set[int]:
    """The lines (1-based) of a signature block that closes the document: its closing date and the
    short line of the signer right above it. A heading style on them heads no part."""
    written = [number for number, line in enumerate(lines, 1) if line.strip()]
    if not written or not _DATE_LINE.fullmatch(lines[written[-1] - 1]):
        return set()
    block = {written[-1]}
    if len(written) > 1 and len(lines[written[-2] - 1].strip()) <= _SIGNER_LENGTH:
        block.add(written[-2])
    return block


_TITLE_STYLES = ("title", "heading 1", "标题", "标题 1")
_DOCUMENT_TITLE_STYLES = ("title", "标题")  # Word's Title style (标题 in a Chinese Word), not Heading 1


class _StyledHeading(NamedTuple):
    """A paragraph styled as a title or a top heading, and what stands above it (see _above_heading)."""

    text: str
    above: int
    document_title: bool  # styled Title, the document's own name, not Heading 1
    line: int


def _docx_lines(
    blocks: Iterable[Any],
    numbering: _Numbering,
    lines: list[str],
    headings: list[_StyledHeading],
    layout: dict[int, LineLayout],
    styled: list[_StyledLevel],
    in_container: bool = False,
) -> None:
    """The lines of the blocks of a document, a table cell or a text box: paragraphs and tables in
    order, each paragraph followed by the text boxes anchored in it; a bulleted item's depth in
    `layout`, as a Markdown list item's (its bullet is no text), and each paragraph a heading
    style puts in the outline in `styled` (see _heading_layout). A heading style inside a table
    or a text box (`in_container`) heads no part of the document."""
    from docx.table import Table

    for block in blocks:
        if isinstance(block, Table):
            rows = _table_rows(block)
            pairs = _is_pairs(rows)
            if pairs or _is_records(rows):
                texts = [[_numbered_cell_text(cell, numbering) for cell in row] for row in rows]
                for line in _pair_lines(texts) if pairs else record_lines(texts):
                    lines.append(line)
                    layout[len(lines)] = LineLayout(table_row=True)
                continue
            for row in rows:
                for cell in row:
                    _docx_lines(cell.iter_inner_content(), numbering, lines, headings, layout, styled, True)
            continue
        text = " ".join(block.text.split("\n")).strip()
        label, bullet = numbering.label(block)
        style_name = (block.style.name or "").lower() if block.style is not None else ""
        if text and style_name in _TITLE_STYLES:
            headings.append(
                _StyledHeading(
                    text, _above_heading(lines), style_name in _DOCUMENT_TITLE_STYLES, len(lines) + 1
                )
            )
        lines.append(f"{label}{text}" if text else "")
        level = _heading_level(block) if text and not in_container else 0
        if level:
            styled.append(
                _StyledLevel(
                    len(lines),
                    level,
                    _typed_number(f"{label}{text}"),
                    block.style.name if block.style is not None else "",
                    _reads_as_prose(text),
                    _centred(block),
                )
            )
        heads = (level or style_name in _TITLE_STYLES) and not _reads_as_prose(text)
        shape = LineLayout(
            bullet=bullet if bullet and text and not heads else 0,
            emphasised=emphasised_in(lines[-1], _bold_texts(block)) if text and not heads else (),
        )
        if shape != LineLayout():
            layout[len(lines)] = shape
        for box in _text_boxes(block):
            _docx_lines(_box_blocks(box, block), numbering, lines, headings, layout, styled, True)


def _bold_texts(paragraph: Any) -> list[str]:
    """The texts a paragraph sets in bold, runs in a row as one text (spaces between them too): a
    run is bold by its own w:b, else by its character style's, else by its paragraph style's (a
    bold style with runs set back to regular marks those runs off)."""
    from docx.text.hyperlink import Hyperlink

    in_style = _style_bold(paragraph.style)
    texts = [""]
    for inner in paragraph.iter_inner_content():
        for run in inner.runs if isinstance(inner, Hyperlink) else [inner]:
            bold = run.bold if run.bold is not None else _style_bold(run.style)
            if bold if bold is not None else in_style:
                texts[-1] += run.text
            elif run.text.strip():
                texts.append("")
            elif texts[-1]:
                texts[-1] += run.text
    return [" ".join(text.split("\n")).strip() for text in texts if text.strip()]


def _style_bold(style: Any) -> bool | None:
    """Whether a style sets its text in bold, by its own properties or a style it is based on; None
    where none of them says."""
    seen = 0
    while style is not None and seen < _STYLE_CHAIN:
        if style.font.bold is not None:
            return bool(style.font.bold)
        style = style.base_style
        seen += 1
    return None


def _table_rows(table: Any) -> list[list[Any]]:
    """A table's rows, each its cells in order, a merged cell once, where it starts: python-docx
    repeats a merged cell in every row and column it spans."""
    seen: set[Any] = set()  # holding the elements keeps lxml's proxies, and so their identity
    rows = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            if cell._tc not in seen:
                seen.add(cell._tc)
                cells.append(cell)
        rows.append(cells)
    return rows


def _is_pairs(rows: list[list[Any]]) -> bool:
    """Whether a table pairs a short text with another, a row to a line as a Markdown table's
    (存在的差距 with its 努力方向, 写作要点 with its 具体要求): two cells in each row, each one
    paragraph at most, with no table or text box inside. A wider table under a header of labels
    holds records (see _is_records); without one it is a grid of figures or a form; a table of one
    column or with cells of several paragraphs lays a page out (an 抄送 block, a form's boxes of
    text): their cells are read one by one."""
    return any(rows) and all(
        len(row) == 2 and all(_single_paragraph(cell) for cell in row) for row in rows if row
    )


def _is_records(rows: list[list[Any]]) -> bool:
    """Whether a table is one of records (问题表现 beside its 整改措施 and 完成时限 in a 对照检查材料,
    a task beside its 责任单位): its cells each one paragraph at most, a header row of labels over
    rows that are records (see records.are_records). Each row is a record to read as one line (see
    records.record_lines). A table with no header of labels, or with no column of statements, is a
    grid of figures, a roster or a form: read cell by cell."""
    header = rows[0] if rows else []
    if not all(_single_paragraph(cell) for row in rows for cell in row):
        return False
    labels = [" ".join(cell.text.split()).strip() for cell in header]
    return are_records(labels, [[cell.text for cell in row] for row in rows[1:]])


def _single_paragraph(cell: Any) -> bool:
    from docx.table import Table

    paragraphs = [block for block in cell.iter_inner_content() if not isinstance(block, Table)]
    if len(paragraphs) != len(list(cell.iter_inner_content())):
        return False  # (a table inside)
    written = [paragraph for paragraph in paragraphs if paragraph.text.strip()]
    return len(written) <= 1 and not any(_text_boxes(paragraph) for paragraph in written)


def _numbered_cell_text(cell: Any, numbering: _Numbering) -> str:
    """The text of a cell of one paragraph (see _is_pairs), its list number written in."""
    found = ""
    for paragraph in cell.paragraphs:  # (each advances its list's counter, written or not)
        text = " ".join(paragraph.text.split("\n")).strip()
        label, _ = numbering.label(paragraph)
        found = found or (f"{label}{text}" if text else "")
    return found


def _pair_lines(rows: list[list[str]]) -> list[str]:
    """The lines of a table of pairs (see _is_pairs). Under a header row of two column labels
    (see COLUMN_LABEL) each row reads with its labels, 存在的差距：…；努力方向：…, so that a
    sign-in sheet reads 姓名：张三；单位：城关镇, not a list of units, and a row with an empty cell
    (a name not yet signed for) is left out. Without one a row reads as a Markdown table's does:
    its first cell, a colon, its second."""
    rows = [row for row in rows if any(row)]
    if len(rows) > 1 and all(COLUMN_LABEL.fullmatch(cell) for cell in rows[0]):
        labels = rows[0]
        return [
            "；".join(f"{label}：{cell}" for label, cell in zip(labels, row, strict=True))
            for row in rows[1:]
            if all(row)
        ]
    return [row_line([InlineLine(cell) for cell in row]).text for row in rows]


_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _box_blocks(box: Any, parent: Any) -> Iterator[Any]:
    """The paragraphs and tables of a text box's content, which python-docx has no class for."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in box:
        if child.tag == f"{{{_W['w']}}}p":
            yield Paragraph(child, parent)
        elif child.tag == f"{{{_W['w']}}}tbl":
            yield Table(child, parent)


def _text_boxes(paragraph: Any) -> list[Any]:
    """The contents (w:txbxContent) of the text boxes anchored in a paragraph, in document order:
    a paragraph's text leaves them out. Word writes each text box twice, as a drawing and as an
    older VML shape for older readers (mc:Fallback), which is left out; so is a text box inside
    another, read with the paragraphs of the one that holds it."""
    if next(paragraph._p.iter(f"{{{_W['w']}}}txbxContent"), None) is None:
        return []
    depth = _xpath(paragraph._p, "count(ancestor::w:txbxContent)")
    return _xpath(
        paragraph._p,
        ".//w:txbxContent[not(ancestor::mc:Fallback)][count(ancestor::w:txbxContent) = $depth]",
        depth=depth,
    )


def read_docx(data: bytes, path: Path) -> tuple[list[str], dict[int, LineLayout], str | None, str | None]:
    """The paragraphs of a Word document, tables cell by cell, list numbers written in, the levels
    of its unnumbered headings and bulleted items' depths; the heading styled as a title before
    any text, and the Title property."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        numbering = _Numbering(document)
        lines: list[str] = []
        headings: list[_StyledHeading] = []
        layout: dict[int, LineLayout] = {}
        styled: list[_StyledLevel] = []
        _docx_lines(document.iter_inner_content(), numbering, lines, headings, layout, styled)
        body_styles = _body_styles(styled, lines)
        signature = _signature_lines(lines)
        outline = [
            heading
            for heading in styled
            if not heading.prose and heading.style not in body_styles and heading.line not in signature
        ]
        levels = _heading_layout(outline, lines)
        layout.update(levels)
        heading = _docx_title(headings)
        core_title = _core_title((document.core_properties.title or "").strip())
    except Exception as exc:  # python-docx lets zipfile, lxml, KeyError and AttributeError through
        raise file_error(path, f"cannot read as a Word document: {damage(exc)}") from None
    if heading is None:
        return lines, layout, None, core_title
    if not _names_the_document(heading, outline, levels, lines):
        # The first Heading 1 opens part 1: the document's name is the one short line of a cover
        # above it (a bold headline in a plain paragraph), else its Title property or its file's
        # name, given as its title so that the heading stays a part, not the headline.
        cover = [line for line in lines[: heading.line - 1] if line.strip()]
        return lines, layout, cover[0] if len(cover) == 1 else core_title or path.stem, None
    return lines, layout, heading.text, core_title


def _names_the_document(
    title: _StyledHeading, outline: list[_StyledLevel], levels: dict[int, LineLayout], lines: list[str]
) -> bool:
    """Whether a Heading 1 taken as the title (see _docx_title) names the document rather than
    opens its first part, where further unnumbered headings of its level follow: it names the
    document if it is centred and they are not, or if what stands under it before the next heading
    is a subtitle, author or date block, no sentence of prose (学习的重要意义 over 学习是立党之本。
    is part 1 of 学习的主要内容 and 学习的方法路径). A Title-styled paragraph always names it."""
    own = levels.get(title.line)
    if title.document_title or own is None:
        return True
    siblings = [heading for heading in outline if heading.line in levels and heading.line != title.line]
    siblings = [heading for heading in siblings if levels[heading.line].heading == own.heading]
    if not siblings:
        return True
    centred = {heading.line: heading.centred for heading in outline}
    if centred.get(title.line) and not any(heading.centred for heading in siblings):
        return True
    next_heading = min((line for line in levels if line > title.line), default=len(lines) + 1)
    under = [line for line in lines[title.line : next_heading - 1] if line.strip()]
    return not any(_SENTENCE_END.search(line) or len(line) > _HEADING_LENGTH for line in under)


_NO_TEXT, _COVER, _PROSE = range(3)  # what stands above a heading: nothing, a cover's short lines, prose
_COVER_LINE = 40  # characters: a cover's lines are names, labels and notes, not prose


def _above_heading(lines: list[str]) -> int:
    """What stands above a heading that is read now: no text, a cover's short lines only (a
    course's name, the teacher, a restricted mark, a file number and its signer), or prose."""
    if not any(lines):
        return _NO_TEXT
    return _PROSE if any(len(line) > _COVER_LINE for line in lines) else _COVER


def _docx_title(headings: list[_StyledHeading]) -> _StyledHeading | None:
    """The paragraph a Word document styles as its title (Title, Heading 1): one styled Title
    before any prose, under the part and chapter headings of the book it was taken from (第二部分 …,
    范文八); else the first, where no text stands above it; else the first under a cover block (see
    _above_heading), where the author styled the headline and set the cover's lines in plain
    paragraphs above it. Under a cover, a numbered heading (一、…) is a section's, and so is one
    of several of a lesson's or a chapter's number (第一讲 …, 第二讲 …); a lesson's alone (第三讲 …)
    names the handout's lesson."""
    for heading in takewhile(lambda heading: heading.above != _PROSE, headings):
        if heading.document_title:
            return heading
    if headings and headings[0].above == _NO_TEXT:
        return headings[0]
    lessons = sum(1 for heading in headings if _LESSON_NUMBER.match(heading.text))
    for heading in headings:
        if (
            heading.above == _COVER
            and not ITEM_OPENING.match(heading.text)
            and not (_LESSON_NUMBER.match(heading.text) and lessons > 1)
        ):
            return heading
    return None


_LESSON_NUMBER = re.compile(r"\s*第[一二三四五六七八九十百\d]{1,3}[讲课章节篇部分单元]")


# What a converter writes around a file's name in a Word document's Title property: the program
# before it (Microsoft Word - 工作要点.doc), a word processor's suffix after it. (boilerplate.py's
# _DOWNLOAD_SUFFIX, of the files a page offers, is another list: pictures and archives, no .rtf.)
_CONVERTER_PREFIX = r"^\s*Microsoft\s+Word\s*-\s*"
_WORD_SUFFIX = r"\.(?:docx?|wps|rtf)\s*$"
_CONVERTER_MARKS = re.compile(f"{_CONVERTER_PREFIX}|{_WORD_SUFFIX}", re.I)


def _core_title(title: str) -> str | None:
    """A Word document's Title property as a name: not a template's or a converter's English
    placeholder ('Microsoft Word - 工作要点.doc' names the file; 'Document', 'Title' nothing), so
    only with a Han character, and without the converter's marks."""
    title = _CONVERTER_MARKS.sub("", title).strip()
    return title if re.search(r"[\u4e00-\u9fff]", title) else None
