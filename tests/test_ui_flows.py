"""The main flows driven only by clicks and keys on visible widgets, checked against the database and the
screen: full exam and practice from the home form, answer, flag, review, submit, answer review, PDF export,
flagged items, history, zoom reset; submit off the UI thread on a slow store; errors that are bugs surface."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TypeVar

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from simulator.errors import StorageError
from simulator.session import ExamSession
from simulator.storage import attempts as attempt_store
from simulator.storage.models import Attempt, AttemptItem
from simulator.storage.review import open_flags
from tests.ui_helpers import answer_current_by_widgets, open_window
from ui.answer_review import ReportQuestionDialog
from ui.dialogs import ReviewDialog, SubmitDialog
from ui.exam_page import ExamPage
from ui.main_window import MainWindow
from ui.qt import (
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPoint,
    Qt,
    QTimer,
    QWidget,
)
from ui.save_dialogs import CandidateNameDialog
from ui.theme import icon

W = TypeVar("W", bound=QWidget)


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, shipped_template: Path) -> MainWindow:
    return open_window(qtbot, data_dir, shipped_template)


def click(qtbot: QtBot, widget: QWidget, pos: QPoint | None = None) -> None:
    """A left click, only on what the candidate can see and use."""
    assert widget.isVisible() and widget.isEnabled(), widget.accessibleName() or type(widget).__name__
    if pos is None:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def tick_box(qtbot: QtBot, box: QWidget) -> None:
    """Click a check box on its indicator (the widget may be wider than its label)."""
    click(qtbot, box, QPoint(8, box.height() // 2))


def modal(qtbot: QtBot, kind: type[W]) -> W:
    """The window-modal dialog of type `kind` that has just opened."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=10_000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, kind)
    return dialog


def save_as(qtbot: QtBot, target: Path) -> None:
    """Answer the open save dialog with `target`, as typing the name and pressing Save would."""
    dialog = modal(qtbot, QFileDialog)
    dialog.selectFile(str(target))
    dialog.accept()


def activate_row(qtbot: QtBot, view: QAbstractItemView, row: int) -> None:
    """Click a row of a list or table, then press Enter on it, as a candidate opens one."""
    index = view.model().index(row, 0)
    view.scrollTo(index)
    click(qtbot, view.viewport(), view.visualRect(index).center())
    assert view.currentIndex().row() == row
    qtbot.keyClick(view, Qt.Key.Key_Return)


def wait_for_page(qtbot: QtBot, window: MainWindow, page: QWidget) -> None:
    qtbot.waitUntil(lambda: window.pages.currentWidget() is page, timeout=20_000)


def wait_for_session(qtbot: QtBot, window: MainWindow) -> None:
    """After a start button: the rules screen, then its Start button, then the exam."""
    if window.pages.currentWidget() is not window.exam:
        qtbot.waitUntil(lambda: window.pages.currentWidget() in (window.start_page, window.exam), timeout=20_000)
    if window.pages.currentWidget() is window.start_page:
        click(qtbot, window.start_page.start_button)
    qtbot.waitUntil(
        lambda: window.pages.currentWidget() is window.exam and window.exam.session is not None, timeout=20_000
    )
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)


def attempt_row(window: MainWindow, attempt_id: int) -> tuple[Attempt, list[AttemptItem]]:
    assert window.workspace is not None
    with window.workspace.store.read() as db:
        attempt = db.get(Attempt, attempt_id)
        assert attempt is not None
        items = list(
            db.scalars(select(AttemptItem).where(AttemptItem.attempt_id == attempt_id).order_by(AttemptItem.position))
        )
        db.expunge_all()
    return attempt, items


