"""`yaodian check --fix`: the cloze numbers the warnings give, written into the card files in
place (a rewritten list's `clozes:`, a mended gap's number and `retired:`), and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from yaodian.cli import app

runner = CliRunner()

_HEADER = "source: 支部.txt\ntitle: 支部工作\ndeck: 要点::支部工作\ncards:\n"
# a list card, a comment above it and one among its items, as a learner keeps them
_LIST = (
    "# 三抓三促: my own card\n"
    "- id: aims\n"
    "  type: list\n"
    "  prompt: 三抓三促（3项）\n"
    "  items:\n"
    "  - 抓班子带队伍\n"
    "  # the second one is the hard one\n"
    "  - 抓阵地强服务\n"
    "  - 抓制度促规范\n"
    "  tags: [支部]\n"
)
# a cloze card laid out as extract writes one: a stamp comment, a retired list a line an entry
_CLOZE = (
    "- id: fund  # my stamp\n"
    "  type: cloze\n"
    "  text: 引导资本{{c1::投早、投小}}，{{c2::做耐心资本}}。\n"
    "  retired:\n"
    "  - 3\n"
    "  extra: |-\n"
    "    全文：引导资本投早、投小。\n"
    "    # not a comment: text of the extra\n"
)
_OTHER = "- id: other\n  type: cloze\n  text: '{{c1::抓落实}}是关键。'  # quoted on purpose\n"


@pytest.fixture
def built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """cards/支部.yaml (a list card, a cloze card, another cloze card), built once."""
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "cards" / "支部.yaml"
    path.parent.mkdir()
    path.write_text(_HEADER + _LIST + _CLOZE + _OTHER, encoding="utf-8")
    assert runner.invoke(app, ["build"]).exit_code == 0
    return path


def _edit(path: Path, *pairs: tuple[str, str]) -> str:
    text = path.read_text(encoding="utf-8")
    for old, new in pairs:
        assert old in text
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    return text


_REWORDED = (
    ("  - 抓班子带队伍\n", "  - 建强班子\n"),
    ("  - 抓阵地强服务\n", "  - 服务群众\n"),
    ("  - 抓制度促规范\n", "  - 完善规矩\n"),
)


def test_a_list_rewritten_in_place_gets_the_clozes_the_warning_gives(built: Path) -> None:
    """Every item rewritten where it stood: plain check names the card and the `clozes:` --fix
    would write, and writes nothing; --fix writes that one line after the items, says so in a
    line, and nothing else of the file changes; check then has nothing to warn of."""
    edited = _edit(built, *_REWORDED)
    checked = runner.invoke(app, ["check"])
    assert "write `clozes: [1, 2, 3]` in the card" in checked.stderr
    assert (
        "note: `yaodian check --fix` would write the numbers these warnings give:\n"
        "  cards/支部.yaml:6: aims: clozes: [1, 2, 3]\n" in checked.stdout
    )
    assert built.read_text(encoding="utf-8") == edited  # a check without --fix writes nothing

    fixed = runner.invoke(app, ["check", "--fix"])
    assert fixed.exit_code == 0, fixed.output
    assert fixed.stdout.startswith("cards/支部.yaml:6: aims: wrote clozes: [1, 2, 3]\n")
    assert fixed.stderr == ""
    after = built.read_text(encoding="utf-8")
    assert after == edited.replace("  - 完善规矩\n", "  - 完善规矩\n  clozes: [1, 2, 3]\n")
    again = runner.invoke(app, ["check"])
    assert again.stderr == "" and "would write" not in again.stdout
    assert again.stdout.endswith("check: 1 file, 3 cards, no problems\n")


def test_a_split_gap_and_a_gap_typed_first_get_the_numbers_the_warnings_give(built: Path) -> None:
    """One gap cut in two (c3 being retired, the learner typed c4 for the second piece): 投早 asks
    less than c1 asked, so --fix gives it c5 and adds 1 to the retired list, in the style it is
    written (an entry a line). In the other card a gap typed before the studied one: the studied
    answer gets its c1 back, the new one c2. One line per card; the comments, the extra, the
    quotes and the list card are the same bytes; check then has nothing to warn of."""
    edited = _edit(
        built,
        ("{{c1::投早、投小}}，{{c2::做耐心资本}}", "{{c1::投早}}、{{c4::投小}}，{{c2::做耐心资本}}"),
        ("'{{c1::抓落实}}是关键。'", "'{{c1::真抓实干}}、{{c2::抓落实}}是关键。'"),
    )
    checked = runner.invoke(app, ["check"])
    assert "give 投早 c5 and add 1 to the card's retired: list" in checked.stderr
    assert "give 真抓实干 c2 and 抓落实 c1 back" in checked.stderr
    assert (
        "  cards/支部.yaml:15: fund: c5 投早 (was c1); retired: [1, 3]\n"
        "  cards/支部.yaml:23: other: c2 真抓实干 (was c1); c1 抓落实 (was c2)\n" in checked.stdout
    )
    fixed = runner.invoke(app, ["check", "--fix"])
    assert fixed.exit_code == 0, fixed.output
    assert fixed.stdout.startswith(
        "cards/支部.yaml:15: fund: wrote c5 投早 (was c1); retired: [1, 3]\n"
        "cards/支部.yaml:23: other: wrote c2 真抓实干 (was c1); c1 抓落实 (was c2)\n"
    )
    expected = (
        edited.replace("{{c1::投早}}、{{c4::投小}}", "{{c5::投早}}、{{c4::投小}}")
        .replace("  retired:\n  - 3\n", "  retired:\n  - 1\n  - 3\n")
        .replace("{{c1::真抓实干}}、{{c2::抓落实}}", "{{c2::真抓实干}}、{{c1::抓落实}}")
    )
    assert built.read_text(encoding="utf-8") == expected
    again = runner.invoke(app, ["check"])
    assert again.stderr == "" and "would write" not in again.stdout


def test_a_file_yaml_cannot_read_is_named_in_one_line_and_left_alone(built: Path) -> None:
    """A card file with a YAML slip gets check's one line (file:line: the fix) and keeps its
    bytes; the other file's numbers are still written; the exit code says there is a problem."""
    edited = _edit(built, *_REWORDED)
    broken = built.parent / "讲话.yaml"
    slip = _HEADER + "- id: talk\n  type: cloze\n  text: {{c1::抓落实}}是关键。\n"
    broken.write_text(slip, encoding="utf-8")
    fixed = runner.invoke(app, ["check", "--fix"])
    assert fixed.exit_code == 1
    assert fixed.stderr == (
        "error: cards/讲话.yaml:7: YAML syntax: a value that starts with '{' (as one that opens with a gap {{c1::…}} does) "
        "must be in quotes, since YAML reads '{' there as markup: text: '{{c1::抓落实}}是关键。'\n"
        "check: 1 problem in cards\n"
    )
    assert broken.read_text(encoding="utf-8") == slip
    assert fixed.stdout == "cards/支部.yaml:6: aims: wrote clozes: [1, 2, 3]\n"
    assert built.read_text(encoding="utf-8") != edited
    # a file YAML reads but check refuses is not written either, its numbers warned of or not
    built.write_text(edited.replace("  tags: [支部]\n", "  tag: [支部]\n"), encoding="utf-8")
    refused = runner.invoke(app, ["check", "--fix"])
    assert refused.exit_code == 1 and refused.stdout == ""
    assert "error: cards/支部.yaml:14: unknown field 'tag'" in refused.stderr
    assert built.read_text(encoding="utf-8") == edited.replace("  tags: [支部]\n", "  tag: [支部]\n")


