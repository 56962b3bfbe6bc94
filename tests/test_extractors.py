"""Extractor rules (parametrised tables) and golden card files for the seed documents.

Regenerate the golden files after a deliberate change with `pytest --update-golden` and
review the git diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from yaodian.cards import render_card_file
from yaodian.extractors import EXTRACTORS, extract_cards, extract_document
from yaodian.extractors.boilerplate import is_boilerplate
from yaodian.extractors.text import Paragraph, cn_number, opening_clause
from yaodian.sources import read_document

GOLDEN = Path(__file__).parent / "data" / "golden"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _paragraphs(text: str) -> list[Paragraph]:
    return [Paragraph(n, line) for n, line in enumerate(text.strip().splitlines(), 1) if line.strip()]


def _lists(text: str, extractor: str) -> list[tuple[str, list[str]]]:
    cards = EXTRACTORS[extractor](_paragraphs(text), "标题")
    return [(c.prompt, c.items) for c in cards if c.type == "list"]


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("二十三", 23), ("两", 2), ("7", 7), ("甲", None)],
)
def test_cn_number(numeral: str, value: int | None) -> None:
    assert cn_number(numeral) == value


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
        ("主要有:①宣传政策;②联络服务;③维护权益。", [("主要有", ["宣传政策", "联络服务", "维护权益"])]),
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
    assert _lists(text, "terms") == [("三个带头", ["带头学习理论", "带头参加活动", "带头广交朋友"])]


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
    assert sum(1 for c in cards if c.items == ["感召力", "亲和力", "凝聚力"]) == 1


def test_ids_are_stable_and_unique(seed_paths: list[Path]) -> None:
    first = extract_document(read_document(seed_paths[1]))
    second = extract_document(read_document(seed_paths[1]))
    assert [c.id for c in first.cards] == [c.id for c in second.cards]
    assert len({c.id for c in first.cards}) == len(first.cards)


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
