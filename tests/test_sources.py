"""Reading sources: encodings, formats (text, Markdown, HTML, .docx, PDF), folders and bad files.

The Word and PDF fixtures are written at run time (python-docx, reportlab), so what they hold
is visible here. The central test writes one seed article in every supported form and checks
that each yields the same list cards as the clean UTF-8 text.
"""

from __future__ import annotations

import html
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from typer.testing import CliRunner

from yaodian.cli import app
from yaodian.errors import YaodianError
from yaodian.extractors import compose, extract_document
from yaodian.sources import LineLayout, decode, find_sources, hard_wrapped, read_document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARTICLE = SEEDS / "001_c0506a55f0690070.txt"
runner = CliRunner()


# ---------------------------------------------------------------- fixture writers


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def write_html(path: Path, text: str, title: str, charset: str = "gb18030") -> None:
    """A news page: the article between a menu, a sidebar, a comment section and a footer."""
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in _paragraphs(text))
    page = f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>{html.escape(title)}--统一战线--人民网</title></head>
<body>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/politics">时政</a></li>
<li><a href="/tz">统战</a></li><li><a href="/login">登录</a></li></ul></div>
<div class="sidebar"><h3>热门文章</h3><ul>
<li><a href="/a/1.html">全国政协十三届一次会议在京开幕，一是听取报告，二是审议文件</a></li>
<li><a href="/a/2.html">统战部长会议召开：部署全年统战工作任务</a></li></ul></div>
<div class="article"><h1>{html.escape(title)}</h1>
{body}
</div>
<div class="comments"><h3>网友评论</h3>
<div class="comment"><p>说得好！统战工作一是要真心，二是要耐心，三是要细心。</p></div></div>
<div class="footer"><p>人民网版权所有，未经书面授权禁止使用</p>
<p>Copyright © 1997-2017 by www.people.com.cn. all rights reserved</p></div>
</body></html>"""
    path.write_bytes(page.encode(charset))


def write_docx(path: Path, text: str, title: str) -> None:
    document = docx.Document()
    document.add_paragraph(title, style="Title")
    for line in _paragraphs(text):
        document.add_paragraph(line)
    document.save(str(path))


def write_pdf(path: Path, text: str) -> None:
    """A typeset PDF: paragraphs wrapped at the page width, first lines indented, Chinese CID font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle(
        "body", fontName="STSong-Light", fontSize=11, leading=16, wordWrap="CJK", firstLineIndent=22
    )
    story = [Paragraph(escape(line), style) for line in _paragraphs(text)]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)


def _list_cards(path: Path) -> list[tuple[str, list[str]]]:
    card_file = extract_document(read_document(path))
    return [(card.prompt, card.items) for card in card_file.cards if card.type == "list"]


# ---------------------------------------------------------------- the same cards from every form

FORMS = ["utf-8-bom.txt", "gb18030.txt", "utf-16.txt", "page.html", "article.docx", "article.pdf"]


def _write_form(folder: Path, form: str, text: str, title: str) -> Path:
    path = folder / form
    if form == "utf-8-bom.txt":
        path.write_text(text, encoding="utf-8-sig")
    elif form == "gb18030.txt":
        path.write_bytes(text.encode("gb18030"))
    elif form == "utf-16.txt":
        path.write_text(text, encoding="utf-16")  # with a BOM
    elif form == "page.html":
        write_html(path, text, title)
    elif form == "article.docx":
        write_docx(path, text, title)
    else:
        write_pdf(path, text)
    return path


@pytest.mark.parametrize("seed", ["001_c0506a55f0690070", "003_7200b0406e67323c"])
@pytest.mark.parametrize("form", FORMS)
def test_every_form_yields_the_same_list_cards(
    tmp_path: Path, seed: str, form: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the sets as the finders give them: reading is tested here, not how cards ask (test_compose.py)
    monkeypatch.setattr(compose, "compose_cards", lambda cards, *_: list(cards))
    text = (SEEDS / f"{seed}.txt").read_text(encoding="utf-8")
    clean = tmp_path / "clean.txt"
    clean.write_text(text, encoding="utf-8")
    expected = _list_cards(clean)
    assert len(expected) >= 5
    title = extract_document(read_document(clean)).title
    assert _list_cards(_write_form(tmp_path, form, text, title)) == expected


@pytest.mark.parametrize("seed", sorted(p.stem for p in SEEDS.glob("*.txt")))
@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig", "utf-16-be"])
def test_every_seed_decodes_in_every_encoding(tmp_path: Path, seed: str, encoding: str) -> None:
    text = (SEEDS / f"{seed}.txt").read_text(encoding="utf-8")
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    assert read_document(path).text == text.replace("\r\n", "\n")


# ---------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    "text",
    [
        "中国共产党",
        "一、加强党的领导",
        "四个意识",
        "坚持以人民为中心",
        "提能善为 着力提高湖北统战工作科学化水平",
        "统一战线是党克敌制胜、执政兴国的重要法宝。",
    ],
)
def test_short_gb18030_text_is_not_read_as_korean_or_big5(text: str) -> None:
    decoded, encoding = decode(text.encode("gb18030"), Path("x.txt"))
    assert (decoded, encoding) == (text, "gb18030")


@pytest.mark.parametrize(
    "text", ["統一戰線是黨的重要法寶", "堅持以人民為中心的發展思想，推動經濟高質量發展。"]
)
def test_traditional_chinese_in_big5_and_gb18030(text: str) -> None:
    assert decode(text.encode("big5"), Path("x.txt")) == (text, "big5")
    assert decode(text.encode("gb18030"), Path("x.txt")) == (text, "gb18030")


# A notice with a table drawn in box-drawing signs, as a word processor's or a mail's plain text
# writes it (review 18G item 1: read as Big5 or Thai once the signs stopped counting as Chinese).
_BOX_TABLE = """各单位：
现将考核结果通知如下：
┌────┬────┬────┐
│单位│得分│等级│
├────┼────┼────┤
│一科│９５│优秀│
├────┼────┼────┤
│二科│８８│良好│
└────┴────┴────┘
"""


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (_BOX_TABLE, "gb18030"),
        (_BOX_TABLE.translate(str.maketrans("单现将结级优", "單現將結級優")), "big5"),
        ("┌──────┬──────┐\n│姓名　│成绩　│\n├──────┼──────┤\n│张三　│９０　│\n└──────┴──────┘\n", "gb18030"),
        ("┌──────┬──────┐\n│姓名　│成績　│\n├──────┼──────┤\n│張三　│９０　│\n└──────┴──────┘\n", "big5"),
    ],
    ids=["gbk", "big5", "gbk-table-alone", "big5-table-alone"],
)
def test_a_text_with_a_box_drawn_table_reads_in_its_encoding(text: str, encoding: str) -> None:
    # (box-drawing signs count as a Chinese text's signs, as its punctuation does)
    assert decode(text.encode(encoding), Path("x.txt")) == (text, encoding)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("講話", "x.txt"),
        ("國家", "x.txt"),
        ("<html><body><p>講話</p><p>國家</p></body></html>", "x.html"),
        ("Title: 學習\nAuthor: Chen\nDate: 2024-01-01\n" + "text text text " * 10, "x.txt"),
    ],
)
def test_short_big5_text_is_not_read_as_gb18030(text: str, name: str) -> None:
    # (a short Big5 text reads in GB18030 as frequent characters too, 講話 as 量杠: a file's ties
    # go to the detector's order, as in round 17)
    assert decode(text.encode("big5"), Path(name)) == (text, "big5")


def test_forced_encoding(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("统一战线".encode("gbk"))
    document = read_document(path, encoding="gbk")
    assert (document.lines, document.encoding) == (["统一战线"], "gbk")


@pytest.mark.parametrize(
    ("label", "read_as"),
    [
        *[
            (label, "gb18030")
            for label in ("gb2312", "GB2312", "gbk", "x-gbk", "cp936", "euc-cn", "euc_cn", "gb18030")
        ],
        *[(label, label) for label in ("big5", "utf-8", "hz", "no-such-charset", "utf\x00-8")],
    ],
)
def test_every_spelling_of_a_gb_charset_is_read_as_gb18030(label: str, read_as: str) -> None:
    # (one set for a page's declared charset, a mail's and a detector's guess)
    from yaodian.sources.encodings import as_gb18030

    assert as_gb18030(label) == read_as


@pytest.mark.parametrize("label", ["hex", "rot13", "undefined", "utf\x00-8"])
def test_a_declared_label_of_no_text_encoding_is_passed_over(tmp_path: Path, label: str) -> None:
    # (a mail or a page may declare any label: codecs knows hex, rot13 and undefined, but as no
    # text encoding; the text is detected, as for a label codecs does not know)
    text = "统一战线是党克敌制胜、执政兴国的重要法宝"
    assert decode(text.encode("gbk"), Path("x.txt"), None, label) == (text, "gb18030")
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("gbk"))
    with pytest.raises(YaodianError, match=f"{path}: unknown (text )?encoding '{label}'"):
        read_document(path, encoding=label)


