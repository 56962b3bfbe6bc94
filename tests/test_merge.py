"""Re-extracting keeps what the learner put in: edits, comments, own cards, deletions, cloze numbers."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from yaodian.cards import (
    CLOZE,
    Card,
    CardFile,
    Origin,
    card_schema,
    load_card_file,
    read_card_file,
    render_card_file,
)
from yaodian.cli import app
from yaodian.merge import (
    State,
    card_similarity,
    record,
    rewrite_cards,
    source_change,
    update_card_file,
)
from yaodian.numbers import renumber

runner = CliRunner()


def _list(card_id: str, prompt: str, items: list[str], line: int) -> Card:
    return Card(type="list", id=card_id, prompt=prompt, items=items, origin=Origin(line=line))


def _cloze(card_id: str, text: str, line: int) -> Card:
    return Card(type="cloze", id=card_id, text=text, origin=Origin(line=line))


def _extracted(*cards: Card) -> CardFile:
    return CardFile(source="doc.txt", title="文章", deck="要点::文章", cards=list(cards))


BASE = [
    _list("l1", "会议提了三点要求", ["加强组织领导", "整合各方资源", "注重广泛宣传"], 3),
    _list("l2", "统战部是党委的", ["参谋机构", "组织协调机构", "具体执行机构"], 7),
    _cloze("c1", "统一战线是{{c1::重要法宝}}。", 9),
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "cards"


def _update(extracted: CardFile, path: Path) -> object:
    """One extract run on one file: load the state, merge, save the state."""
    state = State.load(path.parent)
    result = update_card_file(extracted, path, state)
    state.save()
    return result


def _run(folder: Path, cards: list[Card]) -> tuple[CardFile, object]:
    result = _update(_extracted(*[Card(**vars(c)) for c in cards]), folder / "doc.yaml")
    return load_card_file(folder / "doc.yaml"), result


def _copy(cards: list[Card]) -> list[Card]:
    return [Card(**{**vars(c), "items": list(c.items), "origin": Origin(c.origin.line)}) for c in cards]


def test_first_extract_adds_everything(folder: Path) -> None:
    loaded, result = _run(folder, _copy(BASE))
    assert [c.id for c in loaded.cards] == ["l1", "l2", "c1"]
    assert (result.count("added"), result.unchanged) == (3, 0)
    _again, second = _run(folder, _copy(BASE))
    assert (second.count("added"), second.unchanged, second.changes) == (0, 3, [])


def test_edit_and_comment_survive_and_source_change_is_reported(folder: Path) -> None:
    _run(folder, _copy(BASE))
    path = folder / "doc.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("  - 整合各方资源\n", "  # 我的笔记: 这条要背熟\n  - 整合各方资源（我的说法）\n")
    path.write_text(text, encoding="utf-8")
    cards = _copy(BASE)
    cards[0].items[2] = "注重广泛宣传教育"  # the source changes the card the learner edited
    loaded, result = _run(folder, cards)
    assert "  # 我的笔记: 这条要背熟\n  - 整合各方资源（我的说法）\n" in path.read_text(encoding="utf-8")
    assert loaded.cards[0].items == ["加强组织领导", "整合各方资源（我的说法）", "注重广泛宣传"]
    (kept,) = [c for c in result.changes if c.kind == "kept"]
    assert kept.card.id == "l1"
    # what the source now says, with the changed words, so the learner need not look for them
    assert kept.note == (
        "edited by you; the source now says: 会议提了三点要求：加强组织领导 / 整合各方资源 / "
        "注重广泛宣传教育 (changed: added 教育)"
    )
    # said once: the record now holds the new source, so the next extract keeps it quietly
    _loaded, again = _run(folder, cards)
    assert [(c.kind, c.card.id, c.note) for c in again.changes] == [("kept", "l1", "")]
    # and says it again when the source changes again
    cards[0].items[2] = "注重广泛宣传引导"
    _loaded, changed = _run(folder, cards)
    # (what changed since the last note)
    note = kept.note.replace("宣传教育 (changed: added 教育)", "宣传引导 (changed: 教育 → 引导)")
    assert [(c.kind, c.card.id, c.note) for c in changed.changes] == [("kept", "l1", note)]


_L2_ITEMS = "  - 参谋机构\n  - 组织协调机构\n  - 具体执行机构\n"


def _l2_rewritten(folder: Path) -> None:
    """The first extract, then the learner rewrites every item of l2 in words of their own."""
    _run(folder, _copy(BASE))
    path = folder / "doc.yaml"
    text = path.read_text(encoding="utf-8")
    assert _L2_ITEMS in text
    path.write_text(text.replace(_L2_ITEMS, "  - 出主意\n  - 搞协调\n  - 抓落实\n"), encoding="utf-8")


def test_a_list_the_learner_rewrote_is_matched_by_what_it_was_extracted_from(folder: Path) -> None:
    """The source changes a word of l2 (so it comes out under a new id): the learner's l2 reads
    like nothing extracted, but what it was extracted from reads like the new list. It is that
    card: kept, with a note, and no copy of the source's list added beside it."""
    _l2_rewritten(folder)
    cards = _copy(BASE)
    cards[1].id, cards[1].items[2] = "l2new", "具体落实机构"
    loaded, result = _run(folder, cards)
    assert [card.id for card in loaded.cards] == ["l1", "l2", "c1"]
    assert loaded.cards[1].items == ["出主意", "搞协调", "抓落实"]
    note = "edited by you; the source now says: 统战部是党委的：参谋机构 / 组织协调机构 / 具体落实机构 (changed: 执行 → 落实)"
    assert [(c.kind, c.card.id, c.note) for c in result.changes] == [("kept", "l2", note)]
    _loaded, again = _run(folder, cards)  # said once; the card stays matched
    assert [(c.kind, c.card.id, c.note) for c in again.changes] == [("kept", "l2", "")]


def test_a_rewritten_list_whose_source_gives_another_list_in_its_place_is_said_dropped(folder: Path) -> None:
    """What l2 was extracted from is gone: another list stands at its line. The learner's card is
    not taken for it (matching by the old words does not match by place): it is said dropped, and
    the new list is added."""
    _l2_rewritten(folder)
    cards = _copy(BASE)
    cards[1] = _list("l3", "会议还强调", ["压实工作责任", "细化任务分工", "强化跟踪督查"], 7)
    loaded, result = _run(folder, cards)
    assert [card.id for card in loaded.cards] == ["l1", "l2", "l3", "c1"]
    assert sorted((c.kind, c.card.id) for c in result.changes) == [("added", "l3"), ("kept", "l2")]
    assert "the source no longer has it" in next(c.note for c in result.changes if c.kind == "kept")


