"""The marks that number or open the items of an enumeration in Chinese text: numbered headings
(一、 （一） 1. （1） ①), a note's outline numbers (1.1, a.), ordinal words (一是 第一， 首先), labelled
numbers (【材料一】, 第一章, 第一条, 一问：), dashes and bullet glyphs, as the regular expressions the
modules that read them share.

MARKERS is the full table, one pattern for each kind of mark, with named groups for what a reader
needs (the number, an enclosed number, a label); extractors/outline reads a document's outline
with it. The patterns after it are built from the same pieces for one job each, and reach as far
as that job needs: where two of them differ, the difference is that job's, said beside them.

At its end, the days a log's rows and a chat's sender lines both open with, and a footnote that
cites its source.

It only spells the marks: finding their runs, levels and numbers is outline's job. It imports
nothing of yaodian, so that a reader (sources) may use it without the extractors.
"""

from __future__ import annotations

import re

# The numerals that number items: one to three of them (一 to 九十九).
NUMERALS = "一二三四五六七八九十"
_NUMBER = rf"[{NUMERALS}]{{1,3}}"
_BREAKS = "，,。；;：:！!？?、"
# A label before a number (材料, 考点, 分论点): Han characters, not a numeral and not 第 (第一 is "di").
NUMBER_LABEL = rf"(?:(?![{NUMERALS}零〇两第])[\u4e00-\u9fff]){{1,4}}?"
# Glyphs that open a bullet point in web and social-media text (✔, ●, ▶, 🔹): arrows, shapes,
# dingbats and emoji; an emoji may come with a variation selector or joined pieces (👨‍👩‍👧).
GLYPHS = "\u2190-\u21ff\u221a\u2500-\u27bf\u2900-\u297f\u2b00-\u2bff\U0001f300-\U0001faff"
GLYPH_RUN = rf"[{GLYPHS}](?:[\ufe0f\u200d]|[{GLYPHS}])*\s*"
# Numbers in circles, white and black, as one character each (① to ⑳, ❶ to ❿, ➀ to ➉, ➊ to ➓).
CIRCLED = "①-⑳❶-❿➀-➉➊-➓"

# kind -> (pattern, level); at one position the reading of the lowest level wins (一、 is a
# heading, not 一是). The levels of the numbered heading styles are also their rank in an outline.
# 是 and the quoted word or two that name a step, a sentence of their own (再次是“准”。)
_NAMED_STEP = r"是(?:“[\u4e00-\u9fff]{1,2}”|‘[\u4e00-\u9fff]{1,2}’|「[\u4e00-\u9fff]{1,2}」)[。；;]"

