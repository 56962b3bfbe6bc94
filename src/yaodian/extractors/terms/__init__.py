"""Numbered concepts: a count, a measure word and a short noun (四个意识, 五大关系, 三个带头, 八项规定),
and their members where the text spells them out.

A concept may be named several times. Its members are looked for at each naming, first where
the naming itself spells them out:

- after it in its sentence, introduced by a colon, 即, 就是, 包括 or brackets
  (三个带头，即带头…，带头…; “四个意识”（政治意识、大局意识…）), or by ，是 where a summary takes up
  each name in turn (两个转变，是从…、从…；);
- before it in its clause, exactly as many as the count (茶叶、毛竹、中药材、高山蔬菜四大特色农业;
  “准入—办事—监管—要素—政商”五个环节);
- in the sentence before, when 这 or 上述 points back to them (…是…的现代化，是…的现代化。这“五个特征”);

and only then after it, where the text goes on to them:

- a run of clauses or sentences nearby that each say the concept's own word (两个维护:
  坚决维护…。坚决维护…; 三不腐: 不敢腐、不能腐、不想腐), or end with it (把…，同…区分开来；把…);
- the lines after a naming that ends its paragraph: introduced by a colon, or lines that repeat
  the concept's word or carry markers (——坚持…), or short label lines over lines of prose; the
  paragraphs after it that open with its word, other paragraphs between them (必须做到四个“始终”。
  then 始终…。);

and last anywhere in its scope, where the count decides:

- where the text says the concept's noun without its count: a series right before it or members
  introduced after it (…、量子科技等战略性产业 for 8大战略性产业; 本质要求（九条）：… for 九条本质要求);
- an abbreviation by the character its members open with, written out as a series of short words
  (五进: 进企业、进农村…), or by the character each ends with, as the subjects of the clauses after
  the naming (三会一课: 支部党员大会每季度…，…，党课每季度…).

The count says how many members to take, and so where to cut: at 、 between words, at ，
between clauses, at ； or 。 between sentences, or between lines; and it refuses a candidate set of
another size (more paragraphs opening with the word than the count are another set). A count that
reads like an ordinary tally (12个部门, 3个工作日, 二级医院) names a concept only when its members are found.

This package's top chooses each concept's members from its namings, in the order above, and makes
its Term. The parts are its modules: names finds the namings and their counts; cuts and split cut
text into as many members as a count; context reads a naming's clause and place; inline, following
and by_count find the members in each of the shapes above.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from yaodian.extractors.members import acts, adverbs, tokens_of, verbs
from yaodian.extractors.terms.by_count import (
    abbreviated_elsewhere,
    members_at_noun,
    members_quoted_beside,
    subjects_after,
)
from yaodian.extractors.terms.context import announces, ends_paragraph, naming_clause
from yaodian.extractors.terms.following import members_after
from yaodian.extractors.terms.inline import members_at
from yaodian.extractors.terms.names import (
    ALL_HAN,
    COUNT,
    COUNT_THEN_MEASURE,
    INITIALS_NAME,
    SENTENCE_END,
    SUM_NAME,
    TOO_MUCH,
    Name,
    as_quoted,
    bare_labels,
    bare_term,
    defining,
    double_quoted,
    has_term,
    may_name_bare,
    may_name_by_parts,
    names_in,
    names_of,
    opens_quote,
)
from yaodian.extractors.terms.split import (
    BECOMING,
    QUOTATION,
    all_hold,
    before_word,
    common_prefix,
    holds,
    is_ordinal_label,
    keywords,
    without_group_names,
    without_introducer,
    without_judgement,
)
from yaodian.extractors.text import Paragraph, han_len, word_frequency, words

# What the rest of the package asks of numbered concepts, wherever it is written.
__all__ = [
    "BECOMING",
    "Mention",
    "Term",
    "find_terms",
    "has_term",
    "is_ordinal_label",
    "names_of",
    "opens_quote",
    "prompt_at",
]


@dataclass(frozen=True)
class Mention:
    """Where a concept is named: its paragraph (an index), the name's span in the paragraph's
    text, and whether the naming announces a list on the lines after it (see announces)."""

    paragraph: int
    start: int
    end: int
    announces: bool
    # announces only a list that starts on the next paragraph: a naming that ends its paragraph
    # without pointing ahead (…主要表现在四个方面。)
    next_only: bool = False


@dataclass
class Term:
    term: str
    count: int
    sentence: str  # the sentence that spells it out, else the first that names it
    members: list[str]
    line: int
    prompt: str  # the clause that names it (its members left out): the prompt of its list
    inline: bool  # the members stand at the naming itself, not on the lines after it
    mentions: list[Mention]
    # the members as the text says them, where `members` are only the labels they open with (see
    # _openings: 社区是联动的平台 -> 社区); else empty
    whole: list[str] = field(default_factory=list)


def find_terms(paragraphs: list[Paragraph]) -> list[Term]:
    """Every concept the paragraphs name, once, with its members where the text spells them out."""
    paragraphs = [double_quoted(defining(p)) for p in paragraphs]
    namings: list[tuple[int, Name]] = []
    for index, paragraph in enumerate(paragraphs):
        text = paragraph.text
        if not (
            COUNT_THEN_MEASURE.search(text)
            or opens_quote(text)
            or may_name_bare(text)
            or may_name_by_parts(text)
        ):
            continue
        namings += [(index, name) for name in names_in(text)]
    namings = [(index, name) for index, name in namings if not _rank_label(paragraphs, index, name)]
    names: dict[str, list[tuple[int, Name]]] = {}
    for index, name in as_quoted(paragraphs, bare_labels(paragraphs, namings)):
        names.setdefault(re.sub(r"[\s“”\"]", "", name.term), []).append((index, name))
    found = [term for named in names.values() if (term := _term_of(paragraphs, named))]
    found.sort(key=lambda t: (t.mentions[0].paragraph, t.mentions[0].start))
    return found


# The numeral a rank's label opens with (二类文, 三档, 四级)
_RANK_NUMERAL = re.compile(r"[二三四五六七八九两]|\d+")


def _rank_label(paragraphs: list[Paragraph], index: int, name: Name) -> bool:
    """Whether a name that opens its line is a rank's label, not a count: another line opens with the
    same words numbered 一 (一类文：40—33分 / 二类文：32—25分 / …, grades of a marking scheme; 一档,
    二档): the lines rank, the number says which, and nothing is counted in them."""
    if name.start or len(name.units) != 1 or not _RANK_NUMERAL.match(name.term):
        return False
    first = _RANK_NUMERAL.sub("一", name.term, count=1)
    return any(p.text.lstrip().startswith(first) for i, p in enumerate(paragraphs) if i != index)


def _term_of(paragraphs: list[Paragraph], named: list[tuple[int, Name]]) -> Term | None:
    """The concept of its namings: its members from the first naming that spells them out itself,
    else from the first whose text goes on to them."""
    for index, name in named:
        found = _not_itself(members_at(paragraphs, index, name), name)
        if found:  # (whether a naming announces a list after it matters no more)
            mentions = [Mention(i, n.start, n.end, False) for i, n in named]
            return _term(paragraphs, index, name, *found, True, mentions)
    if SUM_NAME.fullmatch(named[0][1].term):
        return None  # (“4+2”格局：指…4家…和…2家…: a name that adds parts up is spelled out as it is named)
    if INITIALS_NAME.fullmatch(bare_term(named[0][1].term)):
        return None  # (千万工程: a name by its members' initials is spelled out by them, or not at all)
    mentions = []
    for i, n in named:
        pointing = announces(paragraphs[i].text, n)
        ending = not pointing and ends_paragraph(paragraphs[i].text, n)
        mentions.append(Mention(i, n.start, n.end, pointing or ending, next_only=ending))
    for index, name in named:
        found = _not_itself(members_after(paragraphs, index, name), name)
        if found:
            return _term(paragraphs, index, name, *found, False, mentions)
    for index, name in named:
        quoted = members_quoted_beside(paragraphs[index].text, name)
        if quoted and _not_itself((quoted[0], ""), name):  # (the prompt does not give them away)
            members, quotation = quoted
            prompt = naming_clause(paragraphs[index].text, name).replace(quotation, "……")
            return _term(paragraphs, index, name, members, prompt, True, mentions)
    for index, name in named:
        members = (
            members_at_noun(paragraphs, index, name, named)
            or abbreviated_elsewhere(paragraphs, index, name)
            or subjects_after(paragraphs[index].text, name)
        )
        if members and _not_itself((members, ""), name):
            return _term(
                paragraphs, index, name, members, naming_clause(paragraphs[index].text, name), False, mentions
            )
    if not any(name.strong for _, name in named):
        return None
    index, name = next((i, n) for i, n in named if n.strong)
    return _term(paragraphs, index, name, [], naming_clause(paragraphs[index].text, name), False, mentions)


def _not_itself(found: tuple[list[str], str] | None, name: Name) -> tuple[list[str], str] | None:
    """The members found, unless one of them is the concept's own name (“双随机、一公开” holds 双随机:
    concepts side by side, not its members) or one is found twice (words parallel parts share)."""
    term = bare_term(name.term)
    members = without_group_names(found[0]) if found else []
    itself = re.compile(rf"(?<!第){re.escape(term)}")  # (第四种形态 is one of 四种形态)
    if any(itself.search(bare_term(m)) for m in members):
        return None
    if len(set(members)) < len(members):
        return None  # (members said twice are the words parts share, 推进…，要在A；推进…，要在B: no members)
    too = [unit.noun for unit in name.units if unit.noun in TOO_MUCH]
    if (
        too
        and len(name.units) == 1
        and not (
            all(m.rstrip("”」").endswith(too[0]) for m in members)
            or all(_says_alone(m.lstrip("“「"), too[0]) for m in members)
        )
    ):
        # “四多”: each member a thing there is too much of (文山会海多), no line explaining one; or
        # “三多”: each something to do more of (多请教, 多沟通; not 多数…, 多年…: words of their own)
        return None
    return found


def _says_alone(member: str, word: str) -> bool:
    """Whether `member` opens with `word` as a word of its own (多请教, 多补位: not 多数, 多年, words of
    the dictionary that open with it)."""
    first = (tokens_of(member) or ("",))[0]
    return first == word or (first.startswith(word) and not word_frequency(first))


def _term(
    paragraphs: list[Paragraph],
    index: int,
    name: Name,
    members: list[str],
    prompt: str,
    inline: bool,
    mentions: list[Mention],
) -> Term:
    text = paragraphs[index].text
    members, whole = _trimmed(_without_namings_verb(without_group_names(members), text[: name.start]), name)
    return Term(
        term=name.term,
        count=name.count,
        sentence=_sentence_at(text, name.start),
        members=members,
        line=paragraphs[index].line,
        prompt=prompt,
        inline=inline,
        mentions=mentions,
        whole=whole,
    )


def _without_namings_verb(members: list[str], before: str) -> list[str]:
    """The members without the words they all open with when the naming says those words right before
    the name (要强化“三个意识”：要强化担当意识；要强化效率意识；…): the text repeats the naming's verb
    at each member, which is no part of it; else the members as they are."""
    shared = common_prefix(members) if len(members) >= 2 else ""
    bare = [m.strip("“”「」")[len(shared) :] for m in members]
    # (all the opening they share, two characters at least: 坚持毫不动摇巩固… after 坚持 stays)
    if han_len(shared) < 2 or not before.rstrip(" “「").endswith(shared) or any(han_len(b) < 2 for b in bare):
        return members
    # (a verb ends it: 美丽中国建设成效显著… under 美丽中国“三步走” share their subject, no verb)
    last = words(shared)[-1]
    return bare if acts(last) or last in verbs() or last.endswith("好") else members


def _trimmed(members: list[str], name: Name) -> tuple[list[str], list[str]]:
    """The members without the verb that introduces them and the judgement each goes on to (see
    split's without_introducer and without_judgement), and the members whole where they are cut to
    the labels they open with (see _openings), else []."""
    members = without_introducer(members)
    keys = keywords(name.units)
    if len(keys) != len(members):
        return members, []
    members = [_without_examples(member, key) for member, key in zip(members, keys, strict=True)]
    quoted = _quoted_heads(members, keys) or _quoted_words(members, keys)
    if quoted:
        return quoted, []
    trimmed = before_word(without_judgement(members, keys), keys)
    if trimmed != members:
        return trimmed, []
    labels = _openings(members, keys)
    return labels, members if labels != members else []


# How many characters a member's own opening may have, where the members go on alike (see _openings).
_OPENING_MOST = 8
# What a member may say between the concept's word it opens with and its own words (关键在党建引领).
_COPULA = "在是于为"
# What opens a judgement of the words before it (社区是联动的平台).
_JUDGING = "是为"
# Words that open a predicate without being verbs: prepositions and modals (问题清单对…逐件建账).
_PREDICATE_OPENERS = frozenset("对把将向从于在以由要应让使被给") | frozenset(["必须", "需要", "应当", "重在"])


def _opens_predicate(text: str) -> bool:
    """Whether `text` opens with a verb, an adverb, a copula, a preposition or a modal: what the words
    before it do or are, not more of their own words (转化一批|政策文件)."""
    tokens = tokens_of(text)
    first = tokens[0] if tokens else ""
    return (
        first in _PREDICATE_OPENERS
        or first[:1] in _JUDGING
        or first in verbs()
        or acts(first)
        or first in adverbs()
    )


def _openings(members: list[str], keys: list[tuple[str, bool]]) -> list[str]:
    """The short words each member opens with, where what follows them is not the member but says
    what it does or is:

    - the concept's word and a copula every member opens with (三个关键: 关键在党建引领, 关键在制度创新
      -> 党建引领, 制度创新): _after_shared_copula;
    - an opening that ends with the concept's word, before a predicate (三张清单: 责任清单明确…的时限,
      问题清单对…逐件建账 -> 责任清单, 问题清单): _labels_ending_in_key;
    - an opening that says the concept's word before a predicate all the members go on with alike, or
      before a judgement that says the concept's word (三不腐: 不敢腐侧重于惩治, 不能腐侧重于监督;
      五社联动: 社区是联动的平台, 社会组织是联动的载体 -> 社区, 社会组织): _labels_before_predicate;

    else the members as they are. The concept's word is a noun for the first two: not a verb (四个坚持:
    始终坚持党的领导 says what it holds to after it), an adverb (四个亲自: 重要工作亲自部署) or a count (一批)."""
    if len(members) < 2 or len({key for key, _ in keys}) != 1 or len(keys) != len(members):
        return members
    key, spread = keys[0]
    if han_len(key) < 2 or len(key) >= _OPENING_MOST:
        return members  # (三个一: 填一张问题清单 says its count, 一, before the words it counts)
    noun = not (acts(key) or key in verbs() or key in adverbs() or re.match(COUNT, key))
    if noun and (rest := _after_shared_copula(members, key)) is not None:
        return rest
    if noun and not spread and (labels := _labels_ending_in_key(members, key)):
        return labels
    labels = _labels_before_predicate(members, key, spread)
    return labels if labels and not _told_apart_by_number(labels) else members


def _after_shared_copula(members: list[str], key: str) -> list[str] | None:
    """The members after the concept's word `key` and a copula, where every member opens with them
    (关键在党建引领, 关键在制度创新 -> 党建引领, 制度创新): the members as they are where what is left of
    one is under two Han characters or two are alike; None where they do not all open so."""
    opening = re.match(rf"{re.escape(key)}[{_COPULA}](?=[\u4e00-\u9fff“「])", members[0])
    if not (opening and all(m.startswith(opening.group()) for m in members)):
        return None
    rest = [m[opening.end() :] for m in members]
    return rest if all(han_len(r) >= 2 for r in rest) and len(set(rest)) == len(rest) else members


def _labels_ending_in_key(members: list[str], key: str) -> list[str]:
    """The openings that end with the concept's word `key`, each its own and no verb's, where a
    predicate follows each (责任清单明确…, 问题清单对… -> 责任清单, 问题清单); [] where one does not."""
    label = re.compile(
        rf"[^{_COPULA}\W\d]{{1,{_OPENING_MOST - len(key)}}}?{re.escape(key)}(?=[\u4e00-\u9fff])"
    )
    ended = [label.match(m) for m in members]
    if not all(ended):
        return []
    labels = [match.group() for match in ended if match]
    rests = [m[len(label_) :] for m, label_ in zip(members, labels, strict=True)]
    if (
        len(set(labels)) == len(labels)
        and all(han_len(rest) >= 2 and _opens_predicate(rest) for rest in rests)
        and not any(tokens_of(label_)[0] in verbs() for label_ in labels)
        and not _told_apart_by_number(labels)
    ):
        return labels
    return []


def _labels_before_predicate(members: list[str], key: str, spread: bool) -> list[str] | None:
    """The openings before the words every member goes on with (see _shared_after_openings), where
    the openings say the concept's word `key` and a predicate follows (不敢腐|侧重于惩治, 不能腐|侧重于
    监督), or where a judgement that says the concept's word follows (社区|是联动的平台); else None."""

    def says(labels: list[str], words_: str) -> bool:
        if words_.startswith(key):
            return False  # (责任清单明确…: the concept's word ends the label; see _labels_ending_in_key)
        if all(holds(label, key, spread) and han_len(label) <= len(key) + 2 for label in labels):
            # (not 着力建强|网格…, 着力提升|网格…: its own words; nor 哪里矛盾集中就|到哪里去: a clause)
            return _opens_predicate(words_)
        # (a judgement of each: 社区是联动的平台 for 五社联动; not …的问题仍然存在, a 问题 of 两个问题, nor
        # 干部在一线培养 of 三个一线)
        return words_[0] in _JUDGING and (key in words_ or key[-2:] in words_)

    return _shared_after_openings(members, says)


