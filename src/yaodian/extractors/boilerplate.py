"""Separate a document's main text from its boilerplate.

Rules are general signs of furniture in Chinese web pages, WeChat articles, official documents
and PDF text: links and phone numbers, sharing and login widgets, download and copyright
notices, author/editor lines, a site's banner, picture captions, metadata blocks, page numbers
and running headers, classification marks, an official document's signature and 版记, a mail's
headers, footnotes that cite sources, a forum's replies, a learner's to-do lists, tasks and
reviews of practice answers, what a writer, a sender or a group says to its readers (greetings,
requests and calls, thanks, the passing on of the text), and the related-article and comment blocks (相关推荐, 上一篇, 往期推荐,
精选留言) after which an article's own text has ended. The tests of furniture shared with
the titles package, which finds the document's headline among the same lines, are public.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from itertools import pairwise

from yaodian.extractors.parallel import common_prefix, common_suffix
from yaodian.extractors.script import simplified
from yaodian.extractors.text import ALL_HAN, SPEAKER_TAG, Paragraph, clean_line, half_width, han_len
from yaodian.junk import (
    TRAILING_CODE,
    WATERMARKED_PROSE,
    prose_before,
    without_glued_addresses,
    without_glued_codes,
    without_glued_site_names,
    without_jammer,
)
from yaodian.markers import CITATION, DAY_IN_FIGURES, ITEM_OPENING, PART_LABEL, WEEKDAY
from yaodian.names import is_org_name, is_person_name, is_site_name, is_unit_name
from yaodian.numerals import without_list_mark
from yaodian.sources import LineLayout

_NO_LAYOUT = LineLayout()

URL = re.compile(r"https?://|www\.|\b[\w-]+\.(com|cn|net|org|gov)\b", re.I)
_PHONE = re.compile(r"(?<!\d)(1[3-9]\d{9}|\d{3,4}-\d{3,4}-\d{4}|\d{3,4}-\d{7,8})(?!\d)")
_DATE_META = re.compile(
    r"\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?.{0,20}(阅读|来源|作者|浏览|点击|发布|编辑|\d{1,2}:\d{2})"
)
# The fields a document-sharing site (a 文库) prints beside a document's name: its pages,
# downloads, uploader and format (页数：6页　下载次数：1,284　上传者：…　文档格式：docx).
SHARED_DOCUMENT_FIELDS = r"页数|总页数|下载次数|下载量|上传者|上传人|上传用户|上传时间|上传日期|贡献者|文档格式|文件格式|文档大小|文件大小"
# A label of a byline or a metadata block (a bracket may open it: 【责任编辑：…】 (责编：…)).
_META_LABEL = (
    r"(?:(?:信息|文章|稿件|新闻)?来源|原标题|作者单位|作者|编辑|责任编辑|责编|校对|审核|发布时间|发布日期|时间|文|图|"
    r"主讲|主讲人|解读人|解读机关|解读单位|解读机构|整理|整理人|记者|通讯员|摄影|供稿|索引号|主题分类|发文机关|发文字号|成文日期|有效性|主办单位|"
    r"承办单位|主办|承办|协办|主管|汇报人|汇报单位|汇报时间|汇报日期|印发日期|IP属地|"
    + SHARED_DOCUMENT_FIELDS
    + r"|收稿日期|基金项目|作者简介|中图分类号|文献标识码|文章编号|专题专栏|所属专题|所属栏目|栏目|频道|发布机构|"
    r"发布单位|发布者|发布人|抄送|考生须知|考试须知|答题须知|美编|美术编辑|版式设计|版式|排版|初审|复审|终审|监制|"
    r"联系人|联系电话|咨询电话|服务电话|咨询热线|电话|传真|邮编|电子邮箱|邮箱|信息分类|生成日期|签名|文号|技术支持|"
    r"浏览人次|浏览次数|浏览量|阅读量|阅读次数|点击量|点击数|访问量|进入专题|图片|图片来源|配图|配图来源|图文来源|"
    r"提取码|正确率|全站正确率|原文链接|原文地址|图文编辑|视频编辑|文字编辑|编审|审校|密级|考官指导语|"
    r"原文作者|原作者|主讲老师|主讲教师|授课老师|授课教师|地址|通讯地址|联系地址|印数|"
    # a platform's verification of the account under a post's headline (微博认证：…讲师, 知乎认证：…)
    r"(?:微博|知乎|头条|抖音|官方|个人|机构|企业|账号)?认证|"
    # the header of a press conference's or an interview's record (发布会主题：… 访谈嘉宾：…): what the
    # event was about and who came, over the talk, as a meeting's minutes state its attendance
    r"(?:新闻)?发布会(?:主题|时间|地点)|发布主题|(?:在线)?访谈(?:主题|嘉宾|时间)|"
    # the attendance of a meeting's minutes, after its decisions (出席：… 列席：… 请假：… 参加：… 参会人员：…)
    r"出席|列席|缺席|请假|参加(?:人员|单位)?|参会(?:人员|单位|领导)|"
    # an official document's addressees over its text
    r"主送(?:机关|单位)?)"
)
META = re.compile(r"^\s*[【\[(（]?\s*(?:本版|本期|本文)?" + _META_LABEL + r"\s*[:：|/／]")
# A label of a page's or an exam question's metadata after a space, as several stand on one line
# (文字：李四 图片：张三, 题型：单选题 难度：中等 正确率：68%)
_META_FIELD = re.compile(r"(?:^|(?<=[\s|｜/]))[【\[(（]?(?:" + _META_LABEL + r"|题型|题源|难度|文字)\s*[:：]")
# A bracketed label of a question bank's metadata or of an advertisement opening a line (【难度】中等,
# 【来源】2023年国考, 【推广】…, 【免费试听】…), and a form's blanks to fill (姓名：______ 得分：______)
_BRACKETED_META = re.compile(
    r"\s*[【\[]\s*(?:来源|题源|难度|难度系数|正确率|全站正确率|推广|广告|免费试听|免费领取|限时免费|限时|福利)\s*[】\]]"
)
_FORM = re.compile(r"(?:[^\s_:：]{1,8}\s*[:：]\s*_{3,}\s*)+")
# Labels of a page's metadata that notes and articles also use for their own content (关键词：
# 降碳、减污、扩绿): metadata only outside the body, in the head or the tail.
_META_UNMARKED = re.compile(
    r"\s*[|｜]?\s*(?:索引号|发布机构|发文机关|发文日期|成文日期|发布日期|主题分类|上载日期|信息来源|有效性)\s+\S"
)
_OUTER_META = re.compile(
    r"^\s*[【\[(（]?\s*(关键词|关键字|标签|摘要)\s*[:：|]|^\s*[【\[]\s*(关键词|关键字|标签)\s*[】\]]"
)
# A paper's abstract and the keywords under it (摘　要：… / 关键词：…；…, ［摘要］… ［关键词］…), as a journal
# prints them over the paper: the keywords are the journal's index, in the body or not (a note's own
# 关键词： line stands under no abstract); glued after the abstract's wrapped last line, they are cut off it.
_ABSTRACT = re.compile(r"\s*[【\[［(（]?\s*(?:内容)?摘\s*要\s*(?:[】\]］)）]|[:：])")
_ABSTRACT_MARK = re.compile(r"\s*[【\[［]\s*(?:内容)?摘\s*要\s*[】\]］]\s*")
_KEYWORDS = re.compile(r"\s*(?:[【\[［]\s*关键[词字]\s*[】\]］]|关键[词字]\s*[:：])")
# A line that ends a sentence, a short one too (以上工作要落到实处。), a closing quotation mark after its
# mark or not: the text's prose. A closing bracket after the mark does not make one: it may close a
# remark on a heading (五、金句积累（背！）). (Two narrower and wider cousins: _ENDS_ON_ITS_MARK before
# an abstract's keywords, _SENTENCE_CLOSED for the writer's lines under a page's buttons.)
_ENDS_A_SENTENCE = re.compile(r"[。！？!?]\s*[”」』]?\s*$")
# The abstract's words before the keywords glued after them end on a sentence's mark itself, only
# spaces after it (…路径。关键词：…)
_ENDS_ON_ITS_MARK = re.compile(r"[。！？!?]\s*$")
# A note app's pin or bulb before a remark's label (📌 整理说明：…, 💡 提示：…)
_PIN = r"(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?\s*)?"
# A note's remarks on itself before its body: how to use it, where it comes from, when it was
# updated, a notice (资料来源：… 上次整理：2024-08-26 【说明】…).
_ABOUT_WORDS = (
    r"(?:整理|摘录|摘编|编写|阅读|使用|笔记)?说明|(?:温馨|背诵|复习|学习|备考|记忆|阅读|使用)?提示|备注|资料来源|来源|"
    r"更新|上次更新|最近更新|更新时间|"
    r"上次整理|整理时间|阅读时间|进度|版本"
)
# (and, labelled on the remark's own line, how to use the note and where its questions come from: 使用建议：
# 每天早读…, 用法：先背…再…, 题目来源：历年真题改编…; alone on a line, 学习建议 heads a guide's section of
# advice, and advice that quotes a formulation is the material's: 复习建议：重点掌握“两个确立”的决定性意义.
# A 用法 is the note's only where it tells how to study it (背, 默写, 自测): a 素材 note's 用法：可用于民生类
# 文章的开头 tells where its material serves an essay, and is the material's)
_NOTE_USE = r"(?:(?:使用)?用法|使用方法)(?=\W*[^“\"]*?(?:背(?!景)|默写|自测|盖住|复习|过一遍|打卡))"
_ABOUT_LABELLED_WORDS = (
    rf"(?:(?:使用|背诵|复习|学习|备考|阅读)建议|{_NOTE_USE}|题目来源|题源)(?![^“\"]*[“\"])"
)
_ABOUT_LABEL = re.compile(
    rf"^\s*{_PIN}[【\[(（]?\s*({_ABOUT_WORDS}|{_ABOUT_LABELLED_WORDS})\s*(?:[:：|】\]）)])"
)
# Such a remark's label alone atop a note, the remark on the lines under it (📌 笔记说明 / 公报 + 《决定》三合一
# 整理…, 我的批注 / 这篇适合做…的分论点…), as a note app's callout sets it over the note
_REMARK_HEADING = re.compile(
    rf"\s*{_PIN}[【\[]?\s*(?:{_ABOUT_WORDS}|(?:我的|个人|学习|阅读|读书)?批注)\s*[】\]]?\s*[:：]?\s*"
)
_REMARK_LINES = 3  # lines of a remark under its label at the most, a blank line after them
_BARE_REMARK_LABELS = {"提示", "温馨提示", "说明", "备注", "注", "版本", "进度"}
# A line that opens with a short label (用法：…), as a note's remarks on itself do.
_LABELLED = re.compile(r"\s*" + _PIN + r"[【\[(（]?[^\s：:，。；、]{1,6}[:：】\]）)]")
# A name's label and the name alone: 报告人：县长林志诚, 对照检查人：李明远, 联系人：杨帆.
# A role one credits with a name (授课人, 联系人, 审核人): not any word before 人 (共产党人：不忘初心 is a headline)
CREDITED_ROLE = (
    r"(?:授课|主讲|宣讲|讲解|讲述|报告|汇报|述职|述廉|述责|发言|主持|撰稿|执笔|起草|整理|审核|审稿|校对|"
    r"责任|负责|联系|发布|推荐|填报|经办)人"
)
_NAMED_BY = re.compile(rf"\s*[^\s：:，。]{{0,4}}{CREDITED_ROLE}\s*[:：]\s*[\u4e00-\u9fff·]{{2,12}}\s*")
# the labels of a field that says when or where (日期, 时间, 地点): a meeting's minutes or an event's
# account states them over its text as well, where a learner may want them
_WHEN_OR_WHERE = r"(?:报告|汇报|述职|填报|填表|编制)?(?:日期|时间)|地点"
# The label of a field a cover or a form fills in (姓名, 职务, 单位, 日期, 报告人): who wrote the paper, in
# what post, for which office, when; a report's or a sheet's cover sets them under its headline.
_FORM_LABEL = re.compile(
    r"姓名|性别|民族|籍贯|出生年月|政治面貌|学历|职务|职称|职级|职位|岗位|(?:工作|所在|报告|报送|填报|申报|编制)?单位"
    r"|(?:所在)?(?:部门|科室|处室|支部|党支部)|班级|学号|年级|院系|学院|专业"
    rf"|{_WHEN_OR_WHERE}|" + CREDITED_ROLE
)
_FIELD_VALUE_CHARS = 20  # han characters of a form's value at most (某某县发展和改革局, 二〇二五年十二月)
# A label of a few Han characters (spaced out or not), a colon and a value that holds no sentence's end
_LABELLED_FIELD = re.compile(
    r"\s*(?P<label>[\u4e00-\u9fff][\u4e00-\u9fff\s]{0,8}?)\s*[:：]\s*(?P<value>[^。！？!?；;:：]+?)\s*"
)


def _form_label(text: str) -> str:
    """The label of the form field `text` is (see is_form_field), its letterspacing closed; "" if none."""
    field = _LABELLED_FIELD.fullmatch(text)
    if field is None or han_len(field["value"]) > _FIELD_VALUE_CHARS:
        return ""
    label = re.sub(r"\s+", "", field["label"])
    return label if _FORM_LABEL.fullmatch(label) else ""


def is_form_field(text: str) -> bool:
    """A line that is one field of a cover or a form (see _FORM_LABEL): its label, letterspaced or not
    (职　　务：), a colon and a short value with no sentence in it (单位：某某县发展和改革局, 日期：
    2025年3月). A headline with a topic before its colon (乡村振兴：从输血到造血) names no field; nor
    does a sentence (时间：就是生命。), nor a label with a long value. (The head refuses as its headline
    a line of any letterspaced label too, see titles.furniture._spaced_field: a layout, not a word.)"""
    return bool(_form_label(text))


def _cover_fields(texts: list[str], first: int) -> set[int]:
    """The line numbers of a cover's fields before the body's `first` prose line: runs of form fields
    (blank lines between them aside) that name who wrote the paper or for which office (姓名：… 职务：…
    单位：…), with the date or place beside them. A run of only when, where and who chaired (时间：…
    地点：… 主持人：…) heads a meeting's minutes or an event's account, which a learner may want: it stays."""
    fields: set[int] = set()
    run: list[int] = []
    for number, text in enumerate([*texts[: first - 1], ""], 1):
        if _form_label(text):
            run.append(number)
        elif text.strip() or number == first:
            if any(_names_the_writer(_form_label(texts[field - 1])) for field in run):
                fields.update(run)
            run = []
    return fields


# A field of a paper's catalogue record as a journal database prints it under the abstract (专辑：…
# 专题：… 分类号：D630, a thesis's 学科专业：… 学位年度：…, DOI：…, the keywords and the grant over them):
# the database's index, not the paper. Some of these words label a point of a text too (专题：乡村振兴
# over a lecture, a note's own 关键词：… lines, one under another), so a line goes only in a run of two
# fields or more of different names (blank lines between them aside, and a field whose value cleaning
# took, a DOI's link), one of them no note's label (专辑, 分类号, 基金资助, DOI …), each an index's
# entry: no sentence (专题：高质量发展是…首要任务。 stays).
_CATALOGUE_FIELD = re.compile(
    r"\s*(?:[-•·]\s*)?(?P<field>关键[词字]|专辑|专题|分类号|中图分类号|学科专业|学位年度|学位授予单位|学位类型|授予学位|"
    r"文献标识码|文章编号|基金资助|基金项目|收稿日期|DOI)\s*[:：]\s*(?P<value>\S.*)",
    re.I,
)
_NOTE_LABELS = {"关键词", "关键字", "专题"}
_CATALOGUE_VALUE = 40  # han characters


def _catalogue_entry(text: str) -> re.Match[str] | None:
    """The field of a catalogue record `text` is (see _CATALOGUE_FIELD), if it is one."""
    field = _CATALOGUE_FIELD.match(text)
    if field and han_len(field["value"]) <= _CATALOGUE_VALUE and not re.search(r"[。！？!?]", field["value"]):
        return field
    return None


def _catalogue_fields(texts: list[str]) -> set[int]:
    """The line numbers of a catalogue record's fields (see _CATALOGUE_FIELD) that stand in a run of
    two different fields or more; one alone, or one repeated (a note's 关键词： lines), stays."""
    fields: set[int] = set()
    run: list[int] = []

    def end_run() -> None:
        names = {_catalogue_entry(texts[line - 1])["field"].upper() for line in run}
        if len(names) >= 2 and names - _NOTE_LABELS:
            fields.update(run)
        run.clear()

    for number, text in enumerate(texts, 1):
        if _catalogue_entry(text):
            run.append(number)
        elif re.search(r"\w", text):
            end_run()
    end_run()  # (a record that closes the text)
    return fields


def _names_the_writer(label: str) -> bool:
    """A form's `label` that asks for the writer or their office (姓名, 职务, 单位), not when or where,
    nor a role a meeting's minutes credit too (主持人, 记录人)."""
    return not (re.fullmatch(_WHEN_OR_WHERE, label) or re.fullmatch(CREDITED_ROLE, label))


BREADCRUMB = re.compile(r"(首页|当前位置|您的位置)\s*[>›»/]|首页\s*(?:[-→—＞]|>>)|[>›»]\s*\S+\s*[>›»]")
# Words of site furniture. Strong ones hardly occur in an article's own prose; weak ones do
# (an article may discuss 微信公众号 or 评论), so they count only on short lines.
STRONG_WIDGET_WORDS = (
    "下载", "登录", "注册", "扫一扫", "客服", "版权", "免责", "侵权", "举报", "退款", "预览", "点击此处",
    "点击查看", "联系我们", "关于我们", "在线咨询", "回到顶部", "QQ群", "充值", "阅读全文", "展开全文", "VIP",
    "网站导航", "友链", "跳转", "蓝字", "星标", "阅读原文",
    # notices of use and copyright
    "仅供参考", "仅供学习", "仅供个人", "侵删", "转载请", "禁止转载", "未经授权", "未经许可", "违者必究", "小编",
    "本站", "ICP备", "备案号", "关闭窗口", "打印本页", "©", "Copyright", "Rights Reserved",
    # advertisements
    "限时优惠", "限时特惠", "立即报名", "立即购买", "立即抢购", "文末福利", "文末有福利", "戳这里",
    # a forum's widgets and its readers' replies
    "隐藏此楼", "查看此楼", "该楼层", "感谢楼主", "谢谢楼主", "mark一下", "只看该作者", "我要纠错", "电梯直达",
)  # fmt: skip
# Notices of use, however worded: 仅供考生复习参考, 严禁上传网络、转载或翻印, 违者追究责任, 仅供自用，勿外传 (a
# clause that ends the line: 涉密内容一律勿外传 and 把“勿外传”的文件转发到群里 are the text's), and a
# promotion's call: 关注公众号…回复“归纳”领取, 扫码加入备考群, 长按识别二维码.
_NOTICE = re.compile(
    r"(仅供|只供|仅限).{0,8}(参考|学习|使用|复习|交流|备考)|(严禁|禁止|不得|请勿|谢绝).{0,6}"
    r"(转载|商用|上传|翻印|外传|复制|传播|倒卖|商业)|违者.{0,4}(必究|追究)|关注.{0,4}公众号|回复.{0,12}(领取|获取)"
    r"|(扫码|扫描[^，。；：、]{0,4}二维码)[^，。；：、]{0,8}(关注|加入|进群|领取|添加|下载)"
    r"|长按[^，。；：、]{0,4}(识别|二维码)"
    r"|(加入?|进入?|添加)[^，。；：、]{0,8}(交流|学习|备考|微信|粉丝|读者|资料|打卡|QQ)群"
    r"|(欢迎|如需|如要)转载|转载.{0,8}(注明|保留)\S{0,2}出处|不代表本\S{0,4}(立场|观点)"
    # a platform's disclaimer (仅代表该作者观点, 本文…，不代表某某新闻的观点或立场, 并不代表本平台赞同其观点)
    # and a site's claim (均为某某网版权所有，未经协议授权…, 版权归本站所有，未经…): an official's 仅代表个人
    # 观点，不代表政府立场, a report that 仅代表其作者的研究结论, 言论不代表平台立场，但平台… and 作品的版权归作者
    # 所有，未经作者同意… stay
    r"|(?:仅|只)代表(?:该|其)?作者(?:或机构)?(?:本人|个人)?的?(?:观点|立场|意见|看法)?(?=[，,。；;\s]|$)"
    r"|(?:本文|文章|稿件|作者)[^。]{0,40}不代表\S{0,8}(?:平台|网站|新闻|本站|本网|本刊|本号)\S{0,8}(?:观点|立场)"
    r"|不代表本(?:平台|网站|站|网|刊|号)"
    r"|(?:网|网站|站|平台|社|刊|号)(?:版权|著作权)均?所有[，,。；;\s]*未经"
    r"|(?:版权|著作权)均?归(?:本|该)?\S{0,10}(?:网|网站|站|平台|社|刊|号)所有[，,。；;\s]*未经"
    r"|(?:仅|只)\S{0,2}(?:供|限)?自己\S{0,4}(?:复习|学习|使用|参考|看)|(?:点击|私信)\S{0,6}(?:领取|获取)"
    # (a clause of its own that ends the line: 定稿前勿外传。, 仅供自用)
    r"|(?:^|[，,。；;！!\s])\W{0,2}(?:\S{0,4}前)?(?:勿外传|(?:仅|只)(?:供|限)\S{0,2}自用)[。！!）)】\]—\s]*$"
    r"|(?:后台|私信)\S{0,2}回复|群\s*号?\s*[:：]\s*\d{5,}|仅代表作者|加\s*(?:V|v|vx|VX|微|微信|薇|QQ)\s*[:：]"
    r"|^\W{0,2}(?:部分)?(?:图片|图|文章|资料|内容|本文|图文|素材)(?:均)?(?:来源|来自|源自|取自)于?(?:网络|互联网)"
    # how to stop a mailing or a subscription (退订请回复TD, 回复T退订, 点击此处取消订阅)
    r"|退订\S{0,2}(?:请)?(?:回复|点击|发送)|(?:回复|发送)\S{0,6}退订|取消订阅"
)
# A site's welcome to its visitor, opening a short line (您好，欢迎访问某某市人民政府网站！ 无障碍 长者版):
# the page's top bar; a text's sentence that invites visits says more (欢迎访问网站的群众提出宝贵意见，…)
_SITE_WELCOME = re.compile(
    r"\W{0,2}(?:您好|你好)?\W{0,2}欢迎您?(?:访问|光临|来到|浏览)\S{1,24}?(?:网站|官网|门户|网)(?![^\s！!。]{3})"
)
# A call to scan a code that a service's own text may make too (扫码即可查看办理进度): a notice only
# on a short line of its own (扫码查看解析, 扫描下方二维码观看视频)
_SCAN_TO_SEE = re.compile(
    r"(扫码|扫描[^，。；：、]{0,4}二维码)[^，。；：、]{0,8}(查看|获取|观看|收听|听课|报名)"
)
_SCAN_LINE = 16  # han characters
# A periodical's call for contributions (欢迎读者踊跃来稿。, 来稿请注明作者单位。): a notice where it opens a short
# line; a notice's or a speech's own call (…，再接再厉。欢迎大家继续踊跃投稿) comes after its other words
_CALL_FOR_CONTRIBUTIONS = re.compile(r"\W{0,2}(?:欢迎\S{0,12}(?:来稿|投稿|赐稿)|(?:来稿|投稿)请)")
# (inside a paragraph, only the periodical's own words go: its readers' 来稿 or 赐稿, as an editor's note
# closes on them; a speech's 欢迎大家继续踊跃投稿 is the speaker's)
_PERIODICALS_CALL = re.compile(r"读者|来稿|赐稿")
# A document's word on where it comes from (本文档由语雀导出, 本文首发于…, 本文转自…, 本文由…整理).
# (junk._ORIGIN_WORDS is the narrower phrase a copy notice glued into a sentence opens with, spelled
# in both scripts; this one opens a line or a note of its own, read in the simplified view.)
_ORIGIN_NOTE = re.compile(
    r"\s*[【\[(（]?\s*本(?:文|文档|页|篇|笔记|资料|题库|材料)\s*"
    r"(?:由|首发|发布于|来源于?|来自|转自|摘自|摘编自|节录自|整理自|(?:节|摘)?选自|导出|已?被收录)"
    # or a note that opens on where the copy was printed, the paper or periodical named, its first clause
    # no more than where and when (摘自《某某日报》2025年3月2日第5版，有删节); a sentence that opens on
    # the paper goes on to what it printed (原载《某某日报》的一篇评论说得好，…) and is the text's
    r"|\s*[【\[(（]?\s*(?:摘自|选自|转自|原载于?|转载自)\s*[《「“][^》」”]{1,30}[》」”][^，,。；;的]*(?:$|[，,。；;）)】\]])"
)
# A copy's word on itself, that it is cut or that another text rules (本文节选自…，部分内容有删减,
# 本节选供学习参考，以大会正式文本为准, （有删节）): said of the copy, not by the text. Read on a short line
# of its own or in brackets after a paragraph's last sentence, as the notes of origin are.
# A notice rules by a text too (最终名单以正式文件为准, 部分内容有改动), so the ruling text and a
# change count only where the line names the copy (本文, 节选, 此稿, 供学习参考) or the note is in
# brackets; a bare 有删节 or 有删减 ending a clause is the copy's own (根据录音整理，有删节).
# Each ends its clause and the line: a sentence that only names a cut or a ruling text (对方案有改动的
# 地方要…, 以市政府正式文件为准，各单位不得自行变更) goes on, and is the text's.
_THE_COPY = r"(?:本文(?!件)|原文|本?节选|[本此]稿|摘编|摘录|供(?:学习|个人)?参考)"
_COPY_NOTE = re.compile(
    "|".join(
        (
            _THE_COPY + r"[^。！？]{0,20}以[^，,。；]{0,10}(?:文本|原文|全文|正式文件|正式文稿)为准\W{0,2}$",
            r"(?:^|[，,；\s（(【\[])(?:略|均)?有(?:删节|删减)\W{0,2}$",
            r"[（(【\[](?:本文|原文)?(?:部分)?(?:内容|文字)?(?:略|均)?有(?:删节|删减|删改|改动)[)）】\]]\W{0,2}$",
            _THE_COPY
            + r"[^。！？]{0,20}[，,；\s](?:部分)?(?:内容|文字|原文)?(?:略|均)?有(?:删节|删减|删改|改动)\W{0,2}$",
        )
    )
)
# A document's word on how it is to be used, opening its line or a bracket of its own (（本宣讲稿供各支部
# 学习讨论使用，…印）, 此提纲供授课参考): it names itself by its kind (…稿, 材料, 提纲, 讲义, 课件, 资料)
# and whom it serves, not the matter it teaches. The note is the whole line, or a bracket closing it: a
# line that goes on (本材料供学习参考时，还应…, 本课件供复习使用，重点是…) teaches. A text's sentence on
# another paper (本次会议材料由…提供, 本稿件已送审) serves no one.
# Unbracketed, the note may go on only to say how to adapt the paper (可结合实际适当调整) and who printed it
# (县委宣传部2025年3月印), which a bracket that the line breaks before its close holds too.
_USE_NOTE = re.compile(
    r"^\s*(?:[（(【\[]\s*)?[本此该][\u4e00-\u9fff]{0,4}(?:稿|材料|提纲|讲义|课件|资料|读本|汇编)"
    r"(?:仅|只)?供(?!应|给|电|水|暖|销)[^。！？]{0,30}(?:参考|使用|学习|讨论|交流)(?:之用)?"
    r"(?:[。.]?[）)】\]]?\s*$|[，,；;。][^（(【\[）)】\]]*[）)】\]]\s*$"
    r"|(?:[，,；;。]\s*(?:[^，,。；;]{0,6}?(?:可以|可|请|宜))?(?:结合|根据)[^，,。；;]{0,12}"
    r"(?:调整|修改|增删|取舍|使用|补充|完善))?(?:(?:[。；;]|[，,]?\s)\s*[^。；;！？!?]{2,40}?(?:编印|印发|印制|印|编))?"
    r"[。.]?[）)】\]]?\s*$)"
)
_USE_NOTE_LENGTH = 90  # han characters: the note, who printed it and when
# A document site's plea to download the copy (免费下载此文档需要 2 积分，已有 386 人下载, 下载本文（Word版）,
# 以上为预览内容，下载后查看完整版): it speaks of the file, this document, and what it costs, as a text's
# own sentence does not (群众可在政务APP下载电子证照 names no copy of itself). Read on a short line.
# 该文 is not 该文件 or 该文字, a price is what the download needs (参与下载学习强国加5积分 is a points
# rule), a count of downloads ends the line as a site prints it (已有3000人下载使用…APP is news), and a
# line that names 附件 asks the reader for the text's own attachment (请下载本文附件并填报).
_DOWNLOAD_PLEA = re.compile(
    r"下载\S{0,4}(?:此|本|该)(?:文档|文章|文|篇)(?![件字化稿])|(?:此|本|该)(?:文档|篇文章)\S{0,6}下载"
    r"|下载\S{0,4}(?:需要?|消耗|扣除?)\s*\d+\s*(?:积分|下载券|金币|财富值)"
    r"|\d+\s*(?:积分|下载券|金币|财富值)\S{0,6}下载"
    r"|\d+\s*人(?:已)?下载\s*$|(?:以上|以下)为?(?:预览|试读)(?:内容|部分)|下载后\S{0,4}(?:查看|阅读)(?:完整|全文|全部)"
)
# A link's arrow at a line's end (点击报名>>, 查看更多»): a link, not the text's
LINK_ARROW = re.compile(r"(?:>>|»)\s*$")
_ARROW = re.compile(r">>|»")  # (such an arrow anywhere in a line)
# A report's closing formula: 如有不妥之处，恳请批评指正, and the speaker's invitation to criticise it
# (欢迎批评指正, after 谢谢聆听！ on a deck's last slide): said to the hearers about the talk itself.
_CLOSING_FORMULA = re.compile(
    r"(不妥|不当|疏漏|错误|不足)之处.{0,16}指正|(请|恳请|敬请|欢迎)\S{0,6}批评指正|(不对|不当|不妥|不到)的?地方.{0,10}批评"
)
# A button: a short verb of a page's controls and what it acts on (查看答案, 点击展开答案, 收起).
_BUTTON = re.compile(r"\s*(点击|查看|展开|收起)\S{0,6}")
# A Q&A page's or a forum's buttons on a line of their own (关注问题 写回答, 邀请回答, 我来答, 我也说一句;
# several of them set apart by spaces, read on the line's spaced view: clean_line joins them with 、, as a
# writer's own 关注问题、写回答 is)
_POST_BUTTONS = re.compile(
    r"(?:\s*(?:关注|邀请|写|添加|发表|我要|我来|我也)(?:问题|回答|评论|留言|答|说一句))+\s*"
)
# A Q&A page's labels and controls around an answer, each on a line of its own: the answer's label (最佳答案,
# 满意回答), the buttons (我有更好的答案, 搜索答案 我要提问), the asker's verdict (本回答由提问者推荐), the
# question to the reader (你对这个回答的评价是？) and the count of the other answers (其他 2 条回答). (A label
# with a colon, 推荐答案：, sets a question bank's answer apart from its question: it stays.) And the
# answerer's credit over an answer (专业答案 | 由“某某”回答  采纳率：92%): who answered, how often the
# answerer's answers are taken, beside it (采纳率：92%). (An article that says 没有最佳答案 says it in a
# sentence, not alone on a line; a report's 采纳率：85% alone is its own data, so the credit, 由…回答, tells.)
# (热门回答 alone heads a page's own list of answers as often as a widget: it stays.)
_ANSWER_LABEL = r"(?:最佳|满意|推荐|精选|专业|高赞|优质|官方)(?:答案|回答)"
_QA_WIDGET = re.compile(
    rf"\W{{0,2}}{_ANSWER_LABEL}[^\w:：]{{0,2}}"
    r"|\W{0,2}(?:我有更好的答案|(?:搜索答案|我要提问|我来回答|我要回答)(?:\s*(?:搜索答案|我要提问|我来回答|我要回答))*)\W{0,2}"
    r"|\W{0,2}本回答(?:由|被)\S{0,12}(?:推荐|采纳)\S{0,4}|\W{0,2}你对这个回答的评价是[？?]?"
    r"|\W{0,2}其他\s*\d+\s*条回答\W{0,2}"
)
_ANSWERER = re.compile(r"(?:^|[\s|｜])由\s*\S{1,20}?\s*回答(?=\s|$|[|｜]|采纳)")
# What tells the answerer's credit from a transcript's line of the same words (由市教育局局长王立新回答 over
# a press conference's answer): the widget beside it, its rate, a bar or its label.
_ANSWERER_WIDGET = re.compile(rf"采纳率|[|｜]|{_ANSWER_LABEL}")
_ANSWERER_LINE = 30  # han characters: a credit line, no paragraph
# A page's count beside its label, alone on a line (关注者 2,341, 被浏览 486,092, 好问题 56, 1,286 人赞同了该回答,
# 41 个回答)
_COUNT = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*[万wWkK]?\+?"
_PAGE_COUNT = re.compile(
    rf"\s*被?(?:关注者|关注|粉丝|浏览|好问题|赞同|收藏|喜欢|回答|评论)\s*[:：]?\s*(?:{_COUNT})\s*"
    rf"|\s*(?:{_COUNT})\s*人(?:赞同|点赞|收藏|关注|觉得很赞)\S{{0,6}}"
    rf"|\s*(?:{_COUNT})\s*个(?:回答|答案)\s*"  # (a question's count of answers: 41 个回答)
)
# Several such counts on one line (关注者 4,821 被浏览 1,236,590), as a Q&A page sets them under the question
_PAGE_COUNTS = re.compile(rf"(?:\s*(?:{_PAGE_COUNT.pattern}))+")
# A dated note of an update (上次更新 2024/9/16, 更新：2024-07-22).
_UPDATED = re.compile(r"(?:更新|修改|编辑)\S{0,4}\s*[:：]?\s*\d{4}\s*[-/.年]\s*\d{1,2}")
# A line of a table of contents: its leader dots, then a page number, maybe in brackets and after the
# author's name (在全市安全生产工作会议上的讲话 ………… 王建国（1）), or after a colon (…意义········：1): leader
# dots run to a page, not a sentence.
# A long entry's leader may shrink to a mark or three, set apart by a space, before a page in brackets
# (…情况的通报 …（6）); a middle dot so spaced parts a headline from its year or number (学习笔记 · 2024),
# and a book's running head from its chapter, the page apart after it and ending the line (…专项教材 ·
# 申论 73; anchored to the line's end, so that ` · 总论 12 项` inside a sentence is no running head).
_CONTENTS_AUTHOR = r"(?:[\u4e00-\u9fff·]{2,4}\s*)?"
_CONTENTS_LINE = re.compile(
    r".{2,40}?(?:"
    rf"[.…·．]{{4,}}\s*[:：]?\s*{_CONTENTS_AUTHOR}(?:\d{{1,4}}|[（(]\s*\d{{1,4}}\s*[）)])"
    rf"|\s[.…．]{{1,3}}\s*{_CONTENTS_AUTHOR}[（(]\s*\d{{1,4}}\s*[）)]"
    r"|\s·\s*[\u4e00-\u9fff]{2,4}\s+\d{1,4}\s*$"
    r")\s*"
)
# A reference or a footnote: [2]参见《…》，《人民日报》2023年7月19日。
_REFERENCE = re.compile(r"\s*[\[［]\d{1,3}[\]］]\s*(参见|见|引自|转引自|《).*")
# A learner's task in an outliner's notes (Logseq, Org): a task word in capitals opens it
# (TODO 把…做成卡片, DONE 整理定义拆分), and a block's property (collapsed:: true) is the editor's.
_TASK = re.compile(r"\s*(?:TODO|DOING|DONE|LATER|WAITING|CANCELED|CANCELLED)\s+\S")
# A book's pointer to its exercises or answers elsewhere, alone on a line (本节课后习题见第40页。, 答案解析
# 见书末第198页): where to turn, nothing to learn. A report's 数据见第5页 names no exercise and stays.
_BOOK_POINTER = re.compile(
    r"\W*(?:本(?:书|章|节|讲|课|单元|篇|题)\S{0,4}?)?(?:配套|课后)?(?:练习|习题|答案|参考答案|解析|答案解析)"
    r"\S{0,3}?(?:见|详见|参见)\S{0,4}?第\s*\d{1,4}\s*页\W*"
)
# A book's running foot: its name, its chapter and the page, set apart by middle dots or bars
# (《公文写作一本通》 · 第五章 · 第 133 页): no sentence, the page ending it.
_BOOK_FOOT = re.compile(
    r"\s*《[^》]{2,30}》(?:\s*[·|｜]\s*[^\s·|｜。，；,;]{1,12}){0,2}\s*[·|｜]\s*第\s*\d{1,4}\s*页\s*"
)
_PROPERTY_NAME = r"[a-z][a-z_-]{1,20}::"
_PROPERTY = re.compile(rf"\s*{_PROPERTY_NAME}\s")
# A learner's review of a practice answer (自评：…, PS：计时3分52秒，超时了), the examiner's mark on it
# (考官批注：处置有序…), the learner's remark on the text (我的批注：这段可直接套用…), and a note's legend of its
# marks (带 ★ 的是必背，标 ？的是还没弄清楚的): about the notes, not what they hold. (A teacher's 批注 on a
# model answer explains the answer's matter: 老师批注：输血是必要的起步，关键是…: it stays.)
_REVIEWER = "自评|复盘|老师点评|考官批注|(?:我的|个人)批注"
_TIMED = r"\d+\s*分\s*\d+\s*秒"  # how long a practice answer took (3分52秒)
_REVIEW = re.compile(
    rf"^\W{{0,2}}(?:{_REVIEWER})\s*[:：]|(?:计时|用时|超时)\S{{0,2}}{_TIMED}|{_TIMED}\S{{0,2}}超时"
)
_LEGEND = re.compile(r"(?:带|标|标有|打)\s*[★☆⭐※？?✔✓√△▲]\S{0,3}\s*的(?:是|为|表示)")
# A legend on a line of its own, a mark or a style first (★ 为高频考点；加粗 为需背原文。, ▲表示了解即可): its
# clauses each of another mark, one at least meaning no more than how much to learn (starred lines of the
# text, ★为基层减负, ▲为了解群众需求, ● 为民服务；● 为企解难, are none)
_MARK_OR_STYLE = r"(?:[★☆⭐※✔✓√△▲●◆■□]{1,3}|加粗|粗体|标红|红色|蓝色|下划线|斜体|高亮|划线)"
_MEANS = r"\s*(?:为|表示|代表|=)\s*"
_MEANING = r"[^；;，,。\s]{1,10}"
_LEGEND_CLAUSE = f"{_MARK_OR_STYLE}{_MEANS}{_MEANING}"
_LEGEND_LINE = re.compile(rf"\W{{0,2}}?{_LEGEND_CLAUSE}(?:\s*[；;，,、]\s*{_LEGEND_CLAUSE})*\s*[。]?")
# (each clause of a legend line, its mark and its meaning apart)
_LEGEND_PARTS = re.compile(f"(?P<mark>{_MARK_OR_STYLE}){_MEANS}(?P<meaning>{_MEANING})")
_LEARN_HOW_MUCH = re.compile(
    r"(?:需|要|须|必须|应)?(?:高频|常考|重点|必背|需背|要背|背诵|了解|掌握|熟悉|理解|易错|补充|拓展)"
    r"(?:考点|重点|内容|部分|知识点?|表述|原文|即可|点)?"
)
# A line of links to other notes (相关：新质生产力 · 全过程人民民主, 📎 相关页面：高质量发展 现代化产业体系)
_RELATED_WORDS = r"(?:相关|相关页面|相关笔记|关联|关联笔记|另见|双链)"
_RELATED = re.compile(rf"\W{{0,3}}{_RELATED_WORDS}\s*[:：]\s*(?P<names>.+)")
# Such a label alone over the names, one a line (## 相关 / - [[平安建设]] / - [[2024-05-28 读书笔记]])
_RELATED_ALONE = re.compile(rf"\W{{0,3}}{_RELATED_WORDS}\s*[:：]?\s*")
_LINK_NAME = 16  # han characters of a note's name at the most
_LINK_REMARK = re.compile(r"\s*(?:——|--)\s*")  # (a note's name, then a remark on the link)
# Such a label after a clause, in a note's remark on itself (…整理，引文以印发稿为准。上级笔记：机关党建 MOC；
# 关联：两个维护), or the note a note app files it under: after a sentence's end (a label after a comma is
# the sentence's own clause: …报送进展情况，另见：附件2), its names run to the line's end, commas may part
# them (关联：两个维护，四个意识), no sentence's end among them (…另见：附件2。 is the body's sentence)
_NOTE_LINKS = re.compile(
    r"(?:^|[。；;\s])(?:相关笔记|相关页面|关联|关联笔记|上级笔记|下级笔记|父笔记|所属笔记|另见|双链)\s*[:：]"
    r"[^。！？!?]+$"
)
_NAME_SEPARATORS = re.compile(r"\s*[·|｜/、]\s*|\s+")
# The name of an attachment the text leaves out (附件：青石镇2027年党建工作任务清单（略）). (Numbered names,
# 附件：1.…, open a block of them: see _opens_block.)
_ATTACHMENT_NAME = re.compile(
    r"\s*附件\s*\d{0,2}\s*[:：]\s*(?!\d)[^。；;]{2,60}[（(]\s*(?:略|另发|另行印发)\s*[）)]"
)
# An item's number (一、 （一） 1. ① 一是), which a numbered item and a section open with
_ITEM_NUMBER = (
    r"[一二三四五六七八九十]{1,3}\s*[、．.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[、．.)）](?!\d)|[①-⑳]"
    r"|(?:其|是)?[一二三四五六七八九十]{1,3}是"
)
# A numbered item (一、 （一） 1. ① 一是, 4.4 法律): a site's widgets are not numbered.
_NUMBERED_ITEM = re.compile(r"\s*(?:" + _ITEM_NUMBER + r"|\d{1,2}(?:\.\d{1,2})+\s)")
# A paper's question marker alone on its line (第1题, 题目二, 【第三题】): a heading, no button.
_QUESTION_MARKER = re.compile(
    r"\s*[【\[]?(?:第[0-9一二三四五六七八九十]+道?题|(?:题目|试题)[0-9一二三四五六七八九十]+)[】\]]?\s*"
)
# Strong widget words that a text's own prose also uses as words of its matter (强制下载注册的政务
# 应用程序, 不实举报, 小编总结了三句话, 对未经许可擅自占用道路的，由…责令改正): in a sentence of the text,
# not one to the reader, they are prose. (A copy notice, 版权所有，未经许可不得转载, goes by its own words.)
_PROSE_WIDGET_WORDS = frozenset(
    {
        "下载", "登录", "注册", "举报", "小编", "客服", "充值", "退款", "预览", "跳转", "版权", "电梯直达",
        "未经许可", "未经授权",
    }
)  # fmt: skip
# A sentence to the reader: a request, a polite address, the site or the crowd it serves
_TO_THE_READER = re.compile(r"请|您|大家|本站|欢迎|朋友|亲们")
# the marks between clauses (not a label's colon, 版权所有：某某公司, nor a figure's comma, 1,284)
_CLAUSE_MARK = re.compile(r"[，；。！？!?]|[,;](?!\d)")


def _reads_as_prose(text: str) -> bool:
    """A line of the text's own sentences: two clauses or more, each of some words, saying
    nothing to the reader (a page's notices ask, address and name the site: 请, 您, 本站), and no
    widget's word standing alone as a link in a line that bars set apart (某某首页 登录 | 打开某某APP，
    阅读体验更佳): a table's row or a labelled point says the word inside its clauses (案例 | 群众登录…)."""
    clauses = [clause for clause in _CLAUSE_MARK.split(text) if han_len(clause) >= 3]
    return len(clauses) >= 2 and not _TO_THE_READER.search(text) and not _links_set_apart(text)


def _links_set_apart(text: str) -> bool:
    """A line split by bars where one of its words, set apart by a bar or a space, is a widget's
    own (登录, 注册, 下载): a page's links, as a sentence never prints its words."""
    return bool(re.search(r"[|｜]", text)) and not _PROSE_WIDGET_WORDS.isdisjoint(re.split(r"[|｜\s]+", text))


_WEAK_WIDGET_WORDS = (
    "扫描", "微信", "微博", "公众号", "关注我们", "收藏", "打印", "分享", "字体", "会员", "APP", "声明",
    "删除", "题库", "转载", "购买", "开通", "广告", "评论", "点赞", "返回",
)  # fmt: skip
_ANY_WIDGET_WORD = re.compile("|".join(re.escape(w) for w in STRONG_WIDGET_WORDS + _WEAK_WIDGET_WORDS))
_MENU = re.compile(r"(\S{1,8}\s*[|｜]\s*){2,}")  # several short words separated by bars
# Related-articles markers: a heading that opens the line, or a 推荐… >> link anywhere in it.
_TAIL_HEADING = re.compile(
    r"\s*[•·\-▼▽↓⬇\U0001F300-\U0001FAFF]?\s*[【\[]?(相关推荐|相关阅读|相关文章|相关新闻|推荐阅读|延伸阅读|参考阅读|猜你喜欢|热门推荐|热门文章|热门专题|"
    r"最新文章|往期推荐|往期回顾|往期精选|本版其他文章|喜欢此内容的人还喜欢|上一篇|下一篇|上一条|下一条|版权声明|免责声明|"
    r"[（(【\[][^（()）【】\[\]]{0,4}完[）)】\]]|[（(]未完|[-—·\s]*END[-—·\s]*$"
    r"|(?:注释|注释与参考文献|参考文献|尾注)\s*[:：]?\s*$"  # an article's notes: its own text has ended
    # a part's own end (—— 本期完 ——, 本卷完。), a link to the next article or a block of related
    # documents or a Q&A page's other answers on a line of its own (阅读下一篇, 相关信息, 相关链接：, 更多回答), the
    # readers' comments (精选留言)
    r"|[-—·\s]*本(?:期|卷|篇|章|讲|辑|节|专题|套题?)(?:内容)?完(?![成善整备])"
    r"|(?:阅读下一篇|更多回答|其他回答|相关(?:信息|解读|链接|連結|文件|报道|资讯|附件|文档)(?:推荐)?|热文排行|\d{1,2}小时热文|课程推荐"
    r"|(?:配套|推荐|更多)(?:资料|资源|课程)(?:下载|领取)?)\s*[:：]?\s*$"  # a block of links to the seller's material
    r"|(?:精选留言|写留言|全部评论|热门评论|网友评论|最新评论|全部留言)\s*[:：]?\s*(?:[(（]?\d+[)）]?)?\s*$)"
)
_TAIL_LINK = re.compile(r"推荐.{0,20}(学习|阅读)\s*>{2,}")
# The head of a page's comments after the text, a count of them on a line of its own (共 236 条评论,
# 97 条评论, 评论 12, 全部留言（8）): below it are the readers' words, not the writer's
_COMMENTS_HEAD = re.compile(
    r"\W{0,2}(?:共|全部)?\s*\d+(?:\.\d+)?\s*[万wWkK]?\+?\s*(?:条|个)\s*(?:评论|留言|回复)\W{0,2}"
    r"|\W{0,2}(?:全部|最新|热门)?(?:评论|留言)\s*[(（]?\s*\d+(?:\.\d+)?\s*[万wWkK]?\+?\s*[)）]?\W{0,2}"
)
# The head of a box of links to a site's other items, a line of its own after the text (专题更多报道, 更多视频,
# 热门课程, 图集, a blog's 某某的日记 · · · · · · (全部)): the items under it are the site's, not the writer's
_SIDEBAR_HEAD = re.compile(
    r"\W{0,2}(?:\S{0,6}更多(?:报道|新闻|文章|视频|图片|图集|内容|精彩)|(?:热门|推荐|精品|精选)(?:课程|视频|图集)|图集"
    r"|[^，。；！？\s·・]{1,16}\s*[·・](?:\s*[·・])*\s*[(（](?:全部|更多)[)）])\s*[:：>»]*\s*"
)  # (the blog's head has its dots: a heading of the text that ends in （全部） has none)
# The label of a periodical's contents before the text (【本期导读】…, 本期要目：…): the issue's
# headlines, which the text under them says again
_ISSUE_CONTENTS = re.compile(
    r"\s*(?:[【\[]\s*本期[\u4e00-\u9fff]{2,3}\s*[】\]]|本期[\u4e00-\u9fff]{2,3}\s*[:：])"
)
# The same label after the text (本期目录, 【本期要目】): the box of the issue's other articles, a list
# of their headlines, as a periodical's page sets it under the article; the text has ended there
_ISSUE_CONTENTS_BOX = re.compile(r"\W{0,2}[【\[]?\s*本期(?:目录|要目|导读|看点|文章)\s*[】\]]?\s*[:：]?\s*")
_TEASER_END = re.compile(r"(…|\.\.\.)\s*$")
# What a web page prints where its article ends: the editor's credit on a line of its own ((责编：…),
# 责任编辑：…) or the page's own buttons (打印本页, [关闭窗口], 【打印】, 分享到：微信 微博). After the last
# paragraph of prose it closes the article: the short lines under it are the page's (its other
# articles, its columns, its copyright), not the writer's.
_EDITOR_CREDIT = re.compile(r"\W{0,2}(?:责任编辑|责编)\s*[:：][^。！？!?]{0,30}")
_PAGE_BUTTONS = re.compile(r"打印本页|关闭窗口|[【\[]\s*(?:打印|关闭)\s*[】\]]|分享到\s*[:：]")
_BUTTONS_LINE_MAX = 30  # Han characters of a line of buttons at the most (a sentence may say 分享到：)
# A sentence that ends on its mark (…在基层一线历练成长。) is the writer's, wherever it stands, when it
# holds _SENTENCE_MIN Han characters or more; a quotation mark or a bracket may close right after the
# mark (…历练成长。” …（本文有删节。）): a bracketed remark of the writer's is a sentence here, unlike
# _ENDS_A_SENTENCE's, and no space stands between the mark and what closes after it
_SENTENCE_CLOSED = re.compile(r"[。！？!?][”」』）)]?\s*$")
_SENTENCE_MIN = 8
# The page's footer, which ends the page under its article (版权所有, 京ICP备…号, ©, 主办：某某部): the
# evidence that the short lines between the article's end and it are the page's, not the writer's
_SITE_FOOTER = re.compile(
    r"版权所有|ICP备|Copyright|©|Rights Reserved|(?:主办|承办)(?:单位)?\s*[:：]", re.IGNORECASE
)
# A line a page's lists of headlines and columns never print, and a writer's tail does: a numbered item
# or section (三、强化保障, （一）…, 一是…), a label or a point ending on its mark (经验启示：, …；, 党建是引领。),
# an appendix's label (附录：调研样本构成)
_WRITERS_MARK = re.compile(r"[：:；;。！？!?][”」』）)]?\s*$")
_APPENDIX_LABEL = re.compile(r"\W{0,2}附(?:录|件|表)?\s*\d{0,2}\s*[:：]")


def _closes_article(text: str) -> bool:
    """Whether `text` is what a web page prints where its article ends (see _EDITOR_CREDIT)."""
    if _EDITOR_CREDIT.fullmatch(text):
        return True
    return (
        bool(_PAGE_BUTTONS.search(text))
        and han_len(text) <= _BUTTONS_LINE_MAX
        and not _SENTENCE_CLOSED.search(text)
    )


def _is_sentence(text: str) -> bool:
    """A sentence of some words that ends on its mark."""
    return bool(_SENTENCE_CLOSED.search(text)) and han_len(text) >= _SENTENCE_MIN


def _is_writers_line(text: str) -> bool:
    """Whether `text` reads as the writer's, not as a page's list of headlines or columns (see _WRITERS_MARK)."""
    return bool(
        _is_sentence(text)
        or _NUMBERED_ITEM.match(text)
        or _WRITERS_MARK.search(text)
        or _APPENDIX_LABEL.match(text)
    )


def _page_tail(texts: list[str], last: int) -> set[int]:
    """The line numbers of the page's lines under its article's end (texts are 1-based by number).

    Past the last prose (`last`), the editor's credit or the page's buttons (see _closes_article) end
    the article on a web page; but a clipped page's writer, or the learner who clipped it, may go on
    under them (a section, an appendix, a note's points). So the short lines under the end are taken
    as the page's only when they run to the page's footer (版权所有, ICP备, 主办：) before any line of
    the writer's (see _is_writers_line); otherwise only the closing line itself is the page's.
    """
    tail: set[int] = set()
    number = last + 1
    while number <= len(texts):
        if not _closes_article(texts[number - 1]):
            number += 1
            continue
        tail.add(number)
        run = number + 1
        while run <= len(texts):
            text = texts[run - 1]
            if _SITE_FOOTER.search(text):
                tail.update(range(number + 1, run + 1))
                break
            if _closes_article(text):  # (a second button line under the credit: the page's too)
                run += 1
                continue
            if _is_writers_line(text):
                break
            run += 1
        number += 1
    return tail


# ---------------------------------------------------------------- asides
# What a page or a writer says to the reader beside the text, each a kind of line: a call to like,
# share or follow; the name of a file to download; a search box or a post's counters; a date with
# its weekday; an exam room's rules; how many questions a paper holds; a page number under the
# paper's name; a journal's issue; a pointer to the next part; a placeholder for a picture; a note
# in brackets on the text itself; a speech's closing thanks; a date alone on its line.
# han characters: an aside, a notice or a line of a widget's words is short; a paragraph that mentions
# their words is not one
_ASIDE_LENGTH = 60

# A call to like, share or follow: one that only such a call makes (码字不易, 关注不迷路, 点个在看), and
# one a text's own sentence may hold beside its point (…分六点来讲，建议先收藏。), a call only when short.
# A poster's plea for the forum's critique of the piece it posts, in the forums' own idiom (…发上来请各位
# 大佬拍砖，轻喷～, 欢迎大家拍砖。, 求大神批改): the sentence tells how the post came about, not the piece's
# matter. The plea is a clause of its own that closes its sentence (after a comma or at the sentence's
# start, punctuation only after it) and asks the forum's readers by the forums' own names (各位, 大家,
# 大佬, 大神, 坛友); 轻喷 is a clause alone. A text's sentences about critique stay: 欢迎居民拍砖提建议,
# 市长…欢迎网友拍砖，一周内…, 敢于请群众拍砖, 开展“请您来拍砖”活动, 寻求前辈指点, 减轻喷药, 叶面轻喷一遍.
_FORUM_READERS = r"(?:(?:各位|诸位|大家)(?:大佬|大神|坛友|前辈|老师|考友)?|大佬|大神|坛友)们?"
_FORUM_PLEA = (
    r"(?:^|(?<=[，,。！!？?；;～~\s]))"
    rf"(?:(?:请|欢迎|求){_FORUM_READERS}(?:多多?|来|帮忙)?拍砖|求{_FORUM_READERS}(?:帮忙)?(?:批改|点评|指点)"
    rf"|[求请]?轻喷|(?:[求请]?{_FORUM_READERS})?轻拍)"
    # (～ ends a sentence too, as _SENTENCE reads it; a colon at the line's end, over the piece posted)
    r"(?=[!！。.…\s]*(?:$|[。！!？?～~]|[:：]\s*$))"
)
# A poster's plea to bump the thread or have it featured, closing a sentence after a comma (…，麻烦顶一下，
# 求版主加精~): the forum's idiom, not the post's matter (加精 only asked for). It asks the crowd or
# no one: 请银行帮忙顶一下 asks a third party to tide a firm over, and stays.
_BUMP_PLEA = re.compile(
    rf"(?:[^，,]{{0,8}}?的)?(?:(?:麻烦|请|求){_FORUM_READERS}?)?(?:帮忙|帮我)?(?:顶一下|顶个帖)"
    r"|帮顶|求(?:版主|管理员|斑竹)?(?:加精|置顶)"
)
_READER_CALL = re.compile(
    r"(?:觉得|如果)[^，。！？!?]{0,6}(?:有用|有帮助|有收获|不错)[^，。]{0,3}(?:的话|就|请|吧|[，,～~]\s*点)"
    r"|(?:觉得|如果)[^，。！？!?]{0,6}(?:有用|有帮助|有收获|不错)[，,～~]\s*(?:就|请|记得|欢迎)?\s*(?:转发|分享|收藏|关注)"
    r"|(?:转发|分享|点赞|在看|关注)\S{0,4}(?:是|就是)(?:对\S{0,4})?最大的(?:鼓励|支持|动力)"
    r"|码字不易|(?:关注|学习|一练|打卡)\S{0,3}不迷路|一键三连|三连支持|关注\s*@"
    r"|点(?:个|一下)\S{0,2}(?:在看|⭐|👍)|点个赞(?:再走|吧|哦|呗|支持)|(?:点赞|收藏|转发|在看)\s*[+＋]\s*(?:点赞|收藏|转发|在看|分享)"
    # a poster's plea for the forum's critique of the piece it posts (see _FORUM_PLEA)
    r"|" + _FORUM_PLEA
)
# (and a poster's or an account's words to its readers: 有问题楼下问, 评论区扣1, 希望对大家有帮助, 陪你上岸;
# 陪 to the exam its readers sit, not 陪你们成长, which a speech says to its hearers)
_SHORT_CALL = re.compile(
    r"建议\S{0,2}收藏|点击\S{0,4}关注|(?:欢迎|请)\S{0,2}在?(?:留言|评论)区|(?:留言|评论)区\S{0,4}(?:分享|交流|留言|指出|讨论|扣)"
    r"|有(?:问题|疑问)\S{0,6}(?:楼下|评论区|留言区?|私信|下面|后台)\S{0,2}(?:问|留言|交流)"
    r"|希望(?:对|能)\S{0,3}(?:大家|你们|您|你)有所?帮助|陪(?:你|您|大家)\S{0,4}(?:上岸|备考)"
)
_CALL_SENTENCE, _SHORT_CALL_SENTENCE = 40, 16  # han characters
# A page's link to more of itself, its arrow inside the sentence (点击阅读全文>> glued after a paragraph,
# 想看更多时评，进入>>时评专栏): it bids the reader go (点击, 进入, 查看, 请…) for more or all of the page,
# its one arrow at the end or before the name of the column it opens. A guide's path through an app's
# menus (点击“更多服务”>>“社保查询”, 进入更多服务>>社保查询) names no column, a comparison or a process
# in a note (更多依靠改革>>创新, 原文表述>>自己的话) bids no one go, and a sentence running on past an
# arrow (更多信息放在二级页面>>三级页面。) is the text's: they stay.
_LINK_PLEA = re.compile(
    r"(?P<offer>[^>»“”\"]{0,24}?(?:更多|完整|全文|全部|详情|原文)[^>»“”\"]{0,12}?)(?:>>|»)"
    r"(?:[^>»“”\"。！？!?]{0,8}?(?:专栏|专题|专区|频道|栏目|合集|主页|首页|官网))?[。！？!?]*"
)
_LINK_PLEA_SENTENCE = 20  # han characters: the bidding, what it offers and a column's name
_LINK_BIDDING = re.compile(r"点击|点此|戳|进入|查看|阅读|浏览|登录|登陆|注册|前往|跳转|访问|请")
# An account's or a writer's pitch of itself beside its name, a sentence of nothing but its stock
# clauses, two at least, one of them naming who writes by its years or what it takes its readers
# through (专注…十年，陪你从“小白”到“笔杆子”; 十五年机关文字工作者，专注公文写作): the channel's
# advertisement, not the text. One such clause alone may head a life's story (专注乡村教育三十年), so may
# two of 专注 (专注乡村教育三十年，专注一件事), and a sentence with a subject or more to say is the
# text's (老张专注乡村教育三十年，培养了…; 十五年基层工作者的坚守，换来了…): they stay.
_PITCH_YEARS = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:余|多)?年"
_PITCH_CLAUSE = (
    rf"专注[^，,。；;、\s]{{1,12}}?(?:{_PITCH_YEARS})?"
    rf"|{_PITCH_YEARS}[^，,。；;、\s]{{1,8}}?(?:工作者|从业者|老兵|写手|笔杆子)"
    r"|陪(?:你|您|大家)从[^，,。；;]{1,10}到[^，,。；;]{1,10}"
)
_ACCOUNT_PITCH = re.compile(rf"\W*(?:{_PITCH_CLAUSE})(?:\s*[，,、|｜]\s*(?:{_PITCH_CLAUSE}))+[\W]*")
# (Its anchor takes the reader along, 陪你从…, or names the trade of such an account, writing for the
# exam or the office: 三十年乡村教育工作者，专注山区孩子成长 is a teacher's life, and stays.)
_PITCH_ANCHOR = re.compile(r"陪(?:你|您|大家)从|文字|写作|公文|材料|申论|遴选|讲稿|写手|笔杆子")


