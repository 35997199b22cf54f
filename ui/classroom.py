"""Classroom screens: who is sitting (a shared database asks at start), item statistics and the cohort."""

from __future__ import annotations

from typing import Any

from simulator.cohort import WEAK_MASTERY, Cohort, CohortCandidate
from simulator.item_stats import ItemStat
from simulator.storage.candidates import CandidateRow
from ui.keyboard import PushButton
from ui.locale_text import short_date
from ui.models import RowsTableModel
from ui.plain import plain_label, plain_tip
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractItemView,
    QAbstractTableModel,
    QCheckBox,
    QColor,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QListView,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QSplitter,
    Qt,
    QTableView,
    QtCore,
    QtGui,
    QtWidgets,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.theme import page_margins, set_text_role, status_colour

AnyIndex = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 1
FLAG_NAMES = {
    "negative-discrimination": QT_TRANSLATE_NOOP("ItemStatsModel", "negative discrimination"),
    "low-discrimination": QT_TRANSLATE_NOOP("ItemStatsModel", "near-zero discrimination"),
    "too-hard": QT_TRANSLATE_NOOP("ItemStatsModel", "too hard"),
    "too-easy": QT_TRANSLATE_NOOP("ItemStatsModel", "too easy"),
    "distractor-beats-key": QT_TRANSLATE_NOOP("ItemStatsModel", "a distractor beats the key"),
}
TYPE_NAMES = {
    "single": QT_TRANSLATE_NOOP("ItemStatsModel", "one answer"),
    "multiple": QT_TRANSLATE_NOOP("ItemStatsModel", "several answers"),
    "matching": QT_TRANSLATE_NOOP("ItemStatsModel", "matching"),
    "ordering": QT_TRANSLATE_NOOP("ItemStatsModel", "ordering"),
}
HEAT = {"low": QColor("#f4c7c3"), "mid": QColor("#fde3b5"), "high": QColor("#c6e7cf")}


def _flags(stat: ItemStat) -> str:
    return ", ".join(QCoreApplication.translate("ItemStatsModel", str(FLAG_NAMES.get(f, f))) for f in stat.flags)


def _type_name(kind: str) -> str:
    return QCoreApplication.translate("ItemStatsModel", str(TYPE_NAMES[kind])) if kind in TYPE_NAMES else kind


def _heat(mastery: float) -> QColor:
    return HEAT["high"] if mastery >= WEAK_MASTERY else (HEAT["mid"] if mastery >= 0.5 else HEAT["low"])


class CandidateDialog(QDialog):
    """Who is sitting? The candidates of a shared database, or a new name (no password: an alias will do)."""

    def __init__(self, candidates: list[CandidateRow], remembered: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who are you?"))
        self.setAccessibleName(self.tr("Who are you?"))
        self.intro = plain_label(
            self.tr("This database is shared by a class. Choose your name, or add yours as a new candidate.")
        )
        self.list = QListView()
        self.model = QtGui.QStandardItemModel(self)
        for row in candidates:
            item = QtGui.QStandardItem(row.name)
            item.setEditable(False)
            item.setData(row.name, Qt.ItemDataRole.UserRole)
            item.setToolTip(plain_tip(self.tr("%n attempt(s)", "", row.attempts)))
            self.model.appendRow(item)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Candidates"))
        self.new_name = QtWidgets.QLineEdit()
        self.new_name.setMaxLength(80)
        self.new_name.setPlaceholderText(self.tr("New candidate: a name or alias"))
        self.new_name.setAccessibleName(self.tr("New candidate"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))
        self.buttons.accepted.connect(self._accept)
        self.list.doubleClicked.connect(lambda _index: self._accept())
        self.list.selectionModel().currentChanged.connect(lambda *_: self.new_name.clear())
        self.new_name.textChanged.connect(self._typed)
        layout = QVBoxLayout(self)
        page_margins(layout)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.new_name)
        layout.addWidget(self.buttons)
        self.resize(420, 420)
        for n, row in enumerate(candidates):
            if row.name == remembered:
                self.list.setCurrentIndex(self.model.index(n, 0))
        self._update()

    def _typed(self, text: str) -> None:
        if text.strip():
            self.list.clearSelection()
        self._update()

    def _update(self) -> None:
        ok = bool(self.chosen())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def chosen(self) -> str:
        typed = self.new_name.text().strip()
        if typed:
            return typed
        selected = self.list.selectionModel().selectedIndexes()
        index = selected[0] if selected else self.list.currentIndex()
        return str(index.data(Qt.ItemDataRole.UserRole) or "") if index.isValid() else ""

    def _accept(self) -> None:
        if self.chosen():
            self.accept()