# An ordinal or a number in a label (第一阶段, 其二, 2号).
_NUMBER = re.compile(r"[第其]?(?:[一二三四五六七八九十两]+|\d+)")


def _told_apart_by_number(labels: list[str]) -> bool:
    """Whether the labels differ only in a number (第一阶段, 第二阶段): they say which member, not what
    it is, which the words after them say."""
    return len({_NUMBER.sub("", label) for label in labels}) == 1


def _shared_after_openings(members: list[str], says: Callable[[list[str], str], bool]) -> list[str] | None:
    """The openings of the members, of two to eight characters and each its own, before the words of
    two characters or more every member says right after its opening and goes on after, the longest
    such words where `says` holds of the openings and the words; else None."""
    first = members[0]
    best: tuple[list[str], str] | None = None
    for start in range(2, min(len(first), _OPENING_MOST + 1)):
        for end in range(len(first), start + 1, -1):
            words_ = first[start:end]
            if best and len(words_) <= len(best[1]):
                break
            if not ALL_HAN.fullmatch(words_):
                continue
            at = [m.find(words_) for m in members]
            if any(i < 2 or i > _OPENING_MOST for i in at):
                continue
            if any(han_len(m[i + len(words_) :]) < 2 for m, i in zip(members, at, strict=True)):
                continue  # (政治纪律, 组织纪律: words they end alike with are their own)
            labels = [m[:i] for m, i in zip(members, at, strict=True)]
            own = len(set(labels)) == len(labels) and all(ALL_HAN.fullmatch(label) for label in labels)
            if own and says(labels, words_):
                best = (labels, words_)
    return best[0] if best else None


