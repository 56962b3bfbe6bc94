"""Key formulations (提法): the whole formulation a candidate recites, worth a cloze of its own.

What is recited is mostly a whole clause or two (a judgement 腐败是危害党的…最大毒瘤, paired
clauses 稳是大局和基础，进是方向和动力, a chiasmus 江山就是人民，人民就是江山), so the candidates
are a sentence's clauses, two or three clauses in one shape together, a judgement with the clauses
that judge its subject again (X是A，也是B), a chain of short judgements each of its own subject
(特点是创新，关键在质优，本质是先进生产力), what stands in quotation marks, what the source set in
bold, and in a long clause the span that carries the weight (…的重要法宝, 点多、线长、面宽, a slogan
小事不出村、大事不出镇、矛盾不上交). Each scores for the shapes Chinese writing uses to mark a
formulation worth reciting: judgements (X是Y, X就是Y, X在于Y), clauses on one frame or a couplet,
paired halves (不仅…更…, 既…又…), a word said twice (以新安全格局保障新发展格局), emphasis words
(法宝, 根本, 最大, 第一…), parallel rhythm (敢想敢闯敢试), set phrases (以…为…, 把…摆在…, 让…), a quoted
statement (not a quoted name: “一网通办”), bold, repetition in the document, a neighbouring
clause that marks it (X，并不意味着…), and the document's TF-IDF keywords (jieba). Discourse glue
(我们, 但是, 如果…), questions and, most of all, numbers (figures report; they are not recited) count
against. Some spans are no candidates at all: the clause that announces what follows a colon
(总的战略安排是分两步走：), an adverbial that sets the scene (依托…平台，…), and the pieces of a
judgement clozed whole (its first 、-member, its emphasised end 国家的…战略性支撑 without the
subject). Every span ends on jieba word boundaries. The document's limit of sentences takes the
formulations by a rank beside the score (_rank): whole statements before fragments, what no other
card asks before what a list card asks already, a sentence's closing point before its lead, a pair of mirrored clauses
before a span that cuts it in two, a slogan of mirrored members before plain words, and a page's
doubled text last. A topic is clozed with the clauses that say what it hinges on (事业成败，关键在人).
"""

from __future__ import annotations

import heapq
import re
import sys
from collections import Counter
from collections.abc import Collection, Container, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import accumulate, chain, pairwise, takewhile

from yaodian.extractors.exam import is_task, options_under_stems
from yaodian.extractors.members import (
    COUNT,
    TAKE_IN,
    acts,
    adverbs,
    doubled_halves,
    function_words,
    nouns,
    shared_ending,
    shared_opening,
    tokens_of,
    verbs,
)
from yaodian.extractors.script import simplified
from yaodian.extractors.terms import has_term, opens_quote
from yaodian.extractors.text import (
    ALL_HAN,
    HAN,
    Paragraph,
    content_chars,
    han_len,
    han_words_of_block,
    import_jieba,
    jieba_blocks,
    marshal_copy,
    strip_punct,
    word_frequency,
    words,
)
from yaodian.markers import BOLD_HEADING_NUMBER, ENTRY_NUMBER, ITEM_OPENING, SPAN_OPENING_MARK
from yaodian.numerals import numeral_value

_CLAUSE = re.compile(r"[^，,。；;：:！!？?]+")
_INNER_DASH = re.compile(r"(?<=[^—\s])——")
# the parts of a sentence a mirrored run stays within: a ；or ：opens another thought
_SEGMENT = re.compile(r"[^；;：:]+")
_QUOTE = re.compile(r"[“「\"]([^”」\"]{2,14})[”」\"]")
_EMPHASIS = re.compile(
    r"法宝|根本|关键|核心|首要|首位|主线|生命线|牛鼻子|主阵地|阵地|最大|第一(?![篇章节次批期届])|基础中的基础|应有之义|主责主业|"
    r"磅礴|同心圆|公约数|正能量|合力|必然要求|重中之重|行家里手|战略|大局|之本|之要|之基|底线|初心|灵魂|"
    r"不必在我|重要组成部分|明白人|责任人|科学化|规范化|制度化"
)
# Paired forms, the two halves of one thought: 不仅…更… (不但…而且…, 不只是…也是…), 既…又… (既…更…),
# 不在…而在…, 没有…就没有…, two negations one after the other (不能…，更不能…; 不是…，也不是…),
# a condition with its consequence (数据多跑路，干部才能少跑腿: the second clause's 才 answers the first),
# a growing condition and its growing demand (越是形势复杂，越需要…), what there is and what there is not
# (只有进行时，没有完成时), and a look and the truth under it (看似做大了规模，实则透支了信任).
_PAIRED = re.compile(
    r"不仅.{1,16}更|不[仅但只止]是?.{1,16}[，,](?:而且|并且|也是)|不[能是要].{1,16}[，,](?:更|也|又|还)不[能是要]|不在.{1,16}而在|越(?!来越)[\u4e00-\u9fff]{1,6}(?<![跨超卓优穿])越|既(?!然).{1,16}[又也更]|不是.{1,10}而是|宁.{1,6}不|^以.{2,8}[，,](?:以|应)|"
    r"把.{1,8}好.{0,2}把.{1,8}好|[由从].{2,12}[向到].{2,12}|见.{1,4}更要见|没有.{1,16}就没有|谁.{1,10}[，,、]谁|"
    r"[，,][\u4e00-\u9fff]{0,4}才(?:能|有|会|可)|"
    r"越是.{1,12}[，,]越|只有.{1,10}[，,]没有|看似.{1,16}[，,](?:实则|实际上|其实)"
)
# The characters _PAIRED's alternatives open with (a condition's at the break before its 才): a
# scan for them is cheap, while _PAIRED's anchored branch (^以…) keeps the engine from skipping
# ahead to them itself.
_PAIRED_OPENERS = re.compile("[不越既宁以把由从见没谁只看，,]")
# Two things held in balance, the verb of balance closing the clause (严管和厚爱结合、激励和约束并重;
# 常态减灾和非常态救灾相统一): a principle of method, recited as set, however plain its words.
_BALANCE = re.compile(
    r"[\u4e00-\u9fff]{2}[和与][\u4e00-\u9fff]{2,12}?(?:紧密|有机|相)?(?:结合|并重|并举|统一|并行|两手抓)(?:起来)?(?:$|[，,、；;])"
)
# A means and the end it serves, 以A引领B (以高水平安全保障高质量发展; 以伟大自我革命引领伟大社会革命;
# 以实干实绩检验学习成效): a clause that opens with 以, its means, a verb of effect and what it brings
# about, to the clause's end. (以…为… and the one-character 以学促干 are in _SET_FORM's first branches.)
# The means is three characters or more: with two (以党建引领…) dev gains two phrases of 6,134, and a
# page read as one line would card the sentence its head runs into otherwise than its line-broken copy.
# A means that is a manner or a method (以项目化方式推进…, 以问卷调查的办法检验…, 以每股五元的价格…)
# says only how a thing was done, as any report does: no formulation, whatever verb follows it.
_MANNER = "方式|办法|方法|形式|名义|价格|手段|途径|渠道|程序"  # (each of two: 速度 would take 加速度)
_MEANS_TO_END = (
    rf"以[^，,]{{3,10}}(?<!{_MANNER})(?:引领|塑造|保障|推动|赢得|检验|推进|赋能|破)[^，,]{{2,12}}$"
)
_SET_FORM = re.compile(
    rf"^(?:坚持|始终)?(?:以.{{2,10}}为.{{1,6}}|以[^，,]{{2,14}}(?:促|带|聚|凝|铸|强)[^，,]{{1,5}}$|{_MEANS_TO_END}|"
    r"把[^，,]{2,14}?(?:摆在|作为|当作|当成|放在|贯穿|贯彻到|融入|转化为|变成|用在|挺在|建在|建设成为|写在|落在|下在|"
    r"化解在|解决在|还给)[^，,]{1,14}|让[^，,]{4,24})|.{2,8}于.{2,6}之[前中后]"
)
_GLUE = re.compile(
    r"^(但|而|因此|所以|同时|并且|如果|只有|虽然|然而|总之|此外|另外|其中|一方面|另一方面|通过|随着|在|由于|加之|"
    r"取决于|要求|一些|对于|关于|根据|按照|dang的|党的十)"
)
# Adverbs and modals in front of a formulation that are not part of it (特别是要紧扣…, 对于找到…).
_LEADING_GLUE = {
    "特别",
    "特别是",
    "尤其",
    "尤其是",
    "对于",
    "切实",
    "进一步",
    "也是",
    "更是",
    "还要",
    "也要",
    "并",
    "要",
    "也",
    "还",
    "是",
}
_GLUE_OPENINGS = frozenset(word[0] for word in _LEADING_GLUE)  # (jieba's words join up to the text)


def _without_leading_glue(clause: str) -> str:
    """The clause without the adverbs in front of it, dropped word by word (never half a word)."""
    if clause[:1] not in _GLUE_OPENINGS:  # its first word, which opens it, is no glue
        return clause
    tokens = words(clause)
    while len(tokens) > 1 and tokens[0] in _LEADING_GLUE:
        tokens.pop(0)
    return "".join(tokens)


def _without_namely(clause: str) -> str:
    """The clause without the word 即 (namely) that opens it: what follows unpacks the clause before
    (“三张清单”，即|职责清单、事项清单), and its own spans leave the word out. Only here, not in the
    clause's core: a clause opening with 即 is no topic a next clause judges (即A、B、C，是…) nor a
    next step of the clause before, so the spans its neighbours make keep the word."""
    tokens = words(clause)
    return "".join(tokens[1:]) if len(tokens) > 1 and tokens[0] == "即" else clause


# Pronouns as jieba words (and the writer's own 笔者, 本人): 我 inside a set phrase (功成不必在我)
# is no discourse.
_PRONOUNS = {
    "我", "我们", "你", "你们", "他", "他们", "她", "它", "这", "那", "这些", "那些", "这里", "那里",
    "大家", "自己", "笔者", "本人",
}  # fmt: skip
# X这个根本, Y这条主线, Z这一首要任务: naming the point again as "this key thing" marks it.
_THIS_NOUN = re.compile(r"这[个条一项][\u4e00-\u9fff]{1,4}$")
# a superlative (最大, 最广泛), not the discourse words 最后, 最初, 最近, 最终
_SUPERLATIVE = re.compile(r"最(?![后初近终])[\u4e00-\u9fff]")
_DIGIT = re.compile(r"\d")
# one character three times at a two-character stride (敢想敢闯敢试), and the same of a Han one
_STRIDE = re.compile(r"(.).\1.\1", re.DOTALL)
_HAN_STRIDE = re.compile(r"([\u4e00-\u9fff]).\1.\1", re.DOTALL)
_STRIDE_RUN = 6  # characters: the three pairs _HAN_STRIDE finds at the least (敢想敢闯敢试)
_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")


_QUOTE_PAIRS = (("“", "”"), ("「", "」"), ('"', '"'))
_OPENING_QUOTE = re.compile("|".join(re.escape(q) for q, _ in _QUOTE_PAIRS))
_SENTENCE_END = ("。", "！", "!", "？", "?")
_CLOSING_QUOTES = ("”", "」", '"')
_CLAUSE_BREAK = re.compile(r"[，,；;：:]")

BALANCE_WEIGHT = 2.5
COUPLET_WEIGHT = 3.0
PHRASE_THRESHOLD = 1.5  # below this a clause has no mark of a formulation


@dataclass
class Phrase:
    phrase: str
    sentence: str
    line: int
    score: float
    bold: bool = False  # the source set it in bold (see _bold_formulations): the author's own mark


@cache
def _idf() -> tuple[dict[str, float], float]:
    """jieba's bundled IDF table and its median (read here: jieba.analyse leaves the file open and
    uses global state); from a marshal copy, which loads in half the time of parsing the text."""
    from pathlib import Path

    jieba = import_jieba()
    # not via `import jieba.analyse`: importing it builds a default extractor that leaks the file
    source = Path(jieba.__file__).parent / "analyse" / "idf.txt"
    return marshal_copy(source, "idf", lambda: _parse_idf(source.read_text(encoding="utf-8")), (dict, float))


@cache
def word_tags() -> dict[str, str]:
    """jieba's dictionary word -> part-of-speech tag (read here: jieba.posseg keeps a global
    tokenizer and its HMM tables), from a marshal copy like _idf's."""
    from pathlib import Path

    jieba = import_jieba()
    source = Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME
    (table,) = marshal_copy(
        source, "word-tags", lambda: _parse_tags(source.read_text(encoding="utf-8")), (dict,)
    )
    return table


def _parse_tags(text: str) -> tuple[dict[str, str]]:
    """The word -> tag table of dict.txt's lines (word, frequency, tag), alone in a tuple (the
    shape marshal_copy keeps). Each tag is one string object, shared by its words (sys.intern:
    marshal then writes it once and loads it once), not one per line: 16 MB less in every
    process that reads the table (its 350,000 words have 55 tags)."""
    fields = (line.split(" ") for line in text.splitlines())
    return ({field[0]: sys.intern(field[2]) for field in fields if len(field) == 3},)


def _says_something(quotation: str) -> bool:
    """Whether a short quotation states something (“守正不是守旧”, “打铁必须自身硬”) rather than names
    a thing (see _QUOTED_NAME_MAX)."""
    tokens = words(quotation)
    tags = [word_tags().get(word) for word in tokens]
    named = (
        tags[-1] in _NOUN_TAGS
        and tags[0] != "vn"
        and all(tag in _NAME_TAGS for tag in tags)
        and len(set(quotation)) == len(quotation)
    )
    return not named


