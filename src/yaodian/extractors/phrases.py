"""Key formulations (提法): short, quotable clauses worth a cloze of their own.

A clause scores for the document's TF-IDF keywords (jieba) it contains and for the shapes
that mark a formulation: quotation marks, superlatives and "the key/core/root" words,
paired parallel halves (把…好、把…好; 以…，以…), and 4-character rhythm. The phrase is
clozed inside its sentence and always ends on a jieba word boundary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from yaodian.extractors.text import Paragraph, han_len, words

_CLAUSE = re.compile(r"[^，,。；;：:！!？?]+")
_QUOTE = re.compile(r"“([^”]{3,16})”")
_EMPHASIS = re.compile(
    r"(法宝|根本|关键|核心|首要|基础|前提|保障|生命线|牛鼻子|主阵地|最大|必然要求|重中之重|"
    r"第一|始终|坚定不移|必须|不断|同心圆|公约数|之本|之要|之基)"
)
_PAIRED = re.compile(r"(把.{1,8}好.{0,2}把.{1,8}好)|(以.{2,6}.{0,2}以.{2,6})|(不仅.+更)|(越.+越)|(既.+又)")


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
    for token in words(text):
        if han_len(token) >= 2:
            counts[token] = counts.get(token, 0) + 1
    scored = sorted(counts, key=lambda w: -counts[w] * table.get(w, default))
    return scored[:top]


def find_phrases(paragraphs: list[Paragraph], limit: int) -> list[Phrase]:
    text = "\n".join(p.text for p in paragraphs)
    keys = set(keywords(text, 25))
    scored: list[Phrase] = []
    for paragraph in paragraphs:
        for sentence in re.split(r"(?<=[。！？!?])", paragraph.text):
            for match in _CLAUSE.finditer(sentence):
                clause = match.group().strip()
                length = han_len(clause)
                if not 5 <= length <= 16:
                    continue
                score = sum(1.0 for token in words(clause) if token in keys)
                if _QUOTE.search(clause):
                    score += 1.5
                if _EMPHASIS.search(clause):
                    score += 2.0
                if _PAIRED.search(clause):
                    score += 2.0
                score -= abs(length - 10) * 0.1
                if score >= 3.0:
                    scored.append(Phrase(clause, sentence.strip(), paragraph.line, score))
    scored.sort(key=lambda p: -p.score)
    chosen: list[Phrase] = []
    seen: set[str] = set()
    for phrase in scored:
        if phrase.phrase in seen:
            continue
        seen.add(phrase.phrase)
        chosen.append(phrase)
        if len(chosen) >= limit:
            break
    chosen.sort(key=lambda p: p.line)
    return chosen
