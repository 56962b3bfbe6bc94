"""Reading Markdown as Markdown, and text whose lines were broken at a fixed width.

Markdown (by suffix, or by content in a .txt) is parsed by markdown-it: each line of text stays
on its line of the file, and `Document.layout` says what the marks said (heading level,
list-item depth, bold texts). Text copied from a PDF is joined back into paragraphs, each on the
line where it starts.
"""

from __future__ import annotations

import tempfile
import textwrap
from itertools import cycle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from yaodian.errors import YaodianError
from yaodian.extractors import extract_document
from yaodian.extractors.boilerplate import main_text
from yaodian.extractors.text import clean_line
from yaodian.sources import Document, LineLayout, looks_like_markdown, read_document
from yaodian.sources.plain import PAGE_NUMBER, glue, rejoin, text_width

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARTICLE = SEEDS / "001_c0506a55f0690070.txt"


def _read(tmp_path: Path, text: str, name: str = "notes.md") -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def _text(document: Document) -> dict[int, str]:
    """The document's lines that hold text, by line number."""
    return {number: line for number, line in enumerate(document.lines, 1) if line}


def _list_cards(document: Document) -> list[tuple[str, list[str]]]:
    return [(card.prompt, card.items) for card in extract_document(document).cards if card.type == "list"]


# ---------------------------------------------------------------- Markdown: lines and layout

NOTES = """\
# 申论笔记 | [专题三](https://example.cn/3)：优化营商环境

> 整理：鹿鸣

**目录**

- [一、为什么考](#一为什么考)
- [二、怎么答](#二怎么答)

## 一、为什么考

- **考查形式**：
  - 归纳概括
  - 综合分析
+ 推行**“双随机、一公开”**监管
1. 破解融资难
2) 稳定用工
3. 盘活土地：推行“标准地+承诺制”，
“拿地即开工”

| 提法 | 内涵 |
| --- | --- |
| 放管服 | 简政放权、放管结合、优化服务 |
| **证照分离** | 直接取消审批。 |

![思维导图](https://example.cn/map.png)

参考阅读：[一图读懂](https://example.cn/a) ｜ [起草说明](https://example.cn/b)
"""


def test_markdown_keeps_each_line_on_its_line_of_the_file(tmp_path: Path) -> None:
    document = _read(tmp_path, NOTES)
    assert document.meta["format"] == "markdown"
    assert len(document.lines) == len(NOTES.split("\n"))
    assert _text(document) == {
        1: "申论笔记 | 专题三：优化营商环境",
        3: "整理：鹿鸣",
        5: "目录",
        10: "一、为什么考",
        12: "考查形式：",
        13: "归纳概括",
        14: "综合分析",
        15: "推行“双随机、一公开”监管",
        16: "1. 破解融资难",
        17: "2) 稳定用工",
        18: "3. 盘活土地：推行“标准地+承诺制”，“拿地即开工”",  # 19 ran on into it
        23: "放管服：简政放权、放管结合、优化服务",
        24: "证照分离：直接取消审批。",
        21: "提法：内涵",
    }


def test_markdown_layout_heading_levels_item_depths_and_bold_texts(tmp_path: Path) -> None:
    document = _read(tmp_path, NOTES)
    assert document.layout == {
        1: LineLayout(heading=1),
        5: LineLayout(emphasised=("目录",)),
        10: LineLayout(heading=2),
        12: LineLayout(bullet=1, emphasised=("考查形式",)),
        13: LineLayout(bullet=2),
        14: LineLayout(bullet=2),
        15: LineLayout(bullet=1, emphasised=("“双随机、一公开”",)),
        16: LineLayout(bullet=1),
        17: LineLayout(bullet=1),
        18: LineLayout(bullet=1),
        24: LineLayout(emphasised=("证照分离",)),
    }
    assert document.title == "申论笔记 | 专题三：优化营商环境"


def test_a_markdown_list_items_own_paragraphs_are_laid_out_inside_it(tmp_path: Path) -> None:
    text = (
        "1. **精文减会**\n\n    严控发文数量，压缩文件篇幅。\n\n"
        "2. **明晰基层权责**\n\n    建立“三张清单”：\n\n    - 基层职责清单\n    - 事项准入清单\n\n"
        "    未经准入的事项，基层有权拒绝。\n\n"
        "减负不是减责任。\n"
    )
    layout = _read(tmp_path, text).layout
    assert layout[3] == LineLayout(in_item=1)  # the first item's explanation
    assert layout[7] == LineLayout(in_item=1)
    assert layout[9].bullet == layout[10].bullet == 2
    assert layout[12] == LineLayout(in_item=1)  # after the nested list, the item's own again
    assert 14 not in layout  # a paragraph after the list stands in no item


