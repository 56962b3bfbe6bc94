"""Which of the head's lines is its headline: _headline picks the first that reads like a headline,
joined with the next where it runs on over two, and passes over the furniture a page sets above it:
a "label over a headline" (a blog's or a column's name, a campaign's banner, a dotted label, a chat
export's header), menus, a periodical's masthead and issue, a unit's name, a byline.

This is the head-line path of find_title. The body's words are weighed here only to tell a banner, a
menu or a wrapped line from a headline's half; whether the chosen headline is the text's, against
another line, is `told`'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from yaodian.extractors.boilerplate import META, SECTION, TOPIC
from yaodian.extractors.phrases import word_tags
from yaodian.extractors.script import simplified
from yaodian.extractors.text import clean_line, han_len, words
from yaodian.extractors.titles.furniture import (
    _PERSONS_NAME,
    _acceptable,
    _is_author_line,
    _is_byline,
    _is_chrome,
    _is_credit,
    _is_date_line,
    _is_name,
    _only_a_note,
    _reads_like_headline,
    _spaced_name_line,
)
from yaodian.extractors.titles.shared import (
    _ACCOUNT_NAME,
    _ATTACHMENT,
    _BLOG_NAME,
    _BODY_TO_TELL,
    _BYLINE,
    _COLUMN_LABEL,
    _CONTENTS_HEADING,
    _DIVISION,
    _DOCUMENT_TYPE,
    _EDITION_NOTE,
    _FILE_NAME,
    _ISSUE,
    _ISSUER,
    _LABEL_LENGTH,
    _LESSON_BEFORE,
    _LINE_OF_HEADLINE,
    _LINE_TO_TELL,
    _PART_LABEL,
    _SHARED_BY_CHROME,
    _SHARED_BY_HEADLINE,
    _SPOKEN_AT,
    _SUBTITLE,
    _TAG,
    _THREE_HAN_BLANK_APART,
    _WORD_OR_TWO,
    _bigrams,
    _HeadLine,
    _shared_with,
    _squeezed,
    _subtitle_words,
)
from yaodian.extractors.titles.tidy import _drop_kicker, _tidy_title
from yaodian.markers import pairs_left_open
from yaodian.names import is_org_name

# The headline: the first head line that may be one and stands under no furniture, joined with the
# lines it runs on over, and chosen among such blocks by what follows it.


def _outline_headline(head: list[_HeadLine], running: set[str]) -> str:
    """The first top-level item of an outliner's page (a Logseq journal, a Workflowy export: every
    line an item, no heading, no front matter), tidied, where it reads like a headline but for its
    bullet (今日学习：申论规范词 · 党的建设专题复盘): such a page says what it is about in its first
    item, as a note would in its heading. Not a section's heading (一、…), a sentence, a note's
    field, nor what the keeper did or has to do (see _LOGGED_ITEM): "" then. Only the first top-level
    item: the others head the page's parts."""
    first = next((line for line in head if line.bullet == 1 and not line.heading), None)
    if (
        first is None
        or _LOGGED_ITEM.match(first.view)
        or not _reads_like_headline(replace(first, bullet=0), running)
    ):
        return ""
    # (as the body reads the line: an outliner's page link, [[党的建设]] 专题, leaves a space in the words)
    title = _tidy_title(clean_line(first.text))
    return title if _acceptable(title) else ""


# A journal's item of what the keeper did at a time of the day (今天学习了…精神, 9:30 复习规范词) or has to do
# (TODO 背诵…, 待办：整理…): the day's log, not what the page is about. A label of the day's subject after
# the day's word (今日学习：申论规范词) may be.
_LOGGED_ITEM = re.compile(
    r"\W*(?:(?:今天|今日|昨天|昨日|早上|上午|中午|下午|晚上)(?![^:：]{0,4}[:：])|\d{1,2}[:：]\d{2}"
    r"|(?:TODO|DOING|DONE|LATER|NOW)(?![A-Za-z])|待办|待做)"
)


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
            or _bracketed_over_subtitle(head, index, running)
        )
        if (closed := _note_broken_over(head, index)) is not None:
            index = closed + 1  # (a bracketed note over two lines or more: （2024年…在…会议 / 上）)
            continue
        if (
            index in menu
            or not could
            or _issuer_above(head, index)
            or _ends_subtitle(head, index)
            or _over_its_issue(head, index)
            or _heads_a_banner(head, index, running, body)
            or _campaign_over(head, index, running)
            or _label_over(head, index, running)
            or _dotted_label_over(head, index, running)
            or _chat_header_over(head, index, running)
            or _EXPORTS_FIELD.match(head[index].view)
            or _message_in_chat(head, index)
        ):
            index += 1
            continue
        text, last = head[index].text, index
        while _runs_on(head, last, text, running, body):
            last += 1
            two_halves = _speechs_halves(head, last - 1, body)
            text = f"{text} {head[last].text}" if two_halves else _joined(text, head[last].text)
        # (a word or two under the article's dateline or source is a widget's label, 参与互动, not a
        # headline: a headline stands above them)
        if han_len(text) > _WORD_OR_TWO or not _below_information(head, index):
            blocks.append((index, last, text))
        index = last + 1
    # (a collection's name on a cover over a table of contents, …学习资料汇编, names the document: the
    # headline under the contents that the cover does not print is its first text's. A longer line
    # over the contents is the text's own headline under a series' label, 学习文选 / 关于…的调研报告 /
    # 目录, the contents its sections')
    contents = next(
        (at for at, line in enumerate(head) if _CONTENTS_HEADING.fullmatch(line.view.strip())), None
    )
    if contents is not None:
        above = [block for block in blocks if block[1] < contents]
        cover = [block for block in above if _COLLECTION.search(simplified(block[2]))]
        printed = {_squeezed(text) for _, _, text in cover}
        if (
            cover
            and not any(_squeezed(text) in printed for first, _, text in blocks if first > contents)
            and max(han_len(text) for _, _, text in above) <= max(han_len(text) for _, _, text in cover)
        ):
            blocks = cover
    # (an author's or an account's name, or the unit that signs the text (某市统计局综合处), over the
    # date line, or with the time it posted on its line, is no headline where one longer than a name, or
    # one that ends in its document's type, stands in the head: 上岸研习社 / 2024-03-12 08:30, above or
    # under the headline)
    names = [
        (first, last, text)
        for first, last, text in blocks
        if first == last
        and (_names_the_byline(head, first) or _posted_by(head[first]) or _unit_over_its_date(head, first))
    ]
    others = [text for first, last, text in blocks if (first, last, text) not in names]
    if any(han_len(text) > _NAME_LINE or _DOCUMENT_TYPE.search(simplified(text)) for text in others):
        blocks = [block for block in blocks if block not in names]
    # (a poster's name over a microblog's time and the client it was sent from, 3月6日 21:47 来自
    # iPhone客户端, is no headline where a line longer than a name stands in the head, there or where the
    # post prints it again as its article's byline: a post names its poster so, never itself)
    posters = _posters(head)
    posted = [
        (first, last, text)
        for first, last, text in blocks
        if not (first == last and head[first].view in posters)
    ]
    if any(han_len(text) > _NAME_LINE for first, last, text in posted):
        blocks = posted
    # (a page's breadcrumb, 当前位置：首页 > 政策解读 > …, stands between the site's banner and the
    # article: a line above it is the site's, its name or its slogan, where a headline stands under it,
    # one longer than a name; an account's name or a column's under it leaves the headline above it)
    crumb = next((at for at, line in enumerate(head) if _SITES_BREADCRUMB.match(line.view)), None)
    under = [block for block in blocks if crumb is not None and block[0] > crumb]
    if any(han_len(text) > _NAME_LINE for _, _, text in under):
        blocks = under
    # The headline is the one its byline, date or subtitle follows: the lines above it name a
    # column (政策法规), a course or a series (2024年全区…培训班 / 讲义之二). Without one, the
    # first that is longer than a column's name and names no course (a banner that names its course
    # among other parts: 某某公考 · 2024年省考笔试决胜班 申论讲义) nor a part (热点专题五 · 民生保障)
    # with a headline under it.
    # (a column's name of a word or two, 典型经验, is no headline though a date follows it; nor is a
    # genre's label over the speaker's byline, 领导讲话, where a longer line stands in the head)
    bylined = [block for block in blocks if _followed_by_byline(head, block[1])]
    chosen = next((block for block in bylined if han_len(block[2]) > _WORD_OR_TWO), None)
    if chosen is None and not _longer_than_a_label_stands(blocks):
        chosen = next(iter(bylined), None)
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


