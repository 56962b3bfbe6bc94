"""Rules of the outline extractor (extractors/outline.py): which marked items it takes and how it
groups them, as tables of small texts and of Markdown paragraphs made by hand.

Markdown layout (Paragraph.heading, Paragraph.bullet) is given here as the reader would give it.
"""

from __future__ import annotations

import pytest

from yaodian.extractors import EXTRACTORS, restore_cards, restorer_for
from yaodian.extractors.script import paragraph
from yaodian.extractors.text import Paragraph

Lists = list[tuple[str, list[str]]]


def _lists_of(paragraphs: list[Paragraph], extractor: str = "outline") -> Lists:
    cards = restore_cards(EXTRACTORS[extractor](paragraphs, "标题"), restorer_for(paragraphs, "标题"))
    return [(c.prompt, c.items) for c in cards if c.type == "list"]


def _lists(text: str) -> Lists:
    """The outline lists of a plain text, one paragraph a line."""
    return _lists_of([paragraph(n, line) for n, line in enumerate(text.strip().splitlines(), 1)])


def _markdown(*lines: tuple[str, int, int]) -> list[Paragraph]:
    """Paragraphs of (text, heading level, list-item depth), as a Markdown reader gives them."""
    return [
        Paragraph(n, text, heading=heading, bullet=bullet)
        for n, (text, heading, bullet) in enumerate(lines, 1)
    ]


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # numbers closed by a bracket alone: 1） 2）
        (
            "框架如下：1）加强组织领导；2）完善工作机制；3）强化督促检查。",
            [("框架如下", ["加强组织领导", "完善工作机制", "强化督促检查"])],
        ),
        # a heading whose words open with a number
        (
            "一、2023年工作回顾\n一年来工作成效明显。\n二、2024年重点工作\n今年要抓好落实。",
            [("标题", ["2023年工作回顾", "2024年重点工作"])],
        ),
        # 一要 二要 三要
        (
            "文章认为：一要理清权责，规范事项；二要改进考核，纠正问题；三要关爱干部。",
            [("文章认为", ["理清权责", "改进考核", "关爱干部"])],
        ),
        # 再者 among the order words
        (
            "首先，从减字入手。\n其次，在统字上下功夫。\n再者，在联字上做文章。",
            [("标题", ["从减字入手", "在统字上下功夫", "在联字上做文章"])],
        ),
        # 一方面 … 另一方面 without a comma
        (
            "做法是：一方面对已有材料进行归纳；另一方面学习优秀的调研报告。",
            [("做法是", ["对已有材料进行归纳", "学习优秀的调研报告"])],
        ),
        # a numeral and 、 inside a series (天人合一、) is no heading: it closes nothing
        (
            "首先，要理解突出特性。\n第一、結合的前提是彼此契合。天人合一、自強不息等思想具有契合性。\n"
            "第二、結合的結果是互相成就。\n最後，要擔當新的文化使命。",
            [
                ("标题", ["要理解突出特性", "要擔當新的文化使命"]),
                ("要理解突出特性", ["結合的前提是彼此契合", "結合的結果是互相成就"]),
            ],
        ),
        # points of an item may hold points of their own (二是…：① ②), and the item after them
        # continues the outer list
        (
            "一、准确把握要求\n一是把严明纪律挺在前面。\n二是精准运用四种形态：\n①经常开展批评和自我批评；\n"
            "②党纪轻处分成为大多数。\n三是一体推进不敢腐、不能腐、不想腐。\n四是落实中央八项规定精神。",
            [
                (
                    "准确把握要求",
                    [
                        "把严明纪律挺在前面",
                        "精准运用四种形态",
                        "一体推进不敢腐、不能腐、不想腐",
                        "落实中央八项规定精神",
                    ],
                ),
                ("精准运用四种形态", ["经常开展批评和自我批评", "党纪轻处分成为大多数"]),
            ],
        ),
        # （1） and ① after an item of 首先 … are points of that item
        (
            "首先，要做到两点：\n（1）提高思想认识。\n（2）落实工作责任。\n其次，加强宣传引导。\n最后，及时总结经验。",
            [
                ("标题", ["要做到两点", "加强宣传引导", "及时总结经验"]),
                ("要做到两点", ["提高思想认识", "落实工作责任"]),
            ],
        ),
        # a new run of 一要 inside an item of （3） ends the old run of 一是 under which （1） began,
        # not the run of （1）
        (
            "一是做好减法。\n二是做强平台。\n（1）明确含义。\n（2）剖析问题。\n"
            "（3）提出对策。一要坚持需求导向；二要坚持线上线下结合。",
            [
                ("标题", ["做好减法", "做强平台"]),
                ("做强平台", ["明确含义", "剖析问题", "提出对策"]),
                ("提出对策", ["坚持需求导向", "坚持线上线下结合"]),
            ],
        ),
        # 一方面 inside an item of 首先 … 最后 is a list of its own, not a restart of theirs; a
        # list inside an item is led by the words that introduce it there
        (
            "首先，端正态度。\n其次，重新梳理。一方面，归纳已有材料；另一方面，学习优秀报告。\n再次，完成修改。\n"
            "最后，推动活动持续发展，关键要做到“三个坚持”：一是坚持农民主体；二是坚持因地制宜。",
            [
                ("标题", ["端正态度", "重新梳理", "完成修改", "推动活动持续发展"]),
                ("重新梳理", ["归纳已有材料", "学习优秀报告"]),
                ("关键要做到“三个坚持", ["坚持农民主体", "坚持因地制宜"]),
            ],
        ),
    ],
)
def test_marked_items(text: str, lists: Lists) -> None:
    assert _lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # 最后 ends a run of 第一 第二
        (
            "明年要做好以下工作：第一，坚定不移贯彻方针。第二，坚定不移推动发展。第三，坚定不移改善民生。"
            "最后，坚定不移加强自身建设。",
            [
                (
                    "明年要做好以下工作",
                    ["坚定不移贯彻方针", "坚定不移推动发展", "坚定不移改善民生", "坚定不移加强自身建设"],
                )
            ],
        ),
        # an item's clause ends before a bracket it does not close, and at a dash
        (
            "考点提示：①首次提出的时间和地点（2023年9月，黑龙江）；②系统阐述的场合（中央政治局集体学习）。",
            [("考点提示", ["首次提出的时间和地点", "系统阐述的场合（中央政治局集体学习）"])],
        ),
        (
            "素材如下：\n——对党忠诚、不负人民——年轻干部的第一位要求。\n——三严三实——作风建设的要求。",
            [("素材如下", ["对党忠诚、不负人民", "三严三实"])],
        ),
    ],
)
def test_item_words(text: str, lists: Lists) -> None:
    assert _lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # 【考点一】: a label and a number; the title's closing remark in brackets is no part of it
        (
            "【考点一】政策背景：为什么要办成？\n正文。\n【考点二】核心要义：怎么办成？\n正文。\n"
            "【考点三】申论金句（直接背！）",
            [("标题", ["政策背景", "核心要义", "申论金句"])],
        ),
        # a run of labelled points with the numbered points under each
        (
            "分论点一：以减为先，让基层卸包袱。\n论证要点：1.清理重复平台；2.厘清权责边界。\n"
            "分论点二：以统为要，让数据跑起来。\n论证要点：1.打通部门壁垒；2.建立协同机制。",
            [
                ("标题", ["以减为先", "以统为要"]),
                ("论证要点", ["清理重复平台", "厘清权责边界"]),
                ("论证要点", ["打通部门壁垒", "建立协同机制"]),
            ],
        ),
        # labelled points of another label sit inside a labelled section
        (
            "【考点一】申论金句\n金句1：办的是小事，连的是民心。\n金句2：以减求简，以简提效。\n【考点二】模拟演练",
            [("标题", ["申论金句", "模拟演练"]), ("申论金句", ["办的是小事", "以减求简"])],
        ),
        # bullet glyphs; a glyph before a label only decorates it
        (
            "意义怎么答？直接用“三个有利于”：\n✔有利于转变政府职能，建设服务型政府；\n✔有利于优化营商环境，激发活力；\n"
            "✔有利于增进民生福祉。",
            [("直接用“三个有利于", ["有利于转变政府职能", "有利于优化营商环境", "有利于增进民生福祉"])],
        ),
        (
            "各地做法：\n🔹浙江：深化最多跑一次改革，推出浙里办。\n🔹上海：一网通办持续迭代。",
            [("各地做法", ["深化最多跑一次改革", "一网通办持续迭代"])],
        ),
        (
            "✍️金句1：办的是小事，连的是民心。\n✍️金句2：以减求简，以简提效。",
            [("标题", ["办的是小事", "以减求简"])],
        ),
        # exam questions are no list, nor are their options
        (
            "1. 今年国内生产总值增长的预期目标是（　　）。\nA. 5%左右　B. 6%左右\n"
            "2. 必须把坚持（　　）作为新时代的硬道理。\nA. 稳中求进　B. 高质量发展",
            [],
        ),
        ("1. 年轻干部要墩墩苗，你怎么理解？\n2. 有人认为多干多错，对此你怎么看？", []),
        (
            "1. 下列关于新质生产力的说法，正确的是\nA. 以创新为主导\nB. 以要素投入为主\n"
            "2. 党的纪律包括哪些 A. 政治纪律 B. 组织纪律\n3. 新时代的硬道理是什么\nA. 高质量发展",
            [],
        ),
    ],
)
def test_labels_glyphs_and_questions(text: str, lists: Lists) -> None:
    assert _lists(text) == lists


