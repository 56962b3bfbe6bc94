"""MIME files: a page a browser saved as one file (.mht, .mhtml) and a saved mail (.eml), taken
apart by the standard library's email parser."""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from yaodian.sources.document import file_error, short_reason
from yaodian.sources.encodings import (
    HAN_CHARACTER,
    META_CHARSET,
    WIDE_HAN_CHARACTER,
    as_gb18030,
    codec_name,
    decode,
    visible,
)

# ---------------------------------------------------------------- formats


# A MIME archive, as browsers save a page in one file (.mht, .mhtml): mail headers, among them a
# multipart Content-Type, before the first blank line.
MIME_HEADER = re.compile(
    rb"(?:[!-9;-~]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)*?content-type:[ \t]*multipart/related", re.I
)


# A saved mail (.eml): a block of mail headers at the start, up to the first blank line.
_MAIL_HEADER_BLOCK = re.compile(rb"(?:[!-9;-~]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)+")
_MAIL_FIELD_NAME = re.compile(rb"^([!-9;-~]+):", re.M)


def is_mail(data: bytes) -> bool:
    """A mail as a mail client saves it: a block of headers first, among them its sender (From:),
    and its subject or MIME version; a text that opens with a label and a colon is no mail."""
    block = _MAIL_HEADER_BLOCK.match(data)
    if not block:
        return False
    names = {name.lower() for name in _MAIL_FIELD_NAME.findall(block.group())}
    return b"from" in names and bool(names & {b"subject", b"mime-version"})


def _read_mime(data: bytes, path: Path, what: str, read: Callable[[Any], Any]) -> Any:
    """What `read` takes from a MIME message (a saved page, a saved mail), parsed from `data`; the
    email package is lenient, but a damaged file may still raise: one error that names the file."""
    import email
    from email import policy

    try:
        return read(email.message_from_bytes(data, policy=policy.compat32))
    except Exception as exc:
        raise file_error(path, f"cannot read as {what}: {short_reason(exc)}") from None


def read_saved_page(data: bytes, path: Path, encoding: str | None) -> tuple[str, str]:
    """The HTML of a page a browser saved as one file (.mht, .mhtml: a MIME archive, Chrome's
    quoted-printable, Internet Explorer's base64) and its encoding: the first text/html part,
    decoded by the charset its part's header declares, else the one its markup declares."""

    def html_parts(message: Any) -> list[tuple[Any, Any]]:
        parts = [part for part in message.walk() if part.get_content_type() == "text/html"]
        return [(part, part.get_payload(decode=True)) for part in parts]

    for part, payload in _read_mime(data, path, "a saved web page", html_parts):
        if isinstance(payload, bytes) and payload.strip():
            declared = part.get_content_charset()
            if declared is None and (meta := META_CHARSET.search(payload[:4096])):
                declared = meta.group(1).decode("ascii")
            return decode(payload, path, encoding, declared)
    raise file_error(path, "no web page in the saved page file")


@dataclass(frozen=True)
class MailPart:
    """A part of a mail that may hold its document: its text (the part a mail client shows) or a
    file attached to it, with its bytes as sent (transfer encoding undone), its MIME type, the
    charset its header declares and, for an attachment, its file name ("" where it gives none)."""

    data: bytes
    content_type: str
    charset: str | None
    attached: bool
    name: str = ""


@dataclass(frozen=True)
class Mail:
    """A saved mail taken apart: its subject, and its text and its attachments in the mail's order."""

    subject: str | None
    parts: tuple[MailPart, ...]


def _header_text(value: Any, charset: str | None = None) -> str:
    """A header's value with its encoded words (=?GBK?B?…?=) decoded (see _words_decoded); raw
    8-bit bytes (older Foxmail and QQ Mail), which the email package's compat32 policy hands over
    as a Header, read by _raw_text (`charset`: the Chinese one the mail's text declares); "" for a
    header that is missing or whose encoded words their charset cannot decode."""
    from email.header import Header

    if value is None:
        return ""
    if isinstance(value, Header):
        value = _raw_text(_header_bytes(value), charset)
    return (_words_decoded(str(value)) or "").strip()


def _header_bytes(value: Any) -> bytes:
    """The bytes of a field that holds raw 8-bit bytes, as the mail wrote them (a compat32 Header
    of the unknown-8bit charset gives them back through decode_header)."""
    from email.header import decode_header

    return b"".join(chunk for chunk, _ in decode_header(value))


# An encoded word (RFC 2047), as the email package's decode_header finds one.
_ENCODED_WORD = re.compile(r"(=\?[^?]*\?[qQbB]\?.*?\?=)")


