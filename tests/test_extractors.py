"""Extractor rules (parametrised tables) and golden card files for the seed documents.

Regenerate the golden files after a deliberate change with `pytest --update-golden` and
review the git diff.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from opencc_purepy import OpenCC

from yaodian.cards import Card, Origin, render_card_file
from yaodian.extractors import (
    EXTRACTORS,
    _list_saying_its_word,
    extract_cards,
    extract_document,
    names_a_topic,
    outline,
    phrases,
    restore_cards,
    restorer_for,
    series,
)
from yaodian.extractors.boilerplate import is_boilerplate, main_text
from yaodian.extractors.outline import heading_part
from yaodian.extractors.script import paragraph, simplified
from yaodian.extractors.terms import Term
from yaodian.extractors.text import (
    Paragraph,
    han_len,
    han_words,
    marshal_copy,
    opening_clause,
    word_len,
    words,
)
from yaodian.sources import read_document

GOLDEN = Path(__file__).parent / "data" / "golden"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _paragraphs(text: str) -> list[Paragraph]:
    return [paragraph(n, line) for n, line in enumerate(text.strip().splitlines(), 1) if line.strip()]


def _cards(text: str, extractor: str) -> list[Card]:
    """One extractor's cards of `text`, found in its simplified view, written in its own characters."""
    paragraphs = _paragraphs(text)
    return restore_cards(EXTRACTORS[extractor](paragraphs, "标题"), restorer_for(paragraphs, "标题"))


def _lists(text: str, extractor: str) -> list[tuple[str, list[str]]]:
    return [(c.prompt, c.items) for c in _cards(text, extractor) if c.type == "list"]


