"""Find a document's own title: its headline, for its deck's name.

The headline is told from the furniture around it (a site's banner and menus, chrome, bylines,
date lines, salutations, section headings; boilerplate.py tells those lines apart) among a
document's first lines, or taken from the title its format gives (a web page's, a Word
document's, a Markdown file's top heading), tidied of a site's name, a column's label and notes.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import NamedTuple

from yaodian.extractors.boilerplate import (
    BANNER_WORD,
    BREADCRUMB,
    CREDITED_ROLE,
    DOCUMENT_NUMBER,
    EDITION,
    EDITORS_LABEL,
    FONT_SIZE,
    LINK_ARROW,
    MASTHEAD,
    META,
    NOTE,
    RESTRICTED,
    RUN_BY,
    SECTION,
    SHARED_DOCUMENT_FIELDS,
    SIGNED_OFF,
    STRONG_WIDGET_WORDS,
    TOPIC,
    URL,
    WEATHER,
    has_mail_headers,
    is_body,
    is_furniture,
    is_site_line,
    running_lines,
    spaced,
)
from yaodian.extractors.script import simplified
from yaodian.extractors.text import Paragraph, clean_line, han_len
from yaodian.junk import without_jammer
from yaodian.names import FAMILY_NAME, is_org_name, is_site_name
from yaodian.sources import PageTitles

# A headline stands among a document's first lines, before its body: a long line of prose.
_HEAD_LINES = 30
_UNTITLED = "未命名文档"
# Document types of official writing (GB/T 9704's 文种 and the genre's speeches and reports, and
# the lessons and lectures a deck or a handout is made for: 专题党课, 专题讲座; and the forms and
# sheets an exam or an office prints: 答题纸, 记录纸, 登记表): a headline that ends in one is
# complete, and the next line is not more of it.
_DOCUMENT_TYPE = re.compile(
    r"(决议|决定|命令|令|公报|公告|通告|意见|通知|通报|报告|请示|批复|议案|函|纪要|讲话|发言|致辞|"
    r"规划|纲要|方案|办法|规定|条例|细则|准则|要点|试卷|题本|总结|计划|汇报|体会|材料|讲义|提纲|"
    r"答题纸|记录纸|答题卡|(?:登记|记录|报名|申请|审批|汇总|统计|一览)表|"
    r"解读|问答|答问|笔记|党课|讲座|宣讲|"
    r"[\d一二三四五六七八九十]+篇)[”」）)]*$"
)
_FULL_DATE = re.compile(
    r"\d{4}\s*(年|-|/|\.)\s*\d{1,2}\s*(月|-|/|\.)\s*\d{1,2}|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月"
)
_DATE_ALONE = re.compile(
    r"[\s(（]*(\d{4}\s*[年./-]\s*(\d{1,2}\s*[月./-]?\s*(\d{1,2}\s*日?)?)?|\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"\s*(星期.|周.)?\s*(\d{1,2}:\d{2}(:\d{2})?)?[\s)）]*"
)
_SUBTITLE = re.compile(r"\s*[—－–-]")
_BYLINE = re.compile(r"记者|通讯员|评论员|撰稿|主讲|^原创|^楼主")  # 楼主: a forum thread's poster
# A labelled field that names the text (标题：…, 题名：…, a lecture's 讲题：… or 演讲题目：…), matched on
# a line's simplified view, so that traditional script (標題：, 講題：) is read as simplified.
_TITLE_FIELD = re.compile(
    r"\s*(?:[【\[]\s*)?(?:文章|文件|讲座|演讲|报告|课程)?(?P<label>标\s*题|题\s*名|篇\s*名|名\s*称|讲\s*题|题\s*目)"
    r"\s*(?:[:：]|[】\]]\s*[:：]?)\s*(?P<title>\S.*)"
)
# A question or a task set under a 题目： label (题目：你怎么看？, 题目：请谈谈…。, 题目：根据给定资料3，
# 概括…): an exam's item, not the name of the text (演讲题目：请党放心，强国有我 is a name).
_SET_QUESTION = re.compile(
    r"^\s*(?:请\s*(?:你|您|结合|根据|联系|围绕|就|以|谈|概括|归纳|分析|阐述|简要|说明|阅读|参考)|根据|结合|阅读|谈谈|试)"
    r"|给定资料|[。？?]"
)
_MARKDOWN_TOP_HEADING = re.compile(r"\s{0,3}#\s+\S")
# A column's label before a bar (重磅｜…, 2024考点｜…): a word or two, then the headline.
_KICKER = re.compile(r"\s*(?P<label>[^｜|\s]{1,10})\s*[｜|]\s*(?P<rest>.+)")
_BRACKETED_NOTE = re.compile(r"\s*[(（【\[][^)）】\]]*[)）】\]]\s*")


@dataclass(frozen=True)
class _HeadLine:
    """A line of the document's head: its row (its line number, but where the document sets
    blank lines between all its lines, as copies and PDF text often do, a blank line is no
    break: lines that follow each other have rows one apart), its text (tidied) and that text's
    simplified view, with its Markdown heading level and list depth where it has them."""

    number: int
    text: str
    view: str
    heading: int = 0
    bullet: int = 0
    raw: str = ""
    dated: bool = False  # the line carried the article's information after its text (来源：… 2024-…)
    form: bool = False  # one of two or more fields of a form in the head (see _spaced_field)


class ChosenTitle(NamedTuple):
    """A deck's title and the path that chose it (see choose_title): which of find_title's ways found
    it, and whether the body's words then gave it to another line (a diagnostic for bench/)."""

    title: str
    path: str


def find_title(
    lines: list[str],
    paragraphs: list[Paragraph],
    fallback: str,
    given: str | None = None,
    running_heads: Sequence[str] = (),
    page: PageTitles | None = None,
) -> str:
    """The document's own headline, for its deck's name: never empty, a URL, a Markdown mark or
    a date alone.

    In order: the title the format gave (`given`: a web page's, a Word document's, a Markdown
    file's top heading; a web page's headline among what it offers, `page`: see _page_headline),
    tidied, when it has words; a 标题: field of a page's metadata block (or a lecture's 讲题:); a
    Markdown top heading; a line of the head that the document prints again on its pages and whose
    words the body says (see _headline_on_every_page); the first line of the head (the lines before the body's first prose)
    that reads like a headline and is not chrome, a date line, a breadcrumb, a salutation or a
    section heading (nor, where another line reads like one, a line printed again that the body
    does not talk about: see _printed_again), joined with the next line when the headline runs
    on over two, and preferring one that a byline, a date or a subtitle follows; else a running
    head that reads like a headline and is no masthead (`running_heads`, an excerpt's: the
    document's name over its pages); else the file name `fallback` when it has words (a running head
    or a file's name is a name from outside the text: the text's own headline may stand for it, see
    _headline_named);
    else the body's opening words; else the file name as it is. The format's title and the head's
    headline are checked against what the body is about (see _told_by_body), and so, on a web
    page, are the elements it prints its headline in (see _page_lines).
    """
    return choose_title(lines, paragraphs, fallback, given, running_heads, page).title


def choose_title(
    lines: list[str],
    paragraphs: list[Paragraph],
    fallback: str,
    given: str | None = None,
    running_heads: Sequence[str] = (),
    page: PageTitles | None = None,
) -> ChosenTitle:
    """find_title's title and the path that chose it (see _choose_title), a speech named by the
    headline the document prints it under (see _speech_as_printed)."""
    chosen = _choose_title(lines, paragraphs, fallback, given, running_heads, page)
    return chosen._replace(title=_speech_as_printed(chosen.title, lines))


def _speech_as_printed(title: str, lines: Sequence[str]) -> str:
    """A speech that a notice issues, named as the notice names it (张某某同志在…上的讲话), by the
    headline the document prints it under after the notice: its own name without the speaker on a line
    of its own (在…上的讲话), or the headline over a ——subtitle of that name (凝心聚力抓改革 / ——在…上的
    讲话). Where the document prints neither, the speaker stays in the name, as two speeches at one
    meeting differ by their speakers only."""
    speaker = _SPEAKER_OF_ISSUED_SPEECH.match(title)
    if not speaker:
        return title
    issued = {f"印发{_squeezed(title)}", f"印发《{_squeezed(title)}》"}
    if not any(notice in _squeezed(line) for line in lines for notice in issued):
        return title  # (a speech that no notice issues, named by its speaker by a file's name or a page)
    own = title[speaker.end() :]
    for index, line in enumerate(lines):
        if _squeezed(line) == _squeezed(own):
            return own
        if _SUBTITLE.match(line) and _squeezed(line).lstrip("—－–-") == _squeezed(own):
            return _headline_over_subtitle(lines, index, speaker[0].removesuffix("同志")) or title
    return title


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


def _choose_title(
    lines: list[str],
    paragraphs: list[Paragraph],
    fallback: str,
    given: str | None = None,
    running_heads: Sequence[str] = (),
    page: PageTitles | None = None,
) -> ChosenTitle:
    """find_title's title, with the path that chose it: the format's title or the page's headline
    (`format title`, `page title`), a 标题: field or a mail's subject (`title field`), the head's
    headline (see _head_headlines), a breadcrumb's last step, a running head, a file's name on a
    line of its own, the file's name (or what the text prints of it: `file name: …`), the headline
    below a note, a labelled model essay's headline where that essay holds most of the prose (`model
    essay's label`; ` > model essay's label` where it stands in for a unit's heading that heads
    essays, see _a_unit_of_essays, or for a handout's name that says it gives model essays), the
    opening words; ` > told by body` where the body's words gave the title to
    another line of the head (see _told_by_body), ` > over its text` where to the headline over the
    text (see _over_its_text)."""
    head = _head(lines, paragraphs)
    above_body = _head(lines, paragraphs, past_salutation=True)
    headers = running_lines(lines)
    running = headers | _printed_again(lines, paragraphs)
    offered = [given] if given else list(page.titles) if page is not None else []
    path = "format title" if given else "page title"
    if page is not None and not given:
        given = _page_headline(page, lines)
    if (
        given
        and _acceptable(title := _tidy_title(_after_breadcrumb(given)))
        and not _not_a_headline(title)
        and not _names_the_periodical(head, given)
    ):
        start = _copied_headline(head, given, running) or _whole(title, [line.text for line in head]) or title
        told = _told_by_body(start, above_body + _page_lines(page), paragraphs, running, lines, formats=True)
        over = _over_its_text(told, above_body, paragraphs, running, lines)
        return ChosenTitle(over, _path_of(path, start, told, over))
    # (a headline that heads every page, 某某区人民政府工作报告, names the document before a file's
    # name on its first line; a meeting's name there, 中共某某市委十三届八次全会, does not)
    running_titles = _running_titles(running_heads)
    running_title = next(iter(running_titles), "")
    named_by_file = not _DOCUMENT_TYPE.search(simplified(running_title))
    body = _body_text(paragraphs)
    markdown = _markdown_title(head)
    if field := _title_field(head):
        told = _over_its_text(field, above_body, paragraphs, running, lines)
        path = _path_of("title field", field, field, told)
    else:
        way, start = next(
            (
                found
                for found in _head_headlines(head, headers, running, named_by_file, body, markdown)
                if found[1]
            ),
            ("", ""),
        )
        told = _told_by_body(start, above_body, paragraphs, running, lines, formats=bool(markdown))
        path = _path_of(way, start, told, told)
        if (
            told
            and (
                (_PART_LABEL.match(simplified(told)) and _a_unit_of_essays(told, lines))
                or (_HANDOUT_OF_ESSAYS.search(simplified(told)) and len(_essay_labels(lines)) == 1)
            )
            and (essay := _model_essay_headline(lines, paragraphs, running))
        ):
            return ChosenTitle(essay, f"{path} > model essay's label")
    if told:
        return ChosenTitle(_without_subject_label(_whole(told, [line.text for line in head]) or told), path)
    if title := next(filter(None, map(_short_breadcrumb_headline, offered)), ""):
        return ChosenTitle(title, "breadcrumb's last step")
    if chosen := _named_by_running_head(
        running_titles, running_heads, above_body, paragraphs, running, lines
    ):
        return chosen
    if title := _part_of_a_chapter(head, running_heads, running):
        return ChosenTitle(title, "running head: part of its chapter")
    if title := _file_name_line(head):
        return ChosenTitle(title, "file name line")
    name = _tidy_title(re.sub(r"[_\s]+", " ", re.sub(r"\s*[(（]\d+[)）]$|[-_ ]*副本$", "", fallback)))
    if han_len(name) >= 2 and _acceptable(name):
        return _headline_named(name, "file name", above_body, paragraphs, running, lines)
    # (a headline the text prints alone over most of its prose, before the opening words of what stands
    # above it: a newspaper page's other article, run into the prose by a scan's wrapped lines)
    if title := _headline_below_a_note("", paragraphs, running):
        return ChosenTitle(title, "headline below a note")
    if title := _model_essay_headline(lines, paragraphs, running):
        return ChosenTitle(title, "model essay's label")
    body = next((p.written for p in paragraphs if is_body(p.text)), "")
    opening = _tidy_title(_opening_words(body))
    if han_len(opening) >= 2 and _acceptable(opening):
        return ChosenTitle(opening, "opening words")
    # (a name of two Han characters or more that reads as a title has been asked above, as a file's name)
    return ChosenTitle(name, "file name: short") if _acceptable(name) else ChosenTitle(_UNTITLED, "untitled")


def _model_essay_headline(lines: Sequence[str], paragraphs: list[Paragraph], running: set[str]) -> str:
    """The headline of the model essay that most of the text's prose belongs to, where a handout or a
    book of 申论 essays labels each (【范文三】…, 【范文】 over or under the headline, 范文二：…): the label
    opens the headline's line or stands next to it, and the essay's prose runs to the next label. The
    page holds that essay (a handout's page may open on the end of the one before and break off in the
    first lines of the next), so its headline names the deck, where the prose under it says some of
    its words and is more than half of the text's; "" where no labelled essay is so."""
    labels = _essay_labels(lines)
    all_prose = sum(han_len(p.text) for p in paragraphs if is_body(p.text))
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
) -> ChosenTitle:
    """The headline of a text that a `name` from outside it names (a file's name, a mail's subject,
    the running head an excerpt of a book or a report prints over its pages): the part of the name
    or the line the name wraps or shortens that the text prints alone (see _part_printed,
    _printed_inside, _named_in_full), else the one headline the text prints over most of its prose
    (see _headline_below_a_note), else the name unless the text's own headline heads its prose (see
    _over_its_text). A name that files or collects the text (a book's running head, 2026省考申论高分范文
    精编100篇, over the essay it prints) need not say what the text is about; the text's headline does.
    A name not `sent` is the document's own (its running head), which no sender's note stands over."""
    # (each asked only where those before it found nothing)
    ways: tuple[tuple[str, Callable[[], str]], ...] = (
        ("part printed", lambda: _part_printed(name, paragraphs)),
        ("printed inside", lambda: _printed_inside(name, paragraphs)),
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


def _head_headlines(
    head: list[_HeadLine], headers: set[str], running: set[str], named_by_file: bool, body: str, markdown: str
) -> Iterator[tuple[str, str]]:
    """The head's headlines in the order find_title asks for them, each with its path, found only
    when asked: the Markdown top heading; the line printed on every page; the head's first headline
    (a line printed again is no headline where another line of the head is one), else the one
    among lines printed again."""
    yield "markdown heading", markdown
    yield "headline on every page", _headline_on_every_page(head, headers, body)
    yield "head line", _headline(head, running, named_by_file, body)
    yield "head line printed again", _headline(head, headers, named_by_file, body)


def _path_of(way: str, start: str, told: str, over: str) -> str:
    """The path of a title found by `way` as `start`, which the body's words gave to the head line
    `told` (see _told_by_body) and the headline over the text to `over` (see _over_its_text)."""
    return way + (" > told by body" if told != start else "") + (" > over its text" if over != told else "")


def _body_text(paragraphs: list[Paragraph]) -> str:
    """The body's prose, its paragraphs run together: what the text talks about."""
    return "".join(p.text for p in paragraphs if is_body(p.text))


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


def _page_lines(page: PageTitles | None) -> list[_HeadLine]:
    """What a web page prints as its headline's element (its <h1>s, its title elements, the elements
    above its article), as lines of a head to be told by the body (see _told_by_body): a page
    whose text keeps none of its head above the article prints its headline there."""
    texts = [*page.headings, *page.title_elements, *(text for text, _ in page.before_article)] if page else []
    return [_HeadLine(0, text, simplified(text), raw=text) for text in dict.fromkeys(texts)]


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
    _names_an_issue), though it names a document type (学习笔记). A title the head's layout gave that says
    none of the body's words and names no collection gives way to the line that says some (see
    _says_some); a title the format gave stays (# 老树新花别样红: an essay's figure of speech says no
    word of its text, and the line under it is the prompt's question or a subtitle)."""
    title = _without_attachment_note(title, lines)
    body = _told_text(paragraphs, title)
    view = simplified(title)
    if not title or han_len(body) < _BODY_TO_TELL:
        return title
    if _names_an_issue(view) and (headline := _headline_under_label(title, head, body, running)):
        return headline
    if _DOCUMENT_TYPE.search(view):
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
        and _says_none_of(title, body)
        and not re.search(_GENRE, view)  # (a collection's name, 申论大作文范文精选, over its first piece)
        and (asked := _says_some(head, running, paragraphs, title))
    ):
        return asked
    return title


def _may_tell(line: _HeadLine, running: set[str]) -> bool:
    """Whether a line of the head may be told a headline by the body's words: it reads like one, is
    long enough to tell, and opens with a character or a quote (no item or option: 1. …, D. …)."""
    return (
        _reads_like_headline(line, running)
        and han_len(line.view) >= _LINE_TO_TELL
        and re.match(r"[\u4e00-\u9fff“《「]", line.view) is not None
    )


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


# A bracketed note after a headline that says what is attached to the text: 附 or 含 and what
# (（附思路点拨）, （附评分）, （含参考答案）). 附 and 含 that open a word of their own (（含义、特征与要求）,
# （含金量）, （附近…）) say what the text is about, not what comes with it.
_ATTACHMENT_NOTE = re.compile(
    r"\s*[（(【\[]\s*(?:附(?!近|和|属)|含(?!义|量|金|蓄|糊))[^（()）【】\[\]]{1,12}[）)】\]]\s*$"
)


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
_LABEL_LENGTH = 12  # characters: a label is a word or two and a date or an issue, never a sentence


