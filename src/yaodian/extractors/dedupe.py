"""One card per set: of the cards the finders found, drop those that ask again what another asks.

A list found twice (or as a subset of a longer one), a set read twice on one line, a cloze of a
concept a list's prompt names, a cloze of a list's members. It finds nothing and words nothing.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence

from yaodian.cards import Card, open_clozes
from yaodian.extractors import outline, phrases, terms
from yaodian.extractors.members import COUNT, JOINERS, STOP_BEFORE, function_words, tokens_of, verbs
from yaodian.extractors.text import content_chars, han_len
from yaodian.numerals import numeral_value

CLOZE = re.compile(r"\{\{c\d+::(.*?)\}\}")
# A slide's bare number before an item's words (01  为什么…): the same item as without it.
_SLIDE_NUMBER = re.compile(r"^\s*\d{1,2}\s+(?=[\u4e00-\u9fff“])")


def one_card_per_set(cards: list[Card], made_by: Mapping[int, str] | None = None) -> list[Card]:
    """The cards without those that repeat another's set or cloze, in their order; `made_by` names the
    finder of each card, by id() of the card (as compose takes it). The learner would recite one set
    twice otherwise."""
    deduped = _dedupe(_drop_asked_labels(cards), made_by or {})
    return _drop_listed_series(_drop_named_terms(_drop_broken_readings(_drop_double_readings(deduped))))


def _drop_asked_labels(cards: list[Card]) -> list[Card]:
    """Drop a list of points' labels (see outline.LABELS_ASKED) that another card of the document asks
    already, before or after it (a series that names them: 总要求是十二个字“学思想、强党性…”), and one
    whose prompt quotes another set (调研期间坚持“吃住在村、…”): the learner would look for that set's
    labels."""
    asked = [
        card.items if card.type == "list" else CLOZE.findall(card.text)
        for card in cards
        if not card.prompt.endswith(outline.LABELS_ASKED)
    ]

    def asked_elsewhere(labels: list[str]) -> bool:
        # (a series may glue a word to a label: “四定”指定格、定人…)
        return any(all(any(label in answer for answer in answers) for label in labels) for answers in asked)

    return [
        card
        for card in cards
        if not (
            card.type == "list"
            and card.prompt.endswith(outline.LABELS_ASKED)
            and (asked_elsewhere(card.items) or _quotes_another_set(card))
        )
    ]


def _quotes_another_set(card: Card) -> bool:
    """Whether a list's prompt quotes a set that is not its items, one part each in order (its labels
    cut short, “减、控、赋、保” over 减负/控责/赋能/保障, are its own set)."""
    for quoted in _QUOTED_SET.finditer(card.prompt):
        parts = quoted.group()[1:-1].split("、")
        if len(parts) != len(card.items) or any(
            part not in item for part, item in zip(parts, card.items, strict=True)
        ):
            return True
    return False


# A quoted set in a prompt: words in quotation marks, two or more parts joined by 、
_QUOTED_SET = re.compile(r"[“「\"][^”」\"]*、[^”」\"]*[”」\"]")


def _dedupe(cards: list[Card], made_by: Mapping[int, str]) -> list[Card]:
    """Drop a list that repeats an earlier one's items, a list whose items are a part of an earlier one's
    (unless it names its own set) or of a later one's in its own paragraph (see _parts_of_wholes), and a
    repeated cloze text. Of two lists of one set, the one that names it stays: it asks the set by its name."""
    kept: list[Card] = []
    # the kept lists' item sets by each of their items: a set holding all of a list's items holds
    # any one of them, so only the sets under one item need testing, not every set kept
    sets_with: dict[str, list[set[str]]] = {}
    kept_list: dict[frozenset[str], int] = {}  # each kept list's items -> its place in `kept`
    texts: set[str] = set()
    for card in cards:
        if card.type == "list":
            items = _item_set(card)
            if len(items) < 2:
                continue  # a "set" of one repeated item is a heading repeated, not a list
            others = sets_with.get(next(iter(items)), ())
            if any(items == other for other in others):
                place = kept_list[frozenset(items)]
                if names_its_set(card) and not names_its_set(kept[place]):
                    kept[place] = card
                continue
            if any(items < other for other in others) and not names_its_set(card):
                continue
            kept_list[frozenset(items)] = len(kept)
            for item in items:
                sets_with.setdefault(item, []).append(items)
        else:
            key = content_chars(card.text)
            if key in texts:
                continue
            texts.add(key)
        kept.append(card)
    parts = _parts_of_wholes(kept, made_by)
    return [card for card in kept if id(card) not in parts]


def _item_set(card: Card) -> set[str]:
    """A list card's items as compared for repeats: their content characters, without a slide's number."""
    return {content_chars(_SLIDE_NUMBER.sub("", item, count=1)) for item in card.items}


# The finders whose lists are a document's own outline (its headings, its numbered points): a set it
# gives on its own, which a closing sentence may recap with one more member (总之，要坚持A、B、C、D).
_OUTLINE_FINDERS = frozenset({"outline", "headed_points", "points"})


def _parts_of_wholes(cards: list[Card], made_by: Mapping[int, str]) -> set[int]:
    """The id() of each list whose items are a part of another list's read in the same paragraph
    (即严以修身、严以用权、严以律己 inside 践行“三严三实”… with all six): the whole asks them already.
    A part stays when it is an outline's headings or points, or names or counts its own set (坚持“三主”,
    具体做法有三条): the text gives that set on its own, and a recap elsewhere may add a member; not
    when its prompt names the whole's count instead (see _names_the_whole). Here a
    part goes whether the whole comes before or after it; _dedupe drops a later part of any earlier list."""
    by_line: dict[int, list[set[str]]] = {}
    for card in cards:
        if card.type == "list" and card.origin and card.origin.line:
            by_line.setdefault(card.origin.line, []).append(_item_set(card))
    return {
        id(card)
        for card in cards
        if card.type == "list"
        and card.origin
        and card.origin.line
        and (
            (
                made_by.get(id(card)) not in _OUTLINE_FINDERS
                and not names_its_set(card)
                and not _counts_its_set(card)
                and any(_item_set(card) < whole for whole in by_line[card.origin.line])
            )
            or any(
                _item_set(card) < whole and _names_the_whole(card, len(whole))
                for whole in by_line[card.origin.line]
            )
        )
    }


def _names_the_whole(card: Card, size: int) -> bool:
    """Whether a list card's prompt names a concept of `size` members, the size of a longer list of
    its line, and none of as many as it asks: a reading that missed a member (力戒“五种心态” with
    four of the five, one marked 第四 among 首先…最后), which the whole asks as named."""
    counts = {count for _, count in terms.names_of(card.prompt)}
    return size in counts and len(card.items) not in counts


def _counts_its_set(card: Card) -> bool:
    """Whether a list card's prompt states how many items it asks (具体做法有三条, 以下3个方面)."""
    return any(
        numeral_value(match.group("number")) == len(card.items) for match in COUNT.finditer(card.prompt)
    )


