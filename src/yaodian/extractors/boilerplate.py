"""Separate a document's main text from its boilerplate, and find the document's own title.

Rules are general signs of furniture in Chinese web pages, WeChat articles, official documents
and PDF text: links and phone numbers, sharing and login widgets, download and copyright
notices, author/editor lines, a site's banner, picture captions, metadata blocks, page numbers
and running headers, classification marks, and the related-article blocks (相关推荐, 上一篇,
往期推荐) after which an article's own text has ended. The title is the document's headline,
told from that furniture, from date lines, salutations and section headings.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from yaodian.extractors.script import simplified
from yaodian.extractors.text import Paragraph, clean_line, half_width, han_len
from yaodian.sources import LineLayout, is_org_name, is_site_name

_NO_LAYOUT = LineLayout()

_URL = re.compile(r"https?://|www\.|\b[\w-]+\.(com|cn|net|org|gov)\b", re.I)
_PHONE = re.compile(r"(?<!\d)(1[3-9]\d{9}|\d{3,4}-\d{3,4}-\d{4}|\d{3,4}-\d{7,8})(?!\d)")
_DATE_META = re.compile(
    r"\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?.{0,20}(阅读|来源|作者|浏览|点击|发布|编辑|\d{1,2}:\d{2})"
)
# The fields a document-sharing site (a 文库) prints beside a document's name: its pages,
# downloads, uploader and format (页数：6页　下载次数：1,284　上传者：…　文档格式：docx).
_SHARED_DOCUMENT_FIELDS = r"页数|总页数|下载次数|下载量|上传者|上传人|上传用户|上传时间|上传日期|贡献者|文档格式|文件格式|文档大小|文件大小"
# A label of a byline or a metadata block (a bracket may open it: 【责任编辑：…】 (责编：…)).
_META = re.compile(
    r"^\s*[【\[(（]?\s*(?:本版|本期|本文)?((?:信息|文章|稿件|新闻)?来源|原标题|作者|编辑|责任编辑|责编|校对|审核|发布时间|发布日期|时间|文|图|"
    r"主讲|主讲人|整理|整理人|记者|通讯员|摄影|供稿|索引号|主题分类|发文机关|发文字号|成文日期|有效性|主办单位|"
    r"承办单位|主办|承办|协办|主管|"
    + _SHARED_DOCUMENT_FIELDS
    + r"|收稿日期|基金项目|作者简介|中图分类号|文献标识码|文章编号|专题专栏|所属专题|所属栏目|栏目|频道|发布机构|"
    r"发布单位|发布者|发布人|抄送|考生须知|考试须知|答题须知|美编|美术编辑|版式设计|版式|排版|初审|复审|终审|监制)\s*[:：|/／]"
)
# Labels of a page's metadata that notes and articles also use for their own content (关键词：
# 降碳、减污、扩绿): metadata only outside the body, in the head or the tail.
_OUTER_META = re.compile(r"^\s*[【\[(（]?\s*(关键词|关键字|标签|摘要)\s*[:：|]")
# A note's remarks on itself before its body: how to use it, where it comes from, when it was
# updated, a notice (资料来源：… 上次整理：2024-08-26 【说明】…).
_ABOUT_LABEL = re.compile(
    r"^\s*[【\[(（]?\s*(说明|使用说明|温馨提示|提示|备注|资料来源|来源|更新|上次更新|最近更新|更新时间|"
    r"上次整理|整理时间|阅读时间|进度|版本)\s*(?:[:：|】\]）)])"
)
# A line that opens with a short label (用法：…), as a note's remarks on itself do.
_LABELLED = re.compile(r"\s*[【\[(（]?[^\s：:，。；、]{1,6}[:：】\]）)]")
# A name's label and the name alone: 报告人：县长林志诚, 对照检查人：李明远, 联系人：杨帆.
_NAMED_BY = re.compile(r"\s*[^\s：:，。]{1,6}人\s*[:：]\s*[\u4e00-\u9fff·]{2,12}\s*")
_BREADCRUMB = re.compile(r"(首页|当前位置|您的位置)\s*[>›»/]|首页\s*(?:[-→—＞]|>>)|[>›»]\s*\S+\s*[>›»]")
# Words of site furniture. Strong ones hardly occur in an article's own prose; weak ones do
# (an article may discuss 微信公众号 or 评论), so they count only on short lines.
_STRONG_WIDGET_WORDS = (
    "下载", "登录", "注册", "扫一扫", "客服", "版权", "免责", "侵权", "举报", "退款", "预览", "点击此处",
    "点击查看", "联系我们", "关于我们", "在线咨询", "回到顶部", "QQ群", "充值", "阅读全文", "展开全文", "VIP",
    "网站导航", "友链", "跳转", "蓝字", "星标", "阅读原文",
    # notices of use and copyright
    "仅供参考", "仅供学习", "仅供个人", "侵删", "转载请", "禁止转载", "未经授权", "未经许可", "违者必究", "小编",
    "本站", "ICP备", "备案号", "关闭窗口", "打印本页", "©", "Copyright", "Rights Reserved",
)  # fmt: skip
# Notices of use, however worded: 仅供考生复习参考, 严禁上传网络、转载或翻印, 违者追究责任, and a
# promotion's call: 关注公众号…回复“归纳”领取, 扫码加入备考群, 长按识别二维码.
_NOTICE = re.compile(
    r"(仅供|只供|仅限).{0,8}(参考|学习|使用|复习|交流|备考)|(严禁|禁止|不得|请勿|谢绝).{0,6}"
    r"(转载|商用|上传|翻印|外传|复制|传播|倒卖|商业)|违者.{0,4}(必究|追究)|关注.{0,4}公众号|回复.{0,12}(领取|获取)"
    r"|(扫码|扫描[^，。；：、]{0,4}二维码)[^，。；：、]{0,8}(关注|加入|进群|领取|添加|下载)"
    r"|长按[^，。；：、]{0,4}(识别|二维码)"
    r"|(加入?|进入?|添加)[^，。；：、]{0,8}(交流|学习|备考|微信|粉丝|读者|资料|打卡|QQ)群"
    r"|(欢迎|如需|如要)转载|转载.{0,8}(注明|保留)\S{0,2}出处|不代表本\S{0,4}(立场|观点)"
)
# A document's word on where it comes from (本文档由语雀导出, 本文首发于…, 本文转自…, 本文由…整理).
_ORIGIN_NOTE = re.compile(
    r"\s*[【\[(（]?\s*本(?:文|文档|页|篇|笔记|资料|题库|材料)\s*(?:由|首发|发布于|来源于|来自|转自|摘自|整理自|选自|导出)"
)
# A link's arrow at a line's end (点击报名>>, 查看更多»): a link, not the text's
_LINK_ARROW = re.compile(r"(?:>>|»)\s*$")
# A report's closing formula: 如有不妥之处，恳请批评指正.
_CLOSING_FORMULA = re.compile(r"(不妥|不当|疏漏|错误|不足)之处.{0,16}指正")
# A button: a short verb of a page's controls and what it acts on (查看答案, 点击展开答案, 收起).
_BUTTON = re.compile(r"\s*(点击|查看|展开|收起)\S{0,6}")
# A dated note of an update (上次更新 2024/9/16, 更新：2024-07-22).
_UPDATED = re.compile(r"更新\S{0,4}\s*[:：]?\s*\d{4}\s*[-/.年]\s*\d{1,2}")
# A line of a table of contents: its leader dots, then a page number.
_CONTENTS_LINE = re.compile(r".{2,40}?[.…·．]{4,}\s*\d{1,4}\s*")
# A reference or a footnote: [2]参见《…》，《人民日报》2023年7月19日。
_REFERENCE = re.compile(r"\s*[\[［]\d{1,3}[\]］]\s*(参见|见|引自|转引自|《).*")
# A numbered item (一、 （一） 1. ①): a site's widgets are not numbered.
_NUMBERED_ITEM = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、．.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[、．.)）](?!\d)|[①-⑳])"
)
_WEAK_WIDGET_WORDS = (
    "扫描", "微信", "微博", "公众号", "关注我们", "收藏", "打印", "分享", "字体", "会员", "APP", "声明",
    "删除", "题库", "转载", "购买", "开通", "广告", "评论", "点赞", "返回",
)  # fmt: skip
_ANY_WIDGET_WORD = re.compile("|".join(re.escape(w) for w in _STRONG_WIDGET_WORDS + _WEAK_WIDGET_WORDS))
_MENU = re.compile(r"(\S{1,8}\s*[|｜]\s*){2,}")  # several short words separated by bars
# Related-articles markers: a heading that opens the line, or a 推荐… >> link anywhere in it.
_TAIL_HEADING = re.compile(
    r"\s*[•·\-]?\s*[【\[]?(相关推荐|相关阅读|相关文章|相关新闻|推荐阅读|延伸阅读|参考阅读|猜你喜欢|热门推荐|热门文章|热门专题|"
    r"最新文章|往期推荐|往期回顾|往期精选|本版其他文章|喜欢此内容的人还喜欢|上一篇|下一篇|上一条|下一条|版权声明|免责声明|"
    r"[（(【\[][^（()）【】\[\]]{0,4}完[）)】\]]|[（(]未完|[-—·\s]*END[-—·\s]*$"
    r"|(?:注释|注释与参考文献|参考文献|尾注)\s*[:：]?\s*$)"  # an article's notes: its own text has ended
)
_TAIL_LINK = re.compile(r"推荐.{0,20}(学习|阅读)\s*>{2,}")
_TEASER_END = re.compile(r"(…|\.\.\.)\s*$")


def is_boilerplate(text: str) -> bool:
    """A single line that is site furniture rather than article text."""
    view = simplified(text)
    return _is_tail_marker(view) or _is_furniture(view)


def _is_tail_marker(text: str) -> bool:
    """A related-articles marker, after which a page's own text has ended."""
    return bool(_TAIL_HEADING.match(text) or ("推荐" in text and _TAIL_LINK.search(text)))


