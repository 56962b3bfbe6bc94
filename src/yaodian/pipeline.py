"""Extract many documents on every core: read, extract and merge each file in a worker process,
then write each result to its card file (extract_batch, what `yaodian extract` runs).

jieba's dictionary is loaded once, before the workers are forked. A worker merges the cards it
found into the card file on disk and sends back only what writing and reporting need (the new
text, the state's records, counts); results come back in the order of the input, so the caller
can write and report them one by one while the workers go on.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import multiprocessing
import os
import signal
import stat
import sys
import threading
import time
from collections import deque
from collections.abc import Generator, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from yaodian.cache import ParseCache
from yaodian.cards import card_problems
from yaodian.errors import Location, YaodianError
from yaodian.merge import MergeSummary, State


@dataclass(frozen=True, eq=False)  # (a job is itself: it holds the state's records, a dict)
class Job:
    """One source to extract and merge into its card file."""

    source: Path
    target: Path  # its card file (which may not exist yet)
    encoding: str | None = None  # None: detect it
    root: str = "要点"  # the root deck
    records: dict | None = None  # the state's records of the target's cards
    cached: object = None  # the parse cache's entry for the target, if any
    take: frozenset[str] = frozenset()  # ids of the learner's cards to give the source's version
    name_all: bool = False  # name every card of the learner's whose source changed (merge_card_file)
    # the card file was last extracted by this same code: what changed is the source, and the
    # merge keeps what the cards of its unchanged sentences asked (merge_card_file's source_lines)
    hold: bool = False


@dataclass
class Extraction:
    """What a worker sends back for one document: its merge, and the cards it had to leave out."""

    merged: MergeSummary
    # parts the reader left out, cards the extractors made that `check` would refuse
    left_out: list[YaodianError]
    no_cards: str | None = None  # the document gave no card: why, if known ("" if not)


# Below this many files a pool costs more (process start, a dictionary load per worker) than it saves.
_POOL_THRESHOLD = 4


def _extract_one(job: Job) -> Extraction | YaodianError:
    from yaodian.cache import ParseCache
    from yaodian.extractors import extract_document
    from yaodian.merge import merge_with_file, rekey
    from yaodian.sources import read_document

    try:
        document = read_document(job.source, job.encoding)
        card_file = extract_document(document, job.root)
        valid, dropped = [], []
        for card in card_file.cards:
            problems = card_problems(card)
            if problems:  # e.g. a source that itself contains cloze markup
                line = card.origin.line if card.origin else None
                dropped.append(YaodianError(f"card left out: {problems[0]}", Location(job.source, line)))
            else:
                valid.append(card)
        card_file.cards = valid
        if job.target.stem != job.source.stem:  # shares its stem with another source
            card_file = rekey(card_file, job.target.stem)
        cache = ParseCache(job.target.parent, {job.target.name: job.cached} if job.cached else None)
        merged = merge_with_file(
            card_file,
            job.target,
            job.records or {},
            cache,
            job.take,
            job.name_all,
            document.lines if job.hold else None,
        )
        no_cards = None if valid else why_no_cards(document.lines, document.meta.get("format", ""), dropped)
        # (what was left out: a mail's unread attachments, then the cards check refuses)
        return Extraction(merged, [*document.left_out, *dropped], no_cards)
    except YaodianError as exc:
        return exc
    except Exception as exc:  # a bug of yaodian's on this document: said on its line, the others go on
        return YaodianError(
            f"yaodian failed on this document ({type(exc).__name__}: {exc}); please report it",
            Location(job.source),
        )


# A page with less text than this, a line longer than this, fewer lines than this: see why_no_cards
_LITTLE_TEXT = 200
_LONG_LINE = 200
_FEW_LINES = 3


def why_no_cards(lines: list[str], kind: str, left_out: list[YaodianError]) -> str:
    """Why a document gave no card, when its shape says it ("" when it does not): what the
    `no cards found` line of extract's report adds in brackets."""
    if left_out:
        return "every card found was left out: see the warnings above"
    text = [line.strip() for line in lines if line.strip()]
    size = sum(len(line) for line in text)
    if kind == "html" and size < _LITTLE_TEXT:
        return (
            f"the page holds {size} characters of text; a page that fills in its text with JavaScript "
            "has none until a browser runs it: save it from the browser once it has loaded"
        )
    if len(text) == 1 and size > _LONG_LINE:
        return (
            f"the text is one line of {size} characters; headings and points are found where lines "
            "start: keep the text's line breaks"
        )
    if len(text) < _FEW_LINES:
        shape = "one short line" if len(text) == 1 else f"{len(text)} short lines"
        return f"the text is {shape}: a title without its body?"
    return ""