# A learner's remark on how a passage serves in the exam, a sentence of its own (这一段可以直接用在…大作文里,
# 小提示：开头和结尾可以直接套，分论点换个词就行): what the note-taker will do with the text, not what it says.
# It points at the passage (这一段, 这几句, 以上, a tip's label; not 这些问题, 这一方法) and says it may be
# used as it stands (可以/可/能 直接 用在/套/拿来用) in an answer of the exam (大作文, 申论, 面试, 分论点 …;
# not a mere 开头 or 素材, which a work's steps and materials have too). A guide's own method
# (结尾可以直接套用总论点), a text's advice against copying (不能直接套用外地经验, 面试中可以直接套用模板吗？)
# and its sentences on using data (数据可以直接用于考核) stay.
_USED_AS_IT_STANDS = re.compile(r"(?:可以|可|能)\s*直接\s*(?:用在|用于|套用?|搬用|拿来用|拿来套)")
_EXAM_ANSWER = re.compile(r"大作文|小作文|申论|作文|面试|答题|对策题|概括题|考场|分论点")
_NOT_SO = re.compile(r"不能|不可|不要|不宜|不得|别|吗|[？?]")
_THIS_PASSAGE = re.compile(
    r"(?:这|此|本)[一几]?(?:段|句|几句|些话|部分|篇|节)|以上|上面|上述|tips|提示|批注|备注", re.I
)


# A remark on the kinds of exam question a topic may be set as (这个热点既可以出综合分析，也可以出组织管理…，三种
# 题型都要准备！ 这个话题很可能考应急应变): what the learner prepares for, not what the material says. It points
# at the topic (这个热点, 此类材料, 本话题) and says it may be set (可以/可能/容易/常 出/考) as a named kind
# of question, the kind's name closing its clause. A text's own 出现, 出台 and 考验 name no question (这个问题可能
# 出现反复; 该事件考验应急处置能力), nor does a kind's name inside a phrase (这类事件容易出人际关系矛盾).
_QUESTION_KINDS = (
    r"综合分析|组织管理|组织策划|计划组织|应急应变|应急处置|人际关系|人际沟通|自我认知|情景模拟|现场模拟|言语表达|"
    r"贯彻执行|大作文|小作文|概括题|对策题|分析题|公文题|材料作文"
)
_MAY_BE_SET = re.compile(
    r"(?:这个|这一|这类|此类|本|该)(?:热点|话题|素材|考点|主题|材料|事件|案例)\S{0,8}?"
    rf"(?:可以|可能|容易|常|会|也会|还会)\s*(?:出|考)(?:一道|一个|成|到)?\s*(?:{_QUESTION_KINDS})"
    r"(?=题|类|[，,、。！!；;？?（()）]|或|$)"
)
_QUESTION_KIND_REMARK = 80  # han characters: the kinds named, a word on each


# A learner's remark on which parts of the passage to learn by heart (重点背第三、四段, 建议背诵第二段和结尾):
# the bidding and the parts by their order or place in the text, closing the clause. It points at the
# passage (see _THIS_PASSAGE) or opens its sentence with the bidding; a text's own account of learning
# by heart (学校要求学生熟读全文, 背诵第三段党章原文是…) does neither, and a study notice's 要熟读全文 or
# 必须背熟第一段的入党誓词 names no part of the passage, or one inside a phrase.
_PART_OF_PASSAGE = (
    r"(?:第[一二三四五六七八九十\d]{1,2}(?:\s*[、，,和与及至到—-]\s*(?:第)?[一二三四五六七八九十\d]{1,2})*\s*[段句]"
    r"|这一?段|开头|结尾)"
)
_PARTS_BY_HEART = re.compile(
    r"(?:重点|一定要|必须|建议|需要|要|需)\s*(?:背诵|背|默写|熟读)(?:下来|熟)?\s*"
    rf"{_PART_OF_PASSAGE}(?:\s*[、，,和与及]\s*{_PART_OF_PASSAGE})*(?=\s*(?:[，,。！!；;？?～~）)]|$))"
)


def _is_by_heart_remark(sentence: str) -> bool:
    """A sentence that is a learner's remark on which parts to learn by heart (see above)."""
    parts = _PARTS_BY_HEART.search(sentence)
    return bool(parts) and (bool(_THIS_PASSAGE.search(sentence)) or not sentence[: parts.start()].strip())


def _is_exam_use_remark(sentence: str) -> bool:
    """A sentence that is all a learner's remark on using the passage in the exam (see above)."""
    return bool(
        _USED_AS_IT_STANDS.search(sentence)
        and _EXAM_ANSWER.search(sentence)
        and _THIS_PASSAGE.search(sentence)
        and not _NOT_SO.search(sentence)
    )


def _is_account_pitch(sentence: str) -> bool:
    """A sentence that is all an account's pitch of itself (see above)."""
    return bool(_ACCOUNT_PITCH.fullmatch(sentence) and _PITCH_ANCHOR.search(sentence))