def _words_of(text: str) -> str:
    """`text`'s letters and digits alone, to tell that a line names a title whatever marks or spaces
    it sets between the title's phrases."""
    return re.sub(r"[\W_]+", "", text)


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
    headline = _tidy_title(_HASHTAG.sub(" ", lead["headline"]).strip())
    rest = _body_text(paragraphs).replace(lead.group(), "", 1)
    if han_len(headline) < _LINE_TO_TELL or "。" in headline or not _acceptable(headline):
        return ""
    return headline if _shared_with(simplified(headline), rest) >= _SHARED_BY_HEADLINE else ""


# a headline in brackets opening a paragraph, the text running on after it
_LEAD_IN_BRACKETS = re.compile(r"\s*【(?P<headline>[^【】]{4,60})】(?=\s*\S)")
# a post's topic between hashes (#为基层减负#), which Weibo links to the topic's page
_HASHTAG = re.compile(r"#[^#\s]{1,20}#")


def _with_its_other_line(head: list[_HeadLine], index: int, running: set[str], body: str) -> str:
    """Head line `index` with the line of its headline above or below it, where the headline runs
    over two (以科技创新引领 / 现代化产业体系建设: see _runs_on) and the `body` says the other line's
    words as it says the headline's (not a name's or a time's over or under it); else the line alone."""
    first = index
    while first > 0 and _runs_on(head, first - 1, head[first - 1].text, running, body):
        first -= 1
    text, last = head[first].text, first
    while _runs_on(head, last, text, running, body):
        last += 1
        text = _joined(text, head[last].text)
    others = [line for line in head[first : last + 1] if line is not head[index]]
    if not first <= index <= last or any(
        _shared_with(line.view, body) < _SHARED_BY_HEADLINE for line in others
    ):
        return head[index].text
    return text


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


_BODY_TO_TELL = 100  # han characters of prose: fewer tell too little of what the article is about
_LEAD = 20  # han characters: a sentence, not a label or a widget's words
_LINE_TO_TELL = 8  # han characters
_WORDS_TO_TELL = 4  # pairs of characters
_SHARED_BY_HEADLINE = 0.6  # of a line's pairs of characters that the body says too
_SHARED_BY_CHROME = 0.2
# of a listed line's pairs of characters: the listing says it names the text, the body need only
# agree (a lecture's 深刻把握…的核心要义和实践要求, whose abstract words its body does not repeat)
_SHARED_BY_LISTED = 0.3


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


def _bigrams(text: str) -> set[str]:
    """The pairs of Han characters that follow each other in `text`: its words, roughly, with
    no dictionary (a word of two characters is one pair, of four three)."""
    runs = re.findall(r"[\u4e00-\u9fff]+", text)
    return {run[i : i + 2] for run in runs for i in range(len(run) - 1)}


def _shared_with(text: str, body: str | Collection[str]) -> float:
    """The share of `text`'s pairs of characters (see _bigrams) that `body` says too (the prose, or the
    pairs it says); 0 for none."""
    pairs = _bigrams(text)
    return sum(pair in body for pair in pairs) / len(pairs) if len(pairs) >= _WORDS_TO_TELL else 0.0


def _copied_headline(head: list[_HeadLine], given: str, running: set[str]) -> str:
    """The headline of a text copied into a note under the note's own name: the note's top
    heading `given` (0508…讲话（背诵版）, as a note app heads a note with its name) has no byline,
    and a heading below it that reads like a headline has, on the next line (## 在…上的讲话 /
    **陈志远**（2024年5月8日））: that one heads the text. "" where the top heading is the text's own."""
    top = next((i for i, line in enumerate(head) if line.text == given.strip()), None)
    if top is None or _followed_by_byline(head, top):
        return ""
    for index in range(top + 1, len(head)):
        line = head[index]
        if (
            line.heading > head[top].heading
            and not SECTION.match(line.view)
            and _reads_like_headline(replace(line, heading=0), running)  # (a lower heading, as copied)
            and index + 1 < len(head)
            and _signs_the_text(head[index + 1])
            and _acceptable(title := _tidy_title(line.text))
        ):
            return title
    return ""


