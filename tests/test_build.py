"""Field contents, modes, tags, deck names and settings, without Anki (test_anki_import.py has Anki)."""

from __future__ import annotations

import types
from pathlib import Path

import pytest

from yaodian import build
from yaodian.build import (
    ALL_CLOZE,
    FIELDS,
    build_package,
    card_text,
    cloze_order,
    deck_name,
    note_fields,
    note_tags,
)
from yaodian.cards import Card, CardFile, Origin
from yaodian.config import Config, load_config
from yaodian.errors import YaodianError


def _list(mode: str | None = None, clozes: list[int] | None = None, retired: list[int] | None = None) -> Card:
    return Card(
        type="list",
        id="L1",
        prompt="三个<要求>",
        items=["甲", "乙", "丙"],
        mode=mode,
        clozes=clozes,
        retired=retired or [],
    )


def _file(*cards: Card, **kwargs: object) -> CardFile:
    defaults: dict = {"source": "seeds/my doc.txt", "title": "标题", "deck": "要点::标题"}
    defaults.update(kwargs)
    return CardFile(cards=list(cards), **defaults)


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("each", "<li>{{c1::甲}}</li><li>{{c4::乙}}</li><li>{{c2::丙}}</li>"),
        ("all", "<li>{{c100::甲}}</li><li>{{c100::乙}}</li><li>{{c100::丙}}</li>"),
        (
            "both",
            "<li>{{c100::{{c1::甲}}}}</li><li>{{c100::{{c4::乙}}}}</li><li>{{c100::{{c2::丙}}}}</li>",
        ),
    ],
)
def test_list_text_per_mode_keeps_item_numbers(mode: str, expected: str) -> None:
    text = card_text(_list(mode, clozes=[1, 4, 2]), mode)
    assert text == f'<div class="prompt">三个&lt;要求&gt;</div><ol class="items">{expected}</ol>'


@pytest.mark.parametrize(
    ("mode", "order"), [("each", [1, 4, 2]), ("all", [ALL_CLOZE]), ("both", [1, 4, 2, ALL_CLOZE])]
)
def test_cloze_order_follows_display_order(mode: str, order: list[int]) -> None:
    assert cloze_order(_list(mode, clozes=[1, 4, 2]), mode) == order


def test_cloze_card_is_plain_unless_it_sets_a_mode() -> None:
    card = Card(type="cloze", id="C1", text="a{{c2::x}}b{{c1::y::提示}}")
    fields = dict(zip(FIELDS, note_fields(_file(card), card, "all"), strict=True))
    assert fields["Mode"] == ""
    assert fields["Text"] == "a{{c2::x}}b{{c1::y::提示}}"
    assert cloze_order(card, "") == [2, 1]
    card.mode = "both"
    assert card_text(card) == "a{{c100::{{c2::x}}}}b{{c100::{{c1::y::提示}}}}"


def test_text_that_is_not_html_is_escaped() -> None:
    card = Card(type="list", id="L2", prompt="a<b {{c1::not a cloze}}", items=["x<y", "冒号::不是提示"])
    card.extra = "<script>alert(1)</script>\n第二行"
    fields = dict(zip(FIELDS, note_fields(_file(card), card), strict=True))
    assert "<b" not in fields["Text"] and "&lt;b" in fields["Text"]
    assert "{{c1::not" not in fields["Text"]  # only yaodian's own clozes reach Anki's parser
    assert "{{c1::x&lt;y}}" in fields["Text"]
    assert "{{c2::冒号&#58;&#58;不是提示}}" in fields["Text"]  # '::' would start a cloze hint
    assert fields["Extra"] == "&lt;script&gt;alert(1)&lt;/script&gt;<br>第二行"


def test_fields_source_line_and_id() -> None:
    card = _list()
    card.origin = Origin(line=12, section="一、总体要求")
    fields = dict(zip(FIELDS, note_fields(_file(card), card), strict=True))
    assert fields["Source"] == '标题 › 一、总体要求<span class="line"> › 第12行</span>'
    assert fields["Id"] == "L1"
    assert fields["Mode"] == "each"
    assert fields["Hint"] == ""