def test_a_rewritten_list_is_not_taken_for_a_list_alike_only_in_its_shared_words(folder: Path) -> None:
    """The source gives, where the learner's rewritten list was extracted from, a list on another
    subject worded in the same pattern (推进…现代化, 加强…建设): what the card was extracted from
    shares many words with it, yet it asks other things. The learner's card is said dropped and
    the new list added, as a card yaodian wrote would be removed and the new list added."""
    rural = _list(
        "rural",
        "推进乡村振兴要做到三点",
        ["加强农村基层党组织建设", "推进农业现代化", "加强农村精神文明建设"],
        5,
    )
    _run(folder, [_copy(BASE)[0], rural])
    path = folder / "doc.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("加强农村基层党组织建设", "强组织").replace("推进农业现代化", "兴产业"), encoding="utf-8"
    )
    urban = _list(
        "urban",
        "推进城市治理要做到三点",
        ["加强城市基层党组织建设", "推进治理现代化", "加强城市精神文明建设"],
        5,
    )
    loaded, result = _run(folder, [_copy(BASE)[0], urban])
    assert [card.id for card in loaded.cards] == ["l1", "rural", "urban"]
    assert loaded.cards[1].items == ["强组织", "兴产业", "加强农村精神文明建设"]
    assert sorted((c.kind, c.card.id) for c in result.changes) == [("added", "urban"), ("kept", "rural")]
    assert "the source no longer has it" in next(c.note for c in result.changes if c.kind == "kept")


def test_a_rewritten_list_never_takes_the_new_version_of_a_list_like_it(folder: Path) -> None:
    """Two lists alike in one document; the learner rewrote the first. The source drops the first
    and changes the second (a word, and an item more): what the first was extracted from reads
    more like the second's new version than the second does, yet the second is yaodian's card of
    it, updated in place under its id, and the learner's card is said dropped."""
    team = _list(
        "team",
        "班子要做到四个坚持",
        ["坚持抓班子带队伍", "坚持抓阵地强服务", "坚持抓制度促规范", "坚持抓学习强本领"],
        3,
    )
    ranks = _list(
        "ranks", "队伍要做到四个坚持", ["坚持抓教育带党员", "坚持抓阵地强服务", "坚持抓制度促规范"], 9
    )
    _run(folder, [team, ranks])
    path = folder / "doc.yaml"
    old = "".join(f"  - {item}\n" for item in team.items)
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            old, "  - 带好班子\n  - 建强阵地\n  - 立好规矩\n  - 学好本领\n"
        ),
        encoding="utf-8",
    )
    assert load_card_file(path).cards[0].items == ["带好班子", "建强阵地", "立好规矩", "学好本领"]
    changed = _list(
        "ranks2",
        "队伍要做到四个坚持",
        ["坚持抓教育管党员", "坚持抓阵地强服务", "坚持抓制度促规范", "坚持抓学习强本领"],
        3,
    )
    loaded, result = _run(folder, [changed])
    assert [(card.id, card.items) for card in loaded.cards] == [
        ("team", ["带好班子", "建强阵地", "立好规矩", "学好本领"]),
        ("ranks", changed.items),
    ]
    assert sorted((c.kind, c.card.id) for c in result.changes) == [("kept", "team"), ("updated", "ranks")]
    assert "the source no longer has it" in next(c.note for c in result.changes if c.kind == "kept")


def test_deleted_card_stays_deleted_and_own_card_stays(folder: Path) -> None:
    _run(folder, _copy(BASE))
    path = folder / "doc.yaml"
    card_file = load_card_file(path)
    card_file.cards = [c for c in card_file.cards if c.id != "l2"]
    card_file.cards.append(_cloze("mine", "我自己的{{c1::卡片}}", 0))
    path.write_text(render_card_file(card_file), encoding="utf-8")
    loaded, result = _run(folder, _copy(BASE))
    assert [c.id for c in loaded.cards] == ["l1", "c1", "mine"]
    # the learner's own card is counted (it was counted nowhere: a file's counts did not add up)
    assert [(c.kind, c.card.id, c.note) for c in result.changes] == [("yours", "mine", "")]


def test_a_comment_alone_makes_a_card_the_learners(folder: Path) -> None:
    _run(folder, _copy(BASE))
    path = folder / "doc.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("  - 组织协调机构\n", "  - 组织协调机构  # 易错\n").replace(
        "- id: c1  # yaodian:", "# 下面这张常考\n- id: c1  # yaodian:"
    )
    path.write_text(text, encoding="utf-8")
    cards = _copy(BASE)
    for card in cards:
        card.origin = Origin(card.origin.line + 2)  # the source moved down two lines
    cards[1].items[2] = "具体落实机构"
    _loaded, result = _run(folder, cards)
    after = path.read_text(encoding="utf-8")
    assert "  - 组织协调机构  # 易错\n" in after and "# 下面这张常考\n- id: c1  # yaodian:" in after
    assert [(c.kind, c.card.id) for c in result.changes] == [("kept", "l2"), ("kept", "c1")]


def test_deleted_card_stays_deleted_when_its_words_change_a_little(folder: Path) -> None:
    _run(folder, _copy(BASE))
    path = folder / "doc.yaml"
    card_file = load_card_file(path)
    card_file.cards = [c for c in card_file.cards if c.id != "l2"]
    path.write_text(render_card_file(card_file), encoding="utf-8")
    cards = _copy(BASE)
    cards[1] = _list("l2-new-id", "统战部是党委的", ["参谋机构", "组织协调机构", "具体落实机构"], 7)
    loaded, result = _run(folder, cards)
    assert [c.id for c in loaded.cards] == ["l1", "c1"]
    assert result.changes == []


def test_unedited_card_follows_a_small_source_change_under_the_same_id(folder: Path) -> None:
    _run(folder, _copy(BASE))
    cards = _copy(BASE)
    cards[1] = _list("new-id", "统战部是党委的", ["参谋机构", "组织协调机构", "具体落实机构"], 7)
    loaded, result = _run(folder, cards)
    assert [c.id for c in loaded.cards] == ["l1", "l2", "c1"]
    assert loaded.cards[1].items[2] == "具体落实机构"
    assert [(c.kind, c.card.id) for c in result.changes] == [("updated", "l2")]


def test_card_gone_from_source_is_removed_unless_edited(folder: Path) -> None:
    _run(folder, _copy(BASE))
    path = folder / "doc.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("重要法宝", "重要法宝（改）"), encoding="utf-8")
    loaded, result = _run(folder, _copy(BASE)[:1])
    assert [c.id for c in loaded.cards] == ["l1", "c1"]
    # the edited card stays, and the learner is told once that the source no longer has it
    assert [(c.kind, c.card.id, c.note) for c in result.changes] == [
        (
            "kept",
            "c1",
            "edited by you; the source no longer has it (your card stays: delete it if it should go)",
        ),
        ("removed", "l2", ""),
    ]
    _loaded, again = _run(folder, _copy(BASE)[:1])
    assert [(c.kind, c.card.id, c.note) for c in again.changes] == [("yours", "c1", "")]  # said once


def test_new_card_is_placed_in_document_order(folder: Path) -> None:
    _run(folder, _copy(BASE))
    cards = _copy(BASE)
    cards.insert(1, _list("l9", "第二部分", ["甲项工作", "乙项工作"], 5))
    loaded, result = _run(folder, cards)
    assert [c.id for c in loaded.cards] == ["l1", "l9", "l2", "c1"]
    assert [(c.kind, c.card.id) for c in result.changes] == [("added", "l9")]


