"""A web page's headline among what the page offers: its titles (the ArticleTitle meta's,
trafilatura's, the <title>'s), its <h1>s and title elements, reconciled with the lines the text
prints (_page_title); a site's, a column's or a blog's name around the headline left out; a title
the CMS cut short made whole (_uncut, cut_short); the last step of a breadcrumb where the page
prints no headline of its own.

A page names its site and columns as loudly as its article, so a title is taken only where the
page's text or its other titles bear it out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from yaodian.extractors.boilerplate import BANNER_WORD, BREADCRUMB, EDITION, SECTION, TOPIC
from yaodian.extractors.script import simplified
from yaodian.extractors.text import han_len
from yaodian.extractors.titles.furniture import _acceptable, _is_chrome, _is_name, _not_a_headline
from yaodian.extractors.titles.shared import (
    _ACCOUNT_NAME,
    _BLOG_NAME,
    _BRACKETED_TAIL,
    _BREADCRUMB_STEP,
    _COLUMN_LABEL,
    _DATE_ALONE,
    _DOCUMENT_TYPE,
    _ISSUE,
    _SAID_HEADLINE,
    _SPOKEN_AT,
    _SUBTITLE,
    _WORD_OR_TWO,
    _HeadLine,
    _squeezed,
    _subtitle_words,
)
from yaodian.extractors.titles.tidy import (
    _KICKER,
    _after_breadcrumb,
    _drop_kicker,
    _label_before,
    _tidy_title,
    _without_file_marks,
    _without_site_name,
)
from yaodian.sources import PageTitles


def _uncut(title: str, texts: Sequence[str]) -> str | None:
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
    length, naming no site, organisation or page, no sentence, no menu, label or list of a page's
    headlines (本版标题导航 …), and without a
    column's label before a bar (遴选热点｜…, as a platform's title element prints it); else None."""
    title = _page_title(page.titles, lines, page.headings, page.title_elements)
    if title:
        title = _without_a_label_printed_apart(_without_a_glued_label(title, page.titles), page, lines)
        return _uncut(title, [*page.title_elements, *lines[:_HEAD_OF_TEXT]]) or title
    return next(
        (
            _drop_kicker(text)
            for text, named in page.before_article
            if _LOST_HEADLINE[0] <= len(text) <= _LOST_HEADLINE[1]
            and not _is_name(text)
            and not re.search(r"[。；]", text)
            and not _PAGE_NAVIGATION.match(text)
            and (named or not re.search(r"[|｜>]|[:：]\s*$", text))
        ),
        None,
    )


def _without_a_glued_label(title: str, titles: Sequence[str]) -> str:
    """A page's `title` without the column's label it runs into with no mark between (视频云溪：…, an
    <h1> that sets the label in a badge of its own), where another of the page's titles, its <title>,
    sets that label apart before a bar (视频 | 云溪：… - 某某融媒): the bar says where the label ends.
    A label of a word or two; a title that prints the bar itself is left to _without_a_label_printed_apart.
    Not a title that sets the two a space apart (春耕时节 田间地头农机忙, where the <title> prints a bar):
    a headline's two phrases, which the page's title parts by a bar of its own."""
    whole = _squeezed(title)
    for other in titles:
        kicker = _KICKER.fullmatch(_without_site_name(other))
        if (
            kicker
            and han_len(kicker["label"]) <= _WORD_OR_TWO
            and whole == _squeezed(kicker["label"] + kicker["rest"])
            and title.lstrip().startswith(kicker["label"].strip() + kicker["rest"].lstrip()[:1])
            and han_len(kicker["rest"]) >= _COLUMN_LABEL
        ):
            return kicker["rest"].strip()
    return title


def _without_a_label_printed_apart(title: str, page: PageTitles, lines: Sequence[str] = ()) -> str:
    """A page's `title` without a column's label before a bar (申论范文｜…, see tidy._KICKER) where an
    element before the article prints the rest alone, as its headline (an essay's headline set in bold
    over its ——subtitle): the page's title files the text under its column, the text names itself;
    or where the page lists other headlines each under such a label (an account's related posts,
    公文写作｜… and 遴选面试｜… under the article): the account files every post under a column, so
    the label is the column's, not the headline's words; or where the account that posts the text, named
    before the article, bears the label in its name (遴选面试｜… posted by 遴选面试研习社): the account
    files its posts under the field it is named for (before the article or on the text's first lines).
    A label the page prints with the headline wherever it prints it (一图读懂｜…) stays."""
    kicker = _KICKER.fullmatch(title)
    if not kicker:
        return title
    rest = _squeezed(_tidy_title(kicker["rest"]))
    printed = [text for text, _ in page.before_article if not _KICKER.fullmatch(text)]
    if any(_squeezed(_tidy_title(text)) == rest for text in printed):
        return kicker["rest"]
    label = _squeezed(kicker["label"])
    if (
        _post_headline(title)
        and han_len(label) >= 2
        and any(
            label in text and _ACCOUNT_NAME.fullmatch(simplified(text).strip())
            for text in [*printed, *lines[:_HEAD_OF_TEXT]]
        )
    ):
        return kicker["rest"]
    items = [line for line in lines if _LIST_MARK.match(line)]
    posts = _labelled_posts(rest, [*page.title_elements, *items])
    return kicker["rest"] if _post_headline(title) and posts >= _LABELLED_POSTS else title


