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
