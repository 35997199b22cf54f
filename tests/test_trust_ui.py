"""Packs in the window: Home's exam picker appears only with a second exam, and Preferences lists and
removes packs on the op runner, after which Home is back on the shipped exam."""

from __future__ import annotations

import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from question_bank.importer import import_paths
from simulator.storage.db import open_store
from tests.ui_helpers import open_window
from ui.dialogs import PreferencesDialog
from ui.qt import Qt

PACKS = Path(__file__).resolve().parent / "fixtures" / "packs"


def test_exam_picker_and_pack_removal(qtbot: QtBot, data_dir: Path, shipped_template: Path, tmp_path: Path) -> None:
    shutil.copyfile(shipped_template, data_dir / "simulacro.sqlite3")
    store = open_store(f"sqlite:///{data_dir / 'simulacro.sqlite3'}")
    pack = tmp_path / "other-exam"
    shutil.copytree(PACKS / "other-exam", pack)
    assert import_paths(store, [pack]).ok
    store.close()

    window = open_window(qtbot, data_dir, None)
    home = window.home
    assert window.home_data is not None and window.home_data.blueprint.exam == "aif-c01"  # never taken over
    assert home.exam_row.isVisibleTo(home)
    assert [home.exam_picker.itemText(i) for i in range(home.exam_picker.count())] == ["aif-c01", "aaa-x01"]
    home.exam_picker.setCurrentIndex(1)
    home.exam_picker.activated.emit(1)
    qtbot.waitUntil(lambda: window.home_data is not None and window.home_data.blueprint.exam == "aaa-x01")
    assert home.title.text() == "Examen de prueba AAA-X01"
    assert home.title.textFormat() == Qt.TextFormat.PlainText

    window.open_preferences()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.packs_model.rowCount() == 1)
    assert dialog.packs_model.index(0, 0).data() == "other-exam"
    assert not dialog.remove_button.isEnabled()
    dialog.packs_table.selectRow(0)
    assert dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.packs_model.rowCount() == 0)
    qtbot.waitUntil(lambda: window.home_data is not None and window.home_data.blueprint.exam == "aif-c01")
    assert not home.exam_row.isVisibleTo(home)
    assert dialog.packs_empty.isVisibleTo(dialog)
    dialog.reject()
