"""dedupe: one card per set, without losing the other gaps of a card it trims."""

from __future__ import annotations

import pytest

from yaodian.cards import Card, Origin
from yaodian.extractors import extract_cards
from yaodian.extractors.dedupe import one_card_per_set
from yaodian.extractors.script import paragraph

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


def test_of_two_readings_of_a_set_the_one_cut_before_its_siblings_close_goes() -> None:
    """The shorter reading of an end member lacks the words every other member ends with (…的不发):
    it was cut inside its member, and the longer reading stays though its extra words hold 且 and 无."""
    cut = Card(
        type="list",
        prompt="坚持",
        items=["没有实质内容的不发", "可发可不发的不发", "上级文件已有明确规定"],
        origin=Origin(line=5),
    )
    whole = Card(
        type="list",
        prompt="坚持“三个不发”",
        items=["没有实质内容的不发", "可发可不发的不发", "上级文件已有明确规定且无新要求的不发"],
        origin=Origin(line=5),
    )
    assert one_card_per_set([cut, whole]) == [whole]


def test_of_two_readings_of_a_set_the_one_with_the_clauses_verb_goes() -> None:
    short = Card(
        type="list", prompt="推进", items=["产业振兴", "人才振兴", "文化振兴"], origin=Origin(line=2)
    )
    long = Card(
        type="list", prompt="推进", items=["产业振兴", "人才振兴", "文化振兴取得"], origin=Origin(line=2)
    )
    assert one_card_per_set([short, long]) == [short]


def test_of_two_readings_of_a_set_a_verb_of_the_members_own_stays() -> None:
    """The longer first member opens with a verb only, and its siblings say verbs of their own (获得电力):
    the verb is the member's (开办企业), not one the clause puts before the whole set."""
    cut = Card(
        type="list", prompt="其中开办", items=["企业", "获得电力", "纳税", "政务服务"], origin=Origin(line=4)
    )
    whole = Card(
        type="list",
        prompt="其中4项指标",
        items=["开办企业", "获得电力", "纳税", "政务服务"],
        origin=Origin(line=4),
    )
    assert one_card_per_set([cut, whole]) == [whole]


def test_of_two_readings_of_a_set_a_verb_before_names_goes() -> None:
    """低保 is one word jieba tags a verb, governing nothing: no sibling says a verb of its own, so
    保障 is the clause's verb before the whole set (优先保障特困、低保、低收入…)."""
    whole = Card(
        type="list",
        prompt="优先保障",
        items=["特困", "低保", "低收入", "计划生育特殊家庭"],
        origin=Origin(line=4),
    )
    verbed = Card(
        type="list",
        prompt="四类老年人",
        items=["保障特困", "低保", "低收入", "计划生育特殊家庭"],
        origin=Origin(line=4),
    )
    kept = one_card_per_set([whole, verbed])
    assert [card.items for card in kept] == [whole.items]


def _readings(first: list[str], second: list[str]) -> list[list[str]]:
    cards = [
        Card(type="list", prompt="要抓好", items=items, origin=Origin(line=7)) for items in (first, second)
    ]
    return [card.items for card in one_card_per_set(cards)]


def test_of_two_readings_of_a_set_the_one_whose_member_is_its_siblings_opening_goes() -> None:
    """The shorter member is the word every sibling opens with: the set's name was read as a member."""
    whole = ["落实人员", "落实责任", "落实经费"]
    assert _readings(["落实", "落实责任", "落实经费"], whole) == [whole]


def test_of_two_readings_of_a_set_a_last_member_that_is_its_siblings_opening_goes() -> None:
    whole = ["推进改革", "推进开放", "推进创新"]
    assert _readings(whole, ["推进改革", "推进开放", "推进"]) == [whole]


def test_of_two_readings_of_a_set_a_member_with_words_before_the_shared_opening_stays() -> None:
    """加强服务 does not open like its siblings: 加强 may be the clause's verb, or the member's word."""
    first, second = ["服务", "服务质量", "服务效率"], ["加强服务", "服务质量", "服务效率"]
    assert _readings(first, second) == [first, second]


def test_of_two_readings_of_a_set_told_apart_by_plain_words_both_stay() -> None:
    """Plain words added to a member that no sibling opens with: either may be the member."""
    first, second = ["光伏组件", "储能设备", "智能电网"], ["组件", "储能设备", "智能电网"]
    assert _readings(first, second) == [first, second]


def test_two_sets_of_one_line_that_differ_in_more_than_an_end_member_both_stay() -> None:
    first, second = ["产业兴旺", "生态宜居", "乡风文明"], ["兴旺", "生态宜居", "治理有效"]
    assert _readings(first, second) == [first, second]


