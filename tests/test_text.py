"""The extractors' shared text helpers (yaodian.extractors.text)."""

from __future__ import annotations

import pytest

from yaodian.extractors.text import strip_punct


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        ("坚持“四个意识”", "坚持“四个意识”"),  # its partner is inside: the closing mark stays
        ("“一网通办”持续迭代。", "“一网通办”持续迭代"),
        ("“四个意识”，", "四个意识"),  # partners at the two ends go together
        ("“数据烟囱”“信息孤岛”", "“数据烟囱”“信息孤岛”"),  # the ends are two quotations' marks
        ("“坚持人民至上，", "坚持人民至上"),  # a quotation cut at a comma: its partner is elsewhere
        ("坚持自信自立”。", "坚持自信自立"),
        ('"a" and "b"', '"a" and "b"'),
        ("、 推进改革；", "推进改革"),
    ],
)
def test_strip_punct_leaves_no_half_of_a_quotation(text: str, stripped: str) -> None:
    assert strip_punct(text) == stripped
