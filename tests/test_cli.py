"""The command line, through typer's CliRunner, in a temporary working folder."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from yaodian import cli
from yaodian.cards import load_card_file
from yaodian.cli import app

runner = CliRunner()


@pytest.fixture
def workdir(tmp_path: Path, seed_paths: list[Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in seed_paths[:2]:
        shutil.copy(path, seeds / path.name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_version_is_the_installed_package_s(workdir: Path) -> None:
    """`yaodian --version`, for a bug report (it was `No such option: --version`, exit 2)."""
    from importlib.metadata import version

    shown = runner.invoke(app, ["--version"])
    assert (shown.exit_code, shown.output) == (0, f"yaodian {version('yaodian')}\n")


def test_make_writes_cards_and_one_package(workdir: Path) -> None:
    result = runner.invoke(app, ["make"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (workdir / "cards").glob("*.yaml")) == sorted(
        p.stem + ".yaml" for p in (workdir / "seeds").iterdir()
    )
    assert [p.name for p in (workdir / "decks").glob("*.apkg")] == ["要点.apkg"]
    assert "extract: 2 documents" in result.output
    assert "build:" in result.output


def test_extract_then_build_with_options(workdir: Path) -> None:
    result = runner.invoke(app, ["extract", "seeds", "--cards", "mine"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["build", "--cards", "mine", "--out", "out", "--deck-root", "复习"])
    assert result.exit_code == 0, result.output
    assert (workdir / "out" / "复习.apkg").is_file()


def test_check_reports_ok_and_problems(workdir: Path) -> None:
    assert runner.invoke(app, ["extract", "seeds"]).exit_code == 0
    ok = runner.invoke(app, ["check"])
    assert ok.exit_code == 0 and "no problems" in ok.output
    (workdir / "cards" / "zz.yaml").write_text(
        "title: t\ndeck: 要点::t\ncards:\n  - id: a1\n    type: quiz\n"
    )
    bad = runner.invoke(app, ["check"])
    assert bad.exit_code == 1
    assert "error: cards/zz.yaml:5: type must be one of list, cloze, not 'quiz'" in bad.output


def test_build_refuses_bad_yaml_and_keeps_old_package(workdir: Path) -> None:
    assert runner.invoke(app, ["make"]).exit_code == 0
    package = workdir / "decks" / "要点.apkg"
    before = package.read_bytes()
    (workdir / "cards" / "broken.yaml").write_text("cards: [\n", encoding="utf-8")
    result = runner.invoke(app, ["build"])
    assert result.exit_code == 1
    assert result.output.startswith("error: cards/broken.yaml:1: YAML syntax:")
    assert "Traceback" not in result.output
    assert package.read_bytes() == before


def test_extract_bad_sources_named_and_others_still_processed(workdir: Path) -> None:
    (workdir / "seeds" / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    (workdir / "seeds" / "empty.txt").write_text("")
    result = runner.invoke(app, ["extract", "seeds", "missing.txt"])
    assert result.exit_code == 1
    assert "error: seeds/blob.txt: binary file, not a text document" in result.output
    assert "error: seeds/empty.txt: empty document" in result.output
    assert "error: missing.txt: no such file" in result.output
    assert len(list((workdir / "cards").glob("*.yaml"))) == 2
    # the summary names them too: in a pipe the errors (stderr) may come after it
    summary = result.stdout.strip().splitlines()[-1]
    assert "; 3 failed: seeds/blob.txt; seeds/empty.txt; missing.txt; " in summary


def test_the_summary_names_three_failed_files_and_counts_the_rest(workdir: Path) -> None:
    for name in "abcde":
        (workdir / "seeds" / f"{name}_empty.txt").write_text("")
    result = runner.invoke(app, ["extract", "seeds"])
    assert result.exit_code == 1
    assert (
        "; 5 failed: seeds/a_empty.txt; seeds/b_empty.txt; seeds/c_empty.txt and 2 more; "
        in result.stdout.strip().splitlines()[-1]
    )
    # one left over is named rather than counted ("and 1 more" is longer than a name)
    (workdir / "seeds" / "e_empty.txt").unlink()
    four = runner.invoke(app, ["extract", "seeds"])
    assert (
        "; 4 failed: seeds/a_empty.txt; seeds/b_empty.txt; seeds/c_empty.txt; seeds/d_empty.txt; "
        in four.stdout.strip().splitlines()[-1]
    )


def test_make_without_seeds_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["make"])
    assert result.exit_code == 1
    assert "error: seeds: no such folder" in result.output


def test_help_lists_commands_with_examples() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("extract", "build", "make", "check"):
        assert command in result.output
        sub = runner.invoke(app, [command, "--help"])
        assert sub.exit_code == 0 and "Example: yaodian" in sub.output


def test_help_reads_as_words() -> None:
    """Command summaries whole (not cut with "..."), arguments by their metavar, no type names."""
    listed = runner.invoke(app, ["--help"], terminal_width=80).output
    summaries = listed[listed.index("Commands:") :].splitlines()[1:]
    assert [line.split(None, 1)[0] for line in summaries if line.strip()] == [
        "extract",
        "build",
        "make",
        "check",
        "sync",
        "preview",
        "stats",
    ]
    assert not [line for line in summaries if line.rstrip().endswith("...")], listed
    extract = runner.invoke(app, ["extract", "--help"], prog_name="yaodian", terminal_width=80).output
    assert extract.startswith("Usage: yaodian extract [OPTIONS] PATH...\n")
    assert "  PATH...  Source files or folders (searched recursively).  [required]" in extract
    stats = runner.invoke(app, ["stats", "--help"], terminal_width=80).output
    assert "  [PATH]...  Card YAML files or folders (default: cards/)." in stats
    for output in (listed, extract, stats):
        assert (
            "<list" not in output and "{" not in output and "<str>" not in output and "<path>" not in output
        )
    missing = runner.invoke(app, ["extract"])
    assert missing.exit_code == 2 and "Error: Missing argument 'PATH...'." in missing.output


def test_unchanged_rebuild_is_skipped_and_a_change_rebuilds(workdir: Path) -> None:
    assert runner.invoke(app, ["make"]).exit_code == 0
    package = workdir / "decks" / "要点.apkg"
    stamp = package.stat().st_mtime_ns
    again = runner.invoke(app, ["build"])
    assert again.exit_code == 0
    assert "build: nothing changed; decks/要点.apkg is up to date" in again.output
    assert package.stat().st_mtime_ns == stamp
    card_file = sorted((workdir / "cards").glob("*.yaml"))[0]
    card_file.write_text(card_file.read_text(encoding="utf-8") + "\n# 我的笔记\n", encoding="utf-8")
    changed = runner.invoke(app, ["build"])
    assert changed.exit_code == 0 and "notes," in changed.output
    assert runner.invoke(app, ["build", "--mode", "all"]).output.count("notes,") == 1  # options count too


def test_sources_with_the_same_stem_get_their_own_card_files(workdir: Path) -> None:
    article = (
        "会议提了三点要求:\n一、加强组织领导,确保落实。\n二、整合各方资源,形成合力。\n三、注重广泛宣传。\n"
    )
    docs = workdir / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(article, encoding="utf-8")
    (docs / "a.md").write_text(article.replace("组织", "思想"), encoding="utf-8")
    result = runner.invoke(app, ["extract", "docs"])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (workdir / "cards").glob("*.yaml"))
    assert names == ["a.txt.yaml", "a.yaml"]  # docs/ is read in name order: a.md first
    # a later run with one of them alone still finds its own file
    (docs / "a.md").unlink()
    again = runner.invoke(app, ["extract", "docs/a.txt"])
    assert again.exit_code == 0
    assert "cards 0 added, 0 updated, 0 kept, 0 removed" in again.output


def test_extract_output_is_line_oriented_in_pipes_with_a_timed_summary(workdir: Path) -> None:
    result = runner.invoke(app, ["extract", "seeds"])
    lines = result.output.strip().splitlines()
    assert all("->" in line for line in lines[:-1])
    assert re.fullmatch(
        r"extract: 2 documents read; cards \d+ added, 0 updated, 0 kept, 0 removed, 0 unchanged; 0 failed; [\d.]+ s",
        lines[-1],
    )
    quiet = runner.invoke(app, ["extract", "seeds"])
    assert quiet.output.count("->") == 0  # nothing changed: only the summary


def test_written_files_get_ordinary_permissions(workdir: Path) -> None:
    assert runner.invoke(app, ["make"]).exit_code == 0
    mask = os.umask(0)
    os.umask(mask)
    for path in [*(workdir / "cards").glob("*.yaml"), workdir / "decks" / "要点.apkg"]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask, path


def test_same_name_in_two_folders_and_a_file_named_twice(workdir: Path) -> None:
    article = (
        "会议提了三点要求:\n一、加强组织领导,确保落实。\n二、整合各方资源,形成合力。\n三、注重广泛宣传。\n"
    )
    for folder in ("a", "b"):
        (workdir / folder).mkdir()
        (workdir / folder / "x.txt").write_text(article, encoding="utf-8")  # the same text twice
    first = runner.invoke(app, ["extract", "a", "b", "a/x.txt"])
    assert first.exit_code == 0, first.output
    assert sorted(p.name for p in (workdir / "cards").glob("*.yaml")) == ["x.txt.yaml", "x.yaml"]
    assert runner.invoke(app, ["check"]).exit_code == 0  # no id is used twice
    again = runner.invoke(app, ["extract", "b"])  # b alone still finds its own file
    assert "removed" not in again.output.replace("0 removed", "")
    assert "cards 0 added, 0 updated, 0 kept, 0 removed" in again.output


def test_nothing_to_read_is_an_error(workdir: Path) -> None:
    (workdir / "empty").mkdir()
    result = runner.invoke(app, ["extract", "empty"])
    assert result.exit_code == 1
    assert "error: no documents to read in empty" in result.output
    assert not (workdir / "cards").exists()  # nothing made, not even an empty folder


def test_cards_check_would_refuse_are_left_out_with_a_warning(workdir: Path) -> None:
    docs = workdir / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(
        "会议提了三点要求:\n一、加强{{c1::组织}}领导,确保落实。\n二、整合各方资源,形成合力。\n三、注重广泛宣传。\n",
        encoding="utf-8",
    )
    for _ in range(2):  # also when the source is skipped as unchanged: the warning stands
        result = runner.invoke(app, ["extract", "docs"])
        assert (
            "warning: docs/a.txt:2: card left out: an item holds a stray '}}'; items take no cloze markup: remove it"
            in result.output
        )
    assert "1 unchanged since the last extract (skipped)" in result.output
    check = runner.invoke(app, ["check"])
    assert check.exit_code == 0, check.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["build", "--deck-root", "a::b"],
            "error: --deck-root must be a deck name without '::', '/' or '\\'",
        ),
        (
            ["build", "--deck-root", "../escape"],
            "error: --deck-root must be a deck name without '::', '/' or '\\'",
        ),
        (["build", "--out", "seeds/blocker"], "error: seeds/blocker: cannot write: File exists"),
        (["preview", "--html", "seeds/blocker/p.html"], "error: seeds/blocker/p.html: cannot write:"),
        (["extract", "seeds", "--cards", "seeds/blocker"], "error: seeds/blocker: cannot write: File exists"),
    ],
)
def test_unwritable_places_and_bad_options_give_one_line(
    workdir: Path, args: list[str], message: str
) -> None:
    assert runner.invoke(app, ["make"]).exit_code == 0
    (workdir / "seeds" / "blocker").write_text("a file where a folder should be", encoding="utf-8")
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_config_that_is_not_utf8(workdir: Path) -> None:
    (workdir / "yaodian.toml").write_bytes('deck_root = "复习"\n'.encode("gbk"))
    result = runner.invoke(app, ["build"])
    assert result.exit_code == 1
    assert result.output == "error: yaodian.toml: not UTF-8 text: save the file as UTF-8\n"


def test_config_errors_name_the_file_as_seen_from_the_working_folder(workdir: Path) -> None:
    (workdir / "yaodian.toml").write_text('mode = "both"\ndeckroot = "复习"\n', encoding="utf-8")
    result = runner.invoke(app, ["build"])
    assert result.exit_code == 1
    assert result.output == "error: yaodian.toml:2: unknown setting 'deckroot' (allowed: deck_root, mode)\n"


def test_check_only_reads(workdir: Path) -> None:
    assert runner.invoke(app, ["extract", "seeds"]).exit_code == 0
    (workdir / "cards" / ".yaodian-cache.json").unlink()
    assert runner.invoke(app, ["check"]).exit_code == 0
    assert not (workdir / "cards" / ".yaodian-cache.json").exists()


def test_console_script_turns_an_unexpected_os_error_into_one_line(tmp_path: Path) -> None:
    (tmp_path / "cards").write_text("not a folder", encoding="utf-8")
    (tmp_path / "a.txt").write_text(
        "会议提了三点要求:\n一、加强组织领导。\n二、整合各方资源。\n", encoding="utf-8"
    )
    done = subprocess.run(
        [sys.executable, "-c", "from yaodian.cli import main; main()", "extract", "a.txt"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) >= 1 and all(line.startswith("error: ") for line in lines), done.stderr
    assert "Traceback" not in done.stderr


def test_console_script_ends_a_ctrl_c_before_the_command_in_one_line(tmp_path: Path) -> None:
    # Ctrl-C early (while typer builds the commands, before a command's own handler) raised
    # KeyboardInterrupt out of main() with a traceback; the stand-in app raises it there
    script = (
        "from yaodian import cli\n"
        "def interrupted():\n"
        "    raise KeyboardInterrupt\n"
        "cli.app = interrupted\n"
        "cli.main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stderr) == (130, "interrupted\n")


def test_titles_with_brackets_are_shown_as_written(workdir: Path) -> None:
    (workdir / "docs").mkdir()
    (workdir / "docs" / "a.txt").write_text(
        "通知[/]说明[b]要点\n会议提了三点要求:\n一、加强组织领导,确保落实。\n二、整合各方资源,形成合力。\n",
        encoding="utf-8",
    )
    assert runner.invoke(app, ["extract", "docs"]).exit_code == 0
    for command in (["stats"], ["preview"]):
        result = runner.invoke(app, command)
        assert result.exit_code == 0, result.output
        assert "通知[/]说明[b]要点" in result.output.replace("\n", "").replace("│", "").replace(" ", "")


def test_extract_again_reports_unchanged_sources_the_same_with_or_without_force(workdir: Path) -> None:
    first = runner.invoke(app, ["extract", "seeds"])
    assert first.exit_code == 0, first.output
    added = int(re.search(r"cards (\d+) added", first.output).group(1))
    for args, read in (
        (["extract", "seeds"], "0 documents read, 2 unchanged since the last extract (skipped);"),
        (["extract", "seeds", "--force"], "2 documents read;"),
    ):
        again = runner.invoke(app, args)
        assert again.exit_code == 0, again.output
        assert (
            f"{read} cards 0 added, 0 updated, 0 kept, 0 removed, {added} unchanged; 0 failed" in again.output
        )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_named_as_a_source_is_refused_not_read(workdir: Path) -> None:
    """Reading a pipe would block for ever (it waits for a writer): extract names it and goes on."""
    os.mkfifo(workdir / "pipe.txt")
    shutil.copy(next((workdir / "seeds").iterdir()), workdir / "a.txt")
    run = subprocess.run(
        [sys.executable, "-m", "yaodian", "extract", "pipe.txt", "a.txt"],
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 1
    assert "error: pipe.txt: not a regular file" in run.stderr
    assert "extract: 1 document read" in run.stdout


def test_symbolic_links_in_a_folder_are_read_or_skipped_with_a_line(workdir: Path) -> None:
    seeds = workdir / "seeds"
    first = sorted(seeds.iterdir())[0]
    (workdir / "elsewhere").mkdir()
    shutil.move(first, workdir / "elsewhere" / first.name)
    (seeds / first.name).symlink_to(workdir / "elsewhere" / first.name)  # a link to a file: read
    (seeds / "folder").symlink_to(workdir / "elsewhere")
    (seeds / "gone.txt").symlink_to(workdir / "nowhere.txt")
    (seeds / "loop1.txt").symlink_to(seeds / "loop2.txt")
    (seeds / "loop2.txt").symlink_to(seeds / "loop1.txt")
    second = sorted(seeds.glob("*_*.txt"))[-1]
    (seeds / "000_twin.txt").symlink_to(second)  # a link to a file of the folder, met before it
    (seeds / "zzz_twin.txt").symlink_to(second)  # and one met after it
    result = runner.invoke(app, ["extract", "seeds"])
    assert result.exit_code == 0, result.output
    assert [line for line in result.output.splitlines() if line.startswith("skip:")] == [
        f"skip: seeds/000_twin.txt: symbolic link to seeds/{second.name}, which is read already",
        "skip: seeds/folder: symbolic link to a folder, not followed (name the folder itself to read it)",
        "skip: seeds/gone.txt: symbolic link to nothing (its target is missing)",
        "skip: seeds/loop1.txt: symbolic link loop",
        "skip: seeds/loop2.txt: symbolic link loop",
        f"skip: seeds/zzz_twin.txt: symbolic link to seeds/{second.name}, which is read already",
    ]
    assert "extract: 2 documents read" in result.output
    assert not (workdir / "cards" / "000_twin.yaml").exists()


def test_a_symbolic_link_loop_named_as_a_source_is_one_error_line(workdir: Path) -> None:
    (workdir / "a.txt").symlink_to(workdir / "b.txt")
    (workdir / "b.txt").symlink_to(workdir / "a.txt")
    result = runner.invoke(app, ["extract", "a.txt", "seeds"])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.output.splitlines()[0] == "error: a.txt: symbolic link loop"
    assert "extract: 2 documents read" in result.output


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ("'{{c1::参谋机构}}'", "an item is clozed whole; remove the '{{' '}}' markup"),
        (
            "统战部是{{c1::参谋机构}}",
            "an item holds cloze markup '{{c1::…}}'; items are clozed whole: remove it, or make the card a cloze card",
        ),
        ("统战部是{{c2::参谋机构", "an item holds a stray '{{c2::'; items take no cloze markup: remove it"),
        ("参谋机构}}", "an item holds a stray '}}'; items take no cloze markup: remove it"),
        ("'{{参谋机构'", "an item holds a stray '{{'; items take no cloze markup: remove it"),
    ],
)
def test_cloze_markup_inside_a_list_item_is_named_as_it_is(workdir: Path, item: str, message: str) -> None:
    (workdir / "cards").mkdir()
    (workdir / "cards" / "a.yaml").write_text(
        f"source: a.txt\ntitle: t\ndeck: 要点::t\ncards:\n- id: x1\n  type: list\n  prompt: p\n  items:\n  - 组织协调机构\n"
        f"  - {item}\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["check"])
    assert (result.exit_code, result.output.splitlines()[0]) == (1, f"error: cards/a.yaml:10: {message}")


def test_a_lost_state_is_rebuilt_with_one_warning(workdir: Path) -> None:
    assert runner.invoke(app, ["extract", "seeds"]).exit_code == 0
    (workdir / "cards" / ".yaodian-state.json").write_text('{"files": {', encoding="utf-8")
    result = runner.invoke(app, ["extract", "seeds"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == (
        "warning: cards/.yaodian-state.json: not a state file (empty or damaged JSON); rebuilt from the card "
        "files, whose stamps tell your edits apart; cards you deleted may come back: delete them again"
    )
    assert re.search(r"cards 0 added, 0 updated, 0 kept, 0 removed, \d+ unchanged", result.output)
    again = runner.invoke(app, ["extract", "seeds", "--force"])
    assert "warning" not in again.output and "0 kept" in again.output


_HUNDRED = (
    "title: t\ndeck: 要点::t\ncards:\n  - id: a1\n    type: list\n    prompt: 两点（2项）\n"
    "    items: [甲, 乙]\n    clozes: [1, 100]\n"
)


@pytest.mark.parametrize("how", ["option", "yaodian.toml"])
def test_check_refuses_what_build_refuses_in_the_mode_build_uses(workdir: Path, how: str) -> None:
    (workdir / "cards").mkdir()
    (workdir / "cards" / "t.yaml").write_text(_HUNDRED, encoding="utf-8")
    assert runner.invoke(app, ["check"]).exit_code == 0  # mode each: number 100 is an item's like any
    options = ["--mode", "both"] if how == "option" else []
    if how == "yaodian.toml":
        (workdir / "yaodian.toml").write_text('mode = "both"\n', encoding="utf-8")
    check = runner.invoke(app, ["check", *options])
    build = runner.invoke(app, ["build", *options])
    line = (
        "error: cards/t.yaml:4: cloze number 100 is kept for the card of mode both that hides every item: "
        "give item 2 another number in clozes, or use mode each\n"
    )
    assert (check.exit_code, check.output) == (1, line + "check: 1 problem in cards\n")
    assert (build.exit_code, build.output) == (1, line + "build: 1 problem; nothing written\n")


def test_a_source_name_near_the_file_system_limit_gets_its_card_file(workdir: Path) -> None:
    # 81 Han characters and '.txt': 247 bytes; the card file's name, 248, still fits in 255
    source = workdir / ("很长的文件名" + "长" * 75 + ".txt")
    shutil.copy(next((workdir / "seeds").iterdir()), source)
    result = runner.invoke(app, ["extract", source.name])
    assert result.exit_code == 0, result.output
    assert [p.name for p in (workdir / "cards").glob("*.yaml")] == [source.stem + ".yaml"]
    assert not [p for p in (workdir / "cards").iterdir() if p.name.endswith(".tmp")]


def test_documents_that_give_no_cards_get_a_note_each_and_exit_0(workdir: Path) -> None:
    shutil.copytree(Path(__file__).parent / "data" / "no_cards", workdir / "few")
    for _run in ("extract", "again, skipped as unchanged"):
        result = runner.invoke(app, ["extract", "few"])
        assert result.exit_code == 0, result.output
        assert result.output.splitlines()[:2] == [
            "note: few/script_page.html: no cards found (the page holds 13 characters of text; a page that "
            "fills in its text with JavaScript has none until a browser runs it: save it from the browser "
            "once it has loaded)",
            "note: few/title_only.txt: no cards found (the text is one short line: a title without its body?)",
        ]


def test_extract_of_the_project_folder_passes_over_its_own_files_in_silence(workdir: Path) -> None:
    assert runner.invoke(app, ["make"]).exit_code == 0
    (workdir / "yaodian.toml").write_text('mode = "each"\n', encoding="utf-8")
    (workdir / "notes.xyz").write_text("not a document", encoding="utf-8")
    result = runner.invoke(app, ["extract", "."])
    assert result.exit_code == 0, result.output
    assert [line for line in result.output.splitlines() if line.startswith("skip:")] == [
        "skip: notes.xyz: unsupported file type (.xyz)"
    ]


# A speech of our own: one heading's sentence gives a cloze card the tests below edit.
_SPEECH = (
    "关于加强作风建设的几点思考\n\n作风建设永远在路上。各级党组织要把作风建设摆在突出位置。\n\n"
    "一、坚持以上率下\n\n领导干部要带头转变作风，做到“三个带头”：带头调查研究、带头解决问题、带头遵规守纪。\n\n"
    "二、坚持问题导向\n\n要聚焦形式主义、官僚主义、享乐主义等突出问题，拿出过硬举措。\n\n"
    "三、坚持常抓常严\n\n要建立健全长效机制，推动作风建设常态化、制度化、规范化。\n"
)


def _speech(workdir: Path) -> tuple[Path, Path]:
    docs = workdir / "docs"
    docs.mkdir()
    source = docs / "作风.txt"
    source.write_text(_SPEECH, encoding="utf-8")
    assert runner.invoke(app, ["extract", "docs"]).exit_code == 0
    return source, workdir / "cards" / "作风.yaml"


def _card_id(card_file: Path, words: str) -> str:
    text = card_file.read_text(encoding="utf-8")
    return re.findall(r"- id: (\w+)", text[: text.index(words)])[-1]


def test_an_edited_card_whose_source_changed_is_named_once_and_can_take_the_source(workdir: Path) -> None:
    source, card_file = _speech(workdir)
    card_id = _card_id(card_file, "拿出过硬举措")
    text = card_file.read_text(encoding="utf-8")
    card_file.write_text(text.replace("拿出过硬举措。", "拿出过硬举措（我的笔记）。"), encoding="utf-8")
    source.write_text(_SPEECH.replace("过硬举措", "务实举措"), encoding="utf-8")
    notice = f"  kept {card_id}: edited by you; the source now says: "
    # what the source says now, and the words it changed, so the learner need not look for them
    says = "要聚焦形式主义、官僚主义、享乐主义等突出问题，拿出务实举措。 (changed: 过硬 → 务实)"
    take = (
        "  your version is kept (said once: again only if the source changes again); "
        f"`yaodian extract docs/作风.txt --take-source {card_id}` takes the source's"
    )

    first = runner.invoke(app, ["extract", "docs"])
    assert first.exit_code == 0, first.output
    assert [notice + says, take] == first.output.splitlines()[1:3]
    # not again on the next runs that read the source again
    for _ in range(2):
        again = runner.invoke(app, ["extract", "docs", "--force"])
        assert again.exit_code == 0, again.output
        assert notice not in again.output
        assert "cards 0 added, 0 updated, 1 kept, 0 removed" in again.output
    skipped = runner.invoke(app, ["extract", "docs"])
    assert "->" not in skipped.output  # a skipped source changed nothing: no line of its own
    # nor a count in the summary that no line names: its cards are unchanged
    assert (
        "0 documents read, 1 unchanged since the last extract (skipped); cards 0 added, 0 updated, 0 kept"
        in (skipped.output)
    )
    # said again when the source changes again
    source.write_text(_SPEECH.replace("过硬举措", "有力举措"), encoding="utf-8")
    assert notice in runner.invoke(app, ["extract", "docs"]).output

    taken = runner.invoke(app, ["extract", "docs", "--take-source", card_id, "--take-source", "0000000000"])
    assert taken.exit_code == 0, taken.output
    assert f"  updated {card_id}: your version replaced by the source's (--take-source)" in taken.output
    assert (
        "warning: --take-source 0000000000: no card of yours (edited or deleted) with this id "
        "that these documents still give" in taken.output
    )
    text = card_file.read_text(encoding="utf-8")
    assert "拿出有力举措。" in text and "我的笔记" not in text
    assert _card_id(card_file, "拿出有力举措") == card_id  # the same card: same id, same Anki note
    # the card is yaodian's again: it follows the source
    source.write_text(_SPEECH, encoding="utf-8")
    follows = runner.invoke(app, ["extract", "docs"])
    assert "cards 0 added, 1 updated, 0 kept" in follows.output
    assert "拿出过硬举措。" in card_file.read_text(encoding="utf-8")


def test_the_notice_command_runs_and_takes_the_source(workdir: Path) -> None:
    """The command the notice gives is run as it is printed (it names the source: extract needs one)."""
    source, card_file = _speech(workdir)
    card_id = _card_id(card_file, "拿出过硬举措")
    card_file.write_text(
        card_file.read_text(encoding="utf-8").replace("拿出过硬举措。", "拿出过硬举措（我的笔记）。"),
        encoding="utf-8",
    )
    source.write_text(_SPEECH.replace("过硬举措", "务实举措"), encoding="utf-8")
    said = runner.invoke(app, ["extract", "docs"]).output
    (command,) = re.findall(r"`(yaodian extract [^`]+)` takes the source's", said)
    taken = runner.invoke(app, shlex.split(command)[1:])
    assert taken.exit_code == 0, taken.output
    assert f"  updated {card_id}: your version replaced by the source's (--take-source)" in taken.output
    assert "拿出务实举措。" in card_file.read_text(encoding="utf-8")


# A lesson of our own: its list of three methods gives a list card the learner rewrites.
_METHODS = (
    "谈谈议论文的论证方法\n\n论证是文章的筋骨。\n\n一、论证方法\n\n写议论文时，常用的论证方法有三种：\n"
    "1. 举例论证：用典型事例证明观点，比如身边的先进人物；\n2. 道理论证：引用名言警句和理论层层说理；\n"
    "3. 对比论证：把正反两面放在一起比较，比如先进与落后。\n\n二、注意事项\n\n论据要真实可信，分析要紧扣论点。\n"
)
_METHOD_ITEMS = "  items:\n  - 举例论证\n  - 道理论证\n  - 对比论证\n"
_MY_METHOD_ITEMS = "  items:\n  - 摆事实\n  - 讲道理\n  - 作对比\n"


def test_a_list_the_learner_rewrote_stays_one_card_when_a_word_of_its_source_changes(workdir: Path) -> None:
    """The learner rewrote every item of a list card, so it reads like nothing the source gives;
    then a word of one item changes in the source. The card is still the one the source's new
    list was extracted from: kept as the learner wrote it, with a note of the changed words, and
    not said dropped beside a copy of the source's list added anew."""
    docs = workdir / "docs"
    docs.mkdir()
    source, card_file = docs / "论证.txt", workdir / "cards" / "论证.yaml"
    source.write_text(_METHODS, encoding="utf-8")
    assert runner.invoke(app, ["extract", "docs"]).exit_code == 0
    card_id = _card_id(card_file, "常用的论证方法")
    text = card_file.read_text(encoding="utf-8")
    assert _METHOD_ITEMS in text
    card_file.write_text(text.replace(_METHOD_ITEMS, _MY_METHOD_ITEMS), encoding="utf-8")
    source.write_text(_METHODS.replace("对比论证", "对照论证"), encoding="utf-8")

    result = runner.invoke(app, ["extract", "docs"])
    assert result.exit_code == 0, result.output
    assert (
        f"  kept {card_id}: edited by you; the source now says: 常用的论证方法有三种（3项）：举例论证 / 道理论证 / "
        "对照论证 (changed: 对比 → 对照)"
    ) in result.output.splitlines()
    assert "no longer has it" not in result.output
    assert "cards 0 added, 1 updated, 1 kept, 0 removed" in result.output  # (the sentence's cloze updated)
    lists = [card for card in load_card_file(card_file).cards if card.type == "list"]
    assert [(card.id, card.items) for card in lists] == [(card_id, ["摆事实", "讲道理", "作对比"])]
    # the next runs know the card: nothing to say, nothing added
    again = runner.invoke(app, ["extract", "docs", "--force"])
    assert "cards 0 added, 0 updated, 1 kept, 0 removed" in again.output and "  kept" not in again.output
    assert [card.id for card in load_card_file(card_file).cards if card.type == "list"] == [card_id]