def test_markdown_with_windows_line_ends_reads_the_same(tmp_path: Path) -> None:
    unix = _read(tmp_path, NOTES)
    windows = _read(tmp_path, NOTES.replace("\n", "\r\n"), "windows.md")
    assert (windows.lines, windows.layout, windows.title) == (unix.lines, unix.layout, unix.title)


def test_main_text_carries_the_layout_into_paragraphs(tmp_path: Path) -> None:
    document = _read(tmp_path, NOTES)
    paragraphs = {p.line: p for p in main_text(document.lines, document.layout)}
    assert (paragraphs[10].text, paragraphs[10].heading) == ("一、为什么考", 2)
    assert (paragraphs[13].text, paragraphs[13].bullet) == ("归纳概括", 2)
    assert paragraphs[15].emphasised == ("“双随机、一公开”",)
    assert (paragraphs[16].text, paragraphs[16].bullet) == ("1. 破解融资难", 1)


def test_a_line_going_on_after_a_list_item_is_not_an_item(tmp_path: Path) -> None:
    # 2）is no CommonMark marker: the line continues the item before it, and stays a line of its own
    document = _read(tmp_path, "- （3）完善产权制度\n2）高质量发展：**首要任务**\n")
    assert document.lines[:2] == ["（3）完善产权制度", "2）高质量发展：首要任务"]
    assert document.layout == {1: LineLayout(bullet=1), 2: LineLayout(emphasised=("首要任务",))}


def test_exam_options_on_their_own_lines_stay_apart(tmp_path: Path) -> None:
    document = _read(tmp_path, "1. 预期目标是（　　）。\nA. 5%左右\nB. 5.5%左右\n**答案**：A\n")
    assert document.lines[:4] == ["1. 预期目标是（　　）。", "A. 5%左右", "B. 5.5%左右", "答案：A"]


def test_a_table_numbered_by_its_first_column_reads_as_numbered_lines(tmp_path: Path) -> None:
    # | 1 | … | reads 1、…, an item of a numbered list, not a definition of the term 1
    table = (
        "| 序号 | 关系 | 说明 |\n|:--:|:--|:--|\n| 1 | 高质量发展和高水平保护的关系 | 发展 vs 保护 |\n"
        "| 2 | 重点攻坚和协同治理的关系 | 攻坚 |\n| 3 | 自然恢复和人工修复的关系 | 修复 |\n"
    )
    document = _read(tmp_path, "五个重大关系：\n\n" + table)
    assert _text(document)[5] == "1、高质量发展和高水平保护的关系；发展 vs 保护"
    relations = ["高质量发展和高水平保护的关系", "重点攻坚和协同治理的关系", "自然恢复和人工修复的关系"]
    assert relations in [items for _, items in _list_cards(document)]


NOTE_APP = """\
---
title: 生态文明 名词解释
tags: [申论]
---
%% 自己的批注，
不要背 %%
正文见[[两山理念|两山]]与[[双碳目标#内涵]]。![[导图.png]]
<!-- 隐藏
的内容 -->
- [x] 背完三线一单
"""


def test_note_app_syntax(tmp_path: Path) -> None:
    document = _read(tmp_path, NOTE_APP)
    assert _text(document) == {
        7: "正文见两山与双碳目标 内涵。",
        10: "背完三线一单",
    }
    assert document.title == "生态文明 名词解释"  # from the front matter: the note has no heading
    assert document.layout == {10: LineLayout(bullet=1, task=True)}  # (a task list's item)


def test_a_note_apps_tags_file_the_note_and_leave_the_text(tmp_path: Path) -> None:
    text = "# 背诵清单 #申论/素材\n\n中国式现代化 5 个特征 #已制卡\n本质要求（9条）#已制卡。\n#话题# 与 #1 与 C# 留下\n"
    assert _text(_read(tmp_path, text)) == {
        1: "背诵清单",
        3: "中国式现代化 5 个特征",
        4: "本质要求（9条）。",
        5: "#话题# 与 #1 与 C# 留下",
    }


def test_a_callouts_type_is_dropped_and_its_title_and_text_kept(tmp_path: Path) -> None:
    text = "> [!tip] 记忆口诀\n> 发文会议督检考\n\n> [!note]\n> 减负不减责\n\n>[!example]- 折叠的框架\n"
    assert _text(_read(tmp_path, text)) == {
        1: "记忆口诀",
        2: "发文会议督检考",
        5: "减负不减责",
        7: "折叠的框架",
    }