def _in_view(rule: Callable[[str], str], text: str) -> str:
    """A text rule applied to the simplified view of `text`, its result in `text`'s characters."""
    found = paragraph(1, text)
    return restorer_for([found]).restore(rule(found.text), 1)


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("加强组织领导,确保统战工作的有效开展", "加强组织领导"),
        ("首先,加强思想引领,理清工作思路。", "加强思想引领"),
        ("统战工作意识差。", "统战工作意识差"),
    ],
)
def test_opening_clause(text: str, clause: str) -> None:
    assert opening_clause(text).strip("。") == clause


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        (
            "会议提了三点要求:\n一、加强组织领导,确保落实。\n二、整合资源,形成合力。\n三、注重宣传。",
            [("会议提了三点要求", ["加强组织领导", "整合资源", "注重宣传"])],
        ),
        (
            "(一)提高认识。内容。\n(二)健全机制。内容。",
            [("标题", ["提高认识", "健全机制"])],
        ),
        (
            "一、当前存在的问题1、意识差。2、力量不足。3、人员配备不强。",
            [("当前存在的问题", ["意识差", "力量不足", "人员配备不强"])],
        ),
        (
            "对此,会议明确了两条:一是争取党委重视支持,纳入规划;二是贯彻落实条例,提高质量。",
            [("会议明确了两条", ["争取党委重视支持", "贯彻落实条例"])],
        ),
        (
            "有以下几个方面的做法:首先,加强思想引领,理清思路。\n其次,健全组织体系。\n最后,加强宣传引导。",
            [("有以下几个方面的做法", ["加强思想引领", "健全组织体系", "加强宣传引导"])],
        ),
        (
            "会议提了四点要求:\n——各级部门要在党委领导下,发挥作用。\n——做好日常工作,推动健全。\n——切实加强基层工作。",
            [("会议提了四点要求", ["各级部门要在党委领导下", "做好日常工作", "切实加强基层工作"])],
        ),
        # (主要有 only announces the set: the title asks for it)
        ("主要有:①宣传政策;②联络服务;③维护权益。", [("标题", ["宣传政策", "联络服务", "维护权益"])]),
        ("第一,提高政治站位。第二,深入学习理论。", [("标题", ["提高政治站位", "深入学习理论"])]),
        ("2020.1.7 会议召开。", []),
    ],
)
def test_outline(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _lists(text, "outline") == lists


def test_outline_nests_points_under_their_heading() -> None:
    text = "一、加强领导\n1、建立机制。\n2、加强队伍。\n二、创新方式\n1、深化交流。\n2、加强宣传。"
    assert _lists(text, "outline") == [
        ("标题", ["加强领导", "创新方式"]),
        ("加强领导", ["建立机制", "加强队伍"]),
        ("创新方式", ["深化交流", "加强宣传"]),
    ]


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        (
            "统战部是党委统战工作的参谋机构、组织协调机构、具体执行机构、督促检查机构,担负重要职能。",
            [("统战部是党委统战工作的", ["参谋机构", "组织协调机构", "具体执行机构", "督促检查机构"])],
        ),
        ("使工作具有感召力、亲和力和凝聚力。", [("使工作具有", ["感召力", "亲和力", "凝聚力"])]),
        (
            "充分运用民主协商会、征求意见会、情况通报会等方式。",
            [("充分运用", ["民主协商会", "征求意见会", "情况通报会"])],
        ),
        ("县、市、区一级的工作。", []),
    ],
)
def test_series(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _lists(text, "series") == lists


def test_parallel_sentences_with_lead_inside_first() -> None:
    text = "推动工作落实,应当强化力量配备,解决谁来抓;强化重点任务,解决抓什么;强化分层施策,解决怎么抓。"
    assert _lists(text, "parallel") == [
        ("推动工作落实,应当", ["强化力量配备", "强化重点任务", "强化分层施策"])
    ]


def test_numbered_concept_spelled_out_after_ji() -> None:
    text = "领导班子成员做到三个带头,即带头学习理论,带头参加活动,带头广交朋友。"
    assert _lists(text, "terms") == [
        ("领导班子成员做到三个带头", ["带头学习理论", "带头参加活动", "带头广交朋友"])
    ]


def test_numbered_concept_named_away_from_the_list_that_says_its_word() -> None:
    """A concept named after its points were laid out (抓好四个强化) is the list of as many items
    that all say its word; the list's prompt names it."""
    text = (
        "二、主要措施\n（一）强化学习教育，把纪律规矩刻印在心。\n（二）强化警示教育，用身边事教育身边人。\n"
        "（三）强化制度执行，扎紧织密制度笼子。\n（四）强化监督执纪，坚持抓早抓小。\n"
        "三、工作要求\n各单位要结合实际抓好四个强化，确保纪律建设落地见效。"
    )
    lists = [(c.prompt, c.items) for c in extract_cards(_paragraphs(text), "标题", "doc") if c.type == "list"]
    assert (
        "各单位要结合实际抓好四个强化（4项）",
        ["强化学习教育", "强化警示教育", "强化制度执行", "强化监督执纪"],
    ) in lists


def test_a_list_another_concept_names_is_not_linked_by_a_word() -> None:
    """三个提升 named far from a list that says 提升 in every item: not that list where its prompt names
    another concept (三个方面); the concept keeps its cloze."""
    items = ["提升政策研究能力", "提升统筹协调能力", "提升文字综合能力"]
    term = Term(
        "三个提升", 3, "三个提升方向契合机关工作特点。", [], 30, "三个提升方向契合机关工作特点", False, []
    )
    named = Card(type="list", prompt="我还需要在三个方面提升", items=items, origin=Origin(line=3))
    plain = Card(type="list", prompt="标题", items=items, origin=Origin(line=3))
    assert _list_saying_its_word([named], term) is None
    assert _list_saying_its_word([plain], term) is plain


def test_a_set_named_by_a_second_concept_far_away_shows_that_naming_on_its_back() -> None:
    """A set named (“三个一”) and laid out, then summed up elsewhere under another name (三项任务：…):
    the card keeps the prompt of its place and its back shows the other naming."""
    text = (
        "《实施意见》围绕“三个一”提出了具体举措，概括起来主要有以下三个方面：\n"
        "1. 织密“一张网”。优化网格划分标准，推动多网融合。\n2. 建强“一中心”。提升城市运行管理中心功能。\n"
        "3. 打通“一条链”。建立事件处置闭环。\n二、工作成效\n各地网格化管理水平明显提升，群众满意度持续提高。\n"
        "基层治理效能不断增强。\n三、图解\n三项任务：织密“一张网”、建强“一中心”、打通“一条链”"
    )
    (card,) = [c for c in extract_cards(_paragraphs(text), "标题", "doc") if c.items[:1] == ["织密“一张网”"]]
    assert card.prompt.startswith("《实施意见》围绕“三个一”")
    assert card.extra.endswith("\n三项任务：织密“一张网”、建强“一中心”、打通“一条链”")


def test_a_set_spelled_out_again_under_a_second_name_shows_that_naming_on_its_back() -> None:
    """A set named in one place (A、B、C三大特色产业) and spelled out again under another name
    elsewhere (围绕A、B、C三条链): one card asks it, its back shows the second naming."""
    text = (
        "一、过去一年\n茶叶、竹木、中药材三大特色产业产值增长一成，带动农户增收。\n"
        "二、今年任务\n1. 做强特色产业。围绕茶叶、竹木、中药材三条链，实施延链补链行动。"
    )
    cards = extract_cards(_paragraphs(text), "标题", "doc")
    (card,) = [c for c in cards if c.items == ["茶叶", "竹木", "中药材"]]
    assert "三大特色产业" in card.prompt
    assert card.extra.endswith("\n围绕茶叶、竹木、中药材三条链，实施延链补链行动。")


def test_a_concept_asked_by_its_labels_shows_what_each_stands_for_on_its_back() -> None:
    """A concept whose members are the labels its lines open with (街道 of 街道是协同的召集人): the card
    asks the labels, its back shows the lines whole, which say what each member does."""
    text = (
        "（二）以“三方协同”提效能\n街道是协同的召集人，每月召开一次议事会。\n"
        "物业是协同的执行者，负责日常维修养护。\n业委会是协同的监督方，定期公开收支情况。"
    )
    (card,) = [
        c for c in extract_cards(_paragraphs(text), "标题", "doc") if c.items == ["街道", "物业", "业委会"]
    ]
    assert card.extra.splitlines()[1:] == ["街道是协同的召集人", "物业是协同的执行者", "业委会是协同的监督方"]


def test_a_concept_spelled_out_in_the_next_sentence_shows_its_naming_first() -> None:
    """The back of a concept's list tells the naming, then the sentence that spells the members out."""
    text = (
        "我重点强调两个方面。\n（一）守牢“两条底线”。就是确保国家粮食安全、确保不发生规模性返贫致贫。各地要压实责任。\n"
        "（二）做强“土特产”文章。产业振兴是重中之重。"
    )
    cards = extract_cards(_paragraphs(text), "标题", "doc")
    (card,) = [c for c in cards if c.items == ["确保国家粮食安全", "确保不发生规模性返贫致贫"]]
    assert card.extra == "（一）守牢“两条底线”。就是确保国家粮食安全、确保不发生规模性返贫致贫。"


def test_numbered_concept_named_only_is_clozed_in_its_sentence() -> None:
    cards = EXTRACTORS["terms"](_paragraphs("增强“四个意识”,提高政治站位。"), "标题")
    assert [c.text for c in cards] == ["增强“{{c1::四个意识}}”,提高政治站位。"]


@pytest.mark.parametrize(
    "line",
    [
        "公选王遴选网 lx.gongxuanwang.com 2020-01-07 阅读: 1799",
        "售前咨询: 131-6465-6773 / 150-7242-7607",
        "关于我们| 严正声明| 联系我们| 申请友链| 付款方式",
        "上一篇: 某某考点",
        "编辑:张三",
        "扫描下载APP",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["统战部是党委统战工作的参谋机构、组织协调机构。", "一、加强组织领导"])
def test_article_lines_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


def test_repeated_passage_gives_one_card() -> None:
    text = "使工作具有感召力、亲和力和凝聚力。\n其他内容在这里。\n使工作具有感召力、亲和力和凝聚力。"
    cards = extract_cards(_paragraphs(text), "标题", "doc")
    assert sum(1 for c in cards if "{{c1::感召力}}、{{c2::亲和力}}和{{c3::凝聚力}}" in c.text) == 1


def test_ids_are_stable_and_unique(seed_paths: list[Path]) -> None:
    first = extract_document(read_document(seed_paths[1]))
    second = extract_document(read_document(seed_paths[1]))
    assert [c.id for c in first.cards] == [c.id for c in second.cards]
    assert len({c.id for c in first.cards}) == len(first.cards)


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("作为统战工作人员,我们需要具备宽广的视野。", "我们需要具备宽广的视野"),
        ("作為統戰工作人員,我們需要具備寬廣的視野。", "我們需要具備寬廣的視野"),
        ("在当前社会背景下,我们要坚定理想信念。", "我们要坚定理想信念"),
    ],
)
def test_opening_clause_skips_a_frame(text: str, clause: str) -> None:
    assert _in_view(opening_clause, text) == clause


