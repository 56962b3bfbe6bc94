"""Reading saved mails (.eml): the mail's text and the attachments yaodian reads, what it leaves
out and says so, its subject. The mails are written here, as the mail clients named write them."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from yaodian.cli import app
from yaodian.errors import YaodianError
from yaodian.sources import LineLayout, find_sources, read_document
from yaodian.sources.mime import Mail, MailPart, read_mail


def _saved_mail(path: Path, subject: str, body: str) -> Path:
    """A mail as a mail client saves it (.eml): its text base64 in a part, a picture attached."""
    import base64

    def b64(text: str) -> str:
        return base64.b64encode(text.encode()).decode()

    path.write_text(
        f"From: =?utf-8?B?{b64('李婷')}?= <li@example.com>\nTo: group@example.com\n"
        f"Subject: =?utf-8?B?{b64(subject)}?=\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="XX"\n\nThis is a multi-part message in MIME format.\n\n'
        '--XX\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: base64\n\n'
        f'{b64(body)}\n--XX\nContent-Type: image/png; name="a.png"\n'
        'Content-Disposition: attachment; filename="a.png"\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--XX--\n',
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
    document = read_document(path)
    assert document.lines == text.split("\n")
    # (a document it cannot read is a warning; a contact card and an invitation are no documents)
    assert [str(problem) for problem in document.left_out] == [
        f"{path}: attachment 坏的.pdf left out: cannot read as a PDF: Stream has ended unexpectedly",
        f"{path}: attachment 坏的.docx left out: cannot read as a Word document: File is not a zip file",
        f"{path}: attachment 乱码.txt left out: binary file, not a text document",
    ]


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


# ---------------------------------------------------------------- mails built part by part

_SPEECH_LINES = [
    "以学促干 担当作为",
    "——在中心组集体学习会上的交流发言",
    "一、深化学习，筑牢思想根基",
    "我们坚持学思用贯通，知信行统一，把学习成果转化为推动工作的强大动力。",
    "二、强化担当，推动工作落实",
    "我们坚持问题导向，聚焦群众急难愁盼，切实解决一批实际问题。",
    "三、转变作风，提升工作效能",
    "我们坚持深入基层调查研究，做到情况在一线掌握、问题在一线解决。",
]
_WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _word(lines: list[str], title: str | None = None) -> bytes:
    """A .docx of `lines`, one paragraph each, under `title` set in Word's Title style."""
    document = docx.Document()
    if title:
        document.add_heading(title, 0)
    for line in lines:
        document.add_paragraph(line)
    saved = io.BytesIO()
    document.save(saved)
    return saved.getvalue()


def _words(text: str, charset: str = "utf-8") -> str:
    """`text` as an encoded word, as mail clients write a subject or a file name."""
    return f"=?{charset}?B?{base64.b64encode(text.encode(charset)).decode()}?="


def _part(content_type: str, data: bytes, name: str = "", disposition: str = "attachment") -> bytes:
    """A part of a mail, base64: its type, its file's name (none for the mail's text), its bytes."""
    head = f"Content-Type: {content_type}"
    if name:
        head += f'; name="{_words(name)}"\nContent-Disposition: {disposition}; filename="{_words(name)}"'
    return f"{head}\nContent-Transfer-Encoding: base64\n\n".encode() + base64.encodebytes(data)


def _note(text: str, charset: str = "utf-8") -> bytes:
    return _part(f"text/plain; charset={charset}", text.encode(charset))


def _mail(path: Path, parts: list[bytes], subject: bytes | str = "转发：发言材料") -> Path:
    """A multipart/mixed mail of `parts` under `subject` (a text is written as encoded words,
    bytes as they are: raw 8-bit, as older clients write it)."""
    if isinstance(subject, str):
        subject = _words(subject).encode()
    data = b"From: a@example.com\nTo: b@example.com\nSubject: " + subject
    data += b'\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="B1"\n\n'
    data += b"".join(b"--B1\n" + part + b"\n" for part in parts) + b"--B1--\n"
    path.write_bytes(data)
    return path


_COVER = "各位领导：\n现将交流发言材料（见附件）转发给大家，请认真学习。\n党委办公室"
# A mail's text that is a document: more Chinese than a note that sends a file holds.
_LONG_TEXT = "\n".join(f"第{n}条，{line}" for n in range(1, 9) for line in _SPEECH_LINES[3::2])