def test_an_edited_card_whose_sentence_the_source_dropped_is_named_once(workdir: Path) -> None:
    """The learner's version stays (it is theirs), but they learn that the source no longer has it."""
    source, card_file = _speech(workdir)
    card_id = _card_id(card_file, "拿出过硬举措")
    text = card_file.read_text(encoding="utf-8")
    card_file.write_text(text.replace("拿出过硬举措。", "拿出过硬举措（我的笔记）。"), encoding="utf-8")
    source.write_text(
        _SPEECH.replace(
            "要聚焦形式主义、官僚主义、享乐主义等突出问题，拿出过硬举措。", "要坚持问题导向，久久为功。"
        ),
        encoding="utf-8",
    )
    note = f"  kept {card_id}: edited by you; the source no longer has it (your card stays: delete it if it should go)"
    first = runner.invoke(app, ["extract", "docs"])
    assert first.exit_code == 0, first.output
    assert note in first.output.splitlines()
    assert "--take-source" not in first.output  # the source has no version of it to take
    assert "我的笔记" in card_file.read_text(encoding="utf-8")
    again = runner.invoke(app, ["extract", "docs", "--force"])
    assert "  kept " not in again.output


# Eight sections, each asking its own three-part set in a sentence with the same ending.
_SETS = [
    "学理论、悟原理、强党性",
    "抓班子、带队伍、促发展",
    "建机制、强监督、严考核",
    "访民情、解民忧、暖民心",
]
_SETS += [
    "守纪律、讲规矩、重品行",
    "敢担当、善作为、勇创新",
    "重实干、求实效、出实绩",
    "节用度、戒奢华、倡简朴",
]
_MANY_SETS = "关于改进作风的几点要求\n\n" + "".join(
    f"{number}、第{number}项要求\n\n各级领导干部要切实做到{members}，以实际行动取信于民。\n\n"
    for number, members in zip("一二三四五六七八", _SETS, strict=True)
)


