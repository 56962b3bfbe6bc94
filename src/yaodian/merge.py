"""Regenerate a card file without losing anything the learner put in it.

`extract` calls `merge_card_file` with the cards just extracted from a source and the card
file already on disk. Every card yaodian writes carries a stamp on its id line,
`- id: 3f9a1c07d2  # yaodian:5c2e9a1f`: a short hash of the card's lines as yaodian wrote them
(comments included, blank lines and the stamp itself not) and of the card file's name. The
header carries one on its `cards:` line, a hash of source, title, deck and tags. From the card
file alone the merge can tell:

- a card whose lines still match its stamp was not touched: it follows the source (updated,
  or removed when the source no longer has it);
- a card whose lines differ, or that has no stamp, is the learner's: it is kept as it is,
  comments and all (a card with no stamp that is exactly what yaodian writes now for its
  source follows the source again: keeping it or not loses nothing);

and from a state file in the cards folder, which remembers for every card written what the
source said for it:

- a card in the state but no longer in the file was deleted by the learner: it stays deleted;
- a card kept as the learner's whose source changed since gets a note saying so, once: its
  record then holds the new source, so the note comes back only when the source changes again.
  `take` (extract --take-source ID) gives such a card, or a deleted one, the source's version.

A lost or damaged state is rebuilt from the card files (only deletions it held are forgotten);
card files and their state change together through a journal (see State). Extracted cards are
matched to existing ones by id and, failing that, by similarity, so a small change in the
source updates the same card (same id, same Anki note, same history). Cloze numbers stay with
their items; numbers of removed items are retired, never reused. Kept cards are copied as
text, so comments and formatting inside them survive.
"""

from __future__ import annotations

import contextlib
import copy
import difflib
import hashlib
import json
import os
import re
import shlex
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from itertools import accumulate, chain
from pathlib import Path

import yaml

from yaodian.cache import EncodedJson, JsonParts, ParseCache
from yaodian.cards import (
    CLOZE,
    Card,
    CardFile,
    Origin,
    cloze_gap_warnings,
    dump_yaml,
    open_clozes,
    read_card_file,
    render_card_data,
    render_card_file,
    shown_origin,
)
from yaodian.cards import card_id as derive_id
from yaodian.errors import Location, YaodianError
from yaodian.files import write_atomic
from yaodian.numbers import NON_WORD, answers, match_items, norm, numbered_like, renumber, similarity

STATE_FILE = ".yaodian-state.json"
JOURNAL_FILE = ".yaodian-state.journal"
_ABOUT = "yaodian: what extract last wrote; do not edit"
HEADER_KEY = "__header__"  # a version 1 state's fingerprint of the file header (title, deck, tags)
_MATCH_THRESHOLD = 0.6
_SENTENCE_ENDS = frozenset("。！？；!?;…")  # where a sentence of the source ends (see _Held)
# An edited card is matched by what it was extracted from only from this score up: its snapshot
# is one string, and its bigrams compared as one set score lists alike only in their shared words
# (推进乡村振兴 and 推进城市治理, 加强…建设 in each item) about 0.05 to 0.1 higher than
# card_similarity does item by item, over _MATCH_THRESHOLD where card_similarity stays under it.
_SNAPSHOT_MATCH_THRESHOLD = 0.7


def _json_encoder() -> Callable[[object], str]:
    """json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode, made once rather than per call.

    encode() sets up a new C encoder on every call, most of the time of hashing a small card;
    this keeps the one it would make (same options, so the same text, so the same hashes).
    """
    options = json.JSONEncoder(ensure_ascii=False, sort_keys=True)
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # no C accelerator in this Python
        return options.encode
    try:
        chunks = make(
            None,  # no circular-reference check: card data is a tree
            options.default,
            json.encoder.encode_basestring,
            options.indent,
            options.key_separator,
            options.item_separator,
            options.sort_keys,
            options.skipkeys,
            options.allow_nan,
        )
    except TypeError:  # a Python whose accelerator takes other arguments
        return options.encode
    return lambda data: "".join(chunks(data, 0))


_ENCODE = _json_encoder()


def _hash(data: object) -> str:
    return hashlib.sha1(_ENCODE(data).encode("utf-8")).hexdigest()[:16]


def fingerprint(card: Card) -> str:
    """What the learner can change in a card, hashed; the origin (a line number) is not part of it."""
    return _fields_fingerprint(card.to_dict())


def _fields_fingerprint(data: dict) -> str:
    """fingerprint() of the card whose to_dict() is `data`."""
    fields = dict(data)
    fields.pop("id", None)
    fields.pop("origin", None)
    return _hash(fields)


def source_fingerprint(card: Card) -> str:
    """What the source said for a card, without yaodian's bookkeeping (ids, cloze numbers)."""
    return _hash([card.type, card.prompt, card.items, card.text, card.extra])


def _text_fingerprint(lines: list[str]) -> str:
    """The card's YAML as written, comments included, blank lines and trailing spaces not
    (what a state written before stamps recorded)."""
    return _hash(list(filter(None, map(str.rstrip, lines))))


_SNAPSHOT_LENGTH = 120  # characters of a card's words its state record keeps


def _snapshot(card: Card) -> str:
    """A short copy of what the source said, to recognise a deleted card when its words change a little."""
    body = card.prompt + "|" + "|".join(card.items) if card.type == "list" else card.text
    return card.type[0] + ":" + norm(body)[:_SNAPSHOT_LENGTH]


NAMED_SOURCE_CHANGES = 5  # a merge names this many of the learner's cards whose source changed
SOURCE_DROPPED = "edited by you; the source no longer has it (your card stays: delete it if it should go)"
_GONE = "gone"  # a record's source fingerprint once the learner was told the source dropped the card
_DELETED = "deleted"  # a record's source fingerprint once the learner was told the card stays deleted
_SHOWN_TEXT = 40  # characters of the source's new text a note shows
_CHANGE_APART = 4  # changed stretches this few characters apart read as one change
_SHOWN_CHANGES = 2  # changed stretches a note shows


def _plain_text(card: Card) -> str:
    """The card as the source says it, in one line: a cloze card's text without its markup, a
    list card's prompt and items."""
    if card.type == "list":
        return f"{card.prompt}：{' / '.join(card.items)}"
    return " ".join(CLOZE.sub(lambda gap: gap.group(2), card.text).split())


def source_change(snapshot: str, new: Card, extra_before: str = "") -> str:
    """What the source now says for a card, in one short line: its new text (cut around the
    first change) and the changed words, e.g. `the source now says:
    基层治理要坚持党建引领：…组织共建 / 资源整合 / 治理共抓 (changed: 资源共享 → 资源整合)`.
    The old words come from the state's snapshot(), which keeps a card's words but not its
    punctuation; the new are compared in the same form. A list card whose prompt and items are
    as they were changed in its extra (the full text the snapshot does not keep): that is
    compared with `extra_before`, the extra of the learner's card."""
    text = _plain_text(new)
    old = _old_words(snapshot, new)
    said = _with_changes(old, text, cut=len(snapshot) - 2 >= _SNAPSHOT_LENGTH) if old else None
    if said is None and new.extra and extra_before and new.extra != extra_before:
        extra = " ".join(new.extra.split())
        if in_extra := _with_changes(norm(extra_before), extra, cut=False):
            return f"the source changed the card's extra (the full text): {in_extra}"
    return f"the source now says: {said or _cut_around(text, 0)}"


def _with_changes(old: str, text: str, cut: bool) -> str | None:
    """`text` cut around its first change from the words `old`, with the changed words; None
    when its words are `old`'s."""
    places = [i for i, char in enumerate(text) if NON_WORD.match(char) is None]  # of each word character
    now = "".join(text[i] for i in places)
    stretches = _changed_stretches(old, now, cut)
    if not stretches:
        return None
    changes = [_changed_words(old, now, stretch, text, places) for stretch in stretches[:_SHOWN_CHANGES]]
    start = places[stretches[0][2]] if stretches[0][2] < len(places) else 0
    more = "; …" if len(stretches) > _SHOWN_CHANGES else ""
    return f"{_cut_around(text, start)} (changed: {'; '.join(changes)}{more})"


def _changed_words(
    old: str, now: str, stretch: tuple[int, int, int, int], text: str, places: list[int]
) -> str:
    """One changed stretch in words: `added 奢靡之风`, `dropped 须整改`, or `old → new` widened
    to whole words of the new text, so a one-character change reads as words (缺位 → 越位,
    落到实处 → 落地见效), never half a word (问 of 问题)."""
    i1, i2, j1, j2 = stretch
    if i1 == i2:  # (before any context: an insertion next to punctuation is still an insertion)
        return f"added {now[j1:j2]}"
    if j1 == j2:
        return f"dropped {old[i1:i2]}"
    starts = _word_starts(text, places)
    before = next(k for k in range(j1 + 1) if j1 - k in starts)
    after = next(k for k in range(len(now) - j2 + 1) if j2 + k in starts)
    return f"{old[i1 - min(before, i1) : i2 + after]} → {now[j1 - before : j2 + after]}"


