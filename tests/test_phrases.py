"""Key formulations (extractors/phrases.py): rule tables.

Candidates recite whole formulations, often a complete judgement of 10-40 characters (X是Y的Z,
paired clauses 稳是…，进是…, chiasmus A就是B，B就是A), so a cloze holds the whole formulation
rather than one word of it; these tables pin the shapes down one rule at a time.
"""

from __future__ import annotations

from collections.abc import Collection

import pytest

from yaodian.extractors import phrases
from yaodian.extractors.dedupe import CLOZE
from yaodian.extractors.script import paragraph
from yaodian.extractors.text import Paragraph, content_chars, strip_punct, words


def _paragraphs(text: str) -> list[Paragraph]:
    return [paragraph(n, line) for n, line in enumerate(text.strip().splitlines(), 1) if line.strip()]


def _found(text: str) -> list[str]:
    return [p.phrase for p in phrases.find_phrases(_paragraphs(text), 5)]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # two clauses on one frame: the same characters in the same places, different fillings
        (
            "全面从严治党永远在路上，党的自我革命永远在路上。",
            "全面从严治党永远在路上，党的自我革命永远在路上",
        ),
        ("稳是大局和基础，进是方向和动力。", "稳是大局和基础，进是方向和动力"),
        ("江山就是人民，人民就是江山。", "江山就是人民，人民就是江山"),
        # a couplet: the same word lengths in the same order
        ("民生无小事，枝叶总关情。", "民生无小事，枝叶总关情"),
        # each half marked on its own is still recited as one saying
        ("发展是第一要务，改革是关键一招。", "发展是第一要务，改革是关键一招"),
        # a judgement X是Y, whole: not the emphasised noun at its end
        ("腐败是危害党的生命力和战斗力的最大毒瘤。", "腐败是危害党的生命力和战斗力的最大毒瘤"),
        (
            "报告指出，高质量发展是全面建设社会主义现代化国家的首要任务。",
            "高质量发展是全面建设社会主义现代化国家的首要任务",
        ),
        # a judgement that holds a series or a numbered concept says more than they do
        ("政治纪律是最重要、最根本、最关键的纪律。", "政治纪律是最重要、最根本、最关键的纪律"),
        ("“两个结合”是我们取得成功的最大法宝。", "“两个结合”是我们取得成功的最大法宝"),
        # a word said twice in one clause
        ("我们要以新安全格局保障新发展格局。", "以新安全格局保障新发展格局"),
        # a pair of four-character members, the second cut before 的
        ("体现了惩前毖后、治病救人的一贯方针。", "惩前毖后、治病救人"),
        # a quotation standing on its own line is a sentence, not a heading
        ("“教育兴则国家兴，教育强则国家强”", "教育兴则国家兴，教育强则国家强"),
        # a quoted statement, longer than a name, across its 、 and the 。 inside the marks
        (
            "群众到政府办事“最多跑一次是原则、跑多次是例外”，后来又有了新提法。",
            "最多跑一次是原则、跑多次是例外",
        ),
        (
            "“基层治理的关键在党组织，难点在末梢，活力在群众。”负责人介绍说。",
            "基层治理的关键在党组织，难点在末梢，活力在群众",
        ),
        # a mirrored run stays on its side of a ： (一句话 shares 话 with the clause after it)
        ("一句话：话要说清楚，事要办明白。", "话要说清楚，事要办明白"),
        # a subject and the clause that judges it, as one judgement (the copula stood before the
        # second clause, which its core leaves out)
        (
            "企业和群众的满意度，是检验政务服务成效的“试金石”。",
            "企业和群众的满意度，是检验政务服务成效的“试金石”",
        ),
        (
            "推动经济社会发展绿色化、低碳化，是实现高质量发展的关键环节。",
            "推动经济社会发展绿色化、低碳化，是实现高质量发展的关键环节",
        ),
        # a sentence of two short clauses is a saying of its own
        ("逆水行舟，不进则退。", "逆水行舟，不进则退"),
        ("安全生产，责任重于泰山。", "安全生产，责任重于泰山"),
        # a clause keeps the quotation marks its ends need
        (
            "“高效办成一件事”不是简单的“一窗受理”，而是对办事流程的系统重塑。",
            "“高效办成一件事”不是简单的“一窗受理”，而是对办事流程的系统重塑",
        ),
        # a judgement whose predicate holds a series: not the emphasised noun at its end alone
        (
            "教育、科技、人才是全面建设社会主义现代化国家的基础性、战略性支撑。",
            "教育、科技、人才是全面建设社会主义现代化国家的基础性、战略性支撑",
        ),
    ],
)
def test_the_whole_formulation_is_clozed(text: str, phrase: str) -> None:
    assert _found(text)[0] == phrase


@pytest.mark.parametrize(
    ("text", "not_a_phrase"),
    [
        # a dash inside a clause opens another: the lead-in is no part of the formulation
        (
            "开头：引材料原话，亮出总论点——优化营商环境没有最好，只有更好。",
            "亮出总论点——优化营商环境没有最好",
        ),
        # a question asks; it states nothing
        ("企业家最盼的是什么？", "企业家最盼的是什么"),
        # long clauses that only end alike are no pair
        (
            "今天，市委、市政府召开全市优化营商环境大会，这是春节后召开的第一个全市性大会。",
            "市委、市政府召开全市优化营商环境大会，这是春节后召开的第一个全市性大会",
        ),
        # two clauses of an enumeration that opens alike four times are no saying of their own
        (
            "以A为根本目的，以坚持党中央集中统一领导为根本保证，以跳出历史周期率为战略目标，"
            "以解决大党独有难题为主攻方向，以健全全面从严治党体系为有效途径。",
            "以跳出历史周期率为战略目标，以解决大党独有难题为主攻方向",
        ),
        # of X，是A，是B, A is a second predicate, no subject of B
        (
            "基层统战工作作为统一战线的重要组成部分，是整个统战工作基础中的基础，是统战工作的前沿阵地。",
            "整个统战工作基础中的基础，是统战工作的前沿阵地",
        ),
        # a saying's clauses are four characters or more: a lead-in opens no saying
        ("首先，亮明观点。", "首先，亮明观点"),
        # a line's symbol is no part of what follows it
        (
            "📌从“最多跑一次”到“一网通办”，再到“高效办成一件事”，政务服务改革一路走来。",
            "📌从“最多跑一次”到“一网通办",
        ),
        # a judgement is not cut at the 、 of its predicate
        (
            "“高效办成一件事”是优化政务服务、提升行政效能的重要抓手，是推动有效市场和有为政府更好结合的关键一招。",
            "“高效办成一件事”是优化政务服务",
        ),
        # the clause before a closing colon announces what follows
        ("全面建成社会主义现代化强国，总的战略安排是分两步走：", "总的战略安排是分两步走"),
        # an adverbial that sets the scene for the clause after it (依托…, 围绕…, 针对…)
        (
            "依托“临里通”基层治理平台，打通网格员、村干部、职能部门之间的信息壁垒。",
            "依托“临里通”基层治理平台",
        ),
        ("围绕“净、畅、绿、美”目标，开展“清垃圾、清沟渠、清柴堆”行动。", "围绕“净、畅、绿、美”目标"),
    ],
)
def test_spans_that_are_no_formulation(text: str, not_a_phrase: str) -> None:
    assert not_a_phrase not in _found(text)


@pytest.mark.parametrize(
    ("first", "second", "framed"),
    [
        ("稳是大局和基础", "进是方向和动力", True),
        ("技术是冰冷的", "治理是有温度的", True),
        ("江山就是人民", "人民就是江山", True),
        ("纪律严起来", "队伍才能强起来", True),
        ("全面从严治党永远在路上", "党的自我革命永远在路上", True),
        # one topic, not one frame
        ("统战工作基础中的基础", "统战工作的前沿阵地", False),
        # long clauses with only their last word in common
        ("市委、市政府召开全市优化营商环境大会", "这是春节后召开的第一个全市性大会", False),
        # particles alone make no frame
        ("加强党的建设", "提高人的素质", False),
    ],
)
def test_two_clauses_on_one_frame(first: str, second: str, framed: bool) -> None:
    assert phrases._framed(first, second) is framed


@pytest.mark.parametrize(
    ("clause", "judgement"),
    [
        ("稳和进是辩证统一的有机整体", True),
        ("法治是最好的营商环境", True),
        ("新质生产力本身就是绿色生产力", True),
        ("基层减负不是减责任", True),
        ("勇于自我革命，是我们党区别于其他政党的显著标志", True),
        # an adverb or a pronoun opens no subject
        ("主要是少数民族群众和信教群众", False),
        ("以下是对基层统战工作的思考和建议", False),
        # a predicate that asks
        ("企业家最盼的是什么", False),
        # a subject too long to be one
        ("基层统战工作对象数量增多内部构成也出现了新的变化是事实", False),
        # a clause break inside the subject
        ("统战对象数量增多，统战工作是基础", False),
        # 特别是, 尤其是 ("especially", cut 特别|是): no copula
        ("在各级机关特别是党的机关", False),
        ("针对新形势下统一战线成员特别是年轻一代的特点", False),
    ],
)
def test_a_judgement(clause: str, judgement: bool) -> None:
    assert phrases._judgement(tuple(words(clause))) is judgement


@pytest.mark.parametrize(
    ("span", "echo"),
    [
        ("以新安全格局保障新发展格局", True),
        ("遵守党的政治纪律是遵守党的全部纪律的基础", True),
        ("健全新型举国体制", False),
    ],
)
def test_a_word_said_twice(span: str, echo: bool) -> None:
    assert phrases._echo(tuple(words(span))) is echo


@pytest.mark.parametrize(
    ("span", "listed"),
    [
        # a cloze may not cut a quotation in two
        ("群众到政府办事“最多跑一次是原则", True),
        ("最多跑一次是原则、跑多次是例外”", True),
        # straight quotes look alike at both ends: an odd number of them is one end
        ('是政策落地的"最后一公里', True),
        ('码上"接单快、"线下"办事慢', True),
        ('既要当好服务企业的"店小二"', False),
        # nor may it cut a bracketed label from its brackets
        ("背景】县域是城乡融合发展的重要切入点", True),
        # a run of numbered concepts is the terms' cards
        ("增强“四个意识”、坚定“四个自信”、做到“两个维护”", True),
        # an item opening with an ordinal is the list cards' (第一，… 第一个“新”，是…)
        ("第一个“新”，是新的总目标", True),
        ("第二、「结合」的结果是互相成就", True),
        ("第三条，严守政治纪律", True),
        # an ordinal inside a word is none (第一生产力, 第一次)
        ("第一生产力", False),
        ("第一次全面部署", False),
        # a clause that holds a series is no bare series
        ("推动资源、服务、管理向基层下沉", False),
        ("把推进乡村全面振兴作为新时代新征程“三农”工作的总抓手", False),
        # a series that is a judgement's subject, another its predicate: a sentence, no series
        ("教育、科技、人才是中国式现代化的基础性、战略性支撑", False),
        ("科技是第一生产力、人才是第一资源、创新是第一动力", False),
    ],
)
def test_spans_left_to_other_cards(span: str, listed: bool) -> None:
    assert phrases._listed_elsewhere(span) is listed


@pytest.mark.parametrize(
    "span",
    [
        # a place or a time, not a statement
        "以习近平同志为核心的党中央周围",
        "在庆祝党的103岁生日之际",
        # an exam paper's talk about its material and scoring
        "根据“给定资料3”",
        "答出关键词即可给分",
        "本题与第1题相同",
        # a lead-in: who says what follows, or that a list follows
        "县委组织部负责人介绍",
        "全会强调",
        "现将调研情况报告如下",
        "受访者最关心的前三项问题依次为",
        "可以从五个方面来认识",
        # a speaker addressing, greeting and thanking the audience
        "各位代表",
        "各位记者朋友，大家上午好",
        "谢谢主持人",
        "乡亲们",
        "女士们、先生们",
        "远道而来的嘉宾们",
    ],
)
def test_spans_that_state_nothing(span: str) -> None:
    assert phrases._standing(span) is None


@pytest.mark.parametrize(
    "span", ["把女士们的创业热情保护好", "让来宾们感受到城市温度", "先生们的提议得到采纳"]
)
def test_spans_that_name_the_audience_among_other_words_state_something(span: str) -> None:
    assert phrases._standing(span) is not None


