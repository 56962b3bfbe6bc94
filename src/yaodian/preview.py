"""See the cards without Anki: as terminal text, as a static HTML page, and as counts.

The HTML page renders each card the way Anki does: the note type's templates and CSS, Anki's
cloze markup (span.cloze for the gap, span.cloze-inactive for the rest) and the template's
in-order script. The terminal view applies the same in-order hiding in Python. Nothing here
prints; the CLI prints what these functions return.
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rich.text import Text

from yaodian.build import (
    ALL_CLOZE,
    BACK,
    DEFAULT_MODE,
    DEFAULT_ROOT,
    FIELDS,
    FRONT,
    IN_ORDER_SCRIPT,
    as_built,
    card_mode,
    cloze_order,
    css,
    deck_name,
    load_build_state,
    note_fields,
    shown_extra,
)
from yaodian.cards import CLOZE, CLOZE_OPENING, Card, CardFile

IN_ORDER = ("each", "both")


def selected(card_files: list[CardFile], ids: set[str], kind: str | None) -> list[CardFile]:
    """The card files with only the cards whose id is in `ids` (all, when it is empty) and of
    type `kind` (any, when None); files left without a card are left out."""
    chosen = []
    for card_file in card_files:
        cards = [
            card
            for card in card_file.cards
            if (not ids or card.id in ids) and (kind is None or card.type == kind)
        ]
        if cards:
            chosen.append(dataclasses.replace(card_file, cards=cards))
    return chosen


@dataclass
class AnkiCard:
    """One card as Anki makes it: a note (a YAML card) and the cloze number it asks."""

    card_file: CardFile
    card: Card
    number: int
    mode: str
    fields: dict[str, str]


def anki_cards(card_files: list[CardFile], mode: str = DEFAULT_MODE) -> Iterator[AnkiCard]:
    """Every card the package holds, in the order Anki introduces them, under the cloze numbers
    a build of their folder gives them (build.as_built: a list whose items were edited by hand,
    writing no `clozes:`, has new numbers for its changed items, which its YAML does not show)."""
    states: dict[Path, dict] = {}
    for card_file in card_files:
        folder = card_file.path.parent if card_file.path else None
        if folder is not None and folder not in states:
            states[folder] = load_build_state(folder)
        state = states.get(folder, {}) if folder is not None else {}
        for written in card_file.cards:
            card = as_built(written, state)
            own = card_mode(card, mode)
            fields = dict(zip(FIELDS, note_fields(card_file, card, mode), strict=True))
            for number in cloze_order(card, own):
                yield AnkiCard(card_file, card, number, own, fields)


# ---------------------------------------------------------------- Anki's rendering


@dataclass
class _Cloze:
    number: int
    children: list[str | _Cloze]
    hint: str = ""


def _parse(text: str) -> list[str | _Cloze]:
    """Field text to text and (possibly nested) clozes, as Anki's cloze parser reads it."""
    root: list[str | _Cloze] = []
    stack: list[_Cloze] = []
    pos = 0
    while pos < len(text):
        opening = CLOZE_OPENING.search(text, pos)
        closing = text.find("}}", pos) if stack else -1
        if opening and (closing < 0 or opening.start() < closing):
            end = opening.start()
        elif closing >= 0:
            end = closing
        else:
            end = len(text)
        if end > pos:
            (stack[-1].children if stack else root).append(text[pos:end])
        if end == len(text):
            break
        if opening and opening.start() == end:
            cloze = _Cloze(int(opening.group(1)), [])
            (stack[-1].children if stack else root).append(cloze)
            stack.append(cloze)
            pos = opening.end()
        else:
            cloze = stack.pop()
            last = cloze.children[-1] if cloze.children else None
            if isinstance(last, str) and "::" in last:
                cloze.children[-1], cloze.hint = last.split("::", 1)
            pos = closing + 2
    return root


def _render(nodes: list[str | _Cloze], number: int, question: bool) -> str:
    out = []
    for node in nodes:
        if isinstance(node, str):
            out.append(node)
            continue
        inner = _render(node.children, number, question)
        if node.number != number:
            out.append(f'<span class="cloze-inactive" data-ordinal="{node.number}">{inner}</span>')
        elif question:
            gap = f"[{node.hint or '...'}]"
            out.append(
                f'<span class="cloze" data-cloze="{html.escape(inner)}" data-ordinal="{number}">{gap}</span>'
            )
        else:
            out.append(f'<span class="cloze" data-ordinal="{number}">{inner}</span>')
    return "".join(out)


