"""Numbered concepts (the package extractors/terms and term_cards): rule
tables, one per shape in which a text spells a concept's members out, and the counts that name no
concept."""

from __future__ import annotations

import pytest

from yaodian.cards import Card, Origin
from yaodian.extractors import EXTRACTORS, extract_cards, points_back, restore_cards, restorer_for
from yaodian.extractors.script import paragraph
from yaodian.extractors.terms import find_terms
from yaodian.extractors.terms.names import names_in
from yaodian.extractors.text import Paragraph, clean_line


def _paragraphs(text: str) -> list[Paragraph]:
    lines = [clean_line(line) for line in text.strip().splitlines()]
    return [paragraph(n, line) for n, line in enumerate(lines, 1) if line]


def _term_cards(text: str) -> list[Card]:
    """The term extractor's own cards of `text`, in the text's own characters."""
    paragraphs = _paragraphs(text)
    return restore_cards(EXTRACTORS["terms"](paragraphs, "标题"), restorer_for(paragraphs, "标题"))


def _term_lists(text: str) -> list[tuple[str, list[str]]]:
    """Each spelled-out concept of `text`: the clause naming it and its members, as written."""
    paragraphs = _paragraphs(text)
    restorer = restorer_for(paragraphs)
    return [
        (restorer.restore(t.prompt, t.line), [restorer.restore(m, t.line) for m in t.members])
        for t in find_terms(paragraphs)
        if t.members
    ]


def _all_lists(text: str) -> list[tuple[str, list[str]]]:
    """The list cards every extractor together makes of `text`."""
    return [(c.prompt, c.items) for c in extract_cards(_paragraphs(text), "标题", "doc") if c.type == "list"]


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # the count picks the separator: ， between the members, 、 inside them
        (
            "全党必须牢记“三个务必”：务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于斗争、善于斗争，"
            "坚定历史自信，增强历史主动。",
            [
                (
                    "全党必须牢记“三个务必”",
                    ["务必不忘初心、牢记使命", "务必谦虚谨慎、艰苦奋斗", "务必敢于斗争、善于斗争"],
                )
            ],
        ),
        # 、 between the members; the sentence goes on after them
        (
            "屋场夜话坚持“三讲三听”：讲政策、讲变化、讲发展，听意见、听诉求、听建议，去年以来共收集意见建议460余条。",
            [("屋场夜话坚持“三讲三听”", ["讲政策", "讲变化", "讲发展", "听意见", "听诉求", "听建议"])],
        ),
        (
            "规定的六项纪律，即政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律，是必须遵守的行为规范。",
            [("规定的六项纪律", ["政治纪律", "组织纪律", "廉洁纪律", "群众纪律", "工作纪律", "生活纪律"])],
        ),
        # ；between members that each open with a time frame
        (
            "美丽中国“三步走”：到2027年，美丽中国建设成效显著；到2035年，美丽中国目标基本实现；"
            "到本世纪中叶，美丽中国全面建成。",
            [("美丽中国“三步走”", ["美丽中国建设成效显著", "美丽中国目标基本实现", "美丽中国全面建成"])],
        ),
        # a few words between the name and the colon
        (
            "会议提出了“七个着力”的要求：着力加强党的领导，着力建设意识形态，着力培育核心价值观，着力提升传播力，"
            "着力赓续中华文脉，着力推动文化繁荣，着力加强国际传播。",
            [
                (
                    "会议提出了“七个着力”的要求",
                    [
                        "着力加强党的领导",
                        "着力建设意识形态",
                        "着力培育核心价值观",
                        "着力提升传播力",
                        "着力赓续中华文脉",
                        "着力推动文化繁荣",
                        "着力加强国际传播",
                    ],
                )
            ],
        ),
        # traditional characters with pinyin glosses
        (
            "堅(jiān)定(dìng)「四個自信」：道路自信、理論自信、制度自信、文化自信，把思想統一起來。",
            [("堅定「四個自信」", ["道路自信", "理論自信", "制度自信", "文化自信"])],
        ),
    ],
)
def test_members_after_a_colon_or_ji(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        (
            "切实增强“四个意识”（政治意识、大局意识、核心意识、看齐意识），提高政治站位。",
            [("切实增强“四个意识”", ["政治意识", "大局意识", "核心意识", "看齐意识"])],
        ),
        # a word between the name and the brackets
        (
            "深入开展“三抓三促”行动（抓学习促提升、抓执行促落实、抓效能促发展），推动经济回升向好。",
            [("深入开展“三抓三促”行动", ["抓学习促提升", "抓执行促落实", "抓效能促发展"])],
        ),
        # a long first member is not cut where the cut drops the concept's word (保, 全面)
        (
            "各地要兜牢“三保”（保基本民生、保工资、保运转）底线，优化支出结构。",
            [("各地要兜牢“三保”", ["保基本民生", "保工资", "保运转"])],
        ),
        # nor one the brackets open with: no verb of the clause stands before it there
        (
            "24.三大攻坚战（防范化解重大风险、精准脱贫、污染防治）",
            [("三大攻坚战", ["防范化解重大风险", "精准脱贫", "污染防治"])],
        ),
        (
            "香港的“三会”（即分区委员会、地区扑灭罪行委员会、地区防火委员会）发挥了重要作用。",
            [("香港的“三会”", ["分区委员会", "地区扑灭罪行委员会", "地区防火委员会"])],
        ),
        # a pair joined by 和 is all the brackets hold
        (
            "各级党组织要落实“两个责任”（党委主体责任和纪委监督责任），层层传导压力。",
            [("各级党组织要落实“两个责任”", ["党委主体责任", "纪委监督责任"])],
        ),
        # any word that says what a concept holds opens them (即, 包括, 主要是): no part of the first
        (
            "推进“三大攻坚战”（主要是防范化解重大风险、精准脱贫、污染防治）取得决定性成就。",
            [("推进“三大攻坚战”", ["防范化解重大风险", "精准脱贫", "污染防治"])],
        ),
        (
            "协调推进“四个全面”战略布局：全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党。",
            [
                (
                    "协调推进“四个全面”战略布局",
                    ["全面建设社会主义现代化国家", "全面深化改革", "全面依法治国", "全面从严治党"],
                )
            ],
        ),
    ],
)
def test_members_in_brackets(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # an arabic count with a space, spelled out by the next sentence
        (
            "方案从 5 个方面提出了具体举措。这 5 个方面，就是政务环境、市场环境、法治环境、要素环境、人文环境。",
            [("这 5 个方面", ["政务环境", "市场环境", "法治环境", "要素环境", "人文环境"])],
        ),
        # a 是-run: what follows each 是
        (
            "报告阐述了 5 个方面的中国特色：中国式现代化是人口规模巨大的现代化，是全体人民共同富裕的现代化，"
            "是物质文明和精神文明相协调的现代化，是人与自然和谐共生的现代化，是走和平发展道路的现代化。",
            [
                (
                    "报告阐述了 5 个方面的中国特色",
                    [
                        "人口规模巨大的现代化",
                        "全体人民共同富裕的现代化",
                        "物质文明和精神文明相协调的现代化",
                        "人与自然和谐共生的现代化",
                        "走和平发展道路的现代化",
                    ],
                )
            ],
        ),
    ],
)
def test_arabic_counts_and_copula_runs(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # 这 points back to the 是-run of the sentence before
        (
            "报告阐述了中国特色：中国式现代化是人口规模巨大的现代化，是全体人民共同富裕的现代化，"
            "是走和平发展道路的现代化。理解了这“三个特征”，就理解了中国式现代化。",
            [
                (
                    "理解了这“三个特征”",
                    ["人口规模巨大的现代化", "全体人民共同富裕的现代化", "走和平发展道路的现代化"],
                )
            ],
        ),
        # …and to the words that end it
        (
            "痛点在于部门壁垒、数据壁垒、流程壁垒。改革就是要打通这“三道壁垒”。",
            [("改革就是要打通这“三道壁垒”", ["部门壁垒", "数据壁垒", "流程壁垒"])],
        ),
        # a 这 that opens the clause points back through a copula or a 的-phrase, or through other names
        (
            "要稳增长、促改革、惠民生。这就是我们常说的“三项任务”。",
            [("这就是我们常说的“三项任务”", ["要稳增长", "促改革", "惠民生"])],
        ),
        (
            "坚持以防为主，努力实现从注重灾后救助向注重灾前预防转变，从应对单一灾种向综合减灾转变，"
            "从减少灾害损失向减少灾害风险转变。这“一个坚持、三个转变”，是根本遵循。",
            [
                (
                    "这三个转变",
                    [
                        "从注重灾后救助向注重灾前预防转变",
                        "从应对单一灾种向综合减灾转变",
                        "从减少灾害损失向减少灾害风险转变",
                    ],
                )
            ],
        ),
        # …or through a verb that names what it points back to (概括, 合称, 叫作, 构成, a verb and 为/就是)
        *(
            (
                f"要稳增长、促改革、惠民生。{naming}“三项任务”。",
                [(f"{naming}“三项任务”", ["要稳增长", "促改革", "惠民生"])],
            )
            for naming in (
                "这可以概括为",
                "这被形象地概括为",
                "这简称",
                "这统称为",
                "这三者合称",
                "这也叫作",
                "这概括起来就是",
                "这构成了",
                "以上概括为",
                "这可以理解为",
                # (a noun after 这 and a measure word points back as 这 does)
                "这种做法被称为",
                "这一做法被称为",
                "这些举措被称为",
            )
        ),
        # …not where it is the subject of a verb whose object the name is: a task of its own
        ("会议部署了稳增长、促改革、惠民生等任务。这要求我们落实“三项机制”，推动各项工作见效。", []),
        ("今年要稳增长、促改革、惠民生。这需要抓好“三项机制”，确保取得实效。", []),
        ("今年要稳增长、促改革、惠民生。这就必须健全“三项机制”，确保取得实效。", []),
        ("今年要稳增长、促改革、惠民生。这为我们落实“三项机制”提供了遵循。", []),
        ("今年要稳增长、促改革、惠民生。这要求我们形成“三项机制”，确保取得实效。", []),
        # …nor where words of their own stand between a naming verb and the name, or a naming
        # word is a character inside another (立即)
        *(
            (f"要稳增长、促改革、惠民生。{sentence}", [])
            for sentence in (
                "这成为全县推进“三项改革”的突破口。",
                "这成为了“三项任务”中最难啃的硬骨头。",
                "这转化为推进“三项任务”的强大动力。",
                "这作为“三项任务”之首。",
                "这构成了落实“三项机制”的重要基础。",
                "这总结了我们推行“三项机制”的经验。",
                "这叫人看到了“三项任务”的成效。",
                "这将立即推动“三项改革”落地。",
                "这认为“三项任务”是重点。",
                "这形成了推动“三项任务”落地见效的良好格局。",
                # (a verb with its adverb, one word to jieba)
                "这充分说明“三项机制”行之有效。",
            )
        ),
    ],
)
def test_members_pointed_back_to(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # sentences that each open with the concept's word, after other text
        (
            "全会强调，必须做到“两个维护”，这是最根本的政治规矩。各级党组织要落实到位。"
            "坚决维护总书记的核心地位，始终保持高度一致。坚决维护党中央权威和集中统一领导，做到令行禁止。",
            [("必须做到“两个维护”", ["坚决维护总书记的核心地位", "坚决维护党中央权威和集中统一领导"])],
        ),
        # marked sentences right after the naming's own
        (
            "在组织体系建设上，湘东区重点抓好三件事。一是推动党组织覆盖到网格，做到全覆盖；"
            "二是选优配强网格员队伍；三是健全考评激励机制。",
            [("湘东区重点抓好三件事", ["推动党组织覆盖到网格", "选优配强网格员队伍", "健全考评激励机制"])],
        ),
        # a concept without a measure word abbreviates its members (不敢腐 for 三不腐)
        (
            "三是一体推进不敢腐、不能腐、不想腐。“三不腐”是一个有机整体，不是简单相加。",
            [("“三不腐”", ["不敢腐", "不能腐", "不想腐"])],
        ),
    ],
)
def test_members_that_say_the_concepts_word(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # one a line after a colon
        (
            "同时要正确处理五个重大关系：\n支撑国家战略和满足民生需求\n知识学习和全面发展\n培养人才和满足社会需要\n"
            "规范有序和激发活力\n扎根中国大地和借鉴国际经验\n事实论据",
            [
                (
                    "同时要正确处理五个重大关系",
                    [
                        "支撑国家战略和满足民生需求",
                        "知识学习和全面发展",
                        "培养人才和满足社会需要",
                        "规范有序和激发活力",
                        "扎根中国大地和借鉴国际经验",
                    ],
                )
            ],
        ),
        # several a line
        (
            "民生“七有”（十九大提出）：\n幼有所育、学有所教、劳有所得\n病有所医、老有所养、住有所居\n弱有所扶\n事实论据",
            [
                (
                    "民生“七有”",
                    ["幼有所育", "学有所教", "劳有所得", "病有所医", "老有所养", "住有所居", "弱有所扶"],
                )
            ],
        ),
        # marked lines, one broken in two (hard-wrapped text)
        (
            "具体讲，要做到“三个带头”：\n——带头严守政治纪律和政治规矩，在任何时候都同\n党中央保持高度一致；\n"
            "——带头落实中央八项规定精神；\n——带头管好“身边人”。\n同时，要履行“一岗双责”。",
            [
                (
                    "要做到“三个带头”",
                    ["带头严守政治纪律和政治规矩", "带头落实中央八项规定精神", "带头管好“身边人”"],
                )
            ],
        ),
        # lines that each open with the concept's word, after a naming without a colon
        (
            "关键是要做到四个“坚持”。\n坚持生态惠民、生态利民、生态为民。良好生态环境是最普惠的民生福祉。\n"
            "坚持以高品质生态环境支撑高质量发展。\n坚持精准治污、科学治污、依法治污。\n坚持系统治理。",
            [
                (
                    "关键是要做到四个“坚持”",
                    [
                        "坚持生态惠民、生态利民、生态为民",
                        "坚持以高品质生态环境支撑高质量发展",
                        "坚持精准治污、科学治污、依法治污",
                        "坚持系统治理",
                    ],
                )
            ],
        ),
    ],
)
def test_members_on_the_lines_after(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


def test_lines_that_open_alike_twice_are_no_members() -> None:
    """Lines after a naming whose openings repeat (a lead clause the parts share) spell out no concept."""
    text = (
        "要深化专项整治，坚决纠治“四风”顽疾。\n改进作风，要在调查研究上用力。基层情况千差万别。\n"
        "改进作风，要在文风会风上用力。短文短会是硬要求。\n风清气正的政治生态来之不易。全体干部都要珍惜。\n"
        "党风连着民风，需要久久为功。"
    )
    assert _term_lists(text) == []
    assert _all_lists(text) == []


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # members that lost the spaces between them, each ending or opening with the concept's word
        (
            "四个自信道路自信理论自信制度自信文化自信",
            [("四个自信", ["道路自信", "理论自信", "制度自信", "文化自信"])],
        ),
        (
            "四个伟大：伟大斗争伟大工程伟大事业伟大梦想，其中起决定性作用的是伟大工程。",
            [("四个伟大", ["伟大斗争", "伟大工程", "伟大事业", "伟大梦想"])],
        ),
        # each ending with a quotation
        (
            "五项任务：织密“一张网”建强“一中心”打通“一条链”用好“一支队”健全“一套制度”",
            [
                (
                    "五项任务",
                    ["织密“一张网”", "建强“一中心”", "打通“一条链”", "用好“一支队”", "健全“一套制度”"],
                )
            ],
        ),
        # after a colon, words of four characters
        (
            "四个坚持：党建引领人民至上数据赋能系统集成",
            [("四个坚持", ["党建引领", "人民至上", "数据赋能", "系统集成"])],
        ),
    ],
)
def test_members_glued_together(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # sentences that each judge their member (…是根本保证) spell out the members before 是
        (
            "核心要义可以概括为“三个坚持”。\n坚持党的领导是根本保证。党的领导是最本质的特征。\n"
            "坚持人民主体是力量源泉。群众是主体。\n坚持法治保障是基本方式。法治是保障。",
            [("核心要义可以概括为“三个坚持”", ["坚持党的领导", "坚持人民主体", "坚持法治保障"])],
        ),
        # sentences after the naming that open with a label counting them (一种是, 另一种是)
        (
            "再次，要防止两种偏向。一种是“拔苗助长”，下去走过场；另一种是“只墩不用”，干得好坏一个样。",
            [("要防止两种偏向", ["拔苗助长", "只墩不用"])],
        ),
        # paragraphs opening with a label that numbers them by the concept's noun (信号之一，是…)
        (
            "三大信号值得关注\n信号之一，是从“拼补贴”转向“拼场景”。过去比补贴。\n"
            "信号之二，是从“单点突破”转向“生态构建”。现在比生态。\n信号之三，是从“重研发”转向“重应用”。",
            [
                (
                    "三大信号值得关注",
                    ["从“拼补贴”转向“拼场景”", "从“单点突破”转向“生态构建”", "从“重研发”转向“重应用”"],
                )
            ],
        ),
        # introduced paragraphs that open with the concept's word, one of them put otherwise
        (
            "全会强调，要聚焦“四个更新”，分类施策、系统推进：\n"
            "要推进老旧小区更新，以加装电梯、管线改造、海绵化改造为重点，同步完善停车充电等配套；\n"
            "要推进老旧街区更新，坚持“微改造、精提升”，保护历史风貌，激活街巷烟火气，打造城市客厅；\n"
            "要稳妥推进城中村改造，按照拆除新建、整治提升、拆整结合分类实施，守住不发生大规模搬迁的底线；\n"
            "要推进城市基础设施更新，加快燃气、供水、排水等地下管网更新改造，全面提升城市韧性。\n"
            "全会指出，要以数字赋能提升城市治理效能。",
            [
                (
                    "要聚焦“四个更新”",
                    [
                        "要推进老旧小区更新",
                        "要推进老旧街区更新",
                        "要稳妥推进城中村改造",
                        "要推进城市基础设施更新",
                    ],
                )
            ],
        ),
        # the verb that introduces the series is no part of the first member
        (
            "（四）统筹推进五大振兴。乡村振兴是包括产业振兴、人才振兴、文化振兴、生态振兴、组织振兴的全面振兴。",
            [("统筹推进五大振兴", ["产业振兴", "人才振兴", "文化振兴", "生态振兴", "组织振兴"])],
        ),
        # lines that open with an unquoted label saying the concept's word (or its last character),
        # then a dash: the label is the member
        (
            "平时要记好“三本账”：\n理论账——记录重要讲话中的新思想\n政策账——记录上级部署的重点任务\n"
            "实践账——记录本地典型经验\n其他内容。",
            [("平时要记好“三本账”", ["理论账", "政策账", "实践账"])],
        ),
        # a concept that counts characters: labels of as many characters as it counts
        (
            "写好公文，首先要把握“四个字”：\n准——政治方向准、政策表述准\n实——内容实、措施实\n"
            "精——篇幅精、语言精\n新——观点新、思路新\n其他内容。",
            [("要把握“四个字”", ["准", "实", "精", "新"])],
        ),
        # clauses that each come to a member by the same verb of becoming: the member is what it becomes
        (
            "我们要增强“三个自觉”：把作风建设内化为思想自觉、转化为政治自觉、外化为行动自觉。",
            [("我们要增强“三个自觉”", ["思想自觉", "政治自觉", "行动自觉"])],
        ),
        (
            "L区推行“三张清单”工作法：社区梳理居民需求形成需求清单，辖区单位亮出优势形成资源清单，"
            "双方对接后形成项目清单。",
            [("L区推行“三张清单”工作法", ["需求清单", "资源清单", "项目清单"])],
        ),
        # a quoted word in each member that says the concept's word, framed by words that do not: the
        # words after it, or a preposition before it
        (
            "要一体推进“三不”：坚守“不敢造假”的底线，筑牢“不能造假”的防线，树立“不想造假”的高线。",
            [("要一体推进“三不”", ["不敢造假", "不能造假", "不想造假"])],
        ),
        (
            "突出表现为“三不”：对新情况新问题“看不清”，对复杂矛盾“接不住”，对重大任务“扛不起”。",
            [("突出表现为“三不”", ["看不清", "接不住", "扛不起"])],
        ),
        # …not one word every member quotes, the concept's own: the members are the whole clauses
        (
            "要坚持“两个毫不动摇”，对公有制经济“毫不动摇”地巩固发展，对非公有制经济“毫不动摇”地鼓励支持。",
            [
                (
                    "要坚持“两个毫不动摇”",
                    ["对公有制经济“毫不动摇”地巩固发展", "对非公有制经济“毫不动摇”地鼓励支持"],
                )
            ],
        ),
        # …not a name a noun qualifies: the member is the whole
        (
            "要推进“两张网”建设，即政务服务“一网通办”、城市运行“一网统管”，让数据多跑路。",
            [("要推进“两张网”建设", ["政务服务“一网通办”", "城市运行“一网统管”"])],
        ),
        # clauses that each open with a label ending with the concept's word, then go on in prose
        (
            "村里建起“三张台账”：民生台账收集群众诉求，项目台账跟踪建设进度，问题台账逐项对账销号。",
            [("村里建起“三张台账”", ["民生台账", "项目台账", "问题台账"])],
        ),
        # …or with the concept's word and a copula, before the member's own words
        (
            "抓好整改要把握“两个重点”：重点在压实主体责任，重点在健全长效机制。",
            [("抓好整改要把握“两个重点”", ["压实主体责任", "健全长效机制"])],
        ),
        # …or with a word of their own that all go on from alike (重在…; 是协同的…)
        (
            "一体推进“三不腐”：不敢腐重在惩治震慑，不能腐重在制度约束，不想腐重在教育引导。",
            [("一体推进“三不腐”", ["不敢腐", "不能腐", "不想腐"])],
        ),
        (
            "小区推行“三方协同”：街道是协同的召集人，物业是协同的执行者，业委会是协同的监督方。",
            [("小区推行“三方协同”", ["街道", "物业", "业委会"])],
        ),
        # …not the concept's word that the words after a label qualify (服务清单的编制): the member is the whole
        (
            "重点抓好“两张清单”：服务清单的编制要问需于民，责任清单的落实要一抓到底。",
            [("重点抓好“两张清单”", ["服务清单的编制要问需于民", "责任清单的落实要一抓到底"])],
        ),
        # …not a clause that says the concept's word before what all go on with (到哪里去)
        (
            "要做到“三个哪里”：哪里困难多就到哪里去，哪里矛盾大就到哪里去，哪里群众盼就到哪里去。",
            [("要做到“三个哪里”", ["哪里困难多就到哪里去", "哪里矛盾大就到哪里去", "哪里群众盼就到哪里去"])],
        ),
        # …not a verb as the concept's word: the words after it are what it holds to
        (
            "要做到“三个坚持”：始终坚持党的领导，长期坚持人民至上，一以贯之坚持改革创新。",
            [("要做到“三个坚持”", ["始终坚持党的领导", "长期坚持人民至上", "一以贯之坚持改革创新"])],
        ),
        # …nor labels that differ only in a number (第一阶段): they say which member, the words after what
        (
            "把握“两个阶段”：第一阶段到二〇三〇年打牢基础，第二阶段到二〇四〇年全面建成。",
            [("把握“两个阶段”", ["第一阶段到二〇三〇年打牢基础", "第二阶段到二〇四〇年全面建成"])],
        ),
        (
            "分好“两个批次”：第一批次重在试点探路，第二批次重在全面铺开。",
            [("分好“两个批次”", ["第一批次重在试点探路", "第二批次重在全面铺开"])],
        ),
        # …nor words they share that say the concept's whole word (…的短板): the member is the whole
        (
            "补齐“两个短板”：农村养老服务的短板比较明显，基层医疗人才的短板亟待补上。",
            [("补齐“两个短板”", ["农村养老服务的短板比较明显", "基层医疗人才的短板亟待补上"])],
        ),
    ],
)
def test_members_without_labels_introducers_or_judgements(
    text: str, lists: list[tuple[str, list[str]]]
) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # the verb before the first member is no part of it; the prompt names the concept without them
        (
            "做强茶叶、毛竹、中药材、高山蔬菜四大特色农业。",
            [("做强四大特色农业", ["茶叶", "毛竹", "中药材", "高山蔬菜"])],
        ),
        # the first member from the word its siblings all open with, whatever its length
        (
            "协调推进全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党“四个全面”战略布局。",
            [
                (
                    "协调推进“四个全面”战略布局",
                    ["全面建设社会主义现代化国家", "全面深化改革", "全面依法治国", "全面从严治党"],
                )
            ],
        ),
        (
            "积极培育电子元器件、新能源装备两个新兴产业。",
            [("积极培育两个新兴产业", ["电子元器件", "新能源装备"])],
        ),
        # 和 joins the last member, a quoted one keeps its quotes
        (
            "加快构建新模式，推进保障性住房建设、“平急两用”公共基础设施建设和城中村改造“三大工程”。",
            [("推进“三大工程”", ["保障性住房建设", "“平急两用”公共基础设施建设", "城中村改造"])],
        ),
        # a first member quoted whole: the prompt keeps none of it
        (
            "全年办好“领头雁”、后备干部、选调生三类培训。",
            [("全年办好三类培训", ["领头雁", "后备干部", "选调生"])],
        ),
        (
            "今年重点推进“田长制”、河长制、林长制三项改革。",
            [("今年重点推进三项改革", ["田长制", "河长制", "林长制"])],
        ),
        # a quoted run of dashed words
        (
            "归纳问题时按“准入—办事—监管—要素—政商”五个环节去套。",
            [("归纳问题时按五个环节去套", ["准入", "办事", "监管", "要素", "政商"])],
        ),
        # a measure word that also counts ordinary things (级) names a concept once spelled out
        (
            "林长制全面推行，构建省、市、县、乡、村五级林长制体系。",
            [("构建五级林长制体系", ["省", "市", "县", "乡", "村"])],
        ),
        # a clause after the first that opens with an adverb and its verb: neither is part of the first member
        (
            "立足资源禀赋，重点发展茶叶、食用菌、中药材三大主导产业。",
            [("重点发展三大主导产业", ["茶叶", "食用菌", "中药材"])],
        ),
        # a clause after the first that opens with a mark (即): the mark is no part of the first member
        (
            "家长只需提交一套材料，即可一次办理出生医学证明、预防接种证、户口登记等3个事项。",
            [("可一次办理3个事项", ["出生医学证明", "预防接种证", "户口登记"])],
        ),
    ],
)
def test_members_before_the_name(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # the outline's list after a naming that announces it (下面): its prompt names the concept
        (
            "今天召开大会。下面，我讲三点意见。\n一、提高站位，深刻认识重大意义\n要提高认识。\n"
            "二、聚焦重点，打造一流环境\n要聚焦重点。\n三、压实责任，形成工作合力\n要压实责任。",
            [("我讲三点意见（3项）", ["提高站位", "聚焦重点", "压实责任"])],
        ),
        # a series the series extractor found: one card, its prompt naming the concept
        (
            "湘东区列出依法履职事项、协助政府工作事项、负面清单“三张清单”，为基层减负。",
            [
                (
                    "湘东区列出____、____、____“三张清单”（3项）",
                    ["依法履职事项", "协助政府工作事项", "负面清单"],
                )
            ],
        ),
        # a naming that ends its paragraph announces only a list that starts on the next one
        (
            "口诀：政治纪律管方向，其他三项管行为。\n易错点小结\n"
            "1. 处分种类从轻到重。\n2. 留党察看最长二年。\n3. 政治纪律是最根本的纪律。",
            [("本文的3个部分", ["处分种类从轻到重", "留党察看最长二年", "政治纪律是最根本的纪律"])],
        ),
    ],
)
def test_lists_found_before_are_the_concepts(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _all_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "announces"),
    [
        # a naming that is the last words of its paragraph may announce the list after it
        ("调研发现，工作还存在一些不足，主要表现在四个方面。\n一是底数不清。", True),
        # …not one with words of the paragraph after it
        ("调研发现，工作在四个方面还存在不足，需要改进。\n一是底数不清。", False),
    ],
)
def test_a_naming_that_ends_its_paragraph_announces(text: str, announces: bool) -> None:
    (term,) = find_terms(_paragraphs(text))
    assert term.mentions[0].announces is announces


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # the list goes to the nearest naming that announces it, not to a mere mention before
        (
            "今天召开大会，两委班子成员参加。下面，我讲两点意见。\n一、提高站位\n二、聚焦重点\n",
            [("我讲两点意见（2项）", ["提高站位", "聚焦重点"])],
        ),
    ],
)
def test_lists_go_to_the_naming_that_announces_them(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _all_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # a long quoted name, whole
        ("落实“三个区分开来”，为担当者担当。", "三个区分开来"),
        # an arabic count with 个 and a space that ends its clause names a set
        ("统战工作对象扩大到现在的 15 个方面，内部构成越来越复杂。", "15 个方面"),
        # a qualifying word belongs to the name
        ("出台了30条具体举措，大家要抓好落实。", "30条具体举措"),
        # (民生 qualifies a report's yearly promise: the name runs on to its noun)
        ("今年将办好五件民生实事，让群众得实惠。", "五件民生实事"),
        ("全县十大民生工程全部建成投用。", "十大民生工程"),
        # 方面 after a count without 个 names as 个方面 does
        ("会议从五方面提出要求，大家要抓好落实。", "五方面"),
    ],
)
def test_named_but_not_spelled_out_is_clozed(text: str, term: str) -> None:
    cards = _term_cards(text)
    assert [c.text for c in cards][:1] == [text.replace(term, "{{c1::" + term + "}}", 1)]