def _signs_the_text(line: _HeadLine) -> bool:
    """A line under a copied text's heading that names who gave or wrote it, or when: a byline or a
    date line on its own (**陈志远**（2024年5月8日）), not an item or a labelled field of a note."""
    return not line.heading and not line.bullet and (_is_byline(line.view) or _is_date_line(line.view))


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
    """For each paragraph index `asked`, the share of the words of each of its texts (see _shared_with)
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
    prose = "".join(p.text for p in above if is_body(p.text))
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


def _printed_inside(name: str, paragraphs: list[Paragraph]) -> str:
    """The line the text prints alone that a file's name or a mail's subject `name` wraps in a
    sender's label before it (遴选材料——…, 学习资料：…) or a note after it (…（请于周五前阅读）), or
    both: the text's headline, which the sender named the file or the mail by; the longest such
    line, tidied; "" where the text prints none. A line the name says with words of the headline's
    own around it (a section's heading, a word of it) is no such line."""
    squeezed = _squeezed(name)
    printed = {_squeezed(p.text): p.text for p in reversed(paragraphs)}  # (the first print of each)
    for line in sorted(printed, key=len, reverse=True):
        view = simplified(line)
        if (
            han_len(view) < _SAID_HEADLINE
            or line == squeezed
            or line not in squeezed
            or re.search(r"[。；;：:，,！!？?]", view)
            or SECTION.match(view)
        ):
            continue
        before, after = squeezed.split(line, 1)
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


def _whole(title: str, texts: Sequence[str]) -> str | None:
    """The headline whole where `title` is one a site or its CMS cut short (…青年就业... above
    …青年就业创业工作的通知, as a copied page keeps its <title>): the shortest of `texts` (a page's
    title elements, the head's lines) that begins with what the title keeps and says more, tidied;
    None where the title is whole or nothing does."""
    kept = cut_short(title)
    whole = []
    for text in texts if kept else ():
        tidy = _tidy_title(text)
        squeezed = _squeezed(tidy)
        if (
            len(text) <= _HEADLINE_LENGTH
            and "。" not in text
            and len(squeezed) > len(kept)
            and squeezed.startswith(kept)
            and not cut_short(tidy)
            and _acceptable(tidy)
        ):
            whole.append(tidy)
    return min(whole, key=len) if whole else None


def cut_short(title: str) -> str | None:
    """What a title its site or CMS cut short keeps, spaces left out (某某学会专题学习习近...-站名 ->
    某某学会专题学习习近); None for a whole title, or one that keeps too little to tell its headline."""
    cut = _CUT_SHORT.fullmatch(title)
    kept = _squeezed(cut["kept"]) if cut else ""
    return kept if len(kept) >= _KEPT_OF_CUT_TITLE else None


# a title cut short: what it keeps, then an ellipsis (... or …), perhaps a site's name after it
_CUT_SHORT = re.compile(r"(?P<kept>.+?)\s*(?:\.{3,}|…+|。{3,})\s*(?:[-_|｜—–]\s*[^.…。]{0,30})?")
_KEPT_OF_CUT_TITLE = 8  # characters: fewer open many lines by chance
_HEADLINE_LENGTH = 100  # characters


def _page_headline(page: PageTitles, lines: list[str]) -> str | None:
    """A web page's headline among what it offers (see _page_title), whole where its title was
    cut short (the page's title elements or the text's first lines say it whole); where no title
    names it, the first element before the article that may be a lost headline: a heading or
    title element, or the element right above the article's information line, of a headline's
    length, naming no site, organisation or page, no sentence, no menu or label, and without a
    column's label before a bar (遴选热点｜…, as a platform's title element prints it); else None."""
    title = _page_title(page.titles, lines, page.headings, page.title_elements)
    if title:
        return _whole(title, [*page.title_elements, *lines[:_HEAD_OF_TEXT]]) or title
    return next(
        (
            _drop_kicker(text)
            for text, named in page.before_article
            if _LOST_HEADLINE[0] <= len(text) <= _LOST_HEADLINE[1]
            and not _is_name(text)
            and not re.search(r"[。；]", text)
            and (named or not re.search(r"[|｜>]|[:：]\s*$", text))
        ),
        None,
    )


_LOST_HEADLINE = (6, 80)  # characters
_HEAD_OF_TEXT = 5  # lines


def _page_title(
    titles: Sequence[str], lines: list[str], headings: Sequence[str] = (), elements: Sequence[str] = ()
) -> str | None:
    """The article's headline among a page's titles (the ArticleTitle meta's, trafilatura's, the
    <title>'s), its <h1>s, its title elements and its text: '标题_栏目_某某网' -> '标题'.

    A site's, channel's or organisation's name is never the headline, though a page may print it
    as its only <h1> or <title>, or as a line above the headline. A title, its core (without the
    names and columns at its ends) or a part of one, that the page says again (an <h1>, a title
    element, a line of the text, the other title) is the headline; else an <h1> that reads as a
    headline where no title is said on the page (a <title> made for sharing, 专栏丨…？, over
    the printed headline); else the core of a title, if it is long enough not to be a column's
    (政策法规); else an <h1> that is neither; else None, and the headline is looked for in the text.
    """
    # (a breadcrumb's headline is its last step; one that ends in a column is no headline)
    titles = [_after_breadcrumb(_without_file_marks(title)) for title in titles]
    stripped = [line.strip() for line in lines]
    # what the page prints, a column's label in brackets before an element's headline left out
    # ([面试热点] 标题, as a platform's title element prints it)
    printed = [
        *stripped,
        *headings,
        *elements,
        *(text[_label_before(text) :] for text in [*headings, *elements]),
    ]
    # (said again, give or take spaces: an <h1> may break its headline's line where a title spaces it)
    said = {_squeezed(text) for text in printed}
    pieces = {title: _title_parts(title) for title in titles}
    cores = {title: _title_core(title) for title in titles}
    for title in titles:
        others = said | {
            _squeezed(part) for other in titles if other != title for part in [cores[other], *pieces[other]]
        }
        # the longest first; of equal lengths in the title's order (a set's would change from run to run)
        parts = dict.fromkeys(part for part in [title, cores[title], *pieces[title]] if part)
        for part in sorted(parts, key=len, reverse=True):
            if not _could_be_headline(part) or _a_blog_over_a_headline(part, titles, stripped):
                continue
            # a short part (统一战线) may open any line by chance
            if _squeezed(part) in others or (
                len(part) >= 8 and any(line.startswith(part) for line in stripped)
            ):
                # (a column's label before it, 申论范文｜标题, where the text prints the headline alone)
                return _said_inside(part, printed) or part
        for part in parts:
            if (inside := _said_inside(part, printed)) and not _a_blog_over_a_headline(
                inside, titles, stripped
            ):
                return inside
    if heading := next(
        (h for h in headings if _prints_a_headline(h) and not _a_blog_over_a_headline(h, titles, stripped)),
        None,
    ):
        return heading
    for title in titles:
        if _could_be_headline(core := cores[title]) and not _a_blog_over_a_headline(core, titles, stripped):
            return core
    # (a numbered <h1> is a section's: some platforms set each section's heading in one)
    return next((h for h in headings if _could_be_headline(h) and not SECTION.match(simplified(h))), None)


def _said_inside(title: str, said: Sequence[str]) -> str | None:
    """The headline the page prints (a line of its text, an <h1>, a title element) where its
    title adds a name of a few words before or after it, a dash, a colon or a bar apart, that no
    list of names knows (标题——上岸研习社, 上岸研习社：标题, 标题｜某某通讯): the account's or the
    column's name, not the headline's; else None."""
    # the longest first, of equal lengths the one printed first (dict.fromkeys keeps the page's order,
    # where a set's order changes from run to run)
    for text in sorted(dict.fromkeys(t for t in said if han_len(t) >= _SAID_HEADLINE), key=len, reverse=True):
        if text == title or text not in title:
            continue
        before, after = title.split(text, 1)
        if (not before.strip() and _ADDED_NAME_AFTER.fullmatch(after)) or (
            not after.strip() and _ADDED_NAME_BEFORE.fullmatch(before)
        ):
            return text
    return None


_SAID_HEADLINE = 8  # han characters: a shorter line may stand inside a longer headline by chance
_ADDED_NAME_AFTER = re.compile(r"\s*(?:—{1,2}|[-_|｜丨])\s*[\u4e00-\u9fffA-Za-z·]{2,10}\s*")
_ADDED_NAME_BEFORE = re.compile(r"\s*[\u4e00-\u9fffA-Za-z·]{2,10}\s*(?:—{1,2}|[-_|｜丨：:])\s*")


def _squeezed(text: str) -> str:
    """`text` without its spaces, to tell that two copies of a headline say the same."""
    return "".join(text.split())


def _prints_a_headline(heading: str) -> bool:
    """An <h1> that reads as the article's headline, though no title says it: longer than a
    column's label, and no name, chrome, topic's or column's name (…专题) or section's heading."""
    view = simplified(heading)
    return (
        _could_be_headline(heading)
        and han_len(view) > _COLUMN_LABEL
        and not TOPIC.search(view)
        and not _is_chrome(view)
        and not _not_a_headline(view)
    )


_COLUMN_NAME_LENGTH = 4  # 政策法规, 时政要闻: a column's name is a word or two


def _could_be_headline(text: str) -> bool:
    """Not a name, an address, a label (an <h1> may hold 索 引 号：), a column's name (政策法规), a
    periodical's issue (2024年第12期) or a date, though the page may print it again."""
    return (
        len(text) > _COLUMN_NAME_LENGTH
        and not _is_name(text)
        and not _ISSUE.fullmatch(text.strip())
        and not _DATE_ALONE.fullmatch(text)
        and not _URL_TEXT.search(text)
        and not re.search(r"[:：]\s*$", text)
        and not BREADCRUMB.search(simplified(text))
    )


# What Chinese sites put between an article's title and the site's name in <title>: _ | ｜ --
# and a hyphen or dash with spaces around it or before a site's name at the end
# ('标题-中新网江西新闻'). Not "——": it joins a title and its subtitle.
_TITLE_SEPARATORS = re.compile(r"\s*(?:_|\||｜|丨|»|-{2,}|\s[-—–]\s|-(?=[^-\d]{2,16}(?:-[^-\d]{2,16})*$))\s*")
# a site's name and its slogan after a dash (中国经济网——国家经济门户)
_SITE_SLOGAN = re.compile(r"(?P<name>[^-—–\s]{2,16})\s*(?:—{1,2}|-{1,2}|–)\s*[^-—–\s]{2,12}")
# a name, then a hyphen or a dash (not the double dash of a subtitle), then the rest
_NAME_FIRST = re.compile(r"(?P<name>[^-—–\s]{2,16})\s*(?:-|–|—(?!—))\s*(?P<rest>.+)")
_URL_TEXT = re.compile(r"https?://|www\.|\.(?:com|cn|net|org)\b", re.I)


def _title_parts(title: str) -> list[str]:
    """The parts of a page title between its separators (the whole title when it has none); a
    site's name before a bare hyphen or dash is a part of its own ('某某党建网-标题')."""
    parts = []
    for part in _TITLE_SEPARATORS.split(title):
        named = _NAME_FIRST.fullmatch(part)
        parts += [named["name"], named["rest"]] if named and _is_name(named["name"]) else [part]
    return [part for part in parts if part]


def _title_core(title: str) -> str:
    """A page title without the names, columns and addresses at its ends ('标题_栏目_某某网',
    '某某局 - 标题', '标题 - 教育 - 某某时报网'): what is left between them, whole where a bar joins
    its parts (the headline's own 'XX日｜标题'), else its longest part."""
    pieces = re.split(f"({_TITLE_SEPARATORS.pattern})", title)
    parts, separators = pieces[::2], pieces[1::2]

    def furniture(part: str) -> bool:
        slogan = _SITE_SLOGAN.fullmatch(part.strip())
        return (
            _is_name(part)
            or bool(_ISSUE.fullmatch(part.strip()) or _DATE_ALONE.fullmatch(part))
            or bool(slogan and _is_name(slogan["name"]))
            or bool(_URL_TEXT.search(part))
            or len(part.strip()) <= _COLUMN_NAME_LENGTH
            or bool(re.fullmatch(r"[A-Za-z][A-Za-z .&]*", part.strip()))
        )

    first, last = 0, len(parts)
    while last - first > 1 and furniture(parts[last - 1]):
        last -= 1
    while last - first > 1 and _is_name(parts[first]):
        first += 1
    kept = parts[first:last]
    if len(kept) > 1 and all(re.fullmatch(r"\s*[|｜]\s*", sep) for sep in separators[first : last - 1]):
        return title[len("".join(pieces[: 2 * first])) : len("".join(pieces[: 2 * last - 1]))].strip()
    named = _NAME_FIRST.fullmatch(max(kept, key=len))
    core = named["rest"] if named and _is_name(named["name"]) else max(kept, key=len)
    return core.strip()


def _running_titles(running_heads: Sequence[str]) -> list[str]:
    """The running heads that read like a headline and are no masthead, date or page's furniture
    (青阳市第十七届人民代表大会第五次会议文件 over the even pages, 政府工作报告 over the odd), tidied."""
    titles: list[str] = []
    for text in running_heads:
        plain = _unspaced(_plain(spaced(text)))
        line = _HeadLine(0, plain, simplified(plain), raw=text)
        if _reads_like_headline(line, set()) and not _not_a_headline(line.view):
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
    (_BODY_TO_TELL), says none of the words of (see _says_none_of): what the tool that made the file
    prints on each page it makes (由 扫描全能王 扫描创建, as a scanning app marks a scanned PDF), no name
    of the document. A document's name over its pages is one its headline or its prose says some
    words of (政府工作报告; an exam paper's 2024年某省公开遴选公务员笔试, over a headline that says
    遴选公务员; a book's 2026省考申论高分范文精编100篇 over the essay it prints, which says 申论)."""
    return han_len(text) >= _BODY_TO_TELL and _says_none_of(title, text)


def _not_a_headline(title: str) -> bool:
    """A title the format gave that is no headline: a site's or an organisation's name, a
    masthead, a column's banner, a section's heading (a Word document's first Heading 1) or a
    byline's label (来源：…, 作者：…)."""
    view = simplified(title)
    return (
        is_site_name(view)
        or bool(_ACCOUNT_NAME.fullmatch(view))
        or _is_banner(view)
        or bool(MASTHEAD.fullmatch(view) or DOCUMENT_NUMBER.fullmatch(view) or RESTRICTED.search(view))
        or bool(SECTION.match(view) or META.match(view))
        or _is_date_line(view)
    )


def without_title_lines(paragraphs: Sequence[Paragraph], lines: Sequence[str], title: str) -> list[Paragraph]:
    """`paragraphs` (main_text of the document's `lines`) without those that print its headline
    `title` (is_title_line), the deck's name and no card of it. A line of the document's head
    (before the body's first prose) may print half the headline; past it, only beside the line
    that prints the rest."""
    opening = next((p.line for p in paragraphs if is_body(p.text)), len(lines) + 1)
    around = _neighbours(lines)
    return [
        p
        for p in paragraphs
        if not is_title_line(p.written, title, around[p.line - 1], in_head=p.line < opening)
    ]


def _neighbours(lines: Sequence[str]) -> list[tuple[str, str]]:
    """For each of `lines`, the nearest lines with text before and after it: one pass each way
    (looking both ways from every paragraph went over the document once per paragraph)."""
    before, previous = [], ""
    for line in lines:
        before.append(previous)
        previous = line if line.strip() else previous
    after, following = [], ""
    for line in reversed(lines):
        after.append(following)
        following = line if line.strip() else following
    return list(zip(before, reversed(after), strict=True))


def is_title_line(text: str, title: str, beside: tuple[str, str] = ("", ""), in_head: bool = False) -> bool:
    """`text`, a line of the document between the lines `beside` it, is its headline `title` as
    printed (📚 **标题**, 某某网 — 标题), or the longer line of a headline printed over two: in the
    document's head (`in_head`: 政府工作报告 under a page titled 2024年临江市政府工作报告), or
    beside the line that prints the rest (…推进基层治理体系和治理能力 / 现代化). Past the head, a
    line that opens or ends the title with no rest beside it is the text's: a section's heading
    that says half the headline again."""
    subtitle = _SAME_LINE_SUBTITLE.search(text)  # (the title leaves a subtitle on its line out)
    decoration = _TITLE_DECORATION + (han_len(subtitle["subtitle"]) if subtitle else 0)
    if text == title or han_len(text) > han_len(title) + decoration:
        return text == title
    tidy = _tidy_title(text)
    line, whole = _squeezed(tidy), _squeezed(title)
    # (the headline as a post prints it, with what is attached: 标题（附思路点拨）)
    if whole in {
        _squeezed(printed)
        for printed in (tidy, _drop_kicker(tidy))
        for printed in (printed, _ATTACHMENT_NOTE.sub("", printed))
    }:
        return True
    if not line or 2 * han_len(line) < han_len(whole):
        return False
    if in_head:
        return whole.startswith(line) or whole.endswith(line)
    before, after = beside
    return (whole.startswith(line) and _squeezed(_tidy_title(after)) == whole[len(line) :]) or (
        whole.endswith(line) and _squeezed(_tidy_title(before)) == whole[: -len(line)]
    )


_TITLE_DECORATION = 20  # han characters a printed headline carries beside it (a site's name, a note)


def _opening_words(text: str) -> str:
    """The clauses that open `text`, enough to say something (近年来 alone does not), at most
    _OPENING_LENGTH characters, ending where a clause ends (or cut there, if the first is long)."""
    words = ""
    for clause in re.findall(r"[^，,。；;：:！!？?]+[，,。；;：:！!？?]?", text):
        if words and (han_len(words) >= 8 or len(words + clause) > _OPENING_LENGTH):
            break
        words += clause
    return words[:_OPENING_LENGTH].rstrip("，,。；;：:！!？?")


_OPENING_LENGTH = 30


def _head(lines: list[str], paragraphs: list[Paragraph], past_salutation: bool = False) -> list[_HeadLine]:
    """The lines before the body's first prose (as main_text keeps it), at most _HEAD_LINES of them,
    and none after a salutation (the letter's or the speech's text begins), unless `past_salutation`
    (the lines a body may tell a headline among: a chat's or a mail's note, 我直接贴出来：, stands
    above the text it pastes). An editor's note (【编者按】…) is no body: a journal prints it above
    the headline."""
    notes = {number for number, raw in enumerate(lines, 1) if EDITORS_LABEL.match(raw)}
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
        if len(head) >= _HEAD_LINES or (_is_salutation(head[-1].view) and not past_salutation):
            break
    return _with_form_fields(head)


def _with_form_fields(head: list[_HeadLine]) -> list[_HeadLine]:
    """The `head` with its lines marked as a form's fields where two or more of them are (see
    _spaced_field: 姓　　名：… over 单　　位：…, a cover sheet's blanks filled in); one such line alone
    may be a letterspaced headline or a padded name before an interview's headline."""
    fields = {index for index, line in enumerate(head) if _spaced_field(line.raw)}
    if len(fields) < _FIELDS:
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


# A headline's source, date or author printed on its line, glued or a space apart
# (…现代化来源：某某网2024-09-03 08:15:20, …现代化2024-09-03 08:15, 标题 | 某某发布 2024-03-18).
_GLUED_META = re.compile(
    r"(?<=[\u4e00-\u9fff”」》）)])\s*(?:(?:来源|来自|发布时间|发布日期|时间|日期|作者|编辑|责任编辑|"
    + SHARED_DOCUMENT_FIELDS
    + r")\s*[:：]"
    r"|\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s+\d{1,2}:\d{2}).*$"
    r"|\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
# What a page prints on its headline's line after the headline, set apart by a space, a bar or a
# bracket (the line of an article's information, which a copy or a PDF's text puts on the
# headline's line): a labelled field (来源：… 作者：… 浏览次数：… 字号：…), a full date, a count
# of readers (阅读 3245), the font-size and print controls (【大 中 小】【打印】【关闭】, 分享到), a
# WeChat article's 原创 and account, a reporter's byline (本报记者 王明). It runs to the line's end.
_META_AFTER = re.compile(
    r"(?<=[\s|｜【\[（(])[【\[（(]?\s*(?:"
    r"(?:(?:信息|文章|稿件|新闻|内容)?来源|来自|发布(?:时间|日期|者|人|单位|机构)|更新(?:时间|日期)|录入(?:时间|者)?|"
    r"时间|日期|作者|文章作者|编辑|责任编辑|责编|审核|供稿|撰稿|记者|通讯员|字号|字体|所属栏目|栏目|"
    r"主讲|主讲人|报告人|发言人|整理|整理人|"
    r"(?:阅读|浏览|点击|访问)(?:量|数|次数)?)\s*[:：]"
    r"|\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?!\d)"
    r"|(?:阅读|浏览|点击|访问)(?:量|数|次数)?\s*\d"
    r"|(?:大\s*中\s*小|小\s*中\s*大)(?![\u4e00-\u9fff])"
    r"|(?:打印|关闭|纠错|收藏|返回|分享|复制)\S{0,4}[】\]]|分享到"
    r"|原创\s+\S"
    r"|[^\s〔\[［(（]{1,12}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*号"  # a document's number (国发〔2024〕5号)
    r"|(?:本报|本台|本网)?(?:记者|通讯员|评论员)\s*[\u4e00-\u9fff·]{2,4}(?:\s|$)"
    r")"
)
_TRAILING_MARKS = re.compile(r"[\s|｜_·【\[（(:：—–-]+$")


def _without_glued_meta(text: str) -> str:
    """A head line without the metadata printed after a headline on it, where a headline is left
    (an issuer's name and a date, 中共某某县委办公室  2024年5月6日, is a date line): the
    article's information, a subtitle set apart by a space (标题　——在…上的讲话), the author's
    office and name (标题　党委书记、董事长  赵国栋). Traditional text is read simplified."""
    view = simplified(text)  # of the same length
    after = _META_AFTER.search(view)
    if after:
        before = _TRAILING_MARKS.sub("", text[: after.start()])
        if han_len(before) >= 4 and not _ISSUER.fullmatch(before) and not _is_date_line(simplified(before)):
            text, view = before, view[: len(before)]
    match = _GLUED_META.search(view)
    if match and han_len(text[: match.start()]) >= 4 and not _ISSUER.fullmatch(text[: match.start()]):
        text, view = text[: match.start()], view[: match.start()]
    if re.search(r"[|｜>»]", view):
        return text  # a banner's or a menu's line
    for space in re.finditer(r"\s+", view):
        before, rest = view[: space.start()], view[space.end() :]
        if han_len(before) < _PHRASE - 4 or SECTION.match(before):
            continue
        if (
            (rest.startswith("——") and han_len(rest) >= 4)
            or _SIGNATURE.fullmatch(rest)
            or NOTE.fullmatch(rest)
        ):
            return _TRAILING_MARKS.sub("", text[: space.start()])
    return text


def _without_stamps(text: str) -> str:
    """A line without the stamps a note's author sets after it, a space apart, to say when they
    wrote or went over the note (9.12记, 二次整理9.20, 最后更新：2024-05, v2 11.3): the record of
    the note, never its title's words."""
    while (stamp := _STAMP.search(text)) and han_len(text[: stamp.start()]) >= 4:
        text = text[: stamp.start()].rstrip()
    return text


# a day or a month as notes write it (9.12, 2024.9.12, 2024-05, 9月12日)
_DAY = (
    r"(?:\d{4}\s*[./-]\s*)?\d{1,2}\s*[./-]\s*\d{1,2}|\d{4}\s*[./-]\s*\d{1,2}"
    r"|(?:\d{4}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
)
# what the author did with the note then (记, 整理, 二次整理, 最后更新, 复习)
_RECORDED = (
    r"(?:[一二三四五六七八九十\d]+次|初次|再次|重新|最后|最近|上次)?\s*"
    r"(?:记|整理|更新|修订|修改|复习|补充|校对|定稿|初稿)"
)
_STAMP_WORDS = (
    rf"(?:(?:{_DAY})\s*{_RECORDED}|{_RECORDED}\s*(?:于|[:：])?\s*(?:{_DAY})"
    rf"|[vV]\d+(?:\.\d+)*(?:\s+(?:{_DAY}))?)"
)
_STAMP = re.compile(rf"(?:^|\s+)(?:[（(]\s*{_STAMP_WORDS}\s*[）)]|{_STAMP_WORDS})\s*$")


# the author's or the speaker's post and name, or a reporter's byline, after a headline on its line
# (党委书记、董事长  赵国栋, 本报记者 王明)
_SIGNATURE = re.compile(
    r"(?:[^\s，。]{0,16}(?:书记|主任|部长|局长|厅长|省长|市长|县长|区长|镇长|乡长|主席|校长|院长|处长|科长|"
    r"组长|委员|常委|董事长|经理)|(?:本报|本台|本网|新华社)?(?:记者|通讯员|评论员|特约评论员))"
    r"\s*[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})*"
)


def _unspaced(text: str) -> str:
    """A line set out one character apart (政 府 工 作 报 告, as a cover or a PDF prints a
    headline) as its word."""
    return text.replace(" ", "") if _HAN_ONE_SPACE_APART.fullmatch(text) else text


# three han or more each set one ASCII space apart (a whole line so is a letterspaced word)
_HAN_ONE_SPACE_APART = re.compile(r"[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,}")


def _rows(lines: list[str]) -> list[int]:
    """Each line's row (see _HeadLine): its number, or in a document that sets blank lines
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
    return bool(re.search(r"[：:]$", view)) and han_len(view) <= 40


def _title_field(head: list[_HeadLine]) -> str:
    """The title a page's metadata block gives (标    题：…, as government sites print it), or the
    subject of a mail whose headers the copy kept (发件人：… 收件人：… 主题：…): the mail names what
    it sends there, where its first lines are the headers and the sender's note."""
    mail = has_mail_headers([line.text for line in head])
    for line in head:
        field = _TITLE_FIELD.fullmatch(line.view)
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


def _without_subject_label(title: str) -> str:
    """`title` without a subject field's label (主题：扎实推进高质量发展, a mail's body opening on its
    subject, as a plain-text mail copies it; 题目：…你怎么看？, a question set alone): the label names
    the field, the value is the title."""
    match = _SUBJECT_LABEL.fullmatch(title)
    value = _tidy_title(match["title"]) if match else ""
    return value if han_len(value) >= 2 and _acceptable(value) else title


# a mail's subject header (主题：…, Subject: …), as a mail client prints or forwards it
_SUBJECT_WORD = r"主\s*题|Subject"
_MAIL_SUBJECT = re.compile(rf"\s*(?:{_SUBJECT_WORD})\s*[:：]\s*(?P<title>\S.*)", re.I)
# a subject's or a set question's label before the deck's title (see _without_subject_label)
_SUBJECT_LABEL = re.compile(rf"\s*(?:{_SUBJECT_WORD}|题\s*目)\s*[:：]\s*(?P<title>\S.*)", re.I)


def _markdown_title(head: list[_HeadLine]) -> str:
    """A Markdown top heading (# …), taken whole: the author's own heading. Not a numbered
    section's (一、基本情况: a slide's title under a title slide that names the unit first) nor
    a name's."""
    for line in head:
        if (
            (line.heading == 1 or (not line.heading and _MARKDOWN_TOP_HEADING.match(line.raw)))
            and not _is_name(line.view)
            and not SECTION.match(line.view)
        ):
            title = _tidy_title(line.text)
            if _CONTENTS_HEADING.fullmatch(title):  # a table of contents' heading: the next top heading
                continue
            return title if _acceptable(title) and han_len(title) >= 2 else ""
    return ""


def _headline(head: list[_HeadLine], running: set[str], named_by_file: bool = True, body: str = "") -> str:
    """The headline among the head's lines (see find_title), with a column's label dropped; a
    file's name on the first line may be it (`named_by_file`: see _names_its_file)."""
    blocks: list[tuple[int, int, str]] = []  # (first, last) head line and the headline they make
    menu = _menu_lines(head, body)
    index = 0
    while index < len(head):
        could = (
            _reads_like_headline(head[index], running)
            or _is_long_news_headline(head, index)
            or (named_by_file and _names_its_file(head, index, running))
            or _heads_a_lesson(head, index, running)
        )
        if (
            index in menu
            or not could
            or _issuer_above(head, index)
            or _ends_subtitle(head, index)
            or _over_its_issue(head, index)
            or _heads_a_banner(head, index, running, body)
            or _campaign_over(head, index, running)
            or _blog_over(head, index, running)
            or _column_over(head, index, running)
            or _topic_over(head, index, running)
            or _dotted_label_over(head, index, running)
            or _chat_header_over(head, index, running)
            or _message_in_chat(head, index)
        ):
            index += 1
            continue
        text, last = head[index].text, index
        while _runs_on(head, last, text, running, body):
            last += 1
            text = _joined(text, head[last].text)
        # (a word or two under the article's dateline or source is a widget's label, 参与互动, not a
        # headline: a headline stands above them)
        if han_len(text) > _WORD_OR_TWO or not _below_information(head, index):
            blocks.append((index, last, text))
        index = last + 1
    # (an author's or an account's name, or the unit that signs the text (某市统计局综合处), over the
    # date line is no headline where one longer than a name, or one that ends in its document's
    # type, stands in the head: 上岸研习社 / 2024-03-12 08:30, above or under the headline)
    names = [
        block
        for block in blocks
        if block[0] == block[1] and (_names_the_byline(head, block[0]) or _unit_over_its_date(head, block[0]))
    ]
    others = [text for block in blocks if block not in names for text in block[2:]]
    if any(han_len(text) > _NAME_LINE or _DOCUMENT_TYPE.search(simplified(text)) for text in others):
        blocks = [block for block in blocks if block not in names]
    # (a poster's name over a microblog's time and the client it was sent from, 3月6日 21:47 来自
    # iPhone客户端, is no headline where a line longer than a name stands in the head, there or where the
    # post prints it again as its article's byline: a post names its poster so, never itself)
    posters = {
        head[index].view
        for index in range(len(head) - 1)
        if han_len(head[index].view) <= _NAME_LINE and _POSTED_FROM.search(head[index + 1].view)
    }
    posted = [block for block in blocks if not (block[0] == block[1] and head[block[0]].view in posters)]
    if any(han_len(text) > _NAME_LINE for block in posted for text in block[2:]):
        blocks = posted
    # The headline is the one its byline, date or subtitle follows: the lines above it name a
    # column (政策法规), a course or a series (2024年全区…培训班 / 讲义之二). Without one, the
    # first that is longer than a column's name and names no course (a banner that names its course
    # among other parts: 某某公考 · 2024年省考笔试决胜班 申论讲义) nor a part (热点专题五 · 民生保障)
    # with a headline under it.
    # (a column's name of a word or two, 典型经验, is no headline though a date follows it)
    bylined = [block for block in blocks if _followed_by_byline(head, block[1])]
    chosen = next((block for block in bylined if han_len(block[2]) > _WORD_OR_TWO), None) or next(
        iter(bylined), None
    )
    chosen = chosen or next(
        (
            block
            for block in blocks
            if (
                han_len(block[2]) > _COLUMN_LABEL
                and not _names_a_course(simplified(block[2]))
                and not _PART_LABEL.match(simplified(block[2]))
            )
            or block is blocks[-1]
        ),
        None,
    )
    if chosen is None:
        return _headline_with_a_name(head, running, body)
    first, last, title = chosen
    others = [text for start, end, text in blocks if start == end and not first <= start <= last]
    for start in range(first + 1, last + 1):
        # a line above the headline that the page prints again alone without it (its <title>'s
        # copy): a topic's or a series' name over the headline, not a half of it
        rest = head[start].text
        for line in head[start + 1 : last + 1]:
            rest = _joined(rest, line.text)
        if _squeezed(rest) in {_squeezed(other) for other in others}:
            return _tidy_title(_drop_kicker(rest))
    return _tidy_title(_drop_kicker(_core(title, others)))


_COLUMN_LABEL = 6  # han characters: 政策法规, 时政要闻, 学习心得体会
# A course's or a class's name (2026年省考申论冲刺班, 全区干部专题培训班), which a handout prints above
# the headline of its lesson; a news headline on a class ends in what it did (…培训班开班).
_COURSE = re.compile(
    r"(?:培训|研修|进修|冲刺|集训|强化|轮训|精品|专题|主体|学习|辅导|决胜|提高|基础|系统|协议|面授|密训|特训|押题)"
    r"班次?$|训练营$"
)
_WORD_OR_TWO = 4
# what sets a banner's parts apart (机构 · 课程名 讲义名)
_BANNER_PARTS = re.compile(r"\s*[·・•|｜丨]\s*|\s+")


def _names_a_course(view: str) -> bool:
    """A line that names a course or a class, whole or as one of a banner's parts (2026年省考申论冲刺班,
    某某公考 · 2024年省考笔试决胜班 申论讲义): a handout's banner, over the headline of its lesson."""
    return any(_COURSE.search(part) for part in _BANNER_PARTS.split(view) if part)


def _over_its_issue(head: list[_HeadLine], index: int) -> bool:
    """Head line `index` stands over an issue's number (工作简报 / 第18期, 学习参考 / 2024年第12期（总第168期）):
    a periodical's masthead, which names every issue, not the headline of what this one holds. The
    number is on the next line of the head; or, where the line reads as a masthead (letterspaced, or
    ending in a periodical's word: 学 习 参 考, 工作简报), a blank line apart, or on the line after a
    note in brackets that says whom the periodical is for (学习参考 / （中心组成员专用） / 第6期). A
    headline a blank line over its source's issue (在…座谈会上的讲话 / 2023年第17期) stays."""
    above = head[index]
    if han_len(above.view) > _PERIODICALS_NAME:
        return False
    under = head[index + 1] if index + 1 < len(head) else None
    if under is not None and under.number == above.number + 1 and _ISSUE.fullmatch(under.view):
        return True
    if not (_THREE_HAN_BLANK_APART.search(above.raw) or _MASTHEAD_WORD.search(above.view)):
        return False
    for line in head[index + 1 : index + 3]:
        if line.number - above.number > 2:
            return False
        if _ISSUE.fullmatch(line.view):
            return True
        if not _NOTE_ALONE.fullmatch(line.view):
            return False
        above = line
    return False


# the word a periodical's masthead ends in (学习参考, 工作简报, 组工通讯, 理论动态)
_MASTHEAD_WORD = re.compile(r"(?:简报|参考|通讯|动态|快报|信息|要报|专报|专刊|周刊|月刊|资料|文摘|汇编)$")
_NOTE_ALONE = re.compile(r"[(（][^()（）]+[)）]")
# (han characters: 中共某某县委办公室工作简报; a headline over its source's issue is longer)
_PERIODICALS_NAME = 16


def _names_the_periodical(head: list[_HeadLine], given: str) -> bool:
    """The title the format gave (a Word document's Title) is a line of the head that stands over
    its issue's number: the masthead (see _over_its_issue)."""
    squeezed = _squeezed(simplified(given))
    return any(
        _squeezed(line.view) == squeezed and _over_its_issue(head, index) for index, line in enumerate(head)
    )


def _below_information(head: list[_HeadLine], index: int) -> bool:
    """Head line `index` stands below the article's dateline or information line (发布时间：… 来源：…)."""
    return any(line.dated or _is_date_line(line.view) or META.match(line.view) for line in head[:index])


def _heads_a_lesson(head: list[_HeadLine], index: int, running: set[str]) -> bool:
    """Head line `index` is a lesson's or a chapter's headline under its number (第四讲  公文写作之
    “讲话稿”, as a handout heads each lesson it prints apart) with its ——subtitle on the next line:
    a section's heading inside a text has no subtitle."""
    line = head[index]
    number = _LESSON_BEFORE.match(line.text)
    if not number or index + 1 >= len(head):
        return False
    under = head[index + 1]
    rest = line.text[number.end() :]
    return (
        under.number == line.number + 1
        and bool(_SUBTITLE.match(under.view))
        and _reads_like_headline(replace(line, text=rest, view=simplified(rest)), running)
    )


def _is_long_news_headline(head: list[_HeadLine], index: int) -> bool:
    """Head line `index` is a news headline longer than a line of a headline is: a meeting's or a
    leader's news names each thing done, a space apart (李强主持召开国务院常务会议 研究部署… 讨论通过
    《…》), each part of a headline's length and no sentence, and its dateline or source follows."""
    line = head[index]
    parts = line.view.split()
    return (
        _LINE_OF_HEADLINE < han_len(line.view) <= _LONG_NEWS_HEADLINE
        and len(parts) >= 2
        and all(_PART_OF_HEADLINE <= han_len(part) <= _LINE_OF_HEADLINE for part in parts)
        and not re.search(r"[。；;，,：:|｜>»]", line.view)
        and not _is_chrome(line.view)
        and _followed_by_byline(head, index)
    )


_LINE_OF_HEADLINE = 40  # han characters
_LONG_NEWS_HEADLINE = 80
_PART_OF_HEADLINE = 6


def _menu_lines(head: list[_HeadLine], body: str = "") -> set[int]:
    """The head lines of a menu copied one entry a line (首页 / 机关党建 / 工作动态 / …): three or
    more lines in a row, each a single word of a column's length. A run whose lines, but for two
    that run on into a phrase the `body` says (以担当作为 / 推动乡村振兴, a short headline a scan
    breaks under its column's name), are too few to be a menu's entries is no menu (see
    _halves_said): a menu's names are the site's, which an article's prose does not join into its
    own words; a run that holds a menu's entries without the two stays one (首页 / 理论学习 /
    调查研究 / 基层动态, where the post talks of 理论学习 and 调查研究)."""
    menu: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*head, _HeadLine(0, "", "")]):  # a sentinel ends the last run
        word = bool(_MENU_WORD.fullmatch(line.view)) and not line.heading
        if word and run and line.number == head[run[-1]].number + 1:
            run.append(index)
            continue
        if (
            len(run) >= _MENU_RUN
            and len(run) - len(_halves_said([head[at] for at in run], body)) >= _MENU_ENTRIES
        ):
            menu.update(run)
        run = [index] if word else []
    return menu


def _halves_said(lines: list[_HeadLine], body: str) -> set[int]:
    """The indexes of `lines` that, with the line after them, make a phrase of a headline's length
    that the `body` says: its words at a headline's share, and the words across the break too (the
    last character of the one and the first of the other, or the phrase whole), as a headline's two
    halves are said where two entries of a menu are not (see _menu_lines)."""
    halves: set[int] = set()
    for index, (line, after) in enumerate(pairwise(lines)):
        joined = line.view + after.view
        if (
            body
            and after.number == line.number + 1
            and han_len(joined) >= _LINE_TO_TELL
            and (line.view[-1:] + after.view[:1] in body or joined in body)
            and _shared_with(joined, body) >= _SHARED_BY_HEADLINE
        ):
            halves.update((index, index + 1))
    return halves


_MENU_WORD = re.compile(rf"[\u4e00-\u9fff]{{2,{_COLUMN_LABEL}}}")
_MENU_RUN = 3
_MENU_ENTRIES = 2  # a menu's entries: two or more of its words


def _runs_on(head: list[_HeadLine], last: int, text: str, running: set[str], body: str = "") -> bool:
    """The headline `text`, ending at head line `last`, runs on into the next line: the next
    line follows without a blank, reads like a headline itself, and the headline is not complete
    (it does not end in its document type, a count of articles, ！ or ？). The next line is no
    name (张三, 欧阳建国: a short line is more of the headline only where the subtitle follows
    it, since a byline never stands between a headline and its subtitle, or where the `body`
    says the words across the break: …治理体系和治理能力 / 现代化), and the headline is no label far
    shorter than it (政策法规 above its headline). A labelled field (讲者：…) never carries a headline
    on, and a part's numbered heading (专题三 粮食安全) is no line of one, above or below."""
    if last + 1 >= len(head) or head[last + 1].number != head[last].number + 1:
        return False
    after = head[last + 1]
    view = simplified(text)
    # (a field under it, 讲者：…, or a part's heading over or under it, 专题三 …: no half of it)
    if _LABELLED_LINE.match(after.view) or _PART_LABEL.match(after.view) or _PART_LABEL.match(view):
        return False
    if _PERIOD_NOTE.fullmatch(after.view) and not _PERIOD_NOTE.search(view):
        return True  # a plan's years or a draft's status under its headline: 某某规划 / （2024—2026年）
    if (
        _left_open(view)
        and re.match(r"[^（(]*[）)]", after.view)
        and han_len(text + after.text) <= _LONG_HEADLINE
    ):
        return _continues(after, running)  # a bracket the line broke: …真题及参考答案（综 / 合管理类）
    if _DOCUMENT_TYPE.search(view) or re.search(r"[！？!?]$", view) or TOPIC.search(view):
        return False
    if _TYPE_ENDING.fullmatch(after.view):
        return True  # a notice's headline wrapped before its type: 关于印发《…》 / 的通知
    if _is_couplet(view) and _BROKEN_OFF.search(after.view):
        return False  # a kicker over a headline of two lines: 深化理论武装 推动学思践悟 / 把握…的 / …要求
    if _is_couplet(view) and _theme_over(head, last, running, body):
        return False
    if _kicker_over(head, last, text, body):
        return False
    if _banner_over(view, after, body) or _unit_and_label(view):
        return False
    # (a label, 学习贯彻 · 党建引领, or a dotted headline over its speech's name, 在…上的讲话: no half of it)
    if _DOTTED_LABEL.fullmatch(view) and (
        _SPACED_DOT.search(view) or _NAME_OF_A_SPEECH.fullmatch(after.view)
    ):
        return False
    if _BROKEN_OFF.search(view) and han_len(text + after.text) <= _LONG_HEADLINE:
        return _continues(after, running)  # …开班式上的 / 讲话
    if _said_across(view, after, body) and han_len(text + after.text) <= _LONG_HEADLINE:
        return _continues(after, running)  # …推进基层治理体系和治理能力 / 现代化
    if han_len(text + after.text) > 40 or not _reads_like_headline(after, running):
        return False
    if han_len(text) > _NAME_LINE and _names_the_byline(head, last + 1):
        return False  # (标题 / 上岸研习社 / 2024-03-12: the account's name, not more of the headline)
    if (
        han_len(after.text) < 5
        and not _DOCUMENT_TYPE.search(after.view)
        and not (
            last + 2 < len(head)
            and head[last + 2].number == after.number + 1
            and _SUBTITLE.match(head[last + 2].view)
        )
    ):
        return False
    return han_len(text) >= max(6, han_len(after.text) / 3)


# Short words a middle dot apart (学习贯彻 · 党建引领, 聚焦基层治理·一线观察): a column's and its
# sub-column's names or a deck's banner over the headline; a headline's halves are set a space apart.
_DOTTED_LABEL = re.compile(r"[\u4e00-\u9fff]{2,8}(?:\s*[·・•]\s*[\u4e00-\u9fff]{2,8})+")


def _left_open(view: str) -> bool:
    """A line that opens a bracket it does not close (…参考答案（综): a headline's line broken inside its
    bracketed part, which the next line closes."""
    return view.count("（") + view.count("(") > view.count("）") + view.count(")")


def _theme_over(head: list[_HeadLine], index: int, running: set[str], body: str) -> bool:
    """Head line `index`, a couplet (坚定文化自信 建设文化强国), is a page's theme or a column's slogan
    over a headline that runs over the next two lines (推动中华优秀传统文化 / 创造性转化创新性发展): the
    `body` says the headline's words, as an article talks about what its headline says, and hardly
    any of the couplet's, which the paper sets over every article of its page. (A couplet that
    opens a headline of one more line is its half: see _mirrored.)"""
    if index + 2 >= len(head) or han_len(body) < _BODY_TO_TELL:
        return False
    lines = head[index : index + 3]
    if any(below.number != above.number + 1 for above, below in pairwise(lines)) or not all(
        _reads_like_headline(line, running) for line in lines[1:]
    ):
        return False
    headline = simplified(_joined(lines[1].text, lines[2].text))
    return (
        han_len(headline) <= _LONG_HEADLINE
        and _shared_with(lines[0].view, body) <= _SHARED_BY_CHROME
        and _shared_with(headline, body) >= _SHARED_BY_HEADLINE
    )


def _heads_a_banner(head: list[_HeadLine], index: int, running: set[str], body: str) -> bool:
    """Head line `index` is a banner over a headline on the next line (see _banner_over): the
    headline is that line, not the banner."""
    if index + 1 >= len(head) or head[index + 1].number != head[index].number + 1:
        return False
    after = head[index + 1]
    return _reads_like_headline(after, running) and _banner_over(head[index].view, after, body)


def _campaign_over(head: list[_HeadLine], index: int, running: set[str]) -> bool:
    """Head line `index` names a campaign of study and nothing else (深入学习贯彻党的二十届三中全会精神,
    学习贯彻习近平文化思想) over a headline on the next line of the head, a blank line apart, or right
    over it on a paper's page: the banner a paper's page sets over every article it runs under the
    campaign, neither the headline nor its first half. Right over the next line elsewhere, it is the
    headline's first half, wrapped (深入学习贯彻…精神 / 奋力谱写…新篇章). A speech or a report names
    itself so: a ——subtitle that names the text under the two lines (——在…代表大会上的报告) makes them
    its headline's halves, and a ——subtitle or a line that ends in its document's type right under
    the campaign's name (——在…上的发言, …的讲话) makes the name the headline of a speech or a report
    on it."""
    if not _CAMPAIGN.fullmatch(head[index].view) or index + 1 >= len(head):
        return False
    after = head[index + 1]
    names_the_text = any(
        _SUBTITLE.match(line.view) and _names_the_text(line.view) for line in head[index + 2 : index + 4]
    )
    # (a headline's first half, 深入学习贯彻…精神 over 奋力谱写…新篇章, may wrap onto the next line: the
    # banner stands apart, a blank line under it, or over a paper's page, under its edition or editor)
    set_apart = after.number - head[index].number == 2 or any(
        _PAPERS_PAGE.search(line.view) for line in head[:index]
    )
    return (
        set_apart
        and _over_a_headline(head, index, running)
        and han_len(after.view) >= _LINE_TO_TELL
        and not _DOCUMENT_TYPE.search(after.view)
        and not re.match(r"[的之和与及]", after.view)
        and not names_the_text
    )


# what marks a newspaper's page: its edition's number or its editor (第09版, 责任编辑：…, 版式设计)
_PAPERS_PAGE = re.compile(r"第\s*[\d一二三四五六七八九十]{1,3}\s*版|责任编辑|责\s*编\s*[:：]|版式设计")
# A campaign of study named alone: to study and carry out a meeting's spirit, a thought or a leader's
# words (深入学习贯彻党的二十届三中全会精神, 学习宣传贯彻…重要论述); a headline says what to do about it too.
_CAMPAIGN = re.compile(
    r"(?:深入|认真|全面)?学习(?:宣传|领会)?贯彻(?:落实)?[\u4e00-\u9fff\d“”《》]{2,30}?"
    r"(?:精神|思想|重要论述|重要讲话|重要指示(?:批示)?)"
)


def _blog_over(head: list[_HeadLine], index: int, running: set[str]) -> bool:
    """Head line `index` names a blog (某某的博客, 某某的个人空间) over a headline (see _over_a_headline):
    the heading a blog's page sets over every post, not the post's headline. A line of that shape
    alone, or over a subtitle or a byline, is the headline itself (一位乡村教师的博客 / ——记…)."""
    return bool(_BLOG_NAME.fullmatch(head[index].view)) and _over_a_headline(head, index, running)


def _over_a_headline(head: list[_HeadLine], index: int, running: set[str]) -> bool:
    """The next line of the head after line `index`, a blank line apart at most, reads like a headline
    (so no subtitle) longer than a word or two: what a name or a label over it leaves the title to."""
    if index + 1 >= len(head):
        return False
    after = head[index + 1]
    return (
        after.number - head[index].number <= 2
        and han_len(after.view) > _WORD_OR_TWO
        and _reads_like_headline(after, running)
    )


def _dotted_label_over(head: list[_HeadLine], index: int, running: set[str]) -> bool:
    """Head line `index` is words a middle dot apart (学习贯彻 · 党建引领) over a headline (see
    _over_a_headline) and shows it is a label: its dot spaced, a blank line under it, or a byline or a
    subtitle under the headline. A speech's name under it (在…上的讲话) is a subtitle without its dash,
    and a dotted line with nothing to set it apart (纪念卡尔·马克思诞辰 / 重温…) half a two-line headline."""
    view = head[index].view
    if not _DOTTED_LABEL.fullmatch(view) or not _over_a_headline(head, index, running):
        return False
    if _NAME_OF_A_SPEECH.fullmatch(head[index + 1].view):
        return False
    after_next = head[index + 2] if index + 2 < len(head) else None
    return bool(
        _SPACED_DOT.search(view)
        or head[index + 1].number - head[index].number >= 2
        or (
            after_next is not None
            and after_next.number - head[index + 1].number == 1
            and (bool(_SUBTITLE.match(after_next.view)) or _is_byline(after_next.view))
        )
    )


_SPACED_DOT = re.compile(r"\s[·・•]|[·・•]\s")
# a speech's or a report's own name, printed without the dash of a subtitle (在…上的讲话)
_NAME_OF_A_SPEECH = re.compile(r"在.*(?:讲话|报告|发言|致辞)")


def _chat_header_over(head: list[_HeadLine], index: int, running: set[str]) -> bool:
    """Head line `index` is a chat export's header (see _CHAT_EXPORT) over the chat (a sender and
    time, a line or two under it) or over a headline (see _over_a_headline). Alone, or over a
    subtitle or a byline, it is a feature's headline (“幸福里居民群”的聊天记录 / ——一个网格员的一天)."""
    if not _CHAT_EXPORT.fullmatch(head[index].view):
        return False
    chat_follows = any(
        _SENDER_AND_TIME.fullmatch(line.view) and line.number - head[index].number <= 2
        for line in head[index + 1 : index + 3]
    )
    return chat_follows or _over_a_headline(head, index, running)


def _message_in_chat(head: list[_HeadLine], index: int) -> bool:
    """Head line `index` is a message that calls on the group or a member (@所有人 今晚…) inside a
    chat: the head holds a chat export's header, or a sender and time stands right over the line. A
    line of that shape outside a chat is a headline addressed to its readers (@所有党员：这份…请收好)."""
    if not _MENTION.match(head[index].view):
        return False
    in_export = any(_CHAT_EXPORT.fullmatch(line.view) for line in head)
    sender_over = (
        index > 0
        and head[index].number - head[index - 1].number == 1
        and bool(_SENDER_AND_TIME.fullmatch(head[index - 1].view))
    )
    return in_export or sender_over


# The header a chat app's export prints over a group's messages (“某某冲刺群”的聊天记录, 微信聊天记录导出):
# the group's name, quoted, not a text's headline; what was posted in the chat is named by its own. (A
# feature's 一位村支书的聊天记录 or “小巷总理”的聊天记录 names no group so.)
_CHAT_EXPORT = re.compile(r"“[^“”]{0,30}群[^“”]{0,6}”的聊天记录|(?:微信|QQ|钉钉)?群?聊天记录(?:导出|备份)?")
# a chat message that calls on the group or a member (@所有人 今晚…): a message, not a headline
_MENTION = re.compile(r"\s*[@＠]\S")
# a chat message's sender and time (李老师 20:15, 张老师  2024-05-06 20:31)
_SENDER_AND_TIME = re.compile(
    r"\s*\S{1,12}\s+(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*"
)


def _column_over(head: list[_HeadLine], index: int, running: set[str]) -> bool:
    """Head line `index` names the column an article runs in, a word after 专题 or 专栏 (专题研究：推进…,
    【专题报道】：乡村振兴), over a headline (see _over_a_headline): the journal's or the paper's
    furniture, as 专题：… is. Over a byline or alone, the line is the headline, its column's word its
    first (专题研究：新时代基层治理的三个维度 / 作者：…)."""
    return bool(_COLUMN_TOPIC.match(head[index].view)) and _over_a_headline(head, index, running)


def _topic_over(head: list[_HeadLine], index: int, running: set[str]) -> bool:
    """Head line `index` is one microblog topic, closed by a # (#基层减负#), over a headline (see
    _over_a_headline): the topic the post is filed under. Alone, or over the post's prose, it is what
    the post is about, and its words name the deck (see _tidy_title)."""
    return bool(_ONE_TOPIC.fullmatch(head[index].raw)) and _over_a_headline(head, index, running)


def _a_blog_over_a_headline(part: str, titles: Sequence[str], lines: Sequence[str]) -> bool:
    """A page's title `part` names a blog (see _blog_over), and the page names another thing too: one
    of its titles names no blog (云岭书生的博客 as the <h1>, the post's headline in the <title>), or its
    text prints a blog's name over a line of a headline's length; the blog's name is then the page's
    heading, not the post's headline. A page that names its blog and nothing else keeps it."""
    if not _BLOG_NAME.fullmatch(part):
        return False
    if any(not _BLOG_NAME.search(title) for title in titles):
        return True
    return any(
        _BLOG_NAME.fullmatch(line) and han_len(below) > _WORD_OR_TWO and not _SUBTITLE.match(below)
        for line, below in pairwise(lines[: _HEAD_OF_TEXT + 1])
    )


# A blog's name: its writer's name, 的 and the word for a blog or a personal page (云岭书生的博客)
_BLOG_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z\d_]{2,16}的(?:博客|个人空间|个人主页)")


