"""The masthead: a page's furniture above its printed headline, the subtitle hung under it and the
menu a page's main text opens with make no card; lists of short lines that are the text's own (a
speech's closing points, a note's bullets, slides, an outline of headings) keep theirs. Documents
in tests/data/masthead, written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from yaodian.cards import CLOZE
from yaodian.extractors import document_text, extract_document
from yaodian.extractors.boilerplate import main_text
from yaodian.extractors.masthead import below_headline, headline_printed, without_menus
from yaodian.extractors.text import Paragraph
from yaodian.extractors.titles import without_title_lines
from yaodian.sources import read_document

DATA = Path(__file__).parent / "data" / "masthead"


def _card_texts(name: str) -> list[str]:
    card_file = extract_document(read_document(DATA / name))
    return [CLOZE.sub(r"\2", json.dumps(card.to_dict(), ensure_ascii=False)) for card in card_file.cards]


def _body_and_framing(name: str) -> tuple[list[Paragraph], list[Paragraph]]:
    """The document's main text without its headline's lines, and what the masthead's rules keep of it."""
    document = read_document(DATA / name)
    title, kept = document_text(document)
    return without_title_lines(main_text(document.lines, document.layout), document.lines, title), kept


# document: (what stands around its headline and makes no card, what the text says and keeps a card)
FRAMED = {
    "portal_menu.txt": (["新闻中心", "办事大厅"], ["撂荒地整治", "测土配方施肥"]),
    "blog_menu.html": (["文章归档", "访问总量"], ["助浴", "一键呼叫"]),
}


@pytest.mark.parametrize("name", sorted(FRAMED))
def test_what_frames_a_printed_headline_makes_no_card(name: str) -> None:
    framing, content = FRAMED[name]
    texts = _card_texts(name)
    assert [f for f in framing if any(f in text for text in texts)] == []
    assert [c for c in content if not any(c in text for text in texts)] == []


def test_only_the_menu_above_the_headline_goes() -> None:
    body, kept = _body_and_framing("portal_menu.txt")
    assert [p.text for p in body if p not in kept] == [
        "网站首页、新闻中心、政务公开、办事大厅、公众参与、数据开放"
    ]


# Texts of the genre whose short lines around or under the headline are what they teach: each keeps
# the card that states them (a word of it given).
KEEPS_ITS_CARD = {
    "subtitle.txt": "社工协同",  # a subtitle naming the mechanism's three parts in a 、 series
    "subtitle_formulation.txt": "坚持发展和安全并重",  # a subtitle of two clauses: the formulation
    "kicker_series.txt": "保基层运转",  # a kicker (引题) of the 六保 joined by 、 over the headline
    "note_three_musts.txt": "务必敢于斗争",  # a headline over three points said once
    "md_counted_bullets.md": "看齐意识",  # a Markdown heading over its four points, named by count
    "key_points_box.txt": "推进国家治理能力现代化",  # a 要点速览 box under the headline
    "review_outline.txt": "新发展格局",  # a 复习提纲's three concepts, then the prose on them
    "six_features.txt": "强大的国际影响力",  # 六大特质 listed under the headline that counts them
    "heading_numbered_topics.txt": "观看警示教育片",  # a heading over 1.–4. numbered topics
    "html_counted_list.html": "社会主义市场经济体制",  # a page's <title> only; the text says 这三项制度
    "html_title_points.html": "看齐意识",  # a page's <title> only, naming “四个意识”
}


@pytest.mark.parametrize("name", sorted(KEEPS_ITS_CARD))
def test_the_lines_the_text_teaches_keep_their_card(name: str) -> None:
    assert any(KEEPS_ITS_CARD[name] in text for text in _card_texts(name))


# Texts of the genre whose short lines are their own: nothing of their main text goes.
UNTOUCHED = [
    "speech_closing_list.txt",  # a 讲话's closing points after its prose
    "markdown_note.md",  # a note's short bullets under its heading
    "slide_bullets.txt",  # a slide's bullets, no prose at all
    "outline_headings.txt",  # a 提纲 of short headings
    "preface_prose.txt",  # an editor's note above the headline reads as prose
    "dash_in_body.txt",  # a dash opens a quotation inside the text, not under the headline
    "numbered_above.txt",  # a section's number above the chosen headline: it heads a part of the text
    "kicker_list_content.txt",  # a list of the text's members under its headline
    "note_opening_list.md",  # a note that opens with the points its prose goes on to discuss
    "slides_contents.txt",  # slides' contents, each entry a part's heading further on
    *KEEPS_ITS_CARD,
]


@pytest.mark.parametrize("name", UNTOUCHED)
def test_the_texts_own_short_lines_are_kept(name: str) -> None:
    body, kept = _body_and_framing(name)
    assert kept == body


def test_a_sentence_above_the_headline_stays() -> None:
    lines = [
        "各位同事：请将这份材料转发至本科室全体干部。",
        "推动高质量发展",
        "",
        "高质量发展是首要任务，必须完整准确全面贯彻新发展理念，推动经济实现质的有效提升。",
    ]
    body = [Paragraph(1, lines[0]), Paragraph(4, lines[3])]
    assert below_headline(body, lines, "推动高质量发展") == body


