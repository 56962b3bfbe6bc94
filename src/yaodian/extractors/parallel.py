"""Unnumbered parallel structure: headings that open consecutive paragraphs in the same shape
(also as their opening clause: 坚持项目为王，…。坚持工业强市，…。), sentences or ；-parts of one
paragraph that open with the same words (强化…；强化…；强化…), run-in headings: short
sentences that each head the longer ones after them (大力提振消费。实施…。扩大有效投资。…),
and an article's subheadings: short lines of their own between its paragraphs.

Parallelism is judged by shape alone: a shared opening or ending (the same verb, the same
head noun), a shared frame (守正是根基，… 创新是动力，… 惠民是目的，…) and comparable length.
No word list is involved, so it works on any topic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise, takewhile

from yaodian.extractors.members import tokens_of, verbs
from yaodian.extractors.text import (
    HAN,
    Paragraph,
    clauses,
    han_len,
    sentences,
    shorten,
    strip_punct,
)
from yaodian.markers import ANY_MARKER, CHOICE_OPTION

_HEADING_END = re.compile(r"[。！？!?]")
_CLAUSE_BREAK = re.compile(r"[，,；;：:]")
# a paragraph's opening clause, ended by a comma (坚持项目为王，经济运行回升向好)
_OPENING_CLAUSE = re.compile(r"([^，,；;：:]+)[，,]")
_OPENER_MAX = 12
# An opening clause longer than _OPENER_MAX heads a paragraph only as one that several share: an
# essay's points that each repeat its title (让数字之光照亮乡村振兴之路，要以产业为根，…).
_SHARED_OPENER_MAX = 20
_OPENER_MIN = 4  # an opening clause shorter than this heads a paragraph only as one that several share
_SHARED_SHORTEST = 2
# a sentence or ；-part: up to and with its break, or the rest after the last one
_SEGMENT = re.compile(r"[^。！？!?；;]*[。！？!?；;]|[^。！？!?；;]+")


@dataclass
class ParallelSet:
    lead: str
    items: list[str]
    context: list[str]
    line: int
    heading_level: bool  # True: paragraph headings; False: parts of one paragraph


def _starts_with_marker(text: str) -> bool:
    match = ANY_MARKER.match(text)
    return bool(match) and match.start() == 0


def common_prefix(texts: list[str]) -> str:
    """The longest start all texts share (the min and max strings bound every other one)."""
    if not texts:
        return ""
    low, high = min(texts), max(texts)
    size = 0
    while size < len(low) and low[size] == high[size]:
        size += 1
    return low[:size]


def common_suffix(texts: list[str]) -> str:
    return common_prefix([t[::-1] for t in texts])[::-1]


def _alike(texts: list[str]) -> bool:
    """Parallel openings: a shared start or end and similar lengths."""
    lengths = [han_len(t) for t in texts]
    if min(lengths) < 2 or max(lengths) > 24:
        return False
    short = max(lengths) <= 10
    prefix, suffix = common_prefix(texts), common_suffix(texts)
    if len(prefix) >= 2 or (short and len(prefix) >= 1 and len(texts) >= 3):
        return True
    return len(suffix) >= 2 and min(lengths) >= 0.5 * max(lengths)


def heading_sets(paragraphs: list[Paragraph], title: str) -> list[ParallelSet]:
    """Consecutive paragraphs opened by short parallel sentences (unnumbered headings), or by
    short parallel clauses that begin with the same words (坚持项目为王，…; 坚持工业强市，…) or
    share a frame (守正是根基，…; 创新是动力，…); paragraphs that all open with one clause take
    the clause after it (活化文化遗产，要以保护为前提，… 活化文化遗产，要以创新为动力，…); and an
    article's subheadings (see section_headings).

    A Markdown heading or list item is the outline's to take; a table's lists are table_sets'.
    """
    heads: list[tuple[int, str, str, bool] | None] = []
    for index, paragraph in enumerate(paragraphs):
        text = paragraph.text
        first = _HEADING_END.split(text, maxsplit=1)[0]
        head = None
        if paragraph.heading or paragraph.bullet or _starts_with_marker(text) or _cells(paragraph):
            pass  # (a table's row is table_sets')
        elif CHOICE_OPTION.match(text.lstrip()):
            # (an option of a choice question, A. 精准治污　B. 系统观念: the options of one question are
            # no set of points, and all but the answer are wrong)
            pass
        elif not _CLAUSE_BREAK.search(first):  # first: most first sentences have a comma
            if 4 <= han_len(first) <= 30 and (len(first) < len(text) - 1 or index > 0):
                head = (index, first, text[len(first) :].lstrip("。！？!? "), False)
        else:
            clause = _OPENING_CLAUSE.match(first)
            if clause and _SHARED_SHORTEST <= han_len(clause.group(1)) <= _SHARED_OPENER_MAX:
                head = (index, clause.group(1), text[clause.end() :], True)
        heads.append(head)
    found: list[ParallelSet] = []
    run: list[tuple[int, str, str, bool]] = []
    for head in [*heads, None]:
        if head is not None and (not run or _continues(run[-1], head)):
            run.append(head)
            continue
        shared = _shared_opening(run)
        if shared:
            run = [(i, clauses(rest)[0], rest, True) for i, _, rest, _ in run]
        if not shared and any(_short_opener(h) or _long_opener(h) for h in run):
            run = []
        if run and (shared or _is_set([h[1] for h in run], clauses_only=run[0][3])):
            first_index = run[0][0]
            lead = shared or _lead_before(paragraphs, first_index) or title
            found.append(
                ParallelSet(
                    lead=lead,
                    items=[h[1] for h in run],
                    context=[shorten(h[2]) for h in run],
                    line=paragraphs[first_index].line,
                    heading_level=True,
                )
            )
        run = [head] if head is not None else []
    found += _framed_apart(paragraphs, [h for h in heads if h is not None], found, title)
    return (
        found
        + run_in_paragraphs(paragraphs)
        + section_headings(paragraphs, title)
        + table_sets(paragraphs)
        + definition_sets(paragraphs)
        + glossary_sets(paragraphs)
    )


# A line that defines a term: the term, a colon, what it means (三大板块：总论、分论、结论；框架), as
# a glossary or a table read row by row writes it.
_DEFINITION = re.compile(r"([\u4e00-\u9fff“”]{2,8})[：:](.+)")
_DEFINITIONS = 3  # rows under the header at the least
_HEADER_CELL = 6  # a header row's cells after its first are labels this short (具体内容；对策关键词)
_CELL_BREAK = re.compile(r"[；;]")


def definition_sets(paragraphs: list[Paragraph]) -> list[ParallelSet]:
    """A table read row by row as definitions (see sources: 术语：内容；内容): under a header whose
    parts after the colon are all short labels (数字概念：具体内容；出处), three or more lines in a row
    that each define a term of their own (三大板块：总论、分论、结论；框架 / 三个事关：事关…；…):
    the terms are a set to recall, the header's first cell their name. (Lines of a form, 单位：…
    执笔：… 日期：…, or of a dialogue, 主持人：… 记者：…, have no such header.)"""
    found: list[ParallelSet] = []
    run: list[tuple[int, str]] = []
    for index, paragraph in enumerate([*paragraphs, None]):
        term = _defined_term(paragraph) if paragraph is not None else ""
        # (a row holds as many cells as the header at the least: a line after the table has fewer)
        cells = _CELL_BREAK.findall(paragraph.text) if paragraph is not None else []
        fewer = bool(run) and len(cells) < len(_CELL_BREAK.findall(paragraphs[run[0][0]].text))
        if term and term not in {t for _, t in run} and not fewer:
            run.append((index, term))
            continue
        if run and _is_header(paragraphs[run[0][0]].text) and len(run) > _DEFINITIONS:
            (_, lead), *rows = run
            found.append(
                ParallelSet(
                    lead=lead,
                    items=[term for _, term in rows],
                    context=[shorten(paragraphs[i].text) for i, _ in rows],
                    line=paragraphs[rows[0][0]].line,
                    heading_level=True,
                )
            )
        run = [(index, term)] if term else []
    return found


_GLOSSED_LEAST = 3  # lines in a row that each gloss a term of their own
_GLOSS_SHORTEST = 8  # Han characters of a gloss: a form's fields (单位：…局, 日期：…) say less
_GLOSS_BREAK = re.compile(r"[，,]")  # (prose: a list of names or keywords is set off by 、 or ；)
# A speaker's words say I, we or you, thank or ask: lines of a dialogue or a meeting's record
# (村支书小吴：我们村…; 主持人：谢谢…; 记者：请问…), not glosses.
_SPEECH = re.compile("[我咱俺您]|谢谢|请问")
_LEAD_LONGEST = 20  # a line before the glossed terms this short names them (“四风”是什么)


def glossary_sets(paragraphs: list[Paragraph]) -> list[ParallelSet]:
    """Lines in a row that each gloss a term of their own after a colon, in a sentence or more
    (形式主义：重形式轻内容、… 官僚主义：脱离实际、… 享乐主义：…): the terms are a set, named by
    the short line before them if there is one. A table's rows under a header are definition_sets';
    a dialogue's speakers come back (主持人：… 嘉宾：… 主持人：…) or talk to each other (我, 您, 谢谢),
    and a form's fields hold no prose."""
    found: list[ParallelSet] = []
    run: list[tuple[int, str]] = []
    for index, paragraph in enumerate([*paragraphs, None]):
        term = _glossed_term(paragraph) if paragraph is not None else ""
        if term and term not in {t for _, t in run}:
            run.append((index, term))
            continue
        if (
            len(run) >= _GLOSSED_LEAST
            and not _is_header(paragraphs[run[0][0]].text)
            and _comparable(run)
            and not any(_SPEECH.search(paragraphs[i].text) for i, _ in run)
        ):
            first = run[0][0]
            found.append(
                ParallelSet(
                    lead=_naming_line(paragraphs, first),
                    items=[term for _, term in run],
                    context=[shorten(paragraphs[i].text) for i, _ in run],
                    line=paragraphs[first].line,
                    heading_level=True,
                )
            )
        run = [(index, term)] if term else []
    return found


