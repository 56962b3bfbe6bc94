"""Markdown (markdown-it), told by content whatever the suffix: each line of text stays on its line
of the file, with its heading level, list-item depth and bold texts as the document's layout; what
note apps (Obsidian, Typora, Notion) write besides CommonMark is read as they show it."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from yaodian.markers import (
    DAY_IN_FIGURES,
    ITEM_OPENING,
    WEEKDAY,
)
from yaodian.names import is_site_name
from yaodian.sources.document import LineLayout, split_lines
from yaodian.sources.plain import glue, runs_on
from yaodian.sources.records import formulation_lines

# ---- Markdown

# A block's property in an outliner's notes (Logseq: id:: 6752a1c4-…, collapsed:: true), a line of its
# own in the block, before its text or after it: the editor's, no part of the text.
_BLOCK_PROPERTY = re.compile(r"[a-z][a-z_-]{1,20}::(?:\s|$)")

# What note apps (Obsidian, Typora) write that CommonMark does not know, rewritten before parsing.
# Every rewrite keeps the line count, so line numbers still point into the file.
_MD_COMMENT = re.compile(r"%%.*?%%|<!--.*?-->", re.S)
_WIKI_EMBED = re.compile(r"!\[\[[^\]\n]*\]\]")
_WIKILINK = re.compile(r"\[\[([^\]|\n]*)(?:\|([^\]\n]*))?\]\]")
# An Obsidian callout's type on its quote's first line (> [!tip] 记忆口诀, > [!example]- 折叠的框架):
# how the app draws the box, no part of the text; the callout's own title after it is kept.
_CALLOUT = re.compile(r"^([ \t]*(?:>[ \t]*)+)\[![\w-]+\][+-]?[ \t]*", re.M)
# A callout whose title says it is the reader's own note on how to use the material (> [!tip] 申论用法,
# > [!hint] 怎么用, > [!note] 备注, 使用建议), not the material: the whole callout goes. (A callout
# titled by what it holds, 记忆口诀 or 易错点, is material whatever its kind.)
_USAGE_CALLOUT = re.compile(
    r"^[ \t]*>[ \t]*\[![\w-]+\][+-]?[ \t]*[\u4e00-\u9fff]{0,4}"
    r"(?:用法|怎么用|如何用|使用(?:建议|说明|方法)?|备注)[ \t]*[:：]?[ \t]*\n(?:[ \t]*>.*(?:\n|$))*",
    re.M,
)
# A note's way to its neighbours (上接 [[…]]，下接 [[…]]; 上一篇：[…](…) ｜ 下一篇：[…](…)): a line of two
# links or more, each after a short word of its own that says where it leads, and nothing else
# but separators. It points elsewhere and says nothing to learn. (Links with nothing between them
# but separators, [[新发展理念]]、[[新发展格局]], may be the note's own list of concepts: kept.)
_POINTER = (
    r"(?:[\u4e00-\u9fff]{1,5}|[A-Za-z]{2,8})[ \t]*[:：]?[ \t]*"
    r"(?:\[\[[^\]\n]+\]\]|\[[^\]\n]+\]\([^)\n]*\))"
)
_NAVIGATION = re.compile(
    r"^[ \t]*(?:>[ \t]*)*(?:\[![\w-]+\][+-]?[ \t]*)?(?:[-*+][ \t]+)?"
    rf"(?:{_POINTER}[ \t]*[/|｜·•,，、;；]?[ \t]*){{2,}}[。.]?[ \t]*$",
    re.M,
)
# A note app's tag (#已制卡 #申论/素材): a word after # with no space, at the start of a line or
# after a space or a closing mark, not a number (#1), nor a topic closed by # (#话题#). It files
# the note; it is no part of the text.
_NOTE_TAG = re.compile(r"(?<![^\s）)】」』”。，；：！？])#(?!\d+(?!\w))[\w/-]+(?![\w#/-])")
_HTML_TAGS = re.compile(r"<[^>\n]*>")
_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
# Markdown told by content: ATX headings, and lines marked as list items, quotes or table rows,
# or holding bold text or links.
_MD_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+\S", re.M)
_MD_MARKED = re.compile(
    r"^ {0,3}(?:[-*+][ \t]+\S|\d{1,9}[.)][ \t]+\S|>|\|.*\|[ \t]*$)|\*\*\S.*?\*\*|\[[^\]\n]+\]\([^)\n]*\)",
    re.M,
)
# CommonMark opens and closes ** only where the punctuation around it allows, which Chinese
# quotes next to Chinese characters do not (推行**“双随机、一公开”**监管); note apps show them
# bold all the same, so a pair left in the text is bold too. So is a ==highlight== (Obsidian,
# Typora), and text in <b> <strong> <mark> <u>.
_LEFT_BOLD = re.compile(r"(\*\*|==)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS_TAG = re.compile(r"</?(?:b|strong|mark|u)(?:\s[^>]*)?>", re.I)
_LINK_LABEL = 6  # characters a line of links may hold besides them
_ENDS_IN_PUNCTUATION = re.compile(r"[，,。；;：:！!？?、…]\s*$")
# A table's first cell that numbers its row (| 1 | 高质量发展和高水平保护的关系 | … |), told in one row
# alone: a bare number of two digits at most, which the row's line carries as a numbered line's
# (1、…). (A slide table's column of numbers is told by all its cells: see _NUMBER_COLUMN_CELL.)
_ROW_NUMBER_CELL = re.compile(r"\d{1,2}")


def looks_like_markdown(text: str) -> bool:
    """Text written in Markdown whatever its suffix: ATX headings, and list items, quotes, table
    rows, bold text or links on enough lines. A plain text with a stray # or * is not."""
    headings = len(_MD_HEADING.findall(text))
    if not headings:
        return False
    marked = len(_MD_MARKED.findall(text))
    lines = sum(1 for line in text.splitlines() if line.strip())
    return marked >= 3 and headings + marked >= max(5, 0.1 * lines)