def _unit_and_label(view: str) -> bool:
    """A line that names the unit a document comes from and its kind, a dot or a bar apart (中共某某市委党校
    · 干部教育培训课件, 某某县委宣传部 | 理论学习材料): a deck's or a handout's banner over its headline, no
    half of it; a headline does not open with an organisation's name set apart so."""
    parts = [part for part in re.split(r"\s*[·・•|｜丨]\s*", view) if part]
    return (
        len(parts) >= 2
        and is_org_name(parts[0])
        and all(han_len(part) <= _LABEL_LENGTH and not _is_name(part) for part in parts[1:])
    )


def _banner_over(view: str, after: _HeadLine, body: str) -> bool:
    """A line `view` is a campaign's or a page's banner (深入学习贯彻党的二十届三中全会精神) over the
    headline on the line `after` it: the `body` says the headline word for word, as an article
    restates what it is about, and less than a headline's share of the banner's words, which head
    every article of the page; nor does it say the words across the break as one phrase. Each line
    is a whole line's length: a headline's half (以科技创新引领) is shorter."""
    return (
        han_len(view) >= _LINE_TO_TELL
        and han_len(after.view) >= _LINE_TO_TELL
        and _squeezed(after.view) in body
        and _shared_with(view, body) < _SHARED_BY_HEADLINE
        and not _phrase_across(view, after.view, body)
    )


