"""Section paths from parts led by paragraph heads (extractors/parts.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from yaodian.cards import Card, Origin
from yaodian.extractors import compose, extract_cards, extract_document, outline_runs
from yaodian.extractors.boilerplate import is_furniture
from yaodian.extractors.compose import filed_above_its_gaps, find_headings
from yaodian.extractors.parts import _heads_of, closing_kind, with_part_sections
from yaodian.extractors.script import paragraph
from yaodian.extractors.text import Paragraph
from yaodian.sources import read_document


def _paragraphs(text: str) -> list[Paragraph]:
    return [paragraph(n, line) for n, line in enumerate(text.strip().splitlines(), 1) if line.strip()]


def _placed(cards: list[Card], text: str) -> list[Card]:
    paragraphs = _paragraphs(text)
    return with_part_sections(cards, paragraphs, outline_runs(tuple(paragraphs)))


_HEADED_PARTS = """
今年以来，桐川县围绕文明乡风建设持续发力，群众精神面貌焕然一新。
第一，抓好移风易俗。县里修订村规民约，推行红白理事会制度，引导群众做到婚事新办、丧事简办、其他事不办。
第二，抓好阵地建设。全县建成新时代文明实践站120个，开展理论宣讲、文艺演出、科普讲座等活动。
第三，抓好典型示范。各村评选“好媳妇”“好婆婆”“文明家庭”，用身边事教育身边人。
总之，文明乡风建设是一项久久为功的工作，必须常抓不懈。
"""

_ONE_PARAGRAPH_SERIES = """
今年以来，桐川县围绕文明乡风建设持续发力，群众精神面貌焕然一新。
县里第一，抓好移风易俗，推行红白理事会制度；第二，抓好阵地建设，建成文明实践站；第三，抓好典型示范，评选文明家庭。
各村推行婚事新办、丧事简办、其他事不办，引导群众破除陈规陋习。
"""


def _sections(text: str) -> dict[int, set[str | None]]:
    """The sections of the cards of `text`, by the line each card comes from."""
    paragraphs = _paragraphs(text)
    found: dict[int, set[str | None]] = {}
    for card in extract_cards(paragraphs, "桐川县推进文明乡风建设", "t"):
        if card.origin and card.origin.line:
            found.setdefault(card.origin.line, set()).add(card.origin.section)
    return found


def test_cards_of_a_part_led_by_a_head_carry_the_head_as_their_section() -> None:
    sections = _sections(_HEADED_PARTS)
    assert sections[2] <= {"抓好移风易俗", None}  # (the list of the parts stands there, no section)
    assert "抓好移风易俗" in sections[2]  # (the ordinal 第一， goes: the order says it)
    assert sections[3] == {"抓好阵地建设"}
    assert sections[4] == {"抓好典型示范"}
    assert sections.get(1, {None}) == {None}  # the opening stands above the parts
    assert sections.get(5, {None}) == {None}  # and the closing 总之 after them


def test_a_series_of_ordinals_inside_one_paragraph_names_no_parts() -> None:
    sections = _sections(_ONE_PARAGRAPH_SERIES)
    assert all(found == {None} for found in sections.values())


def _list_card(items: list[str]) -> Card:
    return Card(type="list", prompt="p", items=items, origin=Origin(line=2))


def test_heads_that_open_paragraphs_with_a_body_are_parts() -> None:
    parts = _heads_of(_list_card(["抓好移风易俗", "抓好阵地建设"]), _paragraphs(_HEADED_PARTS))
    assert [head for _, _, head in parts] == ["抓好移风易俗", "抓好阵地建设"]


def test_phrases_inside_sentences_are_no_heads() -> None:
    card = _list_card(["推行红白理事会制度", "开展理论宣讲"])
    assert _heads_of(card, _paragraphs(_HEADED_PARTS)) == []


def test_heads_in_one_paragraph_are_no_parts() -> None:
    card = _list_card(["抓好移风易俗", "抓好阵地建设", "抓好典型示范"])
    assert _heads_of(card, _paragraphs(_ONE_PARAGRAPH_SERIES)) == []


_FOUR_QUESTIONS = """
以下是面试四道题的参考答案，供考生练习时对照。
第1题综合分析：有人说基层减负就是少开会，你怎么看？
我认为这种说法有一定道理，但不全面，减负关键在于减掉形式主义。
第2题组织管理：单位让你组织一次社区志愿服务活动，你会怎么做？
我会先和街道、社区对接，摸清群众需求，再制定方案、招募志愿者。
第3题应急应变：活动当天突降大雨，群众情绪激动，你怎么处理？
我会第一时间安抚群众情绪，把大家引导到附近的室内场所避雨。
第4题人际沟通：同事对你的工作方式有意见，你怎么办？
我会主动找同事沟通，虚心听取意见，改进自己的工作方法。
"""


@pytest.mark.parametrize(
    "items",
    [
        ["综合分析", "应急应变"],  # 第2题 stands inside 第1题's part: the list missed a part
        ["综合分析", "应急应变", "人际沟通"],  # the ordinals skip: 第1题, 第3题
    ],
)
def test_a_list_that_misses_a_part_names_no_parts(items: list[str]) -> None:
    assert _heads_of(_list_card(items), _paragraphs(_FOUR_QUESTIONS)) == []


def test_a_list_of_every_question_names_its_parts() -> None:
    card = _list_card(["综合分析", "组织管理", "应急应变", "人际沟通"])
    parts = _heads_of(card, _paragraphs(_FOUR_QUESTIONS))
    assert [(start, end) for start, end, _ in parts] == [(1, 3), (3, 5), (5, 7), (7, 9)]
    assert parts[0][2] == "第1题综合分析"


_OWN_PARTS = """
推进县域治理，要把握好三个方面：坚持整体协同、坚持数字赋能、坚持群众路线。
第一，坚持整体协同。各部门要打破壁垒，形成上下联动的工作格局，确保各项任务落到实处。
第二，坚持数字赋能。要加快建设统一的数据平台，让数据多跑路、群众少跑腿，不断提升服务水平。
第三，坚持群众路线。要问需于民、问计于民，让群众在治理中有更多获得感。
"""


def test_a_gap_over_a_part_head_the_parts_list_asks_is_opened_under_the_head(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A part's head set by parts.py is a section like a heading's: a gap that hides the head, which the
    list of the parts asks, is opened and the card stays under the head, not filed above it with the
    head's words asked a second time."""
    parts = Card(
        type="list",
        prompt="推进县域治理要把握的3个方面",
        items=["坚持整体协同", "坚持数字赋能", "坚持群众路线"],
    )
    parts.origin = Origin(line=1)
    text = "{{c1::坚持整体协同}}，打破部门壁垒，{{c2::形成上下联动的工作格局}}。"
    gap = Card(type="cloze", text=text, origin=Origin(line=2))
    monkeypatch.setattr(compose, "compose_cards", lambda *_: [parts, gap])
    (_, card) = extract_cards(_paragraphs(_OWN_PARTS), "推进县域治理的几点思考", "t")
    assert (card.text, card.origin) == (
        "坚持整体协同，打破部门壁垒，{{c1::形成上下联动的工作格局}}。",
        Origin(line=2, section="坚持整体协同"),
    )


