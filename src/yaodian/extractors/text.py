"""Shared text helpers for the extractors: paragraphs, clauses, jieba access."""

from __future__ import annotations

import logging
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import accumulate
from pathlib import Path
from types import ModuleType
from typing import TypeVar

from yaodian.names import FAMILY_NAME
from yaodian.numerals import numeral_value

CLAUSE_BREAKS = "，,。；;：:！!？?"
# A prompt with fewer Han characters than this says too little on its own (还存在, 通过, 比如).
PROMPT_MIN = 6
# The longest introducing clause a prompt quotes; longer ones keep their last clauses.
PROMPT_MAX = 40
_CLAUSE_SPLIT = re.compile(f"[{CLAUSE_BREAKS}]")
# 即 as "that is", opening words that unpack what the clause before it named; not the first
# character of another word (即使, 即便, 即可, 即将, 即刻, 即时, 即是). jieba may glue it to the verb
# after it (即建强), so the word is told apart by what follows it.
NAMELY = re.compile(r"即(?![使便可将刻时日兴席位是])")
# a sentence: up to and with its break, or the rest of the text after the last one
_SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]|[^。！？!?]+")
T = TypeVar("T")
# A reporter's turn in a press conference or an interview (某某日报记者：…请问…？, 记者：): its lead-in
# says what is asked about, not a point to recite; the answer after it holds the points. Not one who
# speaks to the reporter (李明告诉记者：“我们…”, 他对记者：…): that is the answer.
ASKER_TAG = re.compile(r"^\s*[^，,。：:；;！!？?\s]{0,16}(?<!告诉)(?<![对向跟给和同与答])记者\s*[:：]")
HAN = re.compile(r"[\u4e00-\u9fff]")
# Pinyin glosses some pages put after characters or words: 會(hui) reads as 會, 席捲（xí juǎn） as 席捲.
_SYLLABLE = "[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}"
_PINYIN = re.compile(rf"(?<=[\u4e00-\u9fff])[(（](?i:{_SYLLABLE})(?: {_SYLLABLE}){{0,3}}[)）]")
_SPACES = re.compile(r"[ \t\u3000\u00a0]+")
_GLUED_SPACE = re.compile(r"(?<=[\u4e00-\u9fff（(“”）)、，。；：]) (?=[\u4e00-\u9fff（(“”）)])")


@dataclass(frozen=True)
class Paragraph:
    """A line of main text: its 1-based line number in the source and its cleaned text.

    `text` is the simplified view the extractors read; `original` the characters as written, of
    the same length, when they differ (a traditional text), else ''.
    """

    line: int
    text: str
    original: str = ""
    # How a Markdown source laid the line out (0 and () for other sources): the level of its
    # heading (# = 1), the depth of its list item (a top-level bullet or number = 1), and the
    # texts it marks as bold. The marks themselves are not in `text`. `table_row`: a row of a
    # table of pairs or of records; `in_item`: the depth of the list item the line stands inside
    # without opening it (sources.LineLayout).
    heading: int = 0
    bullet: int = 0
    emphasised: tuple[str, ...] = ()
    table_row: bool = False
    in_item: int = 0

    @property
    def written(self) -> str:
        return self.original or self.text


# What opens a reporter's question after its lead-in, at a clause's start (…，请问…), which the
# question does without: the lead-in says what is known, the words after it what is asked.
_PLEASE_TELL = re.compile(
    r"(?:^|[，,：:；;])\s*(?:想请问|请问|我想问一下|我想问|请介绍一下)(?:一下)?[，,：:\s]*"
)


