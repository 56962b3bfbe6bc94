"""Reading sources as learners bring them: an article copied with its line breaks lost, text
carrying characters of no width, a page a browser saved as one file (.mht, .mhtml), a Word
document with text boxes and footnotes, UTF-16 text without a byte order mark.

The files in tests/data/copies are a tester's reproducers: `分行文章.txt` is an article with its
line breaks, `一行文章.txt` the same text on one line, `一行文章_空格.txt` a copy of it whose
paragraphs are separated only by full-width indents.
"""

from __future__ import annotations

import base64
import re
import shutil
from pathlib import Path

import pytest

from yaodian.errors import YaodianError
from yaodian.extractors import extract_document
from yaodian.sources import find_sources, read_document

DATA = Path(__file__).parent / "data" / "copies"
LINE_BROKEN = DATA / "分行文章.txt"
PARAGRAPHS = [line for line in LINE_BROKEN.read_text(encoding="utf-8").splitlines() if line.strip()]


def _cards(path: Path) -> set[tuple[str, str, tuple[str, ...]]]:
    """What a learner sees of each card: its prompt and items, or its cloze text."""
    return {
        (card.type, card.prompt or card.text or "", tuple(card.items or ()))
        for card in extract_document(read_document(path)).cards
    }


# ---------------------------------------------------------------- paragraphs run together


def test_an_article_joined_by_full_width_indents_reads_as_its_paragraphs(tmp_path: Path) -> None:
    """The same article, its paragraphs joined by 　　 (as a web page's indents copy), reads
    line for line as the line-broken copy and gives the same cards."""
    path = tmp_path / "一行.txt"
    path.write_text("　　".join(PARAGRAPHS) + "\n", encoding="utf-8")
    assert [line for line in read_document(path).lines if line] == PARAGRAPHS
    assert _cards(path) == _cards(LINE_BROKEN)


def test_the_testers_full_width_copy_gives_the_cards_of_the_line_broken_one() -> None:
    oneline = read_document(DATA / "一行文章_空格.txt")
    assert len(oneline.lines) == len(PARAGRAPHS)
    assert _cards(DATA / "一行文章_空格.txt") == _cards(LINE_BROKEN)


def test_an_article_on_one_line_breaks_at_the_markers_that_open_its_paragraphs() -> None:
    """With nothing between the paragraphs, they begin at a heading's number after a sentence
    or a heading (一、 （一） 1、), at 一是 or 首先 after a heading, at 总之 after a sentence. The
    head (title, date, source) stays run into the first paragraph: nothing marks where it ends."""
    lines = [line for line in read_document(DATA / "一行文章.txt").lines if line]
    assert lines[1:] == PARAGRAPHS[3:]
    assert lines[0] == "".join(PARAGRAPHS[:3])


def test_an_article_on_one_line_gives_the_cards_of_the_line_broken_copy() -> None:
    """Every list of the line-broken copy, item for item, and every cloze of it; the first list's
    prompt differs only because the sentence that introduces it is run into the article's head."""
    line_broken, oneline = _cards(LINE_BROKEN), _cards(DATA / "一行文章.txt")
    assert {items for kind, _, items in oneline if kind == "list"} == {
        items for kind, _, items in line_broken if kind == "list"
    }
    assert {text for kind, text, _ in oneline if kind == "cloze"} >= {
        text for kind, text, _ in line_broken if kind == "cloze"
    }


def test_a_malformed_numeral_on_one_line_opens_no_paragraph(tmp_path: Path) -> None:
    """第十三十、 holds no number: the line breaks where it breaks without it."""
    path = tmp_path / "一行.txt"
    insert = ("社会号召力。", "社会号召力。第十三十、项主要任务。")
    path.write_text((DATA / "一行文章.txt").read_text(encoding="utf-8").replace(*insert), encoding="utf-8")
    expected = [line.replace(*insert) for line in read_document(DATA / "一行文章.txt").lines]
    assert read_document(path).lines == expected
    assert any("第十三十、" in line for line in expected)


