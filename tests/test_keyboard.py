"""Every screen and dialog of the window, in Spanish: Tab reaches every control and leaves every view, every
control has an accessible name, no English word shows, and the Actions menu offers every button."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from simulator.assembly import FullSpec, PracticeSpec
from simulator.clock import FakeClock
from tests.keyboard_helpers import focused, reachable_controls, tab_walk, trapping_views
from tests.ui_helpers import answer_current_by_widgets, open_window
from ui.keyboard import page_buttons
from ui.main_window import MainWindow
from ui.qt import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QTextBrowser,
    QtGui,
    QtWidgets,
    QWidget,
)

# Words of the English interface that are not Spanish words: any of them on a Spanish screen is a leak.
ENGLISH_WORDS = """
    the and of to you your with for this that item items answer answered unanswered flag flagged next previous
    submit review exam score time left right wrong back home start practice task domain report reports choose option
    options save open close cancel file files look type name question questions history mastery attempt attempts
    show all none clear export step steps move up down confirm order check pause minutes help view settings
    preferences language size text larger smaller quit keyboard shortcuts about result results pass fail estimated
    raw scaled used untimed partial credit correct incorrect feedback read more case study scenario drill weak bank
    latest by is are it be folder new detail list yes go actions unexpected could not cannot saved thank
    remaining untitled directory single matching ordering"""
ENGLISH = set(ENGLISH_WORDS.split())


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple | list):
        for part in value:
            yield from _strings(part)
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name))


def visible_texts(root: QWidget, *, qt_dialog: bool = False) -> list[str]:
    """Every text a candidate can see or hear under `root` (labels, buttons, titles, views, names, tips).
    In Qt's own dialogs, only labels and buttons: their lists and combo boxes show file and folder names."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or (qt_dialog and not isinstance(widget, QLabel | QAbstractButton)):
            continue
        texts += [widget.accessibleName(), widget.toolTip()]
        if isinstance(widget, QLabel):
            texts.append(re.sub(r"<[^>]+>", " ", widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTextBrowser):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount()
            except TypeError:  # a list model
                columns = 1
            for row in range(min(model.rowCount(), 60)):
                for column in range(columns):
                    texts.append(str(model.index(row, column).data() or ""))
            for column in range(columns):
                texts.append(str(model.headerData(column, QtGui.Qt.Orientation.Horizontal) or ""))
    return [t for t in texts if t]


def english_words(texts: list[str], bank_texts: set[str]) -> set[str]:
    found: set[str] = set()
    longest_first = sorted(bank_texts, key=len, reverse=True)  # a shorter text (a URL's start) never splits a longer
    for text in texts:
        if text.endswith("…"):  # a shortened stem at the end of a row: cut first, while it is still whole
            for bank_text in longest_first:
                start = text.find(bank_text[:24])
                if start >= 0 and bank_text.startswith(text[start:-1]):
                    text = text[:start]
                    break
        for bank_text in longest_first:
            if len(bank_text) > 3 and bank_text in text:
                text = text.replace(bank_text, " ")
        found |= {w for w in re.findall(r"[^\W\d_]+", text) if w.lower() in ENGLISH}
    return found


def accessible_name(widget: QWidget) -> str:
    interface = QtGui.QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QtGui.QAccessible.Text.Name) if interface is not None else ""
    return name or widget.accessibleName()