def test_numbers_that_cannot_be_written_in_place_leave_the_file_as_it_was(built: Path) -> None:
    """A card written as one flow mapping has no line to add `clozes:` to: --fix says so with the
    file and line, writes nothing, and check still names the numbers to type."""
    text = built.read_text(encoding="utf-8")
    flow = "- {id: aims, type: list, prompt: 三抓三促（3项）, items: [建强班子, 服务群众, 完善规矩]}\n"
    edited = text.replace(_LIST, flow)
    built.write_text(edited, encoding="utf-8")
    fixed = runner.invoke(app, ["check", "--fix"])
    assert fixed.exit_code == 1
    assert fixed.stderr.startswith(
        "error: cards/支部.yaml:5: aims: a card written in braces ({…}) has no line to take its numbers: "
        "write them by hand\n"
    )
    assert "  cards/支部.yaml:5: aims: clozes: [1, 2, 3]\n" in fixed.stdout
    assert built.read_text(encoding="utf-8") == edited


@pytest.mark.parametrize(
    ("card", "fixed"),
    [
        # a clozes list written an entry a line keeps that style
        (
            "  items:\n  - 甲\n  - 乙\n  clozes:\n  - 1\n  - 2\n  tags: [x]\n",
            "  items:\n  - 甲\n  - 乙\n  clozes:\n  - 4\n  - 2\n  tags: [x]\n",
        ),
        # a file whose last line has no line break: the new line goes after it
        ("  items: [甲, 乙]", "  items: [甲, 乙]\n  clozes: [4, 2]\n"),
    ],
)
def test_numbers_are_written_in_the_style_the_file_has(tmp_path: Path, card: str, fixed: str) -> None:
    from yaodian.cards import load_card_file, numbers_in_place

    text = _HEADER + "- id: a  # mine\n  type: list\n  prompt: 两项\n" + card
    path = tmp_path / "a.yaml"
    path.write_text(text, encoding="utf-8")
    card_file = load_card_file(path)
    (new,) = card_file.cards
    new.clozes = [4, 2]
    assert numbers_in_place(text, load_card_file(path), [new]) == text.replace(card, fixed)