def test_cloze_numbers_stay_with_items_and_retired_are_not_reused() -> None:
    old = _list("x", "p", ["一项", "二项", "三项"], 1)
    inserted = _list("x", "p", ["一项", "新加的", "二项", "三项"], 1)
    assert renumber(old, inserted) == ([1, 4, 2, 3], [])
    removed = _list("x", "p", ["一项", "三项"], 1)
    assert renumber(old, removed) == ([1, 3], [2])
    after = Card(type="list", id="x", items=["一项", "三项"], clozes=[1, 3], retired=[2])
    assert renumber(after, _list("x", "p", ["一项", "三项", "又一项"], 1)) == ([1, 3, 4], [2])


def test_cloze_numbers_written_to_yaml_when_items_move(folder: Path) -> None:
    _run(folder, _copy(BASE))
    cards = _copy(BASE)
    cards[0].items = ["加强组织领导", "注重广泛宣传"]
    loaded, _result = _run(folder, cards)
    assert (loaded.cards[0].cloze_numbers(), loaded.cards[0].retired) == ([1, 3], [2])
    cards[0].items = ["加强组织领导", "注重广泛宣传", "强化责任落实"]
    loaded, _result = _run(folder, cards)
    assert (loaded.cards[0].cloze_numbers(), loaded.cards[0].retired) == ([1, 3, 4], [2])


def test_items_written_with_their_list_number_keep_their_cloze_numbers_when_it_is_dropped(
    folder: Path,
) -> None:
    # cards extracted before the list number (01 , 1. ) was dropped from items, then extracted again
    numbered = _list("l9", "乡村振兴要做到", ["01 守住耕地红线", "02 稳定粮食产量", "03 提高农民收入"], 2)
    steps = _cloze("c9", "1. 先{{c1::摸清底数}}，再{{c2::分类施策}}。", 6)
    _run(folder, [numbered, steps])
    bare = _list("l9", "乡村振兴要做到", ["守住耕地红线", "稳定粮食产量", "提高农民收入"], 2)
    loaded, result = _run(folder, [bare, _cloze("c9", "先{{c1::摸清底数}}，再{{c2::分类施策}}。", 6)])
    assert result.count("updated") == 2
    listed, cloze = loaded.cards
    assert (listed.items, listed.cloze_numbers(), listed.retired) == (bare.items, [1, 2, 3], [])
    assert (cloze.text, cloze.retired) == ("先{{c1::摸清底数}}，再{{c2::分类施策}}。", [])
    # one item's words changed as well: only that one takes a new number
    bare.items = ["守住耕地红线", "提升粮食安全", "提高农民收入"]
    assert renumber(numbered, bare) == ([1, 4, 3], [2])


def test_list_asked_again_in_its_sentence_keeps_its_items_numbers(folder: Path) -> None:
    _run(folder, _copy(BASE))
    cards = _copy(BASE)
    cards[1].items = ["参谋机构", "具体执行机构"]
    loaded, _result = _run(folder, cards)
    assert (loaded.cards[1].cloze_numbers(), loaded.cards[1].retired) == ([1, 3], [2])
    # the same set, now a cloze card of its sentence under the same id (an inline series)
    cards[1] = _cloze("l2", "统战部是党委的{{c1::参谋机构}}、{{c2::组织协调机构}}和{{c3::具体执行机构}}。", 7)
    loaded, result = _run(folder, cards)
    assert result.count("updated") == 1
    assert (
        loaded.cards[1].text == "统战部是党委的{{c1::参谋机构}}、{{c4::组织协调机构}}和{{c3::具体执行机构}}。"
    )


def test_a_list_and_its_sentence_cloze_are_the_same_card_under_another_id(folder: Path) -> None:
    _run(folder, _copy(BASE))
    path = folder / "doc.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("  - 参谋机构\n", "  # 我的笔记\n  - 参谋机构\n")
    )
    cards = _copy(BASE)  # the source changed: the set, now asked in its sentence, has another id
    cards[1] = _cloze(
        "z9", "统一战线部是党委的{{c1::参谋机构}}、{{c2::组织协调机构}}、{{c3::具体执行机构}}。", 7
    )
    loaded, result = _run(folder, cards)
    assert [c.id for c in loaded.cards] == ["l1", "l2", "c1"]  # the learner's card, not a second one
    (kept,) = [c for c in result.changes if c.kind == "kept"]
    assert kept.card.id == "l2"  # another kind of card: its new words, with no changed words to show
    assert kept.note == (
        "edited by you; the source now says: 统一战线部是党委的参谋机构、组织协调机构、具体执行机构。"
    )


def test_header_follows_source_unless_the_learner_changed_it(folder: Path) -> None:
    _run(folder, _copy(BASE))
    renamed = CardFile(source="doc.txt", title="新标题", deck="要点::新标题", cards=_copy(BASE))
    _update(renamed, folder / "doc.yaml")
    assert load_card_file(folder / "doc.yaml").deck == "要点::新标题"
    path = folder / "doc.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("deck: 要点::新标题", "deck: 复习::我的"), encoding="utf-8"
    )
    again = CardFile(source="doc.txt", title="再一个标题", deck="要点::再一个标题", cards=_copy(BASE))
    _update(again, path)
    assert load_card_file(path).deck == "复习::我的"


def test_broken_card_file_is_reported_and_left_untouched(folder: Path) -> None:
    _run(folder, _copy(BASE))
    path = folder / "doc.yaml"
    broken = path.read_text(encoding="utf-8") + "  - id: [\n"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(Exception, match=r"fix it first; the file was left as it is") as info:
        update_card_file(_extracted(*_copy(BASE)), path, State.load(folder))
    assert str(info.value).startswith(f"{path}:")
    assert path.read_text(encoding="utf-8") == broken


def test_similarity_prefers_same_place_and_same_words() -> None:
    a = _list("a", "会议提了三点要求", ["加强组织领导", "整合资源", "注重宣传"], 3)
    b = _list("b", "会议提了三点要求", ["加强组织领导", "整合资源", "注重宣传工作"], 3)
    c = _list("c", "另一段落", ["完全不同的内容", "毫无关系", "别的东西"], 40)
    assert card_similarity(a, b) > 0.9 > 0.3 > card_similarity(a, c)


# ---------------------------------------------------------------- property test

