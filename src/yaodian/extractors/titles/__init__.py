"""Find a document's own title: its headline, for its deck's name.

The headline is told from the furniture around it (a site's banner and menus, chrome, bylines,
date lines, salutations, section headings; boilerplate.py tells those lines apart) among a
document's first lines, or taken from the title its format gives (a web page's, a Word
document's, a Markdown file's top heading), tidied of a site's name, a column's label and notes.

This module holds the public names and the order in which the paths to a title are tried
(_choose_title). The modules of the package decide the parts, each importing only those listed
before it: `shared` (what a head line is; the regexes and measures the others share),
`furniture` (lines that are no headline), `tidy` (a title string cleaned), `head` (the head's
lines), `headline` (which of them is the headline), `page` (a web page's titles), `told` (what
the body's words say of a headline), `named` (a headline named from outside the text: a file's
name, running heads, model essays' labels; a speech a notice issues) and `mail` (the headline of
the text a mail forwards, below the forwarded mail's headers).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from yaodian.extractors.boilerplate import is_body, running_lines
from yaodian.extractors.script import simplified
from yaodian.extractors.text import Paragraph, han_len
from yaodian.extractors.titles.furniture import (
    _acceptable,
    _not_a_headline,
)
from yaodian.extractors.titles.head import (
    _entrys_heading,
    _head,
    _markdown_title,
    _printed_again,
    _title_field,
)
from yaodian.extractors.titles.headline import (
    _copied_headline,
    _headline,
    _names_the_periodical,
    _outline_headline,
    _subtitle_alone,
)
from yaodian.extractors.titles.mail import _forwarded_headline
from yaodian.extractors.titles.named import (
    _EXAM_LABEL,
    _collection_over_its_contents,
    _day_named,
    _essay_under_exam_label,
    _essays_name_the_deck,
    _file_name_line,
    _headline_named,
    _headline_on_every_page,
    _model_essay_headline,
    _named_by_running_head,
    _part_of_a_chapter,
    _piece_under_its_listing,
    _running_titles,
    _speech_as_printed,
    _speech_under_a_label,
    _text_it_prints,
)
from yaodian.extractors.titles.page import (
    _page_headline,
    _page_lines,
    _short_breadcrumb_headline,
    _speech_headline,
    _uncut,
    cut_short,
)
from yaodian.extractors.titles.shared import (
    _ATTACHMENT_NOTE,
    _DOCUMENT_TYPE,
    _LESSON_NUMBER,
    _LINE_OF_HEADLINE,
    _SAME_LINE_SUBTITLE,
    _WORD_OR_TWO,
    ChosenTitle,
    _body_text,
    _HeadLine,
    _path_of,
    _squeezed,
    _words_of,
)
from yaodian.extractors.titles.tidy import (
    _MAIL_PREFIX,
    _after_breadcrumb,
    _drop_kicker,
    _tidy_title,
    _without_subject_label,
)
from yaodian.extractors.titles.told import (
    _headline_behind_a_mark,
    _headline_below_a_note,
    _over_its_text,
    _told_by_body,
)
from yaodian.sources import PageTitles

__all__ = ["ChosenTitle", "choose_title", "cut_short", "find_title", "is_title_line", "without_title_lines"]

_UNTITLED = "未命名文档"


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
    file's top heading; a web page's headline among what it offers, `page`: see page._page_headline),
    tidied, when it has words; a 标题: field of a page's metadata block (or a lecture's 讲题:); a
    Markdown top heading; a line of the head that the document prints again on its pages and whose
    words the body says (see named._headline_on_every_page); the first line of the head (the lines
    before the body's first prose)
    that reads like a headline and is not chrome, a date line, a breadcrumb, a salutation or a
    section heading (nor, where another line reads like one, a line printed again that the body
    does not talk about: see head._printed_again), joined with the next line when the headline runs
    on over two, and preferring one that a byline, a date or a subtitle follows; else a running
    head that reads like a headline and is no masthead (`running_heads`, an excerpt's: the
    document's name over its pages); else the file name `fallback` when it has words (a running head
    or a file's name is a name from outside the text: the text's own headline may stand for it, see
    named._headline_named); else an outliner's page's first item that reads like a headline (see
    headline._outline_headline); else the day a file's name gives, as that day's note (a journal's
    page, 2024_05_20: 2024年5月20日笔记);
    else the body's opening words; else the file name as it is. The format's title and the head's
    headline are checked against what the body is about (see told._told_by_body), and so, on a web
    page, are the elements it prints its headline in (see page._page_lines).
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
    headline the document prints it under (see named._speech_as_printed), an exam material's label
    by the headline of the one essay it stands over (` > essay under an exam label`, see
    named._essay_under_exam_label), unless the label is the file's name; a speech filed under a
    label (学习材料：…在…上的讲话) named without it where the text prints it (see
    named._speech_under_a_label)."""
    chosen = _choose_title(lines, paragraphs, fallback, given, running_heads, page)
    # (a file's name is the keeper's, not the text's: a file called …真题 is not renamed after a heading in it)
    if not chosen.path.startswith("file name") and _EXAM_LABEL.search(simplified(chosen.title)):
        running = running_lines(lines) | _printed_again(lines, paragraphs)
        if essay := _essay_under_exam_label(chosen.title, lines, paragraphs, running):
            return ChosenTitle(essay, f"{chosen.path} > essay under an exam label")
    return chosen._replace(title=_speech_under_a_label(_speech_as_printed(chosen.title, lines), lines))