def test_html_declared_charset_is_used(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    text = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=gb2312'></head><body>"
    text += "<p>统一战线是党克敌制胜、执政兴国的重要法宝，是团结海内外全体中华儿女实现中华民族伟大复兴的重要法宝。</p>"
    path.write_bytes((text + "</body></html>").encode("gb18030"))
    document = read_document(path)
    assert document.encoding == "gb18030"
    assert "统一战线是党克敌制胜" in document.text


def test_html_comment_inside_the_article(tmp_path: Path) -> None:
    """A page whose article holds an HTML comment (a CMS's <!-- 正文开始 -->) beside a subheading
    the text extraction dropped reads whole, the subheading put back."""
    paragraph = "统一战线是党克敌制胜、执政兴国的重要法宝，各级党委要切实增强做好统战工作的责任感和使命感。"
    second = "坚持大团结大联合，画出最大同心圆，凝聚起全面建设社会主义现代化国家的磅礴力量。"
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>统战工作要点</title></head><body><div class='article'><!-- 正文开始 -->"
        f"<p>{paragraph}</p><!-- 小标题 --><h2>一、坚持大团结大联合</h2><p>{second}</p><!-- 正文结束 -->"
        "</div></body></html>",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", str(path), "--cards", str(tmp_path / "cards")])
    assert result.exit_code == 0, result.output
    lines = read_document(path).lines
    assert [line for line in lines if line.startswith(("统一战线", "一、", "坚持"))] == [
        paragraph,
        "一、坚持大团结大联合",
        second,
    ]


def test_html_source_wrapped_between_chinese_characters_reads_as_a_browser_shows_it(tmp_path: Path) -> None:
    """Word's 网页 and .mht files wrap their source mid-word with CR LF: a browser shows nothing
    between two Chinese characters, so a heading or an item is not split in two; in <pre> the
    break stays, and between Latin words it is a space."""
    path = tmp_path / "report.html"
    paragraphs = "".join(
        f"<p>现将一年来的思想、工作和廉洁自律情况报告如下，请予评议。第{n}段文字说明工作进展情况。</p>\r\n"
        for n in range(6)
    )
    path.write_bytes(
        (
            "<html><head><title>述职报告</title></head><body><div class=WordSection1>\r\n"
            f"{paragraphs}<p><span>一、一\r\n年来的主要工作</span></p>\r\n"
            "<p>一是坚持理论武装，政治站位\r\n  不断提高。参加学习12次，撰写心得体会4篇，Times\r\nNew Roman 字体。</p>\r\n"
            "<pre>第一行\n第二行</pre></div></body></html>"
        ).encode()
    )
    lines = read_document(path).lines
    assert "一、一年来的主要工作" in lines
    assert (
        "一是坚持理论武装，政治站位不断提高。参加学习12次，撰写心得体会4篇，Times New Roman 字体。" in lines
    )
    assert "一年来的主要工作" not in lines
    assert [line for line in lines if line.startswith("第") and "行" in line] == ["第一行", "第二行"]


def _post(number: int, message: str, signature: str) -> str:
    """A Discuz post: the author's cell, the message between <br>, the signature under it."""
    return (
        f'<div id="post_{number}"><table class="plhin"><tr><td class="pls"><a href="#">用户{number}</a></td>'
        f'<td class="plc"><div class="pi"><em>发表于 2024-7-2{number} 10:01</em></div>'
        f'<table><tr><td class="t_f" id="postmessage_{number}">{message}</td></tr></table>'
        f"{signature}</td></tr></table></div>"
    )


def test_a_forums_signature_under_each_post_is_no_text(tmp_path: Path) -> None:
    """A forum prints each poster's signature under their post (Discuz's div.sign, phpBB's
    div.signature): the poster's motto, not the thread's text. The same words in a post stay, and
    so does an element so named that holds the post itself."""
    motto = "遴选路漫漫，坚持就是胜利！2023年省直遴选上岸，回来分享经验"
    answer = (
        "一、存在问题。①网格负担过重，部门随意派活；②形式主义突出，多头打卡、重留痕轻实效。<br />"
        "二、对策建议。①严把网格准入关，未经审核的事项一律不得进入网格；②为网格减负，整合APP和报表。<br />"
    )
    posts = [
        _post(
            1,
            f"整理了一道案例分析题，大家一起讨论。<br />{answer}",
            '<div class="sign">每天一道遴选题，坚持打卡第213天</div>',
        ),
        _post(
            2,
            "三、落实保障。稳定网格员队伍，提高待遇，畅通晋升渠道。<br />",
            f'<div class="signature" id="sig42">{motto}</div>',
        ),
        _post(
            3, f"{motto}<br />四、改进考核。以群众满意度为主要标准，变“拍了多少照”为“办成多少事”。<br />", ""
        ),
    ]
    page = (
        '<html><head><meta charset="utf-8"><title>案例分析题讨论 - 遴选论坛</title></head><body>'
        f'<div id="postlist">{"".join(posts)}</div></body></html>'
    )
    (tmp_path / "thread.html").write_text(page, encoding="utf-8")
    lines = read_document(tmp_path / "thread.html").lines
    assert "每天一道遴选题，坚持打卡第213天" not in "".join(lines)
    assert lines.count(motto) == 1  # the third post's own line
    assert "三、落实保障。稳定网格员队伍，提高待遇，畅通晋升渠道。" in lines
    # an element named a signature that holds all its parent's text is no post's signature
    single = '<html><body><div><div class="signature"><p>{}</p></div></div></body></html>'
    (tmp_path / "one.html").write_text(
        single.format("稳定网格员队伍，提高待遇，畅通晋升渠道。" * 3), encoding="utf-8"
    )
    assert read_document(tmp_path / "one.html").lines == ["稳定网格员队伍，提高待遇，畅通晋升渠道。" * 3]


def test_the_signature_under_a_threads_only_post_is_no_text(tmp_path: Path) -> None:
    """A thread of one post (its poster's badge 楼主 by the name) prints the poster's signature once:
    it goes as under each of many posts. On a page that is no thread, one such block stays (below)."""
    badge = '<div class="pi"><a>晨曦微露</a> <strong>楼主</strong> 电梯直达</div>'
    post = _post(
        1,
        "三、落实保障。稳定网格员队伍，提高待遇，畅通晋升渠道。<br />",
        '<div class="sign">上岸之前，不谈风月。</div>',
    )
    page = (
        f'<html><head><meta charset="utf-8"></head><body><div id="postlist">{badge}{post}</div></body></html>'
    )
    (tmp_path / "thread.html").write_text(page, encoding="utf-8")
    lines = read_document(tmp_path / "thread.html").lines
    assert "上岸之前，不谈风月。" not in lines
    assert "三、落实保障。稳定网格员队伍，提高待遇，畅通晋升渠道。" in lines
    # on an article's page (no badge), one block so named is the page's text
    article = (
        "<p>近年来，各地坚持把抓基层、打基础作为长远之计和固本之举，推动资源、服务、管理向基层下沉。</p>" * 4
    )
    body = f'<article>{article}<div class="sign">上岸之前，不谈风月。</div></article>'
    (tmp_path / "page.html").write_text(
        f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>', encoding="utf-8"
    )
    assert "上岸之前，不谈风月。" in read_document(tmp_path / "page.html").lines


def test_an_element_named_a_sign_that_is_no_forums_signature_stays(tmp_path: Path) -> None:
    """A word marked inside a sentence (<span class="key-sign">), and a notice's sign-off (its office
    and date in <div class="sign">, once on the page or under each of several notices), are the
    page's text: a signature is a block under each of several posts."""
    paragraph = "<p>要牢记<span class='key-sign'>“两个务必”</span>，始终保持谦虚谨慎、艰苦奋斗的作风。</p>"
    notice = (
        "<div class='notice'><p>各乡镇人民政府，县直各单位：现将有关事项通知如下，请认真贯彻落实。</p>"
        "<div class='sign'>某某县人民政府办公室 2024年3月{}日</div></div>"
    )
    cases = {
        "inline.html": (paragraph * 2, "要牢记“两个务必”，始终保持谦虚谨慎、艰苦奋斗的作风。"),
        "notice.html": (notice.format(5), "某某县人民政府办公室 2024年3月5日"),
        "notices.html": (notice.format(5) + notice.format(8), "某某县人民政府办公室 2024年3月8日"),
        # (a forum's badge as a word inside prose, 教学楼主体, makes no thread of the page)
        "building.html": (
            "<p>新建教学楼主体结构已于5月完工，各项配套正在加紧建设。</p><div class='sign'>某某县教育局</div>",
            "某某县教育局",
        ),
    }
    for name, (body, line) in cases.items():
        article = (
            "<p>近年来，各地坚持把抓基层、打基础作为长远之计和固本之举，推动资源、服务、管理向基层下沉。</p>"
            * 4
        )
        article += body
        page = f'<html><head><meta charset="utf-8"></head><body><article>{article}</article></body></html>'
        (tmp_path / name).write_text(page, encoding="utf-8")
        assert line in read_document(tmp_path / name).lines, name


# ---------------------------------------------------------------- formats


def test_html_keeps_headings_and_drops_furniture(tmp_path: Path) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    path = tmp_path / "page.htm"
    write_html(path, text, "提能善为 着力提高湖北统战工作科学化水平")
    document = read_document(path)
    assert extract_document(document).title == "提能善为 着力提高湖北统战工作科学化水平"
    assert document.meta["format"] == "html"
    assert any(line.startswith("一、") for line in document.lines)
    for furniture in ("热门文章", "网友评论", "版权所有", "时政", "Copyright"):
        assert furniture not in document.text


def test_html_by_content_whatever_the_suffix(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    write_html(path, ARTICLE.read_text(encoding="utf-8"), "提能善为", charset="utf-8")
    document = read_document(path)
    assert document.meta["format"] == "html"
    assert "<p>" not in document.text


def test_markdown_syntax_is_removed_line_for_line(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "# 标题\n\n## 一、**加强**党的领导\n\n> 引用[链接](http://x.cn)的话\n\n---\n正文 `代码`\n",
        encoding="utf-8",
    )
    assert read_document(path).lines == [
        "标题",
        "",
        "一、加强党的领导",
        "",
        "引用链接的话",
        "",
        "",
        "正文 代码",
        "",
    ]


def test_markdown_task_items_are_marked_as_tasks_in_the_layout(tmp_path: Path) -> None:
    # (the box is drawn by the app and dropped from the text; the layout keeps that the item had one)
    path = tmp_path / "a.md"
    path.write_text("- [ ] 整理成素材卡\n- [x] 坚持党的全面领导\n- 普通要点\n", encoding="utf-8")
    document = read_document(path)
    assert document.lines == ["整理成素材卡", "坚持党的全面领导", "普通要点", ""]
    assert document.layout == {
        1: LineLayout(bullet=1, task=True),
        2: LineLayout(bullet=1, task=True),
        3: LineLayout(bullet=1),
    }


def _add_list(document: docx.document.Document, levels: list[tuple[str, str]]) -> str:
    """A numbering definition with one (numFmt, lvlText) per level; returns its numId."""
    numbering = document.part.numbering_part.element
    abstract_id = 90 + len(numbering.xpath("./w:abstractNum"))
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>'
    )
    numbering.insert(0, abstract)
    return str(numbering.add_num(abstract_id).numId)


def _numbered(document: docx.document.Document, text: str, num_id: str, level: int = 0) -> None:
    paragraph = document.add_paragraph(text)
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_numId().val = int(num_id)
    num_pr.get_or_add_ilvl().val = level


def test_docx_word_numbering_is_written_into_the_text(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "统战工作要点"
    outline = _add_list(
        document,
        [
            ("chineseCounting", "%1、"),
            ("chineseCounting", "（%2）"),
            ("decimal", "%3."),
            ("decimalEnclosedCircle", "%4"),
        ],
    )
    _numbered(document, "加强思想政治引领", outline)
    _numbered(document, "坚持大团结大联合", outline, 1)
    _numbered(document, "巩固共同思想政治基础", outline, 1)
    _numbered(document, "健全工作机制", outline)
    _numbered(document, "完善制度", outline, 1)
    _numbered(document, "议事协调", outline, 2)
    _numbered(document, "督促检查", outline, 2)
    _numbered(document, "明确责任", outline, 3)
    for item in ("十一", "十二"):
        document.add_paragraph(item)
    document.add_paragraph("一般段落", style="List Number")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "表格左", "表格右"
    path = tmp_path / "a.docx"
    document.save(str(path))
    result = read_document(path)
    assert result.title == "统战工作要点"
    assert result.lines == [
        "一、加强思想政治引领",
        "（一）坚持大团结大联合",
        "（二）巩固共同思想政治基础",
        "二、健全工作机制",
        "（一）完善制度",
        "1.议事协调",
        "2.督促检查",
        "①明确责任",
        "十一",
        "十二",
        "1.一般段落",
        "表格左：表格右",  # a table of pairs, a row to a line (see test_word.py)
    ]


def test_docx_numbered_list_becomes_a_list_card(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("统战部门的三项职能", style="Heading 1")
    document.add_paragraph("全省统战部长会议对统战部门的职能提出了三点要求：")
    num_id = _add_list(document, [("chineseCounting", "%1是")])
    for item in (
        "充分发挥参谋作用，多给党委出主意。",
        "做好领导小组办公室的日常工作。",
        "切实加强基层统战工作。",
    ):
        _numbered(document, item, num_id)
    path = tmp_path / "a.docx"
    document.save(str(path))
    card_file = extract_document(read_document(path))
    assert card_file.title == "统战部门的三项职能"
    items = [card.items for card in card_file.cards if card.type == "list"]
    assert ["充分发挥参谋作用", "做好领导小组办公室的日常工作", "切实加强基层统战工作"] in items


def test_docx_bulleted_items_are_a_list_as_markdown_bullets_are(tmp_path: Path) -> None:
    # a bullet is no text: the reader gives the item's depth, and its date in brackets glosses it
    document = docx.Document()
    document.add_paragraph("三、实施步骤")
    bullets = _add_list(document, [("bullet", "•"), ("bullet", "◦")])
    _numbered(document, "动员部署阶段（2025年3月）。制定实施方案，召开动员部署会。", bullets)
    _numbered(document, "明确任务分工", bullets, 1)
    _numbered(document, "集中攻坚阶段（2025年4月至10月）。全面开展排查整治。", bullets)
    document.add_paragraph("巩固提升阶段（2025年11月至12月）。总结经验做法。", style="List Bullet")
    path = tmp_path / "a.docx"
    document.save(str(path))
    result = read_document(path)
    assert result.lines[1] == "动员部署阶段（2025年3月）。制定实施方案，召开动员部署会。"
    assert result.layout == {
        2: LineLayout(bullet=1),
        3: LineLayout(bullet=2),
        4: LineLayout(bullet=1),
        5: LineLayout(bullet=1),
    }
    items = [card.items for card in extract_document(result).cards if card.type == "list"]
    assert ["动员部署阶段", "集中攻坚阶段", "巩固提升阶段"] in items


def test_pdf_lines_are_rejoined_but_enumerations_kept(tmp_path: Path) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    path = tmp_path / "a.pdf"
    write_pdf(path, text)
    document = read_document(path)
    assert document.meta["format"] == "pdf"
    assert document.lines == _paragraphs(text)


@pytest.mark.parametrize("label", ["抄送：", "主送："])
def test_an_indented_pdfs_record_line_set_flush_after_the_last_sentence_stands_alone(label: str) -> None:
    # (a 红头文件's 版记 under its last indented paragraph: no indent, yet no line of that paragraph)
    from yaodian.sources.plain import join_lines

    record = f"{label}县委办公室，县纪委监委机关。"
    raw = [
        " 各乡镇要对照本方案抓好落实，每季度末向县委报送进展情况，遇",
        "有重大问题及时请示报告，确保各项任务按期落地见效。",
        record,
        " 县委办公室　　2025年3月2日印发",
    ]
    lines = join_lines(raw)[0]
    assert record in lines
    assert lines[0].endswith("按期落地见效。")


def test_an_indented_pdfs_flush_line_after_a_sentence_still_goes_on() -> None:
    # (where a sentence ends at a line's end, the flush line under it is the same paragraph's)
    from yaodian.sources.plain import join_lines

    raw = [
        " 要健全公文运转机制，明确各环节的办理时限和责任。",
        "抄送范围要从严把握，主送单位要及时反馈办理情况，",
        "逐级压实责任。",
        " 二是强化督导，定期通报各单位公文办理的质量。",
    ]
    assert join_lines(raw)[0][0] == "".join(line.strip() for line in raw[:3])


def test_pdf_without_indents_breaks_at_sentences_and_markers(tmp_path: Path) -> None:
    from yaodian.sources.plain import join_lines

    full = "统一战线是党克敌制胜、执政兴国的重要法宝，是团结海内外全体中华儿"
    raw = [
        "一、加强党的领导",
        full,
        "女实现伟大复兴的重要法宝。",
        "会议提出：",
        "——坚持大团结大联合，坚持一致性和多样性相统一，巩固共同思想政治",
        "基础。",
        "- 1 -",
        "——加强思想政治引领。",
    ]
    assert join_lines(raw)[0] == [
        "一、加强党的领导",
        full + "女实现伟大复兴的重要法宝。",
        "会议提出：",
        "——坚持大团结大联合，坚持一致性和多样性相统一，巩固共同思想政治基础。",
        "——加强思想政治引领。",
    ]


@pytest.mark.parametrize(
    "before",
    [
        ["某某县人民政府办公室", "2024年3月5日"],  # a notice's signature and date end its page
        ["（三）强化督查考核", "建立月调度、季通报机制"],  # a list's item ends the page
    ],
)
def test_a_heading_after_a_page_that_ends_a_short_line_stays(before: list[str]) -> None:
    """Only a full line runs on into the next page: after a short one, the line standing apart
    at the top of the page is a heading, not a running head."""
    from yaodian.sources.plain import join_lines

    full = "为深入贯彻落实党中央关于加强基层治理体系和治理能力现代化建设的意见，"
    raw = [
        "一、总体要求",
        full,
        "结合本县实际，制定如下方案，请各单位认真抓好贯彻落实。",
        *before,
        "",
        "- 3 -",
        "\f",
        "",
        "关于进一步加强基层治理的实施方案",
        "",
        full,
        "结合本县实际，制定本方案。",
    ]
    assert "关于进一步加强基层治理的实施方案" in join_lines(raw)[0]


def test_a_running_head_printed_once_inside_a_cut_sentence_goes() -> None:
    from yaodian.sources.plain import join_lines

    full = "我们也清醒地看到，全市经济社会发展还面临不少困难和挑战：有效需求不"
    raw = [
        "一、工作回顾",
        full,
        "足，部分企业生产经营困难；产业结构偏重，科技创新能力不强；财政收支矛盾",
        "",
        "— 1 —",
        "\f",
        "2025年某某市政府工作报告",
        "",
        "突出，一些领域风险隐患不容忽视；少数干部担当作为不够。",
        "二、总体要求",
    ]
    assert join_lines(raw)[0] == [
        "一、工作回顾",
        full + "足，部分企业生产经营困难；产业结构偏重，科技创新能力不强；财政收支矛盾"
        "突出，一些领域风险隐患不容忽视；少数干部担当作为不够。",
        "二、总体要求",
    ]


_MASTHEAD = ["2024年5月14日 星期二　　　　　　第 07 版：理论周刊", "江海日报", "把握新时代国家安全工作规律"]


def test_a_running_head_that_repeats_the_masthead_goes_from_the_sentence_it_cuts(tmp_path: Path) -> None:
    """A paper's foot printed once (its name, date and page, each printed in the masthead) glued
    into a sentence at a page break goes, and the sentence runs on across it."""
    path = tmp_path / "paper.txt"
    lines = [
        *_MASTHEAD,
        "发展和安全是一体之两翼、驱动之双轮。",
        "二、坚持以高水平安全护航发展全局。要加强粮食、能源等重点领域安全能力建设，",
        "江海日报 2024年5月14日 7",
        "守住不发生系统性风险的底线。",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    sentence = "二、坚持以高水平安全护航发展全局。要加强粮食、能源等重点领域安全能力建设，守住不发生系统性风险的底线。"
    assert sentence in read_document(path).lines


def test_a_running_head_that_repeats_the_cover_in_pieces_after_a_form_feed_goes() -> None:
    from yaodian.sources.plain import join_lines

    full = "过去一年，全市上下认真落实安全生产责任制，事故起数和死亡人数实现“双下降”，但"
    raw = [
        "领导讲话汇编",
        "2024年第2期（总第37期）",
        "",
        "在全市安全生产工作会议上的讲话",
        full,
        "也要清醒看到，我市正处于工业化、城镇化快速发展阶段，各类风险隐患交织叠加，安全",
        "",
        "— 1 —",
        "",
        "\f领导讲话汇编                              2024年第2期",
        "生产基础依然薄弱。",
    ]
    joined = join_lines(raw)[0]
    assert joined[-1].endswith("各类风险隐患交织叠加，安全生产基础依然薄弱。")
    assert not any("汇编" in line for line in joined[1:])


@pytest.mark.parametrize(
    "line",
    [
        "江海日报 评论员",  # (no number, date or issue: a byline's words)
        "2024年 1200 1500",  # (a table's row: no name the head prints on its own)
        "第1章 江海日报 2024年5月14日",  # (a heading)
        "江海日报 2024年5月14日 第7版报道",  # (words the head does not hold)
    ],
)
def test_a_line_of_the_heads_words_that_is_no_running_head_stays(line: str) -> None:
    from yaodian.sources.plain import rejoin

    raw = [*_MASTHEAD, "2024年", "一、要加强粮食、能源等重点领域安全能力建设，", line, "守住底线。"]
    assert line in rejoin(raw, wrapped=False)[len(_MASTHEAD) + 1]  # (glued after the clause it goes on)


def test_a_long_head_and_many_rows_of_its_words_give_no_running_head() -> None:
    """A head of thousands of lines over thousands of rows that repeat an issue holds no running
    head. (No timing here: tests assert no speed, and a loaded machine failed the bound it held.)"""
    from yaodian.sources.plain import _head_in_pieces

    rows = 6000
    raw = ["江海", *(f"第{i}行 {i}" for i in range(rows)), "正文，"]
    raw += [f"江海 第{i % 50}期 {i % 7}" for i in range(rows)]
    assert _head_in_pieces(raw, False) == set()


def test_the_papers_name_and_date_after_a_sentences_end_stay() -> None:
    """Where no page breaks (the line before ends its sentence), the paper's name and date on a line
    of their own are the text's: a source's credit, a signature."""
    from yaodian.sources.plain import rejoin

    raw = [*_MASTHEAD, "一、要加强粮食、能源等重点领域安全能力建设，守住底线。", "江海日报 2024年5月14日"]
    assert rejoin(raw, wrapped=False)[-1] == "江海日报 2024年5月14日"


_NOTICE = [
    "关于做好防汛工作的通知",
    "江海市人民政府办公室",
    "2024年5月14日",
    "",
    "各区县人民政府，市政府各部门：",
]
_WRAPPED_NOTICE = "为切实做好今年防汛抗旱工作，确保人民群众生命财产安全，根据上级有关要求，结合我"


@pytest.mark.parametrize(
    ("raw", "line"),
    [
        # a letter's signature after 此致 / 敬礼 (no sentence cut there)
        (
            [
                "致全市读者的一封信",
                "江海日报社",
                "2024年5月14日",
                "",
                "亲爱的读者：",
                "感谢大家的支持，",
                "我们将继续努力。",
                "此致",
                "敬礼",
                "江海日报社 2024年5月14日",
            ],
            "江海日报社 2024年5月14日",
        ),
        # a notice's signature over the page's number, or before a form feed
        (
            [
                *_NOTICE,
                "为做好今年防汛工作，",
                "现通知如下。",
                "特此通知。",
                "",
                "江海市人民政府办公室 2024年5月14日",
                "",
                "— 3 —",
            ],
            "江海市人民政府办公室 2024年5月14日",
        ),
        (
            [
                "关于做好防汛工作的通知",
                "江海市应急管理局 江海市水务局",
                "2024年5月14日",
                "",
                "各区县人民政府，市政府各部门：",
                "为做好今年防汛工作，",
                "现通知如下。",
                "特此通知。",
                "",
                "江海市应急管理局 江海市水务局 2024年5月14日",
                "\f附件：防汛责任人名单",
            ],
            "江海市应急管理局 江海市水务局 2024年5月14日",
        ),
        # the same in text broken at a fixed width
        (
            [
                *_NOTICE,
                *[_WRAPPED_NOTICE] * 7,
                "市实际，现将有关事项通知如下。",
                "特此通知。",
                "",
                "江海市人民政府办公室 2024年5月14日",
                "",
                "— 3 —",
            ],
            "江海市人民政府办公室 2024年5月14日",
        ),
        # a table's row that repeats a name of the byline (its numbers are no page's)
        (
            [
                "第一季度安全检查情况通报",
                "江海市应急管理局 张三",
                "",
                "一季度共检查企业120家，",
                "发现隐患35处。",
                "各检查组情况如下：",
                "检查组 企业 隐患",
                "李四 40 12",
                "张三 45 15",
                "王五 35 8",
            ],
            "张三 45 15",
        ),
        # a paper's name and date after an author's note, and a heading's line after a heading
        (
            [
                "江海日报",
                "2024年5月14日 星期二",
                "",
                "把握新时代国家安全工作规律",
                "发展和安全是一体之两翼，",
                "驱动之双轮。",
                "（作者单位：江海大学）",
                "江海日报 2024年5月14日",
            ],
            "江海日报 2024年5月14日",
        ),
        (
            [
                "政府工作报告",
                "2024年1月15日 在江海市第十六届人民代表大会第三次会议上",
                "江海市市长 张三",
                "",
                "各位代表：",
                "现在，我代表市人民政府，",
                "向大会报告工作。",
                "一、2023年工作回顾",
                "政府工作报告 2024年1月15日",
                "名词解释",
            ],
            "政府工作报告 2024年1月15日",
        ),
    ],
)
def test_a_signature_credit_or_row_that_repeats_the_head_where_no_sentence_is_cut_stays(
    tmp_path: Path, raw: list[str], line: str
) -> None:
    """The head's name and date on a line after a sentence's end, a closing (敬礼), a note or a
    heading, or a row of numbers, is the text's, page number or form feed beside it or not."""
    path = tmp_path / "doc.txt"
    path.write_text("\n".join(raw), encoding="utf-8")
    assert line in [text.strip().lstrip("\f") for text in read_document(path).lines]


def test_a_journals_page_number_and_its_head_spaced_otherwise_break_no_sentence() -> None:
    from yaodian.sources.plain import join_lines

    raw = [
        "某某研究                                    2024年第4期",
        "新时代生态文明建设的实践路径探析",
        "（一）绿水青山就是金山银山",
        "“绿水青山就是金山银山”理念，深刻阐明了经",
        "济发展和生态环境保护的关系，揭示了保护生态",
        "",
        "· 37 ·",
        "某某研究 2024年第4期",
        "环境就是保护生产力、改善生态环境就是发展生",
        "产力的道理。这一理念经历了三个阶段的认识深",
        "化，是我们党对生态文明建设规律的深刻把握。",
    ]
    assert join_lines(raw)[0][-1] == (
        "“绿水青山就是金山银山”理念，深刻阐明了经济发展和生态环境保护的关系，揭示了保护生态"
        "环境就是保护生产力、改善生态环境就是发展生产力的道理。这一理念经历了三个阶段的认识深"
        "化，是我们党对生态文明建设规律的深刻把握。"
    )


def test_a_journals_running_head_swapping_sides_on_facing_pages_goes() -> None:
    from yaodian.sources.plain import join_lines

    raw = [
        "\f",
        "2023年第6期                          南屏学刊",
        "",
        "论县域治理中的协同机制",
        "县域是连接城乡的枢纽。推进县域治理现代化，关键在于理顺条块",
        "",
        "· 15 ·",
        "\f",
        "南屏学刊                          2023年第6期",
        "",
        "关系，形成上下贯通、左右协同的工作格局。这是本文讨论的起点。",
    ]
    lines = join_lines(raw)[0]
    assert not [line for line in lines if "南屏学刊" in line]
    assert "关键在于理顺条块关系，形成上下贯通" in "".join(lines)


def test_two_heads_of_different_issues_are_no_one_running_head() -> None:
    from yaodian.sources.plain import find_running_heads

    raw = [
        "\f",
        "2023年第6期 南屏学刊",
        "",
        "正文一行。",
        "· 15 ·",
        "\f",
        "南屏学刊 2023年第7期",
        "",
        "正文二行。",
    ]
    assert find_running_heads(raw) == set()


def test_a_web_pages_raised_footnote_marks_go_and_an_exponent_stays(tmp_path: Path) -> None:
    path = tmp_path / "article.html"
    paragraphs = [
        "县域经济是国民经济的基本单元，要坚持因地制宜、分类指导<sup>[1]</sup>，走特色发展之路。",
        "全县森林面积达到3.2×10<sup>5</sup>亩，生态产品价值实现机制初步建立<sup>②</sup>。",
        "发展壮大村级集体经济，必须激活资源、盘活资产、用活资金<sup><a href='#n3'>［3］</a></sup>。",
    ]
    body = "".join(f"<p>{text}</p>" for text in paragraphs * 3)
    path.write_text(
        f"<html><body><article><h1>县域经济漫谈</h1>{body}</article></body></html>", encoding="utf-8"
    )
    text = "\n".join(read_document(path).lines)
    assert "分类指导，走特色发展之路" in text
    assert "初步建立。" in text
    assert "用活资金。" in text
    assert "3.2×105亩" in text


def _pdf_with_footnotes(path: Path, pages: list[tuple[list[str], list[str]]]) -> None:
    """A PDF of `pages`, each its lines of text (11 pt) and the notes at its foot (8 pt, over
    its number), as a journal sets them: the lines stand as given, broken where the measure is
    full."""
    from reportlab.lib.pagesizes import A5
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    width, height = A5
    sheet = canvas.Canvas(str(path), pagesize=A5, invariant=1)
    for number, (lines, notes) in enumerate(pages, 31):
        sheet.setFont("STSong-Light", 11)
        for row, line in enumerate(lines):
            sheet.drawString(40, height - 60 - 17 * row, line)
        sheet.line(40, 50 + 14 * len(notes), 120, 50 + 14 * len(notes))
        sheet.setFont("STSong-Light", 8)
        for row, note in enumerate(notes):
            sheet.drawString(40, 40 + 14 * (len(notes) - row), note)
        sheet.drawCentredString(width / 2, 20, f"· {number} ·")
        sheet.showPage()
    sheet.save()


def test_pdf_footnotes_at_a_pages_foot_go_and_the_sentence_they_cut_runs_on(tmp_path: Path) -> None:
    path = tmp_path / "journal.pdf"
    first = ["调研发现，多数村干部认为考核任务过重②，也有", "不少人认为基层缺少必要的工作经费。这些问题"]
    second = ["亟须通过制度设计加以回应。具体有三条：①精简考核", "事项；②下沉工作经费；③畅通晋升渠道。"]
    _pdf_with_footnotes(path, [(first, ["② 该数据来自课题组对五个乡镇的走访。"]), (second, [])])
    text = "".join(read_document(path).lines)
    assert "走访" not in text
    assert "认为考核任务过重，也有不少人" in text  # (the note's mark goes with it)
    assert "这些问题亟须通过制度设计加以回应。" in text
    assert "；②下沉工作经费" in text  # (a page without its note keeps an item's mark)


def test_pdf_lines_set_small_at_a_pages_foot_that_the_text_marks_nowhere_stay(tmp_path: Path) -> None:
    path = tmp_path / "journal.pdf"
    lines = ["乡村治理要坚持自治、法治、德治相结合。", "参考文献："]
    references = ["[1] 林远山. 乡村治理概论[M]. 南屏: 南屏出版社, 2021."]
    _pdf_with_footnotes(path, [(lines, references)])
    assert any("林远山" in line for line in read_document(path).lines)


_OPENING_LINES = ["河谷两岸的集镇沿公路铺开，赶集的日子人流不断，", "镇上的修车铺和粮站一直开到天黑才关门。"]


@pytest.mark.parametrize(
    ("lines", "foot", "kept"),
    [
        # a table's note, its ① opening an item in the text above, not raised after words
        (
            ["镇里定了两件事：①修好渡口；②疏通水渠。", "表2 渡口客流（人次）", "北渡 410  南渡 385"],
            ["注：", "① 南渡含夜航班次。"],
            "夜航",
        ),
        # a table's note whose mark a cell raises
        (
            ["渡口客流见表2。", "表2 渡口客流（人次）", "北渡① 410  南渡 385"],
            ["注：", "① 北渡含夜航班次。"],
            "夜航",
        ),
        # an item set small, its ① opening its words as the text's items do
        (["镇里定了两件事：①修好渡口；②疏通水渠。"], ["① 修渡口在先，疏水渠在后。"], "在先"),
        # works cited under 参考文献, the text citing them
        (
            ["渡口的兴衰与集市的迁移有关[1]。", "参考文献："],
            ["[1] 苏晚晴. 河谷集镇志[M]. 北川: 北川书局, 2019."],
            "苏晚晴",
        ),
    ],
)
def test_pdf_notes_of_other_kinds_at_a_pages_foot_stay(
    tmp_path: Path, lines: list[str], foot: list[str], kept: str
) -> None:
    path = tmp_path / "report.pdf"
    _pdf_with_footnotes(path, [(_OPENING_LINES + lines, foot)])
    assert kept in "".join(read_document(path).lines)


def test_a_line_without_marks_after_a_page_break_between_sentences_is_kept() -> None:
    from yaodian.sources.plain import join_lines

    raw = [
        "一、工作回顾",
        "我们也清醒地看到，全市经济社会发展还面临不少困难和挑战：有效需求不",
        "足，部分企业生产经营困难；产业结构偏重，科技创新能力不强。",
        "",
        "— 1 —",
        "\f",
        "扎实推进产业强市开放兴市生态立市",
        "",
        "突出，一些领域风险隐患不容忽视；少数干部担当作为不够。",
    ]
    assert "扎实推进产业强市开放兴市生态立市" in join_lines(raw)[0]


def _pdf_with(path: Path, story: list, *, page_head: str = "", columns: int = 1, watermark: str = "") -> None:
    """A typeset PDF of reportlab flowables (Chinese CID font), a running head's left and right
    parts and a page number on every page when `page_head` is given (left|right), a `watermark`
    across every page, the text in `columns` columns side by side."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    width, height = A4
    inner = (width - 144 - 20 * (columns - 1)) / columns
    frames = [Frame(72 + n * (inner + 20), 72, inner, height - 144, id=f"c{n}") for n in range(columns)]

    def furniture(canvas, document) -> None:
        if page_head:
            left, right = page_head.split("|")
            canvas.setFont("STSong-Light", 9)
            canvas.drawString(72, height - 50, left)
            canvas.drawRightString(width - 72, height - 50, right)
            canvas.drawCentredString(width / 2, 40, f"— {document.page} —")
        if watermark:
            canvas.saveState()
            canvas.setFont("STSong-Light", 40)
            canvas.translate(width / 2, height / 2)
            canvas.rotate(45)
            canvas.drawCentredString(0, 0, watermark)
            canvas.restoreState()

    document = BaseDocTemplate(str(path), pagesize=A4, invariant=1)
    document.addPageTemplates([PageTemplate(frames=frames, onPage=furniture)])
    document.build(story)


def _style(size: float = 11, indent: float = 22) -> object:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return ParagraphStyle(
        f"s{size}{indent}",
        fontName="STSong-Light",
        fontSize=size,
        leading=size * 1.5,
        wordWrap="CJK",
        firstLineIndent=indent,
    )


def _table(rows: list[list[str]], widths: list[float], repeat: int = 0) -> object:
    """A ruled table whose cells wrap (Paragraphs), set in the middle of their rows."""
    from reportlab.platypus import Paragraph, Table, TableStyle

    cell = _style(10.5, 0)
    table = Table(
        [[Paragraph(escape(text), cell) for text in row] for row in rows], colWidths=widths, repeatRows=repeat
    )
    table.setStyle(
        TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    )
    return table


TABLE_ROWS = [
    ["序号", "得分要点", "资料中的具体表述", "分值"],
    ["1", "完善数字基础设施", "实现行政村5G网络和光纤宽带全覆盖，建成县级农业农村大数据中心", "3分"],
    ["2", "发展农村电商", "培育“新农人”直播带货队伍，打造“青川好物”区域公用品牌", "3分"],
    ["3", "推进乡村数字治理", "搭建“村务通”小程序，推动党务、村务、财务“三务”线上公开", "3分"],
]


def test_pdf_table_rows_are_lines_read_like_a_definition(tmp_path: Path) -> None:
    from reportlab.platypus import Paragraph

    path = tmp_path / "answer.pdf"
    story = [
        Paragraph("Q县以数字化赋能乡村振兴，主要做法如下：", _style()),
        _table(TABLE_ROWS, [36, 100, 270, 40]),
    ]
    story.append(Paragraph("本题属于归纳概括题，考生应逐段梳理资料。", _style()))
    _pdf_with(path, story)
    document = read_document(path)
    # one line a row, the cells' wrapped lines joined; the row of column names goes
    assert document.lines == [
        "Q县以数字化赋能乡村振兴，主要做法如下：",
        "1、完善数字基础设施；实现行政村5G网络和光纤宽带全覆盖，建成县级农业农村大数据中心；3分",
        "2、发展农村电商；培育“新农人”直播带货队伍，打造“青川好物”区域公用品牌；3分",
        "3、推进乡村数字治理；搭建“村务通”小程序，推动党务、村务、财务“三务”线上公开；3分",
        "本题属于归纳概括题，考生应逐段梳理资料。",
    ]
    assert document.layout == {number: LineLayout(bullet=1) for number in (2, 3, 4)}
    items = [card.items for card in extract_document(document).cards if card.type == "list"]
    assert ["完善数字基础设施", "发展农村电商", "推进乡村数字治理"] in items


def test_pdf_table_over_two_pages_prints_its_header_row_once(tmp_path: Path) -> None:
    from reportlab.platypus import Paragraph, Spacer

    path = tmp_path / "table.pdf"
    rows = [["维度", "存在问题（2024年）", "对策建议"]] + [
        [f"第{n}项", f"问题{n}：设备长期闲置，管护责任不明", f"对策{n}：建立长效运维机制"]
        for n in range(1, 41)
    ]
    _pdf_with(
        path,
        [
            Paragraph("存在的问题和对策如下：", _style()),
            Spacer(0, 500),
            _table(rows, [60, 180, 180], repeat=1),
        ],
    )
    lines = read_document(path).lines
    assert lines.count("维度：存在问题（2024年）；对策建议") == 1
    assert lines[-1] == "第40项：问题40：设备长期闲置，管护责任不明；对策40：建立长效运维机制"
    assert len(lines) == 42


def test_pdf_running_head_in_two_parts_and_page_numbers_go(tmp_path: Path) -> None:
    from reportlab.platypus import Paragraph

    path = tmp_path / "talk.pdf"
    sentence = "理想信念是共产党人的精神之钙，是共产党人安身立命的根本，没有理想信念就会得软骨病。"
    paragraphs = [f"第{n}段：{sentence * 3}这是第{n}段。" for n in range(1, 31)]
    _pdf_with(
        path,
        [Paragraph(text, _style()) for text in paragraphs],
        page_head="青川市直机关工委 专题党课讲稿|内部资料 注意保存",
    )
    # (the page's number stands at its foot, after its last line: the paragraph goes on over it)
    assert read_document(path).lines == paragraphs


def test_pdf_lines_in_another_font_size_are_another_paragraph(tmp_path: Path) -> None:
    from reportlab.platypus import Paragraph

    path = tmp_path / "paper.pdf"
    body = "坚持以人民为中心的发展思想，把群众的急难愁盼作为工作的出发点和落脚点。" * 3
    question = "第一题：根据给定资料，概括Q县推进数字乡村建设的主要做法和经验（15分）"
    story = [Paragraph(body, _style()), Paragraph(question, _style(11.5, 0))]
    story += [Paragraph("要求：全面、准确、有条理。", _style(11, 0)), Paragraph(body, _style())]
    _pdf_with(path, story)
    # the question fills its line and ends no sentence, but is set larger than the text under it
    assert read_document(path).lines == [body, question, "要求：全面、准确、有条理。", body]


def test_pdf_watermark_across_the_page_goes(tmp_path: Path) -> None:
    from reportlab.platypus import Paragraph

    path = tmp_path / "notes.pdf"
    sentence = "坚持以人民为中心的发展思想，把群众的急难愁盼作为工作的出发点和落脚点。"
    paragraphs = [f"第{n}段：{sentence * 4}" for n in range(1, 21)]
    _pdf_with(path, [Paragraph(text, _style()) for text in paragraphs], watermark="青川公考 内部资料")
    assert read_document(path).lines == paragraphs


def test_pdf_page_turned_on_its_side_is_read(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    _style()  # registers the font
    path = tmp_path / "landscape.pdf"
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setPageRotation(90)
    canvas.rotate(90)  # the text runs up the page, level once the page is turned
    canvas.setFont("STSong-Light", 12)
    lines = ["统一战线是党克敌制胜的重要法宝。", "坚持大团结大联合。"]
    for number, line in enumerate(lines):
        canvas.drawString(72, -100 - 20 * number, line)
    canvas.save()
    assert read_document(path).lines == lines


def test_pdf_prose_in_two_columns_is_read_column_after_column(tmp_path: Path) -> None:
    from reportlab.platypus import Paragraph

    path = tmp_path / "paper.pdf"
    paragraphs = [
        f"第{n}段：" + "坚持以人民为中心的发展思想，把群众的急难愁盼作为工作的出发点和落脚点。" * 3
        for n in range(1, 13)
    ]
    _pdf_with(path, [Paragraph(text, _style(10.5)) for text in paragraphs], columns=2)
    assert read_document(path).lines == paragraphs


def _pdf_in_offset_columns(path: Path, headline: str, story: list, offset: float) -> None:
    """A typeset PDF of a `headline` across the page over `story` in two columns, the right one set
    `offset` points lower than the left, so that no line of one shares a baseline with the other's."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph

    width, height = A4
    inner = (width - 144 - 20) / 2
    frames = [
        Frame(72, height - 130, width - 144, 58, id="head"),
        Frame(72, 72, inner, height - 210, id="left"),
        Frame(72 + inner + 20, 72, inner, height - 210 - offset, id="right"),
    ]
    document = BaseDocTemplate(str(path), pagesize=A4, invariant=1)
    document.addPageTemplates([PageTemplate(frames=frames)])
    document.build([Paragraph(headline, _style(16, 0)), FrameBreak(), *story])


@pytest.mark.parametrize("offset", [5.0, 9.0])
def test_pdf_columns_whose_lines_stand_at_other_heights_are_read_column_after_column(
    tmp_path: Path, offset: float
) -> None:
    from reportlab.platypus import Paragraph

    path = tmp_path / "cailiao.pdf"
    headline = "以钉钉子精神推动各项工作落地见效"
    sentence = "坚持以人民为中心的发展思想，把群众的急难愁盼作为工作的出发点和落脚点。"
    paragraphs = [f"第{n}段：{sentence * (1 + n % 3)}这是第{n}段。" for n in range(1, 17)]
    # a heading set larger inside the right column, which shifts the lines under it once more
    heading = "二、健全机制保障，形成合力"
    story = [Paragraph(text, _style(10)) for text in paragraphs[:11]]
    story += [Paragraph(heading, _style(12, 0))]
    story += [Paragraph(text, _style(10)) for text in paragraphs[11:]]
    _pdf_in_offset_columns(path, headline, story, offset)
    assert read_document(path).lines == [headline, *paragraphs[:11], heading, *paragraphs[11:]]


def test_format_by_content_not_suffix(tmp_path: Path) -> None:
    pdf = tmp_path / "report.txt"
    write_pdf(pdf, "统一战线是党克敌制胜、执政兴国的重要法宝。")
    word = tmp_path / "notes"
    write_docx(word, "统一战线是重要法宝。", "标题")
    assert read_document(pdf).meta["format"] == "pdf"
    assert read_document(word).lines == ["标题", "统一战线是重要法宝。"]


# ---------------------------------------------------------------- folders


def test_folders_recursively_skipping_other_types(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    for name in (
        "a.txt",
        "sub/b.HTML",
        "sub/deeper/c.docx",
        "sub/d.pdf",
        "e.md",
        "f.jpg",
        ".hidden.txt",
        ".git/x.txt",
    ):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "page.html").write_bytes(b"x")
    (tmp_path / "page_files").mkdir()
    (tmp_path / "page_files" / "ad.html").write_bytes(b"x")
    found = [(p.relative_to(tmp_path).as_posix(), skip) for p, skip in find_sources([tmp_path])]
    assert found == [
        ("a.txt", None),
        ("e.md", None),
        ("f.jpg", "unsupported file type (.jpg)"),
        ("page.html", None),
        ("page_files", "images and scripts of a saved web page"),
        ("sub/b.HTML", None),
        ("sub/d.pdf", None),
        ("sub/deeper/c.docx", None),
    ]


# ---------------------------------------------------------------- bad sources, through the CLI


def _corrupt_docx(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 40)


def _docx_without_body(path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<not-word>")
    path.write_bytes(buffer.getvalue())


BAD = {
    "binary.txt": (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary file, not a text document"),
    "empty.txt": (lambda p: p.write_bytes(b""), "empty document"),
    "blank.md": (lambda p: p.write_text(" \n\u3000\n", encoding="utf-8"), "empty document"),
    "bom-only.txt": (lambda p: p.write_bytes(b"\xef\xbb\xbf"), "empty document"),
    "broken.docx": (_corrupt_docx, "cannot read as a Word document: File is not a zip file"),
    "fake.docx": (lambda p: p.write_text("not a document", encoding="utf-8"), "cannot read as a Word document: the file does not start like one"),
    "nobody.docx": (_docx_without_body, "cannot read as a Word document: the file is damaged"),
    "sheet.xlsx": (lambda p: zipfile.ZipFile(p, "w").close(), "unsupported file type (.xlsx)"),
    "broken.pdf": (lambda p: p.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog"), "cannot read as a PDF: "),
    "cut.pdf": (lambda p: p.write_bytes(_pdf_bytes(p)[:-900]), "cannot read as a PDF: "),
    "scan.pdf": (lambda p: p.write_bytes(_blank_pdf()), "PDF has no text layer (a scan?); run OCR on it first"),
    "empty.html": (lambda p: p.write_text("<html><body><div></div></body></html>", encoding="utf-8"), "no article text found in the web page"),
    "old.wps": (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x01" * 64), "unsupported file type (.wps); WPS format; save it as .docx"),
}  # fmt: skip


def _pdf_bytes(path: Path) -> bytes:
    write_pdf(path, "统一战线是党克敌制胜、执政兴国的重要法宝。")
    return path.read_bytes()


def _blank_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.fixture
def batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with one good article and one file of every bad kind."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    for name, (make, _message) in BAD.items():
        make(folder / name)
    monkeypatch.chdir(tmp_path)
    return folder


def test_bad_sources_each_get_one_line_and_the_batch_goes_on(batch: Path) -> None:
    Path("old.doc").write_bytes((batch / "old.wps").read_bytes())  # named on the command line: read
    result = runner.invoke(app, ["extract", "in", "missing.pdf", "old.doc"])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    lines = result.output.splitlines()
    for name, (_make, message) in BAD.items():
        expected = f"{'error' if name.endswith(('.txt', '.md', '.docx', '.pdf', '.html')) else 'skip'}: in/{name}: {message}"
        assert [line for line in lines if line.startswith(expected)], (
            f"no line {expected!r} in\n{result.output}"
        )
    # one line per file: no library's log or warning gets through
    reports = [line for line in lines if not line.startswith(("error: ", "skip: ", "extract: ", "  "))]
    assert reports == [line for line in lines if line.startswith("in/good.txt -> ")]
    skipped = [line for line in lines if line.startswith("skip: ")]
    assert len([line for line in lines if line.startswith("error: ")]) == len(BAD) - len(skipped) + 2
    assert "error: missing.pdf: no such file" in lines
    assert "error: old.doc: an old Office file (.doc, .xls); save it as .docx" in lines
    assert (batch.parent / "cards" / "good.yaml").is_file()


def test_damaged_pdf_gives_one_line_outside_pytest(tmp_path: Path) -> None:
    """pytest captures logging, so only a real process shows a library's log reaching stderr."""
    path = tmp_path / "cut.pdf"
    path.write_bytes(_pdf_bytes(path)[:-900])
    result = subprocess.run(
        [sys.executable, "-m", "yaodian", "extract", str(path), "--cards", str(tmp_path / "cards")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr == f"error: {path}: cannot read as a PDF: Stream has ended unexpectedly\n"


def test_undecodable_with_forced_encoding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("gb.txt").write_bytes("统一战线是重要法宝".encode("gb18030"))
    result = runner.invoke(app, ["extract", "gb.txt", "--encoding", "utf-8"])
    assert result.exit_code == 1
    assert (
        "error: gb.txt: cannot decode as utf-8: bad byte at offset 6; try another --encoding" in result.output
    )
    result = runner.invoke(app, ["extract", "gb.txt", "--encoding", "klingon"])
    assert "error: gb.txt: unknown encoding 'klingon'" in result.output


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(YaodianError, match="is a folder, not a file"):
        read_document(tmp_path)


def test_a_named_pipe_is_refused_not_read(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    with pytest.raises(YaodianError, match="not a regular file"):
        read_document(pipe)


def test_a_line_of_phrases_a_space_apart_in_a_narrow_column_stands_alone(tmp_path: Path) -> None:
    # (a newspaper's column pasted from its PDF: the column's slogan fills the width, yet a
    # headline's or a slogan's line is set on its own; wrapped prose has no spaces)
    column = [
        "东岭日报",
        "责任编辑：王某 版式：李某",
        "凝聚奋进力量 汇聚发展合力",
        "深刻理解全面深化改革的",
        "时代意义与实践路径",
        "□ 张明远",
        "全面深化改革是推进中国式",
        "现代化的根本动力，是决定当",
        "代中国命运的关键一招。深刻",
        "理解全面深化改革的时代意义",
        "，对于推动高质量发展具有重",
        "要意义。从内涵看，全面深化",
        "改革至少包含三个层面。一是",
        "以制度建设为主线，二是以人",
        "民为中心，三是以问题为导向",
        "，坚持守正创新、先立后破。",
    ]
    path = tmp_path / "a.txt"
    path.write_text("\n".join(column) + "\n", "utf-8")
    lines = [line for line in read_document(path).lines if line]
    assert lines[1:3] == ["责任编辑：王某 版式：李某", "凝聚奋进力量 汇聚发展合力"]


# A newspaper's narrow column as copied: 17 to 21 characters a line (its marks were set half-width
# to justify each line), paragraphs' first lines indented, a numbered heading and a chapter's
# heading on lines of their own, a headline and a byline over the text.
_NARROW_COLUMN = [
    "东岭日报　2024年5月8日　理论",
    "",
    "让基层治理更有温度",
    "□ 陈立新",
    "　　基层治理连着千家万户，一头",
    "连着党和政府，一头连着人民群众。",
    "近年来，各地在实践中探索了许多好",
    "做法，“小事不出村、大事不出镇”",
    "的经验值得总结推广。",
    "一、把服务送到群众身边",
    "　　推动资源下沉，让网格员、社区",
    "干部多走一走、多问一问，把群众的",
    "急难愁盼记在心上，落实在行动中，",
    "切实解决好“最后一公里”问题。",
    "第二章　久久为功",
    "　　治理之道，贵在坚持。各地要立",
    "足实际、因地制宜，既要敢于创新，",
    "又要守正笃实，以钉钉子精神一锤接",
    "着一锤敲，让群众的获得感成色更足",
    "、幸福感更可持续。",
]


def test_a_narrow_columns_lines_spread_under_its_width_are_joined(tmp_path: Path) -> None:
    # (their widths spread from 15 to 18 characters: no absolute width tells them, what makes
    # them wrapped does: most lines stop mid-sentence, carry marks inside, and fill the column)
    path = tmp_path / "column.txt"
    path.write_text("\n".join(_NARROW_COLUMN) + "\n", "utf-8")
    lines = [line for line in read_document(path).lines if line]
    assert lines == [
        "东岭日报　2024年5月8日　理论",
        "让基层治理更有温度",
        "□ 陈立新",
        # (a paragraph starts at an indent: a line after a sentence's end that fills the column goes on)
        "基层治理连着千家万户，一头连着党和政府，一头连着人民群众。"
        "近年来，各地在实践中探索了许多好做法，“小事不出村、大事不出镇”的经验值得总结推广。",
        "一、把服务送到群众身边",  # a heading runs into no paragraph, and none runs into it
        "推动资源下沉，让网格员、社区干部多走一走、多问一问，把群众的急难愁盼记在心上，"
        "落实在行动中，切实解决好“最后一公里”问题。",
        "第二章　久久为功",
        "治理之道，贵在坚持。各地要立足实际、因地制宜，既要敢于创新，又要守正笃实，"
        "以钉钉子精神一锤接着一锤敲，让群众的获得感成色更足、幸福感更可持续。",
    ]


@pytest.mark.parametrize(
    "lines",
    [
        # a web page: a paragraph a line, far wider than its lines of chrome (too few of its lines
        # fill any width: see the next test for chrome that does)
        [
            "东岭网 | 首页 | 要闻 | 理论 | 学习 | 专题 | 视频",
            "当前位置：首页 > 理论 > 正文",
            "发布时间：2024-05-08 09:12　来源：东岭日报　作者：陈立新",
            "【字体：大 中 小】　【打印】　【收藏】",
            "基层治理连着千家万户，一头连着党和政府，一头连着人民群众。近年来，各地在实践中探索了许多"
            "好做法，“小事不出村、大事不出镇”的经验值得总结推广。",
            "推动资源下沉，让网格员、社区干部多走一走、多问一问，把群众的急难愁盼记在心上，落实在行动中。",
            "治理之道，贵在坚持。各地要立足实际、因地制宜，既要敢于创新，又要守正笃实。",
            "以钉钉子精神一锤接着一锤敲，让群众的获得感成色更足、幸福感更可持续。",
            "上一篇：以钉钉子精神抓落实",
            "下一篇：让群众的获得感成色更足、幸福感更可持续",
            "分享到：微信　微博",
            "关于我们 | 联系方式 | 投稿须知 | 隐私政策",
        ],
        # a poem's lines, spread as a column's, a mark inside each and none at their ends
        [
            "春风吹绿了田野，燕子飞回屋檐",
            "我们走在大路上，心里装着好日子",
            "脚下踏着新征程，眼前是万里山河",
            "青山绿水之间，炊烟袅袅升起",
            "一代人接着一代人，把路走宽走远",
            "灯火亮了，家家户户笑语声声",
        ],
        # slogans: phrases a space apart, no mark
        ["凝聚奋进力量 汇聚发展合力", "坚定信心决心 勇毅前行奋斗", "守正创新发展 笃行实干担当"] * 3,
        # a list whose lines are whole items
        [
            "1.严控发文数量，能不发的不发；",
            "2.精简会议活动，能合并的合并；",
            "3.规范督查检查，能减少的减少；",
            "4.整治指尖上的形式主义，不打卡；",
            "5.厘清县乡职责边界，不随意转嫁。",
        ],
        # a learner's outline: a label and its items a line, and a closing note that ends a sentence
        [
            "学习要点",
            "四个意识：政治意识、大局意识、核心意识、看齐意识",
            "四个自信：道路自信、理论自信、制度自信、文化自信",
            "两个维护：维护核心地位，维护集中统一领导",
            "新发展理念：创新、协调、绿色、开放、共享",
            "五位一体：经济、政治、文化、社会、生态文明建设",
            "四个全面：建设社会主义现代化国家、深化改革、依法治国、从严治党",
            "记忆方法：先记关键词，再串成一句话。",
            "注意：考试中常以填空题的形式出现。",
        ],
        # slogans with a comma inside each, and two closing sentences
        [
            "标语口号参考",
            "坚持以人民为中心，增进民生福祉",
            "凝聚奋进力量，汇聚发展合力",
            "撸起袖子加油干，一张蓝图绘到底",
            "不忘初心、牢记使命，奋力谱写新篇章",
            "安全生产，人人有责，平安你我他",
            "隐患险于明火，防范胜于救灾",
            "生命至上，安全第一，预防为主",
            "以上标语可根据实际选用。",
            "悬挂时注意美观，不得遮挡交通标志。",
        ],
        # a table's rows, a row a line, under a notice's sentence and over a note
        [
            "东岭市2024年重点民生项目安排表",
            "各区县、各部门：现将2024年重点民生项目安排印发给你们，请认真落实。",
            "序号　项目名称　责任单位　完成时限",
            "1　老旧小区改造，惠及居民三千户　市住建局、各区　6月底",
            "2　城区道路改造，新建人行道和非机动车道　市交通局　9月底",
            "3　新建幼儿园，新增学位一千个　市教育局、市财政局　8月底",
            "4　农村供水提升　市水务局、各乡镇　10月底",
            "5　社区养老服务，新建站点二十个　市民政局、各街道　12月底",
            "6　背街小巷整治，改造五十条　市城管局　11月底",
            "备注：各单位每月报送一次进展。",
            "东岭市人民政府办公室",
            "2024年3月1日",
        ],
    ],
    ids=["web page", "poem", "slogans", "list", "outline", "slogans and sentences", "table"],
)
def test_lines_near_a_narrow_columns_shape_stay_apart(tmp_path: Path, lines: list[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    assert [line for line in read_document(path).lines if line] == lines


def test_a_web_pages_list_of_links_fills_no_narrow_column() -> None:
    # (a related-reading list's lines, 14 to 18 characters, fill a column of 36 as a narrow
    # column's would, run on by their shape, and the paragraphs open at an indent; but each
    # paragraph is a line far wider, so the lines that fill the column hold a third of the text)
    lines = [
        "东岭网 | 首页 | 要闻 | 理论",
        "　　基层治理连着千家万户，一头连着党和政府，一头连着人民群众。近年来，各地在实践中探索了"
        "许多好做法，“小事不出村、大事不出镇”的经验值得总结推广。",
        "　　推动资源下沉，让网格员、社区干部多走一走、多问一问，把群众的急难愁盼记在心上，落实在行动中。",
        "　　治理之道，贵在坚持。各地要立足实际、因地制宜，既要敢于创新，又要守正笃实，久久为功。",
        "　　以钉钉子精神一锤接着一锤敲，让群众的获得感成色更足、幸福感更可持续。",
        "相关阅读",
        "以钉钉子精神抓落实，推动改革落地见效",
        "走好新时代群众路线，答好时代考卷",
        "把服务送到身边，把难题解决在基层一线",
        "守正创新，书写基层治理新篇章",
        "小网格连着大民生，大事不出镇",
        "群众获得感成色更足，幸福感更可持续",
        "上一篇：以钉钉子精神抓落实",
    ]
    assert not hard_wrapped(lines)


# Narrow columns whose paragraphs open at no indent, their lines 13 to 18 characters: a heading, a
# speaker's line, a bullet item or a verse fills such a column as its prose's lines do, and nothing
# tells where a paragraph opens; they are read line by line (a line broken after a comma goes on).
_UNINDENTED_COLUMN = [
    "让基层治理更有温度",
    "陈立新",
    "基层治理连着千家万户，一头连",
    "着党和政府，一头连着人民群众。近年",
    "来，各地在实践中探索了许多",
    "好做法，“小事不出村、大事不出",
    "镇”的经验值得总结推广。",
    "把服务送到群众身边解决难题",
    "推动资源下沉，让网格员、社区干部",
    "多走一走、多问一问，把群众的急难",
    "愁盼记在心上，落实在行动中，切实",
    "解决好“最后一公里”问题。",
    "久久为功善作善成行稳致远",
    "治理之道，贵在坚持。各地要立足实",
    "际、因地制宜，既要敢于创新，",
    "又要守正笃实，以钉钉子精神",
    "一锤接着一锤敲，让群众的获得感成",
    "色更足、幸福感更可持续。",
]
_UNINDENTED_COLUMN_OF_ITEMS = [
    "让基层治理更有温度",
    "本报记者\u3000陈立新",
    "基层治理连着千家万户，一",
    "头连着党和政府，一头连着人",
    "民群众。近年来，各地在实践",
    "中探索了许多好做法，“小事不出村、",
    "大事不出镇”的经验值得总结推",
    "广。",
    "记者：网格员每天主要做哪些工作",
    "王书记：走访、登记、调解，都是小事",
    "推动资源下沉，让网格员、社区干部",
    "多走一走、多问一问，把群众的急",
    "难愁盼记在心上，落实在行",
    "动中，切实解决好“最后一公里",
    "”问题。",
    "●建立民情台账，做到底数清楚",
    "●开展上门服务，做到有求必应",
    "●完善考核机制，做到奖惩分明",
    "治理之道，贵在坚持。各地要立足实际、",
    "因地制宜，既要敢于创新，又要守正笃",
    "实，以钉钉子精神一锤接着一锤敲，让群众",
    "的获得感成色更足、幸福感更可持续",
    "。",
    "正如诗中所写：",
    "青山绿水之间，炊烟袅袅升起",
    "一代人接着一代人，把路走宽走远",
    "这正是基层干部的真实写照",
    "。他们用脚步丈量民情，用真心换取民",
    "心，把党的温暖送到千家万户。",
    "东岭市委宣传部供稿",
    "2024年5月8日",
]


@pytest.mark.parametrize(
    ("lines", "alone"),
    [
        (
            _UNINDENTED_COLUMN,
            ["把服务送到群众身边解决难题", "推动资源下沉，让网格员、社区干部", "久久为功善作善成行稳致远"],
        ),
        (
            _UNINDENTED_COLUMN_OF_ITEMS,
            [
                "记者：网格员每天主要做哪些工作",
                "王书记：走访、登记、调解，都是小事",
                "●建立民情台账，做到底数清楚",
                "●开展上门服务，做到有求必应",
                "●完善考核机制，做到奖惩分明",
                "一代人接着一代人，把路走宽走远",
                "这正是基层干部的真实写照",
            ],
        ),
    ],
    ids=["headings", "speakers, bullets and verse"],
)
def test_an_unindented_narrow_columns_headings_and_items_run_into_nothing(
    tmp_path: Path, lines: list[str], alone: list[str]
) -> None:
    path = tmp_path / "column.txt"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    read = [line for line in read_document(path).lines if line]
    assert [line for line in alone if line not in read] == []
    # (only lines broken after a comma went on)
    assert len(read) == len(lines) - sum(1 for line in lines[:-1] if line.endswith(("，", "、")))


def test_a_chats_lines_of_names_and_times_are_no_text_wrapped_at_a_width(tmp_path: Path) -> None:
    # (a chat's export: many lines of a name and a clock's time, as wide as one another; the
    # clock's colon is no clause's mark, so they are no wrapped prose, and no line runs on)
    chat = ["“冲刺群”的聊天记录", "", "—————  2024-05-16  —————", ""]
    for minute in range(2, 9):
        chat += [f"林老师（华中申论）  20:0{minute}", "收到，谢谢", ""]
    chat += ["以钉钉子精神把蓝图变为现实", "", "蓝图已经绘就，关键在于落实。抓落实，贵在一锤接着一锤敲。"]
    path = tmp_path / "chat.txt"
    path.write_text("\n".join(chat) + "\n", "utf-8")
    assert read_document(path).lines[: len(chat)] == chat


def test_a_notes_section_of_backlinks_is_dropped_with_its_heading(tmp_path: Path) -> None:
    note = (
        "# 以小切口撬动大治理\n\n基层治理千头万绪，上面千条线、下面一根针。\n\n"
        "## 🔗 反向链接\n- [[2024-05-12 申论每日一练]]\n- [[基层减负专题]]\n\n"
        "## 相关笔记\n[[高质量发展]] / [[共同富裕]]\n"
    )
    path = tmp_path / "note.md"
    path.write_text(note, "utf-8")
    assert [line for line in read_document(path).lines if line] == [
        "以小切口撬动大治理",
        "基层治理千头万绪，上面千条线、下面一根针。",
    ]


def test_a_notes_backlinks_go_though_the_apps_footer_follows_them(tmp_path: Path) -> None:
    # (the footer under the links, or under a query block, is no link; it stays for the extractors,
    # and the heading and its links go; a links heading over the note's own words keeps them)
    note = (
        "# 乡村振兴笔记\n\n产业振兴是乡村振兴的重中之重。\n\n"
        "## 反向链接\n\n- [[三农素材汇总]]\n- [[县域经济 MOC]]\n\n*最后编辑于 2025-03-02*\n"
    )
    path = tmp_path / "note.md"
    path.write_text(note, "utf-8")
    assert [line for line in read_document(path).lines if line] == [
        "乡村振兴笔记",
        "产业振兴是乡村振兴的重中之重。",
        "最后编辑于 2025-03-02",
    ]
    queried = note.replace(
        "- [[三农素材汇总]]\n- [[县域经济 MOC]]", "```dataview\nLIST FROM [[乡村振兴笔记]]\n```"
    )
    path.write_text(queried, "utf-8")
    assert "反向链接" not in read_document(path).lines
    own = "# 乡村振兴笔记\n\n## 链接\n\n城乡之间的链接靠产业，也靠人才。\n\n- [[人才振兴]]\n"
    path.write_text(own, "utf-8")
    assert [line for line in read_document(path).lines if line][1:] == [
        "链接",
        "城乡之间的链接靠产业，也靠人才。",
        "人才振兴",
    ]


def test_the_mentions_panes_of_a_notes_backlinks_go_like_its_backlinks(tmp_path: Path) -> None:
    # (Obsidian's Chinese interface names the two lists of its backlinks pane 已链接的提及 and 未链接的提及;
    # a heading with those words over the note's own text stays)
    note = (
        "# 网格化管理笔记\n\n网格化管理把服务和管理延伸到群众家门口，做到小事不出网格。\n\n"
        "## 未链接的提及\n- [[社区治理素材汇总]]\n\n## 已链接的提及\n- [[2024-06-01 复盘]]\n"
    )
    path = tmp_path / "note.md"
    path.write_text(note, "utf-8")
    assert [line for line in read_document(path).lines if line] == [
        "网格化管理笔记",
        "网格化管理把服务和管理延伸到群众家门口，做到小事不出网格。",
    ]
    own = "# 群众工作笔记\n\n## 被提及的诉求\n群众提及最多的是停车难、加装电梯和老年助餐。\n"
    path.write_text(own, "utf-8")
    assert "群众提及最多的是停车难、加装电梯和老年助餐。" in read_document(path).lines
    # (one of the panes' own headings over the note's words on it, no link, stays)
    explained = "# Obsidian 用法\n\n## 未链接的提及\n- 指笔记中出现了本笔记标题但没有用双链连接的地方\n"
    path.write_text(explained, "utf-8")
    assert any("指笔记中出现了本笔记标题但没有用双链连接的地方" in line for line in read_document(path).lines)


def test_an_ordered_item_left_empty_gives_its_number_to_no_heading_after_it(tmp_path: Path) -> None:
    # (an embedded file is taken out of its item: the item is empty, and the heading under it is read
    # with its own words, so a section of links under it is known by them and dropped)
    note = (
        "# 调研笔记\n\n调查研究是谋事之基、成事之道，要沉下去摸清实情。\n\n"
        "## 附件\n1. ![[座谈会记录.docx]]\n2. ![[问卷汇总.xlsx]]\n\n"
        "## 相关笔记\n1. [[作风建设金句]]\n2. [[调研报告题型]]\n"
    )
    path = tmp_path / "note.md"
    path.write_text(note, "utf-8")
    assert [line for line in read_document(path).lines if line] == [
        "调研笔记",
        "调查研究是谋事之基、成事之道，要沉下去摸清实情。",
    ]
    # (an item with words keeps its number)
    listed = "# 三个关键\n\n1. 抓统筹\n2. 抓落实\n"
    path.write_text(listed, "utf-8")
    assert [line for line in read_document(path).lines if line] == ["三个关键", "1. 抓统筹", "2. 抓落实"]


def test_links_under_another_heading_or_beside_text_are_the_notes_own(tmp_path: Path) -> None:
    # (a note's list of the concepts it links to is its own; so is a links heading over words)
    note = (
        "# 四个意识\n- [[政治意识]]\n- [[大局意识]]\n\n## 链接\n[[核心意识]] 是根本，[[看齐意识]] 是关键。\n"
    )
    path = tmp_path / "note.md"
    path.write_text(note, "utf-8")
    assert [line for line in read_document(path).lines if line] == [
        "四个意识",
        "政治意识",
        "大局意识",
        "链接",
        "核心意识 是根本，看齐意识 是关键。",
    ]


def test_a_learners_log_table_is_dropped_and_a_table_of_points_kept(tmp_path: Path) -> None:
    # (a table of dated events and their figures, no ticks in it, is history to learn: kept)
    log = (
        "## 背诵打卡\n\n| 日期 | 板块 | 背诵句数 | 默写错句 | 打卡 |\n|:--:|:--:|:--:|:--:|:--:|\n"
        "| 5.6 | 乡村振兴 | 10 | 2 | ✅ |\n| 5.7 | 基层治理 | 8 | 1 | ✅ |\n| 5.8 | 生态文明 | 7 | — | ⬜ |\n\n"
        "## 时间表\n\n| 日期 | 任务 |\n|--|--|\n| 3月1日 | 完成调研摸底，形成问题清单 |\n"
        "| 3月15日 | 制定整改方案，明确责任分工 |\n| 4月1日 | 全面推开，接受群众监督 |\n\n"
        "## 早期党代会\n\n| 时间 | 地点 | 代表人数 | 代表党员数 |\n|--|--|--|--|\n"
        "| 1921年7月23日 | 上海 | 13人 | 50多人 |\n| 1922年7月16日 | 上海 | 12人 | 195人 |\n"
        "| 1923年6月12日 | 广州 | 30多人 | 420人 |\n\n"
        "## 指标\n\n| 序号 | 指标 | 分值 |\n|--|--|--|\n| 1.1 | 政治素质 | 10 |\n| 1.2 | 履职能力 | 8 |\n"
        "| 2.1 | 工作实绩 | 12 |\n"
    )
    path = tmp_path / "note.md"
    path.write_text(log, "utf-8")
    # (the log's heading, over nothing now, goes with it)
    assert [line for line in read_document(path).lines if line] == [
        "时间表",
        "日期：任务",
        "3月1日：完成调研摸底，形成问题清单",
        "3月15日：制定整改方案，明确责任分工",
        "4月1日：全面推开，接受群众监督",
        "早期党代会",
        "时间：地点；代表人数；代表党员数",
        "1921年7月23日：上海；13人；50多人",
        "1922年7月16日：上海；12人；195人",
        "1923年6月12日：广州；30多人；420人",
        "指标",
        "序号：指标；分值",
        "1.1：政治素质；10",
        "1.2：履职能力；8",
        "2.1：工作实绩；12",
    ]


def test_a_section_of_page_links_leaves_no_heading(tmp_path: Path) -> None:
    # (the reader drops lines of links; a heading below the top over nothing else heads nothing)
    note = (
        "# 以小切口撬动大治理\n\n基层治理千头万绪，上面千条线、下面一根针。\n\n"
        "## 参考资料\n- [人民网评论](https://example.com/a)\n- [新华网](https://example.com/b)\n\n"
        "## 小结\n治理无小事，桩桩连民心。\n"
    )
    path = tmp_path / "note.md"
    path.write_text(note, "utf-8")
    assert [line for line in read_document(path).lines if line] == [
        "以小切口撬动大治理",
        "基层治理千头万绪，上面千条线、下面一根针。",
        "小结",
        "治理无小事，桩桩连民心。",
    ]


def test_a_heading_over_only_tags_or_a_picture_is_dropped(tmp_path: Path) -> None:
    note = (
        "# 以小切口撬动大治理\n\n## 思维导图\n![](mindmap.png)\n\n## 一、精准选题\n\n"
        "### （一）问需于民\n坚持问需于民，把群众反映最集中的问题列为优先事项。\n\n## 标签\n#申论/范文 #基层治理\n"
    )
    path = tmp_path / "note.md"
    path.write_text(note, "utf-8")
    assert [line for line in read_document(path).lines if line] == [
        "以小切口撬动大治理",
        "一、精准选题",
        "（一）问需于民",
        "坚持问需于民，把群众反映最集中的问题列为优先事项。",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "> [!note] 上接 [[申论五大题型总览]]，下接 [[综合分析题答题法]]",
        "上一篇：[[新质生产力学习笔记]] ｜ 下一篇：[[基层治理学习笔记]]",
        "参考：[[2024遴选真题]] ｜ 上一篇：[笔记一](a.md) ｜ 下一篇：[笔记二](b.md)",
        "- 前一篇 [[理论学习笔记]] / 后一篇 [[支委会记录]]",
    ],
)
def test_a_notes_links_to_its_neighbours_are_dropped(tmp_path: Path, line: str) -> None:
    # (each link after a short word of its own that says where it leads, nothing else on the line)
    note = f"# 概括题答题法\n\n{line}\n\n## 一、题型特点\n- 本质：找全要点 + 合理归类\n"
    path = tmp_path / "note.md"
    path.write_text(note, "utf-8")
    assert [line for line in read_document(path).lines if line] == [
        "概括题答题法",
        "一、题型特点",
        "本质：找全要点 + 合理归类",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "[[政治意识]]、[[大局意识]]、[[核心意识]]",  # (links with only marks between: the note's concepts)
        "关键概念：[[新发展理念]]、[[新发展格局]]",
        "[[核心意识]]是根本，[[看齐意识]]是关键。",
    ],
)
def test_links_without_a_word_of_their_own_each_are_kept(tmp_path: Path, line: str) -> None:
    path = tmp_path / "note.md"
    path.write_text(f"# 四个意识\n\n{line}\n", "utf-8")
    assert read_document(path).lines[2] != ""


def test_a_section_that_opens_with_a_learners_log_goes_whole(tmp_path: Path) -> None:
    # (the lines after the log are its rules; a section whose table is no log keeps its remarks)
    note = (
        "# 申论金句\n\n## 一、乡村振兴\n民族要复兴，乡村必振兴。\n\n## 背诵打卡\n\n"
        "| 日期 | 板块 | 背诵句数 | 打卡 |\n|--|--|--|--|\n| 5.6 | 乡村振兴 | 10 | ✅ |\n"
        "| 5.7 | 基层治理 | 8 | ✅ |\n| 5.8 | 生态文明 | 7 | ⬜ |\n\n"
        "> 打卡规则：错句当天抄写三遍，第二天早上再默一次。\n\n"
        "## 指标\n\n| 序号 | 指标 |\n|--|--|\n| 1 | 政治素质 |\n\n> 注：指标按年度考核办法设置。\n"
    )
    path = tmp_path / "note.md"
    path.write_text(note, "utf-8")
    assert [line for line in read_document(path).lines if line] == [
        "申论金句",
        "一、乡村振兴",
        "民族要复兴，乡村必振兴。",
        "指标",
        "序号：指标",
        "1、政治素质",
        "注：指标按年度考核办法设置。",
    ]


@pytest.mark.parametrize(
    "foot",
    [
        ["·40·\t某某市委党校学报\t2026年第1期"],  # (a running head with the page's number beside it)
        ["", "", "— 18 —", "\f"],
    ],
)
def test_a_pages_footnotes_under_their_rule_break_no_sentence(foot: list[str]) -> None:
    from yaodian.sources.plain import join_lines

    raw = [
        "（一）强化政治引领，把牢基层治理方向",
        "要始终坚持党对基层治理的全面领导，健全以党组织为领导的基层治理体系，发",
        "挥街道社区党组织领导作用，配备“1+3+N”网格力量。②要教育引导广大",
        "——————————",
        "②“1+3+N”即1名专职网格员、3名兼职网格员和N名网",
        "格服务力量，此为某市委组织部2024年调研数据。",
        *foot,
        "党员在网格中亮身份、作表率，真正做到平时看得出来、关键时刻站得出来。",
    ]
    assert [line for line in join_lines(raw)[0] if line] == [
        "（一）强化政治引领，把牢基层治理方向",
        "要始终坚持党对基层治理的全面领导，健全以党组织为领导的基层治理体系，发挥街道社区党组织领导作用，"
        "配备“1+3+N”网格力量。②要教育引导广大党员在网格中亮身份、作表率，真正做到平时看得出来、关键时刻站得出来。",
    ]


def test_a_pages_cited_footnote_without_a_rule_breaks_no_sentence() -> None:
    """A note that cites its source (①参见…：《…》，…出版社2022年版，第19页。) at a page's foot, set
    off by a blank line only, goes with the page's break: the series it cut runs on."""
    from yaodian.sources.plain import join_lines

    raw = [
        "　　第三，问题导向是科学方法。问题是时代的声音，坚持问题导向就是要增强问题",
        "意识，聚焦实践遇到的新问题",
        "",
        "①参见《关于加强和改进调查研究工作的若干意见》，人民出版社2023年版，第",
        "12—15页。",
        "3",
        "、改革发展稳定存在的深层次问题、人民群众急难愁盼问题。系统观念是具有基础",
        "性的思想和工作方法。",
    ]
    text = "".join(join_lines(raw)[0])
    assert "聚焦实践遇到的新问题、改革发展稳定存在的深层次问题" in text
    assert "参见" not in text
    # (a numbered point that cites nothing is the text's, page break or not; so is one that names a
    # dated document)
    for point in (
        "①强化政治引领，把牢基层治理方向。",
        "①深入贯彻《关于减轻基层负担的若干措施》（2023年5月10日印发），精简文件三成。",
    ):
        raw[3:5] = [point, ""]
        assert point in "".join(join_lines(raw)[0])


def test_numbered_lines_under_a_rule_without_a_page_break_are_the_texts() -> None:
    from yaodian.sources.plain import join_lines

    raw = [
        "要始终坚持党对基层治理的全面领导，健全以党组织为领导的基层治理体系，发",
        "挥街道社区党组织领导作用，把讲政治的要求贯穿网格治理各环节。",
        "——————————",
        "①强化政治引领。",
        "②强化服务功能。",
        "要教育引导广大党员在网格中亮身份、作表率，真正做到平时看得出来。",
    ]
    assert "①强化政治引领。" in join_lines(raw)[0]


def test_a_note_without_a_top_heading_is_named_by_its_front_matter(tmp_path: Path) -> None:
    # (its first ## heading names its first section, not the note)
    note = "---\ntitle: 基层减负专题学习笔记\ntags:\n  - 学习\n---\n\n## 背景\n\n基层治理千头万绪，上面千条线、下面一根针。\n"
    path = tmp_path / "note.md"
    path.write_text(note, "utf-8")
    assert read_document(path).title == "基层减负专题学习笔记"


def test_a_page_element_styled_to_keep_line_breaks_keeps_them(tmp_path: Path) -> None:
    # (white-space: pre-line shows the source's breaks; an ideographic space after a break stays)
    text = "一、总体要求\n　　坚持稳中求进工作总基调，统筹发展和安全。\n二、主要任务\n　　全面推进乡村振兴，加快建设农业强县。"
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>工作要点</title></head><body>"
        f"<div style='white-space: pre-line'>{text}</div><p>{'统筹推进各项工作，确保取得实效。' * 6}</p>"
        "</body></html>",
        encoding="utf-8",
    )
    lines = read_document(path).lines
    assert "一、总体要求" in lines and "二、主要任务" in lines


def test_a_note_with_no_title_is_named_by_its_first_alias(tmp_path: Path) -> None:
    # (Obsidian names a note by its file; the learner gives its full name as an alias, and a callout
    # opens the note)
    note = (
        "---\ntags:\n  - 学习\naliases:\n  - 基层减负专题学习笔记\n  - 减负笔记\n---\n\n"
        "> [!info] 笔记说明\n> 整理自公报原文。\n\n## 背景\n\n基层治理千头万绪，上面千条线、下面一根针。\n"
    )
    path = tmp_path / "note.md"
    path.write_text(note, "utf-8")
    assert read_document(path).title == "基层减负专题学习笔记"
    path.write_text(
        note.replace("aliases:\n  - 基层减负专题学习笔记\n  - 减负笔记", "aliases: 减负笔记"), "utf-8"
    )
    assert read_document(path).title == "减负笔记"
    path.write_text(note.replace("tags:", "title: true\ntags:"), "utf-8")  # (not a name: the alias is)
    assert read_document(path).title == "基层减负专题学习笔记"


def test_a_notes_labelled_backlinks_and_its_query_block_are_no_text(tmp_path: Path) -> None:
    """Backlinks under labels (被引用于：[[…]]) with a plugin's query under them go with their
    heading; a fenced block naming a language (a query, a diagram) is code, while a bare fence
    holds pasted text."""
    note = (
        "# 基层减负笔记\n\n基层治理千头万绪，上面千条线、下面一根针。\n\n"
        "```mermaid\ngraph TD\n    A[减负] --> B(精文减会)\n```\n\n"
        "```\n精文减会，把干部从文山会海中解脱出来。\n```\n\n"
        "```ad-note\n为基层松绑减负，让干部把精力用在抓落实上。\n```\n\n"
        "## 🔗 反向链接\n\n- 上级 MOC：[[时政笔记 MOC]]\n- 被引用于：[[申论素材]] · [[面试热点]]\n\n"
        "```dataview\nLIST FROM [[基层减负笔记]] SORT file.mtime DESC\n```\n"
    )
    path = tmp_path / "note.md"
    path.write_text(note, "utf-8")
    lines = [line for line in read_document(path).lines if line]
    assert lines == [
        "基层减负笔记",
        "基层治理千头万绪，上面千条线、下面一根针。",
        "精文减会，把干部从文山会海中解脱出来。",
        "为基层松绑减负，让干部把精力用在抓落实上。",
    ]


def test_a_heading_the_extraction_lost_over_a_list_after_the_article_is_put_back(tmp_path: Path) -> None:
    """A periodical's box of the issue's other articles under the article (<h3>本期目录</h3> over a
    <ul>) keeps its heading, which tells the list is the page's, not the text's."""
    paragraphs = [
        "粮食安全是“国之大者”。作为农业大省，我们始终把保障粮食安全作为首要任务，粮食总产量连续九年稳定。",
        "第一，守牢耕地保护红线。严格落实耕地保护党政同责，坚决遏制耕地“非农化”、严格管控“非粮化”。",
        "第二，强化农业科技和装备支撑。实施种业振兴行动，加快培育高产、优质、抗逆新品种。",
    ]
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>扛稳粮食安全重任</title></head><body><div class='inner'><h1>扛稳粮食安全重任</h1>"
        f"<div class='text'>{''.join(f'<p>{p}</p>' for p in paragraphs)}</div></div>"
        "<div class='same-issue'><h3>本期目录</h3><ul><li>开辟马克思主义中国化时代化新境界</li>"
        "<li>以高水平对外开放推动构建新发展格局</li><li>深入推进中国式现代化建设</li></ul></div>"
        "</body></html>",
        encoding="utf-8",
    )
    lines = read_document(path).lines
    assert lines[lines.index("本期目录") + 1].endswith("开辟马克思主义中国化时代化新境界")
    cards = extract_document(read_document(path)).cards
    assert cards
    assert not any("新发展格局" in str(card.to_dict()) for card in cards)


def _centred(size: float) -> object:
    """A heading's style: centred, larger than the text."""
    from reportlab.lib.styles import ParagraphStyle

    _style()  # (registers the font)
    return ParagraphStyle(
        f"h{size}", fontName="STSong-Light", fontSize=size, leading=size * 1.5, wordWrap="CJK", alignment=1
    )


PDF_BODY = "坚持以人民为中心的发展思想，把群众的急难愁盼作为工作的出发点和落脚点，推动各项工作落地见效。" * 3


def test_pdf_title_that_fills_the_measure_and_wraps_is_one_line(tmp_path: Path) -> None:
    from reportlab.platypus import Paragraph

    path = tmp_path / "brief.pdf"
    title = "关于进一步做好农村人居环境整治提升工作的实施意见"  # (wraps before its last words)
    _pdf_with(path, [Paragraph(title, _centred(20)), Paragraph(PDF_BODY, _style())])
    assert read_document(path).lines == [title, PDF_BODY]


def test_pdf_title_set_in_two_centred_halves_keeps_its_break(tmp_path: Path) -> None:
    from reportlab.platypus import Paragraph

    path = tmp_path / "report.pdf"
    story = [
        Paragraph("坚定不移走好新时代赶考之路", _centred(16)),
        Paragraph("奋力谱写现代化建设新篇章", _centred(16)),
    ]
    _pdf_with(path, [*story, Paragraph(PDF_BODY, _style())])
    assert read_document(path).lines == ["坚定不移走好新时代赶考之路", "奋力谱写现代化建设新篇章", PDF_BODY]


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        # a book title's mark left open at the break, closed on the next line
        ("关于转发《某某县农村公路养护", "工作实施方案》的通知"),
        # a line that ends on 关于, which needs the matter it is about
        ("某某县交通运输局关于", "做好汛期农村公路安全工作的通知"),
        # a line that opens on 的, which only ends a phrase
        ("关于进一步加强村级客运站点管理", "的实施意见"),
    ],
)
def test_pdf_centred_headline_broken_inside_its_words_is_one_line(
    tmp_path: Path, upper: str, lower: str
) -> None:
    # (a 红头文件 centres its headline over two lines that do not fill the measure)
    from reportlab.platypus import Paragraph

    path = tmp_path / "notice.pdf"
    _pdf_with(
        path, [Paragraph(upper, _centred(16)), Paragraph(lower, _centred(16)), Paragraph(PDF_BODY, _style())]
    )
    assert read_document(path).lines == [upper + lower, PDF_BODY]


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        # marks that close on the line they open on
        ("《某某县农村公路条例》解读", "让群众出行更方便更舒心"),
        ("学习贯彻“两个维护”要求", "争当模范机关建设排头兵"),
        # a line that ends where a phrase may end, over one that goes on with a new one
        ("聚焦群众急难愁盼的事", "办好交通便民实事"),
    ],
)
def test_pdf_centred_headline_lines_that_each_end_a_phrase_keep_their_break(
    tmp_path: Path, upper: str, lower: str
) -> None:
    from reportlab.platypus import Paragraph

    path = tmp_path / "report.pdf"
    _pdf_with(
        path, [Paragraph(upper, _centred(16)), Paragraph(lower, _centred(16)), Paragraph(PDF_BODY, _style())]
    )
    assert read_document(path).lines == [upper, lower, PDF_BODY]


def test_pdf_notice_issuing_a_plan_under_a_wrapped_headline_is_titled_by_the_plan(tmp_path: Path) -> None:
    # (a 红头文件: the issuer's banner, the file's number, the headline centred over two lines, the notice)
    from reportlab.platypus import Paragraph

    path = tmp_path / "notice.pdf"
    story = [
        Paragraph("某某县交通运输局文件", _centred(22)),
        Paragraph("县交发〔2025〕7号", _centred(11)),
        Paragraph("关于印发《某某县村级客运站点管理办法", _centred(16)),
        Paragraph("》的通知", _centred(16)),
        Paragraph("各乡镇交通管理站：", _style(indent=0)),
        Paragraph(PDF_BODY, _style()),
    ]
    _pdf_with(path, story)
    assert extract_document(read_document(path)).title == "某某县村级客运站点管理办法"


def test_pdf_cover_title_printed_whole_on_the_first_page_is_kept(tmp_path: Path) -> None:
    # (a cover sets the title large, wrapped, among smaller lines; the text's first page prints it
    # again on one line: joined, the two copies would be one line printed twice, a running head's mark)
    from reportlab.platypus import PageBreak, Paragraph

    path = tmp_path / "lecture.pdf"
    title = "统筹推进城乡融合发展 加快构建新型工农城乡关系和乡村治理新格局"
    above = "某某县委党校 培训教材 学员专用 请妥善保管 结业时交回 未经许可不得翻印"
    below = "二〇二五年三月 某某县委党校培训科编 春季中青年干部班"
    story = [
        Paragraph(above, _centred(11.5)),
        Paragraph(title, _centred(24)),
        Paragraph(below, _centred(11.5)),
    ]
    story += [PageBreak(), Paragraph(title, _centred(14)), Paragraph(PDF_BODY, _style())]
    _pdf_with(path, story)
    lines = read_document(path).lines
    # (the cover's small lines make the text's size smaller than the title's: the title's wrap is told)
    cover = ["统筹推进城乡融合发展 加快构建新型工农", "城乡关系和乡村治理新格局"]
    assert lines == [above, *cover, below, title, PDF_BODY]


def test_docx_numbering_by_a_list_style_and_heading_styles_linked_to_its_levels(tmp_path: Path) -> None:
    """A template's outline list: its headings' styles name only the list (numId, no level), each
    list level names the style it numbers (w:pStyle), and the list takes its levels from a list
    style (numStyleLink) defined in another definition (styleLink)."""
    document = docx.Document()
    numbering = document.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:pStyle w:val="{style}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text, style) in enumerate(
            [("chineseCounting", "%1、", "Heading1"), ("chineseCounting", "（%2）", "Heading2")]
        )
    )
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="80"><w:styleLink w:val="OutlineList"/>{levels}</w:abstractNum>'
        ),
    )
    numbering.insert(
        1,
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="81"><w:numStyleLink w:val="OutlineList"/></w:abstractNum>'
        ),
    )
    num_id = numbering.add_num(81).numId
    for name in ("Heading 1", "Heading 2"):
        p_pr = document.styles[name].element.get_or_add_pPr()
        p_pr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="{num_id}"/></w:numPr>'))
    for text, style in [
        ("聚焦主责主业", "Heading 1"),
        ("抓好项目建设", "Heading 2"),
        ("优化营商环境", "Heading 2"),
        ("存在的不足", "Heading 1"),
    ]:
        document.add_paragraph(text, style=style)
    path = tmp_path / "a.docx"
    document.save(str(path))
    assert read_document(path).lines == [
        "一、聚焦主责主业",
        "（一）抓好项目建设",
        "（二）优化营商环境",
        "二、存在的不足",
    ]


