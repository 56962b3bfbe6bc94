"""Build decks from the seeds and import them into a real Anki collection (the `anki` package)."""

from __future__ import annotations

import copy
import re
import shutil
from pathlib import Path

import anki.collection as anki_collection
import pytest

from yaodian.build import MODEL_NAME, build_package
from yaodian.cards import check_folder, save_card_file
from yaodian.extractors import extract_document
from yaodian.sources import read_document


def _import(col, package: Path) -> int:
    """Import `package`; the count of notes Anki's import log says it updated."""
    request = anki_collection.ImportAnkiPackageRequest(
        package_path=str(package),
        options=anki_collection.ImportAnkiPackageOptions(with_scheduling=True),
    )
    return len(col.import_anki_package(request).log.updated)


def _visible(html: str) -> str:
    """What the learner reads: the rendered HTML without its style block and tags."""
    html = re.sub(r"<style>.*?</style>", "", html, flags=re.S)
    return re.sub(r"<[^>]+>", "", html)


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory: pytest.TempPathFactory, seed_paths: list[Path]):
    work = tmp_path_factory.mktemp("seeds")
    cards = work / "cards"
    for path in seed_paths:
        save_card_file(extract_document(read_document(path)), cards / f"{path.stem}.yaml")
    files, problems = check_folder(cards)
    assert problems == []
    package = build_package(files, work / "decks" / "要点.apkg")
    return work, files, package


def test_seed_decks_import_into_anki(seed_build, tmp_path: Path) -> None:
    _work, files, package = seed_build
    expected_notes = sum(len(f.cards) for f in files)
    assert expected_notes >= 100
    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        _import(col, package.path)
        assert col.note_count() == expected_notes
        deck_names = {d.name for d in col.decks.all_names_and_ids()}
        assert "要点" in deck_names
        assert {f.deck for f in files} <= deck_names
        note_types = [m["name"] for m in col.models.all()]
        assert note_types.count(MODEL_NAME) == 1
        expected_cards = 0
        for f in files:
            for card in f.cards:
                expected_cards += (
                    len(card.items)
                    if card.type == "list"
                    else len(set(re.findall(r"\{\{c(\d+)::", card.text)))
                )
        assert col.card_count() == expected_cards
        # every note shows a cloze gap on its question side: [...], a cue's first words ([功成…]) or a
        # saying's frame with a blank for each part that fills it ([功成＿＿])
        for note_id in col.find_notes(""):
            note = col.get_note(note_id)
            question = note.cards()[0].question()
            assert 'class="cloze"' in question and re.search(r"\[[^\]]*(\.\.\.|…|＿)", question), question
    finally:
        col.close()


def test_list_card_renders_gap_and_answer(seed_build, tmp_path: Path) -> None:
    _work, files, package = seed_build
    card = next(c for f in files for c in f.cards if c.type == "list" and len(c.items) >= 3)
    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        _import(col, package.path)
        (note_id,) = col.find_notes(f"Id:{card.id}")
        cards = sorted(col.get_note(note_id).cards(), key=lambda c: c.ord)
        assert len(cards) == len(card.items)
        second = cards[1]
        question, answer = second.question(), second.answer()
        assert card.items[1] not in _visible(question)
        assert card.items[0] in _visible(question)  # the other items are shown as cues
        assert card.items[1] in answer
    finally:
        col.close()


def test_reimport_updates_in_place(seed_build, tmp_path: Path) -> None:
    """A rebuilt package with an edited card updates the same note, adding none."""
    _work, files, package = seed_build
    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        _import(col, package.path)
        before = col.note_count()
        files = copy.deepcopy(files)
        target = files[0].cards[0]
        (note_id,) = col.find_notes(f"Id:{target.id}")
        if target.type == "list":
            target.items[0] = target.items[0] + "（改）"
        else:
            target.text = target.text + "（改）"
        decks = tmp_path / "decks"
        shutil.copytree(package.path.parent, decks)
        rebuilt = build_package(files, decks / package.path.name)
        _import(col, rebuilt.path)
        assert col.note_count() == before
        assert "（改）" in col.get_note(note_id)["Text"]
    finally:
        col.close()


# ---------------------------------------------------------------- what the learner sees


