"""Rules of the outline extractor (extractors/outline.py): which marked items it takes and how it
groups them, as tables of small texts and of Markdown paragraphs made by hand.

Markdown layout (Paragraph.heading, Paragraph.bullet) is given here as the reader would give it.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from yaodian.extractors import EXTRACTORS, extract_cards, outline, restore_cards, restorer_for
from yaodian.extractors.boilerplate import main_text
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


def test_a_markdown_lists_items_explained_in_their_own_paragraphs_are_one_list() -> None:
    # a note app's numbered points, each over its explanation indented under it (in_item), one over
    # a list of its own; a paragraph outside the list ends it
    paragraphs = [
        Paragraph(1, "三、减负的重点举措", heading=2),
        Paragraph(2, "1. 精文减会，从源头上控制总量", bullet=1),
        Paragraph(3, "对政务APP、工作群实行清单管理，该关停的关停。", in_item=1),
        Paragraph(4, "2. 明晰基层权责，防止层层甩锅", bullet=1),
        Paragraph(5, "建立“三张清单”：", in_item=1),
        Paragraph(6, "基层职责清单", bullet=2),
        Paragraph(7, "事项准入清单", bullet=2),
        Paragraph(8, "未经准入的事项，基层有权拒绝。", in_item=1),
        Paragraph(9, "负面清单以外的事项", bullet=2),
        Paragraph(10, "3. 完善激励约束，让干部敢担当", bullet=1),
        Paragraph(11, "减负不是减责任，松绑不是松劲头。"),
        Paragraph(12, "4. 另一份清单的第一项", bullet=1),
    ]
    items = [items for _, items in _lists_of(paragraphs)]
    assert ["精文减会", "明晰基层权责", "完善激励约束"] in items
    # the nested list ends at its item's own paragraph under it
    assert ["基层职责清单", "事项准入清单"] in items


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
        # ordinals right after the bracketed label that opens the paragraph
        (
            "【对策】一是减文减会，坚持短实新文风；二是严控督查检查总量；三是规范政务应用程序。",
            [("【对策】", ["减文减会", "严控督查检查总量", "规范政务应用程序"])],
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
                ("关键要做到“三个坚持”", ["坚持农民主体", "坚持因地制宜"]),
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
        # a half-width full stop between words ends the clause too (notes typed on an English
        # keyboard), not one inside a number
        (
            "老师讲了三层：\n1）巩固党的执政根基.基层是党执政的根基所在\n2）维护社会和谐稳定.矛盾多发\n"
            "3）落实2024.1.31会议精神",
            [("老师讲了三层", ["巩固党的执政根基", "维护社会和谐稳定", "落实2024.1.31会议精神"])],
        ),
        (
            "素材如下：\n——对党忠诚、不负人民——年轻干部的第一位要求。\n——三严三实——作风建设的要求。",
            [("素材如下", ["对党忠诚、不负人民", "三严三实"])],
        ),
        # after an ordinal word (一是, 第一) a short clause is the point itself…
        (
            "我会把组织的培养转化为行动：一是沉下去，多跑基层；二是扛起来，主动担当；三是钻进去，学好政策。",
            [("我会把组织的培养转化为行动", ["沉下去", "扛起来", "钻进去"])],
        ),
        # …so is one after a circled number, when no colon ends it (①习近平：《…》 names a speaker)
        (
            "抓落实要把握好三个环节：①明责,把任务分解到岗；②督促,对重点任务定期调度；③问效,以结果论英雄。",
            [("抓落实要把握好三个环节", ["明责", "督促", "问效"])],
        ),
        (
            "注释：\n①习近平：《论党的宣传思想工作》，中央文献出版社。\n②习近平：《论坚持全面深化改革》，中央文献出版社。",
            [("注释", ["《论党的宣传思想工作》", "《论坚持全面深化改革》"])],
        ),
        # …unless the text has just named those words as a set: then they label the points
        (
            "推动党组织联社区、联单位、联物业。\n"
            "一是联社区，建强主阵地。二是联单位，下好一盘棋。三是联物业，拧成一股绳。",
            [("标题", ["建强主阵地", "下好一盘棋", "拧成一股绳"])],
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
            [("直接用“三个有利于”", ["有利于转变政府职能", "有利于优化营商环境", "有利于增进民生福祉"])],
        ),
        (
            "各地做法：\n🔹浙江：深化最多跑一次改革，推出浙里办。\n🔹上海：一网通办持续迭代。",
            [("各地做法", ["深化最多跑一次改革", "一网通办持续迭代"])],
        ),
        (
            "✍️金句1：办的是小事，连的是民心。\n✍️金句2：以减求简，以简提效。",
            [("标题", ["办的是小事", "以减求简"])],
        ),
        # glyph-led lines that each announce a list are one set, whatever their glyphs, with the
        # lists between them
        (
            "建议按两类来记：\n🏢企业全生命周期（2个）：\n①企业信息变更\n②开办餐饮店\n"
            "👨‍👩‍👧个人全生命周期（2个）：\n③新生儿出生\n④教育入学",
            [
                ("建议按两类来记", ["企业全生命周期（2个）", "个人全生命周期（2个）"]),
                ("企业全生命周期（2个）", ["企业信息变更", "开办餐饮店"]),
                ("个人全生命周期（2个）", ["新生儿出生", "教育入学"]),
            ],
        ),
        # exam questions are no list, nor are their options
        (
            "1. 今年国内生产总值增长的预期目标是（　　）。\nA. 5%左右　B. 6%左右\n"
            "2. 必须把坚持（　　）作为新时代的硬道理。\nA. 稳中求进　B. 高质量发展",
            [],
        ),
        ("1. 年轻干部要墩墩苗，你怎么理解？\n2. 有人认为多干多错，对此你怎么看？", []),
        # … but the points of a marking scheme are, their score after them (as the 【】 label over them
        # names them; compose puts the title before it)
        (
            "【阅卷要点】\n（1）立意准确：紧扣主题，体现正确政绩观。（10分）\n（2）结构完整：层次清楚，首尾呼应。（10分）",
            [("阅卷要点", ["立意准确", "结构完整"])],
        ),
        # … and a numbered question's label with its score is still a question
        (
            "1. 问题一：根据给定资料1，概括基层减负的主要做法。（15分）\n"
            "2. 问题二：根据给定资料2，分析存在的问题。（20分）\n"
            "3. 请结合材料：假如你是某县干部，谈谈你的思路。（25分）",
            [],
        ),
        (
            "1. 下列关于新质生产力的说法，正确的是\nA. 以创新为主导\nB. 以要素投入为主\n"
            "2. 党的纪律包括哪些 A. 政治纪律 B. 组织纪律\n3. 新时代的硬道理是什么\nA. 高质量发展",
            [],
        ),
        # a marking scheme's lines: each gives points and one asks a score (共6分), nothing to recall
        (
            "四、评分标准\n第1题：①概括部分共6分，写出“底数不清”“责任不明”，每点3分；②分析部分共4分，"
            "每点2分；③卷面整洁1分。",
            [],
        ),
        # (negatives: a scheme's criteria named before their points, and minutes, are lists)
        (
            "评分：\n①立意准确：紧扣主题，观点鲜明。（10分）\n②结构完整：层次清楚，详略得当。（10分）",
            [("评分", ["立意准确", "结构完整"])],
        ),
        (
            "会议安排：\n①主持人讲话，约5分钟；\n②代表发言，每人8分钟；\n③领导总结，约10分钟。",
            [("会议安排", ["主持人讲话", "代表发言", "领导总结"])],
        ),
        # a lead that opens with a question's label is no heading over its points, unlike the
        # label over a part of the question's write-up (第一题参考答案：)
        (
            "第二题的作答思路如下：\n一是找准症结；\n二是对症施策；\n三是语言规范。",
            [("第二题的作答思路如下", ["找准症结", "对症施策", "语言规范"])],
        ),
        (
            "第4题注意：\n（1）审清题意；\n（2）紧扣材料。",
            [("第4题注意", ["审清题意", "紧扣材料"])],
        ),
        # (negatives: an assessment's table of points and its deductions mark no answer: to recall)
        (
            "考核分值如下：\n（一）组织建设占25分；\n（二）项目推进占45分；\n（三）安全生产占30分。",
            [("考核分值如下", ["组织建设占25分", "项目推进占45分", "安全生产占30分"])],
        ),
        (
            "计分办法：\n①参加志愿服务每次计2分；\n②获得县级表彰计10分；\n③违反规定扣5分。",
            [("计分办法", ["参加志愿服务每次计2分", "获得县级表彰计10分", "违反规定扣5分"])],
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
                # (具体来说 only announces the set: the title asks for it)
                ("标题", ["以科技创新引领产业创新", "以产业升级构筑新竞争优势"]),
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
        # a chapter number without a break after it opens only a heading line, not a list item's
        # sentence
        (
            _markdown(
                ("第十部分标题：推动绿色发展，促进人与自然和谐共生", 0, 1),
                ("下设四个方面：", 0, 1),
            ),
            [("标题", ["第十部分标题", "下设四个方面"])],
        ),
        # headings that open with one label and a rising numeral, the space after it lost
        (
            _markdown(
                ("遴选时政背诵清单", 1, 0),
                ("专题一二十大报告（必背）", 2, 0),
                ("专题二二十届三中全会《决定》", 2, 0),
                ("专题四党建基础（送分题）", 2, 0),
            ),
            [("遴选时政背诵清单", ["二十大报告", "二十届三中全会《决定》", "党建基础"])],
        ),
        # a count of what a section holds, in brackets or after a dash, is part of its title; a
        # note to the reader after it is not
        (
            _markdown(
                ("学习笔记", 1, 0),
                ("基本内涵", 2, 0),
                ("实践路径——5条措施（必考）", 2, 0),
                ("心得体会（两点）", 2, 0),
                ("重点任务（十二项）", 2, 0),
            ),
            [("学习笔记", ["基本内涵", "实践路径——5条措施", "心得体会（两点）", "重点任务（十二项）"])],
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
        # …their own words may be one word of two characters, when it is no verb
        (
            "全市法院探索形成了“三进三联”工作法：\n法官进网格，与网格员联动排查；\n"
            "法官进调委会，与人民调解员联动化解；\n法官进行业协会，与行业组织联动治理。",
            [("全市法院探索形成了“三进三联”工作法", ["法官进网格", "法官进调委会", "法官进行业协会"])],
        ),
        # paragraphs that open with one clause: the clause after it
        (
            "活化文化遗产，要以保护为前提，守住历史文脉。保护是传承的基础。\n"
            "活化文化遗产，要以创新为动力，激发传承活力。文化遗产要活起来。\n"
            "活化文化遗产，要以人民为中心，彰显共享温度。文化遗产属于人民。",
            [("活化文化遗产", ["要以保护为前提", "要以创新为动力", "要以人民为中心"])],
        ),
        # …also a short clause (这五年，抓落实，): the next clauses need not open alike
        (
            "这五年，是产业转型加快推进的五年。工业增加值年均增长8%。\n"
            "这五年，是城乡面貌深刻变化的五年。城镇化率提高到67%。\n"
            "这五年，是人民生活持续改善的五年。居民收入年均增长6%。",
            [
                (
                    "这五年",
                    ["是产业转型加快推进的五年", "是城乡面貌深刻变化的五年", "是人民生活持续改善的五年"],
                )
            ],
        ),
        # …which other short openers do not head
        (
            "同时，我们推进产业转型，工业增加值年均增长8%。\n此外，城乡面貌深刻变化，城镇化率提高。\n"
            "对此，我们持续改善民生，居民收入年均增长6%。",
            [],
        ),
        # opening clauses built on one frame
        (
            "守正是根基，要在保护中传承，守住文化的根与魂。\n创新是动力，要在传承中发展，激活文化的源与流。\n"
            "惠民是目的，要在发展中共享，厚植文化的土与壤。",
            [("标题", ["守正是根基", "创新是动力", "惠民是目的"])],
        ),
        # an article's subheadings: short lines of their own between its paragraphs; a photo
        # caption or two is no set
        (
            "近年来，湘东区坚持把抓基层、打基础作为长远之计和固本之举，探索形成治理新模式。\n"
            "建强组织　把支部建在网格上\n"
            "湘东区按照地域相邻、人员相熟的原则，将全区划分为1126个网格，实现网格全覆盖。\n"
            "在组织体系建设上，湘东区重点抓好推动党组织覆盖到网格这件事。\n"
            "划细网格　让问题发现在一线\n"
            "网格员每天在网格里走一走、看一看、问一问，发现问题第一时间上报。\n"
            "家庭养老床位：把养老院搬进家里\n"
            "家庭养老床位是此次措施的一大亮点，将专业照护服务延伸到老年人家中。",
            [("标题", ["建强组织　把支部建在网格上", "划细网格　让问题发现在一线", "家庭养老床位"])],
        ),
        (
            "5月14日，县委书记周卫东深入部分乡镇、水利工程和重点企业，实地调研防汛备汛工作。\n"
            "周卫东在石门水库察看大坝运行情况\n"
            "在石门水库，周卫东沿坝顶察看坝体、放水设施，翻阅巡查记录，询问调度运用方案落实情况。\n"
            "周卫东在鑫达新材料有限公司检查安全生产工作\n"
            "在宁川化工园区，周卫东走进中控室、危化品仓库，详细了解企业安全管理制度落实情况。",
            [],
        ),
    ],
)
def test_parallel_openers(text: str, lists: Lists) -> None:
    assert _lists_of([paragraph(n, line) for n, line in enumerate(text.splitlines(), 1)], "parallel") == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # 首先是 其次是 最后是: steps after the words they are the steps of, 是 no part of them
        (
            "对应措施首先是开展“进基层”活动，其次是推行“无否决权”机制，最后是实施“红黄牌”预警。",
            [("对应措施", ["开展“进基层”活动", "推行“无否决权”机制", "实施“红黄牌”预警"])],
        ),
        # 首先要 其次要 最后要 opening ；-parts
        (
            "下一步，首先要在学深悟透上用力，坚持学用结合；其次要在服务发展上作为，围绕中心工作；"
            "最后要在锤炼作风上碰硬，整治形式主义。",
            [("下一步", ["要在学深悟透上用力", "要在服务发展上作为", "要在锤炼作风上碰硬"])],
        ),
        # after a label's colon, the words of sequence glued to the verbs
        (
            "用法：首先点明青年与国家的关系，其次结合岗位写具体作为，最后落脚到“强国有我”。",
            [("用法", ["点明青年与国家的关系", "结合岗位写具体作为", "落脚到“强国有我”"])],
        ),
        # a step a sentence: 其次, 最后 open the sentences after the one 首先 is in
        (
            "下一步工作中，我们首先要加强理论学习。其次要狠抓工作落实。最后要强化考核问效。",
            [("下一步工作中，我们", ["要加强理论学习", "要狠抓工作落实", "要强化考核问效"])],
        ),
    ],
)
def test_steps_in_a_sentence(text: str, lists: Lists) -> None:
    assert _lists(text) == lists


@pytest.mark.parametrize(
    "text",
    [
        # two words of sequence only contrast
        "国企姓党，首先是政治组织，其次才是经济组织。",
        # 最后 before 一: a phrase, not the last step
        "首先要摸清底数，其次要制定方案，打通最后一公里。",
        # out of order
        "最后要总结经验，首先要摸清底数，其次要制定方案。",
        # the words in different sentences: no steps of one sentence
        "他首先想到的是群众，其次是自己的家人。多年以后，最后留在村里的只有他一个人。",
        "老支书首先找到的是村里的党员，其次是返乡的年轻人。几经波折，最后留下来的只有三户人家。",
    ],
)
def test_words_of_sequence_that_run_no_steps(text: str) -> None:
    assert _lists(text) == []


def test_a_table_of_plain_text_lists_its_names_and_their_groups() -> None:
    """A table with cells parted by bars: the column that names every row, and the column before
    it that groups the rows (its cells empty below each group's first); not the columns of
    figures or of repeated values after them. The line before the table names the lists."""
    text = (
        "专栏1 主要指标\n类别 | 指标 | 2020年 | 属性\n供给保障 | 粮食综合生产能力 | 108.6 | 约束性\n"
        "| 生猪出栏量 | 236 | 预期性\n质量效益 | 农业科技进步贡献率 | 61.5 | 预期性\n"
        "注：带“>”号的为下限值。"
    )
    assert _lists_of([paragraph(n, line) for n, line in enumerate(text.splitlines(), 1)], "parallel") == [
        ("专栏1 主要指标", ["供给保障", "质量效益"]),
        ("专栏1 主要指标", ["粮食综合生产能力", "生猪出栏量", "农业科技进步贡献率"]),
    ]


def test_reporting_frames_are_no_parallel_openers() -> None:
    """全会认为，… 全会强调，… 全会指出，…: the shared words are the whole opener (a guard of the
    opening-clause rule above)."""
    text = "全会认为，形势总体很好。\n全会强调，要狠抓工作落实。\n全会指出，要防范化解风险。"
    assert _lists_of([paragraph(n, line) for n, line in enumerate(text.splitlines(), 1)], "parallel") == []
    text = "习近平指出，形势总体很好。\n习近平强调，要狠抓工作落实。\n习近平认为，要防范化解风险。"
    assert _lists_of([paragraph(n, line) for n, line in enumerate(text.splitlines(), 1)], "parallel") == []


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # sentences of one paragraph that each open with the same word of one character (要…。要…。)
        (
            "市场环境好不好，关键看公平不公平。要全面落实市场准入负面清单制度，做到非禁即入。"
            "要严格落实公平竞争审查制度，一律清理废除。要加快社会信用体系建设，健全守信激励机制。",
            [
                (
                    "市场环境好不好",
                    [
                        "要全面落实市场准入负面清单制度",
                        "要严格落实公平竞争审查制度",
                        "要加快社会信用体系建设",
                    ],
                )
            ],
        ),
        # …not a word that joins them (既…，又…)
        (
            "干部要敢于担当。既不能墨守成规，要勇于创新。既要尽力而为，又要量力而行。既要只争朝夕，又要久久为功。",
            [],
        ),
    ],
)
def test_sentences_opening_with_one_word(text: str, lists: Lists) -> None:
    assert _lists_of([paragraph(1, text)], "parallel") == lists


def test_items_told_apart_by_full_width_digits() -> None:
    """关于第３条 and 关于第５条 are two items, not one repeated (a set of one is dropped as a
    repeated heading)."""
    text = "重点解读几条：\n（１）关于第３条。核心是三管三必须。\n（２）关于第５条。要做到五到位。\n（３）关于第１１条。要严格执法。"
    paragraphs = [paragraph(n, line) for n, line in enumerate(text.splitlines(), 1)]
    cards = extract_cards(paragraphs, "标题", "doc")
    assert [c.items for c in cards if c.type == "list"] == [["关于第３条", "关于第５条", "关于第１１条"]]


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # chapters written without a break after their number; a table of contents heads nothing;
        # an excerpt's chapters start at 第二章
        (
            "第一章发展环境……………1\n第二章总体要求……………5\n第三章重点任务……………9\n"
            "第二章总体要求\n第一节指导思想\n正文。\n第二节基本原则\n正文。\n第三章重点任务\n正文。",
            [("标题", ["总体要求", "重点任务"]), ("总体要求", ["指导思想", "基本原则"])],
        ),
        # numbering that runs on from one section into the next
        (
            "（一）深化商事制度改革。\n1.提升登记便利化水平。\n2.完善经营主体退出机制。\n"
            "（二）推进公平竞争。\n3.强化公平竞争审查。\n4.加强价格监管。",
            [
                ("标题", ["深化商事制度改革", "推进公平竞争"]),
                ("深化商事制度改革", ["提升登记便利化水平", "完善经营主体退出机制"]),
                ("推进公平竞争", ["强化公平竞争审查", "加强价格监管"]),
            ],
        ),
        # slips in a run of paragraphs: a number written twice, a number skipped, a number in
        # another style
        (
            "一、履职情况\n正文。\n二、廉洁自律情况\n正文。\n二、存在不足\n正文。\n三、下步打算\n正文。",
            [("标题", ["履职情况", "廉洁自律情况", "存在不足", "下步打算"])],
        ),
        (
            "具体措施如下：\n1.在强化理论武装上下功夫。\n2.在锤炼党性修养上下功夫。\n4.严守纪律规矩。",
            [("具体措施如下", ["在强化理论武装上下功夫", "在锤炼党性修养上下功夫", "严守纪律规矩"])],
        ),
        (
            "根源主要有以下几个方面：\n第一，理想信念有所松懈。\n第二，宗旨意识有所淡化。\n三是党性锻炼有所放松。\n"
            "第四，担当精神有所弱化。",
            [
                (
                    "根源主要有以下几个方面",
                    ["理想信念有所松懈", "宗旨意识有所淡化", "党性锻炼有所放松", "担当精神有所弱化"],
                )
            ],
        ),
        # labelled points inside a numbered heading; a number in another style among them
        (
            "一、预期目标\n正文。\n二、十大任务\n任务一：推进产业体系建设\n任务二：实施科教兴国战略\n"
            "3、扩大国内需求\n任务四：深化改革\n三、新提法\n正文。",
            [
                ("标题", ["预期目标", "十大任务", "新提法"]),
                ("十大任务", ["推进产业体系建设", "实施科教兴国战略", "扩大国内需求", "深化改革"]),
            ],
        ),
        # ordinals with a measure word and what they count; 其一 …
        (
            "第一个关键词是“改革”。\n正文。\n第一个“新”，是新的总目标。\n第二个“新”，是新的原则。\n"
            "第二个关键词是“人民”。\n第一步，抓关键词。第二步，找对策维度。\n"
            "防灾体系：其一，完成排水改善；其二，扩充备援物资；其三，推动防灾社区。",
            [
                ("标题", ["改革", "人民"]),
                ("改革", ["新的总目标", "新的原则"]),
                ("人民", ["抓关键词", "找对策维度"]),
                ("防灾体系", ["完成排水改善", "扩充备援物资", "推动防灾社区"]),
            ],
        ),
        # a line that announces a set opens another list, even where the numbering runs on
        (
            "企业事项（2个）：\n①企业信息变更\n②开办餐饮店\n个人事项（2个）：\n③新生儿出生\n④教育入学",
            [
                ("企业事项（2个）", ["企业信息变更", "开办餐饮店"]),
                ("个人事项（2个）", ["新生儿出生", "教育入学"]),
            ],
        ),
        # paragraphs opened by ordinals with no heading open are the outline: （一） nests inside
        (
            "第一个方面，提高政治站位。\n正文。\n第二个方面，突出重点任务。\n（一）要强化政治监督。\n"
            "（二）要纠治四风。\n第三个方面，压紧压实责任。",
            [
                ("标题", ["提高政治站位", "突出重点任务", "压紧压实责任"]),
                ("突出重点任务", ["要强化政治监督", "要纠治四风"]),
            ],
        ),
        # the last sentence of the paragraph before introduces the set when it names it or
        # announces what follows
        (
            "同志们，学习全会精神，关键在落实。最后，我给大家提三点希望。\n一要学深悟透。\n二要结合实际。\n"
            "围绕这一目标，当前要重点抓好以下工作。\n首先，加快绿色转型。\n其次，推进污染防治。",
            [
                ("我给大家提三点希望", ["学深悟透", "结合实际"]),
                ("围绕这一目标，当前要重点抓好以下工作", ["加快绿色转型", "推进污染防治"]),
            ],
        ),
        # 首先 after the subject its paragraph opens with; 其次, 再者 opening a paragraph need no comma
        (
            "改革推开后，难题逐一破解。\n县里首先从“减”字入手，清理政务App。\n其次在“统”字上下功夫。平台建成了。\n"
            "再者在“联”字上做文章。部门联动了。",
            [("标题", ["从“减”字入手", "在“统”字上下功夫", "在“联”字上做文章"])],
        ),
        # … after a case's lettered subject (C镇首先…); 再次 and 最后 opening a paragraph before the 是 that
        # names the step (再次是“和”。), the step's words after it
        (
            "试点以来，成效初显。\nC镇首先抓“早”字。镇里把排查前移到村组。\n其次是“快”。镇里开通了专线电话。\n"
            "再次是“和”。镇里请来老党员当调解员。\n最后是“长”。镇里把调解写进村规民约。",
            [
                (
                    "标题",
                    ["抓“早”字", "镇里开通了专线电话", "镇里请来老党员当调解员", "镇里把调解写进村规民约"],
                )
            ],
        ),
        # … not where 最后是 tells what came last (最后是他发现了问题), nor 再次 inside a sentence
        (
            "一是压实责任。会议开了两天。\n最后是他发现了问题。\n二是强化督查。要核实情况再次是“谁”。",
            [("标题", ["压实责任", "强化督查"])],
        ),
        # … nor a quoted saying after 最后是, nor a letter that is part of a name (A股) before 首先
        ("老张首先发言，说了很多。\n最后是“谢谢大家”。", []),
        ("会开得很长。\n老张首先发言。\n最后是“散会”两个字，大家都笑了。", []),
        ("行情波动较大。\nA股首先迎来反弹，沪指涨了。\n其次是港股，恒指紧随其后。", []),
        # an exam paper's questions by their kind in brackets
        (
            "第一题（综合分析）\n要点1：表明观点。\n要点2：分析意义。\n第二题（组织计划）\n要点1：明确目标。\n"
            "要点2：做好准备。",
            [
                ("标题", ["综合分析", "组织计划"]),
                ("综合分析", ["表明观点", "分析意义"]),
                ("组织计划", ["明确目标", "做好准备"]),
            ],
        ),
        # numbers written as one enclosed character, and 一） closed by a bracket alone
        (
            "一）总体要求\n㈠指导思想\n正文。\n㈡基本原则\n⒈坚持党的全面领导。\n⒉坚持以人民为中心。\n"
            "二）重点任务\n措施如下：⑴强化组织领导；⑵完善工作机制。\n要点：❶抓关键词；❷找对策维度；❸定文章结构。",
            [
                ("标题", ["总体要求", "重点任务"]),
                ("总体要求", ["指导思想", "基本原则"]),
                ("基本原则", ["坚持党的全面领导", "坚持以人民为中心"]),
                ("措施如下", ["强化组织领导", "完善工作机制"]),
                ("要点", ["抓关键词", "找对策维度", "定文章结构"]),
            ],
        ),
        # a scan that lost the numeral of 二是 (or read it as a dash) between 一是 and 三是
        (
            "重点在三个方向上发力。\n一是改造提升传统产业。推动智改数转。\n-是培育壮大新兴产业。打造产业集群。\n"
            "三是前瞻布局未来产业。建设先导区。",
            [("重点在三个方向上发力", ["改造提升传统产业", "培育壮大新兴产业", "前瞻布局未来产业"])],
        ),
        # points that all open with the same clause are told apart by the clause after it
        (
            "分论点一：筑牢基层防线，要以思想之“先”破除侥幸之“患”。\n分论点二：筑牢基层防线，要以能力之“强”补齐短板之“弱”。",
            [
                (
                    "标题",
                    [
                        "筑牢基层防线，要以思想之“先”破除侥幸之“患”",
                        "筑牢基层防线，要以能力之“强”补齐短板之“弱”",
                    ],
                )
            ],
        ),
        # … as written, and only when the clause after it does tell them apart
        (
            "1. 坚持党的领导；这是根本保证。\n2. 坚持党的领导；这是政治优势。",
            [("标题", ["坚持党的领导；这是根本保证", "坚持党的领导；这是政治优势"])],
        ),
        # 一要 that jieba reads into the word before it (时一要), its 二要 after a break
        (
            "备考时一要多读政府工作报告；二要多练公文写作，熟悉常考文种；三要结合本职工作积累案例。",
            [("备考时", ["多读政府工作报告", "多练公文写作", "结合本职工作积累案例"])],
        ),
    ],
)
def test_numbering_habits(text: str, lists: Lists) -> None:
    assert _lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a numeral inside a word (推三阻四) is no heading glued to the words before it
        (
            "一、提高站位\n正文。\n二、聚焦重点\n正文。\n三、压实责任\n决不能对企业的合理诉求推三阻四、避而远之。",
            [("标题", ["提高站位", "聚焦重点", "压实责任"])],
        ),
        # a marker that ends its line has its words on the next line
        (
            "群众层面：（1）诉求响应更快；（2）\n服务更贴心；（3）干群关系更加融洽。",
            [("群众层面", ["诉求响应更快", "服务更贴心", "干群关系更加融洽"])],
        ),
        # a paragraph written twice adds no item
        (
            "根源在于：\n第一，理想信念有所松懈。\n第二，担当精神有所弱化。\n第二，担当精神有所弱化。",
            [("根源在于", ["理想信念有所松懈", "担当精神有所弱化"])],
        ),
        # … but a point glued to its heading's line is no such set: the paragraphs after it go on
        # with its numbering
        (
            "三、做好工作的关键1、对工作目标明确。\n首先要对工作的目标明确，确立服务的方向。\n2、结合实际。\n"
            "关心群众所关注的问题。\n3、加强团队管理。",
            [("做好工作的关键", ["对工作目标明确", "结合实际", "加强团队管理"])],
        ),
        # a set of paragraphs is no point of a set inside an earlier sentence
        (
            "至少有三条理由。第一，改革是法宝。第二，问题倒逼改革。第三，现代化在改革中推进。\n"
            "第一个“新”，是新的总目标。\n第二个“新”，是新的原则。",
            [
                ("至少有三条理由", ["改革是法宝", "问题倒逼改革", "现代化在改革中推进"]),
                ("标题", ["新的总目标", "新的原则"]),
            ],
        ),
    ],
)
def test_markers_in_their_place(text: str, lists: Lists) -> None:
    assert _lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a note's headings set in brackets, number and all: the heading ends at the bracket
        (
            "【一、来龙去脉】\n起源于浙江诸暨。\n【二、新时代的内涵】5个坚持\n坚持党的领导。\n【三、基层实践做法】\n一站式调处。",
            [("标题", ["来龙去脉", "新时代的内涵", "基层实践做法"])],
        ),
        # …a heading's number only: 【第1题解析】 is a label
        ("【第1题解析】\n答案要点。\n【第2题解析】\n答案要点。", []),
        # decimal numbers number the points under 1. 2. (or a heading), one list for each parent
        (
            "一、总体框架\n1.1 明确总目标\n1.2 坚持总方针\n二、时间安排\n2.1 到2020年取得进展\n2.2 到2035年基本实现",
            [
                ("标题", ["总体框架", "时间安排"]),
                ("总体框架", ["明确总目标", "坚持总方针"]),
                ("时间安排", ["到2020年取得进展", "到2035年基本实现"]),
            ],
        ),
        # …and so do small letters; neither is a marker inside a sentence (增长1.1个百分点)
        (
            "总要求如下：\na. 产业兴旺是重点\nb. 生态宜居是关键\nc. 乡风文明是保障\n"
            "收入增长1.1个百分点，1.2万人就业。",
            [("总要求如下", ["产业兴旺是重点", "生态宜居是关键", "乡风文明是保障"])],
        ),
        # the questions of a 十问十答 (一问：, 二问：)
        (
            "一问：条例是什么时候出台的？\n答：2019年出台。\n二问：为什么要制定条例？\n答：主要有三方面考虑。",
            [("标题", ["条例是什么时候出台的", "为什么要制定条例"])],
        ),
        # a half-width full stop ends the sentence before an ordinal as 。 does
        (
            "答：主要有三方面考虑.一是贯彻决策部署的需要；二是上升为法规制度的需要；三是回应市场关切的需要。",
            [("主要有三方面考虑", ["贯彻决策部署的需要", "上升为法规制度的需要", "回应市场关切的需要"])],
        ),
        # a law's articles, whose space after 第一条 the cleaned text has lost
        (
            "第一章总则\n第一条为了持续优化营商环境，制定本条例。\n第二条本条例所称营商环境，是指体制机制性因素。\n"
            "第三条国家持续深化简政放权。",
            [("总则", ["为了持续优化营商环境", "本条例所称营商环境", "国家持续深化简政放权"])],
        ),
        # a number closed by a bracket may meet a year
        (
            "来龙去脉：\n1）起源于浙江诸暨枫桥\n2）发展经历三个阶段\n3）2023年召开纪念大会",
            [("来龙去脉", ["起源于浙江诸暨枫桥", "发展经历三个阶段", "2023年召开纪念大会"])],
        ),
        # a short sentence of its own after a marker is the point (——稳就业。), as after 一是
        (
            "重点做好以下工作：\n——稳就业。开展技能培训。\n——兴教育。推进幼儿园扩建。\n——强医疗。推进医共体建设。",
            [("重点做好以下工作", ["稳就业", "兴教育", "强医疗"])],
        ),
        # …not two characters, a topic's name (立意。), nor a cue word (但是！)
        (
            "写作思路：\n1.立意。可从保护与利用的角度立意。\n2.结构。采用总分总的结构。\n3.但是！要防止空喊口号。",
            [("写作思路", ["可从保护与利用的角度立意", "采用总分总的结构", "要防止空喊口号"])],
        ),
        # a bracket that spells out the item's members, or says far more than its words, glosses it
        (
            "1.四个意识（政治意识、大局意识、核心意识、看齐意识）\n2.四个自信（道路自信、理论自信、制度自信、文化自信）\n"
            "3.六个坚持（进一步全面深化改革的原则）",
            [("标题", ["四个意识", "四个自信", "六个坚持"])],
        ),
        # …not one that glosses one member of a series
        (
            "多元共治：\n1.乡贤参事会、新就业群体（快递小哥、外卖骑手）当兼职网格员\n2.党员中心户联系群众",
            [
                (
                    "多元共治",
                    ["乡贤参事会、新就业群体（快递小哥、外卖骑手）当兼职网格员", "党员中心户联系群众"],
                )
            ],
        ),
    ],
)
def test_note_outlines(text: str, lists: Lists) -> None:
    assert _lists(text) == lists


def test_a_markdown_list_goes_on_over_its_items_own_numbered_lines() -> None:
    # 1.1 is no CommonMark marker: the reader leaves those lines out of the list, and the list of
    # 1. 2. goes on after them; a plain paragraph still ends it
    paragraphs = _markdown(
        ("一、总体框架", 2, 0),
        ("1. 提出时间：十九大首次提出", 0, 1),
        ("1.1 定位：关系全局的历史性任务", 0, 0),
        ("1.2 总目标：农业农村现代化", 0, 0),
        ("2. 时间表（三步走）", 0, 1),
        ("2.1 到2020年取得重要进展", 0, 0),
        ("2.2 到2035年基本实现现代化", 0, 0),
        ("口诀：产生乡治生", 0, 0),
        ("3. 总要求", 0, 1),
        ("4. 总方针", 0, 1),
    )
    lists = _lists_of(paragraphs)
    assert ("总体框架", ["提出时间", "时间表（三步走）"]) in lists
    assert ("时间表（三步走）", ["到2020年取得重要进展", "到2035年基本实现现代化"]) in lists
    assert not any("总要求" in items for _, items in lists if "提出时间" in items)


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a report's formula (现将…报告如下) says nothing of what the set is: the title asks for it
        (
            "今年5月，调研组深入各乡镇开展调研。现将调研情况报告如下：\n一、基本情况\n全县人口12万。\n"
            "二、主要做法\n建立服务网络。\n三、存在问题\n设施使用率不高。",
            [("标题", ["基本情况", "主要做法", "存在问题"])],
        ),
        # …and a discourse turn (具体而言) the heading the set stands under
        (
            "一、坚持一核多元\n具体而言：1. 健全联席会议制度；2. 推行党建加物业模式；3. 培育社会组织。\n"
            "二、强化基层保障\n加大投入。",
            [
                ("标题", ["坚持一核多元", "强化基层保障"]),
                ("坚持一核多元", ["健全联席会议制度", "推行党建加物业模式", "培育社会组织"]),
            ],
        ),
        # a lead that names the kind of set but not of what keeps its words after the heading
        (
            "一、破解融资难题\n主要有三方面举措：（1）扩大信贷投放。（2）降低融资成本。（3）拓宽融资渠道。\n"
            "二、优化发展环境\n持续改进服务。",
            [
                ("标题", ["破解融资难题", "优化发展环境"]),
                ("破解融资难题：主要有三方面举措", ["扩大信贷投放", "降低融资成本", "拓宽融资渠道"]),
            ],
        ),
        # …and where the heading asks a question, the question is what the set answers (with the
        # lead's words after it where they count the set: 主要有三方面举措)
        (
            "一、有哪些具体举措？\n答：主要举措包括：（1）扩大信贷投放。（2）降低融资成本。（3）拓宽融资渠道。\n"
            "二、如何抓好落实？\n答：压实责任。",
            [
                ("标题", ["有哪些具体举措", "如何抓好落实"]),
                ("有哪些具体举措", ["扩大信贷投放", "降低融资成本", "拓宽融资渠道"]),
            ],
        ),
        # a lead that says what the set is about stays (耐心做好群众工作, 可以从以下方面着手)
        (
            "一、应急处置\n要耐心做好群众工作，具体如下：1. 稳定现场情绪；2. 及时回应舆论。\n"
            "我认为可以从以下方面着手：（1）规范政务APP；（2）改进考核评价方式。\n二、总结提升\n形成长效机制。",
            [
                ("标题", ["应急处置", "总结提升"]),
                ("要耐心做好群众工作，具体如下", ["稳定现场情绪", "及时回应舆论"]),
                ("我认为可以从以下方面着手", ["规范政务APP", "改进考核评价方式"]),
            ],
        ),
    ],
)
def test_leads_that_only_announce_a_set(text: str, lists: Lists) -> None:
    assert _lists(text) == lists


_POINTS = "\n一是扩大有效投资；\n二是培育新兴产业；\n三是优化营商环境。"


@pytest.mark.parametrize(
    ("lead", "prompt"),
    [
        # a lead that says what must be done and not by whom keeps the aim fronted before it
        ("推动县域经济转型，必须在以下三个方面用力：", "推动县域经济转型，必须在以下三个方面用力"),
        # not a discourse turn, a speaker's words, a frame of place or time, nor a lead that names its doer
        ("对此，要抓好以下工作：", "要抓好以下工作"),
        ("具体来说，要做好以下工作：", "要做好以下工作"),
        ("总书记强调，要做到以下几点：", "要做到以下几点"),
        ("在具体工作中，要把握以下原则：", "要把握以下原则"),
        ("日常工作中，要把握以下原则：", "要把握以下原则"),
        ("下一步，要重点抓好三件事：", "要重点抓好三件事"),
        ("今年以来，我们主要做了以下工作：", "我们主要做了以下工作"),
        ("为推动县域经济转型，要抓好以下工作：", "为推动县域经济转型，要抓好以下工作"),
        # not a discourse turn, a frame, a doer, a speaker or a comment that opens with no verb of
        # its own, nor a frame's verb
        ("综上所述，要抓好以下工作：", "要抓好以下工作"),
        ("与此同时，要抓好以下工作：", "要抓好以下工作"),
        ("基于以上分析，要抓好以下工作：", "要抓好以下工作"),
        ("新形势新任务下，要抓好以下工作：", "要抓好以下工作"),
        ("各乡镇党委，要抓好以下工作：", "要抓好以下工作"),
        ("县委常委会议号召，要抓好以下工作：", "要抓好以下工作"),
        ("这项工作很重要，要抓好以下工作：", "要抓好以下工作"),
        ("面对复杂形势，要抓好以下工作：", "要抓好以下工作"),
        ("结合本地实际，要抓好以下工作：", "要抓好以下工作"),
        ("是全县上下的共同目标，要抓好以下工作：", "要抓好以下工作"),
        # nor a lead whose 要 is no word of its own (要素, 要点)
        ("推动县域经济转型，要素保障主要有以下几个方面：", "要素保障主要有以下几个方面"),
        # nor one that quotes the set's name
        ("推动县域经济转型，必须做到“三个坚持”：", "必须做到“三个坚持”"),
    ],
)
def test_a_lead_of_what_must_be_done_keeps_the_aim_before_it(lead: str, prompt: str) -> None:
    assert _lists(f"第一段。\n{lead}{_POINTS}") == [
        (prompt, ["扩大有效投资", "培育新兴产业", "优化营商环境"])
    ]


@pytest.mark.parametrize(
    ("formula", "title", "prompt"),
    [
        # a report's formula whose subject the title says: the title asks for the parts
        ("现将防汛工作汇报如下：", "某镇防汛工作情况汇报", "某镇防汛工作情况汇报"),
        # one that reports something the title does not say keeps its words
        ("现将抗旱工作汇报如下：", "某镇防汛工作情况汇报", "现将抗旱工作汇报如下"),
        ("现将防汛工作汇报如下：", "某镇年度工作总结", "现将防汛工作汇报如下"),
    ],
)
def test_a_report_formula_of_what_the_title_says_asks_the_title(
    formula: str, title: str, prompt: str
) -> None:
    text = f"今年汛期，全镇未发生伤亡。{formula}\n一、基本情况\n设立监测点。\n二、主要做法\n建立值班制度。"
    paragraphs = [paragraph(n, line) for n, line in enumerate(text.splitlines(), 1)]
    cards = EXTRACTORS["outline"](paragraphs, title)
    assert [(c.prompt, c.items) for c in cards] == [(prompt, ["基本情况", "主要做法"])]


def test_a_list_item_that_says_it_is_the_last_ends_its_list() -> None:
    # a slide of 首先 … 其次 … 最后 …, then a closing slide whose heading the reader left out: its
    # points are no fourth item
    paragraphs = _markdown(
        ("下一步工作打算", 1, 0),
        ("首先，提高思想认识", 0, 1),
        ("把减负作为重要抓手", 0, 2),
        ("其次，健全长效机制", 0, 1),
        ("最后，强化监督问责", 0, 1),
        ("对顶风违纪的，发现一起、查处一起", 0, 2),
        ("减的是形式主义的虚功，增的是干事创业的实劲", 0, 1),
        ("以减负之减换取发展之进", 0, 1),
    )
    lists = _lists_of(paragraphs)
    assert ("下一步工作打算", ["提高思想认识", "健全长效机制", "强化监督问责"]) in lists


def test_a_heading_that_goes_on_with_the_part_before_goes_on_with_its_list() -> None:
    # a slide deck's long run split over two slides, the second titled …（下）: one list of four
    paragraphs = _markdown(
        ("三、重点改革部署（上）", 1, 0),
        ("（一）构建高水平市场经济体制", 0, 1),
        ("（二）健全高质量发展体制机制", 0, 1),
        ("三、重点改革部署（下）", 1, 0),
        ("（三）健全全过程人民民主制度", 0, 1),
        ("（四）深化文化体制机制改革", 0, 1),
        ("四、抓好贯彻落实", 1, 0),
        ("在学深悟透上下功夫", 0, 1),
        ("在狠抓落实上下功夫", 0, 1),
    )
    lists = _lists_of(paragraphs)
    assert (
        "重点改革部署",
        [
            "构建高水平市场经济体制",
            "健全高质量发展体制机制",
            "健全全过程人民民主制度",
            "深化文化体制机制改革",
        ],
    ) in lists
    assert ("标题", ["重点改革部署", "抓好贯彻落实"]) in lists


def test_a_slide_title_written_again_goes_on_with_its_part() -> None:
    # plain text of slides: the part's numbered title over each of its slides, the same words or
    # the same words with （下）: the points under it are one list, the part one item
    text = (
        "一、为什么要加强作风建设\n（一）这是坚守初心使命的必然要求。作风问题本质上是党性问题。\n"
        "（二）这是推动高质量发展的现实需要。好作风出生产力。\n一、为什么要加强作风建设\n"
        "（三）这是锻造过硬干部队伍的重要途径。干部队伍的精气神取决于作风。\n"
        "二、当前存在的突出问题（上）\n一是学习不够深入。有的同志学用脱节。\n二是担当不够有力。有的同志绕着走。\n"
        "二、当前存在的突出问题（下）\n三是服务不够主动。有的窗口事难办。\n四是纪律不够严明。有的同志玩手机。"
    )
    lists = _lists(text)
    assert ("标题", ["为什么要加强作风建设", "当前存在的突出问题（上）"]) in lists
    assert any(
        items
        == ["这是坚守初心使命的必然要求", "这是推动高质量发展的现实需要", "这是锻造过硬干部队伍的重要途径"]
        for _, items in lists
    )
    assert any(
        items == ["学习不够深入", "担当不够有力", "服务不够主动", "纪律不够严明"] for _, items in lists
    )


def test_a_heading_numbered_again_with_other_words_is_no_slide_title_repeated() -> None:
    text = "一、总体要求\n要把握方向。\n一、主要任务\n要抓好落实。\n二、保障措施\n要加强领导。"
    # (the number written twice: the second one's words are a part of their own, not a slide's title)
    assert any("主要任务" in items for _, items in _lists(text))


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        # numbered entries and an unnumbered last one, each heading its part further on
        (
            "学习贯彻全会精神\n一、为什么要加强作风建设\n二、当前存在的突出问题\n三、怎样推动作风建设\n结束语\n"
            "一、为什么要加强作风建设\n作风建设是党的建设的永恒课题，关系人心向背。\n"
            "二、当前存在的突出问题\n有的同志学用脱节，遇到新问题办法不多。\n"
            "三、怎样推动作风建设\n要坚持学思践悟，筑牢思想根基。\n结束语\n作风建设永远在路上，永远没有休止符。",
            ["为什么要加强作风建设", "当前存在的突出问题", "怎样推动作风建设", "结束语"],
        ),
        # a slide's bare numbers (01  …); the first part's title right after the contents
        (
            "01  枫桥经验的历史演进\n02  新时代枫桥经验的内涵\n03  基层治理面临的挑战\n"
            "枫桥经验的历史演进\n六十年来，枫桥经验大体经历了三个阶段。\n"
            "新时代枫桥经验的内涵：五个坚持\n核心要义可以概括为五个坚持。\n"
            "基层治理面临的挑战\n当前基层治理还面临四个方面的挑战。",
            ["枫桥经验的历史演进", "新时代枫桥经验的内涵", "基层治理面临的挑战"],
        ),
    ],
)
def test_a_contents_page_is_the_list_of_the_parts_it_names(text: str, entries: list[str]) -> None:
    assert _lists(text)[0] == ("标题", entries)


def _contents_by_scanning(paragraphs: list[Paragraph]) -> tuple[int, list[str]] | None:
    """contents_listing as its docstring reads, each heading searched for line by line."""
    from yaodian.extractors.outline import _ENTRY_BREAK, _ENTRY_NUMBER, _entry_of

    texts = [_ENTRY_NUMBER.sub("", p.text, count=1).strip() for p in paragraphs]
    entries = [_entry_of(p, words) for p, words in zip(paragraphs, texts, strict=True)]
    for start, first in enumerate(entries):
        if not first:
            continue
        headed: list[bool] = []
        after = start + 1
        for at in range(start, len(entries)):
            if not entries[at]:
                break
            found = next(
                (
                    i
                    for i in range(max(after, at + 1), len(texts))
                    if texts[i].startswith(entries[at]) and not _ENTRY_BREAK.search(texts[i])
                ),
                None,
            )
            if found is None and (not headed or headed.count(False) == 1):
                break
            headed.append(found is not None)
            after = after if found is None else found + 2
        while headed and not headed[-1]:
            headed.pop()
        if sum(headed) >= 3:
            return start, entries[start : start + len(headed)]
    return None


# Lines a contents page and its parts are made of: entries that open one another (改革, 改革开放),
# numbered or not, lines with a clause break, and body lines.
_CONTENTS_LINES = [
    "改革",
    "改革开放",
    "改革开放再出发",
    "一、改革开放",
    "二、改革",
    "依法治国",
    "2 依法治国",
    "依法治国，依规治党",
    "从严治党",
    "三、从严治党的要求",
    "结束语",
    "作风建设永远在路上，永远没有休止符。",
    "要坚持学思践悟。",
]


@settings(max_examples=400, deadline=None)
@given(indexes=st.lists(st.integers(0, len(_CONTENTS_LINES) - 1), max_size=24))
def test_contents_are_found_as_a_line_by_line_search_finds_them(indexes: list[int]) -> None:
    from yaodian.extractors.outline import contents_listing

    paragraphs = [paragraph(n, _CONTENTS_LINES[i]) for n, i in enumerate(indexes, 1)]
    assert contents_listing(paragraphs) == _contents_by_scanning(paragraphs)


@pytest.mark.parametrize(
    "text",
    [
        # short lines named once only
        "一、总体要求\n二、主要任务\n三、保障措施\n要把握方向，抓好落实。",
        # two lines that recur over every page: a running head, no contents
        "市委党校\n2024年春季学期\n第一部分讲稿。\n市委党校\n2024年春季学期\n第二部分讲稿。",
        # lines that recur together, with nothing between them: no part under each
        "学习不够深入\n担当不够有力\n服务不够主动\n学习不够深入\n担当不够有力\n服务不够主动",
    ],
)
def test_short_lines_that_head_no_parts_are_no_contents(text: str) -> None:
    from yaodian.extractors.outline import contents_listing
    from yaodian.extractors.script import paragraph

    paragraphs = [paragraph(n, line) for n, line in enumerate(text.splitlines(), 1)]
    assert contents_listing(paragraphs) is None


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a list of 1、2、 under the first of paragraphs opened by 第一， does not end them
        (
            "我会从以下几个方面抓好落实：\n第一，精心做好前期准备。\n1、摸清底数。\n2、制定方案。\n"
            "第二，扎实组织演练实施。\n第三，认真做好总结评估。",
            [
                ("我会从以下几个方面抓好落实", ["精心做好前期准备", "扎实组织演练实施", "认真做好总结评估"]),
                ("精心做好前期准备", ["摸清底数", "制定方案"]),
            ],
        ),
        # …but a heading between them starts another section, whose 第二 is another list's
        (
            "一、前期准备\n第一，摸清底数。\n1、到部门了解汛情。\n2、形成风险清单。\n二、组织实施\n"
            "第二，扎实组织演练。\n第三，认真总结评估。",
            [
                ("标题", ["前期准备", "组织实施"]),
                ("前期准备", ["到部门了解汛情", "形成风险清单"]),
                ("组织实施", ["扎实组织演练", "认真总结评估"]),
            ],
        ),
    ],
)
def test_ordinal_paragraphs_go_on_over_the_points_under_them(text: str, lists: Lists) -> None:
    assert _lists(text) == lists


@pytest.mark.parametrize(
    ("lead", "said"),
    [("主要存在作风问题", 4), ("作为党员的要求", 4), ("统一思想的要求", 4), ("其主要表现在如下几个方面", 0)],
)
def test_a_formulas_tying_words_leave_only_as_words_of_their_own(lead: str, said: str) -> None:
    """的, 在, 作, 一 announce nothing inside 存在, 作风, 作为 or 统一: what the lead says beyond
    the formula keeps them."""
    from yaodian.extractors.outline import _beside_formula

    assert _beside_formula(lead)[0] == said


def test_an_answer_keys_labels_said_again_are_no_list_its_points_are() -> None:
    # (written for this test: each answer under a label that says the same thing)
    text = (
        "第一题参考答案\n"
        "一是建立议事清单，明确议什么；二是规范议事程序，明确怎么议；三是强化结果运用，明确议了怎么办。\n"
        "第二题参考答案\n"
        "一是压实属地责任；二是加强部门协同；三是畅通群众监督。\n"
        "第三题参考范文\n"
        "基层治理，既要有力度，更要有温度。"
    )
    lists = [items for _, items in _lists(text)]
    assert ["参考答案", "参考答案", "参考范文"] not in lists
    assert ["建立议事清单", "规范议事程序", "强化结果运用"] in lists
    assert ["压实属地责任", "加强部门协同", "畅通群众监督"] in lists


def test_a_handouts_plan_that_names_each_part_once_stays_a_list() -> None:
    text = "一、政策背景\n先读材料。\n二、参考答案\n答案分三条。\n三、得分点分布\n每条三分。\n四、常见问题\n不要照抄材料。"
    assert ["政策背景", "参考答案", "得分点分布", "常见问题"] in [items for _, items in _lists(text)]
    # (a question write-up's template, a remark on the answer beside it, is no list: exam.py)
    template = "一、审题思路\n先找作答对象。\n二、参考答案\n答案分三条。\n三、得分点分布\n每条三分。\n四、易错提醒\n不要照抄材料。"
    assert _lists(template) == []


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # points that each open with a coined label of one make: the labels are a list of their own
        (
            "社区议事要做到：\n1. 明事：把群众反映的问题逐条登记；\n2. 议事：组织居民代表集中商量；\n"
            "3. 督事：请监督委员会全程跟踪。",
            [
                (
                    "社区议事要做到",
                    ["把群众反映的问题逐条登记", "组织居民代表集中商量", "请监督委员会全程跟踪"],
                ),
                ("社区议事要做到：各条开头的小标题", ["明事", "议事", "督事"]),
            ],
        ),
        (
            "窗口服务改革：\n①减材料：能共享的证明一律不再提交\n②压时限：审批时限压缩一半以上\n"
            "③优流程：推行容缺受理和告知承诺",
            [
                (
                    "窗口服务改革",
                    ["能共享的证明一律不再提交", "审批时限压缩一半以上", "推行容缺受理和告知承诺"],
                ),
                ("窗口服务改革：各条开头的小标题", ["减材料", "压时限", "优流程"]),
            ],
        ),
        # labels that say something and open with one character (定X) make a set however common each is
        (
            "网格员职责：\n1. 巡查：每天到责任片区走一遍；\n2. 巡访：每周二集中走访困难群众；\n"
            "3. 巡视：按清单处理群众诉求。",
            [
                ("网格员职责", ["每天到责任片区走一遍", "每周二集中走访困难群众", "按清单处理群众诉求"]),
                ("网格员职责：各条开头的小标题", ["巡查", "巡访", "巡视"]),
            ],
        ),
        # ordinal cue words before a colon are no labels (首先：, 其次：), nor numbered ones (一刷：)
        (
            "复习安排：\n1. 首先：通读教材，划出重点；\n2. 其次：整理笔记，归纳考点；\n3. 最后：限时模考，查漏补缺。",
            [("复习安排", ["通读教材", "整理笔记", "限时模考"])],
        ),
        (
            "复习安排：\n①一刷：通读原文，标出提法\n②二刷：整理表格，对比记忆\n③三刷：限时默写，查漏补缺",
            [("复习安排", ["通读原文", "整理表格", "限时默写"])],
        ),
        # a note's field names are ordinary words: the points after them are the answer
        (
            "专项整治方案：\n①目标：年底前问题整改率达到百分之百\n②重点：整治群众身边的不正之风\n"
            "③方法：明察暗访和随机抽查相结合",
            [
                (
                    "专项整治方案",
                    ["年底前问题整改率达到百分之百", "整治群众身边的不正之风", "明察暗访和随机抽查相结合"],
                )
            ],
        ),
        # labels of unequal make (two characters and three) are no parallel set
        (
            "调研心得：\n①明责：把任务清单落实到岗\n②压担子：让年轻干部挑大梁\n③控会：能合并的会议合并召开",
            [("调研心得", ["把任务清单落实到岗", "让年轻干部挑大梁", "能合并的会议合并召开"])],
        ),
        # the respect a point is made in (政治上：) is a cue, not a label
        (
            "意义有三层：\n①政治上：巩固党的执政根基\n②社会上：维护社会和谐稳定\n③治理上：提升基层治理效能",
            [("意义有三层", ["巩固党的执政根基", "维护社会和谐稳定", "提升基层治理效能"])],
        ),
        # field names that share a character (定义/含义/意义, 论点/论据, 短期/长期) name and say nothing
        (
            "概念辨析：\n①定义：对事物本质特征的说明\n②含义：词语所包含的意思\n③意义：事物的价值和作用",
            [("概念辨析", ["对事物本质特征的说明", "词语所包含的意思", "事物的价值和作用"])],
        ),
        (
            "范文结构：\n1. 引论：开门见山提出论点；\n2. 本论：分层展开论证；\n3. 结论：总结全文升华主题。",
            [("范文结构", ["开门见山提出论点", "分层展开论证", "总结全文升华主题"])],
        ),
        (
            "规划分三步走：\n1. 短期：补齐基础设施短板；\n2. 中期：培育特色主导产业；\n3. 长期：实现全面振兴。",
            [("规划分三步走", ["补齐基础设施短板", "培育特色主导产业", "实现全面振兴"])],
        ),
        # rare field names of a quotation note say nothing either (原句, 用法)
        (
            "金句积累：\n①原句：江山就是人民\n②出处：建党百年讲话\n③用法：论述人民立场时引用",
            [("金句积累", ["江山就是人民", "建党百年讲话", "论述人民立场时引用"])],
        ),
        # a preposition before a noun (对个人：) gives the respect a point is made in, as 政治上： does
        (
            "开展志愿服务的意义：\n①对个人：提升自身综合素质\n②对社会：传递向上向善力量\n③对国家：厚植文明根基",
            [("开展志愿服务的意义", ["提升自身综合素质", "传递向上向善力量", "厚植文明根基"])],
        ),
        # names of kinds, a stem and one suffix of kind (…式, …型), are the set: the names are asked too
        (
            "台账材料分三类归档：\n①文件类：上级下发的通知和方案；\n②会议类：会议记录和讲话稿；\n"
            "③影像类：活动照片和视频。",
            [
                ("台账材料分三类归档", ["上级下发的通知和方案", "会议记录和讲话稿", "活动照片和视频"]),
                ("台账材料分三类归档：各条开头的小标题", ["文件类", "会议类", "影像类"]),
            ],
        ),
        (
            "机关建设的方向：\n1. 学习型：人人读书，天天进步；\n2. 服务型：急群众之所急；\n3. 创新型：敢闯敢试。",
            [
                ("机关建设的方向", ["人人读书", "急群众之所急", "敢闯敢试"]),
                ("机关建设的方向：各条开头的小标题", ["学习型", "服务型", "创新型"]),
            ],
        ),
        # …but not the fields of a notice (时间：, 地点：, 要求：): plain words that name no kind
        (
            "活动安排：\n①时间：本周五下午三点\n②地点：机关三楼会议室\n③要求：全体党员准时参加",
            [("活动安排", ["本周五下午三点", "机关三楼会议室", "全体党员准时参加"])],
        ),
        # …nor kinds whose colons are followed by a date or a figure (a timetable, not what each kind is)
        (
            "培训分三段：\n①集中式：2024年3月\n②分散式：2024年4月\n③线上式：2024年5月",
            [("培训分三段", ["2024年3月", "2024年4月", "2024年5月"])],
        ),
        # labels the text named before the points are asked there (a series), not again
        (
            "机关党建要做到“三个同”：同部署、同检查、同问责。\n①同部署：年初一并研究任务\n"
            "②同检查：年中一并督查进度\n③同问责：年底一并追究责任",
            [
                (
                    "机关党建要做到“三个同”：同部署、同检查、同问责",
                    ["年初一并研究任务", "年中一并督查进度", "年底一并追究责任"],
                )
            ],
        ),
    ],
)
def test_coined_labels_of_points(text: str, lists: Lists) -> None:
    assert _lists(text) == lists


@pytest.mark.parametrize(
    ("body", "item"),
    [
        # a bare place frame (…中, …里 without 在) is no point: the clause after it is
        ("“新时代枫桥经验”中：矛盾不上交是关键。", "矛盾不上交是关键"),
        ("基层工作里，群众路线是传家宝。", "群众路线是传家宝"),
        # …but a clause that ends in a word with 里 or 中 in it, or puts a thing 在 a place, is one
        ("调查研究要由表及里，抓住本质。", "调查研究要由表及里"),
        # …nor one with a verb or a word of moving anywhere before its 中 or 里: it goes somewhere
        ("党员干部要走到群众中，倾听群众呼声。", "党员干部要走到群众中"),
        ("把功夫下到基层里，解决实际问题。", "把功夫下到基层里"),
        ("坚持在实践中，检验真理。", "坚持在实践中"),
        ("把群众的安危冷暖放在心中，时刻牵挂。", "把群众的安危冷暖放在心中"),
        ("融入经济社会发展全过程中，久久为功。", "融入经济社会发展全过程中"),
        ("坚持民主集中，完善决策机制。", "坚持民主集中"),
    ],
)
def test_a_bare_place_frame_is_no_item(body: str, item: str) -> None:
    from yaodian.extractors.outline import item_text

    assert item_text(body) == item


def test_a_numbered_heading_written_again_goes_on_with_its_part() -> None:
    # a deck's part title over each of its slides, read as a heading: the points under it are one
    # list; an unnumbered heading written again under another part (小结) begins a part of its own
    paragraphs = _markdown(
        ("一、为什么要加强作风建设", 1, 0),
        ("（一）这是坚守初心使命的必然要求。作风问题本质上是党性问题。", 0, 0),
        ("（二）这是推动高质量发展的现实需要。好作风出生产力。", 0, 0),
        ("一、为什么要加强作风建设", 1, 0),
        ("（三）这是锻造过硬干部队伍的重要途径。干部队伍的精气神取决于作风。", 0, 0),
        ("二、怎样加强作风建设", 1, 0),
        ("在学深悟透上下功夫", 0, 1),
        ("在狠抓落实上下功夫", 0, 1),
    )
    lists = _lists_of(paragraphs)
    assert any(
        items
        == ["这是坚守初心使命的必然要求", "这是推动高质量发展的现实需要", "这是锻造过硬干部队伍的重要途径"]
        for _, items in lists
    )
    assert ("标题", ["为什么要加强作风建设", "怎样加强作风建设"]) in lists


_ANSWER_AFTER_A_QUESTION = """
晨报记者：口袋公园管护存在哪些难点？
陈局长：一是经费保障难，养护经费没有稳定来源。二是人员配备难，社区人手紧张。
电视台记者：在方便老年人使用方面有哪些考虑？
陈局长：首先，我们在公园里增设座椅和扶手。其次，我们铺设防滑步道，让老人走得稳当。
"""


@pytest.mark.parametrize("asks", [True, False])
def test_a_reporters_question_closes_the_lists_of_the_answer_before(asks: bool) -> None:
    """The answer after a question opens lists of its own: its 首先/其次 stand under no point of the
    answer before (二是…). A byline-like turn that asks nothing closes nothing."""
    text = _ANSWER_AFTER_A_QUESTION if asks else _ANSWER_AFTER_A_QUESTION.replace("有哪些考虑？", "的考虑。")
    paragraphs = [paragraph(n, line) for n, line in enumerate(text.strip().splitlines(), 1)]
    runs = outline.group_marks(outline.find_marks(paragraphs))
    (later,) = [run for run in runs if run.kind == "order"]
    assert (later.parent is None) is asks


_TURN_IN_A_REPORT = """
一、回乡创业成风气
越来越多的青年选择返乡创业。一是政策好了；二是机会多了。
晨报记者：你在外打工八年，请问为什么选择回乡？
陈亮：首先，家乡变了；其次，父母年纪大了。
二、政策支持添动力
县里设立创业基金，建设创业园区。
"""


def test_a_reporters_question_leaves_the_documents_own_headings_open() -> None:
    """A report that quotes a turn goes on with its parts after it (一、 … 二、 is one run), while the
    points before the question (一是…) end there: the answer's 首先 stands in part 一, under none of them."""
    paragraphs = [paragraph(n, line) for n, line in enumerate(_TURN_IN_A_REPORT.strip().splitlines(), 1)]
    runs = outline.group_marks(outline.find_marks(paragraphs))
    (parts,) = [run for run in runs if run.kind == "heading"]
    assert len(parts.marks) == 2
    (answer,) = [run for run in runs if run.kind == "order"]
    assert answer.parent is parts.marks[0]  # (in part 一, under no point of 一是…二是…)


@pytest.mark.parametrize(
    ("body", "item"),
    [
        # a book title's comma is no clause break: the heading's item is the whole title
        ("《学在深处，用在实处》", "《学在深处，用在实处》"),
        ("《学在深处，用在实处》读后，有感", "《学在深处，用在实处》读后"),
        # …but a clause break outside a title, or a sentence end inside one, still ends the item
        ("学在深处，用在实处", "学在深处"),
        ("读《实践论》，学方法", "读《实践论》"),
        ("《学在深处。用在实处》", "《学在深处"),
    ],
)
def test_a_book_title_with_a_comma_is_one_item(body: str, item: str) -> None:
    assert outline.item_text(body, "heading") == item


def test_an_announced_count_splits_an_item_of_clauses_in_step() -> None:
    # the trial's note: 本质要求（9条）over eight bullets, the first holding two members
    paragraphs = _markdown(
        ("本质要求（9条，难背）：", 0, 1),
        ("坚持中国共产党领导，坚持中国特色社会主义", 0, 2),
        ("实现高质量发展", 0, 2),
        ("发展全过程人民民主", 0, 2),
        ("丰富人民精神世界", 0, 2),
        ("实现全体人民共同富裕", 0, 2),
        ("促进人与自然和谐共生", 0, 2),
        ("推动构建人类命运共同体", 0, 2),
        ("创造人类文明新形态", 0, 2),
    )
    (items,) = [items for _, items in _lists_of(paragraphs) if "实现高质量发展" in items]
    assert items[:3] == ["坚持中国共产党领导", "坚持中国特色社会主义", "实现高质量发展"]
    assert len(items) == 9


@pytest.mark.parametrize(
    ("lines", "items"),
    [
        # a note of my own: 四个方面 over three lines, one with two clauses that open alike
        (
            [
                ("主要任务有四个方面：", 0, 1),
                ("加强党的建设，加强基层治理", 0, 2),
                ("发展乡村产业", 0, 2),
                ("改善人居环境", 0, 2),
            ],
            ["加强党的建设", "加强基层治理", "发展乡村产业", "改善人居环境"],
        ),
        # …no count: the line is one item as ever
        (
            [
                ("主要任务：", 0, 1),
                ("加强党的建设，加强基层治理", 0, 2),
                ("发展乡村产业", 0, 2),
                ("改善人居环境", 0, 2),
            ],
            ["加强党的建设", "发展乡村产业", "改善人居环境"],
        ),
        # …clauses that do not open alike are one item's words, however the count falls
        (
            [
                ("主要任务有四个方面：", 0, 1),
                ("建强党组织，发挥战斗堡垒作用", 0, 2),
                ("发展乡村产业", 0, 2),
                ("改善人居环境", 0, 2),
            ],
            ["建强党组织", "发展乡村产业", "改善人居环境"],
        ),
        # …and a split that would not bring the list to its count is made nowhere
        (
            [
                ("主要任务有五个方面：", 0, 1),
                ("加强党的建设，加强基层治理", 0, 2),
                ("发展乡村产业", 0, 2),
                ("改善人居环境", 0, 2),
            ],
            ["加强党的建设", "发展乡村产业", "改善人居环境"],
        ),
    ],
)
def test_an_item_is_split_only_to_meet_the_announced_count(
    lines: list[tuple[str, int, int]], items: list[str]
) -> None:
    assert [found for _, found in _lists_of(_markdown(*lines))] == [items]


_ESSAYS = """
申论范文选读（第二期）
范文一
以“钉钉子精神”抓好工作落实
抓落实是领导干部的基本功，也是检验作风的试金石。一分部署，九分落实，再好的蓝图不落实也只是一纸空文。
一、抓落实，要有“咬定青山”的定力。目标定了就要一抓到底，不能朝令夕改、虎头蛇尾。
二、抓落实，要有“攻坚克难”的勇气。越是难啃的骨头，越要迎难而上，在破解难题中推动工作。
三、抓落实，要有“久久为功”的韧劲。一张蓝图绘到底，一任接着一任干，不做表面文章。
范文二：让乡村文化“活”起来
乡村振兴，既要塑形，也要铸魂。文化是乡村的灵魂，没有文化的振兴，乡村振兴就不完整。
第一，守住文化之根。要保护好古村落、古建筑和非物质文化遗产，让乡愁有处安放。
第二，激活文化之源。要推动文化和旅游深度融合，让沉睡的资源变成发展的资本。
第三，培育文明之风。要推进移风易俗，弘扬新风正气，让文明乡风吹遍田野。
范文三
筑牢安全发展的坚固防线
安全是发展的前提，发展是安全的保障。越是发展任务繁重，越要绷紧安全这根弦，守住不发生重大风险的底线。
其一，从事后处置转向事前预防，把风险隐患消除在萌芽状态。
其二，从单打独斗转向协同共治，形成齐抓共管的工作格局。
安全生产永远在路上，没有休止符。只有警钟长鸣、常抓不懈，才能为高质量发展保驾护航。
"""
_TITLES = ["以“钉钉子精神”抓好工作落实", "让乡村文化“活”起来", "筑牢安全发展的坚固防线"]


def _pieces(text: str) -> list[tuple[str, str]]:
    paragraphs = [paragraph(n, line) for n, line in enumerate(text.strip().splitlines(), 1)]
    return [(piece.label, piece.title) for piece in outline.collection_pieces(paragraphs)]


_BYLINED = """
学习材料汇编
以“三化”建设提升村级组织战斗力
中共桐川县委组织部调研组
村级组织是党在农村全部工作和战斗力的基础。近年来，桐川县坚持以规范化、标准化、信息化建设为抓手，推动村级组织全面进步全面过硬，涌现出一批先进典型，群众满意度持续提升。
一是抓规范化，完善村级组织运行制度，推行“四议两公开”工作法，做到事事有规可依。
二是抓标准化，统一村级阵地建设标准，配齐配强村干部队伍，落实村干部报酬待遇。
三是抓信息化，建设村级事务管理平台，村务公开、党务公开全部上网，群众用手机就能查看。
做好新时代农村工作，必须持续加强村级组织建设，把党的政治优势转化为发展优势。
在乡村振兴一线淬炼过硬本领
桐川县委党校 陈立新
青年干部成长，离不开基层一线的摔打磨炼。到乡村振兴一线去，既是组织的安排，也是成长的机遇。驻村两年来，我深刻体会到，只有沉下身子、扑下身子，才能真正读懂农村、读懂农民。
首先，要学会倾听。群众的话最实在，多听听田间地头的声音，才能找准工作的切入点。
其次，要学会干事。把群众的小事当作自己的大事，一件一件办好、一桩一桩落实。
最后，要学会坚守。乡村工作千头万绪，唯有久久为功，才能见到成效。
基层是最好的课堂，群众是最好的老师。青年干部要在基层一线经风雨、见世面、长才干。
"""


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # a label over each essay, the title on its own line or after the label
        (_ESSAYS, list(zip(["范文一", "范文二", "范文三"], _TITLES, strict=True))),
        # the first piece's label taken by the document's title above it: the pieces go on from 2
        (
            _ESSAYS.replace("范文一\n以“钉钉子精神”抓好工作落实\n", ""),
            list(zip(["范文二", "范文三"], _TITLES[1:], strict=True)),
        ),
        # labels glued to their titles (第一篇以…), set apart by a space (第二篇 让…)
        (
            _ESSAYS.replace("范文一\n", "第一篇")
            .replace("范文二：", "第二篇 ")
            .replace("范文三\n", "第三篇 "),
            list(zip(["第一篇", "第二篇", "第三篇"], _TITLES, strict=True)),
        ),
        # titles over their writers' bylines, no labels
        (_BYLINED, [("", "以“三化”建设提升村级组织战斗力"), ("", "在乡村振兴一线淬炼过硬本领")]),
    ],
)
def test_a_compilations_pieces_are_told_by_their_labels_or_bylines(
    text: str, pieces: list[tuple[str, str]]
) -> None:
    assert _pieces(text) == pieces


