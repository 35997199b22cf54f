"""Keyboard helpers for every screen: Enter presses buttons, views release Tab, focus lands on something useful."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from ui.qt import (
    QAbstractButton,
    QAbstractItemView,
    QKeyEvent,
    QKeySequence,
    QPushButton,
    Qt,
    QWidget,
)

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class PushButton(QPushButton):
    """A push button that Enter (and keypad Enter) presses when it has the focus, as Windows and Linux users
    expect; Qt does this only for a dialog's auto-default buttons. Done in the button itself: an
    application-wide event filter did it before, and every event of every widget then passed through Python
    (1-3 ms of each move to the next item, measured with bench/exam_ui.py)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in ENTER_KEYS and modifiers == Qt.KeyboardModifier.NoModifier:
            if self.isEnabled() and self.isVisible():
                self.click()
            event.accept()
            return
        super().keyPressEvent(event)


def release_tab(root: QWidget) -> None:
    """Tab and Shift+Tab leave every item view under `root` (arrows still move inside it)."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)


def focusable(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def first_focusable(root: QWidget) -> QWidget | None:
    """The first widget under `root`, in Tab order, that Tab could reach."""
    widget = root.nextInFocusChain()
    seen: set[int] = set()
    while widget is not None and id(widget) not in seen and widget is not root:
        seen.add(id(widget))
        if root.isAncestorOf(widget) and focusable(widget):
            return widget
        widget = widget.nextInFocusChain()
    return None


def focus_start(page: QWidget) -> None:
    """Put the focus where a keyboard user starts on `page`: the page's own choice, else its first control."""
    chooser = getattr(page, "focus_start", None)
    if callable(chooser) and chooser():
        return
    target = first_focusable(page)
    if target is not None:
        target.setFocus(Qt.FocusReason.OtherFocusReason)


def chain(widgets: Iterable[QWidget | None]) -> None:
    """Make Tab visit `widgets` in this order (None entries are skipped)."""
    present = [w for w in widgets if w is not None]
    for before, after in itertools.pairwise(present):
        QWidget.setTabOrder(before, after)


def page_buttons(page: QWidget) -> list[QAbstractButton]:
    """Visible push buttons of a page in Tab order: what the Actions menu offers."""
    found: list[QAbstractButton] = []
    widget = page.nextInFocusChain()
    seen: set[int] = set()
    while widget is not None and id(widget) not in seen and widget is not page:
        seen.add(id(widget))
        if isinstance(widget, QPushButton) and page.isAncestorOf(widget) and widget.isVisible():
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def native_keys(portable: str) -> str:
    """A key sequence as the platform and language name it ('Ctrl+Derecha'); text such as '1 … 9' stays."""
    if "…" in portable:
        return " … ".join(native_keys(part.strip()) for part in portable.split("…"))
    sequence = QKeySequence(portable, QKeySequence.SequenceFormat.PortableText)
    text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
    return text or portable


def announce_to_screen_reader(widget: QWidget, message: str) -> None:
    """Have a screen reader speak `message` once (the clock itself stays silent as it counts down)."""
    from ui.qt import QtGui

    event_type = getattr(QtGui, "QAccessibleAnnouncementEvent", None)
    if event_type is not None:
        QtGui.QAccessible.updateAccessibility(event_type(widget, message))