_word = st.text(alphabet="加强组织领导整合资源注重宣传推进工作落实建设", min_size=2, max_size=6)
_ops = st.lists(
    st.tuples(st.sampled_from(["edit", "delete", "add", "source"]), st.integers(0, 50), _word), max_size=8
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=_ops)
def test_reextract_never_loses_a_learner_change(tmp_path_factory: pytest.TempPathFactory, ops: list) -> None:
    folder = tmp_path_factory.mktemp("prop")
    path = folder / "doc.yaml"
    source = _copy(BASE)
    _update(_extracted(*_copy(source)), path)
    edits: dict[str, str] = {}  # card id -> a marker the learner wrote into it
    deleted: set[str] = set()
    own: set[str] = set()
    for n, (op, pick, word) in enumerate(ops):
        card_file = load_card_file(path)
        cards = card_file.cards
        if op == "edit" and cards:
            card = cards[pick % len(cards)]
            marker = f"改{n}{word}"
            if card.type == "list":
                card.items[0] = card.items[0] + marker
            else:
                card.text = card.text + marker
            edits[card.id] = marker
        elif op == "delete" and cards:
            card = cards.pop(pick % len(cards))
            deleted.add(card.id)
            edits.pop(card.id, None)
            own.discard(card.id)
        elif op == "add":
            own.add(f"own{n}")
            cards.append(_cloze(f"own{n}", f"{word}{{{{c1::自己{n}}}}}", 0))
        elif op == "source":  # the source changes one word of one extracted card
            target = source[pick % len(source)]
            if target.type == "list":
                target.items[-1] = target.items[-1][:-1] + word[:1]
            else:
                target.text = target.text.replace("。", word[:1] + "。")
        path.write_text(render_card_file(card_file), encoding="utf-8")
        _update(_extracted(*_copy(source)), path)
        result = load_card_file(path)
        by_id = {c.id: c for c in result.cards}
        for card_id, marker in edits.items():
            text = by_id[card_id].text + "".join(by_id[card_id].items)
            assert marker in text, (card_id, marker)
        assert own <= set(by_id)
        assert not deleted & set(by_id)
        assert len(by_id) == len(result.cards)


# ---------------------------------------------------------------- through the CLI

ARTICLE = """关于做好工作的几点思考
会议提了三点要求:
一、加强组织领导,确保工作落实。
二、整合各方资源,形成工作合力。
三、注重广泛宣传,营造良好氛围。
统战部是党委统战工作的参谋机构、组织协调机构、具体执行机构、督促检查机构。
"""


def test_dry_run_reports_and_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("src").mkdir()
    Path("src/a.txt").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", "src", "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "added" in result.output and "dry run: nothing written" in result.output
    assert not Path("cards").exists()
    assert runner.invoke(app, ["extract", "src"]).exit_code == 0
    before = Path("cards/a.yaml").read_bytes()
    Path("src/a.txt").write_text(ARTICLE.replace("整合各方资源", "整合多方资源"), encoding="utf-8")
    dry = runner.invoke(app, ["extract", "src", "--dry-run"])
    report = dry.output.splitlines()[0]
    assert re.fullmatch(
        r"src/a.txt -> cards/a.yaml: 0 added, [1-9]\d* updated, 0 kept \(edited by you\), 0 removed, \d+ unchanged",
        report,
    )
    assert Path("cards/a.yaml").read_bytes() == before
    real = runner.invoke(app, ["extract", "src"])
    assert real.output.splitlines()[0] == report  # the dry run reported exactly what happens


def test_extract_writes_schema_and_files_validate_against_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jsonschema

    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(ARTICLE, encoding="utf-8")
    assert runner.invoke(app, ["extract", "a.txt"]).exit_code == 0
    schema = json.loads(Path("cards/yaodian-cards.schema.json").read_text(encoding="utf-8"))
    assert schema == json.loads(card_schema())
    text = Path("cards/a.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=yaodian-cards.schema.json\n")
    import yaml

    jsonschema.validate(yaml.safe_load(text), schema)
    bad = yaml.safe_load(text)
    bad["cards"][0]["colour"] = "red"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
    assert read_card_file(Path("cards/a.yaml"))[1] == []


def test_first_write_stamps_each_card_as_rendering_it_alone_would(seed_paths: list[Path]) -> None:
    from yaodian.extractors import extract_document
    from yaodian.merge import _card_lines, _layout, first_write, is_stamped, record
    from yaodian.sources import read_document

    card_file = extract_document(read_document(seed_paths[1]))
    result = first_write(card_file, "a.yaml")
    assert card_file.cards
    spans = _layout(result.text).spans
    for card, span in zip(card_file.cards, spans, strict=True):
        assert result.fingerprints[card.id] == record(card)
        assert is_stamped("a.yaml", span)
        alone = _card_lines(card, "")
        assert span[0].startswith(alone[0].rstrip("\n") + "  # yaodian:") and span[1:] == alone[1:]
        assert not is_stamped("b.yaml", span)  # the same card in another file is not yaodian's there


def test_fingerprints_hash_the_text_json_dumps_gives() -> None:
    # fingerprints are stored in users' state files: the encoder kept for speed must not change them
    from yaodian.merge import _ENCODE

    data = {
        "text": '甲\n"乙"\t\\',
        "items": ["项", "🀄", ""],
        "clozes": [2, 1],
        "origin": {"line": 3, "z": None},
    }
    assert _ENCODE(data) == json.dumps(data, ensure_ascii=False, sort_keys=True)
    assert _ENCODE(["a", ["b"], True, 1.5]) == json.dumps(["a", ["b"], True, 1.5], ensure_ascii=False)