# Before 本 (this) where it is no word's end (基本, 成本, 样本, 版本 …: 基本栏目, 样本文件)
_NOT_A_WORD_ENDING = r"(?<![基根资成样版文课剧日脚账书读范原])"
# A sentence in which a column presents the text it runs, as an editor's note under it does (本期“某某”
# 栏目聚焦…，整理成文，供广大考生参考积累。本栏目…): the publication's word on itself, not the text's matter
# And one in which whoever passes the text on presents it to its readers, for their study (现将…获奖文章
# 刊发如下，供大家学习交流; 现将…全文转上，供培训班学员参考; 转自…理论版，供各党小组学习讨论使用): the
# sender's word on the material, not its matter.
_PASSED_ON = (
    r"(?:现将|现把|特将|兹将|今将)[^。！？!?]{0,40}(?:刊发|转发|转上|转给|发给|推送|分享|刊登)[^。！？!?]{0,12}供"
    r"|(?:转自|摘自|选自|节选自)[^。！？!?，,]{0,24}[，,]\s*供"
)
_PRESENTING = re.compile(rf"本期\S{{0,12}}(?:栏目|专栏)|{_NOT_A_WORD_ENDING}本(?:栏目|专栏)|{_PASSED_ON}")
# An editor's note's stock sentences on the pieces it runs, in a paragraph the note's label opens (编者按：…):
# a series announced and where it stands (本网推出“…”系列报道，今天刊发第三篇; …，敬请关注), the praise every
# collection of 经验 opens with (各支部积极探索，形成了一批可复制、可推广的经验做法) and the editor's modesty (不当之处，
# 欢迎批评指正). The editor's framing, not the matter: the note's other sentences stay, and so do these words
# outside an editor's note (a policy's 形成一批可复制可推广的经验 is its aim).
_EDITORS_FRAMING = re.compile(
    r"敬请(?:关注|期待)|(?:推出|推送|刊发|刊登|编发)[^。！？!?]{0,30}(?:系列|第[一二三四五六七八九十\d]{1,3}篇)"
    r"|今[天日](?:刊发|推出|推送|刊登)|形成了?(?:一批|一系列|一些|许多|不少)[^。！？!?，,]{0,16}(?:经验|做法)"
    r"|(?:不当|疏漏|不妥)之处"
)
# What makes such a sentence the note's matter too: a formulation it quotes, other than the series' own
# name (本刊推出系列文章，解读“五位一体”总体布局; 形成了一批“三变”改革经验：资源变资产…), or what it spells out
# after a colon or 即 (the note's own label aside)
_EDITORS_MATTER = re.compile(r"[：:]|即|“[^”]{1,20}”(?!\s*(?:系列|栏目|专栏|专题))")
# A request to a study group or a class, timed by its week, its day or the clock, to hand work in or to
# the members (请周五前把摘要发到群邮箱, 请各位学员认真学习，周二晚课随堂默写…): the sender's errand, not the
# material's words. A deadline by the clock asks without a word of request (每晚21:00前交申论作业, 22:30
# 截止). (An official notice dates its deadline by the day, 于3月20日前报送, and asks its units, not members.)
# The words are the request's own: 请 not inside a word (申请, 邀请, 请示, 请假), 记得 not one's memory (我记得),
# 麻烦 said to someone (麻烦大家…, not 怕麻烦).
_REQUEST = re.compile(
    r"(?<![申邀聘宴提延约])请(?![示假求教愿柬缨客辞])|(?<![我他她还仍都只不谁没])记得"
    r"|麻烦(?=大家|各位|你|您|组员|同学)|务必|\d{1,2}[:：]\d{2}\s*(?:前|之前|截止)"
)
_GROUP_TIME = re.compile(
    r"周[一二三四五六日天末]|星期[一二三四五六日天]|今晚|每晚|明天|明早|明晚|下次课|课前|晚课"
    r"|(?:晚上?|早上?|上午|下午|中午)\s*\d{1,2}\s*点|\d{1,2}\s*点前|\d{1,2}[:：]\d{2}"
)
# The errand: the group's chat (群里, 群邮箱, 群公告, 交流群; not 群众, 群体, 人群), handing work in, or
# the members addressed (大家, 各位学员 before the request or right after 请, not 每位同学 it speaks of) set a
# task on the material (学习, 默写, 读完, 讨论: not 带上身份证参加考试, the class's business, which a notice's
# text holds as well).
_GROUP_CHAT = r"(?<![人社族集超合离成结鱼羊])群(?![众体落岛山峰居星像英贤雄策臣])"
_HAND_IN = re.compile(_GROUP_CHAT + r"|提交|上交|交给|发到|发给|接龙|打卡|作业")
_MEMBERS = r"大家|各位|组员|学员|同学们?|小组"
_MEMBERS_ASKED = re.compile(
    rf"(?:{_MEMBERS})[^。！？!?，,；;]{{0,12}}?(?:{_REQUEST.pattern})|请\s*(?:{_MEMBERS})"
)
_STUDY_TASK = re.compile(r"学习|默写|背诵|背下|读完|阅读|通读|精读|预习|复习|讨论|练习|摘要|答案|材料")


# A check-in a study group's chat asks for (请在打卡群内回复“已背”, 请大家在群里接龙): the group's errand,
# timed or not: the request itself names the chat, and opens its sentence or a clause of it (not a
# text's 工作群里一句收到请回复，干部们就得挨个接龙, nor the request it quotes or reports: 动辄要求“请在群内
# 回复收到”, 上级每天发通知请在群内打卡)
_CHECK_IN = re.compile(
    rf"(?:^|(?<=[，,；;。！!？?\s]))请(?:{_MEMBERS})?在?[^，,。！!？?“”]{{0,4}}{_GROUP_CHAT}[内里中]?\S{{0,2}}?"
    r"(?:回复|接龙|打卡|扣\s*\d)"
)


def _is_group_request(sentence: str) -> bool:
    """A short sentence that asks a group's members to do something by a time of their week, or to
    check in in the group's chat (see above)."""
    return (
        han_len(sentence) <= _CALL_SENTENCE
        and bool(_REQUEST.search(sentence))
        and (bool(_GROUP_TIME.search(sentence)) or bool(_CHECK_IN.search(sentence)))
        and _is_group_errand(sentence)
    )


def _is_group_errand(sentence: str) -> bool:
    """A sentence whose request is a group's errand (see above): to its chat or to hand work in, or to
    the members it addresses, on a task of the material."""
    if _HAND_IN.search(sentence):
        return True
    return bool(_MEMBERS_ASKED.search(sentence) and _STUDY_TASK.search(sentence))


_SENTENCE = re.compile(r"[^。！？!?～~]+[。！？!?～~]*")
# the suffix of a file a page offers to download: documents, sheets, slides, archives, pictures
# (sources/word.py's _WORD_SUFFIX, of the file a Word document's Title property names, is another list)
_DOWNLOAD_SUFFIX = r"pdf|docx?|xlsx?|pptx?|wps|ofd|zip|rar|jpe?g|png"
_FILE_NAME = re.compile(
    r".{1,80}\.(?:" + _DOWNLOAD_SUFFIX + r")\s*(?:[（(][^（()）]{0,16}[）)]|\d{1,4}\s*页)?",
    re.I,
)
_FILE_SIZE = re.compile(r"[（(]\s*(?:PDF|DOCX?|WORD|XLSX?)\s*[，,、]?\s*\d+(?:\.\d+)?\s*[KM]B?\s*[）)]", re.I)
_SEARCH_BOX = re.compile(
    r"(?:请输入|输入)\S{0,6}(?:关键词|关键字|搜索|内容|检索)|搜[索寻]本?[网站]|热门搜索|^搜索\s"
    # a search box's placeholder, which speaks to the reader or trails off (搜索你感兴趣的内容…)
    r"|^搜索\s*(?:你|您)\S{0,10}$|^搜索\S{0,10}(?:…|\.{3})$"
)
# a page's buttons and questions to its reader: 查看全部 318 个回答, 本页内容对您有帮助吗？ 是 否, a
# bracketed control (【纠错】 [复制链接]), more of the same elsewhere (更多精彩内容请进入时政频道), how long
# the text takes to read (全文约3200字，阅读需要8分钟), a WeChat article's counters and controls (阅读 1.2万,
# 收录于合集 #申论 12个, 上下滑动查看全文), a document site's preview (预览已结束，剩余5页可下载查看), a
# post listed with the count of its replies (…怎么安排时间？ 89 个回答) or a bulleted article with its date
# (- 让基层干部从“文山会海”中解脱出来 2024-08-16)
_PAGE_CONTROL = re.compile(
    r"^(?:查看|展开)全部\s*\d+\s*(?:个|条)|(?:对您|对你)有(?:帮助|用)吗|^\W{0,3}更多[^。！？!?]{0,24}?(?:请|欢迎)[^\s，,；;]{0,8}?(?:进入|关注|访问|点击|查看|获取|领取|移步)"
    r"|[【\[]\s*(?:我要)?(?:纠错|打印|关闭|收藏|分享|复制链接|返回顶部)\s*[】\]]"
    r"|(?:阅读|读完|浏览)(?:本文|全文)?\s*(?:需要?|大约|约|时长|时间)\S{0,2}\s*\d+\s*分钟"
    r"|需要?(?:阅读|浏览)\s*\d+\s*分钟|全文\S{0,2}\d+\s*字|^共\s*\d+\s*字|^选择字号|(?<!老)字号\s*[:：]"
    r"|(?:共|总)(?:阅读|浏览|点击|访问)(?:数|量|次数)?\s*[:：]?\s*\d+\s*次?"
    r"|^(?:阅读|浏览|播放|赞同|点赞|喜欢)(?:量|数)?\s*[:：]?\s*\d+(?:\.\d+)?\s*[万wWkK]?\+?$"
    r"|^收录于\s*(?:合集|话题|专辑)|已同步到看一看|(?:上下|向上|向下|左右|继续)滑动\S{0,4}(?:查看|看)|\d+\s*篇原创内容"
    r"|\S\s+\d+\s*(?:个|条)(?:回答|评论|回复|讨论)$"  # a post in a list of posts, with its count of replies
    # an article in a bulleted list of articles, with its date after a space or in brackets
    r"|^[-*+•·]\s*\S.{1,60}?(?:\s|[(（\[])\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*[)）\]]?$"
    # or with the date glued after it, as a page's date cell is in the page's text (…的意见2023-11-08)
    r"|^[-*+•·]\s*\S.{1,60}?[^\d\s]\d{4}-\d{1,2}-\d{1,2}$"
    # a post in a list of posts with its author and its count of reads (…遴选上岸研习社 · 1.2万阅读)
    r"|[·•|｜]\s*\d+(?:\.\d+)?\s*[万千wWkK]?\+?\s*(?:阅读|浏览|播放|评论|点赞)$"
    r"|预览已?结束|(?:还剩|剩余|剩下)\s*\d+\s*页\S{0,2}(?:未读|可下载|未显示|下载)|^本文档共\s*\d+\s*页|^(?:正在)?加载中"
    # a document site's rating of a document (评分：4.5分（23人评价）), a periodical's box of its contents
    r"|\d\s*分\s*[（(]\s*\d+\s*人(?:评价|评分|打分)\s*[）)]|^[【\[]?\s*本期(?:要目|目录|导读)\s*[】\]]?\s*[:：]?$"
    # a numbered part's end (—— 第3讲完 ——, in brackets with what the next one is: （第七讲完，下一讲：…）): a line
    # of its own, as the next part may follow it
    r"|^[-—·\s（(]*第\s*[\d一二三四五六七八九十]{1,3}\s*(?:期|卷|篇|章|讲|辑|节|课)(?:内容)?完"
    r"(?:\s*[，,；;]\s*下一?(?:期|卷|篇|章|讲|辑|节|课)\s*[:：][^（()）]{1,30})?[-—·\s。）)]*$"
    # a chat export's count of what it holds, closing it (共导出 9 条消息, 共 126 条聊天记录)
    r"|^[-—=\s]*(?:共|总计|合计)\s*(?:导出)?\s*\d+\s*条(?:消息|聊天记录|记录)[-—=\s。]*$"
)
# A course's or a talk's slides around its matter, on a line of their own: the navigation slide's
# label (本讲导航, 本讲目录 CONTENTS, 宣讲提纲; its entries are the parts the slides go on to) and the
# closing slide (感谢聆听  敬请指正, 汇报完毕，谢谢！); an outline a note asks for (写作提纲, 答题提纲)
# is matter, and so is a sentence that speaks of a report done (汇报完毕后，由组长点评). And a writing
# exercise set after a lesson, as a sentence (课后作业：仿写一篇…): what the learner is to write, not
# what the text says. A homework list under its label names what to learn and stays (课后作业 /
# 1. 背诵…), as does a question set as one (课后作业：请谈谈…) or a sentence on homework itself.
_DECK_CONTENTS = re.compile(
    r"(?:本讲|本课|本章|本节|本次|宣讲|课程|讲座|课件|汇报)\s*(?:目\s*录|导\s*航|提\s*纲|导\s*览)"
    r"(?:\s*(?i:contents?|outline))?|(?:目\s*录|提\s*纲)\s*(?i:contents?|outline)"
)
_CLOSING_WORDS = (
    r"(?:感谢|谢谢)(?:您的|大家的|各位的)?(?:聆听|倾听|观看|收看|指导)|(?:恳请|敬请|欢迎|请)(?:批评)?指正"
    r"|(?:汇报|报告|发言|讲课|宣讲|分享)完毕|谢谢(?:大家|各位)?"
)
_CLOSING_SLIDE = re.compile(rf"(?:{_CLOSING_WORDS})(?:[\s，,。！!、]*(?:{_CLOSING_WORDS}))*[\s。！!]*")
_HOMEWORK = re.compile(
    r"[【\[]?(?:课后|本讲|本课)作业[】\]]?\s*[:：]\s*请?(?:仿写|写一篇|自拟题目)[^。]{0,50}[。]?"
)
# A lesson's homework slide or section, under its label (课后作业, 04 课后作业, 五、课后练习),
# when all it says is the piece to write and how to hand it in (以“…”为话题完成一篇大作文，上传至学习群批改;
# 请…自拟题目，写一篇1000字左右的议论文。 扫码提交作业…): the learner's task, not the lesson's matter; and the
# label as an entry of the deck's contents (本讲目录 / 04 课后作业). A section that sets points to learn
# (背诵…, 整理…的三个要点) stays, its label with it, as does a sentence on homework (减轻学生课后作业负担)
# and a school policy's section on it (三、作业布置 / 各校要严控书面作业总量，…每周完成一篇周记即可。),
# which names who sets and marks it.
_HOMEWORK_LABEL = re.compile(
    r"\s*(?:\d{1,2}\s*[.、．]?\s*|[一二三四五六七八九十]{1,2}\s*[、.．]\s*)?[【\[]?"
    r"(?:课后|本讲|本课|随堂)(?:作业|练习)[】\]]?\s*[:：]?\s*"
)
_ON_HOMEWORK = re.compile(r"学校|各校|教师|学生|家长|各地|各单位")
_WRITING_TASK = re.compile(r"(?:写|完成|撰写|仿写|自拟题目)\S{0,3}(?:一篇|一份|\d+\s*字)|仿写|自拟题目")
_HANDING_IN = re.compile(r"上传|提交|批改|扫码|交给|发到|发给")


def _homework_sections(texts: list[str], layout: Mapping[int, LineLayout]) -> set[int]:
    """The line numbers of a lesson's homework sections that only set a piece to write and how to
    hand it in, their labels with them, and of the label as an entry of the deck's contents (see
    _HOMEWORK_LABEL)."""
    found: set[int] = set()
    in_contents = False  # (under a deck's contents label, up to the next heading)
    for number, text in enumerate(texts, 1):
        marked = layout.get(number) or _NO_LAYOUT
        if _DECK_CONTENTS.fullmatch(text.strip()):
            in_contents = True
            continue
        if marked.heading and not _HOMEWORK_LABEL.fullmatch(text):
            in_contents = False
        if not _HOMEWORK_LABEL.fullmatch(text):
            continue
        if in_contents and not marked.heading:
            found.add(number)
            continue
        section = []
        for line in range(number + 1, len(texts) + 1):
            if (layout.get(line) or _NO_LAYOUT).heading:
                break
            if re.search(r"[\u4e00-\u9fff]", texts[line - 1]):  # (a slide's page number aside)
                section.append(line)
        tasks = [line for line in section if _WRITING_TASK.search(texts[line - 1])]
        if (
            tasks
            and all(
                line in tasks or _HANDING_IN.search(texts[line - 1]) or is_furniture(texts[line - 1])
                for line in section
            )
            and not any(_ON_HOMEWORK.search(texts[line - 1]) for line in section)
        ):
            found.update([number, *section])
    return found


# A homework sentence under its label that says where or by when to hand it in (课后作业：完成讲义第27页真题
# 两道，下周二晚上8点前提交到班级群): the class's logistics, not the lesson's matter. A homework label over
# a policy's words on homework (课后作业：教师要全批全改，不得要求家长批改) names who sets and marks it, or
# what is forbidden (严禁通过手机群布置作业), and stays.
_HOMEWORK_OPENING = re.compile(r"\s*[【\[]?(?:课后|本讲|本课|随堂)(?:作业|练习)[】\]]?\s*[:：]")
_FORBIDDING = re.compile(r"严禁|禁止|不得|不准")


def _is_homework_errand(sentence: str) -> bool:
    """A short sentence under a homework label that tells how to hand the work in (see above)."""
    return (
        han_len(sentence) <= _CALL_SENTENCE
        and bool(_HOMEWORK_OPENING.match(sentence))
        and bool(_HANDING_IN.search(sentence) or re.search(_GROUP_CHAT, sentence))
        and not (_ON_HOMEWORK.search(sentence) or _FORBIDDING.search(sentence))
    )


# A meeting chair's formula that opens or closes the meeting, a sentence of its own under the chair's
# label or none (主持人（县委副书记某某）：同志们，现在开会。 会议到此结束，现在散会。): the meeting's
# procedure, not what it says. (会议到此结束后，各组… and a sentence that goes on after it stay.)
_CHAIRS_FORMULA = re.compile(
    r"(?:主持人[^：:。]{0,30}[：:]\s*)?(?:同志们[，,！!：:]\s*)?"
    r"(?:(?:现在|下面)?开会|(?:今天的)?会议(?:就开到这里|到此结束)(?:[，,]\s*(?:现在)?散会)?|(?:现在)?散会)[了！!。.]*"
)
# a transmittal formula of an official document (现将《…》印发给你们，请结合实际认真贯彻落实)
_TRANSMITTAL = re.compile(r"现(?:将|予)?[^。]{0,60}(?:印发|转发|发)给你们")
# a study log in a learner's notes: what is still to do or forgotten, when to review (⬜ 还要看一下…,
# 本质要求第5条老忘, 复习节奏：周一、周四过一遍), a note's revisions (2024.03 初稿，2024.06 二次修订,
# 9.12记 二次整理9.20). (A ticked box or a word like 背熟 may mark a point to learn: ✅ 推荐立意：…)
_STUDY_LOG = re.compile(
    r"^[⬜☐]|老忘|记不住|混了|^(?:复习|背诵)(?:节奏|进度|记录|计划)\s*[:：]"
    # (and what the learner has still to check, closing the remark: 表里的出处是我记的，自己核对一下, 回头再查一遍;
    # a clause of its own that opens on it; not a sentence on a habit of checking, 干部要养成自己核对一下台账的
    # 习惯, nor a notice's ask, 数据报送前，请各单位自己核对一遍, 报送前回头再核实一遍)
    r"|(?:^|[，,。；;！!\s])\W*(?:自己|回头|有空)再?(?:核对|核实|查证|确认|查)一?[下遍][。！!～~\s]*$"
    # (and the learner's plan for its next sitting, what to read or write up then: 明日计划：读第六章…,
    # 下周任务：整理一页导图; a plan of work, 下周安排：看望困难党员, 明年计划：…, names no study)
    r"|^\W*(?:明日|明天|今晚|今日|下周|本周|周末|下次)(?:学习|复习|阅读|读书)?(?:计划|任务|安排)\s*[:：]"
    r"\s*(?:读|背|看(?![望护])|整理|复习|默写|抄|刷|练习)"
    r"|(?:初稿|修订|整理|更新)\S{0,3}\d{1,4}[./]\d{1,2}|\d{1,4}[./]\d{1,2}\S{0,3}(?:初稿|修订|整理|更新)"
    # (and a review a note logs by its day, the whole line: 2024-04-18 第一次复习 ✓; with words after
    # it, 2024-04-18 第一次复习：通读全文, the line is a review plan's step and stays)
    r"|^\s*\d{1,4}[-./]\d{1,2}(?:[-./]\d{1,2})?\s*第\S{1,2}(?:次|遍|轮)(?:复习|背诵|回顾)\s*[✓✔√]?\s*$"
)
# A journal's log of the learner's day of study, by how much was done (今天背了 4 组, 上午复习了3遍…),
# and a remark on what the learner mixes a set up with (这一组容易和“六个必须坚持”混, 备注：容易跟…弄混):
# study logs (see _STUDY_LOG) that are never a headline either (see is_learners_log). A text's own day
# (今天学习了…精神, 今年共完成了12个村), its people who did so much (上午复习了三遍文件精神的人), its
# things that mix or are confused (容易和其他垃圾混合, 容易与正规客服搞混, 容易和…混淆, 混为一谈: a subject
# of the text's own, or the written word 混淆) are no log.
_LEARNERS_LOG = re.compile(
    r"^\W*(?:今天|今日|昨天|上午|下午|晚上|早上)\s*(?:一共|共|又|已经?)?(?:背诵?|复习|默写|过|刷|学)[了完]"
    r"\s*[\d一二两三四五六七八九十]+\s*(?:组|遍|页|篇|条|题|套|节|讲)"
    r"(?![^，,。；;！!]*的(?:人|同志|干部|党员|学员|同学|学生|群众)(?:$|[，,。；;！!]))"
    r"|(?:^|[:：，,；;])\s*(?:[这那此][一二两三四五六七八九十几\d]*[组条个句点项段]?)?"
    r"容易(?:和|与|跟|同)[^，,。；;]{1,24}?(?:搞|弄|记)?混了?(?:$|[，,。；;！!])"
)
_COUNTER = re.compile(
    r"(?:查看|回复|回覆|点击|浏览|阅读|评论|贴子|帖子|人气|点赞|收藏|转发|在看|赞)\s*(?:数|次数|量)?\s*[:：]?\s*[(（]?\d"
)
_WEEKDAY_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]")
# An exam paper's instructions on one line under their label (注意事项：1.本题本由给定资料与作答要求两部分构成。
# 2.考试时限150分钟。): the paper's rules, not its matter. A policy's 注意事项：各地要… names no paper: it stays.
_INSTRUCTIONS_GLUED = re.compile(r"\W{0,2}(?:注意事项|考生须知|考试须知|答题须知|应试须知)\s*[:：]\s*\S")
_EXAM_PAPER = re.compile(r"题本|考试时限|考试时间|作答|答题卡|给定资料|考生")
_EXAM_ROOM = re.compile(r"答题卡|准考证|监考人员|监考老师|草稿纸|(?:带出|离开|进入)考场")
_INSTRUCTING = re.compile(r"请|须|应|一律|严禁|不得|方可|才可|无效|停止")
_PAPER_SIZE = re.compile(
    r"满分\s*[:：]?\s*\d+\s*分[^。]{0,20}(?:用时|时限|时间)|(?:用时|时限|时间)[^。]{0,20}满分\s*[:：]?\s*\d+\s*分"
    r"|^\W{0,2}本\S{0,3}共\S{0,3}\d+\s*道?题"
)
# a course's series and the number of its part, as a training school or a publisher heads its handouts'
# covers (2024年遴选笔试真题精讲系列（七）, 申论高分范文系列之三): the series', not the text's headline. (A
# newspaper's series, 学习贯彻全会精神系列评论之三, may be all the headline a reposted commentary has; as a
# subtitle, ——学习贯彻全会精神系列谈之三, it is the headline's: both are left to the titles.)
_SERIES_PART = re.compile(
    r"(?![—－-]).{0,24}?(?:真题|精讲|范文|讲义|笔记|课程|备考|模考|考点|题库|刷题|特训|冲刺).{0,8}?系列\S{0,6}?"
    r"(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|之[一二三四五六七八九十\d]{1,3})"
)
_NAMED_PAGE = re.compile(r".{1,24}?\s*第\s*\d+\s*页\s*[,，/（(]?\s*共\s*\d+\s*页\s*[）)]?[。.]?")
# a periodical's issue by its year (2024年第12期), and any of the ways a journal numbers an issue
_YEAR_ISSUE = r"\d{4}\s*年\s*第\s*\d+\s*期"
_ISSUE = re.compile(r"第\s*\d+\s*卷\s*第\s*\d+\s*期|Vol\.?\s*\d+|No\.\s*\d+|总第\s*\d+\s*期|" + _YEAR_ISSUE)
_NEXT_PART = re.compile(
    r"\W{0,2}(?:(?:下期|明日|明天|下周|下次|下节|下讲|下次课|下节课)预告|下期(?:要目|目录|导读|看点)|下[一1](?:期|辑|卷|讲|专题|版|篇|章|课))"
)
_PLACEHOLDER = re.compile(
    r"[（(\[【]\s*(?:二维码|图片|图|视频|音频|表格|略|此处略|下略|以下略|此页无正文)\s*[）)\]】]"
)
_OMITTED = re.compile(r"\W{0,2}(?:略|此处略|下略|以下略)\s*[，,。]?\s*(?:见|参见|详见)")
_SELF_NOTE = re.compile(
    r"[（(]\s*(?:注\s*[:：]\s*)?(?:本文|此文|本篇|本报告|本材料|本讲稿|本稿|本题本?|本资料|本卷|本试卷|本期)"
    r"[^（()）]{2,60}[）)]"
)
# (and a document site's thanks for reading or downloading, with its wishes: 感谢您的阅读，祝您工作顺利！)
_THANKS = re.compile(
    r"(?:谢谢|感谢)(?:大家|各位|观看|聆听|收看|阅读|您的?(?:观看|聆听|阅读))[！!。～~]*"
    r"|(?:谢谢|感谢)(?:您的?)?(?:阅读|下载|浏览)[，,]\s*祝(?:您|你|大家)[^。！!？?]{0,20}[！!。～~]*"
)
# A post's furniture in a forum: when it was posted (发表于 3 天前, 编辑于 2024-03-05), the poster's
# level (Lv.5 某某), the app it was sent from (来自Android客户端).
_POST_META = re.compile(
    r"^(?:发表于|编辑于|发布于|回复于|更新于)\s*(?:\d|[一二三四五六七八九十几半两]+\s*(?:秒|分钟|小时|天|周|个月|年)前"
    r"|昨天|前天|今天|刚刚)|^(?:Lv|LV|lv)\s*\.?\s*\d{1,2}(?!\d)|^来自\s*\S{0,16}客户端$"
    r"|^(?:发自我的|Sent from my)\s*\S{0,16}$"  # (and the phone a mail was sent from: 发自我的华为手机)
)
_YEAR, _DAY = r"(?:\d{4}|[〇○零一二三四五六七八九]{4})", r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_DATE_ALONE = re.compile(
    rf"[（(]\s*{_YEAR}\s*年\s*{_DAY}\s*月(?:\s*{_DAY}\s*日)?\s*[）)]|{_YEAR}\s*年\s*{_DAY}\s*月\s*{_DAY}\s*日"
)
_SENTENCE_MARK = re.compile(r"[，。；]")


_BRACKETED_ISSUE = re.compile(rf"[（(]\s*{_YEAR_ISSUE}\s*[）)]")  # (2024年第12期), after a headline
_ISSUE_HEADLINE = 10  # han characters: a periodical's name (组工通讯, 中国组织人事报) is shorter
_SITE_AFTER = re.compile(r"\s*[_|｜丨-]\s*\S")


def _headline_of_an_issue(text: str) -> bool:
    """An article's headline with its periodical's issue in brackets after it, as a saved page's
    title prints it (在全县经济工作会议上的讲话（2024年第12期）_组工通讯, 述职述廉报告（2024年第12期）_组工通讯):
    the line names the text. An issue banner (组工通讯（2024年第12期）) has a short name before its
    issue and no site's name after it."""
    issue = _BRACKETED_ISSUE.search(text)
    if not issue:
        return False
    return han_len(text[: issue.start()]) >= _ISSUE_HEADLINE or bool(_SITE_AFTER.match(text, issue.end()))


def is_learners_log(text: str) -> bool:
    """A line (simplified) that logs the learner's day of study or what a set is mixed up with (see
    _LEARNERS_LOG): a note of the keeper's, beside the text, and never its headline."""
    return bool(_LEARNERS_LOG.search(text))


def is_aside(text: str) -> bool:
    """A short line (simplified) that speaks to the reader beside the text (see above)."""
    if _SEARCH_BOX.search(text) or _NEXT_PART.match(text) or _PAGE_CONTROL.search(text):
        return True
    if _DECK_CONTENTS.fullmatch(text) or _CLOSING_SLIDE.fullmatch(text) or _HOMEWORK.fullmatch(text):
        return True
    if _TRANSMITTAL.search(text) or (
        han_len(text) <= 30 and (_STUDY_LOG.search(text) or is_learners_log(text)) and not SECTION.match(text)
    ):
        return True
    if _FILE_NAME.fullmatch(text) or _FILE_SIZE.search(text) or _PLACEHOLDER.fullmatch(text):
        return True
    if _OMITTED.match(text) or _SELF_NOTE.fullmatch(text) or _THANKS.fullmatch(text):
        return True
    if _POST_META.search(text):
        return True
    if _DATE_ALONE.fullmatch(text) or _NAMED_PAGE.fullmatch(text) or _PAPER_SIZE.search(text):
        return True
    if "系列" in text and _SERIES_PART.fullmatch(text):
        return True
    if _EXAM_ROOM.search(text) and _INSTRUCTING.search(text):
        return True
    if _INSTRUCTIONS_GLUED.match(text) and _EXAM_PAPER.search(text):
        return True
    short = han_len(text) <= 30
    if short and (_WEEKDAY_DATE.search(text) or (_ISSUE.search(text) and not re.search(r"[，。；《]", text))):
        return True
    return not _SENTENCE_MARK.search(text) and len(_COUNTER.findall(text)) >= 2


# Asides inside a line, cut out of it: a speech's stage directions ((掌声), (播放视频：…)), a note on
# an error fixed or left (（原答案有误，已改）), on who added a piece (（老师临时加的）) or on how a
# practice answer went (（自评：…2分50秒。）, （重写版1分58秒，比上次好多了）), a journal's
# classification glued after its keywords, an outliner's block property and schedule (collapsed:: true,
# SCHEDULED: <2024-03-23 Sat>).
_STAGE_DIRECTION = re.compile(
    r"[（(]\s*(?:热烈)?(?:掌声|笑声|鼓掌|停顿|稍停|台下[^（()）]{0,12}|播放[^（()）]{0,40}|放映[^（()）]{0,40}"
    r"|展示(?:PPT|图片|视频)[^（()）]{0,20}|学员\S{0,2}(?:交流|讨论|发言)[^（()）]{0,20}|现场互动[^（()）]{0,20})\s*[）)]"
)
_ERRATA = re.compile(
    r"[（(][^（()）]{0,30}(?:已改|已更正|已修正|已勘误|请忽略|懒得改|没改)[^（()）]{0,20}[）)]"
    r"|[（(][^（()）]{0,8}(?:加|补|添|编)的[）)]"
    rf"|[（(]\s*(?:PS|{_REVIEWER}|点评)\s*[:：][^（()）]{{0,80}}[）)]"
    rf"|[（(][^（()）]{{0,20}}{_TIMED}[^（()）]{{0,40}}[）)]"
)
_GLUED_META = re.compile(
    r"(?<=\S)\s*(?:中图分类号|文献标识码|文章编号|DOI)\s*[:：].*$"
    r"|(?<=\S)[，,；;]\s*[（(]?(?:联系人|联系电话|咨询电话|联系方式)\s*[:：][^。]*[。）)]*$"
    r"|[:：，,]\s*(?:略|此处略|下略|以下略)\s*[，,。]?\s*(?:见|参见|详见)[^（()）]*$"
    r"|[（(][^（()）]{0,8}略\s*[，,]\s*(?:见|参见|详见)[^（()）]{0,16}[）)]"
    r"|^(?:点击)?(?:查看|展开|显示)(?:答案|解析|答案解析|参考答案)\s*(?=\S)"
    rf"|(?<=\S)\s+{_PROPERTY_NAME}\s*\S+\s*$"
    r"|\s*(?<![A-Za-z])(?:SCHEDULED|DEADLINE|CLOSED):\s*[<\[][^>\]]{0,40}[>\]]"
)


# A forum reply's header before its words: 回复 and the name of the poster it answers, set apart by a
# space (回复 考公第三年 ：思路是对的…, 回覆 某某 :), cut from the line as written, before clean_line
# drops the space. (回复群众关切：… has no space: it is prose.)
_REPLY_TO = re.compile(r"^\s*(?:回复|回覆)\s+[^\s：:，。]{1,20}\s*[:：]\s*(?=\S)")


# A post's topic tags, as a microblog links them (#为基层减负#, #公考[超话]#): the platform's links to
# the posts on a topic, not the post's words (a tag in its sentence says again the words beside it)
_TOPIC_TAG = re.compile(r"#[^#\s]{0,20}[\u4e00-\u9fff][^#\s]{0,20}#\s*")


# A line of a post's open topic tags, as 小红书's and 抖音's pages print them under it (#申论 #申论范文
# #考公上岸): two or more, each a # before its words, apart by spaces, nothing else on the line (not a
# Markdown heading, whose # stands before a space)
_OPEN_TAGS = re.compile(r"(?:#[^#\s]{0,19}[\u4e00-\u9fff][^#\s]{0,19}\s*){2,}")


def _without_tag(tag: re.Match[str]) -> str:
    """A topic tag gone where it stands apart (at a line's start or end, or before a space or another
    tag); inside a sentence its words are the sentence's (深入开展#清朗行动#专项整治): only the marks go."""
    after = tag.string[tag.end() :]
    if (
        not tag.string[: tag.start()].strip()
        or not after.strip()
        or tag.group()[-1].isspace()
        or after[:1] == "#"
    ):
        return ""
    return tag.group().strip("#")