def _word_starts(text: str, places: list[int]) -> set[int]:
    """The places in a text's word characters (`places`: where each stands in `text`) where a
    word of the text begins, by jieba, or where punctuation parts it from the character before;
    the end counts as one."""
    # imported here: jieba's dictionary loads only when a note has a change to show
    from yaodian.extractors.text import words

    begins, offset = set(), 0
    for word in words(text):
        begins.add(offset)
        offset += len(word)
    starts = {k for k, place in enumerate(places) if place in begins or (k and places[k - 1] + 1 != place)}
    return starts | {0, len(places)}


def _old_words(snapshot: str, new: Card) -> str:
    """The words of a snapshot() taken before, as _plain_text gives them: without what is left
    of cloze markup (`{{c1::` leaves `c1`, a hint its words; the hints taken out are the new
    card's, which are mostly the old ones). Empty for a card of another type."""
    if snapshot[:1] != new.type[0]:
        return ""
    words = snapshot[2:]
    if new.type == "cloze":
        for gap in CLOZE.finditer(new.text):
            marker, answer, hint = f"c{gap.group(1)}", norm(gap.group(2)), norm(gap.group(3) or "")
            start = words.find(marker)
            if not hint or start < 0:
                continue
            # a hint stands after its answer, which may have changed since
            at = words.find(marker + answer + hint, start)
            at = at + len(marker + answer) if at >= 0 else words.find(hint, start + len(marker) + 1)
            if at >= 0:
                words = words[:at] + words[at + len(hint) :]
        words = _cloze_numbers_left(new).sub("", words)
    return words


def _cloze_numbers_left(new: Card) -> re.Pattern[str]:
    """What cloze markers leave in a snapshot (`{{c1::` leaves `c1`), for the numbers the old card
    can have had (the new card's own and retired ones, and 1..its gap count: the numbers in order),
    the longest first: an answer's digits after its marker ({{c1::2035}} leaves c12035) are not
    taken with it, and text such as c919 stays unless it opens with a marker's number."""
    found = {int(gap.group(1)) for gap in CLOZE.finditer(new.text)}
    numbers = found | set(new.retired) | set(range(1, len(found) + 1))
    if not numbers:
        return re.compile(r"(?!)")
    shown = sorted((str(number) for number in numbers), key=lambda n: (-len(n), n))
    return re.compile("c(?:" + "|".join(shown) + ")")


