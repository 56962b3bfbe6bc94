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

Decks are compared apart from this, and only for notes whose card file's deck is not the one the
state records their cards placed in (its title corrected, say): their cards still in that old deck
move to the new one, as Anki's Change Deck does (history kept); cards the learner filed in decks
of their own, or that are in a filtered deck, stay. An import never moves a card, so this is the
one way a corrected title reaches the cards Anki already has.

Before the first sync the build state (.yaodian-build.json, what the last build made) stands
in for the sync state, so notes imported from an .apkg are matched, not duplicated.
The learner's Hint field is never written. plan_sync only reads; apply_sync writes Anki first
(on a collection file, in one transaction), then the YAML, then the states.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from yaodian.build import (
    BACK,
    FIELDS,
    FRONT,
    MODEL_ID,
    MODEL_NAME,
    EmptiedNote,
    NoteBuild,
    build_notes,
    content_hash,
    css,
    first_decks,
    load_build_state,
    next_build_state,
    note_tags,
    number_warnings,
    package_bytes,
    save_build_state,
)
from yaodian.cards import CLOZE_OPENING, Card, CardFile, read_card_file
from yaodian.config import DEFAULT_MODE, DEFAULT_ROOT
from yaodian.errors import Location, YaodianError
from yaodian.files import write_atomic

SYNC_FILE = ".yaodian-sync.json"
_ABOUT = "yaodian: what sync last saw on both sides; do not edit"
# The fields sync writes and compares. Hint is the learner's: yaodian leaves it empty and never
# overwrites what they put there.
OWNED_FIELDS = ("Text", "Extra", "Source", "Mode", "Id")
# Tags Anki itself gives a note: a card that lapses too often (leech), Mark Note (marked). They are
# about studying, not the card: sync neither pulls them into the YAML nor takes them away.
ANKI_TAGS = frozenset({"leech", "marked"})
# The YAML side of a card whose version Anki has not been given (a conflict): no hash equals it.
_UNSENT = "unsent"
DELETED_CHOICES = ("keep", "drop")


# ---------------------------------------------------------------- what Anki is asked


@dataclass(frozen=True)
class NoteType:
    id: int
    name: str
    fields: list[str]
    templates: list[tuple[str, str, str]] = field(default_factory=list)  # (name, front, back)
    css: str = ""

    def as_yaodian_made_it(self) -> bool:
        """Its card templates and styling are this yaodian's (sync never changes them)."""
        return self.templates == [("Cloze", FRONT, BACK)] and self.css == css()


@dataclass
class AnkiNote:
    """A note of yaodian's note type as Anki holds it."""

    id: int
    fields: dict[str, str]  # by field name
    tags: list[str]
    mod: int | None = None  # when it last changed (seconds), when Anki tells

    @property
    def card_id(self) -> str:
        return self.fields.get("Id", "").strip()

    @property
    def card_tags(self) -> list[str]:
        """Its tags but Anki's own (ANKI_TAGS)."""
        return [t for t in self.tags if t.casefold() not in ANKI_TAGS]


@dataclass(frozen=True)
class ForeignNote:
    """A note of yaodian's (its GUID, or its tag) that has another note type in Anki."""

    id: int
    note_type: str
    card_id: str = ""  # when Anki tells which card it was


@dataclass
class Update:
    """New values for some of a note's fields, and its tags (None: leave them)."""

    note_id: int
    fields: dict[str, str]
    tags: list[str] | None


@dataclass
class Move:
    """The cards these notes have in deck `source`, moved to deck `target` (made if Anki has none,
    with `source`'s preset)."""

    source: str
    target: str
    note_ids: list[int]


@dataclass
class Changes:
    """Everything one sync changes in Anki."""

    package: bytes | None = None  # the new notes, as an .apkg to import
    updates: list[Update] = field(default_factory=list)
    deletions: list[int] = field(default_factory=list)  # note ids
    moves: list[Move] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.package or self.updates or self.deletions or self.moves)


class Anki(Protocol):
    """The learner's Anki: AnkiConnect (ankiconnect.py) or a collection file (collection.py)."""

    where: str  # for messages: the URL or the collection's path

    def note_type(self) -> NoteType | None: ...

    def notes(self, note_type: NoteType, note_ids: list[int] | None = None) -> list[AnkiNote]:
        """Every note of yaodian's note type, or only these (those that exist)."""
        ...

    def review_count(self, note_ids: list[int]) -> tuple[int, int]: ...

    def foreign_notes(self, guids: dict[str, str]) -> list[ForeignNote]:
        """Notes of another note type that may hold one of `guids` (GUID -> card id): importing a
        note whose GUID Anki has under another type merges that type into yaodian's (AnkiConnect)."""
        ...

    def note_decks(self, note_ids: list[int]) -> dict[str, set[int]]:
        """Per deck (its name as Anki spells it), those of these notes with a card in it."""
        ...

    def filtered_decks(self, names: list[str]) -> set[str]:
        """Those of `names` that are filtered decks."""
        ...

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
    """build's content hash of the fields sync writes, with the tags as a set (Anki sorts tags and
    matches them without case), shortened: the state keeps one per side per card."""
    return content_hash(fields, sorted({t.casefold() for t in tags}))[:16]


