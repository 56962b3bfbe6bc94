"""Web pages: the main text by trafilatura, with the subheadings, the layout-table articles and the
wrapped source lines it would lose put back, and what the page offers as its title."""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import pairwise
from pathlib import Path
from typing import Any, NamedTuple

from yaodian.markers import CAPITAL_NUMERALS, HEADING_NUMBER, ITEM_OPENING, NUMERALS, SERIAL_HEAD
from yaodian.sources.document import (
    LineLayout,
    PageTitles,
    emphasised_in,
    file_error,
    short_reason,
    split_lines,
)
from yaodian.sources.records import formulation_lines


def read_html(text: str, path: Path) -> tuple[list[str], PageTitles, dict[int, LineLayout]]:
    """The main text of a web page, one paragraph a line, what the page offers as its title, and
    the levels of the section heads a 公众号 article sets in bold or colour (see _styled_heads), else
    of the heading elements over parts that hold numbered paragraphs (see _heading_lines).

    trafilatura drops menus, sidebars, footers and comments. Its default (precision) mode also
    drops subheadings such as 一、…, which are what the outline extractor needs, so recall
    mode is used; yaodian's own boilerplate filter removes what little furniture stays. Where
    trafilatura does not know the page's article container it falls back on extractors that
    lose the subheadings (<h2>…<h6>) still: those are put back (see _with_subheadings). On an
    old page laid out in tables it can miss the article altogether (see _missed_article). A list of
    references under the article is left out (see _drop_references).
    """
    text = _CONTROL_CHARACTERS.sub("", text)  # (lxml refuses to write them back into the page)
    root = _parsed_page(text)
    changed = False
    if root is not None:
        changed = _drop_hidden(root)
        changed = _drop_signatures(root) or changed
        changed = _drop_note_marks(root) or changed
        changed = _drop_references(root) or changed
        changed = _join_wrapped_text(root) or changed
    if changed:
        from lxml import html as lxml_html

        text = lxml_html.tostring(root, encoding="unicode")  # read as a reader sees it
    try:
        result = _extraction(text, with_metadata=True)
    except Exception as exc:  # lxml and trafilatura raise many kinds of errors on broken markup
        raise file_error(path, f"cannot read as a web page: {short_reason(exc)}") from None
    body = getattr(result, "text", None) if result is not None else None
    if root is not None and (article := _missed_article(root, body or "")) is not None:
        body = article  # the extraction took a small block of the page, or its layout table's rows
    if not body or not body.strip():
        raise file_error(path, "no article text found in the web page")
    lines = split_lines(body)
    if root is not None:
        lines = _rejoined_blocks(lines, root)
        lines = _without_slogans(lines, _slogan_banners(root))
    extracted = _collapsed(getattr(result, "title", None) or "")  # trafilatura's
    if root is None:
        return lines, PageTitles(titles=_filled([extracted])), {}
    heads = _styled_heads(root)
    lines = _with_subheadings(root, lines, heads)
    lines, rows = _formulation_tables(lines)
    levels = {"".join(text.split()): level for text, level in heads.values()}
    layout = {
        number: LineLayout(heading=levels[said])
        for number, line in enumerate(lines, 1)
        if (said := "".join(line.split())) in levels
    }
    if not layout:
        layout = {number: LineLayout(heading=level) for number, level in _heading_lines(root, lines).items()}
    layout.update((number, LineLayout(table_row=True)) for number in rows)
    for number, bold in _bold_in_lines(root, lines).items():
        layout.setdefault(number, LineLayout(emphasised=bold))
    return (
        lines,
        PageTitles(
            titles=_filled([_article_title(root), extracted, _element_text(root, "title")]),
            headings=_filled(_collapsed(h1.text_content()) for h1 in root.iter("h1")),
            title_elements=_filled(
                text for element, text in _page_elements(root) if _holds_headline(element)
            ),
            before_article=_before_article(root, lines),
        ),
        layout,
    )


# Control characters a page's bytes may hold (a wrong encoding's guess, junk): a browser shows
# nothing for them, and lxml will not set a text that holds one
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# A line break in a page's source, with the spaces around it, between two wide characters (Han,
# full-width marks): a browser shows nothing there (CSS Text, segment break transformation).
_WIDE_CHARACTER = r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]"
_WRAP_BETWEEN_WIDE = re.compile(rf"(?<={_WIDE_CHARACTER})[ \t]*\r?\n[ \t\r\n]*(?={_WIDE_CHARACTER})")
# Where a page's text keeps what its source says character for character: these elements, and any
# element whose style keeps line breaks (white-space: pre, pre-wrap, pre-line, break-spaces).
_KEEPS_SPACES = {"pre", "textarea", "script", "style"}
_KEEPS_BREAKS = re.compile(r"white-space\s*:\s*(?:pre|break-spaces)", re.I)


def _keeps_breaks(element: Any) -> bool:
    return isinstance(element.tag, str) and (
        element.tag.lower() in _KEEPS_SPACES or bool(_KEEPS_BREAKS.search(element.get("style") or ""))
    )


def _join_wrapped_text(root: Any) -> bool:
    """Join the text a page's source wraps between two Chinese characters (True where any was).
    Word's 网页 and .mht files wrap their source at ~80 columns, mid-word (一年来的主要 | 工作);
    the extraction kept such a break as a line break, or a space, splitting a heading or an item."""
    joined = False
    for element in root.iter():  # comments too: their tails are the page's text
        if any(_keeps_breaks(ancestor) for ancestor in element.iterancestors()):
            continue
        keeps_text = not isinstance(element.tag, str) or _keeps_breaks(element)
        for attribute in ("tail",) if keeps_text else ("text", "tail"):
            value = getattr(element, attribute)
            if value and "\n" in value:
                fixed = _WRAP_BETWEEN_WIDE.sub("", value)
                if fixed != value:
                    setattr(element, attribute, fixed)
                    joined = True
    return joined


# Declarations that take an element out of what a reader sees: not laid out, not painted, or set in
# letters of no size (font-size: 0, anti-scraping's favourite: the junk stays in the page's text).
_HIDING = {("display", "none"), ("visibility", "hidden")}
_NO_SIZE = re.compile(r"0*\.?0+(?:px|pt|em|rem|ex|ch|vw|vh|%)?")


# The longest piece of hidden junk: a copy site's code or notice is a few words; a hidden block
# (the rest of an article folded under 展开全文, a tab's paragraphs) is the article's own text.
_JUNK_PIECE = 40