_LABELLED_POSTS = 2  # other headlines under a column's label: one may share a label by chance


def _labelled_posts(rest: str, texts: Sequence[str]) -> int:
    """How many other headlines `texts` (a page's title elements, its list items: - 遴选面试｜…) print
    under a column's label before a bar, headlines other than `rest`, the page's own."""
    headlines = (_post_headline(_LIST_MARK.sub("", text, count=1)) for text in texts)
    return len({_squeezed(_tidy_title(headline)) for headline in headlines if headline} - {rest})


def _post_headline(text: str) -> str | None:
    """The headline of `text` where it files a post under a column's label of a word or two and a bar
    (公文写作｜…); None for a headline before a site's short name (…｜某某交通), a step of a schedule
    under its ordinal (第一阶段｜…), a line of credits (文字｜某某 编辑｜某某) or a sentence."""
    kicker = _KICKER.fullmatch(text)
    if (
        kicker
        and han_len(kicker["label"]) <= _POST_LABEL
        and not _ORDINAL.search(kicker["label"])
        and han_len(kicker["rest"]) >= _LABELLED_HEADLINE
        and not re.search(r"[。；|｜丨]", kicker["rest"])
    ):
        return kicker["rest"]
    return None


_LIST_MARK = re.compile(r"^\s*(?:[-*•·▪▶►>]|\d{1,2}[.、)）])\s*")
_POST_LABEL = 6  # han characters: a column's label (申论热点, 公文写作, 遴选面试)
_LABELLED_HEADLINE = 8  # han characters: a post's headline after its label
# an ordinal in a label: a step's or a part's number (第一阶段, 第2步), no column's name
_ORDINAL = re.compile(r"第\s*[一二三四五六七八九十\d]")


_LOST_HEADLINE = (6, 80)  # characters
# a digital paper's list of a page's headlines under its label (本版标题导航 标题一 标题二 …, 本版导航);
# not a headline that opens on 导航 (导航卫星产业…)
_PAGE_NAVIGATION = re.compile(r"\s*(?:本[版期](?:标题|標題)?|标题|標題)(?:导航|導航)")
_HEAD_OF_TEXT = 5  # lines


def _speech_headline(title: str, page: PageTitles | None) -> str | None:
    """The headline a web page prints over a speech where its title names the speech by who spoke
    where (县委书记某某在全会上的讲话, as a site lists its speeches): the element right above a ——subtitle
    that names a speech by its occasion (——在…上的讲话), which the speaker gave the speech as its own
    name; else None (a page that prints no such subtitle keeps the title it gives)."""
    spoken = _SPOKEN_AT.search(title)
    if page is None or not spoken or spoken.end() != len(title.rstrip()) or spoken.start() == 0:
        return None
    texts = list(dict.fromkeys([*page.title_elements, *(text for text, _ in page.before_article)]))
    for above, below in pairwise(texts):
        subtitle = _SUBTITLE.match(below)
        if (
            subtitle
            and _SPOKEN_AT.fullmatch(_subtitle_words(below))
            and 4 <= han_len(above) <= _SPEECH_HEADLINE
            and not _SUBTITLE.match(above)
            and not re.search(r"[。；，,:：]", above)
            and _could_be_headline(above)
        ):
            return above.strip()
    return None


_SPEECH_HEADLINE = 30  # han characters: a speech's own headline, a line or two of it


