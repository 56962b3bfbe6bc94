from __future__ import annotations

import pytest

from yaodian.numerals import numeral_value


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
