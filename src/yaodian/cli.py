"""The `yaodian` command line: thin wrappers over the library; the only module that prints.

Every problem in the user's input arrives as a YaodianError and is printed as one line,
`error: file:line: message`, with exit code 1. Heavy libraries (jieba, genanki) are imported
inside the commands that need them, so `yaodian --help` stays fast.
"""

from __future__ import annotations

import contextlib
import enum
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from typer.core import TyperCommand

from yaodian.errors import YaodianError

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from typer._click import HelpFormatter

    from yaodian.ankiconnect import AnkiConnect
    from yaodian.build import EmptiedNote
    from yaodian.cards import CardFile
    from yaodian.config import Config
    from yaodian.pipeline import FileReport


class _Command(TyperCommand):
    """A command whose arguments read as words in its help. typer writes a required argument as
    `{paths}...` in the usage line and adds its Python type in the list of arguments
    (`paths... <list[Path]>`); yaodian's arguments carry a metavar (`PATH...`), shown alone."""

    def collect_usage_pieces(self, ctx: typer.Context) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            worded = param.param_type_name == "argument" and param.metavar
            pieces += [param.metavar] if worded else param.get_usage_pieces(ctx)
        return pieces

    def format_options(self, ctx: typer.Context, formatter: HelpFormatter) -> None:
        sections: dict[str, list[tuple[str, str]]] = {"Arguments": [], "Options": []}
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if param.param_type_name == "argument":
                sections["Arguments"].append((param.metavar or record[0], record[1]))
            elif param.param_type_name == "option":
                sections["Options"].append(record)
        for title, rows in sections.items():
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)


app = typer.Typer(
    help="yaodian 要点: turn Chinese study documents into Anki cloze flashcards.\n\n"
    "extract documents to card YAML, edit the YAML, build Anki decks, study.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,
)


def _show_version(asked: bool) -> None:
    """`yaodian --version`: the installed package's version (what a bug report names)."""
    if asked:
        from importlib.metadata import version

        typer.echo(f"yaodian {version('yaodian')}")
        raise typer.Exit()


@app.callback()
def _app_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_show_version, is_eager=True, help="Show the installed version and exit."
        ),
    ] = False,
) -> None:
    """Options of yaodian itself, before a command (the app's help text is the Typer's)."""


CardsDir = Annotated[Path, typer.Option("--cards", metavar="DIR", help="Folder of card YAML files.")]
OutDir = Annotated[Path, typer.Option("--out", metavar="DIR", help="Folder the .apkg package is written to.")]


class CardKind(str, enum.Enum):
    """A card's type, as `preview --type` takes it."""

    LIST = "list"
    CLOZE = "cloze"


RootOption = Annotated[
    str | None,
    typer.Option(
        "--deck-root",
        metavar="NAME",
        help="Root deck that holds one subdeck per document (default: yaodian.toml, else 要点).",
    ),
]
ModeOption = Annotated[
    str | None,
    typer.Option(
        "--mode",
        metavar="MODE",
        help="Study mode of list cards that set none: each, all or both (default: yaodian.toml, else each).",
    ),
]


def _settings(deck_root: str | None, mode: str | None) -> Config:
    """yaodian.toml of the working folder, overridden by the command's options; exit 1 if invalid."""
    from dataclasses import replace

    from yaodian.cards import MODES
    from yaodian.config import ROOT_RULE, load_config, valid_root

    try:
        config = load_config(Path())  # relative, so that an error names 'yaodian.toml' as the user sees it
    except YaodianError as exc:
        _fail(str(exc))
        raise typer.Exit(1) from None
    if deck_root is not None and not valid_root(deck_root):
        _fail(ROOT_RULE.replace("deck_root", "--deck-root"))
        raise typer.Exit(1)
    if mode is not None and mode not in MODES:
        _fail(f"--mode must be one of {', '.join(MODES)}, not {mode!r}")
        raise typer.Exit(1)
    return replace(config, deck_root=deck_root or config.deck_root, mode=mode or config.mode)


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)


