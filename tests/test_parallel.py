"""Unnumbered parallel structure (extractors/parallel.py): rule tables, one case per rule."""

from __future__ import annotations

import pytest

from yaodian.extractors import parallel
from yaodian.extractors.script import paragraph
from yaodian.extractors.text import Paragraph


def _paragraphs(text: str) -> list:
    return [paragraph(n, line) for n, line in enumerate(text.strip().splitlines(), 1) if line.strip()]


def _run_in(text: str) -> list[tuple[str, list[str]]]:
    return [(s.lead, s.items) for s in parallel.run_in_paragraphs(_paragraphs(text))]


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # paragraphs under a heading, each opened by a short sentence that heads it, alike or not
        (
            """二、坚持绿色发展，守护好一方山水
            壮大生态特色产业。山区资源丰富，要发展林下种植和生态旅游，让群众吃上生态饭，走出一条增收的新路子。
            织密环境监管网络。污染防治是一场持久战，要落实河湖长制，加密水质监测点位，做到早发现早处置。
            培育绿色生活风尚。人人都是环境的守护者，要推广垃圾分类和节约用水，引导群众形成简约适度的习惯。""",
            [("坚持绿色发展，守护好一方山水", ["壮大生态特色产业", "织密环境监管网络", "培育绿色生活风尚"])],
        ),
        # not under a heading: paragraphs of a story that open with short sentences are no set
        (
            """那年春天，我们来到村里。
            天色已经很晚。村口的老槐树下还坐着几位老人，他们一边乘凉一边聊着今年的收成和孩子们的学业。
            大家都很热情。一位大娘把我们拉进院子，端出刚蒸好的馒头，说什么也要让我们尝一尝再走。
            雨下了一整夜。第二天清早，村干部带着我们沿着新修的水渠走了一圈，讲起了这些年的变化。""",
            [],
        ),
        # under a heading, but sentences that judge (X是Y) state, they do not head
        (
            """一、基本情况
            产业是发展的根基。全县培育了三个主导产业，带动了上万户群众增收，集体经济收入稳步增长。
            人才是发展的关键。全县引进了一批急需紧缺人才，建立了人才服务专员制度，留住了不少年轻人。
            环境是发展的保障。全县持续推进营商环境改革，企业开办时间压缩到一天以内，群众满意度提高。""",
            [],
        ),
        # under a heading, but sentences that judge how much or when (很重要, 来之不易) state, they do not head
        (
            """一、关于过去一年的工作
            今天的会议很重要。这次会议是在全面贯彻落实中央精神的关键时刻召开的，大家要高度重视，认真领会。
            过去一年很不平凡。面对复杂严峻的形势，全县上下团结一心、攻坚克难，经济社会发展取得了新的成绩。
            成绩来之不易。这是上级党委正确领导的结果，是全县干部群众共同奋斗的结果，值得倍加珍惜和发扬。
            问题仍然不少。发展不平衡不充分的问题依然突出，产业结构还不够优，民生领域还有不少短板和弱项。""",
            [],
        ),
    ],
)
def test_run_in_headings_of_paragraphs(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _run_in(text) == lists


def _definitions(text: str) -> list[tuple[str, list[str]]]:
    return [(s.lead, s.items) for s in parallel.definition_sets(_paragraphs(text))]


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a table read row by row (术语：内容；内容) under its header: the first column's terms,
        # named by the header's first cell; a line after the table with fewer cells is none of it
        (
            """考点：基本要义；备考关键词
            两个毫不动摇：毫不动摇巩固和发展公有制经济、毫不动摇鼓励支持引导非公有制经济；常考
            三新一高：新发展阶段、新发展理念、新发展格局；高质量发展
            一老一小：养老服务，托育服务；民生
            小结：多读几遍""",
            [("考点", ["两个毫不动摇", "三新一高", "一老一小"])],
        ),
        # a meeting's record whose first line holds fields of its own (a date, 地点：…) has no header
        (
            """会议时间：3月5日；地点：三楼
            主持人：张三；记录人：李四
            参会人员：全体支委；列席人员：各组组长
            会议议题：研究安全生产；审议年度预算""",
            [],
        ),
        # the lines of a form or a dialogue have no header of labels: no set
        (
            """单位：某县发展和改革局
            执笔：调研组
            日期：2024年5月
            主持人：下面请记者提问""",
            [],
        ),
    ],
)
def test_definition_lines_under_a_header(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _definitions(text) == lists


def test_four_run_in_headings_of_one_length_need_no_heading_above() -> None:
    text = """一年来，我和村干部一起把心思放在群众身上，办成了几件实事。
    修好道路方便行。争取资金五十多万元，硬化通组道路两公里，解决了群众出行难的问题，大家都很满意。
    建好园区促就业。引进两家农产品加工企业，带动八十多名村民在家门口就业，人均年增收一万多元。
    管好环境留乡愁。组织开展村庄清洁行动，拆除违建二十多处，种植绿化苗木三千多株，村容焕然一新。
    育好新风暖人心。评选好媳妇好公婆十多户，修订村规民约，红白喜事大操大办的少了，邻里和睦多了。"""
    assert _run_in(text) == [("", ["修好道路方便行", "建好园区促就业", "管好环境留乡愁", "育好新风暖人心"])]
    # (three of one length are no run without a heading above: see the story in the table above)
    # (a run that opens the text loses no member)
    assert _run_in(text.split("\n", 1)[1]) == _run_in(text)


def test_paragraphs_that_repeat_a_long_opening_clause_are_points_after_it() -> None:
    text = """让数字之光照亮乡村振兴之路
    让数字之光照亮乡村振兴之路，要以产业为根，让数字技术成为农民增收的“新农具”。手机成为新农具。
    让数字之光照亮乡村振兴之路，要以实效为纲，让数字项目真正建得好、用得上。不能搞面子工程。
    让数字之光照亮乡村振兴之路，要以人民为本，让每一位农民都能共享数字红利。技术越进步，越要有温度。"""
    paragraphs = _paragraphs("\n".join(line.strip() for line in text.splitlines()))
    found = [(s.lead, s.items) for s in parallel.heading_sets(paragraphs, "标题")]
    assert ("让数字之光照亮乡村振兴之路", ["要以产业为根", "要以实效为纲", "要以人民为本"]) in found


def test_a_long_opening_clause_does_not_join_a_run_of_short_ones() -> None:
    text = """坚持项目为王，经济运行回升向好，全年完成固定资产投资增长百分之八。
    坚持工业强市，制造业增加值占比稳步提高，新增规上工业企业三十家。
    坚持创新驱动，研发经费投入强度首次突破百分之二，新增高新技术企业二十家。
    坚持把保障和改善民生作为一切工作的出发点，民生支出占一般公共预算支出的八成。"""
    paragraphs = _paragraphs("\n".join(line.strip() for line in text.splitlines()))
    found = [s.items for s in parallel.heading_sets(paragraphs, "标题")]
    assert ["坚持项目为王", "坚持工业强市", "坚持创新驱动"] in found


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # paragraphs in a row whose opening clauses share a frame that also opens them (以…为…)
        (
            """以理论武装为先，在学思践悟中筑牢信仰之基。学习是立身之本，要读原著、学原文。
            以实干担当为要，在攻坚克难中锤炼过硬本领。干部干部，干字当头。
            以为民服务为本，在联系群众中厚植为民情怀。群众是我们力量的源泉。""",
            ["以理论武装为先", "以实干担当为要", "以为民服务为本"],
        ),
        # an essay's points, each argued by a paragraph of its own before the next one opens
        (
            """弯下腰来问需求，把群众的期盼摸清楚。群众想什么、盼什么，要在走访中弄明白。
            有的干部习惯坐在办公室里想当然，方案做得再漂亮，群众也不买账。
            迈开腿来解难题，把群众的困难办妥帖。难题往往牵涉多个部门，要敢于协调、善于协调。
            静下心来建机制，把群众的诉求管长远。办好一件事，更要减少一类事。
            民生无小事，唯有久久为功，才能赢得群众的信任。""",
            ["弯下腰来问需求", "迈开腿来解难题", "静下心来建机制"],
        ),
        # paragraphs that only open with the same words share no frame: no set
        (
            """全会指出，过去一年全县经济社会发展取得新成效。
            全会强调，要坚定不移推动高质量发展。
            全会要求，各级党组织要切实扛起责任。""",
            None,
        ),
        # a story's dates, linking words and quoted speakers, paragraphs apart: no points
        (
            """2019年的春天，村里修通了第一条水泥路。
            这一年，村里发生了很多变化，大家的日子越过越好。
            2020年的夏天，村里建起了第一座文化广场。
            这一年，村里发生了很多变化，大家的日子越过越好。
            2021年的冬天，村里办起了第一家合作社。""",
            None,
        ),
        (
            """与此同时，各地积极推进改革任务落地见效。
            这一年，各地发生了很多变化，群众的日子越过越好。
            除此之外，相关部门还加强了督促检查工作。
            这一年，各地发生了很多变化，群众的日子越过越好。
            由此可见，改革的成效离不开扎实的工作。""",
            None,
        ),
        (
            """村民王大爷说，现在的路好走多了，出门方便。
            这一年，村里发生了很多变化，大家的日子越过越好。
            村民李大妈说，广场上天天有人跳舞，热闹得很。
            这一年，村里发生了很多变化，大家的日子越过越好。
            村民张大姐说，合作社让我们在家门口就能挣钱。""",
            None,
        ),
        # a count inside a word of its own (百年大计) is no date: the points pass
        (
            """百年大计，教育为本，要把教育摆在优先发展的位置。
            这一年，各地发生了很多变化，群众的日子越过越好。
            千年大计，生态为先，要守住绿水青山这个根本。
            这一年，各地发生了很多变化，群众的日子越过越好。
            万年大计，人民为根，要始终站稳人民立场。""",
            ["百年大计", "千年大计", "万年大计"],
        ),
    ],
)
def test_paragraphs_that_open_on_one_frame(text: str, items: list[str] | None) -> None:
    paragraphs = _paragraphs("\n".join(line.strip() for line in text.splitlines()))
    found = [s.items for s in parallel.heading_sets(paragraphs, "标题")]
    assert (items in found) if items else found == []