@pytest.mark.parametrize(
    "text",
    [
        "今天是五四青年节。",
        "今年是“十四五”规划收官之年，也是为“十五五”良好开局打牢基础的关键之年。",
        "全会指出，明年是“十四五”规划收官之年，做好明年工作意义重大。",
        "这次会议是县委、县政府决定召开的一次重要会议。",
        "过去的一年，是临江发展进程中极不平凡的一年。",
        "今后五年，是基本实现社会主义现代化承上启下的关键时期。",
        "市第八次党代会以来的五年，是极不平凡、极不寻常的五年。",
    ],
)
def test_a_sentence_that_dates_the_text_is_told_not_recited(text: str) -> None:
    """A judgement of the day, the years or the occasion (今年是…之年) places the text in time,
    nothing more."""
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "赵刚，男，1981年生，在职研究生学历，现任市交通运输局党组书记、局长。",
        "她先后任镇党委副书记、镇长，县委办公室主任。",
        "孙伟同志曾任团县委书记、县委组织部副部长。",
    ],
)
def test_a_persons_posts_are_no_formulation(text: str) -> None:
    """The titles a résumé lists may rhyme as a series; a learner recites none of them."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("他担任村支书以来，始终坚持讲政治、重实干、守规矩。", "讲政治、重实干、守规矩"),
        # 任 of another word: 实现任何, 出现任何, no post
        ("我们要在实现任何目标中做到守正创新、开拓进取、真抓实干。", "守正创新、开拓进取、真抓实干"),
        ("出现任何问题都要做到早发现、早报告、早处置。", "早发现、早报告、早处置"),
        # 任 of 任用, 任命: an appointment made, no post held (及时任用, 同时任命)
        ("要及时任用敢担当、善作为、有实绩的干部。", "敢担当、善作为、有实绩"),
        ("同时任命一批懂经济、会管理、善创新的干部。", "懂经济、会管理、善创新"),
    ],
)
def test_a_series_beside_a_post_stays_a_formulation(text: str, phrase: str) -> None:
    assert _found(text) == [phrase]


def test_a_saying_after_the_dating_clause_is_a_formulation() -> None:
    text = "未来五年是全面建设社会主义现代化国家开局起步的关键时期，开局关系全局，起步决定后程。"
    assert _found(text) == ["开局关系全局，起步决定后程"]


def test_a_judgement_of_a_year_named_by_its_plan_is_no_date() -> None:
    assert _found("“十四五”时期是全面建设社会主义现代化国家的开局起步期。") == [
        "“十四五”时期是全面建设社会主义现代化国家的开局起步期"
    ]


@pytest.mark.parametrize(
    "text",
    ["如何让文化遗产既“留得住”又“活起来”？", "那么为什么说改革是“金钥匙”？", "问：什么是“经济适度多元”？"],
)
def test_a_question_is_no_formulation(text: str) -> None:
    """The question itself is asked, not recited: its answer may be the formulation."""
    assert _found(text) == []


def test_an_answer_that_names_what_to_do_keeps_its_question_words() -> None:
    assert _found("领导干部要坚持干什么学什么、缺什么补什么。") == ["坚持干什么学什么、缺什么补什么"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("【背景】县域是城乡融合发展的重要切入点。", "县域是城乡融合发展的重要切入点"),
        ("【名师点拨】基层治理数字化的初衷是“减负增效”。", "基层治理数字化的初衷是“减负增效”"),
    ],
)
def test_a_bracketed_label_is_no_part_of_the_formulation(text: str, phrase: str) -> None:
    assert _found(text) == [phrase]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a clause that opens with a book title keeps its 《: a gap never opens inside paired marks
        (
            "《条例》不是对旧规定的简单修补，而是从基层减负的全局出发，推动监督检查向精准务实转变。",
            "《条例》不是对旧规定的简单修补，而是从基层减负的全局出发",
        ),
        (
            "《纲要》明确建立乡村振兴“观察员”制度，以农民视角查找短板。",
            "《纲要》明确建立乡村振兴“观察员”制度",
        ),
    ],
)
def test_a_book_title_opening_a_clause_stays_whole(text: str, phrase: str) -> None:
    assert phrase in _found(text)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("《意见》强调，要把基层减负作为重要任务。", "把基层减负作为重要任务"),
        ("《规划》要求，各地要把耕地保护放在首位。", "把耕地保护放在首位"),
    ],
)
def test_a_book_title_that_says_what_follows_is_no_part_of_it(text: str, phrase: str) -> None:
    # (the title names the source: the clause said after it is the formulation)
    assert _found(text) == [phrase]


def test_a_frame_every_member_opens_with_is_in_each_or_in_none() -> None:
    # the word the second member opens with is the first one's too: both in the gap, or it would
    # hold the frame of one member only (以{{A代替B、以C代替D}})
    assert _found("坚决防止以检查代替落实、以留痕代替实绩。") == ["以检查代替落实、以留痕代替实绩"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ('基层干部处在服务群众的最前沿，是政策落地的"最后一公里"。', '是政策落地的"最后一公里"'),
        ('再次，要多管齐下，让年轻干部"不想躺、不能躺、不敢躺"。', '让年轻干部"不想躺、不能躺、不敢躺"'),
    ],
)
def test_straight_quotes_stay_whole_in_a_cloze(text: str, phrase: str) -> None:
    found = _found(text)
    assert phrase in "".join(found)
    assert all(span.count('"') % 2 == 0 for span in found)


@pytest.mark.parametrize("text", ["大会听取了工作报告，审议通过决定。", "笔者结合工作实际，梳理调研情况。"])
def test_a_short_sentence_that_reports_is_no_saying(text: str) -> None:
    """What happened (…了…) and the writer's own doings (笔者…) are told, not recited."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "saying"),
    [
        # a setting and the weight of the task it frames: the duty comes in the next sentence
        ("新时代新征程上，人大工作使命光荣。", False),
        ("改革路上，纪检监察任务艰巨。", False),
        ("新的起点上，政协工作大有可为。", False),
        # (a setting before a saying that weighs no field of work: still a saying)
        ("新征程上，奋斗正当时。", True),
        ("人生路上，奋斗最美。", True),
        # (a saying's first half says something, a place it names included)
        ("作风建设永远在路上，永远没有休止符。", True),
        ("基础不牢，地动山摇。", True),
        ("畅通“最后一公里”，服务“零距离”。", True),
        ("纸上得来终觉浅，绝知此事要躬行。", True),
    ],
)
def test_a_setting_and_a_comment_is_no_saying(text: str, saying: bool) -> None:
    assert phrases._saying(text.rstrip("。")) is saying


@pytest.mark.parametrize(
    ("span", "contrasted"),
    [
        ("变“企业跑”为“数据跑”", True),
        ("从“减负”变成“增负”", True),
        ("重“显绩”轻“潜绩”", True),
        ("“政府端菜”多、“群众点菜”少", True),
        ("“从来没淹过”不等于“这次不会淹”", True),
        # quotations in a series, or in two clauses, or numbered concepts, are no turn
        ("明确“可为”与“不可为”", False),
        ("坚持“引进来”和“走出去”并重", False),
        ("不搞“花架子”，不做“太平官”", False),
        ("增强“四个意识”、坚定“四个自信”", False),
        ("县里开设“随手拍”栏目，推行各类便民措施和“一表通”", False),
    ],
)
def test_two_quotations_set_against_each_other(span: str, contrasted: bool) -> None:
    assert phrases._contrasted_quotations(span) is contrasted


def test_a_turn_between_quotations_is_a_formulation() -> None:
    """Quoted coinages turned one into the other are recited; one quoted name alone is not marked so."""
    text = "各地要以数字化改革为牵引，变“企业跑”为“数据跑”，推行惠企政策“免申即享”服务。"
    assert "变“企业跑”为“数据跑”" in _found(text)
    assert phrases._score("变“企业跑”为“数据跑”", set(), False) > phrases._score(
        "推行“企业跑”服务", set(), False
    )


def test_a_paragraphs_run_in_head_is_no_marked_formulation() -> None:
    """The bold sentence a paragraph opens with names the point it goes on to describe where its line
    opens with an item's mark (一是, 首先，) or a paragraph near it opens in bold too, unmarked (a run of
    points): a list or the outline asks it. A lone bold opening with no mark is the thesis its
    paragraph argues, marked points after it or not, and bold after a paragraph's first words is
    marked inside a sentence: both are marked."""
    paragraphs = [
        Paragraph(1, "各地探索形成了多种发展模式，村集体收入稳步增长。"),
        Paragraph(
            2,
            "一是资源开发型。依托山林、水面等资源，通过发包、租赁等方式盘活利用。",
            emphasised=("资源开发型。",),
        ),
        Paragraph(
            3, "关键在制度创新。治理效能的提升，离不开制度机制的支撑。", emphasised=("关键在制度创新。",)
        ),
        Paragraph(
            4, "關鍵在群眾參與。群眾是基層治理的主體，也是最終評判者。", emphasised=("關鍵在群眾參與",)
        ),
        Paragraph(5, "面对群众的不满情绪，窗口工作人员应当怎么做？"),
        Paragraph(6, "这道题考查应急应变能力，答题要有条理。"),
        Paragraph(7, "参考答案如下。"),
        Paragraph(
            8,
            "群众利益无小事，窗口形象连着党和政府的形象。遇到这种情况，我会冷静处置、依法依规解决问题。",
            emphasised=("群众利益无小事，窗口形象连着党和政府的形象",),
        ),
        Paragraph(
            9,
            "首先，稳定情绪，控制现场。我会第一时间上前，耐心倾听诉求。",
            emphasised=("稳定情绪，控制现场",),
        ),
        Paragraph(
            10, "其次，查明原因，分类解决。材料不齐全的，一次性告知。", emphasised=("查明原因，分类解决",)
        ),
        Paragraph(
            11,
            "实践证明，减负是手段，赋能是目的。要把精力用在抓落实上。",
            emphasised=("减负是手段，赋能是目的。",),
        ),
    ]
    assert phrases.marked_formulations(paragraphs) == {
        8: {"群众利益无小事，窗口形象连着党和政府的形象"},
        11: {"减负是手段，赋能是目的"},
    }


def test_formulations_of_one_sentence_do_not_overlap() -> None:
    """A sentence's card clozes each of its formulations in place: two that share words where
    they stand would lose the second (关键在于既要严管厚爱 | 既要严管厚爱，又要知人善任)."""
    found = _found("“墩苗”与“大胆使用”并不矛盾，二者是辩证统一的，关键在于既要严管厚爱，又要知人善任。")
    assert "既要严管厚爱，又要知人善任" in found
    assert "关键在于既要严管厚爱" not in found


def _bold(text: str, *emphasised: str) -> list[Paragraph]:
    return [Paragraph(1, text, emphasised=emphasised)]


def test_bold_text_is_a_formulation() -> None:
    text = "首先，表明态度：这种想法要不得。为官避事平生耻，干部干部，干字当头。"
    assert "为官避事平生耻" not in [p.phrase for p in phrases.find_phrases(_bold(text), 5)]
    assert "为官避事平生耻" in [p.phrase for p in phrases.find_phrases(_bold(text, "为官避事平生耻"), 5)]


def test_a_bold_span_is_taken_past_the_limit_of_sentences() -> None:
    """The document's limit of sentences ranks formulations it guessed; a span the author set in bold
    is marked by the author, and its sentence is taken whatever the limit (a short bold key phrase
    inside a list's line, 以**钉钉子精神**…, ranks below the quoted sayings around it). Unbolded, the
    same line stays below the limit."""
    lines = [
        "要坚持“民有所呼、我有所应”，做到“小事不出村、大事不出镇”。",
        "要牢记“空谈误国、实干兴邦”，坚持“功成不必在我、功成必定有我”。",
        "以钉钉子精神抓好各项任务落实",
        "以刀刃向内的勇气深化自我革命",
    ]
    plain = [Paragraph(n, line) for n, line in enumerate(lines, 1)]
    found = [p.phrase for p in phrases.find_phrases(plain, 1)]
    assert "钉钉子精神" not in found and "刀刃向内的勇气" not in found
    bold = [*plain[:2], Paragraph(3, lines[2], emphasised=("钉钉子精神",)), plain[3]]
    found = [p.phrase for p in phrases.find_phrases(bold, 1)]
    assert "钉钉子精神" in found
    assert "刀刃向内的勇气" not in found  # (the limit still holds for what nobody marked)


_PAST_THE_LIMIT = [
    "要坚持“民有所呼、我有所应”，做到“小事不出村、大事不出镇”。",
    "要牢记“空谈误国、实干兴邦”，坚持“功成不必在我、功成必定有我”。",
]