def _study_files(tmp_path: Path) -> list:
    """Two documents: a list whose cloze numbers are not in display order, a cloze card, an all-card
    (from a slide deck)."""
    first = tmp_path / "cards" / "a_doc.yaml"
    first.parent.mkdir(parents=True, exist_ok=True)
    first.write_text(
        """source: seeds/a doc.txt
title: 甲文
deck: 要点::甲文
tags: [统战, 基层]
cards:
  - id: list1
    type: list
    prompt: 统战部是党委统战工作的
    items: [参谋机构, 组织<协调>机构, 具体执行机构]
    clozes: [1, 4, 2]
    mode: both
    origin: {line: 12, section: 一、职能}
  - id: cloze1
    type: cloze
    text: 坚持{{c1::大团结}}大联合
""",
        encoding="utf-8",
    )
    second = tmp_path / "cards" / "b_doc.yaml"
    second.write_text(
        """source: seeds/b.pptx
title: 乙文
deck: 要点::乙文
cards:
  - id: list2
    type: list
    prompt: 两点
    items: [第一点, 第二点]
    mode: all
    origin: {line: 7, section: 二、要求}
""",
        encoding="utf-8",
    )
    files, problems = check_folder(tmp_path / "cards")
    assert problems == []
    return files


@pytest.fixture
def study_col(tmp_path: Path):
    files = _study_files(tmp_path)
    package = build_package(files, tmp_path / "decks" / "复习.apkg", root="复习")
    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    request = anki_collection.ImportAnkiPackageRequest(
        package_path=str(package.path),
        options=anki_collection.ImportAnkiPackageOptions(with_scheduling=True, with_deck_configs=True),
    )
    col.import_anki_package(request)
    yield col
    col.close()


def _cards_of(col, card_id: str) -> dict[int, object]:
    (note_id,) = col.find_notes(f"Id:{card_id}")
    return {card.ord + 1: card for card in col.get_note(note_id).cards()}


def test_in_order_card_shows_earlier_items_and_scripts_away_later_ones(study_col) -> None:
    cards = _cards_of(study_col, "list1")
    assert sorted(cards) == [1, 2, 4, 100]
    # item 2 in display order has cloze number 4
    question = cards[4].question()
    assert "参谋机构" in _visible(question)  # the cue before it
    assert "组织&lt;协调&gt;机构" not in _visible(question)  # the gap, escaped '<' never broke the card
    assert re.search(r'<span class="cloze" data-cloze="[^"]*" data-ordinal="4">\[\.\.\.\]</span>', question)
    # Without scripts the later item stays visible as a plain cloze; the template's script hides it.
    assert '<span class="cloze-inactive" data-ordinal="2">具体执行机构</span>' in question
    assert 'class="yd yd-front" data-mode="both"' in question
    assert "compareDocumentPosition" in question and "yd-later" in question
    answer = cards[4].answer()
    assert '<span class="cloze" data-ordinal="4">组织&lt;协调&gt;机构</span>' in answer
    assert "具体执行机构" in _visible(answer)
    assert "甲文 › 一、职能 › 第12行" in _visible(answer)
    assert "compareDocumentPosition" not in answer  # the back shows the whole list


def test_whole_list_card_hides_every_item(study_col) -> None:
    question = _cards_of(study_col, "list1")[100].question()
    visible = _visible(question)
    assert visible.count("[...]") == 3
    assert not any(item in visible for item in ("参谋机构", "具体执行机构"))
    assert "统战部是党委统战工作的" in visible
    only_all = _cards_of(study_col, "list2")
    assert sorted(only_all) == [100]
    assert _visible(only_all[100].question()).count("[...]") == 2


def test_the_back_gives_a_line_only_where_the_learner_can_find_it(study_col) -> None:
    """A .txt card's back ends with its line; a slide deck's (no lines to go back to) at its heading."""
    assert _visible(_cards_of(study_col, "list1")[1].answer()).count("第12行") == 1
    back = _visible(_cards_of(study_col, "list2")[100].answer())
    assert "乙文 › 二、要求" in back and "第7行" not in back