def reporters_question(paragraphs: list[Paragraph], index: int, lead: bool = False) -> tuple[int, str] | None:
    """The question a reporter asks in paragraph `index` (ASKER_TAG: 某某日报记者：…请问，…？), as
    written, with the paragraph that holds it (the next one after a tag alone on its line): the
    turn's sentence that ends in a question mark and opens the asking (请问), else its first such
    sentence (of …有哪些问题？下一步如何解决？, the first), from after its 请问 (the lead-in before it
    says what is known). None for any other paragraph, and for a tag whose words ask nothing (a
    byline, 本报记者：张明): only a question heads the answer after it. With `lead`, the sentence
    whole, its lead-in too (请问您怎么看？ asks what its lead-in names)."""
    tag = ASKER_TAG.match(paragraphs[index].text)
    if tag is None:
        return None
    at, said = index, paragraphs[index].written[tag.end() :].strip()
    if not said and index + 1 < len(paragraphs):
        at, said = index + 1, paragraphs[index + 1].written.strip()
    questions = [found.strip() for found in re.findall(r"[^。！!？?]*[？?]", said) if found.strip()]
    if not questions:
        return None
    question = next((found for found in questions if _PLEASE_TELL.search(found)), questions[0])
    asked = [found.end() for found in _PLEASE_TELL.finditer(question)] if not lead else []
    return at, question[asked[-1] :].strip() if asked and question[asked[-1] :].strip() else question


# A speaker's tag at a turn's start in a transcript: who speaks, perhaps after a title and a space
# (李卫东：, 主持人：, 主持人 陈明：, 新闻办副主任 陈明：), and the colon. Cutting a tag from a turn needs a
# person's name as `name` (see _PERSON, _introduced); a line that only greets its hearers after the tag
# (boilerplate's greeting) takes any tag.
SPEAKER_TAG = re.compile(
    r"^\s*(?:[^\s，,。：:；;！!？?]{1,20}\s+)?(?P<name>[^\s，,。：:；;！!？?、]{1,12})\s*[:：]\s*"
)
_PERSON = re.compile(r"[\u4e00-\u9fff]{2,4}")  # a person's name, or 主持人, as a turn's tag gives it


