"""Members where the text goes on after a naming: a run of clauses or sentences nearby that each
say the concept's word, marked sentences right after it, the lines after a naming that closes its
paragraph, or the paragraphs after it that open with an ordinal label or with the concept's word.
"""

from __future__ import annotations

import re

from yaodian.extractors.members import acts, adverbs, tokens_of, verbs
from yaodian.extractors.terms.context import announces, closes, naming_clause
from yaodian.extractors.terms.cuts import Segment, bare_member, cut, level_parts, marked, unquoted
from yaodian.extractors.terms.names import SENTENCE_END, Name, Unit, bare_term, has_term, names_count
from yaodian.extractors.terms.split import (
    COUNTING_LABEL,
    all_hold,
    before_word,
    common_prefix,
    holds,
    is_ordinal_label,
    keywords,
    ordinal_label,
    paired_units,
    split_members,
    trimmed_to_siblings,
)
from yaodian.extractors.text import CLAUSE_BREAKS, Paragraph, clauses, han_len, strip_punct
from yaodian.markers import CIRCLED, MEMBER_MARK, NUMERALS
from yaodian.numerals import numeral_value


def members_after(paragraphs: list[Paragraph], index: int, name: Name) -> tuple[list[str], str] | None:
    """The members the text goes on to after a naming: a run that repeats the concept's word
    nearby, marked sentences right after it, or the lines after a naming that closes its paragraph."""
    text = paragraphs[index].text
    members: list[str] = []
    if _named_next(paragraphs, index, name):
        return None  # (3.1 四个“重大转变” then 实现了四个重大转变，原话：: the lines are the second's)
    if not name.strong:  # only where a colon, markers or openings alike say the members follow
        if closes(text, name) and text.rstrip().endswith(("：", ":")):
            members = _members_on_lines(paragraphs, index, name.units, True, True)
        else:
            members = _members_marked_after(text, name) or _members_opening_alike(text, name)
    else:
        members = (
            _members_repeating(paragraphs, index, name)
            or _members_marked_after(text, name)
            or _members_opening_alike(text, name)
        )
        if not members and closes(text, name):
            introduced = text.rstrip().endswith(("：", ":"))
            members = _members_on_lines(paragraphs, index, name.units, introduced, announces(text, name))
        members = members or _members_labelled(paragraphs, index, name)
        if not members and closes(text, name) and index + 1 < len(paragraphs):
            members = _members_marked_next(paragraphs[index + 1].text, name)
        if not members and (closes(text, name) or _last_sentence(text, name)):
            members = _members_opening_paragraphs(paragraphs, index, name)
    return (members, naming_clause(text, name)) if members else None


def _last_sentence(text: str, name: Name) -> bool:
    """Whether the naming stands in the last sentence of its paragraph (聚焦“四个强化”，推动…。)."""
    return not any(ch in SENTENCE_END for ch in text[name.end :].rstrip()[:-1])


def _named_next(paragraphs: list[Paragraph], index: int, name: Name) -> bool:
    """Whether a naming that ends its paragraph (a heading) is named again on the next line: that
    line introduces the members, not the heading."""
    if index + 1 >= len(paragraphs) or not closes(paragraphs[index].text, name):
        return False
    return bare_term(name.term) in bare_term(paragraphs[index + 1].text)


def _members_labelled(paragraphs: list[Paragraph], index: int, name: Name) -> list[str]:
    """Members on the paragraphs after a naming, each opening with its ordinal (第一种形态：…,
    第二个“新”，是…), in order and no more than the count: what follows each label."""
    if len(name.units) != 1 or name.units[0].characters:
        return []
    members: list[str] = []
    last = index  # the naming's paragraph, then the last member's
    for position in range(index + 1, len(paragraphs)):
        if position - last > TERM_LABEL_REACH:
            break
        # (a member may open a quoted speech: “第一张是问题清单。”负责同志介绍…)
        text = MEMBER_MARK.sub("", paragraphs[position].text, count=1).lstrip(" “「")
        label = ordinal_label(len(members) + 1, name.units[0]).match(text)
        if not label:
            continue
        member = clauses(text[label.end() :])[:1]
        if not member or len(members) == name.count:
            return []  # (more of them than the count: another list)
        members.append(unquoted(member[0]))
        last = position
    return members if len(members) == name.count else []