def test_many_edited_cards_whose_source_changed_name_the_first_few_then_how_to_see_all(workdir: Path) -> None:
    """After a big source edit, a note for each of 8 edited cards would flood the terminal: the
    first 5 are named, then a line says how many more and the command that names them all."""
    docs = workdir / "docs"
    docs.mkdir()
    source = docs / "要求.txt"
    source.write_text(_MANY_SETS, encoding="utf-8")
    assert runner.invoke(app, ["extract", "docs"]).exit_code == 0
    card_file = workdir / "cards" / "要求.yaml"
    text = card_file.read_text(encoding="utf-8")
    edited = re.sub(
        r"(?m)^(  text: .*)切实做到(.*\}\}、\{\{c2::.*)$", r"\1真正做到\2", text
    )  # member by member
    assert edited.count("真正做到") == 8
    card_file.write_text(edited, encoding="utf-8")
    source.write_text(_MANY_SETS.replace("取信于民", "赢得民心"), encoding="utf-8")

    for dry_run, again in (
        (["--dry-run"], "--dry-run --all-changes` names them all"),
        ([], "--all-changes` names them all, a plain rerun the next 3"),
    ):
        output = runner.invoke(app, ["extract", "docs", *dry_run]).output
        notes = [line for line in output.splitlines() if line.startswith("  kept ")]
        assert len(notes) == 5, output
        assert notes[0].endswith(
            "the source now says: 各级领导干部要切实做到学理论、悟原理、强党性，以实际行动赢得民心。 "
            "(changed: 取信于民 → 赢得民心)"
        )
        assert (
            f"  … and 3 more cards of yours whose source changed: `yaodian extract docs/要求.txt {again}"
        ) in output.splitlines()
        assert "--take-source ID` (ID: a card above; repeatable) takes the source's" in output
    # the three not named yet are named by the command given, and by a plain rerun (the source
    # is not skipped while they wait), then none is named again
    listed = runner.invoke(app, ["extract", "docs/要求.txt", "--dry-run", "--all-changes"]).output
    assert sum(line.startswith("  kept ") for line in listed.splitlines()) == 3, listed
    rest = runner.invoke(app, ["extract", "docs"]).output
    assert sum(line.startswith("  kept ") for line in rest.splitlines()) == 3, rest
    assert "more cards of yours" not in rest
    assert (
        "0 documents read, 1 unchanged since the last extract (skipped)"
        in runner.invoke(app, ["extract", "docs"]).output
    )
    quiet = runner.invoke(app, ["extract", "docs", "--force"]).output
    assert "  kept " not in quiet and "cards 0 added, 0 updated, 8 kept" in quiet