@pytest.mark.parametrize(
    "text",
    [
        # the things counted did something: a narrative, not a concept
        "会上，四个乡镇作了交流发言，大家很受启发。",
        "两个小组去过现场，反映情况属实。",
    ],
)
def test_a_tally_is_no_concept(text: str) -> None:
    assert _term_cards(text) == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # a count and its noun still name a concept
        ("全体党员要牢记四个意识，不断提高政治能力。", "四个意识"),
        ("大家要把握好十个坚持，在实践中运用。", "十个坚持"),
        ("要深刻理解三个务必的丰富内涵。", "三个务必"),
        # 了解 and 过程 after the noun are no past action
        ("全面了解两个维护过程中的新要求。", "两个维护"),
        # nor a word that holds 过 or 了: 不过, 通过, 为了
        ("要永远牢记两个务必永不过时的道理。", "两个务必"),
        ("要做到五个必须通过实践检验。", "五个必须"),
        ("把握三个方面为了人民的根本立场。", "三个方面"),
    ],
)
def test_a_concept_is_no_tally(text: str, term: str) -> None:
    cards = _term_cards(text)
    assert [c.text for c in cards][:1] == [text.replace(term, "{{c1::" + term + "}}", 1)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # grades of a marking scheme, one a line, numbered from 一: ranks, nothing counted
        (
            "一类卷：50—42分；立意准确，结构严谨\n二类卷：41—33分；立意较准确，结构较完整\n三类卷：32—20分；立意基本准确，结构松散",
            [],
        ),
        (
            "一档：70分以上，内容完整\n二档：60—69分；内容较完整，表达通顺\n三档：59分以下；内容不完整，表达不畅",
            [],
        ),
        # a count with no line of its own numbered 一 stays a concept
        ("全镇划出两类区域。\n三类人员要优先保障：老人、儿童、残疾人", ["两类区域", "三类人员"]),
        ("一类岗位由县里统筹。\n两个维护：维护核心地位、维护集中统一领导", ["两个维护"]),
        # levels of a response plan are ranks too
        (
            "一级响应：全员到岗\n二级响应：主要领导到岗、值班人员在岗\n三级响应：值班人员在岗、信息员在岗",
            [],
        ),
    ],
)
def test_lines_that_rank_name_no_concept(text: str, names: list[str]) -> None:
    assert [term.term for term in find_terms(_paragraphs(text))] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("全区信访总量连续三年下降，做到“三个区分开来”。", ["三个区分开来"]),
        ("今年开展两次专项督查。条例分为总则、分则、附则三编。", ["三编"]),
        ("研发投入占比提高0.5个百分点，审批压减至60个工作日。", []),
        ("打通公安、民政、人社、医保、住建等17个部门的数据。", []),
        ("县里推动12个部门联合办公，辖12个乡镇、186个行政村。", []),
        ("深入学习贯彻党的二十大精神和二十届三中全会精神，推进“十四五”规划。", []),
        ("县人民医院创成二级甲等医院，红十字会积极参与，打造“一区三地”。", ["一区三地"]),
    ],
)
def test_ordinary_counts_name_no_concept(text: str, names: list[str]) -> None:
    assert [term.term for term in find_terms(_paragraphs(text))] == names


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a count of characters: words of one length that add up to it
        (
            "乡村振兴的总要求是“二十字”方针：产业兴旺、生态宜居、乡风文明、治理有效、生活富裕。",
            [
                (
                    "乡村振兴的总要求是“二十字”方针",
                    ["产业兴旺", "生态宜居", "乡风文明", "治理有效", "生活富裕"],
                )
            ],
        ),
        # …spelled out by the next line, the first word after a verb, the last running on
        (
            "一、消防工作的“十二字方针”\n消防工作坚持预防为主、防消结合、综合治理的方针，落实责任。",
            [("消防工作的“十二字方针”", ["预防为主", "防消结合", "综合治理"])],
        ),
        # a noun before the count, steps between arrows
        (
            "写作文有个窍门。答题四步：审题立意 → 拟定提纲 → 组织材料 → 修改润色。",
            [("答题四步", ["审题立意", "拟定提纲", "组织材料", "修改润色"])],
        ),
        # phrases between slashes
        (
            "三个务必是：\n务必不忘初心 / 务必谦虚谨慎 / 务必敢于斗争\n要常记心间。",
            [("三个务必", ["务必不忘初心", "务必谦虚谨慎", "务必敢于斗争"])],
        ),
        # a time before the concept is no part of its name (十年的三件大事)
        (
            "过去五年的四件大事：抗击疫情，脱贫攻坚，建成小康，开启新征程。",
            [("过去五年的四件大事", ["抗击疫情", "脱贫攻坚", "建成小康", "开启新征程"])],
        ),
    ],
)
def test_characters_steps_and_slashes(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a pair joined by 和 before a count of two, without the verb of its clause
        (
            "要加强质量监管，严格执行生产许可和强制认证“两项制度”。",
            [("严格执行“两项制度”", ["生产许可", "强制认证"])],
        ),
        (
            "坚持农业优先发展，守住耕地红线和生态红线两条底线，加快现代化。",
            [("守住两条底线", ["耕地红线", "生态红线"])],
        ),
        # a clause that goes on from the one before opens with its verb
        (
            "全市要强化监管，守牢食品、药品、特种设备、工业产品质量“四条安全底线”，护航发展。",
            [("守牢“四条安全底线”", ["食品", "药品", "特种设备", "工业产品质量"])],
        ),
        # the member a series' last word runs on from ends where its siblings do
        (
            "推动教育链、人才链、产业链、创新链有机衔接（简称“四链衔接”）。",
            [("推动“四链衔接”", ["教育链", "人才链", "产业链", "创新链"])],
        ),
        # …at the end of the word that holds their ending (会议, not 会), and the words after it,
        # every member's, set no length for the first (建立|支委会)
        (
            "建立支委会、党员大会、党小组会议议事规则“三项规则”，明确议事程序。",
            [("建立“三项规则”", ["支委会", "党员大会", "党小组会议"])],
        ),
        # …also where that word ends the last member (经理层会议, not 经理层会 with 议 left in the prompt)
        (
            "要健全党委会、董事会、经理层会议“三会”制度，明确议事程序。",
            [("要健全“三会”制度", ["党委会", "董事会", "经理层会议"])],
        ),
        # …not where the ending opens the last member: nothing before it is a name like theirs
        (
            "开好党员大会、支委会、会议记录整理归档“三件事”。",
            [("开好“三件事”", ["党员大会", "支委会", "会议记录整理归档"])],
        ),
        # a member is never cut right after a 和 inside it
        (
            "要压实“三个责任”：党委和政府的领导责任、部门的监管责任、企业的主体责任。",
            [("要压实“三个责任”", ["党委和政府的领导责任", "部门的监管责任", "企业的主体责任"])],
        ),
        # a character that completes the clause's verb (构建起) is no part of the first member
        ("全县构建起县、乡镇、村三级网格体系。", [("全县构建起三级网格体系", ["县", "乡镇", "村"])]),
        (
            "按照属地原则，构建起市、区、街道、社区四级联动的工作格局。",
            [("构建起四级联动的工作格局", ["市", "区", "街道", "社区"])],
        ),
        # …not the first character of a word that opens with 起/出 (起草, 出版, 出行; 扩大出口 jieba reads as one)
        ("要认真做好起草、审核、发布三个环节。", [("要认真做好三个环节", ["起草", "审核", "发布"])]),
        (
            "要全面加强出版、发行、印刷三个环节的管理。",
            [("要全面加强三个环节的管理", ["出版", "发行", "印刷"])],
        ),
        ("要切实保障出行、就医、就学三项基本需求。", [("要切实保障三项基本需求", ["出行", "就医", "就学"])]),
        (
            "要积极扩大出口、进口、投资三个方面的合作。",
            [("要积极扩大三个方面的合作", ["出口", "进口", "投资"])],
        ),
        # the first member is all a preposition governs, however long (由A、B、C三类人员组成)
        (
            "调解队伍主要由退休法官和检察官中的业务骨干、人民调解员、执业律师三个群体组成。",
            [("调解队伍主要由三个群体组成", ["退休法官和检察官中的业务骨干", "人民调解员", "执业律师"])],
        ),
        # …not a noun the first member opens with (新能源|汽车): the member's own word, where a verb
        # would be its clause's
        (
            "去年经济平稳回升，新能源汽车、智能家电两大产业增长较快。",
            [("去年经济平稳回升，两大产业增长较快", ["新能源汽车", "智能家电"])],
        ),
    ],
)
def test_members_before_the_name_cut_to_their_words(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # sentences after the naming that each come to one of its members at their end, after a verb
        # of becoming they all say
        (
            "二是建立“三张清单”对接机制。社区党组织要深入摸排居民需求，梳理形成需求清单；驻区单位党组织"
            "根据自身优势，梳理形成资源清单；双方对接协商后，确定为民服务事项，形成项目清单。",
            [("建立“三张清单”对接机制", ["需求清单", "资源清单", "项目清单"])],
        ),
        # an aspect particle after the verb of becoming is the verb's
        (
            "要建立“两张清单”制度。各部门梳理职责，形成了权力清单；对照法律法规，形成了责任清单。",
            [("要建立“两张清单”制度", ["权力清单", "责任清单"])],
        ),
        (
            "要建立“两张清单”制度。今年，全县梳理形成了权力清单；明年，还将逐步形成责任清单。",
            [("要建立“两张清单”制度", ["权力清单", "责任清单"])],
        ),
        # not where they say no verb of becoming alike, nor where more sentences than the count end so
        ("要建立“两张清单”制度。各部门梳理职责，形成权力清单；对照法律法规，转化为责任清单。", []),
        (
            "二是建立“三张清单”对接机制。社区梳理形成需求清单；驻区单位梳理形成资源清单；双方对接，"
            "形成项目清单；街道汇总形成督办清单。",
            [],
        ),
        # …before the run as after it
        (
            "着力打造“两个基地”。县里投入资金，建成产业基地；引进企业，建成示范基地；整合资源，建成培训基地。",
            [],
        ),
        (
            "要建立“两张清单”制度。各部门梳理职责，形成权力清单；明确责任，形成责任清单；优化流程，形成服务清单。",
            [],
        ),
    ],
)
def test_members_the_sentences_after_come_to(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a clause that goes on from the one before may open with its subject and adverbs before its
        # verb, or with several verbs: the first member starts after them
        (
            "近年来，全市上下着力构建党委主体责任、书记第一责任人责任、纪委监督责任“三责协同”机制。",
            [("全市上下着力构建“三责协同”机制", ["党委主体责任", "书记第一责任人责任", "纪委监督责任"])],
        ),
        (
            "遴选笔试的特点，在于更加注重考查综合分析能力、文字表达能力和解决实际问题能力这“三种能力”。",
            [("在于更加注重考查“三种能力”", ["综合分析能力", "文字表达能力", "解决实际问题能力"])],
        ),
        # words a verb takes after it (在, 了, 好) are no member's
        (
            "今年的矛盾纠纷，主要集中在土地征收、劳资纠纷、物业管理三个领域。",
            [("主要集中在三个领域", ["土地征收", "劳资纠纷", "物业管理"])],
        ),
        (
            "培训期间，学员分组研讨了集体经济发展、矛盾纠纷化解、村务规范管理3个方面的问题。",
            [("学员分组研讨了3个方面的问题", ["集体经济发展", "矛盾纠纷化解", "村务规范管理"])],
        ),
        (
            "推进基层治理现代化，关键是要把握好政治引领、制度供给、科技赋能三个维度。",
            [("关键是要把握好三个维度", ["政治引领", "制度供给", "科技赋能"])],
        ),
        # the verb stays where the siblings open with verbs too, or where without it the member is
        # a word much shorter than theirs (开办企业 beside 获得电力、政务服务)
        (
            "全市营商环境持续改善，其中开办企业、获得电力、办理纳税3项指标进入全省前列。",
            [("全市营商环境持续改善，其中3项指标进入全省前列", ["开办企业", "获得电力", "办理纳税"])],
        ),
        (
            "全市营商环境持续改善，其中开办企业、获得电力、纳税、政务服务4项指标进入全省前列。",
            [("全市营商环境持续改善，其中4项指标进入全省前列", ["开办企业", "获得电力", "纳税", "政务服务"])],
        ),
        (
            "今年，全县要加强基层组织建设、干部队伍建设、作风纪律建设三项工作。",
            [("全县要加强三项工作", ["基层组织建设", "干部队伍建设", "作风纪律建设"])],
        ),
        # a verb inside the first member leaves too little after it to be the clause's
        (
            "今年，全县要推动农村人居环境整治提升、美丽乡村建设、乡风文明培育三项工作。",
            [("全县要推动三项工作", ["农村人居环境整治提升", "美丽乡村建设", "乡风文明培育"])],
        ),
        # no member opens with a word that qualifies a verb (要, 着力, 切实加强), however short the
        # first is beside its siblings; the word after an adverb is its verb (着力强基础, 进一步健全)
        (
            "下一步，全县要切实加强耕地保护、水资源保护、生态环境修复三项工作。",
            [("全县要切实加强三项工作", ["耕地保护", "水资源保护", "生态环境修复"])],
        ),
        (
            "今年，全县要着力加强党的建设、基层组织建设、干部队伍建设三项工作。",
            [("全县要着力加强三项工作", ["党的建设", "基层组织建设", "干部队伍建设"])],
        ),
        (
            "今年，全县要着力强基础、补短板、惠民生这“三项任务”。",
            [("全县要着力“三项任务”", ["强基础", "补短板", "惠民生"])],
        ),
        (
            "下一步，全县要进一步健全基层党组织、村民自治组织、集体经济组织“三位一体”的组织体系。",
            [("全县要进一步健全“三位一体”的组织体系", ["基层党组织", "村民自治组织", "集体经济组织"])],
        ),
        (
            "这些年，我们认真落实了减税费、降成本、优服务三项举措。",
            [("我们认真落实了三项举措", ["减税费", "降成本", "优服务"])],
        ),
        # …and after the particle that marks the verb (了, 着 after it; 地 before it), wherever the
        # clause starts
        (
            "全县始终坚持着稳中求进、以进促稳、先立后破这“三条原则”。",
            [("全县始终坚持着“三条原则”", ["稳中求进", "以进促稳", "先立后破"])],
        ),
        (
            "全县认真贯彻落实了减税费、降成本、优服务这“三项举措”。",
            [("全县认真贯彻落实了“三项举措”", ["减税费", "降成本", "优服务"])],
        ),
        (
            "全县坚定不移地推进了减税费、降成本、优服务这“三项举措”。",
            [("全县坚定不移地推进了“三项举措”", ["减税费", "降成本", "优服务"])],
        ),
        (
            "全县坚定不移地推进减税费、降成本、优服务三项举措。",
            [("全县坚定不移地推进三项举措", ["减税费", "降成本", "优服务"])],
        ),
        # (…and after the verbs right after the marked one, nearest the siblings' length)
        (
            "统一战线担负着促进政党、民族、宗教、阶层、海内外同胞五大关系和谐的重任。",
            [("统一战线担负着促进五大关系和谐的重任", ["政党", "民族", "宗教", "阶层", "海内外同胞"])],
        ),
        # (了 that opens a word is no particle)
        (
            "全县深入开展了解民情、化解矛盾、服务群众三项活动。",
            [("全县深入开展三项活动", ["了解民情", "化解矛盾", "服务群众"])],
        ),
    ],
)
def test_the_first_member_starts_after_its_clauses_verbs(
    text: str, lists: list[tuple[str, list[str]]]
) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a noun before the first member that some later member opens with too (not every one) is
        # the first member's own word, not the clause's
        (
            "大力推进乡村产业发展、乡村人才培养、农房改造三项工作。",
            [("大力推进三项工作", ["乡村产业发展", "乡村人才培养", "农房改造"])],
        ),
        # after a colon, a first member longer than its siblings keeps the nouns that open it (镇级|
        # 议事会 names its kind); the verb that opens one is cut off as before
        (
            "“三个会”：镇级议事协商会、村民会、理事会。",
            [("“三个会”", ["镇级议事协商会", "村民会", "理事会"])],
        ),
        # (not the subject of a verb the member opens with: 干部|进网格)
        (
            "推行“三联三进”工作法，推动机关联社区、联企业、联学校，干部进网格、进楼院、进农户。",
            [("推行“三联三进”工作法", ["联社区", "联企业", "联学校", "进网格", "进楼院", "进农户"])],
        ),
        # (not a word of time before it: it dates the list, 目前|问题清单, 当前|首问负责制度)
        (
            "“三张清单”：目前问题清单、整改清单、责任清单。",
            [("“三张清单”", ["问题清单", "整改清单", "责任清单"])],
        ),
        (
            "“三项制度”：当前首问负责制度、限时办结制度、责任追究制度。",
            [("“三项制度”", ["首问负责制度", "限时办结制度", "责任追究制度"])],
        ),
        # …while a noun every later member opens with too stays where it is (all are 城市…)
        (
            "全面落实城市更新行动、城市体检、城市安全“三项任务”。",
            [("全面落实“三项任务”", ["城市更新行动", "城市体检", "城市安全"])],
        ),
    ],
)
def test_the_first_member_keeps_the_nouns_its_siblings_open_with(
    text: str, lists: list[tuple[str, list[str]]]
) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    "text",
    [
        "“三项服务”：群众关心的养老服务、托育服务、就医服务。",
        "“三项服务”：群众急需的养老服务、托育服务、就医服务。",
    ],
)
def test_a_long_first_member_keeps_no_subject_of_its_de_clause(text: str) -> None:
    # the noun before a clause that ends in 的 is that clause's subject (群众|关心的…), not a word
    # naming the member's kind: a first member cut to its siblings' length does not take it back
    ((_, members),) = _term_lists(text)
    assert not members[0].startswith("群众")


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # where the siblings end with a verb (names of doing: 审批改革, 结构调整), a verb-noun after the
        # clause's verb is a word of the first member, not a verb to cut after
        (
            "今年，推进建设用地审批改革、投资审批改革、项目审批改革“三项改革”。",
            [("推进“三项改革”", ["建设用地审批改革", "投资审批改革", "项目审批改革"])],
        ),
        (
            "今年，全县要推进发展方式转变、结构调整、动力转换三项任务。",
            [("全县要推进三项任务", ["发展方式转变", "结构调整", "动力转换"])],
        ),
        (
            "下一步，深化服务模式创新、监管创新、体制创新三项创新。",
            [("深化三项创新", ["服务模式创新", "监管创新", "体制创新"])],
        ),
        (
            "下一步，强化管理服务创新、应急处置、恢复重建三个环节。",
            [("强化三个环节", ["管理服务创新", "应急处置", "恢复重建"])],
        ),
    ],
)
def test_a_first_member_keeps_the_verb_nouns_of_names_of_doing(
    text: str, lists: list[tuple[str, list[str]]]
) -> None:
    assert _term_lists(text) == lists