def _counted(count: int, noun: str) -> str:
    """`count` and an English `noun`, plural unless the count is one: 1 document, 2 documents."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _valid_card_files(cards: Path, refusal: str, mode: str, **options: bool) -> list[CardFile] | None:
    """The card files of `cards` for build or sync (list cards studied in `mode` unless they set
    their own), or None once every problem is printed (then `refusal`, with their count in its
    {}) or the folder has no card file."""
    from yaodian.cards import check_folder

    files, problems = check_folder(cards, mode=mode, **options)
    for problem in problems:
        _fail(str(problem))
    if problems:
        typer.echo(refusal.format(_counted(len(problems), "problem")), err=True)
        return None
    if not files:
        _fail(f"{cards}: no card files (*.yaml); run `yaodian extract` first")
        return None
    return files


class _Progress:
    """A progress bar on a terminal; nothing in pipes and CI, where output stays line by line."""

    def __init__(self, total: int, label: str) -> None:
        self.bar = None
        if total > 1 and sys.stdout.isatty():
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(
                TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), transient=True
            )
            self.task = self.bar.add_task(label, total=total)
            self.bar.start()

    def echo(self, message: str, err: bool = False) -> None:
        if self.bar is not None and not err:
            self.bar.console.print(message, markup=False, highlight=False)
        else:
            typer.echo(message, err=err)

    def advance(self) -> None:
        if self.bar is not None:
            # drawn now, not at the bar's next tick: the lines printed above it next show this count
            self.bar.update(self.task, advance=1, refresh=True)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def _extract(
    paths: list[Path],
    cards: Path,
    deck_root: str,
    encoding: str | None,
    dry_run: bool = False,
    force: bool = False,
    take: frozenset[str] = frozenset(),
    options: str = "",
    name_all: bool = False,
) -> int:
    """`options`: this run's --cards, --deck-root and --encoding as typed, for the commands notes
    give; `name_all`: name every card of the learner's whose source changed (--all-changes)."""
    from yaodian.merge import CHANGE_KINDS
    from yaodian.pipeline import Notice, Skipped, extract_batch

    started = time.perf_counter()
    documents = unchanged = up_to_date = 0
    failed: list[Path] = []
    totals = dict.fromkeys(CHANGE_KINDS, 0)
    deleted = 0  # cards the learner deleted that the sources still give, told once
    joined = 0  # removed cards another note of their sentence now asks, explained once at the end
    moved = 0  # unchanged cards whose notes show another place in the source, explained once too
    taken: set[str] = set()
    progress: _Progress | None = None
    batch = extract_batch(paths, cards, deck_root, encoding, dry_run, force, take, name_all)
    try:
        with contextlib.closing(batch):  # on Ctrl-C the batch still saves its state
            for report in batch:
                if isinstance(report, Skipped):
                    typer.echo(f"skip: {report.path}: {report.reason}")
                    continue
                if isinstance(report, Notice):
                    typer.echo(f"warning: {report.path}: {report.message}", err=True)
                    continue
                # the bar starts once the worker processes exist (forking under its thread is unsafe)
                progress = progress or _Progress(report.total, "extract")
                if report.result is None:  # named by the file at fault: the source, or its card file
                    at_fault = report.error.location if report.error and report.error.location else None
                    failed.append(at_fault.path if at_fault else report.source)
                else:
                    taken.update(card_id for _kind, card_id, _note in report.result.notes if card_id in take)
                    documents += 1
                    deleted += report.result.deleted
                    if not report.up_to_date:  # (as _report tells them: not for a skipped source)
                        joined += report.result.joined
                        moved += report.result.moved
                    unchanged += report.result.unchanged
                    if report.up_to_date:  # a skipped source's cards of the learner's are unchanged too
                        unchanged += report.result.count("kept")
                    up_to_date += report.up_to_date
                # counted first: its card file is written, also if Ctrl-C comes while its lines print
                _report(report, progress, totals, options, dry_run)
    except YaodianError as exc:
        _fail(str(exc))
        return 1
    except KeyboardInterrupt:
        if progress:
            progress.stop()
            progress = None
        kept = "nothing written" if dry_run else f"the card files of {documents} documents are written"
        _fail(f"extract interrupted: {kept}, the others as they were; run extract again to finish")
        return 130
    finally:
        if progress:
            progress.stop()
    for card_id in sorted(take - taken):
        typer.echo(
            f"warning: --take-source {card_id}: no card of yours (edited or deleted) with this id "
            "that these documents still give",
            err=True,
        )
    # "yours" (cards of the learner's the sources do not give) only when there are any
    summary = ", ".join(f"{count} {kind}" for kind, count in totals.items() if count or kind != "yours")
    suffix = "; dry run: nothing written" if dry_run else ""
    skipped = f", {up_to_date} unchanged since the last extract (skipped)" if up_to_date else ""
    typer.echo(
        f"extract: {_counted(documents - up_to_date, 'document')} read{skipped}; cards {summary}, "
        f"{unchanged} unchanged{_moved(moved)}{_deleted(deleted)}; "
        f"{_failed(failed)}; {time.perf_counter() - started:.1f} s{suffix}"
    )
    if joined:
        typer.echo(_JOINED_EXPLAINED.format(cards=_counted(joined, "removed card")))
    if moved:
        typer.echo(_moved_explained(moved))
    return 1 if failed or not documents else 0


