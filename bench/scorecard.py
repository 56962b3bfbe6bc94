"""Extraction scorecard: extract and build a corpus in a temporary folder and score the decks
against hand-made gold (../shared/eval/score.py's figures), beside the figures score.py does
not give: deck titles, weak list prompts and trivia-only clozes.

    python bench/scorecard.py                  # every corpus here: one table
    python bench/scorecard.py seeds            # one corpus only (seeds, dev, holdout, fresh, check)
    python bench/scorecard.py dev --missed     # and what the gold has that the decks miss
    python bench/scorecard.py dev --per-doc    # and each document's item recall and title
    python bench/scorecard.py holdout --paths  # and how many titles each of find_title's paths chose
    python bench/scorecard.py --json           # everything, as JSON

Corpora: `seeds` is the bundled seeds/ against the team's gold (../shared/gold), scored as
score.py scores it (all notes pooled). `dev` and `holdout` are tests/data/corpus/{dev,holdout}
against tests/data/corpus/gold/{dev,holdout}, scored document by document (a document's items
count only when its own deck says them) and summed. `fresh` and `check` likewise. Rules are tuned
on `dev`; `holdout` is for judging them, not for reading; `fresh` was written last, by an author who
had not seen the others, and is scored only to report; `check` is written during a round of rules
by new authors, read by nobody until the round is merged, and judges its merges.

It reports; it does not judge: the targets are in the issues, not in a test. Without
../shared/eval/score.py it says so and exits 0.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import yaml

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "tests" / "data" / "corpus"
CORPORA = {
    "seeds": (ROOT / "seeds", SHARED / "gold"),
    "dev": (CORPUS / "dev", CORPUS / "gold" / "dev"),
    "holdout": (CORPUS / "holdout", CORPUS / "gold" / "holdout"),
    "fresh": (CORPUS / "fresh", CORPUS / "gold" / "fresh"),
    "check": (CORPUS / "check", CORPUS / "gold" / "check"),
}
FIGURES = (
    "item_recall",
    "item_recall_macro",
    "item_recall_worst",
    "list_grouping",
    "term_recall",
    "term_expansion",
    "phrase_recall",
    "noise_notes",
    "noise_notes_unclozed",
    "short_noise_gold",
    "median_cloze_chars",
    "unmatched_notes",
    "titles_accepted",
    "title_misses_by_kind",
    "noisy_titles",
    "weak_list_prompts",
    "wrong_clause_prompts",
    "trivia_clozes",
    "no_cue_clozes",
    "hint_only_clozes",
    "repeated_series",
    "first_member_visible",
    "unplaced_notes",
    "closing_notes",
    "section_in_gap",
    "section_words_in_gap",
    "member_boundary_slips",
    "list_numbers_shown",
    "notes",
)
# score.py's counts behind each ratio, to sum documents' results
_COUNTED = {
    "item_recall": "items",
    "list_grouping": "lists",
    "term_recall": "terms",
    "term_expansion": "expandable_terms",
    "phrase_recall": "phrases",
}

_HAN = re.compile(r"[\u3400-\u9fff]")
# What a title may carry beside its headline (issue 11): 【…】 brackets, a 2024…考点 prefix.
_BRACKETED = re.compile(r"【[^】]*】|^\d{4}[^｜|:：]{0,12}考点[｜|:：·\s]*")
# A gap a learner gains nothing from reciting: a time phrase, a number, a function word.
_TIME = re.compile(
    r"^(近|过去|今|本|上|去|明|前|此|多|[\d〇零一二三四五六七八九十百千两]+)?.{0,6}?"
    r"(以来|年来|以后|之后|以前|之前|期间|时期|阶段|年|年度|月|日|届)$"
)
_WORDS = (
    "同时 此外 另外 其中 其次 首先 最后 然后 因此 所以 但是 而且 并且 以及 通过 按照 根据 关于 对于 目前 "
    "当前 现在 如今 当下 已经 正在 不断 进一步 切实 全面 大力 积极 更加 继续 持续 努力 坚决 认真 这 那 这些 那些 我们 他们 大家 自己 有关 相关 各类 各项 各级 一些 一批 一系列 进行 开展 实现 加强"
)
# A cloze card's front gives the learner something to recall from when this many Han characters stay
# visible beside the gap (a hint counts), as compose.CUE_MIN: `{{c1::作风建设永远在路上}}。` shows only `[...]。`.
CUE_MIN = 4
# What may stand between two gaps of one series in a cloze text: a series mark, a joiner, quotes.
_SERIES_GLUE = re.compile(r"^[、，,；;\s“”‘’\"']*(?:和|与|及|以及|或)?[、，,；;\s“”‘’\"']*$")
_CLOZE_MARK = re.compile(r"\{\{c(\d+)::(.*?)(?:::([^}]*))?\}\}", re.S)
_NOT_CONTENT = re.compile(r"[^\w]|_")
_NUMBER = re.compile(r"^[\d.,%％〇零一二三四五六七八九十百千万亿两多余个项条点倍成]+$")
_FUNCTION_WORDS = frozenset(_WORDS.split())


def load_score() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _yaodian(*args: str, cwd: Path) -> None:
    subprocess.run([sys.executable, "-m", "yaodian", *args], cwd=cwd, check=True, capture_output=True)


def is_trivia(gap: str, norm) -> bool:
    """A cloze answer not worth reciting: a time phrase, a bare number, a function word, one character."""
    text = norm(gap)
    return (
        len(_HAN.findall(text)) <= 1
        or bool(_NUMBER.fullmatch(text))
        or (len(text) <= 8 and bool(_TIME.fullmatch(text)))
        or text in _FUNCTION_WORDS
    )


# A gap of a cloze text ({{c1::answer::hint}}): its answer is group 1, its hint is left out.
_GAP = re.compile(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}", re.S)


def _answers_shown(text: str) -> str:
    """`text` with each gap written out as its answer, its hint left off."""
    return _GAP.sub(lambda gap: gap.group(1), text)


def card_figures(card_files: list[dict], norm) -> dict:
    """Figures of the cards as written: weak list prompts and trivia-only clozes (issue 12), list prompts
    that name a series of their own, not their items (wrong_clause_prompts, a count: a prompt of
    enough words may still come from the wrong clause, which weak_list_prompts cannot see), cloze cards
    with no cue on a front (cueless_numbers), those whose only cue on a front is Anki's hint
    (hint_only_clozes: cueless_numbers(hints=False)), notes that ask a series another note asks
    (repeated_series_notes), series gapped from their second member on (first_member_visible),
    notes with no section below a list of the document's parts (unplaced_notes) and those of a text's
    closing, at its level on purpose (closing_notes), clozes that hide
    their own section (section_in_gap), series whose gaps begin or end at the wrong word
    (member_boundary_slips) and notes whose cloze text or an item opens with a list's number
    (list_numbers_shown: 1. 01 （1） ① 一、 三是, chrome a learner would recite, or a lead-in's
    colon before the first member's mark (…四个方面：一是…) in a note that shows no second, gaps' answers
    included: what numerals.without_item_mark drops; and a list's prompt that opens with a list's
    number, not a Chinese heading's, which says where the list stands: what without_prompt_mark drops)."""
    from yaodian.numerals import without_item_mark, without_prompt_mark

    unplaced = sum(len(unplaced_notes(data.get("cards") or [])) for data in card_files)
    closing = sum(len(closing_notes(data.get("cards") or [])) for data in card_files)
    lists = weak = wrong_clause = clozes = trivia = cueless = hint_only = repeated = first_visible = (
        giveaway
    ) = words_given = slips = 0
    numbered = 0
    examples: dict[str, list[str]] = {
        "weak_list_prompts": [],
        "wrong_clause_prompts": [],
        "trivia_clozes": [],
        "no_cue_clozes": [],
        "hint_only_clozes": [],
        "repeated_series": [],
        "first_member_visible": [],
        "section_in_gap": [],
        "member_boundary_slips": [],
        "list_numbers_shown": [],
    }
    for data in card_files:
        for card in data.get("cards") or []:
            shown = [_answers_shown(card.get("text") or ""), *map(str, card.get("items") or [])]
            marked = [line for line in shown if without_item_mark(line) != line]
            prompt = card.get("prompt") or ""
            if card.get("type") == "list" and without_prompt_mark(prompt) != prompt:
                marked.append(prompt)
            if marked:
                numbered += 1
                examples["list_numbers_shown"].append(marked[0][:100])
            if card.get("type") == "list":
                lists += 1
                prompt = card.get("prompt") or ""
                items = [str(item) for item in card.get("items") or []]
                if "____" in prompt and member_boundary_slip(prompt.partition("____")[0], items):
                    slips += 1
                    examples["member_boundary_slips"].append(f"{prompt} -> {card.get('items')}")
                if len(_HAN.findall(prompt)) < 6 or prompt.startswith("……"):
                    weak += 1
                    examples["weak_list_prompts"].append(f"{prompt} -> {card.get('items')}")
                if wrong_clause_prompt(prompt, items):
                    wrong_clause += 1
                    examples["wrong_clause_prompts"].append(f"{prompt} -> {card.get('items')}")
            elif card.get("type") == "cloze":
                gaps = _GAP.findall(card.get("text") or "")
                if gaps:
                    clozes += 1
                    if all(is_trivia(gap, norm) for gap in gaps):
                        trivia += 1
                        examples["trivia_clozes"].append(card["text"][:100])
                    if cueless_numbers(card["text"]):
                        cueless += 1
                        examples["no_cue_clozes"].append(card["text"][:100])
                    if cueless_numbers(card["text"], hints=False):
                        hint_only += 1
                        examples["hint_only_clozes"].append(card["text"][:100])
                    if section_in_gap(card):
                        giveaway += 1
                        examples["section_in_gap"].append(card["text"][:100])
                    if section_in_gap(card, inside=True):
                        words_given += 1
                    if first_member_visible(card["text"]):
                        first_visible += 1
                        examples["first_member_visible"].append(card["text"][:100])
                    if any(member_boundary_slip(*run) for run in series_gaps(card["text"])):
                        slips += 1
                        examples["member_boundary_slips"].append(card["text"][:100])
        cards = data.get("cards") or []
        for at in repeated_series_notes(cards):
            repeated += 1
            card = cards[at]
            shown = card.get("text") or f"{card.get('prompt')} -> {card.get('items')}"
            examples["repeated_series"].append(shown[:100])
    return {
        "weak_list_prompts": round(weak / lists, 3) if lists else None,
        "wrong_clause_prompts": wrong_clause,
        "trivia_clozes": trivia,
        "no_cue_clozes": cueless,
        "hint_only_clozes": hint_only,
        "repeated_series": repeated,
        "first_member_visible": first_visible,
        "unplaced_notes": unplaced,
        "closing_notes": closing,
        "section_in_gap": giveaway,
        "section_words_in_gap": words_given,
        "member_boundary_slips": slips,
        "list_numbers_shown": numbered,
        "list_cards": lists,
        "cloze_cards": clozes,
        "examples": examples,
    }


# The count a list prompt ends with: （4项）, （“四定”，4项）.
_PROMPT_COUNT = re.compile(r"（[^（）]*\d+[项項]）$")
# What parts a prompt's clauses (and a heading's path before its colon: 一、总体要求：…).
_CLAUSE_MARKS = re.compile(r"[，,；;：:。！!？?]")
# A series a prompt's last clause names itself: two members or more parted by 、, quoted as one
# (存在“不敢为、不愿为、不会为”的问题), or short members before 等 or a count of kinds (做强建材、家居、
# 汽配三大产业; 围绕“减、控、赋”四个字).
_QUOTED_SERIES = re.compile(r"[“「‘]([^“”「」‘’、]{1,12}(?:[”」’]?、[“「‘]?[^“”「」‘’、]{1,12})+)[”」’]")
_COUNTED_SERIES = re.compile(
    r"((?:[\u3400-\u9fff“”「」‘’]{1,8}、)+[\u3400-\u9fff“”「」‘’]{1,8})"
    r"(?=等|(?:[一二三四五六七八九十两]+|\d+)[大个個项項种種类類条條步字])"
)


def wrong_clause_prompt(prompt: str, items: list[str]) -> bool:
    """A list prompt taken from the wrong clause: its last clause names a series of its own, quoted
    (存在“不敢为、不愿为、不会为”的问题) or before 等 or a count of kinds (做强建材、家居、汽配三大产业),
    and the items are other words (有的怕担责, 有的怕麻烦…): fewer than half of that series' members
    share a word (two Han characters, or a member of one) with the items. The learner reads the
    series as what is asked. Not counted: a prompt with blanks (____: it places its items itself),
    one that asks the document's parts by their heads, and a series that modifies its noun
    unquoted (构建横向到边、纵向到底的组织体系 leads the measures that build it)."""
    if "____" in prompt or not items or _PARTS_PROMPT.search(prompt) or "本段的" in prompt:
        return False
    clause = _CLAUSE_MARKS.split(_PROMPT_COUNT.sub("", prompt).rstrip("，,；;：: "))[-1]
    series = [m.group(1) for pattern in (_QUOTED_SERIES, _COUNTED_SERIES) for m in pattern.finditer(clause)]
    if not series:
        return False
    members = [_QUOTE_MARKS.sub("", member) for member in series[-1].split("、")]
    words = "".join(items)
    shared = sum(1 for member in members if _shares_a_word(member, words))
    return 2 * shared < len(members)


def _shares_a_word(member: str, words: str) -> bool:
    """Whether `words` hold two Han characters of `member` side by side, or its one character."""
    han = "".join(_HAN.findall(member))
    if len(han) <= 1:
        return bool(han) and han in words
    return any(han[at : at + 2] in words for at in range(len(han) - 1))


# A list prompt that asks the document's parts (compose's 本文的N个部分, 本文的N個部分).
_PARTS_PROMPT = re.compile(r"本文的\d+[个個]部分")


def unplaced_notes(cards: list[dict]) -> list[int]:
    """The notes with no section (no path on their back) from the line of a list card that asks the
    document's parts on: the learner cannot tell which part they stand in. A cloze whose gap holds
    one of the parts' heads (as section_words_in_gap reads a gap) is left out: it may have no section
    on purpose (compose.filed_above_its_gaps: its front would show the answer). So are the notes of
    the text's closing (closing_notes): they speak of the whole text, at its level on purpose."""
    asks_parts = [
        card.get("type") == "list" and bool(_PARTS_PROMPT.search(card.get("prompt") or "")) for card in cards
    ]
    starts = [_line(card) for card, parts in zip(cards, asks_parts, strict=True) if parts]
    if not starts:
        return []
    first = min(starts)
    heads = [
        str(item)
        for card, parts in zip(cards, asks_parts, strict=True)
        if parts
        for item in card.get("items") or []
    ]

    def hides_a_head(card: dict) -> bool:
        text = card.get("text") or ""
        return card.get("type") == "cloze" and any(
            section_in_gap({"text": text, "origin": {"section": head}}, inside=True) for head in heads
        )

    closing = set(closing_notes(cards))
    return [
        at
        for at, (card, parts) in enumerate(zip(cards, asks_parts, strict=True))
        if _line(card) >= first
        and not _section(card)
        and not parts
        and not hides_a_head(card)
        and at not in closing
    ]


def closing_notes(cards: list[dict]) -> list[int]:
    """The notes with no section in the closing of a text that has parts (some note has a section):
    after every note with a section, from the first whose words open as a text's closing (a
    summing-up 总之，…, a salutation or call 同志们，… 让我们…, a look ahead 新征程上，…, a lasting task
    …永远在路上: parts.with_closing_paragraphs' kinds but a securing measure, which stays in a
    section) to the text's end. Such a closing speaks of the whole text: it is filed at the
    document's level on purpose. (Words that open so before a part, an introduction's, are no closing.)"""
    from yaodian.cards import CLOZE
    from yaodian.extractors.parts import closing_kind

    last = max((_line(card) for card in cards if _section(card)), default=None)
    if last is None:
        return []
    start = min(
        (
            _line(card)
            for card in cards
            if _line(card) > last
            and closing_kind(CLOZE.sub(r"\2", card.get("text") or "")) not in (None, "measure")
        ),
        default=None,
    )
    if start is None:
        return []
    return [at for at, card in enumerate(cards) if _line(card) >= start]


def _line(card: dict) -> int:
    """A card's line in its source (its origin's), 0 where it has none."""
    return (card.get("origin") or {}).get("line") or 0


def _section(card: dict) -> str:
    """A card's section path (its origin's), "" where it has none."""
    return (card.get("origin") or {}).get("section") or ""


def section_in_gap(card: dict, inside: bool = False) -> bool:
    """Whether a cloze card hides the last part of its own section in a gap: Anki's front shows
    the section (build.py's Source), so the front gives the answer away. With `inside`, also a gap
    of two or more Han characters that stands inside that part (推行“{{c1::无会周}}”制度 under
    推行“无会周”制度): the wider count (section_words_in_gap), kept apart so that section_in_gap
    counts as it did before round 25."""
    section = _section(card)
    core = section.rsplit("›", 1)[-1].strip().rstrip("…")
    gaps = [m.group(2) for m in _CLOZE_MARK.finditer(card.get("text") or "")]
    return bool(core) and any(
        core in gap or (inside and len(_HAN.findall(gap)) >= 2 and gap in core) for gap in gaps
    )


def cueless_numbers(text: str, hints: bool = True) -> list[int]:
    """The cloze numbers of a cloze text whose Anki card shows fewer than CUE_MIN Han characters
    beside its gaps: that number's gaps hidden (their hint shown, unless `hints` is False: a front
    whose only cue is Anki's hint, [坚持整体…]。, asks a whole sentence from its first words), the other
    gaps as answers."""
    numbers = sorted({int(m.group(1)) for m in _CLOZE_MARK.finditer(text)})

    def front(number: int) -> str:
        return _CLOZE_MARK.sub(
            lambda m: ((m.group(3) or "") if hints else "") if int(m.group(1)) == number else m.group(2), text
        )

    return [n for n in numbers if len(_HAN.findall(front(n))) < CUE_MIN]


def _content(text: str) -> str:
    return _NOT_CONTENT.sub("", text)


def clozed_runs(card: dict) -> list[tuple[str, bool]]:
    """What a card asks, as runs of words (punctuation out) and whether each is a series: a list's
    items run together (a series); a cloze text's gaps that stand side by side with only a series
    mark or a joiner between them, run together (a series when two or more gaps, or one gap holding 、)."""
    if card.get("type") == "list":
        return [(_content("".join(card.get("items") or [])), True)]
    text = card.get("text") or ""
    runs: list[tuple[list[str], int]] = []  # the gaps' answers of each run, and where the run ends
    for match in _CLOZE_MARK.finditer(text):
        if runs and _SERIES_GLUE.fullmatch(text[runs[-1][1] : match.start()]):
            runs[-1] = (runs[-1][0] + [match.group(2)], match.end())
        else:
            runs.append(([match.group(2)], match.end()))
    return [(_content("".join(gaps)), len(gaps) > 1 or "、" in gaps[0]) for gaps, _ in runs]


def repeated_series_notes(cards: list[dict]) -> list[int]:
    """The places (in `cards`, one document's) of the notes that ask a series another note of the document
    asks too: its words equal to, inside or around the other's (of three Han characters or more), one of
    the two a series (member by member beside a lump; half a formula beside the whole; a list beside a gap)."""
    runs = [clozed_runs(card) for card in cards]
    repeated = set()
    for at, mine in enumerate(runs):
        for other_at, theirs in enumerate(runs):
            if other_at == at:
                continue
            for (a, a_series), (b, b_series) in ((x, y) for x in mine for y in theirs):
                shorter = min(a, b, key=len)
                if (a_series or b_series) and len(_HAN.findall(shorter)) >= 3 and (a in b or b in a):
                    repeated.add(at)
    return sorted(repeated)


# The visible words just before a run of gaps, up to the mark that parts them from it, and what
# stands before them (a gap's end there: the words are no whole member).
_MEMBER_BEFORE = re.compile(
    r"(\}\}[“”‘’「」]*[、，,；;]?[“”‘’「」]*)?([^，,。；;：:、！!？?{}]{2,})([、，,；;])([“”‘’「」]*)$"
)
_QUOTE_MARKS = re.compile(r"[“”‘’「」]")
_OPENING_QUOTES = frozenset("“‘「")
# How near its end a character two clauses share marks one frame (产业兴旺是重点，生态宜居是关键).
_ALIKE_REACH = 3
# The marks that part one series' members, each as its own kind: a clause is no 、 member.
_SERIES_MARK = {"、": "、", "，": "，", ",": "，", "；": "；", ";": "；"}


def first_member_visible(text: str) -> bool:
    """A cloze text whose series is gapped from its second member on, its first member left in view:
    two gaps or more of that one series right after it. A member set off by 、 (即坚持以上率下、
    {{c1::…}}、{{c2::…}}) needs gaps parted by 、 (or 和 与 及) after it, not by a clause mark; a clause
    set off by ，/； needs gaps parted by the same mark, it and the first two gaps each about as long
    as the others and opening as they open or holding a frame character as near their ends
    (其中产业兴旺是重点，{{c1::生态宜居是关键}}，{{c2::乡风文明是保障}}; not 健全机制，{{c1::让想干事的
    有机会}}，{{c2::能干事的有舞台}}: its 机 is the first gap's only). Not counted, as one note asks a
    sentence's gaps together: a member parted by a mark from a gap before it (the series' first member
    is that gap), a clause that goes on from a gap (领悟“{{c1::两个确立}}”的决定性意义，{{c2::增强…}}、…:
    the tail of a gapped phrase; a 、 member may, 以“{{c1::文化}}周”为契机把文化、{{c2::体育}}…), and a
    quoted series that opens after the mark (包联、“{{c1::一个项目}}、{{c2::一名领导}}”; a first gap quoted
    alone is a member: 坚持精准、“{{c1::精细}}”、“{{c2::精心}}”)."""
    for start, gaps, marks in _series_runs(text):
        before = _MEMBER_BEFORE.search(text[:start])
        if not before:
            continue
        after_gap, words, mark, quotes = before.groups()
        kind = _SERIES_MARK[mark]
        series = gaps[: next((at for at, glue in enumerate(marks, 1) if glue != kind), len(gaps))]
        if len(series) < 2 or (
            after_gap and (kind != "、" or _SERIES_MARK.get(after_gap.strip("“”‘’「」}")))
        ):
            continue
        first_end = _CLOZE_MARK.match(text, start).end()
        if (
            quotes
            and quotes[-1] in _OPENING_QUOTES
            and not words.endswith(("”", "’", "」"))
            and text[first_end : first_end + 1] not in ("”", "’", "」")
        ):
            continue  # (the gaps' own quoted series opens after the mark; not a first gap quoted alone)
        member, first, second = (_QUOTE_MARKS.sub("", part) for part in (words, series[0], series[1]))
        if kind == "、" or (_alike(member, first) and _alike(member, second) and _alike(first, second)):
            return True
    return False


def _series_runs(text: str) -> list[tuple[int, list[str], list[str]]]:
    """Each run of gaps side by side (only a series mark, a joiner or quotes between them): where it
    starts, its gaps' answers and the mark between each two (、 for a joiner alone: 和 与 及)."""
    runs: list[tuple[int, list[str], list[str], int]] = []
    for match in _CLOZE_MARK.finditer(text):
        glue = text[runs[-1][3] : match.start()] if runs else ""
        if runs and _SERIES_GLUE.fullmatch(glue):
            mark = next((_SERIES_MARK[ch] for ch in glue if ch in _SERIES_MARK), "、")
            start, gaps, marks, _ = runs[-1]
            runs[-1] = (start, [*gaps, match.group(2)], [*marks, mark], match.end())
        else:
            runs.append((match.start(), [match.group(2)], [], match.end()))
    return [(start, gaps, marks) for start, gaps, marks, _ in runs]


def _alike(member: str, gap: str) -> bool:
    """Whether two clauses are about as long as each other and open alike or hold a frame character
    as near their ends."""
    return (
        2 * min(len(member), len(gap)) >= max(len(member), len(gap))
        and bool(member)
        and bool(gap)
        and (member[0] == gap[0] or _frame_alike(member, gap))
    )


_HAN_BEFORE = re.compile(r"[\u3400-\u9fff]+$")
# What stands between two members' gaps of one 、 series (not a clause mark: clauses are no members).
_MEMBER_GLUE = re.compile(r"^[“”‘’]*(?:、|和|与|及|以及|或)[“”‘’]*$")


def series_gaps(text: str) -> list[tuple[str, list[str]]]:
    """Each run of three gaps or more a cloze text asks side by side (a series), with the visible
    words before it back to the last mark."""
    runs: list[tuple[int, list[str], int]] = []
    for match in _CLOZE_MARK.finditer(text):
        if runs and _MEMBER_GLUE.fullmatch(text[runs[-1][2] : match.start()]):
            runs[-1] = (runs[-1][0], runs[-1][1] + [match.group(2)], match.end())
        else:
            runs.append((match.start(), [match.group(2)], match.end()))
    return [(text[:start], gaps) for start, gaps, _ in runs if len(gaps) >= 3]


def member_boundary_slip(before: str, members: list[str]) -> bool:
    """A series of three members or more whose gaps begin or end at the wrong word: the last one
    holds the 等 that closes the series (…、{{c3::营商环境不优等}}问题), or the words just before the
    first one end with a word of two to four characters that some later member opens with but not
    every one (支部____、____ for 支部党员大会、支部委员会、党小组会: the word is the first member's)."""
    from yaodian.extractors.members import EQUALITY_WORDS  # (平等, 一等…: a member may end so)

    if len(members) < 3:
        return False
    last = members[-1].rstrip("”’」")
    if (
        last.endswith("等")
        and not last.endswith(tuple(EQUALITY_WORDS))
        and not any(m.endswith("等") for m in members[:-1])
    ):
        return True
    words = _HAN_BEFORE.search(before)
    if not words:
        return False
    for size in range(2, min(4, len(words.group())) + 1):
        word = words.group()[-size:]
        opening = [m.startswith(word) for m in members[1:]]
        if any(opening) and not all(opening) and not members[0].startswith(word):
            return True
    return False


def _frame_alike(member: str, gap: str) -> bool:
    """The two hold one character at the same place from their ends, near them (是重点 / 是关键)."""
    return any(
        len(member) > back
        and len(gap) > back
        and member[-1 - back] == gap[-1 - back]
        and _HAN.match(gap[-1 - back])
        for back in range(1, _ALIKE_REACH)
    )


def title_accepted(title: str, gold: str | list[str], norm) -> bool:
    """A deck title a learner accepts: the gold headline, give or take punctuation, 【…】 brackets
    and a 2024…考点 prefix."""
    wanted = [gold] if isinstance(gold, str) else list(gold)
    plain = norm(_BRACKETED.sub("", title))
    return bool(norm(title)) and any(
        norm(title) == norm(g) or (plain and plain == norm(_BRACKETED.sub("", g))) for g in wanted
    )


def _extract(docs: Path, work: Path) -> Path:
    shutil.copytree(docs, work / "docs")
    _yaodian("extract", "docs", "--cards", "cards", cwd=work)
    return work / "cards"


def _card_file_of(cards: Path, doc: str) -> Path | None:
    """The card file extracted from the document named `doc`."""
    for path in sorted(cards.glob("*.yaml")):
        with path.open(encoding="utf-8") as f:
            head = f.readline() + f.readline()
        if re.search(rf"^source: .*{re.escape(doc)}'?$", head, re.M):
            return path
    return None


def score_pooled(name: str, score: ModuleType, paths: bool = False) -> dict:
    """score.py's own figures for a corpus, every note pooled (as the team's hook scores the seeds)."""
    docs, gold = CORPORA[name]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        cards = _extract(docs, work)
        _yaodian("build", "--cards", "cards", "--out", "decks", cwd=work)
        result = score.score(str(gold), [str(work / "decks")])
        result["noise_notes_unclozed"] = noise_notes_unclozed(
            score.read_notes([str(work / "decks")]), gold, score.norm
        )
        card_files = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(cards.glob("*.yaml"))]
    per_doc = result["item_recall_per_doc"].values()
    result["item_recall_worst"] = min((r for r in per_doc if r is not None), default=None)
    result.update(_titles(card_files, gold, docs, cards, score, paths))
    result["short_noise_gold"] = short_noise_gold(gold, score.norm)
    result.update(card_figures(card_files, score.norm))
    return result


