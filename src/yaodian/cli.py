"""The `yaodian` command line: thin wrappers over the library; the only module that prints.

Every problem in the user's input arrives as a YaodianError and is printed as one line,
`error: file:line: message`, with exit code 1. Heavy libraries (jieba, genanki) are imported
inside the commands that need them, so `yaodian --help` stays fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from yaodian.errors import YaodianError

app = typer.Typer(
    help="yaodian 要点: turn Chinese study documents into Anki cloze flashcards.\n\n"
    "extract documents to card YAML, edit the YAML, build Anki decks, study.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,
)

CardsDir = Annotated[Path, typer.Option("--cards", help="Folder of card YAML files.")]
OutDir = Annotated[Path, typer.Option("--out", help="Folder the .apkg package is written to.")]
DeckRoot = Annotated[
    str, typer.Option("--deck-root", help="Name of the root deck that holds one subdeck per document.")
]


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)


def _extract(
    paths: list[Path], cards: Path, deck_root: str, encoding: str | None, dry_run: bool = False
) -> int:
    from yaodian.cards import install_schema
    from yaodian.extractors import extract_document
    from yaodian.merge import State, update_card_file
    from yaodian.sources import find_sources, read_document

    state = State.load(cards)
    failures = documents = 0
    totals = {"added": 0, "updated": 0, "kept": 0, "removed": 0}
    for path, skip in find_sources(paths):
        if skip:
            typer.echo(f"skip: {path}: {skip}")
            continue
        target = cards / f"{path.stem}.yaml"
        try:
            card_file = extract_document(read_document(path, encoding), deck_root)
            result = update_card_file(card_file, target, state, write=not dry_run)
        except YaodianError as exc:
            _fail(str(exc))
            failures += 1
            continue
        documents += 1
        counts = {kind: result.count(kind) for kind in totals}
        for kind, count in counts.items():
            totals[kind] += count
        typer.echo(
            f"{path} -> {target}: {counts['added']} added, {counts['updated']} updated, "
            f"{counts['kept']} kept (edited by you), {counts['removed']} removed, {result.unchanged} unchanged"
        )
        for change in result.changes:
            if change.note:
                typer.echo(f"  {change.kind} {change.card.id}: {change.note}")
    if documents and not dry_run:
        install_schema(cards)
    summary = ", ".join(f"{count} {kind}" for kind, count in totals.items())
    suffix = " (dry run: nothing written)" if dry_run else ""
    typer.echo(f"extract: {documents} documents; cards {summary}; {failures} failed{suffix}")
    return 1 if failures or not documents else 0


def _build(cards: Path, out: Path, deck_root: str) -> int:
    from yaodian.build import build_package
    from yaodian.cards import check_folder

    files, problems = check_folder(cards)
    for problem in problems:
        _fail(str(problem))
    if problems:
        typer.echo(f"build: {len(problems)} problem(s); nothing written", err=True)
        return 1
    if not files:
        _fail(f"{cards}: no card files (*.yaml); run `yaodian extract` first")
        return 1
    result = build_package(files, out / f"{deck_root}.apkg", root=deck_root)
    typer.echo(f"build: {result.notes} notes in {result.decks} decks -> {result.path}")
    return 0


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Source files or folders (searched recursively).")],
    cards: CardsDir = Path("cards"),
    deck_root: DeckRoot = "要点",
    encoding: Annotated[
        str | None, typer.Option("--encoding", help="Read sources in this encoding instead of detecting it.")
    ] = None,
    dry_run: Annotated[
        bool,
        typer.Option(
            "--dry-run", help="Report what would be added, updated, kept and removed; write nothing."
        ),
    ] = False,
) -> None:
    """Extract cards from documents into one YAML file per document.

    Re-extracting keeps your edits, your own cards and your deletions; cards you did not
    touch follow the source. The report says per file what was added, updated, kept
    (edited by you) and removed.

    Example: yaodian extract seeds/ my-articles/ --cards cards
    """
    raise typer.Exit(_extract(paths, cards, deck_root, encoding, dry_run))


@app.command()
def build(cards: CardsDir = Path("cards"), out: OutDir = Path("decks"), deck_root: DeckRoot = "要点") -> None:
    """Compile every card YAML file into one Anki package (a root deck, one subdeck per document).

    Example: yaodian build --cards cards --out decks
    """
    raise typer.Exit(_build(cards, out, deck_root))


@app.command()
def make(cards: CardsDir = Path("cards"), out: OutDir = Path("decks"), deck_root: DeckRoot = "要点") -> None:
    """Extract the bundled seeds/ and build the decks: `extract seeds/` then `build`.

    Example: yaodian make
    """
    seeds = Path("seeds")
    if not seeds.is_dir():
        _fail("seeds: no such folder; run `yaodian make` in the project folder, or use extract and build")
        raise typer.Exit(1)
    code = _extract([seeds], cards, deck_root, None)
    if code == 0:
        code = _build(cards, out, deck_root)
    raise typer.Exit(code)


@app.command()
def check(cards: CardsDir = Path("cards")) -> None:
    """Validate the card YAML without building; every problem as file:line: message.

    Example: yaodian check --cards cards
    """
    from yaodian.cards import check_folder

    if not cards.is_dir():
        _fail(f"{cards}: no such folder")
        raise typer.Exit(1)
    files, problems = check_folder(cards)
    for problem in problems:
        _fail(str(problem))
    count = sum(len(f.cards) for f in files)
    if problems:
        typer.echo(f"check: {len(problems)} problem(s) in {cards}", err=True)
        raise typer.Exit(1)
    typer.echo(f"check: {len(files)} files, {count} cards, no problems")


def main() -> None:
    app()