def yaml_side(built: NoteBuild) -> str:
    """What the YAML says for a note: the fields sync writes and the tags, hashed."""
    return _hash([built.fields[FIELDS.index(name)] for name in OWNED_FIELDS], built.tags)


def anki_side(note: AnkiNote) -> str:
    """yaml_side of what Anki holds."""
    return _hash([note.fields.get(name, "") for name in OWNED_FIELDS], note.card_tags)


def _as_built(note: AnkiNote, built: NoteBuild) -> str:
    """The build state's content hash of what Anki holds: its tags put in the build's order (Anki
    sorts them), its Hint (the learner's, never written) as the build has it."""
    order = built.tags
    spelled = {t.casefold(): t for t in order}
    present = {t.casefold() for t in note.card_tags}
    tags = [t for t in order if t.casefold() in present]
    tags += [t for t in note.card_tags if t.casefold() not in spelled]
    fields = [
        built.fields[index] if name == "Hint" else note.fields.get(name, "")
        for index, name in enumerate(FIELDS)
    ]
    return content_hash(fields, tags)


# ---------------------------------------------------------------- the plan


@dataclass
class SyncOptions:
    deck_root: str = DEFAULT_ROOT
    mode: str = DEFAULT_MODE
    prune: bool = False  # delete the notes of cards gone from the YAML
    deleted: str = "keep"  # cards whose note was deleted in Anki: keep (and report) or drop
    dry_run: bool = False  # only for the wording of the plan's lines: plan_sync never writes


@dataclass
class SyncPlan:
    """What a sync will do, found without changing anything (a dry run stops here)."""

    folder: Path
    options: SyncOptions
    lines: list[str] = field(default_factory=list)  # card by card, what the learner must know
    # in Anki
    adds: list[NoteBuild] = field(default_factory=list)  # new notes
    updates: list[Update] = field(default_factory=list)
    prune: dict[str, int] = field(default_factory=dict)  # card id -> its note, deleted (--prune)
    # in the YAML
    pulls: dict[str, Card] = field(default_factory=dict)  # card id -> the card as Anki has it
    conflicts: dict[str, Card] = field(default_factory=dict)  # card id -> the card with `conflict:`
    drop_from_yaml: set[str] = field(default_factory=set)  # cards whose note was deleted (--deleted drop)
    # reported only
    gone_from_yaml: list[str] = field(default_factory=list)  # cards gone from the YAML, note kept in Anki
    deleted_in_anki: list[str] = field(default_factory=list)  # cards whose note was deleted in Anki
    tags_restored: int = 0  # notes that lost yaodian's tags in Anki (renamed there?) and get them back
    lost_tags: set[str] = field(default_factory=set)  # which ones
    unresolved: int = 0  # cards still holding a conflict, left alone
    unchanged_ids: set[str] = field(default_factory=set)  # cards whose note this sync leaves as it is
    moves: list[Move] = field(default_factory=list)
    moved_ids: set[str] = field(default_factory=set)  # cards whose Anki cards are moved to their deck
    # card id -> the deck its note's cards count as placed in, when not its card file's (the old
    # deck of cards left in a filtered deck, moved once back there): the sync state records it
    placed: dict[str, str | None] = field(default_factory=dict)
    # cards Anki has that the notes this sync updates no longer ask (cloze numbers retired or dropped,
    # a study mode changed): Anki keeps them, empty, until Tools > Empty Cards
    emptied: int = 0
    emptied_notes: list[EmptiedNote] = field(default_factory=list)  # the notes they are of
    # what build warns of too: numbers typed onto other answers, list items edited into new questions
    warnings: list[YaodianError] = field(default_factory=list)
    # cards this sync leaves alone whatever the sides hold: their state record stays as it was
    untouched: set[str] = field(default_factory=set)
    files: list[CardFile] = field(default_factory=list)
    builds: list[NoteBuild] = field(default_factory=list)  # every card as the note it makes
    notes: dict[str, AnkiNote] = field(default_factory=dict)  # Anki's notes by card id, as read
    hashes: dict[str, tuple[str, str]] = field(default_factory=dict)  # card id -> (yaml_side, anki_side)
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

    @property
    def unchanged(self) -> int:
        """Notes that neither change nor move."""
        return len(self.unchanged_ids - self.moved_ids)

    def summary(self) -> str:
        """The counts, e.g. `1 pulled, 2 added, 1 updated, 0 conflicts, 254 unchanged`."""
        parts = [
            f"{self.pulled} pulled",
            f"{self.added} added",
            f"{self.updated} updated",
            f"{len(self.conflicts)} conflicts",
            f"{self.unchanged} unchanged",
        ]
        if self.moved_ids:
            parts.append(f"{len(self.moved_ids)} moved to another deck")
        if self.unresolved:
            parts.append(f"{self.unresolved} unresolved conflicts")
        if self.prune:
            parts.append(f"{len(self.prune)} pruned")
        if self.gone_from_yaml:
            parts.append(f"{len(self.gone_from_yaml)} removed from the YAML (kept in Anki)")
        if self.deleted_in_anki:
            parts.append(f"{len(self.deleted_in_anki)} deleted in Anki")
        return ", ".join(parts)


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
    """yaodian's notes by their Id; notes without one (made in Anki with yaodian's note type) are
    not yaodian's cards and are left out."""
    found: dict[str, AnkiNote] = {}
    for note in sorted(notes, key=lambda n: n.id):
        if not note.card_id:
            continue
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


