"""Colours that stay readable on the system's light or dark palette, and the zoomed font."""

from __future__ import annotations

from ui.qt import QApplication, QColor, QFont, QPalette, QWidget

_BASE_POINT_SIZE: dict[str, float] = {}


def is_dark(widget: QWidget | None = None) -> bool:
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def status_colour(kind: str, widget: QWidget | None = None) -> QColor:
    """Foreground colour for 'ok', 'bad', 'amber', 'flag' text, chosen for contrast on the palette."""
    dark = is_dark(widget)
    table = {
        "ok": ("#1b7f3b", "#7ee2a0"),
        "bad": ("#b3261e", "#ff8a80"),
        "amber": ("#8a5300", "#ffc66b"),
        "flag": ("#7a4b00", "#ffd180"),
        "muted": ("#5f6368", "#b0b4b8"),
        "link": ("#1a5fb4", "#8ab4f8"),
    }
    light_value, dark_value = table[kind]
    return QColor(dark_value if dark else light_value)


def apply_zoom(app: QApplication, zoom_percent: int) -> None:
    """Scale the application font from the system size, so system settings and zoom both count."""
    if "size" not in _BASE_POINT_SIZE:
        _BASE_POINT_SIZE["size"] = QApplication.font().pointSizeF() or 10.0
    font = QFont(QApplication.font())
    font.setPointSizeF(_BASE_POINT_SIZE["size"] * zoom_percent / 100.0)
    app.setFont(font)
