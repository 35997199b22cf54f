"""Small dialogs: safe confirmations, submit, the review screen, keyboard shortcuts, preferences."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from simulator.states import Mode
from simulator.views import AttemptSummary, ItemStatus, Progress
from ui.keyboard import PushButton, native_keys
from ui.locale_text import short_datetime
from ui.models import ItemStatusModel, RowsTableModel, StatusRole
from ui.plain import plain_label, plain_message
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListView,
    QLocale,
    QMessageBox,
    QModelIndex,
    QPainter,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    QStyledItemDelegate,
    Qt,
    QTableView,
    QtGui,
    QtWidgets,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.settings import LANGUAGES, THEMES, ZOOM_STEPS
from ui.shortcuts import SHORTCUTS, describe
from ui.theme import THEME_ICONS, icon, status_colour


def item_numbers(positions: list[int]) -> str:
    """1-based item numbers with runs joined, e.g. "3, 7–9, 12"."""
    runs: list[list[int]] = []
    for number in sorted(p + 1 for p in positions):
        if runs and runs[-1][1] == number - 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in runs)


def confirm(parent: QWidget, title: str, text: str, yes: str, no: str) -> bool:
    """A destructive confirmation whose safe choice ("no") is the default and focused button: Enter keeps."""
    box = plain_message(parent, QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton)
    go = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    go.setAccessibleName(yes)
    keep.setAccessibleName(no)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    keep.setFocus()
    box.exec()
    return box.clickedButton() is go


class UnfinishedDialog(QMessageBox):
    """Starting something while an attempt is unfinished: resume it, submit it (full exams), discard it or
    cancel; "Resume" is the default, so Enter never loses anything."""

    def __init__(self, attempt: AttemptSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        full = attempt.mode == Mode.FULL
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("An attempt is unfinished"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        what = self.tr("an unfinished full exam") if full else self.tr("an unfinished practice")
        text = (
            self.tr("You have %1 from %2: %3 of %4 answered.")
            .replace("%1", what)
            .replace("%2", short_datetime(attempt.created_at))
            .replace("%3", str(attempt.answered))
            .replace("%4", str(attempt.total))
        )
        if full:
            text += " " + self.tr("Its clock keeps running until it is submitted.")
        self.setText(text + "\n\n" + self.tr("Finish or set it aside before starting something else."))
        self.choices: dict[object, str] = {}
        self.resume_button = self.addButton(self.tr("Resume it"), QMessageBox.ButtonRole.AcceptRole)
        self.choices[self.resume_button] = "resume"
        if full:
            self.submit_button = self.addButton(self.tr("Submit it now"), QMessageBox.ButtonRole.DestructiveRole)
            self.choices[self.submit_button] = "submit"
        self.discard_button = self.addButton(self.tr("Discard it"), QMessageBox.ButtonRole.DestructiveRole)
        self.choices[self.discard_button] = "discard"
        self.cancel_button = self.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        for button in self.choices:
            button.setAccessibleName(button.text())  # type: ignore[attr-defined]
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.setDefaultButton(self.resume_button)
        self.setEscapeButton(self.cancel_button)

    def ask(self) -> str:
        """resume, submit, discard or cancel."""
        self.exec()
        return self.choices.get(self.clickedButton(), "cancel")


class SubmitDialog(QDialog):
    """Asks before submitting and names the unanswered, incomplete and flagged items; the safe choice
    ("Continue the exam") is the default, and the review screen is one button away."""

    review_requested = Signal()

    def __init__(
        self,
        progress: Progress,
        statuses: tuple[ItemStatus, ...] = (),
        parent: QWidget | None = None,
        *,
        practice: bool = False,
    ) -> None:
        super().__init__(parent)
        title = self.tr("Finish the practice?") if practice else self.tr("Submit the exam?")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        text = plain_label()
        blank = [s.position for s in statuses if s.state == "unanswered"]
        partial = [s.position for s in statuses if s.state == "incomplete"]
        flagged = [s.position for s in statuses if s.flagged]
        lines = [
            self.tr("You have answered %1 of %2 items.")
            .replace("%1", str(progress.answered))
            .replace("%2", str(progress.total))
        ]
        if progress.unanswered:
            lines.append(
                self.tr("%n item(s) unanswered: they will count as wrong.", "", progress.unanswered)
                + (" " + self.tr("Items: %1.").replace("%1", item_numbers(blank)) if blank else "")
            )
        if progress.incomplete:
            lines.append(
                self.tr("%n item(s) incomplete: a part answer gets no credit.", "", progress.incomplete)
                + (" " + self.tr("Items: %1.").replace("%1", item_numbers(partial)) if partial else "")
            )
        if progress.flagged:
            lines.append(
                self.tr("%n item(s) flagged for review.", "", progress.flagged)
                + (" " + self.tr("Items: %1.").replace("%1", item_numbers(flagged)) if flagged else "")
            )
        lines.append(
            self.tr("After finishing you cannot change any answer.")
            if practice
            else self.tr("After submitting you cannot change any answer.")
        )
        text.setText("\n\n".join(lines))
        self.text = text
        buttons = QDialogButtonBox()
        go = self.tr("Finish the practice") if practice else self.tr("Submit exam")
        stay = self.tr("Keep practising") if practice else self.tr("Continue the exam")
        # Our own buttons, not the box's: Enter presses whichever has the focus, even those that are not default.
        self.submit_button = PushButton(go)
        self.review_button = PushButton(self.tr("Go to the review screen"))
        self.back_button = PushButton(stay)
        buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.review_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.submit_button.setAccessibleName(go)
        self.review_button.setAccessibleName(self.tr("Go to the review screen"))
        self.back_button.setAccessibleName(stay)
        for button in (self.submit_button, self.review_button):
            button.setAutoDefault(False)
        self.back_button.setDefault(True)
        self.back_button.setFocus()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.review_button.clicked.connect(self._review)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _review(self) -> None:
        self.reject()
        self.review_requested.emit()

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        super().showEvent(event)
        self.back_button.setFocus()


class _StatusDelegate(QStyledItemDelegate):
    """Paints a review-grid cell: filled when answered, half-filled when incomplete, outlined when unseen,
    a thick flag-coloured border when flagged."""

    current = -1  # the item being answered: underlined

    def paint(
        self, painter: QPainter, option: QtWidgets.QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        status = str(index.data(StatusRole) or "")
        rect = option.rect.adjusted(3, 3, -3, -3)
        palette = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        highlight = palette.color(palette.ColorRole.Highlight)
        if "flagged" in status:
            border = status_colour("flag", option.widget)
        else:
            border = highlight if "unseen" not in status else palette.color(palette.ColorRole.Mid)
        if "answered" in status:
            fill = highlight
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
        if "incomplete" in status:  # a bar along the bottom: started, not finished
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(status_colour("amber", option.widget))
            painter.drawRoundedRect(rect.adjusted(4, rect.height() - 9, -4, -3), 2, 2)
        if option.state & QtWidgets.QStyle.StateFlag.State_HasFocus:
            pen.setStyle(Qt.PenStyle.DotLine)
            pen.setColor(text)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(3, 3, -3, -3), 4, 4)
        if index.data(Qt.ItemDataRole.UserRole) == self.current:
            bar = pen
            bar.setStyle(Qt.PenStyle.SolidLine)
            bar.setWidth(3)
            bar.setColor(text)
            painter.setPen(bar)
            painter.drawLine(rect.left() + 8, rect.bottom() - 5, rect.right() - 8, rect.bottom() - 5)
        painter.setPen(text)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(index.data()))
        if "flagged" in status:  # the flag's icon too, not its colour alone
            side = max(12, rect.height() // 3)
            flag = icon("flag", colour=text) if "answered" in status else icon("flag", "flagged")
            flag.paint(painter, QRect(rect.right() - side - 3, rect.top() + 3, side, side))
        painter.restore()

    def sizeHint(self, option: QtWidgets.QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        side = max(44, option.fontMetrics.height() * 2 + 8)
        return QSize(side + 12, side)


class ReviewFilter(QSortFilterProxyModel):
    MODES = ("all", "flagged", "unanswered", "incomplete", "unseen")

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
        if self.mode in ("incomplete", "unseen"):
            return status.review_state == self.mode
        return True


class ReviewDialog(QDialog):
    """The review screen of the real exam: every item as Unseen, Incomplete or Answered, plus Flagged;
    "Review all / incomplete / flagged" walk just those items in order; activating a cell jumps to it."""

    jump = Signal(int)
    walk = Signal(object, str)  # positions to walk through, what they are
    submit_requested = Signal()

    def __init__(
        self, model: ItemStatusModel, parent: QWidget | None = None, *, practice: bool = False, current: int = 0
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review screen"))
        self.setAccessibleName(self.tr("Review screen"))
        self.current = current
        self.model = model
        self.proxy = ReviewFilter(self)
        self.proxy.setSourceModel(model)
        self.filter = QComboBox()
        self.filter.addItem(self.tr("All items"), "all")
        self.filter.addItem(self.tr("Flagged only"), "flagged")
        self.filter.addItem(self.tr("Not answered (unseen or incomplete)"), "unanswered")
        self.filter.addItem(self.tr("Incomplete only"), "incomplete")
        self.filter.addItem(self.tr("Unseen only"), "unseen")
        self.filter.setAccessibleName(self.tr("Show"))
        self.filter.currentIndexChanged.connect(lambda: self.proxy.set_mode(self.filter.currentData()))
        self.grid = QListView()
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setUniformItemSizes(True)
        self.grid.setSpacing(4)
        self.grid.setModel(self.proxy)
        self.delegate = _StatusDelegate(self.grid)
        self.delegate.current = current
        self.grid.setItemDelegate(self.delegate)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setAccessibleName(self.tr("Items"))
        self.grid.activated.connect(self._activated)
        self.grid.doubleClicked.connect(self._activated)
        self.summary = plain_label(wrap=False)
        legend = plain_label(
            self.tr(
                "Filled: answered · Bar along the bottom: incomplete (seen, not fully answered) · Outlined: unseen · "
                "Thick border and a flag: flagged"
            )
        )
        label = plain_label(self.tr("Show:"), wrap=False)
        label.setBuddy(self.filter)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.filter)
        top.addStretch(1)
        top.addWidget(self.summary)
        self.walk_all_button = PushButton(self.tr("Review all"))
        self.walk_incomplete_button = PushButton(self.tr("Review incomplete"))
        self.walk_flagged_button = PushButton(self.tr("Review flagged"))
        for button, mode in (
            (self.walk_all_button, "all"),
            (self.walk_incomplete_button, "incomplete"),
            (self.walk_flagged_button, "flagged"),
        ):
            button.setAccessibleName(button.text())
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, m=mode: self.start_walk(m))
        walks = QHBoxLayout()
        walks.addWidget(self.walk_all_button)
        walks.addWidget(self.walk_incomplete_button)
        walks.addWidget(self.walk_flagged_button)
        walks.addStretch(1)
        self.back_button = PushButton(self.tr("Back to the practice") if practice else self.tr("Back to the exam"))
        self.back_button.setAccessibleName(self.back_button.text())
        self.submit_button = PushButton(self.tr("Finish the practice…") if practice else self.tr("Submit exam…"))
        self.submit_button.setAccessibleName(self.tr("Finish the practice") if practice else self.tr("Submit exam"))
        self.submit_button.setAutoDefault(False)
        # Enter in the grid jumps; it must not also press a default button of the dialog.
        for button in (self.back_button, self.submit_button):
            button.setAutoDefault(False)
            button.setDefault(False)
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
        layout.addLayout(walks)
        layout.addLayout(bottom)
        self.resize(760, 560)
        self.refresh()
        self.filter.currentIndexChanged.connect(self._select_current)
        self._select_current()
        self.grid.setFocus(Qt.FocusReason.OtherFocusReason)

    def _select_current(self) -> None:
        """Start on the item being answered, so arrows move from there and Enter comes back to it."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if int(self.proxy.data(index, Qt.ItemDataRole.UserRole)) == self.current:
                self.grid.setCurrentIndex(index)
                return
        if self.proxy.rowCount():
            self.grid.setCurrentIndex(self.proxy.index(0, 0))

    def _positions(self, mode: str) -> list[int]:
        statuses = [self.model.status(r) for r in range(self.model.rowCount())]
        if mode == "flagged":
            return [s.position for s in statuses if s.flagged]
        if mode == "incomplete":  # as in the real exam: every item not fully answered, seen or not
            return [s.position for s in statuses if s.state != "answered"]
        return [s.position for s in statuses]

    def walk_name(self, mode: str) -> str:
        if mode == "flagged":
            return self.tr("flagged items")
        if mode == "incomplete":
            return self.tr("incomplete items")
        return self.tr("all items")

    def start_walk(self, mode: str) -> None:
        positions = self._positions(mode)
        if not positions:
            return
        self.accept()
        self.walk.emit(positions, self.walk_name(mode))

    def refresh(self) -> None:
        total = self.model.rowCount()
        statuses = [self.model.status(r) for r in range(total)]
        states = [s.review_state for s in statuses]
        flagged = sum(s.flagged for s in statuses)
        self.summary.setText(
            self.tr("Answered: %1 · Incomplete: %2 · Unseen: %3 · Flagged: %4")
            .replace("%1", str(states.count("answered")))
            .replace("%2", str(states.count("incomplete")))
            .replace("%3", str(states.count("unseen")))
            .replace("%4", str(flagged))
        )
        self.walk_incomplete_button.setEnabled(any(s.state != "answered" for s in statuses))
        self.walk_flagged_button.setEnabled(flagged > 0)

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
        if not index.isValid():
            return None
        shortcut = self.row(index.row())
        if role == Qt.ItemDataRole.UserRole:
            return shortcut.keys  # the portable form, for tests and lookups
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return native_keys(shortcut.keys) if index.column() == 0 else describe(shortcut.id)


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
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the Close button
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
            short_datetime(pack.imported_at),
            "".join(c if c.isprintable() else "?" for c in pack.source),
        )
        return cells[index.column()]


