"""Read a source file into a `Document`: its text as numbered lines, and a title if the format has one.

This module knows about file formats and encodings, nothing about what is worth a card.
Encodings are detected with charset-normalizer; a BOM is honoured first.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from yaodian.errors import Location, YaodianError

SUPPORTED_SUFFIXES = {".txt", ".md", ".text", ".markdown"}

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass
class Document:
    """A source document as text lines; `lines[0]` is line 1 of the file."""

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


def decode(data: bytes, path: Path, encoding: str | None = None) -> tuple[str, str]:
    """Bytes to text: a forced encoding, else a BOM, else UTF-8, else charset-normalizer's best guess."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise YaodianError(f"cannot decode as {encoding}: {exc}", Location(path)) from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name), name
    if b"\x00" in data:
        raise YaodianError("binary file, not a text document", Location(path))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise YaodianError("cannot tell the text encoding (use --encoding)", Location(path))
    return str(best), best.encoding


def read_document(path: Path, encoding: str | None = None) -> Document:
    """Read one source file; raise YaodianError naming the file if it cannot be a document."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise YaodianError("no such file", Location(path)) from None
    except OSError as exc:
        raise YaodianError(f"cannot read: {exc.strerror}", Location(path)) from None
    text, used = decode(data, path, encoding)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise YaodianError("empty document", Location(path))
    return Document(path=path, lines=text.split("\n"), encoding=used)


def find_sources(paths: list[Path]) -> Iterator[tuple[Path, str | None]]:
    """Every file under `paths` (folders recursively, in name order) with a reason to skip it, or None."""
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.name.startswith("."):
                    continue
                yield child, None if child.suffix.lower() in SUPPORTED_SUFFIXES else "unsupported file type"
        else:
            yield path, None
