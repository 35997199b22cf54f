"""History: every attempt, score trends per domain and per task statement (QtCharts), mastery weakest first
and the readiness estimate."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from simulator.analytics import Standing
from simulator.blueprint import Blueprint
from simulator.states import AttemptStatus
from simulator.views import AttemptSummary
from ui.keyboard import PushButton
from ui.models import AttemptsModel, RowsTableModel
from ui.plain import plain_label
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QCheckBox,
    QColor,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QModelIndex,
    QPainter,
    QPalette,
    QPersistentModelIndex,
    QPointF,
    QSortFilterProxyModel,
    QSplitter,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
    qt_charts,
)
from ui.theme import page_margins, set_text_role, status_colour

AnyIndex = QModelIndex | QPersistentModelIndex
SERIES_COLOURS = ("#3b6ea5", "#c05621", "#2f855a", "#805ad5", "#b83280")


@dataclass(frozen=True)
class HistoryData:
    blueprint: Blueprint
    attempts: list[AttemptSummary]
    standing: Standing


class AttemptsFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_demo = False

    def set_show_demo(self, show: bool) -> None:
        self.beginFilterChange()
        self.show_demo = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, AttemptsModel)
        return self.show_demo or not model.attempt(source_row).is_demo


class MasteryModel(RowsTableModel):
    """Mastery per task statement, weakest first."""

    CONTEXT = "MasteryModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("MasteryModel", "Task statement"),
        QT_TRANSLATE_NOOP("MasteryModel", "Mastery"),
        QT_TRANSLATE_NOOP("MasteryModel", "Range (95 %)"),
        QT_TRANSLATE_NOOP("MasteryModel", "Answers"),
    )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        task, title, mastery, answers, low, high = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (f"{task}  {title}", f"{mastery * 100:.0f} %", f"{low * 100:.0f}–{high * 100:.0f} %", str(answers))[
                index.column()
            ]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return status_colour("ok" if mastery >= 0.7 else ("amber" if mastery >= 0.5 else "bad"))
        return None


def _line_chart(title: str) -> tuple[Any, Any]:
    charts = qt_charts()
    chart = charts.QChart()
    chart.setTitle(title)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(charts.QChart.AnimationOption.NoAnimation)
    view = charts.QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(230)
    return chart, view


class HistoryPage(QWidget):
    home_requested = Signal()
    attempt_opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: HistoryData | None = None
        self.language = "es"
        self.title = plain_label(wrap=False)
        set_text_role(self.title, "title")
        self.readiness = plain_label()
        self.show_demo = QCheckBox()
        self.attempts = AttemptsModel(self)
        self.filter = AttemptsFilter(self)
        self.filter.setSourceModel(self.attempts)
        self.table = QTableView()
        self.table.setModel(self.filter)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(40)  # sizing 500 rows would stall the screen
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.activated.connect(self._open)
        self.mastery = MasteryModel(self)
        self.mastery_table = QTableView()
        self.mastery_table.setModel(self.mastery)
        self.mastery_table.verticalHeader().setVisible(False)
        self.mastery_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.mastery_table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.mastery_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.domain_chart, self.domain_chart_view = _line_chart("")
        self.task_chart, self.task_chart_view = _line_chart("")
        self.task_choice = QComboBox()
        self.task_choice.currentIndexChanged.connect(self._draw_task_chart)
        self.home_button = PushButton()
        self.home_button.clicked.connect(self.home_requested)
        self.attempts_box = QGroupBox()
        attempts_layout = QVBoxLayout(self.attempts_box)
        attempts_layout.addWidget(self.show_demo)
        attempts_layout.addWidget(self.table)
        self.mastery_box = QGroupBox()
        QVBoxLayout(self.mastery_box).addWidget(self.mastery_table)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.attempts_box)
        left.addWidget(self.mastery_box)
        charts = QWidget()
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.addWidget(self.domain_chart_view, 1)
        task_row = QHBoxLayout()
        self.task_label = plain_label(wrap=False)
        self.task_label.setBuddy(self.task_choice)
        task_row.addWidget(self.task_label)
        task_row.addWidget(self.task_choice, 1)
        charts_layout.addLayout(task_row)
        charts_layout.addWidget(self.task_chart_view, 1)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(left)
        body.addWidget(charts)
        body.setStretchFactor(0, 2)
        body.setStretchFactor(1, 3)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.home_button)
        layout = QVBoxLayout(self)
        page_margins(layout)
        layout.addWidget(self.title)
        layout.addWidget(self.readiness)
        layout.addWidget(body, 1)
        layout.addLayout(bottom)
        self.show_demo.toggled.connect(self._demo_toggled)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("History and mastery"))
        self.show_demo.setText(self.tr("Show demo attempts"))
        self.show_demo.setAccessibleName(self.tr("Show demo attempts"))
        self.table.setAccessibleName(self.tr("Attempts"))
        self.mastery_table.setAccessibleName(self.tr("Mastery per task statement"))
        self.task_choice.setAccessibleName(self.tr("Task statement for the trend chart"))
        self.task_label.setText(self.tr("Task statement:"))
        self.attempts_box.setTitle(self.tr("Attempts (Enter or double-click to review)"))
        self.mastery_box.setTitle(self.tr("Mastery, weakest first"))
        self.home_button.setText(self.tr("Back to home"))
        self.home_button.setAccessibleName(self.tr("Back to home"))
        self.domain_chart_view.setAccessibleName(self.tr("Score per domain over attempts"))
        self.task_chart_view.setAccessibleName(self.tr("Score of a task statement over attempts"))
        if self.data is not None:
            self.show_data(self.data, self.language)

    def show_data(self, data: HistoryData, language: str) -> None:
        self.data = data
        self.language = language
        self.attempts.set_rows(data.attempts)
        self.filter.set_show_demo(self.show_demo.isChecked() or not any(not a.is_demo for a in data.attempts))
        standing = data.standing
        self.mastery.set_rows(
            [
                (m.task, data.blueprint.task(m.task).title(language), m.mastery, m.answers, m.low, m.high)
                for m in standing.weakest()
            ]
        )
        if standing.readiness is None:
            self.readiness.setText(
                self.tr("Readiness estimate: not enough answers yet. Sit an exam or a practice set.")
            )
        else:
            r = standing.readiness
            text = (
                self.tr("Readiness estimate: %1 (between %2 and %3) · chance of reaching %4: %5 %")
                .replace("%1", str(r.scaled))
                .replace("%2", str(r.scaled_low))
                .replace("%3", str(r.scaled_high))
                .replace("%4", str(data.blueprint.scale_pass))
                .replace("%5", f"{r.pass_probability * 100:.0f}")
            )
            if standing.source == "demo":
                text += " " + self.tr("(from demo attempts: you have none of your own yet)")
            self.readiness.setText(text + "\n" + self.tr("An estimate from your answers, recent ones weighing more."))
        self.task_choice.blockSignals(True)
        current = self.task_choice.currentData()
        self.task_choice.clear()
        for task in data.blueprint.tasks:
            self.task_choice.addItem(f"{task.id}  {task.title(language)}", task.id)
        self.task_choice.setCurrentIndex(max(0, self.task_choice.findData(current)))
        self.task_choice.blockSignals(False)
        self._draw()

    def _visible_attempts(self) -> list[AttemptSummary]:
        assert self.data is not None
        rows = [
            a
            for a in self.data.attempts
            if a.status == AttemptStatus.SUBMITTED and (self.filter.show_demo or not a.is_demo)
        ]
        return sorted(rows, key=lambda a: (a.submitted_at or a.created_at, a.id))

    def _demo_toggled(self, show: bool) -> None:
        self.filter.set_show_demo(show)
        self._draw()

    def _axes(self, chart: Any, count: int) -> None:
        charts = qt_charts()
        for axis in list(chart.axes()):
            chart.removeAxis(axis)
        x_axis = charts.QValueAxis()
        # Half an attempt of margin on each side, so the first and last points are not cut by the plot's edge;
        # ticks on whole attempts only (at most about ten labels).
        x_axis.setRange(0.5, max(1, count) + 0.5)
        x_axis.setTickType(charts.QValueAxis.TickType.TicksDynamic)
        x_axis.setTickAnchor(1)
        x_axis.setTickInterval(max(1, -(-count // 10)))
        x_axis.setLabelFormat("%d")
        x_axis.setTitleText(self.tr("Attempt"))
        y_axis = charts.QValueAxis()
        y_axis.setRange(-4, 104)  # room for a point at 0 % or 100 %; ticks stay on the quarters
        y_axis.setTickType(charts.QValueAxis.TickType.TicksDynamic)
        y_axis.setTickAnchor(0)
        y_axis.setTickInterval(25)
        y_axis.setLabelFormat("%d %%")
        # The chart in the palette's colours (Qt Charts' own theme is always light).
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        chart.setTitleBrush(text)
        chart.legend().setLabelColor(text)
        for axis in (x_axis, y_axis):
            axis.setLabelsBrush(text)
            axis.setTitleBrush(text)
            axis.setGridLineColor(palette.color(QPalette.ColorRole.Mid))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in chart.series():
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)

    def _draw(self) -> None:
        if self.data is None:
            return
        charts = qt_charts()
        attempts = self._visible_attempts()
        chart = self.domain_chart
        chart.removeAllSeries()
        chart.setTitle(self.tr("% right per domain"))
        for number, domain in enumerate(self.data.blueprint.domains):
            series = charts.QLineSeries()
            series.setName(f"D{domain.id}")  # short: the legend sits under a narrow chart
            series.setColor(QColor(SERIES_COLOURS[number % len(SERIES_COLOURS)]))
            series.setPointsVisible(True)  # a lone attempt is a point, which a line alone would not draw
            series.setMarkerSize(6)
            points = [
                QPointF(n, group.percent)
                for n, attempt in enumerate(attempts, start=1)
                for group in attempt.domains
                if group.id == str(domain.id) and group.total
            ]
            series.replace(points)  # one call, not one per point
            chart.addSeries(series)
        self._axes(chart, len(attempts))
        self._draw_task_chart()

    def _draw_task_chart(self) -> None:
        if self.data is None:
            return
        charts = qt_charts()
        task = self.task_choice.currentData()
        attempts = self._visible_attempts()
        chart = self.task_chart
        chart.removeAllSeries()
        chart.setTitle(self.tr("% right in task %1").replace("%1", str(task)))
        series = charts.QLineSeries()
        series.setName(str(task))
        series.setColor(QColor(SERIES_COLOURS[0]))
        series.setPointsVisible(True)
        series.setMarkerSize(6)
        series.replace(
            [
                QPointF(n, group.percent)
                for n, attempt in enumerate(attempts, start=1)
                for group in attempt.tasks
                if group.id == task and group.total
            ]
        )
        chart.addSeries(series)
        chart.legend().setVisible(False)
        self._axes(chart, len(attempts))

    def _open(self, index: QModelIndex) -> None:
        attempt = self.attempts.attempt(self.filter.mapToSource(index).row())
        if attempt.status in (
            AttemptStatus.SUBMITTED,
            AttemptStatus.IN_PROGRESS,
        ):  # an unfinished one resumes; a discarded one has nothing
            self.attempt_opened.emit(attempt.id)
