"""Driving the window by keyboard only: every key goes to whatever widget has the focus, as a person's would."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from ui.keyboard import focusable
from ui.qt import QAbstractItemView, QApplication, Qt, QWidget

NO = Qt.KeyboardModifier.NoModifier


def _window_manager() -> None:
    """What a desktop's window manager does and the offscreen platform does not: activate a dialog that
    opens, and the main window again when it closes."""
    modal = QApplication.activeModalWidget()
    if modal is not None and QApplication.activeWindow() is not modal:
        modal.activateWindow()
    elif modal is None and QApplication.activeWindow() is None:
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
        if windows:
            windows[0].activateWindow()
    QApplication.processEvents()


def focused() -> QWidget:
    """Where a key press lands: an open pop-up menu, else the focus widget, else the active modal dialog, else the
    active window."""
    _window_manager()
    widget = (
        QApplication.activePopupWidget()
        or QApplication.focusWidget()
        or QApplication.activeModalWidget()
        or QApplication.activeWindow()
    )
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NO, times: int = 1) -> None:
    """Press and release `key`, each going where the focus is at that moment (as a real keyboard's would: a
    press that closes a dialog or disables its button sends the release elsewhere)."""
    for _ in range(times):
        qtbot.keyPress(focused(), key, modifier)
        qtbot.keyRelease(focused(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab_to(qtbot: QtBot, wanted: Callable[[QWidget], bool] | QWidget, limit: int = 120) -> QWidget:
    """Press Tab until the focus is on `wanted`; fail (naming where Tab went) if it never gets there."""
    test = wanted if callable(wanted) and not isinstance(wanted, QWidget) else (lambda w: w is wanted)
    visited: list[str] = []
    for _ in range(limit):
        widget = focused()
        if test(widget):
            return widget
        visited.append(f"{type(widget).__name__}:{widget.accessibleName() or widget.objectName()}")
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached the control; it went through {visited[:40]}")


def tab_walk(qtbot: QtBot, limit: int = 250) -> list[QWidget]:
    """Every widget Tab visits from the current focus until it comes back round."""
    start = focused()
    visited = [start]
    for _ in range(limit):
        press(qtbot, Qt.Key.Key_Tab)
        widget = focused()
        if widget is start:
            return visited
        visited.append(widget)
    raise AssertionError("Tab never came back round: a control keeps the focus (a keyboard trap)")


def reachable_controls(root: QWidget) -> list[QWidget]:
    """The controls under `root` a keyboard user must be able to reach with Tab."""
    return [w for w in root.findChildren(QWidget) if focusable(w) and w.window() is root.window()]


def trapping_views(root: QWidget) -> list[QAbstractItemView]:
    return [v for v in root.findChildren(QAbstractItemView) if v.tabKeyNavigation()]
