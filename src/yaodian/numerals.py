"""Numerals read as numbers: the counts and list numbers documents write (三大, 十二、, （二十三）, 7.).

Shared by the sources (where a paragraph run into a line begins) and the extractors (counts and
headings); it does not write numbers as numerals (Word's list numbers are in sources).
"""

from __future__ import annotations

import re

DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
# A Chinese numeral below a hundred: a digit, or 十 with a digit before it (the tens) and after it
# (the ones), each optional.
_CHINESE = re.compile(
    r"(?P<tens>[一二三四五六七八九]?)十(?P<ones>[一二三四五六七八九]?)|[零〇一二两三四五六七八九]"
)


def numeral_value(numeral: str) -> int | None:
    """The number a numeral stands for: Chinese below a hundred, or arabic digits; None for
    anything else (a malformed run such as 十三十 is skipped by callers, not misread)."""
    if numeral.isdecimal():
        return int(numeral)
    found = _CHINESE.fullmatch(numeral)
    if found is None:
        return None
    if found.group("tens") is None:  # a lone digit
        return DIGITS[numeral]
    tens, ones = found.group("tens", "ones")
    return (DIGITS[tens] if tens else 1) * 10 + (DIGITS[ones] if ones else 0)
