"""Boilerplate: the chrome of web pages, WeChat articles, official documents and PDF text that
main_text drops, and the article text it keeps (rule tables over made-up lines)."""

from __future__ import annotations

from pathlib import Path

import pytest

from yaodian.extractors import extract_document
from yaodian.extractors.boilerplate import (
    is_boilerplate,
    is_furniture,
    main_text,
    without_cover_notes,
    without_forwarding_note,
    without_listed_headlines,
)
from yaodian.extractors.text import clean_line
from yaodian.sources import LineLayout, read_document

DATA = Path(__file__).resolve().parent / "data"

PROSE = (
    "近年来，各地坚持把抓基层、打基础作为长远之计和固本之举，推动资源、服务、管理向基层下沉，"
    "让小事不出村、大事不出镇成为常态。"
)


def _kept(lines: list[str]) -> list[str]:
    return [p.written for p in main_text(lines)]


@pytest.mark.parametrize(
    "line",
    [
        # a site's or channel's banner
        "中新网·甘肃新闻",
        "某某范文网 工作总结",
        "江南日报数字报 | 2024年08月02日 星期五",
        "上一版  下一版  返回目录  放大 缩小 默认 PDF版",
        "第03版：要闻",
        "首页 时政 社会 财经 文旅 教育 健康 图片 视频",
        # editors, authors and sources, in brackets or not
        "【责任编辑：张三 李四】",
        "(责编：王五、赵六)",
        "【编辑:张三】",
        "（作者系某省委党校教授）",
        "（江南日报记者 张三 李四）",
        "主讲人：党史党建教研部 张三",
        "解读人：县农业农村局农村合作经济指导股",
        "解读机关：区委社会工作部",
        "汇报单位：某某县人民政府办公室",
        "印发日期：2024年3月5日",
        # a forum post's time, the poster's level and app, a Q&A page's counter
        "发表于 3 天前",
        "Lv.5 考公小白",
        "只看该作者",
        "IP属地：江苏",
        "来自Android客户端",
        "赞同 1.2 万",
        "我要纠错",
        # a slide deck's closing slide, an official document's blank page
        "谢谢观看",
        "感谢聆听！",
        "（此页无正文）",
        "（根据录音整理，未经本人审阅）",
        # picture captions
        "网格员入户走访了解群众诉求。某区委宣传部供图",
        "图为市民在公园晨练。",
        "新华社记者 张三 摄",
        "▲ 网格员入户走访了解群众诉求",
        # page widgets
        "【字号：大 中 小】 【打印本页】 【关闭窗口】",
        "【字号 大 中 小】",
        # a government page's metadata block and an official document's furniture
        "索 引 号：006942183/2023-00117        主题分类：综合政务",
        "发文机关：某某省人民政府              成文日期：2023年05月12日",
        "有 效 性：有效",
        "某某省人民政府办公厅文件",
        "某政发〔2023〕11号",
        "（此件公开发布）",
        "某某省人民政府办公厅                    2023年5月15日印发",
        "抄送：省委各部门，省人大常委会办公厅，省政协办公厅。",
        "网站标识码：3609000001   ICP备案号：某ICP备05001234号-1",
        # PDF pages: numbers, classification marks
        "第 3 页 共 8 页",
        "第3页",
        "— 2 —",
        "- 12 -",
        "3/8",
        "绝密★启用前",
        "【内部资料 请勿外传】",
        "党校内部教学资料 请勿外传",
        # WeChat articles
        "点击蓝字 关注我们",
        "👆👆👆 设为星标⭐，第一时间获取干货",
        "阅读原文",
        # notices of download, VIP and use
        "下载本文档需消耗1个积分，开通VIP会员可免费下载全站文档。",
        "注音说明：为方便读者阅读，本站对文中部分生僻字加注汉语拼音。",
        "本笔记仅供个人复习使用，禁止转载、倒卖",
        "素材来源于官方文件及网络，侵删。",
        "【导语】以下是某某网小编为大家整理的学习心得体会，仅供参考，希望对您有所帮助！",
        "考生须知：本场面试共4道题，作答时间15分钟。请考生看题后开始作答。",
        # page footers in dashes or brackets, a newspaper's page line, a table of contents
        "— 第 1 页 共 4 页 —",
        "（第3页/共8页）",
        "2024年7月2日 星期二 第04版 评论",
        "某某日报社出版  第4版  评论",
        "第一章  发展环境……………………………………1",
        # credits, however labelled, and a name under its label
        "本版责编：刘 念 周 岚 孙 亦",
        "版式设计：赵 欣",
        "初审：张蕾 复审：宋佳 终审：陈立群",
        "报告人：县长 林志诚",
        "文/张三 图/新华社",
        "某某县政府　印制",
        # notices of use and calls to follow, however worded
        "本资料仅供班级学员内部学习使用，严禁上传网络、转载或翻印，违者追究责任。",
        "更多真题解析，请关注公众号【申论小灶】，回复“归纳”领取全部题本PDF。",
        "Copyright © 2008-2024 某某新闻网 All Rights Reserved",
        # buttons, an update's date, a reference, a word count, a report's closing formula
        "查看答案",
        "点击展开答案",
        "持续更新中…… 上次更新 2024/9/16",
        "[2]参见《全国生态环境保护大会在京召开》，《人民日报》2023年7月19日。",
        "（全文约1180字）",
        # a journal article's own data
        "基金项目：某某市哲学社会科学规划课题“城市社区治理创新研究”（YZ24C017）",
        "收稿日期：2025-11-06",
        "作者简介：王某（1983—），男，中共某某市委党校副教授，主要研究方向为基层治理。",
        "以上报告，如有不妥之处，请各位领导、同志们批评指正。",
        # a site's menu of words of mixed lengths, a call to scan or join a group, where a text
        # says it comes from
        "首页 政务公开 政务服务 互动交流 走进松江",
        "扫码加入遴选备考群，领取最新资料",
        "扫码加入我们的遴选备考交流群，每天推送时政热点和申论范文",
        "本文档由语雀导出 · 原文档：申论素材库 / 03 基层治理",
        "本文首发于知乎专栏「遴选上岸笔记」，欢迎交流",
        # a note on whose view it is and how it may be reprinted
        "※本文為作者個人觀點，不代表本院立場。歡迎轉載，惟請註明出處。",
        "（本文仅代表作者观点，不代表本网立场）",
        "如需转载，请注明出处及作者。",
        # a platform's verification of the account, the attendance under a meeting's minutes
        "微博认证：某某教育咨询公司申论讲师",
        "知乎认证：某某大学公共管理学院副教授",
        "列席：县财政局、城关镇、东坪乡有关负责同志",
        "参加：市住建局林海东，市发展改革委许嘉，市财政局郭晓岚，各区政府分管负责同志",
        "参会人员：县委办、县政府办、县民政局主要负责同志",
        # a meeting's file mark and the note on handling its copy, a note on an exam paper's seal
        "某某县第十届人民代表大会第三次会议文件（2） 此件会后收回",
        "大会文件（4）",
        "（会后收回）",
        "注意保存",
        "装订线内不要答题",
    ],
)
def test_chrome_is_dropped(line: str) -> None:
    assert _kept([line, PROSE]) == [PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "一、加强组织领导",
        "（一）指导思想。以新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。",
        "2024年3月5日，十四届全国人大二次会议在北京开幕。",
        "图书馆、博物馆、文化馆等公共文化设施全部免费开放。",
        "要善于用镜头记录时代，讲好基层故事，把拍摄",
        "A. 科技金融 B. 绿色金融 C. 普惠金融 D. 养老金融",
        "国内生产总值增长5.2%，居民消费价格上涨0.2%。",
        "建强组织 把支部建在网格上",
        "坚定不移走生态优先绿色发展之路 奋力谱写共同富裕新篇章",
        "织密基层治理一张网",
        "稳中求进 守正创新 先立后破 系统集成",
        "要广泛发动群众，建立群众身边的交流平台。",
        "织密社会保障网 兜牢民生底线",
        "（三）织密基层治理网",
        "（2024年8月1日中国共产党某某市第十三届委员会第七次全体会议通过）",
        "注意事项",  # not on a cover: a section of the text
        # a question's options, a note's signs and figures, a table's rows: no menu
        "A. 连续性　B. 创新性　C. 统一性　D. 包容性",
        "三高 = 高科技、高效能、高质量",
        "二、是什么（定义 + 内涵）",
        "中国式现代化 5 个特征",
        "快递员        6150      26.3%",
        "供给保障 | 粮食综合生产能力（万吨） | 108.6 | >110 | 约束性",
        # an item or a label is no button, and no widget by one word
        "⑫ 退休",
        "问题：",
        "2.完善经营主体退出机制。推进简易注销、普通注销“一窗通办”。（牵头单位：登记注册处）",
        "（二）畅通投诉举报渠道，12315热线接通率达到90%以上。",
        # a note's remark on itself is one only in its head
        "说明：（1）“管行业必须管安全”，解决的是行业主管部门的责任问题。",
        # prose that cites a source or names who ran an event
        "引用他人研究成果必须注明出处，这是学术规范的基本要求。",
        "本次论坛由市委宣传部主办。",
        # prose that names a post, a report or thanks
        "发表于《人民日报》的评论员文章指出，基层减负关键在落实。",
        "向市委汇报时，要讲清楚问题、原因和对策。",
        "感谢群众的理解和支持，我们将继续改进工作。",
        # prose that says how papers are kept or handed back
        "各单位要注意保存好原始凭证，会后收回的材料统一登记。",
    ],
)
def test_article_text_is_kept(line: str) -> None:
    assert _kept([PROSE, line]) == [PROSE, clean_line(line)]


def test_anti_scraping_junk_is_cut_out_of_the_sentence() -> None:
    line = "认真学习党的二十大报告，我深受教育、倍受鼓舞。6 l' m! I; U- Z2 b% w 报告旗帜鲜明、思想深邃。"
    assert _kept([line]) == ["认真学习党的二十大报告，我深受教育、倍受鼓舞。报告旗帜鲜明、思想深邃。"]


@pytest.mark.parametrize("dateline", ["中新网萍乡5月16日电（记者 张三）", "萍乡日报讯（记者 张三）"])
def test_a_news_agency_dateline_is_cut_from_its_paragraph(dateline: str) -> None:
    line = f"{dateline}走进下埠镇党群服务中心，前来办事的群众络绎不绝。"
    assert _kept([line]) == ["走进下埠镇党群服务中心，前来办事的群众络绎不绝。"]


@pytest.mark.parametrize("byline", ["本报记者 李明远 通讯员 王小川", "记者 陈一帆 欧阳晓 "])
def test_a_papers_byline_glued_before_its_dateline_is_cut_with_it(byline: str) -> None:
    line = f"{byline}本报讯 走进下埠镇党群服务中心，前来办事的群众络绎不绝。"
    assert _kept([line]) == ["走进下埠镇党群服务中心，前来办事的群众络绎不绝。"]


@pytest.mark.parametrize(
    "line",
    ["记者从县农业农村局获悉，今年全县粮食总产量再创新高。", "本报记者深入田间地头，记录下丰收的喜悦。"],
)
def test_a_story_that_opens_on_its_reporter_is_kept(line: str) -> None:
    assert _kept([PROSE, line]) == [PROSE, line]


def test_a_policys_notes_on_one_line_under_its_label_are_kept() -> None:
    line = "注意事项：各地要把答题式的检查改为实地核查，以此为重点开展工作。"
    assert _kept([PROSE, line, PROSE]) == [PROSE, line, PROSE]


def test_an_exam_papers_instructions_on_one_line_are_dropped() -> None:
    line = "注意事项：1.本题本包括给定资料和作答要求两部分。2.考试时限120分钟。"
    assert _kept(["某省遴选申论试卷", "", line, "", PROSE]) == ["某省遴选申论试卷", PROSE]


def test_a_policys_points_for_attention_are_kept() -> None:
    line = "注意事项：各地要严格落实森林防火责任，确保不发生重大火灾。"
    assert _kept([PROSE, line]) == [PROSE, line]


def test_a_running_header_is_dropped_wherever_it_repeats() -> None:
    header = "某某市委党校 2024年秋季学期主体班次辅导讲义"
    lines = [header, PROSE, "一、深刻认识重大意义", header, PROSE, header, PROSE]
    assert header not in _kept(lines)
    assert "一、深刻认识重大意义" in _kept(lines)


def test_repeated_headings_of_a_notebook_are_kept() -> None:
    lines = [
        "名言金句",
        PROSE,
        "名言金句",
        PROSE,
        "名言金句",
        PROSE,
        "参考答案：",
        "参考答案：",
        "参考答案：",
    ]
    assert _kept(lines).count("名言金句") == 3
    assert _kept(lines).count("参考答案：") == 3


@pytest.mark.parametrize(
    "marker",
    [
        "往期推荐",
        "—— END ——",
        "· END ·",
        "相关新闻：",
        "本版其他文章：",
        "（完）",
        "【延伸阅读】",
        "（题本完）",
        "注释：",
        "参考文献",
        # a part's own end, a link to the next article, a block of related documents or courses
        "—— 本期完 ——",
        "本卷完。答案有问题欢迎留言",
        "阅读下一篇",
        "相关解读",
        "课程推荐",
        # a WeChat article's marker in arrows, its readers' comments
        "▼ 往期推荐 ▼",
        "精选留言",
        "全部评论（12）",
        # a block of links to the seller's material, under an emoji
        "📚 配套资料",
        "更多资料下载：",
        # a document site's related documents
        "相关文档推荐",
    ],
)
def test_after_an_end_marker_the_teasers_are_dropped(marker: str) -> None:
    lines = [PROSE, marker, "👉2024遴选考点｜新质生产力，一文读懂！", "● 全市召开经济工作会议"]
    assert _kept(lines) == [PROSE]


def test_an_exam_papers_instructions_are_dropped() -> None:
    lines = [
        "2024年度公务员录用考试",
        "注意事项",
        "1.本题本由给定资料与作答要求两部分构成。考试时限为150分钟。其中，阅读给",
        "定资料参考时限为40分钟。",
        "2.监考人员宣布考试结束时，应试者应立即停止作答，严禁折叠答",
        "题卡！",
        "给定资料",
        PROSE,
    ]
    assert _kept(lines) == ["2024年度公务员录用考试", "给定资料", PROSE]


def test_the_names_of_attachments_are_dropped_but_an_attachment_is_kept() -> None:
    lines = [PROSE, "附件：1.某某省数字政府建设重点任务分工方案", "2.名词解释", "某某省人民政府"]
    assert _kept(lines) == [PROSE, "某某省人民政府"]
    glossary = ["附件：名词解释", "1.“三个一批”：签约一批、开工一批、投产一批。"]
    assert _kept([PROSE, *glossary]) == [PROSE, *glossary]


def test_a_label_of_metadata_is_a_notes_own_inside_the_body() -> None:
    keywords = "关键词：降碳、减污、扩绿、增长"
    assert _kept([PROSE, keywords, PROSE]) == [PROSE, keywords, PROSE]
    assert _kept([PROSE, "关键词：乡村振兴 基层治理"]) == [PROSE]
    assert _kept(["标签：乡村振兴 | 基层治理", PROSE]) == [PROSE]
    menu = "关键词：以旧换新 | 新型消费 | 有效投资"  # words between bars, inside the body: no menu
    assert _kept([PROSE, menu, PROSE]) == [PROSE, menu, PROSE]


def test_a_notes_remarks_on_itself_before_its_body_are_dropped() -> None:
    lines = [
        "遴选时政背诵清单",
        "资料来源：二十大报告原文、三中全会《决定》原文、自己做的笔记。有出入以原文为准！",
        "上次整理：2024-08-26　　进度：专题一",
        "【说明】去年备考时整理的，真题是网上回忆版，答案是我自己练的时候写的，不一定标准。",
        "专题一 二十大报告",
        PROSE,
        "资料来源：《条例》第十二条。",  # in the body: the text's own
    ]
    assert _kept(lines) == ["遴选时政背诵清单", "专题一二十大报告", PROSE, "资料来源：《条例》第十二条。"]


def test_numbered_instructions_on_a_cover_are_dropped() -> None:
    lines = [
        "一、注意事项",
        "1.本题满分50分，建议作答时间60分钟。",
        "2.请在答题卡指定位置作答。",
        "二、给定材料",
        PROSE,
    ]
    assert _kept(lines) == ["二、给定材料", PROSE]


def test_the_view_reads_full_width_digits_as_ascii_and_the_text_keeps_them() -> None:
    paragraph = main_text([PROSE, "１３．重奖激励安全生产隐患举报。"])[1]
    assert (paragraph.text, paragraph.written) == (
        "13．重奖激励安全生产隐患举报。",
        "１３．重奖激励安全生产隐患举报。",
    )


@pytest.mark.parametrize(
    "watermark",
    [
        "某某新闻网原创 未经授权禁止转载",
        "Q7dM3#某某网",
        "某某新闻网-版权所有",
        "mysite.cn_09b3e",
        "公文大全网-免费材料下载",  # (a 大全网 is a site's name, though 安全网 is no site)
    ],
)
def test_a_sites_watermark_after_the_last_sentence_is_cut(watermark: str) -> None:
    assert _kept([PROSE + watermark]) == [PROSE]


@pytest.mark.parametrize(
    "line",
    [
        PROSE + "（牵头单位：市发展改革委）",
        "高端芯片、工业软件、基础材料等关键领域仍然存在不少“卡脖子”问题",
        "各地坚持把抓基层、打基础作为长远之计和固本之举。要把资源服务管理下沉到基层网格",
        "要兜牢民生底线，不断健全社会保障体系。织密织牢社会保障安全网",
        "数字化转型要统筹推进。一网通办、全网",
    ],
)
def test_words_after_the_last_sentence_that_name_no_site_are_kept(line: str) -> None:
    assert _kept([line]) == [clean_line(line)]


def test_a_project_code_inside_a_papers_funding_note_leaves_the_note_whole_to_be_dropped() -> None:
    note = "（本文系某某省社科规划项目“新时代党的自我革命理论与实践研究”〔23DJ017〕阶段性成果）"
    assert _kept([PROSE, note]) == [PROSE]


def test_a_prose_line_that_names_a_reply_is_kept() -> None:
    line = "回复群众关切：对群众反映的问题，做到件件有回音、事事有着落。"
    assert _kept([PROSE, line, PROSE]) == [PROSE, line, PROSE]


def test_a_sites_banner_with_who_runs_it_is_dropped_above_the_text() -> None:
    assert _kept(["某某新闻网 | 中共某某区委宣传部主办", PROSE]) == [PROSE]


def test_an_editors_label_is_cut_from_its_paragraph() -> None:
    assert _kept(["【编者按】" + PROSE]) == [PROSE]


@pytest.mark.parametrize(
    "line",
    [
        # whom a speech or a notice addresses, on a line of its own
        "各位代表！",
        "同志们、朋友们！",
        "尊敬的各位领导、各位来宾：",
        "各位委员、列席会议的同志们：",
        # offices addressed by their titles beside the hearers, as a report to a standing committee opens
        "主任、各位副主任、秘书长、各位委员：",
        "各乡镇人民政府、街道办事处，县直各部门、各有关单位：",
        "各县（市、区）教育局，局机关各处室、各直属单位：",
        # organisations named by a council or a federation (管委会, 总工会, 妇联)
        "各市（区）人民政府，某某高新区（某区）管委会，市各委、办、局，市各直属单位：",
        "各县（市、区）总工会，市妇联，市直各单位：",
        # schools among the addressees (院校, 高校)
        "各县区人民政府（管委会），市政府各部门、各直属机构，各高等院校：",
    ],
)
def test_a_line_that_only_says_whom_the_text_addresses_is_dropped(line: str) -> None:
    assert _kept([line, PROSE]) == [PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "同志们，基层是一切工作的落脚点和出发点，必须把基层基础打得更牢。",
        "坚持党的领导：",
        "各地要重点做好以下工作：",
        "我们要做到：",
        # schools a list's lead names, no 主送 line (各高等院校 only beside other organisations)
        "本次专项检查覆盖全省各类高校：",
        "各高校：",
    ],
)
def test_a_sentence_or_a_lead_that_names_its_hearers_is_kept(line: str) -> None:
    assert _kept([line, PROSE]) == [line, PROSE]


def test_an_exam_questions_answer_rules_are_dropped_or_cut_off_the_question() -> None:
    lines = [
        "第一题：根据给定资料，概括某镇网格化管理存在的问题。（20分）要求：全面、准确、有条理；不超过200字。",
        "要求：观点明确，分析透彻，不超过300字。",
        "作答要求：（1）紧扣资料，观点鲜明；（2）结构完整，层次清晰，符合",
        "讲话稿的文体要求；（3）字数1000字左右。",
        "要求：",
        "（1）自选角度，立意明确；",
        "（2）总字数1000～1200字。",
        PROSE,
    ]
    assert _kept(lines) == ["第一题：根据给定资料，概括某镇网格化管理存在的问题。（20分）", PROSE]


def test_an_essays_numbered_requirements_on_the_labels_line_are_kept() -> None:
    """要求：（1）…（2）… on one line is the question's list of what an answer must do, kept for the
    outline; the same rules run over lines under the label, or unnumbered, still go."""
    line = "要求：（1）立意鲜明，论证有力；（2）紧扣材料，不照抄材料；（3）总字数800～1000字。"
    assert _kept([line, PROSE]) == [line, PROSE]
    assert _kept(["要求：", "（1）立意鲜明；", "（2）总字数800～1000字。", PROSE]) == [PROSE]
    assert _kept(["要求：立意鲜明，全文不超过800字。", PROSE]) == [PROSE]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # a short question's numbered rules: how it is marked
        ("作答要求：（1）紧扣材料，条理清楚；（2）不超过250字。", None),
        ("要求：（1）格式规范；（2）语言得体，有说服力；（3）不超过450字。", None),
        # an essay's glued after its question: cut off the question as ever
        (
            "三、围绕乡村治理，联系实际写一篇文章。（40分）要求：（1）立意鲜明；（2）篇幅1000～1200字。",
            "三、围绕乡村治理，联系实际写一篇文章。（40分）",
        ),
    ],
)
def test_numbered_rules_of_a_short_question_or_glued_to_it_still_go(line: str, kept: str | None) -> None:
    assert _kept([line, PROSE]) == [*([kept] if kept else []), PROSE]


def test_requirements_that_set_no_answers_length_are_the_texts_own() -> None:
    lines = [
        "要求：",
        "（1）压实属地责任，层层签订责任书；",
        "（2）加强火源管控，严禁野外用火。",
        "总体要求：坚持稳中求进工作总基调，不超过预算安排的支出一律不得列支。",
    ]
    assert _kept(lines) == lines


# ---------------------------------------------------------------- asides: what a page or a writer
# says to the reader beside the text


@pytest.mark.parametrize(
    "line",
    [
        # files to download, with their size or pages
        "附件2.某某市政务服务事项目录.xlsx（56KB）",
        "某镇2025年工作总结.docx 6页",
        "二〇二五年政府工作报告全文（PDF，2.4MB）",
        # a search box, a post's counters, a page's controls and questions
        "请输入关键词  搜索",
        "回复：42  点击：8815",
        "查看全部 126 个回答",
        "本页内容对您有帮助吗？ 是 否",
        "【我要纠错】",
        "[复制链接]",
        "本文共阅读 1144 次",
        "全文约2600字，阅读需要7分钟",
        "更多精彩内容请进入理论频道",
        "2025年3月8日 星期六",
        # a metadata block's row in a table, its labels spaced out or without a colon
        "| 索 引 号： | 11330000002482/2025-00031 | 信息分类： | 政府文件 |",
        "| 文　　号： | 某政办发〔2025〕7号 | 有 效 性： | 有效 |",
        "索   引   号 20191202-189769 分        类 其他",
        "浏览人次：2,417",
        "联系人：王某，联系电话：0571-8888xxxx",
        # a date alone, as a document or a speech dates itself
        "（2025年3月6日）",
        "2025年3月5日",
        "二〇二五年三月五日",
        # a speech's byline, its thanks and its closing formula
        "市委常委、常务副市长  周明远",
        "（支部书记  王某  2025年4月）",
        "（中共某某镇委员会书记、一级主任科员）",
        "谢谢大家！",
        "以上讲话，请大家批评指正。",
        "谢谢聆听！欢迎批评指正",
        "讲得不对的地方，请大家多批评。",
        # an official document's transmittal formula, a 版记 dated with dots
        "《某某市优化营商环境行动方案》已经市政府同意，现印发给你们，请认真贯彻执行。",
        "市委办公室　2025.3.19印发　共印30份",
        # an exam room's rules, a paper's size, a page number under the paper's name
        "请在答题卡指定位置作答，在试卷上作答无效。",
        "2.监考人员宣布考试结束时，应立即停止作答。",
        "本套题共4题，满分100分，建议用时150分钟",
        "遴选笔试试卷 第 1 页 共 3 页",
        # a journal's issue, a paper's compiler, editors named without a colon
        "第12卷 第3期 某某市委党校学报 Vol.12 No.3",
        "某某市委党校学报 2025年第3期",
        "党建教研室 编印 2025年3月",
        "编辑 陈某 校对 刘某",
        "（某某区委组织部 供稿）",
        # a pointer to the next part, a placeholder, a note on the text itself
        "下期预告：党史上的重要会议",
        "下一专题：乡村振兴",
        "明日预告：Day 37 主题“新型城镇化”",
        "下节预告：第9讲 基层治理中的数字赋能",
        "每天一篇干货，陪你上岸",
        "（有问题可以在下面问，看到都会回）",
        "转自某某日报理论版，供各党小组组织学习讨论使用",
        "（二维码）",
        "[图片]",
        "（注：本题与第2题材料相同，为排版错误，请忽略）",
        "（本文系“基层治理一线观察”系列报道之二）",
        # a learner's study log and a note's revisions
        "⬜ 还要补一个本省案例",
        "复习节奏：周二、周五各过一遍",
        "“三治融合”那句老忘",
        "整理 by 小岚 ｜ 2025.03 初稿，2025.05 二次修订",
        "明日计划：读第三章“三治融合”，整理一页笔记。",
        "下周任务：背熟五个对策要点",
        # a promotion's call
        "点击领取面试备考资料包",
        "本页仅自己复习用，内容可能有误",
    ],
)
def test_an_aside_to_the_reader_is_dropped(line: str) -> None:
    assert _kept([line, PROSE]) == [PROSE]


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        # a journal's log of the day's study, by its count; a remark on what the learner mixes up
        ("今天背了 4 组，明天复习“六个必须坚持”", True),
        ("上午复习了3遍基层治理的规范表述", True),
        ("备注：这一组容易和“六个必须坚持”混，明天用卡片再过一遍", True),
        ("这三条容易跟“四个全面”弄混", True),
        # what was done on a day, and things that mix, in a text's own sentences
        ("今天学习了总书记重要讲话精神，深受教育。", False),
        ("今年全县共完成了12个村的改造。", False),
        ("有害垃圾容易和其他垃圾混合，必须分类投放。", False),
        ("不能把“放管服”改革和简单放权混为一谈。", False),
        # ... a speech's people who did so much, the written word for being confused, a subject of the text's
        ("早上 背了两组，晚上默写", True),
        ("这个容易和第三条记混", True),
        ("上午复习了三遍文件精神的人，下午就能把政策讲清楚。", False),
        ("今天学完两遍教材的同志，发言就有底气。", False),
        ("形式主义容易和官僚主义混淆，要加以区分。", False),
        ("“放管服”改革容易和简单放权混为一谈，必须准确把握。", False),
    ],
)
def test_a_learners_log_among_the_text_is_dropped(line: str, dropped: bool) -> None:
    kept = _kept([PROSE, line, PROSE])
    assert kept == [PROSE, PROSE] if dropped else len(kept) == 3


