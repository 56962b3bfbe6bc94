"""Inline series: the members of a set written inside a sentence rather than marked one by one.

Four shapes, each found by its own rule (see find_series):
- A 、 series (A、B、C和D等). A clause is cut at its 、, not at one inside a quotation or bracket
  (“不忘初心、牢记使命”主题教育 is one member). The middle parts are members; a middle part much
  longer than its siblings, one with a figure, one where a series ends at 等 or one with a 的 its
  siblings lack is the seam between two series, so a clause may hold several. The first member
  is grown backwards from the first 、 towards its siblings' length: it stops at a function word
  its siblings do not hold too and, before members that are names, after the verb that governs
  them (强化扬尘、机动车尾气); a joining 和/及/与 before it adds one more member, or belongs to it
  when every member is such a pair (全局和局部、当前和长远). The last member ends at 等, at a count
  naming the set (…高山蔬菜四大特色农业), at the 的 before the group noun, at the ending its
  siblings share; a joining 和 splits it (亲和力和凝聚力) when the parts are like their siblings;
  when much longer than them it keeps only its opening words (照顾同盟者利益 -> 照顾). Members of
  one character count when a quotation holds only them (“拆、治、兴”), when a count names them
  or when there are four or more (报、网、端、微、屏).
- A run of quotations (“一网通办”“一网统管”“一网协同”), or parts joined by — or + that fill a
  quotation or a clause (“发现上报—分流交办—限时办结”, 社区党组织+业委会+物业企业).
- The parts of a sentence cut at ；, after a colon or not: each part's opening clause is a member
  (主要目标是：A，…；B；C); after a colon without ；, the clauses when they are alike (see _alike).
- Parallel clauses: three or more ，-clauses of one sentence that open with the same words
  (统筹…，统筹…，统筹…) or are joined by 既…又…更; the first may hold words before them
  (让生态环境成为…，成为…).

Marked items (一是…；二是…) are outline's; sentences and ；-parts that open alike are parallel
sets (parallel.py), though a set both find is carded once (the extractors' dedupe).
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from yaodian.extractors import terms
from yaodian.extractors.outline import MARKERS
from yaodian.extractors.text import (
    Paragraph,
    clauses,
    han_len,
    import_jieba,
    marshal_copy,
    strip_punct,
    word_frequency,
    word_len,
    words,
)

# Words that end a phrase before a series starts: its first member begins after them.
_STOP_BEFORE = {
    "的", "是", "在", "为", "对", "把", "将", "有", "具有", "着", "从", "向", "到", "如", "比如", "例如", "包括",
    "即", "了", "以", "用", "和", "与", "及", "以及", "做到", "实现", "加强", "推进", "坚持", "就", "都", "要", "等",
    "“", "”", "《", "》", "（", "(", "、", " ", "于", "由", "让", "使", "给", "被", "做", "成为", "当好", "围绕",
    "通过", "针对", "按照", "根据", "涉及", "其中", "主要", "重点", "集中", "之", "并",
}  # fmt: skip
# Of those, words that modify a verb (重点发展) or a noun (重点区域、重要领域): they stop a member
# only once it is as long as its siblings.
_SOFT_STOPS = {"主要", "重点", "集中"}
_JOINERS = {"和", "及", "与", "以及", "或"}
_JOINER_CHAR = re.compile("[和及与或]")  # a character every joiner holds
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！!？?|]")  # | parts a Markdown table's cells
# Opening marks and their partners: quotations, book titles, brackets.
_PAIRS = {"“": "”", "「": "」", "『": "』", "‘": "’", "《": "》", "（": "）", "(": ")"}
_QUOTATIONS = "“「『‘"  # of _PAIRS, the marks a writer quotes a coined set with
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}
_CLOSER = re.compile("[" + re.escape("".join(_CLOSERS)) + "]")
_LATIN = re.compile("[A-Za-z]")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_WORDLIKE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")  # a token without any is a mark
_LONG_MEMBERS = 8  # siblings this long are phrases that may hold a 的 of their own
# Scraped text doubles its marks (人民至上,、必须坚持; 天使投资,,完善): one of each is meant.
_DOUBLED_SERIES_MARK = re.compile(r"\s*[,，]*\s*、[\s、]*[,，]*\s*")
_DOUBLED_COMMA = re.compile(r"([,，])\s*[,，]+")
# A count right after the last member names the set (…中药材、高山蔬菜四大特色农业, …负面清单
# “三张清单”): a numeral and a measure word.
_COUNT = re.compile(
    r"[“「]?(?P<number>[一二两三四五六七八九十]{1,3}|\d{1,2})(?:个|大|张|条|项|种|级|类|方面|家|所|支|对|层|环节)"
)
_CN_NUMBERS = {c: n for n, c in enumerate("零一二三四五六七八九十")} | {"两": 2}
# A figure with its unit (9.3%, 42块, 2015年): members are no figures, and a part with one is a seam.
_QUANTITY = re.compile(
    r"\d[\d.,]*\s*(?:%|％|[万亿千百十个件项家所座人名户次元倍年月日号条亩吨斤米题道分篇页章节])"
)
_NOT_PROSE = re.compile(r"…|[|｜>›»]")  # an ellipsis, a page's separators
_UNBALANCED = re.compile(r"^[^（(]*[)）]|[（(][^)）]*$|^[^《]*》|《[^》]*$|^[^“]*”|“[^”]*$")
# How much longer than the shortest member the longest may be: beyond it, one "member" is a
# clause that swallowed the words after the series (影响、有代表性的党外人士及时推荐到人大).
_BALANCE = 3


@dataclass
class Series:
    lead: str
    members: list[str]
    clause: str
    line: int

    @property
    def prompt(self) -> str:
        """The lead; a series that opens its clause is asked by the words after it (…利益)."""
        if word_len_of(self.lead) >= 2:
            return self.lead
        after = strip_punct(self.clause.partition(self.members[-1])[2])
        return "……" + after if len(after) >= 2 else self.clause


def find_series(paragraphs: list[Paragraph]) -> list[Series]:
    found: list[Series] = []
    for paragraph in paragraphs:
        text = tidy(paragraph.text)
        if "、" in text:
            for piece in _CLAUSE_BREAK.split(text):
                if "、" in piece and "｜" not in piece:  # a page's title parts (栏目｜标题) are no prose
                    clause = piece.strip()
                    found += [
                        Series(lead, list(members), clause, paragraph.line)
                        for lead, members in _series_of(clause)
                    ]
        found += [Series(*found_run, paragraph.line) for found_run in _runs_in(text)]
        found += [
            Series(_named(*found_parts), *found_parts[1:], paragraph.line) for found_parts in _parts_in(text)
        ]
    return _distinct(found)


def _distinct(found: list[Series]) -> list[Series]:
    """Without a series whose members another one found already holds (the same set seen by two rules)."""
    kept: list[Series] = []
    for series in found:
        members = set(series.members)
        if not any(members <= set(other.members) for other in kept):
            kept.append(series)
    return kept


def _named(lead: str, members: list[str], sentence: str) -> str:
    """The numbered concept the sentence names before the members when it counts them (三个带头，
    即带头…，带头…，带头…: the card asks for 三个带头), with the rest of its clause when that is
    short (三个没有变), else `lead`."""
    before = sentence[: sentence.find(members[0])] if members[0] in sentence else ""
    named = [t.term for t in terms.find_terms([Paragraph(0, before)]) if t.count in (None, len(members))]
    if not named:
        return lead
    last_clause = (clauses(before) or [""])[-1]
    term = max(named, key=lambda t: (before.rfind(t) + len(t), len(t)))
    rest = last_clause[last_clause.rfind(term) + len(term) :] if term in last_clause else ""
    return _member(term + rest) if 0 < han_len(rest) <= _NAMED_REST else term


_NAMED_REST = 2  # the words after a numbered concept that still belong to its name (三个没有|变)


def tidy(text: str) -> str:
    """`text` with its doubled marks made single (see _DOUBLED_SERIES_MARK)."""
    if "、" in text:
        text = _DOUBLED_SERIES_MARK.sub("、", text)
    if "," in text or "，" in text:
        text = _DOUBLED_COMMA.sub(r"\1", text)
    return text


# --- words: jieba's, with quotations whole, and the verbs of its dictionary -----------------------


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
def _tokens(text: str) -> tuple[str, ...]:
    """jieba's words of `text`, a closed quotation or bracket taken as one word (“只进一门”). In words jieba
    guessed (its dictionary does not know them) it may glue
    a preposition or 等 to a member (对小微, 屏等全), which are taken apart; a 好 after a verb is
    the verb's (搭建好)."""
    tokens: list[str] = []
    for token in words(text):
        if len(token) > 1 and _HAN_RUN.fullmatch(token) and not word_frequency(token):
            tokens += _unglued(token)
        else:
            tokens.append(token)
    merged: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if (
            token[0] == "好"
            and merged
            and merged[-1] in _verbs()
            and (token == "好" or not word_frequency(token))
        ):
            merged[-1] += "好"  # a verb's complement (搭建好, 建立好县 -> 建立好 县)
            if len(token) > 1:
                merged.append(token[1:])
            index += 1
        elif token in _PAIRS and _PAIRS[token] in tokens[index + 1 :]:
            end = tokens.index(_PAIRS[token], index + 1)
            merged.append("".join(tokens[index : end + 1]))
            index = end + 1
        else:
            merged.append(token)
            index += 1
    return tuple(merged)


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