def test_a_pdfs_headline_printed_on_its_cover_and_again_over_its_text_names_it(tmp_path: Path) -> None:
    # (printed twice a page apart, the headline is read as the pages' running head and left out of the
    # text: the reader hands it on with the running heads, and the deck is named by it)
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    headline = "在全县农村人居环境整治工作会议上的讲话"
    speech = [
        "同志们：",
        "今天我们召开这次会议，总结去年的整治工作，安排今年的任务。",
        "第一，要把垃圾治理抓在日常，做到村村有人管、天天有人扫。",
        "第二，要把污水治理抓出成效，建成的设施要管好用好。",
        "第三，要把长效机制建起来，把环境卫生写进村规民约。",
    ]
    path = tmp_path / "doc_0042.pdf"
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    width, height = A4
    sheet = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    sheet.setFont("STSong-Light", 16)
    cover = ["内部资料 注意保存", "第0018号", headline, "（2024年3月8日）", "周某某", "县委办公室编印"]
    for row, line in enumerate([*cover, "二〇二四年三月八日", "共印60份", "2024年第5期", "密级：内部"]):
        sheet.drawCentredString(width / 2, height - 100 - 60 * row, line)
    sheet.showPage()
    sheet.setFont("STSong-Light", 16)
    for row, line in enumerate(["内部资料 请勿外传", headline, "周某某"]):
        sheet.drawCentredString(width / 2, height - 80 - 30 * row, line)
    sheet.setFont("STSong-Light", 11)
    for row, line in enumerate(speech):
        sheet.drawString(72, height - 200 - 20 * row, line)
    sheet.save()
    document = read_document(path)
    assert headline not in document.lines
    assert extract_document(document).title == headline