def _words_decoded(text: str) -> str | None:
    """`text` with its encoded words decoded as decode_header does (each line's leading blanks and
    the blanks between two words dropped, lines joined by a space, a run of words decoded together:
    clients cut a character between two words), its other text as written (decode_header gives
    that back as raw-unicode-escape, which a \\U in C:\\Users breaks); None where a word's charset
    cannot decode it."""
    from email.errors import HeaderParseError
    from email.header import decode_header

    if not _ENCODED_WORD.search(text):
        return text
    pieces = [piece for line in text.splitlines() for piece in _ENCODED_WORD.split(line.lstrip()) if piece]
    groups = _word_runs(pieces)
    texts: list[str] = []
    for index, (is_run, piece) in enumerate(groups):
        if not is_run:
            texts.append(" " + piece if index and not groups[index - 1][0] else piece)  # (as decode_header)
            continue
        try:
            read = [_decoded(chunk, label) for chunk, label in decode_header(piece)]
        except HeaderParseError:  # (a B word that is no base64)
            return None
        if None in read:
            return None
        texts.extend(str(chunk) for chunk in read)
    return "".join(texts)


def _word_runs(pieces: list[str]) -> list[tuple[bool, str]]:
    """A header's pieces (encoded words and the text between them, see _words_decoded) in order:
    (True, its words joined by a space) for a run of encoded words, a run going on over the blanks
    between two words (dropped, as decode_header drops them); (False, piece) for any other piece."""
    is_word = [bool(_ENCODED_WORD.fullmatch(piece)) for piece in pieces]
    joins = [
        piece.isspace() and 0 < index < len(pieces) - 1 and is_word[index - 1] and is_word[index + 1]
        for index, piece in enumerate(pieces)
    ]
    groups: list[tuple[bool, str]] = []
    run: list[str] = []
    for piece, word, join in zip(pieces, is_word, joins, strict=True):
        if word:
            run.append(piece)
        elif not join:
            if run:
                groups.append((True, " ".join(run)))
                run = []
            groups.append((False, piece))
    if run:
        groups.append((True, " ".join(run)))
    return groups


# The multi-byte charsets of Chinese text, as codecs names them (see _text_charset).
_CHINESE_CHARSETS = {"gb18030", "big5", "big5hkscs", "cp950"}


def _raw_text(chunk: bytes, charset: str | None) -> str:
    """Raw 8-bit header bytes, which name no charset, read by one rule:

    1. in the multi-byte Chinese charset the mail's text declares (`charset`, see _text_charset),
       where it decodes them;
    2. else as UTF-8 where they are valid UTF-8, unless that reading holds what GBK bytes read as
       UTF-8 give (see _misreads_gbk) and no Han character;
    3. else as GB18030, a byte it cannot read as U+FFFD.

    No detector reads them, nor the text for them: a name of a few bytes gives one too little to go
    on (GBK's 讲话 reads in Big5 as frequent characters too). So GBK bytes that are valid UTF-8 and
    read as a name could (a Cyrillic word) in a mail that declares no Chinese charset read as UTF-8.
    """
    if charset:
        with contextlib.suppress(UnicodeDecodeError):
            return visible(chunk.decode(charset))
    with contextlib.suppress(UnicodeDecodeError):
        text = chunk.decode("utf-8")
        if WIDE_HAN_CHARACTER.search(text) or not _misreads_gbk(text):
            return visible(text)
    return visible(chunk.decode("gb18030", errors="replace"))


# GBK bytes read as UTF-8: the two bytes of a GB2312 character (930 of 6,763 are valid UTF-8) read
# as one character of U+0080–U+07FF: a C1 control, a letter of Latin, Greek, Cyrillic, Armenian,
# Hebrew…, a combining mark. A word of those scripts is made of letters too, so only what no
# written word holds tells a misreading: a C1 control, a mark on no letter or on another script's
# (通知 as ֪ͨ), letters of two scripts side by side (学习 as ѧϰ, 摘要 as ժҪ); Café_Москва stays.
_C1_CONTROLS = re.compile(r"[\u0080-\u009f]")
# The last character two bytes of UTF-8 give: a misread GBK character is one up to it, where marks
# beyond it stand on any sign (an emoji's variation selector, ⚠️; a keycap, 1️⃣).
_TWO_BYTE_UTF8 = "\u07ff"
# The first words of Unicode names that name no script: a modifier letter is Latin's (ʰ), a
# combining mark of the general block any script's (a Latin acute is Greek's too).
_NO_SCRIPT = {"MODIFIER": "LATIN", "COMBINING": ""}


