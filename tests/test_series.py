"""Inline series (extractors/series.py): rule tables, one case per rule, each read as a learner's
card would be (found in the simplified view, written in the document's own characters)."""

from __future__ import annotations

import pytest

from yaodian.cards import Card
from yaodian.extractors import EXTRACTORS, clause_sets, extract_cards, members, restore_cards, restorer_for
from yaodian.extractors.dedupe import one_card_per_set
from yaodian.extractors.script import paragraph
from yaodian.extractors.series import (
    _after_coverb_verb,
    _closing_deng,
    _glossed_series,
    _series_of,
    _step_before_predicate,
)


def _series(text: str) -> list[tuple[str, list[str]]]:
    paragraphs = [paragraph(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    cards = restore_cards(EXTRACTORS["series"](paragraphs, "标题"), restorer_for(paragraphs, "标题"))
    return [(card.prompt, card.items) for card in cards]


def _members(text: str) -> list[list[str]]:
    return [members for _, members in _series(text)]


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # scraped text doubles its marks: ,、 is one 、
        (
            "即必须坚持人民至上,、必须坚持自信自立、必须坚持守正创新。",
            [["必须坚持人民至上", "必须坚持自信自立", "必须坚持守正创新"]],
        ),
        # a member quoted whole, and members that hold a quotation
        ("加大对小微企业、“三农”、民营企业的支持。", [["小微企业", "三农", "民营企业"]]),
        (
            "推进线下办事“只进一门”、线上办事“一网通办”、企业和群众诉求“一线应答”。",
            [["线下办事“只进一门”", "线上办事“一网通办”", "企业和群众诉求“一线应答”"]],
        ),
        # a 、 inside a quotation does not cut the series around it
        (
            "扎实开展“两学一做”学习教育、“不忘初心、牢记使命”主题教育和党史学习教育。",
            [["“两学一做”学习教育", "“不忘初心、牢记使命”主题教育", "党史学习教育"]],
        ),
        # quotations written one after another before a 、: one member each
        (
            "廣泛開展「村晚」「村BA」、讀書會、非遺展演等群眾喜聞樂見的活動。",
            [["村晚", "村BA", "讀書會", "非遺展演"]],
        ),
        # a member that opens with a quotation mark shares no opening of two characters with one
        # that holds a quotation after words of its own (“乡 is one character: no seam)
        (
            "湖南“乡音”、四川“乡宴”、“乡BA”等活动越办越火。",
            [["湖南“乡音”", "四川“乡宴”", "乡BA"]],
        ),
        # quotations in straight marks are quotations
        (
            '要以"等不起"的紧迫感、"慢不得"的危机感、"坐不住"的责任感推动工作。',
            [["“等不起”的紧迫感", "“慢不得”的危机感", "“坐不住”的责任感"]],
        ),
        # a quotation that holds only a series, members of one character included
        ("坚持“拆、治、兴”并举，城市面貌焕然一新。", [["拆", "治", "兴"]]),
        # one-character members: four of them, or as many as the count after them names
        ("用好报、网、端、微、屏等全媒体平台。", [["报", "网", "端", "微", "屏"]]),
        ("要建立好县、乡、村三级工作网络。", [["县", "乡", "村"]]),
        # a part that ends with a quotation its verb governs, before a run of quotations, is the
        # seam of two series: the quotation is the first member of the second
        (
            "要全面准确、坚定不移贯彻“一国两制”、“澳人治澳”、高度自治方针。",
            [["一国两制", "澳人治澳", "高度自治"]],
        ),
        (
            "开展读书会、举办“村晚”、“村BA”、“村超”等活动。",
            [["村晚", "村BA", "村超"]],
        ),
        # …not after a part that ends with a quotation too: actions written in step
        (
            "推行“街乡吹哨”、落实“接诉即办”、“未诉先办”。",
            [["街乡吹哨", "落实“接诉即办”", "未诉先办"]],
        ),
    ],
)
def test_series_members_of_any_length_and_quoted(text: str, members: list[list[str]]) -> None:
    assert _members(text) == members


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # the verb that governs a series of names is no part of its first member
        ("强化扬尘、机动车尾气、餐饮油烟等污染治理。", [["扬尘", "机动车尾气", "餐饮油烟"]]),
        ("邀请发改、市场监管、税务、人社等部门负责同志参会。", [["发改", "市场监管", "税务", "人社"]]),
        # …unless the text opens with no verb (生态保护红线 is whole)
        (
            "生态保护红线、环境质量底线、资源利用上线和生态环境准入清单。强化扬尘、机动车尾气、餐饮油烟等污染治理。",
            [
                ["生态保护红线", "环境质量底线", "资源利用上线", "生态环境准入清单"],
                ["扬尘", "机动车尾气", "餐饮油烟"],
            ],
        ),
        # a word that may modify a noun stops a member only once it is as long as its siblings
        ("推动污染防治在重点区域、重要领域、关键指标上实现新突破。", [["重点区域", "重要领域", "关键指标"]]),
        # a function word the siblings hold too is part of the member
        ("让敢干者有舞台、实干者得实惠、有为者有地位。", [["敢干者有舞台", "实干者得实惠", "有为者有地位"]]),
        # a word that ends a member is not a stop (项目化推进)
        ("我们将坚持项目化推进、清单化管理、责任化落实。", [["项目化推进", "清单化管理", "责任化落实"]]),
        # members that are pairs keep their 和
        (
            "处理好经济和社会、政府和市场、效率和公平、活力和秩序、发展和安全等重大关系。",
            [["经济和社会", "政府和市场", "效率和公平", "活力和秩序", "发展和安全"]],
        ),
        # …also where jieba guesses a pair to be one word (立和破)
        (
            "要把握好稳和进、立和破、虚和实、标和本、近和远的关系。",
            [["稳和进", "立和破", "虚和实", "标和本", "近和远"]],
        ),
        # a 的 where every member has one is the members' own
        ("必须坚持严的基调、严的措施、严的氛围，持续用力。", [["严的基调", "严的措施", "严的氛围"]]),
        # …and a 的 at the place of the 的 in the words before it, with a character in step
        # (党的): the first members are verb, possessor and noun alike, the others verb and object
        (
            "使党组织成为宣传党的主张、贯彻党的决定、领导基层治理、团结动员群众、推动改革发展的战斗堡垒。",
            [["宣传党的主张", "贯彻党的决定", "领导基层治理", "团结动员群众", "推动改革发展"]],
        ),
        # a verb that governs the series cuts no member to a suffix (快递|员) nor to a function word
        # its siblings hold inside them (自治|为基)
        (
            "快递员、外卖送餐员、网约车司机、网络主播等新就业群体规模不断扩大。",
            [["快递员", "外卖送餐员", "网约车司机", "网络主播"]],
        ),
        ("坚持自治为基、法治为本、德治为先。", [["自治为基", "法治为本", "德治为先"]]),
        # members that are pairs of words of about one length keep their 和
        (
            "统筹知识学习和全面发展、培养人才和满足社会需要、扎根中国大地和借鉴国际经验等重大关系。",
            [["知识学习和全面发展", "培养人才和满足社会需要", "扎根中国大地和借鉴国际经验"]],
        ),
        # A和B的N among siblings that are each X的N is one member
        (
            "强化地方党委和政府的领导责任、部门的监管责任、企业的主体责任。",
            [["地方党委和政府的领导责任", "部门的监管责任", "企业的主体责任"]],
        ),
        # of two cuts as near the siblings' length, the one after the verb (整合|民兵)
        (
            "乡镇要整合民兵、保安员、物业管理人员、志愿者等力量。",
            [["民兵", "保安员", "物业管理人员", "志愿者"]],
        ),
        # past the verb that governs a set of names, an adverb or a word that may modify a verb
        # (还, 重点) frames the clause: the member is the words after the verb, however short
        (
            "今年重点抓好电梯、老旧燃气管网、城市地下综合管廊等设施改造。",
            [["电梯", "老旧燃气管网", "城市地下综合管廊"]],
        ),
        (
            "我们还存在产业链条较短、龙头企业带动能力弱、集体经济收入单一等问题。",
            [["产业链条较短", "龙头企业带动能力弱", "集体经济收入单一"]],
        ),
        # …and so does the modal 要 (各地要|强化|扬尘)
        ("各地要强化扬尘、机动车尾气、工业废气治理。", [["扬尘", "机动车尾气", "工业废气治理"]]),
        # …and an adverb jieba's dictionary does not tag as one (仍, tagged zg)
        (
            "部分乡镇仍存在人手短缺、考核事项过多过频、上级职责层层下压等问题。",
            [["人手短缺", "考核事项过多过频", "上级职责层层下压"]],
        ),
        # …not a preposition, which stops a member as ever (在|信访接待)
        ("在信访接待、项目攻坚、应急处突中经风雨。", [["信访接待", "项目攻坚", "应急处突"]]),
        # a word jieba reads across the first member's start, a stop word and the member's first
        # character (要强 of 要强平台; 即举 of 即举旗帜), is cut after the stop word
        ("我们要强平台、抓机制、增实效。", [["强平台", "抓机制", "增实效"]]),
        (
            "使命任务，即举旗帜、聚民心、育新人、兴文化、展形象。",
            [["举旗帜", "聚民心", "育新人", "兴文化", "展形象"]],
        ),
        # the verb that governs a set of names is no part of its first member, however near its
        # length the two come; a verb that opens a member its siblings' length keeps it
        ("要支持律师、会计师、心理咨询师等专业人士参与调解。", [["律师", "会计师", "心理咨询师"]]),
        ("对着力点还存在认识模糊、思路不清、职责不明等问题。", [["认识模糊", "思路不清", "职责不明"]]),
        # members written in step (one character at one place in each): the first is as long as
        # they are, though jieba reads the words it ends with as function words (不对等, 敢为)
        (
            "一些部门仍存在责任不对等、保障不到位、协同不顺畅的情况。",
            [["责任不对等", "保障不到位", "协同不顺畅"]],
        ),
        ("要鼓励青年敢为、基层敢闯、企业敢试。", [["青年敢为", "基层敢闯", "企业敢试"]]),
        # a subject and its predicate: the stop word the first predicate opens with (有) stands where
        # the siblings' predicates hold one (不) and is the member's own; a joining 和 is none
        (
            "一些社区仍存在服务力量有短板、资源整合不到位、居民参与不充分等问题。",
            [["服务力量有短板", "资源整合不到位", "居民参与不充分"]],
        ),
        ("要处理好发展和安全、活力和秩序、效率和公平的关系。", [["发展和安全", "活力和秩序", "效率和公平"]]),
        # a short quotation before the first noun is the member's own
        (
            "要用好“村村响”大喇叭、手机短信、网格员入户等方式。",
            [["“村村响”大喇叭", "手机短信", "网格员入户"]],
        ),
        # members that share a frame (以…为…): the first runs from the frame's opening, long as it
        # may be, and the last does not stop at the frame's function word
        (
            "构建以日常检查和专项检查为基本手段、以重点抽查为补充、以信用评价为基础的监管机制。",
            [["以日常检查和专项检查为基本手段", "以重点抽查为补充", "以信用评价为基础"]],
        ),
        # the first member may share only the first two characters of the others' opening
        (
            "我们一定要以案为鉴、以案促改、以案促治，真正做到查处一案、警示一片、治理一域。",
            [["以案为鉴", "以案促改", "以案促治"], ["查处一案", "警示一片", "治理一域"]],
        ),
        # a first member that holds the opening its siblings share after words of its own opens
        # there (整治| 违规吃喝), and one that opens with two characters of it runs past their
        # length to them (全面建设社会主义现代化国家)
        (
            "坚决整治违规吃喝、违规收送礼品、违规发放补贴、公车私用等问题。",
            [["违规吃喝", "违规收送礼品", "违规发放补贴", "公车私用"]],
        ),
        (
            "即全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党。",
            [["全面建设社会主义现代化国家", "全面深化改革", "全面依法治国", "全面从严治党"]],
        ),
        # of the cuts after the verbs a set of names follows, the nearest one as long as a
        # sibling: the verb (整合, 聚焦, 做好) and its subject are no part of the member
        ("推动整合信访、调解、诉讼服务、法律援助等力量。", [["信访", "调解", "诉讼服务", "法律援助"]]),
        (
            "各地各部门聚焦文山会海、督查检查考核过多过频、过度留痕等突出问题。",
            [["文山会海", "督查检查考核过多过频", "过度留痕"]],
        ),
        ("扎实做好保供稳价、安全生产和民生保障工作。", [["保供稳价", "安全生产", "民生保障工作"]]),
        # a first member shorter than its siblings written in step grows to their length from
        # a word that is no stop word (迈开|步子, 压|到|企业)
        ("年轻干部要迈开步子、放下架子、扑下身子。", [["迈开步子", "放下架子", "扑下身子"]]),
        ("把责任真正压到企业、落到岗位、实到人头。", [["压到企业", "落到岗位", "实到人头"]]),
        # a first member grown to its siblings' length takes the nouns before it when the words
        # that govern the series (推动, 防范化解, 在) are further back: they are its modifier
        ("推动正负极材料、电解液、隔膜等环节补链强链。", [["正负极材料", "电解液", "隔膜"]]),
        ("防范化解地方政府债务、房地产、金融等领域风险。", [["地方政府债务", "房地产", "金融"]]),
        (
            "在地质灾害隐患点、易涝点、危化品企业等部位布设设备。",
            [["地质灾害隐患点", "易涝点", "危化品企业"]],
        ),
        # …not when it is in step with them already (更 in each): the nouns before are a subject
        ("让中华大地天更蓝、山更绿、水更清、环境更优美。", [["天更蓝", "山更绿", "水更清", "环境更优美"]]),
        # a first member half as long as siblings of one length that open with verbs grows to their
        # length: a verb and its object like them, which jieba's words cut short (围绕 a stop word)
        ("坚持围绕中心、建设队伍、服务群众。", [["围绕中心", "建设队伍", "服务群众"]]),
        ("坚持预防在前、调解优先、运用法治、就地解决。", [["预防在前", "调解优先", "运用法治", "就地解决"]]),
        # …not one longer than half: 推进 governs the series (生活 opens its siblings, a verb-noun)
        (
            "扎实推进厕所革命、生活污水治理、生活垃圾分类。",
            [["厕所革命", "生活污水治理", "生活垃圾分类"]],
        ),
        # a frame (以…为) round the series holds its members: the first runs from its preposition
        ("要建立以创新价值、能力、贡献为导向的人才评价体系。", [["创新价值", "能力", "贡献"]]),
        (
            "每年从返乡创业人员、退役军人、大学毕业生中选拔村干部。",
            [["返乡创业人员", "退役军人", "大学毕业生"]],
        ),
        # a first member that opens with an adverb and a verb (逐级|明确, 坚决|纠治) among names that
        # open with neither: the adverb and its verb govern the series
        (
            "要逐级明确水库、堤防、山洪灾害危险区、城市易涝点的防汛责任人。",
            [["水库", "堤防", "山洪灾害危险区", "城市易涝点"]],
        ),
        (
            "坚决纠治文山会海、督查检查考核过多过频、过度留痕等问题。",
            [["文山会海", "督查检查考核过多过频", "过度留痕"]],
        ),
        # the words up to the verb that governs a series of names rival the nearer verb inside
        # them (掌握|独居老人: 独居 modifies 老人)
        (
            "重点掌握独居老人、留守儿童、残疾人、孕产妇等特殊群体情况。",
            [["独居老人", "留守儿童", "残疾人", "孕产妇"]],
        ),
        # bare verbs of two characters after the noun they act on: the noun is no part of the first
        ("完善人才培养、引进、使用、合理流动的工作机制。", [["培养", "引进", "使用", "合理流动"]]),
        # an opening of one character three siblings or more share opens the first member too
        (
            "相关地区要视情采取停课、停工、停业、停运、停止户外活动等措施。",
            [["停课", "停工", "停业", "停运", "停止户外活动"]],
        ),
        # a first member that ends in a word jieba reads character by character, a stop word last
        # (不|对|等): the series goes on after it, so the stop word ends the word, not the member
        (
            "一些单位不同程度存在信息不对等、数据孤岛化、协同机制缺失等问题。",
            [["信息不对等", "数据孤岛化", "协同机制缺失"]],
        ),
        # a word of the ending every member shares is the first member's own too
        (
            "推动党组织建在产业链上、党员聚在产业链上、群众富在产业链上。",
            [["党组织建在产业链上", "党员聚在产业链上", "群众富在产业链上"]],
        ),
        # a verb that names a thing (vn) opening the clause governs the names after it
        ("浙江某县依托竹林资源，发展竹编、竹笋、竹林康养等产业。", [["竹编", "竹笋", "竹林康养"]]),
        ("运用大数据、物联网、人工智能等技术提升监测水平。", [["大数据", "物联网", "人工智能"]]),
        (
            "推广“数字帮办员”制度，发动年轻党员、大学生村官、志愿者为老人代办。",
            [["年轻党员", "大学生村官", "志愿者"]],
        ),
        # after an idiom or a soft stop that says how it is done, a vn is the predicate
        # that governs the names
        ("鼓励各乡镇因地制宜发展蓝莓、食用菌、民宿经济等产业。", [["蓝莓", "食用菌", "民宿经济"]]),
        (
            "全镇重点发展葡萄、食用菌、高山花卉、林下养蜂等产业。",
            [["葡萄", "食用菌", "高山花卉", "林下养蜂"]],
        ),
        # (after a verb or a noun it may modify the noun after it, and a noun that is only the
        # ending the siblings share makes no name: the name stays whole)
        ("落实共同发展规划、专项规划、区域规划。", [["发展规划", "专项规划", "区域规划"]]),
        (
            "筹备组负责明确活动主题、场地布置、人员分工和后勤保障。",
            [["活动主题", "场地布置", "人员分工", "后勤保障"]],
        ),
        ("抓紧编制发展规划、专项规划、区域规划。", [["发展规划", "专项规划", "区域规划"]]),
        # (nor when the names are the clause's subject, a modal after them, or a verb's object
        # that the stop picks out: 重点 then says which names, it is no adverb)
        ("重点改革任务、攻坚项目、民生实事要列出清单。", [["改革任务", "攻坚项目", "民生实事"]]),
        (
            "全面梳理重点监管企业、特种设备、危化品仓库。",
            [["监管企业", "特种设备", "危化品仓库"]],
        ),
        (
            "统筹抓好重点发展项目、民生工程、基础设施建设。",
            [["发展项目", "民生工程", "基础设施建设"]],
        ),
        # inside a clause a vn may modify the noun after it; a clause that opens with a noun keeps it
        ("要加强发展规划、产业政策、行业标准的衔接。", [["发展规划", "产业政策", "行业标准"]]),
        ("完善管理制度、工作流程、考核办法。", [["管理制度", "工作流程", "考核办法"]]),
        # …but a head that ends as every sibling does is a name of their kind, vn and all
        (
            "应急管理部、中央军委国防动员部、公安部按职责分工负责。",
            [["应急管理部", "中央军委国防动员部", "公安部"]],
        ),
        (
            "（应急管理部、中央军委国防动员部、公安部按职责分工负责）",
            [["应急管理部", "中央军委国防动员部", "公安部"]],
        ),
        ("应急管理局、自然资源局、气象局要加强会商。", [["应急管理局", "自然资源局", "气象局"]]),
        # (half the siblings or more: names of bodies may end in 部 or 局; places a vn governs, or
        # one sibling of four ending alike by chance, make no name)
        (
            "（应急管理部、自然资源部、水利部、中国气象局按职责分工负责）",
            [["应急管理部", "自然资源部", "水利部", "中国气象局"]],
        ),
        (
            "建设茶叶种植示范区、农产品加工集中区、康养休闲体验区。",
            [["茶叶种植示范区", "农产品加工集中区", "康养休闲体验区"]],
        ),
        (
            "研究秋粮生产、安全生产、重点项目建设、民生实事等工作。",
            [["秋粮生产", "安全生产", "重点项目建设", "民生实事"]],
        ),
        # a remark in brackets whose members are names of one kind: the vn it opens with is its
        # first member's own; a vn before members of no one kind governs them, as outside brackets
        (
            "建立风险台账。（应急管理部、民政部、财政部按职责分工负责）",
            [["应急管理部", "民政部", "财政部"]],
        ),
        (
            "加强重点人群帮扶（救助困难群众、残疾人、留守儿童），兜牢民生底线。",
            [["困难群众", "残疾人", "留守儿童"]],
        ),
        ("提升监测水平（运用大数据、物联网、人工智能等技术）。", [["大数据", "物联网", "人工智能"]]),
    ],
)
def test_series_first_members(text: str, members: list[list[str]]) -> None:
    assert _members(text) == members


