"""Extractors: from a document's main text to cards. A plain dict registry, run in order.

Each extractor takes the document's main-text paragraphs and its title and returns cards
(without ids). `extract_cards` runs them all, keeps one card per set (dedupe.py), orders cards
as in the document and gives each a stable id;
compose.py then decides how each card asks what was found.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import islice
from typing import Protocol

from yaodian.cards import Card, CardFile, Origin, card_id
from yaodian.extractors import compose, exam, outline, parallel, parts, phrases, points, series, tables, terms
from yaodian.extractors.boilerplate import (
    main_text,
    without_cover_notes,
    without_forwarding_note,
    without_listed_headlines,
)
from yaodian.extractors.dedupe import CLOZE, cut_before_shared_ending, listed_series, one_card_per_set
from yaodian.extractors.exam import is_task
from yaodian.extractors.masthead import below_headline, headline_printed, without_menus
from yaodian.extractors.script import Restorer, simplified
from yaodian.extractors.terms.names import names_in
from yaodian.extractors.terms.split import all_hold, keywords
from yaodian.extractors.text import Paragraph, content_chars, han_len, strip_punct, without_speaker_tags
from yaodian.extractors.titles import find_title, without_title_lines
from yaodian.markers import ANY_MARKER, CAPITAL_NUMERALS, NUMERALS, SAYINGS_WORDS
from yaodian.numerals import numeral_value, without_item_mark, without_prompt_mark
from yaodian.sources import Document


class Extractor(Protocol):
    """Cards of the main text; `found`: the cards the extractors before it found."""

    def __call__(self, paragraphs: list[Paragraph], title: str, found: Sequence[Card] = ()) -> list[Card]: ...


def _list_card(prompt: str, items: list[str], line: int, section: str | None, extra: str = "") -> Card:
    return Card(
        type="list",
        prompt=prompt,
        items=items,
        extra=extra,
        origin=Origin(line=line, section=section or None),
    )


@lru_cache(maxsize=1)
def outline_runs(paragraphs: tuple[Paragraph, ...]) -> list[outline.Enumeration]:
    """The paragraphs' numbered runs, found once for the outline cards and compose's headings."""
    return outline.group_marks(outline.find_marks(list(paragraphs)))


def outline_cards(paragraphs: list[Paragraph], title: str, found: Sequence[Card] = ()) -> list[Card]:
    """A contents page's entries, a compilation's pieces by their titles (outline.collection_pieces),
    then numbered and marked enumerations (一、 (一) 1、 (1) ① 一是 首先 第一 ——). The contents come
    first: the outline may read only their numbered entries."""
    cards = []
    contents = outline.contents_listing(paragraphs)
    if contents:
        index, entries = contents
        extra = "\n".join(f"{n}. {entry}" for n, entry in enumerate(entries, 1))  # (as the outline's notes)
        cards.append(_list_card(title, entries, paragraphs[index].line, None, extra))
    pieces = outline.collection_pieces(paragraphs)
    before = [p.written for p in paragraphs[: pieces[0].index]] if pieces else []
    listed = all(any(p.title in line for line in before) for p in pieces)
    # (pieces counted from 2: the first one's label went with the document's title, the set is not whole;
    # a piece with no title but its label, 范文一, has nothing to ask; a contents page over the pieces
    # lists their titles, and its card asks them already)
    if pieces and pieces[0].number <= 1 and all(p.title != p.label for p in pieces) and not listed:
        extra = "\n".join(f"{piece.label}：{piece.title}" for piece in pieces if piece.label != piece.title)
        cards.append(
            _list_card(
                title, [piece.title for piece in pieces], paragraphs[pieces[0].index].line, None, extra
            )
        )
    for run in outline_runs(tuple(paragraphs)):
        run = _without_bare_references(run, paragraphs)
        items = outline.counted_items(run, paragraphs)
        if sum(1 for item in items if han_len(item) >= 2) < 2 or outline.is_answer_key(items):
            continue
        if exam.is_write_up_furniture(items):
            continue  # (题目 / 参考答案 / 解题思路: the note's template, no point to recite)
        if all(_EXAM_REFERENCE.match(item) for item in items):
            continue  # (2024年国考副省级, 2025年某省遴选: where a topic was asked, nothing to learn)
        section = run.parent.item if run.parent else None
        line = paragraphs[run.marks[0].paragraph].line
        prompt = outline.lead_for(run, paragraphs, title)
        essay = outline.essay_title(run, paragraphs)
        if essay is not None:
            # (a model essay's points under its title: the title heads them, and is asked on its own)
            prompt = f"{essay.essay}《{essay.title}》的分论点"  # (compose adds the count)
            asked = f"{essay.essay}的标题：{{{{c1::{essay.title}}}}}"
            cards.append(
                Card(type="cloze", text=asked, origin=Origin(paragraphs[essay.paragraph].line, section))
            )
        cards.append(_list_card(prompt, items, line, section, outline.context_of(run)))
    return cards


# A study note's section of the exams that asked its topic or of its cases, as its heading names it
# (## 真题链接, ## 典型案例, ## 相关真题); not a section of what the cases teach (## 案例启示).
_REFERENCE_SECTION = re.compile(r"(?:真题|考题|案例)(?:链接|回顾|汇总|精选|索引|参考)?[：:\s]*$")
# A lesson's closing exercise for its audience, as its heading names it (思考题, 课后练习, 讨论与思考):
# questions to take away, not a part of what the lesson teaches, unless the writer numbers it as one
# or it asks nothing (## 讨论与思考 of a report: what the meeting concluded).
_EXERCISE_SECTION = re.compile(
    r"\s*(?:复习|课后|课堂)?(?:思考题|讨论题|练习题|思考与讨论|讨论与思考|思考与练习|练习与思考"
    r"|课后练习|课后作业|课后思考)[：:\s]*$"
)
# A collection of sayings to recite, as its heading names it (金句摘录, 金句积累（建议背诵）, 名言警句):
# under no number among numbered parts, the note's material, not a part of what it sets out.
_SAYINGS_SECTION = re.compile(SAYINGS_WORDS)
_SAYINGS_LABEL = 12  # characters at most: a label, not a heading that speaks of 金句
# An exam a note refers to by its year and paper (2024年国考副省级, 2025年某省遴选): no point to learn.
_EXAM_REFERENCE = re.compile(r"\s*\d{4}年[^，,。；;：:\s]{0,6}?(?:国考|省考|遴选|选调|联考|公考|事业单位)")


def _without_bare_references(run: outline.Enumeration, paragraphs: list[Paragraph]) -> outline.Enumeration:
    """The run without the headings of a study note's exam references or cases (see
    _REFERENCE_SECTION) whose section holds no points: no list item, sub-heading or numbered line
    in it but the exams' own references (- 2024年国考副省级 第四题：…) or cases told in prose. A
    section that lists its cases or outlines an answer (1. 开头 2. …) is a part to learn: kept.
    Nor the heading of a collection of sayings under no number among numbered parts
    (_SAYINGS_SECTION); its sayings are still asked under it."""
    ends = [mark.paragraph for mark in run.marks[1:]] + [len(paragraphs)]
    last = run.marks[-1]
    if (
        len(run.marks) > 2
        and _EXERCISE_SECTION.fullmatch(last.item)
        and not ANY_MARKER.match(paragraphs[last.paragraph].text)
        and any(mark in paragraph.text for paragraph in paragraphs[last.paragraph + 1 :] for mark in "？?")
    ):
        # (the lesson's exercise closes it, under no number of the lesson's parts, and asks its
        # questions: 五、课后思考 is one the writer numbered as a part)
        run = dataclasses.replace(run, marks=run.marks[:-1])
        ends = ends[:-1]
    numbered = sum(1 for mark in run.marks if _numbered_heading(mark, paragraphs)) >= 2
    kept = []
    for mark, end in zip(run.marks, ends, strict=True):
        level = paragraphs[mark.paragraph].heading
        if (
            numbered
            and level
            and _SAYINGS_SECTION.search(mark.item)
            and len(mark.item) <= _SAYINGS_LABEL
            and not _numbered_heading(mark, paragraphs)
        ):
            continue  # (the sayings under no number among numbered parts: see _SAYINGS_SECTION)
        if level and _REFERENCE_SECTION.search(mark.item):
            section = []
            for paragraph in paragraphs[mark.paragraph + 1 : end]:
                if 0 < paragraph.heading <= level:
                    break
                section.append(paragraph)
            if not any(
                (paragraph.bullet or paragraph.heading or ANY_MARKER.match(paragraph.text))
                and not _EXAM_REFERENCE.match(paragraph.text)
                for paragraph in section
            ):
                continue
        kept.append(mark)
    return run if len(kept) == len(run.marks) else dataclasses.replace(run, marks=kept)


def _numbered_heading(mark: outline.Mark, paragraphs: list[Paragraph]) -> bool:
    """Whether the writer numbered this mark's heading: a marker opens it (三、 （三） 第三部分), or
    the outline took one off it (叁、), or a numeral does (三 金句积累, which the outline leaves)."""
    text = paragraphs[mark.paragraph].text.lstrip()
    return bool(
        ANY_MARKER.match(text)
        or mark.body_start > mark.start
        or (text and (text[0] in NUMERALS or text[0] in CAPITAL_NUMERALS or text[0].isdigit()))
    )


def parallel_cards(paragraphs: list[Paragraph], title: str, found: Sequence[Card] = ()) -> list[Card]:
    """Unnumbered parallel headings and parallel sentences."""
    return _set_cards(parallel.heading_sets(paragraphs, title) + parallel.sentence_sets(paragraphs), title)


@lru_cache(maxsize=1)
def _essay_points(paragraphs: tuple[Paragraph, ...], title: str) -> list[parallel.ParallelSet]:
    """points.essay_points, searched once for the two cards below (with a headline, without)."""
    return points.essay_points(list(paragraphs), title)


def headed_point_cards(paragraphs: list[Paragraph], title: str, found: Sequence[Card] = ()) -> list[Card]:
    """An essay's 分论点 under the essay's own headline (see points.essay_points). They run before the
    parallel sets: where those find the same points, they ask them under the document's title, and the
    first card of a set is the one kept."""
    return _set_cards([s for s in _essay_points(tuple(paragraphs), title) if s.lead], title)


def point_cards(paragraphs: list[Paragraph], title: str, found: Sequence[Card] = ()) -> list[Card]:
    """An essay's 分论点 with no headline over them, under the title (see points.essay_points)."""
    return _set_cards([s for s in _essay_points(tuple(paragraphs), title) if not s.lead], title)