def test_a_dash_under_the_headline_that_ends_a_sentence_stays() -> None:
    lines = [
        "推动高质量发展",
        "——这是新时代的硬道理。",
        "高质量发展是首要任务，必须完整准确全面贯彻新发展理念，推动经济实现质的有效提升。",
    ]
    body = [Paragraph(2, lines[1]), Paragraph(3, lines[2])]
    assert below_headline(body, lines, "推动高质量发展") == body


def test_a_headline_over_no_prose_frames_nothing() -> None:
    lines = ["网站首页 新闻中心 政务公开", "推动高质量发展", "——以某县为例", "一、总体要求", "二、重点任务"]
    body = [Paragraph(1, lines[0]), Paragraph(3, lines[2]), Paragraph(4, lines[3]), Paragraph(5, lines[4])]
    assert below_headline(body, lines, "推动高质量发展") == body


def _paragraphs(*texts: str) -> list[Paragraph]:
    return [Paragraph(number, text) for number, text in enumerate(texts, 1)]


PROSE = "养老服务要坚持需求导向，把助餐、助浴、助医等服务送到老人家门口，让老人住得安心、过得舒心。"


def test_a_menu_the_main_text_opens_with_goes() -> None:
    body = _paragraphs("首页", "机构概况", "通知公告", "办事指南", PROSE, PROSE)
    assert without_menus(body) == body[4:]


def test_a_list_the_text_says_again_stays() -> None:
    body = _paragraphs("助餐", "助浴", "助医", PROSE, PROSE)
    assert without_menus(body) == body


def test_a_list_further_down_stays() -> None:
    body = _paragraphs(PROSE, "A. 起步期", "B. 攻坚期", "C. 窗口期", PROSE)
    assert without_menus(body) == body


def test_a_menu_over_too_little_prose_stays() -> None:
    body = _paragraphs("首页", "机构概况", "通知公告", PROSE)
    assert without_menus(body) == body


@pytest.mark.parametrize(
    "subtitle",
    ["——在全县经济工作会议上的讲话", "——市直机关、区县、乡镇干部培训适用"],  # the occasion, the readers
)
def test_a_subtitle_that_names_the_occasion_goes(subtitle: str) -> None:
    lines = ["推动高质量发展", subtitle, "", PROSE, PROSE]
    body = [Paragraph(2, lines[1]), Paragraph(4, lines[3]), Paragraph(5, lines[4])]
    assert below_headline(body, lines, "推动高质量发展") == body[1:]


@pytest.mark.parametrize(
    "subtitle",
    [
        "——守住耕地红线，端牢中国饭碗",  # two clauses: a formulation
        "——抓好“育苗、移栽、管护”三个环节",  # a quoted series: the formulation
    ],
)
def test_a_subtitle_that_states_a_formulation_stays(subtitle: str) -> None:
    lines = ["推动高质量发展", subtitle, "", PROSE, PROSE]
    body = [Paragraph(2, lines[1]), Paragraph(4, lines[3]), Paragraph(5, lines[4])]
    assert below_headline(body, lines, "推动高质量发展") == body


def test_a_kicker_that_enumerates_stays_a_menu_above_goes() -> None:
    lines = [
        "首页 | 要闻 | 专题 | 服务",
        "稳就业、稳金融、稳外贸、稳外资",
        "推动高质量发展",
        "",
        PROSE,
        PROSE,
    ]
    body = [Paragraph(n, lines[n - 1]) for n in (1, 2, 5, 6)]
    assert below_headline(body, lines, "推动高质量发展") == body[1:]


def test_a_list_named_by_its_count_stays() -> None:
    counted = "这四项服务要统筹推进，" + PROSE
    body = _paragraphs("助行", "助洁", "助购", "助急", counted, PROSE)
    assert without_menus(body) == body
    body = _paragraphs("助行", "助洁", "助购", "助急", PROSE, PROSE)
    assert without_menus(body, "做好养老“四项服务”") == body
    assert without_menus(body, "做好社区养老服务") == body[4:]  # no count named: a menu
    body = _paragraphs("助行", "助洁", "助购", "助急", PROSE, PROSE, counted)  # named far below: another four
    assert without_menus(body) == body[4:]
    counting = "全县已在3个街道建成站点，" + PROSE  # a figure counts places, not the run's members
    body = _paragraphs("首页", "机构概况", "通知公告", counting, PROSE)
    assert without_menus(body) == body[3:]


def test_a_numbered_list_stays() -> None:
    body = _paragraphs("1. 助行", "2. 助洁", "3. 助购", PROSE, PROSE)
    assert without_menus(body) == body
    body = _paragraphs("（1）助行", "（2）助洁", "（3）助购", PROSE, PROSE)
    assert without_menus(body) == body


def test_under_a_printed_headline_only_form_fields_go() -> None:
    points = _paragraphs("助行", "助洁", "助购", PROSE, PROSE)
    assert without_menus(points, fields_only=True) == points
    form = _paragraphs("来文单位：民政局", "当前环节：拟办", "办理时限：三日", PROSE, PROSE)
    assert without_menus(form, fields_only=True) == form[3:]


def test_the_headline_is_printed_on_a_line_or_over_several() -> None:
    lines = ["三个务必", "务必学习", "务必实干", PROSE]
    body = [Paragraph(1, lines[0]), Paragraph(4, lines[3])]
    assert headline_printed(body, lines, "务必学习务必实干")
    assert headline_printed(body, lines, "三个务必")
    assert not headline_printed(body, lines, "做好社区养老服务")  # a page's <title> only