def _parse_idf(text: str) -> tuple[dict[str, float], float]:
    """The word -> IDF table of idf.txt's lines, and its median value."""
    table: dict[str, float] = {}
    values: dict[str, float] = {}  # one float object per distinct value: 3,000 for 270,000 words
    for line in text.splitlines():
        word, _, value = line.partition(" ")
        if value:
            table[word] = values.setdefault(value, float(value))
    median = sorted(table.values())[len(table) // 2]
    return table, median


@cache
def _highest_idf() -> float:
    """The highest IDF of the table (no word's, nor the median given to unknown words, is above it)."""
    return max(_idf()[0].values())


def keywords(text: str, top: int = 20) -> list[str]:
    """The document's TF-IDF keywords: jieba words of two or more characters, by tf × idf.

    Words are taken most frequent first, and the rest left unscored once even the highest IDF
    could not lift the next one to the `top` best scores found so far: no rarer word can reach
    them either (products of positive floats keep their order). Most words occur once or twice.
    """
    if top <= 0:
        return []
    table, default = _idf()
    highest = _highest_idf()
    ranked: list[tuple[float, str]] = []  # (-tf × idf, word): sorted, the words in keyword order
    best: list[float] = []  # the `top` highest scores so far, the lowest first (a heap)
    for word, count in _word_counts(text):
        if len(best) == top and count * highest < best[0]:
            break
        score = count * table.get(word, default)
        ranked.append((-score, word))
        if len(best) < top:
            heapq.heappush(best, score)
        else:
            heapq.heappushpop(best, score)
    # (words are unique, so the smallest pairs in order are the words as the key would sort them)
    return [word for _, word in heapq.nsmallest(top, ranked)]


@lru_cache(maxsize=4)  # the phrases and the deck's tags ask about the same document
def _word_counts(text: str) -> list[tuple[str, int]]:
    """How often each of the words `han_words` gives occurs in `text`, the most frequent first."""
    # han_words of the whole text at once: no line break is part of a jieba block
    return Counter(chain.from_iterable(map(han_words_of_block, jieba_blocks(text)))).most_common()


def _parallel_rhythm(span: str) -> bool:
    """A、B(、C) of short members, or one character repeated at a two-character stride (敢想敢闯敢试)."""
    members = span.split("、")
    if len(members) >= 2 and all(1 <= han_len(m) <= 4 for m in members[1:]):
        return han_len(members[0]) >= 2
    return _STRIDE.search(_NOT_HAN.sub("", span)) is not None


def _mirrored(span: str) -> bool:
    """Two or three clauses in the same shape (有机构管事，有人员办事; 讲起来重要，做起来次要…), or
    two or three long 、-members so (学思用贯通、知信行统一)."""
    parts = [strip_punct(p) for p in re.split("[，,]", span) if strip_punct(p)]
    if len(parts) == 1:  # a pair or triple of long 、-members (学思用贯通、知信行统一), or a slogan
        parts = span.split("、")
        if _slogan(parts):
            return True
        sizes = [han_len(p) for p in parts]
        if min(sizes) < 5:
            return False
    return (
        2 <= len(parts) <= 3
        and all(han_len(p) <= _MIRROR_PART for p in parts)
        and _paired(parts[0], parts[1], han_len(parts[0]), han_len(parts[1]))
    )


_SHORT_FRAME = 8  # clauses this short share a frame in a last word alone (纪律严起来，队伍才能强起来)
# Characters two clauses may share in place without sharing a frame: particles and conjunctions.
_FRAME_GLUE = frozenset("的和与、“”")


def _framed(first: str, second: str) -> bool:
    """Two clauses built on one frame with different fillings (稳是大局和基础，进是方向和动力; 技术是
    冰冷的，治理是有温度的; 江山就是人民，人民就是江山): two or more characters the same in the
    same place, counted from the start and from the end, at most one of them a particle."""
    if min(len(first), len(second)) < 4 or abs(len(first) - len(second)) > 2:
        return False
    from_start = [i for i, (a, b) in enumerate(zip(first, second, strict=False)) if a == b]
    from_end = []  # (clauses of one length align from the end as from the start)
    if len(first) != len(second):
        from_end = [i for i, (a, b) in enumerate(zip(first[::-1], second[::-1], strict=False)) if a == b]
    if not from_end and from_start == list(range(len(from_start))):
        return False  # only an opening in common: one topic (统战工作基础中的基础，统战工作的前沿阵地)
    last_word_only = not from_start and len(from_end) <= 2 and from_end == list(range(len(from_end)))
    if last_word_only and min(len(first), len(second)) > _SHORT_FRAME:
        return False  # long clauses with a last word in common (…召开…大会，这是…第一个全市性大会)
    shared = [first[i] for i in from_start] + [first[-1 - i] for i in from_end]
    content = sum(1 for c in shared if c not in _FRAME_GLUE)
    return content >= 1 and content + min(1, len(shared) - content) >= 2


# The copulas of a judgement (X是Y, X就是Y, X在于Y) as jieba gives them, one word each.
_COPULAS = frozenset({"是", "就是", "才是", "也是", "都是", "正是", "不是", "即是", "乃是", "在于"})


def _judgement(tokens: tuple[str, ...]) -> bool:
    """A judgement X是Y in the words `tokens` (稳是大局和基础; 腐败是危害党的生命力和战斗力的最大毒瘤;
    勇于自我革命，是…的显著标志): a subject of two to fourteen characters, a copula (a word of its
    own), two characters or more after it that ask nothing. A clause break in the subject may only
    stand right before the copula; adverbs and pronouns open no subject (主要是…, 以下是…)."""
    if not tokens or tokens[0] in _NO_SUBJECT:
        return False
    for index, token in enumerate(tokens):
        if token in _COPULAS and (index == 0 or tokens[index - 1] not in _ESPECIALLY):
            subject, predicate = "".join(tokens[:index]), "".join(tokens[index + 1 :])
            asks = _INTERROGATIVE.search(predicate) is not None  # (企业家最盼的是什么: a question)
            return 2 <= han_len(subject) <= _SUBJECT and han_len(predicate) >= 2 and not asks
        if _CLAUSE_BREAK.match(token) and tokens[index + 1 : index + 2] not in _COPULA_WORDS:
            return False
    return False


_COPULA_WORDS = [(copula,) for copula in _COPULAS]  # (the one-word tuples _judgement meets)
_NO_SUBJECT = frozenset(
    {"主要", "以下", "以上", "这", "那", "这些", "那些", "其中", "仅", "只", "也", "都", "还", "更", "正"}
    | {"就", "而", "但", "可", "即", "特别", "尤其", "首先", "其次", "最后", "目的", "原因", "结果", "问题"}
)
# Adverbs jieba cuts off the 是 of 特别是, 尤其是 ("especially"): the 是 after them judges nothing
# (在各级机关特别是党的机关; 针对…成员特别是年轻一代的特点).
_ESPECIALLY = frozenset({"特别", "尤其"})
_SUBJECT = 14  # characters a judgement's subject has at most
_INTERROGATIVE = re.compile("什么|怎么|怎样|如何|哪|为何|吗|呢")


def _echo(tokens: tuple[str, ...]) -> bool:
    """A word of two or more Han characters said twice (江山就是人民，人民就是江山; 以新安全格局保障新
    发展格局): the repetition is the figure."""
    long_words = [t for t in tokens if len(t) >= 2 and han_len(t) == len(t)]
    return len(long_words) != len(set(long_words))


EVEN_WEIGHT = 1.0  # what an even couplet adds to its mirrored clauses' weight
_EVEN_CLAUSE = (5, 8)  # Han characters of each clause of an even couplet


def _even_clauses(span: str) -> bool:
    """Whether the clauses of a mirrored `span` are as long as each other, each of five to eight
    characters, on one frame (肩上有责任，眼里有群众; 守正而不守旧，尊古而不复古): a couplet, said in
    one breath, which a writer builds to be remembered. Clauses alike in length alone (加强队伍
    建设，提升工作能力) and shorter 、-members (旗帜鲜明、立场坚定) are as often a list's."""
    parts = [strip_punct(part) for part in _CLAUSE_BREAK.split(span)]
    sizes = {han_len(part) for part in parts}
    if len(parts) < 2 or len(sizes) != 1 or not _EVEN_CLAUSE[0] <= min(sizes) <= _EVEN_CLAUSE[1]:
        return False
    return all(_shares_frame(first, second) for first, second in pairwise(parts))


# Particles and prepositions two halves share without saying anything again (为…、在…为).
_CHIASMUS_GLUE = frozenset("的之和与及在对把被为以于是了也都就")


def _chiasmus(span: str) -> bool:
    """Two halves that say their words again in the other order (以文塑旅、以旅彰文; 观点从材料中来、
    材料为观点服务; 人不负青山，青山定不负人): two characters of the first half, neither a particle
    nor a preposition, come in the second the other way round."""
    halves = _PARTS.split(span)
    if len(halves) != 2:
        return False
    first, second = halves
    if max(han_len(first), han_len(second)) > _MIRROR_PART:  # (long halves share words by chance)
        return False
    shared = [c for c in dict.fromkeys(first) if c in second and HAN.match(c) and c not in _CHIASMUS_GLUE]
    return any(second.index(a) > second.index(b) for i, a in enumerate(shared) for b in shared[i + 1 :])


# Words that join two quotations as members of one series, not as the two sides of a turn.
_SERIES_JOINS = frozenset({"", "和", "与", "及", "或", "以及", "、"})


def _contrasted_quotations(span: str) -> bool:
    """Two quoted coinages set against each other in one clause (变“企业跑”为“数据跑”, 从“减负”变成
    “增负”, 重“显绩”轻“潜绩”, “政府端菜”多、“群众点菜”少): a few words of the clause's own
    between them, not a series' join (“亲”和“清”) nor a clause break, nor numbered concepts
    (增强“四个意识”、坚定“四个自信”)."""
    quotes = [quote for quote in _QUOTE.finditer(span) if not has_term(quote.group(1))]
    for first, second in pairwise(quotes):
        between = span[first.end() : second.start()]
        if _CLAUSE_BREAK.search(between) or strip_punct(between) in _SERIES_JOINS:
            continue
        if han_len(between) <= _TURN_WORDS:
            return True
    return False


_TURN_WORDS = 6  # the words that turn one quotation into the other are this short (变成, 向…转变)


def _framed_by_opening(span: str) -> bool:
    """Whether every clause of `span` opens with the word of _GLUE its first opens with (在减负中
    赋能，在赋能中增效; 通过…，通过…): said again at the head of each clause, the word is the
    frame of a run, not a lead-in to a clause after it."""
    opening = _GLUE.match(span)
    parts = [strip_punct(part) for part in _PARTS.split(span) if strip_punct(part)]
    return opening is not None and len(parts) >= 2 and all(p.startswith(opening.group()) for p in parts)


@lru_cache(maxsize=65536)  # the same clauses recur across a document's sentences and a batch's documents
def _traits(span: str) -> tuple[tuple[str, ...], float, tuple[bool, bool, bool], tuple[float, float]]:
    """What `_scores` reads of `span` alone: its words, the sum of its marks' bonuses, whether it
    opens with glue, holds a pronoun, holds a digit, and how much its length costs it when
    quoted and when not."""
    tokens = tuple(words(span))
    # (each bonus is a multiple of 0.5, which floating point adds exactly in any order)
    bonus = 0.0
    if _EMPHASIS.search(span) or _SUPERLATIVE.search(span):
        bonus += 2.0
    if _THIS_NOUN.search(span):
        bonus += 2.0
    mirrored = _mirrored(span)
    if mirrored:
        # three mirrored parts outweigh two (a slogan's 、 parts alike)
        breaks = _CLAUSE_BREAK.findall(span) or re.findall("、", span)
        bonus += 2.5 + 0.5 * (len(breaks) - 1)
        if _even_clauses(span):
            bonus += EVEN_WEIGHT
    elif _couplet(span):  # (its halves are two clauses each, more than _mirrored reads)
        bonus += COUPLET_WEIGHT
    if _parallel_rhythm(span):
        bonus += 1.5
    paired = _paired_form(span)
    if paired:
        bonus += 2.5
    if _SET_FORM.search(span):
        bonus += 1.5
    balances = len(_BALANCE.findall(span))
    if balances:  # (two balances said together outweigh either alone)
        bonus += BALANCE_WEIGHT + 0.5 * (balances - 1)
    if _judgement(tokens):
        bonus += 3.0
        if _judged_again(span):  # a definition said whole outweighs its first clause alone
            bonus += 1.0
        elif _judgement_chain(span):  # each clause judges its own subject: a chain said whole
            bonus += CHAIN_WEIGHT + 0.5 * (len(_CLAUSE_BREAK.findall(span)) - 1)
    if _topic_with_key(span):  # (the key alone, 关键在人, says not of what)
        bonus += KEY_WEIGHT
    if _echo(tokens) and not mirrored:  # (mirrored clauses share the words of their frame)
        bonus += 1.5
    if _chiasmus(span):
        bonus += 2.0
    if _QUOTE.search(span):
        bonus += 1.0
        if _coinage_clause(span):
            bonus += COINAGE_WEIGHT
        if not paired and _contrasted_quotations(span):  # (a turn 从…到… marks them already)
            bonus += 1.5
    penalties = (
        bool(_GLUE.match(span)) and not (mirrored and _framed_by_opening(span)),
        any(token in _PRONOUNS for token in tokens),
        bool(_DIGIT.search(span)),
    )
    length = han_len(span)
    # a run of mirrored clauses costs by its longest clause: each is recited as a unit
    longest = max(map(han_len, _CLAUSE_BREAK.split(span))) if _CLAUSE_BREAK.search(span) else length
    if _CLAUSE_MAX < longest <= _LONG_JUDGEMENT and _judgement(tokens):  # (see _LONG_JUDGEMENT)
        longest = _CLAUSE_MAX
    too_long = max(0, longest - 16) * 0.25
    return tokens, bonus, penalties, (too_long, too_long + max(0, 6 - length) * 0.3)


# A short clause that tells what to do with a coinage the author quotes is a formulation (做好“土特产”
# 文章): worth a cloze in its sentence's card, not a sentence of the limit taken from a formulation
# marked otherwise (see _rank).
COINAGE_WEIGHT = 1.0
_COINAGE_CLAUSE = (4, 18)  # Han characters of such a clause
_MODALS = frozenset({"要", "必须", "应", "应当", "需要", "务必"})
_COINAGE = re.compile(r"[“「]([\u4e00-\u9fff、]{2,8})[”」]")


def _coinage_clause(span: str) -> bool:
    """A short clause that tells what to do with a coinage the author quotes (做好“土特产”文章, 坚决防止
    “灯下黑”, 书记要当好“施工队长”): one clause, the quoted words not all of it, opening with a verb,
    an adverb or a preposition or holding a modal (要, 必须). A clause that reports how things
    stand (部分领域存在“玻璃门”) is told, not recited; a quoted numbered concept (“两个确立”) is a
    term, which term cards ask."""
    if _CLAUSE_BREAK.search(span) or not _COINAGE_CLAUSE[0] <= han_len(span) <= _COINAGE_CLAUSE[1]:
        return False
    quoted = _COINAGE.findall(span)
    if not quoted or han_len(span) - sum(map(han_len, quoted)) < 2 or any(map(has_term, quoted)):
        return False
    tokens = words(span)
    return acts(tokens[0]) or tokens[0] in function_words() or not _MODALS.isdisjoint(tokens)


def _score(
    span: str, keys: set[str], repeated: bool, quoted: bool = False, alone: bool = False, marked: bool = False
) -> float:
    """How strongly `span` is marked as a formulation; `repeated`: the document has it twice;
    `quoted`: the author put it in quotation marks; `alone`: it is a whole short sentence of its
    own (功成不必在我。); `marked`: a clause next to it marks it (see _marked_by_context)."""
    return _scores(span, keys, quoted, alone, marked)[0 if repeated else 1]


def _scores(span: str, keys: Container[str], quoted: bool, alone: bool, marked: bool) -> tuple[float, float]:
    """`_score` of `span` repeated in the document and not, in one pass.

    Past the marks (multiples of 0.5: their sum is exact in any order) the terms are added in
    one fixed order: floating-point sums depend on it, and ties of scores decide the ranking.
    Every term after the repetition bonus is added to both alike, so the first is never below
    the second.
    """
    tokens, bonus, (glue, pronoun, digit), (short_quoted, short_plain) = _traits(span)
    score = bonus + 2.0 * (quoted + alone + marked)
    keyed = min(0.9, 0.3 * sum(map(keys.__contains__, tokens)))
    # (the two alike, term by term, in the order above)
    repeated, plain = score + 1.5 + keyed, score + keyed
    if glue:
        repeated, plain = repeated - 2.0, plain - 2.0
    if pronoun:
        repeated, plain = repeated - 1.5, plain - 1.5
    if digit:
        repeated, plain = repeated - 3.0, plain - 3.0
    short = short_quoted if quoted else short_plain
    return repeated - short, plain - short


class _EveryWord:
    """A set of keywords that holds every word."""

    def __contains__(self, word: object) -> bool:
        return True


def _ceiling(span: str) -> float:
    """The most `span` can score with no quotation, sentence or context of its own: repeated, and
    every word a keyword. Each term adds alike and min() keeps the keyword bonus below this one's."""
    return _scores(span, _EveryWord(), False, False, False)[0]


def _from_opener(tokens: list[str]) -> str:
    """The clause of `tokens` (its words) from its last formula-opening verb on (…党委坚持协商于决策之前
    -> 坚持协商于决策之前)."""
    if _OPENERS.isdisjoint(tokens):  # (most clauses: one test in C instead of a loop)
        return ""
    for index in range(len(tokens) - 1, 0, -1):
        if tokens[index] in _OPENERS:
            return "".join(tokens[index:])
    return ""


def _rhythm_span(clause: str) -> str:
    """The run of words in which one character recurs at a two-character stride (敢想敢闯敢试)."""
    stride = _HAN_STRIDE.search(clause)
    if stride is None:
        return ""
    start = stride.start()
    end = start + _STRIDE_RUN
    while end + 1 < len(clause) and clause[end] == clause[start]:
        end += 2
    tokens = words(clause)
    bounds = set(accumulate(map(len, tokens), initial=0))
    if not {start, end} <= bounds and start > 0 and "\u4e00" <= clause[start - 1] <= "\u9fff":
        # the recurring character may end each pair (强农惠农富农, 扶贫扶志扶智 opens it): the run
        # from the character before it, when that run starts and ends between words, and the nouns
        # right after it that it qualifies (防灾减灾救灾|人民防线; not the verb of 强农惠农富农|支持制度)
        trailing = start - 1 + _STRIDE_RUN  # (the run opens on the character before the recurring one)
        while trailing + 1 < len(clause) and clause[trailing + 1] == clause[start]:
            trailing += 2
        if {start - 1, trailing} <= bounds:
            position = 0
            for token in tokens:
                if position == trailing and token in nouns():
                    trailing += len(token)
                position += len(token)
            return clause[start - 1 : trailing]
    position, span = 0, ""
    for token in tokens:
        if position + len(token) > start and position < end:
            span += token
        position += len(token)
    return span


_OPENERS = {
    "坚持",
    "把",
    "以",
    "确保",
    "做到",
    "始终",
    "牢牢",
    "实现",
    "推动",
    "汇聚",
    "凝聚",
    "画出",
    "找到",
    "真正",
    "成为",
}


# Verbs of grasping that take a whole definition as their object (深刻认识X是Y的重要意义).
_GRASP = {"把握", "认识", "认识到", "意识到", "明确", "理解", "领会", "牢记", "看到", "深刻认识"}


def _grasped_definition(tokens: list[str]) -> str:
    """The definition a verb of grasping takes before 的 and a short noun (认识|X是Y|的重要意义) in
    the clause of `tokens` (its words): the X是Y is what the author wants known, the noun after it
    only names it; '' when none."""
    if "是" not in tokens or "的" not in tokens:
        return ""
    copula = tokens.index("是")
    cut = len(tokens) - 1 - tokens[::-1].index("的")
    grasp = [i for i in range(copula) if tokens[i] in _GRASP]
    if not grasp or cut <= copula + 1 or not 2 <= han_len("".join(tokens[cut + 1 :])) <= 4:
        return ""
    return "".join(tokens[grasp[-1] + 1 : cut])


# Openings of a clause that qualify the one before it (X，并不意味着Y): X is a known principle.
_CONCESSION = re.compile(r"^(?:并不|并非|不)(?:意味着|等于|代表|是说)")
# 群众在哪里，服务就跟到哪里: the second clause of a correlative pair answers the first.
_CORRELATIVE = re.compile(r"(?:哪里|哪儿|什么|多少|怎样|谁)$")


# Words one of the patterns that mark a clause needs (the two above, and 所谓 that names the term a
# definition follows): a sentence without any has no clause they mark.
_CONTEXT_WORDS = re.compile(r"意味着|等于|代表|是说|哪里|哪儿|什么|多少|怎样|谁|所谓")


def _marked_by_context(sentence: str) -> set[str]:
    """Clauses whose neighbour marks them as a formulation: the principle a concession qualifies
    (人人有责，并不意味着…), the answering half of a correlative pair (…在哪里，…就…到哪里) and the
    definition of a term 所谓 names (see _so_called_definition)."""
    if not _CONTEXT_WORDS.search(sentence):  # no pattern can match in any of its clauses
        return set()
    raw = [strip_punct(m.group()) for m in _CLAUSE.finditer(sentence)]
    raw = [c for c in raw if c]
    marked: set[str] = set()
    if _SO_CALLED in sentence:
        for segment in _SEGMENT.findall(sentence):
            clauses, _ = _cores(segment)
            if len(clauses) >= 2 and clauses[0].startswith(_SO_CALLED):
                marked.update(_so_called_definition(segment, clauses))
    for index in range(len(raw) - 1):
        first, second = raw[index], raw[index + 1]
        if _CONCESSION.match(second):
            marked.add(_without_leading_glue(first))
        ending = _CORRELATIVE.search(first)
        if ending and second.endswith(ending.group()) and "就" in second:
            marked.add(_without_leading_glue(second))
    return marked


def _candidates(sentence: str) -> list[str]:
    """Spans of one sentence that may be a formulation."""
    found: list[str] = []
    # a sentence of two halves on either side of one ； may be a couplet (more halves: a list)
    couplet = len(re.findall("[；;]", sentence)) == 1
    before: tuple[str, list[str], list[int]] | None = None  # the segment read before this one
    for match in _SEGMENT.finditer(sentence):
        segment = match.group()
        clauses: list[str] = []
        sizes: list[int] = []  # (the mirrored runs ask them over and over)
        raw_clauses = _CLAUSE.findall(segment)
        if "—" in segment:  # a dash inside a clause opens another (亮出总论点——…)
            raw_clauses = [part for raw in raw_clauses for part in _INNER_DASH.split(raw)]
        for clause, size in map(_clause_core, raw_clauses):
            if clause:
                clauses.append(clause)
                sizes.append(size)
        enumerated = _enumerated(clauses)
        for index in range(len(clauses) - 1):  # (a mirrored run needs a clause after this one)
            found += _clause_spans(clauses[index])
            if index not in enumerated:
                found += _mirrored_run(segment, clauses, sizes, index)
        if clauses:
            found += _clause_spans(clauses[-1])
        found += _topic_and_comment(segment, clauses, sizes)
        found += _topic_and_key(segment, clauses, sizes)
        found += _paired_halves(segment, raw_clauses)
        found += _continued_judgements(segment, clauses)
        found += _judgement_chains(segment, clauses, sizes)
        if couplet and before is not None and _couplet_halves(before[1], before[2], clauses, sizes):
            found.append(_span_of(sentence, before[1][0], clauses[-1]))
        before = (segment, clauses, sizes) if sentence[match.end() : match.end() + 1] in ("；", ";") else None
    for match in _QUOTATION.finditer(sentence) if opens_quote(sentence) else ():
        inner = strip_punct(match.group(1))
        if 4 <= han_len(inner) <= _QUOTED_MAX:
            found.append(inner)
    return found


def _paired_halves(segment: str, raw_clauses: list[str]) -> list[str]:
    """Two neighbouring clauses that one paired form joins (乡村振兴，|既要塑形，也要铸魂), as written
    in `segment`, from the form's first word on (关键在于|既要严管厚爱，又要知人善任), each half short
    enough to be recited. Read on the clauses as written: the second half opens with the partner
    word (也要) that its clause core leaves out as glue, so no mirrored run pairs the cores."""
    found = []
    for first, second in pairwise(raw_clauses):
        core, size = _clause_core(first)
        rest = strip_punct(second)
        if not core or not 2 <= han_len(rest) <= _MIRROR_PART or size > _MIRROR_PART:
            continue
        opening = _paired_opening(core, rest)
        start = segment.find(core)
        end = segment.find(rest, start + len(core))
        if opening is not None and start >= 0 and end >= 0:
            found.append(segment[start + opening : end + len(rest)])
    return found


def _paired_opening(first: str, second: str) -> int | None:
    """Where in `first` the paired form that joins it to `second` opens; None when none joins them
    (a condition and its consequence, joined at the break itself, are found as other clause pairs)."""
    if _PAIRED_OPENERS.search(first) is None:  # a form that crosses the join opens in `first`
        return None
    joined = first + "，" + second
    for match in _PAIRED.finditer(joined):
        if match.start() < len(first) < match.end():
            return match.start()
    return None


def _couplet_halves(
    first: list[str], first_sizes: list[int], second: list[str], second_sizes: list[int]
) -> bool:
    """Whether two halves of a sentence on either side of a ；, given as their clauses and the
    clauses' han_len, mirror each other as a couplet (干部作风好不好，群众说了算；工作成效实不实，群众
    最有发言权; 只有基层稳，香港才能稳；只有民心顺，发展才能顺): two clauses each (one each are items
    of a list), each about as long as its partner, the first pair mirrored, and together short
    enough to be recited."""
    if not len(first) == len(second) == 2 or sum(first_sizes) + sum(second_sizes) > _JUDGEMENT_MAX:
        return False
    if any(abs(a - b) > 2 or min(a, b) < 3 for a, b in zip(first_sizes, second_sizes, strict=True)):
        return False
    return _paired(first[0], second[0], first_sizes[0], second_sizes[0])


def _couplet(span: str) -> bool:
    """Whether `span` is two halves on either side of a ； that mirror each other (see _couplet_halves)."""
    halves = re.split("[；;]", span)
    if len(halves) != 2:
        return False
    (first, first_sizes), (second, second_sizes) = map(_cores, halves)
    return _couplet_halves(first, first_sizes, second, second_sizes)


def _clause_cores(span: str) -> list[tuple[str, int]]:
    """The cores of `span`'s clauses that hold words (see _clause_core), with their han_len."""
    return [core for core in map(_clause_core, _CLAUSE.findall(span)) if core[0]]


def _cores(text: str) -> tuple[list[str], list[int]]:
    """The clause cores of `text` and their han_len, apart (see _clause_cores)."""
    cores = _clause_cores(text)
    return [clause for clause, _ in cores], [size for _, size in cores]


def _topic_and_comment(segment: str, clauses: list[str], sizes: list[int]) -> list[str]:
    """Clauses said together as one statement, as written in `segment`: the topic the segment
    opens with and the clause that judges it (勇于自我革命，是…的显著标志; of X，是A，是B only
    X，是A: a clause further on is no subject, but one more thing said of it), and a segment of
    two short clauses (逆水行舟，不进则退; 创新之道，唯在得人), which is recited whole."""
    found = []
    if len(clauses) >= 2 and clauses[0].startswith(_SO_CALLED):
        return _so_called_definition(segment, clauses)
    if len(clauses) >= 2 and sizes[0] <= _SUBJECT and sizes[0] + sizes[1] <= _JUDGEMENT_MAX:
        span = _span_of(segment, clauses[0], clauses[1])
        # the copula opens the second clause, or stood before it as glue its core left out (，是…)
        if _opens_with_copula(strip_punct(span[len(clauses[0]) :])) and not _opens_with_copula(segment):
            found.append(span)
    if _two_short_clauses(sizes):
        found.append(_span_of(segment, clauses[0], clauses[1]))
    return found


_SO_CALLED = "所谓"
# The copula that opens a definition after the term 所谓 names (所谓X，是指…; …，就是…; …，即…).
_DEFINING = re.compile(r"^(?:也就是|就是|即是|指的是|是指|乃是|即|是)要?")


def _so_called_definition(segment: str, clauses: list[str]) -> list[str]:
    """The definition of the term that 所谓 names in the segment's first clause (所谓全要素生产率，
    是指|在各种生产要素投入水平既定的条件下，所能达到的额外生产效率|，它衡量的是…), as written: the
    clauses after it without the copula, as far as each goes on from the one before: a clause that
    only frames what follows (在…条件下, 依托…) or a next one that opens as a consequence or a
    relative (才…, 所…, 从而…); never into one that opens with a pronoun (它, 这: another statement
    of the term). Clauses after a whole definition are statements of their own (所谓“绣花功夫”，就是
    要精耕细作、精益求精|，在针脚之细中见真章，…). The term is the cue, never part of the gap; a
    definition longer than _JUDGEMENT_MAX is recited by its parts, none of it as one span."""
    last = 1
    while (
        last + 1 < len(clauses)
        and not _opens_with_pronoun(clauses[last + 1])
        and (_FRAMING.match(_DEFINING.sub("", clauses[last])) or _GOES_ON.match(clauses[last + 1]))
    ):
        last += 1
    start = segment.find(clauses[0]) + len(clauses[0])
    end = segment.find(clauses[last], start) + len(clauses[last])
    definition = strip_punct(_DEFINING.sub("", strip_punct(segment[start:end])))
    return [definition] if 4 <= han_len(definition) <= _JUDGEMENT_MAX else []


# A clause that only frames what follows it: a setting (在…条件下, 在…中) or a means (依托…, 通过…).
# (its core may keep the 指 of a 是指 whose 是 its glue left out)
_FRAMING = re.compile(r"指?(?:在.*[下中上时里内前后]$|依托|通过|借助|依靠|按照|根据|基于|围绕)")
# A clause that goes on from the one before: its consequence or a relative (才能…, 所能达到的…, 从而…).
_GOES_ON = re.compile("才|所|从而|进而|以便|以使|使得|而")


def _opens_with_pronoun(clause: str) -> bool:
    """Whether `clause` opens with a pronoun (它衡量的是…, 这是…, 其核心在于…, 三者是…)."""
    opening = words(clause)[:1]
    return bool(opening) and (
        opening[0] in _PRONOUNS or opening[0].startswith(("其", "这")) or _BOTH.match(clause) is not None
    )


_BOTH = re.compile("[前后两二三四五六七八九十]者")  # (the things just named: 三者是…, 后者在于…)


def _topic_and_key(segment: str, clauses: list[str], sizes: list[int]) -> list[str]:
    """A topic with the clauses that say what it hinges on (事业成败，关键在人; 推进…现代化，关键在党，
    核心在人，重心在基层), as written in `segment`: the topic clause, then one or more short clauses
    each opening with a noun of _LIES_IN and 在, 在于 or 是, the last of them closing the segment.
    Said together, they are one statement; the key alone (关键在人) has lost what it is the key of.
    A key with more clauses after it (关键在于既要…，又要…) only leads in, and a topic that is a
    judgement of its own (特点是创新，关键在质优) is a chain's first link. Up to _JUDGEMENT_MAX characters."""
    found = []
    for index in range(len(clauses) - 1):
        if sizes[index] > _SUBJECT or _key_clause(clauses[index], sizes[index]):
            continue
        if _judgement(tuple(words(clauses[index]))):
            continue
        last = index
        total = sizes[index]
        while (
            last + 1 < len(clauses)
            and total + sizes[last + 1] <= _JUDGEMENT_MAX
            and _key_clause(clauses[last + 1], sizes[last + 1])
        ):
            last += 1
            total += sizes[last]
        if last > index and last == len(clauses) - 1:
            found.append(_span_of(segment, clauses[index], clauses[last]))
    return found


def _key_clause(clause: str, size: int) -> bool:
    """Whether `clause` (of han_len `size`) is short and says what a thing hinges on: a noun of
    _LIES_IN, then 在, 在于 or 是 (关键在人, 根本在于落实, 核心是落实责任)."""
    if size > _CHAIN_CLAUSE or clause[:1] not in _LIES_IN_OPENINGS or _KEY.match(clause) is None:
        return False
    return _ANNOUNCED_COUNT.search(clause) is None


# A key that announces what follows (关键在于以下几点, 关键在于把握好三对关系, 重点在三个方向上发力).
_ANNOUNCED_COUNT = re.compile(r"以下|如下|[几\d一二三两四五六七八九十][个对点条项种方]")


def _topic_with_key(span: str) -> bool:
    """Whether `span` is a topic and the clauses that say what it hinges on (see _topic_and_key).
    A lead-in is no topic: who says it (书记指出，根本在于…) or that the hearer should know it (我们要
    明白，基础在基层，…)."""
    cores = _clause_cores(span)
    if len(cores) < 2 or _key_clause(*cores[0]) or _judgement(tuple(words(cores[0][0]))):
        return False
    if _NO_STATEMENT.search(cores[0][0]) or _TOLD_TO_KNOW.search(cores[0][0]):
        return False
    return all(_key_clause(core, size) for core, size in cores[1:])


# A lead-in that tells the hearer to know what follows (我们要明白，…; 必须清醒看到，…)
_TOLD_TO_KNOW = re.compile(r"(?:明白|知道|懂得|认识到|看到|看清|记住|牢记|清楚)$")


def _continued_judgements(segment: str, clauses: list[str]) -> list[str]:
    """A judgement with the clauses after it that judge the same subject again, each opening with
    a copula (共同富裕是社会主义的本质要求，是中国式现代化的重要特征; 网络是…最活跃的空间，也是…的重要
    阵地; 建设教育强国，是A，是B), as written in `segment`: a definition is recited whole, not cut
    after its first clause. Up to _JUDGEMENT_MAX characters; none where no clause continues one."""
    found = []
    index = 0
    while index < len(clauses) - 1:
        judged = _judgement(tuple(words(clauses[index])))
        # (建设教育强国，是…; not the term 所谓 names: its definition is the span, see _so_called_definition)
        topic = (
            not judged
            and index == 0
            and not clauses[0].startswith(_SO_CALLED)
            and _copula_follows(segment, clauses, 1)
        )
        if not (judged or topic):
            index += 1
            continue
        last = index + 1 if topic else index
        while last + 1 < len(clauses) and _copula_follows(segment, clauses, last + 1):
            span = _span_of(segment, clauses[index], clauses[last + 1])
            if han_len(span) > _JUDGEMENT_MAX:
                break
            last += 1
        if last > index + topic:
            found.append(_span_of(segment, clauses[index], clauses[last]))
        index = last + 1
    return found


# A chain of judgements, each clause with its own subject (特点是创新，关键在质优，本质是先进生产力;
# 线上是趋势，线下是底线; 减负是手段，赋能是目的): the way a text defines a thing from several
# sides at once, recited whole; what it adds to the first judgement's weight outweighs a pair of
# its clauses that mirror each other. Its clauses are of about one length: a clause much shorter or
# longer than the one before it opens another statement (创新是引领发展的第一动力，抓创新就是抓发展，
# 谋创新就是谋未来: a definition, then a pair of its own).
CHAIN_WEIGHT = 3.0
# A topic said with what it hinges on (事业成败，关键在人) is a judgement of its own, weighed as one.
KEY_WEIGHT = 3.0
_CHAIN_CLAUSE = 14  # Han characters of each clause of a chain at most
_CHAIN_STEP = 3  # Han characters by which a clause of a chain differs from the one before at most
# Nouns that 在 judges like a copula (关键在质优, 难点在末梢, 活力在群众, 根子在思想): what a thing's
# key, difficulty or root lies in.
_LIES_IN = frozenset({
    "关键", "难点", "重点", "根本", "核心", "要害", "活力", "希望", "出路", "潜力", "动力", "优势",
    "短板", "基础", "重心", "根子", "根源", "源头", "成败", "功夫", "力量", "难处", "症结", "要义",
})  # fmt: skip
_LIES_IN_OPENINGS = frozenset(noun[0] for noun in _LIES_IN)
# A clause that says what a thing hinges on: such a noun, then 在, 在于 or 是, and what it names.
_KEY = re.compile(f"(?:{'|'.join(sorted(_LIES_IN))})(?:在于|在|是)(?=.)")


def _judgement_chains(segment: str, clauses: list[str], sizes: list[int]) -> list[str]:
    """The longest runs of two clauses or more of `segment` that are each a short judgement of its
    own subject (see _chained) of about one length, as written, up to _JUDGEMENT_MAX characters."""
    found = []
    index = 0
    while index < len(clauses):
        last = index
        total = sizes[index]
        while last + 1 < len(clauses) and _chain_goes_on(clauses, sizes, last, total):
            last += 1
            total += sizes[last]
        if last > index:
            found.append(_span_of(segment, clauses[index], clauses[last]))
        index = last + 1
    return found


def _chain_goes_on(clauses: list[str], sizes: list[int], last: int, total: int) -> bool:
    """Whether clause `last + 1` continues the chain of judgements that ends at clause `last`
    (`total` Han characters so far)."""
    size = sizes[last + 1]
    if total + size > _JUDGEMENT_MAX or abs(size - sizes[last]) > _CHAIN_STEP:
        return False
    return _chained(clauses[last], sizes[last]) and _chained(clauses[last + 1], size)


def _chained(clause: str, size: int) -> bool:
    """Whether `clause` (of han_len `size`) is short and judges a subject of its own: X是Y, or
    X在Y with a subject of _LIES_IN (关键在质优)."""
    if size > _CHAIN_CLAUSE:
        return False
    tokens = tuple(words(clause))
    if _judgement(tokens):
        return True
    return len(tokens) > 2 and tokens[0] in _LIES_IN and tokens[1] == "在"


def _judgement_chain(span: str) -> bool:
    """Whether `span` is two clauses or more, each a short judgement of its own of about the
    length of the one before (see _judgement_chains)."""
    cores = _clause_cores(span)
    if len(cores) < 2 or any(abs(a[1] - b[1]) > _CHAIN_STEP for a, b in pairwise(cores)):
        return False
    return all(_chained(core, size) for core, size in cores)


def _judged_again(span: str) -> bool:
    """Whether every clause of `span` after its first opens with a copula (X是A，也是B)."""
    parts = [strip_punct(part) for part in _CLAUSE_BREAK.split(span)]
    return len(parts) > 1 and all(_opens_with_copula_word(part) for part in parts[1:])


def _opens_with_copula_word(text: str) -> bool:
    """Whether `text` opens with a copula that judges a subject again (是, 也是, 更是, 不是…), also
    one jieba cuts in two (也|是); not with 就是, 即是, which explain what was said (…一词，就是…的那种)."""
    opening = words(text)[:3]
    return any("".join(opening[:n]) in _JUDGED_AGAIN for n in range(1, len(opening) + 1))


_JUDGED_AGAIN = frozenset({"是", "也是", "更是", "又是", "还是", "都是", "不是", "也不是", "更不是", "而是"})


def _copula_follows(segment: str, clauses: list[str], index: int) -> bool:
    """Whether clause `index` of `segment` opens with a copula as written (its core leaves the 是,
    也是 out as glue)."""
    start = segment.find(clauses[0]) + len(clauses[0])
    if index > 1:
        start = segment.find(clauses[index - 1], start) + len(clauses[index - 1])
    end = segment.find(clauses[index], start)
    if end < 0:
        return False
    return _opens_with_copula_word(strip_punct(segment[start:end]) + clauses[index])


def _saying(sentence: str) -> bool:
    """Whether a whole sentence is short enough to be a saying of its own: one clause of up to
    twelve characters (功成不必在我。) or two clauses of up to _SAYING together, each of four
    characters or more (逆水行舟，不进则退。; 首先，亮明观点 or 下面，我讲三点 only lead in), and not a
    setting that weighs a field of work (see setting, _WORK_WEIGHED: 新征程上，政府工作责任重大 frames
    the duty the text goes on to; 新征程上，奋斗正当时 is a saying)."""
    clauses = _CLAUSE_BREAK.split(sentence)
    if len(clauses) == 1:
        return han_len(sentence) <= 12
    return (
        len(clauses) == 2
        and _two_short_clauses([han_len(c) for c in clauses])
        and not (setting(clauses[0]) and _WORK_WEIGHED.search(clauses[1]))
    )


# A field of work or its duty, which a clause after a setting weighs (人大工作使命光荣, 纪检监察任务艰巨).
_WORK_WEIGHED = re.compile("工作|任务|事业|责任|使命|职责")


# The words of place or time that close a clause that only sets the scene for the one after it
# (新征程上, 改革路上, 在此基础上, 实践中, 新发展阶段).
_SETTING_WORDS = frozenset(
    {"上", "中", "里", "下", "路上", "面前", "之际", "之中", "期间", "以来", "时期", "阶段"}
)
# Words after a setting's first that make it a predicate ending in a place (作风建设永远在路上, 根子在思想上).
_PREDICATING = frozenset({"在", "于", "是", "有", "不", "没有", "要", "就", "才"})
_SETTING_MAX = 8  # Han characters of such a clause at most


def setting(clause: str) -> bool:
    """Whether `clause` only says when or where what follows holds: a short noun and a word of place
    or time after it, as words of their own (新征程上; not 治理最后一公里, whose 里 is a word's)."""
    tokens = words(content_chars(clause))
    return (
        len(tokens) > 1
        and tokens[-1] in _SETTING_WORDS
        and han_len(clause) <= _SETTING_MAX
        and _PREDICATING.isdisjoint(tokens[1:])
    )


def _two_short_clauses(sizes: list[int]) -> bool:
    """Whether clauses of han_len `sizes` are two that say one thing together (逆水行舟，不进则退)."""
    return len(sizes) == 2 and min(sizes) >= 4 and sum(sizes) <= _SAYING


def _opens_with_copula(clause: str) -> bool:
    """Whether the first word of `clause` is a copula (是…, 就是…, 在于…)."""
    return tuple(words(clause)[:1]) in _COPULA_WORDS


_JUDGEMENT_MAX = 40  # a whole judgement sentence is recited up to this long
_SAYING = 16  # two clauses this short together are said as one (逆水行舟，不进则退)


def _span_of(segment: str, first: str, last: str) -> str:
    """The text of `segment` from clause `first` to clause `last`, as written."""
    start = segment.find(first)
    return segment[start : segment.find(last, start + len(first)) + len(last)]


# What stands in quotation marks, up to a sentence of its own (“教育兴则国家兴，教育强则国家强”).
_QUOTATION = re.compile(r"[“「\"]([^“”「」\"]{2,60})[”」\"]")
_QUOTED_MAX = 30
# A quotation this long states something (“守正不是守旧”, “打铁必须自身硬”, “最多跑一次是原则、跑多次
# 是例外”); a shorter one names a thing (“一网通办”, “千万工程”), which is no formulation for being quoted.
_QUOTED_STATEMENT = 6
# Up to this many characters a quotation that names a thing (“美丽庭院示范户”, “新时代枫桥经验”) is no
# statement: one that jieba's dictionary reads word by word as a noun phrase, a noun at its end and
# before it only nouns, adjectives, numerals and 的 (_NAME_TAGS). A verb, an adverb (必须, 就是), a
# copula (不是), an idiom, a word the dictionary lacks (延链补链强链) or a character said twice (一村一
# 法律顾问) says something; so does a verbal noun that opens it (发展耐心资本: a verb and its object).
_QUOTED_NAME_MAX = 7
_NOUN_TAGS = frozenset({"n", "nr", "ns", "nt", "nz", "ng", "nrt", "nrfg", "vn"})
_NAME_TAGS = _NOUN_TAGS | {"a", "b", "j", "m", "mq", "q", "f", "t", "uj"}
# A sentence with the closing quotation marks after its break (…活力在群众。”), which belong to it.
_SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]+[”」’\"]*|[^。！？!?]+")


