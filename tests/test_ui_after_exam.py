"""After-exam screens: answer review and its filters, question reports, flagged items, retakes, drills and
history with charts, driven offscreen."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from simulator.assembly import FullSpec, PracticeSpec
from simulator.clock import FakeClock
from tests.ui_helpers import answer_current_by_widgets, open_window
from ui.answer_review import ReportQuestionDialog
from ui.main_window import MainWindow
from ui.qt import Qt


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, shipped_template: Path) -> MainWindow:
    return open_window(qtbot, data_dir, shipped_template)


def finish(qtbot: QtBot, window: MainWindow, spec: FullSpec | PracticeSpec, answer_every: int = 2) -> int:
    window.clock = FakeClock()
    (window.start_full if isinstance(spec, FullSpec) else window.start_practice)(spec)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: window.exam.session is not None, timeout=20_000)
    page = window.exam
    session = page.session
    assert session is not None
    for position in range(session.count):
        page.go(position)
        if position % answer_every == 0:
            answer_current_by_widgets(qtbot, page)
        if position % 5 == 1:
            page.toggle_flag()
    with qtbot.waitSignal(page.finished, timeout=10_000) as finished:
        page.submit()
    return int(finished.args[0].attempt_id)


def test_answer_review_filters_and_report(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    attempt = finish(qtbot, window, PracticeSpec(("4.1", "5.1", "5.2"), 12, instant_feedback=False))
    assert window.results.review_button.isEnabled()
    qtbot.mouseClick(window.results.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.review, timeout=10_000)
    review = window.review
    assert review.model.rowCount() == 12
    result = review.session.result() if review.session else None
    assert result is not None
    expected = {
        "incorrect": sum(not i.correct for i in result.items),
        "flagged": sum(i.flagged for i in result.items),
        "unanswered": sum(not i.answered for i in result.items),
    }
    for status, count in expected.items():
        review.set_filter(status)
        assert review.proxy.rowCount() == count, status
    review.set_filter("all", domain="5")
    assert review.proxy.rowCount() == sum(i.task.startswith("5.") for i in result.items)
    review.set_filter("all", task="4.1")
    assert review.proxy.rowCount() == sum(i.task == "4.1" for i in result.items)
    review.set_filter("incorrect")
    assert review.panel.feedback.isVisible() and review.panel.feedback.toPlainText()
    assert "Incorrecta" in review.panel.feedback.toPlainText()
    # Report the shown question.
    qtbot.mouseClick(review.report_button, Qt.MouseButton.LeftButton)
    dialog = review.findChild(ReportQuestionDialog)
    assert dialog is not None
    dialog.note.setPlainText("La opción B también parece correcta")
    with qtbot.waitSignal(window.item_reported, timeout=10_000):
        dialog.accept()
    window.show_reports()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.reports, timeout=10_000)
    assert window.reports.model.rowCount() == 1
    target = tmp_path / "reportes.csv"
    with qtbot.waitSignal(window.reports_exported, timeout=10_000):
        window.export_reports_csv(target)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][5] == "La opción B también parece correcta" and int(rows[1][4]) == attempt


def test_retake_missed_items(qtbot: QtBot, window: MainWindow) -> None:
    finish(qtbot, window, PracticeSpec(("1.1",), 8, instant_feedback=False), answer_every=2)
    missed = [i.key for i in window.results.result.items if not i.correct]  # type: ignore[union-attr]
    window.results.review_button.click()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.review, timeout=10_000)
    window.review.retake_button.click()
    qtbot.waitUntil(
        lambda: window.pages.currentWidget() is window.exam and window.exam.session is not None, timeout=10_000
    )
    session = window.exam.session
    assert session is not None
    assert sorted(session.view(p).key for p in range(session.count)) == sorted(missed)


def test_flagged_items_clear_and_practise(qtbot: QtBot, window: MainWindow) -> None:
    finish(qtbot, window, PracticeSpec(("2.1",), 10, instant_feedback=False))
    window.go_home()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.home, timeout=10_000)
    assert "(2)" in window.home.flagged_button.text()
    window.home.flagged_button.click()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.flagged, timeout=10_000)
    assert window.flagged.model.rowCount() == 2
    window.flagged.table.selectRow(0)
    window.flagged.clear_button.click()
    qtbot.waitUntil(lambda: window.flagged.model.rowCount() == 1, timeout=10_000)
    remaining = window.flagged.model.item(0).key
    window.flagged.practice_button.click()
    qtbot.waitUntil(
        lambda: window.pages.currentWidget() is window.exam and window.exam.session is not None, timeout=10_000
    )
    session = window.exam.session
    assert session is not None and [session.view(p).key for p in range(session.count)] == [remaining]


def test_drill_and_history_with_charts(qtbot: QtBot, window: MainWindow) -> None:
    finish(qtbot, window, FullSpec(), answer_every=3)
    finish(qtbot, window, PracticeSpec(("3.2", "3.3"), 10, instant_feedback=False))
    window.go_home()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.home, timeout=10_000)
    assert window.home.drill_button.isEnabled()
    window.home.drill_count.setValue(12)
    window.home.drill_button.click()
    qtbot.waitUntil(
        lambda: window.pages.currentWidget() is window.exam and window.exam.session is not None, timeout=10_000
    )
    session = window.exam.session
    assert session is not None and session.count == 12 and session.mode == "practice"
    window.go_home()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.home, timeout=10_000)
    window.home.history_button.click()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.history, timeout=10_000)
    history = window.history
    assert history.filter.rowCount() == 3  # two finished, one unfinished drill
    assert history.mastery.rowCount() == 14
    first = history.mastery.index(0, 1).data()
    last = history.mastery.index(13, 1).data()
    assert float(first.split()[0]) <= float(last.split()[0])
    domain_series = history.domain_chart.series()
    assert len(domain_series) == 5 and all(s.count() >= 1 for s in domain_series[:1])
    # Points are drawn, not only lines between them: a single finished attempt is a visible point per domain.
    assert all(s.pointsVisible() for s in domain_series) and history.task_chart.series()[0].pointsVisible()
    assert "Preparación estimada" in history.readiness.text()
    history.task_choice.setCurrentIndex(history.task_choice.findData("3.2"))
    assert history.task_chart.series()[0].count() >= 1
    history.show_demo.setChecked(True)
    assert history.filter.rowCount() == 3
    finished = [
        r
        for r in range(3)
        if history.attempts.attempt(history.filter.mapToSource(history.filter.index(r, 0)).row()).status == "submitted"
    ]
    row = finished[-1]
    wanted = history.attempts.attempt(history.filter.mapToSource(history.filter.index(row, 0)).row()).id
    history.table.setCurrentIndex(history.filter.index(row, 0))
    history.table.setFocus()
    qtbot.keyClick(history.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.review, timeout=10_000)
    assert window.review.session is not None and window.review.session.attempt_id == wanted
    assert window.review.model.rowCount() == window.review.session.count
