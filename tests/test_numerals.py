from __future__ import annotations

import pytest

from yaodian.numerals import (
    chinese_numeral,
    full_width,
    numeral_value,
    without_item_mark,
    without_list_mark,
    without_prompt_mark,
)


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("一", 1),
        ("〇", 0),
        ("两", 2),
        ("十", 10),
        ("一十", 10),
        ("十二", 12),
        ("二十", 20),
        ("二十三", 23),
        ("7", 7),
        ("12", 12),
        ("１２", 12),  # full-width digits, which a regex's \d matches
    ],
)
def test_a_numeral_reads_as_its_number(numeral: str, value: int) -> None:
    assert numeral_value(numeral) == value


@pytest.mark.parametrize("numeral", ["", "甲", "十三十", "十十", "二二", "三十两", "一百", "二十三四", "7a"])
def test_a_malformed_numeral_reads_as_none(numeral: str) -> None:
    assert numeral_value(numeral) is None


@pytest.mark.parametrize(
    ("number", "written"),
    [
        (1, "一"),
        (10, "十"),
        (12, "十二"),
        (20, "二十"),
        (99, "九十九"),
        (105, "一百〇五"),
        (110, "一百一十"),
        (1000, "1000"),
    ],
)
def test_a_number_is_written_as_chinese_counts_it(number: int, written: str) -> None:
    assert chinese_numeral(number) == written


def test_the_legal_form_takes_its_own_digits() -> None:
    assert chinese_numeral(21, "零壹贰叁肆伍陆柒捌玖", "拾", "佰") == "贰拾壹"


def test_every_number_read_back_is_the_number_written() -> None:
    assert all(numeral_value(chinese_numeral(n)) == n for n in range(1, 100))