@pytest.mark.parametrize(
    "text",
    [
        # a contents page: the labels one under another, with no body between them
        "目录\n范文一 以“钉钉子精神”抓好工作落实\n范文二 让乡村文化“活”起来\n范文三 筑牢安全发展的坚固防线\n"
        + "前言：本书收录三篇范文，供考生参考学习之用，请结合实际灵活运用，切忌生搬硬套。" * 3,
        # labels that do not count on by one
        _ESSAYS.replace("范文二：", "范文四："),
        # sentences that name a piece
        "文章一开始就指出，基层治理是国家治理的基石。"
        + "基层强则国家强，基层安则天下安。" * 8
        + "\n文章二十年来始终坚持这一观点，"
        + "为基层减负是转变作风的重要内容。" * 8,
        # one headline over a byline: an article, not a compilation
        _BYLINED.split("在乡村振兴一线")[0],
    ],
)
def test_labels_without_bodies_or_order_make_no_compilation(text: str) -> None:
    assert _pieces(text) == []


def test_a_compilations_next_piece_opens_lists_of_its_own() -> None:
    """The second essay's 第一，… run stands under no heading of the first essay (its 三、)."""
    paragraphs = [paragraph(n, line) for n, line in enumerate(_ESSAYS.strip().splitlines(), 1)]
    runs = outline.group_marks(outline.find_marks(paragraphs))
    (second,) = [run for run in runs if run.kind == "di"]
    assert second.parent is None or second.parent.item == "让乡村文化“活”起来"  # (its own 范文二：)