def _drop_hidden(root: Any) -> bool:
    """Drop the short inline pieces the page hides (True where any were), keeping the text that
    follows each. Copy sites glue junk into every paragraph (本文来源：某某网, a run of random
    letters) in elements a class rule hides (.jammer {display: none}) or sets in letters of no size
    (<font style="font-size:0px">某某范文网</font>): a reader never sees it, a copy of the text
    carries it into the cards. trafilatura drops an element its own style attribute takes out of the
    layout (display: none), not one a style sheet hides, nor one of no size.

    A hidden block (<p>, <div>, anything holding one) or a long piece stays: pages fold away the
    rest of an article, or a tab's paragraphs, that a script or a later rule shows again."""
    styled, rules = _styled(root), _rules(root)

    def selected(judged: Callable[[dict[str, str]], bool]) -> list[Any]:
        """The elements whose style attribute, or a style-sheet rule that selects them, `judged` accepts."""
        own = [element for element, declared in styled if judged(declared)]
        return own + [element for path in _rule_paths(rules, judged) for element in root.xpath(path)]

    out_of_view = selected(_takes_out)
    sized = set(selected(_sizes))
    hidden = [element for element in out_of_view if _is_junk_piece(element)] + [
        element
        for element in selected(_unsized)
        if _is_junk_piece(element)
        and not _sizes(_declared(element.get("style") or ""))  # (its own style outweighs a rule's)
        and not _sized_inside(element, sized)
    ]
    for element in hidden:
        if element.getparent() is not None:  # selected twice, or inside another: dropped already
            element.drop_tree()
    return bool(hidden)


# The label of the list of works an article cites (参考资料, 参考文献：, 【参考来源】), alone in its element
_REFERENCES_LABEL = re.compile(r"\W{0,2}(?:参考(?:资料|文献|来源|链接)|引用(?:资料|文献|来源))\W{0,2}")


# What names a cited work: a title in 《》, a GB/T 7714 type mark ([J], [M], [EB/OL]) or a web address
_CITED_WORK = re.compile(r"《[^》]+》|\[(?:[A-Z]{1,2})(?:/OL)?\]|https?://")


def _drop_references(root: Any) -> bool:
    """Drop the lists of references a page sets under its article (True where any were): a list (<ol>,
    <ul>) each of whose items names a work (《人民日报》, [J], a web address), right under a label
    alone (参考资料), the text its container opens with or the element before it (<h2>参考资料</h2>).
    The article's sources are not its material, and the extraction may keep the list's items and
    lose a bare label that would have told where the article ends. A list of points under the same
    label (a study page's 参考资料 of statements to learn) is kept."""
    dropped = False
    for listed in list(root.iter("ol", "ul")):
        parent, before = listed.getparent(), _node_before(listed)
        if parent is None:
            continue  # (inside a list dropped already)
        items = [item.text_content() for item in listed.iter("li")]
        if not items or not all(_CITED_WORK.search(item) for item in items):
            continue
        if before is None and _REFERENCES_LABEL.fullmatch(parent.text or ""):
            parent.text = None  # (the list's tail takes its place)
        elif (
            before is not None
            and isinstance(before.tag, str)  # (not a comment)
            and not (before.tail or "").strip()
            and _REFERENCES_LABEL.fullmatch(before.text_content())
        ):
            before.drop_tree()
        else:
            continue
        listed.drop_tree()
        dropped = True
    return dropped


def _node_before(element: Any) -> Any:
    """The node before `element` among its siblings, past comments with no text after them
    (<h2>参考资料</h2><!-- 引用 --><ol>): an element, a comment that text follows, or None."""
    before = element.getprevious()
    while before is not None and not isinstance(before.tag, str) and not (before.tail or "").strip():
        before = before.getprevious()
    return before


# An element a page's markup names its slogan (class="slogan", "site-slogan", id="header_slogan"): the
# site's motto beside its logo (思想的力量 理论的高地, 海量范文 一键下载), short and no article's.
_SLOGAN = re.compile(r"(?:^|[\s_-])slogan(?:$|[\s_-])", re.I)
_SLOGAN_LENGTH = 30  # characters a motto holds at the most
_SITE_NAME_LENGTH = 20  # characters the banner holds beside the motto at the most (青禾理论网)


def _slogan_banners(root: Any) -> dict[str, str]:
    """The banners that hold a site's slogan (see _SLOGAN), each with its slogan: the nearest element
    round the slogan that holds more (the site's name, 青禾理论网思想的力量 理论的高地), a short one,
    each without its spaces."""
    banners: dict[str, str] = {}
    for element in root.iter():
        if not isinstance(element.tag, str) or not _SLOGAN.search(
            f"{element.get('class') or ''} {element.get('id') or ''}"
        ):
            continue
        slogan = "".join(element.text_content().split())
        if not 0 < len(slogan) <= _SLOGAN_LENGTH:
            continue
        for ancestor in element.iterancestors():
            banner = "".join(ancestor.text_content().split())
            if banner != slogan:
                if len(banner) <= len(slogan) + _SITE_NAME_LENGTH:
                    banners[banner] = slogan
                break
    return banners


def _without_slogans(lines: list[str], banners: dict[str, str]) -> list[str]:
    """`lines` without the site's slogan: an extraction that keeps the page's banner glues its motto
    to the site's name on a line of its own (某某理论网思想的力量 理论的高地); of the line that is the
    whole banner (see _slogan_banners) the site's name stays; so it does where the extraction sets
    the motto on a line of its own under the site's name (某某理论网 / 思想的力量 理论的高地). A line of
    the text that quotes the motto, or that is the motto alone elsewhere (a heading, 为人民服务), is
    the text's."""
    if not banners:
        return lines
    kept = []
    above = ""  # the line before, without its spaces
    for line in lines:
        said = "".join(line.split())
        if said in banners:
            line = said.replace(banners[said], "", 1)
        elif banners.get(above + said) == said:
            line = ""  # (the banner's motto under the site's name)
        if line:
            kept.append(line)
        above = said
    return kept


# A footnote's mark as a page raises it after the words it notes: [1] ［2］ 〔3〕 [注1] ① 注2.
_NOTE_MARK = re.compile(r"\s*(?:[\[［〔]\s*(?:注\s*)?\d{1,3}\s*[\]］〕]|[①-⑳]|注\s*\d{1,3})\s*")


