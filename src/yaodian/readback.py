"""Read a yaodian note back into its card: the inverse of build's fields, for edits made in Anki.

build.py writes a list card's Text as a prompt and one `<li>` per item, each item one cloze
(wrapped in cloze 100 for modes all and both), and escapes every text that is not markup. A
learner who fixes a typo in Anki's editor changes the text inside that structure; this reads
it back: the prompt, the items with their cloze numbers, a cloze card's text, Extra and the
card's own tags. Formatting added in Anki (bold, colour) has no place in the YAML and is left
out; has_formatting tells that a field holds some, so sync can keep it from being overwritten.
A Text whose structure is gone (an item without its cloze, no clozes at all) cannot be
read back: card_from_note says so with None, and sync keeps Anki's version as a conflict.
"""

from __future__ import annotations

import copy
import re
from dataclasses import replace

from yaodian.build import ALL_CLOZE, shown_extra
from yaodian.cards import CLOZE, Card, card_problems

_CLOZE_WHOLE = re.compile(r"\{\{c([1-9]\d*)::(.*)\}\}", re.S)
# a cloze card's cloze nested in the whole-card one (mode both): {{c100::{{c3::answer}}}}
_NESTED = re.compile(r"\{\{c" + str(ALL_CLOZE) + r"::(\{\{c[1-9]\d*::(?:(?!\}\}).)*\}\})\}\}", re.S)
_WHOLE_CARD = re.compile(r"\{\{c" + str(ALL_CLOZE) + r"::", re.S)


def plain_text(fragment: str) -> str:
    """The text of an HTML field: line breaks for <br> (and the editor's <div> lines), tags
    dropped, entities decoded, no-break spaces as spaces."""
    if "<" not in fragment and "&" not in fragment:
        return fragment
    from lxml import html

    root = html.fragment_fromstring(fragment, create_parent="div")
    return _text_of(root)


def _text_of(element) -> str:  # an lxml element
    for br in element.iter("br"):
        parent = br.getparent()
        if parent is not element and parent.tag in ("div", "p") and br.getnext() is None and not br.tail:
            continue  # a block's last <br> makes no line of its own (Anki's editor: <div><br></div>)
        br.tail = "\n" + (br.tail or "")
    for block in element.iter("div", "p"):
        if block is not element and (
            block.getprevious() is not None or (block.getparent().text or "").strip()
        ):
            block.text = "\n" + (block.text or "")
    return element.text_content().replace("\xa0", " ")


# What build writes and Anki's editor makes of plain typing (lines as <div> or <br>): markup the
# YAML stands for. Anything else (<b>, <span style>, <font color>, <img>...) is formatting.
_PLAIN_TAGS = {"div", "p", "br", "ol", "li"}
_BUILD_CLASSES = {"prompt", "items"}


def has_formatting(fragment: str) -> bool:
    """True when an HTML field holds markup the YAML cannot: bold, colour, links, pictures..."""
    if "<" not in fragment:
        return False
    from lxml import html
    from lxml.etree import ParserError

    try:
        root = html.fragment_fromstring(fragment, create_parent="div")
    except ParserError:
        return True
    for element in root.iterdescendants():
        if not isinstance(element.tag, str):  # a comment or a processing instruction
            return True
        if element.tag not in _PLAIN_TAGS:
            return True
        if any(name != "class" or value not in _BUILD_CLASSES for name, value in element.attrib.items()):
            return True
    return False


def card_from_note(card: Card, fields: dict[str, str], tags: list[str], generated: set[str]) -> Card | None:
    """`card` with what the note holds: prompt and items or text, Extra, and the note's tags
    other than the `generated` ones (casefolded) that build gives every note; None when the
    note's Text cannot be read back."""
    text = fields.get("Text", "")
    read = _read_list(card, text) if card.type == "list" else _read_cloze(card, text)
    if read is None:
        return None
    read.extra = plain_text(fields.get("Extra", ""))
    if card.extra and read.extra == shown_extra(replace(read, extra=card.extra)):
        # build left out the extra's lines that only repeat the items: the Extra it wrote keeps
        # them, while they still repeat them (items edited in Anki leave them stale: then they go)
        read.extra = card.extra
    read.tags = _own_tags(card.tags, tags, generated)
    read.conflict = None
    return None if card_problems(read) else read