def test_emphasis_note_apps_and_html_give(tmp_path: Path) -> None:
    document = _read(
        tmp_path, "要==守正创新==，<b>勇于</b>担当，<mark>敢于</mark>斗争\n\n<p>块&nbsp;内容</p>\n"
    )
    assert document.lines[:3] == ["要守正创新，勇于担当，敢于斗争", "", "块\xa0内容"]
    assert document.layout == {1: LineLayout(emphasised=("守正创新", "勇于", "敢于"))}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("导语\n\n# 学习笔记\n\n## 一、背景\n", "学习笔记"),
        ("## 学习笔记\n### 一、背景\n正文。\n# 附录\n# 参考\n", "学习笔记"),
        ("# **“两山”理念**笔记\n正文。\n", "“两山”理念笔记"),
        ("正文。\n\n## 一、背景\n\n## 二、做法\n", None),
        ("## 一、背景\n正文。\n## 二、做法\n正文。\n", None),  # a section's heading, not the document's
        ("正文。\n\n# 附录\n", "附录"),
    ],
)
def test_markdown_title_is_the_top_heading(tmp_path: Path, text: str, title: str | None) -> None:
    assert _read(tmp_path, text).title == title


# ---------------------------------------------------------------- web pages

HEADINGS = ["一、深刻认识历史性成就", "二、正确处理几个重大关系", "三、全面推进美丽中国建设"]


def test_a_long_web_pages_subheadings_stay_where_the_extraction_loses_them(tmp_path: Path) -> None:
    # a long article: trafilatura's recall mode keeps its paragraphs and loses its <h3>s
    text = (SEEDS / "002_116a5acec548cef1.txt").read_text(encoding="utf-8")
    paragraphs = [line.strip() for line in text.splitlines() if len(line.strip()) > 80][:24]
    body = "".join(
        f"<h3>{heading}</h3>" + "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs[8 * n : 8 * n + 8])
        for n, heading in enumerate(HEADINGS)
    )
    page = (
        '<html><head><meta charset="utf-8"><title>基层统战工作的思考_某某网</title></head><body>'
        f'<div class="article"><h1>基层统战工作的思考</h1>{body}</div>'
        '<div class="side"><h4>相关文章</h4><ul><li><a href="/a">另一篇文章的标题在这里</a></li></ul></div>'
        "</body></html>"
    )
    lines = [line for line in _read(tmp_path, page, "page.html").lines if line]
    assert [line for line in lines if line not in paragraphs] == HEADINGS
    assert [lines.index(heading) for heading in HEADINGS] == [0, 9, 18]


# ---------------------------------------------------------------- Markdown told by content

MARKDOWN_TXT = """\
# 面试笔记

### 一、综合分析题

- 答题三原则：**观点鲜明、逻辑清晰、贴合岗位**
- 时间把控：一般4道题15分钟
  - 首先，亮明观点
"""


@pytest.mark.parametrize(
    ("text", "markdown"),
    [
        (MARKDOWN_TXT, True),
        ("# 标题\n\n正文第一段。\n\n## 一、背景\n\n1. 第一点\n2. 第二点\n3. 第三点\n", True),
        # a plain Chinese text with one # or * is not Markdown
        ("#话题# 学习二十大精神\n统一战线是重要法宝。\n* 注：内部资料\n", False),
        ("# 学习心得\n统一战线是重要法宝。\n党的领导是根本保证。\n团结是力量。\n", False),
        ("- 一是加强领导\n- 二是完善机制\n- 三是强化保障\n**重点**\n", False),  # no heading
    ],
)
def test_markdown_is_told_by_content(text: str, markdown: bool) -> None:
    assert looks_like_markdown(text) is markdown


def test_markdown_in_a_txt_is_read_as_markdown(tmp_path: Path) -> None:
    document = _read(tmp_path, MARKDOWN_TXT, "notes.txt")
    assert document.meta["format"] == "markdown"
    assert document.lines[4] == "答题三原则：观点鲜明、逻辑清晰、贴合岗位"
    assert document.layout[7] == LineLayout(bullet=2)
    assert document.title == "面试笔记"


def test_plain_text_with_a_stray_mark_is_read_as_it_is(tmp_path: Path) -> None:
    text = "# 学习心得\n统一战线是重要法宝。\n*注：内部资料*\n"
    document = _read(tmp_path, text, "notes.txt")
    assert document.meta["format"] == "text"
    assert document.lines == text.split("\n")
    assert document.layout == {}


