"""Reading a web page's article where trafilatura misses it.

Old government portals lay a page out in tables: trafilatura (tables kept, recall mode) reads the
layout table as rows, the whole article one cell of one row, or takes a small block of the page
for the article. The reader notices that the prose it got is a small part of the page's text
outside links and reads the element holding most of that text instead. Small made-up pages,
each with one such layout; the last is a page read well, which keeps its reading.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from yaodian.extractors import extract_document, phrases
from yaodian.extractors.boilerplate import main_text
from yaodian.sources import read_document

PAGES = Path(__file__).resolve().parent / "data" / "pages"


def test_an_article_in_a_layout_tables_cell_is_read_paragraph_by_paragraph() -> None:
    """XHTML with a gb2312 declaration, an information table (索引号…) above the headline, the
    article's <p> in a <td>: before, one line of table cells held the whole article."""
    assert read_document(PAGES / "layout_table.html").lines == [
        "为解决老年人“吃饭难”问题，区民政局起草了社区食堂建设方案，现解读如下。",
        "一、建设目标",
        "到年底，每个街道至少建成一家社区食堂，做到布局合理、价格实惠、服务便捷。",
        "二、支持措施",
        "一是给予一次性建设补贴；二是按就餐人次给予运营补贴；三是减免场地租金。",
        "三、监督管理",
        "各街道要建立食品安全日常巡查制度，定期公开补贴发放情况，接受群众监督。",
    ]


def test_an_article_of_lines_between_breaks_in_a_cell_keeps_its_lines() -> None:
    """The article's lines stand between <br> in one <td class="con">, the headline in a cell above
    it and a sidebar of links beside it."""
    document = read_document(PAGES / "lines_in_cell.html")
    assert [line.strip() for line in document.lines] == [
        "各区人民政府，市政府各部门：",
        "入夏以来，全市用电负荷持续攀升。为确保电力安全稳定供应，现就有关事项通知如下：",
        "一、加强电力调度",
        "电力部门要科学安排运行方式，做好负荷预测，确保电网安全运行。",
        "二、落实有序用电",
        "各区要提前制定有序用电方案，优先保障居民生活和重要用户用电。",
        "三、倡导节约用电",
        "党政机关要带头节约用电，空调温度设置不低于二十六摄氏度。",
    ]


def test_a_small_block_taken_for_the_article_gives_way_to_the_article() -> None:
    """trafilatura takes the notice under the page (a <div class="content">) for the article and
    the article's <div> paragraphs, in a table, as one row."""
    lines = read_document(PAGES / "small_block.html").lines
    assert lines[:2] == ["近日，某区印发了开展邻里互助服务的实施方案，现将主要内容解读如下。", "一、服务对象"]
    assert lines[-2:] == [
        "四、组织保障",
        "各街道要明确专人负责，定期总结推广好的做法，确保服务长期坚持下去。",
    ]
    assert len(lines) == 9
    assert not any("温馨提示" in line or line.startswith("|") for line in lines)


def test_a_page_read_well_keeps_its_reading_when_its_furniture_outweighs_the_article() -> None:
    """A short article under a longer footer: the check fires (the prose is under half the page's
    text) but the article's element gives no more than trafilatura read, so its reading stands."""
    assert read_document(PAGES / "article_div.html").lines == [
        "志愿服务是社会文明进步的重要标志，要推动志愿服务制度化、常态化、专业化。",
        "一是完善激励机制，让志愿者得到尊重和礼遇。",
        "二是搭建服务平台，让群众需求和志愿力量精准对接。",
        "三是加强队伍培训，提升志愿者的专业服务能力。",
    ]


def test_junk_a_style_sheet_hides_is_not_read() -> None:
    """Copy sites glue junk into the article (random letters, 本文来源：…) in elements their style
    sheet hides by class or id (.jammer {display: none}, visibility: hidden): a reader never sees
    it, so it is no part of any line. Rules whose selectors lxml cannot match (a:hover, ::before)
    are passed over."""
    lines = read_document(PAGES / "hidden_junk.html").lines
    text = "".join(lines)
    for junk in ("q7Xk2Lp", "hx8k2", "本文来源", "正在加载"):
        assert junk not in text
    assert "二是规范督查检查考核，切实减少“指尖上的形式主义”。" in lines
    assert "一是精简文件会议，坚决压减发文数量和会议规模。" in lines


