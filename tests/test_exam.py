"""Exam tasks (extractors/exam.py): the sentences that tell a candidate what to write are no point
and no formulation; a speech's, a report's or a handout's sentences with the same words are.

The texts are written for these tables: none is copied from a document of the corpus.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from yaodian.extractors import EXTRACTORS, extract_cards, extract_document, phrases
from yaodian.extractors.exam import (
    answered_questions,
    is_question,
    is_task,
    is_write_up_furniture,
    options_under_stems,
)
from yaodian.extractors.script import paragraph
from yaodian.extractors.text import Paragraph
from yaodian.sources import read_document


def _paragraphs(text: str) -> list[Paragraph]:
    return [paragraph(n, line) for n, line in enumerate(text.strip().splitlines(), 1) if line.strip()]


@pytest.mark.parametrize(
    "sentence",
    [
        # a paper's numbered question, sent to its material
        "第二题：根据“给定资料3”，归纳某镇推进移风易俗的经验。",
        "（三）假如你是团县委的干部，请根据给定资料，拟写一份倡议书。",
        "二、结合“给定材料4、5”，就如何留住乡村青年提出建议。",
        "问题：请结合材料，分析某街道议事会遇冷的原因。",
        "请结合材料一至材料三，围绕“乡村善治”提出三条建议。",
        # a handout's exercise, sent to the lecture or the text above
        "【思考题】请结合本课内容，谈谈如何提升群众工作能力。",
        "2．阅读上文，指出作者提出的三个分论点。",
        "3．仿照上文的写法，以“办好小事”为话题拟写两个分论点。",
        # the label of a question's requirements
        "题目要求：结合给定材料，围绕“共同富裕”，总字数1000字左右。",
        "作答要求：（1）紧扣资料；（2）不超过300字。",
        "（要求：观点鲜明，条理清楚，不超过400字）",
        # an instruction to write, and the essay question's formula wherever it stands
        "请谈谈你对“民生无小事”这句话的理解。",
        "请以“守正创新”为话题，自拟题目，写一篇800字左右的文章。",
        "上周的模拟题，要求围绕“乡风文明”自选角度，自拟题目，写一篇议论文。",
    ],
)
def test_a_task_is_told_by_its_wording(sentence: str) -> None:
    assert is_task(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a speech's call to act, and its requirements, name no exam material
        "请各单位结合本地实际，认真抓好贯彻落实。",
        "工作要求：各地要高度重视，压实责任，确保各项任务落地见效。",
        "总体要求：坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。",
        "请大家结合这次会议精神，谈谈下一步的打算。",
        "请根据本通知要求，认真组织实施。",
        # a report's account of its grounds
        "根据群众反映的问题，我们逐条制定了整改措施。",
        "根据材料显示，全市新增就业岗位三万余个。",
        # a model essay that cites the material in its prose
        "给定资料中，某县推行“积分制”，激发了村民参与热情。",
        # a handout that teaches how tasks are answered, and an answer's advice
        "申论考试通常要求考生根据给定资料，概括问题、分析原因、提出对策。",
        "审题时，要结合给定资料，找准作答对象和作答范围。",
        "结合材料，可以从思想、制度、能力三个层面作答。",
        "结合上文，我们不难看出基层减负的关键在于精准。",
        "根据上文分析，基层减负的关键在于把权责理清。",
        "阅读材料，是做好申论的第一步。",
        # a criterion of an answer that opens alike asks no writing of its own
        "参考给定材料，但不照搬材料。",
        # a skill a handout teaches, and a task quoted as an example inside prose
        "自拟题目时，标题要做到简洁、鲜明、有力。",
        "每名党员要结合自身实际，写一篇3000字左右的学习心得。",
        "那年的大作文，题目大意是“结合材料，围绕乡村振兴自拟题目写一篇议论文”，难度不大。",
    ],
)
def test_a_sentence_with_the_same_words_is_no_task(sentence: str) -> None:
    assert not is_task(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # an answer, a model essay or an interview answer that opens on the material and uses a task's
        # verb later as its own (提出, 写入, 说明)
        "根据给定资料，某乡推行红白喜事简办的做法主要有两条：一是由党员带头，提出“一桌标准”；二是修订村规，写入“彩礼限额”条款。",
        "结合给定资料，某小区“楼栋议事会”的做法说明，要把服务送到居民家门口。",
        "根据给定资料，某镇的“接诉即办”机制，提出了一条“快速响应”的新路径，说明了治理要重心下移。",
        "结合材料，这一经验提出了乡村治理的新思路：让村民从“看客”变成“主角”。",
        "根据以上材料，某村坚持“三会一课”，写好“组织答卷”。",
        "根据上述材料，村民参与不够的原因在于议事渠道不畅，需要写入村规民约。",
        # a lecture's or a report's own units, named in its prose
        "根据本讲内容，“两个维护”是最根本的政治要求，要深刻理解其重大意义。",
        "结合本课内容，总结起来就是“三个必须”：必须坚持党的领导、必须坚持人民至上、必须坚持改革创新。",
        "围绕本专题，全区开展了“大走访、大排查”活动，总结提炼了“两个一”经验。",
    ],
)
def test_a_task_verb_past_the_head_of_the_clause_asks_nothing(sentence: str) -> None:
    assert not is_task(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a speech's or a lecture's call to understand: no exam's 请谈谈你对…的理解
        "请深刻理解“人民城市人民建”的重要理念，始终坚持“民之所盼，政之所向”。",
        "请深入理解“三个务必”的深刻内涵：务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗。",
        # a notice's task for its readers, which names them or a deadline
        "请认真撰写读书笔记，每人不少于2000字。",
        "请撰写专题调研报告，各党支部于9月底前报送。",
    ],
)
def test_a_speechs_call_or_a_notices_task_is_no_exam_task(sentence: str) -> None:
    assert not is_task(sentence)


def test_a_task_gives_no_formulation_its_answer_does() -> None:
    text = (
        "题目要求：结合给定资料，围绕“小网格撬动大治理”，总字数1000字左右。\n"
        "小网格撬动大治理，关键是要把党的组织建在网格上。"
    )
    found = phrases.find_phrases(_paragraphs(text), 5)
    assert found
    assert all(not phrase.sentence.startswith("题目要求") for phrase in found)


@pytest.mark.parametrize(
    "text",
    [
        "请大家结合这次会议精神，深刻领会江山就是人民，人民就是江山。",
        "结合上文，我们要牢记江山就是人民、人民就是江山。",
        "根据材料显示，江山就是人民，人民就是江山。",
    ],
)
def test_a_speech_or_a_report_with_the_same_opening_keeps_its_formulation(text: str) -> None:
    assert phrases.find_phrases(_paragraphs(text), 5)


def _outline_lists(text: str) -> list[list[str]]:
    return [card.items for card in EXTRACTORS["outline"](_paragraphs(text), "标题") if card.type == "list"]


def test_a_handouts_exercises_are_no_list() -> None:
    text = (
        "课后练习\n"
        "1．阅读上文，概括作者提出的两条路径，不超过80字。\n"
        "2．请结合本讲内容，谈谈如何做好群众工作。\n"
        "3．参考给定资料，自选角度，自拟题目，写一篇议论文。"
    )
    assert _outline_lists(text) == []


def test_a_reports_numbered_tasks_are_a_list() -> None:
    text = (
        "今年重点抓好三项工作：\n"
        "1．结合主题教育，深化理论武装。\n"
        "2．围绕中心任务，推动高质量发展。\n"
        "3．聚焦民生关切，办好群众身边事。"
    )
    assert _outline_lists(text) == [["结合主题教育", "围绕中心任务", "聚焦民生关切"]]


def test_a_notices_numbered_tasks_for_its_readers_are_a_list() -> None:
    text = "学习安排如下：\n1．通读原文，每天不少于一小时。\n2．撰写心得，每人写一篇2000字左右的体会文章。"
    assert _outline_lists(text) == [["通读原文", "撰写心得"]]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (  # (review 20C's notice)
            "现将本季度学习任务通知如下。\n"
            "1．请认真撰写学习体会，每人不少于1500字。\n"
            "2．结合本专题内容，撰写一篇调研报告，聚焦“急难愁盼”问题。\n"
            "3．组织一次集中研讨，每名成员发言不少于10分钟。\n"
            "4．开展一次实践活动，到联系点走访群众。",
            ["请认真撰写学习体会", "结合本专题内容", "组织一次集中研讨", "开展一次实践活动"],
        ),
        (
            "现将下半年学习任务通知如下。\n"
            "1．请撰写专题调研报告，各党支部于9月底前报送。\n"
            "2．结合本专题内容，撰写一篇调研文章，聚焦“民生实事”落实情况。\n"
            "3．组织一次专题研讨，每名党员交流发言。\n"
            "4．联系本课内容，谈谈如何把学习成果转化为工作实效。",
            ["请撰写专题调研报告", "结合本专题内容", "组织一次专题研讨", "联系本课内容"],
        ),
    ],
)
def test_a_notices_tasks_that_open_like_an_exams_are_a_list(text: str, items: list[str]) -> None:
    assert _outline_lists(text) == [items]


def test_a_requirement_that_gives_a_form_to_recite_is_no_task() -> None:
    assert not is_task("作答要求：分点作答，每点“关键词+具体做法”，不超过150字。")
    assert is_task("作答要求：围绕“基层减负”，分点作答，不超过150字。")


def test_a_count_in_a_task_is_no_cloze_but_a_count_in_a_speech_is() -> None:
    task = _paragraphs("1．阅读上文，概括作者提出的三条路径，不超过100字。")
    speech = _paragraphs("我们要牢牢把握“三条路径”，推动工作落地见效。")
    assert EXTRACTORS["terms"](task, "标题") == []
    assert EXTRACTORS["terms"](speech, "标题")


@pytest.mark.parametrize(
    "sentence",
    [
        # a stem with the blank a candidate fills
        "全面推进乡村振兴，要坚持农业农村（  ）发展。",
        "下列关于基层治理的说法，正确的是( )。",
        "新时代党的建设总要求以（　）为主线。",
        # a line a question's label opens
        "题目：请你谈谈对基层“微治理”的认识。",
        "【题目】单位要开展一次读书月活动，你怎么组织？",
        # a line of a choice's options
        "A. 共建　B. 共治　C. 共享",
        "Ａ．以人民为中心　Ｂ．以项目为中心",
    ],
)
def test_a_questions_own_wording_is_asked_not_learnt(sentence: str) -> None:
    assert is_question(sentence)
    assert is_task(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a policy text that enumerates and mentions 题目 in its prose
        "一是把群众的急难愁盼作为调研题目；二是把调研成果转化为工作举措。",
        "会议要求，各单位要围绕年度重点任务选好课题、出好题目。",
        # the letters of a real enumeration, not options
        "经比选，方案A投资较少，方案B工期较短，最终采用方案A。",
        "全县新增A级旅游景区三家。",
        # brackets that hold words, and a view the writer states as his own
        "要坚持“两个毫不动摇”（即毫不动摇巩固和发展公有制经济）。",
        "我认为，基层减负的关键在于精简文会。",
        "群众说，现在办事不用再跑腿了。",
        # a 实施意见's lettered points, one to a line
        "A. 完善议事规则，推动居民协商常态化。",
        "C、强化督导考核，确保各项任务落地见效。",
        # an essay's or a news story's opening with the view of others: no exam question
        "有人说，青春的底色是奋斗。",
        "有网友表示，家门口的夜市很有烟火气。",
        "也有人认为，小积分能撬动大治理。",
    ],
)
def test_prose_with_a_questions_words_is_no_question(sentence: str) -> None:
    assert not is_question(sentence)
    assert not is_task(sentence)


def test_a_lettered_line_is_an_option_only_under_a_stem() -> None:
    lines = [
        "社区治理要坚持（  ）。",
        "A. 完善议事规则，推动居民协商常态化。",
        "B. 强化督导考核，确保各项任务落地见效。",
        "答案：A",
        "二、主要措施",
        "A. 完善议事规则，推动居民协商常态化。",
        "B. 强化督导考核，确保各项任务落地见效。",
    ]
    assert options_under_stems(lines) == {1, 2}


def test_a_lettered_implementation_plans_points_keep_their_phrases_a_questions_options_none() -> None:
    points = """关于深化“微网格”治理的实施意见
