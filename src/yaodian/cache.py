"""The parse cache of a cards folder: card files already parsed, kept as JSON beside them, so
that a build or extract does not parse YAML whose bytes have not changed.

It is only an accelerator: parsing and validating card files is cards.py's job; a cache that is
missing, stale or unreadable only means parsing again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from yaodian import __version__, cards
from yaodian.cards import Card, CardFile, card_files_in
from yaodian.files import write_atomic

CACHE_FILE = ".yaodian-cache.json"
# a new yaodian, or any change to the card rules (cards.py) or to this cache, parses everything again
_CACHE_VERSION = (
    f"{__version__}/"
    f"{hashlib.sha1(Path(cards.__file__).read_bytes() + Path(__file__).read_bytes()).hexdigest()[:12]}"
)


@dataclass(frozen=True)
class EncodedJson:
    """A value already encoded as JSON text (by a worker process), written out as it is."""

    text: str


class JsonParts:
    """json.dumps of a mapping of files, reusing the text of entries that have not been replaced.

    extract saves its state and cache every few seconds while the batch goes on; encoding only
    what changed since the last save keeps that from growing with the square of the batch.
    An entry is recognised by identity: replace an entry rather than change it in place.
    """

    def __init__(self, **options: Any) -> None:
        self._encode = json.JSONEncoder(**options).encode
        self._item_separator, self._key_separator = options.get("separators", (", ", ": "))
        self._done: dict[str, tuple[object, str]] = {}

    def mapping(self, items: list[tuple[str, object]]) -> str:
        """The JSON text of dict(items), keys in the order given."""
        parts = []
        for name, entry in items:
            done = self._done.get(name)
            if done is None or done[0] is not entry:
                encoded = entry.text if isinstance(entry, EncodedJson) else self._encode(entry)
                done = self._done[name] = (entry, self._encode(name) + self._key_separator + encoded)
            parts.append(done[1])
        return "{" + self._item_separator.join(parts) + "}"


class ParseCache:
    """Card files already parsed, by the hash of their bytes, kept beside them in CACHE_FILE.

    YAML parsing is most of a build's time for a large collection; a file whose bytes have not
    changed since it was last parsed (or written by extract) is read back from JSON instead.
    The cache is only an accelerator: deleting it, or any mismatch, means parsing again.
    """

    def __init__(
        self, folder: Path, entries: dict[str, Any] | None = None, sources: dict[str, dict] | None = None
    ) -> None:
        self.path = folder / CACHE_FILE
        # an entry is replaced when its file changes, never changed in place (see save)
        self.entries = entries or {}
        # per card file: what it was last extracted from and what it held then, so that extract
        # can skip a source whose card would come out the same (see pipeline.up_to_date)
        self.sources = sources or {}
        self.dirty = False
        self._encoded = JsonParts(ensure_ascii=False)

    @classmethod
    def load(cls, folder: Path) -> ParseCache:
        try:
            raw = json.loads((folder / CACHE_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls(folder)
        if (
            not isinstance(raw, dict)
            or raw.get("version") != _CACHE_VERSION
            or not isinstance(raw.get("files"), dict)
        ):
            return cls(folder)
        sources = raw.get("sources")
        sources = (
            {n: r for n, r in sources.items() if isinstance(r, dict)} if isinstance(sources, dict) else {}
        )
        return cls(folder, raw["files"], sources)

    def get(self, path: Path, digest: str) -> CardFile | None:
        entry = self.entries.get(path.name)
        if isinstance(entry, EncodedJson):
            entry = json.loads(entry.text)
        if not isinstance(entry, dict) or entry.get("sha1") != digest:
            return None
        try:
            data, lines = entry["file"], entry["lines"]
            cards = [Card.from_dict(card, line) for card, line in zip(data["cards"], lines, strict=True)]
            return CardFile(
                data["source"], data["title"], data["deck"], cards, list(data.get("tags", [])), path
            )
        except (KeyError, TypeError, ValueError):
            return None

    def put(self, path: Path, digest: str, card_file: CardFile | EncodedJson) -> None:
        """Remember `card_file` as what the bytes with sha1 `digest` hold; an EncodedJson is an
        entry that encode_entry already made (in a worker process)."""
        if isinstance(card_file, EncodedJson):
            self.entries[path.name] = card_file
        else:
            lines = [card.line for card in card_file.cards]
            self.entries[path.name] = {"sha1": digest, "file": card_file.to_dict(), "lines": lines}
        self.dirty = True

    def record_source(self, name: str, record: dict | None) -> None:
        """Remember (or, with None, forget) what card file `name` was last extracted from."""
        if record is None:
            self.sources.pop(name, None)
        else:
            self.sources[name] = record
        self.dirty = True

    @staticmethod
    def encode_entry(digest: str, card_file: CardFile, data: dict | None = None) -> EncodedJson:
        """The cache entry `put` would make, as the JSON text `save` would write for it;
        `data` is card_file.to_dict(), when the caller has it already."""
        lines = [card.line for card in card_file.cards]
        entry = {"sha1": digest, "file": card_file.to_dict() if data is None else data, "lines": lines}
        return EncodedJson(json.dumps(entry, ensure_ascii=False))

    def save(self) -> None:
        """Write the cache; a folder it cannot be written to only means parsing again next time."""
        if not self.dirty:
            return
        present = {p.name for p in card_files_in(self.path.parent)}
        files = [(name, entry) for name, entry in self.entries.items() if name in present]
        sources = {name: record for name, record in self.sources.items() if name in present}
        # json.dumps({"version": _CACHE_VERSION, "files": dict(files), "sources": sources}, ensure_ascii=False)
        text = (
            f'{{"version": {json.dumps(_CACHE_VERSION, ensure_ascii=False)}, '
            f'"files": {self._encoded.mapping(files)}, "sources": {json.dumps(sources, ensure_ascii=False)}}}'
        )
        with contextlib.suppress(OSError):
            # not made durable (fsync): a cache lost to a crash only means parsing again
            write_atomic(self.path, text, durable=False)
        self.dirty = False