class ItemStatsModel(RowsTableModel):
    CONTEXT = "ItemStatsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ItemStatsModel", "Revise"),
        QT_TRANSLATE_NOOP("ItemStatsModel", "Item"),
        QT_TRANSLATE_NOOP("ItemStatsModel", "Task"),
        QT_TRANSLATE_NOOP("ItemStatsModel", "Type"),
        QT_TRANSLATE_NOOP("ItemStatsModel", "Answers"),
        QT_TRANSLATE_NOOP("ItemStatsModel", "Facility"),
        QT_TRANSLATE_NOOP("ItemStatsModel", "Discrimination"),
        QT_TRANSLATE_NOOP("ItemStatsModel", "Median time"),
        QT_TRANSLATE_NOOP("ItemStatsModel", "Reports"),
        QT_TRANSLATE_NOOP("ItemStatsModel", "Why"),
    )

    def stat(self, row: int) -> ItemStat:
        return self.row(row)  # type: ignore[no-any-return]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s: ItemStat = self._rows[index.row()]
        column = index.column()
        if role == SortRole:
            keys = (
                int(s.revisar),
                s.key,
                s.task,
                s.type,
                s.answers,
                s.facility,
                -2.0 if s.discrimination is None else s.discrimination,
                s.median_time_s,
                s.reports,
                len(s.flags),
            )
            return keys[column]
        if role == Qt.ItemDataRole.DisplayRole:
            revise = QCoreApplication.translate("ItemStatsModel", "revisar") if s.revisar else ""
            values = (
                revise,
                f"{s.key} (r{s.revision})",
                s.task,
                _type_name(s.type),
                str(s.answers),
                f"{s.facility:.2f}",
                "—" if s.discrimination is None else f"{s.discrimination:+.2f}",
                f"{s.median_time_s:.0f} s",
                str(s.reports),
                _flags(s),
            )
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return plain_tip(s.stem)
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and s.revisar:
            return status_colour("wrong")
        if role == Qt.ItemDataRole.TextAlignmentRole and 4 <= column <= 8:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ItemStatsFilter(QSortFilterProxyModel):
    """Sorts by the model's numbers, and keeps the rows that match the task, 'revise only' and the search."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.task = ""
        self.revise_only = False
        self.search = ""
        self.setSortRole(SortRole)

    def set_filters(self, task: str, revise_only: bool, search: str) -> None:
        self.task, self.revise_only, self.search = task, revise_only, search.strip().lower()
        self.invalidate()  # invalidateFilter() is deprecated in this PySide6

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ItemStatsModel)
        s = model.stat(source_row)
        if self.task and s.task != self.task:
            return False
        if self.revise_only and not s.revisar:
            return False
        return not self.search or self.search in s.key.lower() or self.search in s.stem.lower()


def _table(model: QAbstractItemModel, stretch: int) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    return table


def _title() -> QtWidgets.QLabel:
    title = plain_label(wrap=False)
    set_text_role(title, "title")
    return title


class ItemStatsPage(QWidget):
    """Which questions mislead: statistics per item revision, sortable, filtered by task, 'revise' or text."""

    home_requested = Signal()
    reload_requested = Signal(bool)  # include demo attempts
    export_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.title = _title()
        self.note = plain_label()
        self.model = ItemStatsModel(self)
        self.proxy = ItemStatsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = _table(self.proxy, 9)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.task = QComboBox()
        self.revise_only = QCheckBox()
        self.include_demo = QCheckBox()
        self.search = QtWidgets.QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.detail = plain_label(selectable=True)
        self.export_button = PushButton()
        self.home_button = PushButton()
        filters = QHBoxLayout()
        filters.addWidget(self.task)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.revise_only)
        filters.addWidget(self.include_demo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.home_button)
        layout = QVBoxLayout(self)
        page_margins(layout)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.task.currentIndexChanged.connect(self._filter)
        self.revise_only.toggled.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        self.include_demo.toggled.connect(self.reload_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.home_button.clicked.connect(self.home_requested)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show(current))
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Item statistics"))
        self.note.setText(
            self.tr(
                "From the scored answers of finished exams and practice, per item revision. Discrimination and the "
                "'revisar' flags appear from %1 answers: negative or near-zero discrimination, facility under 0.2 "
                "or over 0.95, or a distractor the top 27 % chose more than the key."
            ).replace("%1", "30")
        )
        self.table.setAccessibleName(self.tr("Item statistics"))
        current = self.task.currentData()
        self.task.blockSignals(True)
        if self.task.count() == 0:
            self.task.addItem("", "")
        self.task.setItemText(0, self.tr("Every task"))
        self.task.blockSignals(False)
        self.task.setAccessibleName(self.tr("Task statement"))
        if current is not None:
            self.task.setCurrentIndex(max(0, self.task.findData(current)))
        self.revise_only.setText(self.tr("Only items to revise"))
        self.include_demo.setText(self.tr("Include simulated attempts"))
        self.search.setPlaceholderText(self.tr("Search item or stem"))
        self.search.setAccessibleName(self.tr("Search item or stem"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.export_button.setAccessibleName(self.tr("Export the item statistics as CSV"))
        self.home_button.setText(self.tr("Back to home"))
        self.home_button.setAccessibleName(self.tr("Back to home"))

    def show_stats(self, stats: list[ItemStat], tasks: list[str]) -> None:
        self.model.set_rows(stats)
        chosen = self.task.currentData() or ""
        self.task.blockSignals(True)
        while self.task.count() > 1:
            self.task.removeItem(1)
        for task in tasks:
            self.task.addItem(task, task)
        self.task.setCurrentIndex(max(0, self.task.findData(chosen)))
        self.task.blockSignals(False)
        self._filter()
        self.export_button.setEnabled(bool(stats))
        flagged = sum(s.revisar for s in stats)
        self.detail.setText(
            self.tr("%n item revision(s) answered", "", len(stats)) + "; " + self.tr("%n to revise.", "", flagged)
            if stats
            else self.tr("No finished attempts to count yet.")
        )

    def _filter(self) -> None:
        self.proxy.set_filters(str(self.task.currentData() or ""), self.revise_only.isChecked(), self.search.text())

    def _show(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        stat = self.model.stat(self.proxy.mapToSource(index).row())
        top = self.tr("top 27 %")
        key = " (" + self.tr("key") + ")"  # a word, not a check mark a font may lack
        choices = "   ".join(f"{c.label}{key if c.key else ''}: {c.count} ({top}: {c.top})" for c in stat.choices)
        self.detail.setText(f"{stat.key} r{stat.revision} — {stat.stem}\n{choices}")


class CohortCandidatesModel(RowsTableModel):
    CONTEXT = "CohortCandidatesModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("CohortCandidatesModel", "Candidate"),
        QT_TRANSLATE_NOOP("CohortCandidatesModel", "Attempts"),
        QT_TRANSLATE_NOOP("CohortCandidatesModel", "Estimate"),
        QT_TRANSLATE_NOOP("CohortCandidatesModel", "95 % range"),
        QT_TRANSLATE_NOOP("CohortCandidatesModel", "P(pass)"),
        QT_TRANSLATE_NOOP("CohortCandidatesModel", "Last attempt"),
    )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c: CohortCandidate = self._rows[index.row()]
        r = c.readiness
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                c.name,
                str(c.attempts),
                str(r.scaled) if r else "—",
                f"{r.scaled_low}–{r.scaled_high}" if r else "—",
                f"{round(r.pass_probability * 100)} %" if r else "—",
                short_date(c.last_at) if c.last_at else "—",
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 4 and r is not None:
            return _heat(0.7 if r.pass_probability >= 0.7 else (0.5 if r.pass_probability >= 0.5 else 0.0))
        return None


class HeatMapModel(QAbstractTableModel):
    """Candidates (rows) × task statements (columns): mastery per cell, coloured like the PDF."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[CohortCandidate] = []
        self._tasks: list[tuple[str, str]] = []

    def set_cohort(self, cohort: Cohort) -> None:
        self.beginResetModel()
        self._people = list(cohort.candidates)
        self._tasks = [(t.task, t.title) for t in cohort.tasks]
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tasks)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._tasks):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._tasks[section][0]
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tip(self._tasks[section][1])
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return self._people[section].name if 0 <= section < len(self._people) else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        masteries = {m.task: m for m in self._people[index.row()].masteries}
        m = masteries.get(self._tasks[index.column()][0])
        if m is None or not m.answers:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{round(m.mastery * 100)}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return _heat(m.mastery)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#1f2933")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class CohortPage(QWidget):
    """The teacher's view of the cohort: who is ready, where everyone is weak, which items to revise."""

    home_requested = Signal()
    reload_requested = Signal(bool)
    pdf_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.title = _title()
        self.summary = plain_label()
        self.people_model = CohortCandidatesModel(self)
        self.people = _table(self.people_model, 0)
        self.heat_model = HeatMapModel(self)
        self.heat = QTableView()
        self.heat.setModel(self.heat_model)
        self.heat.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.heat.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.heat.horizontalHeader().setMinimumSectionSize(34)
        self.weakest = plain_label()
        self.include_demo = QCheckBox()
        self.pdf_button = PushButton()
        self.home_button = PushButton()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.people)
        split.addWidget(self.heat)
        split.setSizes([420, 900])
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.include_demo)
        buttons.addStretch(1)
        buttons.addWidget(self.home_button)
        layout = QVBoxLayout(self)
        page_margins(layout)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.weakest)
        layout.addLayout(buttons)
        self.include_demo.toggled.connect(self.reload_requested)
        self.pdf_button.clicked.connect(self.pdf_requested)
        self.home_button.clicked.connect(self.home_requested)
        self.cohort: Cohort | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Cohort"))
        self.people.setAccessibleName(self.tr("Candidates by readiness"))
        self.heat.setAccessibleName(self.tr("Mastery per task statement"))
        self.include_demo.setText(self.tr("Include simulated attempts"))
        self.pdf_button.setText(self.tr("Cohort PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the cohort report as PDF"))
        self.home_button.setText(self.tr("Back to home"))
        self.home_button.setAccessibleName(self.tr("Back to home"))
        if self.cohort is not None:
            self.show_cohort(self.cohort)

    def show_cohort(self, cohort: Cohort) -> None:
        self.cohort = cohort
        self.people_model.set_rows(cohort.candidates)
        self.heat_model.set_cohort(cohort)
        ready = sum(1 for c in cohort.candidates if c.readiness and c.readiness.pass_probability >= 0.7)
        self.summary.setText(
            "; ".join(
                (
                    self.tr("%n candidate(s) with finished attempts", "", len(cohort.candidates)),
                    self.tr("%n likely to pass (P ≥ 70 %)", "", ready),
                    self.tr("%n item(s) to revise.", "", len(cohort.flagged)),
                )
            )
        )
        weak = ", ".join(f"{t.task} ({round(t.mean_mastery * 100)} %)" for t in cohort.weakest(5))
        self.weakest.setText(self.tr("Weakest task statements of the cohort: %1").replace("%1", weak or "—"))
        self.pdf_button.setEnabled(True)