def without_speaker_tags(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs with a speaker's tag cut from the start of each turn that goes on after it
    (王晓燕：一是…): who speaks is no part of a list's prompt or a cloze. Only in a transcript, where
    reporters ask two questions or more (see reporters_question), and only the host's tag or a
    name the record introduces as a person (see _introduced): a note's term before its gloss
    (方法：…) or a place before what it did (张家港：…) is none. A reporter's own tag stays (it tells
    the questions apart)."""
    asked = {found[0] for index in range(len(paragraphs)) if (found := reporters_question(paragraphs, index))}
    if len(asked) < 2:
        return paragraphs
    record = "\n".join(paragraph.text for paragraph in paragraphs)
    untagged = []
    for paragraph in paragraphs:
        tag = None if ASKER_TAG.match(paragraph.text) else SPEAKER_TAG.match(paragraph.text)
        if (
            tag
            and tag.end() < len(paragraph.text)
            and _PERSON.fullmatch(tag["name"])
            and _introduced(tag["name"], record)
        ):
            cut = tag.end()
            paragraph = replace(paragraph, text=paragraph.text[cut:], original=paragraph.original[cut:])
        untagged.append(paragraph)
    return untagged


# How a record introduces a person by name: after a title (局长周海平, 主任孙丽, 发言人王明) or
# before an honorific (孙丽女士, 周海平同志).
_TITLE_END = "长任记席理员官人"
_HONORIFIC = "先生|女士|同志"


def _introduced(name: str, record: str) -> bool:
    """Whether `name` is the host's (主持人) or a person's name the record introduces (see
    _TITLE_END): a family name first, and named so somewhere besides a tag."""
    if name == "主持人":
        return True
    found = re.search(rf"[{_TITLE_END}]\s*{name}|{name}\s*(?:{_HONORIFIC})", record)
    return bool(FAMILY_NAME.match(name) and found)


# Full-width digits and Latin letters (１．２．, ＡＰＰ), as some typesetting writes them: read as
# their ASCII selves, so a number is a number to every rule (１３．, ５个方面).
_HALF_WIDTH = str.maketrans(
    {
        chr(code): chr(code - 0xFEE0)
        for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))
    }
)


def half_width(text: str) -> str:
    """`text` with full-width digits and Latin letters as ASCII ones, of the same length: a view
    for the extractors (cards keep the characters as written)."""
    return text.translate(_HALF_WIDTH) if _HAS_FULL_WIDTH.search(text) else text


_HAS_FULL_WIDTH = re.compile("[０-９Ａ-Ｚａ-ｚ]")


def clean_line(text: str) -> str:
    """Normalise one line: drop pinyin glosses, spaces that separate Chinese words written as
    marks (`with_separators`), collapse spaces next to Chinese, one mark where scraping doubled
    it (,, ,、 。。 ；；), strip.

    Each pattern runs only on a line holding a character it cannot match without (a gloss a
    bracket, a run of spaces one of its spaces, a glued space a plain one): most lines have none.
    """
    if "(" in text or "（" in text:
        text = _PINYIN.sub("", text)
    if " " in text or "\t" in text or "\u3000" in text or "\u00a0" in text:
        if _HAN_GAP.search(text):
            text = with_separators(text)
        text = _SPACES.sub(" ", text)
    text = _DOUBLED_MARK.sub(_last_mark, text).strip()
    return _GLUED_SPACE.sub("", text) if " " in text else text


# A space between Chinese runs is mostly a stray one (a PDF's or a page's, inside a word or a
# sentence: 中共中央 国务院, 政 府 工 作 报 告) and goes; but a line of short runs apart is a series
# written with spaces (总则 分则 附则), and a wide gap (two spaces or more, a tab, a full-width
# space) between two phrases parts fields (a slide's point and its gloss, a table's columns).
_GAP_CHARS = " \t\u3000\u00a0"
_HAN_GAP = re.compile(f"[\u4e00-\u9fff“”][{_GAP_CHARS}]+[\u4e00-\u9fff“”]")
_GAPS = re.compile(f"([{_GAP_CHARS}]+)")
_MEMBER = re.compile("[\u4e00-\u9fff“”「」‘’]+")  # a series' member: Chinese words, maybe quoted
_MEMBER_SIZE = range(2, 9)  # han characters of a series' member
_MEMBERS = 3  # a series has three members or more (two runs apart are a headline's halves)
_FIELD = 4  # han characters of a phrase on each side of a wide gap, for a clause break there
# A count that leads the series it counts (四个意识 政治意识 大局意识 核心意识 看齐意识)
_COUNT_LEAD = re.compile("([一二两三四五六七八九十]{1,2})[个项大条种]")


def _is_wide(gap: str) -> bool:
    """Two spaces or more, a tab or a full-width space: what parts fields, not words."""
    return len(gap) > 1 or gap in "\t\u3000"


def _is_member(token: str) -> bool:
    return bool(_MEMBER.fullmatch(token)) and han_len(token) in _MEMBER_SIZE


def with_separators(text: str) -> str:
    """`text` with the spaces that separate Chinese words written as marks: the series a line
    ends on, of three short runs or more apart (a slide's 总则  分则  附则, a note's 关键词：党建引领
    人民主体 三治融合), joined by 、 (after a count that leads it, 四个意识, a colon); in a line
    with marks, a wide gap between two phrases of four characters or more (第一种形态  让咬耳扯袖、
    红脸出汗成为常态, a table's columns) a clause break. Other spaces are left to `clean_line`,
    which drops them between Chinese characters. A table's row (序号 任务 责任单位, 4 员工录用一件事
    市人社局) is no series, nor a bar of links (回复 支持 反对)."""
    text = text.strip()
    parts = _GAPS.split(text)
    tokens, gaps = parts[0::2], parts[1::2]
    first = _series_start(tokens, gaps)
    members = tokens[first:]
    lead = _COUNT_LEAD.match(members[0])
    counted = bool(lead) and _is_member(members[0]) and numeral_value(lead.group(1)) == len(members) - 1
    fields = bool(_MARKED.search(text))
    if (
        len(members) == 1
        or members[0] in _TABLE_HEADS
        or (_ROW_NUMBER.match(text) and not counted)
        or (not counted and not _is_wide(gaps[-1]) and max(map(han_len, members[1:])) <= _LINK)
    ):
        return _with_field_breaks(tokens, gaps, fields)
    head = _with_field_breaks(tokens[: first + 1], gaps[:first], fields)
    return f"{head}{'：' if counted else '、'}{'、'.join(members[1:])}"


# A line with a clause's or a series' mark is fields where it has a wide gap (第一种形态  让咬耳扯袖、
# 红脸出汗成为常态); a line of phrases alone may be a headline's two halves (高举…旗帜　为…奋斗).
_MARKED = re.compile("[，,。；;：:、！？!?]")
# A page's labels and their values (页数：6页　下载次数：1,284) are apart by spaces, which
# boilerplate reads them by: they stay.
_LABELLED = re.compile("[：:]")
# Words of two characters apart by single spaces are a bar of a page's links or buttons (首页 要闻
# 时政, 回复 支持 反对) more often than a series
_LINK = 2
# The head of a table's first column (序号  任务  责任单位), and a row's number before its cells
_TABLE_HEADS = {"序号", "编号", "类别"}
_ROW_NUMBER = re.compile(r"\d{1,3}\s")


def _series_start(tokens: list[str], gaps: list[str]) -> int:
    """The index of the token whose end opens the series `tokens` end on (its last member, or
    its whole self), or the last index when they end on none: the members are apart by gaps of
    one kind, and the first may end a token that a mark opens it in (四个坚持：党建引领)."""
    last = len(tokens) - 1
    if not gaps or not _is_member(tokens[last]):
        return last
    wide, start = _is_wide(gaps[-1]), last
    while start > 0 and _is_wide(gaps[start - 1]) == wide and _is_member(tokens[start - 1]):
        start -= 1
    if start > 0 and _is_wide(gaps[start - 1]) == wide and _ends_on_member(tokens[start - 1]):
        start -= 1
    return start if last - start + 1 >= _MEMBERS else last


def _ends_on_member(token: str) -> bool:
    """A token that ends on a member after a mark that opens it (四个坚持：党建引领, 实际——土地出让)."""
    tail = _LAST_MEMBER.search(token)
    if not tail or tail.start() == 0 or han_len(tail.group()) not in _MEMBER_SIZE:
        return False
    return token[tail.start() - 1] in "：:—→>·"


_LAST_MEMBER = re.compile(f"{_MEMBER.pattern}$")
_OPENS_PHRASE = re.compile("[\u4e00-\u9fff“]")
_ENDS_PHRASE = re.compile("[\u4e00-\u9fff”]$")


def _with_field_breaks(tokens: list[str], gaps: list[str], fields: bool) -> str:
    """`tokens` joined again by their gaps; when they are `fields`, a wide gap between two phrases
    a clause break."""
    joined = tokens[0]
    for before, gap, token in zip(tokens, gaps, tokens[1:], strict=False):
        parted = (
            fields
            and _is_wide(gap)
            and min(han_len(before), han_len(token)) >= _FIELD
            and not _LABELLED.search(before + token)
            and _ENDS_PHRASE.search(before)
            and _OPENS_PHRASE.match(token)
        )
        joined += ("，" if parted else gap) + token
    return joined


# Clause and sentence marks written twice or more in a row: scraped pages and copied notes double
# them (内涵丰富,,是 城乡,、区域 。。). The last one is the mark meant (,、 is a series), written
# full-width.
_DOUBLED_MARK = re.compile(r"[，,、。；;](?:[ \t]*[，,、。；;])+")
_FULL_WIDTH_MARK = str.maketrans({",": "，", ";": "；"})


def _last_mark(match: re.Match[str]) -> str:
    return match.group()[-1].translate(_FULL_WIDTH_MARK)


def clauses(text: str) -> list[str]:
    """Split at clause punctuation; keep non-empty clauses, stripped."""
    return [c for c in map(str.strip, _CLAUSE_SPLIT.split(text)) if c]


def sentences(text: str) -> list[str]:
    """Split after 。！？ (the break stays with its sentence)."""
    return [s for s in _SENTENCE.findall(text) if s.strip()]


_BREAKS_AND_SPACES = CLAUSE_BREAKS + "、 "
QUOTE_MARKS = "“”‘’「」『』"  # the full-width quotation marks, opening and closing
_QUOTES = "“”\"'"
_OPENING_MARKS = {"“": "”", "‘": "’", "「": "」", "『": "』", "《": "》", "（": "）", "(": ")", "【": "】"}
_CLOSING_MARKS = {closing: opening for opening, closing in _OPENING_MARKS.items()}
_STRAIGHT_QUOTES = "\"'"
_PAIR_MARK = re.compile(
    "[" + re.escape("".join(_OPENING_MARKS) + "".join(_CLOSING_MARKS) + _STRAIGHT_QUOTES) + "]"
)


def _partners(text: str) -> dict[int, int]:
    """The index of each quotation mark and bracket of `text` that has a partner, to its partner's
    index: a closing mark closes the nearest open one of its kind; straight quotes pair in turn."""
    partners: dict[int, int] = {}
    still_open: dict[str, list[int]] = {}
    for match in _PAIR_MARK.finditer(text):
        mark, at = match.group(), match.start()
        if mark in _CLOSING_MARKS:
            waiting = still_open.get(_CLOSING_MARKS[mark])
            if waiting:
                opening = waiting.pop()
                partners[opening], partners[at] = at, opening
        elif mark in _STRAIGHT_QUOTES and still_open.get(mark):
            opening = still_open[mark].pop()
            partners[opening], partners[at] = at, opening
        else:
            still_open.setdefault(mark, []).append(at)
    return partners


def strip_punct(text: str) -> str:
    """`text` without the clause breaks, spaces and quotation marks at its ends.

    A quotation mark goes only with its partner at the other end (“四个意识” gives 四个意识), or
    when its partner is not in `text` at all (a quotation cut at a comma); one whose partner is
    inside stays (坚持“四个意识”), so no quotation is left open or closed by half.
    """
    while True:
        text = text.strip().strip(_BREAKS_AND_SPACES)
        if not text or (text[0] not in _QUOTES and text[-1] not in _QUOTES):
            return text
        partners, last = _partners(text), len(text) - 1
        strip_first = text[0] in _QUOTES and partners.get(0, last) == last
        strip_last = text[-1] in _QUOTES and partners.get(last, 0) == 0
        if not strip_first and not strip_last:
            return text
        text = text[1 if strip_first else 0 : last if strip_last else last + 1]


# A leading clause that only frames the point (作为…, 随着…, 对于…): the point is the next clause.
_FRAME = re.compile(r"^(作为|随着|对于|面对|针对|鉴于)|^在.{1,14}[下中时内]$")


def opening_clause(text: str, minimum: int = 4) -> str:
    """The item's opening clause; when it is shorter than `minimum` (首先, 其次) or only frames
    the point (作为统战工作人员), the next one. A short label before a colon whose next clause is a
    figure, not words (一类文：40—33分；…, 甲级：90分以上), is the item itself: the label."""
    parts = clauses(text)
    if not parts:
        return strip_punct(text)
    first = parts[0]
    if len(parts) > 1 and (han_len(first) < minimum or _FRAME.match(first)):
        if (
            han_len(first) >= 2
            and _FIGURE_CLAUSE.fullmatch(parts[1])
            and _LABEL.match(text)
            and not _CUE.match(first)
        ):
            return first
        return parts[1]
    return first


# A word that orders or counts the points, not a label (第一步：3天; 首先：3项; 一是：5%)
_CUE = re.compile(r"\s*(?:第|首先|其次|再次|然后|最后|其[一二三四五六七八九十]|[一二三四五六七八九十]+是)")
_LABEL = re.compile(r"\s*[^，,。；;：:]+[：:]")  # (a clause that a colon closes)
# A figure and its unit, a range or a bound at most (40—33分, 16分以下, 90分以上); not a date (起源：1963年,
# a field's value)
_FIGURE_CLAUSE = re.compile(
    r"\d[\d.%％\s～~\-—至到]*(?:(?![年月日号])[\u4e00-\u9fff])?(?:以上|以下|以内|左右)?"
)


_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")
ALL_HAN = re.compile(r"[\u4e00-\u9fff]+")  # Han characters only (with fullmatch)
_NOT_CONTENT = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]")
# (full-width digits and Latin letters read as ASCII: _HALF_WIDTH above)


def content_chars(text: str) -> str:
    """`text` without punctuation and spaces: what two spellings of the same words share (a
    full-width digit or letter is the same character as its ASCII twin)."""
    return _NOT_CONTENT.sub("", text.translate(_HALF_WIDTH))


@lru_cache(maxsize=65536)  # asked of the same clauses and members over and over
def han_len(text: str) -> int:
    return len(_NOT_HAN.sub("", text))


def word_len(word: str) -> int:
    """A word's length in characters; a censored word written in pinyin (dang) counts as one."""
    return han_len(word) or (1 if word.isascii() and word.isalpha() else 0)