def _conflict(card: Card, pulled: Card | None, note: AnkiNote, formatted: tuple[str, ...] = ()) -> dict:
    """Anki's version of each field that differs from the YAML's, for the card's `conflict:`; the
    note's Text as HTML when it cannot be read back or holds formatting (Extra's HTML as its extra)."""
    conflict: dict = {}
    if pulled is not None:
        keys = ("prompt", "items", "extra", "tags") if card.type == "list" else ("text", "extra", "tags")
        for key in keys:
            if getattr(pulled, key) != getattr(card, key):
                conflict[key] = copy.copy(getattr(pulled, key))
    if pulled is None or "Text" in formatted:
        conflict["html"] = note.fields.get("Text", "")
    if "Extra" in formatted:
        conflict["extra"] = note.fields.get("Extra", "")
    return conflict


@dataclass
class _ImportedBuild:
    """What a package imported by hand tells about notes sync has no record of (the first sync).

    Anki keeps an imported note's modification time, which build gives each note as the time its
    content last changed (the build state keeps it per card). So a note whose time is one of the
    build state's and older than its card's holds an older build, not an edit made in Anki; and
    `newest`, the newest such time among the notes Anki has, is no later than the newest package
    imported: a card whose content is no newer was in that package.
    """

    records: dict  # the build state: card id -> [content hash, mod, ...]
    times: set[int]  # every modification time the build state gives
    newest: int | None  # the newest of them that a note in Anki has
    imported: bool  # Anki has notes of this build at all

    @classmethod
    def of(cls, build_state: dict, by_card: dict[str, AnkiNote]) -> _ImportedBuild:
        records = {cid: r for cid, r in build_state.items() if isinstance(r, list) and len(r) >= 2}
        times = {int(r[1]) for r in records.values()}
        found = [note for cid, note in by_card.items() if cid in records]
        newest = max((n.mod for n in found if n.mod in times and n.mod is not None), default=None)
        return cls(records, times, newest, bool(found))

    def was_imported(self, card_id: str) -> bool:
        """A card of the build that Anki has no note of was in the package imported (and was deleted
        there, or changed to another note type), unless it is newer than everything Anki holds."""
        if not self.imported:
            return False
        return self.newest is None or int(self.records[card_id][1]) <= self.newest

    def sides(self, built: NoteBuild, note: AnkiNote) -> tuple[bool, bool] | None:
        """(changed in the YAML, changed in Anki) since the build Anki holds; None when Anki's copy
        cannot be placed (Anki tells no times, or it is older than the build and no build's)."""
        base_hash, base_mod = self.records[built.card.id][0], int(self.records[built.card.id][1])
        yaml_ahead = built.record[0] != base_hash  # edited since the last build
        if _as_built(note, built) == base_hash:
            return yaml_ahead, False
        if note.mod is None:
            return None
        if note.mod < base_mod:  # older than the YAML's version: an older build, or an edit before it
            return (True, False) if note.mod in self.times else None
        if self.newest is not None and base_mod <= self.newest:  # Anki had this build, then changed it
            return yaml_ahead, True
        return None  # changed in Anki, maybe before the YAML's version was built


