"""Faults around the database and the window: a second window, a read-only or locked or full database,
a corrupt file at start-up. Each gets a clear message, nothing acknowledged is lost, the file is kept."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

import main
from simulator.assembly import FullSpec, plan_full
from simulator.clock import FakeClock
from simulator.errors import StorageError
from simulator.review_tools import bank_index
from simulator.scoring import key_of
from simulator.session import ExamSession
from simulator.storage.db import Store
from tests.sqlite_lock import held_by_another_program
from tests.ui_helpers import answer_current_by_widgets, open_window
from ui.qt import QMessageBox

REPO = Path(__file__).resolve().parent.parent


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def env_for(data_dir: Path) -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen", SIMULACRO_DATA_DIR=str(data_dir))


@pytest.mark.slow
def test_second_window_is_refused_and_a_stale_lock_is_taken_over(data_dir: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from ui.app import instance_lock; "
            "lock = instance_lock(Path(sys.argv[1])); print('held' if lock else 'busy', flush=True); time.sleep(60)",
            str(data_dir),
        ],
        cwd=REPO,
        env=env_for(data_dir),
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    second = subprocess.run(
        [sys.executable, "main.py", "--smoke"],
        cwd=REPO,
        env=env_for(data_dir),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert second.returncode == 3
    assert "ya está abierto" in second.stderr or "already open" in second.stderr
    assert "Traceback" not in second.stderr
    os.kill(holder.pid, signal.SIGKILL)  # a crash leaves the lock file behind
    holder.wait(timeout=10)
    holder.stdout.close()
    third = subprocess.run(
        [sys.executable, "main.py", "--smoke"],
        cwd=REPO,
        env=env_for(data_dir),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert third.returncode == 0, third.stderr


def test_read_only_database_gets_a_clear_message_and_is_untouched(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    assert main.main(["demo", "--attempts", "1", "--seed", "4"]) == 0
    path = data_dir / "simulacro.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(path)
    read_only = f"sqlite:///file:{path}?mode=ro&uri=true"
    capsys.readouterr()
    assert main.main(["--db", read_only, "history"]) == 0  # reading still works
    assert main.main(["--db", read_only, "demo", "--attempts", "1"]) == 1
    err = capsys.readouterr().err
    assert "read-only" in err and "Traceback" not in err
    assert digest(path) == before


def _fail_writes(store: Store, message: str) -> None:
    def before_execute(_conn: object, cursor: object, statement: str, *args: object) -> None:
        if statement.lstrip().upper().startswith(("UPDATE", "INSERT", "DELETE")):
            raise OperationalError(statement, {}, sqlite3.OperationalError(message))

    event.listen(store.engine, "before_cursor_execute", before_execute)


def test_full_disk_refuses_the_answer_clearly_and_keeps_the_earlier_ones(synthetic_store: Store) -> None:
    session = ExamSession.start(
        synthetic_store, plan_full(bank_index(synthetic_store, "aif-c01"), FullSpec(), 3), FakeClock()
    )
    for position in range(5):
        session.answer(position, key_of(session.content(position)))
    _fail_writes(synthetic_store, "database or disk is full")
    with pytest.raises(StorageError, match="is full"):
        session.answer(5, key_of(session.content(5)))
    with pytest.raises(StorageError, match="is full"):
        session.set_flag(6, True)
    assert not session.view(5).answered and not session.view(6).flagged  # memory matches the database
    reopened = ExamSession.open(synthetic_store, session.attempt_id, FakeClock())
    assert reopened.progress().answered == 5


def test_locked_database_is_a_clear_message(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    assert main.main(["history"]) == 0
    path = data_dir / "simulacro.sqlite3"
    with held_by_another_program(path):
        capsys.readouterr()
        started = time.monotonic()
        assert main.main(["demo", "--attempts", "1"]) == 1
        err = capsys.readouterr().err
        assert "locked by another program" in err and "Traceback" not in err
        assert time.monotonic() - started < 30


def test_window_survives_a_failed_save(qtbot: QtBot, data_dir: Path, shipped_template: Path) -> None:
    window = open_window(qtbot, data_dir, shipped_template)
    window.clock = FakeClock()
    window.start_full(FullSpec())
    qtbot.waitUntil(lambda: window.exam.session is not None, timeout=20_000)
    page = window.exam
    answer_current_by_widgets(qtbot, page)
    assert window.workspace is not None
    _fail_writes(window.workspace.store, "database or disk is full")
    page.go(1)
    answer_current_by_widgets(qtbot, page)
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert boxes
    assert "No se pudo guardar tu último cambio" in boxes[-1].text() and "está lleno" in boxes[-1].text()
    assert page.session is not None and not page.session.view(1).answered
    for box in boxes:
        box.close()
    page.go(0)  # the window keeps working, and the first answer is still there
    assert page.session is not None and page.session.view(0).answered


def test_corrupt_database_at_start_up_is_kept_and_reported(qtbot: QtBot, data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    garbage = os.urandom(40_000)
    (data_dir / "simulacro.sqlite3").write_bytes(garbage)
    window = open_window(qtbot, data_dir, None)
    assert window.home.notice.isVisibleTo(window.home)
    assert "No se pudo usar la base de datos" in window.home.notice.text()  # in the window's language
    kept = [p for p in data_dir.iterdir() if ".corrupt-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == garbage
    assert window.home.bank_model.rowCount() == 5  # and the app works on a new database


def test_unopenable_database_shows_the_reason_and_exits_cleanly(qtbot: QtBot, data_dir: Path) -> None:
    from ui.i18n import install_translators
    from ui.main_window import MainWindow
    from ui.qt import QApplication, QSettings
    from ui.settings import AppSettings

    settings = AppSettings(QSettings(str(data_dir / "s.ini"), QSettings.Format.IniFormat))
    install_translators(QApplication.instance(), "es")  # type: ignore[arg-type]
    window = MainWindow(settings, db_url="nosuchdriver://x/y", data_dir=data_dir)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loaded, timeout=20_000) as blocker:
        window.start_loading()
    assert blocker.args == [False]
    assert "No se puede usar la URL de base de datos" in window.loading.label.text()