def _choose_title(
    lines: list[str],
    paragraphs: list[Paragraph],
    fallback: str,
    given: str | None = None,
    running_heads: Sequence[str] = (),
    page: PageTitles | None = None,
) -> ChosenTitle:
    """find_title's title, with the path that chose it: the format's title or the page's headline
    (`format title`, `page title`), the first line of the text a mail forwards (`forwarded headline`),
    a 标题: field or a mail's subject (`title field`), the head's
    headline (see _head_headlines), a breadcrumb's last step, a running head, a file's name on a
    line of its own, the file's name (or what the text prints of it: `file name: …`), the headline
    below a note, a labelled model essay's headline where that essay holds most of the prose (`model
    essay's label`; ` > model essay's label` where it stands in for a unit's heading that heads
    essays, see named._a_unit_of_essays, or for a handout's name that says it gives model essays), the
    opening words; ` > told by body` where the body's words gave the title to
    another line of the head (see told._told_by_body), ` > over its text` where to the headline over the
    text (see told._over_its_text).

    Which function finds each path's title:
    - format title, page title: the format's `given` title, page._page_headline (a text copied under
      a note's name: headline._copied_headline)
    - forwarded headline: mail._forwarded_headline (before a subject the forwarded headers print)
    - title field: head._title_field
    - markdown heading: head._markdown_title
    - headline on every page: named._headline_on_every_page
    - head line, head line printed again: headline._headline
    - breadcrumb's last step: page._short_breadcrumb_headline
    - running head (`: part printed` …): named._named_by_running_head, through named._headline_named
    - running head: part of its chapter: named._part_of_a_chapter
    - file name line: named._file_name_line
    - file name (`: part printed`, `: printed inside`, `: named in full`, `: headline below a note`):
      named._headline_named
    - headline below a note: told._headline_below_a_note
    - outline's first item: headline._outline_headline (a journal's page filed under its day)
    - file name: a day: named._day_named
    - model essay's label: named._model_essay_headline
    - subtitle alone: headline._subtitle_alone (a ——subtitle that names the text's type, its headline lost)
    - opening line printed again: _headline_read_as_prose (a page's title line read as prose, which
      the post prints again as its subject)
    - heading over its text: head._entrys_heading (the note's one heading a level below the top)
    - opening words: _opening_words
    - file name: short, untitled: the file's name as it is, else _UNTITLED"""
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
        and not _label_over_the_cover(title, head, running)
    ):
        start = _copied_headline(head, given, running) or _uncut(title, [line.text for line in head]) or title
        told = _told_by_body(start, above_body + _page_lines(page), paragraphs, running, lines, formats=True)
        over = _over_its_text(told, above_body, paragraphs, running, lines)
        # (a question the page sets in its <h1> or title element heads its answers, though the text kept
        # no line of it: a line of the head over the prose that says none of it is the answerer's byline,
        # not a headline that the page's title files under a name. Not any <h1>: a page that sets a
        # filing name there, 第6期学习材料 or 支部学习园地, prints the text's own headline over its prose)
        if (
            over != told
            and _QUESTION_END.search(told)
            and _sets_as_its_headline(page, told)
            and _words_of(over) not in _words_of(told)
            and any(_words_of(over) in _words_of(line.text) for line in above_body)
        ):
            over = told
        # (a line under the headline the page sets in its <h1> that says what kind of text this is,
        # 某市推进…的实践与启示, 某社区改造见闻: the headline's subtitle, set apart from the <h1>, not the
        # text's own headline under a filing name. Not where the page's titles, its <title> or
        # ArticleTitle, name the line: the page calls it its headline, and the <h1> over it is a column's
        # or a slogan's banner, 奋进新征程 建功新时代)
        if (
            over != start
            and _sets_as_its_headline(page, start)
            and _SUBTITLES_KIND.search(simplified(over))
            and not _titled_by_page(page, over)
        ):
            told = over = start
        if speech := _speech_headline(over, page):
            return ChosenTitle(speech, f"{_path_of(path, start, told, over)} > speech's own headline")
        return ChosenTitle(over, _path_of(path, start, told, over))
    # (a headline that heads every page, 某某区人民政府工作报告, names the document before a file's
    # name on its first line; a meeting's name there, 中共某某市委十三届八次全会, does not)
    running_titles = _running_titles(running_heads)
    running_title = next(iter(running_titles), "")
    named_by_file = not _DOCUMENT_TYPE.search(simplified(running_title))
    body = _body_text(paragraphs)
    markdown = _markdown_title(head, body)
    if markdown and _label_over_the_cover(markdown, head, running):
        markdown = ""
    if forwarded := _forwarded_headline(lines, paragraphs, running):
        return ChosenTitle(forwarded, "forwarded headline")
    if field := _title_field(head):
        told = _over_its_text(field, above_body, paragraphs, running, lines)
        path = _path_of("title field", field, field, told)
    else:
        way, start = next(
            (
                found
                for found in _head_headlines(
                    head, headers, running, named_by_file, _said_text(paragraphs), markdown
                )
                if found[1]
            ),
            ("", ""),
        )
        told = _told_by_body(start, above_body, paragraphs, running, lines, formats=bool(markdown))
        path = _path_of(way, start, told, told)
        if (
            way == "head line"
            and told
            and (printed := _text_it_prints(told, head, lines, paragraphs, running))
        ):
            return ChosenTitle(printed, f"{path} > text it prints")
        if (
            way == "head line"
            and told
            and (marked := _headline_behind_a_mark(told, head, paragraphs, running))
        ):
            return ChosenTitle(marked, f"{path} > headline behind a mark")
        if (
            way == "head line"
            and told
            and (collection := _collection_over_its_contents(told, head, running_heads))
        ):
            return ChosenTitle(collection, f"{path} > collection over its contents")
        if (
            way.startswith("head line")
            and told
            and (piece := _piece_under_its_listing(told, head, lines, paragraphs, running))
        ):
            return ChosenTitle(piece, f"{path} > piece under its listing")
        if (
            told
            and _essays_name_the_deck(told, lines)
            and (essay := _model_essay_headline(lines, paragraphs, running))
        ):
            return ChosenTitle(essay, f"{path} > model essay's label")
    if told:
        return ChosenTitle(_without_subject_label(_uncut(told, [line.text for line in head]) or told), path)
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
    filed_as = _FILING_CODE.sub("", fallback)
    # (a copy's mark, as a file manager names a second copy: 文件(2), 文件 - 副本)
    uncopied = re.sub(r"\s*[(（]\d+[)）]$|[-_ ]*副本$", "", filed_as)
    as_sent = re.sub(r"[_\s]+", " ", uncopied)
    name = _tidy_title(as_sent)
    if han_len(name) >= 2 and _acceptable(name):
        as_sent = _MAIL_PREFIX.sub("", as_sent, count=1) if _MAIL_PREFIX.match(as_sent) else as_sent
        return _headline_named(name, "file name", above_body, paragraphs, running, lines, as_sent=as_sent)
    # (an outliner's page, a journal's day, that the keeper filed under its day or a code: its first item
    # where it reads like a headline, else its day; a file of no words has nothing a day would name)
    # (every line an item: a note that opens on a list and goes on in prose is no outliner's page)
    if all(p.bullet for p in paragraphs) and (title := _outline_headline(head, running)):
        return ChosenTitle(title, "outline's first item")
    if any(han_len(p.text) for p in paragraphs) and (day := _day_named(filed_as)):
        return ChosenTitle(day, "file name: a day")
    # (a headline the text prints alone over most of its prose, before the opening words of what stands
    # above it: a newspaper page's other article, run into the prose by a scan's wrapped lines)
    if title := _headline_below_a_note("", paragraphs, running):
        return ChosenTitle(title, "headline below a note")
    if title := _model_essay_headline(lines, paragraphs, running):
        return ChosenTitle(title, "model essay's label")
    if title := _subtitle_alone(head):
        return ChosenTitle(title, "subtitle alone")
    if title := _headline_read_as_prose(paragraphs):
        return ChosenTitle(title, "opening line printed again")
    # (a note's one heading a level below the top, over the prose that talks about it, where the note has
    # no top heading and its file's name has no words: an outliner's page, - ## 让…, under its properties;
    # not the first of an outline's sections, - ## 现实意义 … - ## 主要路径, which heads a part of the page)
    if sum(p.heading == 2 for p in paragraphs) <= 1 and (title := _entrys_heading(head, body)):
        return ChosenTitle(title, "heading over its text")
    first_prose = next((p.written for p in paragraphs if is_body(p.text)), "")
    opening = _tidy_title(_opening_words(first_prose))
    if han_len(opening) >= 2 and _acceptable(opening):
        return ChosenTitle(opening, "opening words")
    # (a name of two Han characters or more that reads as a title has been asked above, as a file's name)
    return ChosenTitle(name, "file name: short") if _acceptable(name) else ChosenTitle(_UNTITLED, "untitled")