# Most lines are prose: each costly pattern is only tried on a line holding a character it
# cannot match without (a URL a dot or slash, a phone number or date three digits in a row,
# a breadcrumb one of its separators).
_THREE_DIGITS = re.compile(r"\d{3}")
_BREADCRUMB_SEPARATORS = re.compile("[>›»/\\-→—＞]")


def _is_furniture(text: str, short: int = 20, in_body: bool = False, weak_words: bool = True) -> bool:
    """`is_boilerplate` of a line's simplified view, bar the related-articles markers (main_text
    tests those first). A line with one weak widget word is furniture when shorter than `short`.
    A numbered item (2.完善…退出机制…（牵头单位：登记注册处）) is never furniture by one widget word,
    nor a lone label: an item or a label (问题：) is no button. Words set apart by bars are a
    menu outside the body (`in_body`: between its first and last prose); inside it, only with a
    widget's word (关键词：以旧换新 | 新型消费 | 有效投资 is a note's). Without `weak_words`, weak
    widget words do not count (a headline's may name them)."""
    if not text:
        return True
    length = han_len(text)
    numbered = bool(_NUMBERED_ITEM.match(text))
    if (
        length <= 2 and not numbered and not re.search(r"[:：]$", text)
    ):  # a lone button label (提示, 取消, 更多)
        return True
    if ("." in text or "/" in text) and _URL.search(text):
        return True
    if _THREE_DIGITS.search(text) and (_PHONE.search(text) or _DATE_META.search(text)):
        return True
    if _META.match(text) or (_BREADCRUMB_SEPARATORS.search(text) and _BREADCRUMB.search(text)):
        return True
    if _NOTICE.search(text) or (length <= 8 and _BUTTON.fullmatch(text)) or _NAMED_BY.fullmatch(text):
        return True
    if length < 60 and (
        _CLOSING_FORMULA.search(text) or _ORIGIN_NOTE.match(text) or _LINK_ARROW.search(text)
    ):
        return True
    if (
        (length <= 30 and _UPDATED.search(text))
        or _CONTENTS_LINE.fullmatch(text)
        or _REFERENCE.fullmatch(text)
    ):
        return True
    strong = weak = 0
    if _ANY_WIDGET_WORD.search(text):  # one scan for most lines, which have none
        strong = sum(1 for word in _STRONG_WIDGET_WORDS if word in text)
        weak = sum(1 for word in _WEAK_WIDGET_WORDS if word in text)
    if strong >= 2 or (strong == 1 and length < 60 and not numbered):
        return True
    if weak_words and not numbered and ((weak >= 2 and length < 40) or (weak == 1 and length < short)):
        return True
    # menus: several short words separated by bars or wide spaces, not a table's row of figures
    # the bar test first: the pattern backtracks over every line, and few lines have a bar
    menu = (
        ("|" in text or "｜" in text)
        and bool(_MENU.search(text))
        and not re.search(r"\d", text)
        and (not in_body or strong + weak > 0)
    )
    return menu or _is_short_menu(text) or _is_spaced_menu(text)


def _is_short_menu(text: str) -> bool:
    """Three or more words of a menu, set apart by spaces, in a short line (上一版 下一版 返回): each a
    word of Han characters alone, not a figure, a sign (定义 + 内涵) or a question's option."""
    words = text.split()
    return (
        len(words) >= 3
        and han_len(text) <= 12
        and all(len(word) <= 4 and _ALL_HAN.fullmatch(word) for word in words)
    )


_ALL_HAN = re.compile(r"[\u4e00-\u9fff]+")


def _is_spaced_menu(text: str) -> bool:
    """Five or more words of a menu set apart by spaces (上一版 下一版 返回目录 放大 缩小), most of
    two or three characters, or of mixed lengths (首页 政务公开 政务服务 互动交流): not a line of
    slogans, which are of one length (稳中求进 守正创新 先立后破), nor a question's options
    (A. 科技金融 B. 绿色金融)."""
    words = text.split()
    return (
        len(words) >= 5
        and all(len(word) <= 4 and re.search(r"[\u4e00-\u9fff]", word) for word in words)
        and (sum(map(len, words)) <= 3 * len(words) or len({len(word) for word in words}) > 1)
    )