def _drop_note_marks(root: Any) -> bool:
    """Drop the footnote marks a page raises (<sup>[1]</sup>, True where any were), keeping the
    text after each: the mark points at a note under the article and says nothing itself, and left
    in, it sticks to the words it follows (高效便捷[2]), a cloze's answer with them. A raised
    number that is no note's mark (an exponent: 10<sup>8</sup>, m<sup>2</sup>) stays."""
    marks = [sup for sup in root.iter("sup") if _NOTE_MARK.fullmatch(sup.text_content())]
    for sup in marks:
        sup.drop_tree()
    return bool(marks)


def _sized_inside(element: Any, sized: set[Any]) -> bool:
    """Whether an element inside `element` that holds text sets its own font size, by its style or a
    style-sheet rule (`sized`: .row{font-size:0} .cell{font-size:16px}), or is a <font size=3>: the
    font-size: 0 outside is a layout's trick (no gaps between inline blocks), its text is seen."""
    return any(
        isinstance(inner.tag, str)
        and inner.text_content().strip()
        and (inner in sized or (inner.tag.lower() == "font" and inner.get("size") is not None))
        for inner in element.iterdescendants()
    )


def _styled(root: Any) -> list[tuple[Any, dict[str, str]]]:
    """The page's elements that have a style attribute, each with what it declares (see _declared)."""
    from lxml import etree

    return [
        (element, _declared(style)) for element in root.iter(etree.Element) if (style := element.get("style"))
    ]


def _is_junk_piece(element: Any) -> bool:
    """An inline element holding no block, of _JUNK_PIECE characters at the most."""
    inline = all(
        not isinstance(inner.tag, str) or inner.tag.lower() not in _BREAKS for inner in element.iter()
    )
    return inline and len("".join(element.text_content().split())) <= _JUNK_PIECE


def _rules(root: Any) -> list[tuple[Any, dict[str, str]]]:
    """The rules of the page's style sheets, each its selector (tinycss2's tokens) with what it
    declares (see _declared)."""
    import tinycss2

    rules = []
    for style in root.iter("style"):
        for rule in tinycss2.parse_stylesheet(style.text or "", skip_comments=True, skip_whitespace=True):
            if rule.type == "qualified-rule":
                rules.append((rule.prelude, _declared(rule.content)))
    return rules


def _rule_paths(
    rules: list[tuple[Any, dict[str, str]]], judged: Callable[[dict[str, str]], bool]
) -> list[str]:
    """The selectors (as XPath) of the style-sheet `rules` whose declarations `judged` accepts
    (_takes_out, _unsized: they hide what they select; _sizes: they give it a font size)."""
    import cssselect
    import tinycss2

    paths = []
    for prelude, declared in rules:
        if not judged(declared):
            continue
        try:  # a selector lxml cannot match (a:hover, ::before) selects nothing here
            paths.append(cssselect.HTMLTranslator().css_to_xpath(tinycss2.serialize(prelude).strip()))
        except cssselect.SelectorError:
            continue
    return paths


def _declared(declarations: Any) -> dict[str, str]:
    """Each property the declarations (a rule's, or a style attribute's text) set, with its value,
    lower-cased and without spaces: the last declaration of a property decides, as in a browser
    (font-size:0;font-size:16px is 16px)."""
    import tinycss2

    return {
        item.lower_name: "".join(tinycss2.serialize(item.value).split()).lower()
        for item in tinycss2.parse_blocks_contents(declarations, skip_comments=True, skip_whitespace=True)
        if item.type == "declaration"
    }


def _takes_out(declared: dict[str, str]) -> bool:
    """Declarations that take what they style out of view: display: none, visibility: hidden."""
    return any(item in _HIDING for item in declared.items())


def _unsized(declared: dict[str, str]) -> bool:
    """Declarations that set what they style in letters of no size (font-size: 0, !important or not)."""
    return bool(_NO_SIZE.fullmatch(declared.get("font-size", "-")))


def _sizes(declared: dict[str, str]) -> bool:
    """Declarations that give what they style a font size other than zero."""
    size = declared.get("font-size")
    return size is not None and not _NO_SIZE.fullmatch(size)


# A forum's signature under each post, as the forum software marks it: Discuz's <div class="sign">,
# phpBB's, vBulletin's, MyBB's and SMF's class="signature" (id="sig123", id="msg_5_signature"),
# XenForo's class="message-signature", vBulletin's "signaturecontainer". A class or id of these words
# whole, or after a prefix (not sign-in, signup: a button's)
_SIGNATURE_NAME = re.compile(
    r"(?:[\w-]*[-_])?(?:sign|signatures?|signaturecontainer|sig\d*|sightml|postsig)", re.I
)
# Characters a signature holds at the most (spaces left out): a poster's motto or a line about
# themselves (遴选路漫漫，坚持就是胜利！2023年省直遴选上岸，回来分享经验), not a post
_SIGNATURE_TEXT = 120
# The day a document's sign-off ends on (某某县人民政府办公室 2024年3月5日): an office signing a notice
# off, not a poster's signature
_SIGNED_ON = re.compile(
    r"(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|[〇零一二三四五六七八九十]{4}年[一二三四五六七八九十]{1,2}月"
    r"[一二三四五六七八九十]{1,3}日)\s*$"
)
# A forum thread's own words beside its posts: the original poster's badge and the buttons by it
# (楼主, 只看该作者, 只看楼主, Discuz's 电梯直达), each the whole text of a short element; as words inside
# prose (新建教学楼主体结构) they are no thread's. On a thread one signature block under the only post
# is the poster's (<div class="sign">上岸之前，不谈风月。</div>), as it would be under each of many.
_FORUM_BADGE = re.compile(r"\s*[\[【]?(?:楼主|只看该作者|只看楼主|电梯直达)[\]】]?\s*")
_BADGE_ELEMENTS = ("a", "span", "em", "strong", "b", "font", "label", "i")
# Elements that hold a signature as a block of its own under the post (a <div>, phpBB's <div>, a
# layout table's cell), not a word inside a sentence (<span class="key-sign">)
_SIGNATURE_BLOCKS = {"div", "p", "td", "table", "dl", "dd", "ul", "section", "aside", "footer", "blockquote"}


def _is_thread(root: Any) -> bool:
    """A forum thread's page: a short element holds the poster's badge or a thread's button alone."""
    return any(
        _FORUM_BADGE.fullmatch(element.text_content() or "") for element in root.iter(*_BADGE_ELEMENTS)
    )


