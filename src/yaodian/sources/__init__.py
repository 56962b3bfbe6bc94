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

import errno
import io
import os
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from yaodian.errors import YaodianError
from yaodian.junk import without_junk, without_junk_in
from yaodian.sources.document import Document, LineLayout, PageTitles, file_error, short_reason, split_lines
from yaodian.sources.encodings import META_CHARSET, decode, visible
from yaodian.sources.html import read_html
from yaodian.sources.markdown import looks_like_markdown, read_markdown
from yaodian.sources.mime import MIME_HEADER, MailPart, is_mail, read_mail, read_saved_page
from yaodian.sources.pdf import read_pdf
from yaodian.sources.plain import (
    BROKEN_CLAUSE,
    find_running_heads,
    hard_wrapped,
    paragraphs_run_together,
    rejoin,
    running_head_texts,
    text_width,
)
from yaodian.sources.slides import read_pptx, read_slides
from yaodian.sources.word import read_docx

__all__ = [
    "HTML_SUFFIXES",
    "MAIL_SUFFIXES",
    "MARKDOWN_SUFFIXES",
    "SAVED_PAGE_SUFFIXES",
    "SUPPORTED_SUFFIXES",
    "TEXT_SUFFIXES",
    "Document",
    "LineLayout",
    "PageTitles",
    "decode",
    "find_sources",
    "looks_like_markdown",
    "read_document",
    "text_width",
    "visible",
]

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

_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_HTML_TAG = re.compile(r"<(?:p|div|br|h[1-6]|body|span|table)\b[^>]*>", re.I)


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
                raise file_error(path, f"cannot read as a Word document: {short_reason(exc)}") from None
            if suffix == ".pptx":
                raise file_error(
                    path, f"cannot read as a PowerPoint presentation: {short_reason(exc)}"
                ) from None
            raise file_error(path, "damaged zip archive, not a document") from None
        if "word/document.xml" in names:
            return "docx"
        if "ppt/presentation.xml" in names:
            return "pptx"
        raise file_error(path, "a zip archive, not a Word .docx or PowerPoint .pptx document")
    if MIME_HEADER.match(data[:4096].lstrip()):
        return "saved page"
    if is_mail(data[:8192].lstrip()):
        return "mail"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise file_error(path, "an old Office file (.doc, .xls); save it as .docx")
    # Sites often serve web pages as .doc or .pdf, so markup is read as HTML whatever the suffix.
    if suffix in {".docx", ".pptx", ".pdf"} and not data.lstrip().startswith(b"<"):
        kind = {".docx": "a Word document", ".pptx": "a PowerPoint presentation"}.get(suffix, "a PDF")
        if b"\x00" in data[:4096] or not data.strip():
            return "text"  # reported below as binary or empty
        raise file_error(path, f"cannot read as {kind}: the file does not start like one")
    return "text"


# ---------------------------------------------------------------- entry points