为进一步激发基层活力，结合本街道实际，提出如下意见。
A. 完善议事规则，推动“居民说事”常态长效，让群众的事群众商量着办。
B. 强化阵地建设，推动“一站式”服务覆盖全部小区，方便群众就近办事。"""
    question = """1. 深化“微网格”治理要坚持（  ）。
A. 完善议事规则，推动“居民说事”常态长效，让群众的事群众商量着办。
B. 强化阵地建设，推动“一站式”服务覆盖全部小区，方便群众就近办事。
答案：A"""
    assert EXTRACTORS["phrases"](_paragraphs(points), "标题")
    assert EXTRACTORS["phrases"](_paragraphs(question), "标题") == []


def test_a_terms_members_that_are_options_make_no_list() -> None:
    text = """3. 新时代党员干部要牢记“两个维护”，即（  ）。
A. 坚决维护习近平总书记党中央的核心、全党的核心地位
B. 坚决维护党中央权威和集中统一领导
答案：AB"""
    assert [card for card in EXTRACTORS["terms"](_paragraphs(text), "题库") if card.type == "list"] == []


def _lines(text: str) -> list[str]:
    return text.strip().splitlines()


def _answered(text: str) -> list[tuple[str, list[str]]]:
    lines = _lines(text)
    stems = [(number, line) for number, line in enumerate(lines, 1) if line.strip()]
    found = answered_questions(stems, lines)
    return [(q.stem[: q.blank_start] + "|" + q.stem[q.blank_end :], q.answers) for q in found]


def test_a_single_choices_answer_is_its_right_options_text() -> None:
    text = """