def test_four_framed_points_apart_are_one_set() -> None:
    """Four points paragraphs apart give one set of four, not that one and a set of its first three."""
    gap = "这一年，村里发生了很多变化，大家的日子越过越好。"
    lines = ["弯下腰来问需求，把群众的期盼摸清楚。", "静下心来建机制，把群众的诉求管长远。"]
    lines += ["沉下身来办实事，把群众的小事办好。", "迈开腿来解难题，把群众的困难办妥帖。"]
    paragraphs = _paragraphs("\n".join(line + "\n" + gap for line in lines))
    found = [s.items for s in parallel.heading_sets(paragraphs, "标题")]
    assert found == [["弯下腰来问需求", "静下心来建机制", "沉下身来办实事", "迈开腿来解难题"]]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # subheadings of two clauses joined by a comma, no stop: the first clause is the point
        (
            """基层是国家治理的“最后一公里”，也是联系服务群众的“最后一米”，数字治理大有可为。
            以群众需求为导向，让数字治理更有温度
            数字治理的出发点和落脚点是人民群众，一些地方热衷于建平台、上系统、搞展示，群众办事却还要来回跑、反复填，用不上也不爱用。
            以数据共享为抓手，让部门协同更加顺畅
            数据不通，治理不畅。现实中，不少基层干部反映一张表格要向多个系统重复填报，同一份数据在不同部门之间来回流转。
            以安全底线为保障，让数字运行更加稳健
            发展与安全是一体之两翼、驱动之双轮，数据越集中，安全责任越重大，必须把数据安全摆在更加突出的位置上来抓。""",
            ["以群众需求为导向", "以数据共享为抓手", "以安全底线为保障"],
        ),
        # subheadings that all open with the same clause name their parts by the second
        (
            """文化自信是一个国家、一个民族发展中更基本、更深沉、更持久的力量，我们要坚定文化自信。
            坚定文化自信，要守好中华文明的根脉
            中华文明是世界上唯一绵延不断且以国家形态发展至今的伟大文明，文脉不断、薪火相传。
            坚定文化自信，要把握两个结合这条主线
            在五千多年中华文明深厚基础上开辟和发展中国特色社会主义，是我们取得成功的最大法宝。
            坚定文化自信，要激发文化创新创造活力
            文化的生命力在于创新，推动中华优秀传统文化创造性转化、创新性发展，让文化活起来。""",
            ["要守好中华文明的根脉", "要把握两个结合这条主线", "要激发文化创新创造活力"],
        ),
        # points of one sentence in three clauses that each repeat the essay's frame first: the
        # point is the clause after it (not the title above them, nor the line that opens a note)
        (
            """让“老手艺”焕发“新活力”
            一根竹篾，编出江南烟雨；一块蓝布，印出岁月风华。老手艺是中华优秀传统文化的“活化石”，承载着先辈的智慧。
            让老手艺焕发新活力，要在“育人”上下功夫，让技艺薪火相传。
            “艺在人传，人在艺存。”老手艺的生命力在于传承人，当前一些技艺的传承人平均年龄超过六十岁，年轻人不愿学、学不起、留不住，后继乏人。
            让老手艺焕发新活力，要在“融合”上做文章，让技艺走进生活。
            老手艺之所以式微，很大程度上是因为脱离了当代人的生活需求，只有与时代同频、与市场同步，老手艺才能从博物馆走向生活馆。
            让老手艺焕发新活力，要在“护航”上求实效，让技艺行稳致远。
            老手艺的保护传承是一项系统工程，离不开制度的支撑和政策的保障，要摸清家底，加大投入力度，加强知识产权保护，营造良好氛围。
            文化类文章考生容易写“散”，下面三点请务必注意：
            紧扣材料不跑题，材料中的竹编、蓝印花布、直播间等细节都可以转化为论据，不要堆砌无关的材料。""",
            ["要在“育人”上下功夫", "要在“融合”上做文章", "要在“护航”上求实效"],
        ),
        # …not such sentences that each open with words of their own
        (
            """会议听取了各单位的汇报，研究部署了下一阶段的重点工作任务，大家踊跃发言。
            县委书记强调，要压实责任链条，确保工作落地见效。
            今年以来，全县上下齐心协力，克服困难，各项工作取得了明显成效，群众满意度持续提升。
            县长随后指出，要抓好项目建设，推动经济稳中向好。
            项目是经济发展的生命线，要围绕主导产业谋划项目，做好要素保障，加快形成实物工作量。
            会议最后要求，要加强作风建设，营造干事创业氛围。
            请各单位认真抓好贯彻落实，确保各项任务按期完成，取得实效，年底前报送完成情况。""",
            None,
        ),
        # a line of a short clause and a comma is no subheading (同志们，…)
        (
            """会议听取了各单位的汇报，研究部署了下一阶段的重点工作任务。
            同志们，大家辛苦了
            今年以来，全县上下齐心协力，克服困难，各项工作取得了明显成效。
            我讲三点意见，供大家参考
            第一点是要提高认识，把思想和行动统一到上级部署要求上来。
            谢谢大家，散会
            请各单位认真抓好贯彻落实，确保各项任务按期完成，取得实效。""",
            None,
        ),
    ],
)
def test_subheadings_of_two_clauses(text: str, items: list[str] | None) -> None:
    paragraphs = _paragraphs("\n".join(line.strip() for line in text.splitlines()))
    found = [s.items for s in parallel.section_headings(paragraphs, "标题")]
    assert found == ([items] if items else [])


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # terms glossed in prose after their colons, under the short line that asks for them
        (
            """“四风”是什么
            形式主义：重形式轻内容、重过程轻结果，文山会海、督查检查过多过频。
            官僚主义：脱离实际、脱离群众，高高在上、漠视群众利益。
            享乐主义：精神懈怠、贪图安逸，不思进取、追求享受。
            奢靡之风：铺张浪费、挥霍无度，大兴土木、节庆泛滥。""",
            [("“四风”是什么", ["形式主义", "官僚主义", "享乐主义", "奢靡之风"])],
        ),
        # a paper's front matter and a form's fields are no glossary: names, keywords, dates
        (
            """作者单位：中共临江市委党校党建教研部；中共临江市委党校公共管理教研部
            摘要：新就业群体是新时代城市发展的“毛细血管”，也是基层治理中不可忽视的新兴力量。
            关键词：党建引领；新就业群体；基层治理；融入路径""",
            [],
        ),
        # speakers who talk to each other (谢谢, 请问, 我们): a dialogue, no set of terms
        (
            """主持人：下面进入提问环节，请各位记者举手提问，提问前请通报所在的新闻机构。
            人民日报记者：刚才提到隐患动态清零，请问基层在排查隐患时存在哪些突出问题？
            李司长：谢谢您的提问，从督导检查情况看，当前基层隐患排查还存在不少问题。""",
            [],
        ),
        # a dialogue's speakers come back: no set of terms
        (
            """主持人：今天我们请来了两位嘉宾，谈一谈基层减负的话题。
            嘉宾：谢谢主持人，基层减负关键在于精文减会，把时间还给基层。
            主持人：那么具体应该怎么做呢，请您展开谈一谈。""",
            [],
        ),
    ],
)
def test_glossed_terms(text: str, lists: list[tuple[str, list[str]]]) -> None:
    paragraphs = _paragraphs("\n".join(line.strip() for line in text.splitlines()))
    assert [(s.lead, s.items) for s in parallel.glossary_sets(paragraphs)] == lists


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # short alike openings of sentences with others between them: the points a paragraph develops
        (
            "从理论逻辑看，三治融合体现了人民当家作主的本质要求。只有让群众的事由群众商量着办，治理才有根基。"
            "从历史逻辑看，三治融合植根于中华优秀传统文化。乡约民规等传统，为今天的基层治理提供了滋养。"
            "从实践逻辑看，三治融合回应了社会结构深刻变动的现实需要。单靠某一种手段已难以奏效。",
            ["从理论逻辑看", "从历史逻辑看", "从实践逻辑看"],
        ),
        # …not the same word opening sentences again and again
        (
            "同时，要抓好项目建设，推动经济稳中向好。项目是经济发展的生命线。"
            "同时，要加强作风建设，营造干事创业氛围。作风建设永远在路上。"
            "同时，要守牢安全底线，确保社会大局稳定。安全是发展的前提。",
            None,
        ),
        # openings built on one frame (a verb, 得, its complement and an object), words of their own
        (
            "站得稳立场，才能把准方向。党员干部要在大是大非面前旗帜鲜明。"
            "担得起重任，才能打开局面。面对急难险重任务要冲得上去。"
            "耐得住寂寞，才能久久为功。功成不必在我，功成必定有我。",
            ["站得稳立场", "担得起重任", "耐得住寂寞"],
        ),
        # ordinals with a noun of aspect frame the points (no dates nor counts)
        (
            "从第一个层面看，它回答了为了谁的问题。这是根本立场。从第二个层面看，它回答了依靠谁的问题。"
            "群众是力量源泉。从第三个层面看，它回答了我是谁的问题。这关乎初心使命。",
            ["从第一个层面看", "从第二个层面看", "从第三个层面看"],
        ),
        # all four points, not a run of the first three that sorts before them
        (
            "弯下腰来问需求，把群众的期盼摸清楚。群众想什么要弄明白。静下心来建机制，把群众的诉求管长远。"
            "办好一件事更要减少一类事。沉下身来办实事，把群众的小事办好。小事不小。"
            "迈开腿来解难题，把群众的困难办妥帖。难题要协调。",
            ["弯下腰来问需求", "静下心来建机制", "沉下身来办实事", "迈开腿来解难题"],
        ),
        # openings that link a sentence to the ones before it are no points
        (
            "有的地方搞形式主义。这样的做法，群众很反感。大家都看在眼里。类似的情况，在其他地方也有。"
            "必须引起重视。同样的道理，作风问题也要常抓不懈。",
            None,
        ),
        (
            "与此同时，各地积极推进改革任务。效果明显。除此之外，相关部门还加强了督促检查。成效初显。"
            "由此可见，改革的成效离不开扎实的工作。",
            None,
        ),
        # conjunctions and pronouns that do not refer back open points of their own
        (
            "只有坚持人民至上，才能赢得民心。这件事很重要。只有坚持自信自立，才能走好自己的路。"
            "道理并不复杂。只有坚持守正创新，才能开创事业新局面。",
            ["只有坚持人民至上", "只有坚持自信自立", "只有坚持守正创新"],
        ),
        (
            "我们要心系群众，把群众的冷暖放在心上。这件事很重要。我们要脚踏实地，把每件小事办好。"
            "道理并不复杂。我们要敢于担当，在困难面前挺身而出。",
            ["我们要心系群众", "我们要脚踏实地", "我们要敢于担当"],
        ),
    ],
)
def test_sentences_apart_that_open_alike(text: str, items: list[str] | None) -> None:
    found = [s.items for s in parallel.sentence_sets(_paragraphs(text))]
    assert found == ([items] if items else [])


