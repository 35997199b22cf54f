"""The teacher's screens (item statistics, the cohort) and the 'who are you?' dialog of a shared database, in
Spanish and by keyboard only: the same sweep as every other screen, then a journey through them by keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from simulator.storage.db import Store
from tests.keyboard_helpers import focused, press, tab_to, type_text
from tests.test_classroom_ui import _with_demo
from tests.test_keyboard import Sweep
from tests.ui_helpers import loading_window, open_window
from ui.classroom import CandidateDialog
from ui.main_window import MainWindow
from ui.qt import QApplication, QCheckBox, QComboBox, QFileDialog, QListView, Qt, QTableView

K = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier


def _shared_window(qtbot: QtBot, data_dir: Path) -> tuple[MainWindow, CandidateDialog]:
    window = loading_window(qtbot, data_dir)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), CandidateDialog), timeout=30_000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, CandidateDialog)
    return window, dialog


@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_teacher_screens_and_the_candidate_dialog_by_tab_in_spanish(
    qtbot: QtBot, data_dir: Path, shipped_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_demo(data_dir, shipped_template, attempts=24)
    window = open_window(qtbot, data_dir, None)
    window.activateWindow()
    sweep = Sweep(qtbot, window)
    window.show_item_stats(True)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.item_stats, timeout=30_000)
    sweep.check("item statistics", window.item_stats)
    window.item_stats.table.selectRow(0)
    sweep.check("item statistics, one item's detail", window.item_stats)
    window.show_cohort(True)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.cohort, timeout=30_000)
    sweep.check("cohort", window.cohort)
    window.close()

    monkeypatch.setattr(Store, "is_shared", property(lambda self: True))
    shared, dialog = _shared_window(qtbot, data_dir)
    sweep.window = shared
    sweep.check("who are you?", dialog)
    assert focused() is dialog.list or focused() is dialog.new_name

    assert not sweep.traps, f"views that keep Tab: {sweep.traps}"
    assert not sweep.unreachable, f"controls Tab never reaches: {sweep.unreachable}"
    assert not sweep.missing_actions, f"buttons missing from the Actions menu: {sweep.missing_actions}"
    assert not sweep.unnamed, f"controls without an accessible name: {sweep.unnamed}"
    assert not sweep.english, f"English on Spanish screens: {sweep.english}"


def _save_by_keys(qtbot: QtBot, target: Path) -> None:
    """Qt's save dialog: the whole name typed over the suggested one, Enter."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QFileDialog))
    qtbot.waitUntil(lambda: focused().window() is QApplication.activeModalWidget())
    press(qtbot, K.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, str(target))
    press(qtbot, K.Key_Return)


def _teacher_menu(qtbot: QtBot, window: MainWindow, downs: int) -> None:
    """Alt+N opens the Teacher menu (Docente); arrows pick an entry, Enter opens it."""
    press(qtbot, K.Key_N, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.teacher_menu)
    press(qtbot, K.Key_Down, times=downs)
    press(qtbot, K.Key_Return)


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard", "This plugin does not support raise")
def test_teacher_screens_by_keys_only(qtbot: QtBot, data_dir: Path, shipped_template: Path, tmp_path: Path) -> None:
    _with_demo(data_dir, shipped_template, attempts=24)
    window = open_window(qtbot, data_dir, None)
    window.activateWindow()
    qtbot.waitUntil(lambda: focused() is window.home.full_button, timeout=20_000)

    # Item statistics: simulated attempts included (Space), one task chosen, a search typed, a row read, CSV saved.
    _teacher_menu(qtbot, window, 0)
    stats = window.item_stats
    qtbot.waitUntil(lambda: window.pages.currentWidget() is stats and stats.isVisible(), timeout=30_000)
    qtbot.waitUntil(lambda: stats.isAncestorOf(focused()))
    tab_to(qtbot, stats.include_demo)
    press(qtbot, K.Key_Space)
    qtbot.waitUntil(lambda: stats.model.rowCount() > 0, timeout=30_000)
    total = stats.proxy.rowCount()
    tab_to(qtbot, stats.task)
    press(qtbot, K.Key_Down)  # the first task statement
    assert isinstance(focused(), QComboBox) and stats.task.currentData() == "1.1"
    assert 0 < stats.proxy.rowCount() < total
    tab_to(qtbot, stats.table)
    press(qtbot, K.Key_Down)
    qtbot.waitUntil(lambda: " — " in stats.detail.text())
    tab_to(qtbot, stats.export_button)
    press(qtbot, K.Key_Return)
    csv_file = tmp_path / "estadisticas.csv"
    with qtbot.waitSignal(window.reports_exported, timeout=30_000):
        _save_by_keys(qtbot, csv_file)
    assert csv_file.read_text("utf-8-sig").startswith("item,revision")
    tab_to(qtbot, stats.home_button)
    press(qtbot, K.Key_Space)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.home and focused() is window.home.full_button)

    # The cohort: simulated attempts included, the people table and the heat map walked, the PDF saved.
    _teacher_menu(qtbot, window, 1)
    cohort = window.cohort
    qtbot.waitUntil(lambda: window.pages.currentWidget() is cohort and cohort.isVisible(), timeout=30_000)
    qtbot.waitUntil(lambda: cohort.isAncestorOf(focused()))
    tab_to(qtbot, lambda w: isinstance(w, QCheckBox) and w is cohort.include_demo)
    press(qtbot, K.Key_Space)
    qtbot.waitUntil(lambda: cohort.people_model.rowCount() == 6, timeout=30_000)
    tab_to(qtbot, cohort.people)
    press(qtbot, K.Key_Down)
    assert isinstance(focused(), QTableView) and cohort.people.currentIndex().isValid()
    tab_to(qtbot, cohort.pdf_button)
    press(qtbot, K.Key_Return)
    pdf = tmp_path / "cohorte.pdf"
    with qtbot.waitSignal(window.report_written, timeout=60_000):
        _save_by_keys(qtbot, pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    tab_to(qtbot, cohort.home_button)
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.home and focused() is window.home.full_button)


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_who_is_sitting_by_keys_only(
    qtbot: QtBot, data_dir: Path, shipped_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A shared database: a new name typed and Enter; on the next start, the list by arrows and Enter."""
    _with_demo(data_dir, shipped_template, attempts=12)
    monkeypatch.setattr(Store, "is_shared", property(lambda self: True))
    window, dialog = _shared_window(qtbot, data_dir)
    qtbot.waitUntil(lambda: focused().window() is dialog)
    tab_to(qtbot, dialog.new_name)
    type_text(qtbot, "Zoe Teclado")
    with qtbot.waitSignal(window.loaded, timeout=30_000):
        press(qtbot, K.Key_Return)
    assert window.windowTitle().endswith("— Zoe Teclado") and window.settings.classroom_candidate == "Zoe Teclado"
    qtbot.waitUntil(lambda: focused() is window.home.full_button, timeout=20_000)
    window.close()

    window, dialog = _shared_window(qtbot, data_dir)
    qtbot.waitUntil(lambda: focused().window() is dialog)
    assert dialog.chosen() == "Zoe Teclado"  # who sat here last
    tab_to(qtbot, dialog.list)
    assert isinstance(focused(), QListView)
    press(qtbot, K.Key_Home)
    assert dialog.chosen() == "demo-01"
    with qtbot.waitSignal(window.loaded, timeout=30_000):
        press(qtbot, K.Key_Return)
    assert window.home_data is not None and len(window.home_data.history) == 2  # demo-01's own attempts
    qtbot.waitUntil(lambda: focused() is window.home.full_button, timeout=20_000)