def import_jieba() -> ModuleType:
    """jieba, imported without setuptools' deprecated pkg_resources.

    jieba imports pkg_resources only to locate the files it ships, which its own fallback finds
    as well (beside its __file__); the import costs 70 ms of every run's start-up. pkg_resources
    is blocked for the duration of jieba's import only, when nothing has imported it yet.
    """
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba

        return jieba
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # its import raises ImportError
    try:
        import jieba
    finally:
        del sys.modules["pkg_resources"]
    return jieba


@cache
def _tokenizer():
    jieba = import_jieba()

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()

    def build() -> tuple[dict[str, int], int]:
        tokenizer.initialize()
        return tokenizer.FREQ, tokenizer.total

    # jieba reads its own cache with marshal.load on an open file, piece by piece (0.5 s); the
    # same table read whole loads in 0.2 s, in every worker process
    dictionary = Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME
    tokenizer.FREQ, tokenizer.total = marshal_copy(dictionary, "jieba", build, (dict, int))
    tokenizer.initialized = True
    return tokenizer


def marshal_copy(source: Path, name: str, build: Callable[[], T], types: tuple[type, ...]) -> T:
    """`build()`, a tuple of the `types` made from `source`, kept in a marshal file in the temp dir.

    Like jieba's own dictionary cache the copy sits in the temp dir; its name holds the source's
    size and mtime, so a changed source gets a new copy. A missing or broken copy is rebuilt.
    """
    stat = source.stat()
    copy = Path(tempfile.gettempdir()) / f"yaodian-{name}-{stat.st_size}-{stat.st_mtime_ns}.marshal"
    try:
        value = marshal.loads(copy.read_bytes())
        if isinstance(value, tuple) and len(value) == len(types) and all(map(isinstance, value, types)):
            return value
    except (OSError, EOFError, ValueError, TypeError):
        pass  # no copy yet, or a broken one
    value = build()
    try:
        partial = copy.with_name(f"{copy.name}.{os.getpid()}")
        partial.write_bytes(marshal.dumps(value))
        os.replace(partial, copy)  # whole or not at all, when two workers write it at once
    except OSError:
        pass  # a read-only temp dir: build it again next time
    return value