@cache
def _markdown_parser() -> Any:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin
    from mdit_py_plugins.tasklists import tasklists_plugin

    # Indented code is off: Chinese text indents its paragraphs, which CommonMark would read as
    # code. Tables and strikethrough are GitHub's, which note apps share.
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("code")
    return parser.use(front_matter_plugin).use(tasklists_plugin)


@dataclass
class InlineLine:
    """One line of a Markdown block's inline content, rendered: its text, the texts it sets in
    bold, and how much of it is links."""

    text: str = ""
    bold: list[str] = field(default_factory=list)
    links: int = 0
    unlinked: int = 0  # letters and characters outside links
    between: int = 0  # of them, after the first link

    @property
    def of_links(self) -> bool:
        """A line of links and at most a label before them (参考阅读：): a table of contents,
        related pages, a link back to the top. It leads elsewhere and says nothing to learn."""
        return self.links > 0 and not self.between and self.unlinked <= _LINK_LABEL


def _inline_lines(children: list[Any]) -> list[InlineLine]:
    """An inline token's children as rendered lines: links keep their text, images and HTML tags
    go (a <br> becomes ；), bold texts are collected."""
    lines = [InlineLine()]
    strong = link = 0
    bold = ""
    for child in children:
        kind = child.type
        line = lines[-1]
        if kind in ("softbreak", "hardbreak"):
            if bold.strip():
                line.bold.append(bold.strip())
            bold = ""
            lines.append(InlineLine())
        elif kind == "strong_open":
            strong += 1
        elif kind == "strong_close":
            strong -= 1
            if not strong and bold.strip():
                line.bold.append(bold.strip())
                bold = ""
        elif kind == "link_open":
            link += 1
            line.links += 1
        elif kind == "link_close":
            link -= 1
        elif kind == "html_inline" and _EMPHASIS_TAG.fullmatch(child.content.strip()):
            opening = not child.content.startswith("</")
            strong += 1 if opening else -1
            if not opening and not strong and bold.strip():
                line.bold.append(bold.strip())
                bold = ""
        elif kind in ("text", "code_inline", "html_inline"):
            piece = child.content
            if kind == "html_inline":
                piece = "；" if _BREAK_TAG.fullmatch(piece.strip()) else ""
            line.text += piece
            if strong:
                bold += piece
            if not link:
                count = sum(1 for c in piece if c.isalnum())
                line.unlinked += count
                line.between += count if line.links else 0
    if bold.strip():
        lines[-1].bold.append(bold.strip())
    for line in lines:
        if "**" in line.text or "==" in line.text:
            line.bold += [found.group(2).strip() for found in _LEFT_BOLD.finditer(line.text)]
            line.text = _LEFT_BOLD.sub(r"\2", line.text)
            line.bold.sort(key=line.text.find)
    return lines