def _sentences(text: str) -> list[str]:
    """The sentences of `text`, each with its break and the quotation marks that close after it."""
    return [s for s in _SENTENCE.findall(text) if s.strip()]


# Whom a speaker turns to at a sentence's head (同志们， 各位代表、朋友们， 女士们、先生们，): the speech's
# address, no part of the formulation the sentence states, nor of what a learner recites of it. (Words
# about them go on without a break: 同志们的意见, 各位代表提出的建议.) parts reads a closing's salutation
# and compose a gap's vocative by SALUTATION too.
_ADDRESSEES = (
    r"(?:(?:各位|亲爱的|青年|年轻)?(?:同志|朋友|同学|同事|老师|青年|女士|先生|乡亲|同胞|战友|代表|委员)们"
    r"|各位(?:领导|代表|委员|议员|同志|同事|来宾|同仁|朋友|老师|同学)?)"
)
SALUTATION = re.compile(rf"\s*{_ADDRESSEES}(?:\s*[、和，,]\s*{_ADDRESSEES})*\s*[，,！!：:]\s*")
# What opens a predicate whose subject the addressees are (各位委员，是政协履职的主体; 各位代表，肩负着…):
# there they are the sentence's subject, set off by a comma, and stay.
_ADDRESSEES_PREDICATE = re.compile(r"[都也既就正才更均皆]?是|肩负|担负|身负|承担|承载")


