"""Anki while it runs, through the AnkiConnect add-on: a small client for its protocol (version 6).

AnkiConnect answers JSON over HTTP on 127.0.0.1:8765: `{"action", "version", "params"}` in,
`{"result", "error"}` out. Every way this can go wrong (Anki not running, something else on
the port, an old add-on, a request refused) becomes one YaodianError with a line that says
what to do. Nothing here decides what to sync; sync.py does.
"""

from __future__ import annotations

import http.client
import json
import re
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from yaodian.build import MODEL_ID, MODEL_NAME
from yaodian.errors import YaodianError
from yaodian.sync import AnkiNote, Changes, ForeignNote, Move, NoteType, deck_key

DEFAULT_URL = "http://127.0.0.1:8765"
# actions per multi request: 16,400 note updates in one request took 27 s of a 60 s timeout
_MULTI_BATCH = 1000
API_VERSION = 6  # the protocol version yaodian speaks; AnkiConnect has answered it since 2018
ADDON_CODE = "2055492159"  # AnkiConnect's code on AnkiWeb (Tools › Add-ons › Get Add-ons)


class AnkiConnect:
    """The learner's running Anki, reached through AnkiConnect at `url`."""

    def __init__(self, url: str = DEFAULT_URL, timeout: float = 60.0) -> None:
        self.url = checked_url(url)
        self.where = f"AnkiConnect at {self.url}"
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
        except ValueError as exc:  # urllib's word for a URL it cannot use (checked_url lets none through)
            raise YaodianError(_bad_url(self.url, str(exc))) from None
        except (ConnectionError, http.client.HTTPException) as exc:  # a peer that does not speak HTTP
            raise YaodianError(self._not_ankiconnect(f"{type(exc).__name__} to {action}")) from None
        reply = _json(raw)
        if not isinstance(reply, dict) or set(reply) != {"result", "error"}:
            raise YaodianError(self._not_ankiconnect(f"its answer to {action} is not AnkiConnect's"))
        if reply["error"] is not None:
            raise YaodianError(f"{self.where} refused {action}: {reply['error']}")
        return reply["result"]

    def multi(self, actions: list[tuple[str, dict[str, Any]]]) -> list[Any]:
        """Several actions in as few requests as keep each well within the timeout (Anki runs a
        request's actions one by one on its main thread); a YaodianError names the first refused."""
        replies: list[Any] = []
        for start in range(0, len(actions), _MULTI_BATCH):
            batch = actions[start : start + _MULTI_BATCH]
            answer = self.invoke(
                "multi", actions=[{"action": a, "version": API_VERSION, "params": p} for a, p in batch]
            )
            if not isinstance(answer, list) or len(answer) != len(batch):
                raise YaodianError(self._not_ankiconnect("its answer to multi is not AnkiConnect's"))
            replies += answer
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
        fields, templates, styling = self.multi(
            [
                ("modelFieldNames", {"modelName": name}),
                ("modelTemplates", {"modelName": name}),
                ("modelStyling", {"modelName": name}),
            ]
        )
        return NoteType(
            int(ids[name]),
            name,
            list(fields),
            [(n, str(t.get("Front", "")), str(t.get("Back", ""))) for n, t in dict(templates).items()],
            str(dict(styling).get("css", "")),
        )

    def notes(self, note_type: NoteType, note_ids: list[int] | None = None) -> list[AnkiNote]:
        """Every note of yaodian's note type, or only these (those that exist)."""
        if note_ids is None:
            note_ids = self.invoke("findNotes", query=f"mid:{note_type.id}")
        infos = self.invoke("notesInfo", notes=note_ids) if note_ids else []
        notes = []
        for info in infos:
            if not info:  # deleted between the two requests
                continue
            fields = {name: value["value"] for name, value in info["fields"].items()}
            mod = info.get("mod")  # the add-on gives it since 2022
            notes.append(
                AnkiNote(
                    int(info["noteId"]), fields, list(info["tags"]), mod if isinstance(mod, int) else None
                )
            )
        return notes

    def review_count(self, note_ids: list[int]) -> tuple[int, int]:
        """How many cards these notes have, and how many reviews those cards have had."""
        if not note_ids:
            return 0, 0
        card_ids = self.invoke("findCards", query="nid:" + ",".join(map(str, note_ids)))
        reviews = self.invoke("getReviewsOfCards", cards=card_ids) if card_ids else {}
        return len(card_ids), sum(len(entries) for entries in reviews.values())

    def foreign_notes(self, guids: dict[str, str]) -> list[ForeignNote]:
        """Notes tagged yaodian under another note type: AnkiConnect shows no GUIDs (nor can
        Anki's search find one), and every note yaodian makes has that tag, which a change of
        note type keeps. So any of them might collide with `guids`."""
        note_ids = self.invoke("findNotes", query=f"tag:yaodian -mid:{MODEL_ID}")
        infos = self.invoke("notesInfo", notes=note_ids) if note_ids else []
        return [
            ForeignNote(
                int(info["noteId"]),
                str(info.get("modelName", "?")),
                str(info["fields"].get("Id", {}).get("value", "")).strip(),
            )
            for info in infos
            if info
        ]

    def note_decks(self, note_ids: list[int]) -> dict[str, set[int]]:
        """Per deck, those of these notes with a card in it: the decks of their cards (getDecks),
        then each deck's cards' notes (cardsToNotes), cheap actions both."""
        decks = self._card_decks(note_ids) if note_ids else {}
        names = sorted(decks)
        notes = self.multi([("cardsToNotes", {"cards": decks[name]}) for name in names])
        return {name: {int(n) for n in found} for name, found in zip(names, notes, strict=True)}

    def filtered_decks(self, names: list[str]) -> set[str]:
        """Those of `names` that are filtered decks: a filtered deck's config is the deck itself, marked dyn."""
        configs = self.multi([("getDeckConfig", {"deck": name}) for name in names])
        return {
            name
            for name, config in zip(names, configs, strict=True)
            if isinstance(config, dict) and config.get("dyn")
        }

    def _card_decks(self, note_ids: list[int]) -> dict[str, list[int]]:
        """Per deck, the cards these notes have in it (findCards, then getDecks)."""
        cards = self.invoke("findCards", query="nid:" + ",".join(map(str, note_ids)))
        return self.invoke("getDecks", cards=cards) if cards else {}

    def _move(self, move: Move, existing: set[str]) -> None:
        """changeDeck, as Browse › Change Deck: the cards keep their scheduling and review history.
        A deck it makes gets the preset of the deck the cards come from."""
        decks = self._card_decks(move.note_ids)
        moving = [
            c for name, found in decks.items() if deck_key(name) == deck_key(move.source) for c in found
        ]
        if not moving:
            return
        self.invoke("changeDeck", cards=moving, deck=move.target)
        if deck_key(move.target) not in existing:
            config = self.invoke("getDeckConfig", deck=move.source)
            if isinstance(config, dict) and "id" in config and not config.get("dyn"):
                self.invoke("setDeckConfigId", decks=[move.target], configId=config["id"])
            existing.add(deck_key(move.target))

    def apply(self, changes: Changes) -> None:
        """Make the changes in Anki: new notes by importing a package (as importing the .apkg by
        hand would: same note ids' GUIDs, same note type), then updates, moves, deletions.

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
        if changes.moves:
            existing = {deck_key(name) for name in self.invoke("deckNames")}
            for move in changes.moves:
                self._move(move, existing)
        if changes.deletions:
            self.invoke("deleteNotes", notes=changes.deletions)


# HOST:PORT without a scheme, as a learner may type AnkiConnect's address (127.0.0.1:8765, [::1]:8765)
_HOST_PORT = re.compile(r"(\[[0-9A-Fa-f:.]+\]|[^\s:/\[\]]+):\d+/?")


def checked_url(url: str) -> str:
    """AnkiConnect's address as a URL urllib can use, or a YaodianError saying what is wrong with it.

    HOST:PORT without a scheme is taken as http, as AnkiConnect speaks it.
    """
    if any(c.isspace() or not c.isprintable() for c in url):
        raise YaodianError(_bad_url(url, "a space in it"))
    full = url if "://" in url else "http://" + url
    if "://" not in url and not _HOST_PORT.fullmatch(url):
        raise YaodianError(_bad_url(url, "no http:// and no port"))
    try:
        parts = urllib.parse.urlsplit(full)
        parts.port  # noqa: B018 (reading it checks it)
    except ValueError as exc:
        raise YaodianError(_bad_url(url, str(exc))) from None
    if parts.scheme not in ("http", "https"):
        raise YaodianError(_bad_url(url, f"AnkiConnect speaks http, not {parts.scheme}"))
    if not parts.hostname:
        raise YaodianError(_bad_url(url, "no host"))
    return full


def _bad_url(url: str, reason: str) -> str:
    return f"--url {url}: {reason}; give AnkiConnect's address as http://HOST:PORT, e.g. {DEFAULT_URL}"


def _json(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return None