@pytest.mark.parametrize(
    ("clause", "heading"),
    [
        ("乡村医疗工作的主要意义乡村医疗工作是指在村一级开展的诊疗服务", "乡村医疗工作的主要意义"),
        ("健全城市治理的工作机制做好城市治理工作必须坚持人民至上", "健全城市治理的工作机制"),
        ("社区养老服务开展情况近年来", "社区养老服务开展情况"),
        ("目前面临的主要困难**县的快速发展", "目前面临的主要困难"),
        ("社區養老服務開展情況近年來", "社區養老服務開展情況"),
        ("加强基层组织建设", "加强基层组织建设"),
        (
            "健全统战工作责任制是完善大统战工作格局的重要抓手",
            "健全统战工作责任制是完善大统战工作格局的重要抓手",
        ),
    ],
)
def test_heading_run_into_its_body(clause: str, heading: str) -> None:
    assert _in_view(heading_part, clause) == heading


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        (
            "关于学校:一、办学条件的改善近年来学校投入很大。\n二、加强师资队伍的整体建设师资队伍近年不断壮大。",
            [("关于学校", ["办学条件的改善", "加强师资队伍的整体建设"])],
        ),
        (
            "一、问题不少。\n部分单位仍处于应付的状态二、机制不完善。",
            [("标题", ["问题不少", "机制不完善"])],
        ),
        (
            "提出如下建议:1是争取领导重视,理顺关系;2是争取部门支持,形成合力;3是争取工作主动。",
            [("提出如下建议", ["争取领导重视", "争取部门支持", "争取工作主动"])],
        ),
        (
            "下面谈几点体会。\n首先,我们要加强学习。\n其次,我们要深入实践。\n另外,我们要勇于创新。\n最后,我们要总结经验。",
            [("标题", ["我们要加强学习", "我们要深入实践", "我们要勇于创新", "我们要总结经验"])],
        ),
        (
            "首先,加強理論學習。\n其次,深入調查研究。\n最後,推動工作落實。",
            [("标题", ["加強理論學習", "深入調查研究", "推動工作落實"])],
        ),
        (
            "一方面,要在保障发展上创新思路。\n另一方面,要在凝心聚力上创新思路。",
            [("标题", ["要在保障发展上创新思路", "要在凝心聚力上创新思路"])],
        ),
        (
            "“三个坚持”送给你。\n——坚持学习。\n——坚持实践。\n——坚持创新。",
            [("“三个坚持”送给你", ["坚持学习", "坚持实践", "坚持创新"])],
        ),
    ],
)
def test_outline_more_styles(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _lists(text, "outline") == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        ("充分发挥协调、服务、监督的作用。", [("充分发挥", ["协调", "服务", "监督"])]),
        ("提高干部知法、懂法、用法的能力。", [("提高干部", ["知法", "懂法", "用法"])]),
        ("尊重、维护和照顾群众利益。", [("……群众利益", ["尊重", "维护", "照顾"])]),
        (
            "学校是指在城市、乡镇、村庄开展的传授知识、培养品德、锻炼身体的机构。",
            [("学校是指在", ["城市", "乡镇", "村庄"]), ("村庄开展的", ["传授知识", "培养品德", "锻炼身体"])],
        ),
        (
            "推进各级学校门户网站和官方微博、微信公众号、政务客户端等新媒体建设。",
            [("推进各级", ["学校门户网站", "官方微博", "微信公众号", "政务客户端"])],
        ),
        ("使工作具有感召力、親和力與凝聚力。", [("使工作具有", ["感召力", "親和力", "凝聚力"])]),
        (
            "真正把“有没有法治观念、懂不懂法律政策、会不会依法办事”作为衡量干部的依据。",
            [("真正把", ["有没有法治观念", "懂不懂法律政策", "会不会依法办事"])],
        ),
    ],
)
def test_series_edges(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _lists(text, "series") == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # two long 、-parts with a 和 inside are coordinated clauses, not a set of three
        ("坚持和完善城乡基本公共服务制度、推进基层社会治理体系和基层治理能力现代化作出部署。", []),
        # 由A、B向C is a change of state
        ("产业结构正由数量扩张、规模增长向质量提升转变。", []),
        # a member much longer than its siblings swallowed the rest of the sentence
        ("要把那些有能力、有担当的青年及时推荐到基层岗位、政府部门中来。", []),
        # the last member ends with the ending its siblings share
        (
            "城乡差距矛盾、区域发展矛盾、收入分配矛盾日益突出。",
            [("……日益突出", ["城乡差距矛盾", "区域发展矛盾", "收入分配矛盾"])],
        ),
        ("建设开放型、创新型、服务型政府。", [("建设", ["开放型", "创新型", "服务型"])]),
        # a word every later member opens with belongs to the first one too
        (
            "积极引导社会力量为乡村振兴、为城市更新、为生态保护出力。",
            [("积极引导社会力量", ["为乡村振兴", "为城市更新", "为生态保护出力"])],
        ),
    ],
)
def test_series_plausibility(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _lists(text, "series") == lists


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("增强“四个意识”,提高站位。", "四个意识"),
        ("增強「四個意識」,提高站位。", "四個意識"),
        ("做到“兩個維護”。", "兩個維護"),
        ("落实中央八项规定精神。", "八项规定"),
    ],
)
def test_numbered_concept_named(text: str, term: str) -> None:
    cards = _cards(text, "terms")
    assert [c.text for c in cards] == [text.replace(term, "{{c1::" + term + "}}", 1)]


