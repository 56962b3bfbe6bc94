"""The preview: Anki-faithful HTML (checked against the real `anki` and headless Chromium),
terminal text, and `yaodian stats`."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from yaodian.build import BACK, FRONT, build_package
from yaodian.cards import Card, CardFile, check_folder
from yaodian.cli import app
from yaodian.preview import NOTE_CARDS, anki_cards, html_page, render_side, terminal_sides

runner = CliRunner()

CARDS = """source: seeds/a.txt
title: 甲文
deck: 要点::甲文
cards:
  - id: list1
    type: list
    prompt: 统战部是党委统战工作的
    items: [参谋机构, 组织<协调>机构, 具体执行机构, 督促检查机构]
    clozes: [1, 4, 2, 5]
    mode: both
    extra: 原文
    origin: {line: 7, section: 一、总体要求}
  - id: cloze1
    type: cloze
    text: 坚持{{c1::大团结}}、{{c2::大联合::二字}}、{{c3::大统战}}
    mode: each
  - id: plain1
    type: cloze
    text: '{{c2::甲}}与{{c1::乙}}'
"""


@pytest.fixture
def files(tmp_path: Path) -> list:
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "a.yaml").write_text(CARDS, encoding="utf-8")
    (cards / "empty.yaml").write_text("source: seeds/e.txt\ntitle: 空文\ndeck: 要点::空文\ncards: []\n")
    found, problems = check_folder(cards)
    assert problems == []
    return found


def _without_data_cloze(text: str) -> str:
    # Anki escapes the hidden answer in data-cloze differently (&#x20; ...); what shows is the same.
    return re.sub(r' data-cloze="[^"]*"', "", text)


def test_preview_renders_like_anki(files: list, tmp_path: Path) -> None:
    import anki.collection as collection

    package = build_package(files, tmp_path / "decks" / "要点.apkg")
    col = collection.Collection(str(tmp_path / "c.anki2"))
    try:
        col.import_anki_package(
            collection.ImportAnkiPackageRequest(
                package_path=str(package.path), options=collection.ImportAnkiPackageOptions()
            )
        )
        compared = 0
        for anki_card in anki_cards(files):
            (note_id,) = col.find_notes(f"Id:{anki_card.card.id}")
            (card,) = [c for c in col.get_note(note_id).cards() if c.ord + 1 == anki_card.number]
            ours_q = render_side(FRONT, anki_card.fields, anki_card.number, question=True)
            ours_a = render_side(BACK, anki_card.fields, anki_card.number, question=False)
            theirs_q = re.sub(r"^<style>.*?</style>", "", card.question(), flags=re.S)
            theirs_a = re.sub(r"^<style>.*?</style>", "", card.answer(), flags=re.S)
            assert _without_data_cloze(ours_q) == _without_data_cloze(theirs_q)
            assert ours_a == theirs_a
            compared += 1
        assert compared == 5 + 3 + 2
    finally:
        col.close()


def _sides(files: list, card_id: str, number: int) -> tuple[str, str]:
    (anki_card,) = [c for c in anki_cards(files) if c.card.id == card_id and c.number == number]
    front, back = terminal_sides(anki_card)
    return front.plain, back.plain


def test_terminal_in_order_list(files: list) -> None:
    front, back = _sides(files, "list1", 4)  # the second item in display order
    assert front == "甲文 › 一、总体要求\n统战部是党委统战工作的\n1. 参谋机构\n2. [...]"
    assert back == (
        "甲文 › 一、总体要求 › 第7行\n"
        "统战部是党委统战工作的\n1. 参谋机构\n2. 组织<协调>机构\n3. 具体执行机构\n4. 督促检查机构\n原文"
    )
    front, _ = _sides(files, "list1", 100)
    assert front == "甲文 › 一、总体要求\n统战部是党委统战工作的\n1. [...]\n2. [...]\n3. [...]\n4. [...]"


def test_terminal_cloze_cards(files: list) -> None:
    assert _sides(files, "cloze1", 2)[0] == "甲文\n坚持大团结、[二字]、……"
    assert _sides(files, "plain1", 1)[0] == "甲文\n甲与[...]"  # no mode: a plain cloze


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_html_page_in_headless_chromium(files: list, tmp_path: Path) -> None:
    page = tmp_path / "preview.html"
    page.write_text(html_page(files), encoding="utf-8")
    base = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    dom = subprocess.run(
        [*base, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120, check=True
    ).stdout

    def front(card_id: str, number: int) -> str:
        match = re.search(
            rf'data-id="{card_id}" data-ordinal="{number}">\s*<div class="card front">(.*?)</div>\s*'
            r'<div class="card back">',
            dom,
            re.S,
        )
        assert match, (card_id, number)
        return match.group(1)

    second = front("list1", 4)
    items = re.findall(r"<li( class=\"[^\"]*\")?>(.*?)</li>", second, re.S)
    assert [bool(cls and "yd-later" in cls) for cls, _ in items] == [False, False, True, True]
    assert "参谋机构" in items[0][1] and "[...]" in items[1][1]
    first = re.findall(r"<li( class=\"[^\"]*\")?>", front("list1", 1))
    assert ["yd-later" in cls for cls in first] == [False, True, True, True]
    assert "yd-later" not in front("list1", 100)  # the whole-list card hides every item itself
    assert "yd-later" not in front("plain1", 1)  # plain clozes keep every cue
    assert re.search(
        r'<span class="yd-gap">……</span><span class="cloze-inactive[^"]*yd-later', front("cloze1", 2)
    )
    # the back side is never touched by the script
    backs = re.findall(r'<div class="card back">(.*?)</div>\s*</div>', dom, re.S)
    assert len(backs) == 10 and not any("yd-later" in back for back in backs)
    shot = tmp_path / "preview.png"
    subprocess.run(
        [*base, "--window-size=900,1600", f"--screenshot={shot}", page.as_uri()],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_front_shows_where_the_card_stands_without_its_line(files: list, tmp_path: Path) -> None:
    page = tmp_path / "preview.html"
    # what Chromium draws: the text of the first card's source line on each side, as laid out
    probe = (
        "<script>for (const side of ['front', 'back']) {"
        "const where = document.querySelector('.card.' + side + ' .source');"
        "document.body.setAttribute('data-' + side, where.innerText.trim());}</script></body>"
    )
    page.write_text(html_page(files).replace("</body>", probe), encoding="utf-8")
    chromium = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp_path / 'p'}"]
    dom = subprocess.run(
        [*chromium, "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    assert 'data-front="甲文 › 一、总体要求"' in dom
    assert 'data-back="甲文 › 一、总体要求 › 第7行"' in dom
    # above the card on both sides
    assert re.search(r'<div class="card front"><div class="source source-front">', dom)
    assert re.search(r'<div class="card back"><div class="source">', dom)


def test_preview_and_stats_commands(files: list, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["preview", "--html", "out.html"])
    assert result.exit_code == 0, result.output
    assert "list1 · c4 · both" in result.output and "[...]" in result.output
    assert "preview: out.html" in result.output
    assert 'data-id="list1" data-ordinal="100"' in (tmp_path / "out.html").read_text(encoding="utf-8")

    result = runner.invoke(app, ["stats"])
    assert result.exit_code == 0, result.output
    assert re.search(r"甲文\s*│\s*1\s*│\s*2\s*│\s*10\s*│", result.output)
    assert re.search(r"空文\s*│\s*0\s*│\s*0\s*│\s*0\s*│\s*no cards", result.output)
    assert re.search(r"Anki cards\s*┃\s*flag\s*┃", result.output)  # the flag column is named
    assert result.output.endswith("stats: 2 documents, 10 Anki cards (default mode each), 1 without cards\n")
    assert "mode: each" not in result.output  # said once, in the summary, not as a stray title

    (tmp_path / "yaodian.toml").write_text('mode = "all"\n', encoding="utf-8")
    result = runner.invoke(app, ["stats", "cards/a.yaml"])
    # list1 and cloze1 set their own mode
    assert "stats: 1 document, 10 Anki cards (default mode all)" in result.output
    assert "flag" not in result.output  # no document without cards: no flag column
    result = runner.invoke(app, ["stats", "--mode", "often"])
    assert result.exit_code == 1
    assert result.output == "error: --mode must be one of each, all, both, not 'often'\n"


def test_preview_shows_only_the_cards_asked_for(
    files: list, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--id shows those cards alone (an id no card has is an error naming it), --type one kind."""
    monkeypatch.chdir(tmp_path)
    labels = re.compile(r"─ (\w+) · c\d+")
    result = runner.invoke(app, ["preview", "--id", "cloze1", "--id", "plain1"])
    assert result.exit_code == 0, result.output
    assert set(labels.findall(result.output)) == {"cloze1", "plain1"}
    result = runner.invoke(app, ["preview", "--type", "list", "--html", "out.html"])
    assert result.exit_code == 0, result.output
    assert set(labels.findall(result.output)) == {"list1"}
    page = (tmp_path / "out.html").read_text(encoding="utf-8")
    assert 'data-id="list1"' in page and 'data-id="cloze1"' not in page
    result = runner.invoke(app, ["preview", "--id", "cloze1", "--id", "gone1"])
    assert result.exit_code == 1
    assert result.output == "error: preview: no card with the id gone1 in cards\n"


