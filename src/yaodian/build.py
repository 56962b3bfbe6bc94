"""Compile card files into one Anki package: a deck tree, one note per card, cloze deletions.

Every id is deterministic: the note type id is a constant, deck ids derive from deck names,
note GUIDs from card ids. So importing a rebuilt package updates the same notes in place and
Anki keeps their review history. Nothing here reads source documents or prints.

Study modes (a card's `mode`, else the build's default for list cards):
- `each`: one card per item; the card for item k hides item k and, through a few lines of
  template script, every item after it, so the learner recites the list in order. Where
  scripts do not run the card degrades to a plain cloze that shows every other item.
- `all`: one card that hides every item, cloze number ALL_CLOZE.
- `both`: both of the above; each item's cloze is nested inside the ALL_CLOZE one.
Cloze cards without a `mode` are plain Anki clozes (every other gap shown).
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import html
import io
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import genanki

from yaodian import __version__
from yaodian.cards import (
    ALL_CLOZE,
    CLOZE,
    CLOZE_OPENING,
    MODES,
    Card,
    CardFile,
    cloze_problems,
    next_cloze_number,
    shows_line,
    whole_card_problem,
)
from yaodian.config import DEFAULT_MODE, DEFAULT_ROOT
from yaodian.errors import Location, YaodianError
from yaodian.files import clean_stale_files, staged, write_atomic
from yaodian.numbers import answers, renumber, resembling, same_question, why_another_question

# Never change these: Anki matches note types and notes by them on re-import.
MODEL_ID = 1_607_392_319
MODEL_NAME = "yaodian 要点 cloze"
GUID_NAMESPACE = "yaodian"
# The field set is final: adding a field to a published note type makes Anki import the next
# package as a second note type and stop updating the learner's notes.
# Text: the cloze body. Extra: context for the back. Source: title › heading path › line.
# Hint: an optional cue the learner reveals on the front (Anki's hint filter), e.g. 口诀.
# Mode: each/all/both or empty, read by the template script. Id: the YAML card id.
FIELDS = ("Text", "Extra", "Source", "Hint", "Mode", "Id")
# A deck preset that studies new cards in the order gathered (document order). Anki's default
# preset sorts each day's new cards by card type first, i.e. every list's first item before any
# second item. The preset only arrives when the learner imports deck presets too.
DECK_CONFIG_ID = 1_607_392_320
DECK_CONFIG_NAME = "yaodian 要点"

# Anki runs template scripts on desktop, AnkiDroid and AnkiMobile, after the card's HTML is in
# the page. It renders the cloze being asked as span.cloze and every other cloze as
# span.cloze-inactive; cloze numbers need not follow display order, so "later" means later in
# the document. Without scripts nothing is hidden: a plain cloze.
IN_ORDER_SCRIPT = """<script>
(function () {
  var boxes = document.querySelectorAll(".yd-front");
  for (var b = 0; b < boxes.length; b++) {
    var box = boxes[b], mode = box.getAttribute("data-mode");
    if ((mode !== "each" && mode !== "both") || box.getAttribute("data-yd-done")) continue;
    box.setAttribute("data-yd-done", "1");
    var active = box.querySelector(".cloze");
    if (!active) continue;
    var spans = box.querySelectorAll(".cloze-inactive");
    for (var i = 0; i < spans.length; i++) {
      var span = spans[i];
      if (span.contains(active) || !(active.compareDocumentPosition(span) & 4)) continue;
      var item = span.closest ? span.closest("li") : null;
      if (item && box.contains(item) && !item.contains(active)) {
        item.className += " yd-later";
        continue;
      }
      var outer = span.parentNode, hidden = false;
      for (; outer && outer !== box; outer = outer.parentNode) {
        if (/\\byd-later\\b/.test(outer.className || "")) hidden = true;
      }
      if (hidden) continue;
      var gap = document.createElement("span");
      gap.className = "yd-gap";
      gap.textContent = "……";
      span.parentNode.insertBefore(gap, span);
      span.className += " yd-later";
    }
  }
})();
</script>"""

# Both sides open with where the card stands (Source: the title and the heading path above the
# card), so a prompt reads as part of its section; the front leaves out the line number.
FRONT = (
    '{{#Source}}<div class="source source-front">{{Source}}</div>{{/Source}}\n'
    '<div class="yd yd-front" data-mode="{{Mode}}">{{cloze:Text}}</div>\n'
    '{{#Hint}}<div class="hint">{{hint:Hint}}</div>{{/Hint}}\n' + IN_ORDER_SCRIPT
)
BACK = (
    '{{#Source}}<div class="source">{{Source}}</div>{{/Source}}\n'
    '<div class="yd yd-back" data-mode="{{Mode}}">{{cloze:Text}}</div>\n'
    '{{#Extra}}<div class="extra">{{Extra}}</div>{{/Extra}}\n'
    '{{#Hint}}<div class="hint">{{Hint}}</div>{{/Hint}}'
)


def css() -> str:
    """The note type's style sheet (card.css)."""
    return resources.files("yaodian").joinpath("card.css").read_text(encoding="utf-8")


def note_model() -> genanki.Model:
    """yaodian's own cloze note type; its id, name and fields are fixed for the life of the project."""
    return genanki.Model(
        MODEL_ID,
        MODEL_NAME,
        fields=[{"name": name} for name in FIELDS],
        templates=[{"name": "Cloze", "qfmt": FRONT, "afmt": BACK}],
        css=css(),
        model_type=genanki.Model.CLOZE,
    )