def _said_text(paragraphs: list[Paragraph]) -> str:
    """The body's prose (see shared._body_text) and, a line apart, the short sentences among it that
    is_body leaves out (基层减负要减出真成效，必须从源头上发力。): a topic sentence restates the
    headline's words as one phrase where a scan broke the headline over two lines. Only past the
    prose's first paragraph: a line of the head that ends so (a question, 你怎么看？) is no text said."""
    first = next((at for at, p in enumerate(paragraphs) if is_body(p.text)), len(paragraphs))
    sentences = [p.text for p in paragraphs[first:] if not is_body(p.text) and _SENTENCE_END.search(p.text)]
    return "\n".join([_body_text(paragraphs), *sentences])


_SENTENCE_END = re.compile(r"[\u4e00-\u9fff]。$")


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


def _label_over_the_cover(title: str, head: list[_HeadLine], running: set[str]) -> bool:
    """The format's title `title` is a label of a word or two (一图读懂, 理论宣讲: a deck's or a
    handout's genre, which its first slide or page prints over the cover) that the head prints as its
    first line, over a headline of its own: the cover's label, which a slide's title placeholder
    hands to the file's properties, not the deck's name. The label names a way of presenting (读懂,
    宣讲, 党课, 解读), not a subject the next line runs on from (数字政府 / 建设方案: one headline)."""
    return (
        han_len(title) <= _WORD_OR_TWO
        and bool(_PRESENTATION_LABEL.search(simplified(title)))
        and bool(head)
        and _squeezed(head[0].view) == _squeezed(simplified(title))
        and bool(_headline(head[1:], running))
    )


