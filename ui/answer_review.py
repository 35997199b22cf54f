"""Answer review of a finished attempt: every item in the order seen, with filters, the key and every reason."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from simulator.states import Mode
from simulator.views import ItemResult
from ui.item_panel import ItemPanel
from ui.keyboard import PushButton
from ui.plain import plain_label
from ui.qt import (
    QAbstractItemView,
    QAbstractListModel,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListView,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QSplitter,
    Qt,
    QtWidgets,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.theme import page_margins, set_text_role, status_icon

if TYPE_CHECKING:
    from simulator.session import ExamSession

AnyIndex = QModelIndex | QPersistentModelIndex


class ReviewItemsModel(QAbstractListModel):
    """The attempt's items: position, task, right or wrong, flag, and the start of the stem."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[ItemResult, str]] = []

    def set_rows(self, rows: list[tuple[ItemResult, str]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def result(self, row: int) -> ItemResult:
        return self._rows[row][0]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, stem = self._rows[index.row()]
        status = "right" if item.correct else item.state if item.state in ("unanswered", "incomplete") else "wrong"
        state = (
            QCoreApplication.translate("ReviewItemsModel", "right")
            if item.correct
            else QCoreApplication.translate("ReviewItemsModel", "unanswered")
            if item.state == "unanswered"
            else QCoreApplication.translate("ReviewItemsModel", "incomplete")
            if item.state == "incomplete"
            else QCoreApplication.translate("ReviewItemsModel", "wrong")
        )
        if item.flagged:
            state += ", " + QCoreApplication.translate("ReviewItemsModel", "flagged")
        if not item.scored:
            state += ", " + QCoreApplication.translate("ReviewItemsModel", "unscored")
        if role == Qt.ItemDataRole.DecorationRole:  # the status's icon beside its word: never colour alone
            return status_icon(status)
        if role == Qt.ItemDataRole.DisplayRole:
            short = stem if len(stem) <= 70 else stem[:69] + "…"
            return f"{item.position + 1:>2}. {item.task} ({state})  {short}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{item.position + 1}: {item.task}, {state}"
        if role == Qt.ItemDataRole.UserRole:
            return item.position
        return None


class ReviewItemsFilter(QSortFilterProxyModel):
    STATUSES = ("all", "incorrect", "flagged", "unanswered")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = "all"
        self.domain = ""
        self.task = ""

    def set_filter(self, status: str, domain: str, task: str) -> None:
        self.beginFilterChange()
        self.status, self.domain, self.task = status, domain, task
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ReviewItemsModel)
        item = model.result(source_row)
        if self.status == "incorrect" and item.correct:
            return False
        if self.status == "flagged" and not item.flagged:
            return False
        if self.status == "unanswered" and item.answered:
            return False
        if self.domain and item.task.split(".")[0] != self.domain:
            return False
        return not (self.task and item.task != self.task)


class ReportQuestionDialog(QDialog):
    """'Report this question': a local note on what seems wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Report this question"))
        self.note = QtWidgets.QPlainTextEdit()
        self.note.setAccessibleName(self.tr("What seems wrong"))
        self.note.setTabChangesFocus(True)  # Tab moves on to the buttons instead of typing a tab
        self.note.setPlaceholderText(self.tr("What seems wrong? For example: option B is also right because…"))
        label = plain_label(
            self.tr("Your note is kept on this computer and can be exported as CSV for the bank's authors.")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save report"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Save report"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(520, 300)


class AnswerReviewPage(QWidget):
    home_requested = Signal()
    retake_requested = Signal(int)
    report_item = Signal(int, int, str)  # attempt id, position, note
    pdf_requested = Signal(int)
    export_requested = Signal(int)  # attempt id: the window asks format and file, and exports on the op runner

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: ExamSession | None = None
        self.task_titles: dict[str, str] = {}
        self.title = plain_label(wrap=False)
        set_text_role(self.title, "title")
        self.status = QComboBox()
        self.domain = QComboBox()
        self.task = QComboBox()
        self.model = ReviewItemsModel(self)
        self.proxy = ReviewItemsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.count = plain_label(wrap=False)
        self.panel = ItemPanel()
        self.item_title = plain_label()
        self.report_button = PushButton()
        self.pdf_button = PushButton()
        self.export_button = PushButton()
        self.retake_button = PushButton()
        self.home_button = PushButton()
        filters = QHBoxLayout()
        self.status_label, self.domain_label, self.task_label = (plain_label(wrap=False) for _ in range(3))
        for label, combo in (
            (self.status_label, self.status),
            (self.domain_label, self.domain),
            (self.task_label, self.task),
        ):
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(self._filter_changed)
        filters.addStretch(1)
        filters.addWidget(self.count)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.item_title)
        right_layout.addWidget(self.panel, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([420, 860])
        self.list.setToolTip(self.tr("Double-check any item: its key, every reason and the links"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.retake_button)
        buttons.addWidget(self.home_button)
        layout = QVBoxLayout(self)
        page_margins(layout)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.report_button.clicked.connect(self._report)
        self.retake_button.clicked.connect(self._retake)
        self.pdf_button.clicked.connect(lambda: self.session and self.pdf_requested.emit(self.session.attempt_id))
        self.home_button.clicked.connect(self.home_requested)
        self.export_button.clicked.connect(lambda: self.session and self.export_requested.emit(self.session.attempt_id))
        self.retranslate()

    def retranslate(self) -> None:
        self.status_label.setText(self.tr("Show:"))
        self.domain_label.setText(self.tr("Domain:"))
        self.task_label.setText(self.tr("Task:"))
        self.status.setAccessibleName(self.tr("Show"))
        self.domain.setAccessibleName(self.tr("Domain"))
        self.task.setAccessibleName(self.tr("Task statement"))
        self.list.setAccessibleName(self.tr("Items of the attempt"))
        self.report_button.setText(self.tr("Report this question…"))
        self.report_button.setAccessibleName(self.tr("Report this question"))
        self.pdf_button.setText(self.tr("PDF report…"))
        self.pdf_button.setAccessibleName(self.tr("PDF report"))
        self.export_button.setText(self.tr("Export to Anki or Moodle…"))
        self.export_button.setAccessibleName(self.tr("Export these items to Anki, Moodle XML or GIFT"))
        self.retake_button.setText(self.tr("Retake the ones I missed"))
        self.retake_button.setAccessibleName(self.tr("Retake the ones I missed"))
        self.home_button.setText(self.tr("Back to home"))
        self.home_button.setAccessibleName(self.tr("Back to home"))
        current = (self.status.currentIndex(), self.domain.currentIndex(), self.task.currentIndex())
        for combo in (self.status, self.domain, self.task):
            combo.blockSignals(True)
            combo.clear()
        labels = (self.tr("All items"), self.tr("Incorrect"), self.tr("Flagged"), self.tr("Unanswered"))
        for key, label in zip(ReviewItemsFilter.STATUSES, labels, strict=True):
            self.status.addItem(label, key)
        self.domain.addItem(self.tr("All domains"), "")
        for number in range(1, 6):
            self.domain.addItem(self.tr("Domain %1").replace("%1", str(number)), str(number))
        self.task.addItem(self.tr("All task statements"), "")
        for task, title in self.task_titles.items():
            self.task.addItem(f"{task} {title}", task)
        for combo, index in zip((self.status, self.domain, self.task), current, strict=True):
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
        if self.session is not None:
            self._update_title()

    def open_attempt(self, session: ExamSession, task_titles: dict[str, str]) -> None:
        self.session = session
        self.task_titles = task_titles
        self.retranslate()
        result = session.result()
        self.model.set_rows([(item, session.content(item.position).stem) for item in result.items])
        self.retake_button.setEnabled(any(not i.correct for i in result.items))
        self._update_title()
        self.set_filter("all")
        self.list.setFocus()

    def _update_title(self) -> None:
        assert self.session is not None
        result = self.session.result()
        mode = self.tr("Full exam") if result.mode == Mode.FULL else self.tr("Practice")
        # The same figures as Results: scored items right over scored items; unscored ones are marked apart.
        unscored = [i for i in result.items if not i.scored]
        text = (
            self.tr("Answer review · attempt %1 (%2): %3 of %4 scored items right")
            .replace("%1", str(result.attempt_id))
            .replace("%2", mode)
            .replace("%3", str(result.score.raw_correct))
            .replace("%4", str(result.score.scored_total))
        )
        if unscored:
            text += " · " + self.tr("%n unscored item(s), marked [unscored]", "", len(unscored))
        self.title.setText(text)

    def set_filter(self, status: str = "all", domain: str = "", task: str = "") -> None:
        for combo, value in ((self.status, status), (self.domain, domain), (self.task, task)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self._filter_changed()

    def _filter_changed(self) -> None:
        self.proxy.set_filter(
            self.status.currentData() or "all", self.domain.currentData() or "", self.task.currentData() or ""
        )
        self.count.setText(
            self.tr("%1 of %2 items")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        self.report_button.setEnabled(self.proxy.rowCount() > 0)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.session is None or not current.isValid():
            return
        position = int(self.proxy.data(current, Qt.ItemDataRole.UserRole))
        view = self.session.view(position)
        title = self.task_titles.get(view.task, "")
        self.item_title.setText(
            self.tr("Item %1 · Task %2 · %3")
            .replace("%1", str(position + 1))
            .replace("%2", view.task)
            .replace("%3", title)
        )
        self.panel.partial_credit = self.session.mode == Mode.PRACTICE
        self.panel.show_item(view)
        self.panel.scroll_to_top()

    def current_position(self) -> int | None:
        index = self.list.currentIndex()
        return int(self.proxy.data(index, Qt.ItemDataRole.UserRole)) if index.isValid() else None

    def _report(self) -> None:
        position = self.current_position()
        if self.session is None or position is None:
            return
        dialog = ReportQuestionDialog(self)
        session = self.session
        dialog.accepted.connect(lambda: self.report_item.emit(session.attempt_id, position, dialog.note.toPlainText()))
        dialog.open()

    def _retake(self) -> None:
        if self.session is not None:
            self.retake_requested.emit(self.session.attempt_id)