_UNSIZED_PAGE = """<html><head><meta charset="utf-8"><title>心得</title>
<style>.wm{color:#fff;font-size:0}</style></head><body><div class="content">
<p>一、以学促知。学习条例不能浮于表面，<span class="wm">某某范文网</span>要原原本本学、逐章逐条悟。</p>
<p>二、以知促行。严明纪律不是束缚手脚，<font style="font-size:0px;color:#fff">第一范文网</font>而是为了更好地干事创业。</p>
<p>三、以严促干。<span style="font-size:0"><span style="font-size:16px">重点是</span></span>转化为担当动力，<span
style="font-size:0.5em">注</span>持续加强党性修养，在新时代新征程上展现新担当新作为。</p>
</div></body></html>"""


def test_junk_set_in_letters_of_no_size_is_not_read(tmp_path: Path) -> None:
    """A site's name glued into a sentence in letters of no size (font-size: 0, by a style sheet's
    rule or the element's own style) is no part of the line; text of a size set inside such an
    element (a layout's trick), or set small, is read."""
    (tmp_path / "page.html").write_text(_UNSIZED_PAGE, encoding="utf-8")
    assert read_document(tmp_path / "page.html").lines == [
        "一、以学促知。学习条例不能浮于表面，要原原本本学、逐章逐条悟。",
        "二、以知促行。严明纪律不是束缚手脚，而是为了更好地干事创业。",
        "三、以严促干。重点是转化为担当动力，注持续加强党性修养，在新时代新征程上展现新担当新作为。",
    ]


_SIZED_INSIDE_PAGE = """<html><head><meta charset="utf-8"><title>通知</title>
<style>.row{font-size:0} .cell{font-size:16px} .hl{font-size:18px;color:red} .tag{font-size:0}</style>
</head><body><div class="content">
<p>为切实做好今年防汛抗旱工作，确保人民群众生命财产安全，现将有关事项通知如下。</p>
<p>近年来，我市极端天气多发频发，汛期降雨偏多，防汛形势严峻复杂，各地各部门务必高度重视。</p>
<p>要坚持人民至上、生命至上，立足防大汛、抗大旱、抢大险，扎实做好各项防范应对准备工作。</p>
<p><span class="row"><span class="cell">一要压实责任。</span><span class="cell">二要加强值守。</span></span></p>
<p>各单位要<strong style="font-size:0"><span class="hl">立即启动应急响应</span></strong>，严阵以待。</p>
<p>三要<span style="font-size:0;font-size:16px">及时报告</span>险情，<span
style="font-size:0"><font size="3">不得迟报</font></span>漏报。</p>
<p>四要<span class="tag"><i class="cell"></i>某某范文网</span>加强宣传，<span
style="display:none"><span class="cell">本文来源：某某网</span></span>广泛发动群众。</p>
</div></body></html>"""


def test_text_sized_inside_a_wrapper_of_no_size_is_read(tmp_path: Path) -> None:
    """Text a style sheet's class sizes inside a wrapper of no size (.row{font-size:0}
    .cell{font-size:16px}: inline blocks without gaps), a <font size=3> inside one, and text whose
    last font-size declaration is not zero (font-size:0;font-size:16px) are seen and read; an empty
    sized element (an icon) keeps nothing of the wrapper's junk, nor does a sized element inside
    one a reader never sees (display: none)."""
    (tmp_path / "page.html").write_text(_SIZED_INSIDE_PAGE, encoding="utf-8")
    assert read_document(tmp_path / "page.html").lines[3:] == [
        "一要压实责任。二要加强值守。",
        "各单位要立即启动应急响应，严阵以待。",
        "三要及时报告险情，不得迟报漏报。",
        "四要加强宣传，广泛发动群众。",
    ]


def test_an_article_a_style_sheet_hides_until_a_script_shows_it_is_still_read(tmp_path: Path) -> None:
    """A page that hides its whole article (.article {display: none}) and shows it by script: a
    rule hiding half the page's text or more is left alone."""
    page = (PAGES / "hidden_junk.html").read_text(encoding="utf-8")
    page = page.replace('<div class="content">', '<div class="content article">')
    page = page.replace("body { font-size: 14px; }", ".article { display: none; }")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    assert (
        "三是强化基层保障，推动人往基层走、钱往基层投、政策向基层倾斜。"
        in read_document(tmp_path / "page.html").lines
    )


