"""How cards ask what the finders found (extractors/compose.py): prompts a learner can answer, the
heading path above each card, inline series as sentence clozes, and gaps worth reciting only."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pytest

from yaodian.cards import CLOZE, Card, Origin
from yaodian.extractors import compose, extract_cards, extract_document
from yaodian.extractors.compose import (
    _with_cues,
    compose_cards,
    filed_above_its_gaps,
    find_headings,
    is_trivia,
    names_the_leadership,
    open_leadership_gaps,
    open_topic_gaps,
    open_trivia_gaps,
    without_counter_examples,
)
from yaodian.extractors.script import paragraph
from yaodian.extractors.text import Paragraph, han_len, without_speaker_tags
from yaodian.sources import read_document


def _paragraphs(text: str) -> list[Paragraph]:
    return [paragraph(n, line) for n, line in enumerate(text.strip().splitlines(), 1) if line.strip()]


def _cards(text: str, title: str = "会议纪要") -> list[Card]:
    return extract_cards(_paragraphs(text), title, "doc")


def _found(text: str, monkeypatch: pytest.MonkeyPatch, title: str = "会议纪要") -> list[Card]:
    """The cards as the finders give them, before they are composed (what yaodian made before)."""

    def as_found(cards: Sequence[Card], *_: object) -> list[Card]:
        return list(cards)

    with monkeypatch.context() as patch:
        patch.setattr(compose, "compose_cards", as_found)
        return _cards(text, title)


def _lists(cards: list[Card]) -> list[tuple[str, list[str]]]:
    return [(c.prompt, c.items) for c in cards if c.type == "list"]


# ---------------------------------------------------------------- list prompts


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        # a quoted name the introduction stops inside is closed
        (
            "党员干部要算好“三本账”：算好政治账，一旦失足，前途尽毁；算好经济账，贪图小利终将得不偿失；"
            "算好亲情账，不能让家人受到牵连。",
            "党员干部要算好“三本账”（3项）",
        ),
        # a writer's remark in brackets after the set, left open where the clause breaks, is left out
        (
            "窗口服务的关键词“三声”：来有迎声、问有答声、走有送声（别记反了！）。",
            "窗口服务的关键词“三声”：____、____、____（3项）",
        ),
    ],
)
def test_a_prompt_shows_no_mark_it_leaves_open(text: str, prompt: str) -> None:
    prompts = [p for p, _ in _lists(_cards(text, "廉洁自律的几点思考"))]
    assert prompt in prompts
    assert all(
        p.count("“") == p.count("”") and p.count("（") == p.count("）") and p.count("【") == p.count("】")
        for p in prompts
    )


@pytest.mark.parametrize(
    ("intro", "closed"),
    [
        # a term's label bracket the introduction stops inside goes where it opens the introduction…
        ("【“三个分清”", "“三个分清”"),
        # …and is closed after other words
        ("本讲要记住【两个结合", "本讲要记住【两个结合】"),
        ("【两个结合】是指", "【两个结合】是指"),
    ],
)
def test_a_label_bracket_left_open_is_closed_or_dropped(intro: str, closed: str) -> None:
    assert compose._closed(intro) == closed


def test_a_labels_list_is_asked_where_its_points_are() -> None:
    """The labels' prompt is the points' prompt, heading and all, asking the labels by name: the lead
    alone (具体做法) does not say whose labels."""
    text = (
        "一、网格治理的四定工作法\n具体做法：\n1. 定格：科学划分网格\n2. 定人：每格配备一名网格员\n"
        "3. 定责：明确网格员职责清单\n4. 考评：按月考核群众满意度\n二、其他\n正文。"
    )
    assert _lists(_cards(text))[1:] == [
        (
            "一、网格治理的四定工作法：具体做法（4项）",
            ["科学划分网格", "每格配备一名网格员", "明确网格员职责清单", "按月考核群众满意度"],
        ),
        ("一、网格治理的四定工作法：具体做法：各条开头的小标题（4项）", ["定格", "定人", "定责", "考评"]),
    ]


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a short lead (我们要做到) takes the clause before it in its sentence, and the count
        (
            "在工作中，我们要做到：一是加强学习，提高本领；二是深入实践，增长才干。",
            [("在工作中，我们要做到（2项）", ["加强学习", "深入实践"])],
        ),
        # a numbered concept spelled out in its sentence: the members' places are marked
        (
            "领导班子成员做到三个带头，即带头学习理论，带头参加活动，带头广交朋友。",
            [
                (
                    "领导班子成员做到三个带头，即____，____，____（3项）",
                    ["带头学习理论", "带头参加活动", "带头广交朋友"],
                )
            ],
        ),
        # the set's own name, said in the sentence that introduces it but not in the prompt
        (
            "坚持“三个不”原则，守住以下底线：一是不增负；二是不替代；三是不闲置。",
            [("守住以下底线（“三个不”，3项）", ["不增负", "不替代", "不闲置"])],
        ),
        # headings of one level: the parts of the document, the parts of a section
        (
            "一、加强领导\n（一）健全机制\n要建立联席会议制度。\n（二）压实责任\n要层层签订责任书。\n"
            "二、整合资源\n要统筹各方力量。\n三、注重宣传\n要讲好基层故事。",
            [
                ("本文的3个部分", ["加强领导", "整合资源", "注重宣传"]),
                ("一、加强领导：本节的2个部分", ["健全机制", "压实责任"]),
            ],
        ),
        # points under a heading with no sentence of their own: the heading's whole sentence asks
        (
            "一、领导重视，提高认识。\n1是争取党委重视，处理好关系；2是争取部门支持，形成合力。\n"
            "二、完善机制，强化保障。\n要健全制度。",
            [
                ("本文的2个部分", ["领导重视", "完善机制"]),
                ("领导重视，提高认识（2项）", ["争取党委重视", "争取部门支持"]),
            ],
        ),
        # a heading run into its first point: the heading's words without the point
        (
            "一、主要工作回顾1. 加强理论学习，提高政治站位。\n全年组织学习12次。\n"
            "2. 积极开展调研，掌握基本情况。\n形成报告5篇。\n二、工作成效\n略。",
            [
                ("本文的2个部分", ["主要工作回顾", "工作成效"]),
                ("主要工作回顾（2项）", ["加强理论学习", "积极开展调研"]),
            ],
        ),
        # a short lead goes under the heading its finder named when no heading opens a paragraph above
        (
            "本讲梳理考点。一、新质生产力的提出\n考点提示：\n①首次提出的时间和地点；\n②系统阐述的场合；\n"
            "③在政府工作中的位置。\n二、内涵\n略。",
            [
                ("本讲梳理考点（2项）", ["新质生产力的提出", "内涵"]),
                (
                    "新质生产力的提出：考点提示（3项）",
                    ["首次提出的时间和地点", "系统阐述的场合", "在政府工作中的位置"],
                ),
            ],
        ),
        # points run on in one paragraph are no parts of the section, though a later line opens with one
        (
            "一、存在的问题\n（一）在改进作风、密切联系群众方面\n一是调研不够扎实。听汇报多，下基层少。"
            "二是服务不够主动。对群众诉求回应不及时。三是担当不够有力。遇到难题绕着走。\n"
            "二、整改清单\n服务不够主动\n开通热线，限时答复\n三、努力方向\n略。",
            [
                ("本文的3个部分", ["存在的问题", "整改清单", "努力方向"]),
                ("在改进作风、密切联系群众方面（3项）", ["调研不够扎实", "服务不够主动", "担当不够有力"]),
            ],
        ),
        # …but a point's paragraph may say the next point's words again, unmarked: the points are parts
        (
            "一、当前形势\n（一）在稳住经济方面\n一是稳增长。稳增长是调结构的前提，要扩大有效投资。\n"
            "二是调结构。推动产业转型升级。\n三是惠民生。办好民生实事。\n二、下步打算\n略。",
            [
                ("本文的2个部分", ["当前形势", "下步打算"]),
                ("在稳住经济方面：本节的3个部分", ["稳增长", "调结构", "惠民生"]),
            ],
        ),
        # a lead too short even with its sentence is placed under its heading
        (
            "一、考试说明\n要求：（1）观点明确，见解深刻；（2）参考给定资料，不拘泥于资料。\n二、作答\n略。",
            [
                ("本文的2个部分", ["考试说明", "作答"]),
                ("一、考试说明：要求（2项）", ["观点明确", "参考给定资料"]),
            ],
        ),
    ],
)
def test_list_prompt_says_what_is_asked(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _lists(_cards(text)) == lists


_SECTIONS_AFTER = "（一）健全工作机制\n要建立周调度制度。\n（二）强化考核督办\n要定期通报进度。\n二、改进作风\n要深入基层调研。"


@pytest.mark.parametrize(
    ("heading", "prompt"),
    [
        # a heading's line that goes on in a clause of its own names the section whole: the clause
        # says what its parts are for
        ("一、压实责任，推动任务落地", "一、压实责任，推动任务落地：本节的2个部分"),
        # not a heading that stands alone
        ("一、压实责任", "一、压实责任：本节的2个部分"),
        # nor one whose line is a sentence (a heading run into its paragraph's text), nor one whose
        # words end a sentence before the rest
        ("一、压实责任，要层层传导压力。", "一、压实责任：本节的2个部分"),
        ("一、压实责任。推动任务落地", "一、压实责任：本节的2个部分"),
        # nor one whose clause tells a doer what must be done or announces the parts
        ("一、压实责任，各村要明确专人负责", "一、压实责任：本节的2个部分"),
        ("一、压实责任，需要引起各方重视", "一、压实责任：本节的2个部分"),
        ("一、压实责任，主要包括以下内容", "一、压实责任：本节的2个部分"),
        ("一、压实责任，具体如下", "一、压实责任：本节的2个部分"),
        # but words that only hold 要 (重要, 主要) tell nobody anything
        ("一、压实责任，抓住重要环节", "一、压实责任，抓住重要环节：本节的2个部分"),
        # nor one too long to stand on a front
        (
            "一、压实责任，在全面推进城乡融合发展和持续增进民生福祉的进程中不断把各项任务一抓到底形成长效",
            "一、压实责任：本节的2个部分",
        ),
    ],
)
def test_a_sections_parts_are_asked_by_its_whole_heading(heading: str, prompt: str) -> None:
    lists = _lists(_cards(f"{heading}\n{_SECTIONS_AFTER}"))
    assert (prompt, ["健全工作机制", "强化考核督办"]) in lists


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        # the sentence before the moves writes out a series of its own: it names that, not the moves
        (
            "一、强化便民服务\n我们紧扣群众关切，推行“马上办、网上办、就近办”服务模式。一方面，做细窗口服务，"
            "推动事项集中办理；另一方面，做强上门服务，为行动不便的老人送证到家。",
            "一、强化便民服务：本段的2个要点",
        ),
        (
            "一、建强人才队伍\n我们着力培养一支懂技术、善经营、会管理的乡村人才队伍。首先，实施定向培养计划；"
            "其次，开展技能轮训；再次，落实安家补贴。",
            "一、建强人才队伍：本段的3个要点",
        ),
        # a word the items share with one member is chance, not the series' words
        (
            "一、城市更新\n我们坚持分类施策、系统推进。一是推进老旧小区改造；二是推进老旧街区改造；"
            "三是推进老旧厂区改造。",
            "一、城市更新：本段的3个要点",
        ),
        # …but not a series the items take their words from
        (
            "一、人才工作\n重点抓好引才、育才、留才：一是精准引才，面向高校招聘；二是系统育才，开展岗位练兵；"
            "三是用心留才，落实住房保障。",
            "重点抓好引才、育才、留才（3项）",
        ),
        (
            "一、人才工作\n要在“选、育、管”上做文章：一是拓宽选人视野；二是加强培育锻炼；三是从严管理监督。",
            "要在“选、育、管”上做文章（3项）",
        ),
        (
            "一、要素保障\n关键是让人、财、物向基层下沉：一是人员编制向基层倾斜；二是经费向基层倾斜；"
            "三是物资装备向基层配置。",
            "关键是让人、财、物向基层下沉（3项）",
        ),
        # …nor order words written as a series, a heading's number, an introduction that counts the set,
        # or one that asks what the items answer
        (
            "一、答题思路\n作答时按照首先、其次、最后的顺序展开：首先摆明观点；其次分析原因；最后提出对策。",
            "作答时按照首先、其次、最后的顺序展开（3项）",
        ),
        (
            "一、金融支持\n县里联合农商银行、保险公司推出三项举措。一是开发专属贷款；二是设立风险补偿资金；"
            "三是推行整村授信。",
            "县里联合农商银行、保险公司推出三项举措（3项）",
        ),
        (
            "一、纪律教育\n党员干部如何做到学纪、知纪、守纪？一是原原本本读条例；二是以案明纪；三是对照检查。",
            "党员干部如何做到学纪、知纪、守纪（3项）",
        ),
        # …nor a series whose members label the items (一是不松劲，…: the label is left off the item)
        (
            "一、工作作风\n干事创业要坚持“三不”：不松劲、不拖延、不推诿。一是不松劲，咬定目标抓到底；"
            "二是不拖延，当日事当日毕；三是不推诿，遇事主动担责。",
            "不松劲、不拖延、不推诿（3项）",
        ),
    ],
)
def test_a_prompt_never_names_a_series_its_items_are_not(text: str, prompt: str) -> None:
    lists = _lists(_cards(f"{text}\n二、其他\n略。"))
    assert next(p for p, _ in lists if p != "本文的2个部分") == prompt


def test_a_foreign_series_after_the_first_paragraph_of_a_section_keeps_its_clause_and_asks_the_points() -> (
    None
):
    # 本段 under the heading alone would not say which paragraph, and both sets would share one prompt: the
    # clause says where the points stand, and the prompt ends in the points, not in the clause's own series
    text = (
        "一、今年成效\n全年我们坚持统筹兼顾、突出重点。一是财政收入稳步增长；二是重点项目加快落地。\n"
        "此外，我们坚持共建共享、普惠均衡。一是新建社区食堂八个；二是改造农村公路六十公里。\n二、其他\n略。"
    )
    prompts = [p for p, _ in _lists(_cards(text)) if p != "本文的2个部分"]
    assert prompts == ["一、今年成效：本段的2个要点", "我们坚持共建共享、普惠均衡：本段的2个要点"]


def test_a_foreign_series_before_points_in_paragraphs_of_their_own_asks_the_points_after_it() -> None:
    # (the series its clause writes out is a set of its own, asked on a card of its own)
    text = (
        "一、基础设施\n本年度总体平稳。\n全镇上下齐心，聚焦道路、电网、水利三类设施。\n"
        "一是新修机耕道。全年新修十二公里，惠及九个村。\n二是改造农村电网。完成改造三处，户均容量明显提升。\n"
        "三是建设蓄水设施。建成蓄水池五口，缓解季节性缺水。\n二、其他\n略。"
    )
    prompts = dict((tuple(items), p) for p, items in _lists(_cards(text)))
    assert prompts[("道路", "电网", "水利")] == "聚焦____、____、____三类设施（3项）"
    assert (
        prompts[("新修机耕道", "改造农村电网", "建设蓄水设施")]
        == "全镇上下齐心，聚焦道路、电网、水利三类设施：其后的3个要点"
    )


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        # a count in the series' own last piece counts the series, not the points after it
        (
            "一、产业发展\n今年全县上下齐心协力。\n我们重点培育纺织服装、食品加工、电子元件三大产业。"
            "一是抓项目落地；二是抓企业培育；三是抓要素保障。",
            "我们重点培育纺织服装、食品加工、电子元件三大产业：本段的3个要点",
        ),
        # …not one that counts the set after a series of another number (two partners, three measures)…
        (
            "一、金融支持\n今年持续加大支持力度。\n县里联合农商银行、保险公司推出三项举措。一是开发专属贷款；"
            "二是设立风险补偿资金；三是推行整村授信。",
            "县里联合农商银行、保险公司推出三项举措（3项）",
        ),
        # …nor a counted series whose members the points hold
        (
            "一、人才工作\n今年人才工作有新进展。\n重点抓好引才、育才、留才三个环节：一是精准引才，面向高校招聘；"
            "二是系统育才，开展岗位练兵；三是用心留才，落实住房保障。",
            "重点抓好引才、育才、留才三个环节（3项）",
        ),
        # …nor a clause of its own after the series that counts the points (“三个一”, three points)
        (
            "一、乡村振兴\n今年工作总体平稳。\n围绕产业、人才、文化三个振兴，重点做到“三个一”：一是培育一个"
            "主导产业；二是建强一支人才队伍；三是打造一个文化品牌。",
            "重点做到“三个一”（3项）",
        ),
    ],
)
def test_a_count_of_the_series_own_members_does_not_count_the_set(text: str, prompt: str) -> None:
    lists = _lists(_cards(f"{text}\n二、其他\n略。"))
    assert next(p for p, _ in lists if p != "本文的2个部分") == prompt


_MEASURES = (
    "（一）优化审批流程。推行并联审批，压缩办理时限。\n（二）强化要素保障。统筹用地用能指标。\n"
    "（三）加大金融支持。扩大信用贷款投放。\n（四）完善服务机制。建立企业服务专员制度。"
)


@pytest.mark.parametrize(
    ("lead", "prompt"),
    [
        # a tally of the parts and of the articles in them asks the parts alone
        ("《实施意见》共4个方面18条，主要内容如下：", "《实施意见》的4个方面（4项）"),
        ("《实施意见》分为四个部分十八条：", "《实施意见》的四个部分（4项）"),
        # …but a tally of the parts alone, or of other parts than the set's, stands as written
        ("《实施意见》共4个方面，主要内容如下：", "《实施意见》共4个方面（4项）"),
        ("《实施意见》共4个方面18条具体措施：", "《实施意见》的4个方面（4项）"),
        ("《实施意见》从4个方面提出18条措施：", "《实施意见》从4个方面提出18条措施（4项）"),
        # …and so does a task's count, or a tally with no whole named before it (共 of 共同 counts nothing)
        ("各地要共同推进4个方面18条措施：", "各地要共同推进4个方面18条措施（4项）"),
        ("《实施意见》从便民出发，分4个部分18条：", "《实施意见》从便民出发，分4个部分18条（4项）"),
        ("《实施意见》共分四章十八条：", "《实施意见》的四章（4项）"),
    ],
)
def test_a_tally_of_parts_and_articles_asks_the_parts(lead: str, prompt: str) -> None:
    assert _lists(_cards(f"{lead}\n{_MEASURES}"))[0][0] == prompt


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        # the sentence names the method whose members each hold its counted word (色, 长)
        (
            "今年以来，城管局推行“三色管理”工作机制，推动执法与服务深度融合。一是设立“绿色档”，以服务为主。"
            "二是设立“黄色档”，以提醒为主。三是设立“红色档”，依法处罚。",
            "推动执法与服务深度融合（“三色管理”，3项）",
        ),
        (
            "街道推行“三长联动”机制，织密基层治理网络。一是明确楼长职责。二是明确巷长职责。三是明确片长职责。",
            "织密基层治理网络（“三长联动”，3项）",
        ),
        # …not a name of as many members that no member says
        (
            "今年以来，城管局推行“三色管理”工作机制，推动执法与服务深度融合。一是强化宣传引导。二是强化日常监管。"
            "三是强化考核问责。",
            "推动执法与服务深度融合（3项）",
        ),
        # …nor a name the sentence speaks of as something else than its method, whose character the
        # members hold by chance (化 of 强化, 度 of 力度)
        (
            "在巩固“三化联动”成果的基础上，今年着力抓好以下工作：一是强化思想引领。二是深化改革创新。"
            "三是优化营商环境。",
            "今年着力抓好以下工作（3项）",
        ),
        (
            "会议传达了“三度评价”的要求，并部署了以下工作：一是提高群众满意度。二是加大整治力度。"
            "三是加快项目进度。",
            "并部署了以下工作（3项）",
        ),
    ],
)
def test_a_method_the_introducing_sentence_names_is_the_sets_name(text: str, prompt: str) -> None:
    assert _lists(_cards(text))[0][0] == prompt


def test_the_documents_parts_are_asked_without_the_title_the_front_shows() -> None:
    # (the title counts its parts: its numbered concept names them, a character of it in each part)
    text = "一、过好思想关\n要把调研当成基本功。\n二、过好方法关\n要会走会问。\n三、过好群众关\n要身入心入。"
    assert _lists(_cards(text, "调查研究要过好“三关”")) == [
        ("本文的3个部分（“三关”）", ["过好思想关", "过好方法关", "过好群众关"])
    ]


@pytest.mark.parametrize(
    "title",
    [
        "落实“两个责任”的体会",  # (it counts other things than the parts)
        "学习“三个务必”的体会",  # (as many as the parts, but not they: no character of it in each)
        "做好基层工作的“三个抓手”",  # (maybe they, maybe not: nothing in the parts says so)
    ],
)
def test_a_title_that_names_no_concept_of_the_parts_adds_no_name(title: str) -> None:
    text = (
        "一、加强领导\n要建立联席会议制度。\n二、整合资源\n要统筹各方力量。\n三、注重宣传\n要讲好基层故事。"
    )
    assert _lists(_cards(text, title)) == [("本文的3个部分", ["加强领导", "整合资源", "注重宣传"])]


def test_words_a_prompt_adds_follow_a_traditional_text() -> None:
    text = "下面談幾點體會。\n首先，我們要加強學習。\n其次，我們要深入實踐。\n最後，我們要總結經驗。"
    assert _lists(_cards(text, "學習體會")) == [
        ("本文的3個部分", ["我們要加強學習", "我們要深入實踐", "我們要總結經驗"])
    ]
    assert _lists(_cards("會議明確了兩條：一是爭取黨委重視；二是貫徹落實條例。")) == [
        ("會議明確了兩條（2項）", ["爭取黨委重視", "貫徹落實條例"])
    ]


def test_back_shows_the_introducing_sentence_the_prompt_cut() -> None:
    (card,) = [
        c
        for c in _cards("坚持“三个不”原则，守住以下底线：一是不增负；二是不替代；三是不闲置。")
        if c.type == "list"
    ]
    assert card.extra.startswith("坚持“三个不”原则，守住以下底线\n1. 不增负")


def test_back_shows_the_whole_sentence_in_place_of_the_clause_the_finder_kept() -> None:
    text = "这里用的是战略一词，就是管全局、管长远的那种，而不是普通、一般、日常的工作。"
    (card,) = [c for c in _cards(text) if c.type == "list"]
    assert card.extra == text


# ---------------------------------------------------------------- where a card stands


def test_heading_path_is_the_cards_section() -> None:
    text = (
        "一、加强领导\n（一）健全机制\n要建立联席会议制度，增强政治意识、大局意识、核心意识。\n"
        "（二）压实责任\n要层层签订责任书。\n二、整合资源\n要统筹各方力量。"
    )
    cards = _cards(text)
    sections = {(c.prompt or c.text): c.origin.section for c in cards}
    assert sections["本文的2个部分"] is None  # the document's own parts stand under its title
    assert sections["一、加强领导：本节的2个部分"] == "一、加强领导"
    (series,) = [c for c in cards if "{{c1::政治意识}}" in c.text]
    assert series.origin.section == "一、加强领导 › （一）健全机制"


@pytest.mark.parametrize(
    ("text", "line", "section"),
    [
        # the gap stands in the heading the card would be filed under: one level up, or none
        ("严守“{{c1::三条底线}}”保安全", 2, "一、夯实基础"),
        ("{{c1::严守“三条底线”保安全}}", 2, "一、夯实基础"),
        ("三、严守“{{c1::两道红线}}”促发展", 5, None),
        # negatives: gaps the heading does not show keep the whole path
        (
            "要守住{{c1::耕地保护}}底线，做到{{c2::应保尽保}}。",
            3,
            "一、夯实基础 › （一）严守“三条底线”保安全",
        ),
        ("全面落实“{{c1::田长制}}”。", 3, "一、夯实基础 › （一）严守“三条底线”保安全"),
        # (one common word the heading shares shows no answer: 安全, 底线)
        ("守住{{c1::安全}}底线，{{c2::严防}}事故。", 3, "一、夯实基础 › （一）严守“三条底线”保安全"),
        ("把{{c1::底线}}守牢。", 3, "一、夯实基础 › （一）严守“三条底线”保安全"),
        # (用网 stands in 运用网络 across its words: the heading does not show it)
        ("提高干部{{c1::用网}}、{{c2::管网}}的本领。", 4, "一、夯实基础 › （二）运用网络平台"),
    ],
)
def test_a_cloze_goes_above_a_heading_that_shows_its_gap(text: str, line: int, section: str | None) -> None:
    found = [
        Paragraph(1, "一、夯实基础"),
        Paragraph(2, "（一）严守“三条底线”保安全"),
        Paragraph(3, "要守住耕地保护底线，做到应保尽保。"),
        Paragraph(4, "（二）运用网络平台"),
        Paragraph(5, "三、严守“两道红线”促发展"),
    ]
    cloze = Card(type="cloze", text=text, origin=Origin(line=line))
    (composed,) = compose_cards([cloze], found, "标题", {})
    assert filed_above_its_gaps(composed).origin.section == section


def test_a_cloze_is_filed_on_its_front_as_shown_once_its_gap_has_a_cue() -> None:
    # the lump gap gets its heading's words as a cue in front: the heading then shows none of its answer
    found = [
        Paragraph(1, "一、基本原则"),
        Paragraph(2, "二、人民至上"),
        Paragraph(3, "人民至上是做好一切工作的根本立场。"),
    ]
    lump = Card(type="cloze", text="{{c1::人民至上是做好一切工作的根本立场}}。", origin=Origin(line=3))
    (composed,) = compose_cards([lump], found, "标题", {})
    assert composed.text == "人民至上是{{c1::做好一切工作的根本立场}}。"
    assert composed.origin.section == "二、人民至上"


@pytest.mark.parametrize(
    ("text", "filed"),
    [
        # a heading that lists the series the card asks, or shows its one set phrase
        ("净化{{c1::朋友圈}}、{{c2::生活圈}}，守住底线。", False),
        ("做到{{c1::应保尽保}}，不漏一户。", False),
        # (negatives: one short word of it, or one member of a series)
        ("守住{{c1::底线}}，不漏一户。", True),
        ("管好{{c1::朋友圈}}，守住{{c2::廉洁底线}}。", True),
        # a short word the heading shows with the card's own character beside it: 净化朋友圈 reads 净化
        ("{{c1::净化}}朋友圈，守住底线。", False),
        ("要{{c1::净化}}网络空间。", True),  # (negative: the heading shows the word in other words)
    ],
)
def test_a_heading_that_shows_a_series_or_a_set_phrase_files_the_card_above_it(
    text: str, filed: bool
) -> None:
    heading = "（一）净化朋友圈、生活圈应保尽保"
    found = [
        Paragraph(1, "一、夯实基础"),
        Paragraph(2, heading),
        Paragraph(3, "正文。"),
        Paragraph(4, "（二）强化保障"),
        Paragraph(5, "二、加强领导"),
    ]
    (composed,) = compose_cards([Card(type="cloze", text=text, origin=Origin(line=3))], found, "标题", {})
    placed = filed_above_its_gaps(composed).origin.section
    assert placed == ("一、夯实基础 › " + heading if filed else "一、夯实基础")


def test_a_cloze_goes_above_an_outer_heading_that_shows_its_gap() -> None:
    """Anki's front shows the whole path: an outer heading that shows the gap gives it away even where
    the last part does not."""
    place = "三、坚持党的全面领导 › （一）健全制度体系"
    card = Card(type="cloze", text="必须{{c1::坚持党的全面领导}}。", origin=Origin(4, place))
    assert filed_above_its_gaps(card).origin == Origin(4, None)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # a reporter's question, its tag opening the turn or on a line of its own: no card
        ("某某晚报记者：营商环境是城市的名片。请问在优化营商环境方面有哪些新举措？", False),
        ("记者：\n营商环境是城市的名片。请问有哪些新举措？", False),
        # (negatives: an official's answer, and a reporter named in the text's own sentence)
        ("李华：营商环境是城市的名片。我们重点推进“三减一优”。", True),
        ("记者了解到，营商环境是城市的名片。全市推行“三减一优”。", True),
        # (one who speaks to the reporter answers)
        ("局长李华告诉记者：营商环境是城市的名片。全市推行“三减一优”。", True),
        ("区长对记者：营商环境是城市的名片，要推行“三减一优”。", True),
    ],
)
def test_a_reporters_question_makes_no_card(text: str, asked: bool) -> None:
    cards = _cards(text)
    assert any("城市的名片" in CLOZE.sub(r"\2", c.text) for c in cards if c.type == "cloze") is asked


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the question the turn asks, from after its 请问: the lead-in says what is known
        ("晨报记者：全市今年新建了不少口袋公园。请问下一步怎样管护好这些公园？", "下一步怎样管护好这些公园"),
        ("记者：\n公园建成后谁来管护？", "公园建成后谁来管护"),
        # (two questions: the one that opens the asking)
        ("晨报记者：管护中有哪些难点？又打算怎么解决？", "管护中有哪些难点"),
        # (negatives: a byline asks nothing, nor does one who speaks to a reporter)
        ("本报记者：张明 通讯员：李华", None),
        ("园林局局长告诉记者：公园由谁管护？由街道负责。", None),
    ],
)
def test_a_reporters_question_heads_the_answer_after_it(text: str, place: str | None) -> None:
    later = "\n陈局长：我们推行“园长制”，每个公园都有专人负责。\n电视台记者：请问经费从哪里来？\n陈局长：市财政兜底。"
    places = [h.place for h in find_headings(_paragraphs(text + later))]
    # (a turn that asks nothing leaves one asking turn: a quote, which heads nothing)
    assert places == ([place, "经费从哪里来"] if place else [])


_ONE_TURN_IN_A_REPORT = """
一、回乡创业成风气
越来越多的青年选择返乡创业，为乡村振兴注入了新活力。
晨报记者：你在外打工八年，收入不错，请问为什么选择回乡？
陈亮：家乡变了，机会也多了。他办起电商公司，带动周边农户销售农产品。
二、政策支持添动力
县里出台扶持政策：一是设立创业基金；二是建设创业园区；三是开展技能培训。
"""

_TURNS_IN_A_REPORT = """
一、回乡创业成风气
越来越多的青年选择返乡创业，为乡村振兴注入了新活力。
晨报记者：你在外打工八年，请问为什么选择回乡？
陈亮：家乡变了，机会也多了。
晨报记者：创业中遇到了哪些困难？
陈亮：资金和人才是最大的难题。
二、政策支持添动力
县里出台了一系列扶持政策，设立创业基金，建设创业园区。
三、下一步打算
县里将继续完善政策，优化创业环境。
"""

_TURNS_IN_A_PAPERS_MATERIAL = """
【材料一】
青山村大力发展乡村旅游，村容村貌焕然一新。
央视记者：近年来村里变化很大，请问最大的变化是什么？
村民老李：一是道路通了；二是环境美了；三是腰包鼓了。
央视记者：村里下一步有什么打算？
村支书王明：我们要把合作社办好，让村民入股分红。
【材料二】
清河县推行“无会周”制度，每月第一周不开会。
"""


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # one asking turn in a report: a quote, no question its text is filed under
        (_ONE_TURN_IN_A_REPORT, ["一、回乡创业成风气", "二、政策支持添动力"]),
        # a report's numbered headings around the turns: 二、 would stand under the last question
        (_TURNS_IN_A_REPORT, ["一、回乡创业成风气", "二、政策支持添动力", "三、下一步打算"]),
        # a paper's given material: the turns are the material's, under its heading
        (_TURNS_IN_A_PAPERS_MATERIAL, ["【材料一】", "【材料二】"]),
    ],
)
def test_reporters_turns_that_do_not_frame_the_document_head_nothing(text: str, places: list[str]) -> None:
    assert [h.place for h in find_headings(_paragraphs(text))] == places


_TWO_ANSWERS = """
全市口袋公园建设新闻发布会
晨报记者：口袋公园管护存在哪些难点？
陈局长：主要有“三难”。
一是经费保障难。公园建成后养护经费没有稳定来源，只能靠街道自筹。
二是人员配备难。社区人手紧张，绿化养护往往无人专职负责。
三是群众参与难。居民只把公园当作休闲场所，很少主动参与维护。
电视台记者：在方便老年人使用方面有哪些考虑？
陈局长：一方面，我们在公园里增设座椅和扶手，方便老人歇脚。另一方面，我们推行适老化改造，铺设防滑步道，让老人走得稳当。
"""


def test_an_answer_stands_under_its_question_not_the_answer_before() -> None:
    """The second answer's points (一方面…另一方面) belong to no point of the first answer (三是…),
    and its cards are filed under the question they answer."""
    cards = _cards(_TWO_ANSWERS)
    later = [c for c in cards if c.origin and c.origin.line == 8]
    assert later
    assert {c.origin.section for c in later} == {"在方便老年人使用方面有哪些考虑"}
    earlier = [c for c in cards if c.origin and c.origin.line == 6 and c.type == "cloze"]
    assert earlier
    assert all(c.origin.section.startswith("口袋公园管护存在哪些难点") for c in earlier)


@pytest.mark.parametrize(
    ("heads", "places"),
    [
        # siblings that open with one clause, too long to show whole: the words after it
        (
            ["抓实基层减负，要在精简会议文件上见实效", "抓实基层减负，要在规范督查考核上见实效"],
            ["要在精简会议文件上见实效", "要在规范督查考核上见实效"],
        ),
        # (negatives: short ones show whole; long ones that share no clause are clipped as they were)
        (["减负，要精简会议", "减负，要规范考核"], ["减负，要精简会议", "减负，要规范考核"]),
        (
            ["抓实基层减负要在精简会议文件上见到实效", "抓实基层减负要在规范督查考核上见到实效"],
            ["抓实基层减负要在精简会议文件上…", "抓实基层减负要在规范督查考核上…"],
        ),
    ],
)
def test_sibling_headings_that_share_a_lead_are_placed_by_the_rest(
    heads: list[str], places: list[str]
) -> None:
    paragraphs = [Paragraph(1, "基层减负", heading=1)]
    for at, head in enumerate(heads):
        paragraphs += [
            Paragraph(2 * at + 2, head, heading=2),
            Paragraph(2 * at + 3, "正文说明这一部分的做法。"),
        ]
    assert [h.place for h in find_headings(paragraphs)] == ["基层减负", *places]


@pytest.mark.parametrize(
    ("heads", "places"),
    [
        # numbered siblings that share their opening words inside a clause, clipped just after them:
        # the words after the opening, which tell the parts apart, an ellipsis for the opening
        (
            ["一、认真领会“千万工程”包含的发展理念", "二、认真领会“千万工程”体现的工作方法"],
            ["一、…包含的发展理念", "二、…体现的工作方法"],
        ),
        # (negatives: a path that shows most of what differs keeps its clip; a shared verb alone
        # is no opening; heads a path shows whole keep their words)
        (
            ["一、推进城乡融合要在产业协作上见到实效", "二、推进城乡融合要在要素流动上见到实效"],
            ["一、推进城乡融合要在产业协作上…", "二、推进城乡融合要在要素流动上…"],
        ),
        (
            ["一、坚持把群众的小事当作自己的大事办好", "二、坚持把干部的冷暖时时放在组织的心上"],
            ["一、坚持把群众的小事当作自己的…", "二、坚持把干部的冷暖时时放在…"],
        ),
        (
            ["一、认真领会“千万工程”的理念", "二、认真领会“千万工程”的方法"],
            ["一、认真领会“千万工程”的理念", "二、认真领会“千万工程”的方法"],
        ),
        # an opening that holds a negation: without it, what the path shows says the opposite
        (
            ["一、坚决纠正不是抓落实而是层层加码的做法", "二、坚决纠正不是抓服务而是以管代服的做法"],
            ["一、坚决纠正不是抓落实而是…", "二、坚决纠正不是抓服务而是以…"],
        ),
        # (a word that only holds 不 is no negation: 坚持不懈)
        (
            ["一、坚持不懈推进“千万工程”包含的发展理念", "二、坚持不懈推进“千万工程”体现的工作方法"],
            ["一、…包含的发展理念", "二、…体现的工作方法"],
        ),
    ],
)
def test_numbered_siblings_that_share_an_opening_are_placed_by_the_rest(
    heads: list[str], places: list[str]
) -> None:
    paragraphs = [Paragraph(1, "学习体会")]
    for at, head in enumerate(heads):
        paragraphs += [
            Paragraph(2 * at + 2, head),
            Paragraph(2 * at + 3, "这一部分讲清楚做法，说明群众得到了哪些实惠。"),
        ]
    assert [h.place for h in find_headings(paragraphs)] == places


def test_markdown_headings_rank_above_numbered_ones() -> None:
    found = [
        Paragraph(1, "总论", heading=1),
        Paragraph(2, "一、指导思想"),
        Paragraph(3, "二、基本原则"),
        Paragraph(4, "分论", heading=1),
        Paragraph(5, "一、经济体制"),
        Paragraph(6, "二、政治体制"),
    ]
    headings = find_headings(found)
    assert [(h.index, h.label + h.item) for h in headings] == [
        (0, "总论"),
        (1, "一、指导思想"),
        (2, "二、基本原则"),
        (3, "分论"),
        (4, "一、经济体制"),
        (5, "二、政治体制"),
    ]
    assert headings[0].rank < headings[1].rank
    cloze = Card(type="cloze", text="要{{c1::深化改革}}。", origin=Origin(line=6))
    (composed,) = compose_cards([cloze], found, "标题", {})
    assert composed.origin.section == "分论 › 二、政治体制"


def test_a_long_heading_is_cut_in_the_path() -> None:
    text = "一、坚持以习近平新时代中国特色社会主义思想为指导全面推进\n要{{x}}。\n二、加强党的建设\n略。"
    cards = _cards(text.replace("{{x}}", "增强政治意识、大局意识、核心意识"))
    (series,) = [c for c in cards if "{{c1::" in c.text and "政治意识" in c.text]
    assert series.origin.section == "一、坚持以习近平新时代中国特色…"


# ---------------------------------------------------------------- inline series


def test_inline_series_is_a_cloze_card_of_its_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "完善机制平台,通过推动落实党政领导联系党外代表人士制度、党政听取党外人士意见建议的协商座谈会、"
        "民营企业对话政府部门的工作机制,切实让广大统战成员“动起来”。"
    )
    (found,) = [c for c in _found(text, monkeypatch) if c.type == "list"]
    assert found.prompt == "通过推动"  # what a learner was asked before
    (card,) = [c for c in _cards(text) if c.id == found.id]
    assert card.text == (
        "完善机制平台,通过推动{{c1::落实党政领导联系党外代表人士制度}}、{{c2::党政听取党外人士意见建议的协商座谈会}}、"
        "{{c3::民营企业对话政府部门的工作机制}},切实{{c4::让广大统战成员“动起来”}}。"
    )  # (the formulation after the series on the sentence's one note: see one_note_per_sentence)
    assert card.id == found.id  # the same note in Anki, updated in place
    assert card.extra == ""  # the front shows the whole sentence already


def test_series_the_sentence_names_as_a_concept_stays_a_list() -> None:
    text = "要统揽伟大斗争、伟大工程、伟大事业、伟大梦想，这“四个伟大”紧密联系。"
    assert [(c.type, c.prompt, c.items) for c in _cards(text)] == [
        (
            "list",
            "要统揽____、____、____、____（“四个伟大”，4项）",
            ["伟大斗争", "伟大工程", "伟大事业", "伟大梦想"],
        )
    ]


def test_series_a_name_counting_its_characters_names_stays_a_list() -> None:
    """八个字 counts the members' characters (学纪、知纪、明纪、守纪), not the members: it names them."""
    members = ["学纪", "知纪", "明纪", "守纪"]
    card = Card(
        type="list",
        prompt="总的要求就是八个字",
        items=members,
        extra="、".join(members),
        origin=Origin(line=1),
    )
    (made,) = compose_cards(
        [card], _paragraphs("目标：学纪、知纪、明纪、守纪"), "会议纪要", {id(card): "series"}
    )
    assert (made.type, made.items) == ("list", members)
    assert "八个字" in made.prompt


