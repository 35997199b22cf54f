"""The classroom in the window: a shared database asks who is sitting (remembered per machine), a one-person
SQLite database never does, and the teacher screens (item statistics, cohort) sort, filter and export."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from simulator.demo import DemoSettings, run_demo
from simulator.storage.db import Store, open_store
from tests.ui_helpers import open_window
from ui.classroom import CandidateDialog
from ui.main_window import MainWindow
from ui.qt import QApplication, QSettings, Qt
from ui.settings import AppSettings


def _with_demo(data_dir: Path, template: Path, attempts: int = 60) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, data_dir / "simulacro.sqlite3")
    store = open_store(f"sqlite:///{data_dir / 'simulacro.sqlite3'}", durable=False)
    run_demo(store, "aif-c01", DemoSettings(attempts, 0.68, 3, candidates=6))
    store.close()


def test_sqlite_never_asks_and_teacher_screens_work(qtbot: QtBot, data_dir: Path, shipped_template: Path) -> None:
    _with_demo(data_dir, shipped_template)
    window = open_window(qtbot, data_dir, None, language="en")
    assert window.findChild(CandidateDialog) is None and not window.switch_candidate_action.isVisible()
    window.show_item_stats(True)
    page = window.item_stats
    qtbot.waitUntil(lambda: window.pages.currentWidget() is page and page.model.rowCount() > 0, timeout=30_000)
    total = page.proxy.rowCount()
    assert total == page.model.rowCount() and page.task.count() == 15
    page.task.setCurrentIndex(page.task.findData("4.1"))
    assert 0 < page.proxy.rowCount() < total
    assert all(page.proxy.index(r, 2).data() == "4.1" for r in range(page.proxy.rowCount()))
    page.task.setCurrentIndex(0)
    page.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)  # facility
    facilities = [float(page.proxy.index(r, 5).data()) for r in range(page.proxy.rowCount())]
    assert facilities == sorted(facilities)
    page.search.setText("zzz-no-such-item")
    assert page.proxy.rowCount() == 0
    page.search.clear()
    page.table.selectRow(0)
    assert "top 27 %" in page.detail.text() and page.detail.textFormat() == Qt.TextFormat.PlainText
    target = data_dir / "stats.csv"
    with qtbot.waitSignal(window.reports_exported, timeout=30_000):
        window.export_stats_csv(target)
    assert target.read_text("utf-8-sig").startswith("item,revision")

    window.show_cohort(True)
    cohort = window.cohort
    qtbot.waitUntil(lambda: window.pages.currentWidget() is cohort and cohort.people_model.rowCount() == 6)
    assert cohort.heat_model.rowCount() == 6 and cohort.heat_model.columnCount() == 14
    assert cohort.heat_model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Weakest task statements" in cohort.weakest.text()
    pdf = data_dir / "cohort.pdf"
    with qtbot.waitSignal(window.report_written, timeout=60_000):
        window.export_cohort_pdf(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_shared_database_asks_who_is_sitting(
    qtbot: QtBot, data_dir: Path, shipped_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A shared (server) database: the dialog lists candidates and 'new'; the choice is remembered per machine."""
    _with_demo(data_dir, shipped_template, attempts=12)
    monkeypatch.setattr(Store, "is_shared", property(lambda self: True))
    settings = AppSettings(QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = "en"

    def start() -> tuple[MainWindow, CandidateDialog]:
        window = MainWindow(settings, db_url=None, data_dir=data_dir)
        qtbot.addWidget(window)
        window.show()
        window.start_loading()
        qtbot.waitUntil(lambda: window.findChild(CandidateDialog) is not None, timeout=30_000)
        dialog = window.findChild(CandidateDialog)
        assert dialog is not None
        return window, dialog

    window, dialog = start()
    names = [dialog.model.item(r).text() for r in range(dialog.model.rowCount())]
    assert names[:2] == ["demo-01", "demo-02"] and "local" in names
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.new_name.setText("  Zoë <b>Alias</b> ")
    with qtbot.waitSignal(window.loaded, timeout=30_000):
        dialog.accept()
    assert settings.classroom_candidate == "Zoë <b>Alias</b>"
    assert window.windowTitle().endswith("— Zoë <b>Alias</b>")
    assert window.workspace is not None and window.home_data is not None
    assert window.home_data.history == []  # a new candidate has no attempts of anyone else
    assert window.switch_candidate_action.isVisible()
    window.close()

    window, dialog = start()  # the next start preselects who sat here last
    assert dialog.chosen() == "Zoë <b>Alias</b>"
    dialog.list.setCurrentIndex(dialog.model.index(0, 0))
    dialog.list.selectionModel().select(
        dialog.model.index(0, 0), dialog.list.selectionModel().SelectionFlag.ClearAndSelect
    )
    assert dialog.chosen() == "demo-01"
    with qtbot.waitSignal(window.loaded, timeout=30_000):
        dialog.accept()
    assert window.home_data is not None and len(window.home_data.history) == 2  # demo-01's own attempts
    assert QApplication.instance() is not None