def test_a_compilations_pieces_are_asked_by_their_titles() -> None:
    """A list card asks the pieces' titles, from the first on; where the first piece's label went with
    the document's title (the pieces count from 2), the set is not whole and no card asks it."""
    paragraphs = [paragraph(n, line) for n, line in enumerate(_ESSAYS.strip().splitlines(), 1)]
    assert ("标题", _TITLES) in _lists_of(paragraphs)
    text = _ESSAYS.replace("范文一\n以“钉钉子精神”抓好工作落实\n", "")
    paragraphs = [paragraph(n, line) for n, line in enumerate(text.strip().splitlines(), 1)]
    assert all(items != _TITLES[1:] for _, items in _lists_of(paragraphs))


_BODY = "要坚持问题导向，聚焦群众急难愁盼，把各项惠民措施落到实处，切实增强人民群众的获得感、幸福感、安全感。"


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # a contents page lists the labels before the pieces, with a preface under it
        (
            f"目录\n范文一 守住耕地红线\n范文二 擦亮生态底色\n前言\n{_BODY * 3}\n"
            f"范文一\n守住耕地红线\n{_BODY * 3}\n范文二\n擦亮生态底色\n{_BODY * 3}",
            [("范文一", "守住耕地红线"), ("范文二", "擦亮生态底色")],
        ),
        # traditional characters
        (
            f"範文一\n以釘釘子精神抓好落實\n{_BODY * 3}\n範文二\n讓鄉村文化活起來\n{_BODY * 3}",
            [("範文一", "以釘釘子精神抓好落實"), ("範文二", "讓鄉村文化活起來")],
        ),
    ],
)
def test_a_compilation_is_read_past_its_contents_and_in_traditional_script(
    text: str, pieces: list[tuple[str, str]]
) -> None:
    assert _pieces(text) == pieces


