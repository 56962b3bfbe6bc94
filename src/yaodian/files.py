"""Files written safely: a whole file or none (a temporary file, then a rename), the temporary
files a killed run left behind cleaned up, and one yaodian at a time writing to a folder.

It knows nothing of cards: card files, decks, state and cache files are all written through it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

from yaodian.errors import Location, YaodianError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: str | bytes, durable: bool = True, mode: int | None = None) -> None:
    """Write a file so that a crash leaves either the old or the new content, never half of one.

    The new file gets ordinary permissions (0666 less the umask), like any file the user writes,
    or `mode` when given (the permissions of a file edited in place).
    Unless `durable` is False, the content is on disk (fsync) before it replaces the old file.
    An OSError names `path`, never the temporary file (`error: cards/a.yaml: No space left on device`).
    """
    with staged(path, data, durable, mode):
        pass


@contextlib.contextmanager
def staged(path: Path, data: str | bytes, durable: bool = True, mode: int | None = None) -> Iterator[None]:
    """Write `data` to a temporary file beside `path`, run the block, then put the file in place.

    When the block raises (the file that records what `path` holds could not be written, say),
    the temporary file is removed and `path` stays as it was. Temporary files are named
    `.NAME.XXXXXXXX.tmp`; one left by a killed run is removed by clean_stale_files.
    """
    path.parent.mkdir(parents=True, exist_ok=True)  # (an error here names the folder)
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{_temp_name(path.name)}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask() if mode is None else mode)
    except OSError as exc:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from None
    except BaseException:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise
    try:
        yield
        try:
            os.replace(tmp, path)
        except OSError as exc:
            raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from None
    finally:
        Path(tmp).unlink(missing_ok=True)


# what write_atomic leaves behind when it is killed: `.a.yaml.k2j4_x9q.tmp` (mkstemp's 8 characters)
_STALE = re.compile(r"\.(?P<name>.+\.(?:yaml|json|apkg))\.[a-z0-9_]{8}\.tmp")
# A file name may take 255 bytes (ext4, APFS, NTFS...); the temporary file adds 14 to its name.
_NAME_MAX = 255
_TEMP_EXTRA = len(".") + len(".") + 8 + len(".tmp")


def _temp_name(name: str) -> str:
    """The name a temporary file for `name` carries: `name` itself when the temporary file's
    name fits the file system, else its stem cut short, a hash of the whole name and its
    suffix (`很长…~1a2b3c4d.yaml`), so that the name still tells clean_stale_files whose it is."""
    if len(os.fsencode(name)) + _TEMP_EXTRA <= _NAME_MAX:
        return name
    suffix = Path(name).suffix
    tail = f"~{hashlib.sha1(name.encode('utf-8', 'surrogateescape')).hexdigest()[:8]}{suffix}"
    room = _NAME_MAX - _TEMP_EXTRA - len(os.fsencode(tail))
    stem = name[: len(name) - len(suffix)]
    while len(os.fsencode(stem)) > room:  # cut whole characters, never inside a UTF-8 sequence
        stem = stem[: max(0, min(len(stem) - 1, room))]
    return stem + tail


def clean_stale_files(folder: Path, names: tuple[str, ...] | None = None) -> None:
    """Remove the temporary files a killed write_atomic left in `folder` (of the files `names`, if
    given). Call it only while holding the folder (see hold_folder): no other run is writing then."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    wanted = None if names is None else {_temp_name(name) for name in names}
    for entry in entries:
        match = _STALE.fullmatch(entry.name)
        if (
            match
            and (wanted is None or match.group("name") in wanted)
            and entry.is_file(follow_symlinks=False)
        ):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


@contextlib.contextmanager
def hold_folder(folder: Path, command: str) -> Iterator[None]:
    """Be the only yaodian writing to a cards folder while the block runs (creating the folder).

    A second `extract` or `build` on the same folder refuses at once rather than interleave its
    writes with the first. The lock is flock on the folder itself (no lock file to commit or
    leave behind); the kernel drops it when the process ends, kill -9 included (worker
    processes forked meanwhile share it, and end with their parent). Temporary files left by
    an earlier, killed run are removed once the folder is held.
    """
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        yield
        return
    created = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder, os.O_RDONLY)
    except OSError as exc:
        raise YaodianError(f"cannot write: {exc.strerror or exc}", Location(folder)) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise YaodianError(
                f"another yaodian extract, build or sync is writing here; run {command} again when it has finished",
                Location(folder),
            ) from None
        except OSError:  # a file system without locks (some network ones): go on unlocked
            pass
        clean_stale_files(folder)
        yield
    finally:
        os.close(fd)  # ends the lock (once worker processes that share it have ended too)
        if created:  # a run that wrote nothing (no documents, say) leaves no empty folder behind
            with contextlib.suppress(OSError):
                folder.rmdir()