def test_a_card_naming_a_part_head_from_its_description_stays_above_the_head(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Opening the gap over the head would leave a card that describes the head without a gap: it stays
    as it was, filed above the head (the front would show its answer); a card that only names the head
    goes, the parts' list asks it."""
    parts = Card(
        type="list",
        prompt="推进县域治理要把握的3个方面",
        items=["坚持整体协同", "坚持数字赋能", "坚持群众路线"],
    )
    parts.origin = Origin(line=1)
    described = Card(
        type="cloze", text="{{c1::坚持整体协同}}：各部门打破壁垒，上下联动抓落实。", origin=Origin(line=2)
    )
    named = Card(type="cloze", text="一是{{c1::坚持数字赋能}}。", origin=Origin(line=3))
    monkeypatch.setattr(compose, "compose_cards", lambda *_: [parts, described, named])
    (_, card) = extract_cards(_paragraphs(_OWN_PARTS), "推进县域治理的几点思考", "t")
    assert (card.text, card.origin) == (described.text, Origin(line=2))


def test_the_last_part_ends_at_a_paragraph_of_another_form() -> None:
    text = _FOUR_QUESTIONS + "【考官点评】\n四道题答得较为全面，条理清楚。\n"
    card = _list_card(["综合分析", "组织管理", "应急应变", "人际沟通"])
    assert _heads_of(card, _paragraphs(text))[-1][:2] == (7, 9)


def test_the_last_part_goes_on_over_a_label_every_part_has() -> None:
    text = (
        _FOUR_QUESTIONS.replace("\n我", "\n【参考答案】\n我")
        + "【考官点评】\n四道题答得较为全面，条理清楚。\n"
    )
    card = _list_card(["综合分析", "组织管理", "应急应变", "人际沟通"])
    assert _heads_of(card, _paragraphs(text))[-1][:2] == (10, 13)  # (the 【参考答案】 of 第4题 is its own)


def test_the_last_part_takes_a_paragraph_that_opens_with_a_closing_word() -> None:
    text = (
        "第一，抓好移风易俗。县里修订村规民约，推行红白理事会制度。\n乡镇逐村开展宣讲，群众参与度很高。\n"
        "第二，抓好阵地建设。全县建成新时代文明实践站一百二十个。\n最后，各站配齐专职管理员，做到有人管事。\n"
    )
    parts = _heads_of(_list_card(["抓好移风易俗", "抓好阵地建设"]), _paragraphs(text))
    assert parts[-1][:2] == (2, 4)  # (最后， is an ordinal of the part's body, no closing)


def test_the_last_part_is_no_longer_than_the_longest_before_it() -> None:
    text = _HEADED_PARTS + "县里还将建设更多文明实践站，让群众在家门口享受文化服务。\n"
    parts = _heads_of(_list_card(["抓好移风易俗", "抓好阵地建设", "抓好典型示范"]), _paragraphs(text))
    assert parts[-1][:2] == (3, 4)


def test_a_cloze_that_hides_its_head_gets_no_section() -> None:
    head = Card(type="cloze", text="第一，{{c1::抓好移风易俗}}。", origin=Origin(line=2))
    body = Card(type="cloze", text="县里推行{{c1::红白理事会}}制度。", origin=Origin(line=2))
    lister = _list_card(["抓好移风易俗", "抓好阵地建设", "抓好典型示范"])
    # (the part's head is filed as any section is; the card that hides it is then filed above it)
    placed = [filed_above_its_gaps(card) for card in _placed([lister, head, body], _HEADED_PARTS)]
    assert [card.origin.section for card in placed if card.origin] == [None, None, "抓好移风易俗"]


def test_a_cloze_that_hides_the_heading_above_the_parts_gets_no_part() -> None:
    """The front shows the whole path: a part's head under a heading that shows the card's gap
    would give the answer away all the same (the card goes above the heading, not into a part)."""
    above = "一、加强文明乡风建设"
    text = f"{above}\n" + _HEADED_PARTS.strip()
    lister = Card(
        type="list",
        prompt="p",
        items=["抓好移风易俗", "抓好阵地建设", "抓好典型示范"],
        origin=Origin(3, above),
    )
    hiding = Card(type="cloze", text="以阵地{{c1::加强文明乡风建设}}。", origin=Origin(4, above))
    body = Card(type="cloze", text="全县建成{{c1::新时代文明实践站}}。", origin=Origin(4, above))
    placed = [filed_above_its_gaps(card) for card in _placed([lister, hiding, body], text)]
    assert [card.origin.section for card in placed if card.origin] == [above, None, f"{above} › 抓好阵地建设"]


def test_a_heading_between_the_heads_leaves_the_parts_to_it() -> None:
    text = _HEADED_PARTS.replace("第二，抓好阵地建设。", "二、阵地建设\n第二，抓好阵地建设。")
    lister = _list_card(["抓好移风易俗", "抓好阵地建设", "抓好典型示范"])
    body = Card(type="cloze", text="县里推行{{c1::红白理事会}}制度。", origin=Origin(line=2))
    placed = _placed([lister, body], text)
    assert placed[1].origin and placed[1].origin.section is None


def test_a_head_with_no_body_after_it_is_no_part() -> None:
    text = "开头一句话，说明本文讨论的问题所在。\n坚持人民至上。\n坚持自信自立。\n坚持守正创新。"
    card = Card(
        type="list", prompt="p", items=["坚持人民至上", "坚持自信自立", "坚持守正创新"], origin=Origin(line=2)
    )
    assert _heads_of(card, _paragraphs(text)) == []


# ---------------------------------------------------------------- a closing heading after the parts

_SPEECH_PARTS = """在全县作风建设推进会上的讲话

一、坚持创新驱动，培育发展新动能
创新是引领发展的第一动力。要加快建设创新平台，推动产学研深度融合，让科技成果转化为现实生产力。
二、坚持改革开放，激发市场新活力
改革开放是决定当代中国命运的关键一招。要深化放管服改革，优化营商环境，激发各类经营主体活力。
三、坚持人民至上，增进民生新福祉
为民造福是最大的政绩。要办好教育、医疗、养老等民生实事，让群众获得感成色更足。
{closing}
同志们，使命重在担当，实干铸就辉煌。让我们团结一心、埋头苦干，奋力谱写高质量发展新篇章！
"""


def _closing_sections(tmp_path: Path, text: str, name: str = "speech.txt") -> dict[str, set[str | None]]:
    """The sections of the cards of a document, by the first characters of the card (a formulation's card
    leaves the speech's salutation off: 使命重在…, not 同志们，…)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    sections: dict[str, set[str | None]] = {}
    for card in extract_document(read_document(path)).cards:
        key = (card.text or card.prompt).replace("{{c1::", "")[:4]
        sections.setdefault(key, set()).add(card.origin.section if card.origin else None)
    return sections


@pytest.mark.parametrize("closing", ["结语", "【结束语】", "结论：", "結語"])
def test_cards_under_an_unnumbered_closing_heading_carry_it_not_the_last_part(
    tmp_path: Path, closing: str
) -> None:
    sections = _closing_sections(tmp_path, _SPEECH_PARTS.format(closing=closing))
    closing_word = closing.strip("【】：")
    assert sections.get("使命重在") == {closing_word}
    assert all(closing_word not in str(found) for key, found in sections.items() if key.startswith("为民"))


def test_a_numbered_closing_part_keeps_its_own_heading(tmp_path: Path) -> None:
    # 四、结语 is the last part of the numbered outline: compose heads its cards with it
    sections = _closing_sections(tmp_path, _SPEECH_PARTS.format(closing="四、结语"))
    closing = {section for key, found in sections.items() if key.startswith("使命") for section in found}
    assert closing == {"四、结语"}


def test_a_summary_that_ends_every_part_is_the_parts_own(tmp_path: Path) -> None:
    # 总结 after each part: the last part's 总结 is that part's, its cards stay in part 三
    text = _SPEECH_PARTS.format(closing="").replace(
        "\n二、", "\n总结\n要把创新成果转化为发展优势，以新技术催生新产业新业态。\n二、"
    )
    text = text.replace("\n三、", "\n总结\n要以改革破解发展难题，以开放拓展发展空间。\n三、")
    text = text.replace("\n\n同志们", "\n总结\n同志们")
    sections = _closing_sections(tmp_path, text)
    closing = {section for key, found in sections.items() if key.startswith("使命") for section in found}
    assert closing and not closing & {"总结"}


@pytest.mark.parametrize("word", ["小结", "【小结】", "结尾"])
def test_a_summary_only_the_last_part_has_stays_in_that_part(tmp_path: Path, word: str) -> None:
    # a 小结 (or 结尾) under 三 alone sums up 三's 民生实事: a part's word, not the whole text's
    text = _SPEECH_PARTS.format(closing="").replace(
        "\n\n同志们，使命重在担当，实干铸就辉煌。让我们团结一心、埋头苦干，奋力谱写高质量发展新篇章！",
        f"\n{word}\n办好一桩桩民生小事，就是最实在的担当。要把群众反映强烈的问题列成清单，逐项销号。",
    )
    sections = _closing_sections(tmp_path, text)
    summed = {section for key, found in sections.items() if key.startswith("办好一桩") for section in found}
    assert summed and all(section and section.startswith("三、坚持人民至上") for section in summed)


def test_a_markdown_sub_heading_summary_closes_its_part_not_the_text(tmp_path: Path) -> None:
    text = (
        "# 学习笔记\n\n## 一、坚持创新驱动\n\n创新是引领发展的第一动力。要加快建设创新平台，推动产学研深度融合。\n\n"
        "## 二、坚持改革开放\n\n改革开放是决定当代中国命运的关键一招。要深化放管服改革，优化营商环境。\n\n"
        "### 总结\n\n一句话串起来：改革是动力，开放是路径，营商环境是保障。\n"
    )
    sections = _closing_sections(tmp_path, text, "note.md")
    closing = {section for key, found in sections.items() if key.startswith("一句话") for section in found}
    assert closing and "总结" not in closing


def test_a_markdown_closing_heading_at_the_parts_level_closes_the_text(tmp_path: Path) -> None:
    text = (
        "# 学习笔记\n\n## 一、坚持创新驱动\n\n创新是引领发展的第一动力。要加快建设创新平台，推动产学研深度融合。\n\n"
        "## 二、坚持改革开放\n\n改革开放是决定当代中国命运的关键一招。要深化放管服改革，优化营商环境。\n\n"
        "## 结语\n\n一句话串起来：改革是动力，开放是路径，营商环境是保障。\n"
    )
    sections = _closing_sections(tmp_path, text, "note.md")
    closing = {section for key, found in sections.items() if key.startswith("一句话") for section in found}
    assert closing == {"结语"}


_PARTS_THEN_NUMBERED_NOTES = """
今年以来，桐川县围绕文明乡风建设持续发力，群众精神面貌焕然一新。
第一，抓好移风易俗。县里修订村规民约，推行红白理事会制度，引导群众做到婚事新办、丧事简办、其他事不办。
各乡镇成立红白理事会，为群众操办婚丧事宜提供指导服务，遏制大操大办、铺张浪费之风。
各村把移风易俗写进村规民约，党员干部带头签订承诺书，做到说到做到。
第二，抓好阵地建设。全县建成新时代文明实践站120个，开展理论宣讲、文艺演出、科普讲座等活动。
第三，抓好典型示范。各村评选“好媳妇”“好婆婆”“文明家庭”，用身边事教育身边人。
1.本文结构采用“总—分—总”式，三个分论点句式整齐，层层递进。
2.论证部分多用本地事例，做到了有理有据、论证充分。
"""


def test_a_numbered_heading_after_the_last_head_ends_the_last_part() -> None:
    # the reviewer's 1. 2. after the parts are headings of the document's own: the parts still
    # place their cards, and the last part ends where the first of them stands
    sections = _sections(_PARTS_THEN_NUMBERED_NOTES)
    assert sections[4] == {"抓好移风易俗"}
    assert sections[5] == {"抓好阵地建设"}
    assert sections[6] == {"抓好典型示范"}
    assert sections[8] == {"2.论证部分多用本地事例"}


def test_heads_are_looked_for_from_the_list_on_not_in_a_contents_above_it() -> None:
    text = (
        "目录\n抓好移风易俗\n抓好阵地建设\n"
        "第一，抓好移风易俗。县里修订村规民约，推行红白理事会制度，引导群众婚事新办。\n"
        "第二，抓好阵地建设。全县建成新时代文明实践站一百二十个，开展理论宣讲活动。\n"
    )
    card = Card(type="list", prompt="p", items=["抓好移风易俗", "抓好阵地建设"], origin=Origin(line=4))
    assert [start for start, _, _ in _heads_of(card, _paragraphs(text))] == [3, 4]


_LEAD_OPENED_PARTS = """
乡村振兴是一篇大文章，需要久久为功。
推进乡村全面振兴，必须夯实产业根基。各地要立足资源禀赋，发展特色种养业、农产品加工业和乡村旅游，让农民分享更多增值收益。
推进乡村全面振兴，必须补齐设施短板。要加快农村公路、供水、电网和宽带建设，推动教育、医疗、养老服务向村覆盖。
推进乡村全面振兴，必须激活人才引擎。要引导外出务工人员返乡创业，支持大学生、退役军人、科技人员到村任职。
总之，乡村振兴没有捷径可走，唯有一步一个脚印。
"""


def test_heads_after_the_lead_each_part_opens_with_are_parts() -> None:
    """A commentary's parts each open with the clause the list is named by, then the head
    (推进乡村全面振兴，必须夯实产业根基。…): the cards of each part carry its head."""
    sections = _sections(_LEAD_OPENED_PARTS)
    assert "必须夯实产业根基" in sections[2]
    assert sections[3] - {None} == {"必须补齐设施短板"}
    assert sections[4] - {None} == {"必须激活人才引擎"}
    assert sections.get(5, {None}) == {None}


def test_a_lead_some_paragraphs_open_with_is_no_head() -> None:
    """Paragraphs that open with the lead and name the item inside a clause (…，要在夯实产业根基上
    下功夫) have no heads: an item after the lead must be its sentence's whole clause."""
    card = Card(
        type="list",
        prompt="推进乡村全面振兴（2项）",
        items=["夯实产业根基", "激活人才引擎"],
        origin=Origin(line=2),
    )
    text = "推进乡村全面振兴，要在夯实产业根基上下功夫。发展特色产业。\n推进乡村全面振兴，要在激活人才引擎上下功夫。引导能人返乡。"
    assert _heads_of(card, _paragraphs(text)) == []


_PARTS_UNDER_A_HEADING = """
一、基本情况
今年以来，全县持续推进基层减负，成效初步显现，主要体现在三个方面。
一是会议文件明显精简。全县发文数量同比下降三成，推行“无会周”制度，每月第一周不开会。
二是督查检查明显减少。全县性督查检查事项压减一半以上，推行“综合查一次”。
三是基层干部获得感明显增强。多数干部认为负担有所减轻，有更多时间抓落实、办实事。
二、存在的问题
一些部门热衷于“留痕管理”，要求基层填报的表格名目繁多、内容重复。
"""


def test_parts_under_a_heading_carry_the_heading_and_their_head() -> None:
    """A list under a heading whose items open paragraphs as heads (一是会议文件明显精简。…): its
    cards stand under the heading and their part, and the cards under the next heading do not."""
    sections = _sections(_PARTS_UNDER_A_HEADING)
    assert sections[4] - {"一、基本情况"} == {"一、基本情况 › 督查检查明显减少"}
    assert sections[5] - {"一、基本情况"} == {"一、基本情况 › 基层干部获得感明显增强"}
    assert all("›" not in (section or "") for section in sections.get(7, set()))


_LEAD_OPENED_SENTENCES = """
基层减负不是减责任，更不是减担当。
我们要清醒看到，有的地方把减负理解为少开会、少发文，会议少了但是工作群里的“指尖任务”多了起来。
我们要清醒看到，有的部门把属地管理变成了推卸责任，层层签订责任状，把工作转嫁给乡镇和村社区。
我们要清醒看到，有的考核仍然重痕迹轻实绩，一项工作要拍照片、写材料、建台账，干部疲于应付。
因此，减负必须标本兼治，从源头上破除形式主义顽疾。
"""


def test_a_clause_that_runs_on_after_the_lead_is_no_head() -> None:
    """Paragraphs that open with one clause and go on with a sentence (我们要清醒看到，有的部门…，层层…)
    are a series of points, not parts: their first clauses head nothing (a section would also show
    a gap's words on the front)."""
    card = Card(
        type="list",
        prompt="我们要清醒看到（3项）",
        items=[
            "有的地方把减负理解为少开会、少发文",
            "有的部门把属地管理变成了推卸责任",
            "有的考核仍然重痕迹轻实绩",
        ],
        origin=Origin(line=2),
    )
    assert _heads_of(card, _paragraphs(_LEAD_OPENED_SENTENCES)) == []
    assert all(section == {None} for section in _sections(_LEAD_OPENED_SENTENCES).values())


_SENTENCES_UNDER_A_HEADING = """
（三）基层统战任务日趋复杂
经济社会的深刻变革，给基层统战工作提出了新的课题。
一方面，在非公有制经济占优势地位的县域经济中，引导非公经济人士健康成长的任务越来越重。
另一方面，不同社会阶层、不同利益群体之间的矛盾日趋复杂多样，化解难度不断加大，去年受理信访120余件。
（四）统战干部队伍有待加强
部分乡镇统战委员身兼数职，精力不足。
"""


def test_sentences_under_a_heading_that_a_path_cannot_show_whole_head_no_parts() -> None:
    """Under a heading, paragraphs that open with a long clause (一方面，在…县域经济中，…) are no
    parts: the clause is a sentence's start, and would only repeat the card's own words."""
    heading = "（三）基层统战任务日趋复杂"
    items = ["在非公有制经济占优势地位的县域经济中", "不同社会阶层、不同利益群体之间的矛盾日趋复杂多样"]
    listed = Card(type="list", prompt="p", items=items, origin=Origin(3, heading))
    cloze = Card(type="cloze", text="去年受理信访{{c1::120余件}}。", origin=Origin(4, heading))
    assert _heads_of(listed, _paragraphs(_SENTENCES_UNDER_A_HEADING)) == []
    assert _placed([listed, cloze], _SENTENCES_UNDER_A_HEADING)[1].origin == Origin(4, heading)


def test_a_cloze_whose_gap_stands_in_its_head_is_filed_above_it() -> None:
    """The front shows the section: 推行“{{c1::无会周}}”制度 under 推行“无会周”制度 would give the
    answer away, as a gap that holds the whole head would."""
    place = "一、基本情况 › 推行“无会周”制度"
    quoted = Card(type="cloze", text="一是推行“{{c1::无会周}}”制度。", origin=Origin(4, place))
    other = Card(type="cloze", text="每月第一周{{c1::不开会}}。", origin=Origin(5, place))
    assert filed_above_its_gaps(quoted).origin == Origin(4, "一、基本情况")
    assert filed_above_its_gaps(other).origin == Origin(5, place)
    # (one short word, shown by the head with the card's own character beside it: 推行“)
    verb = Card(type="cloze", text="一是{{c1::推行}}“无会周”制度。", origin=Origin(4, place))
    assert filed_above_its_gaps(verb).origin == Origin(4, "一、基本情况")


_QUESTION_BOOK = """
青峰市遴选面试练习题本
第1题（综合分析）
有人认为，社区治理要靠居民自治；也有人认为，社区治理离不开政府推动。对此你怎么看？
首先，居民自治是社区治理的根基。居民最了解身边的难题，议事会、楼栋长让大家的事大家商量着办。
其次，政府推动是社区治理的保障。编制、经费和制度都要靠政府落实到位，社区才能有人办事、有钱办事。
最后，要把两者结合起来。政府搭台、居民唱戏，形成共建共治共享的社区治理格局。
第2题（组织管理）
单位要组织一次老旧小区加装电梯的意见征集，你会怎么做？
我会先摸清各楼栋住户的底数，再按照“一楼一策、一户一档”的思路分楼栋召开协商会，把意见汇总成台账报给领导。
"""


def test_a_question_books_questions_head_the_cards_of_their_answers() -> None:
    paragraphs = _paragraphs(_QUESTION_BOOK)
    cards = extract_cards(paragraphs, "青峰市遴选面试练习题本", "q")
    sections = {card.origin.line: card.origin.section for card in cards if card.origin}
    assert sections[9] == "第2题（组织管理）"  # not the last part of the answer before
    parts = [card for card in cards if card.type == "list" and "居民自治是社区治理的根基" in card.items]
    assert parts and "本文" not in parts[0].prompt  # the question's parts, not the document's
    assert sections[6] == "第1题（综合分析） › 要把两者结合起来"


@pytest.mark.parametrize(
    "text",
    [
        # one marker alone is a reference, not a paper's questions
        "第一题（综合分析）\n有人认为，社区治理要靠居民自治。对此你怎么看？\n居民最了解身边的难题，议事会让大家的事大家商量着办。",
        # sentences that open with a question's number go on as sentences
        "第一题的答案要点是居民自治，议事会让大家的事大家商量着办。\n第二题考查组织能力，要先摸清底数再分楼栋协商。",
        # materials quoted each in its own paragraph after a colon: labelled paragraphs, no headings
        "资料1：清河县推行“无会周”制度，每月第一周原则上不开会。\n资料2：石门镇推出“一表通”改革，村干部填表时间减少一半。",
        # markers that do not count on (a list of chosen questions, 第三题 第一题)
        "第三题\n居民最了解身边的难题，议事会让大家的事大家商量着办。\n第一题\n编制、经费和制度都要靠政府落实到位。",
        # a list of questions to learn, one under another: a list, not headings
        "思考题\n第1题：怎样理解基层自治的内涵？\n第2题：政府在社区治理中起什么作用？\n第3题：如何做到共建共治共享？",
        # a review of a paper whose paragraphs open with each question, then a comma: sentences
        "今年笔试共三道题。\n第一题，考查综合分析能力，要求谈谈对墩苗的理解。\n"
        "多数考生没有结合材料展开分析。\n第二题，考查贯彻执行能力，要求起草一份倡议书。\n"
        "关键是把握倡议书的格式。",
    ],
)
def test_no_question_headings_where_no_paper_counts_its_questions(text: str) -> None:
    paragraphs = _paragraphs(text)
    assert find_headings(paragraphs) == []


def test_a_question_marker_on_its_own_line_is_no_button() -> None:
    assert not is_furniture("第1题")
    assert not is_furniture("【第12题】")
    assert is_furniture("提示")  # (a button's label still is)
    assert is_furniture("第1")  # (a page number's is no question's marker)


def test_question_buttons_one_under_another_head_nothing() -> None:
    # (a page's buttons to its questions, above the text: kept as lines, no headings over it)
    text = "第1题\n第2题\n第3题\n全县建成新时代文明实践站120个，推行一站一品的建设思路。"
    assert find_headings(_paragraphs(text)) == []


_CLOSED_OUTLINE = """
一、建强阵地
全县建成新时代文明实践站120个，推行“一站一品”的建设思路。
各站开展理论宣讲、文艺演出、科普讲座等活动，群众参与热情高涨。
二、用好队伍
组建“红马甲”志愿服务队伍，推行“群众点单、中心派单、队伍接单”的服务方式。
志愿者深入村组开展帮扶，解决了一批群众身边的难事。
总之，要坚持“建强阵地、用好队伍”两手抓，推动文明实践“有声有色、有情有味”。
"""

_SELF_CLOSED_OUTLINE = """
一、建强阵地
全县建成新时代文明实践站120个，推行“一站一品”的建设思路。
总之，阵地建设要做到“有场地、有队伍、有活动”。
二、用好队伍
组建“红马甲”志愿服务队伍，推行“群众点单、中心派单、队伍接单”的服务方式。
总之，队伍建设要做到“招得来、留得住、用得好”。
"""


def _sections_of(text: str) -> dict[int, set[str | None]]:
    found: dict[int, set[str | None]] = {}
    for card in extract_cards(_paragraphs(text), "桐川县文明实践工作", "c"):
        if card.origin and card.origin.line:
            found.setdefault(card.origin.line, set()).add(card.origin.section)
    return found


def test_a_closing_paragraph_after_the_last_part_is_filed_under_the_document() -> None:
    sections = _sections_of(_CLOSED_OUTLINE)
    assert sections[5] == {"二、用好队伍"}
    assert sections[7] == {None}  # (总之 sums up both parts: not the last part's)


def test_a_closing_paragraph_of_each_part_stays_in_its_part() -> None:
    sections = _sections_of(_SELF_CLOSED_OUTLINE)
    assert sections[3] == {"一、建强阵地"}
    assert sections[6] == {"二、用好队伍"}  # (every part closes itself: so does the last)


@pytest.mark.parametrize(
    "closing",
    [
        "总之，队伍建设要做到“招得来、留得住、用得好”。",
        "总之，队伍建设要做到“招得来、留得住、用得好”。\n"
        "下一步，全县将建立志愿者积分制度，积分可兑换生活用品，激发志愿者参与热情。",
    ],
)
def test_a_closing_paragraph_that_speaks_of_its_own_part_stays_in_it(closing: str) -> None:
    text = _CLOSED_OUTLINE.replace(
        "总之，要坚持“建强阵地、用好队伍”两手抓，推动文明实践“有声有色、有情有味”。", closing
    )
    sections = _sections_of(text)
    assert sections[7] == {"二、用好队伍"}  # (队伍 is the last part's word, no other part's)


def test_a_questions_closing_paragraph_stays_under_its_question() -> None:
    text = _QUESTION_BOOK + "总之，社区的事要“大家议、大家定、大家办”。\n"
    sections = _sections_of(text)
    assert sections[10] == {"第2题（组织管理）"}


_LONG_HEADS_ANSWER = """
青峰市遴选面试练习题本
题目一
有人说，年轻干部应多到基层锻炼。对此你怎么看？
首先，基层是年轻干部了解群众真实诉求的第一课堂。到了村组社区，才能知道群众的急难愁盼。
其次，对经过实践检验而群众又普遍公认的优秀干部。该压担子的要大胆压担子，让他们在一线经受锻炼。
最后，要防止把基层锻炼当作镀金。组织要健全考核，让锻炼不走过场、不搞形式。
题目二
单位要组织一次老旧小区加装电梯的意见征集，你会怎么做？
我会先摸清各楼栋住户的底数，再按照“一楼一策、一户一档”的思路分楼栋召开协商会。
"""


def test_a_questions_answer_is_parted_as_a_document_is() -> None:
    # (a head longer than a path shows whole is kept under a question, as at the document's top)
    sections = _sections_of(_LONG_HEADS_ANSWER)
    assert "题目一 › 要防止把基层锻炼当作镀金" in sections[6]


def test_a_card_that_hides_its_question_is_not_filed_under_it() -> None:
    card = Card(
        type="cloze",
        text="{{c1::第一题（综合分析）}}：某单位提出墩苗",
        origin=Origin(3, "第一题（综合分析）"),
    )
    other = Card(type="cloze", text="某单位提出{{c1::墩苗}}", origin=Origin(3, "第一题（综合分析）"))
    placed = [filed_above_its_gaps(card) for card in [card, other]]
    assert [c.origin.section for c in placed if c.origin] == [None, "第一题（综合分析）"]


_SHARED_LEAD_PARTS = """
抓实基层减负，关键在落实。各地要拿出实招硬招，让基层干部把精力用在干事创业上。
抓实基层减负，要在精简会议文件上见实效
会议文件多，是基层反映最集中的问题。要坚持少开会、开短会，能合并的合并。
抓实基层减负，要在规范督查考核上见实效
督查考核过多过频，让基层疲于迎检。要统筹督查检查事项，减少重复考核。
抓实基层减负，要在整治指尖负担上见实效
政务应用程序层层加码，成了基层的新负担。要清理整合各类应用程序和工作群。
基层减负不是一时之功。一锤接着一锤敲，才能让减负成效真正惠及基层。
"""


def test_heads_that_open_with_one_lead_are_placed_by_what_follows_it() -> None:
    """Heads that all open with the clause their list is named by (抓实基层减负，要在…上见实效) are
    told apart by the words after it: clipped whole, every part would show the same lead."""
    heads = [f"抓实基层减负，要在{what}上见实效" for what in ("精简会议文件", "规范督查考核", "整治指尖负担")]
    parts = _heads_of(_list_card(heads), _paragraphs(_SHARED_LEAD_PARTS))
    assert [head for _, _, head in parts] == [
        "要在精简会议文件上见实效",
        "要在规范督查考核上见实效",
        "要在整治指尖负担上见实效",
    ]


_SHARED_OPENING_PARTS = """
对照检查以来，我结合思想和工作实际作了认真反思，主要有以下体会。
深入理解“枫桥经验”蕴含的群众观点。矛盾在基层，办法也在基层，要相信群众、依靠群众。
深入理解“枫桥经验”体现的法治思维。化解纠纷要于法有据，引导群众依法表达诉求。
深入理解“枫桥经验”彰显的系统观念。综治、信访、司法等力量要握指成拳，形成合力。
"""


def test_heads_that_share_opening_words_are_placed_by_what_follows_them() -> None:
    """Heads that open with the same words inside a clause, clipped just after those words, are
    told apart by what follows them, an ellipsis for the shared words."""
    heads = [f"深入理解“枫桥经验”{what}" for what in ("蕴含的群众观点", "体现的法治思维", "彰显的系统观念")]
    parts = _heads_of(_list_card(heads), _paragraphs(_SHARED_OPENING_PARTS))
    assert [head for _, _, head in parts] == ["…蕴含的群众观点", "…体现的法治思维", "…彰显的系统观念"]


def test_short_heads_keep_their_lead() -> None:
    # (negative: heads a path shows whole keep their words, a shared opening too)
    text = _HEADED_PARTS.replace("第一，抓好", "第一，县里抓好").replace("第二，抓好", "第二，县里抓好")
    parts = _heads_of(_list_card(["县里抓好移风易俗", "县里抓好阵地建设"]), _paragraphs(text))
    assert [head for _, _, head in parts] == ["县里抓好移风易俗", "县里抓好阵地建设"]


def test_a_list_that_names_one_head_twice_heads_no_parts() -> None:
    """A list whose items repeat a head (the lead each part opens with, found as items) names no
    parts: two of them could not be told apart, and the real list of heads places the cards."""
    twice = _list_card(["抓实基层减负", "抓实基层减负", "抓实基层减负", "基层减负不是一时之功"])
    assert _heads_of(twice, _paragraphs(_SHARED_LEAD_PARTS)) == []


_LEAD_IN_EACH_PART = """
基层减负年年讲，基层干部感受如何，是检验减负成效的标尺。抓实基层减负，必须坚持问题导向，拿出实招硬招。
抓实基层减负，要在精简会议文件上见实效。会议文件多，是基层反映最集中的问题。要坚持少开会、开短会，坚决压减发文数量。
抓实基层减负，要在规范督查考核上见实效。督查考核过多过频，让基层疲于迎检。要统筹督查检查事项，坚决减少重复考核。
抓实基层减负，要在整治指尖负担上见实效。政务应用程序层层加码，成了基层的新负担。要清理整合各类应用程序，规范工作群管理。
基层减负不是一时之功。一锤接着一锤敲，才能让减负成效真正惠及基层。
"""


def test_parts_that_open_with_the_lead_a_composed_prompt_asks_are_placed() -> None:
    """A list asked as 抓实基层减负：本段的3个要点 (compose's words after the lead) has the lead each
    part opens with: its cards stand under their part's head, the closing paragraph under none."""
    cards = extract_cards(_paragraphs(_LEAD_IN_EACH_PART), "抓实基层减负", "doc")
    sections = {
        card.origin.line: card.origin.section for card in cards if card.origin and card.type == "cloze"
    }
    assert sections.get(2) == "要在精简会议文件上见实效"
    assert sections.get(3) == "要在规范督查考核上见实效"
    assert 5 in sections and sections[5] is None


# ---------------------------------------------------------------- a closing paragraph without a heading

_REPORT_PARTS = """
一、主要做法
全镇推行“院落议事会”，让村民的事由村民商量着办，全年化解邻里纠纷一百余件。
二、下步打算
（一）办好民生实事
新修村道八公里，为独居老人安装紧急呼叫设备，让群众出门更方便、在家更安心。
（二）壮大集体经济
盘活闲置校舍和厂房，发展来料加工、乡村民宿、特色种养等产业，力争每个村集体经营性收入超过二十万元。
{closing}
"""


def _report_sections(closing: str) -> dict[int, set[str | None]]:
    return _sections_of(_REPORT_PARTS.format(closing=closing).rstrip() + "\n")


@pytest.mark.parametrize(
    "closing",
    [
        "同志们，乡村振兴只有进行时，没有完成时。让我们拿出敢闯、敢干、敢首创的劲头，把蓝图一步步变成实景。",
        "新的一年，全镇将以更实的作风、更细的举措、更严的要求抓好落实，奋力开创镇村发展新局面。",
        "镇村发展是一项长期任务，非一日之功。我们将坚持一张蓝图绘到底，做到敢担当、善作为、求实效，让群众得到更多实惠。",
    ],
)
def test_a_closing_after_the_last_sub_heading_is_the_documents(closing: str) -> None:
    sections = _report_sections(closing)
    assert sections[8] == {None}  # (no longer under （二）壮大集体经济, nor under 二、下步打算)
    assert sections[7] == {"二、下步打算 › （二）壮大集体经济"}


@pytest.mark.parametrize(
    "closing",
    [
        # the last part's own second paragraph: nothing says it closes more than that part
        "同时，引导村民以土地、资金、技术入股合作社，按股分红，让集体增收与农民致富同步推进。",
        "此外，对经营收入较低的村开展结对帮扶，做到一村一策、一村一案、一村一专班，逐村制定增收方案。",
        # a summing-up of the last part only: it echoes its head and no other part's
        "总之，发展集体经济要做到有项目、有收益、有监管，让每个村都有稳定的收入来源。",
    ],
)
def test_the_last_parts_own_paragraph_stays_in_it(closing: str) -> None:
    assert _report_sections(closing)[8] == {"二、下步打算 › （二）壮大集体经济"}


def test_a_salutation_before_another_part_stays_in_its_part() -> None:
    text = _REPORT_PARTS.format(closing="").replace(
        "\n二、下步打算",
        "\n同志们，这些成绩来之不易，凝聚着全镇干部的心血、群众的汗水、社会各界的支持，值得我们倍加珍惜。\n二、下步打算",
    )
    assert _sections_of(text)[3] == {"一、主要做法"}


_SAFETY_SPEECH = """
一、提高政治站位
全县各级党组织要把安全生产摆在突出位置，主要负责同志亲自部署、亲自督促。
二、压实监管责任
行业主管部门要按照“管行业必须管安全”的要求，加密对重点企业的检查频次。
{closing}
"""


@pytest.mark.parametrize(
    "closing",
    [
        "下一步，我们将把隐患排查纳入年度考核，坚持“隐患不除不放过、整改不实不放过”，做到查清、改好、问严。",
        "下一阶段，县里将组织专项督查组分片包干，做到排查不留死角、整改不留尾巴、问责不留情面。",
    ],
)
def test_the_next_step_at_the_texts_end_is_the_documents(closing: str) -> None:
    sections = _sections_of(_SAFETY_SPEECH.format(closing=closing))
    assert sections[5] == {None}  # (what comes next of all the speech said: not the last part's)
    assert sections[4] == {"二、压实监管责任"}


@pytest.mark.parametrize(
    ("text", "line", "section"),
    [
        # it echoes the last part's head alone: that part's own next step
        (
            _SAFETY_SPEECH.format(
                closing="下一步，要压实监管责任，对重点企业逐一建立台账，坚持“检查一家、销号一家”，做到查清、改好、问严。"
            ),
            5,
            "二、压实监管责任",
        ),
        # under a part that is itself what comes next
        (
            _SAFETY_SPEECH.replace("二、压实监管责任", "二、下一步工作打算").format(
                closing="下一步，我们将把隐患排查纳入年度考核，坚持“隐患不除不放过、整改不实不放过”，做到查清、改好、问严。"
            ),
            5,
            "二、下一步工作打算",
        ),
        # not at the text's end: the part's own words, another part follows
        (
            _SAFETY_SPEECH.format(
                closing="下一步，我们将把隐患排查纳入年度考核，坚持“隐患不除不放过、整改不实不放过”。\n"
                "三、强化宣传教育\n各乡镇要推动安全知识进企业、进农村、进学校、进家庭，提高群众的安全意识。"
            ),
            5,
            "二、压实监管责任",
        ),
    ],
)
def test_a_next_step_that_is_the_parts_own_stays_in_it(text: str, line: int, section: str) -> None:
    assert _sections_of(text)[line] == {section}


_NEXT_STEP = (
    "下一步，我们将把隐患排查纳入年度考核，坚持“隐患不除不放过、整改不实不放过”，做到查清、改好、问严。"
)


@pytest.mark.parametrize(
    "closing",
    [
        "下一步，这项工作要纳入乡镇年度考核，实行月调度、季通报，坚持“隐患不除不放过”。",
        "下一步，针对这一问题，我们将组织专项督查组分片包干，做到排查不留死角、整改不留尾巴。",
        "下一阶段，对此类企业要实行“一企一档”，逐一建立台账，做到排查不留死角、整改不留尾巴。",
    ],
)
def test_a_next_step_that_goes_on_with_the_last_task_stays_in_its_part(closing: str) -> None:
    assert _sections_of(_SAFETY_SPEECH.format(closing=closing))[5] == {"二、压实监管责任"}


@pytest.mark.parametrize(
    ("heads", "section"),
    [
        # the last part is a plan under another name than 下一步: its next step is its own
        (("二、2025年工作安排",), "二、2025年工作安排"),
        (("二、明年工作思路",), "二、明年工作思路"),
        # a plan's own parts: the next step leaves the last of them, not the plan
        (("二、2025年工作计划", "（二）抓督查"), "二、2025年工作计划"),
    ],
)
def test_a_next_step_stays_in_a_plan_of_its_own(heads: tuple[str, ...], section: str) -> None:
    text = _SAFETY_SPEECH.replace("二、压实监管责任", "\n".join(heads)).format(closing=_NEXT_STEP)
    assert _sections_of(text)[4 + len(heads)] == {section}


def test_a_next_step_stays_in_its_piece_of_a_collection() -> None:
    """Two reports in one file under headings of their own: the next step at the file's end is the
    second report's, not the file's."""
    lines = [
        ("篇1：甲镇安全生产工作总结", 2),
        ("一、压实监管责任", 3),
        ("行业主管部门要按照“管行业必须管安全”的要求，加密对重点企业的检查频次。", 0),
        ("篇2：乙镇安全生产工作总结", 2),
        ("一、提高政治站位", 3),
        ("全镇各级党组织要把安全生产摆在突出位置，主要负责同志亲自部署、亲自督促。", 0),
        ("二、强化宣传教育", 3),
        ("各村要推动安全知识进企业、进农村、进学校、进家庭，提高群众的安全意识。", 0),
        (_NEXT_STEP, 0),
    ]
    paragraphs = [Paragraph(n, line, heading=level) for n, (line, level) in enumerate(lines, 1)]
    cards = extract_cards(paragraphs, "安全生产工作总结（两篇）", "c")
    assert {c.origin.section for c in cards if c.origin and c.origin.line == 9} == {
        "篇2：乙镇安全生产工作总结"
    }


def test_a_next_step_is_a_closing_kind_only_as_its_opening() -> None:
    assert closing_kind("下一步，我将坚持每月两次走访群众。") == "next"
    assert closing_kind("下阶段，我们要抓好整改落实。") == "next"
    assert closing_kind("我们要研究下一步，拿出更实的举措。") is None
    assert closing_kind("下一步工作打算") is None  # (a heading's words, no comma: no opening)


def test_a_look_ahead_right_under_the_last_heading_is_its_lead() -> None:
    text = (
        "一、主要做法\n全镇推行“院落议事会”，让村民的事由村民商量着办，全年化解邻里纠纷一百余件。\n"
        "二、加强班子建设\n新征程上，镇党委将以更高标准加强自身建设，坚持民主集中制，做到集体领导、分工负责。\n"
    )
    assert _sections_of(text)[4] == {"二、加强班子建设"}


_MEASURES = """
一、存在问题
部分村的监测帮扶机制运行不畅，帮扶措施针对性不强，群众参与积极性不高。
二、对策建议
（一）完善监测机制
建立农户自主申报、干部走访排查、部门数据比对三条渠道，做到早发现、早帮扶。
（二）提升帮扶实效
因户施策落实产业、就业、兜底保障措施，让帮扶资金用在群众最需要的地方。
{measure}
三、几点体会
乡村振兴要坚持群众主体，把群众满意作为检验工作的标准，才能让各项工作有根有据。
"""


def test_a_securing_measure_after_the_last_numbered_measure_is_the_sections() -> None:
    measure = "同时，要加强组织领导，建立镇村两级联席会议制度，做到任务清单化、责任具体化、考核常态化，层层压实责任。"
    sections = _sections_of(_MEASURES.format(measure=measure))
    assert sections[8] == {"二、对策建议"}
    assert sections[7] == {"二、对策建议 › （二）提升帮扶实效"}


def test_a_measure_under_its_own_heading_stays_in_it() -> None:
    measure = "（三）强化组织保障\n同时，要加强组织领导，建立镇村两级联席会议制度，做到任务清单化、责任具体化、考核常态化。"
    sections = _sections_of(_MEASURES.format(measure=measure))
    assert sections[9] == {"二、对策建议 › （三）强化组织保障"}


def test_a_salutation_right_under_the_last_heading_opens_that_part() -> None:
    text = (
        "一、主要做法\n全镇推行“院落议事会”，让村民的事由村民商量着办，全年化解邻里纠纷一百余件。\n"
        "二、压实责任\n同志们，任务已经明确，关键在于落实，这里我提明确分工、锤炼作风、强化考核三点要求。\n"
        "第一，明确分工。镇村干部要做到守土有责、守土负责、守土尽责，层层传导压力。\n"
    )
    assert _sections_of(text)[4] == {"二、压实责任"}


@pytest.mark.parametrize("mark", ["", " ★"])
def test_a_saying_alone_at_the_end_is_a_quotation_not_a_closing(mark: str) -> None:
    # (a note's last 金句 under its heading: one sentence, whatever mark follows it)
    text = (
        "一、主要做法\n全镇推行“院落议事会”，让村民的事由村民商量着办，全年化解邻里纠纷一百余件。\n"
        "二、金句摘录\n乡村振兴要做到产业兴、生态美、百姓富，让农民过上好日子。\n"
        f"乡村振兴只有进行时，没有完成时，要一年接着一年干、一任接着一任干。{mark}\n"
    )
    assert _sections_of(text)[5] == {"二、金句摘录"}


@pytest.mark.parametrize(
    "closing",
    [
        "同志们，这项工作事关长远，要盘活资产、拓宽渠道，让每个村都有稳定收入。",
        "各位同事，此项任务时间紧，要倒排工期、挂图作战，年底前逐村验收。",
        "同志們，這項工作事關長遠，要盤活資產、拓寬渠道，讓每個村都有穩定收入。",  # (as written)
    ],
)
def test_a_salutation_that_goes_on_with_the_last_parts_task_stays_in_it(closing: str) -> None:
    # (这项工作 is the task just spoken of: the part's own words to its hearers)
    assert _report_sections(closing)[8] == {"二、下步打算 › （二）壮大集体经济"}


def test_a_speechs_last_part_keeps_its_second_paragraph_that_opens_with_a_salutation() -> None:
    text = (
        "一、提高思想认识\n安全生产事关群众生命财产安全，要坚持人民至上、生命至上，守牢安全底线。\n"
        "二、压实各方责任\n各级各部门要落实党政同责、一岗双责、齐抓共管、失职追责的要求。\n"
        "同志们，这项工作事关全局，要落实属地管理责任、部门监管责任、企业主体责任，层层压实。\n"
    )
    assert _sections_of(text)[5] == {"二、压实各方责任"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("综上所述，乡村振兴要一张蓝图绘到底。", "summing"),
        ("各位代表、同志们！让我们携起手来。", "addressed"),
        ("让我们撸起袖子加油干。", "addressed"),
        ("站在新的起点上，我们要再接再厉。", "ahead"),
        ("此外，要强化组织保障，明确责任分工。", "measure"),
        ("基层治理是一项长期的系统工程。我们要久久为功。", "lasting"),
        ("总体来看，今年工作有序推进。", None),  # no summing-up word of the class
        ("社区食堂解决了老人吃饭难。这件事永远在路上。", None),  # a lasting task after the first sentence
    ],
)
def test_a_paragraph_opening_as_a_closing_is_told_by_kind(text: str, kind: str | None) -> None:
    assert closing_kind(text) == kind


