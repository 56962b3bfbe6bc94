"""An essay's 分论点: the points that open its body paragraphs (points.py)."""

from __future__ import annotations

import pytest

from yaodian.extractors.points import essay_points
from yaodian.extractors.text import Paragraph

HEADLINE = "以新质生产力赋能县域经济"
THESIS = "县域是经济发展的基本单元，也是城乡融合的关键纽带。发展新质生产力，县域大有可为，也必须有所作为。"
CLOSE = "县域强则国家强，县域兴则百姓富。只要久久为功、善作善成，县域经济必将迎来高质量发展的新天地。"
ARGUED = "要立足本地资源禀赋，找准产业主攻方向，把比较优势转化为发展胜势，让县域经济跑出加速度。"


def _paragraphs(*texts: str) -> list[Paragraph]:
    return [Paragraph(line, text) for line, text in enumerate(texts, 1)]


def _essay(*openings: str) -> list[Paragraph]:
    return _paragraphs(HEADLINE, THESIS, *(o + ARGUED for o in openings), CLOSE)


def test_points_sharing_their_opening_word_are_one_set() -> None:
    found = essay_points(_essay("坚持系统观念，", "坚持守正创新，", "坚持问题导向，", "坚持人民至上，"))
    assert [(s.lead, s.items) for s in found] == [
        (HEADLINE, ["坚持系统观念", "坚持守正创新", "坚持问题导向", "坚持人民至上"])
    ]


def test_points_of_one_pattern_may_be_short_sentences_of_their_own() -> None:
    found = essay_points(_essay("筑牢安全之“堤”。", "激发创新之“力”。", "厚植人才之“基”。"))
    assert [s.items for s in found] == [["筑牢安全之“堤”", "激发创新之“力”", "厚植人才之“基”"]]


def test_a_close_of_the_points_length_before_a_line_of_no_prose_stays_out() -> None:
    # (the close opens with a clause as long as the points, and a label, not prose, follows it)
    paragraphs = _paragraphs(
        HEADLINE,
        THESIS,
        *(o + ARGUED for o in ("筑牢安全之“堤”。", "激发创新之“力”。", "厚植人才之“基”。")),
        "久久方能为功。" + CLOSE,
        "好词好句摘抄：",
    )
    assert [s.items for s in essay_points(paragraphs)] == [
        ["筑牢安全之“堤”", "激发创新之“力”", "厚植人才之“基”"]
    ]


def test_a_close_of_the_points_length_makes_no_third_point() -> None:
    # (two points, their prose, then a close that opens with a clause of their length: no set of three)
    assert essay_points(_essay("坚持系统观念，", "坚持守正创新，", "民心最大政治，")) == []


@pytest.mark.parametrize(
    "openings",
    [
        # openings of unlike lengths: no set of one make
        ("坚持系统观念，", "坚持以人民为中心，", "坚持创新，"),
        # of one length but of no one pattern: a commentary's paragraphs restating its topic
        ("治水是手段，", "为百姓治水，", "治水的成效，"),
        # two points only
        ("坚持系统观念，", "坚持守正创新，"),
        # six: no essay argues so many points in a row
        (
            "坚持系统观念，",
            "坚持守正创新，",
            "坚持问题导向，",
            "坚持人民至上，",
            "坚持自信自立，",
            "坚持胸怀天下，",
        ),
        # the same opening again: one point, not three
        ("坚持系统观念，", "坚持系统观念，", "坚持系统观念，"),
        # a meeting's report: what it said, not points
        ("会议指出，", "会议强调，", "会议要求，"),
        # a viewpoint's frame
        ("从历史上看，", "从理论上看，", "从实践上看，"),
        # numbered: outline.py's
        ("一是壮大产业，", "二是做强园区，", "三是激活消费，"),
        # ordinals with a counter: things counted, not points
        ("第一张是任务清单，", "第二张是责任清单，", "第三张是问题清单，"),
        # connectives of four characters
        ("与此同时，", "另一方面，", "总而言之，"),
        # times, though of one pattern: a news story's paragraphs
        ("今年以来，", "入冬以来，", "近年以来，"),
    ],
)
def test_openings_that_are_no_set_of_points_give_none(openings: tuple[str, ...]) -> None:
    assert essay_points(_essay(*openings)) == []


