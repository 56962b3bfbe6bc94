"""The head of a document: the lines before its body's first prose, read as find_title needs them.

_head reads the lines (a form's fields, a mail's subject, spaced and wrapped lines); _title_field and
_markdown_title read a title field or a Markdown top heading in the head. Which of the head's lines
is the headline is `headline`'s.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from yaodian.extractors.boilerplate import EDITORS_LABEL, SECTION, has_mail_headers, is_body, spaced
from yaodian.extractors.script import simplified
from yaodian.extractors.text import Paragraph, clean_line, han_len
from yaodian.extractors.titles.furniture import (
    _a_field_value,
    _acceptable,
    _is_date_line,
    _is_name,
    _spaced_field,
)
from yaodian.extractors.titles.shared import (
    _COLUMN_LABEL,
    _CONTENTS_HEADING,
    _DOCUMENT_TYPE,
    _LINE_OF_HEADLINE,
    _LINE_TO_TELL,
    _SHARED_BY_CHROME,
    _WORD_OR_TWO,
    _body_text,
    _HeadLine,
    _shared_with,
    _squeezed,
)
from yaodian.extractors.titles.tidy import (
    _SUBJECT_WORD,
    _plain,
    _tidy_title,
    _without_glued_meta,
    _without_site_name,
    _without_stamps,
)

# A headline stands among a document's first lines, before its body: a long line of prose.
_HEAD_LINES = 30
# A labelled field that names the text (标题：…, 题名：…, a lecture's 讲题：… or 演讲题目：…), matched on
# a line's simplified view, so that traditional script (標題：, 講題：) is read as simplified.
_TITLE_FIELD = re.compile(
    r"\s*(?:[【\[]\s*)?(?:文章|文件|讲座|演讲|报告|课程)?(?P<label>标\s*题|题\s*名|篇\s*名|名\s*称|讲\s*题|题\s*目)"
    r"\s*(?:[:：]|[】\]]\s*[:：]?)\s*(?P<title>\S.*)"
)
# A title's label set a space before its value, as a bulletin board's header prints it (作者 … 看板 … / 標題 [心得]
# … / 時間 …): only 标题 so, a word no headline opens with before a space, and only between the header's other
# fields (a list's header row, 标题 发布日期 来源, sets its labels so too and names nothing)
_SPACED_TITLE_FIELD = re.compile(r"\s*(?P<label>标题)[ \t\u3000]+(?P<title>\S.*)")
# a bulletin board's header field beside the title's, its label a space before its value (作者 某某 (昵称), 时间 …)
_BOARDS_FIELD = re.compile(r"\s*(?:作者|发信人|看板|信区|时间|发信站)[ \t\u3000]+\S")
# A question or a task set under a 题目： label (题目：你怎么看？, 题目：请谈谈…。, 题目：根据给定资料3，
# 概括…): an exam's item, not the name of the text (演讲题目：请党放心，强国有我 is a name).
_SET_QUESTION = re.compile(
    r"^\s*(?:请\s*(?:你|您|结合|根据|联系|围绕|就|以|谈|概括|归纳|分析|阐述|简要|说明|阅读|参考)|根据|结合|阅读|谈谈|试)"
    r"|给定资料|[。？?]"
)
_MARKDOWN_TOP_HEADING = re.compile(r"\s{0,3}#\s+\S")


def _head(lines: list[str], paragraphs: list[Paragraph], past_salutation: bool = False) -> list[_HeadLine]:
    """The lines before the body's first prose (as main_text keeps it), at most _HEAD_LINES of them,
    and none after a salutation (the letter's or the speech's text begins), unless `past_salutation`
    (the lines a body may tell a headline among: a chat's or a mail's note, 我直接贴出来：, stands
    above the text it pastes). An editor's note (【编者按】…) is no body: a journal prints it above
    the headline."""
    notes = {number for number, raw in enumerate(lines, 1) if EDITORS_LABEL.match(simplified(raw))}
    end = next((p.line for p in paragraphs if is_body(p.text) and p.line not in notes), len(lines) + 1)
    layout = {p.line: p for p in paragraphs}
    head: list[_HeadLine] = []
    rows = _rows(lines)
    for number, raw in enumerate(lines[: end - 1], 1):
        if number in notes:
            continue
        plain = _without_stamps(_unspaced(_plain(spaced(raw))))
        text = _without_glued_meta(plain)
        dated = text != plain and han_len(text) > _COLUMN_LABEL
        if text != plain and not dated and not _DOCUMENT_TYPE.search(simplified(text)):
            text = plain  # (an author's or an account's name and the date: the information line)
        text = _without_site_name(_without_promotion(text))
        if not text:
            continue
        shape = layout.get(number)
        head.append(
            _HeadLine(
                rows[number - 1],
                text,
                simplified(text),
                shape.heading if shape else 0,
                shape.bullet if shape else 0,
                raw,
                dated,
            )
        )
        if len(head) >= _HEAD_LINES or (
            _salutes(head[-1]) and not past_salutation and not _labels_a_question(lines, number)
        ):
            break
    return _with_form_fields(head)


# han characters: a column's label (面试热点, 每日一练), not a line of its own that asks
_COLUMN_LABEL_LENGTH = 8


def _labels_a_question(lines: list[str], number: int) -> bool:
    """Line `number`, which ends in its colon, stands right over a question of a line's length that ends
    in its question mark (遴选面试热点： / 如何看待…？): a column's label over a question's headline, where a
    salutation opens a letter's or a speech's prose, though its first words may ask (同志们： / 什么是…？):
    a line that addresses its hearers (…们：, 各位…：, 尊敬的…：) is one."""
    view = simplified(clean_line(lines[number - 1]))
    if (
        number >= len(lines)
        or han_len(view) > _COLUMN_LABEL_LENGTH
        or re.search(r"们\s*[：:]$|^\s*(?:各位|尊敬的|亲爱的)", view)
    ):
        return False
    under = simplified(clean_line(lines[number]))
    return bool(re.search(r"[？?]$", under)) and han_len(under) <= _LINE_OF_HEADLINE and "。" not in under


def _printed_again(lines: list[str], paragraphs: list[Paragraph]) -> set[str]:
    """The lines before the body's first prose that the document prints again alone after it, and
    whose words the body hardly says (simplified): an author's or an account's name over the post
    and again over their reply. A headline heads its text once, or is about it where a page prints
    it twice (a 范文网's copy of its article, a speech's name over its two pages); what recurs and
    says nothing of the text is the page's furniture, as a running head is."""
    start = next((p.line for p in paragraphs if is_body(p.text)), None)
    if start is None:
        return set()
    body = _body_text(paragraphs)
    head = {simplified(clean_line(line)) for line in lines[: start - 1]}
    return {
        view
        for line in lines[start:]
        if (view := simplified(clean_line(line))) in head
        and han_len(view) >= _WORD_OR_TWO
        and _shared_with(view, body) <= _SHARED_BY_CHROME
    }


