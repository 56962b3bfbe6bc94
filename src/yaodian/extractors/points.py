"""An essay's 分论点: the points a 申论 answer or a model essay argues, each the short clause that opens
one of its body paragraphs (筑牢安全之“堤”，… / 激发创新之“力”，… / 厚植人才之“基”，…).

Such an essay states its thesis in an opening paragraph, then gives three to five paragraphs that each
open with a point of one make, then closes; a learner recites the points as a set. The points carry no
number (a numbered run, 一是… / 首先…, is outline.py's), so they are told by their place and their
shape alone: the same number of characters and a character they share in the same place (坚持…,
…之“X”, 以…为本). In an exam's essay (its title or a label names the exam: 申论, 遴选, 参考答案, 范文, 议论文),
a genre cut to one pattern, three shapes more are points:
- points that all open with the same clause (优化营商环境，要在“放”上做减法 / …要在“管”上求精准), told
  by the clause after it, under that clause;
- points of one length that share no character (做大“蛋糕” / 分好“蛋糕” / 补齐短板 / 丰富精神), where
  each is a short lead sentence, a point stated and no more, that the paragraph then argues;
- points printed on lines of their own, one short sentence each, with their prose under them.
What this module does not do: a speech's, a report's or a 心得's paragraphs of these shapes are left to
the headings and the outline (paragraphs of one length are no set there without a shared character).
"""

from __future__ import annotations

import re

from yaodian.extractors.boilerplate import is_body
from yaodian.extractors.exam import MODEL_ESSAY
from yaodian.extractors.parallel import ParallelSet
from yaodian.extractors.text import CLAUSE_BREAKS, Paragraph, han_len, shorten, strip_punct, words
from yaodian.markers import ANY_MARKER

# a paragraph's opening clause: what stands before its first break
_OPENING = re.compile(f"([^{CLAUSE_BREAKS}]+)[{CLAUSE_BREAKS}]")
_POINT_LENGTH = range(4, 21)  # Han characters: a point is a phrase or a short sentence, no clause of 2
_POINTS = range(3, 6)  # an essay argues three to five points
# An ordinal with a counter (第一张…, 第二项…), which ANY_MARKER, reading 第一，/第一个 as a list's marks,
# lets pass: a count of things, not a point
_COUNTED_OPENING = re.compile(r"\s*第[一二三四五六七八九十\d]")
# A clause that frames what follows rather than stating a point: reported speech (会议指出, 我们看到),
# a viewpoint (从历史上看) or an ordinal (信号之一)
_FRAME = re.compile(r"(?:指出|强调|要求|认为|表示|提出|看到|[看说]|之[一二三四五])$")
# A clause that sets a time or links to what came before (今年以来, 截至目前, 与此同时, 通过此次学习,
# 对照先进典型): a news story's or a 心得's paragraphs open so, stating no point
_CONNECTIVE = re.compile(
    r"(?:以来|之前|以后|期间|目前|当前|如今|现在)$|^(?:截至|截止|与此同时|同时|另一方面|此外|另外|总之|"
    r"总而言之|综上|通过|对照|结合|作为|据|随着|围绕|针对|对于|关于)"
)


def essay_points(paragraphs: list[Paragraph], title: str = "") -> list[ParallelSet]:
    """The runs of three to five body paragraphs in a row that each open with a point of the same
    length (see _point), between a paragraph before them (the thesis) and one after (the close): each
    with the line over them that reads as the essay's headline (or ""), and the paragraphs they open
    as its context. `title`, the document's, may name the exam the essay answers (see _names_the_exam).

    A document that names an exam and whose title is of no other genre too (see _NO_ESSAY_TITLE) is
    an exam's essay, which states its points in lead sentences of one length without sharing a word
    (做大“蛋糕” / 分好“蛋糕” / 补齐短板: see _told_by_their_second_clause)."""
    named = _names_the_exam(title, paragraphs)
    searched_from = _answers_start(paragraphs) if named else 0
    exam = named and not _NO_ESSAY_TITLE.search(title)
    points = [_point(paragraph) or (_topic_led_point(paragraph) if exam else "") for paragraph in paragraphs]
    heads = _told_by_their_second_clause(paragraphs, points, searched_from) if exam else {}
    sets: list[ParallelSet] = []
    covered: set[int] = set()  # (the paragraphs whose points a set holds)
    start = searched_from
    while start < len(paragraphs):
        end = start
        while (
            end < len(paragraphs)
            and points[end]
            and han_len(points[end]) == han_len(points[start])
            and points[end] not in points[start:end]
        ):
            end += 1
        if found := _points_between(paragraphs, points, start, end, exam):
            first, last = found
            covered.update(range(first, last))
            sets.append(
                ParallelSet(
                    heads.get(first) or _lead_over(paragraphs, first),
                    points[first:last],
                    [shorten(p.text) for p in paragraphs[first:last]],
                    paragraphs[first].line,
                    heading_level=True,  # each point opens a paragraph of its own
                )
            )
        start = max(end, start + 1)
    if exam:
        sets += _lead_sentence_points(paragraphs, points, searched_from, covered)
    return sets + (_line_points(paragraphs, searched_from) if exam else [])