def _past_the_limit(line: str, bold: str, members: list[str]) -> list[str]:
    """The formulations found, at a limit of one sentence that the quoted sayings take, where `line`
    sets `bold` in bold and a list card asks `members`."""
    found = [Paragraph(n, text) for n, text in enumerate(_PAST_THE_LIMIT, 1)]
    found.append(Paragraph(3, line, emphasised=(bold,)))
    asked = {content_chars(member) for member in members}
    sets = [[content_chars(member) for member in members]]
    return [p.phrase for p in phrases.find_phrases(found, 1, asked=asked, sets=sets)]


@pytest.mark.parametrize(
    ("line", "bold", "members"),
    [
        # a point's bold run-in head that the list card asks as its member
        (
            "以守正为根，在保护传承中延续文化根脉。守正，守的是中华文化的魂。",
            "以守正为根，",
            ["以守正为根", "以创新为要", "以共享为本"],
        ),
        # the head of a member before its first comma, the sentence going on as the member does
        (
            "坚持人民至上，不断造福人民群众。群众满意是我们工作的最高标准。",
            "坚持人民至上，",
            ["坚持人民至上，不断造福人民群众", "坚持问题导向，切实解决群众急难愁盼"],
        ),
        (
            "以科技赋能，在数字转型中提升治理效能。",
            "以科技赋能",
            ["以科技赋能，在数字转型中提升治理效能", "以制度固本，在健全机制中巩固治理成果"],
        ),
        # a member with the word of order the bold takes with it
        (
            "其二，从“被动应对”转向“主动作为”，压实各方防控责任。",
            "其二，从“被动应对”转向“主动作为”，",
            ["从“被动应对”转向“主动作为”", "从“单打独斗”转向“协同共治”"],
        ),
    ],
)
def test_a_bold_member_is_not_taken_past_the_limit(line: str, bold: str, members: list[str]) -> None:
    """A bold span that a list card asks already (a member, or its head before the first comma: the
    bold run-in heads of a document's points) is no reason to pass the limit of sentences: a gap of
    it asks the member again (user trial 37's repeats)."""
    head = strip_punct(bold)
    assert not any(head in found or found in head for found in _past_the_limit(line, bold, members))


@pytest.mark.parametrize(
    ("line", "bold", "members"),
    [
        # bold inside a longer member: words of its own
        (
            "以党的创新理论凝心铸魂，不断筑牢信仰之基。",
            "党的创新理论",
            ["以党的创新理论凝心铸魂", "以严的基调强化正风肃纪"],
        ),
        (
            "以钉钉子精神抓好各项任务落实，一张蓝图绘到底。",
            "钉钉子精神",
            ["以钉钉子精神抓好各项任务落实", "以刀刃向内的勇气深化自我革命"],
        ),
        # a member's opening words, but not its head before a comma
        (
            "始终坚持人民至上的根本立场，把群众冷暖放在心上。",
            "坚持人民至上",
            ["坚持人民至上的根本立场", "坚持问题导向的工作方法"],
        ),
        # a word of order before a bold span no card asks
        ("其一，功成不必在我的境界要常怀于心。", "功成不必在我的境界", ["坚持问题导向", "坚持系统观念"]),
    ],
)
def test_a_bold_span_no_card_asks_is_taken_past_the_limit(line: str, bold: str, members: list[str]) -> None:
    """The near misses of test_a_bold_member_is_not_taken_past_the_limit: the bold span is part of a
    member, or the opening of one that goes on without a comma, or asked by no card."""
    assert bold in _past_the_limit(line, bold, members)


def test_a_bold_sentence_needs_no_second_mark() -> None:
    """A whole sentence set in bold (a speech's thesis, 赓续红色血脉，最终要落实到…) is a formulation
    though nothing else marks it (no quotation, no repetition) and its length counts against it; the
    same sentence unbolded is not."""
    text = "传承红色基因，最终要体现到推动教育事业高质量发展的实际成效上。"
    assert phrases.find_phrases(_paragraphs(text), 5) == []
    found = phrases.find_phrases(_bold(text, text), 5)
    assert found and all(p.phrase in text for p in found)


def test_a_bold_label_before_its_colon_is_no_formulation() -> None:
    """A bold name before a colon labels what follows it (a commenter's name, a point's name): the
    author's bold does not make it a formulation."""
    for text, label in [
        ("基层小吴在路上：转发这条评论，说得太对了，上周刚陪了一次调研。", "基层小吴在路上"),
        ("坚持问题导向：聚焦重点行业领域，紧盯重大事故隐患，既解决当前突出问题。", "坚持问题导向"),
    ]:
        assert label not in [p.phrase for p in phrases.find_phrases(_bold(text, label), 5)]


def test_a_bold_line_without_a_sentence_break_is_read() -> None:
    """A short line is taken for a heading and skipped, unless it holds a bold formulation."""
    assert phrases.find_phrases(_paragraphs("以科技创新引领产业创新"), 5) == []
    found = phrases.find_phrases(_bold("以科技创新引领产业创新", "以科技创新引领产业创新"), 5)
    assert [p.phrase for p in found] == ["以科技创新引领产业创新"]


@pytest.mark.parametrize(
    ("emphasised", "formulations"),
    [
        # labels, numbered questions and headings are set in bold too
        (("答案", "例题1", "分论点一"), set()),
        (("1. 结合实际，谈谈如何因地制宜发展新质生产力。（20分）",), set()),
        (("2. 如何理解“以进促稳、先立后破”？（15分）",), set()),
        # after a label's colon stands what is said
        (("准入环节：隐性壁垒仍然存在",), {"隐性壁垒仍然存在"}),
        (("民营企业和民营企业家是我们自己人",), {"民营企业和民营企业家是我们自己人"}),
        # traditional characters are read in the simplified view, as the text is
        (("堅持「一國」之本",), {"坚持「一国」之本"}),
    ],
)
def test_bold_formulations(emphasised: tuple[str, ...], formulations: set[str]) -> None:
    assert phrases._bold_formulations(Paragraph(1, "正文。", emphasised=emphasised)) == formulations


@pytest.mark.parametrize(
    ("span", "chiasmus"),
    [
        ("以文塑旅、以旅彰文", True),
        ("人不负青山，青山定不负人", True),
        ("观点从材料中来、材料为观点服务", True),
        # shared words in the same order are a frame, not a chiasmus
        ("推动资源下沉、服务下沉", False),
        ("加强党的建设、提高治理水平", False),
        # a preposition said again is no figure
        ("为经济社会发展献计出力、在推动高质量发展中大展作为", False),
    ],
)
def test_a_chiasmus(span: str, chiasmus: bool) -> None:
    assert phrases._chiasmus(span) is chiasmus


def test_a_chiasmus_outscores_a_pair_of_the_same_rhythm() -> None:
    assert phrases._score("以文塑旅、以旅彰文", set(), False) > phrases._score(
        "以文塑旅、以德立身", set(), False
    )


def test_a_clause_of_what_is_to_come_about_is_a_set_form() -> None:
    """让X… states the goal itself (让数据多跑路、群众少跑腿), like 以…为… and 把…作为…."""
    assert phrases._score("让好生态产生好效益", set(), False) > phrases._score(
        "使好生态产生好效益", set(), False
    )


def test_a_questions_options_are_no_formulations() -> None:
    text = "A. 科技金融　B. 绿色金融　C. 普惠金融　D. 养老金融\nA.“千村示范、万村整治”工程 B.“万企帮万村”行动"
    assert phrases.find_phrases(_paragraphs(text), 5) == []


def test_a_notes_symbols_make_no_formulation() -> None:
    assert (
        phrases.find_phrases(_paragraphs("上次整理：2024-08-26 进度：专题一 ✅ 专题二 ✅ 专题三 ⏳"), 5) == []
    )


@pytest.mark.parametrize(
    ("members", "slogan"),
    [
        # clauses on one frame: a character in the same place after their common opening
        (["小事不出村", "大事不出镇", "矛盾不上交"], True),
        (["心有所畏", "言有所戒", "行有所止"], True),
        (["为党育人", "为国育才"], True),
        (["小病不出村", "常见病不出乡", "大病不出县"], True),
        # a common opening alone: things of one kind, which the list cards ask
        (["稳预期", "稳增长", "稳就业"], False),
        (["新情况", "新问题"], False),
        # a common ending: a named set
        (["政治认同", "思想认同", "情感认同"], False),
        # members too long to share a place but by chance
        (["民族共同团结奋斗", "共建共享美好生活"], False),
        # members too short to be clauses
        (["点多", "线长"], False),
    ],
)
def test_a_slogan_of_mirrored_clauses(members: list[str], slogan: bool) -> None:
    assert phrases._slogan(members) is slogan


def test_a_slogan_is_a_formulation_though_a_list_card_asks_its_members() -> None:
    members = ["小事不出村", "大事不出镇", "矛盾不上交"]
    assert phrases.formulaic(members)
    text = "推进综治中心规范化建设，做到小事不出村、大事不出镇、矛盾不上交。"
    assert "小事不出村、大事不出镇、矛盾不上交" in _found(text)


def test_a_slogans_members_are_cut_from_the_clause_around_them() -> None:
    assert phrases._short_series(["推进小事不出村", "大事不出镇", "矛盾不上交"]) == [
        "小事不出村、大事不出镇、矛盾不上交"
    ]


@pytest.mark.parametrize(
    "pieces",
    [
        # a last member cut inside its words to its siblings' length
        ["一年新", "二年旧", "三年回到原样"],
        # a first member grown back over a 的
        ["成为投资兴业的首选地", "企业发展的福地"],
        # a first member grown back to a bracket, the gloss of the word before it (党组|（党委）): the
        # series finder's first member takes that word (党组（党委）), and a second span would ask the
        # series again, cut otherwise, on a note of its own
        ["党组（党委）", "支部", "小组要联动"],
    ],
)
def test_a_series_is_not_cut_through_a_member(pieces: list[str]) -> None:
    assert phrases._short_series(pieces) == []


@pytest.mark.parametrize(
    ("text", "definition"),
    [
        (
            "网络是新阶层人士最活跃的空间，也是统战工作的重要阵地。",
            "网络是新阶层人士最活跃的空间，也是统战工作的重要阵地",
        ),
        (
            "共同富裕是社会主义的本质要求，是中国式现代化的重要特征。",
            "共同富裕是社会主义的本质要求，是中国式现代化的重要特征",
        ),
    ],
)
def test_a_definition_is_clozed_whole(text: str, definition: str) -> None:
    assert _found(text) == [definition]


def test_numbers_make_no_formulation() -> None:
    """Mirrored clauses of figures report data (发放问卷1200份，回收1136份): nothing to recite."""
    assert phrases._score("发放调查问卷1200份，回收有效问卷1136份", set(), False) < phrases.PHRASE_THRESHOLD


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the words that say who holds a pair of mirrored judgements are no part of it
        ("事实上，这充分说明安全是发展的前提，发展是安全的保障。", "安全是发展的前提，发展是安全的保障"),
        # a judgement's subject is: 良好生态环境是 is no lead of 最公平的公共产品，是最普惠的民生福祉
        (
            "良好生态环境是最公平的公共产品，是最普惠的民生福祉。",
            "良好生态环境是最公平的公共产品，是最普惠的民生福祉",
        ),
    ],
)
def test_a_lead_before_longer_mirrored_clauses(text: str, pair: str) -> None:
    assert _found(text)[0] == pair


def test_paired_halves_may_hold_a_series_each() -> None:
    """既…又… and 不仅…更… halves of a dozen characters or more (既要保持定力、稳住基本盘，又要…)."""
    text = "全会强调，既要保持定力、稳住基本盘，又要积极作为、努力争取更好结果。"
    assert _found(text)[0] == "既要保持定力、稳住基本盘，又要积极作为、努力争取更好结果"


def test_clauses_that_say_a_character_again_in_the_same_places_mirror_each_other() -> None:
    assert "先富帮后富，一村带多村" in phrases._candidates("探索乡村联合体，先富帮后富，一村带多村。")


def test_a_slogan_of_three_outweighs_a_pair() -> None:
    assert phrases._score("小事不出村、大事不出镇、矛盾不上交", set(), False) > phrases._score(
        "小事不出村、大事不出镇", set(), False
    )