@pytest.mark.parametrize(
    "line",
    [
        # prose near the asides' words: reading, counting, dates in a sentence, a time-honoured brand
        "本次会议为期3天，阅读材料需要20分钟。",
        "学员每天阅读原著不少于30分钟",
        "大力弘扬老字号：传承创新",
        "2025年3月5日，十四届全国人大三次会议在北京开幕。",
        "（2024年8月1日中国共产党某某市第十三届委员会第七次全体会议通过）",
        # a point marked by a tick, a heading about learning by heart, a numbered heading
        "✅ 推荐立意：以人才振兴带动乡村全面振兴。",
        # a plan of work, not a learner's plan for its next sitting
        "下周安排：看望慰问困难党员和老干部。",
        "明年计划：新建两所乡镇卫生院。",
        "下一步计划：整理规范村级档案，推动村务公开。",
        "✔有利于优化营商环境，进一步激发经营主体活力和社会创造力；",
        "七、自测（合上本子默写）",
        "【延伸积累】对策题常用“万能”表述（背熟可直接化用）：",
        # a headline that ends in a call to save it, a sentence that holds one beside its point
        "【时政】2026年申论高频热点汇总（新质生产力+基层减负），建议收藏",
        "老师的评价“观点散、论证空、语言白”，对应大作文的三大硬伤，下面分六点来讲，建议先收藏。",
        # prose that names a contact's office or an exam
        "要让群众办事不迷路、少跑腿，把服务送到家门口。",
        # a headline in two halves, a date in a note's heading, a compilation's name
        "以改革促增长 强信心",
        "总书记2024.3.5在江苏代表团的讲话要点",
        "二十大报告金句 汇编",
        "严格落实考试安全责任，确保考务工作规范有序。",
        # an official notice's deadline to its units, its formula before its points, a sentence ending in 好
        "请各地于每周五前报送工作进展。",
        "各单位要于每周五前上交工作进展。",
        "会议定于上午9:30在三楼会议室召开，大家要准时参加。",
        "请大家重点把握以下3点。",
        "现将有关事项通知如下：",
        "这样做对群众好，也对干部好。",
        # critique said of someone, not asked for by a poster
        "有的干部只会对别人的工作拍砖，轮到自己却拿不出办法。",
        "要虚心听取群众批评，主动向老同志求教。",
        # a speech's or an essay's sentence on advice and critique, no plea to a forum's readers
        "年轻干部要主动寻求前辈指点，在实践中增长才干。",
        "遇到难题时，要虚心求教老前辈指点迷津，不要闭门造车，更不能不懂装懂、敷衍了事。",
        "二是畅通诉求渠道，开设“向我拍砖”专栏，欢迎居民拍砖提建议，已收到意见建议800余条。",
        "市纪委开展“请您来拍砖”作风评议活动，共收集意见建议320条。",
        "市长在政务微博上欢迎网友拍砖，一周内收到留言1500余条。",
        "会议要求各级干部敢于请群众拍砖，把群众满意作为第一标准。",
        "要求各地建立健全“请群众拍砖”常态机制，定期公开整改情况。",
        # 轻喷 inside other words, or spraying lightly
        "推广植保无人机统防统治，可以有效减轻喷药作业对农民健康的危害。",
        "花期前可用生物农药稀释后对叶面轻喷一遍。",
        # a request's words inside other words (申请, 邀请), the masses (群众) for a chat group, a requirement
        # reported or on no task of the material, and what a speech or a paragraph says of its hearers
        "群众周末也可在线申请办理营业执照。工作日延长至19:00前，方便群众下班后办事。各级干部务必每周一深入群众走访，倾听群众呼声。",
        "学校要求教师务必课前认真备课，关注每位同学的成长。",
        "各位学员明天上午务必带上身份证参加结业考试。",
        "社区邀请居民周六上午9点到活动室参加议事会，大家踊跃发言。",
        "我还记得每个周末，乡亲们都在群里商量修路的事。",
        "组织会一直陪你们成长！",
        "在基层的每一步，组织都会陪你们进步。",
        "这样对大家好。",
        "把规矩立在前面对大家好。",
        # (a clause before 大家好 or 老师好: a pronoun, a preposition; not hearers)
        "这样安排对我们大家好。考前一周以回顾错题为主。",
        "我们大家好，国家才能好。",
        "学生们对老师好，老师也更用心。",
        "对于他们大家好的事，群众自然拥护。",
    ],
)
def test_prose_near_an_asides_words_is_kept(line: str) -> None:
    assert _kept([PROSE, line]) == [PROSE, clean_line(line)]


def test_traditional_prose_near_a_forum_pleas_words_is_kept() -> None:
    # (the rules read the simplified view: 尋求前輩指點, 歡迎網友拍磚 are the text's own words too)
    for line in [
        "年輕幹部要主動尋求前輩指點，在實踐中增長才幹。",
        "市長在政務微博上歡迎網友拍磚，一週內收到留言1500餘條。",
    ]:
        assert len(_kept([PROSE, line])) == 2


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # a speech's stage directions
        (
            "今天召开全市安全生产工作会议，部署今年任务。（掌声）",
            "今天召开全市安全生产工作会议，部署今年任务。",
        ),
        (
            "（播放视频：某地一起事故的警示片，约6分钟）大家看到，一个小小的隐患，就可能酿成大祸。",
            "大家看到，一个小小的隐患，就可能酿成大祸。",
        ),
        # a note on an error fixed, a journal's classification glued after the keywords
        ("7.以下属于“三个区分开来”的有（）（原答案有误，已改）", "7.以下属于“三个区分开来”的有（）"),
        (
            "关键词：党建引领；基层治理；网格化中图分类号：D267 文献标识码：A",
            "关键词：党建引领；基层治理；网格化",
        ),
        # sentences that only call on the reader to like or follow
        (
            "这段一定要背熟，考场上可以直接用。码字不易，觉得有用的话点个在看吧～",
            "这段一定要背熟，考场上可以直接用。",
        ),
        ("你在工作中遇到过哪些形式主义？欢迎在留言区分享~", "你在工作中遇到过哪些形式主义？"),
        # a contact after the sentence, an omission pointing elsewhere, a button before an answer
        (
            "各单位请于每月25日前报送进展情况，联系人：王某，联系电话：0571-8888xxxx。",
            "各单位请于每月25日前报送进展情况",
        ),
        ("8.中国式现代化的本质要求（9条）：略，见上期讲义P12", "8.中国式现代化的本质要求（9条）"),
        ("10.谈谈如何因地制宜发展新质生产力。（材料略，见原卷P12）", "10.谈谈如何因地制宜发展新质生产力。"),
        ("点击查看答案 答案：C。解析：新质生产力以创新为主导。", "答案：C。解析：新质生产力以创新为主导。"),
        # a forum reply's header before the reply
        (
            "回复 考公第三年 ：思路是对的，可以再加一个：坚持保护第一、传承为要。",
            "思路是对的，可以再加一个：坚持保护第一、传承为要。",
        ),
        # whoever passes the text on presenting it for the readers' study
        (
            "东岭市探索建立“墩苗”“赛马”“容错”机制，激发了干事创业的精气神。现将有关做法予以刊发，供各地参考借鉴。",
            "东岭市探索建立“墩苗”“赛马”“容错”机制，激发了干事创业的精气神。",
        ),
        # a request to a group's members, timed by their week, and a greeting opening a message
        (
            "本周精读材料见下方转发。请周五前把400字以内的摘要发到群邮箱，周日晚8点线上讨论。第三部分“三组关系”建议背下来。",
            "本周精读材料见下方转发。第三部分“三组关系”建议背下来。",
        ),
        ("早上好！周老师发来了本周精读材料，转给大家。", "周老师发来了本周精读材料，转给大家。"),
        # (the hearers named before the greeting, or the time of day after them)
        ("组员们，大家好！这周的讲义放在共享文件夹里了。", "这周的讲义放在共享文件夹里了。"),
        ("大家晚上好～明天上午考申论，带好准考证。", "明天上午考申论，带好准考证。"),
        ("亲爱的同学们好！本周精读材料放在群文件里了。", "本周精读材料放在群文件里了。"),
        ("今晚的材料来了，大家读完在群里交一下答案，22:30截止。第三段要背。", "第三段要背。"),
        # a poster's or an account's words to its readers
        (
            "开头控制在150字以内。需要模板的评论区扣1，我统一发你们～",
            "开头控制在150字以内。",
        ),
        ("以上五点都要结合材料来写。以上，希望对大家有帮助，有问题楼下问。", "以上五点都要结合材料来写。"),
        # a poster's plea for the forum's critique of the piece it posts, and how the piece came about
        (
            "先说一下，这篇是上周模考写的大作文，老师批改给了38分，发上来请各位大佬拍砖，轻喷～结尾一段写得仓促。",
            "结尾一段写得仓促。",
        ),
        (
            "考完凭记忆整理的，欢迎各位大佬拍砖~分论点参考了人民日报评论，每段先亮观点再举例子。",
            "分论点参考了人民日报评论，每段先亮观点再举例子。",
        ),
        (
            "今年遴选的作文题，考场上写的，回来凭记忆整理了一遍，欢迎大家拍砖。下面是正文。",
            "下面是正文。",
        ),
    ],
)
def test_an_aside_inside_a_line_is_cut_out(line: str, kept: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, kept, PROSE]


# Documents of the genre with the chrome pages and files of each kind carry (tests/data/chrome):
# what each must lose, and what it must keep.
CHROME_DOCUMENTS = {
    "gongzhonghao.txt": (
        [
            "原创 小舟",
            "阅读需要7分钟",
            "码字不易",
            "关注不迷路",
            "建议收藏",
            "欢迎在留言区",
            "往期推荐",
            "申论热点｜",
            "在看 21",
        ],
        ["一是精简文件会议", "减负不是减责任", "这段一定要背熟，考场上可以直接用。"],
    ),
    "jianghua.txt": (
        ["周明远", "2025年3月6日", "同志们：", "掌声", "播放视频", "批评指正", "谢谢大家"],
        ["下面，我讲三点意见。", "一、提高政治站位", "大家看到，一个小小的隐患", "党政同责、一岗双责"],
    ),
    "zhengwu_wenjian.txt": (
        [
            "请输入关键词",
            "星期六",
            "索引号",
            "某政办发",
            "各县（市、区）人民政府",
            "现印发给你们",
            "二〇二五年三月五日",
            "重点任务清单.docx",
            "56KB",
            "纠错",
            "本文共阅读",
            "有帮助吗",
        ],
        ["一、提升政务服务效能", "二、强化要素保障", "三、加强法治保障"],
    ),
    "shijuan.txt": (
        ["本套题共4题", "答题卡", "监考人员", "第 1 页 共 3 页", "排版错误", "略，见材料三"],
        ["一、案例分析题", "一是坚持党建引领", "二、公文写作题"],
    ),
    "xuexi_biji.md": (
        ["初稿", "复习节奏", "已改", "还要补一个本省案例", "老忘", "下一专题"],
        ["自治是基础，法治是保障，德治是支撑", "网格化管理、精细化服务、信息化支撑", "1. 党建引领"],
    ),
    "xuebao.txt": (
        # (the keywords under the abstract are the journal's index too, as the corpus's gold and the
        # headline samples' call them)
        ["Vol.12", "中图分类号", "文献标识码", "文章编号", "学报 2025年第3期", "关键词"],
        ["一、组织引领", "三、服务引领"],
    ),
}


@pytest.mark.parametrize("name", sorted(CHROME_DOCUMENTS))
def test_a_documents_chrome_is_dropped_and_its_text_kept(name: str) -> None:
    document = read_document(DATA / "chrome" / name)
    text = "\n".join(p.written for p in main_text(document.lines, document.layout))
    chrome, content = CHROME_DOCUMENTS[name]
    assert [c for c in chrome if c in text] == []
    assert [c for c in content if c not in text] == []


@pytest.mark.parametrize("name", sorted(CHROME_DOCUMENTS))
def test_no_card_of_a_document_carries_its_chrome(name: str) -> None:
    card_file = extract_document(read_document(DATA / "chrome" / name))
    chrome, _ = CHROME_DOCUMENTS[name]
    texts = [card_file.title] + [" ".join([c.prompt, *c.items, c.text, c.extra]) for c in card_file.cards]
    assert card_file.cards
    assert [(c, t) for t in texts for c in chrome if c in t] == []


# Lines that hold a point to learn beside what looks like chrome: the chrome goes, the point stays.


@pytest.mark.parametrize(
    "line",
    [
        # a widget's word that the text's own sentence uses as a word of its matter
        "——政务APP“只减不增”。对强制下载注册的政务应用程序，能关停的关停，能整合的整合。",
        "——坚持实用管用，以群众用得顺手为标准，不以下载量、登录时长论英雄。",
        "做减法：全面清理政务APP和工作群，严禁强制下载、强制打卡；",
        "怎么转化？小编总结了三句话：",
        # an item numbered 一是 is no widget by one word
        "四是重建设轻运营，部分平台和APP活跃度不高；",
        # a teacher's note on a 社区工作者 is no note on the author
        "（老师批注：原因部分可以再加一条“社区工作者待遇低”。结尾升华用“让社区回归服务本位”。）",
    ],
)
def test_a_point_beside_a_widgets_word_is_kept(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, clean_line(line), PROSE]


@pytest.mark.parametrize(
    "line",
    [
        # the same words in a notice to the reader, a list of fields or a site's credit
        "下面是小编精心整理的工作总结，供大家参考借鉴，希望可以帮助到有需要的朋友。",
        "下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑服务。",
        "工作总结及工作打算页数：6页　下载次数：1,284　上传者：lzy_2019",
        "制作单位：某某网股份有限公司 版权所有：某某网股份有限公司",
        "以上发言，请大家批评指正。",
    ],
)
def test_a_notice_with_a_widgets_word_is_still_dropped(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, PROSE]


def test_a_line_a_wrapped_sentence_runs_through_keeps_its_widget_words() -> None:
    # text copied from a PDF, wrapped at a fixed width; and a paragraph markup split at a bold run
    wrapped = [
        "调研组还发现，部分县区热衷于开发各自的APP和小程序，全市各类政务AP",
        "P多达43个，有的下载量不足千次，长期无人维护，成了“僵尸应用”。同时，部",
        "分老年人面对“扫码”“刷脸”无所适从，存在“数字鸿沟”问题。",
    ]
    assert _kept(wrapped) == wrapped
    split = ["激励担当作为", "。落实“三个区分开来”，今年为37名受到不实举报的干部澄清正名，让", "干事者有舞台"]
    assert _kept([PROSE, *split]) == [PROSE, *split]


def test_a_widget_line_after_open_prose_is_still_dropped() -> None:
    # a page's controls under a post that ends without its full stop are no part of its sentence
    post = "基层减负要从源头抓起，文件会议、督查检查都要精简，不能搞变通"
    assert _kept([PROSE, post, "举报 | 回复"]) == [PROSE, post]


def test_a_closing_formula_is_cut_from_the_sentence_that_ends_on_it() -> None:
    line = "根据会议安排，结合近期学习总书记关于新质生产力的重要论述，我谈三点体会，不妥之处请大家批评指正。"
    assert _kept([line, PROSE]) == [
        "根据会议安排，结合近期学习总书记关于新质生产力的重要论述，我谈三点体会。",
        PROSE,
    ]


def test_a_line_whose_words_the_source_emphasises_is_no_widget_by_a_weak_word() -> None:
    line = "“一网格一群”：网格员建微信群，群众有事群里说"
    layout = {2: LineLayout(bullet=1, emphasised=("“一网格一群”",))}
    assert [p.text for p in main_text([PROSE, line, PROSE], layout)] == [PROSE, line, PROSE]
    assert _kept([PROSE, line, PROSE]) == [PROSE, PROSE]  # unmarked, a short line with a widget's word


def test_a_heading_numbered_by_its_section_is_no_button() -> None:
    assert _kept([PROSE, "4.4 法律", PROSE]) == [PROSE, "4.4 法律", PROSE]


@pytest.mark.parametrize(
    "line",
    [
        # a footnote that cites its source, as PDF text keeps it under the page
        "①习近平：《习近平在参加上海代表团审议时强调》，《人民日报》2017年3月6日，第1版。",
        "②习近平：《高举中国特色社会主义伟大旗帜 为全面建设社会主义现代化国家而团结奋斗》，人民出版社2022年版，第54页。",
        # a footnote citing an official document by its issuer and number
        "②青川县委组织部：《关于深化“红色网格”建设的实施意见》（青组发〔2024〕7号）。",
        "[3] 某市人民政府办公室：《某市优化营商环境三年行动方案》（某政办发〔2023〕15号）",
        "③参见陈平：《网格化：城市管理新模式》，北京大学出版社2006年版，第12页。",
        # an outliner's tasks and block properties
        "TODO 把“五个着力点”做成Anki卡片，周末前背完 SCHEDULED: <2024-03-23 Sat>",
        "DONE 整理定义拆分",
        "tags:: 遴选, 申论素材, 经济类考点",
        # metadata fields, several on a line, or a question bank's in brackets
        "文字：李四 图片：张三",
        "题型：单选题 难度：中等 正确率：68%",
        "【难度】中等",
        "【来源】2023年国考副省级",
        "考试时间：150分钟 满分：100分",
        "责任编辑 刘慧",
        "编审：张三",
        "提取码：8k2d",
        "姓名：________ 得分：________",
        # WeChat's widgets, counters and calls
        "收录于合集 #机关写作 36个",
        "赞 36 在看 12",
        "阅读 1.2万",
        "已同步到看一看",
        "上下滑动查看全文",
        "点个赞再走吧",
        "觉得有用，就转发给身边的朋友吧！",
        "转发是最大的鼓励",
        "点击关注，第一时间获取最新资讯",
        "想要领取资料的同学，请后台回复“申论”",
        "学习交流群：123456789",
        "扫码查看解析",
        # notices of where pictures come from, whose view it is; advertisements; a preview's end
        "图片来源网络",
        "声明：该文观点仅代表作者本人，搜狐号系信息发布平台",
        "限时优惠！立即报名，享受8折",
        "【推广】公考培训，首选某某教育",
        "预览已结束，剩余5页可下载查看",
        "103篇原创内容",
        "继续滑动看下一个",
        # a forum's widgets, replies and advertisements
        "该楼层疑似违规已被系统折叠 隐藏此楼查看此楼",
        "mark一下，感谢楼主！",
        "【限时】2026省考申论系统班0元试听，资料包免费领，加V：sk2026xxx 备注贴吧",
        # a note's remarks on itself: its last edit, the legend of its marks, links to other notes
        "自用整理 ｜ v3 ｜ 最后修改：2025-05-06 夜",
        "⚠️ 标 ★ 的是高频考点，标 ？的是还没弄清楚的",
        "相关：新质生产力 · 全过程人民民主 · 中国式现代化五个特征",
        "📎 相关页面：高质量发展 现代化产业体系 二十届三中全会决定",
        # a practice answer's review and timing
        "自评：这题答得还行，五个小组记不住",
        "PS：计时3分52秒，超时了，开头的解释可以删掉一半。",
        # a journal's running head beside its page number, a paper's page under its name
        "陈某，许某：党建引领城市社区网格化治理的实践逻辑与优化路径                      · 47 ·",
        "申论模拟卷（七） 第 3 页 共 5 页。",
        # a classification, an examiner's instructions, an attachment left out
        "密级：内部",
        "考官指导语：你好！欢迎参加今天的面试。请你认真听取每一道题，然后作答。",
        "附件：某镇2027年党建工作任务清单（略）",
        # a document site's rating and what is left to read, a copy's original author, a course's lecturer
        "评分：4.5分（23人评价）",
        "还剩3页未读，继续阅读",
        "原文作者：某市委党校 张三 来源：某日报·理论周刊",
        "主讲老师：张三",
        # a sender's address, the phone a mail was sent from
        "地址：某市学院路88号某大厦5楼",
        "发自我的华为手机",
        # an official document's or a briefing's 版记: whom it goes to, its print run; who compiled it,
        # who signed it off beside its number; a periodical's contents and its next issue's
        "报：市委组织部，县委常委，县人大常委会、县政府、县政协主要领导。",
        "送：县委办、县政府办、县民政局、县卫健局、县医保局",
        "发：各乡镇（街道）党（工）委，县直各党（工）委。",
        "报：省委组织部，市委常委，市人大常委会、市政府、市政协党组书记。",  # (leaders by their office)
        "报送：市委书记、市长，市委副书记，市委常委，市人大常委会主任。",
        "（共印80份）",
        "中共某县委组织部编 2025年6月18日",
        "县委文稿〔2025〕5号　　　　　签发：赵　敏",
        "签发人：王明　某政报〔2025〕3号",
        "县委文稿〔2025〕5号　核稿：李四",
        "【本期要目】",
        "下期要目：以“千万工程”经验推动城乡融合发展",
        "发文：中共某省委办公厅、某省人民政府办公厅",
        # a lecture's own end
        "—— 第3讲完 ——",
        # a page's links to related documents with their dates glued on, to posts with their reads
        "- 某省人民政府关于实施“强县工程”的意见2023-11-08",
        "- 公文写作“万能框架”：通知、方案、讲话稿一次讲清某某研习社 · 9856阅读",
    ],
)
def test_chrome_between_paragraphs_is_dropped(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, PROSE]


@pytest.mark.parametrize(
    "line",
    [
        # a numbered point that quotes a work, without a citation's publisher, date or page
        "①《中国共产党章程》规定，党的最高领导机关是党的全国代表大会和它所产生的中央委员会。",
        # a numbered point that names a document and its number, and says what it does
        "①国务院办公厅印发《关于优化营商环境的意见》（国办发〔2024〕7号），明确了五方面任务。",
        "②严格执行《关于进一步减轻基层负担的通知》（中办发〔2024〕3号）要求。",
        # prose near the words of a notice, a call or an advertisement
        "群众扫码即可查看办理进度，真正实现“一网通办”。",
        "不少谣言往往来源于网络，需要加强辨别。",
        "为基层干部的担当点个赞！",
        "阅读量不等于影响力，关键在于内容质量。",
        "【推广经验】浙江“千万工程”的做法值得学习",
        "福利待遇要落实到位。",
        "难度大、任务重、要求高",
        "统筹：发展和安全",
        # an attachment's name over the attachment, a PS with a point, links in a sentence
        "附件：名词解释",
        "PS：很多人漏了“三个打破”的具体内容，只写了“打破壁垒”，会扣分。",
        "相关：这一做法与“放管服”改革一脉相承。",
    ],
)
def test_prose_beside_the_words_of_chrome_is_kept(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, clean_line(line), PROSE]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # a note on who added a piece, an outliner's block property
        ("第四题【自我认知】（老师临时加的）", "第四题【自我认知】"),
        ("两会江苏代表团审议时的要求 collapsed:: true", "两会江苏代表团审议时的要求"),
    ],
)
def test_chrome_inside_a_line_is_cut_out(line: str, kept: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, kept, PROSE]


def test_a_to_do_list_in_a_note_is_dropped_and_the_next_section_kept() -> None:
    lines = [
        "怎么发展",
        PROSE,
        "待办",
        "背诵定义（目标：5月前默写无误）",
        "整理三中全会相关表述",
        "答题金句",
        PROSE,
    ]
    layout = {
        1: LineLayout(heading=2),
        3: LineLayout(heading=4),
        4: LineLayout(bullet=1),
        5: LineLayout(bullet=1),
        6: LineLayout(heading=2),
    }
    assert [p.text for p in main_text(lines, layout)] == ["怎么发展", PROSE, "答题金句", PROSE]


def test_a_to_do_list_in_plain_text_ends_at_its_last_item() -> None:
    lines = [PROSE, "TODO：", "- [ ] 把“三个跑遍”原话默写3遍", "- [x] 千万工程看完", PROSE]
    assert _kept(lines) == [PROSE, PROSE]


@pytest.mark.parametrize("heading", ["复习待办", "本周待办：", "✅ 待办", "📌 TODO", "五、待办"])
def test_a_to_do_list_named_for_what_or_when_is_dropped(heading: str) -> None:
    lines = [PROSE, heading, "- [x] 整理七个方面重点任务框架", "- [ ] 用问题对策结构写一篇800字小作文", PROSE]
    assert _kept(lines) == [PROSE, PROSE]


@pytest.mark.parametrize("heading", ["【打卡要求】", "今日打卡任务：", "打卡"])
def test_a_study_groups_check_in_tasks_are_dropped(heading: str) -> None:
    # (what the members are to do with the material, by a deadline: not what the material says)
    lines = [
        PROSE,
        heading,
        "1. 通读全文，用一句话概括每段核心意思；",
        "2. 晚10点前在群里接龙“已打卡+字数”。",
        PROSE,
    ]
    assert _kept(lines) == [PROSE, PROSE]


@pytest.mark.parametrize(
    "record",
    [
        ["- 专辑：社会科学Ⅱ辑", "- 专题：政党及群众组织", "- 分类号：D267"],
        ["关键词：乡村治理；积分制；村规民约", "基金资助：省社科规划一般项目（23YB045）", "- 专题：农业经济"],
        ["学科专业：行政管理", "学位年度：2025", "DOI：10.1234/j.cnki.xzgl.2025.01.003"],
    ],
)
def test_a_papers_catalogue_record_is_dropped(record: list[str]) -> None:
    assert _kept([PROSE, *record, PROSE]) == [PROSE, PROSE]
    assert _kept([PROSE, PROSE, *record]) == [PROSE, PROSE]  # (also where it closes the text)


@pytest.mark.parametrize(
    "line",
    [
        "专题：学习贯彻党的二十届三中全会精神",
        "关键词：共同富裕、高质量发展、中国式现代化",
        "本次专题学习的关键词：担当、实干、为民。",
    ],
)
def test_a_catalogue_word_on_a_line_of_its_own_is_kept(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, line, PROSE]


@pytest.mark.parametrize(
    "lines",
    [
        ["关键词：高质量发展", "专题：高质量发展是全面建设社会主义现代化国家的首要任务。"],
        ["基金资助：省财政安排专项资金两亿元支持县域商贸。", "关键词：县域商业体系要坚持市场主导。"],
        ["专题：乡村振兴", "关键词：产业兴旺、生态宜居"],
    ],
)
def test_a_notes_labels_or_sentences_under_catalogue_words_are_kept(lines: list[str]) -> None:
    # (a note's own 专题 and 关键词 labels together, or a field's word over a sentence: no record)
    assert _kept([PROSE, *lines, PROSE]) == [PROSE, *lines, PROSE]


def test_a_notes_keyword_lines_one_under_another_are_kept() -> None:
    lines = [PROSE, "关键词：以人民为中心；共同富裕", "关键词：“两个毫不动摇”——坚持和发展", PROSE]
    assert _kept(lines) == lines


@pytest.mark.parametrize(
    "line", ["专注申论写作八年，陪你从零基础到高分。", "二十年党校理论工作者，专注党课讲稿｜陪你从新手到讲台"]
)
def test_an_accounts_pitch_of_itself_is_dropped(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "老张专注乡村教育三十年，培养了一批又一批学生。",
        "十五年基层工作者的坚守，换来了村容村貌的巨变。",
        "专注乡村教育三十年，专注一件事。",
        "专注主业、专注服务。",
        "专注乡村教育三十年",
        "三十年乡村教育工作者，专注山区孩子成长。",
        "专注基层治理十年，十五年社区工作者。",
    ],
)
def test_a_life_story_of_years_spent_on_one_thing_is_kept(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, line, PROSE]


def test_a_government_portals_menu_over_the_text_is_dropped() -> None:
    menu = [
        "- 1. 机构职能",
        "- 2. 政策文件",
        "- 3. 规划计划",
        "- 4. 人事信息",
        "- ▪ 基层治理专栏",
        "- ▪ 民生实事",
    ]
    assert _kept([*menu, PROSE]) == [PROSE]