_WHOLE_SENTENCE_HEADS = """
二、守好纪律规矩，主动接受群众监督
始终把纪律挺在前面，时刻保持清醒头脑。
一是认真执行机关差旅费用报销管理的规定。出差按标准乘车住宿，不超标、不变通。
二是严格遵守公务接待工作“六不准”要求。接待对象、标准、陪餐人数一律按清单执行。
三是管好亲属和身边工作人员。经常提醒家人守法守纪，自觉接受各方监督。
"""

_RUNNING_ON_HEADS = """
二、守好纪律规矩，主动接受群众监督
始终把纪律挺在前面，时刻保持清醒头脑。
一是认真执行机关差旅费用报销管理的规定，出差按标准乘车住宿，不超标、不变通。
二是严格遵守公务接待工作“六不准”要求，接待对象、标准、陪餐人数一律按清单执行。
三是管好亲属和身边工作人员，经常提醒家人守法守纪，自觉接受各方监督。
"""


def test_heads_written_as_whole_sentences_head_parts_though_a_path_clips_them() -> None:
    """一是…。 heads its part even when the path cannot show it whole (longer than compose.PLACE_MAX):
    it ends its sentence, no clause that runs on; the path shows it clipped. The same words that run
    on after a comma (一是…的规定，出差按标准…) are a sentence's start and head nothing."""
    heading = "二、守好纪律规矩"
    items = [
        "认真执行机关差旅费用报销管理的规定",
        "严格遵守公务接待工作“六不准”要求",
        "管好亲属和身边工作人员",
    ]
    listed = Card(type="list", prompt="p", items=items, origin=Origin(2, heading))
    cloze = Card(type="cloze", text="出差按标准乘车住宿，{{c1::不超标、不变通}}。", origin=Origin(3, heading))
    placed = _placed([listed, Card(**vars(cloze))], _WHOLE_SENTENCE_HEADS)[1].origin
    assert placed is not None and placed.section == f"{heading} › 认真执行机关差旅费用报销管理的…"
    assert _heads_of(listed, _paragraphs(_RUNNING_ON_HEADS)) == []
    assert _placed([listed, cloze], _RUNNING_ON_HEADS)[1].origin == Origin(3, heading)