def test_series_subject_before_joining_word_keeps_its_vn() -> None:
    # before a joining 与 the words are the clause's subject, no vn (考核) governs them: 考核 is
    # neither its lead nor cut off its first member
    found = _series("考核结果与评先评优、干部使用、绩效奖励挂钩。")
    assert all(lead != "考核" and not members[0].startswith("结果") for lead, members in found)


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # a 与 before the series opens a frame the verb after it closes: the words before 与 are the
        # subject, no member, and the verb (with its adverbs, its complement) no part of the last one
        ("考核结果与评先评优、干部使用、绩效奖励挂钩。", [["评先评优", "干部使用", "绩效奖励"]]),
        ("将群众满意度与干部考核、评先评优、职级晋升直接挂钩。", [["干部考核", "评先评优", "职级晋升"]]),
        ("使教育与经济社会发展、人口结构、资源禀赋相适应。", [["经济社会发展", "人口结构", "资源禀赋"]]),
        ("中国与俄罗斯、蒙古、朝鲜接壤。", [["俄罗斯", "蒙古", "朝鲜"]]),
        ("我市与北京、上海、深圳相比，还有差距。", [["北京", "上海", "深圳"]]),
        # words of manner before the closing verb are no part of the last member
        (
            "把考核结果与干部选拔任用、年度评先评优、职级晋升紧密挂钩。",
            [["干部选拔任用", "年度评先评优", "职级晋升"]],
        ),
        # a 同 inside a member's word (共同富裕, 产业协同) is no 与 of its own
        ("把考核结果与评先评优、群众参与度、绩效奖励挂钩。", [["评先评优", "群众参与度", "绩效奖励"]]),
        # a last member already cut short keeps its own last word (评优 is a verb too)
        (
            "把物业服务质量与社区评价、企业信用、评先评优相挂钩。",
            [["社区评价", "企业信用", "评先评优"]],
        ),
        # a verb that acts on every side closes no such frame: the words before 与 are a member
        (
            "坚持查办案件与整改整治、完善制度、警示教育一体推进。",
            [["查办案件", "整改整治", "完善制度", "警示教育"]],
        ),
        # nor does one that joins all sides as one (融合, 结合, 统一, 协调, 衔接)
        (
            "把文化活动与产业发展、乡村治理、基层党建结合起来。",
            [["文化活动", "产业发展", "乡村治理", "基层党建"]],
        ),
        ("推动农业与旅游、教育、文化、康养等产业深度融合。", [["农业", "旅游", "教育", "文化", "康养"]]),
        ("推动产业链与创新链、资金链、人才链深度融合。", [["产业链", "创新链", "资金链", "人才链"]]),
        ("促进经济与社会、人口、资源、环境相协调。", [["经济", "社会", "人口", "资源", "环境"]]),
        ("推动党建与业务、发展与安全深度融合。", [["党建", "业务", "发展", "安全"]]),
        (
            "把乡风文明与村规民约、家风家训、移风易俗融合在一起。",
            [["乡风文明", "村规民约", "家风家训", "移风易俗"]],
        ),
        # 和 joins members, and a clause that ends with a noun closes no frame
        ("统筹城市和乡村、产业、生态，推动协调发展。", [["城市", "乡村", "产业", "生态"]]),
        ("统筹全市城市和乡村、产业、生态。", [["城市", "乡村", "产业", "生态"]]),
        # …a noun before the words before 和, and members after it that end alike where they do not,
        # cut no member away: the words are a member all the same
        ("组织全县教师和党员、团员、队员参加活动。", [["教师", "党员", "团员", "队员"]]),
        ("统筹全县农村和城区、园区、景区发展。", [["农村", "城区", "园区", "景区"]]),
        ("加强农村道路和国道、省道、县道管护。", [["道路", "国道", "省道", "县道"]]),
        ("加强与高校、科研院所、企业的合作。", [["高校", "科研院所", "企业"]]),
    ],
)
def test_series_reciprocal_frame(text: str, members: list[list[str]]) -> None:
    assert _members(text) == members