@pytest.mark.parametrize(
    ("name", "content_type", "data", "why"),
    [
        (
            "发言材料.doc",
            "application/msword",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100),
            "old Word format",
        ),
        ("扫描件.pdf", "application/pdf", b"%PDF-1.7\n", "cannot read as a PDF"),
        ("winmail.dat", "application/ms-tnef", b"\x78\x9f\x3e\x22" * 50, "Outlook's packed attachments"),
    ],
)
def test_an_attachment_it_cannot_read_fails_a_mail_whose_text_only_sends_it(
    tmp_path: Path, name: str, content_type: str, data: bytes, why: str
) -> None:
    # (请查收附件 and a .doc: no card 请查收附件, the error the file alone gives)
    path = _mail(tmp_path / "a.eml", [_note("请查收附件。"), _part(content_type, data, name)])
    with pytest.raises(YaodianError, match=f"attachment {name}: .*{why}.*the mail's text only sends it"):
        read_document(path)
    # (beside a text to study, long or sending no file, it is a warning and the text is read)
    for n, text in enumerate([_LONG_TEXT, "\n".join(_SPEECH_LINES)]):
        path = _mail(tmp_path / f"{n}.eml", [_note(text), _part(content_type, data, name)])
        document = read_document(path)
        assert document.lines == text.split("\n")
        assert len(document.left_out) == 1
        assert f"attachment {name} left out: " in str(document.left_out[0])


def test_extract_warns_of_a_mail_attachment_it_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mail").mkdir()
    broken = _part(_WORD, b"PK\x03\x04 broken", "材料.docx")
    _mail(tmp_path / "mail" / "a.eml", [_note(_LONG_TEXT), broken])
    result = CliRunner().invoke(app, ["extract", "mail"])
    assert result.exit_code == 0, result.output
    warning = "warning: mail/a.eml: attachment 材料.docx left out: cannot read as a Word document: File is not a zip file"
    assert warning in result.output
    again = CliRunner().invoke(app, ["extract", "mail"])  # (unchanged since: the warning all the same)
    assert warning in again.output


def test_an_attached_documents_own_title_heads_a_mail_whose_text_only_sends_it(tmp_path: Path) -> None:
    # (请查收 names no document; the Word file's Title style does)
    attached = _part(_WORD, _word(_SPEECH_LINES[1:], title=_SPEECH_LINES[0]), "材料.docx")
    document = read_document(_mail(tmp_path / "a.eml", [_note(_COVER), attached], subject="请查收"))
    assert document.headline == "以学促干 担当作为"
    # (a mail whose text is the document: the subject names it, the titles package reads its text)
    document = read_document(_mail(tmp_path / "b.eml", [_note(_LONG_TEXT), attached], subject="请查收"))
    assert document.headline is None
    assert document.name == "请查收"


def test_a_mail_forwarded_as_an_attachment_in_base64_is_read_as_a_mail(tmp_path: Path) -> None:
    inner = f"From: c@example.com\nSubject: {_words('发言材料')}\nMIME-Version: 1.0\n".encode() + _note(
        "\n".join(_SPEECH_LINES)
    )
    path = _mail(
        tmp_path / "a.eml", [_note("转给大家学习。"), _part("message/rfc822", inner, "发言材料.eml")]
    )
    assert read_document(path).lines == ["转给大家学习。", "", *_SPEECH_LINES]


def test_an_attachment_that_copies_the_mail_text_but_for_format_characters_is_left_out(
    tmp_path: Path,
) -> None:
    # (正文附后, and a Word file of the same text pasted from WeChat, zero-width spaces inside)
    text = "正文附后，Word版见附件。\n" + "\n".join(_SPEECH_LINES)
    pasted = [line[:5] + "\u200b" + line[5:] for line in _SPEECH_LINES]
    path = _mail(tmp_path / "a.eml", [_note(text), _part(_WORD, _word(pasted), "材料.docx")])
    assert read_document(path).lines == text.split("\n")


def test_an_attachment_that_copies_a_mail_text_run_on_past_its_headings_is_left_out(tmp_path: Path) -> None:
    # (the mail's text runs each heading into its paragraph; the Word file sets it apart)
    text = "正文附后。\n" + "".join(_SPEECH_LINES)
    path = _mail(tmp_path / "a.eml", [_note(text), _part(_WORD, _word(_SPEECH_LINES), "材料.docx")])
    assert read_document(path).lines == text.split("\n")


def test_a_revision_attached_to_the_draft_it_revises_is_kept(tmp_path: Path) -> None:
    # (初稿如下，修改稿见附件: one sentence rewritten is the revision the learner studies)
    draft = _SPEECH_LINES + [f"第{n}条，我们坚持深入基层调查研究，做到情况在一线掌握。" for n in range(1, 12)]
    revision = [*draft[:7], "我们坚持把调查研究作为基本功，全年走访基层单位四十余个。", *draft[8:]]
    text = "初稿如下，修改稿见附件。\n" + "\n".join(draft)
    path = _mail(tmp_path / "a.eml", [_note(text), _part(_WORD, _word(revision), "发言材料（修改稿）.docx")])
    assert read_document(path).lines == [*text.split("\n"), "", *revision]