# How many paragraphs after a naming (and after each member) the next labelled member may open.
TERM_LABEL_REACH = 4


def _members_opening_paragraphs(paragraphs: list[Paragraph], index: int, name: Name) -> list[str]:
    """The opening clauses of the paragraphs after a naming that ends its paragraph which open with
    the concept's word (必须做到四个“始终”。 then 始终把…摆在首位。… 始终坚持人民至上。…), exactly as
    many as the count among the paragraphs up to the next heading or the next naming of the concept,
    other paragraphs between them: a text spells a concept out as the topic sentences of its paragraphs."""
    if len(name.units) != 1 or name.units[0].characters or han_len(name.units[0].noun) < 2:
        return []
    keyword = name.units[0].noun
    opening: list[str] = []
    for paragraph in paragraphs[index + 1 : index + 1 + TERM_PARAGRAPH_REACH * name.count]:
        if paragraph.heading or name.term in paragraph.text:
            break  # (a heading ends the section; naming the concept again sums its members up)
        text = MEMBER_MARK.sub("", paragraph.text, count=1).lstrip("“「*")
        if 0 <= paragraph.text.lstrip("“「*").find(keyword) <= 2 or 0 <= text.find(keyword) <= 2:
            opening.append(bare_member(paragraph.text))  # (分论点一：以保护为前提…: what follows the label)
    if len(opening) != name.count or any(not 2 <= han_len(m) <= 40 for m in opening):
        return []
    return opening


# How many paragraphs a member of each count may take, for members that open paragraphs.
TERM_PARAGRAPH_REACH = 4


def _members_marked_next(text: str, name: Name) -> list[str]:
    """Members in the paragraph after a heading that names them, each opening with a marker,
    after that paragraph's first sentence (五个重大原则 then 重大原则有五个。第一是…；第二是…)."""
    end = next((i for i, ch in enumerate(text) if ch in SENTENCE_END), -1)
    if end < 0 or marked(text) or not marked(text[end + 1 :]):
        return []
    return split_members(text[end + 1 :], name.units, introduced=False)


def _members_marked_after(text: str, name: Name) -> list[str]:
    """Members in the sentences right after a naming that ends its own sentence, each opening
    with a marker (抓好三件事。一是…；二是…；三是…): the naming is the last clause of its sentence."""
    rest = text[name.end :]
    end = next((i for i, ch in enumerate(rest) if ch in SENTENCE_END), -1)
    after = rest[end + 1 :].lstrip()
    # (or with a label that counts them: 要防止两种偏向。一种是…；另一种是…)
    if end < 0 or han_len(rest[:end]) > 8 or not (marked(after) or COUNTING_LABEL.match(after)):
        return []
    if _opens_past_the_first(after):
        return []  # (一是…坚决做到“两个维护”。二是…三是…: the run began before the naming, in its sentence)
    return split_members(after, name.units, introduced=False)


# Order words that go on a run (其次, 再次, 然后, 最后): what opens with one is no run's first member.
_LATER_ORDER_WORDS = ("其次", "再次", "然后", "最后")
# A circled number past a run's first (②, ❷, ➁, ➋ and on): the ranges of markers.CIRCLED but their firsts.
_LATER_CIRCLED = re.compile(rf"(?![①❶➀➊])[{CIRCLED}]")


def _opens_past_the_first(text: str) -> bool:
    """Whether marked sentences open with a mark past a run's first (二是, 第三，, （二）, 2、, ②,
    其次): they go on a run the text began before, so they are not the members of a naming there."""
    found = MEMBER_MARK.match(text)
    mark = found.group().strip() if found else ""
    if not mark:
        return False
    if mark.startswith(_LATER_ORDER_WORDS) or _LATER_CIRCLED.match(mark):
        return True
    number = re.search(rf"\d+|[{NUMERALS}]+", mark)
    value = numeral_value(number.group()) if number else None
    return value is not None and value > 1


