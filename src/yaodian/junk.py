"""Junk copy sites glue into a text: jammer runs, glued addresses and codes, copy notices.

Copy sites glue junk into an article's visible text, which a user's copy or saved page carries: a
jammer's random characters, the site's address or name inside a word or between clauses, a random
code between words, a copy notice between sentences or after the last one. Each is cut from its
line so that the sentence reads as its author wrote it; a line that is junk alone (a notice on a
line of its own) is left whole, for boilerplate's furniture rules to drop as a line.

The sources package cuts `without_junk_in` from a document's lines as a source is read (a copy site's address
is told by the whole document), and `without_junk` from its titles. boilerplate.py reads
a line it is given through `without_jammer` again, its spaces tidied (as the titles package reads a
headline), and cuts the shapes told by the clauses around them (`without_glued_site_names`,
`without_glued_codes`, `without_glued_addresses`) as it cleans a line.
This module knows the shapes of the junk, nothing about file formats or about what is worth a card.

What a page glues after a paragraph's last sentence (a note in brackets, a watermark) is read in the
text's simplified view, against boilerplate's notices of use: boilerplate cuts it
(`_without_watermark`), with this module's TRAILING_CODE. (This module may not import the
extractors' script: sources imports it, and the extractors' package imports sources.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from yaodian.names import is_site_name

# Han characters, with Extension A (a copy site glues its junk beside any of them)
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"

# ---- cut as a source is read

# A jammer run (Discuz's "jammer", copied as text): five to fifteen pairs of random printable ASCII,
# read as tokens of one or two characters a space or two apart (% J d5 N( @! K5 D: D).
# (a mark may follow it: a page title's separator, 标题% J d5_某某网)
_JAMMER_RUN = re.compile(r"(?<![A-Za-z0-9])[!-~]{1,2}(?: {1,3}[!-~]{1,2}){3,}(?![A-Za-z0-9])")
_JAMMER_TOKENS = 4  # tokens at the least (a whole run holds six or more; a copied one may be cut short)
_JAMMER_MIXED = 2  # two-character tokens that pair a letter with a digit or a mark, at the least
_JAMMER_SHAPES = 3  # kinds of token (A, a9, A., .): letters alike (A B C D, A. B. C.) are no jammer
_ASCII_MARK = re.compile(r"[!-/:-@\[-`{-~]")
# a letter with a separator after it is a list's or a formula's (x, y, z = 1; A. B.), not random
_SEPARATED_LETTER = re.compile(r"[A-Za-z][,.;:]")


def _token_shape(token: str) -> str:
    """A token's shape: each upper-case letter as A, lower-case as a, digit as 9, mark as .; a
    token of marks alone is one mark (<=, +, @! are operators or random marks alike)."""
    shape = "".join(
        "A" if c.isupper() else "a" if c.islower() else "9" if c.isdigit() else "." for c in token
    )
    return "." if set(shape) == {"."} else shape


def _is_mixed(token: str) -> bool:
    """Whether a token pairs a letter with a digit or a mark (b8, u*, N( as a jammer's random
    pairs do; two marks (<=, +=), two digits or a letter and its separator (x,) are an author's."""
    letters = sum(c.isalpha() for c in token)
    return len(token) == 2 and letters == 1 and not _SEPARATED_LETTER.fullmatch(token)


def _is_jammer(run: str) -> bool:
    """Whether a run of short ASCII tokens is random: letters and marks, several tokens that mix
    them, and tokens of several shapes. An answer's letters (A B C D), options (A. B. C. D.), a
    formula spelled out (x + y = 1, x2 + y2 = r2, 0 <= x <= 1) or an English phrase is none of these
    at once."""
    tokens = run.split()
    shapes = [_token_shape(token) for token in tokens]
    mixed = sum(1 for token in tokens if _is_mixed(token))
    return (
        len(tokens) >= _JAMMER_TOKENS
        and mixed >= _JAMMER_MIXED
        and any(c.isalpha() for c in run)
        and bool(_ASCII_MARK.search(run))
        and len(set(shapes)) >= _JAMMER_SHAPES
    )


# the marks a cut notice may leave doubled at its seam (…增收，。全镇…), the stronger ranked higher
_MARK_RANK = {**dict.fromkeys("，,、：", 1), **dict.fromkeys("；;", 2), **dict.fromkeys("。！？!?", 3)}


def _cut(line: str, spans: Iterable[tuple[int, int]], *, marks: bool = False) -> str:
    """`line` without the spans (in order, apart) and the spaces beside them; a space stays where a
    span stood between two ASCII words. With `marks`, one mark stays at a seam: the stronger of the
    marks the text before ends in, the span ends in and the text after starts with (none at the
    line's start)."""
    pieces: list[str] = []
    at = 0
    for start, end in spans:
        before = line[at:start].rstrip(" ")
        after = line[end:].lstrip(" ")
        if marks:
            before, after = _one_mark("".join(pieces) + before, line[end - 1], after)
            pieces = []
        pieces.append(before)
        if before[-1:].isascii() and before[-1:].isalnum() and after[:1].isascii() and after[:1].isalnum():
            pieces.append(" ")
        at = len(line) - len(after)
    return "".join(pieces) + line[at:]


def _one_mark(before: str, last_cut: str, after: str) -> tuple[str, str]:
    """The text before and after a cut, with one mark between them where any of the three had one
    (the stronger; the earlier of two alike, the author's), and none at the line's start."""
    seam = [mark for mark in (before[-1:], last_cut, after[:1]) if mark in _MARK_RANK]
    if not seam:
        return before, after
    before = before[:-1] if before[-1:] in _MARK_RANK else before
    after = after[1:] if after[:1] in _MARK_RANK else after
    if before.strip():
        before += max(seam, key=_MARK_RANK.__getitem__)
    return before, after


_SPACE_RUN = re.compile(r"\s{2,}")


def without_jammer(line: str, *, tidy_spaces: bool = False) -> str:
    """A line without the jammer runs in it (an answer's letters, options and formulas stay). With
    `tidy_spaces`, a spaced line also has its runs of spaces as one and is stripped: the first step
    of reading a line in boilerplate.py and a headline in the titles package."""
    if " " not in line:  # (a jammer run is spaced)
        return line
    kept = _cut(line, (match.span() for match in _JAMMER_RUN.finditer(line) if _is_jammer(match[0])))
    return _SPACE_RUN.sub(" ", kept).strip() if tidy_spaces else kept


# A web address without its scheme, as a copy site glues its own in (qlfw8.com, www.example.com.cn).
_DOMAIN = r"(?:www\.)?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|cn|cc|top|vip|info|xyz|me|co)(?:\.cn)?"
_DOMAIN_ONLY = re.compile(_DOMAIN)
# an address glued between two Han characters, with no space or mark apart from them
_DOMAIN_IN_WORDS = re.compile(rf"(?<=[{_HAN}]){_DOMAIN}(?![A-Za-z0-9.\-/])(?=[{_HAN}])")
# A copy site glues its address into the words again and again, or names it in its notices too; an
# author cites an address once, or not glued (登录www.gov.cn查询, 新华社xinhuanet.com消息).
_GLUED_AGAIN = 2  # times an address is glued into a document's words, at the least, to be a copy site's


def _address(domain: str) -> str:
    """An address as written anywhere in a document: lower case, without www."""
    domain = domain.lower()
    return domain[4:] if domain.startswith("www.") else domain


def _copy_sites_addresses(lines: list[str]) -> set[str]:
    """The addresses a document's copy site glues in: those glued into its words again and again,
    and those its copy tags and notices name."""
    glued: dict[str, int] = {}
    named: set[str] = set()
    for line in lines:
        if "." not in line:
            continue
        for match in _DOMAIN_IN_WORDS.finditer(line):
            glued[_address(match[0])] = glued.get(_address(match[0]), 0) + 1
        for span in _copy_spans(line):
            named.update(_address(domain) for domain in _DOMAIN_ONLY.findall(span))
    return named | {address for address, times in glued.items() if times >= _GLUED_AGAIN}


def _without_domains_in_words(line: str, sites: set[str]) -> str:
    """A line without the copy site's addresses glued into its words (身qlfw8.com边, 要统筹qlfw8.com规范)."""
    if "." not in line or not sites:
        return line
    glued = _DOMAIN_IN_WORDS.finditer(line)
    return _cut(line, (m.span() for m in glued if _address(m[0]) in sites))


# A copy site's tag in brackets inside the text: its name or address with a word on where the text
# comes from or how it may be copied (（某某网 www.example.com 原创）, （本文来自某某网，转载请保留出处）).
_BRACKETED = re.compile(r"[（(【\[]([^（()）【】\[\]\n]{2,40})[）)】\]]")
_COPY_WORDS = r"原创|原創|整理|首发|首發|来源|來源|来自|來自|转自|轉自|摘自|转载|轉載|出处|出處|版权|版權|收集|更多|访问|訪問"
_COPY_WORD = re.compile(_COPY_WORDS)
_TAG_CHUNKS = re.compile(rf"[\s，,。：:；;、]+|{_COPY_WORDS}|本文|文章|[由于於]|请保留|请注明|禁止|严禁|所有")
# A text's word on where it comes from, before the site it names (本文由, 文章来自, 本文首发于); a
# line or a note of its own on its origin is boilerplate's (_ORIGIN_NOTE, wider: 本文档由…导出)
_ORIGIN_WORDS = r"(?:本文|本篇|文章)(?:由|来自于?|來自於?|来源于?|來源於?|转自|轉自|摘自|首发于?|首發於?)"
# A copy notice glued into the text, bounded by the site it names (its name, a name its address
# follows, or its address): 本文由某某网整理，禁止转载。 …。来源：某某网 更多范文请访问某某网
# (a site whose name or address words follow, 某某网www.gov.cn查询, is a citation, not a notice)
# (one optional bracket between spaces: \s*[（(]?\s* would try every split of a long run of spaces)
_SITE = (
    rf"(?:(?P<name>[{_HAN}A-Za-z0-9]{{2,12}}?[网站網])"
    rf"(?:\s*(?:[（(]\s*)?{_DOMAIN}\s*[）)]?|(?!\s*(?:[（(]\s*)?[A-Za-z0-9]))"
    rf"|{_DOMAIN}(?![A-Za-z0-9.\-/]))(?=整理|原创|原創|编辑|編輯|首发|首發|发布|發布|提供|收集|[^{_HAN}]|$)"
)
_NO_COPYING = (
    r"(?:[，,]\s*(?:禁止|严禁|嚴禁|谢绝|謝絕|请勿|請勿|未经[^，,。]{0,4}不得)(?:转载|轉載)"
    r"|[，,]\s*(?:转载|轉載)(?:请|請)(?:注明|保留)出[处處]|[，,]\s*版[权權]所有|[，,]\s*侵删)*"
)
# a notice takes one mark after it (the seam keeps the stronger of it and the one before, see _cut)
_NOTICE_END = r"[。！？!?；;，,]?"
# 本文由某某网整理, 本文来自某某网: the text's own words may stand right before it
_ORIGIN_NOTICE = re.compile(
    rf"{_ORIGIN_WORDS}\s*{_SITE}"
    rf"(?:整理|原创|原創|编辑|編輯|首发|首發|发布|發布|提供|收集)?{_NO_COPYING}{_NOTICE_END}"
)
_MORE_NOTICE = re.compile(
    rf"更多[{_HAN}]{{0,6}}?[，,]?\s*[请請](?:访问|訪問|登录|登錄|关注|關注|搜索|浏览|瀏覽)\s*{_SITE}{_NOTICE_END}"
)
# 来源：某某网: after a sentence's end, or at a line's start with a mark after it (信息来源：… and
# 来源：某某网 发布时间：… are an information line's labels, set apart by spaces; …10.9亿人，来源：某某
# 中心网站。 after a clause is the author's citation)
_SOURCE_NOTICE = re.compile(
    rf"(?:(?P<start>^)|(?<=[。！？!?])|(?<=[。！？!?][”’」』]))\s*(?:来源|來源)\s*[：:]\s*{_SITE}"
    rf"(?(start)[。！？!?；;，,]|{_NOTICE_END})"
)
_NOTICES = (_ORIGIN_NOTICE, _MORE_NOTICE, _SOURCE_NOTICE)
_LEFT_BESIDE = 4  # Han characters of the text's own that a line keeps beside the junk cut from it


def _names_site(match: re.Match[str]) -> bool:
    """Whether a notice's site is one: an address, or a name that reads as a site's (某某网, not 于网)."""
    return match["name"] is None or is_site_name(match["name"])


def _is_copy_tag(inside: str) -> bool:
    """Whether a bracket's words are a copy site's tag: a word on the text's origin or copying,
    and a site named by its name or its address (a bracket with an address alone is a citation).
    (After a paragraph's last sentence a notice of use or origin is a site's without naming it:
    boilerplate._is_notice.)"""
    if not _COPY_WORD.search(inside):
        return False
    chunks = [chunk for chunk in _TAG_CHUNKS.split(inside) if chunk]
    return any(is_site_name(chunk) or re.fullmatch(rf"(?:https?://)?{_DOMAIN}\S*", chunk) for chunk in chunks)


def _copy_tags(line: str) -> Iterable[re.Match[str]]:
    """A line's copy tags in brackets."""
    return (m for m in _BRACKETED.finditer(line) if _is_copy_tag(m[1]))


def _copy_notices(line: str, notice: re.Pattern[str]) -> Iterable[re.Match[str]]:
    """A line's copy notices of one kind."""
    return (m for m in notice.finditer(line) if _names_site(m))


def _copy_spans(line: str) -> Iterable[str]:
    """A line's copy tags and notices, as they stand in it (cut or not)."""
    line = line.lstrip()
    yield from (m[0] for m in _copy_tags(line))
    for notice in _NOTICES:
        yield from (m[0] for m in _copy_notices(line, notice))


def _without_copy_notices(line: str) -> str:
    """A line without the copy site's tags and notices glued into its sentences; kept whole where
    they would leave fewer than a few of the text's own characters outside brackets (a notice on a
    line of its own, a line of labels). The line's indent stays (a notice may open its text)."""
    text = line.lstrip()
    kept = _cut(text, (m.span() for m in _copy_tags(text)), marks=True)
    for notice in _NOTICES:
        kept = _cut(kept, (m.span() for m in _copy_notices(kept, notice)), marks=True)
    # (the text's own words, outside brackets: 【来源：某某日报】【编辑：某某】 is a line of labels)
    own = _BRACKETED.sub("", kept)
    return line[: len(line) - len(text)] + kept if len(re.findall(f"[{_HAN}]", own)) >= _LEFT_BESIDE else line


def without_junk_in(lines: list[str]) -> list[str]:
    """A document's lines without the junk copy sites glue into its text, as a source is read:
    jammer runs, copy notices and tags, and the copy site's addresses glued inside its words (told
    by the whole document: see _copy_sites_addresses)."""
    lines = [without_jammer(line) if line.strip() else line for line in lines]
    sites = _copy_sites_addresses(lines)
    return [
        _without_domains_in_words(_without_copy_notices(line), sites) if line.strip() else line
        for line in lines
    ]


def without_junk(line: str) -> str:
    """A line without the junk copy sites glue into its text, read as a document of its own (a
    title): see without_junk_in."""
    return without_junk_in([line])[0]


# ---- cut as boilerplate cleans a line

# a site's name glued between two clauses, set apart from the next by a space (…产权制度改革，u办范文网
# 盘活…, …增收。本文来源于某某网 全镇…): the name mangled by a letter, as watermarks dodge filters, or
# said to be the text's source (the origin's words are the copy notices', _ORIGIN_WORDS)
_GLUED_SITE = re.compile(
    rf"(?<=[，,。；;、])\s*(?P<origin>{_ORIGIN_WORDS})?(?P<name>[^\s，,。；;：:、“”《》()（）]{{2,12}})"
    rf"[ \u3000]+(?=[{_HAN}])"
)
_LETTER = re.compile("[A-Za-z]")


def without_glued_site_names(raw: str) -> str:
    """A raw line (its spaces kept) without a site's name glued between its clauses (see above)."""
    if " " not in raw and "\u3000" not in raw:
        return raw

    def cut(match: re.Match[str]) -> str:
        glued = is_site_name(match["name"]) and bool(match["origin"] or _LETTER.search(match["name"]))
        return "" if glued else match[0]

    return _GLUED_SITE.sub(cut, raw)


def _code(chars: str, least: int) -> str:
    """The pattern of a watermark's code: `least` or more of `chars` (a class's inside), a digit and
    a letter among them, mixed as anti-scraping watermarks are (Y8cN2#, yB7kQ2wM)."""
    return rf"(?=[{chars}]*\d)(?=[{chars}]*[A-Za-z])[{chars}]{{{least},}}"


_LOWER, _UPPER = re.compile("[a-z]"), re.compile("[A-Z]")
_ALNUM = r"A-Za-z\d"
# a random code glued into the prose between its words (…2.86亿元，yB7kQ2wM其中…): the text's own
# words beside it, it is held to more than a code after the last sentence (TRAILING_CODE): letters
# and digits alone, six at the least, letters of both cases (and read as random, below); no word,
# figure or standard's code is
_GLUED_CODE = re.compile(
    rf"(?<=[{_HAN}，。；、：])(?=[{_ALNUM}]*[a-z])(?=[{_ALNUM}]*[A-Z]){_code(_ALNUM, 6)}"
    rf"(?=[{_HAN}，。；、])"
)
# a code in the words a page glues after a paragraph's last sentence (…全覆盖；Y8cN2#某某网,
# ycnews.cn_04a7f), where nothing of the text's follows: any printable ASCII, five at the least
# (boilerplate's trailing watermark)
TRAILING_CODE = re.compile(_code("!-~", 5))
# A random code switches between small letters, capitals and digits again and again (y|B|7|k|Q|2),
# its letters mostly alone; a product's name is words and a number (iPhone15, Office365, Python3,
# iPhone15ProMax: a capital and small letters, or capitals, with a number)
_CODE_SWITCHES = 4
_NAME_WORD = re.compile("[A-Z]?[a-z]{2,}|[A-Z]{2,}")
_CHARACTER_CLASS = re.compile("[a-z]+|[A-Z]+|[0-9]+")


def _is_random(code: str) -> bool:
    """Whether a code of letters and digits reads as random, not as a name (see above)."""
    switches = len(_CHARACTER_CLASS.findall(code)) - 1
    letters = sum(c.isalpha() for c in code)
    in_words = sum(len(word) for word in _NAME_WORD.findall(code))
    return switches >= _CODE_SWITCHES and in_words * 2 < letters


def without_glued_codes(text: str) -> str:
    """A paragraph without the random codes glued between its words (see above)."""
    if _LOWER.search(text) and _UPPER.search(text):  # (the costly pattern only where a code may be)
        return _GLUED_CODE.sub(lambda code: "" if _is_random(code[0]) else code[0], text)
    return text


WATERMARKED_PROSE = 20  # han characters of prose before a watermark glued after a sentence
_PROSE_HAN = re.compile(f"[{_HAN}]")


def prose_before(text: str, end: int) -> bool:
    """Whether `text` holds prose of its own before `end`, enough to carry a watermark."""
    return len(_PROSE_HAN.findall(text, 0, end)) >= WATERMARKED_PROSE


# a site's words and its address glued between a paragraph's sentences (…稳定增收。本文来源于某某网
# www.example.com 全镇…): from the last sentence's mark through the address
_GLUED_ADDRESS = re.compile(
    r"(?<=[。！？；!?;”])[^。！？；!?;，,“”]{0,30}?(?:https?://|www\.)[A-Za-z\d./_\-]+(?![A-Za-z\d./_\-])\s*(?=\S)"
)


def without_glued_addresses(text: str) -> str:
    """A paragraph without a site's words and address glued between its sentences, after some
    prose of its own (see above)."""
    if "www." not in text and "://" not in text:
        return text
    return _GLUED_ADDRESS.sub(lambda m: "" if prose_before(text, m.start()) else m[0], text)
