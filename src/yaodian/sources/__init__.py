"""Read a source file into a `Document`: its text as lines (one paragraph a line), and a title if the format has one.

This module knows about file formats and encodings, nothing about what is worth a card.
The format is told by content first (PDF and zip signatures, HTML markup, Markdown marks), by
suffix second: plain text (lines broken at a fixed width, as copied from a PDF, joined again;
paragraphs run together on one line, as copied from WeChat, broken apart again; text exported
from slides read slide by slide, each slide's first line a heading; a table of records copied with
its cells apart by runs of spaces read a row to a line as Word's), Markdown
(markdown-it: each line of text stays on its line of the file, with its heading level,
list-item depth and bold texts as the document's layout), web pages (main text only, by
trafilatura; a page saved as one .mht/.mhtml file is taken apart by the standard library's
email parser first, and so is a saved mail, .eml, read as its text and the files attached to it
that yaodian reads, those it cannot read said as warnings), Word .docx (python-docx, with Word's automatic list numbers written into
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

from yaodian.errors import Location, YaodianError
from yaodian.junk import without_junk, without_junk_in
from yaodian.sources.document import Document, LineLayout, PageTitles, file_error, short_reason, split_lines
from yaodian.sources.encodings import HAN_CHARACTER, META_CHARSET, decode, visible
from yaodian.sources.html import read_html
from yaodian.sources.markdown import looks_like_markdown, read_markdown
from yaodian.sources.mime import MIME_HEADER, Mail, MailPart, is_mail, read_mail, read_saved_page
from yaodian.sources.pdf import read_pdf
from yaodian.sources.plain import (
    BROKEN_CLAUSE,
    aligned_tables,
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
    running_heads: tuple[str, ...] = ()
    page: PageTitles | None = None
    title: str | None = None
    title_source: str = "text"  # where the title comes from: the text, or a property of the file
    encoding: str = "utf-8"
    left_out: list[YaodianError] = field(default_factory=list)  # parts of it not read, with why
    file_lines: tuple[int, ...] = ()  # the file's line each of `lines` comes from: see Document


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
    meta = {"format": read.kind, **({"title_source": read.title_source} if title else {})}
    return Document(
        path=path,
        lines=lines,
        title=title,
        encoding=read.encoding,
        meta=meta,
        layout=read.layout,
        running_heads=read.running_heads,
        page_titles=page,
        left_out=read.left_out,
        file_lines=read.file_lines,
    )


def _read_bytes(data: bytes, path: Path, encoding: str | None, declared: str | None = None) -> _Read:
    """A file's content read by the reader its format takes (see _sniff); a text's charset is
    `declared` (what a mail declares for a text it attaches), else the one its markup declares."""
    kind = _sniff(data, path)
    if kind == "pdf":
        lines, layout, running = read_pdf(data, path)
        return _Read(lines, kind, layout, running)
    if kind == "saved page":
        text, used = read_saved_page(data, path, encoding)
        lines, page, layout = read_html(text, path)
        return _Read(lines, "html", layout, page=page, encoding=used)
    if kind == "mail":
        return _read_mail(data, path, encoding)
    if kind == "docx":
        lines, layout, title, named = read_docx(data, path)
        if title is None and named:
            return _Read(lines, kind, layout, title=named, title_source="property")
        return _Read(lines, kind, layout, title=title)
    if kind == "pptx":
        lines, layout, title = read_pptx(data, path)
        return _Read(lines, kind, layout, title=title)
    if declared is None and (meta := META_CHARSET.search(data[:4096])):
        declared = meta.group(1).decode("ascii")
    text, used = decode(data, path, encoding, declared)
    suffix = path.suffix.lower()
    if _HTML_START.match(text) or (suffix in HTML_SUFFIXES and _HTML_TAG.search(text)):
        lines, page, layout = read_html(text, path)
        return _Read(lines, "html", layout, page=page, encoding=used)
    if suffix in MARKDOWN_SUFFIXES or looks_like_markdown(text):
        lines, layout, title = read_markdown(text)
        return _Read(lines, "markdown", layout, title=title, encoding=used)
    return _read_plain_text(text, used)


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
# Attached files that hold no document, left out without a word: pictures (a signature's logo, a
# picture placed in the text), sound and film, a contact card, an invitation, a mail's signature.
_NO_DOCUMENT_KINDS = {"image", "audio", "video"}
_NO_DOCUMENT_TYPES = {
    "text/vcard",
    "text/x-vcard",
    "text/calendar",
    "application/ics",
    "application/pkcs7-signature",
    "application/x-pkcs7-signature",
    "application/pgp-signature",
    "application/pgp-keys",
}
_NO_DOCUMENT_SUFFIXES = {
    ".vcf",
    ".ics",
    ".p7s",
    ".asc",
    ".sig",
    ".png",
    ".jpg",
    ".jpeg",
    ".gif",
    ".bmp",
    ".webp",
}
# Outlook wraps its attachments in one file (winmail.dat, TNEF) that other clients cannot open.
_TNEF_HINT = "Outlook's packed attachments (winmail.dat): ask the sender for the files themselves"
# A file name's suffix that names a format (.vcf, .ics), not a part of the name (第2.1节).
_FORMAT_SUFFIX = re.compile(r"\.[a-z0-9]{1,5}")
# An attachment whose text the mail has already given, as much as this share of its characters,
# is a copy (正文附后，Word版见附件: the text in the mail and the same text as a Word file).
_COPY_SHARE = 0.8
# A mail's text with fewer Chinese characters than this that speaks of a file it sends (请查收附件,
# 见附件, or a subject 请查收) is a note that sends its attachments (称呼, a sentence or two, a
# signature, a quoted original's headers), no text to study: where none of its attachments can be
# read, the mail fails as a lone unreadable file would. A short text that sends nothing may be the
# document itself.
_COVER_NOTE = 300
_SENDS_A_FILE = re.compile(r"附件|查收|附上|随附|见附")


def _read_mail(data: bytes, path: Path, encoding: str | None, forwarded: bool = False) -> _Read:
    """A saved mail's document: its text (a cover note, or the document itself; `encoding` is
    its encoding, where the learner names one) and then, in the mail's order, the text of each
    attached file yaodian reads (text, Markdown, web pages, Word, PowerPoint, PDF), a blank line
    apart. A copy of what the mail has already given is left out, and so is a text with no words
    beside attachments that have some (an empty page of HTML); an attached document that cannot be
    read is left out with a warning, or fails the mail when its text is only a cover note. The
    subject names the mail, as a property names a file (Fwd: 转发：… as it was sent); an attached
    document's own title is its headline where the mail's text only sends it. A mail `forwarded`
    inside the learner's (`path`) says so, by its subject, where it names an attachment of its own."""
    mail = read_mail(data, path)
    where = _forwarded_mail(mail.subject) if forwarded else ""
    reads = _parts_read(mail, path, encoding)
    read, note, attached = _mail_text(reads)
    failed = [(name, found.message) for name, _, found in reads if isinstance(found, YaodianError)]
    if failed and (read is None or (not attached and _is_cover_note(note, mail.subject))):
        name, why = failed[0]
        if forwarded:  # (the mail that forwards it names the learner's file, as for its own attachments)
            raise _ForwardedUnread(f"{name}{where}", why)
        raise file_error(
            path, f"attachment {name}{where}: {why}" + ("; the mail's text only sends it" if note else "")
        )
    if read is None:
        unread = next((found.error for *_, found in reversed(reads) if isinstance(found, _NoText)), None)
        raise unread or file_error(path, "no text in the mail")
    if mail.subject and not (
        read.title and read.title_source == "text" and _is_cover_note(note, mail.subject)
    ):
        read.title, read.title_source = mail.subject, "property"
    read.left_out += [
        YaodianError(f"attachment {name}{where} left out: {why}", Location(path)) for name, why in failed
    ]
    return read


