"""Text exported from slides: a PPT's outline, 第N页 (幻灯片 N, Slide N, P3) over each slide.

Each slide's first line is read as a heading, as a Markdown heading is, so the outline groups
the slide's bullets under it; the markers and the footer a template prints on every slide (the
unit's name, the date) go; lines opening with a bullet glyph (▲ ■ ●) or a circled number are
list items, the glyph left out as Markdown's list marks are. Line numbers stay those of the file.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from yaodian.errors import YaodianError
from yaodian.extractors import extract_document
from yaodian.sources import Document, LineLayout, read_document

DECK = Path(__file__).resolve().parent / "data" / "slides" / "xiangcun_ppt.txt"
FOOTER = "青山镇党委宣传办  2025年3月"


def _read(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "deck.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def _list_cards(document: Document) -> list[tuple[str, list[str]]]:
    return [(card.prompt, card.items) for card in extract_document(document).cards if card.type == "list"]


def test_slide_titles_are_headings_and_markers_and_footer_go() -> None:
    document = read_document(DECK)
    raw = DECK.read_text(encoding="utf-8").split("\n")
    assert len(document.lines) == len(raw)  # line numbers are the file's
    headings = {
        number: document.lines[number - 1] for number, shape in document.layout.items() if shape.heading
    }
    assert headings == {2: "全面推进乡村振兴", 7: "产业振兴", 14: "人才振兴", 21: "组织振兴"}
    assert not any(line.startswith("第") and line.endswith("页") for line in document.lines)
    assert FOOTER not in document.lines
    assert raw.count(FOOTER) == 4


def test_bullet_glyphs_are_list_items_without_the_glyph() -> None:
    document = read_document(DECK)
    assert document.lines[7] == "发展特色种养业"
    assert document.layout[8] == LineLayout(bullet=1)
    assert document.lines[14] == "① 引导高校毕业生返乡创业"  # a number stays, as in a Markdown list
    assert document.layout[15] == LineLayout(bullet=1)
    assert document.lines[2] == "——主题党日学习课件"
    assert 3 not in document.layout  # a line without a glyph is no list item


def test_the_outline_groups_each_slides_bullets_under_its_title() -> None:
    cards = _list_cards(read_document(DECK))
    assert (
        "产业振兴：本节的3个要点",
        ["发展特色种养业", "培育农产品加工企业", "推动农文旅融合发展"],
    ) in cards
    assert (
        "人才振兴：本节的3个要点",
        ["引导高校毕业生返乡创业", "培养高素质农民", "选派驻村第一书记"],
    ) in cards


def test_a_line_between_bullets_of_one_glyph_does_not_split_their_list() -> None:
    document = read_document(DECK)
    assert document.layout[24] == LineLayout(bullet=2)  # 重在发挥党员先锋模范作用
    assert (
        "组织振兴：本节的3个要点",
        ["建强村党组织", "健全村民自治制度", "推进平安乡村建设"],
    ) in _list_cards(document)


@pytest.mark.parametrize("marker", ["第 {} 页", "幻灯片 {}", "Slide {}", "P{}", "第{}张："])
def test_other_slide_markers(tmp_path: Path, marker: str) -> None:
    text = DECK.read_text(encoding="utf-8")
    for number in range(1, 5):
        text = text.replace(f"第{number}页", marker.format(number))
    document = _read(tmp_path, text)
    assert [number for number, shape in document.layout.items() if shape.heading] == [2, 7, 14, 21]


PDF_PAGES = """\
各地区各部门要深入学习贯彻党中央关于全面推进乡村振兴的决策部署，坚持农业农村优先发展，
把产业振兴作为重中之重，因地制宜发展特色产业，促进农民增收致富。
要强化人才支撑，引导各类人才投身乡村建设，
健全乡村治理体系，建设宜居宜业和美乡村。
第1页
二、主要任务
（一）发展乡村产业。依托农业农村特色资源，做精乡土特色产业，培育农业产业化联合体。
（二）加强人才培养。实施高素质农民培育计划，鼓励和引导各类人才返乡入乡创新创业。
第2页
（三）健全治理体系。坚持自治、法治、德治相结合，完善村民自治制度。
（四）改善人居环境。扎实推进农村厕所革命、生活污水和垃圾治理。
第3页
"""


def test_page_numbers_under_a_pdfs_pages_are_no_slides(tmp_path: Path) -> None:
    document = _read(tmp_path, PDF_PAGES)
    assert not any(shape.heading for shape in document.layout.values())
    assert "（三）健全治理体系。坚持自治、法治、德治相结合，完善村民自治制度。" in document.lines


def test_two_markers_are_no_deck(tmp_path: Path) -> None:
    text = "第1页\n产业振兴\n▲ 发展特色种养业\n▲ 培育农产品加工企业\n\n第2页\n人才振兴\n① 培养高素质农民\n"
    document = _read(tmp_path, text)
    assert document.layout == {}
    assert document.lines[0] == "第1页"


def test_speaker_notes_go_to_the_next_slide() -> None:
    document = read_document(DECK)
    raw = DECK.read_text(encoding="utf-8").split("\n")
    assert raw[27].startswith("备注：") and raw[28].startswith("讲完后")
    assert document.lines[27:29] == ["", ""]
    assert all("五分钟" not in (card.text or card.prompt) for card in extract_document(document).cards)


# ---------------------------------------------------------------- .pptx (python-pptx)

PPTX = DECK.with_name("xiangcun.pptx")  # written by make_xiangcun_pptx.py beside it


def test_pptx_titles_are_headings_and_body_paragraphs_list_items_at_their_level() -> None:
    document = read_document(PPTX)
    shapes = {line: document.layout.get(number) for number, line in enumerate(document.lines, 1) if line}
    assert document.title == "全面推进乡村振兴"
    assert document.meta["format"] == "pptx"
    assert shapes["产业振兴"] == LineLayout(heading=1)
    assert shapes["发展特色种养业"] == LineLayout(bullet=1)
    assert shapes["建强村党组织"] == LineLayout(bullet=1)
    assert shapes["选优配强带头人"] == LineLayout(bullet=2)
    assert shapes["主题党日学习课件"] is None  # a subtitle, and a text box's text, are paragraphs
    assert shapes["产业兴旺是解决农村一切问题的前提"] is None


def test_pptx_speaker_notes_are_left_out() -> None:
    document = read_document(PPTX)
    assert not any("五分钟" in line for line in document.lines)


def test_pptx_cards_group_each_slides_points_under_its_title() -> None:
    cards = _list_cards(read_document(PPTX))
    assert (
        "产业振兴：本节的3个要点",
        ["发展特色种养业", "培育农产品加工企业", "推动农文旅融合发展"],
    ) in cards
    assert ("组织振兴：本节的2个要点", ["建强村党组织", "健全村民自治制度"]) in cards
    assert ("建强村党组织：本节的2个要点", ["选优配强带头人", "整顿软弱涣散村党组织"]) in cards


def test_damaged_pptx_is_named_in_one_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pptx"
    with zipfile.ZipFile(PPTX) as source, zipfile.ZipFile(broken, "w") as copy:
        for item in source.infolist():
            data = b"<p:presentation" if item.filename == "ppt/presentation.xml" else source.read(item)
            copy.writestr(item, data)
    with pytest.raises(YaodianError) as error:
        read_document(broken)
    assert error.value.message.startswith("cannot read as a PowerPoint presentation: Namespace prefix p")
    cut = tmp_path / "cut.pptx"
    cut.write_bytes(PPTX.read_bytes()[:2000])
    with pytest.raises(YaodianError) as error:
        read_document(cut)
    assert error.value.message == "cannot read as a PowerPoint presentation: File is not a zip file"
    fake = tmp_path / "fake.pptx"
    fake.write_text("not a presentation", encoding="utf-8")
    with pytest.raises(YaodianError) as error:
        read_document(fake)
    assert error.value.message == "cannot read as a PowerPoint presentation: the file does not start like one"


def test_a_pptx_shape_of_no_known_type_is_read_not_called_damaged(tmp_path: Path) -> None:
    """A text box without its geometry is valid OOXML, but python-pptx's shape_type raises on it."""
    import pptx
    from pptx.util import Inches

    deck = pptx.Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[5])  # title only
    slide.shapes.title.text = "基层治理"
    box = slide.shapes.add_textbox(Inches(1), Inches(2), Inches(6), Inches(1))
    box.text_frame.text = "网格化管理、精细化服务、信息化支撑"
    element = box.element
    element.spPr.remove(element.spPr.prstGeom)
    del element.nvSpPr.cNvSpPr.attrib["txBox"]
    source = tmp_path / "odd_shape.pptx"
    deck.save(source)
    document = read_document(source)
    assert document.title == "基层治理"
    assert "网格化管理、精细化服务、信息化支撑" in document.lines