@pytest.mark.parametrize(
    "lines",
    [
        ["依法主动公开的信息包括：", "- 机构职能", "- 政策文件", "- 财政预决算", PROSE],
        [PROSE, "- 机构职能", "- 政策文件", "- 财政预决算", PROSE],
        ["- 1. 政策背景", "- 2. 政策解读", "- 3. 工作要求", PROSE],
        ["1. 机构职能", "2. 政策文件", "3. 规划计划", "4. 人事信息", PROSE],
    ],
)
def test_a_list_of_portal_columns_led_in_or_in_the_body_is_kept(lines: list[str]) -> None:
    assert len(_kept(lines)) == len(lines)


def test_a_lessons_homework_slide_of_a_piece_to_write_is_dropped_with_its_contents_entry() -> None:
    lines = [
        "本讲目录",
        "01 范文精读",
        "02 课后作业",
        "范文精读",
        PROSE,
        "02 课后作业",
        "以“乡村振兴”为话题写一篇800字的议论文，上传至班级群。",
        "扫码提交作业",
        "8",
    ]
    layout = {1: LineLayout(heading=1), 2: LineLayout(bullet=1), 3: LineLayout(bullet=1)}
    layout |= {4: LineLayout(heading=1), 6: LineLayout(heading=1), 7: LineLayout(bullet=1)}
    kept = [p.text for p in main_text(lines, layout)]
    assert "范文精读" in kept and PROSE in kept
    assert not [text for text in kept if "作业" in text or "议论文" in text]


@pytest.mark.parametrize(
    "section",
    [
        ["背诵本讲三个要点", "整理“三治融合”的内涵"],
        ["请谈谈你对年轻干部到基层“墩苗”的看法。"],
        # (a school policy's section on homework: who sets and marks it)
        [
            "各校要严控书面作业总量，初中语文每周完成一篇周记即可。",
            "教师要全批全改，及时批改并提交质量分析。",
        ],
    ],
)
def test_a_homework_section_of_points_to_learn_or_a_question_is_kept(section: list[str]) -> None:
    lines = ["范文精读", PROSE, "课后练习", *section]
    layout = {1: LineLayout(heading=1), 3: LineLayout(heading=1)}
    assert [p.text for p in main_text(lines, layout)][2:] == ["课后练习", *section]


def test_a_sentence_on_homework_is_kept() -> None:
    line = "要切实减轻学生课后作业负担，让孩子有更多时间参加体育锻炼。"
    assert _kept([PROSE, line, PROSE]) == [PROSE, line, PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "课后作业：做完讲义后面的两道真题，周四晚9点前交到学习群。",
        "本讲作业：把三种题型的答题步骤整理成表，上传至班级群。",
    ],
)
def test_a_handouts_homework_and_where_to_hand_it_in_is_dropped(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "课后作业：教师要全批全改，不得要求家长代为批改。",
        "课后作业：严禁通过手机群布置书面作业。",
        "课后作业：各地要建立作业公示制度，统筹调控作业总量。",
        "课后作业：想一想基层减负为何屡减不轻，下次课讨论。",
        "作业提交实行线上线下相结合，学生可通过平台提交。",
    ],
)
def test_a_homework_label_over_a_policy_or_a_question_stays(line: str) -> None:
    assert line in _kept([PROSE, line, PROSE])


def test_a_page_footer_glued_after_a_slides_last_sentence_is_cut_off() -> None:
    footer = "中共某某县委党校 | 2025年秋季主体班"
    lines = [
        PROSE,
        f"坚持群众路线，把矛盾化解在基层。{footer} 2 / 4",
        f"{footer} 3 / 4",
        PROSE,
        f"{footer} 4 / 4",
    ]
    assert _kept(lines) == [PROSE, "坚持群众路线，把矛盾化解在基层。", PROSE]


def test_a_sentence_that_ends_on_a_fraction_is_kept() -> None:
    lines = [
        PROSE,
        "全县参训党员中，来自基层一线的占比约为 3 / 5",
        "全县参训党员中，来自基层一线的占比约为 3 / 5",
        PROSE,
    ]
    assert _kept(lines)[1] == lines[1]


@pytest.mark.parametrize(
    "line",
    ["这几句可以直接用在乡村振兴类大作文的结尾。", "小提示：开头和结尾可以直接套，分论点换个关键词就行～"],
)
def test_a_learners_remark_on_using_the_passage_in_the_exam_is_dropped(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "各地不能直接套用外地经验，要因地制宜制定方案。",
        "面试中可以直接套用模板吗？",
        "采集的数据可以直接用于考核评价，避免重复填报。",
        "这些做法可以直接复制推广到其他乡镇。",
        "结尾可以直接套用总论点，做到首尾呼应。",
        "这一段话可以直接用在我们的工作中。",
        "这一方法可以直接用在开头的调研环节，先摸清底数再制定方案。",
        "这些问题可以直接用于面试环节的结构化提问。",
    ],
)
def test_a_texts_own_sentence_on_using_something_as_it_stands_is_kept(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, line, PROSE]


@pytest.mark.parametrize("heading", ["五、待办事项", "五、待办"])
def test_a_policys_numbered_section_named_for_its_tasks_is_kept(heading: str) -> None:
    # (requirements in sentences under it, not a learner's few words of a task)
    task = "各乡镇要在6月底前完成网格员队伍整合，建立问题清单、责任清单。"
    lines = [PROSE, heading, task, "县民政局要牵头制定社区工作者职业体系建设办法。", PROSE]
    assert _kept(lines) == lines


def test_a_heading_of_matter_that_opens_on_to_do_words_keeps_its_list() -> None:
    lines = [PROSE, "五、待办事项清单化管理", "- 事项进清单", "- 清单外不派", PROSE]
    assert _kept(lines) == [PROSE, "五、待办事项清单化管理", "事项进清单", "清单外不派", PROSE]


def test_a_study_notes_numbered_self_test_list_is_dropped() -> None:
    lines = [PROSE, "6. 自测", "- [ ] 默写“五大振兴”", "- [ ] 说出“三个提升”各对应文件哪一部分", PROSE]
    assert _kept(lines) == [PROSE, PROSE]


def test_a_short_call_that_closes_a_long_sentence_is_cut_from_it() -> None:
    line = "本文带你从背景、考点到范文一次吃透，建议收藏后反复研读！"
    assert _kept([PROSE, line, PROSE]) == [PROSE, "本文带你从背景、考点到范文一次吃透！", PROSE]


def test_a_task_that_quotes_a_series_is_kept_and_the_to_do_list_goes_on() -> None:
    task = "把一号文件的“守底线、促发展、惠民生”再对一遍"
    lines = [PROSE, "待办", task, "千万工程看完", "找两篇评论抄金句", PROSE]
    layout = {
        2: LineLayout(heading=4),
        3: LineLayout(bullet=1),
        4: LineLayout(bullet=1),
        5: LineLayout(bullet=1),
    }
    assert [p.text for p in main_text(lines, layout)] == [PROSE, task, PROSE]


def test_the_banner_of_who_runs_a_site_is_dropped_above_the_text() -> None:
    lines = ["清廉某某 中共某某县纪律检查委员会 某某县监察委员会", PROSE]
    assert _kept(lines) == [PROSE]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # (a deck's or a handout's units under its course's name: a school and its department, a
        # propaganda office and its team of speakers, set apart by a space or a bar)
        ("某某职业技术学院\u3000马克思主义学院", False),
        ("中共某某市委宣传部 | 某某市委宣讲团", False),
        ("某某大学 公共管理学院", False),
        # (a headline's two halves, even where they end in a unit's word, stay: they open on a verb)
        ("建设一流学院 办好人民满意的大学", True),
        ("走进马克思主义学院 聆听思政大课", True),
        ("建设美丽乡村 打造幸福社区", True),
        # (nor do a headline's halves that open on a preposition, or that name a kind of school)
        ("某某市委宣传部 关于组建市委宣讲团", True),
        ("从职业学院 到应用型大学", True),
        ("清廉学校 智慧学校", True),
        ("乡村学校 城市学校", True),
    ],
)
def test_a_line_of_units_is_dropped_above_the_text(line: str, kept: bool) -> None:
    assert _kept([line, PROSE]) == ([line.replace(" ", ""), PROSE] if kept else [PROSE])


def test_a_practice_answers_review_in_brackets_is_cut_out() -> None:
    line = "最后一句是金句，一定要记住。（自评：这题答得还行，2分50秒。）（重写版1分58秒，比上次好多了）"
    assert _kept([PROSE, line, PROSE]) == [PROSE, "最后一句是金句，一定要记住。", PROSE]


def test_boxes_ticked_outside_a_to_do_list_are_points() -> None:
    lines = ["3. 怎么发展", "大力推进科技创新", "以科技创新推动产业创新", PROSE]
    layout = {1: LineLayout(heading=2), 2: LineLayout(bullet=1), 3: LineLayout(bullet=1)}
    assert [p.text for p in main_text(lines, layout)] == lines


def test_plain_text_bullets_are_list_items_nested_by_their_indent() -> None:
    lines = [
        PROSE,
        "· 江山就是人民，人民就是江山。",
        "- 民有所呼，我有所应",
        "  - 身子沉下去，情况摸上来",
        "  - 干部多跑腿，群众少跑路",
        "- 打铁必须自身硬",
        PROSE,
        " - 一体推进不敢腐、不能腐、不想腐",
    ]
    kept = [(p.text, p.bullet) for p in main_text(lines)]
    assert kept == [
        (PROSE, 0),
        ("江山就是人民，人民就是江山。", 1),
        ("民有所呼，我有所应", 1),
        ("身子沉下去，情况摸上来", 2),
        ("干部多跑腿，群众少跑路", 2),
        ("打铁必须自身硬", 1),
        (PROSE, 0),
        ("一体推进不敢腐、不能腐、不想腐", 1),  # a new list: its indent is its own top
    ]


def test_a_web_pages_nested_list_items_keep_their_depth(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><body><article><h1>标题</h1><p>{PROSE}</p><ul><li>以党的政治建设为统领</li>"
        "<li>坚持稳中求进工作总基调<ul><li>加快构建新发展格局</li></ul></li></ul>"
        f"<p>{PROSE}</p></article></body></html>",
        encoding="utf-8",
    )
    document = read_document(page)
    items = [(p.text, p.bullet) for p in main_text(document.lines, document.layout) if p.bullet]
    assert items == [("以党的政治建设为统领", 1), ("坚持稳中求进工作总基调", 1), ("加快构建新发展格局", 2)]


def test_bulleted_lists_of_other_posts_and_articles_are_chrome() -> None:
    lines = [PROSE, "- 遴选考试申论和公务员考试申论有什么区别？ 126 个回答", PROSE]
    assert _kept(lines) == [PROSE, PROSE]
    assert _kept([PROSE, "更多回答", "申论老杨 遴选辅导讲师", "- 遴选上岸是一种什么体验？"]) == [PROSE]
    assert _kept([PROSE, "相关信息", "· 我区召开2026年一季度经济运行分析会"]) == [PROSE]
    assert _kept(
        [PROSE, "- 让基层干部从“文山会海”中解脱出来 2024-08-16", "- 党的二十大于2022年10月16日开幕"]
    ) == [
        PROSE,
        "党的二十大于2022年10月16日开幕",  # (a date in its words, not after them)
    ]


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        # a headline with its periodical's issue in brackets and the periodical's name after it,
        # as a saved page's title prints it, names the text
        ("在全县经济工作会议上的讲话（2024年第12期）_组工通讯", False),
        ("述职述廉报告（2024年第12期）_组工通讯", False),
        # an issue banner: a periodical's short name and its issue
        ("组工通讯（2024年第12期）", True),
        ("组工通讯  2024年第12期（总第156期）", True),
    ],
)
def test_a_headline_with_its_periodicals_issue_is_no_furniture(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


@pytest.mark.parametrize(
    "line",
    [
        # a label's words that are not a 版记's names, a note's own 主题
        "送：县委书记带队走访慰问困难群众",
        "主题：进一步全面深化改革、推进中国式现代化",
        # a lecture or a chapter finished in a sentence, a date inside an item's words
        "第三讲完成后，要结合本单位实际写出一个案例。",
        # a note on how documents are handled, its words not organisations
        "发文：复核、登记、印制、核发。",
        "- 2023-11-08召开的常务会议研究了这项工作",
    ],
)
def test_prose_beside_a_furniture_label_is_kept(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, clean_line(line).lstrip("- "), PROSE]


def test_the_next_lesson_after_a_lessons_end_is_kept() -> None:
    lines = [PROSE, "—— 第1讲完 ——", "第2讲 公文写作", "一、通知的结构", PROSE]
    assert _kept(lines) == [PROSE, clean_line("第2讲 公文写作"), "一、通知的结构", PROSE]


def test_a_mails_headers_are_dropped_and_the_text_it_carries_kept() -> None:
    lines = [
        "Fwd: 转发：为基层减负赋能 让干部轻装上阵干事创业",
        "",
        "发件人：某老师 <teacher@example.com>",
        "收件人：2025遴选精品1班",
        "时间：2025年4月12日(星期六) 21:36",
        "主题：转发：为基层减负赋能 让干部轻装上阵干事创业",
        "附件：1 个（学员精读版.docx  45.2KB）",
        "",
        "-------- 转发邮件信息 --------",
        PROSE,
    ]
    assert _kept(lines) == [PROSE]


REQUEST = "为做好全市现场推进会筹备工作，请各地于3月28日前报送1篇典型经验材料，字数控制在3000字以内，要求主题鲜明、做法具体。"


def test_the_mail_a_reply_quotes_under_the_text_it_carries_is_dropped() -> None:
    # (the reply carries the text; the earlier mail it answers, quoted under the rule, asked for it)
    lines = [
        PROSE,
        "------------------ 原始邮件 ------------------",
        "发件人：市委农办秘书科 <msk@example.gov.cn>",
        "发送时间：2024年3月20日(星期三) 上午9:15",
        "收件人：各县市区委办",
        "",
        REQUEST,
        "市委农办秘书科",
    ]
    assert _kept(lines) == [PROSE]


def test_the_mail_a_forward_passes_on_under_its_rule_is_kept() -> None:
    # (a few words over the rule, the text below it: the mail below is what is passed on)
    lines = [
        "王老师发来的本周精读材料，我直接转到群邮箱了，大家周五小组讨论前务必读完。",
        "------------------ 原始邮件 ------------------",
        "发件人：王老师 <teacher@example.com>",
        "发送时间：2024年5月14日(星期二) 晚上8:05",
        "收件人：李婷",
        "",
        PROSE,
        REQUEST,
    ]
    assert _kept(lines)[-2:] == [PROSE, REQUEST]


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("#乡村振兴 #申论素材 #每日一练", True),
        ("#基层治理  #备考笔记", True),
        # (a Markdown heading, a tag inside a sentence, a count beside one tag, a lone tag: not a line of tags)
        ("# 乡村振兴 产业兴旺", False),
        ("各地深入开展#清朗行动#专项整治，网络生态持续向好。", False),
        ("#每周一练 42个", False),
    ],
)
def test_a_line_of_open_topic_tags_is_furniture(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


@pytest.mark.parametrize(
    ("byline", "dropped"),
    [
        ("■ 本刊记者\u3000周海宁\u3000通讯员\u3000许可", True),
        ("中共临川市委党校 马克思主义教研部 顾清扬", True),
        ("临川市东坪镇 选调生 沈一鸣", True),
        ("县委组织部 吴晓峰", True),
        # (words set apart by spaces that end in no unit, or no person's name last, are the text's)
        ("产业兴旺 生态宜居 乡风文明", False),
        ("乡村振兴 赵庄村", False),
        ("■ 深化改革 激发活力", False),
    ],
)
def test_a_byline_of_units_or_credits_under_a_headline_is_dropped(byline: str, dropped: bool) -> None:
    lines = ["把乡村振兴的蓝图变为现实", byline, PROSE]
    assert _kept(lines) == (
        ["把乡村振兴的蓝图变为现实", PROSE] if dropped else [*lines[:1], clean_line(byline), PROSE]
    )


def test_a_notices_list_of_people_among_its_prose_is_kept() -> None:
    # (lines of units and a name under the text's first prose are its own list, no byline)
    names = ["临川市委党校 党建教研部 顾清扬", "临川市东坪镇 选调生 沈一鸣"]
    lines = ["关于公布评审专家名单的通知", PROSE, *names, REQUEST]
    assert _kept(lines)[2:4] == [clean_line(name) for name in names]


def test_a_pages_list_of_headlines_that_names_the_texts_own_is_dropped() -> None:
    # (the other headlines of the page beside the text's own, and their label, after the text's prose)
    title = "让老旧小区焕发新活力"
    entries = ["本版要闻", "- 全市城市更新工作会议召开", f"- {title}", "- 图片报道"]
    lines = [PROSE, REQUEST, *entries]
    assert [p.written for p in without_listed_headlines(main_text(lines), title)] == [PROSE, REQUEST]
    # (a list that does not name the headline, or one among the prose, is the text's own)
    own = [PROSE, "三项任务", "- 加装电梯", "- 改造管网", REQUEST]
    assert without_listed_headlines(main_text(own), title) == main_text(own)
    inside = [PROSE, *entries, REQUEST]
    assert without_listed_headlines(main_text(inside), title) == main_text(inside)
    # (a list after a short sentence, or under a line that announces it, is the text's own too)
    short = [PROSE, "今年办好几件实事。", *entries[1:], "以上工作要落到实处。"]
    assert without_listed_headlines(main_text(short), title) == main_text(short)
    announced = [PROSE, "今年要办好以下几件实事：", *entries[1:]]
    assert without_listed_headlines(main_text(announced), title) == main_text(announced)
    # (the headline printed over the text with its first headings, no list's items, stays for the titles)
    headed = [title, "一、总体要求", "二、重点任务", PROSE]
    assert without_listed_headlines(main_text(headed), title) == main_text(headed)


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        # a copy's notice that it is for its owner alone, a note of where it was printed, an author's unit
        # and a document's addressees under their labels
        ("讲稿未经审定，勿外传。", True),
        ("按辅导课录音和讲义整理，仅供自用。", True),
        ("摘自《东川日报》2025年3月2日第5版「理论周刊」", True),
        ("本文来源“学习强国”临川县学习平台", True),
        ("（作者单位：临川市委党校公共管理教研部）", True),
        ("主送：各乡镇人民政府，县直各单位", True),
        ("欢迎广大读者结合工作实际踊跃来稿。", True),
        ("原载《澄江内参》2024年第3期，有删节。", True),
        ("初稿，定稿前勿外传。", True),
        # a paper's word on whom it serves and how (a 宣讲稿's or a 提纲's foot note)
        ("（本辅导提纲供各党支部集中学习讨论使用，可根据实际补充。市委组织部编印）", True),
        ("此讲稿供理论宣讲员备课参考。", True),
        # (the text's own words on papers it names: who provides them, who may not use them)
        ("本次会议材料由县发改局提供，会后统一收回。", False),
        ("该材料供应商已被列入失信名单。", False),
        ("本讲义稿件已送审，请勿外借。", False),
        # (a line that goes on from such a note to teach is the text's)
        ("本课件供学员课后复习使用，重点是把握“两个结合”的深刻内涵。", False),
        ("本材料供支部书记学习参考时，还应结合本单位实际开展研讨。", False),
        ("此读本供党员自学使用。全书分为理论篇、实践篇两个部分。", False),
        # (the text's own words on secrets, sources, members and addressees)
        ("涉密文件一律不外传、不复印、不拍照。", False),
        ("这些经验仅供自用不行，还要总结推广开来。", False),
        ("摘自群众来信的几句话，道出了基层的真实感受。", False),
        ("成员：县委办、县政府办、县发改局", False),
        ("主送单位要在五个工作日内反馈办理情况。", False),
        ("全县干部群众踊跃投稿，共收到征文三百余篇。", False),
        # (a sentence that names such a notice, a paper or a call among its other words is the text's)
        ("有的干部把印有“内部资料、勿外传”的讲义随手转发到工作群里。", False),
        ("会后材料要统一收回，涉密内容一律勿外传。", False),
        ("原载《澄江日报》的那篇评论说得好，作风建设永远在路上。", False),
        ("摘自《保密工作》杂志的案例表明，泄密多与手机有关。", False),
        ("希望受表彰的同志再接再厉。欢迎全县干部继续踊跃投稿，来稿请注明单位。", False),
    ],
)
def test_notices_and_labelled_credits_of_a_copy(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


def test_an_answerers_card_over_the_count_of_the_answers_votes_is_dropped() -> None:
    card = ["林间小路", "市直机关公务员，两次遴选上岸"]
    lines = ["", *card, "1,024 人赞同了该回答", PROSE]
    assert _kept(lines) == [PROSE]
    # (the text's own short lines with no count of votes under them, and prose over one, stay)
    assert _kept(["", *card, PROSE])[-2:] == [card[1], PROSE]
    assert _kept([REQUEST, "86 人赞同了该回答", PROSE]) == [REQUEST, PROSE]
    # (nor the last line of the answer above where no blank line parts it from the next card)
    closing = "第三，要把材料读薄。"
    assert _kept([PROSE, closing, card[0], "86 人赞同了该回答", PROSE]) == [PROSE, closing, PROSE]


def test_a_papers_keywords_under_its_abstract_are_dropped() -> None:
    abstract = "本文分析干部作风建设的现实需求，提出三条路径。"
    # (on the abstract's line, glued after it, or on the line under it; the abstract's bracketed label goes too)
    assert _kept([f"［摘要］{abstract}［关键词］作风建设；干部队伍", PROSE]) == [abstract, PROSE]
    assert _kept([PROSE, f"【摘要】{abstract}", "关键词：作风建设；干部队伍", PROSE]) == [
        PROSE,
        abstract,
        PROSE,
    ]
    # (a note's keywords under no abstract are the note's)
    assert _kept([PROSE, "关键词：降碳、减污、扩绿", PROSE]) == [PROSE, "关键词：降碳、减污、扩绿", PROSE]


def test_a_papers_affiliations_glued_before_its_abstract_are_dropped() -> None:
    abstract = "本文分析干部作风建设的现实需求，提出三条路径。"
    # (a PDF runs the bracketed units, each ending in its place and postcode, into the abstract's line)
    assert _kept([f"（中共某某市委党校 公共管理教研部，某某 410600）［摘 要］{abstract}", PROSE]) == [
        abstract,
        PROSE,
    ]
    two = "（1.某某大学 经济管理学院，江西 南昌 330031；2.某某财经大学，上海 200433）"
    assert _kept([two + abstract, PROSE]) == [abstract, PROSE]
    # (a body's bracketed aside that names a place and a number, but no postcode, stays)
    aside = "（某某县城关镇，2023年）全镇新建便民服务站12个，群众办事不出村。"
    assert _kept([PROSE, aside]) == [PROSE, aside]
    opening = "（一）坚持党建引领，某某街道社区党委，联系群众 120 户，推动治理重心下移。"
    assert _kept([PROSE, opening]) == [PROSE, opening]
    # (nor does one of a place and a figure that looks like a postcode: it names no unit)
    figure = "（某某县，人口 320000）全县常住人口连续五年保持增长。"
    assert _kept([PROSE, figure]) == [PROSE, figure]


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("☆ 为常考点；下划线 为易错表述。", True),
        ("▲表示了解即可", True),
        ("★为重点，▲为拓展", True),
        # (a starred line of the text, one clause that says nothing of how much to learn)
        ("★ 为基层减负松绑", False),
        ("● 为民办实事", False),
        # (a learning word that opens the line's own words, or clauses of one mark, are the text's too)
        ("▲为了解群众需求", False),
        ("★为掌握主动权", False),
        ("● 为民服务；● 为企解难", False),
        ("★为民服务，▲为企业解难题", False),
    ],
)
def test_a_notes_legend_of_its_marks_is_furniture(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


def test_the_note_a_mail_forwards_its_text_with_makes_no_card() -> None:
    # (the sender's greeting, word on the material and signature over the forwarded mail go; a reply
    # that holds more prose than the mail it quotes carries the text, and its words stay)
    note = [
        "小组各位：",
        "这篇评论写得很透，周四例会前大家抽空读一读，重点看第二部分。",
        "",
        "陈立",
        "发自我的手机",
        "",
        "---------- 转发的邮件 ----------",
        "发件人：宣传科 <xck@example.gov.cn>",
        "日期：2025年3月4日 周二 10:15",
        "主题：评论文章",
        "收件人：各支部",
        "",
    ]
    lines = [*note, PROSE, REQUEST]
    kept = [p.written for p in without_forwarding_note(main_text(lines), lines)]
    assert kept == [PROSE, REQUEST]
    # (the mail's headers alone, no rule, mark it too)
    unruled = [line for line in lines if "转发的邮件" not in line]
    assert [p.written for p in without_forwarding_note(main_text(unruled), unruled)] == [PROSE, REQUEST]
    reply = [
        PROSE,
        REQUEST,
        "------------------ 原始邮件 ------------------",
        *note[7:],
        "请于周五前报送一篇材料。",
    ]
    assert [p.written for p in without_forwarding_note(main_text(reply), reply)] == [PROSE, REQUEST]
    # (a text's own words over a mail it shows, neither passing it on nor greeting anyone, stay)
    shown = ["下面看一封写得规范的通知邮件，再谈公务邮件的写作要点。", "", *note[7:], PROSE, REQUEST]
    assert without_forwarding_note(main_text(shown), shown) == main_text(shown)
    # (no mail: nothing goes)
    plain = ["大家好：", "这篇评论写得很透，周四例会前大家抽空读一读。", PROSE]
    assert without_forwarding_note(main_text(plain), plain) == main_text(plain)


def test_each_note_of_a_chain_of_forwards_makes_no_card() -> None:
    # (a reply's thanks over a forward, whose own note hands the material on over the mail that carries it)
    chain = [
        "收到，多谢！下周培训就用这篇。",
        "",
        "刘敏",
        "",
        "-----原始邮件-----",
        "发件人: 王强",
        "发送时间: 2025年4月2日 9:10",
        "收件人: 刘敏",
        "主题: 转发: 素材",
        "",
        "刘老师：",
        "附上这周的素材，请查收。第二段可以重点讲。",
        "",
        "发件人: 教研组",
        "发送时间: 2025年4月1日 20:00",
        "收件人: 王强",
        "主题: 素材",
        "",
        PROSE,
        REQUEST,
    ]
    assert [p.written for p in without_forwarding_note(main_text(chain), chain)] == [PROSE, REQUEST]


def test_a_reply_that_acknowledges_the_request_and_carries_the_text_stays() -> None:
    reply = [
        "收到，现将我县的经验材料报送如下。",
        PROSE,
        PROSE.replace("近年来", "今年以来"),
        "",
        "-----原始邮件-----",
        "发件人: 市委办",
        "发送时间: 2025年3月20日 9:00",
        "收件人: 各县",
        "主题: 报送材料",
        "",
        REQUEST,
    ]
    kept = [p.written for p in without_forwarding_note(main_text(reply), reply)]
    assert kept[:3] == ["收到，现将我县的经验材料报送如下。", PROSE, PROSE.replace("近年来", "今年以来")]


@pytest.mark.parametrize(
    "reply",
    [
        "收到，我们将认真组织学习。结合本单位实际，提出三点落实意见：一是抓学习，二是抓整改，三是抓督查。",
        "好的，经研究，我处拟从三个方面推进：一是摸清底数，二是建立台账，三是按月调度。",
    ],
)
def test_a_reply_that_opens_with_an_answer_and_goes_on_to_its_own_points_stays(reply: str) -> None:
    # (shorter than the mail it quotes, yet more than a word of thanks: the reply's points are the sender's own)
    mail = [reply, "", "-----原始邮件-----", "发件人: 市委办", "发送时间: 2025年3月20日 9:00", "收件人: 各县"]
    mail += ["主题: 学习材料", "", PROSE, PROSE.replace("近年来", "今年以来"), REQUEST]
    assert reply in [p.written for p in without_forwarding_note(main_text(mail), mail)]


@pytest.mark.parametrize(
    "line",
    [
        "本文摘编自全会公报，部分文字有删改。",
        "某县人民政府办公室 2025年2月3日印 此稿系节选，供学员学习参考，以会议正式文本为准",
        "（略有删减）",
        "本稿如有出入，以正式文本为准。",
        "根据座谈记录整理，有删减",
    ],
)
def test_a_copys_word_on_itself_is_dropped(line: str) -> None:
    assert _kept([PROSE, line, REQUEST]) == [PROSE, REQUEST]


@pytest.mark.parametrize(
    "line",
    [
        "各地要以问题整改为准绳，推动工作落实。",
        "执行中如有疑问，以市政府正式文件为准，各单位不得自行变更。",
        "要坚持实事求是，对方案有改动的地方要及时说明理由，确保决策科学、程序规范。",
        "这份报告有删减吗？大家讨论时提出了这个问题，我认为报告内容完整。",
        "这些做法来源于群众的首创精神，经过总结提炼后在全省推广，值得各地学习借鉴。",
        "我们要主动关注群众的急难愁盼，把服务送到家门口，让群众的获得感成色更足。",
        "要把好经验好做法及时分享出去，推动各地互学互鉴、共同提高。",
        "报社编辑记者深入基层一线，采写了一批有温度、有深度的新闻报道，受到读者好评。",
        "对于网上转载的不实信息，有关部门要及时澄清，依法处置，维护良好的网络生态。",
        # a notice's own rule by a ruling text, and a draft's own word on its changes: no copy named
        "具体补贴标准以省财政厅正式文件为准。",
        "最终名单以正式文件为准。",
        "补助发放时间如有调整，以县人社局公布的正式文件为准。",
        "各项数据以统计部门最终公布的全文为准。",
        "如有出入，以正式文件为准。",
        "根据各方意见，部分内容有改动。",
        "经征求意见，文字有改动。",
        "与初稿相比，部分内容有删减。",
    ],
)
def test_a_sentence_that_names_a_cut_or_a_ruling_text_is_kept(line: str) -> None:
    assert _kept([PROSE, line, REQUEST]) == [PROSE, clean_line(line), REQUEST]


def test_a_copy_note_in_brackets_after_a_paragraph_is_cut_off() -> None:
    assert _kept([PROSE + "（有删节）", REQUEST]) == [PROSE, REQUEST]


@pytest.mark.parametrize(
    "line",
    [
        "免费下载此文档需要 2 积分，已有 386 人下载",
        "下载本文档（PDF格式）本文由某某范文网会员上传，下载后可自由编辑使用",
        "—— 以上为试读部分，下载后阅读全文 ——",
        "本篇文章共3页，下载需要5下载券",
        "该文档共12页，下载需消耗3积分",
    ],
)
def test_a_document_sites_plea_to_download_the_copy_is_dropped(line: str) -> None:
    assert _kept([PROSE, line, REQUEST]) == [PROSE, REQUEST]


@pytest.mark.parametrize(
    "line",
    [
        "群众可通过政务APP下载电子证照，办事更方便，少跑腿。",
        "村民每参加一次志愿服务可获得5积分，积分可兑换生活用品。",
        "要加快推进下载速度更快的千兆光网建设，让群众用得上、用得起。",
        # a count of users, a file that is not the copy, a notice's attachment, a points rule
        "截至目前，全省已有8000人下载使用该平台。",
        "活动上线一周，已有5600人下载注册。",
        "学员下载该文件后，须在规定时间内完成自学。",
        "按照工作安排，各单位下载本文附件后认真填报。",
        "按照积分管理办法，党员下载学习强国加5积分，每月累计计算。",
    ],
)
def test_a_sentence_that_speaks_of_downloads_is_kept(line: str) -> None:
    assert _kept([PROSE, line, REQUEST]) == [PROSE, clean_line(line), REQUEST]


@pytest.mark.parametrize(
    "line",
    [
        "全市已有3000人下载使用“随申办”APP。",
        "下载该文件需要登录统一身份认证平台。",
        "请各单位下载本文附件并按要求填报。",
        "参与下载学习强国加5积分",
    ],
)
def test_a_one_clause_line_about_downloads_has_no_download_pleas_shape(line: str) -> None:
    # (main_text still drops these by the widget word 下载 on a line of one clause; the plea's
    # pattern itself must not call them a document site's)
    from yaodian.extractors.boilerplate import _has_furniture_pattern
    from yaodian.extractors.text import han_len

    assert not _has_furniture_pattern(line, han_len(line))


def test_an_official_documents_attachment_note_and_signature_are_dropped() -> None:
    signed = [PROSE, "附件：重点任务分工表", "", "某市人民政府", "2025年3月10日", "（此件公开发布）"]
    assert _kept(signed) == [PROSE]
    # an issuer and its date under the headline sign it off too
    assert _kept(["中共某镇委员会", "（2024年9月12日）", PROSE]) == [PROSE]
    # over the attachment's own text, the note heads it
    glossary = "1. 三大主导产业：指我市重点培育的新能源电池、高端装备、绿色食品三个产业，是全市工业的支柱。"
    assert _kept([PROSE, "附件：名词解释", glossary]) == [PROSE, "附件：名词解释", glossary]


def test_a_notes_remarks_after_the_text_it_copies_are_dropped() -> None:
    # (a learner's remarks on the text: how to use it, links, a task; to the next heading of their level)
    lines = [
        "讲话原文",
        PROSE,
        "我的批注",
        "结构：总起、分述、号召",
        "可迁移金句：拔节孕穗期",
        "周末前默写一遍",
    ]
    layout = {
        1: LineLayout(heading=2),
        3: LineLayout(heading=3),
        4: LineLayout(bullet=1),
        5: LineLayout(bullet=1),
    }
    assert [p.written for p in main_text(lines, layout)] == ["讲话原文", PROSE]
    lines = [
        PROSE,
        "个人批注",
        "分论点可以直接套用到基层治理类的大作文，开头要点题，结尾要升华。",
        "二、主要做法",
        PROSE,
    ]
    assert [p.written for p in main_text(lines, {2: LineLayout(heading=2), 4: LineLayout(heading=2)})] == [
        PROSE,
        "二、主要做法",
        PROSE,
    ]


def test_a_notes_name_and_its_remarks_on_itself_under_front_matter_are_dropped(tmp_path: Path) -> None:
    # (front matter leaves the note's first lines blank; the app heads the note with its name, a
    # day's date glued to its words; a pin before the remark's label)
    note = (
        "---\ntitle: 0612王局长讲话\n---\n\n# 0612王局长讲话\n\n"
        "> 📌 整理说明：原文较长，这里只摘了要点，标★的要背，其余部分可以略读，考前再看一遍原文即可。\n\n"
        f"## 在全局作风建设大会上的讲话\n\n{PROSE}\n"
    )
    path = tmp_path / "note.md"
    path.write_text(note, "utf-8")
    document = read_document(path)
    assert [p.written for p in main_text(document.lines, document.layout)] == [
        "在全局作风建设大会上的讲话",
        PROSE,
    ]
    # (a headline that names a year, or a heading in the body, is no note's name)
    kept = main_text(
        ["2024年工作要点", PROSE, "0312会议纪要", PROSE],
        {1: LineLayout(heading=1), 3: LineLayout(heading=2)},
    )
    assert [p.written for p in kept] == ["2024年工作要点", PROSE, "0312会议纪要", PROSE]


CHAT = [
    "“2024省直遴选冲刺群”的聊天记录",
    "",
    "—————  2024-05-16  —————",
    "",
    "林老师（华中申论）  20:02",
    "@所有人 今晚的批改范文发一下，大家对照自己的文章看看差距",
    "",
    "林老师（华中申论）  20:05",
    "以钉钉子精神把蓝图变为现实",
    "",
    PROSE,
    PROSE,
    "",
    "小鹿同学  20:11",
    "收到，谢谢林老师！",
    "",
    "“阿强-税务”撤回了一条消息",
    "",
    "2024-05-16 20:16:05 周周-市监局",
    "[强][强][强]",
]


def test_a_chats_senders_notices_and_talk_are_dropped_and_the_text_passed_on_kept() -> None:
    # (each message is headed by its sender's name and time; the app's notices stand alone; a short
    # message is the members' talk, a long one a text someone passes on)
    assert _kept(CHAT) == ["“2024省直遴选冲刺群”的聊天记录", "以钉钉子精神把蓝图变为现实", PROSE, PROSE]


def test_a_chats_short_numbered_message_is_kept() -> None:
    lines = ["甲老师  20:01", "一是要吃透上情", "甲老师  20:02", "二是要摸清下情", "乙同学  20:03", "收到"]
    assert _kept(lines) == ["一是要吃透上情", "二是要摸清下情"]


def test_a_chats_short_note_worth_learning_is_kept() -> None:
    # (a concept and what it holds, or a series, is a teacher's note in a study group, not talk)
    lines = [
        "林老师  20:01",
        "两个维护：坚决维护党中央权威和集中统一领导。",
        "林老师  20:02",
        "四个意识：政治意识、大局意识、核心意识、看齐意识。",
        "小鹿  20:03",
        "收到，谢谢林老师！",
    ]
    assert _kept(lines) == [lines[1], lines[3]]


def test_a_forums_floors_and_a_few_timed_lines_are_no_chat() -> None:
    # (a floor's number heads a post whose text is the poster's; two timed lines make no chat)
    floors = ["1楼   2026-09-21 22:14", "自己整理的三个热点，大家自取。", "2楼   2026-09-21 22:30", "顶一下"]
    assert "顶一下" in _kept(floors)
    assert "收到，谢谢！" in _kept(["林老师  20:02", "收到，谢谢！", "小鹿  20:03", PROSE])


def test_a_meetings_agenda_is_no_chat() -> None:
    # (its items name a time and what happens, each once: no name comes twice, as a chat's members'
    # names do; the lines under them are the items' own)
    agenda = ["9:00 开班式", "主持人介绍学员", "9:30 专题讲座", "授课教师授课", "14:00 分组讨论", "各组交流"]
    assert _kept(agenda) == agenda


def test_a_notes_remarks_under_a_heading_with_an_emoji_are_dropped() -> None:
    lines = [PROSE, "📝 我的批注", "开头：用“千条线、一根针”点题，比直接亮观点更自然"]
    layout = {2: LineLayout(heading=2), 3: LineLayout(bullet=1)}
    assert [p.written for p in main_text(lines, layout)] == [PROSE]


@pytest.mark.parametrize("label", ["编者按：", "【编者按】", "导读：", "【今日导读】", "【内容提要】"])
def test_an_editors_label_is_cut_from_the_editors_note(label: str) -> None:
    assert _kept([label + PROSE]) == [PROSE]


@pytest.mark.parametrize("label", ["【編者按】", "編者按：", "【導讀】", "內容提要："])
def test_an_editors_label_is_cut_from_a_traditional_page(label: str) -> None:
    # (a Hong Kong or Macau page writes the label in traditional characters, as its note)
    note = "基層是國家治理的「最末梢」，也是服務群眾的「最前沿」，各地在實踐中積累了許多有益經驗。"
    assert [p.written for p in main_text([label + note])] == [note]


@pytest.mark.parametrize(
    "note",
    [
        "数据来源：青川县农业农村局、县委组织部。",
        "（资料来源：某某市统计局2024年统计公报）",
        "注：表中数据由溪口县大数据发展中心提供。",
        "注：以上数据截至2024年6月底。",
        "图表来源：作者根据调研数据整理",
    ],
)
def test_a_tables_note_on_where_its_figures_come_from_is_dropped(note: str) -> None:
    assert _kept([PROSE, note, PROSE]) == [PROSE, PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "数据来源多元、标准不一，是基层数字化建设的突出难题。",
        "注：要把数据作为新型生产要素用好用活。",
        "要打通数据来源：一是部门数据共享，二是基层数据回流。",
    ],
)
def test_a_sentence_on_data_sources_is_no_source_note(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, line, PROSE]


