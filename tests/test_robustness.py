"""Property tests: no input makes yaodian crash, and card files survive save and load unchanged.

- reading and extracting arbitrary text or bytes either works or raises YaodianError;
- a card file saved as YAML loads back as exactly the same cards;
- `check` on malformed YAML reports problems and never raises.
"""

from __future__ import annotations

import string
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from yaodian.cards import (
    Card,
    CardFile,
    Origin,
    check_folder,
    read_card_file,
    render_card_file,
    save_card_file,
)
from yaodian.cli import app
from yaodian.errors import YaodianError
from yaodian.extractors import extract_document
from yaodian.sources import Document, read_document

SEED = Path(__file__).resolve().parent.parent / "seeds" / "001_c0506a55f0690070.txt"
runner = CliRunner()
robust = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of Chinese study text, so that generated documents reach the extractors' rules.
_PIECES = [
    "一、", "二、", "三、", "（一）", "（二）", "1、", "2.", "(1)", "①", "②", "一是", "二是", "三是", "首先，",
    "其次，", "最后，", "第一，", "——", "、", "，", "。", "；", "：", "“", "”", "和", "四个意识", "五个强化",
    "坚持", "加强党的领导", "统一战线", "重要法宝", "要", "的", "\n", "\n\n", " ", "\u3000", "《条例》", "提高",
]  # fmt: skip
chinese_text = st.lists(st.sampled_from(_PIECES) | st.text(max_size=3), max_size=120).map("".join)


def _extract_or_user_error(path: Path) -> None:
    try:
        document = read_document(path)
    except YaodianError:
        return
    extract_document(document)


@robust
@given(st.text(max_size=3000) | chinese_text)
def test_extraction_never_raises_on_any_text(text: str) -> None:
    extract_document(Document(path=Path("x.txt"), lines=text.split("\n")))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.txt"
        path.write_text(text, encoding="utf-8")
        _extract_or_user_error(path)


@robust
@given(
    st.sampled_from([b"", b"%PDF-1.4\n", b"PK\x03\x04", b"<html><body><p>", b"\xef\xbb\xbf", b"\xff\xfe"]),
    st.binary(max_size=2000),
    st.sampled_from([".txt", ".md", ".html", ".docx", ".pdf", ""]),
)
# (markup whose text, read as GBK, holds control characters: lxml refused to write a joined line back)
@example(head=b"<html><body><p>", body=b"\x81@\n\xa9@\x01\x01 ", suffix=".txt")
def test_reading_any_bytes_is_a_document_or_one_error(head: bytes, body: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"x{suffix}"
        path.write_bytes(head + body)
        _extract_or_user_error(path)


# ---------------------------------------------------------------- YAML round trip

_ids = st.text(string.ascii_letters + string.digits + "-_", min_size=1, max_size=12)
_tags = st.lists(
    st.text(min_size=1, max_size=8).filter(lambda t: not any(c.isspace() for c in t)), max_size=3
)
_nonblank = st.text(min_size=1, max_size=40).filter(str.strip)
_item = _nonblank.filter(lambda t: "{{" not in t and "}}" not in t)
_plain = st.text(max_size=30).filter(lambda t: "{" not in t and "}" not in t)
_answer = st.text(min_size=1, max_size=15).filter(lambda t: t.strip() and not (set(t) & set("{}:")))
_origin = st.none() | st.builds(
    Origin, line=st.none() | st.integers(1, 10_000), section=st.none() | _nonblank
).filter(lambda o: o.line is not None or o.section is not None)


@st.composite
def list_cards(draw: st.DrawFn) -> Card:
    items = draw(st.lists(_item, min_size=1, max_size=6))
    retired = sorted(draw(st.sets(st.integers(1, 30), max_size=3)))
    clozes = draw(
        st.none()
        | st.lists(
            st.integers(1, 40).filter(lambda n: n not in retired),
            min_size=len(items),
            max_size=len(items),
            unique=True,
        )
    )
    if clozes == list(range(1, len(items) + 1)):
        clozes = None  # the default numbering is not written
    return Card(
        type="list",
        prompt=draw(st.text(min_size=1, max_size=30).filter(str.strip)),  # check wants a prompt
        items=items,
        clozes=clozes,
        retired=retired,
        extra=draw(st.text(max_size=30)),
        tags=draw(_tags),
        origin=draw(_origin),
        mode=draw(st.none() | st.sampled_from(["each", "all", "both"])),
    )


@st.composite
def cloze_cards(draw: st.DrawFn) -> Card:
    hint = draw(st.none() | _answer)
    cloze = "{{c1::" + draw(_answer) + (f"::{hint}" if hint else "") + "}}"
    return Card(
        type="cloze",
        text=draw(_plain) + cloze + draw(_plain),
        extra=draw(st.text(max_size=30)),
        tags=draw(_tags),
        origin=draw(_origin),
    )


@st.composite
def card_files(draw: st.DrawFn) -> CardFile:
    cards = draw(st.lists(list_cards() | cloze_cards(), max_size=5))
    ids = draw(st.lists(_ids, min_size=len(cards), max_size=len(cards), unique=True))
    for card, card_id in zip(cards, ids, strict=True):
        card.id = card_id
    title = draw(_nonblank)
    deck = "要点::" + draw(_nonblank.filter(lambda t: ":" not in t))
    return CardFile(source=draw(st.text(max_size=30)), title=title, deck=deck, cards=cards, tags=draw(_tags))


@robust
@given(card_files())
def test_yaml_save_then_load_gives_the_same_cards(card_file: CardFile) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.yaml"
        save_card_file(card_file, path)
        loaded, problems = read_card_file(path)
    assert [str(p) for p in problems] == []
    assert loaded is not None
    assert (loaded.source, loaded.title, loaded.deck, loaded.tags) == (
        card_file.source,
        card_file.title,
        card_file.deck,
        card_file.tags,
    )
    for card in loaded.cards:
        card.line = None
    assert loaded.cards == card_file.cards


# ---------------------------------------------------------------- check on malformed YAML

_YAML_NOISE = [
    *":-[]{}!&*#|>'\"%@`?,\n\t ",
    "  ",
    "- ",
    ": ",
    "!!python/object ",
    "{{c1::",
    "\ufeff",
    "\x00",
]


@st.composite
def malformed_yaml(draw: st.DrawFn) -> str:
    """A valid card file with random cuts, insertions and repeated lines."""
    text = _valid_yaml()
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["cut", "insert", "repeat"]))
        if action == "cut":
            text = text[:at] + text[at + draw(st.integers(1, 20)) :]
        elif action == "insert":
            text = text[:at] + draw(st.sampled_from(_YAML_NOISE) | st.text(max_size=5)) + text[at:]
        else:
            lines = text.split("\n")
            line = draw(st.integers(0, len(lines) - 1))
            text = "\n".join([*lines[: line + 1], lines[line], *lines[line + 1 :]])
    return text