# A learner's log kept as a table (| 日期 | 板块 | 背诵句数 | 打卡 |): its first column headed as the day
# and each row a day's, opening with its date (5.6, 2024-05-06, 5月6日, 周一, Day 3, 第3天), the rest
# of its cells mostly counts, ticks and dashes: what was done when, nothing to learn. (A table of
# numbered indicators and their scores, | 1.1 | 政治素质 | 10 |, is headed 序号 or 指标: kept.)
_LOG_HEADER = re.compile(r"(?:日期|时间|日子|天数?|星期|周次|(?i:date|day))")
# (a chat's sender line in boilerplate opens with the same days, or 昨天/今天; a log counts its days)
_LOG_DAY = re.compile(rf"{DAY_IN_FIGURES}|{WEEKDAY}|第\s*\d{{1,3}}\s*天|(?i:day)\s*\d{{1,3}}")
_LOG_MARK = re.compile(r"[\d.%/]+\s*\S{0,2}|[-—–/×✕✗✘✓✔√☑✅❌⬜☐□■▢○●⭕]+|[是否无]|全部")
_LOG_TICK = re.compile(r"[×✕✗✘✓✔√☑✅❌⬜☐□■▢○●⭕]+|[是否]")  # done or not: what only a log records
_LOG_ROWS = 3  # rows at the least, under the header
_LOG_MARKED = 0.4  # the share of the cells after the date that are counts or marks, at the least


def _is_log(table: list[tuple[int, list[InlineLine]]]) -> bool:
    """A table that is a learner's log (see above): its first column headed as the day, under its
    header _LOG_ROWS rows or more, each opening with a day, _LOG_MARKED of their other cells counts
    or marks, and some cell a tick (a table of dated events and their figures records no ticks:
    | 1921年7月23日 | 上海 | 13人 | is history to learn)."""
    header, *rows = [[" ".join(cell.text.split()) for cell in cells] for _, cells in table] or [[]]
    if not header or not _LOG_HEADER.fullmatch(header[0]) or len(rows) < _LOG_ROWS:
        return False
    if not all(row and _LOG_DAY.fullmatch(row[0]) for row in rows):
        return False
    others = [cell for row in rows for cell in row[1:]]
    marked = sum(1 for cell in others if _LOG_MARK.fullmatch(cell))
    ticked = any(_LOG_TICK.fullmatch(cell) for cell in others)
    return bool(others) and marked >= _LOG_MARKED * len(others) and ticked


def _formulation_rows(table: list[tuple[int, list[InlineLine]]]) -> list[tuple[int, str]] | None:
    """The rows of a table of formulations (提法 | 出处 | 记忆抓手: see records.formulation_lines),
    each with its first line and read with its column labels, the header row left out. None for
    any other table, read a row to a line by row_line."""
    lines = formulation_lines([[" ".join(cell.text.split()) for cell in cells] for _, cells in table])
    if lines is None:
        return None
    return [(start, line) for (start, _), line in zip(table[1:], lines, strict=True) if line]