# ---------------------------------------------------------------- hard-wrapped text


def _wrapped(paragraphs: list[str], width: int = 30, page: int = 12) -> list[str]:
    """Paragraphs broken every `width` characters, as a PDF copy gives them: a page number and
    running heads every `page` lines."""
    lines: list[str] = []
    for paragraph in paragraphs:
        lines += textwrap.wrap(paragraph, width) or [""]
    out = ["党校内部教学资料"]
    for number, line in enumerate(lines, 1):
        out.append(line)
        if number % page == 0:
            out += ["", "内部资料 请勿外传", f"— {number // page} —", "", "党校内部教学资料", ""]
    return out


def test_a_seed_broken_at_a_fixed_width_reads_as_the_seed(tmp_path: Path) -> None:
    original = ARTICLE.read_text(encoding="utf-8")
    paragraphs = [line.strip() for line in original.splitlines() if line.strip()]
    path = tmp_path / "copied.txt"
    path.write_text("\n".join(_wrapped(paragraphs)), encoding="utf-8")
    document = read_document(path)
    lines = [line for line in document.lines if line]
    # every paragraph whole again, none glued to the next (a full line that ends a sentence may
    # end a paragraph early: it reads the same)
    assert "".join(lines) == "".join(paragraphs)
    assert all(any(line in paragraph for paragraph in paragraphs) for line in lines)
    assert all(any(paragraph.startswith(line) for line in lines) for paragraph in paragraphs)
    assert _list_cards(document) == _list_cards(read_document(ARTICLE))