1. 新时代党的组织路线强调，要坚持（  ）的用人导向。
A. 论资排辈
B. 德才兼备、以德为先
C. 唯票取人

答案：B
"""
    assert _answered(text) == [("新时代党的组织路线强调，要坚持|的用人导向。", ["德才兼备、以德为先"])]


def test_several_right_options_and_options_on_one_line() -> None:
    text = """
【多选题】2. 推进基层治理，要健全（　　）相结合的城乡基层治理体系。
A. 自治　B. 法治　C. 德治　D. 人治
**参考答案：ABC**
"""
    assert _answered(text) == [("推进基层治理，要健全|相结合的城乡基层治理体系。", ["自治", "法治", "德治"])]


def test_a_fill_in_answer_ends_at_the_next_label() -> None:
    text = """
3.题目：党的二十大报告指出，（  ）是全面建设社会主义现代化国家的首要任务。
答案：高质量发展　知识点：发展是党执政兴国的第一要务
"""
    assert _answered(text) == [
        ("党的二十大报告指出，|是全面建设社会主义现代化国家的首要任务。", ["高质量发展"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a stem that asks for the wrong statement: its answer is false as a statement
        "4. 下列关于新发展理念的说法，不正确的是（  ）。\nA. 创新是第一动力\nB. 开放是可有可无的\n答案：B",
        "5. 以下不属于“三农”的是（  ）。\nA. 农业　B. 农村　C. 工业　D. 农民\n答案：C",
        # a judgement's answer, and a stem with no answer line
        "6. 网格员是联系群众的“最后一米”。（  ）\n答案：正确",
        "7. 基层治理的重心是（  ）。\nA. 社区\nB. 机关\n解析：重心在社区。",
        # an answer letter that names no option printed
        "8. 乡村振兴的总要求是（  ）。\nA. 产业兴旺\nB. 生态宜居\n答案：E",
        # a sentence that opens with 答案 is no answer line
        "9. 做好群众工作，关键要走好（  ）。\n答案就在群众中，要多到一线去听听。",
    ],
)
def test_questions_that_give_no_answer_to_learn(text: str) -> None:
    assert _answered(text) == []


def test_a_bank_gets_its_answer_in_the_stem_not_the_stem_or_the_options() -> None:
    text = """题库