def row_line(cells: list[InlineLine]) -> InlineLine:
    """A table row as one line, read like a definition: 术语：内容；内容. A row whose first cell
    is its number (| 1 | 高质量发展和高水平保护的关系 | … |) reads as a numbered line: 1、…；…."""
    texts = [" ".join(cell.text.split()) for cell in cells]
    row = InlineLine()
    for index, text in enumerate(text for text in texts if text):
        if index == 1 and _ROW_NUMBER_CELL.fullmatch(row.text):
            row.text += "、"
        elif index and not _ENDS_IN_PUNCTUATION.search(row.text):
            row.text += "：" if index == 1 else "；"
        row.text += text
    for cell in cells:
        row.bold += cell.bold
        row.links += cell.links
        row.unlinked += cell.unlinked
        row.between += cell.between
    return row


def _one_line(lines: list[InlineLine]) -> InlineLine:
    """Rendered lines as one (a table cell's)."""
    return InlineLine(
        " ".join(line.text for line in lines),
        [text for line in lines for text in line.bold],
        sum(line.links for line in lines),
        sum(line.unlinked for line in lines),
        sum(line.between for line in lines),
    )


def _front_matter_title(content: str) -> str | None:
    """A note's name in its front matter: its title, else its first alias (Obsidian names a note
    by its file; a learner gives it its full name as an alias, 二十届三中全会精神学习笔记)."""
    import yaml

    try:
        data = yaml.safe_load(content)
    except yaml.YAMLError:
        return None
    if not isinstance(data, dict):
        return None
    aliases = data.get("aliases") or data.get("alias")
    for name in (data.get("title"), *(aliases if isinstance(aliases, list) else [aliases])):
        if isinstance(name, str) and name.split():
            return " ".join(name.split())
    return None


# a sentence's or a clause's end: a heading that holds one is text's, no half of a headline
_SENTENCE_OR_CLAUSE_END = re.compile(r"[。！？!?；;]")
_HEADLINE_OVER_TWO_LINES = 60  # characters: two lines of a headline, no more


@dataclass(frozen=True)
class _Heading:
    line: int  # 0-based
    level: int
    text: str


# The languages of fenced blocks that hold code, not text: a note app's queries and diagrams, and
# programs. A learner fences pasted text without one, or as text, or in a plugin's callout
# (```ad-note): those are read.
_CODE_FENCES = {
    "dataview", "dataviewjs", "query", "tasks", "mermaid", "plantuml", "dot", "graphviz", "chart",
    "python", "py", "javascript", "js", "typescript", "ts", "json", "yaml", "yml", "toml", "bash",
    "sh", "shell", "powershell", "html", "xml", "css", "sql", "java", "c", "cpp", "go", "rust", "r",
    "latex", "tex", "math",
}  # fmt: skip


def _is_code(info: str) -> bool:
    """A fenced block's info string names a language of code (see above)."""
    words = info.split()
    return bool(words) and words[0].lower() in _CODE_FENCES


