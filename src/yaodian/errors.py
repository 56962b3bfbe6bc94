"""The one user-facing error type, and where in the user's files it happened.

Problems in the user's input (a broken YAML file, an unreadable source) are raised as
`YaodianError` with a `Location`; the CLI prints them as `error: file:line: message`.
Programming bugs stay ordinary exceptions.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Location:
    """A place in a user's file; `line` is 1-based, None when the whole file is meant."""

    path: Path
    line: int | None = None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}" if self.line else str(self.path)


class YaodianError(Exception):
    """A problem with the user's input, printed as one line: `file:line: message`."""

    def __init__(self, message: str, location: Location | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message

    def __reduce__(self) -> tuple[type[YaodianError], tuple[str, Location | None]]:
        # keeps the location when the error travels back from a worker process
        return type(self), (self.message, self.location)