def without_salutation(sentence: str) -> str:
    """`sentence` without the salutation that opens it (see SALUTATION), when words follow it that are
    not its predicate (see _ADDRESSEES_PREDICATE)."""
    opening = SALUTATION.match(sentence)
    if not opening:
        return sentence
    rest = sentence[opening.end() :]
    return rest if rest.strip() and not _ADDRESSEES_PREDICATE.match(rest) else sentence


def _enumerated(clauses: list[str]) -> set[int]:
    """The indexes of the clauses in a run of _ENUMERATION or more that open with one character
    (以A为…，以B为…，以C为…，以D为…): an enumeration, which list cards ask item by item, so no
    mirrored run is taken from it. The 即 that opens the first of them (…的重大原则，即坚持A，坚持B，
    …) is no opening of its own: it says the run unpacks the clause before."""
    found: set[int] = set()
    openings = [_without_namely(clause)[:1] for clause in clauses]
    start = 0
    for index in range(1, len(clauses) + 1):
        if index == len(clauses) or openings[index] != openings[start]:
            if index - start >= _ENUMERATION:
                found.update(range(start, index))
            start = index
    return found


_ENUMERATION = 4


@lru_cache(maxsize=65536)  # clauses recur: cut and trimmed once
def _clause_core(raw: str) -> tuple[str, int]:
    """A clause as written between breaks, without punctuation, a line's symbol (📌), a bracketed
    label (【背景】) and leading glue, with the quotation marks its ends need, and its han_len."""
    core = _without_leading_glue(
        _balanced(_SYMBOLS.sub("", _LABEL.sub("", ENTRY_NUMBER.sub("", strip_punct(raw)))), raw)
    )
    return core, han_len(core)


# marks that open a line in notes and posts (📌, ★, ▶) and belong to no formulation (not a 《 or 〈:
# a book title that opens a clause is its words, and a gap never opens inside paired marks)
_SYMBOLS = re.compile(r"^[^\w“”「」\"‘’《〈]+")
# a bracketed label that names what follows (【背景】, 【题型说明】, 【解析】), with text after it
_LABEL = re.compile(r"^【[^【】]{1,12}】(?=.)")
_BREAKS = "，,。；;：:！!？?、 "


def _balanced(core: str, raw: str) -> str:
    """`core` with the quotation marks at the ends of `raw` it needs put back (“高效办成一件事”不是
    简单的“一窗受理”: stripped, it would close a quotation first and open one last). Straight
    quotes (") look alike at both ends: an odd number of them in `core` takes back the one `raw`
    closes with, else the one it opens with ("码上"接单快、"线下"办事慢)."""
    if core.count('"') % 2:
        edges = raw.strip().strip(_BREAKS)
        if edges.endswith('"') and not core.endswith('"'):
            core += '"'
        elif edges.startswith('"') and not core.startswith('"'):
            core = '"' + core
    marks = _QUOTE_MARK.findall(core)
    if not marks:
        return core
    edges = raw.strip().strip(_BREAKS)
    if marks[0] == "”" and edges.startswith("“"):
        core = "“" + core
    if marks[-1] == "“" and edges.endswith("”"):
        core += "”"
    return core


_QUOTE_MARK = re.compile("[“”]")


_CLAUSE_MAX = 26  # a whole clause this long may be one formulation (腐败是危害党的…最大毒瘤)
# A judgement is recited whole up to this long, its predicate often a series of its own (基层是防范
# 化解重大安全风险、及时应对处置各类灾害事故的第一道防线): cut at its 、, it would lose its subject.
_LONG_JUDGEMENT = 34


@lru_cache(maxsize=65536)
def _clause_spans(clause: str) -> tuple[str, ...]:
    """The candidates `clause` holds on its own (the mirrored runs it opens need its neighbours)."""
    clause = _without_namely(clause)
    found: list[str] = []
    length = han_len(clause)
    tokens = words(clause)  # (read, never changed, by the helpers below)
    judgement = _judgement(tuple(tokens))
    long_judgement = _CLAUSE_MAX < length <= _LONG_JUDGEMENT and judgement
    whole = 4 <= length <= _CLAUSE_MAX or long_judgement
    if whole:
        found.append(clause)
    # A judgement clozed whole is cut into no pieces: its first would end inside the predicate
    # (“高效办成一件事”是优化政务服务|、提升行政效能的重要抓手), the others lose the subject, and so
    # does the emphasised noun at its end (教育、科技、人才是…|国家的基础性、战略性支撑).
    judged_whole = whole and judgement
    if "、" in clause and not long_judgement:  # (a judgement's pieces cut its predicate)
        pieces = clause.split("、")
        if all(han_len(piece) >= 5 for piece in pieces):  # not a series of short nouns cut apart
            run = _led_run(pieces)
            closed = (
                _closed_by_deng(pieces[-1], _words_before_de(pieces[-1]))
                or _counted_by(pieces)
                or any(_UNBALANCED.search(piece) for piece in pieces)
            )
            # (pieces of a series a 等 or a count closes are its members and the noun after it, no
            # clauses: 加快发展新能源装备、|电子信息等战略性新兴产业 would gap a member and the noun, the
            # first member in view; so would 守住生态保护红线、|环境质量底线、|资源利用上线这三条底线; and
            # pieces cut across a bracket are the members it holds, “四个最严”（最严谨的标准、|…）要求)
            if not judged_whole and not closed and not _modify_one_noun(pieces):
                # (a run after a lead: its first member without the lead, 具体表现为|对A“甲”、对B“乙”)
                first = run[0].split("、")[0] if run else pieces[0]
                found += [piece for piece in [first, *pieces[1:]] if han_len(piece) <= 16]
            found += run
        found += _short_series(pieces)
    for span in (_from_opener(tokens), _rhythm_span(clause), _grasped_definition(tokens)):
        if span and 4 <= han_len(span) <= 16 and span != clause:  # (most are '')
            found.append(span)
    if length > 8 and not judged_whole:
        found += _emphasised_tail(clause, tokens)
    return tuple(found)