def _forwarded_mail(subject: str | None) -> str:
    """Where a forwarded mail's attachment is, in words, for its warnings and errors: the learner
    has the mail that forwards it, not a file of the forwarded mail's own."""
    return f" (in the forwarded mail “{subject}”)" if subject else " (in a forwarded mail)"


class _ForwardedUnread(Exception):
    """A forwarded mail that gives nothing to read, as its only document cannot be read: that
    document's `name`, with where it is, and why, for the mail that forwards it to report."""

    def __init__(self, name: str, why: str) -> None:
        super().__init__(f"{name}: {why}")
        self.name, self.why = name, why


class _NoText(Exception):
    """A mail's text that holds no words (an empty page of HTML): `error` says why, where the mail
    has nothing else."""

    def __init__(self, error: YaodianError) -> None:
        super().__init__(str(error))
        self.error = error


# What reading one of a mail's parts gave: its content (None: a file that holds no document), why
# the mail's text holds no words (_NoText), or why an attached document cannot be read.
_PartRead = _Read | None | _NoText | YaodianError


def _parts_read(mail: Mail, path: Path, encoding: str | None) -> list[tuple[str, bool, _PartRead]]:
    """Each of the mail's parts read, in the mail's order, with its file name and whether it is
    attached; the mail's own text that cannot be decoded fails the mail at once."""
    reads: list[tuple[str, bool, _PartRead]] = []
    for part in mail.parts:
        name = Path(part.name or "attachment").name or "attachment"
        found: _PartRead
        try:
            found = _read_attachment(part, path / name) if part.attached else _read_text(part, path, encoding)
        except _NoText as exc:
            found = exc
        except _ForwardedUnread as exc:
            name, found = exc.name, YaodianError(exc.why)
        except YaodianError as exc:
            if not part.attached:
                raise
            found = exc
        reads.append((name, part.attached, found))
    return reads