@pytest.mark.parametrize(
    "cards",
    [
        # items shared through a YAML alias: the anchor stands in the other card, and a
        # `clozes: [1, 2]` added there would read back as the same cards once 1..N is left out
        "- id: b\n  type: list\n  prompt: 乙\n  items: &two\n  - 甲\n  - 乙\n- id: a\n  type: list\n  prompt: 甲\n"
        "  items: *two\n",
        # a comment among the entries of a flow list would be lost with the list
        "- id: a\n  type: list\n  prompt: 甲\n  items: [甲, 乙]\n  clozes: [2,  # the second\n    3]\n",
    ],
)
def test_numbers_that_would_change_more_of_the_file_are_refused(tmp_path: Path, cards: str) -> None:
    from yaodian.cards import load_card_file, numbers_in_place
    from yaodian.errors import YaodianError

    text = _HEADER + cards
    path = tmp_path / "a.yaml"
    path.write_text(text, encoding="utf-8")
    card_file = load_card_file(path)
    new = next(card for card in load_card_file(path).cards if card.id == "a")
    new.clozes = [1, 2]
    with pytest.raises(YaodianError, match=r"write (the numbers|them) by hand"):
        numbers_in_place(text, card_file, [new])


def test_a_file_written_in_place_keeps_its_permissions_and_its_link(tmp_path: Path) -> None:
    """A card file only its owner may read stays so, and a link to it stays a link."""
    from yaodian.cards import load_card_file, write_numbers

    path = tmp_path / "a.yaml"
    path.write_text(_HEADER + "- id: a\n  type: list\n  prompt: 两项\n  items: [甲, 乙]\n", encoding="utf-8")
    path.chmod(0o600)
    link = tmp_path / "link.yaml"
    link.symlink_to(path)
    (new,) = load_card_file(link).cards
    new.clozes = [1, 2]
    write_numbers(link, [new])
    assert link.is_symlink()
    assert path.read_text(encoding="utf-8").endswith("  items: [甲, 乙]\n  clozes: [1, 2]\n")
    assert path.stat().st_mode & 0o777 == 0o600
