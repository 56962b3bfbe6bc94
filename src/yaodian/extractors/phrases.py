"""Key formulations (提法): short, quotable spans worth a cloze of their own.

Candidates are a sentence's clauses, two short parallel clauses together (以真情实感打动人，以关心
利益凝聚人), the words inside quotation marks, and in a long clause the short span that carries
the weight (…的重要法宝, 点多、线长、面宽). Each scores for the shapes Chinese writing uses to
mark a formulation worth reciting: emphasis words (法宝, 根本, 最大, 第一…), parallel rhythm
(A、B、C of short members; 敢想敢闯敢试), paired halves (不仅…更…, 越…越…, 既…又…), definitions
(X是Y), set phrases (以…为…, 把…摆在…), quotation, repetition in the document, and the
document's TF-IDF keywords (jieba). Discourse glue (我们, 但是, 如果…) and numbers count
against. Every span ends on jieba word boundaries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from yaodian.extractors.text import HAN, Paragraph, han_len, sentences, strip_punct, words

_CLAUSE = re.compile(r"[^，,。；;：:！!？?]+")
_QUOTE = re.compile(r"[“「\"]([^”」\"]{2,14})[”」\"]")
_EMPHASIS = re.compile(
    r"法宝|根本|关键|核心|首要|首位|主线|生命线|牛鼻子|主阵地|阵地|最大|第一|基础中的基础|应有之义|主责主业|"
    r"磅礴|同心圆|公约数|正能量|合力|必然要求|重中之重|行家里手|战略|大局|之本|之要|之基|底线|初心|灵魂|"
    r"不必在我|重要组成部分|明白人|责任人|科学化|规范化|制度化|"
    r"法寶|關鍵|陣地|同心圓|公約數|重要組成部分|責任人|科學化|規範化"
)
_PAIRED = re.compile(
    r"不仅.{1,10}更|越.{1,10}越|既.{1,10}[又也]|不是.{1,10}而是|宁.{1,6}不|^以.{2,8}[，,](?:以|应)|"
    r"把.{1,8}好.{0,2}把.{1,8}好"
)
_SET_FORM = re.compile(
    r"^(?:坚持|始终)?(?:以.{2,10}为.{1,6}|把.{2,12}(?:摆在|作为|当作|放在|贯穿).{1,10})|.{2,8}于.{2,6}之[前中后]"
)
_DEFINITION = re.compile(r"^[\u4e00-\u9fff“”]{2,10}是[\u4e00-\u9fff“”]{2,14}$")
_GLUE = re.compile(
    r"^(但|而|因此|所以|同时|并且|如果|只有|虽然|然而|总之|此外|另外|其中|一方面|另一方面|通过|随着|在|由于|加之|"
    r"取决于|要求|一些|对于|关于|根据|按照|dang的|党的十)"
)
# Adverbs and modals in front of a formulation that are not part of it (特别是要紧扣…, 对于找到…).
_LEADING_GLUE = {
    "特别",
    "特别是",
    "尤其",
    "尤其是",
    "对于",
    "切实",
    "进一步",
    "也是",
    "更是",
    "还要",
    "也要",
    "并",
    "要",
    "也",
    "还",
    "是",
}


def _without_leading_glue(clause: str) -> str:
    """The clause without the adverbs in front of it, dropped word by word (never half a word)."""
    tokens = words(clause)
    while len(tokens) > 1 and tokens[0] in _LEADING_GLUE:
        tokens.pop(0)
    return "".join(tokens)


_PRONOUN = re.compile(r"[我你他她它这那]|大家|自己")
_DIGIT = re.compile(r"\d")


PHRASE_THRESHOLD = 1.5  # below this a clause has no mark of a formulation


@dataclass
class Phrase:
    phrase: str
    sentence: str
    line: int
    score: float


@cache
def _idf() -> tuple[dict[str, float], float]:
    """jieba's bundled IDF table (read here: jieba.analyse leaves the file open and uses global state)."""
    from pathlib import Path

    import jieba

    table: dict[str, float] = {}
    # not via `import jieba.analyse`: importing it builds a default extractor that leaks the file
    text = (Path(jieba.__file__).parent / "analyse" / "idf.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        word, _, value = line.partition(" ")
        if value:
            table[word] = float(value)
    median = sorted(table.values())[len(table) // 2]
    return table, median


def keywords(text: str, top: int = 20) -> list[str]:
    """The document's TF-IDF keywords: jieba words of two or more characters, by tf × idf."""
    table, default = _idf()
    counts: dict[str, int] = {}
    for line in text.splitlines():
        for token in words(line):
            if han_len(token) >= 2 and len(token) == han_len(token):
                counts[token] = counts.get(token, 0) + 1
    scored = sorted(counts, key=lambda w: (-counts[w] * table.get(w, default), w))
    return scored[:top]


def _parallel_rhythm(span: str) -> bool:
    """A、B(、C) of short members, or one character repeated at a two-character stride (敢想敢闯敢试)."""
    members = span.split("、")
    if len(members) >= 2 and all(1 <= han_len(m) <= 4 for m in members[1:]):
        return han_len(members[0]) >= 2
    chars = HAN.findall(span)
    return any(chars[start] == chars[start + 2] == chars[start + 4] for start in range(len(chars) - 4))


def _score(span: str, keys: set[str], repeated: bool) -> float:
    length = han_len(span)
    score = 0.0
    if _EMPHASIS.search(span):
        score += 2.0
    if _parallel_rhythm(span):
        score += 2.0
    if _PAIRED.search(span):
        score += 2.5
    if _SET_FORM.search(span):
        score += 1.5
    if _DEFINITION.match(span):
        score += 1.5
    if _QUOTE.search(span):
        score += 1.0
    if repeated:
        score += 1.5
    score += min(0.9, 0.3 * sum(1 for token in words(span) if token in keys))
    if _GLUE.match(span):
        score -= 2.0
    if _PRONOUN.search(span):
        score -= 1.5
    if _DIGIT.search(span):
        score -= 1.0
    score -= max(0, length - 14) * 0.25 + max(0, 6 - length) * 0.3
    return score


def _after_last_de(text: str) -> str:
    """The words after the last 的 of `text` (its head noun phrase), '' when it has none."""
    tokens = words(text)
    for index in range(len(tokens) - 1, -1, -1):
        if tokens[index] == "的":
            return "".join(tokens[index + 1 :])
    return ""


def _from_opener(clause: str) -> str:
    """The clause from its last formula-opening verb on (…党委坚持协商于决策之前 -> 坚持协商于决策之前)."""
    tokens = words(clause)
    for index in range(len(tokens) - 1, 0, -1):
        if tokens[index] in _OPENERS:
            return "".join(tokens[index:])
    return ""


def _rhythm_span(clause: str) -> str:
    """The run of words in which one character recurs at a two-character stride (敢想敢闯敢试)."""
    for start in range(len(clause) - 4):
        if HAN.match(clause[start]) and clause[start] == clause[start + 2] == clause[start + 4]:
            end = start + 6
            while end + 1 < len(clause) and clause[end] == clause[start]:
                end += 2
            tokens, position, span = words(clause), 0, ""
            for token in tokens:
                if position + len(token) > start and position < end:
                    span += token
                position += len(token)
            return span
    return ""


_OPENERS = {
    "坚持",
    "把",
    "以",
    "确保",
    "做到",
    "始终",
    "牢牢",
    "实现",
    "推动",
    "汇聚",
    "凝聚",
    "画出",
    "找到",
    "真正",
}


def _candidates(sentence: str) -> list[str]:
    """Spans of one sentence that may be a formulation."""
    clauses = [_without_leading_glue(strip_punct(m.group())) for m in _CLAUSE.finditer(sentence)]
    clauses = [c for c in clauses if c]
    found: list[str] = []
    for index, clause in enumerate(clauses):
        length = han_len(clause)
        if 4 <= length <= 20:
            found.append(clause)
        if "、" in clause:
            pieces = clause.split("、")
            found += [piece for piece in pieces if 5 <= han_len(piece) <= 16]
            if all(2 <= han_len(piece) <= 4 for piece in pieces[1:]):
                # a series of short members: the first one as long as the second (常流水、不断线)
                tokens, first = words(pieces[0]), ""
                while tokens and han_len(first) < han_len(pieces[1]):
                    first = tokens.pop() + first
                found.append("、".join([first, *pieces[1:]]))
        for span in (_from_opener(clause), _rhythm_span(clause)):
            if 4 <= han_len(span) <= 16 and span != clause:
                found.append(span)
        if length > 12:
            tail = _after_last_de(clause)
            if 4 <= han_len(tail) <= 8 and _EMPHASIS.search(tail):
                found.append(tail)
        if index + 1 < len(clauses):
            start = sentence.find(clauses[index])
            end = sentence.find(clauses[index + 1], start + len(clauses[index]))
            pair = sentence[start : end + len(clauses[index + 1])] if start >= 0 and end >= 0 else ""
            sizes = [han_len(clauses[index]), han_len(clauses[index + 1])]
            if max(sizes) <= 14 and sum(sizes) <= 20 and _paired(clauses[index : index + 2]):
                found.append(pair)
        for match in _QUOTE.finditer(clause):
            inner = match.group(1)
            if 4 <= han_len(inner) <= 12 and han_len(inner) < length * 0.6:
                found.append(inner)
    return found


def _paired(pair: list[str]) -> bool:
    """Two clauses that mirror each other: same opening, same closing, or a shared inner word."""
    first, second = pair
    if _PAIRED.search(first + "，" + second):
        return True
    if first[0] == second[0] and abs(han_len(first) - han_len(second)) <= 2:
        return True
    if han_len(second) <= 6 and set(first) & set(second) - {"的", "、"}:
        return True
    inner = {first[i : i + 2] for i in range(1, len(first) - 1)}
    return any(second[i : i + 2] in inner for i in range(1, len(second) - 1)) and (
        abs(han_len(first) - han_len(second)) <= 1
    )


def find_phrases(
    paragraphs: list[Paragraph], limit: int, threshold: float = PHRASE_THRESHOLD
) -> list[Phrase]:
    """The best-scoring formulations of the document, at most `limit`, in document order."""
    text = "\n".join(p.text for p in paragraphs)
    keys = set(keywords(text, 20))
    scored: list[Phrase] = []
    for paragraph in paragraphs:
        if han_len(paragraph.text) < 15:
            continue
        for sentence in sentences(paragraph.text):
            for span in _candidates(sentence):
                repeated = text.count(span) >= 2
                score = _score(span, keys, repeated)
                if score >= threshold:
                    scored.append(Phrase(span, sentence.strip(), paragraph.line, score))
    scored.sort(key=lambda p: (-p.score, p.line))
    # `limit` counts sentences: a chosen sentence takes every other formulation it holds too
    chosen: list[Phrase] = []
    seen: set[str] = set()
    taken_sentences: set[tuple[int, str]] = set()
    for phrase in scored:
        where = (phrase.line, phrase.sentence)
        if where not in taken_sentences and len(taken_sentences) >= limit:
            continue
        overlaps = any(
            phrase.phrase in other.phrase or other.phrase in phrase.phrase
            for other in chosen
            if (other.line, other.sentence) == where
        )
        if phrase.phrase in seen or overlaps:
            continue
        seen.add(phrase.phrase)
        taken_sentences.add(where)
        chosen.append(phrase)
    chosen.sort(key=lambda p: p.line)
    return chosen