def _kicker_over(head: list[_HeadLine], last: int, text: str, body: str = "") -> bool:
    """Head line `last` (`text`, a line alone) is a kicker (引题) over the headline on the next line,
    whose ——subtitle follows it (深化高水平对外开放 / 让开放的大门越开越大 / ——写在…开幕之际): a paper
    sets a kicker, the headline and its subtitle on three lines, each whole, and the subtitle says what
    the piece looks at. A speech's or a report's subtitle (——在…上的讲话, ——关于…的调研报告) names the
    text instead, and the two lines above it are its headline's halves (坚定信心 勇毅前行 / 奋力谱写…);
    so are two lines across whose break the `body` says a phrase (推动中华优秀传统文化 / 创造性转化创新性
    发展: …传统文化创造性转化…), where a kicker is whole."""
    if last + 2 >= len(head) or text != head[last].text:
        return False
    after, subtitle = head[last + 1], head[last + 2]
    return (
        subtitle.number == after.number + 1
        and bool(_SUBTITLE.match(subtitle.view))
        and not _names_the_text(subtitle.view)
        and han_len(text) >= _PART_OF_HEADLINE
        and han_len(after.view) >= _LINE_TO_TELL
        and not _BROKEN_OFF.search(simplified(text))
        and not re.match(r"[的之]", after.view)
        and not _phrase_across(simplified(text), after.view, body)
    )


def _phrase_across(view: str, after: str, body: str) -> bool:
    """The `body` says the words on both sides of the break between a line `view` and the line
    `after` it as one phrase (…传统文化 / 创造性转…): the lines are one headline broken in two."""
    end, start = re.search(r"[\u4e00-\u9fff]{4}$", view), re.match(r"[\u4e00-\u9fff]{4}", after)
    return bool(end and start) and end[0] + start[0] in body


def _names_the_text(subtitle: str) -> bool:
    """A ——subtitle that says what the text is: a speech where it was given (——在…上的讲话, ——在…时的
    发言), or a document's type (——关于…的调研报告, ——…专题党课讲稿)."""
    words = _SUBTITLE.sub("", subtitle, count=1).strip(" —－–-")
    return bool(
        re.match(r"在", words) or _DOCUMENT_TYPE.search(words) or re.search(r"讲稿|讲话|辅导|发言", words)
    )


def _said_across(view: str, after: _HeadLine, body: str) -> bool:
    """The body says the words across the break between a headline's line `view` and the short
    line `after` under it (治理能力 / 现代化: 治理能力现代化): a phrase the line broke, not a name
    or a word of the page's under the headline."""
    return (
        bool(re.fullmatch(r"[\u4e00-\u9fff]{1,4}", after.view))
        and bool(re.search(r"[\u4e00-\u9fff]{4}$", view))
        and view[-_ACROSS_BREAK:] + after.view in body
    )


_ACROSS_BREAK = 4  # han characters of the line above that the body must say with the line below


def _is_couplet(view: str) -> bool:
    """Phrases of one length a space apart (深化理论武装 推动学思践悟, 坚定信心 勇毅前行): a line whose
    halves mirror each other, a half of a headline of its own. It runs on into a headline's other
    half on one line; over a headline that itself runs over two lines it is a kicker (引题) or a
    column's slogan, no part of it."""
    parts = view.split()
    return (
        len(parts) >= 2
        and all(re.fullmatch(r"[\u4e00-\u9fff]{3,12}", part) for part in parts)
        and len({len(part) for part in parts}) == 1
    )


# A labelled field's line (讲者：…, 日期：…, 地点：…): a short label and a colon open it. A record's field
# stands under a headline, never inside one, whose colon (兰州新区：产业…) follows its first words on
# its first line.
_LABELLED_LINE = re.compile(r"\s*[\u4e00-\u9fff]{2,4}\s*[:：]\s*\S")
# A part's label and its number opening a line (专题三 粮食安全, 模块二：…, 范文八（…）, 单元4, 热点专题五 · …):
# a word of two characters, or a word a series names its parts by after a word of its own, an ordinal,
# then a space, a colon, a bracket or the line's end. A handout or a deck numbers its parts so; the line
# is the part's heading, not a half of the headline under it, nor the headline where one follows. (An
# ordinal only: 十四五 is no number of a part, and 党的二十大 has a word after its number.)
_PART_WORD = r"(?:专题|模块|单元|范文|案例|主题|板块|话题|素材|示例|部分|篇章)"
_ORDINAL = r"(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]|\d{1,2})"
_PART_LABEL = re.compile(
    rf"\s*(?:[\u4e00-\u9fff]{{0,2}}{_PART_WORD}|[\u4e00-\u9fff]{{2}}){_ORDINAL}(?:\s|[:：、·（(]|$)"
)
# A model essay's label, bracketed or before a colon: 【范文】, 【范文三】, [范文2], 范文一：, 【参考范文】,
# 【高分范文二】, 【例文】 (a handout's word for the essay it gives as a model, with its grade or its number),
# or a handout's numbered section that holds the essay alone (二、参考范文)
_MODEL_ESSAY = r"(?:参考|优秀|高分|满分|示范)?(?:范文|例文)"
_ESSAY_LABEL = re.compile(
    rf"\s*(?:[【\[]\s*{_MODEL_ESSAY}\s*{_ORDINAL}?\s*[】\]]|{_MODEL_ESSAY}\s*{_ORDINAL}\s*[:：]"
    rf"|[一二三四五六七八九十]{{1,2}}\s*、\s*{_MODEL_ESSAY}\s*$)\s*"
)
# A handout's name that says it gives model essays (申论高分范文精讲讲义, 范文精读资料): over the essay
# it holds, not the essay's headline
_HANDOUT_OF_ESSAYS = re.compile(r"(?:范文|例文).{0,6}(?:讲义|教材|资料|手册)$")
# Words a unit's heading names its model essays by (范文精读, 例文评析, 佳作赏析)
_NAMES_ESSAYS = re.compile(r"范文|例文|精读|佳作")
# The years a plan covers or the level of an exam paper, in brackets under its headline (not 节选,
# 摘要 or 征求意见稿: what the page printed or the draft's state, not what the document is called)
_PERIOD_NOTE = re.compile(
    r"\s*[（(]\s*(?:\d{4}\s*[—–\-－~～至]+\s*\d{4}\s*年?|[^（()）\s]{1,6}(?:级|卷|类))\s*[）)]\s*"
)
# The last words of a headline wrapped before them: 的 and its document's type (关于印发《…》 / 的通知);
# a line opens with 的 only where it carries on the line above.
_TYPE_ENDING = re.compile(r"的" + _DOCUMENT_TYPE.pattern)
# A line of a headline that breaks off inside a phrase (…开班式上的 / 讲话, 关于进一步 / 加强…)
_BROKEN_OFF = re.compile(r"(?:的|和|与|及|暨|以及|关于|进一步)$")
_LONG_HEADLINE = 60  # han characters: a notice's or a report's headline may run to two long lines


def _headline_with_a_name(head: list[_HeadLine], running: set[str], body: str) -> str:
    """The head's first line where no line reads like a headline, if a byline only by its shape (see
    _spaced_name_line) whose words before the name the `body` takes up: words and a name a space apart
    with nothing above them (时代楷模  王××, over the prose of the deeds that won the title) are the text's
    headline, not the byline of one; a byline stands under its headline, and a speech's text seldom
    says its speaker's post (县委书记  张建国 over a speech that has no headline)."""
    if not head or head[0].heading >= 2 or head[0].bullet or not _spaced_name_line(head[0].view):
        return ""
    view = head[0].view
    if _BYLINE.search(view) or _is_author_line(view) or simplified(clean_line(head[0].raw)) in running:
        return ""
    words = _bigrams(view.rsplit(maxsplit=1)[0])  # (a title of a word or two: _shared_with tells none)
    if not words or sum(pair in body for pair in words) < _SHARED_BY_HEADLINE * len(words):
        return ""
    return " ".join(head[0].text.split())


def _continues(line: _HeadLine, running: set[str]) -> bool:
    """`line` may carry on a headline broken off above it: words, not a date, a byline, a
    section's heading, a subtitle, a sentence or chrome."""
    view = line.view
    return (
        1 <= han_len(view) <= 40
        and not line.heading
        and not line.bullet
        and "。" not in view
        and not (SECTION.match(view) or _SUBTITLE.match(view) or _is_date_line(view) or _is_byline(view))
        and simplified(clean_line(line.raw)) not in running
        and (han_len(view) <= 2 or not _is_chrome(view))  # (a word of two is no button here: 讲话)
    )


# An issuer's name (江州市市场监督管理局, 某某县人民政府办公室).
_ISSUER = re.compile(r"\S{2,24}(?:办公厅|办公室|委员会|人民政府|政府|党委|党组|[部局厅委院署办处])")


def _issuer_above(head: list[_HeadLine], index: int) -> bool:
    """Head line `index` is an issuer's or author's name standing on its own over a title that
    ends in its document type (江州市市场监督管理局 / 关于…的通知, 某某县委组织部 / 2023年度…工作总结):
    the issuer's mark, not the headline."""
    return (
        index + 1 < len(head)
        and bool(_ISSUER.fullmatch(head[index].view))
        and bool(_DOCUMENT_TYPE.search(head[index + 1].view))
        and han_len(head[index + 1].view) >= 6
    )


def _ends_subtitle(head: list[_HeadLine], index: int) -> bool:
    """Head line `index` is the rest of a speech's subtitle broken over two lines: the line above
    opens 在… with a dash and has not yet come to the 上 that closes it (——2026年1月9日在某某区第十八届
    人民代表大会 / 第六次会议上)."""
    above = head[index - 1] if index else None
    return (
        above is not None
        and above.number + 1 == head[index].number
        and bool(_SUBTITLE.match(above.view))
        and bool(_OPEN_SPEECH_SUBTITLE.search(above.view))
    )


# a speech's subtitle that names where it was given (——在…) and breaks off before its 上
_OPEN_SPEECH_SUBTITLE = re.compile(r"在[^上]*$")


def _joined(first: str, second: str) -> str:
    """Two lines of one headline: a wrapped line runs on into the next, but a line that ends
    with a closing mark (学好用好《条例》) is a half of its own, and keeps a space, unless the next
    opens with 的, which carries on its phrase. A site's note on the first (（转载）, （精选3篇）) is
    no part of the headline it splits."""
    note = _EDITION_NOTE.search(first)
    if note and han_len(first[: note.start()]) >= _WORD_OR_TWO:
        first = first[: note.start()]
    half = re.search(r"[》”」）)]$", first) and not second.startswith("的")  # (…《…》 / 的通知 runs on)
    return f"{first} {second}" if half else first + second


def _followed_by_byline(head: list[_HeadLine], last: int) -> bool:
    """A headline's line is followed by its byline, dateline or subtitle (perhaps after the
    author's name or the office that speaks on a line of its own: 中共某某街道工作委员会 /
    （2026年11月20日）), or carries them itself. A compiler's credit under a
    word or two is a periodical's masthead (学习参考 / 某某党校教务处编印), no byline."""
    if head[last].dated:
        return True
    for line in head[last + 1 : last + 3]:
        view = line.view
        if _is_credit(view) and han_len(head[last].view) <= _WORD_OR_TWO:
            return False
        if _SUBTITLE.match(view) or _is_date_line(view) or META.match(view) or _is_byline(view):
            return True
        if not (_is_name_line(line) or is_org_name(view) or _YEAR_NOTE.fullmatch(view)):
            return False
    return False


# The year or the year's term a report or a summary covers, bracketed on a line under its headline and
# above its speaker's byline (述职述廉报告 / （2023年度） / 局长 陈××); a scan may read a year's 0 as O
_YEAR_NOTE = re.compile(r"\s*[（(]\s*[\dOoＯ]{4}\s*年(?:度|上半年|下半年)?\s*[)）]\s*")


def _is_name_line(line: _HeadLine) -> bool:
    """A line that may be an author's or an account's name alone (王明, 上岸研习社, 笔杆子研习社):
    a few Han characters, no mark, no document's type."""
    return bool(_ACCOUNT_NAME.fullmatch(line.view)) or (
        2 <= han_len(line.view) <= _NAME_LINE
        and bool(re.fullmatch(r"[\u4e00-\u9fff\s]+", line.view))
        and not _DOCUMENT_TYPE.search(line.view)
    )


_NAME_LINE = 8  # han characters: a WeChat account's name (笔杆子研习社) or a writer's


def _unit_over_its_date(head: list[_HeadLine], index: int) -> bool:
    """Head line `index` is an organisation's name, or a division's of one (某某市民政局养老服务处), and
    the line under it a date: the unit that drafted or issued the text signing a cover or a report, as
    an author's name over the date line is (see _names_the_byline), never its headline."""
    view = "".join(head[index].view.split())
    return (
        _names_a_unit(view)
        and index + 1 < len(head)
        and head[index + 1].number == head[index].number + 1
        and _is_date_line(head[index + 1].view)
    )


def _names_a_unit(view: str) -> bool:
    """`view` is an organisation's name (see is_org_name), or one with a division of it after it
    (…局养老服务处, …委办公室秘书科, …厅政策法规处)."""
    return is_org_name(view) or any(
        is_org_name(view[:end]) and _DIVISION.fullmatch(view[end:]) for end in range(4, len(view) - 2)
    )


# a division's name after its organisation's: 养老服务处, 秘书科, 政策法规处
_DIVISION = re.compile(r"[\u4e00-\u9fff]{2,8}(?:处|科|室|股)")


# a microblog's time of posting and its client (…21:47 来自 iPhone客户端)
_POSTED_FROM = re.compile(r"\d{1,2}:\d{2}\s*来自\s*\S")


def _names_the_byline(head: list[_HeadLine], index: int) -> bool:
    """Head line `index` is the name of the author or account that the date line under it dates
    (标题 / 上岸研习社 / 2024-03-12 08:30): a name line, then the article's information."""
    return (
        _is_name_line(head[index])
        and index + 1 < len(head)
        and head[index + 1].number == head[index].number + 1
        and (
            head[index + 1].dated
            or _is_date_line(head[index + 1].view)
            or bool(META.match(head[index + 1].view))
        )
    )


def _core(title: str, singles: list[str]) -> str:
    """The headline a decorated one repeats: '学习心得体会（精选）' printed again as '学习心得体会',
    '重磅｜书记在大会上的讲话（全文）' as '在大会上的讲话', '…试卷及参考答案' as '…试卷'. The longer
    one adds a bracketed note or what comes with the document after it, or a label before it (a bar, a colon or a bracket ends it); not an issuer's name
    (中共中央 国务院关于…的意见), and a short line (政府工作报告) is no core of a longer title."""
    cores = []
    for line in singles:
        if line == title or han_len(line) < 8 or line not in title:
            continue
        before, after = title.split(line, 1)
        noted = _only_a_note(after) or bool(_WHAT_COMES_WITH.fullmatch(after))
        if noted and (not before.strip() or re.search(r"[｜|：:】\]]", before)):
            cores.append(line)
    return max(cores, key=len) if cores else title


# What a page says comes with the document, after its name (…试卷及参考答案, …真题附解析): the
# document prints its own name without it.
_WHAT_COMES_WITH = re.compile(r"\s*[及和附含]\s*(?:参考|标准)?(?:答案|解析|详解)(?:[及和与]解析)?\s*")


