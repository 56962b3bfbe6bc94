"""Read a source file into a `Document`: its text as lines (one paragraph a line), and a title if the format has one.

This module knows about file formats and encodings, nothing about what is worth a card.
The format is told by content first (PDF and zip signatures, HTML markup), by suffix second:
plain text and Markdown, web pages (main text only, by trafilatura), Word .docx (python-docx,
with Word's automatic list numbers written into the text) and PDF with a text layer (pypdf,
with lines broken inside a sentence joined again). Text encodings: a BOM, then UTF-8, then the
page's declared charset, then charset-normalizer, with a check that prefers a Chinese reading
made of common characters, since short Chinese texts fool byte-level detectors.
Every problem with a file is raised as one YaodianError naming it; a damaged file never
escapes as a library's exception.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import html
import io
import logging
import os
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from yaodian.errors import Location, YaodianError

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | {".docx", ".pdf"}
# What to do with a file a learner may expect to work; shown when it is skipped.
_HINTS = {
    ".doc": "old Word format; save it as .docx",
    ".wps": "WPS format; save it as .docx",
    ".rtf": "save it as .docx",
    ".mht": "save the page as HTML",
    ".mhtml": "save the page as HTML",
}

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# GB2312 and GBK are subsets of GB18030; pages that declare them often use characters outside them.
_GB_NAMES = {"gb2312", "gbk", "gb18030", "euc_cn", "cp936", "hz"}
_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_HTML_TAG = re.compile(r"<(?:p|div|br|h[1-6]|body|span|table)\b[^>]*>", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.-]+)", re.I)


@dataclass
class Document:
    """A source document as text lines; for plain text, `lines[0]` is line 1 of the file."""

    path: Path
    lines: list[str]
    title: str | None = None
    encoding: str = "utf-8"
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def stem(self) -> str:
        return self.path.stem

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def _error(path: Path, message: str) -> YaodianError:
    return YaodianError(message, Location(path))


def _reason(exc: BaseException) -> str:
    """A library exception as a short phrase for a one-line message."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 100 else text[:97] + "..."


def _damage(exc: BaseException) -> str:
    """What a parser's exception says about a damaged file; its internals say nothing to a learner."""
    from lxml.etree import XMLSyntaxError

    if isinstance(exc, (zipfile.BadZipFile, XMLSyntaxError, UnicodeDecodeError)):
        return _reason(exc)
    return "the file is damaged"


# ---------------------------------------------------------------- encodings


@cache
def _is_common(char: str) -> bool:
    """A character of ordinary Chinese text: CJK punctuation, or a Han character in the
    frequent-use level of GB2312 (simplified) or Big5 (traditional)."""
    if unicodedata.category(char)[0] in "PSZ":
        return True
    try:
        gb = char.encode("gb2312")
        if len(gb) == 2 and 0xB0 <= gb[0] <= 0xD7:
            return True
    except UnicodeEncodeError:
        pass
    try:
        big5 = char.encode("big5")
        return len(big5) == 2 and 0xA440 <= (big5[0] << 8 | big5[1]) <= 0xC67E
    except UnicodeEncodeError:
        return False


def _chinese_score(text: str) -> float:
    """Share of the non-ASCII characters that ordinary Chinese text is made of (0 when none)."""
    wide = [c for c in text if ord(c) > 127 and not c.isspace()]
    return sum(map(_is_common, wide)) / len(wide) if wide else 0.0


def _detect(data: bytes, path: Path) -> tuple[str, str]:
    """charset-normalizer's candidates plus GB18030 and Big5; the most plausibly Chinese reading wins.

    A byte detector can read a short GB18030 text as Korean or Big5: both decode without error
    but give rare characters. Ordinary Chinese text is almost all frequent characters, so the
    reading with the highest share of them is taken, when that share is high; otherwise the
    detector's own choice stands.
    """
    from charset_normalizer import from_bytes

    candidates = [(match.encoding, str(match)) for match in from_bytes(data)]
    for name in ("gb18030", "big5"):
        with contextlib.suppress(UnicodeDecodeError):
            candidates.append((name, data.decode(name)))
    if not candidates:
        raise _error(path, "cannot tell the text encoding (use --encoding)")
    best = max(candidates, key=lambda c: _chinese_score(c[1]))
    if _chinese_score(best[1]) < 0.8:
        best = candidates[0]
    name, text = best
    return text, ("gb18030" if name in _GB_NAMES else name)