def test_the_notice_command_names_the_card_folder_and_encoding_of_the_run(workdir: Path) -> None:
    """Run as printed, the command takes the source into the card folder the learner extracted
    into (it named only the source, so it wrote a new card file under cards/)."""
    docs = workdir / "docs"
    docs.mkdir()
    source = docs / "作风.txt"
    source.write_text(_SPEECH, encoding="utf-8")
    folder = ["--cards", "my cards", "--encoding", "utf-8"]
    assert runner.invoke(app, ["extract", "docs", *folder]).exit_code == 0
    card_file = workdir / "my cards" / "作风.yaml"
    card_id = _card_id(card_file, "拿出过硬举措")
    card_file.write_text(
        card_file.read_text(encoding="utf-8").replace("拿出过硬举措。", "拿出过硬举措（我的笔记）。"),
        encoding="utf-8",
    )
    source.write_text(_SPEECH.replace("过硬举措", "务实举措"), encoding="utf-8")
    said = runner.invoke(app, ["extract", "docs", *folder]).output
    (command,) = re.findall(r"`(yaodian extract [^`]+)` takes the source's", said)
    assert (
        command
        == f"yaodian extract docs/作风.txt --cards 'my cards' --encoding utf-8 --take-source {card_id}"
    )
    taken = runner.invoke(app, shlex.split(command)[1:])
    assert taken.exit_code == 0, taken.output
    assert "拿出务实举措。" in card_file.read_text(encoding="utf-8")
    assert not (workdir / "cards").exists()