def test_decks_tags_and_note_type(study_col) -> None:
    names = {d.name for d in study_col.decks.all_names_and_ids()}
    assert {"复习", "复习::甲文", "复习::乙文"} <= names
    assert not any(name.startswith("要点") for name in names)
    note = study_col.get_note(study_col.find_notes("Id:list1")[0])
    assert sorted(note.tags) == sorted(["yaodian", "yaodian::list", "yaodian::source::a_doc", "统战", "基层"])
    assert list(note.keys()) == ["Text", "Extra", "Source", "Hint", "Mode", "Id"]
    assert study_col.find_notes("tag:yaodian::source::b") == study_col.find_notes("Id:list2")


def test_new_cards_come_in_document_order(study_col) -> None:
    expected = [("list1", 1), ("list1", 4), ("list1", 2), ("list1", 100), ("cloze1", 1), ("list2", 100)]
    rows = study_col.db.all(
        "select c.due, n.flds, c.ord from cards c join notes n on c.nid = n.id order by c.due"
    )
    assert [(flds.split("\x1f")[-1], ord_ + 1) for _due, flds, ord_ in rows] == expected
    # With yaodian's deck preset (imported with the deck presets) the scheduler follows that order.
    deck = study_col.decks.id_for_name("复习::甲文")
    assert study_col.decks.config_dict_for_deck_id(deck)["name"] == "yaodian 要点"
    study_col.decks.select(deck)
    queued = study_col.sched.get_queued_cards(fetch_limit=10).cards
    got = [(card.note()["Id"], card.ord + 1) for card in (study_col.get_card(q.card.id) for q in queued)]
    assert got == expected[:5]


def test_a_cloze_number_skipped_gives_no_empty_card_and_check_warns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Anki makes a card per cloze number used (c1 and c3: two cards, none for c2), so `check`
    warns of a gap in a card the learner typed, with its file:line, rather than refusing it. A
    gap in a card whose words are those yaodian wrote (its state record) is on purpose (numbers
    kept for their history): no warning, also with a comment of the learner's inside it."""
    from typer.testing import CliRunner

    from yaodian.cards import Card
    from yaodian.cli import app
    from yaodian.merge import State, record

    monkeypatch.chdir(tmp_path)
    cards = tmp_path / "cards"
    cards.mkdir()
    card_file = cards / "作风.yaml"
    gapped = [
        "- id: 6da42054d5\n",
        "  type: cloze\n",
        "  text: 要聚焦{{c1::形式主义}}、官僚主义、{{c3::享乐主义}}等突出问题。\n",
    ]
    header = "source: 作风.txt\ntitle: 作风建设\ndeck: 要点::作风建设\ncards:\n"
    whole = "- id: 17f335e103\n  type: cloze\n  text: 推动作风建设{{c1::常态化}}、{{c2::制度化}}。\n"
    card_file.write_text(header + "".join(gapped) + whole, encoding="utf-8")
    runner = CliRunner()
    checked = runner.invoke(app, ["check"])
    assert checked.exit_code == 0, checked.output
    assert checked.stderr.splitlines() == [
        "warning: cards/作风.yaml:5: cloze numbers skip c2 (c1, c3 used): Anki makes a card for each "
        "number used and none for a skipped one; if you typed these numbers, renumber (before you study "
        "the card: Anki keeps a card's reviews under its number)"
    ]
    assert checked.stdout.strip() == "check: 1 file, 2 cards, no problems (1 warning)"

    assert runner.invoke(app, ["build"]).exit_code == 0
    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        _import(col, tmp_path / "decks" / "要点.apkg")
        (note_id,) = col.find_notes("Id:6da42054d5")
        made = col.get_note(note_id).cards()
        assert sorted(card.ord + 1 for card in made) == [1, 3]
        assert all("[...]" in _visible(card.question()) for card in made)
    finally:
        col.close()

    # yaodian wrote it: extracted as c1, c2, renumbered by the merge to keep an item's number
    state = State.load(cards)
    extracted = Card(
        type="cloze", id="6da42054d5", text="要聚焦{{c1::形式主义}}、官僚主义、{{c2::享乐主义}}等突出问题。"
    )
    state.files[card_file.name] = {extracted.id: record(extracted)}
    state.save()
    quiet = runner.invoke(app, ["check"])
    assert quiet.exit_code == 0 and quiet.stderr == "", quiet.output
    commented = [gapped[0], "  # 我的备注\n", *gapped[1:]]  # a comment is an edit, but not of its numbers
    card_file.write_text(header + "".join(commented) + whole, encoding="utf-8")
    still = runner.invoke(app, ["check"])
    assert still.exit_code == 0 and still.stderr == "", still.output
    reworded = [gapped[0], gapped[1], gapped[2].replace("突出问题", "突出矛盾")]  # the learner's words now
    card_file.write_text(header + "".join(reworded) + whole, encoding="utf-8")
    assert "cloze numbers skip c2" in runner.invoke(app, ["check"]).stderr


