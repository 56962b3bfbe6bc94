"""What the modules of titles share: a line of a document's head (_HeadLine), the title chosen
with its path (ChosenTitle), the regexes of the genre that several of them read (a document's type,
a subtitle's dash, a byline's words, a site's or an account's name) and the measures they tell a
headline by (lengths, the share of a line's character pairs the body says).

It decides nothing itself: it sits under every other module of the package, so that they import
one way, and it imports none of them.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import NamedTuple

from yaodian.extractors.boilerplate import is_body
from yaodian.extractors.text import Paragraph
from yaodian.names import BUREAU

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
_DATE_ALONE = re.compile(
    r"[\s(（]*(\d{4}\s*[年./-]\s*(\d{1,2}\s*[月./-]?\s*(\d{1,2}\s*日?)?)?|\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"\s*(星期.|周.)?\s*(\d{1,2}:\d{2}(:\d{2})?)?[\s)）]*"
)
_SUBTITLE = re.compile(r"\s*[—－–-]")
_BYLINE = re.compile(r"记者|通讯员|评论员|撰稿|主讲|^原创|^楼主")  # 楼主: a forum thread's poster


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
    form: bool = False  # one of two or more fields of a form in the head (see furniture._spaced_field)


class ChosenTitle(NamedTuple):
    """A deck's title and the path that chose it (see choose_title): which of find_title's ways found
    it, and whether the body's words then gave it to another line (a diagnostic for bench/)."""

    title: str
    path: str


def _path_of(way: str, start: str, told: str, over: str) -> str:
    """The path of a title found by `way` as `start`, which the body's words gave to the head line
    `told` (see told._told_by_body) and the headline over the text to `over` (see told._over_its_text)."""
    return way + (" > told by body" if told != start else "") + (" > over its text" if over != told else "")


def _body_text(paragraphs: list[Paragraph]) -> str:
    """The body's prose, its paragraphs run together: what the text talks about."""
    return "".join(p.text for p in paragraphs if is_body(p.text))


# A bracketed note after a headline that says what is attached to the text: 附 or 含 and what
# (（附思路点拨）, （附评分）, （含参考答案）). 附 and 含 that open a word of their own (（含义、特征与要求）,
# （含金量）, （附近…）) say what the text is about, not what comes with it.
_ATTACHMENT_NOTE = re.compile(
    r"\s*[（(【\[]\s*(?:附(?!近|和|属)|含(?!义|量|金|蓄|糊))[^（()）【】\[\]]{1,12}[）)】\]]\s*$"
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


def _squeezed(text: str) -> str:
    """`text` without its spaces, to tell that two copies of a headline say the same: where a line
    is compared whole, its marks kept (see _words_of for one compared whatever its marks)."""
    return "".join(text.split())


def _words_of(text: str) -> str:
    """`text`'s letters and digits alone, to tell that a line names a title whatever marks or spaces
    it sets between the title's phrases (see _squeezed, which keeps the marks and drops only spaces)."""
    return re.sub(r"[\W_]+", "", text)


def _subtitle_words(view: str) -> str:
    """The words of a ——subtitle line (see _SUBTITLE), its dashes and spaces dropped (——在…上的讲话:
    在…上的讲话)."""
    return _SUBTITLE.sub("", view, count=1).strip(" —－–-")


# A speech's or a report's name, saying where it was given (在…会议上的讲话, 在…代表大会上的报告,
# 在…开班式上的发言): printed over the speech, or in a ——subtitle under its headline
_SPOKEN_AT = re.compile(r"在.{2,60}?[上时]的?(?:讲话|发言|致辞|报告)")
# A blog's name: its writer's name, 的 and the word for a blog or a personal page (云岭书生的博客)
_BLOG_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z\d_]{2,16}的(?:博客|个人空间|个人主页)")
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


# What a post's subject opens with, glued to the forum's tags before it (【分享】标题, 【分享】2024年…, 【求助】“…”):
# where a page's button is followed by a space, a bracket or the line's end.
_SUBJECT_OPENING = r"[\u4e00-\u9fff\d“《「]"
# The words of a page's control buttons ([打印] 【关闭】 返回顶部): in brackets they are a button, not a
# post's tag or a headline's label.
_BUTTON_WORDS = "打印|关闭|纠错|收藏|返回|复制"


# An issuer's name (江州市市场监督管理局, 某某县人民政府办公室). Not a headline's last word that ends in an
# office's character: 落到实处, 抓住关键处, 服务大局, 开创新局, 关爱年轻干部, 问题怎么办.
_ISSUER = re.compile(
    r"\S{2,24}(?:办公厅|办公室|委员会|人民政府|政府|党委|党组|[厅委院署]"
    rf"|(?<![实深难好益长短用到去住出之键细微])处|{BUREAU}"
    r"|(?<![干全内局])部|(?<![么咋督承包代举创兴筹主协照交帮通好难])办)"
)