@pytest.mark.parametrize(
    "remark",
    [
        "💡小编划重点：这个热点既可以出综合分析（谈理解），也可以出组织管理（让你牵头推进），三种题型都要准备！",
        "这个话题很可能考应急应变，大家要提前准备。",
        "此类材料常出对策题，答题时要注意对策的可操作性。",
    ],
)
def test_a_remark_on_the_questions_a_topic_may_be_set_as_is_dropped(remark: str) -> None:
    assert _kept([PROSE, remark, PROSE]) == [PROSE, PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "这个热点问题可能出现反复，必须抓常态、抓长效，防止反弹回潮。",
        "该事件考验的是基层干部的应急处置能力和群众工作能力。",
        "本次会议可以出台一批务实举措，切实解决群众急难愁盼问题。",
    ],
)
def test_a_sentence_on_a_topic_that_names_no_question_stays(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, line, PROSE]


def test_a_blank_form_a_notice_attaches_is_dropped() -> None:
    form = [
        "“学查改”专项活动问题整改清单（样表）",
        "序号",
        "问题类别",
        "问题表现",
        "整改措施",
        "责任人",
        "完成时限",
    ]
    ledger = ["某某专项活动工作台账", "时间", "活动内容", "参加人员", "记录人", "备注"]
    assert _kept([PROSE, "", *form, "", "", "", *ledger, "", "", ""]) == [PROSE]


def test_terms_under_a_heading_or_a_filled_table_are_no_blank_form() -> None:
    terms = ["四个意识", "政治意识", "大局意识", "核心意识", "看齐意识"]
    assert _kept([PROSE, "", *terms, "", "", PROSE]) == [PROSE, *terms, PROSE]
    # (a list named a 清单 whose lines are its entries, not a form's columns)
    duties = ["村级组织协助工作事项清单", "社会保障", "计划生育", "民政优抚", "", "", PROSE]
    assert _kept([PROSE, "", *duties]) == [PROSE, *duties[:4], PROSE]


def test_a_running_header_with_its_pages_number_is_dropped() -> None:
    header = "WUCHUAN PARTY SCHOOL  |  2024 领导干部专题辅导"
    lines = [PROSE, f"{header} 1", PROSE, f"{header} 2", PROSE, f"{header} 13", PROSE]
    assert _kept(lines) == [PROSE] * 4


@pytest.mark.parametrize("label", ["【本期导读】", "本期要目：", "【本期看点】"])
def test_a_periodicals_contents_over_the_text_are_dropped(label: str) -> None:
    # (the issue's headlines under their label stand before the text, which says them again)
    lines = ["组工信息", f"{label}某市探索“墩苗”“赛马”机制激发干部干事创业热情", "某市健全“三项机制”", PROSE]
    assert _kept(lines) == ["组工信息", "某市健全“三项机制”", PROSE]


def test_a_label_of_this_issue_inside_the_text_is_kept() -> None:
    line = "本期导读：以下三篇文章都谈基层减负"
    assert _kept([PROSE, line, PROSE]) == [PROSE, line, PROSE]


@pytest.mark.parametrize("head", ["共 236 条评论", "97 条评论", "全部留言（8）", "评论 12"])
def test_the_comments_under_a_count_of_them_after_the_text_are_dropped(head: str) -> None:
    # (each reader's name, words and the time and likes of the comment, whatever the app prints)
    lines = [
        PROSE,
        "编辑于 11-20 江苏",
        head,
        "小鹿不迷路",
        "求出一期请示和报告的区别！",
        "11-20 浙江 赞 56 回复",
    ]
    assert _kept(lines) == [PROSE]


def test_a_count_of_comments_before_the_text_ends_nothing() -> None:
    lines = ["某某问题怎么答？", "97 条评论", PROSE, "一是要吃透上情", PROSE]
    assert _kept(lines) == ["某某问题怎么答？", PROSE, "一是要吃透上情", PROSE]


@pytest.mark.parametrize(
    "footer",
    ["11-20 浙江 赞 56 回复", "2024-03-18 21:07・IP 属地江苏 赞同 12", "3天前 回复", "昨天 20:15 12赞"],
)
def test_readers_comments_each_over_its_footer_after_the_text_are_dropped(footer: str) -> None:
    # (no count of comments heads them: each comment's footer of when, where and its likes tells it)
    lines = [PROSE, "", "小鹿不迷路", "求出一期请示和报告的区别！", footer, "作者", "安排上了～", footer]
    assert _kept(lines) == [PROSE]


def test_a_dated_line_inside_the_text_is_no_comments_footer() -> None:
    # (before the text's last prose: a line of the text, whatever follows it)
    assert "县委书记谈基层减负" in _kept([PROSE, "县委书记谈基层减负", "11-20 回复", PROSE])


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("联系人：张三", True),
        ("信息审核人：王五", True),
        ("共产党人：不忘初心", False),  # a headline: 共产党 is no role one credits
        ("年轻人：敢闯敢试", False),
    ],
)
def test_only_a_credited_role_and_a_name_is_a_credit(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


def test_the_accounts_card_after_the_text_is_dropped_by_the_names_its_byline_gives() -> None:
    # (an account's name alone on a line, its one-line description under it, as a post's end prints them)
    lines = [
        "某某市召开年度工作会议",
        "原创 青禾发布 青禾发布 2026-03-02 09:15 发表于江北",
        PROSE,
        "一是抓好项目建设。",
        "二是抓好民生实事。",
        PROSE,
        "青禾发布",
        "某某市委宣传部官方账号",
    ]
    assert _kept(lines) == [
        "某某市召开年度工作会议",
        PROSE,
        "一是抓好项目建设。",
        "二是抓好民生实事。",
        PROSE,
    ]


def test_a_line_after_the_text_that_no_byline_names_is_kept() -> None:
    lines = ["某某市召开年度工作会议", "2026-03-02 09:15", PROSE, PROSE, "青禾发布", "某某市委宣传部官方账号"]
    assert _kept(lines)[-2:] == ["青禾发布", "某某市委宣传部官方账号"]


def test_the_name_of_the_part_an_excerpt_comes_from_is_dropped() -> None:
    # (a handout's part over the excerpt's headline: no other part of the handout is in the text)
    lines = [
        "第三部分 申论范文精讲",
        "范文二",
        "以数字赋能基层治理",
        PROSE,
        "第一，完善平台。",
        "第二，培育人才。",
    ]
    assert _kept(lines) == ["范文二", "以数字赋能基层治理", PROSE, "第一，完善平台。", "第二，培育人才。"]


def test_the_chapter_and_section_an_excerpt_comes_from_are_dropped() -> None:
    # (a handout's chapter, then its section, over the excerpt's headline)
    lines = ["第三章  文章写作", "第二节  范文精讲", "", "以数字赋能基层治理", "", PROSE]
    assert _kept(lines) == ["以数字赋能基层治理", PROSE]


def test_a_documents_own_parts_are_kept() -> None:
    lines = ["第一部分工作回顾", "年度总结", PROSE, "第二部分下步打算", PROSE]
    assert _kept(lines) == lines


def test_a_documents_own_sections_are_kept() -> None:
    lines = ["第一节总体要求", "工作方案", PROSE, "第二节主要任务", PROSE]
    assert _kept(lines) == lines


@pytest.mark.parametrize(
    "subtitle",
    [
        "——在市交通运输局“七一”专题党课上的讲稿",
        "——2025年1月9日在某县第十八届人民代表大会第五次会议上",
        "——在全市组织工作会议上",  # (a gathering's name without the address's kind)
    ],
)
def test_a_speechs_occasion_under_its_headline_is_dropped(subtitle: str) -> None:
    lines = ["锤炼过硬作风建设人民满意交通", subtitle, PROSE]
    assert _kept(lines) == ["锤炼过硬作风建设人民满意交通", PROSE]


@pytest.mark.parametrize("label", ["【基层观察】", "【组工课堂】", "【社評】"])
def test_a_columns_label_before_the_headline_is_cut(label: str) -> None:
    lines = [f"{label}以“三张清单”为基层松绑减负", PROSE]
    assert _kept(lines) == ["以“三张清单”为基层松绑减负", PROSE]


@pytest.mark.parametrize(
    "line",
    ["【四个意识】政治意识、大局意识、核心意识、看齐意识", "【金句】坚持以人民为中心，把群众满意作为标尺"],
)
def test_a_label_that_counts_or_heads_a_series_or_a_sentence_is_kept(line: str) -> None:
    assert _kept([line, PROSE]) == [line, PROSE]


@pytest.mark.parametrize(
    "subtitle",
    [
        "——以新时代“枫桥经验”为例",
        # where the text's matter stands, no occasion: no address given there, no day, no gathering
        "——在全面建设社会主义现代化国家新征程上",
        "——在基层治理一线中",
        "——在推进中国式现代化的进程中",
    ],
)
def test_a_subtitle_on_what_the_text_looks_at_is_kept(subtitle: str) -> None:
    lines = ["基层治理现代化的实践与思考", subtitle, PROSE]
    assert _kept(lines) == lines


def test_a_distribution_after_the_text_is_dropped_whoever_it_names() -> None:
    # (the 版记's labels in a row after the text; 检察长 and 国有企业 are recipients no list names)
    lines = [
        PROSE,
        "报：市委办公室，市政府办公室。",
        "送：县人大常委会、县政协领导，县法院院长、县检察院检察长。",
        "发：各乡镇党委，县直各部门，县属国有企业。",
    ]
    assert _kept(lines) == [PROSE]


def test_the_next_piece_an_excerpt_breaks_off_in_is_dropped() -> None:
    # (a collection's next essay after the text: its heading and the first line of its question, cut)
    lines = [
        "第十八篇　以“绣花功夫”绣出城市治理新图景",
        PROSE,
        PROSE,
        "第十九篇　让“小切口”撬动“大民生”",
        "【题目再现】",
        "“给定资料3”中，某街道党工委书记说：“民生无小事，枝叶总关情。”请结合",
        "— 44 —",
    ]
    assert _kept(lines)[-1] == PROSE


def test_a_collections_last_piece_with_its_text_is_kept() -> None:
    # (a piece whose text runs on, or whose lines end their sentences, is the document's own)
    lines = [
        "第一篇　坚持以人民为中心",
        PROSE,
        "第二篇　为基层减负",
        "“小事不出村，大事不出镇。”这是基层治理的目标。",
        PROSE,
    ]
    assert _kept(lines)[-2:] == ["“小事不出村，大事不出镇。”这是基层治理的目标。", PROSE]
    ended = ["第一篇　坚持以人民为中心", PROSE, "第二篇　为基层减负", "“小事不出村，大事不出镇。”这是目标。"]
    assert _kept(ended)[-1] == "“小事不出村，大事不出镇。”这是目标。"


def test_the_pages_next_item_after_the_authors_note_is_dropped() -> None:
    # (a newspaper's page: the article ends at its author's note; a column's headline opens another)
    news = "本报讯 近日，由有关高校和研究机构联合主办的论坛在京举行，与会专家围绕县域经济等议题深入交流。"
    for headline in ["理论动态｜“城乡融合发展论坛”在京举办", "■学术随笔"]:
        lines = [PROSE, "（作者系某某研究院研究员）", headline, news]
        assert _kept(lines) == [PROSE]


def test_what_follows_an_authors_note_without_a_headline_is_kept() -> None:
    # (a note on the project, or the author's note atop the text, opens no other item)
    funded = "本文系某省哲学社会科学规划项目“党建引领社区治理机制研究”的阶段性成果，感谢匿名评审专家的意见。"
    assert _kept([PROSE, "（作者单位：某某党校）", funded])[-1] == funded
    assert _kept(["（作者系某某大学教授）", "基层治理", PROSE, PROSE])[-1] == PROSE


def test_a_files_own_signed_articles_after_an_authors_note_are_kept() -> None:
    # (a collection of signed pieces, a 笔谈: the next article is signed off too, or holds more
    # prose than the one above; an author's note atop the text opens no other item either)
    other = "因地制宜发展新质生产力，要立足本地资源禀赋和产业基础，不能一哄而上、搞一种模式。"
    signed = [PROSE, "（作者系某某大学教授）", "因地制宜发展新质生产力", other, "（作者系某某党校副教授）"]
    assert other in _kept(signed)
    longer = [PROSE, "（作者系某某大学教授）", "因地制宜发展新质生产力", other, PROSE, other]
    assert _kept(longer)[-1] == other
    atop = [
        "编者按：本期刊发一组笔谈文章，供读者学习参考。",
        "（作者系某某大学教授）",
        "以改革推动高质量发展",
        PROSE,
    ]
    assert _kept(atop)[-1] == PROSE


def test_a_collections_last_part_whose_lines_leave_their_full_stop_off_is_kept() -> None:
    # (notes often leave the 。 off a line: that is no sentence the pages cut)
    lines = [
        "第一章 坚持人民至上",
        PROSE,
        PROSE,
        "第二章 自信自立",
        "核心要点：坚持自信自立；坚持守正创新",
        "记忆口诀：两个结合，一个根本",
    ]
    assert _kept(lines)[-1] == "记忆口诀：两个结合，一个根本"


@pytest.mark.parametrize(
    "line", ["各级领导干部都要学会：", "各地要尽快成立行业协会、商会：", "各单位务必建立台账："]
)
def test_a_line_that_asks_something_of_its_subject_is_no_address(line: str) -> None:
    assert _kept([PROSE, line, PROSE])[1] == line


def test_offices_alone_with_no_hearer_beside_them_are_no_address() -> None:
    # (a label of offices, 主任、秘书长：, may head the text's own list of their duties)
    assert _kept([PROSE, "主任、秘书长：", PROSE])[1] == "主任、秘书长："


def test_a_distribution_run_into_one_line_is_dropped() -> None:
    # (a PDF's copy runs the 版记's lines into one: its labels, in a row, are still the 版记's)
    lines = [
        PROSE,
        "报：市委组织部，区工委、管委会领导送：区工委各部门，管委会各局办发：各街道党工委：（共印60份）",
    ]
    assert _kept(lines) == [PROSE]


def test_a_distributions_names_that_run_on_over_the_next_line_are_dropped() -> None:
    # (the width breaks the 抄送 line after a comma; its last names stand on the next line, indented)
    lines = [
        PROSE,
        "抄送：县委各部门，县人大常委会办公室，县政协办公室，",
        "      县法院，县检察院，县人武部。",
        "清河县人民政府办公室                2024年3月8日印发",
    ]
    assert _kept(lines) == [PROSE]


def test_a_sentence_after_a_distribution_line_is_kept() -> None:
    sentence = "县法院、县检察院要加强协作，形成工作合力。"
    assert sentence in _kept([PROSE, "抄送：县委各部门，县人大常委会办公室，", sentence])


def test_names_after_a_blank_line_are_no_distributions_run_on() -> None:
    assert "县法院，县检察院。" in _kept([PROSE, "抄送：县委各部门，", "", "县法院，县检察院。", PROSE])


@pytest.mark.parametrize(
    "lines",
    [
        # (a 报： line the text keeps, inside it: the names it runs on over are the text's too)
        [PROSE, "会议议定：", "报：县委、县政府，", "县人大办、县政协办。", "二、其他事项按分工落实。"],
        # (a name with a colon is a sentence's subject, not a recipient)
        [
            PROSE,
            "抄送：县委办，",
            "领导小组成员单位：县委办、县政府办、县应急局。",
            "请各成员单位按职责分工抓好落实。",
        ],
    ],
)
def test_names_after_a_distribution_line_the_text_keeps_or_with_a_colon_are_kept(lines: list[str]) -> None:
    kept = _kept(lines)
    assert lines[-2] in kept and lines[-1] in kept


def test_a_submission_instruction_with_labels_in_its_sentence_is_kept() -> None:
    # (送： inside 抄送：, and a label followed by no recipient, are no 版记's labels)
    instruction = (
        "请各乡镇于6月30日前将工作总结报送县政务服务管理局。报送：县政务服务管理局办公室，同时抄送：县委办。"
    )
    assert _kept([PROSE, instruction]) == [PROSE, instruction]


def test_a_distribution_glued_after_the_texts_last_sentence_is_cut_off() -> None:
    # (an OCR copy runs the 版记 across the page break and the rule into the last paragraph)
    last = "下一步，我县将进一步扩大覆盖范围，努力打造“办事不求人、审批不见面、最多跑一次”的政务服务品牌。"
    glued = last + "报：市政务服务管理局，县委、县人大、县政府领导。送：县委办、县政府办。"
    assert _kept([PROSE, glued, "发：各乡镇人民政府，县直各有关单位。"]) == [PROSE, last]


@pytest.mark.parametrize(
    "lines",
    [
        [PROSE, PROSE + "送：县法院院长、县检察院检察长。"],  # (one label: maybe the text's own)
        [PROSE + "报：市委办公室。送：市政府办公室。", PROSE],  # (not the text's last prose)
    ],
)
def test_labels_glued_after_a_sentence_that_end_no_text_stay(lines: list[str]) -> None:
    assert _kept(lines) == lines


@pytest.mark.parametrize("colon", ["：", ":"])
def test_a_glued_label_before_a_subject_with_a_colon_of_either_width_is_not_counted(colon: str) -> None:
    # (报：领导小组成员单位：… is a sentence saying what the group does, not a recipient; one label is left)
    last = "下一步，我县将进一步扩大覆盖范围，努力打造政务服务品牌。"
    lines = [PROSE, last + f"报：领导小组成员单位{colon}县委办。送：县委办。"]
    assert _kept(lines) == lines


def test_a_labelled_line_inside_the_text_is_no_distribution() -> None:
    lines = [PROSE, "送：县法院院长、县检察院检察长。", PROSE]
    assert _kept(lines) == lines


def test_a_listings_copy_of_the_headline_in_the_head_is_dropped() -> None:
    # (a document site prints the document's name with its category; the headline stands alone too)
    lines = ["2026年申论热点范文：坚持以人民为中心", "精选范文", "坚持以人民为中心", PROSE]
    assert _kept(lines) == ["精选范文", "坚持以人民为中心", PROSE]


def test_a_labelled_line_in_the_head_that_repeats_no_line_is_kept() -> None:
    lines = ["主题：坚持以人民为中心", "年度范文", PROSE]
    assert _kept(lines) == lines


@pytest.mark.parametrize("label", ["【名师点睛】", "【点评】", "[老师点拨]"])
def test_the_label_of_a_note_on_the_text_is_cut_and_its_words_kept(label: str) -> None:
    note = "本文采用“总—分—总”结构，三个分论点分别围绕“放”“管”“服”展开。"
    assert _kept([PROSE, f"{label}{note}"]) == [PROSE, note]


def test_a_label_over_words_not_on_the_text_is_kept() -> None:
    line = "【案例】某县推行“小事不出村”机制，矛盾纠纷就地化解。"
    assert _kept([PROSE, line]) == [PROSE, line]


def test_an_exercise_on_the_text_is_dropped() -> None:
    assert _kept([PROSE, "【课后练习】请仿照本文结构，以“基层减负”为主题列出提纲。"]) == [PROSE]


def test_a_columns_sentence_presenting_the_text_is_cut() -> None:
    note = "编者按：共同富裕是社会主义的本质要求。本期“理论热点”栏目聚焦县域共富，整理成文，供读者参考。"
    assert _kept([note, PROSE]) == ["共同富裕是社会主义的本质要求。", PROSE]


def test_a_series_label_alone_over_label_and_headline_keeps_the_headline() -> None:
    # (the line alone is the shorter part: a series' label, not the headline a listing repeats)
    lines = ["学习贯彻党的二十大精神", "学习贯彻党的二十大精神｜以高质量发展推动中国式现代化", PROSE]
    assert "学习贯彻党的二十大精神｜以高质量发展推动中国式现代化" in _kept(lines)


@pytest.mark.parametrize(
    "line",
    [
        "请各单位结合本文件要求，认真抓好贯彻落实，确保各项任务落到实处。",
        "请各地对照该文件精神，抓紧制定实施细则。",
        "请市文旅局牵头完善基本文化服务体系。",
        "全面规范政府网站基本栏目设置，提升政务公开水平。",
        "【典型案例】某县完善基本文化服务网络，群众满意度明显提升。",
    ],
)
def test_words_that_hold_this_text_or_column_inside_another_word_are_the_texts(line: str) -> None:
    # (本文件, 该文件, 基本文化, 基本栏目: not a note on the text or a column presenting it)
    assert _kept([PROSE, line, PROSE]) == [PROSE, line, PROSE]


@pytest.mark.parametrize("label", ["本期目录", "【本期要目】"])
def test_a_periodicals_contents_after_the_text_end_it(label: str) -> None:
    # (the issue's other articles, a list of their headlines under the article)
    lines = [
        PROSE,
        "第一，守牢耕地红线。",
        "第二，强化科技支撑。",
        PROSE,
        label,
        "- 深入推进中国式现代化",
        "- 以开放促改革",
    ]
    assert _kept(lines) == [PROSE, "第一，守牢耕地红线。", "第二，强化科技支撑。", PROSE]


@pytest.mark.parametrize("label", ["目　录", "【本期导读】"])
def test_contents_entries_that_the_text_prints_again_as_its_headings_are_dropped(label: str) -> None:
    # (a deck's 目录 slide, a bulletin's 本期导读: the headings below say them again)
    lines = [
        "严明纪律规矩 锤炼过硬作风",
        label,
        "1. 精读材料：从“千万工程”看乡村振兴",
        "2. 组长点评",
        "",
        "精读材料",
        "从“千万工程”看乡村振兴",
        PROSE,
        "组长点评",
        PROSE,
    ]
    kept = _kept(lines)
    assert "2.组长点评" not in kept and "1.精读材料：从“千万工程”看乡村振兴" not in kept
    assert kept[-4:] == ["从“千万工程”看乡村振兴", PROSE, "组长点评", PROSE]


@pytest.mark.parametrize("label", ["目录", "【本期要目】"])
def test_contents_entries_with_a_colon_printed_again_whole_as_headings_are_dropped(label: str) -> None:
    # (an entry 栏目：标题 whose heading below says the same words whole, not its two halves)
    lines = [
        label,
        "1. 市委召开作风建设推进会",
        "2. 一线来信：让“服务绿”点亮“窗口蓝”",
        "",
        "市委召开作风建设推进会",
        PROSE,
        "一线来信：让“服务绿”点亮“窗口蓝”",
        PROSE,
    ]
    assert _kept(lines) == lines[4:]


def test_contents_entries_with_a_colon_not_printed_again_stay() -> None:
    # (the heading below names another case than the entry: the contents are the text's outline)
    lines = [
        "目录",
        "一、总体思路",
        "二、典型案例：某镇“积分超市”",
        "",
        "一、总体思路",
        PROSE,
        "二、典型案例：某县“红色代办”",
        PROSE,
    ]
    assert _kept(lines)[:2] == ["一、总体思路", "二、典型案例：某镇“积分超市”"]
    # (nor does a list of short numbered points under no label go)
    points = ["1. 抓学习", "2. 抓作风", "3. 抓落实", "4. 抓队伍", "5. 抓廉政"]
    assert _kept([PROSE, *points, PROSE])[1:6] == points


def test_contents_that_name_other_parts_than_the_headings_are_the_texts_outline() -> None:
    # (a deck's outline in other words than its slides' titles: the learner recites it)
    lines = [
        "目　录",
        "一、深刻把握大会主题",
        "二、准确理解科学内涵",
        "",
        "一、深刻把握大会主题",
        PROSE,
        "二、中国式现代化的本质要求",
        PROSE,
    ]
    assert _kept(lines)[:2] == ["一、深刻把握大会主题", "二、准确理解科学内涵"]


@pytest.mark.parametrize("label", ["笔记说明", "我的批注", "📌 摘录说明"])
def test_a_remark_under_its_label_atop_a_note_is_dropped(label: str) -> None:
    remark = "这篇适合做“高质量发展”类大作文的分论点，重点背第二、三段。相关：新质生产力、高质量发展"
    assert _kept(["", label, remark, "", PROSE]) == [PROSE]


def test_a_remark_under_its_label_below_the_notes_source_is_dropped() -> None:
    # (the note's clipped source over the remark's label: the label still stands in the note's head)
    source = "来源：东方理论网 ｜ 作者：陈立新 ｜ 2024-04-01 09:12"
    remark = "申论“文化”专题素材，重点看第二部分的四条任务，可直接用作分论点。"
    assert _kept(["", source, "", "摘录说明", remark, "", PROSE]) == [PROSE]
    # (below the body's first prose, the lines under a label of the kind are the text's own)
    assert remark in _kept([PROSE, "", "摘录说明", remark, "", PROSE])


_LABELS = {"学习提示", "记忆提示", "说明"}


@pytest.mark.parametrize(
    "lines",
    [
        # under the note's own title, a label of the kind opens the body: its lines are the note's
        [
            "第三章 政府职能",
            "",
            "学习提示",
            "本章重点掌握政府的四项基本职能，即经济调节、市场监管、社会管理和公共服务。",
            "",
            PROSE,
        ],
        ["乡村振兴“五个振兴”", "", "记忆提示", "产业、人才、文化、生态、组织", "", PROSE],
        # (a note of lists, no prose: a label among them heads its list)
        [
            "三个务必",
            "务必不忘初心、牢记使命",
            "务必谦虚谨慎、艰苦奋斗",
            "务必敢于斗争、善于斗争",
            "",
            "说明",
            "四个全面",
            "全面建设社会主义现代化国家",
            "全面深化改革",
            "",
            "全面依法治国",
            "全面从严治党",
        ],
    ],
)
def test_a_remarks_label_under_the_notes_title_keeps_the_lines_under_it(lines: list[str]) -> None:
    kept = "".join(_kept(lines))
    assert all(line in kept for line in lines[lines.index("") + 1 :] if line and line not in _LABELS)


def test_a_remarks_label_over_a_text_without_blank_lines_takes_only_itself() -> None:
    # (no blank line under it within a few lines: what follows is the text, not a remark)
    lines = ["说明", PROSE, PROSE, PROSE, PROSE]
    assert _kept(lines) == [PROSE] * 4


def test_a_tip_on_learning_the_note_in_its_head_is_dropped() -> None:
    lines = [
        "名称：全过程人民民主",
        "最后编辑：2024年4月11日 上午 7:40",  # (opens like 最后, yet no item: the head goes on)
        "💡 背诵提示：先记“四个相统一”，再记“五个民主环节”，最后配一个案例。",
        "一、核心要义",
        PROSE,
    ]
    assert _kept(lines) == ["名称：全过程人民民主", "一、核心要义", PROSE]


def test_a_remark_on_the_material_is_dropped_wherever_it_stands() -> None:
    tip = "【备考提示】本专题可对应“民生保障”“扩大内需”类大作文，亦可用于面试综合分析题。"
    hint = "【提示】从政治、经济、文化三个方面作答，每个方面举一个例子。"  # (no word on the material)
    assert _kept([PROSE, hint, PROSE, tip]) == [PROSE, hint, PROSE]


def test_an_exercise_on_the_example_under_its_label_is_dropped() -> None:
    assert _kept([PROSE, "【练习】请仿照本例，以“种业振兴”为题写一篇大作文。"]) == [PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "您收到此邮件是因为订阅了每日精读。退订请回复TD。",
        "回复T退订",
        "如不想再收到此类邮件，请点击此处取消订阅",
        # a Q&A page's buttons and counters
        "关注问题写回答",
        "邀请回答",
        "我也说一句",
        "关注者 2,341",
        "被浏览 486,092",
        "好问题 56",
        "1,286 人赞同了该回答",
        "57 个回答",
        # a microblog's topic tags on a line of their own
        "#公考[超话]# #申论# #国考倒计时#",
    ],
)
def test_calls_to_act_and_a_pages_counters_are_dropped(line: str) -> None:
    assert _kept([PROSE, line]) == [PROSE]