def test_series_named_in_the_next_sentence_stays_a_list_with_its_name() -> None:
    text = "过去办一件事，痛点在于部门壁垒、数据壁垒、流程壁垒。“高效办成一件事”就是要打通这“三道壁垒”。"
    assert [(c.prompt, c.items) for c in _cards(text) if c.type == "list"] == [
        ("过去办一件事，痛点在于____、____、____（“三道壁垒”，3项）", ["部门壁垒", "数据壁垒", "流程壁垒"])
    ]


def test_a_set_named_clauses_away_in_a_long_sentence_is_another_set() -> None:
    text = (
        "近年来，新的社会阶层、利益群体和社会组织不断产生，工作对象越来越多，"
        "宗教界人士和信教群众迅速增加，来大陆投资和定居的港澳台同胞、“三胞”亲属也越来越多。"
    )
    cards = _cards(text)
    assert not any("三胞" in (c.prompt or "") for c in cards)
    assert "{{c1::社会阶层}}" in next(c.text for c in cards if c.type == "cloze")


def test_a_name_in_a_member_of_another_series_does_not_name_the_set() -> None:
    """“三供” stands in a member of the next clause's series (社区“三供”改造、停车管理…), and 三张…
    would end that series: it names neither the set before it nor the one after, which are asked
    as unnamed series are, each member a cloze of its sentence (not kept as lists by that name)."""
    text = (
        "年初，区纪委通过热线电话、网络留言、入户座谈等途径收集意见，确定了社区“三供”改造、停车管理、"
        "垃圾分类、物业服务等6件实事，实行“一件实事、一名领导包联、一个专班推进”的工作机制。"
    )
    cards = _cards(text)
    assert not any("三供" in c.prompt for c in cards if c.type == "list")
    texts = [
        re.sub(r"\{\{c\d+::", "{{", c.text) for c in cards if c.type == "cloze"
    ]  # (one note: numbered on)
    assert any("{{热线电话}}、{{网络留言}}、{{入户座谈}}" in t for t in texts)
    assert any("{{一件实事}}、{{一名领导包联}}、{{一个专班推进}}" in t for t in texts)


def test_a_name_of_as_many_members_around_a_series_names_it_only_if_it_is_its_own() -> None:
    """A name of as many members in the clauses around a series keeps it a list only where it is the
    series' own name (see _name_around): “三治融合” names 自治、法治、德治, not the judgements after it."""
    text = "坚持自治、法治、德治“三治融合”，自治是基础，法治是保障，德治是引领。"
    cards = _cards(text)
    assert any("{{c1::自治是基础}}" in c.text for c in cards if c.type == "cloze")
    assert not any("自治是基础" in c.items for c in cards if c.type == "list")


def test_a_name_a_verb_acts_on_in_a_chain_of_tasks_names_the_set() -> None:
    """落实“三个区分开来”、健全… is a chain of tasks, each acting on a thing, not a series of things:
    the name in it is no other series' member."""
    text = "落实“三个区分开来”、健全容错纠错机制，在实际工作中把干部的失误、错误、违纪违法区分开来。"
    prompts = [c.prompt for c in _cards(text) if c.type == "list"]
    assert prompts and all(prompt.endswith("（“三个区分开来”，3项）") for prompt in prompts)


def _named_prompts(text: str) -> dict[str, str]:
    """Each list card's prompt, by its items joined with /."""
    return {"/".join(c.items): c.prompt for c in _cards(text) if c.type == "list"}


def test_a_lead_naming_two_concepts_names_the_set_by_the_one_its_members_hold() -> None:
    """A heading that chains two concepts of as many members leads both series under it: each series
    takes the name whose word its members hold (意识, 自信), not the first of the chain."""
    text = """一、筑牢思想根基
强化“四个意识”、坚定“四个自信”
青年干部要自觉强化政治意识、大局意识、核心意识、看齐意识，坚定道路自信、理论自信、制度自信、文化自信，始终同党中央保持一致。"""
    assert _named_prompts(text)["道路自信/理论自信/制度自信/文化自信"].endswith("（“四个自信”，4项）")


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # the name opens a colon whose series is its own; the 一是… measures after it are another set
        (
            "驻村干部要做到“三个到位”：情况摸排到位、政策宣讲到位、帮扶措施到位。"
            "一是逐户走访建立台账；二是召开院坝会讲清政策；三是结对帮扶解决难题。",
            "逐户走访建立台账/召开院坝会讲清政策/结对帮扶解决难题",
        ),
        # a chain of names in the sentence before two headings: none of them names the headings
        (
            "二、全面从严治党\n打铁还需自身硬。全区党员要深刻领会“两个确立”的决定性意义，增强“四个意识”、"
            "坚定“四个自信”、做到“两个维护”。\n（一）以政治建设为统领\n严明政治纪律和政治规矩，确保政令畅通。"
            "\n（二）以纪律建设为保障\n持续深化纪律教育，推动党员干部知敬畏、存戒惧。",
            "以政治建设为统领/以纪律建设为保障",
        ),
        # the name stands in an earlier clause, the last clause announces the set by a count of its own
        (
            "结合本镇实际，推动“四下基层”落地见效，需要在以下四个方面下功夫。"
            "一是在学习上求深；二是在调研上求实；三是在服务上求细；四是在作风上求严。",
            "在学习上求深/在调研上求实/在服务上求细/在作风上求严",
        ),
    ],
    ids=[
        "colon-opens-its-own-series",
        "chain-of-names",
        "name-in-an-earlier-clause",
    ],
)
def test_a_name_of_a_neighbouring_series_does_not_name_the_set(text: str, items: str) -> None:
    prompt = _named_prompts(text)[items]
    assert "“" not in prompt.rpartition("（")[2]


def test_a_name_an_earlier_clause_takes_as_its_object_names_no_set_after_the_comma() -> None:
    text = "全镇党员要牢记“三个务必”，在思想上、政治上、行动上同党中央保持高度一致。"
    assert not any("三个务必" in card.prompt for card in _cards(text) if card.type == "list")


@pytest.mark.parametrize(
    ("text", "items", "name"),
    [
        # the name ends the clause that leads to the set: it announces it
        (
            "区委决定重点抓好“三项工程”：一是实施强基工程；二是实施惠民工程；三是实施清风工程。",
            "实施强基工程/实施惠民工程/实施清风工程",
            "三项工程",
        ),
        # the name right after its own members
        (
            "要统筹推进产业振兴、人才振兴、文化振兴“三大振兴”，让乡村美起来、富起来。",
            "产业振兴/人才振兴/文化振兴",
            "三大振兴",
        ),
        # the name's word stands in each member, the last one's in the words that end its clause
        (
            "必须坚持教育优先发展，做到经费投入上优先保障、师资配备上优先满足、校舍建设上优先安排，"
            "把“三个优先”落到实处。",
            "经费投入上优先保障/师资配备上优先满足/校舍建设上优先安排",
            "三个优先",
        ),
        # the name in an earlier clause abbreviates its members by a character each holds
        (
            "全县统筹推进“三城同创”，全国文明城市、省级卫生县城、省级园林城市创建工作取得明显成效。",
            "全国文明城市/省级卫生县城/省级园林城市",
            "三城同创",
        ),
        (
            "本镇把“五治融合”作为基层治理的抓手，推动政治引领、自治强基、法治保障、德治教化、智治支撑协同发力。",
            "政治引领/自治强基/法治保障/德治教化/智治支撑",
            "五治融合",
        ),
    ],
    ids=[
        "name-before-colon",
        "name-after-members",
        "name-whose-word-ends-the-last-clause",
        "name-of-an-earlier-clause-its-members-abbreviate",
        "name-before-a-verb-its-members-abbreviate",
    ],
)
def test_a_name_that_announces_its_set_still_names_it(text: str, items: str, name: str) -> None:
    assert f"“{name}”" in _named_prompts(text)[items]


class _RecordingPattern:
    """A compiled pattern that records how many characters each of its searches may read."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.reads: list[int] = []

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        self.reads.append((len(string) if endpos is None else min(endpos, len(string))) - pos)
        return self.pattern.search(string, pos, len(string) if endpos is None else endpos)


def test_whether_a_name_stands_in_another_series_is_read_in_its_clauses_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The stretch around a name is searched in the clauses around its set, not to the text's end:
    one long sentence of many comma-joined lists is read in time linear in its length."""
    clause = "全市推进“三个转变”，深入推进污染防治、生态修复、绿色转型，"
    text = clause * 60 + "成效明显。"
    recording = _RecordingPattern(compose._STRETCH_END)
    monkeypatch.setattr(compose, "_STRETCH_END", recording)
    _cards(text)
    assert recording.reads and max(recording.reads) <= 3 * len(clause)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # one character (水) none of the members holds, a clause away: another set's name
        ("全市上下深入推进污染防治、生态修复、绿色转型，“三水”统筹治理成效明显。", False),
        # …nor when a task in the next clause acts on it but the name stands in another clause on
        ("全市上下深入推进污染防治、生态修复、绿色转型，明年起推进“三水”统筹治理。", False),
        # every member holds it
        ("全市上下深入推进水污染防治、水生态修复、水资源保护，“三水”统筹治理成效明显。", True),
        # a series in brackets after the name is not one the name stands in
        ('防返贫机制:早发现、早干预、早帮扶，这是"三早"（有的材料写"及时发现、及时帮扶"，意思一样）', True),
        # a name of a word of two characters ties the set to it a clause away still
        ("全市深入推进污染防治、生态修复、绿色转型，“三个转变”取得明显成效。", True),
    ],
)
def test_a_one_character_name_a_clause_away_names_a_set_whose_members_hold_it(text: str, named: bool) -> None:
    # (a set the name does not name is no named list: an inline series then asks its members as clozes)
    cards = _cards(text)
    prompts = [c.prompt for c in cards if c.type == "list"]
    assert any("，3项）" in prompt for prompt in prompts) == named
    if not named:
        series = re.compile(r"\{\{c1::[^}]+\}\}、\{\{c2::[^}]+\}\}、\{\{c3::[^}]+\}\}")
        assert any(series.search(c.text) for c in cards if c.type == "cloze")


def test_a_prompt_opening_with_namely_keeps_the_clause_it_unpacks() -> None:
    """The clause a 即 opens unpacks the one before it, which names the set: the prompt holds both."""
    text = "乡镇落实“三个一”要求，即每个行政村至少配备一名网格员、一支巡防队、一份应急预案。"
    prompt = "乡镇落实“三个一”要求，即每个行政村至少配备____、____、____（3项）"
    assert prompt in [c.prompt for c in _cards(text) if c.type == "list"]


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        # a task in a chain (、) acting on the quoted name and its group noun, right after the set
        (
            "坚持经济建设、政治建设、文化建设、社会建设、生态文明建设一起抓，统筹推进“五位一体”总体布局、"
            "协调推进“四个全面”战略布局。",
            "坚持____、____、____、____、____一起抓（“五位一体”，5项）",
        ),
        (
            "我们坚持党委领导、政府负责、社会协同、公众参与，构建“四位一体”社会治理格局、提升治理效能。",
            "我们坚持____、____、____、____（“四位一体”，4项）",
        ),
        # an adverb and a verb before it; 把 before it
        (
            "全面贯彻创新、协调、绿色、开放、共享的理念，深入践行“五大发展理念”、加快构建新发展格局。",
            "全面贯彻____、____、____、____、____的理念（“五大发展理念”，5项）",
        ),
        (
            "全面贯彻创新、协调、绿色、开放、共享的理念，把“五大发展理念”、“四个全面”融入各项工作。",
            "全面贯彻____、____、____、____、____的理念（“五大发展理念”，5项）",
        ),
        # a quoted name that closes the clause right before the set's, one character (风) not every
        # member holds
        (
            "驰而不息纠治“四风”，深化整治形式主义、官僚主义、享乐主义、奢靡之风。",
            "驰而不息纠治“四风”，深化整治____、____、____、____（4项）",
        ),
    ],
)
def test_a_name_that_stands_on_its_own_beside_the_set_names_it(text: str, prompt: str) -> None:
    """A quoted name that a task in a chain of tasks acts on (verb + name + group noun) is no member of
    another series, and one next to the set's own clause names it even by a character not every
    member holds: the set stays a list by that name."""
    assert prompt in [c.prompt for c in _cards(text) if c.type == "list"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the name ends another series (its last member before it), not a task acting on it
        (
            "乡村振兴是产业振兴、人才振兴、文化振兴、生态振兴、组织振兴“五大振兴”协同推进，是经济、政治、文化、社会、生态文明的整体提升。",
            "五大振兴",
        ),
        # one task alone acts on it in the next clause, no chain of tasks
        (
            "紧扣“生态立县、工业强县、旅游兴县、开放活县”发展战略，奋力打造“一区三地”，即全省生态文明建设先行区。",
            "一区三地",
        ),
        # it closes the clause before, but no member holds its words
        ("坚持“一村一品、一镇一业”，做大茶叶、油茶、中药材等特色产业，新增认证产品10个。", "一村一品"),
    ],
)
def test_a_name_next_to_a_set_that_is_not_its_own_does_not_name_it(text: str, name: str) -> None:
    """Names that look like the set's own beside it but name another: the set's list (or cloze) is
    not asked by them."""
    lists = [c for c in _cards(text) if c.type == "list" and not any(name in item for item in c.items)]
    assert not any(name in c.prompt and c.items[0] in ("经济", "茶叶", "生态立县") for c in lists)


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        # a name the clause after the set takes up as a task of its own: another concept
        ("要统筹推进产业发展、城市更新、民生保障，落实“三个区分开来”，激励干部担当作为。", None),
        ("要统筹推进产业发展、城市更新、民生保障，坚持“三个优先”，推动高质量发展。", None),
        # one the clause says is the set's name, or that answers to it, or that stands alone after it
        (
            "坚持创新发展、协调发展、绿色发展、开放发展、共享发展，简称“五大理念”。",
            "坚持____、____、____、____、____（“五大理念”，5项）",
        ),
        (
            "老师给你的评价“观点散、论证空、语言白”，其实正好对应大作文的三大硬伤。",
            "老师给你的评价“____、____、____”（“三大硬伤”，3项）",
        ),
        (
            "13 新发展理念 = 创新、协调、绿色、开放、共享，五大发展理念。",
            "13 新发展理念 = ____、____、____、____、____（“五大发展”，5项）",
        ),
        # …says it makes up or is called the name (构成了, 是, 称之为, 叫做, 合起来是)
        *(
            (
                f"创新、协调、绿色、开放、共享，{says}“五大发展理念”{after}。",
                "____、____、____、____、____（“五大发展理念”，5项）",
            )
            for says, after in (
                ("构成了", ""),
                ("是", "的基本内容"),
                ("人们称之为", ""),
                ("通常叫做", ""),
                ("合起来是", ""),
                ("就是", ""),
                ("正是", ""),
                ("即是", ""),
            )
        ),
        # 此 of 因此 points back to nothing: a task of the clause's own
        ("经济建设、政治建设、民生保障，因此要坚持“三个优先”。", None),
        # 是 after words of the clause's own sets the set a goal or a condition, and 的是 after a verb
        # says what it does to another: no naming
        *(
            (f"经济建设、政治建设、民生保障，{says}“三个优先”。", None)
            for says in ("关键是", "重点是", "前提是", "核心是")
        ),
        ("完善干部考核、干部培训、干部激励，核心是“三个区分开来”。", None),
        ("创新、协调、绿色，构成威胁的是“三大风险”。", None),
        # a one-character name (风) beside the set that only a word inside a member holds (作风建设)
        ("我们要持续纠治“四风”，推进政治监督、日常监督、专项整治、作风建设，确保取得实效。", None),
        # …not one that members end with before the kind of thing they are (奢靡之风问题)
        (
            "要驰而不息纠治“四风”，深化整治形式主义问题、官僚主义问题、享乐主义问题、奢靡之风问题。",
            "要驰而不息纠治“四风”，深化整治____、____、____、____（4项）",
        ),
    ],
)
def test_a_name_in_the_clause_after_a_set_names_it_only_where_it_says_so(
    text: str, prompt: str | None
) -> None:
    """A name after a set's own clause names the set where the members say its word, where the clause
    says the name is the set's (这, 简称, 对应) or the name stands alone in it, or as the first of a
    chain of tasks: not a concept a task of the clause's own takes up; a set named by none is asked
    as clozes of its sentence."""
    prompts = [c.prompt for c in _cards(text) if c.type == "list"]
    if prompt is None:
        assert prompts == []
    else:
        assert prompt in prompts