_TWO_OUTLINES = """
座谈会上，与会同志围绕乡村振兴交流了看法。
在产业发展上求突破。要培育特色种养业，发展农产品精深加工，让农民分享产业链增值收益。
在人才引育上求突破。要实施乡土人才培育计划，吸引在外能人返乡创业。
会议还听取了驻村工作队的汇报，大家普遍认为，驻村帮扶成效明显。
抓好村级组织建设。选优配强村党组织书记，推行村干部坐班值守制度，群众办事有人管。
抓好集体经济发展。盘活闲置资产资源，探索入股分红模式，村集体年收入稳步增长。
抓好乡风文明建设。修订完善村规民约，推行积分制管理，评选表彰星级文明户。
"""


def test_lists_of_parts_that_stand_apart_each_head_their_own_parts() -> None:
    """Two lists of heads under one heading whose parts share no paragraph are two outlines: the
    wider does not keep the narrower's paragraphs from their heads. A list whose heads stand inside
    another's part is still no outline (see _HEADED_PARTS's own test)."""
    first = Card(
        type="list", prompt="p", items=["在产业发展上求突破", "在人才引育上求突破"], origin=Origin(2)
    )
    items = ["抓好村级组织建设", "抓好集体经济发展", "抓好乡风文明建设"]
    second = Card(type="list", prompt="q", items=items, origin=Origin(5))
    early = Card(type="cloze", text="吸引在外{{c1::能人}}返乡创业。", origin=Origin(3))
    late = Card(type="cloze", text="探索{{c1::入股分红}}模式。", origin=Origin(6))
    between = Card(type="cloze", text="驻村帮扶{{c1::成效明显}}。", origin=Origin(4))
    placed = _placed([first, second, early, late, between], _TWO_OUTLINES)
    assert [card.origin.section for card in placed[2:] if card.origin] == [
        "在人才引育上求突破",
        "抓好集体经济发展",
        None,
    ]