_SHORT_MEMBER = 4


def _counted_by(pieces: list[str]) -> bool:
    """Whether the last 、-piece goes on, after words of a member, to a count of as many as the
    pieces that names the set (…、资源利用上线这三条底线, …、坚持系统观念这“三个坚持”): the pieces are
    members of one series, not clauses."""
    count = COUNT.search(pieces[-1], 1)
    return count is not None and numeral_value(count.group("number")) == len(pieces)


def _modify_one_noun(pieces: list[str]) -> bool:
    """Whether the 、-pieces are members that modify the noun after the 的 of the last piece, the
    only 的 among them, after a frame that says what they are (作为干部选拔任用、评先评优的重要依据):
    each piece is then cut inside one noun phrase, no statement of its own. The first piece ends
    with words as long as the last piece's member, after the frame (作为 | 选拔任用 | 评先评优);
    pieces without the frame are clauses of their own, however long (要坚决反对形式主义、勇于承担
    应有的责任)."""
    if "的" not in words(pieces[-1]) or any("的" in words(piece) for piece in pieces[:-1]):
        return False
    member = _words_before_de(pieces[-1])  # a name, not a clause (不断|增强|发展的动力)
    size = han_len("".join(member))
    if not 2 <= size <= _NOUN_MEMBER or any(word in adverbs() for word in member):
        return False
    before, end = words(pieces[0]), ""
    while before and han_len(end) < size:
        end = before.pop() + end
    return han_len(end) == size and bool(_AS_FRAMES.intersection(before))


_NOUN_MEMBER = 6  # Han characters of a member before the 的 of the noun it modifies at most
_AS_FRAMES = frozenset({"作为", "成为", "当作", "当成", "视为", "视作"})  # (把考核结果|作为|A、B的依据)


def _led_run(pieces: list[str]) -> list[str]:
    """Two or three 、-members of seven characters or more on one frame after a lead that opens the
    first (必须坚持|科技是第一生产力、人才是第一资源、创新是第一动力), without the lead: recited as
    one run; [] when the first member has no such lead."""
    if not 2 <= len(pieces) <= 3:
        return []
    first, sibling = pieces[0], pieces[1]
    size = han_len(sibling)
    if size <= _SHORT_MIRROR:  # (short members keep their verb: 坚持干什么学什么、缺什么补什么)
        return []
    tokens, tail = words(first), ""
    while len(tokens) > 1 and han_len(tail) <= size + 1:
        tail = tokens.pop() + tail
        if tail.count("“") != tail.count("”"):
            continue  # (a member opens outside its quotations: 由“被动应对”向…, never 被动应对”向…)
        if abs(han_len(tail) - size) <= 1 and tokens[-1] not in _COPULAS and _framed(tail, sibling):
            if sibling.startswith(tokens[-1]) and not tail.startswith(tokens[-1]):
                # (the word the siblings open with is the first member's too: 防止|以A代替B、以C代替D,
                # never 以{{A代替B、以C代替D}}, its frame in one member only)
                if len(tokens) == 1:
                    return []  # (that word is all there is before it: no lead, the pieces are the run)
                tail = tokens[-1] + tail
            return ["、".join([tail, *pieces[1:]])]
    return []


def _words_before_de(text: str) -> list[str]:
    """The words of `text` before its first 的 or 等 (治病救人的一贯方针 -> 治病, 救人)."""
    head: list[str] = []
    for token in words(text):
        if token in ("的", "等"):
            break
        head.append(token)
    return head


def _short_series(pieces: list[str]) -> list[str]:
    """A 、-series of short members as one span (常流水、不断线; 点多、线长、面宽的特点 -> 点多、线长、面宽;
    惩前毖后、治病救人的方针 -> 惩前毖后、治病救人): the first member grown back and the last cut to
    their siblings' length (a pair's second member: cut before 的)."""
    last_words = _words_before_de(pieces[-1])
    siblings = pieces[1:-1] or ["".join(last_words)]
    short = all(2 <= han_len(piece) <= _SHORT_MEMBER for piece in siblings)
    if not short and not all(3 <= han_len(piece) <= _SLOGAN_MEMBER for piece in siblings):
        return []
    size = han_len(siblings[0])
    # (grown back by tokens_of's words: a verb's 好 stays with its verb, 用好|大数据 never 用|好大数据,
    # and a preposition jieba glued to a guessed word is its own, 从|收|一张购物卡)
    tokens, first = list(tokens_of(pieces[0])), ""
    while tokens and han_len(first) < size:
        first = tokens.pop() + first
    last = ""
    for token in last_words:
        if han_len(last) >= size:
            break
        last += token
    if first[:1] in _FUNCTION_CHARS or first[:1] in "（(":
        # a member grown back over a 的 (投资兴业|的首选地), or to a bracket that glosses the word
        # before it (党组|（党委）, see series._glossed_word), is no member
        return []
    grown = _up_to_shared_ending(last_words, [first, *pieces[1:-1]], size)
    halves = doubled_halves("".join(last_words))
    if not grown and halves and halves[0] < len(last) < halves[1]:
        # (doubled words written without a 、 are one member: 不作为慢作为, never 不作为慢|作为)
        grown = "".join(last_words)[: halves[1]]
    last = grown or last
    if _closed_by_deng(pieces[-1], last_words):
        # (the 等 after the last member ends it: 住房保障、随迁子女义务教育等, not 随迁子女|义务教育)
        whole = "".join(last_words)
        if han_len(whole) > _DENG_REACH * size:
            return []
        last = grown = whole
    series = [first, *pieces[1:-1], last]
    if not short:  # longer members (小事不出村、大事不出镇…): a slogan's, or none
        return ["、".join(series)] if _slogan(series) else []
    if han_len(first) != size or not (grown or 2 <= han_len(last) <= size + 1):
        return []
    if han_len(last) > size and last != "".join(last_words) and not grown:
        return []  # a last member cut inside its words is cut to its siblings' length (三年回到|原样)
    return ["、".join(series)]


_DENG_REACH = 2  # a last member closed by 等 may be this many times its siblings' length, no more


def _closed_by_deng(text: str, last_words: list[str]) -> bool:
    """Whether the words `last_words` of `text` run up to the 等 that closes the series: not the 等
    of waiting (从“等靠要”到…, 不等不靠), inside a quotation or before what it waits on."""
    tokens = words(text)
    if not 0 < len(last_words) < len(tokens) or tokens[len(last_words)] != "等":
        return False
    before = "".join(last_words)
    after = tokens[len(last_words) + 1 : len(last_words) + 2]
    return before.count("“") == before.count("”") and after[:1] != ["靠"] and before not in ("不", "不能")


def _up_to_shared_ending(words_after: list[str], siblings: list[str], size: int) -> str:
    """The last member as the words after the last 、 up to the ending of two characters or more
    its siblings share, when they reach it no more than that ending past the siblings' `size`
    (日常监督、专项监督、巡视巡察|监督 -> 巡视巡察监督: the noun is each member's); '' else."""
    ending = shared_ending(siblings)
    if han_len(ending) < 2:
        return ""
    last = ""
    for word in words_after:
        last += word
        if last.endswith(ending):
            return last if han_len(last) <= size + han_len(ending) else ""
    return ""


def _emphasised_tail(clause: str, tokens: list[str] | None = None) -> list[str]:
    """The head noun after the clause's last 的 when it is an emphasis word (…的重要法宝), with the
    words just before the 的 (克敌制胜的重要法宝) and alone: on a tie the modifier's form wins, as the
    emphasis word alone is the same in every document. `tokens`: the clause's words, when known."""
    if tokens is None:
        tokens = words(clause)
    if "的" not in tokens:
        return []
    cut = len(tokens) - 1 - tokens[::-1].index("的")
    tail = "".join(tokens[cut + 1 :])
    if not (4 <= han_len(tail) <= 8 and _EMPHASIS.search(tail)):
        return []
    modifier = ""  # the word before the 的 (a one-character word takes the one before it too)
    for token in reversed(tokens[:cut]):
        if han_len(modifier) >= 2 or token in _PRONOUNS or not HAN.match(token):
            # (a word that says how many of the noun it means is the noun's own: 一切|事业的根本保证)
            if han_len(modifier) >= 2 and token in TAKE_IN:
                modifier = token + modifier
            break
        modifier = token + modifier
    return [modifier + "的" + tail, tail] if han_len(modifier) >= 2 else [tail]


def _mirrored_run(sentence: str, clauses: list[str], sizes: list[int], index: int) -> list[str]:
    """Clause `index` with the one or two after it when they mirror it (以真情实感打动人，以关心
    利益凝聚人; 讲起来重要，做起来次要，忙起来不要), as written in the sentence; `sizes`: the
    clauses' han_len.

    The clauses of a run are at most _MIRROR_PART long, together at most _MIRROR_RUN; a long
    clause may open with a lead (认为统战工作|讲起来重要) that is no part of the run.
    """
    next_size, first_size = sizes[index + 1], sizes[index]
    if next_size > _MIRROR_PART:  # too long whatever the lead: spare _trim_to's words
        return []
    clause = first = clauses[index]
    # (_trim_to's own test, asked here: most clauses have no lead to cut)
    lead = ""
    if 0 < next_size <= _SHORT_MIRROR and first_size > next_size + 2:
        lead = _trim_to(clause, next_size)
    elif next_size > _SHORT_MIRROR and first_size > next_size + 2:  # (a longer pair: a lead on one frame)
        lead = _framed_lead(clause, clauses[index + 1], next_size)
    if lead:
        first = clause[len(lead) :]
        if not _same_frame(first, clauses[index + 1]):
            return []
        first_size = han_len(first)
    elif (unpacked := _without_namely(clause)) != clause:
        # (the 即 that opens the run says it unpacks the clause before: no word of the run's own,
        # 即|建设文明城市，建设森林城市)
        lead, first = clause[: len(clause) - len(unpacked)], unpacked
        first_size = han_len(first)
    if first_size > _MIRROR_PART:
        return []
    if not lead and index > 0 and _paired(clauses[index - 1], first, sizes[index - 1], first_size):
        return []  # the run that opens with the clause before holds this one's
    found = []
    total = first_size
    for other in range(index + 1, min(index + 3, len(clauses))):
        size = sizes[other]
        total += size
        if size > _MIRROR_PART or total > _MIRROR_RUN:
            break
        last = clauses[other]
        if not _paired(first, last, first_size, size):
            break
        start = sentence.find(clause) + len(lead)
        end = sentence.find(last, start + len(first))
        if start >= len(lead) and end >= 0:
            found.append(sentence[start : end + len(last)])
    after = index + 3
    if len(found) == 2 and after < len(clauses) and _paired(first, clauses[after], first_size, sizes[after]):
        return []  # four clauses or more in one shape: an enumeration, which the list cards ask
    return found


_MIRROR_PART = 18
_MIRROR_RUN = 40


def _trim_to(clause: str, size: int) -> str:
    """The words that open a clause much longer than a short sibling of `size` characters, before
    its last `size` characters (认为统战工作|讲起来重要 before 做起来次要): the lead of a mirrored
    run of short clauses; '' when there is none."""
    if not 0 < size <= _SHORT_MIRROR or han_len(clause) <= size + 2:  # (a sibling of no Han: no run)
        return ""
    tokens, tail = words(clause), ""
    while tokens and han_len(tail) < size:
        tail = tokens.pop() + tail
    if han_len(tail) != size or len(tail) != size or tail[0] in _FUNCTION_CHARS:
        return ""
    return "".join(tokens)


def _framed_lead(clause: str, sibling: str, size: int) -> str:
    """The words that open `clause` before a tail as long as its `sibling` (of `size` characters)
    and on one frame with it (充分说明|安全是发展的前提 before 发展是安全的保障): the lead of a pair
    of longer mirrored clauses, which says who holds them; '' when there is none."""
    tokens, tail = words(clause), ""
    while tokens and han_len(tail) < size:
        tail = tokens.pop() + tail
    if len(tail) != size or han_len(tail) != size or not tokens or tail[0] in _FUNCTION_CHARS:
        return ""
    if tokens[-1] in _COPULAS or not _framed(tail, sibling):
        return ""  # (a judgement's subject is no lead: 良好生态环境是|最公平的公共产品，是最普惠的…)
    return "".join(tokens)


def _same_frame(first: str, second: str) -> bool:
    """Clauses of one frame with different fillings (讲起来重要, 做起来次要): equally long, with a
    character in the same place before their last two (a shared ending alone is no frame)."""
    return len(first) == len(second) and any(first[i] == second[i] for i in range(len(first) - 2))


_LOOSE_MIRROR = 14  # clauses this short mirror each other by a shared opening or word
_SHORT_MIRROR = 6  # clauses of a mirrored run recited as one saying are this short
_FUNCTION_CHARS = "的之和与及在对把被"


def _paired_form(text: str) -> bool:
    """Whether _PAIRED matches in `text`."""
    return _PAIRED_OPENERS.search(text) is not None and _PAIRED.search(text) is not None


def _paired_across(first: str, second: str) -> bool:
    """Whether _PAIRED matches in the two clauses joined with one of its halves in each (不仅要建起来，
    更要转起来), not within one of them alone."""
    return _paired_opening(first, second) is not None


def _repeats(clause: str) -> tuple[tuple[int, int], ...]:
    """The places (i, j) of `clause` where a Han character stands again (先富帮后富: (1, 4))."""
    return tuple(
        (i, j)
        for i in range(len(clause))
        for j in range(i + 1, len(clause))
        if clause[i] == clause[j] and HAN.match(clause[i])
    )


@lru_cache(maxsize=65536)
def _word_lengths(clause: str) -> tuple[int, ...]:
    return tuple(len(w) for w in words(clause))


@lru_cache(maxsize=65536)  # a run's first pair is the pair before the next clause's run
def _paired(first: str, second: str, first_size: int, second_size: int) -> bool:
    """Two clauses (of han_len `first_size`, `second_size`) that mirror each other: a paired form
    across them, one frame; or, when both are short, the same word lengths in the same order, the
    same opening, a shared character (the second very short) or a two-character run in the same
    place."""
    short = max(first_size, second_size) <= _LOOSE_MIRROR  # (longer clauses share words by chance)
    if short and first[0] == second[0] and abs(first_size - second_size) <= 2:
        return True
    if short and second_size <= 6 and set(first) & set(second) - {"的", "、"}:
        return True
    if _paired_across(first, second) or _framed(first, second):
        return True
    if not short:
        return False
    couplet = first_size == second_size >= 4 and len(_word_lengths(first)) >= 2
    if couplet and _word_lengths(first) == _word_lengths(second):
        return True  # the same words' lengths in the same order (民生无小事，枝叶总关情)
    if (
        first_size == second_size >= 4
        and len(first) == len(second)
        and _repeats(first) == _repeats(second) != ()
    ):
        return True  # a character said again in the same places of each (先富帮后富，一村带多村)
    # a two-character run of `second` (after its first character) at the same place in `first`,
    # counted from the start or from the end (讲起来重要，做起来次要): the length test first
    if abs(first_size - second_size) > 1:
        return False
    shift = len(first) - len(second)
    return any(
        second[i : i + 2] in (first[i : i + 2], first[i + shift : i + shift + 2])
        for i in range(1, len(second) - 1)
    )


