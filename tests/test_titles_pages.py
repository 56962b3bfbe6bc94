"""Deck titles of web pages whose headline the extraction lost or whose title files it: a headline
set over its ——subtitle, the value of a 标题 field in a table of the article's fields, a column's
label before a bar that the page does not print with the headline, a site's name in 資訊網."""

from __future__ import annotations

from pathlib import Path

import pytest

from yaodian.extractors import extract_document
from yaodian.names import is_site_name
from yaodian.sources import read_document

# prose of a page's article about a town's bus lines, in paragraphs a reader keeps
PARAGRAPHS = [
    "今年以来，我县围绕群众出行难题，新开和优化公交线路六条，让偏远村庄的群众也能坐上公交车。",
    "一是科学规划线路。交通部门深入各乡镇走访调研，听取群众意见，合理设置站点和班次时间。",
    "二是提升服务质量。统一更换新能源车辆，推行电子支付，为老年人和学生提供优惠乘车服务。",
    "三是强化安全管理。加强驾驶员培训和车辆检查，确保群众出行安全、便捷、舒心，满意度持续提升。",
]
ARTICLE = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)


def _title(tmp_path: Path, title: str, body: str) -> str:
    path = tmp_path / "page.html"
    path.write_text(
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>{body}</body></html>',
        encoding="utf-8",
    )
    return extract_document(read_document(path)).title


def test_a_headline_set_over_its_subtitle_in_a_layout_table_names_the_page(tmp_path: Path) -> None:
    # (an old page prints the speech's headline in <font><b> over its ——subtitle, outside the article's block)
    body = (
        '<table><tr><td align="center"><font size="5"><b>让群众出行更方便更舒心</b></font><br>'
        '<font size="3">——在全县交通运输工作会议上的讲话</font><br>县长　某某某</td></tr>'
        f'<tr><td><div class="zw"><p>同志们：</p>{ARTICLE}</div></td></tr></table>'
    )
    assert _title(tmp_path, "某某县新闻网--领导讲话", body) == "让群众出行更方便更舒心"


def test_a_columns_label_the_page_leaves_off_its_printed_headline_goes(tmp_path: Path) -> None:
    # (the page's title files the essay under its column; the essay prints its headline alone over its subtitle)
    title = "每周范文｜让公交开进百姓家门口——以交通便民提升群众获得感"
    body = (
        f"<h1>{title}</h1><p>作者：某某</p>"
        "<section><strong>让公交开进百姓家门口</strong></section>"
        "<section>——以交通便民提升群众获得感</section>"
        f"{ARTICLE}"
    )
    assert _title(tmp_path, title, body) == "让公交开进百姓家门口"


def test_a_label_the_page_prints_with_its_headline_stays(tmp_path: Path) -> None:
    # (a presentation's label the page prints with the headline wherever it prints it is part of its name)
    title = "一图读懂｜某某县2025年交通便民工作方案"
    body = f"<h1>{title}</h1><p>发布时间：2025-03-01</p>{ARTICLE}"
    assert _title(tmp_path, title, body) == title


def _account_page(title: str, related: list[str]) -> str:
    # (an account's post: its headline in an <h1>, then the article, then a list of its other posts)
    items = "".join(f"<li>{text}</li>" for text in related)
    return f"<h1>{title}</h1><p>某某交通研习社</p>{ARTICLE}<p>往期推荐</p><ul>{items}</ul>"


def test_a_columns_label_goes_where_the_page_lists_other_posts_under_labels(tmp_path: Path) -> None:
    # (the account files every post under a column, the one it prints and the ones it links to)
    title = "交通观察｜让公交开进百姓家门口"
    related = ["便民服务｜乡村客运站建到村民家门口", "交通观察｜城乡公交一体化的三点思考"]
    assert _title(tmp_path, title, _account_page(title, related)) == "让公交开进百姓家门口"


