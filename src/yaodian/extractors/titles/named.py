"""Headlines named from outside the text: a file's name or a mail's subject that shortens or wraps
the headline the text prints (_headline_named), running heads over a report's or a book's pages,
a model essay's label in a handout of essays, a line printed on every page, a file's name on a line
of its own; each the text's own headline where the body bears it out. And a speech that a notice
issues, named by the headline the document prints it under (_speech_as_printed).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from yaodian.extractors.boilerplate import SECTION, TOPIC, is_body, spaced
from yaodian.extractors.exam import MODEL_ESSAY
from yaodian.extractors.script import simplified
from yaodian.extractors.text import Paragraph, clean_line, han_len
from yaodian.extractors.titles.furniture import (
    _CONTENTS_ENTRY,
    _PERSONS_NAME,
    _acceptable,
    _is_date_line,
    _is_name,
    _not_a_headline,
    _only_a_note,
    _reads_like_headline,
)
from yaodian.extractors.titles.head import _unspaced
from yaodian.extractors.titles.headline import _COLLECTION, _joined
from yaodian.extractors.titles.page import _title_parts
from yaodian.extractors.titles.shared import (
    _BODY_TO_TELL,
    _DIVISION,
    _DOCUMENT_TYPE,
    _FILE_NAME,
    _LEADING_LABEL,
    _LINE_OF_HEADLINE,
    _LINE_TO_TELL,
    _ORDINAL,
    _PART_LABEL,
    _SAID_HEADLINE,
    _SHARED_BY_CHROME,
    _SHARED_BY_HEADLINE,
    _SHARED_BY_LISTED,
    _SPOKEN_AT,
    _SUBTITLE,
    _WORD_OR_TWO,
    ChosenTitle,
    _body_text,
    _HeadLine,
    _path_of,
    _shared_with,
    _squeezed,
    _words_of,
)
from yaodian.extractors.titles.tidy import _plain, _tidy_title
from yaodian.extractors.titles.told import (
    _headline_below_a_note,
    _lists_its_pieces,
    _over_its_text,
    _says_none_of,
)


def _day_named(name: str) -> str:
    """The day's note a file's name gives (2024_05_20, 2024-05-20, 20240520: 2024年5月20日笔记), where
    the name is that day alone: an outliner's journal page, a diary's entry, is filed under its day,
    and its day tells it from the keeper's other days where its text has no headline. The day is
    named as a note's, not as a date alone: a title is never a date alone. "" for a name with more
    than a day (a code, words: named by them), or numbers that make no day."""
    day = _DAY_NAME.fullmatch(name.strip())
    if not day or not (1 <= int(day["month"]) <= 12 and 1 <= int(day["day"]) <= 31):
        return ""
    return f"{int(day['year'])}年{int(day['month'])}月{int(day['day'])}日笔记"


# a file's name that is a day: year, month and day, set apart by one of _ - . or a space, or together
_DAY_NAME = re.compile(
    r"(?P<year>(?:19|20)\d\d)(?P<apart>[-_.\s]?)(?P<month>\d{1,2})(?P=apart)(?P<day>\d{1,2})"
)


def _model_essay_headline(lines: Sequence[str], paragraphs: list[Paragraph], running: set[str]) -> str:
    """The headline of the model essay that most of the text's prose belongs to, where a handout or a
    book of 申论 essays labels each (【范文三】…, 【范文】 over or under the headline, 范文二：…): the label
    opens the headline's line or stands next to it, and the essay's prose runs to the next label. The
    page holds that essay (a handout's page may open on the end of the one before and break off in the
    first lines of the next), so its headline names the deck, where the prose under it says some of
    its words and is more than half of the text's; "" where no labelled essay is so."""
    labels = _essay_labels(lines)
    all_prose = han_len(_body_text(paragraphs))
    if not labels or not all_prose:
        return ""
    for label, following in zip(labels, [*labels[1:], len(lines) + 1], strict=True):
        headline, at = _labelled_headline(lines, label, running)
        essay = "".join(p.text for p in paragraphs if is_body(p.text) and at < p.line < following)
        if (
            headline
            and 2 * han_len(essay) > all_prose
            and _shared_with(simplified(headline), essay) >= _SHARED_BY_LISTED
        ):
            title = _tidy_title(headline)
            return title if _acceptable(title) else ""
    return ""


def _essay_labels(lines: Sequence[str]) -> list[int]:
    """The numbers of the lines that a model essay's label opens (see _ESSAY_LABEL)."""
    return [number for number, raw in enumerate(lines, 1) if _ESSAY_LABEL.match(simplified(clean_line(raw)))]


def _a_unit_of_essays(heading: str, lines: Sequence[str]) -> bool:
    """Whether a unit's numbered `heading` (专题四 …) heads model essays, so that the labelled essay
    holding most of the page may name the deck over it: the heading names essays (…范文精读, 佳作赏析),
    or the page labels two or more. A lesson that gives one labelled essay as its worked example
    (专题四 大作文的开头技巧, then 【范文】 and the essay) is named by its heading."""
    return bool(_NAMES_ESSAYS.search(simplified(heading))) or len(_essay_labels(lines)) >= 2


