"""Home's coach panel: am I ready, how each domain stands, and the one next step (a button away)."""

from __future__ import annotations

from simulator.analytics import Readiness
from simulator.blueprint import Blueprint
from simulator.coach import Action, Advice, Coaching, Reason
from simulator.states import Mode
from simulator.views import AttemptSummary
from ui.keyboard import PushButton
from ui.plain import plain_label, plain_tip
from ui.qt import QFrame, QHBoxLayout, QProgressBar, QVBoxLayout, QWidget, Signal
from ui.theme import set_text_role

PRACTICE_TASK_ITEMS = 10  # a short set on one task statement, with instant feedback


class CoachPanel(QFrame):
    """Readiness with its range, the per-domain strip, the recommendation and the facts below it."""

    action_requested = Signal(object)  # the Advice to carry out

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.coaching: Coaching | None = None
        self.readiness = plain_label()
        set_text_role(self.readiness, "heading")
        self.strip = QHBoxLayout()
        self.bars: list[QProgressBar] = []
        self.advice = plain_label()
        self.action_button = PushButton()
        self.action_button.clicked.connect(self._act)
        self.facts = plain_label()
        advice_row = QHBoxLayout()
        advice_row.addWidget(self.advice, 1)
        advice_row.addWidget(self.action_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.readiness)
        layout.addLayout(self.strip)
        layout.addLayout(advice_row)
        layout.addWidget(self.facts)
        self.setVisible(False)

    def show_coaching(
        self, coaching: Coaching, blueprint: Blueprint, language: str, unfinished: list[AttemptSummary]
    ) -> None:
        self.coaching = coaching
        self.readiness.setText(self._readiness_text(coaching.readiness))
        self._show_strip(coaching, blueprint, language)
        self.advice.setText(self._advice_text(coaching.advice, blueprint, language, unfinished))
        resume = coaching.advice.action == Action.RESUME
        self.action_button.setText(self.tr("&Resume") if resume else self.tr("S&tart"))
        self.action_button.setAccessibleName(self.tr("Start the recommended next step"))
        self.action_button.setAccessibleDescription(self.advice.text())
        self.facts.setText(self._facts_text(coaching))
        self.setAccessibleName(self.tr("Your study coach"))
        self.setVisible(True)

    def _readiness_text(self, readiness: Readiness | None) -> str:
        if readiness is None:
            return self.tr("No estimate yet: your own answers build it (a full exam gives the best start).")
        text = self.tr("Estimated score %1 (likely %2–%3) · %4 % chance of reaching 700")
        for marker, value in (
            ("%1", readiness.scaled),
            ("%2", readiness.scaled_low),
            ("%3", readiness.scaled_high),
            ("%4", round(readiness.pass_probability * 100)),
        ):
            text = text.replace(marker, str(value))
        return text

    def _show_strip(self, coaching: Coaching, blueprint: Blueprint, language: str) -> None:
        while self.strip.count():
            item = self.strip.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.bars = []
        titles = {d.id: d.title(language) for d in blueprint.domains}
        for domain in coaching.domains:
            percent = round(domain.mastery * 100)
            # The figure is always written beside the bar: colour and length alone never carry the level.
            label = plain_label(
                self.tr("D%1: %2 %").replace("%1", str(domain.domain)).replace("%2", str(percent)), wrap=False
            )
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setValue(percent)
            bar.setTextVisible(False)
            bar.setMaximumHeight(label.sizeHint().height() // 2 + 2)
            name = self.tr("Domain %1, %2: mastery %3 %").replace("%1", str(domain.domain))
            bar.setAccessibleName(name.replace("%2", titles.get(domain.domain, "")).replace("%3", str(percent)))
            tip = plain_tip(titles.get(domain.domain, ""))  # blueprint titles are data: shown literally
            bar.setToolTip(tip)
            label.setToolTip(tip)
            self.strip.addWidget(label)
            self.strip.addWidget(bar, 1)
            self.bars.append(bar)

    def _advice_text(
        self, advice: Advice, blueprint: Blueprint, language: str, unfinished: list[AttemptSummary]
    ) -> str:
        if advice.action == Action.RESUME:
            attempt = next((a for a in unfinished if a.id == advice.attempt_id), None)
            kind = self.tr("full exam") if attempt is not None and attempt.mode == Mode.FULL else self.tr("practice")
            return self.tr("Next: resume your unfinished %1.").replace("%1", kind)
        if advice.action == Action.FIRST_EXAM:
            return self.tr("Next: a first full exam, to give every domain and task statement a starting point.")
        if advice.action == Action.FULL_EXAM and advice.reason == Reason.EXAM_SOON:
            days = self.coaching.days_to_exam if self.coaching is not None else 0
            return self.tr(
                "Next: your exam is %n day(s) away, so sit a full exam under real conditions.", "", days or 0
            )
        if advice.action == Action.FULL_EXAM:
            return self.tr("Next: you look ready, so check it with a full exam under real conditions.")
        if advice.action == Action.DRILL:
            return self.tr("Next: %n missed item(s) are due again: a weak-area drill.", "", advice.due)
        task = next((t for t in blueprint.tasks if t.id == advice.task), None)
        title = task.title(language) if task is not None else ""
        text = self.tr("Next: %1 items on your weakest task statement, %2 %3, with instant feedback.")
        return text.replace("%1", str(PRACTICE_TASK_ITEMS)).replace("%2", advice.task or "").replace("%3", title)

    def _facts_text(self, coaching: Coaching) -> str:
        parts = []
        if coaching.days_to_exam is not None and coaching.days_to_exam >= 0:
            parts.append(self.tr("Exam in %n day(s)", "", coaching.days_to_exam))
        parts.append(self.tr("%n item(s) due today", "", coaching.due_today))
        parts.append(self.tr("Study streak: %n day(s)", "", coaching.streak_days))
        return " · ".join(parts)

    def _act(self) -> None:
        if self.coaching is not None:
            self.action_requested.emit(self.coaching.advice)