@pytest.mark.parametrize(
    ("paragraphs", "lists"),
    [
        # headings of one level under one heading form a list, whatever numbering they have
        (
            _markdown(
                ("一、为什么考", 2, 0),
                ("（一）命题背景", 3, 0),
                ("正文。", 0, 0),
                ("（二）重要意义（开头段直接用）", 3, 0),
                ("二、考什么", 2, 0),
                ("0. 面试基本要求", 3, 0),
                ("一、综合分析题", 3, 0),
            ),
            [
                ("标题", ["为什么考", "考什么"]),
                ("为什么考", ["命题背景", "重要意义"]),
                ("考什么", ["面试基本要求", "综合分析题"]),
            ],
        ),
        # list items of one depth under one parent form a list; a paragraph ends it
        (
            _markdown(
                ("考查形式：", 0, 1),
                ("归纳概括：概括做法", 0, 2),
                ("综合分析：分析现象", 0, 2),
                ("材料特点：案例多、做法多", 0, 1),
                ("正文段落。", 0, 0),
                ("另一个列表的第一项", 0, 1),
                ("另一个列表的第二项", 0, 1),
            ),
            [
                ("标题", ["考查形式", "材料特点"]),
                ("考查形式", ["归纳概括", "综合分析"]),
                ("标题", ["另一个列表的第一项", "另一个列表的第二项"]),
            ],
        ),
        # a list item glued to the one before; numbered list items
        (
            _markdown(
                ("体量：提出300多项改革举措- 时间表：到二〇二九年完成", 0, 1),
                ("结构：全文共15个部分", 0, 1),
                ("具体来说：", 0, 0),
                ("1. 以科技创新引领产业创新。加强原创性创新。", 0, 1),
                ("2. 以产业升级构筑新竞争优势。", 0, 1),
            ),
            [
                ("标题", ["提出300多项改革举措", "到二〇二九年完成", "全文共15个部分"]),
                ("具体来说", ["以科技创新引领产业创新", "以产业升级构筑新竞争优势"]),
            ],
        ),
        # markers inside a list item are points of that item; an item that is only a label
        # runs on into its first point
        (
            _markdown(
                ("放：一是全面推行权力清单；二是深化证照分离。", 0, 1),
                ("管：推行双随机监管。", 0, 1),
                ("服：推行一网通办。", 0, 1),
            ),
            [
                ("标题", ["一是全面推行权力清单", "推行双随机监管", "推行一网通办"]),
                ("放", ["全面推行权力清单", "深化证照分离"]),
            ],
        ),
    ],
)
def test_markdown_outline(paragraphs: list[Paragraph], lists: Lists) -> None:
    assert _lists_of(paragraphs) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # paragraphs opened by parallel clauses (a report's bold openers, without the bold)
        (
            "一年来，我们主要做了以下工作：\n坚持项目为王，经济运行回升向好。面对需求收缩，我们迎难而上。\n"
            "坚持工业强市，产业结构持续优化。我们深入推进新型工业化。\n"
            "坚持创新驱动，发展动能不断增强。全社会研发投入持续增长。",
            [("我们主要做了以下工作", ["坚持项目为王", "坚持工业强市", "坚持创新驱动"])],
        ),
        # run-in headings: short sentences that head the longer ones after them
        (
            "（一）全力扩大有效需求，推动经济回升向好。坚持消费和投资双轮驱动。大力提振消费。"
            "实施消费提质扩容行动，巩固大宗消费，培育新型消费。扩大有效投资。实施重大项目攻坚行动，"
            "全年新开工项目100个以上。稳定社会预期。加强政策宣传解读，稳定市场信心和发展预期。",
            [("全力扩大有效需求，推动经济回升向好", ["大力提振消费", "扩大有效投资", "稳定社会预期"])],
        ),
    ],
)
def test_parallel_openers(text: str, lists: Lists) -> None:
    assert _lists_of([paragraph(n, line) for n, line in enumerate(text.splitlines(), 1)], "parallel") == lists


def test_reporting_frames_are_no_parallel_openers() -> None:
    """全会认为，… 全会强调，… 全会指出，…: the shared words are the whole opener (a guard of the
    opening-clause rule above)."""
    text = "全会认为，形势总体很好。\n全会强调，要狠抓工作落实。\n全会指出，要防范化解风险。"
    assert _lists_of([paragraph(n, line) for n, line in enumerate(text.splitlines(), 1)], "parallel") == []