def test_a_long_attachment_is_compared_with_the_mail_text_line_by_line() -> None:
    """A long report attached to the mail that holds it is told a copy whatever its lines' order, and
    one whose every line differs is not. (No timing here: tests assert no speed; a load on the
    machine failed the 4-second bound this test once held.)"""
    from yaodian.sources import _copied

    given = [f"{n:05d}" + "我们坚持学思用贯通知信行统一" * 7 + "。" for n in range(16_000)]
    assert _copied(given[::-1], given)
    assert not _copied([line.replace("我们", "他们") for line in given], given)


def test_the_encoding_named_is_the_mail_texts_and_its_error_is_said(tmp_path: Path) -> None:
    # (a GBK text with no charset, a UTF-8 file attached: --encoding gbk names the text's)
    text = _part("text/plain", _COVER.encode("gbk"))
    attached = _part("text/plain; charset=utf-8", "\n".join(_SPEECH_LINES).encode(), "材料.txt")
    path = _mail(tmp_path / "a.eml", [text, attached])
    assert read_document(path, "gbk").lines == [*_COVER.split("\n"), "", *_SPEECH_LINES]
    with pytest.raises(YaodianError, match=r"cannot decode as utf-8.*try another --encoding"):
        read_document(path, "utf-8")


def test_a_text_apple_mail_splits_around_an_inline_picture_is_read_whole(tmp_path: Path) -> None:
    parts = [
        _note("\n".join(_SPEECH_LINES[:4])),
        _part("image/png", b"\x89PNG\r\n\x1a\n\x00\x00", "IMG_0001.png", "inline"),
        _note("\n".join(_SPEECH_LINES[4:])),
    ]
    assert read_document(_mail(tmp_path / "a.eml", parts)).lines == [
        *_SPEECH_LINES[:4],
        "",
        *_SPEECH_LINES[4:],
    ]


def test_a_subject_in_raw_gbk_or_gbk_labelled_gb2312_is_read(tmp_path: Path) -> None:
    # (older Foxmail and QQ Mail write the subject's bytes as they are)
    raw = _mail(tmp_path / "a.eml", [_note(_COVER)], subject="转发：发言材料".encode("gbk"))
    assert read_document(raw).name == "转发：发言材料"
    labelled = f"=?gb2312?B?{base64.b64encode('学习朱镕基讲话'.encode('gbk')).decode()}?="  # (镕 is GBK's)
    assert (
        read_document(_mail(tmp_path / "b.eml", [_note(_COVER)], subject=labelled.encode())).name
        == "学习朱镕基讲话"
    )


# ---------------------------------------------------------------- file names in raw 8-bit bytes

_BROKEN_WORD = b"PK\x03\x04 broken"


def _mail_naming_in_raw_bytes(
    path: Path, text: str, charset: str, name: bytes, field: str = "Content-Disposition"
) -> Path:
    """A mail, built by the email package, whose text is `text` in `charset` and whose attachment (a
    damaged Word file) is named in raw 8-bit bytes, as some Chinese mail clients write a file name
    (no encoded words, no RFC 2231) in the Content-Disposition's filename or the Content-Type's name."""
    from email import policy
    from email.generator import BytesGenerator
    from email.mime.application import MIMEApplication
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    mail = MIMEMultipart()
    mail["From"], mail["Subject"] = "a@example.com", "转发：发言材料"
    mail.attach(MIMEText(text, "plain", charset))
    attached = MIMEApplication(_BROKEN_WORD)
    quoted = name.decode("ascii", "surrogateescape")  # (the email package's way to carry raw bytes)
    if field == "Content-Type":
        attached.replace_header("Content-Type", f'application/octet-stream; name="{quoted}"')
    else:
        attached["Content-Disposition"] = f'attachment; filename="{quoted}"'
    mail.attach(attached)
    saved = io.BytesIO()
    BytesGenerator(saved, policy=policy.compat32.clone(cte_type="8bit")).flatten(mail)
    path.write_bytes(saved.getvalue())
    return path


def test_extract_names_an_attachment_named_in_raw_gbk_as_the_mail_writes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mail").mkdir()
    name = "材料（修改稿）.docx".encode("gbk")
    _mail_naming_in_raw_bytes(tmp_path / "mail" / "a.eml", _LONG_TEXT, "gbk", name)
    assert b'filename="\xb2\xc4\xc1\xcf' in (tmp_path / "mail" / "a.eml").read_bytes()  # (as sent)
    result = CliRunner().invoke(app, ["extract", "mail"])
    assert result.exit_code == 0, result.output
    warning = (
        "warning: mail/a.eml: attachment 材料（修改稿）.docx left out: "
        "cannot read as a Word document: File is not a zip file"
    )
    assert warning in result.output  # (not �������������.docx)


_BIG5_TEXT = "\n".join(
    f"第{n}條，我們堅持學思用貫通，知信行統一，把學習成果轉化為推動工作的強大動力。" for n in range(1, 9)
)