def _member(text: str) -> str:
    """A member without the marks around it: clause marks, a quotation mark whose partner lies
    outside it, and the quotation marks of a member quoted whole (“三农” -> 三农)."""
    text = text.strip().strip("、，,。；;：:！!？? \"'")
    while text and text[0] in _PAIRS and _PAIRS[text[0]] not in text[1:]:
        text = text[1:]
    while text and text[-1] in _CLOSERS and _CLOSERS[text[-1]] not in text[:-1]:
        text = text[:-1]
    if len(text) > 2 and text[0] in _QUOTATIONS and text.find(_PAIRS[text[0]]) == len(text) - 1:
        text = text[1:-1]
    return text.strip()


def _verbs() -> frozenset[str]:
    """The words jieba's dictionary knows only as verbs (tag v; not vn, a verb that names a thing)."""
    return _verb_table()[0]


@lru_cache(maxsize=1)
def _verb_table() -> tuple[frozenset[str], int]:
    jieba = import_jieba()
    dictionary = Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME

    def build() -> tuple[frozenset[str], int]:
        with dictionary.open(encoding="utf-8") as lines:
            verbs = frozenset(word for word, _, tag in map(str.split, lines) if tag == "v")
        return verbs, len(verbs)

    return marshal_copy(dictionary, "jieba-verbs", build, (frozenset, int))


