"""Simulacro's visual system, in one place: design tokens (spacing, type scale, status colours), the light, dark
or system theme (a palette and one application style sheet), the zoomed font, and the interface icons.

Status is never told by colour alone: every status colour goes with an icon and a word (`status_icon`,
`STATUS_ICONS`). The colours are from the Okabe-Ito set (distinguishable with the common colour-vision
deficiencies), darkened for light backgrounds and lightened for dark ones so text keeps a 4.5:1 contrast.
"""

from __future__ import annotations

from pathlib import Path

from ui.qt import QApplication, QColor, QFont, QIcon, QPalette, QPixmap, QSize, QtCore, QtGui, QtWidgets, QWidget
from ui.settings import THEMES as THEMES

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons" / "lucide"

# Spacing scale (pixels): every margin and gap on a screen is one of these.
SPACE = {"xs": 4, "s": 8, "m": 12, "l": 16, "xl": 24}
PAGE_MARGIN = SPACE["l"]  # around every page's content
# Type scale, relative to the application font (which follows the system size and the zoom).
TYPE_SCALE = {"caption": 0.9, "body": 1.0, "lead": 1.1, "heading": 1.2, "title": 1.4, "display": 1.6}
ICON_SIZE = 18
THEME_ICONS = {"system": "monitor", "light": "sun", "dark": "moon"}

# Status colours: (on a light palette, on a dark palette).
STATUS = {
    "right": ("#00664a", "#5ed6ae"),  # Okabe-Ito bluish green
    "wrong": ("#b23a00", "#ff9e6b"),  # Okabe-Ito vermillion
    "incomplete": ("#8a5300", "#ffc66b"),  # Okabe-Ito orange
    "flagged": ("#8b2a6b", "#f0a3d5"),  # Okabe-Ito reddish purple
    "muted": ("#5f6368", "#b0b4b8"),
    "link": ("#005a9e", "#8ab4f8"),  # Okabe-Ito blue
}
# The older names the screens use: ok and bad for right and wrong, amber for warnings and incomplete.
_ALIASES = {"ok": "right", "bad": "wrong", "amber": "incomplete", "flag": "flagged"}
# The icon that goes with each status, so no status is told by colour alone.
STATUS_ICONS = {
    "right": "circle-check",
    "wrong": "circle-x",
    "incomplete": "circle-alert",
    "flagged": "flag",
    "unanswered": "circle-dashed",
}

_LIGHT = {
    "Window": "#f4f5f7",
    "WindowText": "#1f2328",
    "Base": "#ffffff",
    "AlternateBase": "#eef0f3",
    "Text": "#1f2328",
    "Button": "#e9ebef",
    "ButtonText": "#1f2328",
    "Highlight": "#005a9e",
    "HighlightedText": "#ffffff",
    "ToolTipBase": "#ffffff",
    "ToolTipText": "#1f2328",
    "PlaceholderText": "#6b7075",
    "Link": "#005a9e",
    "Mid": "#b8bcc2",
    "Dark": "#8c9197",
    "Light": "#ffffff",
    "Midlight": "#f6f7f9",
    "Shadow": "#5a5f66",
    "BrightText": "#ffffff",
}
_DARK = {
    "Window": "#1e2125",
    "WindowText": "#e6e8eb",
    # Fields and check boxes lighter than the window: Fusion outlines them with the window colour darkened, so a
    # base darker than the window made unticked boxes and text-field edges disappear.
    "Base": "#2a2e34",
    "AlternateBase": "#30353b",
    "Text": "#e6e8eb",
    "Button": "#2b3036",
    "ButtonText": "#e6e8eb",
    "Highlight": "#4f8fd6",
    "HighlightedText": "#0d0f11",
    "ToolTipBase": "#2b3036",
    "ToolTipText": "#e6e8eb",
    "PlaceholderText": "#9aa0a6",
    "Link": "#8ab4f8",
    "Mid": "#4a5057",
    "Dark": "#0f1113",
    "Light": "#3a4047",
    "Midlight": "#33383e",
    "Shadow": "#000000",
    "BrightText": "#ffffff",
}
_DISABLED = {"light": "#8c9197", "dark": "#6f757c"}

_BASE_POINT_SIZE: dict[str, float] = {}
_SYSTEM: dict[str, object] = {}  # the platform's own style name and palette, kept before the first change
_ICONS: dict[tuple[str, str], QIcon] = {}


def is_dark(widget: QWidget | None = None) -> bool:
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def status_colour(kind: str, widget: QWidget | None = None) -> QColor:
    """Foreground colour of a status ('right', 'wrong', 'incomplete', 'flagged', 'muted', 'link'; or the older
    'ok', 'bad', 'amber', 'flag'), chosen for contrast on the widget's (or the application's) palette."""
    light_value, dark_value = STATUS[_ALIASES.get(kind, kind)]
    return QColor(dark_value if is_dark(widget) else light_value)