# jieba's own first split (its re_han_default): it cuts each run of these characters on its
# own, so a paragraph's words are its runs' words, and a clause shares its runs with its paragraph.
_JIEBA_BLOCK = re.compile(r"([\u4e00-\u9fd5a-zA-Z0-9+#&\._%\-]+)")


@lru_cache(maxsize=65536)
def _cut_block(block: str) -> tuple[str, ...]:
    return tuple(_tokenizer().cut(block))


def words(text: str) -> list[str]:
    """jieba's words of `text`, in order (a private tokenizer, so jieba's global state is untouched).

    Cut run by run with a cache per run: the extractors look at a paragraph, its sentences and
    its clauses, and each run of characters is segmented once.
    """
    found: list[str] = []
    for block in _JIEBA_BLOCK.split(text):
        if block:
            found += _cut_block(block)
    return found


def word_ends(text: str) -> set[int]:
    """The offsets in `text` where one of its `words` ends (0 among them): where a cut splits no word."""
    return set(accumulate(map(len, words(text)), initial=0))


def jieba_blocks(text: str) -> list[str]:
    """The runs of `text` jieba segments word by word (what lies between them it gives char by char)."""
    return _JIEBA_BLOCK.findall(text)


@lru_cache(maxsize=65536)
def han_words_of_block(block: str) -> tuple[str, ...]:
    """`han_words` of one of the `jieba_blocks`."""
    return tuple(t for t in _cut_block(block) if len(t) >= 2 and ALL_HAN.fullmatch(t))