class _MarkdownReader:
    """Walks markdown-it's block tokens and writes each block's lines where they stand in the file."""

    def __init__(self, count: int) -> None:
        self.lines = [""] * count
        self.layout: dict[int, LineLayout] = {}
        self.headings: list[_Heading] = []
        self.body_start: int | None = None  # the first line of text that is not a heading or a quote
        self.front_title: str | None = None
        self.logs: list[int] = []  # the first line (0-based) of each table that is a learner's log
        self._quoted = 0

    def read(self, tokens: list[Any]) -> None:
        depth = heading = 0
        # the depth and number of a list item whose first line is to come, and whether it is a task's
        item: tuple[int, str, bool] | None = None
        items: list[int] = []  # the depths of the list items open around the token
        row: list[InlineLine] | None = None
        row_start = 0
        table: list[tuple[int, list[InlineLine]]] = []  # a table's rows, each with its first line
        for token in tokens:
            kind = token.type
            if kind in ("bullet_list_open", "ordered_list_open"):
                depth += 1
            elif kind in ("bullet_list_close", "ordered_list_close"):
                depth -= 1
            elif kind == "list_item_open":
                # An ordered item keeps its number as text (1. 2.), read like any numbered line;
                # a bullet's mark is its depth in the layout.
                number = f"{token.info}{token.markup} " if token.info else ""
                item = (depth, number, token.attrGet("class") == "task-list-item")
                items.append(depth)
            elif kind == "list_item_close":
                item = None  # (an item left empty, its embed taken out, marks no line after it)
                items.pop()
            elif kind in ("blockquote_open", "blockquote_close"):
                self._quoted += 1 if kind == "blockquote_open" else -1
            elif kind in ("heading_open", "heading_close"):
                heading = int(token.tag[1:]) if kind == "heading_open" else 0
            elif kind == "table_open":
                table = []
            elif kind == "table_close":
                if table and _is_log(table):
                    self.logs.append(table[0][0])
                elif (labelled := _formulation_rows(table)) is not None:
                    for start, line in labelled:
                        self._put(start, line, LineLayout(table_row=True))
                else:
                    for index, (start, cells) in enumerate(table):  # (a list item's mark is its first row's)
                        self._block(start, [row_line(cells)], 0, None if index else item)
                table, item = [], None
            elif kind == "tr_open":
                row, row_start = [], token.map[0]
            elif kind == "tr_close" and row is not None:
                table.append((row_start, row))
                row = None
            elif kind == "inline":
                rendered = _inline_lines(token.children or [])
                if row is not None:
                    row.append(_one_line(rendered))
                else:
                    self._block(token.map[0], rendered, heading, item, items[-1] if items else 0)
                    item = None
            elif kind == "fence" and _is_code(token.info):
                item = None  # a program or a note app's query (```dataview): nothing to learn
            elif kind in ("fence", "code_block", "html_block"):
                text = (
                    token.content
                    if kind != "html_block"
                    else html.unescape(_HTML_TAGS.sub("", token.content))
                )
                lines = [InlineLine(line) for line in text.split("\n")]
                self._block(
                    token.map[0] + (kind == "fence"), lines, 0, item, items[-1] if items else 0, join=False
                )
                item = None
            elif kind == "front_matter":
                self.front_title = _front_matter_title(token.content)

    def _block(
        self,
        start: int,
        rendered: list[InlineLine],
        heading: int,
        item: tuple[int, str, bool] | None,
        inside: int = 0,
        join: bool = True,
    ) -> None:
        """A block's lines, from line `start` on, each where it stands in the file. A line of links
        is dropped, unless it is a heading; a line broken inside a clause runs on into the next
        (one item, one line), which is left empty. The first line of a list item (`item`: its
        depth, its number if it has one, and whether it is a task's) carries the item's depth,
        whether it is a task's, and its number as text; the lines of a later block of the list item
        they stand in (`inside`: its depth), its own paragraphs under its first, carry that depth as
        the item they are inside. (A line that goes on the item's first paragraph without its indent
        is no item's: Markdown's lazy line.)"""
        kept: list[tuple[int, InlineLine]] = []
        before = ""  # the line before, when it may run on into this one
        first = start  # the item's first line of text, after any properties of its block
        for offset, line in enumerate(rendered):
            text = line.text.strip()
            if line.of_links and not heading:  # a heading is the author's own, a link or not
                before = ""
                continue
            if _BLOCK_PROPERTY.match(text):
                # (an outliner's property of the block, id:: …, written before its text or after it:
                # it runs on into no line, and the item's mark goes to the text under it)
                if start + offset == first:  # (a property before the text: the text is a line on)
                    first += 1
                kept.append((start + offset, line))
                before = ""
                continue
            if join and not heading and before and runs_on(before, text):
                number, joined = kept[-1]
                kept[-1] = (number, InlineLine(glue(joined.text.strip(), text), joined.bold + line.bold))
            else:
                kept.append((start + offset, line))
            before = text
        for number, line in kept:
            bullet, prefix, task = item if item and number == first else (0, "", False)
            text = prefix + line.text.strip()
            bold = tuple(_LEFT_BOLD.sub(r"\2", found) for found in line.bold)  # (a tag left open)
            emphasised = tuple(found for found in bold if found in text)
            self._put(
                number,
                text,
                LineLayout(heading, bullet, emphasised, in_item=0 if item else inside, task=task),
            )

    def _put(self, number: int, text: str, layout: LineLayout) -> None:
        if not 0 <= number < len(self.lines) or not text.strip():
            return
        self.lines[number] = text
        if layout != LineLayout():
            self.layout[number + 1] = layout
        if layout.heading:
            self.headings.append(_Heading(number, layout.heading, " ".join(text.split())))
        elif self.body_start is None and not self._quoted:
            self.body_start = number

    def title(self) -> str | None:
        """The document's top heading, without marks: of the headings before the body, the first
        of the highest level; else the document's only # heading. The first of several numbered
        headings (一、 1.) is a section's, not the document's; a site's name (# 某某市人民政府, a
        page's logo) is no one's. A note with no # heading is named by its front matter's title
        where it has one (an Obsidian note's title: its first ## heading is its first section's);
        else the first heading."""
        candidates = []
        headings = [h for h in self.headings if not is_site_name(h.text)]
        if self.front_title and not any(h.level == 1 for h in headings):
            return self.front_title
        before = [h for h in headings if self.body_start is None or h.line < self.body_start]
        if before:
            top = min(h.level for h in before)
            candidates.append(next(h for h in before if h.level == top))
        firsts = [h for h in headings if h.level == 1]
        if len(firsts) == 1:
            candidates.append(firsts[0])
        for heading in candidates:
            numbered = bool(ITEM_OPENING.match(heading.text))
            if not (numbered and sum(1 for h in self.headings if h.level == heading.level) > 1):
                return self._with_its_second_line(heading)
        return self.front_title

    def _with_its_second_line(self, heading: _Heading) -> str:
        """The `heading`'s text, with the heading of its level on the very next line where the two
        print one headline over two lines (# 从“一棵茶”到“一条链”： / # 某镇茶产业的三点启示): a
        first line left open by its colon, run on by a line that is not a numbered section's heading,
        a ——subtitle or a sentence. Two whole headings one over the other are two headings (a course's
        name over its lesson's, a column's over its article's, two articles'), the first the title."""
        second = next((h for h in self.headings if h.line == heading.line + 1), None)
        if (
            second is None
            or not re.search(r"[：:]$", heading.text)
            or second.level != heading.level
            or ITEM_OPENING.match(second.text)
            or _SENTENCE_OR_CLAUSE_END.search(heading.text + second.text)
            or re.match(r"[—－-]", second.text)
            or is_site_name(second.text)
            or len(heading.text + second.text) > _HEADLINE_OVER_TWO_LINES
        ):
            return heading.text
        return heading.text + second.text