def test_numbered_concept_spelled_out_by_the_list_after_it() -> None:
    text = "“三个坚持”送给你。\n——坚持学习。\n——坚持实践。\n——坚持创新。"
    cards = extract_cards(_paragraphs(text), "标题", "doc")
    assert [(c.prompt, c.items) for c in cards] == [
        ("“三个坚持”送给你（3项）", ["坚持学习", "坚持实践", "坚持创新"])
    ]


@pytest.mark.parametrize(
    ("clause", "span"),
    [
        ("发扬敢想敢闯敢试的精神", "敢想敢闯敢试"),
        ("这些平台载体不仅要建起来,更要转起来", "这些平台载体不仅要建起来,更要转起来"),
        ("积极推动和协助党委坚持协商于决策之前", "坚持协商于决策之前"),
        ("促进机关工作常流水、不断线", "常流水、不断线"),
        ("对于找到最大公约数、画出最大同心圆", "找到最大公约数、画出最大同心圆"),
        ("队伍呈现人多、面广、线长的特点", "人多、面广、线长"),
        # (a judgement's emphasised end is no candidate without its subject: see test_phrases)
        ("要把人才作为推动发展的重要法宝", "发展的重要法宝"),
        ("说起来容易,做起来困难,坚持起来更难", "说起来容易,做起来困难,坚持起来更难"),
        # 成为 opens the goal a clause sets
        ("帮助青年干部成为基层治理行家里手", "成为基层治理行家里手"),
        # a definition a verb of grasping takes before 的 and a short noun
        ("深刻认识人才是第一资源的战略意义", "人才是第一资源"),
        ("准确把握生态环境是民生福祉的重要定位", "生态环境是民生福祉"),
    ],
)
def test_phrase_candidates(clause: str, span: str) -> None:
    assert span in phrases._candidates(clause + "。")


@pytest.mark.parametrize(
    ("members", "formulaic"),
    [(["天蓝", "水清", "地绿"], True), (["知法", "懂法", "用法"], False), (["团结", "诚信", "敬业"], False)],
)
def test_formulaic_series(members: list[str], formulaic: bool) -> None:
    assert phrases.formulaic(members) is formulaic


@pytest.mark.parametrize(
    ("span", "listed"),
    [
        ("增强“四个意识”", True),
        ("——强化政治意识", True),
        ("政治立场、政治方向、政治原则", True),  # a set of things
        ("人多、面广、线长", False),
        ("政治认同、思想认同、理论认同", False),  # a run recited whole (see phrases.recited_run)
        ("乡(镇、街道)、村(社区", True),
        ("（二）工作对象多元化", True),
    ],
)
def test_phrases_leave_spans_other_extractors_card(span: str, listed: bool) -> None:
    assert phrases._listed_elsewhere(span) is listed