# Marks of restricted circulation (密级 and the like), printed above or around a document.
_RESTRICTED = re.compile(
    r"(绝密|机密|秘密)\s*★|★\s*启用前|内部(教学)?资料|内部(使用|发行|参考)|请勿外传|不得外传"
)
# An issuer's masthead (版头: 国务院办公厅文件) and a document number (国办发〔2024〕36号).
# An issuer's masthead over its documents (某某市人民政府办公室文件), or a congress's or a meeting's
# over the documents it discusses (某某市第十七届人民代表大会第五次会议文件, 中国共产党某某市第九次代表大会文件)
_MASTHEAD = re.compile(
    r"\S{2,30}(办公厅|办公室|委员会|人民政府|政府|党委|党组|[部局厅委院]|会议|代表大会)文件(?:\s*[(（]\d{1,3}[)）])?"
)
_DOCUMENT_NUMBER = re.compile(r"\S{1,12}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*号")
_EDITION = re.compile(r"第\s*[\d一二三四五六七八九十]+\s*版")  # a newspaper's page: 第01版：要闻
_PAGE_FOOTER = re.compile(
    r"[-—–－\s(（]*(?:第\s*\d+\s*页\s*[,，/]?\s*(共\s*\d+\s*页)?|\d{1,4}|\d+\s*/\s*\d+)[-—–－\s)）]*"
)
# an official document's 版记: who printed it (and when)
_PRINTED = re.compile(r".{0,30}\d{4}年\d{1,2}月\d{1,2}日\s*印发|[^，。；：\s]{2,20}印[发制]")
_WORD_COUNT = re.compile(r"[（(]\s*(全文|本文|正文)?\s*(约|共)?\s*\d+\s*字\s*[）)]")  # （全文约1180字）
_FONT_SIZE = re.compile(r"大\s*中\s*小")  # 【字号：大 中 小】
# A page's weather widget: 临川 多云 16℃~24℃, 晴 -3°C.
_WEATHER = re.compile(r"(?:晴|阴|云|雨|雪|雾|霾|风)\S{0,4}\s*-?\d{1,2}\s*(?:℃|°C)")
# A picture's caption or credit: 图为…, ▲…, …供图, …摄 (not 拍摄).
_CAPTION = re.compile(r"^\s*(图为|[▲△])|(供图|(?<!拍)摄)\s*[）)]?\s*$")
# A note in brackets on a line of its own about who wrote, edited or sent the text.
_NOTE = re.compile(
    r"[（(【\[][^）)】\]]*(记者|作者|整理|此件|编辑|责编|来源|供图|摄影|通讯员)[^）)】\]]*[）)】\]]"
)
# A news agency's dateline opening a paragraph: 中新网萍乡5月16日电（记者 钟欣然）, 本报讯（记者 …）.
_DATELINE = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]{1,12}\d{1,2}月\d{1,2}日电|本报讯|[\u4e00-\u9fff]{2,8}讯(?=\s*[（(]记者))"
    r"\s*(?:[（(][^）)]{0,30}[）)])?\s*"
)
# The heading of an exam paper's instructions (注意事项), whose numbered lines follow it.
_INSTRUCTIONS = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,2}\s*[、．.]\s*)?(注意事项|考生须知|考试须知|答题须知|应试须知)\s*[:：]?\s*"
)
# The names of an official document's attachments (附件：1.某某方案 / 2.名词解释), not the attachments.
_ATTACHMENTS = re.compile(r"\s*附件\s*[:：]")
_NUMBERED = re.compile(r"\s*\d{1,2}\s*[.、．]")


# A paper's affiliations under its authors, each numbered and ending in its province, city and
# postcode (（1.某某大学 某某学院，江西 南昌 330003；2.…，上海 200233）), as journals print them.
_AFFILIATIONS = re.compile(
    r"(?:\s*[（(]?\s*(?:\d{1,2}\s*[.．、]?\s*)?[^。；;，,（()）]{2,40}[，,]\s*[\u4e00-\u9fff]{2,}"
    r"(?:\s+[\u4e00-\u9fff]{2,})?\s+\d{6}\s*[；;)）]*)+"
)


def _is_page_chrome(view: str, spaced: str, running: set[str]) -> bool:
    """A line of a page's or a paper's furniture beyond widgets and menus: a classification mark,
    a masthead, a document number, a newspaper's page, a page number, a running header, a site's
    banner, a picture's caption, a bracketed note on the author, a 版记's 印发 line, a paper's
    affiliations."""
    length = han_len(view)
    if length > 60:
        return False
    if _RESTRICTED.search(view) or _MASTHEAD.fullmatch(view) or _DOCUMENT_NUMBER.fullmatch(view):
        return True
    if (_EDITION.match(view) or (length <= 20 and _EDITION.search(view))) or _PAGE_FOOTER.fullmatch(view):
        return True
    if view in running or _PRINTED.fullmatch(view) or _WORD_COUNT.fullmatch(view):
        return True
    if _CAPTION.search(view) or _NOTE.fullmatch(view) or (_FONT_SIZE.search(view) and length <= 12):
        return True
    if length <= 20 and _WEATHER.search(view):
        return True
    if " " in spaced and (_is_spaced_menu(spaced) or _AFFILIATIONS.fullmatch(spaced)):
        return True
    # a banner has its names apart (中新网·江西新闻, 百学范文网 心得体会); a heading may end in 专题
    return len(_CHUNK_SEPARATORS.split(spaced.strip())) >= 2 and _is_site_line(spaced)


def _spaced(raw: str) -> str:
    """A line cleaned as clean_line cleans it, but with the spaces between its words kept: a
    headline's two halves (…之路 奋力谱写…) and a banner's names are told apart by them."""
    return " ".join(filter(None, map(clean_line, raw.split())))


def _running_lines(lines: list[str]) -> set[str]:
    """Lines printed again and again through a document (simplified): a PDF's running header."""
    counts = Counter(simplified(clean_line(line)) for line in lines)
    return {line for line, count in counts.items() if count >= _RUNNING_COUNT and _could_run(line)}


_RUNNING_COUNT = 3


def _could_run(line: str) -> bool:
    """A line that may be a running header: of some length, not a label, an item or a sentence.
    (A question bank repeats 答案：A and a notebook its 名言金句 headings: these are not.)"""
    return han_len(line) >= 8 and not re.search(r"[。，；：:]", line) and not _SECTION.match(line)


def _is_prose(text: str) -> bool:
    return han_len(text) >= 60 and bool(re.search(r"[，,。；]", text)) and not _TEASER_END.search(text)


def main_text(lines: list[str], layout: Mapping[int, LineLayout] | None = None) -> list[Paragraph]:
    """The article lines of a document, cleaned, with their line numbers; boilerplate removed.

    After a related-articles or previous/next marker the page's own text has ended, so the
    lines that follow are dropped until real prose (a long line that is not a teaser) resumes.
    Labels that a page's metadata shares with notes (关键词：) are furniture only outside the
    body's prose; a note's remarks on itself (资料来源：… 上次整理：…) only in its head, before its
    first heading, item or prose that is no labelled remark.
    A site's or channel's name on a line of its own before the body's first prose (某某市人民政府,
    城建频道), or a topic's (学习贯彻…精神专题), is the page's banner. An exam paper's instructions (注意事项 and the numbered lines
    under it, on its cover) and the names of an official document's attachments (附件：1.… 2.…)
    are dropped, anti-scraping junk inside a line and a news agency's dateline before the first
    paragraph are cut out.
    `layout` (a Markdown document's, by line number) is carried into the paragraphs.
    """
    paragraphs: list[Paragraph] = []
    running = _running_lines(lines)
    cleaned = [_cleaned(raw) for raw in lines]
    body = [number for number, (_, text) in enumerate(cleaned, 1) if _is_body(text)]
    first, last = (body[0], body[-1]) if body else (len(lines) + 1, 0)
    head_end = next(
        (
            number
            for number, (_, text) in enumerate(cleaned, 1)
            if (_is_body(text) and not _LABELLED.match(text))
            or (number > 1 and (_SECTION.match(text) or ((layout or {}).get(number) or _NO_LAYOUT).heading))
        ),
        len(lines) + 1,
    )
    in_tail = False
    skipping: str | None = None  # an exam paper's instructions, or the names of attachments
    for number, raw in enumerate(lines, 1):
        written, text = cleaned[number - 1]
        if not written:
            continue
        if skipping and _still_skipping(skipping, text):
            continue
        skipping = None
        if _is_tail_marker(text):
            in_tail = True
            continue
        if in_tail:
            if not _is_prose(text) or _is_furniture(text):
                continue
            in_tail = False
        elif (
            _is_furniture(text, in_body=first < number < last)
            or _is_page_chrome(text, simplified(_spaced(raw)), running)
            or (number < first and is_site_name(text))  # a site's or channel's name over the text
            or (number < first and han_len(text) <= 30 and bool(_RUN_BY.search(text)))  # 某某网 | 某某部主办
            or (number < first and han_len(text) <= 30 and bool(_TOPIC.search(text)))  # a topic's banner
        ):
            continue
        if (_OUTER_META.match(text) and not first < number < last) or (
            number < head_end and _ABOUT_LABEL.match(text)
        ):
            continue
        skipping = _opens_block(text, paragraphs)
        if skipping:
            continue
        body_text = text.lstrip("-•·* ")
        original = written[len(text) - len(body_text) :]
        shape = (layout or {}).get(number) or _NO_LAYOUT
        paragraphs.append(
            Paragraph(
                number,
                body_text,
                original if original != body_text else "",
                shape.heading,
                shape.bullet,
                shape.emphasised,
            )
        )
    return paragraphs