_OUTLINE = (
    "关于加强作风建设的几点思考\n\n作风建设永远在路上。\n\n"
    "一、坚持以上率下\n\n领导干部要带头转变作风，做到“三个带头”：带头调查研究、带头解决问题、带头遵规守纪。\n\n"
    "二、坚持问题导向\n\n要聚焦形式主义、官僚主义、享乐主义等突出问题，拿出过硬举措。\n\n"
    "三、坚持常抓常严\n\n要建立健全长效机制，推动作风建设常态化、制度化、规范化。\n"
)


def test_the_back_of_a_list_card_shows_its_items_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The back shows the items as the answer; an extra that only repeats them (`1. item` per
    line: the outline of headings) is left out of the note, so Anki does not show them twice. An
    extra that says more (the sentence a series stands in) stays as context."""
    from typer.testing import CliRunner

    from yaodian.cli import app

    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "作风.txt").write_text(_OUTLINE, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["extract", "docs"]).exit_code == 0
    assert runner.invoke(app, ["build"]).exit_code == 0
    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        _import(col, tmp_path / "decks" / "要点.apkg")
        backs = {}
        for note_id in col.find_notes("tag:yaodian::list"):
            note = col.get_note(note_id)
            backs[note["Text"]] = _visible(note.cards()[0].answer())
    finally:
        col.close()
    (outline,) = [back for text, back in backs.items() if "本文的3个部分" in text]
    assert [outline.count(item) for item in ("坚持以上率下", "坚持问题导向", "坚持常抓常严")] == [1, 1, 1]
    (series,) = [back for text, back in backs.items() if "三个带头" in text]
    assert "领导干部要带头转变作风" in series  # the sentence, as context


def _back_in_anki(tmp_path: Path, yaml_cards: str, title: str = "报告") -> dict[str, str]:
    """card id -> the back of its first Anki card as the learner reads it, from a card file of
    `yaml_cards` built and imported into a fresh collection."""
    card_file = tmp_path / "cards" / "报告.yaml"
    card_file.parent.mkdir(parents=True, exist_ok=True)
    card_file.write_text(
        f"source: docs/报告.pdf\ntitle: {title}\ndeck: 要点::报告\ncards:\n" + yaml_cards, encoding="utf-8"
    )
    files, problems = check_folder(card_file.parent)
    assert problems == []
    package = build_package(files, tmp_path / "decks" / "要点.apkg")
    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        _import(col, package.path)
        return {
            col.get_note(n)["Id"]: _visible(col.get_note(n).cards()[0].answer()) for n in col.find_notes("")
        }
    finally:
        col.close()


def test_a_list_back_shows_its_items_once_under_a_lead_line_or_beside_a_line_that_says_more(
    tmp_path: Path,
) -> None:
    """An extra that adds a lead line (the sentence above the list) or says more on one item's
    line still lists the other items again (`1. item`, `2. item；`, a label with nothing after its
    colon `3. item：`): those lines are left out of the back, the lead line and the line that says
    more stay. An item's whole sentence is context and stays."""
    backs = _back_in_anki(
        tmp_path,
        """  - id: lead
    type: list
    prompt: 全面加强党的建设（2项）
    items: [以政治建设为统领, 以作风建设为抓手]
    extra: |-
      各级党组织要深刻领悟“两个确立”的决定性意义
      1. 以政治建设为统领
      2. 以作风建设为抓手
  - id: tail
    type: list
    prompt: 大力推进科技创新：本节的3个部分
    items: [加强基础研究, 强化企业主体地位, 推动成果转化]
    extra: |-
      1. 加强基础研究，打好关键核心技术攻坚战
      2. 强化企业主体地位；
      3. 推动成果转化：
  - id: sentences
    type: list
    prompt: 主要体会（2项）
    items: [坚持党的领导, 坚持改革开放]
    extra: |-
      1. 坚持党的领导，确保正确方向
      2. 坚持改革开放，激发发展活力
""",
    )
    assert [backs["lead"].count(item) for item in ("以政治建设为统领", "以作风建设为抓手")] == [1, 1]
    assert "深刻领悟“两个确立”的决定性意义" in backs["lead"]
    assert [backs["tail"].count(item) for item in ("强化企业主体地位", "推动成果转化")] == [1, 1]
    assert "1. 加强基础研究，打好关键核心技术攻坚战" in backs["tail"]
    assert "1. 坚持党的领导，确保正确方向" in backs["sentences"]
    assert "2. 坚持改革开放，激发发展活力" in backs["sentences"]