def _deck_with_table(tmp_path: Path, rows: list[list[str]], closing: str = "") -> Path:
    import pptx
    from pptx.util import Inches

    deck = pptx.Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[5])  # title only
    slide.shapes.title.text = "减负工作的主要举措"
    shape = slide.shapes.add_table(len(rows), len(rows[0]), Inches(1), Inches(2), Inches(8), Inches(3))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            shape.table.cell(r, c).text = text
    if closing:
        end = deck.slides.add_slide(deck.slide_layouts[0])
        end.shapes.title.text = closing
        end.placeholders[1].text = "欢迎批评指正"
    source = tmp_path / "table.pptx"
    deck.save(source)
    return source


def test_a_pptx_tables_rows_are_the_slides_list_items_without_the_header(tmp_path: Path) -> None:
    rows = [
        ["领域", "主要举措", "工作目标"],
        ["精文减会", "严控发文数量和会议规模", "压减30%"],
        ["规范督查", "推行“综合查一次”", "压减50%"],
        ["减轻考核负担", "优化考核指标", "压减20%"],
    ]
    document = read_document(_deck_with_table(tmp_path, rows))
    shapes = {line: document.layout.get(number) for number, line in enumerate(document.lines, 1) if line}
    assert "精文减会：严控发文数量和会议规模；压减30%" in shapes
    assert shapes["规范督查：推行“综合查一次”；压减50%"] == LineLayout(bullet=1)
    assert not any("工作目标" in line for line in document.lines)
    cards = _list_cards(document)
    assert any(items == ["精文减会", "规范督查", "减轻考核负担"] for _, items in cards)


def test_a_pptx_tables_column_of_row_numbers_goes(tmp_path: Path) -> None:
    rows = [["序号", "得分要点"], ["1", "完善数字基础设施"], ["2", "发展农村电商"]]
    document = read_document(_deck_with_table(tmp_path, rows))
    assert "完善数字基础设施" in document.lines and "发展农村电商" in document.lines
    assert "1" not in document.lines


@pytest.mark.parametrize("closing", ["谢谢聆听！", "谢  谢！", "THANK YOU", "感谢您的观看"])
def test_a_pptx_closing_slide_is_no_section(tmp_path: Path, closing: str) -> None:
    document = read_document(_deck_with_table(tmp_path, [["a", "b"], ["c", "d"]], closing))
    assert not any(closing in line or "批评指正" in line for line in document.lines)