@pytest.mark.parametrize(
    ("span", "balanced"),
    [
        ("坚持严管和厚爱结合、激励和约束并重", True),
        ("坚持常态减灾和非常态救灾相统一", True),
        ("把集中整治与源头治理结合起来", True),
        ("做到引才与育才并重", True),
        # a verb of balance that does not close the clause is part of a name (集中统一领导)
        ("坚决维护党中央权威和集中统一领导", False),
        ("加强调查研究和统筹协调", False),
    ],
)
def test_two_things_held_in_balance(span: str, balanced: bool) -> None:
    assert (phrases._BALANCE.search(span) is not None) is balanced


def test_a_principle_of_balance_is_a_formulation() -> None:
    text = "县委坚持严管和厚爱结合、激励和约束并重，推动干部队伍建设。"
    assert phrases._score("坚持严管和厚爱结合、激励和约束并重", set(), False) >= phrases.PHRASE_THRESHOLD
    assert "坚持严管和厚爱结合、激励和约束并重" in _found(text)


@pytest.mark.parametrize(
    ("text", "couplet"),
    [
        (
            "干部作风好不好，群众说了算；工作成效实不实，群众最有发言权。",
            "干部作风好不好，群众说了算；工作成效实不实，群众最有发言权",
        ),
        (
            "只有基层稳，香港才能稳；只有民心顺，发展才能顺。",
            "只有基层稳，香港才能稳；只有民心顺，发展才能顺",
        ),
    ],
)
def test_a_couplet_across_a_semicolon_is_clozed_whole(text: str, couplet: str) -> None:
    assert couplet in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # halves of one clause each are a list's items
        "加强组织领导；强化数据支撑。",
        # three halves or more are a list of sentences
        "既重视发展问题，又重视安全问题；既重视外部安全，又重视内部安全；既重视国土安全，又重视国民安全。",
    ],
)
def test_halves_of_a_list_are_no_couplet(text: str) -> None:
    assert not any("；" in span for span in phrases._candidates(text))


@pytest.mark.parametrize(
    "span",
    [
        "把党的组织优势转化为基层治理效能",
        "把风险防控挺在前面",
        "把有限资金用在刀刃上",
        "把矛盾化解在萌芽状态",
        "把党小组建在网格上",
    ],
)
def test_a_disposal_with_its_result_is_a_set_form(span: str) -> None:
    """把 X with where or what it is made to be (转化为, 挺在, 用在…): how a policy text states a method."""
    assert phrases._SET_FORM.search(span)


@pytest.mark.parametrize("span", ["把这项工作交给你负责", "把党中央决策部署落到实处"])
def test_a_disposal_that_only_hands_over_is_no_set_form(span: str) -> None:
    assert not phrases._SET_FORM.search(span)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("没有调查就没有发言权，没有调查就没有决策权。", "没有调查就没有发言权，没有调查就没有决策权"),
        (
            "谁能抢抓先机，谁就能在新一轮区域竞争中占据主动。",
            "谁能抢抓先机，谁就能在新一轮区域竞争中占据主动",
        ),
    ],
)
def test_a_condition_and_its_consequence_are_paired(text: str, phrase: str) -> None:
    """没有…就没有…, 谁…谁…: the second half answers the first, and the two are recited together."""
    assert phrases._paired_form(phrase)
    assert phrase in _found(text)


def test_a_run_of_rhythmic_formulations_is_kept_whole() -> None:
    """Each half (谁受益、谁补偿) is a formulation, but the run of them is what is recited; a core with a
    lead before it (落实谁受益、谁补偿) makes no run."""
    sentence = "谁受益、谁补偿，谁保护、谁受偿。"
    run = phrases.Phrase("谁受益、谁补偿，谁保护、谁受偿", sentence, 1, 5.0)
    halves = [phrases.Phrase(half, sentence, 1, 4.3) for half in ("谁受益、谁补偿", "谁保护、谁受偿")]
    assert run in phrases._prefer_cores([run, *halves])
    led = phrases.Phrase("落实谁受益、谁补偿，谁保护、谁受偿", "落实" + sentence, 1, 5.0)
    led_halves = [
        phrases.Phrase(half, led.sentence, 1, 4.3) for half in ("落实谁受益、谁补偿", "谁保护、谁受偿")
    ]
    assert led not in phrases._prefer_cores([led, *led_halves])


@pytest.mark.parametrize(
    ("span", "cut"),
    [
        ("破除“数据烟囱”“信息孤岛”", False),
        ("坚决杜绝“材料出政绩”“痕迹即政绩”", False),
        ("数据烟囱”“信息孤岛", True),
        ("群众到政府办事“最多跑一次是原则", True),
    ],
)
def test_two_whole_quotations_side_by_side_are_no_cut(span: str, cut: bool) -> None:
    assert phrases._listed_elsewhere(span) is cut


def _first(text: str, asked: Collection[str] = frozenset()) -> list[str]:
    """The formulations of `text` a limit of one sentence takes."""
    return [p.phrase for p in phrases.find_phrases(_paragraphs(text), 1, asked=asked)]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # a whole statement before a fragment of a few characters that scores more
        ("大家要读一读、想一想。\n调查研究是我们党的传家宝。", "调查研究是我们党的传家宝"),
    ],
)
def test_the_limit_takes_what_a_learner_most_needs_first(text: str, first: str) -> None:
    assert _first(text) == [first]


def test_a_formulation_its_sentence_closes_on_goes_first() -> None:
    """Of two formulations that score alike, the one its sentence closes on goes before one that a
    report's clause follows. (A slogan goes first wherever it stands: see SLOGAN_RANK.)"""
    told, closing = "腐败是最大的威胁", "守牢不发生规模性返贫底线"
    assert phrases._rank(phrases.Phrase(told, told + "，宁阳市坚持问题导向。", 1, 4.9), []) < phrases._rank(
        phrases.Phrase(closing, closing + "。", 1, 4.9), []
    )


def test_the_writers_account_of_what_he_did_gives_way_to_a_formulation() -> None:
    """A sentence in which 我 tells a finished deed ranks after the text's own formulations, however
    its clauses mirror each other: the learner recites the set requirement, not the experience."""
    text = "我学会了编写宣传材料，设计宣传活动。\n按照“政治强、业务精、作风硬、纪律严”的要求选配干部。"
    assert _first(text) == ["政治强、业务精、作风硬、纪律严"]


@pytest.mark.parametrize(
    ("sentence", "narrative"),
    [
        ("我学会了编写宣传材料，设计宣传活动。", True),
        ("经过亲身体验，我对统战工作有了一个新的认识。", True),
        ("我国经济实现了质的有效提升和量的合理增长。", False),  # a country, not the writer
        ("我们要坚定理想信念，始终坚持党的领导。", False),  # a call to the audience
        ("我认为，调查研究是我们党的传家宝。", False),  # a view, not a deed
    ],
)
def test_a_narrative_of_the_writer(sentence: str, narrative: bool) -> None:
    assert phrases._narrative(sentence) is narrative


def test_a_formulation_another_card_asks_gives_way_to_one_none_asks() -> None:
    """The span a list card asks already ranks after the others, but is still a formulation: where
    the limit leaves room for it, it is clozed."""
    text = "调查研究是我们党的传家宝。\n作风建设永远在路上。"
    asked = {content_chars("调查研究是我们党的传家宝")}
    assert _first(text) == ["调查研究是我们党的传家宝"]
    assert _first(text, asked) == ["作风建设永远在路上"]
    everything = [p.phrase for p in phrases.find_phrases(_paragraphs(text), 5, asked=asked)]
    assert everything == ["调查研究是我们党的传家宝", "作风建设永远在路上"]


_SAYINGS = """
调查研究是我们党的传家宝。
作风建设永远在路上。
基层是最好的课堂，群众是最好的老师。
青年兴则国家兴，青年强则国家强。
江山就是人民，人民就是江山。
民生无小事，枝叶总关情。
稳是大局和基础，进是方向和动力。
发展是第一要务，改革是关键一招。
学习的目的全在于运用。
"""


def test_the_phrase_cards_leave_last_what_the_list_cards_ask(monkeypatch: pytest.MonkeyPatch) -> None:
    """phrase_cards tells find_phrases what the cards found before ask: of nine sayings, the
    document's limit of eight sentences leaves out the one a list card asks, not the weakest."""
    from yaodian import extractors
    from yaodian.cards import Card
    from yaodian.extractors import phrase_cards

    monkeypatch.setattr(extractors, "PHRASES_PER_CHARS", 2.05)  # eight for these 111 characters

    listed = Card(type="list", prompt="传家宝", items=["调查研究是我们党的传家宝", "实事求是是党的思想路线"])
    without = [card.text for card in phrase_cards(_paragraphs(_SAYINGS), "")]
    with_list = [card.text for card in phrase_cards(_paragraphs(_SAYINGS), "", [listed])]
    assert len(without) == len(with_list) == 8
    assert "{{c1::调查研究是我们党的传家宝}}。" in without
    assert "{{c1::作风建设永远在路上}}。" not in without
    assert "{{c1::调查研究是我们党的传家宝}}。" not in with_list
    assert "{{c1::作风建设永远在路上}}。" in with_list


@pytest.mark.parametrize(
    ("text", "saying"),
    [
        ("1. 基层强则国家强，基层安则天下安。", "基层强则国家强，基层安则天下安"),
        ("2.安全是发展的前提，发展是安全的保障。", "安全是发展的前提，发展是安全的保障"),
        ("②教育是基础，科技是关键，人才是根本。", "教育是基础，科技是关键，人才是根本"),
    ],
)
def test_a_numbered_entry_of_sayings_is_a_formulation(text: str, saying: str) -> None:
    """Notes number the sayings to recite (1. …, ②…): the number is no part of the saying."""
    assert saying in _found(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the second half's 也要/更要 is the pair's mark, though a clause's core leaves it out as glue
        ("乡村振兴，既要塑形，也要铸魂。", "既要塑形，也要铸魂"),
        ("抓落实，既要重过程，也要重结果。", "既要重过程，也要重结果"),
    ],
)
def test_paired_halves_keep_the_partner_word(text: str, pair: str) -> None:
    assert pair in _found(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # 不但/不仅…而且…, 不只是…也是…, 既…更…, 不在…而在…: the two halves of one thought
        ("安全生产工作不仅要管，而且要管好、管到位。", "不仅要管，而且要管好、管到位"),
        ("地区治理不只是政府的事，也是全社会的事。", "不只是政府的事，也是全社会的事"),
        (
            "既要做让群众看得见、摸得着的显绩，更要做打基础、利长远的潜绩。",
            "既要做让群众看得见、摸得着的显绩，更要做打基础、利长远的潜绩",
        ),
        ("对策不在多而在准。", "对策不在多而在准"),
    ],
)
def test_more_paired_forms(text: str, pair: str) -> None:
    assert pair in _found(text)


def test_a_long_judgement_is_clozed_whole_not_cut_at_its_series() -> None:
    """A judgement longer than other clauses, its predicate holding a series, is one formulation:
    cut at its 、 it would lose its subject (基层是防范化解重大安全风险 | 及时应对…)."""
    found = _found("基层是防范化解重大安全风险、及时应对处置各类灾害事故的第一道防线。")
    assert found[0] == "基层是防范化解重大安全风险、及时应对处置各类灾害事故的第一道防线"
    assert "基层是防范化解重大安全风险" not in found


@pytest.mark.parametrize("span", ["既然来了就要干好", "不仅是政府的事"])
def test_half_a_paired_form_is_none(span: str) -> None:
    assert not phrases._paired_form(span)


@pytest.mark.parametrize(
    ("span", "even"),
    [
        ("肩上有责任，眼里有群众", True),
        ("守正而不守旧，尊古而不复古", True),
        # alike in length only: a list's pair of tasks
        ("加强队伍建设，提升工作能力", False),
        # one clause, its 、-members of four: no couplet
        ("读一读、想一想", False),
        ("旗帜鲜明、立场坚定", False),
    ],
)
def test_an_even_couplet(span: str, even: bool) -> None:
    assert phrases._even_clauses(span) is even


def test_an_even_couplet_weighs_more_than_mirrored_clauses() -> None:
    even = phrases._traits("肩上有责任，眼里有群众")[1]
    led = phrases._traits("年轻干部要做到肩上有责任，眼里有群众")[1]  # (mirrored only after its lead)
    assert even == led + phrases.EVEN_WEIGHT > led