def test_a_first_member_cut_after_the_modal_makes_no_second_card() -> None:
    text = "下一步，全县要切实加强耕地保护、水资源保护、生态环境修复三项工作。"
    assert _all_lists(text) == [
        ("全县要切实加强____、____、____三项工作（3项）", ["耕地保护", "水资源保护", "生态环境修复"])
    ]


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # the clauses after the comma name a set of their own of as many members: its members
        (
            "坚持“三个区分开来”，落实干部考核、干部培训、干部激励三项制度。",
            [("落实三项制度", ["干部考核", "干部培训", "干部激励"])],
        ),
        # a task of their own (a verb before the first member), whose members do not say the word
        ("坚持“三个区分开来”，落实干部考核、干部培训、干部激励，确保取得实效。", []),
        # the naming's verb said alone again opens a task of its own too (坚持…，坚持; 落实…，落实)
        ("要坚持“三个区分开来”，坚持干部考核、干部培训、干部激励。", []),
        ("要落实“三项制度”，落实干部考核、干部培训、干部激励。", []),
        # members that open the clause, or that say the concept's word, stay the naming's
        (
            "增强“四个意识”，政治意识、大局意识、核心意识、看齐意识，缺一不可。",
            [("增强“四个意识”", ["政治意识", "大局意识", "核心意识", "看齐意识"])],
        ),
        (
            "牢固树立“四个意识”，切实增强政治意识、大局意识、核心意识、看齐意识。",
            [("牢固树立“四个意识”", ["政治意识", "大局意识", "核心意识", "看齐意识"])],
        ),
        # a verb that says the naming's again (统筹推进 -> 协调推进), or words that say which they are
        # (也即, 亦即, 具体指), take up no task of their own
        (
            "要统筹推进“五位一体”，协调推进经济建设、政治建设、文化建设、社会建设、生态文明建设。",
            [("要统筹推进“五位一体”", ["经济建设", "政治建设", "文化建设", "社会建设", "生态文明建设"])],
        ),
        *(
            (
                f"要统筹推进“五位一体”，{which}经济建设、政治建设、文化建设、社会建设、生态文明建设。",
                [("要统筹推进“五位一体”", ["经济建设", "政治建设", "文化建设", "社会建设", "生态文明建设"])],
            )
            for which in ("也即", "亦即", "具体指")
        ),
        # a count of as many after members that each say the naming's word only counts them (方面)
        (
            "要贯彻“五个强化”，切实做到强化政治引领、强化思想武装、强化组织建设、强化纪律约束、强化作风建设五个方面。",
            [
                (
                    "要贯彻“五个强化”",
                    ["强化政治引领", "强化思想武装", "强化组织建设", "强化纪律约束", "强化作风建设"],
                ),
                (
                    "切实做到五个方面",
                    ["强化政治引领", "强化思想武装", "强化组织建设", "强化纪律约束", "强化作风建设"],
                ),
            ],
        ),
        # labels that count the members off are no task
        (
            "这三件大事，第一件是守牢底线，第二件是促进增收，第三件是强化治理，每一件都很重要。",
            [("这三件大事", ["守牢底线", "促进增收", "强化治理"])],
        ),
        (
            "大家记住两个时间点，一个是二〇二九，一个是二〇三五。",
            [("大家记住两个时间点", ["二〇二九", "二〇三五"])],
        ),
    ],
)
def test_members_after_a_comma_are_the_namings_own_only(
    text: str, lists: list[tuple[str, list[str]]]
) -> None:
    """A strong naming's members may follow it after a comma, but not a set the clauses after it name
    themselves, nor the object of a task of their own."""
    assert _term_lists(text) == lists


