"""Two-way sync between the card YAML and the learner's Anki, through AnkiConnect or a collection file.

Each card is one note of yaodian's note type, found in Anki by its Id field; a new note is
imported from a package build makes, so it is the very note (GUID, note type, deck, cards)
that importing decks/要点.apkg by hand would make. `.yaodian-sync.json` in the cards folder
remembers, per card, what both sides held after the last sync (hashes of the fields yaodian
writes and of the tags). Against it, per card:

- changed on neither side: unchanged;
- changed in the YAML only: the note is updated in place (same note, same cards, history kept);
- changed in Anki only: Anki's text, items, extra and tags are written into the card's YAML,
  as a hand edit (so `extract` keeps them and reports a source that changes them too);
- changed on both sides: a conflict. The YAML keeps its version, Anki's is written beside it
  under `conflict:`, and `check` reports the card until the learner resolves it;
- a card that is new: a note is added; a card gone from the YAML: reported, its note deleted
  only with --prune; a note deleted in Anki: reported, the card dropped only with --deleted drop.

Before the first sync the build state (.yaodian-build.json, what the last build made) stands
in for the sync state, so notes imported from an .apkg are matched, not duplicated.
The learner's Hint field is never written. plan_sync only reads; apply_sync writes Anki first
(on a collection file, in one transaction), then the YAML, then the states.
"""

from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from yaodian.build import (
    FIELDS,
    MODEL_ID,
    NoteBuild,
    build_notes,
    content_hash,
    load_build_state,
    note_tags,
    package_bytes,
    save_build_state,
)
from yaodian.cards import Card, CardFile, read_card_file, write_atomic
from yaodian.config import DEFAULT_MODE, DEFAULT_ROOT
from yaodian.errors import Location, YaodianError

SYNC_FILE = ".yaodian-sync.json"
_ABOUT = "yaodian: what sync last saw on both sides; do not edit"
# The fields sync writes and compares. Hint is the learner's: yaodian leaves it empty and never
# overwrites what they put there.
OWNED_FIELDS = ("Text", "Extra", "Source", "Mode", "Id")
DELETED_CHOICES = ("keep", "drop")


# ---------------------------------------------------------------- what Anki is asked


@dataclass(frozen=True)
class NoteType:
    id: int
    name: str
    fields: list[str]


@dataclass
class AnkiNote:
    """A note of yaodian's note type as Anki holds it."""

    id: int
    fields: dict[str, str]  # by field name
    tags: list[str]

    @property
    def card_id(self) -> str:
        return self.fields.get("Id", "").strip()


@dataclass
class Update:
    """New values for some of a note's fields, and its tags (None: leave them)."""

    note_id: int
    fields: dict[str, str]
    tags: list[str] | None


@dataclass
class Changes:
    """Everything one sync changes in Anki."""

    package: bytes | None = None  # the new notes, as an .apkg to import
    updates: list[Update] = field(default_factory=list)
    deletions: list[int] = field(default_factory=list)  # note ids

    def __bool__(self) -> bool:
        return bool(self.package or self.updates or self.deletions)


class Anki(Protocol):
    """The learner's Anki: AnkiConnect (ankiconnect.py) or a collection file (collection.py)."""

    where: str  # for messages: the URL or the collection's path

    def note_type(self) -> NoteType | None: ...

    def notes(self, note_type: NoteType) -> list[AnkiNote]: ...

    def review_count(self, note_ids: list[int]) -> tuple[int, int]: ...

    def apply(self, changes: Changes) -> None: ...


# ---------------------------------------------------------------- the state


@dataclass
class SyncState:
    """Per card id: the note it was synced with and what each side held then (hashes)."""

    path: Path
    notes: dict[str, dict] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path) -> SyncState:
        path = folder / SYNC_FILE
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls(path)
        notes = raw.get("notes") if isinstance(raw, dict) else None
        if not isinstance(notes, dict):
            return cls(path)
        return cls(path, {card_id: r for card_id, r in notes.items() if isinstance(r, dict)})

    def save(self) -> None:
        data = {"about": _ABOUT, "version": 1, "notes": self.notes}
        write_atomic(
            self.path, json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
        )


def _hash(fields: list[str], tags: list[str]) -> str:
    tags = sorted({t.casefold() for t in tags})
    return hashlib.sha1("\x1f".join([*fields, " ".join(tags)]).encode("utf-8")).hexdigest()[:16]


def yaml_side(built: NoteBuild) -> str:
    """What the YAML says for a note: the fields sync writes and the tags, hashed."""
    return _hash([built.fields[FIELDS.index(name)] for name in OWNED_FIELDS], built.tags)