@pytest.mark.parametrize(
    ("span", "paired"),
    [
        # a condition and the consequence its 才 answers, across the break
        ("数据多跑路，干部才能少跑腿", True),
        ("平台搭得好，人才才有奔头", True),
        # 才 inside a clause, or a noun (人才), pairs nothing
        ("量变才能引起质变", False),
        ("激活人才第一资源，培育人才", False),
    ],
)
def test_a_condition_and_its_consequence(span: str, paired: bool) -> None:
    assert phrases._paired_form(span) is paired


def test_a_condition_and_its_consequence_are_one_formulation() -> None:
    assert _found("数据多跑路，干部才能少跑腿。") == ["数据多跑路，干部才能少跑腿"]


def test_a_run_of_judgements_is_clozed_whole_without_its_lead() -> None:
    found = _found("必须坚持科技是第一生产力、人才是第一资源、创新是第一动力。")
    assert found == ["科技是第一生产力、人才是第一资源、创新是第一动力"]


def test_a_series_of_verbs_after_a_preposition_is_no_scene() -> None:
    """围绕中心、服务大局 is two things done, not the ground of what follows."""
    text = "去年以来，全市组织系统坚持围绕中心、服务大局，各项工作取得新的成效。"
    assert "围绕中心、服务大局" in _found(text)


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("基层治理，起点是问题，关键在协同，落点是群众满意。", "起点是问题，关键在协同，落点是群众满意"),
        ("减负是手段，赋能是目的，激发活力是根本。", "减负是手段，赋能是目的，激发活力是根本"),
    ],
)
def test_a_chain_of_judgements_is_clozed_whole(text: str, chain: str) -> None:
    """Clauses that each judge a subject of their own define one thing from several sides: the
    chain is recited whole, not the two of its clauses that mirror each other best."""
    assert chain in _found(text)


@pytest.mark.parametrize(
    ("span", "chain"),
    [
        ("特点是创新，关键在质优", True),
        ("三农工作是压舱石，乡村振兴是必答题", True),
        # a definition, then a pair of its own: the clause much shorter than the one before opens it
        ("创新是引领发展的第一动力，抓创新就是抓发展", False),
        # 在 judges only a subject that says where a thing lies (关键, 难点…), not an action
        ("总分总是最稳的框架，不要在考场上搞创新", False),
        ("要在实干上下功夫，要在落实上见成效", False),
    ],
)
def test_a_judgement_chain(span: str, chain: bool) -> None:
    assert phrases._judgement_chain(span) is chain


def test_a_span_that_cuts_a_pair_of_clauses_yields_to_the_pair() -> None:
    """A span that takes one of two mirrored clauses with the clause before it asks half a saying."""
    sentence = "对此，各地务必高度警惕，做好应对最不利情况的各项准备，宁可备而不用，不可用而无备。"
    cut, pair = "做好应对最不利情况的各项准备，宁可备而不用", "宁可备而不用，不可用而无备"
    assert phrases._cuts_pair(cut, sentence)
    assert not phrases._cuts_pair(pair, sentence)
    assert phrases._rank(phrases.Phrase(cut, sentence, 1, 9.0), []) < phrases._rank(
        phrases.Phrase(pair, sentence, 1, 8.0), []
    )


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "发展文化产业，不能只看流量，更不能让内容为流量让路。",
            "不能只看流量，更不能让内容为流量让路",
        ),
        (
            "乡村振兴不是简单的盖房修路，也不是资金的再分配。",
            "乡村振兴不是简单的盖房修路，也不是资金的再分配",
        ),
    ],
)
def test_two_negations_in_a_row_are_paired(text: str, phrase: str) -> None:
    """不能…，更不能…; 不是…，也不是…: the second negation raises the first, and both are recited."""
    assert phrases._paired_form(phrase)
    assert phrase in _found(text)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("会议指出，队伍建设，关键在人。", "队伍建设，关键在人"),
        ("同志们，任务已经明确，关键在于实干。", "任务已经明确，关键在于实干"),
        (
            "推进社区治理现代化，关键在党，核心在人，重点在网格。",
            "推进社区治理现代化，关键在党，核心在人，重点在网格",
        ),
    ],
)
def test_a_topic_is_clozed_with_what_it_hinges_on(text: str, phrase: str) -> None:
    """X，关键在Y (核心在…, 根本在于…): the key alone has lost what it is the key of."""
    assert phrase in _found(text)


@pytest.mark.parametrize(
    ("text", "lead_in"),
    [
        ("我们要明白，基础在基层，活力在群众。", "我们要明白，基础在基层"),
        ("对此，书记指出，根本在于转变作风。", "书记指出，根本在于转变作风"),
    ],
)
def test_a_lead_in_is_no_topic_of_a_key(text: str, lead_in: str) -> None:
    """Who says it, or that the hearer should know it, is no topic the key is the key of."""
    assert not phrases._topic_with_key(lead_in)
    assert lead_in not in _found(text)


def test_a_sentence_naming_a_long_term_twice_is_no_doubled_text() -> None:
    term = "习近平新时代中国特色社会主义思想"
    assert not phrases._doubled(f"用{term}凝心铸魂，推动{term}入脑入心。")
    assert phrases._doubled("范文：做好新时代基层减负工作（2）范文：做好新时代基层减负工作（2）正文")


@pytest.mark.parametrize(
    "text",
    [
        "做好这项工作，关键在于以下几点。",  # a key that announces what follows
        "抓好项目建设，关键在于把握好三对关系。",
        "二者相辅相成，关键在于既要严管，又要厚爱。",  # a key that leads into a pair
        "目标是共同富裕，关键在实干。",  # a judgement of its own: a chain's first link
    ],
)
def test_a_key_that_leads_in_takes_no_topic(text: str) -> None:
    segment = text.rstrip("。")
    clauses, sizes = phrases._cores(segment)
    assert phrases._topic_and_key(segment, clauses, sizes) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # 不在…而在… with a first half of more than a word or two
        ("乡村产业的难点不在资金短缺，而在机制不顺。", "不在资金短缺，而在机制不顺"),
        # 越是…，越…: a growing condition and its growing demand
        ("越是任务繁重，越要保持战略定力。", "越是任务繁重，越要保持战略定力"),
        # 只有…，没有…: what there is and what there is not
        ("作风建设只有进行时，没有休止符。", "作风建设只有进行时，没有休止符"),
        # 看似…，实则…: a look and the truth under it
        ("这种做法看似省了力气，实则丢了民心。", "看似省了力气，实则丢了民心"),
    ],
)
def test_paired_forms_across_a_clause_break(text: str, pair: str) -> None:
    assert phrases._paired_form(pair)
    assert pair in _found(text)


def test_a_slogan_goes_before_plain_words_that_score_as_well() -> None:
    """A slogan of 、-members on one frame is recited as it stands, wherever its sentence puts it: at
    one score, the limit takes it before a span of plain words as long, and before a formulation its
    sentence closes on; a slogan shorter than a statement (读一读、想一想) is a fragment still."""
    slogan, plain = "重心下移、力量下沉", "持续推进基层治理"
    assert phrases._rank(phrases.Phrase(slogan, "要做到" + slogan + "。", 1, 3.0), []) > phrases._rank(
        phrases.Phrase(plain, "要" + plain + "。", 1, 3.0), []
    )
    text = "做到有腐必反、有贪必肃，宁阳市坚持问题导向。\n守牢不发生规模性返贫底线。"
    assert _first(text) == ["有腐必反、有贪必肃"]
    assert _first("大家要读一读、想一想。\n调查研究是我们党的传家宝。") == ["调查研究是我们党的传家宝"]


@pytest.mark.parametrize(
    ("sentence", "doubled"),
    [
        ("心得范文：做好新时代基层统战工作（2）心得范文：做好新时代基层统战工作（2）我们肩负重任。", True),
        ("江山就是人民，人民就是江山。", False),
        ("基层强则国家强，基层安则天下安。", False),
    ],
)
def test_a_sentence_that_says_a_long_run_twice(sentence: str, doubled: bool) -> None:
    assert phrases._doubled(sentence) is doubled


def test_a_pages_doubled_text_gives_way_to_a_sentence_said_once() -> None:
    """A slogan in a sentence a page doubled (a headline pasted in twice) comes after a plainer
    formulation said once: the learner's card would carry the page's clutter."""
    text = (
        "心得范文：做好新时代基层统战工作（2）心得范文：做好新时代基层统战工作（2）"
        "我们肩负着服务基层群众、凝聚基层力量的重要责任。\n"
        "调查研究是我们党的传家宝。"
    )
    assert _first(text) == ["调查研究是我们党的传家宝"]


@pytest.mark.parametrize(
    ("text", "run"),
    [
        (
            "年轻干部要扎根基层，在基层历练中增长才干，在服务群众中锤炼作风。",
            "在基层历练中增长才干，在服务群众中锤炼作风",
        ),
    ],
)
def test_a_word_said_at_the_head_of_each_clause_is_a_frame_not_glue(text: str, run: str) -> None:
    """在…中…，在…中…: 在 opens a mirrored run's every clause, its frame; it leads in nowhere."""
    assert phrases._framed_by_opening(run)
    assert not phrases._traits(run)[2][0]
    assert run in _found(text)


def test_glue_that_opens_one_clause_only_is_glue_still() -> None:
    assert phrases._traits("在这个问题上，我们必须保持清醒")[2][0]


def test_a_judgement_of_a_quoted_coinage_goes_before_a_plain_one() -> None:
    """“X”是Y says what a coinage means, which a learner recites beside the name."""
    quoted, plain = "“两山理论”是又一次的思想解放", "这次改革是又一次的思想解放"
    assert phrases._rank(phrases.Phrase(quoted, quoted + "。", 1, 4.0), []) > phrases._rank(
        phrases.Phrase(plain, plain + "。", 1, 4.0), []
    )


@pytest.mark.parametrize(
    ("span", "core", "led"),
    [
        # who holds the members and the verb that takes them: a cue, the members are recited
        ("全党上下坚持人民至上、生命至上", "人民至上、生命至上", True),
        # a causative is recited with whom it makes do so
        ("让群众吃得放心、吃得安心", "吃得放心、吃得安心", False),
        # a judgement is recited whole
        ("机关是参谋部、政策库", "参谋部、政策库", False),
        # the members are the object or a part of what the lead says
        ("把党的领导贯穿全过程、各方面", "全过程、各方面", False),
        # members of unlike lengths are no run of one rhythm
        ("全党上下坚持人民至上、生命安全至上", "人民至上、生命安全至上", False),
    ],
)
def test_a_run_of_members_led_by_who_holds_them(span: str, core: str, led: bool) -> None:
    assert phrases._led_core(span, core) is led


def test_a_run_of_members_is_clozed_without_who_holds_them() -> None:
    found = _found("面对汛情，全党上下坚持人民至上、生命至上，全力以赴抢险救灾。")
    assert "人民至上、生命至上" in found
    assert not any("全党上下" in phrase for phrase in found)


@pytest.mark.parametrize(
    ("members", "recited"),
    [
        # a shared opening or ending, members that say what to do or how things stand
        (["讲改革", "谋改革", "抓改革"], True),
        (["排查一户", "整改一户", "销号一户"], True),
        (["公正用权", "依法用权", "为民用权", "廉洁用权"], True),
        (["早发现", "早预警", "早处置"], True),
        (["学纪", "知纪", "明纪", "守纪"], True),
        # four-character phrases each
        (["学深悟透", "融会贯通", "真信笃行"], True),
        (["党政同责", "一岗双责", "齐抓共管", "失职追责"], True),
        # sets of things, which list cards ask
        (["博物馆", "图书馆", "文化馆"], False),
        (["政治立场", "政治方向", "政治原则"], False),
        # things of one kind told apart by a number or named places: no shared word says what to do
        (["第一季度", "第二季度", "第三季度"], False),
        (["一号线", "二号线", "三号线"], False),
        (["张家村", "李家村", "王家村"], False),
        # two members are a pair, not a run; members of unlike length or of one character no run
        (["学深悟透", "融会贯通"], False),
        (["送戏下乡", "送书下乡", "送文艺演出下乡"], False),
        (["省", "市", "县"], False),
        # nothing in common, not four characters each
        (["教育", "科技", "人才"], False),
    ],
)
def test_a_run_recited_whole(members: list[str], recited: bool) -> None:
    assert phrases.recited_run(members) is recited


