"""A whole candidate's journey by keyboard only: key events go to whatever has the focus, nothing is clicked and
no widget is called into; the database and the PDF on disk are checked at the end."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from simulator.clock import FakeClock
from simulator.scoring import key_of
from simulator.session import ExamSession
from tests.keyboard_helpers import focused, press, tab_to, type_text
from tests.ui_helpers import open_window
from ui.dialogs import ReviewDialog, SubmitDialog
from ui.exam_page import ExamPage
from ui.item_views import LETTERS
from ui.main_window import MainWindow
from ui.qt import QApplication, QComboBox, QFileDialog, QListView, Qt, QTextBrowser
from ui.save_dialogs import CandidateNameDialog
from ui.text_dialog import TextDialog

K = Qt.Key
ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
LETTER_KEYS = [getattr(K, f"Key_{letter}") for letter in LETTERS]


def begin(qtbot: QtBot, window: MainWindow) -> None:
    """The start screen (the rules before an exam or practice): Tab to its Start button, Enter."""
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.start_page, timeout=20_000)
    tab_to(qtbot, window.start_page.start_button)
    press(qtbot, K.Key_Return)


def answer_by_keys(qtbot: QtBot, page: ExamPage) -> str:
    """Answer the shown item right, by keys only, starting from where the focus lands when it loads."""
    session = page.session
    assert session is not None
    view = session.view(page.position)
    key = key_of(session.content(page.position))
    if view.type in ("single", "multiple"):
        for number, option in enumerate(view.options):
            if option.index in key and option.index not in (view.answer or ()):
                press(qtbot, LETTER_KEYS[number])
    elif view.type == "matching":
        for prompt in view.prompts:
            combo = focused()
            assert isinstance(combo, QComboBox), "focus should be on the prompt's drop-down"
            wanted = 1 + [r.key for r in view.responses].index(key[prompt.index])
            press(qtbot, K.Key_Down, times=wanted - combo.currentIndex())
            press(qtbot, K.Key_Tab)
    else:
        listing = focused()
        assert isinstance(listing, QListView), "focus should be on the steps"
        order = [s.index for s in view.steps]
        moved = False
        for target, step in enumerate(key):
            row = order.index(step)
            press(qtbot, K.Key_Up, times=listing.currentIndex().row())  # to the top ...
            press(qtbot, K.Key_Down, times=row)  # ... then down to the step
            press(qtbot, K.Key_Up, ALT, times=row - target)
            moved = moved or row != target
            order.insert(target, order.pop(row))
        if not session.view(page.position).answered:  # already in order: confirm it as it is
            tab_to(qtbot, page.ordering_view.confirm)
            press(qtbot, K.Key_Return)
    return view.type


# The file dialog's completer pops up while the name is typed; offscreen Qt cannot grab the keyboard for it.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard", "This plugin does not support raise")
def test_keyboard_only_journey(qtbot: QtBot, data_dir: Path, shipped_template: Path, tmp_path: Path) -> None:
    window = open_window(qtbot, data_dir, shipped_template)
    window.settings.candidate_name = "Ana Teclado"
    window.clock = FakeClock()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    home, exam = window.home, window.exam

    # Home -> a full exam.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    tab_to(qtbot, home.full_button)
    press(qtbot, K.Key_Return)
    begin(qtbot, window)
    qtbot.waitUntil(lambda: exam.session is not None and window.pages.currentWidget() is exam, timeout=20_000)
    session = exam.session
    assert session is not None
    attempt_id = session.attempt_id

    # Answer until every item type has been answered; flag one and strike one on the way.
    answered: dict[int, str] = {}
    flagged = struck = None
    every_type = {"single", "multiple", "matching", "ordering"}
    for _ in range(session.count):  # bounded: an exam without some type fails below instead of spinning
        qtbot.waitUntil(lambda: focused() in exam.panel.current.focus_widgets())
        view = session.view(exam.position)
        if struck is None and view.type == "single":
            wrong = next(n for n, o in enumerate(view.options) if o.index not in key_of(session.content(exam.position)))
            press(qtbot, LETTER_KEYS[wrong], ALT)
            struck = (exam.position, view.options[wrong].index)
        answered[exam.position] = answer_by_keys(qtbot, exam)
        assert session.view(exam.position).answered, f"item {exam.position + 1} ({view.type}) was not answered"
        if flagged is None:
            press(qtbot, K.Key_M, CTRL)
            flagged = exam.position
        if set(answered.values()) == every_type:
            break
        press(qtbot, K.Key_Right, CTRL)
    assert set(answered.values()) == every_type, answered
    assert flagged is not None and struck is not None
    press(qtbot, K.Key_Right, CTRL)

    # Review grid: it opens on the current item; an arrow moves, Enter jumps.
    here = exam.position
    press(qtbot, K.Key_R, CTRL)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ReviewDialog))
    qtbot.waitUntil(lambda: isinstance(focused(), QListView))
    press(qtbot, K.Key_Left)
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: exam.position == here - 1 and QApplication.activeModalWidget() is None)

    # Submit and confirm.
    press(qtbot, K.Key_Return, CTRL)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SubmitDialog))
    qtbot.waitUntil(lambda: focused().window() is QApplication.activeModalWidget())
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SubmitDialog)
    tab_to(qtbot, dialog.submit_button)
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.results, timeout=20_000)

    # Results -> answer review -> PDF (the file name typed in the dialog, the name confirmed).
    qtbot.waitUntil(lambda: focused() is window.results.review_button)
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.review, timeout=20_000)
    press(qtbot, K.Key_Down, times=2)
    tab_to(qtbot, window.review.pdf_button)
    press(qtbot, K.Key_Space)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QFileDialog))
    qtbot.waitUntil(lambda: focused().window() is QApplication.activeModalWidget())
    target = tmp_path / "mi-informe.pdf"
    press(qtbot, K.Key_A, CTRL)
    type_text(qtbot, str(target))
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), CandidateNameDialog))
    qtbot.waitUntil(lambda: focused().window() is QApplication.activeModalWidget())
    assert focused().text() == "Ana Teclado"  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.report_written, timeout=60_000):
        press(qtbot, K.Key_Return)
    assert window.message_bar.isVisible() and str(target) in window.message_bar.text.text()

    # Home -> flagged items: Enter opens the item to read, Escape closes it.
    tab_to(qtbot, window.review.home_button)
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is home and focused() is home.full_button, timeout=20_000)
    tab_to(qtbot, home.flagged_button)
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.flagged and focused() is window.flagged.table)
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), TextDialog), timeout=10_000)
    qtbot.waitUntil(lambda: focused().window() is QApplication.activeModalWidget())
    assert isinstance(focused(), QTextBrowser) and session.content(flagged).stem in focused().toPlainText()  # type: ignore[attr-defined]
    press(qtbot, K.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)

    # History, then back home.
    tab_to(qtbot, window.flagged.home_button)
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is home and focused() is home.full_button, timeout=20_000)
    tab_to(qtbot, home.history_button)
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.history, timeout=20_000)
    tab_to(qtbot, window.history.home_button)
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is home and focused() is home.full_button, timeout=20_000)

    # A practice on one task statement with instant feedback: Home goes to domain 1's group, Down to its first
    # task statement, Space ticks it (and domain 1's box shows partly ticked).
    tab_to(qtbot, home.task_list)
    press(qtbot, K.Key_Home)
    press(qtbot, K.Key_Down)
    press(qtbot, K.Key_Space)
    domain = home.task_model.index(0)
    first = home.task_model.index(0, 0, domain)
    assert list(home.task_model.checked()) == [first.data(Qt.ItemDataRole.UserRole)]
    assert domain.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.PartiallyChecked
    tab_to(qtbot, home.practice_button)
    press(qtbot, K.Key_Return)
    begin(qtbot, window)
    qtbot.waitUntil(lambda: exam.session is not None and exam.session.attempt_id != attempt_id, timeout=20_000)
    practice = exam.session
    assert practice is not None
    qtbot.waitUntil(lambda: focused() in exam.panel.current.focus_widgets())
    answer_by_keys(qtbot, exam)
    press(qtbot, K.Key_K, CTRL)
    assert exam.feedback.isVisible()
    press(qtbot, K.Key_Home, ALT)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is home, timeout=20_000)

    # What the database holds.
    store = window.workspace.store  # type: ignore[union-attr]
    stored = ExamSession.open(store, attempt_id, FakeClock())
    assert stored.submitted
    for position in answered:
        assert stored.view(position).answered
    assert stored.view(flagged).flagged
    assert struck[1] in stored.view(struck[0]).struck
    again = ExamSession.open(store, practice.attempt_id, FakeClock())
    assert again.view(0).answered and again.view(0).checked
    assert target.read_bytes().startswith(b"%PDF") and target.stat().st_size > 5_000
    assert window.settings.candidate_name == "Ana Teclado"