def _load_tables() -> None:
    """Import what extraction needs and load jieba's dictionary and IDF table (a third of a second),
    its word classes (a quarter: a word -> tag table of 45 MB and the series finder's sets of 33 MB,
    which each worker would otherwise load on its own) and the reader's table of format
    characters (a tenth)."""
    from yaodian.extractors import extract_document  # noqa: F401
    from yaodian.extractors.members import idioms, verbs
    from yaodian.extractors.phrases import keywords, word_tags
    from yaodian.merge import merge_with_file  # noqa: F401
    from yaodian.sources import read_document, visible  # noqa: F401

    keywords("预热")  # cuts a word (the dictionary) and ranks it (the IDF table)
    word_tags()
    verbs()  # (with the other classes members reads: nouns, function words, verbs used as nouns)
    idioms()
    visible("预热")  # builds the table it deletes format characters with


def _warm_up(parent: int) -> None:
    # Ctrl-C is the parent's to handle: a worker that died of it would break the pool, and
    # concurrent.futures can then hang in shutdown waiting for futures it cannot settle.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _follow(parent)
    _load_tables()  # a forked worker has them already; a spawned one loads its own


def _follow(parent: int) -> None:
    """End this worker when `parent` ends, also when it is killed (kill -9), rather than live on
    as an orphan: on Linux the kernel sends SIGKILL (prctl PR_SET_PDEATHSIG), elsewhere a
    thread watches the parent's pid."""
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    else:

        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(1)
            os._exit(1)

        threading.Thread(target=watch, daemon=True).start()
    if os.getppid() != parent:  # it ended before the line above took effect
        os._exit(1)


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def extract_many(
    jobs: list[Job], workers: int | None = None
) -> Iterator[tuple[Job, Extraction | YaodianError]]:
    """(job, extraction or error) for every job, in input order."""
    workers = min(workers or default_workers(), len(jobs))
    if workers <= 1 or len(jobs) < _POOL_THRESHOLD:
        for job in jobs:
            yield job, _extract_one(job)
        return
    # fork where it is safe and cheap (Linux); spawn elsewhere
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() and os.name == "posix" else "spawn"
    context = multiprocessing.get_context(method)
    if method == "fork":
        # Loaded once here, the tables reach every worker through fork: one load instead of one
        # per worker, and their pages shared rather than copied. gc.freeze keeps the collector
        # from touching (and so copying) them in the workers.
        _load_tables()
        gc.freeze()
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_warm_up, initargs=(os.getpid(),)
    ) as pool:
        # A window of jobs in flight rather than all of them at once (pool.map): the results the
        # caller has not written yet wait in this process, and when the workers run ahead of it
        # (they share the cores with it) a whole batch of rendered card files would pile up.
        waiting = iter(jobs)
        pending = deque((job, pool.submit(_extract_one, job)) for job in islice(waiting, _WINDOW * workers))
        try:
            while pending:
                job, future = pending.popleft()
                result = future.result()
                for later in islice(waiting, 1):
                    pending.append((later, pool.submit(_extract_one, later)))
                yield job, result
        finally:  # the caller stopped early (an error, Ctrl-C): drop the jobs not started
            for _, future in pending:
                future.cancel()


_WINDOW = 8  # jobs in flight per worker: enough that no worker waits for the next one


