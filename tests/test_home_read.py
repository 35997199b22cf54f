"""Home's first read (sqlite3, no SQLAlchemy) gives exactly what the usual read gives, is used only when nothing
needs migrating or importing, and lets the window paint Home before SQLAlchemy is imported."""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
import threading
from datetime import date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from question_bank.workspace import Workspace, open_workspace
from simulator.assembly import FullSpec, PracticeSpec, plan_full, plan_practice
from simulator.clock import FakeClock
from simulator.demo import DemoSettings, run_demo, wrong_answer
from simulator.review_tools import bank_index
from simulator.scoring import key_of
from simulator.session import ExamSession
from simulator.storage import bank, home_read
from simulator.storage.review import add_item_report, clear_flag
from ui.home_backend import load_home
from ui.home_quick import quick_home, sqlite_file

T0 = datetime(2026, 3, 1, 10, 0)
REPO = Path(__file__).resolve().parent.parent


def _workspace(data_dir: Path, template: Path) -> Workspace:
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, data_dir / "simulacro.sqlite3")
    return open_workspace(None, data_dir)


def _sit(workspace: Workspace, clock: FakeClock, tasks: tuple[str, ...], wrong: int, seed: int) -> ExamSession:
    store = workspace.store
    session = ExamSession.start(store, plan_practice(bank_index(store, "aif-c01"), PracticeSpec(tasks, 6), seed), clock)
    rng = random.Random(seed)
    for position in range(session.count):
        content = session.content(position)
        session.answer(position, wrong_answer(content, rng) if position < wrong else key_of(content))
    session.submit()
    return session


def _same(workspace: Workspace, exam: str | None = None, exam_date: date | None = None) -> None:
    quick = quick_home(None, workspace.data_dir, exam, exam_date)
    assert quick is not None
    assert quick == load_home(workspace, exam, exam_date)


def test_the_first_read_equals_the_usual_read(data_dir: Path, shipped_template: Path) -> None:
    workspace = _workspace(data_dir, shipped_template)
    _same(workspace)  # nothing yet
    run_demo(workspace.store, "aif-c01", DemoSettings(6, 0.6, 2))  # simulated attempts, the local candidate's
    _same(workspace)  # the coach's standing from demo answers only
    clock = FakeClock(T0)
    for seed, task in enumerate(("1.1", "2.2", "3.1", "5.2")):  # own practice: mastery, readiness, a schedule
        _sit(workspace, clock, (task,), wrong=seed % 3, seed=seed)
        clock.advance(3600)
    store = workspace.store
    full = ExamSession.start(store, plan_full(bank_index(store, "aif-c01"), FullSpec(), 7), clock)
    for position in range(4):
        full.answer(position, key_of(full.content(position)))
        full.set_flag(position, True)
    full.submit()
    clock.advance(60)
    clear_flag(store, "aif-c01", full.view(0).key, clock.now())
    add_item_report(store, full.attempt_id, 1, "La opción B también vale.", clock.now())
    unfinished = ExamSession.start(
        store, plan_practice(bank_index(store, "aif-c01"), PracticeSpec(("4.1",), 5), 9), clock
    )
    unfinished.answer(0, key_of(unfinished.content(0)))
    quick = quick_home(None, data_dir, None, date(2026, 12, 1))
    assert quick is not None and quick == load_home(workspace, None, date(2026, 12, 1))
    assert quick.flagged == 3 and quick.reports == 1 and quick.due > 0 and len(quick.unfinished) == 1
    assert len(quick.history) == 12 and quick.coaching is not None and quick.coaching.readiness is not None
    assert any(h.domains for h in quick.history) and quick.unfinished[0].answered == 1
    _same(workspace, "no-such-exam")  # an exam that is gone: the shipped default, as the usual read chooses
    workspace.store.close()


def test_both_reads_list_an_attempts_answers_in_item_order(data_dir: Path, shipped_template: Path) -> None:
    """An attempt's answers share its time, so their order sets the recency weights: fixed, not the database's."""
    from simulator.storage.attempts import answer_records as usual_records

    workspace = _workspace(data_dir, shipped_template)
    clock = FakeClock(T0)
    first = _sit(workspace, clock, ("1.1", "2.2"), wrong=2, seed=3)
    clock.advance(3600)
    second = _sit(workspace, clock, ("3.1",), wrong=1, seed=4)
    expected = [
        (session.view(p).key, session.view(p).task) for session in (first, second) for p in range(session.count)
    ]
    usual = usual_records(workspace.store, include_demo=False, exam="aif-c01")
    assert [(key, task) for _when, task, _right, key in usual] == expected
    database = sqlite_file(None, data_dir)
    assert database is not None
    connection = home_read.open_read_only(database)
    try:
        quick = home_read.answer_records(connection, workspace.store.candidate_id, include_demo=False, exam="aif-c01")
    finally:
        connection.close()
    assert [(r.item_key, r.task) for r in quick] == expected
    workspace.store.close()


