#!/usr/bin/env python3
"""Benchmark yaodian against bare baselines on one generated corpus, in one run.

    python bench/bench.py [--docs 200] [--runs 5] [--keep DIR]

Builds a corpus of policy-style documents (at least 200 files, about 3 MB, enough
enumerations for 20,000+ cards) from the clauses of the bundled seeds, then times, with
the runs interleaved so machine noise hits every contender alike:

- `yaodian extract` against one bare `jieba.cut` pass over the same files (jieba's start-up
  included: both are fresh processes);
- `yaodian extract` again with nothing changed (every source skipped) against the first extract;
- `yaodian build` against a bare genanki script writing the same number of notes;
- a no-op rebuild (nothing changed) against the full build;
- `yaodian --help`;
- the peak memory of extract, in a run of its own: the PSS of all its processes together
  (pages the forked workers share with their parent counted once), and their summed RSS.

It prints medians and the ratios with their targets. Figures are measurements, not tests:
nothing here fails a build.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
YAODIAN = [sys.executable, "-m", "yaodian"]
_CLAUSE = re.compile(r"[\u4e00-\u9fff]{4,12}")
_CN = "一二三四五六七八九十"

BARE_JIEBA = """
import sys, jieba
from pathlib import Path
for path in sorted(Path(sys.argv[1]).glob("*.txt")):
    for _ in jieba.cut(path.read_text(encoding="utf-8")):
        pass
"""

BARE_GENANKI = """
import sys, genanki
count, out = int(sys.argv[1]), sys.argv[2]
model = genanki.Model(1_111_111_111, "bare cloze", fields=[{"name": "Text"}, {"name": "Extra"}],
    templates=[{"name": "Cloze", "qfmt": "{{cloze:Text}}", "afmt": "{{cloze:Text}}<br>{{Extra}}"}],
    model_type=genanki.Model.CLOZE)
decks = [genanki.Deck(2_000_000_000 + d, f"bare::{d}") for d in range(200)]
for n in range(count):
    text = "要求：" + "".join(f"{{{{c{k}::第{n}条第{k}项内容}}}}、" for k in range(1, 4))
    decks[n % len(decks)].add_note(genanki.Note(model=model, fields=[text, "原文"], guid=str(n)))
genanki.Package(decks).write_to_file(out)
"""


# ---------------------------------------------------------------- corpus


def _clauses() -> list[str]:
    """Clauses of the seeds' article text (their web boilerplate left out)."""
    from yaodian.extractors.boilerplate import main_text

    text = "\n".join(
        paragraph.text
        for path in sorted((ROOT / "seeds").glob("*.txt"))
        for paragraph in main_text(path.read_text(encoding="utf-8").splitlines())
    )
    return sorted(set(_CLAUSE.findall(text)))


def _document(rng: random.Random, clauses: list[str], number: int) -> str:
    """One article: a title, numbered sections with 一是/二是 points, sub-points, 首先/其次/最后
    and inline series."""
    pick = lambda k: rng.sample(clauses, k)  # noqa: E731
    lines = [f"关于{pick(1)[0]}的思考（第{number}篇）", ""]
    lines.append("，".join(pick(4)) + "。" + "，".join(pick(3)) + "。")
    for s in range(rng.randint(6, 9)):
        lines.append(f"{_CN[s]}、{pick(1)[0]}，{pick(1)[0]}。")
        lines.append(f"{pick(1)[0]}，主要有以下几点：")
        for p, clause in enumerate(pick(rng.randint(3, 5))):
            lines.append(f"{_CN[p]}是{clause}，{pick(1)[0]}。")
        for b in range(rng.randint(3, 5)):
            lines.append(f"（{_CN[b]}）{pick(1)[0]}。{'，'.join(pick(2))}。")
            for k, clause in enumerate(pick(3), 1):
                lines.append(f"{k}、{clause}，{pick(1)[0]}。")
            a, b2, c = (x[:4] for x in pick(3))
            lines.append(f"{pick(1)[0]}，做到{a}、{b2}、{c}，{'，'.join(pick(2))}。")
        first, second, last = pick(3)
        lines.append(f"首先，{first}。其次，{second}。最后，{last}。")
        a, b, c, d = pick(4)
        lines.append(f"要{pick(1)[0]}，推动{a[:4]}、{b[:4]}、{c[:4]}和{d[:4]}，{pick(1)[0]}。")
    return "\n".join(lines) + "\n"


def make_corpus(folder: Path, docs: int) -> int:
    """Write `docs` documents; return their total size in bytes."""
    rng = random.Random(20261122)
    clauses = _clauses()
    folder.mkdir(parents=True, exist_ok=True)
    size = 0
    for n in range(docs):
        text = _document(rng, clauses, n)
        (folder / f"doc_{n:04d}.txt").write_text(text, encoding="utf-8")
        size += len(text.encode("utf-8"))
    return size


# ---------------------------------------------------------------- measuring