def title_miss_kind(title: str, gold: str | list[str], norm) -> str:
    """How a rejected title misses, without saying what it says (for sets nobody may read):
    `extra` carries the headline and more, `part` is a piece of it, `other` is something else."""
    have = norm(title)
    wanted = [norm(g) for g in ([gold] if isinstance(gold, str) else gold)]
    if have and any(g in have for g in wanted):
        return "extra"
    if have and any(have in g for g in wanted):
        return "part"
    return "other"


def noise_notes_unclozed(notes: list[dict], gold_dir: Path, norm: Callable[[str], str]) -> int:
    """Notes that carry a gold noise string once their cloze marks are taken off. score.py looks in
    the marked text, where 责任{{c1::编辑}} hides 责任编辑, so its noise_notes can count too few."""
    from yaodian.cards import CLOZE

    noise = [
        normed
        for gold_path in sorted(gold_dir.glob("*.yaml"))
        for s in (yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}).get("noise") or []
        if (normed := norm(str(s)))
    ]
    texts = [norm(CLOZE.sub(r"\2", note["text"])) for note in notes]
    return sum(1 for text in texts if any(s in text for s in noise))


def short_noise_gold(gold_dir: Path, norm) -> int:
    """Gold noise strings that normalise to two characters or fewer: a page number `— 1 —` is
    `1` to score.py and makes every note with that digit noisy, so noise_notes counts them falsely."""
    short = 0
    for gold_path in gold_dir.glob("*.yaml"):
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
        short += sum(1 for s in gold.get("noise") or [] if len(norm(str(s))) <= 2)
    return short


