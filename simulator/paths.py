"""Where Simulacro keeps user data, and which database URL it opens."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs

APP_NAME = "Simulacro"
DB_FILE = "simulacro.sqlite3"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The user data dir: the override, else $SIMULACRO_DATA_DIR, else the platform's default."""
    chosen = override or os.environ.get("SIMULACRO_DATA_DIR") or platformdirs.user_data_dir(APP_NAME, False)
    return Path(chosen).expanduser()


def database_url(url: str | None, folder: Path) -> str:
    """The database to open: an explicit URL, else $SIMULACRO_DB, else SQLite in the data dir."""
    chosen = url or os.environ.get("SIMULACRO_DB")
    if chosen:
        return chosen
    return f"sqlite:///{folder / DB_FILE}"


def ensure_private_dir(folder: Path) -> None:
    """Create the data dir readable by its owner only."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):  # a shared folder we do not own: leave its mode alone
        folder.chmod(0o700)