def plan_sync(files: list[CardFile], folder: Path, anki: Anki, options: SyncOptions) -> SyncPlan:
    """Compare the card files with Anki and decide what to do with each card; change nothing."""
    if options.deleted not in DELETED_CHOICES:
        raise ValueError(f"deleted must be one of {DELETED_CHOICES}, not {options.deleted!r}")
    note_type = anki.note_type()
    check_note_type(note_type, anki.where)
    notes = anki.notes(note_type) if note_type else []
    by_card = _by_card_id(notes, anki.where)
    state = SyncState.load(folder)
    build_state = load_build_state(folder)
    plan = SyncPlan(folder, options, files=files, build_state=build_state, note_type=note_type)
    plan.warnings = [warning for card_file in files for warning in number_warnings(card_file, build_state)]
    _note_what_anki_has(plan, note_type, notes)
    state = _state_for(plan, state, by_card, anki.where)
    plan.state = state
    imported = _ImportedBuild.of(build_state, by_card)
    builds = build_notes(files, options.deck_root, options.mode, build_state)
    plan.builds, plan.notes = builds, by_card
    newer_than_import = _plan_cards(plan, state, by_card, imported)
    if plan.tags_restored:
        put = _said(plan, "puts them back", "would put them back")
        plan.lines.append(
            f"tags: {plan.tags_restored} notes lost yaodian's tags in Anki ({', '.join(sorted(plan.lost_tags)[:5])}"
            f"{', ...' if len(plan.lost_tags) > 5 else ''}; renamed there?); sync {put}: a document's keywords "
            "are the tags: of its card file, to be changed there"
        )
    if newer_than_import:
        plan.lines.append(
            f"first sync: {newer_than_import} cards of the last build are not in Anki and are newer than "
            "every note of it that Anki has, so they are added (if you deleted any in Anki, delete them again)"
        )
    _plan_removed(plan, anki, by_card, {built.card.id for built in builds})
    if by_card:
        _plan_moves(plan, anki, by_card)
    plan.emptied_notes = _emptied(plan, by_card)
    plan.emptied = sum(len(note.numbers) for note in plan.emptied_notes)
    if plan.adds:
        _refuse_foreign_notes(anki, {built.guid: built.card.id for built in plan.adds})
    return plan


def deck_key(name: str) -> str:
    """A deck name as Anki tells decks apart: each part without its outer spaces, case ignored."""
    return "::".join(part.strip().casefold() for part in name.split("::"))


def _plan_moves(plan: SyncPlan, anki: Anki, by_card: dict[str, AnkiNote]) -> None:
    """Notes whose card file's deck changed since yaodian last placed their cards (a corrected
    title): their cards still in that old deck move to the new one. A card the learner put in any
    other deck stays there; one in a filtered deck moves once it is back in the old deck.

    The sync state records the deck each note's cards were placed in. A note without that record
    (never synced: only imported from packages) was placed in the deck its card file named when Anki
    got the note: the deck the build state says it was first built in (an import of a later package
    updates the note where it is, Source and all). A build state written before yaodian kept that
    leaves one sign: the old deck is the one beside the new deck (same parent) that holds the note's
    cards, when Anki's Source still shows the old title.
    """
    assert plan.state is not None
    asked: dict[int, tuple[NoteBuild, str | None]] = {}  # note id -> (its card, its recorded deck)
    for built in plan.builds:
        note = by_card.get(built.card.id)
        if note is None:
            continue
        deck = plan.state.notes.get(built.card.id, {}).get("deck")
        recorded = deck if isinstance(deck, str) else None
        if recorded is None or deck_key(recorded) != deck_key(built.deck):
            asked[note.id] = (built, recorded)
    if not asked:  # every card file names the deck its notes were placed in: nothing can move
        return
    elsewhere = {  # deck -> the asked notes with a card in it that is not their card file's deck
        deck: [asked[n][0] for n in sorted(note_ids) if deck_key(deck) != deck_key(asked[n][0].deck)]
        for deck, note_ids in sorted(anki.note_decks(sorted(asked)).items())
    }
    elsewhere = {deck: builds for deck, builds in elsewhere.items() if builds}
    filtered = anki.filtered_decks(sorted(elsewhere)) if elsewhere else set()
    first = first_decks(plan.build_state)  # where the packages first put the notes never synced
    moving: dict[tuple[str, str], list[NoteBuild]] = {}
    away: dict[str, list[NoteBuild]] = {}  # decks other than the old one: the learner's choice
    found_old: dict[str, str] = {}  # a corrected deck -> the old deck its cards move from
    for deck, builds in elsewhere.items():
        for built in builds:
            old = asked[by_card[built.card.id].id][1]  # (the recorded deck, if any)
            if old is None and deck not in filtered:
                old = _placed_by_a_package(built, by_card[built.card.id], deck, first.get(built.card.id))
            if old is not None and deck_key(deck) == deck_key(old):
                moving.setdefault((deck, built.deck), []).append(built)
                plan.moved_ids.add(built.card.id)
                found_old[built.deck] = old
            else:
                away.setdefault(deck, []).append(built)
    for (source, target), builds in moving.items():
        plan.moves.append(Move(source, target, [by_card[b.card.id].id for b in builds]))
        move = _said(plan, "moved", "would move")
        emptied = "" if plan.options.dry_run else "; a deck left empty stays in Anki until you delete it"
        plan.lines.append(
            f"deck: {move} the cards of {len(builds)} notes from '{source}' to '{target}', their card "
            f"file's deck (review history kept){emptied}"
        )
    # Cards of a card file not known to be corrected (no record, no old deck found) are not reported.
    for deck, builds in away.items():
        away[deck] = [b for b in builds if asked[by_card[b.card.id].id][1] or b.deck in found_old]
    for deck in filtered & set(away):  # back home they are in the old deck: record it, to move them then
        for built in away[deck]:
            plan.placed[built.card.id] = asked[by_card[built.card.id].id][1] or found_old[built.deck]
    _say_left(plan, {d: b for d, b in away.items() if b and d not in filtered}, filtered=False)
    _say_left(plan, {d: b for d, b in away.items() if b and d in filtered}, filtered=True)