# A course handout's bracketed label before the words it heads on the same line (【本讲学习目标】掌握…,
# 【思考题】结合…谈谈…, 【考情速览】近三年…): the handout's furniture, not the words; the words stay (a
# learner may want the goals or the question). A label alone on its line heads a list and stays; so
# does one the words define (教学目标：是指…, 【学习目标】指…: in 教育学 notes the label is the term), and a
# bare label with a colon, which is as often the term a line explains.
_COURSE_LABEL = re.compile(
    r"\s*[【\[]\s*(?:本讲|本课|本章|本节)?(?:学习目标|教学目标|课后思考题|思考题|考情速览|考情分析)\s*[】\]]\s*[:：]?"
    r"\s*(?=\S)(?!是指|指|即|是)"
)


def without_asides(text: str) -> str:
    """`text` without the asides written inside it (see above), its topic tags, a course handout's
    label before its words, and its sentences that only call on the reader to like, share or follow,
    present the text to its readers, or are the footer of the mail or the learner's plan for the note
    that holds it."""
    label = _COURSE_LABEL.match(text)
    text = text[label.end() :] if label else text
    if "(" in text or "（" in text:
        text = _ERRATA.sub("", _STAGE_DIRECTION.sub("", text))
    if "#" in text:
        text = _TOPIC_TAG.sub(_without_tag, text)
    return _without_reader_calls(_GLUED_META.sub("", text).strip())


# A mail's footer on itself and the reply it asks for (本邮件由系统自动发送，请勿直接回复。 如不希望再收到
# 此类邮件，请点击退订。 本邮件及其附件含有保密信息…; 收到请回复。 as a sentence of its own): the mail's,
# not the material's it carries. The phrases are anchored as a footer words them: a notice's own
# request (各单位收到请回复，并于3月5日前报送…) and prose about a formula (有的单位要求‘收到请回复’…,
# 诱导消费者办理退订业务, 本邮件系统由信息中心统一运维) stay. So does a government mail system's word on
# itself, that it is no system for secrets (某市政务邮件系统提示：本系统为非涉密系统，严禁…; 请勿通过本系统
# 传输涉密信息): it speaks of this system (本系统), where a rule on secrecy speaks of any (严禁在非涉密系统中…).
_MAIL_FOOTER = re.compile(
    r"^\W*(?:(?:本|此|该|这封)邮件(?:由|系)[^。！!]{0,20}发送|(?:本|此|该)邮件及其附件|如(?:您)?不(?:希望|想|愿)再收到)"
    r"|^\W*收到(?:后)?请(?:回复|回执|确认)\W*$"
    r"|(?:本|此)(?:邮件)?系统(?:为|是|系)非涉密|请勿(?:通过|使用|在)(?:本|此)(?:邮件)?系统(?:内|中)?(?:传输|处理|发送|存储)"
)
_MAIL_REPLY_OR_UNSUBSCRIBE = re.compile(r"请勿(?:直接)?回复|退订")
_MAIL_ITSELF_WORD = re.compile(r"本邮件|此邮件|系统|点击")
# A learner's plan for its own note: when to go over it again (明早背一遍“补充记忆”段, 下周模考前再看一遍)
# as the whole sentence or its short last clause (…三类产业，考前过一遍。 keeps its list), with no
# subject or habit before the time word (我明早再把讲话原文读一遍…, 每天睡前再读一遍《论语》 are a
# 心得's prose); and where the note is filed (本页属于【申论素材库】, 笔记本：申论素材库 / 讲话稿, 整理到素材本第14页).
# A text's advice to learn a thing once (千万别把模板背一遍) names no time to come and stays.
_REVIEW_PLAN = re.compile(
    r"\W*(?:明早|明天|明晚|今晚|下周|周末|睡前|考前|下次)[^，,。；;]{0,8}?再?(?:看|背|读|过|默写|复习)一遍"
    r"[^，,。；;]{0,10}?[。！!～~…\s]*"
)
_NOTE_FILED = re.compile(
    r"^\W*(?:本页|此页|这页|本笔记|本篇笔记)属于\s*[【《「]|^\W{0,3}(?:所属)?笔记本\s*[:：]"
)
# (a note app's line naming where the note went, nothing after it: 整理到素材本第14页)
_NOTE_FILED_LINE = re.compile(
    r"\W*(?:整理|抄|记|归档|收)(?:到|进|入|在)\S{0,6}(?:素材本|素材库)(?:第?\d{1,4}页)?\W*"
)
# (a word one of the footer's or note's sentences cannot do without; those patterns are anchored to
# the sentence, so a whole text is only searched for these)
_FOOTER_OR_NOTE_WORD = re.compile(r"邮件|收到|退订|回复|属于|笔记本|素材")
_BRACKETED_REMARK = re.compile(r"[（(][^（()）]*[）)]")


def _is_mail_footer(sentence: str) -> bool:
    """A sentence of a mail's footer on itself (see above)."""
    return bool(
        _MAIL_FOOTER.search(sentence)
        or (_MAIL_REPLY_OR_UNSUBSCRIBE.search(sentence) and _MAIL_ITSELF_WORD.search(sentence))
    )


def _is_own_note(sentence: str) -> bool:
    """A sentence that is all a learner's plan for its own note or where it is filed (see above),
    outside brackets: a heading's bracketed remark (三、易错点小结（考前再看一遍）) leaves the heading."""
    unbracketed = _BRACKETED_REMARK.sub("", sentence)
    return bool(
        _REVIEW_PLAN.fullmatch(unbracketed)
        or _NOTE_FILED.search(unbracketed)
        or _NOTE_FILED_LINE.fullmatch(unbracketed)
    )


def _is_link_plea(sentence: str) -> bool:
    """A sentence that is all a page's link to more of itself (see _LINK_PLEA)."""
    plea = _LINK_PLEA.fullmatch(sentence.strip())
    return bool(plea and _LINK_BIDDING.search(plea["offer"]))


def _without_reader_calls(text: str) -> str:
    view = simplified(text)  # of the same length: its sentences are the text's
    editors = bool(EDITORS_LABEL.match(view)) and bool(_EDITORS_FRAMING.search(view))
    if not (
        editors
        or _READER_CALL.search(view)
        or _SHORT_CALL.search(view)
        or _PRESENTING.search(view)
        or (_REQUEST.search(view) and (_GROUP_TIME.search(view) or _CHECK_IN.search(view)))
        or _GREETING.match(view)
        or _FOOTER_OR_NOTE_WORD.search(view)
        or _REVIEW_PLAN.search(view)
        or _BUMP_PLEA.search(view)
        or _HOMEWORK.search(view)
        or _HOMEWORK_OPENING.match(view)
        or _CHAIRS_FORMULA.search(view)
        or _CALL_FOR_CONTRIBUTIONS.search(view)
        or _ACCOUNT_PITCH.search(view)
        or _USED_AS_IT_STANDS.search(view)
        or _MAY_BE_SET.search(view)
        or _PARTS_BY_HEART.search(view)
        or _ARROW.search(view)
    ):
        return text
    kept = []
    for sentence in _SENTENCE.finditer(view):
        length = han_len(sentence.group())
        call = (
            (sentence.start() == 0 and _greets_only(sentence.group()))
            or (length <= _CALL_SENTENCE and _READER_CALL.search(sentence.group()))
            or (length <= _SHORT_CALL_SENTENCE and _SHORT_CALL.search(sentence.group()))
            or (length < _ASIDE_LENGTH and _PRESENTING.search(sentence.group()))
            or (
                editors
                and bool(_EDITORS_FRAMING.search(sentence.group()))
                and not _EDITORS_MATTER.search(EDITORS_LABEL.sub("", sentence.group(), count=1))
            )
            or _is_group_request(sentence.group())
            or _is_homework_errand(sentence.group())
            or (length <= _CALL_SENTENCE and _is_account_pitch(sentence.group()))
            or (length <= _CALL_SENTENCE and _is_exam_use_remark(sentence.group()))
            or (length <= _CALL_SENTENCE and _is_by_heart_remark(sentence.group()))
            or (length <= _QUESTION_KIND_REMARK and bool(_MAY_BE_SET.search(sentence.group())))
            or (length <= _LINK_PLEA_SENTENCE and _is_link_plea(sentence.group()))
            or bool(_HOMEWORK.fullmatch(sentence.group().strip()))
            or bool(_CHAIRS_FORMULA.fullmatch(sentence.group().strip()))
            # (a periodical's call for contributions closing its editor's note: …。欢迎读者踊跃来稿。)
            or (
                length <= _SHORT_CALL_SENTENCE
                and bool(_CALL_FOR_CONTRIBUTIONS.match(sentence.group()))
                and bool(_PERIODICALS_CALL.search(sentence.group()))
            )
            or (
                length <= _CALL_SENTENCE
                and (_is_mail_footer(sentence.group()) or _is_own_note(sentence.group()))
            )
        )
        if not call:
            kept.append(_without_closing_call(text[sentence.start() : sentence.end()], sentence.group()))
    return "".join(kept).strip()


_LAST_CLAUSE = re.compile(r"[，,]([^，,]+?)([。！？!?～~]*)$")
_FORUM_PLEA_CLAUSE = re.compile(_FORUM_PLEA)
# a call to save the text and read it again (收藏后反复研读, 收藏起来慢慢看); a bare 建议收藏 may close
# a headline or the writer's own sentence and stays
_SAVE_TO_REREAD = re.compile(r"收藏\S{0,3}(?:后|起来)\S{0,4}(?:看|读|学|背|练)")


def _without_closing_call(sentence: str, view: str) -> str:
    """`sentence` without the short calls that close it after a comma: to save and reread it, a
    learner's plan to go over it again, a poster's plea to bump the thread (see _BUMP_PLEA) or for the
    forum's critique (see _FORUM_PLEA) (…一次吃透，建议收藏后反复研读！ …三类产业，考前过一遍。 …，帮忙顶一下，
    求版主加精~ …限时60分钟写完，求各位大佬拍砖！): the clauses before them are the writer's own."""
    last = _LAST_CLAUSE.search(view)
    if not last or han_len(last.group(1)) > _SHORT_CALL_SENTENCE:
        return sentence
    clause = last.group(1)
    if not (
        _SAVE_TO_REREAD.search(clause)
        or _REVIEW_PLAN.fullmatch(clause)
        or _BUMP_PLEA.fullmatch(clause)
        or _FORUM_PLEA_CLAUSE.fullmatch(clause)
    ):
        return sentence
    cut = sentence[: last.start()] + (sentence[last.start(2) :] or "。")
    return _without_closing_call(cut, view[: last.start()] + (view[last.start(2) :] or "。"))


def is_boilerplate(text: str) -> bool:
    """A single line that is site furniture rather than article text."""
    view = simplified(text)
    return _is_tail_marker(view) or is_furniture(view)


def _is_tail_marker(text: str) -> bool:
    """A related-articles marker, after which a page's own text has ended."""
    return bool(_TAIL_HEADING.match(text) or ("推荐" in text and _TAIL_LINK.search(text)))


# Most lines are prose: each costly pattern is only tried on a line holding a character it
# cannot match without (a URL a dot or slash, a phone number or date three digits in a row,
# a breadcrumb one of its separators).
_THREE_DIGITS = re.compile(r"\d{3}")
_BREADCRUMB_SEPARATORS = re.compile("[>›»/\\-→—＞]")
# A bare chain of arrows is a breadcrumb (新闻中心 > 时政要闻 > 正文), but a note's comparison or
# order of steps is written so too: a sentence's punctuation (人民利益>>部门利益，群众满意>>领导满意。)
# or a label before the chain (审题顺序：全文>>段落>>句子; not 所在位置：) makes it prose.
_CHAIN_IN_PROSE = re.compile(r"[，。；！？,;!?]|^[^>›»]*(?<!位置)(?<!导航)[：:]")


def _is_breadcrumb(text: str) -> bool:
    """A line that is a page's breadcrumb: from its home page or position label, or a bare chain."""
    found = BREADCRUMB.search(text)
    if found is None:
        return False
    from_home = "首页" in found.group(0) or found.group(1) is not None
    return from_home or not _CHAIN_IN_PROSE.search(text)


def is_furniture(
    text: str,
    short: int = 20,
    in_body: bool = False,
    weak_words: bool = True,
    in_sentence: bool = False,
    outline_word: bool = False,
    among_matters: bool = False,
) -> bool:
    """`is_boilerplate` of a line's simplified view, bar the related-articles markers (main_text
    tests those first). A line with one weak widget word is furniture when shorter than `short`.
    A numbered item (2.完善…退出机制…（牵头单位：登记注册处）) is never furniture by one widget word,
    nor a lone label: an item or a label (问题：) is no button. Words set apart by bars are a
    menu outside the body (`in_body`: between its first and last prose); inside it, only with a
    widget's word (关键词：以旧换新 | 新型消费 | 有效投资 is a note's). Without `weak_words`, weak
    widget words do not count (a headline's may name them). `in_sentence`: a sentence of the text
    runs through the line (wrapped, or split by markup), so its widget words are the sentence's.
    `outline_word`: the line is an item in an outline's tree (see _in_outline_tree): a word of Han
    characters there (Latin letters among them: 政务APP) is no button however short (a markup line,
    #+BEGIN_NOTE, is no word). `among_matters`: the outline's item stands among items most of
    which name no widget (see _among_matters): the words its matter shares with widgets are its
    matter there (see _names_a_matter)."""
    if not text:
        return True
    length = han_len(text)
    numbered = bool(_NUMBERED_ITEM.match(text))
    # a lone button label (提示, 取消, 更多); not a word of an outline's tree, nor a paper's question
    # marker on its line (第1题, 题目二)
    word = outline_word and length > 0 and not re.search(r"[0-9#+_=<>\[\]{}/\\|@]", text)
    if (
        length <= 2
        and not numbered
        and not word
        and not re.search(r"[:：]$", text)
        and not _QUESTION_MARKER.fullmatch(text)
        and not _is_part_label(text)  # (【对策】 heads a part)
    ):
        return True
    if _has_furniture_pattern(text, length):
        return True
    matter = outline_word and among_matters and _names_a_matter(text)
    strong, weak = (0, 0) if in_sentence or matter else _widget_words(text)
    if strong >= 2 or (strong == 1 and length < _ASIDE_LENGTH and not numbered):
        return True
    if weak_words and not numbered and ((weak >= 2 and length < 40) or (weak == 1 and length < short)):
        return True
    return _is_bar_menu(text, in_body, strong + weak) or _is_short_menu(text) or _is_spaced_menu(text)


def _is_legend_line(text: str) -> bool:
    """A note's legend of its marks on a line of its own (see _LEGEND_LINE)."""
    legend = _LEGEND_LINE.fullmatch(text)
    if not legend:
        return False
    clauses = list(_LEGEND_PARTS.finditer(legend.group()))
    marks = {clause["mark"] for clause in clauses}
    return len(marks) == len(clauses) and any(
        _LEARN_HOW_MUCH.fullmatch(clause["meaning"]) for clause in clauses
    )


# A note under a table or a chart on where its figures come from (数据来源：市统计局, （资料来源：…）, 注：表中数据由
# 某某中心提供, 注：以上数据截至6月底): the source of the figures, nothing to learn. A sentence of the text
# that speaks of data sources has no such label before it (数据来源多元是…; 注：要把数据用好 names no source).
# 资料来源： before a work in 《》 (资料来源：《条例》第十二条。) names the basis of a point, the text's own.
_SOURCE_LABEL = re.compile(
    r"\W{0,2}[（(]?\s*(?:(?:数据|图表|图片|表格|统计)(?:来源|出处)|资料(?:来源|出处)(?![^《]*《))\s*[:：]"
)
_DATA_NOTE = re.compile(
    r"\W{0,2}[（(]?\s*(?:注|说明|备注)\s*\d?\s*[:：]\s*(?:(?:本|上|下|附)?[表图]\s*\d*\s*中?的?|以上|上述|表内|图内)?"
    r"(?:各项|相关|有关|所有)?(?:数据|数字|统计数据)[^。；;，,]{0,30}?(?:来源|来自|由|提供|截至|截止|统计|汇总|测算|四舍五入)"
)
_SOURCE_NOTE_LENGTH = 50  # han characters: the label and the names of the sources


# What a sentence says after such a label where a note names its sources: a call (数据来源：要拓宽渠道，…) or
# what the figures show (注：以上数据由各地汇总，说明经济运行总体平稳)
_SAYS_SOMETHING = re.compile(
    r"^\s*(?:要|应|必须|需要?)|[，,；;]\s*(?:要|应|必须|需要?|说明|表明|显示|可见|反映)"
)


def _is_source_note(text: str, length: int) -> bool:
    """A table's or a chart's note on where its figures come from (see _SOURCE_LABEL)."""
    if length > _SOURCE_NOTE_LENGTH:
        return False
    note = _SOURCE_LABEL.match(text) or _DATA_NOTE.match(text)
    return bool(note) and not _SAYS_SOMETHING.search(text[note.end() :])


def _has_furniture_pattern(text: str, length: int) -> bool:
    """A line (`length` han characters) of one of furniture's own shapes: a URL, a phone number, a
    metadata label, a breadcrumb, an aside, a notice, a button, a closing formula, a citation, a
    learner's task or review, a Q&A page's buttons and counters, and the like (see the patterns
    above)."""
    if ("." in text or "/" in text) and URL.search(text):
        return True
    if _THREE_DIGITS.search(text) and (_PHONE.search(text) or _DATE_META.search(text)):
        return True
    if META.match(_label_first(text)) or _META_UNMARKED.match(text) or _is_source_note(text, length):
        return True
    if _BRACKETED_META.match(text) or ("_" in text and _FORM.fullmatch(text)):
        return True
    if _BREADCRUMB_SEPARATORS.search(text) and _is_breadcrumb(text):
        return True
    if "#" in text and _OPEN_TAGS.fullmatch(text):
        return True
    if length < _ASIDE_LENGTH and is_aside(text) and not _headline_of_an_issue(text):
        return True
    if _NOTICE.search(text) or (length <= 8 and _BUTTON.fullmatch(text)) or _NAMED_BY.fullmatch(text):
        return True
    if length <= _SCAN_LINE and _SCAN_TO_SEE.search(text):
        return True
    if length < _ASIDE_LENGTH and (_CALL_FOR_CONTRIBUTIONS.match(text) or _SITE_WELCOME.match(text)):
        return True
    if length < _ASIDE_LENGTH and (
        _CLOSING_FORMULA.search(text)
        or _ORIGIN_NOTE.match(text)
        or _COPY_NOTE.search(text)
        or (_DOWNLOAD_PLEA.search(text) and "附件" not in text)
        or LINK_ARROW.search(text)
    ):
        return True
    if length < _USE_NOTE_LENGTH and _USE_NOTE.match(text):
        return True
    if (
        (length <= 30 and _UPDATED.search(text))
        or _CONTENTS_LINE.fullmatch(text)
        or _REFERENCE.fullmatch(text)
        or CITATION.fullmatch(text)
        or _TASK.match(text)
        or (length < _ASIDE_LENGTH and (_BOOK_POINTER.fullmatch(text) or _BOOK_FOOT.fullmatch(text)))
        or _PROPERTY.match(text)
        or _ATTACHMENT_NAME.fullmatch(text)
    ):
        return True
    if length <= 12 and (_POST_BUTTONS.fullmatch(text) or _PAGE_COUNTS.fullmatch(text)):
        return True
    if length <= _ANSWERER_LINE and (
        _QA_WIDGET.fullmatch(text)
        or (_ANSWERER.search(text) and _ANSWERER_WIDGET.search(text) and not _SENTENCE_MARKS.search(text))
    ):
        return True
    if length < _ASIDE_LENGTH and _is_legend_line(text):
        return True
    return length < _ASIDE_LENGTH and bool(_REVIEW.search(text) or _LEGEND.search(text))


# A page's buttons and links of two characters that a bracket sets apart as a study note sets its
# labels (【顶部】 【更多】 【转发】), beside the widget words a longer line would hold.
_BRACKETED_BUTTON = re.compile(
    r"顶部|置顶|首页|搜索|更多|回复|转发|打赏|订阅|关注|展开|收起|全文|上页|下页|目录|字号|留言|投稿|扫码"
)


def _is_part_label(text: str) -> bool:
    """Whether a line is a study note's label of a part in 【】 (see PART_LABEL: 【背景】, 【对策】), not
    a page's bracketed button (【打印】, 【顶部】)."""
    label = PART_LABEL.fullmatch(text)
    return bool(label) and not any(_widget_words(text)) and not _BRACKETED_BUTTON.search(label["label"])


def _widget_words(text: str) -> tuple[int, int]:
    """How many strong and weak widget words a line holds; strong words that a text's own prose
    uses too (see _PROSE_WIDGET_WORDS) count for nothing in a line that reads as prose."""
    if not _ANY_WIDGET_WORD.search(text):  # one scan for most lines, which have none
        return 0, 0
    strong_words = [word for word in STRONG_WIDGET_WORDS if word in text]
    weak = sum(1 for word in _WEAK_WIDGET_WORDS if word in text)
    if strong_words and _PROSE_WIDGET_WORDS.issuperset(strong_words) and _reads_as_prose(text):
        return 0, weak  # words of the text's matter
    return len(strong_words), weak


def _names_a_matter(text: str) -> bool:
    """An outline item's words that hold widget words among words of their own (a mind map's
    政务APP过多 over 强制下载 and 晒截图、比点赞): what the words name, not a button to press. The
    strong words are those a text's prose uses too (see _PROSE_WIDGET_WORDS); a button's word alone
    or with a word of one character (下载, 点赞, 下载APP) stays a button."""
    strong = [word for word in STRONG_WIDGET_WORDS if word in text]
    if not _PROSE_WIDGET_WORDS.issuperset(strong):
        return False
    rest = text
    for word in (*strong, *(word for word in _WEAK_WIDGET_WORDS if word in text)):
        rest = rest.replace(word, "")
    return han_len(rest) >= 2


def _is_bar_menu(text: str, in_body: bool, widget_words: int) -> bool:
    """Several short words separated by bars (首页 | 要闻 | 时政), not a table's row of figures; in
    the body (`in_body`) only with a widget's word among them."""
    # the bar test first: the pattern backtracks over every line, and few lines have a bar
    return (
        ("|" in text or "｜" in text)
        and bool(_MENU.search(text))
        and not re.search(r"\d", text)
        and (not in_body or widget_words > 0)
    )


def _is_related_links(text: str) -> bool:
    """A line of links to other notes under a label (see _RELATED): short names, two or more, apart
    (`text`: the line with the spaces between its words kept, see `spaced`)."""
    related = _RELATED.fullmatch(text)
    if not related or re.search(r"[，。；,;]", related["names"]):
        return False
    names = [name for name in _NAME_SEPARATORS.split(related["names"]) if name]
    return len(names) >= 2 and all(han_len(name) <= 16 for name in names)


_SPACED_LABEL = re.compile(r"\s*[|｜]?\s*((?:[\u4e00-\u9fff][\s\u3000]*){2,6})(?=[:：])")


def _label_first(text: str) -> str:
    """A line with its leading label read as one word: a table's row loses its bar, a label its
    spaces (| 索 引 号： | … reads 索引号： | …), as metadata blocks set their labels out."""
    label = _SPACED_LABEL.match(text)
    if not label:
        return text.lstrip("|｜ ")
    return "".join(label[1].split()) + text[label.end() :]


def _is_short_menu(text: str) -> bool:
    """Three or more words of a menu, set apart by spaces, in a short line (上一版 下一版 返回): each a
    word of Han characters alone, not a figure, a sign (定义 + 内涵) or a question's option."""
    words = text.split()
    return (
        len(words) >= 3
        and han_len(text) <= 12
        and all(len(word) <= 4 and ALL_HAN.fullmatch(word) for word in words)
    )


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


# A note on how a copy is to be handled, standing apart on its line (此件会后收回, 注意保存, 密封线内不要答题):
# a meeting's or an exam's paper tells its reader to hand it back, keep it, or write only outside the
# seal; a sentence that says such words runs on into other words around them (a mark in brackets
# may stand beside it: 会议文件（2）此件会后收回).
_HANDLING_NOTE = (
    r"(?<![^\s)）】])[(（【]?(?:(?:此件|本件)?(?:会后|阅后|用后|会毕|用毕)收回|(?:请)?(?:注意|妥善)(?:保存|保管|保密)|"
    r"(?:密封|装订)线内(?:不要|不得|请勿|禁止)答题)[)）】]?(?![^\s(（【])"
)
# Marks of restricted circulation (密级 and the like) and notes on handling a copy, printed above or
# around a document.
RESTRICTED = re.compile(
    r"(绝密|机密|秘密)\s*★|★\s*启用前|内部(教学|学习)?资料|内部(使用|发行|参考)|请勿外传|不得外传|"
    + _HANDLING_NOTE
)
# An issuer's masthead (版头) over its documents (某某市人民政府办公室文件), or a congress's or a meeting's
# over the documents it discusses (某某市第十七届人民代表大会第五次会议文件, 中国共产党某某市第九次代表大会文件, or
# 大会文件（3） alone);
# a document number (国办发〔2024〕36号).
MASTHEAD = re.compile(
    r"(?:\S{2,30}(办公厅|办公室|委员会|人民政府|政府|党委|党组|[部局厅委院]|会议|代表大会)|大会)文件(?:\s*[(（]\d{1,3}[)）])?"
)
DOCUMENT_NUMBER = re.compile(r"\S{1,12}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*号")
# a document number with who signed the document off beside it (县委文稿〔2025〕5号　签发：赵　敏)
# Who signed a document off, beside its number or alone (县委文稿〔2025〕5号　签发：赵 敏, 签发人：王明
# 某政报〔2025〕3号, 核稿：李四): the 版头's or a draft's furniture, over the headline and among the text.
_SIGNER = r"(?:签发|签批|审签|核稿|拟稿)人?\s*[:：]\s*[\u4e00-\u9fff·](?:\s{0,2}[\u4e00-\u9fff·]){1,4}"
SIGNED_OFF = re.compile(
    rf"\s*(?:(?:{DOCUMENT_NUMBER.pattern}\s*)?{_SIGNER}|{_SIGNER}\s+{DOCUMENT_NUMBER.pattern})\s*"
)
EDITION = re.compile(r"第\s*[\d一二三四五六七八九十]+\s*版")  # a newspaper's page: 第01版：要闻
_PAGE_FOOTER = re.compile(
    r"[-—–－\s(（]*(?:第\s*\d+\s*页\s*[,，/]?\s*(共\s*\d+\s*页)?|\d{1,4}|\d+\s*/\s*\d+)[-—–－\s)）]*"
)
# an official document's 版记: who printed it (and when, and how many copies, bracketed or not; 印 alone
# after the date, as a party office's 版记 prints it: …办公室 2024年6月28日印)
_PRINTED = re.compile(
    r".{0,30}(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2})\s*印发?(?:\s*[（(]?\s*共印\s*\d+\s*份\s*[）)]?)?"
    r"|[^，。；：\s]{2,20}印[发制]|[（(]?\s*共印\s*\d+\s*份\s*[）)]?"  # (and the print run alone: （共印80份）)
)
# The 版记's distribution: to whom a document or a briefing is sent, as 报 (up), 送 (across) and 发
# (down), or 发文, 抄报, 分送 (报：市委组织部，县委常委。 送：县委各部门，县纪委县监委。 发：各乡镇党（工）委。)
_DISTRIBUTION_LABEL = r"(?:报|送|发|发文|发送|抄报|分送|报送|印送|发至|送至)\s*[:：]"
_DISTRIBUTION = re.compile(rf"\s*{_DISTRIBUTION_LABEL}\s*(?P<names>[^。]+)")
# the labels a line holds: a PDF's copy or a pasted 版记 may run its lines into one
# (报：市委组织部，区领导送：区各部门发：各街道党工委)
_DISTRIBUTION_LABELS = re.compile(rf"(?:^|(?<=[\u4e00-\u9fff）)。；;，,\s])){_DISTRIBUTION_LABEL}")
_RECIPIENT = re.compile(
    r".{0,24}(?:[委会局办院部厅处室所校府组]|中心|单位|机关|领导|同志|常委|支部|党校|街道|乡镇|部门|党组织"
    r"|书记|主任|[省市县区州旗乡镇局厅处科院校]长|负责人|成员|委员"  # (or its leaders by office: 市政协党组书记, 市长)
    r"|团体|军区|部队)"  # (人民团体, and the army a provincial document is copied to: 省军区，驻某某部队)
    # (or a level of government named with 各 before the next level shares its body: 各市、县（区）委)
    r"|各[省市县区州旗乡镇]"
)


def _is_distribution(text: str) -> bool:
    """A line of the 版记's distribution (see above): each name after its label an organisation's or
    its leaders' (县委常委, 县政协主要领导, 市政协党组书记), set apart by commas; what is glued after it (责任校对：…)
    is the 版记's too."""
    distribution = _DISTRIBUTION.match(text)
    if not distribution:
        return False
    names = re.sub(r"[（(][^（()）]{0,8}[）)]", "", distribution["names"])
    return _all_recipients(re.split(r"\s*[，,、；;]\s*", names.strip()))


def _all_recipients(names: list[str]) -> bool:
    """Whether each of a list's names is a recipient's (see _RECIPIENT); an empty name is none."""
    return all(_RECIPIENT.fullmatch(name) for name in names)


# lines of a distribution in a row, at the least, to be the 版记's by their labels alone
_DISTRIBUTION_LINES = 2


def _distribution_block(texts: list[str], last: int) -> set[int]:
    """The line numbers of a 版记's distribution after the text's last line of prose (line `last`):
    two or more lines in a row that each open with a distribution's label (报：… / 送：… / 发：…), whoever
    they name (县法院院长、县检察院检察长, 县属国有企业: a recipient the names of _RECIPIENT do not
    know). The labels set apart one by one would be any list's; together, after the text, they are the
    版记's. A line that runs several of them into one (报：…送：…发：…) counts as that many lines."""
    found: set[int] = set()
    run: list[int] = []
    labels = 0
    if not last:  # (no prose: nothing tells the text's end)
        return found
    for number in range(last + 1, len(texts) + 2):
        text = texts[number - 1] if number <= len(texts) else None
        if text == "":
            continue
        if text is not None and _DISTRIBUTION.match(text):
            run.append(number)
            labels += len(_DISTRIBUTION_LABELS.findall(text))
            continue
        if labels >= _DISTRIBUTION_LINES:
            found.update(run)
        run, labels = [], 0
    return found


# A 版记's line that lists to whom the document is copied or sent (抄送：… / 报：… / 送：…): its names may
# run on over the next line when the width breaks it after a comma (抄送：县委各部门，县政协办公室，/
# 县法院，县检察院，县人武部。); the next line's indent is not looked at. A 抄送 line that ends its first
# group of names on its full stop may set a second group on the next line (抄送：省委各部门，省法院。/
# 各市、县（区）委，省军区，驻某某部队。), as a province's 版记 parts the bodies above it from those below.
_LIST_GOES_ON = r"[，,、]\s*$"
_LIST_GOES_ON_RE = re.compile(_LIST_GOES_ON)
_SENT_TO = re.compile(rf"\s*(?:抄送\s*[:：]|{_DISTRIBUTION_LABEL}).*{_LIST_GOES_ON}")
_COPIED_TO = re.compile(rf"\s*(?:抄送\s*[:：]|{_DISTRIBUTION_LABEL})[^。]*。\s*")


def _distribution_run_on(texts: list[str], last: int) -> set[int]:
    """The line numbers of the lines a 版记's list of recipients runs on over (see above): after a
    line after the text's last line of prose (line `last`) that lists them and ends on a comma, each
    line in a row whose every part names a recipient (see _RECIPIENT), up to the one that ends on no
    comma; after one that ends on its full stop, the next line alone, if it names recipients. Each
    goes only where the line above it goes too (see main_text): a 报：… the text keeps (会议议定： /
    报：县委、县政府，) keeps the names it runs on over."""
    found: set[int] = set()
    if not last:  # (no prose: nothing tells the text's end)
        return found
    for index in range(last - 1, len(texts)):  # (a long 抄送 line may count as the last prose)
        if _COPIED_TO.fullmatch(texts[index]):
            if index + 1 < len(texts) and _names_recipients(texts[index + 1]):
                found.add(index + 2)  # (the second group of names: see above)
            continue
        if index < last or not _SENT_TO.fullmatch(texts[index]):
            continue
        for after in range(index + 1, len(texts)):
            if not _names_recipients(texts[after]):
                break
            found.add(after + 1)
            if not _LIST_GOES_ON_RE.search(texts[after]):
                break
    return found


def _names_recipients(text: str) -> bool:
    """Whether a line is names of recipients alone, set apart by commas (县法院，县检察院，县人武部。); a
    name holds no colon (领导小组成员单位：… is a sentence's subject and what it says)."""
    names = [name for name in re.split(r"\s*[，,、；;。]\s*", text.strip()) if name]
    return bool(names) and not re.search("[:：]", text) and _all_recipients(names)


# A 版记's distribution glued after the text's last sentence, where a page break and a rule stood between
# (…的政务服务品牌。报：市政务服务管理局，县委、县人大领导。送：县委办、县政府办。): two of its labels or
# more, the first after a sentence's end, run to the line's end
_GLUED_DISTRIBUTION = re.compile(rf"(?<=[。！？!?])\s*{_DISTRIBUTION_LABEL}.*")
_NAME_SEPARATOR = r"[，,、；;。\s]"


