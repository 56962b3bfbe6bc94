"""The README's card example is a valid card file: a learner copies it."""

from __future__ import annotations

import re
from pathlib import Path

from yaodian.cards import read_card_file

README = Path(__file__).resolve().parent.parent / "README.md"


def test_readme_card_example_passes_check(tmp_path: Path) -> None:
    block = re.search(r"```yaml\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert block, "README.md has no yaml example"
    path = tmp_path / "example.yaml"
    path.write_text(block.group(1), encoding="utf-8")
    card_file, problems = read_card_file(path)
    assert problems == []
    assert [card.type for card in card_file.cards] == ["list", "cloze"]