def test_an_outliners_block_opening_with_its_property_keeps_its_bullet_on_its_text(tmp_path: Path) -> None:
    # (a Logseq block whose first line is its id:: property: the item's depth goes to the text under
    # it, so the block stays an item of its part's list)
    note = (
        "# 学习笔记\n\n- ## 调研方法\n\t- 座谈：听取一线干部意见\n"
        "\t- id:: 64f0c2aa-1b2c-4d5e-8f90-0a1b2c3d4e5f\n\t  走访：深入田间地头察看实情\n"
        "\t- 问卷：覆盖全体村民\n"
    )
    path = tmp_path / "note.md"
    path.write_text(note, "utf-8")
    document = read_document(path)
    visit = document.lines.index("走访：深入田间地头察看实情") + 1
    assert document.layout[visit].bullet == document.layout[visit - 2].bullet == 2
    assert visit - 1 not in document.layout  # (the property line carries no bullet)
    # (a property after the block's text leaves its bullet on the text, as before)
    after = "# 学习笔记\n\n- 座谈：听取一线干部意见\n  collapsed:: true\n- 走访：深入田间地头察看实情\n"
    path.write_text(after, "utf-8")
    document = read_document(path)
    talk = document.lines.index("座谈：听取一线干部意见") + 1
    assert document.layout[talk].bullet == 1 and talk + 1 not in document.layout
    # (words that only hold a double colon, in Chinese, are the block's text: its bullet stays on them)
    chinese = "# 学习笔记\n\n- 要点:: 深入田间地头察看实情\n- 座谈：听取一线干部意见\n"
    path.write_text(chinese, "utf-8")
    document = read_document(path)
    point = document.lines.index("要点:: 深入田间地头察看实情") + 1
    assert document.layout[point].bullet == 1