@pytest.mark.parametrize(
    ("slip", "said"),
    [
        (
            ("拿出过硬举措。", "拿出过硬举措。注意: 要背"),
            "the value of 'text' holds ': ', which YAML reads as the start of another key: put the value "
            "in quotes (text: '要聚焦{{c1::形式主义}}、…') or write the colon as '：'",
        ),
        (
            ("  type: cloze\n  text: 要聚焦", "  type: cloze\n\ttext: 要聚焦"),
            "a tab indents this line, and YAML indents with spaces only: replace it with spaces",
        ),
        (
            ("text: 要聚焦{{c1::形式主义}}", "text: {{c1::形式主义}}"),
            "a value that starts with '{' (as one that opens with a gap {{c1::…}} does) must be in quotes, "
            "since YAML reads '{' there as markup: text: '{{c1::形式主义}}、…'",
        ),
        (
            ("  type: cloze", "\ttype: cloze"),  # libyaml: "found character that cannot start any token"
            "a tab indents this line, and YAML indents with spaces only: replace it with spaces",
        ),
        (
            ("  - 带头调查研究", "  -\t带头调查研究"),
            "a tab after '-' on this line: YAML wants a space after a list's '-', never a tab",
        ),
        (
            ("  type: cloze", "    type: cloze"),
            "this line stands further in than the line above it: line it up with the lines above",
        ),
        (
            ("  text: 各级党组织", " text: 各级党组织"),
            "this line stands further out than the line above it: line it up with the lines above",
        ),
        (
            ("拿出过硬举措。", "拿出过硬举措。\n  - 坚持守正创新"),
            "a list entry here, among the card's keys: indent it under 'items:', or make it part of the text above",
        ),
        (
            ("  - 带头调查研究", "  - [重点] 带头调查研究"),
            "an item that starts with '[' must be in quotes, since YAML reads '[' there as markup: "
            "- '[重点] 带头调查研究'",
        ),
        # a bracket never closed: the parser stops lines below, at a healthy `extra: |-`
        (
            ("  - 带头调查研究", "  - 带头调查研究: [待补"),
            "this item holds ': ', which YAML reads as a key, and then the '[' after it as markup: put "
            "the item in quotes (- '带头调查研究: [待补') or write the colon as '：'",
        ),
        (
            ("  - 带头调查研究", "  - [待补 带头调查研究"),
            "an item that starts with '[' must be in quotes, since YAML reads '[' there as markup: "
            "- '[待补 带头调查研究'",
        ),
    ],
    ids=[
        "colon",
        "tab",
        "gap first",
        "tab before a key",
        "tab after -",
        "further in",
        "further out",
        "entry among keys",
        "item starts with [",
        "[ after a colon, never closed",
        "item starts with [, never closed",
    ],
)
def test_a_hand_edit_that_breaks_the_yaml_is_said_in_plain_words_with_the_fix(
    workdir: Path, slip: tuple[str, str], said: str
) -> None:
    """check, build and extract name the file and line of a YAML slip, with what to do about it."""
    _source, card_file = _speech(workdir)
    text = card_file.read_text(encoding="utf-8")
    assert slip[0] in text
    broken = text.replace(slip[0], slip[1], 1)
    card_file.write_text(broken, encoding="utf-8")
    line = 1 + broken[: broken.index(slip[1])].count("\n") + slip[1].count("\n")  # the slip's last line
    error = f"error: cards/作风.yaml:{line}: YAML syntax: {said}"
    checked = runner.invoke(app, ["check"])
    assert checked.exit_code == 1
    assert checked.output.splitlines()[0] == error
    extracted = runner.invoke(app, ["extract", "docs", "--force"])
    assert f"{error} (fix it first; the file was left as it is)" in extracted.output.splitlines()
    # the summary names the card file at fault, not the source it was made from
    assert "; 1 failed: cards/作风.yaml; " in extracted.stdout.strip().splitlines()[-1]


def test_an_edited_list_card_whose_source_changed_only_its_extra_says_where(workdir: Path) -> None:
    """The source changed the sentence a list card keeps as its extra, not its prompt or items:
    the note shows the changed words of the extra (it showed the prompt and items, all as before)."""
    source, card_file = _speech(workdir)
    card_id = _card_id(card_file, "带头调查研究")
    text = card_file.read_text(encoding="utf-8")
    card_file.write_text(text.replace("  - 带头调查研究\n", "  - 带头调查研究（我的）\n"), encoding="utf-8")
    source.write_text(_SPEECH.replace("带头转变作风", "带头改进作风"), encoding="utf-8")
    extracted = runner.invoke(app, ["extract", "docs"])
    assert extracted.exit_code == 0, extracted.output
    assert (
        f"  kept {card_id}: edited by you; the source changed the card's extra (the full text): "
        "领导干部要带头改进作风，做到“三个带头”：带头调查研究、带头解决问题、带头遵规守… (changed: 转变 → 改进)"
    ) in extracted.output.splitlines()


def test_a_c0_is_reported_once(workdir: Path) -> None:
    """`{{c0::…}}` is one slip: its error, not also a warning that c1 is skipped."""
    _source, card_file = _speech(workdir)
    text = card_file.read_text(encoding="utf-8")
    card_file.write_text(text.replace("{{c1::形式主义}}", "{{c0::形式主义}}"), encoding="utf-8")
    checked = runner.invoke(app, ["check"])
    assert checked.exit_code == 1
    assert checked.output.splitlines() == [
        f"error: cards/作风.yaml:{_line_of(card_file, '{{c0::')}: cloze numbers start at c1, not c0",
        "check: 1 problem in cards",
    ]