def test_a_list_read_again_with_a_slides_numbers_goes() -> None:
    """01  为什么… is the entry 为什么… with the number a slide set before it: one set, one card."""
    entries = ["为什么要为基层减负", "形式主义的主要表现", "减负工作的主要举措"]
    contents = Card(type="list", prompt="标题", items=entries, origin=Origin(line=2))
    numbered = Card(
        type="list",
        prompt="标题",
        items=[f"0{n}  {e}" for n, e in enumerate(entries, 1)],
        origin=Origin(line=2),
    )
    assert one_card_per_set([contents, numbered]) == [contents]


LABELS = ["定格", "定人", "定责", "考评"]


def test_a_labels_list_another_card_asks_goes_wherever_that_card_stands() -> None:
    """A series naming the labels (“四定”指定格、定人…) asks them, before the points or after them."""
    labels = Card(type="list", prompt="具体做法：各条开头的小标题", items=LABELS, origin=Origin(line=5))
    series = Card(
        type="list", prompt="“四定”指", items=["指定格", "定人", "定责", "考评"], origin=Origin(line=2)
    )
    after = Card(type="cloze", text="要把{{c1::定格}}、{{c2::定人}}、{{c3::定责}}、{{c4::考评}}统筹起来。")
    assert one_card_per_set([series, labels]) == [series]
    assert one_card_per_set([labels, after]) == [after]


def test_a_labels_list_asked_nowhere_else_stays_unless_its_prompt_quotes_another_set() -> None:
    labels = Card(type="list", prompt="具体做法：各条开头的小标题", items=LABELS, origin=Origin(line=5))
    other = Card(type="list", prompt="网格员要", items=["定格巡查", "上报问题"], origin=Origin(line=9))
    assert one_card_per_set([labels, other]) == [labels, other]
    quoting = Card(
        type="list",
        prompt="调研期间坚持“吃住在村、工作在村”：各条开头的小标题",
        items=["听一听", "看一看", "问一问"],
        origin=Origin(line=5),
    )
    assert one_card_per_set([quoting]) == []
    own = Card(
        type="list",
        prompt="按“减、控、赋”归成三块：各条开头的小标题",
        items=["减负", "控责", "赋能"],
        origin=Origin(line=5),
    )
    assert one_card_per_set([own]) == [own]


HALF = ["主动对接", "上门服务", "跟踪问效"]
WHOLE = [*HALF, "限时办结", "全程留痕", "群众评议"]


def test_a_part_of_a_later_list_goes() -> None:
    """工作法“三主三限”…: the three members read alone before the six read whole are asked by the six."""
    part = Card(type="list", prompt="即主动对接、上门服务、跟踪问效", items=HALF, origin=Origin(line=4))
    whole = Card(type="list", prompt="推行“三主三限”工作法", items=WHOLE, origin=Origin(line=4))
    assert one_card_per_set([part, whole]) == [whole]
    assert one_card_per_set([whole, part]) == [whole]


def test_a_part_that_names_its_own_set_stays_before_the_whole() -> None:
    """A part the text names (“三主”) is a set of its own, asked by its name."""
    named = Card(type="list", prompt="坚持“三主”原则", items=HALF, origin=Origin(line=4))
    whole = Card(type="list", prompt="推行“三主三限”工作法", items=WHOLE, origin=Origin(line=4))
    assert one_card_per_set([named, whole]) == [named, whole]


def test_a_part_in_another_paragraph_stays_before_the_whole() -> None:
    """Only a whole read in the part's own paragraph asks the part: a later paragraph may recap the set
    with a member more, and the set the text gave first is still its own."""
    part = Card(type="list", prompt="服务企业做到", items=HALF, origin=Origin(line=3))
    whole = Card(type="list", prompt="推行“三主三限”工作法", items=WHOLE, origin=Origin(line=7))
    assert one_card_per_set([part, whole]) == [part, whole]


def test_a_part_that_names_the_wholes_count_goes_though_an_outline_read_it() -> None:
    """Points marked 首先…最后 with one marked 第四 among them: read without it, the part still names the
    six (“六项举措”), which the whole asks; a part named by its own count stays (see above)."""
    part = Card(type="list", prompt="落实“六项举措”", items=[*HALF, *WHOLE[3:5]], origin=Origin(line=4))
    whole = Card(type="list", prompt="落实“六项举措”", items=WHOLE, origin=Origin(line=4))
    made_by = {id(part): "points", id(whole): "parallel"}
    assert one_card_per_set([part, whole], made_by) == [whole]
    five = Card(type="list", prompt="落实“五项举措”", items=[*HALF, *WHOLE[3:5]], origin=Origin(line=4))
    assert one_card_per_set([five, whole], {id(five): "points"}) == [five, whole]


def test_a_part_that_counts_its_own_set_stays_before_the_whole() -> None:
    """A part whose lead says how many it has (有三条) is a set the text gives on its own."""
    counted = Card(type="list", prompt="服务企业的做法有三条", items=HALF, origin=Origin(line=4))
    whole = Card(type="list", prompt="总之要", items=WHOLE, origin=Origin(line=4))
    assert one_card_per_set([counted, whole]) == [counted, whole]