def title_path(path: Path, title: str) -> str:
    """The path by which find_title chose the deck title `title` of the document at `path` (see
    titles.choose_title), asked as extract_document asks it; `?` where it chooses another title."""
    from yaodian.errors import YaodianError
    from yaodian.extractors.boilerplate import main_text
    from yaodian.extractors.titles import choose_title
    from yaodian.sources import read_document

    try:
        document = read_document(path)
    except YaodianError:
        return "unreadable"
    chosen = choose_title(
        document.lines,
        main_text(document.lines, document.layout),
        document.name,
        document.headline,
        document.running_heads,
        document.page_titles,
    )
    return chosen.path if chosen.title == title else "?"


def path_counts(paths: list[tuple[str, bool]]) -> list[str]:
    """Each path's titles, accepted of all, the most used first (`head line: 300/302`)."""
    counts = Counter(path for path, _ in paths)
    accepted = Counter(path for path, ok in paths if ok)
    return [f"{path}: {accepted[path]}/{n}" for path, n in counts.most_common()]


def _titles(
    card_files: list[dict], gold_dir: Path, docs: Path, cards: Path, score: ModuleType, paths: bool = False
) -> dict:
    titles = {}
    noisy = 0
    for gold_path in sorted(gold_dir.glob("*.yaml")):
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
        if "title" not in gold:
            continue
        doc = gold.get("doc", gold_path.stem)
        path = _card_file_of(cards, doc)
        title = yaml.safe_load(path.read_text(encoding="utf-8")).get("title", "") if path else ""
        chosen = title_path(docs / doc, title) if paths else ""
        titles[gold_path.stem] = (
            title,
            gold["title"],
            chosen,
            title_accepted(title, gold["title"], score.norm),
        )
        noise = [score.norm(s) for s in gold.get("noise") or []]
        noisy += any(s and s in score.norm(title) for s in noise)
    accepted = sum(1 for *_, ok in titles.values() if ok)
    kinds = Counter(
        title_miss_kind(title, want, score.norm) for title, want, _, ok in titles.values() if not ok
    )
    return {
        "titles_accepted": f"{accepted}/{len(titles)}" if titles else None,
        "title_misses_by_kind": " ".join(f"{k}:{n}" for k, n in sorted(kinds.items())) or "-",
        "noisy_titles": noisy,
        "title_misses": [
            f"{stem}: {title!r}{f' [{chosen}]' if chosen else ''} (gold {want!r})"
            for stem, (title, want, chosen, ok) in titles.items()
            if not ok
        ],
        "title_paths": path_counts([(chosen, ok) for _, _, chosen, ok in titles.values()]) if paths else [],
    }