class Sweep:
    """Collects, per screen, what a keyboard or screen-reader user would trip over."""

    def __init__(self, qtbot: QtBot, window: MainWindow) -> None:
        self.qtbot, self.window = qtbot, window
        self.unreachable: dict[str, list[str]] = {}
        self.traps: dict[str, list[str]] = {}
        self.unnamed: dict[str, list[str]] = {}
        self.english: dict[str, set[str]] = {}  # screen -> the texts with English words
        self.missing_actions: dict[str, list[str]] = {}
        self.bank_texts: set[str] = set()
        self.screens: list[str] = []

    def learn_bank(self, session: object) -> None:
        for position in range(session.count):  # type: ignore[attr-defined]
            self.bank_texts |= set(_strings(session.content(position)))  # type: ignore[attr-defined]

    def check(self, name: str, root: QWidget, *, qt_dialog: bool = False) -> None:
        qtbot = self.qtbot
        self.screens.append(name)
        qtbot.waitUntil(lambda: root.isAncestorOf(focused()) or focused() is root, timeout=5_000)
        if traps := [type(v).__name__ + ":" + v.accessibleName() for v in trapping_views(root)]:
            self.traps[name] = traps
        if not qt_dialog:
            visited = tab_walk(qtbot)
            missing = [w for w in reachable_controls(root) if w not in visited]
            if missing:
                self.unreachable[name] = [f"{type(w).__name__}:{accessible_name(w)}" for w in missing]
            unnamed = [w for w in reachable_controls(root) if not accessible_name(w).strip()]
            if unnamed:
                self.unnamed[name] = [f"{type(w).__name__}:{w.objectName()}" for w in unnamed]
        leaks = {
            f"{sorted(words)} in {text[:160]!r}"
            for text in visible_texts(root, qt_dialog=qt_dialog)
            if (words := english_words([text], self.bank_texts))
        }
        if leaks:
            self.english[name] = leaks
        if root is self.window.pages.currentWidget():
            self.window._fill_actions_menu()
            offered = {a.text().replace("&&", "&") for a in self.window.actions_menu.actions()}
            absent = [b.text() for b in page_buttons(root) if b.text() not in offered]
            if absent:
                self.missing_actions[name] = absent


def open_dialog(qtbot: QtBot, opener: Callable[[], object], kind: type) -> QWidget:
    opener()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=10_000)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None
    return dialog


