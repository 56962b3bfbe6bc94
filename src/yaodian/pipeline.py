"""Extract many documents on every core: read and extract each file in a worker process.

jieba's dictionary is loaded once per worker, not once per file. Results come back in the
order of the input, each a card file or the YaodianError that file raised, so the caller can
merge and report them one by one while the workers go on.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from yaodian.cards import CardFile, card_problems
from yaodian.errors import Location, YaodianError

if TYPE_CHECKING:
    from yaodian.merge import MergeResult


@dataclass
class Extraction:
    """What a worker sends back for one document: its cards, and its card file as first written."""

    card_file: CardFile
    fresh: MergeResult
    left_out: list[YaodianError]  # cards the extractors made that `check` would refuse


# Below this many files a pool costs more (process start, a dictionary load per worker) than it saves.
_POOL_THRESHOLD = 4


def _extract_one(job: tuple[Path, str | None, str]) -> Extraction | YaodianError:
    from yaodian.extractors import extract_document
    from yaodian.merge import first_write
    from yaodian.sources import read_document

    path, encoding, root = job
    try:
        card_file = extract_document(read_document(path, encoding), root)
    except YaodianError as exc:
        return exc
    valid, left_out = [], []
    for card in card_file.cards:
        problems = card_problems(card)
        if problems:  # e.g. a source that itself contains cloze markup
            line = card.origin.line if card.origin else None
            left_out.append(YaodianError(f"card left out: {problems[0]}", Location(path, line)))
        else:
            valid.append(card)
    card_file.cards = valid
    fresh = first_write(card_file)
    if fresh.card_file is not None:
        # the same cards with their YAML line set (nothing downstream reads it from extracted
        # cards): one set of cards to pickle and unpickle instead of two, half the parent's work
        card_file.cards = fresh.card_file.cards
    return Extraction(card_file, fresh, left_out)


def _warm_up() -> None:
    from yaodian.extractors.text import words

    words("预热")  # loads jieba's dictionary in this worker


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def extract_many(
    paths: list[Path], encoding: str | None, root: str, workers: int | None = None
) -> Iterator[tuple[Path, Extraction | YaodianError]]:
    """(path, extraction or error) for every path, in input order."""
    jobs = [(path, encoding, root) for path in paths]
    workers = min(workers or default_workers(), len(jobs))
    if workers <= 1 or len(jobs) < _POOL_THRESHOLD:
        for job in jobs:
            yield job[0], _extract_one(job)
        return
    # fork where it is safe and cheap (Linux); spawn elsewhere
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() and os.name == "posix" else "spawn"
    context = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_warm_up) as pool:
        # A window of jobs in flight rather than all of them at once (pool.map): the results the
        # caller has not written yet wait in this process, and when the workers run ahead of it
        # (they share the cores with it) a whole batch of rendered card files would pile up.
        waiting = iter(jobs)
        pending = deque(
            (job[0], pool.submit(_extract_one, job)) for job in islice(waiting, _WINDOW * workers)
        )
        try:
            while pending:
                path, future = pending.popleft()
                result = future.result()
                for job in islice(waiting, 1):
                    pending.append((job[0], pool.submit(_extract_one, job)))
                yield path, result
        finally:  # the caller stopped early (an error, Ctrl-C): drop the jobs not started
            for _, future in pending:
                future.cancel()


_WINDOW = 8  # jobs in flight per worker: enough that no worker waits for the next one