def test_a_name_that_words_of_a_thing_qualify_stays_in_its_series() -> None:
    """农村集体“三资”管理 in a series of things is that series' member, even after a verb: the set
    before it is no list by that name."""
    text = "今年重点推进污染防治、生态修复、绿色转型，整治农村集体“三资”管理、养老服务、医保报销等问题。"
    assert not any("三资" in c.prompt for c in _cards(text) if c.type == "list")


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        # the name in the set's own lead clause
        (
            "今年要做好“三保”工作：兜牢基本民生、足额发放工资、维持机构运转，确保财政平稳运行。",
            "今年要做好“三保”工作：____、____、____（3项）",
        ),
        # a clause away, but every member holds its one character (资)
        (
            "县里把“三资”管理作为头号工程，组织力量对各村的集体资产、资源、资金开展清查。",
            "组织力量对各村的集体____、____、____开展清查（“三资”，3项）",
        ),
    ],
)
def test_a_set_its_one_character_name_belongs_to_keeps_it(text: str, prompt: str) -> None:
    assert prompt in [c.prompt for c in _cards(text) if c.type == "list"]


def test_the_name_a_finder_gave_a_set_comes_before_another_set_the_sentence_names() -> None:
    text = (
        "文件提出，把乡村振兴作为“三农”工作的总抓手，提升乡村产业发展水平、提升乡村建设水平、"
        "提升乡村治理水平。简记为“三个提升”。"
    )
    assert [c.prompt for c in _cards(text) if c.type == "list"] == [
        "把乡村振兴作为“三农”工作的总抓手，____、____、____（“三个提升”，3项）"
    ]


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        # one character is no gap of its own
        (
            "推动报、网、端、微、屏等全媒体平台融合发展。",
            "推动____、____、____、____、____等全媒体平台融合发展（5项）",
        ),
        # nor is a whole clause
        (
            "完善格局是加强党对统战工作全面领导特别是党中央集中统一领导的必然要求，"
            "是充分发挥统一战线强大法宝作用、为推进中国式现代化凝心聚力的必然要求，"
            "是促进五大关系和谐、推动新时代统战工作高质量发展的必然要求。",
            "会议纪要：完善格局____，____，____（3项）",  # too short a clause: under the title
        ),
    ],
)
def test_series_whose_members_are_no_gaps_stays_a_list(text: str, prompt: str) -> None:
    assert [c.prompt for c in _cards(text) if c.type == "list"] == [prompt]


def test_long_sentence_keeps_the_clauses_around_its_series(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "准确把握统战工作的性质定位，把政治引领摆在首位，引导广大统战成员更好地用党的创新理论武装头脑、"
        "指导实践、推动工作，增进对中国共产党的政治认同、思想认同、理论认同、情感认同，巩固共同思想政治基础。"
    )
    card = next(c for c in _cards(text) if "情感认同}}……" in c.text)
    # (both series on one note, which shows the sentence from its start: see one_note_per_sentence)
    assert card.text.startswith("准确把握统战工作") and "{{c1::武装头脑}}" in card.text
    assert card.extra == text  # the back shows the sentence whole
    # the series' own card, before it meets the other on one note, is cut around its clauses
    monkeypatch.setattr(compose, "one_note_per_sentence", lambda cards: cards)
    card = next(c for c in _cards(text) if "{{c4::情感认同}}" in c.text)
    assert card.text.startswith("……把政治引领摆在首位") and card.text.endswith("{{c4::情感认同}}……")


def test_sentence_leaves_out_a_decorated_clause_at_its_end() -> None:
    text = "小研帮大家把背景、内涵、重点事项、地方做法和金句一次性梳理清楚，建议收藏⭐反复看～"
    (card,) = [c for c in _cards(text) if "{{c1::背景}}" in c.text]
    assert card.text.endswith("梳理清楚")
    assert "收藏" not in card.text + card.extra


def test_series_with_nothing_to_recite_gives_no_card(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "课题组深入北京、上海、广州等地开展调研。"
    assert [c.items for c in _found(text, monkeypatch)] == [["北京", "上海", "广州"]]
    assert _cards(text) == []


# ---------------------------------------------------------------- gaps worth reciting


@pytest.mark.parametrize(
    "gap",
    [
        "十九大以来",  # a time frame
        "党的十八大以来",
        "近年来",
        "三个阶段",  # a length of time
        "5个工作日",
        "起步的关键时期",
        "2023年",  # numbers
        "十四五",
        "同时",  # function words
        "进一步",
        "湖北",  # a place name alone
        "长三角",
        "特",  # one character
    ],
)
def test_trivia_gaps(gap: str) -> None:
    assert is_trivia(gap)


@pytest.mark.parametrize(
    "gap",
    [
        "新发展阶段",  # a period named by its content
        "四个意识",  # numbered concepts, even with a function word (必须)
        "六个必须",
        "德治",  # words jieba's dictionary calls places by mistake
        "法治化",
        "中国式现代化",
        "画出最大同心圆",
        "保护生态环境就是保护生产力，改善生态环境就是发展生产力",  # a formulation taken whole
        "自治区",
    ],
)
def test_gaps_worth_reciting(gap: str) -> None:
    assert not is_trivia(gap)


def test_traditional_gap_is_read_in_its_simplified_view() -> None:
    assert is_trivia("十八大以來") and is_trivia("近年來")


def test_a_quoted_gap_is_a_term_the_author_marks() -> None:
    assert is_trivia("最后一公里") and not is_trivia("最后一公里", quoted=True)
    assert is_trivia("十四五", quoted=True)  # still a number
    assert open_trivia_gaps("打通“{{c1::最后一公里}}”，同时落实“{{c2::十四五}}”规划") == (
        "打通“{{c1::最后一公里}}”，同时落实“十四五”规划"
    )


@pytest.mark.parametrize(
    ("text", "title", "opened"),
    [
        # the title's own words, quoted or not
        (
            "践行“{{c1::浦江经验}}”，要做到{{c2::领导下访、问题上解}}。",
            "践行“浦江经验”的几点思考",
            "践行“浦江经验”，要做到{{c2::领导下访、问题上解}}。",
        ),
        # the title's words after a verb
        (
            "{{c1::推进乡村振兴}}，要抓好以下三件事：",
            "乡村振兴专题学习",
            "推进乡村振兴，要抓好以下三件事：",
        ),
        # in traditional characters, against a simplified title
        ("{{c1::推動鄉村振興}}是大事。", "乡村振兴专题学习", "推動鄉村振興是大事。"),
    ],
)
def test_a_gap_that_only_says_the_title_is_opened(text: str, title: str, opened: str) -> None:
    assert open_topic_gaps(text, title) == opened


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # more than the title says
        ("{{c1::推进乡村全面振兴的关键在人}}。", "乡村全面振兴专题学习"),
        # a short word of the title may still be a member to recite
        ("要做到{{c1::党建}}引领、{{c2::治理}}有效。", "党建引领基层治理"),
        # a noun before the title's words is no verb
        ("{{c1::城乡全面振兴}}是方向。", "全面振兴专题学习"),
        # a slogan or a series the title quotes is a formulation to recite
        ("会议号召{{c1::凝心聚力、奋勇争先}}。", "凝心聚力、奋勇争先 开创新局"),
        ("要{{c1::坚持稳中求进工作总基调}}。", "坚持稳中求进工作总基调 推动高质量发展"),
        # a member of a series: the series is still to recite
        ("要做到{{c1::推进乡村振兴}}、{{c2::建设美丽乡村}}。", "乡村振兴专题学习"),
        ("坚持“{{c1::四下基层}}”和“{{c2::浦江经验}}”。", "学习“四下基层”心得"),
        # a title that is the gap's whole sentence may be taken from it
        ("{{c1::乡村全面振兴}}。", "乡村全面振兴"),
        # a title as long as a sentence is no topic
        ("{{c1::坚持人民至上}}。", "要在新的起点上坚持人民至上、坚持自信自立、坚持守正创新，奋力开创新局面"),
    ],
)
def test_a_gap_that_says_more_than_the_title_stays(text: str, title: str) -> None:
    assert open_topic_gaps(text, title) == text


def test_trivia_gaps_are_opened_and_the_others_keep_their_numbers() -> None:
    text = "党的{{c1::十八大以来}}，我们{{c2::以伟大自我革命引领伟大社会革命}}。"
    assert open_trivia_gaps(text) == "党的十八大以来，我们{{c2::以伟大自我革命引领伟大社会革命}}。"


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        # a figure in digits before its measure word illustrates; it is not recited
        ("全镇划出{{c1::42个网格}}，每格配1名专干。", "全镇划出42个网格，每格配1名专干。"),
        ("审批由5个环节减到{{c1::2个环节}}。", "审批由5个环节减到2个环节。"),
        ("今年培训{{c1::1.2万人次}}。", "今年培训1.2万人次。"),
        ("镇里组建{{c1::6支志愿服务队}}，开展巡河。", "镇里组建6支志愿服务队，开展巡河。"),
        ("力争组建{{c1::10支应急队}}。", "力争组建{{c1::10支应急队}}。"),
        # (negatives: a hotline's or a network's number, a set named in numerals, a year's goal)
        ("开通{{c1::12345热线}}。", "开通{{c1::12345热线}}。"),
        ("建成{{c1::5G专网}}。", "建成{{c1::5G专网}}。"),
        ("落实“{{c1::三个区分开来}}”。", "落实“{{c1::三个区分开来}}”。"),
        ("{{c1::2035年基本实现现代化}}。", "{{c1::2035年基本实现现代化}}。"),
        ("《意见》提出{{c1::18条具体措施}}。", "《意见》提出{{c1::18条具体措施}}。"),
        # (a target to recite: bounded, or in a text that sets targets; and a set named in digits, quoted)
        ("全年城镇新增就业{{c1::900万人以上}}。", "全年城镇新增就业{{c1::900万人以上}}。"),
        ("今年的预期目标是新建{{c1::40所幼儿园}}。", "今年的预期目标是新建{{c1::40所幼儿园}}。"),
        ("推行“{{c1::4个到户}}”服务。", "推行“{{c1::4个到户}}”服务。"),
        # (a count the text spells out next, or a model's formula: the text's own set, in digits)
        ("配齐{{c1::4支工作力量}}，即网格员、民警、调解员、志愿者。", None),
        ("搭建{{c1::2个服务平台}}：线上平台和线下驿站。", None),
        ("推行{{c1::1个中心+4支队伍}}的服务模式。", None),
    ],
)
def test_a_figure_of_an_example_is_no_gap(text: str, opened: str | None) -> None:
    assert open_trivia_gaps(text) == (text if opened is None else opened)


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        # a unit and a verb cut between two figures
        ("全县地区生产总值达到412{{c1::亿元、增长}}5.8%。", "全县地区生产总值达到412亿元、增长5.8%。"),
        (
            "粮食产量稳定在86{{c1::万吨以上}}，{{c2::耕地保护}}有力。",
            "粮食产量稳定在86万吨以上，{{c2::耕地保护}}有力。",
        ),
        # traditional characters, full-width digits, a space a PDF put after the digits
        ("全市實現地區生產總值3268{{c1::億元、增長}}6.1%。", "全市實現地區生產總值3268億元、增長6.1%。"),
        ("全年完成投资３２６８{{c1::亿元、增长}}６.１%。", "全年完成投资３２６８亿元、增长６.１%。"),
        ("全年完成投资3268 {{c1::亿元、增长}} 6.1%。", "全年完成投资3268 亿元、增长 6.1%。"),
        # units of figures side by side, each opened; a unit jieba reads with its noun
        (
            "补贴标准为每人1000{{c1::元}}、{{c2::2000元}}和{{c3::3000元}}。",
            "补贴标准为每人1000元、2000元和3000元。",
        ),
        ("全年印发12{{c1::篇文章}}。", "全年印发12篇文章。"),
        # (negatives: a word that only opens with a unit's character; a clause after the unit, which the gap
        # asks; a year before real content)
        ("参加WAIC 2023{{c1::人工智能大会}}。", None),
        ("1{{c1::人民至上}}，2{{c2::生命至上}}。", None),
        ("2024{{c1::家庭医生签约服务}}全覆盖。", None),
        ("推出12{{c1::条措施，着力破解民营企业融资难题}}。", None),
        ("到2035{{c1::年基本实现社会主义现代化}}。", None),
        ("2024年{{c1::全面建成小康社会取得决定性成就}}。", None),
        # (a figure's word that is no unit; a numbered concept or a count phrase, which is what a
        # learner recites, quoted or not, alone or naming the noun after it)
        ("建成{{c1::5G专网}}。", None),
        ("年内办好{{c1::八件民生实事}}，让群众得实惠。", None),
        ("提示：{{c1::两个分论点}}要并列。", None),
        ("发挥驻村单位、“{{c1::两新}}”组织的作用。", None),
        ("压减“{{c1::三公}}”经费。", None),
        ("坚决纠治“{{c1::四风}}”，{{c2::驰而不息}}。", None),
        ("严格落实中央{{c1::八项规定}}精神。", None),
        ("坚决做到{{c1::两个维护}}。", None),
        ("增强“{{c1::四个意识}}”。", None),
        ("以{{c1::绣花功夫}}推进基层治理。", None),
    ],
)
def test_a_gap_that_cuts_a_figure_is_no_gap(text: str, opened: str | None) -> None:
    assert open_trivia_gaps(text) == (text if opened is None else opened)


@pytest.mark.parametrize(
    ("members", "formula"),
    [
        # the chain of authority a report or a speech frames itself with
        (["旗委", "旗政府"], True),  # 在旗委、旗政府的正确领导下
        (["自治区党委", "自治区人民政府"], True),  # 认真落实自治区党委、自治区人民政府的部署
        (["这是区委", "区政府坚强"], True),  # 这是区委、区政府坚强领导的结果 (cut at the frame's words)
        (["农村工作会议", "省委", "市委农村工作会议精神"], True),  # 深入贯彻中央农村工作会议和省委、市委…精神
        (["常委会", "镇人大主席团"], False),
        (
            ["县委常委会会议", "县政府常务会议"],
            False,
        ),  # (kinds of meeting, a rule of procedure to learn)  # (a presidium is no body of the chain: kept)
        # not: actors among others, a chain the text builds, the state's organs, departments and posts
        (["政府", "企业", "社会组织"], False),
        (["县委", "乡镇党委", "村党支部", "党员中心户"], False),
        (["全国人大及其常委会", "国家主席", "国务院", "最高人民法院"], False),
        (["中央", "地方"], False),
        (["县委组织部", "县委宣传部", "县人社局"], False),
        (["市委书记", "市长"], False),
    ],
)
def test_the_chain_of_authority_is_a_formula(members: list[str], formula: bool) -> None:
    assert names_the_leadership(members) is formula


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        (
            "在{{c1::旗委}}、{{c2::旗政府}}的正确领导下，全旗{{c3::稳中求进}}。",
            "在旗委、旗政府的正确领导下，全旗{{c1::稳中求进}}。",
        ),
        ("在州人大及其{{c1::常委会、州政协}}的监督支持下，我们攻坚克难。", None),
        # (a run of actors stays, and so does one body alone)
        (
            "形成{{c1::政府}}、{{c2::市场}}、{{c3::社会}}协同发力的格局。",
            "形成{{c1::政府}}、{{c2::市场}}、{{c3::社会}}协同发力的格局。",
        ),
        ("在{{c1::县委}}的领导下，{{c2::狠抓落实}}。", "在{{c1::县委}}的领导下，{{c2::狠抓落实}}。"),
        # (bodies the text counts, or whose posts it names, are what it teaches)
        (
            "县里的四套班子，即{{c1::县委}}、{{c2::县人大常委会}}、{{c3::县政府}}、{{c4::县政协}}，要带头。",
            "县里的四套班子，即{{c1::县委}}、{{c2::县人大常委会}}、{{c3::县政府}}、{{c4::县政协}}，要带头。",
        ),
        (
            "推动{{c1::市委}}、{{c2::县委}}、{{c3::镇党委}}书记遍访贫困对象。",
            "推动{{c1::市委}}、{{c2::县委}}、{{c3::镇党委}}书记遍访贫困对象。",
        ),
    ],
)
def test_gaps_naming_the_chain_of_authority_are_opened(text: str, opened: str | None) -> None:
    assert open_leadership_gaps(text) == opened


def test_a_series_of_the_chain_of_authority_is_no_card() -> None:
    text = "过去一年，在州委、州政府和县委的坚强领导下，我们坚持稳中求进，推动全县经济持续向好。"
    asked = [
        answer
        for card in _cards(text)
        for answer in [*card.items, *(m.group(2) for m in CLOZE.finditer(card.text))]
    ]
    assert "州委" not in asked and "县委" not in asked


@pytest.mark.parametrize(
    "text",
    [
        "四套班子是指县委、县人大常委会、县政府、县政协四大领导班子。",
        "市委、市政府、市人大、市政协四套班子领导带头深入基层开展调研。",
        "建立省委、市委、县委三级联动机制，层层压实责任。",
        "省委、市委、县委主要负责同志要亲自抓、负总责。",
    ],
)
def test_a_set_of_bodies_the_text_counts_or_staffs_is_asked(text: str) -> None:
    asked = [
        answer
        for card in _cards(text)
        for answer in [*card.items, *(m.group(2) for m in CLOZE.finditer(card.text))]
    ]
    assert "市委" in asked or "县委" in asked


def test_cloze_card_with_only_trivia_gaps_is_not_made() -> None:
    found = [paragraph(1, "党的十八大以来，我们开展了一系列工作。")]
    trivia = Card(
        type="cloze", id="a", text="党的{{c1::十八大以来}}，我们开展了一系列工作。", origin=Origin(line=1)
    )
    kept = Card(type="cloze", id="b", text="我们开展了{{c1::一系列开创性工作}}。", origin=Origin(line=1))
    assert [c.id for c in compose_cards([trivia, kept], found, "标题", {})] == ["b"]


# ---------------------------------------------------------------- ids


def test_ids_are_those_of_what_the_finders_found(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "会议提出三点要求：\n一、加强组织领导，确保落实。\n二、整合资源，形成合力。\n三、注重宣传。\n"
        "课题组要深入基层，了解群众的所思所想、所需所盼、所急所忧。"
    )
    before = {c.id: c for c in _found(text, monkeypatch)}
    after = _cards(text)
    assert all(c.id in before for c in after)
    asked = [(before[c.id].prompt, c.prompt or c.text) for c in after if before[c.id].type == "list"]
    assert asked == [
        ("会议提出三点要求", "会议提出三点要求（3项）"),
        ("了解群众的", "课题组要深入基层，了解群众的{{c1::所思所想}}、{{c2::所需所盼}}、{{c3::所急所忧}}。"),
    ]


def test_a_name_that_quotes_a_word_of_its_own_is_not_quoted_again() -> None:
    text = '总体国家安全观：以人民为宗旨，以政治为根本，以经济为基础。（三个"以"，对应"宗旨、根本、基础"这六个字）'
    prompts = [c.prompt for c in _cards(text) if c.type == "list"]
    assert '总体国家安全观：____，____，____（三个"以"，3项）' in prompts


HEADINGS = Path(__file__).resolve().parent / "data" / "headings"


@pytest.mark.parametrize("name", ["numbered.md", "numbered.pptx", "numbered_slides.txt"])
def test_a_set_of_numbered_top_headings_is_asked_as_the_documents_parts(name: str) -> None:
    """Markdown headings, slide titles and the first lines of exported slides numbered 一、 二、: their
    set is the document's parts, not parts of the first heading."""
    document = read_document(HEADINGS / name)
    cards = [card for card in extract_document(document).cards if card.type == "list"]
    (parts,) = [card for card in cards if card.items == ["深刻认识重大意义", "准确把握目标任务"]]
    assert parts.prompt == "本文的2个部分"
    assert parts.origin.section is None


def test_two_cards_asking_the_same_gaps_of_one_sentence_make_one() -> None:
    """A series asked in its sentence and the formulation found there, gap for gap: one card."""
    sentence = "必须坚持科技是第一生产力、人才是第一资源、创新是第一动力。"
    paragraphs = [Paragraph(line=1, text=sentence)]
    series = Card(
        type="cloze",
        text="必须坚持{{c1::科技是第一生产力}}、{{c2::人才是第一资源}}、{{c3::创新是第一动力}}。",
    )
    series.origin = Origin(line=1)
    phrase = Card(
        type="cloze",
        text="{{c1::必须坚持科技是第一生产力}}、{{c2::人才是第一资源}}、{{c3::创新是第一动力}}。",
    )
    phrase.origin = Origin(line=1)
    other = Card(type="cloze", text="{{c1::必须坚持科技是第一生产力}}、人才是第一资源、创新是第一动力。")
    other.origin = Origin(line=1)
    assert compose_cards([series, phrase, other], paragraphs, "", {}) == [series, other]
    # a card asking the series' first member alone is a part of the series' card, whose c1 asks the
    # same: it goes (see test_a_card_asking_some_gaps_of_another_card_of_its_sentence_goes)
    part = Card(type="cloze", text="必须坚持{{c1::科技是第一生产力}}、人才是第一资源、创新是第一动力。")
    part.origin = Origin(line=1)
    assert compose_cards([series, phrase, part], paragraphs, "", {}) == [series]


def test_gaps_at_different_places_of_one_sentence_are_different_cards() -> None:
    """三大纪律 and 三大纪律八项注意 hold one another's words, but stand apart: two questions."""
    sentence = "从“三大纪律、六项注意”到“三大纪律八项注意”。"
    paragraphs = [Paragraph(line=1, text=sentence)]
    first = Card(
        type="cloze", text="从“{{c1::三大纪律}}、六项注意”到“三大纪律八项注意”。", origin=Origin(line=1)
    )
    second = Card(
        type="cloze", text="从“三大纪律、六项注意”到“{{c1::三大纪律八项注意}}”。", origin=Origin(line=1)
    )
    assert compose_cards([first, second], paragraphs, "", {}) == [first, second]


def test_a_short_gap_inside_a_whole_judgement_is_another_card() -> None:
    sentence = "提升新闻舆论“四力”是关键环节，要推进主流媒体系统性变革。"
    paragraphs = [Paragraph(line=1, text=sentence)]
    term = Card(
        type="cloze",
        text="提升新闻舆论“{{c1::四力}}”是关键环节，要推进主流媒体系统性变革。",
        origin=Origin(line=1),
    )
    whole = Card(
        type="cloze",
        text="{{c1::提升新闻舆论“四力”是关键环节}}，要推进主流媒体系统性变革。",
        origin=Origin(line=1),
    )
    assert compose_cards([term, whole], paragraphs, "", {}) == [term, whole]


def test_a_set_read_with_and_without_the_words_around_its_quotations_is_one_list() -> None:
    """Members that each quote a word (对新情况“看不清”) read once whole and once as their quotations
    are one set: one list card, of the quotations."""
    text = "要防止“三个不”，对新情况“看不清”、对新问题“抓不住”、对复杂矛盾“接不住”。"
    lists = [c.items for c in _cards(text) if c.type == "list"]
    assert lists == [["看不清", "抓不住", "接不住"]]


@pytest.mark.parametrize(
    ("text", "gaps", "members"),
    [
        (
            "对基层干部“不敢为”、对青年干部“不会为”、对老干部“不想为”，要分别施策；"
            "不敢为、不会为、不想为三种现象要区别对待。",
            "{{c1::对基层干部“不敢为”}}、{{c2::对青年干部“不会为”}}、{{c3::对老干部“不想为”}}",
            ["不敢为", "不会为", "不想为"],
        ),
        (
            "要克服“三个不”，即看不清、抓不住、接不住，具体表现为对新情况“看不清”、对新问题“抓不住”、"
            "对复杂矛盾“接不住”。",
            "{{c1::对新情况“看不清”}}、{{c2::对新问题“抓不住”}}、{{c3::对复杂矛盾“接不住”}}",
            ["看不清", "抓不住", "接不住"],
        ),
    ],
)
def test_a_series_asked_gap_by_gap_stays_beside_the_list_its_quotations_make(
    text: str, gaps: str, members: list[str]
) -> None:
    """A series that quotes, member by member, a list of its line is dropped only as a list card: where
    it is asked member by member (who gets which), the cloze stays, and the list of the quotations too."""
    cards = _cards(text)
    assert any(gaps in c.text for c in cards if c.type == "cloze")
    assert [c.items for c in cards if c.type == "list"] == [members]


# ---------------------------------------------------------------- one card per series, a cue on each front


def _cloze(text: str, line: int = 1) -> Card:
    return Card(type="cloze", text=text, origin=Origin(line=line))


def _composed(*cards: Card) -> list[str]:
    """The composed cards' texts (a list card as its items joined by /)."""
    sentence = CLOZE.sub(r"\2", cards[0].text)
    made = compose_cards(list(cards), [Paragraph(line=1, text=sentence)], "", {})
    return [c.text if c.type == "cloze" else "/".join(c.items) for c in made]


