"""Reading Markdown as Markdown, and text whose lines were broken at a fixed width.

(So far: the line cleaning all text goes through.)
"""

from __future__ import annotations

import pytest

from yaodian.extractors.text import clean_line

# ---------------------------------------------------------------- clean_line


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("内涵丰富,,是我们党的政治宣言", "内涵丰富，是我们党的政治宣言"),
        ("推动城乡,、区域协调发展", "推动城乡、区域协调发展"),
        ("效果好一点。。真题是回忆版", "效果好一点。真题是回忆版"),
        ("稳中求进；；以进促稳", "稳中求进；以进促稳"),
        ("拼经济……换个外壳", "拼经济……换个外壳"),
        ("共1,000人，增长5%", "共1,000人，增长5%"),
    ],
)
def test_clean_line_undoes_doubled_punctuation(raw: str, clean: str) -> None:
    assert clean_line(raw) == clean