def test_full_width_digits() -> None:
    assert full_width(2024) == "２０２４"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # the numbers a list or a styled head sets before its words: chrome on a card
        ("1. 设立天使投资基金，{{c1::投早}}、{{c2::投小}}", "设立天使投资基金，{{c1::投早}}、{{c2::投小}}"),
        ("12.推行“飞地抱团”发展", "推行“飞地抱团”发展"),
        ("02 坚持{{c1::精准治污}}、{{c2::科学治污}}", "坚持{{c1::精准治污}}、{{c2::科学治污}}"),
        ("（2）拓展积分在{{c1::评先评优}}中的运用", "拓展积分在{{c1::评先评优}}中的运用"),
        ("③ 科技赋能：运用{{c1::卫星遥感}}", "科技赋能：运用{{c1::卫星遥感}}"),
        ("3）{{c1::多元共治}}", "{{c1::多元共治}}"),
        ("二、{{c1::坚持人民至上}}", "{{c1::坚持人民至上}}"),
        ("三、千方百计{{c1::稳就业}}", "千方百计{{c1::稳就业}}"),
        ("4.{{c1::健全工作机制}}。", "{{c1::健全工作机制}}。"),
        # numbers that count or date, and marks that are no list's: they stay
        ("2024年，全市{{c1::新增就业}}一万人", "2024年，全市{{c1::新增就业}}一万人"),
        ("3、4月份{{c1::集中整治}}", "3、4月份{{c1::集中整治}}"),
        ("1.5倍的{{c1::增长}}", "1.5倍的{{c1::增长}}"),
        ("10个{{c1::重点项目}}", "10个{{c1::重点项目}}"),
        ("5G基站{{c1::全覆盖}}", "5G基站{{c1::全覆盖}}"),
        ("01号文件{{c1::明确}}", "01号文件{{c1::明确}}"),
        ("一、二、三产业{{c1::融合发展}}", "一、二、三产业{{c1::融合发展}}"),
        ("九、百、千亿级{{c1::产业集群}}", "九、百、千亿级{{c1::产业集群}}"),
        ("5)、6)两款{{c1::一并适用}}", "5)、6)两款{{c1::一并适用}}"),
        ("2）、3）两条{{c1::合并执行}}", "2）、3）两条{{c1::合并执行}}"),
        ("全市在2023年底前建成01 号站点", "全市在2023年底前建成01 号站点"),  # a number inside prose
        ("E=mc2，1. 的后面", "E=mc2，1. 的后面"),
        ("1. ", "1. "),  # nothing but the number: kept as it is
    ],
)
def test_without_list_mark_drops_only_a_typeset_number(text: str, shown: str) -> None:
    assert without_list_mark(text) == shown


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("二是{{c1::压实责任}}，层层传导压力。", "{{c1::压实责任}}，层层传导压力。"),
        ("3. 配强{{c1::网格力量}}", "配强{{c1::网格力量}}"),
        ("短板有两处：一是{{c1::力量不足}}，缺人手。", "短板有两处：{{c1::力量不足}}，缺人手。"),
        ("原因在于：（1）投入{{c1::不够稳定}}；", "原因在于：投入{{c1::不够稳定}}；"),
        # the whole series with its marks reads as one sentence
        (
            "短板有两处：一是{{c1::力量不足}}；二是{{c2::责任不实}}。",
            "短板有两处：一是{{c1::力量不足}}；二是{{c2::责任不实}}。",
        ),
        # an idiom, a question, a title and a figure: no list's number
        ("一是一、二是二，{{c1::实事求是}}。", "一是一、二是二，{{c1::实事求是}}。"),
        ("一是否可行，要看{{c1::群众满意}}。", "一是否可行，要看{{c1::群众满意}}。"),
        ("第一书记要{{c1::驻村帮扶}}。", "第一书记要{{c1::驻村帮扶}}。"),
        ("增速为：1.5%，{{c1::高于预期}}。", "增速为：1.5%，{{c1::高于预期}}。"),
        # a ratio's or a score's second number belongs to the wording
        ("按3:1、{{c1::分批配套}}。", "按3:1、{{c1::分批配套}}。"),
        ("比分定格在2：1.{{c1::主队晋级}}", "比分定格在2：1.{{c1::主队晋级}}"),
        ("他说，三是{{c1::关键之年}}。", "他说，三是{{c1::关键之年}}。"),
        ("三是", "三是"),
        # an order word as a clause of its own is the item's place; inside the clause it is wording
        ("再次，要健全{{c1::从严管理监督机制}}。", "要健全{{c1::从严管理监督机制}}。"),
        ("首先，{{c1::思想要先行}}。", "{{c1::思想要先行}}。"),
        ("第二，坚持{{c1::系统观念}}。", "坚持{{c1::系统观念}}。"),
        ("首先要{{c1::统一思想}}。", "首先要{{c1::统一思想}}。"),
        ("最后一公里要{{c1::打通}}。", "最后一公里要{{c1::打通}}。"),
        # … and a run of them shown whole keeps its marks, one sentence
        (
            "首先，{{c1::统一思想}}；其次，{{c2::压实责任}}。",
            "首先，{{c1::统一思想}}；其次，{{c2::压实责任}}。",
        ),
        ("第一，要学纪。第二，要知纪。第三，要守纪。", "第一，要学纪。第二，要知纪。第三，要守纪。"),
    ],
)
def test_without_item_mark_drops_an_ordinal_and_a_lone_first_mark(text: str, shown: str) -> None:
    assert without_item_mark(text) == shown


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # a gap opened between the lead-in's colon and the mark: the mark goes, the gap stays
        ("问题有三：{{c1::一是投入不足}}，见效慢。", "问题有三：{{c1::投入不足}}，见效慢。"),
        # the colons of a gap's markup are no lead-in: a mark opening a gap with no colon before it stays
        ("首要的是{{c1::①坚持党的领导}}。", "首要的是{{c1::①坚持党的领导}}。"),
        ("要做到{{c1::一是}}{{c2::抓落实}}。", "要做到{{c1::一是}}{{c2::抓落实}}。"),
        # a mark that is all a gap holds is never taken out of it, which would leave an empty gap
        ("标准如下：{{c1::①}}合格。", "标准如下：{{c1::①}}合格。"),
    ],
)
def test_without_item_mark_reads_a_gaps_markup_as_no_lead_in(text: str, shown: str) -> None:
    assert without_item_mark(text) == shown


@pytest.mark.parametrize(
    ("prompt", "shown"),
    [
        ("2.乡村振兴：本节的3个部分", "乡村振兴：本节的3个部分"),
        ("（3）队伍建设（2项）", "队伍建设（2项）"),
        ("四是强化保障，做到“____、____”（2项）", "强化保障，做到“____、____”（2项）"),
        # a Chinese heading's number says where the list stands; a year counts
        ("三、参考答案：本段的3个要点", "三、参考答案：本段的3个要点"),
        ("（二）队伍建设（2项）", "（二）队伍建设（2项）"),
        ("2024年重点工作（5项）", "2024年重点工作（5项）"),
        ("3、4月份的整治重点（2项）", "3、4月份的整治重点（2项）"),
    ],
)
def test_without_prompt_mark_keeps_a_chinese_headings_number(prompt: str, shown: str) -> None:
    assert without_prompt_mark(prompt) == shown