def test_a_comment_in_a_value_is_warned_of(workdir: Path) -> None:
    """` #重点` after a value is a YAML comment: the text loses it without a word unless check says so."""
    _source, card_file = _speech(workdir)
    text = card_file.read_text(encoding="utf-8")
    card_file.write_text(text.replace("拿出过硬举措。", "拿出过硬举措。 #重点"), encoding="utf-8")
    checked = runner.invoke(app, ["check"])
    assert checked.exit_code == 0
    assert checked.output.splitlines() == [
        f"warning: cards/作风.yaml:{_line_of(card_file, '#重点')}: YAML reads '#重点' as a comment and "
        "leaves it out of the value: put the value in quotes if it belongs to the text",
        "check: 1 file, 8 cards, no problems (1 warning)",
    ]


def _line_of(card_file: Path, words: str) -> int:
    text = card_file.read_text(encoding="utf-8")
    return 1 + text[: text.index(words)].count("\n")


def test_take_source_of_a_card_yaodian_owns_changes_nothing_and_warns(workdir: Path) -> None:
    """A card nobody edited has no version of the learner's to replace: unchanged, and the id is named."""
    _source, card_file = _speech(workdir)
    card_id = _card_id(card_file, "拿出过硬举措")
    before = card_file.read_text(encoding="utf-8")
    taken = runner.invoke(app, ["extract", "docs", "--take-source", card_id])
    assert taken.exit_code == 0, taken.output
    assert "cards 0 added, 0 updated, 0 kept, 0 removed" in taken.output
    assert "your version replaced" not in taken.output
    assert (
        f"warning: --take-source {card_id}: no card of yours (edited or deleted) with this id "
        "that these documents still give" in taken.output
    )
    assert card_file.read_text(encoding="utf-8") == before


def test_a_deleted_card_stays_deleted_until_take_source_brings_it_back(workdir: Path) -> None:
    _source, card_file = _speech(workdir)
    card_id = _card_id(card_file, "拿出过硬举措")
    lines = card_file.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if card_id in line)
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("- id:"))
    card_file.write_text("".join(lines[:start] + lines[end:]), encoding="utf-8")

    forced = runner.invoke(app, ["extract", "docs", "--force"])
    assert "cards 0 added" in forced.output and card_id not in card_file.read_text(encoding="utf-8")
    back = runner.invoke(app, ["extract", "docs", "--take-source", card_id])
    assert back.exit_code == 0, back.output
    assert f"  added {card_id}: deleted by you, back from the source (--take-source)" in back.output
    assert f"- id: {card_id}" in card_file.read_text(encoding="utf-8")


def test_a_deleted_card_is_reported_once(workdir: Path) -> None:
    """The first extract after the learner deleted a card says so (it said nothing, as if no card
    were gone); the next ones do not."""
    _source, card_file = _speech(workdir)
    card_id = _card_id(card_file, "拿出过硬举措")
    lines = card_file.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if card_id in line)
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("- id:"))
    card_file.write_text("".join(lines[:start] + lines[end:]), encoding="utf-8")

    first = runner.invoke(app, ["extract", "docs"])
    assert first.exit_code == 0, first.output
    assert first.output.splitlines()[0] == (
        "docs/作风.txt -> cards/作风.yaml: 0 added, 0 updated, 0 kept (edited by you), 0 removed, "
        "7 unchanged, 1 deleted by you (kept deleted)"
    )
    assert first.output.splitlines()[1].startswith(
        "extract: 1 document read; cards 0 added, 0 updated, 0 kept, 0 removed, 7 unchanged, "
        "1 deleted by you (kept deleted); 0 failed;"
    )
    for again in (
        runner.invoke(app, ["extract", "docs"]),
        runner.invoke(app, ["extract", "docs", "--force"]),
    ):
        assert again.exit_code == 0, again.output
        assert "deleted" not in again.output
        assert card_id not in card_file.read_text(encoding="utf-8")


def test_a_card_of_the_learner_s_own_is_counted(workdir: Path) -> None:
    """A card the learner added by hand is counted in the file's line and the summary ("yours"), so
    the counts add up to the file's cards; a skipped source counts it as unchanged."""
    _source, card_file = _speech(workdir)
    with card_file.open("a", encoding="utf-8") as out:
        out.write("- id: my-own-1\n  type: cloze\n  text: 改作风要从{{c1::小事}}做起。\n")
    first = runner.invoke(app, ["extract", "docs"])
    assert first.exit_code == 0, first.output
    assert first.output.splitlines()[0] == (
        "docs/作风.txt -> cards/作风.yaml: 0 added, 0 updated, 0 kept (edited by you), "
        "1 yours (not in the source), 0 removed, 8 unchanged"
    )
    assert "cards 0 added, 0 updated, 0 kept, 1 yours, 0 removed, 8 unchanged;" in first.output
    skipped = runner.invoke(app, ["extract", "docs"])
    assert "cards 0 added, 0 updated, 0 kept, 0 removed, 9 unchanged;" in skipped.output


_FILE_LINE = re.compile(
    r"-> cards/作风.yaml: (\d+) added, (\d+) updated, (\d+) kept \(edited by you\), "
    r"(?:(\d+) yours \(not in the source\), )?(\d+) removed, (\d+) unchanged"
)


def test_a_file_s_counts_add_up_to_its_cards_through_edits_on_both_sides(workdir: Path) -> None:
    """Added, updated, kept, yours and unchanged are the file's cards after each extract (removed
    ones are gone from it), whatever the learner and the source changed."""
    source, card_file = _speech(workdir)
    seen = dict.fromkeys(("added", "updated", "kept", "yours", "removed", "unchanged"), 0)

    def extract_and_count() -> None:
        result = runner.invoke(app, ["extract", "docs"])
        assert result.exit_code == 0, result.output
        found = _FILE_LINE.search(result.output)
        assert found, result.output
        counts = dict(zip(seen, (int(count or 0) for count in found.groups()), strict=True))
        in_file = sum(count for kind, count in counts.items() if kind != "removed")
        assert in_file == len(load_card_file(card_file).cards), result.output
        for kind, count in counts.items():
            seen[kind] += count

    text = card_file.read_text(encoding="utf-8")  # a card of the learner's own, and one edited
    text = text.replace("拿出过硬举措。", "拿出过硬举措（我的笔记）。")
    card_file.write_text(
        text + "- id: mine-1\n  type: cloze\n  text: 改作风要从{{c1::小事}}做起。\n", encoding="utf-8"
    )
    extract_and_count()
    # the source drops the edited card's sentence, changes a list and gives a new sentence
    changed = _SPEECH.replace("要聚焦形式主义、官僚主义、享乐主义等突出问题，拿出过硬举措。", "")
    changed = changed.replace("各级党组织要把作风建设摆在突出位置。", "")
    changed = (
        changed.replace("带头遵规守纪", "带头廉洁自律")
        + "\n要坚持“严”的基调，做到“四个必须”：必须严明纪律、必须严格标准、必须严肃问责、必须严实作风。\n"
    )
    source.write_text(changed, encoding="utf-8")
    extract_and_count()
    # the learner deletes a card the source gives; the source changes again
    text = card_file.read_text(encoding="utf-8")
    start = text.index("- id: " + _card_id(card_file, "带头调查研究"))
    card_file.write_text(text[:start] + text[text.index("- id: ", start + 1) :], encoding="utf-8")
    source.write_text(changed.replace("常态化", "常态长效化"), encoding="utf-8")
    extract_and_count()
    assert all(seen.values()), seen  # every kind of count came up


def test_take_source_of_a_deleted_card_the_source_no_longer_gives_keeps_it_deleted(workdir: Path) -> None:
    """Asked back while the source gives it no more, a deleted card stays on record as deleted: when
    the source gives it again, it does not come back unasked (its record was dropped)."""
    source, card_file = _speech(workdir)
    card_id = _card_id(card_file, "拿出过硬举措")
    lines = card_file.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if card_id in line)
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("- id:"))
    card_file.write_text("".join(lines[:start] + lines[end:]), encoding="utf-8")
    assert runner.invoke(app, ["extract", "docs"]).exit_code == 0
    source.write_text(
        _SPEECH.replace("要聚焦形式主义、官僚主义、享乐主义等突出问题，拿出过硬举措。\n\n", ""),
        encoding="utf-8",
    )

    asked = runner.invoke(app, ["extract", "docs", "--take-source", card_id])
    assert asked.exit_code == 0, asked.output
    assert f"warning: --take-source {card_id}: no card of yours" in asked.output
    source.write_text(_SPEECH, encoding="utf-8")
    again = runner.invoke(app, ["extract", "docs"])
    assert again.exit_code == 0, again.output
    assert "cards 0 added" in again.output
    assert card_id not in card_file.read_text(encoding="utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal is POSIX")