def test_a_count_of_answers_in_a_sentence_is_the_texts() -> None:
    line = "这道题共有3个回答角度：一是讲意义，二是讲问题，三是讲对策。"
    assert _kept([PROSE, line]) == [PROSE, line]


def test_topic_tags_are_cut_from_a_posts_sentence() -> None:
    post = "【#为基层减负# 为基层减负，不能“减”了责任】基层减负是今年以来的高频热点。"
    assert _kept([post, PROSE]) == ["【为基层减负，不能“减”了责任】基层减负是今年以来的高频热点。", PROSE]


def test_a_running_head_glued_after_the_last_sentence_is_cut() -> None:
    line = (
        "第三，管理要数字化。依托数字平台记录积分，减少人为干预，提升公信力。第三章  文章写作              74"
    )
    assert _kept([PROSE, line]) == [
        PROSE,
        "第三，管理要数字化。依托数字平台记录积分，减少人为干预，提升公信力。",
    ]


def test_the_lone_section_an_excerpt_comes_from_is_dropped() -> None:
    lines = ["(二) 结构安排：本章推荐“总—分—总”结构", "守住耕地红线 端牢中国饭碗", PROSE]
    assert _kept(lines) == ["守住耕地红线端牢中国饭碗", PROSE]
    numbered = ["（二）结构安排", PROSE, "（三）论证方法", PROSE]  # (a run of them: the text's own)
    assert _kept(numbered) == numbered


# Review mends of round 13: the body's own text a remark, tag or page-head rule took.
BODY = "各单位要高度重视安全生产工作，切实落实主体责任，确保人民群众生命财产安全。"


def _kept(lines: list[str]) -> list[str]:
    return [paragraph.text for paragraph in main_text(lines)]


def test_the_bodys_first_paragraph_under_a_bare_label_is_kept() -> None:
    kept = _kept(["提示", BODY, "", "一、加强组织领导", BODY])
    assert kept[0] == BODY


@pytest.mark.parametrize(
    "line",
    [
        "说明：本章程经会员大会表决通过，自2024年1月1日起施行，由理事会负责解释。",
        "备注：本节约用水措施由各街道负责落实，定期报送进展情况。",
    ],
)
def test_a_bare_label_in_the_body_that_names_its_own_rules_is_the_text(line: str) -> None:
    assert line in _kept(["一、总则", BODY, BODY, line])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "加快推进重点项目建设，确保按期完工。    市发改委      2025",
            "加快推进重点项目建设，确保按期完工。市发改委 2025",
        ),
        ("深入开展#清朗行动#专项整治，营造良好网络环境。", "深入开展清朗行动专项整治，营造良好网络环境。"),
    ],
)
def test_a_table_rows_cells_and_a_tag_inside_a_sentence_stay(line: str, expected: str) -> None:
    assert expected in _kept(["一、总则", BODY, line, BODY])


def test_the_label_of_a_review_of_the_whole_text_is_cut_and_its_words_kept() -> None:
    # (全文结构清晰: a review of the model text, as 本文… is; 全面 opens the text's own words)
    review = "全文结构清晰，四个分论点从体系、能力、法治、民本四个维度展开，层层递进。"
    assert _kept([PROSE, f"【点评】{review}"]) == [PROSE, review]
    own = "【攻坚行动】全面推行“街巷长制”，让每一条街巷有人管、每一个问题有人盯。"
    assert _kept([PROSE, own]) == [PROSE, own]


@pytest.mark.parametrize(
    "line",
    [
        "在全市安全生产工作会议上的讲话 ………………… 王建国（1）",
        "在全市春季农业生产工作会议上的讲话 …………… 刘长海（17）",
        "县纪委监委关于2023年度作风问题专项整治情况的通报 …（6）",
        "第一章 总论……………… 12",
        "2025 国家公务员录用考试专项教材 · 申论                    73",  # (a book's running head)
    ],
)
def test_a_contents_entry_with_its_author_or_its_page_in_brackets_is_dropped(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "网格员队伍持续壮大…… 2023年新增1200人",
        "群众反映的问题…（1）件件有回音，（2）事事有着落",
        "他说：“这件事……”（1）",
    ],
)
def test_a_line_with_an_ellipsis_before_a_number_is_the_texts(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, line, PROSE]


def test_entries_that_point_to_a_newspapers_pages_are_dropped() -> None:
    # (a page's box of the issue's other articles, under the author's note that signs the text off)
    lines = [
        PROSE,
        "（作者分别系某某大学教授、某某社会科学院副研究员）",
        "【理论周刊】",
        "本期聚焦",
        "● 新质生产力的理论逻辑（6版）",
        "● 以法治方式推进基层治理（第13版）",
    ]
    kept = _kept(lines)
    assert kept[0] == PROSE
    assert [line for line in kept if "版）" in line] == []
    # (the entries go, every paragraph around them stays)
    other = "新质生产力是创新起主导作用，摆脱传统经济增长方式、生产力发展路径的先进生产力质态。"
    entries = [PROSE, "● 新质生产力的理论逻辑（6版）", other, "● 以法治方式推进基层治理（第13版）", PROSE]
    assert _kept(entries) == [PROSE, other, PROSE]
    cited = "本报曾以《让基层干部轻装上阵》为题刊发评论（第6版），引起广泛关注。"
    assert _kept([PROSE, cited, PROSE]) == [PROSE, cited, PROSE]


def test_the_lead_storys_opening_on_a_front_page_is_the_files() -> None:
    # (a front page: the lead story's headline and opening, jumped to page 2, and briefs; no whole
    # piece besides, so the lead is the file's own story, which its deck is named after)
    lead = "本报讯（记者 张明）近日，全市基层治理现代化推进会召开，会议总结了一年来的工作。（下转第2版）"
    brief = "本报讯 " + PROSE
    lines = [
        "东江日报",
        "",
        "全市推进基层治理现代化",
        lead,
        "",
        "春耕生产有序推进",
        brief,
        "",
        "文明创建再上台阶",
        brief,
    ]
    kept = _kept(lines)
    assert "全市推进基层治理现代化" in kept
    assert [line for line in kept if "下转第2版" in line] != []


STUB = ["本报评论员", "让“夜经济”亮起来也要“管”起来，城市的烟火气渐渐升腾。（下转第6版）"]


def test_another_pieces_opening_cut_off_by_its_jump_to_another_page_is_dropped() -> None:
    # (a newspaper's page: the commentary's opening goes on on page 6, which the file does not hold;
    # the file holds a whole article besides)
    lines = ["东江日报", "", *STUB, "", "把文化自信转化为推动发展的精神力量", "", *[PROSE] * 6]
    assert _kept(lines) == ["把文化自信转化为推动发展的精神力量", *[PROSE] * 6]


def test_a_piece_whose_jump_leads_into_the_file_is_kept() -> None:
    # (the file holds the page the jump leads to: the piece is the file's)
    lines = ["", *STUB, "", PROSE, "", "（上接第1版）", PROSE]
    assert STUB[1] in _kept(lines)


def test_the_files_own_last_paragraph_before_its_jump_is_kept() -> None:
    # (under a section's numbered heading, or with no headline above it, the paragraph is the text's)
    last = "三是强化基层保障，推动人往基层走、钱往基层投。（下转第6版）"
    for block in (["三、压实责任", last], [last]):
        lines = ["以高质量党建引领基层治理", "", PROSE, PROSE, "", *block, "", "东江日报社出版"]
        assert last in _kept(lines)


def test_a_remark_under_a_bare_label_that_links_the_note_to_others_is_dropped() -> None:
    # (会上手记…整理 with 上级笔记：/关联：: the note's remark on itself, though it reads as a sentence)
    remark = "会上手记 + 会后对照印发稿整理，引文以正式印发稿为准。上级笔记：机关党建 MOC；关联：两个维护"
    assert _kept(["", "说明", remark, "", "会议概况", BODY]) == ["会议概况", BODY]
    # (a paragraph under the same label that names no other note is the body's)
    assert _kept(["", "说明", BODY, "", "会议概况", BODY]) == [BODY, "会议概况", BODY]


@pytest.mark.parametrize(
    "line",
    [
        "中央经济工作会议精神解读 · 2024",
        "学习笔记 · 1",
        "政府工作报告学习笔记 · 2024",
        "新时代枫桥经验 · （3）",
    ],
)
def test_a_headline_with_its_year_or_number_after_a_spaced_dot_is_no_contents_entry(line: str) -> None:
    # (a middle dot parts a headline from its year or its number; a contents' leader runs to a page)
    assert _kept([line, "", PROSE, PROSE]) == [line, PROSE, PROSE]


def test_a_body_sentence_pointing_to_an_attachment_under_a_bare_label_is_kept() -> None:
    # (另见：附件2。 ends a sentence of the body: it links no note to others; only the label goes,
    # and the paragraph after it stays too where no blank line comes between)
    pointing = PROSE + "另见：附件2。"
    for label in ("说明", "提示"):
        assert _kept(["", label, pointing, "", "一、总体要求", BODY]) == [pointing, "一、总体要求", BODY]
    assert _kept(["", "说明", pointing, BODY, "", "一、总体要求", BODY]) == [
        pointing,
        BODY,
        "一、总体要求",
        BODY,
    ]
    # (a remark that ends on its links goes up to them: the body's paragraph under it stays)
    remark = "会上手记 + 会后对照印发稿整理，引文以正式印发稿为准。上级笔记：机关党建 MOC；关联：两个维护"
    assert _kept(["", "说明", remark, BODY, "", "会议概况", BODY]) == [BODY, "会议概况", BODY]


def test_a_footnote_that_speaks_of_the_full_text_goes_whole() -> None:
    # ([12] is a footnote's number, no label: the reference goes, not only its number)
    assert _kept([PROSE, "[12]全文见《人民日报》2023年7月19日。", PROSE]) == [PROSE, PROSE]


def test_a_reporters_credit_opened_by_the_outlet_is_dropped() -> None:
    # (the outlet glued to the role, as an app's or paper's byline prints it; a line of the same look
    # whose first word is no outlet is the text's heading)
    credit = "华夏新闻客户端记者 高嘉禾 通讯员 叶舟"
    assert _kept(["让“小网格”撬动“大治理”", "", credit, "", PROSE, PROSE]) == [
        "让“小网格”撬动“大治理”",
        PROSE,
        PROSE,
    ]
    heading = "优秀青年记者 风采展示"
    assert heading.replace(" ", "") in _kept([PROSE, heading, PROSE])
    # (two outlets of one house sharing the credit, joined by a dot)
    shared = "中青报·中青网记者 王磊 通讯员 李娜"
    assert _kept(["一张网格图，管好社区大小事", "", shared, "", PROSE, PROSE]) == [
        "一张网格图，管好社区大小事",
        PROSE,
        PROSE,
    ]
    # (a column's name before the dot is no outlet: the line is no credit)
    column = "奋进新征程·人民日报记者 蹲点调研"
    assert "奋进新征程" in "".join(_kept([PROSE, column, PROSE]))


def test_a_line_after_the_text_naming_the_sites_banner_is_dropped() -> None:
    # (下载…客户端，看更多…: the site points to itself under the text; the body may name it)
    cited = "据华夏新闻客户端统计，今年以来全县网格员累计走访群众3.2万人次，收集意见建议1600余条。"
    lines = [
        "华夏新闻客户端",
        "",
        "让“小网格”撬动“大治理”",
        PROSE,
        cited,
        PROSE,
        "下载华夏新闻客户端，看更多精彩内容",
    ]
    assert _kept(lines) == ["让“小网格”撬动“大治理”", PROSE, cited, PROSE]
    # (without the banner atop, a short line after the text is not told by it)
    closing = "让“小网格”撬动“大治理”"
    assert _kept([PROSE, PROSE, closing])[-1] == closing


def test_the_label_of_a_summary_before_its_colon_is_cut_and_its_words_kept() -> None:
    summary = "本讲围绕新时代“枫桥经验”的历史由来、核心要义和实践路径展开，结合我市实践进行分析。"
    assert _kept([f"内容提要：{summary}", PROSE]) == [summary, PROSE]
    own = "对照本单位：信访接待还停留在“接诉即转”，缺少前端排查和跟踪回访，可以借鉴“一站式”调解中心的做法。"
    assert _kept([PROSE, own]) == [PROSE, own]


def test_a_notes_related_names_under_their_label_are_dropped() -> None:
    # (## 相关 / - [[平安建设]] / - [[2024-05-28 读书笔记]]: the note's links, one a line)
    lines = [PROSE, "", "相关", "", "平安建设", "2024-05-28 读书笔记", "上一篇：网格化管理要点"]
    assert _kept(lines) == [PROSE]
    # (under the same label, a paragraph, and short items under another heading, are the text's)
    assert _kept([PROSE, "", "相关", "", BODY]) == [PROSE, BODY]
    items = ["坚持党的领导", "坚持人民主体"]
    assert _kept([PROSE, "", "核心要义", "", *items]) == [PROSE, "核心要义", *items]


def test_a_periodicals_name_over_its_issue_is_dropped() -> None:
    # (an issue's cover: the collection's name, then its issue alone; a headline is longer)
    lines = ["领导讲话汇编", "2024年第2期（总第37期）", "", "在全市安全生产工作会议上的讲话", PROSE, PROSE]
    assert _kept(lines) == ["在全市安全生产工作会议上的讲话", PROSE, PROSE]
    headline = "新质生产力的理论逻辑与实践路径"
    assert _kept([headline, "2024年第11期", "", PROSE, PROSE])[0] == headline


def test_a_short_headline_over_its_issue_with_no_headline_under_is_kept() -> None:
    # (a periodical's name stands over a piece's headline; a short headline over its issue and then
    # the prose, or a byline or a subtitle, is the piece's own)
    for under in ([], ["本报记者 张三"], ["——记抗疫一线的医护人员群体"]):
        assert _kept(["致敬逆行者", "2024年第2期", *under, PROSE, PROSE])[0] == "致敬逆行者"
    lines = ["学习参考", "2024年第7期", "", "扎实做好新时代群众工作", PROSE, PROSE]
    assert _kept(lines) == ["扎实做好新时代群众工作", PROSE, PROSE]


def test_a_link_label_after_a_comma_is_the_sentences_own_clause() -> None:
    # (…，另见：附件2 with no final 。 is still the body's sentence: only the bare label goes)
    pointing = PROSE + "请于6月底前报送进展情况，另见：附件2"
    assert _kept(["", "说明", pointing, BODY, "", "一、总体要求", BODY]) == [
        pointing,
        BODY,
        "一、总体要求",
        BODY,
    ]
    # (names parted by a comma are still a note's links: the remark goes up to them)
    remark = "会后对照印发稿整理，引文以正式印发稿为准。关联：两个维护，四个意识"
    assert _kept(["", "说明", remark, BODY, "", "会议概况", BODY]) == [BODY, "会议概况", BODY]


def test_a_spaced_dot_before_a_chapter_and_number_inside_a_sentence_is_no_running_head() -> None:
    # (outline.py searches a paragraph with the contents' pattern: a running head ends its line)
    from yaodian.extractors.boilerplate import _CONTENTS_LINE

    assert _CONTENTS_LINE.search("本书分为三编 · 总论 12 项任务在第一编中逐一展开，便于对照学习。") is None
    assert _CONTENTS_LINE.fullmatch("2025 国家公务员录用考试专项教材 · 申论                    73")


# ---------------------------------------------------------------- chrome by what a line says about the
# page: a Q&A page's labels, who runs the site, a running head glued into a sentence, a question's formula


@pytest.mark.parametrize(
    "line",
    [
        "最佳答案",
        "我有更好的答案",
        "搜索答案\u3000我要提问",
        "本回答由提问者推荐",
        "你对这个回答的评价是？",
        "其他 2 条回答",
        "专业答案 | 由“申论小课堂”回答\u3000采纳率：92%\u30002023-11-02",
    ],
)
def test_a_qa_pages_labels_around_an_answer_are_dropped(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "这道题没有最佳答案，关键看能否结合实际。",
        "最佳答案是坚持问题导向",
        "由各级党委回答好“为了谁”的问题",
        "群众建议采纳率90%以上",
    ],
)
def test_a_sentence_with_a_qa_pages_words_is_kept(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, line, PROSE]


