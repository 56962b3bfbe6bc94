"""The extractors' shared text helpers (yaodian.extractors.text)."""

from __future__ import annotations

import pytest

from yaodian.extractors.text import clean_line, clipped, opening_clause, strip_punct


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        ("坚持“四个意识”", "坚持“四个意识”"),  # its partner is inside: the closing mark stays
        ("“一网通办”持续迭代。", "“一网通办”持续迭代"),
        ("“四个意识”，", "四个意识"),  # partners at the two ends go together
        ("“数据烟囱”“信息孤岛”", "“数据烟囱”“信息孤岛”"),  # the ends are two quotations' marks
        ("“坚持人民至上，", "坚持人民至上"),  # a quotation cut at a comma: its partner is elsewhere
        ("坚持自信自立”。", "坚持自信自立"),
        ('"a" and "b"', '"a" and "b"'),
        ("、 推进改革；", "推进改革"),
    ],
)
def test_strip_punct_leaves_no_half_of_a_quotation(text: str, stripped: str) -> None:
    assert strip_punct(text) == stripped


@pytest.mark.parametrize(
    ("line", "cleaned"),
    [
        # a series written with spaces: its members apart, a count that leads it before a colon
        ("总则  分则  附则", "总则、分则、附则"),
        (
            "11 四个意识 政治意识 大局意识 核心意识 看齐意识",
            "11 四个意识：政治意识、大局意识、核心意识、看齐意识",
        ),
        (
            "2．四个坚持：党建引领 人民至上 数据赋能 系统集成",
            "2．四个坚持：党建引领、人民至上、数据赋能、系统集成",
        ),
        ("结合实际——土地出让 规划审批 执法监察", "结合实际——土地出让、规划审批、执法监察"),
        # a wide gap between two phrases parts fields: a slide's point and its gloss, table columns
        ("第一种形态  让咬耳扯袖、红脸出汗成为常态", "第一种形态，让咬耳扯袖、红脸出汗成为常态"),
        ("高举伟大旗帜\u3000为全面建设现代化国家而团结奋斗", "高举伟大旗帜为全面建设现代化国家而团结奋斗"),
        ("① 个人自学  原原本本 逐章逐条", "① 个人自学原原本本逐章逐条"),
        (
            "1  制定作业管理实施细则  基础教育股、各学校  2024年3月底",
            "1 制定作业管理实施细则，基础教育股、各学校 2024年3月底",
        ),
        ("页数：6页\u3000下载次数：1,284", "页数：6页下载次数：1,284"),  # a page's labels
        # a table's rows and a bar of links or buttons are no series
        ("回复 支持 反对", "回复支持反对"),
        ("序号 任务 责任单位 完成时限", "序号任务责任单位完成时限"),
        ("4 员工录用一件事 市人社局 即时办结", "4 员工录用一件事市人社局即时办结"),
        # stray spaces go: inside a word, between a label and its short name, two runs apart
        ("政 府 工 作 报 告", "政府工作报告"),
        ("目  录", "目录"),
        ("第一章\u3000总则", "第一章总则"),
        ("县长  周建平", "县长周建平"),
        ("中共中央 国务院关于加快建设的意见", "中共中央国务院关于加快建设的意见"),
        ("学纪 知纪 明纪 守纪 以严明纪律护航高质量发展", "学纪知纪明纪守纪以严明纪律护航高质量发展"),
    ],
)
def test_clean_line_keeps_spaces_that_separate(line: str, cleaned: str) -> None:
    assert clean_line(line) == cleaned


@pytest.mark.parametrize(
    ("text", "limit", "shown"),
    [
        ("坚持和发展新时代中国特色社会主义", 13, "坚持和发展新时代中国特色…"),  # not 中国特色社…
        ("深入学习《习近平谈治国理政》第五卷", 13, "深入学习…"),  # no book title left open
        ("（二）推动“放管服”改革向纵深发展", 13, "（二）推动“放管服”改革…"),  # a closed quotation stays
        ("全面推进乡村振兴，加快建设农业强国", 10, "全面推进乡村振兴…"),  # no clause break before the …
        ("切实履行牵头协调和监督检查职责", 10, "切实履行牵头协调…"),  # not 协调和…
        (
            "《云岭市数字乡村三年行动方案（2026—2028年）》政策解读",
            20,
            "《云岭市数字乡村三年行动方案…",
        ),  # 《 opens it
        ("短标题", 13, "短标题"),
        ("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 13, "ABCDEFGHIJKL…"),  # one word longer than the room
    ],
)
def test_clipped_cuts_between_words_and_outside_brackets(text: str, limit: int, shown: str) -> None:
    assert clipped(text, limit) == shown
    assert len(shown) <= limit


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("优等：90分以上；论证充分", "优等"),  # a short label over a score: the label
        ("甲档：45—50分，观点鲜明", "甲档"),
        ("二档：38～44 分；观点较明确", "二档"),
        ("首先，要把人留下来", "要把人留下来"),  # a cue: the clause after it
        ("其次：抓好队伍建设", "抓好队伍建设"),
        ("起点：1978年，改革开放起步", "1978年"),  # a date is the field's value
        ("首先，3个月内完成排查", "3个月内完成排查"),  # words after the figure: no score
        ("第一步：3天；完成摸底", "3天"),  # an ordinal cue is no label
        ("一是：5%；不得突破", "5%"),
    ],
)
def test_opening_clause_keeps_a_label_over_a_score(text: str, clause: str) -> None:
    assert opening_clause(text) == clause
