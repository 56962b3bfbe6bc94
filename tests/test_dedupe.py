"""dedupe: one card per set, without losing the other gaps of a card it trims."""

from __future__ import annotations

from yaodian.cards import Card, Origin
from yaodian.extractors.dedupe import one_card_per_set

MEMBERS = ["统一事项名称", "统一办理条件", "统一申请材料", "统一办理流程", "统一办理时限"]


def test_a_named_concept_a_list_expands_leaves_the_other_gaps_of_its_card() -> None:
    """The concept's cloze goes (the list asks it), the formulation beside it stays, renumbered."""
    listing = Card(type="list", prompt="实行政务服务事项“五个统一”", items=MEMBERS, origin=Origin(line=3))
    cloze = Card(
        type="cloze",
        text="{{c1::实行政务服务事项“五个统一”}}，{{c2::做到同一事项在全省无差别受理、同标准办理}}。",
        origin=Origin(line=3),
    )
    kept = one_card_per_set([listing, cloze])
    assert [card.type for card in kept] == ["list", "cloze"]
    assert kept[1].text == "实行政务服务事项“五个统一”，{{c1::做到同一事项在全省无差别受理、同标准办理}}。"


def test_a_card_whose_only_gap_is_a_named_concept_goes() -> None:
    listing = Card(type="list", prompt="实行政务服务事项“五个统一”", items=MEMBERS, origin=Origin(line=3))
    cloze = Card(type="cloze", text="{{c1::实行政务服务事项“五个统一”}}。", origin=Origin(line=3))
    assert one_card_per_set([listing, cloze]) == [listing]