def _glossed_term(paragraph: Paragraph) -> str:
    """The term a line glosses in running words after its colon, clauses of them (a form's field
    holds a name, a date or a title: 讲者：…, 来文单位：…, 关键词：…), else ''."""
    term = _defined_term(paragraph)
    gloss = paragraph.text.partition("：" if "：" in paragraph.text else ":")[2]
    running = han_len(gloss) >= _GLOSS_SHORTEST and _GLOSS_BREAK.search(gloss.rstrip("。.！!；;"))
    return term if term and running else ""


def _comparable(run: list[tuple[int, str]]) -> bool:
    """Terms of comparable length: none more than twice as long as another."""
    lengths = [han_len(term) for _, term in run]
    return min(lengths) >= 1 and max(lengths) <= 2 * min(lengths)


def _naming_line(paragraphs: list[Paragraph], index: int) -> str:
    """The line before `index` when it is short and no sentence of running text: it names the set."""
    if index == 0:
        return ""
    text = paragraphs[index - 1].text.strip()
    short = han_len(text) <= _LEAD_LONGEST and not _SENTENCE_END.search(text.rstrip("？?：:"))
    return text.rstrip("：:") if short and not _defined_term(paragraphs[index - 1]) else ""


def _defined_term(paragraph: Paragraph) -> str:
    """The term a line defines (see _DEFINITION), '' for a line that is no definition or one the
    outline takes (a heading, a list item, a marked line)."""
    text = paragraph.text.strip()
    if _outlined(paragraph):
        return ""
    match = _DEFINITION.fullmatch(text)
    if match is None or han_len(match.group(2)) < 2:
        return ""
    return match.group(1)