def _drop_signatures(root: Any) -> bool:
    """Drop the signatures a forum prints under each post (True where any were): blocks their class
    or id names a signature (see above), short, each standing beside its post's own text in its
    parent, two or more in different posts. The signature is the poster's, the same under every
    post they write; read as the thread's text it reached the cards between the posts (…分享经验
    after an answer's last line). One such block on a page is no forum's (a notice's <div
    class="sign"> over its office and date) unless the page is a thread (see _FORUM_BADGE), nor
    one that ends on a date, as a sign-off does."""
    from lxml import etree

    signatures = [
        element
        for element in root.iter(etree.Element)
        if _names_signature(element) and _is_signature_block(element)
    ]
    if len({element.getparent() for element in signatures}) < 2 and not (signatures and _is_thread(root)):
        return False  # no forum's posts, each under its signature, and no thread of one post
    for element in signatures:
        if element.getparent() is not None:
            element.drop_tree()
    return True


def _names_signature(element: Any) -> bool:
    """Whether an element's class or id names a forum's signature (see _SIGNATURE_NAME)."""
    names = f"{element.get('class', '')} {element.get('id', '')}".split()
    return any(_SIGNATURE_NAME.fullmatch(name) for name in names)


def _is_signature_block(element: Any) -> bool:
    """A short block (see _SIGNATURE_BLOCKS), no heading inside and no date it ends on, whose parent
    holds other text beside it: a post's signature, not the post (nor a page whose body a template
    calls sign-something), nor a word of a sentence or a sign-off."""
    if not isinstance(element.tag, str) or element.tag.lower() not in _SIGNATURE_BLOCKS:
        return False
    words = " ".join(element.text_content().split())
    text = len(words.replace(" ", ""))
    parent = element.getparent()
    return (
        0 < text <= _SIGNATURE_TEXT
        and parent is not None
        and len("".join(parent.text_content().split())) > text
        and not _SIGNED_ON.search(words)
        and not any(isinstance(inner.tag, str) and inner.tag.lower() in _HEADINGS for inner in element.iter())
    )


_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def _filled(texts: Iterable[str]) -> tuple[str, ...]:
    return tuple(text for text in texts if text)


# A table's row as trafilatura writes it (| 提法 | 出处 | 记忆抓手 |), and the rule under its header.
_PIPE_ROW = re.compile(r"\s*\|.*\|\s*")
_PIPE_RULE = re.compile(r"\s*\|(?:\s*:?-+:?\s*\|)+\s*")


def _formulation_tables(lines: list[str]) -> tuple[list[str], set[int]]:
    """The lines with each table of formulations (提法 | 出处 | 记忆抓手: see
    records.formulation_lines) read a row to a line with its column labels, as a Markdown note's
    table is, its header and rule left empty; and the numbers (1-based) of those rows' lines.
    Other tables stay as trafilatura writes them."""
    lines = list(lines)
    rows: set[int] = set()
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and _PIPE_ROW.fullmatch(lines[end]):
            end += 1
        if end == start:
            start += 1
            continue
        numbers = [number for number in range(start, end) if not _PIPE_RULE.fullmatch(lines[number])]
        cells = [[cell.strip() for cell in lines[number].strip()[1:-1].split("|")] for number in numbers]
        written = formulation_lines(cells)
        if written is not None:
            for number in range(start, end):
                lines[number] = ""
            for number, line in zip(numbers[1:], written, strict=True):
                lines[number] = line
                if line:
                    rows.add(number + 1)
        start = end
    return lines, rows


def _extraction(markup: str, with_metadata: bool = False) -> Any:
    """trafilatura's reading of a page: its main text, tables kept, in recall mode."""
    import trafilatura

    return trafilatura.bare_extraction(
        markup, include_comments=False, include_tables=True, favor_recall=True, with_metadata=with_metadata
    )


# Below this share of the page's text outside links, the extraction missed the article: of the
# development pages that trafilatura reads well it keeps 0.78 or more as prose; where it takes a
# small block, or turns an old page's layout table into rows (the article one cell of one row),
# a tenth or nothing.
_SMALL_PART = 1 / 2
# How much more prose the article's element must give to replace the extraction: a page read well
# gives about as much, its headline or information line besides.
_MUCH_MORE = 3 / 2


def _missed_article(root: Any, extracted: str) -> str | None:
    """The article's text where the extraction kept a small part of the page's text as prose
    (not table rows): read from the element holding most of the page's text outside links (see
    _article_element), else from the page with its layout tables read as blocks (see
    _unwrap_layout_tables). None where the extraction kept enough, or neither gives much more."""
    body = root.find("body")
    page = _unlinked_length(body if body is not None else root)
    prose = _prose_length(extracted)
    if page == 0 or prose >= _SMALL_PART * page:
        return None
    from lxml import html as lxml_html

    element = _article_element(root, page)
    if element is not None:
        # the element alone, in a page of its own: nothing around it to take for the article
        holder = lxml_html.fromstring("<html><body><div></div></body></html>")
        frame = holder.find("body/div")  # the element's content, in a <div> whatever it was (a <td>)
        frame.text = element.text
        frame.extend(copy.deepcopy(child) for child in element)
        for cell in frame.xpath("./td | ./th"):
            cell.tag = "div"  # a row's cells read as blocks: a <td> out of its table lost its first text
        text = _extracted_text(holder)
        if text and _prose_length(text) >= _MUCH_MORE * prose:
            return text
    unwrapped = copy.deepcopy(root)
    if not _unwrap_layout_tables(unwrapped):
        return None
    text = _extracted_text(unwrapped)
    return text if text and _prose_length(text) >= _MUCH_MORE * prose else None


def _extracted_text(root: Any) -> str | None:
    """The extraction's text of a page's tree, None where it finds none (or fails: the first
    reading stands)."""
    from lxml import html as lxml_html

    try:
        result = _extraction(lxml_html.tostring(root, encoding="unicode"))
    except Exception:  # lxml and trafilatura raise many kinds of errors on broken markup
        return None
    return getattr(result, "text", None) if result is not None else None


# A table cell that lays out a page rather than holding a table's data: it holds paragraphs, so
# many lines (between <br> or in blocks of their own) and so many characters in all. A forum's
# posts (Discuz, phpBB) stand in such cells; read as a table, each post's lines ran together
# into one row, and no one element holds the thread's text.
_LAYOUT_CELL_LINES = 3
_LAYOUT_CELL_TEXT = 200
_TABLE_PARTS = {"table", "thead", "tbody", "tfoot", "tr", "td", "th"}