def _salutes(line: _HeadLine) -> bool:
    """A head line is a salutation (see _is_salutation) as printed: a line whose colon had a date
    after it (某某市委党校教务处编：2025年3月1日, a bulletin's information line) ends in its colon only
    once the date is cut off, and is no salutation."""
    return _is_salutation(line.view) and not line.dated


def _with_form_fields(head: list[_HeadLine]) -> list[_HeadLine]:
    """The `head` with its lines marked as a form's fields where two or more of them are (see
    furniture._spaced_field: 姓　　名：… over 单　　位：…, a cover sheet's blanks filled in); one such
    line alone may be a letterspaced headline or a padded name before an interview's headline. A
    record's fields whose labels open on one word (学习内容：… / 学习时间：… / 学习地点：…, see
    _record_fields) are a form's too, whatever their values' lengths."""
    fields = {index for index, line in enumerate(head) if _spaced_field(line.raw)} | _record_fields(head)
    if len(fields) < _FORM_FIELDS:
        return head
    # (a label as wide as the form pads the others to, 遴选单位：, needs no spaces: a line of a label of
    # four characters that names what a form asks and a short value, next to a field, is one of the
    # form's fields too)
    rows = {head[index].number for index in fields}
    grown = True
    while grown:
        grown = False
        for index, line in enumerate(head):
            field = _WIDEST_FIELD.fullmatch(line.view)
            if (
                index not in fields
                and field
                and _a_field_value(field["value"])
                and rows & {line.number - 1, line.number + 1}
            ):
                fields.add(index)
                rows.add(line.number)
                grown = True
    return [replace(line, form=True) if index in fields else line for index, line in enumerate(head)]


_FORM_FIELDS = 2  # spaced fields in a head that make it a form's (see _with_form_fields)


