"""The parse cache: a card file read back from it is the card file that parsing gives."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from yaodian.cache import CACHE_FILE
from yaodian.cards import check_folder, read_card_file
from yaodian.cli import app


def test_parse_cache_gives_what_parsing_gives_and_follows_edits(
    tmp_path: Path, seed_paths: list[Path]
) -> None:
    cards = tmp_path / "cards"
    result = CliRunner().invoke(app, ["extract", str(seed_paths[1]), "--cards", str(cards)])
    assert result.exit_code == 0, result.output
    assert (cards / CACHE_FILE).exists()  # extract leaves the parse for build
    (path,) = cards.glob("*.yaml")
    cached, problems = check_folder(cards)
    parsed, parse_problems = read_card_file(path)
    assert problems == parse_problems == []
    assert cached[0].to_dict() == parsed.to_dict()
    assert [c.line for c in cached[0].cards] == [c.line for c in parsed.cards]
    path.write_text(path.read_text(encoding="utf-8").replace("title: ", "title: 改过的", 1), encoding="utf-8")
    assert check_folder(cards)[0][0].title.startswith("改过的")
