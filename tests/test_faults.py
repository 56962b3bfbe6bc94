"""extract and build under faults: two runs at once, kill -9, a full disk, a lost or damaged state.

Each test starts from a learner's project: sources extracted, then one card edited by hand, one
deleted and one of their own added, then most sources changed (a word replaced throughout). A
fault hits the extract of the changed sources, and afterwards, once extract has run to its end:

- every card nobody touched follows the source (the cards equal a fresh extract's, by content);
- the hand edit, the deletion and the learner's own card are still as the learner left them;
- no temporary file and no journal is left, and no worker process outlives its parent.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from yaodian.cards import Card, load_card_file
from yaodian.cli import app

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import bench

runner = CliRunner()
YAODIAN = [sys.executable, "-c", "from yaodian.cli import main; main()"]
CHANGED_WORD, NEW_WORD = "加强", "强化"  # the source change: a word replaced throughout
STATE = ".yaodian-state.json"


@dataclass(frozen=True)
class Project:
    """A learner's project folder (src/, cards/) and what its cards must hold after any fault."""

    root: Path
    expected: dict[str, Counter]  # card file name -> the contents of its cards
    deleted: tuple[str, tuple]  # the card the learner deleted: its file's name and its content


def _content(card: Card) -> tuple:
    """What a card asks, without its cloze numbers: a merge keeps each answer's number from
    before (a list's `clozes`, a cloze card's gaps), where a fresh extract numbers 1..N."""
    line, section = (card.origin.line, card.origin.section) if card.origin else (None, None)
    text = re.sub(r"\{\{c\d+::", "{{c::", card.text)
    return (card.type, card.prompt, tuple(card.items), text, card.extra, line, section)


def _contents(path: Path) -> Counter:
    return Counter(_content(card) for card in load_card_file(path).cards)


def _extract(root: Path, *args: str) -> str:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        result = runner.invoke(app, ["extract", "src", *args])
    assert result.exit_code == 0, result.output
    return result.output


def _drop_card(path: Path, card_id: str) -> None:
    """Delete a card from a card file as a learner does: its lines go."""
    blocks = re.split(r"(?m)^(?=- id: )", path.read_text(encoding="utf-8"))
    path.write_text("".join(b for b in blocks if not re.match(rf"- id: {card_id}\b", b)), encoding="utf-8")


def _change_sources(src: Path) -> None:
    for source in sorted(src.glob("*.txt"))[1:]:  # the first source stays as it is
        source.write_text(
            source.read_text(encoding="utf-8").replace(CHANGED_WORD, NEW_WORD), encoding="utf-8"
        )


def _make_project(root: Path, docs: int, lines: int | None = None) -> Project:
    """Extract `docs` generated documents (their first `lines` lines, if given), make the learner's
    changes, then change the sources."""
    bench.make_corpus(root / "src", docs)
    for source in (root / "src").glob("*.txt") if lines else ():
        source.write_text(
            "\n".join(source.read_text(encoding="utf-8").splitlines()[:lines]), encoding="utf-8"
        )
    _extract(root)
    # what the cards must hold: a fresh extract of the changed sources, with the learner's changes
    fresh = root.parent / f"{root.name}-fresh"
    shutil.copytree(root / "src", fresh / "src")
    _change_sources(fresh / "src")
    _extract(fresh)
    expected = {path.name: _contents(path) for path in sorted((fresh / "cards").glob("*.yaml"))}
    shutil.rmtree(fresh)
    files = sorted((root / "cards").glob("*.yaml"))
    # a hand edit (in a file whose source changes), a deletion (in one whose source does not), an own card
    edited = next(
        c
        for c in load_card_file(files[1]).cards
        if c.type == "list" and _content(c) in expected[files[1].name]
    )
    text = files[1].read_text(encoding="utf-8")
    text = text.replace(f"  - {edited.items[0]}\n", f"  - {edited.items[0]}（我的说法）\n", 1)
    files[1].write_text(text, encoding="utf-8")
    deleted = next(c for c in load_card_file(files[0]).cards[1:] if _content(c) in expected[files[0].name])
    _drop_card(files[0], deleted.id)
    with files[2].open("a", encoding="utf-8") as handle:
        handle.write("- id: my-own-card\n  type: cloze\n  text: 我自己加的：{{c1::同心圆}}\n")
    _change_sources(root / "src")
    mine = Card(
        type="list", prompt=edited.prompt, items=[f"{edited.items[0]}（我的说法）", *edited.items[1:]]
    )
    mine.extra, mine.origin = edited.extra, edited.origin
    expected[files[1].name][_content(edited)] -= 1
    expected[files[1].name][_content(mine)] += 1
    expected[files[0].name][_content(deleted)] -= 1
    expected[files[2].name][_content(Card(type="cloze", text="我自己加的：{{c1::同心圆}}"))] += 1
    expected = {name: +counts for name, counts in expected.items()}
    return Project(root, expected, (files[0].name, _content(deleted)))