# A member that opens with examples closed by 等 (政府、群团、居民等多元主体共同参与).
_EXAMPLES = re.compile(r"^[^，,；;。、]+、[^，,；;。]+等(?=[\u4e00-\u9fff])")  # (no 、 in the first: linear)


def _without_examples(member: str, key: tuple[str, bool]) -> str:
    """The member without the examples it opens with, where the words after them say the word
    of a concept named without a measure word (its keyword spread: 多元) and the examples do not (一核多元: …，政府、群团、居民等多元主体共同参与 ->
    多元主体共同参与): the member is what the examples are of."""
    examples = _EXAMPLES.match(member)
    if not examples or han_len(key[0]) < 2 or not key[1]:
        return member  # (a measured noun, 三方面, is a word any member may say: …等民生服务方面的…)
    rest = member[examples.end() :]
    return rest if holds(rest, *key) and not holds(examples.group(), *key) else member


# What stands between a label and what it says: a dash or a colon (理论账——记录…, 政务服务：推进…).
LABEL_SEPARATOR = r"(?:——|—|：|:)"
# A member that opens with its own name in quotes, and a dash or colon before what it says
# (“一网通办”——推进政务服务事项网上办理).
_QUOTED_HEAD = re.compile(r"^[“「]([^“”「」]{1,12})[”」]\s*" + LABEL_SEPARATOR)


