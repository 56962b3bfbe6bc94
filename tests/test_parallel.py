"""Unnumbered parallel structure (extractors/parallel.py): rule tables, one case per rule."""

from __future__ import annotations

import pytest

from yaodian.extractors import parallel
from yaodian.extractors.script import paragraph


def _paragraphs(text: str) -> list:
    return [paragraph(n, line) for n, line in enumerate(text.strip().splitlines(), 1) if line.strip()]


def _run_in(text: str) -> list[tuple[str, list[str]]]:
    return [(s.lead, s.items) for s in parallel.run_in_paragraphs(_paragraphs(text))]


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # paragraphs under a heading, each opened by a short sentence that heads it, alike or not
        (
            """二、坚持绿色发展，守护好一方山水
            壮大生态特色产业。山区资源丰富，要发展林下种植和生态旅游，让群众吃上生态饭，走出一条增收的新路子。
            织密环境监管网络。污染防治是一场持久战，要落实河湖长制，加密水质监测点位，做到早发现早处置。
            培育绿色生活风尚。人人都是环境的守护者，要推广垃圾分类和节约用水，引导群众形成简约适度的习惯。""",
            [("坚持绿色发展，守护好一方山水", ["壮大生态特色产业", "织密环境监管网络", "培育绿色生活风尚"])],
        ),
        # not under a heading: paragraphs of a story that open with short sentences are no set
        (
            """那年春天，我们来到村里。
            天色已经很晚。村口的老槐树下还坐着几位老人，他们一边乘凉一边聊着今年的收成和孩子们的学业。
            大家都很热情。一位大娘把我们拉进院子，端出刚蒸好的馒头，说什么也要让我们尝一尝再走。
            雨下了一整夜。第二天清早，村干部带着我们沿着新修的水渠走了一圈，讲起了这些年的变化。""",
            [],
        ),
        # under a heading, but sentences that judge (X是Y) state, they do not head
        (
            """一、基本情况
            产业是发展的根基。全县培育了三个主导产业，带动了上万户群众增收，集体经济收入稳步增长。
            人才是发展的关键。全县引进了一批急需紧缺人才，建立了人才服务专员制度，留住了不少年轻人。
            环境是发展的保障。全县持续推进营商环境改革，企业开办时间压缩到一天以内，群众满意度提高。""",
            [],
        ),
        # under a heading, but sentences that judge how much or when (很重要, 来之不易) state, they do not head
        (
            """一、关于过去一年的工作
            今天的会议很重要。这次会议是在全面贯彻落实中央精神的关键时刻召开的，大家要高度重视，认真领会。
            过去一年很不平凡。面对复杂严峻的形势，全县上下团结一心、攻坚克难，经济社会发展取得了新的成绩。
            成绩来之不易。这是上级党委正确领导的结果，是全县干部群众共同奋斗的结果，值得倍加珍惜和发扬。
            问题仍然不少。发展不平衡不充分的问题依然突出，产业结构还不够优，民生领域还有不少短板和弱项。""",
            [],
        ),
    ],
)
def test_run_in_headings_of_paragraphs(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _run_in(text) == lists


def _definitions(text: str) -> list[tuple[str, list[str]]]:
    return [(s.lead, s.items) for s in parallel.definition_sets(_paragraphs(text))]


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a table read row by row (术语：内容；内容) under its header: the first column's terms,
        # named by the header's first cell; a line after the table with fewer cells is none of it
        (
            """考点：基本要义；备考关键词
            两个毫不动摇：毫不动摇巩固和发展公有制经济、毫不动摇鼓励支持引导非公有制经济；常考
            三新一高：新发展阶段、新发展理念、新发展格局；高质量发展
            一老一小：养老服务，托育服务；民生
            小结：多读几遍""",
            [("考点", ["两个毫不动摇", "三新一高", "一老一小"])],
        ),
        # a meeting's record whose first line holds fields of its own (a date, 地点：…) has no header
        (
            """会议时间：3月5日；地点：三楼
            主持人：张三；记录人：李四
            参会人员：全体支委；列席人员：各组组长
            会议议题：研究安全生产；审议年度预算""",
            [],
        ),
        # the lines of a form or a dialogue have no header of labels: no set
        (
            """单位：某县发展和改革局
            执笔：调研组
            日期：2024年5月
            主持人：下面请记者提问""",
            [],
        ),
    ],
)
def test_definition_lines_under_a_header(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _definitions(text) == lists


def test_four_run_in_headings_of_one_length_need_no_heading_above() -> None:
    text = """一年来，我和村干部一起把心思放在群众身上，办成了几件实事。
    修好道路方便行。争取资金五十多万元，硬化通组道路两公里，解决了群众出行难的问题，大家都很满意。
    建好园区促就业。引进两家农产品加工企业，带动八十多名村民在家门口就业，人均年增收一万多元。
    管好环境留乡愁。组织开展村庄清洁行动，拆除违建二十多处，种植绿化苗木三千多株，村容焕然一新。
    育好新风暖人心。评选好媳妇好公婆十多户，修订村规民约，红白喜事大操大办的少了，邻里和睦多了。"""
    assert _run_in(text) == [("", ["修好道路方便行", "建好园区促就业", "管好环境留乡愁", "育好新风暖人心"])]
    # (three of one length are no run without a heading above: see the story in the table above)
    # (a run that opens the text loses no member)
    assert _run_in(text.split("\n", 1)[1]) == _run_in(text)