# The words at least that the sentences after a naming open with alike (必须坚持…。必须坚持…。).
_OPENING_ALIKE = 2
# How many characters at most the naming's sentence says after the name (要在五个方面着力。).
_NAMING_TAIL = 4
# Verbs that frame what a sentence goes on to say (要看到…, 大家认为…): a remark on the naming, no member.
_FRAMING = re.compile(r"看到|认识到|指出|强调|认为|表示|感到|觉得|相信|说")


def _members_opening_alike(text: str, name: Name) -> list[str]:
    """The opening clauses of the sentences right after a naming that ends its own sentence, when
    exactly as many sentences as the count open with the same words, as markers would (要在五个方面
    着力。必须坚持…，….必须坚持…，…。): the sentence after them, if any, opens otherwise."""
    units = name.units
    if len(units) != 1 or units[0].count < 2:
        return []
    rest = text[name.end :]
    end = next((i for i, ch in enumerate(rest) if ch in SENTENCE_END), -1)
    if end < 0 or han_len(rest[:end]) > _NAMING_TAIL:
        return []
    after = [s.strip() for s in re.findall(r"[^。！？!?]+[。！？!?]?", rest[end + 1 :]) if s.strip()]
    count = units[0].count
    if len(after) < count:
        return []
    run = after[:count]
    shared = common_prefix(run)
    if han_len(shared) < _OPENING_ALIKE or not re.fullmatch(r"[\u4e00-\u9fff]+", shared):
        return []
    if not _says_a_doing(shared, text[: name.start]):
        return []  # (我们看到…, 村里…: who speaks or what is spoken of, not what each member is)
    if len(after) > count and after[count].startswith(shared):
        return []  # (more sentences open so than the count: another set)
    members = [clauses(sentence)[0] for sentence in run]
    if any(han_len(member) <= han_len(shared) for member in members):
        return []
    return members


def _says_a_doing(opening: str, before: str) -> bool:
    """Whether the words sentences open with alike say what to do, as marked points would: a verb,
    after adverbs or modals (必须坚持…, 要把住…), or the verb the naming says right before the name
    (要算好“三笔账”。算好政治账…); not a subject (我们…, 大家…, 村里… after 走访了三个村) nor a verb
    that frames a remark (要看到…)."""
    if _FRAMING.search(opening):
        return False
    if before.rstrip(" “「").endswith(opening):
        return True
    tokens = tokens_of(opening)
    first = next((token for token in tokens if token not in adverbs()), "")
    return first in verbs() or acts(first)