# a site's breadcrumb from its home page, labelled as a page's position (当前位置：首页 > …, 首页 > 新闻中心 > …);
# a forum's trail of boards (某某论坛 » 论坛 › 申论交流区 › 帖子) ends in the post's subject, no banner's line
_SITES_BREADCRUMB = re.compile(r"\s*(?:(?:当前位置|您的位置|所在位置)\s*[:：]|首页\s*(?:[>›»/→＞]|>>))")
# the word a collection of texts is named by (学习资料汇编, 讲话选编, 理论文集, 干部学习读本, 范文精选（第三辑）)
_COLLECTION = re.compile(r"(?:汇编|选编|文集|文选|读本|精选|选集|合集)(?:[（(][^（）()]{1,8}[）)])?$")


def _note_broken_over(head: list[_HeadLine], index: int) -> int | None:
    """The head line that closes the bracket head line `index` opens and leaves open (（2024年12月20日在市
    人大常委会 / 第十七次会议上）, a report's occasion a narrow page broke over two lines): a note under a
    headline, no headline nor a half of one, which never opens on a bracket it does not close; None where
    the line opens no such note or no line right under it closes it."""
    if not re.match(r"\s*[（(]", head[index].view) or not _left_open(head[index].view):
        return None
    opened = head[index].view
    for last in range(index + 1, min(index + _NOTE_LINES, len(head))):
        if head[last].number != head[last - 1].number + 1:
            return None
        opened += head[last].view
        if not _left_open(opened):
            return last
    return None


_NOTE_LINES = 3  # lines a bracketed note under a headline runs over at most


def _longer_than_a_label_stands(blocks: list[tuple[int, int, str]]) -> bool:
    """A block longer than a column's name stands among the head's `blocks`: a page that prints a
    label of a word or two that names a genre over the speaker's or the writer's byline (领导讲话 / 某某市
    副市长 王某) sets the text's own headline (在…会议上的讲话) in the head too, and that names it, not the
    label. A dated occasion (2025年6月30日在…上) is no such name, nor is a short headline a genre's label."""
    return any(
        han_len(text) > _COLUMN_LABEL and _NAME_OF_A_SPEECH.search(text) and not _DATED_OCCASION.match(text)
        for _, _, text in blocks
    ) and any(_GENRE_LABEL.search(text) for _, _, text in blocks if han_len(text) <= _COLUMN_LABEL)


# a date that opens a line (2025年6月30日在…上): the occasion a speech was given, no name of it
_DATED_OCCASION = re.compile(r"\s*[（(]?\s*\d{4}\s*年")
# a label that names a genre of speech or writing (领导讲话, 署名文章)
_GENRE_LABEL = re.compile(r"讲话|发言|致辞|报告|文章|讲稿")


def _posters(head: list[_HeadLine]) -> set[str]:
    """The head's lines of a name's length, or an institution's account however long, over a
    microblog's time and the client it was sent from (3月6日 21:47 来自iPhone客户端): the names of
    the posters; and a line there that ends in the role the platform verifies the poster in (公考面试讲师
    微博原创视频博主, 某某领域创作者): the poster's profile, under the name."""
    return {
        line.view
        for line, under in pairwise(head)
        if (
            han_len(line.view) <= _NAME_LINE
            or _names_an_institutions_account(line.view)
            or _POSTERS_ROLE.search(line.view)
        )
        and _POSTED_FROM.search(under.view)
    }


# the role a platform verifies a poster in, ending the profile it prints under the name (…视频博主, …领域创作者,
# 知乎答主, 美食达人)
_POSTERS_ROLE = re.compile(r"(?:博主|创作者|答主|达人|UP主)$")


def _names_an_institutions_account(view: str) -> bool:
    """`view` is an institution's account on a platform: the unit's name and the channel's
    (某某县交通运输局官方微博, 某某县公安局官微, 某某市卫健委发布). An account names who posts,
    never the post."""
    account = _ACCOUNTS_CHANNEL.search(view.strip())
    return bool(account) and _names_a_unit(view.strip()[: account.start()])


# the channel an institution's account names after the institution (官方微博, 官微, 发布, 微博)
_ACCOUNTS_CHANNEL = re.compile(r"(?:官方)?(?:微博|官微|发布|微信公众号|公众号|抖音号)$")


# A course's or a class's name (2026年省考申论冲刺班, 全区干部专题培训班), which a handout prints above
# the headline of its lesson; a news headline on a class ends in what it did (…培训班开班).
_COURSE = re.compile(
    r"(?:培训|研修|进修|冲刺|集训|强化|轮训|精品|精讲|专题|主体|学习|辅导|决胜|提高|基础|系统|协议|面授|密训|特训|押题)"
    r"班次?$|训练营$"
    # (a series of lessons named by its field, 某省商务工作系列培训; a news headline does it: 开展系列培训)
    r"|(?<!开展|举办|组织|启动|推出)系列(?:培训|讲座|课程|讲堂)$"
)
# what sets a banner's parts apart (机构 · 课程名 讲义名)
_BANNER_PARTS = re.compile(r"\s*[·・•|｜丨]\s*|\s+")


def _names_a_course(view: str) -> bool:
    """A line that names a course or a class, whole or as one of a banner's parts (2026年省考申论冲刺班,
    某某公考 · 2024年省考笔试决胜班 申论讲义): a handout's banner, over the headline of its lesson."""
    return any(_COURSE.search(part) for part in _BANNER_PARTS.split(view) if part)


def _below_information(head: list[_HeadLine], index: int) -> bool:
    """Head line `index` stands below the article's dateline or information line (发布时间：… 来源：…)."""
    return any(line.dated or _is_date_line(line.view) or META.match(line.view) for line in head[:index])


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
# What may be a headline beside a line that reads like one (furniture._reads_like_headline).


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


_LONG_NEWS_HEADLINE = 80
_PART_OF_HEADLINE = 6