def _placed_by_a_package(built: NoteBuild, note: AnkiNote, deck: str, first: str | None) -> str | None:
    """The deck a package put a never-synced note's cards in: the one it was first built in (`first`),
    when that is not its card file's deck now; else, from a build state that did not keep it, `deck`
    when _old_deck finds it can be."""
    if first is not None and deck_key(first) != deck_key(built.deck):
        return first
    return _old_deck(built, note, deck)


def _old_deck(built: NoteBuild, note: AnkiNote, deck: str) -> str | None:
    """`deck`, when it can be the deck a package put the note's cards in before the learner
    corrected the card file's title: beside the card file's deck (same parent), and Anki's Source
    (the title, as the last sync or import gave it) differs from the card file's."""
    parent, _sep, _last = deck_key(built.deck).rpartition("::")
    if deck_key(deck).rpartition("::")[0] != parent:
        return None
    source = FIELDS.index("Source")
    return deck if _title_of(note.fields.get("Source", "")) != _title_of(built.fields[source]) else None


def _title_of(source: str) -> str:
    """The title that a Source field opens with (build.source_line)."""
    return source.split(" › ", 1)[0].split("<span", 1)[0].strip()


def _say_left(plan: SyncPlan, left: dict[str, list[NoteBuild]], *, filtered: bool) -> None:
    """One line for the notes of corrected card files whose cards sync leaves where they are."""
    if not left:
        return
    notes = len({b.card.id for builds in left.values() for b in builds})
    named = ", ".join(f"'{deck}'" for deck in sorted(left)[:3]) + (", ..." if len(left) > 3 else "")
    if filtered:
        plan.lines.append(
            f"deck: {notes} notes of corrected card files have cards in the filtered decks {named}: "
            "sync moves them to their card file's deck once they are back in the old deck (Empty the filtered deck)"
        )
    else:
        plan.lines.append(
            f"deck: {notes} notes of corrected card files have cards you moved to other decks ({named}): "
            "sync moves only the cards still in the old deck, and leaves these where you put them"
        )


def _emptied(plan: SyncPlan, by_card: dict[str, AnkiNote]) -> list[EmptiedNote]:
    """The notes whose text this sync updates that no longer ask some cards, with those cards'
    numbers: a number the note's text in Anki has and the card's new text does not (Anki keeps
    such a card, empty, with its history, and still shows it in review)."""
    retexted = {update.note_id for update in plan.updates if "Text" in update.fields}
    found = []
    for built in plan.builds:
        note = by_card.get(built.card.id)
        if note is not None and note.id in retexted:
            had = {int(number) for number in CLOZE_OPENING.findall(note.fields.get("Text", ""))}
            if gone := had - set(built.numbers):
                found.append(EmptiedNote.of(built.card_file, built.card, gone))
    return found


def _note_what_anki_has(plan: SyncPlan, note_type: NoteType | None, notes: list[AnkiNote]) -> None:
    """Lines about what sync leaves alone in Anki: a note type whose templates or styling are not
    this yaodian's, and notes of yaodian's note type without an Id."""
    if note_type is not None and not note_type.as_yaodian_made_it():
        plan.lines.append(
            f"note type: '{note_type.name}' in Anki has card templates or styling other than this yaodian's "
            "(changed in Anki, or by a newer yaodian); sync leaves them as they are, and a package built "
            "afterwards and imported by hand replaces them with yaodian's"
        )
    without_id = sorted(note.id for note in notes if not note.card_id)  # the same order on every sync
    if without_id:
        plan.lines.append(
            f"{len(without_id)} notes of yaodian's note type have no Id (note {', '.join(map(str, without_id[:5]))}"
            f"{', ...' if len(without_id) > 5 else ''}): made in Anki? sync leaves them alone"
        )


def _state_for(plan: SyncPlan, state: SyncState, by_card: dict[str, AnkiNote], where: str) -> SyncState:
    """The sync state to compare against: an empty one (with a line saying why) when none of the
    notes synced before is in this Anki (another collection), else `state`."""
    synced = [card_id for card_id, record in state.notes.items() if record.get("note")]
    if synced and not any(card_id in by_card for card_id in synced):
        plan.lines.append(
            f"none of the {len(synced)} notes synced before are in {where}: "
            "syncing as for the first time (a new collection?)"
        )
        return SyncState(state.path)
    return state