MARKERS: dict[str, tuple[str, int]] = {
    # (a law's articles too: 第一条　为了…; a chapter with nothing after its number, 第二章总体要求,
    # counts only where it opens its paragraph: see outline.find_marks)
    "chapter": (
        rf"第(?P<n>[{NUMERALS}]{{1,3}}|\d{{1,2}})(?P<label>章|节|条|题|讲|课|篇|部分|单元)"
        r"(?P<sep>\s*(?:[：:、．.]|\s)|(?=[（(]))?",
        0,
    ),
    # (also a number before its label, as a run of questions and answers numbers them: 一问：, 二问：)
    "label": (
        rf"【?(?:(?P<label>{NUMBER_LABEL})(?P<n>[{NUMERALS}]{{1,3}}|\d{{1,2}})|(?P<asked>[{NUMERALS}]{{1,3}})问)"
        r"(?:】|\s*[：:])",
        0,
    ),
    # (一、 一. 一）; the styles below also as one enclosed character: ㈠ ⒈ ⑴ ❶ ➀ ➊)
    "heading": (rf"(?P<n>[零〇{NUMERALS}]{{1,3}})\s*(?:、|[．.](?!\d)|[)）])", 1),
    "paren_cn": (rf"[(（](?P<n>[{NUMERALS}]{{1,3}})[)）]|(?P<e>[㈠-㈩])", 2),
    # (1、 1. 1）, not 1.5 nor 3、4; a closing bracket may meet a number: 3）2023年…)
    "arabic": (
        r"(?P<n>\d{1,2})\s*(?:(?:[、．]|\.(?!\d))(?![\d%％])|(?P<close>[)）])(?![%％]))|(?P<e>[⒈-⒛])",
        3,
    ),
    "paren_num": (r"[(（](?P<n>\d{1,2})[)）]|(?P<e>[⑴-⒇])", 4),
    "circled": (rf"(?P<e>[{CIRCLED}])", 5),
    # the numbers of a note's outline: 1.1, 2.3, 1.2.1 (the number before the last is the parent's),
    # and small letters a. b) (capitals are an exam question's options); where they open the
    # paragraph (see outline.find_marks)
    "decimal": (r"(?P<parent>\d{1,2}(?:\.\d{1,2}){0,2})\.(?P<n>\d{1,2})(?![\d%％]|\.\d)\.?\s*", 5),
    "letter": (r"(?P<letter>[a-h])\s*[.．)）](?![A-Za-z\d])\s*", 5),
    "shi": (rf"(?:其|是)?(?P<n>[{NUMERALS}]{{1,3}}|\d{{1,2}})[是要则来](?![否非])", 6),
    # 第一，; an ordinal with a measure word and what it counts: 第一步，第一个方面，第一个关键词是“改革”
    "di": (
        rf"第(?P<n>[{NUMERALS}]{{1,3}})"
        rf"(?:[,，、:：]|(?P<what>(?:个|步|点|条|项|层|类|方面)[^{_BREAKS}]{{0,6}}?)(?:[,，:：]\s*是?|是))",
        6,
    ),
    # (一方面 needs no comma after it; nor do 首先, 其次, 再者 where they open the paragraph, nor 再次
    # and 最后 before the 是 and the quoted word or two that name the step, 再次是“准”。, not a quoted
    # saying, 最后是“谢谢大家”。: see outline.find_marks)
    "order": (
        r"(?P<o>首先|其次|再次|再者|然后|最后|此外|另外|其[一二三四五六]|另一方面|一方面)"
        r"(?:(?<=方面)|(?=[,，、:：])|(?:(?<=首先|其次|再者)|(?<=再次|最后)(?="
        + _NAMED_STEP
        + r"))(?P<bare>))[,，、:：]?",
        6,
    ),
    "dash": (r"(?:——|--|－－|—)(?=[^—\-－])", 7),
    "symbol": (rf"(?P<g>[{GLYPHS}])(?:[\ufe0f\u200d]|[{GLYPHS}])*\s*", 7),
}
# Kinds that only a note's outline uses, at the start of its lines, and that read as something
# else inside a sentence (2.5万亿元, a.m.): no mark where a clause opens with them.
OUTLINE_ONLY = ("decimal", "letter")
# Any of the kinds above but those, its groups unnamed (several kinds name a group alike).
_UNNAMED = [
    re.sub(r"\?P<\w+>", "", pattern) for kind, (pattern, _) in MARKERS.items() if kind not in OUTLINE_ONLY
]
ANY_MARKER = re.compile("|".join(f"(?:{pattern})" for pattern in _UNNAMED))

# ---- The pieces the patterns below share

# 一、 二． 三.
_CN_HEADING = rf"{_NUMBER}\s*[、．.]"
# （一） (1)
_BRACKETED = rf"[(（][{NUMERALS}\d]{{1,3}}[)）]"
# 1、 2. (not 2.5)
_ARABIC = r"\d{1,2}\s*[、．.](?!\d)"
_CIRCLED_TO_20 = "[①-⑳]"
# 一是 (其一是)
_SHI = rf"(?:其|是)?{_NUMBER}是"
_HEADING_NUMBERS = rf"{_CN_HEADING}|{_BRACKETED}|{_ARABIC}"

# ---- Marks at the start of a line (sources: lines rejoined into paragraphs, headings)

# The numbers of headings (一、 (一) 1.): a line they open without a clause's mark is a heading.
HEADING_NUMBER = re.compile(rf"^\s*(?:{_HEADING_NUMBERS})")
# Marks that open and close a span a line may break inside: brackets, a book title, a quotation.
PAIRED_MARKS = ("（）", "()", "《》", "“”")


def pairs_left_open(text: str) -> list[tuple[str, str]]:
    """The paired marks (PAIRED_MARKS) `text` opens more often than it closes: where a line broke
    inside them (…参考答案（综, 关于印发《…工作要点)."""
    return [
        (opening, closing) for opening, closing in PAIRED_MARKS if text.count(opening) > text.count(closing)
    ]