def _cleaned(raw: str) -> tuple[str, str]:
    """A line as main_text reads it: cleaned, without junk and a news agency's dateline, and its
    view for the extractors: simplified, full-width digits and letters as ASCII ones."""
    written = _without_watermark(
        _EDITORS_LABEL.sub("", _DATELINE.sub("", clean_line(_without_jammer(raw)), count=1))
    )
    return written, half_width(simplified(written)) if written else ""


# An editor's label before a paragraph (【编者按】…, 导读：…): the paragraph is the text's, the label not
_EDITORS_LABEL = re.compile(
    r"^\s*[【\[]\s*(?:编者按|编者的话|导读|导语|按语|题记|提要)\s*[】\]]\s*[:：]?\s*(?=\S)"
)
# What a page glues after a paragraph's last sentence: words without a sentence's mark
_TRAILING = re.compile(r"(?<=[。！？；!?;”」』])\s*(?P<tail>[^。！？；!?;”」』，,]{2,40})$")
# a code of letters and digits mixed (Y8cN2#, ycnews.cn_04a7f): a watermark's, not prose's
_CODE = re.compile(r"(?=[!-~]*\d)(?=[!-~]*[A-Za-z])[!-~]{5,}")


def _without_watermark(text: str) -> str:
    """A paragraph without the watermark a site glues after its last sentence (…全覆盖；Y8cN2#某某网,
    …的日子。”某某网原创 未经授权禁止转载, …前列。某某网-版权所有): words after the last
    sentence's mark that name a site or hold a code of letters and digits or a URL. (A notice of
    use alone, 。仅供个人复习, leaves the line furniture as a whole.)"""
    if _LOWER.search(text) and _UPPER.search(text):  # (the costly pattern only where a code may be)
        text = _GLUED_CODE.sub("", text)
    note = _TRAILING_NOTE.search(text) if text.rstrip()[-1:] in "）)】]" else None
    if note and han_len(text[: note.start()]) >= _WATERMARKED_PROSE:
        view = simplified(note["note"])
        if _NOTICE.search(view) or _ORIGIN_NOTE.match(view):
            return text[: note.start()]
    match = _TRAILING.search(text)
    if not match or han_len(text[: match.start()]) < _WATERMARKED_PROSE:
        return text
    tail = match["tail"]
    view = simplified(tail).strip()
    marked = bool(_CODE.search(tail) or _URL.search(tail)) or (
        han_len(view) >= _WATERMARK_WORDS
        and any(is_site_name(chunk) for chunk in _SITE_CHUNKS.split(view) if chunk)
    )
    return text[: match.start()] if marked and not view.startswith(("：", ":")) else text


_WATERMARKED_PROSE = 20  # han characters of prose before a watermark
# a site's note in brackets after a paragraph's last sentence: where the text comes from, how it may
# be reprinted (…严肃问责。（本文来自某某范文网，转载请保留出处）)
_TRAILING_NOTE = re.compile(
    r"(?<=[。！？；!?;”」』])\s*(?P<note>[（(【\[][^（()）【】\[\]]{2,40}[）)】\]])\s*$"
)
_LOWER, _UPPER = re.compile("[a-z]"), re.compile("[A-Z]")
# a random code glued into the prose between its words (…2.86亿元，yB7kQ2wM其中…): letters of both
# cases and digits mixed, as anti-scraping watermarks are; no word, figure or standard's code is
_GLUED_CODE = re.compile(
    r"(?<=[\u4e00-\u9fff，。；、：])(?=[A-Za-z\d]*[a-z])(?=[A-Za-z\d]*[A-Z])(?=[A-Za-z\d]*\d)[A-Za-z\d]{6,}"
    r"(?=[\u4e00-\u9fff，。；、])"
)
_WATERMARK_WORDS = 4  # han characters of a watermark without a code (问题 after a quotation is prose)
_SITE_CHUNKS = re.compile(r"\s*(?:[\s·|｜>»\-—_]|原创|版权所有|来源于?)\s*")  # 某某网原创, 某某网-版权所有


def _opens_block(text: str, before: list[Paragraph]) -> str | None:
    """A line that opens a block to skip: the names of attachments (附件：1.…), or an exam paper's
    instructions (注意事项), which stand on its cover, before any prose."""
    attachments = _ATTACHMENTS.match(text)
    if attachments and _NUMBERED.match(text[attachments.end() :]):
        return "attachments"
    if _INSTRUCTIONS.fullmatch(text) and not any(_is_body(p.text) for p in before):
        return "instructions"
    return None


def _still_skipping(block: str, text: str) -> bool:
    """The block being skipped goes on: the attachments' names are short numbered lines; the
    instructions run on (wrapped lines too) until a short heading (给定资料)."""
    if block == "attachments":
        return bool(_NUMBERED.match(text)) and han_len(text) <= 30 and not re.search(r"[，。；：]", text)
    return not (
        han_len(text) <= 12 and not re.search(r"[，。！？；：!?]", text) and not _NUMBERED.match(text)
    )


# ---------------------------------------------------------------- titles

# A headline stands among a document's first lines, before its body: a long line of prose.
_HEAD_LINES = 30
_UNTITLED = "未命名文档"
# Document types of official writing (GB/T 9704's 文种 and the genre's speeches and reports):
# a headline that ends in one is complete, and the next line is not more of it.
_DOCUMENT_TYPE = re.compile(
    r"(决议|决定|命令|令|公报|公告|通告|意见|通知|通报|报告|请示|批复|议案|函|纪要|讲话|发言|致辞|"
    r"规划|纲要|方案|办法|规定|条例|细则|准则|要点|试卷|题本|总结|计划|汇报|体会|材料|讲义|提纲|"
    r"[\d一二三四五六七八九十]+篇)[”」）)]*$"
)
_FULL_DATE = re.compile(
    r"\d{4}\s*(年|-|/|\.)\s*\d{1,2}\s*(月|-|/|\.)\s*\d{1,2}|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月"
)
_DATE_ALONE = re.compile(
    r"[\s(（]*(\d{4}\s*[年./-]\s*(\d{1,2}\s*[月./-]?\s*(\d{1,2}\s*日?)?)?|\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"\s*(星期.|周.)?\s*(\d{1,2}:\d{2}(:\d{2})?)?[\s)）]*"
)
# A line that opens a section or an item, not the document: 一、 (一) 1. ① 一是 首先 第一章 【考点一】
_SECTION = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、．.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[、．.)）](?!\d)"
    r"|[①-⑳]|(?:其|是)?[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十百\d]{1,3}[章节部分篇讲课单元题条,，、:：]"
    r"|(?:首先|其次|再次|最后)|【[^】]{0,8}[一二三四五六七八九十\d]+】|[-•·●■◆*+]\s)"
)
_SUBTITLE = re.compile(r"\s*[—－–-]")
_BYLINE = re.compile(r"记者|通讯员|评论员|撰稿|主讲|^原创|^楼主")  # 楼主: a forum thread's poster
_TITLE_FIELD = re.compile(
    r"\s*[【\[]?\s*(?:文章|文件)?(标\s*题|题\s*名|名\s*称)\s*(?:[:：]|[】\]]\s*[:：]?)\s*(\S.*)"
)
_MARKDOWN_TOP_HEADING = re.compile(r"\s{0,3}#\s+\S")
_CHUNK_SEPARATORS = re.compile(r"\s*[\s·|｜>»]\s*")
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