@pytest.mark.parametrize(
    ("text", "charset", "name", "field", "read"),
    [
        # (GBK bytes in a mail whose text is UTF-8: the most plausibly Chinese reading)
        (
            _LONG_TEXT,
            "utf-8",
            "材料（修改稿）.docx".encode("gbk"),
            "Content-Disposition",
            "材料（修改稿）.docx",
        ),
        # (Big5 bytes in a Big5 mail: the mail's charset, where GB18030 would read other characters)
        (
            _BIG5_TEXT,
            "big5",
            "發言材料（修改稿）.docx".encode("big5"),
            "Content-Disposition",
            "發言材料（修改稿）.docx",
        ),
        # (UTF-8 bytes in a UTF-8 mail: UTF-8, where its reading is no misreading of GBK)
        (_LONG_TEXT, "utf-8", "发言材料.docx".encode(), "Content-Disposition", "发言材料.docx"),
        # (... a rare character, a Latin letter among them too)
        (_LONG_TEXT, "utf-8", "朱镕基讲话·Café.docx".encode(), "Content-Disposition", "朱镕基讲话·Café.docx"),
        # (a name only in the Content-Type, as older Outlook writes it)
        (_LONG_TEXT, "gbk", "发言材料.docx".encode("gbk"), "Content-Type", "发言材料.docx"),
        # (a name of ASCII alone, as before)
        (_LONG_TEXT, "gbk", b"cailiao.docx", "Content-Disposition", "cailiao.docx"),
    ],
    ids=[
        "gbk in a utf-8 mail",
        "big5 in a big5 mail",
        "utf-8 in a utf-8 mail",
        "rare and latin utf-8 in a utf-8 mail",
        "content-type name",
        "ascii",
    ],
)
def test_an_attachment_named_in_raw_8_bit_bytes_is_named_as_the_mail_reads_them(
    tmp_path: Path, text: str, charset: str, name: bytes, field: str, read: str
) -> None:
    path = _mail_naming_in_raw_bytes(tmp_path / "a.eml", text, charset, name, field)
    document = read_document(path)
    assert document.lines == text.split("\n")
    assert [str(problem) for problem in document.left_out] == [
        f"{path}: attachment {read} left out: cannot read as a Word document: File is not a zip file"
    ]


def _raw_named(name: bytes) -> bytes:
    """An attached damaged Word file named in raw 8-bit bytes, as older Foxmail writes it."""
    head = b'Content-Type: application/octet-stream\nContent-Disposition: attachment; filename="' + name
    return head + b'"\nContent-Transfer-Encoding: base64\n\n' + base64.encodebytes(_BROKEN_WORD)


@pytest.mark.parametrize("charset", ["utf-8", None])
@pytest.mark.parametrize("word", ["讲话", "材料", "方案", "报告", "附件"])
def test_a_two_character_subject_or_name_in_raw_gbk_is_read_as_gbk_not_big5(
    tmp_path: Path, word: str, charset: str | None
) -> None:
    # (two GBK characters read in Big5 as two frequent ones too, 讲话 as 蔡趕: mainland GBK wins)
    text = _part(f"text/plain; charset={charset}", _LONG_TEXT.encode()) if charset else None
    text = text or _part("text/plain", _LONG_TEXT.encode("gbk"))
    raw = word.encode("gbk")
    path = _mail(tmp_path / "a.eml", [text, _raw_named(raw + b".docx")], subject=raw)
    document = read_document(path)
    assert document.name == word
    assert [str(problem) for problem in document.left_out] == [
        f"{path}: attachment {word}.docx left out: cannot read as a Word document: File is not a zip file"
    ]


@pytest.mark.parametrize(
    ("text", "attached"),
    [
        # (the text declares no charset; an attached file declares a Western one of its own)
        (
            _part("text/plain", _LONG_TEXT.encode("gbk")),
            _part("text/plain; charset=iso-8859-1", b"See the schedule of the meeting.", "readme.txt"),
        ),
        # (a text in English that Outlook, set to Western, declares windows-1252)
        (_part("text/plain; charset=windows-1252", b"Please study the attached file. " * 4), None),
    ],
    ids=["charset of an attachment", "western text"],
)
def test_raw_gbk_in_a_mail_of_a_western_charset_is_read_as_gbk(
    tmp_path: Path, text: bytes, attached: bytes | None
) -> None:
    # (a single-byte Western charset reads any bytes, 关于… as ¹ØÓÚ…: it is taken where its reading
    # is plausible, and it is the mail's where its text declares it, not a file attached to it)
    subject = "关于开展主题教育的通知"
    parts = [text, _raw_named("学习材料.docx".encode("gbk")), *([attached] if attached else [])]
    path = _mail(tmp_path / "a.eml", parts, subject=subject.encode("gbk"))
    document = read_document(path)
    assert document.name == subject
    assert [str(problem) for problem in document.left_out] == [
        f"{path}: attachment 学习材料.docx left out: cannot read as a Word document: File is not a zip file"
    ]