def palette_for(theme: str) -> QPalette:
    """The light or dark palette of Simulacro's own themes."""
    colours = _DARK if theme == "dark" else _LIGHT
    palette = QPalette()
    for role_name, value in colours.items():
        palette.setColor(getattr(QPalette.ColorRole, role_name), QColor(value))
    disabled = QColor(_DISABLED["dark" if theme == "dark" else "light"])
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def style_sheet() -> str:
    """The one application style sheet: spacing tokens on the controls people press and read."""
    s, xs, m = SPACE["s"], SPACE["xs"], SPACE["m"]
    return (
        f"QPushButton {{ padding: {xs}px {m}px; min-height: 1.6em; }}\n"
        f"QGroupBox {{ margin-top: {m}px; padding-top: {s}px; }}\n"
        f"QToolTip {{ padding: {xs}px; }}\n"
    )


def apply_theme(app: QApplication, theme: str) -> None:
    """Switch to the 'light', 'dark' or 'system' theme, live: the palette, the style and the style sheet."""
    if not _SYSTEM:
        _SYSTEM["style"] = app.style().name()
        _SYSTEM["palette"] = QPalette(app.palette())
    if theme in ("light", "dark"):
        if app.style().name().lower() != "fusion":  # Fusion draws every control from the palette
            app.setStyle("Fusion")
        app.setPalette(palette_for(theme))
    else:
        if app.style().name() != _SYSTEM["style"]:
            app.setStyle(str(_SYSTEM["style"]))
        app.setPalette(_SYSTEM["palette"])  # type: ignore[arg-type]
    app.setStyleSheet(style_sheet())
    _ICONS.clear()  # icons are drawn in the palette's text colour


def apply_zoom(app: QApplication, zoom_percent: int) -> None:
    """Scale the application font from the system size, so system settings and zoom both count; labels with a
    text role (`set_text_role`) follow."""
    if "size" not in _BASE_POINT_SIZE:
        _BASE_POINT_SIZE["size"] = QApplication.font().pointSizeF() or 10.0
    font = QFont(QApplication.font())
    font.setPointSizeF(_BASE_POINT_SIZE["size"] * zoom_percent / 100.0)
    app.setFont(font)
    for widget in QApplication.allWidgets():
        role = widget.property("textRole")
        if isinstance(role, str) and role in TYPE_SCALE:
            _set_role_font(widget, role)


def set_text_role(widget: QWidget, role: str, *, bold: bool | None = None) -> None:
    """Give a widget a step of the type scale ('caption', 'body', 'lead', 'heading', 'title', 'display'); headings and
    titles are bold unless told otherwise. The size follows the zoom."""
    widget.setProperty("textRole", role)
    widget.setProperty("textBold", role in ("heading", "title", "display") if bold is None else bold)
    _set_role_font(widget, role)


def _set_role_font(widget: QWidget, role: str) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(QApplication.font().pointSizeF() * TYPE_SCALE[role])
    font.setBold(bool(widget.property("textBold")))
    widget.setFont(font)


def page_margins(layout: QtWidgets.QLayout) -> None:
    """The margins and spacing every page uses."""
    layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
    layout.setSpacing(SPACE["m"])


def icon_path(name: str) -> Path:
    return ICON_DIR / f"{name}.svg"


def icon(name: str, kind: str | None = None, colour: QColor | None = None) -> QIcon:
    """A Lucide icon from resources/icons/lucide, drawn in the palette's text colour, a status colour (kind) or
    `colour`, with a dimmed copy for disabled controls."""
    if colour is None:
        colour = status_colour(kind) if kind else QApplication.palette().color(QPalette.ColorRole.WindowText)
    key = (name, colour.name())
    cached = _ICONS.get(key)
    if cached is not None:
        return cached
    source = icon_path(name).read_text(encoding="utf-8")
    made = QIcon()
    disabled = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    for side in (16, 24, 32, 48):
        made.addPixmap(_render(source, colour, side), QIcon.Mode.Normal)
        made.addPixmap(_render(source, disabled, side), QIcon.Mode.Disabled)
    _ICONS[key] = made
    return made


def status_icon(status: str) -> QIcon:
    """The icon of a status ('right', 'wrong', 'incomplete', 'flagged', 'unanswered'), in its colour."""
    kind = _ALIASES.get(status, status)
    return icon(STATUS_ICONS[kind], kind if kind in STATUS else "muted")


def status_pixmap(status: str) -> QPixmap:
    """The status icon at the size buttons use, for a label beside the status's word."""
    return status_icon(status).pixmap(ICON_SIZE, ICON_SIZE)


def _render(source: str, colour: QColor, side: int) -> QPixmap:
    data = QtCore.QByteArray(source.replace("currentColor", colour.name()).encode("utf-8"))
    buffer = QtCore.QBuffer(data)
    buffer.open(QtCore.QIODevice.OpenModeFlag.ReadOnly)
    reader = QtGui.QImageReader(buffer, QtCore.QByteArray(b"svg"))
    reader.setScaledSize(QSize(side, side))
    image = reader.read()
    buffer.close()
    return QPixmap.fromImage(image)


def set_icon(button: QtWidgets.QAbstractButton, name: str, kind: str | None = None, *, trailing: bool = False) -> None:
    """Put an icon on a button (after the text when `trailing`, as on a 'Next' button)."""
    button.setIcon(icon(name, kind))
    button.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
    if trailing:
        button.setLayoutDirection(QtCore.Qt.LayoutDirection.RightToLeft)