def _record_fields(head: list[_HeadLine]) -> set[int]:
    """The indexes of head lines that are a record's fields: a run of lines right under one another, each
    a label of a few characters and its colon, where three labels or more open on the same word of two
    characters (学习内容：… / 学习时间：… / 学习地点：… / 学习形式：…, 会议名称 / 会议时间 / 会议地点): the
    form a study record or a meeting's minutes fills in, whose 内容：… names what was studied, not the
    record. A headline with a topic before its colon (乡村振兴：从输血到造血) opens no such run."""
    fields: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*head, _HeadLine(0, "", "")]):  # a sentinel ends the last run
        if _RECORD_FIELD.match(line.view) and (not run or line.number == head[run[-1]].number + 1):
            run.append(index)
            continue
        words = [_RECORD_FIELD.match(head[at].view)["label"][:2] for at in run]
        if max((words.count(word) for word in words), default=0) >= _RECORD_LABELS:
            fields.update(run)
        run = [index] if _RECORD_FIELD.match(line.view) else []
    return fields


# a record's field: a label of two to five characters and its colon, then a value
_RECORD_FIELD = re.compile(r"\s*(?P<label>[\u4e00-\u9fff]{2,5})\s*[:：]\s*\S")
_RECORD_LABELS = 3  # labels that open on one word in a run of fields


# A form's field under a label of four characters, the width the form pads its shorter labels to, that
# names what a form asks (遴选单位, 所在小组, 报考岗位, 填表日期): not a headline's topic before its colon
# (乡村振兴：从输血到造血), which a sheet may print under its fields
_WIDEST_FIELD = re.compile(
    r"\s*(?:[\u4e00-\u9fff]{2}(?:单位|小组|岗位|职务|职级|部门|时间|日期|编号|电话|学号|班级|类别|名称|地址)"
    r"|(?:所在|报考|遴选|工作)[\u4e00-\u9fff]{2})\s*[:：]\s*(?P<value>\S.*)"
)


def _without_promotion(text: str) -> str:
    """A head line without an account's call to follow it glued before the headline (更多真题请关注微信
    公众号：某某研习社（ID：abc2020）2025年…真题), as a copy's first page prints it: the call ends in the
    account's ID, and a headline's length of text is left after it."""
    call = _PROMOTION.match(text)
    if call and han_len(text[call.end() :]) >= _LINE_TO_TELL:
        return text[call.end() :].strip()
    return text


# a call to follow an account, ending in its ID in brackets
_PROMOTION = re.compile(
    r".{0,40}?关注.{0,12}?(?:公众号|微信号|微博|抖音号|视频号|小红书)\s*[:：]?\s*[^\s（(]{1,20}\s*"
    r"[（(]\s*(?:ID|id|微信号|账号)\s*[:：]?\s*[A-Za-z0-9_-]{3,30}\s*[）)]\s*"
)


def _unspaced(text: str) -> str:
    """A line set out one character apart (政 府 工 作 报 告, as a cover or a PDF prints a
    headline) as its word."""
    return text.replace(" ", "") if _HAN_ONE_SPACE_APART.fullmatch(text) else text


# three han or more each set one ASCII space apart (a whole line so is a letterspaced word)
_HAN_ONE_SPACE_APART = re.compile(r"[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,}")


def _rows(lines: list[str]) -> list[int]:
    """Each line's row (see shared._HeadLine): its number, or in a document that sets blank lines
    between (nearly) all its lines, its place among the lines that are not blank."""
    filled = [number for number, line in enumerate(lines) if line.strip()]
    gaps = [after - before for before, after in pairwise(filled)]
    if len(gaps) < _SPACED_GAPS or sum(gap > 1 for gap in gaps) < _SPACED_SHARE * len(gaps):
        return list(range(1, len(lines) + 1))
    rows, row = [], 0
    for line in lines:
        row += bool(line.strip())
        rows.append(row)
    return rows


_SPACED_GAPS = 6  # lines enough to tell how a document spaces them
_SPACED_SHARE = 0.8


def _is_salutation(view: str) -> bool:
    """同志们： 各位代表： 尊敬的…：  — the speech or the letter begins after it."""
    return bool(re.search(r"[：:]$", view)) and han_len(view) <= _LINE_OF_HEADLINE