def test_series_joining_frame_keeps_its_subject() -> None:
    # 相统一 joins all sides: the words before 与 are the first of three members, not a subject
    # that leaves two (and so no set card)
    found = _members("坚持政治效果与法律效果、社会效果相统一。")
    assert [members[:2] for members in found] == [["政治效果", "法律效果"]]
    assert len(found[0]) == 3


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # the word a modal opens governs names, however jieba tags it (利用 n, 立足 d, 要学 unknown)
        (
            "要充分利用少年宫、科技馆、博物馆、红色教育基地等校外资源。",
            [["少年宫", "科技馆", "博物馆", "红色教育基地"]],
        ),
        (
            "要立足茶叶、高山蔬菜、中药材、生态畜禽“四大主导产业”。",
            [["茶叶", "高山蔬菜", "中药材", "生态畜禽"]],
        ),
        (
            "同时要学党史、新中国史、改革开放史、社会主义发展史。",
            [["党史", "新中国史", "改革开放史", "社会主义发展史"]],
        ),
        # a verb after the modal governs the series, and the words after it are the member's own
        ("好的小标题要做到对仗工整、字数相当、意思不重复。", [["对仗工整", "字数相当", "意思不重复"]]),
        ("反腐败斗争要坚持无禁区、全覆盖、零容忍。", [["无禁区", "全覆盖", "零容忍"]]),
        # a modal the members hold is theirs, and a member that names nothing is none of this
        (
            "坚持管行业必须管安全、管业务必须管安全、管生产经营必须管安全。",
            [["管行业必须管安全", "管业务必须管安全", "管生产经营必须管安全"]],
        ),
        ("讲清楚要办什么事、缺什么材料、为什么着急。", [["办什么事", "缺什么材料", "为什么着急"]]),
        # a verb jieba knows after the modal's word governs the names (要重点|抓好|厕所革命)
        (
            "今年要重点抓好厕所革命、生活污水治理、生活垃圾治理、村容村貌提升4项任务。",
            [["厕所革命", "生活污水治理", "生活垃圾治理", "村容村貌提升"]],
        ),
        # after a modal, members no longer than their siblings are whole, a subject and its
        # predicate each (jieba tags 领导, 挂帅, 主体 nouns)
        ("要党委领导、政府负责、社会协同、公众参与。", [["党委领导", "政府负责", "社会协同", "公众参与"]]),
        ("各地要企业主体、政府引导、社会参与。", [["企业主体", "政府引导", "社会参与"]]),
        ("必须书记挂帅、部门协同、上下联动。", [["书记挂帅", "部门协同", "上下联动"]]),
        (
            "必须党委统一领导、部门齐抓共管、群众广泛参与。",
            [["党委统一领导", "部门齐抓共管", "群众广泛参与"]],
        ),
        ("要县级领导、乡镇干部、村组干部包村联户。", [["县级领导", "乡镇干部", "村组干部"]]),
        # the modal's word with its complement (处理好) is no cut before the complement
        (
            "要正确处理好发展和保护的关系、攻坚和治理的关系、恢复和修复的关系。",
            [["正确处理好发展和保护的关系", "攻坚和治理的关系", "恢复和修复的关系"]],
        ),
        # a word jieba knows that opens with a modal's character is no modal and its verb
        ("要素市场、资本市场、技术市场协同发展。", [["要素市场", "资本市场", "技术市场"]]),
        ("应急管理局、自然资源局、气象局要加强会商。", [["应急管理局", "自然资源局", "气象局"]]),
    ],
)
def test_series_governing_words(text: str, members: list[list[str]]) -> None:
    assert _members(text) == members


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # a count after the last member names the set and ends it
        (
            "制定了村级组织工作事项、协助政府工作事项、出具证明事项“三张清单”。",
            [["村级组织工作事项", "协助政府工作事项", "出具证明事项"]],
        ),
        (
            "形成社屋、經屋、夾心房、長者公寓及私人房屋的「五層房屋階梯」。",
            [["社屋", "經屋", "夾心房", "長者公寓", "私人房屋"]],
        ),
        # a last member that ends at 等 is whole, however long
        ("持续推进财税、金融、要素市场化配置等改革。", [["财税", "金融", "要素市场化配置"]]),
        # a series that ends at 等 inside a part, and the series after it
        (
            "在产权保护、产业补贴、金融领域等实现规则、规制、管理、标准相通相容。",
            [["产权保护", "产业补贴", "金融领域"], ["规则", "规制", "管理", "标准"]],
        ),
        # a part that ends with the opening the parts after it share ends one series, starts another
        (
            "文化自信是一个国家、一个民族发展中更基本、更深沉、更持久的力量。",
            [["更基本", "更深沉", "更持久"]],
        ),
        # …or the opening of the one part after it; the last member ends before a function word
        (
            "确保每一座水库、每一段堤防、每一处隐患点都有人盯、有人管。",
            [["每一座水库", "每一段堤防", "每一处隐患点"]],
        ),
        # a middle part that is a pair is weighed by its words, not as a seam
        (
            "主要成就：全面从严治党、经济建设、政治建设、坚持“一国两制”和推进祖国统一、外交工作。",
            [["全面从严治党", "经济建设", "政治建设", "坚持“一国两制”和推进祖国统一", "外交工作"]],
        ),
        # a remark in brackets with a figure is no part of a member
        (
            "群众最关心的问题依次为：社会保险（占64.8%）、子女入学（占39.1%）、住房保障（占30.2%）。",
            [["社会保险", "子女入学", "住房保障"]],
        ),
        # a middle part is weighed against the other middle parts, not against itself
        (
            "在服务教育强国、科技强国、人才强国建设中展现新担当、实现新作为。",
            [["教育强国", "科技强国", "人才强国"]],
        ),
        # long members keep more words past the longest sibling (a member is no pair of long phrases)
        (
            "即世界旅游休闲中心、中国与葡语国家商贸合作服务平台、以中华文化为主流多元文化共存的交流合作基地，为…",
            [
                [
                    "世界旅游休闲中心",
                    "中国与葡语国家商贸合作服务平台",
                    "以中华文化为主流多元文化共存的交流合作基地",
                ]
            ],
        ),
        # figures are no members: the series ends before them
        ("汽车、家电、餐饮消费分别增长9.3%、7.8%和15.6%。", [["汽车", "家电", "餐饮"]]),
        # a last member that runs on ends with the last word of a sibling's
        (
            "健全灵活就业人员、农民工、新就业形态人员社保制度。",
            [["灵活就业人员", "农民工", "新就业形态人员"]],
        ),
        # a double dash ends the clause of a series as a mark does
        (
            "口诀：经济、政治、文化、社会、生态——和“五位一体”对应。",
            [["经济", "政治", "文化", "社会", "生态"]],
        ),
        # one-character members: the last as long as they are
        ("统筹推进田、土、水、路、林、电综合治理。", [["田", "土", "水", "路", "林", "电"]]),
        # a joining word splits the last member when only chance made its siblings open alike
        (
            "以农村厕所革命、生活污水治理、生活垃圾治理和村容村貌提升为主攻方向。",
            [["农村厕所革命", "生活污水治理", "生活垃圾治理", "村容村貌提升"]],
        ),
        # names that share their last word are a set, long as they are
        (
            "深入开展校园食品安全守护行动、农村假冒伪劣食品整治行动和餐饮质量安全提升行动。",
            [["校园食品安全守护行动", "农村假冒伪劣食品整治行动", "餐饮质量安全提升行动"]],
        ),
        # a joining word does not split off words unlike the members: the rest of the sentence
        # the series runs on into, far longer than they are
        ("公共服务短板在于教育、医疗、养老资源与城区差距明显。", [["教育", "医疗", "养老"]]),
        # a series that is the subject of the clause it runs on into ends before the verb and
        # object that follow it (…村医和护士组成团队), not at a verb inside a name or before a
        # joining word (…地方做法和金句一次性梳理清楚)
        ("由县级专家、乡镇全科医生、村医和护士组成团队。", [["县级专家", "乡镇全科医生", "村医", "护士"]]),
        ("将移风易俗、环境整治、邻里互助纳入积分管理。", [["移风易俗", "环境整治", "邻里互助"]]),
        (
            "帮大家把背景、内涵、重点事项、地方做法和金句一次性梳理清楚。",
            [["背景", "内涵", "重点事项", "地方做法"]],
        ),
        # two series that meet in one part (…村形成责任共同体、管理共同体…): the second starts
        # with the member that ends as its siblings do
        (
            "只有让县、乡、村形成责任共同体、管理共同体、服务共同体、利益共同体，才能见效。",
            [["责任共同体", "管理共同体", "服务共同体", "利益共同体"]],
        ),
        # the 中 that closes a 在…中 frame ends the series, and words after it may open another;
        # not a 中 in members framed on their own
        (
            "在信访接待、项目攻坚、应急处突中经风雨、见世面、壮筋骨、长才干。",
            [["信访接待", "项目攻坚", "应急处突"], ["经风雨", "见世面", "壮筋骨", "长才干"]],
        ),
        (
            "注重在网络意见人士、社会组织负责人、自由职业者中发现人才。",
            [["网络意见人士", "社会组织负责人", "自由职业者"]],
        ),
        # a part that runs on past the ending the parts before it share holds the seam too
        (
            "青年干部要在招商一线、征拆一线、防汛一线练本领、长才干、强作风。",
            [["招商一线", "征拆一线", "防汛一线"], ["练本领", "长才干", "强作风"]],
        ),
        # a 中 jieba glues to the next character in a word it guesses (中当) closes the frame too
        ("同学们要在军训、劳动、实践中当先锋、作表率。", [["军训", "劳动", "实践"]]),
        # so do the 中 of a 从…中 frame and the 去 of a 到…去 frame
        ("重点从致富能手、返乡大学生、退役军人中选拔村干部。", [["致富能手", "返乡大学生", "退役军人"]]),
        (
            "年轻干部要到边远山区、信访窗口、项目工地去经风雨、见世面、壮筋骨。",
            [["边远山区", "信访窗口", "项目工地"], ["经风雨", "见世面", "壮筋骨"]],
        ),
        (
            "必须坚持守正创新，在保护中传承、在传承中发展、在发展中惠民。",
            [["在保护中传承", "在传承中发展", "在发展中惠民"]],
        ),
        # (a series that ends at 等 ends there: what the 与 joins before it are its last members)
        ("完善教育、医疗、养老与托育服务设施等公共服务。", [["教育", "医疗", "养老", "托育服务设施"]]),
        # a joining word does not split off words unlike the members
        ("推动劳动者、劳动资料、劳动对象优化组合和更新跃升。", [["劳动者", "劳动资料", "劳动对象"]]),
        (
            "必须以更高站位、更宽视野、更大力度来谋划和推进生态环境保护工作。",
            [["更高站位", "更宽视野", "更大力度"]],
        ),
        # members of one short length are words in step: a last one that runs on past it holds the
        # words the whole series shares (助医|服务, 景区|建设)
        ("为社区老人提供助浴、助行、助医服务。", [["助浴", "助行", "助医"]]),
        ("要统筹城市、乡村、园区、景区建设。", [["城市", "乡村", "园区", "景区"]]),
        # …not actions, which may run longer (有培训演练)
        ("做到有场地、有人员、有制度、有培训演练。", [["有场地", "有人员", "有制度", "有培训演练"]]),
        # with one 、 and a joining 和, the member before the 和 is a sibling whose ending the last shares
        (
            "只有把党的政治优势、组织优势和群众工作优势充分发挥出来，才能凝聚力量。",
            [["政治优势", "组织优势", "群众工作优势"]],
        ),
        # a bracket after the last member that holds a remark is a note on it, no part of it (one of
        # a few characters may be part of a name: 村（社区）); nor are the signs before it
        (
            "基层治理做到小事不出村、大事不出镇、矛盾不上交（有的材料写“就地化解”，意思一样）",
            [["小事不出村", "大事不出镇", "矛盾不上交"]],
        ),
        (
            "常用做法：网格走访、积分评比、“双报到”（党员到社区报到服务）",
            [["网格走访", "积分评比", "双报到"]],
        ),
        ("协同推进降碳、减污、扩绿、增长 ⭐（这八个字常考）", [["降碳", "减污", "扩绿", "增长"]]),
        # the 为 that closes the 以…为 frame the head opens ends the last member; not where every
        # member is framed (以县医院为龙头、乡镇卫生院为枢纽)
        ("组建应急分队，以民兵、退役军人、志愿者为骨干。", [["民兵", "退役军人", "志愿者"]]),
        # a middle member that is a pair is as long as its longer side: the last ends at the 的
        (
            "构建社区党组织领导、居委会主导、业主委员会和物业企业协同、居民参与的治理格局。",
            [["社区党组织领导", "居委会主导", "业主委员会和物业企业协同", "居民参与"]],
        ),
        # parts that each hold words and one figure are a tally, the figures no seams
        ("今年新建学校12所、医院3家、公园5个。", [["学校12所", "医院3家", "公园5个"]]),
        # (its last member keeps its figure where the ending its siblings share would cut it off)
        (
            "全县清理形成保留审批事项45项、下放审批事项32项、取消审批事项18项，向社会公布。",
            [["保留审批事项45项", "下放审批事项32项", "取消审批事项18项"]],
        ),
        # names that share their last words are a set however long, one of them opening with a verb
        (
            "编制企业开办服务事项清单、配合审批服务事项清单和跨省通办服务事项清单。",
            [["企业开办服务事项清单", "配合审批服务事项清单", "跨省通办服务事项清单"]],
        ),
        # the ending the siblings share ends the last member only where a word of it ends: not inside
        # a word the dictionary knows (住房贷|款), though inside one jieba only guessed (学习上|作)
        ("完善个人贷、经营贷和住房贷款政策。", [["个人贷", "经营贷", "住房贷款"]]),
        ("推进助餐点、助浴点和助医点建设。", [["助餐点", "助浴点", "助医点"]]),
        # (between the words of a compound the dictionary knows it may cut: 思维|能力)
        ("不断增强法治思维、系统思维、创新思维能力。", [["法治思维", "系统思维", "创新思维"]]),
        # alternatives joined by 或 that end as the siblings do are one member
        (
            "四议：党支部会提议、村“两委”会商议、党员大会审议、村民会议或村民代表会议决议",
            [["党支部会提议", "村“两委”会商议", "党员大会审议", "村民会议或村民代表会议决议"]],
        ),
    ],
)
def test_series_last_members(text: str, members: list[list[str]]) -> None:
    assert _members(text) == members


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # long names among short ones are one set
        (
            "聚焦水库、堤防、山洪灾害危险区、地质灾害隐患点、在建工地、危化品、燃气、自建房等重点领域。",
            [["水库", "堤防", "山洪灾害危险区", "地质灾害隐患点", "在建工地", "危化品", "燃气", "自建房"]],
        ),
        # a long part with a verb in it is a clause that swallowed the words after the series
        ("要把那些有影响、有代表性的党外人士及时推荐到人大、政府及有关群众团体中来。", []),
    ],
)
def test_series_balance(text: str, members: list[list[str]]) -> None:
    assert _members(text) == members


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # parts that each join two words and say a verb of both (约束和关爱并重) are whole members: a
        # 和 in one is no seam to a third member (two parts are no series)
        ("干部管理要坚持监督和信任统一、约束和关爱并重。", []),
        ("要坚持历练和关爱结合、考核和激励并重，调动积极性。", []),
        ("推动产业和城市融合、生产和生活协调。", []),
        (
            "坚持改革和开放并重、效率和公平兼顾、活力和秩序统一。",
            [["改革和开放并重", "效率和公平兼顾", "活力和秩序统一"]],
        ),
        # …quoted words the same (a quotation mark both parts open with is no frame of theirs)
        ("既要“放活”和“管好”结合、“发展”和“规范”统一。", []),
        (
            "坚持“稳”和“进”统一、“立”和“破”并举、“内”和“外”兼顾。",
            [["“稳”和“进”统一", "“立”和“破”并举", "“内”和“外”兼顾"]],
        ),
        # …while a 和 before a last member that has no pair before it still adds one
        ("推动文化、旅游和体育融合发展。", [["文化", "旅游", "体育"]]),
        ("支持“高校”、“院所”和“企业”协同创新。", [["高校", "院所", "企业"]]),
        ("推进教育、科技和人才深度融合。", [["教育", "科技", "人才"]]),
        ("加快发展数字经济、绿色经济和海洋经济。", [["数字经济", "绿色经济", "海洋经济"]]),
    ],
)
def test_series_parts_joined_with_their_verb(text: str, members: list[list[str]]) -> None:
    assert _members(text) == members


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        (
            "推动“一网通办”“一网统管”“一网协同”，提升政府治理效能。",
            [("推动", ["一网通办", "一网统管", "一网协同"])],
        ),
        # a joining word before the last quotation (“A”“B”和“C”); not pairs joined each by 与 or 和
        (
            "乡村治理要下足“绣花”“穿针”与“引线”的功夫。",
            [("乡村治理要下足", ["绣花", "穿针", "引线"])],
        ),
        ("讲清“破”与“立”“进”与“退”的关系。", []),
        ("处理好“快”和“慢”“放”和“管”的关系。", []),
        ("他只回了“好”“行”，再无下文。", []),
        # a joining word before the run, not after a quotation, leaves it whole
        (
            "深化改革和“一网通办”“一网统管”“一网协同”建设。",
            [("深化改革和", ["一网通办", "一网统管", "一网协同"])],
        ),
        (
            "建立“发现上报—分流交办—限时办结—回访评价”闭环流程。",
            [("建立", ["发现上报", "分流交办", "限时办结", "回访评价"])],
        ),
        (
            "探索“社区党组织+业委会+物业企业+网格员”四方联动机制。",
            [("探索", ["社区党组织", "业委会", "物业企业", "网格员"])],
        ),
        ("发展创业投资,,完善“科技—产业—金融”良性循环。", [("完善", ["科技", "产业", "金融"])]),
        # arrows and spaced slashes join parts too; a part may hold a / or a closed bracket, and a
        # run that follows a colon is asked by the words before it
        (
            "解题步骤：审题干 → 找要点 → 归类整理 → 规范作答。",
            [("解题步骤", ["审题干", "找要点", "归类整理", "规范作答"])],
        ),
        (
            "三个坚持是：坚持人民至上 / 坚持守正创新 / 坚持系统观念",
            [("三个坚持是", ["坚持人民至上", "坚持守正创新", "坚持系统观念"])],
        ),
        (
            "答题结构：破题—析原因/意义—提对策（重点）—作总结（别写太长，点到为止）",
            [("答题结构", ["破题", "析原因/意义", "提对策（重点）", "作总结"])],
        ),
        # stages of a progression (从A、B到C, 从“A”到“B”再到“C”), the last as long as the others
        ("引入全过程服务，从报批、施工到维保一条龙代办。", [("……一条龙代办", ["报批", "施工", "维保"])]),
        (
            "推动从“有没有”到“好不好”再到“优不优”转变。",
            [("推动", ["有没有", "好不好", "优不优"])],
        ),
        # two stages are a change, not a set
        ("实现从“面子”到“里子”的转变。", []),
        # keywords after a colon parted by vertical bars, figures allowed; not a page's title
        # parts nor a table's row, which follow no colon
        ("关键词：5%左右 | 1200万人 | 5.5%左右", [("关键词", ["5%左右", "1200万人", "5.5%左右"])]),
        ("新华网｜时政｜要闻", []),
        ("供给保障 | 粮食综合生产能力（万吨） | 108.6 | 约束性", []),
    ],
)
def test_runs_of_quotations_and_joined_parts(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _series(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # ；-parts after a colon: each part's opening clause
        (
            "今年的主要预期目标是：地区生产总值增长5%左右；一般公共预算收入增长4%；"
            "城镇新增就业5.5万人，城镇调查失业率控制在5.5%以内。",
            [
                (
                    "今年的主要预期目标是",
                    ["地区生产总值增长5%左右", "一般公共预算收入增长4%", "城镇新增就业5.5万人"],
                )
            ],
        ),
        # …or the second, when every part opens with a short frame
        (
            "美丽中国“三步走”：到2027年，美丽中国建设成效显著；到2035年，美丽中国目标基本实现；"
            "到本世纪中叶，美丽中国全面建成。",
            [("三步走", ["美丽中国建设成效显著", "美丽中国目标基本实现", "美丽中国全面建成"])],
        ),
        # a short clause the first part holds before its member is the lead
        (
            "初步核算，全市地区生产总值3286.4亿元，增长5.6%；一般公共预算收入241.7亿元，增长6.2%；"
            "固定资产投资增长4.8%。",
            [
                (
                    "初步核算",
                    ["全市地区生产总值3286.4亿元", "一般公共预算收入241.7亿元", "固定资产投资增长4.8%"],
                )
            ],
        ),
        # ；-parts that are each a correlative pair are members whole
        (
            "做好统战工作：既不能墨守成规，又不要标新立异；既要尽力而为，又要量力而行；既要只争朝夕，又不要急功近利。",
            [
                (
                    "做好统战工作",
                    [
                        "既不能墨守成规，又不要标新立异",
                        "既要尽力而为，又要量力而行",
                        "既要只争朝夕，又不要急功近利",
                    ],
                )
            ],
        ),
        # ；-parts that are each two short clauses, the second ones alike, are members whole
        (
            "推行“四问于民”：改不改，问需于民；改什么，问计于民；怎么改，问策于民；改得好不好，问效于民。",
            [
                (
                    "四问于民",
                    ["改不改，问需于民", "改什么，问计于民", "怎么改，问策于民", "改得好不好，问效于民"],
                )
            ],
        ),
        # a first clause no other part has the like of is the lead
        (
            "会议讨论了下一步工作。比如，完善考核办法，减少台账报表；压实工作责任，强化督查问效，做到奖惩分明；"
            "加强队伍建设，提升履职能力。",
            [("比如", ["完善考核办法", "压实工作责任", "加强队伍建设"])],
        ),
        # parts that open with alike frames, three clauses or more after each: a list per frame
        (
            "规划提出，到2025年，粮食产能稳步提升，农民收入较快增长，乡村面貌明显改善；"
            "到2035年，农业现代化基本实现，城乡差距显著缩小，共同富裕迈出坚实步伐[2]。",
            [
                ("到2025年", ["粮食产能稳步提升", "农民收入较快增长", "乡村面貌明显改善"]),
                ("到2035年", ["农业现代化基本实现", "城乡差距显著缩小", "共同富裕迈出坚实步伐"]),
            ],
        ),
        # …not ordinals: 第一，A，B；第二，C，D are marked points, whose clauses are one point's words
        (
            "这一年我们主要抓了三项工作：第一，建设智慧平台，打通部门数据，实现一窗受理；第二，优化审批流程，"
            "压缩办理时限，推行容缺受理；第三，强化队伍建设，开展岗位练兵，提升服务本领。",
            [],
        ),
        # …though a frame after the ordinal still frames its part's clauses
        (
            "第一，从长远看，人口结构变化，消费需求升级，技术加速迭代；第二，从当前看，外需疲弱，内需不足，预期偏弱。",
            [
                ("从长远看", ["人口结构变化", "消费需求升级", "技术加速迭代"]),
                ("从当前看", ["外需疲弱", "内需不足", "预期偏弱"]),
            ],
        ),
        # …and a line that a page break cut after the next part's marker (…；（2）) is read, not a crash
        ("居民层面：（1）诉求回应更快，满意度明显提高，投诉大幅减少；（2）", []),
        # …not points, each opening with a verb and the clauses that explain it
        (
            "坚持系统观念，就是要把握全局，统筹各方，突出重点；坚持问题导向，就是要增强问题意识，聚焦实际问题，提出解决办法。",
            [],
        ),
        # ，-clauses after a colon whose words count them, in a bracket too
        (
            "过去一年的三件大事：全面完成脱贫任务，乡村振兴开局良好，城乡面貌焕然一新。",
            [("三件大事", ["全面完成脱贫任务", "乡村振兴开局良好", "城乡面貌焕然一新"])],
        ),
        (
            "基本要求（四条，常考）：坚持党的领导，坚持人民至上，坚持依法办事，坚持开拓创新。",
            [("基本要求（四条，常考）", ["坚持党的领导", "坚持人民至上", "坚持依法办事", "坚持开拓创新"])],
        ),
        # ，-clauses after a colon that open with an ordinal
        (
            "全文分三大板块：第一部分是总论，第二到十四部分是分论，第十五部分讲加强党的领导。",
            [("三大板块", ["第一部分是总论", "第二到十四部分是分论", "第十五部分讲加强党的领导"])],
        ),
        # ，-clauses after a colon that each hold a figure with its unit: a tally of results
        (
            "年初承诺的民生实事全部兑现：新增公办幼儿园学位6000个，改造农村公路危桥86座，城区新建口袋公园40个。",
            [
                (
                    "年初承诺的民生实事全部兑现",
                    ["新增公办幼儿园学位6000个", "改造农村公路危桥86座", "城区新建口袋公园40个"],
                )
            ],
        ),
        # …not when one of them holds none
        ("今年的工作成效：新增学位6000个，改造危桥86座，群众满意度明显提升。", []),
        # ，-clauses after a colon whose sentence ends with a noun naming them as a group, the
        # clause that only dates them left out
        (
            "推行“积分+网格”模式：网格员负责记分，村民代表会议负责评分，村务公开栏负责晒分。",
            [("推行“积分+网格”模式", ["网格员负责记分", "村民代表会议负责评分", "村务公开栏负责晒分"])],
        ),
        (
            "会议确定了今后三年的目标任务：到2029年，完成老旧小区改造，建成一批口袋公园，实现污水管网全覆盖。",
            [
                (
                    "会议确定了今后三年的目标任务",
                    ["完成老旧小区改造", "建成一批口袋公园", "实现污水管网全覆盖"],
                )
            ],
        ),
        # …members that open with an adverb of how far or how (进一步, 更), which ties no clause
        (
            "全会提出了今后五年的主要目标：经济实现质的有效提升，进一步全面深化改革取得新成效，"
            "更高水平平安建设迈出新步伐。",
            [
                (
                    "全会提出了今后五年的主要目标",
                    ["经济实现质的有效提升", "进一步全面深化改革取得新成效", "更高水平平安建设迈出新步伐"],
                )
            ],
        ),
        # …a noun naming them before 是, the copula the sentence's verb
        (
            "会议的主要任务是：全面贯彻上级会议精神，总结全年经济工作，分析当前形势，部署明年工作。",
            [
                (
                    "会议的主要任务是",
                    ["全面贯彻上级会议精神", "总结全年经济工作", "分析当前形势", "部署明年工作"],
                )
            ],
        ),
        # …not clauses a tie joins to the one before, after 是 either
        ("他的打算是：先做直播带货，也想开网店，就是不懂运营。", []),
        # …nor an adverb's cleft that caps the clauses before (更不巧的是)
        ("迟到的原因是：他起得太晚，路上又堵车，更不巧的是还迷了路。", []),
        ("事故的主要原因是：司机疲劳驾驶，车辆严重超载，更严重的是刹车早已失灵。", []),
        # …not a label with no verb, nor speech told clause by clause
        ("知识点：技术是手段，人是关键，机制是保障。", []),
        ("返乡青年阿兰说起她的打算：“我想做直播带货，可是不懂运营，也不知道怎么包装。”", []),
        # ，-clauses after a colon that follows only the date they are set for: the goals for it
        (
            "到二〇三五年：全面建成高水平社会主义市场经济体制，中国特色社会主义制度更加完善，基本实现社会主义现代化。",
            [
                (
                    "到二〇三五年",
                    [
                        "全面建成高水平社会主义市场经济体制",
                        "中国特色社会主义制度更加完善",
                        "基本实现社会主义现代化",
                    ],
                )
            ],
        ),
        # …and without a colon after a target date (到…年); not after a year a story is told in, nor
        # two goals only
        (
            "到2024年底，作业管理达标率达到100%，课后服务比例稳定在95%以上，家长满意度达到90%以上。",
            [
                (
                    "到2024年底",
                    ["作业管理达标率达到100%", "课后服务比例稳定在95%以上", "家长满意度达到90%以上"],
                )
            ],
        ),
        ("到2019年，我来到村里，发现问题很多，开始走访。", []),
        # …nor a story told up to a date: a person, what has happened, a question, a part (其中)
        ("到2030年，他就六十岁了，孩子们都已成家，他打算回老家养老。", []),
        ("至2023年底，老张已经退休两年，女儿考上了大学，儿子也成了家。", []),
        ("到2027年，我们村要修好路，建好房，过上好日子，大家说好不好？", []),
        ("到2027年，村里要修好路，建好房，过上好日子，好不好？", []),
        ("到2025年，新增学位3万个，改造校舍50所，培训教师2000人，其中普惠性幼儿园学位1万个。", []),
        # …nor goals with a comment after them (这是…, 实则…, 关键在于…)
        ("到2030年，力争完成投资100亿元，带动就业1万人，实现税收5亿元，这是县委县政府的郑重承诺。", []),
        ("到2035年，全县生产总值将突破千亿元，这一目标看似遥远，实则触手可及，关键在于实干。", []),
        # …nor a statistics bulletin's "as of" date (至…年末) and the figures it stood at
        (
            "至2024年末，全市户籍人口为320万人，比上年末减少1.2万人，人口自然增长率为负，老龄化进一步加深。",
            [],
        ),
        # …nor after a colon that follows a year or a span that sets no target (到, 至)
        ("2019年：我来到村里，走访了全部农户，建起了合作社。", []),
        ("二十年：他扎根山村，教出了上千名学生，送走了一批又一批孩子。", []),
        ("30年：他守着这片林子，种下了十万棵树，救过三次山火。", []),
        ("到2019年：我来到村里，走访了全部农户，建起了合作社。", []),
        ("到2025年，全市农业农村现代化取得重要进展，乡村全面振兴取得实质性突破。", []),
        # ，-clauses after a colon that open alike
        (
            "总思路一句话：以市场化为方向，以法治化为保障，以国际化为标尺。",
            [("总思路一句话", ["以市场化为方向", "以法治化为保障", "以国际化为标尺"])],
        ),
    ],
)
def test_parts_after_a_colon(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _series(text) == lists


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        (
            "让良好生态环境成为人民幸福生活的增长点，成为经济社会持续健康发展的支撑点，成为展现我国良好形象的发力点。",
            [
                (
                    "让良好生态环境",
                    [
                        "成为人民幸福生活的增长点",
                        "成为经济社会持续健康发展的支撑点",
                        "成为展现我国良好形象的发力点",
                    ],
                )
            ],
        ),
        # clauses that are each a verb and the quoted term it acts on
        (
            "要把理论学习作为必修课，树牢“四个意识”，坚定“四个自信”，做到“两个维护”，在思想上正本清源。",
            [("要把理论学习作为必修课", ["树牢“四个意识”", "坚定“四个自信”", "做到“两个维护”"])],
        ),
        # a conditional (谁…，谁就能…) opens alike by chance; the set after it does not
        (
            "谁的营商环境好，谁就能吸引更多项目，谁就能赢得主动。"
            "改革要更加注重系统集成，更加注重突出重点，更加注重改革实效。",
            [("改革要", ["更加注重系统集成", "更加注重突出重点", "更加注重改革实效"])],
        ),
        # a one-character verb that each clause opens with a word of its complement (做强…，做精…)
        (
            "以市场需求为导向，做强现代种养业，做精乡土特色产业，做优农产品加工业，推动融合发展。",
            [("以市场需求为导向", ["做强现代种养业", "做精乡土特色产业", "做优农产品加工业"])],
        ),
        # one and a classifier open each clause, whatever the classifier (一门…，一种…，一项…)
        (
            "说到底，作风建设是一门常学常新的功课，一种久久为功的修炼，一项没有终点的工程。",
            [("作风建设是", ["一门常学常新的功课", "一种久久为功的修炼", "一项没有终点的工程"])],
        ),
        # …not clauses that only open with 一 (一些人, 一边) and tell a story
        ("那天一个人去了县城，一些人留在村里，一边走一边说，一场雨下到天黑。", []),
        # …nor clauses that each take a classifier but go on past their noun (a story, a finding)
        ("一场暴雨过后，一条新修的机耕路通到了田头，一位老农站在路边张望。", []),
        ("一次走访发现，一个组的集体收入不足三万元，一项补助政策还没兑现。", []),
        ("一座座厂房拔地而起，一条条道路四通八达，一片片茶园郁郁葱葱。", []),
        # correlatives join the members (既要…，又要…，更要…)
        (
            "推进数字化转型，既要用好技术这个“加速器”，又要建好机制这个“稳定器”，更要激发干部这个“发动机”。",
            [("推进数字化转型", ["用好技术这个“加速器”", "建好机制这个“稳定器”", "激发干部这个“发动机”"])],
        ),
        # short clauses built on one frame: words of one length, a linking word, words of their own
        (
            "发展新质生产力，人才突破是起点，要素配置是路径，产业升级是落点。",
            [("发展新质生产力", ["人才突破是起点", "要素配置是路径", "产业升级是落点"])],
        ),
        (
            "一句话概括：特点是创新，关键在质优，本质是先进生产力。",
            [("一句话概括", ["特点是创新", "关键在质优", "本质是先进生产力"])],
        ),
        # clauses that share a verb after subjects of their own, no verb among their words
        (
            "严格落实五级书记抓乡村振兴的要求，县委书记当好“一线总指挥”，乡镇党委书记当好“施工队长”，"
            "村党组织书记当好“领头雁”。",
            [
                (
                    "严格落实五级书记抓乡村振兴的要求",
                    ["县委书记当好“一线总指挥”", "乡镇党委书记当好“施工队长”", "村党组织书记当好“领头雁”"],
                )
            ],
        ),
        # …also after a word of duty (要当好)
        (
            "严格落实五级书记抓乡村振兴要求，县级书记要当好“一线总指挥”，乡镇党委书记要当好“施工队长”，"
            "村党组织书记要当好“领头雁”。",
            [
                (
                    "严格落实五级书记抓乡村振兴要求",
                    [
                        "县级书记要当好“一线总指挥”",
                        "乡镇党委书记要当好“施工队长”",
                        "村党组织书记要当好“领头雁”",
                    ],
                )
            ],
        ),
        # …not clauses whose words before the verb they share hold a verb of their own
        ("强化企业科技创新主体地位，推动创新链深度融合，建设一批高能级创新平台。", []),
        # …not clauses that open with a function word (然而在…，恰恰在…)
        ("然而在实际工作中，恰恰在这方面就没有做好，并且做得很不够。", []),
        # the later clauses alike in more characters (来自中国…) but not in more words: the first is one
        (
            "我们的底气，来自人民群众的广泛支持，来自中国特色社会主义制度的显著优势，来自中国共产党的坚强领导。",
            [
                (
                    "我们的底气",
                    [
                        "来自人民群众的广泛支持",
                        "来自中国特色社会主义制度的显著优势",
                        "来自中国共产党的坚强领导",
                    ],
                )
            ],
        ),
        # a quotation that opens the first clause and runs on holds the set; it hides no opening
        (
            "会议强调：“广大干部要敢于担当、善于作为，要勤于学习、精于业务，要严于律己、廉洁奉公，做新时代的好干部。”",
            [("广大干部", ["要敢于担当、善于作为", "要勤于学习、精于业务", "要严于律己、廉洁奉公"])],
        ),
        # clauses that each set one contrast in 、-parts ending alike place by place (…多、…少)
        (
            "有的地方仍然存在“三多三少”：开会多、落实少，表态多、行动少，留痕多、实效少。",
            [("有的地方仍然存在“三多三少”", ["开会多、落实少", "表态多、行动少", "留痕多、实效少"])],
        ),
        # 即 opens the members of what the clause before names: no part of the first, nor the lead
        (
            "基层反映的问题，即会议多、调研少，材料多、实招少，检查多、帮扶少。",
            [("基层反映的问题", ["会议多、调研少", "材料多、实招少", "检查多、帮扶少"])],
        ),
        (
            "要坚持系统观念，即统筹发展和安全，统筹集约和分散，统筹共性和个性。",
            [("要坚持系统观念", ["统筹发展和安全", "统筹集约和分散", "统筹共性和个性"])],
        ),
        # steps in order (先…，再…，然后…，最后…), without their words of sequence; the first step
        # may follow an arrow; 先进 and 后续 open no step
        (
            "接到投诉后，先核实情况，然后约谈商户，最后回访群众。",
            [("接到投诉后", ["核实情况", "约谈商户", "回访群众"])],
        ),
        (
            "邻里纠纷升级 → 先隔开双方，再听诉求，后找依据，最后促和解。",
            [("邻里纠纷升级", ["隔开双方", "听诉求", "找依据", "促和解"])],
        ),
        ("先进典型，后续报道，再生资源。", []),
        # the last of clauses that open alike may close them with an adverb (再, 还, 更): a member
        # still, adverb and all; not an adverb every clause opens with, nor clauses alike by no opening
        (
            "是来跟大家拉拉家常，说说党的好政策，说说咱们村这几年的变化，再说说往后的日子咋个过。",
            [("是来跟大家拉拉家常", ["说说党的好政策", "说说咱们村这几年的变化", "再说说往后的日子咋个过"])],
        ),
        ("看一看，问一问，再想一想。", []),
        # clefts on words of their own (…的是A，…的是B，…的是C) after the judgement they bear out,
        # with a colon or not, however long what they single out
        (
            "形式主义危害不小：耽误的是基层干部宝贵的工作时间，透支的是人民群众对党和政府的信任，动摇的是党的执政根基。",
            [
                (
                    "形式主义危害不小",
                    [
                        "耽误的是基层干部宝贵的工作时间",
                        "透支的是人民群众对党和政府的信任",
                        "动摇的是党的执政根基",
                    ],
                )
            ],
        ),
        (
            "乡村振兴是一场持久战，比的是耐力，拼的是实干，靠的是人才。",
            [("乡村振兴是一场持久战", ["比的是耐力", "拼的是实干", "靠的是人才"])],
        ),
    ],
)
def test_parallel_clauses(text: str, lists: list[tuple[str, list[str]]]) -> None:
    assert _series(text) == lists


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # 和 before 相… joins the last member: all of them are the verb's subject
        ("要坚持人防、物防和技防相结合。", [["人防", "物防", "技防"]]),
        ("做到经济效益、社会效益和生态效益相统一。", [["经济效益", "社会效益", "生态效益"]]),
        # …not 与, which sets one side against the others, nor parts that are each a pair
        ("让课程、教材与产业需求相适应。", []),
        ("坚持集中学习、个人自学和专题研讨与实践锻炼相结合。", []),
        ("坚持改革和开放并举、保护和利用相统一。", []),
    ],
)
def test_a_joining_word_before_xiang_joins_the_last_member(text: str, members: list[list[str]]) -> None:
    assert _members(text) == members


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # the word that closes a place the head opens ends the last member, however long
        (
            "镇里坚持从种养大户、退伍军人、回乡创业高校毕业生中发展党员。",
            [["种养大户", "退伍军人", "回乡创业高校毕业生"]],
        ),
        # (中去 closes it; a joining word inside the closed member joins two members)
        ("干部要到信访窗口、征迁一线、防汛抗旱任务中去锻炼。", [["信访窗口", "征迁一线", "防汛抗旱任务"]]),
        ("在学习、工作、日常生活和社会交往中严格要求自己。", [["学习", "工作", "日常生活", "社会交往"]]),
        # a role (以…为) may hold the noun its siblings share: cut as it runs on
        ("救助对象以孤儿、单亲、留守儿童为主。", [["孤儿", "单亲", "留守"]]),
        # nor a noun that as readily follows a thing's name (住房标准, 车辆标准): the series shares it
        ("要规范住房、车辆、接待标准并定期公开。", [["住房", "车辆", "接待"]]),
    ],
)
def test_a_place_closed_after_the_series_ends_its_last_member(text: str, members: list[list[str]]) -> None:
    assert _members(text) == members


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a coined name built of figures, unpacked clause by clause after ，即
        (
            "全区推行“1+2+N”服务模式，即建好一个便民中心，配齐两支专业队伍，开发若干线上服务项目。",
            [("全区推行“1+2+N”服务模式", ["建好一个便民中心", "配齐两支专业队伍", "开发若干线上服务项目"])],
        ),
        (
            "学校落实“一核两翼”办学思路，即：筑牢立德树人这个核心，拓宽校企合作与社会实践两条路径。",
            [("学校落实“一核两翼”办学思路", ["筑牢立德树人这个核心", "拓宽校企合作与社会实践两条路径"])],
        ),
        # a name that counts its parts: the clauses are that many
        (
            "镇里抓住“两个关键”，即盯紧村级班子换届选举，管好集体资产资源台账。",
            [("两个关键", ["盯紧村级班子换届选举", "管好集体资产资源台账"])],
        ),
        # the clauses after as many as the name gives tell what the set brings: no members
        (
            "县里打造“1+2”调解格局，即建好一个县级调解中心，组建镇村两级调解队伍，让矛盾就地化解。",
            [("县里打造“1+2”调解格局", ["建好一个县级调解中心", "组建镇村两级调解队伍"])],
        ),
        # a clause that lists things with 、 and names them as one part (两级): a member
        (
            "镇里建立“1+2”网格体系，即设立1个镇级指挥中心，组建村、组两级网格队伍。",
            [("镇里建立“1+2”网格体系", ["设立1个镇级指挥中心", "组建村、组两级网格队伍"])],
        ),
        # no coined name; a name of one thing; a count the clauses do not fill; a comment after it
        ("他收到通知，即刻出发，赶到现场，组织群众转移。", []),
        ("项目被列为“一号工程”，即书记亲自抓，部门合力推。", []),
        ("街道推出“四张清单”，即把问题逐条列出来，完成一项销号一项。", []),
        ("村里推行“3+X”议事规则，即先提议后商议，这是大家认可的办法。", []),
        ("我们提出“两个一”，即使条件艰苦，也要坚持到底。", []),
    ],
)
def test_clauses_that_unpack_a_coined_name_after_namely(
    text: str, lists: list[tuple[str, list[str]]]
) -> None:
    assert _series(text) == lists


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # a clause that lists things with 、 and does not name them as one: the name counts the
        # things, not the clauses
        (
            "推行“三张清单”，即权力清单、责任清单、负面清单，清单之外无审批，接受群众监督。",
            ["权力清单、责任清单、负面清单", "清单之外无审批", "接受群众监督"],
        ),
        (
            "推行“四不两直”，即不发通知、不打招呼、直奔基层、直插现场，掌握实情。",
            ["不发通知、不打招呼、直奔基层、直插现场", "掌握实情"],
        ),
        (
            "打造“一馆两园”，即建设一座村史馆，建好农耕体验园、亲子研学园。",
            ["建设一座村史馆", "建好农耕体验园、亲子研学园"],
        ),
    ],
)
def test_clauses_that_list_a_coined_name_s_things_are_no_set(text: str, clauses: list[str]) -> None:
    assert clauses not in _members(text)