def test_the_progress_bar_counts_each_file_as_its_line_prints(workdir: Path) -> None:
    """On a terminal the bar drawn under each per-file line shows that file counted (it used to
    show 0/N until the bar's next tick, then jump)."""
    import pty

    docs = workdir / "docs"
    docs.mkdir()
    for number in range(6):
        (docs / f"{number}.txt").write_text(
            _SPEECH.replace("作风建设", f"作风建设{number}"), encoding="utf-8"
        )
    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": "200", "TERM": "xterm"}
    process = subprocess.Popen(
        [sys.executable, "-m", "yaodian", "extract", "docs", "--force"],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        cwd=workdir,
        env=env,
    )
    os.close(follower)
    output = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        output += chunk
    assert process.wait(timeout=60) == 0
    os.close(leader)
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", output.decode("utf-8", "replace"))
    pieces = re.split(r"[\r\n]+", text)
    printed = [index for index, piece in enumerate(pieces) if " -> cards/" in piece]
    assert len(printed) == 6, text
    # each per-file line is followed by the bar as drawn then: its count includes that file
    after = []
    for index in printed:
        drawn = next((m for piece in pieces[index + 1 :] if (m := re.search(r"(\d)/6", piece))), None)
        after.append(int(drawn.group(1)) if drawn else 6)  # (the bar is gone after the last)
    assert after == [1, 2, 3, 4, 5, 6], text


_THREE_AIMS = "items: [抓班子带队伍, 抓阵地强服务, 抓制度促规范]"
_AIMS_COMPLETED = (
    "items: [抓班子带队伍，建强战斗堡垒, 抓阵地强服务，办好民生实事, 抓制度促规范，堵住管理漏洞]"
)


def _built_list(workdir: Path) -> Path:
    """A card file of the learner's own with one list card (id aims, three items), built once."""
    path = workdir / "cards" / "支部.yaml"
    path.parent.mkdir()
    path.write_text(
        "source: 支部.txt\ntitle: 支部工作\ndeck: 要点::支部工作\ncards:\n"
        f"- id: aims\n  type: list\n  prompt: 三抓三促（3项）\n  {_THREE_AIMS}\n",
        encoding="utf-8",
    )
    assert runner.invoke(app, ["build"]).exit_code == 0
    return path


def test_items_completed_by_hand_are_named_with_why_they_ask_anew_and_how_to_keep_history(
    workdir: Path,
) -> None:
    """Each item lengthened by a clause asks something else (a part added): check, then the build,
    name the card, each item's old and new number and wording and why, and the `clozes:` that
    keeps their history; said once, as the Empty Cards note is."""
    path = _built_list(workdir)
    path.write_text(path.read_text(encoding="utf-8").replace(_THREE_AIMS, _AIMS_COMPLETED), encoding="utf-8")
    why = "a part added: parts are cut at 、，；"
    warning = (
        "warning: cards/支部.yaml:5: aims: 3 items now ask something else, so the build gives them new cloze "
        "numbers, without the review history Anki keeps under the old ones (retired): "
        f"c1 抓班子带队伍 → c4 抓班子带队伍，建强战斗堡垒 ({why}); c2 抓阵地强服务 → c5 抓阵地强服务，办好民生实事 "
        f"({why}); c3 抓制度促规范 → c6 抓制度促规范，堵住管理漏洞 ({why}); if they still ask what they asked, "
        "write `clozes: [1, 2, 3]` in the card to keep their history, before Tools › Empty Cards deletes the "
        "old cards\n"
    )
    checked = runner.invoke(app, ["check"])
    assert checked.stderr == warning and "no problems (1 warning)" in checked.stdout
    built = runner.invoke(app, ["build"])
    assert built.stderr == warning
    assert runner.invoke(app, ["check"]).stderr == ""
    # done as said: the next build gives the items their numbers back, with their history
    path.write_text(path.read_text(encoding="utf-8") + "  clozes: [1, 2, 3]\n", encoding="utf-8")
    assert runner.invoke(app, ["check"]).stderr == ""
    assert "Empty Cards" in runner.invoke(app, ["build"]).stdout  # c4-c6 of the build before go empty


def test_items_rewritten_in_their_places_are_named_with_the_clozes_that_keep_history(workdir: Path) -> None:
    """Every item rewritten where it stood, in words like none of the old (the learner's fix of a
    list's wording): check and build name the card, each item's old and new number, and the
    `clozes:` that keeps their history; the Empty Cards note names the card too."""
    path = _built_list(workdir)
    path.write_text(
        path.read_text(encoding="utf-8").replace(_THREE_AIMS, "items: [建强班子, 服务群众, 完善规矩]"),
        encoding="utf-8",
    )
    why = "rewritten in its place"
    warning = (
        "warning: cards/支部.yaml:5: aims: 3 items now ask something else, so the build gives them new cloze "
        "numbers, without the review history Anki keeps under the old ones (retired): "
        f"c1 抓班子带队伍 → c4 建强班子 ({why}); c2 抓阵地强服务 → c5 服务群众 ({why}); "
        f"c3 抓制度促规范 → c6 完善规矩 ({why}); if they still ask what they asked, "
        "write `clozes: [1, 2, 3]` in the card to keep their history, before Tools › Empty Cards deletes the "
        "old cards\n"
    )
    named = "\n  cards/支部.yaml:5: aims: c1, c2, c3\n"
    checked = runner.invoke(app, ["check"])
    assert checked.stderr == warning
    assert named + "check: 1 file, 1 card, no problems (1 warning)\n" in checked.stdout
    built = runner.invoke(app, ["build"])
    assert built.stderr == warning and named in built.stdout


def test_an_item_dropped_and_another_added_at_the_end_is_no_rewrite_in_place(workdir: Path) -> None:
    """The items after a dropped one move up: the new last item stands where a kept item stood,
    so nothing reads as rewritten in its place (the new item has no history to keep)."""
    path = _built_list(workdir)
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            _THREE_AIMS, "items: [抓班子带队伍, 抓制度促规范, 抓学习强本领]"
        ),
        encoding="utf-8",
    )
    checked = runner.invoke(app, ["check"])
    assert checked.stderr == ""
    assert "  cards/支部.yaml:5: aims: c2\n" in checked.stdout  # the dropped item's card goes empty


def test_the_empty_cards_note_names_the_first_cards_then_counts_the_rest(workdir: Path) -> None:
    """Seven list cards built in `each` mode, checked in `all` mode: every card of theirs goes
    empty; the note names five cards (file:line, id, numbers) and counts the two others."""
    path = workdir / "cards" / "支部.yaml"
    path.parent.mkdir()
    cards = "".join(
        f"- id: aims{n}\n  type: list\n  prompt: 第{n}组（2项）\n  items: [抓班子{n}, 抓制度{n}]\n"
        for n in range(7)
    )
    path.write_text(
        f"source: 支部.txt\ntitle: 支部工作\ndeck: 要点::支部工作\ncards:\n{cards}", encoding="utf-8"
    )
    assert runner.invoke(app, ["build"]).exit_code == 0
    lines = runner.invoke(app, ["check", "--mode", "all"]).stdout.splitlines()
    assert lines[0].startswith("note: the next build no longer asks 14 cards Anki has")
    assert lines[1:7] == [
        *(f"  cards/支部.yaml:{5 + 4 * n}: aims{n}: c1, c2" for n in range(5)),
        "  and 2 more notes (4 cards)",
    ]


def test_preview_labels_a_hand_edited_list_with_the_numbers_the_build_gives(workdir: Path) -> None:
    path = _built_list(workdir)
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            _THREE_AIMS, _AIMS_COMPLETED.replace("抓班子带队伍，建强战斗堡垒", "抓班子带队伍")
        ),
        encoding="utf-8",
    )
    labels = re.findall(r"aims · c(\d+)", runner.invoke(app, ["preview"]).stdout)
    assert labels == ["1", "4", "5"]  # before the build, as it will number them
    runner.invoke(app, ["build"])
    assert re.findall(r"aims · c(\d+)", runner.invoke(app, ["preview"]).stdout) == labels
    assert re.findall(r"aims · c(\d+)", runner.invoke(app, ["preview", "cards/支部.yaml"]).stdout) == labels


