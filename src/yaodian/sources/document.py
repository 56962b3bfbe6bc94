"""What a source is read into: a `Document` (its lines, their layout, its titles), and the
one error that names the file."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from yaodian.errors import Location, YaodianError
from yaodian.markers import ITEM_OPENING


@dataclass(frozen=True)
class LineLayout:
    """How a Markdown source laid out one line, which its text alone no longer shows: the level
    of its heading (# = 1), the depth of its list item (top level = 1), the texts it set in bold;
    whether the line is a row of a table of pairs or of records (a Word table under column
    labels, read a row to a line: 存在的差距：…；努力方向：…); the depth of the list item a
    line stands inside without opening it (an item's own paragraph under its first line, indented
    to it: a note app's numbered point over its explanation); and whether it is an item of a task
    list (- [ ] …, - [x] …), whose box a note app draws and the text drops."""

    heading: int = 0
    bullet: int = 0
    emphasised: tuple[str, ...] = ()
    table_row: bool = False
    in_item: int = 0
    task: bool = False


@dataclass(frozen=True)
class PageTitles:
    """What a web page offers as its headline, as the page has it (the titles package chooses and tidies):
    its titles, most trusted first (the <meta name="ArticleTitle"> the national guide for
    government websites asks of every article page, trafilatura's, the <title>), its <h1>s, the
    texts of the elements that hold a headline (an <h1>, class="title", id="biaoti"), and the
    elements before the article's first kept paragraph that may hold a headline the extraction
    lost, each with whether it is a heading or title element (else it is the element of text
    right above the article's information line, 发布时间：… 来源：…)."""

    titles: tuple[str, ...] = ()
    headings: tuple[str, ...] = ()
    title_elements: tuple[str, ...] = ()
    before_article: tuple[tuple[str, bool], ...] = ()

    def mapped(self, clean: Callable[[str], str]) -> PageTitles:
        """The same texts, each passed through `clean`."""
        return PageTitles(
            tuple(map(clean, self.titles)),
            tuple(map(clean, self.headings)),
            tuple(map(clean, self.title_elements)),
            tuple((clean(text), named) for text, named in self.before_article),
        )


@dataclass
class Document:
    """A source document as text lines; for plain text, `lines[0]` is line 1 of the file, unless
    the reader broke a line into paragraphs (see `file_line`).

    `layout` maps a line number (1-based, as in `lines`) to its Markdown layout, for the lines
    that have one; it is empty for other formats. `meta` holds the format and, with a title,
    where it comes from: the text (a web page's, a heading) or a property of the file (a Word
    document's Title property, which is often stale: the name of a file the text was once in).
    A web page's title is not chosen here: `page_titles` holds what the page offers, and
    extractors/titles/ finds the headline among it.
    """

    path: Path
    lines: list[str]
    title: str | None = None
    encoding: str = "utf-8"
    meta: dict[str, str] = field(default_factory=dict)
    layout: dict[int, LineLayout] = field(default_factory=dict)
    # the running heads of text copied from a PDF, which the lines leave out, most printed first:
    # an excerpt without its first page names itself there (政府工作报告 over every odd page)
    running_heads: tuple[str, ...] = ()
    # a web page's titles, headings and title elements, from which the titles package takes its headline
    page_titles: PageTitles | None = None
    # parts of the source the reader could not read (a mail's attachment), each with why: warnings
    left_out: list[YaodianError] = field(default_factory=list)
    # the line of the file each of `lines` comes from, where a reader broke one line into several
    # (a text's paragraphs run together on one line); () where each of `lines` is the file's line
    file_lines: tuple[int, ...] = ()

    @property
    def stem(self) -> str:
        return self.path.stem

    @property
    def headline(self) -> str | None:
        """The title the text gives itself (not a property of the file, which may be stale)."""
        return None if self.meta.get("title_source") == "property" else self.title

    @property
    def name(self) -> str:
        """The name the file gives itself where its text may not: its title property, else its
        file name without the suffix."""
        return self.title if self.title and self.headline is None else self.stem

    def file_line(self, number: int) -> int:
        """The line of the file that line `number` of `lines` (1-based) comes from."""
        return self.file_lines[number - 1] if 0 < number <= len(self.file_lines) else number

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def emphasised_in(text: str, spans: Iterable[str]) -> tuple[str, ...]:
    """The `spans` a line of a Word document or a web page sets in bold that stand in its `text`,
    as a Markdown line's layout holds them (LineLayout.emphasised), so that one reading of the
    author's marks serves every format: none where they cover all the line's words but its item's
    mark and punctuation (一、**坚持党的全面领导**。): a line set in bold whole is a heading or a
    line that stands out, with no words marked inside it."""
    kept = tuple(span for span in (span.strip() for span in spans) if span and span in text)
    rest = text
    for span in kept:
        rest = rest.replace(span, " ", 1)
    rest = ITEM_OPENING.sub("", rest.lstrip(), count=1)
    return kept if any(character.isalnum() for character in rest) else ()


def file_error(path: Path, message: str) -> YaodianError:
    return YaodianError(message, Location(path))


def short_reason(exc: BaseException) -> str:
    """A library exception as a short phrase for a one-line message."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 100 else text[:97] + "..."


def damage(exc: BaseException) -> str:
    """What a parser's exception says about a damaged file; its internals say nothing to a learner."""
    from lxml.etree import XMLSyntaxError

    if isinstance(exc, (zipfile.BadZipFile, XMLSyntaxError, UnicodeDecodeError)):
        return short_reason(exc)
    return "the file is damaged"


def split_lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