def _page_title(
    titles: Sequence[str], lines: list[str], headings: Sequence[str] = (), elements: Sequence[str] = ()
) -> str | None:
    """The article's headline among a page's titles (the ArticleTitle meta's, trafilatura's, the
    <title>'s), its <h1>s, its title elements and its text: '标题_栏目_某某网' -> '标题'.

    A site's, channel's or organisation's name is never the headline, though a page may print it
    as its only <h1> or <title>, or as a line above the headline; nor a blog's name where the page
    names its post too (see _page_names_more_than_its_blog). A title, its core (without the
    names and columns at its ends) or a part of one, that the page says again (an <h1>, a title
    element, a line of the text, the other title) is the headline; else an <h1> that reads as a
    headline where no title is said on the page (a <title> made for sharing, 专栏丨…？, over
    the printed headline); else the core of a title, if it is long enough not to be a column's
    (政策法规); else an <h1> that is neither; else None, and the headline is looked for in the text.
    """
    # (a breadcrumb's headline is its last step; one that ends in a column is no headline)
    titles = [_after_breadcrumb(_without_file_marks(title)) for title in titles]
    stripped = [line.strip() for line in lines]
    blog_is_furniture = _page_names_more_than_its_blog(titles, stripped)

    def blog_heading(part: str) -> bool:
        # (a blog's name where the page names more than its blog: the page's heading, not the headline)
        return blog_is_furniture and bool(_BLOG_NAME.fullmatch(part))

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
            if not _could_be_headline(part) or blog_heading(part):
                continue
            # a short part (统一战线) may open any line by chance
            if _squeezed(part) in others or (
                len(part) >= 8 and any(line.startswith(part) for line in stripped)
            ):
                # (a column's label before it, 申论范文｜标题, where the text prints the headline alone)
                return _said_inside(part, printed) or part
        for part in parts:
            if (inside := _said_inside(part, printed)) and not blog_heading(inside):
                return inside
    if heading := next((h for h in headings if _prints_a_headline(h) and not blog_heading(h)), None):
        return heading
    for title in titles:
        if _could_be_headline(core := cores[title]) and not blog_heading(core):
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


_ADDED_NAME_AFTER = re.compile(r"\s*(?:—{1,2}|[-_|｜丨])\s*[\u4e00-\u9fffA-Za-z·]{2,10}\s*")
_ADDED_NAME_BEFORE = re.compile(r"\s*[\u4e00-\u9fffA-Za-z·]{2,10}\s*(?:—{1,2}|[-_|｜丨：:])\s*")


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


def _could_be_headline(text: str) -> bool:
    """Not a name, an address, a label (an <h1> may hold 索 引 号：), a column's name (政策法规), a
    periodical's issue (2024年第12期), a newspaper's page (第06版：理论, 第3版 要闻: the page's
    name over all its articles, as a paper's digital edition titles each page) or a date, though
    the page may print it again."""
    return (
        len(text) > _WORD_OR_TWO
        and not _EDITION_PAGE.match(simplified(text))
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
# a newspaper's page label opening a title (第06版：…, 第3版 要闻)
_EDITION_PAGE = re.compile(rf"\s*{EDITION.pattern}(?:\s*[:：|｜丨\s]|$)")
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
            or len(part.strip()) <= _WORD_OR_TWO
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


def _page_names_more_than_its_blog(titles: Sequence[str], lines: Sequence[str]) -> bool:
    """The page names another thing than its blog (see headline._LABELS_OVER_A_HEADLINE): a part of one
    of its `titles` is neither a blog's nor a site's name (云岭书生的博客 as the <h1>, the post's headline
    in the <title>, alone or before the blog's and the platform's names: 标题_云岭书生的博客_某某博客), or
    its text prints a blog's name over a line of a headline's length (the test _over_a_headline makes of a
    head line, on the text's lines); a blog's name among its titles is then the page's heading, not the
    post's headline. A page that names its blog and nothing else keeps it."""
    if any(
        not _BLOG_NAME.fullmatch(part.strip()) and not _is_name(part)
        for title in titles
        for part in _title_parts(title)
    ):
        return True
    return any(
        _BLOG_NAME.fullmatch(line) and han_len(below) > _WORD_OR_TWO and not _SUBTITLE.match(below)
        for line, below in pairwise(lines[: _HEAD_OF_TEXT + 1])
    )


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


def _page_lines(page: PageTitles | None) -> list[_HeadLine]:
    """What a web page prints as its headline's element (its <h1>s, its title elements, the elements
    above its article), as lines of a head to be told by the body (see told._told_by_body): a page
    whose text keeps none of its head above the article prints its headline there."""
    texts = [*page.headings, *page.title_elements, *(text for text, _ in page.before_article)] if page else []
    return [_HeadLine(0, text, simplified(text), raw=text) for text in dict.fromkeys(texts)]