def close_dialog(qtbot: QtBot, dialog: QWidget) -> None:
    dialog.reject()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_every_screen_by_tab_with_names_in_spanish(
    qtbot: QtBot, data_dir: Path, shipped_template: Path, tmp_path: Path
) -> None:
    from ui.answer_review import ReportQuestionDialog
    from ui.dialogs import PreferencesDialog, ReviewDialog, ShortcutsDialog, SubmitDialog
    from ui.qt import QFileDialog
    from ui.save_dialogs import CandidateNameDialog
    from ui.text_dialog import TextDialog

    window = open_window(qtbot, data_dir, shipped_template)
    window.clock = FakeClock()
    window.activateWindow()
    sweep = Sweep(qtbot, window)
    pages = window.pages

    def show(page: QWidget) -> None:
        qtbot.waitUntil(lambda: pages.currentWidget() is page, timeout=20_000)

    sweep.check("home, first start", window.home)

    # The start screens (the rules, with their key names) and Help's rules of the exam and its clock.
    window.request_start(FullSpec())
    show(window.start_page)
    sweep.check("start screen, full exam", window.start_page)
    assert "Control+Derecha" in window.start_page.rules.text()  # key names as Qt names them in Spanish
    window.go_home()
    show(window.home)
    window.request_start(PracticeSpec(("1.1",), 5, timed=True, instant_feedback=True))
    show(window.start_page)
    sweep.check("start screen, practice", window.start_page)
    window.go_home()
    show(window.home)
    rules = open_dialog(qtbot, window.show_rules_help, TextDialog)
    sweep.check("rules of the exam and its clock", rules)
    close_dialog(qtbot, rules)

    # A timed practice with feedback: every item type, the check and pause buttons.
    window.start_practice(PracticeSpec(tuple(t.id for t in window.home_data.blueprint.tasks), 80, timed=True))  # type: ignore[union-attr]
    show(window.exam)
    exam = window.exam
    session = exam.session
    assert session is not None
    sweep.learn_bank(session)
    for kind in ("single", "multiple", "matching", "ordering"):
        positions = [p for p in range(session.count) if session.view(p).type == kind]
        if positions:  # a random practice set may lack a rare type; the journey test covers every type
            exam.go(positions[0])
            sweep.check(f"exam, {kind} item", exam)
    exam.go(next(p for p in range(session.count) if session.view(p).type == "single"))
    answer_current_by_widgets(qtbot, exam)
    exam.check_answer()
    exam.toggle_flag()
    sweep.check("exam, checked item with feedback", exam)
    review = open_dialog(qtbot, exam.open_review, ReviewDialog)
    sweep.check("review grid", review)
    close_dialog(qtbot, review)
    submit = open_dialog(qtbot, exam.ask_submit, SubmitDialog)
    sweep.check("submit dialog", submit)
    submit.accept()  # type: ignore[attr-defined]
    show(window.results)
    sweep.check("results", window.results)
    name_dialog = open_dialog(qtbot, lambda: window.ask_report_path(session.attempt_id), QFileDialog)
    sweep.check("save the PDF (Qt's file dialog)", name_dialog, qt_dialog=True)
    name_dialog.selectFile(str(tmp_path / "x.pdf"))  # type: ignore[attr-defined]
    name_dialog.accept()  # type: ignore[attr-defined]
    candidate = open_dialog(qtbot, lambda: None, CandidateNameDialog)
    sweep.check("name on the report", candidate)
    with qtbot.waitSignal(window.report_written, timeout=60_000):
        candidate.accept()  # type: ignore[attr-defined]
    sweep.check("results with the report saved", window.results)

    window.open_review(session.attempt_id)
    show(window.review)
    sweep.check("answer review", window.review)
    report = open_dialog(qtbot, window.review._report, ReportQuestionDialog)
    sweep.check("report a question", report)
    report.note.setPlainText("La opción B también parece correcta.")  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.item_reported, timeout=10_000):
        report.accept()  # type: ignore[attr-defined]

    # An unfinished practice, so Home shows its banner.
    window.start_practice(PracticeSpec(("1.1",), 5))
    show(window.exam)
    window.go_home()
    show(window.home)
    qtbot.waitUntil(lambda: window.home.resume_box.isVisible())
    sweep.check("home with history and an unfinished exam", window.home)

    window.show_history()
    show(window.history)
    sweep.check("history", window.history)
    window.show_flagged()
    show(window.flagged)
    sweep.check("flagged items", window.flagged)
    text = open_dialog(
        qtbot, lambda: window.flagged.table.activated.emit(window.flagged.table.currentIndex()), TextDialog
    )
    sweep.check("a flagged item", text)
    close_dialog(qtbot, text)
    window.show_reports()
    show(window.reports)
    sweep.check("question reports", window.reports)
    window.go_home()
    show(window.home)
    preferences = open_dialog(qtbot, window.open_preferences, PreferencesDialog)
    sweep.check("preferences", preferences)
    close_dialog(qtbot, preferences)
    shortcuts = open_dialog(qtbot, window.show_shortcuts, ShortcutsDialog)
    sweep.check("keyboard shortcuts", shortcuts)
    close_dialog(qtbot, shortcuts)
    menu_texts = [window.windowTitle()]
    for top in window.menuBar().actions():
        menu_texts.append(top.text())
        if top.menu() is not None:
            top.menu().aboutToShow.emit()
            menu_texts += [a.text() for a in top.menu().actions()]
    if words := english_words(menu_texts, set()):
        sweep.english["menus"] = words

    assert len(sweep.screens) >= 21
    assert not sweep.traps, f"views that keep Tab: {sweep.traps}"
    assert not sweep.unreachable, f"controls Tab never reaches: {sweep.unreachable}"
    assert not sweep.missing_actions, f"buttons missing from the Actions menu: {sweep.missing_actions}"
    assert not sweep.unnamed, f"controls without an accessible name: {sweep.unnamed}"
    assert not sweep.english, f"English on Spanish screens: {sweep.english}"