def _names_its_file(head: list[_HeadLine], index: int, running: set[str]) -> bool:
    """The head's first line, a file's name (标题(1).docx, Microsoft Word - 标题.doc), where what
    stands under a headline stands under it: its ——subtitle or a bracketed note (its date, its
    part: （综合管理类·B卷）). A copy printed its file's name where its headline stood. A file's
    name over a headline, a byline or a banner (2024年学习材料(1).docx / 标题) is the file's."""
    line = head[index]
    if index != 0 or len(head) < 2 or not _FILE_NAME.search(line.raw) or _ATTACHMENT.match(line.text):
        return False
    under = head[1].view
    if not (_SUBTITLE.match(under) or _NOTE_ALONE.fullmatch(under)):
        return False
    return _reads_like_headline(replace(line, raw=line.text), running)


def _heads_a_lesson(head: list[_HeadLine], index: int, running: set[str]) -> bool:
    """Head line `index` is a lesson's or a chapter's headline under its number (第四讲  公文写作之
    “讲话稿”, as a handout heads each lesson it prints apart) with its ——subtitle or its lecturer's
    byline (主讲：…, as a student's notes of a lecture head them) on the next line: a section's
    heading inside a text has neither. A lecturer heads one lesson's notes only where the head
    numbers no other lesson: a series' programme lists each lesson over its lecturer."""
    line = head[index]
    number = _LESSON_BEFORE.match(line.text)
    if not number or index + 1 >= len(head):
        return False
    under = head[index + 1]
    rest = line.text[number.end() :]
    one_lesson = sum(1 for other in head if _LESSON_BEFORE.match(other.text)) == 1
    return (
        under.number == line.number + 1
        and bool(_SUBTITLE.match(under.view) or (one_lesson and _LECTURER.match(under.view)))
        and _reads_like_headline(replace(line, text=rest, view=simplified(rest)), running)
    )


# a lecture's byline: who gives it, labelled (主讲：…, 主讲人：…, 授课教师：…)
_LECTURER = re.compile(r"\s*(?:主\s*讲(?:人|嘉宾|老师|教师)?|授课(?:人|教师|老师)?|讲\s*师)\s*[:：]")


def _bracketed_over_subtitle(head: list[_HeadLine], index: int, running: set[str]) -> bool:
    """Head line `index` is a headline set whole in brackets (【以…托举…】, as a collection of model
    essays marks each essay's headline) with its ——subtitle on the head's next line (a blank line
    apart or not), and no headline between the subtitle and the text: a bracketed label (【本讲重点】,
    【编者按】) has no subtitle under it, and a column's or a series' label in brackets with a
    ——subtitle of its own (【申论热点素材】 / ——基层治理篇) stands over the headline of its text."""
    line = head[index]
    inner = re.fullmatch(r"\s*[【\[]([^】\]]+)[】\]]\s*", line.text)
    if not inner or index + 1 >= len(head):
        return False
    rest = inner[1]
    return (
        bool(_SUBTITLE.match(head[index + 1].view))
        and not any(_reads_like_headline(below, running) for below in head[index + 2 :])
        and han_len(rest) > _WORD_OR_TWO
        and _reads_like_headline(replace(line, text=rest, view=simplified(rest)), running)
    )


# What stands over a headline, in the order _headline asks: a menu, an issuer, a subtitle's end, a
# periodical's issue, a banner, a campaign, a label, a dotted label, a chat's header or message.


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


def _over_its_issue(head: list[_HeadLine], index: int) -> bool:
    """Head line `index`, no longer than a periodical's name (_PERIODICALS_NAME), stands over an issue's
    number (工作简报 / 第18期, 学习参考 / 2024年第12期（总第168期）): a periodical's masthead, which names
    every issue, not the headline of what this one holds. The
    number is on the next line of the head; or, where the line reads as a masthead (letterspaced, or
    ending in a periodical's word: 学 习 参 考, 工作简报), a blank line apart, or on the line after a
    note in brackets that says whom the periodical is for (学习参考 / （中心组成员专用） / 第6期). A
    headline a blank line over its source's issue (在…座谈会上的讲话 / 2023年第17期) stays."""
    masthead = head[index]
    if han_len(masthead.view) > _PERIODICALS_NAME:
        return False
    under = head[index + 1] if index + 1 < len(head) else None
    if under is not None and under.number == masthead.number + 1 and _ISSUE.fullmatch(under.view):
        return True
    if not (_THREE_HAN_BLANK_APART.search(masthead.raw) or _MASTHEAD_WORD.search(masthead.view)):
        return False
    previous = masthead
    for line in head[index + 1 : index + 3]:
        if line.number - previous.number > 2:
            return False
        if _ISSUE.fullmatch(line.view):
            return True
        if not _NOTE_ALONE.fullmatch(line.view):
            return False
        previous = line
    return False


# the word a periodical's masthead ends in (学习参考, 工作简报, 组工通讯, 理论动态); tidy._PERIODICAL is
# the word a periodical's name ends in before an issue it drops, which a masthead over a headline
# (学习参考, 资料, 要报) need not share with a paper's name (学报, 公报, …报)
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


def _heads_a_banner(head: list[_HeadLine], index: int, running: set[str], body: str) -> bool:
    """Head line `index` is a banner over a headline on the next line (see _banner_over): the
    headline is that line, not the banner."""
    if index + 1 >= len(head) or head[index + 1].number != head[index].number + 1:
        return False
    after = head[index + 1]
    return (
        _reads_like_headline(after, running)
        and _banner_over(head[index].view, after, body)
        and not _a_speechs_first_half(head, index)
    )


def _over_the_speechs_other_half(head: list[_HeadLine], index: int) -> bool:
    """Head line `index` stands over a line right over a ——subtitle that says where the text was
    spoken (——在…代表大会上的报告, ——在…会议上的讲话): a speech's or a report's headline set over two
    lines, each a half (坚定不移走好新时代赶考之路 / 奋力谱写…新篇章), as such a headline is; no banner,
    which a paper sets over an article, nor a column's label, stands between a speech's two lines.
    (The closing words of a report echo its headline's second half, 奋力谱写…新篇章！, and not its first:
    the body's words do not tell a banner here.)"""
    if index + 2 >= len(head):
        return False
    after, subtitle = head[index + 1], head[index + 2]
    return (
        after.number == head[index].number + 1
        and subtitle.number == after.number + 1
        and bool(_SUBTITLE.match(subtitle.view))
        and bool(_SPOKEN_AT.match(_subtitle_words(subtitle.view)))
    )


def _a_speechs_first_half(head: list[_HeadLine], index: int) -> bool:
    """Head line `index` is a speech's headline's first half over its other half and its ——subtitle
    (see _over_the_speechs_other_half), so no banner though the body does not say it: a half long
    enough to be one (see _speechs_halves) that says what to do. A campaign's name (see _CAMPAIGN,
    …主题教育), a column's (…大家谈, see _LABELS_OVER_A_HEADLINE) or a frame (在…指引下) is the banner
    a page sets over a speech it prints as over any article."""
    line = head[index]
    return (
        _over_the_speechs_other_half(head, index)
        and han_len(line.view) >= _PART_OF_HEADLINE
        and not _CAMPAIGN.fullmatch(line.view)
        and not _BANNERS_WORDS.search(line.view)
        and not any(test(line) for test in _LABELS_OVER_A_HEADLINE)
    )