def _changed_stretches(old: str, new: str, cut: bool) -> list[tuple[int, int, int, int]]:
    """The stretches where two cards' words differ: (old start, old end, new start, new end). A
    snapshot is cut at a fixed length, so when the old words were `cut`, a difference at their
    end is only that cut."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    codes = [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]
    if cut and codes and codes[-1][1] == len(old):
        codes.pop()
    # stretches a few characters apart read as one change (取信于民 → 赢得民心, not two)
    joined: list[tuple[int, int, int, int]] = []
    for code in codes:
        if joined and code[0] - joined[-1][1] <= _CHANGE_APART:
            joined[-1] = (joined[-1][0], code[1], joined[-1][2], code[3])
        else:
            joined.append(code)
    return joined


def _cut_around(text: str, start: int) -> str:
    """`text` cut to about _SHOWN_TEXT characters that show the place `start`, with … where cut."""
    if len(text) <= _SHOWN_TEXT:
        return text
    begin = max(0, min(start - _SHOWN_TEXT // 4, len(text) - _SHOWN_TEXT))
    end = begin + _SHOWN_TEXT
    return ("…" if begin else "") + text[begin:end] + ("…" if end < len(text) else "")


def record(extracted: Card, written: Card | None = None, top: int = 0) -> list:
    """The state's record of a card yaodian wrote: what the source said (a fingerprint, a short
    copy, the line), to tell a source change to a card the learner edited and to recognise a
    card the learner deleted; and the highest cloze number yaodian ever wrote for it (in
    `written`, the card as written, or before: `top`), so that a new gap never takes a number
    Anki keeps history for, even after the learner dropped it from the card (--take-source)."""
    line = extracted.origin.line if extracted.origin and extracted.origin.line else 0
    card = written or extracted
    highest = max([top, *answers(card)[1], *card.retired])
    return [source_fingerprint(extracted), _snapshot(extracted), line, highest]


def top_number(known: list | None) -> int:
    """The highest cloze number a state record says yaodian wrote for its card (0: not known)."""
    return known[3] if known is not None and len(known) == _NUMBERED else 0


def _kept_record(known: list) -> list:
    """A record carried over as it is (a version 1 record cut to the fields of today's)."""
    return known[:_NUMBERED] if len(known) == _NUMBERED else known[:3]


# ---------------------------------------------------------------- stamps

_STAMP_MARK = "  # yaodian:"
_STAMP = re.compile(r"[ \t]+# yaodian:([0-9a-f]{8})[ \t]*$")
_HEADER_STAMP = re.compile(r"^cards:[ \t]*(?:\[\][ \t]*)?# yaodian:([0-9a-f]{8})[ \t]*$", re.M)


def card_stamp(name: str, lines: list[str]) -> str:
    """The stamp of a card whose lines (without the stamp) are `lines`, in card file `name`.

    The file's name is part of it, so a card moved to another file is the learner's there."""
    body = "\n".join(filter(None, map(str.rstrip, lines)))
    return hashlib.sha1(f"{name}\n{body}".encode()).hexdigest()[:8]


def _split_stamp(lines: list[str]) -> tuple[str | None, list[str]]:
    """The stamp found on a card's lines (on its id line, as yaodian writes it) and the lines without it."""
    for index, line in enumerate(lines):
        if "# yaodian:" in line:
            match = _STAMP.search(line.rstrip("\r\n"))
            if match:
                rest = line[: match.start()] + line[len(line.rstrip("\r\n")) :]
                return match.group(1), [*lines[:index], rest, *lines[index + 1 :]]
    return None, lines


def _stamped(name: str, lines: list[str]) -> list[str]:
    """A card's lines as yaodian writes them (first line `- id: ...`), with its stamp on that line."""
    if not lines:
        return lines
    first = lines[0].rstrip("\n")
    return [f"{first}{_STAMP_MARK}{card_stamp(name, lines)}\n", *lines[1:]]


def is_stamped(name: str, lines: list[str]) -> bool:
    """Whether a card's lines carry a stamp that matches them: yaodian wrote it, nobody changed it."""
    found, rest = _split_stamp(lines)
    return found is not None and found == card_stamp(name, rest)


def _header_stamp(card_file: CardFile) -> str:
    return _header_fingerprint(card_file)[:8]


def _header_fingerprint(card_file: CardFile) -> str:
    data = [card_file.source, card_file.title, card_file.deck, card_file.tags]
    return hashlib.sha1(json.dumps(data, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------- state

_LEGACY = 5  # a record converted from a version 1 state: record() + [fields, text] fingerprints
_NUMBERED = 4  # record(): with the highest cloze number (a state written before has 3 fields)


@dataclass
class State:
    """Per card file: card id -> record() of the cards yaodian wrote.

    Card files and their records change together: before a card file is written, its new
    records go to a journal (JOURNAL_FILE, one line appended per file); `save` writes the whole
    state and empties the journal. A run killed in between leaves the journal, and the next
    `load` replays each line whose card file is no longer what it was before that write.
    A state that is missing or damaged loads empty with `damage` saying why (the stamps in the
    card files still tell every card's owner; only the deletions it held are lost).
    """

    path: Path
    # a file's records are replaced when it is merged, never changed in place (see save)
    files: dict[str, dict] = field(default_factory=dict)
    damage: str | None = None  # why the file on disk could not be used, if it could not
    found: bool = True  # whether there was a state file
    _encoded: JsonParts = field(
        default_factory=lambda: JsonParts(ensure_ascii=False, sort_keys=True, separators=(",", ":")),
        repr=False,
        compare=False,
    )

    @classmethod
    def load(cls, folder: Path) -> State:
        path = folder / STATE_FILE
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            state = cls(path, found=False)
        except OSError as exc:
            state = cls(path, damage=f"cannot read: {exc.strerror or exc}")
        else:
            files, damage = _parse_state(data)
            state = cls(path, files, damage)
        state._replay()
        return state

    @property
    def journal_path(self) -> Path:
        return self.path.with_name(JOURNAL_FILE)

    def log(self, name: str, before: str | None, after: str, records: dict) -> None:
        """Journal the records of card file `name` before it is written: `before` and `after` are
        the sha1 of what it holds now (None: there is no such file) and of what it will hold.
        Raises OSError naming the card file."""
        line = json.dumps(
            {"file": name, "before": before, "after": after, "records": records}, ensure_ascii=False
        )
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.journal_path, "a", encoding="utf-8") as journal:
                # a line that a full disk cut short is ended by the next one's newline, and skipped
                journal.write(f"\n{line}\n")
        except OSError as exc:
            raise OSError(exc.errno, exc.strerror or str(exc), str(self.path.with_name(name))) from None

    def _replay(self) -> None:
        try:
            text = self.journal_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return
        folder = self.path.parent
        for line in text.splitlines():
            try:
                entry = json.loads(line)
                name, before, after = entry["file"], entry["before"], entry["after"]
                records = _valid_records(entry["records"])[0]
            except (ValueError, TypeError, KeyError, AttributeError):
                continue
            if not isinstance(name, str) or "/" in name:
                continue
            try:
                data: bytes | None = (folder / name).read_bytes()
            except OSError:
                data = None
            now = hashlib.sha1(data).hexdigest() if data is not None else None
            if now == after:  # the write happened
                self.files[name] = records
            elif now != before and data is not None:
                # the file changed after the write, or instead of it (a learner's edit): the new
                # records of the cards it holds, the old ones of those it does not
                lines = data.decode("utf-8", "replace").splitlines()
                present = {card_id for card_id, _line in _id_lines(lines)}
                old = self.files.get(name, {})
                self.files[name] = {
                    **{k: v for k, v in old.items() if k not in present},
                    **{k: v for k, v in records.items() if k in present},
                }

    def save(self) -> None:
        # json.dumps({"version": 2, "about": _ABOUT, "files": self.files}, ensure_ascii=False,
        # sort_keys=True, separators=(",", ":")); no indent: json encodes in C only without it,
        # and this file is for yaodian, not for reading
        files = self._encoded.mapping(sorted(self.files.items(), key=lambda item: item[0]))
        write_atomic(
            self.path, f'{{"about":{json.dumps(_ABOUT, ensure_ascii=False)},"files":{files},"version":2}}\n'
        )
        with contextlib.suppress(FileNotFoundError):
            self.journal_path.unlink()


def _parse_state(data: bytes) -> tuple[dict[str, dict], str | None]:
    """The files of a state file's bytes, and what was wrong with it (None: nothing)."""
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return {}, "not a state file (empty or damaged JSON)"
    files = raw.get("files") if isinstance(raw, dict) else None
    version = raw.get("version") if isinstance(raw, dict) else None
    if not isinstance(files, dict) or version not in (1, 2):
        return {}, "not a state file (no files, or an unknown version)"
    clean: dict[str, dict] = {}
    damaged = False
    for name, records in files.items():
        if not isinstance(records, dict):
            damaged = True
            continue
        clean[name], bad = _valid_records(records) if version == 2 else _upgraded(records)
        damaged = damaged or bad
    return clean, "some records are damaged and were left out" if damaged else None


def _valid_records(records: dict) -> tuple[dict, bool]:
    """The well-formed records of one file (and whether any were not)."""
    good = {
        card_id: value
        for card_id, value in records.items()
        if isinstance(value, list)
        and len(value) in (3, _NUMBERED, _LEGACY)
        and isinstance(value[0], str)
        and isinstance(value[1], str)
        and isinstance(value[2], int)
        and (len(value) != _NUMBERED or isinstance(value[3], int))
    }
    return good, len(good) != len(records)


def _upgraded(records: dict) -> tuple[dict, bool]:
    """A version 1 state's records of one file (before stamps): [fields, source, text, snapshot,
    line], or "fields source" in older ones, and the header's fingerprint under HEADER_KEY."""
    out: dict = {}
    for card_id, value in records.items():
        if card_id == HEADER_KEY:
            if isinstance(value, str):
                out[HEADER_KEY] = value
            continue
        if isinstance(value, str):
            value = value.split(" ")
        if not isinstance(value, list) or len(value) < 2 or not all(isinstance(v, str) for v in value[:2]):
            continue
        fields, source = value[0], value[1]
        text = value[2] if len(value) > 2 and isinstance(value[2], str) else None
        snapshot = value[3] if len(value) > 3 and isinstance(value[3], str) else ""
        line = value[4] if len(value) > 4 and isinstance(value[4], int) else 0
        out[card_id] = [source, snapshot, line, fields, text]
    return out, False


# ---------------------------------------------------------------- similarity


def _snapshot_similarity(known: list, card: Card, place: bool = True) -> float:
    """card_similarity, for a card known only by its state record (a card the learner deleted);
    with `place`, a card extracted from the line the record names scores a quarter more."""
    snapshot, line = known[1], known[2]
    if snapshot[:1] != card.type[0]:
        return 0.0
    there = 0.25 if place and line and card.origin and card.origin.line == line else 0.0
    return similarity(snapshot[2:], _snapshot(card)[2:]) + there


def _extracted_from_candidates(
    extracted: list[Card], slots: list[_Slot], records: dict, matches: dict, taken: set[str]
) -> list[tuple[float, int, str]]:
    """(score, extracted index, card id) for each card of the learner's that yaodian wrote and
    that matched nothing by its words, scored by what it was extracted from (its state record's
    snapshot) against each extracted card that matched nothing either. A learner who fixed a
    card (its items rewritten) made it unlike what the source gives, but the source's new version
    of it is still like what it gave before: the edited card is that card, and gets a note saying
    what changed, rather than one saying the source dropped it beside a copy of the source's
    words added anew. Only what the other matches left: an edited card's old words never take
    an extracted card from a card that matches it by its words as they stand. Without the place
    bonus deleted cards get: another list at the card's line is not its new version."""
    return [
        (_snapshot_similarity(records[slot.card.id], card, place=False), j, slot.card.id)
        for slot in slots
        if slot.generated is not True
        and slot.card.id not in taken
        and slot.card.id in records
        and records[slot.card.id][1]
        for j, card in enumerate(extracted)
        if j not in matches
    ]


def _as_list(card: Card) -> Card:
    if card.type == "list":
        return card
    asked, _numbers = answers(card)
    return Card(type="list", prompt=CLOZE.sub("", card.text), items=asked)


def card_similarity(a: Card, b: Card) -> float:
    if a.type != b.type:
        # a set asked as a list and in its sentence (an inline series): compared as lists, the
        # cloze card's answers its items and its other words its prompt
        return card_similarity(_as_list(a), _as_list(b)) if {a.type, b.type} == {"list", "cloze"} else 0.0
    if a.type == "cloze":
        return similarity(a.text, b.text)
    pairs = match_items(a.items, b.items)
    items = sum(similarity(a.items[i], b.items[j]) for j, i in pairs.items()) / max(
        len(a.items), len(b.items), 1
    )
    return 0.3 * similarity(a.prompt, b.prompt) + 0.7 * items


def typed_cloze_gap_warnings(
    card_file: CardFile, records: dict, built: Callable[[Card], Collection[int]] = lambda card: ()
) -> list[YaodianError]:
    """cards.cloze_gap_warnings of the cloze cards whose numbers the learner typed (check then
    adds build.renumbered_gap_warnings, against the last build: a number typed onto another
    answer takes that answer's Anki history). A card whose
    words are still those the source gave yaodian (its state record, `records`: the card file's)
    has yaodian's numbers, gaps included on purpose: when the source inserts, moves or drops a
    gap, or asks a list again in its sentence, every answer keeps its number, and with it its
    review history. Comments change no words, so a card with
    a comment added is still told apart; a card the learner only renumbered is not (its words
    are the source's), nor is any card when the state is lost (until the next extract).
    `built`: the numbers a build gave the card (build.built_numbers), left to the renumbering
    warnings."""

    return cloze_gap_warnings(card_file, as_yaodian_wrote(records), built)


def as_yaodian_wrote(records: dict) -> Callable[[Card], bool]:
    """Whether a card's words are still those the source gave yaodian (`records`: the card
    file's state records), cloze numbers aside: as extracted, or renumbered by the merge
    (numbered_like) from numbers in order. A card of the learner's own has no record: False."""

    def as_written(card: Card) -> bool:
        known = records.get(card.id)
        if known is None:
            return False
        return known[0] in (source_fingerprint(card), source_fingerprint(_numbered_in_order(card)))

    return as_written


def _numbered_in_order(card: Card) -> Card:
    """`card` with its cloze numbers 1, 2, 3... in the order they first appear (as extracted)."""
    return replace(card, text=open_clozes(card.text, lambda match: False) or card.text)


# ---------------------------------------------------------------- YAML spans


@dataclass
class _Layout:
    """Where the cards of an existing file stand in its text, so kept cards can be copied verbatim."""

    head: list[str]  # lines before the first card (the header, `cards:`)
    spans: list[list[str]]  # the lines of each card, in order
    tail: list[str]  # lines after the last card
    indent: str  # what stands before '- ' on a card's first line


def _layout(text: str) -> _Layout | None:
    """Split a block-style card file into header, one run of lines per card, and the rest."""
    try:
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return None
    if not isinstance(root, yaml.MappingNode):
        return None
    sequence = next((v for k, v in root.value if getattr(k, "value", None) == "cards"), None)
    if not isinstance(sequence, yaml.SequenceNode) or sequence.flow_style or not sequence.value:
        return None
    lines = text.splitlines(keepends=True)
    starts: list[int] = []
    for node in sequence.value:
        line = node.start_mark.line
        before = lines[line][: node.start_mark.column].strip() if line < len(lines) else ""
        if not before.endswith("-"):  # `-` alone on the line above
            line -= 1
            if line < 0 or lines[line].strip() != "-":
                return None
        starts.append(line)
    end = sequence.end_mark.line + (1 if sequence.end_mark.column else 0)
    end = min(end, len(lines))
    # comments and blank lines just above a card belong to that card
    bounds = []
    for index, start in enumerate(starts):
        while index > 0 and start - 1 > starts[index - 1] and lines[start - 1].strip().startswith("#"):
            start -= 1
        bounds.append(start)
    spans = [lines[a:b] for a, b in zip(bounds, [*bounds[1:], end], strict=True)]
    first = lines[starts[0]]
    indent = first[: len(first) - len(first.lstrip())]
    return _Layout(head=lines[: bounds[0]], spans=spans, tail=lines[end:], indent=indent)


def _card_lines(card: Card, indent: str) -> list[str]:
    text = dump_yaml([card.to_dict()])
    if text.endswith("\n...\n"):  # libyaml ends a document after text kept with its last line break
        text = text[: -len("...\n")]
    return [indent + line if line.strip() else line for line in text.splitlines(keepends=True)]


# ---------------------------------------------------------------- merge


@dataclass
class Change:
    """One thing that happened to a card, for the extract report."""

    kind: str  # added, updated, kept, yours (see _without_removed), removed
    card: Card
    note: str = ""


# What a merge did to each card of a file, in the order reports name them. "yours": a card of the
# learner's that no extracted card matches (one they added, or an edited one whose source dropped
# it, once that was said), kept as it is: named by no note, counted so a file's counts add up.
CHANGE_KINDS = ("added", "updated", "kept", "yours", "removed")


@dataclass
class MergeResult:
    text: str  # the new content of the card file
    fingerprints: dict  # the file's new state: card id -> record()
    changes: list[Change] = field(default_factory=list)
    unchanged: int = 0
    card_file: CardFile | None = None  # what `text` holds, when each card's line could be found
    card_data: dict | None = None  # card_file.to_dict(), when the merge made it anyway
    # the learner's cards whose source changed that no note names yet (see NAMED_SOURCE_CHANGES)
    unnamed: int = 0
    # cards the learner deleted that the source still gives, first seen deleted (told once)
    deleted: int = 0
    # removed cards whose every gap another card of their line now asks (see _joined_count)
    joined: int = 0
    # unchanged cards whose note shows another place in the source now (a line, a section):
    # counted in `unchanged`, though an import updates their notes' Source
    moved: int = 0

    def count(self, kind: str) -> int:
        return sum(1 for change in self.changes if change.kind == kind)


@dataclass
class _Slot:
    """A card of the merged file: an existing one (kept as text) or one written anew."""

    card: Card
    lines: list[str] | None  # the existing text, when copied verbatim
    generated: bool | None  # yaodian owns it (it is as yaodian wrote it); None: nothing tells
    stamped: bool = False  # `lines` carry a stamp that matches them
    taken: bool = False  # the learner's card, given the source's version (extract --take-source)


def _owner(card: Card, lines: list[str] | None, known: list | None, name: str) -> tuple[bool | None, bool]:
    """Whether yaodian wrote `card` as it stands (None: nothing tells), and whether its lines say so
    with a stamp. A card without a stamp is judged by a version 1 state's fingerprints, if any."""
    if lines is not None:
        found, rest = _split_stamp(lines)
        if found is not None:
            mine = found == card_stamp(name, rest)
            return mine, mine
    if known is not None and len(known) == _LEGACY:
        fields, text = known[3], known[4]
        mine = fields == fingerprint(card) and (
            text is None or lines is None or _text_fingerprint(lines) == text
        )
        return mine, False
    return None, False


def merge_card_file(
    extracted: CardFile,
    existing: CardFile | None,
    existing_text: str | None,
    fingerprints: dict,
    name: str = "",
    take: frozenset[str] = frozenset(),
    name_all: bool = False,
    source_lines: list[str] | None = None,
) -> MergeResult:
    """Merge freshly extracted cards into an existing card file (see the module docstring).

    `fingerprints`: the state's records of the file; `name`: the card file's name (stamps hold it);
    `take`: ids of cards, edited or deleted by the learner, that take the source's version;
    `name_all`: a note for every card of the learner's whose source changed, not only the first
    NAMED_SOURCE_CHANGES (the others keep their records, so a later merge names them);
    `source_lines`: the source's lines as extracted (see _Held: without them, a cloze card of
    yaodian's the extractor no longer gives is removed even when its sentence is still there).
    """
    if existing is None or existing_text is None:
        return _fresh_result(extracted, name)
    records = {k: v for k, v in fingerprints.items() if k != HEADER_KEY}
    layout = _layout(existing_text)
    slots = _existing_slots(existing, layout, records, name)
    present = {slot.card.id for slot in slots}
    deleted = {card_id for card_id in records if card_id not in present and card_id not in take}
    matches = _match_extracted(extracted.cards, slots, records, deleted)
    # the learner's deletions stay on record, so they stay deleted
    result = MergeResult(text="", fingerprints={k: _kept_record(records[k]) for k in deleted})
    for match in matches.values():
        if isinstance(match, _Slot):
            match.taken = match.card.id in take  # asked for; _update_slot decides whose it is
    limit = None if name_all else NAMED_SOURCE_CHANGES
    held = _Held(source_lines, extracted.cards, slots)
    asked_before = {slot.card.id: set(answers(slot.card)[0]) for slot in slots}
    # what the cards of changed sentences newly ask: a card kept as it was that asks it too
    # would ask it twice, so it takes the extractor's version instead
    held.taken = {
        answer
        for j, card in enumerate(extracted.cards)
        if isinstance(match := matches.get(j), _Slot) and not held.keeps(match.card, card)
        for answer in set(answers(card)[0]) - asked_before[match.card.id]
    }
    additions, matched_ids = _follow_source(
        extracted.cards,
        matches,
        records,
        layout.indent if layout else "",
        result,
        limit,
        extracted.source,
        held,
    )
    # what the cards that stay ask now that they did not ask before: a card kept that asks it
    # too would ask it twice
    held.asked_elsewhere = {
        answer
        for slot in slots
        if slot.card.id in matched_ids
        for answer in set(answers(slot.card)[0]) - asked_before[slot.card.id]
    }
    survivors = _without_removed(slots, matched_ids, records, result, limit, held)
    additions = held.without_held_gaps(additions)
    survivors = _with_gaps_asked_nowhere_else(slots, survivors, held.by_line, records, result)
    result.joined = _joined_count(result, survivors)
    _add_new(survivors, additions, result, records, take)
    for card_id in take & records.keys() - present:
        # asked back, but the source no longer gives it: it stays deleted, on record
        result.fingerprints.setdefault(card_id, _kept_record(records[card_id]))
    result.changes.sort(key=lambda c: CHANGE_KINDS.index(c.kind))
    header, head, header_mine = _merged_header(existing, existing_text, extracted, fingerprints, layout)
    result.text = _render(header, layout, survivors, head, name, header_mine)
    merged = CardFile(
        header.source, header.title, header.deck, [slot.card for slot in survivors], header.tags
    )
    result.card_file = _with_lines(merged, result.text)
    return result


def _existing_slots(existing: CardFile, layout: _Layout | None, records: dict, name: str) -> list[_Slot]:
    """The cards of the existing file, each with its lines (when the file's layout gives them)
    and who owns it (see _owner)."""
    spans = layout.spans if layout and len(layout.spans) == len(existing.cards) else None
    slots: list[_Slot] = []
    for index, card in enumerate(existing.cards):
        lines = spans[index] if spans is not None else None
        generated, stamped = _owner(card, lines, records.get(card.id), name)
        slots.append(_Slot(card, lines, generated, stamped))
    return slots


def _match_extracted(
    extracted: list[Card], slots: list[_Slot], records: dict, deleted: set[str]
) -> dict[int, _Slot | str]:
    """Extracted card index -> the existing card it is (its slot) or the deleted card it is (its
    id): the same id first, then the most similar pairs above _MATCH_THRESHOLD, one to one, then
    an edited card left unmatched by what it was extracted from (_extracted_from_candidates)."""
    by_id = {slot.card.id: slot for slot in slots}
    matches: dict[int, _Slot | str] = {}
    taken: set[str] = set()
    for j, card in enumerate(extracted):
        if card.id in by_id:
            matches[j] = by_id[card.id]
            taken.add(card.id)
        elif card.id in deleted:
            matches[j] = card.id
            taken.add(card.id)
    candidates = [
        (card_similarity(slot.card, card), j, slot.card.id)
        for j, card in enumerate(extracted)
        if j not in matches
        for slot in slots
        if slot.card.id not in taken
    ]
    # a deleted card whose words changed a little is still the card the learner deleted
    candidates += [
        (_snapshot_similarity(records[card_id], card), j, card_id)
        for j, card in enumerate(extracted)
        if j not in matches
        for card_id in deleted
        if card_id not in taken and records[card_id][1]
    ]
    _pair(candidates, _MATCH_THRESHOLD, by_id, matches, taken)
    _pair(
        _extracted_from_candidates(extracted, slots, records, matches, taken),
        _SNAPSHOT_MATCH_THRESHOLD,
        by_id,
        matches,
        taken,
    )
    return matches


def _pair(
    candidates: list[tuple[float, int, str]],
    threshold: float,
    by_id: dict[str, _Slot],
    matches: dict[int, _Slot | str],
    taken: set[str],
) -> None:
    """Add to `matches` the best scoring (score, extracted index, card id) `candidates` from
    `threshold` up, one to one with what `matches` and `taken` hold already."""
    for score, j, card_id in sorted(candidates, reverse=True):
        if score < threshold:
            break
        if j in matches or card_id in taken:
            continue
        matches[j] = by_id.get(card_id, card_id)
        taken.add(card_id)


def _follow_source(
    extracted: list[Card],
    matches: dict[int, _Slot | str],
    records: dict,
    indent: str,
    result: MergeResult,
    limit: int | None,
    source: str,
    held: _Held | None = None,
) -> tuple[list[Card], set[str]]:
    """Bring each matched existing card up to date with its extracted card (see _update_slot;
    `source`: the document's path); returns the extracted cards that matched nothing (to add)
    and the ids of the cards that matched (existing or deleted)."""
    additions: list[Card] = []
    matched_ids: set[str] = set()
    for j, new in enumerate(extracted):
        match = matches.get(j)
        if isinstance(match, str):  # the learner deleted it: it stays deleted
            matched_ids.add(match)
            if records[match][0] != _DELETED:  # said once: its record now says it was told
                result.deleted += 1
                result.fingerprints[match] = [_DELETED, *_kept_record(records[match])[1:]]
        elif match is None:
            additions.append(new)
        else:
            matched_ids.add(match.card.id)
            _update_slot(match, new, records.get(match.card.id), indent, result, limit, source, held)
    return additions, matched_ids


def shell_word(path: str) -> str:
    """`path` as a shell reads it: quoted only where it must be (shlex.quote also quotes every
    Chinese character, which a learner would have to type for nothing)."""
    return shlex.quote(path) if re.search(r"[\s'\"$`\\!*?;&|<>()\[\]{}#~]", path) else path


def _update_slot(
    slot: _Slot,
    new: Card,
    known: list | None,
    indent: str,
    result: MergeResult,
    limit: int | None,
    source: str,
    held: _Held | None = None,
) -> None:
    """An existing card that an extracted card `new` matched: the learner's is kept as it is (with a
    note saying what the source says now, when that changed since; the first `limit` such
    notes, or all), yaodian's takes what the source says now. The change and the card's state
    record go into `result`; `known` is the state's record of the card, `source` the
    document's path (whether its cards show their line)."""
    old = slot.card
    updated = _as_update(old, new, top_number(known))
    if slot.generated is None:
        # no stamp and no record (a lost state, a file from elsewhere): the card is yaodian's
        # if it is exactly what yaodian writes for it now; else it is kept as the learner's
        slot.generated = fingerprint(updated) == fingerprint(old) and (
            slot.lines is None or _text_fingerprint(slot.lines) == _text_fingerprint(_card_lines(old, indent))
        )
    if slot.taken and not slot.generated:
        slot.generated = True  # the learner's card, given the source's version (--take-source)
    else:
        slot.taken = False  # yaodian's card follows the source anyway: no version of the learner's
        if slot.generated and held is not None:
            updated = held.gaps_kept(old, updated)
    if not slot.generated:
        note = ""
        if known is not None and known[0] != source_fingerprint(new):
            if limit is None or _named(result) < limit:
                note = f"edited by you; {source_change(known[1], new, old.extra)}"
            else:
                result.unnamed += 1  # its record stays as it was: a later merge names it
        result.changes.append(Change("kept", old, note))
        # A kept card's record tells its deletion apart later; one it lacked starts from now.
        # Once the note is given, the record holds the new source: it is not said again each run.
        result.fingerprints[old.id] = (
            _kept_record(known) if known is not None and not note else record(new, old, top_number(known))
        )
        return
    if fingerprint(updated) == fingerprint(old) and not slot.taken:
        # the same card: written anew only to follow its place in the source or to get its stamp
        if updated.origin != old.origin or not slot.stamped:
            slot.card, slot.lines = updated, None
        result.unchanged += 1
        if shown_origin(updated.origin, source) != shown_origin(old.origin, source):
            result.moved += 1
    else:
        slot.card, slot.lines = updated, None
        taken = "your version replaced by the source's (--take-source)" if slot.taken else ""
        result.changes.append(Change("updated", updated, taken))
    result.fingerprints[old.id] = record(new, updated, top_number(known))


def _without_removed(
    slots: list[_Slot],
    matched_ids: set[str],
    records: dict,
    result: MergeResult,
    limit: int | None,
    held: _Held | None = None,
) -> list[_Slot]:
    """The existing cards that stay: those an extracted card matched, and of the others the
    learner's (their records kept); yaodian's cards the source no longer has are removed. A card
    yaodian wrote that the learner edited, and that the source no longer has, gets a note, once
    (within the `limit` of notes, as in _update_slot)."""
    survivors: list[_Slot] = []
    for slot in slots:
        if slot.card.id in matched_ids:
            survivors.append(slot)
        elif slot.generated and held is not None and (kept := held.card_kept(slot.card)) is not None:
            # its sentence is still in the source and nothing else asks its gaps: it stays
            if kept.origin != slot.card.origin:
                slot.card, slot.lines = kept, None
            survivors.append(slot)
            result.unchanged += 1
            if (known := records.get(slot.card.id)) is not None:
                result.fingerprints[slot.card.id] = _kept_record(known)
        elif slot.generated:
            result.changes.append(Change("removed", slot.card))
        else:
            survivors.append(slot)
            known = records.get(slot.card.id)
            if known is None:  # a card of the learner's own
                result.changes.append(Change("yours", slot.card))
                continue
            result.fingerprints[slot.card.id] = _kept_record(known)
            if known[0] != _GONE:  # a card yaodian wrote, edited by the learner, that the source dropped
                if limit is not None and _named(result) >= limit:
                    result.unnamed += 1  # its record stays as it was: a later merge names it
                    result.changes.append(Change("kept", slot.card))  # counted as _update_slot does
                    continue
                result.changes.append(Change("kept", slot.card, SOURCE_DROPPED))
                result.fingerprints[slot.card.id] = [_GONE, *_kept_record(known)[1:]]  # said once
            else:
                result.changes.append(Change("yours", slot.card))
    return survivors


def _gaps_by_line(cards: list[Card]) -> dict[int, list[set[str]]]:
    """The answers each cloze card asks, by the line of the source it stands for."""
    asked: dict[int, list[set[str]]] = {}
    for card in cards:
        if card.type == "cloze" and card.origin and card.origin.line:
            asked.setdefault(card.origin.line, []).append({gap.group(2) for gap in CLOZE.finditer(card.text)})
    return asked


def _asked_by(card: Card, asked: dict[int, list[set[str]]]) -> bool:
    """Whether one of `asked`'s cards of `card`'s line asks every answer `card` asks."""
    if card.type != "cloze" or not card.origin or not card.origin.line:
        return False
    gaps = {gap.group(2) for gap in CLOZE.finditer(card.text)}
    return bool(gaps) and any(gaps <= other for other in asked.get(card.origin.line, []))


def _with_gaps_asked_nowhere_else(
    slots: list[_Slot],
    survivors: list[_Slot],
    wanted: dict[int, list[set[str]]],
    records: dict,
    result: MergeResult,
) -> list[_Slot]:
    """`survivors` and the removed cards the source now asks only on a card the learner keeps as
    theirs: the extractor joined the cards of a sentence into one note, the learner's edited card
    took the id of that note, and without its old card nothing in the file would ask the gap.
    `wanted`: the extracted cards' gaps by line (_Held.by_line)."""
    kept = _gaps_by_line([slot.card for slot in survivors])
    back = {
        id(change.card)
        for change in result.changes
        if change.kind == "removed" and not _asked_by(change.card, kept) and _asked_by(change.card, wanted)
    }
    if not back:
        return survivors
    result.changes = [change for change in result.changes if id(change.card) not in back]
    for slot in slots:
        if id(slot.card) in back:
            result.unchanged += 1
            known = records.get(slot.card.id)
            if known is not None:
                result.fingerprints[slot.card.id] = _kept_record(known)
    staying = {id(slot) for slot in survivors}
    return [slot for slot in slots if id(slot) in staying or id(slot.card) in back]


def _asked_only_where_gone(slots: list[_Slot], held: _Held) -> set[str]:
    """What the cards of the file ask only on sentences the source no longer says (see
    _Held.still_says; a learner's card stays, and asks on): the extractor may move such an answer
    to a sentence that did not change, its first place now (a formulation asked once)."""
    if held.text is None:
        return set()
    gone: set[str] = set()
    staying: set[str] = set()
    for slot in slots:
        stays = slot.generated is False or held.still_says(slot.card)
        (staying if stays else gone).update(answers(slot.card)[0])
    return gone - staying


class _Held:
    """What yaodian asked before and keeps asking, on sentences the source still says as they
    were. The extractor decides some gaps and cards over the whole document (one formulation
    asked once, at its first place; phrase budgets and ranks; which heading a section gets), so
    a sentence added elsewhere can move a gap off a sentence that did not change, or drop its
    card: Anki would then empty the card that asked it and lose its history. When only the
    source changed since the last extract (the same code extracts it: see pipeline.Job.hold),
    a merge keeps instead what its cards asked: a cloze card of yaodian's whose sentence is
    unchanged keeps its text and gaps (gaps_kept; not when the extractor moved to it an answer
    whose own sentence is gone, see _asked_only_where_gone), one the extractor no longer gives
    stays while its sentence is in the source and no card that stays newly asks its answers
    (card_kept), and a new card does not ask again what those kept cards ask (without_held_gaps).
    Without the source's lines (another yaodian wrote the cards: its extractors may have been
    wrong) the extractor's cards are taken as they come."""

    def __init__(self, source_lines: list[str] | None, extracted: list[Card], slots: list[_Slot]) -> None:
        # the source's words run together (a sentence the reader now leaves on two lines is
        # still the sentence), where each line starts in them, and where a card's sentence may
        # start (a line's start, after a mark: 。 ， ： or a list number's 6. ) and end (a line's
        # end, a sentence's end mark) in them: a card's sentence found inside a longer one, as
        # 坚持项目为王 in 都要始终坚持项目为王, is a sentence that changed
        lines = [norm(line) for line in source_lines] if source_lines is not None else None
        self.text = "".join(lines) if lines is not None else None
        self.starts = list(accumulate((len(line) for line in lines), initial=0)) if lines is not None else []
        self.openings, self.ends = set(self.starts), set(self.starts)
        for at, line in zip(self.starts, source_lines or [], strict=False):  # (starts ends with the end)
            for char in line:
                if not NON_WORD.match(char):  # a character norm keeps
                    at += 1
                elif not char.isspace():
                    self.openings.add(at)
                    if char in _SENTENCE_ENDS:
                        self.ends.add(at)
        self.answers: set[str] = set()  # the answers kept where they were asked before
        self.taken: set[str] = set()  # what cards of changed sentences newly ask (merge_card_file)
        self.asked_elsewhere: set[str] = set()  # what the cards that stay newly ask (merge_card_file)
        self.by_line = _gaps_by_line(extracted)  # the extracted cards' gaps, by line
        self.asked = {answer for card in extracted for answer in answers(card)[0]}  # what they ask
        # what the file's cards (`slots`) asked only on sentences the source no longer says
        self.orphaned = _asked_only_where_gone(slots, self)

    def gaps_kept(self, old: Card, updated: Card) -> Card:
        """`updated` (the extracted card under `old`'s id), or `old`'s text and gaps when the
        sentence is the same (the extractor asks it otherwise only for what changed elsewhere), or
        when the extractor gives a part of the sentence `old` asked while the source still says
        all of it; a list card keeps its items when the extractor only leaves some of them out
        while the source still says them all."""
        if not self.keeps(old, updated):
            return updated
        if old.type == "list":
            self.answers.update(set(old.items) - set(updated.items))
            return replace(
                updated,
                prompt=old.prompt,
                items=list(old.items),
                clozes=old.clozes,
                retired=list(old.retired),
            )
        self.answers.update(set(answers(old)[0]) - set(answers(updated)[0]))
        return replace(updated, text=old.text, retired=list(old.retired))

    def keeps(self, old: Card, updated: Card) -> bool:
        """Whether gaps_kept gives `old`'s text, gaps or items rather than `updated`: what it asked
        and no longer asks is still said where it was, no card of a changed sentence asks it now
        (it would be asked twice), and what `updated` newly asks was not asked only on a sentence
        that is gone (see _asked_only_where_gone: kept as it was, the card would leave it asked
        nowhere)."""
        if self.text is None or old.type != updated.type or old.type not in ("list", "cloze"):
            return False
        if old.type == "list":
            before, now = set(old.items), set(updated.items)
            return now < before and self.still_says(old) and not self.taken.intersection(before - now)
        if updated.text == old.text:
            return False
        was, is_now = norm(_plain_text(old)), norm(_plain_text(updated))
        if was != is_now and not (is_now and is_now in was and self._sentence_at(was) >= 0):
            return False
        before, now = set(answers(old)[0]), set(answers(updated)[0])
        return not self.taken.intersection(before - now) and not self.orphaned.intersection(now - before)

    def still_says(self, card: Card) -> bool:
        """Whether the source still says what `card` asks on: a cloze card's sentence whole, a list
        card's items."""
        if card.type == "list":
            return bool(card.items) and all(self._said(norm(item)) for item in card.items)
        return self._sentence_at(norm(_plain_text(card))) >= 0

    def _said(self, words: str) -> bool:
        """Whether the source says `words` (normed), anywhere."""
        return self.text is not None and words in self.text

    def _sentence_at(self, sentence: str) -> int:
        """Where the source says `sentence` (normed) as a whole sentence or its last clauses, not
        as a part of a longer stretch of words; -1 if it does not."""
        at = self.text.find(sentence) if self.text is not None and sentence else -1
        while at >= 0 and not (at in self.openings and at + len(sentence) in self.ends):
            at = self.text.find(sentence, at + 1)
        return at

    def card_kept(self, card: Card) -> Card | None:
        """`card`, a cloze card the extractor no longer gives, with the line its sentence is on
        now, when the source still says it and no matched card asks one of its answers; or a
        list card whose items the source still says and no extracted card asks; else None."""
        if self.text is None:
            return None
        if card.type == "list":
            return self._list_kept(card)
        if card.type != "cloze":
            return None
        asked = answers(card)[0]
        sentence = norm(_plain_text(card))
        if not asked or not sentence or self.asked_elsewhere.intersection(asked):
            return None
        at = self._sentence_at(sentence)
        if at < 0:
            return None
        card = self._at_line(card, at)  # (the line the sentence starts on)
        if _asked_by(card, self.by_line):  # a card of its sentence asks it all: the notes were joined
            return None
        self.answers.update(asked)
        return card

    def _at_line(self, card: Card, at: int) -> Card:
        """`card` with the origin line of offset `at` of the source's text (1-based), where it has
        an origin that says another line."""
        line = bisect_right(self.starts, at)
        if card.origin is not None and card.origin.line != line:
            return replace(card, origin=Origin(line, card.origin.section))
        return card

    def _list_kept(self, card: Card) -> Card | None:
        items = [norm(item) for item in card.items]
        if not items or not all(items) or self.asked.intersection(card.items):
            return None
        places = [self.text.find(item) for item in items]
        if min(places) < 0:
            return None
        card = self._at_line(card, places[0])  # (the line its first item stands on)
        self.answers.update(card.items)
        return card

    def without_held_gaps(self, additions: list[Card]) -> list[Card]:
        """`additions` without the gaps that ask what a kept card asks (a cloze card left with no gap
        is left out); the gaps of a new card have no history, a kept card's have."""
        if not self.answers:
            return additions
        kept: list[Card] = []
        for card in additions:
            if card.type != "cloze" or not self.answers.intersection(answers(card)[0]):
                kept.append(card)
                continue
            text = open_clozes(card.text, lambda gap: gap.group(2) in self.answers)
            if text is not None:
                kept.append(replace(card, text=text))
        return kept


def _joined_count(result: MergeResult, survivors: list[_Slot]) -> int:
    """How many removed cards a card that stays now asks in full: a cloze card of the same line
    whose gaps hold all of the removed card's answers (the extractor wrote a sentence's cards as one
    note). Anki keeps the removed card's note, with its history, beside the note that now asks its
    gaps as new cards: the report says so, as only the learner can choose which to keep."""
    asked = _gaps_by_line([slot.card for slot in survivors])
    return sum(1 for change in result.changes if change.kind == "removed" and _asked_by(change.card, asked))


def _named(result: MergeResult) -> int:
    """How many notes on cards of the learner's whose source changed `result` holds."""
    return sum(1 for change in result.changes if change.kind == "kept" and change.note)


def _add_new(
    slots: list[_Slot],
    additions: list[Card],
    result: MergeResult,
    records: dict,
    take: frozenset[str] = frozenset(),
) -> None:
    """Put each extracted card that matched nothing among `slots` in document order, as yaodian's
    (one in `take` is a card the learner deleted, brought back).

    A card brought back under its old id (its words are again those it was first extracted
    with, so its numbers ask what they first asked) keeps its note and the history Anki keeps
    under each cloze number: the numbers yaodian wrote for it above its own stay retired, so a
    gap the source inserts later takes none of them."""
    for extracted in additions:
        top = top_number(records.get(extracted.id)) if extracted.id in take else 0
        card = _as_update(extracted, extracted, top) if top else extracted
        _insert_in_document_order(slots, _Slot(card, None, True))
        back = "deleted by you, back from the source (--take-source)" if card.id in take else ""
        result.changes.append(Change("added", card, back))
        result.fingerprints[card.id] = record(extracted, card, top)


def _merged_header(
    existing: CardFile, existing_text: str, extracted: CardFile, fingerprints: dict, layout: _Layout | None
) -> tuple[CardFile, list[str] | None, bool]:
    """The header the merged file gets: the source's, unless the learner changed it.

    Returns the card file whose header to write, its lines (None: the existing file's lines as
    they are) and whether the header is yaodian's (so it is stamped)."""
    header_mine, header_stamped = _header_owner(existing, existing_text, extracted, fingerprints)
    # the learner's header stays as it is, and so does yaodian's stamped one the source did not change
    if not header_mine or (
        header_stamped and _header_fingerprint(extracted) == _header_fingerprint(existing)
    ):
        return existing, None, header_mine
    head = None
    if layout is not None:  # (else the whole file is written anew)
        # the learner's comment lines in the old header stay, below its first line
        fresh = _header_lines(extracted)
        notes = [line for line in layout.head if line.lstrip().startswith("#") and line not in fresh]
        head = fresh[:1] + notes + fresh[1:]
    return extracted, head, header_mine


def _header_owner(
    existing: CardFile, existing_text: str, extracted: CardFile, fingerprints: dict
) -> tuple[bool, bool]:
    """Whether yaodian wrote the existing file's header as it stands, and whether its stamp says
    so (as _owner does for a card)."""
    found = _HEADER_STAMP.search(existing_text)
    if found is not None:
        return found.group(1) == _header_stamp(existing), True
    if HEADER_KEY in fingerprints:  # a version 1 state's fingerprint
        return fingerprints[HEADER_KEY] == _header_fingerprint(existing), False
    # nothing tells: yaodian's if it is what yaodian writes now
    return _header_fingerprint(existing) == _header_fingerprint(extracted), False


def _as_update(old: Card, new: Card, top: int = 0) -> Card:
    """The extracted card under the old card's id, with cloze numbers tied to the old card's
    items or gaps; a new one takes a number above `top` too (see _tied_numbers)."""
    # every answer keeps its number: a gap or an item the source inserts, moves or drops takes
    # no other answer's history, whether the card stays a cloze card, stays a list or turns
    # from one into the other (a list asked again in its sentence, an inline series)
    text, clozes, retired = new.text, None, []
    if new.type == "list":
        clozes, retired = renumber(old, new, top)
    else:
        text, retired = numbered_like(old, new.text, top)
    return Card(
        type=new.type,
        id=old.id,
        prompt=new.prompt,
        items=list(new.items),
        text=text,
        extra=new.extra,
        tags=list(new.tags),
        origin=Origin(new.origin.line, new.origin.section) if new.origin else None,
        mode=old.mode or new.mode,
        clozes=clozes,
        retired=retired,
    )


# a line that starts a card as yaodian writes it (a comment may follow: the stamp, or the learner's)
_ID_LINE = re.compile(r"^\s*- id:\s*['\"]?([0-9A-Za-z_-]+)['\"]?(?:\s+#.*)?\s*$")


def _id_lines(lines: list[str]) -> list[tuple[str, int]]:
    """(id, 0-based line number) of every line of a card file that starts a card (`- id: ...`)."""
    # the test in front only skips, quickly, the lines the pattern cannot match
    candidates = [number for number, line in enumerate(lines) if "- id:" in line]
    matches = [(number, _ID_LINE.match(lines[number])) for number in candidates]
    return [(match.group(1), number) for number, match in matches if match]


def _with_lines(card_file: CardFile, text: str) -> CardFile | None:
    """`card_file` with each card's line in `text`; None when a card does not start with `- id:`."""
    return _at_lines(card_file, _id_lines(text.splitlines()))


def _at_lines(card_file: CardFile, found: list[tuple[str, int]]) -> CardFile | None:
    """`card_file` with each card's line from _id_lines; None when they are not its cards."""
    if [card_id for card_id, _ in found] != [card.id for card in card_file.cards]:
        return None
    cards = [card.at_line(line + 1) for card, (_card_id, line) in zip(card_file.cards, found, strict=True)]
    return CardFile(card_file.source, card_file.title, card_file.deck, cards, card_file.tags)


def _stamp_rendered(text: str, header: CardFile | None, mine: list[bool], name: str) -> tuple[str, list]:
    """A freshly rendered card file with stamps on the cards that are yaodian's (`mine`, in card
    order) and on its `cards:` line when `header` (the header it holds) is yaodian's; and where
    each card starts (_id_lines), or [] when the cards could not all be found."""
    lines = text.splitlines(keepends=True)
    found = _id_lines(lines)
    if len(found) != len(mine):
        return text, []
    if header is not None:
        for number, line in enumerate(lines):
            if line.startswith("cards:"):
                lines[number] = f"{line.rstrip()}{_STAMP_MARK}{_header_stamp(header)}\n"
                break
    starts = [number for _card_id, number in found]
    ends = [*starts[1:], len(lines)][: len(starts)]
    for start, end, stamp_it in zip(starts, ends, mine, strict=True):
        if stamp_it:
            lines[start] = _stamped(name, lines[start:end])[0]
    return "".join(lines), found


def _fresh_result(extracted: CardFile, name: str) -> MergeResult:
    """merge_card_file for a card file that does not exist yet: every card added, in order."""
    data = extracted.to_dict()
    text, found = _stamp_rendered(render_card_data(data), extracted, [True] * len(extracted.cards), name)
    new_state: dict = {card.id: record(card) for card in extracted.cards}
    written = _at_lines(extracted, found)
    changes = [Change("added", card) for card in (written or extracted).cards]
    return MergeResult(text, new_state, changes, card_file=written, card_data=data)


def _line_of(slot: _Slot) -> int | None:
    return slot.card.origin.line if slot.card.origin and slot.card.origin.line else None


def _insert_in_document_order(slots: list[_Slot], new: _Slot) -> None:
    """Put a new card before the first card that comes later in the source."""
    line = _line_of(new)
    if line is not None:
        for index, slot in enumerate(slots):
            other = _line_of(slot)
            if other is not None and other > line:
                slots.insert(index, new)
                return
    slots.append(new)


def _render(
    header: CardFile,
    layout: _Layout | None,
    slots: list[_Slot],
    head: list[str] | None,
    name: str,
    header_mine: bool,
) -> str:
    """The merged file: kept cards as their original lines, new and updated ones freshly written
    and stamped."""
    if layout is None:  # not a block-style file: write it anew (comments outside cards cannot be kept)
        cards = CardFile(header.source, header.title, header.deck, [s.card for s in slots], header.tags)
        text, _found = _stamp_rendered(
            render_card_file(cards), header if header_mine else None, [bool(s.generated) for s in slots], name
        )
        return text
    out = list(head if head is not None else layout.head)
    if not slots and out and out[-1].startswith("cards:"):
        stamp = _HEADER_STAMP.match(out[-1].rstrip())
        if stamp is not None:
            out[-1] = f"cards: []{_STAMP_MARK}{stamp.group(1)}\n"
        elif out[-1].rstrip() == "cards:":
            out[-1] = "cards: []\n"
    for slot in slots:
        lines = slot.lines
        if lines is None:
            lines = _card_lines(slot.card, layout.indent)
            if slot.generated:
                lines = _stamped(name, lines)
        if lines and not lines[-1].endswith("\n"):
            lines = [*lines[:-1], lines[-1] + "\n"]
        out += lines
    # a document end (`...`) after the cards, which yaodian before this one wrote after text kept
    # with its last line break, goes when no card is left: the file is then written without it
    out += [line for line in layout.tail if slots or line.rstrip() != "..."]
    return "".join(out)


def _header_lines(card_file: CardFile) -> list[str]:
    """The header of a freshly written card file, up to and including its stamped `cards:` line."""
    text = render_card_file(CardFile(card_file.source, card_file.title, card_file.deck, [], card_file.tags))
    lines = text.splitlines(keepends=True)
    at = max(number for number, line in enumerate(lines) if line.startswith("cards:"))
    return [*lines[:at], f"cards:{_STAMP_MARK}{_header_stamp(card_file)}\n"]


_SOURCE_LINE = re.compile(r"^source:\s*(.+?)\s*$", re.M)


def _source_of(card_path: Path) -> str | None:
    """The `source:` an existing card file names (None if it has none or cannot be read)."""
    try:
        head = card_path.read_text(encoding="utf-8")[:4000]
    except (OSError, UnicodeDecodeError):
        return None
    match = _SOURCE_LINE.search(head)
    return match.group(1).strip("'\"") if match else None


def _same_source(recorded: str, source: Path) -> bool:
    """Whether a card file's recorded `source:` is this file (however the path was written)."""
    if os.path.normpath(recorded) == os.path.normpath(source.as_posix()):
        return True
    # realpath, not Path.resolve: it raises on a symlink loop (RuntimeError in Python 3.11)
    return os.path.realpath(recorded) == os.path.realpath(source)


def card_file_targets(sources: list[Path], folder: Path) -> dict[Path, Path]:
    """The card file of each source: `<stem>.yaml`, or another name when that one belongs to a
    different source (a.txt beside a.html, or x.txt in two folders), so no document's cards
    are merged into another's."""
    targets: dict[Path, Path] = {}
    claimed: set[Path] = set()
    for source in sources:
        candidates = chain(
            (f"{source.stem}.yaml", f"{source.name}.yaml", f"{source.parent.name}_{source.name}.yaml"),
            (f"{source.parent.name}_{source.name}.{n}.yaml" for n in range(2, 100)),  # (made as needed)
        )
        for name in candidates:
            candidate = folder / name
            owner = _source_of(candidate) if candidate.exists() else None
            if candidate not in claimed and (owner is None or _same_source(owner, source)):
                break
        targets[source] = candidate
        claimed.add(candidate)
    return targets


def rekey(card_file: CardFile, name: str) -> CardFile:
    """The same cards with ids derived from the card file's own name, for a source whose stem
    another source has too: ids stay stable, and unique across the card files."""
    cards = [copy.copy(card) for card in card_file.cards]
    for card in cards:
        card.id = derive_id(name, card.id)
    return CardFile(card_file.source, card_file.title, card_file.deck, cards, card_file.tags, card_file.path)


def first_write(extracted: CardFile, name: str = "") -> MergeResult:
    """The result for a card file `name` that does not exist yet: all cards added."""
    return merge_card_file(extracted, None, None, {}, name)


def update_card_file(
    extracted: CardFile,
    target: Path,
    state: State,
    write: bool = True,
    cache: ParseCache | None = None,
) -> MergeResult:
    """Merge `extracted` into the card file at `target`; unless `write` is False, write the file
    and record it in `state` (the caller saves the state: once per batch, not once per file).

    A card file that does not load is left untouched and reported with its file:line.
    """
    result, summary = _merge_with_file(extracted, target, state.files.get(target.name, {}), cache)
    if write:
        write_merge(summary, target, state, cache)
    return result


@dataclass
class MergeSummary:
    """A merge into a card file as writing it and reporting it need it: plain values, cheap to
    send from the worker process that merged to the process that writes (no cards)."""

    text: str | None  # the card file's new content; None when it stays as it is
    digest: str  # sha1 of the card file's content after the merge
    previous: str | None  # sha1 of the content the merge started from; None: there was no file
    fingerprints: dict  # the file's new state: card id -> record()
    counts: dict[str, int]  # changes by kind (CHANGE_KINDS)
    unchanged: int
    notes: list[tuple[str, str, str]]  # (kind, card id, note) of the changes that carry a note
    unnamed: int  # the learner's cards whose source changed that no note names (MergeResult.unnamed)
    deleted: int  # cards the learner deleted, first seen so (MergeResult.deleted)
    joined: int  # removed cards another card now asks in full (MergeResult.joined)
    moved: int  # unchanged cards whose note shows another place in the source (MergeResult.moved)
    cache_entry: EncodedJson | None  # the parse cache's entry for `text`

    def count(self, kind: str) -> int:
        return self.counts.get(kind, 0)


def merge_with_file(
    extracted: CardFile,
    target: Path,
    records: dict,
    cache: ParseCache | None = None,
    take: frozenset[str] = frozenset(),
    name_all: bool = False,
    source_lines: list[str] | None = None,
) -> MergeSummary:
    """Merge `extracted` into the card file at `target` (if there is one) without writing:
    `records` are the state's records of that file, `take` the ids to give the source's version,
    `name_all` and `source_lines` as in merge_card_file. Raises YaodianError when the file does not load."""
    return _merge_with_file(extracted, target, records, cache, take, name_all, source_lines)[1]


def _merge_with_file(
    extracted: CardFile,
    target: Path,
    records: dict,
    cache: ParseCache | None,
    take: frozenset[str] = frozenset(),
    name_all: bool = False,
    source_lines: list[str] | None = None,
) -> tuple[MergeResult, MergeSummary]:
    existing: CardFile | None = None
    existing_text: str | None = None
    previous: str | None = None
    try:
        data: bytes | None = target.read_bytes()
    except FileNotFoundError:
        data = None
    except OSError as exc:
        raise YaodianError(f"cannot read: {exc.strerror or exc}", Location(target)) from None
    if data is not None:
        existing, problems = read_card_file(target, cache, data)
        if problems:
            first = problems[0]
            raise YaodianError(f"{first.message} (fix it first; the file was left as it is)", first.location)
        existing_text = data.decode("utf-8")
        previous = hashlib.sha1(data).hexdigest()
    result = merge_card_file(
        extracted, existing, existing_text, records, target.name, take, name_all, source_lines
    )
    text: str | None = None
    digest, entry = previous, None
    if result.text != existing_text:
        text = result.text
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
        if result.card_file is not None:  # build need not parse it again
            entry = ParseCache.encode_entry(digest, result.card_file, result.card_data)
    summary = MergeSummary(
        text=text,
        digest=digest or "",
        previous=previous,
        fingerprints=result.fingerprints,
        counts=dict(Counter(change.kind for change in result.changes)),
        unchanged=result.unchanged,
        notes=[(c.kind, c.card.id, c.note) for c in result.changes if c.note],
        unnamed=result.unnamed,
        deleted=result.deleted,
        joined=result.joined,
        moved=result.moved,
        cache_entry=entry,
    )
    return result, summary


def write_merge(summary: MergeSummary, target: Path, state: State, cache: ParseCache | None = None) -> None:
    """Write a merged card file (when it changed) and record it in `state` and `cache`.

    The file must still hold what the merge started from: one changed meanwhile (the learner
    saved it while a batch ran) is left as it is and reported. The file's records go to the
    state's journal before the file is written, so a run killed at any point leaves the two
    consistent (see State). An OSError names the card file.
    """
    if summary.text is not None:
        try:
            current: str | None = hashlib.sha1(target.read_bytes()).hexdigest()
        except FileNotFoundError:
            current = None
        if current != summary.previous:
            raise YaodianError(
                "changed while extract ran; the file was left as it is, extract again", Location(target)
            )
        state.log(target.name, summary.previous, summary.digest, summary.fingerprints)
        write_atomic(target, summary.text.encode("utf-8"))
        if cache is not None and summary.cache_entry is not None:
            cache.put(target, summary.digest, summary.cache_entry)
    state.files[target.name] = summary.fingerprints


def rewrite_cards(card_file: CardFile, text: str, replacements: dict[str, Card | None]) -> str:
    """The card file `text` (which holds `card_file`) with the cards whose ids are in
    `replacements` written anew, or removed where the replacement is None.

    Everything else stays as it is, the other cards' comments and formatting included. Comment
    lines inside or just above a rewritten card are kept, just above it; a removed card's go
    with it. A file that is not in block style is written anew (it has no comments to keep).
    """
    layout = _layout(text)
    if layout is None or len(layout.spans) != len(card_file.cards):
        kept = [card for c in card_file.cards if (card := replacements.get(c.id, c)) is not None]
        return render_card_file(
            CardFile(card_file.source, card_file.title, card_file.deck, kept, card_file.tags)
        )
    out = list(layout.head)
    remaining = 0
    for card, span in zip(card_file.cards, layout.spans, strict=True):
        if card.id not in replacements:
            out += span
            remaining += 1
            continue
        new = replacements[card.id]
        if new is None:
            continue
        remaining += 1
        comments = [line for line in span if line.lstrip().startswith("#")]
        trailing = len(span) - len(list(_strip_blank_end(span)))
        out += comments + _card_lines(new, layout.indent) + span[len(span) - trailing :]
    if not remaining:  # `cards:` with nothing under it would read as null
        for index in range(len(out) - 1, -1, -1):
            if out[index].startswith("cards:"):  # (a stamp or a comment may follow)
                out[index] = f"cards: []{out[index][len('cards:') :].rstrip()}\n"
                break
    if out and not out[-1].endswith("\n"):
        out[-1] += "\n"
    return "".join(out + layout.tail)


def _strip_blank_end(lines: list[str]) -> list[str]:
    """`lines` without the blank lines at their end."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    return lines[:end]