def _quoted_heads(members: list[str], keys: list[tuple[str, bool]]) -> list[str]:
    """The quoted names the members open with, when every member opens with one that says the
    concept's word and goes on after a dash or colon (四个一: “一网通办”——推进…; “一窗受理”——推行…):
    the name is the member, what follows explains it; else the unquoted labels they open with
    (see _labels); else []."""
    heads = [_QUOTED_HEAD.match(m) for m in members]
    if len(members) < 2 or not all(heads):
        return _labels(members, keys)
    names = [h.group(1) for h in heads if h]
    return names if all_hold(names, keys) else []


def _quoted_words(members: list[str], keys: list[tuple[str, bool]]) -> list[str]:
    """The words each member quotes, when every member quotes one that says the concept's word, its
    words around it do not, and they frame it (三不: 坚守“不敢造假”的底线, 筑牢“不能造假”的防线;
    对新情况“看不清”; see _frames): the quotation is what the concept counts, the rest says what one
    does with it or about what; else [] (also where two quote the same word, or one quotes the
    concept's word itself: no members of their own)."""
    quotations = [QUOTATION.findall(member) for member in members]
    if len(members) < 2 or any(len(found) != 1 for found in quotations):
        return []
    words_ = [found[0] for found in quotations]
    if len(set(words_)) < len(words_) or any(word == key[0] for word, key in zip(words_, keys, strict=True)):
        return []  # (“两个毫不动摇”: 对…“毫不动摇”地巩固…，对…“毫不动摇”地鼓励…: one word, said twice)
    around = [QUOTATION.sub("", member) for member in members]
    if not all_hold(words_, keys) or any(holds(rest, *key) for rest, key in zip(around, keys, strict=True)):
        return []
    framed = all(_frames(member) for member in members)
    return words_ if framed else []


