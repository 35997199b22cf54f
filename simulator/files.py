"""Output files written whole or not at all, only over a regular file, and spreadsheet cells made inert."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import stat
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from simulator.errors import SimulacroError

# A cell starting with one of these is read as a formula by Excel, LibreOffice and Google Sheets.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class OutputError(SimulacroError):
    """An output file that cannot or must not be written."""


def check_target(target: Path) -> Path:
    """The target if a file may be written there: a new name or an existing regular file in a folder."""
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"Cannot write {target}: the folder {folder} does not exist.")
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return target
    except OSError as exc:
        raise OutputError(f"Cannot write {target}: {exc.strerror or exc}.") from exc
    if stat.S_ISDIR(info.st_mode):
        raise OutputError(f"Cannot write {target}: it is a folder; name a file.")
    if not stat.S_ISREG(info.st_mode):
        # A symlink, FIFO or device: writing "through" it could land anywhere or block for ever.
        raise OutputError(f"Cannot write {target}: it is not a regular file (a link, pipe or device).")
    return target


def write_atomic(target: Path, data: bytes) -> Path:
    """Write `data` to a temporary file beside `target`, sync it, then rename it over `target`."""
    check_target(target)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{target.name[:60]}.", suffix=".part")
    except OSError as exc:
        raise OutputError(f"Cannot write to {folder}: {exc.strerror or exc}.") from exc
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise OutputError(f"Cannot write {target}: {exc.strerror or exc}.") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    return target


def safe_cell(value: object) -> str:
    """A cell value a spreadsheet shows as text: a leading = + - @ tab or CR gets a ' in front."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """CSV with every cell made inert (numbers are written by the caller as plain digits)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in header])
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return buffer.getvalue()