def test_pptx_speaker_notes_that_are_the_talks_text_follow_the_slide(tmp_path: Path) -> None:
    import pptx

    talk = (
        "这一部分讲三层意思。第一层，从党的历史看，纪律严明是我们党的光荣传统和独特优势。"
        "第二层，从现实看，“四风”问题树倒根存。第三层，从我们委机关看，更要把纪律挺在前面。"
    )
    deck = pptx.Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])  # title and content
    slide.shapes.title.text = "重大意义"
    slide.placeholders[1].text_frame.text = "加强党的纪律建设的重要举措"
    slide.notes_slide.notes_text_frame.text = talk
    source = tmp_path / "talk.pptx"
    deck.save(source)
    document = read_document(source)
    assert document.lines[:3] == ["重大意义", "加强党的纪律建设的重要举措", talk]
    assert document.layout.get(3) is None  # a paragraph, not one of the slide's points
    lists = _list_cards(document)
    assert any(items == ["从党的历史看", "从现实看", "从我们委机关看"] for _, items in lists)


def _noted_deck(tmp_path: Path, notes: str) -> Document:
    """A deck of one slide (重大意义 over one point) with these speaker notes."""
    import pptx

    deck = pptx.Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])  # title and content
    slide.shapes.title.text = "重大意义"
    slide.placeholders[1].text_frame.text = "加强党的纪律建设的重要举措"
    slide.notes_slide.notes_text_frame.text = notes
    source = tmp_path / "noted.pptx"
    deck.save(source)
    return read_document(source)


@pytest.mark.parametrize(
    "notes",
    [
        # (a training company's 讲义: long notes, but written to the teacher, not the talk)
        "这一页是本讲的重点，讲的时候要结合去年的真题展开，提醒学员并列式最稳妥，初学者优先使用并列式结构，"
        "不要为了求新而选择对照式，避免论证失衡，另外要提醒学员注意三个分论点字数大体相当。",
        "这道题是去年的原题，阅卷时分论点写成“要重视小切口”的，基本在二类文以下，原因就是分论点没有体现二者关系，"
        "讲的时候请把高分卷和低分卷对比着展示给学员看，效果会更好。",
        "五句式不是死的公式，考场上可以根据字数灵活调整，例证句一般一到两个事例即可，分析句是很多同学最容易丢掉的，"
        "一定要反复强调，没有分析就只是材料的堆砌。",
        "本页先播放视频，时间控制在三分钟以内。讲解时注意结合本单位实际举例，可以请学员结合本单位情况谈谈体会，"
        "再引出下一页的三个方面，最后留五分钟让大家讨论。",
    ],
)
def test_pptx_notes_written_to_the_presenter_are_left_out_however_long(tmp_path: Path, notes: str) -> None:
    document = _noted_deck(tmp_path, notes)
    assert [line for line in document.lines if line] == ["重大意义", "加强党的纪律建设的重要举措"]


@pytest.mark.parametrize(
    "talk",
    [
        # (a 讲稿 speaks to its audience, 同志们 各位学员 我要提醒大家, and quotes who 强调: the talk)
        "同志们，习近平总书记反复强调，全面从严治党永远在路上。我要提醒大家，纪律建设是全面从严治党的治本之策，"
        "必须把纪律挺在前面，让铁的纪律转化为党员干部的日常习惯和自觉遵循。",
        "各位学员，今天我们讲三个问题。第一，从党的历史看，纪律严明是我们党的光荣传统和独特优势。"
        "第二，从现实看，“四风”问题树倒根存，必须常抓不懈。第三，从我们委机关看，更要把纪律挺在前面。",
    ],
)
def test_pptx_notes_that_speak_to_the_audience_stay_the_talk(tmp_path: Path, talk: str) -> None:
    assert talk in _noted_deck(tmp_path, talk).lines


@pytest.mark.parametrize(
    "talk",
    [
        # (the speaker speaking of the page or of what he stresses, to his audience: the talk)
        "这一页我们讲全面从严治党的三个方面：一是政治建设，二是思想建设，三是纪律建设。同志们要记住，"
        "纪律面前没有例外，这里我一定要强调，纪律是带电的高压线，碰不得。",
        # (a talk on 作风 or on training that speaks of meetings' time and of 学员, to no presenter)
        "会议要少开短开，讲话时间控制在15分钟以内，坚决压缩会议数量。干部教育培训要让学员真正学有所获，"
        "学校要经常提醒学生注意交通安全，把学习成果转化为工作成效。",
    ],
)
def test_pptx_notes_that_speak_of_the_page_to_the_audience_stay_the_talk(tmp_path: Path, talk: str) -> None:
    assert talk in _noted_deck(tmp_path, talk).lines


def test_pptx_notes_keep_the_talk_around_a_direction_to_the_presenter(tmp_path: Path) -> None:
    talk = (
        "这一部分讲三层意思。第一层，从党的历史看，纪律严明是我们党的光荣传统和独特优势。"
        "第二层，从现实看，“四风”问题树倒根存。第三层，从我们委机关看，更要把纪律挺在前面。"
    )
    document = _noted_deck(tmp_path, talk + "（此处播放视频，时间控制在三分钟。）")
    assert talk in document.lines


# A deck's furniture: the same text box at the same place in the top or bottom band of most slides.

_SLIDE_WIDTH, _SLIDE_HEIGHT = 10.0, 7.5  # inches: python-pptx's default 4:3 deck
_FOOT, _HEAD, _MIDDLE = (
    7.0,
    0.15,
    3.5,
)  # where a box's top stands: in the foot band, the head band, amid the text


