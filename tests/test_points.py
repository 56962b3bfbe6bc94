"""An essay's 分论点: the points that open its body paragraphs (points.py)."""

from __future__ import annotations

import pytest

from yaodian.extractors.points import essay_points
from yaodian.extractors.text import Paragraph

THESIS = "共同富裕是社会主义的本质要求，是中国式现代化的重要特征。新征程上，我们必须把做大蛋糕和分好蛋糕有机统一起来。"
CLOSE = "促进共同富裕是一项长期任务，不可能一蹴而就。我们要脚踏实地、久久为功，一步一个脚印把蓝图变为现实。"
ARGUED = "要坚持发展是第一要务，完整准确全面贯彻新发展理念，让改革发展成果更多更公平惠及全体人民。"


def _paragraphs(*texts: str) -> list[Paragraph]:
    return [Paragraph(line, text) for line, text in enumerate(texts, 1)]


def _essay(*openings: str) -> list[Paragraph]:
    return _paragraphs("在高质量发展中扎实推进共同富裕", THESIS, *(o + ARGUED for o in openings), CLOSE)


def test_the_points_opening_an_essays_body_paragraphs_are_one_set() -> None:
    found = essay_points(_essay("做大“蛋糕”，", "分好“蛋糕”，", "补齐短板，", "丰富精神，"))
    assert [(s.lead, s.items) for s in found] == [
        ("在高质量发展中扎实推进共同富裕", ["做大“蛋糕”", "分好“蛋糕”", "补齐短板", "丰富精神"])
    ]


def test_a_point_may_be_a_short_sentence_of_its_own() -> None:
    found = essay_points(_essay("守住乡土文化之“根”。", "激活乡村文化之“源”。", "培育文明乡风之“魂”。"))
    assert [s.items for s in found] == [["守住乡土文化之“根”", "激活乡村文化之“源”", "培育文明乡风之“魂”"]]


@pytest.mark.parametrize(
    "openings",
    [
        # openings of unlike lengths: no set of one make
        ("做大“蛋糕”，", "分好收入分配的“蛋糕”，", "补齐短板，"),
        # two points only
        ("做大“蛋糕”，", "分好“蛋糕”，"),
        # a meeting's report: what it said, not points
        ("会议指出，", "会议强调，", "会议要求，"),
        # a viewpoint's frame
        ("从历史上看，", "从理论上看，", "从实践上看，"),
        # numbered: outline.py's
        ("一是做大蛋糕，", "二是分好蛋糕，", "三是补齐短板，"),
        # short connectives of two characters
        ("同时，", "此外，", "另外，"),
    ],
)
def test_openings_that_are_no_set_of_points_give_none(openings: tuple[str, ...]) -> None:
    assert essay_points(_essay(*openings)) == []


def test_points_need_a_thesis_before_and_a_close_after() -> None:
    # (the essay's last paragraphs, with nothing after them: no close, no set)
    paragraphs = _paragraphs(THESIS, *(o + ARGUED for o in ("做大“蛋糕”，", "分好“蛋糕”，", "补齐短板，")))
    assert essay_points(paragraphs) == []