def han_words(text: str) -> list[str]:
    """The words of `text` (as `words` gives them) of two or more characters, all of them Han.

    Only jieba's blocks hold such words: between them it gives one character (or space) a word.
    """
    found: list[str] = []
    for block in _JIEBA_BLOCK.findall(text):
        found += han_words_of_block(block)
    return found


def word_frequency(word: str) -> int:
    """How often `word` occurs in jieba's dictionary corpus (0 for words it does not list)."""
    return _tokenizer().FREQ.get(word, 0)


# The one-character conjunctions, and the prepositions that join two words as they do (和 与 及 并 或
# 同 跟): a text cut right after one reads as cut off mid-phrase (协调和…).
_CONJUNCTION_CHARACTERS = frozenset("和与及并或同跟")


def clipped(text: str, limit: int) -> str:
    """`text` in at most `limit` characters, … standing for the rest, cut between two of its words
    and before a bracket or quotation that would be left open: a heading shown in a card's header
    reads as words (（三）坚持以人民为中心的…, not …的发展思…; 学习贯彻…, not 学习贯彻《中国共…;
    《某市三年行动方案…, not 《某市三年行动方案（20…).
    A text whose first word alone is too long is cut where the limit falls."""
    text = text.strip()
    if len(text) <= limit:
        return text
    room, end, last = limit - 1, 0, ""
    for word in words(text):
        if end + len(word) > room:
            break
        end, last = end + len(word), word
    if last in _CONJUNCTION_CHARACTERS:  # 协调和… reads as cut off: 协调…
        end -= len(last)
    partners = _partners(text)
    # a bracket the whole text opens with (《…》解读) cannot be left out: the next one can
    left_open = [at for at, partner in partners.items() if 0 < at < end <= partner]
    if left_open:
        end = min(left_open)
    head = text[:end].rstrip(_BREAKS_AND_SPACES)
    return (head if head else text[:room]) + "…"