def _outlined(paragraph: Paragraph) -> bool:
    """A heading, a list item or a marked line: the outline's to take, not these rules'."""
    return paragraph.heading or bool(paragraph.bullet) or _starts_with_marker(paragraph.text.strip())


def _is_header(text: str) -> bool:
    """Whether a definition line is a table's header: every part after its colon a short label."""
    rest = _DEFINITION.fullmatch(text.strip())
    parts = _CELL_BREAK.split(rest.group(2)) if rest else []
    return len(parts) >= 2 and all(
        1 <= han_len(part) <= _HEADER_CELL and not _NO_LABEL.search(part) for part in parts
    )


# What a header's label never holds: a series (、), a figure (3月5日), a field of its own (地点：三楼)
_NO_LABEL = re.compile(r"[、\d：:]")


# A run-in heading that opens a paragraph: a short sentence with no clause, quotation or bracket in
# it (健全上下贯通的组织体系。), the paragraph's text after it far longer.
_PARAGRAPH_RUN_IN = re.compile(r"[^，,、；;：:“”\"‘’（）()《》。！!？?]{4,16}[。！!]")
_RUN_IN_BODY = 2  # the text after a run-in heading is at least this many times as long as it
_JUDGEMENT = re.compile("是|为")  # a sentence that says what a thing is states, it does not head
# Nor does one that says how much or when (成绩来之不易。问题仍然不少。今天的会议很重要。): a run-in
# heading names a move (建强…, 织密…), a judgement of degree or a time's state opens a paragraph of prose.
_STATES = re.compile(
    r"很|非常|十分|特别|仍然|依然|不少|不易|偏[多少高低]|较为|更加|太"
    r"|^(?:[今去明前全近本][天年]|过去|当前|目前|现在|[春夏秋冬]天)"
)
# run-in headings of one length, in a row, enough to be written so rather than by chance
_IN_STEP_HEADS = 4


def run_in_paragraphs(paragraphs: list[Paragraph]) -> list[ParallelSet]:
    """Three or more paragraphs in a row that each open with a run-in heading (see _run_in_head),
    right under a heading (健全上下贯通的组织体系。县委是… 建强基层党组织战斗堡垒。基层党组织是…
    锻造忠诚干净担当的干部队伍。…), whose text is then the lead, or anywhere when four or more
    run-in headings are all of one length, written in parallel though they share no word (建强班子
    带队伍。… 办好实事暖民心。… 发展产业促增收。… 完善治理促和谐。…): a section's points, as a
    report heads its parts. (Alike openings are heading_sets' too.)"""
    found: list[ParallelSet] = []
    index = 0
    while index < len(paragraphs):
        above = paragraphs[index - 1] if index else None  # (a run may open the text: no heading then)
        heads = list(takewhile(bool, (_run_in_head(p) for p in paragraphs[index:])))
        end = index + len(heads)
        under_heading = above is not None and (above.heading or _starts_with_marker(above.text))
        in_step = len(heads) >= _IN_STEP_HEADS and len({han_len(head) for head in heads}) == 1
        if end - index >= 3 and (under_heading or in_step):
            found.append(
                ParallelSet(
                    lead=_heading_text(above) if under_heading and above is not None else "",
                    items=heads,
                    context=[shorten(p.text) for p in paragraphs[index:end]],
                    line=paragraphs[index].line,
                    heading_level=True,
                )
            )
        index = max(end, index + 1)
    return found