def test_a_reports_adoption_rate_and_a_question_banks_answer_label_are_kept() -> None:
    # (a field 采纳率：85% is the report's data without an answerer's credit beside it)
    rates = "代表建议办结率：100%  采纳率：85%"
    assert _kept([PROSE, rates, PROSE]) == [PROSE, clean_line(rates), PROSE]
    assert _kept([PROSE, PROSE, "代表建议办结率：100%", "采纳率：85%"])[-1] == "采纳率：85%"
    # (a label with a colon sets the answer apart from its question)
    question = "1.请概括给定资料1中反映的主要问题。（10分）"
    answer = (
        "一是基层负担重，形式主义问题突出，干部疲于应付各类检查考核；二是服务能力弱，群众办事难问题仍然存在。"
    )
    assert _kept([question, "推荐答案：", answer]) == [question, "推荐答案：", answer]


def test_who_runs_the_site_is_dropped_under_the_text_too() -> None:
    assert _kept(["学习强国", PROSE, PROSE, "中共中央宣传部主管\u3000学习强国学习平台出品"]) == [
        "学习强国",
        PROSE,
        PROSE,
    ]
    # (a sentence of the text that ends on the same word is no such line)
    closing = "本次培训由市委组织部主办。"
    assert _kept([PROSE, closing]) == [PROSE, closing]


@pytest.mark.parametrize(
    "tail",
    [
        ["五、主办单位", "市委宣传部 市文明办", "六、承办单位", "市图书馆"],
        ["要点回顾", "坚持党管媒体原则", "新闻单位由党委宣传部门主管"],
    ],
)
def test_a_notices_heading_or_a_notes_point_on_who_runs_a_thing_is_kept(tail: list[str]) -> None:
    assert _kept([PROSE, PROSE, *tail]) == [PROSE, PROSE, *map(clean_line, tail)]


def test_a_papers_name_and_a_date_in_a_sentence_are_kept() -> None:
    # (the paper's name or the headline printed alone above: a sentence that names it keeps its words)
    lines = ["人民日报", "坚持和发展新时代枫桥经验", PROSE]
    for own in (
        "据人民日报 2024 年 3 月 5 日报道，浙江各地积极推进矛盾纠纷多元化解，取得明显成效。",
        "人民日报 2024年3月5日 头版刊发评论员文章，强调要坚持和发展新时代枫桥经验。",
        "人民日报 2024年5月 15 个县区同步启动粮食安全专项行动，覆盖农户逾十万户。",
    ):
        assert _kept([*lines, own])[-1] == clean_line(own)
    headline = "学习贯彻党的二十大精神"
    own = "各地各部门深入学习贯彻党的二十大精神 2023年1月以来，全市共开展宣讲活动1200余场。"
    assert _kept([headline, PROSE, own])[-1] == clean_line(own)


def test_the_lone_part_an_excerpt_comes_from_is_dropped_under_a_notice() -> None:
    lines = ["内部学员资料 请勿外传", "第二部分  省级机关遴选真题精选", "2023年某省遴选笔试真题", PROSE]
    assert _kept(lines) == ["2023年某省遴选笔试真题", PROSE]


def test_the_credits_of_a_reports_group_are_dropped_outside_the_text() -> None:
    assert _kept([PROSE, PROSE, "课题组组长：王立新 成员：赵敏 孙海涛 刘佳琪"]) == [PROSE, PROSE]
    assert _kept([PROSE, PROSE, "（执笔：周晓岚 吴建平 审核：孙明德）"]) == [PROSE, PROSE]
    # (an investigation report's 调研组 is the group that wrote it, as a 课题组 is)
    assert _kept(["关于社区养老服务的调研报告", PROSE, PROSE, "调研组成员：沈立言 罗嘉禾 夏青"]) == [
        "关于社区养老服务的调研报告",
        PROSE,
        PROSE,
    ]
    assert _kept(["关于乡村产业振兴的调研报告", "成 员：陆晓岚 郑一鸣 黄佳慧", "执 笔：郑一鸣", PROSE]) == [
        "关于乡村产业振兴的调研报告",
        PROSE,
    ]
    # (a note's line of the same shape names no role in a group: its points)
    points = "四个坚持：党建引领 人民至上 数据赋能 系统集成"
    assert _kept([PROSE, PROSE, points]) == [PROSE, PROSE, clean_line(points)]
    # (inside the text, a leading group's members are the text's own: 组长：… 成员：… of a 领导小组)
    members = "组长：王立新 成员：赵敏 孙海涛"
    assert _kept([PROSE, members, PROSE]) == [PROSE, clean_line(members), PROSE]


@pytest.mark.parametrize(
    "lines",
    [
        [
            "关于成立安全生产工作领导小组的通知",
            "为切实加强安全生产工作的组织领导，经研究，决定成立安全生产工作领导小组，组成人员如下：",
            "组长：王立新",
            "副组长：赵敏 孙海涛",
            "成员：刘佳琪 陈思远 周晓岚",
        ],
        [
            "关于调整安全生产工作领导小组成员的通知",
            "组长：王立新",
            "副组长：赵敏 孙海涛",
            "成员：刘佳琪 陈思远 周晓岚",
            "领导小组下设办公室，办公室设在县应急管理局，由王立新同志兼任办公室主任，负责日常工作。",
            PROSE,
        ],
        # (a notice that sends a 调研组 out lists its members as its own words, under no report's title: see _SURVEY_GROUP)
        [
            "关于开展老旧小区改造专项调研的通知",
            PROSE,
            PROSE,
            "调研组组长：韩立东",
            "调研组成员：秦雪 马俊 顾南",
        ],
        ["关于开展老旧小区改造专项调研的通知", "调研组组长：韩立东 副组长：秦雪", PROSE, PROSE],
    ],
)
def test_a_leading_groups_members_outside_the_prose_are_kept(lines: list[str]) -> None:
    # (they name no writer: the notice's own list, at its end or above its prose)
    assert _kept(lines) == [clean_line(line) for line in lines]


@pytest.mark.parametrize(
    "lines",
    [
        [
            "关于成立乡村治理课题组的通知",
            "经研究，决定成立乡村治理课题组，成员如下：",
            "课题组组长：王立新",
            "课题组成员：赵敏 孙海涛 刘佳琪",
            "课题组要按照工作要求，按时完成调研任务。",
            PROSE,
        ],
        [
            "关于成立农村电商专题调研组的通知",
            "为摸清全县农村电商发展情况，经研究，决定成立专题调研组，成员如下：",
            "调研组组长：王立新",
            "调研组成员：赵敏 孙海涛 刘佳琪",
        ],
        [
            "关于成立乡村治理课题组的通知",
            PROSE,
            "课题组组成人员如下：",
            "课题组组长：王立新",
            "课题组副组长：赵敏",
            "课题组成员：孙海涛 刘佳琪 陈思远",
        ],
    ],
)
def test_a_list_of_a_groups_members_the_text_announces_is_kept(lines: list[str]) -> None:
    # (成员如下： announces them: the notice's own list, though it names a 课题组)
    assert _kept(lines) == [clean_line(line) for line in lines]


@pytest.mark.parametrize(
    "lines",
    [
        [PROSE, PROSE, "县委宣传部主办\u3000县图书馆承办"],
        [PROSE, "县委宣传部主办", "县融媒体中心承办", "县图书馆协办"],
    ],
)
def test_an_events_organisers_are_kept(lines: list[str]) -> None:
    # (主办, 承办 and 协办 credit an event as often as a site: only 主管, 出品, 技术支持 tell a site's foot)
    assert _kept(lines) == [clean_line(line) for line in lines]


def test_a_transcripts_answerer_and_a_heading_of_answers_are_kept() -> None:
    lines = [
        PROSE,
        "问：今年我市在义务教育方面有哪些新举措？",
        "由市教育局局长王立新回答",
        "答：今年我们重点抓了三件事。",
        PROSE,
    ]
    assert _kept(lines) == lines
    assert _kept([PROSE, "热门回答", PROSE]) == [PROSE, "热门回答", PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "2. 结合给定资料，自选角度，自拟题目，写一篇反映新时代青年担当的文章。（40分）",
        "2. 结合给定资料，自选角度，自拟题目，写一篇关于基层干部作风建设的议论文，不少于800字。（40分）",
        "要求：自选角度，自拟题目，写一篇以基层治理为主题的议论文。",
        "2. 请考生结合给定资料自选角度，自拟题目，写一篇议论文。（40分）",
    ],
)
def test_an_essay_questions_theme_after_its_formula_keeps_the_line_whole(line: str) -> None:
    # (写一篇 a theme's article names what to write about; 结合给定资料自选角度 is the question's clause)
    assert _kept([PROSE, line, PROSE]) == [PROSE, line, PROSE]


def test_an_essay_questions_task_formula_is_cut_and_its_theme_kept() -> None:
    question = "给定资料5提到“城市管理应该像绣花一样精细”。请深刻理解这句话，参考给定资料，联系实际，自选角度，自拟题目，写一篇文章。（40分）"
    assert _kept([question, PROSE]) == [
        "给定资料5提到“城市管理应该像绣花一样精细”。请深刻理解这句话，参考给定资料，联系实际。（40分）",
        PROSE,
    ]
    labelled = (
        "题目要求：结合给定资料，围绕“党建引领基层治理”自选角度，自拟题目，写一篇议论文，总字数1000～1200字。"
    )
    assert (
        _kept([labelled, PROSE])[0] == "题目要求：结合给定资料，围绕“党建引领基层治理”，总字数1000～1200字。"
    )
    # (the whole clause goes, or nothing: a long one is not cut in its middle)
    long_clause = (
        "五、参考给定资料，联系实际，自选角度，自拟题目，写一篇字数在1000～1200字之间的议论文。（40分）"
    )
    assert _kept([long_clause, PROSE])[0] == "五、参考给定资料，联系实际。（40分）"
    # (only a question's line, never inside quotation marks: a handout's sentence about the formula stays)
    for own in (
        "题目大意是“围绕‘年轻干部如何在基层磨砺成长’自拟题目写一篇议论文”。我当时用的是递进式结构。",
        "大作文要求自拟题目，写一篇1000字左右的议论文，这意味着考生必须自己提炼标题，标题要紧扣主题。",
        "题干中“自选角度，自拟题目，写一篇文章”的要求，意味着考生可以从多个角度立意，但必须紧扣给定资料。",
        "审题时要注意：自拟题目，写一篇议论文，就不能写成记叙文或者公文，否则按文体不符扣分。",
        "要求：“自选角度，自拟题目，写一篇议论文”，请说明这一要求的含义。（10分）",
        "每周写一篇文章，坚持三个月，写作能力明显提升。",
        "题目：以“绣花功夫”推进城市精细化治理",
        "大作文可以自选角度，关键是立意要准、站位要高。",
    ):
        assert _kept([PROSE, own])[-1] == own


def test_a_reporters_byline_crediting_several_names_to_one_role_is_dropped() -> None:
    # (a paper prints its reporters under the headline, their names a space apart after one role)
    for byline in (
        "本报记者 周明远 林晓",
        "本报记者\u3000贺知远\u3000程一苇\u3000宋岚",
        "青江日报记者 杜衡 孙巧云",
    ):
        assert _kept(["社区食堂让老人吃得舒心", byline, PROSE]) == ["社区食堂让老人吃得舒心", PROSE]
    # (the reporters' own sentence, a column's heading with the word, and words after the outlet's role
    # that are no person's names, a role among them or words of the text, stay)
    for own in (
        "本报记者近日走访多个社区，看到不少老旧小区焕然一新。",
        "青年记者 走基层 看变化",
        "记者 调研 发现",
        "本报记者 通讯员 特约记者",
        "本报记者 深入 基层 一线",
        "央视网记者 走进 西部 乡村",
    ):
        assert own.split()[-1] in _kept([PROSE, own, PROSE])[1]


def test_a_decks_word_part_before_a_parts_number_is_cut() -> None:
    # (a deck's agenda and divider slides write PART 01; the number stays as the part's mark)
    lines = ["目录 CONTENTS", "PART 01　总体要求", "PART 02　重点任务", "", "一、总体要求", PROSE]
    kept = _kept(lines)
    assert not any("PART" in text for text in kept)
    assert "01 总体要求" in kept and "02 重点任务" in kept
    assert _kept([PROSE, "Part03 坚持党的全面领导"])[-1] == "03 坚持党的全面领导"
    # (a sentence that opens with the word, the word inside a line, and a part's number without the
    # deck's leading zero, an English test's section among them, stay)
    for own in (
        "Part of the plan 是英文材料的标题",
        "第二部分 PART 2 的内容见附件",
        "part 3 of the report 指出：",
        "PART 2 的主要内容是发展目标。",
        "PART 2 的主要内容是中国式现代化的五个特征",
        "Part 1 听力理解",
    ):
        assert "PART" in _kept([PROSE, own])[-1].upper()


def test_a_chat_exports_count_of_messages_is_dropped() -> None:
    for footer in ("共导出 126 条消息", "—— 共 58 条聊天记录 ——"):
        assert _kept([PROSE, footer]) == [PROSE]
    for own in ("全年共受理群众来信1200条，办结率98%。", "共收集意见建议56条"):
        assert _kept([PROSE, own]) == [PROSE, own]


def test_a_document_sites_thanks_for_reading_with_its_wishes_is_dropped() -> None:
    for thanks in ("感谢您的阅读，祝您工作顺利、生活愉快！", "谢谢下载，祝你学习进步。"):
        assert _kept([PROSE, thanks]) == [PROSE]
    # (a speech's thanks to its hearers for their work, with its wishes, is no site's)
    own = "感谢大家一年来的辛勤付出，祝大家新春愉快、阖家幸福！"
    assert _kept([PROSE, own]) == [PROSE, own]


@pytest.mark.parametrize(
    "end",
    [
        "（责编：周明远）",
        "责任编辑：程小雨",
        "【打印本页】 【关闭窗口】",
        "分享到：微信 微博 QQ空间 【打印】",
    ],
)
def test_the_page_under_an_articles_end_is_dropped(end: str) -> None:
    # the editor's credit or the page's buttons after the last prose close the article: the column
    # of other headlines under them, down to the page's footer, is the page's
    page = ["热点专题", "- 深化农村集体产权制度改革", "- 推动城乡融合发展", "- 乡村治理一线观察"]
    footer = "某某网版权所有 未经授权禁止转载 京ICP备12345678号"
    assert _kept([PROSE, PROSE, end, *page, footer]) == [PROSE, PROSE]


@pytest.mark.parametrize(
    "footer", ["主办：某某县人民政府办公室", "Copyright © 2024 某某教育网 All Rights Reserved"]
)
def test_the_pages_links_down_to_its_sponsor_or_copyright_are_dropped(footer: str) -> None:
    page = ["【打印本页】【关闭窗口】", "网站地图", "联系我们"]
    assert _kept([PROSE, PROSE, *page, footer]) == [PROSE, PROSE]


def test_short_lines_under_an_articles_end_without_the_pages_footer_stay() -> None:
    # (no footer: nothing tells the page's columns from a learner's note; only the buttons go)
    notes = ["学习笔记", "- 三个务必", "- 五个必由之路", "- 两个确立"]
    kept = _kept([PROSE, PROSE, "分享到：微信 微博 QQ空间", *notes])
    assert kept == [PROSE, PROSE, *(line.lstrip("- ") for line in notes)]


@pytest.mark.parametrize(
    "tail",
    [
        # a speech's last section under the editor's credit (its numbered heading and sub-headings)
        ["三、抓好落实", "（一）健全工作机制", "（二）加大投入力度", "（三）严格考核问效"],
        # a reply's points that end on ；, and a lesson's short sentences that end on 。
        ["楼主可以参考：", "开头点题要快", "每段先立观点再举例；", "结尾回扣中心论点；"],
        ["几点体会：", "学习是前提。", "实践是关键。", "坚持是根本。"],
        # a handout's review list under the page's buttons
        ["复习提纲", "1. 新发展理念", "2. 高质量发展的内涵", "3. 新质生产力"],
        # an appendix whose lines are neither numbered nor end on a mark
        ["附录：调查对象分布", "平原乡镇 6个", "丘陵乡镇 4个", "城区街道 2个"],
    ],
)
@pytest.mark.parametrize("end", ["责任编辑：程小雨", "【打印】【关闭】"])
def test_the_writers_lines_under_an_articles_end_stay_above_the_pages_footer(
    tail: list[str], end: str
) -> None:
    # the writer's lines stop the page's tail before the footer: they stay, and the footer goes
    footer = "某某网版权所有 京ICP备12345678号"
    kept = _kept([PROSE, PROSE, end, *tail, footer])
    assert kept[:2] == [PROSE, PROSE]
    assert len(kept) == 2 + len(tail)


def test_a_sentence_under_an_articles_end_is_kept() -> None:
    closing = "本文系作者在县委理论学习中心组集体学习会上的发言。"
    assert _kept([PROSE, PROSE, "责任编辑：程小雨", closing]) == [PROSE, PROSE, closing]


@pytest.mark.parametrize(
    "tail",
    [
        # a speech's closing list, a note's last points, a handout's headings: no end of the page above
        ["下一步工作安排", "一是抓好秋粮收购", "二是做好防汛备汛", "三是推进项目建设"],
        ["复习要点", "- 三个务必", "- 五个必由之路", "- 两个确立"],
    ],
)
def test_short_lines_after_the_text_stay_without_an_articles_end(tail: list[str]) -> None:
    assert _kept([PROSE, PROSE, *tail]) == [PROSE, PROSE, *(clean_line(line).lstrip("- ") for line in tail)]


def test_an_editors_credit_above_the_text_opens_no_page_tail() -> None:
    # (before the last prose it is the byline's, and the article's own list under it stays)
    points = ["一是抓好秋粮收购", "二是做好防汛备汛", "三是推进项目建设"]
    assert _kept([PROSE, "责任编辑：程小雨", *points, PROSE]) == [PROSE, *points, PROSE]


@pytest.mark.parametrize(
    "line",
    [
        # a Q&A page's buttons and counts set apart by spaces (clean_line joins the words with 、)
        "关注问题\u3000写回答\u3000邀请回答",
        "被浏览 1,203,456\u3000关注者 5,832",
        "关注者 4,821 被浏览 1,236,590",
    ],
)
def test_a_qa_pages_spaced_buttons_and_counts_are_dropped(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, PROSE]


@pytest.mark.parametrize(
    "line",
    # (the 、 the writer typed, not a space of the page's, sets the words apart)
    [
        "我们要关注问题、回答问题",
        "关注问题、写好回答",
        "关注 12 人",
        "关注问题、写回答",
        "我来答、我也说一句",
    ],
)
def test_a_notes_words_on_questions_and_answers_stay(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, line, PROSE]


# Web pages clipped into study notes (tests/data/page_tail), each ending on the editor's credit or the
# page's buttons after its prose: under it, the writer's own lines (k*: a speech's last section, an
# appendix, a reply's points, a note's summary) or the page's, down to its footer (c*).
PAGE_TAILS = sorted((DATA / "page_tail").glob("*.txt"))


@pytest.mark.parametrize("path", PAGE_TAILS, ids=lambda path: path.stem)
def test_under_an_articles_end_the_writers_lines_stay_and_the_pages_go(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    end = next(
        number
        for number, line in enumerate(lines)
        if line.startswith(("责", "（责", "【打印", "分享到", "打印"))
    )
    kept = {paragraph.line for paragraph in main_text(lines)}
    under = set(range(end + 2, len(lines) + 1))  # (line numbers are 1-based)
    assert end + 1 not in kept
    assert kept & under == (under if path.stem.startswith("k") else set())


@pytest.mark.parametrize("label", ["我的笔记", "本节小结", "本文关键词"])
def test_a_learners_note_under_a_clipped_pages_end_is_kept(label: str) -> None:
    notes = [label, "钉钉子精神", "功成不必在我", "久久为功"]
    assert _kept([PROSE, PROSE, "责任编辑：程小雨", *notes]) == [PROSE, PROSE, *notes]


@pytest.mark.parametrize(
    "line",
    [
        "收到请回复。",
        "本邮件由系统自动发送，请勿直接回复。",
        "如不希望再收到此类邮件，请点击退订。",
        "本邮件及其附件含有保密信息，仅限于发送给上面地址中列出的个人或群组。",
    ],
)
def test_a_mails_word_on_itself_is_dropped(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "一些地方要求“收到请回复”，回复慢了就被认为工作不积极。",  # (the formula quoted by the text)
        "对群众来信要及时回复，做到件件有回音、事事有着落。",
        # a notice's own request with its deadline, and prose about the formulas: no mail's footer
        "通知印发后，各乡镇收到请回复，并于4月10日前上报联络员名单。",
        "请各支部于7月15日前将学习安排报机关党委，收到后请回复确认。",
        "个别单位动辄要求‘收到请回复’，加重了基层负担。",
        "工作群里一句收到请回复，干部们就得挨个接龙表态。",
        "公文末尾注明请勿直接回复，基层却仍被要求层层报送。",
        "本邮件系统由网络中心负责维护，任何科室不得自行搭建。",
        "此类邮件必须经过保密审查，严禁用互联网邮箱传递涉密材料。",
        "经营者不得以默认勾选的方式诱导消费者办理退订业务。",
    ],
)
def test_a_texts_sentence_about_replies_is_kept(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, line, PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "明早背一遍“补充记忆”段",
        "下周模考前再看一遍！！",
        "💡 本页属于【申论素材库】，复习时配合「高频表述卡片」一起看",
        "笔记本：申论素材库 / 讲话稿",
        "整理到素材本第14页",
        "2024-04-18 第一次复习",
    ],
)
def test_a_learners_word_on_its_own_note_is_dropped(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "千万别把模板背一遍，考官一听就知道你没有准备。",  # (no time to come: advice, not a plan)
        "要按政治、经济、文化、社会、生态五大板块建立自己的素材本，每个板块至少准备三个案例。",
        "各地要把群众反映的问题整理到台账中，逐项销号、限时办结。",
        # a 心得's plans and habits in the first person, and advice that is the text's point
        "我今晚再把讲话全文读一遍，力争把六个方面的要求熟记于心，用来指导实践。",
        "每天睡前再读一遍《论语》，是我坚持了十多年的习惯。",
        "考前再看一遍错题本，比刷十套新题更有用。",
        # notebooks named in prose, and a page's place in the text
        "要把群众的诉求整理到民情笔记本上，做到事事有回应。",
        "把常错的成语记在错题本上，是备考的好办法。",
        "本页属于第二部分的核心内容，务必熟练掌握。",
        # a dated step of a review plan, and prose that opens on a date
        "2024-05-06 第一次复习：当天晚上把笔记回看一遍。",
        "2024.3.1 第二轮复习全面铺开，重点放在申论大作文和言语理解上。",
    ],
)
def test_a_texts_sentence_about_review_or_notes_is_kept(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, line, PROSE]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # a summary whose last clause is the plan keeps its list (its terms are the learner's points)
        (
            "> 附：复盘用的“一句话版本”——**一个目标、三条路径、五项任务**，考前过一遍。",
            "> 附：复盘用的“一句话版本”——**一个目标、三条路径、五项任务**。",
        ),
        (
            "这篇结构好，三个分论点句式一致，下周模考前再看一遍！！",
            "这篇结构好，三个分论点句式一致！！",
        ),
        # (a list of any length: the sentence's length does not make it the learner's note)
        (
            "新质生产力的一个定义、四句内涵、五方面要求、三类产业、六个关键词、七个易错点和八个案例，考前过一遍。",
            "新质生产力的一个定义、四句内涵、五方面要求、三类产业、六个关键词、七个易错点和八个案例。",
        ),
    ],
)
def test_a_review_plan_closing_a_sentence_goes_and_its_words_stay(line: str, kept: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, kept, PROSE]


def test_a_review_plans_dated_steps_under_its_heading_are_kept() -> None:
    lines = [
        PROSE,
        "# 艾宾浩斯复习计划",
        "2024-05-06 第一次复习：学完当晚回顾一遍。",
        "2024-05-07 第二次复习：次日早晨再过一遍。",
        "2024-05-09 第三次复习：第四天通读。",
        PROSE,
    ]
    assert _kept(lines) == lines


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "【本讲学习目标】掌握对策题审题要领；学会由问题反推对策。",
            "掌握对策题审题要领；学会由问题反推对策。",
        ),
        (
            "【思考题】结合本单位实际，谈谈如何防止网格成为“万能筐”。",
            "结合本单位实际，谈谈如何防止网格成为“万能筐”。",
        ),
        (
            "【考情速览】近三年遴选笔试中，基层治理类话题出现频率较高。",
            "近三年遴选笔试中，基层治理类话题出现频率较高。",
        ),
        # no label: the text's own words; a bare label with a colon may be the term a line explains,
        # and a bracketed one the words define is the term
        (
            "思考题：结合本单位工作，谈谈如何推动矛盾纠纷就地化解。",
            "思考题：结合本单位工作，谈谈如何推动矛盾纠纷就地化解。",
        ),
        (
            "教学目标：是指教学活动预期达到的结果，是教学的出发点和归宿。",
            "教学目标：是指教学活动预期达到的结果，是教学的出发点和归宿。",
        ),
        (
            "【学习目标】指学习者在学习后应当达到的行为状态。",
            "【学习目标】指学习者在学习后应当达到的行为状态。",
        ),
        # homework names what to learn, like the list of a handout (dev gold keeps it)
        (
            "课后作业：每位同志结合岗位实际，撰写一篇不少于3000字的学习体会，月底前交党支部。",
            "课后作业：每位同志结合岗位实际，撰写一篇不少于3000字的学习体会，月底前交党支部。",
        ),
        ("学习目标明确，才能事半功倍。", "学习目标明确，才能事半功倍。"),
        ("课后作业负担过重，是家长反映强烈的问题。", "课后作业负担过重，是家长反映强烈的问题。"),
    ],
)
def test_a_course_handouts_label_before_its_words_is_cut(line: str, kept: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, kept, PROSE]


def test_a_course_handouts_label_alone_over_its_list_is_kept() -> None:
    lines = [PROSE, "【学习目标】", "1．掌握安全生产工作原则；", "2．熟记十五条硬措施；", PROSE]
    assert _kept(lines) == lines


@pytest.mark.parametrize("heading", ["课后作业", "## 课后作业", "【课后练习】"])
def test_a_courses_homework_under_its_heading_is_kept(heading: str) -> None:
    lines = [PROSE, heading, "1. 背诵“三个务必”的内容", "2. 按“四类问题”整理近三年真题", PROSE]
    assert _kept(lines) == lines


def test_a_headings_bracketed_review_remark_leaves_the_heading() -> None:
    lines = [PROSE, "三、易错点小结（考前再看一遍）", PROSE]
    assert _kept(lines) == lines


def test_a_bare_request_for_a_reply_after_a_forwarders_words_is_dropped() -> None:
    line = "转发学习通知如下，请各位提前阅读材料，按时参会。收到请回复。"
    assert _kept([PROSE, line, PROSE]) == [PROSE, "转发学习通知如下，请各位提前阅读材料，按时参会。", PROSE]


@pytest.mark.parametrize(
    ("line", "closes"),
    [
        ("【打印本页】【关闭窗口】", True),
        ("分享到：微信 微博", True),
        # a bracket or a quotation mark right after the mark: a sentence, so the writer's, not the page's
        ("分享到：朋友圈，让更多人看到这篇文章（完。）", False),
        ("他说：“分享到这里就结束了。”", False),
        ("分享到这里，谢谢大家。", False),
    ],
)
def test_a_line_of_page_buttons_is_no_sentence(line: str, closes: bool) -> None:
    """Where a web page's article ends: a short line of its buttons, not a sentence that ends on its
    mark, whatever closes right after the mark."""
    from yaodian.extractors.boilerplate import _closes_article

    assert _closes_article(line) is closes


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        ("本文分析了基层治理的三条路径。关键词：基层治理；网格化", "本文分析了基层治理的三条路径。"),
        # (as before the patterns were merged: the keywords stay where a quotation mark closes after the mark)
        ("本文认为要“把群众的事办好。”关键词：基层治理", "本文认为要“把群众的事办好。”关键词：基层治理"),
    ],
)
def test_the_keywords_glued_after_an_abstract_are_cut_after_its_last_mark(line: str, cut: str) -> None:
    lines = ["基层治理的三条路径", "", "【摘要】" + line]
    assert [p.text for p in main_text(lines)][-1] == cut


