"""Lines of a document's head that are no headline: date lines, bylines, credits and authors'
lines, chrome (counters, ratings, tags, paths, rules), a site's or a column's banner, form fields,
a site's, an organisation's or a page's name (_is_name); and _reads_like_headline, a line that is
none of them and has a headline's shape.

A headline is told by what stands around it, so these predicates are asked of every line of the
head (by `head`, `headline`, `told`, `named` and `page`). They read one line; which line heads the text is
decided elsewhere.
"""

from __future__ import annotations

import re
from collections import Counter

from yaodian.extractors.boilerplate import (
    BANNER_WORD,
    CREDITED_ROLE,
    DOCUMENT_NUMBER,
    EDITION,
    FONT_SIZE,
    LINK_ARROW,
    MASTHEAD,
    META,
    PAGED_HEAD,
    RESTRICTED,
    RUN_BY,
    SECTION,
    SIGNED_OFF,
    URL,
    WEATHER,
    is_form_field,
    is_furniture,
    is_learners_log,
    is_site_line,
)
from yaodian.extractors.script import simplified
from yaodian.extractors.text import clean_line, han_len
from yaodian.extractors.titles.shared import (
    _ACCOUNT_NAME,
    _BREADCRUMB_STEP,
    _BUTTON_WORDS,
    _BYLINE,
    _COLUMN_LABEL,
    _CONTENTS_HEADING,
    _DATE_ALONE,
    _DOCUMENT_TYPE,
    _FILE_NAME,
    _ISSUE,
    _ISSUER,
    _LINE_OF_HEADLINE,
    _PHRASE,
    _SUBJECT_OPENING,
    _SUBTITLE,
    _TAG,
    _THREE_HAN_BLANK_APART,
    _WORD_OR_TWO,
    _HeadLine,
)
from yaodian.names import FAMILY_NAME, is_org_name, is_site_name

_FULL_DATE = re.compile(
    r"\d{4}\s*(年|-|/|\.)\s*\d{1,2}\s*(月|-|/|\.)\s*\d{1,2}|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月"
)
_BRACKETED_NOTE = re.compile(r"\s*[(（【\[][^)）】\]]*[)）】\]]\s*")


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


def _is_date_line(view: str) -> bool:
    """A line that dates the document (2024年3月5日 星期二, （2024年3月5日）, 2024-03-05 08:00 来源：…):
    a full date and little else, or a date with a time; not a headline that names a date
    (2024年3月5日江苏省考面试真题解析, 2024年5月20日：改革开放再出发). A scan's letter O for a year's
    zero (2O24年) is read as the zero."""
    view = _OCR_YEAR.sub(lambda year: re.sub(r"[OoＯ]", "0", year[0]), view)
    if _POSTED_AT.fullmatch(view):
        return True  # (a post's time and the client it was sent from, its date cut short: 4-22 10:30 来自 …)
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


# A microblog's or a forum's time of posting and the client or the place it was sent from (25-4-22 10:30
# 来自 微博视频号, 3月6日 21:47 来自 iPhone客户端 已编辑): the post's dateline, its date short or missing.
# A client's name ties no phrase with 的 (来自抗洪一线的报道 is a headline).
_POSTED_AT = re.compile(
    r"\s*(?:(?:\d{2,4}[-/.])?\d{1,2}[-/.]\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*日|昨天|前天|今天)?\s*"
    r"\d{1,2}:\d{2}(?::\d{2})?\s*来自\s*[^\s，,。：:！？的]{1,20}(?:\s+[^，,。：:！？的]{0,20})?"
)
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
    bar may set the credit apart from a note on the text after it, and so may a space from a mark of
    restricted circulation (某某研习社 整理 内部学习资料); a figure is no compiler's name (2024年真题 汇编
    is a headline)."""
    first = re.split(r"\s*[｜|丨]\s*", view.strip(), maxsplit=1)[0]
    first = re.sub(rf"\s+(?:{RESTRICTED.pattern})$", "", first)
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
_FIELDS_ON_A_LINE = 2  # labelled fields on one line: a record's, no headline's colon


def _only_a_note(text: str) -> bool:
    return not text.strip() or bool(_BRACKETED_NOTE.fullmatch(text))


def _reads_like_headline(line: _HeadLine, running: set[str]) -> bool:
    """A line that may be a headline: short, not a sentence, not chrome, a date line, a
    breadcrumb, a salutation, a section heading, a subtitle, a byline, a note or a cover's field
    (职务：…, see boilerplate.is_form_field), a learner's log of the day (see boilerplate.is_learners_log)."""
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
    if len(_FIELD.findall(view)) >= _FIELDS_ON_A_LINE or _is_rule_line(view) or _numbers_only(view):
        return False
    if _CONTENTS_ENTRY.search(view):
        return False
    if (
        re.fullmatch(r"[(（].*[)）]|[【\[][^】\]]*[】\]]", view)
        or simplified(clean_line(line.raw)) in running
        or _FILE_NAME.search(line.raw)
        or _PICTURE_FILE.search(line.raw)
        or _TAGS.fullmatch(line.raw)
        or _spaced_terms(line.raw)
        or _PATH.fullmatch(view)
        or line.form
        or is_form_field(view)
        or is_learners_log(view)
        # (a layout, apart from is_form_field's word: the body drops by the word only, as 初　心：… may be its own)
        or ((value := _spaced_field(line.raw)) is not None and _a_field_value(value))
    ):
        return False
    return not _is_chrome(view)


