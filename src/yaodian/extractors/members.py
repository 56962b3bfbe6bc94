"""Members of inline sets: jieba's words of a phrase with quotations and brackets whole, the
verbs and function words of its dictionary, a member without the marks around it, and what
siblings share (their opening and ending words). Used by series (、-series, runs) and clause_sets
(；-parts and ，-clauses); finds no set itself.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from yaodian.extractors.text import (
    ALL_HAN,
    han_len,
    import_jieba,
    marshal_copy,
    word_frequency,
    word_len,
    words,
)

# Words that end a phrase before a series starts: its first member begins after them.
STOP_BEFORE = {
    "的", "是", "在", "为", "对", "把", "将", "有", "具有", "着", "从", "向", "到", "如", "比如", "例如", "包括",
    "即", "了", "以", "用", "和", "与", "及", "以及", "做到", "实现", "加强", "推进", "坚持", "就", "都", "要", "等",
    "“", "”", "《", "》", "（", "(", "、", " ", "于", "由", "让", "使", "给", "被", "做", "成为", "当好", "围绕",
    "通过", "针对", "按照", "根据", "涉及", "其中", "主要", "重点", "集中", "之", "并",
}  # fmt: skip
# Words that take in every member of a series after them (各类|考核APP、工作群和…): a first member
# grown back stops before them. (Inside a member joined by 和 they are its own: 和各项生活津贴.)
TAKE_IN = frozenset({"各类", "各种", "各项", "各个", "各级", "所有", "一切", "全部"})
JOINERS = {"和", "及", "与", "以及", "或"}
# Verbs of putting things right that jieba's dictionary tags as something else (整治 and 根治 n, 整顿
# m, 清理 a): before a series of problems they govern it (重点整治|文山会海、…等问题) as a verb does.
MISREAD_VERBS = frozenset({"整治", "整顿", "清理", "根治"})
# Opening marks and their partners: quotations, book titles, brackets.
PAIRS = {"“": "”", "「": "」", "『": "』", "‘": "’", "《": "》", "（": "）", "(": ")"}
QUOTATIONS = "“「『‘"  # of PAIRS, the marks a writer quotes a coined set with
CLOSERS = {close: open_ for open_, close in PAIRS.items()}
_LATIN = re.compile("[A-Za-z]")
_FOOTNOTE = re.compile(r"[\[［]\d{1,3}[\]］]$")  # a page's note mark after a member (…基本实现[3])
# A count right after the last member names the set (…中药材、高山蔬菜四大特色农业, …负面清单
# “三张清单”): a numeral and a measure word.
COUNT = re.compile(
    r"[“「]?(?P<number>[一二两三四五六七八九十]{1,3}|\d{1,2})(?:个|大|张|条|项|种|级|类|方面|家|所|支|对|层|环节)"
)
# A figure with its unit (9.3%, 42块, 2015年): no member of a 、 series holds one (a part with one is
# a seam there), but clauses that each hold one are a tally (新增学位6000个，改造危桥86座，…).
QUANTITY = re.compile(
    r"\d[\d.,]*\s*(?:%|％|[万亿千百十个件项家所座人名户次元倍年月日号条亩吨斤米题道分篇页章节])"
)
NOT_PROSE = re.compile(r"…|[|｜>›»]")  # an ellipsis, a page's separators
UNBALANCED = re.compile(r"^[^（(]*[)）]|[（(][^)）]*$|^[^《]*》|《[^》]*$|^[^“]*”|“[^”]*$")


# Words that end in 等 and mean it or a rank (平等, 均等; 一等, 特等): a member may end with one. Any
# other word of two characters ending in 等 that jieba reads (优等, 低等) is a member's last character
# and the 等 that closes the series (营商环境不优等问题).
EQUALITY_WORDS = frozenset(
    {"平等", "对等", "均等", "同等", "相等", "不等", "高等", "初等", "中等"}
    | {"一等", "二等", "三等", "特等", "上等", "头等", "次等"}
)


def _length(tokens: list[str]) -> int:
    return sum(word_len(t) for t in tokens)


@lru_cache(maxsize=65536)
def word_len_of(text: str) -> int:
    """`text`'s length in words' characters (see word_len): its Han characters, and one for each
    word in pinyin. jieba's words partition the text, so without Latin letters no word is pinyin
    and the Han count is the answer; only text with letters is segmented."""
    if not _LATIN.search(text):
        return han_len(text)
    return _length(words(text))


@lru_cache(maxsize=65536)
def tokens_of(text: str) -> tuple[str, ...]:
    """jieba's words of `text`, a closed quotation or bracket taken as one word (“只进一门”). In words jieba
    guessed (its dictionary does not know them) it may glue
    a preposition or 等 to a member (对小微, 屏等全), which are taken apart; a 好 after a verb is
    the verb's (搭建好, 用好); a 地 after one character other than an adjective is no particle but
    that word's (就地; 较好|地 keeps its particle)."""
    tokens: list[str] = []
    for token in words(text):
        if len(token) > 1 and ALL_HAN.fullmatch(token) and not word_frequency(token):
            tokens += _unglued(token)
        else:
            tokens.append(token)
    merged: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if (
            token == "地"
            and merged
            and len(merged[-1]) == 1
            and ALL_HAN.fullmatch(merged[-1])
            and merged[-1] not in adjectives()
        ):
            merged[-1] += "地"  # a word jieba parted (就|地 -> 就地), not an adjective's particle (较快|地)
            index += 1
        elif (
            token[0] == "好"
            and merged
            and (
                merged[-1] in verbs()
                or (merged[-1] in _VERB_BEFORE_GOOD and tokens[index + 1 : index + 2] != ["的"])
            )
            and (token == "好" or not word_frequency(token))
        ):
            merged[-1] += "好"  # a verb's complement (搭建好, 建立好县 -> 建立好 县)
            if len(token) > 1:
                merged.append(token[1:])
            index += 1
        elif token in PAIRS and PAIRS[token] in tokens[index + 1 :]:
            end = tokens.index(PAIRS[token], index + 1)
            merged.append("".join(tokens[index : end + 1]))
            index = end + 1
        else:
            merged.append(token)
            index += 1
    return tuple(merged)