def test_an_outline_part_stays_before_the_whole() -> None:
    """The outline's headings or points are the document's own set, however a later sentence recaps it."""
    headings = Card(type="list", prompt="", items=HALF, origin=Origin(line=4))
    whole = Card(type="list", prompt="总之要", items=WHOLE, origin=Origin(line=4))
    made_by = {id(headings): "outline", id(whole): "series"}
    assert one_card_per_set([headings, whole], made_by) == [headings, whole]
    assert one_card_per_set([headings, whole]) == [whole]  # (a finder not named: no outline)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # headings, then a closing sentence that recaps them with one more
        (
            "一、守牢安全底线\n二、擦亮生态底色\n三、厚植民生底蕴\n"
            "归结起来，关键在于守牢安全底线、擦亮生态底色、厚植民生底蕴、夯实发展底盘。",
            ["守牢安全底线", "擦亮生态底色", "厚植民生底蕴"],
        ),
        # points a sentence counts, recapped with one more in the same paragraph
        (
            "整改措施有三条。首先，建立问题台账；其次，压实整改责任；最后，开展跟踪督办。"
            "总之，要建立问题台账、压实整改责任、开展跟踪督办、完善长效机制。",
            ["建立问题台账", "压实整改责任", "开展跟踪督办"],
        ),
    ],
)
def test_a_documents_own_set_stays_beside_a_longer_recap(text: str, kept: list[str]) -> None:
    paragraphs = [paragraph(n, line) for n, line in enumerate(text.split("\n"), 1)]
    cards = extract_cards(paragraphs, "标题", "doc")
    assert kept in [card.items for card in cards if card.type == "list"]


def test_lists_that_only_share_items_both_stay() -> None:
    """Two sets with members in common, neither inside the other, ask different things."""
    first = Card(type="list", prompt="服务企业要", items=[*HALF, "靠前服务"], origin=Origin(line=4))
    whole = Card(type="list", prompt="推行“三主三限”工作法", items=WHOLE, origin=Origin(line=6))
    assert one_card_per_set([first, whole]) == [first, whole]


def test_a_cloze_over_the_same_sentence_asking_other_words_stays_beside_a_list() -> None:
    """A cloze of the sentence whose gaps are not the list's members asks something else."""
    whole = Card(type="list", prompt="推行“三主三限”工作法", items=WHOLE, origin=Origin(line=6))
    cloze = Card(
        type="cloze",
        text="推行“三主三限”工作法，{{c1::让企业办事少跑腿}}、{{c2::群众办事更舒心}}。",
        origin=Origin(line=6),
    )
    assert one_card_per_set([whole, cloze]) == [whole, cloze]


def test_a_set_read_by_several_finders_on_one_line_is_asked_once() -> None:
    """A line that names its set and then gives each member with a clause after it: the readings that
    take the set's name or a following clause for a member go, the one whose members close alike stays."""
    text = (
        "青年干部要守好“三道关”：守好名利关，一旦被名利裹挟，初心就会褪色；守好交友关，"
        "一次不慎可能满盘皆输；守好小节关，不能让小事酿成大错。"
    )
    cards = extract_cards([paragraph(1, text)], "关于青年干部成长的几点体会", "doc")
    lists = [card.items for card in cards if card.type == "list"]
    assert len(lists) == 1
    assert all(len(items) == 3 and "三道关" not in "".join(items) for items in lists)


def _on_line(items: list[str], prompt: str = "要") -> Card:
    return Card(type="list", prompt=prompt, items=items, origin=Origin(line=5))


def test_a_reading_whose_member_breaks_the_pattern_goes_beside_a_parallel_one() -> None:
    parallel = _on_line(["名利关", "交友关", "小节关"])
    named = _on_line(["守好“三道关”", "守好交友关", "守好小节关"])
    clause = _on_line(["一旦被名利裹挟", "守好交友关", "守好小节关"])
    assert one_card_per_set([named, clause, parallel]) == [parallel]


def test_two_different_sets_on_one_line_both_stay() -> None:
    """As many members each, but no member of one is in the other's: two sets, both asked."""
    first = _on_line(["扩大内需", "稳定外贸", "优化投资"])
    second = _on_line(["教育公平", "医疗保障", "住房改善"])
    assert one_card_per_set([first, second]) == [first, second]


def test_readings_of_different_counts_on_one_line_both_stay() -> None:
    parallel = _on_line(["名利关", "交友关", "小节关"])
    longer = _on_line(["一旦被名利裹挟", "守好交友关", "守好小节关", "守住底线"])
    assert one_card_per_set([parallel, longer]) == [parallel, longer]