_JOINED_EXPLAINED = (
    "{cards} now asked on another note of the same sentence: Anki keeps the old notes and their "
    "review history, and the new gaps start unstudied; delete the old notes in Anki "
    "(or `yaodian sync --prune`) to stop being asked twice"
)


def _moved_explained(count: int) -> str:
    """What `count` unchanged cards whose notes show another place in the source mean for Anki."""
    stand = "stands" if count == 1 else "stand"
    return (
        f"{_counted(count, 'unchanged card')} {stand} at another line or under another heading of the "
        "source now: the notes show where the cards stand, so Anki's import (or `yaodian sync`) updates "
        "those notes, review history kept"
    )


def _moved(count: int) -> str:
    """The count of unchanged cards whose notes show another place in the source, for a report
    line (Anki counts their notes as updated); said only when there are any."""
    return f" ({count} moved in the source)" if count else ""


def _yours(count: int) -> str:
    """The count of a file's cards of the learner's that its source does not give (added by the
    learner, or edited and then dropped by the source), for a file's line; said only when there are any."""
    return f"{count} yours (not in the source), " if count else ""


def _deleted(count: int) -> str:
    """The count of cards the learner deleted that a source still gives, for a report line; said
    only when there are any (the first extract after a deletion)."""
    return f", {count} deleted by you (kept deleted)" if count else ""


_NAMED_FAILURES = 3  # a summary names this many failed files, then counts the rest


def _failed(sources: list[Path]) -> str:
    """The summary's failures, named, so a piped run says which files (their errors are on stderr)."""
    if not sources:
        return "0 failed"
    # "and 1 more" would be longer than the name it hides; "; " since a file name may hold ", "
    shown = sources if len(sources) <= _NAMED_FAILURES + 1 else sources[:_NAMED_FAILURES]
    names = "; ".join(map(str, shown))
    more = f" and {len(sources) - len(shown)} more" if len(shown) < len(sources) else ""
    return f"{len(sources)} failed: {names}{more}"


def _report(
    report: FileReport, progress: _Progress, totals: dict[str, int], options: str = "", dry_run: bool = False
) -> None:
    """One source's lines: warnings, an error, or what changed in its card file; `options` go into
    the commands it gives."""
    from yaodian.merge import SOURCE_DROPPED

    progress.advance()
    for problem in report.left_out:
        progress.echo(f"warning: {problem}", err=True)
    if report.error is not None or report.result is None:
        progress.echo(f"error: {report.error}", err=True)
        return
    result = report.result
    counts = {kind: result.count(kind) for kind in totals}
    for kind, count in counts.items():
        if kind == "kept" and report.up_to_date:  # no line names them: counted as unchanged
            continue
        totals[kind] += count
    something_to_say = any(counts.values()) or result.deleted or result.moved
    if something_to_say and not report.up_to_date:  # a skipped source changed nothing
        progress.echo(
            f"{report.source} -> {report.target}: {counts['added']} added, {counts['updated']} updated, "
            f"{counts['kept']} kept (edited by you), {_yours(counts['yours'])}{counts['removed']} removed, "
            f"{result.unchanged} unchanged{_moved(result.moved)}"
            f"{_deleted(result.deleted)}"
        )
    if result.joined and not report.up_to_date:  # what it means is said once, after the summary
        progress.echo(
            f"  {_counted(result.joined, 'removed card')} now asked on another note of the same sentence"
        )
    changed_ids = []
    for kind, card_id, note in result.notes:
        progress.echo(f"  {kind} {card_id}: {note}")
        if kind == "kept" and note != SOURCE_DROPPED:  # the source changed it: it can take the source's
            changed_ids.append(card_id)
    _take_source_hint(report, changed_ids, progress, options, dry_run)