# a division's name after its organisation's: 养老服务处, 秘书科, 政策法规处
_DIVISION = re.compile(r"[\u4e00-\u9fff]{2,8}(?:处|科|室|股)")
# a run of three han each set a space, tab or ideographic space apart: a line letterspaced
# throughout, not a field's value
_THREE_HAN_BLANK_APART = re.compile(r"[\u4e00-\u9fff](?:[ \t\u3000][\u4e00-\u9fff]){2}")
# A line of hashtags (#基层治理 42个, #乡村振兴 #共同富裕): the topics or the collections a post is filed
# under, each with the count of what it holds, or more than one on the line; no headline, though the
# body talks about their topics (a headline written #… without a space is one tag and no count:
# #稳就业保民生的10条). A microblog closes each topic with a # too (#遴选# #申论素材#): a line of two or
# more of those files the post under them.
_TAG = r"#[^#\s]{1,20}"
# a post's topic between hashes (#为基层减负#), which Weibo links to the topic's page (told takes it out
# of a lead's headline; headline._ONE_TOPIC is one alone on its line; tidy._CLOSED_TOPIC, a title's)
_TOPIC = re.compile(rf"{_TAG}#")


# A file's name on a line of its own (2024年学习材料(1).docx, 附件2：某某方案.pdf, 某某.doc（35KB）): a
# copy keeps the name of the file it came in, or of an attachment, which is no headline
_FILE_NAME = re.compile(
    r"\.(?:docx?|pdf|wps|txt|pptx?|xlsx?|md)\s*(?:[(（]\s*[\d.]+\s*[KMG]B?\s*[)）])?[\s)）]*$", re.I
)


# a periodical's or a column's issue, after its name (a space or a dot apart, or the name in 《》)
# or on a line of its own (某某市人民政府公报 2024年第5期, 工作简报 第12期, 政策解读·第3期,
# 《组工通讯》2024年第12期, 2024年第12期（总第156期）, 总第156期; the year in brackets, as a series of
# minutes numbers its issues: 〔2026〕第18期)
_ISSUE_NUMBER = (
    r"(?:(?:\d{4}\s*年\s*|[〔［\[]\s*\d{4}\s*[〕］\]]\s*)?[第笫]\s*[\d一二三四五六七八九十]+\s*期"
    r"(?:\s*[(（]?总第\s*\d+\s*期[)）]?)?"
    r"|[(（]?总第\s*\d+\s*期[)）]?)"
)
_ISSUE = re.compile(
    rf"(?:《[^《》]{{2,20}}》\s*|\S{{2,20}}?(?:\s+|\s*[·・•]\s*))?(?:[(（]\s*{_ISSUE_NUMBER}\s*[)）]|{_ISSUE_NUMBER})"
)


_CONTENTS_HEADING = re.compile(r"目\s*录|contents|toc|table of contents", re.I)
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


# a word or a name in brackets at a headline's end (…（人民日报）, …（2025—2027年）, …（县乡卷）)
_BRACKETED_TAIL = re.compile(r"\s*[（(](?P<name>[^（）()]{2,16})[）)]\s*$")


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


_BREADCRUMB_STEP = re.compile(r"\s*(?:>{1,2}|»|›|→|＞{1,2})\s*")


# A column's or a site's label before a headline (【组工课堂】, 【2025遴选考点】, a forum's [真题解析]):
# the deck's name is the headline; the label is the page's furniture.
_LEADING_LABEL = re.compile(r"\s*(?:【[^】]{1,16}】|\[[^\]]{1,16}\])\s*")
# A lesson's or a chapter's number (第三讲, 第12课): the course's order, not the lesson's name; before
# its headline a space apart (第三讲　案例分析题的…, as a handout styles its lesson's heading)
_LESSON_NUMBER = re.compile(r"第[一二三四五六七八九十百\d]{1,3}[讲课章]")
_LESSON_BEFORE = re.compile(rf"\s*{_LESSON_NUMBER.pattern}\s+")
# An attachment's label before its headline (附件2：某某实施方案): the notice's, not the name
_ATTACHMENT = re.compile(r"\s*附\s*件\s*[\d一二三四五六七八九十]*\s*[：:]\s*")
_SAME_LINE_SUBTITLE = re.compile(r"\s*—{2,}\s*(?P<subtitle>[^—]+)$")


# Measures, in han characters unless said; each line says what it measures and which modules use it.
# a label: a word or two and a date or an issue, never a sentence (characters; headline, told)
_LABEL_LENGTH = 12
# prose enough to tell what the article is about; less tells too little (headline, named, told)
_BODY_TO_TELL = 100
# a head line long enough for the body's words to tell it (head, headline, named, told)
_LINE_TO_TELL = 8
# pairs of characters a line needs before the share the body says of them counts (_shared_with)
_WORDS_TO_TELL = 4
# of a line's pairs of characters that the body says too: a headline's (headline, named, told)
_SHARED_BY_HEADLINE = 0.6
# of a line's pairs of characters that the body says too, at most: chrome's, furniture's (head,
# headline, named, told)
_SHARED_BY_CHROME = 0.2
# of a listed line's pairs of characters: the listing says it names the text, the body need only
# agree (a lecture's 深刻把握…的核心要义和实践要求, whose abstract words its body does not repeat)
# (named, told)
_SHARED_BY_LISTED = 0.3
# a line said inside a longer headline: a shorter one may stand there by chance (named, page)
_SAID_HEADLINE = 8
# a column's label (政策法规, 时政要闻, 学习心得体会) (furniture, head, headline, page, tidy)
_COLUMN_LABEL = 6
# a word or two (政策法规, 时政要闻): a column's name, a widget's label (furniture, head, headline, page,
# tidy)
_WORD_OR_TWO = 4
# one line of a headline (head, headline, furniture, named)
_LINE_OF_HEADLINE = 40
# a phrase of a headline's length, unbroken (furniture, tidy)
_PHRASE = 12