@pytest.mark.parametrize(
    "text",
    [
        "那天在村口，他说“好的”，我说“不行”，她说“再等等”，大家都笑了。",
        "他问“为什么”，我答“不知道”，她喊“快走吧”，屋里一下子安静了。",
    ],
)
def test_speech_told_clause_by_clause_is_no_set_of_quoted_terms(text: str) -> None:
    assert _series(text) == []


@pytest.mark.parametrize(
    "pieces",
    [
        ["回答“中国之问”", "回答“世界之问”", "回答“时代之问”"],
        ["知道“从哪来”", "知道“在哪里”", "知道“往哪去”"],
    ],
)
def test_verbs_that_end_as_verbs_of_saying_act_on_quoted_terms(pieces: list[str]) -> None:
    # 回答, 知道 end in 答, 道 but are no speaker nor verb of saying: the terms are a set
    assert clause_sets._quoted_objects(pieces)


def test_parts_whose_second_clauses_act_on_quoted_terms_keep_their_first_clauses() -> None:
    text = "A项着眼产业，解决“钱袋子”；C项着眼民生，守护“老有所养”；D项着眼人才，激发“内生动力”。"
    assert _members(text) == [["A项着眼产业", "C项着眼民生", "D项着眼人才"]]


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # a series that fills the clause after a colon is asked by the clause before it…
        (
            "好干部标准：信念坚定、为民服务、勤政务实、敢于担当、清正廉洁。",
            [("好干部标准", ["信念坚定", "为民服务", "勤政务实", "敢于担当", "清正廉洁"])],
        ),
        # …not when the words after the series ask for it
        (
            "全面创新：教育、科技、人才是中国式现代化的基础性、战略性支撑。",
            [("……是中国式现代化的基础性、战略性支撑", ["教育", "科技", "人才"])],
        ),
    ],
)
def test_series_after_a_colon_asked_by_the_clause_before_it(
    text: str, lists: list[tuple[str, list[str]]]
) -> None:
    assert _series(text) == lists