@pytest.mark.parametrize("label", ["hex", "base64", "rot13", "undefined", "utf\x00-8"])
def test_a_mail_whose_text_declares_a_label_of_no_text_encoding_is_read(tmp_path: Path, label: str) -> None:
    # (codecs knows these labels, as no text encodings: the text and raw bytes are detected)
    text = _part(f'text/plain; charset="{label}"', _LONG_TEXT.encode("gbk"))
    parts = [text, _raw_named("材料.docx".encode("gbk"))]
    path = _mail(tmp_path / "a.eml", parts, subject="学习材料".encode("gbk"))
    document = read_document(path)
    assert (document.name, document.lines) == ("学习材料", _LONG_TEXT.split("\n"))
    assert [str(problem) for problem in document.left_out] == [
        f"{path}: attachment 材料.docx left out: cannot read as a Word document: File is not a zip file"
    ]


@pytest.mark.parametrize("charset", ["gbk", None])
@pytest.mark.parametrize("word", ["通知", "学习", "摘要"])
def test_a_gbk_subject_or_name_that_is_valid_utf_8_is_read_as_gbk(
    tmp_path: Path, word: str, charset: str | None
) -> None:
    # (GBK's 通知 is valid UTF-8 too, of a Hebrew accent and a combining mark, ֪ͨ; 学习 of a
    # Cyrillic and a Greek letter, ѧϰ)
    text = _part(f"text/plain; charset={charset}" if charset else "text/plain", _LONG_TEXT.encode("gbk"))
    raw = word.encode("gbk")
    path = _mail(tmp_path / "a.eml", [text, _raw_named(raw + b".docx")], subject=raw)
    document = read_document(path)
    assert document.name == word
    assert [str(problem) for problem in document.left_out] == [
        f"{path}: attachment {word}.docx left out: cannot read as a Word document: File is not a zip file"
    ]


@pytest.mark.parametrize("charset", ["utf-8", None])
@pytest.mark.parametrize(
    "name",
    [
        "Ю.Иванов.docx",
        "Доклад.docx",
        "Αθήνα.docx",
        "Я.docx",
        "μm.docx",
        "β-test.docx",
        "Café_Москва.docx",
        "Ålesund_Ωmega.docx",
        "Résumé-Иванов.docx",
        "Müller_α.docx",
        "⚠️ Urgent.docx",
        "Re: ✔️.docx",
        "1️⃣ 通知.docx",
    ],
)
def test_a_greek_cyrillic_or_emoji_name_in_raw_utf_8_is_read_as_utf_8(
    tmp_path: Path, name: str, charset: str | None
) -> None:
    # (GBK reads the two bytes of a Greek or Cyrillic letter as a frequent Han character, Иванов
    # as 袠胁邪薪芯胁: a UTF-8 reading of words of one script each is a name's; no detector reads a
    # UTF-8 mail's, which read Müller_α as M眉ller_伪; an emoji's variation selector is a mark on a
    # sign, which GBK misread gives none of)
    text = _part(
        f"text/plain; charset={charset}" if charset else "text/plain", _LONG_TEXT.encode(charset or "gbk")
    )
    raw = name.encode()
    path = _mail(tmp_path / "a.eml", [text, _raw_named(raw)], subject=raw[: -len(".docx")])
    document = read_document(path)
    assert document.name == name[: -len(".docx")]
    assert [str(problem) for problem in document.left_out] == [
        f"{path}: attachment {name} left out: cannot read as a Word document: File is not a zip file"
    ]


@pytest.mark.parametrize(
    ("name", "charset"),
    [
        ("钱钰", "gbk"),
        ("刘钰", "gb2312"),
        ("镕", "gbk"),
        ("砼结构", "gbk"),
        ("堃", "gb18030"),
        ("囧", "gbk"),
        ("講話", "big5"),
    ],
)
def test_a_subject_or_name_in_raw_bytes_is_read_by_the_chinese_charset_the_mail_declares(
    tmp_path: Path, name: str, charset: str
) -> None:
    # (a name of GB2312's level-2 characters, frequent in names, or GBK's: the declared GBK reads
    # it, where a detector read 钱钰 as Japanese, 熱釐)
    raw = name.encode(charset)
    text = _BIG5_TEXT if charset == "big5" else _LONG_TEXT
    path = _mail(tmp_path / "a.eml", [_note(text, charset), _raw_named(raw + b".docx")], subject=raw)
    document = read_document(path)
    assert document.name == name
    assert [str(problem) for problem in document.left_out] == [
        f"{path}: attachment {name}.docx left out: cannot read as a Word document: File is not a zip file"
    ]


_RAW_GBK_NAME = "材料.docx".encode("gbk")