def _members_on_lines(
    paragraphs: list[Paragraph],
    index: int,
    units: tuple[Unit, ...],
    introduced: bool,
    announced: bool,
    whole: bool = False,
) -> list[str]:
    """Members on the lines after a naming that closes its paragraph: a line each (a line without
    the marker its siblings open with continues the one before), or several a line.

    Lines nobody introduced must repeat the concept's word, or carry markers after a naming that
    announces them; introduced lines that do neither must be short, one item a line. A concept of
    paired words (三进三联) may list each member on a line that says both (法官进网格，与…联动排查).
    """
    paired = None if whole else paired_units(units)
    if paired:  # (six that say their words in order, else three that say both)
        each = _members_on_lines(paragraphs, index, units, introduced, announced, whole=True)
        if each and (all_hold(each, keywords(units)) or _couplets_saying(each, paired)):
            return each  # (or a couplet a line that says both: 开会发文多，进村入户少)
        return _members_on_lines(paragraphs, index, paired, introduced, announced) or each
    if index + 2 < len(paragraphs) and _ANSWER_LABEL.match(paragraphs[index + 1].text.strip()):
        # (简述…“四个重大转变”。 then 参考答案： and the lines: the label introduces them)
        return _members_on_lines(paragraphs, index + 1, units, True, announced, whole)
    count = sum(u.count for u in units)
    items = _items_at_one_depth(paragraphs[index + 1 : index + 1 + 3 * count])
    following = [p.text for p in items]
    if not following:
        return []
    # (fewer list items at one depth than the count: several a line, each saying its word, or none)
    fewer_items = bool(items[0].bullet) and len(items) < count
    keys = keywords(units)
    shape = _marker_shape(following[0])
    if shape and shape == _marker_shape(paragraphs[index].text):
        return []  # the naming is an item of the list those lines go on with: their sibling
    if shape:  # one member a marked line, as many as the count
        grouped: list[str] = []
        depth = paragraphs[index + 1].bullet
        for paragraph in paragraphs[index + 1 : index + 1 + 3 * count]:
            line = paragraph.text
            if _marker_shape(line) == shape:
                grouped.append(line)
            elif grouped and depth and paragraph.bullet > depth:
                continue  # a point nested under a member (a Markdown sub-item), no words of it
            elif depth:
                break  # (a Markdown item is a block of its own: no line goes on with it)
            elif grouped and not marked(line) and _label(grouped[-1]):
                if re.search(f"[{_PROSE_MARKS}]", line):
                    continue  # the prose under a member's label (① 处理好…的关系 / 发展…不是…，…。)
                break  # (a label runs on to no line: what follows it unpunctuated is a heading)
            elif grouped and not marked(line) and grouped[-1].rstrip()[-1:] not in SENTENCE_END + "；;":
                grouped[-1] += line  # a line broken inside an item
            else:
                break
        members = [bare_member(line) for line in grouped[:count]]
        if len(units) == 1 and not units[0].measured:
            members = [
                _saying_key(line, member, keys[0]) for line, member in zip(grouped, members, strict=False)
            ]
        if len(grouped) < count or any(not 1 <= han_len(m) <= 60 for m in members):
            return []
        return members if introduced or announced or all_hold(members, keys) else []
    labels = _labels_over_prose(following, keys)
    if labels:
        return labels
    labels = _colon_labels(following, count) if introduced or announced else []
    if labels:
        return labels
    lines = following[:count]
    if not introduced and not any(key in "".join(lines) for key, _ in keys[:1]):
        return []  # unintroduced lines must say the concept's word
    members = split_members("\n".join(lines), units, introduced, longest=60)
    if not members or all_hold(members, keys):
        return members
    pairs = paired_units(units)
    if pairs and _couplets_saying(members, pairs) and len(members) == len(lines):
        return members  # a line each that says both words (四多四少: 开会发文多，进村入户少；)
    if fewer_items:
        return []
    if introduced and han_len("".join(members)) == han_len(lines[0]):
        return members  # the first line is the members and nothing else (以…为宗旨，以…为根本，…)
    if introduced and _all_but_one_say(members, keys) and len(members) == len(lines):
        return members  # paragraphs that open with the word, one of them put otherwise (稳妥推进城中村改造)
    if not introduced or (len(members) == len(lines) and any(han_len(line) > 30 for line in lines)):
        return []  # (introduced lines of prose: paragraphs, not one item a line)
    return members