def _essays_name_the_deck(told: str, lines: Sequence[str]) -> bool:
    """The head's headline `told` names a unit of model essays (see _a_unit_of_essays) or a handout
    that gives them, with one essay's label in the text: the essay's headline names the deck instead."""
    return bool(
        (_PART_LABEL.match(simplified(told)) and _a_unit_of_essays(told, lines))
        or (_HANDOUT_OF_ESSAYS.search(simplified(told)) and len(_essay_labels(lines)) == 1)
    )


# A handout's name that says it gives model essays (申论高分范文精讲讲义, 范文精读资料): over the essay
# it holds, not the essay's headline
_HANDOUT_OF_ESSAYS = re.compile(r"(?:范文|例文).{0,6}(?:讲义|教材|资料|手册)$")


def _labelled_headline(lines: Sequence[str], label: int, running: set[str]) -> tuple[str, int]:
    """The headline a model essay's label (on line `label`) marks, and its line: the rest of the label's
    line where the label opens one, else (also where the rest is a note, not prose) the line next
    below it, else the line next above it, where that reads like a headline and is no prose (范文一：
    基层是…。 opens the essay's prose, not its headline); ("", 0) where none does."""
    text = clean_line(lines[label - 1]).strip()
    label_end = _ESSAY_LABEL.match(simplified(text))  # (of the same length: see simplified)
    rest = text[label_end.end() if label_end else 0 :].strip()  # (the label is no part of the headline)
    below = next((number for number in range(label + 1, len(lines) + 1) if lines[number - 1].strip()), None)
    above = next((number for number in range(label - 1, 0, -1) if lines[number - 1].strip()), None)
    near = [(rest, label)] if rest else []
    if not rest or not is_body(rest):  # a note after the label (（一类文 42分）) leaves the lines near it
        near += [(clean_line(lines[n - 1]).strip(), n) for n in (below, above) if n is not None]
    for candidate, number in near:
        line = _HeadLine(number, candidate, simplified(candidate), raw=candidate)
        if (
            han_len(candidate) >= _LINE_TO_TELL
            and not is_body(line.view)
            and _reads_like_headline(line, running)
        ):
            return candidate, max(number, label)
    return "", 0


def _headline_named(
    name: str,
    way: str,
    head: list[_HeadLine],
    paragraphs: list[Paragraph],
    running: set[str],
    lines: list[str],
    sent: bool = True,
    as_sent: str = "",
) -> ChosenTitle:
    """The headline of a text that a `name` from outside it names (a file's name, a mail's subject,
    the running head an excerpt of a book or a report prints over its pages): the part of the name
    or the line the name wraps or shortens that the text prints alone (see _part_printed,
    _printed_inside, _named_in_full), else the one headline the text prints over most of its prose
    (see told._headline_below_a_note), else the name unless the text's own headline heads its prose (see
    told._over_its_text). A name that files or collects the text (a book's running head, 2026省考申论高分范文
    精编100篇, over the essay it prints) need not say what the text is about; the text's headline does.
    A name not `sent` is the document's own (its running head), which no sender's note stands over.
    `as_sent` is the name as the sender gave it, before it was tidied: a mail's subject that labels the
    headline it sends with a dash (面试真题参考答案——标题) keeps there the part the text prints."""
    # (each asked only where those before it found nothing)
    ways: tuple[tuple[str, Callable[[], str]], ...] = (
        ("part printed", lambda: _part_printed(name, paragraphs)),
        (
            "printed inside",
            lambda: _printed_inside(name, paragraphs) or _printed_inside(as_sent, paragraphs, name),
        ),
        ("named in full", lambda: _named_in_full(name, paragraphs)),
        (
            "headline below a note",
            lambda: _headline_below_a_note(name, paragraphs, running, sent, own=not sent),
        ),
    )
    for found, look in ways:
        if title := look():
            return ChosenTitle(title, f"{way}: {found}")
    title = _over_its_text(name, head, paragraphs, running, lines, below_a_note="")
    return ChosenTitle(title, _path_of(way, name, name, title))


def _headline_on_every_page(head: list[_HeadLine], headers: set[str], body: str) -> str:
    """The line of the head that the document prints again on its pages (`headers`: a deck's footer on
    every slide, a PDF's running head) and whose words the `body` says: the headline, which a deck or
    a report carries through its pages, as it does not a unit's name, a slogan or a series' name, whose
    words its body does not say. The first such line that reads like a headline, tidied; else ""."""
    if han_len(body) < _BODY_TO_TELL:
        return ""
    for line in head:
        if (
            simplified(clean_line(line.raw)) in headers
            and han_len(line.view) >= _LINE_TO_TELL
            and _reads_like_headline(line, set())
            and not TOPIC.search(line.view)
            and _shared_with(line.view, body) >= _SHARED_BY_HEADLINE
            and _acceptable(title := _tidy_title(line.text))
        ):
            return title
    return ""