def deck_id(name: str) -> int:
    """A deck id from the deck's full name: stable, and within SQLite's positive 63-bit range."""
    digest = hashlib.sha1(("yaodian-deck\x1f" + name).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") >> 2 | 1 << 40


def deck_name(card_file: CardFile, root: str = DEFAULT_ROOT) -> str:
    """The document's deck under `root`: the YAML deck's first part is the root and is replaced."""
    parts = [p for p in (card_file.deck or "").split("::") if p.strip()]
    below = parts[1:] if len(parts) > 1 else [card_file.title or _stem(card_file)]
    return "::".join([root, *below])


def _escape(text: str) -> str:
    """Text that is not HTML, made safe for a field: tags escaped, braces kept from Anki's parser."""
    text = html.escape(text, quote=False).replace("{", "&#123;").replace("}", "&#125;")
    return text.replace("\n", "<br>")


def _escape_answer(text: str) -> str:
    """Escape a cloze answer; a ':' pair would otherwise start Anki's cloze hint."""
    return _escape(text).replace(":", "&#58;")


def _wrap(number: int, answer: str, mode: str, hint: str | None = None) -> str:
    """One item's cloze markup in `mode`: its own number, the whole-card number, or one nested in the other."""
    hint_part = f"::{_escape(hint)}" if hint else ""
    if mode == "all":
        return f"{{{{c{ALL_CLOZE}::{_escape_answer(answer)}{hint_part}}}}}"
    cloze = f"{{{{c{number}::{_escape_answer(answer)}{hint_part}}}}}"
    # Anki (2.1.56+, and the phones, which share its renderer) supports nested clozes.
    return f"{{{{c{ALL_CLOZE}::{cloze}}}}}" if mode == "both" else cloze


def cloze_html(text: str, mode: str = "") -> str:
    """Escape free text for Anki while keeping its {{cN::...}} markup working."""
    parts, last = [], 0
    for match in CLOZE.finditer(text):
        parts.append(_escape(text[last : match.start()]))
        number, answer, hint = match.groups()
        parts.append(_wrap(int(number), answer, mode, hint))
        last = match.end()
    parts.append(_escape(text[last:]))
    return "".join(parts)


def card_mode(card: Card, default: str = DEFAULT_MODE) -> str:
    """The card's study mode: its own, else `default` for list cards; "" is a plain cloze card."""
    if card.mode:
        return card.mode
    return default if card.type == "list" else ""


def card_text(card: Card, mode: str | None = None) -> str:
    """The Text field: a list's prompt with one cloze per item, or a cloze card's own text."""
    mode = card_mode(card) if mode is None else mode
    if card.type == "cloze":
        return cloze_html(card.text, mode)
    rows = "".join(
        f"<li>{_wrap(n, item, mode)}</li>" for n, item in zip(card.cloze_numbers(), card.items, strict=True)
    )
    prompt = f'<div class="prompt">{_escape(card.prompt)}</div>' if card.prompt else ""
    return f'{prompt}<ol class="items">{rows}</ol>'


def cloze_order(card: Card, mode: str | None = None) -> list[int]:
    """The card's cloze numbers in study order: items in display order, then the whole-card cloze."""
    mode = card_mode(card) if mode is None else mode
    if card.type == "list":
        numbers = card.cloze_numbers()
    else:
        numbers = list(dict.fromkeys(int(m.group(1)) for m in CLOZE.finditer(card.text)))
    if mode == "all":
        return [ALL_CLOZE]
    return [*numbers, ALL_CLOZE] if mode == "both" else numbers


def _stem(card_file: CardFile) -> str:
    if card_file.source:
        return Path(card_file.source).stem
    return card_file.path.stem if card_file.path else "cards"


# A title longer than this is shortened on the cards (the deck carries it whole).
TITLE_MAX = 24
# Where a headline of two parts divides: a space, a dash or a colon (主题 副题, 主题——副题; not the
# dash of a span of years, 2026—2028), or
# before a bracketed note at its end (…综合能力测试（A卷）, …参考答案（综合管理类）).
_TITLE_PARTS = re.compile(r"\s+|——|(?<!\d)—(?!\d)|[：:]|(?=[（(][^（()）]*[）)]$)")
_FEWEST_SHOWN = 6  # a shortened title shows at least this much of the headline
# A first part shown whole when no part fits may run this far past TITLE_MAX; a longer one is cut.
_LONGEST_FIRST_PART = TITLE_MAX + 8


def source_line(card_file: CardFile, card: Card) -> str:
    """The Source field: document title › section (the heading path) › line, the line in a span
    of its own that the front hides (only for plain text and Markdown sources: see cards.shows_line)."""
    title = (card_file.title or card_file.source).strip()
    parts = [_short_title(title)]
    if card.origin and card.origin.section:
        parts.append(_section_above(card, card.origin.section))
    where = _escape(" › ".join(p for p in parts if p))
    if card.origin and card.origin.line and shows_line(card_file.source):
        where += f'<span class="line"> › 第{card.origin.line}行</span>'
    return where


# A heading this short (in word characters) could open a card's text by chance.
_FEWEST_HEADING = 4
# What a heading and a card's opening are compared without: punctuation, spaces, a shortening's …
# (build's own, not numbers.norm: the signature hashes build.py only, see _renderer)
_NON_WORD = re.compile(r"\W")


def _section_above(card: Card, section: str) -> str:
    """The heading path above the card: without its last heading when the card opens with that
    heading's words (a card made of the heading line, `02 坚持{{c1::精准治污}}、…` under
    `02 坚持精准治污、…`). The header would print the card's own words over it, its gaps on the front
    included; the card shows the heading itself."""
    *above, last = section.split(" › ")
    opening = CLOZE.sub(lambda gap: gap.group(2), card.text) if card.type == "cloze" else card.prompt
    heading = _NON_WORD.sub("", last)
    if len(heading) >= _FEWEST_HEADING and _NON_WORD.sub("", opening).startswith(heading):
        return " › ".join(above)
    return section


def _short_title(title: str) -> str:
    """The title as the cards show it: whole when short; else as many of its parts as fit, when
    the headline has parts and they say enough (溪源县扎实推进和美乡村建设…, 学深悟透 笃行实干…), or
    its first part whole when none fits and it is not much longer (…公务员笔试综合能力测试…, not
    …笔试综合能…); else a cut between two words (…全面提升…, not …全面提升农…), for a headline of one
    part or a first part too long to show whole."""
    if len(title) <= TITLE_MAX:
        return title
    cuts = [part.start() for part in _TITLE_PARTS.finditer(title) if part.start() >= _FEWEST_SHOWN]
    fitting = [cut for cut in cuts if cut < TITLE_MAX]
    if fitting:
        return title[: fitting[-1]] + "…"
    if cuts and cuts[0] <= _LONGEST_FIRST_PART:
        return title[: cuts[0]] + "…"
    # jieba's words, which only a title no part shortens needs (its file is hashed: _RENDERING_CODE)
    from yaodian.extractors.text import clipped

    return clipped(title, TITLE_MAX)


def _tag(text: str) -> str:
    # Anki splits tags on whitespace, so a space would make two tags.
    return re.sub(r"\s+", "_", text.strip())


def file_tags(card_file: CardFile) -> list[str]:
    """The tags every card of a file gets: its source stem and the document's keywords."""
    return [f"yaodian::source::{_tag(_stem(card_file))}", *(_tag(t) for t in card_file.tags)]


def note_tags(card_file: CardFile, card: Card, shared: list[str] | None = None) -> list[str]:
    """yaodian, the card type, the source stem, the document's keywords, the card's own tags.

    `shared` is file_tags(card_file), when the caller has it already.
    """
    tags = [
        "yaodian",
        f"yaodian::{card.type}",
        *(file_tags(card_file) if shared is None else shared),
        *(_tag(t) for t in card.tags),
    ]
    return list(dict.fromkeys(t for t in tags if t))


# An item's number as an extra that lists the items writes it: "1. ", "2、"
_ITEM_NUMBER = re.compile(r"^\s*(\d+)[.、．]\s*")
# Punctuation that closes a line of the extra without saying more (；：，、。): 守住生态保护红线；
# 易混点： 乙，
_LINE_END = re.compile(r"[；;。，,、：:]+$")
# A study note in brackets closing a line of the extra (（必背）, (可直接套用), 【重点掌握】, （高频、必考）):
# it tells how to learn the item, and says nothing of it. The brackets hold study words only: a
# gloss that holds one (（党委书记）, （重点行业）, （了解民情）) says something of the item and stays.
_STUDY_WORD = (
    r"(?:必背|背诵|熟背|熟记|牢记|识记|记住|(?:重点|需要?|要|必须|了解并)?(?:掌握|了解|理解|熟悉)"
    r"|重点|重要|高频|常考|必考|考点|(?:可|能)?直接套用|可套用|★+)"
)
_STUDY_NOTE = re.compile(rf"\s*[（(【\[]{_STUDY_WORD}(?:[、，,/\s]*{_STUDY_WORD})*[）)】\]]$")


def shown_extra(card: Card) -> str:
    """The extra Anki shows on the back. For a list card, a line that only repeats an item
    (`1. item`, as outline cards were written; `2. item（必背）`, a study note after it) is left out: the back shows the items as the
    answer already, so Anki would show them twice. Lines that say more stay: a lead line (the
    sentence above the list), an item's whole sentence. The YAML keeps the extra: leaving
    lines out here changes no card file, fingerprint or record."""
    if card.type != "list" or not card.extra:
        return card.extra
    items = {item.strip() for item in card.items}
    lines = card.extra.splitlines()
    kept = [line for line in lines if _item_said(line) not in items]
    return card.extra if len(kept) == len(lines) else "\n".join(kept).strip()


def _item_said(line: str) -> str:
    """What a line of the extra says, as an item would: without its number (2.), the mark that
    ends it (；) and a study note after it (（必背）)."""
    without_number = _ITEM_NUMBER.sub("", line).strip()
    return _STUDY_NOTE.sub("", _LINE_END.sub("", without_number))


# The characters of an item's words that a line of its extra holds, for stale_extra_warnings:
# enough to tell 聚焦组织… from 聚焦队伍…, few enough that an item grown or cut still matches
_ITEM_OPENING_CHARS = 6
_NON_WORDS = re.compile(r"\W+")


def stale_extra_warnings(
    card_file: CardFile, as_yaodian_wrote: Callable[[Card], bool] = lambda card: False
) -> list[YaodianError]:
    """A warning per list card whose extra lists its items line by line (`1. item…`, `2. item…`,
    as extract writes it) where a line names no item of the card: an item the learner removed
    (or reworded) that the back still shows under the items. A card `as_yaodian_wrote` says is
    as the source gave it is left alone: its extra is the source's, whatever it lists."""
    warnings = []
    where = card_file.path or Path(card_file.source)
    for card in card_file.cards:
        if card.type != "list" or not card.extra or as_yaodian_wrote(card):
            continue
        lines = [line.strip() for line in card.extra.splitlines()]
        numbered = [(match, line) for line in lines if (match := _ITEM_NUMBER.match(line))]
        if len(numbered) < 2 or [int(match.group(1)) for match, _ in numbered] != list(
            range(1, len(numbered) + 1)
        ):
            continue
        items = [words for item in card.items if (words := _NON_WORDS.sub("", item))]
        stale = []
        for match, line in numbered:
            words = _NON_WORDS.sub("", line[match.end() :])
            # extract's lines may put a label or a clause before the item (主题：…, 同志们，…): a
            # line names an item that opens anywhere in it, or one it opens (cut short: 抓阵地)
            if not any(
                item[:_ITEM_OPENING_CHARS] in words or item.startswith(words[:_ITEM_OPENING_CHARS])
                for item in items
            ):
                stale.append(line)
        if stale and len(stale) < len(numbered):  # a line naming an item: the extra lists the items
            named = "; ".join(f"`{line}`" for line in stale)
            which = "which names no item" if len(stale) == 1 else "which name no item"
            message = (
                f"{card.id}: its extra lists {named}, {which} of the card (removed or reworded?); the back "
                f"shows {'it' if len(stale) == 1 else 'them'} under the items: mend or delete "
                f"{'that line' if len(stale) == 1 else 'those lines'} of extra"
            )
            warnings.append(YaodianError(message, Location(where, card.line)))
    return warnings


def note_fields(card_file: CardFile, card: Card, default_mode: str = DEFAULT_MODE) -> list[str]:
    """The note's fields, in the order of FIELDS."""
    mode = card_mode(card, default_mode)
    return [
        card_text(card, mode),
        _escape(shown_extra(card)),
        source_line(card_file, card),
        "",  # Hint: no YAML field fills it yet
        mode,
        card.id,
    ]


class _Card(genanki.Card):
    """A card with its own new-card position, so a list's items are learned in display order."""

    def __init__(self, ord: int, due: int) -> None:
        super().__init__(ord)
        self.due = due

    def write_to_db(self, cursor, timestamp, deck_id, note_id, id_gen, due=0):
        return super().write_to_db(cursor, timestamp, deck_id, note_id, id_gen, self.due)


class _Note(genanki.Note):
    """A note with its own modification time and its own cards.

    genanki stamps every note with the build time; Anki's import then treats an unchanged note
    as newer and overwrites edits the learner made inside Anki. yaodian keeps a note's time
    until its content changes. genanki also finds clozes with a regex that misses nested ones,
    so the cards are given explicitly.
    """

    def __init__(self, *args: object, mod: int, cards: list[_Card], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.mod = mod
        self._cards = cards

    @property
    def cards(self) -> list[_Card]:  # type: ignore[override]
        return self._cards

    def write_to_db(self, cursor, timestamp, deck_id, id_gen):
        return super().write_to_db(cursor, self.mod, deck_id, id_gen)


class _Deck(genanki.Deck):
    """A deck that uses yaodian's deck preset."""

    def to_json(self) -> dict:
        data = super().to_json()
        data["conf"] = DECK_CONFIG_ID
        return data


class _Package(genanki.Package):
    """genanki's package plus yaodian's deck preset (new cards in document order).

    genanki rewrites the collection's deck and note-type JSON once per deck, which grows
    quadratically with a few hundred documents; here both are written once.
    `model_mod`, when given, is the note type's modification time instead of the package's.
    """

    def __init__(self, decks: list[genanki.Deck], model_mod: int | None = None) -> None:
        super().__init__(decks)
        self.model_mod = model_mod

    def write_to_db(self, cursor, timestamp, id_gen):
        from genanki.apkg_col import APKG_COL
        from genanki.apkg_schema import APKG_SCHEMA

        cursor.executescript(APKG_SCHEMA)
        cursor.executescript(APKG_COL)
        (decks_raw, models_raw) = cursor.execute("SELECT decks, models FROM col").fetchone()
        decks, models = json.loads(decks_raw), json.loads(models_raw)
        for deck in self.decks:
            decks[str(deck.deck_id)] = deck.to_json()
            for note in deck.notes:
                deck.add_model(note.model)
            models.update({m.model_id: m.to_json(timestamp, deck.deck_id) for m in deck.models.values()})
        if self.model_mod is not None:
            for model in models.values():
                model["mod"] = self.model_mod
        cursor.execute("UPDATE col SET decks = ?, models = ?", (json.dumps(decks), json.dumps(models)))
        for deck in self.decks:
            for note in deck.notes:
                note.write_to_db(cursor, timestamp, deck.deck_id, id_gen)
        (raw,) = cursor.execute("SELECT dconf FROM col").fetchone()
        presets = json.loads(raw)
        preset = copy.deepcopy(presets["1"])
        preset.update(
            id=DECK_CONFIG_ID,
            name=DECK_CONFIG_NAME,
            # A constant time: the import never overwrites a preset the learner has changed.
            mod=1_700_000_000,
            newSortOrder=1,  # "order gathered": by due, which follows the document
            newGatherPriority=0,  # deck by deck, each in due order
        )
        # Burying new siblings would teach one item of a list per day; recitation wants them together.
        preset["new"].update(bury=False, ints=[1, 4, 0])
        presets[str(DECK_CONFIG_ID)] = preset
        cursor.execute("UPDATE col SET dconf = ?", (json.dumps(presets),))


STATE_FILE = ".yaodian-build.json"
# What each package was built from, in a file of its own: a no-op build reads only this.
INPUTS_FILE = ".yaodian-inputs.json"


def _load_state(path: Path) -> dict:
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


# The code that turns cards into notes' fields: this module, the card model's (shows_line: which
# sources' cards show their line), and the text helpers whose clipped shortens a long headline
# of one part between two words (imported where it is needed, as it brings jieba's words). Read
# as files, not imported.
_RENDERING_CODE = (
    Path(__file__),
    Path(__file__).parent / "cards.py",
    Path(__file__).parent / "extractors" / "text.py",
)


def _renderer() -> bytes:
    """The code that turns cards into notes' fields (_RENDERING_CODE, all of it hashed): a new
    yaodian that renders a field otherwise (a shortened title, an extra left out) must rebuild,
    also at the same version."""
    return b"\x1f".join(path.read_bytes() for path in _RENDERING_CODE)


def inputs_signature(card_paths: list[Path], root: str, mode: str) -> str:
    """A hash of everything a build reads: the card files' bytes, the options, the note type and
    the code that renders the fields."""
    digest = hashlib.sha1()
    for part in (__version__, root, mode, css(), IN_ORDER_SCRIPT, *FIELDS):
        digest.update(part.encode("utf-8") + b"\x1f")
    digest.update(_renderer() + b"\x1f")
    for path in sorted(card_paths):
        digest.update(path.name.encode("utf-8") + b"\x1f" + path.read_bytes() + b"\x1e")
    return digest.hexdigest()


def is_up_to_date(out: Path, signature: str) -> bool:
    """True when `out` exists and was built from exactly these inputs: the build can be skipped."""
    built = _load_state(out.parent / INPUTS_FILE)
    return out.exists() and built.get(out.name) == signature


def _tie_numbers(card: Card, previous: list | None) -> Card:
    """Keep each item's cloze number from the last build when the learner moved items by hand.

    Anki keeps review history per cloze number, so an item inserted into the YAML must not take
    over the number (and history) of the item that used to stand there. `extract` writes the
    numbers into the YAML itself; this covers hand edits that left them out.
    """
    if card.type != "list" or card.clozes or not previous or len(previous) < 5:
        return card
    old_items, old_numbers, old_retired = previous[2], previous[3], previous[4]
    if not isinstance(old_items, list) or not isinstance(old_numbers, list):
        return card
    if old_items == card.items:
        # the items the last build tied: they keep the numbers it gave them
        if len(old_numbers) != len(card.items) or old_numbers == card.cloze_numbers():
            return card
        clozes, retired = list(old_numbers), old_retired
    else:
        old = Card(type="list", id=card.id, items=old_items, clozes=old_numbers, retired=old_retired)
        clozes, retired = renumber(old, card)
    tied = copy.copy(card)
    tied.clozes, tied.retired = clozes, sorted(set(card.retired) | set(retired or []))
    return tied


def as_built(card: Card, state: dict) -> Card:
    """`card` with the cloze numbers a build gives it (`state`: load_build_state): a list card
    whose items were edited by hand, which writes no `clozes:`, keeps each surviving item's number
    and gives a changed one a new number (_tie_numbers). What preview shows, so that it labels
    each card with the number Anki has it under."""
    return _tie_numbers(card, state.get(card.id))


_NAMED_ITEM_CHANGES = 3  # a warning names this many items that ask anew, then counts the rest


def reasked_item_warnings(card_file: CardFile, state: dict) -> list[YaodianError]:
    """A warning for each list card whose items the learner edited so that the build gives some
    of them new numbers (_tie_numbers: they ask something else now, by numbers.same_question's
    rules; an item rewritten in its place, reading like nothing it replaced, is one too: see
    _rewritten_in_place), naming the card, each such item's old and new wording and number, and why. Anki keeps
    a card's review history under its cloze number: those items start again from nothing, and the
    old numbers are retired (Anki keeps their cards, empty, until Tools › Empty Cards). A learner
    who only completed the items (the same questions, worded longer) keeps their history by
    writing the old numbers as `clozes:`, which the warning gives (an item new to the card with a
    number above them). Cards that write `clozes:` (extract's, or the learner's) are numbered as written: no
    warning."""
    warnings: list[YaodianError] = []
    where = card_file.path or Path(card_file.source)
    for card in card_file.cards:
        advice = _item_advice(card, state)
        if advice is not None:
            changes, advised = advice
            warnings.append(
                YaodianError(_reasked_message(card.id, changes, advised), Location(where, card.line))
            )
    return warnings


def _item_advice(card: Card, state: dict) -> tuple[list[str], list[int]] | None:
    """What reasked_item_warnings says of `card`: the items that ask anew, in words (c2 old → c5
    new (why)), and the `clozes:` that keeps their history (a number per item); None when it
    says nothing."""
    previous = state.get(card.id)
    tied = as_built(card, state)
    if card.type != "list" or card.clozes or tied is card or not tied.clozes:
        return None
    old = dict(zip(previous[3], previous[2], strict=False))
    numbers = tied.cloze_numbers()
    dropped = [number for number in old if number not in numbers and number not in card.retired]
    anew = [j for j, number in enumerate(numbers) if number not in old]
    pairs = resembling([old[number] for number in dropped], [tied.items[j] for j in anew])
    in_place = _rewritten_in_place(previous[3], dropped, anew, pairs)
    pairs.update(in_place)
    if not pairs:
        return None
    changes = []
    advised = list(numbers)
    for k, j in enumerate(anew):
        if k in pairs:
            was_number = dropped[pairs[k]]
            was = old[was_number]
            advised[j] = was_number
            why = _IN_PLACE if k in in_place else why_another_question(was, tied.items[j])
            changes.append(f"c{was_number} {was} → c{numbers[j]} {tied.items[j]} ({why})")
    # an item new to the card takes a number above every number it had (as _tie_numbers gives)
    unpaired = [j for k, j in enumerate(anew) if k not in pairs]
    old_retired = previous[4] if isinstance(previous[4], list) else []
    taken = {*old, *old_retired, *card.retired, *(n for j, n in enumerate(advised) if j not in unpaired)}
    for j in unpaired:
        advised[j] = next_cloze_number(taken)
        taken.add(advised[j])
    return changes, advised


_IN_PLACE = "rewritten in its place"


def _rewritten_in_place(
    built: list, dropped: list[int], anew: list[int], pairs: dict[int, int]
) -> dict[int, int]:
    """Pairs (as resembling gives them: index in `anew` -> index in `dropped`) of an item that
    reads like no dropped one but stands where a dropped item stood (`built`: the numbers of the
    items as last built, in list order): the learner rewrote that item where it was (a fix of
    its words: 并列式 for 从不同方面论证总论点), so it may ask what it asked, and the learner is
    told of its number as of one reworded."""
    in_place: dict[int, int] = {}
    for k, j in enumerate(anew):
        if k in pairs or j >= len(built):
            continue
        number = built[j]
        if number in dropped and dropped.index(number) not in {*pairs.values(), *in_place.values()}:
            in_place[k] = dropped.index(number)
    return in_place


def _reasked_message(card_id: str, changes: list[str], advised: list[int]) -> str:
    """reasked_item_warnings' words for one card: how many items ask anew, the first
    _NAMED_ITEM_CHANGES `changes` (c2 old → c5 new (why)) and a count of the rest, and the
    `clozes:` that keeps their history (`advised`: a number per item)."""
    more = len(changes) - _NAMED_ITEM_CHANGES
    named = "; ".join(changes[: _NAMED_ITEM_CHANGES if more > 1 else len(changes)])
    named += f"; and {more} more" if more > 1 else ""
    one = len(changes) == 1
    it, its = ("it", "its") if one else ("they", "their")
    keep = (
        f"; if {it} still {'asks' if one else 'ask'} what {it} asked, write "
        f"`clozes: [{', '.join(map(str, advised))}]` in the card to keep {its} history, before Tools › "
        f"Empty Cards deletes the old {'card' if one else 'cards'}"
    )
    told = (
        "1 item now asks something else, so the build gives it a new cloze number, without the review "
        "history Anki keeps under the old one (retired)"
        if one
        else f"{len(changes)} items now ask something else, so the build gives them new cloze numbers, "
        "without the review history Anki keeps under the old ones (retired)"
    )
    return f"{card_id}: {told}: {named}{keep}"


def _numbering(card: Card, previous: list | None) -> list:
    """The build state's record of what each cloze number asks: [answers, numbers, retired],
    a list card's items or a cloze card's gaps (in number order), so that the next build or
    check can tell a number that now asks something else (see renumbered_gap_warnings). While a
    typed number is warned of, it is the previous record's (`previous[2:5]`), or [] when the
    previous record holds no numbering.

    A cloze card's record keeps what each number was first built asking, the question its Anki
    history is about, also once the number is gone from the card. While a number the learner
    typed onto another answer, or a built answer moved to a number with no history, is warned
    of, the card's record stays as it was (so the warning stays, and the numbers the warning
    suggests are still free) until the learner gives the number back. (A list card's record is
    its items as built: _tie_numbers reads it so.)"""
    asked, numbers = answers(card)
    if card.type != "cloze":
        return [asked, numbers, card.retired]
    built = dict(_built_numbering(previous))
    now = dict(zip(numbers, asked, strict=True))
    retyped = any(
        number in built and not same_question(built[number], answer) for number, answer in now.items()
    )
    if retyped or _moved_answers(built, now, card.retired):
        return list(previous[2:5]) if isinstance(previous, list) else []
    built.update(now)
    ordered = sorted(built)
    return [[built[number] for number in ordered], ordered, card.retired]


def _built_numbering(previous: list | None) -> list[tuple[int, str]]:
    """(number, answer) pairs a build state's record holds (none when it holds none)."""
    if not isinstance(previous, list) or len(previous) < 5:
        return []
    old_answers, old_numbers = previous[2], previous[3]
    if not isinstance(old_answers, list) or not isinstance(old_numbers, list):
        return []
    return [
        (number, answer)
        for number, answer in zip(old_numbers, old_answers, strict=False)
        if isinstance(number, int) and isinstance(answer, str)
    ]


def built_numbers(state: dict) -> Callable[[Card], set[int]]:
    """The cloze numbers a build gave a card (`state`: load_build_state), which hold Anki history."""
    return lambda card: {number for number, _answer in _built_numbering(state.get(card.id))}


def _moved_answers(built: dict[int, str], now: dict[int, str], retired: list[int]) -> list[tuple[int, int]]:
    """(built number, number it stands under now) for each answer a build asked under `built`'s
    number that the learner moved to a number with no history (`now`: the card's gaps by number;
    a number the learner retired was given up on purpose)."""
    moved = []
    for number, was in built.items():
        if number in now or number in retired:
            continue
        moved_to = [n for n, text in now.items() if n not in built and same_question(was, text)]
        if moved_to:
            moved.append((number, moved_to[0]))
    return moved


def _advised_numbers(before: dict[int, str], card: Card, old_retired: list[int]) -> dict[int, int]:
    """The number each gap of the cloze card `card` should stand under (its number now -> the one
    to give it), one plan for the whole card, so that no two warnings tell one answer two numbers.
    An answer a build asked (`before`: built number -> answer) goes back under that number: where
    it stands, else where the same words stand, else a gap that asks the same question
    (numbers.same_question). A number retired (by the card, or in the last build: `old_retired`)
    was given up on purpose and takes no answer back. A gap no build asked keeps a number no build
    gave; one standing under a built number takes a number above every number the card keeps, in
    reading order (the numbers answers leave behind are free again: they hold no history)."""
    asked, numbers = answers(card)
    now = dict(zip(numbers, asked, strict=True))
    retired = {*card.retired, *old_retired}
    built = {number: was for number, was in before.items() if number not in card.retired}
    advised: dict[int, int] = {}
    for number, was in built.items():  # answers that stand where they were built
        if number in now and same_question(was, now[number]):
            advised[number] = number
    for alike in (str.__eq__, same_question):  # then answers moved: the same words first
        for number, was in built.items():
            if number in advised.values():
                continue
            moved_to = [n for n, text in now.items() if n not in advised and alike(was, text)]
            if moved_to:
                advised[moved_to[0]] = number
    for number in now:  # a gap no build asked, under a number no build gave
        if number not in advised and number not in before and number not in retired:
            advised[number] = number
    taken = {*before, *retired, *advised.values()}
    in_reading_order = dict.fromkeys(int(match.group(1)) for match in CLOZE.finditer(card.text))
    for number in in_reading_order:
        if number not in advised:
            advised[number] = next_cloze_number(taken)
            taken.add(advised[number])
    return advised


def _gap_plan(card: Card, previous: list | None) -> tuple[dict, dict, dict[int, int]] | None:
    """What renumbered_gap_warnings and _gap_fix judge a cloze card by: the answer each number
    asked at the last build (`previous`), the answer each asks now, and the number
    _advised_numbers gives each; None when the card was not built with gaps."""
    before = dict(_built_numbering(previous))
    if not before:
        return None
    old_retired = previous[4] if isinstance(previous[4], list) else []
    asked, numbers = answers(card)
    return before, dict(zip(numbers, asked, strict=True)), _advised_numbers(before, card, old_retired)


def _unasked_below(card: Card, before: dict, now: dict, advised: dict[int, int]) -> list[int]:
    """The built numbers the card no longer asks (nor retires) below a number it is to use: unless
    retired, each is a skipped number."""
    top = max(advised.values(), default=0)
    gone = set(before) - set(now) - set(card.retired) - set(advised.values())
    return sorted(n for n in gone if n < top)


def renumbered_gap_warnings(card_file: CardFile, state: dict) -> list[YaodianError]:
    """A warning for each gap of a cloze card whose number was built asking another answer
    (`state`: load_build_state; see _numbering), for each built number whose answer the
    learner moved to a number with no history, leaving it empty, and for each built number the
    card no longer asks below one it uses (not for a card whose cloze markup is broken: that is
    an error of its own, check's). Anki keeps a card's review history under its cloze
    number, so a number typed onto another answer (`{{c3::区块链}}、{{c4::人工智能}}` where c3 asked
    人工智能) hands a studied card's history to a new question, and an answer typed under a new
    number (`{{c1::两个毫不动摇}}` → `{{c2::…}}`) starts it again from nothing. It is said, not
    mended: the learner typed these numbers. The numbers the warnings give come from one plan for
    the card (_advised_numbers): followed together, they leave no number skipped. A card
    whose id another card of the file also has is left to check's duplicate-id error: which of
    them was built is unknown."""
    warnings: list[YaodianError] = []
    where = card_file.path or Path(card_file.source)
    ids = Counter(card.id for card in card_file.cards)
    for card in card_file.cards:
        if card.type != "cloze" or ids[card.id] > 1 or cloze_problems(card.text):
            continue  # (broken markup is an error of its own: its gaps, misread, would be misjudged)
        plan = _gap_plan(card, state.get(card.id))
        if plan is None:
            continue
        before, now, advised = plan
        for number, answer in now.items():
            was = before.get(number)
            if not isinstance(was, str) or advised[number] == number:
                continue
            # the old answer back under its number, or, gone from the card, its number retired
            # (else c{number} is left a skipped number, which check warns of in turn)
            given_back = (
                f" and {was} c{number} back"
                if number in advised.values()
                else f" and add {number} to the card's retired: list"
            )
            message = (
                f"c{number} was built asking {was} and now asks {answer}; "
                f"Anki keeps c{number}'s review history: give {answer} c{advised[number]}{given_back}"
            )
            warnings.append(YaodianError(message, Location(where, card.line)))
        for moved_to, number in advised.items():
            # a built answer under a number with no history, its own left empty (a built number
            # it took is said above, with the answer that stood there)
            if number != moved_to and number not in now and moved_to not in before:
                message = (
                    f"c{number} was built asking {before[number]}, which now stands under c{moved_to}, a "
                    f"number with no history; Anki keeps c{number}'s review history: give it c{number} back"
                )
                warnings.append(YaodianError(message, Location(where, card.line)))
        # a built number the card no longer asks, below a number it is to use: unless retired, it
        # is a skipped number, and check warns of that in turn
        for number in _unasked_below(card, before, now, advised):
            message = (
                f"c{number} was built asking {before[number]}, which the card no longer asks; Anki keeps "
                f"c{number}'s review history: add {number} to the card's retired: list "
                f"(else c{number} is a skipped number)"
            )
            warnings.append(YaodianError(message, Location(where, card.line)))
    return warnings


def number_warnings(card_file: CardFile, state: dict) -> list[YaodianError]:
    """What build, sync and check warn of against the last build (`state`: load_build_state): gap
    numbers typed onto other answers (renumbered_gap_warnings), then list items edited into new
    questions (reasked_item_warnings)."""
    return [*renumbered_gap_warnings(card_file, state), *reasked_item_warnings(card_file, state)]


@dataclass(frozen=True)
class NumberFix:
    """The cloze numbers the warnings of number_warnings give one card, ready to be written into
    its YAML (cards.write_numbers): where the card stands, the card with them, and what they
    are, in words (`clozes: [1, 2, 3]`; `c4 形式主义、官僚主义 (was c1); retired: [1]`)."""

    where: Location
    card: Card
    wrote: str

    def __str__(self) -> str:
        return f"{self.where}: {self.card.id}: {self.wrote}"


def number_fixes(card_file: CardFile, state: dict) -> list[NumberFix]:
    """For each card number_warnings warns of (`state`: load_build_state), the numbers its
    warnings give, followed together: a list card's `clozes:` (reasked_item_warnings), a cloze
    card's gaps under the numbers _advised_numbers plans and the numbers the warnings say to add
    to its `retired:` (renumbered_gap_warnings). Written, they leave the card nothing to warn of."""
    fixes = []
    where = card_file.path or Path(card_file.source)
    ids = Counter(card.id for card in card_file.cards)
    for card in card_file.cards:
        if card.type == "list":
            advice = _item_advice(card, state)
            if advice is not None:
                fixed = copy.copy(card)
                fixed.clozes = advice[1]
                wrote = f"clozes: [{', '.join(map(str, fixed.clozes))}]"
                fixes.append(NumberFix(Location(where, card.line), fixed, wrote))
            continue
        if ids[card.id] > 1:
            continue
        fix = _gap_fix(card, state.get(card.id))
        alone = CardFile(card_file.source, card_file.title, card_file.deck, [card], path=card_file.path)
        if fix is not None and renumbered_gap_warnings(alone, state):  # (a plan the warnings speak of)
            fixes.append(NumberFix(Location(where, card.line), *fix))
    return fixes


def _gap_fix(card: Card, previous: list | None) -> tuple[Card, str] | None:
    """The cloze card `card` with the numbers renumbered_gap_warnings gives it against its last
    build (`previous`), and what they are in words; None when it is warned of nothing."""
    plan = _gap_plan(card, previous)
    if plan is None:
        return None
    before, now, advised = plan
    # as the warnings say: a built number whose answer goes elsewhere and takes none back, and a
    # built number no longer asked below one the card uses
    retire = {n for n in now if n in before and advised[n] != n and n not in advised.values()}
    retire |= set(_unasked_below(card, before, now, advised))
    in_reading_order = dict.fromkeys(int(gap.group(1)) for gap in CLOZE.finditer(card.text))
    moved = {n: advised[n] for n in in_reading_order if advised.get(n, n) != n}
    if not moved and not retire:
        return None
    fixed = copy.copy(card)
    # each gap's opening `{{cN::` given its number (answers and hints as they are)
    fixed.text = CLOZE_OPENING.sub(
        lambda gap: f"{{{{c{moved.get(int(gap.group(1)), gap.group(1))}::", card.text
    )
    fixed.retired = sorted({*card.retired, *retire})
    said = [f"c{to} {now[n]} (was c{n})" for n, to in moved.items()]
    if retire:
        said.append(f"retired: [{', '.join(map(str, fixed.retired))}]")
    return fixed, "; ".join(said)


def content_hash(fields: list[str], tags: list[str]) -> str:
    """What a note holds, hashed: its fields and tags, in order."""
    return hashlib.sha1("\x1f".join([*fields, " ".join(tags)]).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class EmptiedNote:
    """A note whose build no longer makes some of the cards Anki has of it (see NoteBuild.emptied):
    where its card stands in the YAML, its id, and those cards' cloze numbers."""

    where: Location
    card_id: str
    numbers: tuple[int, ...]

    @classmethod
    def of(cls, card_file: CardFile, card: Card, numbers: Collection[int]) -> EmptiedNote:
        """The note of `card` in `card_file`, its cards `numbers` emptied."""
        where = Location(card_file.path or Path(card_file.source), card.line)
        return cls(where, card.id, tuple(sorted(numbers)))

    def __str__(self) -> str:
        return f"{self.where}: {self.card_id}: {', '.join(f'c{number}' for number in self.numbers)}"


@dataclass
class BuildResult:
    path: Path
    decks: int  # decks holding notes: one per document, not the root deck over them
    notes: int
    cards: int = 0
    # gaps whose number asked another answer in the last build, list items edited into new
    # questions (number_warnings)
    warnings: list[YaodianError] = field(default_factory=list)
    emptied: int = 0  # cards the last build made that this one does not (NoteBuild.emptied)
    emptied_notes: list[EmptiedNote] = field(default_factory=list)  # the notes they are of


@dataclass
class NoteBuild:
    """One card as an Anki note: what build writes into the package and sync sends to Anki."""

    card_file: CardFile
    card: Card  # the card with the cloze numbers the note uses (see _tie_numbers)
    deck: str  # the deck's full name
    fields: list[str]  # in the order of FIELDS
    tags: list[str]
    guid: str
    numbers: list[int]  # the note's cloze numbers in study order, one Anki card each
    # the build state's entry: content hash, modification time, items and numbers (_numbering),
    # and the numbers the note was built with (its Anki cards)
    record: list
    # numbers of cards the last build made that this one does not (retired or dropped): Anki
    # keeps them, empty, until Tools > Empty Cards
    emptied: list[int] = field(default_factory=list)

    @property
    def mod(self) -> int:
        return int(self.record[1])


def build_notes(
    card_files: list[CardFile],
    root: str = DEFAULT_ROOT,
    mode: str = DEFAULT_MODE,
    state: dict | None = None,
    now: int | None = None,
) -> list[NoteBuild]:
    """Every card of `card_files` as the note a build makes of it, in file, card order.

    `state` is the last build's state (load_build_state): it keeps the modification time of
    notes whose content did not change, and the cloze numbers of items moved by hand.
    """
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    old_state = state or {}
    now = int(time.time()) if now is None else now
    notes: list[NoteBuild] = []
    for card_file in card_files:
        name = deck_name(card_file, root)
        shared = file_tags(card_file)
        for written in card_file.cards:
            card = _tie_numbers(written, old_state.get(written.id))
            fields, tags = note_fields(card_file, card, mode), note_tags(card_file, card, shared)
            card_mode_ = fields[FIELDS.index("Mode")]
            problem = whole_card_problem(card, card_mode_)  # (check says the same)
            if problem:
                raise YaodianError(problem, Location(card_file.path or Path(card_file.source), card.line))
            digest = content_hash(fields, tags)
            previous = old_state.get(card.id)
            if previous and previous[0] == digest:
                mod = int(previous[1])
            else:  # changed: newer than before, so Anki's "update if newer" takes it
                mod = max(now, int(previous[1]) + 1) if previous else now
            numbers = cloze_order(card, card_mode_)
            numbering = _numbering(card, previous)
            record: list = [digest, mod, *numbering, numbers] if len(numbering) == 3 else [digest, mod]
            guid = genanki.guid_for(GUID_NAMESPACE, card.id)
            emptied = sorted(_cards_built(previous, card, card_mode_) - set(numbers))
            notes.append(NoteBuild(card_file, card, name, fields, tags, guid, numbers, record, emptied))
    return notes


def emptied_notes(card_files: list[CardFile], mode: str, state: dict) -> list[EmptiedNote]:
    """The notes with cards a build of `card_files` would no longer make that the last build made
    (`state`: load_build_state), as build_notes finds them, without rendering the notes: in file and
    card order, each with those cards' numbers, so the learner can look at them before Tools › Empty
    Cards deletes them."""
    found = []
    for card_file in card_files:
        for written in card_file.cards:
            previous = state.get(written.id)
            card = _tie_numbers(written, previous)
            card_mode_ = card_mode(card, mode)
            gone = _cards_built(previous, card, card_mode_) - set(cloze_order(card, card_mode_))
            if gone:
                found.append(EmptiedNote.of(card_file, written, gone))
    return found


def _cards_built(previous: list | None, card: Card, mode: str) -> set[int]:
    """The numbers of the cards the last build made of `card`'s note, which its build state record
    ends with. A record of an older yaodian does not hold them, nor the study mode it was built in:
    when the card's numbering is still the recorded one, the last build made the cards this one
    makes (nothing to remind of); else its recorded numbers less those retired, in the card's study
    mode now (`mode`). A cloze card's record also keeps numbers gone from it before, so that
    guess may count one of those too, once."""
    if not isinstance(previous, list) or len(previous) < 5:
        return set()
    if len(previous) > 5 and isinstance(previous[5], list):
        built = previous[5]
    elif _numbering(card, previous) == list(previous[2:5]):
        built = cloze_order(card, mode)
    elif isinstance(previous[3], list) and isinstance(previous[4], list):
        numbers = [number for number in previous[3] if number not in previous[4]]
        built = [ALL_CLOZE] if mode == "all" else [*numbers, ALL_CLOZE] if mode == "both" else numbers
    else:
        return set()
    return {number for number in built if isinstance(number, int)}


def package_bytes(
    notes: list[NoteBuild],
    root: str = DEFAULT_ROOT,
    timestamp: int | None = None,
    model_mod: int | None = None,
) -> bytes:
    """An .apkg holding `notes`, the root deck and each note's deck, and yaodian's deck preset.

    New cards are numbered in the order of `notes` (file, card, item), so Anki introduces
    them as the document runs. The note type is stamped `timestamp`, so Anki takes its templates
    and styling over older ones; `model_mod` stamps it otherwise (0: Anki keeps the note type it has).
    """
    model = note_model()
    decks: dict[str, genanki.Deck] = {root: _Deck(deck_id(root), root)}
    position = 0
    for built in notes:
        deck = decks.get(built.deck)
        if deck is None:
            deck = decks[built.deck] = _Deck(deck_id(built.deck), built.deck)
        cards = []
        for number in built.numbers:
            cards.append(_Card(number - 1, position))  # Anki's card ord is the cloze number - 1
            position += 1
        deck.add_note(
            _Note(
                model=model, fields=built.fields, tags=built.tags, guid=built.guid, mod=built.mod, cards=cards
            )
        )
    buffer = io.BytesIO()
    _Package(list(decks.values()), model_mod).write_to_file(
        buffer, timestamp=int(time.time()) if timestamp is None else timestamp
    )
    return buffer.getvalue()


# The build state's key (beside the card ids) of the deck each note was first built in: where the
# first package that carried the note put its cards, as an import never moves a card after that.
FIRST_DECKS = "__first_decks__"


def load_build_state(folder: Path) -> dict:
    """The build state kept in the cards folder: card id -> its NoteBuild.record, and FIRST_DECKS."""
    return _load_state(folder / STATE_FILE)


def first_decks(state: dict) -> dict[str, str]:
    """Card id -> the deck its note was first built in (`state`: load_build_state)."""
    decks = state.get(FIRST_DECKS)
    return {k: v for k, v in decks.items() if isinstance(v, str)} if isinstance(decks, dict) else {}


def next_build_state(notes: list[NoteBuild], previous: dict) -> dict:
    """The build state after building these notes (every card's, not only these): what each was
    built as, and the deck each was first built in (`previous`'s, for a note it held)."""
    first = first_decks(previous)
    state: dict = {built.card.id: built.record for built in notes}
    state[FIRST_DECKS] = {built.card.id: first.get(built.card.id, built.deck) for built in notes}
    return state


def save_build_state(folder: Path, state: dict) -> None:
    """Write the build state (next_build_state) into the cards folder."""
    write_atomic(folder / STATE_FILE, json.dumps(state, ensure_ascii=False, sort_keys=True))


def build_package(
    card_files: list[CardFile],
    out: Path,
    root: str = DEFAULT_ROOT,
    mode: str = DEFAULT_MODE,
    signature: str | None = None,
    state_dir: Path | None = None,
) -> BuildResult:
    """Write every card file's cards into one .apkg at `out`, atomically.

    `mode` is the study mode of list cards that do not set their own.
    `signature` (from inputs_signature) is remembered so an unchanged rebuild can be skipped.
    The build state (each note's modification time, each item's cloze number) lives in
    `state_dir`, the cards folder, so it stays with the cards when the output folder is lost.

    The caller holds `state_dir` (files.hold_folder), so no other build or extract writes there.
    The package is put in place only once the build state that matches it is written: the
    next build gives its notes' times and hand-inserted items' cloze numbers from that state, so
    a package the learner imported without it could be followed by one that disagrees with it.
    An OSError names the package or the state file.
    """
    clean_stale_files(out.parent, (out.name, INPUTS_FILE))  # left by a build that was killed
    state_dir = state_dir or out.parent
    now = int(time.time())
    state = load_build_state(state_dir)
    warnings = [warning for card_file in card_files for warning in number_warnings(card_file, state)]
    notes = build_notes(card_files, root, mode, state, now)
    with staged(
        out, package_bytes(notes, root, now)
    ):  # (a full disk shows here, before anything is replaced)
        save_build_state(state_dir, next_build_state(notes, state))
    inputs_path = out.parent / INPUTS_FILE
    with contextlib.suppress(OSError):  # only lets the next build be skipped
        write_atomic(
            inputs_path, json.dumps({**_load_state(inputs_path), out.name: signature}, sort_keys=True)
        )
    decks = len({built.deck for built in notes})  # the root deck counts only where notes sit in it
    cards = sum(len(built.numbers) for built in notes)
    emptied = [EmptiedNote.of(built.card_file, built.card, built.emptied) for built in notes if built.emptied]
    return BuildResult(
        path=out,
        decks=decks,
        notes=len(notes),
        cards=cards,
        warnings=warnings,
        emptied=sum(len(note.numbers) for note in emptied),
        emptied_notes=emptied,
    )