def _drop_double_readings(cards: list[Card]) -> list[Card]:
    """Of two lists that read one set on one line and differ only in an end member, drop the one whose extra
    words hold a verb or a function word (they are the clause's words), or the one whose member is cut
    short: one set is recited once."""
    lists = [card for card in cards if card.type == "list" and card.origin and card.origin.line]
    dropped: set[int] = set()
    renamed: dict[int, Card] = {}  # id() of a kept card -> the card with the prompt that names its set
    for at, first in enumerate(lists):
        for second in lists[at + 1 :]:
            if id(first) in dropped or id(second) in dropped or second.origin.line != first.origin.line:
                continue
            place = _differing_end_member(first.items, second.items)
            if place is None:
                continue
            short, long = sorted((first, second), key=lambda card: len(content_chars(card.items[place])))
            if (
                cut_before_shared_ending(long.items[place], short.items[place], long.items)
                or _opens_with_own_verb(short, long, place)
                or _shared_opening_read(short, long, place)
            ):
                # (the short reading lacks its siblings' close or its verb, or is only their opening: it is cut)
                short, long = long, short
            elif not _reads_clause_words(short, long, place):
                continue  # (plain words: either may be the member, and both cards stay)
            short_now, long_now = renamed.get(id(short), short), renamed.get(id(long), long)
            if names_its_set(long_now) and not names_its_set(short_now):
                renamed[id(short)] = dataclasses.replace(short_now, prompt=long_now.prompt)
            dropped.add(id(long))
    return [renamed.get(id(card), card) for card in cards if id(card) not in dropped]


