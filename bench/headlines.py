"""Deck titles on headline samples: the top and bottom of many real layouts, each around a few
paragraphs of body text, with the title a learner would accept and the chrome no card may carry.

    python bench/headlines.py                  # every set: titles accepted, how the misses miss
    python bench/headlines.py dev --missed     # and dev's wrong titles and noisy cards
    python bench/headlines.py check --paths    # and how many titles each of find_title's paths chose

A full document of the corpus (bench/scorecard.py) tells one title; these samples tell one each
too, but are cheap to write, so many more layouts are judged. Sets live in tests/data/heads/:
`dev` is read and tuned on; `check` is written by other authors and read by nobody, so only its
counts are printed. Each set has a cases.yaml: `file: {title: str | [str, ...], noise: [str, ...]}`;
noise that is a page number once normalised (`— 5 —` is 5) is counted apart, not looked for.
It reports; it does not judge. Without ../shared/eval/score.py (its norm) it says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import yaml
from scorecard import SHARED, load_score, path_counts, title_accepted, title_miss_kind, title_path

from yaodian.cards import CLOZE, CardFile
from yaodian.errors import YaodianError
from yaodian.extractors import extract_document
from yaodian.sources import read_document

HEADS = Path(__file__).resolve().parent.parent / "tests" / "data" / "heads"
SETS = ("dev", "check")


def _card_texts(card_file: CardFile) -> list[str]:
    """Everything a learner sees on a document's notes, one string per card, with each cloze's marks
    and hint taken off its words (chrome split by a cloze, 责任{{c1::编辑}}, is still chrome)."""
    return [
        CLOZE.sub(r"\2", json.dumps(card.to_dict(), ensure_ascii=False, default=str))
        for card in card_file.cards
    ]


def score_set(folder: Path, norm: Callable[[str], str], paths: bool = False) -> dict:
    """Titles accepted, how the others miss, and the samples whose title or cards carry chrome; with
    `paths`, the path of find_title that chose each title (see scorecard.title_path)."""
    cases = yaml.safe_load((folder / "cases.yaml").read_text(encoding="utf-8")) or {}
    misses, noisy_titles, noisy_cards, kinds = [], [], [], Counter()
    page_numbers = 0
    chosen: list[tuple[str, bool]] = []
    for name, case in sorted(cases.items()):
        try:
            card_file = extract_document(read_document(folder / name))
            title, texts = card_file.title, _card_texts(card_file)
        except YaodianError as error:
            title, texts = "", [str(error)]
        noise = [n for n in map(norm, case.get("noise") or []) if n]
        page_numbers += sum(1 for n in noise if n.isdigit())
        noise = [n for n in noise if not n.isdigit()]  # a page number `— 5 —` is 5, in the body too
        accepted = title_accepted(title, case["title"], norm)
        way = title_path(folder / name, title) if paths else ""
        chosen.append((way, accepted))
        if not accepted:
            misses.append(f"{name}: {title!r}{f' [{way}]' if way else ''} (gold {case['title']!r})")
            kinds[title_miss_kind(title, case["title"], norm)] += 1
        if any(n in norm(title) for n in noise):
            noisy_titles.append(name)
        carried = sorted({n for n in noise for text in texts if n in norm(text)})
        if carried:
            noisy_cards.append(f"{name}: {', '.join(carried)}")
    return {
        "titles_accepted": f"{len(cases) - len(misses)}/{len(cases)}",
        "title_misses_by_kind": " ".join(f"{k}:{n}" for k, n in sorted(kinds.items())) or "-",
        "noisy_titles": len(noisy_titles),
        "samples_with_noisy_cards": len(noisy_cards),
        "page_number_noise": page_numbers,
        "misses": misses,
        "noisy_cards": noisy_cards,
        "title_paths": path_counts(chosen) if paths else [],
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python bench/headlines.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", metavar="SET", help="dev, check (default: both)")
    parser.add_argument("--missed", action="store_true", help="dev's wrong titles and noisy cards")
    parser.add_argument(
        "--paths",
        action="store_true",
        help="titles accepted of all by each path of find_title that chose them (with --missed, each miss's)",
    )
    arguments = parser.parse_args(argv)
    if unknown := [name for name in arguments.sets if name not in SETS]:
        parser.error(f"no set {', '.join(unknown)}: the sets are {', '.join(SETS)}")
    if not (SHARED / "eval" / "score.py").exists():
        print(f"no scorecard: {SHARED}/eval/score.py is not here")
        return 0
    norm = load_score().norm
    for name in arguments.sets or SETS:
        if not (HEADS / name / "cases.yaml").exists():
            continue
        result = score_set(HEADS / name, norm, arguments.paths)
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in result.items() if not isinstance(v, list)))
        if arguments.paths:
            print("\n".join(["  titles by path (accepted/all):", *result["title_paths"]]))
        if arguments.missed and name != "check":
            print(
                "\n".join(
                    ["  wrong titles:", *result["misses"], "  cards with chrome:", *result["noisy_cards"]]
                )
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