def test_a_word_nested_in_an_outline_is_no_button() -> None:
    """A mind map's members of two characters (自治 法治 德治 under 治理方式), or a panel's word
    over its points, stay: a button is a flat menu's, and a flat list of words still goes."""
    lines = [
        PROSE,
        "治理方式",
        "自治",
        "法治",
        "德治",
        "#+END_QUOTE",  # (an outliner's markup in a nested item: no word)
        "蓝天",
        "空气质量优良天数比例达到92.6%",
        "首页",
        "登录",
        PROSE,
    ]
    layout = {
        2: LineLayout(bullet=1),
        3: LineLayout(bullet=2),
        4: LineLayout(bullet=2),
        5: LineLayout(bullet=2),
        6: LineLayout(bullet=2),
        7: LineLayout(bullet=1),
        8: LineLayout(bullet=2),
        9: LineLayout(bullet=1),
        10: LineLayout(bullet=1),
    }
    kept = [p.text for p in main_text(lines, layout)]
    assert kept == [PROSE, "治理方式", "自治", "法治", "德治", "蓝天", "空气质量优良天数比例达到92.6%", PROSE]


def test_widget_words_among_an_outline_items_own_words_name_its_matter() -> None:
    """A mind map's nodes that name what a widget word names (手机APP太多 beside 文山会海, 强迫注册
    and 刷屏点赞 among marks that name no widget) stay; a nested button alone (点赞, 下载APP) still
    goes, even among them."""
    lines = [PROSE, "数字负担", "手机APP太多", "强迫注册", "刷屏点赞", "层层报表", "重复填报"]
    lines += ["多头考核", "频繁督查", "下载APP", "点赞", "文山会海", PROSE]
    layout = {
        2: LineLayout(bullet=1),
        3: LineLayout(bullet=2),
        **{n: LineLayout(bullet=3) for n in range(4, 12)},
        12: LineLayout(bullet=2),
    }
    kept = [p.text for p in main_text(lines, layout)]
    assert kept == [PROSE, *lines[1:9], "文山会海", PROSE]


def test_a_menus_buttons_nested_in_a_list_still_go() -> None:
    """A site's menu copied as a nested list: its items name widgets, most of them, so words of
    their own beside a widget's (立即, 联系, 附件) make no matter of them."""
    lines = [PROSE, "服务中心", "立即注册", "联系客服", "下载附件", "收藏本文", "办事指南", PROSE]
    layout = {2: LineLayout(bullet=1), **{n: LineLayout(bullet=2) for n in range(3, 8)}}
    kept = [p.text for p in main_text(lines, layout)]
    assert "立即注册" not in kept and "联系客服" not in kept and "下载附件" not in kept


def test_a_to_do_word_that_is_a_leaf_among_list_items_is_a_member_not_a_heading() -> None:
    """打卡 ends a mind map's leaf (签到打卡 among the marks of a burden): a member of its list, and
    its siblings and the branches after it stay; a to-do heading over items nested under it goes."""
    lines = [
        "会议负担",
        "层层陪会",
        "签到打卡",
        "文件负担",
        "照抄照搬",
        "待办",
        "背诵三条对策",
        "默写金句",
        PROSE,
    ]
    layout = {
        1: LineLayout(bullet=1),
        2: LineLayout(bullet=2),
        3: LineLayout(bullet=2),
        4: LineLayout(bullet=1),
        5: LineLayout(bullet=2),
        6: LineLayout(bullet=1),
        7: LineLayout(bullet=2),
        8: LineLayout(bullet=2),
    }
    kept = [p.text for p in main_text(lines, layout)]
    assert kept == ["会议负担", "层层陪会", "签到打卡", "文件负担", "照抄照搬", PROSE]


@pytest.mark.parametrize(
    "bullets",
    [
        [1, 1, 1, 1, 1],  # a flat list: the to-do item heads the tasks set level with it
        [1, 2, 2, 2, 2],  # the to-do item opens its level
    ],
)
def test_a_to_do_item_over_tasks_level_with_it_is_a_heading(bullets: list[int]) -> None:
    lines = ["学习安排", "本周待办", "背诵三条对策", "默写金句", "整理错题", PROSE]
    layout = {n: LineLayout(bullet=depth) for n, depth in enumerate(bullets, 1)}
    kept = [p.text for p in main_text(lines, layout)]
    assert "背诵三条对策" not in kept and "本周待办" not in kept


def test_a_covers_fields_before_the_prose_are_dropped() -> None:
    # (a report's cover: who wrote it, in what post, for which office, when)
    lines = ["年度工作述职报告", "部　　门：某某区财政局", "姓名：赵一鸣", "职务：党组成员、副局长", PROSE]
    assert _kept(lines) == ["年度工作述职报告", PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "乡村振兴：从输血到造血",  # (a headline's topic before its colon)
        "岗位：是干事创业的舞台。",  # (a sentence)
        "共产党人：不忘初心",
        "职务：在新时代新征程上奋力谱写中国式现代化建设的崭新篇章而努力奋斗",  # (no short value)
    ],
)
def test_a_line_with_a_colon_that_is_no_covers_field_stays(line: str) -> None:
    assert line in _kept([line, PROSE])


def test_a_covers_date_beside_its_writers_fields_is_dropped() -> None:
    lines = ["调研报告", "报告单位：某某镇人民政府", "", "报告日期：二〇二六年二月", PROSE]
    assert _kept(lines) == ["调研报告", PROSE]


@pytest.mark.parametrize(
    "fields",
    [
        ["地点：镇政府二楼会议室"],  # (a meeting's place over its minutes)
        ["时间：本周三上午", "地点：村委会议室"],
        ["地点：湖南韶山"],  # (where a history lesson's event took place)
        ["地点：县政府三楼会议室", "主持人：县长 张三"],  # (the chair, no writer)
    ],
)
def test_when_and_where_without_a_writers_fields_stay(fields: list[str]) -> None:
    kept = _kept(["村民议事会会议记录", *fields, PROSE])
    assert "地点" in "".join(kept)


def test_a_field_label_inside_the_body_is_the_texts() -> None:
    # (a task list's lead unit in the text, after its first prose)
    assert "牵头单位：区住建局" in _kept([PROSE, "牵头单位：区住建局", PROSE])


@pytest.mark.parametrize(
    "line",
    [
        "王磊：女士们、先生们，媒体朋友们，大家下午好！",
        "主持人 王磊：各位来宾，大家上午好！",
        "同事们、朋友们，大家好。",
        # (whom it greets before 好: not only 大家, 你们, 您)
        "主持人：同志们好！",
        "赵明：各位老师好！",
        # (whom it greets after 各位, 亲爱的)
        "主持人：各位同志们好！",
        "亲爱的同学们好！",
    ],
)
def test_a_line_that_only_greets_the_hearers_is_dropped(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "王磊：感谢各位的到来，下面请李局长介绍情况。",
        "坚持以人民为中心，群众满意大家好才是真的好。",
        "王磊：各位来宾，大家上午好！今天我们重点介绍三项改革举措的推进情况。",
        # (no hearers before 大家好: a clause that says it is good for everyone)
        "企业满意大家好。这是我们优化营商环境的出发点。",
        # (a clause: the speaker's or others' pronoun, a preposition before whom it is good for)
        "这对你们大家好。",
        "他们大家好。",
        "学生们对老师好。",
    ],
)
def test_a_line_that_says_more_than_a_greeting_stays(line: str) -> None:
    assert line in _kept([PROSE, line, PROSE])


def test_a_press_conferences_header_fields_are_dropped() -> None:
    lines = ["发布会主题：城市更新行动进展情况", "访谈嘉宾：区住建局局长 陈立", PROSE]
    assert _kept(lines) == [PROSE]


@pytest.mark.parametrize(
    "note",
    [
        "本宣讲提纲供各街道、区直部门开展学习宣讲使用，可结合实际适当调整。",
        "（本宣讲提纲供各街道、区直部门开展学习宣讲使用，可结合实际适当调整。",
        "本宣讲提纲供各街道开展学习宣讲参考，宣讲时可结合本地情况补充完善。某某区委宣传部　某某区委讲师团　2025年5月印",
    ],
)
def test_a_papers_note_on_its_own_use_that_says_how_to_adapt_it_is_dropped(note: str) -> None:
    assert _kept([PROSE, note]) == [PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "本课件供复习使用，重点是结合实际调整。",  # (the note goes on to teach)
        "本手册供群众办事使用，可根据需要到窗口领取纸质版。",
    ],
)
def test_a_use_note_that_goes_on_to_say_more_stays(line: str) -> None:
    assert line in _kept([PROSE, line])


def test_a_study_notes_sections_of_remarks_on_itself_are_dropped() -> None:
    # (how to learn it, under headings of their own after the note's parts; an exam's question stays)
    lines = [
        "一、核心提法",
        PROSE,
        "二、真题链接",
        "某年某省考题：谈谈你对基层减负的理解。",
        "背诵提示",
        "先背三个要点，再背两句开头。",
        "复习建议",
        "每周默写一遍，考前再通读。",
    ]
    layout = {n: LineLayout(heading=2) for n in (1, 3, 5, 7)}
    assert [p.written for p in main_text(lines, layout)] == lines[:4]


ADVICE = "每天精读一篇评论员文章，梳理其论点、论据和结构，按题型分别训练，考前进行全真模拟。"


@pytest.mark.parametrize(
    "lines",
    [
        # a guide's section among its parts
        ["考试概况", PROSE, "复习建议", ADVICE, "答题技巧", PROSE],
        # numbered as one of its parts
        ["一、考试概况", PROSE, "二、复习建议", ADVICE],
        # all its sections
        ["学习建议", ADVICE, "复习建议", ADVICE],
    ],
)
def test_a_section_of_advice_that_is_the_material_stays(lines: list[str]) -> None:
    layout = {n: LineLayout(heading=2) for n, text in enumerate(lines, 1) if len(text) < 10}
    assert [p.written for p in main_text(lines, layout)] == lines


HEAD_PROSE = "进入新时代，各地探索形成了一批创新做法，推动基层治理由被动应对向主动服务转变。"


def test_part_numbers_on_lines_of_their_own_make_their_heads_headings() -> None:
    lines = [
        PROSE,
        "",
        "01",
        "历史逻辑：从管理到服务",
        "",
        HEAD_PROSE,
        "02",
        "实践逻辑：三治融合",
        HEAD_PROSE,
    ]
    kept = main_text(lines)
    assert [(p.written, p.heading) for p in kept] == [
        (PROSE, 0),
        ("历史逻辑：从管理到服务", 1),
        (HEAD_PROSE, 0),
        ("实践逻辑：三治融合", 1),
        (HEAD_PROSE, 0),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        # page numbers with no leading zero
        [PROSE, "1", "历史逻辑：从管理到服务", HEAD_PROSE, "2", "实践逻辑：三治融合", HEAD_PROSE],
        # one number alone makes no run
        [PROSE, "01", "历史逻辑：从管理到服务", HEAD_PROSE],
        # numbers over prose, not over heads
        [PROSE, "01", HEAD_PROSE, "02", HEAD_PROSE],
        # numbers out of order
        [PROSE, "02", "历史逻辑：从管理到服务", HEAD_PROSE, "05", "实践逻辑：三治融合", HEAD_PROSE],
        # page numbers of a PDF's text, breaking a sentence off
        [
            PROSE,
            "推动基层治理由被动应对",
            "01",
            "向主动服务转变",
            HEAD_PROSE,
            "各地探索形成了",
            "02",
            "一批创新做法",
            PROSE,
        ],
        # numbers over a process's steps, no part under them
        [PROSE, "办理流程", "01", "网上申请", "02", "材料审核", "03", "领取证照", PROSE],
    ],
)
def test_numbers_that_number_no_parts_make_no_headings(lines: list[str]) -> None:
    assert [p.heading for p in main_text(lines)] == [0] * len(main_text(lines))


# ---- round 29: page chrome that reached cards


@pytest.mark.parametrize("line", ["搜索你感兴趣的内容…", "搜索您想了解的问题"])
def test_a_search_boxs_placeholder_goes(line: str) -> None:
    assert _kept([line, PROSE]) == [PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "搜索引擎优化是数字政府建设中容易被忽视的一环。",
        "搜索你身边的先进典型，是这次活动的第一步，也是最难的一步。",
    ],
)
def test_a_sentence_that_opens_on_searching_stays(line: str) -> None:
    assert _kept([PROSE, line]) == [PROSE, line]


@pytest.mark.parametrize(
    "line", ["本课导航", "宣讲提纲", "本讲目录 CONTENTS", "感谢聆听  敬请指正", "报告完毕，谢谢大家！"]
)
def test_a_decks_navigation_and_closing_slides_go(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "写作提纲",  # an outline the note asks for
        "汇报完毕后，由各组组长逐一点评，最后由带队领导总结。",
        "谢谢大家这一年来对村里工作的理解和支持。",
        "本课目录中的第三部分是全书的重点。",
    ],
)
def test_words_of_an_outline_or_of_thanks_in_the_text_stay(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, line, PROSE]


def test_a_writing_exercise_after_a_lesson_goes_from_its_line() -> None:
    line = "【教师点评】全文层次分明，值得借鉴。本课作业：仿写一篇谈营商环境的短文，800字以内。"
    kept = _kept([PROSE, line])
    assert kept[0] == PROSE and kept[1].endswith("全文层次分明，值得借鉴。") and "作业" not in kept[1]


@pytest.mark.parametrize(
    "line",
    [
        "课后作业：请谈谈你对“枫桥经验”新内涵的理解。",  # a question to learn from
        "课后作业过多、过难，是家长反映强烈的问题，学校要切实减负。",
    ],
)
def test_a_question_set_as_homework_or_a_sentence_on_homework_stays(line: str) -> None:
    assert _kept([PROSE, line]) == [PROSE, line]


def test_a_slide_title_marked_as_continued_goes_under_the_title_it_repeats() -> None:
    lines = [
        "一、做强县域富民产业",
        PROSE,
        "一、做强县域富民产业（续）",
        "要培育龙头企业，带动农户增收致富。",
    ]
    layout = {1: LineLayout(heading=1), 3: LineLayout(heading=1)}
    kept = [p.written for p in main_text(lines, layout)]
    assert kept == ["一、做强县域富民产业", PROSE, "要培育龙头企业，带动农户增收致富。"]


def test_a_title_of_its_own_with_a_continued_mark_stays() -> None:
    lines = ["一、做强县域富民产业", PROSE, "二、建设宜居乡村（续）", PROSE]
    layout = {1: LineLayout(heading=1), 3: LineLayout(heading=1)}
    assert [p.written for p in main_text(lines, layout)] == lines


@pytest.mark.parametrize(
    "line",
    [
        "东川县农业农村局办公室\u3000\u30002025年5月6日印发\u3000\u3000（共印30份）",
        "县委办公室 2024年12月30日印发 (共印60份)",
    ],
)
def test_a_banjis_print_line_with_its_bracketed_print_run_goes(line: str) -> None:
    assert _kept([PROSE, line]) == [PROSE]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "要保持定力，一张蓝图绘到底，一任接·27·\u3000\u3000\u3000\u3000党建参考 2023年第9期着一任干。",
            "要保持定力，一张蓝图绘到底，一任接着一任干。",
        ),
        (
            "要健全生态补偿机2023年第2期（总第41期） 东川市生态环境局编",
            "要健全生态补偿机",
        ),
    ],
)
def test_a_periodicals_running_head_spliced_into_a_sentence_is_cut(line: str, kept: str) -> None:
    assert _kept([PROSE, line]) == [PROSE, kept]


@pytest.mark.parametrize(
    "line",
    [
        "总书记的重要文章在《求是》杂志2024年第5期发表，引起广泛反响。",
        "本刊2023年第2期（总第41期）刊发了这篇调研报告。",
    ],
)
def test_a_sentence_citing_an_issue_stays(line: str) -> None:
    assert _kept([PROSE, line]) == [PROSE, line]


def test_a_posters_pleas_to_bump_and_feature_the_thread_go() -> None:
    line = "把这次学习的内容整理了一下，发上来共享，觉得有用的帮忙顶一下，求版主置顶~"
    assert _kept([PROSE, line]) == [PROSE, "把这次学习的内容整理了一下，发上来共享~"]


def test_a_posters_plea_for_gentle_critique_over_the_piece_goes() -> None:
    assert _kept(["第一次写大作文，写得比较粗糙，各位轻拍：", PROSE]) == [PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "老屋年久失修，屋顶一下雨就漏水，老人只能拿盆接着。",
        "顶一下难关不算什么，企业要着眼长远发展，练好内功。",
        "护士轻拍老人的后背，一边安慰一边帮他顺气。",
    ],
)
def test_words_like_a_forums_pleas_in_the_text_stay(line: str) -> None:
    assert _kept([PROSE, line]) == [PROSE, line]


def test_a_forums_jump_to_floor_widget_goes() -> None:
    assert _kept(["青山依旧 楼主 电梯直达", PROSE]) == [PROSE]


def test_a_sentence_about_a_lift_stays() -> None:
    line = "新建的养老服务中心，老人坐电梯直达三楼的康复室，再也不用爬楼梯了。"
    assert _kept([PROSE, line]) == [PROSE, line]


def test_a_call_for_contributions_closing_an_editors_note_goes() -> None:
    line = "编者按：本刊开设“乡村振兴”专栏，陆续刊发调研文章。欢迎读者踊跃来稿。"
    assert _kept([line, PROSE]) == ["本刊开设“乡村振兴”专栏，陆续刊发调研文章。", PROSE]


def test_a_call_for_views_in_the_texts_long_sentence_stays() -> None:
    line = "社区开设意见箱，欢迎居民踊跃投稿建言，一年来共收到建议三百余条，其中八十条被采纳落实。"
    assert _kept([PROSE, line]) == [PROSE, line]


def test_a_speakers_call_for_contributions_in_the_text_stays() -> None:
    line = "今年的征文活动圆满结束，大家再接再厉。欢迎大家继续踊跃投稿。"
    assert _kept([PROSE, line]) == [PROSE, line]


@pytest.mark.parametrize(
    "line",
    [
        "本文为自媒体作者在某某新闻客户端上传并发布，仅代表该作者观点，不代表某某新闻的观点或立场，平台仅提供信息存储服务。",
        "声明：本平台转载的稿件均来自其他媒体，转载目的在于传递更多信息，并不代表本平台赞同其观点和对其真实性负责。",
        "本网站刊登的各类新闻、图片和专题资料，均为某某理论网版权所有，未经协议授权，禁止下载使用。",
    ],
)
def test_a_platforms_disclaimer_or_claim_goes(line: str) -> None:
    assert _kept([PROSE, line]) == [PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "发言人强调，上述言论仅代表其个人观点，不代表政府立场，也不代表任何机构。",
        "作者在书中指出，基层治理的关键在于激发群众的内生动力，这一观点代表了学界的主流看法。",
        "著作权归作者所有，他人使用作品应当依法取得许可并支付报酬。",
    ],
)
def test_a_sentence_about_views_or_permission_stays(line: str) -> None:
    assert _kept([PROSE, line]) == [PROSE, line]


def test_a_chairs_opening_and_closing_formulas_go() -> None:
    lines = [
        "主持人（县委副书记韩立明）：同志们，现在开会。今天召开全县防汛工作会议。",
        PROSE,
        "会议就开到这里，现在散会。",
    ]
    assert _kept(lines) == ["今天召开全县防汛工作会议。", PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "会议到此结束后，各组要分头落实任务，周五前报送进展。",
        "同志们，现在开会之前，我先通报一个情况。",
        "过去村里开会靠喇叭喊，现在开会用微信群一呼百应。",
    ],
)
def test_sentences_about_meetings_stay(line: str) -> None:
    assert _kept([PROSE, line]) == [PROSE, line]


@pytest.mark.parametrize(
    "line",
    [
        "课题组认为，这份报告仅代表其作者的研究结论，还需有关部门进一步论证。",
        "有网友认为，个别平台上的言论不代表平台立场，但平台仍应当承担审核责任。",
        "作品的版权归作者所有，未经作者同意，出版单位不得擅自修改作品内容。",
        "该数据库的著作权归国家所有，未经批准不得对外提供。",
    ],
)
def test_a_rule_or_a_report_on_authors_views_and_rights_stays(line: str) -> None:
    assert _kept([PROSE, line]) == [PROSE, line]


@pytest.mark.parametrize(
    "line",
    [
        "疫情期间订单锐减，企业资金链紧张，请银行帮忙顶一下。",
        "合作社刚起步，资金周转困难，麻烦信用社帮忙顶一下。",
    ],
)
def test_a_plea_to_tide_someone_over_stays(line: str) -> None:
    assert _kept([PROSE, line]) == [PROSE, line]


@pytest.mark.parametrize(
    "line",
    [
        "对未经许可擅自占用道路的，由城管部门责令限期改正。",
        "未经许可，任何单位和个人不得从事危险化学品经营活动。",
        "对未经授权擅自使用他人商标的行为，市场监管部门要依法查处。",
    ],
)
def test_a_rule_on_what_needs_a_permit_stays(line: str) -> None:
    assert _kept([PROSE, line]) == [PROSE, line]


@pytest.mark.parametrize(
    "line", ["版权所有，未经许可不得转载。", "未经授权，严禁转载。", "本文未经授权，不得用于任何商业用途。"]
)
def test_a_notice_forbidding_copies_goes(line: str) -> None:
    assert _kept([PROSE, line]) == [PROSE]


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("您好，欢迎访问江岸区人民政府网站！  无障碍  长者版", True),
        ("欢迎光临青禾党建网 设为首页 加入收藏", True),
        ("欢迎访问网站的群众提出宝贵意见，我们将认真研究吸纳。", False),
        ("欢迎来到网格化治理的新时代，社区工作者要主动作为。", False),
        ("欢迎来到网络安全宣传周活动现场", False),
    ],
)
def test_a_sites_welcome_to_its_visitor_is_its_top_bar(line: str, chrome: bool) -> None:
    assert is_boilerplate(line) is chrome


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        # (the praise a collection of 经验 opens with, a series announced and where it stands, the
        # editor's modesty: in the note, the editor's framing; the note's point stays)
        (
            "【编者按】今年以来，各支部围绕主题教育，大胆探索，形成了一批行之有效的经验做法。基层是治理的基石。",
            "基层是治理的基石。",
        ),
        ("编者按：数字乡村建设提速。本刊推出“乡村观察”系列评论，今天刊发第二篇。", "数字乡村建设提速。"),
        (
            "编者按：营商环境是发展的土壤。本期推出专题解读，敬请关注。不当之处，欢迎指正。",
            "营商环境是发展的土壤。",
        ),
    ],
)
def test_an_editors_stock_sentences_are_dropped_from_its_note(note: str, kept: str) -> None:
    assert _kept([note, PROSE]) == [kept, PROSE]


@pytest.mark.parametrize(
    "line",
    [
        # (outside an editor's note the same words are a text's own)
        "试验区要大胆试、大胆闯，形成了一批可复制、可推广的制度创新经验。",
        "市政府推出系列惠民举措，今天刊发的实施细则明确了申领流程。",
        "对工作中的不当之处，要及时纠正。",
    ],
)
def test_an_editors_stock_words_outside_its_note_stay(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, line, PROSE]


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        # (a sentence of the note's framing that quotes a formulation or spells one out is its matter too)
        (
            "编者按：本刊推出系列文章，解读“五位一体”总体布局和“四个全面”战略布局。",
            "本刊推出系列文章，解读“五位一体”总体布局和“四个全面”战略布局。",
        ),
        (
            "编者按：各地形成了一批“三变”改革经验：资源变资产、资金变股金、农民变股东。今日刊发第一篇。",
            "各地形成了一批“三变”改革经验：资源变资产、资金变股金、农民变股东。",
        ),
        (
            "【编者按】基层探索形成了一批经验做法，即小事不出村、大事不出镇、矛盾不上交。",
            "基层探索形成了一批经验做法，即小事不出村、大事不出镇、矛盾不上交。",
        ),
    ],
)
def test_an_editors_framing_that_holds_a_formulation_stays(note: str, kept: str) -> None:
    assert _kept([PROSE, note, PROSE]) == [PROSE, kept, PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "议长、副议长、各位议员女士、先生，大家好：",
        "各位来宾、媒体朋友，大家好！",
    ],
)
def test_a_speechs_salutation_to_a_council_and_its_guests_is_dropped(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "👉 更多真题精讲、模考批改，请在知识星球置顶帖查看。",
        "更多政策解读，欢迎关注本网“解读”栏目。",
    ],
)
def test_a_plea_to_see_more_elsewhere_is_dropped(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "更多群众在家门口就能办成事，窗口前排队的少了。",
        "更多企业欢迎改革，纷纷进入园区投资兴业。",
        "现将工作开展情况报告如下。",
        "各地要总结试点经验，请有关部门将行之有效的做法复制推广，更多事项逐步上线查看进度。",
    ],
)
def test_prose_that_mentions_more_or_sending_stays(line: str) -> None:
    assert line in _kept([PROSE, line, PROSE])


@pytest.mark.parametrize(
    "lines",
    [
        # (a 版记's distribution labelled 发至, naming 党组织 and 部门; one glued after a rule)
        ["发至：局机关各党支部、局属事业单位党组织", "市统计局机关党委办公室 2024年6月28日印"],
        ["分送：县委常委，县政府，县直各部门，各乡镇党委。"],
        ["──────────────────抄送：区委组织部，区民政局。"],
    ],
)
def test_a_distribution_the_lists_labels_and_names_did_not_know_is_dropped(lines: list[str]) -> None:
    assert _kept([PROSE, PROSE, *lines]) == [PROSE, PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "2025年选调生笔试真题精讲系列（三）",
        "申论高分范文系列之五",
    ],
)
def test_a_series_label_on_a_cover_is_dropped(line: str) -> None:
    assert _kept([line, PROSE]) == [PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "开展“送法进万家”系列活动。",
        "——学习贯彻市委全会精神系列谈之三",
        "打造终身教育研究院所集群，促进校企协同。",
        "加强干部教育培训",
        "建设有限公司化改造试点",
    ],
)
def test_a_line_that_only_names_a_series_or_a_trade_in_its_words_stays(line: str) -> None:
    assert line in _kept([line, PROSE])


@pytest.mark.parametrize(
    "remark",
    [
        "使用建议：每天晚上过一遍表格，周末默写一次。",
        "题目来源：历年真题改编，答案是自己写的，仅作参考。",
        "💡 用法：先看框架再背表格；折叠块里是自己写的答案，先盖住自测。",
    ],
)
def test_a_notes_advice_on_its_use_or_its_questions_source_atop_it_is_dropped(remark: str) -> None:
    assert _kept(["乡村振兴考点清单", remark, "", PROSE]) == ["乡村振兴考点清单", PROSE]


def test_a_notes_advice_inside_its_body_stays() -> None:
    line = "学习建议：把握“三农”工作的总抓手。"
    assert line in _kept([PROSE, line, PROSE])


@pytest.mark.parametrize(
    "remark",
    [
        "复习建议：重点掌握“两个确立”的决定性意义和“两个维护”的内涵。",
        "用法：每段按“论点—论据—结论”三步写，考场上各取一两句。",
    ],
)
def test_advice_atop_a_note_that_quotes_a_formulation_stays(remark: str) -> None:
    assert remark in _kept(["乡村振兴考点清单", remark, "", PROSE])


