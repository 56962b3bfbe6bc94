"""Deck titles of saved mails that forward a text: the forwarded text's own headline, below the
forwarded mail's headers, not the senders' subjects (see extractors/titles/mail.py)."""

from __future__ import annotations

import pytest

from yaodian.extractors.boilerplate import main_text
from yaodian.extractors.titles import find_title
from yaodian.extractors.titles.mail import _forwarded_headline

# prose of a text about a river clean-up, whose words the headline over it says only in part
RIVER = [
    "一是摸清底数。对辖区内的小微水体逐条建档，明确每一段的管护责任人，做到情况清楚、责任到人。",
    "二是群众参与。组织志愿者定期巡查，发现垃圾和排污口及时上报，形成人人关心水环境的好氛围。",
    "三是长效管护。把巡查结果纳入村规民约和年度考评，让整治成果长期保持下去，守护好一方河湖。",
]
HEADLINE = "关于深化小微水体整治推进美丽河湖建设的学习提纲"


def _forward(note: list[str], below: list[str], subject_field: str = "主题：学习资料（第9期）") -> list[str]:
    """A mail's text: the forwarder's `note`, the forwarded mail's headers, then the lines `below`."""
    return [
        *note,
        "",
        "-------- 转发的邮件 --------",
        "发件人：县水利局办公室 <bgs@example.cn>",
        "发送时间：2025年3月4日 星期二 上午10:20",
        "收件人：各乡镇 <xz@example.cn>",
        subject_field,
        "",
        *below,
        "",
        "县水利局办公室",
    ]


def test_a_forwarded_texts_first_line_names_it_not_the_forwarders_request() -> None:
    # (the subject asks the readers to study; the text below the headers opens with its headline)
    lines = _forward(
        ["各位同事：", "", "请大家于本周四前学习以下材料，并交一篇体会。谢谢！"], [HEADLINE, "", *RIVER]
    )
    assert find_title(lines, main_text(lines), "转发：请各组组织学习（周四前反馈）") == HEADLINE


def test_a_forwarded_headline_under_a_reply_note_with_its_subtitle_and_no_prose() -> None:
    # (the text's prose was left out of the mail; its headline and ——subtitle still name it)
    below = [
        "小周：稿子已改好，见下。",
        "",
        "让小微水体清起来美起来",
        "——第二期河湖长培训班学习体会",
        "",
        "（正文见附件）",
    ]
    lines = _forward(["各位好，材料转给大家。"], below, "Subject: Re: 第二期培训班材料")
    assert find_title(lines, main_text(lines), "Fwd: Re: 第二期培训班材料") == "让小微水体清起来美起来"


def test_a_label_over_the_forwarded_headline_is_not_taken() -> None:
    # (a label that files the text has its headline under it, not prose)
    lines = _forward(["各位同事：", "", "材料转给大家。"], ["【学习资料·第九期】", HEADLINE, *RIVER])
    assert _forwarded_headline(lines, main_text(lines), set()) == ""


def test_a_sentence_under_the_headers_is_no_headline() -> None:
    lines = _forward(["转给大家。"], ["各位：", "现将有关情况通报如下，请结合实际抓好落实。", *RIVER])
    assert _forwarded_headline(lines, main_text(lines), set()) == ""


def test_a_reply_that_carries_its_text_above_the_quoted_mail_is_not_read_below() -> None:
    # (the reply's own text is the mail's; the quoted mail below is the short request it answers)
    lines = _forward(
        [HEADLINE, "", *RIVER],
        ["材料清单", "请各乡镇于周五前报送小微水体整治的学习材料，谢谢配合支持！谢谢大家的支持与配合。"],
    )
    assert _forwarded_headline(lines, main_text(lines), set()) == ""


@pytest.mark.parametrize("label", ["学习资料（第九期）", "本周精读篇目汇总"])
def test_a_label_right_over_prose_that_says_none_of_its_words_is_not_taken(label: str) -> None:
    lines = _forward(["各位同事：", "", "材料转给大家。"], [label, *RIVER])
    assert _forwarded_headline(lines, main_text(lines), set()) == ""


@pytest.mark.parametrize("request_line", ["请各乡镇认真组织学习有关材料", "请大家查收并转发给各村"])
def test_a_request_to_the_readers_under_the_headers_is_the_forwarders_note(request_line: str) -> None:
    # (a request with no stop is no headline; the text's own headline under it is taken)
    lines = _forward(["转给大家。"], [request_line, HEADLINE, "", *RIVER])
    assert _forwarded_headline(lines, main_text(lines), set()) == HEADLINE


def test_a_request_to_the_readers_over_prose_names_nothing() -> None:
    lines = _forward(["转给大家。"], ["请各乡镇认真组织学习小微水体整治有关材料", *RIVER])
    assert _forwarded_headline(lines, main_text(lines), set()) == ""
