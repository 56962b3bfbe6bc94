"""The card model and its YAML form: load (with line numbers for every problem), validate, save.

A card file holds the cards of one source document. Two card types exist:
`list` (a prompt and the items to recall, one cloze per item) and `cloze` (free text with
Anki cloze markup). Loading is always safe: YAML tags that would construct objects are errors.
"""

from __future__ import annotations

import hashlib
import re
import stat
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

import yaml

from yaodian.errors import Location, YaodianError
from yaodian.files import write_atomic

if TYPE_CHECKING:
    from yaodian.cache import ParseCache

CARD_TYPES = ("list", "cloze")
MODES = ("each", "all", "both")
# The cloze number of the card that hides every item or gap (modes all and both). A fixed number
# rather than "one above the highest item" so that adding an item never takes over the
# whole-card cloze's review history. Anki shows it as card "Cloze 100".
ALL_CLOZE = 100


def next_cloze_number(taken: set[int]) -> int:
    """The first cloze number above every number in `taken`, not the whole card's (ALL_CLOZE):
    the number a new gap or item takes, so it inherits no Anki history (check's message, build's
    warning and the merge's numbering all give it)."""
    number = max([0, *taken]) + 1
    return number + 1 if number == ALL_CLOZE else number


FILE_FIELDS = ("source", "title", "deck", "tags", "cards")
CARD_FIELDS = (
    "id",
    "type",
    "prompt",
    "items",
    "clozes",
    "retired",
    "text",
    "extra",
    "tags",
    "origin",
    "mode",
    "conflict",
)
# What `yaodian sync` writes under `conflict:` when a card changed in the YAML and in Anki:
# Anki's version of each field that differs, or the note's Text as HTML when it cannot be read back.
CONFLICT_FIELDS = ("prompt", "items", "text", "extra", "tags", "html")
ORIGIN_FIELDS = ("line", "section")
SCHEMA_NAME = "yaodian-cards.schema.json"  # written beside the card files by `extract`

_ID = re.compile(r"^[0-9A-Za-z_-]{1,64}$")
# A well-formed cloze: {{cN::answer}} or {{cN::answer::hint}}, N >= 1.
CLOZE = re.compile(r"\{\{c([1-9]\d*)::(.+?)(?:::([^{}]*?))?\}\}", re.S)
# A cloze's opening as Anki reads one in a note's field, nested or not, whatever closes it: {{cN::
CLOZE_OPENING = re.compile(r"\{\{c(\d+)::")
_CLOZE_START = re.compile(r"\{\{\s*[cC]\s*(\d+)\s*([:：]{1,2})")
# a cloze typed with an input method's full-width braces: ｛｛c1::…｝｝
_FULL_WIDTH_START = re.compile(r"(?:｛[{｛]|\{｛)\s*[cCｃＣ]\s*(\d+)")


@dataclass
class Origin:
    """Where a card came from in its source document."""

    line: int | None = None
    section: str | None = None


# Sources whose line numbers a learner can find in an editor (plain text, Markdown): their cards
# show their line (build's Source field). A Word document, a slide deck, a PDF or a web page has
# no numbered lines to go back to.
_LINED_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})


def shows_line(source: str) -> bool:
    """Whether the cards of the document at `source` show the line they come from."""
    return PurePath(source).suffix.lower() in _LINED_SUFFIXES


def shown_origin(origin: Origin | None, source: str) -> tuple[int | None, str | None]:
    """What a card's note shows of where it came from, as (line, section): its line where the
    source `shows_line` (else None), and its section. Cards whose shown origins differ have
    different notes in Anki."""
    if origin is None:
        return None, None
    return (origin.line if shows_line(source) else None), origin.section


@dataclass
class Card:
    """One card: a `list` (prompt + items) or a `cloze` (text with cloze markup)."""

    type: str
    id: str = ""
    prompt: str = ""
    items: list[str] = field(default_factory=list)
    text: str = ""
    extra: str = ""
    tags: list[str] = field(default_factory=list)
    origin: Origin | None = None
    mode: str | None = None
    # list cards: the cloze number of each item (default 1..N). Anki ties review history to
    # the number, so an item keeps its number when others are inserted or removed.
    clozes: list[int] | None = None
    # numbers of removed items (a cloze card's: of removed gaps); never reused
    retired: list[int] = field(default_factory=list)
    # Anki's version of the card, written by `yaodian sync` when both sides changed; `check`
    # reports it until the learner keeps what they want and deletes it
    conflict: dict[str, Any] | None = None
    line: int | None = None  # where the card starts in its YAML file; not saved

    def cloze_numbers(self) -> list[int]:
        """The cloze number of each item, in item order."""
        return list(self.clozes) if self.clozes else list(range(1, len(self.items) + 1))

    def at_line(self, line: int) -> Card:
        """A shallow copy of the card that starts at `line` of its YAML file."""
        twin = object.__new__(Card)  # what copy.copy does, without its generic machinery
        twin.__dict__.update(self.__dict__)
        twin.line = line
        return twin

    @classmethod
    def from_dict(cls, data: dict[str, Any], line: int | None = None) -> Card:
        """A card from its (already validated) YAML form, the inverse of to_dict."""
        origin = data.get("origin")
        return cls(
            type=data["type"],
            id=data.get("id", ""),
            prompt=data.get("prompt", ""),
            items=list(data.get("items", [])),
            text=data.get("text", ""),
            extra=data.get("extra", ""),
            tags=list(data.get("tags", [])),
            origin=Origin(origin.get("line"), origin.get("section")) if origin else None,
            mode=data.get("mode"),
            clozes=list(data["clozes"]) if "clozes" in data else None,
            retired=list(data.get("retired", [])),
            conflict=dict(data["conflict"]) if data.get("conflict") else None,
            line=line,
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "type": self.type}
        if self.type == "list":
            data["prompt"] = self.prompt
            data["items"] = list(self.items)
            if self.clozes and self.clozes != list(range(1, len(self.items) + 1)):
                data["clozes"] = list(self.clozes)
            if self.retired:
                data["retired"] = sorted(self.retired)
        else:
            data["text"] = self.text
            if self.retired:
                data["retired"] = sorted(self.retired)
        if self.mode:
            data["mode"] = self.mode
        if self.extra:
            data["extra"] = self.extra
        if self.tags:
            data["tags"] = list(self.tags)
        if self.origin and (self.origin.line or self.origin.section):
            origin: dict[str, Any] = {}
            if self.origin.line:
                origin["line"] = self.origin.line
            if self.origin.section:
                origin["section"] = self.origin.section
            data["origin"] = origin
        if self.conflict:
            data["conflict"] = dict(self.conflict)
        return data


@dataclass
class CardFile:
    """The cards of one source document, as stored in one YAML file."""

    source: str
    title: str
    deck: str
    cards: list[Card] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)  # given to every card of the file (keywords)
    path: Path | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"source": self.source, "title": self.title, "deck": self.deck}
        if self.tags:
            data["tags"] = list(self.tags)
        data["cards"] = [card.to_dict() for card in self.cards]
        return data