def test_a_series_asked_member_by_member_and_in_one_gap_is_asked_member_by_member() -> None:
    by_member = _cloze("谁的营商环境好，谁就能吸引更多的{{c1::项目}}、{{c2::资金}}、{{c3::人才}}。")
    lumped = _cloze("{{c1::谁的营商环境好}}，谁就能吸引更多的{{c2::项目、资金、人才}}。")
    assert _composed(by_member, lumped) == [
        by_member.text,
        "{{c1::谁的营商环境好}}，谁就能吸引更多的项目、资金、人才。",
    ]


@pytest.mark.parametrize(
    ("by_member", "lumped", "opened"),
    [
        # words (WORD_MEMBER_MAX's examples): the one gap over them goes, the members stay
        (
            "要补齐{{c1::教育}}、{{c2::医疗}}、{{c3::养老}}短板。",
            "{{c1::民生短板要补齐}}，{{c2::教育、医疗、养老}}是民生所系。",
            "{{c1::民生短板要补齐}}，教育、医疗、养老是民生所系。",
        ),
        (
            "统筹{{c1::基础设施}}、{{c2::公共服务}}、{{c3::产业发展}}。",
            "{{c1::统筹}}{{c2::基础设施、公共服务、产业发展}}。",
            "{{c1::统筹}}基础设施、公共服务、产业发展。",
        ),
        # coined members (the comment's formulations): the lump stays beside its members
        (
            "重点发展{{c1::助餐}}、{{c2::托育}}、{{c3::康养}}服务。",
            "重点发展{{c1::助餐、托育、康养}}服务。",
            "重点发展{{c1::助餐、托育、康养}}服务。",
        ),
        (
            "做到{{c1::政治强}}、{{c2::业务精}}、{{c3::作风硬}}。",
            "做到{{c1::政治强、业务精、作风硬}}。",
            "做到{{c1::政治强、业务精、作风硬}}。",
        ),
    ],
)
def test_one_gap_over_a_series_of_words_goes_beside_its_members(
    by_member: str, lumped: str, opened: str
) -> None:
    assert _composed(_cloze(by_member), _cloze(lumped))[:2] == [by_member, opened]


@pytest.mark.parametrize(
    ("by_member", "lumped", "kept"),
    [
        # one gap over the series and the verb before it or the particle after it: the series again
        (
            "会议明确了{{c1::任务书}}、{{c2::时间表}}、{{c3::路线图}}。",
            "会议{{c1::明确了任务书、时间表、路线图}}。",
            False,
        ),
        (
            "全县推行{{c1::村级议事}}、{{c2::民主评议}}、{{c3::财务公开}}的做法。",
            "全县推行{{c1::村级议事、民主评议、财务公开的}}做法。",
            False,
        ),
        # more words beside the series than a verb or a particle: a gap of its own
        (
            "会议明确了{{c1::任务书}}、{{c2::时间表}}、{{c3::路线图}}。",
            "会议{{c1::明确了改革的任务书、时间表、路线图}}。",
            True,
        ),
    ],
)
def test_one_gap_over_a_series_and_a_word_beside_it_goes_beside_its_members(
    by_member: str, lumped: str, kept: bool
) -> None:
    made = _composed(_cloze(by_member), _cloze(lumped))
    assert made[0] == by_member
    asked = [[m.group(2) for m in CLOZE.finditer(text)] for text in made[1:]]  # (a kept gap may get a hint)
    assert asked == ([[m.group(2) for m in CLOZE.finditer(lumped)]] if kept else [])


@pytest.mark.parametrize(
    ("by_member", "lumped", "kept"),
    [
        # a plain series (nouns; phrases of differing shape) with the rest of its clause: the card
        # asking the members shows that rest, and the one gap would ask the series again
        (
            "推动服务力量向{{c1::社区}}、{{c2::园区}}、{{c3::楼宇}}下沉。",
            "{{c1::推动服务力量向社区、园区、楼宇下沉}}。",
            False,
        ),
        (
            "加大对{{c1::小微企业}}、{{c2::个体工商户}}、{{c3::新就业群体}}的扶持。",
            "{{c1::加大对小微企业、个体工商户、新就业群体的扶持}}。",
            False,
        ),
        # the rest is the set's name in quotation marks after it: still the object of the clause
        (
            "各村建立{{c1::问题清单}}、{{c2::整改台账}}、{{c3::责任人名单}}“三张工作清单”。",
            "{{c1::各村建立问题清单、整改台账、责任人名单“三张工作清单”}}。",
            False,
        ),
        # a parallel run of short members of one shape (对仗): a formulation recited whole
        (
            "今年要着力{{c1::稳就业}}、{{c2::保民生}}、{{c3::促增收}}。",
            "{{c1::今年要着力稳就业、保民生、促增收}}。",
            True,
        ),
        # the series in quotation marks of its own inside the gap: a 提法
        (
            "各村探索“{{c1::党建}}、{{c2::网格}}、{{c3::大数据}}”联动。",
            "{{c1::各村探索“党建、网格、大数据”联动}}。",
            True,
        ),
        # the series the subject of what the gap says, or a judgement: a statement of its own
        (
            "{{c1::土地}}、{{c2::资金}}、{{c3::人才}}等要素保障仍然不足。",
            "{{c1::土地、资金、人才等要素保障仍然不足}}。",
            True,
        ),
        (
            "城市更新的重点是{{c1::老旧小区}}、{{c2::低效工业用地}}、{{c3::危旧房}}。",
            "{{c1::城市更新的重点是老旧小区、低效工业用地、危旧房}}。",
            True,
        ),
        (  # (the copula before the gap: what the 提法 is, recited whole)
            "文件的原话是：加快{{c1::冷链}}、{{c2::仓储}}、{{c3::快递网点}}建设。",
            "文件的原话是：{{c1::加快冷链、仓储、快递网点建设}}。",
            True,
        ),
        # another sentence of the line: the card asking the members does not show the rest
        (
            "要统筹{{c1::教育}}、{{c2::医疗}}、{{c3::养老}}。",
            "{{c1::持续加大财政对教育、医疗、养老的投入}}。",
            True,
        ),
        # more members in the gap than the other card asks: the gap asks them alone
        (
            "构建市、区、{{c1::街道}}、{{c2::社区}}“四级联动”机制。",
            "{{c1::构建市、区、街道、社区“四级联动”}}机制。",
            True,
        ),
        # a quoted name that does not count the series: a 提法 of its own, not the set's name
        (
            "推进{{c1::社保}}、{{c2::医保}}、{{c3::公积金}}“一件事一次办”。",
            "{{c1::推进社保、医保、公积金“一件事一次办”}}。",
            True,
        ),
    ],
)
def test_one_gap_over_a_plain_series_and_its_clause_goes_beside_its_members(
    by_member: str, lumped: str, kept: bool
) -> None:
    made = _composed(_cloze(by_member), _cloze(lumped))
    assert made[0] == by_member
    series = "、".join(m.group(2) for m in CLOZE.finditer(by_member))
    # (a kept gap may get a cue: its subject shown before it, or a hint)
    asked = [m.group(2) for text in made[1:] for m in CLOZE.finditer(text)]
    assert any(series in answer.replace("“", "").replace("”", "") for answer in asked) is kept


def test_a_gap_over_a_plain_series_a_list_of_its_line_asks_goes() -> None:
    listed = Card(
        type="list", prompt="推动服务力量向____、____、____下沉（3项）", items=["社区", "园区", "楼宇"]
    )
    listed.origin = Origin(line=1)
    lumped = _cloze("{{c1::推动服务力量向社区、园区、楼宇下沉}}，{{c2::打通服务群众最后一公里}}。")
    bare = _cloze("推动服务力量向{{c1::社区、园区、楼宇}}下沉，打通服务群众最后一公里。")
    assert _composed(lumped, listed) == [
        "推动服务力量向社区、园区、楼宇下沉，{{c1::打通服务群众最后一公里}}。",
        "社区/园区/楼宇",
    ]
    assert _composed(bare, listed) == ["社区/园区/楼宇"]
    # a formulation of one shape stays beside the list that asks its members
    listed.items = ["稳就业", "保民生", "促增收"]
    run = _cloze("今年要着力{{c1::稳就业、保民生、促增收}}。")
    assert _composed(run, listed) == [run.text, "稳就业/保民生/促增收"]


@pytest.mark.parametrize(
    ("by_member", "other"),
    [
        # parallel clauses in uneven gaps: the clauses are a formulation recited whole (a 排比)
        (
            "当前，作风问题仍然存在，{{c1::有的地方会议过多}}，{{c2::有的干部表态多落实少}}，{{c3::有的单位重痕迹轻实绩}}。",
            "当前，{{c1::作风问题仍然存在}}，{{c2::有的地方会议过多}}，{{c3::有的干部表态多落实少，有的单位重痕迹轻实绩}}。",
        ),
        (
            "要牢记{{c1::发展是第一要务}}，{{c2::人才是第一资源}}，{{c3::创新是第一动力}}。",
            "要牢记{{c1::发展是第一要务，人才是第一资源，创新是第一动力}}。",
        ),
        # the gap holds the series and the clause it is the subject of: a judgement of its own
        (
            "{{c1::尊重自然}}、{{c2::顺应自然}}、{{c3::保护自然}}，是全面建设社会主义现代化国家的内在要求。",
            "{{c1::尊重自然、顺应自然、保护自然，是全面建设社会主义现代化国家的内在要求}}。",
        ),
    ],
)
def test_a_formulation_of_clauses_keeps_its_gaps_beside_its_members(by_member: str, other: str) -> None:
    made = _composed(_cloze(by_member), _cloze(other))
    assert made[0] == by_member and CLOZE.sub(r"\2", made[1]) == CLOZE.sub(r"\2", other)
    assert [m.group(2) for m in CLOZE.finditer(made[1])] == [m.group(2) for m in CLOZE.finditer(other)]


@pytest.mark.parametrize(
    ("by_member", "lumped"),
    [
        # quoted: a 提法 recited whole, whose members are items too
        (
            "全面实行“{{c1::月调度}}、{{c2::季通报}}、{{c3::年考核}}”。",
            "全面实行“{{c1::月调度、季通报、年考核}}”。",
        ),
        # a recited run (早…、早…、早…)
        (
            "做到{{c1::早发现}}、{{c2::早预警}}、{{c3::早处置}}，{{c4::把问题解决在基层}}。",
            "做到{{c1::早发现、早预警、早处置}}，把问题解决在基层。",
        ),
    ],
)
def test_a_formula_recited_whole_keeps_its_one_gap_beside_its_members(by_member: str, lumped: str) -> None:
    """One card cannot ask a formula's members and the formula whole: both stay."""
    assert _composed(_cloze(by_member), _cloze(lumped)) == [by_member, lumped]


def test_half_a_formula_beside_the_whole_goes() -> None:
    half = _cloze("形成“中间大、{{c1::两头小}}”的橄榄型分配结构。")
    whole = _cloze("形成“{{c1::中间大、两头小}}”的橄榄型分配结构。")
    assert _composed(half, whole) == [whole.text]


@pytest.mark.parametrize(
    ("first", "second", "second_line"),
    [
        # the same series on another line: the text asks it twice, each in its own sentence
        (
            "要{{c1::加强基层党组织建设}}、{{c2::完善社区服务设施}}、{{c3::提升网格管理水平}}。",
            "{{c1::全市上下}}要{{c2::加强基层党组织建设、完善社区服务设施、提升网格管理水平}}。",
            2,
        ),
        # a gap holding more than the series (its clause) is a judgement of its own
        (
            "科技创新能够催生{{c1::新产业}}、{{c2::新模式}}、{{c3::新动能}}，是核心要素。",
            "{{c1::科技创新能够催生新产业、新模式、新动能}}，是核心要素。",
            1,
        ),
        # members longer than words: a series of phrases, which a learner may recite as one formulation
        (
            "要{{c1::加强基层党组织建设}}、{{c2::完善社区服务设施}}、{{c3::提升网格管理水平}}。",
            "{{c1::全市上下}}要{{c2::加强基层党组织建设、完善社区服务设施、提升网格管理水平}}。",
            1,
        ),
        # two members of three hidden beside the whole: the gaps are items of their own
        (
            "从“矛盾不上交、{{c1::平安不出事}}、{{c2::服务不缺位}}”，内涵不断丰富。",
            "从“{{c1::矛盾不上交、平安不出事、服务不缺位}}”，内涵不断丰富。",
            1,
        ),
        # one member hidden beside others of the card: its gaps keep a set together
        (
            "从“小事不出村、{{c1::矛盾不上交}}”到“矛盾不上交、{{c2::平安不出事}}”，内涵不断丰富。",
            "从“小事不出村、矛盾不上交”到“{{c1::矛盾不上交、平安不出事}}”，内涵不断丰富。",
            1,
        ),
        # two gaps of another series of the line
        (
            "坚持{{c1::源头治理}}、{{c2::系统治理}}，做到{{c3::早发现}}、{{c4::早处置}}。",
            "坚持源头治理、系统治理，做到“{{c1::早发现、早预警}}”。",
            1,
        ),
    ],
)
def test_series_of_other_lines_or_other_words_stay(first: str, second: str, second_line: int) -> None:
    assert _composed(_cloze(first), _cloze(second, second_line)) == [first, second]


def test_a_gap_over_its_parts_heading_goes_when_a_list_asks_the_heading() -> None:
    """The front shows the part's heading, and the list of the parts asks it: the gap that hides the
    heading's words asks them a third time. Not a gap of a series (it keeps its set together), nor a gap
    much shorter than the heading the list asks (a word of it), nor one that says more than the item."""
    parts = Card(type="list", prompt="本文的3个部分", items=["筑牢安全底线", "做强特色产业", "激活人才引擎"])
    parts.origin = Origin(line=1)

    def under(heading: str, text: str) -> Card:
        return Card(type="cloze", text=text, origin=Origin(line=5, section=f"二、{heading}"))

    lead = under("筑牢安全底线", "{{c1::筑牢安全底线}}，全面排查隐患，{{c2::守住不发生规模性风险的红线}}。")
    alone = under("筑牢安全底线", "要{{c1::筑牢安全底线}}。")
    member = under("做强特色产业", "推动{{c1::做强特色产业}}、{{c2::培育经营主体}}。")
    longer = under("激活人才引擎", "{{c1::激活人才引擎，让各类人才在乡村大施所能、大展才华、大显身手}}。")
    # (a judgement on the heading: the list asks the heading, not what the card says of it)
    judged = under("激活人才引擎", "{{c1::激活人才引擎，是关键}}。")
    other = Card(type="cloze", text="要{{c1::筑牢安全底线}}。", origin=Origin(line=5, section="二、别的标题"))
    kept = compose.heading_words_asked_once([parts, lead, alone, member, longer, judged, other])
    assert [card.text for card in kept[1:]] == [
        "筑牢安全底线，全面排查隐患，{{c1::守住不发生规模性风险的红线}}。",
        member.text,
        longer.text,
        judged.text,
        other.text,
    ]


def test_a_card_describing_its_parts_heading_stays_when_its_one_gap_is_the_heading() -> None:
    """A gap that hides the heading the parts' list asks is opened; a card left without gaps goes when
    it says no more than the heading (a line that only names the part), and stays as it was, its gap
    closed, when it describes the heading: that card asks the name from what it means."""
    parts = Card(
        type="list", prompt="本文的3个部分", items=["实施“数字乡村攻坚”", "打造“共富工坊”", "守住生态底线"]
    )
    parts.origin = Origin(line=1)

    def under(heading: str, text: str) -> Card:
        return Card(type="cloze", text=text, origin=Origin(line=7, section=f"一、{heading}"))

    described = under(
        "实施“数字乡村攻坚”", "{{c1::数字乡村攻坚}}：用三年时间把宽带网络和快递网点延伸到每一个自然村。"
    )
    named = under("实施“数字乡村攻坚”", "其一是实施“{{c1::数字乡村攻坚}}”。")
    asked = under("打造“共富工坊”", "什么是“{{c1::共富工坊}}”？")
    # (the heading's words outside the gap are the heading, not a description of it)
    repeated = under("守住生态底线", "守住生态底线，就是要{{c1::守住生态底线}}。")
    kept = compose.heading_words_asked_once([parts, described, named, asked, repeated])
    assert [card.text for card in kept[1:]] == [
        "{{c1::数字乡村攻坚}}：用三年时间把宽带网络和快递网点延伸到每一个自然村。"
    ]
    assert compose.filed_above_its_gaps(kept[1]).origin == Origin(line=7, section=None)


def test_a_gap_with_no_cue_goes_when_a_list_asks_its_words() -> None:
    listed = Card(
        type="list", prompt="四、聚焦数字赋能：本节的3个部分", items=["建设统一平台", "推动“一网统管”"]
    )
    listed.origin = Origin(line=1)
    bare = _cloze("2.{{c1::推动“一网统管”}}。", line=3)
    assert _composed(bare, listed) == ["建设统一平台/推动“一网统管”"]


def test_a_gap_with_no_cue_asked_nowhere_else_shows_its_first_words() -> None:
    assert _composed(_cloze("{{c1::作风建设永远在路上}}。")) == ["{{c1::作风建设永远在路上::作风…}}。"]
    # a cue never cuts a quotation (推动“最多”… is a quote the text does not have): it runs on to the
    # quotation's end when that is short, else stops before it
    assert _composed(_cloze("{{c1::推动“最多跑一次”改革向纵深发展}}。")) == [
        "{{c1::推动“最多跑一次”改革向纵深发展::推动…}}。"
    ]
    assert _composed(_cloze("{{c1::深化“党建+治理”模式，提升基层治理效能}}。")) == [
        "{{c1::深化“党建+治理”模式，提升基层治理效能::深化“党建+治理”…}}。"
    ]
    # a cue ends on words, not on a mark
    assert _composed(_cloze("{{c1::材料的“骨架”靠逻辑撑起}}。")) == [
        "{{c1::材料的“骨架”靠逻辑撑起::材料的…}}。"
    ]
    # a judgement whose subject is more than half the gap: the gap stays whole, its frame the hint
    assert _composed(_cloze("{{c1::材料的“骨架”就是逻辑}}。")) == [
        "{{c1::材料的“骨架”就是逻辑::材料的“骨架”就是＿＿}}。"
    ]


@pytest.mark.parametrize(
    ("text", "cued"),
    [
        # two mirrored halves: the cue stays within the first, at most half of it
        ("{{c1::人民至上、生命至上}}。", "{{c1::人民至上、生命至上::人民…}}。"),
        ("{{c1::干部多跑腿，群众少跑路}}。", "{{c1::干部多跑腿，群众少跑路::干部…}}。"),
        ("{{c1::江山就是人民，人民就是江山}}。", "{{c1::江山就是人民，人民就是江山::江山…}}。"),
        # a leading verb is shown but is no cue
        ("{{c1::坚持以人民为中心的发展思想}}。", "{{c1::坚持以人民为中心的发展思想::坚持以人民…}}。"),
        ("{{c1::坚持尽力而为、量力而行}}。", "{{c1::坚持尽力而为、量力而行}}。"),
        # a gap under six Han characters keeps no hint: two characters of four would be half the answer
        ("树牢“{{c1::两个维护}}”。", "树牢“{{c1::两个维护}}”。"),
        ("{{c1::三权分置}}。", "{{c1::三权分置}}。"),
    ],
)
def test_a_cue_does_not_give_the_answer_away(text: str, cued: str) -> None:
    assert _composed(_cloze(text)) == [cued]


@pytest.mark.parametrize(
    "text",
    [
        "我们始终要{{c1::作风建设永远在路上}}。",  # four characters beside the gap: a cue
        "{{c1::民族要复兴}}，{{c2::乡村必振兴}}。",  # each front shows the other gap's words
        "{{c1::作风}}。",  # a gap too short to give a part of away
    ],
)
def test_a_gap_with_a_cue_or_too_short_to_cue_stays_as_it_is(text: str) -> None:
    assert _composed(_cloze(text)) == [text]


def test_of_two_bare_gaps_asking_the_same_words_the_first_stays() -> None:
    first, second = _cloze("{{c1::作风建设永远在路上}}。"), _cloze("{{c1::作风建设永远在路上}}！", line=2)
    assert _composed(first, second) == ["{{c1::作风建设永远在路上::作风…}}。"]


def _listed(*items: str, line: int = 1) -> Card:
    card = Card(type="list", prompt="以数字政府建设提升治理效能：本文的3个部分", items=list(items))
    card.origin = Origin(line=line)
    return card


def test_a_bare_gap_shows_its_first_clause_when_a_list_asks_it() -> None:
    heads = _listed("坚持整体协同", "坚持数据赋能", "坚持安全可控")
    head = _cloze("第一，{{c1::坚持整体协同，打破数据壁垒}}。", line=3)
    # (the rest is under SAME_GAP of the head: the head stays the gap, the clause the list asks its hint)
    assert _composed(head, heads)[0] == "第一，{{c1::坚持整体协同，打破数据壁垒::坚持整体协同…}}。"
    head = _cloze("第一，{{c1::坚持整体协同，打破部门之间的数据壁垒}}。", line=3)
    assert _composed(head, heads)[0] == "第一，坚持整体协同，{{c1::打破部门之间的数据壁垒}}。"
    # a bold head of a portal page, its first clause a part of the page
    parts = _listed("坚持规划引领", "坚持问题导向")
    bold = _cloze("{{c1::坚持规划引领，绘好乡村建设“一张图”}}。", line=3)
    assert _composed(bold, parts)[0] == "坚持规划引领，{{c1::绘好乡村建设“一张图”}}。"


def test_a_whole_head_gap_shows_the_clause_a_list_asks_as_its_hint() -> None:
    # a model answer's heads, each a summary word and its rest, beside the list of the summary words
    words = _listed("统筹规划", "多方筹资", "智慧监管")
    assert _composed(_cloze("{{c1::多方筹资，减轻负担}}。", line=3), words)[0] == (
        "{{c1::多方筹资，减轻负担::多方筹资…}}。"
    )
    # …but not a saying whose halves mirror each other: the first half would give the rest away
    sayings = _listed("乡村强则县域强", "功成不必在我")
    composed = _composed(_cloze("{{c1::乡村强则县域强，乡村兴则县域兴}}。", line=3), sayings)[0]
    assert "::乡村强则县域强…" not in composed


def test_a_bare_gap_whose_rest_is_nothing_to_recite_goes_beside_the_list() -> None:
    heads = _listed("坚持整体协同", "坚持数据赋能")
    head = _cloze("{{c1::坚持整体协同，同时}}。", line=3)
    assert _composed(head, heads) == ["坚持整体协同/坚持数据赋能"]


@pytest.mark.parametrize(
    "text",
    [
        # its first clause asked nowhere else: a hint, as before
        "第二，{{c1::坚持数据赋能，激活要素价值}}。",
        # a card with a cue of its own keeps its gap whole
        "全县上下要{{c1::坚持整体协同，打破数据壁垒}}。",
        # the list asks a clause inside the gap, not its lead
        "{{c1::打破数据壁垒，坚持整体协同}}。",
    ],
)
def test_a_gap_whose_lead_no_other_card_asks_keeps_it(text: str) -> None:
    heads = _listed("坚持整体协同", "坚持安全可控")
    composed = _composed(_cloze(text, line=3), heads)[0]
    assert CLOZE.sub(r"\2", composed) == CLOZE.sub(r"\2", text)
    assert composed.count("{{c1::") == 1 and CLOZE.search(composed).group(2) == CLOZE.search(text).group(2)


def test_a_card_asking_some_gaps_of_another_card_of_its_sentence_goes() -> None:
    whole = _cloze("发挥作用合格：{{c1::平时看得出来}}、{{c2::关键时刻站得出来}}、{{c3::危急关头豁得出来}}")
    part = _cloze("发挥作用合格：平时看得出来、{{c1::关键时刻站得出来}}、危急关头豁得出来")
    assert _composed(part, whole) == [whole.text]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a gap at another place of the sentence: it asks something the other card does not
        (
            "{{c1::坚持真理}}、{{c2::坚守理想}}，回答的是信仰问题",
            "坚持真理、坚守理想，回答的是{{c1::信仰问题}}",
        ),
        # the same gap on a sentence written otherwise is another card (its words differ)
        (
            "要做到{{c1::学在前}}、{{c2::干在先}}、{{c3::带好头}}",
            "党员要{{c1::学在前}}、干在先、带好头",
        ),
    ],
)
def test_a_card_asking_something_the_other_does_not_stays(first: str, second: str) -> None:
    sentence = CLOZE.sub(r"\2", first)
    cards = [_cloze(first), _cloze(second)]
    made = compose_cards(cards, [Paragraph(line=1, text=sentence)], "", {})
    assert [card.text for card in made] == [first, second]


def test_a_formulation_a_list_of_its_own_sentence_asks_keeps_its_gap_whole() -> None:
    own = Card(
        type="list",
        prompt="要牢记____，____，____（3项）",
        items=["发展是第一要务", "人才是第一资源", "创新是第一动力"],
    )
    own.origin = Origin(line=1)
    lumped = _cloze("要牢记{{c1::发展是第一要务，人才是第一资源，创新是第一动力}}。")
    assert _composed(lumped, own)[0].startswith("要牢记{{c1::发展是第一要务，")


@pytest.mark.parametrize(
    ("text", "cued"),
    [
        # the thing judged is the cue, what the text says it is the gap
        (
            "{{c1::数字政府建设是推进国家治理体系和治理能力现代化的重要举措}}。",
            "数字政府建设是{{c1::推进国家治理体系和治理能力现代化的重要举措}}。",
        ),
        (
            "{{c1::优化营商环境是激发市场活力、增强发展内生动力的关键之举}}。",
            "优化营商环境是{{c1::激发市场活力、增强发展内生动力的关键之举}}。",
        ),
    ],
)
def test_a_bare_judgement_shows_its_subject_as_the_cue(text: str, cued: str) -> None:
    assert _composed(_cloze(text)) == [cued]


@pytest.mark.parametrize(
    "text",
    [
        "{{c1::数字政府不是各部门系统的简单叠加，而是一个有机整体}}。",  # a contrast, judged by its pair
        "{{c1::人民是阅卷人}}。",  # 人民是 leaves the front under CUE_MIN: a hint, as before
        "{{c1::群众看党员干部，首先看作风}}。",  # no judgement
    ],
)
def test_a_bare_gap_that_is_no_judgement_of_a_short_subject_keeps_its_hint(text: str) -> None:
    made = _composed(_cloze(text))[0]
    assert made.startswith("{{c1::") and CLOZE.search(made).group(3)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # mirrored halves: the first gives the second away
        ("{{c1::发展是硬道理，硬道理是发展::发展…}}。", ("发展是硬道理", "稳定是硬任务")),
        ("{{c1::乡村强则县域强，乡村美则县域美，乡村富则县域富}}。", ("乡村强则县域强", "城乡融合")),
        # one frame, filled three times
        ("{{c1::群众是出题人，干部是答题人，实绩是评分人}}。", ("群众是出题人", "基层是考场")),
        ("{{c1::减税不减服务，减税不减质量，减税不减效率}}。", ("减税不减服务", "提速不提价")),
    ],
)
def test_a_parallel_formula_keeps_its_gap_whole_beside_a_list_of_its_first_clause(
    text: str, items: tuple[str, ...]
) -> None:
    made = _composed(_cloze(text, line=3), _listed(*items))[0]
    assert made.startswith("{{c1::") and CLOZE.search(made).group(2) == CLOZE.search(text).group(2)
    hint = CLOZE.search(made).group(3) or ""
    assert han_len(hint) < han_len(items[0])  # (the ordinary hint, not the whole first clause)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # the rest says what the aim is not: the head asks more
        ("{{c1::试用期最长六个月，不是一年}}。", ("试用期最长六个月", "合同期三年")),
        ("{{c1::重在预防和化解，而非事后追责}}。", ("重在预防和化解", "依法处置")),
        # the rest is a stock clause
        ("{{c1::坚持问题导向，确保整改工作落到实处}}。", ("坚持问题导向", "坚持目标导向")),
        # a question stem with an exam blank
        ("{{c1::坚持问题导向，推动（）和高质量发展相统一}}。", ("坚持问题导向", "坚持目标导向")),
    ],
)
def test_a_gap_whose_rest_is_a_poorer_card_keeps_its_lead(text: str, items: tuple[str, ...]) -> None:
    made = _composed(_cloze(text, line=3), _listed(*items))[0]
    assert made.startswith("{{c1::") and CLOZE.search(made).group(2) == CLOZE.search(text).group(2)
    assert han_len(CLOZE.search(made).group(3) or "") < han_len(items[0])  # (the ordinary hint)