def _unwrap_layout_tables(root: Any) -> bool:
    """Turn the tables that lay out a page (a cell of theirs holds paragraphs: see above) into
    plain blocks, so that their cells are read as text in order (True where any was)."""
    layout = [table for table in root.iter("table") if any(map(_holds_paragraphs, _own_cells(table)))]
    for table in layout:
        for element in (table, *table.xpath("./tr | ./*/tr | ./tr/* | ./*/tr/*")):
            if element.tag.lower() in _TABLE_PARTS:
                element.tag = "div"
    return bool(layout)


def _own_cells(table: Any) -> list[Any]:
    """A table's cells, not those of the tables nested in them."""
    return table.xpath("./tr/td | ./tr/th | ./*/tr/td | ./*/tr/th")


def _holds_paragraphs(cell: Any) -> bool:
    lines = sum(1 for inner in cell.iter() if isinstance(inner.tag, str) and inner.tag.lower() in _BREAKS)
    return lines >= _LAYOUT_CELL_LINES and len("".join(cell.text_content().split())) >= _LAYOUT_CELL_TEXT


def _prose_length(text: str) -> int:
    """Characters (spaces left out) of a text's lines that are not table rows (| … |)."""
    return sum(len("".join(line.split())) for line in split_lines(text) if not line.lstrip().startswith("|"))


_NOT_READ = (
    "ancestor-or-self::a or ancestor::script or ancestor::style or ancestor::noscript or ancestor::select"
)


def _unlinked_length(element: Any) -> int:
    """Characters (spaces left out) of an element's visible text outside links: a page's menus,
    breadcrumbs and link lists are links, its article is not."""
    texts = element.xpath(f".//text()[not({_NOT_READ})]")
    return sum(len("".join(text.split())) for text in texts)


# elements that break text into paragraphs or lines: an element holding some holds several
_BREAKS = {
    "p", "div", "br", "table", "tbody", "tr", "td", "th", "ul", "ol", "li", "dl", "dt", "dd", "section",
    "article", "main", "center", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
}  # fmt: skip


_PARAGRAPH = 20  # characters: text an element holds itself, outside its blocks, that makes it the article's


def _article_element(root: Any, page: int) -> Any | None:
    """The element holding the page's article by its text, wherever the layout puts it (a table's
    cell, a div of any class): from the body down, into the child that holds half or more of the
    page's text outside links, until an element holds a paragraph's text itself (lines between
    <br>) or the child is one paragraph, not text broken into paragraphs or lines. None where no
    child of the body holds half."""
    element = root.find("body")
    if element is None:
        element = root
    found = None
    while True:
        children = [child for child in element if isinstance(child.tag, str)]
        blocks = [child for child in children if child.tag.lower() in _BREAKS]
        if found is not None and _unlinked_length(element) - sum(map(_unlinked_length, blocks)) >= _PARAGRAPH:
            return found
        child = max(children, key=_unlinked_length, default=None)
        if (
            child is None
            or _unlinked_length(child) * 2 < page
            or not any(
                isinstance(grandchild.tag, str) and grandchild.tag.lower() in _BREAKS for grandchild in child
            )
        ):
            return found
        element = found = child