# a bracket without its partner: the span cuts through it
_UNBALANCED = re.compile(r"^[^（(]*[)）]|[（(][^)）]*$|^[^【]*】|【[^】]*$")


def _cuts_quotation(span: str) -> bool:
    """Whether `span` holds only one end of a quotation (群众到政府办事“最多跑一次是原则), or runs
    from inside one quotation into the next (数据烟囱”“信息孤岛): a cloze of it would cut a quotation
    in two; of straight quotes ("), an odd number is one end. Two whole quotations side by side
    (破除“数据烟囱”“信息孤岛”) are no cut."""
    if not opens_quote(span) and "”" not in span and "」" not in span:
        return False
    if span.count("“") != span.count("”") or span.count("「") != span.count("」") or span.count('"') % 2:
        return True
    marks = _QUOTE_MARK.findall(span)
    return bool(marks) and (marks[0] == "”" or marks[-1] == "“")


def _listed_elsewhere(span: str) -> bool:
    """Spans other extractors card already: numbered concepts (增强“四个意识”), marked list items
    (——强化政治意识), and bare 、-series (政治认同、思想认同…) unless they are formulaic. A longer
    span that holds a concept or a series (“两个结合”是…最大法宝; 政治纪律是最重要、最根本、最关键的
    纪律) says more than the concept or the series: it may be a formulation."""
    if SPAN_OPENING_MARK.match(span) or _UNBALANCED.search(span) or _cuts_quotation(span):
        return True
    if han_len(span) <= _TERM_SPAN and has_term(span):
        return True
    parts = _PARTS.split(span)
    if len(parts) > 1 and all(han_len(part) <= _TERM_SPAN and has_term(part) for part in parts):
        return True  # a run of numbered concepts (增强“四个意识”，坚定“四个自信”)
    members = span.split("、")
    return (
        len(members) >= 3
        and all(ALL_HAN.fullmatch(m) for m in members)
        and _bare_series(members)
        and not formulaic(members)
    )


_PARTS = re.compile("[，,、]")
_TERM_SPAN = 10  # a numbered concept with a verb (坚定“四个自信”) is this long at most


def _bare_series(members: list[str]) -> bool:
    """Members alone, no clause around them: the first and the last about as long as the others
    (推动资源、服务、管理向基层下沉 is a clause holding a series), and no member a judgement (教育、
    科技、人才是…的基础性、战略性支撑: a series that is the subject of a 是 and one that is its
    predicate, a sentence of its own, whatever the members' lengths)."""
    inner = [han_len(m) for m in members[1:-1]]
    if not all(min(inner) - 2 <= han_len(m) <= max(inner) + 2 for m in (members[0], members[-1])):
        return False
    return not any(_COPULAS.intersection(words(m)) for m in members)


def formulaic(members: list[str]) -> bool:
    """A series recited as one formulation: members of two or three characters coined for the
    occasion (点多、线长、面宽; 同呼吸、共命运、心连心: rare as dictionary words, unlike 团结、诚信、
    敬业) with no character in common (a named set repeats its head: 知网、懂网、用网), or a slogan
    of mirrored members (see _slogan)."""
    return _coined(members) or _slogan(members) or recited_run(members)


def _coined(members: list[str]) -> bool:
    """Members of two or three characters coined for the occasion, no character in common."""
    return all(
        2 <= han_len(m) <= 3 and word_frequency(m) < COINED_FREQUENCY for m in members
    ) and not set.intersection(*(set(m) for m in members))


def recited_run(members: list[str]) -> bool:
    """A run of short members said as one 提法: three or more, each of two to six characters and
    about as long as the others, that share their opening or their closing character (讲改革、谋改革、
    抓改革; 排查一户、整改一户、销号一户; 早发现、早预警、早处置) or are four-character phrases each
    (学深悟透、融会贯通、真信笃行; 党政同责、一岗双责、齐抓共管), and that say what to do or how things
    stand: no more than half of them name a thing (博物馆、图书馆、文化馆 and 政治立场、政治方向、政治原则
    are sets of things, which list cards ask). Learners recite such a run whole; its members may
    still be a list card's items."""
    if len(members) < 3 or not all(ALL_HAN.fullmatch(m) for m in members):
        return False
    sizes = [len(m) for m in members]
    if min(sizes) < 2 or max(sizes) > _RUN_MEMBER or max(sizes) - min(sizes) > 1:
        return False
    shared = len({m[0] for m in members}) == 1 or len({m[-1] for m in members}) == 1
    if shared and all(_NUMBERED.fullmatch(part) for part in _differing_parts(members)):
        return False  # (第一季度、第二季度、第三季度: things of one kind counted, no 提法)
    return (shared or set(sizes) == {4}) and 2 * sum(map(_names_a_thing, members)) <= len(members)


# What members that tell things of one kind apart by their number differ in (第一季度、第二季度;
# 一号线、二号线; 甲类、乙类): a count, not words that say what to do.
_NUMBERED = re.compile(r"[\d０-９〇零一二两三四五六七八九十百千甲乙丙丁]+")


def _differing_parts(members: list[str]) -> list[str]:
    """What is left of each member without the opening and the ending all of them share."""
    head = len(shared_opening(members))
    tail = min(len(shared_ending(members)), min(map(len, members)) - head)
    return [m[head : len(m) - tail] for m in members]


def _names_a_thing(member: str) -> bool:
    """Whether a member is a noun phrase: its last word a noun, or one character after a noun (jieba
    splits the head off a name it does not know: 李家村 is 李家 and 村), no verb or function word
    among its words (政治立场, 博物馆, 王家村; not 党建引领, 早发现, 依法用权)."""
    tokens = tokens_of(member)
    return (
        bool(tokens)
        and (tokens[-1] in nouns() or (len(tokens) >= 2 and len(tokens[-1]) == 1 and tokens[-2] in nouns()))
        and not any(token in verbs() or token in function_words() for token in tokens)
    )


_RUN_MEMBER = 6
# What names a run as a set right after it: 等, or a count (…、政策咨询等27项事项; …、财税金融四个重点领域);
# or a member more joined by 和 (…、工作目的和工作方法等): the run is cut out of a longer set.
_SET_NAME_AFTER = re.compile(rf"[”」]?(?:等|和|与|及|或|{COUNT.pattern})")


def _named_run(span: str, sentence: str) -> bool:
    """Whether `span` is a recited run (see recited_run) that its sentence names as a set right after
    it, or that is cut out of a longer set: a set of things of one kind, which its list card asks,
    not a 提法."""
    if "、" not in span or not recited_run(span.split("、")):
        return False
    at = sentence.find(span)
    return at >= 0 and _SET_NAME_AFTER.match(sentence, at + len(span)) is not None


def _plain_run(span: str) -> bool:
    """A recited run (see recited_run) that is neither coined nor a slogan: recited whole, but the
    clause around it (确保预案管用、好用、实用) is recited with it."""
    members = span.split("、")
    return recited_run(members) and not _slogan(members) and not _coined(members)


COINED_FREQUENCY = 100  # below this jieba's dictionary hardly knows a word: a coinage


def _slogan(members: list[str]) -> bool:
    """Two to four short clauses on one frame, said as one slogan (小事不出村、大事不出镇、矛盾不上交;
    心有所畏、言有所戒、行有所止; 为党育人、为国育才): about equally long, no two ending alike, and
    each pair of neighbours with a character of content in the same place after their common
    opening, counted from the start or from the end but not the last. Members that share their
    opening alone (稳预期、稳增长、稳就业; 政治立场、政治方向) or their ending (政治认同、思想认同) are
    a set of things of one kind, which list cards ask."""
    if not 2 <= len(members) <= _SLOGAN_MEMBERS or not all(ALL_HAN.fullmatch(m) for m in members):
        return False
    sizes = [len(m) for m in members]
    if min(sizes) < 3 or max(sizes) > _SLOGAN_MEMBER or max(sizes) - min(sizes) > 2:
        return False
    if len({m[-1] for m in members}) < len(members):
        return False
    return all(_shares_frame(first, second) for first, second in pairwise(members))


_SLOGAN_MEMBERS = 4
_SLOGAN_MEMBER = 6


def _shares_frame(first: str, second: str) -> bool:
    """Whether two clauses have a character of content in the same place after their common
    opening, counted from the start, or from the end before their last character."""
    prefix = sum(1 for _ in takewhile(lambda pair: pair[0] == pair[1], zip(first, second, strict=False)))
    shorter = min(len(first), len(second))
    from_start = any(first[i] == second[i] not in _FRAME_GLUE for i in range(prefix, shorter))
    from_end = any(
        first[-1 - i] == second[-1 - i] not in _FRAME_GLUE and shorter - 1 - i >= prefix
        for i in range(1, shorter)
    )
    return from_start or from_end


# How much weaker than the span around it a rhythmic formulation may score and still be clozed
# instead: the span's extra words earn it keyword points (up to 0.9), not a mark of its own.
CORE_MARGIN = 1.0


def _prefer_cores(found: list[Phrase], restated: Collection[str] = ()) -> list[Phrase]:
    """Without spans that hold a rhythmic formulation (敢想敢闯敢试, 常流水、不断线) scoring nearly as
    well: the words around it (发扬…的精神, 促进机关工作…) are the cue, not what is recited. A span
    the document `restated` whole is kept: the author recites it with its words around the core; so
    is a span made of such formulations alone (谁受益、谁补偿，谁保护、谁受偿), which is recited whole,
    and a chain of judgements (see _judgement_chain), whose every clause is part of the statement."""
    cores = [o for o in found if _parallel_rhythm(o.phrase) and not _plain_run(o.phrase)]
    return [
        p
        for p in found
        if not any(_led_core(p.phrase, o.phrase) for o in cores)
        and (
            p.phrase in restated
            or _run_of_cores(p.phrase, cores)
            or _judgement_chain(p.phrase)
            or not any(
                o.phrase != p.phrase and o.phrase in p.phrase and o.score >= p.score - CORE_MARGIN
                for o in cores
            )
        )
    ]


def _led_core(span: str, core: str) -> bool:
    """Whether `span` is `core`, a run of 、-members as long as each other (人民至上、生命至上), with
    only a lead that says who holds them before it (全县上下坚持…, see _cue): the members are
    recited, the lead is the cue, whatever marks it adds to the score."""
    lead = span[: len(span) - len(core)]
    return (
        span.endswith(core)
        and "、" in core
        and _even_members(core)
        and not _CLAUSE_BREAK.search(lead)
        and _cue(lead)
    )


# What makes others do or be what follows (让群众吃得放心、吃得安心): a causative is recited with
# whom it makes do so, however its members mirror each other.
_CAUSATIVE = ("让", "使")


def _cue(lead: str) -> bool:
    """Whether the words before a run of members only say who holds them and the verb that takes
    them (全县上下坚持…): no causative (see _CAUSATIVE), no copula (…是参谋部、政策库: a judgement is
    recited whole), and no 的, 把 or 将 that ties the words to the members as their object or a part
    of them (把党的领导贯穿…全过程、各方面)."""
    tokens = words(lead.strip())
    if len(tokens) < 2 or not ALL_HAN.fullmatch("".join(tokens)) or {"的", "把", "将"} & set(tokens):
        return False
    if tokens[0] in _CAUSATIVE or tokens[-1] in _COPULAS:
        return False
    return acts(tokens[-1]) and not any(acts(token) for token in tokens[:-1])


def _whole_chains(found: list[Phrase]) -> list[Phrase]:
    """Without runs of clauses cut out of a chain of judgements found whole (技术是手段，服务是根本 of
    技术是手段，服务是根本，群众满意是最终标准): a chain is recited whole, however well two of its
    clauses mirror each other."""
    chains = [p.phrase for p in found if _CLAUSE_BREAK.search(p.phrase) and _judgement_chain(p.phrase)]
    return [
        p
        for p in found
        if not _CLAUSE_BREAK.search(p.phrase) or not any(p.phrase != c and p.phrase in c for c in chains)
    ]


def _whole_topics(found: list[Phrase]) -> list[Phrase]:
    """Without runs of key clauses cut from the topic they are the keys of (关键在党，核心在人 of
    推进…现代化，关键在党，核心在人), when the topic and its keys are found whole."""
    topics = [p.phrase for p in found if _topic_with_key(p.phrase)]
    if not topics:
        return found
    return [p for p in found if not (_only_keys(p.phrase) and any(p.phrase in t for t in topics))]


def _only_keys(span: str) -> bool:
    """Whether every clause of `span` says what a thing hinges on (see _key_clause)."""
    cores = _clause_cores(span)
    return bool(cores) and all(_key_clause(core, size) for core, size in cores)


def _run_of_cores(span: str, cores: list[Phrase]) -> bool:
    """Whether `span` is two or more of the `cores` and the breaks between them, nothing else, each
    with members of one length (谁受益、谁补偿): a core with a lead (值此大时代、新形势) is no part of a run."""
    parts = [strip_punct(part) for part in _CLAUSE_BREAK.split(span)]
    inner = {o.phrase for o in cores}
    return len(parts) >= 2 and all(part in inner and _even_members(part) for part in parts)


def _even_members(span: str) -> bool:
    """Whether the 、-members of `span` are as long as each other, give or take a character."""
    sizes = [han_len(member) for member in span.split("、")]
    return max(sizes) - min(sizes) <= 1


# Arrows, technical and miscellaneous symbols, dingbats, shapes and emoji (→ ⏳ ★ ✅ ▶ 📌)
_PICTOGRAPH = re.compile("[\u2190-\u2bff\U0001f000-\U0001faff]")


# Spans that state nothing to recite: a place or time adverbial (…的党中央周围, …之际), an exam
# paper's talk about its scoring and material (本题, 给分, 给定资料3, 材料二), a lead-in to what
# follows: who says it (…负责人介绍, 全会强调) or that a list comes (报告如下, 依次为, 从五个方面), and
# the words a speaker addresses, greets and thanks the audience with (各位代表, 大家上午好, 谢谢主持人).
_NO_STATEMENT = re.compile(
    r"(?:周围|之际|期间|之下|前夕)$|本题|此题|该题|作答|给分|得分|扣分|评分|给定资料|资料\s*\d|材料\s*[一二三四五六七八九十\d]|"
    r"(?:说|表示|指出|强调|介绍|坦言|认为|如下|以下|依次为|分别为|分别是)$|从[一二三四五六七八九十几两多\d]+个?方面|"
    r"^(?:各位|尊敬的|亲爱的|谢谢|感谢)|(?:大家|上午|下午|晚上)好$|(?:同志|朋友|乡亲|女士|先生|来宾|嘉宾)们$"
)
# A book title that says what follows (《意见》强调，…; 《规划》要求，…): it names the source, no part of
# what is said, which stands on its own (a title that opens a clause of its own, 《条例》不是…, is its words).
_CITED = re.compile(r"《[^《》]+》(?:说|表示|指出|强调|认为|提出|要求|明确|规定|写道)[，,：:]")
# A clause that judges the day, the years or the occasion (今年是…的关键之年, 今天是五四青年节, 这次会议
# 是…, 过去的一年，是…, 未来五年是…, 党代会以来的五年，是…), with the clauses that judge it again
# (，也是…之年): it dates the text, which is told, not recited.
_DATED = re.compile(
    r"(?<![^，,：:])\s*(?:[^，,。：:]*以来的|过去的?|今后|未来)?"
    r"(?:今年|明年|去年|今天|明天|当天|这次|此次|本次|(?<=[的去后来])[一二三四五六七八九十几]+年)"
    r"[^，,。]{0,4}[，,]?(?:也|又|还)?是[^，,。；;！!？?]*(?:[，,](?:也|又|还|更)?是[^，,。；;！!？?]*)*"
)
_DATED_WORDS = re.compile("[年天次]")  # (a sentence without any of them dates nothing)


