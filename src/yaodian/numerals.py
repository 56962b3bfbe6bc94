"""Numerals read as numbers, and numbers written as numerals: the counts and list numbers
documents write (三大, 十二、, （二十三）, 7.).

Shared by the sources (where a paragraph run into a line begins; Word's automatic list numbers)
and the extractors (counts, headings, a concept's 第N个 member).
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


CHINESE_DIGITS = "〇一二三四五六七八九"
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def chinese_numeral(n: int, digits: str = CHINESE_DIGITS, ten: str = "十", hundred: str = "百") -> str:
    """1 -> 一, 10 -> 十, 21 -> 二十一, 105 -> 一百〇五: a number below 1000 as Chinese counts it
    (Word's chineseCounting; with other `digits`, `ten` and `hundred`, its legal form 壹拾);
    other numbers as arabic digits."""
    if not 0 < n < 1000:
        return str(n)
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    out = digits[hundreds] + hundred if hundreds else ""
    if tens:
        out += ("" if tens == 1 and not hundreds else digits[tens]) + ten
    elif hundreds and ones:
        out += digits[0]
    return out + (digits[ones] if ones else "")


def full_width(n: int) -> str:
    """12 -> １２: a number in full-width digits, as Chinese text often sets them."""
    return str(n).translate(_FULL_WIDTH)