# How a banner over a page's articles ends, where a headline's half says what to do: a campaign's or
# a column's name (…主题教育, …大家谈, …笔谈, …专栏) or a frame the articles stand in (在…指引下, 在…中)
_BANNERS_WORDS = re.compile(r"(?:主题教育|实践活动|大家谈|笔谈|论坛|专栏|专题|系列谈)$|^在.{2,30}[下中]$")


def _speechs_halves(head: list[_HeadLine], index: int, body: str) -> bool:
    """Head lines `index` and the next are a speech's headline in two halves over its ——subtitle
    (see _over_the_speechs_other_half), each whole (坚定不移走好新时代赶考之路 / 奋力谱写…新篇章), or a
    written-up paper's (小清单撬动大治理 / “五社联动”激活一池春水 / ——某镇…的实践与思考, see _WRITTEN_UP):
    they are joined a space apart, as such a headline is printed on one line, not as one phrase the line
    broke (以党建引领提升基层 / 治理效能)."""
    if not (_over_a_written_up_half(head, index) or _over_the_speechs_other_half(head, index)):
        return False
    view, after = head[index].view, head[index + 1].view
    return (
        han_len(view) >= _PART_OF_HEADLINE
        and han_len(after) >= _PART_OF_HEADLINE
        and not _BROKEN_OFF.search(view)
        and not re.match(r"[的之]", after)
        and not _phrase_across(view, after, body)
    )


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


def _label_over(head: list[_HeadLine], index: int, running: set[str]) -> bool:
    """Head line `index` is furniture a page sets over a post's or an article's headline (a blog's
    name, a column's, one #topic#: see _LABELS_OVER_A_HEADLINE) over a headline (see _over_a_headline), not the
    headline. A line of that shape alone, or over a subtitle, a byline or prose, is the headline
    itself."""
    return any(test(head[index]) for test in _LABELS_OVER_A_HEADLINE) and _over_a_headline(
        head, index, running
    )


# Furniture a page sets over a headline, each told on one head line (see _label_over):
_LABELS_OVER_A_HEADLINE: tuple[Callable[[_HeadLine], object], ...] = (
    # a blog's name (某某的博客, 某某的个人空间): the heading a blog's page sets over every post; alone, or
    # over a subtitle or a byline, the headline itself (一位乡村教师的博客 / ——记…)
    lambda line: _BLOG_NAME.fullmatch(line.view),
    # the column an article runs in, a word after 专题 or 专栏 (专题研究：推进…, 【专题报道】：乡村振兴): the
    # journal's or the paper's furniture, as 专题：… is; over a byline or alone, the headline, its column's
    # word its first (专题研究：新时代基层治理的三个维度 / 作者：…)
    lambda line: _COLUMN_TOPIC.match(line.view),
    # one microblog topic, closed by a # (#基层减负#): the topic the post is filed under; alone, or over
    # the post's prose, what the post is about, and its words name the deck (see tidy._tidy_title)
    lambda line: _ONE_TOPIC.fullmatch(line.raw),
)
# A journal's or a paper's column with a word after 专题 or 专栏 (专题研究：…, 【专题报道】：…), which may
# also be how a headline opens (专题研究：新时代基层治理的三个维度): see _LABELS_OVER_A_HEADLINE.
_COLUMN_TOPIC = re.compile(r"\s*[【\[]?\s*(?:专题|专栏)(?:研究|报道|论坛|聚焦|策划|探讨)\s*[】\]]?\s*[:：]")
# one microblog topic alone on its line (#基层减负#): see _LABELS_OVER_A_HEADLINE
_ONE_TOPIC = re.compile(rf"\s*{_TAG}#\s*")


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
    line of that shape outside a chat is a headline addressed to its readers (@所有党员：这份…请收好).
    So is a line of talk, which ends in a spoken particle (文件发不了吗, 收到请回复哈～), in a chat: the
    head holds an export's header, or messages' senders and times with one right over the line.
    Outside a chat, a headline may end so (你真的读懂了吗), under an account's name and time too
    (某某公众号 2024-05-06 20:15)."""
    mention = _MENTION.match(head[index].view)
    if not mention and not _CHAT_TALK.search(head[index].view):
        return False
    in_export = any(_CHAT_EXPORT.fullmatch(line.view) or _EXPORTS_FIELD.match(line.view) for line in head)
    over = head[index - 1].view if index > 0 and head[index].number - head[index - 1].number == 1 else ""
    sender_over = bool(_SENDER_AND_TIME.fullmatch(over))
    if mention:
        return in_export or sender_over
    return in_export or (sender_over and _in_chat(head))


# The header a chat app's export prints over a group's messages (“某某冲刺群”的聊天记录, 微信聊天记录导出):
# the group's name, quoted, not a text's headline; what was posted in the chat is named by its own. (A
# feature's 一位村支书的聊天记录 or “小巷总理”的聊天记录 names no group so.)
_CHAT_EXPORT = re.compile(r"“[^“”]{0,30}群[^“”]{0,6}”的聊天记录|(?:微信|QQ|钉钉)?群?聊天记录(?:导出|备份)?")
# A field of a chat app's export header, labelled (聊天记录：某某群(236), 消息记录（此消息记录为文本格式…）, 消息对象:
# 某某交流群, 消息分组:我的QQ群): the export's, which names the group or the file, never what was posted
_EXPORTS_FIELD = re.compile(r"\s*(?:(?:聊天|消息)记录\s*(?:[:：]|[（(])|消息(?:对象|分组)\s*[:：])")
_CHAT_MESSAGES = 2  # messages' senders and times in a head that make it a chat's


def _in_chat(head: list[_HeadLine]) -> bool:
    """Whether the head holds _CHAT_MESSAGES messages' senders and times or more: a chat's."""
    return sum(bool(_SENDER_AND_TIME.fullmatch(line.view)) for line in head) >= _CHAT_MESSAGES


# a chat message that calls on the group or a member (@所有人 今晚…): a message, not a headline
_MENTION = re.compile(r"\s*[@＠]\S")
# a line of talk: it ends in a spoken particle, perhaps a mark after it (…能直接发文字吗, 别刷屏哈～)
_CHAT_TALK = re.compile(r"[\u4e00-\u9fff](?:吗|呢|吧|哈|啊|呀|啦|嘛|哦|噢|哟)[～~！!？?。…\s]*$")
# a chat message's sender and time, in the order the app prints them: the sender first (李老师 20:15,
# 张老师  2024-05-06 20:31, as WeChat's exports) or the time first (2025-05-03 20:11:05 群主-老孙(12345),
# as QQ's 消息记录, the sender's number or mail address after the name); a page's dateline, its time
# then its source (20:11 人民网, 20:31 来源：…), names no number, no sender
_SENDER_AND_TIME = re.compile(
    r"\s*\S{1,12}\s+(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*"
    r"|\s*(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*)?\d{1,2}:\d{2}(?::\d{2})?\s+"
    r"[^\s:：]{1,20}?(?:[(（]\d{5,}[)）]|<[^<>\s]+@[^<>\s]+>)\s*"
)


# Where a headline runs on over two lines, and how its halves are joined.


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
    if _ONE_OF_A_SERIES.search(view):
        return False  # (交流材料之三 / 标题: the material's place among a meeting's, over its headline)
    if _label_closed(view, after.view):
        return False
    if (mark := _LIST_MARK.match(text)) and after.text.lstrip().startswith(mark[1]):
        return False  # (◎ 标题 / ◎ 标题: two items of a list, as a bulletin's 本期导读 sets its articles)
    if _PERIOD_NOTE.fullmatch(after.view) and not _PERIOD_NOTE.search(view):
        return True  # a plan's years or a draft's status under its headline: 某某规划 / （2024—2026年）
    if _closed_below(view, after.view) and han_len(text + after.text) <= _LONG_HEADLINE:
        # a bracket or a book title the line broke: …真题及参考答案（综 / 合管理类）, 关于印发《…要点 / 》的通知
        return _continues(after, running)
    if _DOCUMENT_TYPE.search(view) or re.search(r"[！？!?]$", view) or TOPIC.search(view):
        return False
    if _TYPE_ENDING.fullmatch(after.view):
        return True  # a notice's headline wrapped before its type: 关于印发《…》 / 的通知
    if _is_couplet(view) and _is_couplet(after.view):
        return False  # two couplets are two wholes: a slogan over a headline, not its halves
    # (a meeting's name, which a cover prints over a speech's headline; not …工作会议 / 上的讲话, nor the
    # meeting's name over the type of what was given at it: …第4次大会 / 县长施政报告, nor a meeting a
    # headline takes up, 贯彻落实全国组织工作会议 / 部署要求 推动…)
    if (
        _MEETINGS_NAME.search(view)
        and not re.match(r"[上的暨]|精神|部署|要求|决策|重要", after.view)
        and not re.search(r"贯彻|落实|传达|领会|对标|践行", view)
        and not _DOCUMENT_TYPE.search(after.view)
    ):
        return False
    if _is_couplet(view) and _BROKEN_OFF.search(after.view):
        return False  # a kicker over a headline of two lines: 深化理论武装 推动学思践悟 / 把握…的 / …要求
    if _is_couplet(view) and _theme_over(head, last, running, body):
        return False
    if _kicker_over(head, last, text, body):
        return False
    a_banner = _banner_over(view, after, body) and not _a_speechs_first_half(head, last)
    if a_banner or _unit_and_label(view):
        return False
    # (a label, 学习贯彻 · 党建引领, or a dotted headline over its speech's name, 在…上的讲话: no half of it)
    if _DOTTED_LABEL.fullmatch(view) and (
        _SPACED_DOT.search(view) or _NAME_OF_A_SPEECH.fullmatch(after.view)
    ):
        return False
    if _BROKEN_OFF.search(view) and han_len(text + after.text) <= _LONG_HEADLINE:
        return _continues(after, running)  # …开班式上的 / 讲话
    said = _said_across(view, after, body) or _said_across(view, after, _elsewhere(head, last))
    if said and han_len(text + after.text) <= _LONG_HEADLINE:
        return _continues(after, running)  # …推进基层治理体系和治理能力 / 现代化
    if han_len(text + after.text) > _LINE_OF_HEADLINE or not _reads_like_headline(after, running):
        return False
    if _posted_by(after) or (han_len(text) > _NAME_LINE and _names_the_byline(head, last + 1)):
        return False  # (标题 / 上岸研习社 / 2024-03-12: the account's name, not more of the headline)
    if (
        han_len(after.text) < 5
        and not _DOCUMENT_TYPE.search(after.view)
        and not _over_subtitle_or_byline(head, last + 1, body)
    ):
        return False
    return (
        han_len(text) >= max(6, han_len(after.text) / 3)
        or _awaits_its_verb(view)
        or _parallel_halves(head, last, view)
    )


# a text's place in a series of its kind, after the kind (交流材料之三, 系列评论之二, 经验选编·之五): a label over
# the text's headline, no half of it
_ONE_OF_A_SERIES = re.compile(
    r"(?:材料|发言|文章|评论|系列|选编|汇编|稿)\s*[·・]?\s*之[一二三四五六七八九十\d]{1,3}$"
)
# the mark that opens an item of a list set without numbers (◎ 标题, ● 标题, ▶标题)
_LIST_MARK = re.compile(r"\s*([◎●○◆◇■□▶►▪•★☆※])")


def _parallel_halves(head: list[_HeadLine], last: int, view: str) -> bool:
    """The line `view` (head line `last`) and the next, two short lines of one shape, each a verb and
    the word it quotes (守好“粮袋子” / 端牢“中国饭碗”): a headline's two parallel halves, which a page
    sets one over the other. A column's label names something and quotes nothing; three lines of
    that shape or more in a row (抓好“关键少数” / 管好“绝大多数” / 建强“前沿阵地”) are a list's points."""
    pair = (view, head[last + 1].view)
    beside = [
        head[at].view
        for at, near in ((last - 1, last), (last + 2, last + 1))
        if 0 <= at < len(head) and abs(head[at].number - head[near].number) == 1
    ]
    return all(_VERB_AND_QUOTE.fullmatch(line) for line in pair) and not any(
        _VERB_AND_QUOTE.fullmatch(line) for line in beside
    )