def _mail_text(reads: list[tuple[str, bool, _PartRead]]) -> tuple[_Read | None, list[str], bool]:
    """The parts read that hold lines, joined in order (an attachment that copies what came before
    left out; see _copied); the lines of the mail's own text (its note); whether an attachment gave
    text."""
    read: _Read | None = None
    note: list[str] = []
    attached = False
    for _, is_attached, found in reads:
        if not isinstance(found, _Read) or not any(line.strip() for line in found.lines):
            continue
        attached = attached or is_attached
        note += [] if is_attached else found.lines
        if read is None:
            read = found
        elif not (is_attached and _copied(found.lines, read.lines)):
            read = _joined(read, found)
    return read, note, attached


# A plain-text mail's marks of the earlier mail a reply quotes, one `>` a level before each of its lines
# (> 原文…, > > 更早的…, a bare > between its paragraphs): the mail client's, not the text's. Only
# marks followed by a space or ending the line: a line that opens on a comparison (>90分为优秀) keeps it.
_REPLY_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)*>(?:[ \t]+|$)", re.M)
# The line a mail client writes above the mail its reply quotes (在 2025年3月2日，王某 <w@example.com>
# 写道：, On Sun, Mar 2, 2025, Wang <w@example.com> wrote:), the quote opening a line below it: marks
# without it may be the text's own (a grading scale written `> 90分为优秀`, a quote set off in Markdown).
_REPLY_ATTRIBUTION = re.compile(r"(?:写道|wrote)[ \t]*[：:](?:[ \t]*\r?\n)+(?=[ \t]*>)", re.I)


def _without_reply_quotes(text: str) -> str:
    """A plain-text mail's text without the marks of the mail its reply quotes, below the line that
    says who wrote it (see above)."""
    attribution = _REPLY_ATTRIBUTION.search(text)
    if attribution is None:
        return text
    return text[: attribution.end()] + _REPLY_QUOTE.sub("", text[attribution.end() :])


def _read_text(part: MailPart, path: Path, encoding: str | None) -> _Read:
    """A mail's text, as its part's type says (a web page, text/html, or plain text, without its reply's
    quote marks): YaodianError where it cannot be decoded, _NoText where it holds no words."""
    text, used = decode(part.data, path, encoding, part.charset)
    if part.content_type != "text/html":
        return _read_plain_text(_without_reply_quotes(text) if ">" in text else text, used)
    try:
        lines, page, layout = read_html(text, path)
    except YaodianError as exc:
        raise _NoText(exc) from None
    return _Read(lines, "html", layout, page=page, encoding=used)


def _read_attachment(part: MailPart, path: Path) -> _Read | None:
    """An attached file's content, read as a file of its name (`path`, the mail's path and the
    file's name) would be, by its own charset, never the learner's --encoding, which names the
    mail's; None for a file that holds no document (a picture, a contact card); YaodianError for a
    document yaodian cannot read (an old .doc, a damaged or scanned file)."""
    suffix = path.suffix.lower()
    named_otherwise = _FORMAT_SUFFIX.fullmatch(suffix) is not None
    if suffix not in SUPPORTED_SUFFIXES and (named_otherwise or part.content_type not in _DOCUMENT_TYPES):
        kind = part.content_type.partition("/")[0]
        if (
            kind in _NO_DOCUMENT_KINDS
            or part.content_type in _NO_DOCUMENT_TYPES
            or suffix in _NO_DOCUMENT_SUFFIXES
        ):
            return None
        if part.content_type == "application/ms-tnef" or path.name.lower() == "winmail.dat":
            raise YaodianError(_TNEF_HINT)
        hint = f"; {_HINTS[suffix]}" if suffix in _HINTS else ""
        raise YaodianError(
            f"unsupported file type ({suffix if named_otherwise else part.content_type}){hint}"
        )
    if part.content_type == "message/rfc822":  # (`path`'s parent is the learner's mail)
        return _read_mail(part.data, path.parent, None, forwarded=True)
    return _read_bytes(part.data, path, None, part.charset)


