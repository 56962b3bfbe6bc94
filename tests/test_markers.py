"""The enumeration marks each reader needs, as far as each reaches: where two patterns differ,
the table shows the difference they are kept for."""

from __future__ import annotations

import re

import pytest

from yaodian.markers import (
    ANY_MARKER,
    BOLD_HEADING_NUMBER,
    CIRCLED_OPENING,
    CITATION,
    ENTRY_NUMBER,
    HEADING_NUMBER,
    ITEM_OPENING,
    MEMBER_MARK,
    ORDINAL_PART,
    RUN_TOGETHER_OPENING,
    SPAN_OPENING_MARK,
    TRAILING_MARK,
)


@pytest.mark.parametrize(
    ("pattern", "text", "mark"),
    [
        # a heading's number, not an ordinal word
        (HEADING_NUMBER, "一、总体要求", "一、"),
        (HEADING_NUMBER, "  （三）强化保障", "  （三）"),
        (HEADING_NUMBER, "2. 加强理论学习", "2."),
        (HEADING_NUMBER, "2.5万人参加", None),
        (HEADING_NUMBER, "一是加强领导", None),
        # any line that opens an item or a section
        (ITEM_OPENING, "一是加强领导", "一是"),
        (ITEM_OPENING, "第一，坚持党的领导", "第一，"),
        (ITEM_OPENING, "首先要明确方向", "首先"),
        (ITEM_OPENING, "B. 高质量发展", "B."),
        (ITEM_OPENING, "一是否落实", "一是"),
        (ITEM_OPENING, "统一规范", None),
        # a member's mark: also symbols and labels, never a question's 是否
        (MEMBER_MARK, "一是否落实", None),
        (MEMBER_MARK, "✔ 坚持人民至上", "✔ "),
        (MEMBER_MARK, "分论点一：坚持", "分论点一："),
        (MEMBER_MARK, "即全面从严治党", "即"),
        (MEMBER_MARK, "第二个是改革", "第二个是"),
        # a saying's number: a digit or a circled number only
        (ENTRY_NUMBER, "1. 基层强则国家强", "1. "),
        (ENTRY_NUMBER, "②教育是基础", "②"),
        (ENTRY_NUMBER, "一、总体要求", None),
        # a span opened by a list item's mark, its number any length
        (SPAN_OPENING_MARK, "——强化政治意识", "——"),
        (SPAN_OPENING_MARK, "第三种形态", "第三种"),
        (SPAN_OPENING_MARK, "123、", "123、"),
        (BOLD_HEADING_NUMBER, "3、如何理解", "3、"),
        (BOLD_HEADING_NUMBER, "十一、新时代", "十一、"),
        (ORDINAL_PART, "二要压实责任", "二要"),
        (CIRCLED_OPENING, " ❶ 明责", " ❶"),
        (CIRCLED_OPENING, "明责①", None),
        # any of outline's kinds
        (ANY_MARKER, "【材料一】", "【材料一】"),
        (ANY_MARKER, "㈢强化保障", "㈢"),
        (ANY_MARKER, "其一，", "其一，"),
    ],
)
def test_a_pattern_reads_the_marks_its_job_needs(
    pattern: re.Pattern[str], text: str, mark: str | None
) -> None:
    found = pattern.match(text)
    assert (found.group() if found else None) == mark


@pytest.mark.parametrize(
    ("heading", "words"),
    [
        ("主要工作回顾1. ", "主要工作回顾"),
        ("存在的问题（一）", "存在的问题"),
        ("具体措施：一是", "具体措施："),
        ("深刻认识重大意义", "深刻认识重大意义"),
        ("增长2.5", "增长2.5"),
    ],
)
def test_a_trailing_mark_leaves_the_headings_words(heading: str, words: str) -> None:
    assert TRAILING_MARK.sub("", heading) == words


@pytest.mark.parametrize(
    ("line", "kinds"),
    [
        ("……。一、总体要求（一）指导思想1、坚持", ["dun", "paren", "digit"]),
        ("……。(2)强化保障。首先，……。总之，……", ["digit_paren", "first", "conclusion"]),
    ],
)
def test_run_together_openings_say_their_kind(line: str, kinds: list[str]) -> None:
    assert [found.lastgroup for found in RUN_TOGETHER_OPENING.finditer(line)] == kinds


@pytest.mark.parametrize(
    ("line", "cites"),
    [
        ("②青川县委组织部：《关于深化“红色网格”建设的实施意见》（青组发〔2024〕7号）。", True),
        ("[3] 某市人民政府办公室：《某市优化营商环境三年行动方案》（某政办发〔2023〕15号）", True),
        ("①习近平：《论党的自我革命》，中央文献出版社2023年版，第12页。", True),
        # a point that names a document and goes on to what it does or asks
        ("①国务院办公厅印发《关于优化营商环境的意见》（国办发〔2024〕7号），明确了五方面任务。", False),
        ("②严格执行《关于进一步减轻基层负担的通知》（中办发〔2024〕3号）要求。", False),
    ],
)
def test_a_footnote_cites_a_document_by_its_issuer_and_number(line: str, cites: bool) -> None:
    assert bool(CITATION.fullmatch(line)) is cites
