"""A page whose content scrolls when the window is smaller than it (a 1024x768 screen), never clipped."""

from __future__ import annotations

from ui.qt import QEvent, QFrame, QObject, QScrollArea, Qt, QVBoxLayout, QWidget


class _FitWidth(QObject):
    """Keeps the body exactly as wide as the visible area: it scrolls up and down, never sideways (a layout of
    wrapped labels would otherwise ask for its preferred, wider, size)."""

    def __init__(self, area: QScrollArea, body: QWidget) -> None:
        super().__init__(area)
        self.body = body
        area.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.body.setMaximumWidth(max(self.body.minimumSizeHint().width(), watched.width()))  # type: ignore[attr-defined]
        return False


def scrolled_body(page: QWidget) -> QWidget:
    """Give `page` a frameless scroll area filling it; lay the page's content out on the returned widget."""
    area = QScrollArea(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: it follows the focused control
    body = QWidget()
    area.setWidget(body)
    _FitWidth(area, body)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return body
