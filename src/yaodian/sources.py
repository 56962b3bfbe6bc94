"""Read a source file into a `Document`: its text as lines (one paragraph a line), and a title if the format has one.

This module knows about file formats and encodings, nothing about what is worth a card.
The format is told by content first (PDF and zip signatures, HTML markup, Markdown marks), by
suffix second: plain text (lines broken at a fixed width, as copied from a PDF, joined again;
paragraphs run together on one line, as copied from WeChat, broken apart again; text exported
from slides read slide by slide, each slide's first line a heading), Markdown
(markdown-it: each line of text stays on its line of the file, with its heading level,
list-item depth and bold texts as the document's layout), web pages (main text only, by
trafilatura; a page saved as one .mht/.mhtml file is taken apart by the standard library's
email parser first, and so is a saved mail, .eml, read as its text part), Word .docx (python-docx, with Word's automatic list numbers written into
the text, and text boxes), PowerPoint .pptx (python-pptx: slide titles as headings, body
paragraphs as list items at their level) and PDF with a text layer (pypdf: lines rebuilt from where
the text stands, a table's row on one line read like a definition, prose in two columns read
column after column, watermarks left out; lines broken inside a sentence joined again). A joined paragraph stands on the line where it starts. Characters of no width
(zero-width spaces) leave the text in every format, and so does the junk copy sites glue into a
text (junk.py). Text encodings: a BOM, then UTF-16 without
one when the bytes hold zeros (charset-normalizer), then UTF-8, then the page's declared charset, then
charset-normalizer, with a check that prefers a Chinese reading made of common characters,
since short Chinese texts fool byte-level detectors.
Every problem with a file is raised as one YaodianError naming it; a damaged file never
escapes as a library's exception.
"""

from __future__ import annotations

import codecs
import contextlib
import copy
import errno
import html
import io
import logging
import os
import re
import sys
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, reduce
from itertools import pairwise, takewhile
from pathlib import Path
from typing import Any, NamedTuple