CAPITAL_NUMERALS = "壹贰叁肆伍陆柒捌玖"  # 1 to 9 as a cheque or a 公众号 head writes them
# The number a 公众号 article's section heads open with: two digits (01, 02), PART 01, NO.1, or a
# capital numeral (壹, 贰), then the head's words (a space, a bar or a stop between them or none;
# one of them before a figure: Part 3｜2026年…); not a date's, a time's or an issue's (01月, 01期).
SERIAL_HEAD = re.compile(
    r"\s*(?:(?:PART|Part|NO\.?|No\.?)\s*0?(?P<tagged>[1-9])|0(?P<padded>[1-9])"
    rf"|(?P<capital>[{CAPITAL_NUMERALS}]))"
    r"(?![\d月日号年时点期版届:：])(?:(?:\s*[|｜丨/、.．]\s*|\s+)?(?=[\u4e00-\u9fff“「《])|(?:\s*[|｜丨/、.．]\s*|\s+)(?=\d))"
)
# A line that opens an enumeration's item or a section (一、 (一) 1、 1. 1） (1) ① 一是 第一， 首先 ——
# A.): it starts a new paragraph, and it is no page's furniture nor the document's title.
ITEM_OPENING = re.compile(
    rf"^\s*(?:{_HEADING_NUMBERS}"
    rf"|\d{{1,2}}[)）]|{_CIRCLED_TO_20}|{_SHI}|第{_NUMBER}[,，、:：]"
    r"|(?:首先|其次|再次|最后)|——|[-•·●■◆]\s|[A-H][.．、](?![A-Za-z]))"
)
# Where a paragraph begins in paragraphs run together on one line, by the mark that opens it: a
# heading's number of each style (dun: 一、, paren: （一）, digit_paren: (1), digit: 1、), the first
# of a run of ordinals (first: 一是 第一， 首先，, whose later members run on in a paragraph), or
# a conclusion (总之，). The callers say where each counts (after a sentence, after a heading).
RUN_TOGETHER_OPENING = re.compile(
    rf"(?P<dun>{_NUMBER})、|[(（](?P<paren>{_NUMBER})[)）]"
    r"|[(（](?P<digit_paren>\d{1,2})[)）]|(?P<digit>\d{1,2})[、．.](?!\d)"
    r"|(?P<first>一是|第一[，、：,:]|首先[，,])|(?P<conclusion>总之|综上所述|总而言之)[，,]"
)
# A circled number opening a line (a slide's point, which keeps its number as a Markdown list does).
CIRCLED_OPENING = re.compile(rf"^\s*[{CIRCLED}]")

# ---- Marks in and around an item's words (extractors)

