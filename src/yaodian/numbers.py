"""Cloze numbers and the answers they ask: which answers a card asks under which numbers,
when an answer changed enough to ask something else, and how a card's numbers follow its answers
when the source changes it (so Anki's review history, kept under each number, stays with the
question it is about). The merge (merge.py) numbers cards by these rules and the build
(build.py) warns by them; this module reads neither, and writes no files."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from yaodian.cards import ALL_CLOZE, CLOZE, Card, next_cloze_number
from yaodian.numerals import without_list_mark

# Two answers this alike (see similarity) are one answer that changed a little.
_ITEM_THRESHOLD = 0.5

NON_WORD = re.compile(r"[^\w]")


def norm(text: str) -> str:
    """`text` without punctuation and spaces: what similarity compares."""
    return NON_WORD.sub("", text)


def _bare(answer: str) -> str:
    """`answer` without the list number it opens with (01 坚持创新发展 -> 坚持创新发展): where an
    item stood in a numbered list is no part of what it asks. Cards written before the extractors
    dropped such numbers have them in their items; compared bare, those items keep their cloze
    numbers, and with them their history, when the source gives them again without."""
    return without_list_mark(answer)


def similarity(a: str, b: str) -> float:
    """Dice coefficient of character bigrams: 1.0 for equal texts, near 0 for unrelated ones."""
    a, b = norm(a), norm(b)
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    grams_a = {a[i : i + 2] for i in range(len(a) - 1)} or {a}
    grams_b = {b[i : i + 2] for i in range(len(b) - 1)} or {b}
    return 2 * len(grams_a & grams_b) / (len(grams_a) + len(grams_b))


def match_items(
    old: list[str], new: list[str], apart: set[tuple[int, int]] | frozenset = frozenset()
) -> dict[int, int]:
    """new index -> old index, one to one: equal texts first, then the most similar pairs; never
    a pair (old index, new index) in `apart`. Items are compared without a list number (_bare)."""
    old, new = [_bare(text) for text in old], [_bare(text) for text in new]
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for j, text in enumerate(new):
        for i, before in enumerate(old):
            if i not in used and before == text and (i, j) not in apart:
                pairs[j] = i
                used.add(i)
                break
    scored = sorted(
        (
            (similarity(old[i], new[j]), -abs(i - j), j, i)
            for j in range(len(new))
            if j not in pairs
            for i in range(len(old))
            if i not in used and (i, j) not in apart
        ),
        reverse=True,
    )
    for score, _distance, j, i in scored:
        if score < _ITEM_THRESHOLD:
            break
        if j in pairs or i in used:
            continue
        pairs[j] = i
        used.add(i)
    return pairs


# How much of an answer's words must stand in another answer for it to be a piece of that one
# (a gap split in two, or two gaps made one): the pieces keep their words, cut at a 、 or a 和.
_PIECE_SHARE = 0.8
# An answer this short (in characters, punctuation aside) is often one term: changing one of its
# characters (物联网 → 互联网, 上半年 → 下半年) asks something else, so only equal answers or one
# standing inside the other (云计算 → 云计算技术) are the same question.
_SHORT_ANSWER = 4
_NUMERALS = re.compile(r"[0-9０-９〇零一二三四五六七八九十百千万亿两]+(?:[.．][0-9０-９]+)?[%％]?")
# An answer whose words were replaced, not grown or trimmed, in this share of its characters or
# more asks another word (台账式推进 → 挂图式推进, 深化校园巡查 → 做实校园巡查); a character or two
# mended in a long answer (…发展思想 → …发展理念 in a sentence of a dozen) still asks the same.
_REPLACED_SHARE = 1 / 3
# Members of one answer (投早、投小): cut at the enumeration comma and at commas. 和 is not cut:
# it stands inside words too (和谐, 和平).
_MEMBER_BREAK = re.compile(r"[、，,；;]")


def _share_within(part: str, whole: str) -> float:
    """The share of `part`'s character bigrams that `whole` has too: 1.0 when it stands inside it."""
    part, whole = norm(part), norm(whole)
    if not part or not whole:
        return 0.0
    if part in whole:
        return 1.0
    grams = {part[i : i + 2] for i in range(len(part) - 1)} or {part}
    inside = {whole[i : i + 2] for i in range(len(whole) - 1)} or {whole}
    return len(grams & inside) / len(grams)


def _members(answer: str) -> int:
    """How many members an answer names (投早、投小: two)."""
    return len([part for part in _MEMBER_BREAK.split(answer) if norm(part)])