def _own_tags(before: list[str], tags: list[str], generated: set[str]) -> list[str]:
    """The note's tags less the generated ones, in the card's order first (Anki sorts tags)."""
    own = {t.casefold(): t for t in tags if t.casefold() not in generated}
    kept = [t for t in before if t.casefold() in own]
    seen = {t.casefold() for t in kept}
    return kept + [t for key, t in own.items() if key not in seen]


def _read_list(card: Card, text: str) -> Card | None:
    from lxml import html
    from lxml.etree import ParserError

    try:
        root = html.fragment_fromstring(text, create_parent="div")
    except ParserError:
        return None
    children = list(root)
    if (root.text or "").strip() or any((child.tail or "").strip() for child in children):
        return None
    prompt = ""
    if children and children[0].tag == "div" and "prompt" in (children[0].get("class") or ""):
        prompt = _text_of(children.pop(0)).strip()
    if len(children) != 1 or children[0].tag != "ol":
        return None
    rows = list(children[0])
    if (
        not rows
        or (children[0].text or "").strip()
        or any(r.tag != "li" or (r.tail or "").strip() for r in rows)
    ):
        return None
    items: list[str] = []
    numbers: list[int | None] = []
    for row in rows:
        found = _item(_text_of(row).strip())
        if found is None:
            return None
        numbers.append(found[0])
        items.append(found[1])
    read = copy.copy(card)
    read.prompt, read.items = prompt, items
    read.clozes, read.retired = _numbers(card, items, numbers)
    return read


def _item(text: str) -> tuple[int | None, str] | None:
    """(cloze number, item) of one row: `{{cN::item}}`, maybe inside the whole-card cloze; the
    number is None for the whole-card cloze alone (mode all)."""
    match = _CLOZE_WHOLE.fullmatch(text)
    if match is None:
        return None
    number, answer = int(match.group(1)), match.group(2)
    if number == ALL_CLOZE:
        inner = _CLOZE_WHOLE.fullmatch(answer)
        number, answer = (int(inner.group(1)), inner.group(2)) if inner else (None, answer)
    answer = answer.strip()
    if not answer or "{{" in answer or "}}" in answer:
        return None
    return number, answer


def _numbers(card: Card, items: list[str], found: list[int | None]) -> tuple[list[int], list[int]]:
    """Cloze numbers for the items read back, and the numbers retired with the items now gone.

    The numbers Anki shows are kept when they are usable; otherwise (mode all, or numbers the
    learner typed twice) the items are matched to the card's as extract matches them.
    """
    old = card.cloze_numbers()
    usable = (
        None not in found
        and len(set(found)) == len(found)
        and not set(found) & (set(card.retired) - set(old))  # a retired number does not come back
    )
    if usable:
        numbers = [int(n) for n in found if n is not None]
    elif len(items) == len(old):
        numbers = old
    else:
        from yaodian.numbers import renumber

        clozes, _retired = renumber(card, Card(type="list", id=card.id, items=items))
        numbers = clozes or list(range(1, len(items) + 1))
    retired = sorted(set(card.retired) | {n for n in old if n not in numbers})
    # given even when they are 1..N (the YAML leaves those out): build ties items to numbers by
    # the last build's, and an item rewritten in Anki may no longer look like the one it was
    return numbers, retired


def _read_cloze(card: Card, text: str) -> Card | None:
    body = plain_text(text)
    body = _NESTED.sub(r"\1", body)
    if _WHOLE_CARD.search(body):  # mode all: every cloze became number 100; give back the card's own
        numbers = [m.group(1) for m in CLOZE.finditer(card.text)]
        parts = _WHOLE_CARD.split(body)
        if len(parts) - 1 != len(numbers):
            return None
        body = parts[0] + "".join(f"{{{{c{n}::{rest}" for n, rest in zip(numbers, parts[1:], strict=True))
    read = copy.copy(card)
    read.text = body
    return read