def _set_cards(sets: list[parallel.ParallelSet], title: str) -> list[Card]:
    """A list card per set, under its lead (else the title), its context numbered as its notes."""
    return [
        _list_card(
            s.lead or title,
            list(s.items),  # (a copy: the sets may be cached, and cards are changed later)
            s.line,
            None,
            outline.numbered_notes(s.context),
        )
        for s in sets
    ]


# An answer of 、-members gets a gap each when it has this many members, each of _GAP_MEMBER_MIN Han
# characters or more; else it is one gap.
_GAPPED_MEMBERS = range(2, 9)
_GAP_MEMBER_MIN = 2


def choice_cards(paragraphs: list[Paragraph], lines: Sequence[str] = ()) -> list[Card]:
    """A choice or fill-in question's answer in its stem (see exam.answered_questions): a cloze of the
    right option's text in the blank (分{{c1::两}}步走; an option of 、-members, a gap each), or, for
    several right options, a list under the stem. The question is asked by the card, not learnt.
    `lines` are the source's (line 1 first), where its options and answer lines stand; without them
    the paragraphs' own are read."""
    if not lines:
        by_number = {p.line: p.text for p in paragraphs}
        lines = [by_number.get(number, "") for number in range(1, max(by_number, default=0) + 1)]
    cards = []
    for question in exam.answered_questions([(p.line, p.text) for p in paragraphs], list(lines)):
        before = question.stem[: question.blank_start]
        after = question.stem[question.blank_end :]
        if len(question.answers) > 1:
            # (the blank mid-sentence stays a blank: 要做好____等“五篇大文章”)
            prompt = strip_punct(before + ("____" + after if strip_punct(after) else ""))
            cards.append(_list_card(prompt, question.answers, question.line, None, question.stem))
            continue
        members = question.answers[0].split("、")
        if (
            len(members) not in _GAPPED_MEMBERS
            or any(han_len(member) < _GAP_MEMBER_MIN for member in members)
            or re.search("[，,；;。]", question.answers[0])  # (a statement of clauses: one gap)
            or any(member.count("“") != member.count("”") for member in members)  # (“千村示范、万村整治”)
        ):
            members = question.answers
        gaps = "、".join(f"{{{{c{number}::{member}}}}}" for number, member in enumerate(members, 1))
        cards.append(Card(type="cloze", text=before + gaps + after, origin=Origin(line=question.line)))
    return cards