def _line_points(paragraphs: list[Paragraph], searched_from: int = 0) -> list[ParallelSet]:
    """An exam essay's points printed on lines of their own, each a short lead sentence with its prose
    in the paragraphs under it (织密网格，让治理触角延伸到“最后一米”。 then its argument): the runs of
    three to five such lines whose points are of one length, with nothing but prose between them and
    the thesis right over the first. The essay's genre makes them its points whatever words they share
    (织密网格 / 数字赋能 / 多元共治); outside an exam's essay such lines are left to the headings.
    Only lines from `searched_from` on are read (see _answers_start)."""
    point_lines = {
        index: point
        for index in range(searched_from, len(paragraphs))
        if (point := _point_line(paragraphs, index))
    }
    sets: list[ParallelSet] = []
    run: list[int] = []
    for index in [*point_lines, -1]:
        if (
            index >= 0
            and run
            and index - run[-1] <= _PROSE_UNDER_A_POINT + 1
            and han_len(point_lines[index]) == han_len(point_lines[run[0]])
            and all(is_body(p.text) for p in paragraphs[run[-1] + 1 : index])
        ):
            run.append(index)
            continue
        items = [point_lines[at] for at in run]
        if len(run) in _POINTS and len(set(items)) == len(items) and is_body(paragraphs[run[0] - 1].text):
            sets.append(
                ParallelSet(
                    _lead_over(paragraphs, run[0]),
                    items,
                    [shorten(paragraphs[at].text) for at in run],
                    paragraphs[run[0]].line,
                    heading_level=True,
                )
            )
        run = [index]
    return sets


def _lead_sentence_points(
    paragraphs: list[Paragraph], points: list[str], searched_from: int, covered: set[int]
) -> list[ParallelSet]:
    """An exam essay's points stated in lead sentences of two clauses whose second clauses are of one
    length and one make, where the first ones are not of one length (以人民为中心，让城市治理更有“温度”。 / 以共建共治共享
    为路径，让城市治理更有“力度”。): the runs of three to five such paragraphs in a row, between the thesis
    and the close, none of them `covered` by a set found already; each point is its lead sentence
    whole, as the essay states it (the first clause alone is of no length the others share, and the
    second alone repeats the frame: neither is the point). A sentence that tells a finished deed (村里
    修通了水泥路，群众出行更方便了。) opens an example, not a point. Only paragraphs from `searched_from` on."""
    leads = [
        lead
        if index >= searched_from
        and index not in covered
        and points[index]  # (an opening of a point's shape: no number, frame nor connective)
        and (lead := _TWO_CLAUSE_LEAD.match(paragraph.text.strip()))
        and han_len(lead[0]) <= _LEAD_SENTENCE_LENGTH
        and "了" not in words(lead[0])  # (the particle of a finished deed, not 为了 or 了解)
        else None
        for index, paragraph in enumerate(paragraphs)
    ]
    sets: list[ParallelSet] = []
    start = searched_from
    while start < len(paragraphs):
        end = start
        while (
            end < len(paragraphs)
            and (lead := leads[end]) is not None
            and (first := leads[start]) is not None
            and han_len(lead[2]) == han_len(first[2])
        ):
            end += 1
        run = [lead for lead in leads[start:end] if lead is not None]
        if (
            len(run) in _POINTS
            and _of_one_make([lead[2] for lead in run])
            and len({lead[2] for lead in run}) == len(run)
            and _bounded(paragraphs, [(start, end)])
        ):
            sets.append(
                ParallelSet(
                    _lead_over(paragraphs, start),
                    [strip_punct(lead[0]) for lead in run],
                    [shorten(p.text) for p in paragraphs[start:end]],
                    paragraphs[start].line,
                    heading_level=True,
                )
            )
        start = max(end, start + 1)
    return sets