# a verb of a character or two and the word it quotes, alone on a line (守好“粮袋子”, 念好“山水经”)
_VERB_AND_QUOTE = re.compile(r"\s*[\u4e00-\u9fff]{1,3}[“「‘][\u4e00-\u9fff]{2,8}[”」’]\s*")


# a line that ends in a meeting's name (某某市城乡融合发展工作会议, 某某县基层治理现场推进会) or a course's
# (某某市新任科级干部任职培训班, 2024省考申论系统提升班): complete, as a cover or a slide names the occasion
# or the course above a speech's or a lesson's headline, where a headline's half breaks off inside a
# phrase (在全市…工作会议 / 上的讲话)
_COURSES_NAME = re.compile(r"(?:培训|研修|轮训|进修|系统|提升|冲刺|集训|强化|特训|精讲)班$")
_MEETINGS_NAME = re.compile(
    r"(?:会议|大会|全会|(?:推进|座谈|研讨|交流|调度|部署|动员|现场|报告|发布|培训|观摩)会)$|"
    + _COURSES_NAME.pattern
)


def _label_closed(view: str, after: str) -> bool:
    """A line `view` is a label complete on its own over the headline on the line `after` it, never
    its first half: a meeting's or a series' name that the next line says again whole (全市某某推进会 /
    在全市某某推进会上的讲话: a headline does not say its words twice); a line closed by the date set
    apart at its end (某某调研文集·之三 2024年6月: a cover's or a collection's line, where a headline
    names its date first, 2024年…); a periodical's name and the column it runs the article in (某某工作通讯
    政策研究, 某某学报 理论探讨: a page's running head); a course's or a series' name (某某系列培训), but
    over the course's own paper (…培训班 / 结业考试复习提纲)."""
    squeezed = _squeezed(view)
    return (
        (han_len(view) >= _WORD_OR_TWO and squeezed in _squeezed(after) and squeezed != _squeezed(after))
        or bool(_DATE_SET_APART.search(view))
        or _periodical_and_column(view)
        or (_names_a_course(view) and not _the_courses_own_paper(view, after))
    )


