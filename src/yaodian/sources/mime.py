"""MIME files: a page a browser saved as one file (.mht, .mhtml) and a saved mail (.eml), taken
apart by the standard library's email parser."""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from yaodian.errors import YaodianError
from yaodian.sources.document import file_error, short_reason
from yaodian.sources.encodings import (
    META_CHARSET,
    as_gb18030,
    chinese_score,
    decode,
    detect,
    reads_as_chinese,
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


def _header_text(value: Any, path: Path, charset: str | None = None) -> str:
    """A header's value with its encoded words (=?GBK?B?…?=) decoded, which some mail clients write
    in a file name's quotes too; raw 8-bit bytes (older Foxmail and QQ Mail) read as a text of the
    mail (`path`) is (see _raw_text); "" for a header that is missing or whose text its charset
    cannot decode."""
    from email.header import decode_header

    try:
        chunks = decode_header(value or "")
    except (LookupError, UnicodeError, ValueError):
        return ""
    texts = []
    for chunk, label in chunks:
        if isinstance(chunk, str):
            texts.append(chunk)
            continue
        if label is None:  # (a text's own words beside encoded ones, given back as raw-unicode-escape)
            text = chunk.decode("raw-unicode-escape")
        elif label == "unknown-8bit":  # (compat32's Header of a field that holds raw bytes)
            text = _raw_text(chunk, path, charset)
        else:  # (GB2312-labelled text often holds GBK's 镕)
            text = _decoded(chunk, [as_gb18030(label)])
        if text is None:
            return ""
        texts.append(text)
    return "".join(texts).strip()


def _raw_text(chunk: bytes, path: Path, charset: str | None) -> str | None:
    """Raw 8-bit header bytes, which name no charset, read as a text of the mail is: UTF-8 where
    its reading is Chinese or no misreading of GBK (see _misreads_gbk); else by the multi-byte
    Chinese charset the mail declares for its text (`charset`), or by one such a mail may write
    them in too where its reading is more Chinese (see _CHINESE_CHARSETS), where that reading is
    as Chinese as UTF-8's at least (see chinese_score: a name a mark opens, ̀改单, reads in GBK as
    rare characters, 虂鏀瑰崟); else the first reading that reads as Chinese (see
    reads_as_chinese) of the charset declared and of a detector's most plausibly Chinese one; else
    the first of those that decodes them (UTF-8's first); None where none does. (A Western
    single-byte charset, as Outlook set to Western declares, reads any bytes, GBK's 学习 as Ñ§Ï°;
    a detector may read a Western name's ü as a sign, ¸.)"""
    utf8 = _decoded(chunk, ["utf-8"])
    if utf8 is not None and (reads_as_chinese(utf8) or not _misreads_gbk(utf8)):
        return visible(utf8)
    declared = _decoded(chunk, [as_gb18030(charset)]) if charset else None
    if declared is not None and (also := _chinese_charsets(charset)) is not None:
        readings = [declared, *[_decoded(chunk, [other]) for other in also]]  # (the declared wins a tie)
        best = max((text for text in readings if text is not None), key=chinese_score)
        if chinese_score(best) >= chinese_score(utf8 or ""):
            return visible(best)
    others = [declared, _detected(chunk, path)]
    chinese = [text for text in others if text is not None and reads_as_chinese(text)]
    text = next((text for text in [*chinese, utf8, *others] if text is not None), None)
    return visible(text) if text is not None else None


# The multi-byte charsets of Chinese text, as codecs names them (GB2312 and GBK read as GB18030),
# each with the charsets a mail that declares it may write its raw header bytes in too: a mail in
# Big5 may carry a mainland sender's GBK subject (学习材料 read in Big5 as 悝炾第蹋), which
# reads in GB18030 as more Chinese (see chinese_score). The declared reading is taken unless
# another is more Chinese: a name of one level-2 character of GB2312 or more (钱钰, 镕) is no
# reading of frequent characters alone (see reads_as_chinese), and a detector reads such short
# bytes as Japanese (熱釐). A GBK mail's raw bytes are GBK's: their Big5 reading is often more
# frequent characters (a level-2 character of GB2312 is one of Big5's frequent ones).
_CHINESE_CHARSETS = {"gb18030": (), "big5": ("gb18030",), "big5hkscs": ("gb18030",), "cp950": ("gb18030",)}


def _chinese_charsets(label: str | None) -> tuple[str, ...] | None:
    """The charsets besides it a mail that declares the multi-byte charset of Chinese text `label`
    names may write raw header bytes in (see _CHINESE_CHARSETS); None where `label` names none."""
    try:
        return _CHINESE_CHARSETS.get(codecs.lookup(as_gb18030(label or "")).name)
    except (LookupError, ValueError):
        return None


# The characters a UTF-8 reading of GBK gives: UTF-8 reads the two bytes of a GB2312 character
# (930 of 6,763 are valid UTF-8) as one character of U+0080–U+07FF: a C1 control, a letter of
# Greek, Cyrillic, Armenian, Hebrew…, a combining mark. A word of another script than Chinese is
# made of letters too, so only what no written word holds tells a misreading: a C1 control, a mark
# on no letter (通知 as ֪ͨ), letters of two of those scripts in one name (学习 as ѧϰ, Cyrillic and
# Greek; 摘要 as ժҪ, Armenian and Cyrillic). Greek and Cyrillic names (Αθήνα, Ю.Иванов) stay.
_C1_CONTROLS = re.compile(r"[\u0080-\u009f]")
# The letters of more than one script tell a misreading among these (ASCII's beside them do not:
# ΔG, Ю.Иванов): Latin-1's and later, up to the end of two-byte UTF-8.
_LETTERS_OF_SCRIPTS = ("\u00c0", "\u07ff")
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
    _C1_CONTROLS): a C1 control, a mark on no letter or on a letter of another script, or letters
    of two scripts (see _LETTERS_OF_SCRIPTS)."""
    if _C1_CONTROLS.search(text):
        return True
    scripts = set()
    base = None  # (the script of the letter a mark may stand on)
    for char in text:
        if unicodedata.category(char).startswith("M"):
            if base is None or _script(char) not in ("", base):
                return True
            continue
        base = _script(char) if char.isalpha() else None
        if base and _LETTERS_OF_SCRIPTS[0] <= char <= _LETTERS_OF_SCRIPTS[1]:
            scripts.add(base)
    return len(scripts) > 1


def _detected(chunk: bytes, path: Path) -> str | None:
    """`chunk` as a detector reads it (see detect), GB18030 winning a tie (a few bytes of GBK's 讲话
    read in Big5 as frequent characters too, 蔡趕); None where it finds no reading."""
    try:
        return detect(chunk, path, prefer="gb18030")[0]
    except YaodianError:
        return None


def _decoded(chunk: bytes, charsets: list[str]) -> str | None:
    """`chunk` read by the first of `charsets` that decodes all of it; None if none does."""
    for charset in charsets:
        try:
            return chunk.decode(charset)
        except (LookupError, UnicodeError, ValueError):  # (a label of no text encoding: hex, undefined)
            continue
    return None


# The fields that name an attached file, in the order Message.get_filename reads them.
_NAMING_FIELDS = ("Content-Disposition", "Content-Type")


def _file_name(part: Any, path: Path, charset: str | None) -> str:
    """An attached file's name, its encoded words decoded (see _header_text); a name some Chinese
    mail clients write in raw 8-bit bytes (GBK) read as the mail's text is (see _raw_text), where
    get_filename would give U+FFFD for each byte. The email package's compat32 policy hands a field
    that holds such bytes over as a Header of the unknown-8bit charset, whose bytes decode_header
    gives back: the fields, with those bytes read and their encoded words as written (one may
    hold a " or a ;), are parsed again for the name."""
    from email.header import Header
    from email.message import Message

    name = part.get_filename()
    fields = {field: part.get(field) for field in _NAMING_FIELDS}
    if any(isinstance(value, Header) for value in fields.values()):
        read = Message()
        for field, value in fields.items():
            if isinstance(value, Header):
                read[field] = _header_text(value, path, charset)
            elif value is not None:
                read[field] = value
        name = read.get_filename() or name
    return _header_text(name, path, charset)


def _mail_charset(text: list[Any], path: Path) -> str | None:
    """The charset of the mail's text, in which a client writes its headers' raw bytes too: the
    first its text's parts declare (other than ASCII, which reads no 8-bit byte; a file attached
    declares its own) where it reads their bytes, else the one a part's 8-bit bytes are read in
    (see decode: a text gives the detector plenty to go on, where a name of two characters does
    not); None for a mail whose text holds no 8-bit byte."""
    for part in text:
        payload = part.get_payload(decode=True)
        declared = part.get_content_charset()
        if declared is None and part.get_content_type() == "text/html":
            meta = META_CHARSET.search(payload[:4096])
            declared = meta.group(1).decode("ascii").lower() if meta else None
        if declared and declared != "us-ascii" and _decoded(payload, [as_gb18030(declared)]) is not None:
            return str(declared)
        if not payload.isascii():
            try:
                return decode(payload, path)[1]
            except YaodianError:
                continue
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

    def parts_and_subject(message: Any) -> tuple[list[tuple[Any, bytes]], list[Any], str | None, str | None]:
        parts = [(part, payload) for part in _leaves(message) if (payload := _content(part)) is not None]
        held = {id(part) for part, _ in parts}
        text = _text_parts(message, held)
        charset = _mail_charset(text, path)
        return parts, text, _header_text(message.get("Subject"), path, charset) or None, charset

    parts, text, subject, charset = _read_mime(data, path, "a mail", parts_and_subject)
    shown = {id(part) for part in _one_kind(text)}
    found: list[MailPart] = []
    for part, payload in parts:
        attached = id(part) not in shown
        if attached and not _is_attachment(part):
            continue
        name = _file_name(part, path, charset) if attached else ""
        found.append(MailPart(payload, part.get_content_type(), part.get_content_charset(), attached, name))
    if not found:
        raise file_error(path, "no text in the mail")
    return Mail(subject, tuple(found))


# The types of a mail's text, in the order they are chosen: the plain text is the text itself, its
# HTML twin the same text in the client's markup (styles, quoting), read through the page reader.
_TEXT_TYPES = ("text/plain", "text/html")


def _text_parts(part: Any, held: set[int]) -> list[Any]:
    """The parts a mail client shows as the mail's text, in order, among those that hold some
    (their ids `held`): of alternatives
    (multipart/alternative) the first that has text/plain, else the first with text/html; of a
    mixed or related multipart, every child's text, as Apple Mail splits a text around an image or
    a file it places inline (text, IMG_0001.png, text)."""
    if part.get_content_type() == "message/rfc822" or _is_attachment(part):
        return []
    if not part.is_multipart():
        shown = part.get_content_type() in _TEXT_TYPES and id(part) in held
        return [part] if shown else []
    options = [_text_parts(child, held) for child in part.get_payload()]
    if part.get_content_type() != "multipart/alternative":
        return [text for option in options for text in option]
    for kind in _TEXT_TYPES:
        for option in options:
            if any(text.get_content_type() == kind for text in option):
                return option
    return []


def _one_kind(parts: list[Any]) -> list[Any]:
    """The mail's text parts of one kind: its text/plain parts, else its text/html ones."""
    for kind in _TEXT_TYPES:
        if chosen := [part for part in parts if part.get_content_type() == kind]:
            return chosen
    return []