def test_full_exam_from_home_to_history_by_mouse_and_keys(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = window.home
    tick_box(qtbot, home.accommodation)
    assert home.accommodation.isChecked()
    click(qtbot, home.full_button)
    wait_for_session(qtbot, window)
    page = window.exam
    session = page.session
    assert session is not None
    attempt, items = attempt_row(window, session.attempt_id)
    assert (attempt.mode, attempt.status, attempt.time_limit_s, len(items)) == ("full", "in_progress", 120 * 60, 65)
    assert page.position_label.text() == "Pregunta 1 de 65" and page.task_label.text() == ""
    assert page.clock_label.text() == "2:00:00"

    # Answer the first four items (the third one wrong if it is a choice), flag the second, by clicks.
    for n in range(4):
        answer_current_by_widgets(qtbot, page, right=n != 2 or session.view(2).type not in ("single", "multiple"))
        if n == 1:
            click(qtbot, page.flag_button)
            assert page.flag_button.isChecked() and page.flag_button.text().startswith("Marcada")
            assert page.flag_button.icon().cacheKey() == icon("flag", "flagged").cacheKey()
        click(qtbot, page.next_button)
        assert page.position == n + 1
    _, items = attempt_row(window, session.attempt_id)
    assert [i.response is not None for i in items[:5]] == [True, True, True, True, False]
    assert [i.flagged for i in items[:3]] == [False, True, False]
    assert page.progress_label.text() == "Respondidas: 4 · Incompletas: 0 · Sin responder: 61 · Marcadas: 1"

    # The review screen: show flagged only (keyboard on the filter), open the one there with Enter.
    click(qtbot, page.review_button)
    dialog = page.review_dialog
    assert isinstance(dialog, ReviewDialog) and dialog.isVisible()
    dialog.filter.setFocus()
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Down)
    assert dialog.filter.currentData() == "flagged" and dialog.proxy.rowCount() == 1
    activate_row(qtbot, dialog.grid, 0)
    qtbot.waitUntil(lambda: page.review_dialog is None)
    assert page.position == 1 and page.position_label.text() == "Pregunta 2 de 65"

    # Submit through the confirmation dialog.
    click(qtbot, page.submit_button)
    submit = page.submit_dialog
    assert isinstance(submit, SubmitDialog)
    with qtbot.waitSignal(page.finished, timeout=20_000) as finished:
        click(qtbot, submit.submit_button)
    result = finished.args[0]
    wait_for_page(qtbot, window, window.results)
    attempt, items = attempt_row(window, session.attempt_id)
    assert attempt.status == "submitted" and attempt.submitted_at is not None
    assert (attempt.raw_correct, attempt.scored_total, attempt.scaled_score) == (
        result.score.raw_correct,
        result.score.scored_total,
        result.score.scaled,
    )
    right = sum(1 for i in items if i.scored and i.correct)
    assert right == attempt.raw_correct and 0 < right <= 4
    assert f"{right} de 50" in window.results.raw.text()
    assert str(attempt.scaled_score) in window.results.scaled.text()

    # The PDF report from the results screen: the save dialog gets a path, the name dialog is confirmed.
    target = tmp_path / "informe.pdf"
    click(qtbot, window.results.report_button)
    save_as(qtbot, target)
    name_dialog = modal(qtbot, CandidateNameDialog)
    with qtbot.waitSignal(window.report_written, timeout=60_000):
        click(qtbot, name_dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
    text = "\n".join(p.extract_text() for p in PdfReader(target).pages)
    assert f"{attempt.scaled_score}" in text and f"{right} / 50" in text.replace(" de ", " / ")

    # Answer review: only the incorrect ones, then the shown item's feedback.
    click(qtbot, window.results.review_button)
    wait_for_page(qtbot, window, window.review)
    review = window.review
    assert review.model.rowCount() == 65
    review.status.setFocus()
    qtbot.keyClick(review.status, Qt.Key.Key_Down)
    assert review.status.currentData() == "incorrect"
    assert review.proxy.rowCount() == sum(1 for i in items if not i.correct)
    click(qtbot, review.list.viewport(), review.list.visualRect(review.proxy.index(0, 0)).center())
    assert "Incorrecta" in review.panel.feedback.toPlainText()

    # Home lists the result; History opens it again by row.
    click(qtbot, review.home_button)
    wait_for_page(qtbot, window, window.home)
    assert home.history_model.rowCount() == 1 and home.history_model.attempt(0).id == session.attempt_id
    click(qtbot, home.history_button)
    wait_for_page(qtbot, window, window.history)
    history = window.history
    assert history.filter.rowCount() == 1
    activate_row(qtbot, history.table, 0)
    wait_for_page(qtbot, window, window.review)
    assert window.review.session is not None and window.review.session.attempt_id == session.attempt_id


def test_practice_from_the_home_form_honours_every_box(qtbot: QtBot, window: MainWindow) -> None:
    home = window.home
    assert not home.practice_button.isEnabled()  # no task chosen yet
    click(qtbot, home.domain_buttons[3])  # domain 4
    assert home.task_model.checked() == ("4.1", "4.2")
    home.count.setFocus()
    qtbot.keyClick(home.count, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(home.count, "6")
    assert home.count.value() == 6
    tick_box(qtbot, home.timed)  # off -> on
    tick_box(qtbot, home.feedback)  # on -> off
    assert home.timed.isChecked() and not home.feedback.isChecked()
    click(qtbot, home.practice_button)
    wait_for_session(qtbot, window)
    page = window.exam
    session = page.session
    assert session is not None
    attempt, items = attempt_row(window, session.attempt_id)
    assert attempt.mode == "practice" and len(items) == 6
    assert {i.task for i in items} <= {"4.1", "4.2"}
    assert attempt.time_limit_s is not None and attempt.time_limit_s > 0  # timed
    assert attempt.settings["instant_feedback"] is False
    assert page.pause_button.isVisible() and not page.check_button.isVisible()
    assert page.task_label.text().startswith("Tarea 4.")

    # The other way round: untimed with instant feedback.
    click(qtbot, window.exam.submit_button)
    assert page.submit_dialog is not None
    with qtbot.waitSignal(page.finished, timeout=20_000):
        click(qtbot, page.submit_dialog.submit_button)
    click(qtbot, window.results.home_button)
    wait_for_page(qtbot, window, home)
    tick_box(qtbot, home.timed)
    tick_box(qtbot, home.feedback)
    assert not home.timed.isChecked() and home.feedback.isChecked()
    click(qtbot, home.practice_button)
    wait_for_session(qtbot, window)
    session = page.session
    assert session is not None
    attempt, _ = attempt_row(window, session.attempt_id)
    assert attempt.time_limit_s is None and attempt.settings["instant_feedback"] is True
    assert page.check_button.isVisible() and not page.pause_button.isVisible()
    assert page.clock_label.text().startswith("Sin límite de tiempo")


def test_flagged_items_by_clicks(qtbot: QtBot, window: MainWindow) -> None:
    home = window.home
    click(qtbot, home.domain_buttons[1])  # domain 2
    home.count.setFocus()
    qtbot.keyClick(home.count, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(home.count, "5")
    click(qtbot, home.practice_button)
    wait_for_session(qtbot, window)
    page = window.exam
    session = page.session
    assert session is not None
    keys = [session.view(p).key for p in range(session.count)]
    qtbot.keyClick(page, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)  # flag item 1
    click(qtbot, page.next_button)
    click(qtbot, page.next_button)
    click(qtbot, page.flag_button)  # flag item 3
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.submit_dialog is not None
    with qtbot.waitSignal(page.finished, timeout=20_000):
        click(qtbot, page.submit_dialog.submit_button)
    click(qtbot, window.results.home_button)
    wait_for_page(qtbot, window, home)
    assert window.workspace is not None
    store = window.workspace.store
    assert sorted(f.key for f in open_flags(store, "aif-c01")) == sorted([keys[0], keys[2]])
    assert home.flagged_button.text().endswith("(2)")
    click(qtbot, home.flagged_button)
    wait_for_page(qtbot, window, window.flagged)
    flagged = window.flagged
    assert flagged.model.rowCount() == 2
    cleared = flagged.model.item(0).key
    table = flagged.table
    click(qtbot, table.viewport(), table.visualRect(flagged.model.index(0, 0)).center())
    click(qtbot, flagged.clear_button)
    qtbot.waitUntil(lambda: flagged.model.rowCount() == 1, timeout=10_000)
    remaining = [f.key for f in open_flags(store, "aif-c01")]
    assert remaining == [flagged.model.item(0).key] and cleared not in remaining
    click(qtbot, flagged.practice_button)
    wait_for_session(qtbot, window)
    again = window.exam.session
    assert again is not None and [again.view(p).key for p in range(again.count)] == remaining


def test_zoom_keys_change_and_reset_the_text_size(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    base = QApplication.font().pointSizeF()
    assert window.settings.zoom == 100
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.zoom > 100 and QApplication.font().pointSizeF() > base
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.zoom == 100 and QApplication.font().pointSizeF() == base
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.zoom < 100 and QApplication.font().pointSizeF() < base
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.zoom == 100 and QApplication.font().pointSizeF() == base


def start_domain_one_practice(qtbot: QtBot, window: MainWindow) -> tuple[ExamPage, ExamSession]:
    """A practice of domain 1 started from Home's buttons; the exam page and its session."""
    click(qtbot, window.home.domain_buttons[0])
    click(qtbot, window.home.practice_button)
    wait_for_session(qtbot, window)
    session = window.exam.session
    assert session is not None
    return window.exam, session


def test_submit_runs_off_the_ui_thread_on_a_slow_store(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, session = start_domain_one_practice(qtbot, window)
    answer_current_by_widgets(qtbot, page)
    slow = attempt_store.submit_attempt

    def slow_submit(*args: object, **kwargs: object) -> None:
        time.sleep(1.5)  # a slow PostgreSQL server
        slow(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(attempt_store, "submit_attempt", slow_submit)
    beats: list[float] = []
    heart = QTimer()
    heart.setInterval(50)
    heart.timeout.connect(lambda: beats.append(time.monotonic()))
    heart.start()
    click(qtbot, page.submit_button)
    assert page.submit_dialog is not None
    started = time.monotonic()
    with qtbot.waitSignal(page.finished, timeout=20_000):
        click(qtbot, page.submit_dialog.submit_button)
        assert page.submitting and not page.isEnabled()  # nothing can change the attempt meanwhile
        assert not page.timer.isActive()
    heart.stop()
    took = time.monotonic() - started
    assert took >= 1.5
    during = [b for b in beats if b >= started]
    assert len(during) >= 15, f"the event loop ran {len(during)} times in {took:.1f} s"  # it kept running
    assert max(b - a for a, b in zip([started, *during], during, strict=False)) < 0.5
    assert not page.submitting and page.isEnabled()
    attempt, _ = attempt_row(window, session.attempt_id)
    assert attempt.status == "submitted"
    wait_for_page(qtbot, window, window.results)


def test_a_storage_failure_is_a_message_and_a_bug_is_raised(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, session = start_domain_one_practice(qtbot, window)

    def locked(_position: int) -> object:
        raise StorageError("The database is locked by another program.")

    monkeypatch.setattr(session, "toggle_flag", locked)
    with qtbot.waitSignal(page.failed) as failed:
        click(qtbot, page.flag_button)
    assert failed.args == ["No se pudo guardar tu último cambio: The database is locked by another program."]

    def bug(_position: int) -> object:
        raise KeyError("position")

    monkeypatch.setattr(session, "toggle_flag", bug)
    with qtbot.captureExceptions() as raised:
        click(qtbot, page.flag_button)
    assert [type(e[1]) for e in raised] == [KeyError]
    # A failed submit (the database went away) leaves the exam open and says so.
    monkeypatch.setattr(
        attempt_store, "submit_attempt", lambda *a, **k: (_ for _ in ()).throw(StorageError("The disk is full."))
    )
    with qtbot.waitSignal(page.failed, timeout=10_000) as failed:
        page.submit_button.click()
        assert page.submit_dialog is not None
        click(qtbot, page.submit_dialog.submit_button)
    assert "The disk is full." in failed.args[0]
    assert page.session is session and not session.submitted and page.isEnabled() and page.timer.isActive()


def test_pause_discard_about_and_reports_by_clicks(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = window.home
    click(qtbot, home.domain_buttons[4])  # domain 5
    tick_box(qtbot, home.timed)
    click(qtbot, home.practice_button)
    wait_for_session(qtbot, window)
    page = window.exam
    session = page.session
    assert session is not None
    click(qtbot, page.pause_button)
    assert session.paused and not page.panel.isVisible() and page.pause_button.text().startswith("Reanudar")
    assert page.pause_button.icon().cacheKey() == icon("play").cacheKey()
    attempt, _ = attempt_row(window, session.attempt_id)
    assert attempt.paused
    click(qtbot, page.pause_button)
    assert not session.paused and page.panel.isVisible()
    # Home, then discard the unfinished practice (the confirmation answers Yes).
    window.home_action.trigger()
    wait_for_page(qtbot, window, home)
    assert home.resume_box.isVisible()
    monkeypatch.setattr("ui.dialogs.confirm", lambda *_a, **_k: True)
    click(qtbot, home.resume_rows[0][2])  # its Discard button
    qtbot.waitUntil(lambda: not home.resume_box.isVisible(), timeout=10_000)
    attempt, _ = attempt_row(window, session.attempt_id)
    assert attempt.status == "abandoned"
    # About, from the Help menu.
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, title, text: shown.append(text))
    window.about_action.trigger()
    assert shown and "Simulacro" in shown[0]
    # A question report from the answer review, exported as CSV from the reports screen.
    click(qtbot, home.practice_button)
    wait_for_session(qtbot, window)
    assert page.session is not None
    click(qtbot, page.submit_button)
    assert page.submit_dialog is not None
    with qtbot.waitSignal(page.finished, timeout=20_000):
        click(qtbot, page.submit_dialog.submit_button)
    click(qtbot, window.results.review_button)
    wait_for_page(qtbot, window, window.review)
    review = window.review
    click(qtbot, review.list.viewport(), review.list.visualRect(review.proxy.index(0, 0)).center())
    click(qtbot, review.report_button)
    dialog = review.findChild(ReportQuestionDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.note.setFocus()
    qtbot.keyClicks(dialog.note, "La clave parece mal")
    with qtbot.waitSignal(window.item_reported, timeout=10_000):
        click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
    click(qtbot, review.home_button)
    wait_for_page(qtbot, window, home)
    assert home.reports_button.text().endswith("(1)")
    click(qtbot, home.reports_button)
    wait_for_page(qtbot, window, window.reports)
    target = tmp_path / "reportes.csv"
    click(qtbot, window.reports.export_button)
    with qtbot.waitSignal(window.reports_exported, timeout=10_000):
        save_as(qtbot, target)
    assert "La clave parece mal" in target.read_text("utf-8-sig")
