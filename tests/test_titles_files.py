"""Deck titles of files that are no web page or mail (notes, handouts, PDF and Word copies, Markdown
exports): how such a file sets its headline, each rule with lines of our own it must and must not
take as one."""

from __future__ import annotations

from pathlib import Path

import pytest

from yaodian.extractors.boilerplate import main_text
from yaodian.extractors.titles import find_title, headline, named
from yaodian.extractors.titles.shared import _HeadLine
from yaodian.sources import read_document

PROSE = (
    "近年来，各地坚持把抓基层、打基础作为长远之计和固本之举，推动资源、服务、管理向基层下沉，"
    "让小事不出村、大事不出镇成为常态。"
)
NAME = "004_91f0d81ef673cec5"  # a file name that says nothing


def _title(text: str, running_heads: tuple[str, ...] = ()) -> str:
    lines = text.strip("\n").split("\n")
    return find_title(lines, main_text(lines), NAME, running_heads=running_heads)


# a scan breaks the headline after a verb, its quoted object on the next line; the text's short
# topic sentence says the two as one phrase
BROKEN = (
    "江东日报\n\n〓 一线观察\n\n乡村振兴要跑出\n“加速度”\n\n□ 张 明 远\n\n{prose}\n{prose}\n{said}\n{prose}"
)


def test_a_headline_broken_over_two_lines_that_a_short_sentence_says_whole() -> None:
    assert (
        _title(BROKEN.format(prose=PROSE, said="乡村振兴要跑出加速度，关键在人。"))
        == "乡村振兴要跑出“加速度”"
    )


def test_a_short_line_that_no_sentence_says_with_the_line_above_is_no_half_of_it() -> None:
    assert _title(BROKEN.format(prose=PROSE, said="关键在人，要把人才放在首位。")) == "乡村振兴要跑出"


@pytest.mark.parametrize(
    ("under", "expected"),
    [
        ("主讲：李明远 老师      笔记：行管1班 王一", "行政决策的程序与方法"),
        ("主讲人：李明远", "行政决策的程序与方法"),
        # (a section's heading in the notes has no lecturer under it)
        ("一、行政决策的含义", ""),
    ],
)
def test_a_lessons_headline_over_its_lecturer_under_the_courses_name(under: str, expected: str) -> None:
    head = f"行政学原理（周二1-2节 文科楼A101）\n第三讲  行政决策的程序与方法\n{under}\n2024年9月3日\n\n{PROSE}\n{PROSE}"
    assert _title(head) == expected if expected else _title(head) != "行政决策的程序与方法"


def test_a_programme_of_lessons_each_over_its_lecturer_is_no_lessons_notes() -> None:
    programme = (
        "2024年秋季干部讲堂安排\n第一讲 全面深化改革的时代意义\n主讲：周教授\n"
        f"第二讲 新质生产力的内涵与路径\n主讲：吴教授\n\n{PROSE}\n{PROSE}"
    )
    assert _title(programme) == "2024年秋季干部讲堂安排"


@pytest.mark.parametrize(
    ("bracketed", "expected"),
    [
        ("【以数字赋能激活乡村治理新动能】", "【以数字赋能激活乡村治理新动能】"),
        # (a label in brackets is no headline, a subtitle under it or not)
        ("【学习提示】", "范文选读（第二辑） 第5篇"),
    ],
)
def test_a_headline_in_brackets_over_its_subtitle(bracketed: str, expected: str) -> None:
    text = (
        f"范文选读（第二辑）   第5篇\n\n{bracketed}\n\n——2024年某市事业单位联考申论范文\n\n{PROSE}\n{PROSE}"
    )
    assert _title(text).replace("  ", " ") == expected


def test_a_series_label_in_brackets_with_its_subtitle_over_the_texts_headline() -> None:
    text = f"【申论热点素材积累】\n——基层治理篇\n\n让基层治理既有速度更有温度\n\n{PROSE}\n{PROSE}"
    assert _title(text) == "让基层治理既有速度更有温度"