1. 新时代党的组织路线强调，要坚持（  ）的用人导向，选优配强各级领导班子。
A. 论资排辈
B. 德才兼备、以德为先
C. 唯票取人
答案：B
解析：好干部要信念坚定、为民服务、勤政务实、敢于担当、清正廉洁，这是新时代好干部标准。"""
    paragraphs = _paragraphs(text)
    cards = extract_cards(paragraphs, "题库", "t", _lines(text))
    clozes = [card.text for card in cards if card.type == "cloze"]
    assert (
        "新时代党的组织路线强调，要坚持{{c1::德才兼备}}、{{c2::以德为先}}的用人导向，选优配强各级领导班子。"
        in clozes
    )
    assert not any("A." in text or "C." in text or "（" in text for text in clozes)


def test_a_right_answer_stem_may_say_wrong_or_must_not() -> None:
    text = """
10. 作风建设要坚决纠正（  ）的错误倾向。
A. 重留痕轻实绩
B. 重实干重实效
答案：A

11. 党对农村工作的全面领导是不能动摇的，要健全（  ）的工作机制。
答案：五级书记抓乡村振兴
"""
    assert _answered(text) == [
        ("作风建设要坚决纠正|的错误倾向。", ["重留痕轻实绩"]),
        ("党对农村工作的全面领导是不能动摇的，要健全|的工作机制。", ["五级书记抓乡村振兴"]),
    ]


@pytest.mark.parametrize(
    "heads",
    [
        ["题目", "给定资料（节选）", "参考答案", "解题思路", "拓展阅读"],  # the question beside its answer
        ["【原题】", "【答案要点】"],
        ["答题思路", "参考答案"],  # a note's additions only
        ["思路点拨", "答案解析", "名师点评"],
        ["给定资料", "参考答案", "解题思路"],  # the note's remark beside the answer, the question untitled
    ],
)
def test_a_question_write_ups_template_is_furniture(heads: list[str]) -> None:
    assert is_write_up_furniture(heads)


@pytest.mark.parametrize(
    "heads",
    [
        ["给定资料", "作答要求"],  # an exam paper's own parts
        ["注意事项", "给定材料", "作答要求", "参考答案"],
        ["给定资料", "作答要求", "参考答案及评分细则"],
        ["给定资料", "作答要求", "参考答案", "评分标准"],  # a paper may carry its answer and its marking
        ["审题立意", "材料分析", "谋篇布局", "易错提醒"],  # an analysis's steps, most of them points
        ["题目", "破题"],  # the question alone among words a note may teach
        ["参考答案"],
        ["坚持问题导向", "参考答案"],
    ],
)
def test_a_papers_parts_or_an_analysiss_steps_are_no_furniture(heads: list[str]) -> None:
    assert not is_write_up_furniture(heads)


def test_a_write_ups_headings_give_no_list_but_a_papers_do() -> None:
    write_up = "一、题目\n概括某县的做法。\n二、给定资料\n某县推进改革。\n三、参考答案\n做法如下。\n四、解题思路\n先找主体。"
    assert _outline_lists(write_up) == []
    paper = "一、给定资料\n某县推进改革，成效明显。\n二、作答要求\n概括某县的做法，不超过200字。"
    assert _outline_lists(paper) == [["给定资料", "作答要求"]]


_WRITE_UP = """# 某县“放管服”改革的做法