_LABELLED_POINTS_BESIDE_AN_OUTLINE = """
一、总体思路
会议提出，要把乡村建设摆在更加突出的位置。
原文还有一句：乡村建设是为农民而建，要尊重农民意愿。
出处：2025年全省农村工作会议，会上印发了乡村建设行动方案。
抓好村级组织建设。选优配强村党组织书记，推行村干部坐班值守制度，群众办事有人管。
抓好集体经济发展。盘活闲置资产资源，探索入股分红模式，村集体年收入稳步增长。
抓好乡风文明建设。修订完善村规民约，推行积分制管理，评选表彰星级文明户。
"""


@pytest.mark.parametrize(
    "items",
    [
        ["原文还有一句", "2025年全省农村工作会议"],  # (a label's colon, a clause that runs on)
        ["原文还有一句", "出处：2025年全省农村工作会议"],
    ],
)
def test_a_narrower_list_of_labelled_points_beside_an_outline_heads_no_parts(items: list[str]) -> None:
    """Beside a wider list of parts under the same heading, a list whose heads run on after a colon
    or a comma (a note's 原文还有一句：… 出处：…，…) is a list of points, not parts: its paragraphs keep
    the heading's path, while the wider list's parts still get theirs."""
    heading = "一、总体思路"
    labels = Card(type="list", prompt="会议提出", items=items, origin=Origin(2, heading))
    outline_items = ["抓好村级组织建设", "抓好集体经济发展", "抓好乡风文明建设"]
    parts = Card(type="list", prompt="p", items=outline_items, origin=Origin(5, heading))
    quoted = Card(type="cloze", text="乡村建设是{{c1::为农民而建}}。", origin=Origin(3, heading))
    source = Card(type="cloze", text="会上印发了{{c1::乡村建设行动方案}}。", origin=Origin(4, heading))
    later = Card(type="cloze", text="探索{{c1::入股分红}}模式。", origin=Origin(6, heading))
    placed = _placed([labels, parts, quoted, source, later], _LABELLED_POINTS_BESIDE_AN_OUTLINE)
    assert [card.origin.section for card in placed[2:] if card.origin] == [
        heading,
        heading,
        f"{heading} › 抓好集体经济发展",
    ]