def _long_list(items: int, mode: str) -> list[CardFile]:
    names = [f"第{n}项" for n in range(1, items + 1)]
    extra = "\n".join(f"{n}. {name}，原文" for n, name in enumerate(names, 1))  # as extract writes it
    card = Card(type="list", id="long", prompt="长清单", items=names, mode=mode, extra=extra)
    return [CardFile(source="l.txt", title="长文", deck="要点::长文", cards=[card])]


def test_a_long_list_shows_the_items_around_the_asked_one(tmp_path: Path) -> None:
    (middle,) = [c for c in anki_cards(_long_list(400, "each")) if c.number == 250]
    front, back = terminal_sides(middle)
    before = "长文\n长清单\n… 244 items before\n245. 第245项\n246. 第246项\n247. 第247项\n248. 第248项\n249. 第249项\n"
    assert front.plain == before + "250. [...]"
    assert back.plain == (
        before + "250. 第250项\n251. 第251项\n252. 第252项\n253. 第253项\n254. 第254项\n255. 第255项\n"
        "… 145 more items\n"
        + "\n".join(f"{n}. 第{n}项，原文" for n in range(1, 23))
        + "\n… 378 more lines of Extra"
    )
    (whole,) = anki_cards(_long_list(400, "all"))  # one card: it asks every item
    assert terminal_sides(whole)[0].plain.count("[...]") == 400