def _is_date_line(view: str) -> bool:
    """A line that dates the document (2024年3月5日 星期二, （2024年3月5日）, 2024-03-05 08:00 来源：…):
    a full date and little else, or a date with a time; not a headline that names a date
    (2024年3月5日江苏省考面试真题解析, 2024年5月20日：改革开放再出发). A scan's letter O for a year's
    zero (2O24年) is read as the zero."""
    view = _OCR_YEAR.sub(lambda year: re.sub(r"[OoＯ]", "0", year[0]), view)
    date = _FULL_DATE.search(view)
    if not date:
        if _MONTH_ALONE.fullmatch(view):
            return True  # (a report's or a speech's month under its headline and its unit: （2024年4月）)
        month = _ISSUER_AND_MONTH.fullmatch(view)
        return bool(month) and bool(_ISSUER.fullmatch(month["issuer"]))
    rest = _WEEKDAY.sub("", view[: date.start()] + view[date.end() :]).strip(" 日")
    if _ISSUER.fullmatch(rest) or _is_credit(rest):
        return True  # a bulletin's issuer or compiler and date (中共某某县委办公室编  2024年5月6日)
    if han_len(rest) >= 4 and _DOCUMENT_TYPE.search(rest) and not re.search(r"\d{1,2}:\d{2}|[:：]", rest):
        return False  # a short headline after a feed's date (2024-03-05 述职述廉报告)
    # (a colon right after the date opens what the date is about, 2024年5月20日：改革开放再出发, a headline)
    labelled = bool(re.search(r"[:：]", rest)) and not re.match(r"[:：]", view[date.end() :].lstrip(" 日"))
    return han_len(rest) <= 6 or bool(re.search(r"\d{1,2}:\d{2}", rest)) or labelled


# a year as OCR reads it, a letter O for a zero (2O24年, 2O23.5.6)
_OCR_YEAR = re.compile(r"(?<![A-Za-z\d])[12][\dOoＯ]{3}(?=\s*[年./-])")
# an issuer and the month, a space apart (中共某某市委组织部　2024年3月: a report's or a deck's
# dateline); a headline that names a month has no space before it
_ISSUER_AND_MONTH = re.compile(r"(?P<issuer>\S{2,24})\s+\d{4}\s*年\s*\d{1,2}\s*月")
# a year and a month alone on a line, perhaps in brackets (（2024年4月）, 2024年4月)
_MONTH_ALONE = re.compile(r"[\s(（]*\d{4}\s*年\s*\d{1,2}\s*月[\s)）]*")
_WEEKDAY = re.compile(r"星期.|周[一二三四五六日天]|农历\S{2,6}")


def _is_byline(view: str) -> bool:
    """本报评论员, 新华社记者 张三, 原创 某某 …: short (人民日报评论员：… is a headline); a journal
    article's authors with their affiliations' marks (张明远1，李 晓2); or the speaker's or
    author's office and name, the name set apart at the end (党委书记、董事长  赵国栋): a name is
    two or three characters, and the line is no run of slogans of one length (稳中求进 守正创新)."""
    if (han_len(view) <= 12 and _BYLINE.search(view)) or _WECHAT_BYLINE.fullmatch(view):
        return True
    if _is_author_line(view) or _is_credit(view) or _ROLE_AND_NAME.match(view) or _AGENT_AND_NAME.match(view):
        return True
    return _spaced_name_line(view)


def _spaced_name_line(view: str) -> bool:
    """A byline by its shape alone: words, then a person's name set apart at the end (see _is_byline)."""
    chunks = view.split()
    return (
        not re.search(r"[>|｜»]", view)
        and len(chunks) >= 2
        and han_len(view) <= 20
        and bool(_PERSONS_NAME.fullmatch(chunks[-1]))
        and len({len(chunk) for chunk in chunks}) > 1
        and not re.search(r"[。；！？!?]", view)
    )


# A person's name as a byline sets it apart at the line's end: two or three characters, or a surname and
# the marks a published copy puts for the given name it withholds (陈××, 王XX, 李＊＊, 张○○, 赵某某)
_PERSONS_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff](?:[×xXＸ*＊○〇]{1,2}|某{1,2})")
# A WeChat article's byline as a copy keeps it: 原创, then the author's and the account's names, and the
# date, time and place the page prints after them, a space apart (原创 某某研究院 某某教育 2026年05月12日
# 08:30 北京), however long the names run; no sentence, no bar (原创 | 标题 is a badge before a headline).
_WECHAT_BYLINE = re.compile(r"\s*原创(?:\s+[^\s，。；！？|｜丨]{1,20}){1,6}\s*")
# The roles a text credits a person with, by a label before their name: who gives, writes,
# checks or answers for it. Only these: a headline may open with any other word ending in 人
# (共产党人：不忘初心, 年轻人：敢闯敢试), and four characters after it are a slogan as well as a name.
# A credited role, labelled, and a name, perhaps the person's post in brackets after it
# (授课人：林书涵（…副教授）, 宣讲人：王明): the text's byline.
_ROLE_AND_NAME = re.compile(rf"\s*{CREDITED_ROLE}\s*[:：]\s*[\u4e00-\u9fff·]{{2,4}}(?:\s|[（(]|$)")


# A person's field, a label for who does the text (讲者, 作者, 演讲者, 报告者) and a name, perhaps with
# the honorific a lecture's record sets after it (讲者：王明远教授（…）): the text's byline. Only these
# labels: a headline may open with another word ending in 者 and a name or a phrase after it
# (燃灯者：张桂梅, 逆行者：最美身影, 奋斗者：青春在基层闪光).
_AGENT_AND_NAME = re.compile(
    r"\s*(?:讲|作|演讲|讲演|报告|主讲|记|整理|采访|访谈)者\s*[:：]\s*[\u4e00-\u9fff·]{2,4}"
    r"(?:教授|副教授|博士|老师|研究员|副研究员|讲师|先生|女士|同志)?(?:\s|[（(]|$)"
)


def _is_credit(view: str) -> bool:
    """A line that credits who made the text (华章公考教研中心 编, 某某教研室编印, 申论教研组 整理 ｜ 适用：…,
    主编：…, 整理 by 某某, 县委组织部调研组): its compiler, editor or writing group, not its name. A
    bar may set the credit apart from a note on the text after it; a figure is no compiler's name
    (2024年真题 汇编 is a headline)."""
    first = re.split(r"\s*[｜|丨]\s*", view.strip(), maxsplit=1)[0]
    if (made := _MADE_BY.fullmatch(first)) and is_org_name(made.group(1)):
        return True
    return han_len(first) <= _CREDIT_LENGTH and not re.search(r"\d", first) and bool(_CREDIT.fullmatch(first))


# An organisation's name and the verb of a form's or a sheet's maker (中共某市委组织部制, 某某县统计局印制):
# who prints the form, under its fields. Only after an organisation's whole name: a headline may end
# in a system's 制 (推行书院制, 深化大部制).
_MADE_BY = re.compile(r"\s*(\S{4,30}?)\s*(?:印制|监制|制)\s*")


_CREDIT_LENGTH = 30  # han characters
# a compiler's verb after a name, a space apart or after a body that compiles (某某中心编, 某某老师整理);
# a writing group alone (…调研组, …课题组); a credit's label before a name (主编：…, 整理 by …,
# 编印单位：…)
_COMPILED = r"(?:编|编印|编著|编写|编制|编辑|编选|汇编|整理|辑|主编|供稿|出品)"
_GROUP = r"(?:调研组|课题组|写作组|编写组|教研组|教研室|研究室|编辑部|编委会)"
_COMPILER = rf"(?:{_GROUP}|小组|中心|教研部|工作室|研究院|研究所|团队|老师|党校|学院|办公厅|办公室|委员会|[部局厅委处科室所校院])"
_CREDIT = re.compile(
    rf"\S.{{0,24}}?\s+{_COMPILED}|\S.{{0,24}}?{_COMPILER}\s*{_COMPILED}|\S.{{0,24}}?{_GROUP}"
    rf"|(?:主编|副主编|编者|编著|编写|执笔|撰文|统稿|{_COMPILED})(?:单位|部门)?\s*(?:[:：/／]|by\s|\s)\s*\S.{{0,24}}",
    re.I,
)


def _is_author_line(view: str) -> bool:
    """A journal article's or a paper's line of authors: names (a two-character name may be set
    out to three with a space, 李 晓) apart by commas, 、 or spaces, and marks that tie them to
    their affiliations (张明远1，李 晓2 / 王芳¹ 陈刚²* / 赵磊1,2): two names or more, or a mark
    no number of a headline's could be (¹, *, †, 1,2); or without marks, two names or more of two
    or three characters a comma or 、 apart (王立新，陈晓燕)."""
    if not _AUTHORS.fullmatch(view):
        return False
    marks = _AFFILIATION_MARK.findall(view)
    names = [name for name in _AUTHOR_SEPARATOR.split(view) if name]
    if not marks:
        # (names alone, a comma or 、 apart: 王立新，陈晓燕; a headline's phrases run longer, and a
        # slogan's short ones open with a verb, not a family name: 守初心、担使命、找差距、抓落实)
        return (
            len(names) >= 2
            and bool(re.search(r"[，,、]", view))
            and all(2 <= han_len(name) <= _NAME_LENGTH and FAMILY_NAME.match(name) for name in names)
        )
    return (
        len(marks) >= 2 or len(names) >= 2 or any(not mark.isascii() or not mark.isdigit() for mark in marks)
    )


_AUTHOR = r"[\u4e00-\u9fff](?:\s{0,2}[\u4e00-\u9fff]){1,3}"
# han characters of a name in a list of authors without marks (a four-character phrase is a slogan's)
_NAME_LENGTH = 3
_MARK = r"(?:[\d¹²³⁴⁵⁶⁷⁸⁹⁰]+(?:[,，][\d¹²³⁴⁵⁶⁷⁸⁹⁰]+)*|[*＊†‡])+"
_AFFILIATION_MARK = re.compile(rf"(?<=[\u4e00-\u9fff]){_MARK}")
_AUTHOR_SEPARATOR = re.compile(rf"{_MARK}|\s*[，,、]\s*")
_AUTHORS = re.compile(rf"{_AUTHOR}(?:{_MARK})?(?:(?:\s*[，,、]\s*|\s+){_AUTHOR}(?:{_MARK})?)*")
# A line that says where the text comes from (资料来源：…, 出处：…, 转自…, 摘自《…》): information
# about the text, not its name.
_SOURCE_LINE = re.compile(
    r"\s*[【\[(（]?\s*(?:(?:资料|信息|文章|稿件|新闻|内容|图片|素材|试题|题目)?(?:来源|出处)\s*[:：】\]]"
    r"|(?:转自|转载自|摘自|摘编自|节选自|选自|引自|原载于?)(?:\s*[:：《“]|\s+\S))"
)


# A line that names the topic or the series an article is filed under (专题：…, 【系列】：…): the
# page's furniture over the headline, not its first half.
_TOPIC_FIELD = re.compile(r"\s*[【\[]?\s*(?:专题|专栏|系列|话题|板块)\s*[】\]]?\s*[:：]")
# A journal's or a paper's column with a word after 专题 or 专栏 (专题研究：…, 【专题报道】：…), which may
# also be how a headline opens (专题研究：新时代基层治理的三个维度): see _column_over.
_COLUMN_TOPIC = re.compile(r"\s*[【\[]?\s*(?:专题|专栏)(?:研究|报道|论坛|聚焦|策划|探讨)\s*[】\]]?\s*[:：]")
# A line that says what an issue, a lesson or an article holds (【本期导读】…, 本期要目：…, 【本讲导学】…,
# 内容提要：…): a bulletin's contents, a handout's guide or a page's summary over the headline, in words
# of its own, not its name. (boilerplate._EDITORS_WORDS shares 导读 and 提要 with it but not its
# meaning: there an editor's label cut from the paragraph it opens, which stays.)
_CONTENTS_WORD = r"(?:本期|本刊|今日|本讲|本课|本章|本节)?(?:导读|导学|要目|目录|提要|内容提要|看点)"
_CONTENTS_LABEL = re.compile(rf"\s*(?:[【\[]\s*{_CONTENTS_WORD}\s*[】\]]|{_CONTENTS_WORD}\s*[:：])")
# A line that lists the text's key words or tags under a label (关键词：党建引领；基层治理, 主题词：…,
# 标签：…, Key words: …): a paper's or a post's front matter, the terms it is filed by, never its name.
_KEYWORDS_LINE = re.compile(
    r"\s*[【\[]?\s*(?:关\s*键\s*[词字]|主题词|标\s*签|key\s*words?)\s*[】\]]?\s*[:：]", re.I
)
# A journal's volume and issue (第26卷 第3期, Vol.26 No.3): a periodical's running head over its
# articles, which an article's headline never carries.
_VOLUME = re.compile(
    r"第\s*\d{1,3}\s*卷\s*[,，、]?\s*第\s*\d{1,3}\s*期|Vol\s*\.?\s*\d{1,3}\s*[,，]?\s*No\s*\.?\s*\d", re.I
)
# A line that ends in the number a body registers a text under (…十五届三次会议第0127号提案, 第0045号建议):
# the proposal's or the motion's record, above its own headline (关于…的提案).
_REGISTRY_NUMBER = re.compile(r"第\s*\d{3,6}\s*号\s*(?:提案|议案|建议|意见|批复|答复)?\s*$")
# A labelled field (建议学时：2课时, 来源：…): a line of two or more, set apart by spaces or bars, is a
# record's or a page's information (建议学时：2课时 ｜ 配套练习：第31—35题), not a headline, which
# may carry one colon (甘肃：…).
_FIELD = re.compile(r"(?:^|[\s|｜丨】\]])[\u4e00-\u9fff]{2,6}\s*[:：]")
_FIELDS = 2


def _only_a_note(text: str) -> bool:
    return not text.strip() or bool(_BRACKETED_NOTE.fullmatch(text))


def _drop_kicker(title: str) -> str:
    """'重磅｜…' -> '…': a column's label of a word or two before a bar, then a headline."""
    match = _KICKER.fullmatch(title)
    if match and han_len(match["label"]) <= 4 and han_len(match["rest"]) >= 8:
        return match["rest"]
    return title


def _reads_like_headline(line: _HeadLine, running: set[str]) -> bool:
    """A line that may be a headline: short, not a sentence, not chrome, a date line, a
    breadcrumb, a salutation, a section heading, a subtitle, a byline or a note."""
    view = line.view
    length = han_len(view)
    if not 4 <= length <= _LINE_OF_HEADLINE or line.heading >= 2 or line.bullet:
        return False
    if re.search(r"[。；;，,、：:]$", view) or "。" in view or view.count("，") > 2 or view.count("、") > 3:
        return False
    if SECTION.match(view) or _SUBTITLE.match(view) or _is_date_line(view) or _is_byline(view):
        return False
    if _SOURCE_LINE.match(view) or _TOPIC_FIELD.match(view) or _CONTENTS_LABEL.match(view):
        return False
    if _KEYWORDS_LINE.match(view) or _VOLUME.search(view) or _REGISTRY_NUMBER.search(view):
        return False
    if len(_FIELD.findall(view)) >= _FIELDS or _is_rule_line(view) or _numbers_only(view):
        return False
    if _CONTENTS_ENTRY.search(view):
        return False
    if (
        re.fullmatch(r"[(（].*[)）]|[【\[][^】\]]*[】\]]", view)
        or simplified(clean_line(line.raw)) in running
        or _FILE_NAME.search(line.raw)
        or _PICTURE_FILE.search(line.raw)
        or _TAGS.fullmatch(line.raw)
        or _PATH.fullmatch(view)
        or line.form
        or ((value := _spaced_field(line.raw)) is not None and _a_field_value(value))
    ):
        return False
    return not _is_chrome(view)


def _spaced_field(raw: str) -> str | None:
    """The value of a line that opens with a label spaced out to the width of a form's other labels
    (单　　位：…, 姓　　名：…, 职　务：…), where its value is not spaced out as the label is (奋 斗 ：
    新 时 代 …: a letterspaced headline, as a PDF gives it); None where the line opens with none. Such
    a line is a form's field where its value is one (see _a_field_value) or the head holds another
    (see _with_form_fields); a letterspaced headline (奋　斗：新时代青年最亮丽的底色) and an interview's
    headline after a padded name (王　芳：让老字号在守正创新中焕发新活力) open the same way."""
    match = _SPACED_LABEL.match(raw)
    if match is None or _THREE_HAN_BLANK_APART.search(value := raw[match.end() :]):
        return None
    return value


def _a_field_value(value: str) -> bool:
    """A value a form's blank holds (a name, a post, a date, a number), not a headline's phrase: short."""
    return han_len(value) <= _FIELD_VALUE


# A label spaced out to the width of a form's other labels, before its colon: the headline, set as
# prose sets it, spaces no label of a few characters before a colon but a letterspaced one or a name.
_SPACED_LABEL = re.compile(r"\s*[\u4e00-\u9fff](?:[ \t\u3000]+[\u4e00-\u9fff]){1,3}[ \t\u3000]*[:：]")
# a run of three han each set a space, tab or ideographic space apart: a line letterspaced
# throughout, not a field's value
_THREE_HAN_BLANK_APART = re.compile(r"[\u4e00-\u9fff](?:[ \t\u3000][\u4e00-\u9fff]){2}")
# han characters: a form's value (王某某, 副局长, 二〇二五年一月八日) is at most this long; a headline's
# phrase after a letterspaced word or a name (新时代青年最亮丽的底色, 11) is longer
_FIELD_VALUE = 8
# A path of names a slash apart under a filing word's label (收藏路径：申论素材库 / 乡村振兴, 分类：申论 /
# 基层治理): where a note is filed, the folders or the categories over it, not what it is called.
# (Under another label, a column's kicker, a slogan's phrases may stand a slash apart: 专家解读：稳就业/保民生.)
_FILED_UNDER = r"(?:收藏)?(?:路径|位置|夹)|所属(?:分类|类别|目录|栏目)|分类|类别|目录|标签|归档|文件夹"
_PATH = re.compile(rf"\s*(?:{_FILED_UNDER})\s*[:：]\s*[^/／\s:：]{{2,10}}(?:\s*[/／]\s*[^/／\s]{{2,10}})+\s*")
# A line of hashtags (#基层治理 42个, #乡村振兴 #共同富裕): the topics or the collections a post is filed
# under, each with the count of what it holds, or more than one on the line; no headline, though the
# body talks about their topics (a headline written #… without a space is one tag and no count:
# #稳就业保民生的10条). A microblog closes each topic with a # too (#遴选# #申论素材#): a line of two or
# more of those files the post under them.
_TAG = r"#[^#\s]{1,20}"
_TAGS = re.compile(
    rf"\s*(?:{_TAG}\s+\d[\d,]*\s*[个篇条期]\s*)+|\s*{_TAG}(?:\s+{_TAG})+\s*|\s*{_TAG}#(?:\s*{_TAG}#)+\s*"
)
# one microblog topic alone on its line (#基层减负#): see _topic_over
_ONE_TOPIC = re.compile(rf"\s*{_TAG}#\s*")