def test_state_and_cache_files_are_what_json_dumps_writes_after_each_save(tmp_path: Path) -> None:
    # saves reuse the text of files not merged since the last save: the bytes must not differ
    from yaodian.cache import CACHE_FILE, ParseCache

    state = State(tmp_path / ".yaodian-state.json", {"b.yaml": {"x": ["1", "源", 3]}, "a.yaml": {}})
    cache = ParseCache(tmp_path)
    for name in ("a.yaml", "b.yaml", "c.yaml"):
        (tmp_path / name).write_text("", encoding="utf-8")
    for round_ in range(3):
        state.files["a.yaml"] = {"id": [str(round_), "甲", round_]}
        cache.entries[f"{'bac'[round_]}.yaml"] = {"sha1": str(round_), "file": {"t": "乙"}, "lines": [round_]}
        cache.dirty = True
        state.save()
        cache.save()
        expected_state = {
            "version": 2,
            "about": "yaodian: what extract last wrote; do not edit",
            "files": state.files,
        }
        assert state.path.read_text(encoding="utf-8") == (
            json.dumps(expected_state, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
        )
        written = (tmp_path / CACHE_FILE).read_text(encoding="utf-8")
        version = json.loads(written)["version"]
        assert written == json.dumps(
            {"version": version, "files": cache.entries, "sources": {}}, ensure_ascii=False
        )


def test_merge_results_survive_pickling_as_workers_send_them(folder: Path) -> None:
    import pickle

    from yaodian.merge import first_write

    fresh = first_write(_extracted(*_copy(BASE)))
    back = pickle.loads(pickle.dumps(fresh))
    assert back == fresh
    assert [change.card for change in back.changes] == back.card_file.cards
    assert back.changes[0].card is back.card_file.cards[0]  # still one set of cards
    _run(folder, _copy(BASE))
    changed = _copy(BASE)
    changed[0].items = ["新的", *changed[0].items[1:]]
    _loaded, result = _run(folder, changed[:2])
    assert {change.kind for change in result.changes} == {"updated", "removed"}
    assert pickle.loads(pickle.dumps(result)) == result


# ---------------------------------------------------------------- state and journal


@pytest.mark.parametrize("when", ["written", "not written", "written, then edited", "not written, edited"])
def test_the_journal_replays_a_write_that_a_killed_run_did_not_record(folder: Path, when: str) -> None:
    from yaodian.merge import merge_with_file

    _run(folder, _copy(BASE))
    path = folder / "doc.yaml"
    recorded = State.load(folder).files["doc.yaml"]
    # the run that is killed: the source no longer has l2, and has a new card l9
    cards = [_copy(BASE)[0], _list("l9", "第二部分", ["甲项工作", "乙项工作"], 5), _copy(BASE)[2]]
    state = State.load(folder)
    merged = merge_with_file(_extracted(*cards), path, state.files["doc.yaml"])
    state.log("doc.yaml", merged.previous, merged.digest, merged.fingerprints)  # as write_merge does first
    with (folder / ".yaodian-state.journal").open("a", encoding="utf-8") as journal:
        journal.write('\n{"file": "doc.yaml", "before": nu')  # a line the kill cut short
    if when.startswith("written"):
        path.write_text(merged.text, encoding="utf-8")
    if when.endswith("edited"):
        path.write_text(
            path.read_text(encoding="utf-8").replace("重要法宝", "重要法宝（改）"), encoding="utf-8"
        )
    replayed = State.load(folder).files["doc.yaml"]
    if when == "written":
        assert replayed == merged.fingerprints and set(replayed) == {"l1", "l9", "c1"}
    elif when == "not written":
        assert replayed == recorded and set(replayed) == {"l1", "l2", "c1"}
    else:  # the journal's records of the cards the file holds, the state's of those it does not
        present = {"l1", "l9", "c1"} if when.startswith("written") else {"l1", "l2", "c1"}
        assert replayed == {
            **{k: v for k, v in recorded.items() if k not in present},
            **{k: v for k, v in merged.fingerprints.items() if k in present},
        }
    # a card the write would have added is never taken for one the learner deleted
    assert "l9" in replayed or "l9" not in {c.id for c in load_card_file(path).cards}
    state = State.load(folder)
    update_card_file(_extracted(*cards), path, state)
    state.save()
    assert not (folder / ".yaodian-state.journal").exists()
    assert [c.id for c in load_card_file(path).cards] == ["l1", "l9", "c1"]


def test_a_cards_folder_written_before_stamps_upgrades_without_any_card_counting_as_edited(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """tests/data/v1: extracted by the yaodian before stamps (state version 1), then one card
    edited (a comment) and one deleted by the learner, and extracted again by that yaodian."""
    import shutil

    from yaodian.merge import _layout, is_stamped

    shutil.copytree(Path(__file__).parent / "data" / "v1", tmp_path / "p")
    monkeypatch.chdir(tmp_path / "p")
    path = Path("cards/article.yaml")
    before = path.read_text(encoding="utf-8")
    result = runner.invoke(app, ["extract", "src"])
    assert result.exit_code == 0, result.output
    # (cards the extractors of today make otherwise than those of then are updated, or added and removed)
    report = re.fullmatch(
        r"src/article.txt -> cards/article.yaml: (\d+) added, (\d+) updated, 1 kept \(edited by you\), \d+ removed, "
        r"\d+ unchanged(?: \(\d+ moved in the source\))?",
        result.output.splitlines()[0],
    )
    assert report, result.output
    after = path.read_text(encoding="utf-8")
    spans = _layout(after).spans
    edited = next(span for span in spans if span[0].startswith("- id: 1ef9937da6"))
    assert "".join(edited) in before  # the learner's card as they left it, comment and all
    assert all(is_stamped("article.yaml", span) for span in spans if span is not edited)
    assert "前面说了辣么多" not in after  # the card the learner deleted

    # every other card as it was, with its stamp added (its origin, where it stands, follows the
    # source without counting as a change)
    def without_origin(text: str) -> str:
        return re.sub(r"(?m)^  origin:\n(    .*\n)*", "", text)

    unstamped = [
        re.sub(r"  # yaodian:[0-9a-f]{8}$", "", "".join(span), count=1, flags=re.M) for span in spans
    ]
    changed = sum(without_origin(text) not in without_origin(before) for text in unstamped)
    assert changed == int(report.group(1)) + int(report.group(2))
    assert json.loads(Path("cards/.yaodian-state.json").read_text(encoding="utf-8"))["version"] == 2
    # from now on the stamps tell: a source change reaches every card but the learner's
    source = Path("src/article.txt")
    source.write_text(source.read_text(encoding="utf-8").replace("统战", "统一战线"), encoding="utf-8")
    changed = runner.invoke(app, ["extract", "src"])
    counts = re.search(r"(\d+) added, (\d+) updated, (\d+) kept .*, (\d+) removed", changed.output)
    assert counts and int(counts.group(2)) > 10 and counts.group(3) == "1", changed.output
    text = path.read_text(encoding="utf-8")
    assert "".join(edited) in text and "前面说了辣么多" not in text


_COMMENTED = """# yaml-language-server: $schema=yaodian-cards.schema.json
source: doc.txt
title: 文章
deck: 要点::文章
cards:
# 我的笔记：第一张
- id: a1
  type: list
  prompt: 三个
  items:
  # 这一条要背熟
  - 甲
  - 乙
- id: a2
  type: cloze
  text: '{{c1::丙}}'   # 行尾的笔记

# 第三张前的笔记
- id: a3
  type: cloze
  text: '{{c1::丁}}'
"""


def test_rewrite_cards_replaces_one_card_and_keeps_the_rest_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(_COMMENTED, encoding="utf-8")
    card_file = load_card_file(path)
    fixed = Card(type="list", id="a1", prompt="三个", items=["甲", "乙改"])
    text = rewrite_cards(card_file, _COMMENTED, {"a1": fixed})
    before, after = _COMMENTED.split("- id: a2")
    assert text.endswith("- id: a2" + after)  # the other cards as they were, comments and all
    assert text.startswith(before.split("- id: a1")[0])  # the header and the comment above a1
    assert "# 这一条要背熟\n- id: a1\n" in text  # a comment inside the card moves just above it
    path.write_text(text, encoding="utf-8")
    assert load_card_file(path).cards[0].items == ["甲", "乙改"]


def test_rewrite_cards_removes_a_card_with_its_comments(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(_COMMENTED, encoding="utf-8")
    text = rewrite_cards(load_card_file(path), _COMMENTED, {"a3": None})
    assert "第三张前的笔记" not in text and "丁" not in text
    assert text == _COMMENTED.split("# 第三张前的笔记")[0]
    everything = rewrite_cards(load_card_file(path), _COMMENTED, {"a1": None, "a2": None, "a3": None})
    assert everything.endswith("deck: 要点::文章\ncards: []\n# 我的笔记：第一张\n")
    assert load_card_file_text(everything, tmp_path) == []


def load_card_file_text(text: str, folder: Path) -> list[Card]:
    path = folder / "written.yaml"
    path.write_text(text, encoding="utf-8")
    return load_card_file(path).cards


def test_a_card_rewritten_by_sync_counts_as_edited_and_the_others_follow_the_source(folder: Path) -> None:
    """sync writes an edit made in Anki with rewrite_cards: the card's stamp goes, so it is the learner's."""
    _run(folder, _copy(BASE))
    path = folder / "doc.yaml"
    text = path.read_text(encoding="utf-8")
    pulled = Card(
        type="cloze", id="c1", text="统一战线是{{c1::重要法宝}}（在 Anki 里改的）。", origin=Origin(9)
    )
    path.write_text(rewrite_cards(load_card_file(path), text, {"c1": pulled}), encoding="utf-8")
    cards = _copy(BASE)
    cards[1].items[2] = "具体落实机构"
    cards[2].text = "统一战线是{{c1::重要法宝}}，必须长期坚持。"
    loaded, result = _run(folder, cards)
    assert [(c.kind, c.card.id) for c in result.changes] == [("updated", "l2"), ("kept", "c1")]
    assert loaded.cards[2].text == pulled.text
    # with every card removed, the stamped header still reads as a card file
    emptied = rewrite_cards(loaded, path.read_text(encoding="utf-8"), {"l1": None, "l2": None, "c1": None})
    assert re.search(r"^cards: \[\]  # yaodian:[0-9a-f]{8}$", emptied, re.M)
    assert load_card_file_text(emptied, folder) == []


def test_a_card_whose_text_ends_with_a_line_break_is_written_inside_a_file(folder: Path) -> None:
    """libyaml ends a document (`...`) after a block kept with its last line break; inside a card
    file that would end the file early."""
    from yaodian.merge import _layout, is_stamped

    _run(folder, _copy(BASE))
    cards = _copy(BASE)
    cards[0].extra = "原文：\n一、加强组织领导\n\n"  # the first card, updated: not the last
    loaded, result = _run(folder, cards)
    assert [c.kind for c in result.changes] == ["updated"]
    assert [c.id for c in loaded.cards] == ["l1", "l2", "c1"] and loaded.cards[0].extra == cards[0].extra
    spans = _layout((folder / "doc.yaml").read_text(encoding="utf-8")).spans
    assert all(is_stamped("doc.yaml", span) for span in spans)
    assert _run(folder, cards)[1].changes == []


def test_an_unchanged_card_the_source_moved_follows_it_without_counting_as_a_change(folder: Path) -> None:
    _run(folder, _copy(BASE))
    cards = _copy(BASE)
    for card in cards:
        card.origin = Origin(card.origin.line + 2)  # the source moved down two lines
    loaded, result = _run(folder, cards)
    assert (result.changes, result.unchanged) == ([], 3)
    assert [c.origin.line for c in loaded.cards] == [5, 9, 11]
    cards[2].text = "统一战线是{{c1::重要法宝}}，必须长期坚持。"  # still yaodian's: it follows the source
    _loaded, again = _run(folder, cards)
    assert [(c.kind, c.card.id) for c in again.changes] == [("updated", "c1")]


def test_an_edited_card_the_source_dropped_then_deleted_stays_deleted_when_the_source_has_it_again(
    folder: Path,
) -> None:
    _run(folder, _copy(BASE))
    path = folder / "doc.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("重要法宝", "重要法宝（改）"), encoding="utf-8")
    loaded, dropped = _run(folder, _copy(BASE)[:2])  # the source no longer has c1: the learner's stays
    assert [c.id for c in loaded.cards] == ["l1", "l2", "c1"]
    assert [(c.kind, c.card.id) for c in dropped.changes] == [("kept", "c1")]  # named once
    loaded.cards = [c for c in loaded.cards if c.id != "c1"]
    path.write_text(render_card_file(loaded), encoding="utf-8")
    again, result = _run(folder, _copy(BASE))
    assert ([c.id for c in again.cards], result.changes) == (["l1", "l2"], [])


def test_the_learners_comments_in_a_header_that_follows_the_source_stay(folder: Path) -> None:
    _run(folder, _copy(BASE))
    path = folder / "doc.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\ntitle: 文章\n", "\n# 这篇要精读\ntitle: 文章\n"), encoding="utf-8")
    renamed = CardFile(source="doc.txt", title="新标题", deck="要点::新标题", cards=_copy(BASE))
    _update(renamed, path)
    assert path.read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=yaodian-cards.schema.json\n# 这篇要精读\nsource: doc.txt\n"
        "title: 新标题\ndeck: 要点::新标题\ncards:  # yaodian:"
    )


