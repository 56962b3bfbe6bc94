"""Extraction scorecard: extract and build the bundled seeds in a temporary folder, then score
the decks against the team's gold annotations (../shared/gold, ../shared/eval/score.py).

    python bench/scorecard.py            # the eight target figures, one a line
    python bench/scorecard.py --missed   # and what the gold has that the decks miss

It reports; it does not judge: the targets are in the issue, not in a test. Without ../shared
(a checkout outside the team) it says so and exits 0.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIGURES = (
    "item_recall",
    "list_grouping",
    "term_recall",
    "term_expansion",
    "phrase_recall",
    "noise_notes",
    "median_cloze_chars",
    "unmatched_notes",
)


def _run(*args: str, cwd: Path) -> None:
    subprocess.run([sys.executable, "-m", "yaodian", *args], cwd=cwd, check=True, capture_output=True)


def scorecard() -> dict:
    """Build the seeds' decks in a temporary folder and return score.py's JSON result."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copytree(ROOT / "seeds", work / "seeds")
        _run("extract", "seeds", "--cards", "cards", cwd=work)
        _run("build", "--cards", "cards", "--out", "decks", cwd=work)
        result = subprocess.run(
            [sys.executable, str(SHARED / "eval" / "score.py"), "score", str(SHARED / "gold"), "decks"],
            cwd=work,
            check=True,
            capture_output=True,
            text=True,
        )
    return json.loads(result.stdout)


def main(argv: list[str]) -> int:
    if not (SHARED / "eval" / "score.py").exists() or not (SHARED / "gold").is_dir():
        print(f"no scorecard: {SHARED}/eval/score.py and {SHARED}/gold are not here")
        return 0
    result = scorecard()
    for name in FIGURES:
        print(f"{name:20} {result[name]}")
    print(f"{'notes':20} {result['notes']}")
    if "--missed" in argv:
        print("\n".join(result["missed"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