def _named_in_full(name: str, paragraphs: list[Paragraph]) -> str:
    """The headline that the file's name or a mail's subject `name` shortens (转发：【精读】新时代
    “枫桥经验” for 坚持和发展新时代“枫桥经验”的实践路径), where the head gives none (a forwarder's or
    a teacher's note stands above the text): the first line of the text on its own, no sentence
    nor a section's heading nor a label that only brackets the name (see _a_label_of_no_topic: 【学习材料】
    under 学习材料; a bracketed headline the name cuts short, 【老树新花别样红】 under Fw：老树新花, is
    the headline), that says the name and more, tidied; "" where none does."""
    named = _LEADING_LABEL.sub("", name, count=1)  # (【精读】基层减负: a column's label, no part of it)
    squeezed = _squeezed(named)
    if han_len(named) < _NAMED_PART:
        return ""
    body = _body_text(paragraphs)
    for paragraph in paragraphs:
        view = simplified(paragraph.text)
        if (
            han_len(view) <= _LINE_OF_HEADLINE
            and squeezed in _squeezed(paragraph.text)
            and len(_squeezed(paragraph.text)) > len(squeezed)
            and not re.search(r"[。；;：:，,！!？?]", view)
            and not SECTION.match(view)
            and not (
                _a_label_of_no_topic(view, body)
                and _squeezed(_LABEL_MARKS.sub("", paragraph.text)) == squeezed
            )
            and _acceptable(title := _tidy_title(paragraph.text))
        ):
            return title
    return ""


def _a_label_of_no_topic(view: str, body: str) -> bool:
    """A line that is a bracketed label alone (【学习材料】, [转载]), whose words the `body`'s prose never
    takes up: a column's or a sender's label over the headline, naming what kind of text follows, not
    what it is about (a headline set in brackets, 【…】, is one the prose talks about)."""
    return bool(_LEADING_LABEL.fullmatch(view)) and _shared_with(view, body) <= _SHARED_BY_CHROME


_LABEL_MARKS = re.compile(r"[【】\[\]]")  # a bracketed label's marks
_NAMED_PART = 4  # han characters: a shorter name is said by many lines by chance


def _part_printed(name: str, paragraphs: list[Paragraph]) -> str:
    """The part of a file's name or a mail's subject `name` that the text prints alone as a line of
    its own (学习材料|以钉钉子精神抓好作风建设 over a text headed 以钉钉子精神抓好作风建设): the text's
    headline, the other parts a label the sender added (the longest printed first: a label may head a
    section too); "" where the name has one part or the text prints none of them alone."""
    parts = sorted(
        (part for part in _title_parts(name) if han_len(part) >= _NAMED_PART), key=han_len, reverse=True
    )
    if len(_title_parts(name)) < 2:
        return ""
    printed = {
        _squeezed(paragraph.text) for paragraph in paragraphs if not SECTION.match(simplified(paragraph.text))
    }
    return next(
        (title for part in parts if _squeezed(part) in printed and _acceptable(title := _tidy_title(part))),
        "",
    )


def _printed_inside(name: str, paragraphs: list[Paragraph], tidied: str = "") -> str:
    """The line the text prints alone that a file's name or a mail's subject `name` wraps in a
    sender's label before it (遴选材料——…, 学习资料：…) or a note after it (…（请于周五前阅读）), or
    both: the text's headline, which the sender named the file or the mail by; the longest such
    line, tidied; "" where the text prints none. A line the name says with words of the headline's
    own around it (a section's heading, a word of it) is no such line, nor is the name as `tidied`
    already (a name as sent is asked for what tidying cut from it), nor one under a label the text
    prints alone too."""
    squeezed = _squeezed(name)
    printed = {_squeezed(p.text): p.text for p in reversed(paragraphs)}  # (the first print of each)
    for line in sorted(printed, key=len, reverse=True):
        view = simplified(line)
        if (
            han_len(view) < _SAID_HEADLINE
            or line in (squeezed, _squeezed(tidied))
            or line not in squeezed
            or re.search(r"[。；;：:！!？?]", view)
            or SECTION.match(view)
        ):
            continue
        before, after = squeezed.split(line, 1)
        if _squeezed(re.sub(r"[—：:｜|【】\[\]]+", "", before)) in printed:
            continue  # (the text prints the label alone too: its headline over its theme, 活动方案——学党史，…)
        if (not before or _SENDERS_LABEL.fullmatch(before)) and (not after or _only_a_note(after)):
            return title if _acceptable(title := _tidy_title(printed[line])) else ""
    return ""


# A sender's label before what a name or a subject names, a dash, a colon or a bar apart (遴选材料——,
# 学习资料：, 【精读】): a word or two of the sender's, not the headline's.
_SENDERS_LABEL = re.compile(r"[^\s—：:｜|】\]]{1,12}(?:—{1,2}|[：:｜|】\]])|[【\[][^】\]]{1,12}[】\]]")


def _file_name_line(head: list[_HeadLine]) -> str:
    """The name of the file a copy kept on a line of its own (2024年学习材料(1).docx), tidied: no
    headline, but a better name than the body's first words where the head has no headline."""
    for line in head:
        if _FILE_NAME.search(line.raw):
            title = _tidy_title(line.raw)
            if _acceptable(title) and han_len(title) >= 4:
                return title
    return ""


def _running_titles(running_heads: Sequence[str]) -> list[str]:
    """The running heads that read like a headline and are no masthead, date or page's furniture
    (青阳市第十七届人民代表大会第五次会议文件 over the even pages, 政府工作报告 over the odd), tidied."""
    titles: list[str] = []
    for text in running_heads:
        plain = _unspaced(_plain(spaced(text)))
        line = _HeadLine(0, plain, simplified(plain), raw=text)
        # (a head that names a book's chapter among its parts, 某某公考 · 某某讲义 第三章 申论范文, or a
        # handout's lecture or unit after the handout's name, …讲义 第三讲 申论范文, …讲义 专题三 …, is the
        # book's and the part's name over the texts the pages print, none of them)
        if (
            _reads_like_headline(line, set())
            and not _not_a_headline(line.view)
            and not _NAMES_A_CHAPTER.search(plain)
        ):
            title = _tidy_title(plain)
            if _acceptable(title) and han_len(title) >= 4:
                titles.append(title)
    return titles