def _the_courses_own_paper(course: str, view: str) -> bool:
    """The line `view` under the course's name `course` names a paper of the course itself (结业考试复习
    提纲, 期末考试试卷, 学员学习材料): a document's type after nothing but words of a course's own occasions
    and people (its exam, its close, its learners), no subject of a lesson. A cover sets such a title over
    two lines, the course's name over what the paper is, and the two are one title; a lesson's headline
    (申论对策题答题思路讲义) or a handout's bare label (专题讲义, 讲义之三) stands under the course apart, and
    so does any line under a news headline that reports on the course (我县举办青年干部培训班)."""
    squeezed = _squeezed(view)
    kind = _DOCUMENT_TYPE.search(squeezed)
    return (
        bool(kind)
        and bool(_COURSES_OCCASIONS.fullmatch(squeezed[: kind.start()]))
        and not _REPORTED.search(course)
    )


# what a report says befell a course (举办, 开班, 结业): a news headline on it, not the course's name
_REPORTED = re.compile(r"举办|举行|开办|开班|启动|参加|走进|结业|闭幕|开幕")


# words of a course's own occasions and people, which name no subject of a lesson: its opening and close,
# its terms' exams, its learners and its teaching
_COURSES_OCCASIONS = re.compile(
    r"(?:开班|结业|入学|期中|期末|阶段|考试|考核|测试|测验|复习|学员|课程|教学|学习)+"
)


# a year and a month (perhaps a day) a space after a line's words, ending it (…·之三 2024年6月)
_DATE_SET_APART = re.compile(r"\S\s+\d{4}\s*(?:年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[-/.]\s*\d{1,2})\s*$")


def _periodical_and_column(view: str) -> bool:
    """A periodical's name and the column an article runs in, a space, a dot or a bar apart (某某工作通讯
    政策研究, 某某党校学报 · 理论探讨): the running head of a periodical's page. The name ends in a word
    only a periodical's name ends in (see _PERIODICALS_WORD) after a word of its own; the column is a
    word or two, no sentence. A name opens on a place's or a body's name, never on a verb, a
    preposition or an adverb, as a headline's half does (强化应急通讯 守护万家, 推出两会专刊 聚焦民生)."""
    parts = [part for part in _BANNER_PARTS.split(view.strip()) if part]
    return (
        len(parts) == 2
        and han_len(parts[0]) >= _WORD_OR_TWO + 2
        and bool(_PERIODICALS_WORD.search(parts[0]))
        and bool(re.fullmatch(rf"[\u4e00-\u9fff]{{2,{_COLUMN_LABEL}}}", parts[1]))
        and word_tags().get(words(parts[0])[0], "")[:1] not in _OPENS_A_PHRASE
    )


# the first letter of jieba's tags that open a headline's phrase and no name: verbs (v, vn, vd), adverbs,
# prepositions, adjectives (畅通应急通讯)
_OPENS_A_PHRASE = {"v", "d", "p", "a"}


# the word a periodical's name ends in and a headline's phrase does not: not _MASTHEAD_WORD's 动态, 信息
# or 资料, which end phrases too (把握经济发展新动态 新趋势)
_PERIODICALS_WORD = re.compile(r"(?:通讯|简报|快报|要报|专报|专刊|周刊|月刊|学报|杂志|期刊|日报|晚报|时报)$")


def _over_subtitle_or_byline(head: list[_HeadLine], index: int, body: str) -> bool:
    """Head line `index`, a short line that is no person's name, stands right over a ——subtitle or a
    byline (推动学习型党组织建设 / 走深走实 / ◎ 韦立群): the end of a headline a scan or a narrow column
    broke in two. Nothing stands between a headline and its subtitle or its byline; a column's label
    stands over the headline, and an author's name is the byline itself. Over a byline, the line above
    must also be left unfinished: it opens on an aim whose result is still to come (see _awaits_the_rest),
    or the `body` says the words across the break. A complete headline (全省新建改建农村公路五千公里)
    over a short line and a byline is a digest's next headline or a column's tag (春耕正忙), no half of it."""
    if index + 1 >= len(head) or head[index + 1].number != head[index].number + 1:
        return False
    under = head[index + 1].view
    return bool(_SUBTITLE.match(under)) or (
        _is_byline(under)
        and not _PERSONS_NAME.fullmatch(head[index].view.strip())
        and index > 0
        and (_awaits_the_rest(head[index - 1].view) or _said_across(head[index - 1].view, head[index], body))
    )


def _awaits_the_rest(view: str) -> bool:
    """A headline's line that opens on an aim (a coverb, 以…/把…/让…, or a verb of furthering, 推动…/
    推进…): theory and commentary headlines say what is furthered, then to what end (推动学习型党组织建设
    / 走深走实, 以数字技术赋能 / 乡村治理), so the line awaits its result on the next. A news headline
    that says its subject, verb and object (全省新建改建农村公路五千公里) is finished on its line."""
    return bool(_OPENS_ON_AN_AIM.match(view))


# the coverbs and verbs of furthering a theory or commentary headline opens on, its result still to come
_OPENS_ON_AN_AIM = re.compile(r"\s*(?:以|让|把|将|用|推动|推进|促进|助力|加快|坚持|深化|强化|提升|建设)")


def _awaits_its_verb(view: str) -> bool:
    """A short line that is a disposal coverb and its quoted object alone (把“枫桥经验”, 将“小切口”): the
    verb that governs them is on the next line, so the line is the first half of a headline, never a
    column's label, which names something and ends there (把路修好 says its verb: a label of its own)."""
    return bool(_COVERB_AND_OBJECT.fullmatch(view))


# 把 or 将 and a quoted object, with nothing after it (把“枫桥经验”)
_COVERB_AND_OBJECT = re.compile(r"\s*[把将][“「《‘][^“”「」《》‘’]{1,10}[”」》’]\s*")


# Short words a middle dot apart (学习贯彻 · 党建引领, 聚焦基层治理·一线观察): a column's and its
# sub-column's names or a deck's banner over the headline; a headline's halves are set a space apart.
_DOTTED_LABEL = re.compile(r"[\u4e00-\u9fff]{2,8}(?:\s*[·・•]\s*[\u4e00-\u9fff]{2,8})+")


def _left_open(view: str) -> bool:
    """A line that opens a bracket it does not close (…参考答案（综): a headline's line broken inside its
    bracketed part, which the next line closes."""
    return view.count("（") + view.count("(") > view.count("）") + view.count(")")


def _closed_below(view: str, after: str) -> bool:
    """Whether a line leaves a bracket, a book title's mark or a quotation open (…参考答案（综,
    关于印发《…工作要点) that the line `after` it closes before it opens another."""
    return any(_closes_first(after, opening, closing) for opening, closing in pairs_left_open(view))


def _closes_first(text: str, opening: str, closing: str) -> bool:
    """Whether `text` holds `closing` before any `opening` (plain string search: an ASCII bracket
    in a regex's pattern would have to be escaped)."""
    end = text.find(closing)
    return end >= 0 and opening not in text[:end]


def _theme_over(head: list[_HeadLine], index: int, running: set[str], body: str) -> bool:
    """Head line `index`, a couplet (坚定文化自信 建设文化强国), is a page's theme or a column's slogan
    over a headline that runs over the next two lines (推动中华优秀传统文化 / 创造性转化创新性发展): the
    `body` says the headline's words, as an article talks about what its headline says, and hardly
    any of the couplet's, which the paper sets over every article of its page. (A couplet that
    opens a headline of one more line is its half: see told._mirrored.)"""
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
        and not _over_a_written_up_half(head, last)
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