def test_a_long_title_with_a_bracketed_note_heads_the_card_whole_to_its_note(tmp_path: Path) -> None:
    """A title over TITLE_MAX without a space, dash or colon within it, ending in a bracketed note
    (（B卷）), heads each card with everything before the note, not a cut inside a word."""
    backs = _back_in_anki(
        tmp_path,
        """  - id: gap
    type: cloze
    text: 坚持{{c1::人民至上}}
""",
        title="2024年某市事业单位公开招聘工作人员笔试职业能力倾向测验（B卷）",
    )
    assert backs["gap"].startswith("2024年某市事业单位公开招聘工作人员笔试职业能力倾向测验…")


def test_the_front_of_a_heading_card_does_not_print_its_gaps_in_the_header(tmp_path: Path) -> None:
    """A cloze card made of a heading line stands under that heading: the header over the front
    leaves the heading out (it would show the gaps' words), and keeps the headings above it."""
    backs = _back_in_anki(
        tmp_path,
        """  - id: head
    type: cloze
    text: 02 坚持{{c1::精准治污}}、{{c2::科学治污}}、{{c3::依法治污}}
    origin: {section: 二、主要做法 › 02 坚持精准治污、科学治污、…}
  - id: body
    type: cloze
    text: 要{{c1::深入打好}}污染防治攻坚战。
    origin: {section: 二、主要做法 › 02 坚持精准治污、科学治污、…}
""",
    )
    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        (note_id,) = col.find_notes("Id:head")
        fronts = [_visible(card.question()) for card in col.get_note(note_id).cards()]
    finally:
        col.close()
    assert all("报告 › 二、主要做法" in front for front in fronts)
    assert [("精准治污" in front, "科学治污" in front) for front in fronts[:2]] == [
        (False, True),
        (True, False),
    ]
    assert "报告 › 二、主要做法 › 02 坚持精准治污" in backs["body"]


