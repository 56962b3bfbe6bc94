"""Rows of labelled pairs (extractors/tables.py): column labels are never gapped, rows are asked."""

from __future__ import annotations

import pytest

from yaodian.cards import Card, Origin
from yaodian.extractors.tables import column_labels, row_cards, without_column_label_gaps
from yaodian.extractors.text import Paragraph

ROWS = [
    "问题类型：学风不够扎实；整改措施：制定个人学习计划每月精读一本理论著作",
    "问题类型：调研不够深入；整改措施：每季度到联系点蹲点调研不少于五天",
]


def _rows(texts: list[str], table_row: bool = True) -> list[Paragraph]:
    return [Paragraph(n, text, table_row=table_row) for n, text in enumerate(texts, 1)]


def test_a_label_opening_the_same_cell_on_lines_in_a_row_is_a_column_label() -> None:
    assert column_labels(_rows(ROWS)) == {1: {"问题类型", "整改措施"}, 2: {"问题类型", "整改措施"}}


@pytest.mark.parametrize(
    "texts",
    [
        [ROWS[0]],  # one line: its labels are its own
        ["目标：到年底完成改造任务。", "要求：各村严格落实责任。"],  # different labels
        ["时间：2024年4月8日；地点：县政府三楼", "地点：县政府三楼；时间：上午九时"],  # not the same place
        ["9:00—9:20：通报工作进展", "9:00—9:20：各乡镇汇报"],  # a time is no label
        [ROWS[0], "全县上下要统一思想，形成合力。", ROWS[1]],  # not in a row
    ],
)
def test_labels_that_do_not_open_the_same_place_on_lines_in_a_row_are_no_column_labels(
    texts: list[str],
) -> None:
    assert column_labels(_rows(texts, table_row=False)) == {}


def test_a_gap_on_a_column_label_is_opened_and_a_card_left_with_none_goes() -> None:
    labels_only = Card(
        type="cloze", text="{{c1::问题类型}}：学风不够扎实；{{c2::整改措施}}：制定计划", origin=Origin(1)
    )
    mixed = Card(
        type="cloze",
        text="{{c1::问题类型}}：调研不够深入；整改措施：每季度到{{c2::联系点}}蹲点",
        origin=Origin(2),
    )
    kept = without_column_label_gaps([labels_only, mixed], _rows(ROWS))
    assert [card.text for card in kept] == ["问题类型：调研不够深入；整改措施：每季度到{{c1::联系点}}蹲点"]


def test_each_row_asks_its_second_cell() -> None:
    assert [card.text for card in row_cards(_rows(ROWS), "t")] == [
        "问题类型：学风不够扎实；整改措施：{{c1::制定个人学习计划每月精读一本理论著作}}",
        "问题类型：调研不够深入；整改措施：{{c1::每季度到联系点蹲点调研不少于五天}}",
    ]


@pytest.mark.parametrize(
    ("texts", "table_row"),
    [
        (ROWS, False),  # lines of prose that read so are no table's rows
        (
            ["姓名：刘明；单位：城关镇", "姓名：陈静；单位：县农业农村局"],
            True,
        ),  # a sign-in sheet: no statement
    ],
)
def test_rows_that_are_no_table_of_statements_ask_nothing(texts: list[str], table_row: bool) -> None:
    assert row_cards(_rows(texts, table_row), "t") == []


def test_the_first_column_of_statements_is_a_list_and_the_asked_one_is_not() -> None:
    rows = [
        Paragraph(1, "检视发现的差距主要有："),
        *[
            Paragraph(n, text, table_row=True)
            for n, text in enumerate(
                [
                    "突出问题：调查研究浮于表面，满足于听汇报；改进举措：每季度驻村蹲点不少于一周",
                    "突出问题：服务企业主动性不强，上门少；改进举措：建立领导干部包联重点企业制度",
                ],
                2,
            )
        ],
    ]
    lists = [(card.prompt, card.items) for card in row_cards(rows, "t") if card.type == "list"]
    assert lists == [("检视发现的差距主要有：突出问题", ["调查研究浮于表面", "服务企业主动性不强"])]


@pytest.mark.parametrize(
    ("texts", "items"),
    [
        # a task list: one short task (推行“四事”工作法) among longer ones is a statement still
        (
            [
                "重点任务：完善五级联动组织架构；牵头单位：县委组织部；完成时限：2024年9月底前",
                "重点任务：推行“四事”工作法；牵头单位：县委社会工作部；完成时限：2024年10月底前",
                "重点任务：建设社会治理综合指挥平台；牵头单位：县委政法委；完成时限：2025年3月底前",
            ],
            ["完善五级联动组织架构", "推行“四事”工作法", "建设社会治理综合指挥平台"],
        ),
        (
            [
                "整改事项：理论学习不够深入系统；整改措施：制定个人学习计划；整改时限：长期坚持",
                "整改事项：文山会海；整改措施：精简会议文件；整改时限：2025年6月",
                "整改事项：调查研究浮于表面、满足于听汇报；整改措施：驻村蹲点；整改时限：每季度",
            ],
            ["理论学习不够深入系统", "文山会海", "调查研究浮于表面、满足于听汇报"],
        ),
        # most of the column are names or units: a roster's, no list
        (
            [
                "姓名：刘明；单位：城关镇；联系电话：13800000001",
                "姓名：陈静；单位：县农业农村局；联系电话：13800000002",
                "姓名：县委组织部干部监督科全体同志；单位：县委组织部；联系电话：13800000003",
            ],
            None,
        ),
    ],
)
def test_a_column_most_of_whose_cells_are_statements_is_a_list(
    texts: list[str], items: list[str] | None
) -> None:
    lists = [card.items for card in row_cards(_rows(texts), "t") if card.type == "list"]
    assert lists == ([items] if items else [])