# The paper a unit writes up its work in, as its ——subtitle names it (——某镇推进…的实践与思考, ——…的探索与
# 实践, ——…的经验做法: an exchange's or a study's material, as a meeting's 交流材料 is): its headline's two
# lines over it are two halves, no kicker over a headline (see _kicker_over), as a paper's feature's are
# (——某某县农村公路建设纪实, ——某某县的调查). A campaign's banner over them stays a banner (see _campaign_over).
_WRITTEN_UP = re.compile(r"(?:实践|探索|调查|调研)与(?:思考|探索|实践|启示)|思考与实践|经验做法$")


def _over_a_written_up_half(head: list[_HeadLine], index: int) -> bool:
    """Head line `index` is a written-up paper's headline's first half: right over the other half and
    the ——subtitle that says it writes up a unit's work (see _WRITTEN_UP). A banner over the headline
    (a campaign's name, 学习贯彻…精神, …实践活动, a column's) or the genre the paper is filed under
    (基层治理创新案例, 典型经验) is no half of it: a kicker over its one line."""
    if index + 2 >= len(head):
        return False
    line, after, subtitle = head[index], head[index + 1], head[index + 2]
    return (
        after.number == line.number + 1
        and subtitle.number == after.number + 1
        and bool(_SUBTITLE.match(subtitle.view))
        and bool(_WRITTEN_UP.search(_subtitle_words(subtitle.view)))
        and not _CAMPAIGN.fullmatch(line.view)
        and not _BANNERS_WORDS.search(line.view)
        and not _FILED_UNDER.search(line.view)
        and not any(test(line) for test in _LABELS_OVER_A_HEADLINE)
    )


# the genre a paper's piece is filed under, ending the line over its headline (基层治理创新案例, 典型经验,
# 改革样本, 经验交流): a kicker, not a half of the headline
_FILED_UNDER = re.compile(r"(?:案例|经验|样本|典型|巡礼|交流|选编|实录)$")


def _subtitle_alone(head: list[_HeadLine]) -> str:
    """The words of a ——subtitle in the head that names the text by its type in a subtitle's own
    words (——关于…的调研报告, ——在…上的讲话), where no headline was found over it (a journal's PDF whose
    copy lost the headline's line, set in a font of its own, and kept the subtitle): the text's name
    as its author gave it; else "". Not a quotation's source under it (“…” / ——某某在…上的讲话,
    ——摘自…报告): that names another's text, by its speaker or as a source, and opens with no 关于 or 在."""
    for above, line in zip([None, *head], head, strict=False):
        words = _subtitle_words(line.view)
        if (
            line.view.lstrip().startswith(("——", "－－", "—"))
            and han_len(words) >= _LINE_TO_TELL
            and _DOCUMENT_TYPE.search(words)
            and _SUBTITLES_OWN_NAME.match(words)
            and not re.search(r"[。；;，,]", words)
            and not (above and _QUOTATION_END.search(above.view))
        ):
            return _tidy_title(words)
    return ""


# how a subtitle names its own text (——关于…的调研报告, ——在…上的讲话), where a source names another's
# (——摘自…, ——某某在…上的讲话)
_SUBTITLES_OWN_NAME = re.compile(r"关于|在")
# a quotation's close, the line a source's dash stands under
_QUOTATION_END = re.compile(r"[”」』\"]\s*[。！？!?]?\s*$")


def _said_across(view: str, after: _HeadLine, body: str) -> bool:
    """The body says the words across the break between a headline's line `view` and the short
    line `after` under it (治理能力 / 现代化: 治理能力现代化): a phrase the line broke, not a name
    or a word of the page's under the headline. The words are compared without their marks: a
    headline quotes a word its prose may leave bare (减负要减出 / “真成效”: 减负要减出真成效), or
    the prose quotes it where the break falls after the quote (让“办事不求人” / 成为常态)."""
    end, short = re.search(rf"[\u4e00-\u9fff]{{{_ACROSS_BREAK}}}$", _unmarked(view)), _unmarked(after.view)
    return (
        bool(re.fullmatch(r"[\u4e00-\u9fff]{1,4}", short))
        and end is not None
        and end[0] + short in _unmarked(body)
    )


def _unmarked(text: str) -> str:
    """`text` without its quotes and spaces, its lines kept apart (see _elsewhere); a sentence's or a
    clause's mark stays, so that words across two sentences (…隆重开幕。三月五日) are not one phrase."""
    return re.sub(r"[^\S\n]+|[“”‘’\"'「」『』]", "", text)


def _elsewhere(head: list[_HeadLine], last: int) -> str:
    """The head's lines but head line `last` and the one after it, each apart (a browser prints a page's
    title, whole, in the header over its printout: 2024/6/3 09:41 标题), so that the words across the
    break between the two are looked for where the page prints them again, not where the two meet."""
    return "\n".join(line.view for at, line in enumerate(head) if at not in (last, last + 1))


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


def _continues(line: _HeadLine, running: set[str]) -> bool:
    """`line` may carry on a headline broken off above it: words, not a date, a byline, a
    section's heading, a subtitle, a sentence or chrome."""
    view = line.view
    return (
        1 <= han_len(view) <= _LINE_OF_HEADLINE
        and not line.heading
        and not line.bullet
        and "。" not in view
        and not (SECTION.match(view) or _SUBTITLE.match(view) or _is_date_line(view) or _is_byline(view))
        and simplified(clean_line(line.raw)) not in running
        and (han_len(view) <= 2 or not _is_chrome(view))  # (a word of two is no button here: 讲话)
    )


def _joined(first: str, second: str) -> str:
    """Two lines of one headline: a wrapped line runs on into the next, but a line that ends
    with a closing mark (学好用好《条例》) is a half of its own, and keeps a space, unless the next
    opens with 的, which carries on its phrase. A site's note on the first (（转载）, （精选3篇）) is
    no part of the headline it splits."""
    note = _EDITION_NOTE.search(first)
    if note and han_len(first[: note.start()]) >= _WORD_OR_TWO:
        first = first[: note.start()]
    # (…《…》 / 的通知 runs on, and so does 把“枫桥经验” / 落到…, a coverb's object before its verb)
    half = re.search(r"[》”」）)]$", first) and not second.startswith("的") and not _awaits_its_verb(first)
    return f"{first} {second}" if half or _two_aims(first, second) else first + second


def _two_aims(first: str, second: str) -> bool:
    """Two lines of a headline that each say an aim of their own (以严的基调强化正风肃纪 / 推动全面从严治党
    向纵深发展: each opens on a coverb or a verb of furthering, see _awaits_the_rest): two phrases side
    by side, which a headline sets a space apart, not a line wrapped inside its phrase (推进基层治理体系和
    治理能力 / 现代化, 以数字技术赋能 / 乡村治理), whose second line opens on no aim. The first says its
    verb and its object, and leaves no word waiting (…的, …和, a coverb and its object alone): a first
    line that is a coverb and its object (以新质生产力 / 推动高质量发展) awaits the verb the second opens on."""
    return (
        _squeezed(first) != _squeezed(second)
        and _awaits_the_rest(first)
        and _awaits_the_rest(second)
        and han_len(first) >= _PHRASE_OF_AN_AIM
        and not re.search(r"[的和与及并为对在向于、，,：:]$", first)
        and not _awaits_its_verb(first)
        and not (_COVERB.match(first) and not _VERB_OF_AN_AIM.search(first, 1))
    )