@pytest.mark.parametrize(
    ("disposition", "content_type", "read"),
    [
        # (an encoded word that holds " and ;, beside a raw name in the other field: not cut there)
        (
            b'attachment; filename="' + _words('a"b;c.docx').encode() + b'"',
            b'application/octet-stream; name="' + _RAW_GBK_NAME + b'"',
            'a"b;c.docx',
        ),
        # (raw bytes and an encoded word in one name: no \u5e74 for 年)
        (
            b'attachment; filename="2024 ' + "年".encode("gbk") + f' {_words("发言材料")} v2.docx"'.encode(),
            b"application/octet-stream",
            "2024 年 发言材料 v2.docx",
        ),
        # (an encoded word beside a raw name in the other field, as before)
        (
            f'attachment; filename="{_words("发言材料.docx")}"'.encode(),
            b'application/octet-stream; name="' + _RAW_GBK_NAME + b'"',
            "发言材料.docx",
        ),
        # (a backslash beside an encoded word, a raw name in the other field: no \U escape read)
        (
            b'attachment; filename="C:\\Users\\' + _words("材料").encode() + b'.docx"',
            b'application/octet-stream; name="' + _RAW_GBK_NAME + b'"',
            "C:\\Users\\材料.docx",
        ),
        # (... in one name with raw bytes)
        (
            b'attachment; filename="' + "年".encode("gbk") + b"\\u4e " + _words("材料").encode() + b'.docx"',
            b"application/octet-stream",
            "年\\u4e 材料.docx",
        ),
        # (an RFC 2231 name of raw bytes: read in the charset it declares, or as raw bytes are)
        (b"attachment; filename*=utf-8''" + "材料.docx".encode(), b"application/octet-stream", "材料.docx"),
        (b"attachment; filename*=gbk''" + _RAW_GBK_NAME, b"application/octet-stream", "材料.docx"),
        (b"attachment; filename*=utf-8''" + _RAW_GBK_NAME, b"application/octet-stream", "材料.docx"),
    ],
    ids=[
        "quote and semicolon encoded",
        "raw and encoded in one name",
        "encoded beside raw",
        "backslash beside encoded",
        "backslash in a raw name",
        "rfc 2231 of raw utf-8",
        "rfc 2231 of raw gbk",
        "rfc 2231 of raw gbk declared utf-8",
    ],
)
def test_a_name_of_raw_bytes_and_encoded_words_is_read_whole(
    tmp_path: Path, disposition: bytes, content_type: bytes, read: str
) -> None:
    attached = b"Content-Type: " + content_type + b"\nContent-Disposition: " + disposition
    attached += b"\nContent-Transfer-Encoding: base64\n\n" + base64.encodebytes(_BROKEN_WORD)
    path = _mail(tmp_path / "a.eml", [_note(_LONG_TEXT, "gbk"), attached])
    assert [str(problem) for problem in read_document(path).left_out] == [
        f"{path}: attachment {read} left out: cannot read as a Word document: File is not a zip file"
    ]


def test_a_subject_of_an_encoded_word_and_a_backslash_is_read(tmp_path: Path) -> None:
    # (a \U not followed by hex digits, beside an encoded word: as written)
    path = _mail(
        tmp_path / "a.eml", [_note(_LONG_TEXT, "gbk")], subject=(_words("材料") + " D:\\Users\\x").encode()
    )
    assert read_document(path).name == "材料 D:\\Users\\x"


def _cut_words(text: str, cut: int, between: str) -> str:
    """`text` as two UTF-8 encoded words cut after its `cut`th byte (a character cut between them,
    as clients cut a long subject), `between` them."""
    data = text.encode()
    return between.join(
        f"=?utf-8?B?{base64.b64encode(chunk).decode()}?=" for chunk in (data[:cut], data[cut:])
    )


@pytest.mark.parametrize(
    "between", [" ", "\t", "\n ", " \n "], ids=["blank", "tab", "folded", "blank folded"]
)
def test_a_character_cut_between_two_encoded_words_is_read_whole(tmp_path: Path, between: str) -> None:
    subject = _cut_words("关于开展学习的通知", 7, between)
    name = _cut_words("学习材料.docx", 4, between)
    attached = f'Content-Type: application/octet-stream\nContent-Disposition: attachment; filename="{name}"'
    attached_part = (
        attached.encode() + b"\nContent-Transfer-Encoding: base64\n\n" + base64.encodebytes(_BROKEN_WORD)
    )
    path = _mail(tmp_path / "a.eml", [_note(_LONG_TEXT, "gbk"), attached_part], subject=subject.encode())
    assert read_mail(path.read_bytes(), path).subject == "关于开展学习的通知"
    assert [str(problem) for problem in read_document(path).left_out] == [
        f"{path}: attachment 学习材料.docx left out: cannot read as a Word document: File is not a zip file"
    ]