def _script(char: str) -> str:
    """The script of a letter or mark by its Unicode name's first word (LATIN, GREEK, CYRILLIC,
    HEBREW, CJK…), "" for a mark of any script."""
    first = unicodedata.name(char, "?").split()[0]
    return _NO_SCRIPT.get(first, first)


def _misreads_gbk(text: str) -> bool:
    """Whether a UTF-8 reading of raw header bytes reads as no written name would (see
    _C1_CONTROLS): a C1 control, a mark (of two-byte UTF-8) on no letter or on a letter of another
    script, or two letters beyond ASCII of two scripts side by side."""
    if _C1_CONTROLS.search(text):
        return True
    base, wide = None, False  # (the script of the letter before, and whether it is beyond ASCII)
    for char in text:
        if unicodedata.category(char).startswith("M"):
            if char <= _TWO_BYTE_UTF8 and (base is None or _script(char) not in ("", base)):
                return True
            continue
        script = _script(char) if char.isalpha() else None
        if script and base and wide and not char.isascii() and script != base:
            return True
        base, wide = script, not char.isascii()
    return False


def _decoded(chunk: bytes, label: str) -> str | None:
    """`chunk` read in the charset `label` names (GB2312 and GBK as GB18030, see as_gb18030); None
    where that charset cannot decode all of it or `label` names no text encoding (hex, undefined)."""
    try:
        return chunk.decode(as_gb18030(label))
    except (LookupError, UnicodeError, ValueError):
        return None


# The fields that name an attached file, in the order Message.get_filename reads them, and the
# parameter each names it by.
_NAMING_FIELDS = {"Content-Disposition": "filename", "Content-Type": "name"}


def _file_name(part: Any, charset: str | None) -> str:
    """An attached file's name, its encoded words decoded (see _header_text). Some Chinese mail
    clients write it in raw 8-bit bytes (GBK), where get_filename would give U+FFFD for each byte:
    where a naming field holds such bytes, the fields are parsed again with each byte one Latin-1
    character (encoded words as written: one may hold a " or a ;), and the name's bytes read in the
    charset an RFC 2231 name declares (filename*=gbk''…), else by _raw_text."""
    from email.header import Header
    from email.message import Message
    from email.utils import unquote

    fields = {field: part.get(field) for field in _NAMING_FIELDS}
    if not any(isinstance(value, Header) for value in fields.values()):
        return _header_text(part.get_filename(), charset)
    read = Message()
    for field, value in fields.items():
        if value is not None:
            read[field] = _header_bytes(value).decode("latin-1") if isinstance(value, Header) else value
    value = next(
        (
            found
            for field, param in _NAMING_FIELDS.items()
            if (found := read.get_param(param, None, field)) is not None
        ),
        None,
    )
    if value is None:
        return ""
    declared, value = (value[0], value[2]) if isinstance(value, tuple) else (None, value)
    raw = unquote(value).encode("latin-1", errors="replace")
    name = (_decoded(raw, declared) if declared else None) or _raw_text(raw, charset)
    return _header_text(name)


def _text_charset(text: list[Any], payloads: dict[int, bytes]) -> str | None:
    """The multi-byte charset of Chinese text (GBK, GB2312, GB18030: as GB18030; Big5, Big5-HKSCS)
    the first of the mail's text parts to declare one declares (an HTML text in its markup, read in
    its bytes `payloads[id(part)]`, where its header declares none), in which a client writes its
    headers' raw bytes too; None where none does (see _raw_text)."""
    for part in text:
        declared = part.get_content_charset()
        if declared is None and part.get_content_type() == "text/html":
            meta = META_CHARSET.search(payloads[id(part)][:4096])
            declared = meta.group(1).decode("ascii") if meta else None
        name = codec_name(as_gb18030(declared or ""))
        if name in _CHINESE_CHARSETS:
            return name
    return None


def _is_attachment(part: Any) -> bool:
    """A file sent with the mail: a part marked as an attachment, one that names its file (an
    inline image, a document a client attaches inline), or a mail forwarded as an attachment."""
    return (
        part.get_content_disposition() == "attachment"
        or part.get_filename() is not None
        or part.get_content_type() == "message/rfc822"
    )


def _leaves(part: Any) -> list[Any]:
    """The parts of a message that hold content, in its order: a mail forwarded inside it
    (message/rfc822) is one part, which the caller reads as a mail of its own."""
    if part.get_content_type() == "message/rfc822" or not part.is_multipart():
        return [part]
    return [leaf for child in part.get_payload() for leaf in _leaves(child)]