class PreferencesDialog(QDialog):
    """Language, text size, colours (light, dark or the system's) and candidate name (remembered), and the imported
    question packs."""

    remove_requested = Signal(str)  # a pack's name; the window removes it on the op runner

    def __init__(
        self,
        language: str,
        zoom: int,
        candidate: str,
        exam_date: date | None = None,
        parent: QWidget | None = None,
        theme: str = "system",
    ) -> None:
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
        self.theme = QComboBox()
        theme_names = {"system": self.tr("As the system"), "light": self.tr("Light"), "dark": self.tr("Dark")}
        for code in THEMES:
            self.theme.addItem(icon(THEME_ICONS[code]), theme_names[code], code)
        self.theme.setCurrentIndex(THEMES.index(theme) if theme in THEMES else 0)
        self.theme.setAccessibleName(self.tr("Colours"))
        self.candidate = QtWidgets.QLineEdit(candidate)
        self.candidate.setAccessibleName(self.tr("Candidate name (for reports)"))
        self.candidate.setMaxLength(120)
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Text size:"), self.zoom)
        form.addRow(self.tr("Colours:"), self.theme)
        form.addRow(self.tr("Candidate name (for reports):"), self.candidate)
        # The exam date is optional: Home counts down to it and asks for full exams as it nears.
        self.has_exam_date = QCheckBox(self.tr("I have booked my exam for"))
        self.exam_date = QDateEdit()
        self.exam_date.setCalendarPopup(True)
        self.exam_date.setMinimumDate(QDate.currentDate().addDays(-365))
        self.exam_date.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.LongFormat))
        chosen = exam_date or date.today() + timedelta(days=30)
        self.exam_date.setDate(QDate(chosen.year, chosen.month, chosen.day))
        self.exam_date.setAccessibleName(self.tr("Exam date"))
        self.has_exam_date.setAccessibleName(self.tr("I have an exam date"))
        self.has_exam_date.setChecked(exam_date is not None)
        self.exam_date.setEnabled(exam_date is not None)
        self.has_exam_date.toggled.connect(self.exam_date.setEnabled)
        form.addRow(self.has_exam_date, self.exam_date)
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
        self.packs_table.setTabKeyNavigation(False)  # Tab leaves the table for the Remove button
        self.packs_empty = plain_label(self.tr("No packs imported. The shipped bank is always there."))
        self.remove_button = PushButton(self.tr("Remove pack"))
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

    def chosen_exam_date(self) -> date | None:
        if not self.has_exam_date.isChecked():
            return None
        value = self.exam_date.date()
        return date(value.year(), value.month(), value.day())

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