def _glued_labels(text: str) -> int:
    """How many of a distribution's labels a glued run holds (see above), counting a label only where a
    recipient's name follows it (报：市应急局, not 报送：书面材料一式两份) and where what stands before it, back
    to the last comma, is nothing or a recipient's (…区领导送：…), not a word that makes it another's
    label or a sentence's (抄送：, 纸质版送：, 电子版发：, 同时抄送：)."""
    counted = 0
    for label in _DISTRIBUTION_LABELS.finditer(text):
        before = re.split(_NAME_SEPARATOR, text[: label.start()])[-1]
        after = re.split(_NAME_SEPARATOR, text[label.end() :].lstrip())[0]
        if glued := _DISTRIBUTION_LABELS.search(after):  # (the next label glued on: 区各部门发：…)
            after = after[: glued.start()]
        if (
            (not before or _RECIPIENT.fullmatch(before))
            and _RECIPIENT.fullmatch(after)
            and not re.search("[:：]", after)
        ):
            counted += 1
    return counted


def _without_glued_distribution(written: str, text: str) -> tuple[str, str]:
    """The text's last line of prose (as written, and its view) without a distribution glued after its
    last sentence (see above); one label alone may be a sentence of the text's (送：…)."""
    glued = _GLUED_DISTRIBUTION.search(text)
    if not glued or _glued_labels(glued[0].strip()) < _DISTRIBUTION_LINES:
        return written, text
    return _without_spans(written, text, [glued.span()])


_WORD_COUNT = re.compile(r"[（(]\s*(全文|本文|正文)?\s*(约|共)?\s*\d+\s*字\s*[）)]")  # （全文约1180字）
FONT_SIZE = re.compile(r"大\s*中\s*小")  # 【字号：大 中 小】
# A page's weather widget: 临川 多云 16℃~24℃, 晴 -3°C.
WEATHER = re.compile(r"(?:晴|阴|云|雨|雪|雾|霾|风)\S{0,4}\s*-?\d{1,2}\s*(?:℃|°C)")
# A picture's caption or credit: 图为…, ▲…, …供图, …摄 (not 拍摄).
_CAPTION = re.compile(
    r"^\s*(图为|[▲△])|(供图|(?<!拍)摄)\s*[）)]?\s*$|[（(]\s*(摄影|图片?|供图)\s*[:：/][^（()）]{1,12}[）)]\s*$"
)
# A note in brackets on a line of its own about who wrote, edited or sent the text.
NOTE = re.compile(
    r"[（(【\[][^）)】\]]*(记者|(?<!工)作者|整理|此件|编辑|责编|来源|供图|供稿|摄影|通讯员|电话)[^）)】\]]*[）)】\]]"
)
# A news agency's dateline opening a paragraph: 中新网萍乡5月16日电（记者 钟欣然）, 本报讯（记者 …）; and
# the byline a paper's layout puts before its 本报讯 (本报记者 某某 通讯员 某某某本报讯 …), glued to it where
# a PDF's columns run together. (本报记者深入田间…, 记者从…获悉 open the story: no 本报讯 after names.)
_BYLINE_NAMES = r"[\u4e00-\u9fff·][\u4e00-\u9fff·\s]{1,19}?"  # (cleaning may close the spaces between)
_DATELINE = re.compile(
    rf"^\s*(?:[\u4e00-\u9fff]{{1,12}}\d{{1,2}}月\d{{1,2}}日电|(?:(?:本报)?记者\s*{_BYLINE_NAMES}\s*"
    rf"(?:通讯员\s*{_BYLINE_NAMES}\s*)?)?本报讯|[\u4e00-\u9fff]{{2,8}}讯(?=\s*[（(]记者))"
    r"\s*(?:[（(][^）)]{0,30}[）)])?\s*"
)
# The heading of an exam paper's instructions (注意事项), whose numbered lines follow it.
_INSTRUCTIONS = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,2}\s*[、．.]\s*)?(注意事项|考生须知|考试须知|答题须知|应试须知)\s*[:：]?\s*"
)
# The heading of a learner's to-do list in a note (## TODO, #### 待办, 待办事项：): the tasks under
# it (背诵定义, 把…默写3遍, 和…对照看过一遍) are what to do, not what to learn; so are the checks a
# study note sets its reader (6. 自测: 默写…, 说出…), under a section's number or not, and what they
# are for or when, a word before (复习待办, 本周待办). A note app's heading may open with an emoji (✅ 待办).
# A study group's check-in sets its members tasks too (【打卡要求】 1. 通读全文… 3. 晚10点前在群里接龙…):
# what to do with the material, not what it says. (A note's last section numbered as its others are,
# 五、待办, is its to-do list all the same; 五、待办事项清单化管理 is a heading of matter.)
_TO_DO = re.compile(
    r"\s*" + _PIN + r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.、．]\s*)?[【\[]?\s*[\u4e00-\u9fff]{0,2}"
    r"(?:TODO|To-?Do|待办|待办事项|待办清单|待完成|待做|自测|自查清单|打卡(?:要求|任务)?)"
    r"\s*[】\]]?\s*(?:[:：]\s*)?",
    re.I,
)
# A section's number in words before a to-do heading (五、待办), as a policy numbers its sections too.
_WORD_NUMBERED = re.compile(r"\s*" + _PIN + r"[一二三四五六七八九十]{1,3}\s*[.、．]")
_TASK_LENGTH = 30  # han characters: a task's few words (背诵…, 写一篇…), no requirement in sentences


def _heads_tasks(number: int, texts: list[str]) -> bool:
    """Whether the to-do heading at line `number` heads a learner's tasks: under a section's number in
    words (五、待办, 五、待办事项), only when the line under it is a task's few words without a
    sentence's mark; a policy's section of that name sets requirements in sentences (各乡镇要在6月底前
    完成…，建立…), which stay with their heading."""
    if not _WORD_NUMBERED.match(texts[number - 1]):
        return True
    below = next((text for text in texts[number:] if text.strip()), "")
    return han_len(below) <= _TASK_LENGTH and not re.search(r"[，。；,;]", below)


# A task list's item (- [ ] …) that is a learner's chore on the material, without a 待办 heading over it:
# it opens, after the day it is due or not (周末, 明早, 6.20前) and a label of its own (补充：), with the
# work the learner will do (整理成素材卡, 补充…原文, 默写…, 把…核对一遍). A note app's box may tick off the
# points a learner has learnt as well (- [x] 坚持党的全面领导, - [ ] 补短板、强弱项): a chore goes only
# among chores, in a run of items half of which are chores at least, and never one that runs a series (、).
# A study verb is the learner's alone (背诵, 默写, 精读); a verb of work at large (整理, 补充, 核对, 对照,
# 导入) is the learner's too in a note's task list, unless the items run in step, one opening and one
# ending to all (对照党章党规找差距 / 对照初心使命找差距 / 对照先进典型找差距): a set of points, not chores.
_CHORE_DUE = (
    r"(?:(?:周[一二三四五六日天末]|星期[一二三四五六日天]|明[早天晚]|今[晚天]|下周[一二三四五六日天]?|考前"
    r"|\d{1,2}[./]\d{1,2}\s*前)\S{0,3}?)?"
)
_CHORE_OPENING = rf"\W*{_CHORE_DUE}(?:补充\s*[:：]\s*)?"
_STUDY_CHORE = re.compile(
    rf"{_CHORE_OPENING}(?:背诵|背熟|背完|再背|默写|复习|摘抄|抄写|仿写|通读|精读|重读|再核"
    r"|把[^，,。；;、]{1,30}?(?:背|默写|抄|[过对看读]一遍|核对一遍))"
)
_WORK_CHORE = re.compile(
    rf"{_CHORE_OPENING}(?:整理(?!好)|补充|补[一两几\d]|补齐|核对|查阅|找[一两几\d]|改写|对照|导入"
    r"|把[^，,。；;、]{1,30}?(?:核对|整理|做成|导入|打印|改写))"
)


def _is_chore(item: str) -> bool:
    """Whether a task item is a learner's chore on the material (see above)."""
    if "、" in item:  # (a series is the material's)
        return False
    return bool(_STUDY_CHORE.match(item) or _WORK_CHORE.match(item))


def _in_step(items: list[str]) -> bool:
    """Whether three task items or more share an opening and an ending of two characters or more (see
    above: 对照…找差距), the way a set of points runs and a learner's chores do not."""
    return len(items) >= 3 and len(common_prefix(items)) >= 2 and len(common_suffix(items)) >= 2


def _task_chores(texts: list[str], layout: Mapping[int, LineLayout]) -> set[int]:
    """The line numbers of a task list's items that are a learner's chores (see above): in each run
    of task items (blank lines between them aside), the chores, where they are most of the run."""
    found: set[int] = set()
    run: list[int] = []
    for number in [*range(1, len(texts) + 1), 0]:  # (0 closes the last run)
        if number and not texts[number - 1]:
            continue
        shape = layout.get(number)
        if number and shape is not None and shape.task:
            run.append(number)
            continue
        items = [texts[line - 1].strip() for line in run]
        chores = [] if _in_step(items) else [line for line in run if _is_chore(texts[line - 1])]
        if 2 * len(chores) >= len(run):
            found.update(chores)
        run = []
    return found


# A note's name as a note app heads the note with it: the day it was made, a month and a day or a
# full date without marks, glued to its words (0508陈书记讲话, 20240312-千万工程-申论素材); a
# headline names a year with 年 (2024年…), not a day in figures.
_NOTE_NAME = re.compile(r"\s*(?:20\d{2})?(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[-_—\s]?(?=[\u4e00-\u9fff])")
# The heading of a learner's remarks on the text a note copies (### 我的批注, 批注：), after the text:
# how to use it, links to other notes, tasks; none of it the text. They run to the next heading of
# their level or above, or to the end. (我的理解：, 我的思考 sum the text up in the learner's words,
# which are worth learning: kept.)
# (A note app's heading may carry an emoji before its words: ## 📝 我的批注.)
_REMARKS = re.compile(
    r"\s*" + _PIN + r"(?:[【\[]\s*)?(?:我的|个人|学习|阅读|读书)?批注\s*(?:[】\]]\s*)?(?:[:：]\s*)?"
)
# The words that label a remark on how to learn the material (背诵提示, 复习建议), as a heading or on a line.
_STUDY_ADVICE = r"(?:背诵|复习|学习|备考|记忆)(?:提示|建议)"
# A heading of a study note's section of remarks on itself, not of its material: how to learn it
# (## 背诵提示, ## 复习建议, ## 整理说明): the section goes as its 批注 do. (A section of the exams that
# asked the topic, ## 真题链接, may hold a question and an answer's outline: it stays.)
_STUDY_REMARKS = re.compile(
    rf"\s*(?:{_STUDY_ADVICE}|温馨(?:提示|建议)|(?:整理|摘录|笔记|使用)说明)\s*[:：]?\s*"
)


# A study remark's label on its own line of the body (背诵提示：…, 【复习建议】…, （备考提示：…）): the note or
# the handout turns to its reader about how to learn it. (A content label, 要点：…, 用法：…, 提示：… in a
# policy text, and a mnemonic, 记忆口诀：…, which is itself recited, are the material's.)
_STUDY_REMARK_LABEL = re.compile(rf"\s*{_PIN}[【\[(（]?\s*{_STUDY_ADVICE}\s*[:：】\]）)]\s*")
# A learner's drill, which only a remark on studying speaks of: reciting (背诵, 背下来, 按顺序背，, not
# 违背 or 背叛), writing from memory, what the exam asks.
_DRILL = re.compile(r"(?<![违相])背(?:诵|下|熟|会|牢|过|[一两几]遍|[，。,；;！!]|$)|默写|填空|考点|[常必]考")
# Words on studying that a policy text's 学习建议 to cadres uses too (纳入考试考核, 红色记忆, 记住初心,
# 组织党员复习党章): a remark's only when it points at the text learnt (see _THE_TEXT_LEARNT).
_STUDYING = re.compile(r"复习|记忆|记住|考试|讲义|课堂")
# The bodies or ranks a policy text's 学习建议 tells what to do (各支部要把以上内容纳入考核, 全体党员要…):
# its words on studying and on the text above are its own material.
_BODIES_TOLD = re.compile(r"(?:各(?:级|地|单位|部门|[党团]?支部|[党团]?组织|乡镇|街道)|全体|广大)")
# The part of the text a study remark speaks of (本章, 这一段, 以上内容).
_THE_TEXT_LEARNT = re.compile(
    r"本(?:章|节|段|课|篇|讲|单元|部分)|这一?(?:章|节|段|句|课|篇|讲|单元|部分)|以上|上述|此(?:段|节|处|句)"
)
# A quotation a study remark may hold as it names a set the note teaches (“四个不”, “两个确立”): no
# formulation, only a count and a word or two.
_SET_NAME = re.compile(r"[〇一二两三四五六七八九十百\d]+(?:个|项|条|大|种|点|类|方面)[\u4e00-\u9fff]{1,4}")
_QUOTED_WORDS = re.compile(r"[“\"「『]([^”\"」』]*)[”\"」』]")
# A quotation that only names what the note teaches, a section or a concept (“本质要求”, “首要任务”):
# a few characters and no clause of a formulation (“必须坚持以人民为中心的发展思想” is one)
_NAME_QUOTED = re.compile(r"[\u4e00-\u9fff]{2,6}")
# Words that set a quoted name against another (是“高技术”不是“高科技”, 别写成“关键一步”): the remark
# then teaches which wording is right, a point of the material
_SETS_WORDS_APART = re.compile(r"不是|而非|别写|不要写|不能写|写成|区分|混淆|不同于")
_STUDY_REMARK_MAX = 60  # han characters: a remark, not a paragraph of advice


def _is_study_remark(text: str) -> bool:
    """Whether a line of the body is a study remark (see _STUDY_REMARK_LABEL) and no more: its words
    speak of a drill (see _DRILL), or of studying (see _STUDYING) a part of the text they point at or
    a set they name in quotes, with no bodies told to do it (see _BODIES_TOLD), and hold no material
    of their own, neither a formulation quoted (背诵提示：公报还有一句“必须…”: only the names of
    sets, sections and concepts, “本质要求”, and no wording set against another) nor a series (学习建议：
    读原著、学原文、悟原理), nor a paragraph's length; and it ends its sentence on its line. Such a remark in the note's head goes
    with _ABOUT_LABEL."""
    label = _STUDY_REMARK_LABEL.match(text)
    if not label:
        return False
    words = text[label.end() :].strip()
    quoted = _QUOTED_WORDS.findall(words)
    unquoted = _QUOTED_WORDS.sub("", words)
    return (
        0 < han_len(words) <= _STUDY_REMARK_MAX
        and bool(_ENDS_A_SENTENCE.search(words.rstrip("）)")))  # (not a hard-wrapped line's first part)
        and bool(
            _DRILL.search(unquoted)
            or (
                _STUDYING.search(unquoted)
                and (quoted or _THE_TEXT_LEARNT.search(unquoted))
                and not _BODIES_TOLD.match(unquoted)
            )
        )
        and "、" not in unquoted
        and all(_SET_NAME.fullmatch(name) or _NAME_QUOTED.fullmatch(name) for name in quoted)
        and not (quoted and _SETS_WORDS_APART.search(unquoted))
    )


def _study_remark_headings(texts: list[str], layout: Mapping[int, LineLayout]) -> set[int]:
    """The line numbers of the source's headings (a Markdown one, a Word heading style) of a study
    note's remarks on itself (see _STUDY_REMARKS) that stand after its parts: unnumbered, after a
    heading of their level that is no remark, and followed by none of their level or above but other
    remarks. A guide's numbered or middle section of 复习建议 (二、复习建议 between 考试概况 and 答题技巧),
    or one that is all its sections, is its material."""
    headings = [
        (n, shape.heading) for n, shape in sorted(layout.items()) if shape.heading and n <= len(texts)
    ]
    remarks = {n for n, _ in headings if _STUDY_REMARKS.fullmatch(texts[n - 1])}
    found: set[int] = set()
    for number, level in headings:
        if number not in remarks:
            continue
        earlier = [n for n, other in headings if n < number and other == level]
        later = [n for n, other in headings if n > number and other <= level]
        if any(n not in remarks for n in earlier) and all(
            n in remarks or _REMARKS.fullmatch(texts[n - 1]) for n in later
        ):
            found.add(number)
    return found


_QUOTED_SERIES = re.compile(r"[“\"][^”\"]{1,20}、[^”\"]{1,40}[”\"]")  # “守底线、促发展、惠民生”
_LIST_ITEM = re.compile(r"\s*(?:[-•·*+□☐☑✓✔⬜✅]|\[[ xX]?\]|\d{1,2}\s*[.、．)）])")
# The names of an official document's attachments (附件：1.某某方案 / 2.名词解释), not the attachments.
_ATTACHMENTS = re.compile(r"\s*附件\s*[:：]")
_NUMBERED = re.compile(r"\s*\d{1,2}\s*[.、．]")


def _next_text(cleaned: list[tuple[str, str]], number: int) -> str:
    """The view of the first line with text after line `number`, "" at the end."""
    return next((text for _, text in cleaned[number:] if text), "")


def _is_signature(number: int, cleaned: list[tuple[str, str]]) -> bool:
    """Line `number` signs an official document off: an organisation's name alone, its date alone
    on the next line (汐江市人民政府 / 2025年3月10日), as the 落款 does, or under a headline."""
    return is_org_name(cleaned[number - 1][1]) and bool(_DATE_ALONE.fullmatch(_next_text(cleaned, number)))


def _names_signers(text: str) -> bool:
    """A line of one organisation's name or two run together (中共某镇委员会某镇人民政府), as a
    document jointly issued is signed."""
    return is_org_name(text) or any(
        is_org_name(text[:cut]) and is_org_name(text[cut:]) for cut in range(3, len(text) - 2)
    )


def _is_attachment_note(number: int, cleaned: list[tuple[str, str]]) -> bool:
    """Line `number` is an official document's note of its one attachment (附件：重点任务分工表), as it
    stands between the text and its signature (附件说明): over the signers' names, or last. Over the
    attachment's own text (附件：名词解释 / 1.…) it heads it."""
    text = cleaned[number - 1][1]
    note = _ATTACHMENTS.match(text)
    if not note or _NUMBERED.match(text[note.end() :]) or han_len(text) > _ATTACHMENT_NOTE:
        return False  # (numbered names open a block of them: see _opens_block)
    following = _next_text(cleaned, number)
    return not following or (_names_signers(following) and following not in text)


_ATTACHMENT_NOTE = 40  # han characters


# A paper's affiliations under its authors, each numbered and ending in its province, city and
# postcode (（1.某某大学 某某学院，江西 南昌 330003；2.…，上海 200233）), as journals print them.
_AFFILIATIONS = re.compile(
    r"(?:\s*[（(]?\s*(?:\d{1,2}\s*[.．、]?\s*)?[^。；;，,（()）]{2,40}[，,]\s*[\u4e00-\u9fff]{2,}"
    r"(?:\s+[\u4e00-\u9fff]{2,})?\s+\d{6}\s*[；;)）]*)+"
)


# A speech's or a report's byline under its headline: the speaker's office, a space, the name (and
# the date): 市委常委、组织部部长  何建中, （支部书记  王立新  2026年4月）; or the office alone in brackets.
_OFFICE = r"(?:书记|[省市州县区旗乡镇村]长|[部局厅处科院校所]长|董事长|会长|主任|委员|成员|主席|教授|讲师|研究员|科员|同志)"
_SPEAKER = re.compile(
    r"[（(]?\s*[^\s，。；：:（）()]{2,30}" + _OFFICE + r"\s+[\u4e00-\u9fff]{2,3}"
    r"(?:\s+\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*[）)]?"
)
# A writer's byline of units under a headline, set apart by spaces, then the name (中共某某市委党校 党建教研部
# 何某某, 某某市某某镇 选调生 韩某某): one or two units (an office, a school, a place), maybe the writer's
# post, and a person's name (by yaodian.names) last.
_UNIT = (
    r"[^\s，。；：:（）()、]{1,20}(?:党校|大学|学院|学校|中学|小学|中心|公司|集团|银行|医院|街道|社区"
    r"|[部局厅委办室处科所院校站队组社省市县区州镇乡村])"
)
_POST = rf"(?:{_OFFICE}|选调生|第一书记|大学生村官|驻村干部|干部|党员|教师|老师|学员|职工|员工)"
_UNIT_BYLINE = re.compile(rf"(?:{_UNIT}\s+){{1,2}}(?:{_POST}\s+)?(?P<name>[\u4e00-\u9fff·]{{2,4}})")
_OFFICE_ALONE = re.compile(r"[（(][^（()）。，；]{2,30}" + _OFFICE + r"[）)]")


def _is_unit_byline(spaced: str) -> bool:
    """A writer's byline of units (see _UNIT_BYLINE). Only above the text's prose: lines of the same
    shape among it are a notice's list of people (专家名单, 表彰名单)."""
    byline = _UNIT_BYLINE.fullmatch(spaced) if " " in spaced else None
    return bool(byline) and is_person_name(byline["name"])


# Who compiled or printed a text, an office set apart from the verb (党建教研室 编印 2025年3月, 某某教研
# 中心 编), and editors named without a colon (编辑 陈曦 校对 刘宝琴).
_CREDIT_DATE = r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
_CREDIT = re.compile(
    r"\S{2,30}(?:中心|室|部|处|组|社|院|校|局|委|会|所|办|团)(?:\s+(?:编印|编制|编|整理|印制|出品|供稿)"
    rf"(?:\s+{_CREDIT_DATE})?|(?:编印|编制|编|印制)\s+{_CREDIT_DATE})"  # (glued to its verb, with the date apart)
)
_CREDIT_ROLE = r"(?:本期|本版)?(?:编辑|责任编辑|校对|责任校对|审核|审校|编审|责编|记者|摄影|通讯员|美编|统筹|监制|文字|图片)"
_SPACED_CREDITS = re.compile(rf"(?:{_CREDIT_ROLE}\s+[\u4e00-\u9fff·]{{2,4}}\s*)+")
_CREDIT_ROLE_WORD = re.compile(_CREDIT_ROLE)
# The outlet a reporter's credit may open with, glued to the role (华夏新闻客户端记者 高嘉禾 通讯员 叶舟,
# 本报记者 张三): told a site's or paper's name by yaodian.names, or the paper's own 本报/本台/本网
# (several outlets of one house may share the credit, joined by a dot: 中青报·中青网记者 王磊; the one glued
# to the role tells it, those before it named as outlets are, a paper, site, agency or station: a column's
# name before the dot, 奋进新征程·人民日报记者 …, is no credit)
_DOTTED_OUTLET = r"[\u4e00-\u9fffA-Za-z]{1,10}(?:报|网|社|台|刊|客户端)[·・]"
_CREDITED_OUTLET = re.compile(
    rf"(?:{_DOTTED_OUTLET})*(?P<outlet>[\u4e00-\u9fffA-Za-z]{{2,12}}?)(?=(?:记者|通讯员|摄影)\s)"
)
_OWN_OUTLET = {"本报", "本台", "本网", "本刊"}


# The square or circle a periodical sets before a byline (□ 本刊记者 …, ◎ 特约评论员 …)
_BYLINE_MARK = re.compile(r"\s*[□■◎○●◇◆]\s*")


def _is_credits_line(spaced: str) -> bool:
    """A line of credits set apart by spaces (编辑 陈曦 校对 刘宝琴), maybe opened by the outlet its
    reporters write for (see _CREDITED_OUTLET, its house's outlets dotted before it) and a byline's mark
    before it (see _BYLINE_MARK); no other words."""
    spaced = _BYLINE_MARK.sub("", spaced, count=1) if _BYLINE_MARK.match(spaced) else spaced
    if _SPACED_CREDITS.fullmatch(spaced):
        return True
    outlet = _CREDITED_OUTLET.match(spaced)
    if not outlet or not (outlet["outlet"] in _OWN_OUTLET or is_site_name(outlet["outlet"])):
        return False
    credits = spaced[outlet.end() :]
    return bool(_SPACED_CREDITS.fullmatch(credits)) or _names_several_reporters(credits)


def _names_several_reporters(credits: str) -> bool:
    """Credits after the outlet where one role names several reporters, a space apart (记者 张海燕 刘明
    王晓东 通讯员 李华): each a person's name by yaodian.names, at most four to a role, no role word among
    them. (记者 通讯员 特约记者 and 记者 深入 基层 一线 are a line of words; without an outlet,
    记者 调研 发现 is never read here.)"""
    words = credits.split()
    names_after_role = 0
    for position, word in enumerate(words):
        if _CREDIT_ROLE_WORD.fullmatch(word):
            if position and not names_after_role:
                return False  # (a role with no name after it)
            names_after_role = 0
        elif position and is_person_name(word) and names_after_role < 4:
            names_after_role += 1
        else:
            return False
    return names_after_role > 0


# A pointer to a newspaper's page after an entry or a paragraph: an entry of the issue's box of other
# articles (新质生产力的理论逻辑（6版）, （第6版）) or a jump to where a piece goes on ((下转第6版), 转A3版)
_PAGE_NUMBER_WORD = r"(?:[A-Z]?\d{1,3}|[一二三四五六七八九十]{1,3})"  # 6, A3, 六
_PAGE_POINTER = re.compile(rf"[（(]\s*(?:(?:下|上)?[转接]\s*)?第?\s*{_PAGE_NUMBER_WORD}\s*版\s*[）)]\s*$")
_POINTER_ENTRY = 40  # han characters: an entry is a headline, no paragraph


def _is_page_pointer_entry(text: str) -> bool:
    """A short line, no sentence in it, that points to a newspaper's page (see above): an entry of
    an issue's contents or a jump line, not the text."""
    return (
        han_len(text) <= _POINTER_ENTRY
        and bool(_PAGE_POINTER.search(text))
        and not _SENTENCE_MARK.search(text)
    )


# A journal's running head or foot beside its page number, set apart by a space (陈某，李某：某某研究 · 47 ·,
# · 46 · 某某学报 2025年第3期)
_PAGE_MARK = r"[·•\-—–]\s*\d{1,4}\s*[·•\-—–]"
PAGED_HEAD = re.compile(rf"{_PAGE_MARK}\s.{{2,60}}|.{{2,60}}\s{_PAGE_MARK}")


def _is_page_chrome(view: str, spaced: str, running: set[str]) -> bool:
    """A line of a page's or a paper's furniture beyond widgets and menus: a Q&A page's buttons or
    counts set apart by spaces (`spaced`, the line with its spaces), a classification mark,
    a masthead, a document number, a newspaper's page, a page number, a running header, a site's
    banner, a picture's caption, a bracketed note on the author, a 版记's 印发 line, a paper's
    affiliations."""
    length = han_len(view)
    if length > 60:
        return False
    if length <= 12 and (_POST_BUTTONS.fullmatch(spaced) or _PAGE_COUNTS.fullmatch(spaced)):
        return True  # (a Q&A page's buttons or counts, several on a line set apart by spaces)
    if RESTRICTED.search(view) or MASTHEAD.fullmatch(view) or DOCUMENT_NUMBER.fullmatch(view):
        return True
    if SIGNED_OFF.fullmatch(view) or _is_distribution(view):
        return True
    if (EDITION.match(view) or (length <= 20 and EDITION.search(view))) or _PAGE_FOOTER.fullmatch(view):
        return True
    if view in running or _PRINTED.fullmatch(view) or _WORD_COUNT.fullmatch(view):
        return True
    if _CAPTION.search(view) or NOTE.fullmatch(view) or (FONT_SIZE.search(view) and length <= 12):
        return True
    if length <= 20 and WEATHER.search(view):
        return True
    if " " in spaced and (_is_spaced_menu(spaced) or _AFFILIATIONS.fullmatch(spaced)):
        return True
    if _SPEAKER.fullmatch(spaced) or _OFFICE_ALONE.fullmatch(view):
        return True
    if length <= 40 and not re.search(r"[。；，]", view) and len(_META_FIELD.findall(spaced)) >= 2:
        return True  # a line of metadata fields
    if " " in spaced and not re.search(r"[。；;]", view) and PAGED_HEAD.fullmatch(spaced):
        return True
    if _is_page_pointer_entry(view):
        return True
    if _is_related_links(spaced):
        return True
    if " " in spaced and (_CREDIT.fullmatch(spaced) or _is_credits_line(spaced)):
        return True
    # a banner has its names apart (中新网·江西新闻, 百学范文网 心得体会); a heading may end in 专题
    return len(_CHUNK_SEPARATORS.split(spaced.strip())) >= 2 and is_site_line(spaced)


_BRAND = 4  # han characters: a site's brand beside the names of who runs it (清廉某某)


def _is_org_banner(spaced: str) -> bool:
    """A banner of the organisations that run a site, their names apart (清廉桐川 中共桐川县纪律检查委员会
    桐川县监察委员会), or a cover's units (某某学院 马克思主义学院, see names.is_unit_name): two names or
    more, and at most a short brand beside them."""
    chunks = spaced.split()
    names = [chunk for chunk in chunks if is_unit_name(chunk) or is_site_name(chunk)]
    return len(names) >= 2 and all(chunk in names or han_len(chunk) <= _BRAND for chunk in chunks)


def spaced(raw: str) -> str:
    """A line cleaned as clean_line cleans it, but with the spaces between its words kept: a
    headline's two halves (…之路 奋力谱写…) and a banner's names are told apart by them."""
    return " ".join(filter(None, map(clean_line, raw.split())))


def running_lines(lines: list[str]) -> set[str]:
    """Lines printed again and again through a document (simplified): a PDF's running header, also
    with the page's number beside it (某某党校 | 2024 领导干部专题辅导 10)."""
    views = [simplified(clean_line(line)) for line in lines]
    counts = Counter(_PAGE_NUMBER_BESIDE.sub("", view) for view in views)
    return {
        view
        for view in views
        if counts[bare := _PAGE_NUMBER_BESIDE.sub("", view)] >= _RUNNING_COUNT and _could_run(bare)
    }


# a page's number before or after a running header, a space apart
_PAGE_NUMBER_BESIDE = re.compile(
    r"^\d{1,4}\s+|(?<!\s)\s+\d{1,4}$"
)  # a run of spaces tried once, from its start


_RUNNING_COUNT = 3


def _could_run(line: str) -> bool:
    """A line that may be a running header: of some length, not a label, an item or a sentence.
    (A question bank repeats 答案：A and a notebook its 名言金句 headings: these are not.)"""
    return han_len(line) >= 8 and not re.search(r"[。，；：:]", line) and not SECTION.match(line)


# A post's byline on a platform of accounts (a WeChat article's), under its headline: 原创 maybe, the
# author's and the account's names a space apart, the day and the time of day it was posted, and where
# from (原创 某某发布 某某发布 2026-01-16 08:30 发表于江南, 原创 某某研究院 某某教育 2026年05月12日 08:30 北京)
_POSTED_BYLINE = re.compile(
    r"\s*(?:原创\s+)?(?P<names>(?:[^\s\d：:，。；！？]{2,16}\s+){1,3})"
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s+\d{1,2}:\d{2}"
    r"(?:\s+(?:发表于)?\s*[\u4e00-\u9fff]{2,8})?\s*"
)
_ACCOUNT_NOTE = 40  # han characters: an account's one-line description under its name (某某办公室官方账号)
_SENTENCE_MARKS = re.compile(r"[。；;！？!?]")


def _account_card(spaced_head: list[str], texts: list[str], first: int, last: int) -> set[int]:
    """The line numbers of the account's card around the text: a name the byline gives (see above;
    `spaced_head`: the head's lines as spaced() gives them) alone on a line outside the body, and
    after the body the line under it, the account's one-line description, where it is short and no
    sentence."""
    names: set[str] = set()
    if not last:  # (no prose: nothing tells the text from what stands around it)
        return set()
    for line in spaced_head:
        byline = _POSTED_BYLINE.fullmatch(line)
        if byline:
            names.update(half_width(simplified(name)) for name in byline["names"].split())
    found: set[int] = set()
    for number, text in enumerate(texts, 1):
        if first <= number <= last or text.strip("▍▌|｜·•-— ") not in names:
            continue
        found.add(number)
        below = next((n for n in range(number + 1, len(texts) + 1) if texts[n - 1]), 0)
        note = texts[below - 1] if below else ""
        if number > last and note and han_len(note) <= _ACCOUNT_NOTE and not _SENTENCE_MARKS.search(note):
            found.add(below)
    return found


# A part of a book or a course, by its number and name (第二部分 申论大作文范文精讲, 第三单元 …, and the
# section of a chapter: 第二节 范文精讲)
_PART = re.compile(
    r"\s*第\s*[一二三四五六七八九十百\d]{1,3}\s*(?P<unit>部分|篇|章|编|单元|模块|节)(?=\s*[^\s，。：:、])"
)
_PART_NAME = 30  # han characters


# The columns of a government portal's menu, which every such site names alike from the disclosure
# rules' own catalogue (机构职能, 政策文件, 政策解读, 规划计划, 财政预决算, 人事信息, 依申请公开 …), as its
# menu lists them one to a line, numbered or bulleted, over the page's text.
_PORTAL_COLUMN = re.compile(
    r"(?:机构职能|机构设置|领导信息|领导之窗|政策文件|政策解读|规划计划|发展规划|财政预决算|财政信息|人事信息"
    r"|依申请公开|政府信息公开(?:指南|制度|年报|目录)?|法定主动公开内容|重点领域信息公开|主动公开目录"
    r"|政务动态|工作动态|通知公告|政务公开|互动交流|政民互动|办事服务|网上办事|新闻中心|政府公报|统计信息)"
)
_MENU_ENTRY = 12  # han characters: a menu's column, no sentence
_MENU_COLUMNS = 3  # the portal's own columns among a run's entries at the least
_MENU_STOP = re.compile(r"[，。；：:！？,;!?]")
_MENU_BULLET = re.compile(r"\s*(?:[-•·▪▫■□◆◇●○>»]\s*)*(?:\d{1,2}\s*[.、．)）]\s*)?")