@pytest.mark.parametrize(
    ("marked", "plain"),
    [("抓住民生这个根本", "抓住民生问题"), ("功成不必在我", "成功需要大家")],
)
def test_phrase_marks_outscore_plain_clauses(marked: str, plain: str) -> None:
    assert phrases._score(marked, set(), False) > phrases._score(plain, set(), False)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # the principle a concession qualifies
        ("依法治理人人有责,并不意味着政府的责任变小了。", "依法治理人人有责"),
        ("全员参与安全生产,不等于安全部门可以放手不管。", "全员参与安全生产"),
        # a correlative pair, whole: its halves share a frame (…到哪里，…到哪里)
        ("群众需要延伸到哪里,服务就跟进到哪里。", "群众需要延伸到哪里,服务就跟进到哪里"),
    ],
)
def test_a_neighbouring_clause_marks_a_formulation(text: str, phrase: str) -> None:
    assert phrase in [p.phrase for p in phrases.find_phrases(_paragraphs(text), 3)]


@pytest.mark.parametrize(("span", "emphasis"), [("把发展作为第一要务", True), ("学习资料的第一篇", False)])
def test_first_of_a_sequence_is_no_emphasis(span: str, emphasis: bool) -> None:
    assert bool(phrases._EMPHASIS.search(span)) is emphasis


def test_emphasis_word_comes_with_its_modifier_first() -> None:
    assert phrases._emphasised_tail("人才是推动发展的重要法宝") == ["发展的重要法宝", "重要法宝"]


def test_a_restated_clause_keeps_the_words_around_its_core() -> None:
    text = "要推动基层工作沉下去、实起来。\n推动基层工作沉下去、实起来,关键在人。"
    found = phrases.find_phrases(_paragraphs(text), 3)
    assert [p.phrase for p in found if p.line == 1] == ["推动基层工作沉下去、实起来"]


def test_a_formulation_survives_a_list_prompt_that_quotes_its_sentence() -> None:
    text = "“三个坚持”送给你,助你成为学习工作行家里手。\n一是坚持学习。\n二是坚持实践。\n三是坚持创新。"
    cards = extract_cards(_paragraphs(text), "标题", "doc")
    assert "助你{{c1::成为学习工作行家里手}}。" in "".join(c.text for c in cards if c.type == "cloze")


def test_a_short_sentence_of_its_own_is_a_formulation() -> None:
    found = phrases.find_phrases(_paragraphs("久久为功方能行稳致远。"), 3)
    assert [p.phrase for p in found] == ["久久为功方能行稳致远"]


def test_phrases_are_clozed_on_word_boundaries(seed_paths: list[Path]) -> None:
    paragraphs = main_text(read_document(seed_paths[0]).lines)
    found = phrases.find_phrases(paragraphs, 10)
    assert found
    for phrase in found:
        start = phrase.sentence.find(phrase.phrase)
        tokens = words(phrase.sentence)
        edges = {sum(len(t) for t in tokens[:i]) for i in range(len(tokens) + 1)}
        assert start in edges and start + len(phrase.phrase) in edges, phrase.phrase


@pytest.mark.parametrize(
    "line",
    [
        "下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。",
        "下載文檔前請自行甄別文檔內容的完整性。",
        "您将跳转至新网站进行购买,购买成功会自动刷新当前页面。",
        "相關推薦",
        "取消",
    ],
)
def test_more_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


def test_article_prose_may_name_web_media() -> None:
    line = "推进各级部门门户网站和官方微博、微信公众号、政务客户端等新媒体建设,打造多维立体的网络平台,提高干部用网的能力。"
    assert not is_boilerplate(line)


def test_pinyin_glosses_are_dropped() -> None:
    assert [p.written for p in main_text(["統(tong)戰(zhan)工作會(hui)議提出要求。"])] == [
        "統戰工作會議提出要求。"
    ]


def test_a_word_glossed_in_several_syllables_loses_its_gloss() -> None:
    text = "數字化浪潮席捲（xí juǎn）而來，老人落入詐騙的彀（gòu）中。"
    assert [p.written for p in main_text([text])] == ["數字化浪潮席捲而來，老人落入詐騙的彀中。"]


def test_a_bracketed_english_phrase_is_not_a_gloss() -> None:
    text = "要善用人工智能（Artificial Intelligence and Big Data）赋能基层治理。"
    assert [p.written for p in main_text([text])] == [text]


def test_card_file_tags_are_keywords(seed_paths: list[Path]) -> None:
    card_file = extract_document(read_document(seed_paths[0]))
    assert 1 <= len(card_file.tags) <= 3
    assert all(tag and not any(ch.isspace() for ch in tag) for tag in card_file.tags)


@pytest.mark.parametrize("name", [p.stem for p in sorted(SEEDS.glob("*.txt"))])
def test_golden_cards_for_seed(name: str, seed_paths: list[Path], update_golden: bool) -> None:
    path = next(p for p in seed_paths if p.stem == name)
    card_file = extract_document(read_document(path))
    card_file.source = f"seeds/{path.name}"
    actual = render_card_file(card_file)
    golden = GOLDEN / f"{name}.yaml"
    if update_golden or not golden.exists():
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
        if not update_golden:
            pytest.fail(f"{golden} did not exist; written now, review and commit it")
    assert actual == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        (
            "會議提出三點要求：\n一、加強組織領導，確保落實。\n二、整合資源，形成合力。\n三、注重宣傳。",
            [("會議提出三點要求（3項）", ["加強組織領導", "整合資源", "注重宣傳"])],
        ),
        (
            "對此，會議明確了兩條：一是爭取黨委重視支持，納入規劃；二是貫徹落實條例，提高質量。",
            [("會議明確了兩條（2項）", ["爭取黨委重視支持", "貫徹落實條例"])],
        ),
        (
            "下面談幾點體會。\n首先，我們要加強學習。\n其次，我們要深入實踐。\n最後，我們要總結經驗。",
            [("本文的3個部分", ["我們要加強學習", "我們要深入實踐", "我們要總結經驗"])],
        ),
        (
            "領導班子成員做到三個帶頭，即帶頭學習理論，帶頭參加活動，帶頭廣交朋友。",
            [
                (
                    "領導班子成員做到三個帶頭，即____，____，____（3項）",
                    ["帶頭學習理論", "帶頭參加活動", "帶頭廣交朋友"],
                )
            ],
        ),
    ],
)
def test_traditional_text_keeps_its_characters(text: str, lists: list[tuple[str, list[str]]]) -> None:
    cards = extract_cards(_paragraphs(text), "标题", "doc")
    assert [(c.prompt, c.items) for c in cards if c.type == "list"] == lists