def _boxed_deck(tmp_path: Path, slides: list[list[tuple[float, str]]], titled: bool = False) -> Document:
    """A deck written the way many are, without placeholders: every text a box of its own, each
    given as (where its top stands, in inches, its text). With `titled`, a slide's first text goes
    into its title placeholder instead."""
    import pptx
    from pptx.util import Inches

    deck = pptx.Presentation()
    for texts in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[5 if titled else 6])  # title only, blank
        if titled:
            slide.shapes.title.text = texts[0][1]
            texts = texts[1:]
        for top, text in texts:
            box = slide.shapes.add_textbox(Inches(0.3), Inches(top), Inches(6), Inches(0.4))
            box.text_frame.text = text
    source = tmp_path / "boxes.pptx"
    deck.save(source)
    return read_document(source)


_TALK = [
    [(2.0, "建设美丽乡村的三点体会"), (3.0, "宣讲人：李明")],
    [(1.0, "一、规划先行"), (2.0, "先定规划再建设，避免“千村一面”。")],
    [(1.0, "二、产业支撑"), (2.0, "培育一村一品，让农民在家门口增收。")],
    [(1.0, "三、群众参与"), (2.0, "村里的事大家商量着办。")],
    [(1.0, "小结"), (2.0, "美丽乡村既要好看，更要好住、好过日子。")],
]


def test_a_text_box_printed_at_one_place_on_most_slides_is_furniture(tmp_path: Path) -> None:
    footer, logo = "桐川镇宣讲小组", "乡村讲堂"  # shorter than a running head the text rules drop
    slides = [[*texts, (_FOOT, footer), (_HEAD, logo)] for texts in _TALK]
    document = _boxed_deck(tmp_path, slides)
    assert footer not in document.lines and logo not in document.lines
    assert "二、产业支撑" in document.lines
    cards = extract_document(document).cards
    assert not any(footer in json.dumps(card.to_dict(), ensure_ascii=False) for card in cards)
    assert any(card.items == ["规划先行", "产业支撑", "群众参与"] for card in cards)


def test_a_footer_that_repeats_the_covers_headline_is_left_to_the_text_rules(tmp_path: Path) -> None:
    """A footer that repeats the talk's headline, printed amid the cover, names the talk: the
    deck keeps every copy, as a running head that names the text is left to the title rules."""
    headline = "建设美丽乡村的三点体会"
    slides = [[*texts, (_FOOT, headline)] for texts in _TALK]
    document = _boxed_deck(tmp_path, slides)
    assert document.lines.count(headline) == 1 + len(_TALK)


@pytest.mark.parametrize(
    "repeated",
    [
        "这是我们共同的心愿。",  # a refrain: a sentence is the talk's, however often it stands
        "二、产业支撑",  # a numbered part's title over the slides the part spans
    ],
)
def test_a_sentence_or_a_numbered_heading_in_the_band_is_no_furniture(tmp_path: Path, repeated: str) -> None:
    slides = [[(_HEAD, repeated), (2.0, f"第{n}个例子：{text}。")] for n, text in enumerate("甲乙丙丁", 1)]
    document = _boxed_deck(tmp_path, slides)
    assert document.lines.count(repeated) == 4


def test_a_label_amid_the_slides_or_a_box_on_few_slides_is_no_furniture(tmp_path: Path) -> None:
    """A panel's label repeated amid each case's slide heads its text; a note on two slides of
    five is no template's."""
    slides = [
        [(1.0, f"案例{n}"), (_MIDDLE, "主要做法"), (4.2, f"{text}村推行积分制管理")]
        for n, text in enumerate(["石门", "青溪", "柳岸", "桃园", "梅岭"], 1)
    ]
    slides[0].append((_FOOT, "资料来源：县农业农村局"))
    slides[1].append((_FOOT, "资料来源：县农业农村局"))
    document = _boxed_deck(tmp_path, slides)
    assert document.lines.count("主要做法") == 5
    assert document.lines.count("资料来源：县农业农村局") == 2


def test_a_title_repeated_over_the_slides_its_part_spans_stays(tmp_path: Path) -> None:
    """A part's title on three slides of four, the later ones marked （续）or not: titles are the
    talk's, and each slide's points differ."""
    slides = [
        [(0.5, "以数字化赋能基层治理"), (2.0, "县委党校 专题辅导")],
        [(0.5, "二、强化数据共享"), (2.0, "打通部门数据壁垒")],
        [(0.5, "二、强化数据共享（续）"), (2.0, "建立数据更新机制")],
        [(0.5, "二、强化数据共享"), (2.0, "压实数据安全责任")],
    ]
    document = _boxed_deck(tmp_path, slides, titled=True)
    assert document.lines.count("二、强化数据共享") == 2
    assert "二、强化数据共享（续）" in document.lines
    assert {"打通部门数据壁垒", "建立数据更新机制", "压实数据安全责任"} <= set(document.lines)


_PARTED_TALK = [
    [(2.0, "推进乡村全面振兴的几点思考"), (3.0, "宣讲人：李明")],
    [(1.0, "目录"), (2.0, "产业兴旺与生态宜居")],
    [(1.0, "一、做强乡村产业"), (2.0, "培育一村一品，让农民在家门口增收。")],
    [(1.0, "产业振兴的典型做法"), (2.0, "发展庭院经济，壮大村集体经济。")],
    [(1.0, "二、建设宜居乡村"), (2.0, "整治人居环境，改善村容村貌。")],
    [(1.0, "结语"), (2.0, "乡村振兴要久久为功，一年接着一年干。")],
]


def _heading_levels(document: Document) -> dict[str, int]:
    return {
        document.lines[number - 1]: shape.heading
        for number, shape in document.layout.items()
        if shape.heading
    }