def test_a_named_part_of_a_longer_set_is_a_set_of_its_own() -> None:
    """A concept whose members a longer list written before it holds keeps its own card."""
    text = (
        "全县重点发展优质粮油、生态畜牧、特色果蔬、茶叶、中药材五大特色产业。\n"
        "今年要建设优质粮油、生态畜牧、特色果蔬3个产业集群。"
    )
    assert _all_lists(text) == [
        (
            "全县重点发展____、____、____、____、____五大特色产业（5项）",
            ["优质粮油", "生态畜牧", "特色果蔬", "茶叶", "中药材"],
        ),
        ("今年要建设____、____、____3个产业集群（3项）", ["优质粮油", "生态畜牧", "特色果蔬"]),
    ]


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # each member opens with its ordinal label in the naming's sentence: what follows the label
        (
            "这篇文章给出了“两个答案”：毛泽东同志给出了第一个答案——让人民来监督政府；"
            "新时代我们党又给出了第二个答案——自我革命。",
            [("这篇文章给出了“两个答案”", ["让人民来监督政府", "自我革命"])],
        ),
        # labels of the ordinal and the measure alone (第一件是…): the noun is left out
        (
            "就是要办好三件大事。这三件大事，第一件是守牢底线，第二件是促进增收，第三件是强化治理，每一件都不容易。",
            [("这三件大事", ["守牢底线", "促进增收", "强化治理"])],
        ),
        # …or on the paragraphs after it
        (
            "监督执纪有“四种形态”。\n第一种形态：经常开展批评和自我批评。\n"
            "第二种形态：党纪轻处分、组织调整成为违纪处理的大多数。\n"
            "第三种形态：党纪重处分、重大职务调整的成为少数。\n"
            "第四种形态：严重违纪涉嫌违法立案审查的成为极少数。",
            [
                (
                    "监督执纪有“四种形态”",
                    [
                        "经常开展批评和自我批评",
                        "党纪轻处分、组织调整成为违纪处理的大多数",
                        "党纪重处分、重大职务调整的成为少数",
                        "严重违纪涉嫌违法立案审查的成为极少数",
                    ],
                )
            ],
        ),
        # a label that only counts the members (一个是…) is no part of them
        (
            "中国式现代化有两个关键词，一个是“现代化”，一个是“中国式”。",
            [("中国式现代化有两个关键词", ["现代化", "中国式"])],
        ),
        # 这 opening the naming's clause points back to the clauses before it in its sentence
        (
            "报告提出新目标、新原则、新路径、新要求、新担当，这五个“新”为今后工作指明了方向。",
            [("这五个“新”", ["新目标", "新原则", "新路径", "新要求", "新担当"])],
        ),
        # a pair of parallel phrases opening with the same preposition, the verb before them left out
        (
            "把马克思主义基本原理同中国具体实际相结合、同中华优秀传统文化相结合，这就是我们常说的“两个结合”。",
            [("这就是我们常说的“两个结合”", ["同中国具体实际相结合", "同中华优秀传统文化相结合"])],
        ),
        # a label that only counts each member (一种是), any measure word
        (
            "要防止“三种倾向”：一种是“浮”，不深入实际；一种是“骄”，看不起基层；一种是“躁”，急于求成。",
            [("要防止“三种倾向”", ["浮", "骄", "躁"])],
        ),
        # a quoted series beside the name, in a clause that says the concept's noun
        (
            "文章采用“总论点＋3个分论点＋结尾”的结构，分论点按照“守正—创新—惠民”设置。",
            [("文章采用总论点＋3个分论点", ["守正", "创新", "惠民"])],
        ),
    ],
)
def test_members_labelled_pointed_back_or_quoted_beside(
    text: str, lists: list[tuple[str, list[str]]]
) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # shared words that are no verb of becoming stay: the member is the whole clause
        (
            "要守好“三条底线”：守住政治底线、守住法纪底线、守住道德底线。",
            ["守住政治底线", "守住法纪底线", "守住道德底线"],
        ),
        (
            "实现“三个全覆盖”：县处级以上领导干部轮训全覆盖、新任职干部岗前培训全覆盖、年轻干部实践锻炼全覆盖。",
            ["县处级以上领导干部轮训全覆盖", "新任职干部岗前培训全覆盖", "年轻干部实践锻炼全覆盖"],
        ),
        # a 为 that is "for" is no verb of becoming: the service for the people is the member
        (
            "做到“三个服务”：坚持为人民群众服务、坚持为市场主体服务、坚持为基层一线服务。",
            ["坚持为人民群众服务", "坚持为市场主体服务", "坚持为基层一线服务"],
        ),
        # labels that do not say the concept's word are no members of it
        (
            "工作有“三个环节”：\n目标——到年底完成改造\n任务——推进老旧小区更新\n措施——强化资金保障\n其他内容。",
            ["目标——到年底完成改造", "任务——推进老旧小区更新", "措施——强化资金保障"],
        ),
    ],
)
def test_members_kept_whole(text: str, members: list[str]) -> None:
    assert [m for _, m in _term_lists(text)] == [members]


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a name the text quotes, bare before an equals sign: the members follow it
        (
            "考试常考“四下基层”。\n解析：四下基层 = 宣传党的路线方针政策下基层、调查研究下基层、信访接待下基层、"
            "现场办公下基层。",
            [
                (
                    "四下基层",
                    ["党的路线方针政策下基层", "调查研究下基层", "信访接待下基层", "现场办公下基层"],
                )
            ],
        ),
        # a pair that 把 takes as its object, with the concept's name: two nouns, not two verbs
        ("只有把发展和安全两件大事办好，才能实现良性互动。", [("只有把两件大事办好", ["发展", "安全"])]),
    ],
)
def test_bare_labels_and_pairs_taken_by_ba(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a series that reads the naming as one more member (头雁、雏雁、归雁、三雁) is the concept's
        # own list: one card asks the members, not a second beside it
        (
            "三、抓人才强队伍\n实施“头雁”“雏雁”“归雁”“三雁”工程，打造一支懂农业、爱农村、爱农民的“三农”工作队伍。\n"
            "——选优配强“头雁”。每年举办轮训班2期。\n——储备培育“雏雁”。按照每村不少于2名的标准储备。\n"
            "——引凤回巢“归雁”。建立在外人才信息库。",
            # (the members quoted one by one are blanked in their clause, as a series with 、 is)
            [("实施“____”“____”“____”“三雁”工程", ["头雁", "雏雁", "归雁"])],
        ),
        (
            "坚持和落实“两个毫不动摇”，统筹推进改革。毫不动摇巩固和发展公有制经济，深化改革；"
            "毫不动摇鼓励、支持、引导非公有制经济发展，优化环境。",
            [
                (
                    "坚持和落实“两个毫不动摇”",
                    ["毫不动摇巩固和发展公有制经济", "毫不动摇鼓励、支持、引导非公有制经济发展"],
                )
            ],
        ),
    ],
)
def test_a_list_reading_the_name_as_a_member_is_the_concepts(
    text: str, lists: list[tuple[str, list[str]]]
) -> None:
    cards = extract_cards(_paragraphs(text), "标题", "doc")
    asked = [(c.prompt.split("（")[0], c.items) for c in cards if c.type == "list"]
    assert all(pair in asked for pair in lists)
    members = {item for _, items in lists for item in items}
    assert not any(set(items) > members for _, items in asked)  # (no second card with the name as a member)
    # (nor a cloze that asks the naming as one more member: {{c4::三雁}} after 头雁, 雏雁, 归雁)
    for _, items in lists:
        more = f"{{{{c{len(items) + 1}::"
        assert not any(
            all(f"::{item}}}}}" in c.text for item in items) and more in c.text
            for c in cards
            if c.type == "cloze"
        )


def test_a_question_of_what_is_none_of_them_gives_no_members() -> None:
    # 不包括 introduces no members: the options are not the concept's (the answer's line is)
    text = (
        "5. 基层减负中，“四下基层”不包括（）\nA. 信访接待下基层 B. 现场办公下基层 C. 调查研究下基层 D. 文件会议下基层\n"
        "解析：四下基层 = 宣传党的路线方针政策下基层、调查研究下基层、信访接待下基层、现场办公下基层。"
    )
    assert _term_lists(text) == [
        ("四下基层", ["党的路线方针政策下基层", "调查研究下基层", "信访接待下基层", "现场办公下基层"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a quoted name bare before a colon or a dash heads a remark, not its members
        "“四下基层”是优良传统。\n四下基层：这一制度先后写进了党章、准则、条例和规定。",
        "“四下基层”是优良传统。\n四下基层——这一制度先后写进了党章、准则、条例和规定。",
        # a pair of verbs after 把 or 将 before a quoted name says what the clause does: no members
        "各地要把贯彻和落实“两个维护”体现在具体行动上。",
        "要将坚持和落实“两个毫不动摇”贯穿改革全过程。",
        "必须把学习和落实“两个务必”作为重要任务。",
        "把握好和处理好“两个大局”。",
    ],
)
def test_remarks_and_verb_pairs_give_no_members(text: str) -> None:
    assert _term_lists(text) == []
    assert _all_lists(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a bare name inside a sentence is no label: only quoted elsewhere, it stays a mention
        "要践行“四下基层”。我们坚持四下基层的工作方法，宣传政策、调查研究、接待信访、现场办公。",
    ],
)
def test_questions_and_mentions_give_no_members(text: str) -> None:
    assert _term_lists(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # two verbs joined by 和 are what the clause does to the concept, not its members
        "必须坚持和落实“两个毫不动摇”，毫不松懈。",
        # names side by side (一个定义、四句内涵) are no members of the last
        "考前记住一个定义、四句内涵、五方面要求、三类产业，反复背诵。",
        # a count of characters that no words add up to
        "申论作文要求不少于“八百字”，字迹工整。",
        # who grasps the concept (someone, an adverb, a verb), not its members
        "要把政治建设摆在首位，引导网格党组织和党员干部深刻领悟“两个确立”的决定性意义。",
        "教育引导广大党员、干部深刻领悟“两个确立”的决定性意义。",
        # a pair in brackets whose second goes on to where: both share it, no pair of words
        "推行红色物业、“双报到”（党组织和党员到社区报到）。",
    ],
)
def test_no_members(text: str) -> None:
    assert _term_lists(text) == []


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a naming that ends its sentence, and the next that opens by saying what it is
        (
            "（一）守牢“两条底线”。就是确保国家粮食安全、确保不发生规模性返贫致贫。一要稳面积、提单产。",
            [("守牢“两条底线”", ["确保国家粮食安全", "确保不发生规模性返贫致贫"])],
        ),
        # or that asks what it is, first
        (
            "过去我们常说“两不愁三保障”，啥意思呢？就是不愁吃、不愁穿，义务教育、基本医疗、住房安全有保障。",
            [("过去我们常说“两不愁三保障”", ["不愁吃", "不愁穿", "义务教育", "基本医疗", "住房安全有保障"])],
        ),
        # 也就是说 says what it is as 就是 does (说 is no member)
        (
            "要做到“两不愁三保障”。也就是说，不愁吃、不愁穿，义务教育、基本医疗、住房安全有保障。",
            [("要做到“两不愁三保障”", ["不愁吃", "不愁穿", "义务教育", "基本医疗", "住房安全有保障"])],
        ),
        # clauses alike (they open alike) are members too, without the verb the naming says before the
        # name, which each repeats
        (
            "他强调要统筹好“两个关系”。具体来说，要统筹好发展和安全的关系，要统筹好当前和长远的关系。",
            [("他强调要统筹好“两个关系”", ["发展和安全的关系", "当前和长远的关系"])],
        ),
    ],
)
def test_members_said_in_the_next_sentence(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    "text",
    [
        # 就是说 opening a remark, not members as many as the count
        "第一，把握好“两个效益”的关系。就是说，文化产品具有意识形态属性，决不能当市场的奴隶。",
        # 即便 is no introducer; and the naming's sentence goes on
        "要强化“三个意识”，切实扛起责任。即便困难再多，也要迎难而上、攻坚克难、善作善成。",
        # 这就是 points back: what the sentence says is the concept, not its members
        "要做到“两个维护”。这就是我们常说的政治纪律，必须牢记在心。",
        # clauses of all kinds after 就是 explain the concept; they name none of its members
        "党员干部要增强“四个意识”。就是要在思想上政治上行动上同党中央保持高度一致，坚决维护党中央权威，"
        "自觉在大局下想问题，向党中央看齐。",
        # 即将 after a name is no introducer either
        "要牢固树立“四个意识”，即将开展的专题学习、专题培训、专题研讨、专题调研要突出政治性。",
    ],
)
def test_no_members_in_the_next_sentence(text: str) -> None:
    assert _term_lists(text) == []


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # each member opens with its quoted name and a dash before what it says: the name is the member
        (
            "重点抓好“四个一”：\n“一网通办”——推进政务服务事项网上办理。\n“一窗受理”——推行综合受理的服务模式。\n"
            "“一次办好”——编制并公开办事指南。\n“一号响应”——发挥12345热线作用。",
            [("重点抓好“四个一”", ["一网通办", "一窗受理", "一次办好", "一号响应"])],
        ),
        # not where a quoted opening does not say the concept's word: the lines stay whole
        (
            "重点抓好“两个坚持”：\n“坚持人民至上”——这是根本立场。\n“统筹发展和安全”——这是基本要求。",
            [("重点抓好“两个坚持”", ["“坚持人民至上”——这是根本立场", "“统筹发展和安全”——这是基本要求"])],
        ),
    ],
)
def test_members_named_in_quotes_before_a_dash(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # text wrapped at a fixed width (the lines before the name's as wide): the series before the
        # name began on the line before
        (
            "在网格事务准入方面，H市于2023年出台网格员工作事项管理办法，制定网格员工作事项\n"
            "准入清单，明确网格员承担信息采集、矛盾调解、政策宣传、便民服务、安全巡查等\n"
            "5类职责，清单之外的事项原则上不得交由网格员承担。",
            [
                (
                    "明确网格员承担5类职责",
                    ["信息采集", "矛盾调解", "政策宣传", "便民服务", "安全巡查"],
                )
            ],
        ),
        # wrapped inside a word of the first member
        (
            "级组织链条，推动党组织向网格、楼栋延伸。截至2024年底，全市共建立网格党\n"
            "支部2137个、楼栋党小组9860个，确定党员中心户2.4万户，实现党的组\n"
            "织覆盖和党的工作覆盖“两个全覆盖”。同时，推行“双报到”制度。",
            [("实现“两个全覆盖”", ["党的组织覆盖", "党的工作覆盖"])],
        ),
        # not after a paragraph that only lacks its full stop, no line as wide beside it: the series is
        # the line's own
        (
            "会议指出，要牢牢把握高质量发展这个首要任务，坚持把发展经济的着力点放在实体经济上\n"
            "产业链、创新链、人才链“三链”深度融合，推动形成新质生产力。",
            [("“三链”深度融合", ["产业链", "创新链", "人才链"])],
        ),
    ],
)
def test_members_before_the_name_on_a_wrapped_line(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    "text",
    [
        # lines of notes, each whole: the line before is no sentence that runs on
        "关键：更好发挥市场机制作用，创造更加公平、更有活力的市场环境\n坚持和落实“两个毫不动摇”\n毫不动摇巩固和发展公有制经济",
        # the name one of a series that runs on from the line before: those words are its siblings
        "近年来，我市坚持以党建引领基层治理为主线，从强化政治引领、健\n全组织体系、推动“三治融合”、提升数字赋能水平四个方面协同发力。",
    ],
)
def test_no_members_from_the_line_before(text: str) -> None:
    assert _term_lists(text) == []


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a first member longer than its siblings loses its verb, never the words a 的 ties to it
        (
            "坚持“三进社区”，宣讲党的创新理论进社区、医疗服务进社区、文化活动进社区，把服务做到家门口。",
            [("坚持“三进社区”", ["党的创新理论进社区", "医疗服务进社区", "文化活动进社区"])],
        ),
        # the line after a naming that ends with a colon is the members and nothing else, cut at ，
        (
            "三个原则：\n以群众满意为标准，以制度建设为保障，以科技、人才、资金、数据和平台投入为支撑\n"
            "四项要求：讲政治、顾大局、守纪律、重实干\n两个确保：确保安全、确保稳定",
            [
                (
                    "三个原则",
                    ["以群众满意为标准", "以制度建设为保障", "以科技、人才、资金、数据和平台投入为支撑"],
                ),
                ("四项要求", ["讲政治", "顾大局", "守纪律", "重实干"]),
                ("两个确保", ["确保安全", "确保稳定"]),
            ],
        ),
    ],
)
def test_members_whole_at_their_edges(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


def test_a_series_cut_inside_what_a_de_ties_asks_the_concepts_member() -> None:
    text = "坚持“三进社区”，宣讲党的基本理论政策进社区、义诊服务进社区、文化活动进社区。"
    assert _all_lists(text) == [
        (
            "坚持“三进社区”，宣讲____、____、____（3项）",
            ["党的基本理论政策进社区", "义诊服务进社区", "文化活动进社区"],
        )
    ]


def test_a_line_of_tags_names_the_series_of_the_paragraph_before() -> None:
    text = "深入实施区域发展战略、乡村振兴战略、科教兴国战略，加快形成新格局。\n关键词：新格局、“三大战略”"
    assert _term_lists(text) == [("新格局、“三大战略”", ["区域发展战略", "乡村振兴战略", "科教兴国战略"])]


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # the members found say which list is the concept's, not the next list of as many items
        (
            "五大要素：\n以人民安全为宗旨，以政治安全为根本，以经济安全为基础，以军事安全为保障，以国际安全为依托\n"
            "五对关系：既重视发展又重视安全；既重视外部又重视内部；既重视国土又重视国民；"
            "既重视传统又重视非传统；既重视自身又重视共同",
            [
                (
                    "五大要素：____，____，____，____，____（5项）",
                    [
                        "以人民安全为宗旨",
                        "以政治安全为根本",
                        "以经济安全为基础",
                        "以军事安全为保障",
                        "以国际安全为依托",
                    ],
                ),
                (
                    "五对关系：____；____；____；____；____（5项）",
                    [
                        "既重视发展又重视安全",
                        "既重视外部又重视内部",
                        "既重视国土又重视国民",
                        "既重视传统又重视非传统",
                        "既重视自身又重视共同",
                    ],
                ),
            ],
        ),
        # a longer list whose one item more is words of the concept's name (毫不动摇 of 两个毫不动摇)
        # reads the naming as a member: it is the concept's list, asking the members only
        (
            "一是深化国企改革。坚持和落实“两个毫不动摇”，统筹推进改革。毫不动摇巩固和发展公有制经济，深化分类改革。"
            "毫不动摇鼓励、支持、引导非公有制经济发展，依法保护产权。\n二是健全体制机制。要健全机制。",
            [
                ("本文的2个部分", ["深化国企改革", "健全体制机制"]),
                (
                    "坚持和落实“两个毫不动摇”（2项）",
                    ["毫不动摇巩固和发展公有制经济", "毫不动摇鼓励、支持、引导非公有制经济发展"],
                ),
            ],
        ),
    ],
)
def test_the_list_that_asks_the_members_is_the_concepts(
    text: str, lists: list[tuple[str, list[str]]]
) -> None:
    assert _all_lists(text) == lists