def _named_by_running_head(
    running_titles: list[str],
    running_heads: Sequence[str],
    head: list[_HeadLine],
    paragraphs: list[Paragraph],
    running: set[str],
    lines: list[str],
) -> ChosenTitle | None:
    """The title the first of `running_titles` gives (see _headline_named: the text's own headline, or
    the running head's name), unless that title is a stamp's (see _stamped): a stamp names no document,
    so the next running head is asked, then the next path of choose_title (None)."""
    text = None  # (the text under the running heads, gathered when a stamp is first asked about)
    for title in running_titles:
        # (a running head is printed by the document, not given by a sender: no sender's note above its text)
        chosen = _headline_named(title, "running head", head, paragraphs, running, lines, sent=False)
        if chosen.title != title:
            return chosen
        if text is None:
            text = _text_under(running_heads, lines)
        if not _stamped(title, text):
            return chosen
    return None


# a book's chapter named anywhere in a line (…讲义 第三章 申论范文), or a handout's lecture or unit after
# the handout's name (…讲义 第三讲 申论范文, …讲义 专题三 申论范文)
_NAMES_A_CHAPTER = re.compile(
    r"(?:^|\s)第[一二三四五六七八九十百\d]{1,3}[章编篇](?:\s|$)"
    r"|\s(?:第[一二三四五六七八九十百\d]{1,3}讲|专题[一二三四五六七八九十百\d]{1,3})(?:\s|$)"
)
# a running head that heads a book's chapter (第二章　综合分析与组织管理): the pages under it are of the chapter
_CHAPTER = re.compile(r"\s*第[一二三四五六七八九十百\d]{1,3}[章编篇]\s*\S")
# the heading of a part of a chapter (第三节 基层治理类热点题): its number, then its words
_PART_OF_CHAPTER = re.compile(r"\s*第[一二三四五六七八九十百\d]{1,3}[节讲课]\s*(?P<words>\S.*)")


def _part_of_a_chapter(head: list[_HeadLine], running_heads: Sequence[str], running: set[str]) -> str:
    """The heading of the part of a book's chapter that a text is, where a running head heads the
    chapter (第二章　综合分析与组织管理, over a scanned textbook's pages) and the first line of the head
    heads a part of it (第三节 基层治理类热点题) whose words read like a headline: a section's heading
    names no whole document, but the pages of one part of a chapter are that part. Tidied; else ""."""
    if not head or not any(_CHAPTER.match(simplified(text)) for text in running_heads):
        return ""
    part = _PART_OF_CHAPTER.fullmatch(head[0].view)
    if part is None:
        return ""
    words = replace(head[0], text=part["words"], view=part["words"], heading=0)
    title = _tidy_title(head[0].text)
    return title if _reads_like_headline(words, running) and _acceptable(title) else ""


def _text_under(running_heads: Sequence[str], lines: Sequence[str]) -> str:
    """The text of the pages `running_heads` stand over (`lines`, simplified), without the copies of
    the running heads the text keeps (a first page's, spaced apart)."""
    heads = {_words_of(simplified(head)) for head in running_heads}
    return "\n".join(view for line in lines if _words_of(view := simplified(line)) not in heads)


def _stamped(title: str, text: str) -> bool:
    """A line printed over every page (`title`) that the `text` of the pages, long enough to tell
    (_BODY_TO_TELL), says none of the words of (see told._says_none_of): what the tool that made the file
    prints on each page it makes (由 扫描全能王 扫描创建, as a scanning app marks a scanned PDF), no name
    of the document. A document's name over its pages is one its headline or its prose says some
    words of (政府工作报告; an exam paper's 2024年某省公开遴选公务员笔试, over a headline that says
    遴选公务员; a book's 2026省考申论高分范文精编100篇 over the essay it prints, which says 申论)."""
    return han_len(text) >= _BODY_TO_TELL and _says_none_of(title, text)


# A model essay's label, bracketed or before a colon: 【范文】, 【范文三】, [范文2], 范文一：, 【参考范文】,
# 【高分范文二】, 【例文】 (a handout's word for the essay it gives as a model, with its grade or its number),
# or a handout's numbered section that holds the essay alone (二、参考范文)
_MODEL_ESSAY = r"(?:参考|优秀|高分|满分|示范)?(?:范文|例文)"
_ESSAY_LABEL = re.compile(
    rf"\s*(?:[【\[]\s*{_MODEL_ESSAY}\s*{_ORDINAL}?\s*[】\]]|{_MODEL_ESSAY}\s*{_ORDINAL}\s*[:：]"
    rf"|[一二三四五六七八九十]{{1,2}}\s*、\s*{_MODEL_ESSAY}\s*$)\s*"
)
# Words a unit's heading names its model essays by (范文精读, 例文评析, 佳作赏析)
_NAMES_ESSAYS = re.compile(r"范文|例文|精读|佳作")


