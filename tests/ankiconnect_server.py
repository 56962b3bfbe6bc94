"""Run anki-connect-server (PyPI) over one collection on 127.0.0.1, for yaodian's sync tests.

The `ankiconnect` fixture (conftest.py) runs this file with the server's own virtualenv
(Python 3.12, which the server needs). The server answers AnkiConnect's version-6 protocol
from the official `anki` package. One of its actions is unfit and is replaced here:

- importPackage: anki-connect-server 0.5.0 hands the package's path straight to
  Collection.import_anki_package, which takes an ImportAnkiPackageRequest since Anki 2.1.55,
  so every import fails ("'str' object has no attribute 'SerializeToString'"). The real
  AnkiConnect add-on runs `AnkiPackageImporter(collection, path).run()` and answers true;
  this runs that same code.

- notesInfo: anki-connect-server 0.5.0 leaves out each note's `mod`, which the add-on gives
  (`'mod': note.mod`, since 2022); this adds it from the same note.

`--claim-version N` makes `version` answer N, as an old add-on does (for the error test).
Environment: ANKICONNECT_COLLECTION_PATH, ANKICONNECT_PORT, ANKICONNECT_BIND (the server's own).
"""

from __future__ import annotations

import argparse
import warnings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claim-version", type=int, default=None)
    args = parser.parse_args()

    from anki_connect_server import anki_wrapper, api, handlers

    def import_package(self: anki_wrapper.AnkiWrapper, path: str) -> bool:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # anki marks the add-on's importer as deprecated
            from anki.importing import AnkiPackageImporter

        AnkiPackageImporter(self.col, path).run()
        return True

    server_notes_info = anki_wrapper.AnkiWrapper.notes_info

    def notes_info(self: anki_wrapper.AnkiWrapper, notes: list[int]) -> list[dict]:
        infos = server_notes_info(self, notes)
        for info in infos:
            info["mod"] = self.col.get_note(info["noteId"]).mod
        return infos

    anki_wrapper.AnkiWrapper.import_package = import_package
    anki_wrapper.AnkiWrapper.notes_info = notes_info
    if args.claim_version is not None:
        handlers.API_VERSION = args.claim_version
    api.run_server()


if __name__ == "__main__":
    main()