@pytest.mark.parametrize(
    ("card", "section", "shown"),
    [
        (  # a card made of its heading line: the header would give its gaps away
            Card(type="cloze", id="C1", text="03 坚持{{c1::降碳}}、{{c2::减污}}、{{c3::扩绿}}协同推进"),
            "二、主要举措 › 03 坚持降碳、减污、扩绿…",
            "标题 › 二、主要举措",
        ),
        (  # a run-in heading opens the card's sentence
            Card(
                type="cloze", id="C2", text="（二）服务质量还不够稳定，{{c1::“一次性告知”变成“一次次告知”}}。"
            ),
            "二、存在问题 › （二）服务质量还不够稳定",
            "标题 › 二、存在问题",
        ),
        (  # an outline card's prompt names its section already
            Card(type="list", id="L2", prompt="四、保障措施：本节的3个部分", items=["甲", "乙", "丙"]),
            "四、保障措施",
            "标题",
        ),
        (  # a card under the heading, in words of its own: the path stays
            Card(type="cloze", id="C3", text="要坚持{{c1::人民至上}}，把群众满意作为标准。"),
            "一、坚持人民至上",
            "标题 › 一、坚持人民至上",
        ),
        (  # a heading too short to tell from a card's first words by chance
            Card(type="cloze", id="C4", text="一、要{{c1::统一思想}}，提高认识。"),
            "一、要",
            "标题 › 一、要",
        ),
    ],
)
def test_the_header_leaves_out_the_heading_a_card_opens_with(card: Card, section: str, shown: str) -> None:
    card.origin = Origin(section=section)
    fields = dict(zip(FIELDS, note_fields(_file(card, source="docs/报告.pdf"), card), strict=True))
    assert fields["Source"] == shown


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("seeds/讲话.txt", True),
        ("notes/讲话.MD", True),
        ("docs/讲话.pptx", False),
        ("docs/讲话.docx", False),
        ("docs/讲话.pdf", False),
        ("docs/讲话.html", False),
    ],
)
def test_source_gives_the_line_only_where_a_learner_can_find_it(source: str, shown: bool) -> None:
    """A slide deck, a Word document, a PDF or a web page has no numbered lines to go back to."""
    card = _list()
    card.origin = Origin(line=12, section="一、总体要求")
    fields = dict(zip(FIELDS, note_fields(_file(card, source=source), card), strict=True))
    line = '<span class="line"> › 第12行</span>'
    assert fields["Source"] == "标题 › 一、总体要求" + (line if shown else "")


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        ("《青川县城乡供水一体化实施方案》解读", "《青川县城乡供水一体化实施方案》解读"),  # short: whole
        ("河湾镇全力打造宜居宜业和美乡村 持续改善农村人居环境", "河湾镇全力打造宜居宜业和美乡村…"),
        ("以钉钉子精神抓落实——在全市作风建设推进会上的讲话提纲", "以钉钉子精神抓落实…"),
        ("学深悟透 笃行实干 在推进中国式现代化中展现新担当", "学深悟透 笃行实干…"),  # two parts fit
        (  # a bracketed note at the end is a part; the first part shows whole, also when long
            "2024年某市事业单位公开招聘工作人员笔试职业能力倾向测验（B卷）",
            "2024年某市事业单位公开招聘工作人员笔试职业能力倾向测验…",
        ),
        (
            "青樟县关于推动县域商业体系高质量发展的实施意见（试行）",
            "青樟县关于推动县域商业体系高质量发展的实施意见…",
        ),
        (  # a bracket inside the title is no part: one part, cut between two words within TITLE_MAX
            "关于印发《城乡供水一体化管理办法（试行）》的通知及配套解读材料",
            "关于印发《城乡供水一体化管理办法（试行）》的…",
        ),
        (
            "关于进一步加强和改进新时代基层宣传思想文化工作的实施意见",
            "关于进一步加强和改进新时代基层宣传思想文化工作…",
        ),
        (
            "三农 关于进一步加强和改进新时代基层宣传思想文化工作",
            "三农 关于进一步加强和改进新时代基层宣传思想…",
        ),  # first part too short: cut between two words, not inside 文化
        (  # the dash of a span of years is no part's end: cut between words, before the bracket
            "《云岭市数字乡村三年行动方案（2026—2028年）》政策解读",
            "《云岭市数字乡村三年行动方案…",
        ),
        (  # a first part far past TITLE_MAX is cut within TITLE_MAX, not shown whole
            "关于进一步加强新时代乡村振兴人才队伍建设推动城乡融合发展全面建设社会主义现代化强省的实施意见 征求意见稿",
            "关于进一步加强新时代乡村振兴人才队伍建设推动…",
        ),
    ],
)
def test_a_long_title_is_shortened_on_the_cards_at_its_parts(title: str, shown: str) -> None:
    """A headline of two parts shows its first part on the cards, not a cut inside a word."""
    card = _list()
    fields = dict(zip(FIELDS, note_fields(_file(card, title=title), card), strict=True))
    assert fields["Source"].split("<span")[0] == shown