def _opens_with_verb(member: str) -> bool:
    tokens = _tokens(member)
    return bool(tokens) and (tokens[0] in _verbs() or tokens[0] in _STOP_BEFORE)


def _shared_ending(siblings: list[str]) -> str:
    """The characters every sibling ends with ('' when they share none or there is only one)."""
    if len(siblings) < 2:
        return ""
    size, shortest = 0, min(len(m) for m in siblings)
    while size < shortest and len({m[-1 - size] for m in siblings}) == 1:
        size += 1
    return siblings[0][len(siblings[0]) - size :] if size else ""


def _shared_opening(siblings: list[str]) -> str:
    return _shared_ending([s[::-1] for s in siblings])[::-1]


def _number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return _CN_NUMBERS.get(tens, 1) * 10 + _CN_NUMBERS.get(ones, 0)
    return _CN_NUMBERS.get(text, 0)


# --- 、 series -------------------------------------------------------------------------------------


@lru_cache(maxsize=65536)  # a clause quoted again (in the document or the next one) is read once
def _series_of(clause: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(lead, members) of each series in `clause`: those inside its quotations and brackets, then
    its own."""
    spans = _spans(clause)
    found: list[tuple[str, tuple[str, ...]]] = []
    for start, end in spans:
        inner = clause[start + 1 : end - 1]
        if "、" not in inner:
            continue
        lead = _clean_lead(strip_punct(clause[:start]))
        quoted = _quoted_set(inner) if clause[start] in _QUOTATIONS else None
        if quoted:
            found.append((lead, tuple(quoted)))
        else:
            found += [(own or lead, members) for own, members in _series_of(inner)]
    parts = _split_outside(clause, spans)
    if len(parts) >= 2:
        found += [(series.lead, tuple(series.members)) for series in _series_in(parts)]
    return tuple(found)


def _spans(text: str) -> list[tuple[int, int]]:
    """The outermost closed quotations and brackets of `text`, as (start, end) slices."""
    spans = []
    opened: list[tuple[str, int]] = []
    for index, char in enumerate(text):
        if opened and char == _PAIRS[opened[-1][0]]:
            _, start = opened.pop()
            if not opened:
                spans.append((start, index + 1))
        elif char in _PAIRS:
            opened.append((char, index))
    return spans


def _split_outside(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """`text` cut at each 、 outside the `spans`."""
    parts, start = [], 0
    for index, char in enumerate(text):
        if char == "、" and not any(a < index < b for a, b in spans):
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return parts


_QUOTED_LONGEST = 12  # a quoted part longer than this is a sentence, not a coined member


def _quoted_set(inner: str) -> list[str] | None:
    """The members of a quotation that holds nothing but a series (“拆、治、兴”), else None."""
    parts = [_member(p) for p in _split_outside(inner, _spans(inner))]
    sizes = [word_len_of(p) for p in parts]
    if len(parts) < 3 or min(sizes) < 1 or max(sizes) > _QUOTED_LONGEST:
        return None
    if max(sizes[0], sizes[-1]) > max(sizes[1:-1]) + 2:
        return None  # words before or after the series quoted with it (“统战工作上层重要、中层次要…”)
    if max(sizes) >= _BALANCE * min(sizes) and max(sizes) > 6:
        return None
    return parts if len(set(parts)) == len(parts) else None


def _series_in(parts: list[str]) -> list[Series]:
    parts = [p.strip() for p in parts]
    middle = parts[1:-1]
    if any(not p for p in middle) or word_len_of(parts[-1]) == 0:
        return []
    typical = statistics.median([word_len_of(p) for p in middle]) if middle else word_len_of(parts[-1])
    # runs of plain members between seams: (head, members, tail)
    runs: list[tuple[str, list[str], str]] = []
    head, current = parts[0], []
    for index, part in enumerate(middle, 1):
        if _is_seam(part, typical, parts[index - 1], parts[index + 1 :]):
            runs.append((head, current, part))
            head, current = part, []
        else:
            current.append(part)
    runs.append((head, current, parts[-1]))
    found = []
    for head, mids, tail in runs:
        series = _build(head, mids, tail)
        if series is not None:
            found.append(series)
    return found


def _is_seam(part: str, typical: float, before: str, following: list[str]) -> bool:
    """A middle part that joins two series rather than being a member of one: one much longer than
    its siblings, one with a quantity (汽车、家电、餐饮消费分别增长9.3%、7.8%: figures are no
    members), one where a series ends at 等 (…金融领域等实现规则、规制…), one that ends with the
    opening the parts after it share (一个国家、一个民族发展中更基本、更深沉、更持久), one with a 的
    its neighbours lack (a 的 where they have theirs is the members' own: 严的基调、严的措施)."""
    size = word_len_of(part)
    if size > max(2 * typical, typical + 6) or _QUANTITY.search(part):
        return True
    if "等" in _tokens(part)[1:-1] or _opens_next(part, following):
        return True
    return "的" in part and typical < _LONG_MEMBERS and not _de_in_step(part, before, following[0])


def _opens_next(part: str, following: list[str]) -> bool:
    """Whether `part` ends with a member that opens as the parts after it do, after words of its own."""
    opening = _shared_opening(following)
    if not opening or (len(opening) < 2 and len(following) < 2) or part.startswith(opening):
        return False
    at = part.rfind(opening)
    longest = max(word_len_of(f) for f in following)
    return at >= 2 and word_len_of(part[at:]) <= longest + 2


def _de_in_step(part: str, before: str, after: str) -> bool:
    """Whether `after` has a 的 about as far from its start as `part` has, and `before` one
    about as far from its end."""
    at = part.index("的")
    from_end = len(part) - at
    return (
        "的" in after
        and abs(after.index("的") - at) <= 2
        and "的" in before
        and abs(len(before) - before.rindex("的") - from_end) <= 2
    )


def _build(head: str, mids: list[str], tail: str) -> Series | None:
    if not mids and not (_JOINER_CHAR.search(head) or _JOINER_CHAR.search(tail)):
        # one member each side of a lone 、 and no joining word to add a third (see
        # _first_members, _split_joined): never three members, so not worth segmenting
        return None
    pairs = bool(mids) and all(_is_pair(m) for m in mids)
    mid_sizes = [word_len_of(m) for m in mids]
    split_joined = not mids or round(statistics.median(mid_sizes)) <= 6
    counts = (len(mids) + 2, len(mids) + 3)
    closing = _last_members(tail, mids, head, counts, split_joined, pairs)
    if not closing.members:
        return None
    if not mids:
        sizes = [word_len_of(m) for m in closing.members[:-1]] or [word_len_of(closing.members[0])]
        if word_len_of(closing.members[-1]) > max(sizes) + 2:
            closing.members[-1] = _opening_words(closing.members[-1], max(2, round(statistics.median(sizes))))
        sizes = [word_len_of(m) for m in closing.members]
    else:
        known = closing.members if closing.marked_end else closing.members[:-1]
        sizes = mid_sizes + [word_len_of(m) for m in known]
    typical = round(statistics.median(sizes))
    longest = max(sizes)
    others = [*mids, *closing.members]
    quoted = _trailing_quotations(head)
    before_quoted = _tokens(head[: len(head) - len("".join(quoted))]) if quoted else ()
    governed = not before_quoted or before_quoted[-1] in _verbs() or before_quoted[-1] in _STOP_BEFORE
    if quoted and governed and not any(mark in m for m in others for mark in _QUOTATIONS):
        # 开展“村晚”“村BA”、读书会: the quotations a verb governs are members, the words before them
        # the lead (siblings without quotation marks give them no words of their own; 农村承包地
        # “三权分置” keeps its noun)
        firsts, lead = quoted, _member(head[: len(head) - len("".join(quoted))])
    else:
        target = max(typical, 1 if longest <= 1 else 2)
        firsts, lead = _first_members(head, target, max(longest, 1), others, pairs)
        firsts, lead = _with_shared_opening(firsts, others, lead)
    members = [m for member in [*firsts, *mids, *closing.members] for m in _quotations_apart(_member(member))]
    if len(members) < 3 or any(word_len_of(m) < 1 for m in members) or len(set(members)) < len(members):
        return None
    if any(word_len_of(m) < 2 for m in members) and not (len(members) >= 4 or closing.count == len(members)):
        return None
    if not _plausible(members, lead, not mids and len(closing.members) < 3, closing.whole):
        return None
    return Series(lead=_clean_lead(lead), members=members, clause="", line=0)


def _trailing_quotations(head: str) -> list[str]:
    """The quotations `head` ends with, one after another (…开展“村晚”“村BA”)."""
    quoted: list[str] = []
    for token in reversed(_tokens(head)):
        if token[0] not in _QUOTATIONS or token[-1] != _PAIRS[token[0]]:
            break
        quoted.insert(0, token)
    return quoted


def _quotations_apart(member: str) -> list[str]:
    """A member made of two quotations or more written one after another, as one member each."""
    parts = [a or b for a, b in _ONE_QUOTATION.findall(member)]
    if len(parts) >= 2 and not _ONE_QUOTATION.sub("", member).strip():
        return parts
    return [member]


def _with_shared_opening(firsts: list[str], others: list[str], lead: str) -> tuple[list[str], str]:
    """When every later member opens with the same words (为A、为B、为C; 常修为政之德、常思贪欲之害)
    and the lead holds them near its end, the first member opens with them too."""
    opening = _shared_opening(others)
    if (
        len(firsts) != 1
        or not opening
        or firsts[0].startswith(opening)
        or (len(opening) < 2 and len(others) < 2)
    ):
        return firsts, lead
    whole = lead + firsts[0]
    start = whole.rfind(opening, 0, len(lead))
    longest = max(word_len_of(m) for m in others)
    if start < 0 or word_len_of(whole[start:]) > longest + 2:
        return firsts, lead
    return [whole[start:]], whole[:start]


def _first_members(
    head: str, target: int, longest: int, siblings: list[str], pairs: bool
) -> tuple[list[str], str]:
    """The series' first member grown from the end of `head` (two, when 和 joins them; one pair
    when the members are pairs); and the lead."""
    shared = {t for m in siblings for t in _tokens(m)} - _JOINERS
    verbs_stop = 2 * sum(map(_opens_with_verb, siblings)) < len(siblings)
    ending = _shared_ending(siblings)
    first, stop = _grow_back(head, target, longest, shared, verbs_stop, ending)
    rest = head[: len(head) - len(first)]
    members = [first]
    if stop in _JOINERS and rest.endswith(stop) and pairs:
        size = word_len_of(first)  # the pair's other word is about as long (当前和长远)
        before, _ = _grow_back(rest[: -len(stop)], size, size, shared, verbs_stop)
        if word_len(before) >= 1:
            members = [before + stop + first]
            rest = rest[: -len(stop) - len(before)]
    elif stop in _JOINERS and rest.endswith(stop):
        before, _ = _grow_back(rest[: -len(stop)], target, longest, shared, verbs_stop, ending)
        if word_len(before) >= 2 and before not in _verbs():  # 加强与…: a verb and a preposition
            members.insert(0, before)
            rest = rest[: -len(stop) - len(before)]
    return members, _member(rest)


def _grow_back(
    text: str, target: int, longest: int, shared: set[str], verbs_stop: bool = False, ending: str = ""
) -> tuple[str, str]:
    """The member at the end of `text`, and the word that stopped it ('' at the start of text).

    It grows word by word towards `target` characters (beyond `longest` only to come nearer it:
    可以充分发挥各民主党派、无党派人士 -> 各民主党派) and stops at a mark or a
    function word, unless the siblings hold that word too (`shared`: 敢干者有舞台、实干者得实惠) or
    it is a word of two characters or more that ends the member (项目化推进、清单化管理). When
    `verbs_stop` (the siblings are names, not actions), it may stop after a verb instead: the verb
    that governs the series (强化扬尘、机动车尾气 -> 扬尘; the text whole, 生态保护红线, opens with
    none and stays a candidate). Which verb, when there are several, is decided by length
    (列出依法履职事项、负面清单 -> 依法履职事项); a verb inside the `ending` every
    member shares is the members' own (参谋机构、组织协调机构), and so is a one-character verb
    (讲政治、敢担当)."""
    taken: list[str] = []
    size = 0  # _length(taken)
    allow_de = target >= _LONG_MEMBERS
    after_verbs: list[tuple[str, str]] = []  # (member, verb) at each verb passed
    stop, stopped = "", False  # stopped: by a word or by its length, not at the start of the text
    for token in reversed(_tokens(text)):
        stops = (
            token in _STOP_BEFORE
            and token not in shared
            and (taken or len(token) == 1)
            and not (token in _SOFT_STOPS and size < target)
        )
        if not _WORDLIKE.search(token) or (stops and not (allow_de and token == "的" and taken)):
            stop, stopped = token, True
            break
        token_size = word_len(token)
        # past the longest sibling, a word is taken only to come nearer the target length
        if (
            taken
            and size + token_size > longest
            and (size >= target or size + token_size - target > target - size)
        ):
            stopped = True
            break
        if verbs_stop and len(token) >= 2 and token in _verbs() and len("".join(taken)) > len(ending):
            after_verbs.append(("".join(taken), token))
        taken.insert(0, token)
        size += token_size
    else:
        # the whole text: no member when it opens with the verb that governs the series
        stopped = not after_verbs or taken[0] not in _verbs()
    if not after_verbs:
        return "".join(taken), stop
    candidates = after_verbs + ([("".join(taken), stop)] if stopped else [])
    return min(candidates, key=lambda c: (abs(word_len_of(c[0]) - target), -len(c[0])))


def _cut_unopened_quote(text: str) -> str:
    """Text up to a closing quote or bracket that opened before the series (…基层不要”的偏见)."""
    for match in _CLOSER.finditer(text):
        if _CLOSERS[match.group()] not in text[: match.start()]:
            return text[: match.start()]
    return text


def _opening_words(text: str, target: int, with_de: bool = False) -> str:
    """The leading words of `text` up to `target` characters, never past a 的 unless `with_de` (the
    siblings hold one: 严的基调、严的措施、严的氛围长期坚持). A joining word left in it joins the
    words of one member (企业和群众诉求)."""
    taken: list[str] = []
    size = 0  # _length(taken)
    for token in _tokens(text):
        de = token in ("的", "之") and not (with_de and taken)
        if de or not token.strip() or (taken and token in _STOP_BEFORE - _JOINERS - {"的"}):
            break
        taken.append(token)
        size += word_len(token)
        if size >= target:
            break
    while taken and taken[-1] in _JOINERS:
        taken.pop()
    return "".join(taken)


@dataclass
class _Closing:
    """The series' last member(s), and whether the last one ended where the text marks an end
    (at 等, a quote, a count, a 的) rather than where its length ran out."""

    members: list[str]
    marked_end: bool
    count: int = 0  # the number a count right after the last member names
    whole: bool = False  # it ends at 等, an ellipsis or a count: whole, however long


def _last_members(
    tail: str, mids: list[str], head: str, counts: tuple[int, ...], split_joined: bool, pairs: bool
) -> _Closing:
    """The series' closing member(s) at the start of `tail` (see _Closing); `counts`: the numbers of
    members a count after the series may name. The last member ends at 等 or an ellipsis, at a
    count (…高山蔬菜四大特色农业, …私人房屋的五层房屋阶梯), at the 的 before the group noun when
    its siblings have none (…锻炼身体的机构); else, running on past the series, it ends with the
    ending its siblings share (…矛盾、…矛盾、…矛盾不断增多) or after its opening words."""
    siblings = [head, *mids]
    text = _cut_unopened_quote(tail)
    marked = len(text) < len(tail)
    ended = False  # at 等, an ellipsis or a count: the member is whole, however long
    taken: list[str] = []
    for token in _tokens(text):
        if token in ("等", "等等") or token.startswith("…"):
            ended = True
            break
        taken.append(token)
    last = "".join(taken)
    count = _COUNT.search(last, 1)
    number = _number(count.group("number")) if count else 0
    if count and number in counts:
        cut = count.start() - (last[count.start() - 1] == "的")
        last, ended = last[:cut], True
    else:
        number = 0
    sizes = [word_len_of(m) for m in mids]
    typical = round(statistics.median(sizes)) if sizes else 0
    tokens = _tokens(last)
    at_de = (
        not ended
        and bool(mids)
        and typical < _LONG_MEMBERS
        and not any("的" in m for m in mids)
        and "的" in tokens[1:]
    )
    if at_de:
        last = "".join(tokens[: tokens.index("的", 1)])
    members = _split_joined(last, bool(mids), head, mids) if split_joined and not pairs else [last]
    longest = max([*sizes, *(word_len_of(m) for m in members[:-1])]) if mids else 99
    last = members[-1]
    if at_de and word_len_of(last) > longest:
        last = _without_predicate(last, mids)
    members[-1] = last
    ending = _shared_ending(siblings) if mids else ""
    cuts = [m.end() for m in re.finditer(re.escape(ending), last) if m.start() > 0 and m.end() < len(last)]
    if ending and cuts:
        members[-1] = last[: min(cuts, key=lambda end: abs(word_len_of(last[:end]) - typical))]
    elif not ended and word_len_of(last) > longest + max(2, longest // 2):
        members[-1] = _opening_words(last, max(2, typical), with_de=any("的" in m for m in mids))
        return _Closing([m for m in members if m.strip()], False, 0)
    return _Closing([m for m in members if m.strip()], marked or ended or at_de, number, ended)


def _without_predicate(last: str, mids: list[str]) -> str:
    """The last member without the verbs that end it when no sibling ends with one: the
    predicate of the words after the series (城市、乡镇、村庄开展的… -> 村庄)."""
    tokens = list(_tokens(last))
    if any(_tokens(m) and _tokens(m)[-1] in _verbs() for m in mids):
        return last
    while len(tokens) > 1 and tokens[-1] in _verbs():
        tokens.pop()
    return "".join(tokens)


def _split_joined(text: str, strict: bool, head: str, mids: list[str]) -> list[str]:
    """A 和/及/与 that joins the last two members splits them (亲和力和凝聚力), unless what follows is
    a 与…相 construction (与社会主义相适应), or, when `strict` (the series has members enough without
    it), a phrase with a 的 (区域均衡的中央和地方财政关系) or a second joining word (来大陆投资和
    定居) or parts unlike their siblings (see _unlike)."""
    tokens = _tokens(text)
    for index, token in enumerate(tokens):
        if token in _JOINERS and 0 < index < len(tokens) - 1:
            after = "".join(tokens[index + 1 :])
            before = "".join(tokens[:index])
            if re.search(r"相[\u4e00-\u9fff]{1,2}$", after):
                return [text]
            if strict and ("的" in tokens or any(t in _JOINERS for t in tokens[index + 2 :])):
                return [text]
            if strict and _unlike(before, after, head, mids, text):
                return [text]
            return [before, after]
    return [text]


def _unlike(before: str, after: str, head: str, mids: list[str], last: str) -> bool:
    """Whether the two parts a joining word would split `last` into are unlike their siblings:
    the part before it lacks the ending the first part and the middle members share (企业和群众
    诉求“一线应答” after …“只进一门”、…“一网通办”), the part after it the opening the middle
    members and the last part share (劳动资料、劳动对象优化组合和更新跃升: two characters at least,
    as one may be chance), or it opens with a verb where they open with none (更宽视野、更大力度
    来谋划和推进…)."""
    opening = _shared_opening([*mids, last])
    if len(opening) < 2:
        opening = _shared_opening(mids) if len(mids) >= 2 else ""
    ending = _shared_ending([head, *mids])
    if _opens_with_verb(after) and not any(map(_opens_with_verb, mids)):
        return True
    return bool(opening and not after.startswith(opening)) or bool(ending and not before.endswith(ending))


def _is_pair(part: str) -> bool:
    """A member that is two short words joined by 和/与/及 (当前和长远)."""
    tokens = _tokens(part)
    joins = [i for i, t in enumerate(tokens) if t in _JOINERS and 0 < i < len(tokens) - 1]
    return len(joins) == 1 and all(
        word_len_of("".join(side)) <= _PAIR_SIDE for side in (tokens[: joins[0]], tokens[joins[0] + 1 :])
    )


_PAIR_SIDE = 5  # a side of a pair longer than this is a phrase: 中国与葡语国家商贸合作服务平台 is no pair


def _plausible(members: list[str], lead: str, joined_only: bool, whole_last: bool = False) -> bool:
    """Whether the members read as one named set rather than pieces of a sentence cut at 、."""
    if any(_QUANTITY.search(m) or _UNBALANCED.search(m) or _NOT_PROSE.search(m) for m in members):
        return False
    sizes = [word_len_of(m) for m in members]
    weighed = sizes[:-1] if whole_last else sizes  # a last member that ends at 等 swallowed nothing
    if max(weighed) >= _BALANCE * min(sizes) and max(weighed) > 6:
        return False
    # 由A、B向C (a change from one state to another) is not a series of three
    if lead.endswith(("由", "从")) and any(re.search("[向到]", m) for m in members[1:]):
        return False
    # a third member that only comes from a 和 inside two 、-parts: long clauses joined by 和
    # (坚持和完善…、推进…和…现代化) or phrases with a 的 of their own are no set
    return not joined_only or (min(sizes) <= 6 and not any("的" in m for m in members))


def _clean_lead(lead: str) -> str:
    """The lead without the end of an earlier quotation it starts in (和谐”的 -> 的)."""
    for match in reversed(list(_CLOSER.finditer(lead))):
        if _CLOSERS[match.group()] not in lead[: match.start()]:
            return _member(lead[match.end() :])
    return lead


# --- runs of quotations and joined parts ----------------------------------------------------------


# Three or more quotations written one after another (“一网通办”“一网统管”“一网协同”).
_QUOTATION_RUN = re.compile(r"(?:“[^“”]{1,15}”){3,}|(?:「[^「」]{1,15}」){3,}")
_ONE_QUOTATION = re.compile(r"“([^“”]*)”|「([^「」]*)」")
# Parts joined by a single dash or a plus (区—镇—村; 社区党组织+业委会+物业企业): a run of them
# that fills a quotation or stands between marks, each part Han characters (a bracket allowed).
_JOINED_PART = r"[\u4e00-\u9fff/（）()]{1,14}"
_JOINED_RUN = re.compile(
    rf"(?<![\u4e00-\u9fff/（）()—＋+])({_JOINED_PART}(?:(?<!—)[—＋+](?!—){_JOINED_PART}){{2,}})(?![\u4e00-\u9fff/（）()—＋+])"
)
_JOINER_MARK = re.compile("(?<!—)[—＋+](?!—)")


def _runs_in(text: str) -> list[tuple[str, list[str], str]]:
    """(lead, members, clause) of each run of quotations and of joined parts in `text`."""
    found = []
    for match in _QUOTATION_RUN.finditer(text):
        members = [a or b for a, b in _ONE_QUOTATION.findall(match.group())]
        found.append(_run(text, match.start(), match.end(), members))
    if "—" in text or "+" in text or "＋" in text:
        for match in _JOINED_RUN.finditer(text):
            members = [_member(p) for p in _JOINER_MARK.split(match.group(1))]
            if all(han_len(m) >= 1 for m in members) and len(set(members)) == len(members):
                found.append(_run(text, match.start(1), match.end(1), members))
    return [run for run in found if run is not None]


def _run(text: str, start: int, end: int, members: list[str]) -> tuple[str, list[str], str] | None:
    if len(members) < 3 or any(not m.strip() for m in members):
        return None
    clause_start = max(text.rfind(mark, 0, start) for mark in "，,。；;：:！!？?") + 1
    clause_end = min(
        [i for i in (text.find(mark, end) for mark in "，,。；;！!？?") if i >= 0] or [len(text)]
    )
    lead = strip_punct(text[clause_start:start])
    return lead, members, text[clause_start:clause_end].strip()


# --- parts after a colon, parallel clauses --------------------------------------------------------


_UNNAMED_MARKERS = [re.sub(r"\?P<\w+>", "", pattern) for pattern, _ in MARKERS.values()]
_MARKER = re.compile("|".join(f"(?:{pattern})" for pattern in _UNNAMED_MARKERS))  # outline's items
_SENTENCE_END = re.compile(r"(?<=[。！？!?])")
_PART_BREAK = re.compile(r"[；;]")
_COLON = re.compile(r"[：:]")
_LONGEST_CLAUSE = 40  # a clause longer than this is prose, not a member


def _parts_in(text: str) -> list[tuple[str, list[str], str]]:
    """(lead, members, sentence) of each series of ；-parts or ，-clauses in `text`'s sentences."""
    found = []
    for sentence in _SENTENCE_END.split(text):
        sentence = sentence.strip()
        if not sentence:
            continue
        colon = _list_colon(sentence)
        lead, body = "", sentence
        if colon is not None:
            before = clauses(sentence[:colon])
            lead, body = (before[-1] if before else ""), sentence[colon + 1 :]
        parts = [p for p in _PART_BREAK.split(body) if strip_punct(p)]
        if len(parts) >= 3:
            members, own_lead = _part_members(parts)
            if members:
                found.append((lead or own_lead, members, sentence))
            continue
        pieces = clauses(body)
        if (
            colon is not None
            and len(pieces) >= 3
            and _alike(pieces)
            and _well_formed(list(map(_member, pieces)))
        ):
            found.append((lead, [_member(p) for p in pieces], sentence))
            continue
        for part in parts:
            found += [(lead_, members, sentence) for lead_, members in _parallel_clauses(part)]
    return found


def _list_colon(sentence: str) -> int | None:
    """Where the colon that opens a list stands: the last one before the first ； (the last one of
    the sentence when it has none), unless a marked item follows it (outline's)."""
    end = _PART_BREAK.search(sentence)
    colons = list(_COLON.finditer(sentence, 0, end.start() if end else len(sentence)))
    if not colons or _MARKER.match(sentence[colons[-1].end() :].lstrip()):
        return None
    return colons[-1].start()


_ORDINAL_DIGITS = "一二三四五六七八九十0123456789"
_FRAME_LONGEST = 4  # a first clause shorter than this may only frame the part (到2027年, as FORMAT's 首先)
# A part that opens with an ordinal (一要, 二要): a marked item, whether or not outline reads it so.
_ORDINAL = re.compile(r"[一二三四五六七八九十]+[要是]")


def _part_members(parts: list[str]) -> tuple[list[str], str]:
    """The members the ；-parts name, and a lead the first part holds; none when the parts are
    marked items (一是…；二是…: outline's) or prose rather than members.

    A member is a part's opening clause: its first clause, or its second when every part opens
    with a frame (到2027年，…；到2035年，…: short first clauses that open alike). A first part with
    a clause more than any other (of two or more) opens with a lead when that clause is short
    (初步核算，A，…；B，…；C), or when the others open alike and it holds their opening after
    other words (推动工作落实，应当强化A；强化B；强化C)."""
    if any(_MARKER.match(p.strip()) or _ORDINAL.match(p.strip()) for p in parts):
        return [], ""
    split = [clauses(p) for p in parts]
    lead = ""
    fullest = max(len(c) for c in split[1:])
    if fullest >= 2 and len(split[0]) > fullest and han_len(split[0][0]) <= _FRAME_LONGEST + 2:
        lead, split[0] = split[0][0], split[0][1:]
    which = 0
    if all(len(c) >= 2 for c in split):
        firsts = [c[0] for c in split]
        if _shared_opening(firsts) and min(han_len(f) for f in firsts) < _FRAME_LONGEST:
            which = 1
    members = [_member(c[which]) for c in split]
    if all(len(c) == 2 and c[0][0] == "既" and c[1][0] in _CORRELATED for c in split):
        members = [_member("，".join(c)) for c in split]  # 既…，又…；既…，又…: each pair is a member
    opening = _shared_opening(members[1:])
    first = "，".join(split[0])
    if len(opening) >= 2 and not members[0].startswith(opening) and opening in first:
        # the later parts open alike and the first holds their opening after a lead: 推动…，应当强化A；强化B
        at = first.index(opening)
        lead, members[0] = first[:at], _member(clauses(first[at:])[0])
    if not _well_formed(members) or len(set(members)) < len(members):
        return [], ""
    return members, strip_punct(lead)


def _well_formed(members: list[str]) -> bool:
    """Members of two to _LONGEST_CLAUSE characters, none with a bracket or quote left open, an
    ellipsis (“通过……”: a pattern to fill, not a member) or a page's separator (｜)."""
    return all(
        2 <= han_len(m) <= _LONGEST_CLAUSE and not _UNBALANCED.search(m) and not _NOT_PROSE.search(m)
        for m in members
    )


def _alike(pieces: list[str]) -> bool:
    """Clauses that read as members of one set: opening with the same words (when the later ones
    share more of them, so does the first: 谁的营商环境好，谁就能…，谁就能… is no set), or ending
    with the same two characters or more at comparable lengths. A one-character opening must be
    a word of its own in each, opening a phrase (以…为方向，以…为保障)."""
    if any(han_len(p) < 2 or han_len(p) > _LONGEST_CLAUSE for p in pieces):
        return False
    opening = _shared_opening(pieces)
    if opening and len(pieces) >= 3 and not pieces[0].startswith(_shared_opening(pieces[1:])):
        return False
    ordinal = opening == "第" and all(len(p) > 1 and p[1] in _ORDINAL_DIGITS for p in pieces)
    if (
        len(opening) == 1
        and not ordinal
        and any(_tokens(p)[0] != opening or len(_tokens(p)) < 3 for p in pieces)
    ):
        opening = ""  # one character that opens different words (省委…，省人大…) or names (省监委) is chance
    sizes = [han_len(p) for p in pieces]
    return bool(opening) or (len(_shared_ending(pieces)) >= 2 and 2 * min(sizes) >= max(sizes))


# 既要A，又要B，更要C: correlatives that join parallel clauses (the first one, then the others).
_CORRELATED = "又也更还"
_CORRELATIVE = re.compile(rf"(?:^|(?<=[，,]))(既)(.)?[^，,]+(?:[，,][{_CORRELATED}]\2[^，,]+){{2,}}")


def _correlated(part: str) -> list[tuple[str, list[str]]]:
    """(lead, members) of a run of three or more clauses joined by correlatives (既要…，又要…，
    更要…): the members are the clauses without them."""
    found = []
    for match in _CORRELATIVE.finditer(part):
        width = 1 + len(match.group(2) or "")
        members = [_member(p[width:]) for p in clauses(match.group())]
        if _well_formed(members):
            before = clauses(part[: match.start()])
            found.append((before[-1] if before else "", members))
    return found


def _opening_at(first: str, opening: str) -> int:
    """Where in `first` (after its start, outside a quotation) the members' shared `opening`
    begins, or 0."""
    if not opening or first.startswith(opening):
        return 0
    at = first.find(opening, 1)
    while at > 0 and _UNBALANCED.search(first[:at]):
        at = first.find(opening, at + 1)
    return max(at, 0)


def _parallel_clauses(part: str) -> list[tuple[str, list[str]]]:
    """(lead, members) of each run of three or more ，-clauses of `part` that open alike; the
    first of them may hold words before the opening the others share (让良好生态环境成为…，成为…;
    完善…格局是A的必然要求，是B的必然要求)."""
    pieces = clauses(part)
    found = _correlated(part)
    start = 0
    while start + 2 < len(pieces):
        end = start + 1
        while end < len(pieces) and _alike(pieces[start : end + 1]):
            end += 1
        if end - start < 3:
            # the others may open alike without the first: 让…成为A，成为B，成为C
            end = start + 2
            while end < len(pieces) and _alike(pieces[start + 1 : end + 1]):
                end += 1
        cut = _opening_at(pieces[start], _shared_opening(pieces[start + 1 : end]))
        lead = strip_punct(pieces[start][:cut])
        first = pieces[start][cut:]
        members = [_member(p) for p in [first, *pieces[start + 1 : end]]]
        alike = _alike([first, *pieces[start + 1 : end]])
        if end - start >= 3 and alike and _well_formed(members):
            found.append((lead or (_member(pieces[start - 1]) if start else ""), members))
            start = end
        else:
            start += 1
    return found
