"""A title string cleaned for a deck's name (_tidy_title): without a site's name or badge before
or after it, its breadcrumb's steps, a column's or an exam's label, a periodical's issue, glued
dates and stamps, a file's extension, symbols and Markdown marks, and a ——subtitle on its line.

A page, a file's name or a head line gives its headline wrapped in what a site, a CMS or a sender
adds; these functions take the wrapping off a string (a column's kicker, _drop_kicker; a subject
field's label, _without_subject_label). Whether a string is a headline at all is decided by
`furniture` and the modules above it.
"""

from __future__ import annotations

import re
import unicodedata

from yaodian.extractors.boilerplate import (
    BANNER_WORD,
    BREADCRUMB,
    NOTE,
    SECTION,
    SHARED_DOCUMENT_FIELDS,
    STRONG_WIDGET_WORDS,
)
from yaodian.extractors.script import simplified
from yaodian.extractors.text import han_len
from yaodian.extractors.titles.furniture import _acceptable, _is_date_line, _is_name
from yaodian.extractors.titles.shared import (
    _ACCOUNT_NAME,
    _ATTACHMENT,
    _BRACKETED_TAIL,
    _BREADCRUMB_STEP,
    _BUTTON_WORDS,
    _COLUMN_LABEL,
    _DOCUMENT_TYPE,
    _EDITION_NOTE,
    _ISSUE_NUMBER,
    _ISSUER,
    _LEADING_LABEL,
    _LESSON_BEFORE,
    _PHRASE,
    _SAME_LINE_SUBTITLE,
    _SUBJECT_OPENING,
    _WORD_OR_TWO,
)
from yaodian.junk import without_jammer
from yaodian.names import is_site_name

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
    # (a control's button; 【分享】 glued to the words after it is a forum's tag on the post it opens,
    # 【分享】标题, where 【打印】关闭窗口 is two buttons)
    rf"|(?:{_BUTTON_WORDS})\S{{0,4}}[】\]]"
    rf"|分享\S{{0,4}}[】\]](?!{_SUBJECT_OPENING})|分享到"
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
# a periodical's issue before a headline, a colon, a bar or a space apart (《组工通讯》2024年第12期：标题,
# 第12期 标题, as a mail's subject names the issue it forwards)
_ISSUE_BEFORE = re.compile(rf"\s*(?:《[^《》]{{2,20}}》\s*)?{_ISSUE_NUMBER}(?:\s*[：:｜|丨︱]\s*|\s+)")
# Markdown around a line's words: a heading's or a quote's mark, a list item's, links, bold.
_MARKDOWN_STRIP = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # image
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # link
    (re.compile(r"^\s*(?:(?:#{1,6}|>+)\s*|[-*+]\s+)"), ""),  # heading, quote, list item
    (re.compile(r"__(?=\S)(.+?)(?<=\S)__"), r"\1"),  # bold (a bare __ is a <title>'s separator)
    (re.compile(r"\*\*|`"), ""),  # bold, code
)
# A notice that issues or passes on a document (…关于印发《某某工作要点》的通知): what the learner
# studies is the document it issues, which follows it. A speech or a lecture it issues is named by
# its headline, its kind after it (关于印发《修好农村路 服务千万家》专题党课讲稿的通知), unless the 《》
# names a law, rules or a decision (…《…公路法》宣讲稿): the speech explains that, and the notice keeps
# its whole name, as does one that issues a 辅导报告 on a document; a plan or rules
# issued for a document (《…》实施细则) are a new document of their own name.
_ISSUING = re.compile(
    r".{0,30}关于(?:印发|转发|颁布|发布)"
    r"(?:《(?P<speech>[^《》]{4,60}?)(?<![法例定见则划要神知案告话])》(?:专题)?(?:党课|宣讲)?(?:讲稿|讲话稿|宣讲稿|讲义)"
    r"|《?(?P<document>[^《》]{4,60}?)》?)的(?:通知|通报|决定)"
)
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
# A forum's name and the boards a post is filed under, before its subject, as some forums set a
# thread's <title> (某某论坛 - 申论交流区 - 标题, 某某社区 - 时政版块 - 标题): the forum's name ends in
# a forum's word, each board's in a board's; a spaced hyphen after each. A board's 区 follows what its
# members do there (交流区, 资料专区): a district's (海淀区, 自贸区) is where a meeting's 论坛 was held
_FORUM_AND_BOARDS = re.compile(
    r"\s*[^-_|｜丨\s]{1,12}(?:论坛|社区|BBS|bbs|贴吧)\s+[-_|｜丨»›>]\s+"
    r"(?:[^-_|｜丨\s]{0,12}(?:(?:交流|讨论|问答|求助|互助|资料|经验|分享|灌水|休闲|新手|下载|专)区"
    r"|版|版块|板块|频道|栏目|吧)\s+[-_|｜丨»›>]\s+)+"
)
# a site's name in brackets before a headline (【港湾新闻网】标题); a column's (【时评】) is left to _tidy_title
_BRACKETED_NAME = re.compile(r"\s*[【\[](?P<name>[^】\]]{2,16})[】\]]\s*")
# a page's badge after a headline, a space apart (标题 原创, 标题 置顶)
_BADGE = re.compile(r"\s+(?:原创|独家|首发|置顶|热门|推荐)$")
# a forum's badge before a thread's title, a space apart (置顶 标题, 精华 标题); not 原创, which opens a
# WeChat article's byline (原创 作者 公众号)
_LEADING_BADGE = re.compile(r"\s*(?:置顶|精华|热帖|热门|推荐|头条|荐)\s+")
# a forum's or a CMS's credit after a page's title (标题 - 某某论坛 - Powered by Discuz!)
_POWERED_BY = re.compile(r"\s*[-_|｜]?\s*Powered\s+by\s+\S.*$", re.I)