def _take_source_hint(
    report: FileReport, changed_ids: list[str], progress: _Progress, options: str, dry_run: bool
) -> None:
    """After the notes on a file's cards of the learner's whose source changed: the command that
    takes the source's version, and how to see the ones not named (merge names the first few)."""
    from yaodian.merge import NAMED_SOURCE_CHANGES, shell_word

    # the commands run as printed only with the folder, deck root and encoding of this run
    command = f"yaodian extract {shell_word(str(report.source))}{options}"
    unnamed = report.result.unnamed if report.result else 0
    if changed_ids:
        card = changed_ids[0] if len(changed_ids) == 1 else "ID"
        which = "" if len(changed_ids) == 1 else " (ID: a card above; repeatable)"
        said = "" if dry_run else " (said once: again only if the source changes again)"
        progress.echo(
            f"  your version is kept{said}; `{command} --take-source {card}`{which} takes the source's"
        )
    if unnamed:
        again = "--dry-run --all-changes" if dry_run else "--all-changes"
        # a source is read again while any wait to be named (pipeline.up_to_date)
        rerun = "" if dry_run else f", a plain rerun the next {min(unnamed, NAMED_SOURCE_CHANGES)}"
        progress.echo(
            f"  … and {unnamed} more {'card' if unnamed == 1 else 'cards'} of yours whose source changed: "
            f"`{command} {again}` names them all{rerun}"
        )
    if report.no_cards is not None:
        why = f" ({report.no_cards})" if report.no_cards else ""
        progress.echo(f"note: {report.source}: no cards found{why}")


def _build(cards: Path, out: Path, deck_root: str, mode: str = "each") -> int:
    from yaodian.files import hold_folder

    if not cards.is_dir():
        _fail(f"{cards}: no card files (*.yaml); run `yaodian extract` first")
        return 1
    try:
        with hold_folder(cards, "build"):  # no extract changes the cards while they are read
            return _build_held(cards, out, deck_root, mode)
    except YaodianError as exc:
        _fail(str(exc))
        return 1


def _build_held(cards: Path, out: Path, deck_root: str, mode: str) -> int:
    from yaodian.build import build_package, inputs_signature, is_up_to_date
    from yaodian.cards import card_files_in

    started = time.perf_counter()
    package = out / f"{deck_root}.apkg"
    try:
        signature = inputs_signature(card_files_in(cards), deck_root, mode)
    except OSError:  # an unreadable card file: check_folder below names it
        signature = None
    if signature and is_up_to_date(package, signature):
        typer.echo(f"build: nothing changed; {package} is up to date ({time.perf_counter() - started:.1f} s)")
        return 0
    files = _valid_card_files(cards, "build: {}; nothing written", mode, remember=True)
    if files is None:
        return 1
    try:
        result = build_package(files, package, deck_root, mode, signature, state_dir=cards)
    except YaodianError as exc:
        _fail(str(exc))
        return 1
    except OSError as exc:
        _fail(f"{exc.filename or package}: cannot write: {exc.strerror or exc}")
        return 1
    result.warnings += _stale_extra_warnings(cards, files)
    for warning in result.warnings:
        typer.echo(f"warning: {warning}", err=True)
    if result.emptied:
        typer.echo(_empty_cards_note("this build", result.emptied_notes))
    typer.echo(
        f"build: {result.notes} notes, {result.cards} cards in {result.decks} decks -> {result.path} "
        f"({time.perf_counter() - started:.1f} s)"
    )
    return 0


def _stale_extra_warnings(cards: Path, files: list[CardFile]) -> list[YaodianError]:
    """build.stale_extra_warnings of each file, for the cards the learner edited: which cards
    are still as extract wrote them is the merge's state (merge.as_yaodian_wrote), which
    build_package and plan_sync do not read."""
    from yaodian.build import stale_extra_warnings
    from yaodian.merge import State, as_yaodian_wrote

    records = State.load(cards).files
    return [
        warning
        for card_file in files
        for warning in stale_extra_warnings(
            card_file, as_yaodian_wrote(records.get(card_file.path.name if card_file.path else "", {}))
        )
    ]


_NAMED_EMPTIED = 5  # the Empty Cards note names this many notes, then counts the rest


def _empty_cards_note(build: str, notes: Sequence[EmptiedNote], imported: bool = True) -> str:
    """The lines that remind the learner of Anki's Empty Cards when `build` (this build, the next
    build, this sync) makes no card of numbers a note had (retired, dropped, or a list's study
    mode switched from each to all or back): an import or a sync updates the note and keeps those
    cards, empty and still due. Below it, one line per note they are of (`notes`:
    build.EmptiedNote, `file:line: id: c1, c2`), the first _NAMED_EMPTIED, then how many more:
    what to look at before deleting them. `imported`: the learner imports the package first."""
    count = sum(len(note.numbers) for note in notes)
    them = "it" if count == 1 else "them"
    after = "after importing it, " if imported else ""
    named = [f"  {note}" for note in notes[:_NAMED_EMPTIED]]
    if len(notes) > _NAMED_EMPTIED:
        more = notes[_NAMED_EMPTIED:]
        cards = sum(len(note.numbers) for note in more)
        named.append(f"  and {_counted(len(more), 'more note')} ({_counted(cards, 'card')})")
    return "\n".join(
        [
            f"note: {build} no longer asks {_counted(count, 'card')} Anki has (cloze numbers retired or "
            f"dropped, or a study mode changed): {after}Tools › Empty Cards deletes {them} "
            f"(else Anki keeps {them}, empty, in review)",
            *named,
        ]
    )


