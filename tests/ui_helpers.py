"""Helpers for driving the window in tests: open it on a fresh data dir and answer items through widgets."""

from __future__ import annotations

import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from simulator.scoring import key_of
from ui.exam_page import ExamPage
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.qt import QApplication, QSettings, Qt
from ui.settings import AppSettings


def open_window(qtbot: QtBot, data_dir: Path, template: Path | None, language: str = "es") -> MainWindow:
    data_dir.mkdir(parents=True, exist_ok=True)
    if template is not None and not (data_dir / "simulacro.sqlite3").exists():
        shutil.copyfile(template, data_dir / "simulacro.sqlite3")
    settings = AppSettings(QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = language
    app = QApplication.instance()
    assert app is not None
    install_translators(app, language)
    window = MainWindow(settings, db_url=None, data_dir=data_dir)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loaded, timeout=30_000) as blocker:
        window.start_loading()
    assert blocker.args == [True]
    return window


def loading_window(qtbot: QtBot, data_dir: Path, language: str = "es") -> MainWindow:
    """A shown, active window that has started to load (the caller waits for what it expects next)."""
    settings = AppSettings(QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = language
    window = MainWindow(settings, db_url=None, data_dir=data_dir)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    window.start_loading()
    return window


def answer_current_by_widgets(qtbot: QtBot, page: ExamPage, right: bool = True) -> None:
    """Answer the shown item through its widgets: clicks, combo choices, keyboard moves."""
    session = page.session
    assert session is not None
    content = session.content(page.position)
    key = key_of(content)
    view = session.view(page.position)
    if view.type in ("single", "multiple"):
        # A wrong answer still has as many options as the item asks for: fewer would be incomplete, not wrong.
        wrong = next(o.index for o in view.options if o.index not in key)
        wanted = set(key) if right else {*sorted(key)[1:], wrong}
        for row in page.choice_view.option_rows():
            if (row.option_index in wanted) != row.button.isChecked():
                qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    elif view.type == "matching":
        prompts = [p.index for p in view.prompts]
        for prompt_index, combo in zip(prompts, page.matching_view.combos(), strict=True):
            combo.setCurrentIndex(combo.findData(key[prompt_index]))
    else:
        listing = page.ordering_view.list
        model = page.ordering_view.model
        for target, step in enumerate(key):
            row = model.order().index(step)
            listing.setCurrentIndex(model.index(row))
            listing.setFocus()
            for _ in range(row - target):
                qtbot.keyClick(listing, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
        if not session.view(page.position).answered:
            qtbot.mouseClick(page.ordering_view.confirm, Qt.MouseButton.LeftButton)
