"""bench/scorecard.py's command line: asking for help or naming a set it does not have scores
nothing (scoring the unread check set by mistake spends it)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import scorecard


@pytest.fixture
def scored(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The sets scorecard.main went on to score (none are extracted)."""
    calls: list[list[str]] = []
    monkeypatch.setattr(scorecard, "scorecard", lambda names: calls.append(names) or {})
    return calls


@pytest.mark.parametrize(
    ("argv", "status"), [(["--help"], 0), (["-h"], 0), (["devv"], 2), (["dev", "--per-doc", "--mised"], 2)]
)
def test_help_or_a_wrong_argument_scores_nothing(
    argv: list[str], status: int, scored: list[list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        scorecard.main(argv)
    assert (exit_.value.code, scored) == (status, [])
    shown = capsys.readouterr()
    assert "usage: python bench/scorecard.py" in (shown.out if status == 0 else shown.err)


@pytest.mark.parametrize(
    ("argv", "sets"), [([], list(scorecard.CORPORA)), (["seeds", "dev", "--missed"], ["seeds", "dev"])]
)
def test_the_sets_named_or_all_are_scored(argv: list[str], sets: list[str], scored: list[list[str]]) -> None:
    if not (scorecard.SHARED / "eval" / "score.py").exists():
        pytest.skip("no ../shared/eval/score.py here")
    assert scorecard.main(argv) == 0
    assert scored == [sets]


def test_gold_noise_too_short_to_score_is_counted(tmp_path: Path) -> None:
    """A page number `— 2 —` is `2` once normalised: every note with a 2 in it would count as noise."""
    (tmp_path / "a.yaml").write_text(
        "doc: a.txt\nnoise:\n  - — 2 —\n  - 责任编辑：王明\n  - 上一篇\n", encoding="utf-8"
    )
    (tmp_path / "b.yaml").write_text("doc: b.txt\n", encoding="utf-8")
    strip = lambda text: "".join(ch for ch in text if ch.isalnum())  # noqa: E731
    assert scorecard.short_noise_gold(tmp_path, strip) == 1


def test_noise_split_by_a_cloze_is_counted(tmp_path: Path) -> None:
    """score.py looks for noise in the marked text, where 责任{{c1::编辑}} hides 责任编辑."""
    (tmp_path / "a.yaml").write_text("doc: a.txt\nnoise:\n  - 责任编辑：王明\n  - 上一篇\n", encoding="utf-8")
    notes = [
        {"text": "责任{{c1::编辑}}：王明"},
        {"text": "{{c1::上一篇}}：城市更新"},
        {"text": "推进{{c1::城市更新}}行动"},
    ]
    strip = lambda text: "".join(ch for ch in text if ch.isalnum() or ch in "{}")  # noqa: E731
    assert scorecard.noise_notes_unclozed(notes, tmp_path, strip) == 2