@pytest.fixture(scope="session")
def project_cache() -> dict[int, Project]:
    return {}


def _project(
    cache: dict[int, Project],
    factory: pytest.TempPathFactory,
    docs: int,
    into: Path,
    lines: int | None = None,
) -> Project:
    """A fresh copy of the learner's project with `docs` documents (made once per session)."""
    if docs not in cache:
        cache[docs] = _make_project(factory.mktemp(f"project{docs}") / "p", docs, lines)
    shutil.copytree(cache[docs].root, into)
    return Project(into, cache[docs].expected, cache[docs].deleted)


@pytest.fixture
def large(project_cache: dict, tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Project:
    """Enough documents for the worker processes (ten, of up to 120 lines)."""
    return _project(project_cache, tmp_path_factory, 10, tmp_path / "p", lines=120)


@pytest.fixture
def small(project_cache: dict, tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Project:
    """Three short documents: extracted in one process, in a fraction of a second."""
    return _project(project_cache, tmp_path_factory, 3, tmp_path / "p", lines=40)


def _leftovers(cards: Path) -> list[str]:
    """yaodian's temporary files (`.a.yaml.k2j4_x9q.tmp`) and journal in a folder."""
    return sorted(
        p.name
        for p in cards.iterdir()
        if re.fullmatch(r"\..+\.(yaml|json|apkg)\.[a-z0-9_]{8}\.tmp", p.name) or p.name.endswith(".journal")
    )


def assert_recovered(project: Project, allow_deleted_back: bool = False) -> str:
    """Extract runs to its end; then what the module docstring lists holds. Returns its output.

    With `allow_deleted_back`, the card the learner deleted may be back (a lost state forgets it)."""
    output = _extract(project.root)
    cards = project.root / "cards"
    assert _leftovers(cards) == []
    found = {path.name: _contents(path) for path in sorted(cards.glob("*.yaml"))}
    name, content = project.deleted
    if allow_deleted_back and found[name][content] == 1:
        found[name][content] -= 1
        found[name] = +found[name]
    assert found == project.expected
    return output


# ---------------------------------------------------------------- processes


def _group(pgid: int) -> list[int]:
    """The live processes of a process group (zombies, already dead, left out)."""
    alive = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[2]) == pgid and fields[0] != "Z":
            alive.append(int(entry))
    return alive


def _default_ctrl_c() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@contextlib.contextmanager
def _extract_process(root: Path) -> Iterator[subprocess.Popen]:
    """`yaodian extract src` in a process group of its own, killed with its group at the end."""
    process = subprocess.Popen(
        [*YAODIAN, "extract", "src"],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        # Ctrl-C as in a terminal: a test run started in the background (`pytest &` in a script)
        # ignores SIGINT, and its children would inherit that.
        preexec_fn=_default_ctrl_c,
    )
    try:
        yield process
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate()


def _wait_until_gone(pgid: int, seconds: float = 5.0) -> list[int]:
    deadline = time.monotonic() + seconds
    while (alive := _group(pgid)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return alive


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_a_second_extract_or_build_refuses_while_one_runs(large: Project) -> None:
    with _extract_process(large.root) as first:
        assert first.stdout is not None
        first.stdout.readline()  # it has written a card file: it holds the cards folder
        first.send_signal(signal.SIGSTOP)  # and stays in the middle of its run
        for command in ("extract", "build"):
            second = subprocess.run(
                [*YAODIAN, command, *(["src"] if command == "extract" else [])],
                cwd=large.root,
                capture_output=True,
                text=True,
                timeout=60,
            )
            assert (second.returncode, second.stdout, second.stderr) == (
                1,
                "",
                "error: cards: another yaodian extract, build or sync is writing here; "
                f"run {command} again when it has finished\n",
            )
        first.send_signal(signal.SIGCONT)
        _out, err = first.communicate(timeout=60)
        assert first.returncode == 0, err
    assert not (large.root / "decks").exists()
    assert_recovered(large)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize(
    ("number", "written", "delay"),
    [
        (signal.SIGKILL, 0, 0.3),  # starting: loading the dictionary, forking the workers
        (signal.SIGKILL, 1, 0.0),  # writing the card files, at several points ...
        (signal.SIGKILL, 3, 0.01),
        (signal.SIGKILL, 6, 0.03),
        (signal.SIGKILL, 8, 0.0),
        (signal.SIGKILL, 10, 0.0),  # ... and after the last: saving the state and the cache
        (signal.SIGTERM, 5, 0.02),
    ],
    ids=lambda value: getattr(value, "name", str(value)),
)
def test_a_killed_extract_leaves_no_process_and_the_next_one_puts_everything_right(
    large: Project, number: signal.Signals, written: int, delay: float
) -> None:
    """Killed `delay` seconds after it reported `written` card files (of 10)."""
    with _extract_process(large.root) as process:
        assert process.stdout is not None
        for _ in range(written):
            process.stdout.readline()
        time.sleep(delay)
        os.kill(process.pid, number)
        process.wait(timeout=30)
        assert _wait_until_gone(process.pid) == []  # its workers ended with it
    output = assert_recovered(large)
    assert "warning: cards/.yaodian-state.json" not in output  # nothing had to be rebuilt


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_ctrl_c_says_what_was_written_and_the_next_extract_finishes(large: Project) -> None:
    with _extract_process(large.root) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.readline()  # it has written a card file
        # Stopped first, so that it cannot finish before Ctrl-C arrives: the signal waits and is
        # taken the moment it runs again, in the middle of its run.
        os.kill(process.pid, signal.SIGSTOP)
        os.kill(process.pid, signal.SIGINT)
        os.kill(process.pid, signal.SIGCONT)
        assert process.wait(timeout=30) == 130
        error = process.stderr.read().decode()
        assert _wait_until_gone(process.pid) == []
    written = re.search(
        r"error: extract interrupted: the card files of (\d+) documents are written, "
        r"the others as they were; run extract again to finish\n$",
        error,
    )
    assert written is not None, error
    assert int(written.group(1)) >= 1
    assert_recovered(large)


# ---------------------------------------------------------------- a full disk


_TEMPORARY = re.compile(r"\.(.+)\.[a-z0-9_]{8}\.tmp")


class _Faults:
    """Files opened for writing whose `fail_at`-th write (counting from 0) raises ENOSPC; `targets`
    names the file each write was for (a temporary file's by the file it will replace)."""

    def __init__(self, fail_at: int | None) -> None:
        self.fail_at, self.targets = fail_at, []

    def wrap(self, handle: object) -> object:
        faults = self
        name = getattr(handle, "name", "")
        path = os.readlink(f"/proc/self/fd/{name}") if isinstance(name, int) else str(name)
        temporary = _TEMPORARY.fullmatch(os.path.basename(path))
        target = temporary.group(1) if temporary else os.path.basename(path)

        class Faulty:
            def __getattr__(self, attribute: str) -> object:
                return getattr(handle, attribute)

            def __enter__(self) -> Faulty:
                handle.__enter__()  # type: ignore[attr-defined]
                return self

            def __exit__(self, *exc: object) -> None:
                handle.__exit__(*exc)  # type: ignore[attr-defined]

            def write(self, data: object) -> int:
                faults.targets.append(target)
                if len(faults.targets) - 1 == faults.fail_at:
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
                return handle.write(data)  # type: ignore[attr-defined]

        return Faulty()


@contextlib.contextmanager
def _full_disk_at(fail_at: int | None) -> Iterator[_Faults]:
    """Every write of yaodian's files counted (card files, journal, state, cache, schema, package)."""
    import yaodian.merge

    faults = _Faults(fail_at)
    fdopen, builtin_open = os.fdopen, open

    def faulty_fdopen(fd: int, *args: object, **kwargs: object) -> object:
        return faults.wrap(fdopen(fd, *args, **kwargs))  # type: ignore[arg-type]

    def faulty_open(file: object, mode: str = "r", *args: object, **kwargs: object) -> object:
        handle = builtin_open(file, mode, *args, **kwargs)  # type: ignore[call-overload]
        return faults.wrap(handle) if set(mode) & set("wax") else handle

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "fdopen", faulty_fdopen)
        patch.setattr(yaodian.merge, "open", faulty_open, raising=False)
        yield faults


def _writes(root: Path, command: list[str]) -> list[str]:
    """The files one run of `command` writes, write by write (on a copy of `root`)."""
    scratch = Path(tempfile.mkdtemp(dir=root.parent)) / "p"
    shutil.copytree(root, scratch)
    with _full_disk_at(None) as counted, pytest.MonkeyPatch.context() as patch:
        patch.chdir(scratch)
        assert runner.invoke(app, command).exit_code == 0
    shutil.rmtree(scratch.parent)
    return counted.targets


def _under_full_disk(root: Path, command: list[str], fail_at: int) -> tuple[int, str]:
    with _full_disk_at(fail_at), pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        result = runner.invoke(app, command)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.output


ENOSPC = "cannot write: No space left on device"


def test_a_full_disk_at_any_write_of_extract_names_the_card_file_and_loses_nothing(
    small: Project, tmp_path: Path
) -> None:
    targets = _writes(small.root, ["extract", "src"])
    # two card files change (the first source did not), each after its journal line; the state; the cache
    assert sorted(set(targets)) == [".yaodian-cache.json", ".yaodian-state.journal", ".yaodian-state.json",
                                    "doc_0001.yaml", "doc_0002.yaml"]  # fmt: skip
    for fail_at, target in enumerate(targets):
        root = tmp_path / f"run{fail_at}"
        shutil.copytree(small.root, root)
        code, output = _under_full_disk(root, ["extract", "src"], fail_at)
        errors = [line for line in output.splitlines() if line.startswith("error:")]
        if target == ".yaodian-cache.json":  # only an accelerator: nothing to say
            assert (code, errors) == (0, [])
        elif target == STATE:
            assert (code, errors) == (
                1,
                [f"error: cards/{STATE}: {ENOSPC}; extract again when it can be written"],
            )
        else:  # a card file, or its journal line, written just before it
            card_file = target if target.endswith(".yaml") else targets[fail_at + 1]
            assert (code, errors) == (1, [f"error: cards/{card_file}: {ENOSPC}"])
        assert [p for p in _leftovers(root / "cards") if p.endswith(".tmp")] == []
        assert_recovered(replace(small, root=root))


def test_a_full_disk_at_any_write_of_build_writes_no_package_it_did_not_record(
    small: Project, tmp_path: Path
) -> None:
    assert_recovered(small)
    targets = _writes(small.root, ["build"])
    assert {"要点.apkg", ".yaodian-build.json", ".yaodian-inputs.json"} <= set(targets)
    for fail_at, target in enumerate(targets):
        root = tmp_path / f"run{fail_at}"
        shutil.copytree(small.root, root)
        code, output = _under_full_disk(root, ["build"], fail_at)
        assert _leftovers(root / "cards") == [] and _leftovers(root / "decks") == []
        package, state = root / "decks" / "要点.apkg", root / "cards" / ".yaodian-build.json"
        if target in ("要点.apkg", ".yaodian-build.json"):
            where = "decks" if target == "要点.apkg" else "cards"
            assert (code, output) == (1, f"error: {where}/{target}: {ENOSPC}\n")
            assert not package.exists() and not state.exists()  # no package its build state does not describe
        else:  # the parse cache and the inputs file only make later commands faster
            assert code == 0, output
            assert package.exists() and state.exists()


def _mount_tmpfs(folder: Path, size: str) -> bool:
    folder.mkdir(parents=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True, check=False
    )
    return mounted.returncode == 0


@contextlib.contextmanager
def _tmpfs(folder: Path, size: str) -> Iterator[None]:
    if os.geteuid() != 0 or shutil.which("mount") is None or not _mount_tmpfs(folder, size):
        pytest.skip("needs to mount a tmpfs (root)")
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(folder: Path, leave: int) -> Path:
    """Fill the file system of `folder` up to `leave` bytes."""
    filler = folder / "filler"
    with filler.open("wb") as handle, contextlib.suppress(OSError):
        while True:
            handle.write(b"\0" * 65536)
            handle.flush()
    size = filler.stat().st_size
    with filler.open("r+b") as handle:
        handle.truncate(max(0, size - leave))
    return filler


def test_a_really_full_disk_during_extract(small: Project, tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    with _tmpfs(disk, "8m"):
        for leave in (0, 4096, 16384, 65536, 262144):
            root = disk / "p"
            shutil.copytree(small.root, root)
            filler = _fill(disk, leave)
            with pytest.MonkeyPatch.context() as patch:
                patch.chdir(root)
                result = runner.invoke(app, ["extract", "src"])
            assert result.exception is None or isinstance(result.exception, SystemExit), repr(
                result.exception
            )
            assert ".tmp" not in result.output and "Traceback" not in result.output
            for line in result.output.splitlines():
                if line.startswith("error:"):
                    assert re.match(
                        r"error: cards/[^ /]+\.(yaml|json): cannot write: No space left on device", line
                    )
            assert [p for p in _leftovers(root / "cards") if p.endswith(".tmp")] == []
            filler.unlink()
            assert_recovered(replace(small, root=root))
            shutil.rmtree(root)


def test_build_in_a_read_only_cards_folder_writes_no_package(small: Project, tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    with _tmpfs(disk, "16m"):
        shutil.copytree(small.root / "cards", disk / "cards")
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        with pytest.MonkeyPatch.context() as patch:
            patch.chdir(tmp_path)
            result = runner.invoke(app, ["build", "--cards", "disk/cards"])
        assert (result.exit_code, result.output) == (
            1,
            "error: disk/cards/.yaodian-build.json: cannot write: Read-only file system\n",
        )
        assert not (tmp_path / "decks" / "要点.apkg").exists()


# ---------------------------------------------------------------- a lost or damaged state

_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)


@st.composite
def damaged_states(draw: st.DrawFn, real: bytes) -> bytes | None:
    """A state file cut short, emptied, replaced, deleted (None), or with damaged records."""
    kind = draw(st.sampled_from(["cut", "bytes", "json", "records", "deleted"]))
    if kind == "cut":
        return real[: draw(st.integers(0, len(real) - 1))]
    if kind == "bytes":
        return draw(st.sampled_from([b"", b"[]", b"{}", b"null", b"\xff\xfe"]) | st.binary(max_size=40))
    if kind == "json":
        return json.dumps(draw(_json)).encode()
    if kind == "records":
        state = json.loads(real)
        for records in state["files"].values():
            for card_id in draw(st.lists(st.sampled_from(sorted(records)), max_size=3)):
                records[card_id] = draw(_json)
        return json.dumps(state, ensure_ascii=False).encode()
    return None


def _same_json(data: bytes, real: bytes) -> bool:
    try:
        return json.loads(data) == json.loads(real)
    except ValueError:
        return False


def test_a_damaged_or_lost_state_is_rebuilt_with_a_warning(small: Project, tmp_path: Path) -> None:
    real = (small.root / "cards" / STATE).read_bytes()

    @settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
    @given(damaged_states(real))
    def check(state: bytes | None) -> None:
        root = Path(tempfile.mkdtemp(dir=tmp_path)) / "p"
        shutil.copytree(small.root, root)
        if state is None:
            (root / "cards" / STATE).unlink()
        else:
            (root / "cards" / STATE).write_bytes(state)
        output = assert_recovered(replace(small, root=root), allow_deleted_back=True)
        warned = [
            line for line in output.splitlines() if line.startswith("warning: cards/.yaodian-state.json: ")
        ]
        assert len(warned) == (0 if state is not None and _same_json(state, real) else 1), output
        name, content = small.deleted
        if content in _contents(root / "cards" / name):
            assert warned  # a deletion comes back only with the warning
        shutil.rmtree(root.parent)

    check()


def test_temporary_files_a_killed_write_left_are_removed_by_the_next_run(small: Project) -> None:
    cards, decks = small.root / "cards", small.root / "decks"
    decks.mkdir()
    stale = [
        cards / ".doc_0001.yaml.k2j4_x9q.tmp",
        cards / f".{STATE}.a8b7c6d5.tmp",
        decks / ".要点.apkg.zz9yy8xx.tmp",
    ]
    theirs = [cards / "notes.tmp", cards / ".draft.txt.k2j4_x9q.tmp", decks / ".other.apkg.k2j4_x9q.tmp"]
    for path in stale + theirs:
        path.write_text("half of something", encoding="utf-8")
    assert_recovered(small)
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(small.root)
        assert runner.invoke(app, ["build"]).exit_code == 0
    assert [path.exists() for path in stale + theirs] == [False] * len(stale) + [True] * len(theirs)


def test_a_bug_on_one_document_names_it_and_the_others_are_extracted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An extractor failing on one document (a bug of ours, not the user's input) is that
    document's one error line; the other documents' card files are written; exit 1."""
    import yaodian.extractors

    real = yaodian.extractors.extract_document

    def failing_on_b(document, *args, **kwargs):
        if document.path.name == "b.txt":
            raise ValueError("Input object is not an XML element: HtmlComment")
        return real(document, *args, **kwargs)

    monkeypatch.setattr(yaodian.extractors, "extract_document", failing_on_b)
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("a.txt", "b.txt"):
        (docs / name).write_text(
            "加强党的建设\n一、强化政治引领\n二、夯实组织基础\n三、锤炼过硬作风\n", encoding="utf-8"
        )
    result = CliRunner().invoke(app, ["extract", str(docs), "--cards", str(tmp_path / "cards")])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert (
        f"error: {docs / 'b.txt'}: yaodian failed on this document "
        "(ValueError: Input object is not an XML element: HtmlComment); please report it"
    ) in result.output
    assert "Traceback" not in result.output
    assert sorted(p.name for p in (tmp_path / "cards").glob("*.yaml")) == ["a.yaml"]