def _indented_wrap(paragraphs: list[str], width: int = 24) -> list[str]:
    """Paragraphs broken at `width` characters, the first line of each indented (shorter by two
    characters, as a PDF sets a paragraph's indent), as the page's text lines read."""
    lines = []
    for text in paragraphs:
        first, rest = text[: width - 2], text[width - 2 :]
        lines.append(" " + first)
        lines += [rest[at : at + width] for at in range(0, len(rest), width)]
    return lines


_INDENTED_TEXT = [
    "乡村振兴是一项长期任务，需要久久为功、持续用力，不能急于求成，更不能搞形式主义和面子工程。",
    "下一步，要坚持问题导向，对症下药，推动各项政策落地见效，让农民群众有更多获得感和幸福感。",
    "各级干部要深入一线调查研究，掌握真实情况，解决实际问题，不能坐在办公室里拍脑袋决策。",
    "基层党组织要发挥战斗堡垒作用，把党员组织起来，把群众凝聚起来，形成推动发展的强大合力。",
    "要健全考核评价机制，把实绩作为检验干部的主要标准，让真抓实干者得到褒奖和重用。",
]


def test_an_indented_first_line_filled_to_the_edge_runs_on_into_an_item() -> None:
    """A paragraph's first line, indented, that the width broke after ；: the （2） the next line
    opens with goes on in the paragraph, as （3） inside the next line does."""
    from yaodian.sources.plain import join_lines

    causes = "问题主要有：（1）资金投入不足，融资渠道少；（2）人才流失严重，留守人员以老人为主；（3）产业基础薄弱。"
    raw = _indented_wrap([*_INDENTED_TEXT[:2], causes, *_INDENTED_TEXT[2:]])
    assert raw[5].startswith("（2）")
    assert causes in join_lines(raw)[0]