@pytest.mark.parametrize(
    ("text", "run"),
    [
        ("对排查出的问题建立台账，做到排查一户、整改一户、销号一户。", "排查一户、整改一户、销号一户"),
        ("坚持早发现、早预警、早处置，把风险化解在萌芽状态。", "早发现、早预警、早处置"),
        ("党员干部要坚持公正用权、依法用权、为民用权、廉洁用权。", "公正用权、依法用权、为民用权、廉洁用权"),
    ],
)
def test_a_recited_run_is_a_formulation_though_a_list_card_asks_its_members(text: str, run: str) -> None:
    """The list card asks each member; the formulation is the run whole, which the learner recites."""
    from yaodian.cards import Card
    from yaodian.extractors import phrase_cards

    listed = Card(type="list", prompt="", items=run.split("、"))
    clozes = [
        cloze for card in phrase_cards(_paragraphs(text), "", [listed]) for cloze in CLOZE.findall(card.text)
    ]
    assert any(run in cloze for cloze in clozes)


@pytest.mark.parametrize(
    ("text", "run"),
    [
        (
            "今年第一季度、第二季度、第三季度，全县地区生产总值分别增长5.2%、5.8%和6.1%。",
            "第一季度、第二季度、第三季度",
        ),
        ("今年，张家村、李家村、王家村的道路已全部硬化，群众出行更方便了。", "张家村、李家村、王家村"),
    ],
)
def test_a_run_of_numbered_or_named_things_is_no_formulation(text: str, run: str) -> None:
    """A list card may ask the members; the run is no 提法 to cloze whole."""
    from yaodian.cards import Card
    from yaodian.extractors import phrase_cards

    listed = Card(type="list", prompt="", items=run.split("、"))
    clozes = [
        cloze for card in phrase_cards(_paragraphs(text), "", [listed]) for cloze in CLOZE.findall(card.text)
    ]
    assert not any(run in cloze for cloze in clozes)


@pytest.mark.parametrize(
    ("text", "run"),
    [
        # 等 or a count after the run names it as a set of its own kind
        (
            "实现服务预约、物业报修、政策咨询等27项事项掌上办理，让数据多跑路。",
            "服务预约、物业报修、政策咨询",
        ),
        ("要重点抓好要素保障、国资国企、财税金融三个重点领域的改革。", "要素保障、国资国企、财税金融"),
        # a member more after 和: the run is cut out of a longer set
        ("甚至对统战政策、统战对象、工作目的和工作方法等不甚了解。", "统战政策、统战对象、工作目的"),
    ],
)
def test_a_run_the_sentence_names_as_a_set_is_no_formulation(text: str, run: str) -> None:
    assert phrases.recited_run(run.split("、"))
    assert run not in _found(text)


def test_a_run_a_list_card_asks_member_by_member_gives_way_to_a_formulation_none_asks() -> None:
    """However short its members (three characters: below what `asked` counts of a whole span), a
    run whose every member a list card asks ranks as asked: the limit takes a formulation no card
    asks first."""
    run = phrases.Phrase("讲改革、谋改革、抓改革", "带头讲改革、谋改革、抓改革。", 1, 4.0)
    asked = [content_chars(member) for member in run.phrase.split("、")]
    assert phrases._rank(run, [], asked) < phrases._rank(run, [], [])


@pytest.mark.parametrize(
    ("clause", "coinage"),
    [
        # a short clause that tells what to do with a quoted coinage
        ("做好“土特产”文章", True),
        ("推动政策“直达快享”", True),
        ("书记要当好“施工队长”", True),
        # how things stand: told, not recited
        ("部分领域存在“玻璃门”", False),
        # a quoted numbered concept is a term, which term cards ask
        ("必须深刻领悟“两个确立”的决定性意义", False),
        # the quotation alone, two clauses, a long clause
        ("“一网通办”", False),
        ("做好“土特产”文章，发展特色产业", False),
        ("要通过深化改革做好“土特产”文章推动全县农业产业转型升级", False),
    ],
)
def test_a_clause_built_round_a_quoted_coinage(clause: str, coinage: bool) -> None:
    assert phrases._coinage_clause(clause) is coinage


def test_a_coinage_clause_is_clozed_in_a_sentence_chosen_for_another_formulation() -> None:
    text = "要做好“土特产”文章，发展壮大乡村特色产业，让农民在家门口就业增收。"
    assert _found(text) == ["让农民在家门口就业增收", "做好“土特产”文章"]


def test_a_coinage_clause_takes_no_sentence_of_the_limit_from_another_formulation() -> None:
    """Its mark lifts it over the threshold, not over a formulation that scores as it did without."""
    coinage = phrases.Phrase("做好“土特产”文章", "要做好“土特产”文章。", 1, 2.9)
    plain = phrases.Phrase("让农民就业增收", "要让农民就业增收。", 2, 2.9)
    assert phrases._rank(coinage, []) < phrases._rank(plain, [])


@pytest.mark.parametrize(
    "text",
    [
        "“打铁必须自身硬”，这是我们党对自身建设的一贯要求。",
        "改革要坚持“守正不是守旧”，稳步推进。",
    ],
)
def test_a_short_quoted_statement_is_marked_as_quoted(text: str) -> None:
    """A quotation of six characters or more (守正不是守旧) scores as a quoted statement, whatever
    else marks it."""
    quoted = text[text.index("“") + 1 : text.index("”")]
    assert quoted in [p.phrase for p in phrases.scored_phrases(_paragraphs(text))]


def test_a_quoted_name_of_four_characters_is_no_quoted_statement() -> None:
    assert "一网通办" not in [p.phrase for p in phrases.scored_phrases(_paragraphs("推行“一网通办”。"))]


@pytest.mark.parametrize(
    ("span", "set_form"),
    [
        ("以高水平安全保障高质量发展", True),
        ("以伟大自我革命引领伟大社会革命", True),
        ("以实干实绩检验学习成效", True),
        ("以制度之“刚”破形式之“顽”", True),
        # a means with no end it brings about: 以 only says how
        ("以书面形式告知当事人", False),
    ],
)
def test_a_means_with_the_end_it_serves_is_a_set_form(span: str, set_form: bool) -> None:
    """以A引领B: a means, a verb of effect and what it brings about, to the clause's end."""
    assert bool(phrases._SET_FORM.search(span)) == set_form


def test_a_line_of_fields_set_apart_by_bars_holds_no_formulation() -> None:
    """A page's links (回顾：… ｜ 下一篇待读：…) or a table row: cells, not a statement."""
    line = "｜ 回顾：2024-05-10 学习笔记 ｜ 下一篇待读：以科技创新引领现代化产业体系建设"
    assert phrases.scored_phrases(_paragraphs(line)) == []
    assert phrases.scored_phrases(_paragraphs("下一篇待读：以科技创新引领现代化产业体系建设。")) != []


@pytest.mark.parametrize(
    "text",
    [
        "各部门要以项目化方式推进改革任务，确保按期完成。",
        "我们以问卷调查的办法检验培训效果，及时改进。",
        "大会以举手表决的方式推进议程。",
        "公司以每股五元的价格推进股权回购。",
    ],
)
def test_a_means_that_is_a_manner_is_no_formulation(text: str) -> None:
    """以A推进B where A is a manner or a method (…方式, …办法, …价格): it says how, as any report does."""
    assert phrases.scored_phrases(_paragraphs(text)) == []


def test_a_means_that_is_a_thing_of_value_is_still_a_formulation() -> None:
    assert "以高水平安全保障高质量发展" in _found("要以高水平安全保障高质量发展。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("全县开展“美丽庭院示范户”评选活动，营造良好氛围。", "美丽庭院示范户"),
        ("大力推广“新时代枫桥经验”，化解矛盾纠纷。", "新时代枫桥经验"),
    ],
)
def test_a_short_quoted_name_is_no_quoted_statement(text: str, name: str) -> None:
    """A quotation of six or seven characters made of nouns and adjectives names a thing."""
    assert name not in [p.phrase for p in phrases.scored_phrases(_paragraphs(text))]


@pytest.mark.parametrize(
    ("quotation", "says"),
    [
        ("守正不是守旧", True),
        ("打铁必须自身硬", True),
        ("江山就是人民", True),
        ("延链补链强链", True),  # words the dictionary lacks
        ("一村一法律顾问", True),  # a character said twice
        ("发展耐心资本", True),  # a verb and its object
        ("美丽庭院示范户", False),
        ("新时代枫桥经验", False),
    ],
)
def test_a_short_quotation_says_something(quotation: str, says: bool) -> None:
    assert phrases._says_something(quotation) == says


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        # bars after leading labels: the line is its sentence
        ("每日金句｜第12期｜江山就是人民，人民就是江山。", "江山就是人民，人民就是江山"),
        # bars inside quotation marks: the parts of a quoted saying
        (
            "大会强调，“必须坚持人民至上｜坚持自信自立｜坚持守正创新”，这是根本要求。",
            "必须坚持人民至上｜坚持自信自立｜坚持守正创新",
        ),
    ],
)
def test_bars_in_quotations_or_after_labels_make_no_table_row(line: str, phrase: str) -> None:
    assert phrase in [p.phrase for p in phrases.scored_phrases(_paragraphs(line))]


@pytest.mark.parametrize(
    "line",
    [
        "｜ 回顾：2024-05-10 学习笔记 ｜ 下一篇待读：以科技创新引领现代化产业体系建设",
        "| 坚持人民至上 | 以高水平安全保障高质量发展。 | 已完成 |",
        "首页｜时政要闻｜以高水平安全保障高质量发展",
    ],
)
def test_a_row_of_bars_holds_no_formulation(line: str) -> None:
    assert phrases.scored_phrases(_paragraphs(line)) == []


@pytest.mark.parametrize(
    ("clause", "first", "lead"),
    [
        (
            "主要体现为对上级决策“不吃透”、对基层实情“不摸底”、对工作成效“不问效”",
            "对上级决策“不吃透”",
            "主要体现为",
        ),
        ("防止以文件落实文件、以会议落实会议", "以文件落实文件", "防止"),
    ],
)
def test_a_run_after_a_lead_offers_its_first_member_without_the_lead(
    clause: str, first: str, lead: str
) -> None:
    """A 、-run on one frame after a lead (主要体现为|对A“甲”、对B“乙”): its first member is a span without
    the lead, as its siblings are, so no card asks the lead inside the first gap."""
    spans = phrases._clause_spans(clause)
    assert first in spans
    assert not any(span.startswith(lead) and span.endswith(first) for span in spans)


def test_an_emphasised_noun_keeps_the_quantifier_of_its_modifier() -> None:
    """A word that says how many it means (一切, 各项) is the modifier's own: the span does not
    open between it and its noun."""
    spans = phrases._clause_spans("牢牢把握我们一切工作的根本方法")
    assert "一切工作的根本方法" in spans
    assert "工作的根本方法" not in spans


def test_pieces_that_modify_one_noun_are_no_candidates() -> None:
    """Members before the 的 of one noun (A、B的重要依据) are cut apart at 、 inside that noun
    phrase: no piece is a candidate. Pieces that are clauses of their own stay candidates."""
    spans = phrases._clause_spans("把群众评议作为干部提拔使用、年度评优的重要参考")
    assert "把群众评议作为干部提拔使用" not in spans
    spans = phrases._clause_spans("要坚持以人民为中心的发展思想、把群众满意作为工作的标准")
    assert "把群众满意作为工作的标准" in spans
    # pieces alike in length but with no frame that names them (作为) are clauses of their own
    for clause in ("要坚决反对形式主义、勇于承担应有的责任", "各级干部要主动深入基层、帮助解决群众的困难"):
        first, last = clause.split("、")
        spans = phrases._clause_spans(clause)
        assert first in spans
        assert last in spans


def test_a_short_series_takes_the_ending_its_members_share() -> None:
    """The last member of a short series runs to the noun its siblings end with (…、网格巡查|管理
    would leave the noun out)."""
    spans = phrases._clause_spans("推动社区管理、物业管理、网格巡查管理融合起来")
    assert "社区管理、物业管理、网格巡查管理" in spans
    assert "社区管理、物业管理、网格巡查" not in spans


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("即规划清单、任务清单、责任清单", "规划清单、任务清单、责任清单"),
        # negatives: words that open with the character are no glue
        ("即使困难再多也要坚持", "即使困难再多也要坚持"),
        ("即知即改、立行立改", "即知即改、立行立改"),
        ("即将出台配套细则", "即将出台配套细则"),
    ],
)
def test_namely_is_no_part_of_a_phrase(clause: str, expected: str) -> None:
    assert phrases._clause_spans(clause)[0] == expected