def test_a_slide_without_a_number_after_a_numbered_part_is_inside_that_part(tmp_path: Path) -> None:
    levels = _heading_levels(_boxed_deck(tmp_path, _PARTED_TALK, titled=True))
    assert levels["一、做强乡村产业"] == levels["二、建设宜居乡村"] == 1
    assert levels["产业振兴的典型做法"] == 2
    # the cover and the 目录 before the first part, and the closing slide after the last, are no slides inside a part
    assert levels["推进乡村全面振兴的几点思考"] == levels["目录"] == levels["结语"] == 1


def test_a_slide_the_contents_slide_leaves_out_is_inside_the_part_before(tmp_path: Path) -> None:
    slides = [
        [(2.0, "学习贯彻全会精神"), (3.0, "宣讲人：王芳")],
        [(1.0, "目录"), (2.0, "一、全会的重大意义"), (2.0, "二、全会的主要内容")],
        [(1.0, "一、全会的重大意义"), (2.0, "全会是在关键时期召开的一次重要会议。")],
        [(1.0, "历史坐标"), (2.0, "站在新的历史起点上谋划未来。")],
        [(1.0, "二、全会的主要内容"), (2.0, "全会审议通过了决定。")],
    ]
    levels = _heading_levels(_boxed_deck(tmp_path, slides, titled=True))
    assert levels["历史坐标"] == 2  # (no word shared with its part: the 目录 says so)
    assert levels["二、全会的主要内容"] == 1


def test_unnumbered_parts_of_a_report_stay_parts(tmp_path: Path) -> None:
    slides = [
        [(2.0, "城关镇2023年工作总结"), (3.0, "城关镇人民政府")],
        [(1.0, "一、基本情况"), (2.0, "全镇辖12个村、3个社区。")],
        [(1.0, "二、主要做法"), (2.0, "推进老旧小区改造，完成加装电梯20部。")],
        [(1.0, "存在的不足"), (2.0, "产业结构单一，村集体增收渠道窄。")],
        [(1.0, "2024年工作打算"), (2.0, "抓好项目建设，办好民生实事。")],
    ]
    levels = _heading_levels(_boxed_deck(tmp_path, slides, titled=True))
    assert levels["存在的不足"] == levels["2024年工作打算"] == 1


def test_a_title_of_a_series_of_its_own_ends_the_part(tmp_path: Path) -> None:
    slides = [
        [(2.0, "基层治理典型案例"), (3.0, "县委组织部")],
        [(1.0, "一、背景"), (2.0, "网格治理存在人少事多的问题。")],
        [(1.0, "二、做法"), (2.0, "推行网格员积分制，做法取得成效。")],
        [(1.0, "案例二：做法创新激发自治活力"), (2.0, "村民议事会每月召开一次。")],
        [(1.0, "做法成效"), (2.0, "矛盾纠纷就地化解率达95%。")],
    ]
    levels = _heading_levels(_boxed_deck(tmp_path, slides, titled=True))
    assert levels["案例二：做法创新激发自治活力"] == levels["做法成效"] == 1


@pytest.mark.parametrize("closing", ["思考题", "思考与讨论", "参考文献", "谢谢大家！", "附录"])
def test_a_slide_after_the_talk_is_no_slide_inside_the_last_part(tmp_path: Path, closing: str) -> None:
    slides = [*_PARTED_TALK[:5], [(1.0, closing), (2.0, "乡村振兴如何做到宜居宜业？")]]
    levels = _heading_levels(_boxed_deck(tmp_path, slides, titled=True))
    assert levels.get(closing, 1) == 1


_LESSON = [
    [(2.0, "如何抓好问题整改"), (3.0, "主讲人：赵磊")],
    [(1.0, "一、为什么要整改"), (2.0, "要认清形势，增强整改的自觉性。")],
    [(1.0, "二、整改什么"), (2.0, "要抓住重点，聚焦群众反映强烈的问题。")],
    [(1.0, "三、怎样整改"), (2.0, "要讲究方法，建立台账逐项销号。")],
]


@pytest.mark.parametrize("exercise", ["思考题", "课后练习", "讨论与思考"])
def test_a_lessons_closing_exercise_is_no_part_of_it(tmp_path: Path, exercise: str) -> None:
    questions = [(2.0, "结合本单位实际，谈谈如何抓好整改？"), (2.6, "你所在支部的整改台账是否健全？")]
    slides = [*_LESSON, [(1.0, exercise), *questions]]
    parts = ["为什么要整改", "整改什么", "怎样整改"]
    assert ("本文的3个部分", parts) in _list_cards(_boxed_deck(tmp_path, slides, titled=True))


@pytest.mark.parametrize("exercise", ["课后作业", "课后练习", "思考题", "作业布置", "【课后作业】"])
@pytest.mark.parametrize("titled", [True, False])
def test_a_lessons_exercise_slide_is_neither_a_part_nor_cards(
    tmp_path: Path, exercise: str, titled: bool
) -> None:
    # (what the learner is to do after class, however it is set: a task to write, a list to draw up)
    tasks = [(2.0, "以“依法整改”为题，列出三个并列式分论点"), (2.6, "任选一个分论点，写一段论证段")]
    document = _boxed_deck(tmp_path, [*_LESSON, [(1.0, exercise), *tasks]], titled=titled)
    assert not any(exercise in line or "分论点" in line for line in document.lines)


@pytest.mark.parametrize(
    ("exercise", "text"),
    [
        # (an exercise with its answer: the answer's points are what a learner learns)
        ("课堂练习", "参考答案：一是健全网格化管理；二是推行积分制；三是建强村级组织。"),
        # (a slide titled 作业 of a deck on homework: its matter, naming no school)
        ("作业", "科学设计作业，控制书面作业总量，小学一二年级不布置书面家庭作业。"),
        ("作业", "作业是课堂教学的延伸，要体现分层、弹性和个性化。"),
    ],
)
def test_an_exercise_slide_with_its_answer_or_on_homework_stays(
    tmp_path: Path, exercise: str, text: str
) -> None:
    slides = [*_LESSON, [(1.0, exercise), (2.0, "概括材料中的经验做法。"), (2.6, text)]]
    assert text in _boxed_deck(tmp_path, slides, titled=True).lines