def test_points_need_a_thesis_before_and_a_close_after() -> None:
    # (the essay's last paragraphs, with nothing after them: no close, no set)
    paragraphs = _paragraphs(
        THESIS, *(o + ARGUED for o in ("坚持系统观念，", "坚持守正创新，", "坚持问题导向，"))
    )
    assert essay_points(paragraphs) == []


NEWS = [
    "我市农村公路建设提速增效",
    "记者从市交通运输局获悉，我市农村公路建设进展顺利，一批通村通组道路相继建成通车，群众出行更加便捷。",
    "今年以来，市交通运输局聚焦群众出行需求，累计新改建农村公路三百余公里，完成年度计划的八成以上。",
    "截至目前，全市具备条件的自然村已全部通上硬化路，农村客运班线覆盖所有建制村，城乡交通一体化水平明显提升。",
    "与此同时，各县区同步推进农村公路养护改革，落实县乡村三级路长制，公路技术状况持续向好。",
    "据市交通运输局有关负责人介绍，下一步将继续加大投入，推动农村公路由连通向提质转变。",
]
REFLECTIONS = [
    "学习党的创新理论心得体会",
    "近期，按照单位统一安排，我认真参加了理论学习中心组集体学习，深受教育、很有收获。",
    "通过此次学习，我更加深刻地认识到理论武装的重要意义，进一步坚定了理想信念，筑牢了思想根基。",
    "对照先进典型，我在工作标准、精神状态、担当作为等方面还存在不少差距，需要认真加以改进。",
    "结合本职工作，我将把学习成果转化为推动工作的实际成效，努力在本职岗位上创造一流业绩。",
    "今后工作中，我将持续加强理论学习，不断提升政治素养和业务能力，以实际行动践行初心使命。",
    "总之，学习永无止境，我将以此次学习为新起点，奋发有为，为单位高质量发展贡献力量。",
]
COMMENTARY = [
    "让治水成效惠及千家万户",
    "河湖治理事关群众切身利益，近年来各地持续用力，水环境质量明显改善，群众获得感不断增强。",
    "治水是手段，惠民是目的。各地要把群众满意作为检验治水成效的根本标准，防止为治水而治水。",
    "为百姓治水，就要问需于民。要多听群众意见，把群众反映强烈的黑臭水体作为整治重点，逐一销号。",
    "治水的成效，要让群众来评判。要畅通监督渠道，主动接受群众监督，让治水成果经得起检验。",
    "为百姓治水，还要久久为功。河湖治理非一日之功，必须建立长效机制，防止问题反弹回潮。",
]


@pytest.mark.parametrize("texts", [NEWS, REFLECTIONS, COMMENTARY], ids=["news", "reflections", "commentary"])
def test_prose_of_other_genres_gives_no_points(texts: list[str]) -> None:
    # (a news story's time and source openers, a 心得's connectives, a commentary restating its topic)
    assert essay_points(_paragraphs(*texts)) == []


# Points that all open with the same clause: the clause after it tells them apart.
SAME_HEAD_CLOSE = "天下大事，必作于细。把每一件小事办好，民生答卷才能写得更加厚实，百姓日子才能过得更有奔头。"


def test_an_exam_essays_points_opening_with_one_clause_are_told_by_the_next() -> None:
    openings = (
        "办好民生小事，要在“听”上下功夫，",
        "办好民生小事，要在“办”上求实效，",
        "办好民生小事，要在“评”上见真章，",
    )
    found = essay_points(
        _paragraphs(HEADLINE, THESIS, *(o + ARGUED for o in openings), SAME_HEAD_CLOSE), "申论范文"
    )
    assert [(s.lead, s.items) for s in found] == [
        ("办好民生小事", ["要在“听”上下功夫", "要在“办”上求实效", "要在“评”上见真章"])
    ]


@pytest.mark.parametrize(
    "openings",
    [
        # the clauses after the shared one are of unlike lengths
        ("办好民生小事，要倾听，", "办好民生小事，要在办理上求实效，", "办好民生小事，要评价，"),
        # of one length but of no one make: a report going on about one topic
        (
            "这项改革推开后，企业反映良好，",
            "这项改革推开后，部门协同顺畅，",
            "这项改革推开后，群众评价很高，",
        ),
    ],
)
def test_one_shared_clause_with_no_points_after_it_gives_none(openings: tuple[str, ...]) -> None:
    paragraphs = _paragraphs(HEADLINE, THESIS, *(o + ARGUED for o in openings), SAME_HEAD_CLOSE)
    assert essay_points(paragraphs, "申论范文") == []