def test_a_wide_copy_whose_lines_stop_short_by_up_to_four_characters_reads_as_the_seed(
    tmp_path: Path,
) -> None:
    """A PDF copy of a wide page: its lines end 32 to 36 characters in (half-width digits, narrow
    punctuation), none of its widths shared by a third of the lines."""
    paragraphs = [line.strip() for line in ARTICLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    widths = cycle((36, 33, 35, 32, 34))
    lines: list[str] = []
    for paragraph in paragraphs:
        while paragraph:
            width = next(widths)
            lines.append(paragraph[:width])
            paragraph = paragraph[width:]
    document = _read(tmp_path, "\n".join(lines), "copied.txt")
    assert "".join(document.lines) == "".join(paragraphs)
    assert _list_cards(document) == _list_cards(read_document(ARTICLE))


def test_a_report_whose_headline_heads_every_page_is_named_by_it(tmp_path: Path) -> None:
    """The headline opens the copy and stands again over each page (so it is a running head and
    leaves the lines); the speech's subtitle under it runs over two lines, whose second is no
    headline."""
    paragraphs = [line.strip() for line in ARTICLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    head = ["某某区人民政府工作报告", "", "——2026年1月9日在某某区第十八届人民代表大会", "第六次会议上", ""]
    body = [
        "某某区人民政府工作报告" if line == "党校内部教学资料" else line
        for line in _wrapped(paragraphs[4:])[1:]
    ]
    document = _read(tmp_path, "\n".join(head + body), "report.txt")
    assert "某某区人民政府工作报告" not in document.lines
    assert extract_document(document).title == "某某区人民政府工作报告"


def test_a_double_spaced_copy_reads_as_the_single_spaced_one(tmp_path: Path) -> None:
    original = ARTICLE.read_text(encoding="utf-8")
    lines = _wrapped([line.strip() for line in original.splitlines() if line.strip()])
    single = _read(tmp_path, "\n".join(lines), "single.txt")
    double = _read(tmp_path, "\n\n".join(lines), "double.txt")  # a blank line after every line
    assert [line for line in double.lines if line] == [line for line in single.lines if line]


def test_a_joined_paragraph_stays_on_the_line_where_it_starts(tmp_path: Path) -> None:
    lines = [
        "修订后的《条例》共3编、158条，分为总则、分则、附则三编。总则主要规定",  # full width
        "指导思想、原则和适用范围，违纪与纪律处分，纪律处分运用规则，对违法犯",
        "罪党员的纪律处分等。",
        "1.本题本由给定资料与作答要求两部分构成。考试时限为150分钟。阅读给",
        "定资料参考时限为40分钟，作答参考时限为110分钟，满分100分，请在题本",
        "2.请在题本、答题卡指定位置上用黑色字迹的钢笔或签字笔填写自己的姓名",
        "和准考证号。",
        "要求：（1）观点明确，见解深刻；（2）参考给定资料，不拘泥于资料；（",
        "3）思路清晰，语言流畅；（4）总字数1000～1200字，不超过一千二百字。",
        "",
        "— 1 —",
        "",
        "一、深刻认识修订《条例》的重大意义",
        "党的二十大以来，以习近平同志为核心的党中央坚持以严的基调强化正风",
        "",
        "— 2 —",
        "",
        "肃纪，中共中央印发修订后的《中国共产党纪律处分条例》，自即日起施行。",
    ]
    document = _read(tmp_path, "\n".join(lines), "exam.txt")
    assert document.meta["format"] == "text"
    assert (
        _text(document)
        == {
            1: "".join(lines[0:3]),
            4: "".join(lines[3:5]),  # the item breaks at its full line, and the next item starts anew
            6: "".join(lines[5:7]),
            8: "".join(lines[7:9]),  # a line ending in （ runs on, though 3） looks like a marker
            13: lines[12],
            14: lines[13] + lines[17],  # across the page break
        }
    )


def _column(paragraphs: list[str], width: int) -> list[str]:
    """Paragraphs set in a newspaper's narrow column, as copied from its page: a masthead and a
    date line, the headline over two lines, its subtitle and byline, and the date line repeated
    over the next page, mid-text, without a page number."""
    lines = ["某某日报", "2024年7月2日 星期二 第05版 理论", "", "统一战线是凝聚", "人心的法宝"]
    lines += ["——学习贯彻全省统战部长会议精神", "本报评论员", ""]
    body = [line for paragraph in paragraphs for line in textwrap.wrap(paragraph, width)]
    return lines + body[:60] + ["2024年7月2日 星期二 第05版 理论"] + body[60:]


@pytest.mark.parametrize("width", [13, 16, 18])
def test_a_newspaper_column_reads_as_its_paragraphs(tmp_path: Path, width: int) -> None:
    article = [line.strip() for line in ARTICLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    paragraphs = ["".join(paragraph.split()) for paragraph in article[5:32]]  # the article, not the page
    document = _read(tmp_path, "\n".join(_column(paragraphs, width)), "page.txt")
    lines = ["".join(line.split()) for line in document.lines if line]
    # the head's lines each stand alone (the date line goes: it runs over every page) ...
    assert lines[:5] == [
        "某某日报",
        "统一战线是凝聚",
        "人心的法宝",
        "——学习贯彻全省统战部长会议精神",
        "本报评论员",
    ]
    # ... and the body's paragraphs are whole again, none glued to the next, headings that fill
    # the column included (a full line that ends a sentence may end a paragraph early)
    body = lines[5:]
    assert "".join(body) == "".join(paragraphs)
    assert all(any(line in paragraph for paragraph in paragraphs) for line in body)
    assert all(any(paragraph.startswith(line) for line in body) for paragraph in paragraphs)


def test_short_lines_without_a_clause_inside_are_no_column(tmp_path: Path) -> None:
    slogans = [
        "坚持党的全面领导不动摇",
        "坚持以人民为中心不动摇",
        "坚持全面深化改革不动摇",
        "坚持新发展理念不动摇",
    ]
    text = "\n".join(["二十大报告要点"] + slogans * 3)
    assert _read(tmp_path, text, "notes.txt").lines == text.split("\n")


def test_in_wrapped_text_a_blank_line_ends_a_paragraph_and_a_page_break_does_not(tmp_path: Path) -> None:
    lines = [
        "党的二十大以来，以习近平同志为核心的党中央坚持以严的基调强化正风",
        "肃纪，中共中央印发修订后的《中国共产党纪律处分条例》，自即日起施行",
        "",
        "纪律是党的生命线。我们党是靠革命理想和铁的纪律组织起来的马克思主",
        "\f义政党，纪律严明是党的光荣传统和独特优势。回顾党的百年奋斗历程，",
        "从延安整风到新时代制定和修订一系列党内法规，我们党始终把严明纪律",
        "作为管党治党的重要手段。",
    ]
    lines += [
        "10.推动灾害事故信息“一键上报”和救援力量“一网调度”",
        "。（应急管理部、国务院办公厅按职责分工负责）",
    ]
    document = _read(tmp_path, "\n".join(lines * 3), "pdf.txt")
    assert _text(document)[1] == "".join(lines[0:2])
    assert _text(document)[4] == "".join(line.strip() for line in lines[3:7])
    # a line that opens with 。 was broken there by the width, after a heading's number too
    assert _text(document)[8] == "".join(lines[7:9])


def test_text_that_is_not_hard_wrapped_keeps_its_lines(seed_paths: list[Path]) -> None:
    for path in seed_paths:
        raw = path.read_text(encoding="utf-8").replace("\r\n", "\n").split("\n")
        assert read_document(path).lines == raw


def test_a_sentence_broken_after_a_comma_runs_on_in_any_text(tmp_path: Path) -> None:
    text = "入境旅客超过三千四百万人次，\n失业率回落至百分之一点七。\n\n推动人口、法人、\n\n一、总体要求\n"
    document = _read(tmp_path, text, "report.txt")
    assert document.lines == [
        "入境旅客超过三千四百万人次，失业率回落至百分之一点七。",
        "",
        "",
        "推动人口、法人、",  # a blank line after it: the paragraph ends there
        "",
        "一、总体要求",
        "",
    ]


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # an ordinal adverb after a comma opens the sentence's next clause, not an item of its own
        (
            "最后提醒一句，备考不能只背范文。首先要练审题立意，其次要积累素材，\n再次要练结构、练语言，最后才是限时成文。\n",
            [
                "最后提醒一句，备考不能只背范文。首先要练审题立意，其次要积累素材，再次要练结构、练语言，最后才是限时成文。",
                "",
                "",
            ],
        ),
        (
            "厂家说要到市里报修，一拖就是两个月，\n最后设备就闲在地头。\n",
            ["厂家说要到市里报修，一拖就是两个月，最后设备就闲在地头。", "", ""],
        ),
        # after a sentence's end it opens an item of its own; a numbered item after a comma too
        (
            "首先，要深入一线摸实情。\n其次，要聚焦难点抓攻坚。\n",
            ["首先，要深入一线摸实情。", "其次，要聚焦难点抓攻坚。", ""],
        ),
        ("1.坚持党的领导，\n2.坚持人民至上，\n", ["1.坚持党的领导，", "2.坚持人民至上，", ""]),
    ],
)
def test_an_ordinal_adverb_after_a_comma_goes_on_the_sentence(
    tmp_path: Path, text: str, lines: list[str]
) -> None:
    assert _read(tmp_path, text, "post.txt").lines == lines


TEXT_TABLE = (
    "附件：重点任务清单\n"
    "序号  任务  责任单位  完成时限\n"
    "1  制定学校作业管理实施细则  基础教育股、各学校  2024年3月底\n"
    "2  落实课后服务“5+2”全覆盖  基础教育股  长期坚持\n"
    "3  推进国家中小学智慧教育平台应用  电教中心、各学校  2024年9月底\n"
    "抄送：县委办公室。\n"
)


def test_a_table_of_records_copied_as_text_reads_as_a_word_tables_rows(tmp_path: Path) -> None:
    document = _read(tmp_path, TEXT_TABLE, "notice.txt")
    assert document.lines[1:5] == [
        "",
        "任务：制定学校作业管理实施细则；责任单位：基础教育股、各学校；完成时限：2024年3月底",
        "任务：落实课后服务“5+2”全覆盖；责任单位：基础教育股；完成时限：长期坚持",
        "任务：推进国家中小学智慧教育平台应用；责任单位：电教中心、各学校；完成时限：2024年9月底",
    ]
    assert document.layout == {number: LineLayout(table_row=True) for number in (3, 4, 5)}
    items = [card.items for card in extract_document(document).cards if card.type == "list"]
    assert ["制定学校作业管理实施细则", "落实课后服务“5+2”全覆盖", "推进国家中小学智慧教育平台应用"] in items


@pytest.mark.parametrize(
    "text",
    [
        # a grid of figures states nothing
        "类别          人数      占比\n外卖送餐员    9820      42.0%\n快递员        6150      26.3%\n网约车司机    5130      21.9%\n",
        # a page's buttons set apart by spaces, prose under them
        "分享  收藏  点赞  在看\n县委召开常委会议，研究部署基层治理工作。\n会议强调，要坚持以人民为中心。\n",
        # one row under the labels: a form's, not a table's records
        "问题类型  整改措施  责任人\n理论学习不够深入系统  制定个人学习计划每月精读一本著作  张明\n",
        # a slogan wall: its first line of phrases names no column, it is as long as the lines under it
        "坚定理想信念  牢记初心使命  勇于担当作为\n不忘初心方得始终  牢记使命砥砺前行  担当作为奋勇争先\n"
        "锐意进取开拓创新  求真务实真抓实干  廉洁奉公严于律己\n",
        "春風得意馬蹄疾  一日看盡長安花\n兩岸猿聲啼不住  輕舟已過萬重山\n",
    ],
)
def test_text_set_apart_by_spaces_that_is_no_table_of_records_stays(tmp_path: Path, text: str) -> None:
    document = _read(tmp_path, text, "notes.txt")
    assert document.lines[: len(text.splitlines())] == text.splitlines()
    assert document.layout == {}


def test_a_sentence_broken_after_a_comma_runs_on_across_a_page_footer(tmp_path: Path) -> None:
    text = (
        "　　二是标杆作用发挥不够。对科室年轻党员的传帮带做得不够，\n"
        "　　　　　　　　　　　　第 2 页  共 5 页\n"
        "只是在业务上指导，在思想上关心引导少。\n"
        "三是廉洁自律上标准不够高。\n"
    )
    assert _read(tmp_path, text, "report.txt").lines == [
        "　　二是标杆作用发挥不够。对科室年轻党员的传帮带做得不够，只是在业务上指导，在思想上关心引导少。",
        "",
        "",
        "三是廉洁自律上标准不够高。",
        "",
    ]


# ---------------------------------------------------------------- clean_line


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("内涵丰富,,是我们党的政治宣言", "内涵丰富，是我们党的政治宣言"),
        ("推动城乡,、区域协调发展", "推动城乡、区域协调发展"),
        ("效果好一点。。真题是回忆版", "效果好一点。真题是回忆版"),
        ("稳中求进；；以进促稳", "稳中求进；以进促稳"),
        ("拼经济……换个外壳", "拼经济……换个外壳"),
        ("共1,000人，增长5%", "共1,000人，增长5%"),
    ],
)
def test_clean_line_undoes_doubled_punctuation(raw: str, clean: str) -> None:
    assert clean_line(raw) == clean