@pytest.mark.parametrize(
    "related",
    [
        # one other labelled post: a label two headlines share may be the headlines' own words
        ["一图读懂｜某某县2024年交通便民工作方案", "城乡公交一体化的三点思考"],
        # other posts without labels, or a long label that is no column's
        ["乡村客运站建到村民家门口", "城乡公交一体化的三点思考"],
        ["全县交通运输系统开展便民服务月活动｜乡村客运站建到村民家门口", "城乡公交一体化的三点思考"],
    ],
)
def test_a_label_stays_where_the_page_lists_no_posts_under_labels(tmp_path: Path, related: list[str]) -> None:
    title = "一图读懂｜某某县2025年交通便民工作方案"
    assert _title(tmp_path, title, _account_page(title, related)) == title


@pytest.mark.parametrize(
    ("title", "after"),
    [
        # a headline before its account's short name: the part after the bar is no headline
        ("让公交开进百姓家门口｜某某交通", ""),
        # a label too long to be a column's
        ("某某县交通运输局党组书记｜让公交开进百姓家门口", ""),
        # the article's schedule under its steps' ordinals, no posts
        (
            "两会时间｜代表委员热议交通便民",
            "<ul><li>第一阶段｜全面摸清各村群众出行需求</li><li>第二阶段｜集中整治偏远村庄公交站点</li></ul>",
        ),
        # lines under labels that are paragraphs of the page, not items of a list of posts
        (
            "两会时间｜代表委员热议交通便民",
            "<p>责任单位｜县交通运输局县公路事业发展中心</p><p>配合单位｜各乡镇人民政府和县直有关部门</p>",
        ),
        # a list of credits, each under a bar
        (
            "两会时间｜代表委员热议交通便民",
            "<ul><li>文字｜某某某 编辑｜某某 审核｜某某某</li><li>图片｜某某县融媒体中心 摄影｜某某</li></ul>",
        ),
    ],
)
def test_a_label_stays_where_the_page_lists_no_other_posts_or_the_title_files_none(
    tmp_path: Path, title: str, after: str
) -> None:
    related = (
        ["便民服务｜乡村客运站建到村民家门口", "交通观察｜城乡公交一体化的三点思考"] if not after else []
    )
    body = _account_page(title, related) + after
    assert _title(tmp_path, title, body) == title


def test_the_value_of_a_title_field_in_a_table_of_the_articles_fields_names_the_page(tmp_path: Path) -> None:
    # (a portal sets the article in a table of its fields; its <title> names the column and the site)
    body = (
        '<h2 class="unit-title">新聞稿</h2><table class="news">'
        "<tr><th>標題</th><td>本縣新開六條公車路線 偏鄉村落也有公車</td></tr>"
        "<tr><th>發布日期</th><td>113-05-20</td></tr>"
        f"<tr><th>內容</th><td>{ARTICLE}</td></tr></table>"
    )
    assert _title(tmp_path, "新聞稿-某某縣政府全球資訊網", body) == "本縣新開六條公車路線 偏鄉村落也有公車"


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("某某縣政府全球資訊網", True),
        ("某某县政府全球资讯网", True),
        # negatives: headlines that speak of information networks
        ("織密社會安全網", False),
        ("建好用好基层信息网络", False),
    ],
)
def test_a_portals_name_in_zixun_wang_is_a_sites_name(text: str, site: bool) -> None:
    assert is_site_name(text) is site


def test_a_headline_under_a_kept_banner_and_file_list_names_a_group_files_page(tmp_path: Path) -> None:
    # (a chat group's file page: its banner and its list of files are kept over the previewed file,
    # whose <h2> headline the extraction lost; its <title> names the tab and the group)
    body = (
        "<div><b>某某县备考交流群(2群)</b> <span>群号：1234**56</span></div>"
        "<table><tr><th>文件名</th><th>大小</th></tr><tr><td>群规.txt</td><td>3KB</td></tr>"
        "<tr><td>让公交开进百姓家门口.docx</td><td>28KB</td></tr></table>"
        f'<div class="preview"><h2>让公交开进百姓家门口</h2>{ARTICLE}</div>'
    )
    assert _title(tmp_path, "群文件 - 某某县备考交流群(2群)", body) == "让公交开进百姓家门口"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("2026遴选上岸冲刺交流群(3群)", True),
        ("申论备考打卡群2群", True),
        # negatives: headlines of clusters and of the masses
        ("打造世界级先进制造业集群", False),
        ("推动长三角城市群协同发展", False),
        ("在学习群众路线中践行初心", False),
        # negatives: a group named without its number, as a page about the group names its topic
        ("青年干部读书分享群", False),
        ("机关青年理论学习群", False),
    ],
)
def test_a_chat_groups_name_is_a_name(text: str, group: bool) -> None:
    from yaodian.extractors.titles.furniture import _is_name

    assert _is_name(text) is group