@app.command(cls=_Command)
def extract(
    paths: Annotated[
        list[Path], typer.Argument(metavar="PATH...", help="Source files or folders (searched recursively).")
    ],
    cards: CardsDir = Path("cards"),
    deck_root: RootOption = None,
    encoding: Annotated[
        str | None,
        typer.Option(
            "--encoding", metavar="ENC", help="Read sources in this encoding instead of detecting it."
        ),
    ] = None,
    dry_run: Annotated[
        bool,
        typer.Option(
            "--dry-run", help="Report what would be added, updated, kept and removed; write nothing."
        ),
    ] = False,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Extract every source again, also those unchanged (with their card files) since the last extract.",
        ),
    ] = False,
    take_source: Annotated[
        list[str] | None,
        typer.Option(
            "--take-source",
            metavar="ID",
            help="Give this card, which you edited or deleted, the source's version (repeatable).",
        ),
    ] = None,
    all_changes: Annotated[
        bool,
        typer.Option(
            "--all-changes",
            help="Name every card you edited whose source changed (else the first 5 per file).",
        ),
    ] = False,
) -> None:
    """Extract cards from documents into one YAML file per document.

    Re-extracting keeps your edits, your own cards and your deletions; cards you did not
    touch follow the source. The report says per file what was added, updated, kept
    (edited by you) and removed; a card you edited whose source changed is named once, with
    what the source now says, and --take-source ID takes the source's version of it. A source that has not changed since it was last extracted,
    whose card file has not changed either, is skipped: its cards would come out the same.

    Example: yaodian extract seeds/ my-articles/ --cards cards
    """
    settings = _settings(deck_root, None)
    take = frozenset(take_source or ())
    options = _options(cards, deck_root, encoding)
    raise typer.Exit(
        _extract(paths, cards, settings.deck_root, encoding, dry_run, force, take, options, all_changes)
    )


def _options(cards: Path, deck_root: str | None, encoding: str | None) -> str:
    """The options of an extract that a command repeating it must give too: those not left to their
    defaults (a deck root left out comes from yaodian.toml again)."""
    from yaodian.merge import shell_word

    given = [
        ("--cards", str(cards) if cards != Path("cards") else None),
        ("--deck-root", deck_root),
        ("--encoding", encoding),
    ]
    return "".join(f" {name} {shell_word(value)}" for name, value in given if value is not None)


@app.command(cls=_Command)
def build(
    cards: CardsDir = Path("cards"),
    out: OutDir = Path("decks"),
    deck_root: RootOption = None,
    mode: ModeOption = None,
) -> None:
    """Build one Anki package from the card YAML.

    Every card YAML file goes into one package: a root deck, one subdeck per document.

    Example: yaodian build --cards cards --out decks
    """
    settings = _settings(deck_root, mode)
    raise typer.Exit(_build(cards, out, settings.deck_root, settings.mode))


@app.command(cls=_Command)
def make(
    cards: CardsDir = Path("cards"),
    out: OutDir = Path("decks"),
    deck_root: RootOption = None,
    mode: ModeOption = None,
) -> None:
    """Extract the bundled seeds/ and build their decks.

    The same as `extract seeds/` then `build`.

    Example: yaodian make
    """
    settings = _settings(deck_root, mode)
    options = _options(cards, deck_root, None)  # before deck_root takes yaodian.toml's
    deck_root = settings.deck_root
    seeds = Path("seeds")
    if not seeds.is_dir():
        _fail("seeds: no such folder; run `yaodian make` in the project folder, or use extract and build")
        raise typer.Exit(1)
    code = _extract([seeds], cards, deck_root, None, options=options)
    if code == 0:
        code = _build(cards, out, deck_root, settings.mode)
    raise typer.Exit(code)