@pytest.mark.parametrize(
    "text",
    [
        # exam blanks: the card asks a blank, a subject shown does not mend it
        "{{c1::文化自信是更基础、更广泛、更深厚的（）}}。",
        "{{c1::新发展理念是引领我国发展全局深刻变革的＿＿＿}}。",
        "{{c1::全过程人民民主是社会主义民主政治的（  ）属性}}。",
        # 是 ending an adverb
        "{{c1::青年特别是青年干部要在基层一线经受磨炼}}。",
        "{{c1::农村尤其是边远山区要补齐医疗服务短板}}。",
        # a call, not a judgement; a pseudo-cleft
        "{{c1::抓安全就是要把隐患消灭在萌芽状态}}。",
        "{{c1::会议反复强调的是要把群众利益摆在首位}}。",
        # a subject that points back
        "{{c1::这些都是基层治理中必须守住的底线}}。",
        "{{c1::该做法是提升基层服务效能的有益探索}}。",
    ],
)
def test_a_bare_gap_whose_shi_is_no_judgement_of_a_subject_keeps_its_gap(text: str) -> None:
    made = _composed(_cloze(text))[0]
    assert made.startswith("{{c1::") and CLOZE.search(made).group(2) == CLOZE.search(text).group(2)


def test_a_card_hiding_gaps_another_card_hides_under_other_numbers_stays() -> None:
    # the whole card hides 守纪律 and 讲规矩 under one number: Anki shows one of them alone nowhere
    whole = _cloze("干部要{{c1::守纪律}}、{{c1::讲规矩}}，{{c2::重品行}}")
    part = _cloze("干部要{{c1::守纪律}}、讲规矩，重品行")
    assert _composed(part, whole) == [part.text, whole.text]
    same = _cloze("干部要{{c1::守纪律}}、{{c1::讲规矩}}，重品行")
    assert _composed(same, whole) == [whole.text]


def test_a_labels_list_under_a_heading_counts_its_labels() -> None:
    """Points that the heading alone introduces (本段的3个要点): their labels are counted as a set."""
    text = "一、作答思路\n1. 审题：看清作答对象和范围\n2. 找点：逐段找出要点\n3. 归纳：合并同类要点\n二、其他\n正文。"
    assert _lists(_cards(text))[-1] == ("一、作答思路：各条开头的小标题（3项）", ["审题", "找点", "归纳"])


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        # a subject clause set off by a comma before its 是
        (
            "{{c1::以党建引领凝聚治理合力，是推进基层治理精细化的根本保证}}。",
            "以党建引领凝聚治理合力，是…",
        ),
    ],
)
def test_a_whole_judgement_takes_its_subject_as_the_hint(text: str, hint: str) -> None:
    (made,) = _composed(_cloze(text))
    gap = CLOZE.search(made)
    assert made.startswith("{{c1::") and gap.group(2) == CLOZE.search(text).group(2)
    assert gap.group(3) == hint


def test_a_judgement_of_a_two_character_subject_shows_it_on_the_front() -> None:
    assert _composed(_cloze("{{c1::廉洁是干部的立身之本}}。"))[0].startswith("廉洁是{{c1::干部的立身之本")


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        # a personal pronoun or 这 says who or points back: no subject to cue from, the ordinary hint
        ("{{c1::他们是乡村振兴的生力军}}。", "他们是…"),
        ("{{c1::这是推动高质量发展的必由之路}}。", "这是推动…"),
        # the pair of a contrast: its first half would give the second away
        ("{{c1::本领不是天生的，是在实践中学出来的}}。", "本领…"),
    ],
)
def test_a_pronoun_or_contrast_is_no_subject_to_cue_from(text: str, hint: str) -> None:
    (made,) = _composed(_cloze(text))
    assert made == text.replace("}}", f"::{hint}}}}}")


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        # clauses on one frame: the hint is the frame, a blank where each clause's own end goes
        ("{{c1::治水是一场阵地战，更是一场消耗战}}。", "治水是一场＿＿，更是一场＿＿"),
        ("{{c1::抓项目，重在谋，重在干}}。", "抓项目，重在＿＿，重在＿＿"),
        ("{{c1::育一苗难以成荫，栽一林方能成景}}。", "育一苗难以＿＿，栽一林方能＿＿"),
        ("{{c1::既要“管得住”，更要“放得活”}}。", "既要＿＿，更要＿＿"),
        ("{{c1::项目是发展的引擎，人才是发展的根基}}。", "项目是发展的＿＿，人才是发展的＿＿"),
        # one subject judged again: a blank for what it is said to be, each time
        ("{{c1::河湖是生态的血脉，也是城市的名片}}。", "河湖是＿＿，也是＿＿"),
        # one judgement: its subject and copula, then the blank
        ("{{c1::服务型政府是群众满意的政府}}。", "服务型政府是＿＿"),
        ("{{c1::调研的意义全在于解决问题}}。", "调研的意义全在于＿＿"),
        ("{{c1::为民造福是最大的政绩}}。", "为民造福是＿＿"),
        ("{{c1::营商环境就是生产力}}。", "营商环境就是＿＿"),
    ],
)
def test_a_saying_with_no_cue_stays_one_gap_with_its_frame_as_the_hint(text: str, frame: str) -> None:
    # (recited whole: one cloze spans the saying, the frame only cues it)
    assert _composed(_cloze(text)) == [text.replace("}}", f"::{frame}}}}}")]


@pytest.mark.parametrize(
    "text",
    [
        "{{c1::逆水行舟，不进则退}}。",  # nothing shared: no frame
        "{{c1::宣传造势多，真抓实干少}}。",  # one character shared is no frame
        "{{c1::深化“放管服”改革，提升政务服务效能}}。",  # a word shared, the fillings unlike in size
        "{{c1::完善网格员选聘和培训机制，拓宽优秀网格员晋升渠道}}。",  # a name shared, long fillings
        "{{c1::民心就是力量，力量就是民心}}。",  # one clause says nothing after what they share
        "{{c1::城市兴则百业兴，城市衰则百业衰}}。",  # each end shown in its own frame: nothing to recall
        "{{c1::干事就要干成事}}。",  # no judgement
        # figures side by side are a report, not a saying: a blank would ask a count
        "{{c1::东区新建公园三个，西区新建公园两个}}。",
        "{{c1::农村居民人均收入增长百分之八，城镇居民人均收入增长百分之六}}。",
        "{{c1::去年完成造林五万亩，今年完成造林六万亩}}。",
        # a pointer or a pronoun is no subject; list marks and a reporting verb frame nothing
        "{{c1::这是一场刀刃向内的自我革命}}。",
        "{{c1::他说，我们是人民的勤务员}}。",
        "{{c1::一是加强组织领导，二是完善制度体系}}。",
        "{{c1::会议指出，要加强组织领导，要压实工作责任}}。",
        "{{c1::今年以来全市新增就业岗位三万余个，城镇调查失业率保持稳定}}。",
    ],
)
def test_a_gap_with_no_frame_keeps_the_first_words_hint(text: str) -> None:
    gap = CLOZE.search(_composed(_cloze(text))[0])
    assert gap.group(2) == CLOZE.search(text).group(2)
    assert "＿" not in (gap.group(3) or "")  # (Anki's hint of the first words, where the gap is long enough)


@pytest.mark.parametrize(
    ("answer", "spans", "hint"),
    [
        ("目标是:建成一流城市", [(4, 10)], "目标是:＿＿"),  # a single ':' inside is plain text
        (":目标是建成一流城市", [(5, 10)], ""),  # a ':' at an end would make a '::' with the markup
        ("目标是建成一流城市:", [(3, 9)], ""),
        ("{目标}是建成一流城市", [(5, 11)], ""),  # a brace would end the cloze early
        ("目标是建成一流城市", [], ""),
    ],
)
def test_a_frame_hint_never_breaks_the_cloze_markup(
    answer: str, spans: list[tuple[int, int]], hint: str
) -> None:
    assert compose._framed_hint(answer, spans) == hint


def test_a_pronoun_that_only_opens_its_subject_leaves_a_subject() -> None:
    # 我们党 is the thing judged, not a pronoun
    assert _composed(_cloze("{{c1::我们党是百年大党}}。")) == ["{{c1::我们党是百年大党::我们党是＿＿}}。"]


@pytest.mark.parametrize(
    "text",
    [
        # a condition is no subject
        "{{c1::如果不抓落实，是不行的}}。",
        # a series as the subject: the items a list asks, most of the gap
        "{{c1::自治、法治、德治相结合，是基层治理的方向}}。",
    ],
)
def test_a_gap_whose_subject_would_give_it_away_keeps_its_gap_and_a_short_hint(text: str) -> None:
    (made,) = _composed(_cloze(text))
    gap = CLOZE.search(made)
    assert made.startswith("{{c1::") and gap.group(2) == CLOZE.search(text).group(2)
    hint = gap.group(3) or ""
    assert "，" not in hint and han_len(hint) <= han_len(gap.group(2)) / 3


@pytest.mark.parametrize(
    ("text", "cued"),
    [
        # a saying of clauses whose subject is judged in its first: the subject and copula are the cue
        (
            "{{c1::生态环境保护是功在当代的事业，民生福祉是发展的落脚点}}。",
            "生态环境保护是{{c1::功在当代的事业，民生福祉是发展的落脚点}}。",
        ),
        # else its leading clause, when short beside the rest: the rest is what the learner recalls
        (
            "{{c1::老百姓的事无小事，要把群众的难事当成自己的家事}}。",
            "老百姓的事无小事，{{c1::要把群众的难事当成自己的家事}}。",
        ),
        ("{{c1::党建是根，产业是本，人才是要}}。", "党建是根，{{c1::产业是本，人才是要}}。"),
        (
            "“{{c1::求木之长者，必固其根本；欲流之远者，必浚其泉源}}。”",
            "“求木之长者，{{c1::必固其根本；欲流之远者，必浚其泉源}}。”",
        ),
    ],
)
def test_a_saying_of_clauses_with_no_cue_shows_its_lead(text: str, cued: str) -> None:
    # (the gap keeps SAME_GAP of the saying or more: it still asks the formulation, from its lead)
    assert _composed(_cloze(text)) == [cued]


@pytest.mark.parametrize(
    "text",
    [
        "{{c1::逆水行舟，不进则退}}。",  # a lead of half the saying would leave half to recall
        "{{c1::社区是城市治理的基本单元，也是服务居民的最后一公里}}。",  # 社区是: under CUE_MIN
        "{{c1::团结就是力量，力量来自团结}}。",  # the subject comes back: the pattern gives the rest
        # one subject judged again: its frame is the hint, each thing it is said to be a blank
        "{{c1::营商环境是企业生存发展的土壤，也是一个地区的核心竞争力}}。",
        "{{c1::纪律是管党治党的“戒尺”，也是党员干部约束自身行为的标准和遵循}}。",
        "{{c1::抓好粮食生产，是稳定大局的压舱石，也是乡村振兴的基本盘}}。",  # a subject clause
        "{{c1::报告强调，营商环境没有最好、只有更好}}。",  # a speaker's tag cues nothing
        "{{c1::具体来说，要抓好项目建设这件大事}}。",  # a turn of the talk cues nothing
        "{{c1::这次全县经济工作会议，是县委研究决定召开的一次重要会议}}。",  # a pointer back
        "{{c1::老百姓的事无小事，不是可有可无的杂事}}。",  # the rest a contrast: it asks less
        "{{c1::第二部分，谈谈如何抓好落实}}。",  # a place in a list says where the text stands
        "{{c1::变化之三，是从“管理”走向“服务”}}。",
        # a frame of the statement: a word of knowing or showing, a manner of speaking, a pointer
        "{{c1::众所周知，基层治理是国家治理的基石和重要组成部分}}。",
        "{{c1::眾所周知，基層治理是國家治理的基石和重要組成部分}}。",
        "{{c1::实践证明，抓党建是最大的政绩，也是最硬的担当}}。",
        "{{c1::我们认为，乡村振兴的关键在人才，人才的关键在培养}}。",
        "{{c1::反过来说，发展质量比发展速度更重要更关键}}。",
        "{{c1::在这个意义上，抓落实是一切工作的生命线所在}}。",
        "{{c1::大家要明白，治理能力是治理体系的关键所在}}。",
        # a clause ending in its copula names no subject: the rest is the statement
        "{{c1::关键在于，要把群众的急难愁盼当成自己的家事来办}}。",
        "{{c1::更重要的是，要把人民放在心中最高的位置上}}。",
        # a setting of time or authority says when or under whom
        "{{c1::新时代新征程上，基层治理是国家治理的基石和重要组成部分}}。",
        "{{c1::今年以来，全县上下凝心聚力、攻坚克难，各项工作取得新成效}}。",
        "{{c1::在省委的坚强领导下，全县经济社会发展取得显著成效}}。",
        # a subject judged again by name: the first judgement gives the pattern of the rest
        "{{c1::人民是历史的创造者，人民是真正的英雄，人民是力量源泉}}。",
        "{{c1::「江山就是人民，人民就是江山」，這是我們的根本遵循}}。",
        "{{c1::1. 坚持党建引领，提升基层治理效能和水平}}。",  # a list's mark
        # a lead that opens a quotation the gap closes
        "{{c1::“民亦劳止，汔可小康；惠此中国，以绥四方”}}。",
    ],
)
def test_a_saying_whose_lead_cues_nothing_keeps_its_gap_whole(text: str) -> None:
    (made,) = _composed(_cloze(text))
    assert CLOZE.search(made).group(2) == CLOZE.search(text).group(2)


def test_the_rest_of_a_split_judgement_takes_no_judgement_for_its_hint() -> None:
    made = _with_cues("耕地是{{c1::粮食生产的命根子，是中华民族永续发展的根基}}。")
    assert "，是" not in CLOZE.search(made).group(3)


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        # a saying whose first word is longer than a hint may show: its first two characters, not a bare blank
        ("{{c1::防微杜渐，警钟长鸣}}。", "防微…"),
        ("{{c1::青山常在，绿水长流}}。", "青山…"),
        # …no more than the share allows, however long the word
        ("{{c1::实事求是，久久为功}}。", "实事…"),
    ],
)
def test_a_gap_whose_first_word_is_too_long_for_a_hint_shows_its_first_characters(
    text: str, hint: str
) -> None:
    assert CLOZE.search(_with_cues(text)).group(3) == hint


def test_a_gap_too_short_for_a_cue_keeps_no_hint() -> None:
    assert _with_cues("民生是{{c1::最大的政治}}。") == "民生是{{c1::最大的政治}}。"


@pytest.mark.parametrize("text", ["{{c1::尽力而为、量力而行}}。", "{{c1::精打细算、勤俭节约，过紧日子}}。"])
def test_a_series_member_too_long_for_a_hint_is_not_cut(text: str) -> None:
    # (half a member of a series would give the others' pattern away)
    assert _with_cues(text) == text


def test_a_subject_another_card_asks_is_no_hint() -> None:
    made = _with_cues("{{c1::乡村振兴战略是新时代三农工作的总抓手}}。", ["乡村振兴战略"])
    assert "乡村振兴战略是" not in CLOZE.search(made).group(3)


def _in_paragraph(paragraph: str, *cards: Card) -> list[str]:
    made = compose_cards(list(cards), [Paragraph(line=1, text=paragraph)], "", {})
    return [c.text if c.type == "cloze" else "/".join(c.items) for c in made]


def test_a_bare_gap_shows_the_sentence_before_it_as_its_context() -> None:
    paragraph = "首先，要坚定不移抓项目扩投资。项目是经济发展的“牛鼻子”，投资是稳增长的“压舱石”。"
    bare = _cloze("{{c1::项目是经济发展的“牛鼻子”，投资是稳增长的“压舱石”}}。")
    assert _in_paragraph(paragraph, bare)[0].startswith("首先，要坚定不移抓项目扩投资。{{c1::项目是")


def test_no_context_where_the_gap_opens_its_paragraph_or_the_sentence_gives_an_answer_away() -> None:
    opening = _cloze("{{c1::人民至上，生命至上}}。")
    assert _in_paragraph("人民至上，生命至上。要统筹发展和安全。", opening)[0].startswith("{{c1::")
    # the sentence before says what another card asks
    asked = _cloze("要{{c1::统筹发展和安全}}。")
    bare = _cloze("{{c1::安全是发展的前提，发展是安全的保障}}。")
    made = _in_paragraph("要统筹发展和安全。安全是发展的前提，发展是安全的保障。", asked, bare)
    assert made[1].startswith("{{c1::")


def test_a_part_head_a_list_asks_is_context_a_member_word_it_asks_is_not() -> None:
    bare = "{{c1::政策的连续性是企业敢投资的前提}}。"
    heads = Card(
        type="list",
        prompt="本文的2个部分",
        items=["要稳住涉企政策预期", "要加快项目落地见效"],
        origin=Origin(line=1),
    )
    paragraph = "首先，要稳住涉企政策预期。政策的连续性是企业敢投资的前提。"
    assert _in_paragraph(paragraph, heads, _cloze(bare))[1] == "首先，要稳住涉企政策预期。" + bare
    # a list of member words: one shown on the front would answer that list
    members = Card(type="list", prompt="要稳住哪两项", items=["政策", "资金"], origin=Origin(line=1))
    paragraph = "首先，要稳住政策和资金的预期。政策的连续性是企业敢投资的前提。"
    assert _in_paragraph(paragraph, members, _cloze(bare))[1].startswith("{{c1::")
    # a sentence holding two long items of one list says part of what that list asks
    series = Card(
        type="list",
        prompt="会议要求，全市上下____，____（2项）",
        items=["要稳住涉企政策预期", "要加快项目落地见效"],
        origin=Origin(line=1),
    )
    paragraph = "会上要求，要稳住涉企政策预期，要加快项目落地见效。政策的连续性是企业敢投资的前提。"
    assert _in_paragraph(paragraph, series, _cloze(bare))[1].startswith("{{c1::")


def test_a_part_head_a_list_asks_is_context_without_a_shared_word() -> None:
    bare = "{{c1::学习的目的全在于运用}}。"
    heads = Card(
        type="list", prompt="本文的2个部分", items=["学理论要读原著", "学理论要用得活"], origin=Origin(line=1)
    )
    made = _in_paragraph("最后，学理论要用得活。学习的目的全在于运用。", heads, _cloze(bare))
    assert made[1] == "最后，学理论要用得活。" + bare
    # a short item (a label, a member word) heads nothing: the sentence must share a word as before
    labels = Card(type="list", prompt="本文的2个部分", items=["主要做法", "经验启示"], origin=Origin(line=1))
    made = _in_paragraph("一是主要做法。学习的目的全在于运用。", labels, _cloze(bare))
    assert made[1].startswith("{{c1::")


def test_a_bare_gap_that_opens_its_paragraph_shows_the_sentence_after_it() -> None:
    # the paragraph goes on to explain its opening formulation: the learner recalls it from that
    paragraph = "创新不是喊口号。创新的价值在于解决车间里的真问题，而不在于报表上的新名词。"
    bare = _cloze("{{c1::创新不是喊口号}}。")
    assert _in_paragraph(paragraph, bare)[0] == (
        "{{c1::创新不是喊口号}}。创新的价值在于解决车间里的真问题，而不在于报表上的新名词。"
    )
    # a long sentence after is cut to its first clauses; the sentence's mark the text left out is kept
    long_after = "服务好不好要看群众。群众的评价来自窗口前的每一次等待、每一张表格、每一句答复，也来自办结以后的回访和整改落实情况。"
    made = _in_paragraph(long_after, _cloze("{{c1::服务好不好要看群众}}"))[0]
    assert made == "{{c1::服务好不好要看群众}}。群众的评价来自窗口前的每一次等待、每一张表格、每一句答复……"


def test_no_sentence_after_where_it_cues_nothing_or_gives_an_answer_away() -> None:
    bare = _cloze("{{c1::创新不是喊口号}}。")
    # talk chrome, a sentence on another topic, one that repeats a clause of the gap
    for after in ("下面请大家谈谈创新的体会。", "今年的天气格外炎热。", "所以说创新不是喊口号，要落到实处。"):
        assert _in_paragraph("创新不是喊口号。" + after, _cloze(bare.text))[0].startswith(
            "{{c1::创新不是喊口号::"
        )
    # a sentence that says what another card asks
    asked = _cloze("创新的价值在于{{c1::解决真问题}}。")
    made = _in_paragraph("创新不是喊口号。创新的价值在于解决真问题。", _cloze(bare.text), asked)
    assert made[0].startswith("{{c1::创新不是喊口号::")
    # a text cut short (……) or one that ends no sentence has nothing after it to show
    cut = _cloze("{{c1::创新不是喊口号}}……")
    assert _in_paragraph("创新不是喊口号，创新的价值在于解决真问题。", cut)[0].endswith("}}……")


@pytest.mark.parametrize(
    "after",
    [
        # it says the gap again, in its pairs of characters
        "也就是说，减负绝不意味着减责任。",
        "基层减负从来不是减责任，这一点要讲清楚。",
        # a speaker's tag, or a restatement announced as one
        "县委书记在全县减负推进会上如是说。",
        "镇党委书记在接受减负专题采访时这样讲道。",
        "换句话说，减轻负担并不等于减轻责任。",
        # a long sentence whose first clause names a topic only: cut there, it says nothing of it
        "给基层减负，就是要把重复填报的表格和层层加码的考核以及名目繁多的督查检查统统精简下来让干部腾出手来。",
        # it ends inside a quotation
        "干部常说「减负减的是形式，不是责任？",
        # an exam question on it
        "下列关于基层减负的表述，错误的是（）。",
    ],
)
def test_no_sentence_after_that_restates_tags_or_breaks_off(after: str) -> None:
    bare = "{{c1::减负不是减责任}}。"
    assert _in_paragraph("减负不是减责任。" + after, _cloze(bare)) == [_with_cues(bare, [])]


@pytest.mark.parametrize(
    "after",
    [
        "减负的目的是为担当者担当，为干事者撑腰。",
        "对基层干部来说，减负是为了腾出手来抓落实。",
        "群众的诉求渠道畅通了，减负才有了落脚点。",
    ],
)
def test_a_sentence_after_that_explains_the_gap_is_its_context(after: str) -> None:
    bare = "{{c1::减负不是减责任}}。"
    assert _in_paragraph("减负不是减责任。" + after, _cloze(bare)) == [bare + after]


def test_a_sentence_about_the_talk_itself_is_no_context() -> None:
    bare = _cloze("{{c1::本领不是天生的，学习培训很关键}}。")
    made = _in_paragraph("下面，我再单独讲一件事。本领不是天生的，学习培训很关键。", bare)
    assert made[0].startswith("{{c1::")


def test_the_sentence_before_a_bare_gap_is_its_context_though_they_share_no_word() -> None:
    # a saying that sums up what its paragraph said just before it
    paragraph = "全镇去年新建村级服务站十二个，办结群众诉求九百余件。付出终有回报，汗水不会白流。"
    bare = "{{c1::付出终有回报，汗水不会白流}}。"
    assert (
        _in_paragraph(paragraph, _cloze(bare))[0]
        == "全镇去年新建村级服务站十二个，办结群众诉求九百余件。" + bare
    )


@pytest.mark.parametrize(
    "before",
    [
        "谢谢您的提问。",
        "这里，我再强调一点。",
        "最后说一句心里话。",
        "还有两件事，我简单交代。",
    ],
)
def test_talk_about_the_talk_sharing_no_word_is_no_context(before: str) -> None:
    bare = _cloze("{{c1::付出终有回报，汗水不会白流}}。")
    assert _in_paragraph(before + "付出终有回报，汗水不会白流。", bare)[0].startswith("{{c1::")


def test_a_sentence_after_sharing_a_word_beats_a_sentence_before_sharing_none() -> None:
    paragraph = "全镇去年新建村级服务站十二个。减负不是减责任。减负的目的是为担当者担当，为干事者撑腰。"
    bare = "{{c1::减负不是减责任}}。"
    assert _in_paragraph(paragraph, _cloze(bare)) == [bare + "减负的目的是为担当者担当，为干事者撑腰。"]


@pytest.mark.parametrize(
    "before",
    [
        "村党支部书记老周在院坝会上这样讲道。",
        "下列关于乡村振兴的表述，正确的是（）。",
    ],
)
def test_a_tag_or_exam_question_sharing_no_word_is_no_context(before: str) -> None:
    bare = _cloze("{{c1::付出终有回报，汗水不会白流}}。")
    assert _in_paragraph(before + "付出终有回报，汗水不会白流。", bare)[0].startswith("{{c1::")


def test_a_sentence_that_does_a_thing_alone_is_no_talk() -> None:
    paragraph = "对困难群众单独建档、精准帮扶。付出终有回报，汗水不会白流。"
    bare = "{{c1::付出终有回报，汗水不会白流}}。"
    assert _in_paragraph(paragraph, _cloze(bare))[0] == "对困难群众单独建档、精准帮扶。" + bare


def test_a_framed_saying_keeps_its_frame_rather_than_a_sentence_sharing_no_word() -> None:
    paragraph = "全镇去年新建村级服务站十二个。乡镇是服务群众的前哨，也是化解矛盾的阵地。"
    bare = _cloze("{{c1::乡镇是服务群众的前哨，也是化解矛盾的阵地}}。")
    assert _in_paragraph(paragraph, bare)[0].startswith(
        "{{c1::乡镇是服务群众的前哨，也是化解矛盾的阵地::乡镇是"
    )


@pytest.mark.parametrize(
    ("before", "gap"),
    [
        # talk or meeting chrome that names the topic of the gap after it
        ("刚才几位同志的发言讲得很好，都讲到了落实。", "落实不是喊出来的，而是干出来的"),
        ("请大家翻到材料第三页，看看项目清单。", "项目是经济发展的牛鼻子，投资是稳增长的压舱石"),
        ("会议审议了《优化营商环境实施方案》。", "营商环境只有更好、没有最好"),
        # a label
        ("📝 得分要点：分论点须对仗工整。", "分论点须动宾结构加对策，切忌只写空话"),
    ],
)
def test_chrome_sharing_the_topic_word_is_no_context(before: str, gap: str) -> None:
    made = _in_paragraph(f"{before}{gap}。", _cloze(f"{{{{c1::{gap}}}}}。"))
    assert made[0].startswith("{{c1::")