def _portal_menu(texts: list[str], first: int) -> set[int]:
    """The line numbers of a government portal's menu over the body's `first` prose line: a run of
    short lines, each under a bullet (- 1. 机构职能, ▪ …; not a number alone) with no sentence's
    mark, three of them the portal's own columns (see _PORTAL_COLUMN), and its other entries with
    them (优化营商环境专栏). A talk's list of what is published, under its lead-in's colon
    (公开五类信息：) or in the body, and a headline under the menu, with no mark of a list, stay."""
    found: set[int] = set()
    run: list[int] = []
    led_in = False
    for number, text in enumerate([*texts[: max(first - 1, 0)], "。"], 1):
        if not text.strip():
            continue
        mark = _MENU_BULLET.match(text)
        entry = text[mark.end() :].strip() if mark else text
        if (
            mark
            and re.search(r"[^\d\s.、．)）]", mark.group())  # (a bullet: a numbered list is a text's)
            and entry
            and han_len(entry) <= _MENU_ENTRY
            and not _MENU_STOP.search(entry)
        ):
            run.append(number)
            continue
        columns = [
            line
            for line in run
            if _PORTAL_COLUMN.fullmatch(_MENU_BULLET.sub("", texts[line - 1], count=1).strip())
        ]
        if len(columns) >= _MENU_COLUMNS and not led_in:
            found.update(run)
        run, led_in = [], bool(re.search(r"[:：]\s*$", text))
    return found


def _lone_parts(texts: list[str], first: int) -> set[int]:
    """The line numbers of the names of the parts an excerpt comes from, atop it: each a part's
    number and name (see above), from the text's first line down, furniture over them aside (a chapter,
    then its section: 第三章 文章写作 / 第二节 范文精讲), over the headline and before the body's prose,
    and no other part of its kind in the text (a document's own parts come two or more: 第一部分, 第二部分)."""
    if first > len(texts):  # (no prose under them)
        return set()
    kinds = Counter(mark["unit"] for text in texts if (mark := _PART.match(text)))
    found: set[int] = set()
    for number, text in enumerate(texts[: first - 2], 1):  # (a headline stands under them)
        if not text or is_furniture(text):  # (a notice over them is the page's: 内部资料 请勿外传)
            continue
        part = _PART.match(text)
        if not part or han_len(text) > _PART_NAME or _SENTENCE_MARKS.search(text) or kinds[part["unit"]] > 1:
            break
        found.add(number)
    return found


# the most text under the next piece's heading that the excerpt breaks off in (a question's first lines)
_PIECE_OPENING = 120  # han characters
# a line the pages cut in its next sentence: one sentence ended, a few words of the next after it
# (…枝叶总关情。”请结合); a note's line that merely leaves its 。 off (记忆口诀：两个结合) ends none
_BROKEN_OFF = re.compile(r"[。！？!?][”’」』]?[^。！？!?”’」』）)】\]]{1,12}$")


def _next_piece(texts: list[str], last: int) -> set[int]:
    """The line numbers of the next piece of a collection that an excerpt breaks off in, at its end:
    the heading of a part of the kind over the text (第十九篇 after 第十八篇, see _PART), the last of
    its kind and after the text's last prose (line `last`), with a few lines under it, one of which
    stops in its next sentence (…总关情。”请结合), the pages cut there, down to the end. The text it
    follows is another piece's."""
    parts = [number for number, text in enumerate(texts, 1) if _PART.match(text)]
    if len(parts) < 2 or parts[-1] < last:
        return set()
    heading = parts[-1]
    unit = _PART.match(texts[heading - 1])["unit"]
    under = [text for text in texts[heading:] if text]
    if (
        not any(_PART.match(texts[number - 1])["unit"] == unit for number in parts[:-1])
        or sum(han_len(text) for text in under) > _PIECE_OPENING
        or not any(_BROKEN_OFF.search(text) for text in under)
    ):
        return set()
    return set(range(heading, len(texts) + 1))


# The note that signs an article off with its author (（作者系某某大学教授）, （作者分别系…）, （作者单位：某某党校）,
# （作者为…）): on a newspaper's page, the article ends there.
_AUTHOR_NOTE = re.compile(r"\s*[（(]\s*作者\s*(?:分别)?\s*(?:系|为|是|单位\s*[:：]?)[^（()）]{2,60}[）)]\s*")
_ITEM_HEADLINE = (4, 30)  # han characters of the next item's headline (or its column's label)


def _next_item(texts: list[str], first: int) -> set[int]:
    """The line numbers of the page's next item after an article the author's note signs off (see
    above), after the body's first prose (line `first`): a headline (or its column's label: ■学术随笔,
    理论动态｜…在京举办), no sentence in it, with prose under it, down to the end: another article
    the page or the PDF carries, not the text. Where the lines after hold more prose than the
    article above, or an author's note signs them off too, they are the file's own articles (a
    collection of signed pieces, a 笔谈), kept."""
    for number in range(first + 1, len(texts) + 1):
        if not _AUTHOR_NOTE.fullmatch(texts[number - 1]):
            continue
        after = next((n for n in range(number + 1, len(texts) + 1) if texts[n - 1]), 0)
        if not after:
            return set()
        headline = texts[after - 1]
        shaped = _ITEM_HEADLINE[0] <= han_len(headline) <= _ITEM_HEADLINE[1] and not _SENTENCE_MARKS.search(
            headline
        )
        below = texts[after:]
        if (
            shaped
            and any(is_body(text) for text in below)
            and _prose(below) < _prose(texts[: number - 1])
            and not any(_AUTHOR_NOTE.fullmatch(text) for text in below)
        ):
            return set(range(after, len(texts) + 1))
        return set()
    return set()


# A jump after a piece's opening, at its paragraph's end or on a line of its own: the piece goes on on
# another page of the paper ((下转第6版), （转A3版）); and where the file holds that page's part
# ((上接第1版)), the jump is the file's own
_JUMP = re.compile(rf"[（(]\s*(?:下转|转|续)\s*第?\s*{_PAGE_NUMBER_WORD}\s*(?:版|页)\s*[）)]\s*$")
_JUMPED_TO = re.compile(rf"[（(]\s*(?:上接|接|承)\s*第?\s*{_PAGE_NUMBER_WORD}\s*(?:版|页)")
_STUB = 150  # han characters: a piece's opening before its jump, as a front page prints it
# Han characters of prose under one headline that make a whole piece: more than a front page gives any
# story, an opening or a brief
_WHOLE_PIECE = 2 * _STUB


def _jumped_openings(texts: list[str]) -> set[int]:
    """The line numbers of the openings of other pieces on a newspaper's page, each cut off by its
    jump to another page (see above): a block between blank lines that ends in the jump, under its
    headline or byline (a line with no sentence), of _STUB characters or fewer, where the file holds
    a whole piece besides (see _holds_a_whole_piece) and no part that a jump leads to. The piece the
    file is about runs on here; the other piece's opening and its first sentences are another text.
    A front page (its lead story's opening and jump, the next stories' and briefs) holds no whole
    piece: each opening is the file's own, the first one its headline's."""
    if not any(_JUMP.search(text) for text in texts) or any(_JUMPED_TO.search(text) for text in texts):
        return set()
    blocks: list[range] = []
    for number, text in enumerate(texts, 1):
        if not _JUMP.search(text):
            continue
        start = number
        while start > 1 and texts[start - 2]:
            start -= 1
        block = texts[start - 1 : number]
        # (its headline or byline, not a section's numbered heading over the file's own last paragraph)
        headed = any(
            line and not _SENTENCE_MARKS.search(line) and not _NUMBERED_ITEM.match(line)
            for line in block[:-1]
        )
        if headed and sum(map(han_len, block)) <= _STUB:
            blocks.append(range(start, number + 1))
    openings = {number for block in blocks for number in block}
    return openings if blocks and _holds_a_whole_piece(texts, openings) else set()


def _holds_a_whole_piece(texts: list[str], skipped: set[int]) -> bool:
    """Whether the lines outside `skipped` hold a whole piece: more than _WHOLE_PIECE characters of
    prose with no headline between them (a line of a few words, no sentence and no item's number:
    a headline or a byline over the next piece)."""
    run = 0
    for number, text in enumerate(texts, 1):
        if number in skipped or (
            text
            and han_len(text) <= _ITEM_HEADLINE[1]
            and not _SENTENCE_MARKS.search(text)
            and not _NUMBERED_ITEM.match(text)
        ):
            run = 0
        elif is_body(text):
            run += han_len(text)
            if run > _WHOLE_PIECE:
                return True
    return False


# A blank form a notice attaches for its readers to fill in (“某某”专项活动问题整改清单 / 序号 / 问题类别 / 责任人 /
# 完成时限, then its empty rows): the form's name over its column labels, nothing filled in. Its name names a
# form (…表, …清单, …台账, …名册); two of its labels at least are a form's columns (序号, 时间, 备注, 责任人 …),
# every label short and no sentence; empty rows follow. A list of short terms under a heading (四个意识 /
# 政治意识 / 大局意识 …) names no form, and a table whose rows hold figures or words has rows.
_FORM_NAME = re.compile(r"\S.{1,40}?(?:表|清单|台账|名册)\s*(?:[（(](?:样表|模板|式样|参考样式)[）)])?\s*")
_FORM_COLUMN = re.compile(
    r"序号|编号|时间|日期|备注|责任人|责任单位|牵头单位|完成时限|时限|姓名|单位|职务|签字|签名|联系电话|记录人|"
    r"参加人员|填报人|审核人|问题类别|问题表现|整改措施|整改情况|活动内容|工作内容|完成情况"
)
_COLUMN_LABEL_CHARS = 8  # han characters of a column's label at the most
_FORM_LABELS, _FORM_COLUMNS, _FORM_ROWS = 3, 2, 2  # labels, labels of a form's columns, empty rows at least


def _blank_forms(texts: list[str]) -> set[int]:
    """The lines of blank forms (see _FORM_NAME): each form's name and its column labels."""
    dropped: set[int] = set()
    for index, text in enumerate(texts):
        if not _FORM_NAME.fullmatch(text.strip()):
            continue
        labels = []
        after = index + 1
        while after < len(texts) and texts[after].strip():
            label = texts[after].strip()
            if han_len(label) > _COLUMN_LABEL_CHARS or _CLAUSE_MARK.search(label):
                break
            labels.append(after)
            after += 1
        rows = next((row for row in range(after, len(texts)) if texts[row].strip()), len(texts)) - after
        columns = sum(bool(_FORM_COLUMN.fullmatch(texts[label].strip())) for label in labels)
        if len(labels) >= _FORM_LABELS and columns >= _FORM_COLUMNS and rows >= _FORM_ROWS:
            dropped |= {index + 1, *(label + 1 for label in labels)}
    return dropped


def _related_names(texts: list[str]) -> set[int]:
    """The line numbers of a label of links to other notes alone on its line (see _RELATED_ALONE) and
    the names under it, one a line, two or more: short (a remark after a dash aside), no clause or
    sentence among them (a paragraph under the same words is the text's). The note's links to
    others, not what it holds."""
    found: set[int] = set()
    for number, text in enumerate(texts, 1):
        if not _RELATED_ALONE.fullmatch(text):
            continue
        names = []
        for below in range(number + 1, len(texts) + 1):
            line = texts[below - 1]
            if not line:
                if names:
                    break
                continue  # (a blank line under the label)
            # (a name may carry a remark after a dash: 数字政府建设素材 —— “一网通办”部分互相引用)
            name = _LINK_REMARK.split(line)[0]
            if han_len(name) > _LINK_NAME or re.search(r"[，。；,;！？!?]", line):
                names = []
                break
            names.append(below)
        if len(names) >= 2:
            found.update({number, *names})
    return found


def _issue_names(texts: list[str], first: int) -> set[int]:
    """The line numbers of a periodical's name over its issue before the body's first prose (line
    `first`): a short line (shorter than _ISSUE_HEADLINE, no sentence, no bracket) whose next line
    is the issue alone (2024年第2期（总第37期）), as an issue's cover prints them (领导讲话汇编 / …),
    with a headline still under the issue (see _headline_under). A short headline over its issue
    (致敬逆行者 / 2024年第2期 / prose) is told apart only so: the name stands over the pieces, as a
    banner over the site's."""
    found = set()
    lines = [number for number in range(1, min(first, len(texts) + 1)) if texts[number - 1]]
    for at, (number, below) in enumerate(pairwise(lines)):
        name, issue = texts[number - 1], texts[below - 1]
        rest = lines[at + 2 :]  # (the lines under the issue's, before the prose)
        if (
            han_len(name) < _ISSUE_HEADLINE
            and not re.search(r"[，。；,;（()）《]", name)
            and not re.search(r"[，。；《]", issue)
            and han_len(issue) <= _ISSUE_LINE
            and _ISSUE.search(issue)
            and not _ISSUE.sub("", issue).strip("（()） \t")
            and any(_headline_under(texts[line - 1]) for line in rest)
        ):
            found.add(number)
    return found


def _headline_under(text: str) -> bool:
    """Whether `text`, a line under an issue's line before the prose, may be a piece's headline (or
    its contents' entry): as long as an article's headline (_ISSUE_HEADLINE), no sentence in it, not
    a subtitle (——记…, which belongs to the headline above it) nor another issue's line."""
    return (
        han_len(text) >= _ISSUE_HEADLINE
        and not re.search(r"[，。；,;！？!?]", text)
        and not re.match(r"\s*[—－-]", text)
        and not _ISSUE.search(text)
    )


_ISSUE_LINE = 12  # han characters of an issue's line alone (2024年第2期（总第37期）)
_PROMPT_LENGTH = 30  # han characters: a site's line that points the reader to it, no paragraph


def _banner_prompts(texts: list[str], first: int, last: int) -> set[int]:
    """The line numbers of the lines after the body's last prose (line `last`) that name the site
    whose name stands alone above the body's first prose (line `first`, a banner: 华夏新闻客户端 /
    … / 下载华夏新闻客户端，看更多精彩内容): short, no sentence's end in them. What the site prints
    about itself after the text points to it; the text never names its banner down there."""
    banners = {text for text in texts[: first - 1] if text and is_site_name(text)}
    return {
        number
        for number in range(last + 1, len(texts) + 1)
        if (text := texts[number - 1])
        and han_len(text) <= _PROMPT_LENGTH
        and not _SENTENCE_MARKS.search(text)
        and any(banner in text for banner in banners)
    }


def _prose(texts: list[str]) -> int:
    """How much prose `texts` hold: the Han characters of their body lines."""
    return sum(han_len(text) for text in texts if is_body(text))


# The ways a section is numbered (（二） 二、 (2) 2.), each with the number a run of them opens with
_SECTION_STYLES = (
    (re.compile(r"\s*[(（]([一二三四五六七八九十]{1,3})[)）]"), "一"),
    (re.compile(r"\s*([一二三四五六七八九十]{1,3})\s*[、．.]"), "一"),
    (re.compile(r"\s*[(（](\d{1,2})[)）]"), "1"),
    (re.compile(r"\s*(\d{1,2})\s*[、．.](?!\d)"), "1"),
)


def _lone_section(texts: list[str], first: int) -> set[int]:
    """The line numbers of a section's heading that an excerpt comes from, above the body's first
    prose (line `first`): numbered past the first of its run, where no other line of the document
    is numbered in its way, so none before it either, and speaking of the material it stands in
    (（二）结构安排：本章推荐…，见下例): a handout's section over the example it quotes, which is
    the text; the section is the handout's, not the text's."""
    found = set()
    for number in range(1, min(first, len(texts) + 1)):
        for style, opening in _SECTION_STYLES:
            mark = style.match(texts[number - 1])
            if not mark:
                continue
            alone = not any(style.match(text) for n, text in enumerate(texts, 1) if n != number)
            if mark[1] != opening and alone and _THE_MATERIAL.search(texts[number - 1]):
                found.add(number)
            break
    return found


def _is_source_line(text: str) -> bool:
    """A line of a note's source or date fields (来源：… ｜ 作者：…, 2024-04-01 09:12 阅读), no remark's
    label alone (来源：)."""
    return bool(META.match(text) or _DATE_META.match(text)) and not _REMARK_HEADING.fullmatch(text)


def _remarks_atop(texts: list[str], first: int) -> set[int]:
    """The line numbers of a note's remarks on itself atop it, before the body's first prose (line
    `first`): a remark's label alone on the note's first line with text (see _REMARK_HEADING), or under
    its source's or date's lines alone (来源：… ｜ 作者：… / 摘录说明 / 重点看第二部分…: not under its own
    title, 第三章 … / 学习提示 / 本章重点…, whose label may open the body), and the lines under it up to a
    blank line, where one comes within _REMARK_LINES; else the label."""
    top = next((number for number, text in enumerate(texts, 1) if text and not _is_source_line(text)), 0)
    if not top or top >= first or not _REMARK_HEADING.fullmatch(texts[top - 1]):
        return set()
    below = range(top + 1, min(top + _REMARK_LINES + 1, len(texts)) + 1)
    end = next((number for number in below if not texts[number - 1]), 0)
    # a bare label (提示, 说明) may stand over the body's own prose (提示 / 各单位要…): only the label goes;
    # a note's remark is labelled as one (笔记说明, 我的批注)
    bare = re.sub(r"[\W_]", "", texts[top - 1]) in _BARE_REMARK_LABELS
    under = range(top + 1, end)
    # (unless the lines under it link the note to others, as only a note's remark on itself does: the
    # remark ends on its links, the body's prose may follow it without a blank line)
    linked = [number for number in under if _NOTE_LINKS.search(texts[number - 1])]
    if bare and any(number >= first for number in under):
        return set(range(top, linked[-1] + 1)) if linked else {top}
    return set(range(top, end)) if end > top + 1 else {top}


# The label of a table of contents or of an issue's contents over its entries (目 录, 【本期导读】)
_CONTENTS_LABEL = re.compile(
    r"\W{0,2}[【\[]?\s*(?:目\s*录|本期(?:目录|要目|导读|看点)|contents)\s*[】\]]?\s*[:：]?\s*", re.I
)
_ENTRY_LENGTH = 40  # han characters: a contents' entry is a heading, no paragraph
# an entry's page number and leader dots after its words (第一章 总论……1)
_ENTRY_PAGE = re.compile(r"[\s.…·．:：]*\d{1,4}$")
# an entry that prints its page apart after its words (一、…的实践路径	1, 三、…发言摘编  9): under a contents'
# label, a page's number tells the entry, whether the excerpt prints its part or not
# (pages rise down a contents: a column of figures under the label, 增长 12 / 增长 6, is no contents')
_PAGED_ENTRY = re.compile(r".*[\u4e00-\u9fff”）)](?:\s+|[.…·．:：]{2,}\s*)(?P<page>\d{1,4})")
_ENTRY_PARTS = re.compile(r"\s*[:：|｜]\s*")


def _bare_heading(text: str) -> str:
    """A heading's words without its number and a page number after them (2. 组长点评 is 组长点评)."""
    number = SECTION.match(text)
    return _ENTRY_PAGE.sub("", text[number.end() :] if number else text).strip()


def _contents_entries(texts: list[str]) -> set[int]:
    """The line numbers of the entries under a contents' label (see above): two or more lines in a
    row, each short and no sentence, whose words (or a part of them: 精读材料：标题 names two headings)
    the document prints again below on a line of their own, as the headings they list, or which print
    their pages, one page after another (see _PAGED_ENTRY). Where a numbered line under them is not
    printed again, the contents name other parts than the headings below (a deck's outline in other
    words): they are the text's outline and stay."""
    found: set[int] = set()
    for index, text in enumerate(texts):
        if not _CONTENTS_LABEL.fullmatch(text):
            continue
        entries = []
        page = 0  # (the last entry's page)
        for after in range(index + 1, len(texts)):
            printed = _entry_page(texts[after])
            if printed is not None and printed >= page:
                page = printed
            elif not _is_listed_again(texts[after], texts[after + 1 :]):
                ends_entries = not texts[after] or not SECTION.match(texts[after])
                break
            entries.append(after + 1)
        else:
            ends_entries = True
        # (entries that all print their pages end where the pages end: the text's first heading may follow)
        paged = all(_entry_page(texts[entry - 1]) is not None for entry in entries)
        if len(entries) >= 2 and (ends_entries or paged):
            found.update(entries)
    return found


def _entry_page(entry: str) -> int | None:
    """The page a contents' entry prints (see _PAGED_ENTRY), if the line is one: short, no sentence."""
    if not entry or han_len(entry) > _ENTRY_LENGTH or _SENTENCE_MARKS.search(entry):
        return None
    paged = _PAGED_ENTRY.fullmatch(entry)
    return int(paged.group("page")) if paged else None


def _is_listed_again(entry: str, below: list[str]) -> bool:
    """Whether a line is a contents' entry of a heading printed again `below` (see above)."""
    if not entry or han_len(entry) > _ENTRY_LENGTH or _SENTENCE_MARKS.search(entry):
        return False
    words = _bare_heading(entry)
    # (the whole entry too: 典型案例：某镇“三事分流” over the same heading names one, not two)
    parts = {part for part in [words, *_ENTRY_PARTS.split(words)] if han_len(part) >= 2}
    return any(_bare_heading(line) in parts for line in below if line)


# What sets a listing's words apart from the name of the document it lists (2026年公务员考试申论范文：标题,
# 标题 - 某某文库, 标题_某某范文网)
_LISTING_SEPARATOR = re.compile(r"[:：|｜_]|\s[-—]+\s")  # (the parts are cleaned after)
_LISTED_HEADLINE_LENGTH = 6  # han characters: a headline, not a word that lines share


def _listed_headlines(texts: list[str], spaced_head: list[str], first: int) -> set[int]:
    """The line numbers of the lines in the head (before the body's prose; `spaced_head`, its lines
    as spaced() gives them) that print a headline with a listing's words beside it (a category, a
    site), where the headline also stands alone on a line of the head and is the line's longest
    part: the line alone is the text's, the other the listing's. (A series' label alone over
    label｜headline is the shorter part: the line with the headline stays.)"""
    head = {text for text in texts[: first - 1] if han_len(text) >= _LISTED_HEADLINE_LENGTH}
    found = set()
    for number, text in enumerate(spaced_head, 1):
        parts = [half_width(simplified(clean_line(part))) for part in _LISTING_SEPARATOR.split(text)]
        if len(parts) < 2:
            continue
        longest = max(parts, key=han_len)
        if longest in head and longest != texts[number - 1]:
            found.add(number)
    return found


def _is_prose(text: str) -> bool:
    return han_len(text) >= 60 and bool(re.search(r"[，,。；]", text)) and not _TEASER_END.search(text)


# A part's number on a line of its own, set large over the part's head as a WeChat article sets
# it (01 / 历史逻辑：…; PART 02): written with its leading zero (or PART), which a page number does
# without; a run of them counts from 01 (or 1) up, each over a short line that ends no sentence.
_PART_NUMBER = re.compile(r"(?:PART|Part|part)\s*\.?\s*0?([1-9]\d?)|0([1-9])|([1-9]\d)")
_PART_HEAD_MAX = 40  # han characters
_PART_HEAD_END = re.compile(r"[。！？!?；;…]\s*$")
_PARAGRAPH_END = re.compile(r"[。！？!?…]\s*[”’」』）)]*\s*$")


def _numbered_part_heads(texts: list[str], layout: Mapping[int, LineLayout]) -> set[int]:
    """The line numbers of the parts' heads under part numbers on lines of their own (see
    _PART_NUMBER): two or more, numbered 1, 2, 3… in turn, each over its head (blank lines between
    aside), a short line that ends no sentence, opens with no number of its own and is no heading of
    the source's. A part number opens a part: the line before it ends a paragraph (a page number
    breaks one off mid-sentence), and its head has lines under it (numbers over a table's or a
    process's short entries, 01 北京市 / 02 天津市, number no parts). The numbers go as furniture;
    their heads are the document's headings, which the text alone no longer shows as such."""
    filled = [n for n in range(1, len(texts) + 1) if texts[n - 1].strip()]
    heads: list[int] = []
    for at, number in enumerate(filled):
        part = _PART_NUMBER.fullmatch(texts[number - 1].strip())
        if not part:
            continue
        value = int(next(group for group in part.groups() if group))
        if value != len(heads) + 1:
            if value != 1:
                continue
            if len(heads) >= 2:
                break  # (a second run: the first one stands)
            heads = []
        head, under = [*filled[at + 1 : at + 3], None, None][:2]
        before = filled[at - 1] if at else None
        if (
            head is None
            or under is None
            or _PART_NUMBER.fullmatch(texts[under - 1].strip())
            or not _part_head(texts[head - 1], layout.get(head))
            or not _opens_a_part(
                texts[before - 1] if before else "", layout.get(before or 0), first=not heads
            )
        ):
            if len(heads) >= 2:
                break
            heads = []
            continue
        heads.append(head)
    return set(heads) if len(heads) >= 2 else set()


def _opens_a_part(before: str, shape: LineLayout | None, first: bool) -> bool:
    """Whether a part number may stand after the line `before` it: one that ends a paragraph, a
    picture's caption, a heading of the source's, or (before the first part) nothing or a line of
    no clauses, the title."""
    before = before.strip()
    if not before or (shape and shape.heading) or _PARAGRAPH_END.search(before) or _CAPTION.search(before):
        return True
    return first and not re.search(r"[，,。；;：:]", before)


def _part_head(text: str, shape: LineLayout | None) -> bool:
    """Whether `text` may be the head a part number stands over (see _numbered_part_heads)."""
    text = text.strip()
    return (
        0 < han_len(text) <= _PART_HEAD_MAX
        and not _PART_HEAD_END.search(text)
        and not _PART_NUMBER.fullmatch(text)
        and not ITEM_OPENING.match(text)
        and not (shape and shape.heading)
    )


def main_text(lines: list[str], layout: Mapping[int, LineLayout] | None = None) -> list[Paragraph]:
    """The article lines of a document, cleaned, with their line numbers; boilerplate removed.

    After a related-articles or previous/next marker the page's own text has ended, so the
    lines that follow are dropped until real prose (a long line that is not a teaser) resumes.
    So is the editor's credit or the page's print and share buttons after the last paragraph of
    prose, and the short lines under it (the page's other headlines, its columns) where they run to
    the page's footer before any line of the writer's (see _page_tail).
    Labels that a page's metadata shares with notes (关键词：) are furniture only outside the
    body's prose; a note's remarks on itself (资料来源：… 上次整理：…) only in its head, before its
    first heading, item or prose that is no labelled remark.
    A cover's fields before the body's first prose (单位：… 姓名：… 职务：…, see _cover_fields) go.
    A site's or channel's name on a line of its own before the body's first prose (某某市人民政府,
    城建频道), or a topic's (学习贯彻…精神专题), is the page's banner. An exam paper's instructions (注意事项 and the numbered lines
    under it, on its cover), the names of an official document's attachments (附件：1.… 2.…) and a
    note's to-do list (待办 and the tasks under it, bar one that quotes a formulation to learn) are
    dropped, and so are a mail's headers (发件人：… 主题：… 附件：…), an official document's signature
    (某某市人民政府 / 2025年3月10日) and the note of its attachment over it (附件：重点任务分工表);
    anti-scraping junk inside a line and a news agency's dateline before the first paragraph are
    cut out. So are an account's card that a post's byline names (原创 某某发布 … 08:30, then 某某发布 /
    …官方账号 after the text), the lone part of a book an excerpt comes from atop it (第二部分 …), a
    listing's copy of the headline in the head (分类：标题, where 标题 also stands alone), a periodical's
    contents after the text (本期目录), a teacher's exercise on the text and the label of a note on it,
    a contents' entries that the text prints again as its headings (目录 / 一、… over 一、…), a note's
    remark under its label atop it (笔记说明 / …), a remark anywhere that speaks of the material
    (【备考提示】本专题…), a handout's lone section over the example it quotes ((二) 结构安排：…见下例), the
    chapter and section an excerpt comes from atop it (第三章 … / 第二节 …), a speech's occasion under its
    headline (——在…上的讲话), a column's label before the headline (【基层观察】标题), a 版记's
    distribution after the text (报：… / 送：… / 发：…, its lines run into one or not; the names of one, or
    of 抄送：…, run on over the next line; glued after the text's last sentence, it is cut off), the mail a
    reply quotes under the text it carries, the next piece of a collection an excerpt breaks off in
    (第十九篇 … / …请结合), and the page's next item after the author's note ((作者系…) / ■学术随笔).
    A Q&A page's labels around its answer (最佳答案, 我有更好的答案), who runs the site under the text
    (某某部主管 某某平台出品), a report group's credits outside the text (课题组组长：… 成员：…) and an essay
    question's task formula (自选角度，自拟题目，写一篇…) go too.
    `layout` (a Markdown document's, by line number) is carried into the paragraphs; a line of
    another source that opens with a plain-text bullet (- · •, as copied notes and a web page's
    <li> write one) is given a list item's depth by its indent (see _BulletDepths), its bullet cut.
    """
    paragraphs: list[Paragraph] = []
    running = running_lines(lines)
    cleaned = _without_glued_footers([_cleaned(raw) for raw in lines])
    body = [number for number, (_, text) in enumerate(cleaned, 1) if is_body(text)]
    first, last = (body[0], body[-1]) if body else (len(lines) + 1, 0)
    head_end = _head_end(cleaned, layout or {})
    in_tail = False
    page_tail = _page_tail([text for _, text in cleaned], last)
    bullets = _BulletDepths()
    skipping: str | None = None  # an exam paper's instructions, the names of attachments, a to-do list
    answer_rules = _answer_rules([text for _, text in cleaned])
    texts = [text for _, text in cleaned]
    # lines told by what stands around them: a mail's headers, a chat's talk, the readers' comments, an
    # account's card, the part an excerpt comes from, a listing's copy of the headline
    dropped = _mail_headers(texts) | _chat_lines(texts) | _comments(texts, last)
    spaced_head = [spaced(raw) for raw in lines[: first - 1]]
    dropped |= (
        _account_card(spaced_head, texts, first, last)
        | _lone_parts(texts, first)
        | _lone_section(texts, first)
        | _portal_menu(texts, first)
        | _homework_sections(texts, layout or {})
    )
    dropped |= _listed_headlines(texts, spaced_head, first)
    dropped |= _remarks_atop(texts, first) | _contents_entries(texts) | _distribution_block(texts, last)
    dropped |= _next_piece(texts, last) | _next_item(texts, first) | _jumped_openings(texts)
    dropped |= _banner_prompts(texts, first, last) | _related_names(texts) | _issue_names(texts, first)
    dropped |= _blank_forms(texts)
    views = [simplified(spaced(raw)) for raw in lines]  # (each line's simplified view, letterspacing closed)
    run_on = _distribution_run_on(texts, last)
    dropped |= _report_credits([view.strip() for view in views], first, last) | _answerer_cards(texts)
    dropped |= _cover_fields(texts, first) | _catalogue_fields(texts) | _task_chores(texts, layout or {})
    part_heads = _numbered_part_heads(texts, layout or {})
    remark_headings = _study_remark_headings(texts, layout or {})
    # (the parts' heads rank as the document's headings do where it has some, else as the outermost)
    part_level = min((shape.heading for shape in (layout or {}).values() if shape.heading), default=1)
    for number, (raw, view) in enumerate(zip(lines, views, strict=True), 1):
        written, text = cleaned[number - 1]
        if number in answer_rules:  # (cut before `skipping`: a question's line ends the instructions)
            written, text = written[: answer_rules[number]].rstrip(), text[: answer_rules[number]].rstrip()
        written, text = _without_task_formula(written, text)
        if number == last:
            written, text = _without_glued_distribution(written, text)
        if not written or number in dropped:
            continue
        if number in run_on and not (paragraphs and paragraphs[-1].line == number - 1):
            continue  # (a 版记's names run on over it from the line above, which went)
        marked = (layout or {}).get(number) or _NO_LAYOUT
        if marked.heading and _continues_heading(text, paragraphs):
            continue  # (发展银发经济（续）: the slide goes on under the title it repeats)
        if skipping and _still_skipping(skipping, text, marked):
            if not (skipping == "to-do" and _QUOTED_SERIES.search(text)):
                continue
            # (a task that quotes a formulation of several members names a point: kept, the list goes on)
        else:
            skipping = None
        if (
            _TO_DO.fullmatch(text)
            and not _leaf_item(number, texts, layout or {})
            and _heads_tasks(number, texts)
        ):
            skipping = "to-do"  # (before the furniture: a heading of a word or two is no button)
            continue
        if number < first and marked.heading and _NOTE_NAME.match(text):
            continue  # (0508陈书记讲话（背诵版）: the note's name, which the app prints as its heading)
        if (_REMARKS.fullmatch(text) or number in remark_headings) and paragraphs:
            skipping = f"remarks {marked.heading}"
            continue
        if _is_tail_marker(text) or (
            number > last
            and (
                _COMMENTS_HEAD.fullmatch(text)
                or _ISSUE_CONTENTS_BOX.fullmatch(text)
                or _SIDEBAR_HEAD.fullmatch(text)
            )
        ):
            in_tail = True
            continue
        if number in page_tail:
            continue  # (the article's end on a web page, and the page's lines under it to its footer)
        if in_tail:
            if not _is_prose(text) or is_furniture(text):
                continue
            in_tail = False
        elif (
            is_furniture(
                text,
                in_body=first < number < last,
                weak_words=not marked.emphasised,  # a line whose words the source emphasises is the author's
                in_sentence=_in_sentence(number, cleaned, paragraphs),
                outline_word=_in_outline_tree(number, layout or {})
                or _heads_items(number, texts, layout or {}),
                among_matters=_among_matters(number, texts, layout or {}),
            )
            or _is_page_chrome(text, view, running)
            or (
                number < first
                and (_is_banner(text, view) or bool(_ISSUE_CONTENTS.match(text) or _OCCASION.fullmatch(text)))
            )
            or (number > last and _is_site_operator(text, view))
            or (number < first and _is_unit_byline(view))
            or _is_address(text)
            or _is_greeting(text)
            or _EXERCISE.match(text)
            or _is_signature(number, cleaned)
            or _is_attachment_note(number, cleaned)
        ):
            continue
        unmarked = _without_abstract_marks(written, text, number, lines, texts)
        if unmarked is None:
            continue  # (a paper's keywords under its abstract)
        written, text = unmarked
        if (_OUTER_META.match(text) and not first < number < last) or (
            _ABOUT_LABEL.match(text)
            and (number < head_end or (_BRACKETED_LABEL.match(text) and _THE_MATERIAL.search(text)))
        ):
            continue
        if _is_study_remark(text):
            continue  # (the note's or the handout's remark to its reader on how to learn it)
        opened = _opens_block(text, paragraphs)
        if opened:
            skipping = opened
            continue
        if number < first:
            written, text = _without_column_label(written, text)
        body_text = text.lstrip("-•·* ")
        original = written[len(text) - len(body_text) :]
        shape = (layout or {}).get(number) or _NO_LAYOUT
        if number in part_heads:
            shape = replace(shape, heading=part_level)
        if not shape.bullet and not shape.heading:
            shape = replace(shape, bullet=bullets.depth(raw, text))
        paragraphs.append(
            Paragraph(
                number,
                body_text,
                original if original != body_text else "",
                shape.heading,
                shape.bullet,
                shape.emphasised,
                shape.table_row,
                shape.in_item,
            )
        )
    return paragraphs


