"""Junk that copy sites glue into an article's visible text (a jammer's random characters, the
site's address or name inside a word or between clauses, a random code, a copy notice between
sentences or after the last one) leaves the lines a source is read into, in every format, and the
headline with them, or the lines main_text keeps; the text's own ASCII stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from yaodian.extractors import extract_document
from yaodian.extractors.boilerplate import main_text
from yaodian.junk import (
    without_glued_addresses,
    without_glued_codes,
    without_glued_site_names,
    without_jammer,
    without_junk,
    without_junk_in,
)
from yaodian.sources import read_document

DATA = Path(__file__).parent / "data" / "junk"

PROSE = (
    "近年来，各地坚持把抓基层、打基础作为长远之计和固本之举，推动资源、服务、管理向基层下沉，"
    "让小事不出村、大事不出镇成为常态。"
)


def _kept(lines: list[str]) -> list[str]:
    return [p.written for p in main_text(lines)]


# ---- cut as a source is read


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a jammer run glued after a sentence, between sentences, and after a headline
        (
            "推进基层治理现代化，必须坚持以人民为中心。7 u* b8 @$ Y4",
            "推进基层治理现代化，必须坚持以人民为中心。",
        ),
        (
            "　　一是坚持党建引领。* H$ b( M6 ?- A 二是坚持问题导向。",
            "　　一是坚持党建引领。二是坚持问题导向。",
        ),
        ("坚持以人民为中心这一观点% J d5 N( @! K5 D: D", "坚持以人民为中心这一观点"),
        ("以钉钉子精神抓好基层减负7 u* b8 @$ Y4_学海公考网", "以钉钉子精神抓好基层减负_学海公考网"),
        # a jammer with a space for one of its characters (two spaces apart)
        ("群众的事再小也是大事。4 w*  ?0 }3 m, h$ w+ K", "群众的事再小也是大事。"),
        # a site's tag in brackets inside a sentence or after a headline
        ("乡镇干部作风建设心得体会（青蓝范文网 www.qlfw8.com 原创）", "乡镇干部作风建设心得体会"),
        ("要敢于站出来（本文来自青蓝范文网）、顶上去，不推诿。", "要敢于站出来、顶上去，不推诿。"),
        (
            "能合并的会议一律合并【学海公考网原创】，能用视频会议的不再集中开会。",
            "能合并的会议一律合并，能用视频会议的不再集中开会。",
        ),
        # a copy notice glued between sentences or clauses, bounded by the site it names
        (
            "一要树牢宗旨意识。本文由青蓝范文网整理，禁止转载。我们要把群众放在心中最高位置。",
            "一要树牢宗旨意识。我们要把群众放在心中最高位置。",
        ),
        ("三要锤炼过硬本领。来源：学海公考网 要加强理论学习。", "三要锤炼过硬本领。要加强理论学习。"),
        ("来源：学海公考网，要加强理论学习，提高履职本领。", "要加强理论学习，提高履职本领。"),
        ("　　来源：学海公考网。要加强理论学习，提高履职本领。", "　　要加强理论学习，提高履职本领。"),
        # one mark stays where a notice was cut, the stronger of the two beside it
        ("带动农户稳定增收。来源：青蓝范文网。全镇居民收入增长。", "带动农户稳定增收。全镇居民收入增长。"),
        ("带动农户稳定增收。来源：青蓝范文网，全镇居民收入增长。", "带动农户稳定增收。全镇居民收入增长。"),
        ("一要树牢宗旨意识。本文由青蓝范文网整理，要加强理论学习。", "一要树牢宗旨意识。要加强理论学习。"),
        (
            "带动农户稳定增收，本文由青蓝范文网整理。全镇居民收入增长。",
            "带动农户稳定增收。全镇居民收入增长。",
        ),
        ("要守底线，本文由青蓝范文网整理。", "要守底线。"),
        (
            "能合并的会议一律合并。【学海公考网原创】，能用视频会议的不再集中开会。",
            "能合并的会议一律合并。能用视频会议的不再集中开会。",
        ),
        ("要守底线。更多范文请访问青蓝范文网", "要守底线。"),
        (
            "要守底线。更多精彩内容，请关注青蓝范文网（www.qlfw8.com）。要以人民为中心。",
            "要守底线。要以人民为中心。",
        ),
        ("要坚持人民至上。本文由www.qlfw8.com整理。要以人民为中心。", "要坚持人民至上。要以人民为中心。"),
        ("堅持人民至上。本文來自青藍範文網，禁止轉載。要以人民為中心。", "堅持人民至上。要以人民為中心。"),
    ],
)
def test_junk_glued_into_the_text_is_cut(line: str, expected: str) -> None:
    assert without_junk(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # English words, acronyms, figures with units, model numbers, dates
        "用好5G、AI和政务App，推动“一网通办”。去年全市GDP增长5.2%，CPI同比上涨0.3%，规模达到3.5万亿元。",
        "华为Mate 60 Pro于2023年8月29日发布，型号ALN-AL00，对标 RX 7900 XTX 和 i7-13700K。",
        "I am a CEO of ABC Co. Ltd. 我们的 Q & A 环节",
        # an answer's letters and options, formulas spelled out with spaces
        "把握好A、B、C三类村的不同情况，答案依次为A B C D。",
        "答案：A. B. C. D.",
        "1) 2) 3) 4)",
        "解：x + y - z = 1，所以 x2 + y2 = r2 成立。",
        "根据公式 E = m c 2 可知，能量与质量成正比。",
        "其中 0 <= x <= 1，函数在该区间上单调递增。",
        "约束条件为 x >= 1, y <= 2 时，目标函数取得最小值。",
        "循环体内执行 x += 1; y -= 2 两步。",
        "设 x, y, z = 1 时，方程组有唯一解。",
        "若 x1 + y2 <= z3 成立，则结论得证。",
        # pinyin glosses
        "坚持统筹（tǒng chóu）兼顾、协调（xié tiáo）发展。",
        # addresses the author cites: in a reference line, after a site's name or a word pointing to it
        "参考文献：[1] 国务院.关于加强基层治理的意见[EB/OL]. http://www.gov.cn/zhengce/2021-07/11/content_5624201.htm",
        "群众可登录www.gov.cn查询办事指南。",
        "要坚持人民至上。更多信息请登录中国政府网www.gov.cn查询。",
        "在中国政府网www.gov.cn上可以查询。",
        "用好“学习强国”平台（www.xuexi.cn），坚持每天学习。",
        # a bracket on the text's own origin or source that names no site
        "坚持“两个毫不动摇”（本文系国家社科基金项目“基层治理研究”阶段性成果）。",
        "（来源：国家统计局）2023年GDP增长5.2%。",
        "他说：“来源：群众。”",
        # a source named on a page's information line, a label of its own (not glued to a sentence)
        "发布时间：2024-03-01 来源：新华网 浏览：123",
        "我们要坚持人民至上。信息来源：新华网",
        "来源：江城新闻网 发布时间：2024-03-01 10:15 浏览次数：123",
        # a source the author cites after a clause
        "截至去年底，我国网民规模达10.9亿人，来源：中国互联网络信息中心网站。",
        "带动农户稳定增收，来源：青蓝范文网，全镇居民收入增长。",
        # an address the author cites once, glued into the words or not
        "新华社xinhuanet.com消息，全国各地持续推进基层减负。",
        "比如baidu.com和qq.com都是网站，要学会辨别信息真伪。",
        "北京日报bjd.com.cn报道，全市政务服务事项全部实现网上可办。",
        # a notice on a line of its own or a line of labels: the furniture rules drop it whole
        "本文由青蓝范文网整理，禁止转载。",
        "【来源：江城日报】【编辑：钱明】",
        "（本文由青蓝范文网整理，转载请注明出处。真题为考生回忆版，仅供参考。）",
        "声明：本站部分文章来源于网络，仅供学习交流使用。",
        "要坚持人民至上。更多精彩范文请关注本站心得体会栏目。",
    ],
)
def test_the_texts_own_words_stay(line: str) -> None:
    assert without_junk(line) == line


def test_an_address_glued_into_the_words_again_and_again_is_the_copy_sites() -> None:
    lines = [
        "群众就在我们身qlfw8.com边，群众的事再小也是大事。",
        "要统筹QLFW8.com规范各类督查检查考核，新华社xinhuanet.com消息。",
        "",
        "坚持www.qlfw8.com以人民为中心。",
    ]
    assert without_junk_in(lines) == [
        "群众就在我们身边，群众的事再小也是大事。",
        "要统筹规范各类督查检查考核，新华社xinhuanet.com消息。",
        "",
        "坚持以人民为中心。",
    ]


def test_an_address_glued_once_is_the_copy_sites_where_its_notice_names_it() -> None:
    lines = ["乡镇干部作风建设心得体会（青蓝范文网 www.qlfw8.com 原创）", "群众就在我们身qlfw8.com边。"]
    assert without_junk_in(lines) == ["乡镇干部作风建设心得体会", "群众就在我们身边。"]
    # a notice on a line of its own, left whole for boilerplate, names it too
    lines = ["本文由青蓝范文网（www.qlfw8.com）整理", "群众就在我们身qlfw8.com边，群众的事再小也是大事。"]
    assert without_junk_in(lines) == [lines[0], "群众就在我们身边，群众的事再小也是大事。"]
    # a line read alone is a document of its own
    assert (
        without_junk("群众就在我们身qlfw8.com边，群众的事再小也是大事。")
        == "群众就在我们身qlfw8.com边，群众的事再小也是大事。"
    )


def test_a_copied_text_reads_as_its_author_wrote_it() -> None:
    document = read_document(DATA / "copied_fanwen.txt")
    text = document.text
    for junk in ("qlfw8", "青蓝范文网", "学海公考网", "来源", "转载", "本文"):
        assert junk not in text
    assert "群众就在我们身边，群众的事再小也是大事。" in text
    assert "　　一要树牢宗旨意识。我们要始终把群众放在心中最高位置" in text
    assert len(document.lines) == len((DATA / "copied_fanwen.txt").read_text(encoding="utf-8").split("\n"))


def test_a_junk_laden_headline_line_names_the_deck() -> None:
    cards = extract_document(read_document(DATA / "copied_fanwen.txt"))
    assert cards.title == "乡镇干部作风建设心得体会"
    # the paragraph a notice was glued into is read, not dropped as a notice
    assert any("树牢宗旨意识" in card.items for card in cards.cards if card.items)


def test_a_jammed_text_keeps_its_own_ascii() -> None:
    document = read_document(DATA / "jammer_speech.txt")
    assert document.lines[0] == "坚持以人民为中心推进基层治理现代化这一观点"
    assert (
        document.lines[3]
        == "　　一是坚持党建引领，把党的领导贯穿基层治理全过程。二是坚持问题导向，着力解决群众急难愁盼问题。"
    )
    raw = (DATA / "jammer_speech.txt").read_text(encoding="utf-8").split("\n")
    assert document.lines[4:] == raw[4:]


def test_a_web_pages_titles_and_text_without_junk() -> None:
    document = read_document(DATA / "copied_page.html")
    assert document.page_titles is not None
    assert "以钉钉子精神抓好基层减负" in document.page_titles.headings
    assert all("J d5" not in title and "u* b8" not in title for title in document.page_titles.titles)
    assert "要统筹规范各类督查检查考核，杜绝层层加码、重复检查。" in document.text
    assert "xhgk8" not in document.text and "学海公考网" not in document.text
    assert extract_document(document).title == "以钉钉子精神抓好基层减负"


# ---- cut as main_text cleans a line


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("坚持人民至上这一观点% J d5 N( @! K5 D: D", "坚持人民至上这一观点"),
        # main_text's and titles' reading of a line uses the same jammer rule as reading a source:
        # an answer's five options and a formula spelled out stay (main_text's own rule cut them)
        ("答案：A. B. C. D. E.", "答案：A. B. C. D. E."),
        ("解：x + y - z = 1，所以 x2 + y2 = r2 成立。", "解：x + y - z = 1，所以 x2 + y2 = r2 成立。"),
        # and, its spaces tidied, it reads runs of spaces as one
        (" 标题  副标题 ", "标题 副标题"),
    ],
)
def test_a_line_as_main_text_reads_it_is_without_jammer_runs(line: str, kept: str) -> None:
    assert without_jammer(line, tidy_spaces=True) == kept


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # a site's name glued between clauses: mangled by a letter, or named as the source
        (
            "第三，坚持改革赋能，深化农村集体产权制度改革，u办范文网 盘活农村闲置资源。",
            "第三，坚持改革赋能，深化农村集体产权制度改革，盘活农村闲置资源。",
        ),
        (
            "带动2300余户农户稳定增收。本文来源于某某范文网 全镇农村居民人均可支配收入同比增长7.8%。",
            "带动2300余户农户稳定增收。全镇农村居民人均可支配收入同比增长7.8%。",
        ),
        # named as the source in the words of a copy notice (文章来自, 本文摘自: see _ORIGIN_WORDS)
        (
            "带动2300余户农户稳定增收。文章来自某某范文网 全镇农村居民人均可支配收入同比增长7.8%。",
            "带动2300余户农户稳定增收。全镇农村居民人均可支配收入同比增长7.8%。",
        ),
        (
            "带动2300余户农户稳定增收。本文摘自某某范文网 全镇农村居民人均可支配收入同比增长7.8%。",
            "带动2300余户农户稳定增收。全镇农村居民人均可支配收入同比增长7.8%。",
        ),
    ],
)
def test_a_sites_name_glued_between_clauses_is_cut(line: str, kept: str) -> None:
    assert without_glued_site_names(line) == kept
    assert _kept([PROSE, line, PROSE]) == [PROSE, kept, PROSE]


def test_a_random_code_glued_into_the_prose_is_cut_out() -> None:
    line = "全年统筹整合涉农资金2.86亿元，yB7kQ2wM其中用于产业发展的比例达到60%以上。"
    assert without_glued_codes(line) == "全年统筹整合涉农资金2.86亿元，其中用于产业发展的比例达到60%以上。"
    assert _kept([line]) == ["全年统筹整合涉农资金2.86亿元，其中用于产业发展的比例达到60%以上。"]


def test_codes_that_are_words_figures_or_standards_are_kept() -> None:
    line = "严格按照GB50016规范开展消防检查，加快5G基站和H5N1监测点建设，完成率达到95%以上。"
    assert without_glued_codes(line) == line
    assert _kept([line]) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "苹果发布了iPhone15手机，售价与上一代持平。",
        "全市机关统一使用Office365办公，推广iPhone15ProMax和HuaWei5G终端。",
        "组织青年干部学习Python3编程，提升数字化履职能力。",
    ],
)
def test_product_names_are_no_random_codes(line: str) -> None:
    assert without_glued_codes(line) == line


def test_a_random_code_glued_beside_any_han_character_is_cut() -> None:
    # (䶮 is in CJK Extension A)
    assert without_glued_codes("南汉开国皇帝刘䶮xK9mPq2Lz建都广州。") == "南汉开国皇帝刘䶮建都广州。"


def test_a_sites_address_glued_between_sentences_is_cut_and_the_line_kept() -> None:
    line = (
        "（二）做大做强特色产业。重点发展茶叶、食用菌、中药材三大主导产业，带动农户稳定增收。"
        "本文来源于某某范文网www.example.com 全镇农村居民人均可支配收入同比增长7.8%。"
    )
    cut = (
        "（二）做大做强特色产业。重点发展茶叶、食用菌、中药材三大主导产业，带动农户稳定增收。"
        "全镇农村居民人均可支配收入同比增长7.8%。"
    )
    assert without_glued_addresses(line) == cut
    assert _kept([PROSE, line]) == [PROSE, cut]


def test_an_address_after_too_little_prose_of_its_own_stays() -> None:
    line = "稳定增收。本文来源于某某范文网www.example.com 全镇增长7.8%。"
    assert without_glued_addresses(line) == line


def test_a_sites_note_after_the_last_sentence_is_cut() -> None:
    note = "（本文来自某某范文网，转载请保留出处）"
    assert _kept([PROSE + note]) == [PROSE]


def test_a_note_after_the_last_sentence_that_is_no_sites_stays() -> None:
    note = "（见附件1）"
    assert _kept([PROSE + note]) == [PROSE + note]