def test_extra_that_only_repeats_a_list_cards_items_is_left_out_of_the_note() -> None:
    card = _list()
    card.extra = "1. 甲\n2. 乙\n3. 丙"
    assert dict(zip(FIELDS, note_fields(_file(card), card), strict=True))["Extra"] == ""
    card.extra = "1. 甲要怎样\n2. 乙\n3. 丙"  # item 1's line says more: context; 2 and 3 only repeat
    assert dict(zip(FIELDS, note_fields(_file(card), card), strict=True))["Extra"] == "1. 甲要怎样"
    card.extra = (
        "1. 甲（必背）\n2. 乙(可直接套用)\n3. 丙【了解】"  # a study note after an item says nothing of it
    )
    assert dict(zip(FIELDS, note_fields(_file(card), card), strict=True))["Extra"] == ""
    card.extra = "1. 甲（即甲方）\n2. 乙\n3. 丙"  # a gloss in brackets says more: it stays
    assert dict(zip(FIELDS, note_fields(_file(card), card), strict=True))["Extra"] == "1. 甲（即甲方）"
    # a gloss that holds a study word (书记, 重点, 了解) or a version in brackets says more: it stays
    for line in (
        "1. 甲（村党支部书记）",
        "1. 甲（重点企业）",
        "1. 甲（了解民意）",
        "1. 甲（试行）",
        "1. 甲（2024年版）",
    ):
        card.extra = f"{line}\n2. 乙（重点掌握）\n3. 丙（高频、必考）"
        assert dict(zip(FIELDS, note_fields(_file(card), card), strict=True))["Extra"] == line
    card.extra = "甲乙丙三者\n\n1. 甲要怎样\n2. 乙要怎样"  # nothing repeated: the extra as written
    assert (
        dict(zip(FIELDS, note_fields(_file(card), card), strict=True))["Extra"]
        == "甲乙丙三者<br><br>1. 甲要怎样<br>2. 乙要怎样"
    )


def test_source_keeps_a_title_of_twenty_four_and_escapes_the_path() -> None:
    card = _list()
    card.origin = Origin(section="二、坚持<党的>领导 › （三）加强…")
    card_file = _file(card, title="学习贯彻党的二十届三中全会精神 推进中国式现代化")
    fields = dict(zip(FIELDS, note_fields(card_file, card), strict=True))
    assert (
        fields["Source"]
        == "学习贯彻党的二十届三中全会精神 推进中国式现代化 › 二、坚持&lt;党的&gt;领导 › （三）加强…"
    )


def test_tags_source_stem_type_keywords_without_spaces() -> None:
    card = _list()
    card.tags = ["自己的"]
    card_file = _file(card, tags=["统战", "基层", "统战"])
    assert note_tags(card_file, card) == [
        "yaodian",
        "yaodian::list",
        "yaodian::source::my_doc",
        "统战",
        "基层",
        "自己的",
    ]


@pytest.mark.parametrize(
    ("deck", "root", "expected"),
    [
        ("要点::标题", "复习", "复习::标题"),
        ("要点::专题::标题", "要点", "要点::专题::标题"),
        ("只有一层", "要点", "要点::标题"),
        ("", "要点", "要点::标题"),
    ],
)
def test_deck_name_is_put_under_the_root(deck: str, root: str, expected: str) -> None:
    assert deck_name(_file(deck=deck), root) == expected