@pytest.mark.parametrize(
    "text",
    [
        # openings alike only by their dates: a course of time, no points
        "2021年以来，全县新增市场主体1.2万户。营商环境持续优化。2022年以来，全县新增就业岗位8000个。"
        "重点项目加快推进。2023年以来，全县引进亿元项目26个。发展后劲不断增强。",
        "一季度，全市规上工业增加值增长5.6%。消费市场平稳。二季度，全市固定资产投资增长7.1%。"
        "外贸回稳向好。三季度，全市社会消费品零售总额增长6.3%。经济运行稳中有进。",
        "第一季度，全市规上工业增加值增长5.6%。消费市场平稳。第二季度，全市固定资产投资增长7.1%。"
        "外贸回稳向好。第三季度，全市社会消费品零售总额增长6.3%。经济运行稳中有进。",
    ],
)
def test_sentences_apart_that_open_with_dates_are_no_points(text: str) -> None:
    assert parallel.sentence_sets(_paragraphs(text)) == []


def _comparisons_apart(sentences: int, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many times the openings are compared for a paragraph of `sentences` sentences whose
    openings are alike and each its own, a sentence between every two of them."""
    calls = 0
    alike = parallel._alike

    def counted(texts: list[str]) -> bool:
        nonlocal calls
        calls += 1
        return alike(texts)

    monkeypatch.setattr(parallel, "_alike", counted)
    chars = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"
    names = [a + b + c for a in chars for b in chars for c in chars][:sentences]
    text = "".join(
        f"从{name}维度看，这是一个很长的句子。" + ("这是其间的一句。" if n % 2 else "")
        for n, name in enumerate(names)
    )
    paragraphs = _paragraphs(text)
    segments = [s for s in parallel._SEGMENT.findall(text) if parallel.strip_punct(s)]
    openings = [(parallel.clauses(s) or [""])[0] for s in segments]
    parallel._openings_apart(paragraphs[0], segments, openings, [])
    return calls


def test_sentences_apart_are_compared_in_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """Many sentences of one paragraph: twice as many cost about twice as many comparisons."""
    assert _comparisons_apart(800, monkeypatch) <= 2 * _comparisons_apart(400, monkeypatch) + 2


def _heading_sets(lines: list[str]) -> list[list[str]]:
    return [s.items for s in parallel.heading_sets(_paragraphs("\n".join(lines)), "标题")]


def test_a_choice_questions_options_are_no_set_of_headings() -> None:
    # (written for this test: four options of one shape, three of them wrong, under a question)
    lines = [
        "3. 关于基层治理的表述，正确的是（　　）。",
        "A. 党建引领基层治理",
        "B. 政府包揽基层治理",
        "C. 市场主导基层治理",
        "D. 群众自发基层治理",
        "解析：基层治理要坚持党建引领，推动自治、法治、德治相结合，让群众成为治理的参与者和受益者。",
    ]
    assert _heading_sets(lines) == []


def test_short_sentences_heading_paragraphs_are_still_a_set() -> None:
    # (a report's unnumbered headings, where no letter opens a line)
    lines = [
        "二、主要做法",
        "夯实粮食安全根基。全县新增高标准农田三万亩，要守住耕地红线，让粮食产量连续五年稳定在十亿斤以上。",
        "培育乡村特色产业。要培育龙头企业十二家，带动农户八千余户，让农产品加工产值增长百分之十五。",
        "补齐基础设施短板。要新改建农村公路二百公里，推进供水入户，让自来水普及率达到百分之九十八以上。",
    ]
    assert ["夯实粮食安全根基", "培育乡村特色产业", "补齐基础设施短板"] in _heading_sets(lines)


def test_lines_of_options_between_questions_are_no_subheadings() -> None:
    # (a question bank's layout: a question as a list item, its options on one line, a note after)
    lines = [
        ("1. 新时代“枫桥经验”的核心要义是什么，下列说法中最准确的一项是（　　）。", 1),
        ("A. 调解 B. 信访 C. 执法 D. 诉讼", 0),
        ("解析：坚持和发展新时代“枫桥经验”，要做到小事不出村、大事不出镇、矛盾不上交，把矛盾化解在基层。", 0),
        ("2. 推进基层减负，要坚决纠治的突出问题是什么，下列选项中最准确的一项是（　　）。", 1),
        ("A. 形式 B. 群众 C. 调研 D. 实干", 0),
        ("解析：整治形式主义为基层减负，是党中央的明确要求，要持续精简文件会议、规范督查检查考核。", 0),
        ("3. 发展新质生产力的核心要素是什么，下列选项中最准确的一项是（　　）。", 1),
        ("A. 创新 B. 投入 C. 规模 D. 资源", 0),
        ("解析：科技创新能够催生新产业、新模式、新动能，是发展新质生产力的核心要素，要加强原创性研究。", 0),
    ]
    paragraphs = [Paragraph(n, text, bullet=bullet) for n, (text, bullet) in enumerate(lines, 1)]
    assert parallel.section_headings(paragraphs, "标题") == []


def test_paragraph_heads_of_one_frame_are_a_set() -> None:
    # (heads that share a character inside them, not their opening: 以…增…, 以…强…, 以…扬…)
    text = """坚持三治融合，是基层治理的鲜明特色，也是多年来积累的宝贵经验。
    以自治增活力。健全群众自治制度，推广村民说事、百姓议事会等做法，让群众的事群众商量着办。
    以法治强保障。深入开展普法宣传，推动公共法律服务向村社延伸，引导群众遇事找法、办事依法。
    以德治扬正气。深化乡风文明建设，发挥村规民约的教化作用，让崇德向善在乡村蔚然成风。
    值得注意的是，三者不是简单相加，而是相互促进、有机统一的整体，需要协同发力、久久为功。"""
    paragraphs = _paragraphs("\n".join(line.strip() for line in text.splitlines()))
    found = [s.items for s in parallel.heading_sets(paragraphs, "标题")]
    assert ["以自治增活力", "以法治强保障", "以德治扬正气"] in found


def test_paragraph_heads_of_one_length_with_no_frame_are_no_set() -> None:
    # (a story's sentences of one length share no character in one place after their own words)
    text = """那一年夏天，村里发了一场大水，冲毁了通往镇上的唯一一条道路。
    老李第一个站了出来。他带着几个年轻人连夜抢修，三天三夜没有合眼，终于把路修通了。
    群众都很感动。大家自发送来了馒头和开水，有的还把家里的木料拿出来加固路基。
    后来路修好了。镇里专门开了表彰会，老李却说这是大家伙儿一起干出来的，不是他一个人的功劳。
    如今，那条路已经拓宽成了水泥路，每天都有满载农产品的货车从这里驶向城里。"""
    paragraphs = _paragraphs("\n".join(line.strip() for line in text.splitlines()))
    found = [s.items for s in parallel.heading_sets(paragraphs, "标题")]
    assert not any("老李第一个站了出来" in items for items in found)


@pytest.mark.parametrize(
    "text",
    [
        # a report's paragraphs opened by sentences of unlike frames
        """今年以来，我市坚持以项目建设为抓手，全力推动经济高质量发展。
        项目是发展的基础。全市新开工重大项目一百二十个，完成投资额同比增长百分之十五。
        产业是发展的支撑。新兴产业产值占比提高三个百分点，传统产业加快改造升级。
        民生的事情也没有放松。全年新增城镇就业两万人，新改扩建学校十五所。
        展望明年，我们将继续坚持稳中求进工作总基调，奋力谱写高质量发展新篇章。""",
        # a story's sentences of one length that share a character by chance, two and two
        """那年冬天，镇上来了一位新书记，大家都不知道他会怎么开展工作。
        他是一名老党员。三十多年来，他一直在基层工作，走遍了全镇的每一个村。
        这是一个好办法。他把全镇的矛盾纠纷一一登记，逐件落实责任人和办结时限。
        群众的心暖了。大家纷纷到镇里反映问题，有的还送来了感谢信和锦旗。
        后来，这个镇被评为全省平安建设先进镇，书记本人也受到了表彰。""",
    ],
)
def test_paragraph_heads_that_only_happen_to_match_are_no_set(text: str) -> None:
    paragraphs = _paragraphs("\n".join(line.strip() for line in text.splitlines()))
    assert parallel.heading_sets(paragraphs, "标题") == []