@lru_cache(maxsize=65536)  # asked of every candidate span, in every sentence that holds it
def _standing(span: str) -> tuple[str, float] | None:
    """What the document does not change about `span`: None when other extractors card it
    already (see _listed_elsewhere), it holds a pictograph (a note's 专题一 ✅ 专题二 ⏳ is
    no formulation), it states nothing (_NO_STATEMENT) or opens with the title that says it (_CITED),
    else its content_chars (to meet the listed series) and its _ceiling."""
    if (
        _listed_elsewhere(span)
        or _PICTOGRAPH.search(span)
        or _NO_STATEMENT.search(span)
        or _CITED.match(span)
    ):
        return None
    return content_chars(span), _ceiling(span)


def _occurs_twice(text: str, span: str) -> bool:
    """`text.count(span) >= 2`, without scanning past the second occurrence."""
    first = text.find(span)
    return first >= 0 and text.find(span, first + len(span)) >= 0


# A choice question's option letter and its mark (A. 稳中求进　B. 高质量发展), or an option named among
# others (B、C、D三项…). Not markers.CHOICE_OPTION: a letter may follow the mark here (A、C、D), so that
# a question's analysis that names two of its options or more (排序为A、C、D; B、C、D三项属于…) is
# passed over with the options; and no space may stand between the letter and its mark.
_OPTION_LETTER = re.compile(r"(?<![A-Za-z])[A-HＡ-Ｈ][.．、](?!\d)")
# The bar between the cells of a table row or the fields of a breadcrumb or a page's links (回顾：… ｜
# 下一篇：…): a line of two or more states nothing, whatever the words in its cells.
_CELL_BAR = re.compile("[｜|]")
# Bars inside quotation marks set apart the parts of a quoted saying (“坚持人民至上｜坚持自信自立”),
# and leading cells this short with no break in them are labels (每日金句｜第12期｜): a line whose last
# cell, after such labels, is a sentence is that sentence, not a row.
_LABEL_CELL = 8


def _unrowed(paragraph: Paragraph) -> Paragraph | None:
    """`paragraph` as a line to read: itself when fewer than two bars stand outside its
    quotations, its last cell when the cells before it are labels and it is a sentence, else None
    (a table row, a breadcrumb, a page's links)."""
    text = paragraph.text
    # (the quotations blanked out, their length kept: the bars left are the line's own)
    bars = [m.start() for m in _CELL_BAR.finditer(_QUOTATION.sub(lambda m: " " * len(m[0]), text))]
    if len(bars) < 2:
        return paragraph
    labels = [text[start + 1 : end] for start, end in pairwise([-1, *bars])]
    last = text[bars[-1] + 1 :].lstrip()
    start = len(text) - len(last)
    if last.endswith(_SENTENCE_END + _CLOSING_QUOTES) and all(
        han_len(label) <= _LABEL_CELL and not _CLAUSE_BREAK.search(label) for label in labels
    ):
        return replace(paragraph, text=last, original=paragraph.original[start:])
    return None


# A bold label or question is no formulation: 答案, 例题1, 分论点一, 1. 如何理解…？（15分）; nor a bold
# date (二〇二四年三月, 2024年3月以来) or person (张某某同志) a record or minutes set apart to be found again
_BOLD_DATE = r"^[\d〇○零一二三四五六七八九十]{2,4}年(?:[\d一二三四五六七八九十]{1,3}月(?:[\d一二三四五六七八九十]{1,3}[日号])?)?(?:以来|底|初|中旬)?$"
_NOT_BOLD_FORMULATION = re.compile(
    rf"[？?]|分[）)]$|{BOLD_HEADING_NUMBER.pattern}|{_BOLD_DATE}|^[\u4e00-\u9fff]{{2,4}}同志$"
)


def _bold_formulations(paragraph: Paragraph) -> set[str]:
    """The texts the source set in bold in `paragraph` that may be formulations, in the view's
    characters: what follows a label's colon (准入环节：|隐性壁垒仍然存在), of five Han characters or
    more (a bold 答案 or 例题1 is a label), no question and no numbered heading."""
    found = set()
    for text in paragraph.emphasised:
        text = strip_punct(re.split("[：:]", simplified(text))[-1])
        if _BOLD_MIN <= han_len(text) <= _BOLD_MAX and not _NOT_BOLD_FORMULATION.search(text):
            found.add(_as_marked(text))
    return found


# An item's mark before a paragraph's lead, with the clause mark after it (一是, （二）, 首先，, 第一，)
_LEAD_MARK = re.compile(rf"(?:{ITEM_OPENING.pattern})\s*[，,、：:]?\s*")
# Paragraphs between two leads of one run of points at the most: a point may take a paragraph or two more
_RUN_GAP = 2


def _lead(paragraph: Paragraph) -> str | None:
    """The text `paragraph` sets in bold that is the whole sentence it opens with, its item's mark
    aside, with more of the paragraph after it (一是**资源开发型。**依托…); None where it has none."""
    body = _LEAD_MARK.sub("", simplified(paragraph.text).strip(), count=1).strip()
    for text in paragraph.emphasised:
        head = _LEAD_MARK.sub("", simplified(text).strip(), count=1).strip()
        if not head or not body.startswith(head):
            continue
        rest = body[len(head) :]
        if not head.endswith(_SENTENCE_END):
            if not rest.startswith(_SENTENCE_END):
                continue
            rest = rest[1:]
        if any(character.isalnum() for character in rest):
            return text
    return None


def _is_label(text: str, paragraph: Paragraph) -> bool:
    """Whether `text`, a text `paragraph` sets in bold, stands right before a colon there: a label
    (1. **抓重点**：…, **一只遴选喵**：说得太对了), the name of what the words after it say."""
    bold = simplified(text).strip()
    line = simplified(paragraph.text)
    at = line.find(bold) if bold else -1
    return at >= 0 and line[at + len(bold) : at + len(bold) + 1] in ("：", ":")


def _opens_alike(lead: str, other: str | None) -> bool:
    """Whether two leads open with the same two characters (关键在制度创新。/ 关键在群众参与。), as the
    heads of a run of points do, which the parallel openings ask (parallel.py). Unlike leads in a
    row (产业转型升级步伐明显加快。… 城乡融合发展迈出坚实步伐。…) are statements the page marks, which
    nothing else asks."""
    return other is not None and simplified(lead).strip()[:2] == simplified(other).strip()[:2]


def _without_point_names(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """`paragraphs` with the bold that names a point no longer emphasised: a label before its colon
    (see _is_label), and a run-in head, a paragraph's bold lead (see _lead) that names the point the
    paragraph goes on to describe. The point's list or the outline asks them; they are no formulations
    marked inside a sentence. A lead is a head where its line opens with an item's mark ((一)坚持项目为王，
    经济运行稳中有进。…, 一是…, 首先，…), or where another lead without one that opens alike (see
    _opens_alike) stands within _RUN_GAP paragraphs of it (关键在党建引领。… 关键在制度创新。…: a run of
    points). Any other lead with no mark is the thesis its paragraph argues (**群众利益无小事，窗口形象连着党和政府的形象**。遇到这种情况，…,
    whatever marked points follow it), marked as bold inside a sentence is."""
    leads = [_lead(paragraph) for paragraph in paragraphs]
    numbered = [
        lead is not None and bool(ITEM_OPENING.match(p.text))
        for p, lead in zip(paragraphs, leads, strict=True)
    ]
    plain = [index for index, lead in enumerate(leads) if lead is not None and not numbered[index]]
    kept = []
    for index, (paragraph, lead) in enumerate(zip(paragraphs, leads, strict=True)):
        in_run = lead is not None and any(
            other != index and abs(other - index) <= _RUN_GAP + 1 and _opens_alike(lead, leads[other])
            for other in plain
        )
        head = lead if lead is not None and (numbered[index] or in_run) else None
        emphasised = tuple(
            text for text in paragraph.emphasised if text != head and not _is_label(text, paragraph)
        )
        kept.append(
            replace(paragraph, emphasised=emphasised) if emphasised != paragraph.emphasised else paragraph
        )
    return kept


def marked_formulations(paragraphs: Sequence[Paragraph]) -> dict[int, set[str]]:
    """The texts each line's source set in bold or highlighted that may be formulations (see
    _bold_formulations), by line, in the view's characters: the spans the author marked as what
    the note asks, which a card of their sentence keeps as gaps (see is_marked). Not a heading's
    text, nor a whole line set in bold, its item's mark aside (1. **为官避事平生耻**: nothing of it
    stands apart), nor the name of a point: a label the line opens with before its colon (1. **抓重点**：…)
    or a run-in head (see _without_point_names)."""
    found: dict[int, set[str]] = {}
    for paragraph in _without_point_names(paragraphs):
        if not paragraph.emphasised or paragraph.heading:
            continue
        text = _as_marked(ITEM_OPENING.sub("", simplified(paragraph.text)))
        for span in _bold_formulations(paragraph):
            if span != text:
                found.setdefault(paragraph.line, set()).add(span)
    return found


def is_marked(answer: str, marked: Collection[str]) -> bool:
    """Whether a gap's `answer` (as written) is one of the `marked` texts of its line (see
    marked_formulations)."""
    return _as_marked(simplified(answer)) in marked


def _as_marked(text: str) -> str:
    """A simplified text in the form marked formulations are kept and looked up in: no punctuation
    around it, no symbols in it."""
    return _SYMBOLS.sub("", strip_punct(text))


_BOLD_MIN = 5
_BOLD_MAX = 40
_BOLD_WEIGHT = 2.0


# How the limit ranks formulations beyond their score: three habits the formulations that authors
# of the genre ask for share, and the spans that took their places did not:
# what a learner recites is a whole statement, not a fragment of a few characters (a name, an
# idiom, a piece of a clause); a span that a list or a term card asks already is worth no second
# card; and a sentence puts its point last (…，做到有求必应、无事不扰; …，才能…), where the words
# before it set the scene. None of them makes a span a formulation: they only order formulations.
WHOLE_RANK = 1.0
_WHOLE_MIN = 7  # Han characters: a statement, not a name or a four-character idiom
ASKED_RANK = 2.0
_ASKED_MIN = 4  # Han characters of another card's member or cloze that a formulation may repeat
CLOSING_RANK = 0.5
# A fourth habit: what a learner recites is the text's own statement, not the writer's account of
# what he did (我学会了编写宣传材料，设计宣传活动): a sentence in which 我 tells a finished deed (了)
# reports an experience, however its clauses mirror each other.
NARRATIVE_RANK = 1.0


def _rank(phrase: Phrase, asked: list[str], asked_members: Collection[str] = ()) -> float:
    """Where `phrase` stands in the queue for the document's limit of sentences: its score, with
    the terms above (`asked`: the content_chars of other cards' members and clozes)."""
    rank = phrase.score
    if _QUOTE.search(phrase.phrase) and _coinage_clause(phrase.phrase):
        rank -= COINAGE_WEIGHT  # (it rides in a sentence chosen for another: see COINAGE_WEIGHT)
    if _narrative(phrase.sentence):
        rank -= NARRATIVE_RANK
    if han_len(phrase.phrase) >= _WHOLE_MIN:
        rank += WHOLE_RANK
    span = content_chars(phrase.phrase)
    members = phrase.phrase.split("、")
    if any(span in text or text in span for text in asked) or (
        recited_run(members) and all(content_chars(m) in asked_members for m in members)
    ):
        rank -= ASKED_RANK
    if content_chars(phrase.sentence).endswith(span):
        rank += CLOSING_RANK
    if _cuts_pair(phrase.phrase, phrase.sentence):
        rank -= CUT_PAIR_RANK
    if han_len(phrase.phrase) >= _WHOLE_MIN and _slogan(phrase.phrase.split("、")):
        rank += SLOGAN_RANK
    if _doubled(phrase.sentence):
        rank -= DOUBLED_RANK
    if _QUOTED_SUBJECT.match(phrase.phrase) and _judgement(tuple(words(phrase.phrase))):
        rank += QUOTED_SUBJECT_RANK
    return rank


# A fifth habit: a pair of short mirrored clauses is recited together (宁可备而不用，不可用而无备),
# so a span that takes one of them with some other clause beside it, and leaves its partner out,
# asks half a saying: it yields to the pair. Mirroring is read as _paired reads it; only clauses
# this short count, as longer ones share words by chance.
CUT_PAIR_RANK = 3.0
_PAIR_CLAUSE = 10


def _cuts_pair(span: str, sentence: str) -> bool:
    """Whether `span`, two clauses or more of `sentence`, ends on a clause that mirrors the clause
    after it in the sentence (or opens on one that mirrors the clause before it) but not its
    neighbour inside the span: the span cuts a pair of clauses in two."""
    start = sentence.find(span)
    inside = _cores(span)[0]
    if start < 0 or len(inside) < 2:
        return False
    after = _cores(sentence[start + len(span) :])[0][:1]
    before = _cores(sentence[:start])[0][-1:]
    return _cut_between(inside[-2], inside[-1], after) or _cut_between(inside[1], inside[0], before)


def _cut_between(kept: str, edge: str, left_out: list[str]) -> bool:
    """Whether the clause `edge` at a span's end mirrors the clause `left_out` (a list of one or
    none) beyond it, and not the clause `kept` beside it within the span."""
    if not left_out or max(han_len(edge), han_len(left_out[0])) > _PAIR_CLAUSE:
        return False
    if _NO_STATEMENT.search(left_out[0]):  # who says it (会议指出) is no partner of what is said
        return False
    return _mirror(edge, left_out[0]) and not _mirror(kept, edge)


def _mirror(first: str, second: str) -> bool:
    """Whether two clause cores mirror each other, in either order (see _paired), at about the
    same length: a clause twice as long as another says more than its partner would."""
    sizes = han_len(first), han_len(second)
    if abs(sizes[0] - sizes[1]) > _PAIR_SLACK:
        return False
    return _paired(first, second, *sizes) or _paired(second, first, sizes[1], sizes[0])


_PAIR_SLACK = 2  # Han characters by which the clauses of a pair differ at most


# A sixth habit: a slogan of 、-members on one frame (重心下移、力量下沉、保障下倾; 为担当者担当、为
# 干事者撑腰，让…; 无事不扰、有求必应) is recited as it stands, wherever its sentence puts it: it goes
# before a span of plain words that scores as well, and before the point a sentence closes on. One of
# fewer than _WHOLE_MIN characters (读一读、想一想) is a fragment still.
SLOGAN_RANK = 1.0
# A sentence that says a long run of characters twice is a page's doubled text (a headline pasted
# in again before the body: 范文:做好…工作(2)范文:做好…工作(2)…), not a statement to learn by heart:
# it comes after every sentence said once.
DOUBLED_RANK = 4.0
# A seventh: a judgement of a quoted coinage (“第二个结合”是又一次的思想解放; “枫桥经验”的精髓是…)
# says what the coinage means, which a learner recites beside the name.
QUOTED_SUBJECT_RANK = 1.0
_QUOTED_SUBJECT = re.compile(r"[“「][^”」]{2,12}[”」](?:的[\u4e00-\u9fff]{1,4})?(?:就|才|也|都|正|即|乃)?是")
_DOUBLED_RUN = 12  # Han characters: shorter runs recur in figures of speech (江山就是人民，人民就是江山)


def _doubled(sentence: str) -> bool:
    """Whether `sentence` opens with a run of _DOUBLED_RUN Han characters that it says again: a
    text pasted in twice. (A term named twice inside a sentence, 用习近平新时代中国特色社会主义思想
    凝心铸魂，推动习近平新时代中国特色社会主义思想入脑入心, is a sentence said once.)"""
    han = "".join(ALL_HAN.findall(sentence))
    return len(han) >= 2 * _DOUBLED_RUN and han[:_DOUBLED_RUN] in han[_DOUBLED_RUN:]


def _narrative(sentence: str) -> bool:
    """Whether the writer tells in `sentence` what he did or went through: the pronoun 我 as a
    word of its own (not 我国, 我党, 我们: a country, a party, a call to the audience) and the
    particle 了 of a finished deed."""
    if "我" not in sentence or "了" not in sentence:  # (most sentences: no words to read)
        return False
    tokens = words(sentence)
    return "我" in tokens and "了" in tokens


def _overlap(sentence: str, first: str, second: str) -> bool:
    """Whether one of two formulations of `sentence` holds the other (…的必然要求 said three times
    asks one thing), or they share words where they stand in it (关键在于既要严管厚爱 and 既要严管
    厚爱，又要知人善任: the sentence's card would cloze only the first it meets)."""
    if first in second or second in first:
        return True
    start, other = sentence.find(first), sentence.find(second)
    return 0 <= start < other + len(second) and 0 <= other < start + len(first)


# A sentence that closes on a colon announces what follows (总的战略安排是分两步走：; 我会重点
# 抓好以下几个环节：): its last clause says that something comes, not what.
_ANNOUNCING = ("：", ":")
# Prepositions that open an adverbial of the occasion, the ground or the means (针对…的特点，…;
# 依托…平台，…; 围绕…目标，…): such a clause sets the scene for the clause after it, and states nothing.
_SCENE = frozenset({
    "针对", "围绕", "按照", "根据", "依托", "立足", "面对", "随着", "通过", "基于", "对照", "本着", "依据",
    "借助", "为了", "对于", "关于",
})  # fmt: skip
_SCENE_OPENINGS = frozenset(word[0] for word in _SCENE)


def _sets_the_scene(span: str, sentence: str) -> bool:
    """Whether `span` is one clause of `sentence` that opens with a preposition of _SCENE and that
    the sentence goes on after (针对新形势下…的特点，创新工作思路方法): an adverbial, however many
    marks its words carry. A run of 、-members outside quotation marks (围绕中心、服务大局) is read
    as a series of verbs, which may be a formulation."""
    if span[:1] not in _SCENE_OPENINGS or _CLAUSE_BREAK.search(span) or "、" in _QUOTE.sub("", span):
        return False
    if words(span)[0] not in _SCENE:
        return False
    start = sentence.find(span)
    return start >= 0 and sentence[start + len(span) : start + len(span) + 1] in ("，", ",")


# Sentences that tell what happened rather than state what to hold (a 简报's news, a 总结's record),
# and the lead-in to an example: a learner recites none of them.
# - A report of the day's event: the clause right after a date of a day (6月5日，局党委召开…推进会;
#   近日，区政府印发…): who held or issued what. (A year opens targets, 2035年，基本实现…, which are
#   recited; only a day's date marks news.) What the clause reports as said, after 强调/要求/提出…
#   (近日，省委书记强调要坚持…), is what to hold.
# - A record of a rank or a prize won (位列第一档, 荣获…称号, 被评为…): a fact about the place,
#   unless its clause sets it as a goal or a stance (力争…位居前列; 把…位居首位).
# - A span that opens with the word that brings in an example (比如材料讲的是…): the words after it
#   illustrate; what the example shows may be a formulation, the lead-in is not.
# - A span that ends in a meeting's or a document's act of arranging (全会…，对进一步全面深化改革作出战略部署;
#   报告对…作出了系统安排): it tells that the arranging was done, not what was arranged; not one that
#   asks for it (要对…作出具体安排) or names what was arranged (落实党中央作出的决策部署).
_DAY_DATE = re.compile(
    r"^\s*(?:[（(][^（）()]{1,20}[)）]\s*)?"
    r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号]"
    r"(?:上午|下午|晚上|晚)?|近日|日前|昨天|昨日|当天|当日|前不久)[，,]\s*"
)
_SAID = re.compile("强调|指出|提出|要求|明确|表示|认为|号召|倡导|希望|勉励|寄语")
_RECORD = re.compile(r"位列|位居|名列|荣获|获评|被评为|被授予|排名第")
_GOAL = re.compile(r"力争|争取|努力|确保|目标|目的|[要将把]")
_EXAMPLE_OPENING = re.compile(r"^[，,\s]*(?:比如|例如|譬如|诸如|举例来说|举个例子)")
_ARRANGED = re.compile(r"作出了?(?!的)[\u4e00-\u9fff]{0,4}(?:部署|安排)$")