@pytest.mark.parametrize(
    "disposition",
    [
        b"attachment; filename*=undefined''a.docx",
        b"attachment; filename*=utf\x00-8''a.docx",
        b"attachment; filename*0*=utf-8''a; filename*=b.docx",
    ],
    ids=["a charset of no text encoding", "a charset with a zero byte", "continuations out of order"],
)
def test_a_name_the_email_package_cannot_read_fails_as_a_mail_not_as_yaodian(
    tmp_path: Path, disposition: bytes
) -> None:
    attached = b"Content-Type: application/octet-stream\nContent-Disposition: " + disposition
    attached += b"\nContent-Transfer-Encoding: base64\n\n" + base64.encodebytes(_BROKEN_WORD)
    path = _mail(tmp_path / "a.eml", [_note(_LONG_TEXT, "gbk"), attached])
    with pytest.raises(YaodianError, match="cannot read as a mail"):
        read_mail(path.read_bytes(), path)


def test_a_subject_in_raw_big5_is_read_by_the_mails_charset(tmp_path: Path) -> None:
    # (raw bytes in the subject are read as a file name's are: the Big5 mail's Big5)
    path = _mail(tmp_path / "a.eml", [_note(_BIG5_TEXT, "big5")], subject="轉發：發言材料".encode("big5"))
    assert read_document(path).name == "轉發：發言材料"


@pytest.mark.parametrize("charset", ["utf-8", None])
@pytest.mark.parametrize("cover", ["见附件", "附件如下", "好的", "材料见附件"])
def test_raw_gbk_header_bytes_are_read_as_gbk_whatever_a_short_text_reads_as(
    tmp_path: Path, cover: str, charset: str | None
) -> None:
    # (a cover note of a few characters reads in Big5 as frequent characters too, 见附件 as 獗蜇璃:
    # no detection of the text decides the header's bytes)
    text = _part(f"text/plain; charset={charset}" if charset else "text/plain", cover.encode("gbk"))
    path = _mail(
        tmp_path / "a.eml", [text, _raw_named("纪要.docx".encode("gbk"))], subject="方案".encode("gbk")
    )
    assert read_mail(path.read_bytes(), path) == Mail(
        "方案",
        (
            MailPart(cover.encode("gbk"), "text/plain", charset, False),
            MailPart(_BROKEN_WORD, "application/octet-stream", None, True, "纪要.docx"),
        ),
    )


def test_a_mails_text_is_detected_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # (raw header bytes are read by rule, no detector run on them or on the text for them)
    from yaodian.sources import encodings

    detected = []
    detect = encodings._detect
    monkeypatch.setattr(encodings, "_detect", lambda *args: detected.append(1) or detect(*args))
    text = _part("text/plain", _LONG_TEXT.encode("gbk"))
    path = _mail(
        tmp_path / "a.eml", [text, _raw_named("材料.docx".encode("gbk"))], subject="材料".encode("gbk")
    )
    assert read_document(path).name == "材料"
    assert len(detected) == 1


# ---------------------------------------------------------------- a forwarded mail's attachments


def _forwarding(path: Path, text: str, inner_text: str, file_name: str | None = None) -> Path:
    """A mail, built by the email package, of `text` that forwards as an attachment (message/rfc822,
    named `file_name` or, as some clients send it, not named) a mail 发言材料 of `inner_text` with a
    damaged Word file 材料.docx attached."""
    from email.message import EmailMessage

    inner = EmailMessage()
    inner["From"], inner["Subject"] = "wang@example.com", "发言材料"
    inner.set_content(inner_text, charset="utf-8")
    inner.add_attachment(
        _BROKEN_WORD, maintype="application", subtype=_WORD.partition("/")[2], filename="材料.docx"
    )
    outer = EmailMessage()
    outer["From"], outer["Subject"] = "db@example.com", "转发：发言材料"
    outer.set_content(text, charset="utf-8")
    outer.add_attachment(inner, **({"filename": file_name} if file_name else {}))
    path.write_bytes(outer.as_bytes())
    return path