def _heading_text(paragraph: Paragraph) -> str:
    """A heading's words without its number (一、坚持党建引领 -> 坚持党建引领)."""
    marker = ANY_MARKER.match(paragraph.text)
    return strip_punct(paragraph.text[marker.end() if marker else 0 :])


def _run_in_head(paragraph: Paragraph) -> str:
    """The run-in heading a paragraph opens with: a short sentence of its own that names a point
    rather than states a judgement (no 是, 为), with far more text after it; '' else."""
    text = paragraph.text.strip()
    if _outlined(paragraph):
        return ""
    match = _PARAGRAPH_RUN_IN.match(text)
    if match is None or _JUDGEMENT.search(match.group()) or _STATES.search(match.group()):
        return ""
    head = strip_punct(match.group())
    if han_len(text) - han_len(head) < _RUN_IN_BODY * han_len(head):
        return ""
    return head


_CELL_BAR = re.compile(r"\s*[|｜]\s*")
_TABLE_ROWS = 3  # a header and two rows at least
_CAPTION_LONGEST = 30  # the line before a table that names it (专栏1 “十四五”…主要指标)


def table_sets(paragraphs: list[Paragraph]) -> list[ParallelSet]:
    """The lists a table of plain text holds (cells parted by bars, a header row first, every row
    as many cells): its first column of names, filled and distinct in every row (粮食综合生产能力
    （万吨）, 生猪出栏量（万头）, …), and a column before it that groups those rows, its cells
    left empty below each group's first (供给保障, 质量效益, …). Columns of figures or of
    repeated values (约束性, 预期性) are no list. The line before the table names them."""
    found: list[ParallelSet] = []
    run: list[tuple[int, list[str]]] = []
    for index, paragraph in enumerate([*paragraphs, None]):
        cells = _cells(paragraph) if paragraph is not None else None
        if cells is not None and (not run or len(cells) == len(run[-1][1])):
            run.append((index, cells))
            continue
        if len(run) >= _TABLE_ROWS:
            found += _table_lists(paragraphs, run)
        run = [(index, cells)] if cells is not None else []
    return found


def _cells(paragraph: Paragraph) -> list[str] | None:
    """A table row's cells (three or more), else None."""
    text = paragraph.text
    if paragraph.heading or paragraph.bullet or ("|" not in text and "｜" not in text):
        return None
    cells = _CELL_BAR.split(text.strip())  # (a row that opens with a bar: its first cell is empty)
    return cells if len(cells) >= 3 else None


def _table_lists(paragraphs: list[Paragraph], run: list[tuple[int, list[str]]]) -> list[ParallelSet]:
    (header_index, header), rows = run[0], run[1:]
    caption = paragraphs[header_index - 1].text.strip() if header_index else ""
    found = []
    for column, name in enumerate(header):
        cells = [cells[column] for _, cells in rows]
        named = [(i, cell) for (i, _), cell in zip(rows, cells, strict=True) if cell]
        items = [cell for _, cell in named]
        if len(items) < 2 or len(set(items)) < len(items) or any(han_len(cell) < 2 for cell in items):
            continue
        lead = name
        if (
            header_index
            and 2 <= han_len(caption) <= _CAPTION_LONGEST
            and _cells(paragraphs[header_index - 1]) is None
        ):
            lead = caption
        found.append(
            ParallelSet(
                lead=lead,
                items=items,
                context=[shorten(paragraphs[i].text) for i, _ in named],
                line=paragraphs[named[0][0]].line,
                heading_level=True,
            )
        )
        if len(items) == len(rows):
            break  # the column that names every row: the columns after it describe them
    return found