def read_markdown(text: str) -> tuple[list[str], dict[int, LineLayout], str | None]:
    """Markdown read as Markdown (markdown-it), one line of text for each line of the file, with
    each line's layout: heading level, list-item depth, bold texts."""
    source = "\n".join(split_lines(text))
    prepared = _MD_COMMENT.sub(lambda match: "\n" * match.group().count("\n"), source)
    prepared = _NAVIGATION.sub("", prepared) if "[" in prepared else prepared
    prepared = _WIKILINK.sub(_wikilink_text, _WIKI_EMBED.sub("", prepared))
    prepared = _NOTE_TAG.sub("", prepared) if "#" in prepared else prepared
    if "[!" in prepared:
        prepared = _USAGE_CALLOUT.sub(lambda match: "\n" * match.group().count("\n"), prepared)
        prepared = _CALLOUT.sub(r"\1", prepared)
    reader = _MarkdownReader(source.count("\n") + 1)
    reader.read(_markdown_parser().parse(prepared))
    _drop_link_sections(reader, source.split("\n"))
    return reader.lines, reader.layout, reader.title()


# A note's section of links to other notes: a heading that names links (## 🔗 反向链接, 相关笔记,
# See also) over nothing but lines of links ([[…]] or [text](url), in a list or set apart by / · ,),
# or over blocks of links that other lines follow (the app's footer: 最后编辑于…), which stay.
# A note app writes it (backlinks) or the learner files the note with it; it leads elsewhere and
# holds nothing to learn. A heading below the top whose lines the reader all left empty (lines of
# a page's links, [text](url), see InlineLine.of_links; a note's tags; an embed; a learner's log)
# heads nothing either; nor does one whose section opens with a learner's log, whatever the lines
# after the log say (its rules: 打卡规则：错句当天抄写三遍). (Wiki links under any other heading, a
# note's list of the concepts it links to, say, are the note's own.)
_LINKS_HEADING = re.compile(
    r"\W{0,4}(?:反向链接|双向链接|相关链接|链接|双链|出链|入链|被?引用|相关笔记|关联笔记|链接到本页|参见|另见"
    # (the backlinks pane's two lists, as Obsidian's Chinese interface names them)
    r"|(?:已|未)?链接的提及|(?:已|未)链接提及"
    r"|backlinks?|links?|outgoing links|linked mentions|unlinked mentions|see also)\s*(?:[:：]\s*)?",
    re.I,
)
_LINK = r"(?:\[\[[^\]\n]+\]\]|\[[^\]\n]+\]\([^)\n]*\))"
_LINKS_LINE = re.compile(
    rf"\s*(?:[-*+][ \t]+(?:\[[ xX]\][ \t]*)?|\d{{1,3}}[.)][ \t]+)?(?:[^\s\[：:]{{1,8}}(?: [^\s\[：:]{{1,8}})?[：:]\s*)?"
    rf"(?:{_LINK}[\s/|·,，、;；]*)+"
)  # a label may name the links (被引用于：[[…]] · [[…]])


