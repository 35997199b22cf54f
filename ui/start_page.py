"""The start screen: the rules of the sitting before it begins (the full exam's, or a short one for practice)."""

from __future__ import annotations

import math

from simulator.assembly import FullSpec, PracticeSpec
from simulator.blueprint import Blueprint
from ui.keyboard import PushButton
from ui.plain import plain_label
from ui.qt import QHBoxLayout, QKeySequence, QShortcut, Qt, QVBoxLayout, QWidget, Signal
from ui.shortcuts import with_native_keys
from ui.theme import page_margins, set_text_role


class StartPage(QWidget):
    """Shows the rules; "Start the exam" begins it (the default button), Esc or "Back" returns home."""

    begin = Signal(object)  # the FullSpec or PracticeSpec to start
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec: FullSpec | PracticeSpec | None = None
        self.blueprint: Blueprint | None = None
        self.title = plain_label(wrap=False)
        set_text_role(self.title, "title")
        self.rules = plain_label()
        self.rules.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.rules.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.start_button = PushButton()
        self.start_button.setDefault(True)
        self.start_button.setAutoDefault(True)
        self.back_button = PushButton()
        self.back_button.setAutoDefault(True)
        self.start_button.clicked.connect(self._begin)
        self.back_button.clicked.connect(self.back)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        column = QVBoxLayout()
        column.addWidget(self.title)
        column.addSpacing(12)
        column.addWidget(self.rules)
        column.addStretch(1)
        column.addLayout(buttons)
        box = QWidget()
        box.setLayout(column)
        box.setMaximumWidth(900)
        layout = QHBoxLayout(self)
        page_margins(layout)
        layout.addStretch(1)
        layout.addWidget(box, 4)
        layout.addStretch(1)
        self.setTabOrder(self.start_button, self.back_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back (Esc)"))
        self.back_button.setAccessibleName(self.tr("Back to home"))
        self.rules.setAccessibleName(self.tr("Rules"))
        if self.spec is not None and self.blueprint is not None:
            self.show_rules(self.spec, self.blueprint)

    def show_rules(self, spec: FullSpec | PracticeSpec, blueprint: Blueprint) -> None:
        self.spec, self.blueprint = spec, blueprint
        if isinstance(spec, FullSpec):
            self.title.setText(self.tr("Before you start: the rules of the exam"))
            self.rules.setText(self.full_rules(spec, blueprint))
            self.start_button.setText(self.tr("Start the exam"))
        else:
            self.title.setText(self.tr("Before you start: this practice"))
            self.rules.setText(self.practice_rules(spec, blueprint))
            self.start_button.setText(self.tr("Start the practice"))
        self.start_button.setAccessibleName(self.start_button.text())
        self.start_button.setFocus()

    def full_rules(self, spec: FullSpec, blueprint: Blueprint) -> str:
        minutes = blueprint.minutes + (blueprint.accommodation_minutes if spec.accommodation else 0)
        scored = blueprint.items_total - blueprint.items_unscored
        lines = [
            self.tr("• %1 items: %2 are scored and %3 are unscored; you cannot tell which.")
            .replace("%1", str(blueprint.items_total))
            .replace("%2", str(scored))
            .replace("%3", str(blueprint.items_unscored)),
            self.tr(
                "• %1 minutes (%2, or %3 with the accommodation for candidates whose first language is not "
                "English: +%4 minutes)."
            )
            .replace("%1", str(minutes))
            .replace("%2", str(blueprint.minutes))
            .replace("%3", str(blueprint.minutes + blueprint.accommodation_minutes))
            .replace("%4", str(blueprint.accommodation_minutes)),
            self.tr(
                "• No pause. The clock keeps running if you close Simulacro or go to Home, as in the real test; "
                "when it reaches zero the exam is submitted with the answers given."
            ),
            self.tr(
                "• Each item is scored all or nothing: choose exactly the options it asks for, pair every prompt, "
                "confirm the order of the steps. A part answer is incomplete and gets no credit. Guessing costs "
                "nothing."
            ),
            self.tr("• Result: a scaled score from %1 to %2; %3 passes. Simulacro's scaled score is an estimate.")
            .replace("%1", str(blueprint.scale_min))
            .replace("%2", str(blueprint.scale_max))
            .replace("%3", str(blueprint.scale_pass)),
            self.tr(
                "• You may flag items for review, strike out options you rule out and highlight words of the "
                "question. The review screen shows every item as unseen, incomplete or answered, and flagged."
            ),
            with_native_keys(
                self.tr(
                    "• Keys: %1 next, %2 previous, %3 flag, %4 review screen, %5 or %6 choose, %7 strike out, "
                    "%8 highlight, %9 submit. %10 lists every key."
                ),
                *("next", "previous", "flag", "review", "pick_letter", "pick", "strike_letter", "highlight"),
                *("submit", "help"),
            ),
        ]
        return "\n\n".join(lines)

    def practice_rules(self, spec: PracticeSpec, blueprint: Blueprint) -> str:
        lines = [self.tr("• %n item(s) from the task statements you chose.", "", spec.count)]
        if spec.timed:
            minutes = max(1, spec.minutes or math.ceil(spec.count * blueprint.minutes / blueprint.items_total))
            lines.append(
                with_native_keys(
                    self.tr(
                        "• Timed: about %2 minutes, the real exam's pace. You may pause (%1); the clock stops "
                        "while Simulacro is closed."
                    ),
                    "pause",
                ).replace("%2", str(minutes))
            )
        else:
            lines.append(self.tr("• Untimed: the clock only counts the time used."))
        if spec.instant_feedback:
            lines.append(
                with_native_keys(
                    self.tr("• Check each answer (%1) once it is complete: right or wrong, with every reason."),
                    "check",
                )
            )
        lines.append(
            self.tr("• Under 30 scored items the result is the share right per task, with no pass or fail estimate.")
        )
        lines.append(
            with_native_keys(
                self.tr("• Keys: %1 next, %2 previous, %3 flag, %4 or %5 choose. %6 lists every key."),
                *("next", "previous", "flag", "pick_letter", "pick", "help"),
            )
        )
        return "\n\n".join(lines)

    def _begin(self) -> None:
        if self.spec is not None:
            self.begin.emit(self.spec)