def _framed_apart(
    paragraphs: list[Paragraph], heads: list[tuple[int, str, str, bool]], found: list[ParallelSet], title: str
) -> list[ParallelSet]:
    """Three or more paragraphs a few apart (see _SECTION_GAP) whose opening clauses are built on
    one frame (see _framed): an essay's points, each followed by paragraphs that argue it (俯下身子
    听民声，… 只有走进楼栋院落，… 扑下身子解民忧，… 沉下心来谋长远，…). Sets of paragraphs in a row
    are heading_sets' own (`found`); openings that are no points (see _no_point) frame none; of
    runs of one set, the longest stands (a run of three inside one of four is not a set again).

    The clauses are grouped once by each inner character with its place, as _openings_apart
    groups a paragraph's sentences."""
    groups: dict[tuple[int, int, str], list[tuple[int, str, str, bool]]] = {}
    for head in heads:
        _, clause, _, is_clause = head
        if is_clause and _OPENER_MIN <= han_len(clause) <= _OPENER_MAX and not _no_point(clause):
            for k in range(1, len(clause) - 1):
                groups.setdefault((len(clause), k, clause[k]), []).append(head)
    taken = {item for s in found for item in s.items}
    sets: dict[tuple[int, ...], ParallelSet] = {}
    for group in groups.values():
        run: list[tuple[int, str, str, bool]] = []
        for head in [*group, None]:
            if head is not None and (not run or head[0] - run[-1][0] <= _SECTION_GAP + 1):
                run.append(head)
                continue
            texts = [h[1] for h in run]
            if len(run) >= 3 and len(set(texts)) == len(texts) and _framed(texts) and not taken & set(texts):
                sets[tuple(h[0] for h in run)] = ParallelSet(
                    lead=_lead_before(paragraphs, run[0][0]) or title,
                    items=texts,
                    context=[shorten(h[2]) for h in run],
                    line=paragraphs[run[0][0]].line,
                    heading_level=True,
                )
            run = [head] if head is not None else []
    return [sets[key] for key in sorted(sets) if not any(set(key) < set(other) for other in sets)]


def _shared_opening(run: list[tuple[int, str, str, bool]]) -> str:
    """The clause three or more paragraphs all open with, when each goes on with a clause of
    its own (活化文化遗产，要以保护为前提，…; 抓落实，首先要…; 这五年，是…的五年), else ''."""
    if len(run) < 3 or not run[0][3] or len({head for _, head, _, _ in run}) > 1:
        return ""
    if not all(clauses(rest) and han_len(clauses(rest)[0]) >= 4 for _, _, rest, _ in run):
        return ""
    return run[0][1]


def _short_opener(head: tuple[int, str, str, bool]) -> bool:
    """Whether a paragraph's opening clause is too short to head it alone (这五年，抓落实，): it heads
    a set only as the clause several paragraphs open with (see _shared_opening)."""
    return head[3] and han_len(head[1]) < _OPENER_MIN


# A line that is a subheading: no clause or sentence break inside it (、 ： “” may be).
_BREAK = re.compile(r"[，,。；;！!？?]")
_SENTENCE_END = re.compile(r"[。！？!?]")
_SECTION_GAP = 6  # paragraphs at most between two subheadings of one article
_SUBHEADING = (6, 25)  # its length in Han characters
_COUPLET_CLAUSE = 4  # Han characters each clause of a two-clause subheading holds at the least


def section_headings(paragraphs: list[Paragraph], title: str) -> list[ParallelSet]:
    """An article's subheadings: three or more short lines of their own, each between paragraphs
    of running text and a few paragraphs apart, of comparable length (建强组织　把支部建在网格上 …
    划细网格　让问题发现在一线 … 做实服务　把群众的事当自己的事). The words before a colon
    name a subheading that goes on after it (家庭养老床位：把“养老院”搬进家里)."""
    found: list[ParallelSet] = []
    group: list[tuple[int, str]] = []
    for index, text in [*_subheadings(paragraphs), (len(paragraphs) + _SECTION_GAP + 1, "")]:
        if group and index - group[-1][0] > _SECTION_GAP:
            group = _one_frame(group)
            lengths = [han_len(head) for _, head in group]
            if len(group) >= 3 and max(lengths) <= 2 * min(lengths):
                found.append(
                    ParallelSet(
                        lead=title,
                        items=_named_parts([head for _, head in group]),
                        context=[shorten(paragraphs[i + 1].text) for i, _ in group],
                        line=paragraphs[group[0][0]].line,
                        heading_level=True,
                    )
                )
            group = []
        group.append((index, text))
    return found


def _subheadings(paragraphs: list[Paragraph]) -> list[tuple[int, str]]:
    """The lines that stand as subheadings between paragraphs of running text (by index)."""
    found = []
    for index in range(1, len(paragraphs) - 1):
        paragraph = paragraphs[index]
        text = paragraph.text
        low, high = _SUBHEADING
        if paragraph.heading or paragraph.bullet or not low <= han_len(text) <= high:
            continue
        if _BREAK.search(text) and not _couplet(text) and not _framed_point(text):
            continue
        before, after = paragraphs[index - 1].text, paragraphs[index + 1].text
        framed = _running_text(before) and _running_text(after) and han_len(after) >= 2 * han_len(text)
        if framed and not _starts_with_marker(text) and not CHOICE_OPTION.match(text.lstrip()):
            found.append((index, text))
    return found


def _couplet(text: str) -> bool:
    """A subheading of two clauses of some length joined by one comma, no stop after them (以群众需求
    为导向，让数字治理更有温度): the first says the point, the second what it brings."""
    parts = re.split("[，,]", text)
    return (
        len(parts) == 2
        and not _BREAK.search("".join(parts))
        and all(han_len(part) >= _COUPLET_CLAUSE for part in parts)
    )