def _speech_as_printed(title: str, lines: Sequence[str]) -> str:
    """A speech that a notice issues, named as the notice names it (张某某同志在…上的讲话, or by its
    speaker alone: 张某某同志讲话), by the headline the document prints it under after the notice: its
    own name without the speaker on a line of its own (在…上的讲话), or the headline over a ——subtitle
    of that name (凝心聚力抓改革 / ——在…上的讲话). A notice's headline, broken over two lines as a red-
    headed notice's often is, may drop the speech's 的 (…推进会上讲话的通知) or its meeting; the notice's
    own words say whose speech the printed name is (现将张某某同志在…上的讲话印发给你们). Where the
    document prints neither, the speaker stays in the name, as two speeches at one meeting differ by
    their speakers only."""
    speaker = _SPEAKER_OF_ISSUED_SPEECH.match(title)
    if not speaker:
        return title
    text = "".join(_squeezed(line) for line in lines)
    if not any(f"印发{notice}{_squeezed(title)}" in text for notice in ("", "《")):
        return title  # (a speech that no notice issues, named by its speaker by a file's name or a page)
    own = title[speaker.end() :]
    for index, line in enumerate(lines):
        printed = _squeezed(line).lstrip("—－–-") if _SUBTITLE.match(line) else _squeezed(line)
        if not (
            _same_speech(printed, own)
            or (_SPOKEN_AT.fullmatch(printed) and not own.startswith("在") and speaker[0] + printed in text)
        ):
            continue
        if not _SUBTITLE.match(line):
            return printed  # (its words run together: a line set out spaced keeps no space in the name)
        return _headline_over_subtitle(lines, index, speaker[0].removesuffix("同志")) or title
    return title


def _speech_under_a_label(title: str, lines: Sequence[str]) -> str:
    """The speech's name in `title` without the filing label before its colon (学习材料：张某某同志在…上
    的讲话, as a mail's subject or a file's name files it), where the document prints that speech's own
    name as a line (在…上的讲话, with its speaker or without): the label and the printed name agree that
    the text is that speech, which names the deck. A label is a few words, no speech's part, and no
    word for a text written on the speech (学习心得：…, 要点摘编：…: the text is the reader's, which
    prints the speech's name over what it says of it); `title` as it is where the speech is named once
    only or is not one."""
    parts = _FILED_UNDER_A_LABEL.fullmatch(title)
    if (
        not parts
        or "在" in parts["label"]
        or _WRITTEN_ON_IT.search(parts["label"])
        or not _SPOKEN_AT.search(parts["rest"])
    ):
        return title
    rest = _squeezed(parts["rest"])
    printed = {_squeezed(line) for line in lines}
    if any(rest.endswith(line) and _SPOKEN_AT.fullmatch(line) for line in printed if line):
        return parts["rest"].strip()
    return title


_FILING_LABEL = 8  # characters: a filing label's words (学习材料, 参考资料, 会议材料之二)
# the kinds of text a reader writes on a speech (心得, 体会, 解读, 要点, 摘编, 笔记): no filing label
_WRITTEN_ON_IT = re.compile(r"心得|体会|感悟|读后感|解读|导读|辅导|笔记|摘编|摘要|要点|述评|评论")
_FILED_UNDER_A_LABEL = re.compile(rf"\s*(?P<label>[^:：]{{1,{_FILING_LABEL}}})[:：]\s*(?P<rest>\S.*)")


def _same_speech(printed: str, named: str) -> bool:
    """A speech's name as printed (在…推进会上的讲话) and as a notice names it, perhaps without its 的
    (在…推进会上讲话): the same words but for 的."""
    return bool(named) and printed.replace("的", "") == _squeezed(named).replace("的", "")


def _headline_over_subtitle(lines: Sequence[str], index: int, speaker: str) -> str:
    """The headline on the line or two right over line `index` (a subtitle), joined: lines that read
    like a headline, not a note in brackets, a date, a name (the notice's issuer), a post and a name
    (市委书记 张某某), the speaker's name, the speech's own label (…讲话稿) or an office (…办公室秘书科),
    a sentence or a blank line. Where none stands there, no headline (the notice's name stays)."""
    parts: list[str] = []
    for line in reversed(lines[max(0, index - 2) : index]):
        text = line.strip()
        if (
            not 4 <= han_len(text) <= _LINE_OF_HEADLINE
            or re.search(r"[。；，,:：]", text)
            or re.fullmatch(r"[(（【\[].*", text)
            or _is_date_line(text)
            or _is_name(text)
            or not _reads_like_headline(_HeadLine(0, text, simplified(text), raw=text), set())
            or (re.search(r"\s", text) and _is_name(text.split()[-1]))
            or speaker in text
            or re.search(r"(?:讲话|讲话稿|发言)$", text)
            or re.search(r"(?:办公室|办公厅|委员会|[处科室股])$", text)
            or _DIVISION.fullmatch(text)
        ):
            break
        parts.insert(0, text)
    if len(parts) == 2 and re.search(r"\S\s+\S", parts[0]):
        return " ".join(parts)  # (a headline of halves a space apart keeps the space where it wraps)
    return _joined(*parts) if len(parts) == 2 else "".join(parts)


# The speaker a notice names the speech it issues by (关于印发张某某同志在…上的讲话的通知), as notices
# name a leader's speech (see _speech_as_printed)
_SPEAKER_OF_ISSUED_SPEECH = re.compile(
    r"[\u4e00-\u9fff·]{2,4}同志(?=(?:在.{4,60})?(?:的)?(?:讲话|发言|致辞|报告)$)"
)