def _tree_memory(pid: int) -> tuple[int, int]:
    """Memory of a process and all its descendants in bytes (Linux /proc): (PSS, RSS) summed.

    PSS counts a page shared by n processes as 1/n in each, so the sum is the memory the tree
    really holds; summed RSS counts such a page n times (forked workers share their parent's
    tables), so it overstates. Without smaps_rollup (Linux < 4.14) PSS falls back to RSS.
    """
    pss = rss = 0
    todo = [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            resident = int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) * 1024
            try:
                rollup = Path(f"/proc/{current}/smaps_rollup").read_text()
                proportional = int(re.search(r"^Pss:\s+(\d+)", rollup, re.M).group(1)) * 1024
            except (OSError, AttributeError):
                proportional = resident
            rss += resident
            pss += proportional
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, AttributeError, ValueError):
            continue
    return pss, rss


def run(cmd: list[str], cwd: Path, watch_memory: bool = False) -> tuple[float, tuple[int, int]]:
    """Run a command to completion; its wall time in seconds and (optionally) its peak tree
    memory, (PSS, RSS) as _tree_memory gives them."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    start = time.perf_counter()
    process = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = (0, 0)
    if watch_memory:
        stop = threading.Event()

        def poll() -> None:
            nonlocal peak
            while not stop.is_set():
                pss, rss = _tree_memory(process.pid)
                peak = (max(peak[0], pss), max(peak[1], rss))
                stop.wait(0.02)

        poller = threading.Thread(target=poll)
        poller.start()
    _out, err = process.communicate()
    elapsed = time.perf_counter() - start
    if watch_memory:
        stop.set()
        poller.join()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({process.returncode}):\n{err.decode(errors='replace')}")
    return elapsed, peak


def count_cards(cards: Path) -> int:
    return sum(len(re.findall(r"(?m)^- id: ", p.read_text(encoding="utf-8"))) for p in cards.glob("*.yaml"))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args()

    work = args.keep or Path(tempfile.mkdtemp(prefix="yaodian-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus"
    shutil.rmtree(corpus, ignore_errors=True)
    size = make_corpus(corpus, args.docs)
    (work / "bare_jieba.py").write_text(BARE_JIEBA)
    (work / "bare_genanki.py").write_text(BARE_GENANKI)

    names = ("jieba", "extract", "again", "genanki", "build", "noop", "help")
    times: dict[str, list[float]] = {k: [] for k in names}
    cards = 0
    for n in range(args.runs):
        out = work / f"run{n}"
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()
        times["jieba"].append(run([sys.executable, str(work / "bare_jieba.py"), str(corpus)], work)[0])
        extract = [*YAODIAN, "extract", str(corpus), "--cards", str(out / "cards")]
        times["extract"].append(run(extract, work)[0])
        times["again"].append(run(extract, work)[0])  # nothing changed: every source is skipped
        cards = count_cards(out / "cards")
        genanki_out = out / "bare.apkg"
        times["genanki"].append(
            run([sys.executable, str(work / "bare_genanki.py"), str(cards), str(genanki_out)], work)[0]
        )
        build = [*YAODIAN, "build", "--cards", str(out / "cards"), "--out", str(out / "decks")]
        times["build"].append(run(build, work)[0])
        times["noop"].append(run(build, work)[0])
        times["help"].append(run([*YAODIAN, "--help"], work)[0])
        if not args.keep:
            shutil.rmtree(out)

    # Memory in a run of its own: reading smaps_rollup every 20 ms costs about 1 ms per process,
    # CPU the timed runs should not lose.
    memory_out = work / "memory"
    shutil.rmtree(memory_out, ignore_errors=True)
    _, (pss, rss) = run([*YAODIAN, "extract", str(corpus), "--cards", str(memory_out)], work, True)
    if not args.keep:
        shutil.rmtree(memory_out)

    med = {k: statistics.median(v) for k, v in times.items()}
    rows = [
        ("extract ÷ bare jieba.cut pass", med["extract"] / med["jieba"], "≤ 1.0"),
        ("build ÷ bare genanki script", med["build"] / med["genanki"], "≤ 2.0"),
        ("no-op rebuild ÷ full build", med["noop"] / med["build"], "≤ 0.2"),
        ("re-extract, nothing changed ÷ full", med["again"] / med["extract"], "(no target)"),
    ]
    print(
        f"corpus: {args.docs} documents, {size / 1e6:.2f} MB, {cards} cards; {args.runs} interleaved runs, medians"
    )
    print(f"{'figure':34} {'value':>8}  target")
    for name, value, target in rows:
        print(f"{name:34} {value:8.2f}  {target}")
    print(f"{'yaodian --help (s)':34} {med['help']:8.2f}  ≤ 0.4")
    print(
        f"{'extract peak memory, PSS (MB)':34} {pss / 1e6:8.0f}  ≤ 500"
        f"  (summed RSS, shared pages counted per process: {rss / 1e6:.0f})"
    )
    print("seconds: " + ", ".join(f"{k} {v:.2f}" for k, v in med.items()))
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