def _plan_cards(
    plan: SyncPlan, state: SyncState, by_card: dict[str, AnkiNote], imported: _ImportedBuild
) -> int:
    """Decide for each card of the YAML (plan.builds): left alone while it holds a conflict, synced
    with its note, deleted in Anki, or added. Returns how many cards of the last build that Anki
    has no note of are added as newer than the package imported (the first sync)."""
    newer_than_import = 0
    for built in plan.builds:
        card_id = built.card.id
        note, record = by_card.get(card_id), state.notes.get(card_id)
        if built.card.conflict:
            plan.untouched.add(card_id)
            plan.unresolved += 1
            plan.lines.append(
                f"conflict {_where(built)}: {card_id} still holds a conflict; resolve it, then sync again"
            )
        elif note is not None:
            _plan_note(plan, built, note, record, imported)
        elif record is not None:
            _plan_deleted(plan, built)
        elif card_id in imported.records and imported.was_imported(card_id):
            _plan_deleted(
                plan,
                built,
                " (it was in the package imported into Anki: deleted there, or changed to another note type)",
            )
        else:
            plan.adds.append(built)
            newer_than_import += imported.imported and card_id in imported.records
    return newer_than_import


def _said(plan: SyncPlan, done: str, would: str) -> str:
    """`would` in a dry run, else `done`."""
    return would if plan.options.dry_run else done


def _plan_deleted(plan: SyncPlan, built: NoteBuild, why: str = "") -> None:
    """A card whose note Anki does not have: never added again; dropped from the YAML if asked."""
    card_id = built.card.id
    plan.deleted_in_anki.append(card_id)
    if plan.options.deleted == "drop":
        plan.drop_from_yaml.add(card_id)
        outcome = _said(plan, "removed from the YAML", "would be removed from the YAML")
        plan.lines.append(f"deleted in Anki {_where(built)}: {card_id}{why}; {outcome} (--deleted drop)")
    else:
        plan.untouched.add(card_id)
        plan.lines.append(
            f"deleted in Anki {_where(built)}: {card_id}{why}; kept in the YAML and not added again "
            "(--deleted drop removes it from the YAML)"
        )


def _plan_note(
    plan: SyncPlan, built: NoteBuild, note: AnkiNote, record: dict | None, imported: _ImportedBuild
) -> None:
    """A card whose note Anki has: unchanged, updated in Anki, pulled into the YAML, or a conflict."""
    from yaodian.readback import card_from_note, has_formatting

    card = built.card
    yaml_hash, anki_hash = plan.hashes[card.id] = yaml_side(built), anki_side(note)
    if yaml_hash == anki_hash:
        plan.unchanged_ids.add(card.id)
        return
    if record is not None:
        sides = yaml_hash != record.get("yaml"), anki_hash != record.get("anki")
    elif card.id in imported.records:  # never synced, imported from a package: that build is the base
        sides = imported.sides(built, note)
    else:
        sides = None
    yaml_changed, anki_changed = sides or (True, True)
    if not yaml_changed and not anki_changed:  # they differ as they did after the last sync
        plan.unchanged_ids.add(card.id)
        return
    generated = {t.casefold() for t in note_tags(built.card_file, Card(type=card.type, id=card.id))}
    # yaodian's own tags (yaodian::..., the document's keywords) gone from the note: renamed or
    # removed in Anki. They are yaodian's, not the card's: the note's tags are not read back, and
    # the YAML's go to Anki again.
    lost = generated - {t.casefold() for t in note.tags}
    read_tags = [*built.tags, *(t for t in note.tags if t.casefold() in ANKI_TAGS)] if lost else note.tags
    pulled = card_from_note(card, note.fields, read_tags, generated | ANKI_TAGS)
    if lost:
        plan.lost_tags.update(t for t in built.tags if t.casefold() in lost)
        plan.tags_restored += 1
    # bold, colour... added in Anki: the YAML cannot hold them, and sync never overwrites them
    formatted = tuple(name for name in ("Text", "Extra") if has_formatting(note.fields.get(name, "")))
    if anki_changed and pulled is not None and _pullable(pulled) == _pullable(card):
        anki_changed = False  # in Anki, only formatting or fields yaodian makes (Source, Mode...) changed
        if formatted and not yaml_changed:
            _plan_update(plan, card.id, _update(built, note, keep=formatted))
            plan.lines.append(
                f"formatted in Anki {_where(built)}: {card.id} has formatting added in Anki (bold, colour...) "
                "that the YAML cannot hold; Anki keeps it, and when the card changes in the YAML sync "
                "reports a conflict instead of overwriting it"
            )
            return
    if not anki_changed:
        if formatted and _rewrites_text(built, note, pulled):
            why = (
                "was changed in the YAML, and its note has formatting added in Anki that the YAML cannot hold"
            )
            _plan_conflict(plan, built, _conflict(card, pulled, note, formatted), why)
        else:
            _plan_update(plan, card.id, _update(built, note, keep=formatted))
        return
    if not yaml_changed and pulled is not None:
        plan.pulls[card.id] = pulled
        if lost:  # the edit comes into the YAML; yaodian's tags go back to Anki
            plan.updates.append(
                Update(note.id, {}, [*built.tags, *(t for t in note.tags if t.casefold() in ANKI_TAGS)])
            )
        outcome = _said(plan, "the YAML now has Anki's version", "the YAML would get Anki's version")
        kept = " (its formatting stays in Anki only)" if formatted else ""
        plan.lines.append(f"pulled {_where(built)}: {card.id} was edited in Anki; {outcome}{kept}")
        return
    if sides is None:
        why = (
            "differs in the YAML and in Anki, and sync cannot tell which side changed it "
            "(no record of an earlier sync, and Anki's copy is not one yaodian built)"
        )
    elif not yaml_changed:
        why = "was changed in Anki in a way the YAML cannot hold (an item without its cloze, say)"
    else:
        why = "was changed in the YAML and in Anki"
    _plan_conflict(plan, built, _conflict(card, pulled, note, formatted), why)


