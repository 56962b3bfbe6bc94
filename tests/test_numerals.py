from __future__ import annotations

import pytest

from yaodian.numerals import chinese_numeral, full_width, numeral_value


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
