"""A closed Anki collection (collection.anki2), read and written with the official `anki` package.

The package is an optional extra (`pip install -e '.[anki]'` in the clone). Every change of one sync is
made in one database transaction, so an interrupted sync leaves the collection as it was.
A collection that Anki has open is locked and refused, as is a file that is not a collection.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from yaodian.build import MODEL_ID, MODEL_NAME
from yaodian.errors import Location, YaodianError
from yaodian.sync import AnkiNote, Changes, ForeignNote, Move, NoteType

if TYPE_CHECKING:
    from anki.collection import Collection

_SQLITE_HEADER = b"SQLite format 3\x00"
# Tables every Anki collection has had, in every schema version; Anki's other SQLite files
# (collection.media.db2) and foreign databases lack them.
_ANKI_TABLES = {"col", "notes", "cards", "revlog"}


class CollectionFile:
    """An Anki collection file, open for one sync (use it as a context manager)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.where = str(path)
        self._col: Collection | None = None

    def _fail(self, message: str) -> YaodianError:
        return YaodianError(message, Location(self.path))

    def __enter__(self) -> CollectionFile:
        try:
            with self.path.open("rb") as handle:
                header = handle.read(len(_SQLITE_HEADER))
        except FileNotFoundError:
            raise self._fail(
                "no such collection (Anki keeps it as collection.anki2 in its profile folder)"
            ) from None
        except OSError as exc:
            raise self._fail(f"cannot read: {exc.strerror or exc}") from None
        if header != _SQLITE_HEADER:
            raise self._fail("not an Anki collection: the file is damaged or of another kind")
        self._check_tables()
        try:
            from anki.collection import Collection
            from anki.errors import BackendError, DBError
        except ImportError:
            raise self._fail(
                "--collection needs the anki package: pip install -e '.[anki]' in the yaodian clone"
            ) from None
        try:
            self._col = Collection(str(self.path))
        except BackendError as exc:
            raise self._open_error(str(exc)) from None
        try:
            check = self._col.db.scalar("pragma quick_check")
        except DBError as exc:
            check = str(exc)
        if check != "ok":
            self.close()
            lines = str(check).strip().splitlines()
            problem = next((line for line in lines if not line.startswith("***")), "?")  # its first problem
            raise self._fail(
                f"the collection is damaged ({problem}); repair it in Anki (Tools › Check Database)"
            )
        return self

    def _check_tables(self) -> None:
        """Refuse a SQLite file that is not an Anki collection before Anki opens it: opening
        makes a collection of any database, writing Anki's tables into it.

        Read as an immutable file: no lock taken, no journal made beside it, nothing written.
        """
        try:
            db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
            try:
                tables = {row[0] for row in db.execute("select name from sqlite_master where type = 'table'")}
            finally:
                db.close()
        except sqlite3.DatabaseError as exc:
            raise self._fail(
                f"the collection is damaged ({exc}); repair it in Anki (Tools › Check Database)"
            ) from None
        if not _ANKI_TABLES.issubset(tables):
            raise self._fail(
                "not an Anki collection: a SQLite database without Anki's tables "
                "(Anki keeps the collection as collection.anki2 in its profile folder)"
            )

    def _open_error(self, reason: str) -> YaodianError:
        if "already open" in reason or "locked" in reason:
            return self._fail(
                "Anki has this collection open: close Anki, or sync through AnkiConnect (without --collection)"
            )
        if "FileTooNew" in reason:
            from importlib.metadata import version

            return self._fail(
                f"the collection is from a newer Anki than the anki package yaodian uses ({version('anki')}): "
                "pip install -U anki, or sync through AnkiConnect (without --collection)"
            )
        if "FileTooOld" in reason:
            return self._fail(
                "the collection is from an Anki too old to open: open it in Anki once, then sync"
            )
        return self._fail(f"cannot open the collection: {reason or 'damaged?'}")

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._col is not None:
            self._col.close()
            self._col = None

    @property
    def col(self) -> Collection:
        assert self._col is not None, "use CollectionFile as a context manager"
        return self._col

    # ------------------------------------------------------------ what sync asks of Anki

    def note_type(self) -> NoteType | None:
        """yaodian's note type as the collection has it (by its id, else by its name); None if absent."""
        from anki.models import NotetypeId

        model = self.col.models.get(NotetypeId(MODEL_ID)) or self.col.models.by_name(MODEL_NAME)
        if model is None:
            return None
        return NoteType(
            int(model["id"]),
            model["name"],
            [field["name"] for field in model["flds"]],
            [(t["name"], t["qfmt"], t["afmt"]) for t in model["tmpls"]],
            model["css"],
        )

    def notes(self, note_type: NoteType, note_ids: list[int] | None = None) -> list[AnkiNote]:
        """Every note of yaodian's note type, or only these."""
        from anki.notes import NoteId

        if note_ids is None:
            note_ids = list(self.col.find_notes(f"mid:{note_type.id}"))
        notes = []
        for note_id in note_ids:
            note = self.col.get_note(NoteId(note_id))
            notes.append(AnkiNote(int(note.id), dict(note.items()), list(note.tags), int(note.mod)))
        return notes

    def review_count(self, note_ids: list[int]) -> tuple[int, int]:
        """How many cards these notes have, and how many reviews those cards have had."""
        if not note_ids:
            return 0, 0
        marks = ",".join("?" * len(note_ids))
        cards = self.col.db.scalar(f"select count() from cards where nid in ({marks})", *note_ids)
        reviews = self.col.db.scalar(
            f"select count() from revlog where cid in (select id from cards where nid in ({marks}))",
            *note_ids,
        )
        return int(cards or 0), int(reviews or 0)

    def foreign_notes(self, guids: dict[str, str]) -> list[ForeignNote]:
        """Notes of another note type whose GUID is one of `guids` (GUID -> card id): the
        collection shows GUIDs, so these are exactly the notes an import would collide with."""
        found = []
        for note_id, guid, type_id in self.col.db.execute(
            "select id, guid, mid from notes where mid != ? order by id", MODEL_ID
        ):
            if guid in guids:
                model = self.col.models.get(type_id)
                found.append(ForeignNote(int(note_id), model["name"] if model else str(type_id), guids[guid]))
        return found

    def note_decks(self, note_ids: list[int]) -> dict[str, set[int]]:
        """Per deck, those of these notes with a card in it."""
        from anki.cards import CardId

        found: dict[str, set[int]] = {}
        names: dict[int, str] = {}
        query = "nid:" + ",".join(map(str, note_ids))
        for card_id in self.col.find_cards(query) if note_ids else []:
            card = self.col.get_card(CardId(card_id))
            if card.did not in names:
                names[card.did] = self.col.decks.name(card.did)
            found.setdefault(names[card.did], set()).add(int(card.nid))
        return found

    def filtered_decks(self, names: list[str]) -> set[str]:
        found = set()
        for name in names:
            deck_id = self.col.decks.id_for_name(name)
            if deck_id is not None and self.col.decks.is_filtered(deck_id):
                found.add(name)
        return found

    def _move(self, move: Move) -> None:
        """Anki's Change Deck: the cards keep their scheduling and review history. A deck made for
        them gets the preset of the deck they come from (the learner's choice, or yaodian's)."""
        from anki.cards import CardId
        from anki.decks import DeckId

        col = self.col
        source = col.decks.id_for_name(move.source)
        query = "nid:" + ",".join(map(str, move.note_ids))
        cards = [CardId(c) for c in col.find_cards(query) if col.get_card(CardId(c)).did == source]
        if not cards:
            return  # (no deck is made for nothing, as over AnkiConnect)
        made = col.decks.id_for_name(move.target) is None
        target = col.decks.id(move.target)
        assert target is not None
        if made and source is not None:
            preset = col.decks.config_dict_for_deck_id(source)
            new = col.decks.get(DeckId(target))
            if new is not None:
                col.decks.set_config_id_for_deck_dict(new, preset["id"])
        col.set_deck(cards, DeckId(target))

    def apply(self, changes: Changes) -> None:
        """Make the changes in one transaction: all of them or, if anything fails or the process
        dies, none. New notes come in by importing a package, as importing the .apkg by hand does,
        except that note types are never merged: a note whose GUID Anki has under another note
        type is skipped, not turned into yaodian's (sync refuses such an import beforehand)."""
        from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest
        from anki.errors import BackendError
        from anki.notes import NoteId

        col = self.col
        with tempfile.TemporaryDirectory(prefix="yaodian-sync-") as folder:
            package = Path(folder) / "yaodian-sync.apkg"

            def run() -> None:
                if changes.package is not None:
                    package.write_bytes(changes.package)
                    options = ImportAnkiPackageOptions(
                        merge_notetypes=False, with_scheduling=True, with_deck_configs=True
                    )
                    col.import_anki_package(
                        ImportAnkiPackageRequest(package_path=str(package), options=options)
                    )
                for update in changes.updates:
                    note = col.get_note(NoteId(update.note_id))
                    for name, value in update.fields.items():
                        note[name] = value
                    if update.tags is not None:
                        note.tags = list(update.tags)
                    col.update_note(note)
                for move in changes.moves:
                    self._move(move)
                if changes.deletions:
                    col.remove_notes([NoteId(n) for n in changes.deletions])

            try:
                col.db.transact(run)
            except BackendError as exc:
                raise self._fail(f"Anki refused the changes ({exc}); nothing was changed") from None