def test_a_bracketed_label_over_a_section_is_no_headline() -> None:
    head = [_HeadLine(1, "【本课要点】", "【本课要点】"), _HeadLine(2, "一、决策的含义", "一、决策的含义")]
    assert not headline._bracketed_over_subtitle(head, 0, set())


@pytest.mark.parametrize(
    ("lines", "halves"),
    [
        (["稳住“菜篮子”", "拎稳“米袋子”"], True),
        (["念好“山水经”", "走好“生态路”", "——某县生态保护纪实"], True),
        # (a column's label quotes nothing; a headline of its own says more than a verb and its word)
        (["乡村观察", "拎稳“米袋子”"], False),
        (["稳住“菜篮子”", "全县蔬菜供应充足价格平稳"], False),
        # (three lines of that shape in a row are a list's points)
        (["抓好“关键少数”", "管好“绝大多数”", "建强“前沿阵地”"], False),
    ],
)
def test_a_headlines_parallel_halves(lines: list[str], halves: bool) -> None:
    head = [_HeadLine(number, text, text) for number, text in enumerate(lines, 1)]
    assert headline._parallel_halves(head, 0, lines[0]) is halves


def test_parallel_points_of_a_list_are_no_headline() -> None:
    points = f"打好“组合拳”\n下好“先手棋”\n用好“指挥棒”\n走好“群众路”\n\n{PROSE}\n{PROSE}"
    assert not _title(points).startswith("打好“组合拳” 下好“先手棋”")


def test_a_headline_of_two_parallel_lines_over_its_subtitle() -> None:
    text = f"绿水发布\n理论周刊｜第12期\n\n稳住“菜篮子”\n拎稳“米袋子”\n——来自某县保供稳价一线的观察\n绿水发布 2024-05-01 08:00\n\n{PROSE}\n{PROSE}"
    assert _title(text) == "稳住“菜篮子” 拎稳“米袋子”"


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        # a column's name of a word or two as the top heading, its post's date line under it
        ("东山观察", "让老街巷焕发新活力"),
        # a headline as the top heading: the one under it is a section's
        ("老城更新的东山样本", "老城更新的东山样本"),
    ],
)
def test_a_markdown_columns_name_over_its_articles_heading(tmp_path: Path, top: str, expected: str) -> None:
    path = tmp_path / "note.md"
    path.write_text(
        f"# {top}\n\n###### 东山融媒 · 2024-05-01 · 阅读 1.2万\n\n### 让老街巷焕发新活力\n\n"
        f"——东山县老城区更新见闻\n\n> 来源：东山日报　记者 张明\n\n{PROSE}\n\n{PROSE}\n",
        encoding="utf-8",
    )
    document = read_document(path)
    assert (
        find_title(document.lines, main_text(document.lines, document.layout), "note", document.headline)
        == expected
    )