def anki_side(note: AnkiNote) -> str:
    """yaml_side of what Anki holds."""
    return _hash([note.fields.get(name, "") for name in OWNED_FIELDS], note.tags)


def _as_built(note: AnkiNote, order: list[str]) -> str:
    """The build state's content hash of what Anki holds, its tags put in `order` (Anki sorts them)."""
    spelled = {t.casefold(): t for t in order}
    present = {t.casefold() for t in note.tags}
    tags = [t for t in order if t.casefold() in present]
    tags += [t for t in note.tags if t.casefold() not in spelled]
    return content_hash([note.fields.get(name, "") for name in FIELDS], tags)


# ---------------------------------------------------------------- the plan


@dataclass
class SyncOptions:
    deck_root: str = DEFAULT_ROOT
    mode: str = DEFAULT_MODE
    prune: bool = False  # delete the notes of cards gone from the YAML
    deleted: str = "keep"  # cards whose note was deleted in Anki: keep (and report) or drop


@dataclass
class SyncPlan:
    """What a sync will do, found without changing anything (a dry run stops here)."""

    folder: Path
    options: SyncOptions
    lines: list[str] = field(default_factory=list)  # card by card, what the learner must know
    adds: list[NoteBuild] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)
    pulls: dict[str, Card] = field(default_factory=dict)  # card id -> the card as Anki has it
    conflicts: dict[str, Card] = field(default_factory=dict)  # card id -> the card with `conflict:`
    drops: set[str] = field(default_factory=set)  # cards to remove from the YAML (deleted in Anki)
    deletions: dict[str, int] = field(default_factory=dict)  # card id -> note id (--prune)
    kept: set[str] = field(default_factory=set)  # cards left alone whose state record stays
    removed: list[str] = field(default_factory=list)  # cards gone from the YAML whose note stays in Anki
    deleted: list[str] = field(default_factory=list)  # cards whose note was deleted in Anki
    unresolved: int = 0  # cards still holding a conflict, left alone
    unchanged: int = 0
    files: list[CardFile] = field(default_factory=list)
    state: SyncState | None = None
    build_state: dict = field(default_factory=dict)
    note_type: NoteType | None = None

    @property
    def pulled(self) -> int:
        return len(self.pulls)

    @property
    def added(self) -> int:
        return len(self.adds)

    @property
    def updated(self) -> int:
        return len(self.updates)


def check_note_type(note_type: NoteType | None, where: str) -> None:
    """Refuse a note type whose fields were changed in Anki: yaodian's fields would land in the wrong ones."""
    if note_type is None:
        return
    if note_type.fields != list(FIELDS):
        raise YaodianError(
            f"{where}: the note type '{note_type.name}' was edited in Anki: its fields are "
            f"{', '.join(note_type.fields)}; yaodian needs {', '.join(FIELDS)}, in this order. "
            "Put them back in Anki (Tools › Manage Note Types › Fields), then sync again"
        )
    if note_type.id != MODEL_ID:
        raise YaodianError(
            f"{where}: the note type '{note_type.name}' was not made by yaodian (its id is {note_type.id}, "
            f"yaodian's {MODEL_ID}); rename it in Anki, then sync again"
        )


def _by_card_id(notes: list[AnkiNote], where: str) -> dict[str, AnkiNote]:
    found: dict[str, AnkiNote] = {}
    for note in sorted(notes, key=lambda n: n.id):
        other = found.get(note.card_id)
        if other is not None:
            raise YaodianError(
                f"{where}: two notes have the Id {note.card_id} (note ids {other.id} and {note.id}): "
                "delete one of them in Anki, then sync again"
            )
        found[note.card_id] = note
    return found


def _where(built: NoteBuild) -> str:
    path = built.card_file.path or Path(built.card_file.source)
    return str(Location(path, built.card.line))


def _pullable(card: Card) -> tuple:
    """What sync reads back from Anki: prompt, items with their numbers, text, extra, tags."""
    numbers = card.cloze_numbers() if card.type == "list" else []
    return card.prompt, card.items, numbers, card.text, card.extra, sorted(t.casefold() for t in card.tags)


def _conflict(card: Card, pulled: Card | None, note: AnkiNote) -> dict:
    """Anki's version of each field that differs from the YAML's, for the card's `conflict:`."""
    if pulled is None:
        return {"html": note.fields.get("Text", "")}
    conflict: dict = {}
    keys = ("prompt", "items", "extra", "tags") if card.type == "list" else ("text", "extra", "tags")
    for key in keys:
        if getattr(pulled, key) != getattr(card, key):
            conflict[key] = copy.copy(getattr(pulled, key))
    return conflict


