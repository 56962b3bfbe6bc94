"""Numerals read as numbers, and numbers written as numerals: the counts and list numbers
documents write (三大, 十二、, （二十三）, 7.).

Shared by the sources (where a paragraph run into a line begins; Word's automatic list numbers),
the extractors (counts, headings, a concept's 第N个 member; the list number a card's words lose)
and the cloze numbers (numbers.py compares answers without that list number).
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


# A list's own numbers (1. 2、 3） （1） ①), which a prompt drops too (see _PROMPT_LIST_MARK).
_LIST_NUMBER = r"\d{1,2}\s*(?:[.．](?![\d%％])|、(?!\d)|[)）](?![%％、]))|[(（]\d{1,2}[)）]|[①-⑳]"
# The number a list item or a heading opens with, as typeset, before the words a card shows: 1. 1、
# 1． 1） （1） ① 一、 （一）, and a zero-padded number a styled head sets apart by a space (01 坚持…).
# Not a number that counts (2024年, 3、4月, 1.5倍, 10个) nor one a word follows with no mark (5G),
# nor the first of numerals named in a row (一、二、三产业, 十、百、千人, 3)、4)两项). A heading
# whose words open with 百 千 万 (三、千方百计…) still loses its number.
_LEADING_LIST_MARK = re.compile(
    rf"^(?:{_LIST_NUMBER}"
    r"|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十]|[百千万]、)|[(（][一二三四五六七八九十]{1,3}[)）]"
    r"|0\d(?=[ \u3000]))[ \u3000]*"
)


def without_list_mark(text: str) -> str:
    """`text` without the list number it opens with (1. 加强基础研究… -> 加强基础研究…; 01 坚持… ->
    坚持…): in a card's text a typeset number is chrome a learner would have to recite. The text
    is kept whole when nothing but the number would be left."""
    return _after_mark(text, _LEADING_LIST_MARK.match(text))


def _after_mark(text: str, mark: re.Match[str] | None) -> str:
    """`text` after the `mark` it opens with; whole when there is no mark or nothing else."""
    if mark is None or not text[mark.end() :].strip():
        return text
    return text[mark.end() :]


# An ordinal a text opens with (一是 三是), not a numeral its wording repeats (一是一、二是二) nor 一是否.
_LEADING_ORDINAL = re.compile(r"^([一二三四五六七八九十])是(?![否非]|\1)")
# An order word a text opens with as a clause of its own (首先， 其次， 再次， 最后， 第三，): the item's
# place in a run of points, as 三是 is; not one inside the clause (首先要…, 最后一公里).
_LEADING_ORDER_WORD = re.compile(r"^(?:首先|其次|再次|最后|第[一二三四五六七八九十]{1,2})[，,]\s*")
# An order word opening a later sentence or ；-part (；其次，): the text shows the run whole, its marks with it.
_LATER_ORDER_WORD = re.compile(
    r"[。；;！？!?]\s*(?:\{\{c\d+::)?(?:其次|再次|然后|最后|第[一二三四五六七八九十]{1,2})[，,]"
)
# A list's number a prompt may drop (1. 2、 （1） ①, and an ordinal): not a Chinese heading's (一、 （一）),
# which names the part of the document where the list stands.
_PROMPT_LIST_MARK = re.compile(rf"^(?:{_LIST_NUMBER})\s*")
# The first member's mark after a lead-in's colon (…四个方面：一是… 成因有：（1）…), also where a gap
# opens between them (…四个方面：{{c1::一是…), with words after it; not a ratio's or a score's second
# number (配比为3:1、… 比分2：1.), nor a mark after the colons of a gap's own markup ({{c1::①…}}, with
# no lead-in), which the colon before a colon or a digit leaves out.
_FIRST_MARK_AFTER_COLON = re.compile(
    r"(?<![\d０-９:：])(?P<colon>[：:])(?P<gap>\{\{c\d+::)?"
    r"(?:一是(?![否非一])|[(（]1[)）]|1[.．、](?!\d)|①)\s*+(?!\}|$)"
)
# The second member's mark: a text that shows it holds the series with its marks, one sentence.
_SECOND_MARK = re.compile(r"二是|[(（]2[)）]|(?<!\d)2[.．、](?!\d)|②")


def _colon_and_gap(mark: re.Match[str]) -> str:
    """What stays of a first member's mark after a colon: the colon, and the gap's opening between them."""
    return mark["colon"] + (mark["gap"] or "")


def without_item_mark(text: str) -> str:
    """`text` without the list number or the ordinal it opens with (1. 加强… -> 加强…; 三是强化… ->
    强化…; 再次，要健全… -> 要健全…), and without the first member's mark after a lead-in's colon when no
    second member's follows (…根源在四个方面：一是理想信念… -> …四个方面：理想信念…): a note that shows one
    member asks its words, not where it stood. The marks of a whole series (：一是A；二是B; 首先，A；其次，B)
    read as one sentence and stay."""
    text = without_list_mark(text)
    order = _LEADING_ORDER_WORD.match(text)
    if order and _LATER_ORDER_WORD.search(text, order.end()):
        order = None  # (首先，A；其次，B；最后，C: one sentence, as ：一是A；二是B is)
    text = _after_mark(text, _LEADING_ORDINAL.match(text) or order)
    if not _SECOND_MARK.search(text):
        text = _FIRST_MARK_AFTER_COLON.sub(_colon_and_gap, text, count=1)
    return text


def without_prompt_mark(prompt: str) -> str:
    """A list's prompt without the list number or ordinal it opens with (2.新时代“枫桥经验”… ->
    新时代“枫桥经验”…; 三是… -> …). A Chinese heading's number (二、 （三）) stays: it says where the list
    stands among the document's parts."""
    return _after_mark(prompt, _PROMPT_LIST_MARK.match(prompt) or _LEADING_ORDINAL.match(prompt))