def _drop_link_sections(reader: _MarkdownReader, source: list[str]) -> None:
    """Blank each section of links and each heading over nothing (see above) in what `reader` read
    of `source` (the file's lines): its heading and its lines, to the next heading of its level or
    above. (A heading with no line under it before the next is a part's title: kept.)"""
    for heading in list(reader.headings):
        end = next(
            (h.line for h in reader.headings if h.line > heading.line and h.level <= heading.level),
            len(reader.lines),
        )
        inside = [number for number in range(heading.line + 1, end) if source[number].strip()]
        if not inside:
            continue
        emptied = heading.level > 1 and not any(reader.lines[number] for number in inside)
        read = [number for number in inside if reader.lines[number]]  # not a query block, an embed
        links = bool(read) and all(_LINKS_LINE.fullmatch(source[number]) for number in read)
        logged = heading.level > 1 and inside[0] in reader.logs
        if emptied or logged or (links and _LINKS_HEADING.fullmatch(heading.text)):
            gone = inside
        elif _LINKS_HEADING.fullmatch(heading.text):
            gone = _leading_links(reader, source, inside)
        else:
            continue
        if not gone:
            continue
        for number in (heading.line, *gone):
            reader.lines[number] = ""
            reader.layout.pop(number + 1, None)
        reader.headings.remove(heading)


def _leading_links(reader: _MarkdownReader, source: list[str], inside: list[int]) -> list[int]:
    """The blocks (lines between blank lines) that open a links heading's section (`inside`: its
    lines that are not blank) while each holds only links or lines the reader left empty (a query);
    the lines after them (the app's footer: 最后编辑于…, 字数统计…) are no link, and stay for the
    extractors to judge."""
    blocks: list[list[int]] = []
    for number in inside:
        if blocks and number == blocks[-1][-1] + 1:
            blocks[-1].append(number)
        else:
            blocks.append([number])
    gone: list[int] = []
    for block in blocks:
        if not all(_LINKS_LINE.fullmatch(source[number]) for number in block if reader.lines[number]):
            break
        gone += block
    return gone


def _wikilink_text(match: re.Match[str]) -> str:
    """[[note#section|shown]] -> shown; [[note#section]] -> note section."""
    target, shown = match.group(1), match.group(2)
    return shown if shown is not None else " ".join(target.replace("#", " ").split())