# the number a learner or a sender files a document under, before its name's words (01_, ab03-,
# ch5 , 20240912_): it names no topic. A code needs a digit at its end (AI_赋能…, 5G_… keep theirs)
_FILING_CODE = re.compile(r"^(?:[A-Za-z]{0,4}\d{1,8}[_\-.\s]+)+(?=[^\w\s]?[\u4e00-\u9fff])")
# what a subtitle says its text is, after the subject it is of (…的实践与启示, …的调查与思考, …见闻)
_SUBTITLES_KIND = re.compile(
    r"(?:的(?:实践|探索|调查|调研|观察|思考|启示|经验|做法)(?:[与和及](?:启示|思考|探索|对策|建议))?|见闻|纪实|侧记)$"
)
# a question's close: the page is a question's, and what it prints under it is its answers
_QUESTION_END = re.compile(r"[？?]\s*$")
# a genre's or a format's word that ends a cover's label (一图读懂, 图解, 理论宣讲, 专题党课, 党课讲稿, 政策解读)
_PRESENTATION_LABEL = re.compile(r"(?:读懂|看懂|图解|宣讲|党课|讲稿|课件|解读|速览|导读|微课|课堂|讲堂)$")


def _sets_as_its_headline(page: PageTitles | None, title: str) -> bool:
    """The web `page` sets `title` in an <h1> or a title element of its own, give or take marks."""
    return page is not None and _words_of(title) in {
        _words_of(text) for text in [*page.headings, *page.title_elements]
    }