def test_an_exercise_slide_on_homework_itself_stays(tmp_path: Path) -> None:
    # (a 双减 deck's slide on how schools set homework is the talk's matter)
    slides = [
        *_LESSON,
        [(1.0, "作业布置"), (2.0, "各校要严控书面作业总量，小学一二年级不布置书面家庭作业。")],
    ]
    assert (
        "各校要严控书面作业总量，小学一二年级不布置书面家庭作业。"
        in _boxed_deck(tmp_path, slides, titled=True).lines
    )


@pytest.mark.parametrize("sayings", ["金句积累（建议背诵）", "名言警句"])
def test_a_sayings_slide_after_the_parts_is_neither_inside_the_last_part_nor_a_part(
    tmp_path: Path, sayings: str
) -> None:
    contents = [(1.0, "目录"), (2.0, "一、为什么要整改"), (2.6, "二、整改什么"), (3.2, "三、怎样整改")]
    quotes = [(2.0, "1. 治国有常，而利民为本。"), (2.6, "2. 群众利益无小事，一枝一叶总关情。")]
    document = _boxed_deck(
        tmp_path, [_LESSON[0], contents, *_LESSON[1:], [(1.0, sayings), *quotes]], titled=True
    )
    assert _heading_levels(document)[sayings] == 1
    lists = _list_cards(document)
    assert ("本文的3个部分", ["为什么要整改", "整改什么", "怎样整改"]) in lists
    assert not any(prompt.startswith("怎样整改") for prompt, _ in lists)


@pytest.mark.parametrize("closing", ["四、几点思考", "四、讨论中形成的共识", "四、课后思考"])
def test_a_last_part_numbered_or_only_speaking_of_thinking_stays_a_part(tmp_path: Path, closing: str) -> None:
    slides = [*_LESSON, [(1.0, closing), (2.0, "整改要坚持问题导向、目标导向。")]]
    parts = ["为什么要整改", "整改什么", "怎样整改", closing[2:]]
    assert ("本文的4个部分", parts) in _list_cards(_boxed_deck(tmp_path, slides, titled=True))


def test_a_last_part_named_as_an_exercise_that_asks_nothing_stays_a_part(tmp_path: Path) -> None:
    # (a report's 讨论与思考 says what was concluded: a part of it)
    slides = [*_LESSON, [(1.0, "讨论与思考"), (2.0, "大家一致认为，整改要坚持问题导向、目标导向。")]]
    parts = ["为什么要整改", "整改什么", "怎样整改", "讨论与思考"]
    assert ("本文的4个部分", parts) in _list_cards(_boxed_deck(tmp_path, slides, titled=True))


def test_a_deck_with_one_numbered_title_keeps_every_title_a_heading_of_its_own(tmp_path: Path) -> None:
    slides = [
        _PARTED_TALK[0],
        _PARTED_TALK[2],
        _PARTED_TALK[3],
        [(1.0, "建设宜居乡村"), (2.0, "整治人居环境。")],
    ]
    levels = _heading_levels(_boxed_deck(tmp_path, slides, titled=True))
    assert levels["产业振兴的典型做法"] == levels["建设宜居乡村"] == 1


# A designer's deck (一图读懂): no placeholders, every text a box of its own set by size and place.

_CM = 360000  # EMU


def _designed_deck(tmp_path: Path, slides: list[list[tuple[Any, ...]]]) -> Document:
    """A 16:9 deck of free text boxes, each given as (left, top, width in cm, its text, its font
    size in points[, its height in cm, 1 if not given]); a text's lines are the box's paragraphs."""
    import pptx
    from pptx.util import Emu, Pt

    deck = pptx.Presentation()
    deck.slide_width, deck.slide_height = Emu(33 * _CM), Emu(19 * _CM)
    for boxes in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[6])
        for left, top, width, text, size, *height in boxes:
            shape = slide.shapes.add_textbox(
                Emu(int(left * _CM)),
                Emu(int(top * _CM)),
                Emu(int(width * _CM)),
                Emu(int((height[0] if height else 1) * _CM)),
            )
            for number, line in enumerate(text.split("\n")):
                paragraph = (
                    shape.text_frame.paragraphs[0] if number == 0 else shape.text_frame.add_paragraph()
                )
                run = paragraph.add_run()
                run.text, run.font.size = line, Pt(size)
    source = tmp_path / "designed.pptx"
    deck.save(source)
    return read_document(source)


_PANELS = [  # a title over three panels, each a bold word over its figures, and a typed page number
    (2, 1, 20, "文化事业繁荣发展", 30),
    (2, 4, 9, "公共文化", 24),
    (12, 4, 9, "文艺创作", 24),
    (22, 4, 9, "文化遗产", 24),
    (2, 6, 9, "新建城市书房12个\n送戏下乡200场", 14),
    (12, 6, 9, "3部作品获省级奖项\n扶持本土剧目5部", 14),
    (22, 6, 9, "完成古村落保护8处\n新增非遗项目6项", 14),
    (31, 17.8, 1.5, "2", 10),
]