@pytest.mark.parametrize(
    "text",
    [
        # chapters of one book (第一篇章), not pieces
        f"第一篇章 奋斗创造历史\n{_BODY * 3}\n第二篇章 实干成就未来\n{_BODY * 3}",
        # a PDF's lines of running text that open with 文章 and a numeral
        f"文章一针见血地指出了基层治理中存在的\n{_BODY * 3}\n文章二次强调了坚持人民至上的重要意义\n{_BODY * 3}",
        # a news story's quotations over who said them
        f"“今年新开发公益性岗位1200个”\n云岚市人力资源和社会保障局 张华\n{_BODY * 5}\n"
        f"“下一步将加大创业担保贷款支持力度”\n云岚市财政局 李明\n{_BODY * 5}",
        # lists of units and of their people under a commendation's heads
        f"先进集体\n云岚市财政局\n云岚市教育局\n云岚市民政局\n{_BODY * 5}\n"
        f"先进个人\n云岚市财政局 张三\n云岚市教育局 李四\n{_BODY * 5}",
    ],
)
def test_chapters_running_text_quotations_and_lists_of_units_make_no_compilation(text: str) -> None:
    assert _pieces(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # no piece has a title but its label
        f"范文一\n{_BODY * 2}\n一是抓好粮食生产。{_BODY}\n二是抓好农资供应。{_BODY}\n"
        f"范文二\n{_BODY * 2}\n一是抓好生猪生产。{_BODY}\n二是抓好蔬菜供应。{_BODY}",
        # a contents page over the pieces lists their titles already
        f"目录\n范文一 守住耕地红线\n范文二 擦亮生态底色\n前言\n{_BODY * 3}\n"
        f"范文一\n守住耕地红线\n{_BODY * 3}\n范文二\n擦亮生态底色\n{_BODY * 3}",
    ],
)
def test_no_card_asks_pieces_known_by_their_labels_or_listed_on_a_contents_page(text: str) -> None:
    paragraphs = [paragraph(n, line) for n, line in enumerate(text.strip().splitlines(), 1)]
    assert len(outline.collection_pieces(paragraphs)) == 2
    titles = [[p.title for p in outline.collection_pieces(paragraphs)]]
    assert all(items not in titles for _, items in _lists_of(paragraphs))