def test_preview_output_grows_linearly_with_a_list(tmp_path: Path) -> None:
    def size(items: int) -> tuple[int, int]:
        files = _long_list(items, "each")
        sides = sum(len(side.plain) for c in anki_cards(files) for side in terminal_sides(c))
        return sides, len(html_page(files))

    (small_text, small_page), (large_text, large_page) = size(300), size(1200)
    assert large_text < 5 * small_text  # four times the items; quadratic would be sixteen
    assert large_page < 5 * small_page
    page = html_page(_long_list(1200, "each"))
    assert page.count('class="pair"') == NOTE_CARDS
    assert f"… {1200 - NOTE_CARDS} more cards of this note, not shown (the page shows the first" in page


def test_terminal_whole_card_of_mode_both_hides_the_hints(tmp_path: Path) -> None:
    """Mode both nests each gap, hint and all, in the whole card's cloze, which has no hint: Anki shows
    [...] on that card, and the hint on the gap's own card."""
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "b.yaml").write_text(
        "source: seeds/b.txt\ntitle: 乙文\ndeck: 要点::乙文\ncards:\n  - id: both1\n    type: cloze\n"
        "    text: 要{{c1::功成不必在我::功成…}}\n    mode: both\n",
        encoding="utf-8",
    )
    found, problems = check_folder(cards)
    assert problems == []
    assert _sides(found, "both1", 1)[0] == "乙文\n要[功成…]"
    assert _sides(found, "both1", 100)[0] == "乙文\n要[...]"
