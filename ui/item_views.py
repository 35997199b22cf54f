"""Widgets for each item type; they report the candidate's intent and never touch the database."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from simulator.content import OPTION_LETTERS, option_letter
from simulator.views import ItemView
from ui.keyboard import PushButton
from ui.models import StepsModel
from ui.plain import plain_label
from ui.qt import (
    QAbstractItemView,
    QAction,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QEvent,
    QFont,
    QGridLayout,
    QHBoxLayout,
    QListView,
    QObject,
    QRadioButton,
    QResizeEvent,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.shortcuts import with_keys, with_native_keys
from ui.theme import status_colour, status_pixmap

Row = TypeVar("Row", bound=QWidget)
LETTERS = OPTION_LETTERS  # A-J: options answer to their letter as well as their number
FOCUS_RING = (
    "QRadioButton:focus, QCheckBox:focus { border: 2px solid palette(highlight); border-radius: 4px; }"
    "QRadioButton, QCheckBox { border: 2px solid transparent; padding: 2px; }"
)


def grown_pool(pool: list[Row], count: int, make: Callable[[int], Row]) -> list[Row]:
    """The first `count` widgets of `pool`, made (hidden, 1-based place given) if there are fewer; the rest
    hidden. Views reuse their rows from item to item: building and polishing new widgets per item was most of
    the time it took to show the next one."""
    while len(pool) < count:
        row = make(len(pool) + 1)
        row.setVisible(False)
        pool.append(row)
    for row in pool[count:]:
        row.setVisible(False)
    return pool[:count]


class ItemWidget(QWidget):
    """Base: shows one item; emits the answer the candidate gives."""

    answer_changed = Signal(object)  # list in canonical order, or None to clear
    draft_changed = Signal(object)  # ordering: the order being built, not yet confirmed
    strike_requested = Signal(int)  # canonical option index
    hint = Signal(str)  # a refusal or guidance to show near the item

    def show_item(self, view: ItemView) -> None:
        raise NotImplementedError

    def pick(self, number: int) -> None:
        """Digit key `number` (1-based); ignored by types without numbered options."""

    def strike_number(self, number: int) -> None:
        """Alt+digit: ask to strike option `number` (1-based)."""

    def move_selected(self, delta: int) -> None:
        """Alt+Up/Down in ordering items."""

    def focus_widgets(self) -> list[QWidget]:
        """The view's controls in Tab order; the first one gets the focus when an item loads."""
        return []


class _ClickFilter(QObject):
    """Clicking an option's text acts like clicking its button."""

    def __init__(self, row: OptionRow) -> None:
        super().__init__(row)
        self.row = row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        button = self.row.button
        if event.type() == QEvent.Type.MouseButtonRelease and button.isEnabled():
            button.click()
            return True
        return False


class OptionRow(QWidget):
    """One option: its button, letter, text, strike-out state and, in review, its reason. It holds a radio button
    and a check box in the same place and shows the one its item needs, so moving between one-answer and
    several-answer items swaps two small widgets instead of hiding and showing whole rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.radio = QRadioButton()
        self.check = QCheckBox()
        self.check.setVisible(False)
        self.multiple = False
        self.letter = plain_label(wrap=False)
        # Not selectable: a click on the text chooses the option (_ClickFilter), and a selectable label lays its
        # text out through a whole QTextDocument at every size query (a third of the time to show the next item).
        self.text = plain_label()
        self.mark = plain_label(wrap=False)
        self.mark_icon = plain_label(wrap=False)  # the status's icon: right and wrong are never colour alone
        self.why = plain_label(selectable=True)
        self.why.setVisible(False)
        self.option_index = -1
        self._struck: bool | None = None
        self.marked = False
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setHorizontalSpacing(8)
        layout.addWidget(self.radio, 0, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.check, 0, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.letter, 0, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 0, 2, Qt.AlignmentFlag.AlignTop)  # level with its letter
        layout.addWidget(self.mark_icon, 0, 3, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.mark, 0, 4, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.why, 1, 2, 1, 3)
        layout.setColumnStretch(2, 1)
        self.text.installEventFilter(_ClickFilter(self))
        self.letter.installEventFilter(_ClickFilter(self))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.strike_action = QAction(self)
        self.addAction(self.strike_action)

    @property
    def button(self) -> QRadioButton | QCheckBox:
        """The button the shown item uses: a check box in a several-answer item, else a radio button."""
        return self.check if self.multiple else self.radio

    def set_multiple(self, multiple: bool) -> None:
        if multiple != self.multiple:
            self.multiple = multiple
            self.radio.setVisible(not multiple)
            self.check.setVisible(multiple)

    def set_struck(self, struck: bool) -> None:
        if struck == self._struck:
            return  # a style sheet change re-polishes the label: skip it when nothing changes
        self._struck = struck
        font = QFont(self.text.font())
        font.setStrikeOut(struck)
        self.text.setFont(font)
        colour = status_colour("muted", self).name() if struck else ""
        self.text.setStyleSheet(f"color: {colour};" if colour else "")

    def show_feedback(self, status: str | None, mark: str, why: str) -> None:
        """After checking: the mark ("right" or "wrong" status, or none) and the option's reason."""
        self.marked = True
        if status is not None:
            self.mark.setText(mark)
            self.mark.setStyleSheet(f"color: {status_colour(status, self).name()}; font-weight: bold;")
            self.mark_icon.setPixmap(status_pixmap(status))
        self.why.setText(why)
        self.why.setVisible(True)
        self.why.setStyleSheet(f"color: {status_colour('muted', self).name()};")

    def clear_feedback(self) -> None:
        """Back to a plain option: no mark, no icon, no reason (rows are reused from item to item)."""
        if not self.marked:
            return
        self.marked = False
        self.mark.clear()
        self.mark.setStyleSheet("")
        self.mark_icon.clear()
        self.why.clear()
        self.why.setVisible(False)


