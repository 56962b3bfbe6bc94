"""Extraction over many files on several worker processes gives what one process gives."""

from __future__ import annotations

import hashlib
import shutil
import time
from collections import Counter
from pathlib import Path

import pytest

from yaodian import pipeline
from yaodian.cache import ParseCache
from yaodian.cards import read_card_file
from yaodian.errors import Location, YaodianError
from yaodian.extractors import extract_document
from yaodian.merge import State, first_write, update_card_file, write_merge
from yaodian.pipeline import Job, extract_many
from yaodian.sources import read_document


def _jobs(paths: list[Path], cards: Path) -> list[Job]:
    return [Job(path, cards / f"{path.stem}.yaml") for path in paths]


def test_the_tables_loaded_before_the_workers_fork_hold_jiebas_word_classes() -> None:
    """The word -> tag table and the series finder's word classes are loaded before the pool
    forks, so the workers share their pages rather than each reading its own (78 MB a worker)."""
    from yaodian.extractors import members, phrases

    phrases.word_tags.cache_clear()
    members._word_classes.cache_clear()
    pipeline._load_tables()
    assert phrases.word_tags.cache_info().currsize == 1
    assert members._word_classes.cache_info().currsize == 1


def test_worker_processes_give_what_one_process_gives_in_input_order(
    tmp_path: Path, seed_paths: list[Path]
) -> None:
    jobs = _jobs(seed_paths, tmp_path / "cards")
    pooled = list(extract_many(jobs, workers=2))
    assert [job for job, _ in pooled] == jobs
    for job, extraction in pooled:
        assert not isinstance(extraction, YaodianError)
        alone = first_write(extract_document(read_document(job.source)), job.target.name)
        assert extraction.merged.text == alone.text
        assert extraction.merged.fingerprints == alone.fingerprints
        assert extraction.merged.counts == {"added": len(alone.changes)}
        assert extraction.merged == pipeline._extract_one(job).merged


def test_workers_merge_into_existing_card_files_as_one_process_does(
    tmp_path: Path, seed_paths: list[Path]
) -> None:
    cards = tmp_path / "cards"
    state = State.load(cards)
    for path in seed_paths:
        update_card_file(extract_document(read_document(path)), cards / f"{path.stem}.yaml", state)
    edited = cards / f"{seed_paths[1].stem}.yaml"
    edited.write_text(
        edited.read_text(encoding="utf-8").replace("  prompt: ", "  prompt: 我的 ", 1), encoding="utf-8"
    )
    jobs = [
        Job(path, cards / f"{path.stem}.yaml", records=state.files[f"{path.stem}.yaml"])
        for path in seed_paths
    ]
    pooled = dict(extract_many(jobs, workers=2))
    for job in jobs:
        merged = pooled[job].merged
        result = update_card_file(extract_document(read_document(job.source)), job.target, state, write=False)
        assert merged.fingerprints == result.fingerprints
        assert merged.counts == dict(Counter(change.kind for change in result.changes))
        assert merged.unchanged == result.unchanged
    assert pooled[jobs[1]].merged.count("kept") == 1
    assert pooled[jobs[1]].merged.text is None  # nothing to write: the learner's version stays
    assert all(pooled[job].merged.text is None for job in jobs)  # the sources did not change


def test_a_card_file_saved_during_the_batch_is_not_overwritten(
    tmp_path: Path, seed_paths: list[Path]
) -> None:
    cards = tmp_path / "cards"
    [(job, extraction)] = extract_many(_jobs(seed_paths[:1], cards))
    job.target.parent.mkdir()
    job.target.write_text("# the learner's own file, saved while extract ran\n", encoding="utf-8")
    state = State.load(cards)
    with pytest.raises(YaodianError, match="changed while extract ran") as caught:
        write_merge(extraction.merged, job.target, state)
    assert caught.value.location == Location(job.target)
    assert job.target.read_text(encoding="utf-8").startswith("# the learner's own file")
    assert state.files == {}