@pytest.mark.parametrize(
    ("text", "cloze"),
    [
        # (both concepts of the sentence on its one note: see compose.one_note_per_sentence)
        ("增強「四個意識」，做到「兩個維護」。", "增強「{{c1::四個意識}}」，做到「{{c2::兩個維護}}」。"),
        ("久久為功方能行穩致遠。", "{{c1::久久為功方能行穩致遠::久久為…}}。"),  # its cue too
        (  # inline series are asked in their sentence
            "統戰部是黨委統戰工作的參謀機構、組織協調機構、具體執行機構、督促檢查機構，擔負重要職能。",
            "統戰部是黨委統戰工作的{{c1::參謀機構}}、{{c2::組織協調機構}}、{{c3::具體執行機構}}、"
            "{{c4::督促檢查機構}}，擔負重要職能。",
        ),
        (
            "隨著形勢發展，提高幹部隊伍的政治素質、業務能力和工作作風。",
            "隨著形勢發展，提高幹部隊伍的{{c1::政治素質}}、{{c2::業務能力}}和{{c3::工作作風}}。",
        ),
    ],
)
def test_traditional_clozes_keep_their_characters(text: str, cloze: str) -> None:
    cards = extract_cards(_paragraphs(text), "标题", "doc")
    assert cloze in [c.text for c in cards if c.type == "cloze"]


def test_a_simplified_character_of_several_written_ones_is_restored_in_context() -> None:
    found = [paragraph(1, "幹部要乾淨做事，後來居上。"), paragraph(2, "皇后說：幹部幹事。")]
    restorer = restorer_for(found)
    assert restorer.restore("干部要干净", 1) == "幹部要乾淨"
    assert restorer.restore("{{c1::干净}}做事", 1) == "{{c1::乾淨}}做事"
    assert restorer.restore("皇后说", 2) == "皇后說"
    assert restorer.restore("后来居上", 1) == "後來居上"


@pytest.mark.parametrize(
    ("written", "view"),
    [
        ("隨著經濟發展，著力推進乾淨的環境。", "随着经济发展，着力推进干净的环境。"),
        ("各项工作取得显著成效。", "各项工作取得显著成效。"),  # simplified text stays as it is
        ("提高認識", "提高认识"),
    ],
)
def test_simplified_view_is_character_for_character(written: str, view: str) -> None:
    assert simplified(written) == view
    assert len(simplified(written)) == len(written)


@pytest.mark.parametrize("name", [p.stem for p in sorted(SEEDS.glob("*.txt"))])
def test_traditional_rendering_of_a_seed_gives_the_same_cards(
    name: str, seed_paths: list[Path], tmp_path: Path
) -> None:
    path = next(p for p in seed_paths if p.stem == name)
    traditional = tmp_path / path.name
    traditional.write_text(OpenCC("s2t").convert(path.read_text(encoding="utf-8")), encoding="utf-8")
    original = extract_document(read_document(path))
    rendered = extract_document(read_document(traditional))
    back = OpenCC("t2s").convert

    def lists(cards: list[Card], convert: Callable[[str], str]) -> list[tuple[str, list[str]]]:
        return [(convert(c.prompt), [convert(i) for i in c.items]) for c in cards if c.type == "list"]

    assert lists(rendered.cards, back) == lists(original.cards, str)
    assert [back(c.text) for c in rendered.cards] == [c.text for c in original.cards]
    written = "".join(c.prompt + "".join(c.items) + c.text for c in rendered.cards)
    assert simplified(written) != written  # the cards are in traditional characters


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a rhythmic formulation inside a longer clause is clozed, not the clause around it
        ("要发扬敢想敢闯敢试的精神。", "敢想敢闯敢试"),
        ("在部署工作时,要促进机关工作常流水、不断线。", "常流水、不断线"),
        # a mirrored run of short clauses, without the words that lead into its first clause
        ("有人认为这项工作讲起来重要,做起来次要,忙起来不要。", "讲起来重要,做起来次要,忙起来不要"),
        # 以X+verb: a set form
        ("坚持以科学理论凝心铸魂,做好各项工作。", "坚持以科学理论凝心铸魂"),
    ],
)
def test_formulation_is_the_marked_core(text: str, phrase: str) -> None:
    assert [p.phrase for p in phrases.find_phrases(_paragraphs(text), 3)] == [phrase]


@pytest.mark.parametrize(
    ("clause", "size", "lead"),
    [("有人认为这项工作讲起来重要", 5, "有人认为这项工作"), ("四个意识《条例》", 0, "")],
)
def test_lead_of_a_mirrored_run(clause: str, size: int, lead: str) -> None:
    assert phrases._trim_to(clause, size) == lead