# What ends a lead clause that parallel heads open with (抓实基层减负，要在…, 以钉钉子精神抓改革落实，必须…).
LEAD_END = "，,：:"
# The fewest Han characters a head keeps after its shared lead (see after_shared_lead): fewer is no
# head of its own (…，要在此).
_LEAD_REST_MIN = 4


def after_shared_lead(texts: Sequence[str]) -> list[str] | None:
    """The words of `texts` after the clause they all open with (抓实基层减负，要在精简会议文件上见实效,
    抓实基层减负，要在规范督查考核上见实效 -> 要在精简会议文件上见实效, …): what tells parallel heads
    apart. None when they share no whole clause, or when one would keep fewer than _LEAD_REST_MIN Han
    characters after it."""
    if len(texts) < 2:
        return None
    differs = next((at for at, chars in enumerate(zip(*texts, strict=False)) if len(set(chars)) > 1), 0)
    cut = max(texts[0].rfind(mark, 0, differs) for mark in LEAD_END)
    rests = [text[cut + 1 :].strip() for text in texts]
    if cut < 0 or any(han_len(rest) < _LEAD_REST_MIN for rest in rests):
        return None
    return rests


# The fewest Han characters of the words parallel heads all open with, for their rests to stand in
# a path without them (see after_shared_opening): fewer (坚持…, 加强…) is a verb, not a shared head.
_OPENING_MIN = 4
# A word of an opening that turns the words after it around (深刻认识不是…, 坚决纠正不是抓…, 绝非…):
# without it, the rest a path shows would say the opposite.
_NEGATION = re.compile("(?:不|非|无|未|没|勿|莫|别|决不|绝不|并非|绝非|毫不)(?:是|要|能|得|再|有|可|会|必)?")