def _items_at_one_depth(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs, without the points nested under them, where the first is a list item (a
    Markdown bullet): an outline's members stand at one depth, their sub-points deeper (三件事： /
    - 推动… / - 积极培育… / - - 新增长引擎：… / - 深入推进…); up to an item less deep."""
    depth = paragraphs[0].bullet if paragraphs else 0
    if not depth:
        return paragraphs
    kept = []
    for paragraph in paragraphs:
        if paragraph.bullet < depth:
            break
        if paragraph.bullet == depth:
            kept.append(paragraph)
    return kept


# The most clauses a member of paired words takes to say both (被动应对多，主动预防少).
_PAIR_CLAUSES = 2


def _saying_key(line: str, member: str, key: tuple[str, bool]) -> str:
    """A marked line's member of a concept named by its word without a measure word, where the
    member as cut does not say that word: the line's opening clauses up to the one that does (三多三少:
    被动应对多，主动预防少。…, the pair in a couplet of two clauses; 四多: 政务APP多，“上墙打卡”…, an
    opening clause of few Han characters); else the member as it was."""
    if holds(member, *key):
        return member
    body = MEMBER_MARK.sub("", line.strip(), count=1)
    sentence = re.split(f"[{SENTENCE_END}]", body, maxsplit=1)[0]
    parts = re.split("([，,；;])", sentence)
    for end in range(1, 2 * _PAIR_CLAUSES, 2):
        said = "".join(parts[:end]).strip()
        if holds(said, *key):
            return said if end == 1 or _couplet(parts[0:end:2]) else member
    return member


def _couplets_saying(members: list[str], paired: tuple[Unit, ...]) -> bool:
    """Whether each member is a couplet of two clauses as long as each other that says the paired
    words (开会发文多，进村入户少 for 四多四少), not a point and what it does (法官进网格，与网格员联动排查)."""
    return all_hold(members, keywords(paired)) and all(
        _couplet(re.split("[，,]", member)) and len(re.split("[，,]", member)) == _PAIR_CLAUSES
        for member in members
    )


def _couplet(clauses: list[str]) -> bool:
    """Whether clauses are as long as each other, a couplet that says one thing (被动应对多，主动预防少),
    not a point and what it asks (查思想根源，看理想信念是否坚定)."""
    lengths = [han_len(clause) for clause in clauses]
    return max(lengths) - min(lengths) <= 1


# The most Han characters a label line over a member's prose may hold (文山会海多), and a marked line
# that labels a point (① 处理好新质生产力与传统产业的关系), which names more.
_LABEL_MOST = 12
_MARKED_LABEL_MOST = 20
# What tells a line of prose from a label: the marks between its clauses and its words.
_PROSE_MARKS = "，,、；;。：:"


def _label(line: str) -> bool:
    """Whether a marked line is a label (① 处理好新质生产力与传统产业的关系): its words without its
    marker are short and have no prose punctuation, so no sentence runs on from it."""
    text = MEMBER_MARK.sub("", line.strip(), count=1).strip()
    return 0 < han_len(text) <= _MARKED_LABEL_MOST and not re.search(f"[{_PROSE_MARKS}]", text)


def _labels_over_prose(following: list[str], keys: list[tuple[str, bool]]) -> list[str]:
    """The label lines of members laid out a label and a line of prose each (会议文件多 / 层层发文、
    陪会多 / 检查考核多 / 多头检查、…), as notes and posts set them: every other line from the first is
    short, unpunctuated and says its keyword, and each line between is prose (it has clause marks),
    as many labels as the keys; else []."""
    count = len(keys)
    if len(following) < 2 * count - 1:
        return []
    labels, prose = following[0 : 2 * count : 2], following[1 : 2 * count - 1 : 2]
    if not all(
        han_len(label) <= _LABEL_MOST and not re.search(f"[{_PROSE_MARKS}]", label) for label in labels
    ):
        return []
    if not prose or not all(re.search(f"[{_PROSE_MARKS}]", line) for line in prose):
        return []
    labels = [label.strip() for label in labels]
    return labels if all_hold(labels, keys) else []


# A line that opens with a short label and a colon before its prose (形式主义：重形式轻内容、…).
_COLON_LABEL = re.compile(r"^\s*[“「]?([\u4e00-\u9fff]{2,8})[”」]?\s*[：:]\s*(?=\S)")


def _colon_labels(following: list[str], count: int) -> list[str]:
    """The labels of the lines after a naming that announces them, when exactly as many lines as
    the count open with a label of a few characters and a colon before what each says (“四风”是什么 /
    形式主义：… / 官僚主义：… / …): notes and slides spell a concept out a member a line, its name
    first; else []. The line after them must not open so too (more of them: another set)."""
    if len(following) < count:
        return []
    found = [_COLON_LABEL.match(line) for line in following[:count]]
    if not all(found) or (len(following) > count and _COLON_LABEL.match(following[count])):
        return []
    labels = [match.group(1) for match in found if match]
    if any(is_ordinal_label(label) for label in labels):
        return []  # (第一种形态：经常开展…: the label counts the member, what follows it is the member)
    return labels if len(set(labels)) == count else []


def _all_but_one_say(members: list[str], keys: list[tuple[str, bool]]) -> bool:
    """Whether three members or more are as many as the keys, and all of them but one say their keyword."""
    saying = sum(1 for m, (key, spread) in zip(members, keys, strict=False) if holds(m, key, spread))
    return len(keys) >= 3 and len(members) == len(keys) and saying >= len(keys) - 1


# A line that is only a label introducing the lines after it (参考答案：, 【答案】).
_ANSWER_LABEL = re.compile(r"^(?:[\u4e00-\u9fff]{1,6}[：:]|【[\u4e00-\u9fff]{1,6}】)$")


def _marker_shape(line: str) -> str:
    """A line's marker with its numbers made alike (一、 and 二、 both N、, ① and ② both N), '' when
    unmarked."""
    match = MEMBER_MARK.match(line)
    if not match or not match.group().strip():
        return ""
    return re.sub(r"[一二三四五六七八九十\d]+|[①-⑳]|[⑴-⒇]|[㈠-㈩]", "N", match.group().strip())


# A line of tags: a short label, a colon, then short entries one after another (关键词：A、B、“C”).
_TAG_LINE = re.compile(
    r"^\s*[^，,。；;：:、\s]{1,6}[：:]\s*(?:[^，,。；;：:、]{1,12}[、|｜/／]\s*)+[^，,。；;：:、]{1,12}$"
)


def _members_repeating(paragraphs: list[Paragraph], index: int, name: Name) -> list[str]:
    """The run of clauses or sentences nearest the naming that each say the concept's word
    (两个维护: 坚决维护…。坚决维护…): after it in its paragraph and the next, or before it."""
    keys = keywords(name.units)
    text = paragraphs[index].text
    following = "\n".join([text[name.end :], *(p.text for p in paragraphs[index + 1 : index + 2])])
    preceding = text[: name.start]
    if index and _TAG_LINE.match(text):  # a line of tags names what the paragraph before says
        preceding = paragraphs[index - 1].text + "\n" + preceding
    runs = [run for run in (run_saying(following, keys, False), run_saying(preceding, keys, True)) if run]
    return min(runs)[1] if runs else []


def run_saying(window: str, keys: list[tuple[str, bool]], backwards: bool) -> tuple[int, list[str]] | None:
    """The run of exactly len(keys) parts of `window` nearest its start (its end, `backwards`),
    at the finest separator that has one, that each say their keyword, and end where a coarser
    separator does; and its distance. A one-character word (九个以: 以…为…) must open each part.

    Sentences (and lines) that open with the word may have one sentence between them (毫不动摇巩固…。
    推动…。毫不动摇鼓励…).
    """
    count = len(keys)
    # each keyword (its first character, when it may be spread out) must be in the window as
    # often as the members that say it: most windows do not say it that often, and are not cut
    needed: dict[str, int] = {}
    for key, spread in keys:
        needed[key[0] if spread else key] = needed.get(key[0] if spread else key, 0) + 1
    if any(window.count(key) < times for key, times in needed.items()):
        return None
    opens = any(len(key) < 2 for key, _ in keys)  # (国, 制: one character is said everywhere)
    kinds = len({key for key, _ in keys})  # (四议两公开: two words, each ending its own members)
    segments = cut(window)
    for level in range(1, 6):
        parts = level_parts(segments, level)
        says = [holds(p.text, *keys[0]) or holds(p.text, *keys[-1]) for p in parts]
        bare: list[str] = []
        for run in _runs(parts, says, count, backwards, gaps=level >= 4):
            if not bare:
                bare = [bare_member(_introduced(p.text, keys[0][0])) for p in parts]
                if level == 1:
                    bare = trimmed_to_siblings(bare, [p.rank for p in parts], every=True)
            members = [bare[k] for k in run]
            if kinds > 1:  # (a member cut to its siblings' length keeps the word it ends with)
                members = [
                    _ending_kept(m, parts[k].text, key) for m, k, key in zip(members, run, keys, strict=True)
                ]
            texts = [parts[k].text for k in run]
            ending = level >= 3 and (_openings_of_ending(texts, members, keys) or _words_come_to(texts, keys))
            if ending:
                members = ending  # 把…失误错误，同…区分开来；把…: each sentence ends with the word
            elif not all(1 <= han_len(m) <= 50 for m in members) or not all_hold(members, keys):
                continue
            elif not _at_one_edge(members, keys, opening_only=opens):
                continue  # 纪律是…, …铁的纪律组织起来的…: the word here and there is no series
            if parts[run[-1]].rank <= level and level < 5:
                continue  # the run goes on: 毫不动摇鼓励、支持、引导… is cut at 、, not a member
            if any(has_term(_unnamed(m, keys[0])) or names_count(m) for m in members):
                continue  # the naming itself (什么是两个毫不动摇？), not a member (村“两委”商议 is one)
            # (the parts right before and after the run)
            beside = [*range(max(0, run[0] - 1), run[0]), *range(run[-1] + 1, min(len(parts), run[-1] + 2))]
            neighbours = [bare[i] for i in beside]
            # (the naming said again beside them is none: 这五个坚持具体是什么？…：坚持…；坚持…)
            if any(holds(m, *keys[0]) and not has_term(m) for m in neighbours):
                return None  # more of them than the count: another list, not this concept's members
            if ending and _ends_so([parts[i] for i in beside], keys):
                return None  # (…，建成产业基地；…，建成示范基地；…，建成培训基地 for 两个基地: one more)
            before = sum(len(p.text) for p in parts[: run[0]])
            after = sum(len(p.text) for p in parts[run[-1] + 1 :])
            return (after if backwards else before), members
    return None


def _ends_so(neighbours: list[Segment], keys: list[tuple[str, bool]]) -> bool:
    """Whether a sentence beside a run of sentences that each end with the concept's word ends with it
    too, and names nothing (…，建成产业基地 before …，建成示范基地；…，建成培训基地 of 两个基地): more
    members than the count, whose words the run's bare openings do not show."""
    key = keys[0][0]
    return any(strip_punct(p.text).endswith(key) and not has_term(p.text) for p in neighbours)