def _unasked_answers(answers: list[Card], found: Sequence[Card]) -> list[Card]:
    """The answer cards (see choice_cards) whose answer no card `found` asks already: a question bank
    often spells the answer's members out again in its note (解析：五个突出特性：连续性、…), and a
    finder may have listed them under the question."""
    asked = _asked(found)
    return [
        card
        for card in answers
        if not all(content_chars(text) in asked for text in [*card.items, *CLOZE.findall(card.text)])
    ]


def series_cards(paragraphs: list[Paragraph], title: str, found: Sequence[Card] = ()) -> list[Card]:
    """Inline series of three or more members (A、B、C和D)."""
    return [_list_card(s.prompt, s.members, s.line, None, s.clause) for s in series.find_series(paragraphs)]


def term_cards(paragraphs: list[Paragraph], title: str, found: Sequence[Card] = ()) -> list[Card]:
    """Numbered concepts: a list of their members where the text spells them out, else a cloze of
    the concept in the sentence that names it.

    A list an extractor before found already is the concept's list when it asks the same members
    (A、B、C三大工程) or starts right after a naming that announces it, with as many items as the
    count (下面，我讲三点意见。 then 一、…二、…三、…): its prompt is made to name the concept, and
    no second card asks the members.
    """
    lists = [card for card in found if card.type == "list"]
    named = terms.find_terms(paragraphs)
    placed = _lists_after(lists, paragraphs, [term for term in named if not term.inline])
    renamed: set[int] = set()
    cards = []
    for term in named:
        listing, mention = placed.get(id(term), (None, None))
        announced = listing  # (the list the naming announces, if any)
        if listing is not None and mention is not None and not term.members:
            # the naming that announces the list asks it (四、怎么干（五方面要求）), not the first one
            term = dataclasses.replace(term, prompt=terms.prompt_at(paragraphs[mention.paragraph], mention))
        if sum(bool(exam.options_of(member)) for member in term.members) > 1:
            continue  # a question's options (A. … B. …) are no concept's members: all but one are wrong
        if term.members and (listing is None or not _agrees(listing, term.members)):
            # the list that asks the members found is the concept's, not the next one of as many items
            listing = _listing(lists, term.members, term.line, term.term)
        elif listing is None and not term.members:
            listing = _list_saying_its_word(lists, term)
        if listing is not None:
            _tie(listing, term, renamed, title, announced=listing is announced)
        elif term.members and not any(
            _holds_all(card, term.members) and _names(card, term) for card in lists
        ):
            cards.append(_list_card(term.prompt, term.members, term.line, None, _told(term, paragraphs)))
        elif not is_task(term.sentence):  # (a task's count, 概括…三条路径, names the points it asks for)
            text = term.sentence.replace(term.term, "{{c1::" + term.term + "}}", 1)
            cards.append(Card(type="cloze", text=text, origin=Origin(line=term.line)))
    return cards


def _told(term: terms.Term, paragraphs: list[Paragraph]) -> str:
    """The back of a concept's own list: the sentence that names it, on to the end of the next one
    of its paragraph where that one spells the members out (（一）守牢“两条底线”。就是确保…、确保…。),
    as the text tells them, the naming before its members."""
    labelled = _labelled_lines(term, paragraphs)
    if labelled:
        return "\n".join([term.sentence, *labelled])
    if term.whole and not term.inline:
        return "\n".join([term.sentence, *term.whole])  # (what the labels it asks stand for)
    first = term.members[0]
    text = next((p.text for p in paragraphs if p.line == term.line), "")
    start = text.find(term.sentence)
    if first in term.sentence or start < 0:
        return term.sentence
    at = text.find(first, start + len(term.sentence))
    end = re.search(r"[。！？!?]|$", text[at:]) if at >= 0 else None
    return text[start : at + end.end()] if end is not None else term.sentence


# What stands between a label and what it says (理论账——记录…, 政务服务：推进…).
_AFTER_LABEL = re.compile(r"^\s*" + terms.LABEL_SEPARATOR + r"\s*\S")


def _says_more(member: str, item: str) -> bool:
    """Whether `item` is the label `member` and what the label stands for after a dash or colon."""
    return item.startswith(member) and _AFTER_LABEL.match(item[len(member) :]) is not None