def test_clauses_before_a_colon_that_opens_a_list() -> None:
    """The clauses before a list's colon may open alike: a set of their own."""
    text = "会议要求，要坚持问题导向，要压实工作责任，要强化督查考核，做到“三个到位”：认识到位、措施到位、落实到位。"
    assert ("会议要求", ["要坚持问题导向", "要压实工作责任", "要强化督查考核"]) in _series(text)


def test_a_list_of_names_after_a_colon_is_no_series_but_its_sentence_set_is() -> None:
    """Names a page sends a document to (抄送：…) open alike by chance; ；-parts are a set."""
    text = (
        "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院。"
        "主要表现在：有的服务意识不强；有的政策落实不到位；有的执法不够规范。"
    )
    assert _series(text) == [("主要表现在", ["有的服务意识不强", "有的政策落实不到位", "有的执法不够规范"])]


def test_an_idiom_that_opens_with_some_is_no_distributive_set() -> None:
    """有的放矢 (an idiom) is not 有的 and a subject: its ；-parts are no set of cases."""
    assert _series("有的放矢是我们工作的基本方法，要找准问题；有的同志却习惯大水漫灌，效果不好。") == []
    assert _series("遇到困难不要怕：有的是办法；有的是时间。") == []
    pair = "有的地方重形式轻实效，材料报了一堆；有的企业只顾眼前利益，缺乏长远打算。"
    assert _members(pair) == [["有的地方重形式轻实效", "有的企业只顾眼前利益"]]


def test_some_and_a_copula_is_a_distributive_set() -> None:
    """有的是 that jieba reads as one word is 有的 and 是 when more than one word follows it."""
    text = "这些问题的成因各不相同：有的是历史遗留问题；有的是政策配套不到位。"
    assert _series(text) == [("这些问题的成因各不相同", ["有的是历史遗留问题", "有的是政策配套不到位"])]


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # the 有 after an adverb is the lead's verb, the series its object
        (
            "一些村仍有缺钱、资金不到位、参与不充分等问题。",
            [("一些村仍有", ["缺钱", "资金不到位", "参与不充分"])],
        ),
        (
            "一些村都有缺钱、资金不到位、群众不参与等问题。",
            [("一些村都有", ["缺钱", "资金不到位", "群众不参与"])],
        ),
        # …after a subject of its own it is the first member's, as its siblings' 不
        (
            "当前组织覆盖有空白、资金统筹不到位、群众参与不充分等问题仍然存在。",
            [("当前", ["组织覆盖有空白", "资金统筹不到位", "群众参与不充分"])],
        ),
    ],
)
def test_a_predicate_stop_word_in_step_is_the_first_members_own(
    text: str, lists: list[tuple[str, list[str]]]
) -> None:
    assert _series(text) == lists
    assert not any(
        m.startswith("一些村") for _, ms in _series(text.replace("资金不到位", "资金统筹不到位")) for m in ms
    )


def test_verb_table_is_jiebas_verbs() -> None:
    """The governing-verb rule reads jieba's dictionary: its verbs, not the verbs that name things."""
    verbs = members.verbs()
    assert {"强化", "邀请", "组建"} <= verbs
    assert not {"建设", "发展", "机构"} & verbs


def test_a_set_found_twice_is_asked_once_by_the_card_that_names_it() -> None:
    """A series written again where a numbered concept names it (口诀：三高（…）) is one card, the
    named one: the earlier sentence's series asks the same items without the name."""
    text = (
        "定义：新质生产力具有高科技、高效能、高质量等特征，是先进生产力质态。\n"
        "口诀：三高（高科技、高效能、高质量）+ 三催生（技术、要素、产业）"
    )
    paragraphs = [paragraph(n, line) for n, line in enumerate(text.splitlines(), 1)]
    cards = extract_cards(paragraphs, "标题", "doc")
    asking = [card for card in cards if "高效能" in card.items or "{{c2::高效能}}" in card.text]
    assert [(card.type, card.prompt) for card in asking] == [
        ("list", "三高（____、____、____）+ 三催生（技术、要素、产业）（3项）")
    ]


@pytest.mark.parametrize("prompt", ["三提", "推动三大施政主轴"])
def test_a_set_named_by_its_own_count_stays_beside_a_longer_list_of_its_members(prompt: str) -> None:
    """A list whose prompt names its own count is a set of its own, though a longer list found
    before it holds its members; an unnamed one is dropped."""
    members = ["提高作业设计质量", "提高课后服务水平", "提高课堂教学效率"]
    longer = Card(type="list", prompt="一减三提", items=["减轻作业负担", *members])
    named = Card(type="list", prompt=prompt, items=members)
    unnamed = Card(type="list", prompt="要", items=members)
    assert one_card_per_set([longer, named]) == [longer, named]
    assert one_card_per_set([longer, unnamed]) == [longer]


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # two finders read one set on one line, one with the clause's words before the first member
        # (人才在|科技创新): the other reading is the card
        (
            "引导青年人才在科技创新、乡村振兴、社会服务、网络空间四个领域建功立业。",
            [
                (
                    "引导青年人才在____、____、____、____四个领域建功立业（4项）",
                    ["科技创新", "乡村振兴", "社会服务", "网络空间"],
                )
            ],
        ),
        # the words one reading adds are plain nouns (丝绸|纺织): either may be the member, both stay
        (
            "经济开发区晋级省级开发区，丝绸纺织、绿色食品、装备制造三大主导产业集群产值突破百亿元。",
            [
                (
                    "____、____、____三大主导产业集群产值突破百亿元（3项）",
                    ["丝绸纺织", "绿色食品", "装备制造"],
                ),
                (
                    "丝绸____、____、____三大主导产业集群产值突破百亿元（3项）",
                    ["纺织", "绿色食品", "装备制造"],
                ),
            ],
        ),
        # the short reading's member is only the words every member opens with (坚持), and the long
        # reading's member opens with them too (坚持改革创新): the short reading goes
        (
            "今后要做到三个“坚持”：坚持改革创新，把发展难题破解好；坚持群众路线，把群众冷暖放在心上；"
            "坚持从严治党，守住纪律底线。",
            [("今后要做到三个“坚持”（3项）", ["坚持改革创新", "坚持群众路线", "坚持从严治党"])],
        ),
        # only the dropped reading (组织部以|制度化) names the set (“三化”): the card kept takes its prompt
        (
            "近年来，市委组织部以制度化、规范化、信息化“三化”建设为抓手，着力提升基层党建水平。",
            [("市委组织部以____、____、____“三化”建设为抓手（3项）", ["制度化", "规范化", "信息化"])],
        ),
    ],
)
def test_a_set_read_twice_on_one_line_is_one_card(text: str, lists: list[tuple[str, list[str]]]) -> None:
    paragraphs = [paragraph(n, line) for n, line in enumerate(text.splitlines(), 1)]
    cards = extract_cards(paragraphs, "标题", "doc")
    assert [(card.prompt, card.items) for card in cards if card.type == "list"] == lists