def test_a_sentence_holding_a_clause_of_the_gap_is_no_context() -> None:
    bare = _cloze("{{c1::人民至上，生命至上}}。")
    made = _in_paragraph("大家都知道一句话，叫做人民至上。人民至上，生命至上。", bare)
    assert made[0].startswith("{{c1::")


def _under_heading(lines: list[str], *cards: Card) -> list[str]:
    """The composed cloze texts of cards on the given lines (line numbers from 1)."""
    paragraphs = [Paragraph(line=at, text=text) for at, text in enumerate(lines, start=1)]
    made = compose_cards(list(cards), paragraphs, "", {})
    return [c.text for c in made if c.type == "cloze"]


def _sections_under_heading(lines: list[str], *cards: Card) -> list[tuple[str, str]]:
    """The composed cloze texts of cards on the given lines, each with its section's last part."""
    paragraphs = [Paragraph(line=at, text=text) for at, text in enumerate(lines, start=1)]
    made = compose_cards(list(cards), paragraphs, "", {})
    return [
        (c.text, (c.origin.section or "").split(" › ")[-1] if c.origin else "")
        for c in made
        if c.type == "cloze"
    ]


@pytest.mark.parametrize(
    ("heading", "sentence", "shown"),
    [
        # a numbered heading line ending in its mark, one word shared with the sentence under it: its
        # section shows it whole, the card's text does not again
        (
            "（三）筑牢防汛抗旱的安全防线。",
            "防汛工作没有局外人，人人都是守堤者",
            "（三）筑牢防汛抗旱的安全防线",
        ),
        # a heading line with no closing mark
        ("二、优化水源调度的办法", "水源调度要看天看地，更要看人", "二、优化水源调度的办法"),
        # a heading of two clauses, its section showing the first: the section shows it whole, the
        # text is not glued to its tail (筑牢防汛工作的安全防线。{{c1::…}})
        (
            "（三）压实责任，筑牢防汛工作的安全防线",
            "防汛工作没有局外人，人人都是守堤者",
            "（三）压实责任，筑牢防汛工作的安全防线",
        ),
        # a heading too long for its section to show whole (…): the section shows it whole
        (
            "（三）筑牢防汛抗旱和地质灾害防治的安全防线",
            "防汛工作没有局外人，人人都是守堤者",
            "（三）筑牢防汛抗旱和地质灾害防治的安全防线",
        ),
    ],
)
def test_a_bare_gap_opening_the_line_under_its_heading_is_cued_by_its_section(
    heading: str, sentence: str, shown: str
) -> None:
    lines = ["一、总体要求", "要坚持稳中求进。", heading, f"{sentence}。要久久为功。", "四、组织保障"]
    ((made, section),) = _sections_under_heading(lines, _cloze(f"{{{{c1::{sentence}}}}}。", line=4))
    assert made.startswith(f"{{{{c1::{sentence}")
    assert section == shown


def test_a_heading_above_a_run_of_bullets_is_not_written_before_the_first() -> None:
    # a slide's title heads all its points: before the first only, it would read as its first words
    paragraphs = [
        Paragraph(1, "一、总体要求"),
        Paragraph(2, "要坚持稳中求进。"),
        Paragraph(3, "做好防汛工作", heading=2),
        Paragraph(4, "防汛工作没有局外人，人人都是守堤者", bullet=1),
        Paragraph(5, "汛期值守要到岗到人，不留死角", bullet=1),
    ]
    bare = "{{c1::防汛工作没有局外人，人人都是守堤者}}"
    made = compose_cards([_cloze(bare, line=4)], paragraphs, "", {})
    assert not made[0].text.startswith("做好防汛工作")
    # a lone bullet, and prose under the heading: the section above the card shows the heading,
    # so its text does not say it again
    for second in (Paragraph(5, "汛期值守要到岗到人，不留死角"), Paragraph(5, "值守", heading=2)):
        lone = [*paragraphs[:4], second]
        (card,) = compose_cards([_cloze(bare, line=4)], lone, "", {})
        assert card.origin.section.endswith("做好防汛工作")
        assert not card.text.startswith("做好防汛工作")


@pytest.mark.parametrize(
    ("lines", "line"),
    [
        # a generic heading on its own line: it shares no word with the gap under it
        (["一、背景", "要坚持稳中求进。", "（二）主要做法", "基层不稳，全局难安。"], 4),
        (["一、背景", "要坚持稳中求进。", "（二）基本情况", "基层不稳，全局难安。"], 4),
        (["二、工作目标", "要坚持稳中求进。", "三、总体要求", "基层不稳，全局难安。"], 4),
        # and within the paragraph it opens
        (["一、背景", "要坚持稳中求进。", "（二）主要做法。基层不稳，全局难安。"], 3),
    ],
)
def test_a_heading_sharing_no_word_with_the_gap_under_it_leaves_the_first_words_hint(
    lines: list[str], line: int
) -> None:
    # the Source header names the section already: the gap keeps Anki's hint of its first words
    bare = "{{c1::基层不稳，全局难安}}。"
    (made,) = _under_heading(lines, _cloze(bare, line=line))
    assert made == _with_cues(bare, [])
    assert made != bare  # (the hint is there)


def test_a_run_in_heading_is_not_written_again_before_the_gap_under_it() -> None:
    # the list of the part's headings asks 坚决守住安全发展底线; the card under it shows it on its front
    # as its section already, and its text does not say it again
    lines = [
        "（四）着力扩大有效需求。",
        "要抓好项目。",
        "（五）坚决守住安全发展底线。安全是发展的前提，发展是安全的保障。",
    ]
    parts = Card(type="list", prompt="本节的2个部分", items=["着力扩大有效需求", "坚决守住安全发展底线"])
    parts.origin = Origin(line=1)
    bare = _cloze("{{c1::安全是发展的前提，发展是安全的保障}}。", line=3)
    (made,) = _under_heading(lines, parts, bare)
    assert made.startswith("{{c1::安全是发展的前提，发展是安全的保障")


def test_a_heading_an_outline_list_asks_sharing_no_word_leaves_the_first_words_hint() -> None:
    # the heading names the material (a label), not what the text under it says: the Source header shows
    # it already, and the gap keeps Anki's hint of its first words
    lines = ["〇、开头先背一段", "乡村振兴，产业先行。", "一、常用素材", "要抓好项目。"]
    parts = Card(
        type="list", prompt="本文的2个部分", items=["开头先背一段", "常用素材"], origin=Origin(line=1)
    )
    bare = "{{c1::乡村振兴，产业先行}}。"
    (made,) = _under_heading(lines, parts, _cloze(bare, line=2))
    assert made == _with_cues(bare, [])


@pytest.mark.parametrize(
    ("lines", "line"),
    [
        # the line before is no heading, and shares no word: prose about something else
        (["一、总体要求", "各地要抓好落实。", "防汛工作没有局外人，人人都是守堤者。"], 3),
        # the heading is two lines up: the text under it opened with another paragraph
        (["（三）筑牢防汛的安全防线", "要备足物资。", "防汛工作没有局外人，人人都是守堤者。"], 3),
        # the heading line runs on into a second sentence: no line of one heading
        (
            [
                "（三）筑牢防汛防线。在汛期中锤炼队伍，在实战中检验预案。",
                "防汛工作没有局外人，人人都是守堤者。",
            ],
            2,
        ),
        # the heading holds a clause of the gap: it would give the gap away
        (["（三）防汛工作没有局外人", "防汛工作没有局外人，人人都是守堤者。"], 2),
    ],
)
def test_no_heading_context_where_the_heading_is_not_just_above_or_gives_the_gap_away(
    lines: list[str], line: int
) -> None:
    (made,) = _under_heading(lines, _cloze("{{c1::防汛工作没有局外人，人人都是守堤者}}。", line=line))
    assert made.startswith("{{c1::")


def test_a_heading_holding_another_cards_gap_beside_its_own_words_is_no_context() -> None:
    # 不敢腐、不能腐、不想腐 is asked by a cloze card of its own: the heading would print its answer
    lines = [
        "（三）严明政治纪律",
        "要讲规矩。",
        "（四）一体推进不敢腐、不能腐、不想腐",
        "推进反腐败斗争永远在路上。",
    ]
    bare = _cloze("{{c1::推进反腐败斗争永远在路上}}。", line=4)
    # (alone, the heading is its cue, as its section)
    assert _sections_under_heading(lines, bare)[-1][1] == "（四）一体推进不敢腐、不能腐、不想腐"
    series = _cloze("一体推进{{c1::不敢腐}}、{{c2::不能腐}}、{{c3::不想腐}}", line=3)
    bare = _cloze("{{c1::推进反腐败斗争永远在路上}}。", line=4)
    made = _under_heading(lines, series, bare)
    assert made[-1].startswith("{{c1::推进反腐败")


@pytest.mark.parametrize(
    "under",
    [
        ["二、基层治理金句", "基层不稳，全局难安。"],
        ["二、基层治理易错点提醒", "基层不稳，全局难安。"],
        ["（三）基层治理参考答案", "基层不稳，全局难安。"],
        ["二、本讲基层治理小结与课后作业", "基层不稳，全局难安。"],
        ["二、基层治理金句。基层不稳，全局难安。"],  # a label opening the paragraph
    ],
)
def test_a_heading_that_names_the_kind_of_material_under_it_is_no_context(under: list[str]) -> None:
    # each heading shares 基层 with the gap: only its label word keeps it off the front
    lines = ["一、背景", "要坚持稳中求进。", *under, "四、组织保障"]
    (made,) = _under_heading(lines, _cloze("{{c1::基层不稳，全局难安}}。", line=2 + len(under)))
    assert made.startswith("{{c1::")


@pytest.mark.parametrize(
    "heading",
    ["交出基层满意答案", "规范基层安全生产作业", "用好基层提醒谈话"],
)
def test_a_heading_about_a_subject_that_ends_in_a_label_word_is_still_context(heading: str) -> None:
    # (its second clause, which the section does not show: the section shows the heading whole)
    lines = [
        "一、背景",
        "要坚持稳中求进。",
        f"（二）守住底线，{heading}",
        "基层安稳，全局才有底气。",
        "四、组织保障",
    ]
    ((made, section),) = _sections_under_heading(lines, _cloze("{{c1::基层安稳，全局才有底气}}。", line=4))
    assert made.startswith(("{{c1::", "基层安稳，{{c1::"))
    assert section == f"（二）守住底线，{heading}"


def test_a_frame_is_not_shown_where_its_filling_is_what_a_list_asks() -> None:
    steps = Card(
        type="list", prompt="本节的2个部分", items=["把队伍建强", "把制度立好"], origin=Origin(line=1)
    )
    bare = _cloze("{{c1::第一步是把队伍建强}}。", line=3)
    made = compose_cards(
        [steps, bare],
        [Paragraph(line=1, text="把队伍建强。把制度立好。"), Paragraph(line=3, text="第一步是把队伍建强。")],
        "",
        {},
    )
    gap = CLOZE.search(made[-1].text)
    # (the list asks the filling already: a blank for it would ask it again)
    assert gap.group(2) == "第一步是把队伍建强" and "＿" not in (gap.group(3) or "")


def test_reporters_questions_that_ask_alike_are_placed_by_their_lead_ins() -> None:
    """请问您怎么看？ asked twice would show one place twice: the lead-in says what each asks about."""
    text = (
        "晨报记者：近期多地出台了促消费政策，请问您怎么看？\n发言人：这些政策有利于扩大内需。\n"
        "电视台记者：近期二手房成交回暖，请问您怎么看？\n发言人：我们将持续关注市场变化。"
    )
    places = [h.place for h in find_headings(_paragraphs(text))]
    assert len(places) == 2
    assert "促消费" in places[0]
    assert "二手房" in places[1]


# ---------------------------------------------------------------- a press conference's turns

_TRANSCRIPT = """区人社局就稳就业工作举行新闻发布会
主持人：
各位媒体朋友，上午好！今天我们邀请到区人社局局长周海平先生、区就业中心主任孙丽女士，请他们介绍有关情况。首先请周海平局长介绍情况。
周海平：
谢谢主持人。今年以来，我们把稳就业摆在突出位置，落实各项援企稳岗政策，全区城镇新增就业保持稳定。
主持人：
下面进入提问环节，请记者朋友提问。
区融媒体中心记者：
请问在帮助高校毕业生就业方面有哪些举措？
孙丽：一是开展校园招聘专场活动；二是开发见习岗位，组织毕业生到企业见习。
区报记者：
请问零工市场建设进展如何？
周海平：目前零工市场主要解决“三难”：找活难、招工难、维权难。
"""


def test_a_speakers_tag_is_no_part_of_a_transcripts_cards() -> None:
    """In a press conference's record, the name that opens a turn (孙丽：一是…) is no lead of the list
    after it, nor a word of a cloze: who speaks is nothing to recall."""
    cards = _cards(_TRANSCRIPT, "区人社局就稳就业工作举行新闻发布会")
    shown = [c.prompt if c.type == "list" else c.text for c in cards] + [c.extra for c in cards]
    assert not [s for s in shown if "孙丽：" in s or "周海平：" in s or s.endswith("孙丽")]
    prompts = [c.prompt for c in cards if c.type == "list"]
    assert any("高校毕业生" in p for p in prompts)
    assert any(p.startswith("目前零工市场") for p in prompts)


def test_a_tag_stays_outside_a_transcript() -> None:
    """A note's term before its gloss (方法：…) or a place before what it did (张家港：…) is no
    speaker: with no reporter's questions, or a name the record never introduces as a person, even
    right after a question or twice over, the line stays as it is; an introduced speaker's is cut."""
    note = [Paragraph(1, "方法：一是调查研究；二是分类施策。"), Paragraph(2, "原则：公平公正。")]
    assert without_speaker_tags(note) == note
    asked = [
        Paragraph(1, "主持人：今天我们邀请到市发改委主任李明同志。"),
        Paragraph(2, "甲报记者：请问各县有什么做法？"),
        Paragraph(3, "张家港：建设智能工厂，培育龙头企业。"),
        Paragraph(4, "常熟：做强纺织产业。"),
        Paragraph(5, "乙报记者：请问下一步怎么做？"),
        Paragraph(6, "方法：一是调研；二是落实。"),
        Paragraph(7, "张家港：扩大开放合作。"),
        Paragraph(8, "李明：一是调研；二是落实。"),
        Paragraph(9, "总体来看：形势稳定。"),
    ]
    untagged = [p.text for p in without_speaker_tags(asked)]
    assert untagged == [
        "今天我们邀请到市发改委主任李明同志。",
        *[p.text for p in asked[1:7]],
        "一是调研；二是落实。",
        "总体来看：形势稳定。",
    ]


def test_a_hosts_procedure_is_no_card() -> None:
    """Whom the host calls to speak or to ask, whom they invited, that the questions begin: no card."""
    cards = _cards(_TRANSCRIPT, "区人社局就稳就业工作举行新闻发布会")
    texts = [c.text for c in cards if c.type == "cloze"]
    assert not [t for t in texts if "首先请" in t or "下面进入" in t or "今天我们邀请到" in t]


@pytest.mark.parametrize(
    "sentence",
    [
        "请广大党员干部积极参与监督。",
        "下面，我讲三点意见。",
        "今天我们要坚持以人民为中心。",
        "邀请专家介绍先进经验，推动工作落实。",
        "首先，要提高政治站位。",
        "下面进入新发展阶段的关键时期。",
        "首先请同志们明确目标。会议强调，要压实责任。",
        "下面请大家结合实际认真学习讲话精神。",
        "请各级党组织认真组织学习总书记重要讲话。",
        "首先请大家回答好时代之问。",
        "今天我们请到的不只是专家，更是群众代表。",
        "请同志们围绕规划积极发言，为发展建言献策。",
    ],
)
def test_a_sentence_that_calls_no_speaker_is_no_procedure(sentence: str) -> None:
    assert not compose._is_procedure(sentence)


# ---------------------------------------------------------------- a study note's references


def _note_with(references: list[Paragraph]) -> list[Paragraph]:
    return [
        Paragraph(1, "一、核心提法", heading=2),
        Paragraph(2, "坚持农业农村优先发展，推进城乡融合发展。", bullet=1),
        Paragraph(3, "二、对策建议", heading=2),
        Paragraph(4, "完善联农带农机制，促进农民增收。", bullet=1),
        *references,
    ]


def test_a_notes_outline_leaves_out_bare_references() -> None:
    """A section of exam references (2023年国考地市级 第三题：…) or of cases told in prose holds no
    point: the note's outline does not count it, nor is the list of exams a card."""
    references = [
        Paragraph(5, "三、典型案例", heading=2),
        Paragraph(6, "某县发展庭院经济：引导农户利用房前屋后发展特色种养，户均增收三千元。"),
        Paragraph(7, "四、真题链接", heading=2),
        Paragraph(8, "2023年国考地市级 第三题：归纳某村发展集体经济的做法。", bullet=1),
        Paragraph(9, "2022年某市选调 第一题：概括农村人居环境整治的成效。", bullet=1),
    ]
    lists = _lists(extract_cards(_note_with(references), "学习笔记", "doc"))
    assert ("本文的2个部分", ["核心提法", "对策建议"]) in lists
    assert not [items for _, items in lists if any(item.startswith("20") for item in items)]


@pytest.mark.parametrize("label", ["金句摘录", "金句积累（建议背诵）", "名言警句"])
def test_a_notes_outline_leaves_out_its_sayings_under_no_number(label: str) -> None:
    """Sayings to recite under a heading of no number among numbered parts (## 金句摘录 between
    ## 二、 and ## 三、, a deck's 金句积累 slide after 四、) are the note's material, no part of what it
    sets out: the outline does not count them."""
    sayings = [
        Paragraph(5, label, heading=2),
        Paragraph(6, "治国有常，而利民为本。", bullet=1),
        Paragraph(7, "群众利益无小事，一枝一叶总关情。", bullet=1),
        Paragraph(8, "三、典型案例", heading=2),
        Paragraph(9, "某县庭院经济：发展特色种养", bullet=1),
        Paragraph(10, "某镇强村公司：盘活闲置资产", bullet=1),
    ]
    lists = _lists(extract_cards(_note_with(sayings), "学习笔记", "doc"))
    assert ("本文的3个部分", ["核心提法", "对策建议", "典型案例"]) in lists


@pytest.mark.parametrize("label", ["三、金句积累", "叁、金句积累", "三 金句积累", "金句积累"])
def test_a_notes_outline_counts_sayings_it_numbers_or_among_parts_of_no_number(label: str) -> None:
    """A 金句 section the writer numbers as a part is one (三、 叁、, a numeral and a space); so is
    one among parts that are all unnumbered (核心提法 / 对策建议 / 金句积累)."""
    numbered = label != "金句积累"
    head = [
        Paragraph(1, "一、核心提法" if numbered else "核心提法", heading=2),
        Paragraph(2, "坚持农业农村优先发展，推进城乡融合发展。", bullet=1),
        Paragraph(3, "二、对策建议" if numbered else "对策建议", heading=2),
        Paragraph(4, "完善联农带农机制，促进农民增收。", bullet=1),
    ]
    sayings = [
        Paragraph(5, label, heading=2),
        Paragraph(6, "治国有常，而利民为本。", bullet=1),
        Paragraph(7, "群众利益无小事，一枝一叶总关情。", bullet=1),
    ]
    lists = _lists(extract_cards([*head, *sayings], "学习笔记", "doc"))
    parts = [items for prompt, items in lists if prompt == "本文的3个部分"]
    assert parts and parts[0][:2] == ["核心提法", "对策建议"] and parts[0][2].endswith("金句积累")


def test_a_notes_outline_keeps_references_that_hold_points() -> None:
    """A section of cases listed one by one, or of an exam question with an answer's outline, is a
    part to learn: the outline counts it."""
    references = [
        Paragraph(5, "三、典型案例", heading=2),
        Paragraph(6, "某县庭院经济：发展特色种养", bullet=1),
        Paragraph(7, "某镇强村公司：盘活闲置资产", bullet=1),
        Paragraph(8, "四、真题链接", heading=2),
        Paragraph(9, "2023年国考地市级：归纳某村发展集体经济的做法。"),
        Paragraph(10, "开头：点明集体经济的意义", bullet=1),
        Paragraph(11, "主体：分三点归纳做法", bullet=1),
    ]
    lists = _lists(extract_cards(_note_with(references), "学习笔记", "doc"))
    assert ("本文的4个部分", ["核心提法", "对策建议", "典型案例", "真题链接"]) in lists


def test_a_notes_outline_keeps_a_section_of_what_cases_teach() -> None:
    """A heading that names what its cases teach (案例启示) heads points, told in prose or not."""
    references = [
        Paragraph(5, "三、案例启示", heading=2),
        Paragraph(6, "某地的经验表明，乡村振兴要坚持因地制宜、分类施策、久久为功。"),
    ]
    lists = _lists(extract_cards(_note_with(references), "学习笔记", "doc"))
    assert ("本文的3个部分", ["核心提法", "对策建议", "案例启示"]) in lists


def test_stages_named_by_their_dates_are_asked_by_what_each_is() -> None:
    text = """
    这项制度的演变大体经历了三个阶段：第一个阶段是20世纪80年代，以“试点先行、以点带面”为特征；第二个阶段是新世纪以来，以“全面铺开、规范运行”为特征；第三个阶段是党的十八大以来，以“系统集成、协同高效”为特征。
    """
    items = [items for _, items in _lists(_cards(text))]
    assert [
        "以“试点先行、以点带面”为特征",
        "以“全面铺开、规范运行”为特征",
        "以“系统集成、协同高效”为特征",
    ] in items
    assert not any("20世纪80年代" in item for found in items for item in found)


def test_a_series_of_stage_spans_is_no_list() -> None:
    text = """
    整改工作分为第一阶段（2027年2月—4月）、第二阶段（2027年5月—8月）、第三阶段（2027年9月—11月）三个阶段推进。
    整改工作分为自查自纠、集中整改、总结验收三个阶段推进。
    """
    lists = _lists(_cards(text))
    assert not any("2027年2月" in item for _, items in lists for item in items)
    # a negative: stages named by what is done in them stay a set
    assert any(items == ["自查自纠", "集中整改", "总结验收"] for _, items in lists) or any(
        "{{c1::自查自纠}}" in c.text for c in _cards(text) if c.type == "cloze"
    )


@pytest.mark.parametrize(
    ("gap", "trivia"),
    [("20世纪80年代", True), ("2027年5月", True), ("新时代", False), ("年代感", False)],
)
def test_a_decade_only_says_when(gap: str, trivia: bool) -> None:
    assert compose.is_count_or_date(gap) is trivia


@pytest.mark.parametrize(
    ("gap", "trivia"),
    [
        ("元宵", False),
        ("端午节", False),
        ("春节期间", True),
        ("国庆前后", True),
        ("明年", True),
        ("下午", True),
    ],
)
def test_a_festival_is_a_name_to_recite(gap: str, trivia: bool) -> None:
    # jieba tags festivals words of time; alone they name a day, framed they only say when
    assert compose.is_trivia(gap) is trivia


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("各单位要紧盯元旦、春节、中秋、国庆等重要节点，严查违规吃喝。", True),
        ("各级党组织要把元旦、春节、清明期间作为纠治“四风”的关键时段，严防节日腐败。", False),
        ("每逢春节、端午、中秋、国庆假期，纪检监察机关要开展明察暗访。", False),
        ("元旦、春节、元宵节等节日前后，要加强对公车使用的监督检查。", False),
        ("今年元旦、春节、五一、国庆期间，共查处违规问题12起。", False),
        # the frame inside the last member, where the series runs on to 的 (清明期间|的安全工作)
        ("各单位要做好元旦、春节、清明期间的安全工作。", False),
    ],
)
def test_festivals_framed_as_a_time_ask_nothing(text: str, asked: bool) -> None:
    # a set of festivals named alone is recited; framed as a time (…期间, …等节日前后) it says when
    asks = ["::春节}}" in (card.text or "") or "春节" in card.items for card in _cards(text)]
    assert any(asks) is asked


def test_dates_with_nothing_told_after_them_stay_the_list() -> None:
    text = """
    一、“三步走”的时间节点
    按照部署，这一战略的三步分别是：
    1. 1981年到1990年；
    2. 1991年到2000年；
    3. 2001年到2050年。
    """
    items = [items for _, items in _lists(_cards(text))]
    assert ["1981年到1990年", "1991年到2000年", "2001年到2050年"] in items


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        # examples of empty talk, named by their kind after the run: what not to write
        (
            "只写“{{c1::提高认识}}、{{c2::加大投入}}”这种套话，阅卷人不会给分，要写{{c3::具体举措}}。",
            "只写“提高认识、加大投入”这种套话，阅卷人不会给分，要写{{c1::具体举措}}。",
        ),
        ("切忌写成{{c1::统筹兼顾、综合施策}}之类放之四海而皆准的空话。", None),
        # (a kind named with praise: an example to follow)
        (
            "“{{c1::兴产业}}、{{c2::富乡亲}}”这种句式，读来铿锵有力。",
            "“{{c1::兴产业}}、{{c2::富乡亲}}”这种句式，读来铿锵有力。",
        ),
        # (empty talk named, but no run of examples before a kind)
        ("要{{c1::少讲空话套话}}，多干实事。", "要{{c1::少讲空话套话}}，多干实事。"),
        # a kind of talk, called empty in a later clause
        ("光写“{{c1::强化担当}}、{{c2::压实责任}}”这类表述，等于没写。", None),
        # (a real measure named by its kind; the empty talk is denied or set against it, or elsewhere)
        ("推行“{{c1::网格吹哨}}、{{c2::部门报到}}”这类做法，不搞空话套话。", "same"),
        ("“{{c1::一窗通办}}”这类改革绝不是空话，而是实打实的便民之举。", "same"),
        ("要把“{{c1::马上就办}}”这种作风坚持下去，防止说大话、空话。", "same"),
        ("像{{c1::湖长制}}、{{c2::田长制}}这样的制度，让生态保护不再是一句空话。", "same"),
        ("推广“{{c1::接诉即办}}”这种机制，改变了空话连篇的局面。", "same"),
    ],
)
def test_examples_of_empty_talk_are_no_gaps(text: str, opened: str | None) -> None:
    assert without_counter_examples(text) == (text if opened == "same" else opened)


@pytest.mark.parametrize(
    ("section", "moved"),
    [
        ("三、作风要做到“实、细、严”", None),
        ("总体要求 › 三、作风要做到“实、细、严”", "总体要求"),
        # (a heading that names the set by its count, or one member, shows no answer)
        ("三、作风要做到“三个字”", "三、作风要做到“三个字”"),
        ("三、作风首先要实", "三、作风首先要实"),
        ("一、细处见真章 › （二）把好实字关", "一、细处见真章 › （二）把好实字关"),
        ("二、严实并举", "二、严实并举"),
    ],
)
def test_a_list_goes_above_a_heading_that_spells_out_its_members(section: str, moved: str | None) -> None:
    card = Card(type="list", prompt="作风要做到（3项）", items=["实", "细", "严"], origin=Origin(4, section))
    assert filed_above_its_gaps(card).origin == Origin(4, moved)


