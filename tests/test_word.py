"""Reading Word .docx files: heading styles as outline levels, and tables of pairs a row to a line.

The documents are written at run time with python-docx, in this file's own wording."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from yaodian.cards import render_card_file
from yaodian.extractors import extract_document, phrases
from yaodian.extractors.boilerplate import main_text
from yaodian.sources import read_document

BODY = {
    "part1": "学习贯彻党的创新理论，必须原原本本学、联系实际学。我们要做到学思用贯通、知信行统一。",
    "part1a": "读原著、学原文、悟原理是学习理论的基本功。要在学懂弄通做实上下功夫。",
    "part1b": "我们要坚持问题导向、目标导向、结果导向，把理论转化为推动工作的具体举措。",
    "part2": "干部干部，干字当头。面对改革发展稳定任务，我们要敢于担当、善于作为。",
    "part3": "作风建设永远在路上。要持之以恒纠治四风，坚决破除形式主义、官僚主义。",
}


def _save(document: docx.document.Document, tmp_path: Path, name: str = "a.docx") -> Path:
    path = tmp_path / name
    document.save(str(path))
    return path


def _unnumbered_outline(document: docx.document.Document) -> None:
    document.add_paragraph("在学思践悟中砥砺初心", style="Title")
    document.add_paragraph("今年以来，我参加了单位组织的系列专题学习，收获很大。现将体会报告如下。")
    document.add_paragraph("坚持理论学习，夯实思想根基", style="Heading 1")
    document.add_paragraph("原原本本学原著", style="Heading 2")
    document.add_paragraph(BODY["part1a"])
    document.add_paragraph("学以致用促发展", style="Heading 2")
    document.add_paragraph(BODY["part1b"])
    document.add_paragraph("勇于担当作为，提升履职能力", style="Heading 1")
    document.add_paragraph(BODY["part2"])
    document.add_paragraph("加强作风建设，树立良好形象", style="Heading 1")
    document.add_paragraph(BODY["part3"])


def test_heading_styles_without_numbers_are_outline_levels(tmp_path: Path) -> None:
    document = docx.Document()
    _unnumbered_outline(document)
    result = read_document(_save(document, tmp_path))
    headings = {number: layout.heading for number, layout in result.layout.items() if layout.heading}
    assert headings == {3: 1, 4: 2, 6: 2, 8: 1, 10: 1}  # a Title names the document: no part
    assert result.title == "在学思践悟中砥砺初心"


def test_unnumbered_heading_parts_are_listed_and_head_their_notes(tmp_path: Path) -> None:
    document = docx.Document()
    _unnumbered_outline(document)
    card_file = extract_document(read_document(_save(document, tmp_path)))
    lists = [card.items for card in card_file.cards if card.type == "list"]
    assert ["坚持理论学习", "勇于担当作为", "加强作风建设"] in lists
    assert ["原原本本学原著", "学以致用促发展"] in lists
    sections = {card.origin.section for card in card_file.cards if card.origin is not None}
    assert any(section and section.startswith("坚持理论学习") for section in sections)
    assert any(section and section.startswith("加强作风建设") for section in sections)


def _style_based_on(document: docx.document.Document, name: str, base: str) -> None:
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles[base]


def _outline_level(element: object, level: int) -> None:
    p_pr = element.get_or_add_pPr()  # type: ignore[attr-defined]
    p_pr.append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{level}"/>'))


def test_outline_level_comes_from_a_base_style_a_custom_style_or_the_paragraph(tmp_path: Path) -> None:
    document = docx.Document()
    _style_based_on(document, "小标题", "Heading 2")  # a custom style based on Heading 2
    part = document.styles.add_style("部分标题", WD_STYLE_TYPE.PARAGRAPH)
    _outline_level(part.element, 0)  # a custom style that sets an outline level of its own
    document.add_paragraph("坚持理论学习，夯实思想根基", style="部分标题")
    document.add_paragraph("原原本本学原著", style="小标题")
    document.add_paragraph(BODY["part1a"])
    own = document.add_paragraph("学以致用促发展")  # a Normal paragraph with an outline level set on it
    _outline_level(own._p, 1)
    document.add_paragraph(BODY["part1b"])
    body_text = document.add_paragraph("正文段落不进大纲")  # outline level 9 is body text
    _outline_level(body_text._p, 9)
    result = read_document(_save(document, tmp_path))
    assert {n: layout.heading for n, layout in result.layout.items()} == {1: 1, 2: 2, 4: 2}


def test_typed_numbers_on_headings_are_read_by_the_marker_rules_once(tmp_path: Path) -> None:
    # 一、/（一） typed into Heading 1/2: no heading layout, the parts are listed once, by their numbers
    document = docx.Document()
    document.add_paragraph("在学思践悟中砥砺初心", style="Title")
    document.add_paragraph("今年以来，我参加了单位组织的系列专题学习，收获很大。现将体会报告如下。")
    document.add_paragraph("一、坚持理论学习，夯实思想根基", style="Heading 1")
    document.add_paragraph("原原本本学原著", style="Heading 2")  # unnumbered, under a numbered level
    document.add_paragraph(BODY["part1a"])
    document.add_paragraph("二、勇于担当作为，提升履职能力", style="Heading 1")
    document.add_paragraph(BODY["part2"])
    document.add_paragraph("三、加强作风建设，树立良好形象", style="Heading 1")
    document.add_paragraph(BODY["part3"])
    result = read_document(_save(document, tmp_path))
    assert result.layout == {}
    lists = [card.items for card in extract_document(result).cards if card.type == "list"]
    parts = [items for items in lists if "坚持理论学习" in items]
    assert parts == [["坚持理论学习", "勇于担当作为", "加强作风建设"]]


def _numbered_parts_with_plain_sub_parts(document: docx.document.Document, caption: bool = False) -> None:
    document.add_paragraph("在学思践悟中砥砺初心", style="Title")
    document.add_paragraph("今年以来，我参加了单位组织的系列专题学习，收获很大。现将体会报告如下。")
    document.add_paragraph("一、坚持理论学习，夯实思想根基", style="Heading 1")
    document.add_paragraph("原原本本学原著", style="Heading 2")
    document.add_paragraph(BODY["part1a"])
    if not caption:
        document.add_paragraph("学以致用促发展", style="Heading 2")
    document.add_paragraph(BODY["part1b"])
    document.add_paragraph("二、勇于担当作为，提升履职能力", style="Heading 1")
    document.add_paragraph(BODY["part2"])
    if caption:
        document.add_paragraph("图为青年干部在田间地头调研", style="Heading 2")  # a one-line caption
    document.add_paragraph("三、加强作风建设，树立良好形象", style="Heading 1")
    document.add_paragraph(BODY["part3"])


def test_plain_heading_styles_under_a_numbered_heading_make_one_outline(tmp_path: Path) -> None:
    # 一、 typed into Heading 1, two plain Heading 2s under it: the styles' levels rank them all
    document = docx.Document()
    _numbered_parts_with_plain_sub_parts(document)
    result = read_document(_save(document, tmp_path))
    assert {n: layout.heading for n, layout in result.layout.items()} == {3: 1, 4: 2, 6: 2, 8: 1, 10: 1}
    cards = extract_document(result).cards
    lists = [card.items for card in cards if card.type == "list"]
    assert ["原原本本学原著", "学以致用促发展"] in lists
    assert sum("坚持理论学习" in items for items in lists) == 1
    sections = {card.text.split("，")[0]: card.origin.section for card in cards if card.type == "cloze"}
    assert any(section == "一、坚持理论学习，夯实思想根基 › 学以致用促发展" for section in sections.values())
    assert any(section and section.startswith("三、加强作风建设") for section in sections.values())


def test_a_lone_plain_heading_under_a_numbered_one_stays_body(tmp_path: Path) -> None:
    # one plain Heading 2 under a numbered part (a caption): no sub-parts, no layout, no section
    document = docx.Document()
    _numbered_parts_with_plain_sub_parts(document, caption=True)
    result = read_document(_save(document, tmp_path))
    assert result.layout == {}
    sections = {card.origin.section for card in extract_document(result).cards if card.origin}
    assert not any(section and "图为" in section for section in sections)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("图为驻村干部走访脱贫户", "▲ 志愿者在社区开展政策宣讲"),
        ("思考题", "延伸阅读"),
    ],
)
def test_captions_or_a_study_texts_labels_styled_as_headings_are_no_sub_parts(
    tmp_path: Path, first: str, second: str
) -> None:
    # two plain Heading 2s under one numbered part that name no sub-part: the typed numbers
    # stay the outline, and neither line heads a section
    document = docx.Document()
    document.add_paragraph("在学思践悟中砥砺初心", style="Title")
    document.add_paragraph("一、坚持理论学习，夯实思想根基", style="Heading 1")
    document.add_paragraph(BODY["part1a"])
    document.add_paragraph(first, style="Heading 2")
    document.add_paragraph(BODY["part1b"])
    document.add_paragraph(second, style="Heading 2")
    document.add_paragraph("二、勇于担当作为，提升履职能力", style="Heading 1")
    document.add_paragraph(BODY["part2"])
    document.add_paragraph("三、加强作风建设，树立良好形象", style="Heading 1")
    document.add_paragraph(BODY["part3"])
    result = read_document(_save(document, tmp_path))
    assert result.layout == {}


def test_bold_paragraph_and_heading_styled_sentence_are_no_headings(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("坚持理论学习，夯实思想根基", style="Heading 1")
    document.add_paragraph(BODY["part1"])
    document.add_paragraph("勇于担当作为，提升履职能力", style="Heading 1")
    document.add_paragraph(BODY["part2"])
    bold = document.add_paragraph()
    bold.add_run("加强作风建设，树立良好形象").bold = True  # bold Normal: emphasis, not a heading
    document.add_paragraph(BODY["part3"])
    document.add_paragraph(
        "同志们，让我们以更加昂扬的斗志，奋力谱写新篇章！", style="Heading 1"
    )  # a one-line 结语
    result = read_document(_save(document, tmp_path))
    assert {n: layout.heading for n, layout in result.layout.items()} == {1: 1, 3: 1}
    lists = [card.items for card in extract_document(result).cards if card.type == "list"]
    assert not any("奋力谱写新篇章" in " ".join(items) for items in lists)


def _table(document: docx.document.Document, rows: list[list[str]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text


def test_a_table_of_pairs_is_read_a_row_to_a_line(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("对照要求，查找差距如下：")
    _table(
        document,
        [
            ["存在的差距", "整改方向"],
            ["理论学习不够系统", "制定学习计划，每月精读一本著作"],
            ["调查研究不够深入", "每季度到基层蹲点调研"],
        ],
    )
    document.add_paragraph("会议议程如下：")
    _table(document, [["9:00—9:20", "通报一季度工作进展"], ["9:20—10:00", "各乡镇汇报工作情况"]])
    result = read_document(_save(document, tmp_path))
    assert result.lines[1:] == [
        "存在的差距：理论学习不够系统；整改方向：制定学习计划，每月精读一本著作",
        "存在的差距：调查研究不够深入；整改方向：每季度到基层蹲点调研",
        "会议议程如下：",
        "9:00—9:20：通报一季度工作进展",  # (a time is no column label: no header row)
        "9:20—10:00：各乡镇汇报工作情况",
    ]


def test_a_sign_in_sheet_reads_with_its_column_labels_and_lists_nothing(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("关于召开乡村振兴工作推进会的通知", style="Title")
    document.add_paragraph("经研究，决定召开全县乡村振兴工作推进会。现将有关事项通知如下。")
    document.add_paragraph("一、会议时间")
    document.add_paragraph("2024年4月8日上午9时，县政府三楼会议室。")
    document.add_paragraph("二、参会人员签到")
    _table(document, [["姓名", "单位"], ["刘明", "城关镇"], ["陈静", "县农业农村局"], ["周强", ""]])
    document.add_paragraph("三、有关要求")
    document.add_paragraph("请各单位主要负责同志准时参会，不得请假。")
    path = _save(document, tmp_path)
    assert read_document(path).lines[5:7] == ["姓名：刘明；单位：城关镇", "姓名：陈静；单位：县农业农村局"]
    card_file = extract_document(read_document(path))
    lists = [card.items for card in card_file.cards if card.type == "list"]
    assert not [items for items in lists if "城关镇" in items]
    assert not [card for card in card_file.cards if card.type == "cloze" and "城关镇" in card.text]


def test_wide_tables_and_layout_tables_are_read_cell_by_cell(tmp_path: Path) -> None:
    document = docx.Document()
    _table(document, [["序号", "任务", "时限"], ["1", "完善制度", "6月底"]])  # one row: a form, no records
    _table(document, [["抄送：县委办公室"], ["县政府办公室"]])  # one column: a page's layout
    table = document.add_table(rows=1, cols=2)  # a cell of two paragraphs: a form's box of text
    table.cell(0, 0).text = "个人总结"
    table.cell(0, 1).text = "一年来，我认真学习。"
    table.cell(0, 1).add_paragraph("今后我将继续努力。")
    result = read_document(_save(document, tmp_path))
    assert result.lines == [
        "序号", "任务", "时限", "1", "完善制度", "6月底",
        "抄送：县委办公室", "县政府办公室",
        "个人总结", "一年来，我认真学习。", "今后我将继续努力。",
    ]  # fmt: skip


def test_a_heading_style_inside_a_table_heads_nothing(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=1)
    table.cell(0, 0).paragraphs[0].text = "表内标题"
    table.cell(0, 0).paragraphs[0].style = document.styles["Heading 1"]
    table.cell(1, 0).text = "表内正文"
    assert read_document(_save(document, tmp_path)).layout == {}


def _heading_first(document: docx.document.Document) -> None:
    """Three unnumbered Heading 1 parts, the first at the top of the file with prose under it."""
    document.add_paragraph("筑牢信仰之基", style="Heading 1")
    document.add_paragraph(BODY["part1"])
    document.add_paragraph("扛起发展之责", style="Heading 1")
    document.add_paragraph(BODY["part2"])
    document.add_paragraph("守住廉洁之线", style="Heading 1")
    document.add_paragraph(BODY["part3"])


def test_a_first_heading_1_over_prose_is_part_1_not_the_title(tmp_path: Path) -> None:
    document = docx.Document()
    _heading_first(document)
    path = _save(document, tmp_path, "党课讲稿.docx")
    assert read_document(path).title == "党课讲稿"  # (no Title property: the file's name)
    card_file = extract_document(read_document(path))
    lists = [card.items for card in card_file.cards if card.type == "list"]
    assert ["筑牢信仰之基", "扛起发展之责", "守住廉洁之线"] in lists


def test_a_bold_cover_line_over_a_first_heading_part_is_the_title(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph().add_run("以学铸魂 以学增智").bold = True
    _heading_first(document)
    assert read_document(_save(document, tmp_path)).title == "以学铸魂 以学增智"


def test_a_first_heading_1_over_a_byline_or_centred_alone_names_the_document(tmp_path: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = docx.Document()
    document.add_paragraph("在学思践悟中砥砺初心", style="Heading 1")
    document.add_paragraph("——学习贯彻主题教育的体会")
    document.add_paragraph("市委政策研究室 李明")
    _heading_first(document)
    assert read_document(_save(document, tmp_path, "a.docx")).title == "在学思践悟中砥砺初心"

    document = docx.Document()
    document.add_paragraph("在学思践悟中砥砺初心", style="Heading 1").alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph(BODY["part1a"])
    _heading_first(document)
    assert read_document(_save(document, tmp_path, "b.docx")).title == "在学思践悟中砥砺初心"


def test_a_body_style_based_on_a_heading_style_heads_nothing(tmp_path: Path) -> None:
    document = docx.Document()
    _style_based_on(document, "正文段落", "Heading 2")
    _style_based_on(document, "小标题", "Heading 2")
    document.add_paragraph("关于基层减负情况的调研报告", style="Title")
    document.add_paragraph("按照工作安排，调研组深入五个乡镇开展了专题调研。", style="正文段落")
    document.add_paragraph("总体情况", style="小标题")
    document.add_paragraph("各乡镇会议文件数量同比下降三成，督查检查明显减少。", style="正文段落")
    document.add_paragraph("主要做法归纳如下：", style="正文段落")
    document.add_paragraph("问题短板", style="小标题")
    document.add_paragraph("部分单位仍存在以考核代替指导的现象。", style="正文段落")
    document.add_paragraph("调研组", style="正文段落")
    document.add_paragraph("2024年5月", style="正文段落")
    result = read_document(_save(document, tmp_path))
    headings = {result.lines[number - 1] for number, layout in result.layout.items() if layout.heading}
    assert headings == {"总体情况", "问题短板"}


def test_lead_ins_and_a_closing_signature_styled_as_headings_head_nothing(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("关于基层减负情况的调研报告", style="Title")
    document.add_paragraph("总体情况", style="Heading 2")
    document.add_paragraph("各乡镇会议文件数量同比下降三成。")
    document.add_paragraph("具体数据如下：", style="Heading 2")
    document.add_paragraph("会议减少120次，文件减少300件。")
    document.add_paragraph("问题短板", style="Heading 2")
    document.add_paragraph("部分单位仍存在以考核代替指导的现象。")
    document.add_paragraph("调研组", style="Heading 2")
    document.add_paragraph("二〇二四年五月十日", style="Heading 2")
    result = read_document(_save(document, tmp_path))
    headings = {result.lines[number - 1] for number, layout in result.layout.items() if layout.heading}
    assert headings == {"总体情况", "问题短板"}


def test_a_salutation_styled_as_a_heading_is_no_part(tmp_path: Path) -> None:
    for salutation in ("同志们", "同志们："):
        document = docx.Document()
        document.add_paragraph("在年度民主生活会上的对照检查发言", style="Title")
        document.add_paragraph(salutation, style="Heading 2")
        document.add_paragraph("根据会议安排，我围绕会议主题作对照检查发言。")
        document.add_paragraph("理论学习方面", style="Heading 2")
        document.add_paragraph(BODY["part1"])
        document.add_paragraph("担当作为方面", style="Heading 2")
        document.add_paragraph(BODY["part2"])
        card_file = extract_document(read_document(_save(document, tmp_path)))
        lists = [card.items for card in card_file.cards if card.type == "list"]
        assert ["理论学习方面", "担当作为方面"] in lists, salutation


GOLDEN = Path(__file__).parent / "data" / "golden" / "word"


def _table_of_pairs(tmp_path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("2024年度个人对照检查材料", style="Title")
    document.add_paragraph("对照年初确定的目标任务，我认真查摆了自身存在的差距，并明确了今后的努力方向。")
    _table(
        document,
        [
            ["存在的差距", "努力方向"],
            ["理论学习不够深入系统", "持续深化理论武装筑牢思想根基"],
            ["联系服务群众不够经常", "主动深入基层倾听群众意见建议"],
            ["攻坚克难的劲头有所减弱", "保持奋发有为的精神状态"],
        ],
    )
    document.add_paragraph("今后我将以更高标准严格要求自己，切实把整改措施落到实处。")
    return _save(document, tmp_path, "对照检查.docx")


def test_a_table_of_pairs_asks_each_rows_second_cell_and_no_column_label(
    tmp_path: Path, update_golden: bool
) -> None:
    document = read_document(_table_of_pairs(tmp_path))
    assert [number for number, layout in document.layout.items() if layout.table_row] == [3, 4, 5]
    card_file = extract_document(document)
    clozes = [card.text for card in card_file.cards if card.type == "cloze"]
    assert "存在的差距：攻坚克难的劲头有所减弱；努力方向：{{c1::保持奋发有为的精神状态}}" in clozes
    assert not any("{{c1::存在的差距}}" in text or "::努力方向}}" in text for text in clozes)
    card_file.source = "对照检查.docx"  # (not the run's temporary folder)
    actual = render_card_file(card_file)
    golden = GOLDEN / "table_of_pairs.yaml"
    if update_golden or not golden.exists():
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
        if not update_golden:
            pytest.fail(f"{golden} did not exist; written now, review and commit it")
    assert actual == golden.read_text(encoding="utf-8")


def test_the_first_column_of_a_table_of_statements_is_a_list(tmp_path: Path) -> None:
    """The second column's cells are the row cards' answers: no list repeats them."""
    document = docx.Document()
    document.add_paragraph("一年来，工作中还有一些不足，主要表现在以下方面：")
    _table(
        document,
        [
            ["主要问题", "改进举措"],
            ["服务企业主动性不强，上门走访偏少", "建立领导干部包联企业制度，每月走访一次"],
            ["项目谋划储备不足，前期工作滞后", "组建项目专班，提前做好用地和环评准备"],
        ],
    )
    lists = [
        (card.prompt, card.items)
        for card in extract_document(read_document(_save(document, tmp_path))).cards
        if card.type == "list"
    ]
    assert ("主要表现在以下方面：主要问题（2项）", ["服务企业主动性不强", "项目谋划储备不足"]) in lists
    assert not [items for prompt, items in lists if "改进举措" in prompt]


def test_a_table_of_records_reads_a_row_to_a_line_and_pairs_its_problem_with_its_measure(
    tmp_path: Path,
) -> None:
    document = docx.Document()
    document.add_paragraph("个人检视剖析材料", style="Title")
    document.add_paragraph("对照检视要求，现将查摆的问题和整改打算报告如下：")
    _table(
        document,
        [
            ["编号", "问题清单", "整改措施", "完成时限"],
            ["1", "学习贯彻不够深入，学用脱节", "建立学习台账，每季度撰写一篇心得", "长期坚持"],
            ["2", "服务基层不够主动，走访偏少", "每月带队走访联系村不少于一次", "2025年9月"],
            ["3", "抓落实有畏难情绪，推进缓慢", "建立任务清单，逐项明确节点、倒排工期", "立行立改"],
        ],
    )
    document.add_paragraph("以上问题，我将认真整改。")
    result = read_document(_save(document, tmp_path))
    assert result.lines[2:5] == [
        "问题清单：学习贯彻不够深入，学用脱节；整改措施：建立学习台账，每季度撰写一篇心得；完成时限：长期坚持",
        "问题清单：服务基层不够主动，走访偏少；整改措施：每月带队走访联系村不少于一次；完成时限：2025年9月",
        "问题清单：抓落实有畏难情绪，推进缓慢；整改措施：建立任务清单，逐项明确节点、倒排工期；完成时限：立行立改",
    ]
    cards = extract_document(result).cards
    clozes = [card.text for card in cards if card.type == "cloze"]
    assert "问题清单：服务基层不够主动，走访偏少；整改措施：{{c1::每月带队走访联系村不少于一次}}" in clozes
    assert not [text for text in clozes if "问题清单" not in text]  # (a measure always beside its problem)
    assert not [
        text for text in clozes if re.search(r"\{\{c\d+::(?:问题清单|整改措施|完成时限|长期坚持)", text)
    ]
    lists = [(card.prompt, card.items) for card in cards if card.type == "list"]
    assert not [items for _, items in lists if "整改措施" in items or "完成时限" in items]


@pytest.mark.parametrize(
    "rows",
    [
        # a form: its first row is a name and a value, not labels
        [
            ["姓名", "李红", "性别", "女"],
            ["出生年月", "1986年5月", "民族", "汉族"],
            ["籍贯", "湖南", "学历", "大学"],
        ],
        # a grid of figures under labels: no column states anything
        [["乡镇", "户数", "占比"], ["城关镇", "12", "30%"], ["河口镇", "8", "20%"], ["新桥镇", "20", "50%"]],
        # a roster with no header: its first row is data
        [["县发展改革局", "赵明", "局长"], ["县财政局", "钱亮", "副局长"], ["县统计局", "孙伟", "科员"]],
        # the same label twice: a form's columns of names and values
        [
            ["事项", "内容", "事项", "内容"],
            ["学习", "系统学习党章党规党纪", "调研", "开展蹲点调研形成调研报告"],
            ["整改", "建立问题整改清单和台账", "督查", "开展整改落实专项督查"],
        ],
    ],
)
def test_a_wide_table_that_holds_no_records_is_read_cell_by_cell(
    tmp_path: Path, rows: list[list[str]]
) -> None:
    document = docx.Document()
    _table(document, rows)
    assert read_document(_save(document, tmp_path)).lines == [cell for row in rows for cell in row]


def test_a_records_column_of_figures_stays_and_one_counting_its_rows_goes(tmp_path: Path) -> None:
    document = docx.Document()
    _table(
        document,
        [
            ["项次", "短板弱项", "补短举措", "涉及人数"],
            ["1", "业务培训覆盖面不够广", "分层分类开展全员轮训，每年不少于两期", "12"],
            ["2", "窗口服务标准不够统一", "制定服务事项清单，统一办事指南", "7"],
        ],
    )
    assert read_document(_save(document, tmp_path)).lines == [
        "短板弱项：业务培训覆盖面不够广；补短举措：分层分类开展全员轮训，每年不少于两期；涉及人数：12",
        "短板弱项：窗口服务标准不够统一；补短举措：制定服务事项清单，统一办事指南；涉及人数：7",
    ]


def test_a_records_column_labels_are_no_tags_of_its_deck(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("窗口服务提升方案", style="Title")
    document.add_paragraph("为提升政务服务水平，制定如下任务分工：")
    labels = ["具体任务", "责任股室", "办结时限"]
    tasks = [
        "推行帮办代办服务机制",
        "压缩企业开办办理时间",
        "完善一窗通办系统功能",
        "开展窗口人员业务比武",
        "建立群众评价反馈机制",
    ]
    _table(document, [labels] + [[task, "审批服务股", "2025年底"] for task in tasks])
    tags = extract_document(read_document(_save(document, tmp_path))).tags
    assert tags and not [tag for tag in tags if any(tag in label for label in labels)]


def _runs(document: docx.document.Document, *pieces: str, style: str | None = None) -> None:
    """A paragraph of runs, each piece written **so** in bold."""
    paragraph = document.add_paragraph(style=style)
    for piece in pieces:
        bold = piece.startswith("**") and piece.endswith("**")
        paragraph.add_run(piece.strip("*") if bold else piece).bold = bold or None


def test_bold_runs_inside_a_paragraph_are_its_marked_formulations(tmp_path: Path) -> None:
    """The texts a paragraph sets in bold (by the run, a bold character style, or its paragraph's
    bold style where other runs are set back to regular) are the author's marks, as a Markdown
    line's **…** are: the formulations the learner recites, each a gap of its sentence. Not a
    paragraph set in bold whole (its list number aside), nor bold in a heading, nor a bold word or
    label of a few characters (一是, 答：)."""
    document = docx.Document()
    marked = document.styles.add_style("要点", WD_STYLE_TYPE.CHARACTER)
    marked.font.bold = True
    _runs(
        document,
        "大家要清醒认识到，",
        "**作风建设是攻坚战，**",
        "**更是持久战**",
        "。不能把作风建设当成一阵风。",
    )
    emphasis = document.add_paragraph("留住人才，关键是")
    emphasis.add_run("以事业留人、以感情留人", style="要点")
    emphasis.add_run("，让他们在基层安心干事。")
    _runs(document, "**二、**", "**加强作风建设，树立良好形象。**")  # a bold line
    _runs(document, "坚持", "**人民至上**", "的价值取向", style="Heading 2")
    _runs(document, "全年重点抓好三件事：", "**一是**", "稳就业；二是保民生；三是防风险。")
    _runs(document, "**答：**", "主要考虑有三个方面，一是贯彻部署，二是回应关切，三是破解难题。")
    stressed = document.styles.add_style("强调段落", WD_STYLE_TYPE.PARAGRAPH)
    stressed.font.bold = True  # a bold paragraph style: its runs set back to regular are not bold
    styled = document.add_paragraph(style="强调段落")
    styled.add_run("实践证明，").bold = False
    styled.add_run("减负是手段，赋能是目的")
    styled.add_run("，要把精力用在抓落实上。").bold = False
    document.add_paragraph("群众路线是我们党的生命线和根本工作路线。", style="强调段落")  # bold whole
    read = read_document(_save(document, tmp_path))
    emphasised = {number: shape.emphasised for number, shape in read.layout.items() if shape.emphasised}
    assert emphasised == {
        1: ("作风建设是攻坚战，更是持久战",),
        2: ("以事业留人、以感情留人",),
        5: ("一是",),
        6: ("答：",),
        7: ("减负是手段，赋能是目的",),
    }
    assert phrases.marked_formulations(main_text(read.lines, read.layout)) == {
        1: {"作风建设是攻坚战，更是持久战"},
        2: {"以事业留人、以感情留人"},
        7: {"减负是手段，赋能是目的"},
    }
    clozes = [card.text for card in extract_document(read).cards if card.type == "cloze"]
    assert any("{{c1::作风建设是攻坚战，更是持久战}}" in text for text in clozes)