@pytest.mark.parametrize(
    ("after", "heads"), [("。", True), ("！", True), ("，", False), ("；", False), ("：", False)]
)
def test_a_long_head_under_a_heading_heads_its_part_only_when_it_ends_its_sentence(
    after: str, heads: bool
) -> None:
    """Under a heading, a head longer than a path shows is a head written as a sentence when a
    sentence's end follows it; after a comma, a semicolon or a colon it is a sentence's start."""
    heading = "三、改进工作作风"
    items = ["坚决纠治调查研究中走过场搞形式的问题", "切实解决文件会议过多过滥挤占基层时间的问题"]
    text = (
        f"{heading}\n"
        f"一是{items[0]}{after}调研前不打招呼、不要陪同，直奔基层一线掌握真实情况。\n"
        f"二是{items[1]}{after}能合并的会议一律合并，能不发的文件坚决不发。\n"
    )
    listed = Card(type="list", prompt="p", items=items, origin=Origin(2, heading))
    assert bool(_heads_of(listed, _paragraphs(text))) is heads


@pytest.mark.parametrize(
    "text",
    ["乡亲们，让乡村更美、日子更红火，是我们共同的心愿。", "女士们、先生们，合作共赢是我们不变的追求。"],
)
def test_a_closing_salutation_is_read_by_the_words_formulations_leave_off(text: str) -> None:
    # (parts and phrases read one list of addressees: whom a formulation's card leaves off opens a closing)
    assert closing_kind(text) == "addressed"