def decode(
    data: bytes, path: Path, encoding: str | None = None, declared: str | None = None
) -> tuple[str, str]:
    """Bytes to text: a forced encoding, else a BOM, else UTF-8, else the declared one, else detection."""
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise _error(path, f"unknown encoding '{encoding}'") from None
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            raise _error(
                path, f"cannot decode as {encoding}: bad byte at offset {exc.start}; try another --encoding"
            ) from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise _error(
                    path, f"not valid {name} text despite its byte order mark (offset {exc.start})"
                ) from None
    if b"\x00" in data:
        raise _error(path, "binary file, not a text document")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            name = codecs.lookup(declared).name
        except LookupError:
            name = ""
        if name:
            name = "gb18030" if name.replace("-", "_") in _GB_NAMES else name
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                pass
    text, name = _detect(data, path)
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v\x1b")
    if controls > max(2, len(text) // 100):
        raise _error(path, "binary file, not a text document")
    return text, name


# ---------------------------------------------------------------- formats


def _sniff(data: bytes, path: Path) -> str:
    """The format of a file by its content: 'pdf', 'docx' or 'text' (HTML is told after decoding)."""
    suffix = path.suffix.lower()
    # The PDF header may follow a little junk, within the first kilobyte.
    if data.lstrip().startswith(b"%PDF-") or (suffix == ".pdf" and b"%PDF-" in data[:1024]):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, ValueError, OSError) as exc:
            if suffix == ".docx":
                raise _error(path, f"cannot read as a Word document: {_reason(exc)}") from None
            raise _error(path, "damaged zip archive, not a document") from None
        if "word/document.xml" in names:
            return "docx"
        raise _error(path, "a zip archive, not a Word .docx document")
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise _error(path, "an old Office file (.doc, .xls); save it as .docx")
    # Sites often serve web pages as .doc or .pdf, so markup is read as HTML whatever the suffix.
    if suffix in {".docx", ".pdf"} and not data.lstrip().startswith(b"<"):
        kind = "a Word document" if suffix == ".docx" else "a PDF"
        if b"\x00" in data[:4096] or not data.strip():
            return "text"  # reported below as binary or empty
        raise _error(path, f"cannot read as {kind}: the file does not start like one")
    return "text"


def _clean_lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


# Markdown syntax that would hide an enumeration marker or a heading from the extractors.
# Each rule keeps line numbers: one Markdown line becomes one line of text.
_MD_RULES = (
    (re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$"), r"\1"),  # ATX heading
    (re.compile(r"^\s{0,3}(?:>\s?)+"), ""),  # block quote
    (re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$"), ""),  # thematic break
    (re.compile(r"^\s{0,3}(?:=+|-+)\s*$"), ""),  # setext heading underline
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # image
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # link
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![*\w])\*(?=\S)([^*]+?)(?<=\S)\*(?!\*)"), r"\1"),  # emphasis
    (re.compile(r"`([^`]+)`"), r"\1"),  # inline code
)


def _markdown_lines(text: str) -> list[str]:
    lines = []
    for line in _clean_lines(text):
        for pattern, replacement in _MD_RULES:
            line = pattern.sub(replacement, line)
        lines.append(line)
    return lines


def _read_html(text: str, path: Path) -> tuple[list[str], str | None]:
    """The main text of a web page, one paragraph a line, and the page's title.

    trafilatura drops menus, sidebars, footers and comments. Its default (precision) mode also
    drops subheadings such as 一、…, which are what the outline extractor needs, so recall
    mode is used; yaodian's own boilerplate filter removes what little furniture stays.
    """
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            text, include_comments=False, include_tables=True, favor_recall=True, with_metadata=True
        )
    except Exception as exc:  # lxml and trafilatura raise many kinds of errors on broken markup
        raise _error(path, f"cannot read as a web page: {_reason(exc)}") from None
    body = getattr(result, "text", None) if result is not None else None
    if not body or not body.strip():
        raise _error(path, "no article text found in the web page")
    lines = _clean_lines(body)
    raw_title = _TITLE_TAG.search(text)
    titles = [getattr(result, "title", None), html.unescape(raw_title.group(1)) if raw_title else None]
    return lines, _page_title([" ".join(t.split()) for t in titles if t and t.strip()], lines)


# What Chinese sites put between an article's title and the site's name in <title>.
# (Not "——": it joins a title and its subtitle.)
_TITLE_SEPARATORS = re.compile(r"\s*(?:_|\||｜|-{2,}|\s-\s)\s*")
_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