@contextlib.contextmanager
def _interrupt_after() -> Iterator[None]:
    """Hold back Ctrl-C until the block is done, then raise it (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda number, _frame: caught.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous if previous is not None else signal.SIG_DFL)
    if caught:
        raise KeyboardInterrupt


@dataclass
class Notice:
    """Something to know about the batch as a whole (a state file that had to be rebuilt)."""

    path: Path
    message: str


@dataclass
class Skipped:
    """A file of a folder that is not a document yaodian reads."""

    path: Path
    reason: str


@dataclass
class FileReport:
    """What extracting one source did to its card file (or why it could not)."""

    source: Path
    target: Path
    total: int  # documents in the batch, for a progress bar
    result: MergeSummary | None = None
    error: YaodianError | None = None
    left_out: list[YaodianError] = field(default_factory=list)
    up_to_date: bool = False  # not extracted again: nothing changed since the last extract
    no_cards: str | None = None  # the document gave no card: why, if known ("" if not)


def extract_batch(
    paths: list[Path],
    cards: Path,
    root: str,
    encoding: str | None = None,
    dry_run: bool = False,
    force: bool = False,
    take: frozenset[str] = frozenset(),
    name_all: bool = False,
) -> Iterator[Notice | Skipped | FileReport]:
    """Extract every document under `paths` into its card file in `cards`, merging with what is there.

    A source whose bytes have not changed since it was last extracted, with a card file nobody
    has touched since, is not extracted again (unless `force`): its cards could only come out
    the same. `take`: ids of cards the learner edited or deleted that take the source's version
    (every source is then extracted again, as with `force`); `name_all`: a note for every card of
    the learner's whose source changed, not only the first few per file. Reports come one per file, in input
    order, as the workers finish. The state and the parse cache are saved every few seconds and
    when the batch ends, also when it is interrupted; the state's journal covers the files
    written in between (see merge.State). Only one batch writes to a cards folder at a time. Raises YaodianError when there is no
    document to read at all, when another yaodian is writing to `cards`, or when the state
    cannot be saved.
    """
    from yaodian.files import hold_folder

    if dry_run:
        yield from _extract_batch(paths, cards, root, encoding, dry_run, force, take, name_all)
        return
    with hold_folder(cards, "extract"):
        yield from _extract_batch(paths, cards, root, encoding, dry_run, force, take, name_all)


def _extract_batch(
    paths: list[Path],
    cards: Path,
    root: str,
    encoding: str | None,
    dry_run: bool,
    force: bool,
    take: frozenset[str],
    name_all: bool,
) -> Iterator[Notice | Skipped | FileReport]:
    """extract_batch, in a cards folder it holds (a dry run, which writes nothing, holds none)."""
    from yaodian.merge import card_file_targets

    sources = yield from _documents(paths, cards)
    targets = card_file_targets(sources, cards)
    state, cache = State.load(cards), ParseCache.load(cards)
    notice = _lost_state(state, targets)
    if notice is not None:
        yield notice
    code = code_signature()
    signatures = {path: source_signature(path, code, root, encoding) for path in sources}
    current = {} if force or take else _up_to_date_records(sources, targets, signatures, state, cache)
    jobs = [
        Job(
            path,
            targets[path],
            encoding,
            root,
            state.files.get(targets[path].name),
            cache.entries.get(targets[path].name),
            take,
            name_all,
            (cache.sources.get(targets[path].name) or {}).get("code") == code,
        )
        for path in sources
        if path not in current
    ]
    batch = _Batch(sources, targets, signatures, current, state, cache, dry_run, code)
    written = yield from _write_in_order(batch, extract_many(jobs))
    if (written or current) and not dry_run:
        _install_schema(cards)


def _documents(paths: list[Path], cards: Path) -> Generator[Skipped, None, list[Path]]:
    """The documents under `paths`, each file once, in order; yields a Skipped for each other file
    (but yaodian's own) and for each symbolic link to a file read already. Raises YaodianError
    when there is no document at all."""
    from yaodian.sources import find_sources

    sources: list[Path] = []
    seen: dict[str, Path] = {}
    own = _OwnFiles(cards)
    for path, skip in find_sources(paths):
        if skip:
            if not own.holds(path):  # yaodian's own files are no documents, and no news either
                yield Skipped(path, skip)
            continue
        # a file named twice (a folder and a file in it) is read once; realpath rather than
        # Path.resolve, which raises on a symlink loop (reading it says what is wrong)
        real = os.path.realpath(path)
        first = seen.get(real)
        if first is None:
            seen[real] = path
            sources.append(path)
            continue
        link, kept = (first, path) if first.is_symlink() and not path.is_symlink() else (path, first)
        if kept is not first:  # the file itself, not a link to it met before, gives the card file's name
            seen[real] = kept
            sources[sources.index(first)] = kept
        if link.is_symlink():
            yield Skipped(link, f"symbolic link to {kept}, which is read already")
    if not sources:
        raise YaodianError(f"no documents to read in {', '.join(str(p) for p in paths)}")
    return sources


def _lost_state(state: State, targets: dict[Path, Path]) -> Notice | None:
    """The warning for a state that is damaged, or missing while there are card files it described."""
    lost = state.damage
    if not state.found and any(target.exists() for target in targets.values()):
        lost = "missing"
    if not lost:
        return None
    return Notice(
        state.path,
        f"{lost}; rebuilt from the card files, whose stamps tell your edits apart; "
        "cards you deleted may come back: delete them again",
    )


def _up_to_date_records(
    sources: list[Path],
    targets: dict[Path, Path],
    signatures: dict[Path, str],
    state: State,
    cache: ParseCache,
) -> dict[Path, dict]:
    """Source -> its record in the parse cache, for the sources not to extract again (see up_to_date)."""
    current: dict[Path, dict] = {}
    for path in sources:
        name = targets[path].name
        record = cache.sources.get(name)
        if name in state.files and up_to_date(record, signatures[path], targets[path]):
            current[path] = record
    return current


@dataclass
class _Batch:
    """What a batch writes and reports from: its sources in input order, each one's card file and
    signature, the records of the sources up to date, and the state and cache it updates."""

    sources: list[Path]
    targets: dict[Path, Path]
    signatures: dict[Path, str]
    current: dict[Path, dict]  # source -> its _source_record, for the sources not extracted again
    state: State
    cache: ParseCache
    dry_run: bool
    code: str  # the code_signature() it extracts with


def _write_in_order(
    batch: _Batch, extracted_in_order: Iterator[tuple[Job, Extraction | YaodianError]]
) -> Generator[FileReport, None, int]:
    """Report every source in input order, writing each extracted card file as its extraction
    comes (unless a dry run). The state and cache are saved every few seconds and at the end,
    also when the batch is interrupted. Returns how many card files were written."""
    state, cache = batch.state, batch.cache
    written = 0
    saved = time.monotonic()
    try:
        for path in batch.sources:
            target = batch.targets[path]
            report = FileReport(path, target, len(batch.sources), up_to_date=path in batch.current)
            if path in batch.current:
                report.result, report.left_out = _replayed(
                    batch.current[path], state.files[target.name], path
                )
                report.no_cards = batch.current[path].get("no_cards")
                yield report
                continue
            _job, extracted = next(extracted_in_order)
            with _interrupt_after():  # a card file, its state record and the count change together
                written += _take(
                    extracted, report, batch.signatures[path], state, cache, batch.dry_run, batch.code
                )
            yield report
            if not batch.dry_run and written and time.monotonic() - saved > 5:
                _save(state, cache)
                saved = time.monotonic()
    finally:
        extracted_in_order.close()
        if written and not batch.dry_run:
            _save(state, cache)
    return written


def _take(
    extracted: Extraction | YaodianError,
    report: FileReport,
    signature: str,
    state: State,
    cache: ParseCache,
    dry_run: bool,
    code: str,
) -> bool:
    """Put a worker's extraction (or error) into `report` and, unless `dry_run`, write the card
    file and record it in `state` and `cache` (`code`: the code_signature() it was extracted
    with). A problem goes into the report as its error. Returns whether the card file was written."""
    from yaodian.merge import write_merge

    try:
        if isinstance(extracted, YaodianError):
            raise extracted
        report.left_out, report.no_cards = extracted.left_out, extracted.no_cards
        if not dry_run:
            write_merge(extracted.merged, report.target, state, cache)
            cache.record_source(
                report.target.name,
                _source_record(signature, extracted.merged, report.left_out, report.no_cards, code),
            )
        report.result = extracted.merged
    except YaodianError as exc:
        report.error = exc
    except OSError as exc:
        report.error = YaodianError(f"cannot write: {exc.strerror or exc}", Location(report.target))
    return report.error is None and not dry_run


def _install_schema(cards: Path) -> None:
    """Put the card files' JSON schema in `cards` (the editors' YAML language server reads it)."""
    from yaodian.cards import install_schema

    try:
        install_schema(cards)
    except OSError as exc:
        where = Path(exc.filename) if exc.filename else cards
        raise YaodianError(f"cannot write: {exc.strerror or exc}", Location(where)) from None


class _OwnFiles:
    """yaodian's own files, which `yaodian extract .` in a project meets: the settings file and the
    files of a cards folder (this run's, or any holding a state file) or of a decks folder (one
    holding the inputs file build writes beside its packages)."""

    def __init__(self, cards: Path) -> None:
        self.cards = os.path.realpath(cards)
        self.folders: dict[str, bool] = {}

    def holds(self, path: Path) -> bool:
        from yaodian.build import INPUTS_FILE
        from yaodian.config import CONFIG_FILE
        from yaodian.merge import STATE_FILE

        if path.name == CONFIG_FILE:
            return True
        folder = os.path.realpath(path.parent)
        known = self.folders.get(folder)
        if known is None:
            known = self.folders[folder] = folder == self.cards or any(
                os.path.exists(os.path.join(folder, marker)) for marker in (STATE_FILE, INPUTS_FILE)
            )
        return known


def _save(state: State, cache: ParseCache) -> None:
    """Save the state (an error names it: its journal keeps what it could not record) and the cache."""
    try:
        state.save()
    except OSError as exc:
        raise YaodianError(
            f"cannot write: {exc.strerror or exc}; extract again when it can be written", Location(state.path)
        ) from None
    cache.save()


# What shapes the cards of a source besides its bytes and yaodian's own code: the libraries that
# read documents and the tables that cut and convert their text (by import name).
_SHAPING_PACKAGES = (
    "jieba",
    "opencc_purepy",
    "trafilatura",
    "lxml",
    "charset_normalizer",
    "pypdf",
    "docx",
    "pptx",
    "markdown_it",
    "mdit_py_plugins",
    "tinycss2",
    "cssselect",
)


def code_signature() -> str:
    """A digest of yaodian's code and of the installed _SHAPING_PACKAGES (where each lives, and
    the size and modification time of its __init__, which an upgrade rewrites): when it changes,
    a source may give other cards than before, so every source is extracted again."""
    from importlib.util import find_spec

    digest = hashlib.sha1()
    package = Path(__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    for name in _SHAPING_PACKAGES:
        spec = find_spec(name)
        origin = spec.origin if spec is not None and spec.origin else ""
        try:
            info = os.stat(origin)
            digest.update(f"{name}={origin}:{info.st_size}:{info.st_mtime_ns}\0".encode())
        except OSError:
            digest.update(f"{name}=\0".encode())
    return digest.hexdigest()


def source_signature(path: Path, code: str, root: str, encoding: str | None) -> str:
    """A digest of everything one extraction of `path` depends on ('' when it is no regular file
    or cannot be read: the extraction will say why; a pipe is never read here, it would block)."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return ""
        data = path.read_bytes()
    except OSError:
        return ""
    header = f"{code}\0{root}\0{encoding or ''}\0{path.as_posix()}\0".encode()
    return hashlib.sha1(header + data).hexdigest()


