"""The card model: YAML load with line numbers, validation messages, save and round trip."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from yaodian.cards import (
    Card,
    CardFile,
    Origin,
    card_problems,
    check_folder,
    cloze_problems,
    comment_warnings,
    dump_yaml,
    load_card_file,
    open_clozes,
    read_card_file,
    render_card_file,
    save_card_file,
)
from yaodian.errors import YaodianError

BAD = sorted((Path(__file__).parent / "data" / "bad").glob("*.yaml"))


def _expected(path: Path) -> str:
    match = re.match(r"# expect: (.*)", path.read_text(encoding="utf-8").splitlines()[0])
    assert match, f"{path} has no '# expect:' first line"
    return f"{path}:{match.group(1)}"


@pytest.mark.parametrize("path", BAD, ids=[p.stem for p in BAD])
def test_bad_file_gives_exact_first_error(path: Path) -> None:
    _card_file, problems = read_card_file(path)
    assert problems, f"{path.name} was accepted"
    assert str(problems[0]) == _expected(path)


def test_every_problem_is_reported_not_just_the_first(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(
        "title: t\ndeck: 要点::t\ncards:\n"
        "  - id: a1\n    type: list\n    items: ['', 二]\n    prompt: p\n"
        "  - id: a2\n    type: cloze\n    text: '{{c0::x}}'\n    colour: red\n",
        encoding="utf-8",
    )
    _card_file, problems = read_card_file(path)
    assert [str(p) for p in problems] == [
        f"{path}:6: empty item",
        f"{path}:11: unknown field 'colour' (allowed: id, type, prompt, items, clozes, retired, text, extra, tags, origin, mode, conflict)",
        f"{path}:10: cloze numbers start at c1, not c0",
    ]


def test_object_tag_is_never_executed(tmp_path: Path) -> None:
    marker = tmp_path / "owned"
    path = tmp_path / "evil.yaml"
    path.write_text(
        f"title: t\ndeck: d\ncards: !!python/object/apply:os.system ['touch {marker}']\n", encoding="utf-8"
    )
    with pytest.raises(YaodianError, match="tags that construct objects are not allowed"):
        load_card_file(path)
    assert not marker.exists()


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.yaml").write_text(
            f"title: {name}\ndeck: 要点::{name}\ncards:\n  - id: same\n    type: cloze\n    text: '{{{{c1::x}}}}'\n",
            encoding="utf-8",
        )
    _files, problems = check_folder(tmp_path)
    assert [str(p) for p in problems] == [
        f"{tmp_path / 'b.yaml'}:4: duplicate id 'same' (also at {tmp_path / 'a.yaml'}:4)"
    ]


def test_not_utf8_is_a_located_error(tmp_path: Path) -> None:
    path = tmp_path / "gbk.yaml"
    path.write_bytes("title: 标题\ndeck: 要点\n".encode("gbk"))
    _card_file, problems = read_card_file(path)
    assert [str(p) for p in problems] == [f"{path}:1: not UTF-8 text: save the file as UTF-8"]


@pytest.mark.parametrize(
    ("text", "problems"),
    [
        ("{{c1::参谋机构}}", []),
        ("{{c1::参谋机构::提示}}和{{c2::组织机构}}", []),
        ("{{c1::参谋机构", ["cloze '{{c1::' is not closed with '}}'"]),
        ("{{c1::a {{c2::b}}", ["cloze '{{c1::' is not closed with '}}'"]),
        ("{{c0::x}}", ["cloze numbers start at c1, not c0"]),
        ("{{c1::}}", ["empty cloze '{{c1::}}'"]),
        ("{{c1：：x}}", ["cloze uses full-width colons '：：'; write '{{c1::...}}'"]),
        ("no markup", ["text has no cloze: mark what to hide as {{c1::...}}"]),
    ],
)
def test_cloze_problems(text: str, problems: list[str]) -> None:
    assert cloze_problems(text) == problems


def test_save_load_round_trip_keeps_every_field_and_chinese_verbatim(tmp_path: Path) -> None:
    card_file = CardFile(
        source="seeds/x.txt",
        title="提能善为",
        deck="要点::提能善为",
        cards=[
            Card(
                type="list",
                id="3f9a1c07",
                prompt="全省统战部长会议提了四点要求",
                items=["充分发挥参谋、组织、督促的作用", "123", "true"],
                extra="原文:\n第二行",
                tags=["统战"],
                origin=Origin(line=17, section="一、切实履行"),
                mode="all",
            ),
            Card(type="cloze", id="7c1d2e90", text="统战部是{{c1::参谋机构}}"),
        ],
    )
    path = tmp_path / "x.yaml"
    save_card_file(card_file, path)
    text = path.read_text(encoding="utf-8")
    assert "全省统战部长会议提了四点要求" in text  # not \u-escaped
    assert text.startswith("# yaml-language-server: $schema=")
    loaded = load_card_file(path)
    assert [c.to_dict() for c in loaded.cards] == [c.to_dict() for c in card_file.cards]
    assert (loaded.title, loaded.deck, loaded.source) == (card_file.title, card_file.deck, card_file.source)
    assert [c.line for c in loaded.cards] == [6, text.splitlines().index("- id: 7c1d2e90") + 1]
    assert render_card_file(loaded) == text


@pytest.mark.parametrize(
    ("extra_yaml", "message"),
    [
        ("    clozes: [1, 2, 3]\n", "7: clozes has 3 numbers for 2 items; give one per item"),
        ("    clozes: [2, 2]\n", "7: clozes repeats 2; each item needs its own number"),
        ("    clozes: [1, 0]\n", "7: clozes must be a list of whole numbers from 1, one per item"),
        (
            "    retired: [2]\n    clozes: [1, 2]\n",
            "8: clozes uses a retired number; give the item a new one",
        ),
        ("    retired: 3\n", "7: retired must be a list of whole numbers from 1"),
    ],
)
def test_cloze_number_fields_are_checked(tmp_path: Path, extra_yaml: str, message: str) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(
        f"title: t\ndeck: d\ncards:\n  - id: a1\n    type: list\n    items: [一, 二]\n{extra_yaml}    prompt: p\n",
        encoding="utf-8",
    )
    _card_file, problems = read_card_file(path)
    assert [str(p) for p in problems] == [f"{path}:{message}"]


@pytest.mark.parametrize(
    ("items", "clozes", "messages"),
    [
        # an item refused for a fault of its own still counts: the numbers match the items as written
        ("[一, ' ', 三]", "[1, 2, 3]", ["6: empty item"]),
        (
            "[一, ' ', 三]",
            "[1, 1, 3]",
            ["6: empty item", "7: clozes repeats 1; each item needs its own number"],
        ),
        ("[一, 二]", "[4]", ["7: clozes has 1 number for 2 items; give one per item"]),
        (
            "[一, 二]",
            "[2, 2, 5, 5]",
            [
                "7: clozes has 4 numbers for 2 items; give one per item",
                "7: clozes repeats 2, 5; each item needs its own number",
            ],
        ),
    ],
)
def test_clozes_are_checked_against_the_items_as_written(
    tmp_path: Path, items: str, clozes: str, messages: list[str]
) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(
        f"title: t\ndeck: d\ncards:\n  - id: a1\n    type: list\n    items: {items}\n    clozes: {clozes}\n"
        "    prompt: p\n",
        encoding="utf-8",
    )
    _card_file, problems = read_card_file(path)
    assert [str(p) for p in problems] == [f"{path}:{message}" for message in messages]


def test_cloze_numbers_default_to_positions_and_round_trip(tmp_path: Path) -> None:
    card = Card(type="list", id="a1", prompt="p", items=["一", "二", "三"], clozes=[1, 4, 2], retired=[3])
    assert Card(type="list", items=["a", "b"]).cloze_numbers() == [1, 2]
    path = tmp_path / "x.yaml"
    save_card_file(CardFile(source="", title="t", deck="d", cards=[card]), path)
    loaded = load_card_file(path).cards[0]
    assert (loaded.cloze_numbers(), loaded.retired) == ([1, 4, 2], [3])


def test_file_tags_round_trip_and_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    save_card_file(CardFile(source="", title="t", deck="d", tags=["统战", "基层"]), path)
    assert load_card_file(path).tags == ["统战", "基层"]
    path.write_text("title: t\ndeck: d\ntags: [a b]\ncards: []\n", encoding="utf-8")
    assert [str(p) for p in read_card_file(path)[1]] == [
        f"{path}:3: tags must be a list of words without spaces"
    ]


def test_title_is_optional_and_syntax_errors_point_inside_the_file(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("deck: 要点::t\ncards: []\n", encoding="utf-8")
    assert read_card_file(path)[1] == []
    path.write_text("deck: d\ncards:\n  - id: a\n    text: '{{c1::x}}\n", encoding="utf-8")
    (problem,) = read_card_file(path)[1]
    assert problem.location.line <= 4


@pytest.mark.parametrize("value", ["77744441e9", "0434320867", "1e3", "0o17", ".5", "null", "true", "~"])
def test_text_that_yaml_readers_could_take_for_a_number_is_quoted(value: str) -> None:
    from yaodian.cards import dump_yaml

    assert dump_yaml({"id": value}) == f"id: '{value}'\n"


def test_plain_text_stays_plain() -> None:
    from yaodian.cards import dump_yaml

    assert dump_yaml({"id": "3f9a1c07ab", "prompt": "全省统战部长会议提了四点要求"}) == (
        "id: 3f9a1c07ab\nprompt: 全省统战部长会议提了四点要求\n"
    )


_ODD_CARDS = [
    (Card(type="list", id="a1", prompt="p", items=["x", "y"]), []),
    (Card(type="list", id="a1", prompt="p", items=[]), ["items must be a non-empty list of text"]),
    (Card(type="list", id="a1", prompt="p", items=["x", " "]), ["empty item"]),
    (
        Card(type="list", id="a1", prompt="p", items=["{{c1::x}}"]),
        ["an item is clozed whole; remove the '{{' '}}' markup"],
    ),
    (Card(type="list", id="a1", prompt="p", items=["x", 3]), ["items must be a list of text"]),  # type: ignore[list-item]
    (Card(type="list", id="a1", prompt="p", items=["x", "y"], clozes=[2, 1]), []),
    (
        Card(type="list", id="a1", prompt="p", items=["x", "y"], clozes=[1, 1]),
        ["clozes repeats 1; each item needs its own number"],
    ),
    (
        Card(type="list", id="a1", prompt="p", items=["x", "y"], clozes=[3, 4], retired=[4]),
        ["clozes uses a retired number; give the item a new one"],
    ),
    (
        Card(type="list", id="a1", prompt="p", items=["x"], retired=[0]),
        ["retired must be a list of whole numbers from 1"],
    ),
    (Card(type="cloze", id="b2", text="{{c1::x}} y"), []),
    (Card(type="cloze", id="b2", text="no cloze"), ["text has no cloze: mark what to hide as {{c1::...}}"]),
    (Card(type="cloze", id="b2", text="{{c1::x}}", extra=5), ["extra must be text"]),  # type: ignore[arg-type]
    (
        Card(type="cloze", id="b2", text="{{c1::x}}", mode="sometimes"),
        ["mode must be one of each, all, both, not 'sometimes'"],
    ),
    (
        Card(type="cloze", id="b2", text="{{c1::x}}", tags=["a b"]),
        ["tags must be a list of words without spaces"],
    ),
    (
        Card(type="cloze", id="b2", text="{{c1::x}}", origin=Origin(True, None)),  # type: ignore[arg-type]
        ["origin.line must be a positive whole number"],
    ),
    (Card(type="list", id="a1", prompt=None, items=["x"]), ["prompt must be text"]),  # type: ignore[arg-type]
    (Card(type="cloze", id="b2", text="{{c0::x}}"), ["cloze numbers start at c1, not c0"]),
    (Card(type="cloze", id="b2", text="  "), ["text is empty"]),
    (
        Card(
            type="cloze", id="b2", text="{{c1::x}}", mode="each", tags=["ok", "也行"], origin=Origin(3, "节")
        ),
        [],
    ),
    (
        Card(type="cloze", id="b2", text="{{c1::x}}", origin=Origin(None, 7)),  # type: ignore[arg-type]
        ["origin.section must be text"],
    ),
    (
        Card(type="cloze", id="has space", text="{{c1::x}}"),
        ["id must be text of letters, digits, '-' or '_' (quote ids that look like numbers)"],
    ),
    (Card(type="other", id="c3"), ["type must be one of list, cloze, not 'other'"]),
]


@pytest.mark.parametrize(("card", "messages"), _ODD_CARDS)
def test_card_problems_says_what_check_would_say_of_the_card_as_written(
    card: Card, messages: list[str]
) -> None:
    assert card_problems(card) == messages


# text that libyaml writes plain, quoted, as a literal block, or escaped
_TRICKY = st.sampled_from(
    [
        *"ab1 :#-.,'\"!&*?[]{}|>%@`~+=<_/()\n\t中，。：《》、\u3000\u00a0\u2028\u0085\ufeff",
        "😀",
        "yes",
        "null",
        "1e3",
        "0o7",
        ".5",
        "---",
        "...",
        "- ",
        ": ",
        " #",
        "~",
        "12",
        "{{c1::",
        "}}",
    ]
)
_TEXT = st.lists(_TRICKY, max_size=8).map("".join)
_DATA = st.recursive(
    _TEXT | st.integers(-5, 500),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(["id", "type", "items", "x:", "yes", "2", "键", "a b"]), inner, max_size=3
        )
    ),
    max_leaves=12,
)


@settings(max_examples=400, deadline=None)
@given(_DATA)
def test_written_yaml_reads_back_as_the_same_data(data: object) -> None:
    import yaml

    assert yaml.safe_load(dump_yaml(data)) == data


_RESOLVABLE = [
    "",
    "~",
    "null",
    "No",
    "on",
    "y",
    "0",
    "+12",
    "0x1F",
    "0o17",
    "0b101",
    "1e9",
    "1.5e3",
    ".5",
    "-.inf",
    "190:20:30",
    "2001-12-14",
    "2001-12-14t21:59:43.10-05:00",
    "<<",
    "=",
    "1_000",
    "46b52d7656",
    "中",
]


@pytest.mark.parametrize("value", _RESOLVABLE)
def test_text_that_reads_back_as_text_is_what_the_resolver_says(value: str) -> None:
    import yaml

    from yaodian.cards import _RESOLVER, _YAML12_NOT_TEXT, _reads_back_as_text

    tag = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))
    assert _reads_back_as_text(value) == (
        tag == "tag:yaml.org,2002:str" and not _YAML12_NOT_TEXT.fullmatch(value)
    )


def test_a_conflict_from_sync_is_a_problem_for_check_until_resolved(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(
        "title: t\ndeck: 要点::t\ncards:\n"
        "  - id: a1\n    type: list\n    prompt: p\n    items: [甲, 乙]\n"
        "    conflict:\n      items: [甲, 乙改]\n      tags: [marked]\n",
        encoding="utf-8",
    )
    card_file, problems = read_card_file(path)
    assert problems == []  # the file loads: sync and extract keep working on it
    assert card_file is not None and card_file.cards[0].conflict == {
        "items": ["甲", "乙改"],
        "tags": ["marked"],
    }
    _files, problems = check_folder(tmp_path)
    assert [str(p) for p in problems] == [
        f"{path}:4: card a1 was changed in the YAML and in Anki; Anki's version is under 'conflict': "
        "keep what you want in the card and delete 'conflict'"
    ]
    assert check_folder(tmp_path, conflicts=False)[1] == []
    path.write_text(path.read_text(encoding="utf-8").split("    conflict:")[0], encoding="utf-8")
    assert check_folder(tmp_path)[1] == []


def test_open_clozes_writes_the_picked_gaps_plain_and_renumbers_the_rest() -> None:
    text = "要{{c1::稳就业}}、{{c2::保民生::保…}}、{{c3::促发展}}，{{c1::稳就业}}是首位"
    opened = open_clozes(text, lambda match: match.group(2) == "稳就业")
    assert opened == "要稳就业、{{c1::保民生::保…}}、{{c2::促发展}}，稳就业是首位"  # hint kept
    shared = open_clozes(text, lambda match: match.group(2) == "保民生")
    assert shared == "要{{c1::稳就业}}、保民生、{{c2::促发展}}，{{c1::稳就业}}是首位"  # c1 twice stays one
    assert open_clozes(text, lambda match: True) is None  # no gap left: no card


def test_a_hash_inside_a_block_scalar_or_quotes_is_no_comment() -> None:
    """`#重点` in the full text yaodian writes as `extra: |-` (a Markdown source's hashtags) is text:
    YAML keeps it there, so check warns only of the plain value whose ' #' YAML drops."""
    full_text = "学习要点\n- 第一 #重点\n- 第二 #重点"
    card_file = CardFile(
        source="笔记.md",
        title="学习笔记",
        deck="要点",
        cards=[
            Card(type="cloze", id="a1", text="要做到{{c1::学思用贯通}}", extra=full_text),
            Card(type="list", id="a2", prompt="两个要点", items=["第一 #重点", "第二"], extra=full_text),
        ],
    )
    text = render_card_file(card_file)
    assert "extra: |-" in text
    plain = text.replace("text: 要做到{{c1::学思用贯通}}", "text: 要做到{{c1::学思用贯通}} #重点")
    warnings = comment_warnings(Path("笔记.yaml"), plain)
    line = 1 + plain[: plain.index("学思用贯通}} #重点")].count("\n")
    assert [(w.location.line, w.message.split("'")[1]) for w in warnings] == [(line, "#重点")]