def _list_with_extra(workdir: Path, items: str, extra: list[str]) -> Path:
    path = workdir / "cards" / "支部.yaml"
    path.parent.mkdir(exist_ok=True)
    lines = "".join(f"    {line}\n" for line in extra)
    path.write_text(
        "source: 支部.txt\ntitle: 支部工作\ndeck: 要点::支部工作\ncards:\n"
        f"- id: aims\n  type: list\n  prompt: 几项重点（3项）\n  items: [{items}]\n  extra: |-\n{lines}",
        encoding="utf-8",
    )
    return path


def test_a_line_of_a_list_s_extra_that_names_no_item_is_warned_of(workdir: Path) -> None:
    """The learner removed the fourth item (and completed another): the extra still lists it, and
    the back would show it under the three items."""
    extra = ["会议要求：", "1. 抓班子带队伍", "2. 抓阵地强服务", "3. 抓制度促规范", "4. 下一步工作安排"]
    _list_with_extra(workdir, "抓班子带队伍，建强战斗堡垒, 抓阵地强服务, 抓制度促规范", extra)
    warning = (
        "warning: cards/支部.yaml:5: aims: its extra lists `4. 下一步工作安排`, which names no item of the "
        "card (removed or reworded?); the back shows it under the items: mend or delete that line of extra\n"
    )
    checked = runner.invoke(app, ["check"])
    assert checked.stderr == warning and "no problems (1 warning)" in checked.stdout
    assert runner.invoke(app, ["build"]).stderr == warning


@pytest.mark.parametrize(
    "extra",
    [
        # every line names an item (one shortened, one grown)
        ["1. 抓班子带队伍，把好方向", "2. 抓阵地", "3. 抓制度促规范"],
        # a label or a clause before each item, as extract writes the lines of some documents
        ["1. 重点：抓班子带队伍", "2. 同时，抓阵地强服务，补齐短板", "3. 抓制度促规范"],
        ["1. 抓班子带队伍", "2. 阵地：抓阵地强服务", "3. 制度：抓制度促规范"],
        # the lines tell what each point says, in other words: no line names an item
        ["1. 选优配强支部书记", "2. 建好用好活动场所", "3. 健全议事规则"],
        # numbered otherwise than the items one by one
        ["2. 抓阵地强服务", "3. 抓制度促规范", "5. 下一步工作安排"],
    ],
)
def test_an_extra_that_lists_the_items_or_says_more_is_not_warned_of(workdir: Path, extra: list[str]) -> None:
    _list_with_extra(workdir, "抓班子带队伍, 抓阵地强服务, 抓制度促规范", extra)
    assert runner.invoke(app, ["check"]).stderr == ""


def test_an_extracted_list_is_not_warned_of_for_its_extra_until_the_learner_edits_it(workdir: Path) -> None:
    source = workdir / "支部.txt"
    source.write_text(
        "支部工作要点\n\n今年支部工作抓好四件事：\n一、抓班子带队伍\n二、抓阵地强服务\n三、抓制度促规范\n四、抓活动增活力\n",
        encoding="utf-8",
    )
    assert runner.invoke(app, ["extract", "支部.txt"]).exit_code == 0
    path = workdir / "cards" / "支部.yaml"
    (card,) = [c for c in load_card_file(path).cards if c.type == "list" and "抓活动增活力" in c.items]
    assert card.extra and "抓活动增活力" in card.extra
    assert "extra lists" not in runner.invoke(app, ["check"]).stderr
    path.write_text(path.read_text(encoding="utf-8").replace("  - 抓活动增活力\n", "", 1), encoding="utf-8")
    assert "extra lists" in runner.invoke(app, ["check"]).stderr


def _split_off_a_gap(card_file: Path) -> None:
    """Make the card file look as an older yaodian wrote it: one of a cloze note's gaps also asked
    by a second note of the same sentence, a card the sources no longer give."""
    from yaodian.cards import Card
    from yaodian.merge import State, update_card_file

    loaded = load_card_file(card_file)
    asked = next(c for c in loaded.cards if c.type == "cloze" and "{{c1::" in c.text)
    first_gap = re.search(r"\{\{c1::(.*?)(?:::[^}]*)?\}\}", asked.text).group(1)
    only_it = re.sub(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}", r"\1", asked.text).replace(
        first_gap, "{{c1::" + first_gap + "}}", 1
    )
    older = Card(type="cloze", id="0ld0ne0000", text=only_it, origin=asked.origin)
    loaded.cards.append(older)
    state = State.load(card_file.parent)
    update_card_file(loaded, card_file, state)
    state.save()


def test_cards_now_asked_on_another_note_are_counted_per_file_and_explained_once(workdir: Path) -> None:
    assert runner.invoke(app, ["extract", "seeds"]).exit_code == 0
    for card_file in sorted((workdir / "cards").glob("*.yaml")):
        _split_off_a_gap(card_file)
    again = runner.invoke(app, ["extract", "seeds", "--force"])
    assert again.exit_code == 0, again.output
    per_file = "  1 removed card now asked on another note of the same sentence\n"
    assert again.output.count(per_file) == 2
    explained = "2 removed cards now asked on another note of the same sentence: Anki keeps the old notes"
    assert again.output.count("Anki keeps the old notes") == 1
    assert explained in again.output.splitlines()[-1]


_TOWN_SPEECH = """在全镇产业发展推进会上的讲话

同志们：

今年以来，全镇上下围绕产业发展目标，做了大量扎实工作，成绩来之不易。

当前，产业发展还面临不少困难，资金、人才、技术都有短板，需要我们认真研究解决。

项目再多，也要靠大家拧成一股绳、铆足一股劲；目标再高，也要一步一个台阶地往上走。

希望大家以更加饱满的热情投入工作，为全镇发展作出新的更大贡献。
"""
_SAID_AGAIN = "成绩来之不易。\n\n我们要始终牢记拧成一股绳、铆足一股劲，把它落实到工作的方方面面。"


def _cards_by_sentence(path: Path) -> dict[str, object]:
    return {re.sub(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}", r"\1", c.text): c for c in load_card_file(path).cards}


@pytest.mark.parametrize("same_code", [True, False])
def test_a_sentence_added_elsewhere_leaves_an_unchanged_sentences_card_as_it_was(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, same_code: bool
) -> None:
    """A learner adds a sentence that repeats a formulation another paragraph asks: the extractor
    alone would ask it otherwise there (Anki empties the card that asked it); the merge keeps the
    card, and does not ask the formulation again. Extracted by another yaodian (its code
    changed), the extractor's cards are taken as they come."""
    source = workdir / "speech.txt"
    source.write_text(_TOWN_SPEECH, encoding="utf-8")
    assert runner.invoke(app, ["extract", str(source)]).exit_code == 0
    sentence = "项目再多，也要靠大家拧成一股绳、铆足一股劲；目标再高，也要一步一个台阶地往上走。"
    before = _cards_by_sentence(workdir / "cards" / "speech.yaml")[sentence]
    source.write_text(_TOWN_SPEECH.replace("成绩来之不易。", _SAID_AGAIN), encoding="utf-8")
    if not same_code:
        monkeypatch.setattr("yaodian.pipeline.code_signature", lambda: "another yaodian")
    again = runner.invoke(app, ["extract", str(source)])
    assert again.exit_code == 0, again.output
    after = load_card_file(workdir / "cards" / "speech.yaml")
    kept = next(card for card in after.cards if card.id == before.id)
    asked = [gap for card in after.cards for gap in re.findall(r"\{\{c\d+::(.*?)\}\}", card.text)]
    if same_code:
        assert (kept.text, kept.retired) == (before.text, before.retired)
        assert asked.count("拧成一股绳、铆足一股劲") == 1
        assert "0 removed" in again.output
    else:  # as a first extract of the source as it is now writes it
        assert runner.invoke(app, ["extract", str(source), "--cards", "fresh"]).exit_code == 0
        fresh = _cards_by_sentence(workdir / "fresh" / "speech.yaml")[sentence]
        assert kept.text == fresh.text


@pytest.mark.parametrize(
    ("count", "said"), [(1, "1 unchanged card stands at"), (3, "3 unchanged cards stand at")]
)
def test_the_moved_cards_explained_agree_with_their_count(count: int, said: str) -> None:
    assert cli._moved_explained(count).startswith(said)