def test_reserved_whole_card_number_is_an_error_with_location(tmp_path: Path) -> None:
    card = _list("both", retired=[ALL_CLOZE])
    card.line = 7
    card_file = _file(card, path=tmp_path / "cards" / "x.yaml")
    with pytest.raises(YaodianError) as caught:
        build_package([card_file], tmp_path / "decks" / "要点.apkg")
    assert str(caught.value) == (
        f"{tmp_path / 'cards' / 'x.yaml'}:7: cloze number 100 is kept for the card of mode both that hides "
        "every item: take it out of retired, or use mode each"
    )
    assert not (tmp_path / "decks" / "要点.apkg").exists()


def test_build_counts_cards_per_mode(tmp_path: Path) -> None:
    files = [_file(_list("both"), Card(type="cloze", id="C", text="{{c1::a}}{{c2::b}}"))]
    result = build_package(files, tmp_path / "要点.apkg", mode="all")
    assert (result.notes, result.cards, result.decks) == (2, 4 + 2, 1)  # one document's deck


def test_config_defaults_and_values(tmp_path: Path) -> None:
    assert load_config(tmp_path) == Config(deck_root="要点", mode="each")
    (tmp_path / "yaodian.toml").write_text('deck_root = "申论"\nmode = "both"\n', encoding="utf-8")
    assert load_config(tmp_path) == Config(deck_root="申论", mode="both")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            'deck_root = "x"\nmod = "each"\n',
            "yaodian.toml:2: unknown setting 'mod' (allowed: deck_root, mode)",
        ),
        ('\nmode = "order"\n', "yaodian.toml:2: mode must be one of each, all, both, not 'order'"),
        ('deck_root = "a::b"\n', "yaodian.toml:1: deck_root must be a deck name without '::', '/' or '\\'"),
        ('deck_root = "a\n', "yaodian.toml:1: TOML syntax: Illegal character '\\n'"),
    ],
)
def test_config_errors_name_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "yaodian.toml").write_text(text, encoding="utf-8")
    with pytest.raises(YaodianError) as caught:
        load_config(tmp_path)
    assert str(caught.value) == f"{tmp_path}/{message}"