def _parsed_page(markup: str) -> Any | None:
    """The page's element tree (lxml), None where lxml cannot parse it: read once, its comments
    are no elements, so a commented-out <title> or <meta> is never read.

    The text is given as UTF-8 bytes: lxml refuses a str that keeps an XML declaration naming
    its encoding (<?xml version="1.0" encoding="gb2312"?>, as XHTML pages open), and the
    declaration's encoding is no longer the text's.
    """
    from lxml import etree
    from lxml import html as lxml_html

    try:
        return lxml_html.fromstring(markup.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        return None


def _block_lines(root: Any) -> dict[str, str]:
    """The page's lines as a reader sees them, by their text without spaces: each block's text
    with its inline elements (<strong>, <span>, <a>) in it, broken only at blocks and <br>."""
    pieces: list[str] = []
    to_read: list[Any] = [root]  # elements, and the texts between them (a str), last first
    while to_read:
        element = to_read.pop()
        if isinstance(element, str):
            pieces.append(element)
            continue
        tag = element.tag.lower() if isinstance(element.tag, str) else ""  # "": a comment
        if tag in ("script", "style", "noscript", "template"):
            continue
        breaks = "\n" if tag in _BREAKS else ""
        pieces.append(breaks + (element.text or "" if tag else ""))
        to_read.append(breaks)
        for child in reversed(element):
            to_read += [child.tail or "", child]
    lines = (_collapsed(line) for line in "".join(pieces).split("\n"))
    return {"".join(line.split()): line for line in lines if line}


def _bold_in_lines(root: Any, lines: list[str]) -> dict[int, tuple[str, ...]]:
    """The texts each of `lines` (1-based) sets in bold, as the page's line it stands for has them
    (see _bold_blocks) and as the line writes them; none where they cover the line but its item's
    mark (see emphasised_in)."""
    blocks = _bold_blocks(root)
    found: dict[int, tuple[str, ...]] = {}
    for number, line in enumerate(lines, 1):
        spans = blocks.get("".join(_ITEM_MARK.sub("", line, count=1).split()))
        bold = emphasised_in(line, [_as_written(span, line) for span in spans or ()])
        if bold:
            found[number] = bold
    return found


def _as_written(span: str, line: str) -> str:
    """`span` as `line` writes it, where the two space it apart differently (the page's source
    breaks or spaces its text where the extraction does not); '' where the line does not hold it."""
    if span in line:
        return span
    pattern = r"\s*".join(map(re.escape, "".join(span.split())))
    found = re.search(pattern, line) if pattern else None
    return found.group() if found else ""


# Elements that set their text in bold, as a browser does, and the weights a style sets
_BOLD_TAGS = {"b", "strong"}
_FONT_WEIGHT = re.compile(r"font-weight\s*:\s*([a-z0-9]+)", re.I)
_BOLD_WEIGHTS = {"bold", "bolder", "600", "700", "800", "900"}


def _bold_weight(element: Any, inherited: bool | None) -> bool | None:
    """Whether `element` sets its text in bold: by its style's font-weight, else as a <b> or a
    <strong>, else as the element around it does; None inside a link (an <a>), whose bold is the
    link's look, no words marked in the sentence (延伸阅读：<a><b>…</b></a>)."""
    if inherited is None or element.tag.lower() == "a":
        return None
    weight = _FONT_WEIGHT.findall(element.get("style") or "")
    if weight:
        return weight[-1].lower() in _BOLD_WEIGHTS
    return element.tag.lower() in _BOLD_TAGS or inherited


def _bold_blocks(root: Any) -> dict[str, tuple[str, ...]]:
    """The page's lines as a reader sees them (see _block_lines) that set texts in bold, each, by
    its text without spaces, with those texts (bold elements in a row, spaces between them too, as
    one). A heading's (<h1>…<h6>) is none: its bold is a heading's."""
    lines: list[list[tuple[str, bool]]] = [[]]
    # elements and texts to read, last first (None: a break), each with its weight (None: in a link)
    to_read: list[tuple[Any, bool | None]] = [(root, False)]
    while to_read:
        element, bold = to_read.pop()
        if element is None:
            lines.append([])
            continue
        if isinstance(element, str):
            lines[-1].append((element, bool(bold)))
            continue
        tag = element.tag.lower() if isinstance(element.tag, str) else ""  # "": a comment
        if tag in ("script", "style", "noscript", "template") or tag in _HEADINGS:
            to_read.append((None, False))
            continue
        weight = _bold_weight(element, bold) if tag else bold
        breaks = tag in _BREAKS
        if breaks:
            to_read.append((None, False))
        for child in reversed(element):
            to_read += [(child.tail or "", weight), (child, weight)]
        if tag:
            to_read.append((element.text or "", weight))
        if breaks:
            to_read.append((None, False))
    found: dict[str, tuple[str, ...]] = {}
    for pieces in lines:
        spans = [""]
        for text, bold in pieces:
            if bold:
                spans[-1] += text
            elif text.strip():
                spans.append("")
            elif spans[-1]:
                spans[-1] += text
        spans = [_collapsed(span) for span in spans if span.strip()]
        if spans:
            found["".join("".join(text for text, _ in pieces).split())] = tuple(spans)
    return found


# Pieces of one block the extraction may have set on lines of their own at the most
_BLOCK_PIECES = 8
# What no line of a page opens with: a mark that goes on from words before it in its sentence
_GOES_ON = re.compile(r"\s*[，、；：。！？）」』”,;:!?)]")


def _rejoined_blocks(lines: list[str], root: Any) -> list[str]:
    """`lines` with a run of lines that together make one line of the page (see _block_lines) set
    back on one line where a line of the run opens with a mark that goes on from the line before
    (，、。). On a short page trafilatura takes the body's text piece by piece, each inline element's
    text a line of its own: a sentence that opens with <strong>为官避事平生耻</strong> came out as
    为官避事平生耻 and ，各级干部…, the sentence's gap on one line and the rest on another. Pieces
    that could each open a line (a date and its source, 阅读 and its count) stay as read: other
    readers of the page's furniture take them line by line."""
    if not any(_GOES_ON.match(line) for line in lines[1:]):
        return lines  # (nothing to join: the page's blocks are not worth walking)
    blocks = _block_lines(root)
    joined: list[str] = []
    at = 0
    while at < len(lines):
        said = "".join(lines[at].split())
        for end in range(at + 1, min(len(lines), at + _BLOCK_PIECES)):
            said += "".join(lines[end].split())
            if said in blocks and any(_GOES_ON.match(line) for line in lines[at + 1 : end + 1]):
                joined.append(blocks[said])
                at = end + 1
                break
        else:
            joined.append(lines[at])
            at += 1
    return joined


def _collapsed(text: str) -> str:
    return " ".join(text.split())


def _element_text(root: Any, tag: str) -> str:
    """The text of the page's first `tag` element, spaces collapsed; '' without one."""
    element = next(root.iter(tag), None)
    return _collapsed(element.text_content()) if element is not None else ""


def _article_title(root: Any) -> str:
    """The article's title as government sites give it in their pages' metadata (<meta
    name="ArticleTitle">, which the national guide for government websites asks of every article
    page); '' without one."""
    for meta in root.iter("meta"):
        if (meta.get("name") or "").lower() == "articletitle":
            return _collapsed(meta.get("content") or "")
    return ""


# An element that holds a page's headline: a heading, or one its class or id calls a title
# (class="title", id="biaoti", class="news_tit", class="art-bt").
_TITLE_CLASS = re.compile(
    r"title|tit(?:le)?\b|(?:^|[\s_-])tit(?:$|[\s_-])|biaoti|headline|(?:^|[\s_-])bt(?:$|[\s_-])", re.I
)


def _holds_headline(element: Any, tags: tuple[str, ...] = ("h1",)) -> bool:
    """An element of a tag in `tags`, or one its class or id calls a title."""
    return element.tag.lower() in tags or bool(
        _TITLE_CLASS.search(f"{element.get('class', '')} {element.get('id', '')}")
    )


def _before_article(root: Any, lines: list[str]) -> tuple[tuple[str, bool], ...]:
    """The elements before the article's first paragraph of prose that may hold its headline, where
    the extraction lost it: each heading or title element or the value of a 标题 field in a table of
    the article's fields (True), and the element of text right above an information line (发布时间：…
    来源：…) or a ——subtitle (——在…会议上的讲话, as an old page laid out in tables sets a speech's
    headline in <font> and <b> over it; False), in the page's order. Past the first kept line (a
    banner or a list of files the extraction kept over the article), only the headings it lost."""
    kept = _line_keys(lines)
    found: list[tuple[str, bool]] = []
    above = ""  # the last element of text alone
    begun = False  # past the first element whose text the lines keep

    def add(text: str, named: bool) -> None:
        if (text, named) not in found and not (begun and (not named or _key(text) in kept)):
            found.append((text, named))

    for element, text in _page_elements(root):
        if not text:
            continue
        number = kept.get(_key(text))
        if number is not None and _PROSE.search(text) and len(text) <= len(lines[number]) + _KEY:
            break  # the article's first paragraph: it has begun (not a banner kept over it, nor the body)
        begun = begun or number is not None
        if _holds_headline(element, ("h1", "h2", "h3")):
            add(text, True)
        if (_INFORMATION.match(text) or _SUBTITLE_LINE.match(text)) and above and _inline_only(element):
            add(above, False)  # (its links inside too: 浏览次数：386 【字体：<a>大</a> <a>中</a> <a>小</a>】)
        if len(element) == 0:  # an element of text alone, not a container
            if _TITLE_LABEL.fullmatch(above):  # (a table of the article's fields: 標題 | the headline)
                add(text, True)
            above = text
    return tuple(found)


def _inline_only(element: Any) -> bool:
    """Whether `element` is one line: nothing inside it breaks its text (see _BREAKS)."""
    return not any(
        isinstance(inner.tag, str) and inner.tag.lower() in _BREAKS for inner in element.iterdescendants()
    )


# a paragraph of prose, with which an article begins (a page's banner or a table of files may be kept too)
_PROSE = re.compile(r"[\u4e00-\u9fff].{18,}[。！？；]")
# the line of an article's information under its headline (发布时间：… 来源：…, 2024-05-08 来源：…)
_INFORMATION = re.compile(
    r"\s*(?:发布时间|发布日期|时间|日期|来源|信息来源|作者)\s*[:：]|\s*\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]"
)


# the label of a headline's field in a table of an article's fields (标题, 標題：), before its value
_TITLE_LABEL = re.compile(r"\s*(?:文章)?(?:标\s*题|標\s*題|题\s*名|題\s*名)\s*[:：]?\s*")
# a subtitle's line under a headline: a dash, then its words (——在…上的讲话, —— 记…)
_SUBTITLE_LINE = re.compile(r"\s*(?:——|—|－－|--)\s*[\u4e00-\u9fff“《]")


_SUBHEADING_TAGS = {"h2", "h3", "h4", "h5", "h6"}
_SUBHEADING = 60  # characters at most: a section's heading is short


def _with_subheadings(root: Any, lines: list[str], styled_heads: Mapping[Any, Any]) -> list[str]:
    """The article's lines with the subheadings the extraction lost put back where they stand:
    a heading (<h2>…<h6>) after a paragraph the extraction kept (or a numbered one after the
    headline, <h1>), and before another such paragraph, which the text does not say, goes
    before the line of the paragraph that follows it in the heading's own container. A heading
    outside the article (a sidebar's 相关文章) has no kept paragraph after it in its container,
    or nothing of the article before it, and stays out; a subtitle under the headline is the
    title's."""
    said = "".join("".join(lines).split())
    starts = _line_keys(lines)
    if not starts:
        return lines
    inserts: dict[int, list[str]] = {}
    pending: list[tuple[str, Any]] = []  # a heading and its parent
    kept_before = headline = False
    for element, text in _page_elements(root):
        tag = element.tag
        if tag.lower() == "h1":  # the headline: the article starts here
            headline = True
            continue
        if tag.lower() in _SUBHEADING_TAGS or element in styled_heads:
            # right under the headline, only a section's numbered heading: a subtitle is the title's
            placed = kept_before or (headline and HEADING_NUMBER.match(text))
            if placed and text and len(text) <= _SUBHEADING and "".join(text.split()) not in said:
                pending.append((text, element.getparent()))
            continue
        number = starts.get(_key(text)) if text else None
        if number is None:
            continue
        # a heading of the article heads the paragraph after it in its own container
        ancestors = set(element.iterancestors())
        inserts.setdefault(number, []).extend(text for text, parent in pending if parent in ancestors)
        pending = []
        kept_before = True
    if not inserts:
        return lines
    out: list[str] = []
    for number, line in enumerate(lines):
        out += inserts.get(number, [])
        out.append(line)
    return out


def _heading_lines(root: Any, lines: list[str]) -> dict[int, int]:
    """The lines (1-based) that the page sets as the headings of the article's parts, each with the
    level its tag gives (<h2> 2, <h3> 3), where a part holds paragraphs that open with a heading's
    number ((一)…(五) under 基本内涵): the page's heading elements rank above the text's markers
    inside them, which would otherwise be read as the article's outline.

    Headings of parts are two or more of one level among the lines, each over a paragraph of prose,
    and the numbered paragraphs stand inside the parts: none before the first heading, and each
    part's run opens at one ((一), 1.). None: an <h2> that holds the headline (the page's <title>
    opens with it), a picture's caption (an <h3> after an <img>), a sidebar's 相关文章 over a list of
    links, a page whose numbered paragraphs are its only outline or run on across its headings, a
    page with a heading that is a sentence (哪些人可以参加？: no head, yet it ends the part before),
    and a page that numbers its headings (一、总体要求, 第一、, 【题目】, 范文一：), whose numbers rank
    them (see extractors.outline)."""
    titles = ["".join(title.split()) for title in (_article_title(root), _element_text(root, "title"))]
    tags: dict[str, int] = {}  # a heading element's words, to its level
    for element in _heading_elements(root):
        text = " ".join(element.text_content().split())
        if text and len(text) <= _SUBHEADING and not _follows_picture(element):
            tags.setdefault("".join(text.split()), int(element.tag[1]))
    heads = {
        number: tags[said]
        for number, line in enumerate(lines, 1)
        if (said := "".join(line.split())) in tags and not any(title.startswith(said) for title in titles)
    }
    if not heads or any(
        _HEAD_BREAK.search(lines[head - 1]) or _NUMBERED_HEADING.match(lines[head - 1].strip())
        for head in heads
    ):
        return {}
    ends = [*list(heads)[1:], len(lines) + 1]
    parts = {head: lines[head : end - 1] for head, end in zip(heads, ends, strict=True)}
    numbered = {head: [line for line in part if HEADING_NUMBER.match(line)] for head, part in parts.items()}
    if (
        not any(numbered.values())
        or any(HEADING_NUMBER.match(line) for line in lines[: next(iter(heads)) - 1])
        or not all(_FIRST_NUMBER.match(run[0]) for run in numbered.values() if run)
    ):
        return {}
    kept = {head: level for head, level in heads.items() if any(map(_reads_as_prose, parts[head]))}
    counts = Counter(kept.values())
    return {head: level for head, level in kept.items() if counts[level] >= _HEADS_LEAST}


# A run's first number: 一、 （一） 1. （1）, not 十一、 or 10.
_FIRST_NUMBER = re.compile(r"\s*[(（]?[一1](?![\d十])")


def _follows_picture(element: Any) -> bool:
    """Whether a heading element stands right after a picture alone (<p><img></p><h3>…): its caption."""
    before = element.getprevious()
    return (
        before is not None
        and (before.tag == "img" or before.find(".//img") is not None)
        and not before.text_content().strip()
    )


# What a heading that is ranked by its own number or label opens with: an item's number (一、 （一）
# 1. 第一、), a 公众号 head's (01, PART 2, 壹), a bracketed label (【题目】) or a label and its numeral
# (范文一：, 专题二 , 貳、: the traditional forms of the capitals too)
_NUMBERED_HEADING = re.compile(
    rf"{ITEM_OPENING.pattern}|{SERIAL_HEAD.pattern}|\s*[【\[〔]"
    rf"|\s*[\u4e00-\u9fff]{{0,4}}?[{NUMERALS}{CAPITAL_NUMERALS}貳參陸]+(?:\s|[、:：．.|｜])"
)


_HEAD_BLOCKS = ("section", "p", "div")
_EMPHASIS_TAGS = ("strong", "b")
_EMPHASIS_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)|color\s*:|font-size\s*:", re.IGNORECASE)
_HEAD_BREAK = re.compile(r"[。；;！!？?]")  # a sentence's end or a clause's: a paragraph, not a head
_HEADS_LEAST = 2
# what a numbered picture caption opens with after its number (01 图为…, 02 图片来源…): no head
_CAPTION = re.compile(r"\s*(?:图[为片源示注]|摄影|来源[:：])")