def _names_units(affiliations: str) -> bool:
    """Whether each of a paper's bracketed affiliations (see _AFFILIATIONS) names a unit before its
    place (某某大学 经济管理学院，江西 南昌 330031), not a body's aside of a place and a figure (某某县，
    人口 320000)."""
    parts = [part for part in re.split(r"[；;]", affiliations) if part.strip(" （()）")]
    units = [re.split(r"[，,]", part)[0].split() or [""] for part in parts]
    return all(is_unit_name(unit[-1].lstrip("（(0123456789.．、")) for unit in units)


def _without_abstract_marks(
    written: str, text: str, number: int, lines: list[str], texts: list[str]
) -> tuple[str, str] | None:
    """Line `number` (`written` as the source writes it, `text` cleaned) without what a journal prints
    around a paper's abstract (see _ABSTRACT): the bracketed affiliations a PDF runs into its line
    (（某某党校 某某教研部，某某 410600）, see _AFFILIATIONS), the bracketed label before the abstract's words
    (［摘要］…), and the keywords glued after its last sentence; None for a line of keywords under the
    abstract, which goes. `lines` are the raw lines (cleaning cuts 【摘要】), `texts` the cleaned ones."""
    units = _AFFILIATIONS.match(text)
    if (
        units
        and re.match(r"\s*[（(]", text)
        and re.search(r"[）)]\s*$", units[0])
        and text[units.end() :].strip()
        and _names_units(units[0])
    ):
        written, text = written[units.end() :], text[units.end() :]  # (the units a PDF runs into the line)
    if (label := _ABSTRACT_MARK.match(text)) and text[label.end() :].strip():
        written, text = written[label.end() :], text[label.end() :]
    abstract = _ABSTRACT.match(clean_line(lines[number - 1]))
    above = next((lines[line - 1] for line in range(number - 1, 0, -1) if texts[line - 1]), "")
    if (abstract or _ABSTRACT.match(clean_line(above))) and (keywords := _KEYWORDS.search(text)):
        if not keywords.start():
            return None
        if _ENDS_ON_ITS_MARK.search(text[: keywords.start()]):
            written, text = written[: keywords.start()].rstrip(), text[: keywords.start()].rstrip()
    return written, text


def _leaf_item(number: int, texts: list[str], layout: Mapping[int, LineLayout]) -> bool:
    """Whether line `number` is a list item (a Markdown or a slide's) nested in another, of words
    alone, after an item of its own level and with no item nested under it after it: a member of
    its branch (a mind map's 排名打卡 after 强制下载 among the marks of 指尖上的形式主义), not the
    heading of the items after it. (A label's colon heads them all the same: - 待办： over - 背诵…;
    so does a to-do item of a flat list, or one that opens its level, over tasks set level with it.)"""
    marked = layout.get(number)
    if marked is None or marked.bullet < 2 or re.search(r"[:：]\s*$", texts[number - 1]):
        return False
    above = next((line for line in range(number - 1, 0, -1) if texts[line - 1]), None)
    if above is None or (layout.get(above) or _NO_LAYOUT).bullet != marked.bullet:
        return False
    below = next((line for line in range(number + 1, len(texts) + 1) if texts[line - 1]), None)
    return below is None or (layout.get(below) or _NO_LAYOUT).bullet <= marked.bullet


def _among_matters(number: int, texts: list[str], layout: Mapping[int, LineLayout]) -> bool:
    """Whether line `number` is a list item among items of its level (those of its branch, up to
    an item above their level) of which no more than half hold a widget's word: a mind map's
    branch (强制下载 beside 排名打卡), not a menu's (立即注册, 联系客服, 下载附件 under 网站导航)."""
    level = (layout.get(number) or _NO_LAYOUT).bullet
    if not level:
        return False
    branch = []
    for step in (-1, 1):
        line = number + step
        while 0 < line <= len(texts):
            depth = (layout.get(line) or _NO_LAYOUT).bullet
            if texts[line - 1] and depth < level:
                break
            if depth == level:
                branch.append(texts[line - 1])
            line += step
    items = [texts[number - 1], *branch]
    return 2 * sum(bool(_ANY_WIDGET_WORD.search(item)) for item in items) <= len(items)


def _in_outline_tree(number: int, layout: Mapping[int, LineLayout]) -> bool:
    """Whether line `number` is an item of a source's list (a Markdown or a slide's) nested under
    another item, or one that items nested under it follow: a member of an outline's tree (a mind
    map's 治理方式 over 自治 法治 德治, a slide's 蓝天 over its figures), however short. A site's
    menu is a flat list of buttons."""
    marked = layout.get(number)
    if marked is None or not marked.bullet:
        return False
    below = layout.get(number + 1)
    return marked.bullet >= 2 or (below is not None and below.bullet > marked.bullet)


def _heads_items(number: int, texts: list[str], layout: Mapping[int, LineLayout]) -> bool:
    """Whether line `number` is a source's heading (a Markdown one) whose next line with text is a
    list item: the title of a section of items (## 金句, ## 小结 over its points), however short. A
    heading of two characters is a word of the outline there, no button; without it the items would
    fall under the section before. A contents' label (目录, CONTENTS目录 on a slide) heads no section."""
    if not (layout.get(number) or _NO_LAYOUT).heading:
        return False
    label = simplified(texts[number - 1])
    if _CONTENTS_LABEL.fullmatch(label) or _CONTENTS_LABEL.fullmatch(re.sub(r"[A-Za-z]+", "", label)):
        return False
    below = next((line for line in range(number + 1, len(texts) + 1) if texts[line - 1]), 0)
    return bool(below and (layout.get(below) or _NO_LAYOUT).bullet)


def _head_end(cleaned: list[tuple[str, str]], layout: Mapping[int, LineLayout]) -> int:
    """The number of the line that ends a note's head, where its remarks on itself stand: its first
    line of prose that is no labelled remark, or a heading or an item after its first line that is
    no furniture."""
    first = next((number for number, (_, text) in enumerate(cleaned, 1) if text), 0)
    for number, (_, text) in enumerate(cleaned, 1):
        if is_body(text) and not _LABELLED.match(text):
            return number
        # (a note's front matter leaves its first lines blank: its first line is the one with text;
        # a line of furniture that opens like an item, 最后编辑：2024年4月11日, is the head's)
        heads = SECTION.match(text) or (layout.get(number) or _NO_LAYOUT).heading
        if number > first and heads and not is_furniture(text):
            return number
    return len(cleaned) + 1


# A speech's or a report's subtitle under its headline that says where and when it was given (——在市交通运输局
# “七一”专题党课上的讲稿, ——2025年1月9日在某县第十八届人民代表大会第五次会议上): the occasion, nothing of
# what the text says, and no section of it (a subtitle that says what the text looks at, ——以…为例, stays).
# An occasion is told by the kind of address given there (…上的讲话), by its day, or by a gathering's name
# (…会议上, …培训班开班式上): ——在全面建设社会主义现代化国家新征程上 and ——在基层治理一线中 say where the
# text's matter stands, no occasion.
_ADDRESS_KIND = r"(?:讲话|讲稿|发言|交流发言|报告|致辞|演讲|辅导|讲课|党课|主题报告)"
_GATHERING = r"(?:会|会议|大会|班|式|典礼|论坛|仪式)"
_OCCASION_DATE = r"[\d〇一二三四五六七八九十]{4}\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日\s*"
_OCCASION = re.compile(
    r"\s*[—－–-]{1,2}\s*(?:"
    rf"在[^。，；！？]{{2,40}}?(?:上|时|中|之际)的?{_ADDRESS_KIND}"
    rf"|(?:{_OCCASION_DATE})在[^。，；！？]{{2,40}}?(?:上|时|中|之际)(?:的?{_ADDRESS_KIND})?"
    rf"|在[^。，；！？]{{1,38}}?{_GATHERING}(?:上|时|期间|之际)(?:的?{_ADDRESS_KIND})?"
    r")\s*"
)


# The label of a column or a feature glued before a headline over the text (【基层观察】以“三张清单”为基层
# 松绑减负, 【组工课堂】年轻干部要上好“四门必修课”): the publication's series, naming nothing the text says.
# (A label that counts, 【四个意识】, names a concept; one over a series or a sentence heads what it labels.)
_COLUMN_LABEL = re.compile(r"\s*[【\[]\s*([\u4e00-\u9fff·]{2,6})\s*[】\]]\s*(?=\S)")
_COUNTING = re.compile(r"[一二三四五六七八九十百千两\d]")
_HEADLINE_AFTER = 6  # han characters of a headline after the label, at the least


def _without_column_label(written: str, text: str) -> tuple[str, str]:
    """A line over the body's first prose (as written, and its view) without a column's label before
    the headline it holds (see above)."""
    label = _COLUMN_LABEL.match(text)
    if not label or _COUNTING.search(label[1]):
        return written, text
    rest = text[label.end() :]
    if han_len(rest) < _HEADLINE_AFTER or re.search(r"[，。；、：:！？!?,;]", rest):
        return written, text
    return written[label.end() :], rest


def _is_banner(text: str, view: str) -> bool:
    """A line that, over the body's first prose, is the page's banner: a site's or channel's name,
    the organisations that run the site, who runs it (某某网 | 某某部主办), a topic's name. `view`: the
    line's simplified view with its letterspacing closed."""
    return (
        is_site_name(text)
        or _is_org_banner(view)
        or (han_len(text) <= 30 and bool(RUN_BY.search(text) or TOPIC.search(text)))
    )


def _without_spans(written: str, text: str, spans: list[tuple[int, int]]) -> tuple[str, str]:
    """A line (as written, and its view) without the spans of its view (a view is as long as the line,
    see Paragraph)."""
    for start, end in reversed(spans):
        text, written = text[:start] + text[end:], written[:start] + written[end:]
    return written, text


# The credits of the group that wrote a report, over or under the text (课题组组长：王立新 成员：赵敏 孙海涛
# 刘佳琪, 成 员：陆晓岚 郑一鸣, （课题组成员：王建华 陈思远）, （执笔：周晓岚 审核：孙明德）): a role in the group
# (its label's characters may stand apart), then names alone, maybe beside a page's other credits.
# (A note's own line of the same shape names no role: 四个坚持：党建引领 人民至上 …, so only these roles count.)
_GROUP_ROLE = (
    r"[^\s：:，。；、（(]{0,6}(?:组\s*长|成\s*员|组\s*员|执\s*笔\s*人?|撰\s*稿\s*人?|主\s*笔|负\s*责\s*人)"
)
_NAMES = r"[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4})*"
_GROUP_CREDITS = re.compile(
    rf"[（(]?\s*{_GROUP_ROLE}\s*[:：]\s*{_NAMES}"
    rf"(?:\s*(?:{_GROUP_ROLE}|{_META_LABEL})\s*[:：]\s*{_NAMES})*\s*[）)]?"
)
# What tells a report's credits from a body's list of the same shape: they name the group that wrote it
# or who wrote it (课题组, 执笔, 撰稿, 主笔). A notice's 领导小组 (组长：… 副组长：… 成员：…) names none:
# its members are the notice's own words, above its prose or at its end.
_WRITERS = re.compile(r"课\s*题\s*组|执\s*笔|撰\s*稿|主\s*笔")
# A 调研组 wrote the text where a line over it names the text a report (关于…的调研报告): a notice that sends
# one out (关于开展…调研的通知) lists its members as the notice's own words.
_SURVEY_GROUP = re.compile(r"调\s*研\s*组")
_REPORT_TITLE = re.compile(r"报\s*告$")
# A line that announces a list under it (成员如下：, 组成人员名单：): the credit-shaped lines after it are the
# body's own list (a notice that sets up a 课题组 names its members), however they are labelled.
_ANNOUNCES = re.compile(r"[:：]$")


# The count of an answer's votes under its answerer's card (1,286 人赞同了该回答), as a Q&A page prints it
# over each answer: the lines of the card above it (the answerer's name, a line about them) are the page's.
_ANSWER_VOTES = re.compile(rf"\s*(?:{_COUNT})\s*人赞同了该回答\s*")
_CARD_LINES = 2
_CARD_LINE = 30  # han characters
# A sentence's end anywhere in a line (_in_sentence: a line that holds one and runs on into the next)
_SENTENCE_END = re.compile(r"[。！？；!?;]")


def _answerer_cards(texts: list[str]) -> set[int]:
    """The line numbers of an answerer's card over the count of the answer's votes (see above): up to
    _CARD_LINES short lines right above it, none of them prose, back to a blank line or a sentence's
    end (the last line of the answer above, 第三，要把材料读薄。, where no blank line parts them)."""
    cards: set[int] = set()
    for number, text in enumerate(texts, 1):
        if "赞同了该回答" not in text or not _ANSWER_VOTES.fullmatch(text):
            continue
        for above in range(number - 1, max(number - 1 - _CARD_LINES, 0), -1):
            line = texts[above - 1]
            if (
                not line.strip()
                or han_len(line) > _CARD_LINE
                or is_body(line)
                or _ENDS_A_SENTENCE.search(line)
            ):
                break
            cards.add(above)
    return cards


def _report_credits(views: list[str], first: int, last: int) -> set[int]:
    """The line numbers of a report group's credits over or under the text (lines `first` to `last`,
    `views` as the lines are spaced): a run of credit lines (see _GROUP_CREDITS), blank lines aside,
    one of which names the writers (see _WRITERS, and _SURVEY_GROUP under a report's title), and no
    line announcing it (see _ANNOUNCES)."""
    found: set[int] = set()
    report = any(_REPORT_TITLE.search(view) for view in views[: first - 1])
    run: list[int] = []
    before = ""  # the last line with words before the run
    for number, view in enumerate([*views, ""], 1):
        if not view and number <= len(views):
            continue
        if not first <= number <= last and number <= len(views) and _GROUP_CREDITS.fullmatch(view):
            run.append(number)
            continue
        credits = [views[credit - 1] for credit in run]
        names_writers = any(
            _WRITERS.search(line) or (report and _SURVEY_GROUP.search(line)) for line in credits
        )
        if names_writers and not _ANNOUNCES.search(before):
            found.update(run)
        run, before = [], view
    return found


_OPERATOR_LINE = 30  # han characters
# A unit and what it does for the site, one chunk of a page's foot (中共中央宣传部主管, 学习强国学习平台出品)
_RUNS = re.compile(r"(?P<unit>\S{2,30}?)(?:主办|承办|协办|主管|出品|技术支持)(?:单位)?")
# The kinds of unit that run a site or a channel by themselves (某某网主办, 某某日报社出品, 某某融媒体中心主办)
_OUTLET = re.compile(r"(?:平台|网|社|中心|台|客户端|公众号)$")
# What only a site's foot says a unit does (主管, 出品, 技术支持): 主办, 承办, 协办 alone credit an event
# as often (县委宣传部主办 县图书馆承办 closes a notice), so one chunk at least must say one of these.
_SITE_ROLE = re.compile(r"(?:主管|出品|技术支持)(?:单位)?$")


def _is_site_operator(text: str, view: str) -> bool:
    """A line that says who runs the site or the channel (某某部主管 某某平台出品, 某某日报社主办),
    as a page's foot prints it under the text (`view`: as the line is spaced): short, no sentence, no
    section's number (五、主办单位 heads a notice's part), chunks that each name a unit and what it does,
    two of them or one outlet's, one of them a site's role (see _SITE_ROLE) (a sentence's
    新闻单位由党委宣传部门主管 has its agent, 由)."""
    if han_len(text) > _OPERATOR_LINE or _SENTENCE_MARKS.search(text) or SECTION.match(text) or "由" in text:
        return False
    chunks = [chunk for chunk in re.split(r"[\s|｜/]+", view) if chunk]
    runs = [found for chunk in chunks if (found := _RUNS.fullmatch(chunk))]
    if len(runs) != len(chunks) or not any(_SITE_ROLE.search(chunk) for chunk in chunks):
        return False
    return len(runs) >= 2 or bool(runs and _OUTLET.search(runs[0]["unit"]))


# A plain-text bullet: a dash, star or plus and a space, or a dot (· •), opening a line of words, as
# notes copied as text and web pages read as text (an <li> becomes "- …") write list items
_PLAIN_BULLET = re.compile(r"(?:[-*+]\s+|[•·]\s*)(?=[^\s\-*+•·])")


@dataclass
class _BulletDepths:
    """The depth of each kept line's plain-text bullet, by its indent among the bullets of its list:
    a bullet indented further than the one before it is one deeper, one indented back returns to the
    depth of that indent. A kept line without a bullet ends the list."""

    indents: list[int] = field(default_factory=list)  # the indents of the open depths, outermost first

    def depth(self, raw: str, text: str) -> int:
        """The bullet depth of a kept line (raw as written, text as cleaned), 0 if it has none."""
        if not _PLAIN_BULLET.match(text):
            self.indents.clear()
            return 0
        indent = len(raw.expandtabs(4)) - len(raw.expandtabs(4).lstrip())
        while self.indents and self.indents[-1] > indent:
            self.indents.pop()
        if not self.indents or self.indents[-1] < indent:
            self.indents.append(indent)
        return len(self.indents)


# A line a sentence runs on from: of some length, its last character no sentence's end
_RUNS_ON = re.compile(r"[\u4e00-\u9fffA-Za-z\d，,、“《（(]$")
_RUN_ON_LENGTH = 15  # han characters
_PROSE_MARK = re.compile(r"[，。；]|[,;](?!\d)")


def _runs_on(text: str) -> bool:
    return han_len(text) >= _RUN_ON_LENGTH and bool(_RUNS_ON.search(text))


def _in_sentence(number: int, cleaned: list[tuple[str, str]], kept: list[Paragraph]) -> bool:
    """Line `number` is inside a sentence of the text: the kept line before it left a sentence
    open (a text wrapped at a fixed width) or the line opens with the mark that ends it (markup
    split it: 激励担当作为 / 。落实…); or it is prose that runs on into the prose of the next line."""
    text = cleaned[number - 1][1]
    before = kept[-1].text if kept and kept[-1].line == number - 1 else ""
    in_prose = bool(before and _PROSE_MARK.search(before) and _PROSE_MARK.search(text))
    if in_prose and (_runs_on(before) or text[:1] in "。，；、,;"):
        return True
    after = cleaned[number][1] if number < len(cleaned) else ""
    return (
        _runs_on(text)
        and bool(_SENTENCE_END.search(text))
        and han_len(after) >= _RUN_ON_LENGTH
        and bool(_PROSE_MARK.search(after))
    )


# A page's running head glued after a paragraph's last sentence where a page break cut into the
# text: a chapter's or a book's name, a wide gap, the page's number (…提升公信力。第三章  文章写作      74);
# no label and colon (牵头单位：…) and no year (2025): a flattened table row's cells
_GLUED_PAGE_HEAD = re.compile(
    r"(?<=[。！？!?；;”」』])[^。！？!?；;，,“”：:\d][^。！？!?；;，,“”：:]{1,30}?(?:[ \t]{4,}|\u3000{2,})\d{1,3}\s*$"
)

# A page's footer that names the course or the body and counts the pages (某某党校 | 2024年春季主体班 3 / 5),
# on lines of its own twice or more: dropped there, and cut where it is glued after a paragraph's last
# sentence, as a slide's text runs into it. (A sentence that ends on a fraction, …占比约为 3 / 5, is no
# footer: it has a clause's mark.)
_PAGE_OF = re.compile(r"\s*\d{1,3}\s*/\s*\d{1,3}\s*$")
_FOOTER_TIMES = 2


def _without_glued_footers(cleaned: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The cleaned lines (written, view) with a page's footer cut off the end of those it is glued to
    (see _PAGE_OF above)."""
    alone = Counter(
        text[: page.start()].strip()
        for _, text in cleaned
        if (page := _PAGE_OF.search(text)) and _could_run(text[: page.start()].strip())
    )
    footers = [head for head, times in alone.items() if times >= _FOOTER_TIMES]
    if not footers:
        return cleaned
    result = []
    for written, text in cleaned:
        page = _PAGE_OF.search(text)
        if page is None:
            result.append((written, text))
            continue
        before = text[: page.start()].rstrip()
        for head in footers:
            if before == head:
                written, text = "", ""
                break
            if before.endswith(head) and len(written) == len(text):
                cut = len(before) - len(head)
                if re.search(r"[。！？!?；;][”」』]?$", text[:cut].rstrip()):
                    written, text = written[:cut].rstrip(), text[:cut].rstrip()
                break
        result.append((written, text))
    return result


# A periodical's running head spliced into a sentence where a page broke it (…一任接·13·　学习与参考
# 2024年第5期着一任干, …自然资源确2024年第3期（总第58期） 某某局编): two of its parts at the least, the
# page's number between dots, the issue (with its running count), the compiler (某某局编), the
# periodical's name beside them. A sentence citing an issue (发表于《求是》2024年第5期) has one part.
_HEAD_GAP = r"[ \t\u3000]*"
_HEAD_PAGE = r"[·•]\s*\d{1,3}\s*[·•]"
_HEAD_ISSUE = r"\d{4}\s*年\s*第\s*\d{1,3}\s*期(?:\s*[（(]\s*总第\s*\d{1,4}\s*期\s*[）)])?"
_HEAD_NAME = r"(?:[\u4e00-\u9fff]{2,10}" + _HEAD_GAP + ")?"
_SPLICED_HEAD = re.compile(
    rf"{_HEAD_PAGE}{_HEAD_GAP}{_HEAD_NAME}{_HEAD_ISSUE}"
    rf"|{_HEAD_NAME}{_HEAD_ISSUE}{_HEAD_GAP}{_HEAD_PAGE}"
    rf"|{_HEAD_ISSUE}{_HEAD_GAP}[\u4e00-\u9fff]{{4,20}}编(?=\s|$)"
)


# The English word a slide deck sets before a part's number, on its agenda and its divider slides, in
# the deck's own form: two digits with a leading zero, alone or before a short title (PART 01　形势研判,
# PART02): the deck's furniture; the number stays, as the part's mark (01 形势研判). (PART 2 的主要内容是…
# is the text's own sentence, and Part 1 听力理解 names a section of an English test.)
_DECK_PART = re.compile(r"^\s*PART\s*(?=0\d(?:\s*[^\d\s。，；！？,;!?][^。，；！？,;!?]{0,19})?\s*$)", re.I)


# A rule a plain-text copy glued before a line's words (──────抄送：…), where a 版记's or a footnote's rule
# stood over them: six marks or more, not a quotation's dash (——习近平)
_RULE_BEFORE = re.compile(r"\s*[─━—–\-_=＿]{6,}\s*(?=[^─━—–\-_=＿\s])")


def _cleaned(raw: str) -> tuple[str, str]:
    """A line as main_text reads it: cleaned, without junk, a running head glued after its last
    sentence, a deck's word PART before a part's number and a news agency's dateline, and its view
    for the extractors: simplified, full-width digits and letters as ASCII ones."""
    if "  " in raw or "\u3000" in raw:
        raw = _GLUED_PAGE_HEAD.sub("", raw)
    raw = _RULE_BEFORE.sub("", raw, count=1) if raw[:1] in "─━—–-_=＿ " else raw
    if "期" in raw:
        raw = _SPLICED_HEAD.sub("", raw)
    # (a site's name glued between clauses is told by the space after it, which clean_line drops)
    unjammed = without_jammer(_REPLY_TO.sub("", raw), tidy_spaces=True)
    line = without_asides(clean_line(_DECK_PART.sub("", without_glued_site_names(unjammed))))
    written = _without_closing_formula(
        _without_watermark(_without_editors_label(_DATELINE.sub("", line, count=1)))
    )
    written = _without_label_on_the_text(written)
    return written, half_width(simplified(written)) if written else ""


# Words that speak of the text as a text (本文采用“总—分—总”结构, 仿照本文结构), as a teacher's notes on
# a model text do
_THE_TEXT = (
    rf"(?:(?:{_NOT_A_WORD_ENDING}本|此|该)文(?![件化字本])|本篇|这篇文章|这篇范文)"  # not 本文件, 基本文化
)
# The bracketed label of such a note (【名师点睛】本文…, 【点评】本文…, 【点评】全文结构清晰…,
# 【课堂练习】请仿照本文…): the label is the handout's, the note's words may be worth learning (三个分论点
# 分别围绕…). 全文 (the whole text) counts for the label only: a review opens on it, and the words stay.
# A label is words: a number in brackets is a footnote's ([12]全文见《人民日报》…, a reference, goes whole).
_LABEL_ON_THE_TEXT = re.compile(
    rf"\s*[【\[](?![\d\s]+[】\]])[^】\]\s]{{2,8}}[】\]]\s*(?=[^。]*?(?:{_THE_TEXT}|全文))"
)
# An exercise set on the text, maybe under its label: a request to the reader about it or the example
# it is (请仿照本文结构，以…为主题列出提纲, 【练习】请仿照本例，以“…”为题写一篇大作文)
_THE_EXAMPLE = rf"(?:{_THE_TEXT}|{_NOT_A_WORD_ENDING}本例|[此该上]例|这个例子|例文|范文)"
_EXERCISE = re.compile(rf"\s*(?:[【\[][^】\]\s]{{2,8}}[】\]]\s*)?请.{{0,12}}?{_THE_EXAMPLE}")
# The words of a remark that speak of the material it stands in (【备考提示】本专题可对应…类大作文): the
# remark is on the material, as the note's remarks on itself are (see _ABOUT_LABEL)
_THE_MATERIAL = re.compile(
    rf"{_THE_EXAMPLE}|{_NOT_A_WORD_ENDING}本(?:专题|材料|资料|讲|课|节|章)(?![程约])|下例"
)
# A remark's label in brackets (【备考提示】): in the body, a bare 说明：/备注： is the text's own
_BRACKETED_LABEL = re.compile(r"\s*\W{0,2}[【\[]")


def _without_label_on_the_text(text: str) -> str:
    """A line without the bracketed label of a note on the text (see above) that opens it."""
    label = _LABEL_ON_THE_TEXT.match(simplified(text)) if text[:1] in "【[ " else None
    return text[label.end() :] if label else text


_CLAUSE_START = re.compile(r".*[，,。；;！？!?]")
_SENTENCE_STOP = re.compile(r"[。！？!?]")
_FORMULA_BESIDE = 20  # han characters of the text's own words beside a closing formula


def _without_closing_formula(text: str) -> str:
    """A paragraph without the closing formula its last sentence ends on (…我谈三点体会，不妥之处请
    大家批评指正。): the clause that holds it, to the sentence's end, when the text's own words are
    beside it; a line of the formula alone (以上发言，请大家批评指正。) is left whole to be dropped."""
    formula = _CLOSING_FORMULA.search(simplified(text))
    if not formula:
        return text
    opening = _CLAUSE_START.match(text[: formula.start()])
    start = opening.end() if opening else 0
    stop = _SENTENCE_STOP.search(text, formula.end())
    end = stop.start() if stop else len(text)
    kept = text[:start].rstrip("，,；; ") + text[end:]
    return kept if han_len(kept) >= _FORMULA_BESIDE else text


# An editor's label before a paragraph (【编者按】…, 编者按：…, 导读：…): the paragraph is the text's, the
# label not. In brackets, or before a colon. (titles.furniture._CONTENTS_WORD shares 导读 and 提要 with it
# but not its meaning: there a line of a bulletin's or handout's contents, kept from the headline.)
_EDITORS_WORDS = r"(?:编者按|编者的话|导读|导语|按语|题记|提要)"
# In brackets the label may name the column it opens by the day or the kind (【今日导读】, 【核心提要】):
# still the editor's, naming nothing of the text; 【本期导读】 heads an issue's contents (_ISSUE_CONTENTS).
_EDITORS_COLUMN = r"(?!本期)[\u4e00-\u9fff]{0,4}"
# Before a colon the label may name what it sums up by a word (内容提要：, 文章导读：): still the editor's
# (本期导读： heads an issue's contents, as in brackets).
_EDITORS_QUALIFIER = r"(?!本期)[\u4e00-\u9fff]{0,2}"
EDITORS_LABEL = re.compile(
    rf"^\s*(?:[【\[]\s*{_EDITORS_COLUMN}{_EDITORS_WORDS}\s*[】\]]\s*[:：]?|{_EDITORS_QUALIFIER}{_EDITORS_WORDS}\s*[:：])"
    r"\s*(?=\S)"
)


def _without_editors_label(line: str) -> str:
    """`line` without an editor's label before its paragraph (see EDITORS_LABEL), told in the
    simplified view, so a traditional page's 【編者按】 goes as a simplified one's does."""
    label = EDITORS_LABEL.match(simplified(line))
    return line[label.end() :] if label else line


# What a page glues after a paragraph's last sentence: words without a sentence's mark
_TRAILING = re.compile(r"(?<=[。！？；!?;”」』])\s*(?P<tail>[^。！？；!?;”」』，,]{2,40})$")


def _without_watermark(text: str) -> str:
    """A paragraph without the watermark a site glues after its last sentence (…全覆盖；Y8cN2#某某网,
    …的日子。”某某网原创 未经授权禁止转载, …前列。某某网-版权所有): words after the last
    sentence's mark that name a site or hold a code of letters and digits or a URL. (A notice of
    use alone, 。仅供个人复习, leaves the line furniture as a whole.)"""
    text = without_glued_addresses(without_glued_codes(text))
    noted = _without_trailing_note(text)
    if noted != text:
        return noted
    match = _TRAILING.search(text)
    if not match or han_len(text[: match.start()]) < WATERMARKED_PROSE:
        return text
    tail = match["tail"]
    view = simplified(tail).strip()
    marked = bool(TRAILING_CODE.search(tail) or URL.search(tail)) or (
        han_len(view) >= _WATERMARK_WORDS
        and any(is_site_name(chunk) for chunk in _SITE_CHUNKS.split(view) if chunk)
    )
    inside = _closes_bracket(text[: match.start()], tail)
    return text[: match.start()] if marked and not view.startswith(("：", ":")) and not inside else text


# a site's note in brackets after a paragraph's last sentence: where the text comes from, how it may
# be reprinted (…严肃问责。（本文来自某某范文网，转载请保留出处）)
_TRAILING_NOTE = re.compile(
    r"(?<=[。！？；!?;”」』])\s*(?P<note>[（(【\[][^（()）【】\[\]]{2,40}[）)】\]])\s*$"
)


def _without_trailing_note(text: str) -> str:
    """A paragraph without a site's note in brackets after its last sentence (see above), after
    some prose of its own; `text` itself where it has none."""
    note = _TRAILING_NOTE.search(text) if text.rstrip()[-1:] in "）)】]" else None
    if note and prose_before(text, note.start()) and _is_notice(note["note"]):
        return text[: note.start()]
    return text


def _is_notice(note: str) -> bool:
    """Whether a note in brackets is a site's: a notice of use or of the text's origin. (Its place
    after the last sentence tells it is the page's: a bracket inside the text is a copy site's tag
    only where it also names the site, junk._is_copy_tag.)"""
    view = simplified(note)
    return bool(_NOTICE.search(view) or _ORIGIN_NOTE.match(view) or _COPY_NOTE.search(view))


def _closes_bracket(before: str, tail: str) -> bool:
    """Whether `tail` closes a bracket that the text `before` it opened: then it is the bracket's
    own words (（本文系…项目“…”〔23DJ017〕阶段性成果）), not a watermark glued after the text."""
    opened = before.count("（") + before.count("(") - before.count("）") - before.count(")")
    return opened > 0 and tail.rstrip()[-1:] in "）)"


_WATERMARK_WORDS = 4  # han characters of a watermark without a code (问题 after a quotation is prose)
_SITE_CHUNKS = re.compile(r"\s*(?:[\s·|｜>»\-—_]|原创|版权所有|来源于?)\s*")  # 某某网原创, 某某网-版权所有


# A speech's salutation or a notice's addressees on a line of their own (各位代表！ 同志们、同学们！
# 各乡镇人民政府，县直各单位：): whom the text addresses, nothing to learn.
_ADDRESSED = re.compile(r"[！!：:]\s*$")
_HEARER = re.compile(
    r"(?:尊敬的|亲爱的)[^，,、：:！!]{1,12}|[^，,、：:！!]{0,10}?们|(?:各位|在座的|列席会议的)[\u4e00-\u9fff]{1,8}"
    # (and those a speech names bare: a council's chair and members, its guests, 媒体朋友)
    r"|副?(?:议长|议员)|女士|先生|来宾|嘉宾|[\u4e00-\u9fff]{0,4}朋友"
)
_ADDRESSEE = re.compile(
    r"[^，,、：:]{0,30}(?:单位|部门|局|处室|股室|科室|学校|党组织|党委|党组|支部|委员会|政府|办事处|街道|"
    r"公司|机构|中心|[院所厅委办处]|(?:管委|委员|工|协|学|商|联合|理事)会|[妇侨文残科]联|工商联|团体)"
    r"|各?(?:省|自治区|直辖市|市|州|盟|县|区|旗|乡|镇)"
)  # (organisations named by a council or federation too: 高新区管委会, 市总工会, 市妇联)
# Schools an official document addresses beside other organisations (…，市政府各部门，各高等院校：): a name
# of their kind only, after 各 (本次专项检查覆盖全省各类高校： opens the text's own list)
_SCHOOLS = re.compile(r"各(?:有关|相关)?(?:高等|普通高等|职业)?(?:院校|高校)")
# An office a speech addresses by its title alone beside its hearers (主任、各位副主任、秘书长、各位委员：,
# as a report to a congress's standing committee opens)
_HEARD_OFFICE = re.compile(r"副?(?:主任|秘书长|主席|委员长|书记|部长|市长|县长|区长|省长|校长|院长)")
_SALUTATION_LENGTH = 30  # han characters
_ADDRESSEES_LENGTH = 80
# what a sentence asks of its subject, which no organisation's name holds (各级领导干部都要学会：,
# 各地要尽快成立行业协会、商会：open a list; 应急管理局, 重要, 都市 are words of names)
_ASKS = re.compile(r"(?<![重主纲])要|都(?!市)|(?<!响)应(?!急)|必须|务必|须|尽快|成立|建立")


def _is_address(text: str) -> bool:
    """A line that only says whom the text addresses: hearers (各位代表, 同志们) or, in an official
    document's 主送 line, organisations that one of them names with 各 (各县（市、区）市场监督管理局，
    市局机关各处室：, and 各高等院校 beside them: see _SCHOOLS), each apart, the line ending in ！ or ：."""
    if not _ADDRESSED.search(text) or re.search(r"[。；;？?]", text):
        return False
    names = re.sub(r"[（(][^（()）]*[）)]", "", text).rstrip(" ！!：:")
    parts = [part for part in re.split(r"\s*[，,、]\s*", names) if part]
    if not parts:
        return False
    hearers = [part for part in parts if _HEARER.fullmatch(part)]
    if (
        han_len(text) <= _SALUTATION_LENGTH
        and hearers
        and all(part in hearers or _HEARD_OFFICE.fullmatch(part) for part in parts)
    ):
        return True
    if han_len(text) > _ADDRESSEES_LENGTH or "各" not in names:
        return False
    # (schools only beside other organisations, in a 主送 line that ends in its colon)
    organisations = [part for part in parts if not _SCHOOLS.fullmatch(part)]
    schools = len(organisations) < len(parts)
    return (
        bool(organisations)
        and (not schools or text.rstrip().endswith(("：", ":")))
        and all(_ADDRESSEE.fullmatch(part) and not _ASKS.search(part) for part in organisations)
    )


# A greeting: whom it greets, then the time of day or not, then 好 (大家上午好, 陈老师好, 各位同志们好, 你好,
# 早上好): not a bare 好, nor a clause that says something is good for someone (这样对大家好, 群众满意大家好,
# 学生们对老师好: see _CLAUSE_WORD).
_TIME_OF_DAY = "早上|上午|中午|下午|晚上"
# a word a clause has and the words that name hearers do not: a preposition, an adverb, a verb of saying
# or being, a pronoun of the speaker or of others (对老师好, 我们大家好, 这对你们大家好, 他们大家好)
_CLAUSE_WORD = "对为于让跟给比都也就很得最更挺要说能是我他她它咱这那"
_GREETED = (
    rf"(?:各位|亲爱的|尊敬的)?(?:(?:(?![{_CLAUSE_WORD}])[\u4e00-\u9fff]){{0,2}}老师|同学|朋友|小伙伴|组员|同志)们?"
    r"|大家|各位|你们?|您"
)
_GREETS = rf"(?:(?:{_GREETED})(?:{_TIME_OF_DAY})?|(?:{_TIME_OF_DAY}))好[呀啊哇吖]?"
# Words that only greet (see _greets_only): the hearers, each apart (see _HEARER; the last may run into
# the greeting, with no word of a clause: 各位备考的小伙伴们大家好呀～), then the greeting.
_GREETING = re.compile(
    rf"\W*(?:(?:{_HEARER.pattern})[\s，,、：:！!～~]+)*"
    rf"(?:(?![^\s，,、：:！!。～~？?]*?[{_CLAUSE_WORD}])(?:{_HEARER.pattern}))?(?:{_GREETS})[\s！!。～~：:]*"
)


def _greets_only(words: str) -> bool:
    """Words that only greet their hearers (同志们好！ 女士们、先生们，大家上午好！ 陈老师好～): whom a message,
    a host or a speaker greets, nothing to learn. The one rule for a line of greeting (_is_greeting)
    and for a message's opening sentence (_without_reader_calls)."""
    return bool(_GREETING.fullmatch(words))