@pytest.mark.parametrize("file_name", [None, "发言材料.eml"])
def test_extract_names_a_forwarded_mails_attachment_in_the_file_the_learner_has(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file_name: str | None
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mail").mkdir()
    _forwarding(tmp_path / "mail" / "a.eml", "请阅附件。", _LONG_TEXT, file_name)
    warning = (
        "warning: mail/a.eml: attachment 材料.docx (in the forwarded mail “发言材料”) left out: "
        "cannot read as a Word document: File is not a zip file"
    )  # (not mail/a.eml/attachment: no such file; 材料.docx is in the mail the learner's forwards)
    for _ in range(2):  # (unchanged since: the same warning, as the last extract recorded it)
        result = CliRunner().invoke(app, ["extract", "mail"])
        assert result.exit_code == 0, result.output
        assert warning in result.output


def test_a_forwarded_mail_whose_text_only_sends_an_unreadable_file_is_named_once(tmp_path: Path) -> None:
    # (beside a text to study, a warning; else the mail's error, each naming the document once)
    path = _forwarding(tmp_path / "a.eml", _LONG_TEXT, "请查收附件。")
    assert [str(problem) for problem in read_document(path).left_out] == [
        f"{path}: attachment 材料.docx (in the forwarded mail “发言材料”) left out: "
        "cannot read as a Word document: File is not a zip file"
    ]
    path = _forwarding(tmp_path / "b.eml", "请阅附件。", "请查收附件。", "发言材料.eml")
    with pytest.raises(YaodianError) as raised:
        read_document(path)
    assert str(raised.value) == (
        f"{path}: attachment 材料.docx (in the forwarded mail “发言材料”): "
        "cannot read as a Word document: File is not a zip file; the mail's text only sends it"
    )


def test_a_replys_quote_marks_are_taken_off_the_mail_it_quotes(tmp_path: Path) -> None:
    body = (
        "收到，谢谢。\n\n在 2025年3月2日，王某 <w@example.com> 写道：\n> 转给大家学习。\n>\n"
        "> 以实干实绩推动乡村全面振兴\n> > 本报评论员\n>\n> 乡村振兴，关键在人。\n"
    )
    document = read_document(_saved_mail(tmp_path / "a.eml", "回复：学习材料", body))
    assert document.lines[3:] == [
        "转给大家学习。",
        "",
        "以实干实绩推动乡村全面振兴",
        "本报评论员",
        "",
        "乡村振兴，关键在人。",
        "",
    ]


@pytest.mark.parametrize(
    "body",
    [
        # a line that opens on a comparison, a grading scale, one quoted line alone, marks inside a line
        "考核分三档：\n>90分为优秀\n>75分为良好\n其余为合格。\n",
        "会上有同志说：\n> 减负不是减责任。\n大家深以为然。\n",
        "流程为：申报 > 审核 > 公示。\n请按流程办理。\n",
        # two lines or more, but no reply's attribution above them: a grading scale written with a
        # space, a quote the material sets off as Markdown does
        "评分标准：\n> 85分 优秀\n> 70分 良好\n其余为合格。\n",
        "学习摘记\n\n> 治国有常，而利民为本。\n> 政教有经，而令行为上。\n\n这两句讲的是民本思想。\n",
    ],
)
def test_a_mails_own_lines_that_open_on_a_mark_keep_it(tmp_path: Path, body: str) -> None:
    assert read_document(_saved_mail(tmp_path / "a.eml", "学习材料", body)).lines == body.split("\n")


def test_a_replys_quote_below_an_english_attribution_and_a_blank_line_loses_its_marks(tmp_path: Path) -> None:
    body = "见附。\n\nOn Mon, Apr 6, 2026 at 9:15 AM Zhao <z@example.com> wrote:\n\n> 材料一\n> 材料二\n"
    document = read_document(_saved_mail(tmp_path / "a.eml", "Re: 材料", body))
    assert document.lines[4:6] == ["材料一", "材料二"]


def _alternatives(path: Path, plain: str, html: str, charset: str = "utf-8") -> Path:
    """A mail whose text comes twice, as plain text and as its HTML twin (multipart/alternative)."""
    data = b'From: a@example.com\nSubject: hi\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="A1"\n\n'
    for kind, text in (("plain", plain), ("html", html)):
        data += b"--A1\n" + _part(f"text/{kind}; charset={charset}", text.encode(charset)) + b"\n"
    path.write_bytes(data + b"--A1--\n")
    return path


_SPEECH_HTML = "<html><body>" + "".join(f"<p>{line}</p>" for line in _SPEECH_LINES) + "</body></html>"


@pytest.mark.parametrize("charset", ["utf-8", "gbk"])
@pytest.mark.parametrize(
    "stand_in",
    [
        "此邮件为HTML格式，请使用支持HTML的邮件客户端查看。",
        "This is an HTML message. Please use an HTML capable mail program to read this message.",
        "",
    ],
)
def test_a_plain_text_that_only_stands_in_for_the_html_gives_way_to_it(
    tmp_path: Path, stand_in: str, charset: str
) -> None:
    """A client that writes the mail in HTML may send a plain twin that only says so: the text the
    reader sees is the HTML's."""
    path = _alternatives(tmp_path / "a.eml", stand_in, _SPEECH_HTML, charset)
    assert [line for line in read_document(path).lines if line] == _SPEECH_LINES


@pytest.mark.parametrize(
    "plain",
    [
        "\n".join(_SPEECH_LINES),  # the same text
        "\n".join(_SPEECH_LINES[:5]),  # a shorter twin that still says most of it
    ],
)
def test_a_plain_text_that_says_the_mail_is_read_before_its_html_twin(tmp_path: Path, plain: str) -> None:
    path = _alternatives(tmp_path / "a.eml", plain, _SPEECH_HTML + "<p>此处为仅在网页版中的附注。</p>")
    assert [line for line in read_document(path).lines if line] == plain.split("\n")