def test_a_header_without_a_stamp_is_yaodians_when_a_version_1_state_or_the_source_says_so() -> None:
    from yaodian.merge import HEADER_KEY, _header_fingerprint, merge_card_file

    existing = _extracted(*_copy(BASE))
    text = render_card_file(existing)  # (no stamps)
    renamed = CardFile(source="doc.txt", title="新标题", deck="要点::新标题", cards=_copy(BASE))
    v1 = {HEADER_KEY: _header_fingerprint(existing)}  # the header as yaodian wrote it
    assert (
        "\ndeck: 要点::新标题\ncards:  # yaodian:"
        in merge_card_file(renamed, existing, text, v1, "doc.yaml").text
    )
    # with nothing to tell, a header is yaodian's only while it is what the source gives
    assert "\ndeck: 要点::文章\ncards:\n" in merge_card_file(renamed, existing, text, {}, "doc.yaml").text
    same = _extracted(*_copy(BASE))
    assert (
        "\ndeck: 要点::文章\ncards:  # yaodian:" in merge_card_file(same, existing, text, {}, "doc.yaml").text
    )


def test_the_changes_come_added_updated_kept_removed(folder: Path) -> None:
    _run(folder, _copy(BASE))
    path = folder / "doc.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("加强组织领导", "加强党的领导"), encoding="utf-8"
    )
    cards = _copy(BASE)
    cards[2].text = "统一战线是{{c1::重要法宝}}，必须长期坚持。"
    del cards[1]
    cards.append(_list("l9", "第三部分", ["甲项工作", "乙项工作"], 12))
    _loaded, result = _run(folder, cards)
    assert [(c.kind, c.card.id) for c in result.changes] == [
        ("added", "l9"),
        ("updated", "c1"),
        ("kept", "l1"),
        ("removed", "l2"),
    ]


def test_a_card_kept_after_the_state_was_lost_gets_a_record_so_deleting_it_later_holds(folder: Path) -> None:
    _run(folder, _copy(BASE))
    path = folder / "doc.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("重要法宝", "重要法宝（改）"), encoding="utf-8")
    (folder / ".yaodian-state.json").unlink()
    loaded, result = _run(folder, _copy(BASE))
    assert [(c.kind, c.card.id) for c in result.changes] == [("kept", "c1")]
    loaded.cards = [c for c in loaded.cards if c.id != "c1"]
    path.write_text(render_card_file(loaded), encoding="utf-8")
    again, result = _run(folder, _copy(BASE))
    assert ([c.id for c in again.cards], result.changes) == (["l1", "l2"], [])