def _told_not_held(span: str, sentence: str) -> bool:
    """Whether `span` of `sentence` tells what happened or brings in an example (see _DAY_DATE, _RECORD,
    _EXAMPLE_OPENING, _ARRANGED) rather than states something to recite."""
    if _EXAMPLE_OPENING.match(span):
        return True
    arranged = _ARRANGED.search(span)
    if arranged and _MODALS.isdisjoint(words(span[: arranged.start()])):
        return True  # (各级党委要对…作出具体安排 is a duty)
    if _RECORD.search(span) and not _goal_of_its_clause(span, sentence):
        return True
    date = _DAY_DATE.match(sentence)
    if date is None:
        return False
    start = sentence.find(span, date.start())
    told = sentence[date.end() : max(start, date.end())]
    return start >= 0 and not _CLAUSE_BREAK.search(told) and not _SAID.search(told)


def _goal_of_its_clause(span: str, sentence: str) -> bool:
    """Whether the clause of `sentence` that holds `span`, up to its end, sets a goal or a stance
    (see _GOAL)."""
    start = max(sentence.find(span), 0)
    breaks = [match.end() for match in _CLAUSE_BREAK.finditer(sentence, 0, start)]
    return bool(_GOAL.search(sentence, breaks[-1] if breaks else 0, start + len(span)))


def find_phrases(
    paragraphs: list[Paragraph],
    limit: int,
    threshold: float = PHRASE_THRESHOLD,
    listed: Collection[str] = (),
    asked: Collection[str] = (),
    sets: Sequence[Sequence[str]] = (),
) -> list[Phrase]:
    """The best-scoring formulations of the document, at most `limit` sentences of them, in
    document order; none is one of the `listed` series (their content_chars), which list cards
    ask already, nor a member of a set of `sets` (the list cards' members, as content_chars) or a
    part of one in a sentence that says the whole set, nor any span of a sentence that says only
    members of one set (see _said_by_sets). Which sentences the limit takes is decided by each
    formulation's _rank: the score says whether a span is a formulation, the rank which of them a
    learner most needs; `asked`: the content_chars of what other cards ask (list members, clozes)."""
    return _choose(scored_phrases(paragraphs, threshold, listed, sets), limit, asked)


def scored_phrases(
    paragraphs: list[Paragraph],
    threshold: float = PHRASE_THRESHOLD,
    listed: Collection[str] = (),
    sets: Sequence[Sequence[str]] = (),
) -> list[Phrase]:
    """Every formulation of the document that scores `threshold` or more, in document order,
    none of the `listed` series nor what `sets` ask in its sentence (see find_phrases)."""
    text = "\n".join(p.text for p in paragraphs)
    keys = set(keywords(text, 20))
    scored: list[Phrase] = []
    found: list[Phrase] = []
    options = options_under_stems([p.text for p in paragraphs])
    for index, paragraph in enumerate(_without_point_names(paragraphs)):
        if len(_OPTION_LETTER.findall(paragraph.text)) >= 2 or index in options:
            continue  # a question's options (A. … B. …) are no formulations, whatever the right one says
        read = _unrowed(paragraph)
        if read is None:
            continue  # cells or fields set apart by bars: a table row, a breadcrumb, a page's links
        paragraph = read  # (a line of labels and a sentence: the sentence)
        bold = _bold_formulations(paragraph)
        if (
            not (bold or paragraph.text.endswith(_SENTENCE_END + _CLOSING_QUOTES))
            and han_len(paragraph.text) < 15
        ):
            continue  # a heading, not a sentence (a quotation standing on its line is one)
        for sentence in _sentences(paragraph.text):
            if is_task(sentence):
                continue  # an exam's task (根据给定资料，概括…) asks for points; it states none
            members = _said_by_sets(content_chars(sentence), sets)
            if members is None:
                continue  # members of a list and nothing more (a line of two of its members): it asks them
            # (the clauses that date the text, left out as a break: no candidate holds them)
            undated = _DATED.sub("。", sentence) if _DATED_WORDS.search(sentence) else sentence
            bare = strip_punct(sentence)
            context = _marked_by_context(sentence)
            restated: set[str] = set()
            question = sentence.rstrip().endswith(("？", "?"))
            stripped = sentence.strip()
            has_quotes = _OPENING_QUOTE.search(sentence) is not None
            lead_in = content_chars(stripped) if stripped.endswith(_ANNOUNCING) else ""
            for span in dict.fromkeys([*_candidates(undated), *(b for b in bold if b in undated)]):
                # (a listed span is never found, so whether it repeats matters to no one)
                standing = _standing(span)
                if standing is None or standing[0] in listed or standing[0] in members:
                    continue
                if span.startswith(_SO_CALLED):
                    continue  # (the term 所谓 names is the cue of its definition, never a gap)
                if (
                    lead_in.endswith(standing[0])
                    or _sets_the_scene(span, sentence)
                    or _named_run(span, sentence)
                    or _told_not_held(span, sentence)
                    or _tells_a_post(span, sentence)
                ):
                    continue
                if question and _INTERROGATIVE.search(span):
                    continue  # the question itself (如何让…？): what answers it may be a formulation
                quoted = (
                    has_quotes
                    and han_len(span) >= _QUOTED_STATEMENT
                    and any(q + span + e in sentence for q, e in _QUOTE_PAIRS)
                    and (han_len(span) > _QUOTED_NAME_MAX or _says_something(span))
                )
                alone = not question and span == bare and _saying(span) and "了" not in words(span)
                marked = span in context
                emphasised = span in bold
                if standing[1] - (1.5 if question else 0.0) < threshold and not (
                    quoted or alone or marked or emphasised
                ):
                    continue  # (most spans: below the threshold whatever the document's keywords)
                score, plain = _scores(span, keys, quoted, alone, marked)
                if emphasised:  # the author set it in bold
                    score += _BOLD_WEIGHT
                    plain += _BOLD_WEIGHT
                if question:  # a question asks; the answer is the formulation
                    score -= 1.5
                    plain -= 1.5
                # Below the threshold even with the repetition bonus, a span is no formulation, and
                # the document need not be searched for a second occurrence of it (most spans).
                if score < threshold:
                    continue
                if _occurs_twice(text, span):
                    restated.add(span)
                elif plain >= threshold or emphasised:
                    score = plain  # (bold is the author's mark: it needs no second one)
                else:
                    continue
                found.append(Phrase(span, stripped, paragraph.line, score, emphasised))
            if len(found) > 1:  # (one formulation alone holds no other)
                found = _whole_topics(_whole_chains(_prefer_cores(found, restated)))
            scored += found
            found = []
    return scored


def _said_by_sets(said: str, sets: Sequence[Sequence[str]]) -> set[str] | None:
    """What the list cards' `sets` ask of a sentence whose content_chars are `said`: None when it
    says two members or more of one set side by side, not all of them, and nothing else (a line of a
    note that holds two of its members, 坚持A，坚持B: the list asks them both; a sentence of the whole
    set is its saying, recited whole), else the members of each set of
    _ENUMERATION or more it says whole, each also without the opening they share (…的重大原则，即
    坚持A，坚持B，…: the list asks each by this sentence, and A gapped alone would ask it again with
    the others in view; a formulation inside a longer member, 推行“居民点单、社区派单…”的…机制, is
    words of its own). Not those of a shorter set: its mirrored clauses are a saying, recited in a run of them
    (发展是第一要务，人才是第一资源，…), which a member left out would cut in two."""
    members: set[str] = set()
    for items in sets:
        if said in items:
            continue  # (one member alone: a line the list card read as its item, asked as such)
        if _side_by_side(said, items):
            return None
        if len(items) >= _ENUMERATION and all(item in said for item in items):
            opening = len(shared_opening(list(items)))
            members.update(items)
            members.update(item[opening:] for item in items if len(item) - opening >= 2)
    return members


def _side_by_side(said: str, items: Sequence[str]) -> bool:
    """Whether `said` is two or more of `items` in a row, not all of them. A run is followed only
    from a member `said` starts with, and only while it stays a prefix of `said` (every run of
    every set joined anew, for each sentence, made a tenth of extract's time)."""
    if not said.startswith(tuple(items)):
        return False
    for start in range(len(items)):
        joined = ""
        for end in range(start, len(items)):
            joined += items[end]
            if not said.startswith(joined):
                break
            if joined == said and 2 <= end - start + 1 < len(items):
                return True
    return False


# A clause that tells the post a person holds or held (现任…局长, 历任…书记、主任, 兼任…): a résumé's
# line, its series of titles no formulation, whatever its rhythm. Not 任 that opens another word
# (实现任务, 出现任何, 同时任务艰巨, 体现任性), nor an appointment made (及时任用, 同时任命, 适时任免).
_POST = re.compile(r"(?:(?:现|曾|历|兼|时|原|拟|先后)任(?![务何性意用命免])|任职于)")


def _tells_a_post(span: str, sentence: str) -> bool:
    """Whether `span` stands in a clause of `sentence` that tells a person's post (see _POST)."""
    at = sentence.find(span)
    if at < 0:
        return _POST.search(span) is not None
    start = max((sentence.rfind(mark, 0, at) for mark in "，,；;：:。"), default=-1) + 1
    return _POST.search(sentence, start, at + len(span)) is not None


def _choose(scored: list[Phrase], limit: int, asked: Collection[str]) -> list[Phrase]:
    """The formulations of at most `limit` sentences, best _rank first, in document order: a
    chosen sentence takes every other formulation it holds too, unless it overlaps one chosen
    there already or restates one chosen elsewhere. A span the source sets in bold is taken past the
    limit, unless another card asks it already (see _asks_again)."""
    asked_members = set(asked)
    asked = [text for text in asked if han_len(text) >= _ASKED_MIN]
    chosen: list[Phrase] = []
    seen: set[str] = set()
    taken_sentences: set[tuple[int, str]] = set()
    for phrase in sorted(scored, key=lambda p: (-_rank(p, asked, asked_members), p.line)):
        where = (phrase.line, phrase.sentence)
        past_limit = where not in taken_sentences and len(taken_sentences) >= limit
        if past_limit and not (phrase.bold and not _asks_again(phrase, asked_members)):
            continue
        overlaps = any(
            _overlap(phrase.sentence, phrase.phrase, other.phrase)
            for other in chosen
            if (other.line, other.sentence) == where
        )
        # a sentence that restates a formulation clozed elsewhere would ask it again by a part of it
        restates = any(phrase.phrase in other and other in phrase.sentence for other in seen)
        if restates or overlaps:
            continue
        seen.add(phrase.phrase)
        taken_sentences.add(where)
        chosen.append(phrase)
    chosen.sort(key=lambda p: p.line)
    return chosen


# A word of order before a point's head (其一，从…转向…; 首先，…), or its item's mark (一是, （一）)
_ORDER_OPENING = re.compile(rf"^(?:{_LEAD_MARK.pattern}|\s*其[一二三四五六七八九十][，,、：:]?\s*)")


def _asks_again(phrase: Phrase, asked: Collection[str]) -> bool:
    """Whether `phrase`, its word of order aside, is what another card asks already (`asked`: their
    content_chars): one of them, or the head of one before its first comma, where the sentence goes on
    as that one does (a point's bold run-in head, **以守正为根，**在保护传承中延续文化根脉, whose list
    card asks the point). A bold span inside a longer member (以**党的创新理论**凝心铸魂) is not."""
    span = content_chars(_ORDER_OPENING.sub("", phrase.phrase, count=1))
    if not span:
        return False
    if span in asked:
        return True
    at = phrase.sentence.find(phrase.phrase)
    rest = phrase.sentence[at + len(phrase.phrase) :] if at >= 0 else ""
    if not rest.startswith(("，", ",")):
        return False
    rest = content_chars(rest)
    return any(
        text.startswith(span) and len(text) > len(span) and rest.startswith(text[len(span) :])
        for text in asked
    )
