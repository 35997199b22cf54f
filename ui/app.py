"""Start the window: Qt application, settings, translations, then load the database off the UI thread."""

from __future__ import annotations

import hashlib
import logging
import sys
import tempfile
from pathlib import Path

from simulator.paths import data_dir, ensure_private_dir
from ui.i18n import install_translators
from ui.plain import plain_message
from ui.qt import QApplication, QCoreApplication, QIcon, QLockFile, QMessageBox, QSettings, QTimer
from ui.settings import AppSettings

SMOKE_TIMEOUT_MS = 120_000
ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
EXIT_ALREADY_OPEN = 3


def lock_path(folder: Path, db_url: str | None = None) -> Path:
    """The lock of a database, not of a data folder: two data folders naming one database share it.

    A SQLite file is locked beside itself; any other database by its URL (password hidden) in the
    temporary folder, for the windows of this computer (attempt leases cover other computers)."""
    from simulator.paths import DB_FILE, database_url

    url = database_url(db_url, folder)
    if url == f"sqlite:///{folder / DB_FILE}":
        file: Path | None = folder / DB_FILE  # the usual case, known without loading SQLAlchemy before the first paint
    else:
        from simulator.storage.db import sqlite_file_of

        file = sqlite_file_of(url)
    if file is not None:
        try:
            resolved = file.resolve()
        except (OSError, RuntimeError):
            resolved = file.absolute()
        if resolved.parent.is_dir():
            return resolved.with_name(resolved.name + ".lock")
        key = str(resolved)
    else:
        from simulator.storage.db import redact

        key = redact(url)
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:24]
    return Path(tempfile.gettempdir()) / f"simulacro-{digest}.lock"


def instance_lock(folder: Path, db_url: str | None = None) -> QLockFile | None:
    """Hold the database for this window; None when another Simulacro window already holds it.

    Two windows on one database would not corrupt it (SQLite serialises writes), but two copies of one
    exam would fight over its answers, so the second window is refused with a message (attempt leases
    guard the same exam opened from another computer). A lock left by a crashed process is stale (its PID
    is gone) and is taken over."""
    lock = QLockFile(str(lock_path(folder, db_url)))
    lock.setStaleLockTime(0)
    return lock if lock.tryLock(200) else None


def create_application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("Simulacro")
    app.setApplicationName("Simulacro")
    app.setApplicationDisplayName("Simulacro")
    app.setDesktopFileName("simulacro")  # matches packaging/linux/simulacro.desktop
    icon = QIcon()
    for file in sorted(ICON_DIR.glob("simulacro*.*")):
        icon.addFile(str(file))
    app.setWindowIcon(icon)
    return app


def run_gui(
    *, db_url: str | None = None, data_dir: str | None = None, smoke: bool = False, language: str | None = None
) -> int:
    from ui.main_window import MainWindow

    try:
        folder = _data_dir(data_dir)
    except OSError as exc:
        print(f"Simulacro cannot use the data folder {data_dir or ''}: {exc.strerror or exc}.", file=sys.stderr)
        return 1
    start_logging(folder)
    app = create_application()
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    if language:
        settings.language = language
    translators = install_translators(app, settings.language)
    lock = instance_lock(folder, db_url)
    if lock is None:
        from simulator.paths import database_url
        from simulator.storage.db import redact

        message = QCoreApplication.translate(
            "App", "Simulacro is already open with this database (%1). Use that window, or close it first."
        ).replace("%1", redact(database_url(db_url, folder)))
        print(message, file=sys.stderr)
        if not smoke:
            plain_message(None, QMessageBox.Icon.Warning, "Simulacro", message).exec()
        return EXIT_ALREADY_OPEN
    window = MainWindow(settings, db_url=db_url, data_dir=folder)
    window.translators = translators
    window.show()
    exit_code = {"value": 0}
    if smoke:

        def finished(ok: bool) -> None:
            exit_code["value"] = 0 if ok else 1
            window.close()
            app.quit()

        window.loaded.connect(finished)
        QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: finished(False))
    window.start_loading()
    app.exec()
    lock.unlock()
    return exit_code["value"] if smoke else 0


def start_logging(folder: Path) -> None:
    """Log to simulacro.log in the data folder; to stderr when that file cannot be written (a read-only
    folder, a full disk), so the window still opens."""
    try:
        handler: logging.Handler = logging.FileHandler(folder / "simulacro.log", encoding="utf-8")
    except OSError as exc:
        handler = logging.StreamHandler(sys.stderr)
        print(
            f"Simulacro cannot write its log in {folder} ({exc.strerror or exc}); logging to stderr.", file=sys.stderr
        )
    logging.basicConfig(level=logging.INFO, handlers=[handler])


def _data_dir(override: str | None) -> Path:
    folder = data_dir(override)
    ensure_private_dir(folder)
    return folder