class ChoiceView(ItemWidget):
    """single: radio buttons; multiple: check boxes limited to the number the key has."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._rows: list[OptionRow] = []  # the rows the current item shows, in display order
        # Rows are built once and reused (grown_pool); radio buttons and check boxes each have their own group.
        self._pool: list[OptionRow] = []
        self._groups = {False: QButtonGroup(self), True: QButtonGroup(self)}
        self._groups[True].setExclusive(False)
        for group in self._groups.values():
            group.idClicked.connect(self._clicked)
        self._group: QButtonGroup | None = None
        self._view: ItemView | None = None
        # Qt's own focus ring on radio buttons and check boxes is a faint dotted line: draw a clear one.
        self.setStyleSheet(FOCUS_RING)

    def _new_row(self, number: int) -> OptionRow:
        row = OptionRow(self)
        row.strike_action.triggered.connect(lambda _=False: self.strike_number(number))  # Alt+number strikes it
        self._groups[False].addButton(row.radio)
        self._groups[True].addButton(row.check)
        self._layout.addWidget(row)
        # The letter, the first line of text and, after checking, the mark sit level with the button's middle (all
        # are top-aligned, so a long option wraps below its first line instead of centring on the button).
        row.radio.ensurePolished()
        gap = max(0, (row.radio.sizeHint().height() - row.text.fontMetrics().height()) // 2)
        for label in (row.letter, row.text, row.mark, row.mark_icon):
            label.setContentsMargins(0, gap, 0, 0)
        return row

    def show_item(self, view: ItemView) -> None:
        self._view = view
        multiple = view.type == "multiple"
        self._rows = grown_pool(self._pool, len(view.options), self._new_row)
        self._group = group = self._groups[multiple]
        chosen = set(view.answer or ())
        locked = view.feedback is not None
        group.setExclusive(False)  # an exclusive group cannot uncheck its checked button
        for number, (row, option) in enumerate(zip(self._rows, view.options, strict=True)):
            row.set_multiple(multiple)
            row.option_index = option.index
            group.setId(row.button, option.index)
            row.letter.setText(f"{option_letter(number)}.")
            row.text.setText(option.text)
            row.button.setChecked(option.index in chosen)
            row.button.setEnabled(not locked)
            row.button.setAccessibleName(
                self.tr("Option %1: %2").replace("%1", option_letter(number)).replace("%2", option.text)
            )
            tip = ""
            if number < 9:  # the keys: A-I and 1-9
                tip = self.tr("Choose this option (key %1 or %2)")
                tip = tip.replace("%1", LETTERS[number]).replace("%2", str(number + 1))
            row.button.setToolTip(tip)
            struck = option.index in view.struck
            row.set_struck(struck)
            row.strike_action.setText(self.tr("Restore option") if struck else self.tr("Strike out option"))
            row.clear_feedback()
            if view.feedback is not None:
                self._show_feedback(row, option.index, option.why, option.index in chosen, view)
            row.setVisible(True)  # visible now, not at the next event loop, so keys and clicks reach it at once
        group.setExclusive(not multiple)

    def _show_feedback(self, row: OptionRow, index: int, why: str, chosen: bool, view: ItemView) -> None:
        assert view.feedback is not None
        if index in view.feedback.key:
            row.show_feedback("right", self.tr("correct"), why)
        elif chosen:
            row.show_feedback("wrong", self.tr("your choice"), why)
        else:
            row.show_feedback(None, "", why)

    def _chosen(self) -> list[int]:
        return sorted(row.option_index for row in self._rows if row.button.isChecked())

    def _clicked(self, option_index: int) -> None:
        view = self._view
        if view is None:
            return
        chosen = self._chosen()
        if view.type == "multiple" and len(chosen) > view.choose:
            # Refuse the extra choice instead of silently dropping another one.
            for row in self._rows:
                if row.option_index == option_index:
                    row.button.setChecked(False)
            self.hint.emit(
                self.tr("You have already chosen %1 options. Clear one to choose another.").replace(
                    "%1", str(view.choose)
                )
            )
            return
        self.hint.emit("")
        self.answer_changed.emit(chosen or None)

    def pick(self, number: int) -> None:
        if 1 <= number <= len(self._rows) and self._rows[number - 1].button.isEnabled():
            self._rows[number - 1].button.click()

    def strike_number(self, number: int) -> None:
        """Strike option `number`; a chosen option is unchosen first (a struck-out choice makes no sense)."""
        if not 1 <= number <= len(self._rows):
            return
        row = self._rows[number - 1]
        if row.button.isChecked():
            if not row.button.isEnabled():
                return
            if self._group is not None and self._group.exclusive():
                self._group.setExclusive(False)
                row.button.setChecked(False)
                self._group.setExclusive(True)
            else:
                row.button.setChecked(False)
            self.answer_changed.emit(self._chosen() or None)
        self.strike_requested.emit(row.option_index)

    def option_rows(self) -> list[OptionRow]:
        return list(self._rows)

    def focus_widgets(self) -> list[QWidget]:
        return [row.button for row in self._rows]


class _MatchRow(QWidget):
    """One prompt of a matching item: its text, the response chooser and, after checking, the verdict."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = plain_label()  # not selectable, as an option's text (see OptionRow)
        self.combo = QComboBox()
        self.combo.setMinimumContentsLength(18)
        # As wide as its longest response, so a chosen response always shows whole; the prompt wraps instead.
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.label.setBuddy(self.combo)
        self.detail = plain_label(selectable=True)
        self.detail_icon = plain_label(wrap=False)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.label, 0, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.combo, 0, 1, Qt.AlignmentFlag.AlignVCenter)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)
        detail_row = QHBoxLayout()
        detail_row.addWidget(self.detail_icon, 0, Qt.AlignmentFlag.AlignTop)
        detail_row.addWidget(self.detail, 1)
        layout.addLayout(detail_row, 1, 0, 1, 2)
        self.show_verdict(None, "")

    def show_verdict(self, right: bool | None, text: str) -> None:
        """The check's verdict under the prompt, or nothing (`right` None)."""
        shown = right is not None
        self.detail.setVisible(shown)
        self.detail_icon.setVisible(shown)
        if right is None:
            return
        status = "right" if right else "wrong"
        self.detail.setText(text)
        self.detail.setStyleSheet(f"color: {status_colour(status, self).name()};")
        self.detail_icon.setPixmap(status_pixmap(status))