# who reported or wrote it, in brackets after a headline (…（记者 王明 通讯员 李华）)
# (not an author's note on it: （自用整理）)
_BYLINE_NOTE = re.compile(r"[（(【\[][^）)】\]]*(记者|通讯员|作者|撰稿|摄影)[^）)】\]]*[）)】\]]\s*$")


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
    forum = _FORUM_AND_BOARDS.match(text)
    if forum and han_len(text[forum.end() :]) >= 4:
        text = text[forum.end() :]
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
    return len(words) >= 3 and all(han_len(word) <= _WORD_OR_TWO for word in words)


_PAGE_NUMBER = re.compile(r"第\s*\d+\s*页")
_STRONG_WORDS = re.compile("|".join(re.escape(w) for w in STRONG_WIDGET_WORDS))


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
_LABELLED_HEADLINE = 6  # han characters the headline after a label needs to stand alone
# An exam column's label before a colon or a bar: a year and an exam's name, perhaps the column's
# word (2025省考：标题, 2024遴选考点｜标题, 2025国考申论热点：标题), as a study site files a piece; not
# a paper's own name (2024年省考面试真题：4月20日上午 says which sitting: see _DATED_START).
_EXAM_LABEL = re.compile(
    r"\s*\d{4}\s*年?\s*(?:上半年|下半年)?\s*(?:国考|省考|遴选|选调|公考|联考|事业单位|申论|面试|笔试)+"
    r"(?:申论|面试|时政|热点|考点|素材|范文|热词|金句)*\s*[：:｜|]\s*"
)
_DATED_START = re.compile(r"\s*[\d（(]")  # a date or a note after the exam's name, not a headline
# A label that says the text is a model essay, before its headline and a colon (申论范文：标题, 2027国考申论
# 范文：标题, 遴选范文 | 标题), or a column's that reads one closely (申论范文精读｜标题, 范文赏析：标题):
# the essay is named by its own headline. Not a collection's name (…范文精选：基层治理篇), nor a series'
# part after the label (申论范文精读｜基层社会治理专题篇, …范文：…主题（三）, …系列之二; a headline's 新篇 is none),
# nor a subject's before what the text says of it (申论大作文：立意与结构…).
_SERIES_PART = (
    r"[^｜|丨：:]*(?:(?<!新)篇|专题|主题|系列)(?:之?[\d一二三四五六七八九十]+)?"
    r"\s*(?:[（(][\d一二三四五六七八九十]+[）)])?\s*$"
)
_ESSAY_LABEL = re.compile(
    rf"\s*[\u4e00-\u9fff\d]{{0,8}}范文(?:精读|赏析|点评|解析|评析|选读|导读)?\s*[：:｜|丨](?!{_SERIES_PART})\s*"
)
# An issue's label before the topic it takes up (本期专题：…, 本期主题：…): the periodical's field, as a
# bulletin prints it under its masthead, not the topic's words.
_ISSUE_LABEL = re.compile(r"\s*本期(?:专题|主题|话题|聚焦|关注|导读|焦点)\s*[：:｜|]\s*")