def test_upgrade_hand_edited_outline_card_shows_its_items_once_without_a_notice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cards extracted and synced before the repeated extra was left out, one outline card then
    edited by hand: extract again says nothing of a source change (the source did not change;
    the YAML, its records and fingerprints are as before), sync updates the note without a
    conflict, and the back in Anki shows the items once."""
    from typer.testing import CliRunner

    from yaodian import build
    from yaodian.cli import app

    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "作风.txt").write_text(_OUTLINE, encoding="utf-8")
    collection = tmp_path / "collection.anki2"
    anki_collection.Collection(str(collection)).close()
    runner = CliRunner()
    with monkeypatch.context() as before:  # as the notes were built before: the extra shown whole
        before.setattr(build, "shown_extra", lambda card: card.extra)
        assert runner.invoke(app, ["extract", "docs"]).exit_code == 0
        first = runner.invoke(app, ["sync", "--collection", str(collection)])
        assert first.exit_code == 0, first.output
    card_file = tmp_path / "cards" / "作风.yaml"
    written = card_file.read_text(encoding="utf-8")
    assert "extra: |-\n    1. 坚持以上率下" in written  # the YAML holds the repeated extra
    card_file.write_text(written.replace("本文的3个部分", "本文的三个部分"), encoding="utf-8")

    again = runner.invoke(app, ["extract", "docs", "--force"])
    assert again.exit_code == 0, again.output
    # kept, with no note of a source change (the source did not change)
    assert again.output.splitlines()[0] == (
        "docs/作风.txt -> cards/作风.yaml: 0 added, 0 updated, 1 kept (edited by you), 0 removed, 6 unchanged"
    )
    assert again.output.splitlines()[1].startswith("extract: 1 document read;")
    synced = runner.invoke(app, ["sync", "--collection", str(collection)])
    assert synced.exit_code == 0, synced.output
    assert ", 1 updated, 0 conflicts," in synced.output, synced.output
    col = anki_collection.Collection(str(collection))
    try:
        (note_id,) = [n for n in col.find_notes("tag:yaodian::list") if "三个部分" in col.get_note(n)["Text"]]
        back = _visible(col.get_note(note_id).cards()[0].answer())
    finally:
        col.close()
    assert [back.count(item) for item in ("坚持以上率下", "坚持问题导向", "坚持常抓常严")] == [1, 1, 1]


def test_a_saying_shows_its_frame_on_the_front_and_its_whole_text_on_the_back(tmp_path: Path) -> None:
    """A saying gapped whole under a heading that cues nothing is one gap, its frame the hint: Anki shows
    the frame in brackets with a blank for each part that fills it, and the back the whole saying."""
    source = tmp_path / "笔记.txt"
    source.write_text(
        "学习笔记\n\n一、背景\n要坚持稳中求进。\n\n二、金句积累\n治水是一场阵地战，更是一场消耗战。\n",
        encoding="utf-8",
    )
    save_card_file(extract_document(read_document(source)), tmp_path / "cards" / "笔记.yaml")
    files, problems = check_folder(tmp_path / "cards")
    assert problems == []
    package = build_package(files, tmp_path / "decks" / "要点.apkg")
    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        _import(col, package.path)
        (note_id,) = col.find_notes("消耗战")
        (card,) = col.get_note(note_id).cards()
        front, back = _visible(card.question()), _visible(card.answer())
    finally:
        col.close()
    assert "[治水是一场＿＿，更是一场＿＿]。" in front
    assert "治水是一场阵地战，更是一场消耗战。" in back


@pytest.mark.parametrize(
    ("name", "text", "shows_line"),
    [
        ("作风.txt", _OUTLINE, True),
        (
            "作风.html",
            "<html><body>"
            + "".join(f"<p>{line}</p>" for line in _OUTLINE.split("\n") if line)
            + "</body></html>",
            False,
        ),
    ],
)
def test_extract_counts_the_unchanged_cards_whose_notes_anki_updates_since_their_line_moved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str, shows_line: bool
) -> None:
    """A line written above the text moves every card down a line: extract counts them unchanged,
    and where the notes show the line (plain text), says how many moved, as many as Anki's import
    then updates; a web page's notes show no line, so none moved and Anki updates none."""
    from typer.testing import CliRunner

    from yaodian.cli import app

    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    source = tmp_path / "docs" / name
    source.write_text(text, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["extract", "docs"]).exit_code == 0
    assert runner.invoke(app, ["build"]).exit_code == 0
    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        _import(col, tmp_path / "decks" / "要点.apkg")
        notes = col.note_count()
        if shows_line:
            source.write_text("（2024年第3期）\n\n" + text, encoding="utf-8")
        else:
            source.write_text(text.replace("<body>", "<body><p>（2024年第3期）</p>"), encoding="utf-8")
        again = runner.invoke(app, ["extract", "docs"])
        assert again.exit_code == 0, again.output
        assert runner.invoke(app, ["build"]).exit_code == 0
        updated = _import(col, tmp_path / "decks" / "要点.apkg")
        assert col.note_count() == notes
    finally:
        col.close()
    summary = re.search(
        r"cards 0 added, 0 updated, 0 kept, 0 removed, (\d+) unchanged(?: \((\d+) moved in the source\))?;",
        again.output,
    )
    assert summary is not None, again.output
    moved = int(summary.group(2) or 0)
    assert moved == updated
    if shows_line:
        assert moved == int(summary.group(1)) == notes  # every card moved down a line
        assert f"{notes} unchanged cards stand at another line or under another heading" in again.output
    else:
        assert moved == 0
        assert "stand at another line" not in again.output