def _drop_broken_readings(cards: list[Card]) -> list[Card]:
    """Of lists that read one set on one line (as many members, most of them holding the other reading's
    member at the same place, and one of other words), drop one whose other member breaks the pattern its
    siblings keep (算好经济账、算好家庭账 open and close alike, 一旦违纪违法 does not) or names the set itself
    (算好“三笔账”), when the other reading's members all open or all close with the same word (政治账、经济账、
    家庭账): that reading asks the set, the broken one a clause around it. One set is recited once."""
    lists = [card for card in cards if card.type == "list" and card.origin and card.origin.line]
    dropped: set[int] = set()
    for card in lists:
        if any(
            other is not card
            and other.origin.line == card.origin.line
            and id(other) not in dropped
            and _parallel(other.items)
            and not _names_a_member(other)
            and _same_set_read(card.items, other.items)
            and _breaks_its_siblings(card, other.items)
            for other in lists
        ):
            dropped.add(id(card))
    return [card for card in cards if id(card) not in dropped]


def _parallel(items: list[str]) -> bool:
    """Whether members all open or all close with the same word."""
    members = [content_chars(item) for item in items]
    return bool(_shared_ending(members) or _shared_ending([m[::-1] for m in members]))


def _names_a_member(card: Card) -> bool:
    """Whether a member of a list names a concept of as many members as the list asks: the set's name."""
    return any(count == len(card.items) for item in card.items for _, count in terms.names_of(item))


def _breaks_its_siblings(card: Card, others: list[str]) -> bool:
    """Whether the members of `card` that are other words than those of `others` at the same place name
    the set, or break the opening or close its other members share and hold a clause's words (a verb,
    a function word: 一旦违纪违法); a plain name (新质生产力与…) may be a member of another set."""
    pairs = list(zip(card.items, others, strict=True))
    alike = [item for item, other in pairs if content_chars(other) in content_chars(item)]
    unlike = [item for item, other in pairs if content_chars(other) not in content_chars(item)]
    return _names_a_member(card) or (
        _parallel(alike) and not _parallel(card.items) and all(_clause_words(item) for item in unlike)
    )


def _same_set_read(items: list[str], others: list[str]) -> bool:
    """Whether `items` read the set `others` read, with words of the clause around some members: as many
    members (three or more), most of them holding the other reading's member at the same place (or equal
    to it), and one of other words. Not when the other reading's members hold these (人、地、钱 beside
    人才方面、用地方面…; 革命文化 beside 来自…革命文化…): the shorter words may be the set. Readings that
    differ only in how much of a member they take are _drop_double_readings' to weigh (加强服务 beside
    服务, 服务质量…: either may be right)."""
    mine = [content_chars(item) for item in items]
    theirs = [content_chars(item) for item in others]
    if len(mine) != len(theirs) or len(mine) < 3:
        return False
    pairs = list(zip(mine, theirs, strict=True))
    if any(a and a != b and a in b for a, b in pairs):
        return False  # (the other reading holds one of these members: it may be the one that adds words)
    holds = sum(1 for a, b in pairs if b and b in a)
    return len(mine) > holds and holds * 2 > len(mine)


def _reads_clause_words(short: Card, long: Card, place: int) -> bool:
    """Whether the longer reading's end member adds words of the clause around the set (a verb, a
    function word) to the shorter's, and the shorter is no opening all its siblings share."""
    member = content_chars(short.items[place])
    added = content_chars(long.items[place]).replace(member, "", 1)
    return _clause_words(added) and not _opens_all_siblings(short, place)


def _shared_opening_read(short: Card, long: Card, place: int) -> bool:
    """Whether the shorter reading's end member is only the word its siblings and the longer reading's
    member all open with (“四个坚持” read as 坚持 beside 坚持规划引领, 坚持民生优先…): the set's name
    was cut into a member, and the longer reading is the set. Not when the longer member puts words
    before it (统筹安全 beside 安全生产、安全监管): those may be the clause's, and either reading may be right."""
    return content_chars(long.items[place]).startswith(
        content_chars(short.items[place])
    ) and _opens_all_siblings(short, place)


def _opens_all_siblings(card: Card, place: int) -> bool:
    """Whether a list's member at `place` is an opening every other member of it shares."""
    member = content_chars(card.items[place])
    return all(content_chars(item).startswith(member) for i, item in enumerate(card.items) if i != place)


def _opens_with_own_verb(short: Card, long: Card, place: int) -> bool:
    """Whether the longer reading's member opens with a verb of its own, not one the clause puts before
    the whole set: the words it adds before the shorter's are verbs only, and a sibling says a verb of
    its own (开办企业、获得电力、纳税: no 开办 governs 获得电力), so the set is of doings, each with its verb.
    A verb of its own stands among other words of the sibling: a sibling that is one word tagged a
    verb may be a name (保障特困、低保、低收入: jieba tags 低保 a verb)."""
    member, whole = content_chars(short.items[place]), content_chars(long.items[place])
    added = tokens_of(whole[: len(whole) - len(member)]) if whole.endswith(member) else []
    siblings = [content_chars(item) for i, item in enumerate(short.items) if i != place]
    return (
        bool(added)
        and all(token in verbs() for token in added)
        and any(
            token in verbs()
            for sibling in siblings
            if len(words := tokens_of(sibling)) > 1
            for token in words
        )
    )