def _label_before(text: str) -> int:
    """Where the headline starts after a column's, a commentary's, a model essay's, an issue's or an
    exam column's label before it (see shared._LEADING_LABEL, _COMMENTARY_LABEL, _ESSAY_LABEL,
    _ISSUE_LABEL, _EXAM_LABEL), where the headline left stands alone; else 0."""
    label = (
        _LEADING_LABEL.match(text)
        or _COMMENTARY_LABEL.match(text)
        or _ESSAY_LABEL.match(text)
        or _ISSUE_LABEL.match(text)
    )
    exam = _EXAM_LABEL.match(text)
    if not label and exam and not _DATED_START.match(text[exam.end() :]):
        label = exam
    return label.end() if label and han_len(text[label.end() :]) >= _LABELLED_HEADLINE else 0


# A document's number printed before its headline, a space apart (江政发〔2024〕12号 关于…的意见)
_NUMBER_BEFORE = re.compile(r"\s*[^\s〔\[［(（]{1,12}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*号\s+")
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
# What a poster asks the readers to do with the text: judge it, mend it, answer, read or pass it on, hand
# something in.
_READERS_DEED = (
    r"(?:批评|指正|斧正|赐教|指教|指点|指导|点评|批改|修改|轻喷|拍砖|喷|补充|交流|讨论|意见|建议"
    r"|提交|提出|反馈|回复|留言|查收|审阅|阅读|传阅|参阅|阅知|知悉|参考|转发|报送|填写|完成"
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
# a bulletin's page titles its pieces; 某次会议纪要（〔2026〕第18期）, as a file of minutes is named): the
# bulletin's number, not the article's name. A bulletin's
# own name keeps its issue (工作简报（2024年第3期）), as does a series' number alone (（第三期）).
_PERIODICAL_ISSUE = re.compile(
    r"\s*[(（]\s*(?:\d{4}\s*年|[〔［\[]\s*\d{4}\s*[〕］\]])\s*第\s*[\d一二三四五六七八九十]+\s*期\s*[)）]\s*$"
)
# (headline._MASTHEAD_WORD is the list for a masthead over a headline, which differs: see there)
_PERIODICAL = re.compile(r"(?:简报|通讯|信息|动态|专刊|周刊|月刊|期刊|公报|学报|杂志|汇编|[报刊])\s*$")
# The sitting a paper was set at, in brackets after its name (…面试真题（5月20日上午场）, …参考答案（3月18日
# 上午）): the day and its half, which one sitting's questions carry apart from another's (see _sitting_note).
# (A date alone after a headline goes as its glued date: see _GLUED_META.)
_SITTING_NOTE = re.compile(
    r"\s*[（(]\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:上午|下午|晚上|早上|全天)\s*场?\s*[）)]\s*$"
)
_MONTH = re.compile(r"\d{1,2}\s*月")


def _sitting_note(text: str) -> re.Match[str] | None:
    """The note of a paper's sitting after its name (see _SITTING_NOTE), where the name dates the paper
    by its year alone (2023年…面试真题（5月20日上午场）): the paper's name is what the learner knows it by.
    A name that dates the paper by its month (2026年11月…面试真题解析（11月22日上午）) goes on in the
    bracket with the date it began, and keeps it."""
    note = _SITTING_NOTE.search(text)
    return note if note and not _MONTH.search(text[: note.start()]) else None


# Which question of a paper a piece takes up, in brackets after its name (…真题解析（第四题·文章写作）,
# …（第2题）): the question's place in the paper, not the piece's name. A type of question alone
# (…真题回忆（案例分析题）) names what the piece is about and stays.
_QUESTION_NOTE = re.compile(r"\s*[（(]\s*第\s*[\d一二三四五六七八九十]+\s*道?题[^（）()]{0,10}[）)]\s*$")
# The notebook or the collection a note is filed in, after its title a spaced dot apart (整治形式主义为基层减负 ·
# 遴选笔记, 新质生产力 · 申论素材, as a notes app or a study account titles a page): where the note is kept,
# not what it is about. A headline's two phrases set a dot apart (守正 · 创新) name no notebook.
_NOTEBOOK_AFTER = re.compile(
    r"\s+[·・•]\s+[\u4e00-\u9fffA-Za-z\d]{0,6}(?:笔记|素材|专栏|资料|素材库|资料库)\s*$"
)
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
# programming language's name, a lone letter then # (学习C#); spaces may follow the first # here, as
# shared._TOPIC allows none
_CLOSED_TOPIC = re.compile(r"#\s*(?P<topic>[^#\s]{1,20})#")
_UNOPENED_TOPIC = re.compile(r"(?P<topic>[^#\s]{0,19}(?:[^#\sA-Za-z]|[A-Za-z]{2}))#")
_PAIRS = ("“”", "《》", "「」", "（）", "()")
# A microblog post's line: its headline in 【】, then the topics it is filed under (【守护好一江清水】
# #生态文明# #河湖长制#): the post is named by the headline, the topics say where it is filed.
_POST_AND_ITS_TOPICS = re.compile(r"\s*【(?P<headline>[^【】]+)】(?:\s*#[^#\s]{1,20}#)+\s*")
# A short video's or a post's caption: its headline, then the topics it is tagged with, each after a space
# (一分钟讲清“高效办成一件事” #公务员考试 #申论 #遴选, or closed: … #申论# #遴选#): the tags say where the
# platform files it. A # glued to a word (学习C#), a topic before the headline, or a number after a #
# (… #1, a part's number) is no tag after it.
_TRAILING_TOPICS = re.compile(r"(?:\s+#(?!\d+#?(?:\s|$))[^#\s]{1,20}#?)+\s*$")


def _tidy_title(text: str) -> str:
    """A headline as a deck's name: without Markdown marks, anti-scraping junk, metadata glued
    after it (来源：…), a site's name after it (-中新网), a mail's marks of forwarding before it
    (Fwd: 转发：), a column's label before it (【组工课堂】), a subtitle's leading dash or a
    trailing colon, a microblog topic's #s, a post's topics after its 【headline】; a title printed
    twice on one line once; of a notice that issues a document or a speech, the document's name."""
    opened_and_closed = _CLOSED_TOPIC.fullmatch(text.strip())  # (before Markdown takes # for a heading's)
    text = _without_site_name(_without_glued_meta(_without_stamps(_plain(text.replace("::", "：")))))
    forwarded = _MAIL_PREFIX.match(text)  # (not on a head's line: 回复：86 is a forum's count of replies)
    if forwarded and han_len(text[forwarded.end() :]) >= 4:
        text = text[forwarded.end() :]
    text = re.sub(r"^[\s—－–-]+|[\s：:]+$", "", text).strip()
    if post := _POST_AND_ITS_TOPICS.fullmatch(text):
        text = post["headline"]
    tags = _TRAILING_TOPICS.search(text)
    if tags and han_len(text[: tags.start()]) >= _LABELLED_HEADLINE:
        text = text[: tags.start()]
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
        or _sitting_note(text)
        or _QUESTION_NOTE.search(text)
        or _NOTEBOOK_AFTER.search(text)
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
            # (an issue's number, then a label: 第128期 | 申论范文：标题)
            while label := _label_before(text):
                text = text[label:]
    issued = _ISSUING.fullmatch(text)
    if issued:
        text = issued["speech"] or issued["document"]
    # A title repeated twice on one line (some pages print it as heading and as lead).
    half = len(text) // 2
    if len(text) % 2 == 0 and text[:half] == text[half:]:
        text = text[:half]
    return text


def _drop_kicker(title: str) -> str:
    """'重磅｜…' -> '…': a column's label of a word or two before a bar, then a headline."""
    match = _KICKER.fullmatch(title)
    if match and han_len(match["label"]) <= 4 and han_len(match["rest"]) >= 8:
        return match["rest"]
    return title


# A column's label before a bar (重磅｜…, 【重磅】｜…, 2024考点｜…, or the character 丨 that many accounts type for
# a bar: 遴选面试丨…): a word or two, then the headline. A bar inside a bracket the line opens
# (【遴选面试｜…？】#话题#) is the bracketed headline's own, no label's end.
_KICKER = re.compile(
    r"\s*(?P<label>(?:[^｜|丨\s【\[]|【[^】｜|丨\s]*】|\[[^\]｜|丨\s]*\]){1,10})\s*[｜|丨]\s*(?P<rest>.+)"
)


def _without_subject_label(title: str) -> str:
    """`title` without a subject field's label (主题：扎实推进高质量发展, a mail's body opening on its
    subject, as a plain-text mail copies it; 题目：…你怎么看？, a question set alone): the label names
    the field, the value is the title."""
    match = _SUBJECT_LABEL.fullmatch(title)
    value = _tidy_title(match["title"]) if match else ""
    return value if han_len(value) >= 2 and _acceptable(value) else title


# the word a subject field's label is, a mail's subject header's too (see head._MAIL_SUBJECT)
_SUBJECT_WORD = r"主\s*题|Subject"
# a subject's or a set question's label before the deck's title (see _without_subject_label)
_SUBJECT_LABEL = re.compile(rf"\s*(?:{_SUBJECT_WORD}|题\s*目)\s*[:：]\s*(?P<title>\S.*)", re.I)