def test_the_cards_of_an_article_on_one_line_say_that_line() -> None:
    """Broken into its paragraphs, the line keeps its number: each card of an article pasted as one
    line points at line 1 of the file, not at its paragraph's place among the paragraphs."""
    cards = extract_document(read_document(DATA / "一行文章.txt")).cards
    assert cards
    assert {card.origin.line for card in cards if card.origin} == {1}


def test_the_lines_around_a_line_broken_into_paragraphs_keep_their_numbers(tmp_path: Path) -> None:
    """A headline and a blank line above the run-together line, a closing line under it: the
    paragraphs say line 3, the closing line line 4, as the file numbers them."""
    path = tmp_path / "一行.txt"
    oneline = (DATA / "一行文章.txt").read_text(encoding="utf-8").strip()
    closing = "以上是我的几点粗浅体会，不妥之处请批评指正。"
    path.write_text(f"学习体会\n\n{oneline}\n{closing}\n", encoding="utf-8")
    document = read_document(path)
    where = {line: document.file_line(number) for number, line in enumerate(document.lines, 1) if line}
    paragraphs = [line for line in where if line in oneline]
    assert len(paragraphs) > 2
    assert (where["学习体会"], {where[line] for line in paragraphs}, where[closing]) == (1, {3}, 4)
    origins = {card.origin.line for card in extract_document(document).cards if card.origin}
    assert origins and origins <= {3, 4}


def test_a_mails_attached_article_on_one_line_numbers_on_after_the_mails_text(tmp_path: Path) -> None:
    """A mail's text and its attached .txt, whose article is one line: the parts are read as one
    text, the attachment's lines numbered on after the mail's; its paragraphs all say its line."""
    from email.message import EmailMessage

    oneline = (DATA / "一行文章.txt").read_text(encoding="utf-8").strip()
    mail = EmailMessage()
    mail["Subject"], mail["From"], mail["To"] = "本周学习材料", "a@example.com", "b@example.com"
    mail.set_content("各位同志：\n附件是本周的学习材料，请认真学习。\n")
    attached = f"学习心得\n{oneline}\n不妥之处请批评指正。\n"
    mail.add_attachment(attached.encode("utf-8"), maintype="text", subtype="plain", filename="心得.txt")
    path = tmp_path / "学习材料.eml"
    path.write_bytes(bytes(mail))
    document = read_document(path)
    where = {line: document.file_line(number) for number, line in enumerate(document.lines, 1) if line}
    heading = where["学习心得"]
    assert where["各位同志："] == 1
    assert heading > where["附件是本周的学习材料，请认真学习。"]
    paragraphs = {where[line] for line in where if line in oneline}
    assert (paragraphs, where["不妥之处请批评指正。"]) == ({heading + 1}, heading + 2)


LONG_PARAGRAPH = (
    "今年以来，我们坚持稳中求进工作总基调，推动经济社会发展取得新成效。"
    + "一是着力扩大有效需求，统一、规范、高效的市场体系加快建设。二是着力推进产业升级，（二）类项目有序实施。"
    + "围绕重点领域补短板、强弱项，加大投入力度，持续优化营商环境，激发各类经营主体活力。" * 4
)


@pytest.mark.parametrize(
    "text",
    [
        # a long paragraph among others: far from the whole text
        "关于经济工作\n"
        + LONG_PARAGRAPH
        + "\n"
        + "下一步，我们将继续努力，推动各项工作落到实处。" * 9
        + "\n",
        # the whole text on one line, without a paragraph's mark in it: 统一、 一是 二是 run on in prose
        LONG_PARAGRAPH + "\n",
    ],
)
def test_a_long_paragraph_is_not_broken(tmp_path: Path, text: str) -> None:
    path = tmp_path / "报告.txt"
    path.write_text(text, encoding="utf-8")
    assert read_document(path).lines == text.split("\n")


# ---------------------------------------------------------------- characters of no width

INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def test_characters_of_no_width_leave_the_text_and_the_series_is_found() -> None:
    document = read_document(DATA / "weird_spaces.txt")
    assert not any(char in line for line in document.lines for char in INVISIBLE)
    texts = {text for kind, text, _ in _cards(DATA / "weird_spaces.txt") if kind == "cloze"}
    # (the series may share its note with another gap of the sentence: one note per sentence)
    series = re.compile(r"推动\{\{c(\d+)::资源\}\}、\{\{c\d+::服务\}\}、\{\{c\d+::管理\}\}向基层下沉。$")
    assert any(series.search(text) for text in texts)
    assert any("树立“{{c1::四个意识}}”" in text for text in texts)


def _write_docx(path: Path, paragraphs: list[str]) -> None:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))


@pytest.mark.parametrize(
    ("name", "write"),
    [
        ("a.txt", lambda p, t: p.write_text(f"标题\n{t}\n", encoding="utf-8")),
        ("a.md", lambda p, t: p.write_text(f"# 标题\n\n{t}\n", encoding="utf-8")),
        (
            "a.html",
            lambda p, t: p.write_text(
                f"<html><head><title>学习{t}</title></head><body><article><h1>学习{t}</h1>"
                + f"<p>{t.replace(chr(0x200B), '&#8203;')}</p>" * 3
                + "</article></body></html>",
                encoding="utf-8",
            ),
        ),
        ("a.docx", lambda p, t: _write_docx(p, ["标题", t])),
    ],
)
def test_every_reader_drops_the_characters_of_no_width(tmp_path: Path, name: str, write) -> None:
    path = tmp_path / name
    write(path, "推动资\u200b源、服\u200d务、管\u2060理向基层下沉，树立“四个\ufeff意识”。")
    document = read_document(path)
    assert "推动资源、服务、管理向基层下沉，树立“四个意识”。" in document.lines
    assert not any(char in line for line in [*document.lines, document.title or ""] for char in INVISIBLE)


# ---------------------------------------------------------------- pages saved as one file


@pytest.mark.parametrize(
    ("name", "title", "place", "encoding"),
    [
        ("saved page.mhtml", "以高质量党建引领园区治理现代化", "园区", "utf-8"),  # Chrome: quoted-printable
        (
            "求是网.mht",
            "以高质量党建引领农村治理现代化",
            "农村",
            "gb18030",
        ),  # Internet Explorer: base64, GB2312
    ],
)
def test_a_page_saved_as_one_file_reads_as_the_page(name: str, title: str, place: str, encoding: str) -> None:
    document = read_document(DATA / name)
    assert document.meta["format"] == "html"
    assert document.encoding == encoding
    assert extract_document(document).title == title
    assert f"一、坚持党的全面领导，筑牢{place}治理的“主心骨”" in document.lines
    assert "（一）健全组织体系。要把党组织建在网格上，推动资源、服务、管理向基层下沉。" in document.lines
    assert not any("首页" in line for line in document.lines)  # the page's menu stays out, as in any page


def test_saved_pages_are_read_in_folders_by_their_suffix_or_their_content(tmp_path: Path) -> None:
    shutil.copy(DATA / "求是网.mht", tmp_path / "求是网.mht")
    shutil.copy(DATA / "saved page.mhtml", tmp_path / "saved page.mhtml")
    shutil.copy(DATA / "saved page.mhtml", tmp_path / "没有后缀")
    assert dict(find_sources([tmp_path])) == {
        tmp_path / "saved page.mhtml": None,
        tmp_path / "求是网.mht": None,
        tmp_path / "没有后缀": "unsupported file type (no suffix)",
    }
    assert read_document(tmp_path / "没有后缀").meta["format"] == "html"


def test_a_saved_page_without_a_page_in_it_is_named(tmp_path: Path) -> None:
    path = tmp_path / "图片.mht"
    image = base64.encodebytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256))).decode("ascii")
    path.write_text(
        'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b"\n\n--b\n'
        f"Content-Type: image/png\nContent-Transfer-Encoding: base64\n\n{image}\n--b--\n",
        encoding="ascii",
    )
    with pytest.raises(YaodianError) as raised:
        read_document(path)
    assert str(raised.value) == f"{path}: no web page in the saved page file"


