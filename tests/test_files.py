"""Files written safely: temporary files beside their target, and the ones a killed run left."""

from __future__ import annotations

import os
from pathlib import Path

from yaodian.files import clean_stale_files, staged


def test_temporary_files_of_long_names_fit_and_are_cleaned_when_left(tmp_path: Path) -> None:
    long, other = "长" * 81 + ".yaml", "短.yaml"  # 248 bytes: the name plus 14 would not fit in 255
    with staged(tmp_path / long, "a: 1\n"):
        (temporary,) = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        assert len(os.fsencode(temporary.name)) <= 255 and temporary.name.startswith(".长")
        stale = tmp_path / temporary.name.replace(temporary.name[-12:-4], "k2j4_x9q")
        stale.write_text("left by a killed run", encoding="utf-8")
        (tmp_path / f".{other}.k2j4_x9q.tmp").write_text("another file's", encoding="utf-8")
    assert (tmp_path / long).read_text(encoding="utf-8") == "a: 1\n"
    clean_stale_files(tmp_path, (long,))
    assert sorted(p.name for p in tmp_path.iterdir()) == [f".{other}.k2j4_x9q.tmp", long]