# Prepositions that are verbs before a 好 of their own (用好: make good use of), which jieba tags
# p; before 好的 they govern a noun (用好的方法). Not 把: 把好关 (guard well) and 把好事情办实
# (the 把 construction on 好事情) part the same way.
_VERB_BEFORE_GOOD = frozenset({"用"})
# One-character words jieba's guesses glue to a member: prepositions before it, 等 after it.
_GLUED_BEFORE = set("对把将向在从为给被由让使于以用按据当")


def _unglued(token: str) -> list[str]:
    """A word jieba guessed, with a preposition before it or an 等 or a joining word in it taken
    apart (对小微 -> 对 小微, 立和破 -> 立 和 破)."""
    inside = [
        at for at, char in enumerate(token) if char in "等和与及或" and 0 < at < len(token) - (char != "等")
    ]
    if inside:
        at = inside[0]
        rest = _unglued(token[at + 1 :]) if at + 1 < len(token) else []
        return [*_unglued(token[:at]), token[at], *rest]
    if token[0] in _GLUED_BEFORE and len(token) > 1:
        return [token[0], token[1:]]
    return [token]


def clean_member(text: str) -> str:
    """A member without the marks around it: clause marks, a quotation mark whose partner lies
    outside it, and the quotation marks of a member quoted whole (“三农” -> 三农)."""
    text = _FOOTNOTE.sub("", text.strip()).strip("、，,。；;：:！!？? \"'")
    while text and text[0] in PAIRS and PAIRS[text[0]] not in text[1:]:
        text = text[1:]
    while text and text[-1] in CLOSERS and CLOSERS[text[-1]] not in text[:-1]:
        text = text[:-1]
    if len(text) > 2 and text[0] in QUOTATIONS and text.find(PAIRS[text[0]]) == len(text) - 1:
        text = text[1:-1]
    return text.strip()


def verbs() -> frozenset[str]:
    """The words jieba's dictionary knows only as verbs (tag v; not vn, a verb that names a thing)."""
    return _word_classes()[0]


def function_words() -> frozenset[str]:
    """The words jieba's dictionary tags as function words: adverbs (都, 则), conjunctions (并),
    prepositions, particles (的), words of place (上, 之后), modal words and interjections."""
    return _word_classes()[1]