def test_the_lines_after_a_naming_in_a_marked_item_are_its_siblings() -> None:
    text = (
        "着重强化了以下几方面内容：\n（1）严肃处理搞“伪忠诚”、做“两面人”等问题；\n"
        "（2）对搞团团伙伙、拉帮结派等行为加大惩处力度；\n（3）严肃整治形式主义、官僚主义；"
    )
    assert _term_lists(text) == []


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a series right before the noun, in the paragraph before the naming (…颠覆性技术创新; …等战略性产业)
        (
            "要求加强关键共性技术、前沿引领技术、现代工程技术、颠覆性技术创新，"
            "完善新一代信息技术、人工智能、航空航天、新能源等战略性产业发展政策。\n"
            "考点提示：注意区分“四类技术创新”与“4大战略性产业”，前者常考填空。",
            [
                (
                    "要求加强____、____、____、____创新（“四类技术创新”，4项）",
                    ["关键共性技术", "前沿引领技术", "现代工程技术", "颠覆性技术"],
                ),
                (
                    "完善____、____、____、____等战略性产业发展政策（“4大战略性产业”，4项）",
                    ["新一代信息技术", "人工智能", "航空航天", "新能源"],
                ),
            ],
        ),
        # members introduced after the noun, paragraphs before the naming; the prompt keeps its bracket whole
        (
            "本质要求（五条，考填空）：坚持党的领导，实现高质量发展，发展人民民主，实现共同富裕，创造文明新形态。\n"
            "笔记一\n笔记二\n笔记三\n笔记四\n“五条本质要求”回答的是“要达到什么”。",
            [
                (
                    "本质要求（五条，考填空）：____，____，____，____，____（“五条本质要求”，5项）",
                    ["坚持党的领导", "实现高质量发展", "发展人民民主", "实现共同富裕", "创造文明新形态"],
                ),
            ],
        ),
        # the noun opening a member of another series (维护稳定) is no series' noun
        ("各级政府要善于运用法治思维推动发展、化解矛盾、维护稳定。\n坚决做到“两个维护”，落实决策部署。", []),
        # nor is a noun that labels one member (分论点一：) or whose "members" name the concept again
        ("分论点一：以保护为前提，守住根与魂\n3. 分论点：三个分论点句式统一，均采用排比，要以……为……。", []),
        # a series whose members each say the noun inside them: the last goes on past it as they do
        (
            "发展教育必须坚持优先发展，做到经费投入上优先保障、师资配置上优先考虑、校舍建设上优先安排，"
            "把“三个优先”落到实处。",
            [
                (
                    "发展教育必须坚持优先发展，做到____、____、____（“三个优先”，3项）",
                    ["经费投入上优先保障", "师资配置上优先考虑", "校舍建设上优先安排"],
                )
            ],
        ),
    ],
)
def test_members_where_the_text_says_the_concepts_noun(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _all_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # the topic sentences of the paragraphs after the naming, other paragraphs between them, up to
        # the naming again
        (
            "新征程上，必须做到三个“始终”。\n始终把政治建设摆在首位。政治建设是根本性建设。\n"
            "社区食堂开张了。\n始终坚持人民至上。江山就是人民。\n老人们排起了队。\n"
            "始终以钉钉子精神抓落实。一分部署，九分落实。\n三个“始终”相互贯通。\n始终如一。",
            [
                (
                    "必须做到三个“始终”",
                    ["始终把政治建设摆在首位", "始终坚持人民至上", "始终以钉钉子精神抓落实"],
                )
            ],
        ),
        # a paragraph that the word and a number label open with: what follows the label
        (
            "这三个维度正好构成文章的三个分论点。\n分论点一：以保护为前提，守住根与魂\n"
            "分论点二：以创新为动力，激发新与活\n分论点三：以人民为中心，彰显暖与实",
            [("这三个维度正好构成文章的三个分论点", ["以保护为前提", "以创新为动力", "以人民为中心"])],
        ),
        # more paragraphs that open with the word than the count: another set
        (
            "必须做到两个“始终”。\n社区食堂开张了。\n始终坚持甲。\n老人们排起了队。\n始终坚持乙。\n始终坚持丙。",
            [],
        ),
    ],
)
def test_members_opening_the_paragraphs_after(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a concept of paired words (三进三联) with a member a line that says both
        (
            "在具体做法上，全市法院探索形成了“三进三联”工作法：\n法官进网格，与网格员联动排查；\n"
            "法官进调委会，与人民调解员联动化解；\n法官进行业协会，与行业组织联动治理。\n诉源治理成效明显。",
            [("全市法院探索形成了“三进三联”工作法", ["法官进网格", "法官进调委会", "法官进行业协会"])],
        ),
        # …and six lines' words when they say the words in order
        (
            "屋场夜话坚持“三讲三听”：\n讲政策、讲变化、讲发展\n听意见、听诉求、听建议\n去年以来共收集意见建议460余条。",
            [("屋场夜话坚持“三讲三听”", ["讲政策", "讲变化", "讲发展", "听意见", "听诉求", "听建议"])],
        ),
        # an abbreviated concept's members are the clauses that say its word (问…于民), not the questions
        (
            "我市推行“四问于民”工作法：改不改，问需于民；改什么，问计于民；怎么改，问策于民；改得好不好，问效于民。",
            [("我市推行“四问于民”工作法", ["问需于民", "问计于民", "问策于民", "问效于民"])],
        ),
    ],
)
def test_members_of_abbreviated_concepts(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a name made of its members' initials, numbers of magnitude, defined by a colon or = …
        (
            "名词解释：千万工程：指浙江省2003年启动的“千村示范、万村整治”工程。",
            [("千万工程：指浙江省2003年启动的“……”工程", ["千村示范", "万村整治"])],
        ),
        # …with no quote in the line at all
        ("千万工程：指千村示范、万村整治。", [("千万工程：指……", ["千村示范", "万村整治"])]),
        ("千万工程=千村示范、万村整治。", [("千万工程：……", ["千村示范", "万村整治"])]),
        (
            "“千万工程”=“千村示范、万村整治”，不是“千村万户”。",
            [("“千万工程”：“……”", ["千村示范", "万村整治"])],
        ),
        (
            "推进“百千万工程”。\n目标是百县争先、千镇竞发、万村振兴。",
            [("推进“百千万工程”", ["百县争先", "千镇竞发", "万村振兴"])],
        ),
        # …spelled out a few paragraphs from the naming
        (
            "学习运用“千万工程”经验。\n2003年，浙江启动“千村示范、万村整治”工程。",
            [("学习运用“千万工程”经验", ["千村示范", "万村整治"])],
        ),
        # not spelled out, or 千万 the adverb, or a series of more words: no concept
        ("要深入学习运用“千万工程”经验，千万不能照搬照抄。", []),
        ("“千万工程”是一项民心工程：千家万户都受益。", []),
        ("“千万工程”的做法：千村示范、万村整治、百村提升。", []),
        # …nor a run of idioms that open with the initials
        ("深入学习“千万工程”经验，我们要千方百计、万众一心，把乡村建设好。", []),
        ("我们要千方百计、万众一心推进“千万工程”，让乡村更美。", []),
        ("要学习运用“千万工程”经验。群众的事千头万绪，我们要千方百计、万无一失地办好。", []),
        ("省里深入实施“百千万工程”，全省呈现出百花齐放、千帆竞发、万马奔腾的生动局面。", []),
    ],
)
def test_members_named_by_their_initials(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


def test_initials_name_opening_the_text_before_a_closing_quote_starts_at_the_text() -> None:
    # 千万工程” with its opening quote a line above: the name starts at 0, not one before it
    names = names_in("千万工程”是浙江的经验。")
    assert [(n.term, n.start, n.end) for n in names] == [("千万工程", 0, 4)]


def test_members_on_markdown_items_without_their_sub_items_and_notes() -> None:
    paragraphs = [
        Paragraph(1, "二、怎么干的：三个阶段", heading=3),
        Paragraph(2, "1. 示范引领（2003—2007）", bullet=1),
        Paragraph(3, "以垃圾收集为重点", bullet=2),
        Paragraph(4, "2. 整体推进（2008—2012）", bullet=1),
        Paragraph(5, "整治内容拓展到农房改造", bullet=2),
        Paragraph(6, "3. 深化提升（2013至今）", bullet=1),
        Paragraph(7, "攻坚生活污水治理", bullet=2),
        Paragraph(8, "一句话记忆：一张蓝图绘到底"),
    ]
    assert [(t.term, t.members) for t in find_terms(paragraphs)] == [
        ("三个阶段", ["示范引领", "整体推进", "深化提升"])
    ]


_DISTINGUISH = (
    "4 、把握“三个区分开来”\n《条例》把“三个区分开来”写入总则，明确提出要把干部在推进改革中出现的失误错误，"
    "同明知故犯的违纪违法行为区分开来；把尚无明确限制的试验中的失误错误，同明令禁止后依然我行我素的违纪违法行为"
    "区分开来；把为推动发展的无意过失，同为谋取私利的违纪违法行为区分开来。这为干部撑腰鼓劲。\n三、以实际行动推动落地"
)
_DISTINGUISHED = [
    "把干部在推进改革中出现的失误错误",
    "把尚无明确限制的试验中的失误错误",
    "把为推动发展的无意过失",
]


def test_members_are_the_opening_clauses_of_sentences_that_end_with_the_word() -> None:
    assert _term_lists(_DISTINGUISH) == [("《条例》把“三个区分开来”写入总则", _DISTINGUISHED)]


def test_a_concepts_list_asks_its_member_for_an_item_that_is_none_of_them() -> None:
    paragraphs = _paragraphs(_DISTINGUISH)
    found = Card(
        type="list",
        prompt="……同为谋取私利的违纪违法行为区分开来",
        items=["《条例》把“三个区分开来”写入总则", *_DISTINGUISHED[1:]],
        origin=Origin(line=2),
    )
    EXTRACTORS["terms"](paragraphs, "标题", [found])
    assert found.items == _DISTINGUISHED


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # the subject of a clause that names it together with others (X：与A、B并称…)
        (
            "●“平急两用”：与保障性住房建设、城中村改造并称“三大工程”。",
            [("并称“三大工程”", ["平急两用", "保障性住房建设", "城中村改造"])],
        ),
        # a series quoted in the naming's own clause
        (
            "解析：第4点中“教育、科技、人才”要与二十大“三位一体”部署呼应。",
            [("第4点中“……”要与二十大“三位一体”部署呼应", ["教育", "科技", "人才"])],
        ),
        # the stages of a way, each saying the concept's word
        (
            "年轻干部大多是从家门到校门再到机关门的“三门”干部，缺乏基层历练。",
            [("年轻干部大多是“三门”干部", ["家门", "校门", "机关门"])],
        ),
        # …not stages that do not say it
        ("从北京到上海再到广州的“三城”联动，效果明显。", []),
    ],
)
def test_members_named_together_quoted_beside_or_on_the_way(
    text: str, lists: list[tuple[str, list[str]]]
) -> None:
    assert _term_lists(text) == lists