RECORDS = [
    "存在问题：服务意识不强，办事效率偏低；对策：推行首问负责制，限时办结群众诉求；责任单位：县政务服务中心",
    "存在问题：基层负担较重，报表多会议多；对策：清理规范各类报表，严控会议数量和时长；责任单位：县委办公室",
]


def test_a_record_pairs_its_first_statement_with_the_next_and_leaves_its_filing_off() -> None:
    clozes = [card.text for card in row_cards(_rows(RECORDS), "t") if card.type == "cloze"]
    assert clozes == [
        "存在问题：服务意识不强，办事效率偏低；对策：{{c1::推行首问负责制，限时办结群众诉求}}",
        "存在问题：基层负担较重，报表多会议多；对策：{{c1::清理规范各类报表，严控会议数量和时长}}",
    ]


@pytest.mark.parametrize(
    "texts",
    [
        # a task and who does it by when: one statement, nothing paired with it
        [
            "重点任务：开展安全隐患排查整治行动；牵头单位：县应急管理局；完成时限：2025年底",
            "重点任务：推进城镇燃气管道更新改造工程；牵头单位：县住房城乡建设局；完成时限：2026年6月",
        ],
    ],
)
def test_a_record_of_one_statement_and_its_filing_asks_no_row(texts: list[str]) -> None:
    assert [card for card in row_cards(_rows(texts), "t") if card.type == "cloze"] == []


def test_a_series_read_across_a_records_cells_goes() -> None:
    across = Card(
        type="list", prompt="存在问题", items=["服务意识不强", "对策", "责任单位"], origin=Origin(1)
    )
    within = Card(
        type="list", prompt="推行", items=["首问负责制", "限时办结制", "一次告知制"], origin=Origin(1)
    )
    assert without_column_label_gaps([across, within], _rows(RECORDS)) == [within]


# Tables of formulations, as study notes of other documents keep them: the formulation column is the
# card's text, gapped at the key-word column's words; the source goes to the back.
FORMULATIONS = [
    "提法：人才是乡村振兴的第一资源；出处：一号文件；关键词：第一资源",
    "提法：法治是最好的营商环境；出处：中央全面依法治国委员会会议；关键词：最好",
    "提法：绿水青山就是金山银山；出处：安吉考察；关键词：“金山银山”",
    "提法：四下基层；出处：宁德工作时期；关键词：宣传、调研、信访、现场办公",
]


def test_a_table_of_formulations_gaps_each_at_its_key_words_and_puts_its_source_on_the_back() -> None:
    cards = row_cards(_rows(FORMULATIONS), "t")
    assert [(card.text, card.extra) for card in cards] == [
        ("人才是乡村振兴的{{c1::第一资源}}", "出处：一号文件；关键词：第一资源"),
        ("法治是{{c1::最好}}的营商环境", "出处：中央全面依法治国委员会会议；关键词：最好"),
        ("绿水青山就是{{c1::金山银山}}", "出处：安吉考察；关键词：“金山银山”"),
        # key words the formulation does not say are its cue; the formulation is hidden whole
        ("{{c1::四下基层}}：宣传、调研、信访、现场办公", "出处：宁德工作时期"),
    ]


def test_a_table_of_formulations_without_key_words_hides_each_whole_beside_its_other_cells() -> None:
    rows = [
        "提法：基层治理是国家治理的基石；出处：开头；备注：大作文开头可用",
        "提法：枫桥经验的生命力在于与时俱进；出处：结尾；备注：判断句",
    ]
    assert [(card.text, card.extra) for card in row_cards(_rows(rows), "t")] == [
        ("{{c1::基层治理是国家治理的基石}}：大作文开头可用", "出处：开头"),
        ("{{c1::枫桥经验的生命力在于与时俱进}}：判断句", "出处：结尾"),
    ]


@pytest.mark.parametrize(
    "rows",
    [
        # a name and its content: no source, no key words (read as any table's rows)
        [
            "提法：五位一体；内容：经济建设、政治建设、文化建设",
            "提法：四个全面；内容：全面深化改革、全面依法治国",
        ],
        # two wordings compared: neither column is the row's formulation
        [
            "旧提法：科学发展是主题；新提法：高质量发展是主题；出处：报告",
            "旧提法：甲乙丙丁戊；新提法：子丑寅卯辰；出处：决定",
        ],
    ],
)
def test_a_table_that_names_no_formulation_with_its_source_or_key_words_is_no_table_of_formulations(
    rows: list[str],
) -> None:
    assert all(not card.extra for card in row_cards(_rows(rows), "t"))


def test_a_table_of_formulations_gaps_a_key_word_written_in_traditional_characters_and_takes_no_placeholder_cue() -> (
    None
):
    rows = [
        "提法：高质量发展是全面建设社会主义现代化国家的首要任务；出处：报告；关键词：首要任務",
        "提法：基层治理是国家治理的基石；出处：开头；关键词：无",
    ]
    assert [card.text for card in row_cards(_rows(rows), "t")] == [
        "高质量发展是全面建设社会主义现代化国家的{{c1::首要任务}}",
        "{{c1::基层治理是国家治理的基石}}",
    ]