def find_title(
    lines: list[str],
    paragraphs: list[Paragraph],
    fallback: str,
    given: str | None = None,
    running_heads: Sequence[str] = (),
) -> str:
    """The document's own headline, for its deck's name: never empty, a URL, a Markdown mark or
    a date alone.

    In order: the title the format gave (`given`: a web page's, a Word document's, a Markdown
    file's top heading), tidied, when it has words; a 标题: field of a page's metadata block; a
    Markdown top heading; the first line of the head (the lines before the body's first prose)
    that reads like a headline and is not chrome, a date line, a breadcrumb, a salutation or a
    section heading, joined with the next line when the headline runs on over two, and
    preferring one that a byline, a date or a subtitle follows; else a running head that reads
    like a headline and is no masthead (`running_heads`, an excerpt's: the document's name over
    its pages); else the file name `fallback` when it has words; else the body's opening words;
    else the file name as it is.
    """
    if given and _acceptable(title := _tidy_title(_after_breadcrumb(given))) and not _not_a_headline(title):
        return title
    head = _head(lines, paragraphs)
    title = _title_field(head) or _markdown_title(head) or _headline(head, _running_lines(lines))
    if title or (title := _running_title(running_heads)):
        return title
    name = _tidy_title(re.sub(r"[_\s]+", " ", re.sub(r"\s*[(（]\d+[)）]$|[-_ ]*副本$", "", fallback)))
    if han_len(name) >= 2 and _acceptable(name):
        return name
    body = next((p.written for p in paragraphs if _is_body(p.text)), "")
    opening = _tidy_title(_opening_words(body))
    for title in (opening, name):
        if han_len(title) >= 2 and _acceptable(title):
            return title
    return name if _acceptable(name) else _UNTITLED


def _running_title(running_heads: Sequence[str]) -> str:
    """The first running head that reads like a headline and is no masthead, date or page's
    furniture (青阳市第十七届人民代表大会第五次会议文件 over the even pages, 政府工作报告 over the odd)."""
    for text in running_heads:
        plain = _unspaced(_plain(_spaced(text)))
        line = _HeadLine(0, plain, simplified(plain), raw=text)
        if _reads_like_headline(line, set()) and not _not_a_headline(line.view):
            title = _tidy_title(plain)
            if _acceptable(title) and han_len(title) >= 4:
                return title
    return ""


def _not_a_headline(title: str) -> bool:
    """A title the format gave that is no headline: a site's or an organisation's name, a
    masthead, a column's banner or a section's heading (a Word document's first Heading 1)."""
    view = simplified(title)
    return (
        is_site_name(view)
        or _is_banner(view)
        or bool(_MASTHEAD.fullmatch(view) or _DOCUMENT_NUMBER.fullmatch(view) or _RESTRICTED.search(view))
        or bool(_SECTION.match(view))
        or _is_date_line(view)
    )


def is_title_line(text: str, title: str) -> bool:
    """`text`, a line of the document, is its headline `title` as printed (📚 **标题**, 某某网 — 标题),
    which is the deck's name and no card of it."""
    if text == title or han_len(text) > han_len(title) + _TITLE_DECORATION:
        return text == title
    tidy = _tidy_title(text)
    return "".join(title.split()) in {"".join(tidy.split()), "".join(_drop_kicker(tidy).split())}


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


def _is_body(text: str) -> bool:
    """A line of the body's prose: long, with a sentence's punctuation."""
    return han_len(text) >= 30 and bool(re.search(r"[。！？；!?;]", text))


def _head(lines: list[str], paragraphs: list[Paragraph]) -> list[_HeadLine]:
    """The lines before the body's first prose (as main_text keeps it), at most _HEAD_LINES of them.
    An editor's note (【编者按】…) is no body: a journal prints it above the headline."""
    notes = {number for number, raw in enumerate(lines, 1) if _EDITORS_LABEL.match(raw)}
    end = next((p.line for p in paragraphs if _is_body(p.text) and p.line not in notes), len(lines) + 1)
    layout = {p.line: p for p in paragraphs}
    head: list[_HeadLine] = []
    rows = _rows(lines)
    for number, raw in enumerate(lines[: end - 1], 1):
        if number in notes:
            continue
        plain = _unspaced(_plain(_spaced(raw)))
        text = _without_glued_meta(plain)
        dated = text != plain and han_len(text) > _COLUMN_LABEL
        text = _without_site_name(text)
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
        if len(head) >= _HEAD_LINES or _is_salutation(head[-1].view):
            break
    return head


# A headline's source, date or author printed on its line, glued or a space apart
# (…现代化来源：某某网2024-09-03 08:15:20, …现代化2024-09-03 08:15, 标题 | 某某发布 2024-03-18).
_GLUED_META = re.compile(
    r"(?<=[\u4e00-\u9fff”」》）)])\s*(?:(?:来源|来自|发布时间|发布日期|时间|日期|作者|编辑|责任编辑|"
    + _SHARED_DOCUMENT_FIELDS
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
        if han_len(before) < _PHRASE - 4 or _SECTION.match(before):
            continue
        if (
            (rest.startswith("——") and han_len(rest) >= 4)
            or _SIGNATURE.fullmatch(rest)
            or _NOTE.fullmatch(rest)
        ):
            return _TRAILING_MARKS.sub("", text[: space.start()])
    return text


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
    return text.replace(" ", "") if _LETTER_SPACED.fullmatch(text) else text


_LETTER_SPACED = re.compile(r"[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,}")


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
    """The title a page's metadata block gives (标    题：…, as government sites print it)."""
    for line in head:
        match = _TITLE_FIELD.fullmatch(line.text)
        if match and _acceptable(title := _tidy_title(match.group(2))) and han_len(title) >= 4:
            return title
    return ""


def _markdown_title(head: list[_HeadLine]) -> str:
    """A Markdown top heading (# …), taken whole: the author's own heading."""
    for line in head:
        if (
            line.heading == 1 or (not line.heading and _MARKDOWN_TOP_HEADING.match(line.raw))
        ) and not _is_name(line.view):
            title = _tidy_title(line.text)
            if _CONTENTS_HEADING.fullmatch(title):  # a table of contents' heading: the next top heading
                continue
            return title if _acceptable(title) and han_len(title) >= 2 else ""
    return ""


def _headline(head: list[_HeadLine], running: set[str]) -> str:
    """The headline among the head's lines (see find_title), with a column's label dropped."""
    blocks: list[tuple[int, int, str]] = []  # (first, last) head line and the headline they make
    menu = _menu_lines(head)
    index = 0
    while index < len(head):
        could = _reads_like_headline(head[index], running) or _is_long_news_headline(head, index)
        if index in menu or not could or _issuer_above(head, index):
            index += 1
            continue
        text, last = head[index].text, index
        while _runs_on(head, last, text, running):
            last += 1
            text = _joined(text, head[last].text)
        # (a word or two under the article's dateline or source is a widget's label, 参与互动, not a
        # headline: a headline stands above them)
        if han_len(text) > _WORD_OR_TWO or not _below_information(head, index):
            blocks.append((index, last, text))
        index = last + 1
    # The headline is the one its byline, date or subtitle follows: the lines above it name a
    # column (政策法规), a course or a series (2024年全区…培训班 / 讲义之二). Without one, the
    # first that is longer than a column's name.
    # (a column's name of a word or two, 典型经验, is no headline though a date follows it)
    bylined = [block for block in blocks if _followed_by_byline(head, block[1])]
    chosen = next((block for block in bylined if han_len(block[2]) > _WORD_OR_TWO), None) or next(
        iter(bylined), None
    )
    chosen = chosen or next(
        (block for block in blocks if han_len(block[2]) > _COLUMN_LABEL or block is blocks[-1]), None
    )
    if chosen is None:
        return ""
    first, last, title = chosen
    others = [text for start, end, text in blocks if start == end and not first <= start <= last]
    for start in range(first + 1, last + 1):
        # a line above the headline that the page prints again alone without it (its <title>'s
        # copy): a topic's or a series' name over the headline, not a half of it
        rest = head[start].text
        for line in head[start + 1 : last + 1]:
            rest = _joined(rest, line.text)
        if "".join(rest.split()) in {"".join(other.split()) for other in others}:
            return _tidy_title(_drop_kicker(rest))
    return _tidy_title(_drop_kicker(_core(title, others)))


_COLUMN_LABEL = 6  # han characters: 政策法规, 时政要闻, 学习心得体会
_WORD_OR_TWO = 4


def _below_information(head: list[_HeadLine], index: int) -> bool:
    """Head line `index` stands below the article's dateline or information line (发布时间：… 来源：…)."""
    return any(line.dated or _is_date_line(line.view) or _META.match(line.view) for line in head[:index])


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


def _menu_lines(head: list[_HeadLine]) -> set[int]:
    """The head lines of a menu copied one entry a line (首页 / 机关党建 / 工作动态 / …): three or
    more lines in a row, each a single word of a column's length."""
    menu: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*head, _HeadLine(0, "", "")]):  # a sentinel ends the last run
        word = bool(_MENU_WORD.fullmatch(line.view)) and not line.heading
        if word and run and line.number == head[run[-1]].number + 1:
            run.append(index)
            continue
        if len(run) >= _MENU_RUN:
            menu.update(run)
        run = [index] if word else []
    return menu