# A lead sentence of two clauses: the first, the comma, the second, the full stop
_TWO_CLAUSE_LEAD = re.compile(f"([^{CLAUSE_BREAKS}]+)[，,]([^{CLAUSE_BREAKS}]+)[。！!]")
# How many paragraphs of prose a point printed on its own line may have under it
_PROSE_UNDER_A_POINT = 3
# A point on a line of its own: one sentence of two clauses at most, the point and what it aims at
# (数字赋能，让治理效能实现“乘数倍增”。)
_POINT_LINE = re.compile(f"([^{CLAUSE_BREAKS}]+)[，,]([^{CLAUSE_BREAKS}]+)[。！!]?")


def _point_line(paragraphs: list[Paragraph], index: int) -> str:
    """The point that paragraphs[index] states on a line of its own (see _POINT_LINE), no number or
    mark before it, no frame or connective, with prose under it; else ""."""
    text = paragraphs[index].text.strip()
    line = _POINT_LINE.fullmatch(text)
    if (
        line is None
        or index < 1
        or index + 1 >= len(paragraphs)
        or not is_body(paragraphs[index + 1].text)
        or han_len(text) > _LEAD_SENTENCE_LENGTH
        or ANY_MARKER.match(text)
        or _COUNTED_OPENING.match(text)
        or han_len(line[1]) not in _POINT_LENGTH
        or _FRAME.search(line[1].strip())
        or _CONNECTIVE.search(line[1].strip())
    ):
        return ""
    return strip_punct(line[1])


def _points_between(
    paragraphs: list[Paragraph], points: list[str], start: int, end: int, exam: bool = False
) -> tuple[int, int] | None:
    """The points among the run of openings of one length paragraphs[start:end]: the run, between a body
    paragraph before it (the thesis) and one after (the close), where it holds three to five points of
    one make (see _of_one_make). A run that is of no one make may hold the thesis or the close at its
    edge (一方水土养一方人，…, as long as the points): it is tried without its first or last member.
    A run of one make stays whole (six of them are no essay's points), except at the text's edges.
    In an exam's essay, where no points of one make stand, short lead sentences will do (see
    _lead_sentences_only), before a close of prose (see _closes_an_essay). None where no points stand."""
    if _of_one_make(points[start:end]):
        return _bounded(paragraphs, [(max(start, 1), min(end, len(paragraphs) - 1))])
    tries = [(start, end - 1), (start + 1, end), (start + 1, end - 1)]
    found = _bounded(paragraphs, [(first, last) for first, last in tries if _of_one_make(points[first:last])])
    if found or not exam:
        return found
    return _bounded(
        paragraphs,
        [
            (first, last)
            for first, last in [(start, end), *tries]
            if last < len(paragraphs)
            and _lead_sentences_only(paragraphs[first:last])
            and _closes_an_essay(paragraphs[last].text)
        ],
    )


def _bounded(paragraphs: list[Paragraph], tries: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first of `tries` (paragraphs[first:last]) that holds three to five points between a body
    paragraph before (the thesis) and one after (the close); None where none does."""
    for first, last in tries:
        if (
            first >= 1
            and last < len(paragraphs)
            and last - first in _POINTS
            and is_body(paragraphs[first - 1].text)
            and is_body(paragraphs[last].text)
        ):
            return first, last
    return None


def _of_one_make(points: list[str]) -> bool:
    """Whether the points (of one length) share a character in the same place: an essay's points are cut
    to one pattern (坚持系统观念 / 坚持守正创新, 安全之“堤” / 创新之“力”), where the openings of a
    story's paragraphs that happen to be of one length share none."""
    hans = [[c for c in point if "\u4e00" <= c <= "\u9fff"] for point in points]
    # (han_len counts a few characters outside this range, 〇: the places compared are those all have)
    return bool(hans) and any(len(set(place)) == 1 for place in zip(*hans, strict=False))


# A title or a label that names the exam an essay answers: its paper (申论, 遴选, 笔试, 真题), the
# essay's task (议论文, 大作文) or the model's label (参考答案, 范文 as a word: MODEL_ESSAY, 分论点)
_EXAM = re.compile(
    rf"申论|遴选|公考|笔试|真题|给定资料|作答要求|参考答案|{MODEL_ESSAY}|例文|议论文|大作文|分论点"
)
# A title of a genre that may name the exam and still is no essay: a 心得, a summary, a speech, a
# writing guide (学习申论写作技巧心得体会, 申论大作文备考指南)
_NO_ESSAY_TITLE = re.compile(r"心得|体会|总结|讲话|发言|指南|攻略|技巧|备考")
# An exam paper's parts before its answers: its material (给定资料1, 资料二) and its questions
# (作答要求, 问题一); no essay's points stand among them
_PAPER_PART = re.compile(
    r"^\s*(?:给定资料|资料\s*[\d一二三四五六七八九十]|作答要求|问题\s*[\d一二三四五六七八九十])"
)
# The label that opens the answers (第五题参考答案, 参考范文, 范文一：)
_ANSWER_LABEL = re.compile(rf"参考答案|{MODEL_ESSAY}|例文")
# A lead sentence that states a point and no more: a line's worth of Han characters up to its full stop
# (做大“蛋糕”，夯实共同富裕的物质基础。); a paragraph of news or of an exam's material opens with a
# longer account (2022年以来，A市以…推动…改革。)
_LEAD_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]")
_LEAD_SENTENCE_LENGTH = 24


