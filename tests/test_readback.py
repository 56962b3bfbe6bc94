"""Reading a note's fields back into its card: the inverse of build's fields, for edits made in Anki."""

from __future__ import annotations

from pathlib import Path

import pytest

from yaodian.build import FIELDS, build_notes, note_tags
from yaodian.cards import Card, CardFile, check_folder, save_card_file
from yaodian.extractors import extract_document
from yaodian.readback import card_from_note, plain_text
from yaodian.sources import read_document


@pytest.fixture(scope="module")
def seed_files(tmp_path_factory: pytest.TempPathFactory, seed_paths: list[Path]) -> list[CardFile]:
    cards = tmp_path_factory.mktemp("cards")
    for path in seed_paths:
        save_card_file(extract_document(read_document(path)), cards / f"{path.stem}.yaml")
    files, problems = check_folder(cards)
    assert problems == []
    return files


def _read(built, fields: dict[str, str] | None = None, tags: list[str] | None = None) -> Card | None:
    generated = {
        t.casefold() for t in note_tags(built.card_file, Card(type=built.card.type, id=built.card.id))
    }
    fields = fields or dict(zip(FIELDS, built.fields, strict=True))
    return card_from_note(built.card, fields, sorted(built.tags) if tags is None else tags, generated)


def _pullable(card: Card) -> tuple:
    return card.prompt, card.items, card.cloze_numbers(), card.text, card.extra, sorted(card.tags)


@pytest.mark.parametrize("mode", ["each", "all", "both"])
def test_every_seed_card_reads_back_as_it_was_written(seed_files: list[CardFile], mode: str) -> None:
    builds = build_notes(seed_files, mode=mode)
    assert len(builds) >= 100
    for built in builds:
        read = _read(built)
        assert read is not None, built.fields[0]
        assert _pullable(read) == _pullable(built.card), built.fields[0]


def test_an_extra_left_out_of_the_note_is_kept_while_it_repeats_the_items() -> None:
    """build leaves out an extra that only repeats a list's items: the note's empty Extra reads
    back as that extra, unless the items were edited in Anki (then it would repeat stale ones)."""
    card = Card(
        type="list", id="L1", prompt="三个部分", items=["甲", "乙", "丙"], extra="1. 甲\n2. 乙\n3. 丙"
    )
    (built,) = build_notes([CardFile(source="doc.txt", title="文章", deck="要点::文章", cards=[card])])
    fields = dict(zip(FIELDS, built.fields, strict=True))
    assert fields["Extra"] == ""
    assert _read(built).extra == card.extra
    fields["Text"] = fields["Text"].replace("{{c2::乙}}", "{{c2::乙改}}")
    assert _read(built, fields).extra == ""


def test_an_extra_whose_repeated_lines_were_left_out_reads_back_whole() -> None:
    """build leaves out only the lines that repeat an item (the lead line and a line that says
    more stay): the note's Extra as built reads back as the whole extra, an Extra edited in
    Anki as the learner wrote it."""
    extra = "领导干部要做到三点\n1. 甲，要怎样\n2. 乙；\n3. 丙"
    card = Card(type="list", id="L1", prompt="三个部分", items=["甲", "乙", "丙"], extra=extra)
    (built,) = build_notes([CardFile(source="doc.txt", title="文章", deck="要点::文章", cards=[card])])
    fields = dict(zip(FIELDS, built.fields, strict=True))
    assert fields["Extra"] == "领导干部要做到三点<br>1. 甲，要怎样"
    assert _read(built).extra == extra
    fields["Extra"] = "领导干部要做到三点"
    assert _read(built, fields).extra == "领导干部要做到三点"


def _list_note() -> tuple:
    card = Card(type="list", id="L1", prompt="三个<要求>", items=["甲:一", "乙", "丙"], tags=["统战"])
    card_file = CardFile(source="doc.txt", title="文章", deck="要点::文章", cards=[card])
    (built,) = build_notes([card_file])
    return built, dict(zip(FIELDS, built.fields, strict=True))


def test_a_typo_fixed_in_ankis_editor_is_read_back() -> None:
    built, fields = _list_note()
    assert fields["Text"] == (
        '<div class="prompt">三个&lt;要求&gt;</div><ol class="items">'
        "<li>{{c1::甲&#58;一}}</li><li>{{c2::乙}}</li><li>{{c3::丙}}</li></ol>"
    )
    fields["Text"] = fields["Text"].replace("{{c2::乙}}", "{{c2::<b>乙</b>&nbsp;改}}")
    fields["Extra"] = "第一行<br>第二行"
    read = _read(built, fields, tags=["marked", *built.tags])
    assert read is not None
    assert (read.prompt, read.items, read.clozes, read.extra, read.tags) == (
        "三个<要求>",
        ["甲:一", "乙 改", "丙"],
        [1, 2, 3],
        "第一行\n第二行",
        ["统战", "marked"],
    )


def test_an_item_removed_in_anki_retires_its_number_and_an_added_one_gets_a_new_number() -> None:
    built, fields = _list_note()
    fields["Text"] = (
        fields["Text"].replace("<li>{{c2::乙}}</li>", "").replace("</ol>", "<li>{{c7::丁}}</li></ol>")
    )
    read = _read(built, fields)
    assert read is not None
    assert (read.items, read.clozes, read.retired) == (["甲:一", "丙", "丁"], [1, 3, 7], [2])


@pytest.mark.parametrize(
    "text",
    [
        '<div class="prompt">三个</div><ol class="items"><li>甲</li><li>{{c2::乙}}</li></ol>',  # an item's cloze gone
        '<div class="prompt">三个</div>在外面<ol class="items"><li>{{c1::甲}}</li></ol>',  # text outside the list
        "甲、乙、丙",  # the structure gone
        "",
    ],
)
def test_a_text_whose_structure_is_gone_cannot_be_read_back(text: str) -> None:
    built, fields = _list_note()
    fields["Text"] = text
    assert _read(built, fields) is None


def test_plain_text_of_fields() -> None:
    assert plain_text("a &lt;b&gt; &amp; c") == "a <b> & c"
    assert plain_text("一<div>二</div><div>三</div>") == "一\n二\n三"
    # Anki's editor writes an empty line as <div><br></div>: one blank line, as Anki shows it
    assert plain_text("一<div>二</div><div><br></div><div>三</div>") == "一\n二\n\n三"
    assert plain_text("不变的文字") == "不变的文字"


@pytest.mark.parametrize(
    ("fragment", "formatted"),
    [
        ("组织协调机构", False),
        ('<div class="prompt">四点要求</div><ol class="items"><li>{{c1::参谋}}</li></ol>', False),
        ("一<br>二<div>三</div><div><br></div>", False),  # lines typed in Anki's editor
        ("组织&nbsp;协调", False),
        ("{{c1::<b>参谋</b>机构}}", True),
        ('<div class="prompt"><span style="color: rgb(255, 0, 0);">四点</span></div>', True),
        ('<font color="#ff0000">红</font>', True),
        ('<div style="text-align: center;">居中</div>', True),
        ('<img src="a.png">', True),
    ],
)
def test_formatting_is_markup_the_yaml_cannot_hold(fragment: str, formatted: bool) -> None:
    from yaodian.readback import has_formatting

    assert has_formatting(fragment) is formatted