def test_the_first_read_steps_aside_when_the_usual_open_has_work(
    data_dir: Path, shipped_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert home_read.DEFAULT_EXAM == bank.DEFAULT_EXAM
    assert quick_home(None, data_dir) is None  # no database yet: the usual open creates it
    workspace = _workspace(data_dir, shipped_template)
    workspace.store.close()
    path = data_dir / "simulacro.sqlite3"
    assert quick_home(None, data_dir) is not None
    assert quick_home("postgresql+psycopg://u@localhost/simulacro", data_dir) is None  # a shared database
    assert sqlite_file(f"sqlite:///{path}?mode=ro", data_dir) is None  # options the usual open understands
    assert sqlite_file(f"sqlite:///{path}", None) == path

    def change(sql: str) -> None:
        with sqlite3.connect(path) as connection:
            connection.execute(sql)
        connection.close()

    change("UPDATE exams SET bank_hash = 'changed'")  # the bank folder changed: the sync imports it first
    assert quick_home(None, data_dir) is None
    open_workspace(None, data_dir).store.close()
    assert quick_home(None, data_dir) is not None
    change("UPDATE alembic_version SET version_num = '0001'")  # an older schema: the upgrade comes first
    assert quick_home(None, data_dir) is None
    path.write_bytes(b"not a database" * 100)
    assert quick_home(None, data_dir) is None  # the usual open moves it aside and says so
    monkeypatch.setenv("SIMULACRO_DB", f"sqlite:///{data_dir / 'other.sqlite3'}")
    assert sqlite_file(None, data_dir) == data_dir / "other.sqlite3"


def test_home_paints_before_sqlalchemy_is_imported(data_dir: Path, shipped_template: Path) -> None:
    """The everyday start, as bench/ready.py runs it: Home shows its data with SQLAlchemy not yet imported, and
    the usual open then hands the window its workspace without redrawing Home."""
    _workspace(data_dir, shipped_template).store.close()
    code = """
import sys
import ui.app
from ui.main_window import MainWindow
from ui.qt import QTimer
shows = []
original = MainWindow._show_home
def shown(self, data):
    shows.append("sqlalchemy" in sys.modules)
    original(self, data)
MainWindow._show_home = shown
def loaded(self, ok):
    print("shows", shows, "workspace", self.workspace is not None, flush=True)
    QTimer.singleShot(0, self.close)
MainWindow.__init__ = (lambda init: lambda self, *a, **k: (init(self, *a, **k), self.loaded.connect(
    lambda ok: loaded(self, ok))) and None)(MainWindow.__init__)
ui.app.run_gui(data_dir=sys.argv[1])
"""
    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO), "HOME": str(data_dir), "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-c", code, str(data_dir)], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )
    assert "shows [False] workspace True" in out.stdout, out.stdout + out.stderr


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_request_made_before_the_database_is_open_waits_for_it(
    qtbot: QtBot, data_dir: Path, shipped_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Home may show a moment before the usual open ends: Enter on 'start a full exam' then opens the start
    screen once the database is open, not before and not never."""
    import ui.home_backend
    from tests.keyboard_helpers import focused, press
    from tests.ui_helpers import loading_window
    from ui.qt import QApplication, Qt

    _workspace(data_dir, shipped_template).store.close()
    release = threading.Event()
    usual = ui.home_backend.open_and_load

    def slow_open(*args: object) -> object:
        assert release.wait(30)
        return usual(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(ui.home_backend, "open_and_load", slow_open)
    window = loading_window(qtbot, data_dir)
    qtbot.waitUntil(
        lambda: window.home_data is not None and window.pages.currentWidget() is window.home, timeout=20_000
    )
    qtbot.waitUntil(lambda: focused() is window.home.full_button, timeout=20_000)
    assert window.workspace is None
    shown = window.home_data
    press(qtbot, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert window.pages.currentWidget() is window.home  # waiting for the database
    with qtbot.waitSignal(window.loaded, timeout=30_000):
        release.set()
    assert window.home_data is shown  # the usual read found the same: Home was not redrawn
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.start_page, timeout=20_000)


def test_an_open_that_fails_after_home_painted_takes_home_away(
    qtbot: QtBot, data_dir: Path, shipped_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first read showed Home, then the usual open fails (another program locked the file meanwhile): the
    window says why, in Spanish, instead of a Home that cannot save anything."""
    import ui.home_backend
    from simulator.errors import StorageError
    from ui.i18n import install_translators
    from ui.main_window import MainWindow
    from ui.qt import QApplication, QSettings
    from ui.settings import AppSettings

    _workspace(data_dir, shipped_template).store.close()

    def locked(*_args: object) -> object:
        raise StorageError(code="db_locked", url="sqlite:///simulacro.sqlite3")

    monkeypatch.setattr(ui.home_backend, "open_and_load", locked)
    settings = AppSettings(QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = "es"
    install_translators(QApplication.instance(), "es")  # type: ignore[arg-type]
    window = MainWindow(settings, db_url=None, data_dir=data_dir)
    qtbot.addWidget(window)
    window.show()
    shown: list[bool] = []
    original = window._show_home
    monkeypatch.setattr(window, "_show_home", lambda data: (shown.append(True), original(data)))
    with qtbot.waitSignal(window.loaded, timeout=30_000) as blocker:
        window.start_loading()
    assert blocker.args == [False] and shown == [True]
    assert window.pages.currentWidget() is window.loading and window.home_data is None
    assert "Otro programa tiene bloqueada la base de datos" in window.loading.label.text()