def after_shared_opening(texts: Sequence[str], limit: int, labels: Sequence[str] = ()) -> list[str] | None:
    """The words of `texts` after the words they all open with where no clause ends
    (深刻把握“某某”蕴含的人民立场, 深刻把握“某某”体现的实践品格 -> 蕴含的人民立场, 体现的实践品格): what
    tells parallel heads apart, where a path clips one of them, its marker (`labels`) before it, to
    `limit` characters and shows fewer of the words after the opening than it leaves out
    (一、深刻把握“某某”蕴含的…). The opening ends between two words of every text, holds every
    bracket or quotation it opens, has at least _OPENING_MIN Han characters and holds no negation
    (_NEGATION). None when there is none, when a rest would keep fewer than _LEAD_REST_MIN Han
    characters, or when every clipped path shows most of its rest (抓实基层减负要在精简会议文件上…: the words that differ are there)."""
    if len(texts) < 2:
        return None
    differs = next(
        (at for at, chars in enumerate(zip(*texts, strict=False)) if len(set(chars)) > 1),
        min(len(text) for text in texts),
    )
    ends = set.intersection(*map(word_ends, texts))
    cut = max((at for at in ends if at <= differs), default=0)
    opening = texts[0][:cut]
    if han_len(opening) < _OPENING_MIN or len(_partners(opening)) != len(_PAIR_MARK.findall(opening)):
        return None
    if any(_NEGATION.fullmatch(word) for word in words(opening)):
        return None  # (坚决纠正不是抓落实而是层层加码…: …落实而是层层加码… would say the opposite)
    rests = [text[cut:].strip() for text in texts]
    if any(han_len(rest) < _LEAD_REST_MIN for rest in rests):
        return None
    for text, label, rest in zip(texts, [*labels, *[""] * (len(texts) - len(labels))], rests, strict=True):
        place = clipped(label + text, limit)
        shown = han_len(place) - han_len(label + opening)
        if place.endswith("…") and shown < han_len(rest) - shown:
            return rests
    return None


def told_apart(texts: Sequence[str], limit: int, labels: Sequence[str] = ()) -> list[str] | None:
    """Parallel heads as a path of `limit` characters shows them, each its marker (`labels`) then the
    words that tell it from the others: after the clause they all open with (see after_shared_lead),
    else an ellipsis and the words after the opening they share inside a clause (一、…蕴含的人民立场;
    see after_shared_opening). None when neither tells them apart."""
    labels = [*labels, *[""] * (len(texts) - len(labels))]
    rests = after_shared_lead(texts)
    if rests:
        return [clipped(label + rest, limit) for label, rest in zip(labels, rests, strict=True)]
    rests = after_shared_opening(texts, limit, labels)
    if rests:
        return [clipped(f"{label}…{rest}", limit) for label, rest in zip(labels, rests, strict=True)]
    return None


def shorten(text: str, limit: int = 90) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"