def test_an_announced_count_splits_no_numbered_item() -> None:
    # a numbered item is one point by the writer's own count, whatever the line before counts
    paragraphs = _markdown(
        ("做好三个方面工作：", 0, 0),
        ("一、加强学习，加强实践", 0, 0),
        ("二、完善制度", 0, 0),
    )
    assert [items for _, items in _lists_of(paragraphs)] == [["加强学习", "完善制度"]]


# An exam paper's questions, then its answer key under headings that name each question: the
# headings stand on their own, not as points of the last question (问题四's words are no heading).
_PAPER_WITH_ANSWERS = """
问题一：根据“给定资料1”，概括某镇推行积分制的主要做法。（15分）
问题二：根据“给定资料2”，分析形式主义的主要表现。（20分）
问题三：参考“给定资料3”中画线句子“基层减负一小步，干部干事一大步”。（40分）
参考答案
一、问题一参考答案
1．明确积分内容。制定积分细则。
2．规范积分流程。逐户建立档案。
二、问题二参考答案
1．工作群泛滥。群多会多。
2．重复填报。一表多填。
三、问题三参考范文提纲
标题：以减负之实促担当之为
分论点一：减负要减出实效，在精简文件中腾出时间。
分论点二：减负要减出活力，在松绑赋能中激发干劲。
"""