def test_a_speechs_paragraphs_opening_with_one_clause_are_no_set() -> None:
    # (a speech that says 全县上下 at the head of each task: no exam's essay, no points)
    openings = ("全县上下，要抓好产业发展，", "全县上下，要抓好城乡建设，", "全县上下，要抓好民生保障，")
    paragraphs = _paragraphs("在全县经济工作会议上的讲话", THESIS, *(o + ARGUED for o in openings), CLOSE)
    assert essay_points(paragraphs, "在全县经济工作会议上的讲话") == []


# An exam's essay: its points need share no character when each is a short lead sentence.
EXAM_LABEL = "2025年市直机关公开遴选笔试 第三题参考答案"
SHORT_LEADS = (
    "夯实产业根基，筑牢增收的物质基础。",
    "畅通就业渠道，拓宽群众的致富门路。",
    "补齐服务短板，兜住民生的保障底线。",
)
ARGUMENT = "资料中，某县依托特色产业，带动农民人均收入持续增长，既鼓了群众的钱袋子，也稳了发展的基本盘。"


def _exam_essay(*leads: str, label: str = EXAM_LABEL, after: str = CLOSE) -> list[Paragraph]:
    return _paragraphs(label, HEADLINE, THESIS, *(lead + ARGUMENT for lead in leads), after)


def test_an_exam_essays_short_lead_sentences_are_its_points_whatever_they_share() -> None:
    assert [s.items for s in essay_points(_exam_essay(*SHORT_LEADS))] == [
        ["夯实产业根基", "畅通就业渠道", "补齐服务短板"]
    ]


def test_the_title_may_name_the_exam() -> None:
    paragraphs = _paragraphs(HEADLINE, THESIS, *(lead + ARGUMENT for lead in SHORT_LEADS), CLOSE)
    assert essay_points(paragraphs) == []
    assert [s.items for s in essay_points(paragraphs, "申论大作文参考范文")] == [
        ["夯实产业根基", "畅通就业渠道", "补齐服务短板"]
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the same essay under no exam's name: a report's paragraphs of one length, no set
        _exam_essay(*SHORT_LEADS, label="青川县2025年上半年工作总结"),
        # an exam's material: news paragraphs whose first sentences are long accounts
        _exam_essay(
            "去年，某县投入专项资金，新建改建农村公路一百余公里，群众出行更加便捷。",
            "目前，全县已建成村级综合服务站八十余个，基本实现行政村全覆盖，办事不再跑远路。",
            "近期，县里组织专家对各乡镇的做法进行了评估，总结了一批可复制的经验做法。",
        ),
        # the last lead is the close's, before the answer key's labelled note
        _exam_essay(
            *SHORT_LEADS[:2],
            "群众事无小事，枝叶总关情。",
            after="【写作思路】本题立意围绕“共同富裕”展开，分论点从产业、就业两个层面递进，结尾升华主题，首尾呼应。",
        ),
    ],
)
def test_short_leads_outside_an_exam_essay_are_no_points(paragraphs: list[Paragraph]) -> None:
    assert essay_points(paragraphs) == []


# An exam essay's points printed on lines of their own, with their prose under them.
POINT_LINES = (
    "织密服务网格，让民生需求直达“最后一米”。",
    "用好数字工具，让基层治理跑出“加速度”。",
    "凝聚各方力量，让共建共享形成“大合唱”。",
)


def _essay_of_point_lines(*lines: str, label: str = EXAM_LABEL) -> list[Paragraph]:
    return _paragraphs(label, HEADLINE, THESIS, *(text for line in lines for text in (line, ARGUMENT)), CLOSE)