def _is_cover_note(lines: list[str], subject: str | None) -> bool:
    """Whether a mail's text is only a note that sends its attachments (see _COVER_NOTE), or none."""
    text = "\n".join(lines)
    if not text.strip():
        return True
    sends = _SENDS_A_FILE.search(f"{text}\n{subject or ''}") is not None
    return sends and len(HAN_CHARACTER.findall(text)) < _COVER_NOTE


# Where a sentence ends: a Word file and a mail's text of the same document cut their paragraphs
# at sentence ends, if not at the same ones.
_SENTENCE = re.compile(r"[^。！？；!?;]+[。！？；!?;]*")
_SENTENCE_MARKS = "。！？；!?;"
# Sentences not among the mail's that are looked up in its whole text, each a scan of it: enough
# for the headings a text runs into its paragraphs, few enough to keep the comparison linear.
_LOOKUPS = 100


def _sentences(lines: list[str]) -> Iterator[tuple[str, bool]]:
    """The sentences of `lines` as the reader will keep them (no format characters) and without
    spaces or their end mark, each with whether it ends as a sentence (a heading does not)."""
    for line in lines:
        for sentence in _SENTENCE.findall(re.sub(r"\s+", "", visible(line))):
            yield sentence.rstrip(_SENTENCE_MARKS), sentence[-1] in _SENTENCE_MARKS


def _copied(lines: list[str], given: list[str]) -> bool:
    """Whether `lines` copy the text `given` already: each of their sentences stands among its
    sentences (or, for a few, in its text: a heading its text runs into a paragraph), most of their
    characters with them. A line that ends no sentence may differ (the subject carries the title, a
    pasted text loses Word's list numbers); a sentence the text does not have makes a revision
    (修改稿), kept whole."""
    sentences = list(_sentences(given))
    known = {sentence for sentence, _ in sentences}
    text = "".join(sentence for sentence, _ in sentences)
    lookups = _LOOKUPS
    found = total = 0
    for sentence, ends in _sentences(lines):
        total += len(sentence)
        if sentence not in known:
            lookups -= 1
            if lookups < 0 or sentence not in text:
                if ends:
                    return False
                continue
        found += len(sentence)
    return total > 0 and found >= _COPY_SHARE * total


def _joined(first: _Read, then: _Read) -> _Read:
    """Two parts' text as one document, a blank line apart: `then`'s layout numbered on after
    `first`'s lines (and where a part's line was broken into paragraphs, the lines of each part's
    text numbered on so too: see Document.file_lines); the first part's format, encoding, title and
    web page titles kept."""
    offset = len(first.lines) + 1
    layout = {**first.layout, **{line + offset: mark for line, mark in then.layout.items()}}
    file_lines: tuple[int, ...] = ()
    if first.file_lines or then.file_lines:
        blank = (first.file_lines[-1] if first.file_lines else len(first.lines)) + 1
        file_lines = (
            *(first.file_lines or range(1, len(first.lines) + 1)),
            blank,
            *(number + blank for number in then.file_lines or range(1, len(then.lines) + 1)),
        )
    return _Read(
        [*first.lines, "", *then.lines],
        first.kind,
        layout,
        first.running_heads + then.running_heads,
        first.page or then.page,
        first.title or then.title,
        first.title_source if first.title else then.title_source,
        first.encoding,
        first.left_out + then.left_out,
        file_lines,
    )


def _read_plain_text(text: str, encoding: str) -> _Read:
    """Plain text's lines, its layout and its running heads: paragraphs run together on one line
    broken apart; then a slide deck's text read slide by slide (see read_slides), or text broken at
    a fixed width joined again without its running heads, or lines broken inside a clause joined.
    Those keep their lines' numbers, so the file's line of each is the one the paragraphs run
    together came from."""
    lines, file_lines = paragraphs_run_together(split_lines(text))
    slides = read_slides(lines)
    if slides:
        lines, layout = slides
        return _Read(lines, "text", layout, encoding=encoding, file_lines=file_lines)
    if hard_wrapped(lines):
        heads = find_running_heads(lines)
        running = running_head_texts(lines, heads)
        lines, layout = aligned_tables(rejoin(lines, wrapped=True, running=heads))
        return _Read(lines, "text", layout, running, encoding=encoding, file_lines=file_lines)
    if BROKEN_CLAUSE.search(text):
        lines = rejoin(lines, wrapped=False)
    lines, layout = aligned_tables(lines)
    return _Read(lines, "text", layout, encoding=encoding, file_lines=file_lines)


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
