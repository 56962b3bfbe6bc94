"""Compile card files into one Anki package: a deck tree, one note per card, cloze deletions.

Every id is deterministic: the note type id is a constant, deck ids derive from deck names,
note GUIDs from card ids. So importing a rebuilt package updates the same notes in place and
Anki keeps their review history. Nothing here reads source documents.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import genanki

from yaodian.cards import CLOZE, Card, CardFile, write_atomic

# Never change these: Anki matches note types and notes by them on re-import.
MODEL_ID = 1_607_392_319
MODEL_NAME = "yaodian 要点 cloze"
GUID_NAMESPACE = "yaodian"
FIELDS = ("Text", "Extra", "Source", "Mode", "Id")

_FRONT = "{{cloze:Text}}"
_BACK = (
    "{{cloze:Text}}\n"
    '{{#Extra}}<div class="extra">{{Extra}}</div>{{/Extra}}\n'
    '{{#Source}}<div class="source">{{Source}}</div>{{/Source}}'
)


def _css() -> str:
    return resources.files("yaodian").joinpath("card.css").read_text(encoding="utf-8")


def note_model() -> genanki.Model:
    """yaodian's own cloze note type; its id, name and fields are fixed for the life of the project."""
    return genanki.Model(
        MODEL_ID,
        MODEL_NAME,
        fields=[{"name": name} for name in FIELDS],
        templates=[{"name": "Cloze", "qfmt": _FRONT, "afmt": _BACK}],
        css=_css(),
        model_type=genanki.Model.CLOZE,
    )


def deck_id(name: str) -> int:
    """A deck id from the deck's full name: stable, and within SQLite's positive 63-bit range."""
    digest = hashlib.sha1(("yaodian-deck\x1f" + name).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") >> 2 | 1 << 40


def _escape(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")


def cloze_html(text: str) -> str:
    """Escape free text for Anki while keeping its {{cN::...}} markup working."""
    parts, last = [], 0
    for match in CLOZE.finditer(text):
        parts.append(_escape(text[last : match.start()]))
        number, answer, hint = match.groups()
        hint_part = f"::{_escape(hint)}" if hint else ""
        parts.append(f"{{{{c{number}::{_escape(answer)}{hint_part}}}}}")
        last = match.end()
    parts.append(_escape(text[last:]))
    return "".join(parts)


def card_text(card: Card) -> str:
    """The Text field: a list's prompt with one cloze per item, or a cloze card's own text."""
    if card.type == "cloze":
        return cloze_html(card.text)
    numbers = card.cloze_numbers()
    rows = "".join(
        f"<li>{{{{c{n}::{_escape(item)}}}}}</li>" for n, item in zip(numbers, card.items, strict=True)
    )
    prompt = f'<div class="prompt">{_escape(card.prompt)}</div>' if card.prompt else ""
    return f'{prompt}<ol class="items">{rows}</ol>'


def source_line(card_file: CardFile, card: Card) -> str:
    parts = [card_file.title or card_file.source]
    if card.origin and card.origin.section:
        parts.append(card.origin.section)
    if card.origin and card.origin.line:
        parts.append(f"第{card.origin.line}行")
    return _escape(" › ".join(p for p in parts if p))


class _Note(genanki.Note):
    """A note with its own modification time.

    genanki stamps every note with the build time; Anki's import then treats an unchanged note
    as newer and overwrites edits the learner made inside Anki. yaodian keeps a note's time
    until its content changes.
    """

    def __init__(self, *args: object, mod: int, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.mod = mod

    def write_to_db(self, cursor, timestamp, deck_id, id_gen):
        return super().write_to_db(cursor, self.mod, deck_id, id_gen)


STATE_FILE = ".yaodian-build.json"


def _load_state(path: Path) -> dict[str, list]:
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def _content_hash(fields: list[str], tags: list[str]) -> str:
    return hashlib.sha1("\x1f".join([*fields, " ".join(tags)]).encode("utf-8")).hexdigest()


@dataclass
class BuildResult:
    path: Path
    decks: int
    notes: int


def note_fields(card_file: CardFile, card: Card) -> list[str]:
    """The note's fields, in the order of FIELDS."""
    return [
        card_text(card),
        _escape(card.extra),
        source_line(card_file, card),
        card.mode or "",
        card.id,
    ]


def note_tags(card: Card) -> list[str]:
    return ["yaodian", f"yaodian::{card.type}", *card.tags]


def build_package(card_files: list[CardFile], out: Path, root: str = "要点") -> BuildResult:
    """Write every card file's cards into one .apkg at `out`, atomically."""
    model = note_model()
    decks: dict[str, genanki.Deck] = {}
    notes = 0
    state_path = out.parent / STATE_FILE
    old_state = _load_state(state_path)
    new_state: dict[str, list] = {}
    now = int(time.time())
    root_deck = genanki.Deck(deck_id(root), root)
    decks[root] = root_deck
    for card_file in card_files:
        name = card_file.deck or f"{root}::{card_file.title}"
        deck = decks.get(name)
        if deck is None:
            deck = decks[name] = genanki.Deck(deck_id(name), name)
        for card in card_file.cards:
            fields, tags = note_fields(card_file, card), note_tags(card)
            digest = _content_hash(fields, tags)
            previous = old_state.get(card.id)
            if previous and previous[0] == digest:
                mod = int(previous[1])
            else:  # changed: newer than before, so Anki's "update if newer" takes it
                mod = max(now, int(previous[1]) + 1) if previous else now
            new_state[card.id] = [digest, mod]
            note = _Note(
                model=model,
                fields=fields,
                tags=tags,
                guid=genanki.guid_for(GUID_NAMESPACE, card.id),
                due=notes,
                mod=mod,
            )
            deck.add_note(note)
            notes += 1
    package = genanki.Package(list(decks.values()))
    buffer = io.BytesIO()
    package.write_to_file(buffer, timestamp=now)
    write_atomic(out, buffer.getvalue())
    write_atomic(state_path, json.dumps(new_state, sort_keys=True))
    return BuildResult(path=out, decks=len(decks), notes=notes)