_FUNCTION_TAGS = {"d", "c", "p", "u", "f", "y", "e"}
_NOUN_TAGS = {"n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "ng", "t"}


@lru_cache(maxsize=1)
def _word_classes() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Verbs, function words, nouns and verb-nouns, from one reading of jieba's dictionary."""
    jieba = import_jieba()
    dictionary = Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME

    def build() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
        with dictionary.open(encoding="utf-8") as lines:
            tagged = [(word, tag) for word, _, tag in map(str.split, lines)]
        return (
            frozenset(word for word, tag in tagged if tag == "v"),
            frozenset(word for word, tag in tagged if tag in _FUNCTION_TAGS),
            frozenset(word for word, tag in tagged if tag in _NOUN_TAGS),
            frozenset(word for word, tag in tagged if tag == "vn"),
        )

    return marshal_copy(dictionary, "jieba-word-classes", build, (frozenset,) * 4)


def nouns() -> frozenset[str]:
    """The words jieba's dictionary tags as nouns (n, and names of people, places, organisations and
    others: nr, ns, nt, nz) or as words of time (t: 新一代, 近年)."""
    return _word_classes()[2]


@lru_cache(maxsize=1)
def adverbs() -> frozenset[str]:
    """The words jieba's dictionary tags as adverbs (d: 不断, 逐级) or as adjectives and verbs used as
    adverbs (ad: 积极, 明确; vd: 持续). Its tags are loose (首发, 高新 are d): a caller wants a verb
    after one before it reads it as an adverb."""
    return _words_tagged("jieba-adverbs", _ADVERB_TAGS)


@lru_cache(maxsize=1)
def adjectives() -> frozenset[str]:
    """The words jieba's dictionary tags as adjectives (a: 好, 快, 稳妥)."""
    return _words_tagged("jieba-adjectives", {"a"})


@lru_cache(maxsize=1)
def idioms() -> frozenset[str]:
    """The words jieba's dictionary tags as idioms (i: 因地制宜, 坚定不移)."""
    return _words_tagged("jieba-idioms", {"i"})


def _words_tagged(name: str, tags: set[str]) -> frozenset[str]:
    """The words jieba's dictionary tags with one of `tags`, kept in a marshal copy called `name`."""
    jieba = import_jieba()
    dictionary = Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME

    def build() -> tuple[frozenset[str]]:
        with dictionary.open(encoding="utf-8") as lines:
            return (frozenset(word for word, _, tag in map(str.split, lines) if tag in tags),)

    return marshal_copy(dictionary, name, build, (frozenset,))[0]


_ADVERB_TAGS = {"d", "ad", "vd"}


def verb_nouns() -> frozenset[str]:
    """The words jieba's dictionary tags vn: verbs that name a thing (发展, 服务, 运用)."""
    return _word_classes()[3]


def acts(word: str) -> bool:
    """Whether `word` is a verb (tag v or vn) or ends with one: jieba tags some words of an adverb
    and a verb as nouns or idioms (充分运用, 努力实现)."""
    endings = (word, word[-2:]) if len(word) >= 3 else (word,)
    return any(part in verbs() or part in verb_nouns() for part in endings)


def opens_with_verb(member: str) -> bool:
    tokens = tokens_of(member)
    return bool(tokens) and (tokens[0] in verbs() or tokens[0] in STOP_BEFORE)


def shared_ending(siblings: list[str]) -> str:
    """The characters every sibling ends with ('' when they share none or there is only one)."""
    if len(siblings) < 2:
        return ""
    size, shortest = 0, min(len(m) for m in siblings)
    while size < shortest and len({m[-1 - size] for m in siblings}) == 1:
        size += 1
    return siblings[0][len(siblings[0]) - size :] if size else ""


def shared_opening(siblings: list[str]) -> str:
    return shared_ending([s[::-1] for s in siblings])[::-1]


@lru_cache(maxsize=65536)
def doubled_halves(text: str) -> tuple[int, int] | None:
    """Where the halves of doubled words that open `text` end: two halves in step written without a
    、, opening with one word (不|担当|不|作为) or ending with one of two characters or more (不|作为|
    慢|作为), each about as long as the other; None when `text` opens with no such words."""
    tokens = tokens_of(text)
    ends = list(accumulate(map(len, tokens)))
    for first_end in range(1, min(DOUBLED_HALF, len(tokens) - 1) + 1):
        second_end = 2 * first_end  # (as many words as the first half, or up to its last word again)
        opens_alike = second_end <= len(tokens) and tokens[0] == tokens[first_end]
        ending = tokens[first_end - 1]
        ends_alike = len(ending) >= 2 and ending in tokens[first_end + 1 : first_end + 1 + DOUBLED_HALF]
        if ends_alike:
            second_end = tokens.index(ending, first_end + 1) + 1
        if not (opens_alike or ends_alike) or not ALL_HAN.fullmatch(tokens[first_end]):
            continue
        first_size, second_size = ends[first_end - 1], ends[second_end - 1] - ends[first_end - 1]
        if min(first_size, second_size) >= 2 and abs(first_size - second_size) <= 1:
            return ends[first_end - 1], ends[second_end - 1]
    return None


DOUBLED_HALF = 3  # words in each half of doubled words at most (see doubled_halves)