def test_an_exam_essays_points_on_lines_of_their_own_are_a_set() -> None:
    assert [s.items for s in essay_points(_essay_of_point_lines(*POINT_LINES))] == [
        ["织密服务网格", "用好数字工具", "凝聚各方力量"]
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # no exam named: a report's or a handout's lines are the headings' to judge
        _essay_of_point_lines(*POINT_LINES, label="青川县2025年上半年工作总结"),
        # labelled or numbered lines: outline's
        _essay_of_point_lines(
            "分论点一：织密服务网格，让需求直达。",
            "分论点二：用好数字工具，让治理提速。",
            "分论点三：凝聚各方力量，让共建成势。",
        ),
        _essay_of_point_lines(
            "一、织密服务网格，让需求直达。",
            "二、用好数字工具，让治理提速。",
            "三、凝聚各方力量，让共建成势。",
        ),
        # openings of unlike lengths
        _essay_of_point_lines(
            "织密网格，让民生需求直达“最后一米”。",
            "用好数字工具，让基层治理跑出“加速度”。",
            "凝聚社会各方力量，让共建共享形成“大合唱”。",
        ),
    ],
)
def test_lines_that_are_no_exam_essays_points_give_none(paragraphs: list[Paragraph]) -> None:
    assert essay_points(paragraphs) == []


@pytest.mark.parametrize("label", ["范文二：", "【参考范文】"])
def test_a_model_essays_label_goes_from_the_headline_over_its_points(label: str) -> None:
    paragraphs = _paragraphs(
        EXAM_LABEL,
        label + HEADLINE,
        THESIS,
        *(o + ARGUED for o in ("坚持系统观念，", "坚持守正创新，", "坚持问题导向，")),
        CLOSE,
    )
    assert [s.lead for s in essay_points(paragraphs)] == [HEADLINE]


def test_a_label_alone_over_the_thesis_is_no_lead() -> None:
    paragraphs = _paragraphs(
        "【参考范文】",
        THESIS,
        *(o + ARGUED for o in ("坚持系统观念，", "坚持守正创新，", "坚持问题导向，")),
        CLOSE,
    )
    assert [s.lead for s in essay_points(paragraphs)] == [""]


# Report paragraphs that open with short lead sentences of one length and share no character.
REPORT_LEADS = ("服务效能持续提升。", "群众满意稳中有升。", "营商环境明显改善。")


def test_an_exam_word_inside_the_prose_names_no_exam() -> None:
    # 规范文件 holds 范文; a news story's 考生 is no exam's essay
    for thesis in (
        "今年以来，我局认真清理规范文件，全面履行各项职责，各方面工作都取得了明显成效，现将情况总结如下。",
        "今年高考首日，全市考生平稳有序走进考场，各部门通力协作，为考试顺利进行提供了有力保障。",
    ):
        paragraphs = _paragraphs(HEADLINE, thesis, *(lead + ARGUMENT for lead in REPORT_LEADS), CLOSE)
        assert essay_points(paragraphs, "区政务服务中心工作情况") == []


def test_the_exam_named_on_a_label_line_makes_the_report_leads_points() -> None:
    # the same leads under an exam's label are an essay's points (the positive of the test above)
    paragraphs = _paragraphs(EXAM_LABEL, HEADLINE, THESIS, *(lead + ARGUMENT for lead in REPORT_LEADS), CLOSE)
    assert [s.items for s in essay_points(paragraphs)] == [
        ["服务效能持续提升", "群众满意稳中有升", "营商环境明显改善"]
    ]


@pytest.mark.parametrize(
    "title", ["学习申论写作技巧心得体会", "申论大作文备考指南", "在申论阅卷工作会上的讲话"]
)
def test_a_text_of_another_genre_that_names_the_exam_is_no_essay(title: str) -> None:
    assert essay_points(_exam_essay(*SHORT_LEADS, label=title), title) == []
    assert essay_points(_essay_of_point_lines(*POINT_LINES, label=title), title) == []


def _exam_paper(*answer: str) -> list[Paragraph]:
    # an exam paper: its material (of points cut to one pattern), its question, then the answers
    material = (o + ARGUED for o in ("坚持系统观念，", "坚持守正创新，", "坚持问题导向，"))
    return _paragraphs("给定资料1", THESIS, *material, CLOSE, "作答要求", *answer)


def test_an_exam_papers_material_gives_no_points() -> None:
    assert essay_points(_exam_paper(), "2024年申论真题") == []
    assert essay_points(_exam_paper()) == []


def test_an_exam_papers_points_are_sought_after_its_answer_label() -> None:
    answer = ("第五题参考范文", HEADLINE, THESIS, *(lead + ARGUMENT for lead in SHORT_LEADS), CLOSE)
    assert [(s.lead, s.items) for s in essay_points(_exam_paper(*answer), "2024年申论真题")] == [
        (HEADLINE, ["夯实产业根基", "畅通就业渠道", "补齐服务短板"])
    ]