def _framed_point(text: str) -> bool:
    """A subheading of one sentence in three clauses (让老手艺焕发新活力，要在“育人”上下功夫，让技艺
    薪火相传。): the essay's frame, the point, what it brings. It stands in a set only with others
    that open with the same frame (see section_headings)."""
    parts = re.split("[，,]", text.rstrip("。！!"))
    return (
        len(parts) == _FRAMED_CLAUSES
        and not _BREAK.search("".join(parts))
        and all(han_len(part) >= _COUPLET_CLAUSE for part in parts)
    )


_FRAMED_CLAUSES = 3


def _one_frame(group: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A group of subheadings as it stands in a set: where some are framed points (see
    _framed_point), only those that open with the frame they share (not the title above them nor a
    line that only opens a note below); the group whole where none is."""
    frames = [_frame_of(head) for _, head in group if _framed_point(head)]
    if not frames:
        return group
    frame = max(set(frames), key=frames.count)
    return [(index, head) for index, head in group if _framed_point(head) and _frame_of(head) == frame]


def _frame_of(heading: str) -> str:
    return re.split("[，,]", heading, maxsplit=1)[0]


def _running_text(text: str) -> bool:
    return han_len(text) >= 20 and bool(_SENTENCE_END.search(text))


def _named_parts(headings: list[str]) -> list[str]:
    """What each subheading names: its words before a colon, or a couplet's first clause (以群众需求为
    导向，让…), its second where every subheading opens with the same clause (坚定文化自信，要守好…;
    让老手艺焕发新活力，要在“育人”上下功夫，让技艺薪火相传。)."""
    split = [re.split("[，,]", heading.rstrip("。！!")) for heading in headings]
    shared = len({parts[0] for parts in split}) == 1
    return [_named_part(parts[1] if shared and len(parts) > 1 else parts[0]) for parts in split]


def _named_part(heading: str) -> str:
    name, colon, _ = heading.partition("：") if "：" in heading else heading.partition(":")
    return name.strip() if colon and han_len(name) >= 2 else heading


def _long_opener(head: tuple[int, str, str, bool]) -> bool:
    """Whether a paragraph's opening clause is too long to head it alone (see _SHARED_OPENER_MAX)."""
    return head[3] and han_len(head[1]) > _OPENER_MAX


def _continues(last: tuple[int, str, str, bool], head: tuple[int, str, str, bool]) -> bool:
    """Parallel with the heading before it: sentences alike, or clauses that open with the same
    two characters (see _is_set), or either built on one frame (see _framed); a long opening clause
    continues only the same clause."""
    if head[3] != last[3]:
        return False
    if (_long_opener(head) or _long_opener(last)) and head[1] != last[1]:
        return False
    if head[3]:
        return head[1][:2] == last[1][:2] or _framed([last[1], head[1]])
    # (heads of one frame, 以自治增活力。… 以法治强保障。…, share a character inside, not their start)
    return _alike([last[1], head[1]]) or _framed([last[1], head[1]])


def _framed(texts: list[str]) -> bool:
    """Clauses of one length built on one frame: the same character at the same place inside
    them, after a place where each has a character of its own (守正是根基, 创新是动力, 惠民是目的;
    the frame may open them too: 以守正为根, 以创新为要, 以共享为本). Clauses that only open
    alike (全会指出, 全会强调) share no character after their own words; a column of digits is no
    words of their own (2019年的春天, 2020年的夏天: the years of a story)."""
    size = len(texts[0])
    if size < 4 or any(len(text) != size for text in texts):
        return False
    apart = False
    for k in range(size - 1):  # (the last character is no frame's: 建设 and 创新 may both end 新)
        column = {text[k] for text in texts}
        if apart and len(column) == 1 and HAN.match(texts[0][k]):
            return True
        apart = apart or (len(column) == len(texts) and all(HAN.match(char) for char in column))
    return False


def _is_set(heads: list[str], clauses_only: bool) -> bool:
    """Parallel headings: two alike or three in a row. Opening clauses take three that begin with
    the same words and go on with words of their own (坚持项目为王, 坚持工业强市, 坚持创新驱动;
    not 全会认为, 全会强调, 全会指出), a word of two characters when that is no verb (法官进网格,
    法官进调委会, 法官进行业协会; not 习近平指出, 习近平强调)."""
    if clauses_only:
        shared = common_prefix(heads)
        prefix = han_len(shared)
        if len(heads) >= 3 and _framed(heads):
            return True
        own = [h[len(shared) :] for h in heads]
        return (
            len(heads) >= 3
            and prefix >= 2
            and all(han_len(o) >= 3 or (han_len(o) == 2 and o not in verbs()) for o in own)
        )
    return (len(heads) >= 2 and _alike(heads)) or len(heads) >= 3