def cut_before_shared_ending(member: str, item: str, members: list[str]) -> bool:
    """Whether `item` is `member` cut before the words every member ends with (的不发 of 没有实质内容的不发、
    可发可不发的不发、上级文件已有明确规定且无新要求的不发): parallel members close alike, and an item
    without that close was cut short inside its member."""
    ending = _shared_ending(members)
    return han_len(ending) >= 1 and len(item) < len(member) and not item.endswith(ending)


def _shared_ending(members: list[str]) -> str:
    """The words all of (two or more) members end with; "" when they close differently."""
    if len(members) < 2:
        return ""
    shortest = min(len(m) for m in members)
    size = 0
    while size < shortest and len({m[len(m) - size - 1] for m in members}) == 1:
        size += 1
    return members[0][len(members[0]) - size :] if size else ""


def _clause_words(text: str) -> bool:
    """Whether `text` holds a verb or a function word (not 的, nor a 和 that joins two names).
    Such words belong to the clause around a set, not to its member."""
    return any(
        token in verbs() or (token in STOP_BEFORE | function_words() and token not in JOINERS | {"的"})
        for token in tokens_of(text)
    )


def _differing_end_member(items: list[str], others: list[str]) -> int | None:
    """Where two readings of one set (three members or more) differ, when only their first or last member
    differs and one reading of it holds the other; else None: the two are different sets."""
    mine = [content_chars(item) for item in items]
    theirs = [content_chars(item) for item in others]
    if len(mine) != len(theirs) or len(mine) < 3:
        return None
    differ = [i for i, (a, b) in enumerate(zip(mine, theirs, strict=True)) if a != b]
    if len(differ) != 1 or differ[0] not in (0, len(mine) - 1):
        return None
    short, long = sorted((mine[differ[0]], theirs[differ[0]]), key=len)
    return differ[0] if short and short in long else None


def names_its_set(card: Card) -> bool:
    """Whether a list card's prompt names a concept of as many members as it asks.
    Such a card asks the set by its name, and is a set of its own beside a longer list."""
    return any(count == len(card.items) for _, count in terms.names_of(card.prompt))


def _drop_named_terms(cards: list[Card]) -> list[Card]:
    """Take out the first cloze of a card when it is a numbered concept that a list's prompt names: the
    list expands it there. The card's other clozes stay (a formulation in the same sentence is still to be
    recited); a card left without a cloze goes."""
    prompts = " ".join(c.prompt for c in cards if c.type == "list")

    def named(answer: str) -> bool:
        return answer in prompts and terms.has_term(answer)

    out = []
    for card in cards:
        first = re.search(r"\{\{c1::(.+?)\}\}", card.text) if card.type == "cloze" else None
        if first and named(first.group(1)):
            card = _without_clozes(card, first.group(1).__eq__)
            if card is None:
                continue
        out.append(card)
    return out


def _without_clozes(card: Card, drop: Callable[[str], bool]) -> Card | None:
    """The cloze card with the clozes whose answer `drop` picks written as plain text and the rest
    renumbered; None when no cloze is left (a card without a gap asks nothing)."""
    text = open_clozes(card.text, lambda match: drop(match.group(2)))
    if text is None:
        return None
    card.text = text
    return card


def listed_series(cards: Sequence[Card]) -> set[str]:
    """The list cards' members run together (content_chars), unless they are formulaic.
    A series a list asks is no formulation of its own."""
    return {
        content_chars("".join(c.items)) for c in cards if c.type == "list" and not phrases.formulaic(c.items)
    }


def _drop_listed_series(cards: list[Card]) -> list[Card]:
    """Take out the clozes that only repeat a list card's members (unless formulaic), renumbering the rest;
    a card left without a cloze goes. The list asks those members already."""
    listed = listed_series(cards)

    def is_listed(answer: str) -> bool:
        return content_chars(answer) in listed

    out = []
    for card in cards:
        if card.type == "cloze" and any(is_listed(a) for a in CLOZE.findall(card.text)):
            card = _without_clozes(card, is_listed)
            if card is None:
                continue
        out.append(card)
    return out