def _introduced(part: str, key: str) -> str:
    """What a colon in a part introduces, when only that says the concept's word (我按原文抄：
    必须坚持人民至上), else the part."""
    head, colon, tail = max(part.rpartition("："), part.rpartition(":"), key=lambda p: len(p[0]))
    # (not what a colon after another concept's name introduces: 做到“五个必须”：必须维护…)
    taken = colon and len(key) >= 2 and key in tail and key not in head and not has_term(head)
    return tail if taken else part  # (a word of one character is said everywhere: 不, 以)


def _ending_kept(member: str, part: str, key: tuple[str, bool]) -> str:
    """The member, or the whole of its part when cutting it lost the word it ends with (村民会议或
    村民代表会议决议, not 村民会议或)."""
    word, spread = key
    ending = word[-1] if spread else word
    whole = bare_member(part)
    kept = whole if not member.endswith(ending) and whole.endswith(ending) else member
    governed = re.search("(?:由|经过|通过)([^由]{3,})$", kept)  # (一律由村党支部会议提议: what 由 governs)
    return governed.group(1) if governed else kept


def _unnamed(member: str, key: tuple[str, bool]) -> str:
    """A member without the short names quoted in it (村“两委”商议), and without any quoted name
    when its own words say the concept's word (坚持“三治融合” of 五个坚持): words of the member."""
    bare = _SHORT_QUOTED.sub("", member)
    words_only = _QUOTED_NAME.sub("", bare)
    return words_only if holds(words_only, *key) else bare