def _file_bytes(path: Path) -> bytes:
    """The bytes of a source file; YaodianError naming it where it cannot be read."""
    if path.exists() and not path.is_file() and not path.is_dir():  # a pipe or device would block forever
        raise file_error(path, "not a regular file")
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise file_error(path, "no such file") from None
    except IsADirectoryError:
        raise file_error(path, "is a folder, not a file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise file_error(path, "symbolic link loop") from None
        raise file_error(path, f"cannot read: {exc.strerror or short_reason(exc)}") from None


@dataclass
class _Read:
    """What a reader took from a file's bytes, before the text is cleaned: its lines, their layout,
    its running heads, a web page's titles, a title with where it comes from, its format and encoding."""

    lines: list[str]
    kind: str
    layout: dict[int, LineLayout] = field(default_factory=dict)
    running: tuple[str, ...] = ()
    page: PageTitles | None = None
    title: str | None = None
    source: str = "text"  # where the title comes from: the text, or a property of the file
    used: str = "utf-8"


def read_document(path: Path, encoding: str | None = None) -> Document:
    """Read one source file of any supported kind; raise YaodianError naming the file if it cannot be a document."""
    data = _file_bytes(path)
    if not data.strip():
        raise file_error(path, "empty document")
    read = _read_bytes(data, path, encoding)
    # decode strips format characters before the text rules read the text; the lines and title are
    # stripped again because a reader writes what the bytes held as entities (&#8203;), and Word
    # and PDF text never passes through decode; the junk copy sites glue into a text goes with them
    # (an address glued into words is junk where the document repeats it: the lines are read together)

    def readable(text: str) -> str:
        return without_junk(visible(text))

    lines = without_junk_in([visible(line) for line in read.lines])
    title = readable(read.title) if read.title else read.title
    page = read.page.mapped(readable) if read.page else read.page
    if not any(line.strip() for line in lines):
        raise file_error(path, "empty document")
    meta = {"format": read.kind, **({"title_source": read.source} if title else {})}
    return Document(
        path=path,
        lines=lines,
        title=title,
        encoding=read.used,
        meta=meta,
        layout=read.layout,
        running_heads=read.running,
        page_titles=page,
    )


def _read_bytes(data: bytes, path: Path, encoding: str | None, declared: str | None = None) -> _Read:
    """A file's content read by the reader its format takes (see _sniff); a text's charset is
    `declared` (what a mail declares for a text it attaches), else the one its markup declares."""
    kind = _sniff(data, path)
    if kind == "pdf":
        lines, layout = read_pdf(data, path)
        return _Read(lines, kind, layout)
    if kind == "saved page":
        text, used = read_saved_page(data, path, encoding)
        lines, page = read_html(text, path)
        return _Read(lines, "html", page=page, used=used)
    if kind == "mail":
        return _read_mail(data, path, encoding)
    if kind == "docx":
        lines, layout, title, named = read_docx(data, path)
        if title is None and named:
            return _Read(lines, kind, layout, title=named, source="property")
        return _Read(lines, kind, layout, title=title)
    if kind == "pptx":
        lines, layout, title = read_pptx(data, path)
        return _Read(lines, kind, layout, title=title)
    if declared is None and (meta := META_CHARSET.search(data[:4096])):
        declared = meta.group(1).decode("ascii")
    text, used = decode(data, path, encoding, declared)
    suffix = path.suffix.lower()
    if _HTML_START.match(text) or (suffix in HTML_SUFFIXES and _HTML_TAG.search(text)):
        lines, page = read_html(text, path)
        return _Read(lines, "html", page=page, used=used)
    if suffix in MARKDOWN_SUFFIXES or looks_like_markdown(text):
        lines, layout, title = read_markdown(text)
        return _Read(lines, "markdown", layout, title=title, used=used)
    lines, layout, running = _read_plain_text(text)
    return _Read(lines, "text", layout, running, used=used)


# The types of attached files a mail's document comes in, read where the file's name has no suffix
# that says otherwise (a card, 名片.vcf, or an invitation, .ics, is text too); a file of any type whose
# suffix yaodian reads is read (mail clients often send a document as application/octet-stream).
_DOCUMENT_TYPES = {
    "text/plain",
    "text/html",
    "text/markdown",
    "text/x-markdown",
    "message/rfc822",  # a mail forwarded as an attachment
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}
# A file name's suffix that names a format (.vcf, .ics), not a part of the name (第2.1节).
_FORMAT_SUFFIX = re.compile(r"\.[a-z0-9]{1,5}")
# An attachment whose text the mail has already given, as much as this share of its characters,
# is a copy (正文附后，Word版见附件: the text in the mail and the same text as a Word file).
_COPY_SHARE = 0.8


def _read_mail(data: bytes, path: Path, encoding: str | None) -> _Read:
    """A saved mail's document: its text (a cover note, or the document itself) and then, in the
    mail's order, the text of each attached file yaodian reads (text, Markdown, web pages, Word,
    PowerPoint, PDF), a blank line apart; an attachment that cannot be read, or a copy of what the
    mail has already given, is left out, and so is a text with no words beside attachments that
    have some (an empty page of HTML). The subject names the mail, as a property names a file
    (Fwd: 转发：… as it was sent)."""
    mail = read_mail(data, path)
    read: _Read | None = None
    unread: YaodianError | None = None  # why the mail's text could not be read
    for part in mail.parts:
        try:
            found = _read_part(part, path, encoding)
        except YaodianError as exc:
            unread = exc
            continue
        if found is None or not any(line.strip() for line in found.lines):
            continue
        if read is None:
            read = found
        elif not (part.attached and _copied(found.lines, read.lines)):
            read = _joined(read, found)
    if read is None:
        raise unread or file_error(path, "no text in the mail")
    if mail.subject:
        read.title, read.source = mail.subject, "property"
    return read


def _read_part(part: MailPart, path: Path, encoding: str | None) -> _Read | None:
    """A mail's text, as its part's type says (a web page, text/html, or plain text), raising
    YaodianError where it cannot be read; or an attachment's content (see _read_attachment)."""
    if part.attached:
        return _read_attachment(part, path, encoding)
    text, used = decode(part.data, path, encoding, part.charset)
    if part.content_type == "text/html":
        lines, page = read_html(text, path)
        return _Read(lines, "html", page=page, used=used)
    lines, layout, running = _read_plain_text(text)
    return _Read(lines, "text", layout, running, used=used)


def _read_attachment(part: MailPart, path: Path, encoding: str | None) -> _Read | None:
    """An attached file's content, read as a file of its name would be (`path`/its name, the name
    errors would give); None for a file of a type yaodian does not read (an image), or one that
    cannot be read, which leaves the mail's other parts as they are."""
    name = Path(part.name or "attachment").name or "attachment"
    suffix = Path(name).suffix.lower()
    named_otherwise = _FORMAT_SUFFIX.fullmatch(suffix) is not None
    if suffix not in SUPPORTED_SUFFIXES and (named_otherwise or part.content_type not in _DOCUMENT_TYPES):
        return None
    try:
        if part.content_type == "message/rfc822":
            return _read_mail(part.data, path / name, encoding)
        return _read_bytes(part.data, path / name, encoding, part.charset)
    except YaodianError:
        return None


def _copied(lines: list[str], given: list[str]) -> bool:
    """Whether the text of `lines` stands in the lines `given` already, as most of its characters:
    each line, its spaces aside, found in the text given (a Word file cuts a paragraph where the
    mail's text runs it on)."""
    text = re.sub(r"\s+", "", "".join(given))
    found = total = 0
    for line in lines:
        line = re.sub(r"\s+", "", line)
        total += len(line)
        found += len(line) if line in text else 0
    return total > 0 and found >= _COPY_SHARE * total


def _joined(first: _Read, then: _Read) -> _Read:
    """Two parts' text as one document, a blank line apart: `then`'s layout numbered on after
    `first`'s lines; the first part's format, encoding, title and web page titles kept."""
    offset = len(first.lines) + 1
    layout = {**first.layout, **{line + offset: mark for line, mark in then.layout.items()}}
    return _Read(
        [*first.lines, "", *then.lines],
        first.kind,
        layout,
        first.running + then.running,
        first.page or then.page,
        first.title or then.title,
        first.source if first.title else then.source,
        first.used,
    )


def _read_plain_text(text: str) -> tuple[list[str], dict[int, LineLayout], tuple[str, ...]]:
    """Plain text's lines, its layout and its running heads: paragraphs run together on one line
    broken apart; then a slide deck's text read slide by slide (see read_slides), or text broken at
    a fixed width joined again without its running heads, or lines broken inside a clause joined."""
    lines = paragraphs_run_together(split_lines(text))
    slides = read_slides(lines)
    if slides:
        lines, layout = slides
        return lines, layout, ()
    if hard_wrapped(lines):
        heads = find_running_heads(lines)
        return rejoin(lines, wrapped=True, running=heads), {}, running_head_texts(lines, heads)
    if BROKEN_CLAUSE.search(text):
        return rejoin(lines, wrapped=False), {}, ()
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