_VALID: list[str] = []


def _valid_yaml() -> str:
    if not _VALID:
        card_file = extract_document(read_document(SEED))
        card_file.cards = card_file.cards[:4]
        _VALID.append(render_card_file(card_file))
    return _VALID[0]


@robust
@given(malformed_yaml() | st.text(max_size=400))
def test_check_reports_malformed_yaml_without_crashing(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "x.yaml").write_text(text, encoding="utf-8", errors="surrogatepass")
        _files, problems = check_folder(Path(folder))
        assert all(isinstance(p, YaodianError) for p in problems)
        result = runner.invoke(app, ["check", "--cards", folder])
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output


@robust
@given(st.binary(max_size=300))
def test_check_reports_binary_card_files(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "x.yaml").write_bytes(data)
        _files, problems = check_folder(Path(folder))
    assert all(isinstance(p, YaodianError) for p in problems)


# ---------------------------------------------------------------- stamps


@settings(max_examples=75, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(card_files().filter(lambda f: f.cards), st.data())
def test_a_stamp_tells_a_card_as_yaodian_wrote_it_from_any_change(
    card_file: CardFile, data: st.DataObject
) -> None:
    from yaodian.merge import _layout, first_write, is_stamped, merge_card_file

    written = first_write(card_file, "x.yaml")
    spans = _layout(written.text).spans
    assert all(is_stamped("x.yaml", span) for span in spans)
    assert not any(
        is_stamped("y.yaml", span) for span in spans
    )  # a card moved to another file is the learner's
    # extracting the same cards again leaves the file byte for byte as it is
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.yaml"
        path.write_text(written.text, encoding="utf-8")
        loaded, problems = read_card_file(path)
    assert loaded is not None and problems == []
    again = merge_card_file(card_file, loaded, written.text, written.fingerprints, "x.yaml")
    assert (again.text, again.changes) == (written.text, [])
    # any character typed into a card makes it the learner's
    span = "".join(spans[data.draw(st.integers(0, len(spans) - 1))])
    at = data.draw(st.integers(0, len(span) - 2))
    typed = data.draw(st.characters(blacklist_categories=("Zs", "Cc", "Cs", "Zl", "Zp")))
    edited = span[:at] + typed + span[at:]
    assert not is_stamped("x.yaml", edited.splitlines(keepends=True))


def _parsed(text: str) -> CardFile:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.yaml"
        path.write_text(text, encoding="utf-8")
        loaded, problems = read_card_file(path)
    assert loaded is not None and [str(p) for p in problems] == []
    return loaded


@settings(max_examples=75, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(card_files().filter(lambda f: f.cards), card_files())
def test_a_merged_file_is_stamped_throughout_and_merges_again_to_itself(old: CardFile, new: CardFile) -> None:
    from yaodian.merge import _layout, first_write, is_stamped, merge_card_file

    # (a card whose items' numbers 1..N include a retired one is none yaodian writes)
    assume(all(not set(c.cloze_numbers()) & set(c.retired) for c in old.cards if c.type == "list"))
    for index, card in enumerate(new.cards):  # the same cards in other words, and others
        card.id = old.cards[index].id if index < len(old.cards) else f"new-{index}"
        card.clozes, card.retired = None, []  # as extracted: numbers are the merge's to give
    written = first_write(old, "x.yaml")
    merged = merge_card_file(new, _parsed(written.text), written.text, written.fingerprints, "x.yaml")
    loaded = _parsed(merged.text)
    assert len(loaded.cards) == len(new.cards)  # each updated, added or, unmatched, removed
    layout = _layout(merged.text)
    assert layout is None or all(is_stamped("x.yaml", span) for span in layout.spans)
    again = merge_card_file(new, loaded, merged.text, merged.fingerprints, "x.yaml")
    assert (again.text, again.changes) == (merged.text, [])