def _labelled_lines(term: terms.Term, paragraphs: list[Paragraph]) -> list[str]:
    """The lines after a concept's naming that each open with one of its members as a label and go
    on to say what it stands for (三本账, then 理论账——记录…; 政策账——记录…): what a card asking the
    labels would otherwise lose; else []. (Only the lines right after it: twice as many as the
    members at most, for a line of other words between them.)"""
    if term.inline:
        return []
    after = list(islice((p.text.strip() for p in paragraphs if p.line > term.line), 2 * len(term.members)))
    lines = []
    for member in term.members:
        line = next((text for text in after if _says_more(member, text)), None)
        if line is None:
            return []
        lines.append(line)
    return lines


def _better_member(member: str, item: str, members: list[str]) -> bool:
    """Whether the concept's member asks better than a card's item for it: the item is the member
    with words before or after it (列出依法履职事项, 产业深度转型升级而催生), the first clause of a
    既…，又… pair, cut after a 的 that ties
    words to it (方针政策下基层 of 党的路线方针政策下基层; not across a mark), or without the word all
    the members open with (乡村产业发展水平 among 提升乡村建设水平, 提升乡村治理水平)."""
    if len(member) < len(item) and (item.endswith(member) or item.startswith(member)):
        return True
    if member.startswith(item) and re.match(r"[，,]\s*(?:又|也)", member[len(item) :]):
        return True  # the item is the first clause of a pair that says one thing (既…，又…)
    cut = member[: len(member) - len(item)]
    if (
        len(item) < len(member)
        and member.endswith(item)
        and "的" in cut.rstrip("的")
        and han_len(cut) == len(cut)
    ):
        # the item is cut inside the words a 的 ties (方针政策下基层 of 党的路线方针政策下基层); words
        # before a mark are the clause's, not the member's (…的分量——宣传…)
        return True
    if member.startswith(item) and cut_before_shared_ending(member, item, members):
        return True  # the item stops short of the words all the members end with (…且无新要求的不发)
    opening = members[0][:2]
    return (
        len(item) < len(member)
        and member.endswith(item)
        and all(m.startswith(opening) for m in members)
        and not item.startswith(opening)
    )


def _same_member(a: str, b: str) -> bool:
    """Two spellings of one member: the same words, or one inside the other and not much longer."""
    a, b = content_chars(a), content_chars(b)
    short, long = sorted((a, b), key=len)
    return bool(short) and short in long and len(short) >= 0.6 * len(long)


def _overlap(a: str, b: str) -> bool:
    """Whether one of two spellings holds the other."""
    a, b = content_chars(a), content_chars(b)
    return bool(a and b) and (a in b or b in a)


def _matched(card: Card, members: list[str]) -> int:
    return sum(1 for member in members if any(_same_member(member, item) for item in card.items))


def _listing(lists: list[Card], members: list[str], line: int, name: str = "") -> Card | None:
    """A list card that asks these members: as many items, most of them the members; or (three
    members or more) every member and one item more it may leave out; or every member and, at an
    end, words of the concept's own `name` (头雁、雏雁、归雁 and 三雁 of 实施“三雁”工程: the naming
    read as one more member); of several, the one nearest `line` (where the
    concept is named: 三劳 = 劳动者、劳动资料、劳动对象, not an earlier sentence with the same series)."""
    seen: set[frozenset[str]] = set()
    kept = []  # (a list that repeats an earlier one's items is dropped: never the concept's)
    for card in lists:
        items = frozenset(content_chars(item) for item in card.items)
        if items not in seen:
            seen.add(items)
            kept.append(card)
    for card in sorted(kept, key=lambda c: abs((c.origin.line if c.origin and c.origin.line else 0) - line)):
        matched = _matched(card, members)
        if len(card.items) == len(members) and (
            matched * 5 >= len(members) * 4 or _ends_with(card, members, line)
        ):
            return card
        longer = len(card.items) == len(members) + 1 and matched == len(members)
        if longer and (
            (len(members) >= 3 and _one_to_leave_out(card, members)) or _named_end(card, members, name)
        ):
            return card
    return None


def _ends_with(card: Card, members: list[str], line: int) -> bool:
    """Whether a list on the concept's own `line` has items that each come to their member by a
    verb of becoming, in order (内化为思想自觉、转化为政治自觉 of 思想自觉、政治自觉; …形成需求清单):
    the clauses the members were cut from. (Not items that merely end with the members: 新能源电池
    of a wrong cut 电池, 一种是“浮” of 浮, headings 第一张是安全台账 of other lines.)"""
    if card.origin is None or card.origin.line != line:
        return False
    for item, member in zip(card.items, members, strict=True):
        item, member = content_chars(item), content_chars(member)
        if not (item.endswith(member) and item[: len(item) - len(member)].endswith(terms.BECOMING)):
            return False
    return True


def _unmatched(card: Card, members: list[str]) -> list[int]:
    """The indexes of a list's items that match none of the members."""
    return [i for i, item in enumerate(card.items) if not any(_same_member(m, item) for m in members)]


def _lone_unmatched(card: Card, members: list[str]) -> int | None:
    """The index of the one item of a list that matches none of the members, where there is one
    and it stands at an end of the list; else None."""
    unmatched = _unmatched(card, members)
    if len(unmatched) != 1 or unmatched[0] not in (0, len(card.items) - 1):
        return None
    return unmatched[0]


def _named_end(card: Card, members: list[str], name: str) -> bool:
    """Whether the one item at an end of a list that matches none of the members is words of the
    concept's name (三雁 of “三雁”工程, 毫不动摇 of 两个毫不动摇): the naming, read as a member beside
    them; not another member (文化活县 beside 产业兴县、工业强县、生态立县 of 三个统筹)."""
    lone = _lone_unmatched(card, members)
    if lone is None:
        return False
    extra = content_chars(card.items[lone])
    return han_len(extra) >= 2 and extra in content_chars(name)


# How far an item's length may fall from its list's other items before it is another kind of line
# (a heading such as 重大意义 after members of a dozen characters, 严守耕地 before three of six).
SHORTER_THAN_OTHERS = 0.75
LONGER_THAN_OTHERS = 1.5


