"""Small dialogs: submit confirmation, keyboard shortcuts, preferences."""

from __future__ import annotations

from typing import Any

from simulator.views import Progress
from ui.models import ItemStatusModel, RowsTableModel, StatusRole
from ui.plain import plain_label
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListView,
    QModelIndex,
    QPainter,
    QPersistentModelIndex,
    QPushButton,
    QSize,
    QSortFilterProxyModel,
    QStyledItemDelegate,
    Qt,
    QTableView,
    QtWidgets,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.settings import LANGUAGES, ZOOM_STEPS
from ui.shortcuts import SHORTCUTS, describe
from ui.theme import status_colour


class SubmitDialog(QDialog):
    """Asks before submitting and names what is unanswered and flagged."""

    def __init__(self, progress: Progress, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Submit the exam?"))
        self.setAccessibleName(self.tr("Submit the exam?"))
        text = plain_label()
        lines = [
            self.tr("You have answered %1 of %2 items.")
            .replace("%1", str(progress.answered))
            .replace("%2", str(progress.total))
        ]
        if progress.unanswered:
            lines.append(self.tr("%n item(s) unanswered: they will count as wrong.", "", progress.unanswered))
        if progress.flagged:
            lines.append(self.tr("%n item(s) flagged for review.", "", progress.flagged))
        lines.append(self.tr("After submitting you cannot change any answer."))
        text.setText("\n\n".join(lines))
        buttons = QDialogButtonBox()
        self.submit_button = buttons.addButton(self.tr("Submit exam"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.back_button = buttons.addButton(self.tr("Keep working"), QDialogButtonBox.ButtonRole.RejectRole)
        self.submit_button.setAccessibleName(self.tr("Submit exam"))
        self.back_button.setAccessibleName(self.tr("Keep working"))
        self.back_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)


class _StatusDelegate(QStyledItemDelegate):
    """Paints a review-grid cell: filled when answered, outlined when not, a flag colour when flagged."""

    def paint(
        self, painter: QPainter, option: QtWidgets.QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        status = str(index.data(StatusRole) or "")
        rect = option.rect.adjusted(3, 3, -3, -3)
        palette = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if "flagged" in status:
            border = status_colour("flag", option.widget)
        else:
            border = (
                palette.color(palette.ColorRole.Highlight)
                if "unanswered" not in status
                else palette.color(palette.ColorRole.Mid)
            )
        if "unanswered" not in status:
            fill = palette.color(palette.ColorRole.Highlight)
            text = palette.color(palette.ColorRole.HighlightedText)
        else:
            fill = palette.color(palette.ColorRole.Base)
            text = palette.color(palette.ColorRole.Text)
        pen = painter.pen()
        pen.setColor(border)
        pen.setWidth(3 if "flagged" in status else 1)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 6, 6)
        if option.state & QtWidgets.QStyle.StateFlag.State_HasFocus:
            pen.setStyle(Qt.PenStyle.DotLine)
            pen.setColor(text)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(3, 3, -3, -3), 4, 4)
        painter.setPen(text)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(index.data()))
        painter.restore()

    def sizeHint(self, option: QtWidgets.QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        side = max(44, option.fontMetrics.height() * 2 + 8)
        return QSize(side + 12, side)


class ReviewFilter(QSortFilterProxyModel):
    MODES = ("all", "flagged", "unanswered")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = "all"

    def set_mode(self, mode: str) -> None:
        self.beginFilterChange()
        self.mode = mode
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ItemStatusModel)
        status = model.status(source_row)
        if self.mode == "flagged":
            return status.flagged
        if self.mode == "unanswered":
            return not status.answered
        return True


class ReviewDialog(QDialog):
    """A grid of every item (answered, unanswered, flagged) with filters; activating one jumps to it."""

    jump = Signal(int)
    submit_requested = Signal()

    def __init__(self, model: ItemStatusModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review screen"))
        self.model = model
        self.proxy = ReviewFilter(self)
        self.proxy.setSourceModel(model)
        self.filter = QComboBox()
        self.filter.addItem(self.tr("All items"), "all")
        self.filter.addItem(self.tr("Flagged only"), "flagged")
        self.filter.addItem(self.tr("Unanswered only"), "unanswered")
        self.filter.setAccessibleName(self.tr("Show"))
        self.filter.currentIndexChanged.connect(lambda: self.proxy.set_mode(self.filter.currentData()))
        self.grid = QListView()
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setUniformItemSizes(True)
        self.grid.setSpacing(4)
        self.grid.setModel(self.proxy)
        self.grid.setItemDelegate(_StatusDelegate(self.grid))
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setAccessibleName(self.tr("Items"))
        self.grid.activated.connect(self._activated)
        self.grid.doubleClicked.connect(self._activated)
        self.summary = plain_label(wrap=False)
        legend = plain_label(self.tr("Filled: answered · Outlined: unanswered · Thick amber border and ⚑: flagged"))
        label = plain_label(self.tr("Show:"), wrap=False)
        label.setBuddy(self.filter)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.filter)
        top.addStretch(1)
        top.addWidget(self.summary)
        self.back_button = QPushButton(self.tr("Back to the exam"))
        self.back_button.setAccessibleName(self.tr("Back to the exam"))
        self.submit_button = QPushButton(self.tr("Submit exam…"))
        self.submit_button.setAccessibleName(self.tr("Submit exam"))
        self.back_button.clicked.connect(self.reject)
        self.submit_button.clicked.connect(self._submit)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(legend)
        layout.addWidget(self.grid, 1)
        layout.addLayout(bottom)
        self.resize(720, 520)
        self.refresh()

    def refresh(self) -> None:
        total = self.model.rowCount()
        statuses = [self.model.status(r) for r in range(total)]
        answered = sum(s.answered for s in statuses)
        flagged = sum(s.flagged for s in statuses)
        self.summary.setText(
            self.tr("%1 answered · %2 unanswered · %3 flagged")
            .replace("%1", str(answered))
            .replace("%2", str(total - answered))
            .replace("%3", str(flagged))
        )

    def set_filter(self, mode: str) -> None:
        self.filter.setCurrentIndex(ReviewFilter.MODES.index(mode))

    def _activated(self, index: QModelIndex) -> None:
        self.jump.emit(int(self.proxy.data(index, Qt.ItemDataRole.UserRole)))
        self.accept()

    def _submit(self) -> None:
        self.accept()
        self.submit_requested.emit()