def _sentence_card(text: str, line: int = 3, section: str | None = "一、总体要求") -> Card:
    return Card(type="cloze", text=text, origin=Origin(line=line, section=section))


def test_one_note_per_sentence_joins_the_series_of_one_sentence():
    # two series of one sentence, one card cut short with ……: one note, gaps numbered in order
    first = _sentence_card("各村要做到{{c1::早谋划}}、{{c2::早部署}}、{{c3::早落实}}，确保各项任务落到实处……")
    second = _sentence_card(
        "……确保各项任务落到实处，推动形成{{c1::人人参与}}、{{c2::人人尽责}}、{{c3::人人共享}}的良好局面。"
    )
    whole = "各村要做到早谋划、早部署、早落实，确保各项任务落到实处，推动形成人人参与、人人尽责、人人共享的良好局面。"
    notes = compose.one_note_per_sentence([first, second])
    assert len(notes) == 1 and notes[0] is first
    assert CLOZE.sub(r"\2", notes[0].text) == whole
    assert [m.group(1) for m in CLOZE.finditer(notes[0].text)] == ["1", "2", "3", "4", "5", "6"]


def test_one_note_per_sentence_needs_more_than_a_word_shared_to_join_cut_cards():
    # two cards cut with …… that share only a short word are not read as one sentence
    first = _sentence_card("全县共建成{{c1::示范村}}、{{c2::示范镇}}、{{c3::示范园}}，为此……")
    second = _sentence_card("……为此，{{c1::镇村干部}}要带头。")
    assert compose.one_note_per_sentence([first, second]) == [first, second]


def test_one_note_per_sentence_takes_a_named_concept_and_a_shared_gap_once():
    series = _sentence_card(
        "要落实“双随机”检查，做到{{c1::查得准}}、{{c2::管得住}}、{{c3::罚得狠}}。", line=5
    )
    named = _sentence_card("要落实“{{c1::双随机}}”检查，做到查得准、管得住、罚得狠。", line=5)
    again = _sentence_card("要落实“{{c1::双随机}}”检查，做到查得准、管得住、罚得狠。", line=5)
    notes = compose.one_note_per_sentence([series, named, again])
    assert [card.text for card in notes] == [
        "要落实“{{c1::双随机}}”检查，做到{{c2::查得准}}、{{c3::管得住}}、{{c4::罚得狠}}。"
    ]


def test_one_note_per_sentence_keeps_apart_what_it_must():
    # overlapping gaps (members beside a formulation with a word more), another line, another section,
    # another sentence of the line, a list card: each stays its own note
    members = _sentence_card("全镇推行{{c1::听民声}}、{{c2::解民忧}}、{{c3::暖民心}}工作法。")
    whole = _sentence_card("全镇{{c1::推行听民声、解民忧、暖民心}}工作法。")
    other_line = _sentence_card("全镇推行听民声、解民忧、{{c1::暖民心}}工作法。", line=4)
    other_section = _sentence_card("全镇推行{{c1::听民声}}、解民忧、暖民心工作法。", section="二、主要任务")
    other_sentence = _sentence_card("{{c1::网格员}}每周走访一次。")
    listed = Card(
        type="list", prompt="全镇推行哪三项", items=["听民声", "解民忧", "暖民心"], origin=Origin(line=3)
    )
    cards = [members, whole, other_line, other_section, other_sentence, listed]
    assert compose.one_note_per_sentence(list(cards)) == cards


def test_one_note_per_sentence_opens_a_lump_of_exactly_the_members_asked_whole_elsewhere():
    # one gap over just the words another card of the sentence asks member by member, the document
    # asking them whole again further on: opened, and the card's other gap joins the members' note
    members = _sentence_card(
        "县里要求{{c1::月月有调度}}、{{c2::季季有观摩}}、{{c3::年年有考核}}，层层传导压力。"
    )
    lump = _sentence_card("县里要求{{c1::月月有调度、季季有观摩、年年有考核}}，{{c2::层层传导压力}}。")
    again = _sentence_card("总之，要坚持“{{c1::月月有调度、季季有观摩、年年有考核}}”不动摇。", line=9)
    notes = compose.one_note_per_sentence([members, lump, again])
    assert [card.text for card in notes] == [
        "县里要求{{c1::月月有调度}}、{{c2::季季有观摩}}、{{c3::年年有考核}}，{{c4::层层传导压力}}。",
        again.text,
    ]
    # clauses asked one by one beside the same clauses in one gap, asked again: the lump alone goes
    clauses = _sentence_card("评先评优{{c1::既看过程又看结果}}，{{c2::既看数量又看质量}}。", line=6)
    both = _sentence_card("评先评优{{c1::既看过程又看结果，既看数量又看质量}}。", line=6)
    said = _sentence_card("评先评优，{{c1::既看过程又看结果、既看数量又看质量}}。", line=7)
    assert compose.one_note_per_sentence([clauses, both, said]) == [clauses, said]


def test_one_note_per_sentence_keeps_the_one_lump_of_a_formulation():
    # the document's only lump of the formulation stays beside its members: the 提法 recited whole
    members = _sentence_card("县里要求{{c1::月月有调度}}、{{c2::季季有观摩}}、{{c3::年年有考核}}。")
    lump = _sentence_card("县里要求{{c1::月月有调度、季季有观摩、年年有考核}}。")
    assert compose.one_note_per_sentence([members, lump]) == [members, lump]
    # a longer series elsewhere is another formulation: the lump is still the only one asking this
    longer = _sentence_card("各乡镇做到{{c1::月月有调度、季季有观摩、年年有考核、届届有传承}}。", line=9)
    assert compose.one_note_per_sentence([members, lump, longer]) == [members, lump, longer]
    # said twice in one sentence's two lumps: one of them stays
    twice = _sentence_card("县里要求{{c1::月月有调度、季季有观摩、年年有考核}}。")
    made = compose.one_note_per_sentence([members, lump, twice])
    assert [card.text for card in made] == [
        members.text,
        "县里要求{{c1::月月有调度、季季有观摩、年年有考核}}。",
    ]


@pytest.mark.parametrize(
    ("members", "other"),
    [
        # a word more than the members: a formulation of its own, kept
        ("社区推动{{c1::共建共治共享}}、{{c2::群防群治}}。", "社区{{c1::推动共建共治共享、群防群治}}。"),
        # one member gapped on the other card: nothing asked twice member by member
        ("社区推动{{c1::共建共治共享}}、群防群治。", "社区推动{{c1::共建共治共享、群防群治}}。"),
        # two sentences of the line that share their words: two notes
        ("社区推动{{c1::共建共治共享}}、{{c2::群防群治}}。", "街道也推动{{c1::共建共治共享、群防群治}}。"),
    ],
)
def test_one_note_per_sentence_keeps_a_lump_that_asks_more(members: str, other: str) -> None:
    cards = [_sentence_card(members), _sentence_card(other)]
    assert [card.text for card in compose.one_note_per_sentence(cards)] == [members, other]


def test_one_note_per_sentence_opens_members_a_list_of_the_section_asks():
    # the notes below a slide ask its bullets again, one gap each, in order: the list asks them,
    # and the notes' card keeps what only it asks
    section = "二、工作要求 › 做到“三个带头”"
    listed = Card(
        type="list",
        prompt="做到“三个带头”（3项）",
        items=["带头学习", "带头实干", "带头守纪"],
        origin=Origin(line=8, section=section),
    )
    notes = _sentence_card(
        "一要{{c1::带头学习}}，{{c2::学深悟透}}；二要{{c3::带头实干}}；三要{{c4::带头守纪}}，{{c5::守住底线}}。",
        line=10,
        section=section,
    )
    made = compose.one_note_per_sentence([listed, notes])
    assert made == [listed, notes]
    assert notes.text == "一要带头学习，{{c1::学深悟透}}；二要带头实干；三要带头守纪，{{c2::守住底线}}。"
    # all its gaps listed: the card goes
    bare = _sentence_card(
        "要{{c1::带头学习}}、{{c2::带头实干}}、{{c3::带头守纪}}。", line=11, section=section
    )
    assert compose.one_note_per_sentence([listed, bare]) == [listed]
    # the members opened, a year its one gap left: it asks nothing the list does not, and goes
    dated = _sentence_card(
        "{{c1::2027年}}前，做到{{c2::带头学习}}、{{c3::带头实干}}、{{c4::带头守纪}}。",
        line=12,
        section=section,
    )
    assert compose.one_note_per_sentence([listed, dated]) == [listed]


@pytest.mark.parametrize(
    ("text", "section"),
    [
        # another section: the set asked where it stands there
        ("要{{c1::带头学习}}、{{c2::带头实干}}。", "三、保障措施"),
        # one member only
        ("要{{c1::带头学习}}，{{c2::学深悟透}}。", "二、工作要求"),
        # two of the three, the third worded otherwise: a set of the card's own
        ("一要{{c1::带头学习}}，二要{{c2::带头调研}}，三要{{c3::带头守纪}}。", "二、工作要求"),
        # the members out of the list's order: another set made of them
        ("先{{c1::带头实干}}，再{{c2::带头学习}}。", "二、工作要求"),
        # a member asked a second time after the set: the card says more of it than the list
        ("要{{c1::带头学习}}、{{c2::带头实干}}、{{c3::带头守纪}}，关键在{{c4::带头学习}}。", "二、工作要求"),
        # a series of the card with a member the list lacks: the card asks the series whole
        ("要{{c1::带头学习}}、{{c2::带头实干}}、{{c3::带头调研}}。", "二、工作要求"),
    ],
)
def test_one_note_per_sentence_keeps_gaps_no_list_asks_alike(text: str, section: str) -> None:
    listed = Card(
        type="list",
        prompt="做到三个带头（3项）",
        items=["带头学习", "带头实干", "带头守纪"],
        origin=Origin(line=8, section="二、工作要求"),
    )
    card = _sentence_card(text, line=10, section=section)
    assert compose.one_note_per_sentence([listed, card]) == [listed, card]
    assert card.text == text


def test_one_note_per_sentence_keeps_members_a_list_shows_in_its_prompt():
    # a list whose prompt spells out its members asks nothing: the cloze card keeps them
    listed = Card(
        type="list",
        prompt="宜早不宜迟；宜实不宜虚（2项）",
        items=["宜早不宜迟", "宜实不宜虚"],
        origin=Origin(line=8, section="二、工作要求"),
    )
    text = "{{c1::宜早不宜迟}}；{{c2::宜实不宜虚}}。"
    card = _sentence_card(text, line=8, section="二、工作要求")
    assert compose.one_note_per_sentence([listed, card]) == [listed, card]
    assert card.text == text


def test_one_note_per_sentence_does_not_cut_a_term_another_card_shows_whole():
    # a gap cut out of a phrase (characters on both sides) stays its own note: the card asking
    # something else of the sentence is the one that shows the whole term
    term = _sentence_card("各乡镇要严守省委{{c1::九条禁令}}要求，做到轻车简从。")
    other = _sentence_card("各乡镇要严守省委九条禁令要求，做到{{c1::轻车简从}}。")
    assert compose.one_note_per_sentence([term, other]) == [term, other]
    # a gap that ends on a mark cuts no phrase: joined
    quoted = _sentence_card("各乡镇要严守“{{c1::九条禁令}}”，做到轻车简从。")
    plain = _sentence_card("各乡镇要严守“九条禁令”，做到{{c1::轻车简从}}。")
    assert [c.text for c in compose.one_note_per_sentence([quoted, plain])] == [
        "各乡镇要严守“{{c1::九条禁令}}”，做到{{c2::轻车简从}}。"
    ]


def test_one_note_per_sentence_does_not_join_cut_cards_of_two_sentences_sharing_a_clause():
    # two sentences of one paragraph, the second opening with the clause the first ends on: each
    # card keeps its own sentence as its extra, and the text joined from them is in neither
    ends = "各地要着力做到学有所教、病有所医、老有所养，不断增强群众获得感。"
    opens = "不断增强群众获得感，还要持续推动产业升级、科技创新、人才集聚，久久为功。"
    first = _sentence_card(
        "……着力做到{{c1::学有所教}}、{{c2::病有所医}}、{{c3::老有所养}}，不断增强群众获得感……"
    )
    second = _sentence_card(
        "……不断增强群众获得感，还要持续推动{{c1::产业升级}}、{{c2::科技创新}}、{{c3::人才集聚}}……"
    )
    first.extra, second.extra = ends, opens
    assert compose.one_note_per_sentence([first, second]) == [first, second]


@pytest.mark.parametrize(
    ("before", "gap"),
    [
        # a further item, added on: it starts a topic of its own
        ("此外，还要做好冬季防火工作。", "民生无小事，枝叶总关情"),
        ("另外，各单位要按时报送统计报表。", "功成不必在我，功成必定有我"),
        # one more task beside the one before it: the list's last item cues nothing of the next
        ("加强社区治安巡逻，打击电信诈骗。", "做好防汛抗旱工作，提升应急能力"),
        # one character in common (建 of 新建 and 建设, 作 of 工作 and 作风) ties nothing
        ("今年全区新建公厕十二座。", "推动城乡建设提质增效"),
        ("窗口工作人员实行弹性排班。", "持续深化机关作风整治"),
    ],
)
def test_a_sentence_before_unrelated_to_the_gap_is_no_context(before: str, gap: str) -> None:
    bare = _cloze(f"{{{{c1::{gap}}}}}。")
    assert _in_paragraph(f"{before}{gap}。", bare)[0].startswith("{{c1::")


@pytest.mark.parametrize(
    ("before", "text"),
    [
        # the text points back at it
        ("省里把试点放在了我们区。", "这{{c1::既是信任，更是鞭策}}。"),
        ("眼下订单少了，成本涨了。", "{{c1::越是这样，越要稳住基本盘}}。"),
        # it answers its question
        ("落实靠什么？", "{{c1::靠的是真本领和硬作风}}。"),
        # someone's words on it, quoted
        ("窗口把十几张表并成了一张。", "“{{c1::以前跑三趟，现在一趟就够了}}。”"),
        # two morphemes of its words (站点 before 一站多点)
        ("村里都设了应急服务站点。", "{{c1::有条件的地方可以推行一站多点模式}}。"),
        # a saying: a contrast, a couplet
        ("全村去年修了三条路、两座桥。", "{{c1::幸福不是等来的，而是干出来的}}。"),
        ("全县新增市场主体一万二千户。", "{{c1::成绩来之不易，经验弥足珍贵}}。"),
    ],
)
def test_a_sentence_before_the_gap_goes_on_from_is_its_context(before: str, text: str) -> None:
    plain = CLOZE.sub(r"\2", text)
    assert _in_paragraph(before + plain, _cloze(text))[0] == before + text


@pytest.mark.parametrize(
    "text",
    [
        "我们今年的成绩，{{c1::靠的就是下面这几步}}：",
        "{{c1::重点要把握好以下几个方面}}。",
        "{{c1::结合本单位实际，我再强调三点}}。",
        "{{c1::跟着我一起来划重点}}：",
        "{{c1::有位老党员总结得好}}：",
        "{{c1::围绕全年目标，着重做好以下工作}}。",
        "{{c1::联系分管领域，我谈几点不成熟的体会}}。",
        "{{c1::制定这个办法，主要出于两方面考虑}}：",
        "{{c1::对这件事，有两点需要讲清楚}}。",
        # only the subject a speech's examples open with
        "{{c1::我们单位有的同志}}，开会时念稿子，散会后就忘了。",
        "{{c1::个别党员干部}}对群众的诉求推来推去。",
        "{{c1::还有少数同志}}遇到难题绕着走。",
    ],
)
def test_a_gap_that_points_at_what_follows_asks_nothing(text: str) -> None:
    assert CLOZE.search(open_trivia_gaps(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "基层常说“{{c1::上面千条线、下面一根针}}”。",
        "{{c1::家庭年收入3万元以下}}的纳入帮扶。",
        "{{c1::讲得好不如做得好}}。",
        "有的干部满足于“{{c1::翻翻材料、划划重点}}”。",
        # what someone ought to do, a bound or a rank below which, no pointer
        "宣传工作{{c1::既要干得好，也要说得好}}。",
        "{{c1::科级以下干部}}每年轮训一次。",
        "{{c1::乡镇以下的工作}}由街道统筹。",
        "{{c1::村级以下任务}}由网格员承担。",
        "{{c1::改革成效体现在三个方面的协同}}。",
        "要{{c1::坚持两点论和重点论相统一}}。",
        "{{c1::全县共有三个乡镇获评先进}}。",
        "要{{c1::服务好所有的人}}。",
        "{{c1::有的同志只唯上不唯实}}，这要纠正。",
        "要{{c1::抓住“关键少数”}}。",
        "要{{c1::严惩极少数人}}。",
        "{{c1::坚决整治个别干部}}吃拿卡要问题。",
        "{{c1::查处少数党员干部}}的违纪行为。",
        "要{{c1::纠正一些地方}}层层加码的做法。",
        "说话写文章要{{c1::有的放矢}}。",
        "要{{c1::坚持个别谈话制度}}。",
        "{{c1::少数服从多数}}是组织原则。",
        "{{c1::以下几个方面的关系要处理好}}。",
    ],
)
def test_a_gap_that_says_where_or_how_much_is_no_pointer(text: str) -> None:
    assert open_trivia_gaps(text) == text


def test_a_series_cut_at_the_subject_of_a_speechs_examples_is_no_set() -> None:
    text = (
        "我们单位有的同志，刚参加工作时干劲十足，几年后就疲沓了，理论学习走过场，读书笔记抄一抄、学习体会摘一摘；"
        "有的同志接待群众态度不错，但碰到难办的事就往外推；这些都是宗旨意识淡薄的表现，必须高度重视。"
    )
    cards = _cards(text, "在机关作风整顿会上的讲话")
    gaps = [m.group(2) for card in cards if card.type == "cloze" for m in CLOZE.finditer(card.text)]
    assert "读书笔记抄一抄、学习体会摘一摘" in gaps
    assert not any("有的同志" in gap for gap in gaps)
    assert not any("有的同志" in item for card in cards if card.type == "list" for item in card.items)


def test_an_answer_shows_the_question_before_it() -> None:
    text = "问：什么是“就近办”？\n答：“就近办”是指群众在家门口的便民服务点就能办理高频事项。"
    cards = [c for c in _cards(text) if c.type == "cloze" and c.text.startswith("问：")]
    assert cards and all(c.text.startswith("问：什么是“就近办”？答：") for c in cards)


def test_an_answer_under_its_question_as_heading_or_after_a_statement_shows_none() -> None:
    # the question is the section's heading: the front's header shows it
    text = (
        "一、问：什么是“就近办”？\n答：“就近办”是指群众在家门口的便民服务点就能办理高频事项。\n"
        "二、问：“就近办”怎么推进？\n答：要把便民服务点建到小区里，让群众少跑腿、好办事。"
    )
    answers = [c for c in _cards(text) if c.type == "cloze"]
    assert len(answers) == 2 and all(c.text.startswith("答：") for c in answers)
    # the paragraph before is no question
    text = "“就近办”改革已在全市推开。\n答：“就近办”是指群众在家门口的便民服务点就能办理高频事项。"
    assert [c.text[:3] for c in _cards(text) if "办理高频事项" in c.text] == ["答：“"]
    # a question two paragraphs up, or one too long to stand on the front
    text = (
        "问：什么是“就近办”？\n“就近办”改革已在全市推开。\n"
        "答：“就近办”是指群众在家门口的便民服务点就能办理高频事项。"
    )
    assert [c.text[:3] for c in _cards(text) if "办理高频事项" in c.text] == ["答：“"]
    long_question = (
        "问：" + "我市推进政务服务改革已有多年，群众反映办事仍要跑多个窗口，" * 2 + "什么是“就近办”？"
    )
    text = long_question + "\n答：“就近办”是指群众在家门口的便民服务点就能办理高频事项。"
    assert [c.text[:3] for c in _cards(text) if "办理高频事项" in c.text] == ["答：“"]


@pytest.mark.parametrize(
    ("found", "made"),
    [
        (
            "{{c1::《实施方案》坚持需求导向、问题导向}}，{{c2::以群众满意为第一标准}}。",
            "《实施方案》坚持{{c1::需求导向、问题导向}}，{{c2::以群众满意为第一标准}}。",
        ),
        # the name and its verb alone: the gap goes
        (
            "{{c1::《行动计划》提出}}，到2027年{{c2::基本建成十五分钟生活圈}}。",
            "《行动计划》提出，到2027年{{c1::基本建成十五分钟生活圈}}。",
        ),
    ],
)
def test_a_documents_short_name_and_its_verb_opening_a_gap_are_shown(found: str, made: str) -> None:
    assert _in_paragraph(CLOZE.sub(r"\2", found), _cloze(found)) == [made]


@pytest.mark.parametrize(
    ("found", "name"),
    [
        # a name asked alone, or a name inside the gap
        ("学习“{{c1::《民法典》}}”", "《民法典》"),
        ("要{{c1::把《纲要》落到实处}}。", "《纲要》"),
        # a name of its own, which may be what the learner recalls
        ("{{c1::《中华人民共和国安全生产法》坚持安全第一、预防为主}}。", "《中华人民共和国安全生产法》"),
        ("{{c1::《民法典》规定}}，自然人的民事权利能力一律平等。", "《民法典》"),
    ],
)
def test_a_name_that_may_be_the_answer_stays_in_the_gap(found: str, name: str) -> None:
    texts = _in_paragraph(CLOZE.sub(r"\2", found), _cloze(found))
    assert any(name in match.group(2) for match in CLOZE.finditer(texts[0]))


def _with_list(items: list[str], *texts: str) -> list[str]:
    """The composed cards of a list card and cloze cards of one document, each cloze its own paragraph."""
    listed = Card(type="list", prompt="他就开好局提出几点要求（2项）", items=items, origin=Origin(line=1))
    clozes = [_cloze(text, line=at) for at, text in enumerate(texts, start=2)]
    paragraphs = [Paragraph(line=1, text="他就开好局提出几点要求：" + "；".join(items) + "。")]
    paragraphs += [Paragraph(line=card.origin.line, text=CLOZE.sub(r"\2", card.text)) for card in clozes]
    made = compose_cards([listed, *clozes], paragraphs, "", {})
    return [c.text for c in made if c.type == "cloze"]


def test_a_front_of_only_a_hint_goes_when_a_list_asks_its_line() -> None:
    items = ["在打牢底子上用力", "数据共享"]
    # the listed item, bare or after an ordinal: the list asks it
    assert _with_list(items, "{{c1::第一要在打牢底子上用力}}。") == []
    assert _with_list(items, "{{c1::在打牢底子上用力}}。") == []


@pytest.mark.parametrize(
    "text",
    [
        # a hint-only front whose words no list card asks
        "{{c1::调研是谋事之基、成事之道}}。",
        # the item after words that are no ordinal: the line says something else of it
        "{{c1::不愿在打牢底子上用力}}。",
        # the item and what its line says of it: the gap asks more than the list
        "{{c1::数据共享，打破壁垒}}。",
        # a front with words of its own to recall from
        "我们每个同志都必须{{c1::在打牢底子上用力}}，不图虚名。",
    ],
)
def test_a_front_of_only_a_hint_stays_when_no_list_asks_its_line(text: str) -> None:
    kept = _with_list(["在打牢底子上用力", "数据共享"], text)
    assert len(kept) == 1 and CLOZE.sub(r"\2", kept[0]) == CLOZE.sub(r"\2", text)


@pytest.mark.parametrize("label", ["【材料节选】", "【材料二】", "【例题】"])
def test_an_exam_handouts_label_does_not_open_a_list_prompt(label: str) -> None:
    text = (
        f"{label}某区在整治群众身边不正之风中，一方面下沉督导力量，开展蹲点式暗访；"
        "另一方面畅通举报渠道，对反映集中的问题挂牌督办。"
    )
    prompts = [prompt for prompt, _ in _lists(_cards(text, "归纳概括题讲义"))]
    assert prompts
    assert all(not prompt.startswith("【") and "整治群众身边不正之风" in prompt for prompt in prompts)


def test_a_terms_label_bracket_still_opens_its_list_prompt() -> None:
    # (a bracket that names the set is no exam label: the prompt keeps the name)
    text = "【“两个维护”】一方面坚决维护习近平总书记党中央的核心，另一方面坚决维护党中央权威和集中统一领导。"
    prompts = [prompt for prompt, _ in _lists(_cards(text, "学习笔记"))]
    assert all("两个维护" in prompt for prompt in prompts)


# ---------------------------------------------------------------- gaps that frame the point


@pytest.mark.parametrize(
    "sentence",
    [
        "现将本人对照检查情况汇报如下。",
        "现发言如下，请各位批评帮助。",
        "以上发言，不足之处，敬请同志们批评指正。",
        "请大家批评指正。",
        "以上述职内容，请予评议。",
        "以上汇报，请各位委员审议。",
        "请予审阅。",
    ],
)
def test_a_speakers_own_opening_or_closing_formula_is_procedure(sentence: str) -> None:
    assert compose._is_procedure(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "现将有关情况说明如下：一是压实责任。",
        "要正确对待批评帮助，请大家畅所欲言。",
        "批评指正是对同志的爱护。",
        "现代农业发展情况如下表。",
        "请群众评议干部是改进作风的好办法。",
        "以上方案提请审议通过后即可实施。",
        "请把群众满意度作为评议的首要标准。",
    ],
)
def test_a_sentence_that_goes_on_past_the_formula_is_no_procedure(sentence: str) -> None:
    assert not compose._is_procedure(sentence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the occasion taken as a springboard: the point is what follows it
        (
            "我们要{{c1::以此次培训为新起点}}，{{c2::把所学转化为实际行动}}。",
            "我们要以此次培训为新起点，{{c1::把所学转化为实际行动}}。",
        ),
        ("我将{{c1::以本次研讨为契机}}，虚心听取意见。", None),
        # the occasion named to the hearers
        ("同事们，{{c1::本次集训是一次难得的充电机会}}。", None),
        # an object fronted by 对: the gap passes to what is said of it, or opens beside other gaps
        (
            "{{c1::对群众反映的停车难问题}}，回应还不够及时，整改也不彻底。",
            "对群众反映的停车难问题，{{c1::回应还不够及时}}，整改也不彻底。",
        ),
        (
            "{{c1::对窗口单位的服务态度}}，{{c2::要常态化暗访}}。",
            "对窗口单位的服务态度，{{c1::要常态化暗访}}。",
        ),
        # the wrong version a sentence denies, the right one in view
        (
            "“四下基层”是宣传、信访、调研、现场办公下基层，不是“{{c1::宣传}}、{{c2::信访}}、{{c3::检查}}”。",
            None,
        ),
    ],
)
def test_a_gap_that_frames_the_point_opens(text: str, expected: str | None) -> None:
    assert compose.open_framing_gaps(text) == expected


@pytest.mark.parametrize("preposition", ["对", "对于"])
def test_a_quoted_object_right_after_its_preposition_is_fronted_whichever_preposition(
    preposition: str,
) -> None:
    # (对于 is as much a fronting preposition as 对: the quotation straight after it names the object)
    text = f"{{{{c1::{preposition}“硬骨头”}}}}，要敢于攻坚，决不回避。"
    assert compose.open_framing_gaps(text) == f"{preposition}“硬骨头”，{{{{c1::要敢于攻坚}}}}，决不回避。"