@pytest.mark.parametrize(
    "line",
    [
        "用法：写基层治理类文章时放在开头，一句话点明主题。",  # (a formulation's use, in the body)
        "引导群众办事依法、遇事找法、解决问题用法、化解矛盾靠法。",
        "这一提法的用法有三种，本文择要介绍。",
    ],
)
def test_a_formulations_use_inside_a_notes_body_stays(line: str) -> None:
    assert line in _kept([PROSE, line, PROSE])


@pytest.mark.parametrize(
    ("head", "use"),
    [
        ("金句素材", "用法：适合放在民生类文章开头，引出为民情怀。"),
        ("提法积累：以人民为中心", "用法：可作分论点，也可用来点题。"),
        ("“枫桥经验”", "【用法】论述矛盾纠纷化解类题目时引用。"),
        ("规范表述", "使用方法：宜用于结尾升华，不宜用于开头。"),
    ],
)
def test_a_material_notes_use_in_an_essay_atop_it_stays(head: str, use: str) -> None:
    # (where a 素材 serves an essay is the material's own; only a remark on how to study the note goes)
    assert use in _kept([head, use, "", PROSE])


@pytest.mark.parametrize(
    "line",
    ["本周任务完成后，请在打卡群内回复“已背”。", "背完第三部分，请大家在群里接龙。"],
)
def test_a_check_in_the_groups_chat_asks_for_is_dropped(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, PROSE]


@pytest.mark.parametrize(
    "line",
    [
        # (a text on 指尖上的形式主义 quotes or reports the chat's requests: its matter)
        "一些单位动辄要求“请在工作群内回复收到”，让基层干部疲于应付。",
        "“请在群里接龙！”成了不少基层干部的口头禅。",
        "某乡镇干部反映，上级每天发通知请在群内打卡，一天要回复几十条。",
    ],
)
def test_a_chats_request_a_text_quotes_or_reports_stays(line: str) -> None:
    assert line in _kept([PROSE, line, PROSE])


@pytest.mark.parametrize(
    "line",
    ["请群众在网上回复满意度问卷。", "村民打卡点位增至12个，请游客文明游览。"],
)
def test_a_request_without_a_groups_chat_stays(line: str) -> None:
    assert line in _kept([PROSE, line, PROSE])


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # a page's link to more of itself glued after the paragraph, or a line of its own that goes on
        # past its arrow to the column's name
        (
            "乡镇要把考核权用实用好，推动部门力量下沉。点击阅读全文>>",
            "乡镇要把考核权用实用好，推动部门力量下沉。",
        ),
        (
            "三是建立回访制度，确保问题件件有回音。查看完整答案请先注册»",
            "三是建立回访制度，确保问题件件有回音。",
        ),
        ("更多调研报告，点击进入>>调研专栏", ""),
        ("想看更多时评，进入>>时评专栏", ""),
    ],
)
def test_a_link_to_more_of_the_page_is_dropped(line: str, kept: str) -> None:
    assert _kept([PROSE, line]) == ([PROSE, kept] if kept else [PROSE])


@pytest.mark.parametrize(
    "line",
    [
        # a guide's path through an app's menus, quoted; a comparison; a sentence going on
        # past an arrow; the words of more and of the whole text with no arrow at all
        "进入“赣服通”首页，点击“更多服务”>>“社保查询”，即可查看缴费记录。",
        "在系统里进入“我的”>>“办件进度”查看全部环节。",
        "这项改革带来的收益>>成本，群众得到了更多实惠。",
        "更多细节放在附录>>表格里。",
        "群众可在首页查看完整的办事指南，全部事项一网通办。",
        "原文中“更多”一词出现三次，说明作者想强调数量。",
        # a note's comparison or process with no stop and no bidding to go, a menu path naming no column
        "更多依靠改革>>创新",
        "完整性>>速度",
        "原文表述>>自己的话",
        "进入更多服务>>社保查询",
        "全文阅读量>>转发量",
    ],
)
def test_prose_with_an_arrow_or_the_words_of_more_is_kept(line: str) -> None:
    assert _kept([PROSE, line]) == [PROSE, clean_line(line)]


@pytest.mark.parametrize(
    "line",
    [
        # a book's pointer to its exercises or answers, and its running foot of name, chapter and page
        "本节课后练习见第 42 页。",
        "参考答案详见书末第215页",
        "《公文写作一本通》 · 第五章 · 第 133 页",
        "《面试真题精讲》｜第 9 页",
    ],
)
def test_a_books_pointer_to_a_page_and_its_running_foot_are_dropped(line: str) -> None:
    assert _kept([PROSE, line]) == [PROSE]


@pytest.mark.parametrize(
    "line",
    [
        # a report's pointer to its data, a citation with its page, a sentence that goes on after the
        # page, a work and its part with no page, a page count in a sentence
        "抽样调查的详细数据见第5页附表。",
        "引文出自《习近平谈治国理政》第四卷第 71 页",
        "答案见第3页，但同学们要先独立思考、认真作答，再对照检查。",
        "《论语》 · 学而篇",
        "练习见第5页的同学请举手说明情况。",
        "本章练习重在见第一手材料的功夫，共20页。",
        "具体申报条件详见第3页附件。",
        "解析见第7页：这里的关键在于“两个维护”。",
        "——《邓小平文选》 · 第三卷 · 第 373 页",
        "《资本论》第一卷 · 第 71 页",
    ],
)
def test_prose_that_names_a_page_is_kept(line: str) -> None:
    assert _kept([PROSE, line]) == [PROSE, clean_line(line)]


@pytest.mark.parametrize(
    "line",
    [
        "答：集体利益>>个人得失，长远发展>>眼前政绩。",
        "作答步骤：读材料>>找要点>>归纳",
        "原则：质量>>数量，实效>>形式",
        "排序依据：安全>>效率>>成本",
    ],
)
def test_a_notes_comparison_or_steps_written_with_arrows_is_prose(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    ["信息公开 > 通知公告 > 正文", "所在位置：政务服务 » 办事指南 » 详情", "首页>>新闻>>本地要闻"],
)
def test_a_chain_of_links_is_a_breadcrumb(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "remark",
    [
        "背诵提示：“三个务必”要按顺序背，常考默写。",
        "背诵提示：这一段要连贯背下来，考试常考填空。",
        "复习建议：本章是考试重点，请对照课堂笔记反复复习。",
        "【备考提示】这一节每年必考，建议考前再背一遍。",
        "（学习提示：先理解再记忆，不要死记硬背。）",
        "💡 记忆建议：睡前把“五个必由之路”默写一遍。",
        # (the trial's note: it names a section's set and a concept in quotes, nothing to recall)
        "背诵提示：第三部分“本质要求”每天默写一遍，和“五个特色”对照着背。",
        "复习建议：“新发展理念”这一节考前再背一遍。",
        "记忆提示：把“首要任务”和“第一动力”放在一起默写。",
    ],
)
def test_a_remark_to_the_reader_on_how_to_learn_it_is_dropped_in_the_body(remark: str) -> None:
    # (not only in the note's head: a learner's memo or a handout's advice may stand after any part)
    lines = ["一、总体要求", PROSE, remark, "二、主要任务", PROSE]
    assert _kept(lines) == ["一、总体要求", PROSE, "二、主要任务", PROSE]


@pytest.mark.parametrize(
    "line",
    [
        # a formulation quoted, a series, a paragraph of material: the remark carries content
        "背诵提示：报告里还有一句“必须坚持以人民为中心的发展思想”，写作文开头能用。",
        "学习建议：坚持读原著、学原文、悟原理，考前再通读。",
        # a wording set against another (易错): which one the text writes is the material's
        "背诵提示：原文是“关键一招”，别写成“关键一步”，常考填空。",
        "背诵提示：首要任务是“高质量发展”而不是“经济建设”，常考填空。",
        "【备考提示】近年考试重在考查“三种能力”，即调查研究能力、综合分析能力、文字表达能力。",
        # content labels, and a mnemonic, which is itself recited
        "要点：乡村振兴要坚持农业农村优先发展，考核结果与干部使用挂钩。",
        "提示：报名人员须在考试前三日内完成网上缴费。",
        "记忆口诀：科技是核心，产业是载体，考场上按顺序写。",
        "用法：可作为基层治理类文章的开头，也可用于面试答题。",
        # a study remark with no word on studying, and a line that a hard wrap cut
        "复习建议：结合本地乡村振兴的实践案例加深理解。",
        "背诵提示：这一部分考试常考“四个",
    ],
)
def test_a_remark_that_carries_the_material_stays_in_the_body(line: str) -> None:
    assert line in _kept(["一、总体要求", PROSE, line, "二、主要任务", PROSE])


@pytest.mark.parametrize(
    "line",
    [
        # a policy text's study advice to cadres and branches: the words of studying are its material
        "学习建议：各支部要把理论学习纳入党员干部考试考核内容。",
        "学习建议：各党支部要把以上内容纳入年度考试考核。",  # the doer named: the text's own 以上
        "学习建议：各支部要把红色记忆纳入主题党日活动。",
        "学习建议：党员干部要记住初心使命，永葆政治本色。",
        "学习建议：各级党组织要组织党员复习党章党规。",
        "学习建议：要用好讲义，组织支部书记集中研读。",
        "学习提示：各地要把考试结果作为干部选拔任用的重要参考。",
        # 背 in a word that is no reciting
        "学习建议：党员干部不得违背中央八项规定精神。",
        "学习提示：不忘初心，牢记使命，永远不能背叛人民。",
        "学习建议：中央的决策部署，各级党组织不得违背，要坚决执行。",  # 违背 before a comma
    ],
)
def test_a_policy_texts_study_advice_to_its_readers_stays_in_the_body(line: str) -> None:
    assert line in _kept(["一、总体要求", PROSE, line, "二、主要任务", PROSE])


def test_a_memo_quoted_in_a_markdown_note_after_its_parts_is_dropped(tmp_path: Path) -> None:
    # (a note app's quote block, the memo naming the set it speaks of in quotation marks)
    note = (
        "# 作风建设学习笔记\n\n## 一、总体要求\n\n" + PROSE + "\n\n"
        "> 背诵提示：“五个坚持”要按顺序背，考试常考填空。\n\n## 二、主要任务\n\n" + PROSE + "\n"
    )
    path = tmp_path / "note.md"
    path.write_text(note, "utf-8")
    document = read_document(path)
    kept = [p.written for p in main_text(document.lines, document.layout)]
    assert kept == ["作风建设学习笔记", "一、总体要求", PROSE, "二、主要任务", PROSE]


# Round 39: chrome that still reached the cards (a 版记's and a 主送 line's names, a note's chores, a page's
# boxes of links, a contents' paged entries, a sender's cover note, a poster's plea, remarks on the notes).


def test_a_distribution_labelled_fasong_after_another_is_dropped() -> None:
    # (发送 is 发's label written out, under 报送 in a research office's 版记)
    lines = [PROSE, "报送：市委常委，市人大常委会、市政府主要领导。", "发送：各县（市、区）委，市直各单位。"]
    assert _kept(lines) == [PROSE]


def test_a_second_group_of_names_under_a_copy_line_that_ends_on_its_full_stop_is_dropped() -> None:
    # (a province's 抄送 sets the bodies below it on a line of their own; 各市、县（区）委, 省军区, 部队)
    lines = [
        PROSE,
        "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院。",
        "      各市、县（区）委，省军区，驻东川部队。",
        "东川省人民政府办公厅                    2023年5月15日印发",
    ]
    assert _kept(lines) == [PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "县法院、县检察院要加强协作，形成工作合力。",  # (a sentence of the text under a 报 line)
        "各市、县（区）委要认真抓好贯彻落实。",
    ],
)
def test_a_sentence_after_a_copy_line_that_ends_on_its_full_stop_is_kept(line: str) -> None:
    assert line in _kept([PROSE, "抄送：县委办，县政府办。", line])


def test_a_main_addressees_line_naming_peoples_organisations_is_dropped() -> None:
    # (人民团体 among the bodies an official document addresses under its headline)
    lines = [
        "关于印发实施方案的通知",
        "各乡镇党委、人民政府，县委各部委，县级国家机关各部门，各人民团体：",
        PROSE,
    ]
    assert _kept(lines) == ["关于印发实施方案的通知", PROSE]


@pytest.mark.parametrize("line", ["各人民团体要发挥桥梁纽带作用：", "人民团体、社会组织："])
def test_peoples_organisations_asked_or_named_without_ge_are_no_address(line: str) -> None:
    assert line in _kept([PROSE, line, PROSE])


def _tasks(texts: list[str]) -> dict[int, LineLayout]:
    """A Markdown task list's layout for the lines of `texts` that are no prose (see test_sources)."""
    return {number: LineLayout(bullet=1, task=True) for number, text in enumerate(texts, 1) if text != PROSE}


@pytest.mark.parametrize(
    "chores",
    [
        ["整理成 300 字素材卡", "补充 2023 年中央文件原文"],
        ["补充：省里今年减负十条的原文，周末去党校图书馆查", "把云岚市数据核对一遍（9.10报纸）"],
        ["背诵要点梳理第1—4条", "周末把这篇改写成一篇800字小作文"],
    ],
)
def test_a_notes_task_items_that_are_chores_are_dropped(chores: list[str]) -> None:
    lines = [PROSE, *chores]
    assert [p.text for p in main_text(lines, _tasks(lines))] == [PROSE]


@pytest.mark.parametrize(
    "items",
    [
        # (a box that ticks off the points learnt: formulations, not chores)
        ["坚持党的全面领导", "坚持以人民为中心", "补充完善监督制度"],
        ["补短板、强弱项", "整理归档、规范管理"],  # (a series is the material's)
    ],
)
def test_a_notes_task_items_that_name_points_are_kept(items: list[str]) -> None:
    lines = [PROSE, *items]
    assert [p.text for p in main_text(lines, _tasks(lines))] == lines


def test_chore_words_in_plain_list_items_are_kept() -> None:
    # (no box: a list of the text's own measures, 整理 and 补充 as their verbs)
    lines = [PROSE, "整理形成问题清单", "补充完善工作台账"]
    layout = {2: LineLayout(bullet=1), 3: LineLayout(bullet=1)}
    assert [p.text for p in main_text(lines, layout)] == lines


def test_a_notes_links_with_a_remark_after_a_dash_are_dropped() -> None:
    lines = [
        PROSE,
        "🔗 相关笔记",
        "数字政府建设素材 —— “一网通办”部分互相引用",
        "亲清政商关系",
        "民营经济发展素材",
    ]
    assert _kept(lines) == [PROSE]


@pytest.mark.parametrize(
    "box",
    [
        ["专题更多报道", "- 一线访谈｜产业园里的“店小二”", "- 一线见闻｜清晨六点的菜市场"],
        [
            "图集",
            "- 图集竹乡五月：竹坞村的老手艺新生活（8图）",
            "- 图集春季招聘会现场直击（12图）",
            "更多视频",
        ],
        ["热门课程", "- 深入推进全面从严治党专题", "- 基层干部应急处突能力提升"],
        ["风吹麦浪的日记 · · · · · · (全部)", "- 在县档案馆待了一下午", "- 五月读书小记"],
    ],
)
def test_a_pages_box_of_links_after_the_text_is_dropped(box: list[str]) -> None:
    assert _kept([PROSE, PROSE, *box]) == [PROSE, PROSE]


def test_a_box_heads_words_inside_the_text_are_kept() -> None:
    # (before the text's last prose a 图集 or 热门课程 line is the text's own heading)
    lines = [
        PROSE,
        "热门课程",
        "党史学习教育专题课程点击量居全省前列，学员普遍反映内容实在、讲解生动、很有收获。" + PROSE,
    ]
    assert _kept(lines) == lines


def test_a_contents_entries_that_print_their_pages_are_dropped_though_not_printed_again() -> None:
    # (an excerpt of a collection prints its first parts only; the contents name all three, paged)
    lines = [
        "目录",
        "一、以高水平保护推动高质量发展的实践路径\t1",
        "二、打好蓝天碧水净土保卫战的答卷\t4",
        "三、局党组理论学习中心组专题研讨发言摘编\t9",
        "一、以高水平保护推动高质量发展的实践路径",
        PROSE,
    ]
    assert _kept(lines) == ["一、以高水平保护推动高质量发展的实践路径", PROSE]


def test_contents_entries_with_leader_dots_and_a_colon_before_the_page_are_dropped() -> None:
    lines = [
        "目 录",
        "一、深刻认识加强纪律建设的重要意义········：1",
        "附：近期典型案例通报（摘编）···········：9",
        PROSE,
    ]
    assert _kept(lines) == [PROSE]


def test_numbered_lines_under_a_contents_label_without_pages_that_are_not_printed_again_stay() -> None:
    lines = ["目录", "一、坚持党的领导", "二、坚持以人民为中心", PROSE]
    assert _kept(lines)[-3:] == lines[1:]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "您好！按照市委农办的通知要求，现将我县经验交流材料报送给您，正文附后，请审阅。如需修改，请随时联系。",
            "如需修改，请随时联系。",
        ),
        ("老师们好，读书班材料转给大家，请提前阅读。", None),
    ],
)
def test_a_senders_cover_note_on_the_material_is_dropped(line: str, kept: str | None) -> None:
    # (after main_text, which keeps it: the titles package reads the note's words as the mail's)
    paragraphs = main_text([line, PROSE])
    assert len(paragraphs) == 2
    assert [p.text for p in without_cover_notes(paragraphs)] == ([kept] if kept else []) + [PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "县委办将文件转发给各位，请各单位认真贯彻落实。",  # (what the units are asked is the text's)
        "以上报告，妥否，请批示。",
        "市政府将方案报送给省政府审定，请各部门配合。",
        "请大家认真阅读《关于加强基层治理的意见》全文。",  # (nothing handed on)
    ],
)
def test_sentences_of_sending_and_reading_that_are_the_texts_stay(line: str) -> None:
    assert line in [p.text for p in without_cover_notes(main_text([PROSE, line, PROSE]))]


def test_a_posters_plea_for_critique_closing_a_long_sentence_is_cut_off() -> None:
    line = (
        "考前练笔，题目是“结合材料，围绕乡村文化建设自拟题目写一篇议论文”，限时60分钟写完，求各位大佬拍砖！"
    )
    assert (
        _kept([line, PROSE])[0]
        == "考前练笔，题目是“结合材料，围绕乡村文化建设自拟题目写一篇议论文”，限时60分钟写完！"
    )


@pytest.mark.parametrize(
    "line",
    [
        "考官批注：处置有序，态度诚恳；“妥善安置”用词不当（应为“妥善处理”）。 18/20",
        "我的批注：申论“对策题”可直接套用“物流—网点—上行”三段结构，背诵关键词：共同配送、客货邮融合、区域公用品牌。",
        "⚠️ 表里“十大任务第一条”是我看的报告目录，自己核对一下",
    ],
)
def test_an_examiners_or_the_learners_remark_on_the_notes_is_dropped(line: str) -> None:
    assert _kept([PROSE, line, PROSE]) == [PROSE, PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "市领导批注：要抓紧研究落实。",  # (a leader's instruction is the text's)
        "老师批注：输血是必要的起步，关键是“输血”和“造血”相结合。",  # (a teacher's on a model answer)
        "基层干部要养成自己核对一下台账的习惯。",
    ],
)
def test_a_leaders_or_teachers_remark_and_a_sentence_on_checking_stay(line: str) -> None:
    assert line in _kept([PROSE, line, PROSE])


def test_a_mail_systems_word_that_it_holds_no_secrets_is_dropped() -> None:
    line = "云岚市政务邮件系统提示：本系统为非涉密系统，严禁处理、传输、存储国家秘密信息。"
    assert _kept([PROSE, line]) == [PROSE]
    rule = "严禁在非涉密系统中处理、传输国家秘密信息。"  # (a rule on secrecy speaks of any system)
    assert rule in _kept([PROSE, rule, PROSE])


@pytest.mark.parametrize("heading", ["金句", "小结", "案例", "素材"])
def test_a_short_markdown_heading_over_its_items_is_kept(heading: str) -> None:
    # (a note's heading of two characters over the items of its section is the section's, not a button;
    # the items would else fall under the section before)
    lines = [
        "四、地方案例",
        "",
        "- 临川市：“科创飞地”模式",
        "",
        heading,
        "",
        "- 空谈误国，实干兴邦。",
        "- 民之所忧，我必念之。",
    ]
    layout = {1: LineLayout(heading=2), 3: LineLayout(bullet=1), 5: LineLayout(heading=2)}
    layout |= {7: LineLayout(bullet=1), 8: LineLayout(bullet=1)}
    assert [p.text for p in main_text(lines, layout)] == [
        "四、地方案例",
        "临川市：“科创飞地”模式",
        heading,
        "空谈误国，实干兴邦。",
        "民之所忧，我必念之。",
    ]


@pytest.mark.parametrize("heading", ["分享", "评论"])
def test_a_short_markdown_heading_over_no_items_is_still_furniture(heading: str) -> None:
    lines = ["四、地方案例", "", "- 临川市：“科创飞地”模式", "", heading, "", "## 五、金句"]
    layout = {
        1: LineLayout(heading=2),
        3: LineLayout(bullet=1),
        5: LineLayout(heading=2),
        7: LineLayout(heading=2),
    }
    assert heading not in [p.text for p in main_text(lines, layout)]


@pytest.mark.parametrize(
    "items",
    [
        # (a checklist of points whose verbs are also a learner's, run in step: one opening, one ending)
        ["对照党章党规找差距", "对照初心使命找差距", "对照先进典型找差距"],
        ["补齐基础设施短板", "补齐公共服务短板", "补齐人才队伍短板"],
    ],
)
def test_a_notes_task_items_in_step_are_kept(items: list[str]) -> None:
    lines = [PROSE, *items]
    assert [p.text for p in main_text(lines, _tasks(lines))] == lines


@pytest.mark.parametrize(
    "line",
    ["数据报送前，请各单位自己核对一遍。", "请各单位于5月10日前完成自查，报送前回头再核实一遍。"],
)
def test_a_notices_ask_to_check_is_no_learners_remark(line: str) -> None:
    assert line in _kept([PROSE, line, PROSE])


def test_a_heading_that_ends_in_quanbu_without_a_blogs_dots_is_no_sidebar() -> None:
    lines = [PROSE, "今年以来取得的成绩（全部）", "一是产业发展。", "二是生态改善。"]
    assert _kept(lines) == lines


def test_figures_under_a_contents_label_that_do_not_rise_are_no_pages() -> None:
    lines = ["目录", "一、2023年全市GDP增长 6", "二、2024年预期目标 5", PROSE]
    assert _kept(lines) == lines[1:]


@pytest.mark.parametrize(
    "line",
    [
        "数据来源：要拓宽渠道，打通部门壁垒，推动数据共享。",
        "注：数据要用好，不能由着性子来。",
        "注：以上数据由各地统计汇总，说明经济运行总体平稳、稳中有进。",
        "这类事件容易出人际关系矛盾，基层干部要学会换位思考。",
        "该案例常出应急处置方面的漏洞，说明预案不够完善。",
        "①必须学习：《中国共产党纪律处分条例》（中发〔2023〕22号）。",
    ],
)
def test_body_sentences_like_source_notes_exam_remarks_and_citations_stay(line: str) -> None:
    # a label's sentence that says something, a question kind's name inside a phrase, an item's own words
    # before a cited document are the text's, not a note's furniture
    body = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，扎实推进各项工作落地见效。"
    tail = "要深化改革创新，持续优化营商环境，切实增强人民群众的获得感幸福感安全感。"
    kept = [p.text for p in main_text(["一、总体要求", body, line, "二、重点任务", tail])]
    assert any(line[:10] in text for text in kept)


def test_an_official_document_cited_by_a_central_issuer_goes() -> None:
    body = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，扎实推进各项工作落地见效。"
    note = "③中共中央办公厅：《整治形式主义为基层减负若干规定》（中办发〔2024〕21号）"
    assert all("中办发" not in p.text for p in main_text([body, note]))


def test_a_notes_task_items_of_work_not_in_step_are_chores() -> None:
    """A learner's to-dos in a note need not name the material (补充两个本地案例): work verbs in a task
    list that does not run in step are chores and go (the unread check set had one that stayed)."""
    items = ["补充两个本地案例", "核对文中的数据", "对照去年的讲话看变化"]
    lines = [PROSE, *items]
    assert [p.text for p in main_text(lines, _tasks(lines))] == [PROSE]


@pytest.mark.parametrize("label", ["目录", "CONTENTS目录", "目錄"])
def test_a_slides_contents_label_over_its_entries_heads_no_section(label: str) -> None:
    # (a deck's 目录 slide: its title over its bullets is the contents' label, chrome on any card)
    lines = [
        PROSE,
        "",
        label,
        "",
        "- 为什么要加强基层治理",
        "- 基层治理的主要做法",
        "",
        "一、为什么要加强基层治理",
        PROSE,
    ]
    layout = {
        3: LineLayout(heading=1),
        5: LineLayout(bullet=1),
        6: LineLayout(bullet=1),
        8: LineLayout(heading=1),
    }
    assert label not in [p.text for p in main_text(lines, layout)]


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        # a study note's label of a part alone on its line heads the words under it
        ("【对策】", False),
        ("【观点】", False),
        ("【典型案例】", False),
        # a page's bracketed buttons stay furniture
        ("【打印】", True),
        ("【关闭】", True),
        ("【分享】", True),
        ("提示", True),
        ("【點評】", False),
        # … and those no widget word names: a page's top, its more, its forwarding
        ("【顶部】", True),
        ("【更多】", True),
        ("【转发】", True),
        ("【收起】", True),
    ],
)
def test_a_bracketed_part_label_is_no_button(line: str, furniture: bool) -> None:
    assert is_furniture(line, in_body=True) is furniture


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # (a learner's remark on which parts of the passage to learn by heart)
        ("这篇是4月省直遴选讲座老师推荐的范文，重点背第三、四段！", ""),
        ("这一篇结构很清楚，建议背诵第二段和结尾。", ""),
        (f"{PROSE}这篇范文要背下来第一至三段。", PROSE),
        # (the text's own sentences on learning by heart stay)
        ("学校要求学生熟读全文，并结合实际撰写心得体会。", "学校要求学生熟读全文，并结合实际撰写心得体会。"),
        ("背诵第三段党章原文是支部开展学习的一项内容。", "背诵第三段党章原文是支部开展学习的一项内容。"),
        ("上面这几段重点背第一段和结尾。", ""),
        ("需要默写第二段。", ""),
        # (a study notice's bidding to read the whole text, or a part inside a phrase, stays)
        ("要熟读全文，准确把握精神实质。", "要熟读全文，准确把握精神实质。"),
        ("以上内容，各支部要熟读全文、逐条学习。", "以上内容，各支部要熟读全文、逐条学习。"),
        ("一定要熟读全文，原原本本学、逐字逐句悟。", "一定要熟读全文，原原本本学、逐字逐句悟。"),
        ("必须背熟第一段的入党誓词。", "必须背熟第一段的入党誓词。"),
    ],
)
def test_a_remark_on_which_parts_to_learn_by_heart_is_dropped(line: str, kept: str) -> None:
    assert _kept([line, PROSE]) == ([kept, PROSE] if kept else [PROSE])


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # (a course's or a series' note that the instalment ends, and what the next one is; the next
        # instalment may follow it)
        ("（第七讲完，下一讲：调研报告的结构与写法）", False),
        ("—— 第十二讲完，下一讲：申论大作文的立意 ——", False),
        ("下期预告：如何写好综合分析题", False),
        ("（本期完，下一期：基层减负的五个抓手）", False),
        # (the text's own next step, or a stage of a project, stays)
        ("下一步：持续深化网格化管理，推动治理重心下移。", True),
        ("本期完成投资12亿元，下一期工程将于明年启动。", True),
        ("第一期完工后，园区入驻企业达到36家。", True),
    ],
)
def test_a_series_sign_off_or_pointer_to_the_next_instalment_is_dropped(line: str, kept: bool) -> None:
    assert _kept([PROSE, line, PROSE]) == ([PROSE, line, PROSE] if kept else [PROSE, PROSE])
