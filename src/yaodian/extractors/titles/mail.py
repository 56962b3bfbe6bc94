"""The headline of the text a mail forwards: the forwarded mail's own first line, below its headers.

A mail that passes a text on (转发：…, Fwd: …) keeps the forwarded mail's headers in its text (发件人：…
/ 主题：… / From: … / Subject: …), then the text as its writer sent it. Its subject and the subject in
those headers are the senders' names for the mail (请各支部组织学习, 第三期读书班材料, 面试答题思路分享),
which need not say what the text is; the text names itself on its first line.
"""

from __future__ import annotations

import re

from yaodian.extractors.boilerplate import is_body, mail_header_runs
from yaodian.extractors.text import Paragraph, han_len
from yaodian.extractors.titles.furniture import _acceptable, _not_a_headline, _reads_like_headline
from yaodian.extractors.titles.shared import (
    _SHARED_BY_CHROME,
    _SUBTITLE,
    _body_text,
    _HeadLine,
    _shared_with,
    _squeezed,
)
from yaodian.extractors.titles.tidy import _tidy_title


def _forwarded_headline(lines: list[str], paragraphs: list[Paragraph], running: set[str]) -> str:
    """The headline of the text a mail forwards, where the lines hold a forwarded mail's headers and
    the text below them is more than the sender's note above them (a reply that quotes the mail it
    answers carries its text above the quote): the first line under the last run of headers, past
    the forwarder's short notes to its readers (乐宁：材料已修改，见下文。), where it reads like a
    headline and its ——subtitle comes right under it, or the text's prose, which says some of its
    words (_SHARED_BY_CHROME). A label that files the text (【学习材料·第18期】, 理论学习材料（第8期）)
    has the headline, a date or a byline under it, or prose that says none of its words: none is
    taken then. "" where the lines hold no such headline."""
    runs = mail_header_runs(lines)
    if not runs:
        return ""
    first, last = runs[0][0], runs[-1][-1]
    above = han_len("".join(p.text for p in paragraphs if p.line < first))
    below = [p for p in paragraphs if p.line > last]
    if above >= han_len("".join(p.text for p in below)):
        return ""
    for at, paragraph in enumerate(below[: _NOTES + 1]):
        view = paragraph.text
        if _FORWARDERS_NOTE.search(view):
            continue
        following = below[at + 1].text if at + 1 < len(below) else ""
        line = _HeadLine(paragraph.line, paragraph.written, view, paragraph.heading, paragraph.bullet)
        prose = _body_text(below[at + 1 :])
        if not (
            _SUBTITLE.match(following)
            or (is_body(following) and _shared_with(view, prose) >= _SHARED_BY_CHROME)
        ) or not _reads_like_headline(line, running):
            return ""
        # (the line as the mail prints it, where the paragraph is that line: its spaces kept, 标题 副题)
        printed = lines[paragraph.line - 1]
        title = _tidy_title(
            printed if _squeezed(printed) == _squeezed(paragraph.written) else paragraph.written
        )
        return title if _acceptable(title) and not _not_a_headline(title) else ""
    return ""


# a forwarder's note to its readers over the text: a salutation (各位同事：), a sentence (见下文。) or
# a request to them, stops or none (请各单位认真组织学习, 请大家查收)
_FORWARDERS_NOTE = re.compile(
    r"[:：。！!]\s*$|^\s*(?:请\s*(?:各|大家|您|你|同志|尽快|及时|认真|务必|查收|查阅|阅|于|在|按)|烦请|敬请)"
)
_NOTES = 2  # lines of a forwarder's note at most between the headers and the text