def _spaced_terms(raw: str) -> bool:
    """A line of three terms or more, each of a column's length at most, set two spaces or more apart
    (公务员遴选  申论  公务员考试  基层治理), or joined by 、 as the body's cleaned line writes such a
    series (see text.with_separators): the topics a question-and-answer site or a blog files a post
    under, as it prints them over the post's headline, never its name. A slogan's parallel phrases, each
    of one length (学思想  强党性  重实践  建新功, 稳就业、保民生、促发展), may be a headline so set, as may
    phrases of four characters or more (党建引领  网格赋能  共建共治共享): a site's topics run from a word
    of a field (申论, 路长制) to a phrase."""
    if not _SPACED_TERMS.fullmatch(raw):
        return False
    lengths = [han_len(term) for term in re.split(r"[\s、]+", raw.strip())]
    return len(set(lengths)) > 1 and min(lengths) <= _SHORT_TERM


_SHORT_TERM = 3  # characters of a topic's word, shorter than a slogan's phrase (see _spaced_terms)
# terms two spaces or more apart, or a 、 apart (see _spaced_terms)
_TERM_GAP = r"(?:[ \t\u3000]{2,}|、)"
_SPACED_TERMS = re.compile(
    rf"\s*[\u4e00-\u9fffA-Za-z\d]{{2,6}}(?:{_TERM_GAP}[\u4e00-\u9fffA-Za-z\d]{{2,6}}){{2,}}\s*"
)


def _spaced_field(raw: str) -> str | None:
    """The value of a line that opens with a label spaced out to the width of a form's other labels
    (单　　位：…, 姓　　名：…, 职　务：…), where its value is not spaced out as the label is (奋 斗 ：
    新 时 代 …: a letterspaced headline, as a PDF gives it); None where the line opens with none. Such
    a line is a form's field where its value is one (see _a_field_value) or the head holds another
    (see head._with_form_fields); a letterspaced headline (奋　斗：新时代青年最亮丽的底色) and an interview's
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
# han characters: a form's value (王某某, 副局长, 二〇二五年一月八日) is at most this long; a headline's
# phrase after a letterspaced word or a name (新时代青年最亮丽的底色, 11) is longer
_FIELD_VALUE = 8
# A path of names a slash apart under a filing word's label (收藏路径：申论素材库 / 乡村振兴, 分类：申论 /
# 基层治理): where a note is filed, the folders or the categories over it, not what it is called.
# (Under another label, a column's kicker, a slogan's phrases may stand a slash apart: 专家解读：稳就业/保民生.)
_FILED_UNDER = r"(?:收藏)?(?:路径|位置|夹)|所属(?:分类|类别|目录|栏目)|分类|类别|目录|标签|归档|文件夹"
_PATH = re.compile(rf"\s*(?:{_FILED_UNDER})\s*[:：]\s*[^/／\s:：]{{2,10}}(?:\s*[/／]\s*[^/／\s]{{2,10}})+\s*")
_TAGS = re.compile(
    rf"\s*(?:{_TAG}\s+\d[\d,]*\s*[个篇条期]\s*)+|\s*{_TAG}(?:\s+{_TAG})+\s*|\s*{_TAG}#(?:\s*{_TAG}#)+\s*"
)


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

# A picture's file name, alone or with an OCR tool's label after it (IMG_20240312_0815.jpg 识别结果): the
# photo a text was read from, named by the camera's clock, which is no headline and no dateline.
_PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|bmp|gif|webp|heic|tiff?)(?![A-Za-z])\s*\S{0,8}\s*$", re.I)

# A line of counters (查看: 8652 | 回复: 137, 阅读 3245 点赞 12): each a word or two and a number.
_COUNTERS = re.compile(r"(?:\s*[\u4e00-\u9fff]{1,4}\s*[:：]?\s*\d[\d,.万+]*\s*[|｜·]?)+")


def _is_chrome(view: str) -> bool:
    """A line of a page's or a paper's furniture that could pass for a headline."""
    if RESTRICTED.search(view) or MASTHEAD.fullmatch(view) or DOCUMENT_NUMBER.fullmatch(view):
        return True
    # The 版头 of a report or a draft sent up (县委文稿〔2025〕5号　签发：赵敏, 签发人：王明　某政报〔2025〕3号):
    # its number and who signed it off, either first, above its headline; no part of it, though no
    # blank line may part them.
    if SIGNED_OFF.fullmatch(view):
        return True
    if _is_banner(view) or LINK_ARROW.search(view):  # (a link's arrow: 点击报名>>)
        return True
    if _ACCOUNT_NAME.fullmatch(view):  # (a study account's or a bulletin's name alone: its logo)
        return True
    if EDITION.search(view) or is_site_line(view) or WEATHER.search(view) or _COUNTERS.fullmatch(view):
        return True
    # (a book's or a journal's running head beside its page number, 某某汇编 ·23·: it heads every page)
    if PAGED_HEAD.fullmatch(view) and not re.search(r"[。；;]", view):
        return True
    if FONT_SIZE.search(view) and han_len(view) <= 12:  # 字号：大 中 小
        return True
    if _is_rating(view):
        return True
    # (a forum's tags before a post's subject, glued to it, 【分享】标题, [求助] 【讨论】标题: what kind of
    # post it is, no button's label; the subject after them tells. A button's stands alone or among
    # buttons: 【分享】【打印】【关闭】)
    tagged = _POST_TAGS.match(view)
    if tagged and han_len(view[tagged.end() :]) >= _TAGGED_SUBJECT:
        view = view[tagged.end() :]
    # a headline may name one weak widget word (2024年遴选时政题库); a column's label may not; a
    # phrase of a headline's length, unbroken by spaces, bars or colons, may name several
    # (关于进一步规范微信公众号和政务APP管理的通知), where a widget's words stand apart (分享到：微信 微博)
    phrase = han_len(view) >= _PHRASE and not re.search(r"[\s|｜:：]", view)
    return is_furniture(view, short=_COLUMN_LABEL + 1, weak_words=not phrase)


# (a button's word, 打印/关闭/返回…, in the brackets makes them a button: [打印] 【关闭】 返回顶部)
_POST_TAGS = re.compile(
    rf"\s*(?:[【\[](?![^】\]]*(?:{_BUTTON_WORDS}))[^】\]\s]{{2,6}}[】\]]\s*)+"
    rf"(?={_SUBJECT_OPENING})"
)
_TAGGED_SUBJECT = 6  # han characters of the subject after a post's tags


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
    issue (某某市人民政府公报 2024年第5期); an organisation's name beside its English one in capitals
    (某某市人民政府 MOUMOU MUNICIPAL PEOPLE'S GOVERNMENT), as a portal's banner sets them."""
    chunks = _ENGLISH_NAME.sub(" ", view).split()
    if chunks and all(is_org_name(chunk) for chunk in chunks):
        return True
    if han_len(view) <= 30 and (RUN_BY.search(view) or _WELCOME.search(view)):
        return True
    steps = [step for step in _BREADCRUMB_STEP.split(view) if step.strip()]
    if len(steps) >= 2 and all(han_len(step) <= BANNER_WORD for step in steps):
        return True
    return bool(_ISSUE.fullmatch(view))