def test_an_answer_keys_headings_that_name_questions_stand_under_no_question() -> None:
    lists = _lists(_PAPER_WITH_ANSWERS)
    # (the headings, each naming a question's answer, are no list: where the answers stand)
    assert all("问题一参考答案" not in items for _, items in lists)
    assert all("参考“给定资料3”" not in prompt for prompt, _ in lists)
    assert ("问题一参考答案", ["明确积分内容", "规范积分流程"]) in lists
    assert ("问题二参考答案", ["工作群泛滥", "重复填报"]) in lists


def test_a_model_essays_points_are_asked_under_its_title_and_the_title_on_a_card() -> None:
    paragraphs = [paragraph(n, line) for n, line in enumerate(_PAPER_WITH_ANSWERS.strip().splitlines(), 1)]
    cards = EXTRACTORS["outline"](paragraphs, "标题")
    lists = [(c.prompt, c.items) for c in cards if c.type == "list"]
    assert ("问题三范文《以减负之实促担当之为》的分论点", ["减负要减出实效", "减负要减出活力"]) in lists
    assert [c.text for c in cards if c.type == "cloze"] == ["问题三范文的标题：{{c1::以减负之实促担当之为}}"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a title under an outline's heading, numbered points under it, no 分论点 label
        (
            "二、范文提纲\n参考题目：《守好最前沿 夯实安全底座》\n1．筑牢思想防线\n2．补齐能力短板",
            "守好最前沿 夯实安全底座",
        ),
        # a quotation inside the title keeps its marks
        (
            "标题：以“店小二”精神擦亮营商环境“金名片”\n分论点一：以放为先导\n分论点二：以管为保障",
            "以“店小二”精神擦亮营商环境“金名片”",
        ),
        # a question's line that asks for a title is no title
        ("题目：结合给定资料，自拟题目，写一篇议论文\n分论点一：以放为先导\n分论点二：以管为保障", None),
        # a report's numbered points under a 标题： line of no essay: no 分论点 asked
        ("三、倡议书\n标题：关于参与智慧助老行动的倡议\n1．争当宣传员\n2．争当服务员", None),
    ],
)
def test_essay_title_reads_a_titles_labelled_line_over_an_essays_points(text: str, title: str | None) -> None:
    paragraphs = [paragraph(n, line) for n, line in enumerate(text.splitlines(), 1)]
    runs = outline.group_marks(outline.find_marks(paragraphs))
    found = outline.essay_title(runs[-1], paragraphs)
    assert (found.title if found else None) == title