@pytest.mark.parametrize(
    ("before", "after", "said"),
    [
        # a word inserted is said as added, one dropped as dropped (also next to punctuation)
        (
            "{{c1::产业基础薄弱}}、{{c2::要素保障不足}}",
            "{{c1::产业基础仍然薄弱}}、{{c2::要素保障不足}}",
            "产业基础仍然薄弱、要素保障不足 (changed: added 仍然)",
        ),
        # a clause added after a comma; one dropped
        (
            "{{c1::作风问题突出}}。",
            "{{c1::作风问题突出}}，须整改。",
            "作风问题突出，须整改。 (changed: added 须整改)",
        ),
        (
            "{{c1::作风问题突出}}，须整改。",
            "{{c1::作风问题突出}}。",
            "作风问题突出。 (changed: dropped 须整改)",
        ),
        # a member inserted after a 、 is added, not a stretch of half words (等突出问 → 奢靡之风等突出问)
        (
            "要聚焦{{c1::形式主义}}、{{c2::享乐主义}}等突出问题",
            "要聚焦{{c1::形式主义}}、{{c2::享乐主义}}、奢靡之风等突出问题",
            "要聚焦形式主义、享乐主义、奢靡之风等突出问题 (changed: added 奢靡之风)",
        ),
        # a change inside a word shows the whole word (项任务落到实处 cut 各项 in half)
        (
            "推动各项任务{{c1::落到实处}}",
            "推动各项任务{{c1::落地见效}}",
            "推动各项任务落地见效 (changed: 落到实处 → 落地见效)",
        ),
        (
            "做到服务{{c1::不缺位}}",
            "做到服务{{c1::不越位}}",
            "做到服务不越位 (changed: 缺位 → 越位)",
        ),
        # a hint is not a word of the text: the answer it stands after changed, the hint did not
        (
            "作风{{c1::问题多::作风…}}很多",
            "作风{{c1::毛病多::作风…}}很多",
            "作风毛病多很多 (changed: 问题 → 毛病)",
        ),
        # a long text is cut around its change; the changed words are whole words
        (
            "各级党组织要" + "坚持问题导向，" * 6 + "以{{c1::钉钉子精神}}抓作风建设。",
            "各级党组织要" + "坚持问题导向，" * 6 + "以{{c1::踏石留印精神}}抓作风建设。",
            "…持问题导向，坚持问题导向，坚持问题导向，坚持问题导向，以踏石留印精神抓作风建设。 "
            "(changed: 以钉钉子 → 以踏石留印)",
        ),
    ],
)
def test_source_change_says_the_new_text_and_the_changed_words(before: str, after: str, said: str) -> None:
    old, new = _cloze("c1", before, 3), _cloze("c1", after, 3)
    assert source_change(record(old)[1], new) == "the source now says: " + said


def test_the_old_words_lose_cloze_markers_but_not_an_answers_digits_or_text_like_c919() -> None:
    from yaodian.merge import _old_words, _snapshot

    old = Card(type="cloze", text="到{{c1::2035}}年基本实现，国产大飞机c919首飞")
    new = Card(type="cloze", text="到{{c1::2035}}年基本实现，国产大飞机c919试飞")
    assert _old_words(_snapshot(old), new) == "到2035年基本实现国产大飞机c919首飞"


def test_cards_one_note_of_their_sentence_now_asks_are_counted_apart(folder: Path) -> None:
    # two notes of one line become one (the first keeps its id and numbers); a card of another
    # line the source dropped is removed but not counted as joined
    series = _cloze("s1", "要做到{{c1::早谋划}}、{{c2::早部署}}，形成人人参与的局面。", 4)
    concept = _cloze("s2", "要做到早谋划、早部署，形成{{c1::人人参与}}的局面。", 4)
    dropped = _cloze("s3", "全年完成{{c1::绿化造林}}任务。", 6)
    _run(folder, [series, concept, dropped])
    joined = _cloze("s1", "要做到{{c1::早谋划}}、{{c2::早部署}}，形成{{c3::人人参与}}的局面。", 4)
    loaded, result = _run(folder, [joined])
    assert [c.text for c in loaded.cards] == [joined.text]
    assert result.count("removed") == 2 and result.joined == 1


def test_a_card_joined_into_a_note_the_learner_keeps_as_theirs_stays(folder: Path) -> None:
    # the learner edited the card whose id the joined note takes: their card stays as they wrote
    # it, and the card of the other gap stays too, or nothing would ask 两个维护 any more
    first = _cloze("k1", "增强“{{c1::四个意识}}”，做到“两个维护”。", 5)
    second = _cloze("k2", "增强“四个意识”，做到“{{c1::两个维护}}”。", 5)
    _run(folder, [first, second])
    path = folder / "doc.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("四个意识}}", "四个意识::四个？}}"), encoding="utf-8"
    )
    joined = _cloze("k1", "增强“{{c1::四个意识}}”，做到“{{c2::两个维护}}”。", 5)
    loaded, result = _run(folder, [joined])
    assert [c.text for c in loaded.cards] == [
        "增强“{{c1::四个意识::四个？}}”，做到“两个维护”。",
        "增强“四个意识”，做到“{{c1::两个维护}}”。",
    ]
    assert [c.id for c in loaded.cards] == ["k1", "k2"] and result.count("removed") == 0


# ---------------------------------------------------------------- what the cards asked before


_LINES = [
    "全县上下要坚持项目为王，咬定目标不放松。",
    "工作中要做到心中有数、手中有策、脚下有路。",
    "各乡镇要把任务分解到人，按月调度。",
]


def _merged_with_lines(folder: Path, cards: list[Card], lines: list[str] | None) -> CardFile:
    """One extract run that gives `cards` for a source whose lines are `lines` (None: the cards
    were written by another yaodian: the merge takes the extractor's cards as they come)."""
    from yaodian.merge import merge_with_file, write_merge

    state = State.load(folder)
    path = folder / "doc.yaml"
    write_merge(
        merge_with_file(_extracted(*cards), path, state.files["doc.yaml"], source_lines=lines), path, state
    )
    state.save()
    return load_card_file(path)


def test_a_card_the_extractor_drops_stays_while_its_sentence_is_in_the_source(folder: Path) -> None:
    first = [
        _cloze("k1", "全县上下要坚持{{c1::项目为王}}，咬定目标不放松。", 1),
        _cloze("k2", "工作中要做到{{c1::心中有数}}、{{c2::手中有策}}、{{c3::脚下有路}}。", 2),
    ]
    _run(folder, first)
    # a line added above: the extractor, deciding over the whole document, gives k2 no more
    lines = ["开局之年，任务艰巨。", *_LINES]
    now = [_cloze("k1", "全县上下要坚持{{c1::项目为王}}，咬定目标不放松。", 2)]
    kept = _merged_with_lines(folder, now, lines)
    assert [(c.id, c.text, c.origin.line) for c in kept.cards] == [
        ("k1", first[0].text, 2),
        ("k2", first[1].text, 3),  # where its sentence stands now
    ]
    # once the sentence is gone from the source, the card goes
    gone = _merged_with_lines(folder, now, [line for line in lines if "心中有数" not in line])
    assert [c.id for c in gone.cards] == ["k1"]


def test_a_dropped_card_whose_answers_another_card_now_asks_goes(folder: Path) -> None:
    requirements = _list("k9", "全县工作的要求", ["项目为王", "按月调度"], 1)
    _run(
        folder,
        [requirements, _cloze("k2", "工作中要做到{{c1::心中有数}}、{{c2::手中有策}}、{{c3::脚下有路}}。", 2)],
    )
    # the list now asks one of k2's answers: keeping k2 would ask it twice
    grown = _list("k9", "全县工作的要求", ["项目为王", "按月调度", "心中有数"], 1)
    assert [c.id for c in _merged_with_lines(folder, [grown], _LINES).cards] == ["k9"]


