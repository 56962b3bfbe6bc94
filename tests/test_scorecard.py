"""bench/scorecard.py's command line: asking for help or naming a set it does not have scores
nothing (scoring the unread check set by mistake spends it)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import scorecard


@pytest.fixture
def scored(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The sets scorecard.main went on to score (none are extracted)."""
    calls: list[list[str]] = []
    monkeypatch.setattr(scorecard, "scorecard", lambda names: calls.append(names) or {})
    return calls


@pytest.mark.parametrize(
    ("argv", "status"), [(["--help"], 0), (["-h"], 0), (["devv"], 2), (["dev", "--per-doc", "--mised"], 2)]
)
def test_help_or_a_wrong_argument_scores_nothing(
    argv: list[str], status: int, scored: list[list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        scorecard.main(argv)
    assert (exit_.value.code, scored) == (status, [])
    shown = capsys.readouterr()
    assert "usage: python bench/scorecard.py" in (shown.out if status == 0 else shown.err)


@pytest.mark.parametrize(
    ("argv", "sets"), [([], list(scorecard.CORPORA)), (["seeds", "dev", "--missed"], ["seeds", "dev"])]
)
def test_the_sets_named_or_all_are_scored(argv: list[str], sets: list[str], scored: list[list[str]]) -> None:
    if not (scorecard.SHARED / "eval" / "score.py").exists():
        pytest.skip("no ../shared/eval/score.py here")
    assert scorecard.main(argv) == 0
    assert scored == [sets]


def test_gold_noise_too_short_to_score_is_counted(tmp_path: Path) -> None:
    """A page number `— 2 —` is `2` once normalised: every note with a 2 in it would count as noise."""
    (tmp_path / "a.yaml").write_text(
        "doc: a.txt\nnoise:\n  - — 2 —\n  - 责任编辑：王明\n  - 上一篇\n", encoding="utf-8"
    )
    (tmp_path / "b.yaml").write_text("doc: b.txt\n", encoding="utf-8")
    strip = lambda text: "".join(ch for ch in text if ch.isalnum())  # noqa: E731
    assert scorecard.short_noise_gold(tmp_path, strip) == 1


def test_noise_split_by_a_cloze_is_counted(tmp_path: Path) -> None:
    """score.py looks for noise in the marked text, where 责任{{c1::编辑}} hides 责任编辑."""
    (tmp_path / "a.yaml").write_text("doc: a.txt\nnoise:\n  - 责任编辑：王明\n  - 上一篇\n", encoding="utf-8")
    notes = [
        {"text": "责任{{c1::编辑}}：王明"},
        {"text": "{{c1::上一篇}}：城市更新"},
        {"text": "推进{{c1::城市更新}}行动"},
    ]
    strip = lambda text: "".join(ch for ch in text if ch.isalnum() or ch in "{}")  # noqa: E731
    assert scorecard.noise_notes_unclozed(notes, tmp_path, strip) == 2


@pytest.mark.parametrize(
    ("text", "cueless"),
    [
        ("{{c1::作风建设永远在路上}}。", [1]),  # the front shows [...]。 only
        ("2.{{c1::推动“一网统管”}}。", [1]),  # a number is no cue
        ("{{c1::作风建设永远在路上::作风建设…}}。", []),  # a hint of four characters is one
        ("我们始终要{{c1::作风建设永远在路上}}。", []),
        ("{{c1::民族要复兴}}，{{c2::乡村必振兴}}。", []),  # each front shows the other gap
        ("{{c1::民族要复兴}}，{{c1::乡村必振兴}}。", [1]),  # one card hides both
    ],
)
def test_a_cloze_front_with_fewer_than_four_han_characters_has_no_cue(text: str, cueless: list[int]) -> None:
    assert scorecard.cueless_numbers(text) == cueless


def test_the_scorecards_cue_is_composes() -> None:
    from yaodian.extractors import compose

    assert scorecard.CUE_MIN == compose.CUE_MIN


def test_notes_asking_a_series_another_note_asks_are_counted() -> None:
    cards = [
        {
            "type": "cloze",
            "text": "实行“{{c1::月调度}}、{{c2::季通报}}、{{c3::年考核}}”。",
        },  # 0: member by member
        {"type": "cloze", "text": "实行“{{c1::月调度、季通报、年考核}}”。"},  # 1: the lump
        {"type": "cloze", "text": "形成“中间大、{{c1::两头小}}”的结构。"},  # 2: half a formula
        {"type": "cloze", "text": "形成“{{c1::中间大、两头小}}”的结构。"},  # 3: the whole
        {"type": "list", "prompt": "三个注重（3项）", "items": ["注重监督", "注重制度", "注重文化"]},  # 4
        {"type": "cloze", "text": "要{{c1::注重监督}}。"},  # 5: one member of the list's series
        {"type": "cloze", "text": "要{{c1::深化改革}}，{{c2::扩大开放}}。"},  # 6: asked nowhere else
        {"type": "cloze", "text": "{{c1::改革开放}}是关键。"},  # 7: other words
        {"type": "cloze", "text": "推动{{c1::高质量发展}}。"},  # 8 and 9: the same words, no series
        {"type": "cloze", "text": "实现{{c1::高质量发展}}。"},
    ]
    assert scorecard.repeated_series_notes(cards) == [0, 1, 2, 3, 4, 5]


@pytest.mark.parametrize(
    ("text", "visible"),
    [
        ("要做到“三个坚持”，即坚持以上率下、{{c1::坚持问题导向}}、{{c2::坚持常抓常严}}。", True),
        ("其中产业兴旺是重点，{{c1::生态宜居是关键}}，{{c2::乡风文明是保障}}。", True),  # one frame
        ("即{{c1::坚持以上率下}}、{{c2::坚持问题导向}}、{{c3::坚持常抓常严}}。", False),  # all gapped
        ("推动资源、{{c1::服务}}向基层下沉。", False),  # one gap is no run
        ("当前，{{c1::形式主义仍是顽疾}}，{{c2::有的地方文山会海}}。", False),  # 当前 is no member
        ("会议指出，{{c1::改革}}、{{c2::开放}}是关键。", False),  # the words before are a lead
        # a clause much longer than the gaps leads them, whatever characters they share
        ("深刻领悟“两个确立”的决定性意义，{{c1::增强“四个意识”}}、{{c2::坚定“四个自信”}}。", False),
        ("最严谨的标准、{{c1::最严格的监管}}、{{c2::最严厉的处罚}}", True),
        # words right after a gap, with no mark between, may still end in a 、 series' first member
        ("以“{{c1::文化}}周”为契机，把文化、{{c2::体育}}、{{c3::旅游}}融合起来。", True),
        ("坚持“精准”、“{{c1::精细}}”、“{{c2::精心}}”。", True),  # each member quoted
        ("坚持精准、“{{c1::精细}}”、“{{c2::精心}}”。", True),  # the gaps quoted one by one
    ],
)
def test_a_series_gapped_from_its_second_member_on_is_counted(text: str, visible: bool) -> None:
    assert scorecard.first_member_visible(text) is visible


@pytest.mark.parametrize(
    "text",
    [
        # the words before the series are a gapped phrase's tail (one note asks a sentence's gaps)
        "深入领会“{{c1::四下基层}}”的重要作用，{{c2::发挥作用}}、{{c3::改进方法}}、{{c4::服务群众}}。",
        # a clause between two gaps is no first member: the gaps are the sentence's, not a series'
        "依托网上平台，{{c1::把清单逐条细化}}，实行数据比对，{{c2::实现服务找人}}，{{c3::变群众跑为数据跑}}。",
        "{{c1::建强阵地}}、配强队伍、{{c2::用好平台}}、{{c3::完善机制}}。",  # the first member is gapped
        "落实干部包片、“{{c1::一户一档}}、{{c2::一事一议}}、{{c3::一月一访}}”工作法。",  # a quoted series of its own
        "每个村要做到有阵地、{{c1::有队伍}}，{{c2::让群众有去处}}。",  # one gap of the 、 series, then a clause
        "硬件是前提，软件是核心；{{c1::制度是“骨架”}}，{{c2::文化是“灵魂”}}。",  # ； parts another series
        # a clause alike the first gap only (机, 功夫), not the second
        "健全考评机制，{{c1::让肯干事的有机会}}，{{c2::会干事的有平台}}。",
        "要拿出“绣花功夫”，{{c1::在“实”上下功夫}}，{{c2::在“细”上做文章}}，{{c3::在“长”上见成效}}。",
    ],
)
def test_gaps_of_other_series_beside_visible_words_are_not_counted(text: str) -> None:
    assert not scorecard.first_member_visible(text)


@pytest.mark.parametrize(
    ("text", "slipped"),
    [
        ("仍存在{{c1::人手不足}}、{{c2::经费紧张}}、{{c3::机制不顺等}}问题。", True),  # 等 in the gap
        ("仍存在{{c1::人手不足}}、{{c2::经费紧张}}、{{c3::机制不顺}}等问题。", False),
        ("坚持{{c1::权利平等}}、{{c2::机会平等}}、{{c3::规则平等}}。", False),  # 平等 is the member's
        ("严查重点{{c1::行业领域}}、{{c2::重点环节}}和{{c3::薄弱部位}}。", True),  # 重点 belongs to the first
        ("严查{{c1::重点行业领域}}、{{c2::重点环节}}和{{c3::薄弱部位}}。", False),
        ("建设农村{{c1::道路}}、{{c2::供水}}、{{c3::电网}}。", False),  # no later member repeats 农村
        ("开展{{c1::读原著}}、{{c2::学原文}}。", False),  # two gaps are no series here
    ],
)
def test_a_series_gap_at_the_wrong_word_is_counted(text: str, slipped: bool) -> None:
    assert any(scorecard.member_boundary_slip(*run) for run in scorecard.series_gaps(text)) is slipped


def test_a_list_whose_prompt_keeps_the_first_members_word_is_counted() -> None:
    assert scorecard.member_boundary_slip("三会一课：支部", ["党员大会", "支部委员会", "党小组会"])
    assert not scorecard.member_boundary_slip("三会一课：", ["支部党员大会", "支部委员会", "党小组会"])


@pytest.mark.parametrize(
    ("text", "hint_only"),
    [
        ("{{c1::作风建设永远在路上::作风建设…}}。", [1]),  # Anki's hint is the only cue
        ("第一，{{c1::坚持整体协同，打破数据壁垒::坚持整体…}}。", [1]),
        ("第一，坚持整体协同，{{c1::打破数据壁垒}}。", []),  # the head's first clause is the cue
        ("{{c1::民族要复兴}}，{{c2::乡村必振兴}}。", []),
    ],
)
def test_a_front_whose_only_cue_is_a_hint_is_counted_apart(text: str, hint_only: list[int]) -> None:
    assert scorecard.cueless_numbers(text, hints=False) == hint_only


@pytest.mark.parametrize(
    ("text", "section", "given_away"),
    [
        ("第一，{{c1::坚持以学铸魂，筑牢信仰之基}}。", "党课 › 坚持以学铸魂", True),
        ("{{c1::坚持规划先行::坚持…}}，科学布局。", "坚持规划先行", True),
        ("县里推行{{c1::红白理事会}}制度。", "抓好移风易俗", False),
        ("{{c1::坚持规划先行}}，科学布局。", "", False),
    ],
)
def test_a_cloze_that_hides_its_own_section_is_counted(text: str, section: str, given_away: bool) -> None:
    card = {"type": "cloze", "text": text, "origin": {"line": 3, "section": section}}
    assert scorecard.section_in_gap(card) is given_away


@pytest.mark.parametrize(
    ("text", "section", "counted", "counted_inside"),
    [
        ("推行“{{c1::无会周}}”制度，每月第一周不开会。", "一、基本情况 › 推行“无会周”制度", False, True),
        ("{{c1::推行“无会周”制度}}。", "推行“无会周”制度", True, True),
        ("推行{{c1::周}}例会。", "推行“无会周”制度", False, False),  # one character is no words
        ("推行{{c1::例会}}制度。", "推行“无会周”制度", False, False),
    ],
)
def test_gap_words_inside_the_section_are_counted_apart(
    text: str, section: str, counted: bool, counted_inside: bool
) -> None:
    card = {"type": "cloze", "text": text, "origin": {"line": 3, "section": section}}
    assert scorecard.section_in_gap(card) is counted
    assert scorecard.section_in_gap(card, inside=True) is counted_inside


def test_notes_without_a_section_below_a_list_of_the_parts_are_counted() -> None:
    cards = [
        {"type": "cloze", "text": "开头{{c1::一句}}。", "origin": {"line": 1}},
        {"type": "list", "prompt": "本文的2个部分", "items": ["甲乙丙丁", "戊己庚辛"], "origin": {"line": 2}},
        {"type": "cloze", "text": "{{c1::甲}}。", "origin": {"line": 3, "section": "甲乙丙丁"}},
        {"type": "cloze", "text": "{{c1::戊}}。", "origin": {"line": 4}},
    ]
    assert scorecard.unplaced_notes(cards) == [3]


def test_a_cloze_that_hides_a_parts_head_is_not_counted_unplaced() -> None:
    """with_part_sections gives such a cloze no section on purpose: its front would show the answer."""
    cards = [
        {
            "type": "list",
            "prompt": "本文的2个部分",
            "items": ["抓好移风易俗", "抓好阵地建设"],
            "origin": {"line": 1},
        },
        {"type": "cloze", "text": "第一，{{c1::抓好移风易俗}}。", "origin": {"line": 2}},
        {"type": "cloze", "text": "县里推行{{c1::红白理事会}}制度。", "origin": {"line": 3}},
    ]
    assert scorecard.unplaced_notes(cards) == [2]


def test_notes_that_open_with_a_list_number_are_counted() -> None:
    card_files = [
        {
            "cards": [
                {"type": "cloze", "text": "1. 设立基金，{{c1::投早}}、{{c2::投小}}、{{c3::投硬}}科技"},
                {"type": "list", "prompt": "发展着力点（2项）", "items": ["01 坚持创新", "02 坚持协调"]},
                {
                    "type": "list",
                    "prompt": "（一）基层治理要做到（2项）",
                    "items": ["一、抓网格", "二、抓队伍"],
                },
                # a Chinese heading's number in a prompt says where the list stands: not counted
                {"type": "list", "prompt": "二、队伍建设的要求（2项）", "items": ["配强力量", "压实责任"]},
                {"type": "cloze", "text": "2024年，全市{{c1::新增就业}}一万人。"},  # a year: no list's number
                {"type": "cloze", "text": "3、4月份{{c1::集中整治}}。"},
                {"type": "list", "prompt": "3.队伍建设：本节的2个部分", "items": ["配强力量", "压实责任"]},
                {"type": "cloze", "text": "二是{{c1::压实责任}}，层层传导压力。"},
                {"type": "cloze", "text": "{{c1::（2）压实责任}}，层层传导压力。"},
                {"type": "cloze", "text": "短板有两处：一是{{c1::力量不足}}，缺人手。"},  # no second member
                # the whole series with its marks, an idiom and a question word: not counted
                {"type": "cloze", "text": "短板有两处：一是{{c1::力量不足}}；二是{{c2::责任不实}}。"},
                {"type": "cloze", "text": "一是一、二是二，{{c1::实事求是}}。"},
                {"type": "cloze", "text": "一是否可行，要看{{c1::群众满意}}。"},
                {"type": "cloze", "text": "派驻{{c1::第一书记}}。"},
            ]
        }
    ]
    figures = scorecard.card_figures(card_files, str)
    assert figures["list_numbers_shown"] == 7
    assert [line[:3] for line in figures["examples"]["list_numbers_shown"]] == [
        "1. ",
        "01 ",
        "一、抓",
        "3.队",
        "二是压",
        "（2）",
        "短板有",
    ]


def _note(line: int, text: str, section: str = "") -> dict:
    origin: dict = {"line": line}
    if section:
        origin["section"] = section
    return {"type": "cloze", "text": text, "origin": origin}


def test_a_texts_closing_is_counted_apart_from_unplaced_notes() -> None:
    cards = [
        {"type": "list", "prompt": "本文的2个部分", "items": ["建强阵地", "配强队伍"], "origin": {"line": 2}},
        _note(3, "村村建起{{c1::党群服务中心}}。", "建强阵地"),
        _note(5, "每年培训{{c1::村干部}}两轮。"),  # 2: between the parts, no section: unplaced
        _note(6, "选派{{c1::第一书记}}驻村。", "配强队伍"),
        _note(8, "队伍{{c1::稳定}}下来了。"),  # 4: after the parts, no closing words: unplaced
        _note(9, "总之，{{c1::抓基层}}要久久为功。"),  # 5: a summing-up opens the closing
        _note(9, "要{{c1::常抓不懈}}。"),  # 6: the closing goes on
        _note(10, "让我们{{c1::携手奋进}}！"),  # 7
    ]
    assert scorecard.closing_notes(cards) == [5, 6, 7]
    assert scorecard.unplaced_notes(cards) == [2, 4]


@pytest.mark.parametrize(
    ("cards", "unplaced"),
    [
        (  # closing words before a part are an introduction's
            [
                {"type": "list", "prompt": "本文的1个部分", "items": ["建强阵地"], "origin": {"line": 1}},
                _note(2, "总之，{{c1::抓基层}}要久久为功。"),
                _note(3, "村村建起{{c1::党群服务中心}}。", "建强阵地"),
            ],
            [1],
        ),
        (  # a securing measure after the last part belongs in a section: without one it is unplaced
            [
                {"type": "list", "prompt": "本文的1个部分", "items": ["建强阵地"], "origin": {"line": 1}},
                _note(2, "村村建起{{c1::党群服务中心}}。", "建强阵地"),
                _note(3, "同时，要加强组织领导，{{c1::压实责任}}。"),
            ],
            [2],
        ),
    ],
)
def test_closing_words_before_a_part_or_a_securing_measure_are_no_closing(
    cards: list[dict], unplaced: list[int]
) -> None:
    assert scorecard.closing_notes(cards) == []
    assert scorecard.unplaced_notes(cards) == unplaced


def test_a_text_without_sections_has_no_closing_apart() -> None:
    assert scorecard.closing_notes([_note(1, "总之，{{c1::抓基层}}要久久为功。")]) == []


@pytest.mark.parametrize(
    ("prompt", "items", "wrong"),
    [
        # a quoted series the items are not: the learner would answer 不想干、不会干
        ("究其原因，在于一些干部“不想干、不会干”（3项）", ["有的怕出错", "有的怕吃苦", "有的缺本领"], True),
        # a series before a count of kinds, and the items are other words
        ("壮大茶叶、竹木、康养三大产业（3项）", ["抓招商", "抓项目", "抓服务"], True),
        ("在住房、就业、托育等方面持续发力（2项）", ["扩大有效投资", "优化营商环境"], True),
        ("做优粮油、果蔬、畜禽3大产业（3项）", ["抓招商", "抓项目", "抓服务"], True),  # a count in digits
        ("统筹城区、镇区、园区三类空间（3项）", ["优布局", "强配套", "提品质"], True),
        # the same series, word for word or as each member's words in its item
        ("推行“减证、简政、提速”改革（3项）", ["减证便民", "简政放权", "提速审批"], False),
        ("壮大茶叶、竹木、康养三大产业（3项）", ["做强茶叶加工", "做精竹木制品", "做活康养旅游"], False),
        ("围绕“茶、菜、果”三个字做文章（3项）", ["做强茶产业", "做优蔬菜产业", "做特林果产业"], False),
        # blanks place the items in the prompt; a series in an earlier clause is no name of them
        ("立足茶叶、竹木、康养三大产业，____，____（2项）", ["延伸链条", "打响品牌"], False),
        ("会同住建、公安等部门，重点整治（2项）", ["违规搭建", "占道经营"], False),
        # a series that modifies its noun unquoted leads the measures that build it
        ("建立左右协同、运转高效的指挥体系（2项）", ["配齐专班", "理顺流程"], False),
        ("三、抓好落实：本节的2个部分", ["压实责任", "强化督导"], False),
        ("全面加强作风建设（3项）", ["改文风", "改会风", "改学风"], False),  # no series named
    ],
)
def test_a_list_prompt_naming_a_series_other_than_its_items_is_counted(
    prompt: str, items: list[str], wrong: bool
) -> None:
    assert scorecard.wrong_clause_prompt(prompt, items) is wrong


def test_wrong_clause_prompts_are_a_figure_of_their_own() -> None:
    card_files = [
        {
            "cards": [
                {"type": "list", "prompt": "坚持“两手抓、两手硬”（2项）", "items": ["抓招商", "抓服务"]},
                {"type": "list", "prompt": "要做到（2项）", "items": ["抓招商", "抓服务"]},  # weak, not wrong
            ]
        }
    ]
    figures = scorecard.card_figures(card_files, str)
    assert (figures["wrong_clause_prompts"], figures["weak_list_prompts"]) == (1, 0.5)
    assert figures["examples"]["wrong_clause_prompts"] == [
        "坚持“两手抓、两手硬”（2项） -> ['抓招商', '抓服务']"
    ]