# ---------------------------------------------------------------- any text

_MARKDOWN_PIECES = [
    "# ", "## ", "### ", "- ", "  - ", "* ", "+ ", "1. ", "2) ", "> ", "**", "==", "*", "[链接](#a)",
    "[网页](https://x.cn)", "![图](a.png)", "| 术语 | 内容 |\n| --- | --- |\n| 甲 | 乙 |", "---", "```",
    "<!--", "-->", "%%", "[[笔记|别名]]", "<b>", "</b>", "<br>", "\n", "\n\n", "  ", "一、", "（一）",
    "统一战线", "，", "。", "；", "“", "”", "重要法宝", "（", "3）", "\r\n",
]  # fmt: skip
markdown_text = st.lists(st.sampled_from(_MARKDOWN_PIECES) | st.text(max_size=3), max_size=80).map("".join)


@settings(max_examples=200, deadline=None)
@given(markdown_text)
def test_any_markdown_keeps_its_line_count_and_layout_in_range(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.md"
        path.write_bytes(text.encode("utf-8"))
        try:
            document = read_document(path)
        except YaodianError:
            return  # an empty document
    assert len(document.lines) == len(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    for number, layout in document.layout.items():
        line = document.lines[number - 1]
        assert line.strip()
        assert all(text in line for text in layout.emphasised)
        assert layout.heading in range(7) and layout.bullet >= 0


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_MARKDOWN_PIECES[20:]) | st.text(max_size=40), max_size=60))
def test_rejoining_keeps_the_line_count_and_the_text_in_order(lines: list[str]) -> None:
    raw = "\n".join(lines).split("\n")
    for wrapped in (False, True):
        joined = rejoin(raw, wrapped)
        assert len(joined) == len(raw)
        assert all(line.strip().startswith(raw[number].strip()) for number, line in enumerate(joined) if line)
        written = iter("".join("".join(raw).split()))  # (page numbers and running heads may go)
        assert all(char in written for char in "".join("".join(joined).split()))
        if not wrapped:  # nothing goes but a page number a sentence runs on across
            pages = [line for line in raw if line.strip() and PAGE_NUMBER.match(line)]
            assert "".join("".join(joined).split()) == "".join("".join(raw).split()) or pages


