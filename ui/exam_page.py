"""The exam screen: header with countdown and flag, the item, navigation, review and submit."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from simulator.errors import SimulacroError, StorageError
from simulator.timer import TimeLevel
from simulator.views import ClockState, ExamResult, ItemView
from ui.dialogs import ReviewDialog, SubmitDialog
from ui.item_panel import ItemPanel
from ui.item_views import ItemWidget
from ui.models import ItemStatusModel
from ui.plain import plain_label
from ui.qt import (
    QFrame,
    QHBoxLayout,
    QKeySequence,
    QPushButton,
    QShortcut,
    QSizePolicy,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.shortcuts import keys, with_keys
from ui.theme import status_colour

if TYPE_CHECKING:
    from simulator.session import ExamSession

TICK_MS = 250


def format_clock(seconds: float) -> str:
    whole = max(0, int(seconds + 0.999))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class ExamPage(QWidget):
    """Runs one ExamSession. Answers, flags and strikes are committed by the engine before it returns."""

    finished = Signal(object)  # ExamResult
    failed = Signal(str)
    announce = Signal(str)  # a sentence for the status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: ExamSession | None = None
        self.position = 0
        self._level: TimeLevel | None = None
        self.status_model = ItemStatusModel(self)
        self.review_dialog: ReviewDialog | None = None
        self.submit_dialog: SubmitDialog | None = None
        self.domain_titles: dict[str, str] = {}
        self._build()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self._shortcuts: list[QShortcut] = []
        self._install_shortcuts()
        self.retranslate()

    # ----- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.position_label = plain_label(wrap=False)
        self.position_label.setObjectName("position")
        font = self.position_label.font()
        font.setBold(True)
        self.position_label.setFont(font)
        self.task_label = plain_label()
        self.clock_label = plain_label(wrap=False)
        self.clock_label.setObjectName("clock")
        clock_font = self.clock_label.font()
        clock_font.setBold(True)
        clock_font.setPointSizeF(clock_font.pointSizeF() * 1.25)
        self.clock_label.setFont(clock_font)
        self.pause_button = QPushButton()
        self.flag_button = QPushButton()
        self.flag_button.setCheckable(True)
        header = QHBoxLayout()
        header.addWidget(self.position_label)
        header.addSpacing(16)
        header.addWidget(self.task_label, 1)
        header.addWidget(self.clock_label)
        header.addSpacing(8)
        header.addWidget(self.pause_button)
        header.addWidget(self.flag_button)

        self.alert = plain_label()
        self.alert.setVisible(False)
        self.alert.setAccessibleName("alert")

        self.panel = ItemPanel()
        self.panel.answer_changed.connect(self._answer)
        self.panel.strike_requested.connect(self._strike)
        self.panel.hint.connect(self.announce)
        # Short names for what the shortcuts and tests reach into.
        self.choice_view = self.panel.choice_view
        self.matching_view = self.panel.matching_view
        self.ordering_view = self.panel.ordering_view
        self.hint_label = self.panel.hint_label
        self.feedback = self.panel.feedback
        self.views = self.panel.views

        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.review_button = QPushButton()
        self.check_button = QPushButton()
        self.submit_button = QPushButton()
        self.progress_label = plain_label(wrap=False)
        footer = QHBoxLayout()
        footer.addWidget(self.previous_button)
        footer.addWidget(self.next_button)
        footer.addSpacing(12)
        footer.addWidget(self.progress_label, 1)
        footer.addWidget(self.check_button)
        footer.addWidget(self.review_button)
        footer.addWidget(self.submit_button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.alert)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        layout.addWidget(self.panel, 1)
        layout.addLayout(footer)
        for button in (self.previous_button, self.next_button, self.review_button, self.submit_button):
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.previous_button.clicked.connect(lambda: self.go(self.position - 1))
        self.next_button.clicked.connect(lambda: self.go(self.position + 1))
        self.flag_button.clicked.connect(self.toggle_flag)
        self.review_button.clicked.connect(self.open_review)
        self.submit_button.clicked.connect(self.ask_submit)
        self.check_button.clicked.connect(self.check_answer)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.setTabOrder(self.previous_button, self.next_button)

    def retranslate(self) -> None:
        self.previous_button.setText(self.tr("◀ Previous"))
        self.previous_button.setToolTip(with_keys(self.tr("Previous item"), "previous"))
        self.previous_button.setAccessibleName(self.tr("Previous item"))
        self.next_button.setText(self.tr("Next ▶"))
        self.next_button.setToolTip(with_keys(self.tr("Next item"), "next"))
        self.next_button.setAccessibleName(self.tr("Next item"))
        self.review_button.setText(self.tr("Review screen"))
        self.review_button.setToolTip(with_keys(self.tr("See every item and jump to any of them"), "review"))
        self.review_button.setAccessibleName(self.tr("Review screen"))
        self.submit_button.setText(self.tr("Submit…"))
        self.submit_button.setToolTip(with_keys(self.tr("Submit the exam"), "submit"))
        self.submit_button.setAccessibleName(self.tr("Submit the exam"))
        self.check_button.setText(self.tr("Check answer"))
        self.check_button.setToolTip(with_keys(self.tr("See if the answer is right, with every reason"), "check"))
        self.check_button.setAccessibleName(self.tr("Check answer"))
        self.flag_button.setToolTip(with_keys(self.tr("Flag this item to come back to it"), "flag"))
        self.flag_button.setAccessibleName(self.tr("Flag for review"))
        self.pause_button.setToolTip(with_keys(self.tr("Pause the practice clock"), "pause"))
        self.pause_button.setAccessibleName(self.tr("Pause or resume"))
        self.clock_label.setAccessibleName(self.tr("Time remaining"))
        if self.session is not None:
            self.render()

    def _install_shortcuts(self) -> None:
        def add(sequence: str, handler: Callable[[], None]) -> None:
            shortcut = QShortcut(QKeySequence(sequence), self)
            # Window-wide, so focus on any control counts; a hidden page's shortcuts never fire.
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(handler)
            self._shortcuts.append(shortcut)

        for number in range(1, 10):
            add(str(number), lambda n=number: self._current_view().pick(n))
            add(f"Alt+{number}", lambda n=number: self._current_view().strike_number(n))
        add(keys("next"), lambda: self.go(self.position + 1))
        add(keys("previous"), lambda: self.go(self.position - 1))
        add(keys("flag"), self.toggle_flag)
        add(keys("review"), self.open_review)
        add(keys("submit"), self.ask_submit)
        add("Ctrl+Enter", self.ask_submit)
        add(keys("check"), self.check_answer)
        add(keys("pause"), self.toggle_pause)
        add(keys("move_up"), lambda: self.ordering_view.move_selected(-1))
        add(keys("move_down"), lambda: self.ordering_view.move_selected(1))

    # ----- session --------------------------------------------------------------------------------

    def open_session(self, session: ExamSession, domain_titles: dict[str, str]) -> None:
        self.session = session
        self.domain_titles = domain_titles
        self._level = None
        self.alert.setVisible(False)
        practice = session.mode == "practice"
        self.pause_button.setVisible(practice and session.timer.limit_s is not None)
        self.check_button.setVisible(practice and session.instant_feedback)
        self.go(session.current, force=True)
        self.tick()
        self.timer.start()
        self.setFocus()

    def close_session(self) -> None:
        self.timer.stop()
        session = self.session
        if session is not None and not session.submitted and not session.read_only:
            self._guard(session.save_clock)
            self._guard(session.close)  # another window may take the attempt over at once
        self.session = None

    def _guard(self, call: Callable[[], object]) -> object | None:
        """Run an engine call; a failure becomes a message, never a traceback."""
        try:
            return call()
        except StorageError as exc:  # not saved: the candidate must know, not just see a hint
            self.failed.emit(self.tr("Your last change could not be saved: %1").replace("%1", str(exc)))
            return None
        except SimulacroError as exc:
            self._show_hint(str(exc))
            return None
        except Exception as exc:  # the database went away, the disk is full, ...
            self.failed.emit(self.tr("Your last change could not be saved: %1").replace("%1", str(exc)))
            return None

    def _current_view(self) -> ItemWidget:
        return self.panel.current

    def go(self, position: int, force: bool = False) -> None:
        session = self.session
        if session is None or not 0 <= position < session.count or (position == self.position and not force):
            return
        view = self._guard(lambda: session.go_to(position))
        if isinstance(view, ItemView):
            self.position = position
            self._show_hint("")
            self.render(view)
            self.panel.scroll_to_top()

    def render(self, view: ItemView | None = None) -> None:
        session = self.session
        if session is None:
            return
        view = view or session.view(self.position)
        self.position_label.setText(
            self.tr("Item %1 of %2").replace("%1", str(view.position + 1)).replace("%2", str(view.count))
        )
        if session.mode == "practice":
            title = self.domain_titles.get(view.task, "")
            self.task_label.setText(self.tr("Task %1 · %2").replace("%1", view.task).replace("%2", title))
        else:
            self.task_label.setText("")
        self.flag_button.setChecked(view.flagged)
        self.flag_button.setText(self.tr("⚑ Flagged") if view.flagged else self.tr("⚐ Flag for review"))
        self.panel.show_item(view)
        self.previous_button.setEnabled(view.position > 0)
        self.next_button.setEnabled(view.position < view.count - 1)
        self._update_check(view)
        self._render_progress()

    def _render_progress(self) -> None:
        session = self.session
        if session is None:
            return
        progress = session.progress()
        self.progress_label.setText(
            self.tr("%1 answered · %2 unanswered · %3 flagged")
            .replace("%1", str(progress.answered))
            .replace("%2", str(progress.unanswered))
            .replace("%3", str(progress.flagged))
        )
        if self.review_dialog is not None:  # the grid's model is refreshed only while someone looks at it
            self.status_model.set_statuses(session.statuses())
            self.review_dialog.refresh()

    # ----- actions --------------------------------------------------------------------------------

    def _answer(self, answer: object) -> None:
        session = self.session
        if session is None:
            return
        change = self._guard(lambda: session.answer(self.position, answer))  # type: ignore[arg-type]
        if change is not None:
            self._update_check(session.view(self.position))
            self._render_progress()
            if session.view(self.position).type == "ordering":
                self.render()

    def _update_check(self, view: ItemView) -> None:
        session = self.session
        ready = session is not None and session.instant_feedback and not session.submitted
        self.check_button.setEnabled(ready and view.answered and not view.checked)

    def _strike(self, option_index: int) -> None:
        session = self.session
        if session is not None and self._guard(lambda: session.toggle_strike(self.position, option_index)):
            self.render()

    def _show_hint(self, text: str) -> None:
        self.panel.show_hint(text)

    def toggle_flag(self) -> None:
        session = self.session
        if session is not None and self._guard(lambda: session.toggle_flag(self.position)):
            self.render()

    def check_answer(self) -> None:
        session = self.session
        if session is None or not session.instant_feedback:
            return
        if self._guard(lambda: session.check(self.position)) is not None:
            self.render()

    def toggle_pause(self) -> None:
        session = self.session
        if session is None or session.mode != "practice" or session.timer.limit_s is None:
            return
        self._guard(session.resume if session.paused else session.pause)
        self._update_pause()
        self.tick()

    def _update_pause(self) -> None:
        session = self.session
        paused = bool(session and session.paused)
        self.pause_button.setText(self.tr("▶ Resume") if paused else self.tr("⏸ Pause"))
        self.panel.setVisible(not paused)

    def open_review(self) -> None:
        if self.session is None:
            return
        self.status_model.set_statuses(self.session.statuses())
        dialog = ReviewDialog(self.status_model, self)
        dialog.jump.connect(self.go)
        dialog.submit_requested.connect(self.ask_submit)
        dialog.finished.connect(lambda _: setattr(self, "review_dialog", None))
        self.review_dialog = dialog
        dialog.open()

    def ask_submit(self) -> None:
        session = self.session
        if session is None or session.submitted or self.submit_dialog is not None:
            return
        dialog = SubmitDialog(session.progress(), self)
        dialog.accepted.connect(self.submit)
        dialog.finished.connect(lambda _: setattr(self, "submit_dialog", None))
        self.submit_dialog = dialog
        dialog.open()

    def submit(self) -> None:
        session = self.session
        if session is None or session.submitted:
            return
        result = self._guard(session.submit)
        if isinstance(result, ExamResult):
            self._finish(result)

    def _finish(self, result: ExamResult) -> None:
        self.timer.stop()
        self.session = None
        self.finished.emit(result)

    # ----- clock ----------------------------------------------------------------------------------

    def tick(self) -> None:
        session = self.session
        if session is None:
            return
        state = self._guard(session.tick)
        if not isinstance(state, ClockState):
            return
        if state.result is not None:
            self.announce.emit(self.tr("Time is up: the exam was submitted with the answers you gave."))
            self._finish(state.result)
            return
        self._update_pause()
        if state.remaining_s is None:
            self.clock_label.setText(self.tr("Untimed · %1").replace("%1", format_clock(state.elapsed_s)))
            self.clock_label.setStyleSheet("")
            return
        self.clock_label.setText(format_clock(state.remaining_s))
        if state.level != self._level:
            self._level_changed(state.level, self._level is None)
            self._level = state.level

    def _level_changed(self, level: TimeLevel, first: bool) -> None:
        if level is TimeLevel.AMBER:
            colour = status_colour("amber", self).name()
            message = self.tr("15 minutes left.")
        elif level is TimeLevel.RED:
            colour = status_colour("bad", self).name()
            message = self.tr("5 minutes left.")
        else:
            self.clock_label.setStyleSheet("")
            return
        self.clock_label.setStyleSheet(f"color: {colour};")
        self.alert.setText(message)
        self.alert.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.alert.setVisible(True)
        if not first or level is TimeLevel.RED:
            self.announce.emit(message)