def _one_to_leave_out(card: Card, members: list[str]) -> bool:
    """Whether a list of every member and one item more has an item to leave out: one at an end
    that matches no member and is not a member like the others — a lead-in or a summary. Not
    where every item is alike (建立问题清单…强化考核运用 is a list of four, not three 清单 and one
    more): the list is then a set of its own, not the concept's."""
    lone = _lone_unmatched(card, members)
    if lone is None:
        return False
    others = [item for i, item in enumerate(card.items) if i != lone]
    return _unlike(card.items[lone], others)


def _unlike(extra: str, others: list[str]) -> bool:
    """Whether a list's end item is no member like the others: it names a numbered concept (the
    set's own name, a name beside it: 要强化“三个意识”, 双减), holds a quote it does not open or
    open one it does not close (a piece of the naming: 坚持」), is much shorter or longer than
    every other item, or lacks the opening every other item has (把… of three 把…结合起来)."""
    if terms.has_term(extra) or _unbalanced_quote(extra):
        return True
    size, sizes = han_len(extra), [han_len(item) for item in others]
    if size < SHORTER_THAN_OTHERS * min(sizes) or size > LONGER_THAN_OTHERS * max(sizes):
        return True
    opening = content_chars(others[0])[:1]
    return (
        bool(opening)
        and all(content_chars(item).startswith(opening) for item in others[1:])
        and not content_chars(extra).startswith(opening)
    )


_OPENERS, _CLOSERS = "“「『", "”」』"


def _unbalanced_quote(text: str) -> bool:
    """Whether a text's curly or corner quotes do not pair up (坚持」, 坚持”的重大原则)."""
    return sum(text.count(c) for c in _OPENERS) != sum(text.count(c) for c in _CLOSERS)


def _list_saying_its_word(lists: list[Card], term: terms.Term) -> Card | None:
    """The list card of as many items as the concept counts whose every item says the concept's
    word (强化学习教育、强化警示教育… for 四个强化; 农业生产经营人才、乡村治理人才… for 五类人才), the
    nearest to its naming: the text named the set in one place and laid it out in another."""
    names = names_in(term.term)
    if len(names) != 1 or not all(_says_a_word(unit.noun) for unit in names[0].units):
        return None
    keys = keywords(names[0].units)
    saying = [
        card
        for card in lists
        if all_hold(card.items, keys)
        and not 0 <= _line_of(card) - term.line <= TERM_LIST_REACH
        and not terms.has_term(card.prompt)
    ]  # (a list right after the naming is the naming's own to ask: compose names it there; a list
    # another concept names keeps that name, and this one its cloze: 三个方面提升 beside 三个提升)
    return min(saying, key=lambda card: abs(_line_of(card) - term.line), default=None)


def _says_a_word(noun: str) -> bool:
    """Whether a concept's noun is a word its members may say (强化, 人才), not a count (三个一) nor
    a character many words hold (三个不)."""
    return han_len(noun) >= 2 and not numeral_value(noun)


def _line_of(card: Card) -> int:
    return card.origin.line if card.origin and card.origin.line else 0


def _agrees(card: Card, members: list[str]) -> bool:
    """Whether a list card may ask these members: an item says one of them (or one of them says
    the item: 示范引领（2003—2007）, 既重视发展问题), or the items only label them (第一种形态)."""
    return any(_overlap(m, item) for m in members for item in card.items) or any(
        terms.is_ordinal_label(item) for item in card.items
    )


def _names(card: Card, term: terms.Term) -> bool:
    """Whether a list card's prompt names the concept: a longer list that does not is another set
    (毫不动摇… among a section's points), and the concept still needs its own card."""
    return content_chars(term.term) in content_chars(card.prompt)


def _holds_all(card: Card, members: list[str]) -> bool:
    """Whether a (longer) list card asks every one of the members already."""
    return _matched(card, members) == len(members)


# How far after the naming that announces it the concept's list may start, in paragraphs.
TERM_LIST_REACH = 3


def _lists_after(
    lists: list[Card], paragraphs: list[Paragraph], named: list[terms.Term]
) -> dict[int, tuple[Card, terms.Mention]]:
    """The list card each concept names, by id(term), and the naming that announces it: a card with
    as many items as the count that starts within TERM_LIST_REACH paragraphs after a naming that
    announces it, when that naming is the nearest one before the card (or shares its sentence)."""
    by_line = {p.line: i for i, p in enumerate(paragraphs)}
    placed: dict[int, tuple[Card, terms.Mention]] = {}
    for card in lists:
        if not card.origin or card.origin.line not in by_line:
            continue
        start = by_line[card.origin.line]
        first = content_chars(card.items[0])[:6]
        # a list that follows a naming opens its line (一、…, ——…), not a sentence inside one
        if not first or not 0 <= content_chars(paragraphs[start].text).find(first) <= 4:
            continue
        candidates = []
        for term in named:
            for mention in term.mentions:
                reach = 1 if mention.next_only else TERM_LIST_REACH
                if mention.announces and mention.paragraph < start <= mention.paragraph + reach:
                    candidates.append(((mention.paragraph, mention.start), term, mention))
        if not candidates:
            continue
        nearest = max(position for position, _, _ in candidates)
        counted = [
            term for position, term, _ in candidates if position == nearest and len(card.items) == term.count
        ]
        for (paragraph, start_at), term, mention in candidates:
            same_sentence = paragraph == nearest[0] and not any(
                ch in "。！？!?" for ch in paragraphs[paragraph].text[start_at : nearest[1]]
            )
            # (a naming before the nearest one, of as many members, names the list too: a question
            # names it, the answer's 十项任务依次为： introduces it)
            named_too = bool(counted) and paragraph < nearest[0]
            if (same_sentence or named_too) and len(card.items) == term.count and id(term) not in placed:
                placed[id(term)] = (card, mention)
    return placed