def test_a_page_about_a_group_keeps_the_groups_name_as_its_headline(tmp_path: Path) -> None:
    # (the page's topic is the group itself: its <h1> names it, with no number among groups of one name)
    body = (
        "<h1>机关青年读书分享群</h1>"
        "<p>读书分享群是机关青年干部交流读书心得的平台，每周推荐一本好书，成员分享读书体会和工作感悟。</p>"
        "<p>一是坚持每周一书。由群主推荐书目，成员利用业余时间阅读，周末在群内交流各自的心得体会。</p>"
        "<p>二是坚持学用结合。把读书同岗位实践结合起来，每季度评选一次优秀读书笔记，营造浓厚氛围。</p>"
    )
    assert _title(tmp_path, "机关青年读书分享群", body) == "机关青年读书分享群"


@pytest.mark.parametrize(("bar", "account"), [("｜", "交通观察研习社"), ("丨", "交通观察研习社")])
def test_a_label_the_posting_accounts_name_bears_goes(tmp_path: Path, bar: str, account: str) -> None:
    # (the account files its posts under the field it is named for, its name over the time it posted; 丨 is
    # typed for a bar)
    title = f"交通观察{bar}让公交开进百姓家门口"
    body = f"<h1>{title}</h1><p>{account}</p><p>2025-03-01 08:00</p>{ARTICLE}"
    assert _title(tmp_path, title, body) == "让公交开进百姓家门口"


def test_a_label_an_account_of_another_name_posts_under_stays(tmp_path: Path) -> None:
    title = "交通观察｜让公交开进百姓家门口"
    body = f"<h1>{title}</h1><p>某某交通研习社</p><p>2025-03-01 08:00</p>{ARTICLE}"
    assert _title(tmp_path, title, body) == title


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # (the <h1> sets the channel's label in a badge of its own, glued to the headline; the <title> sets it
        # apart before a bar)
        ("视频 | 县城公交通到村 群众出行更方便 - 某某融媒", "县城公交通到村 群众出行更方便"),
        ("图集｜县城公交通到村 群众出行更方便", "县城公交通到村 群众出行更方便"),
        # (a <title> that prints the headline as the <h1> does, with no bar: no label to drop)
        ("视频县城公交通到村 群众出行更方便 - 某某融媒", "视频县城公交通到村 群众出行更方便"),
    ],
)
def test_a_channels_badge_glued_to_the_headline_goes_where_the_pages_title_sets_it_apart(
    tmp_path: Path, title: str, expected: str
) -> None:
    badge = title[:2]
    body = f'<h1><span class="tag">{badge}</span>县城公交通到村 群众出行更方便</h1><div class="article">{ARTICLE}</div>'
    assert _title(tmp_path, title, body) == expected


@pytest.mark.parametrize(
    ("title", "h1"),
    [
        # (a headline of two phrases that the <h1> sets a space apart and the <title> a bar apart: the bar
        # parts the headline's phrases, no label; the <h1> prints the headline whole)
        ("春耕时节 | 田间地头农机忙 - 某某网", "春耕时节 田间地头农机忙"),
        ("公交通村 | 群众出行更方便更舒心 - 某某融媒", "公交通村 群众出行更方便更舒心"),
        ("一图读懂 | 某某县2025年交通便民工作方案", "一图读懂 某某县2025年交通便民工作方案"),
    ],
)
def test_a_headline_the_h1_prints_a_space_apart_where_the_title_has_a_bar_stays_whole(
    tmp_path: Path, title: str, h1: str
) -> None:
    assert _title(tmp_path, title, f'<h1>{h1}</h1><div class="article">{ARTICLE}</div>') == h1