def test_the_reading_kept_takes_the_prompt_that_names_the_set() -> None:
    """Only the dropped reading (组织部以|制度化) names the set (“三化”): the card kept asks by that
    name, as a new card (the finders' cards stay as found). compose words prompts again from the
    text, so the finders' cards show it."""
    paragraphs = [
        paragraph(1, "近年来，市委组织部以制度化、规范化、信息化“三化”建设为抓手，着力提升基层党建水平。")
    ]
    found: list = []
    for extractor in EXTRACTORS.values():
        found += extractor(paragraphs, "标题", found)
    readings = [(card.prompt, card.items) for card in found if card.type == "list"]
    assert readings == [
        ("市委组织部以", ["制度化", "规范化", "信息化"]),
        ("近年来，市委“三化”建设为抓手", ["组织部以制度化", "规范化", "信息化"]),
    ]
    kept = [(card.prompt, card.items) for card in one_card_per_set(found) if card.type == "list"]
    assert kept == [("近年来，市委“三化”建设为抓手", ["制度化", "规范化", "信息化"])]
    assert [(card.prompt, card.items) for card in found if card.type == "list"] == readings


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # short clauses built on one frame inside the bracket or quotation they stand in
        (
            "三句话要记牢。（需求是导向，服务是根本，群众是主体）",
            [["需求是导向", "服务是根本", "群众是主体"]],
        ),
        # …whose words of their own quote, where the link is one word in all
        (
            "写报告，标题要“开门见山”，段落要层次分明，语言要朴实精炼。",
            [["标题要“开门见山”", "段落要层次分明", "语言要朴实精炼"]],
        ),
        ("输血是必要的起步，关键是“输血”和“造血”相结合，不能把二者对立起来。", []),
        # ；-parts that are no set (one is a long sentence) may each hold a set of ，-clauses
        (
            "“学习是立身之本”；“改革是动力，创新是引擎，人才是根本”；"
            "“把以人民为中心的发展思想贯穿到统筹推进经济建设政治建设文化建设社会建设生态文明建设的全过程”",
            [["改革是动力", "创新是引擎", "人才是根本"]],
        ),
        # ；-parts that are a set may each hold one too, as an outline's item holds its points
        (
            "各乡镇要落实属地责任，主要负责同志亲自抓；要坚持规划先行，兼顾当前和长远，兼顾城镇和乡村，"
            "兼顾保护和开发，防止一哄而上；要加强督促指导，确保各项任务按期完成。",
            [
                ["各乡镇要落实属地责任", "要坚持规划先行", "要加强督促指导"],
                ["兼顾当前和长远", "兼顾城镇和乡村", "兼顾保护和开发"],
            ],
        ),
    ],
)
def test_parallel_clauses_in_quotations_and_parts(text: str, members: list[list[str]]) -> None:
    assert _members(text) == members


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # two ；-parts that each open with 有的 tell the cases of one whole apart: a set of two
        (
            "执行中也有偏差：有的部门把考核当作“指挥棒”以外的负担，应付了事；有的乡镇层层加码，基层不堪重负。",
            [["有的部门把考核当作“指挥棒”以外的负担", "有的乡镇层层加码"]],
        ),
        # …not two ；-parts that only open with the same other words
        ("我们要抓好春耕备耕，确保粮食丰收；我们要抓好森林防火，确保林区安全。", []),
    ],
)
def test_some_and_others(text: str, members: list[list[str]]) -> None:
    assert _members(text) == members


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # 在…上 and 到…上 frame the series: the 上 is the frame's, not the last member's
        (
            "各级干部要把主要心思放在稳就业、保民生、防风险上，不能搞形式主义。",
            [["稳就业", "保民生", "防风险"]],
        ),
        (
            "把主要精力集中到抓项目、促投资、稳增长上，不折不扣完成全年目标。",
            [["抓项目", "促投资", "稳增长"]],
        ),
        # …also where the member is cut to its siblings' length after it (…扶上|持续用力)
        (
            "要在幼有所育、学有所教、劳有所得、病有所医、老有所养、住有所居、弱有所扶上持续用力。",
            [["幼有所育", "学有所教", "劳有所得", "病有所医", "老有所养", "住有所居", "弱有所扶"]],
        ),
        # a word that ends with 上 keeps it, and a member that would be cut shorter than its
        # siblings is no frame's (线 among 线下)
        (
            "各类服务事项都要在网下、大厅、网上同步办理。",
            [["网下", "大厅", "网上"]],
        ),
        (
            "推动政务服务在线下、掌上、线上一体融合。",
            [["线下", "掌上", "线上"]],
        ),
        # every sibling ends with 上: the 上 is each member's own
        (
            "教育引导党员在学习上、工作上、生活上作表率。",
            [["学习上", "工作上", "生活上"]],
        ),
        # with no 在 or 到 before the series nothing frames it (传得到、听得懂、用得上)
        (
            "预警信息要做到传得出、听得懂、用得上。",
            [["传得出", "听得懂", "用得上"]],
        ),
        # a 上 after 而, 敢, 得 or 能 is the member's verb or its complement, no frame's
        (
            "在大战大考面前不推诿、不退缩、挺身而上。",
            [["不推诿", "不退缩", "挺身而上"]],
        ),
        (
            "青年干部要在吃劲岗位上肯干、敢闯、敢冲敢上。",
            [["肯干", "敢闯", "敢冲敢上"]],
        ),
        # the first member ends with 上 too: the 上 is each member's own
        (
            "要把财政资金花在刀刃上、要害处、节骨眼上。",
            [["刀刃上", "要害处", "节骨眼上"]],
        ),
    ],
)
def test_a_place_framed_by_zai_and_shang(text: str, members: list[list[str]]) -> None:
    assert _members(text) == members


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # 由…而: the words from 而 on are the sentence's predicate, not the last member's
        (
            "这一变革由科技持续进步、要素高效流动、市场深度开放而推动，具有鲜明的时代特征。",
            [["科技持续进步", "要素高效流动", "市场深度开放"]],
        ),
        # an adverb before 而 is the predicate's, not the last member's
        (
            "产业由零散、粗放、弱小逐步而成规模。",
            [["零散", "粗放", "弱小"]],
        ),
        # members that open with a 由 of their own are no frame's: the 而 after them is the last
        # member's (厚积而薄发)
        (
            "全县经济由降转升、由弱转强、厚积而薄发。",
            [["由降转升", "由弱转强", "厚积而薄发"]],
        ),
        # one character after 而 ends an idiom (逆势而上, 顺势而为), which no frame cuts, whether the
        # members open with a 由 of their own or a 由 names who acts (由党员干部…取得)
        (
            "园区产值由降转升、由弱转强、逆势而上。",
            [["由降转升", "由弱转强", "逆势而上"]],
        ),
        (
            "这些成绩由党员干部埋头苦干、攻坚克难、顺势而为取得。",
            [["埋头苦干", "攻坚克难", "顺势而为"]],
        ),
    ],
)
def test_a_source_framed_by_you(text: str, members: list[list[str]]) -> None:
    assert _members(text) == members


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # a word of two characters ending in 等 (优等, 低等) that closes the last member is the
        # member's last character and the series' closing 等: the gap stops before 等
        (
            "全市仍存在审批环节多、办事效率低、服务意识不优等问题。",
            [["审批环节多", "办事效率低", "服务意识不优"]],
        ),
        ("部分队伍存在人数少、装备旧、训练水平低等短板。", [["人数少", "装备旧", "训练水平低"]]),
        # negative: a word that means 等 (平等, 均等) is the member's own
        ("坚持各类市场主体权利平等、机会平等、规则平等。", [["权利平等", "机会平等", "规则平等"]]),
        ("推进教育公平、医疗可及、服务均等。", [["教育公平", "医疗可及", "服务均等"]]),
        # negative: rank words (一等, 特等) of award notices keep their 等
        ("本次评选设一等、二等、三等。", [["一等", "二等", "三等"]]),
        ("全县共评出特等、一等、二等。", [["特等", "一等", "二等"]]),
    ],
)
def test_series_closing_deng_outside_the_last_member(text: str, members: list[list[str]]) -> None:
    assert _members(text) == members


@pytest.mark.parametrize(
    ("token", "siblings", "closing"),
    [
        ("优等", ["存在管理粗放", "技术落后"], True),
        # negative: where an earlier member ends in 等 too, each 等 is its member's (中等、良等、优等)
        ("优等", ["成绩分为中等", "良等"], False),
        ("一等", ["设特等"], False),
        ("平等", [], False),
    ],
)
def test_closing_deng_only_where_no_sibling_ends_in_deng(
    token: str, siblings: list[str], closing: bool
) -> None:
    assert _closing_deng(token, siblings) is closing


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # a word before the series that a later member repeats at its start is the first member's
        # own, not a frame over all of them
        (
            "组织生活制度：支部党员大会、支部委员会、党小组会和按时上好党课。",
            [["支部党员大会", "支部委员会", "党小组会", "按时上好党课"]],
        ),
        ("严查重点行业领域、重点环节和薄弱部位的隐患。", [["重点行业领域", "重点环节", "薄弱部位"]]),
        # negative: a word no later member repeats modifies them all and stays in the lead
        ("加强农村道路、供水、电网建设。", [["道路", "供水", "电网"]]),
        # negative: the lead's noun runs on into the first member (经营|主体): the whole name is the
        # lead's, and no later member opens with it, though one opens with its first half
        (
            "综合经营主体基础信息、经营行为、履约情况、违法失信记录等数据，建立信用档案。",
            [["基础信息", "经营行为", "履约情况", "违法失信记录"]],
        ),
        ("汇总市场主体注册信息、市场行为、纳税情况等数据。", [["注册信息", "市场行为", "纳税情况"]]),
        # negative: a word every later member opens with too is left where the finder put it
        (
            "健全支部党员大会、支部委员会、支部书记述职制度。",
            [["支部党员大会", "支部委员会", "支部书记述职"]],
        ),
    ],
)
def test_series_word_some_members_repeat_is_the_first_members(text: str, members: list[list[str]]) -> None:
    assert _members(text) == members


def test_series_word_held_by_the_first_member_is_not_added_again() -> None:
    # a first member that holds the word already gets no second one (每个网格|配备网格长, never
    # 网格配备网格长)
    found = _members("全县划分网格，每个网格配备网格长、专职网格员、兼职网格员和网格监督员。")
    assert found and not found[0][0].startswith("网格配备")


def test_series_governing_verb_stays_in_the_lead() -> None:
    # the verb before nouns governs them all: it is the lead, not part of the first member
    found = _series("全县党员干部要增强政治意识、大局意识、核心意识、看齐意识。")
    assert found[0][1] == ["政治意识", "大局意识", "核心意识", "看齐意识"]
    assert "增强" in found[0][0]
    # negative: a verb that is one member's own (each member has its verb) stays in its member
    assert _members("要增强政治意识、提高政治能力、强化政治担当。") == [
        ["增强政治意识", "提高政治能力", "强化政治担当"]
    ]


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # negative: the predicate may follow the last of members that repeat their verb at once; it
        # never goes into the last gap, whatever the 和 in that member joins
        ("聚焦重点领域、聚焦关键环节、聚焦薄弱环节和突出问题开展专项整治，确保取得实效。", "开展"),
        ("围绕稳增长、围绕促改革、围绕惠民生和防风险持续用力，推动经济高质量发展。", "持续用力"),
        ("推进产业转型、推进城乡融合、推进生态保护和修复工作不断深入。", "不断深入"),
        ("坚持问题导向、坚持系统观念、坚持守正创新和开放包容推动各项工作取得新进展。", "推动"),
    ],
)
def test_series_predicate_after_repeated_openings_stays_visible(text: str, predicate: str) -> None:
    found = _members(text)
    assert len(found) == 1 and len(found[0]) == 3
    assert predicate not in found[0][-1]


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # each member opens with its own preposition before one shared word: the first keeps its own
        ("真正做到用制度管人、按制度办事、靠制度治理。", [["用制度管人", "按制度办事", "靠制度治理"]]),
        ("做到以制度管权、按制度办事、靠制度管人。", [["以制度管权", "按制度办事", "靠制度管人"]]),
        # the same preposition in every member, or members of other lengths: as before
        ("坚持用制度管人、用制度管事、用制度管权。", [["用制度管人", "用制度管事", "用制度管权"]]),
        ("即全员育人、全程育人、全方位育人。", [["全员育人", "全程育人", "全方位育人"]]),
    ],
)
def test_series_first_member_keeps_its_own_preposition(text: str, members: list[list[str]]) -> None:
    assert _members(text) == members


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # three members that open with one character (新): the verb after the last is the series'
        ("稳步推动新场景、新模式、新服务发展。", [["新场景", "新模式", "新服务"]]),
        ("着力推动大项目、大平台、大企业发展。", [["大项目", "大平台", "大企业"]]),
        ("加快新技术、新产业、新业态发展。", [["新技术", "新产业", "新业态"]]),
        # members that do not open alike, or a last member that is one word: as before
        ("推进大数据、云计算、人工智能发展。", [["大数据", "云计算", "人工智能"]]),
        ("要做到大字体、大图标、高对比度。", [["大字体", "大图标", "高对比度"]]),
    ],
)
def test_series_last_member_in_step_with_an_opening_its_siblings_share(
    text: str, members: list[list[str]]
) -> None:
    assert _members(text) == members


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # a noun of measure after a verb is the last member's own head: the siblings share nothing
        ("通知要写明培训时间、地点、课程、参训对象，报办公室备案。", [["时间", "地点", "课程", "参训对象"]]),
        ("要把开放力度、增长速度和市场可承受程度结合起来。", [["开放力度", "增长速度", "市场可承受程度"]]),
        ("每名干部都要清楚“管什么、怎么管、管到什么程度”。", [["管什么", "怎么管", "管到什么程度"]]),
        # not after nouns (the series shares it), nor a noun of people or things after a verb
        ("在教育、医疗、养老领域加大投入。", [["教育", "医疗", "养老"]]),
        ("救助对象以孤儿、单亲、留守儿童为主。", [["孤儿", "单亲", "留守"]]),
        # nor a noun that as readily follows a thing's name (住房标准, 车辆标准): the series shares it
        ("要规范住房、车辆、接待标准并定期公开。", [["住房", "车辆", "接待"]]),
        # 上来 and 上去 close a 到…上 frame as 上 does
        ("把心思用到谋发展、惠民生、保平安上来。", [["谋发展", "惠民生", "保平安"]]),
        ("要回到抓发展、保民生、促稳定上去。", [["抓发展", "保民生", "促稳定"]]),
        # (not where each member closes a frame of its own)
        (
            "青年干部要到边远乡村去、到信访窗口去、到防汛一线岗位上去。",
            [["到边远乡村去", "到信访窗口去", "到防汛一线岗位上去"]],
        ),
        # not where every member ends so (the words are the members' own)
        ("各项任务都要抓上来、提上去、沉下去。", [["抓上来", "提上去", "沉下去"]]),
        # the 到 a guess glues to the word before it opens the frame: no part of the first member
        (
            "调研要身入心入，多到矛盾多、群众怨气大、发展滞后的地方去。",
            [["矛盾多", "群众怨气大", "发展滞后"]],
        ),
        ("干部要沉到矛盾多、诉求多、困难多的村组去。", [["矛盾多", "诉求多", "困难多"]]),
        # a word that takes in every member (各类, 所有) is the lead's, not the first member's
        ("清理整合各类考核APP、工作群和打卡小程序。", [["考核APP", "工作群", "打卡小程序"]]),
        # (nor where a sibling says how many of its own: 各级 is the first member's, as 广大 is the second's)
        ("要发挥各级党组织、广大党员和人民群众的作用。", [["各级党组织", "广大党员", "人民群众"]]),
        # (a member joined on by 和 keeps its own: 和各项…)
        (
            "今年继续发放住房补助、交通补贴、取暖费和各项生活补助等。",
            [["住房补助", "交通补贴", "取暖费", "各项生活补助"]],
        ),
    ],
)
def test_a_member_runs_to_the_end_of_its_own_words(text: str, members: list[list[str]]) -> None:
    assert _members(text) == members


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # one marked item's clauses, after its ordinal: the ordinals mark the members
        ("其次，要健全考核制度，要压实工作责任，要严格督查问责。", []),
        ("第二，完善“一窗受理”，推行“容缺办理”，落实“首问负责”。", []),
        # the same clauses after a clause that is no ordinal are a set
        (
            "工作中，要健全考核制度，要压实工作责任，要严格督查问责。",
            [("工作中", ["要健全考核制度", "要压实工作责任", "要严格督查问责"])],
        ),
    ],
)
def test_the_clauses_of_one_ordinal_item_are_no_set(text: str, found: list[tuple[str, list[str]]]) -> None:
    assert [(lead, members) for lead, members, _ in clause_sets.find_part_sets(text)] == found