_COMPILED = """
申论范文选读（第二期）
范文一
以“钉钉子精神”抓好工作落实
抓落实是领导干部的基本功，也是检验作风的试金石。一分部署，九分落实，再好的蓝图不落实也只是一纸空文。
一、抓落实，要有“咬定青山”的定力。目标定了就要一抓到底，不能朝令夕改、虎头蛇尾。
二、抓落实，要有“攻坚克难”的勇气。越是难啃的骨头，越要迎难而上，在破解难题中推动工作。
三、抓落实，要有“久久为功”的韧劲。一张蓝图绘到底，一任接着一任干，做到干净做事、清白做人。
范文二
让乡村文化“活”起来
乡村振兴，既要塑形，也要铸魂。文化是乡村的灵魂，没有文化的振兴，乡村振兴就不完整。
第一，守住文化之根。要保护好古村落、古建筑和非物质文化遗产，让乡愁有处安放。
第二，激活文化之源。要推动文化和旅游深度融合，让沉睡的资源变成发展的资本。
第三，培育文明之风。要推进移风易俗，弘扬新风正气，让文明乡风吹遍田野。
让我们守护好乡村的文化根脉，以久久为功的韧劲推动乡村文化振兴，让乡村文化焕发新的生机。
"""


def test_a_pieces_closing_closes_that_piece_not_the_compilation() -> None:
    """The last essay's closing call (让我们…) stays under that essay's title: it closes the essay, not the
    file it is collected in."""
    sections = _sections_of(_COMPILED)
    assert sections[14] == {"让乡村文化“活”起来"}
    assert "让乡村文化“活”起来 › 守住文化之根" in sections[11]