def test_a_build_by_code_that_renders_fields_otherwise_is_not_up_to_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same cards built by a yaodian whose rendering changed must build again, not be skipped."""
    cards = tmp_path / "a.yaml"
    cards.write_text("source: a.txt\ncards: []\n", encoding="utf-8")
    before = build.inputs_signature([cards], "要点", "each")
    assert build.inputs_signature([cards], "要点", "each") == before
    monkeypatch.setattr(build, "_renderer", lambda: b"# fields rendered otherwise")
    assert build.inputs_signature([cards], "要点", "each") != before


def test_the_code_that_renders_the_fields_is_all_in_the_signature() -> None:
    """The signature hashes build.py and cards.py (see _renderer): every yaodian function the
    fields come from must live there, or a yaodian that renders a field otherwise would still
    skip the build (shown_extra, which renders Extra, once lived in a file not hashed)."""
    found: set[types.FunctionType] = set()
    waiting = [build.note_fields]
    while waiting:
        function = waiting.pop()
        found.add(function)
        codes = [function.__code__]
        while codes:
            code = codes.pop()
            codes += [const for const in code.co_consts if isinstance(const, types.CodeType)]
            for name in code.co_names:
                called = function.__globals__.get(name)
                ours = isinstance(called, types.FunctionType) and called.__module__.startswith("yaodian")
                if ours and called not in found:
                    waiting.append(called)
    assert {function.__module__ for function in found} <= {"yaodian.build", "yaodian.cards"}
    assert (Path(build.__file__).parent / "cards.py").read_bytes() in build._renderer()


def test_the_signature_hashes_the_text_helpers_a_long_title_is_cut_with() -> None:
    """_short_title imports extractors.text's clipped where it needs it (jieba's words), out of the
    walk above: its file is hashed too, so a yaodian that cuts titles otherwise rebuilds."""
    from yaodian.extractors import text

    assert Path(text.__file__).read_bytes() in build._renderer()
    assert Path(build.__file__).read_bytes() in build._renderer()


def _old_state(card: Card, mode: str) -> dict:
    """The build state an older yaodian wrote after building `card`: each record without its last
    entry, the numbers of the cards built."""
    (built,) = build.build_notes([_file(card)], mode=mode, state={})
    return {card.id: built.record[:5]}


_GAPS = "推动{{c1::大数据}}、{{c2::云计算}}、{{c3::区块链}}融合"


@pytest.mark.parametrize(
    ("before", "now", "mode", "emptied"),
    [
        # the numbering as recorded: nothing to remind of, whatever mode the old build had
        (_list(), _list(), "all", []),
        (_list(), _list(), "both", []),
        (_list("all"), _list("all"), "each", []),
        # a cloze card whose record keeps a number dropped before: not counted again
        (
            Card(type="cloze", id="C", text=_GAPS),
            Card(type="cloze", id="C", text=_GAPS.replace("{{c3::区块链}}", "区块链")),
            "each",
            [],
        ),
        # a number retired since: its card is no longer made
        (
            _list(),
            Card(type="list", id="L1", prompt="三个<要求>", items=["甲", "丙"], clozes=[1, 3], retired=[2]),
            "each",
            [2],
        ),
        (
            Card(type="cloze", id="C", text=_GAPS),
            Card(type="cloze", id="C", text=_GAPS.replace("{{c2::云计算}}", "云计算"), retired=[2]),
            "each",
            [2],
        ),
    ],
)
def test_a_build_state_of_an_older_yaodian_reminds_only_of_cards_this_build_empties(
    before: Card, now: Card, mode: str, emptied: list[int]
) -> None:
    state = _old_state(before, mode if before.mode is None else before.mode)
    (built,) = build.build_notes([_file(now)], mode=mode, state=state)
    assert built.emptied == emptied
    assert sum(len(note.numbers) for note in build.emptied_notes([_file(now)], mode, state)) == len(emptied)


def _built_list_state(items: list[str]) -> dict:
    """The build state of one list card (id L1) built with `items` as c1..cN."""
    built = build.build_notes([_file(Card(type="list", id="L1", prompt="三项重点", items=items))])
    return {note.card.id: note.record for note in built}


def test_an_item_reworded_into_a_new_question_is_named_and_a_new_item_gets_the_next_number() -> None:
    state = _built_list_state(["压实主体责任", "强化监督检查", "严肃追责问责"])
    edited = Card(
        type="list",
        id="L1",
        prompt="三项重点",
        items=["压实主体责任", "强化监督检查、专项检查", "严肃追责问责", "完善长效机制"],
    )
    (warning,) = build.reasked_item_warnings(_file(edited), state)
    assert warning.message == (
        "L1: 1 item now asks something else, so the build gives it a new cloze number, without the review "
        "history Anki keeps under the old one (retired): c2 强化监督检查 → c4 强化监督检查、专项检查 (a part "
        "added: parts are cut at 、，；); if it still asks what it asked, write `clozes: [1, 2, 3, 4]` in the "
        "card to keep its history, before Tools › Empty Cards deletes the old card"
    )
    # items only added, or one only mended, keep every number: nothing to say
    for items in (
        ["压实主体责任", "强化监督检查", "严肃追责问责", "完善长效机制"],
        ["压实主体责任", "强化日常监督检查", "严肃追责问责"],
    ):
        assert (
            build.reasked_item_warnings(
                _file(Card(type="list", id="L1", prompt="三项重点", items=items)), state
            )
            == []
        )


def test_the_build_state_keeps_the_deck_each_note_was_first_built_in(tmp_path: Path) -> None:
    """An import never moves a card, so the deck the first package put a note in is where Anki
    keeps it: a corrected title's build keeps that deck; a note new to it gets the new deck."""
    from yaodian.build import first_decks, load_build_state

    package, state_dir = tmp_path / "decks" / "要点.apkg", tmp_path / "cards"
    first = Card(type="cloze", id="c1", text="坚持{{c1::稳中求进}}。")
    build_package([_file(first, title="旧标题", deck="要点::旧标题")], package, state_dir=state_dir)
    later = Card(type="cloze", id="c2", text="推动{{c1::高质量发展}}。")
    build_package([_file(first, later, title="新标题", deck="要点::新标题")], package, state_dir=state_dir)
    assert first_decks(load_build_state(state_dir)) == {"c1": "要点::旧标题", "c2": "要点::新标题"}