def _replaced_share(a: str, b: str) -> float:
    """The share of the longer of two texts that stands where the other has other characters:
    what was swapped, not what was only added or cut. A stretch of changes counts where it both
    cuts and adds characters; a single character kept between two changes is part of the
    stretch, as a swapped word that keeps a character of the old one in another place
    (加强 → 强化) comes out as an insert and a delete around it."""
    opcodes = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    stretches: list[list[tuple[str, int, int, int, int]]] = [[]]
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        kept_inside = i2 - i1 == 1 and 0 < index < len(opcodes) - 1
        if tag == "equal" and not kept_inside:
            stretches.append([])
        else:
            stretches[-1].append((tag, i1, i2, j1, j2))
    replaced = 0
    for stretch in stretches:
        tags = {tag for tag, *_ in stretch}
        if "replace" in tags or {"insert", "delete"} <= tags:
            cut = sum(i2 - i1 for _, i1, i2, _, _ in stretch)
            added = sum(j2 - j1 for _, _, _, j1, j2 in stretch)
            replaced += max(cut, added)
    return replaced / max(len(a), len(b), 1)


def _asks_otherwise(before: str, now: str) -> bool:
    """Whether an answer changed so that it surely asks something else, however alike the two
    read (see why_asked_otherwise)."""
    return why_asked_otherwise(before, now) is not None


def why_asked_otherwise(before: str, now: str) -> str | None:
    """Why an answer changed so that it surely asks something else, however alike the two read,
    in words for the learner; None when it did not: a numeral changed (二十 → 二十一, 5.0% → 5.3%),
    a member gained or lost (投早 → 投早、投小; members are cut at 、，；), a short answer changed
    rather than grown (物联网 → 互联网; 云计算 → 云计算技术 only grew), a word of it swapped for
    another (台账式推进 → 挂图式推进). A list number the answer opens with (01 坚持…) is no numeral
    of the answer's (_bare)."""
    before, now = _bare(before), _bare(now)
    a, b = norm(before), norm(now)
    if a == b:
        return None
    if _numbers_changed(before, now):
        return "a number in it changed"
    if _members(before) != _members(now):
        more = _members(now) > _members(before)
        return f"{'a part added' if more else 'a part dropped'}: parts are cut at 、，；"
    if min(len(a), len(b)) <= _SHORT_ANSWER and a not in b and b not in a:
        return "a short answer changed, not only grown"
    if _replaced_share(a, b) >= _REPLACED_SHARE:
        return "a third or more of its words replaced"
    return None


def _numbers_changed(before: str, now: str) -> bool:
    """Whether a numeral of an answer changed (二十 → 二十一, 三个 → 四个). An answer that only grew
    or was cut keeps its numbers where the shorter one stands in the longer: the numerals of the
    words added or cut are new words (一个支部就 → 一个支部就是一座堡垒 changes none)."""
    if _NUMERALS.findall(before) == _NUMERALS.findall(now):
        return False
    shorter, longer = sorted((before, now), key=len)
    at = longer.find(shorter)
    if at < 0:
        return True
    beside = [m.group() for m in _NUMERALS.finditer(longer) if m.start() < at + len(shorter) and m.end() > at]
    return beside != _NUMERALS.findall(shorter)


def why_another_question(before: str, now: str) -> str:
    """Why `now` is not asked under the number `before` had (the merge's and build's rules: see
    _tied_numbers), in words for the learner."""
    reason = why_asked_otherwise(before, now)
    if reason:
        return reason
    if similarity(_bare(before), _bare(now)) < _ITEM_THRESHOLD:
        return "too much of it added or cut"
    return "split from or joined with another item"


def resembling(old: list[str], new: list[str]) -> dict[int, int]:
    """new index -> old index, one to one, for answers that read alike or stand one inside the
    other (聚焦组织建设 → 聚焦组织建设，夯实基层), whatever _tied_numbers made of them: the old answer
    a learner most likely rewrote into each new one."""
    scored = sorted(
        (
            (max(similarity(_bare(before), _bare(now)), _share_within(before, now)), j, i)
            for j, now in enumerate(new)
            for i, before in enumerate(old)
        ),
        reverse=True,
    )
    pairs: dict[int, int] = {}
    for score, j, i in scored:
        if score >= _ITEM_THRESHOLD and j not in pairs and i not in pairs.values():
            pairs[j] = i
    return pairs


def same_question(before: str, now: str) -> bool:
    """Whether an answer that stands under a cloze number now asks what `before` asked under it:
    the history Anki keeps for the number fits it (the test the merge ties numbers by). An answer
    as it was is the same question: every build asks this of every gap, and most stand as built."""
    if before == now:
        return True
    return not _asks_otherwise(before, now) and similarity(_bare(before), _bare(now)) >= _ITEM_THRESHOLD