def test_items_set_on_lines_of_their_own_under_an_indented_lead_stay_apart() -> None:
    """(negative) A first line that stops short of the edge at ；ends its item there: the （2） on the
    next line, at the margin, opens the next."""
    from yaodian.sources.plain import join_lines

    raw = [*_indented_wrap(_INDENTED_TEXT[:2]), " 问题主要有：（1）资金投入不足；", "（2）人才流失严重；"]
    raw += _indented_wrap(_INDENTED_TEXT[2:])
    lines = join_lines(raw)[0]
    assert "问题主要有：（1）资金投入不足；" in lines
    assert "（2）人才流失严重；" in lines


@pytest.mark.parametrize(
    "lead, items",
    [
        ("为此，现就进一步做好基层减负工作提出如下意见：", ["1．精简文件会议。", "2．规范督查检查。"]),
        ("一是加强组织领导，压实各级责任，形成上下合力；", ["二是完善制度机制；", "三是强化督导考核。"]),
    ],
)
def test_a_one_line_paragraph_filling_its_indented_line_stays_apart_from_short_items(
    lead: str, items: list[str]
) -> None:
    """(negative) An indented paragraph of one line that happens to fill the width its indent
    leaves, with short items set on lines of their own at the margin under it: each item stays
    on its own line, as the line after a first line only runs on where it fills the width too."""
    from yaodian.sources.plain import join_lines

    lead = lead[:21] + lead[-1]  # (22 characters: the whole indented line)
    raw = [*_indented_wrap([t * 2 for t in _INDENTED_TEXT[:3]]), " " + lead, *items]
    raw += _indented_wrap([t * 2 for t in _INDENTED_TEXT[3:]])  # (paragraphs of three lines and more)
    lines = join_lines(raw)[0]
    assert lead in lines
    assert all(item in lines for item in items)