class _NumberedBlock(NamedTuple):
    """A block that may head a section (see _styled_heads): what it says and where it stands."""

    element: Any
    text: str
    number: int  # 1 for 01, PART 1, NO.1 or 壹
    look: tuple[Any, ...]  # how it is set (see _look)
    position: int  # among the page's elements


def _styled_heads(root: Any) -> dict[Any, tuple[str, int]]:
    """The blocks that head a 公众号 article's sections without a heading tag, each with its text and
    level: a short block all set in bold or in a colour or size of its own, which opens with the
    number style of such heads (01 着力…, PART 02, NO.3, 壹), where two or more of them number on in
    order from the first (01, 02, 03), and the blocks set as they are that carry no number (结语).
    Runs set apart nest in the order they open (Part 1 outside 01). A date's or a phone number's
    digits, a paragraph that only opens in bold and a lone numbered block are none, and so is a run
    with no prose between two of its blocks (a ranked list of headlines, a list of bold points)."""
    elements = list(_page_elements(root))
    found: list[_NumberedBlock] = []
    for position, (element, text) in enumerate(elements):
        if element.tag.lower() not in _HEAD_BLOCKS:
            continue
        match = SERIAL_HEAD.match(text)
        if match is None or not _head_like(element, text) or _CAPTION.match(text, match.end()):
            continue
        number = match.group("tagged") or match.group("padded")
        value = int(number) if number else CAPITAL_NUMERALS.index(match.group("capital")) + 1
        found.append(_NumberedBlock(element, text, value, _look(element), position))
    # (a block inside a block, both holding the head, is the head once: the innermost)
    found = [
        block for block in found if not any(block.element in other.element.iterancestors() for other in found)
    ]
    levels: dict[tuple[Any, ...], int] = {}  # each run's look, to its level
    for look in dict.fromkeys(block.look for block in found):
        run = [block for block in found if block.look == look]
        values = [block.number for block in run]
        if len(values) >= _HEADS_LEAST and values[0] == 1 and values[1] == 2:
            positions = [block.position for block in run]
            if all(
                any(_reads_as_prose(text) for _, text in elements[start + 1 : end])
                for start, end in pairwise(positions)
            ):
                levels[look] = len(levels) + 1
    if not levels:
        return {}
    return {
        element: (text, levels[look])
        for element, text in elements
        if element.tag.lower() in _HEAD_BLOCKS
        and (look := _look(element)) in levels
        and _head_like(element, text)
        and not any(
            _look(inner) in levels for inner in element.iterdescendants() if isinstance(inner.tag, str)
        )
    }