# A line of a list's back that notes one item by its number (1. 毫不动摇巩固…), as the outline writes them.
_NOTE_LINE = re.compile(r"^(\d+)\. ")


def _without_note(card: Card, term: terms.Term) -> str:
    """The back of a list that asks one item more than the concept's members, where it tells the
    items one numbered line each: the sentence that names the concept, then the notes of the
    members numbered again, not the note of the item left out (1. 毫不动摇”，统筹… of 两个毫不动摇
    read as a member: its words are the naming's); else the back as it is."""
    members = term.members
    lines = card.extra.split("\n")
    numbered = len(lines) == len(card.items) and all(
        (match := _NOTE_LINE.match(line)) and int(match.group(1)) == n for n, line in enumerate(lines, 1)
    )
    left = _unmatched(card, members)
    if not numbered or len(left) != 1:
        return card.extra
    kept = [_NOTE_LINE.sub("", line) for i, line in enumerate(lines) if i != left[0]]
    return "\n".join([term.sentence, *(f"{n}. {line}" for n, line in enumerate(kept, 1))])


def _tie(card: Card, term: terms.Term, renamed: set[int], title: str, announced: bool = False) -> None:
    """Make a list card the concept's: its prompt names the concept; a card with an item more
    than the members asks the members only, and an item that is a member with words before it
    (列出依法履职事项 for 依法履职事项: the clause's verb), or only its label (第一种形态), asks the member."""
    if term.members and len(card.items) == len(term.members) + 1:
        card.extra = _without_note(card, term)
        card.items = list(term.members)
    elif term.members and len(card.items) == len(term.members):
        # (an item that is none of the members where the others are is the wrong words for its member)
        most = 2 * _matched(card, term.members) >= len(term.members)
        items = card.items
        card.items = [
            member
            if _better_member(member, item, term.members)
            or terms.is_ordinal_label(item)
            or (most and not _overlap(member, item))
            else item
            for item, member in zip(items, term.members, strict=True)
        ]
        # (an item cut to its label keeps what the label says on the back: 理论账——记录… asks 理论账;
        # where the back does not hold every such item, every original item is added to it, and a
        # cut from a clause of the naming sentence below puts that sentence in its place)
        said = [
            item
            for item, asked in zip(items, card.items, strict=True)
            if item != asked and _says_more(asked, item)
        ]
        if said and not all(content_chars(item) in content_chars(card.extra) for item in said):
            card.extra = "\n".join([card.extra, *items]) if card.extra else "\n".join(items)
        # (items cut to their members from a clause of the naming sentence: the back is that sentence,
        # not the clause alone, as for the concept's own list: 因此，我们要增强“三个自觉”：把作风建设…)
        cut = items != card.items and card.extra and content_chars(card.extra) in content_chars(term.sentence)
        if cut:
            card.extra = term.sentence
    if content_chars(term.term) in content_chars(card.prompt):
        # a prompt that is little more than the name (三个带头) takes the clause that says it
        if han_len(card.prompt) < 6 < han_len(term.prompt) and content_chars(term.term) in content_chars(
            term.prompt
        ):
            card.prompt = term.prompt
        return
    if id(card) in renamed or (id(card) not in renamed and terms.has_term(card.prompt)):
        # a second concept names the card too where it stands beside it (“四种形态”…以下四个层次：)
        beside = card.origin and card.origin.line is not None and abs(term.line - card.origin.line) <= 1
        if (beside or announced) and content_chars(card.prompt) in content_chars(term.prompt):
            card.prompt = term.prompt  # (the concept's clause says the card's and more: not both)
        elif beside or announced:  # (or where its naming announces the list: a question before its answer)
            card.prompt = f"{card.prompt}；{term.prompt}"
            renamed.add(id(card))
        else:
            _tell_other_name(card, term)
    elif (
        not announced
        and _has_own_lead(card, title)
        and points_back(term.prompt, term.term)
        and not _members_follow(term)
    ):
        # (a naming that points back at a set told before it, 这四项制度环环相扣, says something of the
        # set, not what it is: the card's own lead stays and the name is added to it. One whose
        # sentence spells out its members, 这三个方面是：一是…, tells a new set, and a card whose lead
        # is only the title or its heading has no lead to keep: the naming's clause asks them)
        card.prompt = f"{card.prompt}；{term.term}"
        renamed.add(id(card))
    else:
        card.prompt = term.prompt
        renamed.add(id(card))


# A word that points back at what the text said before it, right before a concept's name (这四项制度,
# 上述“三个务必”, 以上两点): not 此 of a word of its own (因此, 如此, 由此, 对此, 为此, 彼此).
_POINTS_BACK = r"(?:这些|这|(?<![因如由对为彼据借从])此|上述|以上|前述)\s*[“「\"]?"


def points_back(clause: str, name: str) -> bool:
    """Whether `clause` names the concept `name` with a word that points back at a set told before it."""
    return re.search(_POINTS_BACK + re.escape(name), clause) is not None


def _has_own_lead(card: Card, title: str) -> bool:
    """Whether the card's prompt is a lead of the text's own, not the title or the heading the
    finder put in its place where no clause introduces the set."""
    section = card.origin.section if card.origin else None
    return card.prompt not in {"", title, section}


def _members_follow(term: terms.Term) -> bool:
    """Whether the naming's sentence spells out the members after the name (这三个方面是：一是…): it
    tells them there, not a set told before it."""
    after = term.sentence[term.sentence.find(term.term) + len(term.term) :]
    said = content_chars(after)
    return bool(term.members) and all(content_chars(m) in said for m in term.members)