def test_an_unchanged_sentence_keeps_its_gaps_and_a_new_card_does_not_ask_them_again(folder: Path) -> None:
    _run(folder, [_cloze("k3", "各乡镇要把{{c1::任务分解到人}}，{{c2::按月调度}}。", 3)])
    lines = ["大家要记住：任务分解到人。", *_LINES]
    now = [
        _cloze("k8", "大家要记住：{{c1::任务分解到人}}。", 1),  # asked at its first place now
        _cloze("k3", "各乡镇要把任务分解到人，{{c1::按月调度}}。", 4),
    ]
    merged = _merged_with_lines(folder, now, lines)
    assert [(c.id, c.text, c.retired) for c in merged.cards] == [
        ("k3", "各乡镇要把{{c1::任务分解到人}}，{{c2::按月调度}}。", [])
    ]
    # written by another yaodian (no source lines): the extractor's cards as they come
    other = _merged_with_lines(folder, now, None)
    assert [(c.id, c.retired) for c in other.cards] == [("k8", []), ("k3", [1])]


def test_a_list_keeps_the_items_the_extractor_now_leaves_out_while_the_source_says_them(folder: Path) -> None:
    parts = _list("k5", "本节要求", ["坚持项目为王", "做到心中有数", "分解到人"], 1)
    _run(folder, [parts])
    lines = ["坚持项目为王。", "做到心中有数。", "新增一段话。", "分解到人。"]
    shorter = _list("k5", "本节要求", ["坚持项目为王", "做到心中有数"], 1)
    kept = _merged_with_lines(folder, [shorter], lines)
    assert [(c.items, c.retired) for c in kept.cards] == [(parts.items, [])]
    # the source no longer says an item: the list the extractor gives
    cut = _merged_with_lines(folder, [shorter], [line for line in lines if "分解" not in line])
    assert [(c.items, c.retired) for c in cut.cards] == [(shorter.items, [3])]
    # nor does a list the extractor drops stay when another card asks its items
    _run(folder, [parts])
    moved = _cloze("k6", "要{{c1::坚持项目为王}}。", 1)
    assert [c.id for c in _merged_with_lines(folder, [moved], lines).cards] == ["k6"]


def test_a_dropped_card_whose_sentence_grew_into_a_longer_one_goes(folder: Path) -> None:
    _run(folder, [_cloze("k0", "开局之年{{c1::任务艰巨}}。", 1), _cloze("k1", "坚持{{c1::项目为王}}。", 2)])
    # the learner rewrote line 2 into a longer sentence: its old words are only a part of it now
    lines = [
        "开局之年任务艰巨。",
        "乡镇也补了一句话。",
        "全县今年在各项工作中都要坚持项目为王，咬定目标不放松。",
    ]
    now = [
        _cloze("k0", "开局之年{{c1::任务艰巨}}。", 1),
        _cloze("n1", "全县今年在各项工作中都要坚持项目为王，{{c1::咬定目标不放松}}。", 3),
    ]
    assert [c.id for c in _merged_with_lines(folder, now, lines).cards] == ["k0", "n1"]


def test_an_unchanged_sentence_gives_up_a_gap_a_changed_sentences_card_now_asks(folder: Path) -> None:
    _run(
        folder,
        [
            _cloze("kb", "各乡镇要{{c1::按月调度}}。", 1),
            _cloze("ka", "全县要坚持{{c1::项目为王}}，{{c2::咬定目标}}。", 2),
        ],
    )
    # the learner rewrote line 1, which now asks first what line 2 asked: keeping line 2's gap
    # would ask it on two notes
    lines = ["各乡镇要坚持项目为王，按月调度。", "全县要坚持项目为王，咬定目标。"]
    now = [
        _cloze("kb", "各乡镇要坚持{{c1::项目为王}}，{{c2::按月调度}}。", 1),
        _cloze("ka", "全县要坚持项目为王，{{c2::咬定目标}}。", 2),
    ]
    merged = _merged_with_lines(folder, now, lines)
    asked = [gap.group(2) for card in merged.cards for gap in CLOZE.finditer(card.text)]
    assert sorted(asked) == ["咬定目标", "按月调度", "项目为王"]
    assert [(c.id, c.retired) for c in merged.cards] == [("kb", []), ("ka", [1])]


def test_a_dropped_card_stays_when_the_card_the_extractor_moved_its_gap_to_keeps_its_old_gaps(
    folder: Path,
) -> None:
    _run(
        folder,
        [
            _cloze("kb", "各乡镇要坚持项目为王，{{c1::按月调度}}。", 1),
            _cloze("ka", "全县要坚持{{c1::项目为王}}。", 2),
        ],
    )
    # a line added below: the extractor now asks 项目为王 on line 1 and gives ka no more; line 1
    # is unchanged, so kb keeps what it asked, and ka stays to ask 项目为王 (else nothing asks it)
    lines = ["各乡镇要坚持项目为王，按月调度。", "全县要坚持项目为王。", "新增一段话。"]
    now = [_cloze("kb", "各乡镇要坚持{{c1::项目为王}}，{{c2::按月调度}}。", 1)]
    merged = _merged_with_lines(folder, now, lines)
    assert [(c.id, c.text) for c in merged.cards] == [
        ("kb", "各乡镇要坚持项目为王，{{c1::按月调度}}。"),
        ("ka", "全县要坚持{{c1::项目为王}}。"),
    ]


def test_an_unchanged_sentence_takes_a_gap_whose_sentence_is_gone(folder: Path) -> None:
    _run(
        folder,
        [
            _cloze("ka", "全县要坚持{{c1::项目为王}}。", 1),
            _cloze("kb", "各乡镇要坚持项目为王，{{c1::按月调度}}。", 2),
        ],
    )
    # the learner deleted line 1: the extractor asks 项目为王 at its first place now, line 2, which
    # did not change; kept as it was, kb would leave it asked nowhere
    lines = ["各乡镇要坚持项目为王，按月调度。", "新增一段话。"]
    now = [_cloze("kb", "各乡镇要坚持{{c1::项目为王}}，{{c2::按月调度}}。", 1)]
    merged = _merged_with_lines(folder, now, lines)
    # (按月调度 keeps its number, and its history)
    assert [(c.id, c.text) for c in merged.cards] == [
        ("kb", "各乡镇要坚持{{c2::项目为王}}，{{c1::按月调度}}。")
    ]


def test_a_dropped_card_of_a_numbered_line_stays_while_the_line_says_it(folder: Path) -> None:
    first = [
        _cloze("k1", "全县上下要坚持{{c1::项目为王}}，咬定目标不放松。", 1),
        _cloze("k2", "{{c1::深化拓展控烟行动}}，严格公共场所管理。", 2),
    ]
    _run(folder, first)
    # the card's sentence follows the line's number: 2. is no part of it
    lines = [
        "全县上下要坚持项目为王，咬定目标不放松。",
        "2.深化拓展控烟行动，严格公共场所管理。",
        "新增一段话。",
    ]
    kept = _merged_with_lines(folder, first[:1], lines)
    assert [c.id for c in kept.cards] == ["k1", "k2"]