def _page_title(titles: list[str], lines: list[str]) -> str | None:
    """The article's part of a page's titles ('标题_栏目_某某网' -> '标题'): the longest part of
    trafilatura's title or the <title> that opens a line of the text, else trafilatura's."""
    stripped = [line.strip() for line in lines]
    for title in titles:
        parts = [title, *(part for part in _TITLE_SEPARATORS.split(title) if part)]
        for part in sorted(parts, key=len, reverse=True):
            # a short part (a column's name, 统一战线) may open any line by chance
            if part in stripped or (len(part) >= 8 and any(line.startswith(part) for line in stripped)):
                return part
    return titles[0] if titles else None


# ---- Word


_CN_DIGITS = "〇一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"


def _chinese_count(n: int, digits: str = _CN_DIGITS, ten: str = "十", hundred: str = "百") -> str:
    """1 -> 一, 10 -> 十, 21 -> 二十一, 105 -> 一百零五 (Word's chineseCounting, below 1000)."""
    if not 0 < n < 1000:
        return str(n)
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    out = digits[hundreds] + hundred if hundreds else ""
    if tens:
        out += ("" if tens == 1 and not hundreds else digits[tens]) + ten
    elif hundreds and ones:
        out += digits[0]
    return out + (digits[ones] if ones else "")


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
    "decimalFullWidth": lambda n: str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "decimalHalfWidth": str,
    "decimalEnclosedCircle": _enclosed(0x2460, 20),
    "decimalEnclosedCircleChinese": _enclosed(0x2460, 20),
    "decimalEnclosedParen": _enclosed(0x2474, 20),
    "decimalEnclosedFullstop": _enclosed(0x2488, 20),
    "chineseCounting": _chinese_count,
    "chineseCountingThousand": _chinese_count,
    "japaneseCounting": _chinese_count,
    "taiwaneseCounting": _chinese_count,
    "ideographDigital": lambda n: "".join(_CN_DIGITS[int(d)] for d in str(n)),
    "taiwaneseDigital": lambda n: "".join(_CN_DIGITS[int(d)] for d in str(n)),
    "chineseLegalSimplified": lambda n: _chinese_count(n, _CN_LEGAL, "拾", "佰"),
    "ideographLegalTraditional": lambda n: _chinese_count(n, _CN_LEGAL, "拾", "佰"),
    "ideographTraditional": lambda n: _TIANGAN[(n - 1) % 10],
    "ideographZodiac": lambda n: _DIZHI[(n - 1) % 12],
    "lowerLetter": _letters,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
}


_W = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}


_ILVL = "{" + _W["w"] + "}ilvl"