def _split_or_joined(old: list[str], new: list[str]) -> set[tuple[int, int]]:
    """(old index, new index) of the answers that must not share a number: an old answer now
    asked in two or more pieces, two or more old answers now asked as one, and any pair that
    _asks_otherwise. Either way the learner is asked something else than
    what the old card's history is about, so each piece, and the joined answer, is a new
    question (a new number, no history). An answer that stands as it was (equal) elsewhere is no
    piece: 科技 and 创新 still asked as gaps of their own leave 科技创新体系 → 科技创新体系建设 one
    answer grown."""
    apart = {
        (i, j) for i, before in enumerate(old) for j, now in enumerate(new) if _asks_otherwise(before, now)
    }
    unmatched_new = [j for j, now in enumerate(new) if now not in old]
    unmatched_old = [i for i, before in enumerate(old) if before not in new]
    for i, before in enumerate(old):
        pieces = [
            j for j in unmatched_new if new[j] != before and _share_within(new[j], before) >= _PIECE_SHARE
        ]
        if len(pieces) >= 2:
            apart |= {(i, j) for j in pieces}
    for j, now in enumerate(new):
        pieces = [i for i in unmatched_old if old[i] != now and _share_within(old[i], now) >= _PIECE_SHARE]
        if len(pieces) >= 2:
            apart |= {(i, j) for i in pieces}
    return apart


def _tied_numbers(
    old_answers: list[str],
    old_numbers: list[int],
    old_retired: list[int],
    new_answers: list[str],
    top: int = 0,
) -> tuple[list[int], list[int]]:
    """A cloze number for each of `new_answers` (a card's items or gaps as the source gives them
    now) and the card's retired numbers, given what the card asked before (`old_answers` under
    `old_numbers`, with `old_retired`) and the highest number yaodian ever wrote for it (`top`:
    a learner's version may have dropped it, yet Anki still keeps its history).

    Anki keeps a card's review history under its cloze number, so an answer that survives keeps
    its number wherever it now stands; a new answer (or a piece of a split one) takes a number
    above every number the card ever used; the number of an answer that is gone is retired and
    never given again, or Anki would show its history on another question.
    """
    bare_old, bare_new = [_bare(a) for a in old_answers], [_bare(a) for a in new_answers]
    apart = _split_or_joined(bare_old, bare_new)
    pairs = match_items(bare_old, bare_new, apart)
    taken = {top, *old_numbers, *old_retired}
    numbers: list[int] = []
    for j in range(len(new_answers)):
        if j in pairs:
            numbers.append(old_numbers[pairs[j]])
            continue
        number = next_cloze_number(taken)
        taken.add(number)
        numbers.append(number)
    # yaodian gives numbers one after another, so the numbers above the card's own up to `top`
    # asked something once: the learner dropped them (Anki keeps their cards, with history)
    dropped = set(range(max([0, *old_numbers, *old_retired]) + 1, top + 1)) - {ALL_CLOZE}
    retired = sorted(set(old_retired) | {n for n in {*old_numbers, *dropped} if n not in numbers})
    return numbers, retired


def renumber(old: Card, new: Card, top: int = 0) -> tuple[list[int] | None, list[int]]:
    """Cloze numbers for the list card `new`'s items that keep every surviving item's number
    from `old` (a list card, or a cloze card whose gaps are now asked as a list): see
    _tied_numbers. Returns (clozes, retired); clozes is None when it is simply 1..N."""
    old_answers, old_numbers = answers(old)
    numbers, retired = _tied_numbers(old_answers, old_numbers, old.retired, new.items, top)
    return (None if numbers == list(range(1, len(numbers) + 1)) else numbers), retired


def answers(card: Card) -> tuple[list[str], list[int]]:
    """What a card asks, with the cloze number of each: a list's items, a cloze card's gaps
    (in number order; gaps that share a number count once, by the first)."""
    if card.type == "list":
        return list(card.items), card.cloze_numbers()
    firsts = {int(m.group(1)): m.group(2) for m in reversed(list(CLOZE.finditer(card.text)))}
    numbers = sorted(firsts)
    return [firsts[n] for n in numbers], numbers


def numbered_like(old: Card, text: str, top: int = 0) -> tuple[str, list[int]]:
    """The cloze text `text`, as extracted (gaps numbered 1, 2, 3... in reading order), with
    each gap under the number its answer had in `old` (a gap of the cloze card it updates, or an
    item of the list card it now asks in its sentence), and the card's retired numbers (see
    _tied_numbers). The numbers may then stand out of reading order (c1, c2, c4, c3): Anki
    makes one card per number, whatever their order."""
    new_answers, new_numbers = answers(Card(type="cloze", text=text))
    old_answers, old_numbers = answers(old)
    tied, retired = _tied_numbers(old_answers, old_numbers, old.retired, new_answers, top)
    renumbered = dict(zip(new_numbers, tied, strict=True))

    def rewrite(match: re.Match[str]) -> str:
        rest = match.group(0)[len(f"{{{{c{match.group(1)}::") :]
        return f"{{{{c{renumbered[int(match.group(1))]}::{rest}"

    return CLOZE.sub(rewrite, text), retired