@pytest.mark.parametrize("rule", ["-" * 27, "=" * 12, "—" * 8])
def test_a_viewers_page_break_between_rules_joins_the_sentence_it_cuts(tmp_path: Path, rule: str) -> None:
    """A document viewer's copy marks each page break with its number between rules (---- 第 2 页 /
    共 5 页 ----); where a sentence runs over the break, it is one sentence and the mark goes."""
    path = tmp_path / "doc.txt"
    lines = [
        "一、把调查研究作为基本功",
        "要沉下身子察实情，多到困难多、矛盾多的地方去，",
        f"{rule} 第 2 页 / 共 5 页 {rule}",
        "把情况摸清、把问题找准。",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    texts = [line.strip() for line in read_document(path).lines]
    assert "要沉下身子察实情，多到困难多、矛盾多的地方去，把情况摸清、把问题找准。" in texts
    assert not any("页" in text for text in texts)


@pytest.mark.parametrize(
    "line",
    [
        "---- 详见第 2 页 ----",
        "—— 第 2 页的表格列出了五项指标 ——",
        "-- 共 5 项任务 --",
        "第 2 页 共 5 页的材料要先读",
    ],
)
def test_a_line_naming_a_page_between_rules_is_no_page_number(line: str) -> None:
    from yaodian.sources.plain import PAGE_NUMBER

    assert not PAGE_NUMBER.match(line)


def test_a_running_head_behind_a_scanners_watermark_goes() -> None:
    """A scanner app prints its mark under each page's number, and the journal's name stands over the
    next page beyond it: both go, and the sentence the page break cuts is one again."""
    from yaodian.sources.plain import find_running_heads

    raw = [
        "基层理论学习",
        "",
        "  做好群众工作，关键要把心思放在群众身上，",
        "把功夫下在平时，坚持问需于民、问计于民，",
        "",
        "            ·9·",
        "某某扫描 生成",
        "",
        "基层理论学习",
        "",
        "让群众的事有人管、有人办。",
        "",
        "            ·10·",
        "某某扫描 生成",
    ]
    assert find_running_heads(raw) == {0, 6, 8, 13}


def test_a_heading_repeated_away_from_a_page_break_is_no_running_head() -> None:
    """A part's heading the text names again (a 目录's entry over its part, a summing-up that repeats
    it) is the text's, when no page number or running head stands beside it."""
    from yaodian.sources.plain import find_running_heads

    raw = [
        "某某扫描 生成",
        "",
        "一是把群众工作做细",
        "二是把服务送到家门口",
        "",
        "  做好群众工作，关键要把心思放在群众身上，",
        "把功夫下在平时，坚持问需于民、问计于民。",
        "",
        "把服务送到家门口",
        "",
        "  网格员每周入户走访，把政策讲到群众心坎",
        "上，把难题解决在家门口。",
        "",
        "            ·9·",
        "某某扫描 生成",
        "",
        "  网格员每周入户走访，把政策讲到群众心坎",
        "把服务送到家门口",
    ]
    assert find_running_heads(raw) == {0, 14}


def test_a_heading_at_a_page_top_beyond_a_watermark_stays_when_the_text_names_it_elsewhere() -> None:
    """A part's heading that opens a page under the scanner's watermark, and that an overview
    names before, is the text's: a running head stands at a page's edge wherever it stands."""
    from yaodian.sources.plain import find_running_heads

    raw = [
        "这次讲两点体会：",
        "守牢安全生产底线",
        "办好民生实事",
        "  安全生产责任重于泰山，必须层层压实责任，",
        "把隐患排查落到每一个班组。",
        "",
        "            - 4 -",
        "某某扫描 生成",
        "",
        "守牢安全生产底线",
        "",
        "  各乡镇要每月开展一次拉网式检查，发现问题",
        "立行立改。",
        "",
        "            - 5 -",
        "某某扫描 生成",
    ]
    assert find_running_heads(raw) == {7, 15}


def _banner_page(tmp_path: Path, body: str, slogan_class: str = "slogan") -> list[str]:
    paragraphs = "".join(
        f"<p>{text}</p>"
        for text in [
            body,
            "推进基层治理现代化，要把资源、服务、管理放到基层，让群众办事少跑腿。",
            "各地要因地制宜，把网格员队伍建强，把矛盾纠纷化解在萌芽状态。",
            "要健全考核机制，让基层干部把更多精力用在抓落实上，不在填表报数上空耗。",
        ]
    )
    page = (
        "<html><head><title>把资源下沉到基层--理论前沿--青禾理论网</title></head><body>"
        f'<div class="head"><a class="logo">青禾理论网</a><span class="{slogan_class}">求是笃行 知行合一</span></div>'
        f"<div class='article'><h1>把资源下沉到基层</h1>{paragraphs}</div></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    return read_document(path).lines


def test_a_sites_slogan_goes_from_its_banner_line(tmp_path: Path) -> None:
    lines = _banner_page(tmp_path, "基层是国家治理的基石。")
    assert not any("求是笃行" in line for line in lines)


def test_a_paragraph_quoting_the_sites_slogan_keeps_it(tmp_path: Path) -> None:
    """The motto goes only from a short line of the banner's: a paragraph that quotes it is the text."""
    quoting = "“求是笃行 知行合一”，是青禾理论网创办以来始终坚持的办网理念，也是每一位理论工作者的追求。"
    lines = _banner_page(tmp_path, quoting)
    assert quoting in lines
    # (and a page whose markup names no slogan keeps its banner for the text rules to read)
    lines = _banner_page(tmp_path, "基层是国家治理的基石。", slogan_class="subtitle")
    assert any("求是笃行" in line for line in lines)


def test_a_sites_slogan_on_a_line_of_its_own_under_the_sites_name_goes(tmp_path: Path) -> None:
    """An extraction that sets the banner's motto on a line of its own, under the site's name, loses
    it too: left, it stood over the headline and was taken for the title."""
    page = (
        "<html><head><title>论学习_青禾理论网</title></head><body>"
        '<div class="header"><a>青禾理论网</a><span class="site-slogan">思想的力量 理论的高地</span></div>'
        '<div id="content"><h1>论学习</h1>'
        "<p>我们要坚持学习，做到学思用贯通、知信行统一，推动理论武装走深走实。</p>"
        "<p>学习是前进的基础，要做到学懂弄通做实，坚持读原著、学原文、悟原理。</p>"
        "<p>广大党员要把学习成果转化为推动高质量发展的实际成效。</p></div></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    lines = read_document(path).lines
    assert "青禾理论网" in lines and not any("思想的力量" in line for line in lines)


@pytest.mark.parametrize(
    "line",
    ["求是笃行 知行合一的三重意蕴", "坚持求是笃行 知行合一", "求是笃行 知行合一"],
)
def test_a_line_of_the_text_that_opens_or_closes_with_the_sites_slogan_keeps_it(
    tmp_path: Path, line: str
) -> None:
    """Only the banner's own line (the site's name and the motto, as the markup holds them) loses the
    motto: a heading that opens with it, or a line that is the motto alone, is the text's."""
    assert line in _banner_page(tmp_path, line)


FORMULATION_ROWS = [
    "提法：人才是乡村振兴的第一资源；出处：一号文件；关键词：第一资源",
    "提法：法治是最好的营商环境；出处：中央全面依法治国委员会会议；关键词：最好",
]


def test_a_markdown_table_of_formulations_reads_a_row_to_a_line_with_its_labels(tmp_path: Path) -> None:
    # (a table whose header names no source or key words reads as before: 提法：内容)
    path = tmp_path / "note.md"
    path.write_text(
        "## 提法\n\n| 提法 | 出处 | 关键词 |\n|---|---|---|\n"
        "| 人才是乡村振兴的第一资源 | 一号文件 | 第一资源 |\n"
        "| 法治是最好的营商环境 | 中央全面依法治国委员会会议 | 最好 |\n\n"
        "## 概念\n\n| 提法 | 内容 |\n|---|---|\n| 五位一体 | 经济建设、政治建设 |\n| 四个全面 | 全面深化改革 |\n",
        "utf-8",
    )
    document = read_document(path)
    rows = [line for line in document.lines if line]
    assert rows == [
        "提法",
        *FORMULATION_ROWS,
        "概念",
        "提法：内容",
        "五位一体：经济建设、政治建设",
        "四个全面：全面深化改革",
    ]
    assert [number for number, layout in document.layout.items() if layout.table_row] == [5, 6]


def test_a_web_pages_table_of_formulations_reads_a_row_to_a_line_with_its_labels(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    cells = "".join(
        f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>"
        for a, b, c in [
            ("人才是乡村振兴的第一资源", "一号文件", "第一资源"),
            ("法治是最好的营商环境", "中央全面依法治国委员会会议", "最好"),
        ]
    )
    path.write_text(
        "<html><body><article><h1>高频提法</h1><p>本文整理了近年来申论考试中反复出现的高频提法，供复习时对照背诵使用。</p>"
        f"<table><tr><th>提法</th><th>出处</th><th>关键词</th></tr>{cells}</table>"
        "<p>以上提法要求每天背诵一遍，并结合申论写作加以运用，做到学以致用。</p></article></body></html>",
        "utf-8",
    )
    document = read_document(path)
    rows = [number for number, layout in document.layout.items() if layout.table_row]
    assert [document.lines[number - 1] for number in rows] == FORMULATION_ROWS
    assert not any("|" in line for line in document.lines)


@pytest.mark.parametrize(
    ("callout", "kept"),
    [
        # a callout whose title says it is the reader's note on how to use the material: no text
        ("> [!tip] 申论用法\n> 写作文时可作分论点框架，对策直接套上面三条。", False),
        ("> [!hint] 怎么用\n> 开头段可以直接引用这句。", False),
        ("> [!note]- 备注\n> 这段是自己加的，考前再看一遍。", False),
        ("> [!info] 面试使用建议\n> 结尾升华时用。", False),
        # a callout of any kind whose title names material keeps its text (a mnemonic, a point)
        ("> [!tip] 记忆口诀\n> 一稳二查三解决。", True),
        ("> [!note] 易错点\n> “三高”不是“高速度”。", True),
        ("> [!tip] 作用\n> 发挥基层党组织的战斗堡垒作用。", True),
    ],
)
def test_a_callout_of_the_readers_usage_note_is_dropped(tmp_path: Path, callout: str, kept: bool) -> None:
    note = f"# 基层治理\n\n## 一、对策\n\n- 健全机制\n- 压实责任\n\n{callout}\n\n## 二、案例\n\n- 枫桥经验\n"
    path = tmp_path / "note.md"
    path.write_text(note, "utf-8")
    lines = [line for line in read_document(path).lines if line]
    body = callout.splitlines()[1].lstrip("> ")
    assert (body in lines) is kept
    assert lines[-2:] == ["二、案例", "枫桥经验"]


@pytest.mark.parametrize(
    ("table", "rows"),
    [
        # a `；` inside a formulation reads `，`, not a cell's break
        (
            "| 提法 | 出处 | 关键词 |\n|---|---|---|\n| 坚持以人民为中心；坚持新发展理念 | 报告 | 人民 |\n"
            "| 必须坚持守正创新；必须坚持问题导向 | 报告 | 守正创新 |\n",
            [
                "提法：坚持以人民为中心，坚持新发展理念；出处：报告；关键词：人民",
                "提法：必须坚持守正创新，必须坚持问题导向；出处：报告；关键词：守正创新",
            ],
        ),
        # a source that is a web address is left out, its label kept (a line with one is furniture)
        (
            "| 提法 | 来源 | 关键词 |\n|---|---|---|\n| 因地制宜发展新质生产力 | https://www.gov.cn/a/1.htm | 因地制宜 |\n"
            "| 以高质量发展推进现代化建设 | www.xinhuanet.com/b | 高质量发展 |\n",
            [
                "提法：因地制宜发展新质生产力；来源：；关键词：因地制宜",
                "提法：以高质量发展推进现代化建设；来源：；关键词：高质量发展",
            ],
        ),
        # a header in traditional characters; an empty cell keeps its label
        (
            "| 提法 | 出處 | 關鍵詞 |\n|---|---|---|\n| 高質量發展是首要任務 | 報告 | 首要任務 |\n"
            "| 中國式現代化是人口規模巨大的現代化 |  | 人口規模巨大 |\n",
            [
                "提法：高質量發展是首要任務；出處：報告；關鍵詞：首要任務",
                "提法：中國式現代化是人口規模巨大的現代化；出處：；關鍵詞：人口規模巨大",
            ],
        ),
        # a row with its formulation cell alone heads the rows below it
        (
            "| 提法 | 出处 | 关键词 |\n|---|---|---|\n| 一、经济建设 |  |  |\n| 因地制宜发展新质生产力 | 两会 | 因地制宜 |\n"
            "| 以高质量发展推进现代化建设 | 报告 | 高质量发展 |\n",
            [
                "一、经济建设",
                "提法：因地制宜发展新质生产力；出处：两会；关键词：因地制宜",
                "提法：以高质量发展推进现代化建设；出处：报告；关键词：高质量发展",
            ],
        ),
        # names of figures beside their source are no formulations: read as before
        (
            "| 表述 | 数据来源 |\n|---|---|\n| 全年粮食产量 | 国家统计局 |\n| 城镇新增就业 | 人社部 |\n",
            ["表述：数据来源", "全年粮食产量：国家统计局", "城镇新增就业：人社部"],
        ),
    ],
)
def test_a_table_of_formulations_keeps_its_cells_in_their_columns(
    tmp_path: Path, table: str, rows: list[str]
) -> None:
    path = tmp_path / "note.md"
    path.write_text(f"## 提法\n\n{table}", "utf-8")
    assert [line for line in read_document(path).lines if line][1:] == rows


# Three pages of a study group's collection, each under a running head that names the piece it is in
# after the group's fixed words (the third with a colon, its line run on into the page's text).
_PIECE_PAGES = [
    "\f",
    "某某青年理论学习小组  学习资料 在青年干部座谈会上的讲话",
    "",
    "同志们：今天我们召开青年干部座谈会，共话成长成才。",
    " — 1 —",
    "\f",
    "某某青年理论学习小组  学习资料 在青年干部座谈会上的讲话",
    "",
    "最后，要净化社交圈子，做到亲而有度、清而有",
    " — 2 —",
    "\f",
    "某某青年理论学习小组 学习资料：在青年干部座谈会上的讲话",
    "为，决不能被“围猎”。",
    " — 3 —",
]


def test_a_collections_running_head_naming_the_piece_on_its_one_page_goes() -> None:
    """A collection's running head names the piece a page is in after its fixed part: over a piece
    of two pages it is printed again, over a piece of one page (or with a colon) it is not, and goes
    as well, at a page's edge."""
    from yaodian.sources.plain import find_running_heads

    raw = [
        *_PIECE_PAGES,
        "\f",
        "某某青年理论学习小组  学习资料 当好新时代的“答卷人”",
        "",
        "时代是出卷人，我们是答卷人，人民是阅卷人。",
        " — 4 —",
    ]
    assert find_running_heads(raw) == {1, 6, 11, 15}


def test_a_page_top_sentence_that_opens_with_the_heads_words_stays() -> None:
    from yaodian.sources.plain import find_running_heads

    raw = [
        "\f",
        "某某青年理论学习小组  学习资料 第五辑",
        "",
        "同志们：今天我们召开青年干部座谈会，共话成长成才。",
        " — 1 —",
        "\f",
        "某某青年理论学习小组  学习资料 第五辑",
        "",
        "正文一行。",
        " — 2 —",
        "\f",
        "某某青年理论学习小组 组织开展了多次学习交流活动，大家收获很大。",
        "正文二行。",
    ]
    assert find_running_heads(raw) == {1, 6}


def test_a_running_head_the_page_set_as_a_tables_row_goes() -> None:
    """A page may set its running head beside the line under it, read as a table's row: the head
    goes still."""
    from yaodian.sources.plain import join_lines

    lines = join_lines(_PIECE_PAGES, {11: True, 12: True})[0]
    assert not [line for line in lines if "学习资料" in line]


@pytest.mark.parametrize(
    "line", ["第 3 页（共 9 页）", " 第12页(共40页) ", "—— 第 3 页 共 9 页 ——", "第 3 页 / 共 9 页"]
)
def test_a_page_number_with_the_page_count_in_brackets_is_a_page_number(line: str) -> None:
    from yaodian.sources.plain import PAGE_NUMBER

    assert PAGE_NUMBER.match(line)


@pytest.mark.parametrize("line", ["第 3 页（共 9 页）的表格列出了五项指标", "第 3 页（见附件）"])
def test_a_line_naming_a_page_and_its_count_in_brackets_is_no_page_number(line: str) -> None:
    from yaodian.sources.plain import PAGE_NUMBER

    assert not PAGE_NUMBER.match(line)


def test_pdf_a_last_page_of_two_lines_under_a_running_head_further_left_keeps_its_sentence(
    tmp_path: Path,
) -> None:
    """A last page holds a paragraph's two lines, the first indented, under a running head set left of
    the text's margin: no two lines start at one place there, and the page takes the margin its side's
    pages share; read from its own lines, the head's place was the margin and both lines indented,
    each a paragraph."""
    from reportlab.lib.pagesizes import A5
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    body = [
        ["河谷两岸的集镇沿公路铺开，赶集的日子人流不断，镇上的", "修车铺和粮站一直开到天黑才关门。"],
        ["村里的合作社把散户组织起来统一收购，再统一卖给外地的", "客商，价钱比过去各自去卖高出不少。"],
        ["驻村工作队每周开一次院坝会，把村民的意见记下来，能办", "的马上办，一时办不了的说清楚原因。"],
    ]
    last = ["各村要以这次评议确定的任务为抓手，拿出敢闯敢干的劲头，", "确保全年目标任务圆满完成。"]
    path = tmp_path / "report.pdf"
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    width, height = A5
    sheet = canvas.Canvas(str(path), pagesize=A5, invariant=1)
    for number, lines in enumerate([[line for pair in body for line in pair], last], 1):
        sheet.setFont("STSong-Light", 8)
        sheet.drawString(30, height - 30, "青山镇人民政府 工作简报")
        sheet.setFont("STSong-Light", 11)
        top = height - 70
        for row, line in enumerate(lines):
            # (each paragraph's first line indented two characters)
            sheet.drawString(50 + (22 if row % 2 == 0 else 0), top - 17 * row, line)
        sheet.drawCentredString(width / 2, 20, f"— {number} —")
        sheet.showPage()
    sheet.save()
    texts = [line.strip() for line in read_document(path).lines]
    assert "".join(last) in texts


@pytest.mark.parametrize(
    ("before", "line", "by_indent", "joined"),
    [
        # a line opening on 的 goes on from a line that ends no sentence, indented or not
        ("全市上下要拿出“拼”的劲头、“闯”", " 的精神、“干”的作风，确保目标任务圆满完成。", True, True),
        ("文章以沅东省的改革实践为样本，梳理该市2021年以来", "的主要做法和经验。", False, True),
        ("会议强调，要把群众满意作为检验工作成效", " 的根本标准。", True, True),
        # a line that leaves a quote or a bracket open and ends no sentence goes on, whatever opens the next
        ("实现由“群", " 众找干部”向“干部找群众”转变。", True, True),
        ("尝试回答基层治理效能“为何提升”“难", "在何处”“如何提升”三个问题。", True, True),
        ("工作法（即村党组织提议、村民会议或村", " 民代表会议决议）等一批基层首创经验。", True, True),
        # (negative) a quotation of paragraphs leaves its quote open after each paragraph's end
        ("他在信中写道：“这些年村里变化很大。", " 路修好了，灯也亮了。", True, False),
        # an indented line under one left after 、 is inside its enumeration
        ("会议要求县水利局、县农业农村局、县应急管理局、", " 县教育局主要负责同志参加。", True, True),
        # (negative) after a sentence's end, 的确 and an indented line open anew
        ("今年的任务完成得很好。", " 的确，成绩来之不易。", True, False),
        ("今年的任务完成得很好，", " 的确成绩来之不易，但问题仍然不少。", True, False),
        ("各项任务全部完成。", "的哥的姐纷纷点赞。", False, False),
        # (negative) an indented line under a clause's comma still opens a paragraph where indents do
        ("会议要求各部门抓好落实，", " 县教育局要牵头做好开学准备。", True, False),
    ],
)
def test_a_line_opening_inside_a_clause_runs_on(
    before: str, line: str, by_indent: bool, joined: bool
) -> None:
    from yaodian.sources.plain import runs_on

    assert runs_on(before, line, fill=0.9, by_indent=by_indent) is joined


def test_a_line_opening_on_de_stays_apart_where_lines_are_not_wrapped() -> None:
    """(negative) A file name over the text, or a line of text not broken at a width: a line opening
    on 的 under it opens a paragraph of its own (an excerpt that starts inside a sentence)."""
    from yaodian.sources.plain import runs_on

    assert not runs_on(
        "2026省考申论范文精编100篇", "的背后是管理思维向服务思维的转变。", fill=0.0, by_indent=True
    )