def _xpath(element: Any, path: str) -> list[Any]:
    from lxml import etree

    # python-docx's own element classes override xpath() without a namespaces argument
    return etree._Element.xpath(element, path, namespaces=_W)


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
        nums = _xpath(self._root, f'./w:num[@w:numId="{num_id}"]')
        if not nums:
            return levels
        abstract = _xpath(nums[0], "./w:abstractNumId/@w:val")
        if abstract:
            for lvl in _xpath(self._root, f'./w:abstractNum[@w:abstractNumId="{abstract[0]}"]/w:lvl'):
                levels[int(lvl.get(_ILVL, "0"))] = lvl
        for override in _xpath(nums[0], "./w:lvlOverride"):
            for lvl in _xpath(override, "./w:lvl"):
                levels[int(override.get(_ILVL, "0"))] = lvl
        return levels

    def _start(self, num_id: str, level: int, lvl: Any) -> int:
        assert self._root is not None
        override = _xpath(
            self._root,
            f'./w:num[@w:numId="{num_id}"]/w:lvlOverride[@w:ilvl="{level}"]/w:startOverride/@w:val',
        )
        start = override or _xpath(lvl, "./w:start/@w:val")
        return int(start[0]) if start else 1

    def label(self, paragraph: Any) -> str:
        """The rendered number of a paragraph ('一、', '（二）', '3.'), or '' if it has none."""
        if self._root is None:
            return ""
        num_pr = _num_pr(paragraph)
        if num_pr is None:
            return ""
        num_id, level = num_pr
        if num_id in ("", "0"):
            return ""
        levels = self._levels(num_id)
        if level not in levels:
            return ""
        counters = self._counters.setdefault(num_id, {})
        counters[level] = counters.get(level, self._start(num_id, level, levels[level]) - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        lvl = levels[level]
        fmt = (_xpath(lvl, "./w:numFmt/@w:val") or ["decimal"])[0]
        text = (_xpath(lvl, "./w:lvlText/@w:val") or [""])[0]
        if fmt == "bullet":
            return ""
        legal = bool(_xpath(lvl, "./w:isLgl"))

        def fill(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            if k not in levels:
                return ""
            value = counters.get(k, self._start(num_id, k, levels[k]))
            k_fmt = "decimal" if legal else (_xpath(levels[k], "./w:numFmt/@w:val") or ["decimal"])[0]
            return _NUMBER_FORMATS.get(k_fmt, str)(value) if k_fmt != "none" else ""

        return re.sub(r"%([1-9])", fill, text)


def _num_pr(paragraph: Any) -> tuple[str, int] | None:
    """(numId, level) of a paragraph's list numbering, set on the paragraph or on its style chain."""
    p_pr = paragraph._p.pPr
    num_pr = p_pr.numPr if p_pr is not None else None
    num_id = num_pr.numId.val if num_pr is not None and num_pr.numId is not None else None
    level = num_pr.ilvl.val if num_pr is not None and num_pr.ilvl is not None else None
    style = paragraph.style if num_id is None or level is None else None
    seen = 0
    while style is not None and (num_id is None or level is None) and seen < 20:
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
    return str(num_id), int(level or 0)


_TITLE_STYLES = ("title", "heading 1", "标题", "标题 1")


def _docx_lines(container: Any, numbering: _Numbering, lines: list[str], headings: list[str]) -> None:
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            seen: set[Any] = set()  # holding the elements keeps lxml's proxies, and so their identity
            for row in block.rows:
                for cell in row.cells:
                    if cell._tc in seen:  # a merged cell repeats in every row and column it spans
                        continue
                    seen.add(cell._tc)
                    _docx_lines(cell, numbering, lines, headings)
            continue
        text = " ".join(block.text.split("\n")).strip()
        label = numbering.label(block)
        style_name = (block.style.name or "").lower() if block.style is not None else ""
        if text and style_name in _TITLE_STYLES and not any(lines):
            headings.append(text)
        lines.append(f"{label}{text}" if text else "")


def _read_docx(data: bytes, path: Path) -> tuple[list[str], str | None]:
    """The paragraphs of a Word document, tables cell by cell, list numbers written in."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        numbering = _Numbering(document)
        lines: list[str] = []
        headings: list[str] = []
        _docx_lines(document, numbering, lines, headings)
        core_title = (document.core_properties.title or "").strip()
    except Exception as exc:  # python-docx lets zipfile, lxml, KeyError and AttributeError through
        raise _error(path, f"cannot read as a Word document: {_damage(exc)}") from None
    return lines, headings[0] if headings else (core_title or None)


# ---- PDF

_SENTENCE_END = re.compile(r"[。！？；：…!?;:][”’\"'）)》」』]*\s*$")
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-—–－\s]*\d{1,4}[-—–－\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)\s*$"
)
# Enumeration markers (一、 (一) 1、 1. (1) ① 一是 第一， 首先 ——) start a new paragraph.
_ENUMERATION = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、．.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[、．.](?!\d)"
    r"|[①-⑳]|(?:其|是)?[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[,，、:：]|(?:首先|其次|再次|最后)"
    r"|——|[-•·●■◆]\s)"
)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _join_lines(raw: list[str]) -> list[str]:
    """Undo a PDF's hard line breaks: a line that fills the text width runs on into the next.

    Where the PDF indents the first line of its paragraphs, the indent alone starts a new one.
    Otherwise a new paragraph starts after a line that ends a sentence, and at a line that
    opens an enumeration item (一、 (一) 1、 ① 一是 ——), which the extractors must see first.
    """
    lines = [line.rstrip() for line in raw if line.strip() and not _PAGE_NUMBER.match(line)]
    widths = sorted(_width(line.strip()) for line in lines)
    full = widths[int(len(widths) * 0.9)] if widths else 0
    indents = sum(1 for line in lines if line[:1].isspace())
    by_indent = 0.1 * len(lines) <= indents <= 0.8 * len(lines)
    paragraphs: list[str] = []
    filled = ends_sentence = False
    for line in lines:
        text = line.strip()
        if by_indent:
            new = line[:1].isspace() or (ends_sentence and bool(_ENUMERATION.match(text)))
        else:
            new = ends_sentence or bool(_ENUMERATION.match(text))
        if paragraphs and filled and not new:
            before = paragraphs[-1]
            space = " " if before[-1:].isascii() and before[-1:].isalnum() and text[:1].isascii() else ""
            paragraphs[-1] = before + space + text
        else:
            paragraphs.append(text)
        filled = _width(text) >= 0.8 * full
        ends_sentence = bool(_SENTENCE_END.search(text))
    return paragraphs


@contextlib.contextmanager
def _quiet(logger_name: str) -> Iterator[None]:
    """Silence a library's log while it reads a damaged file: Python prints unhandled warnings to
    stderr, and the outcome is reported as one error line anyway."""
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(level)


def _read_pdf(data: bytes, path: Path) -> tuple[list[str], str | None]:
    """The text layer of a PDF, page by page, with paragraphs rejoined."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    raw: list[str] = []
    try:
        with _quiet("pypdf"):
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                reader.decrypt("")  # many PDFs are locked only against editing, with an empty user password
            for page in reader.pages:
                raw += _clean_lines(page.extract_text() or "")
    except (DependencyError, FileNotDecryptedError):
        raise _error(path, "encrypted PDF; remove the password first") from None
    except Exception as exc:  # pypdf raises many kinds of errors on damaged files
        raise _error(path, f"cannot read as a PDF: {_reason(exc)}") from None
    lines = _join_lines(raw)
    if not lines:
        raise _error(path, "PDF has no text layer (a scan?); run OCR on it first")
    return lines, None


# ---------------------------------------------------------------- entry points


def read_document(path: Path, encoding: str | None = None) -> Document:
    """Read one source file of any supported kind; raise YaodianError naming the file if it cannot be a document."""
    if path.exists() and not path.is_file() and not path.is_dir():  # a pipe or device would block forever
        raise _error(path, "not a regular file")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise _error(path, "no such file") from None
    except IsADirectoryError:
        raise _error(path, "is a folder, not a file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _error(path, "symbolic link loop") from None
        raise _error(path, f"cannot read: {exc.strerror or _reason(exc)}") from None
    if not data.strip():
        raise _error(path, "empty document")
    kind = _sniff(data, path)
    title: str | None = None
    used = "utf-8"
    if kind == "pdf":
        lines, title = _read_pdf(data, path)
    elif kind == "docx":
        lines, title = _read_docx(data, path)
    else:
        declared = _META_CHARSET.search(data[:4096])
        text, used = decode(data, path, encoding, declared.group(1).decode("ascii") if declared else None)
        suffix = path.suffix.lower()
        if _HTML_START.match(text) or (suffix in HTML_SUFFIXES and _HTML_TAG.search(text)):
            kind = "html"
            lines, title = _read_html(text, path)
        elif suffix in MARKDOWN_SUFFIXES:
            kind = "markdown"
            lines = _markdown_lines(text)
        else:
            lines = _clean_lines(text)
    if not any(line.strip() for line in lines):
        raise _error(path, "empty document")
    return Document(path=path, lines=lines, title=title, encoding=used, meta={"format": kind})


def _saved_page_folder(folder: Path) -> bool:
    """A browser's "save complete page" folder (page_files/ beside page.html): images and scripts."""
    if not folder.name.endswith("_files"):
        return False
    stem = folder.name[: -len("_files")]
    return any((folder.parent / f"{stem}{suffix}").is_file() for suffix in HTML_SUFFIXES)


def find_sources(paths: list[Path]) -> Iterator[tuple[Path, str | None]]:
    """Every file under `paths` (folders recursively, in name order) with a reason to skip it, or None.

    A file named on the command line is always read (its content tells its format; one that
    cannot be read, a symlink loop say, gets its error then); inside folders, hidden files and
    files of other types are skipped, and so are symbolic links that lead to no file
    (a link to a file is read as that file; links to folders are not followed).
    """
    for path in paths:
        if not path.is_dir():
            yield path, None
            continue
        for child in sorted(path.rglob("*")):
            relative = child.relative_to(path)
            if any(part.startswith(".") for part in relative.parts):
                continue
            if any(_saved_page_folder(path / parent) for parent in list(relative.parents)[:-1]):
                continue
            if child.is_symlink() and not child.is_file():
                yield child, _dead_end(child)
                continue
            if child.is_dir():
                if _saved_page_folder(child):
                    yield child, "images and scripts of a saved web page"
                continue
            if not child.is_file():
                yield child, "not a regular file"
                continue
            suffix = child.suffix.lower()
            if suffix in SUPPORTED_SUFFIXES:
                yield child, None
            else:
                hint = f"; {_HINTS[suffix]}" if suffix in _HINTS else ""
                yield child, f"unsupported file type ({suffix or 'no suffix'}){hint}"


def _dead_end(link: Path) -> str:
    """Why a symbolic link inside a source folder, which leads to no file, is skipped."""
    try:
        os.stat(link)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
        return "symbolic link to nothing (its target is missing)"
    if link.is_dir():
        return "symbolic link to a folder, not followed (name the folder itself to read it)"
    return "symbolic link to something that is not a regular file"