def test_the_naming_that_announces_a_list_asks_it() -> None:
    points = [
        "大力推进科技创新",
        "以科技创新推动产业创新",
        "着力推进发展方式创新",
        "扎实推进体制机制创新",
        "深化人才工作机制创新",
    ]
    paragraphs = [
        Paragraph(1, "系统阐述：定义、内涵、五方面要求。"),
        Paragraph(2, "四、怎么干（2024.1.31 五方面要求）", heading=2),
        *(Paragraph(3 + i, f"第{'一二三四五'[i]}，{point}") for i, point in enumerate(points)),
    ]
    lists = [(c.prompt, c.items) for c in extract_cards(paragraphs, "标题", "doc") if c.type == "list"]
    assert lists == [("怎么干2024.1.31 五方面要求（5项）", points)]


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # an abbreviation by the character its members open with, written out paragraphs before
        (
            "1.深入开展应急科普宣传“进企业、进农村、进社区、进学校、进家庭”活动。\n2.推动示范社区创建。\n"
            "3.加强应急演练。\n9.开展应急科普宣传“五进”活动。",
            [("开展应急科普宣传“五进”活动", ["进企业", "进农村", "进社区", "进学校", "进家庭"])],
        ),
        # …not a series that has more of them
        ("推动理论宣讲进楼宇、进园区、进网络、进社区。\n开展“三进”活动。", []),
        # by the character its members end with, words of two characters nearby
        (
            "第三，推进“四治融合”。以自治激发活力、以法治定分止争，推动自治、法治、德治、智治相互支撑。",
            [("推进“四治融合”", ["自治", "法治", "德治", "智治"])],
        ),
        (
            "青年干部要增强脚力、眼力、脑力、笔力。\n在“四力”上下功夫，才能成长。",
            [("在“四力”上下功夫", ["脚力", "眼力", "脑力", "笔力"])],
        ),
        # …not part of a longer series, nor far from the naming (words that end alike are common)
        ("坚持政治、自治、法治、德治、智治协同发力。\n推动“三治融合”。", []),
        ("要增强脚力、眼力、脑力、笔力。\n第二段。\n第三段。\n第四段。\n第五段。\n提升新闻舆论“四力”。", []),
    ],
)
def test_members_of_an_abbreviation_written_out_elsewhere(
    text: str, lists: list[tuple[str, list[str]]]
) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a 既…，又… pair is one member
        (
            "具体体现为“两对关系”：\n既重视发展问题，又重视安全问题；\n既重视外部安全，又重视内部安全。",
            [("具体体现为“两对关系”", ["既重视发展问题，又重视安全问题", "既重视外部安全，又重视内部安全"])],
        ),
        # a sentence of a few words that opens a member titles it
        (
            "对此，我市重点抓了三件事：\n一是建组织。在改造小区推行协同机制。\n二是引物业。对无物业的小区兜底。\n"
            "三是立规约。指导每个小区制定居民公约。",
            [("我市重点抓了三件事", ["建组织", "引物业", "立规约"])],
        ),
    ],
)
def test_members_paired_or_titled(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


def test_a_concepts_list_asks_the_whole_of_a_paired_member() -> None:
    text = "具体体现为“两对关系”：\n既重视发展问题，又重视安全问题；\n既重视外部安全，又重视内部安全。"
    found = Card(
        type="list",
        prompt="具体体现为“两对关系”",
        items=["既重视发展问题", "既重视外部安全"],
        origin=Origin(line=2),
    )
    EXTRACTORS["terms"](_paragraphs(text), "标题", [found])
    assert found.items == ["既重视发展问题，又重视安全问题", "既重视外部安全，又重视内部安全"]


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a label defined with an equals sign, as notes do, spells the concept out; a list the concept
        # is tied to names it, though its name alone names no concept (三劳)
        (
            "内涵：以劳动者、劳动资料、劳动对象及其优化组合的跃升为基本内涵。\n口诀：三高一新，三生三劳\n"
            "三劳 = 劳动者、劳动资料、劳动对象",
            [
                (
                    "以____、____、____及其优化组合的跃升为基本内涵（“三劳”，3项）",
                    ["劳动者", "劳动资料", "劳动对象"],
                )
            ],
        ),
        # of two lists that ask the same members, one card stays: the first, which the concept
        # names (the series in its sentence: …高质量|特征)
        (
            "新质生产力具有高科技、高效能、高质量特征，是先进生产力质态。\n要点如下：\n1. 定义：先进生产力质态\n"
            "2. 特征：“三高”，即高科技、高效能、高质量\n3. 标志：全要素生产率大幅提升",
            [
                ("新质生产力具有____、____、____特征（“三高”，3项）", ["高科技", "高效能", "高质量"]),
                ("标题：要点如下（3项）", ["先进生产力质态", "三高", "全要素生产率大幅提升"]),
            ],
        ),
        # a series its finder's clause names by a name that needs its members (三条线) is a named set
        (
            "“三线一单”的三条线是红线、底线、上线；“三区三线”的三条线是生态保护红线、永久基本农田、城镇开发边界，别混！",
            [
                ("“三线一单”的三条线是____、____、____（3项）", ["红线", "底线", "上线"]),
                (
                    "“三区三线”的三条线是____、____、____（3项）",
                    ["生态保护红线", "永久基本农田", "城镇开发边界"],
                ),
            ],
        ),
    ],
)
def test_a_concepts_list_is_the_one_at_its_naming(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _all_lists(text) == lists


def test_a_question_that_names_a_set_announces_the_answers_list() -> None:
    text = (
        "6. 报告部署的三个方面重点任务中，排在第一位的是（）。\nA. 扩大内需 B. 深化改革 C. 科技创新\n"
        "解析：三项任务依次为：\n①大力推进科技创新；\n②着力扩大国内需求；\n③坚定不移深化改革。"
    )
    assert _all_lists(text) == [
        (
            "三项任务依次为；报告部署的三个方面重点任务中（3项）",
            ["大力推进科技创新", "着力扩大国内需求", "坚定不移深化改革"],
        )
    ]


def test_a_pair_named_by_shuang_before_a_colon() -> None:
    text = "双碳目标：二氧化碳排放力争于2030年前达到峰值，努力争取2060年前实现碳中和。2020年9月宣布。"
    assert _term_lists(text) == [
        ("双碳目标", ["二氧化碳排放力争于2030年前达到峰值", "努力争取2060年前实现碳中和"])
    ]


def test_an_abbreviation_by_last_characters_takes_the_subjects_of_the_clauses_after() -> None:
    text = (
        "坚持把“三会一课”作为党支部建设的基本制度，规定支部党员大会每季度至少召开1次，支部委员会每月至少召开1次，"
        "党小组会每月至少召开1次，党课每季度至少讲1次。"
    )
    assert _term_lists(text) == [("坚持把“三会一课”", ["支部党员大会", "支部委员会", "党小组会", "党课"])]


def test_a_list_after_the_naming_that_asks_none_of_the_members_is_not_the_concepts() -> None:
    paragraphs = [
        Paragraph(1, "三类产业（表格背）", heading=3),
        Paragraph(2, "类别：怎么做；举例"),
        Paragraph(3, "传统产业：改造提升；钢铁、有色、石化；数字化改造"),
        Paragraph(4, "新兴产业：培育壮大；新能源、新材料；生物技术"),
        Paragraph(5, "未来产业：布局建设；未来制造、未来信息；未来能源"),
    ]
    lists = [(c.prompt, c.items) for c in extract_cards(paragraphs, "标题", "doc") if c.type == "list"]
    assert ("三类产业（表格背）：三类产业（3项）", ["传统产业", "新兴产业", "未来产业"]) in lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a count at the last member's end that counts the run names the group, no part of the member
        (
            "守住两条红线，就是守住确保耕地面积、防止生态退化这两条红线，任何时候都不能松懈。",
            [("守住两条红线", ["守住确保耕地面积", "防止生态退化"])],
        ),
        # quotations joined by 与 before the name: each one a member
        (
            "两篇文章都围绕“基层减负”与“干部担当”两条主线展开。",
            [("两篇文章都围绕两条主线展开", ["基层减负", "干部担当"])],
        ),
        # a quotation that closes the last member is not cut to its siblings' length
        (
            "要少开会。压缩会议、精简文件、整治“指尖上的形式主义”，这三件事做好了，干部就能腾出手来。",
            [("这三件事做好了", ["压缩会议", "精简文件", "整治“指尖上的形式主义”"])],
        ),
        # a heading that names the concept, then a line that names it again and introduces the lines
        (
            "2.1 三个“重大变化”\n这几年治理工作实现了三个重大变化，原文如下：\n由被动应对到主动作为的重大变化\n"
            "由单点整治到系统治理的重大变化\n由经验管理到数据治理的重大变化\n2.2 其他",
            [
                (
                    "这几年治理工作实现了三个重大变化",
                    [
                        "由被动应对到主动作为的重大变化",
                        "由单点整治到系统治理的重大变化",
                        "由经验管理到数据治理的重大变化",
                    ],
                )
            ],
        ),
    ],
)
def test_members_cut_where_the_set_is_named(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


def test_a_count_after_the_members_of_a_part_names_that_part() -> None:
    text = "“三园三带”：指产业园、科技园、创业园三类园区，以及沿江带、沿河带、沿路带三条发展带。"
    assert _term_lists(text)[0] == (
        "“三园三带”",
        ["指产业园", "科技园", "创业园", "以及沿江带", "沿河带", "沿路带"],
    )


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # straight quotes around the concept's word, as notes are typed
        (
            '归纳成三个"如何做到"：如何做到学思结合；如何做到知行统一；如何做到善作善成。',
            [('归纳成三个"如何做到"', ["如何做到学思结合", "如何做到知行统一", "如何做到善作善成"])],
        ),
        # a bracketed note right after a sentence names what the sentence says
        (
            "总体要求：以安全为前提，以发展为目标，以改革为动力。（三个“以”要连着背）",
            [("三个“以”要连着背", ["以安全为前提", "以发展为目标", "以改革为动力"])],
        ),
        # members that open with the concept's word, a sentence wrapped mid-word onto the next line:
        # cut where the word opens them, across the break
        (
            "归纳成四个“如何始终”：如何始终不忘初心、牢记使命；如何始终统一思想、统一意志、统一行动；如何始终保持干事创业精\n"
            "神状态；如何始终保持风清气正。\n下一段。",
            [
                (
                    "归纳成四个“如何始终”",
                    [
                        "如何始终不忘初心、牢记使命",
                        "如何始终统一思想、统一意志、统一行动",
                        "如何始终保持干事创业精神状态",
                        "如何始终保持风清气正",
                    ],
                )
            ],
        ),
    ],
)
def test_notes_quotes_and_wrapped_lines(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # the sentences after a naming that ends its sentence, as many as the count, open alike (as
        # markers would): their opening clauses are the members, of a count in figures too
        (
            "推进明年工作，要在 4 个方面用力。必须坚持稳中求进，把握大局。必须坚持改革开放，激发活力。"
            "必须坚持创新驱动，培育动能。必须坚持底线思维，守牢安全。",
            [
                (
                    "推进明年工作，要在 4 个方面用力",
                    ["必须坚持稳中求进", "必须坚持改革开放", "必须坚持创新驱动", "必须坚持底线思维"],
                )
            ],
        ),
        (
            "抓好春耕要把住三道关。要把住种子关，严查假劣。要把住农资关，稳定价格。要把住技术关，送教到田。",
            [("抓好春耕要把住三道关", ["种子关", "农资关", "技术关"])],
        ),
        # …not more sentences opening so than the count, another set
        (
            "推进明年工作，要在三个方面用力。必须坚持稳中求进，把握大局。必须坚持改革开放，激发活力。"
            "必须坚持创新驱动，培育动能。必须坚持底线思维，守牢安全。",
            [],
        ),
        # …nor sentences opening with who speaks or what is spoken of, nor a verb that frames a remark,
        # nor a naming with more of its sentence after it
        ("今年要办好3件实事。我们看到群众期盼很多。我们也看到财力有限。我们还看到时间紧迫。", []),
        ("会上，他提出了两点意见。大家认为很有道理。大家表示坚决拥护。", []),
        ("调研组走访了三个村。村里道路已经硬化。村里建起了文化广场。村里还开了电商服务站。", []),
        (
            "今年我们办成了三件大事。要看到成绩来之不易，离不开共同努力。要看到困难依然不少，风险增多。"
            "要看到群众期盼更高，任务繁重。",
            [],
        ),
        (
            "今年要办好3件实事，主要有以下考虑。必须量力而行。必须尽力而为。必须问需于民。",
            [],
        ),
    ],
)
def test_sentences_opening_alike_after_a_naming(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a concept of paired words whose members each say both (…多、…少): three pairs, not six words
        (
            "调研发现，一些单位仍有“三多三少”：开会多、落实少，发文多、督办少，留痕多、实效少。",
            [("一些单位仍有“三多三少”", ["开会多、落实少", "发文多、督办少", "留痕多、实效少"])],
        ),
        # a pair said over two clauses (…的多，…的少) is one member, kept whole
        (
            "我们的学习存在“三多三少”：听讲的多，发言的少；摘抄的多，思考的少；泛读的多，精读的少。",
            [
                (
                    "我们的学习存在“三多三少”",
                    ["听讲的多，发言的少", "摘抄的多，思考的少", "泛读的多，精读的少"],
                )
            ],
        ),
        # words counted alike, each said by three members in a row, stay six members
        (
            "驻村干部坚持“三访三问”：访农户、访企业、访学校，问民生、问发展、问治理。",
            [("驻村干部坚持“三访三问”", ["访农户", "访企业", "访学校", "问民生", "问发展", "问治理"])],
        ),
        # a concept of things to do more of: paragraphs that each open with 多 as a word of its own
        (
            "面对新同事，我会努力做到“三多”。\n多请教。前辈熟悉情况，我虚心求教。\n"
            "多沟通。布置前先讲清背景。\n多补位。有困难时主动分担。\n同时向科长汇报进展。",
            [("我会努力做到“三多”", ["多请教", "多沟通", "多补位"])],
        ),
        # …not paragraphs that open with words of the dictionary that open with 多 (多数, 多年)
        (
            "基层反映“四多”问题突出。\n多数干部疲于应付。\n多头检查依然存在。\n多年积累的问题未解决。\n多方协调不畅。",
            [],
        ),
    ],
)
def test_paired_words_counted_alike(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a quotation whose clauses open with the concept's word, then 这就是…: the run that says the
        # word, not the last clauses of the quotation
        (
            "会议强调：“全体干部务必心系群众、服务群众，务必实事求是、真抓实干，务必廉洁自律、干净干事，"
            "为全县发展作出新贡献。”这就是我们要求的“三个务必”。",
            [
                (
                    "这就是我们要求的“三个务必”",
                    ["务必心系群众、服务群众", "务必实事求是、真抓实干", "务必廉洁自律、干净干事"],
                )
            ],
        ),
        # two clauses that say the word before others that do not, the naming pointing back to both sets
        (
            "要坚持依法行政、阳光用权，坚持问需于民、问计于民，推动从事后处置向事前预防转变，"
            "从单一部门向多方协同转变。这“两个坚持、两个转变”是根本遵循。",
            [
                ("这两个坚持", ["坚持依法行政、阳光用权", "坚持问需于民、问计于民"]),
                ("这两个转变是根本遵循", ["从事后处置向事前预防转变", "从单一部门向多方协同转变"]),
            ],
        ),
        # lines before a naming that opens its paragraph, each opening with the concept's word
        (
            "几年来的实践使我们体会到：\n——必须坚持党建引领，凝聚发展合力；\n——必须坚持项目为王，夯实发展基础；\n"
            "——必须坚持民生优先，共享发展成果。\n这 3 个必须，要长期坚持。",
            [("这 3 个必须", ["必须坚持党建引领", "必须坚持项目为王", "必须坚持民生优先"])],
        ),
    ],
)
def test_members_pointed_back_by_their_word(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a pair by 双, quoted, after the two words joined by 和 and what they achieve
        (
            "今年全市交通事故起数和受伤人数实现“双下降”。",
            [("今年全市实现“双下降”", ["交通事故起数", "受伤人数"])],
        ),
        # the pair right before it, its first word without the verb of the clause
        (
            "坚持内需和外需“双轮驱动”，稳住经济大盘。",
            [("坚持“双轮驱动”", ["内需", "外需"])],
        ),
        # the verb that governs the pair is neither word's, however near that leaves the lengths
        (
            "聚焦重点，推动农民收入和农村集体经济“双增长”。",
            [("聚焦重点，推动“双增长”", ["农民收入", "农村集体经济"])],
        ),
        # …and only the clause's first verb: one after it opens the first word (保护生态, 减税降费)
        (
            "坚持保护生态和经济效益“双赢”。",
            [("坚持“双赢”", ["保护生态", "经济效益"])],
        ),
        (
            "推进减税降费和市场活力“双提升”。",
            [("推进“双提升”", ["减税降费", "市场活力"])],
        ),
        (
            "推动创新驱动和产业升级“双轮驱动”。",
            [("推动“双轮驱动”", ["创新驱动", "产业升级"])],
        ),
        # …but a second word that opens with a verb of its own keeps the first's
        (
            "全年实现优化营商环境和提升服务效能“双提升”。",
            [("全年实现“双提升”", ["优化营商环境", "提升服务效能"])],
        ),
        # a pair by 双 right after a quotation of its two words
        ("推行“河长+湖长”双长制。", [("推行双长制", ["河长", "湖长"])]),
        # where the second word goes on to a place (到社区), what the pair is is unclear: none
        ("组织机关党组织和在职党员到社区“双报到”。", []),
        # concepts side by side (“双随机、一公开”) are no members of one of them
        ("全面推行“双随机、一公开”监管，抽查结果在“双随机”抽查中公开。", []),
    ],
)
def test_pairs_named_by_shuang(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


def test_an_abbreviation_of_two_words_by_the_words_its_members_end_with() -> None:
    # 四议两公开: four members ending with 议, two with 公开, later in the naming's sentence; a member
    # cut to its siblings' length keeps its ending, a quoted word inside a member is no naming, and
    # the first is what 由 governs
    text = (
        "推行“四议两公开”工作法，社区重大事项一律由居民小组提议、社区“两委”会议商议、党员大会审议、"
        "居民会议或者居民代表会议决议，决议公开、办理结果公开。"
    )
    assert _term_lists(text) == [
        (
            "推行“四议两公开”工作法",
            [
                "居民小组提议",
                "社区“两委”会议商议",
                "党员大会审议",
                "居民会议或者居民代表会议决议",
                "决议公开",
                "办理结果公开",
            ],
        )
    ]


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a double dash after the name introduces the members…
        (
            "统筹推进“五位一体”总体布局，协调推进“四个全面”——全面建设社会主义现代化国家、全面深化改革、"
            "全面依法治国、全面从严治党。",
            [
                (
                    "协调推进“四个全面”",
                    ["全面建设社会主义现代化国家", "全面深化改革", "全面依法治国", "全面从严治党"],
                )
            ],
        ),
        (
            "另外“三水统筹”——水资源、水环境、水生态，记住顺序。",
            [("“三水统筹”", ["水资源", "水环境", "水生态"])],
        ),
        # …and a second dash closes them; a name of several counts takes a group for each count
        (
            "“两不愁三保障”——不愁吃、不愁穿，义务教育、基本医疗、住房安全有保障——这是基本标准。",
            [("“两不愁三保障”", ["不愁吃", "不愁穿", "义务教育", "基本医疗", "住房安全有保障"])],
        ),
        (
            "开展“三清一改”行动，即清理生活垃圾、清理村内沟渠、清理畜禽粪污等生产废弃物，改变不良卫生习惯。",
            [
                (
                    "开展“三清一改”行动",
                    ["清理生活垃圾", "清理村内沟渠", "清理畜禽粪污等生产废弃物", "改变不良卫生习惯"],
                )
            ],
        ),
        # …not where a word of a group may hold two members, and the clause after is no member
        (
            "落实“三会一课”制度，即支部党员大会、支部委员会、党小组会和党课，推动书记每年讲党课。",
            [("落实“三会一课”制度", ["支部党员大会", "支部委员会", "党小组会", "党课"])],
        ),
        # a remark after a dash is no set
        ("“两个确立”“两个维护”——课本里都有，不用展开", []),
        # the number of the next item glued to the last member is no part of it
        (
            "监督执纪“四种形态”——第一种形态，经常开展批评；第二种形态，轻处分成为大多数；第三种形态，"
            "重处分成为少数；第四种形态，立案审查成为极少数36.一体推进“三不腐”",
            [
                (
                    "监督执纪“四种形态”",
                    ["经常开展批评", "轻处分成为大多数", "重处分成为少数", "立案审查成为极少数"],
                )
            ],
        ),
    ],
)
def test_members_after_a_dash_and_in_groups(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # an abbreviation by the two characters that frame each member, written out nearby
        (
            "各单位要一体推进“三不腐”。不敢腐、不能腐、不想腐是一个有机整体。",
            [("各单位要一体推进“三不腐”", ["不敢腐", "不能腐", "不想腐"])],
        ),
        # a name that opens the sentence after its members (no 这 points back)
        (
            "会议要求，全体党员务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于斗争、善于斗争。"
            "“三个务必”是党的号召。",
            [("“三个务必”", ["务必不忘初心、牢记使命", "务必谦虚谨慎、艰苦奋斗", "务必敢于斗争、善于斗争"])],
        ),
        (
            "要把马克思主义基本原理同中国具体实际、同中华优秀传统文化相结合。“两个结合”是最大法宝。",
            [("“两个结合”", ["同中国具体实际", "同中华优秀传统文化相结合"])],
        ),
        # …not a sentence whose words neither say the name's word nor open alike
        ("今年完成了改造任务、安置任务。“两个确保”是重点。", []),
        # the stages of a way in the clause before or after the naming
        (
            "不少干部从家门到校门再到机关门，“三门干部”缺乏基层历练。",
            [("“三门干部”缺乏基层历练", ["家门", "校门", "机关门"])],
        ),
        (
            "年轻干部大多是“三门干部”，从家门到校门再到机关门，缺少历练。",
            [("年轻干部大多是“三门干部”", ["家门", "校门", "机关门"])],
        ),
        # …after a dash, or after the noun the quoted name qualifies; the last stage ends as the others
        (
            "现在不少年轻干部是“三门干部”——从家门到校门再到机关门，缺少实践历练。",
            [("现在不少年轻干部是“三门干部”", ["家门", "校门", "机关门"])],
        ),
        (
            "青年干部大多是“三门”干部，从家门到校门再到机关门，缺乏基层历练。",
            [("青年干部大多是“三门”干部", ["家门", "校门", "机关门"])],
        ),
        (
            "要解决“三门”问题，从家门到校门再到机关门都要管。",
            [("要解决“三门”问题", ["家门", "校门", "机关门"])],
        ),
        # not a way of other stages than the count, nor one after a longer clause
        ("要开展“三进”活动——从社区到企业再到学校，层层推进。", []),
        ("青年干部大多是“三门”干部队伍出身，从家门到校门再到机关门。", []),
        # a pair written together right before its name, two words that open alike
        ("要善用线上线下两个阵地，推进宣讲。", [("要善用两个阵地", ["线上", "线下"])]),
        ("坚决做到两个维护，不折不扣。", []),
    ],
)
def test_members_framed_stated_before_or_glued(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # the paragraphs after the last sentence of a paragraph that names the concept open with its word
        (
            "我局聚焦“四个强化”，推动工作取得新进展。\n强化组织保障。成立领导小组。\n强化政策落实。整合涉农资金。\n"
            "强化项目支撑。实施一批项目。\n强化督查考核。严肃问责。",
            [("我局聚焦“四个强化”", ["强化组织保障", "强化政策落实", "强化项目支撑", "强化督查考核"])],
        ),
        # a heading, then a paragraph whose sentences after its first are marked
        (
            "04 五个重大原则\n前进道路上必须把握的重大原则有五个。第一是坚持党的全面领导；第二是坚持中国特色社会主义道路；"
            "第三是坚持以人民为中心；第四是坚持深化改革开放；第五是坚持发扬斗争精神。",
            [
                (
                    "04 五个重大原则",
                    [
                        "坚持党的全面领导",
                        "坚持中国特色社会主义道路",
                        "坚持以人民为中心",
                        "坚持深化改革开放",
                        "坚持发扬斗争精神",
                    ],
                )
            ],
        ),
        # a heading with a note in brackets after its name still ends with the name
        (
            "4. 怎么发展——五条路径（课上总结，不是原文顺序）\n第一，大力推进科技创新。打好攻坚战。\n"
            "第二，以科技创新推动产业创新。改造传统产业。\n第三，着力推进发展方式创新。加快绿色转型。\n"
            "第四，扎实推进体制机制创新。深化改革。\n第五，深化人才工作机制创新。培养人才。",
            [
                (
                    "怎么发展——五条路径",
                    [
                        "大力推进科技创新",
                        "以科技创新推动产业创新",
                        "着力推进发展方式创新",
                        "扎实推进体制机制创新",
                        "深化人才工作机制创新",
                    ],
                )
            ],
        ),
        # sentences that say the word after a colon on the next line
        (
            "六个必须坚持（世界观和方法论）\n我按原文抄：必须坚持人民至上。必须坚持自信自立。必须坚持守正创新。"
            "必须坚持问题导向。必须坚持系统观念。必须坚持胸怀天下。",
            [
                (
                    "六个必须坚持",
                    [
                        "必须坚持人民至上",
                        "必须坚持自信自立",
                        "必须坚持守正创新",
                        "必须坚持问题导向",
                        "必须坚持系统观念",
                        "必须坚持胸怀天下",
                    ],
                )
            ],
        ),
        # …not what a colon after another concept's name introduces
        (
            "要做到“两个维护”。\n三要严守纪律。做到“五个必须”：必须维护党中央权威，必须维护党的团结，必须遵循组织程序，"
            "必须服从组织决定，必须管好亲属。",
            [
                (
                    "做到“五个必须”",
                    [
                        "必须维护党中央权威",
                        "必须维护党的团结",
                        "必须遵循组织程序",
                        "必须服从组织决定",
                        "必须管好亲属",
                    ],
                )
            ],
        ),
        # a label line (参考答案：) between a question and the lines that answer it
        (
            "13. 简述生态文明建设的“四个重大转变”。\n参考答案：\n由重点整治到系统治理的重大转变\n由被动应对到主动作为的重大转变\n"
            "由参与者到引领者的重大转变\n由实践探索到科学理论指导的重大转变",
            [
                (
                    "简述生态文明建设的“四个重大转变”",
                    [
                        "由重点整治到系统治理的重大转变",
                        "由被动应对到主动作为的重大转变",
                        "由参与者到引领者的重大转变",
                        "由实践探索到科学理论指导的重大转变",
                    ],
                )
            ],
        ),
    ],
)
def test_members_on_the_paragraphs_after_a_naming(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a count of members that each say “one of” (一批, 一): the count is the first number
        (
            "扎实开展项目“三个一批”（签约一批、开工一批、投产一批）活动。",
            [("扎实开展项目“三个一批”", ["签约一批", "开工一批", "投产一批"])],
        ),
        (
            "走访中做到“三个一”：填一张问题清单，留一张联系卡，建一个服务群。",
            [("走访中做到“三个一”", ["填一张问题清单", "留一张联系卡", "建一个服务群"])],
        ),
        # kinds of people (人才, 人员) are no count of people (3个人)
        (
            "聚焦五类人才：农业生产经营人才、二三产业发展人才、乡村公共服务人才、乡村治理人才、农业农村科技人才。",
            [
                (
                    "聚焦五类人才",
                    [
                        "农业生产经营人才",
                        "二三产业发展人才",
                        "乡村公共服务人才",
                        "乡村治理人才",
                        "农业农村科技人才",
                    ],
                )
            ],
        ),
        ("县里安排3个人值班，全年接待群众。", []),
    ],
)
def test_counts_of_ones_and_kinds_of_people(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


def test_a_list_named_beside_a_concept_takes_the_concepts_clause_once() -> None:
    """The clause that names the concept holds the list's own prompt: it replaces it, not joined to it."""
    text = (
        "近年来，Y市坚持党建引领，推动党组织向网格延伸，探索形成了“五个一”网格工作法和“区—街道—社区—网格”"
        "四级联动机制，治理效能明显提升。"
    )
    assert _all_lists(text) == [
        ("探索形成了“五个一”网格工作法和四级联动机制（4项）", ["区", "街道", "社区", "网格"])
    ]


def test_a_count_of_ones_alone_is_no_concept() -> None:
    """“三个一” without its members reads as a count: no cloze of it (“四个一批” stays a concept)."""
    assert [c.text for c in _term_cards("◎“三个一”筑牢防汛安全线。")] == []
    assert [c.text for c in _term_cards("◎“四个一批”筑牢防汛安全线。")] == [
        "◎“{{c1::四个一批}}”筑牢防汛安全线。"
    ]


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a name in single quotes, as a speech quoted in a material quotes it
        (
            "他在座谈会上说：“群众意见最集中的是‘两多两少’——会议多、检查多，指导少、服务少。这个问题要解决。”",
            [("群众意见最集中的是两多两少", ["会议多", "检查多", "指导少", "服务少"])],
        ),
        # a summary takes up each name in turn: the name opens its clause, then ，是…
        (
            "这次讲话归纳起来是“两个转变、三项任务”。两个转变，是从被动处置转向主动预防、从单打独斗转向协同共治；"
            "三项任务，就是稳就业、促增收、保民生。",
            [
                ("两个转变", ["从被动处置转向主动预防", "从单打独斗转向协同共治"]),
                ("三项任务", ["稳就业", "促增收", "保民生"]),
            ],
        ),
        # a noun the dictionary lacks (主链), right after the count, ending its clause
        (
            "围绕光伏组件、储能设备、氢能装备三条主链，实施延链补链行动。",
            [("围绕三条主链", ["光伏组件", "储能设备", "氢能装备"])],
        ),
        # one and many: the one's clause and the many's, without the examples of the many
        (
            "构建“一核多元”格局：村党组织为核心，村委会、合作社、乡贤等多元力量协同参与。",
            [("构建“一核多元”格局", ["村党组织为核心", "多元力量协同参与"])],
        ),
        # a count of characters with 个 (十六个字), as 十六字
        (
            "工作要求概括为十六个字：守土有责、守土负责、守土尽责、守正创新。",
            [("工作要求概括为十六个字", ["守土有责", "守土负责", "守土尽责", "守正创新"])],
        ),
        # a note that asks what a name is and answers in brackets
        (
            "4. “三张清单”？（权力清单、责任清单、负面清单）→ 待核对",
            [("“三张清单”？", ["权力清单", "责任清单", "负面清单"])],
        ),
    ],
)
def test_names_quoted_summed_up_coined_or_asked(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a name that adds its parts up, each part taken up in quotes
        (
            "市里将构建“1+N”制度体系，“1”即总体实施方案，“N”即各部门专项细则，年底前全部出台。",
            [("市里将构建“1+N”制度体系", ["总体实施方案", "各部门专项细则"])],
        ),
        ("本题满分“3+2”分，按点给分。", []),
        # a name of several counts, more words before 即: the members say each count's word in turn
        (
            "我县以“两清一改”专项行动为抓手，即清理生活垃圾、清理村内沟渠，改变不良习惯，成效明显。",
            [("我县以“两清一改”专项行动为抓手", ["清理生活垃圾", "清理村内沟渠", "改变不良习惯"])],
        ),
        # a quoted pair without a measure word, right after two words joined by 和
        (
            "我们坚持稳定粮食生产和促进农民增收“两手抓”，成效明显。",
            [("我们坚持“两手抓”", ["稳定粮食生产", "促进农民增收"])],
        ),
        ("坚持“两手抓”，成效明显。", []),
        # two bare words joined by 和 before a quoted word: no pair the name sums up
        ("我们要认真学习和贯彻“两会”精神，推动各项工作落地见效。", []),
        # a name, ，是, then what the name is: no members (none says its word, and it was not said before)
        ("四个全面，是党中央治国理政的战略布局，要统筹推进、协调推进、一体推进。", []),
        # a copula before the name: what the pair is, not what it makes up
        ("总院和分院之间仍然是“两本账”，资金难以统筹。", []),
        # a name that adds parts up, spelled out otherwise than part by part: no members guessed
        ("1.“4+2”格局：指整合为城建、交通、产业、文旅4家综合性集团和金融、资本2家功能性公司。", []),
        # a pair the text abbreviates right after it, whatever the name's shape
        (
            "推动传统工艺创造性转化、创新性发展（简称“两创”），是我们的使命。",
            [("推动传统工艺“两创”", ["创造性转化", "创新性发展"])],
        ),
    ],
)
def test_parts_taken_up_and_pairs_abbreviated(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


def test_one_doing_many_is_no_concept_unless_spelled_out() -> None:
    """一点多能, 一站多用: a slogan of one thing doing many, no set to recall; 一核多元 spelled out is one."""
    assert [c.text for c in _term_cards("推动服务网点“一点多能、一站多用”。")] == []
    assert [c.text for c in _term_cards("推进“一岗多能”改革。")] == []


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # paired words on marked lines: each line's couplet says both
        (
            "当前仍存在“两多两少”问题：\n1.会议部署多，跟踪问效少。有的单位以会代干。\n"
            "2.台账材料多，实地走访少。有的干部习惯坐在办公室。",
            [("当前仍存在“两多两少”问题", ["会议部署多，跟踪问效少", "台账材料多，实地走访少"])],
        ),
        # a point and what it asks is no couplet: the point only
        (
            "开展“两查两看”：\n1.查思想根源，看理想信念是否坚定。\n2.查作风表现，看工作生活是否规范。",
            [("开展“两查两看”", ["查思想根源", "查作风表现"])],
        ),
        # “三多” on lines marked ① ② ③; an opening clause of few Han characters still says 多
        (
            "【表现】（这里归纳为“三多”）\n①报表填写多，重复填报\n②检查评比多，“迎检”频繁\n③政务APP多，“指尖负担”重",
            [("表现】这里归纳为“三多”", ["报表填写多", "检查评比多", "政务APP多"])],
        ),
        # marked labels with prose under each: the labels, not the prose
        (
            "正确处理“两个关系”\n① 处理好创新与传统的关系\n发展新的不是放弃旧的，旧的同样重要。\n"
            "② 处理好整体与局部的关系\n要防止一哄而上，从实际出发。\nPART 02 下一部分",
            [("正确处理“两个关系”", ["处理好创新与传统的关系", "处理好整体与局部的关系"])],
        ),
        # a label line over a line of prose each: the labels
        (
            "主要表现：“三多”\n会议文件多\n层层发文、陪会多\n检查考核多\n多头检查、重复检查\n留痕材料多\n重痕不重绩，留迹不留心",
            [("“三多”", ["会议文件多", "检查考核多", "留痕材料多"])],
        ),
    ],
)
def test_members_on_lines_paired_circled_or_labelled(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


def test_a_speaker_who_says_what_the_speech_goes_through_announces_its_sections() -> None:
    """和大家谈三点认识, 同大家交流三点体会: the speech's numbered sections are the concept's members,
    though a paragraph stands between."""
    text = (
        "今天，我以“守初心、担使命”为题，同大家交流三点体会，与大家共勉。\n"
        "回望党的历史，我们深受教育。我们要不断学习，不断进步，永远奋斗。\n"
        "一、筑牢理想信念，始终对党忠诚\n理想信念是精神之钙。\n"
        "二、践行为民宗旨，始终服务群众\n群众是力量之源。\n"
        "三、锤炼过硬作风，始终清正廉洁\n作风是形象之本。"
    )
    assert _all_lists(text) == [
        ("同大家交流三点体会（3项）", ["筑牢理想信念", "践行为民宗旨", "锤炼过硬作风"])
    ]


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # the next sentence opens with the members joined by 和 as its subject, each saying the noun
        ("要压实“两个责任”。主体责任和监督责任相互促进，缺一不可。", ["主体责任", "监督责任"]),
        # or by 、, as many as the count
        ("健全“三张清单”。权力清单、责任清单、负面清单要动态调整。", ["权力清单", "责任清单", "负面清单"]),
        # lines that open with a short label and a colon under a naming that asks what it is
        (
            "“三病”指什么\n形式主义：重形式轻内容。\n官僚主义：脱离实际。\n享乐主义：贪图安逸。\n二、下一部分",
            ["形式主义", "官僚主义", "享乐主义"],
        ),
        # a pair joined by 和 after 即, each saying the noun; the clause after them says what they do
        ("出台“两个清单”，即权力清单和责任清单，规定各部门不得越权。", ["权力清单", "责任清单"]),
        # labels that only count the members: what follows each is the member
        (
            "什么是“两类问题”？\n第一类问题：制度执行不到位\n第二类问题：作风建设不扎实",
            ["制度执行不到位", "作风建设不扎实"],
        ),
        # two kinds of members, each kind's word at its own edge (opening the first, ending the second)
        (
            "践行“三严两实”要求，做到严以修身、严以用权、严以律己，做事要实、做人要实。",
            ["严以修身", "严以用权", "严以律己", "做事要实", "做人要实"],
        ),
        # an adverb before the verb of the first member's clause is no part of the member
        (
            "三是做好安置，优先安置军属、烈士遗属、低收入家庭、重度残疾人员等四类群体。",
            ["军属", "烈士遗属", "低收入家庭", "重度残疾人员"],
        ),
        # a name that says its members go together, spelled out as a series paragraphs away
        (
            "坚持自治、法治、德治相结合。\n第二段。\n第三段。\n第四段。\n第五段。\n（三）推动“三治融合”走深走实",
            ["自治", "法治", "德治"],
        ),
    ],
)
def test_members_named_beside_or_under_the_naming(text: str, members: list[str]) -> None:
    assert [m for _, m in _term_lists(text)] == [members]