def _text_it_prints(
    title: str, head: list[_HeadLine], lines: Sequence[str], paragraphs: list[Paragraph], running: set[str]
) -> str:
    """The headline of a text the document prints below its head, where that text holds most of the
    document's prose: a host's script or a meeting's record that gives the floor to a speech (全县…推进会
    主持词 … 凝心聚力抓落实 / ——在…上的讲话), a course's handout that sets the question and then the model
    answer under its headline (某某系统班 第7讲 … 让年轻干部… / ——…答题示范). The head's headline
    (`title`) names the wrapper, the occasion or the course; a learner studies the text it prints, which
    the page heads as a text is headed: its ——subtitle, or its speaker's name and the date, right under
    it (see _headed_as_a_text). "" where the document prints no such text below the `head`, or where
    `title` names it already (its headline, or its subtitle's occasion: 某某同志在…上的讲话), and where
    it prints two texts or more so headed: a collection (讲稿选编, 讲话汇编), named by its own title, not
    by its first text, which a foreword above the next texts makes hold most of the prose."""
    prose = [(p.line, han_len(p.text)) for p in paragraphs if is_body(p.text)]
    total = sum(length for _, length in prose)
    end_of_head = max((lines.index(line.raw) + 1 for line in head if line.raw in lines), default=0)
    filled = [(number, raw.strip()) for number, raw in enumerate(lines, 1) if raw.strip()]
    named = _words_of(simplified(title))
    printed: list[tuple[int, str, list[str]]] = []  # each text's line, headline and the lines that head it
    for index, (number, text) in enumerate(filled):
        under = [line for _, line in filled[index + 1 : index + 3]]
        if (
            number > end_of_head
            and _headed_as_a_text(under)
            and _HEADLINE_OPENING.match(text)
            and _reads_like_headline(_HeadLine(0, text, simplified(text), raw=text), running)
        ):
            printed.append((number, text, under))
    if len(printed) != 1:
        return ""  # (a collection prints several texts, each headed so, and is named by its own title)
    number, text, under = printed[0]
    if (
        2 * sum(length for line, length in prose if line > number) >= total > 0
        and _words_of(simplified(text)) not in named
        and _words_of(simplified(under[0]).lstrip("—－–- ")) not in named
    ):
        return _tidy_title(text)
    return ""


def _headed_as_a_text(under: list[str]) -> bool:
    """The lines right under a headline head a text of its own: a ——subtitle with words (——在…上的讲话;
    not a quotation's source, ——摘自《…》, a rule of dashes or a list's dashed item), or the speaker's or the writer's name
    alone and then the date (孙某某 / （2024年4月2日））."""
    if not under:
        return False
    first = simplified(under[0])
    if _WORDED_SUBTITLE.match(first):
        # (a subtitle is one line: dashed lines in a row are a slide's list, ——敢闯敢试… / ——求真务实…)
        return not _QUOTATIONS_SOURCE.match(first) and not (len(under) == 2 and _SUBTITLE.match(under[1]))
    return (
        len(under) == 2
        and bool(_PERSONS_NAME.fullmatch("".join(first.split())))
        and _is_date_line(simplified(under[1]))
    )


# a dash or two and the subtitle's words (——在…上的讲话); a rule of dashes (———— 第 1 页 ————) is a page's
_WORDED_SUBTITLE = re.compile(r"\s*[—－–-]{1,2}\s*[\u4e00-\u9fff“《「]")
# where a quotation comes from, set under it after a dash (——摘自《…》, ——选自…)
_QUOTATIONS_SOURCE = re.compile(r"\s*[—－–-]{1,2}\s*(?:摘自|选自|引自|出自|转引自)")
# a headline opens with a character or a quote, not a label's bracket, a number or a list's mark
_HEADLINE_OPENING = re.compile(r"\s*[\u4e00-\u9fff“《「]")


