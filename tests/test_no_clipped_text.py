"""No text is cut off on any page or dialog at 1024x768, in Spanish or English (the checker is in
tests/clipping.py; the first tests prove it finds what it should, and only that)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from simulator.assembly import FullSpec, PracticeSpec
from simulator.clock import FakeClock
from simulator.demo import DemoSettings, run_demo
from simulator.storage.db import open_store
from tests.clipping import clipped_texts
from tests.ui_helpers import answer_current_by_widgets, open_window
from ui.plain import plain_label
from ui.qt import (
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)

SCREEN = (1024, 768)
LONG = "Una frase bastante larga que no cabe en un control estrecho"


def _shown(qtbot: QtBot, *widgets: QWidget) -> QWidget:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    for widget in widgets:
        layout.addWidget(widget)
    root.resize(600, 700)  # a window is not sized by its labels' height-for-width: room for every line
    root.show()
    qtbot.waitExposed(root)
    return root


def test_the_checker_finds_a_label_narrower_than_its_text(qtbot: QtBot) -> None:
    clipped = plain_label(LONG, wrap=False)
    clipped.setAccessibleName("cut")
    clipped.setFixedWidth(80)
    root = _shown(qtbot, clipped)
    found = clipped_texts(root)
    assert len(found) == 1 and "'cut'" in found[0] and "needs" in found[0]


def test_the_checker_finds_a_wrapped_label_too_low_for_its_lines_and_a_word_too_long(qtbot: QtBot) -> None:
    low = plain_label(LONG * 3)
    low.setFixedSize(120, 20)
    word = plain_label("Supercalifragilisticoespialidoso" * 2)
    word.setFixedWidth(60)
    word.setMinimumHeight(200)
    root = _shown(qtbot, low, word)
    found = clipped_texts(root)
    assert len(found) == 2 and "high" in found[0] and "a word needs" in found[1]


def test_the_checker_finds_cut_buttons_check_boxes_combo_boxes_and_group_titles(qtbot: QtBot) -> None:
    button = QPushButton(LONG)
    button.setFixedWidth(60)
    box = QCheckBox(LONG)
    box.setFixedWidth(60)
    combo = QComboBox()
    combo.addItem(LONG)
    combo.setFixedWidth(90)
    group = QGroupBox(LONG)
    group.setFixedWidth(70)
    root = _shown(qtbot, button, box, combo, group)
    kinds = sorted(problem.split("(", 1)[0] for problem in clipped_texts(root))
    assert kinds == ["QCheckBox", "QComboBox", "QGroupBox", "QPushButton"]


def test_the_checker_passes_text_that_fits_wraps_or_is_elided(qtbot: QtBot) -> None:
    fits = plain_label("Corto", wrap=False)
    wrapped = plain_label(LONG * 4)  # wraps to as many lines as the layout gives it height for
    wrapped.setFixedWidth(200)
    elided = plain_label(wrap=False)
    elided.setFixedWidth(120)
    elided.setText(elided.fontMetrics().elidedText(LONG, Qt.TextElideMode.ElideRight, 120))
    row = QWidget()
    row_layout = QHBoxLayout(row)
    row_layout.addWidget(QPushButton("Aceptar"))
    row_layout.addWidget(QCheckBox("Cronometrada"))
    combo = QComboBox()
    combo.addItem(LONG)
    root = _shown(qtbot, fits, wrapped, elided, row, combo)
    assert clipped_texts(root) == []


def _demo_database(data_dir: Path, template: Path) -> None:
    """The shipped bank and a few demo candidates' attempts: the teacher screens have something to show."""
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, data_dir / "simulacro.sqlite3")
    store = open_store(f"sqlite:///{data_dir / 'simulacro.sqlite3'}", durable=False)
    run_demo(store, "aif-c01", DemoSettings(12, 0.68, 3, candidates=3))
    store.close()