class _ShortcutModel(RowsTableModel):
    CONTEXT = "ShortcutsDialog"
    HEADERS = (QT_TRANSLATE_NOOP("ShortcutsDialog", "Keys"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Action"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_rows(SHORTCUTS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        shortcut = self.row(index.row())
        return shortcut.keys if index.column() == 0 else describe(shortcut.id)


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts: the same table the actions use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableView()
        self.table.setModel(_ShortcutModel(self.table))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(close)
        self.resize(620, 520)


class PacksModel(RowsTableModel):
    """Imported question packs (simulator.storage.packs.PackInfo rows), as plain text cells."""

    CONTEXT = "PacksModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("PacksModel", "Pack"),
        QT_TRANSLATE_NOOP("PacksModel", "Exams"),
        QT_TRANSLATE_NOOP("PacksModel", "Items"),
        QT_TRANSLATE_NOOP("PacksModel", "Imported"),
        QT_TRANSLATE_NOOP("PacksModel", "Source folder"),
    )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        pack = self.row(index.row())
        cells = (
            pack.name,
            ", ".join(pack.exams),
            str(pack.items),
            pack.imported_at.strftime("%Y-%m-%d %H:%M"),
            "".join(c if c.isprintable() else "?" for c in pack.source),
        )
        return cells[index.column()]


class PreferencesDialog(QDialog):
    """Language, text size and candidate name (remembered), and the imported question packs."""

    remove_requested = Signal(str)  # a pack's name; the window removes it on the op runner

    def __init__(self, language: str, zoom: int, candidate: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        names = {"es": "Español", "en": "English"}
        for code in LANGUAGES:
            self.language.addItem(names[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(language))
        self.language.setAccessibleName(self.tr("Language"))
        self.zoom = QComboBox()
        for step in ZOOM_STEPS:
            self.zoom.addItem(f"{step} %", step)
        self.zoom.setCurrentIndex(ZOOM_STEPS.index(zoom))
        self.zoom.setAccessibleName(self.tr("Text size"))
        self.candidate = QtWidgets.QLineEdit(candidate)
        self.candidate.setAccessibleName(self.tr("Candidate name (for reports)"))
        self.candidate.setMaxLength(120)
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Text size:"), self.zoom)
        form.addRow(self.tr("Candidate name (for reports):"), self.candidate)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for role, name in (
            (QDialogButtonBox.StandardButton.Ok, self.tr("OK")),
            (QDialogButtonBox.StandardButton.Cancel, self.tr("Cancel")),
        ):
            buttons.button(role).setAccessibleName(name)
        self.packs_box = QGroupBox(self.tr("Imported question packs"))
        self.packs_model = PacksModel(self)
        self.packs_table = QTableView()
        self.packs_table.setModel(self.packs_model)
        self.packs_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.packs_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.packs_table.horizontalHeader().setStretchLastSection(True)
        self.packs_table.setAccessibleName(self.tr("Imported question packs"))
        self.packs_empty = plain_label(self.tr("No packs imported. The shipped bank is always there."))
        self.remove_button = QPushButton(self.tr("Remove pack"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected pack"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self._remove)
        self.packs_table.selectionModel().selectionChanged.connect(
            lambda *_: self.remove_button.setEnabled(bool(self.packs_table.selectionModel().selectedRows()))
        )
        packs_layout = QVBoxLayout(self.packs_box)
        packs_layout.addWidget(self.packs_empty)
        packs_layout.addWidget(self.packs_table)
        packs_layout.addWidget(self.remove_button)
        self.set_packs([])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.packs_box)
        layout.addWidget(buttons)

    def set_packs(self, packs: list[Any]) -> None:
        self.packs_model.set_rows(packs)
        self.packs_table.setVisible(bool(packs))
        self.packs_empty.setVisible(not packs)
        self.remove_button.setEnabled(False)

    def _remove(self) -> None:
        rows = self.packs_table.selectionModel().selectedRows()
        if rows:
            self.remove_button.setEnabled(False)
            self.remove_requested.emit(self.packs_model.row(rows[0].row()).name)
