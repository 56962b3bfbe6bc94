"""The optional settings file of a working folder, yaodian.toml.

    deck_root = "要点"   # the root deck that holds one subdeck per document
    mode = "each"        # study mode of list cards that set none: each, all or both

Options given on the command line win over the file. Unknown keys and bad values are errors
with the file's line, so a typo never goes unnoticed.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from yaodian.cards import MODES
from yaodian.errors import Location, YaodianError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_FILE = "yaodian.toml"
DEFAULT_ROOT = "要点"
DEFAULT_MODE = "each"
KEYS = ("deck_root", "mode")


@dataclass(frozen=True)
class Config:
    deck_root: str = DEFAULT_ROOT
    mode: str = DEFAULT_MODE


def _line_of(text: str, key: str) -> int | None:
    for number, line in enumerate(text.splitlines(), 1):
        if re.match(rf"\s*{re.escape(key)}\s*=", line):
            return number
    return None


ROOT_RULE = "deck_root must be a deck name without '::', '/' or '\\'"


def valid_root(root: object) -> bool:
    """A root deck name is one deck (no '::') and a plain file name (it names the package too)."""
    return isinstance(root, str) and bool(root.strip()) and not re.search(r"::|[/\\]|^\.", root.strip())


def load_config(folder: Path) -> Config:
    """The settings of `folder`/yaodian.toml, or the defaults when there is no such file."""
    path = folder / CONFIG_FILE
    if not path.is_file():
        return Config()
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise YaodianError("not UTF-8 text: save the file as UTF-8", Location(path)) from None
    except OSError as exc:
        raise YaodianError(f"cannot read: {exc.strerror}", Location(path)) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"at line (\d+)", str(exc))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise YaodianError(
            f"TOML syntax: {message}", Location(path, int(found.group(1)) if found else None)
        ) from None
    for key in data:
        if key not in KEYS:
            raise YaodianError(
                f"unknown setting '{key}' (allowed: {', '.join(KEYS)})", Location(path, _line_of(text, key))
            )
    root = data.get("deck_root", DEFAULT_ROOT)
    if not valid_root(root):
        raise YaodianError(ROOT_RULE, Location(path, _line_of(text, "deck_root")))
    mode = data.get("mode", DEFAULT_MODE)
    if mode not in MODES:
        raise YaodianError(
            f"mode must be one of {', '.join(MODES)}, not {mode!r}", Location(path, _line_of(text, "mode"))
        )
    return Config(deck_root=root.strip(), mode=mode)