@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
@pytest.mark.parametrize("language", ["es", "en"])
def test_no_text_is_cut_off_on_any_screen_at_1024x768(
    qtbot: QtBot, data_dir: Path, shipped_template: Path, language: str
) -> None:
    from ui.answer_review import ReportQuestionDialog
    from ui.classroom import CandidateDialog
    from ui.dialogs import PreferencesDialog, ReviewDialog, ShortcutsDialog, SubmitDialog, UnfinishedDialog
    from ui.interop_dialogs import ExportDialog, ImportQuestionsDialog
    from ui.save_dialogs import CandidateNameDialog
    from ui.text_dialog import TextDialog

    _demo_database(data_dir, shipped_template)
    window = open_window(qtbot, data_dir, None, language=language)
    window.clock = FakeClock()
    window.resize(*SCREEN)
    pages = window.pages
    found: dict[str, list[str]] = {}
    screens: list[str] = []

    def check(name: str, root: QWidget) -> None:
        QApplication.processEvents()
        screens.append(name)
        if root.isWindow():
            too_big = root.width() > SCREEN[0] or root.height() > SCREEN[1]
            if too_big:
                found.setdefault(name, []).append(f"the window is {root.width()}x{root.height()}")
        if problems := clipped_texts(root):
            found.setdefault(name, []).extend(problems)

    def show(page: QWidget) -> None:
        qtbot.waitUntil(lambda: pages.currentWidget() is page, timeout=30_000)
        QApplication.processEvents()

    def dialog(name: str, opener: Callable[[], object], kind: type) -> QWidget:
        opener()
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=10_000)
        opened = QApplication.activeModalWidget()
        assert opened is not None
        qtbot.waitExposed(opened)
        check(name, opened)
        return opened

    def close(opened: QWidget) -> None:
        opened.reject()  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)

    check("home", window)
    window.request_start(FullSpec())
    show(window.start_page)
    check("start screen, full exam", window)
    window.start_page.start_button.click()
    show(window.exam)
    qtbot.waitUntil(lambda: window.exam.session is not None)
    check("full exam", window)
    window.go_home()
    show(window.home)

    def settle_unfinished() -> None:  # the question Home asks before anything new: checked, then discard
        asked = QApplication.activeModalWidget()
        assert isinstance(asked, UnfinishedDialog)
        qtbot.waitExposed(asked)
        check("an unfinished exam: resume, submit or discard", asked)
        asked.discard_button.click()

    QTimer.singleShot(300, settle_unfinished)
    window.request_start(PracticeSpec(("1.1",), 5, timed=True, instant_feedback=True))
    show(window.start_page)
    check("start screen, practice", window)

    # Every item type, with and without feedback, paused, the review grid and the submit dialog.
    blueprint = window.home_data.blueprint  # type: ignore[union-attr]
    window.start_practice(PracticeSpec(tuple(t.id for t in blueprint.tasks), 80, timed=True))
    show(window.exam)
    exam = window.exam
    session = exam.session
    assert session is not None
    kinds = ("single", "multiple", "matching", "ordering")
    seen = {session.view(p).type for p in range(session.count)}
    assert seen >= set(kinds), f"the practice set lacks {set(kinds) - seen}"
    for kind in kinds:
        exam.go(next(p for p in range(session.count) if session.view(p).type == kind))
        check(f"exam, {kind} item", window)
        answer_current_by_widgets(qtbot, exam, right=kind != "single")
        exam.check_answer()
        exam.toggle_flag()
        check(f"exam, {kind} item checked and flagged", window)
    exam.toggle_pause()
    check("exam, paused", window)
    exam.toggle_pause()
    review = dialog("review grid", exam.open_review, ReviewDialog)
    close(review)
    submit = dialog("submit dialog", exam.ask_submit, SubmitDialog)
    submit.accept()  # type: ignore[attr-defined]
    show(window.results)
    check("results", window)
    name = CandidateNameDialog("", window)
    name.open()
    qtbot.waitExposed(name)
    check("name on the report", name)
    name.reject()
    export = ExportDialog(attempt=True, parent=window)
    export.open()
    qtbot.waitExposed(export)
    check("export questions", export)
    export.reject()

    window.open_review(session.attempt_id)
    show(window.review)
    check("answer review", window)
    report = dialog("report a question", window.review._report, ReportQuestionDialog)
    close(report)

    window.start_practice(PracticeSpec(("1.1",), 5))
    show(window.exam)
    window.go_home()
    show(window.home)
    qtbot.waitUntil(lambda: window.home.resume_box.isVisible())
    check("home with history and an unfinished practice", window)
    window.show_history()
    show(window.history)
    check("history", window)
    window.show_flagged()
    show(window.flagged)
    check("flagged items", window)
    flagged = dialog(
        "a flagged item",
        lambda: window.flagged.table.activated.emit(window.flagged.table.currentIndex()),
        TextDialog,
    )
    close(flagged)
    window.show_reports()
    show(window.reports)
    check("question reports", window)
    window.show_item_stats(True)
    qtbot.waitUntil(lambda: pages.currentWidget() is window.item_stats and window.item_stats.model.rowCount() > 0)
    window.item_stats.table.selectRow(0)
    check("item statistics (teacher)", window)
    window.show_cohort(True)
    qtbot.waitUntil(lambda: pages.currentWidget() is window.cohort and window.cohort.people_model.rowCount() > 0)
    check("cohort (teacher)", window)

    window.go_home()
    show(window.home)
    preferences = dialog("preferences and packs", window.open_preferences, PreferencesDialog)
    close(preferences)
    shortcuts = dialog("keyboard shortcuts", window.show_shortcuts, ShortcutsDialog)
    close(shortcuts)
    importer = dialog("import questions (packs)", window.import_action.trigger, ImportQuestionsDialog)
    close(importer)
    rules = dialog("rules of the exam", window.show_rules_help, TextDialog)
    close(rules)
    who = CandidateDialog([], "", window)
    who.open()
    qtbot.waitExposed(who)
    check("who is sitting (classroom)", who)
    who.reject()

    assert len(screens) >= 30
    assert not found, "text cut off:\n" + "\n".join(f"{k}: {v}" for k, v in found.items())