# An organisation's name in English capitals, two words or more, at a line's start or end
_ENGLISH_NAME = re.compile(
    r"^\s*[A-Z][A-Z'’.&-]*(?:\s+[A-Z][A-Z'’.&-]*)+|[A-Z][A-Z'’.&-]*(?:\s+[A-Z][A-Z'’.&-]*)+\s*$"
)
_WELCOME = re.compile(r"欢迎(?:访问|来到|光临|进入|登录)|请输入(?:关键|搜索|检索)")


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


_MARKDOWN_MARK = re.compile(r"^\s*(#|>|[-*+]\s)|\]\(|\*\*|__|`")


def _is_name(text: str) -> bool:
    """A site's, channel's, organisation's or page's name, or several of them a space apart
    (中共某某县纪委 某某县监委, 新闻详情页); traditional text read simplified."""
    names = simplified(text).split()
    return bool(names) and all(_is_one_name(_OTHER_NAME.sub("", name) or name) for name in names)


def _is_one_name(name: str) -> bool:
    """A site's, channel's, organisation's or page's name (see _is_name), one word."""
    return bool(
        is_site_name(name)
        or is_org_name(name)
        or _PAGE_NAME.fullmatch(name)
        or _ACCOUNT_NAME.fullmatch(name)
        or _CHAT_GROUP.fullmatch(name)
    )


# A chat group's name, as a QQ or WeChat group's page prints it in its banner and <title>
# (2025省考上岸冲刺交流群(3群), 遴选备考打卡群2群): what its members do there, then 群 and its
# number among groups of one name. Not a headline's 城市群 or 产业集群, whose word before 群 is no such
# deed, nor a page about a group that names it without a number (青年干部读书分享群: its topic).
_CHAT_GROUP = re.compile(
    r"\S{2,20}?(?:交流|学习|讨论|互助|答疑|打卡|备考|冲刺|资料|分享|读书|刷题)群"
    r"(?:\s*[(（]\s*\d{1,3}\s*群?\s*[)）]|\d{1,3}群)"
)


# An organisation's other name in brackets after its name, as one with two names prints both
# (中共某某市委党校（某某行政学院）, 某某县纪委（监委）): a name still, not a headline's note.
_OTHER_NAME = re.compile(r"[（(][\u4e00-\u9fff]{2,12}[）)]$")


# what a page calls itself when its template has no title of its own (文章详情, 新闻详情页, 正文)
_PAGE_NAME = re.compile(r".{0,6}(?:详情页?|详细信息|内容页|正文页?|文章页|页面)")