def _is_label_line(text: str) -> bool:
    """Whether a line works as a label or a heading: short, no prose, no sentence's full stop."""
    return not is_body(text) and han_len(text) <= 30 and not re.search("[。！？!?]", text)


def _names_the_exam(title: str, paragraphs: list[Paragraph]) -> bool:
    """Whether the document names an exam in its title or a label line (see _EXAM), where prose that
    mentions one (认真清理规范文件, 今年高考考生…) names none."""
    return bool(_EXAM.search(title)) or any(
        _is_label_line(p.text) and _EXAM.search(p.text) for p in paragraphs
    )


def _answers_start(paragraphs: list[Paragraph]) -> int:
    """Where an exam's essay's points may be sought: the first paragraph, or, in a paper that prints its
    material and questions (see _PAPER_PART), the one after the first answer label past them (第五题参考范文),
    and none (the text's end) where no answer follows. The material's paragraphs may be cut to one
    pattern (甲村办起了合作社。/ 乙村修好了老祠堂。) and are no essay's points."""
    labels = [index for index, p in enumerate(paragraphs) if _is_label_line(p.text)]
    parts = [index for index in labels if _PAPER_PART.match(paragraphs[index].text)]
    if not parts:
        return 0
    answers = [
        index for index in labels if index > parts[-1] and _ANSWER_LABEL.search(paragraphs[index].text)
    ]
    return answers[0] + 1 if answers else len(paragraphs)


# A label that opens an answer key's note after a model essay (【写作思路】, 【解析】, 阅卷要点：)
_LABEL_OPENING = re.compile(r"\s*(?:【[^】]{1,10}】|[\u4e00-\u9fff]{2,6}[：:])")


def _closes_an_essay(text: str) -> bool:
    """Whether a paragraph may be the close after an exam essay's points: prose of the essay's own,
    not a note the answer key labels (【写作思路】本题立意…), which would make its last point the close."""
    return not _LABEL_OPENING.match(text)


def _lead_sentences_only(paragraphs: list[Paragraph]) -> bool:
    """Whether each paragraph opens with a short sentence (_LEAD_SENTENCE_LENGTH Han characters at most)
    that its prose then argues: an exam essay's points, 对仗 or of one frame, whatever words they share."""
    for paragraph in paragraphs:
        lead = _LEAD_SENTENCE.match(paragraph.text.strip())
        if lead is None or han_len(lead[0]) > _LEAD_SENTENCE_LENGTH:
            return False
    return True


def _told_by_their_second_clause(
    paragraphs: list[Paragraph], points: list[str], searched_from: int = 0
) -> dict[int, str]:
    """Where three to five paragraphs in a row open with the same clause (优化营商环境，…), each of
    their points is the clause after it (要在“放”上做减法 / 要在“管”上求精准), where those are of one
    length and one make: `points` so changed, and the clause they share, by paragraph. An essay that
    sets its topic at the head of each point tells the points apart by what follows, and the learner
    recites that under the topic. Only paragraphs from `searched_from` on are read."""
    heads: dict[int, str] = {}
    start = searched_from
    while start < len(points):
        end = start
        while end < len(points) and points[start] and points[end] == points[start]:
            end += 1
        seconds = [_second_clause(paragraph) for paragraph in paragraphs[start:end]]
        if (
            end - start in _POINTS
            and all(seconds)
            and len({han_len(second) for second in seconds}) == 1
            and _of_one_make(seconds)
        ):
            heads.update((index, points[index]) for index in range(start, end))
            points[start:end] = seconds
        start = max(end, start + 1)
    return heads


# a paragraph's two opening clauses, up to the break after the second
_TWO_CLAUSES = re.compile(f"[^{CLAUSE_BREAKS}]+[{CLAUSE_BREAKS}][^{CLAUSE_BREAKS}]+[{CLAUSE_BREAKS}]")