@pytest.mark.parametrize("screen", [(1024, 768), (1366, 768)])
def test_every_exam_control_shows_on_small_screens(
    qtbot: QtBot, data_dir: Path, shipped_template: Path, screen: tuple[int, int]
) -> None:
    """The first window on a laptop screen (a 40-pixel task bar): the exam's header and footer in view, Home
    without sideways scrolling."""
    from ui.qt import QPoint, QRect
    from ui.window_place import first_geometry

    window = open_window(qtbot, data_dir, shipped_template)
    available = QRect(0, 0, screen[0], screen[1] - 40)
    window.setGeometry(first_geometry(available))
    assert window.width() <= available.width() * 0.9 + 1 and window.height() <= available.height() * 0.9 + 1
    qtbot.waitUntil(lambda: window.home.isVisible())
    body = window.home.findChild(QtWidgets.QScrollArea).widget()
    assert body.width() <= window.width(), "Home scrolls sideways"
    window.start_practice(PracticeSpec(("2.2", "3.1"), 20, timed=True))
    qtbot.waitUntil(lambda: window.exam.session is not None and window.exam.isVisible(), timeout=20_000)
    exam = window.exam
    session = exam.session
    assert session is not None
    for kind in ("single", "multiple", "matching", "ordering"):
        positions = [p for p in range(session.count) if session.view(p).type == kind]
        if not positions:
            continue
        exam.go(positions[0])
        QApplication.processEvents()
        controls = [exam.previous_button, exam.next_button, exam.review_button, exam.submit_button]
        controls += [exam.flag_button, exam.pause_button, exam.check_button, exam.clock_label]
        for control in controls:
            corner = control.mapTo(window, QPoint(0, 0))
            inside = window.rect().contains(QRect(corner, control.size()))
            assert control.isVisible() and inside, f"{control.accessibleName()} is cut off on {kind} items"
        first = exam.panel.current.focus_widgets()[0]
        assert exam.panel.scroll_area_shows(first), f"the first answer control of a {kind} item is out of view"


def test_window_size_position_and_maximised_state_are_restored(
    qtbot: QtBot, data_dir: Path, shipped_template: Path
) -> None:
    from ui.qt import QRect
    from ui.window_place import place_window

    window = open_window(qtbot, data_dir, shipped_template)
    screen = window.screen().availableGeometry()
    assert window.width() <= screen.width() * 0.9 + 1 and window.height() <= screen.height() * 0.9 + 1
    window.setGeometry(QRect(screen.x() + 20, screen.y() + 30, 740, 530))
    window.close()
    again = open_window(qtbot, data_dir, None)
    assert (again.geometry().width(), again.geometry().height()) == (740, 530)
    again.showMaximized()
    qtbot.waitUntil(again.isMaximized)
    again.close()
    maximised = open_window(qtbot, data_dir, None)
    assert maximised.isMaximized()
    maximised.close()
    # A place on a screen that is gone (or a damaged setting) falls back to the first-run placement.
    lost = open_window(qtbot, data_dir, None)
    lost.setGeometry(QRect(screen.right() + 4000, 10, 700, 500))
    place_window(lost, bytes(lost.saveGeometry().data()))
    assert screen.intersects(lost.geometry())
    place_window(lost, b"not a geometry")
    assert screen.contains(lost.geometry().center())


def test_start_up_with_nothing_to_do_loads_neither_alembic_nor_the_importer(data_dir: Path) -> None:
    """The shortcuts that keep start-up fast agree with what they stand for."""
    import subprocess
    import sys

    from question_bank import bank_digest, blueprint_file, validator
    from simulator.storage.db import _head_in_files, head_revision

    assert _head_in_files() == head_revision()
    assert bank_digest.BLUEPRINT_NAME == blueprint_file.BLUEPRINT_NAME
    assert bank_digest.SHIPPED_ROOT == validator.SHIPPED_ROOT
    code = (
        "import sys; from question_bank.workspace import open_workspace; w = open_workspace(None, sys.argv[1]); "
        "print(sorted(m for m in ('alembic', 'question_bank.importer', 'yaml') if m in sys.modules))"
    )
    first = subprocess.run([sys.executable, "-c", code, str(data_dir)], capture_output=True, text=True, check=True)
    assert "alembic" in first.stdout  # a new database is migrated and the bank imported
    again = subprocess.run([sys.executable, "-c", code, str(data_dir)], capture_output=True, text=True, check=True)
    assert again.stdout.strip() == "[]"