# The mark a member of a concept opens with, and the space after it: any run of symbols (——, ✔,
# -, ①), a heading's number (一、 （一） 1、 1) 1.), an ordinal (一是, not 一是否; 第一， 第一个是),
# an order word (首先, 此外), 即, or a word and its number (分论点一：).
MEMBER_MARK = re.compile(
    r"^\s*(?:[^\u4e00-\u9fffA-Za-z0-9“「《（(\s]+|"
    rf"{_BRACKETED}|{_CN_HEADING}|\d{{1,2}}\s*(?:[、．)）]|\.(?!\d))|"
    rf"{_SHI}(?![否非])|"
    rf"第{_NUMBER}(?:[,，、:：]|(?:个|条|项|点|步)?是)|"
    r"(?:首先|其次|再次|然后|最后|另外|此外)[,，、:：]?|即|"
    rf"[\u4e00-\u9fff]{{1,4}}[{NUMERALS}\d]{{1,2}}[:：])\s*"
)
# A mark at the end of a heading's words, the first item's run into them (主要工作回顾1. 加强理论学习):
# (一) 一、 1. ① 一是. (Narrower than MEMBER_MARK: one numeral or digit before 是, and a Chinese
# numeral glued to its 、.)
TRAILING_MARK = re.compile(
    rf"(?:{_BRACKETED}|{_NUMBER}[、．.]|{_ARABIC}|{_CIRCLED_TO_20}|[{NUMERALS}\d]是)\s*$"
)
# The number of an entry in a numbered run of sayings (1. 基层强则国家强，基层安则天下安; ②教育是基础…).
ENTRY_NUMBER = re.compile(rf"^(?:{_ARABIC}|{_CIRCLED_TO_20})\s*")
# A mark a span of text opens with (—— ① 一、 一是 1、 1. （一） (1) 第一个 第一种 第一条 第一是 第一，),
# numbers of any length: a span so opened is a marked list item, which outline cards.
SPAN_OPENING_MARK = re.compile(
    rf"^(?:——|—|{_CIRCLED_TO_20}|[{NUMERALS}]+[、是]|\d+[、.．]|[（(][{NUMERALS}\d]+[)）]|"
    rf"第[{NUMERALS}]+(?:个|种|条|是|[，,、]))"
)
# The number a bold line opens with when it is a heading (1. 2、 一、), not a formulation.
BOLD_HEADING_NUMBER = re.compile(rf"^(?:\d+[.．、]|[{NUMERALS}]+、)")
# A study note's label of a part in 【】 alone on its line (【背景】, 【观点】, 【对策】): it heads the words
# under it as a heading does (a 一是…四是 run under 【对策】 is its topic's 对策).
PART_LABEL = re.compile(r"\s*【(?P<label>[\u4e00-\u9fff]{2,4})】\s*")
# A ；-part that opens with an ordinal (一要, 二是): a marked item, whether or not outline reads it so.
ORDINAL_PART = re.compile(rf"[{NUMERALS}]+[要是]")
# The words that name a collection of sayings (金句积累, 名言警句): a slide or a section of them is no part
# of the text's outline
SAYINGS_WORDS = "金句|名言|警句|名句"
# The mark of a choice question's option: a capital letter A to H and its mark (A. 稳中求进　B. 高质量发展;
# Ａ．…), anywhere in a line, as a line of options prints several. Not a word's last letter (IDEA.), nor
# a letter before a letter or a figure (D.C., A.1: an abbreviation, an appendix's number).
CHOICE_OPTION = re.compile(r"(?<![A-Za-z])[A-HＡ-Ｈ]\s*[.．、](?![A-Za-z\d])")


# ---- Days (sources: a learner's log's rows; boilerplate: a chat's sender lines)

# A day written in figures, the year optional (2024-05-06, 2024年5月6日, 5.6, 5月6日)
DAY_IN_FIGURES = r"(?:\d{4}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
# A day of the week (周一, 星期天)
WEEKDAY = r"(?:周|星期)[一二三四五六日天]"


# A footnote that cites a source: its mark, the author, the work in 《》 and where it was published,
# by year and edition, issue, date or page (①习近平：《…》，人民出版社2022年版，第54页。
# ③参见陈平：《…》，《人民日报》2017年3月6日，第1版。), as a PDF's text keeps it under the page.
# An official document is cited by its issuer and its number instead (②某县委组织部：《关于…的实施意见》（某组发
# 〔2024〕7号）。): the issuer before a colon, the number in brackets closing the line.
# (the issuer is an organ by its name's last word: 某县委组织部, 中共中央、国务院, 某市人民政府办公室; an item's
# own words before a colon, ①必须学习：《…》（…号）, name none)
_ISSUING_ORGAN = r"(?:中央|政府|委员会|办公厅|办公室|党组|党委|[部委厅办院局署])"
_FOOTNOTE_MARK = r"\s*(?:[①-⑳]|[\[［]\d{1,3}[\]］]|注\s*\d{1,3}\s*[:：.、]?)\s*"
CITATION = re.compile(
    _FOOTNOTE_MARK + r"[^《》。]{0,30}《[^》]{1,80}》[^。]{0,60}?"
    r"(?:\d{4}\s*年\s*(?:版|第?\s*\d{1,2}\s*期|\d{1,2}\s*月\s*\d{1,2}\s*日)|第\s*\d+\s*[页版])[^。]{0,20}[。.]?\s*"
    r"|" + _FOOTNOTE_MARK + r"[^《》。：:，,]{1,28}" + _ISSUING_ORGAN + r"\s*[:：]\s*《[^》]{1,80}》\s*"
    r"[（(][^（()）]{0,10}[〔\[［]\s*\d{4}\s*[〕\]］]\s*\d{1,4}\s*号\s*[）)]\s*[。.]?\s*"
)
