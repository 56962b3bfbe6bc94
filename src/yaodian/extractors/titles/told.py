"""What the body's words say of a headline: the line of the head whose words the prose takes up,
where the format or the layout gave another (_told_by_body: an account's name, a collection's
label or issue over the headline); the headline nearest above the prose, where a name from outside
the text was given (_over_its_text); the headline below a sender's note (_headline_below_a_note).

A headline is about its article, and its words recur in the body's prose; a container's name (a
mail's, an issue's, a column's) is not, and its words do not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from yaodian.extractors.boilerplate import CREDITED_ROLE, SECTION, is_body
from yaodian.extractors.outline import collection_pieces
from yaodian.extractors.script import simplified
from yaodian.extractors.text import Paragraph, clean_line, han_len
from yaodian.extractors.titles.furniture import (
    _CONTENTS_ENTRY,
    _acceptable,
    _is_rule_line,
    _reads_like_headline,
)
from yaodian.extractors.titles.headline import (
    _COURSES_NAME,
    _REPORTED,
    _a_speechs_first_half,
    _joined,
    _runs_on,
)
from yaodian.extractors.titles.shared import (
    _ATTACHMENT_NOTE,
    _BODY_TO_TELL,
    _CONTENTS_HEADING,
    _DOCUMENT_TYPE,
    _LABEL_LENGTH,
    _LESSON_BEFORE,
    _LINE_TO_TELL,
    _PART_LABEL,
    _SHARED_BY_CHROME,
    _SHARED_BY_HEADLINE,
    _SHARED_BY_LISTED,
    _SUBTITLE,
    _TOPIC,
    _WORDS_TO_TELL,
    _bigrams,
    _body_text,
    _HeadLine,
    _shared_with,
    _squeezed,
    _words_of,
)
from yaodian.extractors.titles.tidy import _drop_kicker, _tidy_title


def _told_by_body(
    title: str,
    head: list[_HeadLine],
    paragraphs: list[Paragraph],
    running: set[str],
    lines: Sequence[str] = (),
    formats: bool = False,
) -> str:
    """`title`, the headline the format (`formats`) or the head's layout gave, checked against what the body
    says (a page titled by its account, 申论研习所｜周三晨读, over the headline its text prints): a headline
    is about its article, and its words recur in the body's prose, where chrome's (an account's or
    a series' name, a download site's banner, a note's date) do not. Where the title shares almost
    no words with the body and a line of the head that reads like a headline shares most of them,
    that line is the headline (每日一练·申论热点第128期 over 推动乡村文化振兴 留住乡愁记忆); where the
    title is such a line with a line of chrome joined to it (“…”系列评论之三 / 让调查研究成为…), the
    line alone. The title stands where the body is too short to tell, or where the title names its
    document's type (…试卷, …学习笔记: a paper's or a note's name, which its body does not repeat).
    The body is the text's prose with its lead (see _told_text); a line of the head that the document
    lists again (see _listed) is told by a smaller share of its words. A note on what is attached
    goes where the text prints its headline without it (see _without_attachment_note); a title that
    names only a collection's issue or a note's date gives way to the headline under it (see
    _names_an_issue), though it names a document type (学习笔记), unless the head lists the texts it
    holds (see _lists_its_pieces). A title the format gave that says none of the body's words, or names a
    course the body does not name (see _names_a_course_its_body_does_not), gives way to
    the line a cover hangs its subtitle or its speaker under (see _headline_hung_under). A title the head's layout gave that says
    none of the body's words and names no collection gives way to the line that says some (see
    _says_some); a title the format gave stays (# 老树新花别样红: an essay's figure of speech says no
    word of its text, and the line under it is the prompt's question or a subtitle)."""
    title = _without_attachment_note(title, lines)
    body = _told_text(paragraphs, title)
    view = simplified(title)
    if not title or han_len(body) < _BODY_TO_TELL:
        return title
    if re.search(_GENRE, view) and (_lists_its_pieces(head) or collection_pieces(paragraphs)):
        # (a collection's name over the contents it lists, or over its pieces, 范文一 / 范文二 …, each
        # with a title of its own: the document is the collection, though the body is its pieces')
        return title
    if _names_an_issue(view) and (headline := _headline_under_label(title, head, body, running)):
        return headline
    says_none = _says_none_of(title, body)
    hangs = says_none or _names_a_course_its_body_does_not(view, body)
    if formats and hangs and (hung := _headline_hung_under(title, head, running)):
        return hung
    if _DOCUMENT_TYPE.search(view) or _a_speechs_halves(title, head):
        return title
    candidates = [
        line
        for line in head
        if _may_tell(line, running)
        and not re.search(r"[：:！!？?]", line.view)  # (a headline's pause, 基层减负，减的是…, is one)
        and _shared_with(
            line.view, _told_text(paragraphs, title, line.view) if re.search(r"[，,]", line.view) else body
        )
        >= (_SHARED_BY_LISTED if _listed(line, lines) else _SHARED_BY_HEADLINE)
    ]
    for line in candidates:
        squeezed, whole = _squeezed(line.view), _squeezed(view)
        if squeezed != whole and (whole.startswith(squeezed) or whole.endswith(squeezed)):
            rest = view.replace(line.view, "", 1) if line.view in view else whole.replace(squeezed, "", 1)
            if (
                len(_bigrams(rest)) >= _WORDS_TO_TELL
                and _shared_with(rest, body) <= _SHARED_BY_CHROME
                and not _mirrored(rest)
                and not _CARRIES_ON.match(rest)  # (…到基层“墩苗” / 的意义与路径: the rest of its phrase)
            ):
                return _tidy_title(line.text)
    if labelled := _without_label(title, head, body, running, lines):
        return labelled
    if _shared_with(view, body) <= _SHARED_BY_CHROME and candidates:
        told = max(candidates, key=lambda line: _shared_with(line.view, body))
        return _tidy_title(_with_its_other_line(head, head.index(told), running, body))
    if _shared_with(view, body) <= _SHARED_BY_CHROME and (lead := _bracketed_lead(paragraphs)):
        return lead
    if (
        not formats
        and says_none
        and not re.search(_GENRE, view)  # (a collection's name, 申论大作文范文精选, over its first piece)
        and (asked := _says_some(head, running, paragraphs, title))
    ):
        return asked
    return title


def _lists_its_pieces(head: list[_HeadLine]) -> bool:
    """The `head` holds a table of contents that lists two texts or more (标题 ……………… 7), its front
    and back matter aside (前言, 编后说明, 后记): the document is the collection of those texts, and a
    collection's name (某某学习资料汇编（第三辑）) is its own title, not a label over the first text,
    though the body, which is that text, says few of its words. (A collection's issue that lists one
    text and its afterword is that text's; entries numbered as an outline's parts, 一、… …………1, are one
    text's sections.) A contents without page numbers (a plain text's, 目录 / 范文一 标题 / 范文二 标题)
    lists its entries on the lines right under its heading, up to a blank line. A PDF's text may run a
    contents' lines into one (编写说明……1范文一 标题……2范文二 标题……3): each page number ends an entry."""
    entries = [
        entry
        for line in head
        if _CONTENTS_ENTRY.search(line.view)
        for entry in _RUN_ON_ENTRY.split(line.view)
        if entry.strip() and not SECTION.match(entry)
    ]
    if not entries:
        heading = next(
            (at for at, line in enumerate(head) if _CONTENTS_HEADING.fullmatch(line.view.strip())), None
        )
        for above, line in pairwise(head[heading:] if heading is not None else []):
            if (
                line.number != above.number + 1
                or SECTION.match(line.view)
                or not _ENTRY_WORDS.search(line.view)
            ):
                break
            entries.append(line.view)
    return sum(1 for entry in entries if not _FRONT_OR_BACK_MATTER.match(_squeezed(entry))) >= _PIECES


_PIECES = 2  # texts a contents lists in a collection
# an entry's leader and page number, where the next entry may follow on the same line (……1范文一 …)
_RUN_ON_ENTRY = re.compile(r"[.…·．]{4,}\s*\d{1,4}(?!\d)")
# an entry of a contents: words, not a rule of marks (------)
_ENTRY_WORDS = re.compile(r"[\u4e00-\u9fff]{2}")
# a collection's own pages that its contents lists beside its texts
_FRONT_OR_BACK_MATTER = re.compile(r"前言|序言?|编者按|编写说明|编印说明|编后(?:说明|记|语)?|后记|附录")


def _headline_hung_under(title: str, head: list[_HeadLine], running: set[str]) -> str:
    """The line of the `head` below the line that prints `title` that reads like a headline and has a
    ——subtitle or the speaker's credit right under it (学思践悟　笃行实干 / ——…专题辅导报告, 赓续红色血脉… /
    主讲人：…), tidied: a cover hangs those under its headline, and a line over it (a unit's, a course's or
    a campaign's name, 某某党校 · 干部教育培训课件, 2025年度专题党课) is its label, set as large as it may be.
    Asked only of a title the format gave that says none of the body's words or names a course (see
    _told_by_body). "" where none does."""
    squeezed = _squeezed(simplified(title))
    printed = next((i for i, line in enumerate(head) if _squeezed(line.view) == squeezed), None)
    if printed is None:
        return ""
    for line, under in pairwise(head[printed + 1 :]):
        # (a lesson's headline after its number, 第三讲　…, which a course's slide sets before it)
        if number := _LESSON_BEFORE.match(line.text):
            line = replace(line, text=line.text[number.end() :], view=simplified(line.text[number.end() :]))
        if (
            under.number == line.number + 1
            and (_hangs_a_subtitle(under.view) or _SPEAKERS_CREDIT.match(under.view))
            and han_len(line.view) >= _LINE_TO_TELL
            and not _QUOTED.match(line.view)
            and _reads_like_headline(line, running)
            and _acceptable(headline := _tidy_title(line.text))
        ):
            return headline
    return ""


# the speaker's credit on a cover (主讲人：…, 宣讲人：…, 主讲：…, 汇报人：…)
_SPEAKERS_CREDIT = re.compile(rf"\s*(?:{CREDITED_ROLE}|主讲|宣讲|汇报|报告)\s*[:：]")
# a quotation's marks around a line (“绿水青山就是金山银山”): an epigraph, no headline
_QUOTED = re.compile(r"\s*[“「『\"]")
_SUBTITLES_WORDS = 5  # han characters at least of a subtitle's words; a quotation's author has fewer (——赵翼)


def _hangs_a_subtitle(view: str) -> bool:
    """A ——subtitle that says what a headline over it is about (——深化改革专题辅导), not a date
    (——2026年1月5日) nor where the epigraph over it comes from (——赵翼, ——《礼记·大学》, ——摘自…)."""
    if not _SUBTITLE.match(view):
        return False
    words = view.strip().lstrip("—－–- ")
    return (
        bool(re.match(r"[\u4e00-\u9fff“]", words))
        and han_len(words) >= _SUBTITLES_WORDS
        and not re.match(r"摘自|选自|引自|出自|转引自", words)
        and not words.endswith("》")
    )


# how the rest of a headline opens where it carries on its line's phrase, no chrome joined to it: 的 ties
# what comes after to the words before (…到基层“墩苗” / 的意义与路径), and no label's or site's name opens so
_CARRIES_ON = re.compile(r"\s*的")


def _a_speechs_halves(title: str, head: list[_HeadLine]) -> bool:
    """`title` is a speech's or a report's headline set in two halves over the ——subtitle that says
    where it was given (see headline._a_speechs_first_half): a report closes on its headline's
    last words (奋力谱写…新篇章！) and seldom says its first half's, so the body's words do not tell the
    first half from a label or chrome; the subtitle tells they are one headline."""
    whole = _squeezed(simplified(title))
    return any(
        _squeezed(line.view + after.view) == whole and _a_speechs_first_half(head, index)
        for index, (line, after) in enumerate(pairwise(head))
    )


def _may_tell(line: _HeadLine, running: set[str]) -> bool:
    """Whether a line of the head may be told a headline by the body's words: it reads like one, is
    long enough to tell, and opens with a character or a quote (no item or option: 1. …, D. …), perhaps
    after a column's labels in 【】 (【申论范文】健全…: a forum's or a site's label before the headline
    leaves it one; a label in [ ] is a file's or a chat's mark as often, [文件] 范文.docx)."""
    return (
        _reads_like_headline(line, running)
        and han_len(line.view) >= _LINE_TO_TELL
        and _LABELLED_OPENING.match(line.view) is not None
    )


# a head line's opening that may start a headline: a character or a quote, perhaps after 【labels】
_LABELLED_OPENING = re.compile(r"(?:\s*【[^】]{1,12}】\s*)*[\u4e00-\u9fff“《「]")


def _says_some(head: list[_HeadLine], running: set[str], paragraphs: list[Paragraph], title: str) -> str:
    """The line of the `head` that reads like a headline, or asks as one does (申论大作文怎样才能写出层次感？,
    a question's over its answers), and says some of the text's words (_SHARED_BY_LISTED), the most of
    them, tidied: where the title says none of them (a widget's words, 搜索答案 我要提问), a line that says
    some tells more of what the text is about; "" where none does."""
    told = {
        line.text: _shared_with(line.view, _told_text(paragraphs, title, line.view))
        for line in head
        if _may_tell(line, running) and not re.search(r"[：:！!]|[？?].", line.view)
    }
    best = max(told, key=told.__getitem__, default="")
    return _tidy_title(best) if best and told[best] >= _SHARED_BY_LISTED else ""


def _over_its_text(
    title: str,
    head: list[_HeadLine],
    paragraphs: list[Paragraph],
    running: set[str],
    lines: Sequence[str],
    below_a_note: str | None = None,
) -> str:
    """`title`, a name the text never prints as a line of its own (a note's alias in its front matter,
    钉钉子精神范文; a mail's subject, 6月集中学习篇目; a file's title), or the headline the text prints
    nearest above its prose (see _nearest_headline), where the body takes that line's words up, and
    its opening paragraphs or the prose under the line (高质量发展笔记 over **坚定不移推动高质量发展**, which
    the note's last paragraph says again) take them up at least as much as the name's: a name that files the text
    (a note's, a collection's, a mail's) names its container, in words the text need not say, where
    the text's own headline heads it and says what it is about; where the name says none of the
    text's words (第6期学习材料（周五支部学习用）), the line need only say some. A name of which the line
    is a part stays, unless what the name adds is words the text never says (see _rest_unsaid); where
    no line stands over the prose, the one headline the text prints lower stands for it (see
    _headline_below_a_note: a forum post's subject over the poster's words and the essay's headline;
    `below_a_note` is what the caller had from it for `title`, asked with sent=True as a sender's name,
    where this asks it with sent=False when not given)."""
    if not title or _printed(title, lines):
        return title
    line = _nearest_headline(head, running, paragraphs)
    body = _told_text(paragraphs, title)
    if han_len(body) < _BODY_TO_TELL:
        return title
    if line is None:
        if below_a_note is None:
            below_a_note = _headline_below_a_note(title, paragraphs, running)
        return below_a_note or title
    if _words_of(line.view) in _words_of(simplified(title)):
        return _tidy_title(line.text) if _rest_unsaid(title, line, head, paragraphs, lines) else title
    # (the text's opening says what it is about, and a tie goes to the line there; the prose under the
    # line must say it more than the name: its whole, restating both a kicker and the headline at their
    # full length, ties at 1.0 where the name is the real headline and the line a 引题)
    opening, under = _opening_prose(paragraphs), _prose_below(line, paragraphs)
    name = simplified(title)
    about = _shared_with(line.view, opening) >= _shared_with(name, opening) or (
        _shared_with(line.view, under) > _shared_with(name, under)
    )
    taken_up = _shared_with(line.view, body)
    if about and (
        taken_up >= _SHARED_BY_LISTED
        or (taken_up > 0 and _says_none_of(title, _prose_below(line, paragraphs)))
    ):
        headline = _tidy_title(line.text)
        return headline if _acceptable(headline) else title
    return title


def _prose_below(line: _HeadLine, paragraphs: list[Paragraph]) -> str:
    """The body's prose under head line `line` (all of it where no paragraph holds the line): the
    text it heads, without a sender's note above it."""
    own = _paragraph_of(line, paragraphs)
    return "".join(p.text for p in paragraphs if is_body(p.text) and (own is None or p.line > own.line))


def _names_a_course_its_body_does_not(view: str, body: str) -> bool:
    """`view` ends in a course's name (某某干部任职培训班, 2025年省考申论系统班) that the `body` does not
    name again: the label over a lesson, which says the course's subject but not its class. A report on
    the course says what befell it (我市举办2025年中青年干部培训班), and it or a schedule names the course
    in its text (…干部培训班)."""
    course = _COURSES_NAME.search(view)
    return (
        bool(course)
        and not _REPORTED.search(view[: course.start()])
        and view[max(0, course.start() - 2) :] not in simplified(body)
    )


def _says_none_of(title: str, body: str) -> bool:
    """`title` has words enough to tell (_WORDS_TO_TELL pairs) and the `body` says none of them: a
    container's name (a mail's, an issue's), not the text's."""
    pairs = _bigrams(simplified(title))
    return len(pairs) >= _WORDS_TO_TELL and not any(pair in body for pair in pairs)


def _printed(title: str, lines: Sequence[str]) -> bool:
    """The text prints `title` as a line of its own, give or take its marks and spaces, and not only as
    a field's value (主题：…, Subject: …: a mail's header names the mail, as its subject does)."""
    whole = _words_of(simplified(title))
    return any(
        whole in (words := _words_of(simplified(clean_line(raw))))
        and (words == whole or _words_of(simplified(_tidy_title(clean_line(raw)))) == whole)
        and not _FIELD_LABEL.match(raw)
        for raw in lines
    )


# a header field's label before its value (主题：, Subject:, 标题：): a header's line, which names, not
# prints; only a header's own names, not any words before a colon (县委书记：让人民生活更加幸福美好 is a
# headline, a speaker's words under the speaker)
_FIELD_LABEL = re.compile(
    r"\s*(?:主\s*题|标\s*题|题\s*目|名\s*称|发件人|收件人|抄\s*送|日\s*期|时\s*间|来\s*源"
    r"|subject|title|from|to|cc|date)\s*[:：]",
    re.I,
)


def _rest_unsaid(
    title: str, line: _HeadLine, head: list[_HeadLine], paragraphs: list[Paragraph], lines: Sequence[str]
) -> bool:
    """What `title` says besides the headline `line` it holds (a bracketed note, （2024遴选范文）; a label,
    学习材料-) is words the text never prints as a line and never says under the line: the name of a
    collection, an occasion or a kind of file the text is filed under, not more of its headline (a
    headline printed over two lines, whose other line the text prints, 县委书记在调研时强调 / 压紧压实…,
    or whose words the text takes up), nor who spoke or issued it (see _names_its_author)."""
    rest = _words_of(simplified(title)).replace(_words_of(line.view), "", 1)
    below = _prose_below(line, paragraphs)
    return (
        len(_bigrams(rest)) >= _LABEL_WORDS
        and not any(_words_of(simplified(clean_line(raw))) == rest for raw in lines)
        and not _names_its_author(title, rest, line, head)
        and han_len(below) >= _BODY_TO_TELL
        and not any(pair in below for pair in _bigrams(rest))
        and _acceptable(_tidy_title(line.text))
    )


# han characters: a byline or an issuer's line (县委书记 张建国, 青石镇党委) is short; a longer line is prose
_BYLINE_LENGTH = 12
# a speech's or a report's headline opens on its occasion or its matter (在…会议上的讲话, 关于…的报告), and
# whoever gave or issued it is named glued before it (张建国在…, 青石镇关于…)
_OCCASION = re.compile(r"在|关于")
# a person's or a unit's name: Han characters only, no label's marks or brackets around it
_NAME = re.compile(r"[\u4e00-\u9fff]{2,10}")


def _names_its_author(title: str, rest: str, line: _HeadLine, head: list[_HeadLine]) -> bool:
    """What `title` adds to the headline `line`, `rest`, names who spoke or issued the text: a short
    line of the `head` (a byline, an issuer's line, spaced names: 县委书记 张建国, 李 明, 青石镇党委) holds
    it or is held by it, or it is a bare name glued before a headline opening on its occasion or its
    matter (张建国在…的讲话, 青石镇关于…的报告): the text's own, not a collection's label."""
    for other in head:
        words = _words_of(other.view)
        if other is not line and 2 <= han_len(words) <= _BYLINE_LENGTH and (words in rest or rest in words):
            return True
    whole = simplified(title).strip()
    return (
        whole.endswith(line.view)
        and _OCCASION.match(line.view) is not None
        and _NAME.fullmatch(whole[: -len(line.view)]) is not None
    )


def _nearest_headline(
    head: list[_HeadLine], running: set[str], paragraphs: list[Paragraph]
) -> _HeadLine | None:
    """The line of the `head` nearest above the body's prose that reads like a headline, of a
    headline's length and no field; None where none does. A heading of any level may be one (a note
    sets the text it copies under a heading of its own), but not a section's (see _heads_a_section):
    the first section's heading heads only the first."""
    for line in reversed(head):
        if (
            han_len(line.view) >= _LINE_TO_TELL
            and not line.bullet
            and not re.search(r"[：:]", line.view)
            and _reads_like_headline(replace(line, heading=0), running)
        ):
            return None if _heads_a_section(line, paragraphs) else line
    return None


def _heads_a_section(line: _HeadLine, paragraphs: list[Paragraph]) -> bool:
    """Head line `line` heads the text's first section, not the text: below it the text sets a heading
    of its rank (one of its Markdown level or above: ## 基本情况 … ## 存在的问题; an unnumbered bold line
    alone where it is one: **基本情况** … **存在的问题**), or numbers its headings on from one the line
    leaves unnumbered (二、存在的问题 under it, no 一、), or says the line's words only in its first
    section, not under the headings after it: a text's headline is about all of it, its sections'
    headings each about one. A headline's own sections (**一、…** under **标题**) are none of these."""
    own = _paragraph_of(line, paragraphs)
    below = [p for p in paragraphs if own is not None and p.line > own.line]
    headings = [
        p for p in below if not is_body(p.text) and (p.heading or _bold_alone(p) or SECTION.match(p.text))
    ]
    siblings = sum(p.heading == line.heading for p in paragraphs) if line.heading else 0
    if siblings > 1 or (line.heading and any(0 < p.heading < line.heading for p in headings)):
        return True  # (a heading of its level, or above it, below it)
    if (
        own is not None
        and not line.heading
        and _bold_alone(own)
        and any(_bold_alone(p) and not SECTION.match(p.text) for p in headings)
    ):
        return True  # (an unnumbered bold line alone, as it is, below it)
    if own is not None and not line.heading and not _bold_alone(own) and _plain_heading_below(below):
        return True  # (an unnumbered plain line alone, as it is, that the prose under it takes up)
    first = next((match for p in headings if (match := _FIRST_LEVEL_NUMBER.match(p.text))), None)
    if first and first["number"] != "一":
        return True
    if not headings:
        return False
    rest = "".join(p.text for p in below if p.line > headings[0].line and is_body(p.text))
    return han_len(rest) >= _BODY_TO_TELL and _shared_with(line.view, rest) < _SHARED_BY_LISTED


def _plain_heading_below(below: list[Paragraph]) -> bool:
    """Among the paragraphs `below` a line, one printed alone with no layout, of a headline's length and
    shape (no number, no sentence's or field's marks), whose words the prose under it takes up: another
    heading of the text's, as the line above it is one. (Walked bottom-up, the prose under each line
    grown as it goes: see _PairsSaid.)"""
    under = _PairsSaid()
    for paragraph in reversed(below):
        view = paragraph.text
        if is_body(view):
            under.prepend(view)
            continue
        if (
            paragraph.heading
            or paragraph.emphasised
            or han_len(view) < _LINE_TO_TELL
            or re.search(r"[，,：:！!？?。；;]", view)
            or SECTION.match(view)
        ):
            continue
        if under.han >= _BODY_TO_TELL and under.share_of(view) >= _SHARED_BY_LISTED:
            return True
    return False


def _paragraph_of(line: _HeadLine, paragraphs: list[Paragraph]) -> Paragraph | None:
    """The paragraph of head line `line`, found by its words; None where no paragraph holds it."""
    words = _words_of(line.view)
    return next((p for p in paragraphs if _words_of(p.text) == words), None)


def _bold_alone(paragraph: Paragraph) -> bool:
    """A Markdown paragraph that is all bold (**存在的问题**): a note's heading without a level."""
    return bool(paragraph.emphasised) and _words_of("".join(paragraph.emphasised)) == _words_of(
        paragraph.text
    )


# a heading's first-level number (二、, （二）), which says which section it opens
_FIRST_LEVEL_NUMBER = re.compile(r"\s*[(（]?(?P<number>[一二三四五六七八九十]{1,3})\s*(?:[、．.]|[)）])")


def _opening_prose(paragraphs: list[Paragraph]) -> str:
    """The body's first paragraphs, some _OPENING_PROSE han characters of prose, or the first half of a
    shorter text's: where an article says what it is about, and not where it closes (a short text's last
    sentence may restate its kicker, 实践证明，作风建设永远在路上)."""
    prose = [paragraph.text for paragraph in paragraphs if is_body(paragraph.text)]
    enough = min(_OPENING_PROSE, sum(map(han_len, prose)) // 2)
    opening = ""
    for text in prose:
        opening += text
        if han_len(opening) >= enough:
            break
    return opening


_OPENING_PROSE = 200  # han characters


def _without_attachment_note(title: str, lines: Sequence[str]) -> str:
    """`title` without a bracketed note after it that announces what comes with the text (（附思路点拨）,
    （附评分）, （含解析）), where the document prints the words before the note as a line of their own
    (the essay's headline over the essay): the page's post names the text and its extras, the text
    names itself without them. A note the text never drops (新质生产力核心知识点梳理（附典型考法）, whose
    name nothing prints alone) is part of its name and stays."""
    note = _ATTACHMENT_NOTE.search(title)
    if not note:
        return title
    words, whole = _words_of(simplified(title[: note.start()])), _words_of(simplified(title))
    for raw in lines:
        line = _words_of(simplified(clean_line(raw)))
        if han_len(line) >= _LINE_TO_TELL and line != whole and words.endswith(line):
            return title[: note.start()].rstrip()
    return title


def _names_an_issue(view: str) -> bool:
    """`view` names a collection's issue or a note's date and its genre, and nothing the text is
    about: a date or a number and a genre word, after the collection's name if any (0702 学习笔记,
    党纪学习教育学习资料（之九）, 申论范文第27期). A headline says what its text says; such a line
    says where the text is kept. The number is the issue's, after the genre, or the date's, first:
    a number inside the collection's name is its topic's (第十四个五年规划纲要学习材料)."""
    label = _ISSUE_LABEL.fullmatch(view)
    return bool(label) and bool(label["issue"] or _DATE_FIRST.match(view))


# A genre word that names what kind of text a note, a collection or a post holds
_GENRE = r"(?:学习)?(?:笔记|资料|材料|素材|范文|真题|讲义|汇编|合集|摘抄|精选|精编|选编|文选)"
# a collection's name or a date (a few words, no sentence), its genre, its issue
_ISSUE_LABEL = re.compile(
    rf"\s*[^，,。；;！!？?\s]{{0,12}}\s*{_GENRE}\s*"
    r"(?P<issue>[(（]?\s*(?:第\s*[\d一二三四五六七八九十百]+\s*[期辑篇讲]|之[一二三四五六七八九十百]+)\s*[)）]?)?\s*"
)
_DATE_FIRST = re.compile(r"\s*\d")  # (0702 学习笔记, 2024遴选真题范文: a date or a year opens the label)


def _headline_under_label(title: str, head: list[_HeadLine], body: str, running: set[str]) -> str:
    """The line of the `head` below the line that prints `title` (a collection's issue or a note's
    date: see _names_an_issue) that reads like a headline and whose words the `body` says: the
    headline of the text the label files. The label has said that a text is filed under it, so the
    body need only agree, as with a listed line (_SHARED_BY_LISTED: a note's body restates its
    article in its own words). "" where none does."""
    squeezed = _squeezed(simplified(title))
    below = next((i + 1 for i, line in enumerate(head) if _squeezed(line.view) == squeezed), 0)
    for index in range(below, len(head)):
        line = head[index]
        if (
            line.view != simplified(title)
            and han_len(line.view) >= _LINE_TO_TELL
            and _reads_like_headline(line, running)
            and not _PART_LABEL.match(
                line.view
            )  # (范文一 …: one of the collection's texts, not its only one)
            and not re.search(r"[，,：:！!？?]", line.view)
            and _shared_with(line.view, body) >= _SHARED_BY_LISTED
            and _acceptable(headline := _tidy_title(_with_its_other_line(head, index, running, body)))
        ):
            return headline
    return ""


def _without_label(
    title: str, head: list[_HeadLine], body: str, running: set[str], lines: Sequence[str]
) -> str:
    """A `title` that a note names by a label and the headline or the topic of the text it copies, a
    bar, a dash or a colon apart (读书笔记｜加快数字政府建设 提升治理效能, 申论素材-新质生产力): the label names
    what kind of note or which collection holds the text, and the `body` says none of its words, where
    it says most of the rest's. Where a line of the head reads like a headline and says the rest and
    more, and the body says its words too (因地制宜发展新质生产力 under 申论素材-新质生产力), that line:
    the headline the note's name shortens; else the rest, where it is a headline's length and the text
    names it again without the label (its source's line: 求是 2023年第6期 · 理论文章 加快数字政府建设
    提升治理效能). A note that is its own text (面试笔记｜结构化面试答题思路) keeps its name: its
    body talks of more than the name's rest, and nothing names the rest alone. "" where the title stays."""
    labelled = _label_and_rest(title)
    if not labelled:
        return ""
    label, rest = map(simplified, labelled)
    if any(pair in body for pair in _bigrams(label)) or _shared_with(rest, body) < _SHARED_BY_HEADLINE:
        return ""
    squeezed = _squeezed(rest)
    for line in head:
        if (
            squeezed in _squeezed(line.view)
            and len(_squeezed(line.view)) > len(squeezed)
            and _reads_like_headline(line, running)
            and not re.search(r"[，,：:！!？?]", line.view)
            and _shared_with(line.view, body) >= _SHARED_BY_HEADLINE
            and _acceptable(headline := _tidy_title(line.text))
        ):
            return headline
    words, label_words = _words_of(rest), _words_of(label)
    named_again = any(
        words in (other := _words_of(simplified(raw))) and label_words not in other for raw in lines
    )
    # (a label that numbers an issue or dates the note, 申论范文第27期, 2024遴选真题范文, names its place
    # in a series: the rest is the text's own headline though nothing names it again)
    if han_len(rest) < _LINE_TO_TELL or not (named_again or _NUMBERED.search(label)):
        return ""
    return headline if _acceptable(headline := _tidy_title(labelled[1])) else ""


def _label_and_rest(title: str) -> tuple[str, str] | None:
    """`title` parted into a label of a word or two and the rest, at the first bar, colon, dash or
    space after which the label says a word or two (申论范文第27期｜…, 2024遴选真题范文：…, 0702 素材摘抄
    …: a date's dashes and spaces part no label); None where it does not part so."""
    for separator in _LABEL_SEPARATOR.finditer(title):
        label, rest = title[: separator.start()].strip(), title[separator.end() :].strip()
        if len(label) > _LABEL_LENGTH or not rest:
            return None
        if len(_bigrams(label)) >= _LABEL_WORDS and not re.search(r"[｜|丨]", rest):
            return label, rest
    return None


# what sets a label before the rest of a title: a bar, a colon, a dash or a space
_LABEL_SEPARATOR = re.compile(r"\s*(?:[｜|丨:：]|—{1,2}|-)\s*|\s+")


# a number in a label: an issue's (第27期, 之九) or a date's (2024, 0702)
_NUMBERED = re.compile(r"\d|[第之][一二三四五六七八九十百]")
_LABEL_WORDS = 2  # pairs of characters: a label of a word or two says enough to tell it is not said


def _bracketed_lead(paragraphs: list[Paragraph]) -> str:
    """The headline a post sets in brackets at the head of its first paragraph, before its text
    (【#话题# 为基层减负，不能“减”了责任】基层减负是…, as Weibo's long posts and news feeds print it),
    without its #topics#, where the rest of the text says its words; else ""."""
    first = next((p.text for p in paragraphs if is_body(p.text)), "")
    lead = _LEAD_IN_BRACKETS.match(first)
    if not lead:
        return ""
    headline = _tidy_title(_TOPIC.sub(" ", lead["headline"]).strip())
    rest = _body_text(paragraphs).replace(lead.group(), "", 1)
    if han_len(headline) < _LINE_TO_TELL or "。" in headline or not _acceptable(headline):
        return ""
    return headline if _shared_with(simplified(headline), rest) >= _SHARED_BY_HEADLINE else ""


# a headline in brackets opening a paragraph, the text running on after it
_LEAD_IN_BRACKETS = re.compile(r"\s*【(?P<headline>[^【】]{4,60})】(?=\s*\S)")


def _with_its_other_line(head: list[_HeadLine], index: int, running: set[str], body: str) -> str:
    """Head line `index` with the line of its headline above or below it, where the headline runs
    over two (以科技创新引领 / 现代化产业体系建设: see headline._runs_on) and the `body` says the other line's
    words as it says the headline's (not a name's or a time's over or under it); else the line alone."""
    first = index
    while first > 0 and _runs_on(head, first - 1, head[first - 1].text, running, body):
        first -= 1
    text, last = head[first].text, first
    while _runs_on(head, last, text, running, body):
        last += 1
        text = _joined(text, head[last].text)
    others = [
        line
        for at, line in enumerate(head[first : last + 1], first)
        if line is not head[index] and not _type_under_its_de(head, at)
    ]
    if not first <= index <= last or any(
        _shared_with(line.view, body) < _SHARED_BY_HEADLINE for line in others
    ):
        return head[index].text
    return text


# a line that names a document's type alone, perhaps after a word of its kind (会议纪要, 实施方案, 的通知)
_TYPE_ALONE = re.compile(r"的?[\u4e00-\u9fff]{0,2}" + _DOCUMENT_TYPE.pattern)


def _type_under_its_de(head: list[_HeadLine], at: int) -> bool:
    """Head line `at` names only the document's type, under a line its headline broke off at 的 (关于…工作的 /
    会议纪要): the type the body need not say, which completes the phrase the line above left open."""
    return (
        at > 0
        and bool(_TYPE_ALONE.fullmatch(head[at].view))
        and (head[at - 1].view.endswith("的") or head[at].view.startswith("的"))
    )


def _told_text(paragraphs: list[Paragraph], title: str, line: str = "") -> str:
    """What the text says, to tell its headline `title` by (see _told_by_body): the body's prose and
    its lead, the sentences above it that the prose rules pass over (a post's first paragraph, 公文改错是
    遴选笔试的常客🔥 我整理了…5类问题，…👇, restating its headline in a blogger's voice), but not the
    title's own line (a sentence a journal's page carries over from the article before), nor the
    `line` it is told against (a sentence of the lead says its own words)."""
    own = [_squeezed(text) for text in (title, line) if text]
    return "".join(
        p.text
        for p in paragraphs
        if is_body(p.text)
        or (
            han_len(p.text) >= _LEAD
            and re.search(r"[，,。]", p.text)
            and not any(text in _squeezed(p.text) for text in own)
        )
    )


def _listed(line: _HeadLine, lines: Sequence[str]) -> bool:
    """Head line `line` is printed again inside another line that is no sentence: a contents' entry
    (标题………1), a file's name ([文件] 标题.docx (31.2KB)), a mail's subject, a page title's copy
    (标题_栏目_某某网) or a column's label before it (【考点】标题). A document names what it holds
    there, so the line names the text that follows, not the page's furniture, which nothing lists.
    A sentence that says its words is no listing."""
    squeezed = _squeezed(line.view)
    if han_len(squeezed) < _LINE_TO_TELL:
        return False
    return any(
        squeezed in (other := _squeezed(simplified(clean_line(raw))))
        and other != squeezed
        and not re.search(r"[，,。；;！!？?]", other)
        for raw in lines
    )


_LEAD = 20  # han characters: a sentence, not a label or a widget's words


def _mirrored(text: str) -> bool:
    """Phrases of about one length a space apart (守好“红色根脉” 赓续精神血脉, 念好“山水经” 走活“融合棋”):
    a headline's own half, its figure of speech, whose words its body need not say again. (Looser
    than _is_couplet, which tells a kicker line: quotation marks and lengths one apart pass here.)"""
    parts = text.split()
    lengths = [han_len(part) for part in parts]
    return (
        len(parts) >= 2
        and all(re.fullmatch(r"[\u4e00-\u9fff“”「」‘’]+", part) for part in parts)
        and min(lengths) >= 3
        and max(lengths) - min(lengths) <= 1
    )


def _headline_below_a_note(
    name: str, paragraphs: list[Paragraph], running: set[str], sent: bool = False, own: bool = False
) -> str:
    """The headline of a text that a mail forwards or a file holds below a sender's note (各位组员：…
    / 用好“四下基层”这一传家宝 / …), where the head gives none and the mail's subject or the file's
    `name` (【…第8周】精读材料) names the mail or the file, not the text: the one line the text prints
    alone that reads like a headline, whose words the prose below it says, and that names no text
    below it (see _names_no_text_below). A headline heads its text, whose words recur under it; the
    words of a name that is no headline are said, if anywhere, in the note above, which is short
    beside the text it sends, and so are the words of the note's own lines (its sender's unit, 局机关
    党委办公室, signs it). Being the one such line over most of the prose, it need share only a listed
    line's part of its words with that prose (_SHARED_BY_LISTED: 推动河湖长制从“有名有责”到“有能有效”,
    whose figures its text does not repeat), with its subtitle's where one follows it (小清单撬动大治理 /
    ——E县推行“三张清单”提升乡村治理效能的经验做法: a figure the subtitle spells out). "" where no
    line or more than one is such (a note's own unnumbered headings), and, without a `name`, where
    the text's own prose stands above the line (see _another_text). Where the `name` is the document's
    `own` (a running head it prints over its pages), no sender's note stands over its text: two lines
    such are headings of that text (a speech's, under its 同志们：… opening), however the name's words
    fall about them, and neither is its headline. `sent`: the
    name is a sender's (a file's name, a mail's subject), not a title the format gives the text (a page's)."""
    named = simplified(name)
    lines: list[tuple[int, str, str]] = []  # (index, text, the words it is told by) of each line
    below: dict[int, tuple[float, float]] = {}  # (the share of those words, of the name's) said below it
    said_below = _PairsSaid()  # (the pairs the prose below the line says, grown from the end up)
    body_han = han_len(_body_text(paragraphs))
    for index in range(len(paragraphs) - 1, -1, -1):
        paragraph = paragraphs[index]
        text, view = paragraph.written, paragraph.text
        if is_body(view):
            said_below.prepend(view)
            continue
        line = _HeadLine(paragraph.line, text, view, paragraph.heading, paragraph.bullet, raw=text)
        if (
            han_len(view) < _LINE_TO_TELL
            or re.search(r"[，,：:！!？?。]", view)
            or not _reads_like_headline(line, running)
            or _under_a_subtitle(paragraphs, index)
        ):
            continue
        told = max(view, _told_with_subtitle(paragraphs, index), key=said_below.share_of)
        told_share = said_below.share_of(told)
        if (
            said_below.han >= max(_BODY_TO_TELL, body_han - said_below.han)  # (the prose above: the rest)
            and told_share >= _SHARED_BY_LISTED
            and (name or _another_text(paragraphs[:index], said_below))
        ):
            lines.append((index, text, told))
            below[index] = (told_share, said_below.share_of(named))
    above = _said_above(paragraphs, {index: (told, named) for index, _, told in lines})
    quotes = _quotes_in_prose(paragraphs[: max((index for index, _, _ in lines), default=0)])
    found = [
        text
        for index, text, told in reversed(lines)
        if (
            _names_no_text_below(*below[index], above[index][1], sent)
            and (not _the_notes_words(below[index][0], above[index][0]) or _quoted_above(quotes, index, text))
        )
        or (sent and _names_by_subtitle(named, paragraphs, index))
    ]
    # (a document's own name has no sender's note over its text: every line such is one of its headings)
    title = _tidy_title(found[0]) if len(found) == 1 and (not own or len(lines) == 1) else ""
    return title if _acceptable(title) else ""


def _under_a_subtitle(paragraphs: list[Paragraph], index: int) -> bool:
    """Paragraph `index` comes right under a ——subtitle: the speaker's or the author's line of the
    headline above it (以新质生产力为引擎… / ——在…学习会上的交流发言 / 集团党委委员、副总经理  王××), which a
    cleaned line may run together (副总经理王××), never the headline of another text. A ——line under a
    sentence (a note's) is a series' label printed above a headline (——学习贯彻…系列评论之三 / 以钉钉子精神…),
    whose line under it is that headline."""
    return (
        index > 1
        and bool(_SUBTITLE.match(paragraphs[index - 1].text))
        and not _SENTENCE_MARKS.search(paragraphs[index - 2].text)
    )


# a sentence's marks (a note's or prose's): a headline may hold a comma (坚定信心，奋勇前进), not these
_SENTENCE_MARKS = re.compile(r"[。！!？?]|[，,：:；;]\s*$")


def _names_by_subtitle(name: str, paragraphs: list[Paragraph], index: int) -> bool:
    """A sender's `name` (simplified) names the text under paragraph `index` by what its subtitle says
    (第二党支部作风建设专题党课讲稿 over 以过硬作风践行初心使命 / ——在…第二党支部专题党课上的讲稿): most of the
    name's words are the line's and its subtitle's, and not the line's alone. A sender names a speech or a
    report by its occasion and its kind, which its subtitle states; its headline is the line."""
    subtitled = _told_with_subtitle(paragraphs, index)
    return bool(subtitled) and (
        _shared_with(name, paragraphs[index].text) < _SHARED_BY_HEADLINE <= _shared_with(name, subtitled)
    )


def _quotes_in_prose(paragraphs: list[Paragraph]) -> list[tuple[int, tuple[str, ...], str]]:
    """For each paragraph of prose, in one walk down the text: its index, the names it quotes and its
    words, each without quotation marks (see _unquoted), as _quoted_above reads them."""
    return [
        (
            index,
            tuple(
                _unquoted(next(group for group in quoted.groups() if group is not None))
                for quoted in _QUOTED_NAME.finditer(paragraph.text)
            ),
            _unquoted(paragraph.text),
        )
        for index, paragraph in enumerate(paragraphs)
        if is_body(paragraph.text)
    ]


def _quoted_above(quotes: list[tuple[int, tuple[str, ...], str]], line: int, text: str) -> bool:
    """The prose above the line at index `line` (its `quotes`, see _quotes_in_prose) names the line's
    `text` whole as the text it sends, in any quoting form: in 《》 or in quotation marks
    (现将…编发的《推动河湖长制从“有名有责”到“有能有效”》一文转发给大家; “…‘…’…”, 「…『…』…」, "…"), with the headline's own quotation marks as the note sets them or none, perhaps
    with its subtitle after a dash (《H——…综述》), or without marks after a word that announces a
    title (题为H的文章, 一篇关于H的文章): a note that names the text it sends by its headline says the
    line's words because the line is that headline, not because the line is the note's own (its
    sender's unit). Words of the line that merely recur in the note's sentence are no quote."""
    own = _unquoted(text)
    if not own:
        return False
    for index, names, prose in quotes:
        if index >= line:
            break
        for name in names:
            if name == own or (name.startswith(own) and _SUBTITLE_AFTER.match(name[len(own) :])):
                return True
        if any(prose.startswith(own + "的", said.end()) for said in _TITLED.finditer(prose)):
            return True
    return False


def _unquoted(text: str) -> str:
    """`text` simplified, without its spaces and its quotation marks (not its book title's marks): the
    same headline, whatever marks a note quoting it sets inside (“…‘有名有责’…”, "…", 『…』) or leaves out."""
    return _squeezed(_QUOTATION_MARKS.sub("", simplified(text)))


# A name quoted in a sentence: a book title's marks (《…》, which may hold quotation marks), or a pair of
# quotation marks, Chinese, corner or ASCII (which may hold the inner pair: “…‘…’…”, 「…『…』…」).
_QUOTED_NAME = re.compile(
    r"《([^《》]+)》|“([^“”]+)”|「([^「」]+)」|『([^『』]+)』|‘([^‘’]+)’|\"([^\"]+)\"|〈([^〈〉]+)〉"
)
_QUOTATION_MARKS = re.compile(r"[“”‘’「」『』〈〉\"'＂＇]")
# a subtitle after the headline inside the same quote (《H——南岭区河湖长制工作综述》)
_SUBTITLE_AFTER = re.compile(r"[—－-]")
# a word that announces the title of a text it names without marks, then the title and 的 (题为H的文章,
# 一篇关于H的文章, 名为H的讲话)
_TITLED = re.compile(r"题为|名为|题目为|标题为|关于")


def _told_with_subtitle(paragraphs: list[Paragraph], index: int) -> str:
    """Paragraph `index`'s words with those of the subtitle below it (——…), where one follows it: a
    headline's figure of speech (小清单撬动大治理) and the words that spell it out; "" where none does."""
    if index + 1 < len(paragraphs) and _SUBTITLE.match(after := paragraphs[index + 1].text):
        return paragraphs[index].text + after
    return ""


def _said_above(
    paragraphs: list[Paragraph], asked: dict[int, tuple[str, ...]]
) -> dict[int, tuple[float, ...]]:
    """For each paragraph index `asked`, the share of the words of each of its texts (see shared._shared_with)
    that the prose above that paragraph says: one walk down the text."""
    said = _PairsSaid()
    shares = {}
    for index, paragraph in enumerate(paragraphs):
        if index in asked:
            shares[index] = tuple(said.share_of(text) for text in asked[index])
        if is_body(paragraph.text):
            said.append(paragraph.text)
    return shares


def _names_no_text_below(line: float, below: float, above: float, sent: bool) -> bool:
    """A name that says the share `below` of its words in the prose under a line, and `above` in the
    prose over it, names no text under the line, whose own words that prose says in the share `line`:
    the prose under it says hardly any of the name's words, or they are the note's words (see
    _the_notes_words: 党课讲稿（定稿） over 现将…党课上的讲稿转发给你们; a notice's name, 关于报送…材料的通知,
    over the note that answers it) and the prose takes up the line's words more than the name's: a
    sender names the mail or the file by the kind of document it sends or the request it answers,
    whose words the text says only in passing, where a page's title is its text's headline, which the
    text's lead says over it as the note does (and the text's section headings less than it): the
    note's words tell only a sender's name (`sent`: a file's name, a mail's subject)."""
    return below <= _SHARED_BY_CHROME or (sent and _the_notes_words(below, above) and line > below)


def _the_notes_words(below: float, above: float) -> bool:
    """Words of which the prose under a line says the share `below` and the prose over it `above` are
    the note's over the line, not the words of the text under it: the note, short beside the text it
    sends, says more of them than the text does, and the text does not take them up as its topic."""
    return above > below and below < _SHARED_BY_HEADLINE


def _another_text(above: list[Paragraph], said_below: _PairsSaid) -> bool:
    """The prose among the paragraphs `above` a line is none, or another text's (a newspaper page's
    other article, run into the prose by a scan's wrapped lines), saying few of the words of the prose
    `said_below` it: a line with its own text's prose above it is one of its headings, not its
    headline."""
    prose = _body_text(above)
    return not prose or said_below.share_of(prose) <= _SHARED_BY_CHROME


class _PairsSaid:
    """The pairs of characters a run of prose says (as _shared_with asks of _body_text), grown by
    prose put before it: a line's share of them asked at each step costs the line's length, not the
    prose's, so a walk up a long document stays linear."""

    def __init__(self) -> None:
        self.pairs: set[str] = set()
        self.han = 0  # han characters of the prose
        self._first = ""  # its first character, which pairs with the last of prose put before it
        self._last = ""  # its last character, which pairs with the first of prose put after it

    def prepend(self, text: str) -> None:
        """Put `text` before the prose, as _body_text runs paragraphs together."""
        if not text:
            return
        self.pairs.update(text[i : i + 2] for i in range(len(text) - 1))
        if self._first:
            self.pairs.add(text[-1] + self._first)
        self._first = text[0]
        self._last = self._last or text[-1]
        self.han += han_len(text)

    def append(self, text: str) -> None:
        """Put `text` after the prose, as _body_text runs paragraphs together."""
        if not text:
            return
        self.pairs.update(text[i : i + 2] for i in range(len(text) - 1))
        if self._last:
            self.pairs.add(self._last + text[0])
        self._first = self._first or text[0]
        self._last = text[-1]
        self.han += han_len(text)

    def share_of(self, text: str) -> float:
        """_shared_with(text, prose): the share of `text`'s pairs the prose says; 0 for too few."""
        return _shared_with(text, self.pairs)


def _headline_behind_a_mark(
    title: str, head: list[_HeadLine], paragraphs: list[Paragraph], running: set[str]
) -> str:
    """A line of the `head` that is a headline behind the mark a page or an app sets before it or around
    it (a repost's 原标题：…, a reading app's ◆ and its chapter's number, 【…】 alone on a chat's line, a rule
    above and under it: see _ruled_around), whose
    words the body says (_SHARED_BY_HEADLINE) and clearly more of than the `title`'s (_SAID_MORE): an
    article is about its headline, and a label over it (a collection's name, a book's, a chat's message)
    is not. Only a line below the `title`'s counts: a 【…】 line over the headline is its column's label
    (【学习贯彻全会精神】 / 某某街道：改革落在群众身边), whose words an article of the column repeats.
    A bracketed note (【编辑意见：…】) or a list's group (【第一组 …】) is no headline behind a mark.
    "" where no such line stands."""
    body = _told_text(paragraphs, title)
    if han_len(body) < _BODY_TO_TELL:
        return ""
    said = _shared_with(simplified(title), body)
    for index in range(_title_line(title, head) + 1, len(head)):
        line = head[index]
        mark = _HEADLINE_MARK.match(line.view)
        # (the line as printed, where its simplified view sets its characters at the same places)
        printed = line.text if len(line.text) == len(line.view) else line.view
        if mark:
            text = (
                printed[mark.start("bracketed") : mark.end("bracketed")]
                if mark["bracketed"]
                else printed[mark.end() :]
            )
        elif _ruled_around(head, index):
            text = _drop_kicker(_tidy_title(printed))
        else:
            continue
        behind = _HeadLine(line.number, text, simplified(text), raw=text)
        if (
            han_len(text) >= _LINE_TO_TELL
            and not re.search(r"[：:]", text)
            and not _GROUP_OF_A_LIST.match(text)
            and _reads_like_headline(behind, running)
            and (shared := _shared_with(behind.view, body)) >= _SHARED_BY_HEADLINE
            and shared >= said + _SAID_MORE
        ):
            return _tidy_title(text)
    return ""


def _ruled_around(head: list[_HeadLine], index: int) -> bool:
    """Head line `index` stands alone between two rules, right above and under it (━━━ / 标题 / ━━━, as a
    post pasted into a chat sets its headline off from the chat's lines above it)."""
    return (
        0 < index < len(head) - 1
        and head[index - 1].number == head[index].number - 1
        and head[index + 1].number == head[index].number + 1
        and _is_rule_line(head[index - 1].view)
        and _is_rule_line(head[index + 1].view)
    )


def _title_line(title: str, head: list[_HeadLine]) -> int:
    """The index of the `head` line that holds the `title` (or opens it, where the title runs over
    lines); -1 where none does, so that every line of the head counts as below it."""
    named = _words_of(simplified(title))
    for index, line in enumerate(head):
        words = _words_of(line.view)
        if named and words and (named in words or named.startswith(words)):
            return index
    return -1


# a repost's note of the original headline, a reading app's mark and chapter number, or brackets round a line
_HEADLINE_MARK = re.compile(
    r"\s*(?:原标题\s*[：:]\s*|[◆◇■□●○▲△]\s*(?:第[一二三四五六七八九十百\d]+[讲章课节]\s*)?)|\s*【(?P<bracketed>[^【】]+)】\s*$"
)
# a list's group or part by its number (第一组 …, 第二部分 …): a section's heading, set in brackets too
_GROUP_OF_A_LIST = re.compile(r"\s*第\S{1,3}[组部篇]")
_SAID_MORE = 0.2  # of a line's word pairs: the body says the headline's words clearly more than the label's