@pytest.mark.parametrize(
    "text",
    [
        # the next sentence's subject is one member short of the count
        "要压实“三个责任”。主体责任和监督责任相互促进，缺一不可。",
        # a verb opens the next sentence: its subject is a clause, not the members
        "要推动“两个责任”贯通协同。落实主体责任和监督责任是各级党组织的政治任务。",
        # more labelled lines than the count: another set
        "“两病”指什么\n形式主义：重形式轻内容。\n官僚主义：脱离实际。\n享乐主义：贪图安逸。",
    ],
)
def test_no_members_beside_or_under_the_naming(text: str) -> None:
    assert _term_lists(text) == []


@pytest.mark.parametrize(
    ("text", "announced"),
    [
        # the naming's clause ends its paragraph a verb or the rest of a noun after the name: the
        # list on the next line may be its members (as many as the count: term_cards checks)
        ("下一步，我们将坚持以人民为中心，重点在四个方面下功夫。\n（一）以数据共享为突破口\n正文。", True),
        ("各地因村制宜、一村一策，探索形成了五种发展模式。\n一是资源开发型。依托山林盘活利用。", True),
        # the clause says more after the name: the text goes on about them, it does not list them
        (
            "下一步，我们将坚持以人民为中心，四个方面的工作都要抓紧抓实。\n（一）以数据共享为突破口\n正文。",
            False,
        ),
        ("重点在四个方面下功夫，确保各项工作取得实效。\n（一）以数据共享为突破口\n正文。", False),
    ],
)
def test_a_naming_whose_clause_ends_its_paragraph_announces_the_next_line(text: str, announced: bool) -> None:
    mentions = [m for t in find_terms(_paragraphs(text)) for m in t.mentions]
    assert [(m.announces, m.next_only) for m in mentions] == [(announced, announced)]


def test_members_labelled_in_quoted_speech() -> None:
    """A member's ordinal label may open a quoted speech (“第一张是问题清单。”负责同志介绍…)."""
    text = (
        "2022年以来，C市推行“三张清单”工作机制，推动干部把功夫下在一线。\n"
        "“第一张是问题清单。”市委组织部负责同志介绍，全市组成走访组。\n"
        "第二张是任务清单。针对问题清单，各县区逐条研判。\n第三张是责任清单。C市把每一项任务细化到岗位。"
    )
    assert _term_lists(text) == [("C市推行“三张清单”工作机制", ["问题清单", "任务清单", "责任清单"])]
    # labels fewer than the count name another set: no members
    assert _term_lists(text.replace("三张清单", "四张清单")) == []


def test_members_on_markdown_items_at_one_depth() -> None:
    """The members are the items at the first item's depth; the sub-points under them are none."""
    paragraphs = [
        Paragraph(1, "三件事：", bullet=0),
        Paragraph(2, "推动产业链供应链优化升级", bullet=1),
        Paragraph(3, "积极培育新兴产业和未来产业", bullet=1),
        Paragraph(4, "新增长引擎：生物制造、商业航天、新材料", bullet=2),
        Paragraph(5, "未来产业新赛道：量子技术、生命科学", bullet=2),
        Paragraph(6, "深入推进数字经济创新发展", bullet=1),
        Paragraph(7, "开展“人工智能+”行动", bullet=2),
    ]
    assert [(t.term, t.members) for t in find_terms(paragraphs)] == [
        ("三件事", ["推动产业链供应链优化升级", "积极培育新兴产业和未来产业", "深入推进数字经济创新发展"])
    ]