@pytest.mark.parametrize(
    "text",
    [
        "要{{c1::以数字化改革为牵引}}，推动治理变革。",  # a lever named, no occasion
        "{{c1::这次全会的主题是改革}}。",  # the occasion as a subject, no hearers called
        "同志们，{{c1::这次会议提出的“三个务必”}}，要牢记于心。",  # what the occasion put forward
        "同志们，{{c1::本次全会审议通过的《决定》}}，是行动纲领。",
        "{{c1::对党忠诚}}，{{c2::对人民负责}}。",  # 对 bound into a word
        "{{c1::对困难群众“应帮尽帮”}}，不落一人。",  # a quotation that says what is done
        "{{c1::对违规行为严肃处理}}，绝不姑息。",  # a verb after the object
        "{{c1::对群众诉求体察不深}}，回应不快。",
        # a 对…的 phrase that the clause after it takes as its subject is the point
        "{{c1::对宪法的信仰}}，是守法的起点。",
        "{{c1::对基层干部的感情}}，也是一种激励。",
        "{{c1::对一把手的监督}}，仍是党内监督的难点。",
        "{{c1::对权力的监督}}，关系到政权的长治久安。",
        "{{c1::对群众的态度}}，决定工作的成败。",
        "要比{{c1::实绩}}、{{c2::口碑}}，而不是{{c3::排场}}、{{c4::声势}}。",  # denied with words of its own
        "是{{c1::宣传}}、{{c2::信访}}、{{c3::调研}}，不是检查。",  # the right version gapped
    ],
)
def test_a_gap_that_makes_the_point_stays(text: str) -> None:
    assert compose.open_framing_gaps(text) == text


_PAPER_IN_PARTS = """一、案例材料
某县推行网格化管理，把全县划分为三百多个网格，每个网格配备一名专职网格员，群众反映的问题平均两天内办结。
二、问题
1. 概括某县网格化管理的主要做法。（10分）
2. 谈谈如何进一步提升网格治理效能。（15分）
三、参考答案
第1题参考答案：
某县的主要做法有：一是科学划分网格，做到全覆盖；二是配强网格队伍，做到专人专责；三是畅通办理渠道，做到快速响应。
第2题参考答案：
提升网格治理效能，要着力抓好以下工作：
第一，完善网格员培训制度。定期开展业务培训，提高网格员发现问题和化解矛盾的能力。
第二，健全激励保障机制。落实网格员待遇，拓宽职业发展通道，稳定网格员队伍。
第三，推动数据共享应用。打通部门数据壁垒，实现网格信息一次采集、多方使用。
四、评分标准
第1题（10分）：答出“划分网格”“配强队伍”“畅通渠道”，每点3分；语言通顺1分。
第2题（15分）：答出“培训”“激励”“数据”，每点4分；条理清晰3分。
五、方法提示
作答对策题要把握三个环节：首先，找准问题；其次，分析原因；最后，提出对策。
"""


def test_a_papers_questions_stand_inside_its_numbered_parts() -> None:
    """第1题参考答案： and 第2题（15分） head the answers and marks inside the paper's parts (三、 四、),
    whose numbering goes on after them: 五、 is still a part, and each answer is filed under its question."""
    cards = _cards(_PAPER_IN_PARTS, "网格治理案例分析")
    lists = {c.prompt: c for c in cards if c.type == "list"}
    assert lists["本文的5个部分"].items[-1] == "方法提示"
    steps = next(c for c in lists.values() if c.items[0] == "找准问题")
    assert steps.origin.section == "五、方法提示"
    first = next(c for c in lists.values() if c.items[0] == "科学划分网格")
    assert first.prompt.startswith("第1题参考答案：")
    assert first.origin.section == "三、参考答案 › 第1题参考答案"
    second = next(c for c in lists.values() if c.items[0] == "完善网格员培训制度")
    assert second.origin.section == "三、参考答案 › 第2题参考答案"
    marks = [c for c in cards if c.type == "cloze" and c.origin.line in (16, 17)]
    assert {c.origin.section.split(" › ")[0] for c in marks} == {"四、评分标准"}


@pytest.mark.parametrize(
    ("lead", "prompt"),
    [
        # a lead that ends in a bare count says how many, not of what: the heading says it
        ("总结下来大致有三种", "一、答题误区：总结下来大致有三种（3项）"),
        # …not one whose count has its noun after it, or whose own words name what it counts
        ("考生要避免三种答题误区", "考生要避免三种答题误区（3项）"),
        ("答题误区大致有三种", "答题误区大致有三种（3项）"),
    ],
)
def test_a_lead_that_counts_no_kind_is_asked_under_its_heading(lead: str, prompt: str) -> None:
    text = (
        f"一、答题误区\n本讲最后谈谈考场表现。\n{lead}：一是答非所问，偏离题干；二是堆砌材料，不加提炼；"
        "三是条理不清，层次混乱。\n二、其他\n略。"
    )
    lists = _lists(_cards(text))
    assert next(p for p, _ in lists if p != "本文的2个部分") == prompt


def test_a_long_heading_before_a_lead_that_counts_no_kind_is_cut_to_its_first_clause() -> None:
    text = (
        "一、坚持以人民为中心的发展思想，在保障和改善民生上持续用力\n今年工作总体平稳。\n归纳起来主要有三种："
        "一是答非所问，偏离题干；二是堆砌材料，不加提炼；三是条理不清，层次混乱。\n二、其他\n略。"
    )
    lists = _lists(_cards(text))
    assert (
        next(p for p, _ in lists if p != "本文的2个部分")
        == "一、坚持以人民为中心的发展思想：归纳起来主要有三种（3项）"
    )


def test_a_set_of_members_quoted_one_by_one_asks_in_its_clause() -> None:
    """Members quoted one by one with nothing but the quotes between them (“松”“软”“散”) are one
    series written in its sentence: the prompt keeps the words after them (等毛病), not the lead
    cut before the first quote."""
    text = "调查发现，部分村班子存在“松”“软”“散”“懒”等毛病，群众意见较大。"
    prompts = [c.prompt for c in _cards(text) if c.type == "list"]
    assert "部分村班子存在“____”“____”“____”“____”等毛病（4项）" in prompts


@pytest.mark.parametrize(
    ("text", "members", "prompt"),
    [
        # quoted members with words between them, each opening a point: the list keeps its lead
        (
            "今年要抓好三项工作：一是“抓党建”，筑牢战斗堡垒；二是“促发展”，壮大集体经济；三是“惠民生”，办好民生实事。",
            ["抓党建", "促发展", "惠民生"],
            "今年要抓好三项工作（3项）",
        ),
        (
            "要着力破解三个难题：一是“钱从哪里来”，拓宽融资渠道；二是“地从哪里来”，盘活存量土地；"
            "三是“人从哪里来”，引进专业人才。",
            ["钱从哪里来", "地从哪里来", "人从哪里来"],
            "要着力破解三个难题（3项）",
        ),
    ],
)
def test_quotes_apart_in_clauses_make_no_glued_set(text: str, members: list[str], prompt: str) -> None:
    """Quoted members with words of their own between them are no series glued by quotes: no prompt
    blanks them in their sentence."""
    lists = [c for c in _cards(text) if c.type == "list"]
    assert not any("____”“____" in c.prompt or "____”，“____" in c.prompt for c in lists)
    assert prompt in [c.prompt for c in lists if c.items == members]


def test_a_gap_the_author_marked_stays_though_a_list_asks_the_heading_it_names() -> None:
    """A gap that names the part's heading, which the parts' list asks, is opened, unless the author
    set it in bold or highlighted it in that line: then the learner means to recite it in its
    sentence, and the card keeps it (and goes above the heading that would show it). A mark in
    another line does not keep it."""
    parts = Card(type="list", prompt="本文的2个部分", items=["《实干才能出实绩》", "《民生连着民心》"])
    parts.origin = Origin(line=1)
    text = "{{c1::实干才能出实绩}}，干部要俯下身子，{{c2::把群众的事情办实办好}}。"
    marked = Card(type="cloze", text=text, origin=Origin(line=4, section="一、《实干才能出实绩》"))
    plain = Card(type="cloze", text=text, origin=Origin(line=9, section="一、《实干才能出实绩》"))
    kept = compose.heading_words_asked_once([parts, marked, plain], {4: {"实干才能出实绩"}})
    assert [card.text for card in kept[1:]] == [
        text,
        "实干才能出实绩，干部要俯下身子，{{c1::把群众的事情办实办好}}。",
    ]
    assert compose.filed_above_its_gaps(kept[1]).origin == Origin(line=4, section=None)


def test_a_highlighted_saying_under_its_own_heading_is_a_gap_of_its_sentences_note(tmp_path: Path) -> None:
    """A Markdown note whose ==highlighted== or **bold** saying names the part it stands in: the
    sentence's one note asks it beside its other gap. A bold label before a colon stays a label."""
    source = tmp_path / "笔记.md"
    source.write_text(
        "# 学习笔记：作风篇\n\n"
        "## 一、《实干才能出实绩》\n\n"
        "==实干才能出实绩==，各级干部要俯下身子，把群众的每一件事情都办实办好、办出成效。\n\n"
        "## 二、《民生连着民心》\n\n"
        "**民生连着民心**，要把群众的冷暖安危放在心上，做到件件有回音、事事有着落。\n\n"
        "1. **访民情**：走进田间地头倾听意见；\n"
        "2. **解民难**：及时化解各类矛盾纠纷。\n",
        encoding="utf-8",
    )
    cards = extract_document(read_document(source)).cards
    clozes = [card.text for card in cards if card.type == "cloze"]
    (first,) = [text for text in clozes if "各级干部" in text]
    assert first.startswith("{{c1::实干才能出实绩}}，")
    (second,) = [text for text in clozes if "冷暖安危" in text]
    assert second.startswith("{{c1::民生连着民心}}，")
    assert not any("{{c1::访民情}}" in text or "{{c1::解民难}}" in text for text in clozes)


# ---------------------------------------------------------------- prompts whose words need their context


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        # a clause whose subject is a pronoun for the clause before it takes that clause along
        (
            "这项制度之所以管用，在于它守住了为民办事这条底线。一是方便了群众。二是规范了程序。三是提高了效率。",
            "这项制度之所以管用，在于它守住了为民办事这条底线（3项）",
        ),
        # so does a predicate whose subject is written before it (…，是因为…)
        (
            "老街能留住游客，是因为它做足了文化这篇文章。一是修复了古建。二是引进了非遗。三是办起了市集。",
            "老街能留住游客，是因为它做足了文化这篇文章（3项）",
        ),
    ],
)
def test_a_lead_leaning_back_keeps_its_subject(text: str, prompt: str) -> None:
    assert prompt in [c.prompt for c in _cards(text) if c.type == "list"]


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        # a lead that says its subject itself stands alone: the clause before it stays out
        (
            "会上，区里提出要办好三件实事。一是修好一条路。二是建好一所校。三是开好一个诊所。",
            "区里提出要办好三件实事（3项）",
        ),
        # 它山之石 is no pronoun
        (
            "经过调研，它山之石可以攻玉的经验有三条。一是学习先进地区。二是借鉴成熟做法。三是结合本地实际。",
            "它山之石可以攻玉的经验有三条（3项）",
        ),
        # 在于 after its own subject in the same clause
        (
            "会议强调，做好基层工作的关键在于抓住三个环节。一是摸清底数。二是压实责任。三是强化考核。",
            "做好基层工作的关键在于抓住三个环节（3项）",
        ),
        # 它 opening a sentence of its own, after a full stop
        (
            "会上通报了情况。它要求各地抓好三项工作。一是摸清底数。二是压实责任。三是强化考核。",
            "它要求各地抓好三项工作（3项）",
        ),
    ],
)
def test_a_lead_with_its_own_subject_stands_alone(text: str, prompt: str) -> None:
    assert prompt in [c.prompt for c in _cards(text) if c.type == "list"]


def test_a_heading_line_that_names_its_points_asks_for_them() -> None:
    """A numbered heading whose line goes on to say what the points below it are (…，关键看“六个是否”，
    要点如下：) asks for the points by those words; they are not the section's parts. The headings
    that end at their own words keep 本节的N个部分."""
    text = """一、乡村振兴
1. 产业振兴的路径：培育特色产业、延伸产业链条、壮大集体经济。
2. 人才振兴要做到“三个留住”：留住本土人才、留住返乡人才、留住下乡人才。
二、基层治理
1. 基层治理实现了“三个转变”：从管理到服务、从被动到主动、从单一到多元。
2. 评价一个地区治理好不好，关键看“六个是否”，要点如下：
① 矛盾纠纷是否就地化解；
② 群众诉求是否及时回应；
③ 公共服务是否便捷可及；
④ 社会秩序是否安定有序。
三、作风建设
1. 干部作风的“四个不”：不推诿、不拖延、不敷衍、不懈怠。
2. 作风建设要常抓不懈，持续纠治形式主义、官僚主义。
"""
    prompts = [c.prompt for c in _cards(text, "复习要点") if c.type == "list"]
    assert "评价一个地区治理好不好，关键看“六个是否”（4项）" in prompts
    assert not any(p.endswith("本节的4个部分") for p in prompts)
    assert "二、基层治理：本节的2个部分" in prompts


def test_a_heading_line_without_an_announcement_keeps_its_parts() -> None:
    """A heading whose line ends at its own words keeps 本节的N个部分 for the headings below it."""
    text = (
        "一、工作思路\n"
        "（一）抓学习\n"
        "要组织集中学习，每月不少于一次。\n"
        "（二）抓落实\n"
        "要建立工作台账，逐项销号管理。\n"
        "（三）抓督查\n"
        "要开展专项检查，及时通报结果。\n"
        "二、保障措施\n"
        "要加强组织领导。\n"
    )
    prompts = [c.prompt for c in _cards(text) if c.type == "list"]
    assert "一、工作思路：本节的3个部分" in prompts


@pytest.mark.parametrize(
    ("last", "count"),
    [
        ("本章小结", 3),  # an unnumbered summary after numbered parts closes them
        ("结语", 3),
        ("四、本章小结", 4),  # numbered like the others, it is counted as one of them
        ("学习体会", 4),  # an unnumbered heading that sums nothing up stays a part
    ],
)
def test_an_unnumbered_summary_heading_is_no_part(last: str, count: int) -> None:
    found = [
        Paragraph(1, "一、抓学习", heading=2),
        Paragraph(2, "要组织集中学习，每月不少于一次。"),
        Paragraph(3, "二、抓落实", heading=2),
        Paragraph(4, "要建立工作台账，逐项销号管理。"),
        Paragraph(5, "三、抓督查", heading=2),
        Paragraph(6, "要开展专项检查，及时通报结果。"),
        Paragraph(7, last, heading=2),
        Paragraph(8, "学用结合，知行合一，才能把工作做实。"),
    ]
    lists = [c for c in extract_cards(found, "学习笔记", "doc") if c.type == "list"]
    assert any(c.prompt.startswith(f"本文的{count}个部分") for c in lists), _lists(lists)


def test_bullets_under_a_heading_are_its_points_not_its_parts() -> None:
    """A slide's bullets under its heading are the heading's points (本节的N个要点); the headings
    under a heading stay its parts (see test_a_heading_line_without_an_announcement_keeps_its_parts)."""
    found = [
        Paragraph(1, "一、办好民生实事", heading=1),
        Paragraph(2, "织密养老服务网络", bullet=1),
        Paragraph(3, "补齐托育服务短板", bullet=1),
        Paragraph(4, "提升社区医疗水平", bullet=1),
        Paragraph(5, "二、抓好安全生产", heading=1),
        Paragraph(6, "压实企业主体责任", bullet=1),
        Paragraph(7, "开展隐患排查整治", bullet=1),
    ]
    prompts = [c.prompt for c in extract_cards(found, "年度工作要点", "doc") if c.type == "list"]
    assert "一、办好民生实事：本节的3个要点" in prompts
    assert not any(p.endswith("本节的3个部分") for p in prompts)


def test_a_heading_line_that_only_announces_keeps_the_section_phrase() -> None:
    """A heading line that announces its points without naming them (…，具体如下：) has no words
    of its own to ask them by: the rule that asks by the line's words leaves it alone."""
    text = """一、乡村振兴
1. 产业振兴的路径：培育特色产业、延伸产业链条、壮大集体经济。
2. 人才振兴要做到“三个留住”：留住本土人才、留住返乡人才、留住下乡人才。
二、基层治理
1. 基层治理实现了“三个转变”：从管理到服务、从被动到主动、从单一到多元。
2. 治理成效的评价，具体如下：
① 矛盾纠纷是否就地化解；
② 群众诉求是否及时回应；
③ 公共服务是否便捷可及；
④ 社会秩序是否安定有序。
三、作风建设
1. 干部作风的“四个不”：不推诿、不拖延、不敷衍、不懈怠。
2. 作风建设要常抓不懈，持续纠治形式主义、官僚主义。
"""
    prompts = [c.prompt for c in _cards(text, "复习要点") if c.type == "list"]
    assert not any(
        p.startswith("治理成效的评价，具体如下") or p.startswith("治理成效的评价（") for p in prompts
    )
    # (its ① lines are still the heading's points, not its parts)
    assert "治理成效的评价：本节的4个要点" in prompts


@pytest.mark.parametrize("announcing", ["具体来说", "主要包括", "具体做到"])
def test_a_heading_line_of_its_words_and_an_announcement_keeps_the_section_phrase(announcing: str) -> None:
    text = f"""一、乡村振兴
1. 产业振兴的路径：培育特色产业、延伸产业链条、壮大集体经济。
2. 人才振兴要做到“三个留住”：留住本土人才、留住返乡人才、留住下乡人才。
二、基层治理
1. 基层治理实现了“三个转变”：从管理到服务、从被动到主动、从单一到多元。
2. 提升治理成效，{announcing}：
① 矛盾纠纷就地化解；
② 群众诉求及时回应；
③ 公共服务便捷可及。
三、作风建设
1. 干部作风的“四个不”：不推诿、不拖延、不敷衍、不懈怠。
2. 作风建设要常抓不懈，持续纠治形式主义、官僚主义。
"""
    prompts = [c.prompt for c in _cards(text, "复习要点") if c.type == "list"]
    assert not any(announcing + "（" in p for p in prompts)


def test_enclosed_number_lines_with_paragraphs_of_their_own_stay_parts() -> None:
    """①–③ lines each followed by a paragraph of what was done under them are sub-headings: the
    heading's parts (本节的N个部分), not its points."""
    text = """一、主要做法
①建强党组织
村党组织书记全部实现一肩挑，新建党群服务中心十二个，基层组织力明显增强。
②完善自治机制
全面推行村规民约，建立村民议事会制度，群众参与村级事务的积极性明显提高。
③推进法治建设
开展法律进村活动，每村配备一名法律顾问，群众学法用法意识明显增强。
二、存在问题
要补齐短板。
"""
    prompts = [c.prompt for c in _cards(text, "调研报告") if c.type == "list"]
    assert "一、主要做法：本节的3个部分" in prompts, prompts
    assert not any(p.endswith("本节的3个要点") for p in prompts)


def test_a_bracket_that_counts_the_points_is_no_part_of_their_prompt(tmp_path: Path) -> None:
    """The trial's note: 本质要求（9条，难背）over nine points; the prompt counts them itself, so the
    bracket goes (never 本质要求（9条，难背）（9项）). A bracket that counts nothing stays."""
    source = tmp_path / "笔记.md"
    source.write_text(
        "# 背诵笔记\n\n## 三、中国式现代化\n\n"
        "- 本质要求（4条，难背）：\n"
        "  - 坚持党的领导，坚持人民至上\n  - 实现高质量发展\n  - 丰富人民精神世界\n",
        encoding="utf-8",
    )
    (listing,) = [card for card in extract_document(read_document(source)).cards if card.type == "list"]
    assert listing.prompt == "本质要求（4项）"
    assert listing.items[:2] == ["坚持党的领导", "坚持人民至上"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("本质要求（9条，难背）", "本质要求"),
        ("个人事项（6个）", "个人事项"),
        # (a bracket that counts nothing, or dates the line, is no count)
        ("做好三件事（重点）", "做好三件事（重点）"),
        ("推进改革（2024年）", "推进改革（2024年）"),
        # (nor a name that a count opens: 三步走 is what the set is called)
        ("时间表（“三步走”）", "时间表（“三步走”）"),
        ("意见（三个务必）", "意见（三个务必）"),
    ],
)
def test_a_count_remark_is_cut_from_a_prompt(text: str, kept: str) -> None:
    assert compose._without_count_remark(text) == kept


_COMPILED = """
申论范文选读（第二期）
范文一
以“钉钉子精神”抓好工作落实
抓落实是领导干部的基本功，也是检验作风的试金石。一分部署，九分落实，再好的蓝图不落实也只是一纸空文。
一、抓落实，要有“咬定青山”的定力。目标定了就要一抓到底，不能朝令夕改、虎头蛇尾。
二、抓落实，要有“攻坚克难”的勇气。越是难啃的骨头，越要迎难而上，在破解难题中推动工作。
三、抓落实，要有“久久为功”的韧劲。一张蓝图绘到底，一任接着一任干，做到干净做事、清白做人。
范文二
让乡村文化“活”起来
乡村振兴，既要塑形，也要铸魂。文化是乡村的灵魂，没有文化的振兴，乡村振兴就不完整。
守住文化之根，是乡村文化振兴的“基本功”。要保护好古村落、古建筑和非物质文化遗产，让乡愁有处安放。
激活文化之源，是乡村文化振兴的“关键招”。要推动文化和旅游深度融合，让沉睡的资源变成发展的资本。
培育文明之风，是乡村文化振兴的“压舱石”。要推进移风易俗，弘扬新风正气，让文明乡风吹遍田野。
文化振兴永远在路上，没有休止符。只有久久为功、绵绵用力，才能让乡村文化焕发新的生机。
"""


def test_a_compilations_pieces_head_their_cards_by_their_titles() -> None:
    """Each essay of a 范文集 is a part of its own, named by its title, outside the essay's own 一、二、三:
    the second essay's cards stand under its title, not under the first essay's 三、, and its parts are
    asked as the parts of that essay (本篇), not of the whole file; the card that asks the essays'
    titles asks them as the collection's pieces (本集的2篇), not as one text's parts."""
    headings = find_headings(_paragraphs(_COMPILED))
    pieces = [h for h in headings if h.piece]
    assert [h.place for h in pieces] == ["以“钉钉子精神”抓好工作落实", "让乡村文化“活”起来"]
    assert all(piece.rank < other.rank for piece in pieces for other in headings if not other.piece)
    cards = _cards(_COMPILED, "申论范文选读")
    second = [c for c in cards if c.origin and (c.origin.line or 0) >= 10]
    assert second
    assert all((c.origin.section or "").startswith("让乡村文化“活”起来") for c in second)
    parts = ("让乡村文化“活”起来：本篇的3个部分", ["守住文化之根", "激活文化之源", "培育文明之风"])
    assert parts in _lists(cards)
    assert ("本集的2篇", [h.item for h in pieces]) in _lists(cards)


@pytest.mark.parametrize(
    ("bullet", "members", "prompt"),
    [
        # (the trial's note: a bullet that heads its own sub-list and counts it asks by that name)
        (
            "过去一年办成了群众期盼的三件实事：",
            ["建成县城第二水厂", "完成老旧小区改造", "开通城乡公交专线"],
            "过去一年办成了群众期盼的三件实事（3项）",
        ),
        (
            "乡村振兴要做到“两个确保”：",
            ["确保粮食产量稳定", "确保不发生规模性返贫"],
            "乡村振兴要做到“两个确保”（2项）",
        ),
        # (a bare name says too little alone: the section's words stay)
        ("“两个确保”：", ["确保粮食产量稳定", "确保不发生规模性返贫"], "两个确保：本节的2个要点"),
        (
            "改革要做到四个坚持：",
            ["坚持党的领导", "坚持人民至上", "坚持守正创新", "坚持系统观念"],
            "改革要做到四个坚持（4项）",
        ),
    ],
)
def test_a_bullet_that_counts_its_sub_list_asks_by_that_name(
    tmp_path: Path, bullet: str, members: list[str], prompt: str
) -> None:
    source = tmp_path / "笔记.md"
    body = "".join(f"  - {member}\n" for member in members)
    source.write_text(f"# 学习笔记\n\n## 一、总体情况\n\n- {bullet}\n{body}", encoding="utf-8")
    prompts = [c.prompt for c in extract_document(read_document(source)).cards if c.type == "list"]
    assert prompt in prompts, prompts


def test_a_bullet_that_names_no_count_still_asks_for_its_points(tmp_path: Path) -> None:
    # (a bullet over sub-points with no count of them: no name to ask by, the points stay 本节's)
    source = tmp_path / "笔记.md"
    source.write_text(
        "# 学习笔记\n\n## 一、总体情况\n\n- 主要做法：\n  - 建强村级组织\n  - 完善网格治理\n  - 推进数字赋能\n",
        encoding="utf-8",
    )
    prompts = [c.prompt for c in extract_document(read_document(source)).cards if c.type == "list"]
    assert "主要做法：本节的3个要点" in prompts, prompts


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        # a long ；-series after a lead ending in a colon keeps its lead on the front
        (
            "今年全县经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；一般公共预算收入增长4%；"
            "固定资产投资增长6%；社会消费品零售总额增长6%；城镇新增就业3.1万人以上；"
            "居民人均可支配收入增长与经济增长基本同步；粮食产量稳定在120万吨以上。",
            "今年全县经济社会发展的主要预期目标是：{{c1::",
        ),
        (
            "明年学校工作的主要任务是：全面加强党的建设和思想政治工作；深入推进课程教学改革和质量提升；"
            "持续加强师资队伍建设和人才引进；着力改善办学条件和校园环境；切实维护校园安全稳定和谐。",
            "明年学校工作的主要任务是：{{c1::",
        ),
        # only the clause before the colon: the frame before it is left out (……)
        (
            "按照市委市政府关于全面推进高质量发展和加快建设现代化经济体系的总体部署和工作要求，今年的目标是："
            "地区生产总值增长5.5%左右；一般公共预算收入增长4%；固定资产投资增长6%；社会消费品零售总额增长6%；"
            "城镇新增就业3.1万人以上；居民人均可支配收入增长与经济增长基本同步；粮食产量稳定在120万吨以上。",
            "……今年的目标是：{{c1::",
        ),
        # a lead that only says who speaks or how (a speaker's tag, a frame, a pointer back) says
        # nothing of what the series is: ……
        *(
            (
                f"{lead}：地区生产总值增长5.5%左右；一般公共预算收入增长4%；固定资产投资增长6%；"
                "社会消费品零售总额增长6%；城镇新增就业3.1万人以上；居民人均可支配收入增长与经济增长基本同步；"
                "粮食产量稳定在120万吨以上。",
                "……{{c1::",
            )
            for lead in (
                "会议强调",
                "市委书记在全市推进会上指出",
                "事实证明",
                "对此，我们要清醒地看到",
                "这些成绩来之不易",
            )
        ),
    ],
)
def test_a_long_series_after_a_colon_keeps_its_lead(text: str, opening: str) -> None:
    texts = [card.text for card in _cards(text) if card.type == "cloze"]
    assert any(t.startswith(opening) for t in texts), texts