def open_clozes(text: str, opens: Callable[[re.Match[str]], bool]) -> str | None:
    """`text` with the clozes `opens` picks (it is given each CLOZE match) written as plain text and
    the others renumbered in order, hints kept (clozes that shared a number still share one); None
    when no cloze is left: a card without a gap asks nothing."""
    numbers: dict[int, int] = {}

    def rewrite(match: re.Match[str]) -> str:
        if opens(match):
            return match.group(2)
        number = numbers.setdefault(int(match.group(1)), len(numbers) + 1)
        hint = f"::{match.group(3)}" if match.group(3) else ""
        return f"{{{{c{number}::{match.group(2)}{hint}}}}}"

    opened = CLOZE.sub(rewrite, text)
    return opened if numbers else None


def card_id(*parts: str) -> str:
    """A short, stable id from the parts that identify a card (same input, same id, on any machine)."""
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:10]


# ---------------------------------------------------------------- loading


class _Seq(list):
    """A YAML sequence that remembers the line of each element."""

    lines: list[int]


class _Map(dict):
    """A YAML mapping that remembers its own line and the line of each value."""

    line: int
    lines: dict[str, int]


def _make_loader() -> type:
    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class LineLoader(base):  # type: ignore[misc, valid-type]
        """Safe loader whose mappings and sequences carry 1-based line numbers."""

        def __init__(self, stream: str) -> None:
            self.source_lines = stream.splitlines()  # libyaml's marks carry no text: see _misindented_dash
            super().__init__(stream)

    def construct_mapping(loader: Any, node: yaml.MappingNode, deep: bool = False) -> _Map:
        result = _Map()
        result.line = node.start_mark.line + 1
        result.lines = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                raise YaodianError(
                    "a mapping key must be plain text", Location(Path(""), key_node.start_mark.line + 1)
                )
            key = str(key)
            if key in result:
                raise YaodianError(f"'{key}' is given twice", Location(Path(), key_node.start_mark.line + 1))
            result[key] = loader.construct_object(value_node, deep=True)
            result.lines[key] = value_node.start_mark.line + 1
        return result

    def construct_sequence(loader: Any, node: yaml.SequenceNode, deep: bool = False) -> _Seq:
        for child in node.value:
            if isinstance(child, yaml.ScalarNode) and not child.style:  # plain: None, or "" from libyaml
                _misindented_dash(loader.source_lines, child)
        result = _Seq(loader.construct_object(child, deep=True) for child in node.value)
        result.lines = [child.start_mark.line + 1 for child in node.value]
        return result

    LineLoader.add_constructor("tag:yaml.org,2002:map", construct_mapping)
    LineLoader.add_constructor("tag:yaml.org,2002:seq", construct_sequence)
    return LineLoader


def _misindented_dash(source_lines: list[str], node: yaml.ScalarNode) -> None:
    """Refuse a list entry that runs on to a line starting with '- ': that line was meant as an
    entry of its own, but indented further than the others YAML reads it as the same text
    (`甲 - 乙`), and the list silently loses an item."""
    first, last = node.start_mark.line, node.end_mark.line
    if last == first:
        return
    for number, line in enumerate(source_lines[first + 1 : last + 1], first + 2):
        if line.lstrip().startswith("- "):
            raise YaodianError(
                "this '- ' stands further in than the entries above it, so YAML reads it as part of "
                "the one before: line it up with them",
                Location(Path(), number),
            )


_LineLoader = _make_loader()


