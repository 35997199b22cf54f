"""Qt models over engine data: task choices, bank summary, history, item statuses, scores, ordering steps."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from simulator.blueprint import Blueprint
from simulator.states import AttemptStatus, Mode
from simulator.views import AttemptSummary, ItemStatus, StepView
from ui.locale_text import short_datetime
from ui.plain import plain_tip
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QtCore,
)
from ui.theme import status_colour

AnyIndex = QModelIndex | QPersistentModelIndex
StatusRole = Qt.ItemDataRole.UserRole + 2
PercentRole = Qt.ItemDataRole.UserRole + 3


class RowsTableModel(QAbstractTableModel):
    """A read-only table over a list of engine rows; subclasses name their columns and render a row."""

    CONTEXT = "Models"
    HEADERS: tuple[object, ...] = ()  # QT_TRANSLATE_NOOP marks; typed object in the stubs

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> Any:
        return self._rows[number]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self.CONTEXT, str(self.HEADERS[section]))
        return None


class TaskChoiceModel(QAbstractItemModel):
    """The task statements grouped under their domains (a tree: each domain expands to its tasks), with a check
    box each. A domain's box checks or clears all its tasks and shows partly checked when only some are; a task
    shows the candidate's mastery beside its title."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._domains: list[tuple[int, str, list[tuple[str, str]]]] = []  # id, title, its (task id, title)
        self._checked: set[str] = set()
        self._mastery: dict[str, int] = {}  # task id -> the candidate's mastery, rounded per cent (known ones only)
        self.language = "es"

    def set_blueprint(self, blueprint: Blueprint, language: str) -> None:
        self.beginResetModel()
        self.language = language
        self._domains = [
            (d.id, d.title(language), [(t.id, t.title(language)) for t in blueprint.tasks_of(d.id)])
            for d in blueprint.domains
        ]
        self._checked &= set(self.task_ids())
        self.endResetModel()

    # ----- the tree: domains at the top (internal id 0), tasks under them (internal id = domain row + 1) -----

    def index(self, row: int, column: int = 0, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._domains) else QModelIndex()
        if parent.internalId() == 0 and row < len(self._domains[parent.row()][2]):
            return self.createIndex(row, 0, parent.row() + 1)
        return QModelIndex()

    def parent(self, child: AnyIndex | None = None) -> Any:
        if child is None:  # QObject.parent()
            return super().parent()
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._domains)
        return len(self._domains[parent.row()][2]) if parent.internalId() == 0 else 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def _domain_state(self, tasks: list[tuple[str, str]]) -> Qt.CheckState:
        ticked = sum(t in self._checked for t, _ in tasks)
        if ticked == 0:
            return Qt.CheckState.Unchecked
        return Qt.CheckState.Checked if ticked == len(tasks) else Qt.CheckState.PartiallyChecked

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            domain_id, domain_title, tasks = self._domains[index.row()]
            name = QCoreApplication.translate("Models", "Domain %1").replace("%1", str(domain_id))
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{name} · {domain_title}"
            if role == Qt.ItemDataRole.CheckStateRole:
                return self._domain_state(tasks)
            return None
        task_id, title = self._domains[index.internalId() - 1][2][index.row()]
        mastery = self._mastery.get(task_id)
        if role == Qt.ItemDataRole.DisplayRole:
            # No-break spaces: a wrapped title never leaves "%" alone on a line.
            return f"{task_id}  {title}" + ("" if mastery is None else f" ·\u00a0{mastery}\u00a0%")
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if task_id in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if mastery is None:
                return f"{task_id} {title}"
            said = QCoreApplication.translate("Models", "mastery %1 %").replace("%1", str(mastery))
            return f"{task_id} {title}, {said}"
        if role == Qt.ItemDataRole.UserRole:
            return task_id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        state = Qt.CheckState(value) if not isinstance(value, Qt.CheckState) else value
        if index.internalId() == 0:  # a domain: all its tasks
            tasks = {t for t, _ in self._domains[index.row()][2]}
            self._checked = self._checked | tasks if state != Qt.CheckState.Unchecked else self._checked - tasks
            self._changed_all()
            return True
        task_id = self._domains[index.internalId() - 1][2][index.row()][0]
        if state == Qt.CheckState.Checked:
            self._checked.add(task_id)
        else:
            self._checked.discard(task_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        domain = self.parent(index)
        self.dataChanged.emit(domain, domain, [Qt.ItemDataRole.CheckStateRole])
        return True

    def _changed_all(self, roles: Sequence[int] = (Qt.ItemDataRole.CheckStateRole,)) -> None:
        if not self._domains:
            return
        self.dataChanged.emit(self.index(0), self.index(len(self._domains) - 1), list(roles))
        for row, (_, _, tasks) in enumerate(self._domains):
            if tasks:
                parent = self.index(row)
                self.dataChanged.emit(self.index(0, 0, parent), self.index(len(tasks) - 1, 0, parent), list(roles))

    def checked(self) -> tuple[str, ...]:
        return tuple(t for t in self.task_ids() if t in self._checked)

    def task_ids(self) -> tuple[str, ...]:
        return tuple(t for _, _, tasks in self._domains for t, _ in tasks)

    def set_mastery(self, masteries: Mapping[str, float]) -> None:
        """The candidate's mastery (0..1) per task statement they answered; shown as a rounded percentage."""
        self._mastery = {task: round(value * 100) for task, value in masteries.items()}
        self._changed_all((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole))

    def set_checked(self, task_ids: Sequence[str]) -> None:
        self._checked = set(task_ids)
        self._changed_all()


class BankSummaryModel(RowsTableModel):
    """Items per domain in the bank."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Models", "Domain"),
        QT_TRANSLATE_NOOP("Models", "Weight"),
        QT_TRANSLATE_NOOP("Models", "Items"),
    )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        domain, title, weight, items = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (f"{domain}. {title}", f"{weight} %", str(items))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AttemptsModel(RowsTableModel):
    """Every attempt, newest first: date, mode, score, estimate, duration; demo attempts marked."""

    CONTEXT = "AttemptsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("AttemptsModel", "Date"),
        QT_TRANSLATE_NOOP("AttemptsModel", "Mode"),
        QT_TRANSLATE_NOOP("AttemptsModel", "Score"),
        QT_TRANSLATE_NOOP("AttemptsModel", "Estimate"),
        QT_TRANSLATE_NOOP("AttemptsModel", "Duration"),
    )

    def attempt(self, row: int) -> AttemptSummary:
        return self.row(row)  # type: ignore[no-any-return]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return short_datetime(row.created_at)
            if column == 1:
                mode = (
                    QCoreApplication.translate("AttemptsModel", "Full exam")
                    if row.mode == Mode.FULL
                    else QCoreApplication.translate("AttemptsModel", "Practice")
                )
                return mode + (" · " + QCoreApplication.translate("AttemptsModel", "demo") if row.is_demo else "")
            if row.status != AttemptStatus.SUBMITTED:
                status = (
                    QCoreApplication.translate("AttemptsModel", "in progress")
                    if row.status == AttemptStatus.IN_PROGRESS
                    else QCoreApplication.translate("AttemptsModel", "discarded")
                )
                return status if column == 2 else ""
            if column == 2:
                return f"{row.scaled_score} · {row.raw_correct}/{row.scored_total}"
            if column == 3:
                return (
                    QCoreApplication.translate("AttemptsModel", "pass")
                    if row.passed
                    else QCoreApplication.translate("AttemptsModel", "fail")
                )
            return f"{row.used_minutes} min"
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and row.status == AttemptStatus.SUBMITTED:
            return status_colour("ok" if row.passed else "bad")
        return None


class ItemStatusModel(QAbstractListModel):
    """One cell per exam item for the review grid: unseen, incomplete or answered, and flagged."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ItemStatus] = []

    def set_statuses(self, rows: Sequence[ItemStatus]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def status(self, row: int) -> ItemStatus:
        return self._rows[row]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(row.position + 1)  # the delegate draws the flag's icon in a flagged cell
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [QCoreApplication.translate("Models", "Item %1").replace("%1", str(row.position + 1))]
            state = row.review_state
            parts.append(
                QCoreApplication.translate("Models", "answered")
                if state == "answered"
                else QCoreApplication.translate("Models", "incomplete")
                if state == "incomplete"
                else QCoreApplication.translate("Models", "unseen")
            )
            if row.flagged:
                parts.append(QCoreApplication.translate("Models", "flagged"))
            return ", ".join(parts)
        if role == StatusRole:
            return ("flagged " if row.flagged else "") + row.review_state
        if role == Qt.ItemDataRole.UserRole:
            return row.position
        return None


class GroupScoreModel(RowsTableModel):
    """Correct / total and % per domain or task statement; column 2 is drawn as a bar."""

    HEADERS: tuple[object, ...] = (
        QT_TRANSLATE_NOOP("Models", "Area"),
        QT_TRANSLATE_NOOP("Models", "Correct"),
        QT_TRANSLATE_NOOP("Models", "Score"),
    )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group_id, title, score = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return f"{group_id}  {title}"
            if index.column() == 1:
                return f"{score.correct}/{score.total}" if score.total else "—"
            return f"{score.percent:.0f} %" if score.total else QCoreApplication.translate("Models", "no items")
        if role == PercentRole:
            return score.percent if score.total else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(f"{group_id} {title}: {score.correct}/{score.total}")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class DomainScoreModel(GroupScoreModel):
    """GroupScoreModel plus the score report's wording per domain ("Meets competencies" / "Needs improvement")."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Models", "Area"),
        QT_TRANSLATE_NOOP("Models", "Correct"),
        QT_TRANSLATE_NOOP("Models", "Score"),
        QT_TRANSLATE_NOOP("Models", "Competencies"),
    )

    def set_verdicts(self, verdicts: Sequence[bool | None] | None) -> None:
        """One verdict per row, or None to hide the column (practice)."""
        self.verdicts = list(verdicts) if verdicts is not None else None

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return 4 if getattr(self, "verdicts", None) is not None else 3

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        verdicts = getattr(self, "verdicts", None)
        if index.isValid() and index.column() == 3 and verdicts is not None:
            verdict = verdicts[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                if verdict is None:
                    return "—"
                return (
                    QCoreApplication.translate("Models", "Meets competencies")
                    if verdict
                    else QCoreApplication.translate("Models", "Needs improvement")
                )
            if role == Qt.ItemDataRole.ForegroundRole and verdict is not None:
                return status_colour("ok" if verdict else "bad")
            return None
        return super().data(index, role)


class StepsModel(QAbstractListModel):
    """The steps of an ordering item in the candidate's current order; movable by drag or keys."""

    order_changed = QtCore.Signal()

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: list[StepView] = []

    def set_steps(self, steps: Sequence[StepView]) -> None:
        self.beginResetModel()
        self._steps = list(steps)
        self.endResetModel()

    def order(self) -> list[int]:
        return [s.index for s in self._steps]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._steps)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        step = self._steps[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}.  {step.text}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (
                QCoreApplication.translate("Models", "Position %1: %2")
                .replace("%1", str(index.row() + 1))
                .replace("%2", step.text)
            )
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def moveRows(
        self, source_parent: AnyIndex, source_row: int, count: int, destination_parent: AnyIndex, destination: int
    ) -> bool:
        if count != 1 or source_parent.isValid() or destination_parent.isValid():
            return False
        if destination in (source_row, source_row + 1) or not 0 <= destination <= len(self._steps):
            return False
        self.beginMoveRows(QModelIndex(), source_row, source_row, QModelIndex(), destination)
        step = self._steps.pop(source_row)
        self._steps.insert(destination - 1 if destination > source_row else destination, step)
        self.endMoveRows()
        # Row numbers are part of the text, so every row's display changes.
        self.dataChanged.emit(self.index(0), self.index(len(self._steps) - 1))
        self.order_changed.emit()
        return True

    def move(self, row: int, delta: int) -> int:
        """Move a step up (-1) or down (+1); return its new row."""
        target = row + delta
        if not 0 <= row < len(self._steps) or not 0 <= target < len(self._steps):
            return row
        self.moveRows(QModelIndex(), row, 1, QModelIndex(), target + 1 if delta > 0 else target)
        return target

    def mimeTypes(self) -> list[str]:
        return ["application/x-simulacro-step"]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QtCore.QMimeData:
        mime = QtCore.QMimeData()
        if indexes:
            mime.setData("application/x-simulacro-step", str(indexes[0].row()).encode())
        return mime

    def dropMimeData(
        self, data: QtCore.QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat("application/x-simulacro-step"):
            return False
        source = int(bytes(data.data("application/x-simulacro-step").data()).decode())
        destination = row if row >= 0 else (parent.row() if parent.isValid() else len(self._steps))
        self.moveRows(QModelIndex(), source, 1, QModelIndex(), destination)
        return False  # the move is done; returning False stops the view from removing the source row