def _plan_update(plan: SyncPlan, card_id: str, update: Update) -> None:
    """An update of a note, counted as unchanged when it would change nothing."""
    if update.fields or update.tags is not None:
        plan.updates.append(update)
    else:
        plan.unchanged_ids.add(card_id)


def _plan_conflict(plan: SyncPlan, built: NoteBuild, conflict: dict, why: str) -> None:
    card_id = built.card.id
    plan.conflicts[card_id] = copy.copy(built.card)
    plan.conflicts[card_id].conflict = conflict
    written = _said(plan, "Anki's is written under 'conflict:'", "Anki's would be written under 'conflict:'")
    plan.lines.append(
        f"conflict {_where(built)}: {card_id} {why}; the YAML keeps its version, {written} "
        "(check reports it until you resolve it)"
    )


def _rewrites_text(built: NoteBuild, note: AnkiNote, pulled: Card | None) -> bool:
    """True when sending the YAML's version would write the note's Text or Extra anew: their
    words, items or cloze numbers differ from the YAML's, or its study mode (the clozes' shape)."""
    if pulled is None or _pullable(pulled)[:5] != _pullable(built.card)[:5]:
        return True
    return note.fields.get("Mode", "") != built.fields[FIELDS.index("Mode")]


def _refuse_foreign_notes(anki: Anki, guids: dict[str, str]) -> None:
    """Stop a sync that would import notes while Anki has notes of yaodian's under another note type.

    Importing a note whose GUID Anki has under another note type makes AnkiConnect's import (the
    add-on's, which merges note types) turn that type into yaodian's: every note of either type
    has its fields moved, yaodian's losing all but Text. A learner's change of note type is
    theirs to undo; sync names the notes and changes nothing.
    """
    foreign = anki.foreign_notes(guids)
    if not foreign:
        return
    details = "; ".join(
        f"note {note.id}, {note.note_type}" + (f", card {note.card_id}" if note.card_id else "")
        for note in foreign[:5]
    )
    if len(foreign) > 5:
        details += f"; and {len(foreign) - 5} more"
    raise YaodianError(
        f"{anki.where}: {len(foreign)} notes of yaodian's have another note type in Anki ({details}); "
        "sync adds no notes while they do (an import could merge that note type into yaodian's and empty "
        f"fields). In Anki, change them back to '{MODEL_NAME}' (Browse › Notes › Change Note Type) or "
        "delete them, then sync again"
    )


def _update(built: NoteBuild, note: AnkiNote, keep: tuple[str, ...] = ()) -> Update:
    """The fields (and tags) of `note` that differ from what the YAML says, but those in `keep`."""
    fields = {
        name: built.fields[FIELDS.index(name)]
        for name in OWNED_FIELDS
        if name not in keep and note.fields.get(name, "") != built.fields[FIELDS.index(name)]
    }
    same_tags = sorted(t.casefold() for t in note.card_tags) == sorted({t.casefold() for t in built.tags})
    anki_own = [t for t in note.tags if t.casefold() in ANKI_TAGS]
    return Update(note.id, fields, None if same_tags else [*built.tags, *anki_own])


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
        plan.prune = removed
        deleting = _said(plan, "deleting", "would delete")
        plan.lines.append(
            f"prune: {deleting} {len(removed)} notes ({cards} cards, {reviews} reviews) whose card is gone "
            "from the YAML; their cards' scheduling goes with them (Anki's review log keeps the reviews)"
        )
        deleted = _said(plan, "is deleted", "would be deleted")
        plan.lines += [
            f"removed {card_id}: no longer in the YAML; its note {deleted} from Anki" for card_id in removed
        ]
        return
    plan.untouched.update(removed)
    plan.gone_from_yaml = list(removed)
    plan.lines += [f"removed {card_id}: no longer in the YAML; its note stays in Anki" for card_id in removed]
    plan.lines.append(
        f"removed: {len(removed)} notes ({cards} cards, {reviews} reviews) are no longer in the YAML; "
        "--prune deletes them from Anki"
    )