_QUOTED_NAME = re.compile(r"[“「][^”」]{1,12}[”」]")
# A short quoted name inside a member (村“两委”商议): a word of the member, not a naming
_SHORT_QUOTED = re.compile(r"[“「][^”」]{1,3}[”」]")


def _openings_of_ending(texts: list[str], members: list[str], keys: list[tuple[str, bool]]) -> list[str]:
    """The opening clauses of sentences that each end with the concept's word (三个区分开来: 把…失误
    错误，同…行为区分开来；把…), the first from where it opens as the others do (明确提出要把… -> 把…);
    [] unless every sentence ends so and the others share an opening."""
    key, spread = keys[0]
    if spread or len(key) < 2 or any(k != keys[0] for k in keys) or len(texts) < 2:
        return []
    if not all(strip_punct(t).endswith(key) and han_len(m) >= 2 for t, m in zip(texts, members, strict=True)):
        return []
    if any(key in m for m in members):
        return []  # (the opening clauses say the word: the run is read as it is)
    opening = common_prefix(members[1:])[:2] if len(members) > 2 else members[1][:1]
    if not opening:
        return []
    first = members[0]
    if not first.startswith(opening):
        at = texts[0].rfind(opening, 0, len(texts[0]) - len(key))
        if at < 0:
            return []
        first = bare_member(texts[0][at:])
    return [first, *members[1:]] if all(1 <= han_len(m) <= 50 for m in [first, *members[1:]]) else []