def render_cloze(text: str, number: int, question: bool) -> str:
    """Anki's {{cloze:Field}} for the card that asks cloze `number`."""
    return _render(_parse(text), number, question)


def render_side(template: str, fields: dict[str, str], number: int, question: bool) -> str:
    """One side of a card from our templates: sections, {{cloze:F}}, {{hint:F}} and {{F}}."""

    def section(match: re.Match[str]) -> str:
        return match.group(2) if fields.get(match.group(1)) else ""

    def replace(match: re.Match[str]) -> str:
        kind, name = match.group(1), match.group(2)
        value = fields.get(name, "")
        if kind == "cloze:":
            return render_cloze(value, number, question)
        if kind == "hint:":  # Anki shows a link that reveals the field; <details> does the same
            return f"<details><summary>提示</summary>{value}</details>"
        return value

    template = re.sub(r"\{\{#(\w+)\}\}(.*?)\{\{/\1\}\}", section, template, flags=re.S)
    return re.sub(r"\{\{(cloze:|hint:)?(\w+)\}\}", replace, template)


_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
{css}
body {{ margin: 0; padding: 1em; background: #eee; font-family: sans-serif; }}
body.nightMode {{ background: #111; color: #ddd; }}
.pair {{ display: flex; flex-wrap: wrap; gap: 1em; margin: 0 0 1.5em; }}
.pair > .card {{ flex: 1 1 20em; margin: 0; border-radius: 8px; box-shadow: 0 1px 3px #0003; }}
.meta {{ font-size: 13px; color: #777; margin: 0.2em 0; }}
</style>
</head>
<body>
<label class="meta"><input type="checkbox" onchange="document.body.classList.toggle('nightMode')"> 夜间模式</label>
{body}
{script}
</body>
</html>
"""


NOTE_CARDS = 30  # html_page shows this many cards of a note


def html_page(card_files: list[CardFile], mode: str = DEFAULT_MODE, root: str = DEFAULT_ROOT) -> str:
    """A static page with the front and back of every card, rendered as Anki would."""
    front_template = FRONT.replace(IN_ORDER_SCRIPT, "")  # the page runs the script once, at the end
    parts: list[str] = []
    current = note = None
    shown = 0
    for anki_card in anki_cards(card_files, mode):
        if anki_card.card_file is not current:
            current = anki_card.card_file
            parts.append(f"<h2>{html.escape(deck_name(current, root))}</h2>")
        if anki_card.card is not note:
            note, shown = anki_card.card, 0
        shown += 1
        if shown > NOTE_CARDS:  # each card holds the whole note: a long list's would grow with its square
            if shown == NOTE_CARDS + 1:
                more = len(cloze_order(note, anki_card.mode)) - NOTE_CARDS
                parts.append(
                    f'<p class="meta">… {more} more card{"s" if more > 1 else ""} of this note, not shown '
                    f"(the page shows the first {NOTE_CARDS} cards of a note)</p>"
                )
            continue
        fields, number = anki_card.fields, anki_card.number
        front = render_side(front_template, fields, number, question=True)
        back = render_side(BACK, fields, number, question=False)
        label = html.escape(f"{anki_card.card.id} · c{number} · {anki_card.mode or 'cloze'}")
        parts.append(
            f'<p class="meta">{label}</p>\n<div class="pair" data-id="{html.escape(anki_card.card.id)}"'
            f' data-ordinal="{number}">\n<div class="card front">{front}</div>\n'
            f'<div class="card back">{back}</div>\n</div>'
        )
    empty = [f for f in card_files if not f.cards]
    for card_file in empty:
        parts.append(f"<h2>{html.escape(deck_name(card_file, root))}</h2><p class='meta'>no cards</p>")
    return _PAGE.format(title=html.escape(root), css=css(), body="\n".join(parts), script=IN_ORDER_SCRIPT)


# ---------------------------------------------------------------- terminal

_GAP = "bold cyan"
_ANSWER = "bold green"


# A list card of more items than this shows, on each side, the asked item and AROUND items on
# either side of it, and says how many it leaves out: each of a list's N cards showing every item
# would make the preview of a long list grow with N squared (3,000 items: 9 million lines).
AROUND = 5
_WHOLE = 2 * AROUND + 1
EXTRA_LINES = 2 * _WHOLE  # the Extra shown under each card of a note


def _list_side(anki_card: AnkiCard, question: bool) -> Text:
    card, number = anki_card.card, anki_card.number
    numbers = card.cloze_numbers()
    text = Text()
    if card.prompt:
        text.append(card.prompt + "\n", style="bold")
    first, last = 0, len(card.items)  # the items shown: [first, last)
    if number != ALL_CLOZE and len(card.items) > _WHOLE and number in numbers:
        asked = numbers.index(number)
        first, last = max(0, asked - AROUND), min(len(card.items), asked + AROUND + 1)
    if first:
        text.append(f"… {first} item{'s' if first > 1 else ''} before\n", style="dim")
    asked_yet = False
    for index in range(first, last):
        n, item = numbers[index], card.items[index]
        active = number in (n, ALL_CLOZE)
        if question and asked_yet and not active and anki_card.mode in IN_ORDER:
            return text  # in-order recall: nothing after the asked item
        text.append(f"{index + 1}. ")
        if active:
            text.append("[...]" if question else item, style=_GAP if question else _ANSWER)
            asked_yet = True
        else:
            text.append(item)
        text.append("\n")
    if last < len(card.items):
        more = len(card.items) - last
        text.append(f"… {more} more item{'s' if more > 1 else ''}\n", style="dim")
    return text


def _cloze_side(anki_card: AnkiCard, question: bool) -> Text:
    card, number = anki_card.card, anki_card.number
    text, last, asked = Text(), 0, False
    for match in CLOZE.finditer(card.text):
        text.append(card.text[last : match.start()])
        n, answer, hint = int(match.group(1)), match.group(2), match.group(3)
        if number in (n, ALL_CLOZE):
            # (mode both nests the gap, hint and all, in a c100 cloze of no hint: Anki shows [...] there)
            shown_hint = hint if number == n or anki_card.mode != "both" else None
            text.append(
                f"[{shown_hint or '...'}]" if question else answer, style=_GAP if question else _ANSWER
            )
            asked = True
        elif question and asked and anki_card.mode in IN_ORDER:
            text.append("……", style="dim")
        else:
            text.append(answer)
        last = match.end()
    text.append(card.text[last:] + "\n")
    return text


_LINE_SPAN = re.compile(r'<span class="line">.*?</span>', re.S)
_TAG = re.compile(r"<[^>]+>")


def _where(source_field: str, front: bool) -> Text:
    """The Source field as the template shows it: above the card, the line number on the back only."""
    if front:
        source_field = _LINE_SPAN.sub("", source_field)
    source = html.unescape(_TAG.sub("", source_field))
    return Text(source + "\n", style="italic dim") if source else Text()


def terminal_sides(anki_card: AnkiCard) -> tuple[Text, Text]:
    """What the learner sees on the front and on the back, as rich Text."""
    side = _list_side if anki_card.card.type == "list" else _cloze_side
    front = _where(anki_card.fields["Source"], True) + side(anki_card, True)
    back = _where(anki_card.fields["Source"], False) + side(anki_card, False)
    extra = shown_extra(anki_card.card)
    if extra:  # on every card of the note: a long one is cut, as a long list is
        lines = extra.split("\n")
        shown = "\n".join(lines[:EXTRA_LINES])
        if len(lines) > EXTRA_LINES:
            shown += f"\n… {len(lines) - EXTRA_LINES} more lines of Extra"
        back.append(shown + "\n", style="dim")
    front.rstrip()
    back.rstrip()
    return front, back


# ---------------------------------------------------------------- stats


@dataclass
class DocumentStats:
    """Per document: notes by type and the Anki cards (clozes) they make."""

    title: str
    path: Path | None
    list_cards: int
    cloze_cards: int
    anki_cards: int

    @property
    def empty(self) -> bool:
        return self.list_cards + self.cloze_cards == 0


def document_stats(card_files: list[CardFile], mode: str = DEFAULT_MODE) -> list[DocumentStats]:
    """One row per card file; a document that gave no cards has an empty row."""
    rows = []
    for card_file in card_files:
        types = [card.type for card in card_file.cards]
        clozes = sum(len(cloze_order(card, card_mode(card, mode))) for card in card_file.cards)
        rows.append(
            DocumentStats(
                title=card_file.title or card_file.source,
                path=card_file.path,
                list_cards=types.count("list"),
                cloze_cards=types.count("cloze"),
                anki_cards=clozes,
            )
        )
    return rows
