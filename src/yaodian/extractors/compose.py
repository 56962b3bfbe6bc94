"""How each card asks what the finders found, so a learner who sees its front knows what to produce.

The finders (outline, parallel, series, terms, phrases) decide which sets and formulations a
document holds; this module decides how they are asked, and never which items are found:

- where a card stands: the heading path above it (二、… › （三）…) becomes its origin.section,
  which build shows on the front (the Source field);
- what a list card asks: its whole introducing clause, with the set's place marked when the set
  stands in that very sentence (统揽____、____、____), the count (（4项）) and the set's own name
  when the text gives one (四个伟大); a set of headings of one level asks for 本文/本节的N个部分
  (a compilation's pieces by their titles, 本集的N篇);
- an inline series (A、B、C inside a sentence) is asked in its sentence: a cloze card with one
  cloze per member, numbered as the list's items were; one the sentence names as a numbered
  concept (四个伟大), or whose members are no gaps of their own (one character, a whole clause),
  stays a list card, its places marked in its prompt;
- gaps worth reciting only: a cloze over a time phrase, a number, a place name alone or a
  function word is opened again; a cloze card left without gaps is not made;
- each series asked once: of a series asked member by member and asked as one gap on the same
  line, one stays (see _series_asked_once); a gap with no cue on its front is opened when another
  card asks its words, else it gets a cue (see _gaps_with_cues).

It runs on cards that already have their ids, so a card whose prompt improves keeps its id, and
the learner's Anki note is updated in place.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path

from yaodian.cards import CLOZE, Card, Origin, open_clozes
from yaodian.extractors import exam, outline, phrases, terms
from yaodian.extractors.members import JOINERS
from yaodian.extractors.script import simplified
from yaodian.extractors.terms.names import names_in
from yaodian.extractors.terms.split import QUOTATION, all_hold, keywords
from yaodian.extractors.text import (
    ASKER_TAG,
    CLAUSE_BREAKS,
    NAMELY,
    PROMPT_MAX,
    PROMPT_MIN,
    Paragraph,
    clipped,
    content_chars,
    han_len,
    import_jieba,
    marshal_copy,
    reporters_question,
    strip_punct,
    told_apart,
    words,
)
from yaodian.markers import ANY_MARKER, TRAILING_MARK
from yaodian.numerals import numeral_value, without_list_mark

# What joins the headings of a card's section path (三、创新方法 › 3.加强协作), outer first.
PATH_JOIN = " › "

# The longest text of a series' cloze card; a longer sentence keeps the clauses around the series.
SENTENCE_MAX = 80
# How long one part of a heading path, or the document title, may be on the front.
PLACE_MAX = 16
# A member of a set longer than this (in Han characters) is a whole clause to reproduce: asked as
# a list's item, not as a gap in its sentence.
GAP_MAX = 20
# Two gaps at one place ask the same when the shorter is this share of the longer (a lead or an end
# word more: 必须坚持科技是第一生产力 and 科技是第一生产力).
SAME_GAP = 0.6
# A member of a series of words is this short (教育、医疗、养老; 基础设施、公共服务、产业发展): a longer one
# is a phrase, and a gap over a series of phrases may be the formulation a learner recites. Coined
# members (助餐、托育、康养; 政治强、业务精、作风硬) are a formulation too (see _opens_as_word_lump).
WORD_MEMBER_MAX = 6
# A time phrase is short: a longer gap that ends in 以来 says more than when.
TIME_PHRASE_MAX = 8
# A cloze card's front gives the learner something to recall from when at least this many Han
# characters stay visible beside the gap: `{{c1::作风建设永远在路上}}。` shows only `[...]。`.
CUE_MIN = 4
# The sentence before a gap with no cue, shown as its context, is at most this long (in Han characters):
# a longer one is cut to its last clauses.
CONTEXT_MAX = 40
# The sentence after such a gap, when longer than CONTEXT_MAX, is cut to its first clauses, of at least
# this many Han characters: a shorter opening (给基层减负……) names a topic and cuts off what it says of it.
AFTER_CUT_MIN = 10
# A cue given in Anki's hint shows at most this share of the gap's characters, and never more than
# its first member or clause: half of 人民至上、生命至上 gives the rest away by pattern.
CUE_SHARE = 1 / 3
# A gap shorter than this (in Han characters) gets no hint: a third of 两个维护 would show the count
# and leave two characters to recall; the heading path on the front is cue enough.
CUE_GAP_MIN = 6
# A judgement's subject and copula (数字政府建设是) shown as the cue of a bare gap over the judgement is
# at most this share of the gap (in Han characters): the cue gives a part away, as a hint does, and the
# gap left is at least SAME_GAP of the whole, as a gap after a listed lead is (see _listed_lead).
JUDGED_SUBJECT_SHARE = 1 - SAME_GAP
# A judgement's subject given as Anki's hint over the whole gap is at most this share of the gap (in Han
# characters, its copula not counted): 为民造福 of 为民造福是最大的政绩; a longer one gives most of it away.
JUDGED_HINT_SHARE = 1 / 2
# What opens a condition (如果不抓落实，是不行的): the clause says when, and is no subject judged.
_CONDITIONS = ("如果", "假如", "倘若", "要是", "只有", "只要", "一旦", "若")
# The copulas of a judgement (X是Y, X就是Y, X既是Y…); 不是 opens a contrast and is none.
_COPULAS = ("是", "就是", "既是", "才是", "都是", "正是")
# The copula of a judgement of where a thing's point lies (关键在于…, 学习的目的在于运用), beside _COPULAS.
_LIES_IN = "在于"
# Words after which 是 is no copula: jieba cuts 特别是, 尤其是, 而是 so, and 是 there ends an adverb.
_ADVERBS_BEFORE_SHI = ("特别", "尤其", "而", "或", "只", "总", "还", "要")
# Subjects that point back to what the text said before (这些都是, 这一举措是): no cue on a card of their own.
_DEICTIC = ("这", "那", "此", "其", "该", "它")
# Personal pronouns: a subject of one (我们是, 他们都是) says who, not what is judged, and cues nothing.
_PRONOUNS = frozenset(
    ("我", "我们", "咱们", "你", "你们", "您", "他", "他们", "她", "她们", "它们", "大家", "自己")
)
# A judgement's subject is a word of at least this many Han characters (创新是, 廉洁是): the thing judged
# cues its judgement even where the front then shows fewer than CUE_MIN (a hint on the rest makes it up).
SUBJECT_MIN = 2
# What opens a contrast: a rest so opened asks what a thing is not (留党察看最长二年，不是三年).
_CONTRASTS = ("不是", "而非", "而不是")
# How stock clauses end: they say that the work gets done, not what it is (确保各项工作落到实处).
_STOCK_ENDS = ("落到实处", "落实落细", "取得实效", "取得成效", "见到实效", "落地见效", "抓出成效")
# An exam's blank in a question stem (（）, （  ）, ____, ＿＿): the card asks a blank, which a cue does not mend.
_EXAM_BLANK = re.compile(r"[（(]\s*[）)]|_{2,}|＿+")
# Verbs that lead a gap without saying what it holds (坚持尽力而为…): a hint of them alone is no cue.
_LEADING_VERBS = ("坚持", "做到", "要")

# The words this module adds to a prompt, in simplified and in traditional characters.
PHRASES = {
    "document": ("本文的{}个部分", "本文的{}個部分"),
    "section": ("本节的{}个部分", "本節的{}個部分"),
    "piece": ("本篇的{}个部分", "本篇的{}個部分"),
    "collection": ("本集的{}篇", "本集的{}篇"),
    "points": ("本节的{}个要点", "本節的{}個要點"),
    "paragraph": ("本段的{}个要点", "本段的{}個要點"),
    "following": ("其后的{}个要点", "其後的{}個要點"),
    "count": ("{}项", "{}項"),
    "labels": ("：各条开头的小标题", "：各條開頭的小標題"),  # (outline.LABELS_ASKED)
}
_SENTENCE_END = "。！？!?"
_PART_END = _SENTENCE_END + "；;"
_CLAUSE_BREAK = "，,：:" + _PART_END
# The words of a clause after a heading's words that make the line the announcement of its parts
# (，主要有以下几个方面), not the aim the section serves (see also outline.MUST).
_FOLLOWING = "以下|如下|下列"
_ANNOUNCES_PARTS = re.compile(_FOLLOWING)
# A line's enclosed number (① ⑴ ⒈): it marks a point, not a heading.
_ENCLOSED_NUMBER = re.compile("[\u2460-\u249b\u3251-\u325f\u32b1-\u32bf]")
# What a heading line's last clause says where it only announces the points below (要点如下, 具体来说,
# 主要包括, 具体做到): no words to ask them by.
_ANNOUNCES_POINTS = re.compile(f"{_FOLLOWING}|具体|包括|主要有|分为|体现在|表现为")
# The most Han characters of a clause that only announces what follows (要点如下, 主要有以下几点).
_ANNOUNCE_MAX = 8
_CLAUSE_SPLIT = re.compile(f"[{_CLAUSE_BREAK}]")
# What may stand between two members of a set written in one sentence (A、B和C, 即A，B，C).
_GLUE = r"[、，,；;\s]*(?:和|与|及|以及|或)?[、，,；;\s]*"
# (members quoted one by one, “怕”“慢”“假”, are glued by the quotes that close one and open the next)
_MEMBER_GLUE = re.compile(rf"{_GLUE}|”{_GLUE}“|」{_GLUE}「|’{_GLUE}‘")
_GLUE_MAX = 3
_SEPARATOR = re.compile(r"[、，,；;]")
_CLAUSE_MARK = re.compile(r"[，,；;]")
_BLANK = "____"
# What ends the stretch of a clause that holds a name: a clause break, a bracket, a 、.
_STRETCH_END = re.compile("[" + re.escape(_CLAUSE_BREAK + "、（）()") + "]")
# A marker in front of a paragraph's first words (一、 （三） 1. ① 一是 第一，——).
_LEADING_MARK = 5

# jieba's part-of-speech classes of words that carry no content a learner recites: numerals and
# measure words, time words, localisers, pronouns, prepositions, conjunctions, particles,
# adverbs, interjections, onomatopoeia.
_FRAME_TAGS = frozenset(
    {"m", "q", "mq", "t", "tg", "f", "r", "rr", "rz", "rg", "p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv"}
    | {"d", "dg", "df", "e", "y", "o", "h", "k"}
)
_PLACE_TAG = "ns"
# jieba tags place names "ns", and a good many rare words besides (德治 26, 美化 189, 法治化 6 in its
# corpus): a place is a word it has seen this often, or one that names an administrative division.
_PLACE_FREQUENCY = 300
_DIVISIONS = ("省", "市", "县", "区", "州", "盟", "旗", "镇", "乡", "村")
_MODIFIER_TAGS = frozenset({"a", "ad", "ag", "an", "b"})  # adjectives and distinguishers (新, 关键, 初级)
# jieba's tags of verbs, and of the adjectives that act as verbs before an object (jieba tags 落实,
# 健全 "a"): one of them alone before a quoted name makes a phrase acting on the name (落实“…”).
_VERB_TAGS = frozenset({"v", "vd", "vi", "vg"})
_ACTING_TAGS = _VERB_TAGS | {"a", "ad"}
# Tags of the words that may stand with such a verb before a name it acts on: adverbs (深入, 持续)
# and the prepositions that front an object (把“三个标准”…落到实处).
_TASK_TAGS = frozenset({"d", "p"})
# The most characters of a group noun after a quoted name a task acts on (“五位一体”总体布局,
# “四位一体”社会治理格局): a noun of the name's kind; more is a clause of its own.
_GROUP_NOUN_MAX = 6
# The closed class of words that end a time frame: since, after, before, during (…以来, …期间).
_TIME_FRAMES = ("以来", "年来", "以后", "之后", "以前", "之前", "期间", "之际", "之初", "前后")
# Nouns that measure time: a numeral before one makes a length of time (三个阶段, 5个工作日), and
# the span words alone, or with an adjective, name a period (关键时期, 新时期).
_TIME_UNITS = (
    "年", "月", "日", "天", "周", "届", "季度", "年度", "世纪", "年代", "工作日", "时期", "阶段", "期间",
)  # fmt: skip
_TIME_SPANS = ("时期", "阶段", "期间")
_OPENING_QUOTES = "“‘「『\"'"
_CLOSING_QUOTES = "”’」』\"'"
# Each opening quotation mark with its closing one (ASCII quotes open and close alike), and a title's
# marks, which pair as they do: a saying's lead opens none the gap would close.
_QUOTE_PAIRS = (("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"), ("《", "》"))
# A bare number: digits or numeral characters only (2023, 十四五, 1.5%).
_NUMBER = re.compile(r"^[\d.,%％〇零一二两三四五六七八九十百千万亿]+$")
_NUMERAL = re.compile(r"^[\d.,%％]+$|^[〇零一二两三四五六七八九十百千万亿几数多]+$")


@dataclass(frozen=True)
class Heading:
    """A heading of the document: its paragraph, its rank (lower is outer) and its words."""

    index: int  # into the paragraph list
    rank: float
    label: str  # the marker as written (二、 （三）), or ''
    item: str  # the heading's words as written
    place: str = ""  # the heading as a part of a path: marker and words, short (see heading)
    piece: bool = False  # it heads a piece of a compilation (see _with_piece_headings)


def heading(index: int, rank: float, label: str, item: str, whole: str = "") -> Heading:
    """A heading; its place in a path is `whole`, the heading as written, when given (a Markdown
    heading's words in brackets or after a colon say where the card stands, 3. 本质要求：9 条)."""
    return Heading(index, rank, label, item, clipped(whole or label + item, PLACE_MAX))


def compose_cards(
    cards: Sequence[Card],
    paragraphs: list[Paragraph],
    title: str,
    made_by: Mapping[int, str],
    runs: Sequence[outline.Enumeration] | None = None,
) -> list[Card]:
    """The cards as the learner will see them (see the module docstring).

    `cards` are written in the document's characters, `title` too (the words this module adds,
    PHRASES, follow the document's script); `made_by` names the finder of each card, by id() of
    the card: outline, parallel, series, terms or phrases; `runs` the paragraphs' numbered runs
    as the outline finder found them (see find_headings).
    """
    document = _Document(paragraphs, title, runs)
    composed = []
    asked: dict[str, list[list[tuple[int, int]]]] = {}  # kept cloze cards: text without marks -> gaps
    for card in cards:
        made = document.compose(card, made_by.get(id(card), ""))
        if made is None:
            continue
        if made.type == "cloze":
            text, gaps = _gap_spans(made.text)
            if any(_same_gaps(text, gaps, other) for other in asked.get(text, ())):
                continue
            asked.setdefault(text, []).append(gaps)
        composed.append(made)
    # (after composing: a series that became per-member gaps is no list to drop, and the list kept is
    # one composing kept)
    kept = _series_asked_once(_without_part_cards(_without_quoting_lists(composed)))
    # (the sections are final only once parts.py has filed the cards compose left without one: the
    # caller runs heading_words_asked_once and filed_above_its_gaps then)
    cued = _gaps_with_cues(kept, document.sentence_before, document.sentence_after)
    return [document.with_question(card) for card in cued]


def _asked_by(gap: str, item: str) -> bool:
    """Whether a list's `item` asks what a `gap` does (both content_chars): it holds the gap's words, and
    the gap is at least SAME_GAP of it. Not a gap that says more (政治功能强，是根本 beside 政治功能强: which
    of the four is 根本 is asked nowhere else)."""
    return gap in item and len(gap) >= SAME_GAP * len(item)


def heading_words_asked_once(
    cards: list[Card], marked: Mapping[int, Collection[str]] | None = None
) -> list[Card]:
    """The cloze cards without the gaps that hide words of their own part's heading (the last part of their
    section, see _hides_heading) when a list card asks that heading as an item (a list of the document's
    parts, of a section's points) that holds the gap's words (see _asked_by): the front shows the heading,
    and the list asks its words; a card that would be left without gaps goes when it says little more
    than the heading (二是深化“{{c1::三治融合}}”。 under 三、深化“三治融合” beside 本文的4个部分 asking
    深化“三治融合”), and stays as it was when it describes the heading (see _own_han). Run once every
    section is set, a document's heading's (compose) or a part's head (parts.py), and before
    filed_above_its_gaps, which would move the card from the heading it reads. A gap the author marked
    in its line (bold, ==highlight==: `marked`, see phrases.marked_formulations) stays: the learner set
    it apart to recite it in its sentence, whatever list asks the heading it names; the card goes above
    that heading (filed_above_its_gaps)."""
    items = [
        content_chars(item)
        for card in cards
        if card.type == "list" and len(card.items) >= 2
        for item in card.items
    ]
    kept = []
    for card in cards:
        if card.type == "cloze" and card.origin and card.origin.section:
            heading = without_list_mark(card.origin.section.split(PATH_JOIN)[-1]).rstrip("…")
            words = content_chars(heading)
            listed = [item for item in items if words and item.startswith(words)]
            if listed:
                opened = {  # (a member of a series stays with its run: the card keeps a set together)
                    gap.start
                    for run in _series_runs(card.text)
                    if len(run) == 1
                    for gap in run
                    if not phrases.is_marked(gap.answer, (marked or {}).get(card.origin.line or 0, ()))
                    if _hides_heading(replace(card, text=f"{{{{c1::{gap.answer}}}}}"), heading)
                    and any(_asked_by(content_chars(gap.answer), item) for item in listed)
                }
                if opened and _opened(card, opened) is None and _own_han(card, heading) < _DESCRIPTION_MIN:
                    continue
        kept.append(card)
    return kept


# Han characters a card says of its own beside a heading it asks (某某攻坚：{{c1::…}} asked the other way
# round, the name from its description), which a card of the heading's words alone does not
# (二是深化“{{c1::三治融合}}”。, “{{c1::五个注重}}”是啥？)
_DESCRIPTION_MIN = 8
_NON_WORD = re.compile(r"\W+")  # (what parts the runs of a heading's words)


def _own_han(card: Card, heading: str) -> int:
    """The Han characters of a cloze card's text outside its gaps and the words of `heading` (each run
    of its words between punctuation, wherever the text shows it): what the card says beside the
    heading. A card whose gaps all hide the heading, which the list of the parts asks, still asks the
    heading from its description when it has one (the card stays, gap closed, and goes above the
    heading, see filed_above_its_gaps); a card of the heading's words and a little glue goes."""
    plain, asked, at = [], [], 0
    for match in CLOZE.finditer(card.text):
        plain.append(card.text[at : match.start()])
        asked.extend([False] * (match.start() - at))
        plain.append(match.group(2))
        asked.extend([True] * len(match.group(2)))
        at = match.end()
    plain.append(card.text[at:])
    asked.extend([False] * (len(card.text) - at))
    shown = simplified("".join(plain))
    for piece in filter(None, _NON_WORD.split(simplified(heading))):
        at = shown.find(piece)
        while at >= 0:
            asked[at : at + len(piece)] = [True] * len(piece)
            at = shown.find(piece, at + len(piece))
    return han_len("".join(char for char, gone in zip(shown, asked, strict=True) if not gone))


def filed_above_its_gaps(card: Card) -> Card:
    """`card` under the part of its section above the outermost one that shows a gap of its (see
    _hides_heading), or under none: Anki's front shows the section, and would give the answer away.
    Read on the card as it is shown, its gaps' cues in place (党的领导是{{c1::…}} under 三、党的领导
    asks nothing the heading shows), and on its section's parts as the learner reads them, clipped.
    The one pass that keeps a gap from showing its own section, whoever filed the card there: a
    heading's path (compose), a part's head or a paper's question (parts.py). A list card goes
    above a part that spells out its members (see _shows_series). Run once every section is set."""
    if card.origin is None or not card.origin.section:
        return card
    parts = card.origin.section.split(PATH_JOIN)
    if card.type == "list":
        shown = next((at for at, part in enumerate(parts) if _shows_series(part, card.items)), None)
        if shown is not None:
            card.origin = Origin(card.origin.line, PATH_JOIN.join(parts[:shown]) or None)
        return card
    if card.type != "cloze":
        return card
    # (the outermost, not only a last part: the front shows the whole path, and parts.py files a part's
    # head under a heading that may show the gap)
    shown = next(
        (at for at, part in enumerate(parts) if _hides_heading(card, without_list_mark(part).rstrip("…"))),
        None,
    )
    if shown is not None:
        card.origin = Origin(card.origin.line, PATH_JOIN.join(parts[:shown]) or None)
    return card


def _shows_series(heading: str, items: Sequence[str]) -> bool:
    """Whether `heading` (a part of a list card's section) spells out the card's members, in their
    order and side by side (二、立意要做到“准、深、新” over a card asking 准, 深, 新): the front would
    show every answer. A heading that names one member, or the set by its count, shows none of them."""
    said = [content_chars(simplified(item)) for item in items]
    return len(said) >= 2 and all(said) and "".join(said) in content_chars(simplified(heading))


def one_note_per_sentence(cards: list[Card]) -> list[Card]:
    """The cloze cards of one sentence as one note: cards of the same line and section whose texts,
    read without their gaps, are one inside the other (a card may show less of the sentence, cut with
    ……) and whose gaps do not overlap are written as the longest text with all their gaps, numbered in
    order (a gap two cards ask alike is asked once). A series of the sentence, another series, the
    concept it names: the learner reads the sentence once and recites each in its place, where several
    notes would show it again and again. Cards whose gaps overlap (members beside the formulation
    recited whole, see _series_asked_once) stay apart: one note cannot hide both. The note keeps the
    id of its first card; its extras and tags are the cards'."""
    cards = _lumps_of_asked_members_opened(_listed_members_opened(cards))
    by_origin: dict[tuple[int | None, str | None], list[_SentenceNote]] = {}
    for card in cards:
        note = _SentenceNote.of(card) if card.type == "cloze" and card.origin else None
        if note is not None:
            by_origin.setdefault((card.origin.line, card.origin.section), []).append(note)
    taken: set[int] = set()  # id() of the cards another note took
    for notes in by_origin.values():
        joined = True
        while joined:  # (a note that grew may now hold one it did not)
            joined = False
            for at, note in enumerate(notes):
                for other in notes[at + 1 :]:
                    if id(note.card) not in taken and id(other.card) not in taken and note.take(other):
                        taken.add(id(other.card))
                        joined = True
    for notes in by_origin.values():
        for note in notes:
            if note.cards > 1 and id(note.card) not in taken:
                note.written()
    return [card for card in cards if id(card) not in taken]


def _lumps_of_asked_members_opened(cards: list[Card]) -> list[Card]:
    """Open the gap of a cloze card that hides, in one lump, exactly what two gaps or more of another
    card of its sentence (same line and section, see _SentenceNote._joined) hide member by member:
    the same place, no word more than theirs, only marks between them (做到{{c1::学有所悟、查有所获}}
    beside 做到{{c1::学有所悟}}、{{c2::查有所获}}), where another gap of the document asks those words
    whole too (the formulation said again, in the summing-up or another part): the lump asks nothing
    that gap and the members do not, where it kept the two cards apart (their gaps overlap); opened,
    the cards meet as one note. The formulation's one lump in the document stays: it is the 提法 to
    recite whole beside its members, which one note cannot ask both. A lump with a word more (一体推进
    before the members) is a formulation of its own and stays; a card left without gaps goes."""
    by_origin: dict[tuple[int | None, str | None], list[tuple[Card, _SentenceNote]]] = {}
    for card in cards:
        note = _SentenceNote.of(card) if card.type == "cloze" and card.origin else None
        if note is not None:
            by_origin.setdefault((card.origin.line, card.origin.section), []).append((card, note))
    lumps: set[tuple[int, int]] = set()  # (id() of a card, the place of a lump's gap in its text)
    for notes in by_origin.values():
        for card, note in notes:
            for _, other in notes:
                if other is not note:
                    starts = [match.start() for match in CLOZE.finditer(card.text)]
                    lumps.update((id(card), starts[at]) for at in _lumps_over_members(note, other))
    asked = [  # every gap of the document: (id() of its card, its place, its answer)
        (id(card), gap.start, gap.answer)
        for card in cards
        if card.type == "cloze"
        for gap in _gaps(card.text)
    ]
    opened: dict[int, set[int]] = {}  # id() of a card -> the places (Gap.start) of its gaps to open
    for card_id, start, said in asked:
        if (card_id, start) in lumps and any(
            (other_id, other_start) != (card_id, start)
            and other_start not in opened.get(other_id, ())
            and _asks_whole(other_words, said)
            for other_id, other_start, other_words in asked
        ):
            opened.setdefault(card_id, set()).add(start)
    kept = []
    for card in cards:
        made = _opened(card, opened[id(card)]) if id(card) in opened else card
        if made is not None:
            kept.append(made)
    return kept


def _asks_whole(answer: str, words: str) -> bool:
    """Whether a gap's `answer` asks the formulation `words` (another gap's answer) whole: it holds
    them, they are most of it (three fifths or more: a clause around them asks another thing), and it
    is no longer series (学有所悟、查有所获、改有所进 is a formulation of its own, not 学有所悟、查有所获)."""
    answer_chars, words_chars = content_chars(answer), content_chars(words)
    return (
        bool(words_chars)
        and words_chars in answer_chars
        and 5 * len(words_chars) >= 3 * len(answer_chars)
        and len(_SERIES_MARKS.findall(answer)) <= len(_SERIES_MARKS.findall(words))
    )


# The marks between a series' members, counted to tell a longer series from the formulation it holds
_SERIES_MARKS = re.compile(r"[、，,；;]")


def _listed_members_opened(cards: list[Card]) -> list[Card]:
    """Open the gaps of a cloze card that ask, one gap each, two members or more of a list card of its
    section, every one of them in the list's order (第一，{{c1::带头学习}}，…；第二，{{c2::带头担当}}，…
    beside the list of 带头学习, 带头担当): the list asks that set already, by its lead. Not when the card
    asks some of them only (a summing-up that words one member otherwise asks another set), nor a
    series of the card that holds a member the list lacks (the list asks a part of it: the card asks
    it whole), nor beside a list whose prompt shows its members (it asks nothing). The card's other
    gaps stay, the members now its cues; a card left without gaps, or with trivia gaps only (a year, a
    count: see is_trivia), goes."""
    listed: dict[str | None, list[list[str]]] = {}
    for card in cards:
        if card.type == "list" and card.origin and len(card.items) >= 2:
            items = [content_chars(item) for item in card.items]
            if not any(item in content_chars(card.prompt) for item in items):
                listed.setdefault(card.origin.section, []).append(items)
    kept = []
    for card in cards:
        made: Card | None = card
        if card.type == "cloze" and card.origin and card.origin.section in listed:
            for items in listed[card.origin.section]:
                asked = [
                    gap
                    for run in _word_series(card.text)
                    if all(content_chars(gap.answer) in items for gap in run)
                    for gap in run
                ]
                places = [items.index(content_chars(gap.answer)) for gap in asked]
                if len(set(places)) == len(items) and places == sorted(places):
                    made = _opened(card, {gap.start for gap in asked})
                    if made is not None and all(is_trivia(gap.answer) for gap in _gaps(made.text)):
                        made = None  # (a year or a count left alone asks nothing the list does not)
                    break
        if made is not None:
            kept.append(made)
    return kept


def _word_series(text: str) -> list[list[_Gap]]:
    """The gaps of a cloze text in series: gaps with only 、 or a joiner between them (and quotation
    marks) make one; a clause mark parts them."""
    runs: list[list[_Gap]] = []
    for gap in _gaps(text):
        between = text[runs[-1][-1].end : gap.start].strip(_OPENING_QUOTES + _CLOSING_QUOTES) if runs else ""
        if runs and _JOINED_ON.fullmatch(between):
            runs[-1].append(gap)
        else:
            runs.append([gap])
    return runs


def _lumps_over_members(note: _SentenceNote, other: _SentenceNote) -> list[int]:
    """Which gaps of `note` (their places in its text) hide exactly the words of two gaps or more of
    `other`, a card of the same sentence, and nothing more: no word outside those gaps, no part of a gap."""
    joined = note._joined(other)
    if joined is None:
        return []
    (_, plain, _), mine_at, theirs_at = joined
    theirs = [(start + theirs_at, end + theirs_at) for start, end, *_ in other.gaps]
    lumps = []
    for at, (start, end, *_) in enumerate(note.gaps):
        start, end = start + mine_at, end + mine_at
        inside = [(s, e) for s, e in theirs if s < end and start < e]
        if (
            len(inside) >= 2
            and all(start <= s and e <= end for s, e in inside)
            and content_chars(plain[start:end]) == content_chars("".join(plain[s:e] for s, e in inside))
        ):
            lumps.append(at)
    return lumps


# How many characters two cards of one sentence, each cut with ……, must show alike to be read as one
# sentence: a clause, not a word two sentences of a line may share.
_SHARED_MIN = 8


@dataclass
class _SentenceNote:
    """A cloze card's text without its gaps (the ellipses that cut it set apart) and its gaps, as
    (start, end in that text, answer, hint, key): `key`, (which of the cards taken, its cloze number),
    tells the gaps that share one cloze number."""

    card: Card
    before: str
    plain: str
    after: str
    gaps: list[tuple[int, int, str, str, tuple[int, int]]]
    cards: int = 1

    @classmethod
    def of(cls, card: Card) -> _SentenceNote | None:
        plain, gaps, at = [], [], 0
        for match in CLOZE.finditer(card.text):
            plain.append(card.text[at : match.start()])
            start = sum(map(len, plain))
            answer = match.group(2)
            plain.append(answer)
            gaps.append((start, start + len(answer), answer, match.group(3) or "", (0, int(match.group(1)))))
            at = match.end()
        plain.append(card.text[at:])
        whole = "".join(plain)
        core = whole.strip("…")
        if not gaps or not core:
            return None
        lead = len(whole) - len(whole.lstrip("…"))
        shifted = [(start - lead, end - lead, answer, hint, key) for start, end, answer, hint, key in gaps]
        if any(start < 0 or end > len(core) for start, end, *_ in shifted):
            return None  # (a gap over the ellipsis itself)
        return cls(card, whole[:lead], core, whole[lead + len(core) :], shifted)

    def take(self, other: _SentenceNote) -> bool:
        """Take `other`'s gaps when its text and this one are one inside the other and no gaps overlap."""
        joined = self._joined(other)
        if joined is None:
            return False
        (before, plain, after), mine_at, theirs_at = joined
        if _cuts_a_phrase_shown_whole(plain, self, mine_at, other, theirs_at):
            return False
        mine = [(start + mine_at, end + mine_at, *rest) for start, end, *rest in self.gaps]
        spans = {(start, end) for start, end, *_ in mine}
        theirs = []
        for start, end, answer, hint, (card, number) in other.gaps:
            if (start + theirs_at, end + theirs_at) in spans:
                continue  # (the same gap: asked once)
            if any(start + theirs_at < e and s < end + theirs_at for s, e in spans):
                return False
            theirs.append((start + theirs_at, end + theirs_at, answer, hint, (self.cards + card, number)))
        self.gaps = sorted(mine + theirs)
        self.before, self.plain, self.after = before, plain, after
        self.card.extra = "\n".join(dict.fromkeys(x for x in (self.card.extra, other.card.extra) if x))
        self.card.tags = list(dict.fromkeys([*self.card.tags, *other.card.tags]))
        self.cards += other.cards
        return True

    def _joined(self, other: _SentenceNote) -> tuple[tuple[str, str, str], int, int] | None:
        """The text both cards are part of (before, plain, after) and where each one's plain text
        stands in it: one holds the other, or one cut with …… ends where the other, cut before, begins
        (the same _SHARED_MIN characters or more), else None."""
        if other.plain in self.plain:
            return (self.before, self.plain, self.after), 0, self.plain.find(other.plain)
        if self.plain in other.plain:
            return (other.before, other.plain, other.after), other.plain.find(self.plain), 0
        for first, second in ((self, other), (other, self)):
            if not (first.after and second.before):
                continue
            shared = next(
                (
                    size
                    for size in range(min(len(first.plain), len(second.plain)) - 1, _SHARED_MIN - 1, -1)
                    if first.plain.endswith(second.plain[:size])
                ),
                0,
            )
            plain = first.plain + second.plain[shared:]
            if shared and not _another_sentence(plain, first.card, second.card):
                at = len(first.plain) - shared
                spans = (0, at) if first is self else (at, 0)
                return (first.before, plain, second.after), *spans
        return None

    def written(self) -> Card:
        """The first card, its text now the sentence with every gap taken, numbered in order."""
        numbers: dict[tuple[int, int], int] = {}
        text, at = [self.before], 0
        for start, end, answer, hint, key in self.gaps:
            number = numbers.setdefault(key, len(numbers) + 1)
            text += [self.plain[at:start], f"{{{{c{number}::{answer}{f'::{hint}' if hint else ''}}}}}"]
            at = end
        text += [self.plain[at:], self.after]
        self.card.text = "".join(text)
        # (the back need not show again the whole sentence the front now shows)
        if not (self.before or self.after):
            said = content_chars(self.plain)
            self.card.extra = "\n".join(x for x in self.card.extra.split("\n") if content_chars(x) != said)
        return self.card


def _another_sentence(plain: str, *cards: Card) -> bool:
    """Whether cards cut with …… that keep their whole sentence as their extra are of other
    sentences than the text joined from them: two sentences of a paragraph can share a clause
    (……不断增强群众获得感。不断增强群众获得感，……) and must not be read as one."""
    sentences = [content_chars(card.extra) for card in cards if card.extra]
    return bool(sentences) and not any(content_chars(plain) in sentence for sentence in sentences)


def _cuts_a_phrase_shown_whole(
    plain: str, one: _SentenceNote, one_at: int, other: _SentenceNote, other_at: int
) -> bool:
    """Whether a term one card asks alone (its only gap) is cut out of a phrase (a Han character right
    before and right after it: 中央{{八项规定}}精神, 的{{十件民生}}实事) that the other card shows whole:
    the joined note would show the phrase only cut. A series' members stand in their phrase too
    (其他{{党派}}、{{团体}}和{{人士}}的): they are asked together, as a series, and may be joined."""
    for note, at, shower, shower_at in ((one, one_at, other, other_at), (other, other_at, one, one_at)):
        asked = Counter(key[0] for *_, key in note.gaps)  # gaps of each card the note took
        for start, end, *_, key in note.gaps:
            if asked[key[0]] > 1:
                continue
            start, end = start + at, end + at
            inside = shower_at < start and end < shower_at + len(shower.plain)
            if inside and _HAN_CHAR.match(plain[start - 1]) and _HAN_CHAR.match(plain[end]):
                return True
    return False


_HAN_CHAR = re.compile("[\u4e00-\u9fff]")


# The count a list prompt ends with: （4项）, （“四定”，4项）
_COUNT_END = re.compile(r"（[^（）]*\d+[项項]）$")


@dataclass(frozen=True)
class _Gap:
    """One cloze of a cloze card: its number, answer and where its marks stand in the text."""

    number: int
    answer: str
    start: int
    end: int


def _gaps(text: str) -> list[_Gap]:
    return [_Gap(int(m.group(1)), m.group(2), m.start(), m.end()) for m in CLOZE.finditer(text)]


def _series_runs(text: str) -> list[list[_Gap]]:
    """The gaps of a cloze text in runs: gaps side by side with only a series mark, a joiner or quotes
    between them (“{{c1::一窗受理}}、{{c2::集成服务}}、{{c3::一次办结}}”) make one run."""
    runs: list[list[_Gap]] = []
    for gap in _gaps(text):
        if runs and _MEMBER_GLUE.fullmatch(
            text[runs[-1][-1].end : gap.start].strip(_OPENING_QUOTES + _CLOSING_QUOTES)
        ):
            runs[-1].append(gap)
        else:
            runs.append([gap])
    return runs


def _series_members(answer: str) -> list[str]:
    """The members of a gap that holds a series of words (中间大、两头小); [] for a gap of one member.
    A clause after the series (尊重自然、顺应自然、保护自然，是…要求) stays with the last member."""
    members = [m for m in answer.strip(_OPENING_QUOTES + _CLOSING_QUOTES).split("、") if m.strip()]
    return members if len(members) >= 2 else []


def _opened(card: Card, opened: set[int]) -> Card | None:
    """Write the card's gaps at the `opened` places (Gap.start) as plain text and renumber the rest in
    order, changing the card in place; returns the card, or None when no gap is left (a card without
    a gap asks nothing)."""
    text = open_clozes(card.text, lambda match: match.start() in opened)
    if text is None:
        return None
    card.text = text
    return card


def _series_asked_once(cards: list[Card]) -> list[Card]:
    """One card per series of a line. A series asked member by member on one card and in fewer gaps on
    another card of the same line (要{{c1::加强基层党组织建设}}、{{c2::完善社区服务设施}}… beside
    {{c1::加强基层党组织建设、完善社区服务设施…}}), or half of it beside the whole
    (“中间大、{{c1::两头小}}” beside “{{c1::中间大、两头小}}”), is recited twice. Member by member stays, its
    members being recall units of their own, and the other card's one gap over a series of words is opened
    (a card left without gaps goes); the whole stays beside a card whose one gap hides one member of it (“中间大、{{c1::两头小}}”),
    which goes. A formulation recited whole (see _opens_as_word_lump) keeps both cards: its members are items to
    recall and its gap the 提法, and one card cannot ask both. A gap over a plain series and the rest of its
    clause (see _plain_lumps) is opened too beside the members, and beside a list of the line that asks them."""
    runs = {
        at: _series_runs(card.text) for at, card in enumerate(cards) if card.type == "cloze" and card.origin
    }
    opened: dict[int, set[int]] = {}  # card place -> the places (Gap.start) of its gaps to open
    for at, mine in runs.items():
        line = cards[at].origin.line
        one_gap_card = len(_gaps(cards[at].text)) == 1  # (a card of other gaps holds a set together)
        for other_at, theirs in runs.items():
            if other_at == at or cards[other_at].origin.line != line:
                continue
            for run in mine:
                for fewer in _fewer_gaps_over(run, theirs):
                    if _opens_as_word_lump(cards[other_at].text, fewer, [gap.answer for gap in run]):
                        opened.setdefault(other_at, set()).update(gap.start for gap in fewer)
                    # (else a formulation recited whole: its gaps and its members both stay)
                if len(run) >= 2:  # (a plain series asked again with more of its sentence)
                    shown = content_chars(CLOZE.sub(r"\2", cards[at].text))
                    for lump in _plain_lumps([gap.answer for gap in run], cards[other_at].text, shown):
                        opened.setdefault(other_at, set()).add(lump.start)
                if (
                    one_gap_card
                    and len(run) == 1
                    and any(_part_of(run, gap) for other_run in theirs for gap in other_run)
                ):
                    opened.setdefault(at, set()).update(gap.start for gap in run)
    for listed in cards:  # (a list of the line asks the members: the same, a lump with no more words too)
        if listed.type != "list" or not listed.origin or len(listed.items) < 2:
            continue
        for at in runs:
            if cards[at].origin.line == listed.origin.line:
                shown = content_chars(listed.prompt)
                for lump in _plain_lumps(listed.items, cards[at].text, shown, bare=True):
                    opened.setdefault(at, set()).add(lump.start)
    kept = []
    for at, card in enumerate(cards):
        made = _opened(card, opened[at]) if at in opened else card
        if made is not None:
            kept.append(made)
    return kept


def _opens_as_word_lump(text: str, fewer: list[_Gap], members: list[str]) -> bool:
    """Whether `fewer` is one gap over a series of words (A、B、C: members of WORD_MEMBER_MAX characters at
    most; longer ones are phrases, 坚持“留改拆”并举、以保留利用提升为主) that is no formulation recited whole.
    A formulation is: clauses (发展是第一要务，人才是第一资源，创新是第一动力, also when split in uneven
    gaps), a series in quotation marks of its own (实行“月调度、季通报、年考核”), a formulaic one
    (phrases.formulaic)."""
    if len(fewer) != 1 or any(han_len(member) > WORD_MEMBER_MAX for member in members):
        return False
    gap = fewer[0]
    return not (_CLAUSE_MARK.search(gap.answer) or _quoted(text, gap) or phrases.formulaic(members))


def _plain_lumps(members: Sequence[str], text: str, shown: str, bare: bool = False) -> list[_Gap]:
    """The gaps of a cloze card (its `text`) that hide a series another card of its line asks member by
    member (`members`: a card's gaps side by side, or a list's items) together with more of its sentence
    than a verb or a particle, where the series is plain: words (WORD_MEMBER_MAX characters at most,
    nouns or phrases of differing shape: not phrases.formulaic), whole (no member of it outside those
    asked: 构建市、区、街道、社区 beside a card asking 街道、社区), not in quotation marks of its own, the
    object of what the gap says (not its subject, 教育、医疗、养老等短板仍然突出), in no clauses and no
    judgement (是, 在于). The other card shows those other words (`shown`, content_chars of its text or
    its prompt: a gap of another sentence of the line says what that card does not); asked in one gap
    again, the series is recited twice and the rest is no formulation of its own (推动党组织向{{c1::网格}}、
    {{c2::小区}}、{{c3::楼栋}}延伸 beside {{c1::推动党组织向网格、小区、楼栋延伸}})."""
    words_of = [content_chars(member) for member in members]
    series = "".join(words_of)
    if (
        len(members) < 2
        or phrases.formulaic(words_of)
        or _same_shape(words_of)
        or any(han_len(member) > WORD_MEMBER_MAX or _QUOTE_MARK.search(member) for member in members)
    ):
        return []
    found = []
    for gap in _gaps(text):
        words = content_chars(gap.answer)
        at = words.find(series)
        before, after = words[:at], words[at + len(series) :]
        if (
            at >= 0
            and (bare or len(words) - len(series) > _LUMP_EXTRA)
            and before in shown
            and after in shown
            and _whole_series(gap.answer, members)
            and _ends_the_gap(gap.answer, after, len(members))
            and "、" in gap.answer
            and not _CLAUSE_MARK.search(gap.answer)
            and not _COPULA.search(words)
            and not _judged_before(text, gap)
            and not _quoted(text, gap)
            and not _series_quoted(gap.answer, members[0])
        ):
            found.append(gap)
    return found


# What makes a clause a judgement (X是Y; 关键在于…): its gap is a statement to recite, not a series.
# (Any 是: each of _COPULAS holds it.)
_COPULA = re.compile(f"是|{_LIES_IN}")
# What ends the clause before a gap; a colon does not: 表述是：{{c1::…}} says what the 表述 is.
_CLAUSE_BEFORE = re.compile(f"[{re.escape(_PART_END)}，,]")


def _judged_before(text: str, gap: _Gap) -> bool:
    """Whether the gap is what its clause judges, its copula before it (二十大报告的表述是：{{c1::扎实推动
    乡村产业、人才、文化、生态、组织振兴}}): the gap is a statement to recite, as one holding 是 is."""
    lead = _CLAUSE_BEFORE.split(CLOZE.sub(r"\2", text[: gap.start]))[-1]
    return bool(_COPULA.search(lead))


_QUOTE_MARK = re.compile(f"[{_OPENING_QUOTES}{_CLOSING_QUOTES}]")


# A name in quotation marks that closes a gap (…、…、…“三张清单”).
_QUOTED_END = re.compile(f"[{_OPENING_QUOTES}]([^{_CLOSING_QUOTES}]+)[{_CLOSING_QUOTES}]$")


def _ends_the_gap(answer: str, after: str, count: int) -> bool:
    """Whether what a gap says after its series of `count` members (`after`, content_chars) is a word or
    two (a verb's end, a particle: 延伸, 的扶持) or the set's name in quotation marks, which counts its
    members (建立问题清单、任务清单、责任清单“三张清单”; not a 提法 of its own, 社保、医保、公积金“一件事一次办”):
    the series is the object of the gap's clause, not its subject."""
    named = _QUOTED_END.search(answer)
    return len(after) <= _LUMP_EXTRA or bool(
        named
        and content_chars(named.group(1)) == after
        and any(numeral_value(found) == count for found in _COUNT_IN_NAME.findall(after))
    )


# The count in a set's name (三张清单, “四级联动”, 3个清单).
_COUNT_IN_NAME = re.compile(r"[零〇一二两三四五六七八九十]+|\d+")


def _whole_series(answer: str, members: Sequence[str]) -> bool:
    """Whether the series of `members` stands whole in a gap's `answer`: no 、 or joiner ties another
    member to its first or its last (构建市、区、街道、社区 holds more than 街道、社区)."""
    words = [member.strip(_OPENING_QUOTES + _CLOSING_QUOTES) for member in members]
    first = answer.find(words[0])
    last = answer.find(words[-1], first + len(words[0])) if first >= 0 else -1
    if last < 0:
        return False
    end = last + len(words[-1])
    return answer[first - 1 : first] != "、" and not _JOINED_ON.match(answer, end)


# What ties one more member after a series: 、 or a joiner (和, 与, 及, 以及, 或).
_JOINED_ON = re.compile("|".join(["、", *sorted(JOINERS)]))


# (apart from phrases.recited_run, which makes cards of runs and so takes none whose members name things:
# keeping a lump beside its members costs a card, opening it loses 获得感、幸福感、安全感 recited whole)
def _same_shape(members: Sequence[str]) -> bool:
    """Whether a series is a parallel run of short members of one shape (对仗): three or more, each of
    three or four characters, all as long (强平台、抓机制、增实效; 干有方向、干有激情、干有奔头)."""
    return len(members) >= 3 and len({len(member) for member in members}) == 1 and 3 <= len(members[0]) <= 4


def _series_quoted(answer: str, first: str) -> bool:
    """Whether the series that opens with the member `first` stands in quotation marks of its own
    inside a gap's `answer` (做到“学在前、干在前、守在前”)."""
    at = answer.find(first.strip(_OPENING_QUOTES + _CLOSING_QUOTES))
    return at > 0 and answer[at - 1] in _OPENING_QUOTES


def _quoted(text: str, gap: _Gap) -> bool:
    """Whether the gap stands in quotation marks of its own (“{{c1::月调度、季通报、年考核}}”)."""
    before, after = text[: gap.start], text[gap.end :]
    return bool(before) and before[-1] in _OPENING_QUOTES and bool(after) and after[0] in _CLOSING_QUOTES


def _fewer_gaps_over(run: list[_Gap], runs: list[list[_Gap]]) -> list[list[_Gap]]:
    """The stretches of side-by-side gaps in `runs` that hide the words of `run` (two gaps or more) in
    fewer gaps: the same series asked in lumps."""
    if len(run) < 2:
        return []
    words = content_chars("".join(gap.answer for gap in run))
    found = []
    for other in runs:
        for start in range(len(other)):
            # (fewer gaps than `run`, len(run) - 1 at most: as many would ask it member by member too)
            for size in range(1, len(run)):
                stretch = other[start : start + size]
                if len(stretch) == size and _same_words(
                    content_chars("".join(g.answer for g in stretch)), words, size
                ):
                    found.append(stretch)
    return found


# The most characters a gap over a whole series may hold beside it and still ask only the series: a
# verb before it or a particle after it (明确了任务书、时间表、路线图; 有方向、有立场、有原则的).
_LUMP_EXTRA = 3


def _same_words(lump: str, words: str, gaps: int) -> bool:
    """Whether the words of a stretch of `gaps` gaps ask the series `words`: the same words, or, in one
    gap, the series with a word or two of the sentence before or after it."""
    if lump == words:
        return True
    return (
        gaps == 1
        and len(lump) - len(words) <= _LUMP_EXTRA
        and (lump.startswith(words) or lump.endswith(words))
    )


def _part_of(run: list[_Gap], gap: _Gap) -> bool:
    """Whether the gaps of `run` hide some members, not all, of the series one `gap` hides whole, in
    its order (两头小 of 中间大、两头小)."""
    asked = [content_chars(g.answer) for g in run]
    whole = [content_chars(member) for member in _series_members(gap.answer)]
    size = len(asked)
    return 0 < size < len(whole) and any(whole[i : i + size] == asked for i in range(len(whole) - size + 1))


def _gaps_with_cues(
    cards: list[Card],
    sentence_before: Callable[[Card], _Before] = lambda card: _Before(""),
    sentence_after: Callable[[Card], tuple[str, str]] = lambda card: ("", ""),
) -> list[Card]:
    """Cloze cards whose every front gives a cue. A gap that hides all but a few characters of its
    text ({{c1::作风建设永远在路上}}。) leaves the front with the heading path and [...] only: it is opened
    when another card asks the same words (a list's item, another card's gap: the learner recites them
    there; a card left without gaps goes), and otherwise gets a cue: the lead a list asks, a judgement's
    subject (see _listed_lead_shown, _judged_subject_shown), else the sentence before it in its paragraph
    or its own heading just above it (`sentence_before`, see _context_shown), else the sentence after it
    (`sentence_after`: a topic sentence the paragraph goes on to explain, see _context_after), else its
    first words as Anki's hint ([作风建设…], see _with_cues). Of two such cards asking the same words the first is kept:
    the text states a thing first and repeats it later, so the cards are weighed from the last."""
    asked: dict[str, int] = {}  # the words each card asks (content_chars) -> how many cards ask them
    lists = [_asked_words(card) for card in cards if card.type == "list"]
    gapped: dict[str, int] = {}  # of those, the words cloze cards ask -> how many cloze cards ask them
    for card in cards:
        for answer in _asked_words(card):
            asked[answer] = asked.get(answer, 0) + 1
            if card.type == "cloze":
                gapped[answer] = gapped.get(answer, 0) + 1
    made_at: dict[int, Card | None] = {}
    for at in reversed(range(len(cards))):
        card = cards[at]
        if card.type != "cloze":
            continue
        mine = _asked_words(card)
        cueless = [gap for gap in _gaps(card.text) if han_len(_front(card.text, gap.number)) < CUE_MIN]
        elsewhere = [
            gap for gap in cueless if asked[content_chars(gap.answer)] > mine.count(content_chars(gap.answer))
        ]
        for gap in elsewhere:  # (no longer asked here: a card asking them too keeps its gap)
            asked[content_chars(gap.answer)] -= 1
            gapped[content_chars(gap.answer)] -= 1
        made = _opened(card, {gap.start for gap in elsewhere}) if elsewhere else card
        if made is not None:
            made = _listed_lead_shown(made, lists)
        if made is not None:
            made = _judged_subject_shown(made)
        if made is not None:
            before = sentence_before(made)
            before_shown = not _gives_away(before.sentence, asked, gapped, lists, before.heading_words)
            if before_shown:
                # (not the card's own heading: the front's Source shows it already, and one that shares
                # no word, 〇、先记住一句话, is a worse cue than the gap's first words)
                headed = not before.heading_words and _is_listed_head(before.sentence, lists)
                text = made.text
                made = _context_shown(
                    made, before.sentence, heading=bool(before.heading_words), headed=headed
                )
                if before.heading_words and made.text != text:
                    made.text = text
                    made = _with_heading_whole(made, before.heading)
            glue, after = sentence_after(made) if _cueless_gaps(made.text) else ("", "")
            if not _gives_away(after, asked, gapped, lists):
                made = _context_after(made, glue, after)
            if before_shown and not before.heading_words:
                # (a sentence before that shares no word: only when no sentence after shares one)
                made = _context_shown(made, before.sentence, loose=True)
            if _cueless_gaps(made.text):
                mine = _asked_words(made)  # (what other cards ask: not this card's own gaps)
                others = {answer for answer, count in asked.items() if count > mine.count(answer)}
                made = _saying_lead_shown(
                    made,
                    others.union(*lists),
                    lambda lead: _gives_away(lead, asked, gapped, lists),
                )
            if made is not None and _cueless_gaps(made.text):
                mine = _asked_words(made)  # (what other cards ask: not this card's own gaps)
                others = [answer for answer, count in asked.items() if count > mine.count(answer)]
                made = _frame_shown(made, [others, *lists])
                made = _listed_lead_hinted(made, lists)
            if made is not None:
                made.text = _with_cues(made.text, [answer for answer, count in asked.items() if count])
        if made is not None and _asks_listed_lines(made.text, lists):
            made = None
        made_at[at] = made
    kept = [made_at.get(at, card) for at, card in enumerate(cards)]
    return [card for card in kept if card is not None]


# An ordinal that may open a listed line before its item (一要在…, 第二，…, 其三是…, 首先要…).
_ORDINAL_LEAD = re.compile(
    r"(?:[一二三四五六七八九十]+|第[一二三四五六七八九十]+|其[一二三四五六七八九十]|首先|其次|再次|最后)[要是]?"
)


def _asks_listed_lines(text: str, lists: Sequence[list[str]]) -> bool:
    """Whether a cloze card asks nothing a list card does not: each of its fronts shows fewer than
    CUE_MIN Han characters besides Anki's hint, and each gap's answer is an item of a list card, bare
    or after an ordinal (一要在学深悟透上下功夫 of 在学深悟透上下功夫). Such a front gives the answer's first
    words and asks the rest from nothing, while the list card asks the item from its lead. (A gap that
    goes on past the item, 规划先行，补齐设施, asks more than the list and stays.)"""
    gaps = _gaps(text)
    if not gaps or any(han_len(_front(text, gap.number, hints=False)) >= CUE_MIN for gap in gaps):
        return False
    listed = {content_chars(item) for items in lists for item in items if han_len(item) >= CUE_MIN}
    for gap in gaps:
        answer = content_chars(gap.answer)
        lead = _ORDINAL_LEAD.match(answer)
        if answer not in listed and not (lead and answer[lead.end() :] in listed):
            return False
    return True


def _gives_away(
    sentence: str,
    asked: Mapping[str, int],
    gapped: Mapping[str, int],
    lists: Sequence[list[str]],
    heading_words: str = "",
) -> bool:
    """Whether a sentence shown as a card's context says what another card asks (`asked`: the words the
    cards ask, content_chars -> how many ask them; `gapped`: those cloze cards ask), and so gives its
    answer away: a gap of a cloze card, or a short item of a list (a member word, 自治 of 自治、法治、德治).
    A list's item of CUE_GAP_MIN characters or more (a part's head, 要在稳字上下功夫) gives nothing away:
    the list asks its whole set from its prompt, and one head seen elsewhere answers none of it; but two
    items of one list (`lists`, their items as content_chars) say part of that set (……全党同志务必不忘初心、
    牢记使命，务必谦虚谨慎、艰苦奋斗，… where a list asks the three). Nor does the card's own heading asked as a
    list's item (`heading_words`), which its section shows already."""
    shown = content_chars(sentence)
    if any(sum(item in shown for item in items if item) >= 2 for items in lists):
        return True
    return any(
        answer in shown
        and (gapped.get(answer, 0) > 0 or len(answer) < CUE_GAP_MIN)
        and not _heading_asked(answer, heading_words)
        for answer, count in asked.items()
        if count and answer
    )


def _listed_lead_shown(card: Card, lists: Sequence[list[str]]) -> Card | None:
    """The card with the leading clause of each gap with no cue on its front written out as its cue, when a
    list of another line asks that clause as an item (a head whose first clause a list of the document's
    parts asks: 第一，{{c1::坚持整体协同，打破部门之间的数据壁垒}}。 beside 坚持整体协同/坚持数据赋能/…): the
    learner recites it there and lacks the rest, which stays the gap (see _listed_lead for when it does
    not). A list whose every item the card's text holds asks the card's own series, whose formulation
    the gap may ask whole (see _series_asked_once). `lists`: each list card's items (content_chars)."""
    elsewhere = _listed_elsewhere(card.text, lists)
    return _leads_shown(
        card, {gap.start: _listed_lead(gap.answer, elsewhere) for gap in _cueless_gaps(card.text)}
    )


def _listed_elsewhere(text: str, lists: Sequence[list[str]]) -> set[str]:
    """The items (content_chars) of the lists that ask another series than the card's own (a list whose
    every item the card's text holds asks the card's series: see _series_asked_once)."""
    plain = content_chars(CLOZE.sub(r"\2", text))
    return {item for items in lists if not all(i in plain for i in items) for item in items}


def _listed_lead_hinted(card: Card, lists: Sequence[list[str]]) -> Card:
    """The card with the leading clause of each gap still without a cue as that gap's hint, when a list of
    another line asks that clause as an item and the gap stays whole (see _listed_lead: its rest is short,
    参考答案's 规划先行，补齐设施 beside a list of 规划先行, 多元运营, …): {{c1::规划先行，补齐设施::规划先行…}}, not
    [规划…], which asks the whole head from two characters. The list asks the clause already, so the hint
    gives nothing away the learner does not recite there. Not a gap whose clauses mirror each other (the
    lead would give the rest away by pattern: 基层强则国家强，基层安则天下安), one whose rest is a contrast, a
    stock clause or trivia (see _poor_rest: the head asks more), nor one with an exam blank."""
    text = card.text
    elsewhere = _listed_elsewhere(text, lists)
    leads: dict[int, int] = {}  # (a gap's start: the length of its listed clauses, without the break)
    for gap in _cueless_gaps(text):
        answer = gap.answer
        if _EXAM_BLANK.search(answer) or _parallel_clauses(answer):
            continue
        lead = _listed_clauses(answer, elsewhere)
        if lead and not (_poor_rest(answer[lead:]) or is_trivia(answer[lead:])):
            leads[gap.start] = lead - 1  # (else the head asks more: the ordinary hint, see _listed_lead)

    def hinted(match: re.Match[str]) -> str:
        lead = leads.get(match.start())
        if lead is None or match.group(3):
            return match.group(0)
        hint = match.group(2)[:lead]
        if _breaks_cloze_markup(hint):
            return match.group(0)
        return f"{{{{c{match.group(1)}::{match.group(2)}::{hint}…}}}}"

    card.text = CLOZE.sub(hinted, text)
    return card


def _judged_subject_shown(card: Card) -> Card | None:
    """The card with the subject and copula of each gap with no cue on its front that holds a judgement
    written out as its cue (数字政府建设是{{c1::推进…的重要举措}}, see _judged_subject). It runs after
    _listed_lead_shown: a gap whose lead a list asks has its cue by then."""
    return _leads_shown(card, {gap.start: _judged_subject(gap.answer) for gap in _cueless_gaps(card.text)})


def _saying_lead_shown(card: Card, asked: Collection[str], gives_away: Callable[[str], bool]) -> Card | None:
    """The card with the lead of each gap still without a cue on its front written out as its cue, when the
    gap is a saying of clauses (see _saying_lead): 老百姓的事无小事，{{c1::要把群众的难事当成自己的家事}};
    营商环境是{{c1::企业生存发展的土壤，也是一个地区的核心竞争力}}. Not a gap a clause of which a list or another
    card asks (`asked`, as content_chars: 发展是第一要务 of 发展是第一要务，人才是第一资源… beside a list of the
    three): that card asks the clauses, and the gap is their formulation, recited whole (as _frame_shown
    leaves it); nor a lead that says what another card asks (`gives_away`, see _gives_away: 尊重自然、顺应自然、
    保护自然，… beside a card that asks the three). It runs after the sentences around the card are tried (see
    _context_shown, _context_after): they keep the saying one gap."""
    leads = {}
    for gap in _cueless_gaps(card.text):
        if any(content_chars(clause) in asked for clause in _CLAUSE_SPLIT.split(gap.answer)):
            continue
        lead = _saying_lead(gap.answer, han_len(_front(card.text, gap.number, hints=False)))
        leads[gap.start] = 0 if lead and gives_away(gap.answer[:lead]) else lead
    return _leads_shown(card, leads)


# A clause that says how the text goes on, not what it is about (具体来说，; 概括起来，; 需要指出的是，): no cue.
_DISCOURSE_TURN = re.compile(
    r"^(?:具体(?:而言|来说|来看|地说)|概括(?:起来|地说)|归纳起来|总结起来|总的(?:来说|来看)|简单(?:来说|地说)"
    r"|(?:需要|必须|应当|值得)(?:指出|强调|注意|说明|一提)的是|可以说|一句话|一言以蔽之)$"
)


# A lead clause that frames the statement after it, not what it is about: a word of knowing, showing or
# judging (众所周知，; 事实证明，; 数据显示，; 我们认为，; 不可否认，), a manner of speaking (反过来说，; 简而言之，;
# 坦率地讲，; 换个角度看，), or a pointer to what was said (在这个意义上，; 上述问题，; 就此而言，).
_FRAMING_LEAD = re.compile(
    r"(?:所述|[所周]知|所见|可知|可见|证明|表明|显示|告诉我们|置疑|否认|易见|看出|认为|知道|说得好|言之|而言"
    r"|明白|懂得|看到|认识到|意识到|[来地过度](?:说|讲|看))$|[这此]|上述|前述|以上"
)
# A lead clause that sets the time or the frame of authority (今年以来，; 在省委的坚强领导下，; 新形势下，), beside
# phrases.setting: it says when or under whom, not what.
_SETTING_LEAD = re.compile(r"^(?:在|于|自|从|当).+(?:下|中|上|里|时|以来|之际|期间)$|(?:以来|之际|期间)$")
# A lead clause ending in its copula (关键在于，; 更重要的是，; 答案是，): it names no subject of the rest, which
# is the whole statement.
_ENDS_IN_COPULA = re.compile(f"(?:{'|'.join(sorted((*_COPULAS, _LIES_IN), key=len, reverse=True))})$")


def _is_setting_lead(clause: str) -> bool:
    """Whether a saying's lead clause only sets when, where or under whom the rest holds (see phrases.setting,
    _SETTING_LEAD): 新时代新征程上，; 今年以来，; 在省委的坚强领导下，."""
    return phrases.setting(clause) or bool(_SETTING_LEAD.search(simplified(clause)))


# A clause that ends in the place of one of a set (信号之二, 举措之一): it says where the text stands, not what.
_ORDINAL_END = re.compile(r"之[一二三四五六七八九十]+$")
# Of the characters a gap asks after a saying's lead, at least this share are new to the lead: a rest that
# mostly says the lead again (减税不减质量，减税不减效率 after 减税不减服务) asks a word or two the pattern leaves.
_LEAD_NEW_MIN = 1 / 2


def _saying_lead(answer: str, shown: int) -> int:
    """How many characters of a gap's `answer`, a saying of clauses, lead it as the cue the card shows out of
    the gap (`shown`: the Han characters the front shows besides the gap): the subject and copula of its
    first clause when that judges it (see _judgement: 营商环境是 of 营商环境是…的土壤，也是…), else its leading
    clauses (老百姓的事无小事， of 老百姓的事无小事，要把…当成自己的家事). The front then shows CUE_MIN Han characters
    or more, and the lead is at most JUDGED_SUBJECT_SHARE of the gap: the gap left is the formulation still
    (SAME_GAP of it), recalled from its lead as a saying is recited, its first words then the rest. 0 when
    no lead does, and when a lead cues nothing or gives the rest away:
    - a speaker's tag or a question, talk or chrome (会议指出，; 下面，), a turn of the talk (具体来说，, see
      _DISCOURSE_TURN), a pointer back or an added item (这次会议，; 此外，), or a place in a list (第一部分，;
      信号之二，, see _ORDINAL_LEAD, _ORDINAL_END);
    - a frame of the statement (众所周知，; 事实证明，; 反过来说，; 在这个意义上，, see _FRAMING_LEAD), a setting
      (新时代新征程上，; 今年以来，, see _is_setting_lead), or a clause ending in its copula (关键在于，; 更重要的是，);
    - a rest that says the lead again (减税不减服务，|减税不减质量，减税不减效率: fewer than _LEAD_NEW_MIN of its
      characters new to the lead), or a subject the rest says again (团结就是|力量，力量来自团结; 人民是A，人民是B):
      the pattern gives the rest away;
    - a lead that opens a quotation the gap would close (“民亦劳止，…”, see _QUOTE_PAIRS);
    - a rest that is a contrast, a stock clause (see _poor_rest) or trivia: it asks less than the saying;
    - one subject judged again (河湖是生态的血脉，也是城市的名片, see _judged_again): what it is said to be each
      time is its formulation, the first one most of all, and the frame its hint shows cues them all (see
      _frame_shown);
    - a gap of one clause (see _judged_subject) or with an exam blank."""
    clauses = [(m.start(), m.end()) for m in re.finditer(f"[^{re.escape(_CLAUSE_BREAK)}]+", answer)]
    if _EXAM_BLANK.search(answer) or (len(clauses) > 1 and _judged_again(answer, clauses)):
        return 0
    # (a subject clause set off by a comma, judged again: 坚持党的领导，是A，也是B)
    subject_clause = len(clauses) > 2 and answer[slice(*clauses[1])].startswith("是")
    if subject_clause and all(_JUDGED_AGAIN.match(answer, start, end) for start, end in clauses[2:]):
        return 0
    breaks = [at + 1 for at, mark in enumerate(answer) if mark in _CLAUSE_BREAK and han_len(answer[at + 1 :])]
    if not breaks:
        return 0
    most = JUDGED_SUBJECT_SHARE * han_len(answer)
    first = answer[: breaks[0] - 1]
    judged = _judgement(first) or _copula_end(first)
    subject = answer[:judged]
    for copula in sorted((*_COPULAS, _LIES_IN), key=len, reverse=True):
        if subject.endswith(copula):
            subject = subject[: -len(copula)]
            break
    subject = content_chars(subject)
    if judged and subject in content_chars(answer[breaks[0] :]):
        return 0  # (人民是…，人民是…; 团结就是力量，力量来自团结; 「江山就是人民，人民就是江山」)
    for at in (judged, *breaks) if judged else breaks:
        lead, rest = answer[:at], answer[at:]
        if not at or han_len(lead) > most:
            break
        if han_len(lead) + shown < CUE_MIN or any(
            lead.count(op) != lead.count(cl) for op, cl in _QUOTE_PAIRS
        ):
            continue  # (nor a lead that opens a quotation the gap would close: “民亦劳止，|…以绥四方”)
        lead_clauses = [clause.strip() for clause in _CLAUSE_SPLIT.split(lead) if clause.strip()]
        lead_chars, said = content_chars(lead), content_chars(rest)
        if (
            sum(char not in lead_chars for char in said) < _LEAD_NEW_MIN * len(said)
            or _poor_rest(rest)
            or is_trivia(rest)
            or _is_chrome(lead)
            or _is_talk(lead)
            or _is_tag_or_question(lead)
            or ANY_MARKER.match(lead)
            or _ADDING.match(simplified(lead))
            or _POINTING_BACK.match(simplified(lead))
            or any(_BACK_IN_CLAUSE.search(simplified(clause)) for clause in lead_clauses)
            or any(_DISCOURSE_TURN.match(simplified(clause)) for clause in lead_clauses)
            or any(_ORDINAL_LEAD.match(clause) or _ORDINAL_END.search(clause) for clause in lead_clauses)
            or any(
                _FRAMING_LEAD.search(simplified(clause)) or _is_setting_lead(clause)
                for clause in lead_clauses
            )
            or (at in breaks and bool(_ENDS_IN_COPULA.search(simplified(lead_clauses[-1]))))
        ):
            return 0
        return at
    return 0


# A heading that names the kind of material under it (五、申论可用金句, 二、易错点提醒, 五、本讲小结与课后作业),
# not what it is about, is a label: no cue for the lines under it. Its words end in one of these (after
# its number), or a word that says what the heading is about only when it stands alone (（三）答案, not
# （二）交出满意答案 or （二）规范安全生产作业).
_LABEL_ENDING = re.compile(
    r"(?:金句|易错点?(?:提醒)?|小结|课后作业|摘抄|必背|参考答案|答案解析|真题|考点|速记|例题)$"
)
_LABEL_ALONE = frozenset({"素材", "易错", "提醒", "作业", "背诵", "答案", "解析", "题目"})


def _is_label(heading: Heading) -> bool:
    """Whether a heading names the kind of material under it (see _LABEL_ENDING, _LABEL_ALONE)."""
    words = heading.item.strip().rstrip(_PART_END + "：:")
    return bool(_LABEL_ENDING.search(words)) or words in _LABEL_ALONE


@dataclass(frozen=True)
class _Before:
    """What stands just before a cloze card's text: the sentence, and when that sentence is the card's
    own heading (the heading its section ends in), that heading's words as content_chars."""

    sentence: str
    heading_words: str = ""
    heading: str = ""  # that heading whole as written (marker and words), for the card's section


def _hides_heading(card: Card, heading: str) -> bool:
    """Whether a cloze card hides words of `heading` (a part of its section's path): a gap holding the
    heading, or a gap of two Han characters or more of its whole words (驰而不息纠“{{c1::四风}}”树新风
    under 五、驰而不息纠“四风”树新风), or two gaps or more that stand in it (净化{{c1::社交圈}}、
    {{c2::生活圈}}… under 净化社交圈、生活圈、朋友圈), or a gap the heading shows with the card's own
    character beside it (坚持{{c1::发展}}和安全 under 坚持统筹发展和安全, 「{{c1::兩制}}」 under
    貫徹「一國兩制」方針). Anki's front shows the section, so the card goes under the heading above
    it (or none), where the front no longer shows its answer."""
    if card.type != "cloze":
        return False
    shown = simplified(heading)
    found = list(CLOZE.finditer(card.text))
    gaps = [simplified(gap.group(2)) for gap in found]
    if not shown:
        return False
    if sum(1 for gap in gaps if han_len(gap) >= 2 and gap in shown) >= 2:
        return True  # (the heading lists the series the card asks: 净化社交圈、生活圈、朋友圈)
    if any(shown in gap or (han_len(gap) >= 2 and _whole_words_in(gap, shown)) for gap in gaps):
        return True
    plain = CLOZE.sub(lambda gap: gap.group(2), card.text)
    return any(
        han_len(gap) >= 2 and any(beside in shown for beside in _gap_beside(gap, card.text, match, plain))
        for gap, match in zip(gaps, found, strict=True)
    )


def _gap_beside(gap: str, text: str, match: re.Match[str], plain: str) -> list[str]:
    """`gap` (a cloze's answer, simplified) with the character of the card's text before it, and with
    the one after it: where a heading shows either, it reads the answer in the card's own words."""
    start = len(CLOZE.sub(lambda other: other.group(2), text[: match.start()]))
    end = start + len(match.group(2))
    before, after = simplified(plain[start - 1 : start]), simplified(plain[end : end + 1])
    return [words for words in (before + gap if before else "", gap + after if after else "") if words]


# A word this long (in Han characters) is a set phrase of its own (齐抓共管, 因地制宜), no common word
# a heading shares by chance.
_SET_PHRASE = 4


def _whole_words_in(gap: str, text: str) -> bool:
    """Whether `gap` stands in `text` as whole words of it: two words or more (基层治理 in 做好基层治理
    工作), one the text quotes (四风 in 纠“四风”树新风), or one set phrase (齐抓共管 in 坚持齐抓共管:
    see _SET_PHRASE). Not 用网 in 运用网络, nor one common word alone (工作 in 抓好党建工作, 发展 in
    推动高质量发展): the heading shows no answer by sharing it."""
    starts = [0]
    for word in words(text):
        starts.append(starts[-1] + len(word))
    at = text.find(gap)
    while at >= 0:
        end = at + len(gap)
        if at in starts and end in starts:
            spanned = starts.index(end) - starts.index(at)
            before, after = text[at - 1 : at], text[end : end + 1]
            quoted = bool(before and after) and before in _OPENING_QUOTES and after in _CLOSING_QUOTES
            if spanned >= 2 or quoted or han_len(gap) >= _SET_PHRASE:
                return True
        at = text.find(gap, at + 1)
    return False


def _heading_before(own: Heading, sentence: str) -> _Before:
    """What stands before a card's text when that is its own heading `own`, written as `sentence`:
    nothing when the heading is a label (see _is_label), and only what the card's section does not
    show already: the front shows the section (五、常见失分点), so the card's text does not say it
    again (常见失分点。很多同学…), and of a heading the section shows the first clause of (一、提高政治
    站位 for 一、提高政治站位，深刻认识…的极端重要性), the text shows the rest."""
    if _is_label(own):
        return _Before("")
    heading_words = content_chars(own.label + own.item)
    whole = sentence.strip().rstrip("。")
    rest = _unshown_rest(sentence, own)
    if rest is None:
        return _Before(sentence, heading_words, whole)
    return _Before(rest, heading_words, whole) if han_len(rest) >= CUE_MIN else _Before("")


def _with_heading_whole(card: Card, heading: str) -> Card:
    """The card with its own heading written whole as its section's last part, where the section
    shows it clipped or in part (一、深刻认识赓续红色血脉的…, （二）以“三治”融合 of （二）以“三治”融合，
    激发基层治理活力): the heading cues the gap as the card's section, not glued in front of its text
    as a sentence of it (深刻认识…的重大意义。{{c1::…}})."""
    if card.origin is None or not card.origin.section:
        return card
    *above, _ = card.origin.section.split(PATH_JOIN)
    card.origin = Origin(card.origin.line, PATH_JOIN.join([*above, heading]))
    return card


def _unshown_rest(sentence: str, own: Heading) -> str | None:
    """What `sentence`, heading `own` as written, says after the words its section's place shows
    (its marker, then the words): '' when it says nothing more, None when it does not open with them."""
    if own.place.endswith("…"):
        return None  # (a clipped place shows part of a word: the heading stays whole before the text)
    shown = own.place
    words = sentence.strip()
    if own.label and words.startswith(own.label):
        words = words[len(own.label) :].lstrip()
    shown_words = shown[len(own.label) :].lstrip() if own.label and shown.startswith(own.label) else shown
    if not shown_words or not words.startswith(shown_words):
        return None
    rest = words[len(shown_words) :].lstrip(CLAUSE_BREAKS + " 　")
    return rest if content_chars(rest) else ""


def _heading_asked(answer: str, heading_words: str) -> bool:
    """Whether an answer another card asks is a heading's words (content_chars), as a list of the
    headings asks them: all or most of them (SAME_GAP), not a word or member inside them (不敢腐 of
    一体推进不敢腐、不能腐、不想腐, which a card of its own asks)."""
    return bool(heading_words) and answer in heading_words and len(answer) >= SAME_GAP * len(heading_words)


def _is_listed_head(sentence: str, lists: Sequence[list[str]]) -> bool:
    """Whether a sentence is, all but its marker (最后，), a part's head a list asks (an item of CUE_GAP_MIN
    characters or more, at least SAME_GAP of the sentence): the text under it says what it heads, whether
    or not the two share a word (最后，学理论要“用活”。 above 学习的目的全在于运用)."""
    plain = content_chars(sentence)
    return any(
        len(item) >= CUE_GAP_MIN and item in plain and len(item) >= SAME_GAP * len(plain)
        for items in lists
        for item in items
    )


def _context_shown(
    card: Card, before: str, heading: bool = False, headed: bool = False, loose: bool = False
) -> Card:
    """The card with `before`, the sentence that stands before its text in its paragraph, written out
    ahead of it when a gap still has no cue on its front: the gap stays whole, one gap over the
    formulation, and the learner recalls it from what the text says just before it (（四）深入实施人才强市
    战略。{{c1::人才是第一资源，创新是第一动力}}。; 首先，要坚定不移抓项目扩投资。{{c1::项目是经济发展的“牛鼻子”…}}),
    when the two share a content word (see _shares_a_word), or, sharing none (`loose`: tried after
    _context_after, as a sentence after that shares a word is the better cue), when the sentence is no talk
    about the talk itself (see _is_talk), no speaker's tag or exam question (see _is_tag_or_question), and
    no gap has a frame (see _frame_fillings: its hint is the cue): a saying sums up what its paragraph said
    just before it (地区生产总值增长5.6%…。{{c1::成绩来之不易，经验弥足珍贵}}). Not when the sentence is talk
    or meeting chrome or a label (see _is_chrome), nor when it holds a clause or member of the card's own gap (大家都知道
    一句话，叫做人民至上。{{c1::人民至上，生命至上}}: the front would show half the formulation).
    A `heading` (the card's own, just above its text: （三）打造公正透明的法治环境。{{c1::法治是最好的营商
    环境}}) is never chrome, but it too must share a word with the text: a heading that shares none
    (（二）主要做法) tells the learner nothing the Source header does not, and the gap keeps Anki's
    first-words hint instead (see _with_cues). A sentence of the paragraph that is a part's head a list
    asks (`headed`, see _is_listed_head) needs no shared word."""
    gaps = _cueless_gaps(card.text)
    if not before or not gaps or (not heading and _is_chrome(before)):
        return card
    if _holds_a_part_of_a_gap(content_chars(before), card.text):
        return card
    if headed or _shares_a_word(before, CLOZE.sub(r"\2", card.text)):
        card.text = before + card.text
    elif (
        loose
        and not heading
        and not _is_talk(before)
        and not _is_tag_or_question(before)
        and not any(_frame_fillings(gap.answer) for gap in gaps)
        and _follows_on(before, card.text)
    ):
        card.text = before + card.text  # (a frame is its own cue: see _frame_shown)
    return card


# What opens a sentence that adds a further item (此外，还要做好冬季防火工作。): it starts a topic of its own,
# and cues no saying after it with which it shares no word.
_ADDING = re.compile(r"(?:此外|另外|除此之外|同时|与此同时|另一方面|再者|还要|还应|还需|也要)")
# What opens a sentence that points back at the one before it (这既是信任，更是鞭策; 越是这样，越要…; 因此,
# 三者…), or stands in its first clause (基层治理也是如此).
_POINTING_BACK = re.compile(
    r"(?:[这此]|如此|因此|因而|所以|可见|由此|对此|总之|总而言之|[两二三四]者|前者|后者|正因|也就是说|换言之"
    r"|换句话说|说到底|归根结底)"
)
_BACK_IN_CLAUSE = re.compile(r"这样|如此|这些|这种|这一|由此|对此")
# A saying's shapes: a contrast or a progression (不是…而是…, 越…越…, 既…更…, 没有…只有…), a question of its
# own asked as A不A (好不好，…最有发言权), a clause judged after its comma (以…倒逼…，是…必由之路; …，就是要…);
# with _parallel_clauses, a judgement (see _judgement) and clauses as long as each other, a couplet.
_SAYING = re.compile(
    r"不是.+[，,](?:而|更|就|才)?是|越.+[，,]越|既.+(?:又|更|也)|没有.+[，,]只有|不在.+[，,]而在|(.)不\1"
    r"|[，,](?:就|才|正|都|也)?是"
)
# Characters too common to tie two sentences (的, 是, 要, 做…): a shared one says nothing of their topic.
_FUNCTION_CHARS = frozenset(
    "的是了在和与及不也就都要有为以把被对于而并其之这那一个上下中大小能会可得着过来去所等各们更最还很让使将"
    "从到向由给自我你他她它此些么什如若则才又再已经但却只好做"
)


# The mark an answer opens with (答：), and the question's before it (问：, 记者问：, 1.问：) in an interview or a
# policy's questions and answers.
_ANSWER_MARK = re.compile(r"答\s*[：:]")
_QUESTION_MARK = re.compile(r"(?:[（(]?[一二三四五六七八九十\d]+[、.．）)]\s*)?(?:记者)?问\s*[：:]")


def _follows_on(before: str, text: str) -> bool:
    """Whether a cloze card's text goes on from `before`, the sentence before it in its paragraph, where
    the two share no word (see _shares_a_word): the text points back at it (这既是…, 越是这样, 因此, see
    _POINTING_BACK), answers its question (落实靠什么？靠的是本领) or quotes what someone said of it
    (…系统自动共享。“最大的变化是…”), shares two content characters with it (长效之制
    before 制度管长远: its words' morphemes; one shared character ties as many unrelated sentences of
    the genre as related ones, 建 of 新建 and 建设, 作 of 工作 and 作风) or is a saying (see _SAYING, _parallel_clauses,
    _couplet), which sums up what its paragraph said just before it. Not when `before` adds a further item
    (此外，还要…, see _ADDING): it starts a topic of its own, and a saying after it need not be about it; nor
    when the gap is one more task beside it (加强治安巡逻，打击电信诈骗。做好防汛工作，提升应急能力。): the
    list's last item cues nothing of the next."""
    said = simplified(before).lstrip("…. ")
    plain = simplified(CLOZE.sub(r"\2", text)).lstrip(_OPENING_QUOTES + "…. ")
    if _ADDING.match(said):
        return False
    first = _CLAUSE_SPLIT.split(plain)[0]
    if _POINTING_BACK.match(plain) or _BACK_IN_CLAUSE.search(first):
        return True
    if said.rstrip(_CLOSING_QUOTES).endswith(("？", "?")) or text.startswith(tuple(_OPENING_QUOTES)):
        return True
    mine = {char for char in content_chars(plain) if han_len(char) and char not in _FUNCTION_CHARS}
    if len(mine.intersection(said)) >= 2:
        return True
    return any(
        _SAYING.search(simplified(gap.answer))
        or _parallel_clauses(gap.answer)
        or _couplet(gap.answer)
        or _judgement(gap.answer)
        for gap in _gaps(text)
    )


def _couplet(answer: str) -> bool:
    """Whether a gap is two or more clauses of one length, of four Han characters or more each (成绩来之不易，
    经验弥足珍贵; 基础不牢，地动山摇): a saying's couplet."""
    clauses = [han_len(part) for part in _CLAUSE_SPLIT.split(answer) if han_len(part)]
    return len(clauses) >= 2 and len(set(clauses)) == 1 and clauses[0] >= 4


# How a sentence speaks of the talk itself, not of a topic: it announces words to come or points back
# at words said (下面，我再单独讲一件事。; 除了上面这些，还有一个事，要单独拿出来说说。; 我再多说几句。).
_TALK = re.compile(
    r"[讲说谈提](?:一下|一讲|一句|几句|几点|[讲说谈])|[一几两三](?:件|个)事|(?:上面|前面)(?:这些|讲|说|提)"
    r"|[再多](?:讲|说|谈|强调)|谢谢"
)


def _is_talk(sentence: str) -> bool:
    """Whether a sentence speaks of the talk itself (see _TALK): no cue for the formulation after it,
    whatever words the two share."""
    return bool(_TALK.search(simplified(sentence)))


def _context_after(card: Card, glue: str, after: str) -> Card:
    """The card with `after`, the sentence that follows its text in its paragraph, written out after it
    when a gap still has no cue on its front (`glue`: the marks between the two the card's text left
    out, its sentence's 。 or closing quote): a gap that opens what the paragraph goes on to explain
    ({{c1::减负不是减责任}}。减负的目的是为担当者担当……) is recalled from that explanation. The same
    conditions as _context_shown's: not talk chrome, no clause or member of the card's own gap in it,
    and a content word shared with the text (what follows on another topic cues nothing); and two more,
    as what follows a formulation often says it again or says who said it: not a restatement of a gap
    (see _restates), not a speaker's tag or a question (see _is_tag_or_question)."""
    if not after or not _cueless_gaps(card.text) or _is_chrome(after) or _is_tag_or_question(after):
        return card
    plain_after = content_chars(after)
    if _holds_a_part_of_a_gap(plain_after, card.text) or any(
        _restates(plain_after, content_chars(gap.answer)) for gap in _gaps(card.text)
    ):
        return card
    if _shares_a_word(after, CLOZE.sub(r"\2", card.text)):
        card.text = card.text + glue + after
    return card


def _holds_a_part_of_a_gap(shown: str, text: str) -> bool:
    """Whether a sentence (content_chars) holds a clause or member of CUE_MIN Han characters or more of a
    gap of the cloze text: shown as its context, it would give that part away."""
    for gap in _gaps(text):
        parts = [content_chars(part) for part in re.split(f"[{_CLAUSE_BREAK}、]", gap.answer)]
        if any(han_len(part) >= CUE_MIN and part in shown for part in parts):
            return True
    return False


def _opens_a_quote(sentence: str) -> bool:
    """Whether a sentence opens more quotations (“, 「, 『) than it closes."""
    return sum(sentence.count(mark) for mark in "“「『") > sum(sentence.count(mark) for mark in "”」』")


def _restates(shown: str, answer: str) -> bool:
    """Whether a sentence (content_chars) says a gap's answer (content_chars) again: at least SAME_GAP of
    the answer's characters stand in pairs of them the sentence holds too (减负不是减责任 in 也就是说，减负
    绝不意味着减责任; 坚持人民至上 in 人民至上是…), where a sentence that explains it shares a word or two
    (减负的目的是…)."""
    pairs = {shown[i : i + 2] for i in range(len(shown) - 1)}
    said = {i + j for i in range(len(answer) - 1) if answer[i : i + 2] in pairs for j in (0, 1)}
    return len(said) >= SAME_GAP * len(answer) > 0


# A clause that ends in a verb of saying tags someone's words (县委书记在推进会上如是说, 他指出, 书记说): the
# sentence says who spoke and where, not what the gap is about. Not 来说 (对基层来说) or a noun in 说 (学说),
# nor 道 alone (渠道, 知道).
_SPEECH_TAG = re.compile(r"(?:(?<![来学小传])说|[讲说写问]道|表示|指出|强调|坦言|感慨|感叹)$")


# An exam question's blank for its answer (下列表述错误的是（）。): the sentence asks, it says nothing.
_ANSWER_BLANK = re.compile(r"[（(]\s*[）)]")


def _is_tag_or_question(sentence: str) -> bool:
    """Whether a sentence holds a speaker's tag, a clause ending in a verb of saying (see _SPEECH_TAG),
    or is an exam question (see _ANSWER_BLANK): it tells who speaks or asks, not about the gap."""
    clauses = re.split(f"[{_CLAUSE_BREAK}{_SENTENCE_END}…]", simplified(sentence))
    return bool(_ANSWER_BLANK.search(sentence)) or any(
        _SPEECH_TAG.search(clause.strip()) for clause in clauses
    )


# A host's words that run a press conference or a meeting, not what it is about: whom they call to
# speak or to ask, the call ending its sentence (首先请…介绍情况。, 下面请…同志讲话。, 请记者朋友提问。),
# that the questions begin (下面进入提问环节), whom they invited (今天我们邀请到…), that a record
# follows (以下为发布会实录) or that time is up. A speech's charge to study or to act (下面请大家认真学习
# 讲话精神, 请各级党组织组织学习重要讲话, 请大家回答好时代之问) calls no one to speak.
_PROCEDURE = re.compile(
    r"(?:首先|其次|然后|下面|接下来|现在)?[，,]?请[^。！？!?，,学贯领落认积]{1,16}"
    r"(?:介绍|提问|发言|回答|作答|讲话|致辞)(?:一下)?(?:有关|相关)?(?:情况)?(?=[。！!；;]|$)"
    r"|(?:下面|接下来|现在)[，,]?(?:进入|开始)[^。！？!?，,]{0,6}(?:提问|问答|互动)"
    r"|以下为[^。！？!?，,]{0,12}实录|今天我们(?:邀请|请)到(?!的)|由于时间关系"
    # a speaker's own formulas that open or close what they say, alone in their sentence: that it follows
    # (现发言如下, 现将有关情况汇报如下：) and that the hearers correct it (请同志们批评帮助, 不妥之处，敬请批评指正)
    r"|(?:现|下面|现在)(?:将|把|就)?[^。！？!?，,]{0,12}(?:发言|汇报|报告|说明|检查|剖析)如下"
    r"(?=[：:。！!；;]?$|[，,](?:敬|恳)?请)"
    r"|(?:(?:以上|不妥|不当|不足)(?:之处|发言)?[，,]?)*(?:敬|恳)?请[^。！？!?，,]{0,10}(?:批评(?:帮助|指正)|指正)(?=[。！!；;]|$)"
    # and a report's close that hands it to its hearers to judge (以上报告，请予评议; 请各位代表审议)
    r"|(?:以上[^。！？!?，,]{0,8}[，,])?(?:敬|恳)?请(?:予以|予)?[^。！？!?，,]{0,8}(?:评议|审议|审阅|审定)(?=[。！!；;]|$)"
)


def _is_procedure(text: str) -> bool:
    """Whether every sentence of a card's text opens with a host's procedure (see _PROCEDURE)."""
    sentences = [part.strip("…. ") for part in re.split(f"(?<=[{_SENTENCE_END}])", text)]
    sentences = [part for part in sentences if part]
    return bool(sentences) and all(_PROCEDURE.match(part) for part in sentences)


# How talk and meeting chrome opens a sentence: it says what the meeting or the speaker does (刚才几位同志的
# 发言…, 下面…, 请大家翻到…, 会议审议了…, 首先请…介绍情况), not what the gap after it is about.
_CHROME_OPENERS = ("刚才", "下面", "接下来", "请", "首先请", "会议", "同志们", "各位")
# Words that talk chrome shares with any topic (发言, 情况, 问题): no content a context shares.
_CHROME_WORDS = frozenset(
    (
        "会议",
        "同志",
        "同志们",
        "问题",
        "情况",
        "发言",
        "大家",
        "介绍",
        "工作",
        "材料",
        "一句",
        "一句话",
        "方面",
    )
)


def _is_chrome(sentence: str) -> bool:
    """Whether a sentence before a gap is talk or meeting chrome (see _CHROME_OPENERS) or a label: it opens
    with a mark that is no quotation or numbering bracket (📝, 【, ■) or holds a colon (得分要点：…)."""
    opening = sentence.lstrip("…. ")
    if not opening:
        return True
    if opening.startswith(_CHROME_OPENERS) or any(mark in opening for mark in "：:"):
        return True
    first = opening[0]
    return not han_len(first) and first not in _OPENING_QUOTES + "（(" and not first.isalnum()


def _shares_a_word(before: str, text: str) -> bool:
    """Whether a sentence and the text after it share a content word of two Han characters or more: the
    text goes on with what the sentence was about (首先，要坚定不移抓项目扩投资。项目是…), which makes the
    sentence its cue; a sentence about the talk itself (除了上面这些，还有一个事，要单独拿出来说说。) or a call
    (各位代表！) shares none, or only a word talk shares with any topic (see _CHROME_WORDS), and cues nothing."""
    mine = {word for word in words(simplified(text)) if han_len(word) >= 2 and word not in _CHROME_WORDS}
    return any(word in mine for word in words(simplified(before)) if han_len(word) >= 2)


def _cueless_gaps(text: str) -> list[_Gap]:
    """The gaps of a cloze text whose front shows fewer than CUE_MIN Han characters besides them."""
    return [gap for gap in _gaps(text) if han_len(_front(text, gap.number)) < CUE_MIN]


# A document's short name by its kind (《若干措施》, 《指导意见》, 《方案》, 《條例》) opening a gap, and the verb
# by which it says what follows (坚持, 围绕, 提出): who says it, not what is said. A name of its own
# (《民法典》, 《中华人民共和国安全生产法》) may be what a learner recalls, and a name before no verb of saying
# (《条例》共7章72条…) is what the sentence is about: neither is a lead.
_TITLE_LEAD = re.compile(
    r"《(?:实施|指导|若干|行动|工作|专项|总体|暂行|管理)*(?:意见|措施|计划|方案|条例|决定|办法|规定|通知|纲要"
    r"|规划|细则)》(?:坚持|提出|明确|要求|强调|围绕|聚焦|部署|规定|指出|确立|突出)"
)


def _title_lead(answer: str) -> int:
    """How many characters of a gap's `answer` open it as a document's short name and its verb (see
    _TITLE_LEAD), which a card shows out of the gap: a gap that opens its sentence with them (《若干措施》
    坚持问题导向、目标导向…) hides who says it with what is said, and asks most of the sentence. 0 when the
    gap does not open so; a gap of the name and its verb only asks nothing (see _leads_shown)."""
    plain = simplified(answer)
    lead = _TITLE_LEAD.match(plain)
    return lead.end() if lead and len(plain) == len(answer) else 0


def _leads_shown(card: Card, leads: Mapping[int, int]) -> Card | None:
    """The card with the first `leads[start]` characters of the gap at `start` written out before it, the
    rest the gap. A rest with nothing to recite (trivia) is no gap; a card left without gaps goes (None)."""
    if not any(leads.values()):
        return card

    def split(match: re.Match[str]) -> str:
        lead = leads.get(match.start(), 0)
        if not lead:
            return match.group(0)
        answer = match.group(2)
        shown, rest = answer[:lead], answer[lead:]
        if is_trivia(rest):
            return answer
        return shown + f"{{{{c{match.group(1)}::{rest}}}}}"

    # (renumbered in order, the gaps left; None when none is)
    split_text = open_clozes(CLOZE.sub(split, card.text), lambda match: False)
    if split_text is None:
        return None
    card.text = split_text
    return card


def _frame_shown(card: Card, lists: Sequence[list[str]]) -> Card:
    """The card with the frame of each gap still without a cue on its front as that gap's hint, a blank
    (_FRAME_BLANK) where each part that fills it goes (see _frame_fillings): {{c1::作风建设是一场攻坚战，更是一场
    持久战::作风建设是一场＿＿，更是一场＿＿}}; 高质量发展是新时代的硬道理 hinted 高质量发展是＿＿. The gap stays
    whole: a saying is recited whole, and Anki shows the hint on the front ([作风建设是一场＿＿，更是一场＿＿]).
    A gap with no frame keeps the first words' hint (see _with_cues), and so does a gap a clause of which
    a list or another card asks (`lists`, the words each list asks and those the cards ask, as content_chars):
    that card asks the clauses whole, and the gap is their formulation, or asks what fills the frame
    (第一步是|把网格划细 beside a list of the steps), which the blank would point at; and so does a question
    (既为…，有何…？), which asks, and has no frame to recite."""
    listed = {item for items in lists for item in items}
    spans = {
        gap.start: _frame_fillings(gap.answer)
        for gap in _cueless_gaps(card.text)
        if not card.text[gap.end :].lstrip().startswith(("？", "?"))
        and not any(content_chars(clause) in listed for clause in _CLAUSE_SPLIT.split(gap.answer))
    }
    for start, found in spans.items():  # (a filling another card asks: the card would ask it again)
        answer = next(gap.answer for gap in _gaps(card.text) if gap.start == start)
        if any(content_chars(answer[at:end]) in listed for at, end in found):
            spans[start] = []
    if not any(spans.values()):
        return card

    def hinted(match: re.Match[str]) -> str:
        hint = _framed_hint(match.group(2), spans.get(match.start()) or [])
        return f"{{{{c{match.group(1)}::{match.group(2)}::{hint}}}}}" if hint else match.group(0)

    card.text = CLOZE.sub(hinted, card.text)
    return card


# What a frame's hint shows where a part that fills the frame goes (Anki shows the hint as it is).
_FRAME_BLANK = "＿＿"


def _framed_hint(answer: str, spans: Sequence[tuple[int, int]]) -> str:
    """`answer` with each of its `spans` (see _frame_fillings) a blank: the frame a gap's hint shows; "" for
    no spans, or where the hint would break the cloze markup ('::', a brace, a ':' at an end: Anki and
    CLOZE read a hint up to '}}' from the first '::')."""
    parts, at = [], 0
    for start, end in spans:
        parts += [answer[at:start], _FRAME_BLANK]
        at = end
    hint = "".join(parts) + answer[at:] if spans else ""
    return "" if _breaks_cloze_markup(hint) else hint


def _breaks_cloze_markup(hint: str) -> bool:
    """Whether a gap's `hint` would break the cloze markup: '::', a brace, or a ':' at an end (Anki and
    CLOZE read a hint up to '}}' from the first '::')."""
    return "::" in f":{hint}:" or "{" in hint or "}" in hint


# A pair's clauses differ in size by at most this many Han characters (作风建设是一场攻坚战，更是一场持久战).
_FRAME_SLACK = 3
# Characters two clauses may share without sharing a frame: particles, conjunctions and marks.
_FRAME_GLUE = frozenset("的了和与及、“”‘’「」\"'")
# Content characters two clauses share, at the least, to be built on one frame (治是 of 自治是基础，法治是保障).
_FRAME_SHARED = 2
# What fills a frame at a clause's end is a word or two (攻坚战, 国家强, 保护生产力), at most this many Han
# characters, and the two fillings differ in size by _FILL_SLACK at most: two clauses that share a name
# and go on at length (建立网格员…制度，畅通优秀网格员…通道; 深化“党建+治理”模式，提升基层治理效能) are no pair.
_FRAME_FILL_MAX = 6
_FILL_SLACK = 2
# Particles a frame's filling does not open with (…永续发展|的根基: the 的 belongs to the frame).
_PARTICLES = "的之地得"


def _frame_fillings(answer: str) -> list[tuple[int, int]]:
    """Where the parts that fill the frame of a gap's `answer` (a formulation gapped whole) stand, the rest
    the frame its hint shows (see _frame_shown): [(start, end)] in `answer`, [] when it has no frame.
    Clauses side by side built on one frame (see _filled_frame) are filled at their ends, from where they
    part to their last word (关键在|人，关键在|干; 伐一木不能|成材，种一树难以|成林); a clause beside them that is
    no part of the frame (a topic before them, 落实全会精神，) stays in the frame. A gap of one clause that is a
    judgement (see _judgement) is filled after its copula (高质量发展是|新时代的硬道理). The frame must be
    CUE_MIN Han characters or more, and a part it leaves to recall neither empty nor a figure."""
    if _EXAM_BLANK.search(answer):
        return []
    clauses = [(m.start(), m.end()) for m in re.finditer(f"[^{re.escape(_CLAUSE_BREAK + '；;')}]+", answer)]
    starts: dict[int, int] = {}  # clause (its index) -> where its gap starts in `answer`
    for left, right in pairwise(range(len(clauses))):
        ends = _filled_frame(answer[slice(*clauses[left])], answer[slice(*clauses[right])])
        if ends is None:
            continue
        for index, cut in ((left, ends[0]), (right, ends[1])):
            start = clauses[index][0] + cut
            starts[index] = min(starts.get(index, start), start)
    if not starts and len(clauses) > 1:
        starts = _judged_again(answer, clauses)
    if starts:
        spans = [(start, clauses[index][1]) for index, start in sorted(starts.items())]
    elif len(clauses) == 1:
        at = _judgement(answer) or _copula_end(answer)
        spans = [(at, len(answer.rstrip(_PART_END)))] if at else []
    else:
        return []
    shown = han_len(answer) - sum(han_len(answer[start:end]) for start, end in spans)
    fillings = [answer[start:end] for start, end in spans]
    # (a filling of two characters or more that is trivia is a figure: 东区新建公园|三个，西区新建公园|两个 is a
    # report, not a saying; one character is what the saying turns on, 关键在|人，关键在|干)
    if shown < CUE_MIN or any(
        not han_len(text) or (han_len(text) > 1 and is_trivia(text)) for text in fillings
    ):
        return []
    return spans


# A clause that judges the subject of the clause before it again (，也是…; ，更是…; ，是…).
_JUDGED_AGAIN = re.compile(r"(?:也|更|又|还|亦|同时也|而且|而且也)?是")


def _judged_again(answer: str, clauses: list[tuple[int, int]]) -> dict[int, int]:
    """Where the predicates start in a judgement whose subject is judged again in each clause after it
    (眼力是|洞察力，更是|判断力; see _judgement for the first): {clause index: start in `answer`}, {} when
    a clause is no such judgement."""
    first = answer[slice(*clauses[0])]
    at = _judgement(first)
    if not at:
        return {}
    starts = {0: clauses[0][0] + at}
    for index, (start, end) in enumerate(clauses[1:], 1):
        again = _JUDGED_AGAIN.match(answer, start, end)
        if again is None or not han_len(answer[again.end() : end]):
            return {}
        starts[index] = again.end()
    return starts


def _copula_end(answer: str) -> int:
    """Where the copula of a one-clause judgement ends in `answer` when it is 在于 (学习的目的全在于|运用),
    a subject of SUBJECT_MIN Han characters or more before it; else 0."""
    at = 0
    for word in words(answer):
        at += len(word)
        if word == _LIES_IN:
            subject = answer[: at - len(word)]
            rest = answer[at:]
            if han_len(subject) >= SUBJECT_MIN and not subject.startswith(_DEICTIC) and not is_trivia(rest):
                return at
            return 0
    return 0


def _filled_frame(first: str, second: str) -> tuple[int, int] | None:
    """Where two clauses built on one frame part to say each its own at their ends: (cut in `first`, cut in
    `second`), None when they are no pair. They share characters in their order (difflib's matching
    blocks), one or more of them content (not _FRAME_GLUE), before the ends; the ends run from the last
    shared character on (a shared last character, 攻坚战/持久战, belongs to the ends), widened on both sides
    alike to whole words (数据多|跑路, 群众少|跑腿) and to a quotation they close (既要|“治已病”); each clause
    keeps a part of its own before its end, which does not show the end (生态兴则文明|兴: the frame says 兴
    already, and the pair parts at its first words, which the frame would show). Clauses that differ in size by more than _FRAME_SLACK say more
    than a pair would."""
    from difflib import SequenceMatcher

    a, b = first.rstrip(), second.rstrip()
    if abs(han_len(a) - han_len(b)) > _FRAME_SLACK or min(han_len(a), han_len(b)) < 3:
        return None
    suffix = 0
    while suffix < min(len(a), len(b)) and a[-1 - suffix] == b[-1 - suffix]:
        suffix += 1
    head_a, head_b = a[: len(a) - suffix], b[: len(b) - suffix]
    blocks = [
        m for m in SequenceMatcher(None, head_a, head_b, autojunk=False).get_matching_blocks() if m.size
    ]
    if not blocks:
        return None
    last = blocks[-1]
    cuts = [last.a + last.size, last.b + last.size]
    if cuts[0] >= len(head_a) or cuts[1] >= len(head_b):
        return None  # (one clause says nothing after the shared part: 江山就是人民，人民就是江山)
    shared = "".join(head_a[m.a : m.a + m.size] for m in blocks)
    if sum(1 for char in shared if char not in _FRAME_GLUE and han_len(char)) < _FRAME_SHARED:
        return None
    widen = max(cut - _word_start(text, cut) for text, cut in ((a, cuts[0]), (b, cuts[1])))
    cuts = [_quote_start(text, _word_start(text, cut - widen)) for text, cut in ((a, cuts[0]), (b, cuts[1]))]
    cuts = [
        cut + len(text[cut:]) - len(text[cut:].lstrip(_PARTICLES))
        for text, cut in ((a, cuts[0]), (b, cuts[1]))
    ]
    fills = [han_len(a[cuts[0] :]), han_len(b[cuts[1] :])]
    if (
        not (han_len(a[: cuts[0]]) and han_len(b[: cuts[1]]))
        or any(content_chars(text[cut:]) in text[:cut] for text, cut in ((a, cuts[0]), (b, cuts[1])))
        or not 0 < min(fills) <= max(fills) <= _FRAME_FILL_MAX
        or max(fills) - min(fills) > _FILL_SLACK
    ):
        return None
    return cuts[0], cuts[1]


def _word_start(text: str, at: int) -> int:
    """Where the word of `text` (jieba's) that holds the character at `at` starts."""
    start = 0
    for word in words(text):
        if start + len(word) > at:
            return start
        start += len(word)
    return at


def _quote_start(text: str, at: int) -> int:
    """`at`, or the opening quotation mark before it when the rest of `text` closes a quotation it opens."""
    rest = text[at:]
    if rest.count('"') % 2 and text.rfind('"', 0, at) >= 0:  # (straight quotes open and close alike)
        return text.rfind('"', 0, at)
    for opening, closing in _QUOTE_PAIRS:
        if rest.count(closing) > rest.count(opening):
            found = text.rfind(opening, 0, at)
            if found >= 0:
                return found
    return at


def _listed_lead(answer: str, listed: set[str]) -> int:
    """How many characters of a gap's `answer` lead it as clauses a list asks as an item (`listed`, as
    content_chars), up to and with the clause break after them (坚持整体协同， of 坚持整体协同，打破数据壁垒):
    the longest such lead. 0 when none does, and when the whole gap is the better card, which keeps the
    ordinary hint (see _with_cues): its rest is a contrast or a stock clause (see _poor_rest), its
    clauses mirror each other (see _parallel_clauses: the lead would give the rest away), its rest is
    shorter than SAME_GAP of it, or it holds an exam blank."""
    if _EXAM_BLANK.search(answer):
        return 0
    found = _listed_clauses(answer, listed)
    rest = answer[found:]
    if not found or _poor_rest(rest):
        return 0
    if is_trivia(rest):
        return found  # (the rest is no gap: the card asks only what the list asks, and goes)
    if _parallel_clauses(answer) or len(content_chars(rest)) < SAME_GAP * len(content_chars(answer)):
        return 0
    return found


def _listed_clauses(answer: str, listed: set[str]) -> int:
    """How many characters of `answer` lead it as clauses a list asks as an item (`listed`, as
    content_chars), with the clause break after them and some words still after it: the longest such
    lead, 0 when none does."""
    found = 0
    for at, mark in enumerate(answer):
        if mark in _CLAUSE_BREAK and content_chars(answer[:at]) in listed and han_len(answer[at + 1 :]):
            found = at + 1
    return found


def _judged_subject(answer: str) -> int:
    """How many characters of a gap's `answer` lead it as the subject of a judgement and its copula
    (see _judgement) that the card shows as its cue, out of the gap (数字政府建设是{{c1::推进…的重要举措}}): the
    thing judged is the cue, what the text says it is the gap. 0 when there is no judgement, or when the
    subject is more than JUDGED_SUBJECT_SHARE of the gap: a cue gives a part away, not the most, and the
    gap left covers the formulation as one gap (为民造福是最大的政绩 keeps its gap; see _with_cues for its cue)."""
    at = _judgement(answer)
    return at if at and han_len(answer[:at]) <= JUDGED_SUBJECT_SHARE * han_len(answer) else 0


def _judgement(answer: str) -> int:
    """How many characters of a gap's `answer` lead it as the subject of a judgement and its copula
    (作风问题本质上是 of 作风问题本质上是党性问题; 创新是 of 创新是引领发展的第一动力). 0 when:
    - the gap is of clauses (it holds a clause break: a formulation whose parts mirror each other,
      江山就是人民，人民就是江山, a contrast, 不是…而是…), whose first words give the rest away by pattern; a
      subject clause set off by a comma before its 是 is none (以党建引领凝聚治理合力，是…的根本保证);
    - the subject is shorter than SUBJECT_MIN;
    - the 是 is no copula: it ends an adverb (特别是, 尤其是, 而是), its subject ends in 的 (…强调的是) or holds
      a contrast (本领不是天生的，是…: the pair of a contrast), or its rest opens with a leading verb
      (抓落实就是要…: a call, no judgement);
    - the subject points back (这些都是, 这一举措是) or is a personal pronoun (我们是): it cues nothing;
    - its rest is a contrast, a stock clause (see _poor_rest) or trivia: it asks less than the gap;
    - the gap holds an exam blank (（）): the card asks a blank, which a cue does not mend."""
    breaks = [at for at, mark in enumerate(answer) if mark in _CLAUSE_BREAK]
    # (a subject clause set off by a comma before its copula is one judgement: 以党建引领凝聚治理合力，是…)
    # (one whose first clause holds no 是 of its own: 耕地是A，是B is two judgements of one subject)
    subject_clause = (
        len(breaks) == 1
        and answer[breaks[0]] in "，,"
        and answer[breaks[0] + 1 :].startswith("是")
        and "是" not in answer[: breaks[0]]
    )
    if (breaks and not subject_clause) or _EXAM_BLANK.search(answer) or answer.startswith(_CONDITIONS):
        return 0
    at = 0
    before = ""
    for word in words(answer):
        at += len(word)
        if word in _COPULAS:
            subject, rest = answer[: at - len(word)], answer[at:]
            if (
                before in _ADVERBS_BEFORE_SHI
                or han_len(subject) < SUBJECT_MIN
                or subject.endswith("的")
                or any(contrast in subject for contrast in _CONTRASTS)
                or subject.startswith(_DEICTIC)
                or _is_pronoun(subject)
                or rest.startswith(_LEADING_VERBS)
                or _poor_rest(rest)
                or is_trivia(rest)
            ):
                return 0
            return at
        before = word
    return 0


def _is_pronoun(subject: str) -> bool:
    """Whether a judgement's subject is a personal pronoun, with an adverb at most (他们, 我们都): 我们党 is
    a subject of its own."""
    return all(word in _PRONOUNS or word in ("都", "也", "就", "才", "正", "还") for word in words(subject))


def _poor_rest(rest: str) -> bool:
    """Whether the rest of a gap after its lead asks less than the whole gap: a contrast (不是三年, 而非…: the
    card would ask what a thing is not) or a stock clause (确保各项工作落到实处). (A rest with nothing to
    recite is no gap at all, see _leads_shown.)"""
    plain = strip_punct(rest)
    return plain.startswith(_CONTRASTS) or plain.endswith(_STOCK_ENDS)


def _parallel_clauses(answer: str) -> bool:
    """Whether a gap's clauses mirror each other, so that its first clause gives the rest away by pattern:
    neighbours that open or end on the same character (基层强则国家强，基层安则天下安; 时代是出卷人，我们是答卷人),
    that share half the characters of the shorter (江山就是人民，人民就是江山), or that make a formulaic run
    (责任重于泰山，隐患险于明火，防范胜于救灾, see phrases.formulaic)."""
    clauses = [content_chars(part) for part in _CLAUSE_SPLIT.split(answer)]
    clauses = [clause for clause in clauses if clause]
    if len(clauses) < 2:
        return False
    if phrases.formulaic(clauses):
        return True
    return any(
        first[0] == second[0]
        or first[-1] == second[-1]
        or 2 * len(set(first) & set(second)) >= min(len(set(first)), len(set(second)))
        for first, second in pairwise(clauses)
    )


def _asked_words(card: Card) -> list[str]:
    """The words a card asks, each as content_chars: a list's items, a cloze card's gaps."""
    answers = card.items if card.type == "list" else [gap.answer for gap in _gaps(card.text)]
    return [content_chars(answer) for answer in answers]


def _front(text: str, number: int, hints: bool = True) -> str:
    """What Anki's card of cloze `number` shows: that number's gaps as their hints (or as nothing,
    `hints` False), the others answered."""
    return CLOZE.sub(
        lambda m: ((m.group(3) or "") if hints else "") if int(m.group(1)) == number else m.group(2), text
    )


def _with_cues(text: str, asked: Sequence[str] = ()) -> str:
    """The cloze text with a hint on each gap whose front shows fewer than CUE_MIN Han characters:
    the gap's first words, as many as bring the front to CUE_MIN, within CUE_SHARE of the gap and
    within its first member or clause (a hint must not give a parallel formula's other half away); of a
    judgement, its subject and copula (see _judgement: the thing judged cues what it is said to be). A
    leading verb (坚持, 要) is shown but not counted as the cue; a gap under CUE_GAP_MIN Han characters,
    or too short for any cue, keeps no hint. `asked`: the words the cards ask (content_chars), which a
    judgement's subject given as the hint must not hold (see _judged_hint)."""

    def cue(match: re.Match[str]) -> str:
        number, answer = int(match.group(1)), match.group(2)
        shown = han_len(_front(text, number))
        if match.group(3) or shown >= CUE_MIN or han_len(answer) < CUE_GAP_MIN:
            return match.group(0)
        judged = _judged_hint(answer, text[: match.start()], asked)
        if judged:  # (the thing judged and its copula: 为民造福是… of 为民造福是最大的政绩)
            return f"{{{{c{number}::{answer}::{answer[:judged]}…}}}}"
        verb = next((verb for verb in _LEADING_VERBS if answer.startswith(verb)), "")
        rest = answer[len(verb) :]
        first_member = re.split(f"[{_CLAUSE_BREAK}、]", rest)[0]
        # (a third of the gap, and no more than half its first member: 江山…, not 江山就是… of 江山就是人民，…)
        most = min(CUE_SHARE * han_len(rest), han_len(first_member) / 2)
        hint = ""
        for word in words(rest):
            if any(mark in word for mark in _CLAUSE_BREAK + "、"):
                break  # (the hint stays within the first member or clause)
            if han_len(hint) + shown >= CUE_MIN or han_len(hint + word) > most:
                break
            hint += word
        if not hint and int(most) >= 1 and "、" not in rest:
            # (a first word longer than the share, 天下大事 of 天下大事，必作于细: its first two characters at
            # most, else the front would be a bare blank; not a series' member, 尽力而为 of 尽力而为、量力而行,
            # whose half would give its pattern away)
            hint = _first_characters(first_member, min(int(most), _WORD_CUT_HINT))
        hint = _before_open_quote(hint, rest, most)
        if not han_len(hint):
            return match.group(0)
        hint = verb + hint
        return f"{{{{c{number}::{answer}::{hint}…}}}}"

    return CLOZE.sub(cue, text)


_WORD_CUT_HINT = 2  # Han characters a hint cut inside a long first word shows at most (天下… of 天下大事)


def _first_characters(text: str, count: int) -> str:
    """The opening of `text` up to and with its `count`-th Han character (marks before it kept)."""
    seen = 0
    for at, char in enumerate(text):
        seen += han_len(char)
        if seen == count:
            return text[: at + 1]
    return ""


def _before_open_quote(hint: str, rest: str, most: float) -> str:
    """A hint of `rest`'s first words that ends on words and never inside a quotation it would leave
    open: run on to the quotation's end when that stays within `most` and two characters more, and
    less than half of `rest` (推行“网格+服务”融合: the cue is 推行“网格+服务”, never 推行“网格”, a quote the text does not
    have), else cut back to the mark that opens it."""
    for opening, closing in _QUOTE_PAIRS:
        if hint.count(opening) > hint.count(closing):
            at = hint.rfind(opening)
            end = rest.find(closing, at)
            whole = rest[: end + 1] if end > at else ""
            fits = han_len(whole) <= most + _QUOTE_REACH and 2 * han_len(whole) < han_len(rest)
            hint = whole if whole and fits else hint[:at]
    return hint.rstrip(_OPENING_QUOTES)  # (a cue ends on words, not a mark)


_QUOTE_REACH = 2  # Han characters past its share a hint may take to end with the quotation it opens


def _judged_hint(answer: str, before: str, asked: Sequence[str]) -> int:
    """How many characters of a gap's `answer` its hint shows as a judgement's subject and copula (see
    _judgement); 0 when the subject is more than JUDGED_HINT_SHARE of the gap, holds a series (、: the
    items a list card asks, 自治、法治、德治相结合，是…) or the words another card asks (`asked`), or when
    the gap is the rest of a judgement already split (`before`, the text before the gap, ends in its
    copula: 耕地是{{c1::A，是B}} has no subject of its own)."""
    at = _judgement(answer)
    if not at or strip_punct(before).endswith(_COPULAS):
        return 0
    subject = answer[:at]
    for copula in sorted(_COPULAS, key=len, reverse=True):
        if subject.endswith(copula):
            subject = subject[: -len(copula)]
            break
    plain = content_chars(subject)
    if (
        han_len(subject) > JUDGED_HINT_SHARE * han_len(answer)
        or "、" in subject
        or any(len(words_asked) >= 2 and words_asked in plain for words_asked in asked)
    ):
        return 0
    return at


def _without_quoting_lists(cards: Sequence[Card]) -> list[Card]:
    """The composed cards without a list card whose members each quote, in order, the members of another
    list card of the same line (对新情况“看不清”、对新问题“抓不住”… beside 看不清、抓不住…): one set, read once with the
    words around its quotations and once without; the quotations are what it counts."""
    listed = {
        (card.origin.line, tuple(card.items))
        for card in cards
        if card.type == "list" and card.origin and len(card.items) >= 2
    }

    def quotes_another(card: Card) -> bool:
        if card.type != "list" or not card.origin:
            return False
        found = [QUOTATION.findall(item) for item in card.items]
        if any(len(quotations) != 1 for quotations in found):
            return False
        return (card.origin.line, tuple(quotations[0] for quotations in found)) in listed

    return [card for card in cards if not quotes_another(card)]


# The gaps each cloze number of a card hides, as (start, end) spans of its plain text: one Anki card each.
_Hidden = set[frozenset[tuple[int, int]]]


def _without_part_cards(cards: Sequence[Card]) -> list[Card]:
    """The cards without a cloze card that asks some of what another card of its sentence asks, at the
    same places, and nothing else (平时看得出来、{{c1::关键时刻站得出来}}、危急关头豁得出来 beside
    {{c1::平时看得出来}}、{{c2::关键时刻站得出来}}、{{c3::危急关头豁得出来}}): the learner recites those
    words on the other card, and this one shows the rest of the series as the answer's cue. Cards are
    compared by what each Anki card hides, the gaps of one cloze number: a part card's every number
    hides what one number of the other card hides. It runs before _series_asked_once and
    _gaps_with_cues, which rewrite gaps: a part card written otherwise would no longer match."""
    read: dict[int, tuple[tuple[int, str], _Hidden]] = {}  # cloze card index -> (line, text), hidden
    asked: dict[tuple[int, str], list[_Hidden]] = {}  # (line, plain text) -> what each card there hides
    for at, card in enumerate(cards):
        if card.type == "cloze" and card.origin:
            text, hidden = _hidden_by_number(card.text)
            read[at] = ((card.origin.line or 0, text), hidden)
            asked.setdefault(read[at][0], []).append(hidden)

    def part_of_another(at: int) -> bool:
        if at not in read:
            return False
        where, hidden = read[at]
        return any(hidden < other for other in asked[where])

    return [card for at, card in enumerate(cards) if not part_of_another(at)]


def _hidden_by_number(text: str) -> tuple[str, _Hidden]:
    """A cloze text without its cloze marks, and the gaps each of its cloze numbers hides (start, end)."""
    plain, spans = _gap_spans(text)
    hidden: dict[int, set[tuple[int, int]]] = {}
    for match, span in zip(CLOZE.finditer(text), spans, strict=True):
        hidden.setdefault(int(match.group(1)), set()).add(span)
    return plain, {frozenset(gaps) for gaps in hidden.values()}


def _same_gaps(text: str, gaps: list[tuple[int, int]], other: list[tuple[int, int]]) -> bool:
    """Whether two cloze cards with the same `text` around their gaps ask the same gaps of it: gap by
    gap, one gap holding the other where they stand and nearly as long (必须坚持{{c1::科技是第一生产力}}
    beside {{c1::必须坚持科技是第一生产力}}). A series asked in its sentence and a formulation found in
    that sentence meet so; the learner would recite one sentence twice. A short gap inside a long one
    (“{{c1::四力}}” in a whole judgement) asks something else."""
    return len(gaps) == len(other) and all(_same_gap(text, a, b) for a, b in zip(gaps, other, strict=True))


def _same_gap(text: str, gap: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether one of two gaps in `text` (start, end) holds the other and is nearly as long (in characters
    of content, SAME_GAP)."""
    inner, outer = sorted((gap, other), key=lambda span: span[1] - span[0])
    if not (outer[0] <= inner[0] and inner[1] <= outer[1]):
        return False
    return len(content_chars(text[slice(*inner)])) >= SAME_GAP * len(content_chars(text[slice(*outer)]))


def _gap_spans(text: str) -> tuple[str, list[tuple[int, int]]]:
    """A cloze text without its cloze marks, and where each gap stands in it (start, end)."""
    plain, spans, at, start = [], [], 0, 0
    for match in CLOZE.finditer(text):
        plain.append(text[at : match.start()])
        start += match.start() - at
        plain.append(match.group(2))
        spans.append((start, start + len(match.group(2))))
        start += len(match.group(2))
        at = match.end()
    plain.append(text[at:])
    return "".join(plain), spans


class _Document:
    """One document's paragraphs, headings and title, and the rules that compose its cards."""

    def __init__(
        self, paragraphs: list[Paragraph], title: str, runs: Sequence[outline.Enumeration] | None
    ) -> None:
        self.paragraphs = paragraphs
        self.title = title
        # a paragraph has an original beside its simplified view when written in traditional characters
        self.traditional = any(p.original for p in paragraphs)
        self.index_of_line = {p.line: i for i, p in enumerate(paragraphs)}
        self.headings = find_headings(paragraphs, runs)
        self._by_index: dict[int, list[Heading]] = {}
        # the heading path after each heading, in order: an inner heading stacks on the outer ones
        self._heading_indexes = [h.index for h in self.headings]
        self._paths: list[tuple[Heading, ...]] = []
        # _name_around's answers: a series card asks once whether it is named, and its list prompt
        # asks again of the same set
        self._names_around: dict[tuple[str, tuple[tuple[int, int], ...], int], str] = {}
        stack: list[Heading] = []
        for heading in self.headings:
            self._by_index.setdefault(heading.index, []).append(heading)
            while stack and stack[-1].rank >= heading.rank:
                stack.pop()
            stack.append(heading)
            self._paths.append(tuple(stack))

    # ------------------------------------------------------------ where a card stands

    def path(self, index: int, inclusive: bool = True) -> list[Heading]:
        """The headings above paragraph `index` (and its own, when `inclusive`), outermost first."""
        seen = (bisect_right if inclusive else bisect_left)(self._heading_indexes, index)
        return list(self._paths[seen - 1]) if seen else []

    def _words(self, phrase: str, count: int) -> str:
        """One of the PHRASES this module adds, with its count, in the document's script."""
        simplified_form, traditional_form = PHRASES[phrase]
        return (traditional_form if self.traditional else simplified_form).format(count)

    def with_question(self, card: Card) -> Card:
        """The cloze card with the question its text answers written out before it, when the text opens
        with the answer's mark (答：) and the paragraph before is that question (问：什么是“一件事”？, 记者问：…？),
        a line no heading of the card's section shows: the front says what the answer is to, which its
        heading path does not. (A question the section shows, 六、问：…？ as the heading, is left there.)"""
        index = self.index_of_line.get(card.origin.line) if card.origin and card.origin.line else None
        if card.type != "cloze" or not index or not _ANSWER_MARK.match(card.text):
            return card
        question = self.paragraphs[index - 1].written.strip()
        if (
            not _QUESTION_MARK.match(simplified(question))
            or not question.rstrip(_CLOSING_QUOTES).endswith(("？", "?"))
            or han_len(question) > CONTEXT_MAX
            or any(heading.index == index - 1 for heading in self.path(index))
        ):
            return card
        card.text = question + card.text
        return card

    def sentence_before(self, card: Card) -> _Before:
        """The sentence before a cloze card's text in its paragraph, as written (its last clauses when it
        is long, after ……); when the text opens its paragraph, the paragraph before it if that is the
        card's own heading, a line of one sentence (see _own_heading_before). Empty when there is none,
        when the text is not found in its paragraph, or when the sentence says too little to cue
        anything (同志们！)."""
        index = self.index_of_line.get(card.origin.line) if card.origin and card.origin.line else None
        if index is None:
            return _Before("")
        text = self.paragraphs[index].written
        plain = CLOZE.sub(r"\2", card.text).strip("…")
        at = text.find(plain)
        if at < 0:
            return _Before("")
        if not text[:at].strip():
            return self._own_heading_before(index)
        ends = [i for i, mark in enumerate(text[:at].rstrip()) if mark in _SENTENCE_END]
        if not ends or ends[-1] != len(text[:at].rstrip()) - 1:
            return _Before("")  # (the card's text does not open a sentence)
        start = max((i + 1 for i in ends[:-1]), default=0)
        sentence = text[start:at].strip()
        if han_len(sentence) < CUE_MIN:
            return _Before("")
        own = self._own_heading(index) if start == 0 else None
        if own and han_len(sentence) <= CONTEXT_MAX:
            return _heading_before(own, sentence)  # (the paragraph opens with the card's own heading)
        if han_len(sentence) > CONTEXT_MAX:
            breaks = [i for i, mark in enumerate(sentence[:-1]) if mark in _CLAUSE_BREAK]
            cut = next((i + 1 for i in breaks if han_len(sentence[i + 1 :]) <= CONTEXT_MAX), None)
            if cut is None:
                return _Before("")
            sentence = "……" + sentence[cut:].lstrip()
        return _Before(sentence)

    def sentence_after(self, card: Card) -> tuple[str, str]:
        """The sentence after a cloze card's text in its paragraph, as written (its first clauses, then
        ……, when it is longer than CONTEXT_MAX Han characters), and the marks between the two that the
        card's text leaves out (its sentence's 。, a closing quote). Empty when the text does not end a
        sentence, when it is not found in its paragraph or is cut short (……), or when no such sentence
        follows."""
        index = self.index_of_line.get(card.origin.line) if card.origin and card.origin.line else None
        if index is None or card.text.endswith("…"):
            return "", ""
        text = self.paragraphs[index].written
        plain = CLOZE.sub(r"\2", card.text).strip("…")
        at = text.find(plain)
        if not plain or at < 0:
            return "", ""
        end = at + len(plain)
        rest = text[end:]
        glue = rest[: len(rest) - len(rest.lstrip(_SENTENCE_END + _CLOSING_QUOTES))]
        if (plain + glue).rstrip(_CLOSING_QUOTES)[-1:] not in _SENTENCE_END:
            return "", ""  # (the card's text ends no sentence)
        rest = rest[len(glue) :].strip()
        found = re.search(f"[{_SENTENCE_END}]", rest)
        sentence = rest[: found.end()] if found else rest
        if _opens_a_quote(sentence):
            return "", ""  # (it ends inside a quotation: 我们才能明白「没有中华五千年文明，哪里有中国特色？)
        if han_len(sentence) > CONTEXT_MAX:
            breaks = [i for i, mark in enumerate(sentence) if mark in _CLAUSE_BREAK]
            fits = [at for at in breaks if AFTER_CUT_MIN <= han_len(sentence[:at]) <= CONTEXT_MAX]
            sentence = sentence[: fits[-1]] + "……" if fits else ""
        if han_len(sentence) < CUE_MIN:
            return "", ""
        return glue, sentence

    def _own_heading(self, index: int) -> Heading | None:
        """The heading paragraph `index` is or opens with, when there is one: the heading the section
        of the text under it ends in."""
        path = self.path(index)
        return path[-1] if path and path[-1].index == index else None

    def _own_heading_before(self, index: int) -> _Before:
        """The paragraph before paragraph `index` as its context, when it is the heading the card's
        section ends in and one sentence of at most CONTEXT_MAX Han characters: 二、优化水源调度的办法
        above 水源调度要看天看地，更要看人。 A heading line that runs on into the text under it is no such
        line, nor a heading above a run of bullets (a slide's title above its points): it heads them all,
        and written before the first only it would read as that bullet's first words."""
        own = self._own_heading(index - 1) if index else None
        if own is None or self._own_heading(index) is not None:
            return _Before("")  # (no heading just above, or the card's paragraph is a heading of its own)
        if self._opens_bullets(index):
            return _Before("")
        line = self.paragraphs[index - 1].written.strip()
        inner = line.rstrip(_PART_END)
        if any(mark in inner for mark in _PART_END) or not CUE_MIN <= han_len(line) <= CONTEXT_MAX:
            return _Before("")
        if line[-1] not in _PART_END + "：:？?！!":
            line += "。"  # (a heading line ends on no mark: the context stands as a sentence before the text)
        return _heading_before(own, line)

    def _opens_bullets(self, index: int) -> bool:
        """Whether paragraph `index` is a bullet with a sibling bullet after it (the first of a slide's
        points, of a note's list), not a lone bullet nor a paragraph of prose."""
        bullet = self.paragraphs[index].bullet
        after = self.paragraphs[index + 1] if index + 1 < len(self.paragraphs) else None
        return bool(bullet) and after is not None and after.bullet == bullet and not after.heading

    def _asked_by_a_reporter(self, index: int) -> bool:
        """Whether paragraph `index` is a reporter's turn (see ASKER_TAG): the tag opens it, or stands
        alone on the paragraph before it."""
        if ASKER_TAG.match(self.paragraphs[index].written):
            return True
        before = self.paragraphs[index - 1].written if index else ""
        return bool(ASKER_TAG.match(before)) and not ASKER_TAG.sub("", before).strip()

    # ------------------------------------------------------------ composing one card

    def compose(self, card: Card, made_by: str) -> Card | None:
        index = self.index_of_line.get(card.origin.line) if card.origin and card.origin.line else None
        finder_section = card.origin.section if card.origin else None
        if card.type == "list" and all(is_count_or_date(item) for item in card.items):
            # stages named by their dates (20世纪60年代、改革开放以后、党的十八大以来): what each
            # stage is, the clause its note gives after the date, is what a learner recites; with
            # none told, dates are what is asked (三步走's time plan, the years of three 决议), and
            # stages named only by their order (第一阶段、第二阶段) ask nothing
            told = _told_after_dates(card)
            if told is not None:
                card = replace(card, items=told)
            elif any(_ORDINAL.match(item) for item in card.items):
                return None
        if card.type == "list" and made_by == "series" and index is not None:
            spans = self.series_spans(card, index)
            if spans is not None and all(is_count_or_date(i) or is_place(i) for i in card.items):
                return None  # 2015年、2018年、2023年; 北京、上海、广州: a set with nothing to recite
            if names_the_leadership(card.items) and not (
                spans is not None
                and (
                    self._named(card, index, spans)
                    or _bodies_as_content(
                        self.paragraphs[index].written, spans[0][0], spans[-1][1], len(spans)
                    )
                )
            ):
                return None  # 在市委、市政府和县委的坚强领导下: the genre's frame, no set to recite
            # 我们机关有的同志、有的同志服务态度不错: a speech's examples cut at their subject, no set
            if any(_SOME_OF_THEM.search(content_chars(simplified(item))) for item in card.items):
                return None
            if spans is not None and _festivals_framed(
                card.items, self.paragraphs[index].written[spans[-1][1] :]
            ):
                return None  # (元旦、春节、清明期间: the days only say when)
            # a set whose members are no gaps of their own (报、网、端、微、屏; members that are whole
            # clauses), or that the text names (四个伟大), stays a list card
            gaps = spans is not None and not any(_no_gap(item) for item in card.items)
            if gaps and not self._named(card, index, spans):
                card = self.series_cloze(card, index, spans)
                if _is_procedure(CLOZE.sub(r"\2", card.text)) or _denied_echoes(card.text):
                    return None
                text = without_counter_examples(card.text)
                if text is None:
                    return None
                card.text = text
        elif card.type == "cloze":
            text = card.text if made_by != "phrases" else _without_salutation(card.text)
            text = open_framing_gaps(open_trivia_gaps(open_topic_gaps(text, self.title)))
            if text is not None:
                text = open_leadership_gaps(text)
            if text is not None:
                text = without_counter_examples(text)
            if text is None or not CLOZE.search(text) or _is_procedure(CLOZE.sub(r"\2", text)):
                return None
            card.text = text
            led = _leads_shown(card, {gap.start: _title_lead(gap.answer) for gap in _gaps(card.text)})
            if led is None:
                return None
            card = led
        if index is None:
            return card
        if self._asked_by_a_reporter(index):
            return None
        # (a list of points' labels stands where its points do: a heading there is its first point)
        own_heading = card.type == "list" and (
            card.prompt.endswith(outline.LABELS_ASKED)
            or any(h.item == card.items[0] for h in self._by_index.get(index, ()))
        )
        path = self.path(index, inclusive=not own_heading)
        if card.type == "list":
            prompt, extra = self.list_prompt(card, index, path, finder_section)
            card.prompt = prompt
            if extra and extra not in card.extra:
                # the sentence before the notes, in place of a line of them it says already (the
                # clause of it the finder kept, with another naming of the set after it)
                said = content_chars(extra)
                notes = [note for note in card.extra.split("\n") if content_chars(note) not in said]
                card.extra = "\n".join([extra, *notes])
        section = PATH_JOIN.join(h.place for h in path) or finder_section
        card.origin = Origin(card.origin.line if card.origin else None, section or None)
        return card

    # ------------------------------------------------------------ inline series as sentence clozes

    def series_spans(self, card: Card, index: int) -> list[tuple[int, int]] | None:
        """Where a series' members stand in their paragraph, in order from its clause; None when
        they cannot be found so."""
        text = self.paragraphs[index].written
        return _members_in_order(text, card.items, text.find(card.extra) if card.extra else 0)

    def _named(self, card: Card, index: int, spans: list[tuple[int, int]]) -> bool:
        """Whether the text names a series as a numbered concept of as many members, in the words
        its finder took as its prompt (理解了这“五个特征”) or in the clauses around it as its own name
        (统揽伟大斗争、伟大工程、伟大事业、伟大梦想的“四个伟大”; see _name_around, which the list's
        prompt asks too): a set of its own, asked as a list."""
        text = self.paragraphs[index].written
        count = len(card.items)
        return bool(
            self._term_in(card.prompt, count, card.items, weak=True) or self._name_around(text, spans, count)
        )

    def series_cloze(self, card: Card, index: int, spans: list[tuple[int, int]]) -> Card:
        """An inline series as a cloze card of its sentence, each member its own cloze numbered as
        its item was (a member is the set's, worth reciting with the others even when it would
        not be alone: 历史、现实、未来)."""
        text = self.paragraphs[index].written
        sentence_start, sentence_end = _sentence_around(text, spans[0][0], spans[-1][1])
        sentence = text[sentence_start:sentence_end].strip().rstrip("，,：:；;")
        start, end = _narrowed(text, sentence_start, sentence_end, spans[0][0], spans[-1][1])
        parts = ["……" if start > sentence_start else ""]
        at = start
        for (begin, finish), number in zip(spans, card.cloze_numbers(), strict=True):
            parts.append(text[at:begin] + f"{{{{c{number}::{text[begin:finish]}}}}}")
            at = finish
        parts.append(text[at:end])
        body = "".join(parts).strip().rstrip("，,：:；;")
        if end < sentence_end:
            body += "……"
        shown = CLOZE.sub(lambda m: m.group(2), body).strip("…")
        extra = sentence if content_chars(shown) != content_chars(sentence) else ""
        return Card(
            type="cloze",
            id=card.id,
            text=body,
            extra=extra,
            tags=list(card.tags),
            origin=card.origin,
            mode=card.mode,
        )

    # ------------------------------------------------------------ list prompts

    def list_prompt(
        self, card: Card, index: int, path: list[Heading], finder_section: str | None
    ) -> tuple[str, str]:
        """The prompt of a list card, and the sentence it comes from when the prompt is cut from
        it (for the back)."""
        if card.prompt.endswith(outline.LABELS_ASKED):
            # a list of points' labels asks for them where its points' list is asked (the same
            # lead, the same heading before it), by name: the lead alone may not say whose labels
            points = replace(card, prompt=card.prompt.removesuffix(outline.LABELS_ASKED))
            prompt, sentence = self.list_prompt(points, index, path, finder_section)
            counted = _COUNT_END.search(prompt)
            head, _, phrase = prompt.rpartition("：")
            if counted is None and phrase in {self._words(kind, len(card.items)) for kind in PHRASES}:
                # (本节的3个部分 counts the points' parts: the labels are counted as a set)
                return f"{head}{self._words('labels', 0)}{self._count(len(card.items))}", sentence
            cut = counted.start() if counted else len(prompt)
            return f"{prompt[:cut].rstrip('：:')}{self._words('labels', 0)}{prompt[cut:]}", sentence
        count = len(card.items)
        text = self.paragraphs[index].written
        # a lead that opens with …… is the rest of a clause after the set (……等污染治理): the text
        # is read for the clause that introduces the set instead
        lead = card.prompt.strip().lstrip("…")
        parent = path[-1] if path else None
        title = clipped(self.title, PLACE_MAX + 4)
        # where the set stands: the heading above it, else the one its finder named, else the title
        if parent is not None:
            where = parent.place
        else:
            where = clipped(finder_section, PLACE_MAX) if finder_section else title
        # a lead that is only the document's title, or the heading the set stands under: the
        # finders found no clause of the text's own that introduces the set
        under_title = not lead or lead == self.title
        under_heading = not under_title and (
            lead == finder_section or any(lead in (h.item, h.label + h.item) for h in path)
        )
        if (under_title or under_heading) and self._open_paragraphs(card.items, index):
            if under_heading and (announced := self._announcing_line(lead, index, card.items[0])):
                # (a heading's line that goes on to say what its points are, 2.衡量…，关键看“八个能否”，
                # 要点如下：, asks for them by those words: they are its points, not the section's parts)
                return announced + self._count(count), ""
            # (the section's parts are the headings under it; points laid out one per line under a
            # heading, a slide's bullets, ①–④ lines, are its points)
            kind = "points" if self._items_are_points(card.items, index) else "section"
            # (the parts of one essay of a compilation, under its title: 本篇, as 本文 of a file's own)
            above = self._heading_at(lead, index) if under_heading else parent
            kind = "piece" if kind == "section" and above is not None and above.piece else kind
            # (a bullet that heads its own sub-list and names it by its count, 经历了…三件大事：, asks by
            # that name: its points are the set it counts, not a section's; a bare name, 七个聚焦, would
            # say too little alone and keeps the section's words)
            if (
                under_heading
                and kind == "points"
                and han_len(_trim_end(lead)) >= PROMPT_MIN
                and self._heading_at(lead, index) is None
                and self._term_in(lead, count, card.items, weak=True)
            ):
                return _trim_end(lead) + self._count(count), ""
            if under_heading:
                return f"{self._heading_named(lead, index)}：{self._words(kind, count)}", ""
            if parent is not None:  # a heading the finders did not know (a Markdown one, a piece's title)
                return f"{parent.place}：{self._words(kind, count)}", ""
            # (the front shows the title over the card already: the prompt names only what the title
            # counts, where its numbered concept is these parts, 三重逻辑 of 新时代…的三重逻辑与实践路径)
            pieces = {h.item for h in self.headings if h.piece}
            if pieces and set(card.items) <= pieces:
                # (a compilation's pieces by their titles: the collection's essays, not one text's parts)
                return self._words("collection", count), ""
            return self._words("document", count) + self._title_name(count, card.items), ""
        inline = _members_in_order(text, card.items, 0, glued=True)
        if inline is not None:
            # a lead of the text's own stands before the set when its clause says too little
            own_lead = "" if under_title or under_heading else lead
            return self._inline_prompt(text, inline, count, where, own_lead)
        if under_title or under_heading:
            # points under a heading, in its own paragraph or the next: the heading's whole first
            # sentence asks for them (领导重视，提高认识), else "the N points of this paragraph"
            heading = self._sentence_from(lead, index, card.items[0]) if under_heading else ""
            if han_len(heading) >= PROMPT_MIN:
                # (a bracket that counts the points says what the prompt's own count says: 本质要求
                # （9条，难背）, never 本质要求（9条，难背）（9项）)
                return _without_count_remark(heading) + self._count(count), ""
            named = self._heading_named(lead, index) if under_heading else where
            return f"{named}：{self._words('paragraph', count)}", ""
        intro, sentence = self._introduction(lead, index, card.items[0])
        if _names_another_series(
            _trim_end(intro), [*card.items, *_item_labels(text, card.items, intro)], count
        ):
            # (the clause before the items writes out a series of its own, 推行“接诉即办、未诉先办、办必办好”
            # 工作机制 before 一方面…另一方面…: it names that series, not this set, and the learner would recite
            # the wrong one.) In the heading's first paragraph the heading asks for the set, the sentence
            # stays on the back; in a later paragraph 本段 alone would not say which, and two sets of one
            # section would share a prompt: the clause stays before it, to say where the points stand,
            # and the prompt ends in what it asks (其后的3个要点 where the points open paragraphs of their own)
            if parent is not None and index == parent.index + 1:
                return f"{where}：{self._words('paragraph', count)}", _trim_end(sentence)
            phrase = "paragraph" if sentence and sentence in text else "following"
            prompt = f"{_closed(_trim_end(intro))}：{self._words(phrase, count)}"
            if han_len(intro) < PROMPT_MIN:
                prompt = f"{where}：{prompt}"
            left_out = han_len(sentence) - han_len(intro) >= PROMPT_MIN
            return prompt, sentence if left_out else ""
        intro = _one_tally(intro, count)
        name = self._name_near(sentence, count, intro, card.items)
        clause = _trim_end(intro)
        prompt = _closed(clause) + self._count(count, name)
        # (an introduction of one clause that ends in a bare count, 归纳起来主要有三种, says how many but not
        # of what: the heading it stands under names them. One of several clauses says what it counts itself)
        bare = (
            not name
            and parent is not None
            and _BARE_COUNT.search(clause) is not None
            and not any(mark in clause for mark in _CLAUSE_BREAK)
        )
        if han_len(intro) < PROMPT_MIN or (bare and parent.item not in intro):
            prompt = f"{where}：{prompt}"
        # the back shows the whole introducing sentence when the prompt left a clause of it out
        left_out = han_len(sentence) - han_len(intro) >= PROMPT_MIN
        return prompt, sentence if left_out else ""

    def _title_name(self, count: int, members: Sequence[str]) -> str:
        """The numbered concept of `count` members the title names, as a remark after the prompt
        (（“三重逻辑”）), or '': one whose character stands in every part (逻 of 历史逻辑、理论逻辑、实践
        逻辑), for a title may count other things than the parts (学习“三个务必”的体会 in three parts on
        its 意义、要义、落实)."""
        names = [
            name
            for name in self._terms_in(self.title, count, members)
            if _every_member_shares_a_character(name, members)
        ]
        name = max(names, key=len, default="")
        if not name:
            return ""
        return f"（{name}）" if any(mark in name for mark in _OPENING_QUOTES) else f"（“{name}”）"

    def _count(self, count: int, name: str = "") -> str:
        # (a name that quotes a word of its own, 五个"以", is written as it stands)
        quoted = any(mark in name for mark in _OPENING_QUOTES)
        named = (f"{name}，" if quoted else f"“{name}”，") if name else ""
        return f"（{named}{self._words('count', count)}）"

    def _heading_named(self, lead: str, index: int) -> str:
        """The heading whose words are `lead`, with its marker (（二）工作成效), the nearest one
        at or before paragraph `index`; `lead` itself when no heading has these words. A heading
        that goes on past its words in a clause of its own (二、突出重点，全力打造一流营商环境) is named
        whole: its first words only label the section, the clause after them says what its parts do."""
        heading = self._heading_at(lead, index)
        return heading.label + heading.item + self._heading_goes_on(heading) if heading else lead

    def _heading_at(self, lead: str, index: int) -> Heading | None:
        """The nearest heading at or before paragraph `index` whose words are `lead`."""
        return next((h for h in reversed(self.headings) if h.index <= index and h.item == lead), None)

    def _heading_goes_on(self, heading: Heading) -> str:
        """The clause a heading's line writes after its words (，全力打造一流营商环境), or '': not where
        the line goes on in a sentence of its own or ends one (一、提高认识。当前…, 一是压实责任，要亲自抓。:
        the words open a paragraph of text, no heading's line), nor where the clause tells a doer what
        must be done (，各地要高度重视: an instruction, no aim) or announces the parts (，主要有以下几个方面),
        nor where the whole would be longer than PROMPT_MAX."""
        written = self.paragraphs[heading.index].written.strip()
        head = heading.label + heading.item
        if not written.startswith(head):
            return ""
        rest = TRAILING_MARK.sub("", written[len(head) :])
        if (
            rest[:1] not in "，,"
            or any(mark in rest for mark in _PART_END)
            or _ANNOUNCES_PARTS.search(rest)
            or any(outline.MUST.fullmatch(word) for word in words(rest))  # (，各地要高度重视)
            or han_len(head + rest) > PROMPT_MAX
            or han_len(rest) < 2
        ):
            return ""
        return "，" + rest[1:].strip()

    def _announcing_line(self, lead: str, index: int, first_item: str) -> str:
        """The words of the heading's line from `lead` on where they go on past the heading's words
        and end in a colon that announces the points below (…，关键看“八个能否”，要点如下：), without
        a last clause that only announces them (要点如下); '' for any other line."""
        heading = self._heading_at(lead, index)
        if heading is None:
            return ""
        written = self.paragraphs[heading.index].written.strip()
        found = written.find(lead)
        if found < 0 or not written.endswith(("：", ":")) or first_item in written:
            return ""
        line = written[found:].rstrip("：: ")
        clauses = _CLAUSE_SPLIT.split(line)
        if (
            len(clauses) > 1
            and _ANNOUNCES_POINTS.search(clauses[-1])
            and han_len(clauses[-1]) <= _ANNOUNCE_MAX
        ):
            clauses.pop()
        said = "，".join(clause.strip() for clause in clauses)
        if len(clauses) < 2 or han_len(said) > PROMPT_MAX:
            return ""
        return said

    def _sentence_from(self, lead: str, index: int, first_item: str) -> str:
        """The words from `lead` to the end of its sentence, in this paragraph or the one before;
        never past a colon or the set's first item (剖析根源：一是…)."""
        for at in (index, index - 1):
            if at < 0:
                continue
            text = self.paragraphs[at].written
            found = text.find(lead)
            if found >= 0:
                end = _sentence_around(text, found, found + len(lead))[1]
                stops = [text.find(stop, found + len(lead), end) for stop in ("：", ":", first_item)]
                end = min([end, *(stop for stop in stops if stop >= 0)])
                return _trim_end(TRAILING_MARK.sub("", text[found:end]))
        return lead

    def _items_are_points(self, items: list[str], index: int) -> bool:
        """Whether the paragraph the first item opens (from `index` on) is a list item of the layout
        (a slide's or a Markdown bullet) or a line that opens with an enclosed number (①), and no
        heading: the points of the heading above, not its parts. Not where a paragraph of body text
        stands between the first item and the second (①建强党组织, then what was done): such items
        are sub-headings of parts of their own."""
        heads = {heading.index for heading in self.headings}
        for at in range(index, len(self.paragraphs)):
            paragraph = self.paragraphs[at]
            if _opens(paragraph.written, items[0]):
                enclosed = _ENCLOSED_NUMBER.match(paragraph.written.lstrip())
                if at in heads or not (paragraph.bullet > 0 or enclosed is not None):
                    return False
                return len(items) < 2 or not self._body_before(items[1], at + 1)
        return False

    def _body_before(self, item: str, start: int) -> bool:
        """Whether a paragraph that is no list item (body text) stands from `start` on before the
        paragraph that `item` opens."""
        for paragraph in self.paragraphs[start:]:
            if _opens(paragraph.written, item):
                return False
            if paragraph.bullet == 0:
                return True
        return False

    def _open_paragraphs(self, items: list[str], index: int) -> bool:
        """Whether the items open paragraphs of their own from `index` on (headings, points laid
        out one per paragraph), at most a marker before them."""
        at = index
        for item in items[:2]:
            while at < len(self.paragraphs) and not _opens(self.paragraphs[at].written, item):
                at += 1
            if at >= len(self.paragraphs):
                return False
            if (
                item == items[0]
                and len(items) > 1
                and _marked_after(self.paragraphs[at].written, item, items[1])
            ):
                return False  # (一是A。…二是B。…: the points run on in the first one's paragraph)
            at += 1
        return True

    def _inline_prompt(
        self, text: str, spans: list[tuple[int, int]], count: int, where: str, lead: str
    ) -> tuple[str, str]:
        """统揽____、____、____（4项）: the clause that introduces a set written in one sentence, the
        members' places marked, and the rest of the clause after them; the set's name from the
        finder's `lead` (a naming in the sentence after it), else from its sentence. When the
        clause says too little, the lead, else `where`, stands before it."""
        first, last = spans[0][0], spans[-1][1]
        sentence_start, sentence_end = _sentence_around(text, first, last)
        after_end = last
        while after_end < sentence_end and text[after_end] not in _CLAUSE_BREAK:
            after_end += 1
        after = text[last:after_end].strip()
        if remark := _REMARK_LEFT_OPEN.search(after):  # (…、安心经营（注意顺序！）: the writer's note)
            after = after[: remark.start()].rstrip()
        before = _clauses_before(text, sentence_start, first, han_len(after))
        separators = [_separator(text[a[1] : b[0]]) for a, b in pairwise(spans)]
        blanks = _BLANK + "".join(sep + _BLANK for sep in separators)
        prompt = before + blanks + after
        # the finder's lead first: it names the set deliberately (简记为三个提升), the sentence may
        # name another set of as many members (“三农”)
        members = [text[a:b] for a, b in spans]
        name = self._term_in(lead, count, members, weak=True) or self._name_around(text, spans, count)
        if han_len(before + after + name) < PROMPT_MIN:
            prompt = f"{lead if lead and lead not in before else where}：{prompt}"
        name = name if name not in prompt else ""
        sentence = text[sentence_start:sentence_end].strip().rstrip("，,：:；;")
        return prompt + self._count(count, name), sentence

    def _introduction(self, lead: str, index: int, first_item: str) -> tuple[str, str]:
        """The lead's whole introducing clause in the text before the set (this paragraph, else
        the one before), and its sentence; the lead alone when it is not found there."""
        text = self.paragraphs[index].written
        item_at = text.find(first_item)
        places = [(text, item_at if item_at >= 0 else len(text))]
        if index > 0:
            before = self.paragraphs[index - 1].written
            places.append((before, len(before)))
        for place, limit in places:
            at = place.rfind(lead, 0, limit)
            if at < 0:
                continue
            start, _ = _sentence_around(place, at, at + len(lead))
            intro = _clauses_before(place, start, at, han_len(lead)) + lead
            return intro, _trim_end(place[start : at + len(lead)].strip())
        return lead, ""

    def _name_near(self, sentence: str, count: int, prompt: str, members: Sequence[str]) -> str:
        """A numbered concept of `count` members that the introducing sentence names as the set's
        own (四个伟大, see _announcing), unless the prompt says it already."""
        found = self._terms_in(sentence, count, members)
        names = _announcing(sentence, found, members, sentence=True) or [
            name for name in found if _introduces_method(sentence, name) and _headed_name_held(name, members)
        ]
        name = max(names, key=len, default="")
        return name if name and name not in prompt else ""

    def _name_around(self, text: str, spans: list[tuple[int, int]], count: int) -> str:
        """The longest numbered concept of `count` members that the clauses around a set written
        in `text` at `spans` name (see _clauses_around_span) and that is this set's own name: not one
        that stands in a member of another series nearby (农村集体“三资”管理、养老服务… beside
        12388举报平台、信访数据分析、入户走访), nor one whose word is a single character that the
        members do not hold, unless it stands in the set's own clause (see _owns_name)."""
        key = (text, tuple(spans), count)
        if key not in self._names_around:
            self._names_around[key] = self._find_name_around(text, spans, count)
        return self._names_around[key]

    def _find_name_around(self, text: str, spans: list[tuple[int, int]], count: int) -> str:
        """_name_around, worked out."""
        first, last = spans[0][0], spans[-1][1]
        start, end = _clauses_around_span(text, first, last)
        members = [text[a:b] for a, b in spans]
        names = self._terms_in(text[start:end], count, members)
        owned = [name for name in names if _owns_name(text, spans, members, name, start, end)]
        # (a name before the set names it only as its lead would, see _announcing, or where a member
        # holds its word (纠治“四风”，深化整治…、奢靡之风): not one of a chain of names, nor one of an
        # earlier clause, 牢记“三个务必”，在思想上、政治上、行动上…)
        lead = text[start:first].rstrip()
        # (a lead that ends in a comma or semicolon leads to no set: its last clause is one of its own)
        own_lead = "" if lead.endswith(("，", ",", "；", ";")) else lead
        announced = _announcing(own_lead, owned, members, sentence=True)
        owned = [
            name
            for name in owned
            if name in announced
            or name in text[first:end]
            or any(word in simplified(member) for word, _ in _unit_keys(name) for member in members)
            or _every_member_shares_a_character(name, members)
        ]
        return max(owned, key=len, default="")

    def _term_in(self, written: str, count: int, members: Sequence[str] = (), weak: bool = False) -> str:
        """The longest of the names _terms_in finds; given the `members`, of those that name their set
        and no neighbour of it (see _announcing)."""
        names = self._terms_in(written, count, members, weak)
        if members:
            names = _announcing(written, names, members)
        return max(names, key=len, default="")

    def _terms_in(
        self, written: str, count: int, members: Sequence[str] = (), weak: bool = False
    ) -> list[str]:
        """The numbered concepts of `count` members that `written` names, as written; not one of
        the `members` (两个确保、三个提升、两个强化 are members, not a name); with `weak`, also a
        name that names a concept only where its members are spelled out (a finder's prompt)."""
        view = simplified(written)
        found = {term.term: term.count for term in terms.find_terms([Paragraph(0, view)])}
        if weak:  # (also one that names a concept only once spelled out: 三劳, 三件事)
            found.update((term, n) for term, n in terms.names_of(view) if term not in found)
        names = [
            written[at : at + len(term)] if (at := view.find(term)) >= 0 else term
            for term, n in found.items()
            if n == count or _counts_characters(term, n, members)
        ]
        return [name for name in names if not any(name in member for member in members)]


# The characters of a name that name no member: numerals and measure words (三个, 五大, 四项) count
# them, and 不 (三不固定) negates what many a member says.
_COUNTING = frozenset("一二两三四五六七八九十百个大项条种类点方面不")


def _every_member_shares_a_character(name: str, members: Sequence[str]) -> bool:
    """Whether one character of a name, not a numeral or measure word, stands in every member (城 of
    三城同创 in 全国文明城市、国家卫生县城、国家园林城市; 治 of 五治融合 in 政治引领、自治强基…): the name
    abbreviates them, wherever it stands."""
    plain = [simplified(member) for member in members]
    return any(
        han_len(char) and char not in _COUNTING and all(char in member for member in plain)
        for char in set(simplified(name))
    )


def _announcing(written: str, names: list[str], members: Sequence[str], sentence: bool = False) -> list[str]:
    """The names, of those a set's lead `written` holds, that name the set of `members` written after it:
    a name whose word every member holds (四个自信 of 道路自信、理论自信…, beside 四个意识 in
    增强“四个意识”、坚定“四个自信”; the last member with the words that end its clause); else, when no name's word is held, a name that stands on its own as the
    set's announcement: no series (、) stands in the lead, as a chain of names (增强“四个意识”、坚定“四个自信”、
    做到“两个维护”: neighbouring series, none of them the set after it), a series the name follows and names
    (创新桐川、…、清廉桐川“五个桐川”建设) or one it opens. With `sentence`, `written` is the whole sentence that
    introduces the set, and the name stands in its last clause, the one that leads to the set
    (推动“四下基层”常态长效，需要在以下四个方面持续用力 does not name the four 方面; 要做到“三个到位”：学习理解到位、…
    names the three after the colon, not the 一是…二是… measures that follow)."""
    held_by = list(members)
    if held_by and (after := written.rfind(held_by[-1])) >= 0:
        # (the words after the last member that end its clause are its own: 公共服务上优先安排 of
        # 做到干部配备上优先考虑、…、公共服务上优先安排 holds the 优先 of 四个优先)
        tail = _STRETCH_END.split(written[after + len(held_by[-1]) :], maxsplit=1)[0]
        held_by[-1] += tail
    held = [name for name in names if (keys := _unit_keys(name)) and _holds_its_word(keys, held_by)]
    if held:
        return held
    if sentence:
        plain = written.rstrip(_CLAUSE_BREAK + " ")
        breaks = [at for at, mark in enumerate(plain) if mark in _CLAUSE_BREAK]
        written = plain[breaks[-1] + 1 :] if breaks else plain
    others = _QUOTED.sub("", written)
    for member in members:  # (the set's own members may stand in its lead: 学纪、知纪、明纪、守纪“八个字”)
        others = others.replace(member, "")
    if "、" in others:
        return []  # (another series in the lead: the name names it, or is one of a chain of names)
    return [name for name in names if name in written]


# A quotation in a lead (its marks and words): a series inside one (“一中心、一平台、一基地”) is a name's own.
_QUOTED = re.compile(r"“[^”]*”|‘[^’]*’|「[^」]*」|『[^』]*』")


def _owns_name(
    text: str, spans: list[tuple[int, int]], members: list[str], name: str, start: int, end: int
) -> bool:
    """Whether `name`, found in text[start:end] around a set written at `spans`, names that set:
    it stands somewhere there outside another series' member, after the set's own clause only where
    the members say its word or it names them there (see _names_back, _first_of_chain), and a name
    whose word is one character (三资) stands in the set's own clause or is held by every member
    (资产、资源、资金); a character many words hold does not tie a set to a name clauses away."""
    places = [
        at
        for at in _occurrences(text, name, start, end)
        if not _in_other_series(text, at, at + len(name), spans, (start, end))
    ]
    keys = _unit_keys(name)  # (once a name: it reads the name anew)
    own_start, own_end = _own_clause(text, spans[0][0], spans[-1][1])
    holds_word = _holds_its_word(keys, members)
    if not holds_word:
        places = [
            at
            for at in places
            if at < own_end
            or _names_back(text, own_end, at)
            or _first_of_chain(text, at, at + len(name), own_end, end)
        ]
    if not places:
        return False
    if not _one_character_word(keys) or holds_word:
        return True
    # (at a member's edge, where an abbreviation takes it from: 奢靡之风 of 四风, not 作风建设)
    held = any(_at_edge(word, simplified(member)) for word, _ in keys for member in members)
    return any(
        (own_start <= at and at + len(name) <= own_end)
        or _beside_own(text, at, at + len(name), (own_start, own_end), held, end)
        for at in places
    )


# What a clause after a set says before a name that names the set: it opens with words that point
# back to it (这, 此, 上述), or says, at most a few words before the name, that the name is what it
# was called (简称, 统称, 称之为, 叫做, 概括为), what it is, makes up or answers to (就是, 即, 构成,
# 合起来是, 对应), or, opening the clause, that it is (是“五大发展理念”的基本内容); or the name alone
# opens the clause, in apposition to the set (…、开放、共享，五大发展理念。). (即 not of 立即/随即; 此
# not of 因此/如此: those open a clause of its own, …、民生保障，因此要坚持“三个优先”; 是 after words
# of its own sets the set a goal, 关键是“三个优先”, and 的是 after a verb says what it does to
# another, 构成威胁的是“三大风险”.)
_NAMING_BACK = re.compile(
    r"^[\s“「]*(?:这|此|上述|以上|前述)[^，,。；;：:！!？?]{0,6}[“「]?$"
    r"|(?:就是|正是|(?<![立随旋])即|简称|统称|合称|并称|俗称|称为|称作|称之为|称其为|叫做|叫作"
    r"|概括为|归纳为|总结为|对应|构成|统一于|合起来是)(?:(?!的是)[^，,。；;：:！!？?]){0,6}[“「]?$"
    r"|^[\s“「]*是[“「]?$|^[\s“「]*$"
)


def _names_back(text: str, own_end: int, at: int) -> bool:
    """Whether a name at text[at] in a clause after a set's own clause (which ends at `own_end`) names
    the set (…、看齐意识，这“四个意识”; …、共享发展，简称“五大理念”; …、共享，五大发展理念), not a task of its own that the
    clause takes up (…、民生保障，坚持“三个优先”: another concept of as many members)."""
    clause_start = max(own_end, *(i + 1 for i in _breaks(text, own_end, at, _CLAUSE_BREAK)))
    return _NAMING_BACK.search(text[clause_start:at]) is not None


def _at_edge(word: str, member: str) -> bool:
    """Whether a member opens or ends with `word`, quotes aside and the noun of kind it may end
    with (奢靡之风问题 of 四风)."""
    bare = member.strip(_OPENING_QUOTES + _CLOSING_QUOTES)
    head = bare.removesuffix(next((kind for kind in _KIND_NOUNS if bare.endswith(kind)), ""))
    return any(part.startswith(word) or part.endswith(word) for part in (bare, head))


# Nouns that say what kind of thing a member is, after what it names (奢靡之风问题, 浪费现象).
_KIND_NOUNS = ("问题", "现象", "行为", "倾向")


def _beside_own(text: str, at: int, name_end: int, own: tuple[int, int], held: bool, window_end: int) -> bool:
    """Whether a quoted name at text[at:name_end] stands next to a set's own clause text[own_start:own_end]
    as its name: it closes the clause right before it and some member holds its word (`held`:
    纠治“四风”，深化整治形式主义、…、奢靡之风), or it opens the clause right after it as the first of a
    chain of tasks (、) acting on names (…一起抓，统筹推进“五位一体”总体布局、协调推进…; see
    _acts_on_name). (Not a name that merely opens the next clause: …绿色转型，“三水”统筹治理…; nor
    one a single task acts on: …发展战略，奋力打造“一区三地”，即…) `own`: the set's own clause's
    start and end; `window_end`: where the clauses searched end."""
    own_start, own_end = own
    if not (at and text[at - 1] in _OPENING_QUOTES and text[name_end : name_end + 1] in _CLOSING_QUOTES):
        return False
    if name_end + 2 == own_start and text[name_end + 1] in _CLAUSE_BREAK:
        return held
    return _first_of_chain(text, at, name_end, own_end, window_end)


def _first_of_chain(text: str, at: int, name_end: int, own_end: int, window_end: int) -> bool:
    """Whether a quoted name at text[at:name_end] opens the clause right after a set's own clause (which
    ends at `own_end`) as the first of a chain of tasks (、) acting on names (…一起抓，统筹推进“五位
    一体”总体布局、协调推进…; see _acts_on_name), in text[:window_end]."""
    if not (own_end < at and text[own_end : own_end + 1] in "，,"):
        return False
    after = _STRETCH_END.search(text, name_end, window_end)
    chained = after is not None and after.group() == "、"
    return (
        chained
        and _STRETCH_END.search(text, own_end + 1, at) is None
        and _acts_on_name(text[own_end + 1 : at], text[name_end : after.start()])
    )


def _occurrences(text: str, name: str, start: int, end: int) -> list[int]:
    """Where `name` stands in text[start:end]."""
    places, at = [], text.find(name, start, end)
    while at >= 0:
        places.append(at)
        at = text.find(name, at + 1, end)
    return places


def _in_other_series(
    text: str, at: int, end: int, spans: list[tuple[int, int]], window: tuple[int, int]
) -> bool:
    """Whether text[at:end] stands in a member of a series (A、B、C) other than the set at `spans`:
    the stretch that holds it between clause breaks, brackets and 、 has a 、 at one of its ends,
    and that 、 is not one of the set's own (伟大梦想的“四个伟大” names the set it ends). (A series
    in brackets after the name is another matter: 这是“三早”（有的材料写“及时发现、…）; so is a
    stretch that is a verb and the quoted name, 落实“三个区分开来”、健全…: a chain of tasks, each
    acting on a thing, not a series of things.) `window`: the clauses the name was found in; a
    clause break or the sentence's edge bounds them, so the stretch is searched there only."""
    first, last = spans[0][0], spans[-1][1]
    if first <= at < last:
        return False
    low, high = window
    before = _STRETCH_END.search(text[low:at][::-1])
    begin = at - 1 - before.start() if before else low - 1
    after = _STRETCH_END.search(text, end, high)
    stop = after.start() if after else high
    chained = begin >= 0 and text[begin] == "、"
    if _acts_on_name(text[begin + 1 : at], text[end:stop], alone=not chained):
        return False
    return any(
        low <= mark_at < high and text[mark_at] == "、" and not first <= mark_at < last
        for mark_at in (begin, stop)
    )


def _acts_on_name(before: str, after: str, alone: bool = True) -> bool:
    """Whether a stretch written `before` + a name + `after` is a task acting on the quoted name
    (落实“三个区分开来”): the name is quoted and closes the stretch, and a verb opens it. Where the
    stretch opens its clause (`alone`: no 、 before it), the name stands on its own with more words
    around it too: verbs, adverbs and a preposition before it (深入践行“…”, 把“三个标准”), a group
    noun after it (统筹推进“五位一体”总体布局). (After a 、 the words before a name may be the last
    member of a series it names: …组织振兴“五大振兴”; words of a thing qualify a name in a member
    of one: 农村集体“三资”管理.)"""
    before, after = before.strip(), after.strip()
    if not before.endswith(tuple(_OPENING_QUOTES)) or not after.startswith(tuple(_CLOSING_QUOTES)):
        return False
    lead = [w for w in words(simplified(before.rstrip(_OPENING_QUOTES))) if w.strip()]
    tags = [_tag(word) for word in lead]
    if not alone:
        return after in _CLOSING_QUOTES and len(lead) == 1 and tags[0] in _ACTING_TAGS
    return (
        any(tag in _ACTING_TAGS or tag == "p" for tag in tags)
        and all(tag in _ACTING_TAGS | _TASK_TAGS for tag in tags)
        and han_len(after.lstrip(_CLOSING_QUOTES)) <= _GROUP_NOUN_MAX
        and not any(mark in after[1:] for mark in _OPENING_QUOTES)
    )


def _unit_keys(name: str) -> list[tuple[str, bool]]:
    """The words a concept's name counts, one per member (see keywords); none when it is no
    single concept's name."""
    named = names_in(f"“{simplified(name).strip(_OPENING_QUOTES + _CLOSING_QUOTES)}”")
    return keywords(named[0].units) if len(named) == 1 else []


def _one_character_word(keys: list[tuple[str, bool]]) -> bool:
    """Whether a concept's name counts its members by a word of one character (三资, 三农; `keys`
    its _unit_keys): a character many words hold, so it ties a set to the name only where it
    stands close."""
    return any(han_len(word) < 2 for word, _ in keys)


def _headed_name_held(name: str, members: Sequence[str]) -> bool:
    """Whether a name counts a word every member holds plainly and then says what is done with
    them (三单联动 of 需求单、任务单、成效单; 三色管理 of 绿色档、黄色档、红色档): its counted word
    read as the word's opening before a head of two characters or more."""
    keys = _unit_keys(name)
    if not keys or len({word for word, _ in keys}) != 1:
        return False
    word = keys[0][0]
    return any(all(word[:cut] in simplified(member) for member in members) for cut in range(1, len(word) - 1))


# A method a sentence introduces by its quoted name, alone or with a noun of method after it, closing
# its clause (推行“三单联动”工作法，…; 坚持“三治融合”，…): not a name of something else the clause
# speaks of (巩固“三化联动”成果, 推动“四下基层”常态长效, 传达“三度评价”的要求).
_METHOD_AFTER_NAME = r"[”\"’]?(?:(?:工作|管理|治理|服务)?(?:法|机制|模式|制度|做法|办法))?(?:[，,；;：:。]|$)"


def _introduces_method(sentence: str, name: str) -> bool:
    """Whether `sentence` introduces `name` as its method (see _METHOD_AFTER_NAME): quoted, and
    closing its clause, a noun of method at most after it."""
    return re.search(r"[“\"‘]" + re.escape(name) + _METHOD_AFTER_NAME, sentence) is not None


def _holds_its_word(keys: list[tuple[str, bool]], members: list[str]) -> bool:
    """Whether every member holds the word a name counts (`keys` its _unit_keys: 资产、资源、资金
    for 三资)."""
    return all_hold([simplified(m) for m in members], keys)


def _own_clause(text: str, first: int, last: int) -> tuple[int, int]:
    """The clause that holds text[first:last], with the clause it follows when a colon leads to it
    (做好“三保”工作：…)."""
    sentence_start, sentence_end = _sentence_around(text, first, last)
    breaks = _breaks(text, sentence_start, first, _CLAUSE_BREAK)
    begin = breaks[-1] + 1 if breaks else sentence_start
    if breaks and text[breaks[-1]] in "：:":
        begin = breaks[-2] + 1 if len(breaks) > 1 else sentence_start
    after = _breaks(text, last, sentence_end, _CLAUSE_BREAK)
    return begin, after[0] if after else sentence_end


def _counts_characters(name: str, count: int, members: Sequence[str]) -> bool:
    """Whether a name counts the members' characters, not the members (八个字 of 学纪、知纪、明纪、守纪)."""
    return "字" in name and bool(members) and count == sum(han_len(member) for member in members)


# ---------------------------------------------------------------- headings


_HEADING_KINDS = ("md_heading", "heading", "paren_cn", "arabic", "paren_num")


def find_headings(
    paragraphs: list[Paragraph], runs: Sequence[outline.Enumeration] | None = None
) -> list[Heading]:
    """The document's headings in order: Markdown headings, and numbered markers that open their
    paragraph and belong to a numbered run (一、二、 （一）（二） 1. 2.); `runs`: the paragraphs'
    numbered runs, when the caller has them (outline.group_marks of outline.find_marks).

    A Markdown heading ranks by its level (# outermost); a numbered one after all of them, by the
    level of its marker (一、 outside （一） outside 1.). A Markdown heading's numbering (## 一、) is
    its label, as a numbered heading's marker is, so a set of them is asked as the set of headings.
    """
    if runs is None:
        runs = outline.group_marks(outline.find_marks(paragraphs))
    opening: dict[int, outline.Mark] = {}
    for mark in sorted((m for run in runs for m in run.marks), key=lambda m: (m.paragraph, m.start)):
        # (a Markdown heading whose words a marker inside cuts off, ## 📌 0. 基本情况, is read whole)
        if mark.start == 0 and mark.kind in _HEADING_KINDS and (mark.item or mark.kind != "md_heading"):
            opening.setdefault(mark.paragraph, mark)
    found = []
    for index, paragraph in enumerate(paragraphs):
        mark = opening.get(index)
        if not paragraph.heading and mark is None:
            continue
        written = paragraph.written
        if mark is not None:
            label = written[: mark.body_start].strip()
            at = paragraph.text.find(mark.item, mark.body_start)
            item = written[at : at + len(mark.item)] if at >= 0 and mark.item else mark.item
        else:
            label, item = "", strip_punct(written)
        rank = paragraph.heading if paragraph.heading else 10 + mark.level
        found.append(heading(index, rank, label, item, strip_punct(written) if paragraph.heading else ""))
    told = _told_apart(found)
    papers = _with_question_headings(told, paragraphs)
    if len(papers) > len(told):
        # (a paper: a reporter's turn in it is given material, under the material's heading)
        return _with_piece_headings(papers, paragraphs)
    return _with_piece_headings(_with_reporters_questions(told, paragraphs), paragraphs)


def piece_place(piece: outline.Piece, pieces: Sequence[outline.Piece]) -> str:
    """A compilation's piece as a part of a section path: its title, as long as a deck's title may be;
    its label before it where another piece of `pieces` has the same title (篇2：2024年乡村振兴工作总结)."""
    same = piece.label and any(other.title == piece.title and other != piece for other in pieces)
    return clipped(f"{piece.label}：{piece.title}" if same else piece.title, PLACE_MAX + 4)


def _with_piece_headings(found: list[Heading], paragraphs: list[Paragraph]) -> list[Heading]:
    """The headings, with each piece of a compilation (范文二 / 让“数据多跑路” 换来“群众少跑腿”: see
    outline.collection_pieces) heading its piece by its title, outside every heading in the pieces (an
    essay's own 一、 starts again under the next essay, not under the last part of the one before). Its
    place is its title, as long as the deck's title may be: it names the piece as the title names the
    file. A heading the text opens its piece with (a label's line read as a heading) gives way to it."""
    pieces = outline.collection_pieces(paragraphs)
    if not pieces:
        return found
    first = pieces[0].index
    inside = [h.rank for h in found if h.index >= first]
    rank = min(inside, default=1.0) - 0.5
    starts = {piece.index for piece in pieces}
    kept = [h for h in found if h.index not in starts]
    added = [
        Heading(piece.index, rank, "", piece.title, piece_place(piece, pieces), piece=True)
        for piece in pieces
    ]
    return sorted([*kept, *added], key=lambda h: h.index)


def _told_apart(found: list[Heading]) -> list[Heading]:
    """The headings, each set of siblings (one rank, under one heading) that all open with one clause
    (## 抓实基层减负，要在精简会议文件上见实效, ## 抓实基层减负，要在规范督查考核上见实效) placed by the words
    after it where a path cannot show one of them whole: clipped, every one would show the lead
    (see text.after_shared_lead). Siblings that share their opening words inside a clause
    (## 一、深刻把握“某某”蕴含的人民立场, ## 二、深刻把握“某某”体现的实践品格) are placed so by the words
    after those, an ellipsis for the opening (一、…蕴含的人民立场; see text.after_shared_opening)."""
    siblings: dict[tuple[tuple[int, ...], int], list[int]] = {}
    stack: list[Heading] = []
    for at, each in enumerate(found):
        while stack and stack[-1].rank >= each.rank:
            stack.pop()
        siblings.setdefault((tuple(h.index for h in stack), each.rank), []).append(at)
        stack.append(each)
    told = list(found)
    for members in siblings.values():
        heads = [found[at] for at in members]
        if len(heads) < 2 or not any(h.place.endswith("…") for h in heads):
            continue
        places = told_apart([h.item for h in heads], PLACE_MAX, [h.label for h in heads])
        for at, each, place in zip(members, heads, places or [], strict=False):
            told[at] = replace(each, place=place)
    return told


def _with_reporters_questions(found: list[Heading], paragraphs: list[Paragraph]) -> list[Heading]:
    """The headings, with each reporter's turn of a press conference or an interview among them (see
    ASKER_TAG: 某某日报记者：…请问，…？) where it is none already: the answer after it is read under the
    question it answers, as a paper's answer is under its question, and under no point of the answer
    before. It ranks as a paper's question does (outside an answer's 一、 1.). Its place is the question
    it asks (see text.reporters_question); a turn that asks none heads nothing.

    Only where the turns frame the document: two or more ask (one alone is a quote in a report), and
    every numbered heading of the document's own stands between two of them, in an answer. A report's
    一、… 二、… around the turns (a feature that quotes an interview) would stand under the last question
    asked before them, ranking below it."""
    taken = {h.index for h in found}
    turns = [
        (index, asked)
        for index in range(len(paragraphs))
        if index not in taken
        and (asked := reporters_question(paragraphs, index)) is not None
        and asked[0] not in taken
    ]
    asks = Counter(question for _, (_, question) in turns)
    added = []
    for index, (at, question) in turns:
        if asks[question] > 1:  # (请问您怎么看？ twice: the lead-ins tell the questions apart)
            question = (reporters_question(paragraphs, index, lead=True) or (at, question))[1]
        added.append(heading(at, _QUESTION_RANK, "", question, strip_punct(question) or question))
    if len(added) < 2:
        return found
    first, last = added[0].index, added[-1].index
    if any(h.rank > _QUESTION_RANK and not first < h.index < last for h in found):
        return found
    return sorted([*found, *added], key=lambda h: h.index)


# A paragraph that a paper's question or given material opens with, its ordinal as N: 第一题（综合分析）,
# 第2题 组织管理, 题目三, 【第四题】, 【材料一】, 给定资料2. What follows the marker: nothing, a label
# in brackets or after a space, or the question itself after a colon.
QUESTION_MARK = re.compile(
    r"^[【\[〔]?\s*(?P<mark>第(?P<n1>[0-9一二三四五六七八九十]+)道?题|(?:题目|试题)(?P<n2>[0-9一二三四五六七八九十]+)"
    r"|(?:给定)?(?:材料|资料)(?P<n3>[0-9一二三四五六七八九十]+))(?:\s*[】\]〕])?"
)
# What may follow a marker in a line that runs on: a space, a bracket, a colon or a break; not a
# comma, after which a sentence goes on (第一题，考查的是…). A label written right after it
# (第1题综合分析) makes a heading only in a short line that ends no sentence.
_AFTERQUESTION_MARK = frozenset("　 \t（(【[：:．.、")
_QUESTION_LINE_MAX = 40
# A question's label after its marker: the first words, in brackets or before a space (综合分析).
_QUESTION_LABEL = re.compile(r"^[\s：:．.、，,]*[（(【\[]?\s*([^\s（）()【】\[\]：:，,。]+)")
# The rank of a paper's questions where no Markdown heading stands above them: outside the numbered
# headings (10 + level), which an answer's own points are.
_QUESTION_RANK = 9


def _counts_on(ordinals: list[int | None]) -> bool:
    """Whether a paper's markers count its questions: each one on from the one before (a question
    and its answer may share one, 第三题 then 第三题参考范文; a marker the reading lost leaves a gap),
    or back at 1 (the questions, then the answers: 第一题 … 第四题, then 第一题参考答案 …), and at
    least once one more than the one before."""
    values = [value for value in ordinals if value is not None]
    if len(values) < len(ordinals):
        return False
    steps = list(pairwise(values))
    return all(b >= a or b == 1 for a, b in steps) and any(b == a + 1 for a, b in steps)


def _label_line(written: str, rest: str) -> bool:
    """Whether a line whose marker a label follows with no space (第1题综合分析（3月12日练）) is a
    heading: short, ending no sentence, the label no clause that goes on (第一题的答案是…)."""
    words = re.split(r"[（(【\[]", rest, maxsplit=1)[0]  # (a note in brackets after the label may run on)
    if written.endswith(("：", ":")) and exam.names_a_part(words.rstrip("：:")):
        return True  # (第2题参考答案：, 第一题解析: over the answer or the note, which follows)
    return (
        len(written) <= _QUESTION_LINE_MAX
        and written[-1] not in _PART_END + "：:"
        and not re.search(r"[，,：:。；;！!？?]", words)
        and not rest.startswith(("的", "是", "要", "考", "为", "中", "里", "和", "与"))
    )


def _one_under_another(marks: list[tuple[int, str, str]]) -> bool:
    """Whether a kind's markers all stand in paragraphs one right under another: a list of
    questions to learn (思考题: 第1题：… 第2题：…) or a page's buttons to them, not a paper, whose
    questions or answers hold paragraphs (a paper may list its questions so, then answer each)."""
    return all(b - a == 1 for (a, _, _), (b, _, _) in pairwise(marks))


_PART_NUMBER = re.compile(r"[（(]?([0-9一二三四五六七八九十]+)")


def _paper_part(found: list[Heading], first: int) -> Heading | None:
    """The numbered part of a paper the questions from paragraph `first` on stand in (三、参考答案
    over 第1题参考答案, 第2题参考答案), when its numbering goes on after them (四、评分要点): the
    questions are inside the paper's parts, not the answers' own 一、二、 under each question, which
    start again at 一 under the next."""
    numbered = [h for h in found if h.index < first and h.rank > _QUESTION_RANK and h.label]
    if not numbered:
        return None
    outermost = min(h.rank for h in numbered)
    part = [h for h in numbered if h.rank == outermost][-1]
    own = _PART_NUMBER.match(part.label)
    if own is None or (value := numeral_value(own.group(1))) is None:
        return None
    for later in found:
        if later.index > first and later.rank == outermost and (number := _PART_NUMBER.match(later.label)):
            return part if numeral_value(number.group(1)) == value + 1 else None
    return None


def _with_question_headings(found: list[Heading], paragraphs: list[Paragraph]) -> list[Heading]:
    """The headings, with the paragraphs a paper's questions or given materials open with (第一题
    （综合分析）, 题目二, 【材料三】) among them where they are none already: a 题本 or a paper is
    read question by question, and each question's answer is filed under it, not under the last
    part of the answer before. Two markers of one kind (题 or 材料), each a new ordinal, make them
    such; one alone is a reference (见第一题). They rank below the Markdown headings above the first
    of them and above every numbered heading (an answer's 一、 1.)."""
    taken = {h.index for h in found}
    marks: dict[str, list[tuple[int, str, str]]] = {}
    ordinals: dict[str, list[int | None]] = {}
    for index, paragraph in enumerate(paragraphs):
        written = paragraph.written.strip()
        matched = QUESTION_MARK.match(written)
        if index in taken or matched is None:
            continue
        rest = written[matched.end() :]
        bracketed = matched.group(0)[-1] in "】]〕"  # (【第一题】近年来…: the bracket ends the marker)
        label_line = _label_line(written, rest)
        if rest[:1] and rest[0] not in _AFTERQUESTION_MARK and not bracketed and not label_line:
            continue
        kind = "material" if matched.group("n3") else "question"
        if kind == "material" and rest.strip() and not label_line and rest.lstrip()[:1] not in "（(【[":
            continue  # (资料4：清河县…: the material runs on in its paragraph, a labelled paragraph, no heading)
        label = _QUESTION_LABEL.match(rest)
        # (a label in brackets, or the words of a short line: not the first words of a question)
        item = label.group(1) if label and (rest.lstrip()[:1] in "（(【[" or label_line) else ""
        marks.setdefault(kind, []).append((index, written[: matched.end()].strip(), item))
        ordinals.setdefault(kind, []).append(
            numeral_value(next(n for n in matched.group("n1", "n2", "n3") if n))
        )
    kinds = [
        kind
        for kind, kind_marks in marks.items()
        if len(kind_marks) >= 2 and _counts_on(ordinals[kind]) and not _one_under_another(kind_marks)
    ]
    chosen = [mark for kind in kinds for mark in marks[kind]]
    if not chosen:
        return found
    first = min(index for index, _, _ in chosen)
    outer = [h.rank for h in found if h.index < first and h.rank < _QUESTION_RANK]
    rank = min(max(outer, default=_QUESTION_RANK - 1) + 1, _QUESTION_RANK)
    # (questions alone: a paper's given materials, 材料一 …, stay outside its parts as they were)
    paper_part = _paper_part(found, first) if kinds == ["question"] else None
    if paper_part is not None:
        rank = paper_part.rank + 0.5  # (inside the part, outside an answer's own 一、 1. under it)
    added = []
    for index, label, item in chosen:
        whole = re.sub(r"\s+", " ", strip_punct(paragraphs[index].written))
        if exam.names_a_part(item) and len(whole) <= PLACE_MAX:
            short = whole  # (第1题参考答案 as written: the part it heads is no label of the question)
        elif item:
            short = f"{label}（{item}）"  # (its marker and label, without a note after them)
        else:
            short = whole if len(whole) <= PLACE_MAX else label  # (a long line that asks: its marker)
        added.append(heading(index, rank, label, item, short))
    return sorted([*found, *added], key=lambda h: h.index)


# ---------------------------------------------------------------- text helpers


def _marked_after(text: str, first: str, second: str) -> bool:
    """Whether `second` stands after `first` in `text` behind a marker of its own (一是A。…二是B。…):
    the points run on in one paragraph. Only words said again (一是稳增长。稳增长是调结构的基础) are not."""
    at = text.find(second, text.find(first) + len(first))
    while at >= 0:
        if any(
            (m := ANY_MARKER.match(text, at - k, at)) and m.end() == at for k in range(1, _LEADING_MARK + 1)
        ):
            return True
        at = text.find(second, at + max(len(second), 1))
    return False


def _opens(text: str, item: str) -> bool:
    at = text.find(item) if item else -1
    return 0 <= at <= _LEADING_MARK


def _members_in_order(
    text: str, items: list[str], start: int, glued: bool = False
) -> list[tuple[int, int]] | None:
    """Where each item stands in `text`, in order from `start`, within one sentence; with `glued`,
    only separators or a joining word between them (A、B和C). None when they do not."""
    spans: list[tuple[int, int]] = []
    at = max(start, 0)
    for item in items:
        if not item:
            return None
        found = text.find(item, at)
        if found < 0:
            return None
        if spans:
            between = text[spans[-1][1] : found]
            if any(ch in _SENTENCE_END for ch in between):
                return None
            if glued and (len(between) > _GLUE_MAX or not _MEMBER_GLUE.fullmatch(simplified(between))):
                return None
        spans.append((found, found + len(item)))
        at = found + len(item)
    return spans


def _separator(between: str) -> str:
    """The separator a set uses between two members: its punctuation, else its joining word."""
    mark = _SEPARATOR.search(between)
    return mark.group() if mark else (between.strip() or "、")


def _sentence_around(text: str, first: int, last: int) -> tuple[int, int]:
    """The sentence (up to and with its 。！？) that holds text[first:last], without the clauses at
    its edges that carry a pictograph (建议收藏⭐反复看～): a web page's chatter, not its content."""
    start = max((text.rfind(ch, 0, first) for ch in _SENTENCE_END), default=-1) + 1
    ends = [at for at in (text.find(ch, last) for ch in _SENTENCE_END) if at >= 0]
    end = min(ends) + 1 if ends else len(text)
    cuts = [
        start,
        *(at + 1 for at in _breaks(text, start, end, _CLAUSE_BREAK) if not _bracketed(text, at)),
        end,
    ]
    cuts = sorted(set(cuts))
    while len(cuts) > 2 and cuts[1] <= first and _decorated(text[cuts[0] : cuts[1]]):
        cuts.pop(0)
    while len(cuts) > 2 and cuts[-2] >= last and _decorated(text[cuts[-2] : cuts[-1]]):
        cuts.pop()
    return cuts[0], cuts[-1]


def _decorated(clause: str) -> bool:
    return any(unicodedata.category(ch) == "So" for ch in clause)


def _breaks(text: str, start: int, end: int, marks: str) -> list[int]:
    return [at for at in range(start, end) if text[at] in marks]


def _narrowed(text: str, start: int, end: int, first: int, last: int) -> tuple[int, int]:
    """A sentence longer than SENTENCE_MAX cut to what surrounds text[first:last]: its ；-part,
    else the clauses around it as far as the limit allows, and the clause before a colon they
    follow (its lead, of PROMPT_MAX Han characters or fewer) beyond the limit."""
    if end - start <= SENTENCE_MAX:
        return start, end
    parts = [start, *(at + 1 for at in _breaks(text, start, end, "；;")), end]
    part_start = max(p for p in parts if p <= first)
    part_end = min(p for p in parts if p >= last)
    start, end = part_start, part_end
    if end - start <= SENTENCE_MAX:
        return start, end
    cuts = [start, *(at + 1 for at in _breaks(text, start, end, _CLAUSE_BREAK)), end]
    low = max(c for c in cuts if c <= first)
    high = min(c for c in cuts if c >= last)
    for cut in sorted((c for c in cuts if c < low), reverse=True):
        if high - cut > SENTENCE_MAX:
            break
        low = cut
    for cut in sorted(c for c in cuts if c > high):
        if cut - low > SENTENCE_MAX:
            break
        high = cut
    before = [c for c in cuts if c < low]
    if before and text[low - 1] in "：:" and _names_the_series(text[before[-1] : low - 1]):
        low = before[-1]  # (the lead the series follows says what it is: 主要预期目标是：A；B；…)
    return low, high


def _names_the_series(lead: str) -> bool:
    """Whether the clause before a series' colon, of PROMPT_MAX Han characters or fewer, says what the
    series is (主要预期目标是, 要重点抓好以下工作), not only who says it or how (会议强调, 他指出, 事实证明,
    我们要清醒地看到, 这些成绩来之不易: see _SPEECH_TAG, _FRAMING_LEAD, _DISCOURSE_TURN, _is_setting_lead)."""
    clause = simplified(lead.strip())
    return (
        han_len(clause) <= PROMPT_MAX
        and not _SPEECH_TAG.search(clause)
        and not _FRAMING_LEAD.search(clause)
        and not _DISCOURSE_TURN.match(clause)
        and not _is_setting_lead(clause)
    )


# A clause whose subject stands in the clause before it: a pronoun for it (它抓住了…, 它们…), or the
# predicate of a subject written before it (“…”之所以…，在于…; …，是因为…; …，就在于…).
_LEANS_BACK = re.compile(r"(?:就|正|主要|关键)?(?:在于|是因为|是由于)|它(?!山)")


def _clauses_before(text: str, sentence_start: int, position: int, have: int) -> str:
    """The clause that runs up to `position`, and the clauses before it in its sentence (never
    across a ；) while the prompt (which holds `have` Han characters besides) is shorter than
    PROMPT_MIN or opens with ，即 (see NAMELY); never more than PROMPT_MAX Han characters. An exam
    handout's label that opens the paragraph (【材料节选】) is no clause of it."""
    part_start = max([sentence_start, *(at + 1 for at in _breaks(text, sentence_start, position, "；;"))])
    # (a comma inside brackets parts no clauses: 本质要求（九条，考填空）：)
    cuts = [
        part_start,
        *(at + 1 for at in _breaks(text, part_start, position, "，,：:") if not _bracketed(text, at)),
    ]
    begin = cuts[-1]
    for cut in reversed(cuts[:-1]):
        # (a clause that opens with ，即 unpacks the one before it, which names what the set is: 推行
        # “一约四会”，即____、____, not 即____、____ alone; a label before ：即 says no more than the count)
        namely = text[begin - 1] in "，," and NAMELY.match(text[begin:position].lstrip())
        # (nor one whose subject is in the clause before: 在于它…, 它…, 是因为… say nothing alone)
        leans = text[begin - 1] in "，," and _LEANS_BACK.match(text[begin:].lstrip())
        if han_len(text[cut:position]) > PROMPT_MAX or (
            han_len(text[begin:position]) + have >= PROMPT_MIN and not namely and not leans
        ):
            break
        begin = cut
    return exam.EXAM_LABEL.sub("", text[begin:position], count=1).lstrip(" ，,：:")


# A clause that counts the set it introduces (推出三项举措, 从四个方面), or announces it (如下, 以下几点).
_COUNTED_SET = re.compile(
    r"(?P<n>[0-9０-９一二两三四五六七八九十]+)\s*(?:个|個|项|項|条|條|点|點|大|种|種|类|類|件|张|張|步|字|层|層|方面)"
    r"|如下|以下|下列|[几幾](?:个|個|项|項|点|點|条|條|方面)"
)
# A clause that ends in a count with no noun after it (主要有三种, 提醒两点, 从四个方面): it names no kind.
_BARE_COUNT = re.compile(
    r"[0-9０-９一二两兩三四五六七八九十几幾]+\s*"
    r"(?:种|種|个方面|個方面|方面|个|個|点|點|条|條|类|類|项|項)$"
)
# A bracket at a line's end that opens with a count of what the line holds, with a note to the reader
# after it or none (（9条，难背）, （6个）); not a name a count opens (（“三步走”）, （三个务必）).
_COUNT_REMARK = re.compile(
    r"\s*[（(]\s*(?:[0-9０-９]+|[一二两三四五六七八九十]+)\s*(?:个|項|项|条|條|点|點|方面|句|类|類)"
    r"\s*(?:[，,、；;：:][^（）()]*)?[）)]$"
)


def _without_count_remark(text: str) -> str:
    """`text` without the bracket at its end that counts what it holds (see _COUNT_REMARK), where
    words of a name are left (本质要求: the section over the card says of what)."""
    cut = _COUNT_REMARK.sub("", text)
    return cut if han_len(cut) >= 2 else text


# A clause that asks (如何做到…, 有哪些…): the items answer it, whatever series it quotes.
_ASKING = re.compile(r"如何|怎样|怎樣|怎么|怎麼|哪些|什么|什麼|[?？]$")
# A clause that names the aspect the items are found in (在强化政治忠诚、提高政治能力方面: the problems in it).
_ASPECT = re.compile(r"^在.+(?:方面|上)$")
# A heading's number before a clause (二、“千万工程”), and order words written as a series (按照首先、其次、最后
# 的层次): their 、 parts are no members.
_HEADING_NUMBER = re.compile(r"^[（(]?[一二三四五六七八九十]+[、）)]")
_ORDER_WORDS = re.compile(r"首先、其次|第一、第二|其一、其二")
# Han characters of a series' first and last piece that are its member (the rest is the clause around it)
_SERIES_EDGE = 4


def _item_labels(text: str, items: Sequence[str], intro: str) -> list[str]:
    """The clause right before each item in `text`, where it is no part of the introduction: a label the
    finder left off the item (不折腾 of 一是不折腾，一张蓝图绘到底), which may be the series' member."""
    labels = []
    for item in items:
        at = text.find(item)
        if at > 0:
            label = re.split(r"[，,；;。：:]", text[:at].rstrip("，,；;：: "))[-1].strip()
            if label and label not in intro:
                labels.append(label)
    return labels


def _names_another_series(intro: str, items: Sequence[str], count: int) -> bool:
    """Whether the last clause of a list's introduction writes out a series of its own (A、B、C) that is not
    the list's set: fewer than two members lend the items two characters in a row (推行“接诉即办、未诉先办、办必办好”
    工作机制 before 做实便民服务 / 做优矛盾化解; 打造一支政治坚定、素质过硬…的队伍 before the steps that build
    it). Not where the introduction counts the set (推出三项举措, 三项 of three items), announces it (如下)
    or asks a question the items answer, nor a clause that names the aspect they are found in (在…方面);
    nor a series whose members the items hold (抓好引才、育才、留才 before 精准引才, …). A count in the
    series' last piece, of as many as its members (三大产业 after three industries), counts the series."""
    clause = _HEADING_NUMBER.sub("", re.split(r"[，,：:；;]", intro)[-1].strip())
    pieces = clause.split("、")
    if len(pieces) < 2 or _ASKING.search(intro) or _ASPECT.match(clause) or _ORDER_WORDS.search(clause):
        return False
    # (a count in the series' last piece counts the series' own members, 纺织服装、食品加工、电子元件三大
    # 产业 or “读、写、练”三步走: it says nothing of the set after it)
    last_piece_start = len(intro) - len(pieces[-1].rstrip())
    for counted in _COUNTED_SET.finditer(intro):
        number = counted["n"]
        if number is None:
            return False
        value = numeral_value(unicodedata.normalize("NFKC", number))
        if value == count and not (counted.start() >= last_piece_start and value == len(pieces)):
            return False
    first, *middle, last = (content_chars(simplified(piece)) for piece in pieces)
    # (the first and last pieces hold the clause around the series: their members are as long as those
    # between them, 人 of 让人、财、权真正沉下去)
    edge = min((len(member) for member in middle if member), default=_SERIES_EDGE)
    members = [first[-edge:], *middle, last[:edge]]
    said = [content_chars(simplified(item)) for item in items]
    # the pairs of characters of each member that an item holds (a member of one character is its own pair:
    # 在“引、育、用”上下功夫 before 引进一批, 培育一批, 用好一批)
    held = [
        {
            pair
            for at in range(max(len(member) - 1, 1))
            if any((pair := member[at : at + 2]) in item for item in said)
        }
        for member in members
    ]
    # (the items are the series' when two members or more lend them words of their own; one word the items
    # share with one member, or with all alike, is chance: 推进 of 系统推进, 共享 of 共享为原则、不共享为例外)
    return sum(1 for pairs in held if pairs) < 2 or len(set().union(*held)) < 2


def _bracketed(text: str, at: int) -> bool:
    """Whether text[at] stands inside brackets that close after it."""
    opened = max(text.rfind("（", 0, at), text.rfind("(", 0, at))
    closed = max(text.rfind("）", 0, at), text.rfind(")", 0, at))
    return opened > closed and any(ch in "）)" for ch in text[at:])


def _clauses_around_span(text: str, first: int, last: int) -> tuple[int, int]:
    """Where the clauses of its sentence that hold text[first:last] start and end in `text`, with the
    clause before them and the clause after: where a sentence names the set it writes out (统揽…，
    这“四个伟大”), not a set it names clauses away (…、“三胞”亲属也越来越多)."""
    sentence_start, sentence_end = _sentence_around(text, first, last)
    before = [sentence_start, *(at + 1 for at in _breaks(text, sentence_start, first, _CLAUSE_BREAK))]
    after = [*_breaks(text, last, sentence_end, _CLAUSE_BREAK), sentence_end, sentence_end]
    return before[max(len(before) - 2, 0)], after[1]


def _trim_end(text: str) -> str:
    return text.rstrip(" ，,：:；;。")


# An introduction that ends in a whole's tally of its parts and of the smaller units in them, the
# whole named before it (《措施》共5个方面22条, 全文分3章20节, 方案共4个部分18条措施): the set is the
# parts, and the second count is not what it asks. (Not a task's count, 推进4个方面18条举措, nor a
# tally that opens its clause, 分4个部分18条: no whole stands before it to ask the parts of.)
_TALLY_END = re.compile(
    r"(?<![\s，,：:；;。、的])(?P<all>总共|一共|共分为|共分|共有|共|合计|分为|分)(?P<n>[0-9０-９一二两三四五六七八九十]+)"
    r"(?P<unit>个方面|个部分|个板块|个领域|个专题|大方面|大部分|大板块|方面|部分|板块|章|篇|编)"
    r"[0-9０-９一二两三四五六七八九十百]+(?:条|项|款|点|节|个)[\u4e00-\u9fff]{0,4}$"
)


def _one_tally(intro: str, count: int) -> str:
    """An introduction whose tally counts the set's parts and then smaller units (《措施》共5个方面
    22条 of five parts) with the parts' count alone (《措施》的5个方面); as it stands otherwise (the
    set may be the 22条, or the tally may not end the introduction)."""
    tally = _TALLY_END.search(intro)
    if tally is None or numeral_value(unicodedata.normalize("NFKC", tally["n"])) != count:
        return intro
    return f"{intro[: tally.start()]}的{tally['n']}{tally['unit']}"


# An introduction that ends inside a quoted name (要算好“三笔账) or a bracket's remark (关键词“三心”：
# ____、____、____（注意顺序, of …（注意顺序！）): the prompt would show a mark its count cannot close.
_NAME_LEFT_OPEN = re.compile(r"“[^“”]{1,8}$")
_REMARK_LEFT_OPEN = re.compile(r"[（(][^（）()]*$")
# An introduction that ends inside a term's label bracket (【“三个区分开来”】… cut before its 】).
_LABEL_LEFT_OPEN = re.compile(r"【[^【】]*$")


def _closed(intro: str) -> str:
    """An introduction with a quoted name it leaves open closed (要算好“三笔账”), and a remark in
    brackets it leaves open left out (its words are the writer's note, not the set's lead); a
    bracket that opens the introduction is dropped alone (（这两个连着背 → 这两个连着背), and so is a
    term's label bracket it leaves open (【“三个区分开来” → “三个区分开来”; else closed, 名词：【三农】)."""
    if label := _LABEL_LEFT_OPEN.search(intro):
        intro = intro[1:] if label.start() == 0 else intro + "】"
    if _NAME_LEFT_OPEN.search(intro):
        return intro + "”"
    remark = _REMARK_LEFT_OPEN.search(intro)
    if remark is None:
        return intro
    if remark.start() == 0:
        return intro[1:]
    kept = _trim_end(intro[: remark.start()])
    return kept if han_len(kept) >= PROMPT_MIN else intro


# ---------------------------------------------------------------- gaps worth reciting


@cache
def _frame_tags() -> dict[str, str]:
    """jieba's dictionary words of the classes in _FRAME_TAGS and of place names, with their tag.

    jieba's dictionary tags every word with its part of speech; only these classes are kept, in a
    marshal copy (see text.marshal_copy), so a worker loads them in milliseconds.
    """
    jieba = import_jieba()
    dictionary = Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME
    kept = _FRAME_TAGS | _MODIFIER_TAGS | {_PLACE_TAG} | _VERB_TAGS

    def build() -> tuple[dict[str, str], int]:
        tags: dict[str, str] = {}
        with dictionary.open(encoding="utf-8") as lines:
            for line in lines:
                parts = line.split()
                if len(parts) != 3 or parts[2] not in kept:
                    continue
                word, frequency, tag = parts
                if tag == _PLACE_TAG and not (
                    int(frequency) >= _PLACE_FREQUENCY or word.endswith(_DIVISIONS)
                ):
                    continue  # a rare word jieba calls a place is as often none (德治, 美化)
                tags[word] = tag
        return tags, len(tags)

    name = f"jieba-tags-{'-'.join(sorted(kept))}-{_PLACE_FREQUENCY}-{''.join(_DIVISIONS)}"
    return marshal_copy(dictionary, name, build, (dict, int))[0]


def _tag(word: str) -> str:
    if _NUMERAL.match(word):
        return "m"
    return _frame_tags().get(word, "")


@lru_cache(maxsize=65536)  # the same gap in many documents (十八大以来) is judged once
def is_trivia(gap: str, quoted: bool = False) -> bool:
    """A gap a learner gains nothing from reciting: one character or none, a number, a time
    phrase (十九大以来, 近年来, 三个阶段), a place name alone, or function words only (同时, 进一步).
    A gap the text puts in quotation marks (`quoted`) is a term the author marks (“最后一公里”,
    “三门”): only a number or a time phrase is trivia there. Read in the simplified view, as
    jieba's dictionary is written. (A long gap is a formulation the phrase finder took whole: it
    is no trivia.)"""
    plain = content_chars(simplified(gap))
    if han_len(plain) <= 1 or is_count_or_date(gap):
        return True
    if quoted:
        return False
    tokens, tags = _tagged(plain)
    if _place_alone(tokens, tags):
        return True
    # a numbered concept is recited even when its word is a function word (六个必须)
    return all(tag in _FRAME_TAGS for tag in tags) and not terms.has_term(plain) and not _festival(tokens)


def _told_after_dates(card: Card) -> list[str] | None:
    """The clause after each item of a list whose items only say when, read from the card's notes
    (one line an item, opening with it: 改革开放以后，以“小事不出村”为特征；): what each period is.
    None when a note does not go on so, or says nothing after its date worth reciting."""
    notes = [without_list_mark(line).strip() for line in card.extra.split("\n") if line.strip()]
    if len(notes) != len(card.items):
        return None
    told = []
    for item, note in zip(card.items, notes, strict=True):
        if not note.startswith(item):
            return None
        clause = _CLAUSE_AFTER_DATE.match(note[len(item) :])
        if not clause or han_len(clause.group(1)) < CUE_MIN or is_trivia(clause.group(1)):
            return None
        told.append(clause.group(1))
    return told


# An ordinal that opens a stage's name (第一阶段, 第2批).
_ORDINAL = re.compile(r"^第[\d一二三四五六七八九十]+")
# The clause after a date that opens a note: the words up to the next clause mark.
_CLAUSE_AFTER_DATE = re.compile(r"^[，,：:、\s]*([^，,。；;：:！!？?]+)")


def _no_gap(member: str) -> bool:
    """A member of a set that is no gap of its own: trivia, or a whole clause."""
    return is_trivia(member) or han_len(member) > GAP_MAX


@lru_cache(maxsize=65536)
def is_count_or_date(gap: str) -> bool:
    """A number, or a phrase that only says when (2015年, 十八大以来, 5个工作日)."""
    plain = content_chars(simplified(gap))
    if not plain or _NUMBER.match(plain):
        return True
    return han_len(plain) <= TIME_PHRASE_MAX and _time_phrase(*_tagged(plain))


def is_place(gap: str) -> bool:
    """A place name alone (湖北, 长三角)."""
    return _place_alone(*_tagged(content_chars(simplified(gap))))


# The party committees, governments, people's congresses and political consultative conferences of
# each level (市委, 县人民政府, 区人大常委会, 镇党委, 街道党工委), the centre (党中央, 国务院) and a unit's
# leading group (局党组): the chain of authority a report or a speech names in its frame (在市委、市政府和
# 县委的坚强领导下; 深入贯彻中央、省委和市委关于…的部署要求; 在县人大及其常委会、县政协的监督支持下).
# Not 政府 or 党委 alone, which name one actor among others (政府、市场、社会协同发力), nor a village's
# bodies (村党组织、村委会), which a text lists as the parts of what it builds.
_LEVEL = "(?:省|市|县|区|州|盟|旗|镇|乡|街道|自治区|自治州|自治县)"
_BODY = (
    r"(?:党中央|中央|国务院|全国人大(?:常委会)?|全国政协|(?:人大)?常委会|办事处|[局厅委办]?党组"
    rf"|{_LEVEL}(?:委|党委|党工委|(?:人民)?政府|人大(?:常委会)?|政协|纪委(?:监委)?))"
)
# What such bodies decided or held, named beside them in the frame (深入贯彻中央|经济工作会议|和省委、
# 市委全会部署; 落实党中央决策|部署|和省委、市委、县委工作要求).
_DIRECTIVE = r"[\u4e00-\u9fff]{0,6}?(?:会议|全会|部署|要求|精神)"
_BODY_DIRECTIVE = re.compile(_DIRECTIVE)
# A body as a series finder may cut it, with a word of its frame on either side (这是|市委, 县委|坚强,
# 认真落实|省委, 市委|全会部署), or two bodies the frame glues (办事处|在|区委). Not a body's department or
# post (县委组织部, 市委书记): what follows it is no word of the frame.
_BODY_MEMBER = re.compile(
    r"(?:这是|是|在|由|经|(?:认真|深入|坚决)?(?:贯彻)?落实|(?:深入|认真)?贯彻)?"
    rf"{_BODY}(?:(?:在|和|及|与|及其){_BODY})*(?:坚强|{_DIRECTIVE})?"
)


def names_the_leadership(members: Sequence[str]) -> bool:
    """Whether a series names the chain of authority a report or a speech frames itself with (see
    _BODY): two bodies or more, each other member something they decided (see _BODY_DIRECTIVE). A
    formula of the genre, whatever the document, and no point to recite. A set of the state's organs
    (全国人大及其常委会、国家主席、国务院、最高人民法院…) holds organs that are no such body: it is kept,
    and so is a series of the bodies' meetings alone (县委常委会会议、县政府常务会议: kinds of meeting)."""
    plain = [content_chars(simplified(member)) for member in members]
    if all(member.endswith("会议") for member in plain):
        return False
    bodies = sum(1 for member in plain if _BODY_MEMBER.fullmatch(member))
    return bodies >= 2 and all(
        _BODY_MEMBER.fullmatch(member) or _BODY_DIRECTIVE.fullmatch(member) for member in plain
    )


# A count of such bodies, or a post or an office of each after them: the text makes the bodies a set to
# learn (四套班子; 县里的四大班子，即县委、…), or names their people (市委、县委、镇党委书记, 五级书记; 省委、
# 市委主要负责同志), not the frame of names_the_leadership.
_BODY_COUNT = re.compile(r"([一二两三四五六七八九十]{1,3}|\d{1,2})(?:套|大|个|家|级)")
_POST_AFTER = re.compile(
    r"[”’]?(?:书记|副书记|常委|主要负责|负责同志|负责人|(?:主要|分管)领导|领导(?:班子|干部|同志)|班子|办公[室厅])"
)


def _bodies_as_content(text: str, first: int, last: int, count: int) -> bool:
    """Whether the bodies written in text[first:last] are what the text teaches (see _BODY_COUNT): the
    sentence around them counts `count` of them, or a post of theirs follows them."""
    if _POST_AFTER.match(CLOZE.sub(r"\2", text[last:])):
        return True
    start, end = _sentence_around(text, first, last)
    sentence = CLOZE.sub(r"\2", text[start:end])
    return any(numeral_value(m.group(1)) == count for m in _BODY_COUNT.finditer(sentence))


def open_leadership_gaps(text: str) -> str | None:
    """`text` with the gaps written out plain that name the chain of authority (see
    names_the_leadership): a run of gaps side by side ({{c1::市委}}、{{c2::市政府}}和{{c3::县委}}), or one gap
    over such a series (县人大及其{{c1::常委会、县政协}}). None when no gap is left."""
    opened: set[int] = set()
    for run in _series_runs(text):
        members = [gap.answer for gap in run] if len(run) > 1 else _series_members(run[0].answer)
        if (
            members
            and names_the_leadership(members)
            and not _bodies_as_content(text, run[0].start, run[-1].end, len(members))
        ):
            opened.update(gap.start for gap in run)
    if not opened:
        return text
    return open_clozes(text, lambda match: match.start() in opened)


def _tagged(plain: str) -> tuple[list[str], list[str]]:
    """The words of `plain` and their tags (see _tag)."""
    tokens = [w for w in words(plain) if w.strip()]
    return tokens, [_tag(w) for w in tokens]


def _place_alone(tokens: list[str], tags: list[str]) -> bool:
    """Place names, perhaps with a one-character administrative word after them (粤港澳大湾区)."""
    places = tags[:-1] if len(tokens) > 1 and len(tokens[-1]) == 1 else tags
    return bool(places) and all(tag == _PLACE_TAG for tag in places)


# Festivals and public holidays: jieba tags them words of time (t), but a set of them names the days
# a text picks out (紧盯元旦、春节、中秋、国庆等重要节点), a set to recite as any names are; a day
# named with a frame (春节期间, 国庆前后) still only says when.
_FESTIVALS = frozenset(
    {
        *("元旦", "除夕", "春节", "元宵", "清明", "端午", "七夕", "中秋", "重阳", "国庆", "腊八"),
        *("劳动节", "国庆节", "中秋节", "元宵节", "端午节", "清明节", "重阳节"),
    }
)


def _festival(tokens: list[str]) -> bool:
    """Whether `tokens` are one festival's name alone (see _FESTIVALS)."""
    return len(tokens) == 1 and tokens[0] in _FESTIVALS


# What makes a set of festivals a time after its last one: a frame (元旦、春节期间; 中秋、国庆前后), maybe
# after 等 and a word for the days (元旦、春节等节日前后; 春节、国庆假期).
_FESTIVALS_FRAMED = re.compile(r"(?:等[^，,。；;：:、]{0,4}?)?(?:期间|前后|假期|前夕|之际|当天|前|后)")


def _festivals_framed(items: list[str], after: str) -> bool:
    """Whether `items` are festivals alone (or dates: 五一) and the words `after` the last one
    frame them as a time (元旦、春节、清明期间): a set so framed only says when, as one festival
    framed does (春节期间, see _FESTIVALS); a set named alone is recited (紧盯元旦、春节等节点). The
    frame may end the last item (元旦、春节、清明期间|的安全工作: the series ran on to 的)."""
    last = content_chars(simplified(items[-1]))
    opening = max((name for name in _FESTIVALS if last.startswith(name)), key=len, default="")
    if opening and opening != last:
        items, after = [*items[:-1], opening], last[len(opening) :] + after
    festivals = [_festival(_tagged(content_chars(simplified(item)))[0]) for item in items]
    days = all(festival or is_count_or_date(item) for festival, item in zip(festivals, items, strict=True))
    return any(festivals) and days and bool(_FESTIVALS_FRAMED.match(after))


def _time_phrase(tokens: list[str], tags: list[str]) -> bool:
    """A phrase that only says when: it ends in a time frame (…以来) or a time unit standing as a
    word of its own (…日), or in a time word or period that only numbers, frame words and
    adjectives lead up to (近年来, 三个阶段, 起步的关键时期)."""
    last = tokens[-1]
    if len(tokens) > 1 and (last.endswith(_TIME_FRAMES) or (len(last) == 1 and last in _TIME_UNITS)):
        return True  # since X, during X; a day, year or session named after X (…企业家日)
    if all(tag == "m" or token in _TIME_UNITS for token, tag in zip(tokens, tags, strict=True)):
        return tags[0] == "m" and tokens[-1] in _TIME_UNITS  # (20世纪60年代, 2024年3月)
    before = tags[:-1]
    plain_lead = all(tag in _FRAME_TAGS or tag in _MODIFIER_TAGS for tag in before)
    if not plain_lead:
        return False
    if tags[-1] in ("t", "tg"):
        return not _festival(tokens)
    counted = any(tag in ("m", "mq") for tag in before)
    return (counted and last.endswith(_TIME_UNITS)) or last.endswith(_TIME_SPANS)


# The longest title whose words a gap may be read in: the cards show a title of a headline's length
# whole over the front (a longer one shortened, and a title that long may be the text's first sentence).
TOPIC_TITLE_MAX = 24
# The longest gap (Han characters) read as the title's topic: a name (四下基层, 促进共同富裕), not a slogan.
TOPIC_GAP_MAX = 6


def _without_salutation(text: str) -> str:
    """A formulation's cloze `text` without the speech's salutation that opens its sentence (see
    phrases.without_salutation). Here, after the card's id is made, so that the id stays the one the
    card had before salutations were left off (a card keeps its id when only its wording improves)."""
    plain = CLOZE.sub(r"\2", text)
    cut = len(plain) - len(phrases.without_salutation(plain))
    return text[cut:] if cut and text.startswith(plain[:cut]) else text


def open_topic_gaps(text: str, title: str) -> str:
    """`text` with every cloze written out plain whose answer is the document's topic: the words of its
    title (学习“四下基层”… under 学习贯彻四下基层心得体会), perhaps after a verb (促进共同富裕 under
    共同富裕专题). The title stands over the front of every card, so the gap asks nothing. Not a member
    of a run of gaps (推进乡村振兴、建设美丽乡村…): which members the series has is still asked."""
    topic = content_chars(simplified(title))
    if not topic or han_len(topic) > TOPIC_TITLE_MAX:
        return text
    alone = {run[0].start for run in _series_runs(text) if len(run) == 1}
    return CLOZE.sub(
        lambda match: (
            match.group(2)
            if match.start() in alone and _names_topic(match.group(2), topic)
            else match.group(0)
        ),
        text,
    )


def _names_topic(answer: str, topic: str) -> bool:
    """Whether a gap's `answer` says no more than the `topic` (a title's content_chars, simplified)."""
    plain = content_chars(simplified(answer))
    if han_len(plain) < CUE_MIN or han_len(plain) > TOPIC_GAP_MAX or re.search("[、，,；;]", answer):
        # (a short word of the title, 党建 of 党建引领…, may still be a member to recite; a longer gap, or a
        # series, is a formulation the title quotes, 凝心聚力、实干争先, which a candidate recites)
        return False
    if plain == topic:
        return False  # (a title that is one whole sentence of the text may be that sentence itself)
    if plain in topic:
        return True
    tokens = [w for w in words(plain) if w.strip()]
    rest = "".join(tokens[1:])
    return (
        len(tokens) > 1
        and phrases.word_tags().get(tokens[0], "").startswith("v")
        and han_len(rest) >= CUE_MIN
        and rest in topic
    )


def open_trivia_gaps(text: str) -> str:
    """`text` with every trivia cloze written out plain; the other clozes keep their numbers. A figure
    of an example (see _is_example_figure) is trivia too, unless quoted, spelled out right after it
    (建强3支队伍，即…: the count names the text's own set) or in a text that sets targets."""
    sets_targets = bool(_TARGET_SET.search(text))

    def keep(match: re.Match[str]) -> str:
        before, after = text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]
        quoted = before in _OPENING_QUOTES and after in _CLOSING_QUOTES and bool(before and after)
        answer = match.group(2)
        example = (
            not quoted
            and not sets_targets
            and _is_example_figure(answer)
            and not _SPELLED_OUT.match(text, match.end())
        )
        trivia = is_trivia(answer, quoted) or example or _points_ahead(answer) or _cuts_a_figure(text, match)
        return answer if trivia else match.group(0)

    return CLOZE.sub(keep, text)


# The measure words and units that follow a figure's digits (3268亿元, 6.1%, 12个, 5万人次), simplified.
_UNIT_CHARS = frozenset("%％‰万亿千百个项家件名次户条所座处批类种倍组人支场台辆份篇期亩元吨米")
# At most this many characters of the gap after its unit: a unit and a word or two (亿元、增长, 万吨以上);
# more is a clause the gap asks (12{{条措施，着力破解民营企业融资难题}}).
_CUT_FIGURE_REST_MAX = 4


def _cuts_a_figure(text: str, match: re.Match[str]) -> bool:
    """Whether a gap opens with the unit of a figure whose digits stand just before it and asks little
    else (3268{{亿元、增长}}6.1%, 86{{万吨以上}}): the phrase finder cut inside a figure, and the gap asks a
    unit and a verb, nothing to recite. The unit is the first word jieba reads, made of units only, or a
    unit before a noun it knows (12{{篇文章}}); not a word that merely opens with one (2023{{人工智能大会}},
    1{{人民至上}}), nor a letter or a word that is no unit (5G专网, 12345热线)."""
    if not re.search(r"[0-9０-９]\s*$", text[: match.start()]):
        return False
    tokens = [token for token in words(simplified(match.group(2)).strip()) if token.strip()]
    if not tokens:
        return False
    first = tokens[0]
    unit = all(char in _UNIT_CHARS for char in first) or (
        first[0] in _UNIT_CHARS and len(first) > 2 and phrases.word_tags().get(first[1:], "").startswith("n")
    )
    rest = content_chars("".join(tokens[1:]))
    return unit and (
        han_len(rest) <= _CUT_FIGURE_REST_MAX or bool(re.match(r"\s*[0-9０-９]", text[match.end() :]))
    )


# A gap that frames a sentence's point instead of making it, whatever the topic:
# - the occasion a speaker takes as a springboard (以这次学习为契机, 以此次会议为新的起点): the point is what
#   they will do from it;
# - the occasion a speech turns to its hearers to name (同志们，这次培训是一次…): the speech's own frame;
# - an object fronted by 对/对于 before its clause says what is done about it or falls short (对群众反映的
#   办证难问题，回应不够及时): the point is that clause.
_OCCASIONS = ("这次", "此次", "本次", "这一次", "今天的", "今天这次")
_OCCASION = "(?:" + "|".join(_OCCASIONS) + ")"
_SPRINGBOARD = re.compile(
    rf"^(?:要|将|把|我将|我们将|我们要)?以(?:此|{_OCCASION}[^，,。；;！!？?]{{1,16}})为(?:新的|新)?(?:契机|起点|开端|出发点)$"
)
_VOCATIVE = re.compile(rf"^(?:{phrases.SALUTATION.pattern})$")  # (the hearers addressed, and no more)
_FRONTING = ("对", "对于")
# How a clause opens that makes the phrase before its comma its subject (对法治的信仰，是法治建设的根基;
# 对群众的感情，决定干部的作风): that phrase is the point, no object fronted before a clause of its own.
_PREDICATE_OF_IT = re.compile(
    r"^(?:仍|也|就|才|正|都|更|始终|历来|永远|归根到底|说到底)?"
    r"(?:是|乃是|成为|构成|决定|体现|彰显|在于|关系|事关|源于|来自)"
)


# What a fronted object ends in (jieba's tags): a noun, or a verb used as one (预警, 监管).
_OBJECT_HEADS = frozenset({"n", "nz", "ng", "nt", "vn"})
# What says something of the object once its last 的 is passed: a verb, an adverb (处理, 严肃) or an
# aspect particle (了, 着, 过). (jieba tags set phrases that name a thing, 停车难, as idioms.)
_SAYING_TAGS = frozenset({"v", "vd", "vi", "vg", "d", "ad", "ul", "uz", "ug"})


def _fronted_object(answer: str) -> bool:
    """Whether a gap is only an object fronted by 对/对于 (对企业反映的用地难问题): the preposition, then
    words that say nothing of it after their last 的, a noun ending them. A quotation that ends it names a
    thing only after 的 (对改革中的“硬骨头”); straight after a noun it says what is done to it (对群众“有求
    必应”, 对典型问题“一查了之”)."""
    plain = simplified(answer).strip()
    quoted = _QUOTED_END.search(plain)
    # (endswith, not the last character: 对于 is two)
    if quoted and not plain[: quoted.start()].rstrip().endswith(("的", *_FRONTING)):
        return False
    tokens = [token for token in words(content_chars(plain)) if token.strip()]
    if len(tokens) < 2 or tokens[0] not in _FRONTING:
        return False
    tags = [phrases.word_tags().get(token, "") for token in tokens]
    last_de = max((i for i, token in enumerate(tokens) if token == "的"), default=0)
    return tags[-1] in _OBJECT_HEADS and not _SAYING_TAGS & set(tags[last_de + 1 :])


# A denial right before a run of gaps (不是“…”, 而非…): the run is the wrong version of something.
_DENIAL_BEFORE = re.compile(f"(?:{'|'.join(_CONTRASTS)}|并非|绝非)[{_OPENING_QUOTES}]?$")


def _denied_echoes(text: str) -> set[int]:
    """The starts of the gaps in a run that a denial opens (see _DENIAL_BEFORE) when most of its members
    stand in the text outside the run (是自治、法治、德治，不是“自治、法治、智治”): the card would ask the
    wrong version while the right one is in view. A run denied with members of its own (算市场账，而不是
    研发投入、成果数量) is what the sentence sets against the point, and stays."""
    starts: set[int] = set()
    for run in _series_runs(text):
        if len(run) < 2 or not _DENIAL_BEFORE.search(CLOZE.sub(r"\2", text[: run[0].start])):
            continue
        shown = CLOZE.sub(r"\2", text[: run[0].start] + "\n" + text[run[-1].end :])
        echoed = [gap for gap in run if gap.answer in shown]
        if len(echoed) * 2 > len(run):
            starts.update(gap.start for gap in run)
    return starts


def open_framing_gaps(text: str) -> str | None:
    """`text` with the gaps written out plain that frame its point (see _SPRINGBOARD) or ask the wrong
    version it denies (see _denied_echoes). A fronted object that is a card's only gap passes its gap to
    the plain clause after it, when that clause is a gap's length and more of the text follows it (对…问题，
    {{c1::回应不够及时}}，…). None when no gap is left."""
    gaps = _gaps(text)
    denied = _denied_echoes(text)

    def fronted(gap: _Gap) -> bool:
        after = CLOZE.sub(r"\2", text[gap.end + 1 :]).lstrip()
        return (
            text[gap.end : gap.end + 1] in ("，", ",")
            and not _PREDICATE_OF_IT.match(after)
            and _fronted_object(gap.answer)
        )

    if len(gaps) == 1 and fronted(gaps[0]):
        gap = gaps[0]
        after = text[gap.end + 1 :]
        clause = re.match(f"[^{re.escape(_CLAUSE_BREAK)}{{}}]+", after)
        if clause and CUE_MIN <= han_len(clause.group(0)) <= GAP_MAX and clause.end() < len(after):
            return (
                f"{text[: gap.start]}{gap.answer}{text[gap.end]}"
                f"{{{{c{gap.number}::{clause.group(0)}}}}}{after[clause.end() :]}"
            )

    def frames(gap: _Gap) -> bool:
        answer = content_chars(simplified(gap.answer))
        before = CLOZE.sub(r"\2", text[: gap.start]).strip()  # (the text before the gap, gaps written out)
        # the occasion named to the hearers, unless the gap quotes what it put forward (这次全会提出的“五个必须”)
        quotes = re.search(f"[{_OPENING_QUOTES}《]", gap.answer)
        vocative = answer.startswith(_OCCASIONS) and _VOCATIVE.match(before) and not quotes
        return bool(_SPRINGBOARD.match(answer) or vocative or fronted(gap) or gap.start in denied)

    framing = {gap.start for gap in gaps if frames(gap)}
    return open_clozes(text, lambda match: match.start() in framing) if framing else text


# Examples of what the text warns against: a run that the sentence names by its kind right after it
# (写“加强领导、完善制度、强化监督”这类放之四海而皆准的话; 不要写成…之类的空话) and calls empty talk.
# A learner who recited them would learn what not to write. (The names of empty or stock talk are a
# general class; a kind named with praise, “稳就业、保民生”这种句式读来有力, is an example to follow.)
# The kind is called empty talk in its own clause (这种套话), or, when the kind is one of talk (这类表述，
# 等于没写), later in the sentence; never where the sentence denies it (“最多跑一次”这类改革绝不是空话)
# or sets a real measure against it (推广“街乡吹哨”这类做法，不搞空话套话).
_KIND_AFTER = re.compile(r"这类|这种|这样的|之类|此类|那类|那种|一类")
_TALK_KIND = re.compile(r"^的?(?:话|表述|说法|提法|口号|表态|语句|句子|字眼)")
_EMPTY_TALK = re.compile("空话|套话|废话|大话|官话|虚话|放之四海而皆准|千篇一律|等于没写|没有意义|毫无意义")
_DENIED = re.compile(
    "不是|并非|绝非|而非|不再|并不|不搞|不讲|不说|少讲|防止|杜绝|避免|反对|克服|力戒|摒弃|告别|远离|拒绝|没有|改变"
)
_CLAUSE_END = re.compile(r"[，,。；;！!？?：:]")
_KIND_REACH = 40  # characters between a gap and the kind named after its run at most


def without_counter_examples(text: str) -> str | None:
    """`text` with the gaps written out plain that are examples of empty talk (see _KIND_AFTER): a gap
    whose clause goes on, after it (and the rest of its run), to name their kind, which the text then
    calls empty talk. None when no gap is left."""
    plain = CLOZE.sub(r"\2", text)
    if not _EMPTY_TALK.search(plain):
        return text

    def clause_end(start: int) -> int:
        end = _CLAUSE_END.search(plain, start)
        return end.start() if end else len(plain)

    def called_empty(start: int, end: int) -> bool:
        """Whether plain[start:end] calls something empty talk, no denial before the words."""
        empty = _EMPTY_TALK.search(plain, start, end)
        return empty is not None and not _DENIED.search(plain, start, empty.start())

    def opens(match: re.Match[str]) -> bool:
        end = len(CLOZE.sub(r"\2", text[: match.end()]))
        kind = _KIND_AFTER.search(plain[end : clause_end(end)][:_KIND_REACH])
        if kind is None:
            return False
        named = end + kind.end()
        if called_empty(named, clause_end(named)):
            return True
        if not _TALK_KIND.match(plain[named:]):
            return False
        sentence_end = re.search("[。！!？?]", plain[named:])
        stop = named + sentence_end.end() if sentence_end else len(plain)
        later = clause_end(named)
        while later < stop:
            if called_empty(later + 1, min(clause_end(later + 1), stop)):
                return True
            later = clause_end(later + 1)
        return False

    return open_clozes(text, opens)


# How a clause ends that points at what follows it instead of saying something (重点要把握好以下几点, 靠的就是
# 下面这几步, 突出抓好以下工作, 我再强调三点, 谈几点粗浅体会, 主要基于两方面考虑, 有三点需要说清楚, 跟着我一起
# 划重点, 有人总结得好): nothing in it to recite. Not a bound (60岁以下)
# nor a place (上面千条线、下面一根针): a point, a step or a kind of them must follow 以下/下面; not what someone
# does (读读文件、划划重点), nor what someone ought to do (既要干得好，也要说得好).
_POINTING_AHEAD = re.compile(
    r"(?:以下|下面|如下|下列)(?:这|的)?(?:[几一二两三四五六七八九十]+[个条项点]?)?"
    r"(?:点|个?方面|步|条|项|招|件事|句话|个?问题|措施|做法|原则|要求|内容)(?:工作)?$"
    r"|(?:抓好|做好|抓|开展|部署|落实|推进|完成)(?:以下|下面|如下|下列)(?:[几一二两三四五六七八九十]+[个条项])?(?:工作|任务)$"
    r"|(?:强调|讲|说|谈|提|基于|出于|有)[几一二两三四五六七八九十]+(?:点|个?方面|句|件事)"
    r"(?:粗浅|肤浅|初步|个人|不成熟)?的?(?:意见|要求|看法|体会|认识|思考|考虑|想法|心得)?"
    r"(?:需要|值得|必须)?(?:说清楚|讲清楚|说明|强调|注意|把握)?$"
    r"|(?:一起|来|帮你|给大家)划重点$|(?<![要能会还也更才就又])(?:总结|概括|说|讲)得(?:好|对|妙)$"
)


# A gap that is only the subject a speech's examples open with (我们机关有的同志, 个别党员干部, 少数单位):
# some of them, not yet what they do; nothing in it to recite. The whole gap is that subject, at most
# with where they are before it (我们单位, 在座的, 还有): some of them as what a verb acts on (严惩极少数人,
# 整治个别干部) is content, and so are 所有的人 and 关键少数.
_SOME_OF_THEM = re.compile(
    r"^(?:我们|咱们|在座的?|身边|现实中|工作中|当前|目前|现在|其中)?(?:这个|本|这)?"
    r"(?:单位|机关|部门|系统|队伍|班子|行业|领域|地方|基层|乡镇|村)?(?:里|中)?的?(?:还|也|仍然?|依然)?有?"
    r"(?:有的|有些|个别|极?少数|一些)(?:党员)?(?:同志|干部|党员|人|单位|部门|地方|基层)(?:干部|同志)?$"
)


def _points_ahead(gap: str) -> bool:
    """Whether a gap points at what follows it (see _POINTING_AHEAD), or is only the subject of what follows
    (see _SOME_OF_THEM): a card asking it asks nothing."""
    plain = content_chars(simplified(gap))
    return bool(_POINTING_AHEAD.search(plain) or _SOME_OF_THEM.search(plain))


def _is_example_figure(gap: str) -> bool:
    """Whether `gap` is a figure in digits before its measure word (86个网格, 1个环节, 3.5万人): a count
    that illustrates the sentence, not a point to recite. Not a count of the text's own points (15条具体
    举措, 8个方面: a set the text goes on to give), nor a target bounded by 以上/左右/以内 (城镇新增就业
    1200万人以上: a goal the learner recites), nor a model's formula (1个平台+3支队伍). (A set named by
    its count in quotation marks, “3个一批”, is left to the caller; 12345热线, 5G are no figures.)"""
    plain = simplified(gap)
    return (
        bool(_FIGURE.match(plain))
        and not _POINTS_COUNTED.search(plain)
        and not _BOUND.search(plain)
        and "+" not in plain
        and "＋" not in plain
    )


_POINTS_COUNTED = re.compile("方面|举措|措施|任务|要点|重点|事项|问题|要求|意见|原则|目标|指标|部分")
_FIGURE = re.compile(
    r"^\s*[0-9０-９]+(?:[.．][0-9０-９]+)?\s*(?:[万亿千百]\s*)?[个個項项家件名次户戶条條所座处處批类類种種倍组組人支場场台臺辆輛份篇期亩畝元]"
)
# What spells out the set a count names, right after it (3支队伍，即…; 2个平台：…; 3个机制，分别是…).
_SPELLED_OUT = re.compile(r"[”’」』]?[，,]?\s*(?:即|：|:|分别是|分别为|包括)")
# A text that sets targets (主要预期目标是…, 力争…, 目标任务): its figures are the goals to recite.
_TARGET_SET = re.compile("目标|预期|力争|指标")
# The bound a target or a threshold puts on its figure (1200万人以上, 300家左右, 10个以内).
_BOUND = re.compile("以上|左右|以内|以下|上下|之内|之上|不少于|不低于|不超过|至少|力争")