def _essay_under_exam_label(
    title: str, lines: Sequence[str], paragraphs: list[Paragraph], running: set[str]
) -> str:
    """The headline of the answer or model essay that an exam material's label stands over (2025年某市
    事业单位笔试 第三题参考答案, a label by its 第三题 and 参考答案, not by 笔试, 2025选调申论优秀范文汇编（生态篇）, 考前押题二｜…（命中率★★★）): the label,
    made of the exam's words (see _EXAM_LABEL), names the file a learner keeps the essay in; the
    essay's own headline, printed below it on a short line of its own right over prose, names what
    is learnt. It names the deck where it is the one such headline below the label and the first
    thing below the label and its one question (a paragraph of prose before it, the thesis or an
    interview answer's 我认为…, makes it a sub-heading), and the prose under it is more than half of
    the text's and says some of its words. "" where `title` is no such label: one whose headline
    follows it on its own line (申论范文——标题, 【范文】标题: the headline is printed already), a
    document's own name (…通知, …工作总结, …思路解析), a whole paper (真题及参考答案, or several
    questions below it), a book of questions or lessons (see _BOOK_OF_QUESTIONS); where the prose is
    too short to tell, or where no such headline stands. A label that counts its pieces
    (范文汇编（三篇）) is a collection's name, which only a labelled essay holding most of the prose
    replaces (see _model_essay_headline)."""
    # (申论范文｜标题, 范文——标题, 【范文】标题: a label, then what it labels)
    named = _LABELS_SPLIT.split(simplified(title).strip())[-1]
    if (
        not _EXAM_LABEL.search(named)
        or _BOOK_OF_QUESTIONS.search(simplified(title))
        or _WHOLE_PAPER.search(simplified(title))
        or _a_documents_own_name(simplified(title))
    ):
        return ""
    prose = [(p.line, p.text) for p in paragraphs if is_body(p.text)]
    if sum(han_len(paragraph) for _, paragraph in prose) < _BODY_TO_TELL:
        return ""  # (too little prose to tell an essay's headline from a question's)
    filled = [(number, raw.strip()) for number, raw in enumerate(lines, 1) if raw.strip()]
    label, printed = next(
        ((n, text) for n, text in filled if _squeezed(title) in _squeezed(simplified(clean_line(text)))),
        (0, ""),
    )
    if _COUNTED_PIECES.search(simplified(f"{title} {printed}")):
        # (a collection, 范文精选（三篇）: named by its name, unless it labels its essays and gives one
        # of them only, the rest withheld or cut off; see _model_essay_headline)
        return _model_essay_headline(lines, paragraphs, running)
    headlines = [
        (number, text)
        for (number, text), (_, below) in zip(filled, [*filled[1:], (0, "")], strict=True)
        if number > label and _an_essays_headline(text, below, running)
    ]
    if len(headlines) != 1:
        return ""  # (none, or a collection's essays)
    number, text = headlines[0]
    if not _only_a_question_between([simplified(line) for n, line in filled if label < n < number]):
        return ""  # (another question, or prose before it: an answer's sub-heading, no essay's headline)
    essay = "".join(paragraph for line, paragraph in prose if line > number)
    if 2 * han_len(essay) > sum(han_len(paragraph) for _, paragraph in prose) and (
        _shared_with(simplified(text), simplified(essay)) >= _SHARED_BY_LISTED
    ):
        return result if _acceptable(result := _tidy_title(text)) else ""
    return ""


def _only_a_question_between(lines: list[str]) -> bool:
    """Whether the lines between an exam's label and a headline below it hold no prose but one question
    (its line and the lines it runs on over) and lines of no prose (【参考范文】, an uploader's line): a
    paper's second question or an answer's prose (资料1：…, 我认为…) makes the headline a part's."""
    questions, in_question = 0, False
    for line in lines:
        if _QUESTION_LINE.match(line):
            questions, in_question = questions + 1, True
        elif not is_body(line):
            in_question = False
        elif not in_question:
            return False
    return questions <= 1


def _an_essays_headline(text: str, below: str, running: set[str]) -> bool:
    """A line (`text`, the line `below` it) that may head an essay: a short line that reads like a
    headline, no prose, no exam's label itself (【押题范文】), no label's line (分论点3：…) and no
    question (…你会怎么组织？), over a line of prose."""
    view = simplified(clean_line(text))
    return (
        _LINE_TO_TELL <= han_len(view) <= _LINE_OF_HEADLINE
        and not is_body(view)
        and not _EXAM_LABEL.search(view)
        and not re.search(r"[：:]|[？?]$", view)  # (分论点3：…, a label's line; …怎么组织？, a question)
        and is_body(simplified(below))
        and _reads_like_headline(_HeadLine(0, text, view, raw=text), running)
    )


# The words an exam material's label names it by: the question (真题, 第四题, 预测题, 押题, 命中率)
# and what answers it (参考答案, 范文 as a word (MODEL_ESSAY), 例文). The exam's
# subject alone (申论, 面试, 遴选) is no label: a lesson names it too (专题四 申论大作文的开头技巧, over its
# worked example).
_EXAM_LABEL = re.compile(
    rf"真题|参考答案|{MODEL_ESSAY}|例文|押题|预测题|命中率|第[一二三四五六七八九十\d]{{1,3}}题"
)
# A label that counts the pieces it collects (（三篇）, 高分范文3篇, 4道高频真题)
_COUNTED_PIECES = re.compile(r"[\d一二两三四五六七八九十百]+[篇道]")
# A book's name for the questions it sets or the lessons it teaches (练习题本, 题库, 试卷, 模拟卷, 讲义):
# the headline of the one text under it names no more of it than its first question or example
_BOOK_OF_QUESTIONS = re.compile(r"题本|题库|(?<!答)卷|试题集|练习册|讲义|教材|课件|教案")
# What parts a label from what it labels on the same line: ｜, a colon, a dash, spaces, a closing 】
_LABELS_SPLIT = re.compile(r"[｜|：:】]|[—－]{1,2}|\s+")
# A whole paper's name: its questions together with their answers (申论真题及参考答案, 真题+解析)
_WHOLE_PAPER = re.compile(r"真题.*(?:及|和|与|附|[+＋]).*(?:答案|解析)")
# A question's line: 第二题…, 问题三…, 题目：…, 【预测题目】…, or one that asks (…你怎么看？)
_QUESTION_LINE = re.compile(
    r"\s*[【\[]?\s*(?:第[一二三四五六七八九十\d]{1,3}题|问题[一二三四五六七八九十\d]|(?:预测|模拟|原)?题目|题干)"
    r"|.*[？?]\s*$"
)
# A document's own name by its type (…的通知, …工作总结, …思路解析): a document about an exam, not its material
_ANALYSIS = re.compile(r"(?:解析|分析|点评|思路|研究)[”」）)]*$")