def score_per_document(name: str, score: ModuleType, paths: bool = False) -> dict:
    """score.py's figures for a corpus, each document against its own deck only, summed."""
    from yaodian.build import build_package
    from yaodian.cards import load_card_file

    docs, gold_dir = CORPORA[name]
    totals = dict.fromkeys(list(_COUNTED.values()) + [f"{k}_hit" for k in _COUNTED], 0)
    per_doc: dict[str, float | None] = {}
    missed: list[str] = []
    noise = noise_unclozed = notes = 0
    unmatched = 0.0
    cloze_lengths: list[int] = []
    card_files: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        cards = _extract(docs, work)
        for gold_path in sorted(gold_dir.glob("*.yaml")):
            gold = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
            path = _card_file_of(cards, gold.get("doc", gold_path.stem))
            one = work / "one" / gold_path.stem
            (one / "gold").mkdir(parents=True)
            shutil.copy(gold_path, one / "gold")
            decks = []
            if path is not None:
                card_files.append(yaml.safe_load(path.read_text(encoding="utf-8")))
                build_package([load_card_file(path)], one / "deck.apkg", state_dir=one)
                decks = [str(one / "deck.apkg")]
            result = score.score(str(one / "gold"), decks)
            for ratio, count in _COUNTED.items():
                n = result["gold"][count]
                totals[count] += n
                totals[f"{ratio}_hit"] += round((result[ratio] or 0) * n)
            per_doc[gold_path.stem] = result["item_recall"]
            missed += result["missed"]
            missed += [f"{gold_path.stem}: noise: {text}" for text in result["noise_examples"]]
            noise += result["noise_notes"]
            deck_notes = score.read_notes(decks)
            noise_unclozed += noise_notes_unclozed(deck_notes, one / "gold", score.norm)
            notes += result["notes"]
            unmatched += (result["unmatched_notes"] or 0) * result["notes"]
            cloze_lengths += [len(score.norm(c)) for n in deck_notes for c in n["clozes"]]
        titles = _titles(card_files, gold_dir, docs, cards, score, paths)
    cloze_lengths.sort()
    ratio = lambda a, b: round(a / b, 3) if b else None  # noqa: E731
    recalls = [r for r in per_doc.values() if r is not None]
    return {
        "notes": notes,
        **{k: ratio(totals[f"{k}_hit"], totals[n]) for k, n in _COUNTED.items()},
        "item_recall_macro": ratio(sum(recalls), len(recalls)),
        "item_recall_worst": min(recalls, default=None),
        "item_recall_per_doc": per_doc,
        "noise_notes": noise,
        "noise_notes_unclozed": noise_unclozed,
        "short_noise_gold": short_noise_gold(gold_dir, score.norm),
        "median_cloze_chars": cloze_lengths[len(cloze_lengths) // 2] if cloze_lengths else None,
        "unmatched_notes": ratio(unmatched, notes),
        "gold": {n: totals[n] for n in _COUNTED.values()},
        "missed": missed,
        **titles,
        **card_figures(card_files, score.norm),
    }


def scorecard(names: list[str], paths: bool = False) -> dict[str, dict]:
    """Each corpus's figures; with `paths`, how many titles each of find_title's paths chose."""
    score = load_score()
    results = {}
    for name in names:
        docs, gold = CORPORA[name]
        if not docs.is_dir() or not any(gold.glob("*.yaml")):
            continue
        score_set = score_pooled if name == "seeds" else score_per_document
        results[name] = score_set(name, score, paths)
    return results


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python bench/scorecard.py",
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("sets", nargs="*", metavar="SET", help=f"any of {', '.join(CORPORA)} (default: all)")
    parser.add_argument("--json", action="store_true", help="everything, as JSON")
    parser.add_argument("--per-doc", action="store_true", help="each document's item recall")
    parser.add_argument(
        "--missed",
        action="store_true",
        help="what the gold has that the decks miss, and notes carrying its noise",
    )
    parser.add_argument(
        "--cards",
        action="store_true",
        help="the weak list prompts, trivia-only clozes, no-cue clozes and repeated series",
    )
    parser.add_argument(
        "--paths",
        action="store_true",
        help="titles accepted of all by each path of find_title that chose them (with --missed, each miss's)",
    )
    arguments = parser.parse_args(argv)
    if unknown := [name for name in arguments.sets if name not in CORPORA]:
        parser.error(f"no set {', '.join(unknown)}: the sets are {', '.join(CORPORA)}")
    return arguments


# The examples --cards prints, each figure's under its label, in this order.
_EXAMPLES_SHOWN = (
    ("weak_list_prompts", "weak list prompts"),
    ("wrong_clause_prompts", "list prompts naming a series of their own, not their items"),
    ("trivia_clozes", "trivia-only clozes"),
    ("no_cue_clozes", "cloze cards with no cue on a front"),
    ("hint_only_clozes", "cloze cards whose only cue is a hint"),
    ("repeated_series", "notes asking a series another note asks"),
    ("first_member_visible", "series gapped from the second member on"),
    ("section_in_gap", "clozes that hide their own section"),
    ("member_boundary_slips", "series whose gaps begin or end at the wrong word"),
    ("list_numbers_shown", "notes that open with a list's number"),
)


def main(argv: list[str]) -> int:
    arguments = _arguments(argv)  # --help, or an unknown set or option, ends here: nothing is scored
    if not (SHARED / "eval" / "score.py").exists():
        print(f"no scorecard: {SHARED}/eval/score.py is not here")
        return 0
    names = arguments.sets or list(CORPORA)
    results = scorecard(names, paths=True) if arguments.paths else scorecard(names)
    if arguments.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return 0
    shown = list(results)
    print(f"{'figure':22}" + "".join(f" {name:>15}" for name in shown))
    for figure in FIGURES:  # (a space before each column: a value as wide as the column stays apart)
        print(f"{figure:22}" + "".join(f" {results[n].get(figure)!s:>15}" for n in shown))
    for name in shown:
        result = results[name]
        if arguments.per_doc:
            print(f"\n== {name}: item recall per document")
            for stem, recall in result["item_recall_per_doc"].items():
                print(f"{recall!s:>6}  {stem}")
        if arguments.paths:
            print(f"\n== {name}: titles by path (accepted/all)")
            print("\n".join(result["title_paths"]))
        if arguments.missed:
            print(f"\n== {name}: missed")
            print("\n".join(result["missed"] + [f"title: {m}" for m in result["title_misses"]]))
        if arguments.cards:
            for figure, label in _EXAMPLES_SHOWN:
                print(f"\n== {name}: {label}")
                print("\n".join(result["examples"][figure]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