def _words_come_to(texts: list[str], keys: list[tuple[str, bool]]) -> list[str]:
    """The words each sentence comes to at its end, its own words and the concept's word after a verb
    of becoming they all say (三张清单: …，梳理形成需求清单；…，梳理形成资源清单；…，形成项目清单 -> 需求清单,
    资源清单, 项目清单; see before_word): each sentence makes one member; [] unless each ends so."""
    key, spread = keys[0]
    if spread or len(key) < 2 or any(k != keys[0] for k in keys):
        return []
    last = [re.split(f"[{CLAUSE_BREAKS}]", strip_punct(t))[-1].strip() for t in texts]
    if not all(clause.endswith(key) for clause in last):
        return []
    words_ = before_word(last, keys)
    return words_ if words_ != last else []  # (before_word keeps a member's own words short)


def _at_one_edge(members: list[str], keys: list[tuple[str, bool]], opening_only: bool) -> bool:
    """Whether every member opens with its keyword (维护…, 坚决维护…, 不敢腐), or every one ends with it
    (…区分开来, …基地): a series repeats its word in the same place. A keyword that may be spread
    out counts by its first character at the opening and its last at the end."""
    kinds = list(dict.fromkeys(key for key, _ in keys))
    if len(kinds) > 1:  # (三严三实: 严以修身、…，谋事要实、…: each kind's members alike, at their own edge)
        groups = [[(m, k) for m, k in zip(members, keys, strict=True) if k[0] == kind] for kind in kinds]
        return all(_at_one_edge([m for m, _ in group], [k for _, k in group], False) for group in groups)
    bare = [m.strip("“”「」") for m in members]
    pairs = list(zip(bare, keys, strict=True))
    # (the word may follow a word of manner: 坚决维护…)
    opens = all(0 <= m.find(key[0] if spread else key) <= 2 for m, (key, spread) in pairs)
    ends = all(m.endswith(key[-1] if spread else key) for m, (key, spread) in pairs)
    return opens or (ends and not opening_only)


def _runs(parts: list[Segment], says: list[bool], count: int, backwards: bool, gaps: bool) -> list[list[int]]:
    """Candidate runs: `count` parts that say the word, one after the other (or, with `gaps`, with
    at most one part between two of them), nearest the window's start (end, `backwards`) first."""
    runs: list[list[int]] = []
    for k in range(len(parts)):
        if not says[k]:
            continue
        run = [k]
        while len(run) < count:
            following = [j for j in (run[-1] + 1, run[-1] + 2) if j < len(parts) and says[j]]
            if not following or (following[0] != run[-1] + 1 and not gaps):
                break
            run.append(following[0])
        if len(run) == count:
            runs.append(run)
    return runs[::-1] if backwards else runs