# A contents' entry: leader marks, four or more as boilerplate's contents line needs (………… or ....), perhaps its author's name, then its page number, bare or
# in brackets (在全县作风建设大会上的讲话 ………… 王建国（1）): the issue or the book lists its texts so,
# over the text whose headline stands below; a headline never carries a page number after dots.
_CONTENTS_ENTRY = re.compile(r"[.…·．]{4,}\s*(?:[\u4e00-\u9fff·]{2,4}\s*)?[（(]?\s*\d{1,4}\s*[）)]?\s*$")


def _numbers_only(view: str) -> bool:
    """A line that says only which part of a series it is and when (第四辑 2026年11月, 第3期 2024年5月,
    总第168期): a volume's or an issue's line under a collection's name, with no word of what it holds."""
    rest = _PART_OF_SERIES.sub("", view)
    return rest != view and han_len(_YEAR_AND_MONTH.sub("", rest)) < 2


# a part's number in a series (第四辑, 第3期, 第二卷, 第5册, 总第168期) and a year or a month
_PART_OF_SERIES = re.compile(r"总?第\s*[\d一二三四五六七八九十百]+\s*[辑期卷册集季]")
_YEAR_AND_MONTH = re.compile(r"\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|\d{1,2}\s*月")


def _is_rule_line(view: str) -> bool:
    """A rule drawn with one character over and over, perhaps with a mark in its middle (一一一一★
    一一一一, as OCR reads the rule under a red-headed document's masthead): a line of the page's
    drawing, never a headline, though its strokes read as Han characters."""
    marks = "".join(view.split())
    return len(marks) >= _RULE_LENGTH and Counter(marks).most_common(1)[0][1] >= _RULE_SHARE * len(marks)


_RULE_LENGTH = 6  # characters: 一一对应 or 哈哈哈 are words, a rule runs on
_RULE_SHARE = 0.8  # of its characters the one it is drawn with


def _names_its_file(head: list[_HeadLine], index: int, running: set[str]) -> bool:
    """The head's first line, a file's name (标题(1).docx, Microsoft Word - 标题.doc), where what
    stands under a headline stands under it: its ——subtitle or a bracketed note (its date, its
    part: （综合管理类·B卷）). A copy printed its file's name where its headline stood. A file's
    name over a headline, a byline or a banner (2024年学习材料(1).docx / 标题) is the file's."""
    line = head[index]
    if index != 0 or len(head) < 2 or not _FILE_NAME.search(line.raw) or _ATTACHMENT.match(line.text):
        return False
    under = head[1].view
    if not (_SUBTITLE.match(under) or re.fullmatch(r"[(（][^()（）]+[)）]", under)):
        return False
    return _reads_like_headline(replace(line, raw=line.text), running)


# A file's name on a line of its own (2024年学习材料(1).docx, 附件2：某某方案.pdf, 某某.doc（35KB）): a
# copy keeps the name of the file it came in, or of an attachment, which is no headline
_FILE_NAME = re.compile(
    r"\.(?:docx?|pdf|wps|txt|pptx?|xlsx?|md)\s*(?:[(（]\s*[\d.]+\s*[KMG]B?\s*[)）])?[\s)）]*$", re.I
)

# A picture's file name, alone or with an OCR tool's label after it (IMG_20240312_0815.jpg 识别结果): the
# photo a text was read from, named by the camera's clock, which is no headline and no dateline.
_PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|bmp|gif|webp|heic|tiff?)(?![A-Za-z])\s*\S{0,8}\s*$", re.I)

# The 版头 of a report or a draft sent up (县委文稿〔2025〕5号　签发：赵敏, 签发人：王明　某政报〔2025〕3号):
# its number and who signed it off, either first, above its headline; no part of it, though no
# blank line may part them.
# A line of counters (查看: 8652 | 回复: 137, 阅读 3245 点赞 12): each a word or two and a number.
_COUNTERS = re.compile(r"(?:\s*[\u4e00-\u9fff]{1,4}\s*[:：]?\s*\d[\d,.万+]*\s*[|｜·]?)+")


def _is_chrome(view: str) -> bool:
    """A line of a page's or a paper's furniture that could pass for a headline."""
    if RESTRICTED.search(view) or MASTHEAD.fullmatch(view) or DOCUMENT_NUMBER.fullmatch(view):
        return True
    if SIGNED_OFF.fullmatch(view):
        return True
    if _is_banner(view) or LINK_ARROW.search(view):  # (a link's arrow: 点击报名>>)
        return True
    if _ACCOUNT_NAME.fullmatch(view):  # (a study account's or a bulletin's name alone: its logo)
        return True
    if EDITION.search(view) or is_site_line(view) or WEATHER.search(view) or _COUNTERS.fullmatch(view):
        return True
    if FONT_SIZE.search(view) and han_len(view) <= 12:  # 字号：大 中 小
        return True
    if _is_rating(view):
        return True
    # a headline may name one weak widget word (2024年遴选时政题库); a column's label may not; a
    # phrase of a headline's length, unbroken by spaces, bars or colons, may name several
    # (关于进一步规范微信公众号和政务APP管理的通知), where a widget's words stand apart (分享到：微信 微博)
    phrase = han_len(view) >= _PHRASE and not re.search(r"[\s|｜:：]", view)
    return is_furniture(view, short=_COLUMN_LABEL + 1, weak_words=not phrase)


_PHRASE = 12  # han characters


def _is_rating(view: str) -> bool:
    """A document-sharing or review site's rating of the text (评分：4.5分（23人评价）, ★★★★☆ 4.8,
    推荐指数：5星): a score, a count of raters or stars, and hardly a word besides; the page's
    widget, which stands among the headline's lines like one (short, no sentence)."""
    rest = _RATING.sub("", view)
    return rest != view and han_len(rest) <= _WORD_OR_TWO and not re.search(r"[。，]", rest)


# a score after its label (评分：4.5分, 推荐指数 5星), a count of raters (23人评价), a row of stars
_RATING = re.compile(
    r"(?:评分|评价|得分|星级|推荐指数|推荐度|好评率)\s*(?:[:：]\s*)?\d+(?:\.\d+)?\s*(?:分|星|%)?"
    r"|(?:[(（]\s*)?\d+\s*人(?:评价|评分|打分|点评|推荐)\s*[)）]?|[★☆✩✭]{3,}"
)


def _is_banner(view: str) -> bool:
    """A page's banner, way or service line: organisations' names alone (中共某某县纪律检查委员会
    某某县监察委员会), who runs the site (某某日报社主办), a way through its columns (政务公开 >
    政策文件, 首页-新闻中心-工作动态), a greeting (您好，欢迎访问某某网站！), a periodical's name and
    issue (某某市人民政府公报 2024年第5期)."""
    chunks = view.split()
    if chunks and all(is_org_name(chunk) for chunk in chunks):
        return True
    if han_len(view) <= 30 and (RUN_BY.search(view) or _WELCOME.search(view)):
        return True
    steps = [step for step in _BREADCRUMB_STEP.split(view) if step.strip()]
    if len(steps) >= 2 and all(han_len(step) <= BANNER_WORD for step in steps):
        return True
    return bool(_ISSUE.fullmatch(view))


_WELCOME = re.compile(r"欢迎(?:访问|来到|光临|进入|登录)|请输入(?:关键|搜索|检索)")
# a periodical's or a column's issue, after its name (a space or a dot apart, or the name in 《》)
# or on a line of its own (某某市人民政府公报 2024年第5期, 工作简报 第12期, 政策解读·第3期,
# 《组工通讯》2024年第12期, 2024年第12期（总第156期）, 总第156期)
_ISSUE_NUMBER = (
    r"(?:(?:\d{4}\s*年\s*)?[第笫]\s*[\d一二三四五六七八九十]+\s*期(?:\s*[(（]?总第\s*\d+\s*期[)）]?)?"
    r"|[(（]?总第\s*\d+\s*期[)）]?)"
)
_ISSUE = re.compile(
    rf"(?:《[^《》]{{2,20}}》\s*|\S{{2,20}}?(?:\s+|\s*[·・•]\s*))?(?:[(（]\s*{_ISSUE_NUMBER}\s*[)）]|{_ISSUE_NUMBER})"
)
# a periodical's issue before a headline, a colon, a bar or a space apart (《组工通讯》2024年第12期：标题,
# 第12期 标题, as a mail's subject names the issue it forwards)
_ISSUE_BEFORE = re.compile(rf"\s*(?:《[^《》]{{2,20}}》\s*)?{_ISSUE_NUMBER}(?:\s*[：:｜|丨︱]\s*|\s+)")


def _acceptable(title: str) -> bool:
    """A title a deck may carry: words, not a URL, a Markdown mark, a date alone or a credit."""
    text = title.strip()
    return (
        bool(re.search(r"[\u4e00-\u9fffA-Za-z]", text))
        and not URL.search(text)
        and not _MARKDOWN_MARK.search(text)
        and not _DATE_ALONE.fullmatch(text)
        and not _CONTENTS_HEADING.fullmatch(text)
        and not _is_credit(simplified(text))
    )


_CONTENTS_HEADING = re.compile(r"目\s*录|contents|toc|table of contents", re.I)


_MARKDOWN_MARK = re.compile(r"^\s*(#|>|[-*+]\s)|\]\(|\*\*|__|`")
# Markdown around a line's words: a heading's or a quote's mark, a list item's, links, bold.
_MARKDOWN_STRIP = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # image
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # link
    (re.compile(r"^\s*(?:(?:#{1,6}|>+)\s*|[-*+]\s+)"), ""),  # heading, quote, list item
    (re.compile(r"__(?=\S)(.+?)(?<=\S)__"), r"\1"),  # bold (a bare __ is a <title>'s separator)
    (re.compile(r"\*\*|`"), ""),  # bold, code
)
# A notice that issues or passes on a document (…关于印发《某某工作要点》的通知): what the learner
# studies is the document it issues, which follows it.
_ISSUING = re.compile(
    r".{0,30}关于(?:印发|转发|颁布|发布)《?(?P<document>[^《》]{4,60}?)》?的(?:通知|通报|决定)"
)
# The speaker a notice names the speech it issues by (关于印发张某某同志在…上的讲话的通知), as notices
# name a leader's speech (see _speech_as_printed)
_SPEAKER_OF_ISSUED_SPEECH = re.compile(r"[\u4e00-\u9fff·]{2,4}同志(?=在.{4,60}(?:讲话|发言|致辞|报告)$)")
_SITE_SUFFIX = re.compile(
    r"\s*(?:[_|｜丨»›·>＞]+|-{1,2}|\s[—–]\s|—{2}|\s)\s*"
    r"(?P<name>[^-_|｜丨—»›·>＞\s]{2,24}|[A-Za-z][A-Za-z .&]{0,30}[A-Za-z])\s*$"
)
# a bar with spaces around it, as a page sets its column's or account's name after a headline
# (标题 | 组工通讯); a headline's own bar is unspaced (新质生产力｜遴选高频考点)
_SPACED_BAR = re.compile(r"\s+[|｜丨]\s+")
_TAB_SEPARATOR = re.compile(r"\s+-\s+|\s*(?:_|-{2}|>{1,2}|»|＞)\s*")
_SHORT_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,6}")
# a site's name before a headline: 某某党建网 — 标题, 某某网-标题, 某某日报｜标题, 上岸研习社：标题 (not a
# subtitle's ——)
_SITE_PREFIX = re.compile(r"(?P<name>[^-_|｜丨：:—–\s]{2,16})\s*(?:[-_|｜丨：:–]|—(?!—))\s*")
# a site's name in brackets before a headline (【港湾新闻网】标题); a column's (【时评】) is left to _tidy_title
_BRACKETED_NAME = re.compile(r"\s*[【\[](?P<name>[^】\]]{2,16})[】\]]\s*")
# a page's badge after a headline, a space apart (标题 原创, 标题 置顶)
_BADGE = re.compile(r"\s+(?:原创|独家|首发|置顶|热门|推荐)$")
# a forum's badge before a thread's title, a space apart (置顶 标题, 精华 标题); not 原创, which opens a
# WeChat article's byline (原创 作者 公众号)
_LEADING_BADGE = re.compile(r"\s*(?:置顶|精华|热帖|热门|推荐|头条|荐)\s+")
# a forum's or a CMS's credit after a page's title (标题 - 某某论坛 - Powered by Discuz!)
_POWERED_BY = re.compile(r"\s*[-_|｜]?\s*Powered\s+by\s+\S.*$", re.I)
# A site's note on the file rather than its subject after a headline: that answers come with a
# paper or a model essay with a topic (（附参考答案）（含解析）（附范文）), or a marker's or a teacher's
# comments with a post's essay (（附老师批改）（附名师点评）), that it is whole or picked
# (（全文）（精选）（完整版）), how many pieces or characters (（精选3篇）（通用5篇）（1500字）). An
# author's note on the content stays (（附典型考法）), as does a part's or an edition's name:
# （A类）（2024版）（青年干部篇）（考官用）.
_EDITION_NOTE = re.compile(
    r"\s*[（(【\[]\s*(?:[附含][^（()）【】\[\]]{0,10}(?:答案|解析|详解|全文|范文|批改|点评|讲评|评析|评语)|全文|精选|完整版|节选|"
    r"转载|转发|转|图|组图|多图|图文|视频|音频|第\s*\d+\s*页|"
    r"[^（()）【】\[\]\d]{0,4}[\d一二三四五六七八九十]+\s*篇|[约共]?\s*\d+\s*字)\s*[）)】\]]\s*$"
)


# who reported or wrote it, in brackets after a headline (…（记者 王明 通讯员 李华）)
# (not an author's note on it: （自用整理）)
_BYLINE_NOTE = re.compile(r"[（(【\[][^）)】\]]*(记者|通讯员|作者|撰稿|摄影)[^）)】\]]*[）)】\]]\s*$")


# a word or a name in brackets at a headline's end (…（人民日报）, …（2025—2027年）, …（县乡卷）)
_BRACKETED_TAIL = re.compile(r"\s*[（(](?P<name>[^（）()]{2,16})[）)]\s*$")


# A site's word on how it got or shows an article, before its headline ([原创]标题, 转载：标题)
_HOW_POSTED = re.compile(
    r"\s*(?:[【\[(（]\s*(?:原创|转载|转发|转|视频|图文|组图)\s*[】\])）]|(?:原创|转载|转发)\s*[:：])\s*"
)
# The marks a mail puts before its subject when it is forwarded or answered, as often as it was
# (Fwd: 转发：标题, Re: 回复：标题, FW: 标题): the mail's history, not the name of what it sends
_MAIL_PREFIX = re.compile(r"(?:\s*(?:Fwd?|Re|转发|回复|答复)\s*[:：]\s*)+", re.I)
# a document's file name extension, as a document-sharing site's <title> keeps it (标题.docx - 某某文库),
# with the number or the word a copy of the file gets before it (标题(1).docx, 标题 - 副本.doc)
_FILE_EXTENSION = re.compile(
    r"(?:\s*[(（]\d{1,2}[)）]|[-_ ]*副本)?\.(?:docx?|pdf|wps|txt|pptx?|xlsx?)(?=\s*(?:[-_|｜]|$))", re.I
)
# what an office program prints before a file's name in the title it gives a PDF (Microsoft Word - 标题.doc)
_OFFICE_PROGRAM = re.compile(
    r"\s*(?:Microsoft\s*(?:Office\s*)?(?:Word|PowerPoint|Excel)|WPS\s*\S{0,2})\s*-\s*", re.I
)


def _without_file_marks(title: str) -> str:
    """A title without the marks of the file it names: its extension and a copy's number, the
    office program before it (Microsoft Word - 标题(1).doc -> 标题)."""
    title = _FILE_EXTENSION.sub("", title)
    program = _OFFICE_PROGRAM.match(title)
    return title[program.end() :] if program and han_len(title[program.end() :]) >= 4 else title


def _without_site_name(text: str) -> str:
    """A headline without a site's or channel's name printed before or after it (标题-中新网,
    标题_栏目_某某网, 标题--观点--人民网, 标题·中国共产党新闻网, 某某党建网 — 标题, 首页 > 理论 > 标题),
    when what is left reads as more than a column's name. A breadcrumb keeps its steps."""
    if BREADCRUMB.search(simplified(text)):
        return text
    text = _without_file_marks(_POWERED_BY.sub("", _URL_NOTE.sub("", text)))
    badge = _LEADING_BADGE.match(text)
    if badge and han_len(text[badge.end() :]) >= 4:
        text = text[badge.end() :]
    posted = _HOW_POSTED.match(text)
    if posted and han_len(text[posted.end() :]) >= 4:
        text = text[posted.end() :]
    while (suffix := _SITE_SUFFIX.search(text)) and _names_a_site(suffix, text[: suffix.start()]):
        # (a site's name after an article's issue: the page of a periodical's piece, whose
        # headline may be short, 述职述廉报告（2024年第12期）_组工通讯)
        text = _without_periodical_issue(text[: suffix.start()], _WORD_OR_TWO)
    bracketed = _BRACKETED_NAME.match(text)
    if bracketed and is_site_name(simplified(bracketed["name"])) and han_len(text[bracketed.end() :]) >= 4:
        text = text[bracketed.end() :]
    badge = _BADGE.search(text)
    if badge and han_len(text[: badge.start()]) >= 4:
        text = text[: badge.start()]
    prefix = _SITE_PREFIX.match(text)
    rest = text[prefix.end() :] if prefix else ""
    if prefix and _is_name(prefix["name"]) and han_len(rest) >= 4 and not _is_menu(rest):
        text = rest
    return _after_breadcrumb(text)


def _is_menu(text: str) -> bool:
    """A menu's words after a site's name (新华网 | 首页 时政 国际 …): three or more, each a column's
    word, where a headline spaced into phrases (守初心 强担当 做新时代合格共产党员) has a longer one."""
    words = text.split()
    return len(words) >= 3 and all(han_len(word) <= _COLUMN_NAME_LENGTH for word in words)


_PAGE_NUMBER = re.compile(r"第\s*\d+\s*页")
_STRONG_WORDS = re.compile("|".join(re.escape(w) for w in STRONG_WIDGET_WORDS))


def _is_name(text: str) -> bool:
    """A site's, channel's, organisation's or page's name, or several of them a space apart
    (中共某某县纪委 某某县监委, 新闻详情页); traditional text read simplified."""
    names = simplified(text).split()
    return bool(names) and all(_is_one_name(_OTHER_NAME.sub("", name) or name) for name in names)


def _is_one_name(name: str) -> bool:
    """A site's, channel's, organisation's or page's name (see _is_name), one word."""
    return bool(
        is_site_name(name) or is_org_name(name) or _PAGE_NAME.fullmatch(name) or _ACCOUNT_NAME.fullmatch(name)
    )


# An organisation's other name in brackets after its name, as one with two names prints both
# (中共某某市委党校（某某行政学院）, 某某县纪委（监委）): a name still, not a headline's note.
_OTHER_NAME = re.compile(r"[（(][\u4e00-\u9fff]{2,12}[）)]$")