@app.command(cls=_Command)
def check(
    cards: CardsDir = Path("cards"),
    mode: ModeOption = None,
    fix: Annotated[
        bool,
        typer.Option(
            "--fix",
            help="Write the cloze numbers the warnings give (clozes:, retired:, a gap's cN) into the cards.",
        ),
    ] = False,
) -> None:
    """Check the card YAML without building.

    Every problem is printed as file:line: message.

    It finds every problem build would: give it the --mode you build with (or set it in yaodian.toml).
    A card warned of for its cloze numbers is named with the numbers --fix would write; --fix
    writes them (nothing else in the file changes) and checks again.

    Example: yaodian check --cards cards
    """
    from yaodian.build import (
        built_numbers,
        emptied_notes,
        load_build_state,
        number_fixes,
        number_warnings,
        stale_extra_warnings,
    )
    from yaodian.cards import check_folder, comment_warnings
    from yaodian.merge import State, as_yaodian_wrote, typed_cloze_gap_warnings

    settings = _settings(None, mode)
    if not cards.is_dir():
        _fail(f"{cards}: no such folder")
        raise typer.Exit(1)
    unfixed = _holding(cards, "check --fix", lambda: _fix_numbers(cards, settings.mode)) if fix else 0
    files, problems = check_folder(cards, mode=settings.mode)
    for problem in problems:
        _fail(str(problem))
    records = State.load(cards).files
    built = load_build_state(cards)  # once: it holds every card of the folder
    warnings = []
    for card_file in files:
        written = records.get(card_file.path.name if card_file.path else "", {})
        warnings += typed_cloze_gap_warnings(card_file, written, built_numbers(built))
        warnings += number_warnings(card_file, built)
        warnings += stale_extra_warnings(card_file, as_yaodian_wrote(written))
    warnings += [
        warning
        for card_file in files
        if card_file.path
        for warning in comment_warnings(card_file.path, card_file.path.read_text(encoding="utf-8"))
    ]
    for warning in warnings:
        typer.echo(f"warning: {warning}", err=True)
    count = sum(len(f.cards) for f in files)
    if problems:
        typer.echo(f"check: {_counted(len(problems), 'problem')} in {cards}", err=True)
        raise typer.Exit(1)
    fixes = [fixed for card_file in files for fixed in number_fixes(card_file, built)]
    if fixes:  # (after --fix, only cards whose file could not be written)
        typer.echo("note: `yaodian check --fix` would write the numbers these warnings give:")
        for fixed in fixes:
            typer.echo(f"  {fixed}")
    emptied = emptied_notes(files, settings.mode, built)
    if emptied:
        typer.echo(_empty_cards_note("the next build", emptied))
    warned = f" ({_counted(len(warnings), 'warning')})" if warnings else ""
    typer.echo(f"check: {_counted(len(files), 'file')}, {_counted(count, 'card')}, no problems{warned}")
    raise typer.Exit(unfixed)


def _fix_numbers(cards: Path, mode: str) -> int:
    """check --fix: write the numbers the warnings give into each card file that has no problem,
    a line per card (file:line: id: wrote …); 1 when a file could not be written (said in a line)."""
    from yaodian.build import load_build_state, number_fixes
    from yaodian.cards import check_folder, write_numbers

    files, problems = check_folder(cards, mode=mode)
    at_fault = {problem.location.path for problem in problems if problem.location}
    state = load_build_state(cards)
    code = 0
    for card_file in files:
        fixes = number_fixes(card_file, state)
        if not fixes or card_file.path is None or card_file.path in at_fault:
            continue  # (check names the problems of a file at fault next)
        try:
            write_numbers(card_file.path, [fixed.card for fixed in fixes])
        except YaodianError as exc:
            _fail(str(exc))
            code = 1
            continue
        for fixed in fixes:
            typer.echo(f"{fixed.where}: {fixed.card.id}: wrote {fixed.wrote}")
    return code