def plan_sync(files: list[CardFile], folder: Path, anki: Anki, options: SyncOptions) -> SyncPlan:
    """Compare the card files with Anki and decide what to do with each card; change nothing."""
    from yaodian.readback import card_from_note

    if options.deleted not in DELETED_CHOICES:
        raise ValueError(f"deleted must be one of {DELETED_CHOICES}, not {options.deleted!r}")
    note_type = anki.note_type()
    check_note_type(note_type, anki.where)
    by_card = _by_card_id(anki.notes(note_type) if note_type else [], anki.where)
    state = SyncState.load(folder)
    build_state = load_build_state(folder)
    plan = SyncPlan(folder, options, files=files, build_state=build_state, note_type=note_type)
    synced = [card_id for card_id, record in state.notes.items() if record.get("note")]
    if synced and not any(card_id in by_card for card_id in synced):
        plan.lines.append(
            f"none of the {len(synced)} notes synced before are in {anki.where}: "
            "syncing as for the first time (a new collection?)"
        )
        state = SyncState(state.path)
    plan.state = state
    builds = build_notes(files, options.deck_root, options.mode, build_state)
    in_yaml = set()
    for built in builds:
        card = built.card
        in_yaml.add(card.id)
        note, record = by_card.get(card.id), state.notes.get(card.id)
        if card.conflict:
            plan.kept.add(card.id)
            plan.unresolved += 1
            plan.lines.append(
                f"conflict {_where(built)}: {card.id} still holds a conflict; resolve it, then sync again"
            )
            continue
        if note is None:
            if record is None:
                plan.adds.append(built)
                continue
            plan.deleted.append(card.id)
            if options.deleted == "drop":
                plan.drops.add(card.id)
                plan.lines.append(
                    f"deleted in Anki {_where(built)}: {card.id}; removed from the YAML (--deleted drop)"
                )
            else:
                plan.kept.add(card.id)
                plan.lines.append(
                    f"deleted in Anki {_where(built)}: {card.id}; kept in the YAML and not added again "
                    "(--deleted drop removes it from the YAML)"
                )
            continue
        if yaml_side(built) == anki_side(note):
            plan.unchanged += 1
            continue
        if record is not None:
            yaml_changed = yaml_side(built) != record.get("yaml")
            anki_changed = anki_side(note) != record.get("anki")
        elif card.id in build_state:  # synced never, built and imported before: the build is the base
            yaml_changed = built.record[0] != build_state[card.id][0]
            anki_changed = _as_built(note, built.tags) != build_state[card.id][0]
        else:
            yaml_changed = anki_changed = True
        if not yaml_changed and not anki_changed:  # they differ as they did after the last sync
            plan.unchanged += 1
            continue
        generated = {t.casefold() for t in note_tags(built.card_file, Card(type=card.type, id=card.id))}
        pulled = card_from_note(card, note.fields, note.tags, generated) if anki_changed else None
        if anki_changed and pulled is not None and _pullable(pulled) == _pullable(card):
            anki_changed = False  # only fields yaodian makes (Source, Mode...) changed in Anki
        if not anki_changed:
            plan.updates.append(_update(built, note))
        elif not yaml_changed and pulled is not None:
            plan.pulls[card.id] = pulled
            plan.lines.append(
                f"pulled {_where(built)}: {card.id} was edited in Anki; the YAML now has Anki's version"
            )
        else:
            plan.conflicts[card.id] = copy.copy(card)
            plan.conflicts[card.id].conflict = _conflict(card, pulled, note)
            plan.lines.append(
                f"conflict {_where(built)}: {card.id} was changed in the YAML and in Anki; the YAML keeps its "
                "version, Anki's is written under 'conflict:' (check reports it until you resolve it)"
            )
    _plan_removed(plan, anki, by_card, in_yaml)
    return plan


def _update(built: NoteBuild, note: AnkiNote) -> Update:
    """The fields (and tags) of `note` that differ from what the YAML says."""
    fields = {
        name: built.fields[FIELDS.index(name)]
        for name in OWNED_FIELDS
        if note.fields.get(name, "") != built.fields[FIELDS.index(name)]
    }
    same_tags = sorted(t.casefold() for t in note.tags) == sorted({t.casefold() for t in built.tags})
    return Update(note.id, fields, None if same_tags else list(built.tags))


