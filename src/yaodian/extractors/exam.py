"""Exam tasks: the sentences that tell a candidate what to write (根据“给定资料1”，概括…；题目要求：
结合给定资料，围绕…；阅读上文，概括…，不超过100字；请以“…”为话题，自拟题目，写一篇议论文).

A task is neither a point to recall nor a formulation: it asks for the points, which an answer (参考
答案, a model essay) gives. Exam papers, handouts' exercises and forum posts of a 申论 essay word
their tasks alike, and the wording is what this module reads:
- after the question's number or label (第一题：, 问题二：, （三）, 【课后练习】, 假如你是…工作人员，), the
  sentence sends the candidate to the exam's material (根据, 结合, 参考, 阅读 … 给定资料, 上文, 这句话;
  a lecture's 本讲内容 only under an exercise's label, 【思考题】) and its next clause opens with what to
  write (，概括…; ，请分析…), or it asks them to write (请谈谈, 请概括);
- or it opens with the label of a question's requirements (题目要求：, 作答要求：, （要求：…）);
- or it holds the essay question's formula (自选角度，自拟题目，写一篇…).
A sentence that cites the material inside prose (给定资料中，某街道…; 通常要求考生根据给定资料，概括…)
is no task, nor is a speech's call to act (请各单位结合实际，抓好落实): it names no exam material;
nor what follows the same opening without asking for writing (结合材料，可以从…入手: an answer's
advice; （2）参考给定资料，不拘泥于资料: a criterion, which a learner may recite as a requirement's
point), nor a notice's task for its readers (每人不少于1500字; 于6月底前报送). The phrase, term
and outline extractors ask is_task of a sentence or a numbered item.

A question's own wording is no point to learn either, and is_task says so of it too: a stem with the
blank a candidate fills (总的战略安排是分（  ）步走), a line a question's label opens (题目：…) and its
options (A. … B. …). A view put to be weighed (有人说，…) is left alone: an essay or a news story
opens so as well, and a sentence alone does not say whether its document is an exam's. What is to be
learnt is the answer: answered_questions reads a choice or fill-in question with its options and its
答案 line, and gives the stem with the right option's text in its blank (the card made of it, a cloze
or, for several right options, a list). A question that asks for the wrong statement (不正确的是, 不属于)
gives none: its answer is false as a statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from yaodian.extractors.text import han_len
from yaodian.markers import CHOICE_OPTION

_NUMERAL = "一二三四五六七八九十百零〇"
# 范文, a model essay, as a word: not the inside of 规范文件, 示范文本, 模范文明 or 典范文章. Exam labels
# (titles.named) and an essay's exam words (points) both read it so.
MODEL_ESSAY = r"(?<![规示模典])范文"
# An exam handout's label opening a paragraph (【材料节选】, 【题目】, 【参考答案】): what part of the
# exercise its words are, which no card's prompt opens with. (A term's label, 【“三个区分开来”】, names a set.)
EXAM_LABEL = re.compile(
    r"^\s*[【\[]\s*(?:(?:给定)?(?:材料|资料)(?:节选|摘录|摘编|[一二三四五六七八九十\d]{0,2})|题目|例题|真题|试题"
    r"|(?:参考)?答案|解析|答题思路|解题思路)\s*[】\]]\s*"
)
# What may stand before a task's instruction: marks, numbers and brackets ((三), 1．, 📝), a question's
# number or label (第一题：, 问题二：, 题目：, 【课后练习】, （应急应变）), and the role a situational
# question gives the candidate (假如你是市委办公室工作人员，).
_LEAD_IN = (
    r"(?:[^\u4e00-\u9fff“”「」\"]"
    rf"|第[{_NUMERAL}\d]+[题问]|问题[{_NUMERAL}\d]*|[{_NUMERAL}]+(?=[、.．])"
    r"|(?:题目|试题|例题|考题|习题|练习|课后练习|课后作业|思考题)(?=[：:】)）\s])"
    r"|[【（(][^】）)。，]{1,8}[】）)]"
    r"|(?:假如|假设|假定)你是[^，,。；;]{1,30}[，,])*"
)
# The polite or urging prefix of an instruction put to the candidate (请, 请你, 试; 请认真, 简要), each
# part of it optional.
_PLEASE = r"(?:请你?|试)?(?:认真|仔细|深入|简要)?"
# The exam's material a task sends the candidate to: 给定资料/材料, the text above, the quotation the
# question cites (这句话).
_EXAM_MATERIAL = (
    r"给定(?:资料|材料)|上文|上述(?:资料|材料)|以上(?:资料|材料)"
    r"|材料(?=[，,\s一二三四五六七八九十\d])|这句话|这段话"
)
# A lecture's own units (本讲, 本课, 本专题): a 党课 or a notice names them in its prose (根据本讲内容，…;
# 结合本专题内容，撰写一篇调研报告), so they send a candidate only under an exercise's label.
_LECTURE_UNIT = r"本(?:讲|课|节|章|专题)"
_EXERCISE_LABEL = re.compile(r"思考题|练习|作业|习题|讨论题")
# (the material is named, its number given, and the clause breaks or goes on to say what of it is
# asked, 对给定资料的理解: 根据上文分析，… is an account drawn from the text above, not a task)
_SENT_TO_MATERIAL = (
    _PLEASE
    + r"(?:根据|结合|参考|阅读|围绕|联系|仿照|依据|运用)(?:你?对)?[“「\"]?"
    + rf"(?:(?P<exam>{_EXAM_MATERIAL})|(?P<lecture>{_LECTURE_UNIT}))"
    + r"(?:内容|所学)?(?:[\d一二三四五六七八九十、～~—\-至和及“”\"」]|材料|资料)*(?=[，,。的])"
)
# An instruction to write, put to the candidate (请谈谈你对…的理解, 请你概括…). 理解 and 思考 ask
# for writing only with a verb of writing after them (请思考并回答); 请深刻理解“…” is a speech's call.
_ASKED_TO_WRITE = (
    r"(?=请|试)"
    + _PLEASE
    + r"(?:谈谈|分析|概括|归纳|阐述|起草|拟写|草拟|撰写|(?:思考|理解)[并后](?:回答|作答|概括|分析|谈谈))"
)
# The label of a question's requirements (题目要求：, 作答要求：, （要求：观点鲜明…）).
_REQUIREMENTS = r"(?:(?:题目|作答|答题|写作)要求|(?<=[（(])要求)[：:]"
# A quotation a requirement gives to recite (分条作答，每条“总括词+简要解释”): a point of method a
# handout teaches, unless it is the theme the task names (围绕“共同富裕”, 以“…”为题).
_RECITED_QUOTATION = re.compile(r"(?<!围绕)(?<!以)[“「][^”」]{2,}[”」]")
_SENDS_TO_MATERIAL = re.compile(_LEAD_IN + _SENT_TO_MATERIAL)
_ASKS_TO_WRITE = re.compile(_LEAD_IN + _ASKED_TO_WRITE)
# What a task asks for at the head of the clause after the material (…，概括…; …，请分析…; …，就如何…
# 提出建议; …，围绕“…”; …，以“…”为题). Only the head counts: an answer that opens alike uses the same
# verbs later as its own (根据给定资料，某镇的经验…提出了…).
_ASKS_AT_HEAD = re.compile(
    r"(?:的[^，,。；;]{0,6})?[，,]\s*"
    + _PLEASE
    + r"(?:概括|归纳|分析|谈谈|指出|总结(?!起来)|提出(?:对策|建议|意见|措施)|起草|拟写|草拟|撰写|写一|写出"
    r"|阐述|论述|评析|作答|回答|列出|围绕|以[“「\"][^”」\"]{1,40}[”」\"](?:这一)?为"
    r"|就[^，,。；;]{1,30}?(?:提出(?:对策|建议|意见|措施)|谈谈|撰写|写一))"
)
# Nothing but marks after the material (结合给定资料。): the line is the task's instruction itself.
_NOTHING_MORE = re.compile(r"[\W_]*$")
_OPENS_REQUIREMENTS = re.compile(_LEAD_IN + _REQUIREMENTS)
# The formula of an essay question, wherever it stands in the sentence (…，自选角度，自拟题目，写一篇
# 议论文). A length alone asks no essay: a notice has its members write one (每人写一篇3000字的心得).
_ESSAY_FORMULA = re.compile(r"(?:自选角度|自拟(?:题目|标题))[，,、\s]*(?:自拟(?:题目|标题)[，,、\s]*)?写")
# A quotation long enough to hold a sentence: a task quoted inside prose (题目大意是“结合材料，…自拟题目
# 写一篇议论文”) is the prose's example, not the text's own task.
_LONG_QUOTATION = re.compile(r"“[^“”]{10,}”|「[^「」]{10,}」")
# A notice's task names its readers or a deadline (每人不少于1500字; 各支部于6月底前报送): it sets the
# readers work; an exam's candidate is never so named.
_NOTICE_TASK = re.compile(r"每人|每名|各(?:党)?支部|于[^，,。；;]{1,20}前(?:报送|上报|提交|报)")


# The blank a question leaves for its answer: empty brackets (（  ）, ( )) or a run of underscores
# (a text's own writing never has them; a card's ____ is made later, from the items)
_BLANK = re.compile(r"[（(][\s\u3000]*[）)]|_{3,}")
# A question's label opening its line (题目：, 【题目】, 题目1：, 试题：): what follows is asked, not told
_QUESTION_LABEL = re.compile(
    r"^\W*(?:[\d一二三四五六七八九十]+\s*[.．、]\s*)?[【\[]?(?:题目|试题|例题|真题|考题)\s*[\d一二三四五六七八九十]*\s*(?:[】\]]\s*[：:]?|[：:])"
)


def is_question(sentence: str) -> bool:
    """Whether `sentence` is a question's own wording: a stem with its blank (see _BLANK), a line a
    question's label opens (see _QUESTION_LABEL) or a line of a choice's options (A. 自治　B. 法治: all
    but the answer are wrong). An answer's words are learnt; these are asked. One option alone on its
    line is an option only under a stem (see options_under_stems): a 实施意见 letters its points so."""
    text = sentence.strip()
    return bool(_BLANK.search(text) or _QUESTION_LABEL.match(text) or len(options_of(text)) >= 2)


def is_task(sentence: str) -> bool:
    """Whether `sentence` (a sentence, or a line or a numbered item's text) tells an exam's
    candidate what to write, or is a question's own wording (see is_question), as the module's
    docstring says."""
    text = sentence.strip()
    if is_question(text):
        return True
    if _NOTICE_TASK.search(text):
        return False
    if _OPENS_REQUIREMENTS.match(text):
        return not _RECITED_QUOTATION.search(text)
    if _ASKS_TO_WRITE.match(text):
        return True
    opening = _SENDS_TO_MATERIAL.match(text)
    if opening and (opening["exam"] or _EXERCISE_LABEL.search(text[: opening.start("lecture")])):
        rest = text[opening.end() :]
        if _ASKS_AT_HEAD.match(rest) or _NOTHING_MORE.match(rest):
            return True
    return _ESSAY_FORMULA.search(_LONG_QUOTATION.sub("", text)) is not None


# The parts of a question's write-up, as its headings name them: the question itself (题目, 原题), and
# what a note adds to it: the answer (参考答案, 评分标准, which a paper may carry too) and the note's own
# remarks (解题思路, 答题思路, 点评, 易错提醒), which no paper carries. The paper's own parts (给定资料,
# 作答要求, 注意事项) are none of them: they are what an exam consists of.
_QUESTION_PART = r"题目|原题|试题|真题|题干"
_ANSWER_PART = r"(?:参考|正确)?答案(?:要点|解析)?|评分(?:标准|参考|细则)"
_REMARK_PART = r"(?:解题|答题|作答|审题|破题)思路|思路(?:点拨|分析)|(?:试题|题目|真题)?解析|(?:考官|名师|老师)?点评|易错(?:提醒|点)"
_PART_LABEL = re.compile(
    rf"[\W_]*(?:(?P<question>{_QUESTION_PART})|(?P<answer>{_ANSWER_PART})|{_REMARK_PART})"
    r"(?:[（(][^）)]{0,8}[）)])?[\W_]*"
)


def names_a_part(words: str) -> bool:
    """Whether `words` name a part of a question's write-up (参考答案, 解析, 评分标准: see _PART_LABEL)."""
    return _PART_LABEL.fullmatch(words) is not None


def is_write_up_furniture(heads: list[str]) -> bool:
    """Whether a document's or a section's parts, by their heads, are the template of a question's
    write-up rather than points of its own: the question stands among them beside what the note
    adds to it (题目 / 给定资料 / 参考答案 / 解题思路), the note's remarks beside the answer (给定资料 /
    参考答案 / 解题思路), or every head is such an addition (答题思路 / 参考答案). A learner recites none.
    An exam paper's parts (给定资料 / 作答要求 / 参考答案 / 评分标准) name no question and no remark as a
    part, nor do the steps of an analysis (审题立意 / 材料分析 / 易错提醒)."""
    labels = [_PART_LABEL.fullmatch(head.strip()) for head in heads]
    named = [label for label in labels if label is not None]
    if len(heads) < 2 or not named:
        return False
    questions = sum(1 for label in named if label["question"])
    answers = sum(1 for label in named if label["answer"])
    added = len(named) - questions
    remarks = added - answers
    return (questions > 0 and added > 0) or (answers > 0 and remarks > 0) or (added == len(heads))


# The line that gives a question's answer (答案：B; 参考答案：ACD; 【答案】中国式现代化; 正确答案：A): a colon
# or a bracket closes the label (答案就在群众中 is a sentence)
_ANSWER_LINE = re.compile(
    r"^\W*(?:参考|正确)?答案\s*(?:[】\]]\s*[：:]?|[：:])\s*(?P<answer>[^。；;\s][^\n]*)$"
)
_ANSWER_LETTERS = re.compile(r"[A-HＡ-Ｈ]{1,8}")
# A judgement question's answer (答案：正确 / 错误 / √): no text to put in a blank
_JUDGEMENT = re.compile(r"^(?:正确|错误|对|错|[√×✓✗]|是|否)\W*$")
# A stem that asks for what is not so (不正确的是, 错误的是, 不属于, 不包括): its answer is a false or
# foreign statement, no point to learn. 错误, 不是 and 不能 alone stand in right-answer stems too
# (坚决纠正（  ）的错误倾向; …是不能动摇的).
_ASKS_FOR_WRONG = re.compile(r"不正确|错误的是|有误|不属于|不包括|不符合|不恰当|除外")
# What opens a question's line before its stem: its number and its label (1. / 第2题 / 题目：)
_QUESTION_KIND = r"(?:[（(【\[](?:单选|多选|单项选择|多项选择|判断|填空|不定项选择?)题?[）)】\]]\s*)?"
_QUESTION_LEAD = re.compile(
    rf"^{_QUESTION_KIND}\W*(?:第?[\d一二三四五六七八九十]+\s*(?:题)?\s*[.．、：:]?\s*)?"
    rf"(?:[【\[]?(?:题目|试题|例题)\s*[】\]]?\s*[：:]?\s*)?{_QUESTION_KIND}"
)
# Where a fill-in answer ends: a break, a note in brackets, or the next label run into its line
# (答案：首要任务　知识点：…; 答案：中国式现代化（易错）)
_ANSWER_END = re.compile(
    r"[（(。；;，,\s]|(?:解析|知识点|考点|点拨|点评|提示|注意|出处|拓展|延伸|易错点)[：:]"
)
# How far below its stem (its options between) a question's answer line may stand
_ANSWER_REACH = 2
# How many source lines under a stem are read for its options and answer (eight options, the answer,
# blank lines between)
_OPTIONS_REACH = 12


@dataclass
class AnsweredQuestion:
    """A question with its answer: the stem as written (its number and label left out), where its
    blank is (stem[blank_start:blank_end]) and the right options' texts (one for a single choice or
    a fill-in)."""

    line: int
    stem: str
    blank_start: int
    blank_end: int
    answers: list[str]


def options_of(text: str) -> list[str]:
    """The options a line prints (A. 浙江诸暨　B. 浙江嘉兴 → [浙江诸暨, 浙江嘉兴]), by letter order;
    [] where the line does not open with an option (after marks: - A. …, **A.** …)."""
    marks = list(CHOICE_OPTION.finditer(text))
    if not marks or re.search(r"[^\W_]", text[: marks[0].start()]):
        return []
    ends = [mark.start() for mark in marks[1:]] + [len(text)]
    return [_unmarked(text[mark.end() : end]) for mark, end in zip(marks, ends, strict=True)]


def options_under_stems(texts: list[str]) -> set[int]:
    """The indexes of `texts` (a text's lines or paragraphs, in order) that are a choice's options: each
    line of the run of option lines right under a stem with its blank (see _BLANK). A line lettered
    A. … elsewhere is a text's own point (A. 加强组织领导，压实工作责任。)."""
    found: set[int] = set()
    under_stem = False
    for index, text in enumerate(texts):
        if options_of(text):
            if under_stem:
                found.add(index)
        else:
            under_stem = _BLANK.search(text) is not None
    return found


def _unmarked(text: str) -> str:
    """A source line's words without Markdown's marks around them (**B**, > 解析, - A.)."""
    return re.sub(r"\*\*|__|`", "", text).strip(" \t\u3000>*-+")


def answered_questions(stems: list[tuple[int, str]], lines: list[str]) -> list[AnsweredQuestion]:
    """The choice and fill-in questions whose answer the text gives: a stem with a blank (from
    `stems`, the main text's lines as (line number, text)), the option lines right under it in the
    source's `lines` (line 1 first; none for a fill-in) and, within _ANSWER_REACH lines after them,
    an answer line (答案：B). The source's lines are read, not the main text: options and answer
    lines are too short to pass for text. A stem that asks for the wrong statement (see
    _ASKS_FOR_WRONG) and a judgement's answer (正确) give none."""
    found: list[AnsweredQuestion] = []
    for line, text in stems:
        if _BLANK.search(text) is None or options_of(text) or _ANSWER_LINE.match(text):
            continue
        below = [_unmarked(raw) for raw in lines[line : line + _OPTIONS_REACH]]
        below = [raw for raw in below if raw]
        options: dict[str, str] = {}
        taken = 0
        while taken < len(below) and (printed := options_of(below[taken])):
            letters = [mark[0][0] for mark in CHOICE_OPTION.finditer(below[taken])]
            options.update(zip(letters, printed, strict=True))
            taken += 1
        answer = next(
            (
                match["answer"].strip()
                for raw in below[taken : taken + _ANSWER_REACH]
                if (match := _ANSWER_LINE.match(raw))
            ),
            "",
        )
        lead = _QUESTION_LEAD.match(text)
        stem = text[lead.end() if lead else 0 :].strip()
        if not answer or _ASKS_FOR_WRONG.search(stem) or _JUDGEMENT.match(answer):
            continue
        if options:
            letters = _ANSWER_LETTERS.match(answer)
            if letters is None or any(letter not in options for letter in letters[0]):
                continue
            answers = [options[letter] for letter in letters[0]]
        else:
            answers = [_ANSWER_END.split(answer)[0]]
        blank = _BLANK.search(stem)
        if blank is not None and all(han_len(answer) for answer in answers):
            found.append(AnsweredQuestion(line, stem, blank.start(), blank.end(), answers))
    return found