_MENU_WORD = re.compile(rf"[\u4e00-\u9fff]{{2,{_COLUMN_LABEL}}}")
_MENU_RUN = 3


def _runs_on(head: list[_HeadLine], last: int, text: str, running: set[str]) -> bool:
    """The headline `text`, ending at head line `last`, runs on into the next line: the next
    line follows without a blank, reads like a headline itself, and the headline is not complete
    (it does not end in its document type, a count of articles, ！ or ？). The next line is no
    name (张三, 欧阳建国: a short line is more of the headline only where the subtitle follows
    it, since a byline never stands between a headline and its subtitle), and the headline is
    no label far shorter than it (政策法规 above its headline)."""
    if last + 1 >= len(head) or head[last + 1].number != head[last].number + 1:
        return False
    after = head[last + 1]
    view = simplified(text)
    if _PERIOD_NOTE.fullmatch(after.view) and not _PERIOD_NOTE.search(view):
        return True  # a plan's years or a draft's status under its headline: 某某规划 / （2024—2026年）
    if _DOCUMENT_TYPE.search(view) or re.search(r"[！？!?]$", view) or _TOPIC.search(view):
        return False
    if _BROKEN_OFF.search(view) and han_len(text + after.text) <= _LONG_HEADLINE:
        return _continues(after, running)  # …开班式上的 / 讲话
    if han_len(text + after.text) > 40 or not _reads_like_headline(after, running):
        return False
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


# The years a plan covers or the level of an exam paper, in brackets under its headline (not 节选,
# 摘要 or 征求意见稿: what the page printed or the draft's state, not what the document is called)
_PERIOD_NOTE = re.compile(
    r"\s*[（(]\s*(?:\d{4}\s*[—–\-－~～至]+\s*\d{4}\s*年?|[^（()）\s]{1,6}(?:级|卷|类))\s*[）)]\s*"
)
# A line of a headline that breaks off inside a phrase (…开班式上的 / 讲话, 关于进一步 / 加强…)
_BROKEN_OFF = re.compile(r"(?:的|和|与|及|暨|以及|关于|进一步)$")
_LONG_HEADLINE = 60  # han characters: a notice's or a report's headline may run to two long lines


def _continues(line: _HeadLine, running: set[str]) -> bool:
    """`line` may carry on a headline broken off above it: words, not a date, a byline, a
    section's heading, a subtitle, a sentence or chrome."""
    view = line.view
    return (
        1 <= han_len(view) <= 40
        and not line.heading
        and not line.bullet
        and "。" not in view
        and not (_SECTION.match(view) or _SUBTITLE.match(view) or _is_date_line(view) or _is_byline(view))
        and simplified(clean_line(line.raw)) not in running
        and (han_len(view) <= 2 or not _is_chrome(view))  # (a word of two is no button here: 讲话)
    )


# A topic's or a column's name over the headline (学习贯彻…精神专题, 理论专栏)
_TOPIC = re.compile(r"(?:专题|专栏|栏目|频道|系列报道|特别报道)$")
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


def _joined(first: str, second: str) -> str:
    """Two lines of one headline: a wrapped line runs on into the next, but a line that ends
    with a closing mark (学好用好《条例》) is a half of its own, and keeps a space."""
    return f"{first} {second}" if re.search(r"[》”」）)]$", first) else first + second


def _followed_by_byline(head: list[_HeadLine], last: int) -> bool:
    """A headline's line is followed by its byline, dateline or subtitle (perhaps after the
    author's name on a line of its own), or carries them itself."""
    if head[last].dated:
        return True
    for line in head[last + 1 : last + 3]:
        view = line.view
        if _SUBTITLE.match(view) or _is_date_line(view) or _META.match(view) or _is_byline(view):
            return True
        if not (2 <= han_len(view) <= 4 and re.fullmatch(r"[\u4e00-\u9fff\s]+", view)):  # a name
            return False
    return False


def _core(title: str, singles: list[str]) -> str:
    """The headline a decorated one repeats: '学习心得体会（精选）' printed again as '学习心得体会',
    '重磅｜书记在大会上的讲话（全文）' as '在大会上的讲话'. The longer one adds a bracketed note
    after it, or a label before it (a bar, a colon or a bracket ends it); not an issuer's name
    (中共中央 国务院关于…的意见), and a short line (政府工作报告) is no core of a longer title."""
    cores = []
    for line in singles:
        if line == title or han_len(line) < 8 or line not in title:
            continue
        before, after = title.split(line, 1)
        if _only_a_note(after) and (not before.strip() or re.search(r"[｜|：:】\]]", before)):
            cores.append(line)
    return max(cores, key=len) if cores else title


def _is_date_line(view: str) -> bool:
    """A line that dates the document (2024年3月5日 星期二, （2024年3月5日）, 2024-03-05 08:00 来源：…):
    a full date and little else, or a date with a time; not a headline that names a date
    (2024年3月5日江苏省考面试真题解析)."""
    date = _FULL_DATE.search(view)
    if not date:
        return False
    rest = _WEEKDAY.sub("", view[: date.start()] + view[date.end() :])
    if _ISSUER.fullmatch(
        rest.strip(" 日")
    ):  # a bulletin's issuer and date (中共某某县委办公室  2024年5月6日)
        return True
    return han_len(rest) <= 6 or bool(re.search(r"\d{1,2}:\d{2}|[:：]", rest))


_WEEKDAY = re.compile(r"星期.|周[一二三四五六日天]|农历\S{2,6}")