def _content(part: Any) -> bytes | None:
    """A part's bytes as sent, its transfer encoding undone (a forwarded mail's as saved); None for
    a part that holds nothing."""
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        payload = inner[0].as_bytes() if isinstance(inner, list) and inner else None
        if payload is not None:
            payload = _transfer_decoded(payload, part.get("Content-Transfer-Encoding"))
    else:
        payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) and payload.strip() else None


def _transfer_decoded(data: bytes, encoding: str | None) -> bytes:
    """A forwarded mail's bytes with the transfer encoding some clients send it in (base64,
    quoted-printable; the parser took its encoded lines for a message without headers) undone."""
    import binascii
    import quopri

    encoding = (encoding or "").strip().lower()
    try:
        if encoding == "base64":
            return binascii.a2b_base64(data)
        if encoding == "quoted-printable":
            return quopri.decodestring(data)
    except (binascii.Error, ValueError):
        pass
    return data


def read_mail(data: bytes, path: Path) -> Mail:
    """A saved mail (.eml): its subject, which names the mail as a file's name does, and, in the
    mail's order, its text (see _text_parts) and the files attached to it, whatever their type
    (the caller reads those it can)."""

    def subject_and_parts(message: Any) -> tuple[str | None, list[MailPart]]:
        parts = [(part, payload) for part in _leaves(message) if (payload := _content(part)) is not None]
        payloads = {id(part): payload for part, payload in parts}
        text = _text_parts(message, payloads)
        charset = _text_charset(text, payloads)
        shown = {id(part) for part in _one_kind(text)}
        found: list[MailPart] = []
        for part, payload in parts:
            attached = id(part) not in shown
            if attached and not _is_attachment(part):
                continue
            name = _file_name(part, charset) if attached else ""
            found.append(
                MailPart(payload, part.get_content_type(), part.get_content_charset(), attached, name)
            )
        return _header_text(message.get("Subject"), charset) or None, found

    # (inside _read_mime: the email package may raise on a field it cannot read, a name's RFC 2231
    # parameters of a charset of no text encoding or numbered out of order)
    subject, found = _read_mime(data, path, "a mail", subject_and_parts)
    if not found:
        raise file_error(path, "no text in the mail")
    return Mail(subject, tuple(found))


# The types of a mail's text, in the order they are chosen: the plain text is the text itself, its
# HTML twin the same text in the client's markup (styles, quoting), read through the page reader.
_TEXT_TYPES = ("text/plain", "text/html")


def _text_parts(part: Any, payloads: dict[int, bytes]) -> list[Any]:
    """The parts a mail client shows as the mail's text, in order, among those that hold some
    (`payloads`, by the part's id): of alternatives (multipart/alternative) the first that has
    text/plain, else the first with text/html, unless the plain text only stands in for the HTML
    (see _stands_in); of a mixed or related multipart, every child's text, as Apple Mail splits a
    text around an image or a file it places inline (text, IMG_0001.png, text)."""
    if part.get_content_type() == "message/rfc822" or _is_attachment(part):
        return []
    if not part.is_multipart():
        shown = part.get_content_type() in _TEXT_TYPES and id(part) in payloads
        return [part] if shown else []
    options = [_text_parts(child, payloads) for child in part.get_payload()]
    if part.get_content_type() != "multipart/alternative":
        return [text for option in options for text in option]
    chosen = [
        next((option for option in options if any(text.get_content_type() == kind for text in option)), [])
        for kind in _TEXT_TYPES
    ]
    plain, html = chosen
    if plain and html and _stands_in(plain, html, payloads):
        return html
    return plain or html


# How much less Chinese a plain alternative holds than its HTML twin when it only stands in for it.
_STAND_IN_SHARE = 0.25


def _stands_in(plain: list[Any], html: list[Any], payloads: dict[int, bytes]) -> bool:
    """Whether a mail's plain text only stands in for its HTML twin: it holds under a quarter of
    the twin's Chinese (此邮件为HTML格式，请使用支持HTML的客户端查看, or a client's one-line
    summary), where the twin is the text the writer wrote and the reader sees."""

    def han_count(parts: list[Any]) -> int:
        texts = (_raw_text(payloads[id(part)], part.get_content_charset()) for part in parts)
        return sum(len(HAN_CHARACTER.findall(text)) for text in texts)

    return han_count(plain) < _STAND_IN_SHARE * han_count(html)


def _one_kind(parts: list[Any]) -> list[Any]:
    """The mail's text parts of one kind: its text/plain parts, else its text/html ones."""
    for kind in _TEXT_TYPES:
        if chosen := [part for part in parts if part.get_content_type() == kind]:
            return chosen
    return []
