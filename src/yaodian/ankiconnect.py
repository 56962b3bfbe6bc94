"""Anki while it runs, through the AnkiConnect add-on: a small client for its protocol (version 6).

AnkiConnect answers JSON over HTTP on 127.0.0.1:8765: `{"action", "version", "params"}` in,
`{"result", "error"}` out. Every way this can go wrong (Anki not running, something else on
the port, an old add-on, a request refused) becomes one YaodianError with a line that says
what to do. Nothing here decides what to sync; sync.py does.
"""

from __future__ import annotations

import http.client
import json
import tempfile
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from yaodian.build import MODEL_ID, MODEL_NAME
from yaodian.errors import YaodianError
from yaodian.sync import AnkiNote, Changes, NoteType

DEFAULT_URL = "http://127.0.0.1:8765"
API_VERSION = 6  # the protocol version yaodian speaks; AnkiConnect has answered it since 2018
ADDON_CODE = "2055492159"  # AnkiConnect's code on AnkiWeb (Tools › Add-ons › Get Add-ons)


class AnkiConnect:
    """The learner's running Anki, reached through AnkiConnect at `url`."""

    def __init__(self, url: str = DEFAULT_URL, timeout: float = 60.0) -> None:
        self.url = url
        self.where = f"AnkiConnect at {url}"
        self.timeout = timeout

    def __enter__(self) -> AnkiConnect:
        version = self.invoke("version")
        if not isinstance(version, int) or version < API_VERSION:
            raise YaodianError(
                f"{self.where} speaks protocol version {version}; yaodian needs {API_VERSION} or later: "
                "update the AnkiConnect add-on (Tools › Add-ons › Check for Updates)"
            )
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    # ------------------------------------------------------------ the protocol

    def invoke(self, action: str, **params: Any) -> Any:
        """Run one action; its result, or a YaodianError saying why there is none."""
        body = json.dumps({"action": action, "version": API_VERSION, "params": params}).encode("utf-8")
        # AnkiConnect-compatible servers built on web frameworks refuse a body without this header
        request = urllib.request.Request(self.url, body, {"Content-Type": "application/json"}, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                raw = response.read()
        except urllib.error.HTTPError as exc:
            raw = exc.read()
            reply = _json(raw)
            if isinstance(reply, dict) and reply.get("error"):
                raise YaodianError(f"{self.where} refused {action}: {reply['error']}") from None
            raise YaodianError(self._not_ankiconnect(f"HTTP {exc.code} to {action}")) from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, TimeoutError):
                raise YaodianError(self._timed_out(action)) from None
            detail = getattr(reason, "strerror", None) or str(reason)
            raise YaodianError(
                f"cannot reach AnkiConnect at {self.url} ({detail}): start Anki with the AnkiConnect add-on "
                f"(code {ADDON_CODE}), or close Anki and sync its collection with --collection"
            ) from None
        except TimeoutError:
            raise YaodianError(self._timed_out(action)) from None
        except ValueError as exc:  # urllib's word for a URL it cannot use
            raise YaodianError(f"--url {self.url}: {exc}") from None
        except (ConnectionError, http.client.HTTPException) as exc:  # a peer that does not speak HTTP
            raise YaodianError(self._not_ankiconnect(f"{type(exc).__name__} to {action}")) from None
        reply = _json(raw)
        if not isinstance(reply, dict) or set(reply) != {"result", "error"}:
            raise YaodianError(self._not_ankiconnect(f"its answer to {action} is not AnkiConnect's"))
        if reply["error"] is not None:
            raise YaodianError(f"{self.where} refused {action}: {reply['error']}")
        return reply["result"]

    def multi(self, actions: list[tuple[str, dict[str, Any]]]) -> list[Any]:
        """Several actions in one request; a YaodianError names the first one refused."""
        if not actions:
            return []
        replies = self.invoke(
            "multi", actions=[{"action": a, "version": API_VERSION, "params": p} for a, p in actions]
        )
        if not isinstance(replies, list) or len(replies) != len(actions):
            raise YaodianError(self._not_ankiconnect("its answer to multi is not AnkiConnect's"))
        results = []
        for (action, _params), reply in zip(actions, replies, strict=True):
            if isinstance(reply, dict) and reply.get("error") is not None:
                raise YaodianError(f"{self.where} refused {action}: {reply['error']}")
            results.append(reply.get("result") if isinstance(reply, dict) else reply)
        return results

    def _not_ankiconnect(self, detail: str) -> str:
        return (
            f"{self.url} does not answer as AnkiConnect does ({detail}): is this the AnkiConnect add-on "
            f"(code {ADDON_CODE})? Check --url"
        )

    def _timed_out(self, action: str) -> str:
        return f"{self.where} did not answer {action} within {self.timeout:g} s (is Anki showing a dialog?)"

    # ------------------------------------------------------------ what sync asks of Anki

    def note_type(self) -> NoteType | None:
        """yaodian's note type as Anki has it (found by its id, else by its name); None if absent."""
        ids = self.invoke("modelNamesAndIds")
        name = next((n for n, i in ids.items() if i == MODEL_ID), None)
        if name is None and MODEL_NAME not in ids:
            return None
        name = name or MODEL_NAME
        return NoteType(int(ids[name]), name, list(self.invoke("modelFieldNames", modelName=name)))

    def notes(self, note_type: NoteType) -> list[AnkiNote]:
        """Every note of yaodian's note type."""
        note_ids = self.invoke("findNotes", query=f"mid:{note_type.id}")
        infos = self.invoke("notesInfo", notes=note_ids) if note_ids else []
        notes = []
        for info in infos:
            if not info:  # deleted between the two requests
                continue
            fields = {name: value["value"] for name, value in info["fields"].items()}
            notes.append(AnkiNote(int(info["noteId"]), fields, list(info["tags"])))
        return notes

    def review_count(self, note_ids: list[int]) -> tuple[int, int]:
        """How many cards these notes have, and how many reviews those cards have had."""
        if not note_ids:
            return 0, 0
        card_ids = self.invoke("findCards", query="nid:" + ",".join(map(str, note_ids)))
        reviews = self.invoke("getReviewsOfCards", cards=card_ids) if card_ids else {}
        return len(card_ids), sum(len(entries) for entries in reviews.values())

    def apply(self, changes: Changes) -> None:
        """Make the changes in Anki: new notes by importing a package (as importing the .apkg by
        hand would: same note ids' GUIDs, same note type), then updates, then deletions.

        AnkiConnect has no transactions: a request refused halfway leaves the earlier ones made.
        """
        if changes.package is not None:
            with tempfile.TemporaryDirectory(prefix="yaodian-sync-") as folder:
                path = Path(folder) / "yaodian-sync.apkg"
                path.write_bytes(changes.package)
                self.invoke("importPackage", path=str(path))
        actions: list[tuple[str, dict[str, Any]]] = []
        for update in changes.updates:
            actions.append(("updateNoteFields", {"note": {"id": update.note_id, "fields": update.fields}}))
            if update.tags is not None:
                actions.append(("updateNoteTags", {"note": update.note_id, "tags": update.tags}))
        self.multi(actions)
        if changes.deletions:
            self.invoke("deleteNotes", notes=changes.deletions)


def _json(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return None