# a coverb opening a line (以…, 把…): its object, then the verb of the aim
_COVERB = re.compile(r"\s*[以让把将用]")
# verbs a theory or commentary headline says its aim with (以严的基调强化…, 以严实作风压实…)
_VERB_OF_AN_AIM = re.compile(
    r"推动|推进|促进|助力|加快|深化|强化|提升|加强|压实|夯实|筑牢|激发|凝聚|汇聚|引领|赋能|"
    r"打造|构建|完善|健全|守护|擦亮|激活|释放|谱写|书写|绘就|织密|践行|护航|厚植"
)


# Han characters: a coverb, its object and a verb (以制度管权); 加快推进 alone is not one
_PHRASE_OF_AN_AIM = 6


# Bylines and names: what follows a headline, and the names that stand near one but are none.


def _followed_by_byline(head: list[_HeadLine], last: int) -> bool:
    """A headline's line is followed by its byline, dateline or subtitle (perhaps after the
    author's name or the office that speaks on a line of its own: 中共某某街道工作委员会 /
    （2026年11月20日）), or carries them itself. A compiler's credit under a
    word or two is a periodical's masthead (学习参考 / 某某党校教务处编印), no byline. In a chat (two
    messages' senders and times or more in the head), a sender and time under a line heads the next
    message, and dates no headline."""
    if head[last].dated:
        return True
    in_chat = _in_chat(head)
    for line in head[last + 1 : last + 3]:
        view = line.view
        if _is_credit(view) and han_len(head[last].view) <= _WORD_OR_TWO:
            return False
        if in_chat and _SENDER_AND_TIME.fullmatch(view):
            return False
        if _UPLOADS_LINE.search(view):
            return False  # (a document site's line on the upload under its file's name: no byline of a text)
        if _SUBTITLE.match(view) or _is_date_line(view) or META.match(view) or _is_byline(view):
            return True
        if not (_is_name_line(line) or is_org_name(view) or _YEAR_NOTE.fullmatch(view)):
            return False
    return False


# A document-sharing site's line on an upload, under the name its uploader gave the file (上传者：某某 |
# 2.0万次阅读 | 43页, 贡献者：…, 下载需2下载券): who shared the file and what it costs, not who wrote the text
_UPLOADS_LINE = re.compile(r"^\s*(?:上传者|上传人|上传用户|贡献者|分享者)\s*[:：]|下载券")


def _copied_headline(head: list[_HeadLine], given: str, running: set[str]) -> str:
    """The headline of a text copied into a note under the note's own name: the note's top
    heading `given` (0508…讲话（背诵版）, as a note app heads a note with its name) has no byline,
    and a heading below it that reads like a headline has, on the next line (## 在…上的讲话 /
    **陈志远**（2024年5月8日））: that one heads the text. "" where the top heading is the text's own."""
    top = next((i for i, line in enumerate(head) if line.text == given.strip()), None)
    if top is None:
        return ""
    # (a column's name of a word or two, 某某观察, heads a post whose date line follows it; its article's
    # heading below has a subtitle and a byline of its own)
    column = han_len(head[top].view) <= _WORD_OR_TWO
    dated = _followed_by_byline(head, top)
    if dated and not column:
        return ""
    for index in range(top + 1, len(head)):
        line = head[index]
        if (
            line.heading > head[top].heading
            and not SECTION.match(line.view)
            and _reads_like_headline(replace(line, heading=0), running)  # (a lower heading, as copied)
            and index + 1 < len(head)
            # (under a column's dated name, only an article's heading as a paper prints it: a
            # byline alone under a lower heading may sign a section of a post the top heading names)
            and (
                (_signs_the_text(head[index + 1]) and not dated)
                or (column and _subtitled_and_signed(head, index))
            )
            and _acceptable(title := _tidy_title(line.text))
        ):
            return title
    return ""


def _subtitled_and_signed(head: list[_HeadLine], index: int) -> bool:
    """Head line `index` has its ——subtitle on the next line and a byline, a date or a source line
    (来源：… 记者 …) under that: an article's headline as a paper prints it, no section's heading."""
    return (
        index + 2 < len(head)
        and bool(_SUBTITLE.match(head[index + 1].view))
        and not head[index + 2].heading
        and (_signs_the_text(head[index + 2]) or bool(META.match(head[index + 2].view)))
    )


def _signs_the_text(line: _HeadLine) -> bool:
    """A line under a copied text's heading that names who gave or wrote it, or when: a byline or a
    date line on its own (**陈志远**（2024年5月8日）), not an item or a labelled field of a note."""
    return not line.heading and not line.bullet and (_is_byline(line.view) or _is_date_line(line.view))


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


# a microblog's time of posting and its client (…21:47 来自 iPhone客户端)
_POSTED_FROM = re.compile(r"\d{1,2}:\d{2}\s*来自\s*\S")


def _names_the_byline(head: list[_HeadLine], index: int) -> bool:
    """Head line `index` is the name of the author or account that the date line under it dates
    (标题 / 上岸研习社 / 2024-03-12 08:30): a name line, then the article's information."""
    return (
        _is_name_line(head[index])
        and not _holds_a_phrases_de(head[index].view)
        and index + 1 < len(head)
        and head[index + 1].number == head[index].number + 1
        and (
            head[index + 1].dated
            or _is_date_line(head[index + 1].view)
            or bool(META.match(head[index + 1].view))
        )
    )


_CLOCK_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")


def _posted_by(line: _HeadLine) -> bool:
    """Head line `line` is an author's or account's name that carries the article's information
    down to the minute (上岸研习社 2024-03-12 08:30 发表于…, as a copied WeChat post prints its account's
    name and time under the headline): a post's time of day, which no half of a headline ends in."""
    return _is_name_line(line) and line.dated and bool(_CLOCK_TIME.search(line.raw))


def _holds_a_phrases_de(view: str) -> bool:
    """`view` ties a phrase with 的 (…建设管理养护 / 一体化的县域实践, 基层治理的新路子): the second line of a headline
    broken over two, never a name. A person's name holds no 的, and an account's only after its
    owner's nickname or a name with a form of address (老王的申论课, 王老师的公考课, 申论君的小屋)."""
    de = view.find("的")
    return de >= 0 and han_len(view[:de]) != _NICKNAME and not _ADDRESSED.fullmatch(view[:de])


_NICKNAME = 2  # han characters: 老王, 小鹿, 阿丘
# a name and the form of address an account's owner goes by (王老师, 申论君, 阿强哥)
_ADDRESSED = re.compile(r"\s*[\u4e00-\u9fff]{1,3}(?:老师|君|哥|姐|叔|姨)\s*")


def _headline_with_a_name(head: list[_HeadLine], running: set[str], body: str) -> str:
    """The head's first line where no line reads like a headline, if a byline only by its shape
    (see furniture._spaced_name_line) whose words before the name the `body` takes up: words and a
    name a space apart with nothing above them (时代楷模  王××, over the prose of the deeds that won the title) are the text's
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