# ---------------------------------------------------------------- the libraries that read


def test_every_library_that_reads_documents_re_extracts_when_upgraded() -> None:
    """A new version of a reader (markdown-it and its plugins among them) may read a source
    differently, so extract must not skip the sources it read before. (PyYAML only reads a
    Markdown note's front matter title here, and yaodian's own card files.)"""
    import ast
    import sys

    import yaodian.sources
    from yaodian.pipeline import _SHAPING_PACKAGES

    imported = set()
    for module in Path(yaodian.sources.__file__).parent.glob("*.py"):  # a module a format
        tree = ast.parse(module.read_text(encoding="utf-8"))
        imported |= {
            alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names
        }
        imported |= {
            node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
        }
    packages = {name.split(".")[0] for name in imported} - set(sys.stdlib_module_names) - {"yaodian", "yaml"}
    assert {"markdown_it", "mdit_py_plugins", "pypdf", "trafilatura"} <= packages
    assert packages <= set(_SHAPING_PACKAGES)


# Paragraphs for the copies below: one of Chinese characters alone, one with figures in its clauses.
_PLAIN_PROSE = (
    "全县上下要把思想和行动统一到上级决策部署上来，坚持问题导向和目标导向相结合，扑下身子抓落实，"
    "以钉钉子精神推动各项任务落地见效，确保每一项工作都有人抓、有人管、有人负责，切实把蓝图变为现实。"
)
_FIGURES_PROSE = (
    "本年度全县紧紧围绕三项重点工作持续发力，完成农村道路改造12.5公里，新建村级活动场所36个，"
    "改造老旧小区8个，惠及居民4200余户，新增城乡公交线路5条，日均客流量提高到1.8万人次，"
    "群众出行更加便捷，基层治理水平不断提升，各项工作取得了新的进展。"
)


