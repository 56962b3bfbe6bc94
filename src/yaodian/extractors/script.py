"""Simplified and traditional characters: a simplified view of the text to match and segment,
and the way back from strings found in that view to the characters the document was written in.

The extractors' patterns and jieba's dictionary are simplified. A traditional paragraph is
converted with OpenCC's tables (opencc-purepy: phrases first, so 隨著 reads 随着 and 乾淨 干净),
character for character: the view has the length of the original, so a position in the view is
a position in the original. Cards are then written back with the original characters.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from opencc_purepy import OpenCC

from yaodian.extractors.text import Paragraph


@cache
def _converter(config: str) -> OpenCC:
    from opencc_purepy import OpenCC  # loaded only for text that has traditional characters

    return OpenCC(config)


def _in_gb2312(text: str) -> bool:
    """True when every character is in GB2312, the simplified national charset.

    No traditional-only character is in it, so such text needs no conversion, and OpenCC's
    tables (tens of megabytes) are never loaded for it.
    """
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


@cache
def _traditional_only() -> re.Pattern[str]:
    """Characters that only traditional text uses: OpenCC converts them and they are not simplified."""
    dictionary = _converter("t2s").dictionary
    to_simplified, to_traditional = dictionary.ts_characters[0], dictionary.st_characters[0]
    chars = sorted(t for t, s in to_simplified.items() if len(t) == 1 and t != s and t not in to_traditional)
    return re.compile("[" + "".join(re.escape(ch) for ch in chars) + "]")


def _changed(text: str, converted: str) -> int:
    return sum(1 for before, after in zip(text, converted, strict=False) if before != after)


def simplified(text: str) -> str:
    """`text` with traditional characters replaced by simplified ones, of the same length.

    Only text written in traditional characters is converted: OpenCC's tables also rewrite
    characters a simplified text uses in their own right (显著 would read 显着), so a text with
    more simplified-only characters than traditional-only ones is left as it is. A phrase
    conversion that changes the length falls back to characters alone.
    """
    if _in_gb2312(text) or not _traditional_only().search(text):  # the common cases, decided in C
        return text
    converter = _converter("t2s")
    by_characters = converter.ts(text)
    if by_characters == text or _changed(text, by_characters) <= _changed(text, converter.st(text)):
        return text
    by_phrases = converter.t2s(text)
    if len(by_phrases) == len(text):
        return by_phrases
    return by_characters if len(by_characters) == len(text) else text


_CLOZE_MARKUP = re.compile(r"\{\{c\d+::|\}\}")
_CONTEXT = (6, 3, 1, 0)  # characters either side of an ambiguous one, widest first


class Restorer:
    """Maps strings found in the simplified view of a document back to its characters.

    A simplified character that stands for one written character throughout the document (发 for
    發) is replaced directly; one that stands for several (后 for 後 and 后, 干 for 幹 and 乾) is
    looked up with the characters around it, nearest to where the card comes from.
    """

    def __init__(self, pairs: list[tuple[int, str, str]]) -> None:
        """`pairs`: (line, view, original) of each paragraph, the view as long as the original."""
        self._view = "\n".join(view for _, view, _ in pairs)
        self._original = "\n".join(original for _, _, original in pairs)
        self._starts: list[tuple[int, int]] = []
        readings: dict[str, set[str]] = {}
        if self._view != self._original:
            changed = {v for v, o in zip(self._view, self._original, strict=True) if v != o}
            for v, o in zip(self._view, self._original, strict=True):
                if v in changed:
                    readings.setdefault(v, set()).add(o)
            # where each line starts in the view: only restore() asks, and only with readings
            offset = 0
            for line, view, _ in pairs:
                self._starts.append((line, offset))
                offset += len(view) + 1
            self._starts.sort()
        self._readings = readings

    @property
    def changes_anything(self) -> bool:
        """False for a document written in simplified characters: every string stays as it is."""
        return bool(self._readings)

    def restore(self, text: str, line: int | None = None) -> str:
        """`text` (found in the view near `line`) in the document's own characters."""
        if not self._readings or not any(ch in self._readings for ch in text):
            return text
        # cloze markup is no part of the document: look the plain text up, write it back in place
        plain_positions = _plain_positions(text)
        plain = "".join(text[i] for i in plain_positions)
        hint = self._offset_of(line)
        restored = list(text)
        for index, position in enumerate(plain_positions):
            char = plain[index]
            readings = self._readings.get(char)
            if not readings:
                continue
            restored[position] = (
                next(iter(readings)) if len(readings) == 1 else self._in_context(plain, index, hint)
            )
        return "".join(restored)

    def _offset_of(self, line: int | None) -> int:
        if line is None or not self._starts:
            return 0
        index = bisect_right(self._starts, (line, len(self._view)))
        return self._starts[index - 1][1] if index else 0

    def _in_context(self, plain: str, index: int, hint: int) -> str:
        for width in _CONTEXT:
            start = max(0, index - width)
            window = plain[start : index + width + 1]
            found = self._view.find(window, hint)
            if found < 0:
                found = self._view.find(window)
            if found >= 0:
                return self._original[found + index - start]
        return plain[index]


def _plain_positions(text: str) -> list[int]:
    """The positions of the characters of `text` outside cloze markup."""
    kept: list[int] = []
    position = 0
    for match in _CLOZE_MARKUP.finditer(text):
        kept += range(position, match.start())
        position = match.end()
    return kept + list(range(position, len(text)))


def paragraph(line: int, written: str) -> Paragraph:
    """A paragraph of `written` text with its simplified view."""
    view = simplified(written)
    return Paragraph(line, view, written if view != written else "")
