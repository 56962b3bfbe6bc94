"""Separate a web page's main text from its boilerplate, and find the document's title.

Rules are general signs of site furniture in Chinese web pages: links and phone numbers,
sharing and login widgets, download and copyright notices, author/editor lines, and the
related-article blocks (相关推荐, 上一篇/下一篇) after which an article's own text has ended.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from yaodian.extractors.script import simplified
from yaodian.extractors.text import Paragraph, clean_line, han_len
from yaodian.sources import LineLayout

_NO_LAYOUT = LineLayout()

_URL = re.compile(r"https?://|www\.|\b[\w-]+\.(com|cn|net|org|gov)\b", re.I)
_PHONE = re.compile(r"(?<!\d)(1[3-9]\d{9}|\d{3,4}-\d{3,4}-\d{4}|\d{3,4}-\d{7,8})(?!\d)")
_DATE_META = re.compile(
    r"\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?.{0,20}(阅读|来源|作者|浏览|点击|发布|编辑|\d{1,2}:\d{2})"
)
_META = re.compile(
    r"^\s*(来源|作者|编辑|责任编辑|责编|校对|审核|发布时间|发布日期|时间|关键词|关键字|标签|摘要|文|图)\s*[:：|]"
)
_BREADCRUMB = re.compile(r"(首页|当前位置|您的位置)\s*[>›»/]|[>›»]\s*\S+\s*[>›»]")
# Words of site furniture. Strong ones hardly occur in an article's own prose; weak ones do
# (an article may discuss 微信公众号 or 评论), so they count only on short lines.
_STRONG_WIDGET_WORDS = (
    "下载", "登录", "注册", "扫一扫", "客服", "版权", "免责", "侵权", "举报", "退款", "预览", "点击此处",
    "点击查看", "联系我们", "关于我们", "在线咨询", "回到顶部", "QQ群", "充值", "阅读全文", "展开全文", "VIP",
    "网站导航", "友链", "跳转",
)  # fmt: skip
_WEAK_WIDGET_WORDS = (
    "扫描", "微信", "微博", "公众号", "关注我们", "收藏", "打印", "分享", "字体", "会员", "APP", "声明",
    "删除", "题库", "转载", "购买", "开通", "广告", "评论", "点赞", "返回",
)  # fmt: skip
_ANY_WIDGET_WORD = re.compile("|".join(re.escape(w) for w in _STRONG_WIDGET_WORDS + _WEAK_WIDGET_WORDS))
_MENU = re.compile(r"(\S{1,8}\s*[|｜]\s*){2,}")  # several short words separated by bars
# Related-articles markers: a heading that opens the line, or a 推荐… >> link anywhere in it.
_TAIL_HEADING = re.compile(
    r"\s*[•·\-]?\s*(相关推荐|相关阅读|相关文章|推荐阅读|延伸阅读|猜你喜欢|热门推荐|热门文章|热门专题|最新文章|"
    r"上一篇|下一篇|上一条|下一条|版权声明|免责声明)"
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
_BREADCRUMB_SEPARATORS = re.compile("[>›»/]")


def _is_furniture(text: str) -> bool:
    """`is_boilerplate` of a line's simplified view, bar the related-articles markers (main_text
    tests those first)."""
    if not text:
        return True
    length = han_len(text)
    if length <= 2:  # a lone button label (提示, 取消, 更多)
        return True
    if ("." in text or "/" in text) and _URL.search(text):
        return True
    if _THREE_DIGITS.search(text) and (_PHONE.search(text) or _DATE_META.search(text)):
        return True
    if _META.match(text) or (_BREADCRUMB_SEPARATORS.search(text) and _BREADCRUMB.search(text)):
        return True
    strong = weak = 0
    if _ANY_WIDGET_WORD.search(text):  # one scan for most lines, which have none
        strong = sum(1 for word in _STRONG_WIDGET_WORDS if word in text)
        weak = sum(1 for word in _WEAK_WIDGET_WORDS if word in text)
    if strong >= 2 or (strong == 1 and length < 60):
        return True
    if (weak >= 2 and length < 40) or (weak == 1 and length < 20):
        return True
    # menus: several short words separated by bars or wide spaces
    # the bar test first: the pattern backtracks over every line, and few lines have a bar
    menu = ("|" in text or "｜" in text) and bool(_MENU.search(text))
    return menu or (length <= 12 and text.count(" ") >= 2)


def _is_prose(text: str) -> bool:
    return han_len(text) >= 60 and bool(re.search(r"[，,。；]", text)) and not _TEASER_END.search(text)


def main_text(lines: list[str], layout: Mapping[int, LineLayout] | None = None) -> list[Paragraph]:
    """The article lines of a document, cleaned, with their line numbers; boilerplate removed.

    After a related-articles or previous/next marker the page's own text has ended, so the
    lines that follow are dropped until real prose (a long line that is not a teaser) resumes.
    `layout` (a Markdown document's, by line number) is carried into the paragraphs.
    """
    paragraphs: list[Paragraph] = []
    in_tail = False
    for number, raw in enumerate(lines, 1):
        written = clean_line(raw)
        if not written:
            continue
        text = simplified(written)
        if _is_tail_marker(text):
            in_tail = True
            continue
        if in_tail:
            if not _is_prose(text) or _is_furniture(text):
                continue
            in_tail = False
        elif _is_furniture(text):
            continue
        body = text.lstrip("-•·* ")
        original = written[len(text) - len(body) :]
        shape = (layout or {}).get(number) or _NO_LAYOUT
        paragraphs.append(
            Paragraph(
                number,
                body,
                original if original != body else "",
                shape.heading,
                shape.bullet,
                shape.emphasised,
            )
        )
    return paragraphs


def find_title(lines: list[str], paragraphs: list[Paragraph], fallback: str) -> str:
    """The first short heading-like line before the body, else the opening words of the text."""
    first_body = paragraphs[0].line if paragraphs else len(lines) + 1
    for paragraph in paragraphs[:3]:
        text = paragraph.written
        if 4 <= han_len(text) <= 40 and not re.search(r"[。！？；]$", text) and "，" not in text[:-1]:
            return _tidy_title(text)
        if paragraph.line > first_body:
            break
    if paragraphs:
        head = re.split(r"[，,。；;：:！!？?]", paragraphs[0].written, maxsplit=1)[0]
        return _tidy_title(head[:30])
    return fallback


def _tidy_title(text: str) -> str:
    text = text.replace("::", "：").strip()
    # A title repeated twice on one line (some pages print it as heading and as lead).
    half = len(text) // 2
    if len(text) % 2 == 0 and text[:half] == text[half:]:
        text = text[:half]
    return text