def _lead_before(paragraphs: list[Paragraph], index: int) -> str:
    if index == 0:
        return ""
    previous = paragraphs[index - 1].text.rstrip()
    if previous.endswith((":", "：")):
        parts = clauses(previous)
        return parts[-1] if parts else ""
    return ""


def sentence_sets(paragraphs: list[Paragraph]) -> list[ParallelSet]:
    """Three or more consecutive sentences (or ；-parts) of one paragraph with parallel openings;
    three or more run-in headings of one paragraph (see run_in_headings)."""
    found: list[ParallelSet] = []
    for paragraph in paragraphs:
        run_in = run_in_headings(paragraph)
        if run_in is not None:
            found.append(run_in)
        # sentences of the paragraph, and ；-parts of a sentence, as one flat list (by one findall,
        # not a split after each break, which tries its look-behind at every position)
        pieces = _SEGMENT.findall(paragraph.text)
        if len(pieces) < 3:
            continue  # fewer than three even before the empty ones are dropped
        segments = [s for s in pieces if strip_punct(s)]
        if len(segments) < 3:
            continue
        openings = [(clauses(s) or [""])[0] for s in segments]
        i = 0
        while i < len(segments):
            j = i + 1
            while j < len(segments) and _alike(openings[i : j + 1]):
                j += 1
            if j - i < 3:
                j = max(j, _one_word_run(openings, i))
            start, lead = i, ""
            # the first member may follow a lead inside its sentence: 推动…，应当强化力量配备；强化重点任务；…
            if j - i < 3 and i + 2 < len(segments):
                k = i + 1
                while k < len(segments) and _alike(openings[i + 1 : k + 1]):
                    k += 1
                anchor = common_prefix(openings[i + 1 : k])
                if k - (i + 1) >= 2 and len(anchor) >= 2 and anchor in segments[i]:
                    cut = segments[i].index(anchor)
                    head = segments[i][cut:]
                    lead = strip_punct(segments[i][:cut])
                    openings[i] = clauses(head)[0]
                    segments[i] = head
                    j = k
            if j - start >= 3 and not any(_starts_with_marker(s) for s in segments[start:j]):
                if not lead and start > 0:
                    lead = (
                        strip_punct(clauses(segments[start - 1])[0]) if clauses(segments[start - 1]) else ""
                    )
                found.append(
                    ParallelSet(
                        lead=lead,
                        items=[strip_punct(o) for o in openings[start:j]],
                        context=[shorten(strip_punct(s)) for s in segments[start:j]],
                        line=paragraph.line,
                        heading_level=False,
                    )
                )
                i = j
            else:
                i += 1
        found += _openings_apart(paragraph, segments, openings, found)
    return found


_APART_OPENING = (3, 8)  # Han characters of an opening clause that frames a point (从历史维度看)
_APART_SHARED = 2  # characters alike openings share at their start or their end (see _alike)
# A date or a count an opening starts with (2021年以来, 第一季度, 三个月来, 十年来), or a year or a month
# in it (截至3月底, 到二〇三五年): such openings tell a course of time or a tally, and are alike by
# their numbers' shape, not points a paragraph develops. A count inside a word of its own (百年大计,
# 千年大计) is no date, and an ordinal with a noun of aspect (从第一个层面看) frames a point: they pass.
_NUMBERED_OPENING = re.compile(
    r"^(?:[\d０-９]|第?[〇零一二两三四五六七八九十百千万]+个?(?:年|月|日|号|天|周|季度|世纪)"
    r"(?:来|以来|前|后|间|里|中|内|底|初|末|$))"
    r"|[\d０-９]\s*[年月]|[〇零一二三四五六七八九]{4}年|(?<![个第])(?:十[一二]|[一二三四五六七八九十])月"
)


# A speaker's words before what they said (村民王大爷说, 专家表示, 他指出): a quotation follows, not a point.
_SPEAKER = re.compile(r"(?:说|表示|指出|强调|介绍|坦言|认为|谈到|感慨|回忆)道?$")
# A first word that refers back to what was said: one holding 此 (与此同时, 除此之外, 由此可见, 为此,
# 因此), a demonstrative of manner (这样, 这种, 那样) or a word of likeness (类似, 同样): an opening
# that starts with one links to the text around it and says nothing of its own. Other conjunctions
# and pronouns open points of their own (只有坚持…，才能…; 我们要…), so they pass.
_REFERS_BACK = re.compile(r"此|^[这那](?:样|种|般|么)|^(?:类似|同样|同理|相应|相似)")


def _no_point(opening: str) -> bool:
    """Whether an opening clause is no point a text develops however alike its fellows are: a date
    or count (see _NUMBERED_OPENING), a first word that refers back (see _REFERS_BACK) or a speaker
    (see _SPEAKER)."""
    tokens = tokens_of(opening)
    return bool(
        _NUMBERED_OPENING.search(opening)
        or _SPEAKER.search(opening)
        or (tokens and _REFERS_BACK.search(tokens[0]))
    )