def test_yue_lai_yue_is_no_paired_construction() -> None:
    assert phrases._score("工作对象越来越多", set(), False) < phrases._score("越干越有劲", set(), False)


def test_phrases_leave_series_a_list_card_asks() -> None:
    found = phrases.find_phrases(_paragraphs("促进机关工作常流水、不断线。"), 3, listed={"常流水不断线"})
    assert "常流水、不断线" not in [p.phrase for p in found]


def test_marshal_copy_builds_once_and_rebuilds_a_broken_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    source = tmp_path / "table.txt"
    source.write_text("a 1\n", encoding="utf-8")
    builds = []

    def build() -> tuple[dict[str, int], int]:
        builds.append(1)
        return {"a": 1}, 1

    assert marshal_copy(source, "t", build, (dict, int)) == ({"a": 1}, 1)
    assert marshal_copy(source, "t", build, (dict, int)) == ({"a": 1}, 1)
    assert len(builds) == 1
    (copy,) = tmp_path.glob("yaodian-t-*.marshal")
    copy.write_bytes(b"not marshal")
    assert marshal_copy(source, "t", build, (dict, int)) == ({"a": 1}, 1)
    assert marshal_copy(source, "t", build, (str, int)) == ({"a": 1}, 1)  # the wrong shape: built again
    assert len(builds) == 3


def test_han_words_are_the_long_han_words() -> None:
    text = "坚持以人民为中心，GDP增长3%。"
    assert han_words(text) == [w for w in words(text) if len(w) >= 2 and han_len(w) == len(w)]


def test_occurs_twice_counts_without_overlap() -> None:
    assert phrases._occurs_twice("啊啊啊", "啊啊") is ("啊啊啊".count("啊啊") >= 2)
    assert phrases._occurs_twice("甲乙甲乙", "甲乙")
    assert not phrases._occurs_twice("甲乙", "甲乙")


@pytest.mark.parametrize(
    "span", ["功成不必在我", "画出最大同心圆", "敢想敢闯敢试", "我们要坚持1个原则", "是"]
)
def test_the_ceiling_bounds_every_plain_score(span: str) -> None:
    for keys in (set(), set(words(span)), {"同心圆"}):
        for repeated in (False, True):
            assert phrases._score(span, keys, repeated) <= phrases._ceiling(span)


def test_marker_search_skips_only_kinds_that_cannot_match(
    seed_paths: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """find_marks searches a paragraph only for the kinds whose characters it holds: the same
    marks as searching every paragraph for every kind."""
    paragraphs = [p for path in seed_paths for p in main_text(read_document(path).lines)]
    paragraphs += _paragraphs("——加强组织领导\n①提高认识;②落实责任\n(1)抓班子\n第一,抓学习。")
    marks = [vars(m) for m in outline.find_marks(paragraphs)]
    monkeypatch.setattr(outline, "_searched_in", lambda text: list(outline._MARKER_RE.items()))
    assert marks == [vars(m) for m in outline.find_marks(paragraphs)]
    assert {m["kind"] for m in marks} >= {"dash", "circled", "paren_num", "di"}


@pytest.mark.parametrize("text", ["基层统战工作", "dang的建设", "做好QQ群和APP管理", "A、B", ""])
def test_series_word_length_is_the_words_length(text: str) -> None:
    """word_len_of counts Han characters without segmenting text that has no Latin letters."""
    assert series.word_len_of(text) == sum(word_len(token) for token in words(text))


def test_jieba_builds_its_dictionary_without_pkg_resources(tmp_path: Path) -> None:
    """jieba is imported with pkg_resources blocked (text.import_jieba); with no cached copy
    (an empty temp dir) it must still find and read the dictionary it ships."""
    import os
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from yaodian.extractors.phrases import keywords\n"
        "from yaodian.extractors.text import words\n"
        "print(' '.join(words('画出最大同心圆')), keywords('统一战线统一战线法宝', 1), 'pkg_resources' in sys.modules)\n"
    )
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["画出", "最大", "同心圆", "['统一战线']", "False"]
    assert sorted(p.name.split("-")[1] for p in tmp_path.glob("yaodian-*.marshal")) == ["idf", "jieba"]


def test_an_essays_points_are_asked_under_its_headline_not_the_title() -> None:
    # parallel.py finds the same points (they share 实干需要) and asks them under the title; the
    # points' card under the essay's headline, without the model's label, is the one kept
    argued = "要在实践中不断锤炼，把党的要求落实到每一项具体工作之中，交出让人民满意的答卷。"
    text = "\n".join(
        [
            "第五题参考范文",
            "范文一：以实干笃定前行",
            "实干是最鲜明的时代品格，是破解发展难题的金钥匙，只有埋头苦干才能把蓝图变为现实。",
            *(lead + argued for lead in ("实干需要担当精神。", "实干需要专业本领。", "实干需要群众路线。")),
            "道阻且长，行则将至。只要我们坚持实干为先，就一定能够在新征程上书写更加精彩的答卷。",
        ]
    )
    (card,) = [
        c for c in extract_cards(_paragraphs(text), "2024年省考申论参考答案", "doc") if c.type == "list"
    ]
    assert card.items == ["实干需要担当精神", "实干需要专业本领", "实干需要群众路线"]
    assert "以实干笃定前行" in card.prompt and "参考答案" not in card.prompt and "范文" not in card.prompt