def test_the_timer_speaks_only_at_the_warnings(qtbot: QtBot, data_dir: Path, shipped_template: Path) -> None:
    window = open_window(qtbot, data_dir, shipped_template)
    clock = FakeClock()
    window.clock = clock
    window.start_practice(PracticeSpec(("1.1", "2.1"), 20, timed=True))
    qtbot.waitUntil(lambda: window.exam.session is not None, timeout=20_000)
    exam = window.exam
    session = exam.session
    assert session is not None
    said: list[str] = []
    exam.announce.connect(said.append)
    name = exam.clock_label.accessibleName()
    ticks = 0
    while ticks < 600 and (session.timer.remaining() or 0) > 90:  # bounded: a stopped clock fails, not spins
        clock.advance(20)
        exam.tick()
        ticks += 1
    assert 50 < ticks < 600, (ticks, session.timer.remaining(), session.paused)
    # Two warnings (a timed practice warns at 25 % and 10 % of its time left), nothing on the other ticks.
    assert len(said) == 2 and all(text.startswith("Quedan") for text in said), said
    assert exam.clock_label.accessibleName() == name  # the countdown itself is not re-announced every second
    assert exam.alert.isVisible() and window.message_bar.isVisible()  # the warning shows inside the window


def test_switching_language_redraws_every_page(qtbot: QtBot, data_dir: Path, shipped_template: Path) -> None:
    window = open_window(qtbot, data_dir, shipped_template)
    window.start_practice(PracticeSpec(("1.1",), 3))
    qtbot.waitUntil(lambda: window.exam.session is not None, timeout=20_000)
    window.exam.submit()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.results, timeout=20_000)
    window.show_history()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.history, timeout=20_000)
    blueprint = window.home_data.blueprint  # type: ignore[union-attr]
    task = blueprint.task("1.1")

    assert task.title("es") in "\n".join(visible_texts(window.history)) or task.title("es") in str(
        [window.history.mastery.index(r, 0).data() for r in range(window.history.mastery.rowCount())]
    )
    window.set_language("en")
    qtbot.waitUntil(lambda: window.history.title.text() == "History and mastery")
    titles = [window.history.mastery.index(r, 0).data() for r in range(window.history.mastery.rowCount())]
    assert any(task.title("en") in t for t in titles), titles
    results = [window.results.task_model.index(r, 0).data() for r in range(window.results.task_model.rowCount())]
    assert any(task.title("en") in str(t) for t in results) or not results
    assert window.home.full_button.text() == "Start full exam"
    window.set_language("es")
    qtbot.waitUntil(lambda: window.history.title.text() == "Historial y nivel")


def test_every_engine_error_code_is_translated() -> None:
    """The window's copy of the error catalogue matches the engine's, and Spanish has every sentence."""
    from simulator.error_catalogue import MESSAGES
    from simulator.errors import InvalidAnswerError
    from ui.error_text import TEMPLATES, error_text

    assert TEMPLATES == MESSAGES
    error = InvalidAnswerError(code="takes_n", count=3)
    assert str(error) == "This item takes 3 options."  # the CLI's English
    assert error_text(error) == "Esta pregunta admite 3 opciones."
    from tests.test_translations import messages

    spanish = {m.findtext("source"): m.find("translation") for m in messages("es")}
    for sentence in MESSAGES.values():
        translation = spanish[sentence]
        assert translation is not None and (translation.text or "").strip() and "{" in sentence + "{"


def test_menu_mnemonics_leave_the_strike_keys_free(qtbot: QtBot, data_dir: Path, shipped_template: Path) -> None:
    """Alt+A … Alt+I strike options out in the exam: a menu-bar title underlining one of those letters (in either
    language) would make the key ambiguous, and Qt then fires neither."""
    window = open_window(qtbot, data_dir, shipped_template)
    for language, home_text in (("en", "Start full exam"), ("es", "Empezar examen completo")):
        window.set_language(language)
        qtbot.waitUntil(lambda text=home_text: window.home.full_button.text() == text)  # type: ignore[misc]
        for action in window.menuBar().actions():
            mnemonic = re.search(r"&([^&])", action.text().replace("&&", ""))
            assert mnemonic is None or mnemonic.group(1).upper() not in "ABCDEFGHI", (language, action.text())