def test_the_parse_cache_entry_made_in_a_worker_is_the_parsed_card_file(
    tmp_path: Path, seed_paths: list[Path]
) -> None:
    cards = tmp_path / "cards"
    reports = list(pipeline.extract_batch(seed_paths, cards, "要点"))
    assert all(report.error is None for report in reports)
    cache = ParseCache.load(cards)
    for path in cards.glob("*.yaml"):
        data = path.read_bytes()
        cached = cache.get(path, hashlib.sha1(data).hexdigest())
        parsed, problems = read_card_file(path)
        assert cached is not None and not problems
        assert [(c.to_dict(), c.line) for c in cached.cards] == [(c.to_dict(), c.line) for c in parsed.cards]


def test_an_error_in_a_worker_comes_back_with_its_file(tmp_path: Path, seed_paths: list[Path]) -> None:
    paths = []
    for path in seed_paths[:4]:
        shutil.copy(path, tmp_path / path.name)
        paths.append(tmp_path / path.name)
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\x00\x01binary")
    results = {
        job.source: result
        for job, result in extract_many(_jobs([*paths, broken], tmp_path / "cards"), workers=2)
    }
    error = results[broken]
    assert isinstance(error, YaodianError)
    assert error.location == Location(broken)
    assert str(error) == f"{broken}: binary file, not a text document"
    assert all(not isinstance(results[p], YaodianError) for p in paths)


def test_a_small_window_of_jobs_still_gives_every_file_in_order(
    tmp_path: Path, seed_paths: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "_WINDOW", 1)  # two jobs in flight: each result starts the next job
    jobs = _jobs(seed_paths, tmp_path / "cards")
    pooled = list(extract_many(jobs, workers=2))
    assert [job for job, _ in pooled] == jobs
    assert all(not isinstance(extraction, YaodianError) for _, extraction in pooled)


def test_stopping_early_leaves_no_job_behind(tmp_path: Path, seed_paths: list[Path]) -> None:
    jobs = _jobs(seed_paths, tmp_path / "cards")
    results = extract_many(jobs, workers=2)
    first_job, _ = next(results)
    results.close()  # the pool shuts down with the jobs not started cancelled
    assert first_job == jobs[0]