# Prepositions that open a phrase saying what a quoted word is about (对复杂矛盾“接不住”).
_ABOUT = "对在从向把于就"


def _frames(member: str) -> bool:
    """Whether the words around a member's quotation frame it (坚守“不敢造假”的底线: words after it;
    对复杂矛盾“接不住”: a preposition before it), not a noun that qualifies a name (政务服务“一网通办”:
    the member is the whole)."""
    quotation = QUOTATION.search(member)
    if not quotation:
        return False
    before, after = member[: quotation.start()], member[quotation.end() :]
    return han_len(after) > 0 or before.lstrip()[:1] in _ABOUT


# A member that opens with a short label, then a dash or colon and what the label stands for
# (理论账——记录重要讲话中的…; 准——政治方向准、…).
_LABEL_HEAD = re.compile(r"^([\u4e00-\u9fff]{1,6})\s*" + LABEL_SEPARATOR + r"(?=.)")
# A concept that counts characters (四个字, 八字): its members are the characters themselves.
_CHARACTERS = "字"


def _labels(members: list[str], keys: list[tuple[str, bool]]) -> list[str]:
    """The labels the members open with before a dash or colon, when each says the concept's word
    (三本账: 理论账——记录…; 政策账——记录…), or, of a concept that counts characters, when they are
    as many characters as it counts (四个字: 准——政治方向准…; 实——内容实…): the label is the member,
    what follows explains it; else []."""
    heads = [_LABEL_HEAD.match(m) for m in members]
    if len(members) < 2 or not all(heads):
        return []
    labels = [h.group(1) for h in heads if h]
    # (or ends with the word's last character: 理论账 of 三本账, whose 本 is no measure word to it)
    ending = len(keys) == len(labels) and all(
        han_len(label) >= 2 and label.endswith(key[-1]) for label, (key, _) in zip(labels, keys, strict=True)
    )
    if ending or all_hold(labels, keys):
        return labels
    counted = len(keys) == len(labels) and all(key == _CHARACTERS for key, _ in keys)
    return labels if counted and sum(map(han_len, labels)) == len(keys) else []


def prompt_at(paragraph: Paragraph, mention: Mention) -> str:
    """The clause that names a concept at one of its namings (see naming_clause)."""
    name = Name(paragraph.text[mention.start : mention.end], (), mention.start, mention.end, True)
    return naming_clause(paragraph.text, name)


# Marks that end a clause, not a sentence: a paragraph that stops at one (一是…；, a line cut off
# at ，) leaves its last sentence without them.
_CLAUSE_END = "，,；;、"


def _sentence_at(text: str, position: int) -> str:
    """The sentence of `text` around `position`; one that runs to the paragraph's end ends cleanly
    (明确…“三张清单”, not …“三张清单”；)."""
    start = max((text.rfind(ch, 0, position) for ch in SENTENCE_END), default=-1) + 1
    ends = [i for i in (text.find(ch, position) for ch in SENTENCE_END) if i >= 0]
    return text[start : min(ends) + 1 if ends else len(text)].strip().rstrip(_CLAUSE_END).rstrip()