def test_a_designed_slides_top_box_is_its_title_and_its_panels_heads_a_list(tmp_path: Path) -> None:
    document = _designed_deck(tmp_path, [_PANELS])
    levels = {document.lines[n - 1]: (shape.heading, shape.bullet) for n, shape in document.layout.items()}
    assert levels["文化事业繁荣发展"] == (1, 0)
    assert levels["公共文化"] == levels["文艺创作"] == levels["文化遗产"] == (0, 1)
    assert levels["送戏下乡200场"] == (0, 2)
    assert "2" not in document.lines  # (the page number typed in the foot band)
    # (the slide's title is the deck's: the whole deck's outline asks its parts without repeating it)
    assert ("本文的3个部分", ["公共文化", "文艺创作", "文化遗产"]) in [
        (prompt.split("（")[0].split("：")[0], items) for prompt, items in _list_cards(document)
    ]


def test_a_designed_decks_cover_is_titled_by_its_largest_words_and_its_thanks_go(tmp_path: Path) -> None:
    cover = [
        (3, 3, 10, "一图读懂", 28),
        (3, 5, 26, "2025年石桥县政府工作报告", 44),
        (3, 14, 16, "石桥县人民政府办公室", 14),
    ]
    thanks = [(10, 6, 14, "谢谢观看", 54), (12, 10, 10, "石桥县人民政府办公室", 18)]
    document = _designed_deck(tmp_path, [cover, _PANELS, thanks])
    assert document.title == "2025年石桥县政府工作报告"
    assert "谢谢观看" not in document.lines


def test_numbered_boxes_are_a_list_read_row_by_row(tmp_path: Path) -> None:
    tasks = ["稳住农业基本盘", "壮大县域工业", "提升城市品质", "增进民生福祉"]
    boxes = [(2, 1, 20, "四个方面重点任务", 30)]
    for number, task in enumerate(tasks):
        row, column = divmod(number, 2)
        boxes.insert(1, (2 + 16 * column, 4 + 3 * row, 2.5, f"{number + 1:02d}", 28))  # (left column first)
        boxes.insert(1, (5 + 16 * column, 4.2 + 3 * row, 12, task, 16))
    document = _designed_deck(tmp_path, [boxes])
    assert document.lines[1:5] == tasks
    assert all(document.layout[n].bullet == 1 for n in range(2, 6))


def test_key_words_on_slides_of_one_title_are_one_list(tmp_path: Path) -> None:
    words = {
        "数字乡村": "用数字技术赋能农业生产、乡村治理和农民生活。",
        "银发经济": "发展适合老年人消费的产品和服务，满足多样化需求。",
    }
    slides = [
        [(2, 1.5, 6, "关键词", 22), (2, 3, 20, word, 54), (2, 7.5, 28, gloss, 18)]
        for word, gloss in words.items()
    ]
    document = _designed_deck(tmp_path, [[(3, 5, 26, "2025年石桥县政府工作报告解读", 44)], *slides])
    assert document.lines.count("关键词") == 1
    assert ["数字乡村", "银发经济"] in [items for _, items in _list_cards(document)]


def test_a_designed_slide_opening_with_a_sentence_or_stacking_two_lines_has_no_title_nor_list(
    tmp_path: Path,
) -> None:
    prose = [
        (2, 1, 28, "今年以来，全县上下紧盯目标任务，经济运行总体平稳。", 20),
        (2, 4, 12, "开局良好", 16),
        (2, 6, 12, "稳中有进", 16),
    ]
    document = _designed_deck(tmp_path, [prose])
    assert not any(shape.heading or shape.bullet for shape in document.layout.values())


def test_a_band_of_figures_over_their_labels_leaves_the_labels_a_list(tmp_path: Path) -> None:
    labels = ["粮食总产量", "农业增加值", "农村居民人均可支配收入"]
    boxes = [(2, 1, 20, "农业农村稳中向好", 30)]
    boxes += [(2 + 10 * n, 4, 9, figure, 40) for n, figure in enumerate(["58.2万吨", "增长3.6%", "2.31万元"])]
    boxes += [(2 + 10 * n, 6, 9, label, 16) for n, label in enumerate(labels)]
    document = _designed_deck(tmp_path, [[(3, 5, 26, "一图读懂农业农村工作", 44)], boxes])
    assert labels in [items for _, items in _list_cards(document)]