@pytest.mark.parametrize("whole_group", [True, False], ids=["terminal-ctrl-c", "signal-to-yaodian-only"])
def test_ctrl_c_ends_the_batch_cleanly(tmp_path: Path, whole_group: bool) -> None:
    """An interrupt (from a terminal it reaches every process of the group; `kill -INT` or
    `timeout -s INT` only yaodian's own): no hang, no traceback, state matching the files."""
    import glob
    import json
    import os
    import signal
    import subprocess
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import bench

    bench.make_corpus(tmp_path / "corpus", 120)
    process = subprocess.Popen(
        [sys.executable, "-c", "from yaodian.cli import main; main()", "extract", "corpus"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    time.sleep(2.5)
    if whole_group:
        os.killpg(process.pid, signal.SIGINT)
    else:
        process.send_signal(signal.SIGINT)
    try:
        _out, err = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise AssertionError("extract hung after Ctrl-C") from None
    assert process.returncode in (0, 130)  # 0 when it finished before the signal
    assert b"Traceback" not in err
    written = glob.glob(str(tmp_path / "cards" / "*.yaml"))
    if written:
        state = json.loads((tmp_path / "cards" / ".yaodian-state.json").read_text(encoding="utf-8"))
        assert len(state["files"]) == len(written)
    assert not glob.glob(str(tmp_path / "cards" / ".*.tmp"))


# ---------------------------------------------------------------- sources already extracted


@pytest.fixture
def extracted(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The sources extraction runs on (three sources or fewer run in this process)."""
    calls: list[Path] = []
    original = pipeline._extract_one

    def spy(job: Job) -> object:
        calls.append(job.source)
        return original(job)

    monkeypatch.setattr(pipeline, "_extract_one", spy)
    return calls


def _batch(sources: Path, cards: Path, force: bool = False) -> list[pipeline.FileReport]:
    reports = list(pipeline.extract_batch([sources], cards, "要点", force=force))
    assert all(isinstance(r, pipeline.FileReport) and r.error is None for r in reports)
    return reports  # type: ignore[return-value]


@pytest.fixture
def three_sources(tmp_path: Path, seed_paths: list[Path]) -> list[Path]:
    (tmp_path / "src").mkdir()
    paths = [tmp_path / "src" / path.name for path in seed_paths[:3]]
    for seed, path in zip(seed_paths[:3], paths, strict=True):
        shutil.copy(seed, path)
    return paths


def test_an_unchanged_source_is_not_extracted_again(
    tmp_path: Path, three_sources: list[Path], extracted: list[Path]
) -> None:
    cards = tmp_path / "cards"
    first = _batch(tmp_path / "src", cards)
    assert extracted == three_sources
    files = {p.name: p.read_bytes() for p in cards.iterdir()}
    extracted.clear()
    again = _batch(tmp_path / "src", cards)
    assert extracted == []
    assert {p.name: p.read_bytes() for p in cards.iterdir()} == files
    # reported as a full re-extraction that changed nothing reports it
    forced = _batch(tmp_path / "src", cards, force=True)
    assert extracted == three_sources
    assert [r.result.unchanged for r in again] == [r.result.unchanged for r in forced]
    assert [r.result.unchanged for r in again] == [r.result.count("added") for r in first]
    assert all(not any(r.result.counts.values()) for r in again)


def test_a_changed_source_or_an_edited_card_file_is_extracted_again(
    tmp_path: Path, three_sources: list[Path], extracted: list[Path]
) -> None:
    cards = tmp_path / "cards"
    _batch(tmp_path / "src", cards)
    changed, edited, untouched = three_sources
    lines = changed.read_text(encoding="utf-8").splitlines()
    in_text = read_card_file(cards / f"{changed.stem}.yaml")[0].cards[0].origin.line  # main text, not chrome
    lines.insert(in_text, "一是加强理论学习，二是注重调查研究，三是勇于改革创新。")
    changed.write_text("\n".join(lines), encoding="utf-8")
    card_file = cards / f"{edited.stem}.yaml"
    text = card_file.read_text(encoding="utf-8")
    card_file.write_text(text.replace("  prompt: ", "  prompt: 我的提示 ", 1), encoding="utf-8")
    extracted.clear()
    reports = {r.source: r for r in _batch(tmp_path / "src", cards)}
    assert extracted == [changed, edited]
    assert reports[changed].result.count("added") >= 1
    assert reports[edited].result.count("kept") == 1  # the edited card is the learner's now
    assert "  prompt: 我的提示 " in card_file.read_text(encoding="utf-8")
    assert not any(reports[untouched].result.counts.values())
    extracted.clear()
    _batch(tmp_path / "src", cards)
    assert extracted == []  # the merged file is the one on record now


def test_another_yaodian_version_extracts_every_source_again(
    tmp_path: Path, three_sources: list[Path], extracted: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    cards = tmp_path / "cards"
    _batch(tmp_path / "src", cards)
    extracted.clear()
    monkeypatch.setattr(pipeline, "code_signature", lambda: "another version")
    _batch(tmp_path / "src", cards)
    assert extracted == three_sources


def test_a_broken_card_file_is_reported_on_every_extract(
    tmp_path: Path, three_sources: list[Path], extracted: list[Path]
) -> None:
    cards = tmp_path / "cards"
    _batch(tmp_path / "src", cards)
    card_file = cards / f"{three_sources[0].stem}.yaml"
    card_file.write_bytes(card_file.read_bytes() + b"cards: [\n")
    for _ in range(2):
        extracted.clear()
        reports = list(pipeline.extract_batch([tmp_path / "src"], cards, "要点"))
        assert extracted == [three_sources[0]]
        assert reports[0].error is not None and "fix it first" in str(reports[0].error)


def test_what_was_extracted_from_what_is_kept_in_the_cache_not_in_the_state(
    tmp_path: Path, three_sources: list[Path], extracted: list[Path]
) -> None:
    """The state is the learner's to commit (it tells their edits apart); file digests and where
    the libraries live are this machine's, like the parse cache, which git ignores."""
    import json

    cards = tmp_path / "cards"
    _batch(tmp_path / "src", cards)
    state = json.loads((cards / ".yaodian-state.json").read_text(encoding="utf-8"))
    assert set(state) == {"about", "files", "version"}
    (cards / ".yaodian-cache.json").unlink()  # only an accelerator: everything is extracted again
    extracted.clear()
    _batch(tmp_path / "src", cards)
    assert extracted == three_sources


def test_a_skipped_source_is_reported_as_a_full_extract_reports_it(
    tmp_path: Path, three_sources: list[Path], extracted: list[Path]
) -> None:
    cards = tmp_path / "cards"
    _batch(tmp_path / "src", cards)
    card_file = cards / f"{three_sources[0].stem}.yaml"
    card_file.write_text(
        card_file.read_text(encoding="utf-8").replace("  prompt: ", "  prompt: 我的 ", 1), encoding="utf-8"
    )
    _batch(tmp_path / "src", cards)  # merges the edit in; from now on the file is as extract left it
    (cards / "yaodian-cards.schema.json").unlink()
    extracted.clear()
    skipped = _batch(tmp_path / "src", cards)
    assert extracted == []
    assert (cards / "yaodian-cards.schema.json").is_file()  # put back, as every extract does
    forced = _batch(tmp_path / "src", cards, force=True)
    for a, b in zip(skipped, forced, strict=True):
        assert (a.result.counts, a.result.unchanged) == (b.result.counts, b.result.unchanged)
    assert skipped[0].result.count("kept") == 1


def test_a_lost_state_is_rebuilt_from_the_stamps_in_the_card_files(
    tmp_path: Path, three_sources: list[Path], extracted: list[Path]
) -> None:
    cards = tmp_path / "cards"
    first = _batch(tmp_path / "src", cards)
    (cards / ".yaodian-state.json").unlink()
    extracted.clear()
    reports = list(pipeline.extract_batch([tmp_path / "src"], cards, "要点"))
    assert reports[0] == pipeline.Notice(
        cards / ".yaodian-state.json",
        "missing; rebuilt from the card files, whose stamps tell your edits apart; "
        "cards you deleted may come back: delete them again",
    )
    assert extracted == three_sources  # without records nothing counts as up to date
    assert [r.result.unchanged for r in reports[1:]] == [r.result.count("added") for r in first]
    assert all(not r.result.counts for r in reports[1:])
    assert (cards / ".yaodian-state.json").is_file()
    assert _batch(tmp_path / "src", cards)  # no warning once rebuilt


@pytest.mark.parametrize(
    ("lines", "kind", "left_out", "why"),
    [
        (
            ["关于加强新时代廉洁文化建设的意见", ""],
            "text",
            False,
            "the text is one short line: a title without its body?",
        ),
        (["标题", "副标题"], "markdown", False, "the text is 2 short lines: a title without its body?"),
        (
            ["请开启JavaScript"],
            "html",
            False,
            "the page holds 13 characters of text; a page that fills in its text with JavaScript has none "
            "until a browser runs it: save it from the browser once it has loaded",
        ),
        (
            ["党的二十大以来，各地坚持以党建引领基层治理。" * 20],
            "text",
            False,
            "the text is one line of 440 characters; headings and points are found where lines start: "
            "keep the text's line breaks",
        ),
        (["标题"], "text", True, "every card found was left out: see the warnings above"),
        (["一段话。", "又一段话。", "第三段话。"], "text", False, ""),
    ],
)
def test_why_a_document_gave_no_cards(lines: list[str], kind: str, left_out: bool, why: str) -> None:
    problems = [YaodianError("card left out: empty item", Location(Path("a.txt"), 1))] if left_out else []
    assert pipeline.why_no_cards(lines, kind, problems) == why


def test_the_tables_workers_share_are_built_before_they_fork() -> None:
    """What every worker needs is built once in the parent, so the forked workers inherit it:
    jieba's dictionary and the reader's table of format characters (a tenth of a second each)."""
    from yaodian.sources.encodings import _format_characters

    _format_characters.cache_clear()
    pipeline._load_tables()
    assert _format_characters.cache_info().currsize == 1
