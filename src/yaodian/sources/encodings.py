"""Text encodings: a BOM, then UTF-16 without one when the bytes hold zeros, then UTF-8, then the
declared charset, then charset-normalizer, with a check that prefers a Chinese reading made of
common characters (short Chinese texts fool byte-level detectors); and the characters of no width
that leave the text in every format."""

from __future__ import annotations

import codecs
import contextlib
import re
import sys
import unicodedata
from functools import cache
from pathlib import Path

from yaodian.sources.document import file_error

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# GB2312 and GBK are subsets of GB18030; text labelled with them (a page's declared charset, a
# mail's, a detector's guess) often holds characters outside them (镕). Names as codecs spells them.
_GB_SUBSETS = {"gb2312", "gbk", "gb18030"}
# A GBK label mail clients write that Python's codecs do not know.
_UNKNOWN_GBK_LABELS = {"x-gbk"}
META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.-]+)", re.I)


# ---------------------------------------------------------------- encodings


# Signs that are no ordinary Chinese text's: box drawing and block elements, vertical and small
# forms, squared units, the horizontal bar and division slash (GBK's — and / are others). A GBK
# reading of Big5 bytes gives them, from the signs GBK added (教育政策 as 毙▅現郸, 政府 as 現┎),
# where a sign would count as common as a frequent Han character.
_NO_CHINESE_SIGNS = re.compile(r"[\u2015\u2215\u2500-\u259f\u3300-\u33ff\ufe10-\ufe1f\ufe30-\ufe6f]")


@cache
def _is_common(char: str) -> bool:
    """A character of ordinary Chinese text: punctuation and signs (not those of _NO_CHINESE_SIGNS),
    or a Han character in the frequent-use level of GB2312 (simplified) or Big5 (traditional)."""
    if unicodedata.category(char)[0] in "PSZ":
        return not _NO_CHINESE_SIGNS.match(char)
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
# (see detect); a wrong reading of the bytes gives rare characters.
_CHINESE_SHARE = 0.8


def chinese_score(text: str) -> float:
    """Share of the non-ASCII characters that ordinary Chinese text is made of (0 when none)."""
    wide = [c for c in text if ord(c) > 127 and not c.isspace()]
    return sum(map(_is_common, wide)) / len(wide) if wide else 0.0


# A Han character (CJK unified ideographs and their extension A).
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def reads_as_chinese(text: str) -> bool:
    """Whether a reading of some bytes is plausibly Chinese: it holds Han characters, and its
    non-ASCII characters are nearly all common ones (see detect); a wrong reading gives rare
    characters, or letters and signs of another script (a Western single-byte charset reads GBK's
    学习 as Ñ§Ï°)."""
    return bool(_HAN.search(text)) and chinese_score(text) >= _CHINESE_SHARE


def detect(data: bytes, path: Path, prefer: str | None = None) -> tuple[str, str]:
    """charset-normalizer's candidates plus GB18030 and Big5; the most plausibly Chinese reading wins.

    A byte detector can read a short GB18030 text as Korean or Big5: both decode without error
    but give rare characters. Ordinary Chinese text is almost all frequent characters, so the
    reading with the highest share of them is taken, when that share is high; otherwise the
    detector's own choice stands. Of readings that tie, the detector's order decides, or the one
    of the encoding `prefer` names: a caller reading a few bytes of a mail's header may prefer
    GB18030 (GBK's 讲话 reads in Big5 as two frequent characters too, 蔡趕); a file is read
    without, as a short Big5 text reads in GB18030 as frequent characters too (講話 as 量杠).
    """
    from charset_normalizer import from_bytes

    candidates = [(match.encoding, str(match)) for match in from_bytes(data)]
    for name in ("gb18030", "big5"):
        with contextlib.suppress(UnicodeDecodeError):
            candidates.append((name, data.decode(name)))
    if not candidates:
        raise file_error(path, "cannot tell the text encoding (use --encoding)")
    best = max(candidates, key=lambda c: (chinese_score(c[1]), as_gb18030(c[0]) == prefer))
    if chinese_score(best[1]) < _CHINESE_SHARE:
        best = candidates[0]
    name, text = best
    return text, as_gb18030(name)


