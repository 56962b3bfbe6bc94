"""A closed Anki collection (collection.anki2), read and written with the official `anki` package.

The package is an optional extra (`pip install 'yaodian[anki]'`). Every change of one sync is
made in one database transaction, so an interrupted sync leaves the collection as it was.
A collection that Anki has open is locked and refused, as is a file that is not a collection.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from yaodian.build import MODEL_ID, MODEL_NAME
from yaodian.errors import Location, YaodianError
from yaodian.sync import AnkiNote, Changes, NoteType

if TYPE_CHECKING:
    from anki.collection import Collection

_SQLITE_HEADER = b"SQLite format 3\x00"


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
        try:
            from anki.collection import Collection
            from anki.errors import DBError
        except ImportError:
            raise self._fail("--collection needs the anki package: pip install 'yaodian[anki]'") from None
        try:
            self._col = Collection(str(self.path))
        except DBError as exc:
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

    def _open_error(self, reason: str) -> YaodianError:
        if "already open" in reason or "locked" in reason:
            return self._fail(
                "Anki has this collection open: close Anki, or sync through AnkiConnect (without --collection)"
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
        return NoteType(int(model["id"]), model["name"], [field["name"] for field in model["flds"]])

    def notes(self, note_type: NoteType) -> list[AnkiNote]:
        """Every note of yaodian's note type."""
        notes = []
        for note_id in self.col.find_notes(f"mid:{note_type.id}"):
            note = self.col.get_note(note_id)
            notes.append(AnkiNote(int(note.id), dict(note.items()), list(note.tags)))
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

    def apply(self, changes: Changes) -> None:
        """Make the changes in one transaction: all of them or, if anything fails or the process
        dies, none. New notes come in by importing a package, as importing the .apkg by hand does."""
        from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest
        from anki.notes import NoteId

        col = self.col
        with tempfile.TemporaryDirectory(prefix="yaodian-sync-") as folder:
            package = Path(folder) / "yaodian-sync.apkg"

            def run() -> None:
                if changes.package is not None:
                    package.write_bytes(changes.package)
                    # the options AnkiConnect's importPackage uses, so both paths make the same notes
                    options = ImportAnkiPackageOptions(
                        merge_notetypes=True, with_scheduling=True, with_deck_configs=True
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
                if changes.deletions:
                    col.remove_notes([NoteId(n) for n in changes.deletions])

            col.db.transact(run)