@pytest.mark.parametrize(
    ("sentence", "unpaired"),
    [
        # a clause opening with 即 unpacks the one before: no topic the next clause judges
        ("“三城”目标：即文明城市、森林城市、卫生城市，是市委确定的奋斗方向。", "，是市委确定的奋斗方向"),
        # nor a next step of the clause before
        ("我的体会是，就是要以“三心”做事，即恒心、匠心、公心。", "做事，即恒心"),
    ],
)
def test_namely_clause_joins_no_neighbour(sentence: str, unpaired: str) -> None:
    candidates = phrases._candidates(sentence)
    assert not [span for span in candidates if unpaired in span and not span.startswith("即")]


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        # the trial's 心得: six clauses in one shape after 即 are an enumeration, which the list
        # cards ask; no run of three of them is a span (即坚持党的全面领导，…，坚持守正创新)
        (
            "全会提出进一步全面深化改革必须贯彻“六个坚持”的重大原则，即坚持党的全面领导，坚持以人民为中心，"
            "坚持守正创新，坚持以制度建设为主线，坚持全面依法治国，坚持系统观念。",
            "坚持以人民为中心，坚持守正创新",
        ),
        (
            "做好新时代统战工作，要把握好四个方面，即把握好大局，把握好大事，把握好大势，把握好大节。",
            "把握好大事，把握好大势",
        ),
    ],
)
def test_an_enumeration_unpacked_after_namely_gives_no_run(sentence: str, part: str) -> None:
    assert not [span for span in phrases._candidates(sentence) if part in span]


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        # a run of two after 即 is a span without the 即 (it unpacks the clause before)
        ("“三城”目标，即建设文明城市，建设森林城市，是市委确定的奋斗方向。", "建设文明城市，建设森林城市"),
        ("抓作风建设要坚持两条，即以上率下抓示范，以严促实抓落实。", "以上率下抓示范，以严促实抓落实"),
    ],
)
def test_a_mirrored_run_after_namely_leaves_the_namely_out(sentence: str, span: str) -> None:
    candidates = phrases._candidates(sentence)
    assert span in candidates
    assert "即" + span not in candidates


@pytest.mark.parametrize(
    ("sentence", "span", "told"),
    [
        # a day's news: who held or issued what, right after the date
        ("9月12日，县委组织部召开组织工作务虚会，研究明年思路。", "县委组织部召开组织工作务虚会", True),
        ("近日，市政府办公室印发数字乡村建设行动方案。", "市政府办公室印发数字乡村建设行动方案", True),
        # (a clause after the news one may still say what to hold)
        ("9月12日，部长在会上强调，要坚持人才强县、人才兴业。", "坚持人才强县、人才兴业", False),
        # (nor what the first clause reports as said or required, after the news words)
        ("日前，市委书记在调研时强调要坚持产业兴城、工业强市。", "坚持产业兴城、工业强市", False),
        ("近日，全会要求把防风险摆在更加突出的位置。", "把防风险摆在更加突出的位置", False),
        ("5月8日，市长提出打造“一核两翼”发展格局。", "打造“一核两翼”发展格局", False),
        # (a year opens a goal or a record of the way, which is recited)
        ("2035年，基本实现城乡融合发展的现代化目标。", "基本实现城乡融合发展的现代化目标", False),
        ("近年来，我县坚持把项目建设作为“头号工程”来抓。", "坚持把项目建设作为“头号工程”来抓", False),
        # a rank or a prize won
        ("通过几年努力，该镇连续两年在全县综合考评中名列前茅。", "连续两年在全县综合考评中名列前茅", True),
        ("去年以来，我区先后荣获全省文明城区称号。", "先后荣获全省文明城区称号", True),
        # (unless the sentence sets it as a goal)
        ("力争三年内在全省考核中位居前列。", "在全省考核中位居前列", False),
        ("始终把群众满意度位居首位。", "始终把群众满意度位居首位", False),
        # (a count of years is no rank: a practice kept up)
        ("坚持连续五年开展干部作风提升年活动，推动作风好转。", "坚持连续五年开展干部作风提升年活动", False),
        # a meeting's or a document's act of arranging: that it arranged, not what
        ("大会总结了过去五年的工作，对今后五年工作作出全面部署。", "对今后五年工作作出全面部署", True),
        ("方案对防汛救灾作出了周密安排，明确了责任。", "方案对防汛救灾作出了周密安排", True),
        # (what is to be done about the arranging is recited)
        ("要把党中央决策部署不折不扣落到实处。", "把党中央决策部署不折不扣落到实处", False),
        ("坚决贯彻落实党中央决策部署", "坚决贯彻落实党中央决策部署", False),
        ("要不折不扣落实党中央作出的决策部署。", "不折不扣落实党中央作出的决策部署", False),
        ("各级党委要对乡村振兴作出具体安排。", "各级党委要对乡村振兴作出具体安排", False),
        ("全会对深化改革重要问题作出部署。", "全会对深化改革重要问题作出部署", True),
        # the lead-in of an example
        ("譬如材料谈的是社区养老，文章就要扣住养老。", "譬如材料谈的是社区养老", True),
        ("譬如材料谈的是社区养老，文章就要扣住养老。", "文章就要扣住养老", False),
    ],
)
def test_what_happened_or_an_example_lead_in_is_no_formulation(sentence: str, span: str, told: bool) -> None:
    assert phrases._told_not_held(span, sentence) is told


def test_a_days_news_gives_no_formulation_but_the_meetings_words_do() -> None:
    lines = [
        "4月9日，县委召开理论宣讲工作推进会，总结前段工作，部署下步任务。",
        "会议指出，开展理论宣讲以来，各级党组织坚持原原本本讲、联系实际讲、结合案例讲，推动理论宣讲取得明显成效。",
        "会议要求，理论宣讲要更加注重学用结合，更加注重常态长效。",
    ]
    found = [
        p.phrase for p in phrases.scored_phrases([Paragraph(n, line) for n, line in enumerate(lines, 1)])
    ]
    assert not any("推进会" in phrase for phrase in found)
    assert "各级党组织坚持原原本本讲、联系实际讲、结合案例讲" in found


@pytest.mark.parametrize(
    ("pieces", "span"),
    [
        # the 等 after the last member ends it: the member runs to it, not to its siblings' length
        (
            ["落实困难群众医疗救助", "临时救助", "农村危房改造等政策"],
            "医疗救助、临时救助、农村危房改造",
        ),
        # (a last member as long as its siblings is as before)
        (["做好防汛", "抗旱", "排涝等工作"], "防汛、抗旱、排涝"),
    ],
)
def test_a_short_series_closed_by_deng_keeps_its_last_member_whole(pieces: list[str], span: str) -> None:
    assert phrases._short_series(pieces) == [span]


def test_a_short_series_whose_last_member_before_deng_is_far_longer_is_no_span() -> None:
    # (the words before 等 say more than one member: no span cuts them)
    assert phrases._short_series(["做好防汛", "抗旱", "各类地质灾害隐患点群测群防排查治理等工作"]) == []


@pytest.mark.parametrize(
    ("pieces", "span"),
    [
        # doubled words written without a 、 are one last member (the trial's speech), never cut
        # inside their second half (不作为慢)
        (["对工作推诿扯皮", "敷衍塞责", "不作为慢作为的"], "推诿扯皮、敷衍塞责、不作为慢作为"),
        (["对推诿扯皮", "敷衍塞责", "不担当不作为的"], "推诿扯皮、敷衍塞责、不担当不作为"),
        # (a last member as long as its siblings is as before)
        (["整治吃拿卡要", "冷硬横推", "慢作为的"], "吃拿卡要、冷硬横推、慢作为"),
    ],
)
def test_a_short_series_keeps_doubled_words_whole(pieces: list[str], span: str) -> None:
    assert phrases._short_series(pieces) == [span]


@pytest.mark.parametrize(
    ("clause", "pieces"),
    [
        # the trial's report: a series a 等 closes is members and a noun, no clauses: no piece is a
        # span (电子信息等战略性新兴产业 gapped with 新能源装备 in view)
        ("加快发展新能源装备、电子信息等战略性新兴产业", ["加快发展新能源装备", "电子信息等战略性新兴产业"]),
        ("大力培育生物医药、高端装备制造等新兴产业", ["大力培育生物医药", "高端装备制造等新兴产业"]),
        (
            "深入推进教育改革、加快医疗卫生体制改革等重点任务",
            ["深入推进教育改革", "加快医疗卫生体制改革等重点任务"],
        ),
        # …or by a count of as many that names the set
        (
            "牢牢守住生态保护红线、环境质量底线、资源利用上线这三条底线",
            ["环境质量底线", "资源利用上线这三条底线"],
        ),
        ("县委全会对坚持党建引领、坚持群众路线、坚持系统观念这“三个坚持”作出了部署", ["坚持群众路线"]),
        # …and pieces cut across a bracket are the members it holds
        (
            "紧盯“四个最严”（最严谨的标准、最严格的监管、最严厉的处罚、最严肃的问责）要求",
            ["最严格的监管", "最严厉的处罚"],
        ),
    ],
)
def test_pieces_of_a_series_closed_by_deng_are_no_spans(clause: str, pieces: list[str]) -> None:
    spans = phrases._clause_spans(clause)
    assert not [piece for piece in pieces if piece in spans]


@pytest.mark.parametrize(
    ("clause", "span"),
    [
        # the recurring character ends each pair: the run opens with the character before it,
        # and takes the nouns right after it, not a verb (强农惠农富农|支持制度)
        ("完善强农惠农富农政策体系", "强农惠农富农政策体系"),
        ("健全强农惠农富农支持制度", "强农惠农富农"),
        ("落实助学助医助残补贴", "助学助医助残"),
        # …and where it opens each pair, the run opens with it
        ("坚持扶贫扶志扶智相结合", "扶贫扶志扶智"),
    ],
)
def test_a_rhythm_span_ends_where_its_pairs_do(clause: str, span: str) -> None:
    assert phrases._rhythm_span(clause) == span


def test_a_short_series_grown_back_never_parts_a_verb_from_its_good() -> None:
    """用好 is one word: the first member grown back to its siblings' length does not open with 好."""
    assert phrases._short_series(["用好大模型", "云端算力"]) == []
    assert phrases._short_series(["用好小程序", "移动终端"]) == []
    # (a first member that ends before the verb is grown back as before)
    assert phrases._short_series(["用好新媒体", "短视频"]) == ["新媒体、短视频"]


def test_the_word_tag_table_shares_one_string_per_tag() -> None:
    """Each of the few tags is one object however many words carry it (marshal then loads it
    once): a string per line would cost every process 16 MB more."""
    from yaodian.extractors.phrases import word_tags

    tags = word_tags().values()
    assert len({id(tag) for tag in tags}) == len(set(tags)) < 100


@pytest.mark.parametrize(
    ("sentence", "rest"),
    [
        ("同志们，基层稳则天下安。", "基层稳则天下安。"),
        ("各位代表！项目建设要一月一调度、一季一督查。", "项目建设要一月一调度、一季一督查。"),
        ("女士们、先生们，开放合作是大势所趋。", "开放合作是大势所趋。"),
        ("同志们，朋友们，作风建设没有休止符。", "作风建设没有休止符。"),
        ("各位同志们，纪律规矩没有松紧档。", "纪律规矩没有松紧档。"),
        ("同志们、朋友们，奋斗是青春最亮丽的底色。", "奋斗是青春最亮丽的底色。"),
        ("青年们，志之所趋，无远弗届。", "志之所趋，无远弗届。"),
        ("各位，实干才能出实绩。", "实干才能出实绩。"),
    ],
)
def test_a_salutation_opening_a_sentence_is_no_part_of_its_card(sentence: str, rest: str) -> None:
    """Whom the speaker turns to is the speech's address: the card shows what the sentence says."""
    assert phrases.without_salutation(sentence) == rest


def test_a_speechs_formulation_is_carded_without_its_salutation() -> None:
    from yaodian.cards import card_id
    from yaodian.extractors import extract_cards, phrase_cards

    text = "同志们，作风建设没有休止符，纪律规矩没有松紧档。"
    (found,) = [card.text for card in phrase_cards(_paragraphs(text), "")]
    assert found == "同志们，{{c1::作风建设没有休止符，纪律规矩没有松紧档}}。"
    (card,) = extract_cards(_paragraphs(text), "", "speech")
    assert card.text.startswith("{{c1::作风建设没有休止符，纪律规矩没有松紧档")
    # (compose leaves the salutation off after the id is made: the card keeps the id it had with it)
    assert card.id == card_id("speech", "cloze", found)