def test_fewer_markdown_items_than_the_count_are_not_its_members() -> None:
    """Fewer items at one depth than the count, none saying the concept's words: another outline."""
    paragraphs = [
        Paragraph(1, "拆成下面几块记（老师讲的是“一定义两特征三催生”）：", bullet=1),
        Paragraph(2, "“三高”特征：高科技、高效能、高质量", bullet=2),
        Paragraph(3, "三个催生因素", bullet=2),
        Paragraph(4, "技术革命性突破", bullet=3),
        Paragraph(5, "生产要素创新性配置", bullet=3),
        Paragraph(6, "基本内涵 —— 劳动者、劳动资料、劳动对象", bullet=2),
        Paragraph(7, "核心标志：全要素生产率大幅提升", bullet=2),
        Paragraph(8, "三个“在”要连起来背", bullet=2),
    ]
    assert [t.members for t in find_terms(paragraphs) if t.term == "一定义两特征三催生"] == [[]]


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a measured concept's word opens a later clause of each sentence: that clause is the member
        (
            "坚持“三个一律”：对推诿扯皮、敷衍塞责的，一律严肃问责；对吃拿卡要、以权谋私的，一律从严查处；"
            "对新官不理旧账、失信违约的，一律督促整改。",
            [("坚持“三个一律”", ["一律严肃问责", "一律从严查处", "一律督促整改"])],
        ),
        # a label that opens with the word (信号之一) is no member, nor the naming's own clause
        (
            "政策释放出三个值得关注的信号。信号之一，是从“拼补贴”转向“拼场景”；信号之二，是从“单点突破”转向"
            "“生态构建”；信号之三，是从“重研发”转向“重应用”。",
            [],
        ),
        # a quoted word that is its clause alone, explained by 即: the word is the member
        (
            "审题时要把握三个关键词：第一，“细”，即治理要深入到背街小巷；第二，“巧”，即治理要讲方法、用科技；"
            "第三，“合”，即治理要汇聚多方力量。",
            [("审题时要把握三个关键词", ["细", "巧", "合"])],
        ),
        # a quoted word the clause after goes on from, not explains: the clause is the member
        (
            "审题时要把握三个关键词：第一，“细”，治理要深入到背街小巷；第二，“巧”，治理要讲方法、用科技；"
            "第三，“合”，治理要汇聚多方力量。",
            [
                (
                    "审题时要把握三个关键词",
                    ["治理要深入到背街小巷", "治理要讲方法、用科技", "治理要汇聚多方力量"],
                )
            ],
        ),
    ],
)
def test_members_said_by_a_later_clause_or_a_quoted_word(
    text: str, lists: list[tuple[str, list[str]]]
) -> None:
    assert _term_lists(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # 一方面/另一方面 only say which side: the member is what follows
        (
            "着力解决两个问题：一方面，群众办事多头跑的问题仍然存在；另一方面，部门数据不通的问题亟待破解。",
            [("着力解决两个问题", ["群众办事多头跑的问题仍然存在", "部门数据不通的问题亟待破解"])],
        ),
        # two quoted names after 即, each saying the concept's noun: the names, not the clause or the next side
        (
            "一方面，要打破部门壁垒，推动“两张网”深度融合，即“一网通办”与“一网统管”互为支撑，让数据多跑路；"
            "另一方面，要坚持规划先行，把“城市体检”作为常态化工作。",
            [("要打破部门壁垒，推动“两张网”深度融合", ["一网通办", "一网统管"])],
        ),
        # two quoted names that do not say it: how two things go together, no members
        ("推动“两张网”深度融合，即“城市大脑”与“数字底座”互为支撑，让数据多跑路。", []),
        # two quoted names that are all the clause after the colon or 即: the pair, said or not
        (
            "要用好两个轮子：“科技创新”与“制度创新”，两者缺一不可。",
            [("要用好两个轮子", ["科技创新", "制度创新"])],
        ),
        ("用好两个轮子，即“科技创新”和“制度创新”。", [("用好两个轮子", ["科技创新", "制度创新"])]),
    ],
)
def test_sides_and_quoted_pairs_after_a_naming(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


_UNITS = (
    "紧紧围绕“一核两带三区”发展布局，奋力推动全镇高质量发展。\n"
    "“一核”即以镇区为核心的综合服务中心；“两带”即沿河生态农旅融合带、沿县道工贸物流产业带；"
    "“三区”即北部茶叶种植区、中部现代农业示范区、南部森林康养区。"
)


_CORE_AND_BELTS = ["以镇区为核心的综合服务中心", "沿河生态农旅融合带", "沿县道工贸物流产业带"]


def test_a_name_of_several_counts_taken_up_count_by_count() -> None:
    """“一核”即…；“两带”即…、…；“三区”即…、…、…: each part's members, as many as its count."""
    assert _term_lists(_UNITS)[:1] == [
        (
            "紧紧围绕“一核两带三区”发展布局",
            [*_CORE_AND_BELTS, "北部茶叶种植区", "中部现代农业示范区", "南部森林康养区"],
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a part's words are not as many as its count: not the members
        _UNITS.replace("、南部森林康养区", ""),
        # a part is not taken up: the others do not spell the name out alone
        _UNITS.replace("“一核”即以镇区为核心的综合服务中心；", ""),
    ],
)
def test_a_name_of_several_counts_not_taken_up_count_by_count(text: str) -> None:
    assert [t.members for t in find_terms(_paragraphs(text)) if t.term == "一核两带三区"] == [[]]


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a couplet a line, its clauses as long as each other, says both paired words: the couplet
        (
            "原文用“四多四少”来概括一些地方基层治理的短板：\n开会发文多，进村入户少；\n台账痕迹多，解决问题少；\n"
            "单打独斗多，协同联动少；\n被动应付多，主动作为少。\n二、重点任务",
            [
                (
                    "原文用“四多四少”",
                    [
                        "开会发文多，进村入户少",
                        "台账痕迹多，解决问题少",
                        "单打独斗多，协同联动少",
                        "被动应付多，主动作为少",
                    ],
                )
            ],
        ),
        # a point and what it does, of other lengths, is no couplet: the point is the member
        (
            "全市法院探索形成了“三进三联”工作法：\n法官进网格，与网格员联动排查；\n法官进调委会，与人民调解员联动化解；\n"
            "法官进行业协会，与行业组织联动治理。\n二、主要成效",
            [("全市法院探索形成了“三进三联”工作法", ["法官进网格", "法官进调委会", "法官进行业协会"])],
        ),
    ],
)
def test_paired_words_a_couplet_a_line(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


_THREE_LEDGERS = (
    "近年来，工地推行“三张台账”制度，效果明显。\n“第一张是安全台账。”负责人介绍，隐患逐项登记，限期整改。\n"
    "第二张是质量台账。材料按期抽检，不合格的退场。\n第三张是进度台账。每周对照计划，滞后的约谈。\n参考答案：\n"
)


@pytest.mark.parametrize(
    ("answer", "lists"),
    [
        # a list of every member and one more item like them is a set of its own: it keeps its four
        (
            "1．建好安全台账，逐项登记隐患。\n2．管好质量台账，按期抽检材料。\n3．记好进度台账，每周对照计划。\n"
            "4．抓好督查问效，定期通报排名。",
            [
                ("工地推行“三张台账”制度（3项）", ["安全台账", "质量台账", "进度台账"]),
                ("本文的3个部分", ["“第一张是安全台账", "第二张是质量台账", "第三张是进度台账"]),
                ("标题：参考答案（4项）", ["建好安全台账", "管好质量台账", "记好进度台账", "抓好督查问效"]),
            ],
        ),
        # …but one whose extra item is a lead-in that names the concept is the concept's list
        (
            "1．落实“三张台账”，逐项登记。\n2．建好安全台账，逐项登记隐患。\n3．管好质量台账，按期抽检材料。\n"
            "4．记好进度台账，每周对照计划。",
            [
                ("本文的3个部分", ["“第一张是安全台账", "第二张是质量台账", "第三张是进度台账"]),
                ("工地推行“三张台账”制度（3项）", ["安全台账", "质量台账", "进度台账"]),
            ],
        ),
    ],
)
def test_a_list_one_longer_is_the_concepts_only_past_a_lead_in_or_summary(
    answer: str, lists: list[tuple[str, list[str]]]
) -> None:
    assert _all_lists(_THREE_LEDGERS + answer) == lists


@pytest.mark.parametrize(
    "text",
    [
        "用好两个轮子：要推动“科技创新”与“制度创新”，两者缺一不可。",  # after another verb
        "用好两个轮子：“科技创新”、“制度创新”与“文化创新”，缺一不可。",  # more names than the pair
    ],
)
def test_quoted_names_of_something_else_are_not_the_pair(text: str) -> None:
    assert all(members != ["科技创新", "制度创新"] for _, members in _term_lists(text))


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # clauses that come to the members by a verb of becoming: one card asks the members, the
        # list of the whole clauses is the concept's (not a second card beside it)
        (
            "我们要增强“三个自觉”：把作风建设内化为思想自觉、转化为政治自觉、外化为行动自觉。",
            [("我们要增强“三个自觉”（3项）", ["思想自觉", "政治自觉", "行动自觉"])],
        ),
        (
            "L区推行“三张清单”工作法：社区梳理居民需求形成需求清单，辖区单位亮出优势形成资源清单，"
            "双方对接后形成项目清单。",
            [("L区推行“三张清单”工作法（3项）", ["需求清单", "资源清单", "项目清单"])],
        ),
        # a 为 that is "for": the card asks the whole clauses
        (
            "做到“三个服务”：坚持为人民群众服务、坚持为市场主体服务、坚持为基层一线服务。",
            [
                (
                    "做到“三个服务”：____、____、____（3项）",
                    ["坚持为人民群众服务", "坚持为市场主体服务", "坚持为基层一线服务"],
                )
            ],
        ),
    ],
)
def test_members_cut_from_their_clauses_are_asked_once(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _all_lists(text) == lists
    # (the back is the whole sentence, not the clause the members were cut from)
    assert [c.extra for c in extract_cards(_paragraphs(text), "标题", "doc") if c.type == "list"] == [text]


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # labels asked as the members: what each stands for is on the back, not lost
        (
            "平时要记好“三本账”：\n理论账——记录重要讲话中的新思想\n政策账——记录上级部署的重点任务\n"
            "实践账——记录本地典型经验\n其他内容。",
            ["理论账——记录重要讲话中的新思想", "政策账——记录上级部署的重点任务", "实践账——记录本地典型经验"],
        ),
        (
            "抓好“两个责任”：\n主体责任——党委负总责，书记是第一责任人\n监督责任——纪委协助党委抓好党风廉政建设\n其他内容。",
            ["主体责任——党委负总责，书记是第一责任人", "监督责任——纪委协助党委抓好党风廉政建设"],
        ),
        (
            "坚持“三个服务”：\n政务服务：推进一网通办\n企业服务：开展入企走访\n社区服务：完善便民设施\n其他内容。",
            ["政务服务：推进一网通办", "企业服务：开展入企走访", "社区服务：完善便民设施"],
        ),
        # a list found before, its items cut to their labels when tied to the concept
        (
            "写好公文，首先要把握“四个字”：\n1. 准——政治方向准、政策表述准\n2. 实——内容实、措施实\n"
            "3. 精——篇幅精、语言精\n4. 新——观点新、思路新\n其他内容。",
            ["准——政治方向准、政策表述准", "实——内容实、措施实", "精——篇幅精、语言精", "新——观点新、思路新"],
        ),
    ],
)
def test_what_labels_stand_for_is_on_the_back(text: str, lines: list[str]) -> None:
    (card,) = [c for c in extract_cards(_paragraphs(text), "标题", "doc") if c.type == "list"]
    assert [item for item in card.items if "—" in item or "：" in item] == []
    assert all(line in card.extra for line in lines)


def test_the_back_of_a_list_that_read_the_name_as_a_member() -> None:
    # the naming read as one more member leaves its note off the back: the sentence that names the
    # concept, then the members' notes numbered again
    text = (
        "一是深化国企改革。坚持和落实“两个毫不动摇”，统筹推进改革。毫不动摇巩固和发展公有制经济，深化分类改革。"
        "毫不动摇鼓励、支持、引导非公有制经济发展，依法保护产权。\n二是健全体制机制。要健全机制。"
    )
    (card,) = [c for c in extract_cards(_paragraphs(text), "标题", "doc") if "毫不动摇" in c.prompt]
    assert card.extra == (
        "坚持和落实“两个毫不动摇”，统筹推进改革。\n1. 毫不动摇巩固和发展公有制经济，深化分类改革\n"
        "2. 毫不动摇鼓励、支持、引导非公有制经济发展，依法保护产权"
    )


@pytest.mark.parametrize(
    "text",
    [
        # a paragraph that stops at ； (the first of a run of points)
        "明确基本履职事项、配合履职事项、上级部门收回事项“三张清单”；\n严格属地管理事项准入。",
        # a sentence cut off at ， by a line break inside it
        "要传承弘扬“四下基层”优良作风，即宣传党的路线方针政策下基层、调查研究下基层、信访接待下基层、"
        "现场办公下基层，\n在与群众面对面、心贴心中增进感情、解决问题。",
    ],
)
def test_a_concepts_naming_sentence_at_a_paragraphs_end_ends_cleanly(text: str) -> None:
    """The sentence that names a concept, on the back of its list, ends without the clause mark its
    paragraph stops at (…“三张清单”, not …“三张清单”；)."""
    (term,) = [t for t in find_terms(_paragraphs(text)) if t.members]
    assert not term.sentence.endswith(("；", "，"))
    backs = [c.extra for c in extract_cards(_paragraphs(text), "标题", "doc") if c.type == "list"]
    assert backs and all(back.startswith(term.sentence) and not back.endswith(("；", "，")) for back in backs)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a count and a one-character noun, then the word that says how the members are joined
        ("健全自治、法治、德治三治融合的城乡基层治理体系。", "三治融合"),
        ("坚持自治、法治、德治三治结合，推动矛盾就地化解。", "三治结合"),
        # a noun the name ends with, no joining word after it: the name stops there
        ("开展党史、新中国史、改革开放史、社会主义发展史四史学习教育。", "四史"),
        ("分为总则、分则、附则三编。", "三编"),
        # 者 points back at the members: a joining word after it is no part of a name
        ("统筹安全、发展、稳定三者并重。", "三者"),
        ("推动城市、乡村、园区三者融合发展。", "三者"),
        # a count with a measure word is a numbered concept of its own
        ("增强政治意识、大局意识、核心意识三个意识。", "三个意识"),
    ],
)
def test_a_bare_name_runs_through_the_word_that_joins_its_members(text: str, name: str) -> None:
    assert [n.term for n in names_in(text)] == [name]


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # the first ordinal item's own clauses after the colon: the ordinals mark the members
        (
            "我们重点抓了三件事：第一，开展“清廉机关”创建，将制度建设、风险防控集中到一张清单上，实现一岗一责。",
            [],
        ),
        # members that the ordinals mark, one to a part, are the concept's
        (
            "会议部署了三项工作：第一，开展“清廉机关”创建，将制度建设、风险防控集中到一张清单上，做到一岗一责；"
            "第二，推进数字监督；第三，强化警示教育。",
            [("会议部署了三项工作", ["开展“清廉机关”创建", "推进数字监督", "强化警示教育"])],
        ),
    ],
)
def test_an_ordinal_items_own_clauses_are_no_members(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _term_lists(text) == lists


def test_a_member_keeps_the_de_of_its_own_last_word() -> None:
    """A 的 a member ends with is cut when it is the particle (a line broken after it), not when it
    closes a word of the member (目的, 真的)."""
    text = "推进改革要处理好三对关系：放权是手段，监管是保障，便民是目的。"
    assert _term_lists(text) == [("推进改革要处理好三对关系", ["放权是手段", "监管是保障", "便民是目的"])]


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # X就是Y: the 是 is jieba's 就是, and the cut would leave 就 dangling (一粒种子就): whole
        (
            "乡村振兴要记住三个“一”：\n一粒种子就是一片森林；\n一名干部就是一面镜子；\n一条建议就是一份责任。",
            ["一粒种子就是一片森林", "一名干部就是一面镜子", "一条建议就是一份责任"],
        ),
        # an adverb before the 是 (也是) would dangle too
        (
            "作风建设有“三个坚持”。\n坚持从严管理也是长久之策。\n坚持正向激励也是关键一招。\n坚持容错纠错也是必要保障。",
            ["坚持从严管理也是长久之策", "坚持正向激励也是关键一招", "坚持容错纠错也是必要保障"],
        ),
        # the judgement says the concept's word again (一…是一…): the concept counts the pairs
        (
            "乡村振兴要记住三个“一”：\n一粒种子是一片森林；\n一名干部是一面镜子；\n一条建议是一份责任。",
            ["一粒种子是一片森林", "一名干部是一面镜子", "一条建议是一份责任"],
        ),
        # (a plain copula after each member, a judgement without the concept's word: cut before 是)
        (
            "作风建设有“三个坚持”。\n坚持从严管理是长久之策。\n坚持正向激励是关键一招。\n坚持容错纠错是必要保障。",
            ["坚持从严管理", "坚持正向激励", "坚持容错纠错"],
        ),
        # (nor where jieba glues the 是 to the word before, 为|先是, or a word ends in a character that
        # may be an adverb, 公正: no adverb is left dangling)
        (
            "干部培养要做到“三个坚持”。\n坚持学习为先是基础工程。\n坚持实践为重是必由之路。\n坚持公平公正是用人底线。",
            ["坚持学习为先", "坚持实践为重", "坚持公平公正"],
        ),
    ],
)
def test_judgements_kept_where_the_cut_would_break_them(text: str, members: list[str]) -> None:
    assert [m for _, m in _term_lists(text)] == [members]


@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        # a naming at the end of a run's first member: the marked sentences after it go on that run
        ("一是抓好学习，深刻领会“两个结合”。二是抓好调研，摸清底数。三是抓好落实，见到实效。", False),
        ("首先要提高站位，牢记“三个务必”。其次要压实责任。再次要严格考核。最后要总结经验。", False),
        ("（一）夯实基础，落实“两个责任”。（二）健全机制，完善制度。（三）强化保障，配齐力量。", False),
        ("❶夯实基础，落实“两个责任”。❷健全机制，完善制度。❸强化保障，配齐力量。", False),
        # ... but sentences that open a run of their own are the naming's members
        ("我们要抓好“三件事”。一是抓好学习；二是抓好调研；三是抓好落实。", True),
        ("要牢记“两个务必”。首先，务必谦虚谨慎；其次，务必艰苦奋斗。", True),
    ],
)
def test_a_run_begun_before_a_naming_gives_it_no_members(text: str, spelled: bool) -> None:
    assert bool(_term_lists(text)) is spelled


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        (
            "安全生产不能松一阵，关键在于健全机制。第一，建立隐患排查制度，每月开展一次全面检查。第二，建立风险"
            "预警制度，及时发布预警信息。第三，建立应急处置制度。上述三项制度相互衔接，必须统筹推进。",
            "关键在于健全机制；三项制度（3项）",
        ),
        # a list whose lead is only the title has no lead of its own to keep: the naming asks it
        (
            "第一，建立隐患排查制度，每月开展检查。第二，建立风险预警制度，及时发布信息。第三，建立应急处置制度。"
            "这三项制度环环相扣，缺一不可。",
            "这三项制度环环相扣（3项）",
        ),
        # 这 + a count whose sentence spells out the members after it tells a new set
        (
            "做好基层治理工作，需要从多个方面发力。这三个方面是：一是加强党建引领，二是完善服务体系，三是提升"
            "治理能力。",
            "这三个方面是（3项）",
        ),
    ],
)
def test_a_naming_that_points_back_leaves_the_lists_own_lead(text: str, prompt: str) -> None:
    """上述三项制度相互衔接 after the three points says something of the set, not what it is: the list
    keeps the lead that introduces it, with the name added; the clause after it is no prompt."""
    paragraphs = [Paragraph(1, "一、抓住重点，守牢安全底线"), Paragraph(2, text)]
    lists = [c for c in extract_cards(paragraphs, "安全生产会议讲话", "doc") if c.type == "list"]
    assert [c.prompt for c in lists] == [prompt]


@pytest.mark.parametrize(
    ("clause", "name", "back"),
    [
        ("这四项制度环环相扣", "四项制度", True),
        ("上述“三个务必”要牢记", "三个务必", True),
        ("以上两点意见请认真落实", "两点意见", True),
        # 此 of a word of its own opens no pointing back
        ("因此三项任务要抓紧", "三项任务", False),
        ("对此四个方面要统筹", "四个方面", False),
        # a naming that announces what follows
        ("要把握好四个原则", "四个原则", False),
        ("这是“三个务必”的要求", "三个务必", False),
    ],
)
def test_a_naming_points_back_only_after_a_word_that_points_back(clause: str, name: str, back: bool) -> None:
    assert points_back(clause, name) is back
