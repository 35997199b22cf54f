"""The results screen: pass/fail estimate, scores, time used, and bars per domain and task statement."""

from __future__ import annotations

from simulator.blueprint import Blueprint
from simulator.scoring import meets_competencies, shows_estimate
from simulator.states import Mode
from simulator.views import ExamResult
from ui.keyboard import PushButton
from ui.models import DomainScoreModel, GroupScoreModel, PercentRole
from ui.plain import plain_label
from ui.qt import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QModelIndex,
    QPainter,
    QPersistentModelIndex,
    QStyledItemDelegate,
    Qt,
    QTableView,
    QtGui,
    QTimer,
    QtWidgets,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.theme import page_margins, set_text_role, status_colour


class BarDelegate(QStyledItemDelegate):
    """Draws the percentage column as a bar: green from 70 %, amber below, red under 50 %."""

    def paint(
        self, painter: QPainter, option: QtWidgets.QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        percent = index.data(PercentRole)
        if percent is None:
            super().paint(painter, option, index)
            return
        height = min(14, option.rect.height() - 6)
        rect = option.rect.adjusted(4, 0, -60, 0)
        rect.setTop(option.rect.center().y() - height // 2)
        rect.setHeight(height)
        kind = "ok" if percent >= 70 else ("amber" if percent >= 50 else "bad")
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(option.palette.color(option.palette.ColorRole.AlternateBase))
        painter.drawRoundedRect(rect, 3, 3)
        filled = rect.adjusted(0, 0, -int(rect.width() * (1 - percent / 100)), 0)
        painter.setBrush(status_colour(kind, option.widget))
        painter.drawRoundedRect(filled, 3, 3)
        painter.setPen(option.palette.color(option.palette.ColorRole.Text))
        text_rect = option.rect.adjusted(option.rect.width() - 56, 0, -4, 0)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(index.data()))
        painter.restore()


def score_table(model: GroupScoreModel, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setItemDelegateForColumn(2, BarDelegate(table))
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
    header.resizeSection(2, 220)
    if model.columnCount() > 3:
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setWordWrap(True)
    table.setAccessibleName(name)
    # Row heights depend on the wrapped title, so recompute them whenever the width changes.
    header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
    return table


class ResultsPage(QWidget):
    home_requested = Signal()
    review_requested = Signal(int)
    report_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: ExamResult | None = None
        self.blueprint: Blueprint | None = None
        self.language = "es"
        self.verdict = plain_label(wrap=False)
        set_text_role(self.verdict, "display")
        self.note = plain_label()
        self.figures = QGridLayout()
        self.scaled = plain_label(wrap=False)
        self.raw = plain_label(wrap=False)
        self.time = plain_label(wrap=False)
        self.partial = plain_label(wrap=False)
        self.away = plain_label(wrap=False)
        for row, label in enumerate((self.scaled, self.raw, self.time, self.partial, self.away)):
            label.setWordWrap(True)
            self.figures.addWidget(label, row, 0)
        self.domain_model = DomainScoreModel(self)
        self.task_model = GroupScoreModel(self)
        self.domain_box = QGroupBox()
        self.task_box = QGroupBox()
        self.domain_table = score_table(self.domain_model, "domains")
        self.task_table = score_table(self.task_model, "tasks")
        QVBoxLayout(self.domain_box).addWidget(self.domain_table)
        QVBoxLayout(self.task_box).addWidget(self.task_table)
        self.review_button = PushButton()
        self.report_button = PushButton()
        self.home_button = PushButton()
        self.review_button.clicked.connect(lambda: self.result and self.review_requested.emit(self.result.attempt_id))
        self.report_button.clicked.connect(lambda: self.result and self.report_requested.emit(self.result.attempt_id))
        self.home_button.clicked.connect(self.home_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        buttons.addWidget(self.home_button)
        tables = QHBoxLayout()
        tables.addWidget(self.domain_box, 2)
        tables.addWidget(self.task_box, 3)
        layout = QVBoxLayout(self)
        page_margins(layout)
        layout.addWidget(self.verdict)
        layout.addWidget(self.note)
        layout.addLayout(self.figures)
        layout.addLayout(tables, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.domain_box.setTitle(self.tr("By domain"))
        self.task_box.setTitle(self.tr("By task statement"))
        self.review_button.setText(self.tr("Review answers"))
        self.review_button.setAccessibleName(self.tr("Review answers"))
        self.report_button.setText(self.tr("PDF report…"))
        self.report_button.setAccessibleName(self.tr("PDF report"))
        self.home_button.setText(self.tr("Back to home"))
        self.home_button.setAccessibleName(self.tr("Back to home"))
        self.domain_table.setAccessibleName(self.tr("Scores by domain"))
        self.task_table.setAccessibleName(self.tr("Scores by task statement"))
        if self.result is not None and self.blueprint is not None:
            self.show_result(self.result, self.blueprint, self.language)

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        super().showEvent(event)
        # Wrapped titles need the final column widths, known only once the page is laid out.
        QTimer.singleShot(0, self.domain_table.resizeRowsToContents)
        QTimer.singleShot(0, self.task_table.resizeRowsToContents)

    def set_features(self, review: bool, report: bool) -> None:
        """Answer review and reports are separate features; their buttons say when they are not there yet."""
        self.review_button.setEnabled(review)
        self.report_button.setEnabled(report)
        soon = self.tr("Not available in this version yet.")
        self.review_button.setToolTip("" if review else soon)
        self.report_button.setToolTip("" if report else soon)

    def show_result(self, result: ExamResult, blueprint: Blueprint, language: str) -> None:
        self.result = result
        self.blueprint = blueprint
        self.language = language
        score = result.score
        passed = score.passed
        estimate = shows_estimate(result.mode, score.scored_total)
        if estimate:
            colour = status_colour("ok" if passed else "bad", self).name()
            self.verdict.setText(self.tr("Estimated result: PASS") if passed else self.tr("Estimated result: FAIL"))
            self.verdict.setStyleSheet(f"color: {colour};")
            note = self.tr(
                "AWS does not publish how raw results become scaled scores: Simulacro's scaled score is an estimate."
            )
        else:
            # Too few scored items for a scaled estimate or a verdict: the share right per task says more.
            self.verdict.setText(self.tr("Practice: %1 % right").replace("%1", f"{score.percent:.0f}"))
            self.verdict.setStyleSheet("")
            note = self.tr(
                "A practice set under %1 scored items shows the share right per task statement, with no scaled "
                "estimate and no pass or fail."
            ).replace("%1", "30")
        if result.expired:
            note = self.tr("Time ran out and the exam was submitted automatically.") + " " + note
        self.note.setText(note)
        self.scaled.setVisible(estimate)
        self.scaled.setText(
            self.tr("Estimated scaled score: %1 of %2 (pass mark %3)")
            .replace("%1", str(score.scaled))
            .replace("%2", str(blueprint.scale_max))
            .replace("%3", str(blueprint.scale_pass))
        )
        self.raw.setText(
            self.tr("Raw score: %1 of %2 scored items right (%3 %)")
            .replace("%1", str(score.raw_correct))
            .replace("%2", str(score.scored_total))
            .replace("%3", f"{score.percent:.0f}")
        )
        used_min = result.used_minutes
        if result.time_limit_s:
            self.time.setText(
                self.tr("Time used: %1 min of %2")
                .replace("%1", str(used_min))
                .replace("%2", str(result.time_limit_s // 60))
            )
        else:
            self.time.setText(self.tr("Time used: %1 min (untimed)").replace("%1", str(used_min)))
        if result.interruptions:
            self.away.setText(
                self.tr("Interruptions: %1 (%2 min away)")
                .replace("%1", str(result.interruptions))
                .replace("%2", str(int(result.time_away_s / 60 + 0.5)))
            )
        else:
            self.away.setText(self.tr("Interruptions: none"))
        multi_part = [i for i in result.items if i.scored and i.type != "single"]
        if result.mode == Mode.PRACTICE and multi_part:  # partial credit exists only for multi-part items
            credit = sum(i.credit for i in multi_part) / len(multi_part)
            self.partial.setText(
                self.tr("Partial credit on the %n multi-part item(s), practice only (not part of the score): %1 %",
                        "", len(multi_part)).replace("%1", f"{credit * 100:.0f}")
            )  # fmt: skip
            self.partial.setVisible(True)
        else:
            self.partial.setVisible(False)
        self.domain_model.set_verdicts(
            [meets_competencies(blueprint, g) for g in score.domains] if result.mode == Mode.FULL else None
        )
        self.domain_model.set_rows([(g.id, blueprint.domain(int(g.id)).title(language), g) for g in score.domains])
        header = self.domain_table.horizontalHeader()
        for column in range(3, self.domain_model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.task_model.set_rows([(g.id, blueprint.task(g.id).title(language), g) for g in score.tasks])
        self.task_table.resizeRowsToContents()
        self.domain_table.resizeRowsToContents()
