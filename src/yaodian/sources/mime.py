"""MIME files: a page a browser saved as one file (.mht, .mhtml) and a saved mail (.eml), taken
apart by the standard library's email parser."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from yaodian.sources.document import file_error, short_reason
from yaodian.sources.encodings import META_CHARSET, decode

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


def read_mail(data: bytes, path: Path, encoding: str | None) -> tuple[str, str, str, str | None]:
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
    raise file_error(path, "no text in the mail")
