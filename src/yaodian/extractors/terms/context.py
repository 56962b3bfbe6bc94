"""A naming in its text: the clause that names the concept (a card's prompt), and whether the
naming closes its paragraph or points ahead to a list on the lines after it. Finds no members.
"""

from __future__ import annotations

import re

from yaodian.extractors.terms.cuts import marked
from yaodian.extractors.terms.names import CLAUSE_END, SENTENCE_END, Name
from yaodian.extractors.text import han_len, strip_punct
from yaodian.markers import MEMBER_MARK


def closes(text: str, name: Name) -> bool:
    """Whether the naming ends its paragraph: the last few words of it, or of its last sentence
    when that ends in a colon (…以下四个层次：)."""
    rest = _TRAILING_NOTE.sub("", text[name.end :].rstrip())  # (…五条路径（老师课上总结…）)
    if any(ch in SENTENCE_END for ch in rest[:-1]):
        return False
    return han_len(rest) <= 8 or rest.endswith(("：", ":"))


# A note in brackets that ends a heading after its name (六个必须坚持（…的世界观和方法论）).
_TRAILING_NOTE = re.compile(r"[”」]?\s*[（(][^（）()]*[）)]\s*$")

# Words that point ahead to what follows (从以下三个方面, 如下, 下面我讲三点), and a speaker who says
# what the speech will go through (和大家谈三点认识, 我想讲三个问题, 同大家交流三点体会): its parts follow.
_AHEAD = re.compile(
    r"以下|如下|下面|下列|从[^，,。]{0,8}$"
    r"|(?:我|(?:和|同|与|跟|向)(?:大家|同志们|各位))[^，,。“”]{0,4}(?:谈|讲|说|交流|分享|汇报)(?:一下|一谈|谈)?$"
)


def announces(text: str, name: Name) -> bool:
    """Whether a naming closes its paragraph and points ahead to a list: its paragraph ends in a
    colon or asks a question, its sentence says 以下 or 下面 or counts from what (从三个方面来认识),
    or the paragraph is a heading (short, no full stop inside). A question that names it (…的十个方面
    重点任务中，排在第一位的是（）。) announces it wherever it names it: the answer lists them."""
    sentence_start = max((text.rfind(ch, 0, name.start) for ch in SENTENCE_END), default=-1) + 1
    if not closes(text, name):
        ends = [i for i in (text.find(ch, name.end) for ch in SENTENCE_END) if i >= 0]
        asked = text[sentence_start : min(ends) + 1 if ends else len(text)]
        last = not strip_punct(text[min(ends) + 1 :]) if ends else True
        return last and ("（）" in asked or "()" in asked or asked.rstrip().endswith(("？", "?")))
    sentence = text[sentence_start:].rstrip()
    if (
        sentence.endswith(("：", ":", "？", "?"))
        or "（）" in sentence
        or _AHEAD.search(text[sentence_start : name.start])
    ):
        return True  # (a question's answer lists them too)
    # (a short line that ends in ； or ， is an item of a list, not a heading)
    plain = text.rstrip()
    return han_len(text) <= 25 and not any(ch in SENTENCE_END for ch in plain) and plain[-1:] not in "；;，,"


def ends_paragraph(text: str, name: Name) -> bool:
    """Whether the name is the last words of its paragraph (…主要表现在四个方面。), or its clause ends
    the paragraph a verb or a word later (重点在四个方面下功夫。, 探索形成了五种发展模式。): what follows
    may be its list, though the sentence points nowhere; the list must count as many items."""
    rest = strip_punct(text[name.end :])
    return not rest or (han_len(rest) <= _LAST_WORDS and not any(ch in CLAUSE_END for ch in rest))


# The most Han characters after a name that ends its paragraph's last clause (下功夫, 模式, 展开): a
# verb or the rest of a noun, not a clause of its own.
_LAST_WORDS = 3


def naming_clause(
    text: str,
    name: Name,
    skip: int | None = None,
    tail: int | None = None,
    alone: bool = False,
    resume: int | None = None,
) -> str:
    """The clause of `text` that names the concept: from its start (or, when that is short and not
    `alone`, the clause before's) to the name, and on to `tail` or a few words after; without the
    members when they stand before the name (from `skip` on, up to `resume` when words stand
    between them and the name)."""
    breaks = "，,。；;：:！!？?\n"
    clause_start = max((text.rfind(ch, 0, name.start) for ch in breaks), default=-1) + 1
    head = text[clause_start : skip if skip is not None and skip >= clause_start else name.start]
    if skip is not None and skip >= clause_start and resume is not None:
        head += text[resume : name.start]  # (与____并称“三大工程”: the words after the members)
    if head.endswith("、") and "“" in head:  # 简记为“两个确保、三个提升”: one of a quoted list
        head = head[: head.rindex("“")]
    head = MEMBER_MARK.sub("", head, count=1) if marked(head) and not head.startswith(("“", "「")) else head
    if (
        han_len(head) + han_len(name.term) < 6
        and clause_start > 0
        and text[clause_start - 1] in "，,"
        and not alone
    ):
        before = max((text.rfind(ch, 0, clause_start - 1) for ch in breaks), default=-1) + 1
        head = text[before:clause_start] + head
    if tail is None:
        tail = next((i for i in range(name.end, len(text)) if text[i] in CLAUSE_END), len(text))
        if tail - name.end > 6 or text[name.end : tail].startswith(("是", "为", "即", "有")):
            tail = name.end
    head = head.lstrip()
    if han_len(head) > 24:
        head = "……" + head[-16:]
    return _balanced((head + text[name.start : tail]).replace("*", "").strip().rstrip(" ：:，,、"))


def _balanced(text: str) -> str:
    """`text` without quotes and brackets whose partner it lacks."""
    for opening, closing in ("“”", "「」", "（）", "()", "《》"):
        if text.count(opening) != text.count(closing):
            text = text.replace(opening, "").replace(closing, "")
    return text