def _title_field(head: list[_HeadLine]) -> str:
    """The title a page's metadata block gives (标    题：…, as government sites print it), or the
    subject of a mail whose headers the copy kept (发件人：… 收件人：… 主题：…): the mail names what
    it sends there, where its first lines are the headers and the sender's note."""
    mail = has_mail_headers([line.text for line in head])
    for at, line in enumerate(head):
        field = _TITLE_FIELD.fullmatch(line.view) or _board_title(head, at)
        if field and "题目" in _squeezed(field["label"]) and _SET_QUESTION.search(field["title"]):
            field = None
        match = field or (_MAIL_SUBJECT.fullmatch(line.text) if mail else None)
        # (the view is as long as the text: the title is cut from the text, in its own script)
        if (
            match
            and _acceptable(title := _tidy_title(line.text[match.start("title") :]))
            and han_len(title) >= 4
        ):
            return title
    return ""


def _board_title(head: list[_HeadLine], at: int) -> re.Match[str] | None:
    """Head line `at` as a bulletin board's title field (標題 [心得] …), where the header's other
    fields stand right over or under it (作者 … 看板 … / 時間 …); None elsewhere."""
    field = _SPACED_TITLE_FIELD.fullmatch(head[at].view)
    beside = head[max(at - 1, 0) : at] + head[at + 1 : at + 2]
    return field if field and any(_BOARDS_FIELD.match(line.view) for line in beside) else None


# a mail's subject header (主题：…, Subject: …), as a mail client prints or forwards it
_MAIL_SUBJECT = re.compile(rf"\s*(?:{_SUBJECT_WORD})\s*[:：]\s*(?P<title>\S.*)", re.I)


def _markdown_title(head: list[_HeadLine], body: str) -> str:
    """A Markdown top heading (# …), taken whole: the author's own heading. Not a numbered
    section's (一、基本情况: a slide's title under a title slide that names the unit first) nor
    a name's. A note's dated entry (its first line or its top heading a date alone: 2023-11-08 周三)
    is headed by the one heading under the date that the `body` talks about (see _entrys_heading)."""
    for line in head:
        if (
            (line.heading == 1 or (not line.heading and _MARKDOWN_TOP_HEADING.match(line.raw)))
            and not _is_name(line.view)
            and not SECTION.match(line.view)
        ):
            if line is head[0] and _is_date_line(line.view):
                return _entrys_heading(head, body)
            title = _tidy_title(line.text)
            if _CONTENTS_HEADING.fullmatch(title):  # a table of contents' heading: the next top heading
                continue
            return title if _acceptable(title) and han_len(title) >= 2 else ""
    return _entrys_heading(head, body) if head and _is_date_line(head[0].view) else ""


def _entrys_heading(head: list[_HeadLine], body: str) -> str:
    """The heading of a note's entry under its date (2023年11月8日 星期三 / ## 数字乡村建设的路径与抓手):
    a diary-like note dates each entry on its first line or its top heading, and heads what the entry
    is about one level below; the one such heading in the head, not a numbered section's (## 一、…),
    of which a note has several. The heading says the entry's topic in a phrase, which the `body`
    repeats (four Han characters of it in a row, or a term it quotes, quoted again and again). So,
    with no date, does an outliner's page with no top heading (- ## 让…, under its properties), where
    nothing else names it (find_title asks here last, before the opening words). A daily template's
    section (## 待办清单, ## 今日小结, ## 摘抄备忘) is a word or two, and a diary's heading of the day
    (## 忙碌又充实的一天) is not what the text goes on to discuss. "" where there is none, or more than
    one."""
    seconds = [line for line in head if line.heading == 2]
    if len(seconds) != 1 or SECTION.match(seconds[0].view) or _is_name(seconds[0].view):
        return ""
    title = _tidy_title(seconds[0].text)
    # (or a term it quotes, 让“某某”成为…: a headline quotes the words its text is about, which the
    # text quotes again wherever it names them, where its other words are a headline's own phrasing;
    # a diary's heading of the day quotes a word in passing, 今天又是“充实”的一天, said once below)
    said = any(
        run[i : i + 4] in body
        for run in re.findall(r"[\u4e00-\u9fff]{4,}", title)
        for i in range(len(run) - 3)
    ) or any(
        body.count(f"“{term}”") >= _TERM_QUOTED_AGAIN
        for term in re.findall(r"“([\u4e00-\u9fff]{2,})”", title)
    )
    return title if _acceptable(title) and han_len(title) >= _ENTRYS_TOPIC and said else ""


_ENTRYS_TOPIC = 6  # Han characters: a phrase, longer than a template section's word or two
_TERM_QUOTED_AGAIN = 2  # times the entry quotes its heading's term: what it is about, not a word in passing