# A study account's, a periodical's or a paper's name (上岸研习社, 组工通讯, 21世纪经济报道), as pages and
# WeChat copies print it for a logo, a banner or a <title>'s end: a word or two, then a word for a
# society, a bulletin or a report. Not a headline's 合作社 or 卫星通讯 (a verb's object has more words).
# A self-media platform's name (百家号, 澎湃号·政务, 微信公众平台), which such a page may give as its
# only <title>, is one too.
_ACCOUNT_NAME = re.compile(
    r"[\u4e00-\u9fff\d]{1,6}(?:研习|学习|读书|杂志|出版|通讯|新闻|文化)社|[\u4e00-\u9fff]{2,4}(?<!卫星|移动)通讯"
    r"|\d{0,2}[\u4e00-\u9fff]{2,6}(?:经济|财经|商业|新闻)报道"
    r"|[\u4e00-\u9fff]{2}号(?:\s*[·・]\s*[\u4e00-\u9fff]{2,4})?|(?:微信)?公众平台"
)


# what a page calls itself when its template has no title of its own (文章详情, 新闻详情页, 正文)
_PAGE_NAME = re.compile(r".{0,6}(?:详情页?|详细信息|内容页|正文页?|文章页|页面)")


def _after_breadcrumb(text: str) -> str:
    """The headline a breadcrumb ends in (首页 > 理论 > 标题, 人民网>>观点>>标题): its last step,
    when that is longer than a column's name and the steps before it are not."""
    steps = _BREADCRUMB_STEP.split(text)
    if len(steps) < 2:
        return text
    last = steps[-1].strip()
    if han_len(last) > BANNER_WORD and all(
        han_len(_LOCATION_LABEL.sub("", step)) <= BANNER_WORD or _is_name(re.sub(r"首页$", "", step.strip()))
        for step in steps[:-1]
    ):
        return last
    return text


def _short_breadcrumb_headline(text: str) -> str:
    """A short headline that ends its breadcrumb (首页 > 学习园地 > 述职述廉报告) where the page prints
    no headline of its own: a last step of a column's length that ends in its document's type
    (报告, 讲话, 体会). A column may bear such a name (学习心得体会), which is why the page's own
    headline, where it prints one, comes first; else ""."""
    steps = _BREADCRUMB_STEP.split(text)
    if len(steps) < 3:
        return ""
    last = _tidy_title(steps[-1])
    bare = _BRACKETED_TAIL.sub("", last)
    short = _WORD_OR_TWO <= han_len(bare) <= BANNER_WORD
    return last if short and _DOCUMENT_TYPE.search(simplified(bare)) and _acceptable(last) else ""


_BREADCRUMB_STEP = re.compile(r"\s*(?:>{1,2}|»|›|→|＞{1,2})\s*")
_LOCATION_LABEL = re.compile(r"^\s*\S{0,4}位置\s*[:：]")
# a site's address in brackets after its name (央视网(cctv.com))
_URL_NOTE = re.compile(r"\s*[（(][A-Za-z0-9.-]+\.(?:com|cn|net|org)[)）]\s*$")


def _names_a_site(suffix: re.Match[str], headline: str) -> bool:
    """The words after a headline's separator name a site: a site's or an organisation's name,
    or, after a spaced hyphen, an underscore, a double hyphen or a chevron (which a page's
    <title> puts there and Chinese prose does not), any short name after a headline (标题 - 知乎,
    标题_理论, 标题--观点), or a Latin one (澎湃新闻-The Paper). After a space, only a name."""
    if han_len(headline) < 4:
        return False
    name = suffix["name"].strip()
    separator = suffix[0][: suffix.start("name") - suffix.start()]
    if not separator.strip():
        return _is_name(name) and not re.search(r"[A-Za-z]", name)
    if "—" in separator:  # a subtitle may name an organisation (——记某某县农业农村局), not an account
        return is_site_name(simplified(name)) or bool(_ACCOUNT_NAME.fullmatch(simplified(name)))
    if _is_name(name) or name == "正文" or _PAGE_NUMBER.fullmatch(name):
        return True
    if han_len(name) >= 3 and (_STRONG_WORDS.search(name) or "在线阅读" in name):
        return True  # a document-sharing site's slogan (word文档在线阅读与下载)
    return (
        bool(
            _TAB_SEPARATOR.fullmatch(separator)
            # (not a menu's last word: 首页 | 要闻 | 时政)
            or (_SPACED_BAR.fullmatch(separator) and not re.search(r"[|｜丨]", headline))
        )
        and bool(_SHORT_NAME.fullmatch(name) or re.fullmatch(r"[A-Za-z][A-Za-z .&]*", name))
        # (a short headline is whole where it ends in its document's type: 述职述廉报告 | 理论学习)
        and (han_len(headline) >= 8 or bool(_DOCUMENT_TYPE.search(simplified(headline).rstrip())))
    )


def _plain(text: str) -> str:
    """A line without Markdown marks and anti-scraping junk."""
    text = without_jammer(text, tidy_spaces=True)
    for pattern, replacement in _MARKDOWN_STRIP:
        text = pattern.sub(replacement, text)
    return text.strip()


def _strip_symbols(text: str) -> str:
    """A headline without the symbols that decorate it (●●● 标题 ●●●, 🔥标题)."""
    start, end = 0, len(text)
    while start < end and (text[start].isspace() or unicodedata.category(text[start]) in _SYMBOLS):
        start += 1
    while end > start and (text[end - 1].isspace() or unicodedata.category(text[end - 1]) in _SYMBOLS):
        end -= 1
    return text[start:end] if start < end else text


_SYMBOLS = {"So", "Sm", "Sk", "Cs"}


# A column's or a site's label before a headline (【组工课堂】, 【2025遴选考点】, a forum's [真题解析]):
# the deck's name is the headline; the label is the page's furniture.
_LEADING_LABEL = re.compile(r"\s*(?:【[^】]{1,16}】|\[[^\]]{1,16}\])\s*")
_LABELLED_HEADLINE = 6  # han characters the headline after a label needs to stand alone
# An exam column's label before a colon or a bar: a year and an exam's name, perhaps the column's
# word (2025省考：标题, 2024遴选考点｜标题, 2025国考申论热点：标题), as a study site files a piece; not
# a paper's own name (2024年省考面试真题：4月20日上午 says which sitting: see _DATED_START).
_EXAM_LABEL = re.compile(
    r"\s*\d{4}\s*年?\s*(?:上半年|下半年)?\s*(?:国考|省考|遴选|选调|公考|联考|事业单位|申论|面试|笔试)+"
    r"(?:申论|面试|时政|热点|考点|素材|范文|热词|金句)*\s*[：:｜|]\s*"
)
_DATED_START = re.compile(r"\s*[\d（(]")  # a date or a note after the exam's name, not a headline


def _label_before(text: str) -> int:
    """Where the headline starts after a column's, a commentary's or an exam column's label
    before it (see the patterns above), where the headline left stands alone; else 0."""
    label = _LEADING_LABEL.match(text) or _COMMENTARY_LABEL.match(text)
    exam = _EXAM_LABEL.match(text)
    if not label and exam and not _DATED_START.match(text[exam.end() :]):
        label = exam
    return label.end() if label and han_len(text[label.end() :]) >= _LABELLED_HEADLINE else 0


# A document's number printed before its headline, a space apart (江政发〔2024〕12号 关于…的意见)
_NUMBER_BEFORE = re.compile(r"\s*[^\s〔\[［(（]{1,12}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*号\s+")
# A lesson's or a chapter's number before its headline, a space apart (第三讲　案例分析题的…, as a
# handout styles its lesson's heading): the course's order, not the lesson's name
_LESSON_BEFORE = re.compile(r"\s*第[一二三四五六七八九十百\d]{1,3}[讲课章]\s+")
# An attachment's label before its headline (附件2：某某实施方案): the notice's, not the name
_ATTACHMENT = re.compile(r"\s*附\s*件\s*[\d一二三四五六七八九十]*\s*[：:]\s*")
# A date as a page or a feed prints it before a headline, a space or a bar apart (2024-03-05 标题,
# 2024.03.05｜标题); not a date in words that a headline names (2024年3月5日省考面试真题)
_DATE_BEFORE = re.compile(
    r"\s*\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:[｜|丨_:：]\s*|\s+)"
)
# A commentary's column or writer before a colon or a bar (新华时评：, 人民网评：, 央视快评：, 人民日报评论员：,
# 社论：, 社評︱): news sites print their commentary's headline after it, as the column's name, not the
# subject (a place's 甘肃：, a speaker's 习近平：, 图解： stay: they say what the headline is about).
_COMMENTARY_LABEL = re.compile(
    r"\s*[\u4e00-\u9fff]{0,6}(?:评|评论|评论员|社论|評|評論|評論員|社論)\s*[:：｜|丨︱]\s*"
)
# What comes with a post, after a bar at the end of its headline (…｜附范文分论点, …｜附思维导图):
# a WeChat or blog title's note on its attachment, not its subject.
_ATTACHED_AFTER_BAR = re.compile(r"\s*[｜|丨]\s*[附含][^｜|丨（()）【】\[\]]{1,12}$")
# A post's request after its headline that the reader press the page's buttons (…，建议收藏,
# …（收藏备用）, …｜记得转发): a widget's call, not the headline's words. (The author's own cry on
# what the text is worth, …，考前码住！ …，这些考点必须吃透！, is the headline's.)
_CALL_TO_ACTION = re.compile(
    r"(?:\s*[，,！!｜|丨]\s*|\s+)(?:建议|记得|欢迎|赶紧|赶快|先)?\s*(?:收藏|转发)(?:备用|起来|一下|吧)?\s*[！!~～]*\s*$"
    r"|\s*[（(【\[]\s*(?:建议|记得|欢迎|先)?\s*(?:收藏|转发)(?:备用|起来|一下)?\s*[！!]*\s*[）)】\]]\s*$"
)
# A forum post's status after its title (…（综合分析+组织管理）持续更新, …【更新中】, …（已完结）): the
# thread's state, not its headline. Unbracketed only after a closing bracket or a space, where no
# headline's own words (…知识体系持续更新) end.
_POST_STATUS = re.compile(
    r"(?<=[）)】\]”》\s])\s*(?:持续|不断|长期|陆续)?更新中?\s*$"
    r"|\s*[（(【\[]\s*(?:(?:持续|不断|长期|陆续)?更新中?|已?完结)\s*[）)】\]]\s*$"
)
# What a poster asks the readers to do with the text: judge it, mend it, answer or hand something in.
_READERS_DEED = (
    r"(?:批评|指正|斧正|赐教|指教|指点|指导|点评|批改|修改|轻喷|拍砖|喷|补充|交流|讨论|意见|建议"
    r"|提交|提出|反馈|回复|留言|查收|审阅|阅读|转发|报送|填写|完成"
    r"|加精|置顶|顶帖|顶(?=\s*[）)】\]]))"  # (a forum's: to mark the thread as choice, pin it, bump it)
)
# A poster's remark to the readers in brackets after a headline, asking them to do something with the
# text (（求拍砖）, （自己写的，求拍砖）, （请周五前提交摘要）, （欢迎指正）, （请大家多多指正）): a request,
# a word or so of whom and when, then what they should do; addressed to whoever reads the post or
# the mail, not a name of the text. A request opens the remark or a clause of it. A bracket that
# asks nothing of the readers is the headline's (（求稳篇）, 【请党放心，强国有我】, （请休假部分）,
# （欢迎词）), and so is an author's note on the text (（自用整理）).
_REQUEST_NOTE = re.compile(
    r"\s*[（(【\[](?:[^（()）【】\[\]]*[，,、；;！!\s])?"
    r"(?:(?:恳请|烦请|麻烦|请(?!示|柬|愿))[^（()）【】\[\]，,。；;！!]{0,10}?|欢迎(?:大家|各位)?|跪?求)"
    + _READERS_DEED
    + r"[^（()）【】\[\]]*[）)】\]]\s*$"
)
# A series' issue number glued after a headline that has closed its bracket or quote (…真题解析
# （含答题思路+参考答案）第3期): the post's place in its series, not its name. An issue in brackets
# (…题库（第二期）) or of a periodical's name (工作简报第12期) is the name's and stays.
_GLUED_ISSUE = re.compile(r"(?<=[）)”」》】\]])\s*第\s*[\d一二三四五六七八九十]+\s*期\s*$")
# A periodical's issue, year and number, in brackets after an article's headline (标题（2024年第12期）, as
# a bulletin's page titles its pieces): the bulletin's number, not the article's name. A bulletin's
# own name keeps its issue (工作简报（2024年第3期）), as does a series' number alone (（第三期）).
_PERIODICAL_ISSUE = re.compile(r"\s*[(（]\s*\d{4}\s*年\s*第\s*[\d一二三四五六七八九十]+\s*期\s*[)）]\s*$")
_PERIODICAL = re.compile(r"(?:简报|通讯|信息|动态|专刊|周刊|月刊|期刊|公报|学报|杂志|汇编|[报刊])\s*$")
# A 范文网's tag after a document's name: the framework it follows, a numbered formula in brackets
# (…对照检查材料（四个带头）, …发言提纲(六个方面)): the learner's deck is the document.
_FRAMEWORK_TAG = re.compile(r"\s*[（(]\s*[一二三四五六七八九十两\d]{1,2}\s*[个大项条种]\S{1,6}?\s*[）)]\s*$")


def _without_periodical_issue(text: str, shortest: int) -> str:
    """A headline of at least `shortest` han characters without a periodical's issue in brackets
    after it (see _PERIODICAL_ISSUE); a periodical's own name keeps it."""
    issue = _PERIODICAL_ISSUE.search(text)
    if issue and han_len(text[: issue.start()]) >= shortest and not _PERIODICAL.search(text[: issue.start()]):
        return text[: issue.start()]
    return text


def _without_subtitle(text: str) -> str:
    """A headline without the subtitle a double dash sets after it on its line (以“小切口”推动“大治理”
    ——党建引领城市社区治理的几点思考): the deck is named by the main title, as where the subtitle
    stands on a line of its own. A word or two after the dash names the part or the kind, as a
    bracketed note does, and stays (专项训练（三）——提出对策类); so does a dash inside quotes or
    after a word or two."""
    dash = _SAME_LINE_SUBTITLE.search(text)
    if not dash or han_len(dash["subtitle"]) <= _COLUMN_LABEL:
        return text
    main = text[: dash.start()]
    balanced = all(main.count(opening) == main.count(closing) for opening, closing in _PAIRS)
    return main.rstrip() if balanced and han_len(main) >= _COLUMN_LABEL else text


# one microblog topic as a title, opened and closed by a # (#如何看待基层减负#, #新质生产力2024#), or
# only closed once Markdown took its first # for a heading's (农村公路怎么养#, 新质生产力2024#): not a
# programming language's name, a lone letter then # (学习C#)
_CLOSED_TOPIC = re.compile(r"#\s*(?P<topic>[^#\s]{1,20})#")
_UNOPENED_TOPIC = re.compile(r"(?P<topic>[^#\s]{0,19}(?:[^#\sA-Za-z]|[A-Za-z]{2}))#")
_SAME_LINE_SUBTITLE = re.compile(r"\s*—{2,}\s*(?P<subtitle>[^—]+)$")
_PAIRS = ("“”", "《》", "「」", "（）", "()")


def _tidy_title(text: str) -> str:
    """A headline as a deck's name: without Markdown marks, anti-scraping junk, metadata glued
    after it (来源：…), a site's name after it (-中新网), a mail's marks of forwarding before it
    (Fwd: 转发：), a column's label before it (【组工课堂】), a subtitle's leading dash or a
    trailing colon, a microblog topic's #s; a title printed twice on one line once; of a notice that
    issues a document, the document's name."""
    opened_and_closed = _CLOSED_TOPIC.fullmatch(text.strip())  # (before Markdown takes # for a heading's)
    text = _without_site_name(_without_glued_meta(_without_stamps(_plain(text.replace("::", "：")))))
    forwarded = _MAIL_PREFIX.match(text)  # (not on a head's line: 回复：86 is a forum's count of replies)
    if forwarded and han_len(text[forwarded.end() :]) >= 4:
        text = text[forwarded.end() :]
    text = re.sub(r"^[\s—－–-]+|[\s：:]+$", "", text).strip()
    if topic := opened_and_closed or _CLOSED_TOPIC.fullmatch(text) or _UNOPENED_TOPIC.fullmatch(text):
        # (a post named by its topic alone: #基层减负#, or 基层减负# once Markdown took its first #)
        text = topic["topic"]
    elif (topic := _CLOSED_TOPIC.match(text) or _UNOPENED_TOPIC.match(text)) and (
        han_len(text[topic.end() :]) >= _LABELLED_HEADLINE
    ):
        # (#两会# 代表委员热议…: the topic it is filed under, then its headline)
        text = text[topic.end() :].lstrip()
    byline = _BYLINE_NOTE.search(text)
    source = _BRACKETED_TAIL.search(text)
    if source and _is_name(source["name"]):
        byline = byline or source  # (…（人民日报）: the paper or the site it is from)
    if byline and han_len(text[: byline.start()]) >= 4:
        text = text[: byline.start()].rstrip()
    note = (
        _EDITION_NOTE.search(text)
        or _ATTACHED_AFTER_BAR.search(text)
        or _CALL_TO_ACTION.search(text)
        or _POST_STATUS.search(text)
        or _REQUEST_NOTE.search(text)
    )
    if note and han_len(text[: note.start()]) >= 4:
        text = text[: note.start()]
    issue = _GLUED_ISSUE.search(text)
    if issue and han_len(text[: issue.start()]) >= 4:
        text = text[: issue.start()]
    text = _without_periodical_issue(text, _LABELLED_HEADLINE)
    text = _without_subtitle(text)
    framework = _FRAMEWORK_TAG.search(text)
    if framework and _DOCUMENT_TYPE.search(simplified(text[: framework.start()])):
        text = text[: framework.start()]
    text = _strip_symbols(text)
    while label := _label_before(text):
        text = text[label:]  # (【时政热点】【申论素材】标题: each label goes)
    for before in (_NUMBER_BEFORE, _ISSUE_BEFORE, _DATE_BEFORE, _ATTACHMENT, _LESSON_BEFORE):
        number = before.match(text)
        if number and han_len(text[number.end() :]) >= _LABELLED_HEADLINE:
            text = text[number.end() :]
    issued = _ISSUING.fullmatch(text)
    if issued:
        text = issued["document"]
    # A title repeated twice on one line (some pages print it as heading and as lead).
    half = len(text) // 2
    if len(text) % 2 == 0 and text[:half] == text[half:]:
        text = text[:half]
    return text