# ---------------------------------------------------------------- Word: text boxes, footnotes


def test_a_text_box_is_read_after_the_paragraph_it_is_anchored_in() -> None:
    lines = [line for line in read_document(DATA / "遴选笔记 从严治党.docx").lines if line]
    box = lines.index("文本框：全面从严治党永远在路上，党的自我革命永远在路上。")
    assert lines[box - 1 : box + 2] == [
        "要坚持“两个维护”[1]，做到忠诚干净担当。",
        "文本框：全面从严治党永远在路上，党的自我革命永远在路上。",
        "一是加强政治监督；二是强化日常监督；三是做实专项监督。",
    ]


_BOX = """<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml"><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>
<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></w:drawing>
</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p>
</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>"""


def test_a_text_box_word_writes_twice_is_read_once(tmp_path: Path) -> None:
    """Word writes a text box as a drawing and again as a VML shape for older readers."""
    import docx
    from lxml import etree

    document = docx.Document()
    document.add_paragraph("要坚持“三不腐”一体推进。").add_run()._r.append(
        etree.fromstring(_BOX.format(text="不敢腐、不能腐、不想腐"))
    )
    document.add_paragraph("一是加强政治监督。")
    path = tmp_path / "框.docx"
    document.save(str(path))
    assert [line for line in read_document(path).lines if line] == [
        "要坚持“三不腐”一体推进。",
        "不敢腐、不能腐、不想腐",
        "一是加强政治监督。",
    ]


def test_a_footnote_is_left_out_and_the_sentence_it_marks_stays_whole() -> None:
    """A footnote is a note on the text, not the text (README says so)."""
    lines = [line for line in read_document(DATA / "二十届三中全会 脚注.docx").lines if line]
    assert "全会提出了进一步全面深化改革的总目标。" in lines
    assert not any("总目标是继续完善" in line for line in lines)


# ---------------------------------------------------------------- UTF-16 without a byte order mark


def test_utf16_without_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    document = read_document(DATA / "utf16le_nobom.txt")
    assert document.encoding == "utf-16-le"
    assert document.lines[0] == "以高质量党建引领城市治理现代化"
    big_endian = tmp_path / "be.txt"
    big_endian.write_bytes(LINE_BROKEN.read_text(encoding="utf-8").encode("utf-16-be"))
    document = read_document(big_endian)
    assert document.encoding == "utf-16-be"
    assert [line for line in document.lines if line] == PARAGRAPHS


def test_bytes_that_look_like_utf16_but_do_not_read_as_it_say_what_to_try(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    text = "统战工作 notes\n".encode("utf-16-le")
    path.write_bytes(text.replace("统".encode("utf-16-le"), b"\xff\xdb") * 20)  # a lone surrogate
    with pytest.raises(YaodianError) as raised:
        read_document(path)
    assert str(raised.value) == (
        f"{path}: binary file, or UTF-16 text without a byte order mark (try --encoding utf-16-le or utf-16-be)"
    )


@pytest.mark.parametrize("data", [b"\x00\x01binary", b"\x00\x01binaryxy", b"\x01\x00binary"])
def test_bytes_that_read_as_utf16_of_rare_characters_are_binary(tmp_path: Path, data: bytes) -> None:
    """charset-normalizer reads these as UTF-16 (Ā楢慮祲祸): no text a learner brings."""
    path = tmp_path / "broken.txt"
    path.write_bytes(data)
    with pytest.raises(YaodianError) as raised:
        read_document(path)
    assert str(raised.value) == f"{path}: binary file, not a text document"


def test_a_binary_file_is_still_called_binary() -> None:
    with pytest.raises(YaodianError) as raised:
        read_document(DATA / "png_as_txt.txt")
    assert str(raised.value) == f"{DATA / 'png_as_txt.txt'}: binary file, not a text document"