from yaodian.errors import Location, YaodianError
from yaodian.junk import without_junk, without_junk_in
from yaodian.markers import (
    CIRCLED_OPENING,
    CITATION,
    DAY_IN_FIGURES,
    HEADING_NUMBER,
    ITEM_OPENING,
    RUN_TOGETHER_OPENING,
    WEEKDAY,
)
from yaodian.names import is_site_name
from yaodian.numerals import CHINESE_DIGITS, chinese_numeral, full_width, numeral_value

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
# a page a browser saved as one file: MIME parts, the page's HTML among them
SAVED_PAGE_SUFFIXES = {".mht", ".mhtml"}
# a mail a mail client saved (MIME: headers, then its text, its attachments as parts)
MAIL_SUFFIXES = {".eml"}
SUPPORTED_SUFFIXES = (
    TEXT_SUFFIXES
    | MARKDOWN_SUFFIXES
    | HTML_SUFFIXES
    | SAVED_PAGE_SUFFIXES
    | MAIL_SUFFIXES
    | {".docx", ".pptx", ".pdf"}
)
# What to do with a file a learner may expect to work; shown when it is skipped.
_HINTS = {
    ".doc": "old Word format; save it as .docx",
    ".ppt": "old PowerPoint format; save it as .pptx",
    ".wps": "WPS format; save it as .docx",
    ".rtf": "save it as .docx",
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


@dataclass(frozen=True)
class LineLayout:
    """How a Markdown source laid out one line, which its text alone no longer shows: the level
    of its heading (# = 1), the depth of its list item (top level = 1), the texts it set in bold."""

    heading: int = 0
    bullet: int = 0
    emphasised: tuple[str, ...] = ()


@dataclass(frozen=True)
class PageTitles:
    """What a web page offers as its headline, as the page has it (titles.py chooses and tidies):
    its titles, most trusted first (the <meta name="ArticleTitle"> the national guide for
    government websites asks of every article page, trafilatura's, the <title>), its <h1>s, the
    texts of the elements that hold a headline (an <h1>, class="title", id="biaoti"), and the
    elements before the article's first kept paragraph that may hold a headline the extraction
    lost, each with whether it is a heading or title element (else it is the element of text
    right above the article's information line, 发布时间：… 来源：…)."""

    titles: tuple[str, ...] = ()
    headings: tuple[str, ...] = ()
    title_elements: tuple[str, ...] = ()
    before_article: tuple[tuple[str, bool], ...] = ()

    def mapped(self, clean: Callable[[str], str]) -> PageTitles:
        """The same texts, each passed through `clean`."""
        return PageTitles(
            tuple(map(clean, self.titles)),
            tuple(map(clean, self.headings)),
            tuple(map(clean, self.title_elements)),
            tuple((clean(text), named) for text, named in self.before_article),
        )


@dataclass
class Document:
    """A source document as text lines; for plain text, `lines[0]` is line 1 of the file.

    `layout` maps a line number (1-based, as in `lines`) to its Markdown layout, for the lines
    that have one; it is empty for other formats. `meta` holds the format and, with a title,
    where it comes from: the text (a web page's, a heading) or a property of the file (a Word
    document's Title property, which is often stale: the name of a file the text was once in).
    A web page's title is not chosen here: `page_titles` holds what the page offers, and
    extractors/titles.py finds the headline among it.
    """

    path: Path
    lines: list[str]
    title: str | None = None
    encoding: str = "utf-8"
    meta: dict[str, str] = field(default_factory=dict)
    layout: dict[int, LineLayout] = field(default_factory=dict)
    # the running heads of text copied from a PDF, which the lines leave out, most printed first:
    # an excerpt without its first page names itself there (政府工作报告 over every odd page)
    running_heads: tuple[str, ...] = ()
    # a web page's titles, headings and title elements, from which titles.py takes its headline
    page_titles: PageTitles | None = None

    @property
    def stem(self) -> str:
        return self.path.stem

    @property
    def headline(self) -> str | None:
        """The title the text gives itself (not a property of the file, which may be stale)."""
        return None if self.meta.get("title_source") == "property" else self.title

    @property
    def name(self) -> str:
        """The name the file gives itself where its text may not: its title property, else its
        file name without the suffix."""
        return self.title if self.title and self.headline is None else self.stem

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


# A reading whose non-ASCII characters are this share common Chinese ones or more is Chinese text
# (see _detect); a wrong reading of the bytes gives rare characters.
_CHINESE_SHARE = 0.8


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
    if _chinese_score(best[1]) < _CHINESE_SHARE:
        best = candidates[0]
    name, text = best
    return text, ("gb18030" if name in _GB_NAMES else name)


def decode(
    data: bytes, path: Path, encoding: str | None = None, declared: str | None = None
) -> tuple[str, str]:
    """Bytes to text without format characters (see visible), and the encoding read."""
    text, name = _decode_bytes(data, path, encoding, declared)
    return visible(text), name


def _decode_bytes(data: bytes, path: Path, encoding: str | None, declared: str | None) -> tuple[str, str]:
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
    zeros = b"\x00" in data  # no 8-bit text holds a zero byte: UTF-16 without a byte order mark, or binary
    if not zeros:
        with contextlib.suppress(UnicodeDecodeError):
            return data.decode("utf-8"), "utf-8"
    if declared and not zeros:
        try:
            name = codecs.lookup(declared).name
        except LookupError:
            name = ""
        if name:
            name = "gb18030" if name.replace("-", "_") in _GB_NAMES else name
            with contextlib.suppress(UnicodeDecodeError):
                return data.decode(name), name
    text, name = _detect_utf16(data, path) if zeros else _detect(data, path)
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v\x1b")
    if controls > max(2, len(text) // 100):
        raise _error(path, "binary file, not a text document")
    return text, name


_UTF16_ZEROS = 16  # zero bytes, at the least, that make bytes look like UTF-16 rather than binary


def _detect_utf16(data: bytes, path: Path) -> tuple[str, str]:
    """Bytes with zero bytes in them as UTF-16 without a byte order mark (some tools and scripts write
    it), little- or big-endian as charset-normalizer reads them, when the reading is plausible text (an
    even number of bytes; Chinese of common characters, as _detect asks); else a binary file."""
    from charset_normalizer import from_bytes

    found = from_bytes(data, cp_isolation=["utf_16_le", "utf_16_be"]).best() if not len(data) % 2 else None
    text = str(found) if found is not None else ""
    if found is not None and (text.isascii() or _chinese_score(text) >= _CHINESE_SHARE):
        return text, codecs.lookup(found.encoding).name
    if _zeros_stand_as_in_utf16(data):
        raise _error(
            path,
            "binary file, or UTF-16 text without a byte order mark (try --encoding utf-16-le or utf-16-be)",
        )
    raise _error(path, "binary file, not a text document")


def _zeros_stand_as_in_utf16(data: bytes) -> bool:
    """Whether many zero bytes stand mostly at odd offsets or mostly at even ones, as in UTF-16 text
    (little-endian: the high byte of ASCII characters): the bytes may be UTF-16 charset-normalizer
    could not read, and --encoding is worth trying."""
    offsets = [index % 2 for index, byte in enumerate(data) if byte == 0]
    many = len(offsets) >= max(_UTF16_ZEROS, 0.02 * len(data)) and not len(data) % 2
    return many and max(offsets.count(0), offsets.count(1)) >= 0.9 * len(offsets)


@cache
def _format_characters() -> dict[int, None]:
    """A translate table that deletes every format character (Unicode category Cf), built once."""
    return dict.fromkeys(c for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf")


def visible(text: str) -> str:
    """`text` without format characters: zero-width spaces and joiners, a byte order mark inside
    the text, direction marks, soft hyphens. Copied text carries them between letters; they
    split a word for the extractors and are not the text."""
    return text.translate(_format_characters())


# ---------------------------------------------------------------- formats


# A MIME archive, as browsers save a page in one file (.mht, .mhtml): mail headers, among them a
# multipart Content-Type, before the first blank line.
_MIME_HEADER = re.compile(
    rb"(?:[!-9;-~]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)*?content-type:[ \t]*multipart/related", re.I
)


# A saved mail (.eml): a block of mail headers at the start, up to the first blank line.
_MAIL_HEADER_BLOCK = re.compile(rb"(?:[!-9;-~]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)+")
_MAIL_FIELD_NAME = re.compile(rb"^([!-9;-~]+):", re.M)


def _is_mail(data: bytes) -> bool:
    """A mail as a mail client saves it: a block of headers first, among them its sender (From:),
    and its subject or MIME version; a text that opens with a label and a colon is no mail."""
    block = _MAIL_HEADER_BLOCK.match(data)
    if not block:
        return False
    names = {name.lower() for name in _MAIL_FIELD_NAME.findall(block.group())}
    return b"from" in names and bool(names & {b"subject", b"mime-version"})


def _sniff(data: bytes, path: Path) -> str:
    """The format of a file by its content: 'pdf', 'docx', 'pptx', 'saved page', 'mail' or 'text'
    (HTML is told after decoding)."""
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
            if suffix == ".pptx":
                raise _error(path, f"cannot read as a PowerPoint presentation: {_reason(exc)}") from None
            raise _error(path, "damaged zip archive, not a document") from None
        if "word/document.xml" in names:
            return "docx"
        if "ppt/presentation.xml" in names:
            return "pptx"
        raise _error(path, "a zip archive, not a Word .docx or PowerPoint .pptx document")
    if _MIME_HEADER.match(data[:4096].lstrip()):
        return "saved page"
    if _is_mail(data[:8192].lstrip()):
        return "mail"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise _error(path, "an old Office file (.doc, .xls); save it as .docx")
    # Sites often serve web pages as .doc or .pdf, so markup is read as HTML whatever the suffix.
    if suffix in {".docx", ".pptx", ".pdf"} and not data.lstrip().startswith(b"<"):
        kind = {".docx": "a Word document", ".pptx": "a PowerPoint presentation"}.get(suffix, "a PDF")
        if b"\x00" in data[:4096] or not data.strip():
            return "text"  # reported below as binary or empty
        raise _error(path, f"cannot read as {kind}: the file does not start like one")
    return "text"


def _clean_lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _read_mime(data: bytes, path: Path, what: str, read: Callable[[Any], Any]) -> Any:
    """What `read` takes from a MIME message (a saved page, a saved mail), parsed from `data`; the
    email package is lenient, but a damaged file may still raise: one error that names the file."""
    import email
    from email import policy

    try:
        return read(email.message_from_bytes(data, policy=policy.compat32))
    except Exception as exc:
        raise _error(path, f"cannot read as {what}: {_reason(exc)}") from None


def _saved_page(data: bytes, path: Path, encoding: str | None) -> tuple[str, str]:
    """The HTML of a page a browser saved as one file (.mht, .mhtml: a MIME archive, Chrome's
    quoted-printable, Internet Explorer's base64) and its encoding: the first text/html part,
    decoded by the charset its part's header declares, else the one its markup declares."""

    def html_parts(message: Any) -> list[tuple[Any, Any]]:
        parts = [part for part in message.walk() if part.get_content_type() == "text/html"]
        return [(part, part.get_payload(decode=True)) for part in parts]

    for part, payload in _read_mime(data, path, "a saved web page", html_parts):
        if isinstance(payload, bytes) and payload.strip():
            declared = part.get_content_charset()
            if declared is None and (meta := _META_CHARSET.search(payload[:4096])):
                declared = meta.group(1).decode("ascii")
            return decode(payload, path, encoding, declared)
    raise _error(path, "no web page in the saved page file")


def _mail(data: bytes, path: Path, encoding: str | None) -> tuple[str, str, str, str | None]:
    """A saved mail's text (.eml): its first part of text that is no attachment, text/plain before
    text/html, decoded by the charset its part declares; with its kind ('text' or 'html'), the
    encoding used, and the mail's subject, which names the mail as a file's name does."""
    from email.header import decode_header, make_header

    def text_parts_and_subject(message: Any) -> tuple[list[Any], str | None]:
        parts = [
            part
            for part in message.walk()
            if part.get_content_maintype() == "text" and part.get_content_disposition() != "attachment"
        ]
        return parts, str(make_header(decode_header(message.get("Subject", "")))).strip() or None

    parts, subject = _read_mime(data, path, "a mail", text_parts_and_subject)
    for kind in ("plain", "html"):
        for part in parts:
            payload = part.get_payload(decode=True)
            if part.get_content_subtype() == kind and isinstance(payload, bytes) and payload.strip():
                text, used = decode(payload, path, encoding, part.get_content_charset())
                return ("text" if kind == "plain" else "html"), text, used, subject
    raise _error(path, "no text in the mail")


# ---- Markdown

# What note apps (Obsidian, Typora) write that CommonMark does not know, rewritten before parsing.
# Every rewrite keeps the line count, so line numbers still point into the file.
_MD_COMMENT = re.compile(r"%%.*?%%|<!--.*?-->", re.S)
_WIKI_EMBED = re.compile(r"!\[\[[^\]\n]*\]\]")
_WIKILINK = re.compile(r"\[\[([^\]|\n]*)(?:\|([^\]\n]*))?\]\]")
# An Obsidian callout's type on its quote's first line (> [!tip] 记忆口诀, > [!example]- 折叠的框架):
# how the app draws the box, no part of the text; the callout's own title after it is kept.
_CALLOUT = re.compile(r"^([ \t]*(?:>[ \t]*)+)\[![\w-]+\][+-]?[ \t]*", re.M)
# A note's way to its neighbours (上接 [[…]]，下接 [[…]]; 上一篇：[…](…) ｜ 下一篇：[…](…)): a line of two
# links or more, each after a short word of its own that says where it leads, and nothing else
# but separators. It points elsewhere and says nothing to learn. (Links with nothing between them
# but separators, [[新发展理念]]、[[新发展格局]], may be the note's own list of concepts: kept.)
_POINTER = (
    r"(?:[\u4e00-\u9fff]{1,5}|[A-Za-z]{2,8})[ \t]*[:：]?[ \t]*"
    r"(?:\[\[[^\]\n]+\]\]|\[[^\]\n]+\]\([^)\n]*\))"
)
_NAVIGATION = re.compile(
    r"^[ \t]*(?:>[ \t]*)*(?:\[![\w-]+\][+-]?[ \t]*)?(?:[-*+][ \t]+)?"
    rf"(?:{_POINTER}[ \t]*[/|｜·•,，、;；]?[ \t]*){{2,}}[。.]?[ \t]*$",
    re.M,
)
# A note app's tag (#已制卡 #申论/素材): a word after # with no space, at the start of a line or
# after a space or a closing mark, not a number (#1), nor a topic closed by # (#话题#). It files
# the note; it is no part of the text.
_NOTE_TAG = re.compile(r"(?<![^\s）)】」』”。，；：！？])#(?!\d+(?!\w))[\w/-]+(?![\w#/-])")
_HTML_TAGS = re.compile(r"<[^>\n]*>")
_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
# Markdown told by content: ATX headings, and lines marked as list items, quotes or table rows,
# or holding bold text or links.
_MD_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+\S", re.M)
_MD_MARKED = re.compile(
    r"^ {0,3}(?:[-*+][ \t]+\S|\d{1,9}[.)][ \t]+\S|>|\|.*\|[ \t]*$)|\*\*\S.*?\*\*|\[[^\]\n]+\]\([^)\n]*\)",
    re.M,
)
# CommonMark opens and closes ** only where the punctuation around it allows, which Chinese
# quotes next to Chinese characters do not (推行**“双随机、一公开”**监管); note apps show them
# bold all the same, so a pair left in the text is bold too. So is a ==highlight== (Obsidian,
# Typora), and text in <b> <strong> <mark> <u>.
_LEFT_BOLD = re.compile(r"(\*\*|==)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS_TAG = re.compile(r"</?(?:b|strong|mark|u)(?:\s[^>]*)?>", re.I)
_LINK_LABEL = 6  # characters a line of links may hold besides them
_ENDS_IN_PUNCTUATION = re.compile(r"[，,。；;：:！!？?、…]\s*$")
# A table's first cell that numbers its row (| 1 | 高质量发展和高水平保护的关系 | … |), told in one row
# alone: a bare number of two digits at most, which the row's line carries as a numbered line's
# (1、…). (A slide table's column of numbers is told by all its cells: see _NUMBER_COLUMN_CELL.)
_ROW_NUMBER_CELL = re.compile(r"\d{1,2}")


def looks_like_markdown(text: str) -> bool:
    """Text written in Markdown whatever its suffix: ATX headings, and list items, quotes, table
    rows, bold text or links on enough lines. A plain text with a stray # or * is not."""
    headings = len(_MD_HEADING.findall(text))
    if not headings:
        return False
    marked = len(_MD_MARKED.findall(text))
    lines = sum(1 for line in text.splitlines() if line.strip())
    return marked >= 3 and headings + marked >= max(5, 0.1 * lines)


@cache
def _markdown_parser() -> Any:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin
    from mdit_py_plugins.tasklists import tasklists_plugin

    # Indented code is off: Chinese text indents its paragraphs, which CommonMark would read as
    # code. Tables and strikethrough are GitHub's, which note apps share.
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("code")
    return parser.use(front_matter_plugin).use(tasklists_plugin)


@dataclass
class _InlineLine:
    """One line of a Markdown block's inline content, rendered: its text, the texts it sets in
    bold, and how much of it is links."""

    text: str = ""
    bold: list[str] = field(default_factory=list)
    links: int = 0
    unlinked: int = 0  # letters and characters outside links
    between: int = 0  # of them, after the first link

    @property
    def of_links(self) -> bool:
        """A line of links and at most a label before them (参考阅读：): a table of contents,
        related pages, a link back to the top. It leads elsewhere and says nothing to learn."""
        return self.links > 0 and not self.between and self.unlinked <= _LINK_LABEL


def _inline_lines(children: list[Any]) -> list[_InlineLine]:
    """An inline token's children as rendered lines: links keep their text, images and HTML tags
    go (a <br> becomes ；), bold texts are collected."""
    lines = [_InlineLine()]
    strong = link = 0
    bold = ""
    for child in children:
        kind = child.type
        line = lines[-1]
        if kind in ("softbreak", "hardbreak"):
            if bold.strip():
                line.bold.append(bold.strip())
            bold = ""
            lines.append(_InlineLine())
        elif kind == "strong_open":
            strong += 1
        elif kind == "strong_close":
            strong -= 1
            if not strong and bold.strip():
                line.bold.append(bold.strip())
                bold = ""
        elif kind == "link_open":
            link += 1
            line.links += 1
        elif kind == "link_close":
            link -= 1
        elif kind == "html_inline" and _EMPHASIS_TAG.fullmatch(child.content.strip()):
            opening = not child.content.startswith("</")
            strong += 1 if opening else -1
            if not opening and not strong and bold.strip():
                line.bold.append(bold.strip())
                bold = ""
        elif kind in ("text", "code_inline", "html_inline"):
            piece = child.content
            if kind == "html_inline":
                piece = "；" if _BREAK_TAG.fullmatch(piece.strip()) else ""
            line.text += piece
            if strong:
                bold += piece
            if not link:
                count = sum(1 for c in piece if c.isalnum())
                line.unlinked += count
                line.between += count if line.links else 0
    if bold.strip():
        lines[-1].bold.append(bold.strip())
    for line in lines:
        if "**" in line.text or "==" in line.text:
            line.bold += [found.group(2).strip() for found in _LEFT_BOLD.finditer(line.text)]
            line.text = _LEFT_BOLD.sub(r"\2", line.text)
            line.bold.sort(key=line.text.find)
    return lines


# A learner's log kept as a table (| 日期 | 板块 | 背诵句数 | 打卡 |): its first column headed as the day
# and each row a day's, opening with its date (5.6, 2024-05-06, 5月6日, 周一, Day 3, 第3天), the rest
# of its cells mostly counts, ticks and dashes: what was done when, nothing to learn. (A table of
# numbered indicators and their scores, | 1.1 | 政治素质 | 10 |, is headed 序号 or 指标: kept.)
_LOG_HEADER = re.compile(r"(?:日期|时间|日子|天数?|星期|周次|(?i:date|day))")
# (a chat's sender line in boilerplate opens with the same days, or 昨天/今天; a log counts its days)
_LOG_DAY = re.compile(rf"{DAY_IN_FIGURES}|{WEEKDAY}|第\s*\d{{1,3}}\s*天|(?i:day)\s*\d{{1,3}}")
_LOG_MARK = re.compile(r"[\d.%/]+\s*\S{0,2}|[-—–/×✕✗✘✓✔√☑✅❌⬜☐□■▢○●⭕]+|[是否无]|全部")
_LOG_TICK = re.compile(r"[×✕✗✘✓✔√☑✅❌⬜☐□■▢○●⭕]+|[是否]")  # done or not: what only a log records
_LOG_ROWS = 3  # rows at the least, under the header
_LOG_MARKED = 0.4  # the share of the cells after the date that are counts or marks, at the least


def _is_log(table: list[tuple[int, list[_InlineLine]]]) -> bool:
    """A table that is a learner's log (see above): its first column headed as the day, under its
    header _LOG_ROWS rows or more, each opening with a day, _LOG_MARKED of their other cells counts
    or marks, and some cell a tick (a table of dated events and their figures records no ticks:
    | 1921年7月23日 | 上海 | 13人 | is history to learn)."""
    header, *rows = [[" ".join(cell.text.split()) for cell in cells] for _, cells in table] or [[]]
    if not header or not _LOG_HEADER.fullmatch(header[0]) or len(rows) < _LOG_ROWS:
        return False
    if not all(row and _LOG_DAY.fullmatch(row[0]) for row in rows):
        return False
    others = [cell for row in rows for cell in row[1:]]
    marked = sum(1 for cell in others if _LOG_MARK.fullmatch(cell))
    ticked = any(_LOG_TICK.fullmatch(cell) for cell in others)
    return bool(others) and marked >= _LOG_MARKED * len(others) and ticked


def _row_line(cells: list[_InlineLine]) -> _InlineLine:
    """A table row as one line, read like a definition: 术语：内容；内容. A row whose first cell
    is its number (| 1 | 高质量发展和高水平保护的关系 | … |) reads as a numbered line: 1、…；…."""
    texts = [" ".join(cell.text.split()) for cell in cells]
    row = _InlineLine()
    for index, text in enumerate(text for text in texts if text):
        if index == 1 and _ROW_NUMBER_CELL.fullmatch(row.text):
            row.text += "、"
        elif index and not _ENDS_IN_PUNCTUATION.search(row.text):
            row.text += "：" if index == 1 else "；"
        row.text += text
    for cell in cells:
        row.bold += cell.bold
        row.links += cell.links
        row.unlinked += cell.unlinked
        row.between += cell.between
    return row


def _one_line(lines: list[_InlineLine]) -> _InlineLine:
    """Rendered lines as one (a table cell's)."""
    return _InlineLine(
        " ".join(line.text for line in lines),
        [text for line in lines for text in line.bold],
        sum(line.links for line in lines),
        sum(line.unlinked for line in lines),
        sum(line.between for line in lines),
    )


def _front_matter_title(content: str) -> str | None:
    """A note's name in its front matter: its title, else its first alias (Obsidian names a note
    by its file; a learner gives it its full name as an alias, 二十届三中全会精神学习笔记)."""
    import yaml

    try:
        data = yaml.safe_load(content)
    except yaml.YAMLError:
        return None
    if not isinstance(data, dict):
        return None
    aliases = data.get("aliases") or data.get("alias")
    for name in (data.get("title"), *(aliases if isinstance(aliases, list) else [aliases])):
        if isinstance(name, str) and name.split():
            return " ".join(name.split())
    return None


@dataclass(frozen=True)
class _Heading:
    line: int  # 0-based
    level: int
    text: str


# The languages of fenced blocks that hold code, not text: a note app's queries and diagrams, and
# programs. A learner fences pasted text without one, or as text, or in a plugin's callout
# (```ad-note): those are read.
_CODE_FENCES = {
    "dataview", "dataviewjs", "query", "tasks", "mermaid", "plantuml", "dot", "graphviz", "chart",
    "python", "py", "javascript", "js", "typescript", "ts", "json", "yaml", "yml", "toml", "bash",
    "sh", "shell", "powershell", "html", "xml", "css", "sql", "java", "c", "cpp", "go", "rust", "r",
    "latex", "tex", "math",
}  # fmt: skip


def _is_code(info: str) -> bool:
    """A fenced block's info string names a language of code (see above)."""
    words = info.split()
    return bool(words) and words[0].lower() in _CODE_FENCES


class _MarkdownReader:
    """Walks markdown-it's block tokens and writes each block's lines where they stand in the file."""

    def __init__(self, count: int) -> None:
        self.lines = [""] * count
        self.layout: dict[int, LineLayout] = {}
        self.headings: list[_Heading] = []
        self.body_start: int | None = None  # the first line of text that is not a heading or a quote
        self.front_title: str | None = None
        self.logs: list[int] = []  # the first line (0-based) of each table that is a learner's log
        self._quoted = 0

    def read(self, tokens: list[Any]) -> None:
        depth = heading = 0
        item: tuple[int, str] | None = None  # the depth and number of a list item whose first line is to come
        row: list[_InlineLine] | None = None
        row_start = 0
        table: list[tuple[int, list[_InlineLine]]] = []  # a table's rows, each with its first line
        for token in tokens:
            kind = token.type
            if kind in ("bullet_list_open", "ordered_list_open"):
                depth += 1
            elif kind in ("bullet_list_close", "ordered_list_close"):
                depth -= 1
            elif kind == "list_item_open":
                # An ordered item keeps its number as text (1. 2.), read like any numbered line;
                # a bullet's mark is its depth in the layout.
                item = (depth, f"{token.info}{token.markup} " if token.info else "")
            elif kind in ("blockquote_open", "blockquote_close"):
                self._quoted += 1 if kind == "blockquote_open" else -1
            elif kind in ("heading_open", "heading_close"):
                heading = int(token.tag[1:]) if kind == "heading_open" else 0
            elif kind == "table_open":
                table = []
            elif kind == "table_close":
                if table and _is_log(table):
                    self.logs.append(table[0][0])
                else:
                    for index, (start, cells) in enumerate(table):  # (a list item's mark is its first row's)
                        self._block(start, [_row_line(cells)], 0, None if index else item)
                table, item = [], None
            elif kind == "tr_open":
                row, row_start = [], token.map[0]
            elif kind == "tr_close" and row is not None:
                table.append((row_start, row))
                row = None
            elif kind == "inline":
                rendered = _inline_lines(token.children or [])
                if row is not None:
                    row.append(_one_line(rendered))
                else:
                    self._block(token.map[0], rendered, heading, item)
                    item = None
            elif kind == "fence" and _is_code(token.info):
                item = None  # a program or a note app's query (```dataview): nothing to learn
            elif kind in ("fence", "code_block", "html_block"):
                text = (
                    token.content
                    if kind != "html_block"
                    else html.unescape(_HTML_TAGS.sub("", token.content))
                )
                lines = [_InlineLine(line) for line in text.split("\n")]
                self._block(token.map[0] + (kind == "fence"), lines, 0, item, join=False)
                item = None
            elif kind == "front_matter":
                self.front_title = _front_matter_title(token.content)

    def _block(
        self,
        start: int,
        rendered: list[_InlineLine],
        heading: int,
        item: tuple[int, str] | None,
        join: bool = True,
    ) -> None:
        """A block's lines, from line `start` on, each where it stands in the file. A line of links
        is dropped, unless it is a heading; a line broken inside a clause runs on into the next
        (one item, one line), which is left empty. The first line of a list item (`item`: its
        depth and its number, if it has one) carries the item's depth, and its number as text."""
        kept: list[tuple[int, _InlineLine]] = []
        before = ""  # the line before, when it may run on into this one
        for offset, line in enumerate(rendered):
            text = line.text.strip()
            if line.of_links and not heading:  # a heading is the author's own, a link or not
                before = ""
                continue
            if join and not heading and before and _runs_on(before, text):
                number, joined = kept[-1]
                kept[-1] = (number, _InlineLine(_glue(joined.text.strip(), text), joined.bold + line.bold))
            else:
                kept.append((start + offset, line))
            before = text
        for number, line in kept:
            bullet, prefix = item if item and number == start else (0, "")
            text = prefix + line.text.strip()
            bold = tuple(_LEFT_BOLD.sub(r"\2", found) for found in line.bold)  # (a tag left open)
            self._put(
                number, text, LineLayout(heading, bullet, tuple(found for found in bold if found in text))
            )

    def _put(self, number: int, text: str, layout: LineLayout) -> None:
        if not 0 <= number < len(self.lines) or not text.strip():
            return
        self.lines[number] = text
        if layout != LineLayout():
            self.layout[number + 1] = layout
        if layout.heading:
            self.headings.append(_Heading(number, layout.heading, " ".join(text.split())))
        elif self.body_start is None and not self._quoted:
            self.body_start = number

    def title(self) -> str | None:
        """The document's top heading, without marks: of the headings before the body, the first
        of the highest level; else the document's only # heading. The first of several numbered
        headings (一、 1.) is a section's, not the document's; a site's name (# 某某市人民政府, a
        page's logo) is no one's. A note with no # heading is named by its front matter's title
        where it has one (an Obsidian note's title: its first ## heading is its first section's);
        else the first heading."""
        candidates = []
        headings = [h for h in self.headings if not is_site_name(h.text)]
        if self.front_title and not any(h.level == 1 for h in headings):
            return self.front_title
        before = [h for h in headings if self.body_start is None or h.line < self.body_start]
        if before:
            top = min(h.level for h in before)
            candidates.append(next(h for h in before if h.level == top))
        firsts = [h for h in headings if h.level == 1]
        if len(firsts) == 1:
            candidates.append(firsts[0])
        for heading in candidates:
            numbered = bool(ITEM_OPENING.match(heading.text))
            if not (numbered and sum(1 for h in self.headings if h.level == heading.level) > 1):
                return heading.text
        return self.front_title


def _read_markdown(text: str) -> tuple[list[str], dict[int, LineLayout], str | None]:
    """Markdown read as Markdown (markdown-it), one line of text for each line of the file, with
    each line's layout: heading level, list-item depth, bold texts."""
    source = "\n".join(_clean_lines(text))
    prepared = _MD_COMMENT.sub(lambda match: "\n" * match.group().count("\n"), source)
    prepared = _NAVIGATION.sub("", prepared) if "[" in prepared else prepared
    prepared = _WIKILINK.sub(_wikilink_text, _WIKI_EMBED.sub("", prepared))
    prepared = _NOTE_TAG.sub("", prepared) if "#" in prepared else prepared
    prepared = _CALLOUT.sub(r"\1", prepared) if "[!" in prepared else prepared
    reader = _MarkdownReader(source.count("\n") + 1)
    reader.read(_markdown_parser().parse(prepared))
    _drop_link_sections(reader, source.split("\n"))
    return reader.lines, reader.layout, reader.title()


# A note's section of links to other notes: a heading that names links (## 🔗 反向链接, 相关笔记,
# See also) over nothing but lines of links ([[…]] or [text](url), in a list or set apart by / · ,).
# A note app writes it (backlinks) or the learner files the note with it; it leads elsewhere and
# holds nothing to learn. A heading below the top whose lines the reader all left empty (lines of
# a page's links, [text](url), see _InlineLine.of_links; a note's tags; an embed; a learner's log)
# heads nothing either; nor does one whose section opens with a learner's log, whatever the lines
# after the log say (its rules: 打卡规则：错句当天抄写三遍). (Wiki links under any other heading, a
# note's list of the concepts it links to, say, are the note's own.)
_LINKS_HEADING = re.compile(
    r"\W{0,4}(?:反向链接|双向链接|相关链接|链接|双链|出链|入链|被?引用|相关笔记|关联笔记|链接到本页|参见|另见"
    r"|backlinks?|links?|outgoing links|linked mentions|unlinked mentions|see also)\s*(?:[:：]\s*)?",
    re.I,
)
_LINK = r"(?:\[\[[^\]\n]+\]\]|\[[^\]\n]+\]\([^)\n]*\))"
_LINKS_LINE = re.compile(
    rf"\s*(?:[-*+][ \t]+(?:\[[ xX]\][ \t]*)?|\d{{1,3}}[.)][ \t]+)?(?:[^\s\[：:]{{1,8}}(?: [^\s\[：:]{{1,8}})?[：:]\s*)?"
    rf"(?:{_LINK}[\s/|·,，、;；]*)+"
)  # a label may name the links (被引用于：[[…]] · [[…]])


def _drop_link_sections(reader: _MarkdownReader, source: list[str]) -> None:
    """Blank each section of links and each heading over nothing (see above) in what `reader` read
    of `source` (the file's lines): its heading and its lines, to the next heading of its level or
    above. (A heading with no line under it before the next is a part's title: kept.)"""
    for heading in list(reader.headings):
        end = next(
            (h.line for h in reader.headings if h.line > heading.line and h.level <= heading.level),
            len(reader.lines),
        )
        inside = [number for number in range(heading.line + 1, end) if source[number].strip()]
        if not inside:
            continue
        emptied = heading.level > 1 and not any(reader.lines[number] for number in inside)
        read = [number for number in inside if reader.lines[number]]  # not a query block, an embed
        links = bool(read) and all(_LINKS_LINE.fullmatch(source[number]) for number in read)
        logged = heading.level > 1 and inside[0] in reader.logs
        if not (emptied or logged or (links and _LINKS_HEADING.fullmatch(heading.text))):
            continue
        for number in (heading.line, *inside):
            reader.lines[number] = ""
            reader.layout.pop(number + 1, None)
        reader.headings.remove(heading)


def _wikilink_text(match: re.Match[str]) -> str:
    """[[note#section|shown]] -> shown; [[note#section]] -> note section."""
    target, shown = match.group(1), match.group(2)
    return shown if shown is not None else " ".join(target.replace("#", " ").split())


def _read_html(text: str, path: Path) -> tuple[list[str], PageTitles]:
    """The main text of a web page, one paragraph a line, and what the page offers as its title.

    trafilatura drops menus, sidebars, footers and comments. Its default (precision) mode also
    drops subheadings such as 一、…, which are what the outline extractor needs, so recall
    mode is used; yaodian's own boilerplate filter removes what little furniture stays. Where
    trafilatura does not know the page's article container it falls back on extractors that
    lose the subheadings (<h2>…<h6>) still: those are put back (see _with_subheadings). On an
    old page laid out in tables it can miss the article altogether (see _missed_article).
    """
    root = _parsed_page(text)
    changed = False
    if root is not None:
        changed = _drop_hidden(root)
        changed = _join_wrapped_text(root) or changed
    if changed:
        from lxml import html as lxml_html

        text = lxml_html.tostring(root, encoding="unicode")  # read as a reader sees it
    try:
        result = _extraction(text, with_metadata=True)
    except Exception as exc:  # lxml and trafilatura raise many kinds of errors on broken markup
        raise _error(path, f"cannot read as a web page: {_reason(exc)}") from None
    body = getattr(result, "text", None) if result is not None else None
    if root is not None and (article := _missed_article(root, body or "")) is not None:
        body = article  # the extraction took a small block of the page, or its layout table's rows
    if not body or not body.strip():
        raise _error(path, "no article text found in the web page")
    lines = _clean_lines(body)
    extracted = _collapsed(getattr(result, "title", None) or "")  # trafilatura's
    if root is None:
        return lines, PageTitles(titles=_filled([extracted]))
    lines = _with_subheadings(root, lines)
    return lines, PageTitles(
        titles=_filled([_article_title(root), extracted, _element_text(root, "title")]),
        headings=_filled(_collapsed(h1.text_content()) for h1 in root.iter("h1")),
        title_elements=_filled(text for element, text in _page_elements(root) if _holds_headline(element)),
        before_article=_before_article(root, lines),
    )


# A line break in a page's source, with the spaces around it, between two wide characters (Han,
# full-width marks): a browser shows nothing there (CSS Text, segment break transformation).
_WIDE_CHARACTER = r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]"
_WRAP_BETWEEN_WIDE = re.compile(rf"(?<={_WIDE_CHARACTER})[ \t]*\r?\n[ \t\r\n]*(?={_WIDE_CHARACTER})")
# Where a page's text keeps what its source says character for character: these elements, and any
# element whose style keeps line breaks (white-space: pre, pre-wrap, pre-line, break-spaces).
_KEEPS_SPACES = {"pre", "textarea", "script", "style"}
_KEEPS_BREAKS = re.compile(r"white-space\s*:\s*(?:pre|break-spaces)", re.I)


def _keeps_breaks(element: Any) -> bool:
    return isinstance(element.tag, str) and (
        element.tag.lower() in _KEEPS_SPACES or bool(_KEEPS_BREAKS.search(element.get("style") or ""))
    )


def _join_wrapped_text(root: Any) -> bool:
    """Join the text a page's source wraps between two Chinese characters (True where any was).
    Word's 网页 and .mht files wrap their source at ~80 columns, mid-word (一年来的主要 | 工作);
    the extraction kept such a break as a line break, or a space, splitting a heading or an item."""
    joined = False
    for element in root.iter():  # comments too: their tails are the page's text
        if any(_keeps_breaks(ancestor) for ancestor in element.iterancestors()):
            continue
        keeps_text = not isinstance(element.tag, str) or _keeps_breaks(element)
        for attribute in ("tail",) if keeps_text else ("text", "tail"):
            value = getattr(element, attribute)
            if value and "\n" in value:
                fixed = _WRAP_BETWEEN_WIDE.sub("", value)
                if fixed != value:
                    setattr(element, attribute, fixed)
                    joined = True
    return joined


# Declarations that take an element out of what a reader sees.
_HIDING = {("display", "none"), ("visibility", "hidden")}


# The longest piece of hidden junk: a copy site's code or notice is a few words; a hidden block
# (the rest of an article folded under 展开全文, a tab's paragraphs) is the article's own text.
_JUNK_PIECE = 40


def _drop_hidden(root: Any) -> bool:
    """Drop the short inline pieces the page's own style sheets hide (True where any were), keeping
    the text that follows each. Copy sites glue junk into every paragraph (本文来源：某某网, a run
    of random letters) in elements a class rule hides (.jammer {display: none}): a reader never
    sees it, a copy of the text carries it into the cards. trafilatura drops an element hidden by
    its own style attribute, not one hidden by a style sheet.

    A hidden block (<p>, <div>, anything holding one) or a long piece stays: pages fold away the
    rest of an article, or a tab's paragraphs, that a script or a later rule shows again."""
    hidden = [
        element for path in _hiding_rules(root) for element in root.xpath(path) if _is_junk_piece(element)
    ]
    for element in hidden:
        if element.getparent() is not None:  # selected by two rules: dropped already
            element.drop_tree()
    return bool(hidden)


def _is_junk_piece(element: Any) -> bool:
    """An inline element holding no block, of _JUNK_PIECE characters at the most."""
    inline = all(
        not isinstance(inner.tag, str) or inner.tag.lower() not in _BREAKS for inner in element.iter()
    )
    return inline and len("".join(element.text_content().split())) <= _JUNK_PIECE


def _hiding_rules(root: Any) -> list[str]:
    """The selectors (as XPath) of the page's style-sheet rules that hide what they select."""
    import cssselect
    import tinycss2

    paths = []
    for style in root.iter("style"):
        for rule in tinycss2.parse_stylesheet(style.text or "", skip_comments=True, skip_whitespace=True):
            if rule.type != "qualified-rule" or not _hides(rule.content):
                continue
            try:  # a selector lxml cannot match (a:hover, ::before) hides nothing here
                paths.append(
                    cssselect.HTMLTranslator().css_to_xpath(tinycss2.serialize(rule.prelude).strip())
                )
            except cssselect.SelectorError:
                continue
    return paths


def _hides(declarations: list[Any]) -> bool:
    """A rule's declarations say display: none or visibility: hidden."""
    import tinycss2

    return any(
        (item.lower_name, tinycss2.serialize(item.value).strip().lower()) in _HIDING
        for item in tinycss2.parse_blocks_contents(declarations, skip_comments=True, skip_whitespace=True)
        if item.type == "declaration"
    )


def _filled(texts: Iterable[str]) -> tuple[str, ...]:
    return tuple(text for text in texts if text)


def _extraction(markup: str, with_metadata: bool = False) -> Any:
    """trafilatura's reading of a page: its main text, tables kept, in recall mode."""
    import trafilatura

    return trafilatura.bare_extraction(
        markup, include_comments=False, include_tables=True, favor_recall=True, with_metadata=with_metadata
    )


# Below this share of the page's text outside links, the extraction missed the article: of the
# development pages that trafilatura reads well it keeps 0.78 or more as prose; where it takes a
# small block, or turns an old page's layout table into rows (the article one cell of one row),
# a tenth or nothing.
_SMALL_PART = 1 / 2
# How much more prose the article's element must give to replace the extraction: a page read well
# gives about as much, its headline or information line besides.
_MUCH_MORE = 3 / 2


def _missed_article(root: Any, extracted: str) -> str | None:
    """The article's text where the extraction kept a small part of the page's text as prose
    (not table rows): read from the element holding most of the page's text outside links (see
    _article_element), else from the page with its layout tables read as blocks (see
    _unwrap_layout_tables). None where the extraction kept enough, or neither gives much more."""
    body = root.find("body")
    page = _unlinked_length(body if body is not None else root)
    prose = _prose_length(extracted)
    if page == 0 or prose >= _SMALL_PART * page:
        return None
    from lxml import html as lxml_html

    element = _article_element(root, page)
    if element is not None:
        # the element alone, in a page of its own: nothing around it to take for the article
        holder = lxml_html.fromstring("<html><body><div></div></body></html>")
        frame = holder.find("body/div")  # the element's content, in a <div> whatever it was (a <td>)
        frame.text = element.text
        frame.extend(copy.deepcopy(child) for child in element)
        text = _extracted_text(holder)
        if text and _prose_length(text) >= _MUCH_MORE * prose:
            return text
    unwrapped = copy.deepcopy(root)
    if not _unwrap_layout_tables(unwrapped):
        return None
    text = _extracted_text(unwrapped)
    return text if text and _prose_length(text) >= _MUCH_MORE * prose else None


def _extracted_text(root: Any) -> str | None:
    """The extraction's text of a page's tree, None where it finds none (or fails: the first
    reading stands)."""
    from lxml import html as lxml_html

    try:
        result = _extraction(lxml_html.tostring(root, encoding="unicode"))
    except Exception:  # lxml and trafilatura raise many kinds of errors on broken markup
        return None
    return getattr(result, "text", None) if result is not None else None


# A table cell that lays out a page rather than holding a table's data: it holds paragraphs, so
# many lines (between <br> or in blocks of their own) and so many characters in all. A forum's
# posts (Discuz, phpBB) stand in such cells; read as a table, each post's lines ran together
# into one row, and no one element holds the thread's text.
_LAYOUT_CELL_LINES = 3
_LAYOUT_CELL_TEXT = 200
_TABLE_PARTS = {"table", "thead", "tbody", "tfoot", "tr", "td", "th"}


def _unwrap_layout_tables(root: Any) -> bool:
    """Turn the tables that lay out a page (a cell of theirs holds paragraphs: see above) into
    plain blocks, so that their cells are read as text in order (True where any was)."""
    layout = [table for table in root.iter("table") if any(map(_holds_paragraphs, _own_cells(table)))]
    for table in layout:
        for element in (table, *table.xpath("./tr | ./*/tr | ./tr/* | ./*/tr/*")):
            if element.tag.lower() in _TABLE_PARTS:
                element.tag = "div"
    return bool(layout)


def _own_cells(table: Any) -> list[Any]:
    """A table's cells, not those of the tables nested in them."""
    return table.xpath("./tr/td | ./tr/th | ./*/tr/td | ./*/tr/th")


def _holds_paragraphs(cell: Any) -> bool:
    lines = sum(1 for inner in cell.iter() if isinstance(inner.tag, str) and inner.tag.lower() in _BREAKS)
    return lines >= _LAYOUT_CELL_LINES and len("".join(cell.text_content().split())) >= _LAYOUT_CELL_TEXT


def _prose_length(text: str) -> int:
    """Characters (spaces left out) of a text's lines that are not table rows (| … |)."""
    return sum(len("".join(line.split())) for line in _clean_lines(text) if not line.lstrip().startswith("|"))


_NOT_READ = (
    "ancestor-or-self::a or ancestor::script or ancestor::style or ancestor::noscript or ancestor::select"
)


def _unlinked_length(element: Any) -> int:
    """Characters (spaces left out) of an element's visible text outside links: a page's menus,
    breadcrumbs and link lists are links, its article is not."""
    texts = element.xpath(f".//text()[not({_NOT_READ})]")
    return sum(len("".join(text.split())) for text in texts)


# elements that break text into paragraphs or lines: an element holding some holds several
_BREAKS = {
    "p", "div", "br", "table", "tbody", "tr", "td", "th", "ul", "ol", "li", "dl", "dt", "dd", "section",
    "article", "main", "center", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
}  # fmt: skip


_PARAGRAPH = 20  # characters: text an element holds itself, outside its blocks, that makes it the article's


def _article_element(root: Any, page: int) -> Any | None:
    """The element holding the page's article by its text, wherever the layout puts it (a table's
    cell, a div of any class): from the body down, into the child that holds half or more of the
    page's text outside links, until an element holds a paragraph's text itself (lines between
    <br>) or the child is one paragraph, not text broken into paragraphs or lines. None where no
    child of the body holds half."""
    element = root.find("body")
    if element is None:
        element = root
    found = None
    while True:
        children = [child for child in element if isinstance(child.tag, str)]
        blocks = [child for child in children if child.tag.lower() in _BREAKS]
        if found is not None and _unlinked_length(element) - sum(map(_unlinked_length, blocks)) >= _PARAGRAPH:
            return found
        child = max(children, key=_unlinked_length, default=None)
        if (
            child is None
            or _unlinked_length(child) * 2 < page
            or not any(
                isinstance(grandchild.tag, str) and grandchild.tag.lower() in _BREAKS for grandchild in child
            )
        ):
            return found
        element = found = child


def _parsed_page(markup: str) -> Any | None:
    """The page's element tree (lxml), None where lxml cannot parse it: read once, its comments
    are no elements, so a commented-out <title> or <meta> is never read.

    The text is given as UTF-8 bytes: lxml refuses a str that keeps an XML declaration naming
    its encoding (<?xml version="1.0" encoding="gb2312"?>, as XHTML pages open), and the
    declaration's encoding is no longer the text's.
    """
    from lxml import etree
    from lxml import html as lxml_html

    try:
        return lxml_html.fromstring(markup.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        return None


def _collapsed(text: str) -> str:
    return " ".join(text.split())


def _element_text(root: Any, tag: str) -> str:
    """The text of the page's first `tag` element, spaces collapsed; '' without one."""
    element = next(root.iter(tag), None)
    return _collapsed(element.text_content()) if element is not None else ""


def _article_title(root: Any) -> str:
    """The article's title as government sites give it in their pages' metadata (<meta
    name="ArticleTitle">, which the national guide for government websites asks of every article
    page); '' without one."""
    for meta in root.iter("meta"):
        if (meta.get("name") or "").lower() == "articletitle":
            return _collapsed(meta.get("content") or "")
    return ""


# An element that holds a page's headline: a heading, or one its class or id calls a title
# (class="title", id="biaoti", class="news_tit", class="art-bt").
_TITLE_CLASS = re.compile(
    r"title|tit(?:le)?\b|(?:^|[\s_-])tit(?:$|[\s_-])|biaoti|headline|(?:^|[\s_-])bt(?:$|[\s_-])", re.I
)


def _holds_headline(element: Any, tags: tuple[str, ...] = ("h1",)) -> bool:
    """An element of a tag in `tags`, or one its class or id calls a title."""
    return element.tag.lower() in tags or bool(
        _TITLE_CLASS.search(f"{element.get('class', '')} {element.get('id', '')}")
    )


def _before_article(root: Any, lines: list[str]) -> tuple[tuple[str, bool], ...]:
    """The elements before the article's first kept paragraph that may hold its headline, where
    the extraction lost it: each heading or title element (True), and the element of text right
    above an information line (发布时间：… 来源：…; False), in the page's order."""
    kept = _line_keys(lines)
    found: list[tuple[str, bool]] = []
    above = ""  # the last element of text alone
    for element, text in _page_elements(root):
        if not text:
            continue
        if _key(text) in kept:
            break  # the article has begun
        if _holds_headline(element, ("h1", "h2", "h3")):
            found.append((text, True))
        if len(element) == 0:  # an element of text alone, not a container
            if _INFORMATION.match(text) and above:
                found.append((above, False))
            above = text
    return tuple(found)


# the line of an article's information under its headline (发布时间：… 来源：…, 2024-05-08 来源：…)
_INFORMATION = re.compile(
    r"\s*(?:发布时间|发布日期|时间|日期|来源|信息来源|作者)\s*[:：]|\s*\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]"
)


_SUBHEADING_TAGS = {"h2", "h3", "h4", "h5", "h6"}
_SUBHEADING = 60  # characters at most: a section's heading is short


def _with_subheadings(root: Any, lines: list[str]) -> list[str]:
    """The article's lines with the subheadings the extraction lost put back where they stand:
    a heading (<h2>…<h6>) after a paragraph the extraction kept (or a numbered one after the
    headline, <h1>), and before another such paragraph, which the text does not say, goes
    before the line of the paragraph that follows it in the heading's own container. A heading
    outside the article (a sidebar's 相关文章) has no kept paragraph after it in its container,
    or nothing of the article before it, and stays out; a subtitle under the headline is the
    title's."""
    said = "".join("".join(lines).split())
    starts = _line_keys(lines)
    if not starts:
        return lines
    inserts: dict[int, list[str]] = {}
    pending: list[tuple[str, Any]] = []  # a heading and its parent
    kept_before = headline = False
    for element, text in _page_elements(root):
        tag = element.tag
        if tag.lower() == "h1":  # the headline: the article starts here
            headline = True
            continue
        if tag.lower() in _SUBHEADING_TAGS:
            # right under the headline, only a section's numbered heading: a subtitle is the title's
            placed = kept_before or (headline and HEADING_NUMBER.match(text))
            if placed and text and len(text) <= _SUBHEADING and "".join(text.split()) not in said:
                pending.append((text, element.getparent()))
            continue
        number = starts.get(_key(text)) if text else None
        if number is None:
            continue
        # a heading of the article heads the paragraph after it in its own container
        ancestors = set(element.iterancestors())
        inserts.setdefault(number, []).extend(text for text, parent in pending if parent in ancestors)
        pending = []
        kept_before = True
    if not inserts:
        return lines
    out: list[str] = []
    for number, line in enumerate(lines):
        out += inserts.get(number, [])
        out.append(line)
    return out


_KEY = 16  # characters that tell a paragraph's element from the others
# the mark the extraction writes before a list item's line (- 某某), which its <li> does not hold
_ITEM_MARK = re.compile(r"^\s*[-*•·]\s+")


def _key(text: str) -> str:
    """The opening characters of a text, spaces and a list item's mark left out: what finds a
    line's element in the page (a heading over a list, 本期目录 over its <li>s, goes before it)."""
    return "".join(_ITEM_MARK.sub("", text, count=1).split())[:_KEY]


def _line_keys(lines: list[str]) -> dict[str, int]:
    """The key of each line long enough to tell its element (half a key or more), to its first index."""
    keys: dict[str, int] = {}
    for number, line in enumerate(lines):
        if len(key := _key(line)) >= _KEY // 2:
            keys.setdefault(key, number)
    return keys


def _page_elements(root: Any) -> Iterator[tuple[Any, str]]:
    """The elements of a page's body (not comments, scripts or styles), in document order, each
    with its text, spaces collapsed."""
    from lxml import etree

    body = root.find("body")
    for element in (body if body is not None else root).iter(etree.Element):
        if element.tag not in ("script", "style"):
            yield element, " ".join(element.text_content().split())


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
            for lvl in _xpath(self._root, "./w:abstractNum[@w:abstractNumId = $id]/w:lvl", id=abstract[0]):
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


def _num_pr(paragraph: Any) -> tuple[str, int] | None:
    """(numId, level) of a paragraph's list numbering, set on the paragraph or on its style chain."""
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
    return str(num_id), int(level or 0)


_TITLE_STYLES = ("title", "heading 1", "标题", "标题 1")
_DOCUMENT_TITLE_STYLES = ("title", "标题")  # Word's Title style (标题 in a Chinese Word), not Heading 1


class _StyledHeading(NamedTuple):
    """A paragraph styled as a title or a top heading, and what stands above it (see _above_heading)."""

    text: str
    above: int
    document_title: bool  # styled Title, the document's own name, not Heading 1


def _docx_lines(
    blocks: Iterable[Any],
    numbering: _Numbering,
    lines: list[str],
    headings: list[_StyledHeading],
    layout: dict[int, LineLayout],
) -> None:
    """The lines of the blocks of a document, a table cell or a text box: paragraphs and tables in
    order, each paragraph followed by the text boxes anchored in it; a bulleted item's depth in
    `layout`, as a Markdown list item's (its bullet is no text)."""
    from docx.table import Table

    for block in blocks:
        if isinstance(block, Table):
            seen: set[Any] = set()  # holding the elements keeps lxml's proxies, and so their identity
            for row in block.rows:
                for cell in row.cells:
                    if cell._tc in seen:  # a merged cell repeats in every row and column it spans
                        continue
                    seen.add(cell._tc)
                    _docx_lines(cell.iter_inner_content(), numbering, lines, headings, layout)
            continue
        text = " ".join(block.text.split("\n")).strip()
        label, bullet = numbering.label(block)
        style_name = (block.style.name or "").lower() if block.style is not None else ""
        if text and style_name in _TITLE_STYLES:
            headings.append(_StyledHeading(text, _above_heading(lines), style_name in _DOCUMENT_TITLE_STYLES))
        lines.append(f"{label}{text}" if text else "")
        if bullet and text:
            layout[len(lines)] = LineLayout(bullet=bullet)
        for box in _text_boxes(block):
            _docx_lines(_box_blocks(box, block), numbering, lines, headings, layout)


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


def _read_docx(data: bytes, path: Path) -> tuple[list[str], dict[int, LineLayout], str | None, str | None]:
    """The paragraphs of a Word document, tables cell by cell, list numbers written in, bulleted
    items' depths; the heading styled as a title before any text, and the Title property."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        numbering = _Numbering(document)
        lines: list[str] = []
        headings: list[_StyledHeading] = []
        layout: dict[int, LineLayout] = {}
        _docx_lines(document.iter_inner_content(), numbering, lines, headings, layout)
        core_title = (document.core_properties.title or "").strip()
    except Exception as exc:  # python-docx lets zipfile, lxml, KeyError and AttributeError through
        raise _error(path, f"cannot read as a Word document: {_damage(exc)}") from None
    return lines, layout, _docx_title(headings), _core_title(core_title)


_NO_TEXT, _COVER, _PROSE = range(3)  # what stands above a heading: nothing, a cover's short lines, prose
_COVER_LINE = 40  # characters: a cover's lines are names, labels and notes, not prose


def _above_heading(lines: list[str]) -> int:
    """What stands above a heading that is read now: no text, a cover's short lines only (a
    course's name, the teacher, a restricted mark, a file number and its signer), or prose."""
    if not any(lines):
        return _NO_TEXT
    return _PROSE if any(len(line) > _COVER_LINE for line in lines) else _COVER


def _docx_title(headings: list[_StyledHeading]) -> str | None:
    """The paragraph a Word document styles as its title (Title, Heading 1): one styled Title
    before any prose, under the part and chapter headings of the book it was taken from (第二部分 …,
    范文八); else the first, where no text stands above it; else the first under a cover block (see
    _above_heading), where the author styled the headline and set the cover's lines in plain
    paragraphs above it. Under a cover, a numbered heading (一、…) is a section's, and so is one
    of several of a lesson's or a chapter's number (第一讲 …, 第二讲 …); a lesson's alone (第三讲 …)
    names the handout's lesson."""
    for heading in takewhile(lambda heading: heading.above != _PROSE, headings):
        if heading.document_title:
            return heading.text
    if headings and headings[0].above == _NO_TEXT:
        return headings[0].text
    lessons = sum(1 for heading in headings if _LESSON_NUMBER.match(heading.text))
    for text, above, _ in headings:
        if (
            above == _COVER
            and not ITEM_OPENING.match(text)
            and not (_LESSON_NUMBER.match(text) and lessons > 1)
        ):
            return text
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


def _slide_lines(slide: Any, lines: list[str], layout: dict[int, LineLayout]) -> str | None:
    """Append one slide's text to `lines` (its layout to `layout`): the title placeholder's as a
    heading, first; body placeholders' paragraphs as list items at their level; other text boxes'
    paragraphs as paragraphs, tables as lists of their rows (_table_lines). The speaker's notes
    follow as paragraphs when they are the talk's text (_talk_notes); a closing slide (谢谢聆听！)
    is left out. Returns the slide's title."""
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


def _row_texts(row: Any, skip: int) -> list[_InlineLine]:
    return [_InlineLine(_pptx_text(cell.text)) for cell in list(row.cells)[skip:]]


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
        if text := _row_line(_row_texts(row, skip)).text:
            lines.append(text)
            if len(body) > 1:
                layout[len(lines)] = LineLayout(bullet=1)


def _read_pptx(data: bytes, path: Path) -> tuple[list[str], dict[int, LineLayout], str | None]:
    """The text of a PowerPoint presentation slide by slide (see _slide_lines), as Markdown would
    give it; the first slide's title is the document's."""
    import pptx

    lines: list[str] = []
    layout: dict[int, LineLayout] = {}
    titles: list[str] = []
    try:
        for slide in pptx.Presentation(io.BytesIO(data)).slides:
            title = _slide_lines(slide, lines, layout)
            titles += [title] if title else []
    except Exception as exc:  # python-pptx lets zipfile, lxml and KeyError errors through
        raise _error(path, f"cannot read as a PowerPoint presentation: {_damage(exc)}") from None
    return lines, layout, titles[0] if titles else None


# ---- Paragraphs run together on one line (text copied from WeChat or a web page, its line breaks lost)

# A line this long or longer, holding half the document's text or more, may be paragraphs run
# together; a shorter one is a paragraph whatever it holds.
_RUN_TOGETHER = 200
# Where the paragraphs of such a line begin: after a run of full-width spaces (the indent of a
# paragraph, when the line breaks were lost but the indents were not), or at a marker that opens
# a paragraph, where a sentence ended, or a heading (which has no closing mark but a quote or a
# bracket) did: 一、 （一） (1) 1、 1. after 。！？； or a closing mark, counted on from the one
# before of their kind (统一、规范 is no heading); the first of 一是 第一， 首先 after a closing mark
# (their later members run on in a paragraph, as in the line-broken copy); 总之 after a sentence.
_INDENT_RUN = re.compile(r"[\u3000]{2,}[\s\u3000]*")
_AFTER_SENTENCE = re.compile(r"[。！？!?；;…][”’」』）)》]*\s*$")
_AFTER_CLOSING = re.compile(r"[^。！？!?；;…，、,：:\s][”’」』）)》]\s*$")


def _paragraph_starts(line: str) -> list[int]:
    """The offsets in `line` where a paragraph of text run together begins (see _INDENT_RUN
    and markers.RUN_TOGETHER_OPENING)."""
    starts = [run.end() for run in _INDENT_RUN.finditer(line) if run.start() > 0 and run.end() < len(line)]
    last: dict[str, int] = {}  # the number of each kind of marker last taken
    for found in RUN_TOGETHER_OPENING.finditer(line):
        before = line[: found.start()]
        sentence, closing = _AFTER_SENTENCE.search(before), _AFTER_CLOSING.search(before)
        kind = found.lastgroup or ""
        if kind == "first":
            opens = closing is not None
        elif kind == "conclusion":
            opens = sentence is not None
        else:
            number = numeral_value(found.group(kind))
            if number is None:  # 十三十、: no number, so no heading
                continue
            opens = (sentence or closing) is not None and number in (1, last.get(kind, 0) + 1)
            if opens:
                last[kind] = number
        if opens and found.start() > 0:
            starts.append(found.start())
    return sorted(set(starts))


def _paragraphs_run_together(lines: list[str]) -> list[str]:
    """Text whose paragraphs were run together on one line, broken into them again where the
    text shows where they begin (see _paragraph_starts). Only a line far longer than a paragraph
    is broken: one of _RUN_TOGETHER characters or more that holds half the text or more and
    three paragraphs or more by its marks. The lines after it move down: this text's lines are
    its paragraphs, as a web page's are."""
    size = sum(len(line.strip()) for line in lines)
    out: list[str] = []
    for line in lines:
        length = len(line.strip())
        starts = _paragraph_starts(line) if length >= max(_RUN_TOGETHER, size / 2) else []
        if len(starts) < 2:
            out.append(line)
            continue
        bounds = [0, *starts, len(line)]
        out += [piece for a, b in pairwise(bounds) if (piece := line[a:b].strip(" \t\u3000"))]
    return out


# ---- Lines broken at a fixed width (PDF, and text copied from one)

_SENTENCE_MARKS = "。！？；：…!?;:"
_CLOSING = "”’\"'）)》」』"


def _ends_sentence(text: str) -> bool:
    """Whether `text` ends with a sentence's end (。！？；：…), quotes and brackets closing after it."""
    last = text.rstrip().rstrip(_CLOSING)[-1:]
    return bool(last) and last in _SENTENCE_MARKS


# A line that ends inside a clause (after a comma, or an opening bracket or quote): the sentence
# goes on on the next line, also when that line opens with what looks like a marker (（\n3）).
_COMMAS = "，、,"
_OPENING = "（(“‘《「『【〔["
# Marks Chinese typesetting never sets at the start of a line (避头): a line opening with one was
# broken there by the width.
_NEVER_OPENS = set("。，、；：！？）》」』”’")
_CLAUSE_GOES_ON = re.compile(rf"[{_COMMAS}]\s*$")
_OPENED = re.compile(rf"[{re.escape(_OPENING)}]\s*$")
# (a text holding no such line needs no rejoining)
_BROKEN_CLAUSE = re.compile(rf"[{_COMMAS}{re.escape(_OPENING)}][^\S\n]*\r?\n[^\S\n]*\S")
# A page number on a line of its own, as a PDF's text keeps it: 3, — 3 —, · 38 · (a journal's),
# 第 3 页 共 9 页 (or 共 9 页 第 3 页), 3/9, Page 3 of 9.
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-—–－·•\s]*\d{1,4}[-—–－·•\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?"
    r"|共\s*\d+\s*页\s*[,，/]?\s*第\s*\d+\s*页|\d+\s*/\s*\d+|(?i:page)\s*\d+(?:\s*(?:of|/)\s*\d+)?)\s*$"
)
# The narrowest line width (in half-width columns) taken for a fixed wrapping width, and the
# narrowest of a newspaper's or a magazine's columns (ten characters and more a line).
_MIN_WRAP = 40
_MIN_COLUMN = 20
# The share of a text's lines that fill its width when it is broken at a fixed width, and the
# share of those that end inside a sentence; in a narrow column, the share of them that hold a
# clause's end inside them.
_WRAPPED_SHARE = 0.3
_INSIDE = 0.6
_MARKED_INSIDE = 0.5
_WRAPPED_LINES = 5  # lines that fill the width, at the least, of a text broken at it
# A line that fills this much of the width ran on into the next; this much, to the brim.
_FILLED = 0.8
_BRIM = 0.95
# How far short of the width (in columns) a line broken at it may stop: three columns, but in a
# wide page's copy (from 64 columns: 32 characters) eight, as its lines spread with half-width
# digits and Latin and punctuation set narrow. (Short paragraphs, a line each, would come that
# close to one another by chance in a narrower text.)
_SLACK = 3
_WIDE = 64
_WIDE_SLACK = 8
_CLAUSE_END = re.compile(r"[；：;:]\s*$")
# (a clock's colon, 20:02, marks no clause: a chat export's lines of a name and a time are no prose)
_MARK_INSIDE = re.compile(
    r"(?:[，、。；：！？,;!?]|(?<!\d):(?!\d))(?=.*[^\s，、。；：！？,;:!?”’\"'）)》」』])"
)


def text_width(text: str) -> int:
    """Columns `text` takes in half-width characters: Chinese text's characters and punctuation
    (“” … — too, as Chinese fonts set them) take two. (Counted by encoding, not char by char:
    every line of every text file is measured.)"""
    return 2 * len(text) - len(text.encode("ascii", "ignore"))


def _glue(before: str, after: str) -> str:
    space = " " if before[-1:].isascii() and before[-1:].isalnum() and after[:1].isascii() else ""
    return before + space + after


def _fills(width: int, wrap: int) -> bool:
    """A line `width` columns wide fills a text broken at `wrap` columns: it stops at most
    _SLACK columns short of it, _WIDE_SLACK in a wide text."""
    return wrap - (_WIDE_SLACK if wrap >= _WIDE else _SLACK) <= width <= wrap


def _wrap_width(widths: list[int], narrowest: int = _MIN_WRAP) -> int:
    """The width lines are broken at, from their widths: the widest of the widths (from
    `narrowest` on) that most lines fill (see _fills); else the 90th percentile."""
    if not widths:
        return 0
    counts = Counter(width for width in widths if width >= narrowest)
    if not counts:
        return sorted(widths)[int(len(widths) * 0.9)]
    return max(counts, key=lambda w: (sum(n for v, n in counts.items() if _fills(v, w)), w))


def _wrapping(texts: list[str]) -> int:
    """The width `texts` (a text's lines, stripped, page numbers left out) are broken at when
    they are broken at a fixed width, as copied from a PDF, else 0: many lines (_WRAPPED_SHARE of
    them) of nearly the same width, most of which end inside a sentence.

    A narrow column (a newspaper's: 10 to 20 characters a line) passes for a list of short
    lines unless its lines carry their clauses' ends inside them, as prose cut at random
    places does and a list of headings or slogans does not.
    """
    widths = [text_width(text) for text in texts]
    for narrowest in (_MIN_WRAP, _MIN_COLUMN):
        width = _wrap_width(widths, narrowest)
        if width < narrowest:
            continue
        full = [text for text, w in zip(texts, widths, strict=True) if _fills(w, width)]
        if len(full) < _WRAPPED_LINES or len(full) < _WRAPPED_SHARE * len(texts):
            continue
        if sum(1 for text in full if not _ends_sentence(text)) < _INSIDE * len(full):
            continue
        if narrowest < _MIN_WRAP and sum(1 for t in full if _MARK_INSIDE.search(t)) < _MARKED_INSIDE * len(
            full
        ):
            continue
        return width
    return 0


def _hard_wrapped(raw: list[str]) -> bool:
    """Text broken at a fixed width, as copied from a PDF (see _wrapping)."""
    texts = [text for text in map(str.strip, raw) if text]
    # Most text files end nearly every line with a sentence: counting those lines spares
    # measuring them. (Page numbers count among the others here, and the test below holds.)
    if sum(1 for text in texts if not _ends_sentence(text)) < _WRAPPED_SHARE * _INSIDE * len(texts):
        return False
    return _wrapping([text for text in texts if not _PAGE_NUMBER.match(text)]) > 0


def _running_heads(raw: list[str]) -> set[int]:
    """The lines of a page's running head or foot, every copy of them: a line repeated in the
    text that stands next to a page number (blank lines between), or that no sentence could be
    (a newspaper's 2024年7月2日 星期二 第04版 评论, a paper's title and date over each page),
    repeated a page or more apart: in text broken at a fixed width, prose does not repeat a
    whole line of its own. (Copies are the same but for their spaces: a head's parts may stand
    farther apart on its first page.)"""
    texts = [" ".join(line.split()) for line in raw]
    counts = Counter(text for text in texts if text)
    near: set[str] = set()
    for number, line in enumerate(raw):
        if not line.strip() or not _PAGE_NUMBER.match(line):
            continue
        for step in (-1, 1):
            other = number + step
            while 0 <= other < len(raw) and not texts[other]:
                other += step
            if 0 <= other < len(raw) and not _PAGE_NUMBER.match(raw[other]):
                near.add(texts[other])
    heads = {text for text in near if counts[text] >= 2 and len(text) >= _HEAD_LENGTH}
    apart = {text for text, count in counts.items() if count >= 2 and _could_be_furniture(text)}
    if apart:
        numbers: dict[str, list[int]] = {}
        for number, text in enumerate(texts):
            if text in apart:
                numbers.setdefault(text, []).append(number)
        heads |= {text for text, found in numbers.items() if found[-1] - found[0] >= _PAGE_APART}
    return {number for number, text in enumerate(texts) if text in heads}


def _furniture_in_sentence(raw: list[str]) -> set[int]:
    """The lines of page furniture printed once (a running head on one page only, a report's
    name or a watermark under a page number) that stand inside a sentence cut by a page break:
    beside a page number or a form feed, set apart from the text by blank lines, no sentence's
    part (see _could_be_furniture), with a line before the break that fills the width and ends
    inside a sentence. A heading never stands inside a sentence, and the lines of a sentence touch
    each other. (A short line before the break, a date, a signature or a list's item, ends its
    paragraph: the heading after the break is text.)"""
    texts = [line.strip() for line in raw]
    wrap = _wrap_width([text_width(text) for text in texts if text])
    breaks = [n for n, line in enumerate(raw) if "\f" in line or (texts[n] and _PAGE_NUMBER.match(line))]
    found: set[int] = set()
    for number in breaks:
        beside = [
            n
            for n in _furniture_around(texts, number)
            if _could_be_furniture(texts[n]) and _stands_apart(texts, n)
        ]
        cluster = [number, *beside]
        before = _prose_beside(texts, min(cluster), -1, set(beside))
        if before is not None and text_width(before) >= _FILLED * wrap and not _ends_sentence(before):
            found.update(beside)
    return found


# A page's footnotes as a PDF's text keeps them, at the page's foot: a short rule of their own
# (————————————) and the notes under it, the first opening with its mark (① [1] 注1), or, with no
# rule, notes that open with a citation (①参见…：《…》，人民出版社2022年版，第19页。); then the page's
# break after them (blank lines aside): its number alone, or a running head or foot with the number
# beside it (· 48 ·  某某学报  2025年第3期). They stand inside the sentence the page break cuts:
# dropped as page furniture, the sentence runs on across them. (Under a rule that no page break
# follows, or over lines without a note's mark, the lines are the text's.)
_FOOTNOTE_RULE = re.compile(r"\s*[—_\-－─━]{6,}\s*")
_NOTE_OPENING = re.compile(r"\s*(?:[①-⑳]|[\[［]\d{1,3}[\]］]|注\s*\d{1,3})")
_PAGE_MARKED = re.compile(r"\s*[·•\-—–]\s*\d{1,4}\s*[·•\-—–]\s+\S.*|.*\S\s+[·•\-—–]\s*\d{1,4}\s*[·•\-—–]\s*")


def _footnotes(raw: list[str]) -> set[int]:
    """The line numbers of each page's footnotes (see above): the rule, the notes, the page break."""
    found: set[int] = set()
    for first, line in enumerate(raw):
        ruled = (
            _FOOTNOTE_RULE.fullmatch(line) and first + 1 < len(raw) and _NOTE_OPENING.match(raw[first + 1])
        )
        if not ruled and not (_NOTE_OPENING.match(line) and _cites(raw, first)):
            continue
        last = _note_end(raw, first + 1 if ruled else first)
        while last + 1 < len(raw) and _NOTE_OPENING.match(raw[last + 1]):
            last = _note_end(raw, last + 1)
        after = last + 1
        while after < len(raw) and not raw[after].strip():
            after += 1
        if after < len(raw) and (
            "\f" in raw[after] or _PAGE_NUMBER.match(raw[after]) or _PAGE_MARKED.fullmatch(raw[after])
        ):
            found.update(range(first, after + 1))
    return found


# What only a citation says: who is cited (习近平：《…》), 参见, or the publisher (人民出版社). An item of
# the text may name a dated document (①深入贯彻《…》（2023年5月10日印发）…) and is no note.
_CITED_WORK = re.compile(r"参见|引自|转引自|出版社|[:：]\s*《")


def _cites(raw: list[str], number: int) -> bool:
    """Whether the note that opens on line `number` cites a source (markers.CITATION, _CITED_WORK)."""
    note = "".join(line.strip() for line in raw[number : _note_end(raw, number) + 1])
    return bool(CITATION.fullmatch(note) and _CITED_WORK.search(note))


def _note_end(raw: list[str], number: int) -> int:
    """The last line of the note that opens on line `number`: a note runs on over the lines it is
    wrapped over, to the line that ends its sentence (or before a blank line)."""
    while number + 1 < len(raw) and raw[number + 1].strip() and not _ends_sentence(raw[number].strip()):
        number += 1
    return number


def _furniture_around(texts: list[str], number: int) -> list[int]:
    """The first line of text on each side of line `number` (blank lines, page numbers and form
    feeds aside)."""
    return [other for step in (-1, 1) if (other := _next_text_line(texts, number, step)) is not None]


def _stands_apart(texts: list[str], number: int) -> bool:
    """Whether line `number` touches no other line of text: blank lines, page numbers or form
    feeds (or the text's ends) on both sides of it."""
    return all(
        not 0 <= other < len(texts) or not texts[other] or bool(_PAGE_NUMBER.match(texts[other]))
        for other in (number - 1, number + 1)
    )


def _prose_beside(texts: list[str], number: int, step: int, skip: set[int]) -> str | None:
    """The first line of text from line `number` in direction `step` that is no page number and
    not in `skip`, or None."""
    other = _next_text_line(texts, number, step, skip)
    return texts[other] if other is not None else None


def _next_text_line(texts: list[str], number: int, step: int, skip: Collection[int] = ()) -> int | None:
    """The number of the first line from line `number` in direction `step` (-1 or 1) that holds
    text, is no page number and is not in `skip`; None past the text's end."""
    other = number + step
    while 0 <= other < len(texts) and (not texts[other] or other in skip or _PAGE_NUMBER.match(texts[other])):
        other += step
    return other if 0 <= other < len(texts) else None


def _running_head_texts(raw: list[str], heads: set[int]) -> tuple[str, ...]:
    """The texts of the running heads among `raw` (`heads`: their line numbers, see _running_heads),
    each once, the most printed first (then in the order they first stand)."""
    texts = [raw[number].strip() for number in sorted(heads)]
    counts = Counter(texts)
    return tuple(sorted(counts, key=lambda text: (-counts[text], texts.index(text))))


# Lines between the first and the last copy of a running head, at least: a page's worth. (A
# headline printed twice, as a heading and as a lead, stands twice in a row.)
_PAGE_APART = 10
# Characters a running head beside page numbers holds at the least: a shorter line repeated there
# (目录, 附件) may be the text's own.
_HEAD_LENGTH = 4


_ANY_MARK = re.compile(r"[，、。；：！？,;:!?]")
# Columns (eight Chinese characters) a line takes at the least to pass for page furniture by its
# looks: a shorter line without a mark, a word or a name, says too little to tell.
_FURNITURE_WIDTH = 16


def _could_be_furniture(text: str) -> bool:
    """A line that is no part of a sentence: some length, no clause's or sentence's mark, and no
    enumeration item or heading (一、总体要求 may stand in a table of contents and over its part)."""
    return (
        text_width(text) >= _FURNITURE_WIDTH and not _ANY_MARK.search(text) and not ITEM_OPENING.match(text)
    )


# A text that indents the first line of its paragraphs indents this share of its lines, at the
# least and at the most: fewer are stray indents, more a margin every line keeps; neither marks
# where a paragraph starts.
_FEW_INDENTED = 0.1
_MOST_INDENTED = 0.8
# A text with a blank line after more than this share of its lines is double spaced.
_SPACED_SHARE = 0.5


def _rejoin(raw: list[str], wrapped: bool, running: set[int] | None = None) -> list[str]:
    """Undo hard line breaks, keeping line numbers: a paragraph's text on the line where it
    starts, the lines joined into it left empty.

    A line ending inside a clause (after ，、) runs on into the next line when no blank line
    comes between, or only a page break (a page number or footer, a form feed), which goes. In
    `wrapped` text (a PDF's, or text broken at a fixed width), a line that fills the width runs
    on too, across page breaks and running heads, which are dropped; a blank line alone ends a
    paragraph, unless most lines have one after them (double spacing). There, where the text
    indents the first line of its paragraphs, the indent alone starts a new one; otherwise a new
    paragraph starts after a line that ends a sentence, and at a line that opens an enumeration
    item (一、 (一) 1、 ① 一是 ——), which the extractors must see first. `running`: the line numbers
    of the running heads and feet, when the caller has found them already (see _running_heads).
    """
    out = [""] * len(raw) if wrapped else list(raw)
    dropped = (_running_heads(raw) if running is None else running) if wrapped else set()
    if wrapped:
        dropped = dropped | _furniture_in_sentence(raw) | _footnotes(raw)
    kept = [
        number
        for number, line in enumerate(raw)
        if line.strip() and number not in dropped and not _PAGE_NUMBER.match(line)
    ]
    texts = [raw[number].strip() for number in kept]
    full = (_wrapping(texts) or _wrap_width([text_width(text) for text in texts])) if wrapped else 0
    indents = sum(1 for number in kept if raw[number].lstrip("\f")[:1].isspace())
    by_indent = wrapped and _FEW_INDENTED * len(kept) <= indents <= _MOST_INDENTED * len(kept)
    # The head (the lines before the first that holds a clause's mark: titles, subtitle, issuer,
    # byline, date) sets each line on its own, whatever its width.
    body = next((number for number in kept if _ANY_MARK.search(raw[number])), len(raw))
    # Text copied with a blank line after every line (double spacing) has no blank line to end a
    # paragraph with: there, blank lines are spacing.
    spaced = wrapped and sum(1 for a, b in pairwise(kept) if b > a + 1) > _SPACED_SHARE * len(kept)
    start = previous = -1
    for number in kept:
        line = raw[number].rstrip().lstrip("\f")  # a form feed starts a page, not a paragraph
        before = raw[previous].strip() if previous >= 0 else ""
        fill = text_width(before) / full if wrapped and full and previous >= body else 0.0
        adjacent = number == previous + 1 or spaced or _page_break(raw, previous, number, dropped)
        if start >= 0 and _runs_on(before, line, fill, by_indent, adjacent):
            out[start] = _glue(out[start].rstrip(), line.strip())
            out[previous + 1 : number + 1] = [""] * (number - previous)  # the page break goes too
        else:
            out[number] = line.strip() if wrapped else raw[number]
            start = number
        previous = number
    return out


def _page_break(raw: list[str], after: int, before: int, furniture: set[int]) -> bool:
    """Whether the lines between line `after` and line `before` make a page break: a page
    number, a running head or a form feed among them (blank lines aside). Blank lines alone end
    a paragraph."""
    return any(
        number in furniture
        or "\f" in raw[number]
        or (raw[number].strip() and _PAGE_NUMBER.match(raw[number]))
        for number in range(after + 1, before)
    )


def _runs_on(
    before: str, line: str, fill: float = 0.0, by_indent: bool = False, adjacent: bool = True
) -> bool:
    """Whether `line` goes on with the sentence of the line `before` it; `fill`: how much of the
    wrapping width `before` fills (0 where lines are not wrapped at a width), `adjacent`: no
    blank line between them.

    A line broken inside a clause goes on. So does one that fills the width, unless it ends a
    sentence, or the next line opens an enumeration item (or, where paragraphs are indented, is
    indented). A line filled to the brim that ends in ；or ： was broken there by the width,
    not by the author, and so was a line before one that opens with a mark no line may open
    with (。，、). A heading (an enumeration item without a clause's mark) that fills the
    width goes on only into the rest of a heading, not into prose: in a narrow column many
    headings fill it.
    """
    text = line.strip()
    if not adjacent:
        return False
    if _OPENED.search(before) or (fill and text[:1] in _NEVER_OPENS):
        return True
    ends_sentence = _ends_sentence(before) and not (fill >= _BRIM and _CLAUSE_END.search(before))
    if by_indent:
        new = line[:1].isspace() or (ends_sentence and bool(ITEM_OPENING.match(text)))
    else:
        new = ends_sentence or bool(ITEM_OPENING.match(text))
    if new:
        return False
    if _CLAUSE_GOES_ON.search(before):
        return True
    marker = HEADING_NUMBER.match(before)
    heading = marker is not None and not _ANY_MARK.search(before, marker.end())
    return (
        fill >= _FILLED and not (heading and _ANY_MARK.search(text)) and not _SPACED_PHRASES.fullmatch(before)
    )


# A line of phrases set a space apart and no mark (深化理论武装 推动学思践悟), or of labelled fields
# (责任编辑：杨帆 版式设计：韩冰): a headline's, a slogan's or a page's information line, which a layout
# sets on its own; wrapped prose runs on without spaces.
_SPACED_PHRASES = re.compile(
    r"\s*[\u4e00-\u9fff]{2,}(?:[ \u3000]+[\u4e00-\u9fff]{2,})+\s*"
    r"|\s*[^\s：:，、。；]{1,6}[：:][^\s，、。；]+(?:[ \u3000]+[^\s：:，、。；]{1,6}[：:][^\s，、。；]+)+\s*"
)


def _join_lines(
    raw: list[str], rows: dict[int, bool] | None = None
) -> tuple[list[str], dict[int, LineLayout]]:
    """A PDF's paragraphs from its text lines (see _rejoin), and their layout. `rows`: the indices
    of the lines that are a table's rows, each a line of its own as a blank line stands between
    paragraphs, with whether it is a list item (a bullet, as a slide's table rows are)."""
    rows = rows or {}
    # (the running heads are found with the rows in place: blank, they would leave a line above
    # a table standing next to the page number below it)
    blanked = ["" if number in rows else line for number, line in enumerate(raw)]
    joined = _rejoin(blanked, wrapped=True, running=_running_heads(raw))
    lines: list[str] = []
    layout: dict[int, LineLayout] = {}
    for number, line in enumerate(joined):
        text = raw[number] if number in rows else line
        if text:
            lines.append(text)
            if rows.get(number):
                layout[len(lines)] = LineLayout(bullet=1)
    return lines, layout


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
# A footer (the unit's name, the date) stands on this share of the slides at least.
_FOOTER_SHARE = 0.5
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
            and not _ends_sentence(first)
            and _slide_number(first) is None
        ):
            titled += 1
    return starts if titled >= _TITLED_SHARE * len(starts) else []


def _slide_footers(lines: list[str], starts: list[int]) -> set[str]:
    """The lines repeated on most slides (_FOOTER_SHARE of them, three at least): the unit's name
    and the date a template prints on every slide, as a running head stands on every page."""
    bounds = [*starts, len(lines)]
    seen: Counter[str] = Counter()
    for a, b in pairwise(bounds):
        seen.update({line.strip() for line in lines[a + 1 : b] if line.strip()})
    least = max(_MIN_SLIDES, _FOOTER_SHARE * len(starts))
    return {text for text, count in seen.items() if count >= least}


def _read_slides(lines: list[str]) -> tuple[list[str], dict[int, LineLayout]] | None:
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


# ---- A PDF page's lines, rebuilt from where its text stands

# A gap wider than this many font sizes between two pieces of text on one baseline parts a
# table's cells (or a running head's left and right parts); narrower, it is a font change or a
# space inside one text.
_CELL_GAP = 0.8
# Baselines closer than this many font sizes are one line (a cell's text set a little higher or
# lower than its neighbour's is not).
_SAME_BASELINE = 0.3
# A cell's lines follow each other at most this many font sizes apart; a table's next line
# comes within _TABLE_GAP of the line before it.
_CELL_LEADING = 1.7
_TABLE_GAP = 3.0
# Points by which the left edges of a cell's lines, or of a column's cells, may differ.
_ALIGNED = 2.0
# Lines side by side read as newspaper columns, not as a table: so many lines at least, every
# column's cells (at the median) this share of the page's width.
_COLUMN_LINES = 8
_COLUMN_SHARE = 0.3
# Text whose baseline rises more than this share of its run is set at a slant.
_LEVEL = 0.1
# Lines whose font sizes differ by more than this share are no one paragraph's.
_SIZE_CHANGE = 0.02
# A line break inside one piece of text steps down this many font sizes: pypdf does not say where
# the next line stands, and 1.2 is the line spacing (leading) that typesetting and PDF writers set
# by default, close enough for _SAME_BASELINE and _CELL_LEADING to tell lines apart.
_LEADING = 1.2
# The smallest font size (points) a piece is given: a text matrix that scales text to nothing
# would make every distance measured in font sizes nothing too.
_SMALLEST_SIZE = 1.0
# A line that starts more than this many font sizes right of the margin is indented (a
# paragraph's first line stands in by a character or two, a centred heading further): half a
# character, more than the play in where pypdf places a line's start.
_INDENT = 0.5


@dataclass(frozen=True)
class _Run:
    """A piece of a PDF page's text where the page sets it: the left edge of its baseline (points
    from the page's bottom left), its font size in points, its text."""

    x: float
    y: float
    size: float
    text: str

    @property
    def end(self) -> float:
        """Where the text ends, estimated: a Chinese character or mark is a font size wide, a
        letter or digit half of it (the font's own widths are not at hand); pypdf's spaces around
        a piece stand for its move, not for a glyph."""
        return self.x + self.size * text_width(self.text.strip()) / 2


def _page_runs(page: Any) -> tuple[list[_Run], int]:
    """The lines of text on a PDF page with their places, as pypdf's text visitor reports them
    (the text matrix times the current transformation: where a piece starts), and how many
    characters stand at a slant or upright: such text goes (a watermark across the page, 内部资料
    严禁翻印, a binding margin's 装订线), unless most of the page's text does (a page turned on its
    side).

    pypdf ends each of its lines with a line break: a piece without one (a change of font inside a
    line) goes on with the next piece, at the place where the line starts."""
    runs: list[_Run] = []
    turned = [0]
    pending: list[_Run] = []  # the start of a line pypdf has not ended yet

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        across = tm[0] * cm[0] + tm[1] * cm[2]
        slant = tm[0] * cm[1] + tm[1] * cm[3]
        # (a text matrix of no vertical scale, 0, leaves the font size as it is)
        height = max(size * (abs(tm[2] * cm[1] + tm[3] * cm[3]) or 1.0), _SMALLEST_SIZE)
        pieces = _clean_lines(text)
        for step, piece in enumerate(pieces):
            # a line break inside a piece steps down a line
            run = _Run(x, y - step * _LEADING * height, height, piece)
            if step == 0 and pending:  # (the line's size is its longer piece's)
                first = pending.pop()
                longer = first.size if len(first.text.strip()) >= len(piece.strip()) else height
                run = replace(first, size=longer, text=first.text + piece)
            if step == len(pieces) - 1:  # not ended yet
                pending[:] = [run] if run.text else []
            elif abs(slant) > _LEVEL * abs(across):
                turned[0] += len(run.text.strip())
            elif run.text.strip():
                runs.append(run)

    page.extract_text(visitor_text=visit)
    if pending and pending[0].text.strip():
        runs.append(pending[0])
    return runs, turned[0]


def _baselines(runs: list[_Run]) -> list[list[_Run]]:
    """The runs as the page's lines, top to bottom, each line's cells left to right (see _cells):
    runs whose baselines stand within _SAME_BASELINE of a font size of each other."""
    lines: list[list[_Run]] = []
    for run in sorted(runs, key=lambda run: (-run.y, run.x)):
        if lines and abs(lines[-1][0].y - run.y) <= _SAME_BASELINE * max(run.size, lines[-1][0].size):
            lines[-1].append(run)
        else:
            lines.append([run])
    return [_cells(sorted(line, key=lambda run: run.x)) for line in lines]


def _cells(line: list[_Run]) -> list[_Run]:
    """A line's runs (left to right) merged into the stretches of text between wide gaps: a
    table's cells, or the left and right parts of a running head; one stretch for a line of prose."""
    cells = [line[0]]
    for run in line[1:]:
        last = cells[-1]
        if run.x - last.end > _CELL_GAP * last.size:
            cells.append(run)
        else:
            cells[-1] = replace(last, text=_glue(last.text, run.text))
    return cells


def _table_span(lines: list[list[_Run]], start: int) -> tuple[int, int]:
    """The lines of the table (or the lines side by side) around line `start`, a line of two cells
    or more, as a range of indices: below it, lines each near the one before, of two cells or
    more, or of one cell whose left edge is a cell's in the table (a cell's text that wraps);
    above it, lines of one such cell, each a cell's line apart from the one below (a cell set in
    the middle of its row, or at its foot, wraps above the row's other cells)."""
    lefts = [cell.x for cell in lines[start]]
    end = start + 1
    while end < len(lines):
        line, above = lines[end], lines[end - 1]
        size = max(cell.size for cell in line)
        if above[0].y - line[0].y > _TABLE_GAP * size:
            break
        if len(line) == 1 and not _aligned(line[0], lefts):
            break
        lefts += [cell.x for cell in line]
        end += 1
    while start > 0 and len(lines[start - 1]) == 1:
        cell = lines[start - 1][0]
        if cell.y - lines[start][0].y > _CELL_LEADING * cell.size or not _aligned(cell, lefts):
            break
        start -= 1
    return start, end


def _aligned(cell: _Run, lefts: list[float]) -> bool:
    return any(abs(cell.x - left) <= _ALIGNED for left in lefts)


def _columns(lines: list[list[_Run]]) -> list[tuple[float, float]]:
    """The columns of a table's lines, left to right: the spans its cells cover, overlapping
    spans merged."""
    spans = sorted((cell.x, max(cell.end, cell.x + cell.size)) for line in lines for cell in line)
    columns = [spans[0]]
    for left, right in spans[1:]:
        if left <= columns[-1][1]:
            columns[-1] = (columns[-1][0], max(columns[-1][1], right))
        else:
            columns.append((left, right))
    return columns


def _column_of(cell: _Run, columns: list[tuple[float, float]]) -> int:
    return next((index for index, (left, right) in enumerate(columns) if left <= cell.x <= right), 0)


def _side_by_side(lines: list[list[_Run]], columns: list[tuple[float, float]], page_width: float) -> bool:
    """Whether a table's lines are prose set in columns, as a newspaper's: many lines, every
    column's cells a good share of the page wide (a table has narrow columns of names or numbers)."""
    if len(lines) < _COLUMN_LINES or len(columns) < 2:
        return False
    widths: dict[int, list[float]] = {}
    for line in lines:
        for cell in line:
            widths.setdefault(_column_of(cell, columns), []).append(cell.end - cell.x)
    return all(
        sorted(found)[len(found) // 2] >= _COLUMN_SHARE * page_width for found in widths.values()
    ) and len(widths) == len(columns)


@dataclass
class _Block:
    """A table cell's lines, top to bottom: its column, the baselines of its first and last line."""

    column: int
    top: float
    bottom: float
    size: float
    texts: list[str]


def _cell_blocks(lines: list[list[_Run]], columns: list[tuple[float, float]]) -> list[_Block]:
    """A table's cells, each with its lines: a cell's next line stands in its column within
    _CELL_LEADING of a font size, unless both lines fill every column (rows of one line each, set
    close)."""
    full = {
        index
        for index, line in enumerate(lines)
        if len({_column_of(cell, columns) for cell in line}) == len(columns)
    }
    blocks: list[_Block] = []
    last: dict[int, tuple[_Block, int]] = {}  # a column's last block, and the line of its last cell
    for index, line in enumerate(lines):
        for cell in line:
            column = _column_of(cell, columns)
            if column in last:
                block, above = last[column]
                if block.bottom - cell.y <= _CELL_LEADING * cell.size and not (
                    above in full and index in full
                ):
                    block.bottom = cell.y
                    block.texts.append(cell.text)
                    last[column] = (block, index)
                    continue
            blocks.append(_Block(column, cell.y, cell.y, cell.size, [cell.text]))
            last[column] = (blocks[-1], index)
    return blocks


def _table_rows(lines: list[list[_Run]], columns: list[tuple[float, float]]) -> list[list[str]]:
    """A table's rows, each the texts of its cells: a row's cells are those whose lines overlap in
    height (a cell set in the middle of its row stands beside the lines of a taller cell), a
    cell's lines joined."""
    rows: list[list[_Block]] = []
    for block in sorted(_cell_blocks(lines, columns), key=lambda block: -block.top):
        row = rows[-1] if rows else []
        if row and block.top >= min(other.bottom for other in row) - _SAME_BASELINE * block.size:
            row.append(block)
        else:
            rows.append([block])
    return [
        [
            reduce(_glue, [text.strip() for block in row if block.column == column for text in block.texts])
            for column in sorted({block.column for block in row})
        ]
        for row in rows
    ]


# A header row's cell: a column's name of a few characters, without a mark or a number (序号
# 得分要点 对策建议); a table has two rows under it at least.
_HEADER_CELL = re.compile(r"[^\W\d_]{1,8}")


def _header_row(rows: list[list[str]]) -> bool:
    """Whether a table's first row names its columns: every cell a short name (see _HEADER_CELL)."""
    return len(rows) > 2 and all(_HEADER_CELL.fullmatch(cell) for cell in rows[0])


def _left_margin(lines: list[list[_Run]]) -> float:
    """A page's left margin: the leftmost place two lines start at or more (a running head may
    stand further left, once; a page of short paragraphs starts most lines indented)."""
    counts = Counter(round(line[0].x) for line in lines)
    return min((x for x, count in counts.items() if count > 1), default=min(counts, default=0))


def _plain(cell: _Run, margin: float) -> str:
    """A line's text, after a space where it stands in from the margin (a paragraph's first line
    indented, a heading centred), as pypdf's plain text has it."""
    return (" " if cell.x - margin > _INDENT * cell.size else "") + cell.text.strip()


@dataclass
class _PdfPage:
    """A PDF page's lines, top to bottom, the font size of each (0 for a table's row), the indices
    of each table's rows among them, and each table's header row (see _header_row), if it has one."""

    lines: list[str] = field(default_factory=list)
    sizes: list[float] = field(default_factory=list)
    tables: list[list[int]] = field(default_factory=list)
    headers: list[str | None] = field(default_factory=list)

    def add(self, texts: list[str], size: float = 0.0) -> None:
        self.lines += texts
        self.sizes += [size] * len(texts)

    def set_apart(self) -> _PdfPage:
        """The page with a blank line between two lines of prose set in different sizes (a
        heading and its text, the text and a footnote), which are no one paragraph."""
        out = _PdfPage(headers=self.headers)
        moved: dict[int, int] = {}
        before = 0.0
        for number, (line, size) in enumerate(zip(self.lines, self.sizes, strict=True)):
            if size and before and abs(size - before) > _SIZE_CHANGE * max(size, before):
                out.add([""])
            before = size or before
            moved[number] = len(out.lines)
            out.add([line], size)
        out.tables = [[moved[number] for number in table] for table in self.tables]
        return out


def _page_lines(page: Any) -> _PdfPage:
    """A PDF page's lines rebuilt from where its text stands. A table's row stands on one line,
    read like a definition (see _row_line: 维度：问题；对策), its header row (see _header_row) left
    out; prose set in columns side by side is read column after column; a line of a few
    stretches far apart (a running head's left and right parts) is one line."""
    runs, turned = _page_runs(page)
    out = _PdfPage()
    if turned > sum(len(run.text.strip()) for run in runs):  # a page turned on its side: as pypdf reads it
        out.add(_clean_lines(page.extract_text() or ""))
        return out
    lines = _baselines(runs)
    margin = _left_margin(lines)
    for start, end in _line_groups(lines):
        group = lines[start:end]
        columns = _columns(group) if end - start > 1 else []
        if _side_by_side(group, columns, float(page.mediabox.width)):
            for column in range(len(columns)):
                cells = [cell for line in group for cell in line if _column_of(cell, columns) == column]
                left = min(cell.x for cell in cells)
                for cell in cells:
                    out.add([_plain(cell, left)], cell.size)
        elif len(columns) > 1:
            rows = _table_rows(group, columns)
            texts = [_row_line([_InlineLine(cell) for cell in row]).text for row in rows]
            header = _header_row(rows)
            out.headers.append(texts[0] if header else None)
            out.tables.append(list(range(len(out.lines), len(out.lines) + len(rows) - header)))
            out.add(texts[header:])
        else:
            for line in group:
                text = " ".join(cell.text.strip() for cell in line)
                out.add([_plain(replace(line[0], text=text), margin)], max(cell.size for cell in line))
    return out.set_apart()


def _line_groups(lines: list[list[_Run]]) -> list[tuple[int, int]]:
    """A page's lines in groups, top to bottom, as ranges of indices: each table (see
    _table_span), and each other line alone."""
    groups: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        start, end = _table_span(lines, index) if len(lines[index]) > 1 else (index, index + 1)
        while groups and groups[-1][0] >= start:  # the lines above the table that are its
            groups.pop()
        groups.append((start, end))
        index = end
    return groups


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


def _read_pdf(data: bytes, path: Path) -> tuple[list[str], dict[int, LineLayout]]:
    """The text layer of a PDF, page by page, with paragraphs rejoined, and the layout of its
    tables' rows: a table of two rows or more is a list, each row an item (see _page_lines)."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    try:
        with _quiet("pypdf"):
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                reader.decrypt("")  # many PDFs are locked only against editing, with an empty user password
            raw, rows = _pages_text([_page_lines(page) for page in reader.pages])
    except (DependencyError, FileNotDecryptedError):
        raise _error(path, "encrypted PDF; remove the password first") from None
    except Exception as exc:  # pypdf raises many kinds of errors on damaged files
        raise _error(path, f"cannot read as a PDF: {_reason(exc)}") from None
    lines, layout = _join_lines(raw, rows)
    if not lines:
        raise _error(path, "PDF has no text layer (a scan?); run OCR on it first")
    return lines, layout


def _pages_text(pages: list[_PdfPage]) -> tuple[list[str], dict[int, bool]]:
    """The lines of a PDF's pages, each page after a form feed (as pdftotext marks a page break),
    and the indices of its tables' rows among them, each with whether it is a list item (a row of
    a table of two rows or more). A table going on over a page prints its first row again (its
    header) at the top of the next page: that copy goes."""
    raw: list[str] = []
    rows: dict[int, bool] = {}
    first = None  # the first row of the last table on the page before
    for page in pages:
        raw.append("\f")
        for number, table in enumerate(page.tables):
            if number == 0 and table and first and page.lines[table[0]] == first:
                page.lines[table[0]] = ""
            rows.update({len(raw) + row: len(table) > 1 for row in table})
            first = page.headers[number] or (page.lines[table[0]] if table else None) or first
        raw += page.lines
    return raw, rows


# ---------------------------------------------------------------- entry points


def _file_bytes(path: Path) -> bytes:
    """The bytes of a source file; YaodianError naming it where it cannot be read."""
    if path.exists() and not path.is_file() and not path.is_dir():  # a pipe or device would block forever
        raise _error(path, "not a regular file")
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise _error(path, "no such file") from None
    except IsADirectoryError:
        raise _error(path, "is a folder, not a file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _error(path, "symbolic link loop") from None
        raise _error(path, f"cannot read: {exc.strerror or _reason(exc)}") from None


def read_document(path: Path, encoding: str | None = None) -> Document:
    """Read one source file of any supported kind; raise YaodianError naming the file if it cannot be a document."""
    data = _file_bytes(path)
    if not data.strip():
        raise _error(path, "empty document")
    kind = _sniff(data, path)
    title: str | None = None
    page: PageTitles | None = None
    source = "text"  # where the title comes from: the text, or a property of the file
    layout: dict[int, LineLayout] = {}
    running: tuple[str, ...] = ()
    used = "utf-8"
    if kind == "pdf":
        lines, layout = _read_pdf(data, path)
    elif kind == "saved page":
        text, used = _saved_page(data, path, encoding)
        kind = "html"
        lines, page = _read_html(text, path)
    elif kind == "mail":
        kind, text, used, subject = _mail(data, path, encoding)
        if kind == "html":
            lines, page = _read_html(text, path)
        else:
            lines, layout, running = _read_plain_text(text)
        if subject:  # (a subject names the mail, as a property names a file: Fwd: 转发：… as it was sent)
            title, source = subject, "property"
    elif kind == "docx":
        lines, layout, title, named = _read_docx(data, path)
        if title is None and named:
            title, source = named, "property"
    elif kind == "pptx":
        lines, layout, title = _read_pptx(data, path)
    else:
        declared = _META_CHARSET.search(data[:4096])
        text, used = decode(data, path, encoding, declared.group(1).decode("ascii") if declared else None)
        suffix = path.suffix.lower()
        if _HTML_START.match(text) or (suffix in HTML_SUFFIXES and _HTML_TAG.search(text)):
            kind = "html"
            lines, page = _read_html(text, path)
        elif suffix in MARKDOWN_SUFFIXES or looks_like_markdown(text):
            kind = "markdown"
            lines, layout, title = _read_markdown(text)
        else:
            lines, layout, running = _read_plain_text(text)
    # decode strips format characters before the text rules read the text; the lines and title are
    # stripped again because a reader writes what the bytes held as entities (&#8203;), and Word
    # and PDF text never passes through decode; the junk copy sites glue into a text goes with them
    # (an address glued into words is junk where the document repeats it: the lines are read together)

    def readable(text: str) -> str:
        return without_junk(visible(text))

    lines = without_junk_in([visible(line) for line in lines])
    title = readable(title) if title else title
    page = page.mapped(readable) if page else page
    if not any(line.strip() for line in lines):
        raise _error(path, "empty document")
    meta = {"format": kind, **({"title_source": source} if title else {})}
    return Document(
        path=path,
        lines=lines,
        title=title,
        encoding=used,
        meta=meta,
        layout=layout,
        running_heads=running,
        page_titles=page,
    )


def _read_plain_text(text: str) -> tuple[list[str], dict[int, LineLayout], tuple[str, ...]]:
    """Plain text's lines, its layout and its running heads: paragraphs run together on one line
    broken apart; then a slide deck's text read slide by slide (see _read_slides), or text broken at
    a fixed width joined again without its running heads, or lines broken inside a clause joined."""
    lines = _paragraphs_run_together(_clean_lines(text))
    slides = _read_slides(lines)
    if slides:
        lines, layout = slides
        return lines, layout, ()
    if _hard_wrapped(lines):
        heads = _running_heads(lines)
        return _rejoin(lines, wrapped=True, running=heads), {}, _running_head_texts(lines, heads)
    if _BROKEN_CLAUSE.search(text):
        return _rejoin(lines, wrapped=False), {}, ()
    return lines, {}, ()


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