def test_a_question_label_outside_an_exam_holds_no_points_back() -> None:
    # 问题一 heads a report's part, not an exam's question: the essay after it keeps its points
    report = ("存在的问题", "问题一：基层负担仍然较重", THESIS)
    openings = ("坚持系统观念，", "坚持守正创新，", "坚持问题导向，")
    paragraphs = _paragraphs(*report, HEADLINE, THESIS, *(o + ARGUED for o in openings), CLOSE)
    assert [s.items for s in essay_points(paragraphs, "调研报告")] == [
        ["坚持系统观念", "坚持守正创新", "坚持问题导向"]
    ]


# An answer's points that each open with a topic word and a comma, then the claim (减负，要在…上做“减法”).
TOPIC_LEADS = (
    "松绑，要在精简程序上下功夫。",
    "赋权，要在下沉资源上求实效。",
    "暖心，要在关爱保障上见真情。",
)


def test_an_exam_essays_points_led_by_a_topic_word_are_the_whole_lead_sentence() -> None:
    assert [s.items for s in essay_points(_exam_essay(*TOPIC_LEADS))] == [
        ["松绑，要在精简程序上下功夫", "赋权，要在下沉资源上求实效", "暖心，要在关爱保障上见真情"]
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a report's paragraphs of the same make: no exam is named, the topic word alone is no point
        _exam_essay(*TOPIC_LEADS, label="青川县2025年上半年工作总结"),
        # a story's paragraphs opening with a time word: a connective, no topic
        _exam_essay(
            "目前，全县已建成服务站八十个。", "此外，县里组织了三轮评估。", "同时，各乡镇开展了互查。"
        ),
        # an exam answer's paragraphs that open with a link to what came before, not a topic
        _exam_essay("因此，要在健全制度上用心。", "为此，必须把问题找准找实。", "实践中，要防层层加码现象。"),
        _exam_essay("可见，减负必须久久为功。", "然而，有的地方流于形式。", "历史上，这里是驿道重镇。"),
        # a material's places and people: each a name, then what it is, no claim
        _exam_essay("松潘县，地处岷江上游。", "阿坝县，紧靠高山峡谷。", "黑水县，毗邻草原边缘。"),
        _exam_essay("李明，村里的网格员。", "王芳，镇医院护士长。", "赵强，县派驻村队员。"),
    ],
)
def test_topic_words_outside_an_exam_essays_points_give_none(paragraphs: list[Paragraph]) -> None:
    assert essay_points(paragraphs) == []


def test_an_exam_essays_points_may_be_lead_sentences_of_one_second_clause() -> None:
    # (first clauses of unlike lengths, second clauses of one length and one make: the sentences whole)
    openings = (
        "以人民为中心，让社区服务更有“温度”。",
        "以数字化为支撑，让社区服务更有“精度”。",
        "以多元共治为路径，让社区服务更有“力度”。",
    )
    found = essay_points(_paragraphs(HEADLINE, THESIS, *(o + ARGUED for o in openings), CLOSE), "申论范文")
    assert [s.items for s in found] == [[o.rstrip("。") for o in openings]]
    # (outside an exam's essay such sentences are left to the headings)
    assert essay_points(_paragraphs(HEADLINE, THESIS, *(o + ARGUED for o in openings), CLOSE)) == []


@pytest.mark.parametrize(
    "openings",
    [
        # second clauses of unlike lengths
        (
            "以人民为中心，让社区服务更有温度。",
            "以数字化为支撑，让服务更精准。",
            "以多元共治为路径，让社区服务更有力度。",
        ),
        # second clauses of one length but of no one make: an account going on
        (
            "今年以人民为中心，街道办好实事。",
            "去年以数字化为支撑，群众很是满意。",
            "前年以共治为路径，社区变了模样。",
        ),
        # an example's finished deeds, of one make: what the essay argues from, not its points
        (
            "村里修通了水泥路，群众出行更方便了。",
            "镇上建起了综合文化站，群众生活更丰富了。",
            "县里办起了合作社，群众收入更稳定了。",
        ),
    ],
)
def test_lead_sentences_of_no_one_second_clause_are_no_points(openings: tuple[str, ...]) -> None:
    paragraphs = _paragraphs(HEADLINE, THESIS, *(o + ARGUED for o in openings), CLOSE)
    assert essay_points(paragraphs, "申论范文") == []