def _titled_by_page(page: PageTitles | None, title: str) -> bool:
    """One of the web `page`'s titles (its ArticleTitle, its <title>) holds `title`'s words, with a
    site's or a column's name beside them (人民网理论：…, …_某某网) where it has one."""
    words = _words_of(title)
    return page is not None and bool(words) and any(words in _words_of(text) for text in page.titles)


def _headline_read_as_prose(paragraphs: list[Paragraph]) -> str:
    """The first paragraph read as prose, tidied, where a line just below it that is no prose prints
    the same words: a headline the copy prints twice (a saved page's title with its board's and
    site's names, 【标签】…，… - 某某版 - 某某论坛, then the post's own subject line), its comma read as a
    sentence's. Two copies agree on the headline where one alone reads like the text's first sentence;
    a sentence (…。) is none."""
    first = next((at for at, p in enumerate(paragraphs) if is_body(p.text)), None)
    if first is None:
        return ""
    title = _tidy_title(paragraphs[first].written)
    if han_len(title) < _WORD_OR_TWO or "。" in title or not _acceptable(title):
        return ""
    words = _squeezed(title)
    below = paragraphs[first + 1 : first + 1 + _PRINTED_NEAR]
    return (
        title
        if any(not is_body(p.text) and _squeezed(_tidy_title(p.written)) == words for p in below)
        else ""
    )


_PRINTED_NEAR = 8  # paragraphs: a page's banner and menus between its title and the post's subject


def _opening_words(text: str) -> str:
    """The clauses that open `text`, enough to say something (近年来 alone does not), at most
    _OPENING_LENGTH characters, ending where a clause ends (or cut there, if the first is long); a
    question of a headline's line that `text` asks alone, whole (…这类题，分论点怎么拟才能出彩？): the
    question a post opens on and answers below, as a question-and-answer site prints it, names it."""
    if _ONE_QUESTION.fullmatch(text) and han_len(text) <= _LINE_OF_HEADLINE:
        return text
    words = ""
    for clause in re.findall(r"[^，,。；;：:！!？?]+[，,。；;：:！!？?]?", text):
        if words and (han_len(words) >= 8 or len(words + clause) > _OPENING_LENGTH):
            break
        words += clause
    return words[:_OPENING_LENGTH].rstrip("，,。；;：:！!？?")


_OPENING_LENGTH = 30
# one question, its clauses and no sentence's end before its question mark
_ONE_QUESTION = re.compile(r"[^。！!？?；;]+[？?]")


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
    # (the headline after its lesson's number, the space between them lost: 第三讲　标题 read as 第三讲标题)
    if (number := _LESSON_NUMBER.match(line)) and line[number.end() :] == whole:
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
