"""The visual system (ui/theme.py): light, dark and system themes applied live and remembered, status colours
readable on both palettes, and the shipped SVG icons."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui_helpers import open_window
from ui import theme
from ui.qt import QApplication, QPalette, QSettings
from ui.settings import AppSettings

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def app_theme(qapp: QApplication) -> Iterator[QApplication]:
    """Whatever a test switches to, the next test starts on the system theme again."""
    yield qapp
    theme.apply_theme(qapp, "system")


def _window_colour(app: QApplication) -> str:
    return app.palette().color(QPalette.ColorRole.Window).name()


def test_light_dark_and_system_change_the_palette_and_style(app_theme: QApplication) -> None:
    theme.apply_theme(app_theme, "system")
    system = _window_colour(app_theme)
    theme.apply_theme(app_theme, "dark")
    assert theme.is_dark() and _window_colour(app_theme) == "#1e2125"
    assert app_theme.style().name().lower() in ("fusion", "")  # Fusion draws from the palette
    assert "QPushButton { padding: 4px 12px" in app_theme.styleSheet()
    theme.apply_theme(app_theme, "light")
    assert not theme.is_dark() and _window_colour(app_theme) == "#f4f5f7"
    theme.apply_theme(app_theme, "system")
    assert _window_colour(app_theme) == system


def _luminance(hex_colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("kind", sorted(theme.STATUS))
def test_status_colours_read_on_both_palettes(kind: str) -> None:
    light, dark = theme.STATUS[kind]
    for background in ("Window", "Base", "AlternateBase"):
        assert _contrast(light, theme._LIGHT[background]) >= 4.5, (kind, background)
        assert _contrast(dark, theme._DARK[background]) >= 4.5, (kind, background)


def test_status_colours_follow_the_palette(app_theme: QApplication) -> None:
    theme.apply_theme(app_theme, "light")
    assert theme.status_colour("right").name() == theme.STATUS["right"][0]
    assert theme.status_colour("bad").name() == theme.STATUS["wrong"][0]  # the older names still work
    theme.apply_theme(app_theme, "dark")
    assert theme.status_colour("flagged").name() == theme.STATUS["flagged"][1]
    assert theme.status_colour("amber").name() == theme.STATUS["incomplete"][1]


def test_every_status_has_an_icon_so_colour_is_never_alone(app_theme: QApplication) -> None:
    assert set(theme.STATUS_ICONS) >= {"right", "wrong", "incomplete", "flagged", "unanswered"}
    for status in theme.STATUS_ICONS:
        assert not theme.status_pixmap(status).isNull(), status


def _icon_names_in_code() -> set[str]:
    """Every icon name the interface asks for: quoted names on the lines that call icon() or set_icon()."""
    kinds = set(theme.STATUS) | set(theme._ALIASES) | {"answered", "unseen"}  # statuses, not icons
    names: set[str] = set()
    for path in (REPO / "ui").glob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if re.search(r"\b(set_icon|icon)\(", line):
                names |= {n for n in re.findall(r"\"([a-z]+(?:-[a-z]+)*)\"", line) if n not in kinds}
    names |= set(theme.THEME_ICONS.values()) | set(theme.STATUS_ICONS.values())
    return names


def test_icons_load_from_the_shipped_svg_files_with_their_licence(app_theme: QApplication) -> None:
    shipped = {path.stem for path in theme.ICON_DIR.glob("*.svg")}
    used = _icon_names_in_code()
    assert used and used <= shipped, f"icons used but not shipped: {used - shipped}"
    assert 15 <= len(shipped) <= 30
    licence = (theme.ICON_DIR / "LICENSE").read_text(encoding="utf-8")
    assert "ISC License" in licence and "Lucide" in licence
    readme = (theme.ICON_DIR / "README.md").read_text(encoding="utf-8")
    assert "lucide-static" in readme and "1.62.0" in readme
    for name in sorted(shipped):
        made = theme.icon(name)
        assert not made.isNull() and not made.pixmap(24, 24).isNull(), name
        image = made.pixmap(24, 24).toImage()
        inked = sum(image.pixelColor(x, y).alpha() > 0 for x in range(24) for y in range(24))
        assert inked > 10, f"{name} drew nothing"


def test_icons_take_the_theme_colour(app_theme: QApplication) -> None:
    def ink(name: str) -> str:
        image = theme.icon(name).pixmap(48, 48).toImage()
        colours = {
            image.pixelColor(x, y).name() for x in range(48) for y in range(48) if image.pixelColor(x, y).alpha() == 255
        }
        assert colours
        return max(colours, key=lambda c: c != "#000000")

    theme.apply_theme(app_theme, "light")
    light = theme.icon("flag").cacheKey()
    assert ink("flag") == theme._LIGHT["WindowText"]
    theme.apply_theme(app_theme, "dark")
    assert ink("flag") == theme._DARK["WindowText"] and theme.icon("flag").cacheKey() != light


def test_the_theme_is_remembered(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings = AppSettings(store)
    assert settings.theme == "system"
    settings.theme = "dark"
    assert AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)).theme == "dark"
    settings.theme = "purple"
    assert settings.theme == "system"
    store.setValue("ui/theme", "neon")
    assert settings.theme == "system"


@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_preferences_switch_the_theme_live_and_remember_it(
    qtbot: QtBot, data_dir: Path, shipped_template: Path, app_theme: QApplication
) -> None:
    from simulator.assembly import PracticeSpec
    from ui.dialogs import PreferencesDialog

    window = open_window(qtbot, data_dir, shipped_template)
    window.start_practice(PracticeSpec(("1.1",), 5, timed=True))
    qtbot.waitUntil(lambda: window.exam.session is not None and window.exam.isVisible(), timeout=20_000)
    before = window.exam.next_button.icon().cacheKey()
    assert not theme.is_dark(window)
    window.open_preferences()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PreferencesDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PreferencesDialog)
    assert [dialog.theme.itemData(i) for i in range(dialog.theme.count())] == ["system", "light", "dark"]
    assert dialog.theme.itemText(2) == "Oscuro" and not dialog.theme.itemIcon(2).isNull()
    dialog.theme.setCurrentIndex(2)
    dialog.accept()
    assert window.settings.theme == "dark"
    assert theme.is_dark(window) and theme.is_dark(window.exam.next_button)
    assert window.exam.next_button.icon().cacheKey() != before  # redrawn in the dark palette's ink
    assert window.exam.next_button.icon().cacheKey() == theme.icon("chevron-right").cacheKey()
    reread = AppSettings(QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat))
    assert reread.theme == "dark"


def test_the_type_scale_follows_the_zoom(qtbot: QtBot, app_theme: QApplication) -> None:
    from ui.plain import plain_label

    title = plain_label("Historial", wrap=False)
    qtbot.addWidget(title)
    theme.set_text_role(title, "title")
    base = QApplication.font().pointSizeF()
    assert title.font().bold() and title.font().pointSizeF() == pytest.approx(base * theme.TYPE_SCALE["title"])
    try:
        theme.apply_zoom(app_theme, 150)
        zoomed = QApplication.font().pointSizeF()
        assert zoomed > base
        assert title.font().pointSizeF() == pytest.approx(zoomed * theme.TYPE_SCALE["title"]) and title.font().bold()
    finally:
        theme.apply_zoom(app_theme, 100)