def test_a_first_member_opens_after_the_particle_de() -> None:
    """No member opens with 的: after 有 it is the pronoun 有的 (some), the lead's."""
    assert _series("有的官僚主义、文山会海变相反弹、违规收送礼金，要坚决纠治。") == [
        ("有的", ["官僚主义", "文山会海变相反弹", "违规收送礼金"])
    ]


def test_two_pairs_that_meet_in_one_part_are_no_series() -> None:
    """Names, then what is said of them, that meet in the middle part (A、B问题|说C、说D): two
    series of two, no series of three. One long name among short ones is a member."""
    assert _series("对形式性、表面性问题整改快、反弹多，群众意见很大。") == []
    assert _members("要保障好教育、医疗卫生和养老服务、就业。")[0][1:] == ["医疗卫生和养老服务", "就业"]
    # a long middle member whose first words are as long as the first member is no pair of names
    for text, middle in [
        ("推进产业升级、科技创新驱动发展、绿色转型。", "科技创新驱动发展"),
        ("统筹城乡规划、基础设施互联互通、公共服务。", "基础设施互联互通"),
        ("强化党建引领、基层治理提质增效、服务群众。", "基层治理提质增效"),
        ("坚持节约优先、生态环境保护修复优先、自然恢复。", "生态环境保护修复优先"),
    ]:
        assert middle in _members(text)[0]


def test_a_first_member_in_step_stops_inside_a_word_jieba_guessed() -> None:
    """Members in step (verb, 民, noun) set the first member's length where jieba guessed a word
    across its start (办顺): the verb before is the frame's (多办…的实事)."""
    assert _members("要坚持多办利民生、暖民心、顺民意的好事。") == [["利民生", "暖民心", "顺民意"]]


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # the noun after the last member names what every member is (…、C|制度: A制度, B制度)
        ("完善值班值守、交接登记、季度讲评制度，压实岗位责任。", [["值班值守", "交接登记", "季度讲评"]]),
        ("深入开展政策宣讲、技能培训、岗位推介活动。", [["政策宣讲", "技能培训", "岗位推介"]]),
        ("着力解决上学难、看病难、住房贵问题。", [["上学难", "看病难", "住房贵"]]),
        # …not when a sibling ends with it: it is each member's own
        ("健全请示制度、报告制度、评议制度。", [["请示制度", "报告制度", "评议制度"]]),
        ("健全巡查、研判、处置机制。", [["巡查", "研判", "处置"]]),
        # …nor after 和, which joins the last two members (保供稳价、安全生产和民生保障工作 is tested above)
        # …nor after verbs and their objects: the noun is the last verb's object
        ("要压实责任、细化措施、做好群众工作。", [["压实责任", "细化措施", "做好群众工作"]]),
        ("要深入基层、走访群众、推动解决问题。", [["深入基层", "走访群众", "推动解决问题"]]),
        ("坚持统筹谋划、分类施策、完善长效机制。", [["统筹谋划", "分类施策", "完善长效机制"]]),
        ("各地要转变职能、理顺关系、创新管理体制。", [["转变职能", "理顺关系", "创新管理体制"]]),
        # (a practice of two verbs leaves the noun to be shared: 首接负责、限时办结、跟踪回访|制度)
        ("实行首接负责、限时办结、跟踪回访制度。", [["首接负责", "限时办结", "跟踪回访"]]),
        ("完善党内法规、国家法律、社会保障体系。", [["党内法规", "国家法律", "社会保障体系"]]),
        # …but members that end with their verb name actions, whatever one of them ends with
        (
            "推进农村公路提档、乡村绿地增量、危旧房屋改造、供水管网升级工程。",
            [["农村公路提档", "乡村绿地增量", "危旧房屋改造", "供水管网升级"]],
        ),
    ],
)
def test_a_head_noun_after_the_last_member_is_every_members(text: str, members: list[list[str]]) -> None:
    assert _members(text) == members


def test_a_head_noun_inside_the_last_members_words_is_its_own() -> None:
    """The noun stays the last member's when words go on after it (…、社区活动|场地需求) or when the
    member without it is shorter than the middle ones (…、服务能力、保障机制)."""
    last = _members("问卷主要了解助餐、上门照护、社区活动场地需求。")[0][-1]
    assert last.startswith("社区活动") and last != "社区"
    assert _members("笔记分五类：组织建设、队伍建设、制度体系、服务能力、保障机制。")[0][-1] == "保障机制"
    # after bare verbs a noun no system names is the last verb's object
    assert _members("提高发现、研判、处置问题的能力。")[0][-1] == "处置问题"


def test_words_after_the_last_of_names_alike_are_every_members() -> None:
    """Names alike (…会, …局) with words after the last one that make it far longer than its
    siblings: those words are every member's (each body's rules), said once after the series, and
    the last member ends with its word that holds the siblings' ending, even before a quotation."""
    text = "建立支委会、党员大会、党小组会议议事规则“三项规则”，明确议事程序。"
    assert _members(text) == [["支委会", "党员大会", "党小组会议"]]
    # …not where the words up to that ending are shorter than any sibling: the ending is no name's
    last = _members("用好先锋岗、示范岗、岗位练兵比武平台“三个载体”。")[0][-1]
    assert last == "岗位练兵比武平台"


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # siblings of one length that each open with a word of one character: the first opens so too
        ("要让肯吃苦的青年有奔头、得实惠、受尊重。", [["有奔头", "得实惠", "受尊重"]]),
        # a preposition before a first member that ends with no noun opens it (a phrase of its own)
        ("锻造一支对民真诚、作风过硬、本领高强的队伍。", [["对民真诚", "作风过硬", "本领高强"]]),
        # …not before nouns: the preposition governs the whole series
        ("加强对村干部、网格员、志愿者的培训。", [["村干部", "网格员", "志愿者"]]),
        # …nor before a member that opens with a verb or an adverb: no object of the preposition
        ("要为稳就业、保障民生、促进消费提供有力支撑。", [["稳就业", "保障民生", "促进消费"]]),
        ("加强对抓落实、促进发展、维护稳定的督查。", [["抓落实", "促进发展", "维护稳定"]]),
    ],
)
def test_a_first_member_one_short_of_its_siblings_takes_its_opening_word(
    text: str, members: list[list[str]]
) -> None:
    assert _members(text) == members


def test_a_first_member_never_opens_with_a_bracket() -> None:
    """A bracket glosses the word before it (街道（乡镇）: one level, named two ways): the first member
    opens with that word; not with the verb before a member that opens with a bracket of its own."""
    text = "坚持街道（乡镇）联席会议、社区议事会、小区协商会三级协商。"
    assert _members(text) == [["街道（乡镇）联席会议", "社区议事会", "小区协商会"]]
    assert _members("要完善（一）学习制度、（二）考勤制度、（三）考核制度。")[0][0] == "（一）学习制度"


def test_series_members_with_their_glosses() -> None:
    """Members that each carry a gloss in brackets are one series, each member with its gloss."""
    text = "三个着力点：广度（以覆盖城乡为目标）、深度（以专业服务为依托）、效度（以群众满意为标准）。"
    assert _members(text) == [
        ["广度（以覆盖城乡为目标）", "深度（以专业服务为依托）", "效度（以群众满意为标准）"]
    ]


@pytest.mark.parametrize(
    "parts",
    [
        # a member without a gloss: no glossed series
        ["要点：广度（以覆盖城乡为目标）", "深度", "效度（以群众满意为标准）"],
        # two members only
        ["要点：广度（以覆盖城乡为目标）", "深度（以专业服务为依托）"],
    ],
)
def test_no_glossed_series(parts: list[str]) -> None:
    assert _glossed_series(parts) is None


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("鼓励居民、商户、物业公司共同参与小区治理", ("居民", "商户", "物业公司")),
        ("动员志愿者、网格员、外卖骑手积极参与", ("志愿者", "网格员", "外卖骑手")),
        ("号召居民、企业、社会团体一起参与", ("居民", "企业", "社会团体")),
        ("支持行业协会、志愿者、新就业群体广泛参与", ("行业协会", "志愿者", "新就业群体")),
        # negatives: a word the series shares, a predicate with no such adverb
        ("产业、人才、文化、生态、组织振兴共同推进", ("产业", "人才", "文化", "生态", "组织")),
        ("鼓励党员、干部、群众积极参与", ("党员", "干部", "群众")),
        # negatives: the adverb is a member's own (who does what), or no adverb opens a predicate
        ("坚持政府引导、市场运作、社会广泛参与", ("政府引导", "市场运作", "社会广泛参与")),
        ("强化责任共担、资源共享、成果共同分享", ("责任共担", "资源共享", "成果共同分享")),
        ("激发党员、干部、群众积极性", ("党员", "干部", "群众")),
    ],
)
def test_last_member_ends_before_a_joint_predicate(clause: str, expected: tuple[str, ...]) -> None:
    assert _series_of(clause)[0][1] == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("打造一支有情怀、懂业务、善管理的干部队伍", ("有情怀", "懂业务", "善管理")),
        ("坚决防止执行政策时做选择、搞变通、打折扣等问题", ("做选择", "搞变通", "打折扣")),
        # negatives: 有 governs names, or a verb of its own
        ("他们有资金、技术、市场", ("资金", "技术", "市场")),
        ("具有文化、技术、资本等优势", ("文化", "技术", "资本")),
        ("村里有学校、卫生室、文化广场", ("学校", "卫生室", "文化广场")),
        ("我市有钢铁、化工、建材三大产业", ("钢铁", "化工", "建材")),
        ("要做规划、设计、施工等工作", ("规划", "设计", "施工")),
    ],
)
def test_first_member_keeps_its_have(clause: str, expected: tuple[str, ...]) -> None:
    assert _series_of(clause)[0][1] == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # the verb that governs a series of problems is the lead's, however jieba tags it
        ("坚决整治层层加码、会议活动过多过频、过度留痕等问题", ("层层加码", "会议活动过多过频", "过度留痕")),
        ("重点整治文山会海、检查评比过多过滥、过度留痕等问题", ("文山会海", "检查评比过多过滥", "过度留痕")),
        (
            "集中整顿庸懒散拖、吃拿卡要推诿扯皮、冷硬横推等作风问题",
            ("庸懒散拖", "吃拿卡要推诿扯皮", "冷硬横推"),
        ),
        (
            "严肃查处违规用车、违规收送购物卡、违规操办婚丧喜庆事宜等行为",
            ("违规用车", "违规收送购物卡", "违规操办婚丧喜庆事宜"),
        ),
        # negatives: a soft stop before names, a verb before its own members, an opening alone
        ("聚焦重点领域、关键环节、薄弱部位", ("重点领域", "关键环节", "薄弱部位")),
        ("要深化改革、改革创新、改革开放", ("深化改革", "改革创新", "改革开放")),
        ("村里先后整治环境、修缮房屋、硬化道路", ("整治环境", "修缮房屋", "硬化道路")),
        ("即清理路边垃圾、清理河道淤泥、清理废旧杂物", ("清理路边垃圾", "清理河道淤泥", "清理废旧杂物")),
        ("坚持党建引领、党建带群建、党建促发展", ("党建引领", "党建带群建", "党建促发展")),
        # (整治 and 整顿 as names: after a noun, or after a verb of which they are the object)
        (
            "今年以来，环境整治工作取得成效、长效机制逐步建立、群众满意度不断提升",
            ("环境整治工作取得成效", "长效机制逐步建立", "群众满意度不断提升"),
        ),
        ("推进清理整顿、规范管理、提质增效", ("清理整顿", "规范管理", "提质增效")),
    ],
)
def test_a_verb_before_the_series_stays_out_of_its_first_member(
    clause: str, expected: tuple[str, ...]
) -> None:
    from yaodian.extractors.series import _series_of

    assert _series_of(clause)[0][1] == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # members that are each a subject and its predicate: the first keeps its subject's nouns
        (
            "该市具备基础研发实力雄厚、人才储备充足、金融体系成熟等条件",
            ("基础研发实力雄厚", "人才储备充足", "金融体系成熟"),
        ),
        # negatives: members in step that share a character, and a subject with no verb before it
        ("让城市天更蓝、山更绿、水更清", ("天更蓝", "山更绿", "水更清")),
        # (members of one word each: the noun before them is every member's subject)
        ("定期核查，确保台账准确、完整、及时", ("准确", "完整", "及时")),
        ("这里区位优势明显、产业基础扎实、营商环境优良", ("区位优势明显", "产业基础扎实", "营商环境优良")),
    ],
)
def test_a_first_member_that_is_a_clause_keeps_its_subject(clause: str, expected: tuple[str, ...]) -> None:
    from yaodian.extractors.series import _series_of

    assert _series_of(clause)[0][1] == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("推动高校、研究机构、企业协同创新", ("高校", "研究机构", "企业")),
        ("支持医院、社区、养老机构协同开展服务", ("医院", "社区", "养老机构")),
        # (联合 may be a member's own: 难事部门联合办)
        ("实行小事村里办、大事镇上办、难事部门联合办", ("小事村里办", "大事镇上办", "难事部门联合办")),
        # negatives: members that say who does what, and a member that is the word itself
        (
            "要党委统一领导、部门齐抓共管、群众广泛参与，形成工作合力",
            ("党委统一领导", "部门齐抓共管", "群众广泛参与"),
        ),
        ("推进部门协同、信息共享、联合执法", ("部门协同", "信息共享", "联合执法")),
    ],
)
def test_the_last_of_several_names_ends_before_acting_together(
    clause: str, expected: tuple[str, ...]
) -> None:
    from yaodian.extractors.series import _series_of

    assert _series_of(clause)[0][1] == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # kinds of body named side by side are one member, whatever its siblings' length
        ("把街道机关企事业单位、社区、商户都动员起来", ("机关企事业单位", "社区", "商户")),
        ("把辖区机关企事业单位、社会组织、志愿团队都动员起来", ("机关企事业单位", "社会组织", "志愿团队")),
        # negatives: a word of another kind before the member, or a member of another kind
        ("推动各级机关、学校、医院带头落实", ("机关", "学校", "医院")),
        ("组织企业员工、学生、农民参加培训", ("员工", "学生", "农民")),
        ("明确牵头单位、配合单位、责任单位", ("牵头单位", "配合单位", "责任单位")),
    ],
)
def test_kinds_of_body_side_by_side_are_one_member(clause: str, expected: tuple[str, ...]) -> None:
    assert _series_of(clause)[0][1] == expected


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # two names, a copula, then two things they are: two pairs meet at 是, no series of three
        ("享乐主义、奢靡之风是我们党的隐患、干群关系的裂痕。", []),
        ("推诿扯皮、敷衍塞责是办事群众的堵点、营商环境的短板。", []),
        # (the first name with a lead before it: 村级的|组织建设、队伍建设)
        ("村级的组织建设、队伍建设是基层治理的根基、服务群众的依托。", []),
        # a 是 inside a member much longer or shorter than the first is that member's own words
        (
            "坚持人民至上、坚持党是领导一切的、坚持自我革命。",
            [["坚持人民至上", "坚持党是领导一切的", "坚持自我革命"]],
        ),
    ],
)
def test_two_pairs_that_meet_at_a_copula_are_no_series(text: str, members: list[list[str]]) -> None:
    assert _members(text) == members


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # verbs with their objects: the first member's verb (two joined by 和 too) is its own, and
        # the word after the last member's object (改革) is that member's, no noun the series shares
        (
            "今年要在巩固和完善村级议事制度、健全民主监督制度、深化集体资产管理制度改革上持续发力。",
            [["巩固和完善村级议事制度", "健全民主监督制度", "深化集体资产管理制度改革"]],
        ),
        (
            "下一步将优化营商服务机制、健全企业帮扶机制、深化审批机制改革。",
            [["优化营商服务机制", "健全企业帮扶机制", "深化审批机制改革"]],
        ),
        (
            "要坚持和完善村民议事制度、健全村务监督制度、深化集体产权制度改革。",
            [["坚持和完善村民议事制度", "健全村务监督制度", "深化集体产权制度改革"]],
        ),
        # names of systems: the verb before them and the noun after them are the whole series'
        ("稳步推进户籍制度、土地制度、财税制度改革。", [["户籍制度", "土地制度", "财税制度"]]),
        # members that open alike share their opening word, no verb of each
        (
            "完善基本养老制度、基本医疗制度、基本住房制度改革。",
            [["基本养老制度", "基本医疗制度", "基本住房制度"]],
        ),
        # kinds of one thing, alike but for their opening word: the noun after them is all theirs
        (
            "要加快推进养老服务体系、托育服务体系、助残服务体系建设。",
            [["养老服务体系", "托育服务体系", "助残服务体系"]],
        ),
        (
            "要完善投资审批制度、融资担保制度、监督管理制度建设。",
            [["投资审批制度", "融资担保制度", "监督管理制度"]],
        ),
        # a verb before nouns that are no verbs' objects governs them all
        ("要始终保持政治本色、优良作风、良好形象。", [["政治本色", "优良作风", "良好形象"]]),
    ],
)
def test_a_series_of_verbs_and_their_objects_keeps_each_verb_and_object(
    text: str, members: list[list[str]]
) -> None:
    assert _members(text) == members


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # a place frame's closing word ends the last member whole, as 等 does: no words in step
        ("调研组注意从报表、台账、干部评价中发现问题。", [["报表", "台账", "干部评价"]]),
        # (short members in step with nothing to close them leave the words they share)
        ("社区推出助餐、助洁、助医服务。", [["助餐", "助洁", "助医"]]),
    ],
)
def test_a_last_member_a_place_frame_closes_is_whole(text: str, members: list[list[str]]) -> None:
    assert _members(text) == members


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # a 的 that ends the clause after the series makes every member the subject of what follows
        (
            "对擅自改变资金用途、违规发放津贴补贴、超标准配备公务用车的，一律严肃处理。",
            [["擅自改变资金用途", "违规发放津贴补贴", "超标准配备公务用车"]],
        ),
        # …not when every member ends with a 的 of its own, nor a word that ends in 的
        ("我们的立场是明确的、坚定的、一贯的，从未动摇。", [["明确的", "坚定的", "一贯的"]]),
        ("要统一思想、明确任务、达到目的，抓好落实。", [["统一思想", "明确任务", "达到目的"]]),
    ],
)
def test_a_de_closing_the_clause_after_a_series_is_every_members(text: str, members: list[list[str]]) -> None:
    assert _members(text) == members


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # jieba parts 就地 (就|地): a member never opens with a particle 地
        ("坚持就地办理、限时办结、跟踪问效。", [["就地办理", "限时办结", "跟踪问效"]]),
        # a 地 after a word of two characters is the particle (认真|地)
        ("要认真地学习、思考、总结。", [["学习", "思考", "总结"]]),
        # …and after an adjective of one character (较好|地)
        ("要较好地完成、推进、落实各项任务。", [["完成", "推进", "落实"]]),
        # 地 that ends a word jieba keeps whole is left alone
        ("加强耕地保护、用地保障、林地管理。", [["耕地保护", "用地保障", "林地管理"]]),
        ("深入开展实地调研、座谈交流、走访慰问。", [["实地调研", "座谈交流", "走访慰问"]]),
    ],
)
def test_a_word_jieba_parts_before_a_series_stays_whole(text: str, members: list[list[str]]) -> None:
    assert _members(text) == members


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("用好信息化手段", ("用好", "信息化", "手段")),
        # before 好的 the preposition governs a noun: 用|好的经验
        ("用好的经验带动", ("用", "好", "的", "经验", "带动")),
        # 把 before 好 is left as jieba parts it: it may govern the noun after (把|好|事情|办实)
        ("把好事情办实", ("把", "好", "事情", "办实")),
        # a 地 after one character is that word's (就地), not after an adjective (较快|地: a particle)
        ("就地过年", ("就地", "过年")),
        ("较快地增长", ("较", "快", "地", "增长")),
        ("更早地介入", ("更", "早", "地", "介入")),
    ],
)
def test_a_verbs_good_is_its_own(text: str, tokens: tuple[str, ...]) -> None:
    assert members.tokens_of(text) == tokens


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # the shared ending is a preposition's object in the last member: its verb is the member's
        (
            "做到平时走近群众、遇事问计群众、成绩由群众评价，不断进步。",
            [["平时走近群众", "遇事问计群众", "成绩由群众评价"]],
        ),
        ("关心群众、服务群众、对群众负责，是干部的本分。", [["关心群众", "服务群众", "对群众负责"]]),
        # …not where no preposition opens the ending: the words after it are the series'
        (
            "要做到思想上尊重群众、感情上贴近群众、工作上依靠群众，切实改进作风。",
            [["思想上尊重群众", "感情上贴近群众", "工作上依靠群众"]],
        ),
        (
            "坚持向书本学习、向实践学习、向群众学习，不断提高本领。",
            [["向书本学习", "向实践学习", "向群众学习"]],
        ),
    ],
)
def test_a_prepositions_object_keeps_its_verb_in_the_last_member(text: str, members: list[list[str]]) -> None:
    assert _members(text) == members