@app.command(cls=_Command)
def sync(
    cards: CardsDir = Path("cards"),
    url: Annotated[
        str | None,
        typer.Option(
            "--url",
            metavar="URL",
            help="AnkiConnect's address, with Anki running (default: http://127.0.0.1:8765).",
        ),
    ] = None,
    collection: Annotated[
        Path | None,
        typer.Option(
            "--collection",
            metavar="FILE",
            help="Sync straight into this collection.anki2, with Anki closed (needs the anki package: pip install -e '.[anki]' in the clone).",
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would happen; write nothing, in Anki or in the YAML.")
    ] = False,
    prune: Annotated[
        bool,
        typer.Option(
            "--prune", help="Delete from Anki the notes of cards gone from the YAML (their reviews go too)."
        ),
    ] = False,
    deleted: Annotated[
        str,
        typer.Option(
            "--deleted",
            metavar="keep|drop",
            help="Cards whose note was deleted in Anki: keep them in the YAML (and say so), or drop them.",
        ),
    ] = "keep",
    deck_root: RootOption = None,
    mode: ModeOption = None,
) -> None:
    """Sync the cards with Anki, both ways.

    Edits made in Anki come into the YAML; new and changed cards go into Anki (same notes,
    review history kept). When a card file's deck changed (you corrected a title), its cards still
    in the old deck move to the new one; cards you put in decks of your own stay.

    A card changed on both sides since the last sync is a conflict: the YAML keeps its version and
    gets Anki's under `conflict:`, which `check` reports until you resolve it.

    Example: yaodian sync          (Anki running, with the AnkiConnect add-on)
             yaodian sync --collection PATH/TO/collection.anki2   (Anki closed)
    """
    settings = _settings(deck_root, mode)
    # a pull rewrites card files: no extract or build meanwhile
    raise typer.Exit(
        _holding(cards, "sync", lambda: _sync(cards, url, collection, dry_run, prune, deleted, settings))
    )


def _holding(cards: Path, command: str, run: Callable[[], int]) -> int:
    """`run` while this is the only yaodian writing to `cards` (else one line and exit 1)."""
    from yaodian.files import hold_folder

    try:
        with hold_folder(cards, command):
            return run()
    except YaodianError as exc:
        _fail(str(exc))
        return 1


def _sync(
    cards: Path,
    url: str | None,
    collection: Path | None,
    dry_run: bool,
    prune: bool,
    deleted: str,
    settings: Config,
) -> int:
    from yaodian.sync import DELETED_CHOICES, SyncOptions, apply_sync, plan_sync

    if deleted not in DELETED_CHOICES:
        _fail(f"--deleted must be one of {', '.join(DELETED_CHOICES)}, not {deleted!r}")
        return 1
    if url is not None and collection is not None:
        _fail("--url is for Anki running with AnkiConnect, --collection for a closed collection: give one")
        return 1
    started = time.perf_counter()
    # as build does, the parse cache keeps what it read (not in a dry run: it writes nothing)
    files = _valid_card_files(
        cards,
        f"sync: {{}} in {cards}; nothing changed",
        settings.mode,
        remember=not dry_run,
        conflicts=False,
    )
    if files is None:
        return 1
    options = SyncOptions(settings.deck_root, settings.mode, prune=prune, deleted=deleted, dry_run=dry_run)
    try:
        if collection is not None:
            from yaodian.collection import CollectionFile

            anki: CollectionFile | AnkiConnect = CollectionFile(collection)
        else:
            from yaodian.ankiconnect import DEFAULT_URL, AnkiConnect

            anki = AnkiConnect(url or DEFAULT_URL)
        with anki:
            plan = plan_sync(files, cards, anki, options)
            for warning in [*plan.warnings, *_stale_extra_warnings(cards, files)]:
                typer.echo(f"warning: {warning}", err=True)
            for line in plan.lines:
                typer.echo(line)
            if not dry_run:
                apply_sync(plan, anki)
    except YaodianError as exc:
        _fail(str(exc))
        return 1
    if plan.emptied:
        typer.echo(_empty_cards_note("this sync", plan.emptied_notes, imported=False))
    suffix = "; dry run: nothing written" if dry_run else ""
    typer.echo(f"sync: {plan.summary()} ({anki.where}, {time.perf_counter() - started:.1f} s){suffix}")
    return 0


def _load_cards(paths: list[Path], mode: str) -> list[CardFile] | None:
    """Card files from YAML files and folders, checked as build would check them with list cards
    in `mode`; every problem printed, None if there was any."""
    from yaodian.cards import check_folder, default_mode_problems, read_card_file

    files, problems = [], []
    for path in paths:
        if path.is_dir():
            found, found_problems = check_folder(path, mode=mode)
            files += found
            problems += found_problems
        else:
            card_file, found_problems = read_card_file(path)
            files += [card_file] if card_file else []
            problems += found_problems + (default_mode_problems(card_file, mode) if card_file else [])
    for problem in problems:
        _fail(str(problem))
    return None if problems else files


CardPaths = Annotated[
    list[Path] | None,
    typer.Argument(
        metavar="[PATH]...", help="Card YAML files or folders (default: cards/).", show_default=False
    ),
]


@app.command(cls=_Command)
def preview(
    paths: CardPaths = None,
    html_out: Annotated[
        Path | None,
        typer.Option(
            "--html", metavar="FILE", help="Also write a page that renders every card as Anki would."
        ),
    ] = None,
    card_ids: Annotated[
        list[str] | None,
        typer.Option("--id", metavar="ID", help="Show only the card with this id (may be given again)."),
    ] = None,
    kind: Annotated[
        CardKind | None,
        typer.Option("--type", help="Show only list cards or only cloze cards."),
    ] = None,
    deck_root: RootOption = None,
    mode: ModeOption = None,
) -> None:
    """Show every card as the learner will see it.

    Front and back of every card, in the terminal (and, with --html, in a page).

    Example: yaodian preview cards/某篇文章.yaml --id 3f9a1c07d2 --html preview.html
    """
    from rich.console import Console, Group
    from rich.panel import Panel
    from rich.rule import Rule
    from rich.text import Text

    from yaodian.build import deck_name
    from yaodian.files import write_atomic
    from yaodian.preview import anki_cards, html_page, selected, terminal_sides

    settings = _settings(deck_root, mode)
    files = _load_cards(paths or [Path("cards")], settings.mode)
    if files is None:
        raise typer.Exit(1)
    wanted = set(card_ids or ())
    missing = sorted(wanted - {card.id for card_file in files for card in card_file.cards})
    if missing:
        where = " ".join(map(str, paths or [Path("cards")]))
        _fail(f"preview: no card with the id {', '.join(missing)} in {where}")
        raise typer.Exit(1)
    files = selected(files, wanted, kind.value if kind else None)
    console = Console(highlight=False)
    current = None
    for anki_card in anki_cards(files, settings.mode):
        if anki_card.card_file is not current:
            current = anki_card.card_file
            console.rule(Text(deck_name(current, settings.deck_root)))
        front, back = terminal_sides(anki_card)
        label = f"{anki_card.card.id} · c{anki_card.number} · {anki_card.mode or 'cloze'}"
        console.print(Panel(Group(front, Rule(style="dim"), back), title=Text(label), title_align="left"))
    if html_out is not None:
        try:
            write_atomic(html_out, html_page(files, settings.mode, settings.deck_root))
        except OSError as exc:
            _fail(f"{html_out}: cannot write: {exc.strerror or exc}")
            raise typer.Exit(1) from None
        typer.echo(f"preview: {html_out}")


@app.command(cls=_Command)
def stats(paths: CardPaths = None, mode: ModeOption = None) -> None:
    """Count the cards of each document.

    Per document: the cards by type, and the Anki cards (clozes) they make.

    Documents that gave no cards are flagged. Example: yaodian stats cards
    """
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from yaodian.preview import document_stats

    settings = _settings(None, mode)
    files = _load_cards(paths or [Path("cards")], settings.mode)
    if files is None:
        raise typer.Exit(1)
    rows = document_stats(files, settings.mode)
    flagged = any(row.empty for row in rows)  # a column for the flag only where a document has one
    table = Table("document", "list", "cloze", "Anki cards", *["flag"] * flagged)
    for row in rows:
        flag = ["[red]no cards[/red]" if row.empty else ""] * flagged
        # titles come from documents: Text keeps a '[...]' in them from reading as rich markup
        table.add_row(Text(row.title), str(row.list_cards), str(row.cloze_cards), str(row.anki_cards), *flag)
    total = [sum(getattr(r, k) for r in rows) for k in ("list_cards", "cloze_cards", "anki_cards")]
    table.add_row("total", *map(str, total), *[""] * flagged, style="bold")
    Console(highlight=False).print(table)
    empty = sum(row.empty for row in rows)
    typer.echo(
        f"stats: {_counted(len(rows), 'document')}, {total[2]} Anki cards "
        f"(default mode {settings.mode}), {empty} without cards"
    )


def main() -> None:
    """The console script. A file-system error the commands did not expect still ends in one line.

    It leaves without tearing the interpreter down: freeing jieba's tables object by object
    takes longer than a short command's work. Every file has been written and closed by then
    (atomically), and the worker processes have been joined.
    """
    code: int | str | None = 0
    try:
        app()
    except SystemExit as exc:  # how typer ends every command
        code = exc.code
    except KeyboardInterrupt:  # Ctrl-C before a command has started (typer builds the commands)
        typer.echo("interrupted", err=True)
        code = 130
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        typer.echo(f"error: {where}{exc.strerror or exc}", err=True)
        code = 1
    if isinstance(code, str):
        print(code, file=sys.stderr)
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code or 0)