class MatchingView(ItemWidget):
    """A response chooser per prompt; a response may serve several prompts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.note = plain_label()
        self._layout.addWidget(self.note)
        self._pool: list[_MatchRow] = []  # reused from item to item, as the option rows are
        self._combos: list[tuple[int, QComboBox]] = []
        self._prompt_count = 0

    def _new_row(self, _number: int) -> _MatchRow:
        row = _MatchRow(self)
        row.combo.currentIndexChanged.connect(self._changed)
        self._layout.addWidget(row)
        return row

    def show_item(self, view: ItemView) -> None:
        self.note.setText(self.tr("Choose a response for each prompt. A response can be used more than once."))
        self._combos = []
        self._prompt_count = len(view.prompts)
        answer = list(view.answer) if view.answer else [None] * len(view.prompts)
        locked = view.feedback is not None
        rows = grown_pool(self._pool, len(view.prompts), self._new_row)
        for number, (row, prompt) in enumerate(zip(rows, view.prompts, strict=True), start=1):
            row.label.setText(f"{number}. {prompt.text}")
            combo = row.combo
            chosen = answer[prompt.index] if prompt.index < len(answer) else None
            combo.blockSignals(True)  # filling the chooser is not the candidate's answer
            combo.clear()
            combo.addItem(self.tr("— choose —"), None)
            for response in view.responses:
                combo.addItem(response.text, response.key)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
            combo.blockSignals(False)
            combo.setEnabled(not locked)
            combo.setAccessibleName(self.tr("Response for: %1").replace("%1", prompt.text))
            if view.feedback is None:
                row.show_verdict(None, "")
            else:
                key = view.feedback.key[prompt.index]
                right = chosen == key
                key_text = next(r.text for r in view.responses if r.key == key)
                why = view.feedback.prompt_whys[prompt.index]
                mark = self.tr("Right.") + " " if right else self.tr("Answer: %1").replace("%1", key_text) + ". "
                row.show_verdict(right, mark + why)
            row.setVisible(True)
            self._combos.append((prompt.index, combo))

    def _changed(self) -> None:
        answer: list[Any] = [None] * self._prompt_count
        for index, combo in self._combos:
            answer[index] = combo.currentData()
        self.answer_changed.emit(answer if any(a is not None for a in answer) else None)

    def combos(self) -> list[QComboBox]:
        return [combo for _, combo in self._combos]

    def focus_widgets(self) -> list[QWidget]:
        return list(self.combos())


class OrderingView(ItemWidget):
    """Steps to put in order: drag and drop, or Alt+Up / Alt+Down, then confirm."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = StepsModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.up = PushButton()
        self.down = PushButton()
        self.confirm = PushButton()
        self.note = plain_label()
        self.feedback = plain_label(selectable=True)
        self.feedback.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.feedback)
        self.up.clicked.connect(lambda: self.move_selected(-1))
        self.down.clicked.connect(lambda: self.move_selected(1))
        self.confirmed = False
        self.confirm.clicked.connect(lambda: self.answer_changed.emit(self.model.order()))
        # A moved step counts as an answer only once the order is confirmed (until then the item is incomplete).
        self.model.order_changed.connect(
            lambda: (self.answer_changed if self.confirmed else self.draft_changed).emit(self.model.order())
        )
        self.list.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+Up / Alt+Down move the focused step; only here, so other item types keep those keys."""
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier  # type: ignore[attr-defined]
            key = event.key()  # type: ignore[attr-defined]
            if modifiers == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_selected(-1 if key == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    def focus_widgets(self) -> list[QWidget]:
        return [self.list, self.up, self.down, self.confirm]

    def show_item(self, view: ItemView) -> None:
        self.note.setText(
            with_native_keys(
                self.tr("Put the steps in order, first at the top. Drag them, or select one and press %1 / %2."),
                *("move_up", "move_down"),
            )
        )
        self.up.setText(self.tr("Move up"))
        self.up.setToolTip(with_keys(self.tr("Move the selected step up"), "move_up"))
        self.down.setText(self.tr("Move down"))
        self.down.setToolTip(with_keys(self.tr("Move the selected step down"), "move_down"))
        self.confirmed = view.answered
        self.confirm.setText(self.tr("Confirm this order") if not view.answered else self.tr("Order saved"))
        self.confirm.setEnabled(not view.answered and view.feedback is None)
        self.up.setAccessibleName(self.tr("Move up"))
        self.down.setAccessibleName(self.tr("Move down"))
        self.confirm.setAccessibleName(self.tr("Confirm order"))
        self.list.setAccessibleName(self.tr("Steps to order"))
        self.model.set_steps(view.steps)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))
        locked = view.feedback is not None
        self.list.setDragEnabled(not locked)
        self.up.setEnabled(not locked)
        self.down.setEnabled(not locked)
        self._fit_list_height()
        if view.feedback is not None:
            texts = {s.index: s.text for s in view.steps}
            lines = [self.tr("Correct order:")]
            for n, index in enumerate(view.feedback.key, start=1):
                why = view.feedback.step_whys[index]
                lines.append(f"{n}. {texts[index]}" + (f" — {why}" if why else ""))
            self.feedback.setText("\n".join(lines))
            self.feedback.setVisible(True)
        else:
            self.feedback.setVisible(False)

    def _fit_list_height(self) -> None:
        """Show every step without a scroll bar and without empty space below."""
        minimum = self.list.fontMetrics().height() + 6
        rows = sum(max(self.list.sizeHintForRow(r), minimum) for r in range(self.model.rowCount()))
        spacing = self.list.spacing() * 2 * self.model.rowCount()
        self.list.setFixedHeight(rows + spacing + 2 * self.list.frameWidth() + 8)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_list_height()

    def move_selected(self, delta: int) -> None:
        current = self.list.currentIndex()
        if not current.isValid() or not self.up.isEnabled():
            return
        target = self.model.move(current.row(), delta)
        self.list.setCurrentIndex(self.model.index(target))