def _second_clause(paragraph: Paragraph) -> str:
    """The clause after a paragraph's opening one, of _POINT_LENGTH Han characters; else ""."""
    found = _TWO_CLAUSES.match(paragraph.text.strip())
    opening = _OPENING.match(found[0]) if found else None
    if found is None or opening is None:
        return ""
    second = strip_punct(found[0][opening.end() :])
    return second if han_len(second) in _POINT_LENGTH else ""


def _point(paragraph: Paragraph) -> str:
    """The point a body paragraph opens with: its opening clause, of _POINT_LENGTH Han characters, no
    number or mark before it, no frame or connective; "" where it opens with none. (A body paragraph
    is of 30 Han characters at least, so a point of 20 at most always has prose after it.)"""
    text = paragraph.text.strip()
    opening = _OPENING.match(text)
    if (
        opening is None
        or not is_body(text)
        or ANY_MARKER.match(text)
        or _COUNTED_OPENING.match(text)
        or han_len(opening[1]) not in _POINT_LENGTH
        or _FRAME.search(opening[1].strip())
        or _CONNECTIVE.search(opening[1].strip())
    ):
        return ""
    return strip_punct(opening[1])


# A lead sentence of two clauses whose first names the point's topic in a word (减负，要在精简文会上做
# “减法”。 / 赋能，要在下放权力上做“加法”。): the topic, the comma, the rest, the full stop
_TOPIC_LED = re.compile(f"([^{CLAUSE_BREAKS}]+)[，,]([^{CLAUSE_BREAKS}]+)[。！!]")
_TOPIC_LENGTH = range(2, 4)  # Han characters: a word (减负, 赋能, 长效), too short for a point alone
# What the claim after the topic opens with: what must be done (要在…, 必须…, 重在…); a story's place
# or person (青川县，地处…; 张华，…一名驻村第一书记) goes on otherwise.
_CLAIM = re.compile(r"\s*(?:要|须|必须|就要|应|应当|重在|贵在|关键在)")
# A first clause that links to what came before rather than naming a topic (为此, 因此, 可见, 然而,
# 事实上, 实践中, 历史上), which _CONNECTIVE does not hold: a pronoun's 此, a frame's 上 or 中
_LINK = re.compile(r"^(?:可见|然而|但是|不过|所以|因而|于是|其实|当然|首先|其次|再次|最后)$|[此上中]$")


def _topic_led_point(paragraph: Paragraph) -> str:
    """The point a body paragraph of an exam's essay opens with where its opening clause is a topic
    word (see _TOPIC_LED) and its claim says what must be done (see _CLAIM): the lead sentence, topic
    and claim, of _POINT_LENGTH Han characters in all. An answer's 分论点 are often so cut (减负，要在…
    做“减法” / 赋能，要在…做“加法”), and the topic word alone says nothing to recall; else ""."""
    text = paragraph.text.strip()
    lead = _TOPIC_LED.match(text)
    if (
        lead is None
        or not is_body(text)
        or ANY_MARKER.match(text)
        or han_len(lead[1]) not in _TOPIC_LENGTH
        or not _CLAIM.match(lead[2])
        or han_len(lead[0]) not in _POINT_LENGTH
        or _CONNECTIVE.search(lead[1].strip())
        or _FRAME.search(lead[1].strip())
        or _LINK.search(lead[1].strip())
    ):
        return ""
    return strip_punct(lead[0])


# A model essay's label before its headline on one line (范文一：, 【参考范文】), which the headline goes without
_ESSAY_LABEL = re.compile(
    r"^\s*(?:【[^】]{0,6}(?:范文|例文)[^】]{0,4}】|[^，。：:【】]{0,6}(?:范文|例文)[一二三四五六七八九十\d]*[：:])\s*"
)


def _lead_over(paragraphs: list[Paragraph], first: int) -> str:
    """The line right over the essay's thesis (the paragraph before its first point), where it reads
    as a headline: no prose and no clause's break (a page's chrome, 下载文档到电脑，…, is no lead); else "".
    It takes the thesis as one paragraph: over a thesis of two, the line found is prose, and the card
    falls back to the deck's title or its section's heading."""
    if first < 2:
        return ""
    line = _ESSAY_LABEL.sub("", paragraphs[first - 2].text.strip())
    if is_body(line) or not 4 <= han_len(line) <= 40 or re.search(f"[{CLAUSE_BREAKS}]", line):
        return ""
    return line