@pytest.mark.parametrize(
    "sentence",
    [
        "同志们的期待，就是我们努力的方向。",  # words about them, no address
        "各位代表提出的意见，要逐条研究办理。",
        "同学们好，今天学习新发展理念。",  # a greeting, which boilerplate reads
        "朋友们常说，基层是最好的课堂。",
        "老师们辛苦了，教育是国之大计。",
        "同志们，",  # the address alone: nothing follows it
        # the hearers as the subject of what follows, which would lose it
        "各位委员，是人民政协履职的主体。",
        "各位代表，肩负着人民的重托。",
        "同志们，都是这项事业的建设者。",
    ],
)
def test_the_hearers_as_words_of_the_sentence_are_no_salutation(sentence: str) -> None:
    assert phrases.without_salutation(sentence) == sentence


def test_the_spans_an_author_marks_in_a_sentence_are_kept_by_line() -> None:
    """A bold or highlighted span of phrase length inside a sentence is what the note asks. Not a line
    set in bold whole (its item's mark or ordinal aside), nor the label a point opens with before its
    colon (in traditional characters too), nor a heading, nor a bold number or a short label (要点：)."""
    paragraphs = [
        Paragraph(2, "守正创新是根本方法，各地要坚持下去，久久为功。", emphasised=("守正创新是根本方法",)),
        Paragraph(3, "既要抓当前也要谋长远。", emphasised=("既要抓当前也要谋长远。",)),
        Paragraph(4, "1. 稳就业保民生：扩大岗位供给，兜牢困难群体底线。", emphasised=("稳就业保民生",)),
        Paragraph(5, "三、推动乡村全面振兴", heading=2, emphasised=("推动乡村全面振兴",)),
        Paragraph(6, "全年增长百分之五左右，要点：稳中求进。", emphasised=("百分之五", "要点：")),
        Paragraph(7, "增速达到12.5%，好于预期。", emphasised=("12.5%",)),
        Paragraph(8, "我们将持续深化改革。"),
        Paragraph(9, "2. 坚持系统观念统筹全局", emphasised=("坚持系统观念统筹全局",)),
        Paragraph(10, "第二，坚持系统观念统筹全局。", emphasised=("坚持系统观念统筹全局",)),
        Paragraph(11, "堅持系統觀念統籌全局：要增強工作的系統性。", emphasised=("堅持系統觀念統籌全局",)),
    ]
    marked = phrases.marked_formulations(paragraphs)
    assert marked == {2: {"守正创新是根本方法"}}
    assert phrases.is_marked("“守正创新是根本方法”", marked[2])
    assert not phrases.is_marked("守正创新", marked[2])


@pytest.mark.parametrize(
    ("sentence", "definition"),
    [
        # the trial's slide: the term 所谓 names is the cue; its definition runs on to a clause that
        # opens with a pronoun, without the copula
        (
            "所谓全要素生产率，是指在各种生产要素投入水平既定的条件下，所能达到的额外生产效率，"
            "它衡量的是技术进步、组织创新、管理改善等带来的增长。",
            "在各种生产要素投入水平既定的条件下，所能达到的额外生产效率",
        ),
        (
            "所谓耐心资本，就是不追求短期回报、愿意长期陪伴企业成长的资本。",
            "不追求短期回报、愿意长期陪伴企业成长的资本",
        ),
        (
            "所谓“墩苗”，就是让苗子在土里扎下根、蹲住身，才能长得壮。",
            "让苗子在土里扎下根、蹲住身，才能长得壮",
        ),
        ("所谓“三不腐”，就是不敢腐、不能腐、不想腐，三者是相互促进的有机整体。", "不敢腐、不能腐、不想腐"),
    ],
)
def test_a_term_so_called_is_the_cue_of_its_definition(sentence: str, definition: str) -> None:
    found = [p.phrase for p in phrases.scored_phrases(_paragraphs(sentence))]
    assert definition in found
    assert not [span for span in found if "所谓" in span]


@pytest.mark.parametrize(
    ("sentence", "definition", "after"),
    [
        # a definition ends where its clauses stop going on from each other: the clauses after it are
        # statements of their own
        (
            "所谓“绣花功夫”，就是要精耕细作、精益求精，在针脚之细中见真章，在一针一线中显匠心。",
            "精耕细作、精益求精",
            "在针脚之细中见真章，在一针一线中显匠心",
        ),
        (
            "所谓家庭养老床位，是指依托养老服务机构，将专业照护服务延伸到老年人家中，通过适老化改造、"
            "安装智能监测设备、定期上门服务，让家里的床位具备养老院床位的功能。",
            "依托养老服务机构，将专业照护服务延伸到老年人家中",
            "让家里的床位具备养老院床位的功能",
        ),
    ],
)
def test_a_so_called_definition_ends_where_its_clauses_stop_going_on(
    sentence: str, definition: str, after: str
) -> None:
    found = [p.phrase for p in phrases.scored_phrases(_paragraphs(sentence))]
    assert definition in found
    assert after in found
    assert not [span for span in found if "所谓" in span]


def test_a_topic_without_so_called_is_judged_with_its_comment() -> None:
    found = [p.phrase for p in phrases.scored_phrases(_paragraphs("勇于自我革命，是我们党最鲜明的品格。"))]
    assert "勇于自我革命，是我们党最鲜明的品格" in found


@pytest.mark.parametrize(
    ("clause", "run"),
    [
        # a member that opens with the word its siblings open with has no lead before it: the run
        # is the pieces, never one cut inside the first member's quotation (被动应对”向…)
        (
            "由“被动应对”向“主动作为”转变、由“单打独斗”向“协同共治”转变、由“经验治理”向“精准治理”转变",
            [],
        ),
        # (a lead before a member on one frame with its siblings is cut off as before)
        (
            "必须坚持科技是第一生产力、人才是第一资源、创新是第一动力",
            ["科技是第一生产力、人才是第一资源、创新是第一动力"],
        ),
        ("防止以会议落实会议、以文件落实文件", ["以会议落实会议、以文件落实文件"]),
    ],
)
def test_a_led_run_has_a_lead_of_its_own(clause: str, run: list[str]) -> None:
    assert phrases._led_run(clause.split("、")) == run


def test_a_first_member_of_quoted_turns_is_a_span_as_its_siblings_are() -> None:
    spans = phrases._clause_spans(
        "由“被动应对”向“主动作为”转变、由“单打独斗”向“协同共治”转变、由“经验治理”向“精准治理”转变"
    )
    assert "由“被动应对”向“主动作为”转变" in spans
    assert not [span for span in spans if span.startswith("被动应对")]


def test_a_member_of_a_set_its_sentence_says_whole_is_no_span() -> None:
    """The trial's 心得 and note: the list card asks each member of the set by this sentence; a
    member gapped alone, or a part of one, shows the others (坚持{{以人民为中心}} among six)."""
    sentence = (
        "全会提出必须贯彻“六个坚持”的重大原则，即坚持党的全面领导，坚持以人民为中心，坚持守正创新，"
        "坚持以制度建设为主线，坚持全面依法治国，坚持系统观念。"
    )
    members = [
        "坚持党的全面领导",
        "坚持以人民为中心",
        "坚持守正创新",
        "坚持以制度建设为主线",
        "坚持全面依法治国",
        "坚持系统观念",
    ]
    sets = [[content_chars(member) for member in members]]
    found = [p.phrase for p in phrases.scored_phrases(_paragraphs(sentence), sets=sets)]
    assert not [span for span in found if any(span in member for member in members)]
    # …the same spans stay in a sentence that says only some of the set (a list elsewhere asks it)
    other = "新征程上，必须坚持以人民为中心，坚持以制度建设为主线。"
    found = [p.phrase for p in phrases.scored_phrases(_paragraphs(other), sets=sets)]
    assert [span for span in found if "以制度建设为主线" in span]
    # …and in a set of three, a saying of mirrored clauses, whose run a member left out would cut
    saying = "坚持以人民为中心，坚持以制度建设为主线，坚持以改革创新为动力。"
    three = [[content_chars(m) for m in ("坚持以人民为中心", "坚持以制度建设为主线", "坚持以改革创新为动力")]]
    assert phrases.scored_phrases(_paragraphs(saying), sets=three)


def test_a_line_of_list_members_and_nothing_more_gives_no_span() -> None:
    """The trial's note: a bullet holding two members of a list of nine was a hint-only cloze."""
    sets = [[content_chars(m) for m in ("坚持以人民为中心", "坚持以制度建设为主线", "坚持以改革创新为动力")]]
    found = phrases.scored_phrases(_paragraphs("坚持以人民为中心，坚持以制度建设为主线。"), sets=sets)
    assert found == []
    # (a line of the whole set is its saying, and a line with words of its own is more than members)
    assert phrases.scored_phrases(
        _paragraphs("坚持以人民为中心，坚持以制度建设为主线，坚持以改革创新为动力。"), sets=sets
    )
    assert phrases.scored_phrases(
        _paragraphs("新时代必须坚持以人民为中心，坚持以制度建设为主线。"), sets=sets
    )


def test_a_formulation_inside_a_longer_member_of_a_set_its_sentence_says_whole_stays() -> None:
    # (the member without the opening its siblings share is the member; other words in it are a
    # formulation of their own: a quoted run inside a step of a numbered 做法)
    sentence = (
        "做法：1.搭建议事平台；2.推行“居民点单、社区派单、专业接单”的需求对接机制；3.引入社区规划师；"
        "4.探索资金共担模式；5.建立长效管护机制。"
    )
    items = [
        "搭建议事平台",
        "推行“居民点单、社区派单、专业接单”的需求对接机制",
        "引入社区规划师",
        "探索资金共担模式",
        "建立长效管护机制",
    ]
    sets = [[content_chars(item) for item in items]]
    found = [p.phrase for p in phrases.scored_phrases(_paragraphs(sentence), sets=sets)]
    assert "居民点单、社区派单、专业接单" in found


@pytest.mark.parametrize(
    ("clause", "piece"),
    [
        # the 等 of waiting inside a quotation or before what it waits on closes no series
        ("实现从“要我干”到“我要干”、从“等靠要”到“主动干”的转变", "从“等靠要”到“主动干”的转变"),
        ("坚持不等不靠抓落实、主动作为促发展、勇于担当解难题", "主动作为促发展"),
    ],
)
def test_a_deng_of_waiting_closes_no_series(clause: str, piece: str) -> None:
    assert piece in phrases._clause_spans(clause)


def test_a_bold_date_or_person_is_no_marked_formulation() -> None:
    """Minutes and records set a date or a person in bold to be found again (二〇二四年三月以来,
    张某某同志): no formulation to recite. A bold span that merely holds a year or a 同志 stays."""
    paragraphs = [
        Paragraph(
            1,
            "二〇二四年三月以来，全县上下认真学习贯彻张某某同志的讲话精神，取得明显成效。",
            emphasised=("二〇二四年三月以来", "张某某同志"),
        ),
        Paragraph(
            2,
            "会议强调，2025年是“十四五”规划收官之年，要坚持好干部标准，关心爱护基层同志。",
            emphasised=("2025年是“十四五”规划收官之年", "关心爱护基层同志"),
        ),
    ]
    assert phrases.marked_formulations(paragraphs) == {
        2: {"2025年是“十四五”规划收官之年", "关心爱护基层同志"},
    }


def test_bold_leads_in_a_row_that_open_unlike_are_marked() -> None:
    """Paragraphs in a row that each open with a bold statement, with no item's mark and no opening
    in common (a report's achievements), mark what they state: no list or parallel opening asks
    them, so they stay the page's marked formulations."""
    paragraphs = [
        Paragraph(
            1,
            "产业转型升级步伐明显加快，新兴产业占比持续提升。全市规上工业增加值增长百分之八。",
            emphasised=("产业转型升级步伐明显加快，新兴产业占比持续提升。",),
        ),
        Paragraph(
            2,
            "城乡融合发展迈出坚实步伐。新型城镇化建设加快推进，城乡居民收入差距进一步缩小。",
            emphasised=("城乡融合发展迈出坚实步伐。",),
        ),
        Paragraph(
            3,
            "民生保障水平不断提高。全年民生支出占一般公共预算支出的八成以上。",
            emphasised=("民生保障水平不断提高。",),
        ),
    ]
    assert phrases.marked_formulations(paragraphs) == {
        1: {"产业转型升级步伐明显加快，新兴产业占比持续提升"},
        2: {"城乡融合发展迈出坚实步伐"},
        3: {"民生保障水平不断提高"},
    }