def test_a_dated_short_top_heading_keeps_a_lower_heading_that_only_a_byline_signs(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(
        f"# 乡村振兴\n\n作者：张明　2024-06-01\n\n## 产业兴旺是基础\n\n**李华**（2024年5月8日）\n\n{PROSE}\n\n{PROSE}\n",
        encoding="utf-8",
    )
    document = read_document(path)
    assert (
        find_title(document.lines, main_text(document.lines, document.layout), "note", document.headline)
        == "乡村振兴"
    )


CONTENTS = "目 录\n一、省级文件\n关于推进美丽乡村建设的若干措施 ………………1\n关于发展乡村产业的实施意见 ………………7\n\n关于推进美丽乡村建设的若干措施\n{prose}\n{prose}"


@pytest.mark.parametrize(
    ("running_heads", "expected"),
    [
        (("美丽乡村政策文件汇编（2024年版） 某某市农业农村局　编",), "美丽乡村政策文件汇编（2024年版）"),
        # (a running head that names no collection: the text's headline)
        (("某某市农业农村局 内部资料",), "关于推进美丽乡村建设的若干措施"),
    ],
)
def test_a_collection_named_by_its_running_head_over_its_contents(
    running_heads: tuple[str, ...], expected: str
) -> None:
    assert _title(CONTENTS.format(prose=PROSE), running_heads) == expected


def test_contents_of_one_texts_sections_name_no_collection() -> None:
    head = [
        _HeadLine(1, "目 录", "目 录"),
        _HeadLine(2, "一、总体要求 ………………1", "一、总体要求 ………………1"),
        _HeadLine(3, "二、重点任务 ………………3", "二、重点任务 ………………3"),
    ]
    title = "关于推进美丽乡村建设的若干措施"
    assert named._collection_over_its_contents(title, head, ["美丽乡村政策文件汇编 某某局 编"]) == ""


# an outliner's page (Logseq, a journal): every line an item, no heading, no front matter
OUTLINE = "- {first}\n\t- 复习昨天的错题本\n- 一、乡村振兴的总要求\n\t- 产业兴旺、生态宜居、乡风文明、治理有效、生活富裕\n\t- {prose}\n"


@pytest.mark.parametrize(
    ("name", "first", "expected"),
    [
        # a journal page, named by its day: its first item that reads like a headline names it ...
        (
            "2024_05_20",
            "今日学习：[[申论规范词]] · [[乡村振兴]] 专题复盘",
            "今日学习：申论规范词 · 乡村振兴专题复盘",
        ),
        ("2025-03-14", "基层治理规范表述整理", "基层治理规范表述整理"),
        # ... else the day the name gives, spelled as a date: a section's heading or a sentence heads none
        ("2024_05_20", "一、乡村振兴的背景", "2024年5月20日笔记"),
        ("2024-11-02", "今天把昨天的错题又过了一遍，效果不错。", "2024年11月2日笔记"),
        ("20241102", "今天把昨天的错题又过了一遍，效果不错。", "2024年11月2日笔记"),
        # ... and so do what the keeper did that day or has to do, a label of a task
        ("2024_05_20", "今天学习了总书记重要讲话精神", "2024年5月20日笔记"),
        ("2024_05_20", "9:30 复习规范词", "2024年5月20日笔记"),
        ("2024_05_20", "早上 背了两组", "2024年5月20日笔记"),
        ("2024_05_20", "待办：整理规范词", "2024年5月20日笔记"),
        ("2024_05_20", "TODO 背诵六个必须坚持", "2024年5月20日笔记"),
        ("2024_05_20", "今日任务：", "2024年5月20日笔记"),
        # a page the keeper named in words keeps that name (the day before it is a filing code)
        ("乡村振兴笔记", "今日学习：申论规范词 · 乡村振兴专题复盘", "乡村振兴笔记"),
        ("2024-05-20_申论笔记", "基层治理规范表述整理", "申论笔记"),
        ("20240520学习", "一、乡村振兴的背景", "20240520学习"),
    ],
)
def test_an_outline_page_without_a_heading_is_named_by_its_first_item_else_its_day(
    tmp_path: Path, name: str, first: str, expected: str
) -> None:
    path = tmp_path / f"{name}.md"
    path.write_text(OUTLINE.format(first=first, prose=PROSE), encoding="utf-8")
    document = read_document(path)
    lines = document.lines
    assert find_title(lines, main_text(lines, document.layout), document.name, document.headline) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("2024_05_20", "2024年5月20日笔记"),
        ("2024.5.8", "2024年5月8日笔记"),
        # not a day: a month's number past 12, a version, a code with words
        ("2024_13_20", ""),
        ("v2024_05_20", ""),
        ("2024_05_20_会议纪要", ""),
    ],
)
def test_a_file_name_that_is_a_day(name: str, expected: str) -> None:
    assert named._day_named(name) == expected