@pytest.mark.parametrize(
    ("items", "key"),
    [
        (["问题一参考答案", "问题二参考答案", "问题四参考范文提纲"], True),
        (["第一题答案要点", "第二题答案要点"], True),
        # a 面试's questions by their kind, a handout's points that talk about questions: kept
        (["第一题（综合分析）", "第二题（组织管理）"], False),
        (["问题要从材料中概括提炼", "原因要由表及里"], False),
    ],
)
def test_is_answer_key_reads_headings_of_each_questions_answer(items: list[str], key: bool) -> None:
    assert outline.is_answer_key(items) is key


@pytest.mark.parametrize(
    ("text", "prompts"),
    [
        # a study note's 【】 label of a part alone on the line over the run: the topic's 对策, not the
        # 观点 sentence above it
        (
            "热点一：数字政府建设\n【观点】\n建设数字政府，既是转变政府职能的需要，也是提升治理效能的抓手。\n"
            "【对策】\n一是完善数据共享机制，打破信息孤岛。二是推进政务服务一网通办。三是加强网络安全防护。",
            ["数字政府建设：对策（3项）"],
        ),
        (
            "专题二：耕地保护\n【背景】\n近年来一些地方耕地非农化问题突出。\n【措施】\n"
            "一是严格落实占补平衡。二是推进高标准农田建设。三是强化执法监督。",
            ["耕地保护：措施（3项）"],
        ),
        # a label with prose between it and the run heads the prose, not the run
        (
            "热点三：乡村治理\n【对策】\n乡村治理要多措并举，具体如下：\n"
            "一是健全自治机制。二是深化法治乡村建设。三是以德治滋养乡风。",
            ["乡村治理要多措并举，具体如下（3项）"],
        ),
        # under no item, the label under the title, once
        (
            "以钉钉子精神推动基层减负\n【编者按】\n一是减负要动真格。二是减负要防反弹。三是减负要重实效。",
            ["标题：编者按（3项）"],
        ),
    ],
)
def test_a_part_label_over_a_run_names_it_under_its_topic(text: str, prompts: list[str]) -> None:
    lines = text.splitlines()
    cards = extract_cards(main_text(lines), "标题", "doc")
    assert [c.prompt for c in cards if c.type == "list"] == prompts