def _a_documents_own_name(title: str) -> bool:
    """Whether `title` ends in a document's type (通知, 总结, 解析…), not in a count of pieces (3篇)."""
    typed = _DOCUMENT_TYPE.search(title)
    return bool(_ANALYSIS.search(title) or (typed and not _COUNTED_PIECES.fullmatch(typed[1])))


def _collection_over_its_contents(title: str, head: list[_HeadLine], running_heads: Sequence[str]) -> str:
    """The collection's name a running head prints (某某政策文件汇编（2024年版） 某某局 编) where the
    head opens on a table of contents of several texts and the headline `title` is one of its entries:
    the headline of the collection's first text, under contents that name the others, is no name of
    the whole, which the pages' heads carry (the cover, where the copy kept none). "" where no running
    head names a collection (汇编, 选编, 读本 …: see headline._COLLECTION)."""
    entries = [
        _squeezed(_CONTENTS_ENTRY.sub("", line.view)) for line in head if _CONTENTS_ENTRY.search(line.view)
    ]
    if len(entries) < _ENTRIES_OF_A_COLLECTION or _squeezed(simplified(title)) not in entries:
        return ""
    for text in running_heads:
        for part in re.split(r"\s+", _plain(spaced(text))):
            name = _tidy_title(part)
            if han_len(name) > _WORD_OR_TWO and _COLLECTION.search(simplified(name)) and _acceptable(name):
                return name
    return ""


_ENTRIES_OF_A_COLLECTION = 2  # texts a table of contents names: a collection's, not one text's parts


def _piece_under_its_listing(
    title: str, head: list[_HeadLine], lines: Sequence[str], paragraphs: list[Paragraph], running: set[str]
) -> str:
    """The headline of the one text a listing's name stands over: a document site or a model-essay
    page names what it offers after the text with the kind of collection it is (…心得体会范文（精选3篇）,
    …发言稿合集, …汇编, …大全), and the text prints its own headline, the name without those words, on
    a line of its own below it. The copy holds that one text, so its headline names it. "" where the
    title adds no such words to a line below it, or where the copy is the collection: its pieces
    numbered past the first (篇二, 范文二：, 第二篇), the headline printed over more than one of them,
    a table of contents that lists several, or another headline in the text below the name (a second
    essay's, unlabelled; a single essay's unnumbered heading reads the same and keeps the listing's
    name too)."""
    whole = _squeezed(simplified(title))
    rest = _LISTING_WORDS.search(whole)
    if rest is None or han_len(core := whole[: rest.start()]) < _LINE_TO_TELL:
        return ""
    at = next((i for i, line in enumerate(head) if _squeezed(simplified(line.view)).startswith(whole)), None)
    below = (
        next((line for line in head[at + 1 :] if _squeezed(simplified(line.view)) == core), None)
        if at is not None
        else None
    )
    if below is None or _lists_its_pieces(head):
        return ""
    printed = sum(1 for line in lines if _squeezed(simplified(_PIECE_LABEL.sub("", line))) == core)
    if printed > 1 or any(_LATER_PIECE.match(simplified(line)) for line in lines):
        return ""
    if _another_headline_below(core, paragraphs, running):
        return ""
    return _tidy_title(below.text)


def _another_headline_below(name: str, paragraphs: list[Paragraph], running: set[str]) -> bool:
    """Whether the main text, past the line that prints `name` alone, holds another line that reads
    like a headline and is no numbered section's heading (一、…): the next piece of a collection."""
    at = next((i for i, p in enumerate(paragraphs) if _squeezed(p.text) == name), None)
    return at is not None and any(
        han_len(p.text) >= _LINE_TO_TELL
        and not is_body(p.text)
        and _reads_like_headline(_HeadLine(p.line, p.text, p.text, raw=p.text), running)
        for p in paragraphs[at + 1 :]
    )


# The words a listing adds to the name of what it offers: the collection's kind, how many pieces it
# holds, a site's bracketed note on them (范文（精选3篇）, 合集, 汇编, 大全, 精选5篇, 范例)
_LISTING_WORDS = re.compile(
    r"(?:(?:范文|范例|例文|合集|汇编|大全|集锦|精选|精编|选编|汇总)(?:[\d一二三四五六七八九十]+篇)?)+"
    r"(?:[（(【\[][^（()）【】\[\]]{0,10}[）)】\]])*$"
)
# A piece's label before its headline (篇一：, 【篇一】, 范文一 , 第一篇：)
_PIECE_LABEL = re.compile(
    r"^\s*[【\[（(]?\s*(?:(?:篇|范文|例文)\s*[\d一二三四五六七八九十]+|第\s*[\d一二三四五六七八九十]+\s*篇)"
    r"\s*[】\]）)]?\s*[：:、.．]?\s*"
)
# The label of a piece past the first: the copy holds a collection's several pieces
_LATER_PIECE = re.compile(
    r"^\s*[【\[（(]?\s*(?:(?:篇|范文|例文)\s*(?:[2-9]|[二三四五六七八九十])|第\s*(?:[2-9]|[二三四五六七八九十])\s*篇)"
    r"(?![\u4e00-\u9fff])"
)