def _tell_other_name(card: Card, term: terms.Term) -> None:
    """A list that another concept names, far from this concept's naming (围绕“五个一”…以下五个方面 and,
    in a summary, 五项任务：…): where that naming is a line of the name and its members only, the back
    shows it after the card's own notes; so too where that naming spells out the card's very items
    (A、B、C三条主链 beside a card of A、B、C that 三大主导产业 names): one set, two names, one card.
    The prompt stays the one of its place."""
    if content_chars(term.term) in content_chars(card.extra):
        return
    if not (_name_and_members_only(term) or _spells_out(term, card)):
        return
    card.extra = f"{card.extra}\n{term.sentence}" if card.extra else term.sentence


def _spells_out(term: terms.Term, card: Card) -> bool:
    """Whether the concept's sentence spells out just the card's items, every one of them."""
    sentence = content_chars(term.sentence)
    return (
        len(card.items) == len(term.members)
        and _holds_all(card, term.members)
        and all(content_chars(member) in sentence for member in term.members)
    )


# How many characters besides its name and members a summary's line may hold (3．…：, →).
SUMMARY_SLACK = 4


def _name_and_members_only(term: terms.Term) -> bool:
    """Whether the concept's sentence says its name and its members and hardly more (五项任务：织密…、建强…):
    a summary's line, worth showing beside the set; not a sentence that says the set in passing."""
    said = han_len(term.term) + sum(han_len(member) for member in term.members)
    return bool(term.members) and han_len(term.sentence) - said <= SUMMARY_SLACK


def phrase_cards(paragraphs: list[Paragraph], title: str, found: Sequence[Card] = ()) -> list[Card]:
    """Key formulations clozed in their sentence: one card per sentence, one cloze per formulation,
    none in a table's records (see tables.record_rows).

    A series that a list card already asks is no formulation of its own (see dedupe.listed_series), so
    it takes no place among the document's formulations; nor is a member of it in the sentence that
    says the whole set, nor a sentence that says only members of it.
    """
    limit = max(3, round(PHRASES_PER_CHARS * sum(han_len(p.text) for p in paragraphs) ** PHRASE_GROWTH))
    records = tables.record_rows(paragraphs)  # (their text counts in the limit, as a table's cells did)
    paragraphs = [paragraph for paragraph in paragraphs if paragraph.line not in records]
    by_sentence: dict[tuple[int, str], list[str]] = {}
    sets = [
        [content_chars(item) for item in card.items]
        for card in found
        if card.type == "list" and len(card.items) >= 2
    ]
    for phrase in phrases.find_phrases(
        paragraphs, limit, listed=listed_series(found), asked=_asked(found), sets=sets
    ):
        by_sentence.setdefault((phrase.line, phrase.sentence), []).append(phrase.phrase)
    cards = []
    for (line, sentence), found in by_sentence.items():
        text = sentence
        number = 0
        for phrase in sorted(found, key=sentence.find):
            if "{{" in phrase or phrase not in text:
                continue
            number += 1
            text = text.replace(phrase, f"{{{{c{number}::{phrase}}}}}", 1)
        if number:
            cards.append(Card(type="cloze", text=text, origin=Origin(line=line)))
    return cards


def _asked(cards: Sequence[Card]) -> set[str]:
    """What `cards` ask already (list members, clozes), as content_chars."""
    return {content_chars(text) for card in cards for text in [*card.items, *CLOZE.findall(card.text)]}


# How many sentences with formulations a document gets: this many times its length in characters
# to the power PHRASE_GROWTH (a long compilation repeats itself; a short article is dense with
# them). About 22 for an article of 2,000 characters; 43 for a compilation of 18,000.
PHRASES_PER_CHARS = 2.25
PHRASE_GROWTH = 0.3


# name -> extractor, in order of trust: when two find the same set, the earlier one's card stays.
EXTRACTORS: dict[str, Extractor] = {
    "outline": outline_cards,
    "headed_points": headed_point_cards,
    "parallel": parallel_cards,
    "points": point_cards,
    "series": series_cards,
    "terms": term_cards,
    "table_rows": tables.row_cards,
    "phrases": phrase_cards,
}


def restorer_for(paragraphs: list[Paragraph], title: str = "") -> Restorer:
    """The way back from the paragraphs' simplified view (and the title's) to their characters."""
    pairs = [(p.line, p.text, p.written) for p in paragraphs]
    return Restorer([*pairs, (0, simplified(title), title)] if title else pairs)


def restore_cards(cards: list[Card], restorer: Restorer) -> list[Card]:
    """Cards found in the simplified view, written in the document's own characters."""
    if not restorer.changes_anything:
        return cards
    for card in cards:
        line = card.origin.line if card.origin else None
        card.prompt = restorer.restore(card.prompt, line)
        card.items = [restorer.restore(item, line) for item in card.items]
        card.text = restorer.restore(card.text, line)
        card.extra = restorer.restore(card.extra, line)
        if card.origin and card.origin.section:
            card.origin.section = restorer.restore(card.origin.section, line)
    return cards