def _plan_removed(plan: SyncPlan, anki: Anki, by_card: dict[str, AnkiNote], in_yaml: set[str]) -> None:
    """Notes whose card is gone from the YAML: reported, or deleted with --prune."""
    assert plan.state is not None
    removed = {
        card_id: note.id
        for card_id, note in by_card.items()
        if card_id not in in_yaml and (card_id in plan.state.notes or card_id in plan.build_state)
    }
    if not removed:
        return
    cards, reviews = anki.review_count(sorted(removed.values()))
    if plan.options.prune:
        plan.deletions = removed
        plan.lines.append(
            f"prune: deleting {len(removed)} notes ({cards} cards) whose card is gone from the YAML; "
            f"{reviews} reviews are lost with them"
        )
        plan.lines += [
            f"removed {card_id}: no longer in the YAML; its note is deleted from Anki" for card_id in removed
        ]
        return
    plan.kept.update(removed)
    plan.removed = list(removed)
    plan.lines += [f"removed {card_id}: no longer in the YAML; its note stays in Anki" for card_id in removed]
    plan.lines.append(
        f"removed: {len(removed)} notes ({cards} cards, {reviews} reviews) are no longer in the YAML; "
        "--prune deletes them from Anki"
    )


# ---------------------------------------------------------------- doing it


def apply_sync(plan: SyncPlan, anki: Anki) -> None:
    """Make the plan's changes: Anki first (one transaction on a collection file), then the card
    files (each written whole, atomically), then the build and sync states.

    A card file changed since the plan read it stops the sync before anything is written.
    """
    assert plan.state is not None
    rewrites = _card_file_rewrites(plan)
    changes = Changes(
        package_bytes(plan.adds, plan.options.deck_root) if plan.adds else None,
        plan.updates,
        sorted(plan.deletions.values()),
    )
    if changes:
        anki.apply(changes)
    note_type = anki.note_type() if changes.package else plan.note_type
    after = _by_card_id(anki.notes(note_type) if note_type else [], anki.where)
    missing = [built.card.id for built in plan.adds if built.card.id not in after]
    for path, text in rewrites.items():
        write_atomic(path, text)
    files = [_with_replacements(card_file, plan) for card_file in plan.files]
    builds = build_notes(files, plan.options.deck_root, plan.options.mode, plan.build_state)
    save_build_state(plan.folder, builds)
    old, new = plan.state.notes, {}
    for built in builds:
        card_id, note = built.card.id, after.get(built.card.id)
        if card_id in plan.kept or note is None:
            if card_id in old:
                new[card_id] = old[card_id]
        elif (
            card_id in plan.conflicts
        ):  # Anki's version is seen (it is in the YAML); the YAML's is not yet sent
            new[card_id] = {
                "note": note.id,
                "yaml": old.get(card_id, {}).get("yaml", ""),
                "anki": anki_side(note),
            }
        else:
            new[card_id] = {"note": note.id, "yaml": yaml_side(built), "anki": anki_side(note)}
    new.update({card_id: old[card_id] for card_id in plan.kept if card_id in old and card_id not in new})
    plan.state.notes = new
    plan.state.save()
    if missing:
        raise YaodianError(
            f"{anki.where}: {len(missing)} new notes were not added (Anki already has notes with their GUIDs "
            f"under another note type?): {', '.join(missing[:5])}"
        )


def _with_replacements(card_file: CardFile, plan: SyncPlan) -> CardFile:
    cards = []
    for card in card_file.cards:
        if card.id in plan.drops:
            continue
        cards.append(plan.pulls.get(card.id) or plan.conflicts.get(card.id) or card)
    return CardFile(card_file.source, card_file.title, card_file.deck, cards, card_file.tags, card_file.path)


def _card_file_rewrites(plan: SyncPlan) -> dict[Path, str]:
    """The new text of each card file that gets pulled edits, conflicts or dropped cards."""
    from yaodian.merge import rewrite_cards

    touched = set(plan.pulls) | set(plan.conflicts) | plan.drops
    rewrites: dict[Path, str] = {}
    for card_file in plan.files:
        replacements: dict[str, Card | None] = {}
        for card in card_file.cards:
            if card.id in plan.drops:
                replacements[card.id] = None
            elif card.id in touched:
                replacements[card.id] = plan.pulls.get(card.id) or plan.conflicts[card.id]
        if not replacements or card_file.path is None:
            continue
        path = card_file.path
        data = path.read_bytes()
        on_disk, problems = read_card_file(path, data=data)
        if (
            problems
            or on_disk is None
            or [c.to_dict() for c in on_disk.cards] != [c.to_dict() for c in card_file.cards]
        ):
            raise YaodianError("changed while sync ran; nothing was changed, sync again", Location(path))
        rewrites[path] = rewrite_cards(on_disk, data.decode("utf-8"), replacements)
    return rewrites