def up_to_date(record: dict | None, signature: str, target: Path) -> bool:
    """Whether extracting the source of `target` again cannot change it: the source's signature
    is the one recorded, the card file is as yaodian left it (a card file the learner edited
    since is merged again), and no card of the learner's whose source changed waits to be named
    (merge names the first few: a plain rerun names the next)."""
    if not record or not signature or record.get("source") != signature:
        return False
    if record.get("unnamed"):  # cards of the learner's whose source changed wait to be named
        return False
    left_out = record.get("left_out")
    if not (
        isinstance(record.get("unchanged"), int)
        and isinstance(record.get("kept"), int)
        and isinstance(record.get("no_cards"), (str, type(None)))
        and isinstance(left_out, list)
        and all(isinstance(w, list) and len(w) == 2 and isinstance(w[0], str) for w in left_out)
    ):
        return False
    try:
        data = target.read_bytes()
    except OSError:
        return False
    return hashlib.sha1(data).hexdigest() == record.get("file")


def _source_record(
    signature: str, merged: MergeSummary, left_out: list[YaodianError], no_cards: str | None, code: str
) -> dict:
    """What the parse cache keeps of a source just extracted (see up_to_date): its signature, the
    card file's digest, what a report says of that file while nothing changes, and the
    code_signature() it was extracted with (see Job.hold)."""
    return {
        "code": code,
        "no_cards": no_cards,
        "source": signature,
        "file": merged.digest,
        "unchanged": merged.unchanged + merged.count("added") + merged.count("updated"),
        "kept": merged.count("kept") + merged.count("yours"),  # the learner's cards, all unchanged then
        "unnamed": merged.unnamed,
        "left_out": [[e.message, e.location.line if e.location else None] for e in left_out],
    }


def _replayed(record: dict, fingerprints: dict, source: Path) -> tuple[MergeSummary, list[YaodianError]]:
    """The report of a skipped source, as its last extract left it (from its _source_record)."""
    summary = MergeSummary(
        text=None,
        digest=record["file"],
        previous=record["file"],
        fingerprints=fingerprints,
        counts={"kept": record["kept"]} if record["kept"] else {},
        unchanged=record["unchanged"],
        notes=[],
        unnamed=0,
        deleted=0,
        joined=0,
        moved=0,
        cache_entry=None,
    )
    return summary, [YaodianError(message, Location(source, line)) for message, line in record["left_out"]]