def extract_cards(
    paragraphs: list[Paragraph], title: str, stem: str, lines: Sequence[str] = ()
) -> list[Card]:
    """The cards of a document's main text; `title` as written, the paragraphs as main_text gives them,
    `lines` the source's (where a question's options and answer stand: see choice_cards). The answers'
    cards come after the registry's finders, outside EXTRACTORS: they read `lines`, which no finder
    takes, and only those no finder's card asks already are kept (see _unasked_answers)."""
    paragraphs = without_speaker_tags(paragraphs)
    view_title = simplified(title)
    cards: list[Card] = []
    made_by: dict[int, str] = {}  # id() of each card -> the name of its finder, for compose
    for name, extractor in EXTRACTORS.items():
        found = extractor(paragraphs, view_title, cards)
        made_by.update((id(card), name) for card in found)
        cards += found
    answers = _unasked_answers(choice_cards(paragraphs, lines), cards)
    made_by.update((id(card), "choices") for card in answers)
    cards += answers
    cards = tables.without_column_label_gaps(cards, paragraphs)
    # (a table of formulations' row is one card, its own: another finder's reads its source and its
    # key words as the formulation's words, or asks the row a second time)
    rows = tables.formulation_rows(paragraphs)
    cards = [
        card
        for card in cards
        if made_by.get(id(card)) == "table_rows" or (card.origin.line if card.origin else None) not in rows
    ]
    cards = [card for card in cards if card.type != "list" or _distinct(card.items)]
    cards = one_card_per_set(cards, made_by)
    cards = restore_cards(cards, restorer_for(paragraphs, title))
    cards.sort(key=lambda c: c.origin.line if c.origin and c.origin.line else 0)
    for card in cards:
        body = card.prompt + "\x1f" + "\x1e".join(card.items) if card.type == "list" else card.text
        card.id = card_id(stem, card.type, body)
    # ids first: they name what the finders found, so a card keeps its id when only its wording improves
    composed = compose.compose_cards(cards, paragraphs, title, made_by, outline_runs(tuple(paragraphs)))
    placed = parts.with_part_sections(composed, paragraphs, outline_runs(tuple(paragraphs)))
    closed = parts.with_closing_paragraphs(placed, paragraphs, view_title, outline_runs(tuple(paragraphs)))
    closed = parts.without_material_the_answer_asks(closed, outline_runs(tuple(paragraphs)))
    # (last: a gap may show the section whoever filed the card there, compose or parts)
    asked_once = compose.heading_words_asked_once(closed, phrases.marked_formulations(paragraphs))
    filed = [compose.filed_above_its_gaps(card) for card in asked_once]
    # (last: cards of one sentence meet as one note only once each is filed where it stays)
    return _without_list_marks(compose.one_note_per_sentence(filed))


def _distinct(items: Sequence[str]) -> bool:
    """Whether a list's members are distinct: a set that names one member twice (A、B、A) is the
    clauses of a sentence that repeats itself, no list. (Not one member within another: 能干什么
    beside 不能干什么, a part 主要预期目标 under its heading 2026年主要预期目标.)"""
    said = [content_chars(item) for item in items]
    return len(set(said)) == len(said)


def _without_list_marks(cards: list[Card]) -> list[Card]:
    """The cards without the list numbers their cloze text or items open with, and a lone first
    member's mark after a colon (numerals.without_item_mark): a card asks its words, not where its paragraph stood in a numbered list. After the ids, which
    stay as they were. (A list's prompt keeps a Chinese heading's number, 二、: it says where the list
    stands; it loses a list's 2. or 三是, as its text does.)"""
    for card in cards:
        card.text = without_item_mark(card.text)
        card.items = [without_item_mark(item) for item in card.items]
        card.prompt = without_prompt_mark(card.prompt)
    return cards


def document_text(document: Document) -> tuple[str, list[Paragraph]]:
    """A document's title and the text its cards are made from: its main text without the lines
    that print the headline and without what frames them (a mail's forwarding note, a sender's cover
    note, the page's furniture above a printed headline, its subtitle, a menu the text opens with:
    masthead.py)."""
    paragraphs = main_text(document.lines, document.layout)
    title = find_title(
        document.lines,
        paragraphs,
        document.name,
        document.headline,
        document.running_heads,
        document.page_titles,
    )
    # (after the title: a mail's forwarding note, or a sender's cover note, is the titles package's sign
    # of the headline below it)
    # (and before the lines that print the headline go: the page's list of headlines is told by it)
    sent = without_cover_notes(without_forwarding_note(paragraphs, document.lines))
    kept = without_listed_headlines(sent, simplified(title))
    body = without_title_lines(kept, document.lines, title)
    printed = headline_printed(body, document.lines, title)
    framed = below_headline(body, document.lines, title)
    return title, without_menus(framed, title, fields_only=printed)


def extract_document(document: Document, root: str = "要点") -> CardFile:
    """Everything worth a card in one document, as the content of its card file."""
    title, body = document_text(document)
    cards = extract_cards(body, title, document.stem, document.lines)
    # here, not in extract_cards: the closing heading is read from the document's layout
    # (outline_runs is cached, so the runs are not found twice)
    cards = parts.with_closing_section(
        cards, document.lines, document.layout, body, outline_runs(tuple(body))
    )
    for card in cards:  # (the file's line, where the reader broke a line of it into paragraphs)
        if card.origin and card.origin.line:
            card.origin = Origin(document.file_line(card.origin.line), card.origin.section)
    source = document.path.as_posix()
    restorer = restorer_for(body)
    text = "\n".join(tables.without_record_labels(body))
    telling = (word for word in phrases.keywords(text, 4 * TAG_COUNT) if names_a_topic(word))
    tags = [restorer.restore(tag) for tag in islice(telling, TAG_COUNT)]
    return CardFile(source=source, title=title, deck=f"{root}::{title}", cards=cards, tags=tags)


TAG_COUNT = 3  # the document's top keywords, given to every note of its deck

# Words every policy text leans on, whatever its topic (坚持, 推进, 工作), and a scope or span
# named alone (全县, 五年): frequent enough to top a document's keywords, they tell no deck from
# another in Anki's browser.
_COMMONPLACE = re.compile(
    "坚持|推进|推动|加强|完善|落实|提升|强化|深化|健全|实现|加快|促进|做好|抓好|着力|聚焦|聚力|围绕|"
    "不断|持续|积极|切实|扎实|全面|坚定|研究|工作|同志|我们|要求|方面|问题|重要|"
    "全[国省市县区镇乡村]|[一二三四五六七八九十两]+年"
)


def names_a_topic(word: str) -> bool:
    """Whether a keyword is worth a tag: not a word of every policy text, nor a scope or a span."""
    return _COMMONPLACE.fullmatch(word) is None
