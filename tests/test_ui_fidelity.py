"""The exam room as the real test's: start screen, clock label, incomplete items, review walks, safe
confirmations, the submit dialog, pause, unfinished attempts and results that mean what they say (offscreen)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from simulator.assembly import FullSpec, PracticeSpec
from simulator.clock import FakeClock
from simulator.scoring import key_of
from tests.ui_helpers import answer_current_by_widgets, open_window
from ui.dialogs import SubmitDialog, UnfinishedDialog, confirm
from ui.main_window import MainWindow
from ui.qt import QApplication, QMessageBox, Qt, QTimer


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, shipped_template: Path) -> MainWindow:
    return open_window(qtbot, data_dir, shipped_template)


def begin(qtbot: QtBot, window: MainWindow, spec: FullSpec | PracticeSpec, clock: FakeClock | None = None) -> None:
    """From Home's button through the start screen, as a candidate does."""
    if clock is not None:
        window.clock = clock
    window.request_start(spec)
    assert window.pages.currentWidget() is window.start_page
    qtbot.mouseClick(window.start_page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.exam.session is not None, timeout=20_000)


def test_start_screen_shows_the_rules_and_esc_goes_back(qtbot: QtBot, window: MainWindow) -> None:
    window.request_start(FullSpec(accommodation=True))
    page = window.start_page
    assert window.pages.currentWidget() is page
    rules = page.rules.text()
    for needle in ("65 preguntas", "15 no puntúan", "120 minutos", "Sin pausa", "todo o nada", "700", "Control+M"):
        assert needle in rules, needle
    assert "Ctrl+" not in rules  # key names as Qt names them in Spanish, never the English spelling
    assert page.start_button.text() == "Comenzar el examen" and page.start_button.isDefault()
    assert page.start_button.hasFocus() or QApplication.focusWidget() in (page.start_button, None)
    qtbot.keyClick(page.start_button, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.home, timeout=10_000)
    window.request_start(PracticeSpec(("4.1",), 5, timed=True))
    assert "Con tiempo" in page.rules.text() and "menos de 30" in page.rules.text()
    assert page.start_button.text() == "Comenzar la práctica"


def test_room_clock_label_keys_on_buttons_and_incomplete_counter(qtbot: QtBot, window: MainWindow) -> None:
    begin(qtbot, window, FullSpec(), FakeClock())
    page = window.exam
    session = page.session
    assert session is not None
    assert page.clock_caption.text() == "Tiempo restante" and page.clock_label.text().startswith("1:3")
    # Key names as the platform and language name them (QKeySequence native text): Control+Derecha, Control+M.
    assert "Control+Derecha" in page.next_button.text() and "Control+M" in page.flag_button.text()
    width = page.flag_button.width()
    page.toggle_flag()
    assert page.flag_button.width() == width  # the header does not shift
    position = next(p for p in range(session.count) if session.view(p).type == "multiple")
    page.go(position)
    page.choice_view.option_rows()[0].button.click()
    assert session.view(position).state == "incomplete"
    assert "Incompletas: 1 ·" in page.progress_label.text()


def test_review_screen_statuses_and_walk_of_incomplete_items(qtbot: QtBot, window: MainWindow) -> None:
    begin(qtbot, window, FullSpec(), FakeClock())
    page = window.exam
    session = page.session
    assert session is not None
    answer_current_by_widgets(qtbot, page)  # item 1 answered
    page.step(1)
    page.step(1)  # item 2 seen, left blank: incomplete in the review screen; item 3 shown
    page.open_review()
    dialog = page.review_dialog
    assert dialog is not None
    states = [dialog.model.status(r).review_state for r in range(4)]
    assert states == ["answered", "incomplete", "incomplete", "unseen"]
    assert "Respondidas: 1 ·" in dialog.summary.text() and "Sin ver: 62" in dialog.summary.text()
    dialog.walk_incomplete_button.click()
    assert page.walk is not None and page.walk[:2] == [1, 2] and page.position == 1
    assert page.walk_label.isVisible() and "las incompletas" in page.walk_label.text()
    page.step(1)
    assert page.position == 2
    page.step(-1)
    assert page.position == 1
    assert not page.previous_button.isEnabled()
    page.end_walk()
    assert page.walk is None and page.review_dialog is not None
    page.review_dialog.reject()


def test_submit_dialog_names_items_keeps_safe_default_and_offers_the_review(qtbot: QtBot, window: MainWindow) -> None:
    begin(qtbot, window, FullSpec(), FakeClock())
    page = window.exam
    session = page.session
    assert session is not None
    position = next(p for p in range(session.count) if session.view(p).type == "multiple")
    session.answer(position, key_of(session.content(position))[:1])
    session.set_flag(3, True)
    page.ask_submit()
    dialog = page.submit_dialog
    assert isinstance(dialog, SubmitDialog)
    text = dialog.text.text()
    assert f"Preguntas: {position + 1}." in text and "incompleta" in text and "marcada" in text
    assert dialog.back_button.text() == "Seguir con el examen" and dialog.back_button.isDefault()
    assert not dialog.submit_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # an accidental Enter keeps the exam going
    qtbot.waitUntil(lambda: page.submit_dialog is None)
    assert not session.submitted
    page.ask_submit()
    assert page.submit_dialog is not None
    page.submit_dialog.review_button.click()
    qtbot.waitUntil(lambda: page.review_dialog is not None)
    page.review_dialog.reject()


