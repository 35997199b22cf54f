"""Two small screens: items flagged across attempts (clear, practise), and the candidate's question reports."""

from __future__ import annotations

from typing import Any

from simulator.storage.review import FlaggedItem, ReportRow
from ui.keyboard import PushButton
from ui.locale_text import short_date, short_datetime
from ui.models import RowsTableModel
from ui.plain import plain_label, plain_tip
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QAbstractTableModel,
    QCoreApplication,
    QHBoxLayout,
    QHeaderView,
    QModelIndex,
    QPersistentModelIndex,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.theme import page_margins, set_text_role

AnyIndex = QModelIndex | QPersistentModelIndex


def _short(text: str, limit: int = 110) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class FlaggedModel(RowsTableModel):
    CONTEXT = "FlaggedModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("FlaggedModel", "Task"),
        QT_TRANSLATE_NOOP("FlaggedModel", "Question"),
        QT_TRANSLATE_NOOP("FlaggedModel", "Times flagged"),
        QT_TRANSLATE_NOOP("FlaggedModel", "Last flagged"),
    )

    def item(self, row: int) -> FlaggedItem:
        return self.row(row)  # type: ignore[no-any-return]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.task, _short(row.stem), str(row.times), short_date(row.flagged_at))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return plain_tip(row.stem)
        return None


class ReportsModel(RowsTableModel):
    CONTEXT = "ReportsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ReportsModel", "Date"),
        QT_TRANSLATE_NOOP("ReportsModel", "Item"),
        QT_TRANSLATE_NOOP("ReportsModel", "Task"),
        QT_TRANSLATE_NOOP("ReportsModel", "Note"),
    )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                short_datetime(row.created_at),
                f"{row.key} (r{row.revision})",
                row.task,
                _short(row.note),
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(f"{row.note}\n\n{row.stem}")
        return None


def _table(model: QAbstractTableModel, stretch: int) -> QTableView:
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


class _TableScreen(QWidget):
    """A titled screen: a note, one table, action buttons on the left and 'Back to home' on the right."""

    home_requested = Signal()

    def __init__(self, model: RowsTableModel, stretch_column: int, actions: list[QPushButton]) -> None:
        super().__init__()
        self.title = plain_label(wrap=False)
        set_text_role(self.title, "title")
        self.note = plain_label()
        self.model = model
        model.setParent(self)
        self.table = _table(model, stretch_column)
        self.home_button = PushButton()
        self.home_button.clicked.connect(self.home_requested)
        buttons = QHBoxLayout()
        for action in actions:
            buttons.addWidget(action)
        buttons.addStretch(1)
        buttons.addWidget(self.home_button)
        layout = QVBoxLayout(self)
        page_margins(layout)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _texts(self, title: str, note: str) -> None:
        self.title.setText(title)
        self.note.setText(note)
        self.table.setAccessibleName(title)
        self.home_button.setText(QCoreApplication.translate("ToolScreen", "Back to home"))
        self.home_button.setAccessibleName(QCoreApplication.translate("ToolScreen", "Back to home"))


class FlaggedPage(_TableScreen):
    """Items flagged in any attempt and not cleared since."""

    clear_requested = Signal(str)
    practice_requested = Signal()
    item_opened = Signal(int)  # item id: Enter or a double click on a row opens the item to read
    export_requested = Signal()

    def __init__(self) -> None:
        self.clear_button = PushButton()
        self.practice_button = PushButton()
        self.export_button = PushButton()
        super().__init__(FlaggedModel(), 1, [self.clear_button, self.practice_button, self.export_button])
        self.export_button.clicked.connect(self.export_requested)
        self.clear_button.clicked.connect(self._clear)
        self.practice_button.clicked.connect(self.practice_requested)
        self.table.activated.connect(lambda index: self.item_opened.emit(self.model.row(index.row()).item_id))
        self.retranslate()

    def retranslate(self) -> None:
        self._texts(
            self.tr("Flagged items"),
            self.tr(
                "Items you flagged in any exam or practice, until you clear them. Practise them as a set, or clear one."
            ),
        )
        self.clear_button.setText(self.tr("Clear flag"))
        self.clear_button.setAccessibleName(self.tr("Clear the flag of the selected item"))
        self.practice_button.setText(self.tr("Practise these items"))
        self.practice_button.setAccessibleName(self.tr("Practise the flagged items"))
        self.export_button.setText(self.tr("Export to Anki or Moodle…"))
        self.export_button.setAccessibleName(self.tr("Export the flagged items to Anki, Moodle XML or GIFT"))

    def show_items(self, rows: list[FlaggedItem]) -> None:
        self.model.set_rows(rows)
        self.practice_button.setEnabled(bool(rows))
        self.clear_button.setEnabled(bool(rows))
        self.export_button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)

    def _clear(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.clear_requested.emit(self.model.row(index.row()).key)


class ReportsPage(_TableScreen):
    """The candidate's 'this question seems wrong' notes, exportable as CSV."""

    export_requested = Signal()

    def __init__(self) -> None:
        self.export_button = PushButton()
        super().__init__(ReportsModel(), 3, [self.export_button])
        self.export_button.clicked.connect(self.export_requested)
        self.table.activated.connect(self._open)
        self.retranslate()

    def _open(self, index: QModelIndex) -> None:
        """Enter on a report shows the whole note and the question it is about."""
        from ui.text_dialog import TextDialog

        row = self.model.row(index.row())
        TextDialog(self.tr("Question report"), f"{row.note}\n\n{row.key} · {row.task}\n\n{row.stem}", self).open()

    def retranslate(self) -> None:
        self._texts(
            self.tr("Question reports"),
            self.tr("Your notes on questions that seem wrong. Export them as CSV and send them to the bank's authors."),
        )
        self.export_button.setText(self.tr("Export CSV…"))
        self.export_button.setAccessibleName(self.tr("Export the reports as CSV"))

    def show_reports(self, rows: list[ReportRow]) -> None:
        self.model.set_rows(rows)
        self.export_button.setEnabled(bool(rows))