def _openings_apart(
    paragraph: Paragraph, segments: list[str], openings: list[str], found: list[ParallelSet]
) -> list[ParallelSet]:
    """Three or more sentences of one paragraph, other sentences between them, whose short opening
    clauses are alike or built on one frame (see _framed), each its own (从理论逻辑看，…。…。从历史
    逻辑看，…。…。从实践逻辑看，…; 沉得下身子，…。…。扛得起责任，…。…。守得住初心，…): the
    points the paragraph develops one by one. None where a run of the paragraph already holds them,
    nor for openings that hold a date or a number (see _NUMBERED_OPENING).

    The openings are grouped once by the characters they start and end with and by each inner
    character with its place (a dict each), so a paragraph of many sentences costs one pass, not
    one per pair of sentences."""
    low, high = _APART_OPENING
    taken = {item for s in found if s.line == paragraph.line for item in s.items}
    groups: dict[tuple[str | int, ...], list[int]] = {}
    for i, (segment, opening) in enumerate(zip(segments, openings, strict=True)):
        if (
            low <= han_len(opening) <= high
            and han_len(segment) > han_len(opening) + 2
            and not _no_point(strip_punct(opening))
        ):
            groups.setdefault(("start", opening[:_APART_SHARED]), []).append(i)
            groups.setdefault(("end", opening[-_APART_SHARED:]), []).append(i)
            if not _starts_with_marker(segment):  # (一是…二是…: the ordinals' frame is the outline's)
                for k in range(1, len(opening) - 1):  # each place a frame's character may stand (see _framed)
                    groups.setdefault(("frame", len(opening), k, opening[k]), []).append(i)
    runs = [
        run for run in groups.values() if _points_apart(run, [strip_punct(openings[k]) for k in run], taken)
    ]
    if not runs:
        return []
    run = max(sorted(runs), key=len)  # the longest: a run that is a prefix of another sorts first
    return [
        ParallelSet(
            lead="",
            items=[strip_punct(openings[k]) for k in run],
            context=[shorten(strip_punct(segments[k])) for k in run],
            line=paragraph.line,
            heading_level=False,
        )
    ]


def _points_apart(run: list[int], heads: list[str], taken: set[str]) -> bool:
    """Whether the openings of the sentences at `run` are three points or more of their own: alike
    or framed, none twice, none right after another, none a set already holds."""
    return (
        len(run) >= 3
        and len(set(heads)) == len(heads)
        and (_alike(heads) or _framed(heads))
        and all(later - earlier > 1 for earlier, later in pairwise(run))
        and not taken & set(heads)
    )


def _one_word_run(openings: list[str], start: int) -> int:
    """Where a run of three or more openings from `start` ends whose shared opening is a word of
    one character of its own in each (要全面落实…。要严格落实…。要加快…。: sentences of one
    directive), else `start`."""
    first = openings[start][:1]
    if not HAN.match(first) or first in _CONNECTIVES:
        return start
    end = start
    while (
        end < len(openings)
        and 4 <= han_len(openings[end]) <= 24
        and (tokens := tokens_of(openings[end]))
        and tokens[0] == first
        and len(tokens) >= 3
    ):
        end += 1
    return end if end - start >= 3 else start


# Words of one character that join sentences rather than open points (既…，又…: a pair to weigh).
_CONNECTIVES = "既又也但而"


# a run-in heading: a short sentence of a few words, no clause inside it (大力提振消费。)
_RUN_IN = re.compile(r"[^，,、；;：:“”\"‘’（）()《》]{4,12}[。！!]")
_RUN_IN_SENTENCES = 4  # the opening sentence and three headings, each but the last with its text


def run_in_headings(paragraph: Paragraph) -> ParallelSet | None:
    """Short sentences inside a paragraph that each head the longer sentences after them, as a
    report heads the parts of a section (…持续用力。大力提振消费。实施…。扩大有效投资。…), when
    there are three or more; the paragraph's opening sentence is its own heading and the lead.
    """
    if paragraph.text.count("。") + paragraph.text.count("！") < _RUN_IN_SENTENCES:
        return None  # (most paragraphs: too few sentences to hold an opening and three headings)
    parts = [s.strip() for s in sentences(paragraph.text) if strip_punct(s)]
    heads = [
        strip_punct(sentence)
        for sentence, following in pairwise(parts[1:])
        if _RUN_IN.fullmatch(sentence)
        and 4 <= han_len(sentence) <= 12
        and han_len(following) >= 2 * han_len(sentence)
        and not _starts_with_marker(sentence)
    ]
    if len(heads) < 3:
        return None
    opening = parts[0]
    marker = ANY_MARKER.match(opening)
    return ParallelSet(
        lead=strip_punct(opening[marker.end() if marker else 0 :]),
        items=heads,
        context=[],
        line=paragraph.line,
        heading_level=False,
    )
