"""Where the main window opens: 90 % of the screen the first time, then as the candidate left it (clamped)."""

from __future__ import annotations

from ui.qt import QByteArray, QGuiApplication, QMainWindow, QRect

SHARE = 0.9  # of the screen's available geometry, so the title bar and the task bar fit too
PREFERRED = (1280, 820)
MINIMUM = (720, 520)  # well inside a 1024x768 screen with a task bar and a title bar


def first_geometry(available: QRect) -> QRect:
    """At most 90 % of `available`, at most the preferred size, centred."""
    width = min(PREFERRED[0], int(available.width() * SHARE))
    height = min(PREFERRED[1], int(available.height() * SHARE))
    left = available.x() + (available.width() - width) // 2
    top = available.y() + (available.height() - height) // 2
    return QRect(left, top, width, height)


def _on_a_screen(rect: QRect) -> bool:
    """At least a title bar's worth of the window lies on some screen."""
    for screen in QGuiApplication.screens():
        shared = screen.availableGeometry().intersected(rect)
        if shared.width() >= 120 and shared.height() >= 40:
            return True
    return False


def place_window(window: QMainWindow, saved: bytes) -> None:
    """Restore size, position and maximised state; fall back to the first-run placement when the saved
    place is gone (a screen unplugged, a smaller resolution)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)
    window.setMinimumSize(
        min(MINIMUM[0], int(available.width() * SHARE)), min(MINIMUM[1], int(available.height() * SHARE))
    )
    if saved and window.restoreGeometry(QByteArray(saved)):
        geometry = window.geometry()
        if _on_a_screen(geometry) and geometry.width() <= available.width() and geometry.height() <= available.height():
            return
        if window.isMaximized():
            return
    window.setGeometry(first_geometry(available))


def window_state(window: QMainWindow) -> bytes:
    return bytes(window.saveGeometry().data())