def test_destructive_confirmation_defaults_to_the_safe_choice(qtbot: QtBot, window: MainWindow) -> None:
    seen = {}

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["default"] = box.defaultButton().text()
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    assert not confirm(window, "¿Descartar?", "Texto", "Descartar", "No")
    assert seen["default"] == "No"


def test_practice_check_needs_a_complete_answer_and_pause_hides_the_item(qtbot: QtBot, window: MainWindow) -> None:
    begin(
        qtbot,
        window,
        PracticeSpec(("1.1", "2.1", "3.1", "4.1", "5.1"), 40, timed=True, instant_feedback=True),
        FakeClock(),
    )
    page = window.exam
    session = page.session
    assert session is not None
    position = next(p for p in range(session.count) if session.view(p).type == "multiple")
    page.go(position)
    page.choice_view.option_rows()[0].button.click()
    page.check_answer()
    view = session.view(position)
    assert not view.checked and view.missing == view.choose - 1
    assert page.hint_label.text().startswith("Elige ") and f"pide {view.choose}" in page.hint_label.text()
    page.toggle_pause()
    assert session.paused and page.paused_label.isVisible() and not page.panel.isVisible()
    assert page.clock_caption.text() == "En pausa"
    assert not page.next_button.isEnabled() and not page.review_button.isEnabled()
    page.go(0)
    assert page.position == position  # navigation does nothing while paused
    page.toggle_pause()
    assert page.panel.isVisible() and page.next_button.isEnabled()


def test_timed_practice_warns_late_never_at_the_start(qtbot: QtBot, window: MainWindow) -> None:
    clock = FakeClock()
    begin(qtbot, window, PracticeSpec(("4.1", "4.2"), 9, timed=True), clock)
    page = window.exam
    session = page.session
    assert session is not None and session.timer.limit_s is not None
    limit = session.timer.limit_s
    page.tick()
    assert not page.alert.isVisible()
    clock.advance(0.76 * limit)
    page.tick()
    assert page.alert.isVisible() and "menos de" in page.alert.text()


def test_starting_while_an_attempt_is_unfinished_asks_first(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    begin(qtbot, window, FullSpec(), FakeClock())
    first = window.exam.session
    assert first is not None
    window.go_home()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.home, timeout=10_000)
    assert window.home.resume_button is not None and len(window.home.resume_rows) == 1
    dialog = UnfinishedDialog(window.home_data.unfinished[0], window)  # type: ignore[union-attr]
    assert dialog.defaultButton() is dialog.resume_button and dialog.submit_button.text() == "Entregarlo ahora"
    monkeypatch.setattr(UnfinishedDialog, "ask", lambda self: "cancel")
    window.request_start(PracticeSpec(("4.1",), 3))
    assert window.pages.currentWidget() is window.home  # nothing started
    monkeypatch.setattr(UnfinishedDialog, "ask", lambda self: "submit")
    window.request_start(PracticeSpec(("4.1",), 3))
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.start_page, timeout=20_000)
    assert not window._unfinished()
    row = next(h for h in window.home_data.history if h.id == first.attempt_id)  # type: ignore[union-attr]
    assert row.status == "submitted"


def test_reopening_after_the_deadline_says_it_was_submitted(qtbot: QtBot, window: MainWindow) -> None:
    clock = FakeClock()
    begin(qtbot, window, FullSpec(), clock)
    session = window.exam.session
    assert session is not None
    answer_current_by_widgets(qtbot, window.exam)
    window.go_home()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.home, timeout=10_000)
    window.clock = FakeClock(clock.now() + timedelta(hours=2))
    window.resume_attempt(session.attempt_id)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.results, timeout=20_000)
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "Se entregó con las respuestas" in boxes[-1].text()
    result = window.results.result
    assert result is not None and result.expired and result.interruptions == 1
    assert "Interrupciones: 1" in window.results.away.text()
    for box in boxes:
        box.close()


def test_results_mean_what_they_say(qtbot: QtBot, window: MainWindow) -> None:
    begin(qtbot, window, PracticeSpec(("4.1",), 3, instant_feedback=False), FakeClock())
    page = window.exam
    with qtbot.waitSignal(page.finished, timeout=10_000):
        page.submit()
    results = window.results
    assert results.verdict.text().startswith("Práctica:") and not results.scaled.isVisible()
    assert "APROBADO" not in results.verdict.text() and "NO APROBADO" not in results.verdict.text()
    assert results.domain_model.columnCount() == 3
    window.go_home()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.home, timeout=10_000)
    begin(qtbot, window, FullSpec(), FakeClock())
    page = window.exam
    with qtbot.waitSignal(page.finished, timeout=10_000):
        page.submit()
    assert results.domain_model.columnCount() == 4
    words = {results.domain_model.index(r, 3).data() for r in range(5)}
    assert words <= {"Cumple las competencias", "Necesita mejorar", "—"} and "Necesita mejorar" in words
    assert "ESTIMADO" in results.verdict.text().upper()