def _broken_at_width(text: str, width: int = 60) -> list[str]:
    """`text` broken as a PDF breaks it: at `width` columns, digits and Latin half as wide."""
    lines, line = [], ""
    for character in text:
        if text_width(line + character) > width:
            lines.append(line)
            line = ""
        line += character
    return [*lines, line]


def test_a_copy_broken_at_a_count_of_characters_runs_on_after_a_semicolon_at_that_count(
    tmp_path: Path,
) -> None:
    # a 文库 or OCR copy breaks every line at 30 characters, digits and % included: a line ending in
    # ；that holds 30 characters was broken by the count, though its digits leave columns free
    goals = (
        "明年目标：粮食面积20万亩，总产1.25亿斤，增收8%以上；规上工业增加值增长7%左右；新增市场主体1500户。"
    )
    paragraphs = [_PLAIN_PROSE, _FIGURES_PROSE, goals, _PLAIN_PROSE, _PLAIN_PROSE]
    lines = [text[i : i + 30] for text in paragraphs for i in [*range(0, len(text), 30), len(text)]]
    first = goals[: goals.index("；") + 1]
    assert first in lines and len(first) == 30 and text_width(first) < 56
    assert goals in _read(tmp_path, "\n".join(lines), "wenku.txt").lines


def test_a_line_heavy_with_figures_that_the_author_ended_in_a_semicolon_ends_its_paragraph(
    tmp_path: Path,
) -> None:
    # broken at a width (a PDF's 60 columns): a line of 31 characters, a third of them half-width,
    # ends in ；far short of the width; the author ended it there
    figures = "今年指标：GDP增长6%，CPI涨3%以内，PM2.5降8%；"
    after = "全县粮食总产量稳定在四十五万吨以上。"
    lines = [*_broken_at_width(_PLAIN_PROSE), *_broken_at_width(_FIGURES_PROSE), figures, after]
    lines += _broken_at_width(_PLAIN_PROSE) + _broken_at_width(_FIGURES_PROSE)
    assert len(figures) > 30 and text_width(figures) < 48
    document = _read(tmp_path, "\n".join(lines), "report.txt")
    assert figures in document.lines and after in document.lines


def test_pieces_of_a_number_broken_at_the_width_join_without_a_space(tmp_path: Path) -> None:
    body = "全年地区生产总值完成一百八十六亿元，比上年增长6.2%，一般公共预算收入完成十二亿元，增长5.1%，"
    body += "城乡居民人均可支配收入分别增长5.3%和7.1%，各项主要指标好于预期，经济运行稳中有进。"
    width = body.index("%")  # every line as long as the first, which breaks between 6.2 and %
    lines = [body[i : i + width] for i in range(0, len(body), width)]
    document = _read(tmp_path, "\n\n".join(["\n".join(lines)] * 6), "report.txt")
    assert "比上年增长6.2%，" in document.lines[0]
    assert glue("artificial", "intelligence") == "artificial intelligence"  # a guard: words keep a space
    assert glue("GDP", "%") == "GDP%"  # a mark after a Latin word takes no space either