def test_cards_show_no_list_number_their_paragraph_opens_with() -> None:
    """A styled head's 01 and a numbered item's 1. are where a line stood, not words to recall: a
    cloze text shows the words after them (the card's id is as before). A list's prompt keeps a
    heading's number, which tells which part it asks, so only cloze texts are looked at here."""
    text = (
        "01 坚持精准治污、科学治污、依法治污\n"
        "深入打好污染防治攻坚战。\n"
        "02 坚持降碳、减污、扩绿、增长协同推进\n"
        "推动绿色转型。\n"
        "1. 设立天使投资基金，投早、投小、投硬科技\n"
        "2. 建设概念验证中心，打通科技成果转化“最初一公里”\n"
        "3. 实行“揭榜挂帅”“赛马”制度，让能者上、优者胜\n"
    )
    cards = extract_cards(_paragraphs(text), "标题", "doc")
    shown = [c.text for c in cards if c.type == "cloze"]
    assert any("精准治污" in s for s in shown)
    assert not [s for s in shown if re.match(r"0\d |\d\. ", s)]


def test_list_items_show_no_list_number_their_lines_open_with() -> None:
    """Items set as 01 …, 02 … under a line that announces them: each item is its words alone."""
    text = "做好安全生产工作包括以下内容：\n01 压实企业主体责任\n02 强化部门监管责任\n03 落实属地管理责任\n"
    (card,) = [c for c in extract_cards(_paragraphs(text), "标题", "doc") if c.type == "list"]
    assert card.items == ["压实企业主体责任", "强化部门监管责任", "落实属地管理责任"]


def test_a_count_that_opens_a_card_stays() -> None:
    """2024年 and 10个 open a sentence as its words: no list number to drop."""
    text = (
        "2024年全市要做到问题精准、时间精准、措施精准。\n10个部门联合推行“一窗受理、一网通办、限时办结”。\n"
    )
    texts = [c.text for c in extract_cards(_paragraphs(text), "标题", "doc") if c.type == "cloze"]
    assert any(t.startswith("2024年全市") for t in texts)
    assert any(t.startswith("10个部门") for t in texts)


def test_a_list_card_has_a_note_line_only_for_an_item_with_something_to_say() -> None:
    """The back of a list card numbers each item's note; a bare item gets no empty "2. " line."""
    bare = "我们要做好以下四点：\n01 强化政治监督\n02 强化日常监督\n03 强化专项监督\n04 强化巡察监督\n这四点是一个整体。"
    (card,) = [c for c in extract_cards(_paragraphs(bare), "标题", "doc") if c.type == "list"]
    assert card.items == ["强化政治监督", "强化日常监督", "强化专项监督", "强化巡察监督"]
    assert not re.search(r"^\d+\.", card.extra, re.MULTILINE)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a member said twice: a sentence that repeats itself, no set
        ("今年要做到：一是推进作风建设常态化长效化；二是深化纪律教育；三是推进作风建设常态化长效化。", False),
        ("今年要做到：一是推进作风建设常态化长效化；二是深化纪律教育；三是严肃执纪问责。", True),
        # one member within another is no repetition: a contrast
        ("窗口人员要分清三类事项：能办的事、缓办的事、不能办的事。", True),
    ],
)
def test_a_list_whose_members_are_not_distinct_is_no_list(text: str, kept: bool) -> None:
    cards = extract_cards(_paragraphs(text), "标题", "doc")
    assert any(card.type == "list" or "{{c3::" in card.text for card in cards) == kept


def test_a_decks_tags_name_its_topic_not_the_words_every_policy_text_uses(tmp_path: Path) -> None:
    # 坚持, 工作 and 全县 are the most frequent words here, as in many a speech; the tags are the topic's
    paragraph = (
        "全县上下要坚持把古村落保护工作放在突出位置，坚持保护优先，坚持活化利用。"
        "全县各乡镇要坚持做好古村落保护工作，坚持把古民居修缮工作抓在手上，全县形成保护合力。"
    )
    source = tmp_path / "古村落保护.txt"
    source.write_text("古村落保护的几点要求\n\n" + paragraph * 2 + "\n", encoding="utf-8")
    tags = extract_document(read_document(source)).tags
    assert tags and not {"坚持", "工作", "全县"} & set(tags)
    assert "古村落" in tags


@pytest.mark.parametrize("word", ["坚持", "推进", "工作", "全县", "全市", "五年", "两年"])
def test_commonplace_words_and_scopes_name_no_topic(word: str) -> None:
    assert not names_a_topic(word)


@pytest.mark.parametrize("word", ["古村落", "营商", "减负", "网格", "县城", "年轮"])
def test_topic_words_name_a_topic(word: str) -> None:
    assert names_a_topic(word)


def test_a_concepts_member_read_across_a_mark_does_not_replace_the_series_member() -> None:
    """A concept's reading of its first member that runs back over a dash into the clause (的分量——
    宣传…) is the clause's words, not words a 的 ties to the member: the series' member stays."""
    text = "驻村两年，我体会到“三进村”的分量——宣传惠民政策进村、法律服务进村、课题研究进村。"
    lists = [c.items for c in extract_cards(_paragraphs(text), "标题", "doc") if c.type == "list"]
    assert lists == [["宣传惠民政策进村", "法律服务进村", "课题研究进村"]]