def as_gb18030(label: str) -> str:
    """GB18030 for a label of GB2312, GBK or GB18030 under any name codecs knows (euc-cn, cp936)
    or x-gbk, since such text often holds characters outside the smaller sets; `label` else."""
    if label.lower() in _UNKNOWN_GBK_LABELS:
        return "gb18030"
    try:
        return "gb18030" if codecs.lookup(label).name in _GB_SUBSETS else label
    except (LookupError, ValueError):  # (ValueError: a label with a zero byte in it)
        return label


def decode(
    data: bytes, path: Path, encoding: str | None = None, declared: str | None = None
) -> tuple[str, str]:
    """Bytes to text without format characters (see visible), and the encoding read."""
    text, name = _decode_bytes(data, path, encoding, declared)
    return visible(text), name


# What decoding raises for a label codecs knows that names no text encoding: hex, base64, rot13
# (LookupError), undefined (UnicodeError); a mail or a page may declare any label.
_NO_TEXT_ENCODING = (LookupError, UnicodeError, ValueError)


def _decode_bytes(data: bytes, path: Path, encoding: str | None, declared: str | None) -> tuple[str, str]:
    """Bytes to text: a forced encoding, else a BOM, else UTF-8, else the declared one, else detection."""
    if encoding:
        try:
            codecs.lookup(encoding)
        except (LookupError, ValueError):
            raise file_error(path, f"unknown encoding '{encoding}'") from None
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            raise file_error(
                path, f"cannot decode as {encoding}: bad byte at offset {exc.start}; try another --encoding"
            ) from None
        except _NO_TEXT_ENCODING:
            raise file_error(path, f"unknown text encoding '{encoding}'") from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise file_error(
                    path, f"not valid {name} text despite its byte order mark (offset {exc.start})"
                ) from None
    zeros = b"\x00" in data  # no 8-bit text holds a zero byte: UTF-16 without a byte order mark, or binary
    if not zeros:
        with contextlib.suppress(UnicodeDecodeError):
            return data.decode("utf-8"), "utf-8"
    if declared and not zeros:
        try:
            name = codecs.lookup(declared).name
        except (LookupError, ValueError):
            name = ""
        if name:
            name = as_gb18030(name)
            with contextlib.suppress(UnicodeDecodeError, *_NO_TEXT_ENCODING):
                return data.decode(name), name
    text, name = _detect_utf16(data, path) if zeros else detect(data, path)
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v\x1b")
    if controls > max(2, len(text) // 100):
        raise file_error(path, "binary file, not a text document")
    return text, name


_UTF16_ZEROS = 16  # zero bytes, at the least, that make bytes look like UTF-16 rather than binary


def _detect_utf16(data: bytes, path: Path) -> tuple[str, str]:
    """Bytes with zero bytes in them as UTF-16 without a byte order mark (some tools and scripts write
    it), little- or big-endian as charset-normalizer reads them, when the reading is plausible text (an
    even number of bytes; Chinese of common characters, as detect asks); else a binary file."""
    from charset_normalizer import from_bytes

    found = from_bytes(data, cp_isolation=["utf_16_le", "utf_16_be"]).best() if not len(data) % 2 else None
    text = str(found) if found is not None else ""
    if found is not None and (text.isascii() or chinese_score(text) >= _CHINESE_SHARE):
        return text, codecs.lookup(found.encoding).name
    if _zeros_stand_as_in_utf16(data):
        raise file_error(
            path,
            "binary file, or UTF-16 text without a byte order mark (try --encoding utf-16-le or utf-16-be)",
        )
    raise file_error(path, "binary file, not a text document")


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