def _reads_as_prose(text: str) -> bool:
    """Whether a block's text is a section's body: a sentence, or longer than a head."""
    return bool(_HEAD_BREAK.search(text)) or len(text) > _SUBHEADING


def _head_like(element: Any, text: str) -> bool:
    """A short block of one emphasised text: no sentence in it, its words all in bold or styled."""
    if not text or len(text) > _SUBHEADING or _HEAD_BREAK.search(text):
        return False
    # (the number and the words may be set apart: <strong>01</strong> <strong>坚持…</strong>)
    emphasised = [inner for inner in element.iter() if isinstance(inner.tag, str) and _emphasises(inner)]
    outermost = [
        inner for inner in emphasised if not any(outer in emphasised for outer in inner.iterancestors())
    ]
    return "".join("".join(inner.text_content() for inner in outermost).split()) == "".join(text.split())


def _emphasises(element: Any) -> bool:
    """Whether an element sets its text apart: a <strong> or <b>, or a style of bold, colour or size."""
    return element.tag.lower() in _EMPHASIS_TAGS or bool(_EMPHASIS_STYLE.search(element.get("style") or ""))


def _look(element: Any) -> tuple[Any, ...]:
    """How a block is set: its tag and style and its elements' (the same look, the same kind of head)."""
    return tuple(
        (inner.tag, inner.get("style") or "", inner.get("class") or "")
        for inner in element.iter()
        if isinstance(inner.tag, str)
    )


_KEY = 16  # characters that tell a paragraph's element from the others
# the mark the extraction writes before a list item's line (- 某某), which its <li> does not hold
_ITEM_MARK = re.compile(r"^\s*[-*•·]\s+")


def _key(text: str) -> str:
    """The opening characters of a text, spaces and a list item's mark left out: what finds a
    line's element in the page (a heading over a list, 本期目录 over its <li>s, goes before it)."""
    return "".join(_ITEM_MARK.sub("", text, count=1).split())[:_KEY]


def _line_keys(lines: list[str]) -> dict[str, int]:
    """The key of each line long enough to tell its element (half a key or more), to its first index."""
    keys: dict[str, int] = {}
    for number, line in enumerate(lines):
        if len(key := _key(line)) >= _KEY // 2:
            keys.setdefault(key, number)
    return keys


def _heading_elements(root: Any) -> Iterator[Any]:
    """The <h2>–<h6> elements of a page's body, in document order (as _page_elements gives them,
    without the text of every other element)."""
    from lxml import etree

    body = root.find("body")
    for element in (body if body is not None else root).iter(etree.Element):
        if element.tag.lower() in _SUBHEADING_TAGS:
            yield element


def _page_elements(root: Any) -> Iterator[tuple[Any, str]]:
    """The elements of a page's body (not comments, scripts or styles), in document order, each
    with its text, spaces collapsed."""
    from lxml import etree

    body = root.find("body")
    for element in (body if body is not None else root).iter(etree.Element):
        if element.tag not in ("script", "style"):
            yield element, " ".join(element.text_content().split())