def parse_yaml(text: str, path: Path) -> Any:
    """Parse YAML safely; a syntax error or an object-constructing tag becomes a YaodianError with its line."""
    try:
        return yaml.load(text, Loader=_LineLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        if exc.context_mark and "end of stream" in problem:
            # a quote or bracket left open: where it opens is what to fix, not the file's end
            mark = exc.context_mark
            opened = (exc.context or "").removeprefix("while scanning ").strip()
            problem = (
                "the quote that opens here is never closed"
                if "quoted" in opened
                else f"{opened or 'what opens here'} is never closed"
            )
        # at the end of the file libyaml may point one line past it
        line = min(mark.line + 1, max(1, len(text.splitlines()))) if mark else None
        if "could not determine a constructor" in problem:
            problem = "tags that construct objects are not allowed: " + problem.split("tag", 1)[-1].strip()
        slip = _hand_edit_slip(exc, text.splitlines())
        if slip is not None:
            line, problem = slip
        raise YaodianError(f"YAML syntax: {problem}", Location(path, line)) from None
    except yaml.YAMLError as exc:
        raise YaodianError(f"YAML syntax: {exc}", Location(path)) from None
    except YaodianError as exc:
        raise YaodianError(exc.message, Location(path, exc.location.line if exc.location else None)) from None


# A line `key: value` of a card file, as a learner edits it (the key may follow a list's '- ').
_KEY_LINE = re.compile(r"^(?P<lead>\s*(?:-\s+)?)(?P<key>[A-Za-z_]+):[ \t]+(?P<value>.*?)\s*$")
# characters YAML gives a meaning of their own at the start of a value
_SPECIAL_START = "@`%&*!|>?-{["
_SHOWN_VALUE = 24  # characters of a value an example of the fix shows


def _quoted_example(key: str, value: str) -> str:
    """`key: value` with the value in quotes, as the fix to show (the value cut short)."""
    shown = value
    if len(value) > _SHOWN_VALUE:
        shown = value[:_SHOWN_VALUE]
        if shown.count("{{") > shown.count("}}"):
            shown = shown[: shown.rfind("{{")]  # not inside a gap, whose markup would look broken
        shown += "…"
    if shown.startswith("'"):  # (a double-quoted value would also read backslashes)
        return f'{key}: "{shown}"'
    return f"{key}: '{shown.replace(chr(39), chr(39) * 2)}'"


def _quoted_item(value: str) -> str:
    """`- value` with the value in quotes, as the fix to show for a list's item (see _quoted_example)."""
    return "- " + _quoted_example("-", value).removeprefix("-: ")


def _hand_edit_slip(exc: yaml.MarkedYAMLError, lines: list[str]) -> tuple[int, str] | None:
    """The line and, in a learner's words with the likely fix, a YAML syntax error that a hand
    edit of a card file makes: a ': ' inside a value, a value starting with a quote or with a
    character YAML reads as markup, a tab, a line out of line with the others, a key without
    its space. None for other errors (the parser's own words then)."""
    if isinstance(exc, yaml.constructor.ConstructorError):  # a tag, not a slip of the hand
        return None
    problem, context = exc.problem or "", exc.context or ""
    mark, opened = exc.problem_mark, exc.context_mark
    if mark is None:
        return None
    line = mark.line + 1
    text = lines[mark.line] if mark.line < len(lines) else ""
    found = _KEY_LINE.match(text)
    key, value = (found["key"], found["value"]) if found else ("", "")
    # libyaml words a tab in two ways, most often without the word "tab" ("found character that
    # cannot start any token"), so the line's own lead is what tells
    lead = re.match(r"[ \t]*(?:-[ \t]*)?", text)[0]  # type: ignore[index]
    if "\t" in lead:
        if "-" in lead and "\t" in lead[lead.index("-") :]:
            return line, "a tab after '-' on this line: YAML wants a space after a list's '-', never a tab"
        return line, "a tab indents this line, and YAML indents with spaces only: replace it with spaces"
    if opened is not None and opened.line < mark.line and context.startswith("while parsing a flow"):
        # (the parser stops lines below, at whatever comes next: the bracket's line is the slip)
        return _unclosed_bracket(lines, opened.line, "[" if "sequence" in context else "{")
    if "mapping values are not allowed" in problem:
        if found and (": " in value or value.endswith(":")):
            holds = "holds ': '" if ": " in value else "ends with ':'"
            return line, (
                f"the value of '{key}' {holds}, which YAML reads as the start of another key: "
                f"put the value in quotes ({_quoted_example(key, value)}) or write the colon as '：'"
            )
        if not found and ": " in text:
            return line, (
                "this line goes on with the value above it and holds ': ', which YAML reads as a key: "
                "put the whole value in quotes, or write the colon as '：'"
            )
        return line, _out_of_line(lines, mark.line)
    if value[:1] in ("'", '"') and "did not find expected key" in problem:
        return line, (
            f"the value of '{key}' starts with a quote, so YAML ends the value where that quote "
            "closes and cannot read the text after it: put the whole value in quotes, "
            f"e.g. {_quoted_example(key, value)}"
        )
    entry = re.match(r"\s*- (?P<value>.*?)\s*$", text)
    if entry and "did not find expected key" in problem and entry["value"][:1] in _SPECIAL_START:
        start = entry["value"][0]
        return line, (
            f"an item that starts with '{start}' must be in quotes, since YAML reads '{start}' there as "
            f"markup: {_quoted_item(entry['value'])}"
        )
    if value[:1] and value[0] in _SPECIAL_START:
        # (a value the parser stops at on its own line: `{{c1::…}}` first, `*重点*`, `- …`)
        what = " (as one that opens with a gap {{c1::…}} does)" if value[0] == "{" else ""
        return line, (
            f"a value that starts with '{value[0]}'{what} must be in quotes, since YAML reads "
            f"'{value[0]}' there as markup: {_quoted_example(key, value)}"
        )
    if "did not find expected key" in problem or "did not find expected '-'" in problem:
        return line, _out_of_line(lines, mark.line)
    if "could not find expected ':'" in problem and opened is not None and opened.line < len(lines):
        line, text = opened.line + 1, lines[opened.line]
        stripped = text.strip()
        if re.match(r"-[^\s-]", stripped):
            return line, f"a list entry needs a space after its '-': '- {stripped[1:]}'"
        if re.match(r"[A-Za-z_]+(?:：|:(?=\S))", stripped):
            fixed = re.sub(r"^([A-Za-z_]+)(?:：|:)\s*", r"\1: ", stripped)
            return line, f"a key needs a colon and a space after it: '{fixed[:_SHOWN_VALUE]}'"
        return line, (
            "this line is neither 'key: value' nor indented under the line above: "
            "indent it as far as the value it goes on with, or join it to that line"
        )
    if opened is not None and context in ("while parsing a flow sequence", "while parsing a flow mapping"):
        return _unclosed_bracket(lines, opened.line, "[" if "sequence" in context else "{")
    return None


# The keys whose values are lists, which YAML lets a learner write in brackets ([a, b])
_BRACKETED_KEYS = ("items", "clozes", "retired", "tags")


def _unclosed_bracket(lines: list[str], index: int, bracket: str) -> tuple[int, str]:
    """The line (1-based) and the fix of a `[` or `{` that opens on line `index` (0-based) and is
    never closed: in a card's text, an item or a prompt, YAML reads one at the start of a value as
    a list of its own, so the value wants quotes; in clozes: or retired:, the closing bracket."""
    text = lines[index] if index < len(lines) else ""
    found = _KEY_LINE.match(text)
    entry = re.match(r"\s*- (?P<value>.*?)\s*$", text)
    if found and found["value"].startswith(bracket) and found["key"] not in _BRACKETED_KEYS:
        return index + 1, (
            f"a value that starts with '{bracket}' must be in quotes, since YAML reads '{bracket}' "
            f"there as markup: {_quoted_example(found['key'], found['value'])}"
        )
    if entry and not found and entry["value"].startswith(bracket):
        return index + 1, (
            f"an item that starts with '{bracket}' must be in quotes, since YAML reads '{bracket}' there as "
            f"markup: {_quoted_item(entry['value'])}"
        )
    if entry and not found and ": " in entry["value"]:
        return index + 1, (
            f"this item holds ': ', which YAML reads as a key, and then the '{bracket}' after it as markup: "
            f"put the item in quotes ({_quoted_item(entry['value'])}) "
            "or write the colon as '：'"
        )
    closing = "]" if bracket == "[" else "}"
    listed = found is not None and found["key"] in _BRACKETED_KEYS  # (a list written [a, b])
    quotes = "" if listed else ", or put the value in quotes"
    return index + 1, f"the '{bracket}' that opens here is never closed: close it with '{closing}'{quotes}"


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _out_of_line(lines: list[str], index: int) -> str:
    """What is out of line about line `index` (0-based), which YAML found where it expected the
    next key of a card or the next entry of a list: measured against the line above it."""
    text = lines[index]
    above = next(
        (line for line in reversed(lines[:index]) if line.strip() and not line.lstrip().startswith("#")), ""
    )
    above_column = _indent(above)
    if above.lstrip().startswith("- ") and _KEY_LINE.match(above):
        above_column += 2  # `- id: …` puts its key after the '- '
    column = _indent(text)
    if text.lstrip().startswith("- ") and _KEY_LINE.match(above) and column == above_column:
        return (
            "a list entry here, among the card's keys: indent it under 'items:', "
            "or make it part of the text above"
        )
    if column > above_column:
        return "this line stands further in than the line above it: line it up with the lines above"
    return "this line stands further out than the line above it: line it up with the lines above"


def _hash_hint(item_line: str) -> str:
    """For an empty item whose line is `- #…`, why it came out empty (YAML read it as a comment)."""
    if item_line.lstrip()[1:].lstrip().startswith("#"):
        return " (one that starts with '#' is a comment to YAML: put it in quotes)"
    return ""


class _Problems:
    """Collects every problem of one file, so `check` can report them all at once."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.found: list[YaodianError] = []
        self.lines: list[str] = []  # the file's text, once it is read

    def source_line(self, line: int) -> str:
        """The text of the file's line `line` (1-based), "" past its end."""
        return self.lines[line - 1] if 0 < line <= len(self.lines) else ""

    def add(self, line: int | None, message: str) -> None:
        self.found.append(YaodianError(message, Location(self.path, line)))


def cloze_problems(text: str) -> list[str]:
    """What is wrong with the cloze markup of `text` (empty list: nothing)."""
    problems = []
    for match in _CLOZE_START.finditer(text):
        number, colons = match.group(1), match.group(2)
        if colons == "::" and match.group(0) != f"{{{{c{number}::":
            problems.append(f"write the cloze as '{{{{c{number}::...}}}}': a lower-case c and no spaces")
            continue
        if colons != "::":
            if "：" in colons:
                problems.append("cloze uses full-width colons '：：'; write '{{c" + number + "::...}}'")
            else:
                problems.append("cloze needs two colons: '{{c" + number + "::...}}'")
            continue
        if int(number) == 0:
            problems.append("cloze numbers start at c1, not c0")
            continue
        rest = text[match.end() :]
        close = rest.find("}}")
        nested = rest.find("{{")
        if close < 0 or (0 <= nested < close):
            problems.append(f"cloze '{{{{c{number}::' is not closed with '}}}}'")
            continue
        if not rest[:close].split("::")[0].strip():
            problems.append(f"empty cloze '{{{{c{number}::}}}}'")
    for match in _FULL_WIDTH_START.finditer(text):
        problems.append("cloze uses full-width braces '｛｛…｝｝'; write '{{c" + match.group(1) + "::...}}'")
    if not problems and not CLOZE.search(text):
        problems.append("text has no cloze: mark what to hide as {{c1::...}}")
    return problems


def whole_card_problem(card: Card, mode: str) -> str | None:
    """What is wrong with `card` studied in `mode` (its own, or the build's default for list cards):
    in modes all and both, cloze number ALL_CLOZE belongs to the card that hides everything, so
    an item, a retired item or a gap of that number would hand it its review history. The one
    rule `check` and `build` both apply."""
    if mode not in ("all", "both"):
        return None
    kept = f"cloze number {ALL_CLOZE} is kept for the card of mode {mode} that hides every"
    if card.type == "cloze":
        if any(int(m.group(1)) == ALL_CLOZE for m in CLOZE.finditer(card.text)):
            return f"{kept} gap: renumber '{{{{c{ALL_CLOZE}::…}}}}', or use mode each"
        return None
    numbers = card.cloze_numbers()
    if ALL_CLOZE in numbers:
        item = numbers.index(ALL_CLOZE) + 1
        return f"{kept} item: give item {item} another number in clozes, or use mode each"
    if ALL_CLOZE in card.retired:
        return f"{kept} item: take it out of retired, or use mode each"
    return None


def item_markup_problem(item: str) -> str:
    """What is wrong with a list item that holds '{{' or '}}': yaodian clozes every item whole,
    so cloze markup inside one cannot work."""
    whole = CLOZE.fullmatch(item.strip())
    if whole and "{{" not in whole.group(2) and "}}" not in whole.group(2):
        return "an item is clozed whole; remove the '{{' '}}' markup"
    inside = CLOZE.search(item)
    if inside:
        return (
            f"an item holds cloze markup '{{{{c{inside.group(1)}::…}}}}'; items are clozed whole: "
            "remove it, or make the card a cloze card"
        )
    start = _CLOZE_START.search(item)
    stray = start.group(0) if start else ("{{" if "{{" in item else "}}")
    return f"an item holds a stray '{stray}'; items take no cloze markup: remove it"


def _check_text(problems: _Problems, line: int | None, name: str, value: Any, required: bool) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        problems.add(line, f"{name} must be text")
        return ""
    if required and not value.strip():
        problems.add(line, f"{name} is empty")
    return value


_PROMPT_HINT = "write what its items answer, e.g. 'prompt: 必须做到的四个坚持（4项）'"


def _is_tag_list(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(t, str) and t and not any(c.isspace() for c in t) for t in value
    )


def _card_from(raw: Any, line: int, problems: _Problems) -> Card | None:
    if not isinstance(raw, _Map):
        problems.add(line, "a card must be a mapping with id and type")
        return None
    lines = raw.lines
    for key in raw:
        if key not in CARD_FIELDS:
            problems.add(lines[key], f"unknown field '{key}' (allowed: {', '.join(CARD_FIELDS)})")
    card_type = raw.get("type")
    if card_type not in CARD_TYPES:
        where = lines.get("type", raw.line)
        problems.add(where, f"type must be one of {', '.join(CARD_TYPES)}, not {card_type!r}")
        return None
    card = Card(type=card_type, line=raw.line)
    raw_id = raw.get("id")
    if raw_id is None:
        problems.add(raw.line, "card has no id")
    elif not isinstance(raw_id, str) or not _ID.match(raw_id):
        problems.add(
            lines["id"], "id must be text of letters, digits, '-' or '_' (quote ids that look like numbers)"
        )
    else:
        card.id = raw_id
    if card_type == "list":
        # without a prompt the front shows only where the card stands: nothing says what to recall
        if "prompt" not in raw:
            problems.add(raw.line, f"list card has no prompt; {_PROMPT_HINT}")
        elif isinstance(raw["prompt"], str) and not raw["prompt"].strip():
            problems.add(lines["prompt"], f"prompt is empty; {_PROMPT_HINT}")
        else:
            card.prompt = _check_text(problems, lines["prompt"], "prompt", raw["prompt"], True)
        items = raw.get("items")
        if items is None:
            problems.add(raw.line, "list card has no items")
        elif not isinstance(items, _Seq) or not items:
            problems.add(lines["items"], "items must be a non-empty list of text")
        else:
            for item, item_line in zip(items, items.lines, strict=True):
                if isinstance(item, dict) and len(item) == 1:  # `- 资源共享: 推动…` reads as key: value
                    problems.add(
                        item_line,
                        "this item holds ': ', which YAML reads as 'key: value': put the item in quotes "
                        "or write the colon as '：'",
                    )
                elif item is None:  # `- #…`: a comment, or nothing
                    problems.add(item_line, "empty item" + _hash_hint(problems.source_line(item_line)))
                elif not isinstance(item, str):
                    problems.add(item_line, "items must be a list of text")
                elif not item.strip():
                    problems.add(item_line, "empty item")
                elif "{{" in item or "}}" in item:
                    problems.add(item_line, item_markup_problem(item))
                else:
                    card.items.append(item)
        _check_numbers(problems, raw, card)
        for key in ("text",):
            if key in raw:
                problems.add(lines[key], f"'{key}' belongs to cloze cards, not list cards")
    else:
        where = lines.get("text", raw.line)
        if "text" not in raw:
            problems.add(raw.line, "cloze card has no text")
        else:
            card.text = _check_text(problems, where, "text", raw.get("text"), True)
            for problem in cloze_problems(card.text) if card.text.strip() else []:
                problems.add(where, problem)
        for key in ("prompt", "items", "clozes"):
            if key in raw:
                problems.add(lines[key], f"'{key}' belongs to list cards, not cloze cards")
        _check_retired(problems, raw, card)
        used = {int(m.group(1)) for m in CLOZE.finditer(card.text)}
        reused = sorted(used & set(card.retired))
        if reused:
            numbers = ", ".join(f"c{number}" for number in reused)
            free = next_cloze_number({*used, *card.retired})
            problems.add(
                where,
                f"a gap uses a retired number ({numbers}); give the gap c{free} "
                "(above every number used or retired)",
            )
    card.extra = _check_text(problems, lines.get("extra"), "extra", raw.get("extra"), False)
    mode = raw.get("mode")
    if mode is not None and mode not in MODES:
        problems.add(lines["mode"], f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    elif mode is not None:
        card.mode = mode
        problem = whole_card_problem(card, mode)
        if problem:
            problems.add(raw.line, problem)
    tags = raw.get("tags")
    if tags is not None:
        if not _is_tag_list(tags):
            problems.add(lines["tags"], "tags must be a list of words without spaces")
        else:
            card.tags = list(tags)
    origin = raw.get("origin")
    if origin is not None:
        if not isinstance(origin, _Map):
            problems.add(lines["origin"], "origin must be a mapping with line and section")
        else:
            for key in origin:
                if key not in ORIGIN_FIELDS:
                    problems.add(origin.lines[key], f"unknown field 'origin.{key}' (allowed: line, section)")
            line_no, section = origin.get("line"), origin.get("section")
            if line_no is not None and (
                not isinstance(line_no, int) or isinstance(line_no, bool) or line_no < 1
            ):
                problems.add(origin.lines["line"], "origin.line must be a positive whole number")
                line_no = None
            if section is not None and not isinstance(section, str):
                problems.add(origin.lines["section"], "origin.section must be text")
                section = None
            card.origin = Origin(line=line_no, section=section)
    if "conflict" in raw:
        card.conflict = _conflict_from(raw["conflict"], lines["conflict"], problems)
    return card


def _conflict_from(raw: Any, line: int, problems: _Problems) -> dict[str, Any] | None:
    """The `conflict:` mapping sync wrote (Anki's version of the card), as plain data."""
    if not isinstance(raw, _Map) or not raw:
        problems.add(line, f"conflict must be a mapping of {', '.join(CONFLICT_FIELDS)}")
        return None
    conflict: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in CONFLICT_FIELDS:
            problems.add(
                raw.lines[key], f"unknown field 'conflict.{key}' (allowed: {', '.join(CONFLICT_FIELDS)})"
            )
        elif key in ("items", "tags"):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                problems.add(raw.lines[key], f"conflict.{key} must be a list of text")
            else:
                conflict[key] = list(value)
        elif not isinstance(value, str):
            problems.add(raw.lines[key], f"conflict.{key} must be text")
        else:
            conflict[key] = value
    return conflict


def conflict_problems(card_file: CardFile) -> list[YaodianError]:
    """One problem per card that holds a conflict from `yaodian sync`, until the learner resolves it."""
    where = card_file.path or Path(card_file.source)
    return [
        YaodianError(
            f"card {card.id} was changed in the YAML and in Anki; Anki's version is under 'conflict': "
            "keep what you want in the card and delete 'conflict'",
            Location(where, card.line),
        )
        for card in card_file.cards
        if card.conflict
    ]


def cloze_gap_warnings(
    card_file: CardFile,
    numbered_by_yaodian: Callable[[Card], bool] = lambda card: False,
    built: Callable[[Card], Collection[int]] = lambda card: (),
) -> list[YaodianError]:
    """A warning per cloze card whose numbers skip one (c1 and c3, no c2), but those
    `numbered_by_yaodian` says yaodian numbered (merge.typed_cloze_gap_warnings: on purpose, to keep
    reviews under their numbers). Anki takes such a note and makes one card per number used
    (Cloze 1 and Cloze 3, no empty card), so it is no error; but in numbers the learner typed, a
    skipped one is most often a slip of the hand. A skipped number `built` says a build gave the
    card is not named: it has Anki history, so renumbering onto it would be wrong, and
    build.renumbered_gap_warnings tells the learner to retire it (or give its answer back)."""
    where = card_file.path or Path(card_file.source)
    warnings = []
    for card in card_file.cards:
        if card.type != "cloze":
            continue
        if any(int(match.group(1)) == 0 for match in _CLOZE_START.finditer(card.text)):
            continue  # the error "cloze numbers start at c1, not c0" says it already
        used = {int(match.group(1)) for match in CLOZE.finditer(card.text)} - {ALL_CLOZE}
        # a retired number (a gap the source dropped) is skipped on purpose
        skipped = sorted(set(range(1, max(used, default=0))) - used - set(card.retired) - set(built(card)))
        if skipped and not numbered_by_yaodian(card):
            numbers = ", ".join(f"c{number}" for number in sorted(used))
            missing = ", ".join(f"c{number}" for number in skipped)
            warnings.append(
                YaodianError(
                    f"cloze numbers skip {missing} ({numbers} used): Anki makes a card for each number "
                    "used and none for a skipped one; if you typed these numbers, renumber (before you "
                    "study the card: Anki keeps a card's reviews under its number)",
                    Location(where, card.line),
                )
            )
    return warnings


# the fields the learner writes text into (and every entry of a list: items, tags)
_TEXT_KEYS = frozenset({"title", "prompt", "text", "extra"})
_COMMENT_AFTER = re.compile(r"\s+#")


def comment_warnings(path: Path, text: str) -> list[YaodianError]:
    """A warning per plain (unquoted) text value followed by ' #' on its last line: YAML reads
    the rest of the line as a comment, so `text: …。 #重点` silently loses '#重点'. The YAML nodes
    are read, not the lines: inside a block scalar (`extra: |-`, the full text yaodian writes)
    and inside quotes a '#' is text. (yaodian's own `# yaodian:` marks stand after ids and
    `cards:`, which are no text.) A file YAML cannot read gets none (check reports it)."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return []
    lines = text.splitlines()
    warnings = []
    for node in _plain_text_values(root):
        rest = lines[node.end_mark.line][node.end_mark.column :] if node.end_mark.line < len(lines) else ""
        if _COMMENT_AFTER.match(rest):
            comment = rest.lstrip()
            warnings.append(
                YaodianError(
                    f"YAML reads '{comment[:_SHOWN_VALUE]}' as a comment and leaves it out of the value: "
                    "put the value in quotes if it belongs to the text",
                    Location(path, node.end_mark.line + 1),
                )
            )
    return warnings


def _plain_text_values(node: yaml.Node | None) -> list[yaml.ScalarNode]:
    """The plain scalars under `node` that hold text: the values of _TEXT_KEYS and list entries."""
    if isinstance(node, yaml.MappingNode):
        found = []
        for key, value in node.value:
            if isinstance(value, yaml.ScalarNode):
                if key.value in _TEXT_KEYS and value.style is None:
                    found.append(value)
            else:
                found += _plain_text_values(value)
        return found
    if isinstance(node, yaml.SequenceNode):
        found = []
        for entry in node.value:
            if isinstance(entry, yaml.ScalarNode):
                if entry.style is None:
                    found.append(entry)
            else:
                found += _plain_text_values(entry)
        return found
    return []


def default_mode_problems(card_file: CardFile, mode: str) -> list[YaodianError]:
    """whole_card_problem of the list cards that set no mode of their own, studied in `mode`,
    the build's default (a card's own mode is checked as its file is read)."""
    where = card_file.path or Path(card_file.source)
    return [
        YaodianError(problem, Location(where, card.line))
        for card in card_file.cards
        if card.type == "list" and not card.mode and (problem := whole_card_problem(card, mode))
    ]


def _numbers(value: Any) -> list[int] | None:
    if not isinstance(value, list) or not all(
        isinstance(n, int) and not isinstance(n, bool) and n >= 1 for n in value
    ):
        return None
    return list(value)


def _check_retired(problems: _Problems, raw: _Map, card: Card) -> None:
    """`retired` lists numbers that must not come back (Anki keeps their review history)."""
    if "retired" in raw:
        retired = _numbers(raw["retired"])
        if retired is None:
            problems.add(raw.lines["retired"], "retired must be a list of whole numbers from 1")
        else:
            card.retired = retired


def _check_numbers(problems: _Problems, raw: _Map, card: Card) -> None:
    """`clozes` gives each item its number; `retired` lists numbers that must not come back."""
    _check_retired(problems, raw, card)
    if "clozes" not in raw:
        return
    clozes = _numbers(raw["clozes"])
    where = raw.lines["clozes"]
    if clozes is None:
        problems.add(where, "clozes must be a list of whole numbers from 1, one per item")
        return
    problems_before = len(problems.found)
    # the items as written: an item refused for a fault of its own (empty, say) still has its number
    written = raw.get("items")
    if isinstance(written, list) and written and len(clozes) != len(written):
        numbers = "1 number" if len(clozes) == 1 else f"{len(clozes)} numbers"
        items = "1 item" if len(written) == 1 else f"{len(written)} items"
        problems.add(where, f"clozes has {numbers} for {items}; give one per item")
    repeated = sorted({number for number in clozes if clozes.count(number) > 1})
    if repeated:
        problems.add(where, f"clozes repeats {', '.join(map(str, repeated))}; each item needs its own number")
    if set(clozes) & set(card.retired):
        problems.add(where, "clozes uses a retired number; give the item a new one")
    if len(problems.found) == problems_before and len(clozes) == len(card.items):
        card.clozes = clozes


def _as_loaded(value: Any, line: int) -> Any:
    """Plain data as the loader would give it, every part at `line`."""
    if isinstance(value, dict):
        mapping = _Map((key, _as_loaded(item, line)) for key, item in value.items())
        mapping.line, mapping.lines = line, dict.fromkeys(value, line)
        return mapping
    if isinstance(value, list):
        sequence = _Seq(_as_loaded(item, line) for item in value)
        sequence.lines = [line] * len(value)
        return sequence
    return value


def card_problems(card: Card) -> list[str]:
    """What `check` would say about a card, for cards that have not been written yet."""
    problems = _Problems(Path())
    _card_from(_as_loaded(card.to_dict(), 1), 1, problems)
    return [problem.message for problem in problems.found]


def read_card_file(
    path: Path, cache: ParseCache | None = None, data: bytes | None = None
) -> tuple[CardFile | None, list[YaodianError]]:
    """Load one card file; return it (None if unusable) and every problem found, each with file:line.

    With a cache, a file whose bytes were parsed before is not parsed again. `data`: the file's
    bytes, when the caller has read them already.
    """
    problems = _Problems(path)
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            problems.add(None, f"cannot read: {exc.strerror}")
            return None, problems.found
    digest = hashlib.sha1(data).hexdigest()
    if cache is not None and (hit := cache.get(path, digest)) is not None:
        return hit, []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.add(data[: exc.start].count(b"\n") + 1, "not UTF-8 text: save the file as UTF-8")
        return None, problems.found
    card_file, found = _parse_card_file(path, text, problems)
    if cache is not None and card_file is not None and not found:
        cache.put(path, digest, card_file)
    return card_file, found


def _parse_card_file(
    path: Path, text: str, problems: _Problems
) -> tuple[CardFile | None, list[YaodianError]]:
    problems.lines = text.splitlines()
    try:
        raw = parse_yaml(text, path)
    except YaodianError as exc:
        return None, [exc]
    if not isinstance(raw, _Map):
        problems.add(1, "a card file must be a mapping with source, title, deck and cards")
        return None, problems.found
    for key in raw:
        if key not in FILE_FIELDS:
            problems.add(raw.lines[key], f"unknown field '{key}' (allowed: {', '.join(FILE_FIELDS)})")
    header = {}
    for key in ("source", "title", "deck"):
        header[key] = _check_text(problems, raw.lines.get(key, 1), key, raw.get(key), key == "deck")
    if "deck" not in raw:
        problems.add(1, "card file has no deck")
    elif "::::" in header["deck"] or header["deck"].startswith("::") or header["deck"].endswith("::"):
        problems.add(raw.lines["deck"], "deck has an empty part between '::'")
    card_file = CardFile(source=header["source"], title=header["title"], deck=header["deck"], path=path)
    file_tags = raw.get("tags")
    if file_tags is not None:
        if not _is_tag_list(file_tags):
            problems.add(raw.lines["tags"], "tags must be a list of words without spaces")
        else:
            card_file.tags = list(file_tags)
    raw_cards = raw.get("cards")
    if raw_cards is None:
        problems.add(1, "card file has no cards list (write 'cards: []' for none)")
    elif not isinstance(raw_cards, _Seq):
        problems.add(raw.lines["cards"], "cards must be a list")
    else:
        seen: dict[str, int] = {}
        for raw_card, line in zip(raw_cards, raw_cards.lines, strict=True):
            card = _card_from(raw_card, line, problems)
            if card is None:
                continue
            if card.id and card.id in seen:
                problems.add(card.line, f"duplicate id '{card.id}' (also at line {seen[card.id]})")
            elif card.id:
                seen[card.id] = card.line or line
            card_file.cards.append(card)
    return card_file, problems.found


def load_card_file(path: Path) -> CardFile:
    """Load one card file or raise the first problem."""
    card_file, problems = read_card_file(path)
    if problems:
        raise problems[0]
    assert card_file is not None
    return card_file


def card_files_in(folder: Path) -> list[Path]:
    """The card files of a folder, in name order."""
    return sorted(p for p in folder.glob("*.yaml") if not p.name.startswith("."))


def check_folder(
    folder: Path, remember: bool = False, conflicts: bool = True, mode: str = "each"
) -> tuple[list[CardFile], list[YaodianError]]:
    """Load every card file of a folder; every problem, including ids repeated across files.

    `mode` is the study mode a build gives list cards that set none (see whole_card_problem).
    With `remember`, files parsed now are added to the folder's parse cache (build does this;
    check, stats and preview only read). Cards holding a conflict from sync are problems
    unless `conflicts` is False (sync itself, which leaves those cards alone).
    """
    files: list[CardFile] = []
    problems: list[YaodianError] = []
    owners: dict[str, Location] = {}
    from yaodian.cache import ParseCache  # here, not at the top: the cache builds on this module

    cache = ParseCache.load(folder)
    for path in card_files_in(folder):
        card_file, found = read_card_file(path, cache)
        problems += found
        if card_file is None:
            continue
        files.append(card_file)
        if conflicts:
            problems += conflict_problems(card_file)
        problems += default_mode_problems(card_file, mode)
        for card in card_file.cards:
            if not card.id:
                continue
            here = Location(path, card.line)
            if card.id in owners and owners[card.id].path != path:
                problems.append(YaodianError(f"duplicate id '{card.id}' (also at {owners[card.id]})", here))
            owners.setdefault(card.id, here)
    if remember and folder.is_dir():
        cache.save()
    return files, problems


# ---------------------------------------------------------------- saving


_EMITTER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_RESOLVER = yaml.resolver.Resolver()
# Plain scalars starting with these may read back as numbers, booleans, null...: those need a check.
_AMBIGUOUS_START = frozenset(_RESOLVER.yaml_implicit_resolvers)


# Plain scalars that YAML 1.2 readers (the YAML language server, most other tools) take for
# numbers, booleans or null, though PyYAML's YAML 1.1 rules read them as text: 1e9, 0o17, .5
_YAML12_NOT_TEXT = re.compile(
    r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|null|Null|NULL|~"
)


def _implicit_patterns() -> dict[str, re.Pattern]:
    """Per first character, one pattern for all the resolver's implicit rules for it: what
    _RESOLVER.resolve tries one by one (text that none of them matches reads back as text)."""
    rules = _RESOLVER.yaml_implicit_resolvers
    wildcard = rules.get(None, [])
    return {
        first: re.compile("|".join(f"(?:{regexp.pattern})" for _tag, regexp in [*own, *wildcard]), re.X)
        for first, own in rules.items()
        if first is not None
    }


_IMPLICIT = _implicit_patterns()


def _reads_back_as_text(value: str) -> bool:
    """Whether `value`, written plain, reads back as the same text (YAML 1.1 and 1.2 readers)."""
    if not value or value[0] in _AMBIGUOUS_START:
        implicit = _IMPLICIT.get(value[:1])
        if implicit is not None and implicit.match(value):
            return False
        return not _YAML12_NOT_TEXT.fullmatch(value)
    return True


def _scalar(value: str) -> yaml.ScalarEvent:
    """A string scalar; multi-line text as a literal block, others plain where YAML allows."""
    plain = _reads_back_as_text(value)
    return yaml.ScalarEvent(None, None, (plain, True), value, style="|" if "\n" in value else None)


def _string(value: str, scalars: dict[str, yaml.ScalarEvent]) -> yaml.ScalarEvent:
    """The one event for a string, made on first use."""
    event = scalars.get(value)
    if event is None:
        event = scalars[value] = _scalar(value)
    return event


def _events(data: Any, out: list, scalars: dict[str, yaml.ScalarEvent]) -> None:
    """Append the YAML events of plain data (dicts, lists, text, numbers, booleans) to `out`.

    Feeding events to libyaml's emitter skips PyYAML's representer, which is Python code and
    most of the time of writing tens of thousands of cards. The emitter copies each event as it
    takes it, so one event serves every occurrence of a string (keys, types, sections): `scalars`.
    """
    if isinstance(data, dict):
        out.append(_MAPPING_START)
        for key, value in data.items():
            out.append(_string(str(key), scalars))
            if isinstance(value, str):  # most values: no recursion for them
                out.append(_string(value, scalars))
            else:
                _events(value, out, scalars)
        out.append(_MAPPING_END)
    elif isinstance(data, list):
        out.append(_SEQUENCE_START)
        for value in data:
            if isinstance(value, str):
                out.append(_string(value, scalars))
            else:
                _events(value, out, scalars)
        out.append(_SEQUENCE_END)
    elif isinstance(data, str):
        out.append(_string(data, scalars))
    elif isinstance(data, bool):
        out.append(yaml.ScalarEvent(None, None, (True, False), "true" if data else "false"))
    elif isinstance(data, int):
        out.append(yaml.ScalarEvent(None, None, (True, False), str(data)))
    elif data is None:
        out.append(yaml.ScalarEvent(None, None, (True, False), "null"))
    else:
        raise TypeError(f"cannot write {type(data).__name__} to card YAML")


_MAPPING_START = yaml.MappingStartEvent(None, None, True, flow_style=False)
_MAPPING_END = yaml.MappingEndEvent()
_SEQUENCE_START = yaml.SequenceStartEvent(None, None, True, flow_style=False)
_SEQUENCE_END = yaml.SequenceEndEvent()


def dump_yaml(data: Any) -> str:
    """Block-style YAML with Chinese written verbatim."""
    events: list = [yaml.StreamStartEvent(), yaml.DocumentStartEvent(explicit=False)]
    _events(data, events, {})
    events += [yaml.DocumentEndEvent(explicit=False), yaml.StreamEndEvent()]
    return yaml.emit(events, Dumper=_EMITTER, allow_unicode=True, width=10_000, indent=2)


def render_card_file(card_file: CardFile) -> str:
    """The YAML text of a card file, with a schema modeline for editors."""
    return render_card_data(card_file.to_dict())


def render_card_data(data: dict[str, Any]) -> str:
    """render_card_file of the card file whose to_dict() is `data`."""
    modeline = f"# yaml-language-server: $schema={SCHEMA_NAME}\n"
    text = dump_yaml(data)
    # libyaml marks the document's end (`...`) once it has written text kept with its last line
    # break; the file's end says the same, and a file that ends in it is the same for every reader
    return modeline + (text[: -len("...\n")] if text.endswith("\n...\n") else text)


def card_schema() -> str:
    """The JSON Schema of card files, as shipped in the package."""
    from importlib import resources

    return resources.files("yaodian").joinpath("cards.schema.json").read_text(encoding="utf-8")


def install_schema(folder: Path) -> None:
    """Put the schema beside the card files, so editors with the YAML language server validate as you type."""
    target = folder / SCHEMA_NAME
    schema = card_schema()
    if not target.exists() or target.read_text(encoding="utf-8") != schema:
        write_atomic(target, schema)


def save_card_file(card_file: CardFile, path: Path) -> None:
    write_atomic(path, render_card_file(card_file))


# ---------------------------------------------------------------- numbers written in place


def write_numbers(path: Path, cards: list[Card]) -> None:
    """Give the cards of the file at `path` that `cards` names (by id) their `clozes`, `retired`
    and, a cloze card, its text's cloze numbers, as `cards` has them, atomically. Only those
    values change in the file: every other byte, the learner's comments and layout included,
    stays as it is (numbers_in_place). A file that cannot be read, or whose numbers cannot be
    written in place, raises a YaodianError naming it, and is left as it was. The file keeps its
    permissions, and a symbolic link its target (the file it points to is the one written)."""
    data = path.read_bytes()
    card_file, problems = read_card_file(path, data=data)
    if problems or card_file is None:
        raise problems[0] if problems else YaodianError("cannot read", Location(path))
    edited = numbers_in_place(data.decode("utf-8"), card_file, cards)
    target = path.resolve()
    write_atomic(target, edited, mode=stat.S_IMODE(target.stat().st_mode))


def numbers_in_place(text: str, card_file: CardFile, cards: list[Card]) -> str:
    """`text`, which holds `card_file`, with the numbers of `cards` (write_numbers) edited in:
    the value of `clozes:` and of `retired:` rewritten in the style it has (`[1, 2]`, or an
    entry a line), or added on a line of its own in flow style after the card's items (clozes)
    or after its items, clozes or text (retired); each `{{cN::` of a cloze card's text given its
    new number. The result is read back and must hold exactly `card_file` with `cards` in place
    of its own, else a YaodianError says so (the file keeps its text)."""
    wanted = {card.id: card for card in cards}
    path = card_file.path or Path()
    root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    top = root.value if isinstance(root, yaml.MappingNode) else []
    sequence = next((v for k, v in top if k.value == "cards"), None)
    edits: list[tuple[int, int, str]] = []  # (start, end, new text), by character index
    newline = _line_break_of(text)
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    for node in sequence.value if isinstance(sequence, yaml.SequenceNode) else []:
        values = {k.value: v for k, v in node.value} if isinstance(node, yaml.MappingNode) else {}
        card_id = getattr(values.get("id"), "value", None)
        if card_id not in wanted:
            continue
        if node.flow_style:
            raise YaodianError(
                f"{card_id}: a card written in braces ({{…}}) has no line to take its numbers: write them by hand",
                Location(path, node.start_mark.line + 1),
            )
        new = wanted[card_id]
        old = next(card for card in card_file.cards if card.id == card_id)
        indent = " " * node.value[0][0].start_mark.column
        if new.type == "cloze" and new.text != old.text:
            value = values["text"]
            start, end = value.start_mark.index, value.end_mark.index
            edits.append((start, end, _renumbered_markup(text[start:end], old.text, new.text)))
        # a key added goes after the one it follows in a card yaodian writes
        after, before = ("clozes", "items") if new.type == "list" else ("text", "text")
        for key, numbers, old_numbers in (
            ("clozes", new.clozes if new.type == "list" else None, old.clozes),
            ("retired", sorted(new.retired), old.retired),
        ):
            if numbers is None or numbers == old_numbers:
                continue
            if key in values:
                edits.append(_sequence_edit(text, values[key], numbers, path))
            else:
                at = starts[min(_line_after(values.get(after) or values[before]), len(lines))]
                line_break = newline if at and text[at - 1] != "\n" else ""  # (a last line without one)
                added = f"{line_break}{indent}{key}: [{', '.join(map(str, numbers))}]{newline}"
                edits.append((at, at, added))
    edited = text
    # from the file's end, so each edit's place still holds; of two at one place, the later first
    for index in sorted(range(len(edits)), key=lambda i: (edits[i][0], i), reverse=True):
        start, end, new_text = edits[index]
        edited = edited[:start] + new_text + edited[end:]
    expected = CardFile(card_file.source, card_file.title, card_file.deck, tags=card_file.tags)
    expected.cards = [wanted.get(card.id, card) for card in card_file.cards]
    read, found = _parse_card_file(path, edited, _Problems(path))
    # to_dict leaves out a `clozes:` of 1..N, which a list card still tied to its last build
    # does not mean (as_built), so each card's numbers are compared as written too
    if (
        found
        or read is None
        or read.to_dict() != expected.to_dict()
        or [(card.clozes, sorted(card.retired)) for card in read.cards]
        != [(card.clozes, sorted(card.retired)) for card in expected.cards]
    ):
        raise YaodianError(
            "the cloze numbers could not be written without changing more of the file: write them by hand "
            "as the warnings say",
            Location(path),
        )
    return edited


def _line_after(node: yaml.Node) -> int:
    """The 0-based line after the value `node` (a list's: after its last entry)."""
    if isinstance(node, yaml.SequenceNode) and node.value and not node.flow_style:
        node = node.value[-1]
    end = node.end_mark
    return end.line if end.column == 0 else end.line + 1  # a block scalar ends on the line after it


def _sequence_edit(text: str, node: yaml.Node, numbers: list[int], path: Path) -> tuple[int, int, str]:
    """The edit that gives the list `node` the entries `numbers`, in the style it is written in."""
    block = isinstance(node, yaml.SequenceNode) and not node.flow_style and node.value
    start, end = (
        (node.value[0].start_mark, node.value[-1].end_mark) if block else (node.start_mark, node.end_mark)
    )
    if "#" in text[start.index : end.index]:  # comments among the entries (a number holds no '#'):
        raise YaodianError(  # no place to keep them
            "comments among the numbers of this list: write the numbers by hand as the warnings say",
            Location(path, node.start_mark.line + 1),
        )
    if not block:
        return start.index, end.index, f"[{', '.join(map(str, numbers))}]"
    dash = " " * node.start_mark.column  # (the first entry's '- ' stays: its value starts after it)
    return start.index, end.index, f"{_line_break_of(text)}{dash}- ".join(map(str, numbers))


def _line_break_of(text: str) -> str:
    """The file's own line break: \\r\\n where it has one, else \\n."""
    return "\r\n" if "\r\n" in text else "\n"


def _renumbered_markup(source: str, old: str, new: str) -> str:
    """`source`, a text value as the file writes it, whose gaps read `old`, with each `{{cN::` given
    the number the gap in its place has in `new` (gap by gap, in order)."""
    numbers = iter([match.group(1) for match in CLOZE.finditer(new)])
    if len(CLOZE.findall(old)) != len(CLOZE.findall(new)):
        return source
    return CLOZE_OPENING.sub(lambda match: f"{{{{c{next(numbers, match.group(1))}::", source)