## 一、{question}

根据给定资料，概括某县深化“放管服”改革的主要做法。

## 二、给定资料

某县把企业开办作为改革突破口，推行“一窗受理、一网通办、一次办结”，开办时间压缩到一天。县里还建立“首席服务员”制度，为重点项目提供全程帮办代办服务，企业普遍反映办事更顺心了。

## 三、参考答案

1. **流程再造，提速增效。**推行“一窗受理、一网通办、一次办结”，压缩开办时间。
2. **专人帮办，优化服务。**建立首席服务员制度，为重点项目全程帮办代办。

## 四、{method}

先找主体，再找举措，按“流程—服务”的逻辑分类整合。
"""


def _material_gaps(tmp_path: Path, question: str, method: str) -> list[str]:
    path = tmp_path / "note.md"
    path.write_text(_WRITE_UP.format(question=question, method=method), encoding="utf-8")
    asked = []
    for card in extract_document(read_document(path)).cards:
        if card.origin and "给定资料" in (card.origin.section or ""):
            asked += card.items if card.type == "list" else [g for g, _ in _GAPS.findall(card.text)]
    return asked


_GAPS = re.compile(r"\{\{c\d+::(.*?)(?:::([^}]*))?\}\}")


def test_a_write_ups_material_asks_nothing_its_answer_asks(tmp_path: Path) -> None:
    asked = _material_gaps(tmp_path, "题目", "解题思路")
    assert not any("一网通办" in gap for gap in asked)


def test_an_exam_papers_material_keeps_its_series_beside_its_answer(tmp_path: Path) -> None:
    asked = _material_gaps(tmp_path, "作答要求", "评分说明")
    assert any("一网通办" in gap for gap in asked)


def test_a_write_ups_one_character_set_stays_unless_the_answer_asks_it_whole(tmp_path: Path) -> None:
    note = (
        "# 某区的做法\n\n## 一、题目\n\n概括某区稳增长的做法。\n\n## 二、给定资料\n\n"
        "某区工作坚持“稳、进、立”的思路：稳是基础，进是方向，立是关键。\n\n## 三、参考答案\n\n"
        "1. **稳岗位，兜住底线。**落实援企稳岗政策。\n2. **立规矩，规范秩序。**建立涉企检查清单。\n\n"
        "## 四、解题思路\n\n先找主体，再找举措。\n"
    )
    path = tmp_path / "note.md"
    path.write_text(note, encoding="utf-8")
    listed = [card.items for card in extract_document(read_document(path)).cards if card.type == "list"]
    assert ["稳", "进", "立"] in listed  # (稳岗位 and 立规矩 hold a character each, not the set)