def _is_greeting(text: str) -> bool:
    """A line that only greets the hearers, after the speaker's tag or not (孙浩：女士们、先生们，新闻界的
    朋友们，大家上午好！, 各位来宾，大家好。): whom a host or a speaker greets, nothing to learn. The
    hearers come before the greeting (see _HEARER), each apart; a line that goes on after it says more."""
    tag = SPEAKER_TAG.match(text)
    words = text[tag.end() :] if tag else text
    return han_len(words) <= _SALUTATION_LENGTH and _greets_only(words)


# An exam question's answer rules, labelled, that say how long an answer may run (要求：准确、全面、
# 有条理；不超过200字, 作答要求：（1）…（3） / 不超过400字 broken over two lines, 要求： / （1）… / （4）总字数
# 1000～1200字): how the answer is marked, not what to learn. Glued after the question (…（20分）要求：…)
# they are cut off. An essay's, numbered on the label's own line that they open (要求：（1）观点明确，见解
# 深刻；（2）…；（4）总字数1000～1200字), are the question's list of what an answer must do, which a learner
# of the question learns: kept.
_ANSWER_RULES = re.compile(r"(?:^|(?<=[。！？）)]))\s*(?:作答|答题|写作)?要求\s*[:：]")
_ANSWER_LENGTH = re.compile(
    r"(?:不超过|不少于|不多于|字数|篇幅|限)\s*\d[\d\s～~\-—至]*字|\d\s*字\s*(?:左右|以内)"
)
_RULE_ITEM = re.compile(r"\s*[（(]\d{1,2}[）)]")
_RULES_LENGTH = 100  # han characters
_ESSAY_LENGTH = 800  # characters: an essay's answer runs to this or more, a short question's to a few hundred


def _essays_rules(rules: str) -> bool:
    """Whether a line's answer rules are an essay's, numbered on the label's line: two numbered
    rules or more, one setting the length of an essay (总字数1000～1200字), not a short question's
    (不超过200字, whose rules say only how it is marked)."""
    lengths = (
        int(figure)
        for found in _ANSWER_LENGTH.finditer(rules)
        for figure in re.findall(r"\d+", found.group())
    )
    return len(_RULE_ITEM.findall(rules)) >= 2 and max(lengths, default=0) >= _ESSAY_LENGTH


# The formula an essay question sets its task in (…，联系实际，自选角度，自拟题目，写一篇议论文。（40分）): the
# same words in every paper, how to answer, nothing to learn; the question's own words (its theme, the
# material it names) stay. Told by 自拟题目 or 自选角度 and the 写一篇… after them (a handout that says 自选
# 角度 in its own sentence writes no article there). (The question's label, 【题目】 or 题目：, stays:
# the titles package reads the headline under it.) The formula is its own clause (after a comma, a closing
# quote or the line's start: 结合给定资料自选角度 is the question's clause) and asks for a bare genre (写一篇议论文,
# 写一篇不少于1000字的文章): 写一篇反映青年担当的文章 names the theme, and the line stays whole.
_FORMULA_PART = r"(?:自选角度|自拟(?:题目|标题))"
_BARE_GENRE = (
    r"(?:(?:不少于|不超过|不多于|字数在?)?\s*\d+\s*(?:[～~\-—至到]\s*\d+\s*)?字(?:左右|以上|以内|之间)?的)?"
    r"(?:申论|议论|策论|评论)?(?:文章|议论文|策论文|评论文?|短文|时评|作文|论文|文)"
)
_TASK_FORMULA = re.compile(
    # (not after a part of the formula: a match begins where its run begins, one scan for a run)
    rf"(?<!自选角度)(?<!自拟题目)(?<!自拟标题)(?:[，,]|^|(?<=[”’」』]))\s*{_FORMULA_PART}"
    rf"(?:\s*[，,、]?\s*{_FORMULA_PART})*\s*[，,]?\s*写一篇{_BARE_GENRE}(?=[，,。；;])"
)


# A line that is itself an exam question's requirement: it ends on what the question is worth ((40分)) or
# opens with the requirement's label (题目要求：, 作答要求：). (A handout's sentence that talks about the
# formula, 大作文要求自拟题目，写一篇…，这意味着…, is neither.)
_QUESTION_LINE = re.compile(r"\W{0,2}(?:题目|作答|写作)?要求\s*[:：]|.*[（(]\s*\d+\s*分\s*[）)]\W{0,2}$")
_OPEN_QUOTES, _CLOSE_QUOTES = "“‘「『", "”’」』"


def _quoted(text: str, at: int) -> bool:
    """Whether offset `at` of a line stands inside quotation marks."""
    before = text[:at]
    return sum(map(before.count, _OPEN_QUOTES)) > sum(map(before.count, _CLOSE_QUOTES))


def _without_task_formula(written: str, text: str) -> tuple[str, str]:
    """A line (as written, and its view) without an essay question's task formula (see above): only on a
    question's line (see _QUESTION_LINE), the whole clause to its closing mark, never inside quotation
    marks (题干中“自选角度，自拟题目，写一篇文章”的要求 quotes it to talk about it)."""
    if "自" not in text or not _QUESTION_LINE.match(text):  # (one scan for most lines)
        return written, text
    spans = [found.span() for found in _TASK_FORMULA.finditer(text) if not _quoted(text, found.start())]
    return _without_spans(written, text, spans)


def _answer_rules(texts: list[str]) -> dict[int, int]:
    """Where each line's answer rules begin (line number -> offset; 0: the whole line): the rules
    run to the line's end, or on over the next line when a line breaks them off, or, under a label
    alone, over the numbered lines that follow it; one of their lines sets the answer's length."""
    cuts: dict[int, int] = {}
    for index, text in enumerate(texts):
        match = _ANSWER_RULES.search(text)
        if not match:
            continue
        rules = text[match.end() :]
        following = []  # the lines the rules run on over
        if not rules.strip():
            for after in range(index + 1, min(index + 8, len(texts))):
                if texts[after].strip() and not _RULE_ITEM.match(texts[after]):
                    break
                following.append(after)
        elif not _ANSWER_LENGTH.search(rules) and index + 1 < len(texts):
            following = [index + 1] if not SECTION.match(texts[index + 1]) else []
        ruled = [rules, *(texts[after] for after in following)]
        if not following and not text[: match.start()].strip() and _essays_rules(rules):
            continue  # (an essay's, numbered on the label's line: the list of what an answer must do, kept)
        if han_len("".join(ruled)) <= _RULES_LENGTH and any(_ANSWER_LENGTH.search(line) for line in ruled):
            cuts[index + 1] = match.start()
            cuts.update((after + 1, 0) for after in following)
    return cuts


# A mail's header: its fields, one a line (发件人：… 收件人：… 时间：… 主题：… 附件：…), as a mail copied
# or forwarded as text keeps it above the text it carries
_MAIL_FIELD = re.compile(
    r"\s*(?:发件人|收件人|抄送|密送|发送时间|发送日期|时间|日期|主题|附件|From|To|Cc|Bcc|Date|Sent|Subject)\s*[:：]",
    re.I,
)
_MAIL_SENDER = re.compile(r"\s*(?:发件人|From)\s*[:：]", re.I)
_MAIL_FIELDS = 3  # fields at least, the sender's among them
# A forwarded or answered mail's subject (Fwd: 转发：…, Re: …) and the rule over the mail it quotes
# (-------- 转发邮件信息 --------, -----原始邮件-----, ---------- Forwarded message ---------)
_MAIL_RULE = re.compile(
    r"[-—=_\s]*(?:转发邮件信息|原始邮件|原邮件|Original Message|Forwarded message)[-—=_\s]*", re.I
)
_MAIL_LINE = re.compile(rf"(?:Fwd?|FW|Re)\s*[:：].*|{_MAIL_RULE.pattern}", re.I)


def _mail_headers(texts: list[str]) -> set[int]:
    """The line numbers of a mail's headers: runs of lines that are each a mail's field (see above),
    one of them its sender's, and the lines of a mail's subject or rule (see above). Alone, 主题：
    and 附件： may be a text's own labels; under a sender they name the mail's subject and its
    attachments. (A forwarded subject also names the text: the titles package reads it, main_text does not.)
    A reply's quoted mail is dropped whole (see _quoted_mail)."""
    headers = {number for number, text in enumerate(texts, 1) if _MAIL_LINE.fullmatch(text)}
    for run in _header_runs(texts):
        headers.update(run)
    return headers | _quoted_mail(texts, headers)


def _quoted_mail(texts: list[str], headers: set[int]) -> set[int]:
    """The line numbers of the earlier mail a reply quotes under its rule (-----原始邮件-----): when the
    reply above the rule holds more of the text's prose than the mail below, the reply carries the
    text (its body, then the sign-off) and the quoted mail is the request it answers (请各地于…前报送…),
    nothing to learn. When the mail below holds more, it is the text passed on (a forward's): kept."""
    rules = [number for number in sorted(headers) if _MAIL_RULE.fullmatch(texts[number - 1])]
    if not rules:
        return set()
    rule = rules[0]
    return set(range(rule, len(texts) + 1)) if _prose(texts[: rule - 1]) > _prose(texts[rule:]) else set()


# An entry of a page's list of headlines: an item of a list (a web page's <li>), short, no sentence in
# it (本版新闻 / - 某某现场会召开); three of them at least, the text's headline and two others
_ENTRY_MAX = 40  # han characters
_ENTRY_SENTENCE = re.compile(r"[。；;！？!?]")
_LISTED_HEADLINES = 3
_LIST_LABEL_MAX = 20  # han characters
# A line that announces the text's own list (以下几个方面：, 主要包括：, 十件实事如下：): the list is the text's
_ANNOUNCED = re.compile(r"(?:以下|如下|下列|包括|分别是|分别为|主要有)\S{0,6}[:：]\s*$")


def without_listed_headlines(paragraphs: list[Paragraph], title: str) -> list[Paragraph]:
    """`paragraphs` without the page's list of headlines outside the text's prose (本版新闻 / - 某某现场会
    召开 / - 标题 / - …, 本版标题导航, a collection's list of its posts above one of them): a run of list
    items in a row (see above), before the text's first prose or after its last, that names the text's
    own headline (`title`, simplified) among other headlines, and its label on the line above (a short
    line, no sentence). The text's own lists stand among its prose (any sentence, however short), under
    a line that announces them, or do not name its headline."""
    words = re.sub(r"[\W_]", "", title)
    prose = [p.line for p in paragraphs if _ENDS_A_SENTENCE.search(p.text)]
    if not words or not prose:
        return paragraphs
    dropped: set[int] = set()
    runs: list[list[Paragraph]] = []
    for paragraph in paragraphs:
        if not _is_entry(paragraph):
            continue
        if runs and paragraph.line == runs[-1][-1].line + 1:
            runs[-1].append(paragraph)
        else:
            runs.append([paragraph])
    for run in runs:
        outside = run[-1].line < prose[0] or run[0].line > prose[-1]
        named = any(re.sub(r"[\W_]", "", without_list_mark(p.text)) == words for p in run)
        label = next((p for p in paragraphs if p.line == run[0].line - 1), None)
        announced = label is not None and bool(_ANNOUNCED.search(label.text))
        if announced or not (outside and named and len(run) >= _LISTED_HEADLINES):
            continue
        dropped.update(p.line for p in run)
        if label and han_len(label.text) <= _LIST_LABEL_MAX and not _ENTRY_SENTENCE.search(label.text):
            dropped.add(label.line)
    return [p for p in paragraphs if p.line not in dropped] if dropped else paragraphs


def _is_entry(paragraph: Paragraph) -> bool:
    return (
        paragraph.bullet > 0
        and han_len(paragraph.text) <= _ENTRY_MAX
        and not _ENTRY_SENTENCE.search(paragraph.text)
    )


# What tells a forwarding note from a text's own words over a mail it shows (下面先看一封规范的通知邮件): it
# passes the mail on (转发, 转给大家, 材料见下, 附上…请查收, 发自我的iPhone) or greets the people it goes to
# (小李：, 大家好); or it is a short answer to the mail below (收到，谢谢): a reply that opens 收到， and goes on
# to its own points (收到，结合我单位实际，提出三点意见：一是…) is the text's
_PASSES_ON = re.compile(
    r"转(?:发|给|来|上|送|一篇|篇)|见下|附上|请(?:查收|收阅)|发自|大家好|^各位|^\S{1,12}[:：]\s*$"
)
_ANSWERS = re.compile(r"^(?:已?收到|好的)[，,。！!]")
_ANSWER_MAX = 30  # han characters of a whole note that only answers


# A sender's cover note on the material it hands on, one sentence (现将我县经验材料报送给您，正文附后，请审阅。,
# 读书班材料转给大家，请提前阅读。): it hands the material to its reader (报送给您, 转给大家, 发给各位) and asks
# them to read or review it (请审阅, 请查收, 请提前阅读): the sender's errand, not the material's words. A
# 请示's 妥否，请批示 hands nothing on, and an official notice's 印发给你们 goes by its own rule (_TRANSMITTAL).
# Apart from main_text, like a mail's forwarding note: the titles package reads the note's words as the
# file's or the mail's, not the headline's below it.
_HANDED_ON = re.compile(r"(?:报送|呈送|转发|[报呈转发送寄])(?:给|至)(?:您|你们|你|大家|各位)")
_ASKED_TO_READ = re.compile(
    r"请(?:您|大家|各位)?(?:审阅|审核|审定|查收|收阅|阅示|参阅|阅研|过目|(?:提前|认真)?阅读)"
)


def _is_cover_note(sentence: str) -> bool:
    """A sentence that hands the material on and asks its reader to read it (see above)."""
    return bool(_HANDED_ON.search(sentence) and _ASKED_TO_READ.search(sentence))


def without_cover_notes(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """`paragraphs` without the sentences of a sender's cover note (see _is_cover_note), short ones; a
    paragraph left empty goes."""
    kept = []
    for paragraph in paragraphs:
        if not _HANDED_ON.search(paragraph.text):
            kept.append(paragraph)
            continue
        spans = [
            sentence.span()
            for sentence in _SENTENCE.finditer(paragraph.text)
            if han_len(sentence.group()) < _ASIDE_LENGTH and _is_cover_note(sentence.group())
        ]
        written, text = _without_spans(paragraph.written, paragraph.text, spans)
        if text.strip():
            original = written.strip() if paragraph.original else ""
            kept.append(replace(paragraph, text=text.strip(), original=original))
    return kept


def without_forwarding_note(paragraphs: list[Paragraph], lines: list[str]) -> list[Paragraph]:
    """`paragraphs` (main_text of `lines`) without the note a mail passes its text on with, over the
    mail it forwards (各位同事： / 转一篇…，大家有空看看。 / 王晨 / 发自我的iPhone, then -------- 转发的邮件
    -------- or the forwarded mail's headers): where the mail below holds more of the text's prose than
    the note, and the note passes the mail on or greets its readers (see _PASSES_ON), the note is the
    sender's word on the material (who it is for, what to do with it by when), not its matter. (Where the note holds more, it is a reply that carries the text: see _quoted_mail.)
    A chain of forwards (a note over a forward, whose own note is over the mail that carries the text)
    loses each note in turn, the same way.
    Apart from main_text: the titles package reads the note as the sign of a headline below it."""
    if not any(_MAIL_FIELD.match(line) or _MAIL_RULE.fullmatch(line) for line in lines):
        return paragraphs  # (most documents are no mail)
    texts = [_cleaned(raw)[1] for raw in lines]
    headers = _mail_headers(texts)
    start = 0  # the lines up to `start` are notes and headers already told
    written = False  # a line of the mail's own above, no header
    for number, text in enumerate(texts, 1):
        if number not in headers:
            written = written or bool(text.strip())
        elif written:
            above = [texts[line - 1] for line in range(start + 1, number) if line not in headers]
            if _prose(above) >= _prose(texts[number:]) or not _passes_on(above):
                break
            start, written = number, False
    return [paragraph for paragraph in paragraphs if paragraph.line > start] if start else paragraphs


def _passes_on(note: list[str]) -> bool:
    """Whether the lines of a note above a mail hand the mail on or only answer it (see _PASSES_ON)."""
    if any(map(_PASSES_ON.search, note)):
        return True
    return any(map(_ANSWERS.search, note)) and sum(map(han_len, note)) <= _ANSWER_MAX


def has_mail_headers(texts: list[str]) -> bool:
    """Whether the lines hold a mail's headers: a run of its fields, the sender's among them."""
    return any(_header_runs(texts))


def mail_header_runs(texts: list[str]) -> list[list[int]]:
    """The line numbers (1-based) of each run of a mail's headers in the lines, the sender's among
    them: a forward's or a reply's quoted mail, where a saved mail's text holds one."""
    return list(_header_runs(texts))


def _header_runs(texts: list[str]) -> Iterator[list[int]]:
    """The line numbers of each run of a mail's fields (see above) with the sender's among them."""
    run: list[int] = []
    for number, text in enumerate([*texts, ""], 1):
        if _MAIL_FIELD.match(text):
            run.append(number)
            continue
        if len(run) >= _MAIL_FIELDS and any(_MAIL_SENDER.match(texts[line - 1]) for line in run):
            yield run
        run = []


# ---------------------------------------------------------------- readers' comments
# A reader's comment under a post, as an app prints it after the text: the reader's name, the words,
# and a footer of when (11-20, 2024-03-18 21:07, 3天前, 昨天 20:15), maybe from where (浙江, IP属地江苏),
# and the comment's likes and buttons (赞 56 回复, 12赞, 回复).
_COMMENT_TIME = (
    r"(?:(?:\d{4}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2})?|\d{1,2}:\d{2}"
    r"|(?:\d{1,2}|[一两三四五六七八九十几半]+)\s*(?:秒|分钟|小时|天|周|个月)前|(?:昨天|前天|今天|刚刚)(?:\s*\d{1,2}:\d{2})?)"
)
_COMMENT_FOOTER = re.compile(
    rf"\s*{_COMMENT_TIME}(?:\s*[·・|]?\s*(?:IP\s*属地\s*)?[\u4e00-\u9fff]{{2,6}})?"
    r"(?:\s*[·・|]?\s*(?:(?:赞同?|点赞|♡|❤️?|👍)\s*\d*(?:\.\d+)?[万wW]?|\d+\s*赞|回复|举报))+\s*"
)
_COMMENT_LINES = 3  # lines of a comment at the most over its footer: the name and the words


def _comments(texts: list[str], last: int) -> set[int]:
    """The line numbers of the readers' comments after the text's last line of prose (line `last`):
    each footer (see above) and the lines of its comment over it, up to _COMMENT_LINES, back to a
    blank line, the footer before or the text's end, none of them prose (see is_body)."""
    found: set[int] = set()
    for number in range(last + 1, len(texts) + 1):
        if not _COMMENT_FOOTER.fullmatch(texts[number - 1]):
            continue
        found.add(number)
        above = number - 1
        while above > last and number - above <= _COMMENT_LINES and above not in found:
            line = texts[above - 1]
            if not line or is_body(line) or _COMMENTS_HEAD.fullmatch(line):
                break  # (the count of the comments heads them: after it the text has ended)
            found.add(above)
            above -= 1
    return found


# ---------------------------------------------------------------- a chat's export
# A chat saved or copied as text (WeChat, QQ, DingTalk) heads each message with a line of the
# sender's name and the time it was sent (林老师（华中申论）  20:02, 2024-05-16 20:02:11 小鹿同学, 小周
# 昨天 下午8:02), and sets the app's notices on lines of their own (“某某”撤回了一条消息, 某某邀请某某加入了
# 群聊). A name opens with no digit: a forum's floor (1楼 2024-03-12 21:35) heads a post, whose text is
# the poster's.
# (a learner's log in sources opens its rows with the same days, or a day's count: 第3天, Day 3)
_DAY = rf"(?:{DAY_IN_FIGURES}|昨天|前天|今天|{WEEKDAY})"
_CLOCK = rf"(?:{_DAY}\s*)?(?:上午|下午|晚上|中午|凌晨)?\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
_SENDER_NAME = r"[^\s\d：:，。；！？“”][^\s：:，。；！？“”]{0,15}(?:\s?[（(<][^（()）<>]{1,20}[）)>])?"
_SENDER = re.compile(rf"\s*(?:(?P<name>{_SENDER_NAME})\s*{_CLOCK}|{_CLOCK}\s*(?P<after>{_SENDER_NAME}))\s*")
_CHAT_NOTICE = re.compile(
    r".{0,30}(?:撤回了一条(?:成员)?消息|(?:加入|退出|移出)了?群聊|拍了拍|修改群名为|成为新?群主|开启了群聊邀请确认)"
    r".{0,30}|\W{0,4}以下为新消息\W{0,4}|\W{0,4}以上是打招呼的内容\W{0,4}"
)
_CHAT_SENDERS = 3  # sender lines at least, each over a message, in a chat's export
# han characters: a message shorter than this in all its lines is the members' talk (收到，谢谢林老师！,
# @所有人 今晚的批改范文发一下); a text one of them passes on (a model essay, a speech) is longer
_CHAT_TALK = 60
# what a short message says that is still worth learning: a concept and what it holds (两个维护：坚决
# 维护…), a series (政治意识、大局意识、…): a teacher's note in a study group, not talk
_CHAT_CONTENT = re.compile(r"[^\s：:]{2,12}[：:]\s*[^\s：:]|、")


def _senders(texts: list[str]) -> dict[int, str]:
    """The lines that head a message (see above), by number, with the sender's name: each line of
    a name and a time over a line that is none. A chat's members speak more than once, so one name
    comes twice or more; where none does, or fewer than _CHAT_SENDERS lines head a message, there
    are none (a meeting's agenda, 9:00 开幕式 / 9:30 领导讲话, names each item once, a line each)."""
    senders = {}
    following = ""  # the next line that is not empty, walking from the end
    nexts = [""] * len(texts)
    for index in range(len(texts) - 1, -1, -1):
        nexts[index] = following
        following = texts[index] or following
    for number, text in enumerate(texts, 1):
        sender = _SENDER.fullmatch(text)
        message = nexts[number - 1]
        if sender and message and not _SENDER.fullmatch(message):
            senders[number] = sender["name"] or sender["after"]
    names = Counter(senders.values())
    if len(senders) < _CHAT_SENDERS or names.most_common(1)[0][1] < 2:
        return {}
    return senders


def _chat_lines(texts: list[str]) -> set[int]:
    """The line numbers of a chat's export that are the app's and its members' (see above): each
    message's sender line, the app's notices, and the messages that are talk (_is_talk), not a
    text passed on or a note worth learning."""
    senders = _senders(texts)
    if not senders:
        return set()
    dropped = set(senders)
    first = min(senders)
    dropped.update(n for n, text in enumerate(texts, 1) if n > first and _CHAT_NOTICE.fullmatch(text))
    ends = [*sorted(dropped), len(texts) + 1]
    for sender in senders:
        end = ends[bisect.bisect_right(ends, sender)]
        message = [n for n in range(sender + 1, end) if texts[n - 1]]
        if _is_talk([texts[n - 1] for n in message]):
            dropped.update(message)
    return dropped


def _is_talk(message: list[str]) -> bool:
    """A chat message that is the members' talk: all its lines short of _CHAT_TALK together, none of
    them a numbered point or a note worth learning (_CHAT_CONTENT)."""
    return sum(map(han_len, message)) < _CHAT_TALK and not any(
        SECTION.match(text) or _CHAT_CONTENT.search(text) for text in message
    )


def _opens_block(text: str, before: list[Paragraph]) -> str | None:
    """A line that opens a block to skip: the names of attachments (附件：1.…), or an exam paper's
    instructions (注意事项), which stand on its cover, before any prose."""
    attachments = _ATTACHMENTS.match(text)
    if attachments and _NUMBERED.match(text[attachments.end() :]):
        return "attachments"
    if _INSTRUCTIONS.fullmatch(text) and not any(is_body(p.text) for p in before):
        return "instructions"
    return None


# A heading that a slide or a page repeats with a mark that it goes on (发展银发经济（续）, 二、主要做法(续2))
_CONTINUED = re.compile(r"(?P<words>.+?)\s*[（(]\s*续\s*\d{0,2}\s*[）)]\s*")


def _continues_heading(text: str, paragraphs: list[Paragraph]) -> bool:
    """Whether a heading marked as continued (see _CONTINUED) repeats a heading kept above it: its words
    are that heading's, and what follows it goes on under that heading. A heading whose words come
    first here (（续） after a new title) stays."""
    continued = _CONTINUED.fullmatch(text)
    if not continued:
        return False
    words = re.sub(r"\s+", "", continued["words"])
    return any(p.heading and re.sub(r"\s+", "", p.text) == words for p in paragraphs)


def _still_skipping(block: str, text: str, marked: LineLayout = _NO_LAYOUT) -> bool:
    """The block being skipped goes on: the attachments' names are short numbered lines; a to-do
    list's tasks are list items (a Markdown bullet, a box, a number); the instructions run on
    (wrapped lines too) until a short heading (给定资料)."""
    if block == "to-do":
        return not marked.heading and bool(marked.bullet or _LIST_ITEM.match(text))
    if block.startswith("remarks"):  # (to a heading of its level or above: the note goes on there)
        level = int(block.split()[1])
        return not marked.heading or bool(level and marked.heading > level)
    if block == "attachments":
        return bool(_NUMBERED.match(text)) and han_len(text) <= 30 and not re.search(r"[，。；：]", text)
    return not (
        han_len(text) <= 12 and not re.search(r"[，。！？；：!?]", text) and not _NUMBERED.match(text)
    )


# ---------------------------------------------------------------- shared with titles

# A line that opens a section or an item, not the document: 一、 (一) 1. ① 一是 首先 第一章 【考点一】
SECTION = re.compile(
    r"\s*(?:" + _ITEM_NUMBER + r"|第[一二三四五六七八九十百\d]{1,3}[章节部分篇讲课单元题条,，、:：]"
    r"|(?:首先|其次|再次|最后)|【[^】]{0,8}[一二三四五六七八九十\d]+】|[-•·●■◆*+]\s)"
)
_CHUNK_SEPARATORS = re.compile(r"\s*[\s·|｜>»]\s*")


def is_body(text: str) -> bool:
    """A line of the body's prose: long, with a sentence's punctuation."""
    return han_len(text) >= 30 and bool(re.search(r"[。！？；!?;]", text))


# A topic's or a column's name over the headline (学习贯彻…精神专题, 理论专栏)
TOPIC = re.compile(r"(?:专题|专栏|栏目|频道|系列报道|特别报道)$")
# who runs a site (某某日报社主办, 主办：某某市人民政府 承办：…)
RUN_BY = re.compile(r"(?:主办|承办|协办|主管|出品|技术支持)\s*(?:单位)?\s*$|^\S{2,20}\s+(?:主办|承办)\s")


def is_site_line(view: str) -> bool:
    """A banner: a site's or channel's name, alone or beside others (百学范文网 心得体会); not a
    sentence or a numbered heading."""
    if re.search(r"[，。！？“”]", view) or SECTION.match(view):
        return False
    chunks = [chunk for chunk in _CHUNK_SEPARATORS.split(view) if chunk]
    names = [chunk for chunk in chunks if is_site_name(chunk)]
    # beside the names, a banner has a column's name or a date, not a headline (某某网 — 标题)
    return bool(names) and all(chunk in names or han_len(chunk) <= BANNER_WORD for chunk in chunks)


BANNER_WORD = 8  # han characters: a column's or a service's name (政务公开专栏, 无障碍浏览)
