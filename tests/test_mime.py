"""Reading saved mails (.eml): the mail's text and the attachments yaodian reads, what it leaves
out and says so, its subject. The mails are written here, as the mail clients named write them."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from yaodian.errors import YaodianError
from yaodian.sources import LineLayout, find_sources, read_document


def _saved_mail(path: Path, subject: str, body: str) -> Path:
    """A mail as a mail client saves it (.eml): its text base64 in a part, a PDF attached."""
    import base64

    def b64(text: str) -> str:
        return base64.b64encode(text.encode()).decode()

    path.write_text(
        f"From: =?utf-8?B?{b64('李婷')}?= <li@example.com>\nTo: group@example.com\n"
        f"Subject: =?utf-8?B?{b64(subject)}?=\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="XX"\n\nThis is a multi-part message in MIME format.\n\n'
        '--XX\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: base64\n\n'
        f'{b64(body)}\n--XX\nContent-Type: application/pdf; name="a.pdf"\n'
        'Content-Disposition: attachment; filename="a.pdf"\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjcK\n--XX--\n',
        "utf-8",
    )
    return path


def test_a_saved_mail_is_read_as_its_text_and_named_by_its_subject(tmp_path: Path) -> None:
    body = "各位同学：\n本周精读材料如下。\n\n以基层减负促进基层治理效能提升\n王某某\n"
    path = _saved_mail(tmp_path / "a.eml", "转发：本周精读", body)
    document = read_document(path)
    assert document.lines == body.split("\n")  # no headers, no boundaries, no attachment
    assert document.name == "转发：本周精读"  # the subject names the mail as a file's name does
    assert document.headline is None  # ... and is no headline the text gives
    assert [skip for _, skip in find_sources([tmp_path])] == [None]


def _forwarded_mail(path: Path, note: str, attached: list[tuple[str, str, bytes]]) -> Path:
    """A forwarded mail as Foxmail saves it: its note as text/plain and text/html (GBK, base64),
    then each attachment (its file name as the mail writes it, its Content-Type, its bytes)."""
    import base64

    def b64(data: bytes) -> str:
        return base64.encodebytes(data).decode()

    def words(text: str) -> str:  # (an encoded word, as Foxmail writes names in quotes too)
        return f"=?GBK?B?{base64.b64encode(text.encode('gbk')).decode()}?="

    page = "<html><body>" + "".join(f"<div>{line}</div>" for line in note.split("\n")) + "</body></html>"
    parts = [
        f'--ALT\nContent-Type: text/plain;\n\tcharset="GBK"\nContent-Transfer-Encoding: base64\n\n'
        f'{b64(note.encode("gbk"))}\n--ALT\nContent-Type: text/html;\n\tcharset="GBK"\n'
        f"Content-Transfer-Encoding: base64\n\n{b64(page.encode('gbk'))}\n--ALT--\n"
    ]
    for name, content_type, data in attached:
        parts.append(
            f'--MIX\nContent-Type: {content_type};\n\tname="{words(name)}"\n'
            f'Content-Disposition: attachment; filename="{words(name)}"\n'
            f"Content-Transfer-Encoding: base64\n\n{b64(data)}\n"
        )
    path.write_text(
        f"From: {words('党办')} <db@example.com>\nTo: zxz@example.com\nSubject: {words('转发：发言材料')}\n"
        'Mime-Version: 1.0\nContent-Type: multipart/mixed;\n\tboundary="MIX"\n\n'
        "This is a multi-part message in MIME format.\n\n--MIX\nContent-Type: multipart/alternative;\n"
        '\tboundary="ALT"\n\n' + "\n".join(parts) + "--MIX--\n",
        "ascii",
    )
    return path


_NOTE = "各位领导：\n现将交流发言材料（见附件）转发给大家，请认真学习。\n党委办公室"
_SPEECH = (
    "以学促干 担当作为\n——在中心组集体学习会上的交流发言\n\n一、深化学习，筑牢思想根基\n我们坚持学思用贯通。"
)


def test_a_forwarded_mail_reads_its_note_and_then_the_document_it_attaches(tmp_path: Path) -> None:
    # (the document a mail forwards is its attachment: GBK text, base64, a Chinese file name)
    path = _forwarded_mail(
        tmp_path / "a.eml",
        _NOTE,
        [("王某-发言材料（修改稿）.txt", "text/plain; charset=GBK", _SPEECH.encode("gbk"))],
    )
    document = read_document(path)
    assert document.lines == [*_NOTE.split("\n"), "", *_SPEECH.split("\n")]
    assert document.name == "转发：发言材料"  # the subject still names the mail
    assert document.meta["format"] == "text"


def test_a_mail_reads_word_markdown_and_web_page_attachments_in_its_order(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("一、深化学习")
    word.add_paragraph("我们坚持学思用贯通。")
    saved = io.BytesIO()
    word.save(saved)
    page = "<html><body><h1>学习心得</h1><p>我们坚持学思用贯通，知信行统一，把学习成果转化为推动工作的强大动力。</p></body></html>"
    path = _forwarded_mail(
        tmp_path / "a.eml",
        _NOTE,
        [
            ("材料.docx", "application/octet-stream", saved.getvalue()),  # (its name tells its format)
            ("提纲.md", "application/octet-stream", "# 学习提纲\n\n- 筑牢思想根基\n".encode()),
            ("图.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
            ("心得.htm", "text/html; charset=GBK", page.encode("gbk")),  # (its charset in the part's header)
        ],
    )
    document = read_document(path)
    assert document.lines[3:] == [
        *["", "一、深化学习", "我们坚持学思用贯通。"],
        *["", "学习提纲", "", "筑牢思想根基", ""],
        *["", "学习心得", "我们坚持学思用贯通，知信行统一，把学习成果转化为推动工作的强大动力。"],
    ]
    # (each attachment's layout is numbered on from the lines above it)
    assert document.layout[8] == LineLayout(heading=1)
    assert document.layout[10].bullet == 1


def test_a_mail_leaves_out_an_attachment_that_copies_its_text_or_cannot_be_read(tmp_path: Path) -> None:
    # (正文附后，Word版见附件: the text in the mail, the same text as a Word file, cut otherwise)
    word = docx.Document()
    for line in ["以学促干 担当作为", "一、深化学习", "我们坚持学思用贯通。"]:
        word.add_paragraph(line)
    saved = io.BytesIO()
    word.save(saved)
    text = "各位领导：正文附后，Word版见附件。\n\n以学促干 担当作为\n一、深化学习。我们坚持学思用贯通。"
    path = _forwarded_mail(
        tmp_path / "a.eml",
        text,
        [
            (
                "材料.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                saved.getvalue(),
            ),
            ("坏的.pdf", "application/pdf", b"%PDF-1.7\n"),  # (damaged: no traceback, no text)
            ("坏的.docx", "application/octet-stream", b"PK\x03\x04 broken"),
            ("乱码.txt", "text/plain; charset=klingon", b"\x00\x01"),
            (
                "名片.vcf",
                "text/x-vcard; charset=utf-8",
                b"BEGIN:VCARD\nFN:Li Ting\nEND:VCARD\n",
            ),  # (no document)
            ("会议.ics", "text/plain; charset=utf-8", b"BEGIN:VCALENDAR\nEND:VCALENDAR\n"),
        ],
    )
    assert read_document(path).lines == text.split("\n")


def test_a_mail_of_an_attachment_alone_is_read_and_one_of_none_it_reads_is_refused(tmp_path: Path) -> None:
    path = _forwarded_mail(
        tmp_path / "a.eml", "", [("材料.txt", "text/plain; charset=GBK", _SPEECH.encode("gbk"))]
    )
    assert read_document(path).lines == _SPEECH.split("\n")
    path = _forwarded_mail(tmp_path / "b.eml", "", [("图.png", "image/png", b"\x89PNG\r\n\x1a\n")])
    with pytest.raises(YaodianError, match="no article text found"):  # (its empty page of HTML says why)
        read_document(path)


def test_a_mail_forwarded_as_an_attachment_is_read_as_a_mail(tmp_path: Path) -> None:
    from email.message import EmailMessage

    inner = EmailMessage()
    inner["From"], inner["Subject"] = "wang@example.com", "发言材料"
    inner.set_content(_SPEECH, charset="utf-8")
    outer = EmailMessage()
    outer["From"], outer["Subject"] = "db@example.com", "转发：发言材料"
    outer.set_content("请阅附件。", charset="utf-8")
    outer.add_attachment(inner)  # (message/rfc822: its text parts are its own, not the mail's)
    path = tmp_path / "a.eml"
    path.write_bytes(outer.as_bytes())
    document = read_document(path)
    assert document.lines == ["请阅附件。", "", "", *_SPEECH.split("\n"), ""]
    assert document.name == "转发：发言材料"
