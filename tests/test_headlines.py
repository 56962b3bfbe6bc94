"""bench/headlines.py: a headline sample's title is judged as the scorecard judges a deck title,
and chrome on the title or on any card is counted, without a wrong title counting as right."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import headlines

from yaodian.cards import Card, CardFile


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", "", text)


BODY = (
    "为基层减负，一是精简文件会议，二是规范督查检查，三是整治指尖上的形式主义，让基层干部把精力用在抓落实上。\n"
    * 3
)


def _sample(folder: Path, name: str, text: str, title: str | list[str], noise: list[str]) -> None:
    (folder / name).write_text(text, encoding="utf-8")
    cases_path = folder / "cases.yaml"
    cases = yaml.safe_load(cases_path.read_text(encoding="utf-8")) if cases_path.exists() else {}
    cases[name] = {"title": title, "noise": noise}
    cases_path.write_text(yaml.safe_dump(cases, allow_unicode=True), encoding="utf-8")


def test_titles_right_wrong_and_carrying_chrome_are_counted(tmp_path: Path) -> None:
    headline = "以务实作风为基层减负赋能"
    _sample(tmp_path, "right.txt", f"{headline}\n\n{BODY}", [headline, "另一种写法"], ["扫码关注我们"])
    _sample(tmp_path, "wrong.txt", f"{headline}\n\n{BODY}", "另一个标题", [])
    _sample(tmp_path, "chrome.txt", f"{headline}\n\n{BODY}", headline, ["精简文件会议"])
    result = headlines.score_set(tmp_path, _norm)
    assert result["titles_accepted"] == "2/3"
    assert result["title_misses_by_kind"] == "other:1"
    assert [m.split(":")[0] for m in result["misses"]] == ["wrong.txt"]
    assert result["samples_with_noisy_cards"] == 1
    assert result["noisy_cards"] == ["chrome.txt: 精简文件会议"]


def test_an_unreadable_sample_is_a_miss_not_a_crash(tmp_path: Path) -> None:
    _sample(tmp_path, "broken.txt", "", "某个标题", [])
    (tmp_path / "broken.txt").write_bytes(b"\x00\xff\x00\xfe" * 50)
    assert headlines.score_set(tmp_path, _norm)["titles_accepted"] == "0/1"


def test_chrome_split_by_a_cloze_is_still_chrome() -> None:
    cloze = Card(type="cloze", text="本文责任{{c1::编辑}}：李明，转载请注明出处")
    texts = headlines._card_texts(CardFile(source="a.txt", title="标题", deck="要点::标题", cards=[cloze]))
    assert any("责任编辑：李明" in text for text in texts)