@pytest.mark.parametrize(
    ("last", "ending", "kept"),
    [
        ("问题由专家论证", "专家", "问题由专家论证"),  # a verb jieba tags a noun
        ("坚持由理论指导实践", "理论", "坚持由理论指导"),
        # …not a word that comes before the verb: a pronoun, an adverb, an adjective used as one
        ("事务由居民自己管理", "居民", "事务由居民"),
        ("事项由村民共同决定", "村民", "事项由村民"),
        ("成果被社会广泛认可", "社会", "成果被社会"),
        # …nor where no preposition opens the ending
        ("工作依靠基层推动", "基层", "工作依靠基层"),
    ],
)
def test_a_prepositions_object_is_cut_after_its_verb(last: str, ending: str, kept: str) -> None:
    start = last.index(ending)
    assert last[: _after_coverb_verb(last, start, start + len(ending))] == kept


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # 既有…的N，也有…的N，还有…的N: the noun every clause repeats is the frame, not the member
        (
            "这些现象的出现，既有认识不到位的原因，也有制度不健全、监督不严格的原因，还有个别人习惯于走过场的原因。",
            ["认识不到位", "制度不健全、监督不严格", "个别人习惯于走过场"],
        ),
        (
            "这项改革，既是顺应形势的需要，也是回应期盼的需要，更是推动发展的需要。",
            ["顺应形势", "回应期盼", "推动发展"],
        ),
        # …not after 既要, whose clauses are actions, nor a noun shared with no 的 before it
        ("做好这项工作，既要看到成绩，又要正视问题，更要找准差距。", ["看到成绩", "正视问题", "找准差距"]),
        ("这些困难，既有主观原因，也有客观原因，还有历史原因。", ["主观原因", "客观原因", "历史原因"]),
        # …nor nouns that differ: they are what tells the clauses apart
        (
            "看这片区域，既有交通的便利，也有人才的优势，还有产业的基础。",
            ["交通的便利", "人才的优势", "产业的基础"],
        ),
    ],
)
def test_correlated_clauses_leave_the_noun_they_all_end_with(text: str, members: list[str]) -> None:
    # (one set: the whole clauses, read again as parallel clauses, would ask each member twice)
    assert [m for _, m, _ in clause_sets.find_part_sets(text)] == [members]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # jieba reads 风险|管|控管|源头 across the link its siblings share (…|管|…): read apart,
        # its words each side are words it knows, so it is the first member, not the lead
        (
            "这三项制度相互衔接，风险管控管源头，纠纷调处管过程，跟踪回访管长效。",
            [("这三项制度相互衔接", ["风险管控管源头", "纠纷调处管过程", "跟踪回访管长效"])],
        ),
        # a verb that opens the first clause governs them all: it is the lead, the rest the first member
        (
            "力争实现办事零跑腿，审批零延误，收费零差错，投诉零积压。",
            [("力争实现", ["办事零跑腿", "审批零延误", "收费零差错", "投诉零积压"])],
        ),
        # …half the clauses read across their link, half apart, are read as one frame still
        (
            "做到思想零懈怠，工作零失误，服务零投诉，廉洁零违纪。",
            [("做到", ["思想零懈怠", "工作零失误", "服务零投诉", "廉洁零违纪"])],
        ),
        # …not where the others each open with a verb of their own, as the first does
        ("推进产业升级是关键，改善民生是目的，加强党建是保证。", []),
        # …nor where they judge (是, 靠, 在): the verb is the first clause's subject's
        ("抓好基层党建是根本，经济发展是关键，民生改善是目的。", []),
        ("加强基层治理靠党建，社会稳定靠法治，经济发展靠创新。", []),
        # …not where the first clause whole is built on the frame, verb and all
        (
            "加强党建是根本，发展经济是关键，改善民生是目的。",
            [("", ["加强党建是根本", "发展经济是关键", "改善民生是目的"])],
        ),
        # …not a clause whose words after the link are no word of their own (力度|大)
        (
            "会上大家讨论热烈，科技创新力度大，纠纷调处管过程，跟踪回访管长效，综合考评管质量。",
            [("科技创新力度大", ["纠纷调处管过程", "跟踪回访管长效", "综合考评管质量"])],
        ),
    ],
)
def test_framed_clauses_read_apart_where_jieba_joins_the_link(
    text: str, found: list[tuple[str, list[str]]]
) -> None:
    assert [(lead, members) for lead, members, _ in clause_sets.find_part_sets(text)] == found


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # a word naming an activity before a topic is the first member's own, where its siblings
        # each say an activity before the ending they share
        (
            "所谓三进村，是指宣传惠民政策进村、法律服务进村、课题研究进村。",
            [["宣传惠民政策进村", "法律服务进村", "课题研究进村"]],
        ),
        # (a first member cut to its siblings' length grows back over its topic's words to the activity)
        (
            "所谓三进村，是指宣传党的惠民政策进村、法律服务进村、课题研究进村。",
            [["宣传党的惠民政策进村", "法律服务进村", "课题研究进村"]],
        ),
        # …not a verb that only acts: it governs the series
        (
            "要推动党的惠民政策进村、法律服务进村、课题研究进村。",
            [["惠民政策进村", "法律服务进村", "课题研究进村"]],
        ),
        (
            "要推动农技推广上门、课题研究上门、法律服务上门。",
            [["农技推广上门", "课题研究上门", "法律服务上门"]],
        ),
        # …nor where the siblings name things, not activities
        ("这项服务包括宣传材料上门、图书上门、报刊上门。", [["宣传材料上门", "图书上门", "报刊上门"]]),
        ("要宣传惠民政策、法律法规、科学常识。", [["惠民政策", "法律法规", "科学常识"]]),
        # …nor where the ending they share is a noun: each member is a verb and its object
        ("要大力营造关心老师、理解老师、支持老师的氛围。", [["关心老师", "理解老师", "支持老师"]]),
    ],
)
def test_an_activity_named_before_the_first_member_is_its_own(text: str, members: list[list[str]]) -> None:
    assert _members(text) == members


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # a last member written in step with its siblings (subject, 最, predicate) keeps its verb
        ("要走到人口最多、收入最低、道路最难走的村子去。", [["人口最多", "收入最低", "道路最难走"]]),
        # …not a verb that is the clause's after members that are names
        ("城市、乡镇、村庄开展的活动很多。", [["城市", "乡镇", "村庄"]]),
        ("学校、医院、社区开展的义诊活动很多。", [["学校", "医院", "社区"]]),
    ],
)
def test_a_last_member_in_step_keeps_its_predicate(text: str, members: list[list[str]]) -> None:
    assert _members(text) == members


@pytest.mark.parametrize(
    ("last", "mids", "in_step"),
    [
        ("办事最难跑", ["电价最高", "网速最慢"], True),
        ("路灯最少安装", ["绿地最小", "车位最紧"], True),
        # a character the members share inside one name, or at their opening, is no step
        ("镇长出席", ["州长", "县长"], False),
        ("区卫健委部署", ["省卫健委", "市卫健委"], False),
        ("以文化人推进", ["以文育人", "以文养心"], False),
        ("乡村小学参加", ["城区小学", "民办小学"], False),
    ],
)
def test_a_step_needs_words_of_its_own_on_both_sides(last: str, mids: list[str], in_step: bool) -> None:
    assert _step_before_predicate(last, mids) is in_step


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # the trial's speech: 不作为慢作为 written without a 、, never cut to 不作为慢
        (
            "对工作推诿扯皮、敷衍塞责、不作为慢作为的，要严肃问责，绝不姑息。",
            [["推诿扯皮", "敷衍塞责", "不作为慢作为"]],
        ),
        # halves that open with one word, and a doubled member before a noun or a 等
        ("对推诿扯皮、敷衍塞责、不担当不作为的干部严肃问责。", [["推诿扯皮", "敷衍塞责", "不担当不作为"]]),
        ("着力解决形式主义、官僚主义、不作为乱作为问题。", [["形式主义", "官僚主义", "不作为乱作为"]]),
        ("坚决纠治吃拿卡要、冷硬横推、不作为慢作为等问题。", [["吃拿卡要", "冷硬横推", "不作为慢作为"]]),
        # cut between its halves, a member ends at a word and stays so
        ("治理乱收费、乱罚款、乱摊派乱集资现象。", [["乱收费", "乱罚款", "乱摊派"]]),
        # a word said twice far apart is no doubled member
        ("推动教育、医疗、养老服务提质增效。", [["教育", "医疗", "养老"]]),
    ],
)
def test_a_doubled_last_member_is_not_cut_inside_its_second_half(text: str, members: list[list[str]]) -> None:
    assert _members(text) == members


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("压缩发文数量，做到少发文、发短文、发有用的文。", ["少发文", "发短文", "发有用的文"]),
        (
            "精简文件会议，坚持少发文、发短文、发实用的文，能合并的会议坚决合并。",
            ["少发文", "发短文", "发实用的文"],
        ),
        # (the noun after the 的 is no sibling's: the member ends at the 的)
        ("抓好规划、建设、管理的工作。", ["规划", "建设", "管理"]),
    ],
)
def test_a_last_member_keeps_the_noun_its_siblings_end_with(text: str, members: list[str]) -> None:
    """A last member whose 的 comes before the noun every sibling ends with (少发文、发短文、发管用的文)
    ends with that noun, as they do: cut at the 的, the gap would leave its noun in view."""
    assert _members(text) == [members]


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # the words that number a text's points, quoted as its wording: no set to recite
        ("主体部分既有对策又有事例，“第一、第二、第三”的表述使层次清晰。", []),
        ("文中用“一是、二是、三是”串起全段，结构分明。", []),
        ("答题时可按“首先、其次、最后”的顺序作答。", []),
        # a set of ordinals with words of their own stays a set
        ("坚持第一生产力、第一资源、第一动力的辩证统一。", [["第一生产力", "第一资源", "第一动力"]]),
    ],
)
def test_series_of_ordinal_words_alone_is_no_set(text: str, members: list[list[str]]) -> None:
    assert _members(text) == members