def test_a_hidden_block_a_script_or_a_later_rule_shows_is_still_read(tmp_path: Path) -> None:
    """Only short inline pieces a style sheet hides are junk: the rest of an article folded under
    展开全文 (.more {display: none}) and a tab's paragraphs a later rule shows (.tab p.on
    {display: block}) are blocks, and are read."""
    page = (PAGES / "hidden_junk.html").read_text(encoding="utf-8")
    folded = '<div class="more"><p>四是压实工作责任，把为基层减负纳入督查考核，定期通报典型问题。</p></div>'
    page = page.replace("</div>\n</body>", folded + "</div>\n</body>")
    page = page.replace("body { font-size: 14px; }", ".more { display: none; } .tab p { display: none; }")
    page = page.replace("<p>三是", '<div class="tab"><p class="on">三是').replace(
        "倾斜。</p>", "倾斜。</p></div>"
    )
    page = page.replace("</style>", ".tab p.on { display: block; }\n</style>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    lines = read_document(tmp_path / "page.html").lines
    assert "四是压实工作责任，把为基层减负纳入督查考核，定期通报典型问题。" in lines
    assert "三是强化基层保障，推动人往基层走、钱往基层投、政策向基层倾斜。" in lines
    assert "hx8k2" not in "".join(lines)


def test_a_forum_threads_posts_in_layout_tables_are_read_line_by_line() -> None:
    """A forum thread (Discuz): each post a table of the author's cell and the post's cell, the
    post's lines between <br>, no element holding half the page's text. Before, the first post was
    one table row and the reply was lost; now both posts are read, each line a line of its own."""
    lines = read_document(PAGES / "forum_thread.html").lines
    post_lines = [
        "【给定资料】",
        "1．某县以网格化管理为抓手，构建起县、乡镇、村三级网格体系，网格员每天入户走访，群众有事找网格员，"
        "矛盾纠纷就地化解率明显提高。",
        "【作答要求】",
        "一、存在问题。①网格负担过重，部门随意派活；②形式主义突出，多头打卡、重留痕轻实效；"
        "③队伍保障不足，待遇偏低，人员流失严重。",
        "二、对策建议。①严把网格准入关，未经审核的事项一律不得进入网格；②为网格减负，整合APP和报表；"
        "③稳定网格员队伍，提高待遇，畅通晋升渠道。",
    ]
    assert [line for line in lines if line in post_lines] == post_lines
    assert not any(line.startswith("|") for line in lines)


_HEAD = '<section style="margin-top:16px"><span style="color:#c00;font-size:17px"><strong>{}</strong></span></section>'
_BODY = "<p><span>{}</span></p>"
_NUMBERED_HEADS_PAGE = (
    '<html><head><meta charset="utf-8"><title>推文</title></head><body><div id="js_content">'
    + _BODY.format("做好社区工作，既要有温度，也要有力度。本文从三个方面谈谈体会，供大家交流参考。")
    + _HEAD.format("01 夯实组织基础")
    + _BODY.format("要把支部建在小区上，让党员亮身份、做表率，推动服务力量下沉到楼栋。")
    + _HEAD.format("02 丰富服务载体")
    + _BODY.format("要办好四点半课堂、长者食堂，把居民最急最盼的小事一件一件办好。")
    + _HEAD.format("03 健全议事机制")
    + _BODY.format("要用好居民议事会，大家的事大家商量着办，小区的矛盾在小区化解。")
    + _HEAD.format("结束语")
    + _BODY.format("社区虽小，连着千家万户，唯有久久为功，才能把好事办实、实事办好。")
    + "</div></body></html>"
)


def test_a_wechat_articles_numbered_bold_heads_are_read_as_headings(tmp_path: Path) -> None:
    """A 公众号 article heads its parts with styled blocks that open with 01, 02, 03 (and a closing
    head set the same way): trafilatura leaves them out; they are put back as headings."""
    (tmp_path / "page.html").write_text(_NUMBERED_HEADS_PAGE, encoding="utf-8")
    document = read_document(tmp_path / "page.html")
    heads = {document.lines[number - 1]: shape.heading for number, shape in document.layout.items()}
    assert heads == {"01 夯实组织基础": 1, "02 丰富服务载体": 1, "03 健全议事机制": 1, "结束语": 1}
    assert document.lines.index("01 夯实组织基础") + 1 == document.lines.index(
        "要把支部建在小区上，让党员亮身份、做表率，推动服务力量下沉到楼栋。"
    )


_LOOKALIKES = {
    # a lone numbered head: no run
    "lone": _HEAD.format("01 夯实组织基础"),
    # dates and phone numbers in bold
    "dates": _HEAD.format("01月05日 召开动员会") + _HEAD.format("02月10日 开展督查"),
    # a paragraph that only opens in bold, its sentence in plain text
    "run-in": "".join(
        f"<p><strong>0{n} 抓落实。</strong>各单位要明确专人负责，按月报送进展情况，确保事事有回音。</p>"
        for n in (1, 2, 3)
    ),
    # a ranked list of bold headlines, a line of figures under each, no prose between them
    "ranked": "".join(
        f"<p><strong>0{n} {title}</strong></p><p><span>热度{n}00万</span></p>"
        for n, title in enumerate(["多地出台促消费新政", "高校毕业生就业指导意见发布", "新版药品目录公布"], 1)
    ),
    # a list of points each set in bold, one after another (a point's clauses, no full stop)
    "points": "".join(
        f"<section><span style='color:#b00'><strong>0{n} 坚持把{what}作为重点，推动工作落地见效</strong></span></section>"
        for n, what in enumerate(["理论武装", "组织建设", "作风建设"], 1)
    ),
    # an issue's number and numbered picture captions, with prose between them
    "issues": "".join(
        f"<section><strong style='color:#c00'>0{n}期 专题学习</strong></section>"
        f"<p>第{n}次集中学习由支部书记领学，党员逐一交流发言并形成记录。</p>"
        for n in (1, 2, 3)
    ),
    "captions": "".join(
        f"<p><span style='font-size:12px;color:#999'>0{n} 图为志愿者入户走访</span></p>"
        f"<p>志愿者第{n}组走进小区，为独居老人检查燃气、更换灯泡。</p>"
        for n in (1, 2, 3)
    ),
    # a table's serial column
    "table": "<table>"
    + "".join(f"<tr><td><b>0{n}</b></td><td>青年志愿服务项目</td></tr>" for n in (1, 2, 3))
    + "</table>",
}


@pytest.mark.parametrize("name", list(_LOOKALIKES))
def test_numbered_lookalikes_are_no_headings(tmp_path: Path, name: str) -> None:
    """Bold numbers that head nothing: a lone one, dates (01月05日), a run-in bold opening of a
    paragraph, a ranked list, bold points one after another, issues (01期), picture captions, the
    serial column of a table."""
    page = (
        '<html><head><meta charset="utf-8"><title>推文</title></head><body><div id="js_content">'
        + _BODY.format("做好社区工作，既要有温度，也要有力度。本文从三个方面谈谈体会，供大家交流参考。")
        + _LOOKALIKES[name]
        + _BODY.format("要用好居民议事会，大家的事大家商量着办，小区的矛盾在小区化解，推动共建共治共享。")
        + "</div></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    assert not any(shape.heading for shape in read_document(tmp_path / "page.html").layout.values())


# An encyclopaedia page of its own words: a headline, a contents box, parts under <h2>, one of which
# holds numbered paragraphs (（一）…（三）), and a sidebar with <h3>s over lists of links
_ENTRY = """<html><head><meta charset="utf-8"><title>社区垃圾分类_词条_某某百科</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/list">分类</a></div>
<div class="main">{headline}
<p>社区垃圾分类是指居民按照规定把生活垃圾分成几类投放，由社区和物业分类收集、分类运输的做法。</p>
{parts}
</div>
<div class="side"><h3>相关词条</h3><ul><li>无废城市</li><li>资源回收</li></ul>
<h3>热门词条</h3><ul><li>绿色出行</li><li>节约用水</li></ul></div>
</body></html>"""
_PARTS = (
    ("由来", ["最早在一些大城市的街道试行，居民把厨余和其他垃圾分开投放，后来在全市推开。"]),
    (
        "分类要求",
        [
            "生活垃圾一般分为以下三类：",
            "（一）厨余垃圾。剩菜剩饭、果皮菜叶等，沥干水分后投进绿色桶。",
            "（二）可回收物。废纸、塑料瓶、金属罐等，清洁干燥后投进蓝色桶。",
            "（三）有害垃圾。废电池、过期药品、废灯管等，单独投进红色桶。",
        ],
    ),
    (
        "推进办法",
        [
            "各小区的做法各有不同。首先，定时定点投放，早晚各两个小时开放投放点。其次，设立桶边督导员，"
            "提醒居民分好再投。最后，推行积分兑换，分类做得好的家庭可以换取日用品。"
        ],
    ),
)


def _entry(tmp_path: Path, parts: str, headline: str = "<h1>社区垃圾分类</h1>") -> Path:
    (tmp_path / "entry.html").write_text(_ENTRY.format(headline=headline, parts=parts), encoding="utf-8")
    return tmp_path / "entry.html"


def _parts_under(tag: str, parts: tuple[tuple[str, list[str]], ...] = _PARTS) -> str:
    return "".join(
        f"<{tag}>{heading}</{tag}>" + "".join(f"<p>{text}</p>" for text in texts) for heading, texts in parts
    )


def test_a_pages_heading_elements_head_its_parts_over_the_numbered_paragraphs(tmp_path: Path) -> None:
    """The <h2> parts of an entry are its headings, as a Markdown file's ## are, where one of them
    holds （一）…（三）: the cards of the part after those paragraphs are filed under their own part,
    not under （三）, and the numbered paragraphs under the part that holds them."""
    document = read_document(_entry(tmp_path, _parts_under("h2")))
    headings = {document.lines[number - 1]: shape.heading for number, shape in document.layout.items()}
    assert headings == {"由来": 2, "分类要求": 2, "推进办法": 2}
    cards = extract_document(document).cards
    sections = {card.origin.section for card in cards if card.origin}
    steps = next(card for card in cards if card.items and "定时定点投放" in card.items)
    assert steps.origin is not None and steps.origin.section == "推进办法"
    assert not any(section and section.startswith("（三）") for section in sections)
    assert any(section and section.startswith("分类要求 › （") for section in sections)


@pytest.mark.parametrize(
    ("headline", "parts"),
    [
        # the numbered paragraphs are the page's only outline: no heading elements
        ("<h1>社区垃圾分类</h1>", "".join(f"<p>{text}</p>" for _, texts in _PARTS for text in texts)),
        # the page's one <h2> is its headline; the sidebar's <h3>s are not the article's
        ("<h2>社区垃圾分类</h2>", "".join(f"<p>{text}</p>" for _, texts in _PARTS for text in texts)),
        # the page numbers its headings: their numbers rank them
        (
            "<h1>社区垃圾分类</h1>",
            _parts_under(
                "h2", tuple((f"{n}、{h}", texts) for n, (h, texts) in zip("一二三", _PARTS, strict=True))
            ),
        ),
        # the parts' headings hold no numbered paragraph: nothing for them to outrank
        ("<h1>社区垃圾分类</h1>", _parts_under("h2", (_PARTS[0], _PARTS[2]))),
        # a news page's pictures with their captions in <h3>s, one over the numbered paragraphs
        (
            "<h1>社区垃圾分类</h1>",
            "".join(
                f'<p><img src="{n}.jpg"></p><h3>居民在小区投放点分类投放（摄影 李华）</h3>'
                + "".join(f"<p>{text}</p>" for text in texts)
                for n, (_, texts) in enumerate(_PARTS[1:])
            ),
        ),
        # the numbered paragraphs run on across the headings: （一） under one, （二） under the next
        (
            "<h1>社区垃圾分类</h1>",
            _parts_under("h2", (("厨余", _PARTS[1][1][1:2]), ("回收", _PARTS[1][1][2:3]), _PARTS[2])),
        ),
        # a numbered paragraph before the first heading: the headings are not over the numbers
        ("<h1>社区垃圾分类</h1>", f"<p>{_PARTS[1][1][1]}</p>" + _parts_under("h2", (_PARTS[0], _PARTS[1]))),
        # a question page whose second question is a sentence: no heading, yet it ends the part before
        (
            "<h1>社区垃圾分类</h1>",
            _parts_under(
                "h2",
                (
                    ("什么是垃圾分类", _PARTS[0][1]),
                    ("垃圾怎么分？", _PARTS[1][1]),
                    ("小区怎样推进垃圾分类", _PARTS[2][1]),
                ),
            ),
        ),
    ],
    ids=[
        "numbered paragraphs only",
        "headline and sidebar",
        "numbered headings",
        "no numbered paragraphs",
        "captions",
        "numbers across headings",
        "number before the headings",
        "a question heading",
    ],
)
def test_heading_elements_that_head_no_parts_of_numbered_paragraphs_give_no_layout(
    tmp_path: Path, headline: str, parts: str
) -> None:
    assert read_document(_entry(tmp_path, parts, headline)).layout == {}


_WORKS = "<ol><li>《城市环境报》，2025年3月2日</li><li>某市城管局：《分类投放指南》</li></ol>"


@pytest.mark.parametrize(
    "box",
    [
        f'<div class="refs">参考资料{_WORKS}</div>',  # the label a bare text of the box
        f"<h2>参考文献</h2>{_WORKS}",  # the label a heading of its own
        f"<div><p><strong>【参考来源】</strong></p>{_WORKS}</div>",
        f"<div><p>参考资料</p><!-- 引用 -->{_WORKS}</div>",  # a comment between: no label, and no crash
    ],
    ids=["label text", "label heading", "label block", "comment before"],
)
def test_a_pages_list_of_references_is_not_read(tmp_path: Path, box: str) -> None:
    """The works an entry cites, listed under 参考资料 after its text, are its sources, not its
    material: before, their items were read as a list of the last part."""
    lines = read_document(_entry(tmp_path, _parts_under("h2") + box)).lines
    assert lines[-1].startswith("各小区的做法各有不同")
    assert not any("分类投放指南" in line or "城市环境报" in line for line in lines)


@pytest.mark.parametrize(
    "box",
    [
        # a list under a label of the material's own (an exam's 参考答案), or a sentence that opens with the word
        "<h2>参考答案</h2><ol><li>定时定点投放，方便居民养成习惯。</li><li>桶边督导，及时纠正错投。</li></ol>",
        "<p>参考资料显示，分类投放点的设置有两种做法：</p>"
        "<ul><li>按楼栋设置，每栋楼下一组桶。</li><li>按片区设置，几栋楼共用一组桶。</li></ul>",
        # a study page's 参考资料: statements to learn, no works cited
        "<h2>参考资料</h2><ol><li>定时定点投放，方便居民养成分类习惯。</li><li>桶边督导，及时纠正错投。</li></ol>",
    ],
    ids=["answers", "sentence", "points to learn"],
)
def test_lists_under_other_labels_or_of_no_cited_works_are_read(tmp_path: Path, box: str) -> None:
    lines = read_document(_entry(tmp_path, _parts_under("h2") + box)).lines
    assert any("纠正错投" in line or "按楼栋设置" in line for line in lines)


def test_a_headline_set_in_the_parts_heading_element_heads_no_part(tmp_path: Path) -> None:
    """A page with no <h1> sets its headline in an <h2> like its parts: the <title> opens with it. A
    part's heading that stands inside the title but does not open it (由来) is still a part's."""
    page = _entry(tmp_path, _parts_under("h2"), headline="<h2>社区垃圾分类</h2>")
    page.write_text(
        page.read_text(encoding="utf-8").replace("<title>社区垃圾分类_", "<title>社区垃圾分类的由来和做法_"),
        encoding="utf-8",
    )
    document = read_document(page)
    headings = {document.lines[number - 1]: shape.heading for number, shape in document.layout.items()}
    assert headings == {"由来": 2, "分类要求": 2, "推进办法": 2}


def test_a_short_pages_sentence_that_opens_in_bold_is_read_on_one_line(tmp_path: Path) -> None:
    """On a page this short trafilatura reads the body's text piece by piece, each inline element's
    text a line of its own: the bold lead and the rest of its sentence are one line again, as a
    reader sees them, and the card asks the whole sentence. A <br> still breaks its paragraph, and
    pieces that could each open a line (a date, its source) stay as read."""
    page = tmp_path / "心得.html"
    page.write_text(
        "<html><head><title>学习心得</title></head><body><h1>学习心得</h1>"
        "<p>2024年05月16日 <span>来源：青禾网</span></p>"
        "<p><strong>功成不必在我</strong>，各级干部要久久为功，一张蓝图绘到底。</p>"
        "<p>要树立<b>正确的政绩观</b>，<span>不搞形象工程</span>。<br>坚持实事求是。</p>"
        "</body></html>",
        encoding="utf-8",
    )
    assert read_document(page).lines == [
        "学习心得",
        "2024年05月16日",
        "来源：青禾网",
        "功成不必在我，各级干部要久久为功，一张蓝图绘到底。",
        "要树立正确的政绩观，不搞形象工程。",
        "坚持实事求是。",
    ]
    clozes = [card.text for card in extract_document(read_document(page)).cards if card.type == "cloze"]
    assert clozes and not any(text.startswith("，") for text in clozes)


def test_bold_inside_a_paragraph_is_its_marked_formulations(tmp_path: Path) -> None:
    """The texts a page sets in bold inside a paragraph (<strong>, <b>, a bold style, pieces in a
    row as one) are the author's marks, as a Markdown line's **…** are: formulations to recite,
    each a gap of its sentence. Not a paragraph in bold whole (its number aside), nor bold in a
    heading, nor a bold word or label of a few characters (一是, 答：), nor a span set back to normal."""
    page = tmp_path / "评论.html"
    page.write_text(
        "<html><head><title>为基层减负赋能</title></head><body><h1>为基层减负赋能</h1>"
        "<p>为基层减负，<strong>减的是负担，</strong><strong>不是责任</strong>。减负既要把不必要的负担减下来，"
        "又要把该担的责任扛起来。</p>"
        "<p>各级干部要<span style='font-weight:bold'>以诚心换民心、以实干赢信任</span>，"
        "做到稳情绪、听诉求、解难题。</p>"
        "<p><strong>二、</strong><b>持续精简文件会议，让干部腾出手来抓落实。</b></p>"
        "<h2>坚持<strong>人民至上</strong>的价值取向</h2>"
        "<p>全年重点抓好三件事：<b>一是</b>稳就业；二是保民生；三是防风险。</p>"
        "<p><b>答：</b>主要考虑有三个方面，一是贯彻部署，二是回应关切，三是破解难题。</p>"
        "<p><b>考核要<span style='font-weight:normal'>少而精</span></b>，不能层层加码、搞“指尖上的形式主义”。</p>"
        "</body></html>",
        encoding="utf-8",
    )
    read = read_document(page)
    emphasised = {
        read.lines[n - 1][:6]: shape.emphasised for n, shape in read.layout.items() if shape.emphasised
    }
    assert emphasised == {
        "为基层减负，": ("减的是负担，不是责任",),
        "各级干部要以": ("以诚心换民心、以实干赢信任",),
        "全年重点抓好": ("一是",),
        "答：主要考虑": ("答：",),
        "考核要少而精": ("考核要",),
    }
    marked = phrases.marked_formulations(main_text(read.lines, read.layout))
    assert sorted(text for texts in marked.values() for text in texts) == [
        "以诚心换民心、以实干赢信任",
        "减的是负担，不是责任",
    ]
    clozes = [card.text for card in extract_document(read).cards if card.type == "cloze"]
    assert any("{{c1::以诚心换民心、以实干赢信任}}" in text for text in clozes)


def test_bold_inside_a_link_is_no_marked_formulation(tmp_path: Path) -> None:
    """A link's bold (<a><b>…</b></a>, <b><a>…</a></b>) is the link's look, a headline the page links to,
    no words its sentence marks; bold beside the link in the same paragraph is marked."""
    page = tmp_path / "评论.html"
    page.write_text(
        "<html><head><title>以实干担当推动高质量发展</title></head><body><h1>以实干担当推动高质量发展</h1>"
        "<p>延伸阅读：<a href='a.html'><b>如何理解新质生产力的内涵和要求</b></a></p>"
        "<p>详见<b><a href='b.html'>关于进一步优化营商环境的若干措施</a></b>，各地要<b>对标一流、持续用力</b>。</p>"
        "</body></html>",
        encoding="utf-8",
    )
    read = read_document(page)
    emphasised = [shape.emphasised for shape in read.layout.values() if shape.emphasised]
    assert emphasised == [("对标一流、持续用力",)]


def test_an_article_in_a_font_of_a_layout_rows_cell_keeps_its_first_paragraph_and_its_headline() -> None:
    """An old portal's article in one <font> of a table row's cell, its paragraphs between <br>,
    the headline and an information line with links (字体：大 中 小) in the rows above: read from
    the row alone, its <td> out of a table lost the text before the first <br>; the information
    line, holding links, was not taken for one, so the headline over it was lost too."""
    document = read_document(PAGES / "font_cell.html")
    assert document.lines[0].strip().startswith("3月2日上午，区交通运输局召开全区公交便民工作推进会")
    assert len(document.lines) == 4
    assert extract_document(document).title == "区交通运输局召开公交便民工作推进会"