def _is_byline(view: str) -> bool:
    """本报评论员, 新华社记者 张三, 原创 某某 …: short (人民日报评论员：… is a headline); a journal
    article's authors with their affiliations' marks (张明远1，李 晓2); or the speaker's or
    author's office and name, the name set apart at the end (党委书记、董事长  赵国栋): a name is
    two or three characters, and the line is no run of slogans of one length (稳中求进 守正创新)."""
    if han_len(view) <= 12 and _BYLINE.search(view):
        return True
    if _is_author_line(view):
        return True
    chunks = view.split()
    return (
        not re.search(r"[>|｜»]", view)
        and len(chunks) >= 2
        and han_len(view) <= 20
        and bool(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", chunks[-1]))
        and len({len(chunk) for chunk in chunks}) > 1
        and not re.search(r"[。；！？!?]", view)
    )


def _is_author_line(view: str) -> bool:
    """A journal article's or a paper's line of authors: names (a two-character name may be set
    out to three with a space, 李 晓) apart by commas, 、 or spaces, and marks that tie them to
    their affiliations (张明远1，李 晓2 / 王芳¹ 陈刚²* / 赵磊1,2): two names or more, or a mark
    no number of a headline's could be (¹, *, †, 1,2)."""
    if not _AUTHORS.fullmatch(view):
        return False
    marks = _AFFILIATION_MARK.findall(view)
    names = [name for name in _AUTHOR_SEPARATOR.split(view) if name]
    return bool(marks) and (
        len(marks) >= 2 or len(names) >= 2 or any(not mark.isascii() or not mark.isdigit() for mark in marks)
    )


_AUTHOR = r"[\u4e00-\u9fff](?:\s{0,2}[\u4e00-\u9fff]){1,3}"
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
    if _SECTION.match(view) or _SUBTITLE.match(view) or _is_date_line(view) or _is_byline(view):
        return False
    if _SOURCE_LINE.match(view):
        return False
    if (
        re.fullmatch(r"[(（].*[)）]|[【\[][^】\]]*[】\]]", view)
        or simplified(clean_line(line.raw)) in running
    ):
        return False
    return not _is_chrome(view)


# A line of counters (查看: 8652 | 回复: 137, 阅读 3245 点赞 12): each a word or two and a number.
_COUNTERS = re.compile(r"(?:\s*[\u4e00-\u9fff]{1,4}\s*[:：]?\s*\d[\d,.万+]*\s*[|｜·]?)+")


def _is_chrome(view: str) -> bool:
    """A line of a page's or a paper's furniture that could pass for a headline."""
    if _RESTRICTED.search(view) or _MASTHEAD.fullmatch(view) or _DOCUMENT_NUMBER.fullmatch(view):
        return True
    if _is_banner(view) or _LINK_ARROW.search(view):  # (a link's arrow: 点击报名>>)
        return True
    if _EDITION.search(view) or _is_site_line(view) or _WEATHER.search(view) or _COUNTERS.fullmatch(view):
        return True
    if _FONT_SIZE.search(view) and han_len(view) <= 12:  # 字号：大 中 小
        return True
    # a headline may name one weak widget word (2024年遴选时政题库); a column's label may not; a
    # phrase of a headline's length, unbroken by spaces, bars or colons, may name several
    # (关于进一步规范微信公众号和政务APP管理的通知), where a widget's words stand apart (分享到：微信 微博)
    phrase = han_len(view) >= _PHRASE and not re.search(r"[\s|｜:：]", view)
    return _is_furniture(view, short=_COLUMN_LABEL + 1, weak_words=not phrase)


_PHRASE = 12  # han characters


def _is_banner(view: str) -> bool:
    """A page's banner, way or service line: organisations' names alone (中共某某县纪律检查委员会
    某某县监察委员会), who runs the site (某某日报社主办), a way through its columns (政务公开 >
    政策文件, 首页-新闻中心-工作动态), a greeting (您好，欢迎访问某某网站！), a periodical's name and
    issue (某某市人民政府公报 2024年第5期)."""
    chunks = view.split()
    if chunks and all(is_org_name(chunk) for chunk in chunks):
        return True
    if han_len(view) <= 30 and (_RUN_BY.search(view) or _WELCOME.search(view)):
        return True
    steps = [step for step in _BREADCRUMB_STEP.split(view) if step.strip()]
    if len(steps) >= 2 and all(han_len(step) <= _BANNER_WORD for step in steps):
        return True
    return bool(_ISSUE.fullmatch(view))


# who runs a site (某某日报社主办, 主办：某某市人民政府 承办：…)
_RUN_BY = re.compile(r"(?:主办|承办|协办|主管|出品|技术支持)\s*(?:单位)?\s*$|^\S{2,20}\s+(?:主办|承办)\s")
_WELCOME = re.compile(r"欢迎(?:访问|来到|光临|进入|登录)|请输入(?:关键|搜索|检索)")
# a periodical's name and its issue (某某市人民政府公报 2024年第5期, 工作简报 第12期)
_ISSUE = re.compile(
    r"\S{2,20}\s+(?:\d{4}\s*年\s*)?第\s*[\d一二三四五六七八九十]+\s*期(?:\s*[(（]?总第\s*\d+\s*期[)）]?)?"
)


def _is_site_line(view: str) -> bool:
    """A banner: a site's or channel's name, alone or beside others (百学范文网 心得体会); not a
    sentence or a numbered heading."""
    if re.search(r"[，。！？“”]", view) or _SECTION.match(view):
        return False
    chunks = [chunk for chunk in _CHUNK_SEPARATORS.split(view) if chunk]
    names = [chunk for chunk in chunks if is_site_name(chunk)]
    # beside the names, a banner has a column's name or a date, not a headline (某某网 — 标题)
    return bool(names) and all(chunk in names or han_len(chunk) <= _BANNER_WORD for chunk in chunks)


_BANNER_WORD = 8  # han characters: a column's or a service's name (政务公开专栏, 无障碍浏览)


def _acceptable(title: str) -> bool:
    """A title a deck may carry: words, not a URL, a Markdown mark or a date alone."""
    text = title.strip()
    return (
        bool(re.search(r"[\u4e00-\u9fffA-Za-z]", text))
        and not _URL.search(text)
        and not _MARKDOWN_MARK.search(text)
        and not _DATE_ALONE.fullmatch(text)
        and not _CONTENTS_HEADING.fullmatch(text)
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
# Anti-scraping junk that some sites scatter through their text (Discuz's "jammer"): runs of
# one- or two-character ASCII tokens, letters and punctuation mixed (% J d5 N( @! K5 D: D).
_JAMMER = re.compile(r"(?<![A-Za-z0-9])(?:[!-~]{1,2} ){4,}[!-~]{1,2}(?![A-Za-z0-9])")
# A notice that issues or passes on a document (…关于印发《某某工作要点》的通知): what the learner
# studies is the document it issues, which follows it.
_ISSUING = re.compile(
    r".{0,30}关于(?:印发|转发|颁布|发布)《?(?P<document>[^《》]{4,60}?)》?的(?:通知|通报|决定)"
)
_SITE_SUFFIX = re.compile(
    r"\s*(?:[_|｜»›·>＞]+|-{1,2}|\s[—–]\s|—{2}|\s)\s*"
    r"(?P<name>[^-_|｜—»›·>＞\s]{2,24}|[A-Za-z][A-Za-z .&]{0,30}[A-Za-z])\s*$"
)
_TAB_SEPARATOR = re.compile(r"\s+-\s+|\s*(?:_|-{2}|>{1,2}|»|＞)\s*")
_SHORT_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,6}")
# a site's name before a headline: 某某党建网 — 标题, 某某网-标题, 某某日报｜标题 (not a subtitle's ——)
_SITE_PREFIX = re.compile(r"(?P<name>[^-_|｜—–\s]{2,16})\s*(?:[-_|｜–]|—(?!—))\s*")
# a site's name in brackets before a headline (【港湾新闻网】标题); a column's (【时评】) is left to _tidy_title
_BRACKETED_NAME = re.compile(r"\s*[【\[](?P<name>[^】\]]{2,16})[】\]]\s*")
# a page's badge after a headline, a space apart (标题 原创, 标题 置顶)
_BADGE = re.compile(r"\s+(?:原创|独家|首发|置顶|热门|推荐)$")
# A site's note on the file rather than its subject after a headline: that answers come with a
# paper (（附参考答案）（含解析）), that it is whole or picked (（全文）（精选）（完整版）), how many
# pieces or characters (（精选3篇）（通用5篇）（1500字）). An author's note on the content stays
# (（附典型考法）), as does a part's or an edition's name: （A类）（2024版）（青年干部篇）（考官用）.
_EDITION_NOTE = re.compile(
    r"\s*[（(【\[]\s*(?:[附含][^（()）【】\[\]]{0,6}(?:答案|解析|详解|全文)|全文|精选|完整版|节选|"
    r"转载|转发|转|图|组图|多图|图文|视频|音频|第\s*\d+\s*页|"
    r"[^（()）【】\[\]\d]{0,4}[\d一二三四五六七八九十]+\s*篇|[约共]?\s*\d+\s*字)\s*[）)】\]]\s*$"
)


# who reported or wrote it, in brackets after a headline (…（记者 王明 通讯员 李华）)
# (not an author's note on it: （自用整理）)
_BYLINE_NOTE = re.compile(r"[（(【\[][^）)】\]]*(记者|通讯员|作者|撰稿|摄影)[^）)】\]]*[）)】\]]\s*$")


# A site's word on how it got or shows an article, before its headline ([原创]标题, 转载：标题)
_HOW_POSTED = re.compile(
    r"\s*(?:[【\[(（]\s*(?:原创|转载|转发|转|视频|图文|组图)\s*[】\])）]|(?:原创|转载|转发)\s*[:：])\s*"
)
# a document's file name extension, as a document-sharing site's <title> keeps it (标题.docx - 某某文库)
_FILE_EXTENSION = re.compile(r"\.(?:docx?|pdf|wps|txt|pptx?)(?=\s*(?:[-_|｜]|$))", re.I)


def _without_site_name(text: str) -> str:
    """A headline without a site's or channel's name printed before or after it (标题-中新网,
    标题_栏目_某某网, 标题--观点--人民网, 标题·中国共产党新闻网, 某某党建网 — 标题, 首页 > 理论 > 标题),
    when what is left reads as more than a column's name. A breadcrumb keeps its steps."""
    if _BREADCRUMB.search(simplified(text)):
        return text
    text = _FILE_EXTENSION.sub("", _URL_NOTE.sub("", text))
    posted = _HOW_POSTED.match(text)
    if posted and han_len(text[posted.end() :]) >= 4:
        text = text[posted.end() :]
    while (suffix := _SITE_SUFFIX.search(text)) and _names_a_site(suffix, text[: suffix.start()]):
        text = text[: suffix.start()]
    bracketed = _BRACKETED_NAME.match(text)
    if bracketed and is_site_name(simplified(bracketed["name"])) and han_len(text[bracketed.end() :]) >= 4:
        text = text[bracketed.end() :]
    badge = _BADGE.search(text)
    if badge and han_len(text[: badge.start()]) >= 4:
        text = text[: badge.start()]
    prefix = _SITE_PREFIX.match(text)
    rest = text[prefix.end() :] if prefix else ""
    if prefix and _is_name(prefix["name"]) and han_len(rest) >= 4 and len(rest.split()) < 3:
        text = rest  # (not a menu's words after the site's name: 新华网 | 首页 时政 国际 …)
    return _after_breadcrumb(text)


_PAGE_NUMBER = re.compile(r"第\s*\d+\s*页")
_STRONG_WORDS = re.compile("|".join(re.escape(w) for w in _STRONG_WIDGET_WORDS))


def _is_name(text: str) -> bool:
    """A site's or an organisation's name alone (traditional text read simplified)."""
    view = simplified(text.strip())
    return is_site_name(view) or is_org_name(view)


def _after_breadcrumb(text: str) -> str:
    """The headline a breadcrumb ends in (首页 > 理论 > 标题, 人民网>>观点>>标题): its last step,
    when that is longer than a column's name and the steps before it are not."""
    steps = _BREADCRUMB_STEP.split(text)
    if len(steps) < 2:
        return text
    last = steps[-1].strip()
    if han_len(last) > _BANNER_WORD and all(
        han_len(_LOCATION_LABEL.sub("", step)) <= _BANNER_WORD for step in steps[:-1]
    ):
        return last
    return text


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
    if "—" in separator:  # a subtitle may name an organisation (——记某某县农业农村局)
        return is_site_name(simplified(name))
    if _is_name(name) or name == "正文" or _PAGE_NUMBER.fullmatch(name):
        return True
    if han_len(name) >= 3 and (_STRONG_WORDS.search(name) or "在线阅读" in name):
        return True  # a document-sharing site's slogan (word文档在线阅读与下载)
    return (
        bool(_TAB_SEPARATOR.fullmatch(separator))
        and bool(_SHORT_NAME.fullmatch(name) or re.fullmatch(r"[A-Za-z][A-Za-z .&]*", name))
        and han_len(headline) >= 8
    )


def _without_jammer(text: str) -> str:
    """`text` without anti-scraping junk (keeps ordinary ASCII: A B C D options, 5% 3%)."""

    def drop(match: re.Match[str]) -> str:
        tokens = match.group(0).split()
        marked = sum(1 for t in tokens if re.search(r"[!-/:-@\[-`{-~]", t))
        lettered = sum(1 for t in tokens if re.search(r"[A-Za-z]", t))
        return " " if marked >= 3 and lettered >= 2 else match.group(0)

    return re.sub(r"\s{2,}", " ", _JAMMER.sub(drop, text)).strip() if " " in text else text


def _plain(text: str) -> str:
    """A line without Markdown marks and anti-scraping junk."""
    text = _without_jammer(text)
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
# A commentary's column or writer before a colon (新华时评：, 人民网评：, 央视快评：, 人民日报评论员：,
# 社论：): news sites print their commentary's headline after it, as the column's name, not the
# subject (a place's 甘肃：, a speaker's 习近平：, 图解： stay: they say what the headline is about).
_COMMENTARY_LABEL = re.compile(
    r"\s*[\u4e00-\u9fff]{0,6}(?:评|评论|评论员|社论|評|評論|評論員|社論)\s*[:：]\s*"
)
# What comes with a post, after a bar at the end of its headline (…｜附范文分论点, …｜附思维导图):
# a WeChat or blog title's note on its attachment, not its subject.
_ATTACHED_AFTER_BAR = re.compile(r"\s*[｜|丨]\s*[附含][^｜|丨（()）【】\[\]]{1,12}$")
# A 范文网's tag after a document's name: the framework it follows, a numbered formula in brackets
# (…对照检查材料（四个带头）, …发言提纲(六个方面)): the learner's deck is the document.
_FRAMEWORK_TAG = re.compile(r"\s*[（(]\s*[一二三四五六七八九十两\d]{1,2}\s*[个大项条种]\S{1,6}?\s*[）)]\s*$")


def _tidy_title(text: str) -> str:
    """A headline as a deck's name: without Markdown marks, anti-scraping junk, metadata glued
    after it (来源：…), a site's name after it (-中新网), a column's label before it (【组工课堂】),
    a subtitle's leading dash or a trailing colon; a title printed twice on one line once."""
    text = _without_site_name(_without_glued_meta(_plain(text.replace("::", "："))))
    text = re.sub(r"^[\s—－–-]+|[\s：:]+$", "", text).strip()
    byline = _BYLINE_NOTE.search(text)
    if byline and han_len(text[: byline.start()]) >= 4:
        text = text[: byline.start()].rstrip()
    note = _EDITION_NOTE.search(text) or _ATTACHED_AFTER_BAR.search(text)
    if note and han_len(text[: note.start()]) >= 4:
        text = text[: note.start()]
    framework = _FRAMEWORK_TAG.search(text)
    if framework and _DOCUMENT_TYPE.search(simplified(text[: framework.start()])):
        text = text[: framework.start()]
    text = _strip_symbols(text)
    label = _LEADING_LABEL.match(text) or _COMMENTARY_LABEL.match(text)
    if label and han_len(text[label.end() :]) >= _LABELLED_HEADLINE:
        text = text[label.end() :]
    issued = _ISSUING.fullmatch(text)
    if issued:
        text = issued["document"]
    # A title repeated twice on one line (some pages print it as heading and as lead).
    half = len(text) // 2
    if len(text) % 2 == 0 and text[:half] == text[half:]:
        text = text[:half]
    return text