def test_a_grid_of_like_boxes_in_two_fonts_is_one_list(tmp_path: Path) -> None:
    """Goals in panels of one size, two a row, a figure set large in some and a long goal all small
    in others: every panel is a member of one list, whatever its font."""
    goals = [
        ("城乡居民收入增长7%", 24),
        ("新增城镇就业3万人", 24),
        ("单位产值能耗下降完成上级任务", 14),
        ("粮食播种面积稳定在80万亩", 24),
        ("空气质量稳中向好", 14),
        ("新增市场主体2万户", 24),
    ]
    boxes = [(2, 1, 20, "今年主要目标", 30)]
    boxes += [(2 + 15 * (n % 2), 4 + 3 * (n // 2), 14, goal, size, 2) for n, (goal, size) in enumerate(goals)]
    document = _designed_deck(tmp_path, [[(3, 5, 26, "一图读懂石桥县政府工作报告", 44)], boxes])
    assert [goal for goal, _ in goals] in [items for _, items in _list_cards(document)]


def test_a_label_drawn_the_size_of_the_panels_it_heads_is_no_member(tmp_path: Path) -> None:
    """A bold word in a box the size of the panels beside it, first in their row, heads them: the
    panels alone are the list, under the word."""
    panels = ["化解债务风险", "稳住粮食生产", "治理河湖污染"]
    boxes = [(2, 1, 20, "今年攻坚任务", 30), (2, 4, 7, "三项硬仗", 28, 2)]
    boxes += [(2 + 8 * n, 4, 7, panel, 16, 2) for n, panel in enumerate(panels, 1)]
    document = _designed_deck(tmp_path, [[(3, 5, 26, "图说青山镇年度工作", 44)], boxes])
    assert ("今年攻坚任务：三项硬仗（3项）", panels) in _list_cards(document)


def test_a_designed_decks_contents_and_parts(tmp_path: Path) -> None:
    """A cover whose headline runs over two lines; a 目录 slide, its label left, its numbered entries
    right, the first of them topmost (a numbered entry is no title); a slide number typed n / N in
    the band; a part's slide, PART 01 over its title."""
    cover = [
        (2, 4, 30, "学纪知纪明纪守纪\n做忠诚干净担当的干部", 40),
        (2, 10, 30, "——党纪学习教育专题党课", 24),
        (2, 13, 30, "主讲人：县委党校 李明\n2024年5月", 16),
    ]
    entries = ["深刻认识重大意义", "准确把握主要内容", "对照检视突出问题"]
    contents = [(1.5, 6.5, 8, "目录\nCONTENTS", 40, 4), (29, 18, 4, "2 / 9", 10)]
    for number, entry in enumerate(entries):
        contents += [
            (12, 2.6 + 3.6 * number, 2.2, f"0{number + 1}", 20),
            (15, 2.6 + 3.6 * number, 18, entry, 20),
        ]
    part = [(4, 6.6, 10, "PART 01", 36), (4, 9, 27, "一、深刻认识重大意义", 32), (29, 18, 4, "3 / 9", 10)]
    document = _designed_deck(tmp_path, [cover, contents, part])
    assert document.title == "学纪知纪明纪守纪 做忠诚干净担当的干部"
    headings = [document.lines[n - 1] for n, shape in document.layout.items() if shape.heading]
    assert headings == ["学纪知纪明纪守纪 做忠诚干净担当的干部", "一、深刻认识重大意义"]
    bullets = [document.lines[n - 1] for n, shape in document.layout.items() if shape.bullet]
    assert (
        bullets == entries
    )  # (目录 over its entries is no key word over its gloss; the cover's lines no set)
    assert not {"2 / 9", "3 / 9", "PART 01"} & set(document.lines)


def test_a_timelines_years_over_their_events_are_no_panels(tmp_path: Path) -> None:
    events = {"2015年": "启动城区改造", "2019年": "建成综合枢纽", "2023年": "获评文明城市"}
    boxes = [(2, 1, 20, "城市发展大事记", 30)]
    boxes += [(2 + 10 * n, 5, 8, year, 24) for n, year in enumerate(events)]
    boxes += [(2 + 10 * n, 7, 8, event, 16) for n, event in enumerate(events.values())]
    document = _designed_deck(tmp_path, [[(3, 5, 26, "城市发展回顾", 44)], boxes])
    assert "2019年" in document.lines
    assert not any(shape.bullet for shape in document.layout.values())


def test_a_caption_under_a_picture_is_no_title(tmp_path: Path) -> None:
    import pptx
    from PIL import Image

    picture = tmp_path / "photo.png"
    Image.new("RGB", (40, 20), "green").save(picture)
    deck = pptx.Presentation()
    for caption in ["新建的村史馆", "村民在合作社分拣茶叶"]:
        slide = deck.slides.add_slide(deck.slide_layouts[6])
        slide.shapes.add_picture(str(picture), 914400, 914400, 5486400, 3200400)
        slide.shapes.add_textbox(914400, 4300000, 5486400, 400000).text_frame.text = caption
    source = tmp_path / "photos.pptx"
    deck.save(source)
    document = read_document(source)
    assert "村民在合作社分拣茶叶" in document.lines
    assert not any(shape.heading for shape in document.layout.values())


def test_a_row_of_short_boxes_at_a_slides_foot_is_no_set(tmp_path: Path) -> None:
    slide = [
        (2, 1, 20, "一、深刻认识作风建设的重要性", 30),
        (2, 4, 28, "党的作风就是党的形象，关系人心向背，关系党的生死存亡。", 18, 6),
        (2, 17.5, 8, "县委组织部", 12),
        (22, 17.5, 8, "2024年5月", 12),
    ]
    document = _designed_deck(tmp_path, [[(3, 5, 26, "作风建设专题党课", 44)], slide])
    assert "县委组织部" in document.lines
    assert not any(shape.bullet for shape in document.layout.values())


def test_a_closing_slide_whose_thanks_end_with_a_mark_goes(tmp_path: Path) -> None:
    thanks = [(8, 6, 16, "谢谢大家！", 54), (8, 10, 16, "敬请批评指正", 20)]
    document = _designed_deck(tmp_path, [[(3, 5, 26, "作风建设专题党课", 44)], _PANELS, thanks])
    assert "谢谢大家！" not in document.lines


def test_a_slide_of_boxes_in_a_deck_titled_by_placeholders_has_no_title(tmp_path: Path) -> None:
    import pptx
    from pptx.util import Pt

    deck = pptx.Presentation()
    for title, point in [
        ("一、提高政治站位", "把学习成果转化为工作实效"),
        ("二、狠抓工作落实", "压紧压实各级责任"),
    ]:
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = title
        slide.placeholders[1].text_frame.text = point
        quote = deck.slides.add_slide(deck.slide_layouts[6])  # (a quotation's slide, made of boxes)
        for top, text, size in [(700000, "总书记强调", 24), (1500000, "空谈误国，实干兴邦。", 18)]:
            run = quote.shapes.add_textbox(500000, top, 8000000, 600000).text_frame.paragraphs[0].add_run()
            run.text, run.font.size = text, Pt(size)
    source = tmp_path / "quotes.pptx"
    deck.save(source)
    document = read_document(source)
    headings = [document.lines[n - 1] for n, shape in document.layout.items() if shape.heading]
    assert headings == ["一、提高政治站位", "二、狠抓工作落实"]
