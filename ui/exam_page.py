"""The exam screen, laid out like the test room: item number, "Time remaining" at a fixed place and the flag
in the header; the item; Previous / Next (keys on the buttons), the review screen and submit below."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from simulator.errors import SimulacroError, StorageError
from simulator.states import Mode
from simulator.timer import AMBER_AT_S, RED_AT_S, TimeLevel
from simulator.views import ClockState, ExamResult, ItemView
from ui.dialogs import ReviewDialog, SubmitDialog
from ui.error_text import error_text
from ui.item_panel import ItemPanel
from ui.item_views import LETTERS, ItemWidget
from ui.keyboard import PushButton, announce_to_screen_reader, chain
from ui.models import ItemStatusModel
from ui.ops import OpRunner
from ui.plain import plain_label
from ui.qt import (
    QFrame,
    QHBoxLayout,
    QKeySequence,
    QShortcut,
    QSizePolicy,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.shortcuts import keys, with_keys
from ui.theme import ICON_SIZE, icon, page_margins, set_icon, set_text_role, status_colour

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

    def __init__(self, parent: QWidget | None = None, ops: OpRunner | None = None) -> None:
        super().__init__(parent)
        self.session: ExamSession | None = None
        # Submit writes every item's result in one transaction: it runs here, off the UI thread.
        self.ops = ops if ops is not None else OpRunner(self)
        self.submitting = False
        self.position = 0
        self._level: TimeLevel | None = None
        self.status_model = ItemStatusModel(self)
        self.review_dialog: ReviewDialog | None = None
        self.submit_dialog: SubmitDialog | None = None
        self.domain_titles: dict[str, str] = {}
        self.walk: list[int] | None = None  # the items a review walk goes through
        self.walk_name = ""
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
        set_text_role(self.position_label, "body", bold=True)
        self.task_label = plain_label()
        self.clock_caption = plain_label(wrap=False)
        self.clock_label = plain_label(wrap=False)
        self.clock_label.setObjectName("clock")
        set_text_role(self.clock_label, "heading")
        # Fixed width, right-aligned digits: nothing beside the clock moves it (flag, pause, 9:59 -> 10:00).
        self.clock_label.setMinimumWidth(self.clock_label.fontMetrics().horizontalAdvance("Untimed · 00:00:00"))
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.clock_caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.pause_button = PushButton()
        self.flag_button = PushButton()
        self.flag_button.setCheckable(True)
        header = QHBoxLayout()
        header.addWidget(self.position_label)
        header.addSpacing(16)
        header.addStretch(1)  # the task (practice) has its own row below: the header fits a 1024-pixel screen
        header.addWidget(self.clock_caption)
        header.addWidget(self.clock_label)
        header.addSpacing(8)
        header.addWidget(self.pause_button)
        header.addWidget(self.flag_button)

        self.walk_label = plain_label()
        self.walk_label.setVisible(False)
        self.end_walk_button = PushButton()
        self.end_walk_button.setVisible(False)
        self.end_walk_button.clicked.connect(self.end_walk)
        walk_row = QHBoxLayout()
        walk_row.addWidget(self.walk_label, 1)
        walk_row.addWidget(self.end_walk_button)

        self.paused_label = plain_label()
        self.paused_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_text_role(self.paused_label, "display")
        self.paused_label.setVisible(False)

        self.alert = plain_label()
        self.alert.setVisible(False)

        self.panel = ItemPanel()
        self.panel.answer_changed.connect(self._answer)
        self.panel.draft_changed.connect(self._draft)
        self.panel.highlight_requested.connect(self._highlight)
        self.panel.strike_requested.connect(self._strike)
        self.panel.hint.connect(self.announce)
        # Short names for what the shortcuts and tests reach into.
        self.choice_view = self.panel.choice_view
        self.matching_view = self.panel.matching_view
        self.ordering_view = self.panel.ordering_view
        self.hint_label = self.panel.hint_label
        self.feedback = self.panel.feedback
        self.views = self.panel.views

        self.previous_button = PushButton()
        self.next_button = PushButton()
        self.review_button = PushButton()
        self.check_button = PushButton()
        self.submit_button = PushButton()
        self.progress_label = plain_label()  # wraps on a narrow window rather than being cut
        # The progress has its own line above the buttons: with the keys on every button (as in the test room)
        # the row of buttons alone fills a 1024-pixel screen.
        footer = QHBoxLayout()
        footer.addWidget(self.previous_button)
        footer.addWidget(self.next_button)
        footer.addStretch(1)
        footer.addWidget(self.check_button)
        footer.addWidget(self.review_button)
        footer.addWidget(self.submit_button)

        layout = QVBoxLayout(self)
        page_margins(layout)
        layout.addLayout(header)
        layout.addWidget(self.task_label)
        layout.addWidget(self.alert)
        layout.addLayout(walk_row)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.paused_label, 1)
        layout.addWidget(self.progress_label)
        layout.addLayout(footer)
        for button in (self.previous_button, self.next_button, self.review_button, self.submit_button):
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.flag_button.clicked.connect(self.toggle_flag)
        self.review_button.clicked.connect(self.open_review)
        self.submit_button.clicked.connect(self.ask_submit)
        self.check_button.clicked.connect(self.check_answer)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.setTabOrder(self.previous_button, self.next_button)

    def retranslate(self) -> None:
        self.alert.setAccessibleName(self.tr("Warning"))
        # The keys are on the buttons, as in the test room.
        self.previous_button.setText(with_keys(self.tr("Previous"), "previous"))
        set_icon(self.previous_button, "chevron-left")
        self.previous_button.setToolTip(with_keys(self.tr("Previous item"), "previous"))
        self.previous_button.setAccessibleName(self.tr("Previous item"))
        self.next_button.setText(with_keys(self.tr("Next"), "next"))
        set_icon(self.next_button, "chevron-right", trailing=True)
        self.next_button.setToolTip(with_keys(self.tr("Next item"), "next"))
        self.next_button.setAccessibleName(self.tr("Next item"))
        self.review_button.setText(with_keys(self.tr("Review screen"), "review"))
        set_icon(self.review_button, "layout-grid")
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
        self.paused_label.setText(self.tr("Paused") + "\n\n" + self.tr("The item is hidden. Resume to go on."))
        self.paused_label.setAccessibleName(self.tr("Paused"))
        self.end_walk_button.setText(self.tr("Back to the review screen"))
        self.end_walk_button.setAccessibleName(self.tr("Back to the review screen"))
        flagged, unflagged = self.tr("Flagged"), self.tr("Flag for review")
        metrics = self.flag_button.fontMetrics()
        width = max(metrics.horizontalAdvance(with_keys(text, "flag")) for text in (flagged, unflagged))
        # One width for both texts (and the icon): the header never shifts.
        self.flag_button.setMinimumWidth(width + ICON_SIZE + 40)
        if self.session is not None:
            self.show_item()

    def _install_shortcuts(self) -> None:
        def add(sequence: str, handler: Callable[[], None]) -> None:
            shortcut = QShortcut(QKeySequence(sequence), self)
            # Window-wide, so focus on any control counts; a hidden page's shortcuts never fire.
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(handler)
            self._shortcuts.append(shortcut)

        # Options answer to their letter (A-J) and number (1-9); Alt+ either strikes. Only on choice items:
        # a matching item's drop-downs keep their letters for type-ahead.
        self._choice_shortcuts: list[QShortcut] = []
        for number in range(1, 10):
            add(str(number), partial(self._pick_number, number))
            add(f"Alt+{number}", partial(self._strike_number, number))
            add(LETTERS[number - 1], partial(self._pick_number, number))
            add(f"Alt+{LETTERS[number - 1]}", partial(self._strike_number, number))
        self._choice_shortcuts = list(self._shortcuts)
        add(keys("next"), lambda: self.step(1))
        add(keys("previous"), lambda: self.step(-1))
        add(keys("flag"), self.toggle_flag)
        add(keys("review"), self.open_review)
        add(keys("submit"), self.ask_submit)
        add("Ctrl+Enter", self.ask_submit)
        add(keys("check"), self.check_answer)
        add(keys("pause"), self.toggle_pause)
        # Alt+Up / Alt+Down belong to the ordering list itself (OrderingView): elsewhere Alt+Down opens a drop-down.
        add(keys("highlight"), self.panel.toggle_highlight)

    # ----- session --------------------------------------------------------------------------------

    def open_session(self, session: ExamSession, domain_titles: dict[str, str]) -> None:
        self.session = session
        self.domain_titles = domain_titles
        self._level = None
        self.walk = None
        self._update_walk()
        self.alert.setVisible(False)
        practice = session.mode == Mode.PRACTICE
        self.pause_button.setVisible(practice and session.timer.limit_s is not None)
        self.check_button.setVisible(practice and session.instant_feedback)
        self.panel.partial_credit = practice
        self.panel.enable_highlighting(True)
        self.clock_caption.setText(
            self.tr("Time remaining") if session.timer.limit_s is not None else self.tr("Time used")
        )
        self.submit_button.setText(self.tr("Submit…") if not practice else self.tr("Finish…"))
        self.go(session.current, force=True)
        self.tick()
        if self.session is not None:
            self.timer.start()
            self.focus_start()

    def close_session(self) -> None:
        self.timer.stop()
        self.walk = None
        session = self.session
        if session is not None and not session.submitted and not session.read_only and not self.submitting:
            self._guard(session.save_clock)
            self._guard(session.close)  # another window may take the attempt over at once
        self.session = None

    def _guard(self, call: Callable[[], object]) -> object | None:
        """Run an engine call; the app's own errors become a message. Anything else is a bug: it propagates
        (to the log, and it fails the tests) instead of being dressed up as a storage problem."""
        try:
            return call()
        except StorageError as exc:  # not saved: the candidate must know, not just see a hint
            self.failed.emit(self.tr("Your last change could not be saved: %1").replace("%1", error_text(exc)))
            return None
        except SimulacroError as exc:
            self._show_hint(error_text(exc))
            return None

    def _current_view(self) -> ItemWidget:
        return self.panel.current

    def _pick_number(self, number: int) -> None:
        self._current_view().pick(number)

    def _strike_number(self, number: int) -> None:
        self._current_view().strike_number(number)

    def step(self, delta: int) -> None:
        """Next / Previous: through every item, or only those of the review being walked."""
        if self.walk:
            here = self.walk.index(self.position) if self.position in self.walk else -1
            target = here + delta
            if 0 <= target < len(self.walk):
                self.go(self.walk[target])
            return
        self.go(self.position + delta)

    def start_walk(self, positions: list[int], label: str) -> None:
        """Review all, incomplete or flagged items: Next and Previous walk just those, in order."""
        if not positions or self.session is None:
            return
        self.walk = positions
        self.walk_name = label
        self.go(positions[0], force=True)
        self._update_walk()

    def end_walk(self) -> None:
        self.walk = None
        self._update_walk()
        self.show_item()
        self.open_review()

    def _update_walk(self) -> None:
        walking = bool(self.walk) and self.session is not None
        self.walk_label.setVisible(walking)
        self.end_walk_button.setVisible(walking)
        if walking and self.walk is not None:
            here = self.walk.index(self.position) + 1 if self.position in self.walk else 0
            self.walk_label.setText(
                self.tr("Reviewing %1: %2 of %3")
                .replace("%1", self.walk_name)
                .replace("%2", str(here))
                .replace("%3", str(len(self.walk)))
            )

    def go(self, position: int, force: bool = False) -> None:
        session = self.session
        if session is None or not 0 <= position < session.count or (position == self.position and not force):
            return
        if session.paused:
            return
        view = self._guard(lambda: session.go_to(position))
        if isinstance(view, ItemView):
            self.position = position
            self._show_hint("")
            self.show_item(view)
            self.panel.scroll_to_top()
            self._update_walk()
            if self.isVisible():
                self.focus_start()

    def show_item(self, view: ItemView | None = None) -> None:
        session = self.session
        if session is None:
            return
        view = view or session.view(self.position)
        self.position_label.setText(
            self.tr("Item %1 of %2").replace("%1", str(view.position + 1)).replace("%2", str(view.count))
        )
        if session.mode == Mode.PRACTICE:
            title = self.domain_titles.get(view.task, "")
            self.task_label.setText(self.tr("Task %1 · %2").replace("%1", view.task).replace("%2", title))
        else:
            self.task_label.setText("")
        self.flag_button.setChecked(view.flagged)
        self.flag_button.setText(with_keys(self.tr("Flagged") if view.flagged else self.tr("Flag for review"), "flag"))
        set_icon(self.flag_button, "flag" if view.flagged else "flag-off", "flagged" if view.flagged else None)
        self.panel.show_item(view)
        if self.walk and view.position in self.walk:
            self.previous_button.setEnabled(self.walk.index(view.position) > 0)
            self.next_button.setEnabled(self.walk.index(view.position) < len(self.walk) - 1)
        else:
            self.previous_button.setEnabled(view.position > 0)
            self.next_button.setEnabled(view.position < view.count - 1)
        self._update_check(view)
        self._render_progress()
        for shortcut in self._choice_shortcuts:
            shortcut.setEnabled(view.type in ("single", "multiple"))
        # The answer first, then moving on, then the header: Tab from an option reaches "Next" quickly.
        chain(
            [
                *self.panel.focus_widgets(),
                self.check_button,
                self.previous_button,
                self.next_button,
                self.review_button,
                self.submit_button,
                self.flag_button,
                self.pause_button,
            ]
        )

    def focus_start(self) -> bool:
        """Focus on the item's first option (or, when none takes focus, the Next button)."""
        for widget in [*self.panel.current.focus_widgets(), self.next_button, self.review_button]:
            if widget.isVisible() and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def _render_progress(self) -> None:
        session = self.session
        if session is None:
            return
        progress = session.progress()
        self.progress_label.setText(
            self.tr("Answered: %1 · Incomplete: %2 · Unanswered: %3 · Flagged: %4")
            .replace("%1", str(progress.answered))
            .replace("%2", str(progress.incomplete))
            .replace("%3", str(progress.unanswered))
            .replace("%4", str(progress.flagged))
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
            self._show_hint("")  # a refusal about the previous answer no longer applies
            self._update_check(session.view(self.position))
            self._render_progress()
            if session.view(self.position).type == "ordering":
                self.show_item()

    def _draft(self, order: object) -> None:
        """Ordering: the order being built is kept; the item stays incomplete until it is confirmed."""
        session = self.session
        if session is not None and self._guard(lambda: session.arrange(self.position, order)) is not None:  # type: ignore[arg-type]
            self._render_progress()

    def _highlight(self, start: int, end: int) -> None:
        session = self.session
        if session is None:
            return
        marks = self._guard(lambda: session.toggle_highlight(self.position, start, end))
        if isinstance(marks, tuple):
            self.panel.stem.set_highlights(marks)

    def _update_check(self, view: ItemView) -> None:
        session = self.session
        ready = session is not None and session.instant_feedback and not session.submitted
        # Enabled once there is something to check; a part answer is refused with what is missing.
        self.check_button.setEnabled(ready and view.state != "unanswered" and not view.checked)

    def _strike(self, option_index: int) -> None:
        session = self.session
        if session is not None and self._guard(lambda: session.toggle_strike(self.position, option_index)):
            self.show_item()

    def _show_hint(self, text: str) -> None:
        self.panel.show_hint(text)

    def toggle_flag(self) -> None:
        session = self.session
        if session is not None and self._guard(lambda: session.toggle_flag(self.position)):
            self.show_item()

    def check_answer(self) -> None:
        session = self.session
        if session is None or not session.instant_feedback:
            return
        view = session.view(self.position)
        if view.state != "answered" and not view.checked:
            self._show_hint(self.missing_text(view))
            return
        if self._guard(lambda: session.check(self.position)) is not None:
            self.show_item()

    def missing_text(self, view: ItemView) -> str:
        """What a part answer still lacks, for "Check answer"."""
        if view.type == "multiple":
            return self.tr("Choose %n more option(s): this item asks for %1.", "", view.missing).replace(
                "%1", str(view.choose)
            )
        if view.type == "matching":
            return self.tr("Pair %n more prompt(s): every prompt needs a response.", "", view.missing)
        if view.type == "ordering":
            return self.tr("Confirm the order of the steps first.")
        return self.tr("Choose an option first.")

    def toggle_pause(self) -> None:
        session = self.session
        if session is None or session.mode != Mode.PRACTICE or session.timer.limit_s is None:
            return
        self._guard(session.resume if session.paused else session.pause)
        self._update_pause()
        self.tick()

    def _update_pause(self) -> None:
        session = self.session
        paused = bool(session and session.paused)
        self.pause_button.setText(with_keys(self.tr("Resume") if paused else self.tr("Pause"), "pause"))
        wanted = icon("play" if paused else "pause")
        if wanted.cacheKey() != self.pause_button.icon().cacheKey():  # the clock calls this four times a second
            set_icon(self.pause_button, "play" if paused else "pause")
        if paused == self.paused_label.isVisible():
            return
        # Paused: the item is hidden and nothing but Resume works, so the pause cannot be used to read ahead.
        self.panel.setVisible(not paused)
        self.paused_label.setVisible(paused)
        for button in (
            self.previous_button,
            self.next_button,
            self.review_button,
            self.check_button,
            self.flag_button,
            self.submit_button,
        ):
            button.setEnabled(not paused)
        if paused:
            self.clock_caption.setText(self.tr("Paused"))
            self.pause_button.setFocus()
        elif session is not None:
            self.clock_caption.setText(self.tr("Time remaining"))
            self.show_item()

    def open_review(self) -> None:
        if self.session is None or self.session.paused or self.review_dialog is not None:
            return
        self.status_model.set_statuses(self.session.statuses())
        dialog = ReviewDialog(
            self.status_model, self, practice=self.session.mode == Mode.PRACTICE, current=self.position
        )
        dialog.jump.connect(self._jump_from_review)
        dialog.walk.connect(self.start_walk)
        dialog.submit_requested.connect(self.ask_submit)
        dialog.finished.connect(lambda _: setattr(self, "review_dialog", None))
        self.review_dialog = dialog
        dialog.open()

    def _jump_from_review(self, position: int) -> None:
        self.walk = None
        self._update_walk()
        self.go(position, force=True)

    def ask_submit(self) -> None:
        session = self.session
        if session is None or session.submitted or self.submit_dialog is not None or session.paused:
            return
        dialog = SubmitDialog(session.progress(), session.statuses(), self, practice=session.mode == Mode.PRACTICE)
        dialog.accepted.connect(self.submit)
        dialog.review_requested.connect(self.open_review)
        dialog.finished.connect(lambda _: setattr(self, "submit_dialog", None))
        self.submit_dialog = dialog
        dialog.open()

    def submit(self) -> None:
        self._submit(expired=False)

    def _submit(self, *, expired: bool) -> None:
        """Score and seal the attempt on the op runner; the page waits, greyed out, for the outcome."""
        session = self.session
        if session is None or session.submitted or self.submitting:
            return
        self.submitting = True
        self.timer.stop()
        self.setEnabled(False)  # nothing may change the attempt while it is being sealed
        self.ops.submit(lambda: session.submit(expired=expired), self._submitted, self._submit_failed)

    def _submitted(self, result: ExamResult) -> None:
        self.submitting = False
        self.setEnabled(True)
        if result.expired:
            self.announce.emit(self.tr("Time is up: the exam was submitted with the answers you gave."))
        self._finish(result)

    def _submit_failed(self, error: BaseException) -> None:
        self.submitting = False
        self.setEnabled(True)
        if not isinstance(error, SimulacroError):
            raise error  # a bug, not a state of the world: let it reach the log (and fail the tests)
        self.failed.emit(self.tr("Your last change could not be saved: %1").replace("%1", error_text(error)))
        if self.session is not None:
            self.timer.start()

    def _finish(self, result: ExamResult) -> None:
        self.timer.stop()
        self.session = None
        self.finished.emit(result)

    # ----- clock ----------------------------------------------------------------------------------

    def tick(self) -> None:
        session = self.session
        if session is None or self.submitting:
            return
        if not session.submitted and not session.read_only and session.timer.expired():
            self._submit(expired=True)  # on the op runner, like the candidate's own submit
            return
        state = self._guard(session.tick)
        if not isinstance(state, ClockState):
            return
        if state.result is not None:
            if session.expired_while_away:
                message = self.tr(
                    "The exam's time ran out while it was closed: it was submitted with the answers you had given."
                )
            elif session.mode == Mode.PRACTICE:
                message = self.tr("Time is up: the practice was finished with the answers you gave.")
            else:
                message = self.tr("Time is up: the exam was submitted with the answers you gave.")
            self.announce.emit(message)
            self._finish(state.result)
            return
        self._update_pause()
        if state.remaining_s is None:
            self.clock_label.setText(self.tr("Untimed · %1").replace("%1", format_clock(state.elapsed_s)))
            self.clock_label.setStyleSheet("")
            return
        self.clock_label.setText(format_clock(state.remaining_s))
        if state.paused:
            return
        if state.level != self._level:
            self._level_changed(state.level, self._level is None)
            self._level = state.level

    def _threshold_minutes(self, level: TimeLevel) -> int:
        """The minutes a warning names: 15 and 5 in a full exam, 25 % and 10 % of a shorter set."""
        limit = self.session.timer.limit_s if self.session is not None else None
        if limit is not None and limit < 4 * AMBER_AT_S:
            share = 0.25 if level is TimeLevel.AMBER else 0.10
            return max(1, int(limit * share / 60 + 0.5))
        return (AMBER_AT_S if level is TimeLevel.AMBER else RED_AT_S) // 60

    def _level_changed(self, level: TimeLevel, first: bool) -> None:
        if level is TimeLevel.AMBER:
            colour = status_colour("amber", self).name()
        elif level is TimeLevel.RED:
            colour = status_colour("bad", self).name()
        else:
            # No warning applies (any more): none is shown.
            self.clock_label.setStyleSheet("")
            self.alert.setVisible(False)
            return
        message = self.tr("Less than %n minute(s) left.", "", self._threshold_minutes(level))
        self.clock_label.setStyleSheet(f"color: {colour};")
        self.alert.setText(message)
        self.alert.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.alert.setVisible(True)
        if not first or level is TimeLevel.RED:
            self.announce.emit(message)
            announce_to_screen_reader(self.alert, message)
