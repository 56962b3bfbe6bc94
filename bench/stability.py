"""Stability of cards under edits elsewhere: a learner adds sentences to other paragraphs of a
source and extracts again; the cards of the sentences that did not change should stay as they
were (same card, same gaps), or Anki loses their review history.

    python bench/stability.py dev              # 60 text documents of dev, every kind of edit
    python bench/stability.py dev --sample 0   # every text document of dev
    python bench/stability.py dev --show       # and each card removed or gap retired

For each sampled document (the .txt and .md of the corpus, whose lines are the source's lines),
it extracts a copy into a cards folder, then for each kind of edit copies that folder, edits the
copy of the source and extracts again into the copied folder:

- `repeat`: a new paragraph in the middle repeating a formulation a gap of the first extract asks;
- `series`: a new paragraph with an enumerated series (一是…二是…三是…) a third of the way in;
- `append`: a sentence appended to the last paragraph;
- `delete`: the last sentence of a paragraph two thirds in taken out (a paragraph of one
  sentence is left alone: the edit is the next such paragraph's).

It counts, on the lines whose text the edit left as it was: cards removed, gaps retired (cloze
numbers a card gained in retired:) and cards whose words changed otherwise (reworded).
It reports; it does not judge.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

from typer.testing import CliRunner

from yaodian.cards import CLOZE, load_card_file
from yaodian.cli import app

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"
KINDS = ("repeat", "series", "append", "delete")
_SERIES = "做好这项工作，一是要加强统筹协调，二是要压实各方责任，三是要强化督促检查。"
_APPENDED = "这一点，需要我们在今后的工作中长期坚持。"
_RUNNER = CliRunner()
_SENTENCE = re.compile(r"[^。！？]*[。！？]”?")


def _extract(source: Path, cards: Path) -> None:
    result = _RUNNER.invoke(app, ["extract", str(source), "--cards", str(cards)])
    if result.exit_code not in (0, 1):
        raise RuntimeError(result.output)


def _card_file(cards: Path):
    files = [p for p in cards.glob("*.yaml") if not p.name.startswith(".")]
    return load_card_file(files[0]) if files else None


def _answers(card_file) -> list[str]:
    found = [
        gap.group(2) for card in card_file.cards if card.type == "cloze" for gap in CLOZE.finditer(card.text)
    ]
    return [answer for answer in found if 4 <= len(answer) <= 12]


def _paragraphs(lines: list[str]) -> list[int]:
    """Indexes of the lines that end a prose paragraph (long enough, ending a sentence, not a
    heading): an edit there changes no sentence of the source (a line cut inside a sentence,
    as a text copied from a PDF has them, is not one)."""
    return [
        i
        for i, line in enumerate(lines)
        if len(line.strip()) >= 30 and not line.lstrip().startswith("#") and line.rstrip()[-1] in "。！？"
    ]


def _edited(
    lines: list[str], kind: str, answers: list[str], rng: random.Random
) -> tuple[list[str], set[int]]:
    """The source's lines after an edit of `kind`, and the old line numbers (1-based) it changed."""
    prose = _paragraphs(lines)
    if not prose:
        return lines, set()
    if kind == "append":
        last = prose[-1]
        new = list(lines)
        new[last] = lines[last].rstrip() + _APPENDED
        return new, {last + 1}
    if kind == "delete":
        for at in prose[len(prose) * 2 // 3 :]:
            shorter = _without_last_sentence(lines[at])
            if shorter:
                new = list(lines)
                new[at] = shorter
                return new, {at + 1}
        return lines, set()
    if kind == "repeat":
        if not answers:
            return lines, set()
        at = prose[len(prose) // 2]
        sentence = f"我们要始终牢记{rng.choice(answers)}，把它落实到工作的方方面面。"
    else:
        at = prose[len(prose) // 3]
        sentence = _SERIES
    # a paragraph as the source writes them: after a blank line where its paragraphs have one
    blank = [""] if at + 1 < len(lines) and not lines[at + 1].strip() else []
    return [*lines[: at + 1], *blank, sentence, *lines[at + 1 :]], set()


def _without_last_sentence(line: str) -> str | None:
    """The line without its last sentence, or None when it has one sentence only."""
    sentences = _SENTENCE.findall(line.rstrip())
    return "".join(sentences[:-1]) if len(sentences) >= 2 else None


def _by_id(card_file) -> dict:
    return {card.id: card for card in card_file.cards} if card_file else {}


def _line_text(card, lines: list[str]) -> str | None:
    line = card.origin.line if card.origin and card.origin.line else 0
    return lines[line - 1].strip() if 0 < line <= len(lines) else None


def compare(
    before, after, old_lines: list[str], new_lines: list[str], changed: set[int]
) -> tuple[Counter, list[str]]:
    """Removed cards, retired gaps and reworded cards of `before` whose line the edit left alone:
    their counts, and a line naming each."""
    kept_text = {line.strip() for line in new_lines}
    counts: Counter = Counter()
    shown: list[str] = []
    now = _by_id(after)
    for card in before.cards:
        text = _line_text(card, old_lines)
        if text is None or card.origin.line in changed or text not in kept_text:
            continue
        counts["cards"] += 1
        new = now.get(card.id)
        if new is None:
            counts["removed"] += 1
            shown.append(f"removed {card.id}: {(card.text or card.prompt)[:50]}")
            continue
        retired = set(new.retired) - set(card.retired)
        counts["gaps retired"] += len(retired)
        if retired:
            shown.append(f"retired {sorted(retired)} in {card.id}: {new.text[:50]}")
        elif new.text != card.text or new.items != card.items or new.prompt != card.prompt:
            counts["reworded"] += 1
            shown.append(f"reworded {card.id}: {(new.text or new.prompt)[:50]}")
    return counts, shown


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", default="dev")
    parser.add_argument("--sample", type=int, default=60, help="documents to take (0: all)")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    docs = sorted(p for p in (CORPUS / args.corpus).iterdir() if p.suffix in (".txt", ".md"))
    if args.sample:
        docs = random.Random(34).sample(docs, min(args.sample, len(docs)))
        docs.sort()
    totals = {kind: Counter() for kind in KINDS}
    touched = {kind: 0 for kind in KINDS}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for doc in docs:
            text = doc.read_bytes().decode("utf-8", errors="replace")
            old_lines = text.splitlines()
            base_src = work / "base" / doc.name
            base_src.parent.mkdir(parents=True, exist_ok=True)
            base_src.write_text(text, encoding="utf-8")
            base_cards = work / "base_cards"
            shutil.rmtree(base_cards, ignore_errors=True)
            _extract(base_src, base_cards)
            before = _card_file(base_cards)
            if before is None:
                continue
            rng = random.Random(doc.name)
            answers = _answers(before)
            for kind in KINDS:
                new_lines, changed = _edited(old_lines, kind, answers, rng)
                if new_lines == old_lines:
                    continue
                cards = work / f"{kind}_cards"
                shutil.rmtree(cards, ignore_errors=True)
                shutil.copytree(base_cards, cards)
                # the cards folder knows the source by its path: edit it where it was extracted
                base_src.write_text("\n".join(new_lines) + "\n", encoding="utf-8")
                _extract(base_src, cards)
                base_src.write_text(text, encoding="utf-8")
                counts, shown = compare(before, _card_file(cards), old_lines, new_lines, changed)
                if counts["removed"] or counts["gaps retired"]:
                    touched[kind] += 1
                if args.show:
                    for line in shown:
                        print(f"{doc.name} [{kind}] {line}")
                totals[kind].update(counts)
    print(f"{len(docs)} documents ({args.corpus}, .txt and .md)")
    print(f"{'edit':8} {'cards':>6} {'removed':>8} {'gaps retired':>13} {'reworded':>9} {'docs hit':>9}")
    for kind in KINDS:
        t = totals[kind]
        print(
            f"{kind:8} {t['cards']:6} {t['removed']:8} {t['gaps retired']:13} {t['reworded']:9} {touched[kind]:9}"
        )
    all_ = sum(totals.values(), Counter())
    print(
        f"{'total':8} {all_['cards']:6} {all_['removed']:8} {all_['gaps retired']:13} "
        f"{all_['reworded']:9} {sum(touched.values()):9}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