# ---------------------------------------------------------------- doing it


def apply_sync(plan: SyncPlan, anki: Anki) -> None:
    """Make the plan's changes: Anki first (one transaction on a collection file), then the card
    files (each written whole, atomically), then the build and sync states, each only if changed.

    A card file changed since the plan read it stops the sync before anything is written. Anki
    is read again only for the notes this sync changed.
    """
    assert plan.state is not None
    rewrites = _card_file_rewrites(plan)
    changes = Changes(
        # Anki keeps its note type (the learner's templates and styling) unless it has none:
        # stamped 0, the package's is never newer
        package_bytes(plan.adds, plan.options.deck_root, model_mod=None if plan.note_type is None else 0)
        if plan.adds
        else None,
        plan.updates,
        sorted(plan.prune.values()),
        plan.moves,
    )
    after = dict(plan.notes)
    if changes:
        anki.apply(changes)
        if changes.package:  # new notes: read them all, their ids are Anki's to give
            note_type = anki.note_type()
            after = _by_card_id(anki.notes(note_type) if note_type else [], anki.where)
        elif changes.updates:
            assert plan.note_type is not None
            updated = anki.notes(plan.note_type, [update.note_id for update in changes.updates])
            after.update(_by_card_id(updated, anki.where))
    missing = [built.card.id for built in plan.adds if built.card.id not in after]
    for path, text in rewrites.items():
        write_atomic(path, text)
    builds = _builds_after(plan, set(rewrites))
    build_state = next_build_state(builds, plan.build_state)
    if build_state != plan.build_state:
        save_build_state(plan.folder, build_state)
    old, new = plan.state.notes, {}
    planned = {built.card.id: built for built in plan.builds}
    for built in builds:
        card_id, note = built.card.id, after.get(built.card.id)
        if card_id in plan.untouched or note is None:
            if card_id in old:
                new[card_id] = old[card_id]
            continue
        if card_id in plan.hashes and note is plan.notes.get(card_id) and built is planned.get(card_id):
            yaml, anki = plan.hashes[card_id]  # neither side changed since the plan hashed them
        else:
            yaml, anki = yaml_side(built), anki_side(note)
        # A conflict's YAML side is recorded as never sent: once resolved, whatever the card
        # then holds goes to Anki, also when it is the YAML's version from before the conflict.
        record = {"note": note.id, "yaml": _UNSENT if card_id in plan.conflicts else yaml, "anki": anki}
        deck = plan.placed.get(card_id, built.deck)
        new[card_id] = record if deck is None else {**record, "deck": deck}
    new.update({card_id: old[card_id] for card_id in plan.untouched if card_id in old and card_id not in new})
    if new != old or not plan.state.path.exists():
        plan.state.notes = new
        plan.state.save()
    if missing:
        raise YaodianError(
            f"{anki.where}: {len(missing)} new notes were not added (Anki already has notes with their GUIDs "
            f"under another note type?): {', '.join(missing[:5])}"
        )


def _builds_after(plan: SyncPlan, rewritten: set[Path]) -> list[NoteBuild]:
    """The plan's builds, with the cards of the files sync rewrote built again from what they now hold."""
    builds: list[NoteBuild] = []
    by_file: dict[int, list[NoteBuild]] = {}
    for built in plan.builds:
        by_file.setdefault(id(built.card_file), []).append(built)
    for card_file in plan.files:
        if card_file.path in rewritten:
            new_file = _with_replacements(card_file, plan)
            builds += build_notes([new_file], plan.options.deck_root, plan.options.mode, plan.build_state)
        else:
            builds += by_file.get(id(card_file), [])
    return builds


def _with_replacements(card_file: CardFile, plan: SyncPlan) -> CardFile:
    cards = []
    for card in card_file.cards:
        if card.id in plan.drop_from_yaml:
            continue
        cards.append(plan.pulls.get(card.id) or plan.conflicts.get(card.id) or card)
    return CardFile(card_file.source, card_file.title, card_file.deck, cards, card_file.tags, card_file.path)


def _card_file_rewrites(plan: SyncPlan) -> dict[Path, str]:
    """The new text of each card file that gets pulled edits, conflicts or dropped cards."""
    from yaodian.merge import rewrite_cards

    touched = set(plan.pulls) | set(plan.conflicts) | plan.drop_from_yaml
    rewrites: dict[Path, str] = {}
    for card_file in plan.files:
        replacements: dict[str, Card | None] = {}
        for card in card_file.cards:
            if card.id in plan.drop_from_yaml:
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
