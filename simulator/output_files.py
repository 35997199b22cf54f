"""The user's output files (PDF report, CSV export): a regular file or a new name only, written atomically."""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import IO

from simulator.errors import OutputError
from simulator.os_reasons import os_reason

# A temporary older than this was left by a killed export (a report takes seconds), so the next export
# into the same folder removes it.
STALE_PART_S = 15 * 60
_PART = re.compile(r"^\..+\.[A-Za-z0-9_]{6,}\.part\Z")


def has_control(text: str) -> bool:
    """Control characters (newline, NUL, escape...) or undecodable bytes (lone surrogates from argv)."""
    return any(unicodedata.category(c) in ("Cc", "Cs") for c in text)


def shown(path: Path | str) -> str:
    """A path fit to print: undecodable bytes as escapes instead of an encoding error."""
    return str(path).encode("utf-8", "backslashreplace").decode("utf-8")


def check_target(target: Path, what: str, extension: str, error: type[OutputError] = OutputError) -> Path:
    """Refuse a target that is not a new name or a regular file: writing over a symbolic link, a device
    (as root, /dev/null) or a pipe would replace it with a file or follow it elsewhere."""
    folder = target.parent if str(target.parent) else Path(".")
    if has_control(target.name):
        raise error(code="output_control", what=what, name=repr(shown(target.name)))
    if folder.exists() and not folder.is_dir():
        raise error(code="output_parent_file", what=what, folder=shown(folder))
    if not folder.is_dir():
        raise error(code="output_no_folder", what=what, folder=shown(folder))
    try:
        mode = target.lstat().st_mode
    except FileNotFoundError:
        return folder
    except OSError as exc:
        raise error(code="output_write", what=what, target=shown(target), reason=os_reason(exc)) from exc
    if stat.S_ISDIR(mode):
        raise error(code="output_is_folder", what=what, target=shown(target), extension=extension)
    if stat.S_ISLNK(mode):
        raise error(code="output_symlink", what=what, target=shown(target), extension=extension)
    if not stat.S_ISREG(mode):
        raise error(code="output_not_regular", what=what, target=shown(target))
    return folder


def clean_stale_parts(folder: Path, now: float | None = None) -> int:
    """Remove hidden `.NAME.XXXX.part` temporaries left by killed exports; return how many."""
    limit = (now if now is not None else time.time()) - STALE_PART_S
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not _PART.match(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(info.st_mode) and info.st_mtime < limit and info.st_uid == os.getuid():
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed


def write_atomically(
    target: Path,
    write: Callable[[IO[bytes]], None],
    *,
    what: str,
    extension: str,
    error: type[OutputError] = OutputError,
) -> Path:
    """Write through `write` into a hidden temporary beside `target`, fsync it, then rename it over
    `target`: the file appears only once complete, and a failure leaves nothing behind."""
    target = Path(target)
    folder = check_target(target, what, extension, error)
    clean_stale_parts(folder)
    try:
        # Closed in the block below; the temporary name must outlive the handle for os.replace.
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115
            dir=folder, prefix=f".{target.name}.", suffix=".part", delete=False
        )
    except OSError as exc:
        raise error(code="output_write", what=what, target=shown(folder), reason=os_reason(exc)) from exc
    temporary = Path(handle.name)
    try:
        with handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o600)
        check_target(target, what, extension, error)  # it may have changed while the file was written
        os.replace(temporary, target)
        _sync_folder(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise error(code="output_write", what=what, target=shown(target), reason=os_reason(exc)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    return target


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (best effort: not every platform can open a folder)."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
