"""The window's import dialog (convert, preview, import as a pack) and exports from answer review and flagged items,
all on the op runner, driven offscreen."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from simulator.assembly import PracticeSpec
from tests.test_ui_after_exam import finish
from tests.ui_helpers import open_window
from ui.interop_dialogs import ExportDialog, ImportQuestionsDialog
from ui.main_window import MainWindow

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "interop"
REF = "https://docs.aws.amazon.com/bedrock/latest/userguide/what-is-bedrock.html"


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, shipped_template: Path) -> MainWindow:
    return open_window(qtbot, data_dir, shipped_template, language="en")


def _preview(qtbot: QtBot, dialog: ImportQuestionsDialog) -> None:
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.preview_button.click()


def test_import_dialog_previews_problems_then_imports_a_pack(qtbot: QtBot, window: MainWindow) -> None:
    window.import_action.trigger()
    dialog = window.import_dialog
    assert isinstance(dialog, ImportQuestionsDialog) and not dialog.import_button.isEnabled()
    dialog.file.setText(str(FIXTURES / "moodle-mixed.xml"))
    _preview(qtbot, dialog)
    assert "moodle" in dialog.summary.text() and "problems" in dialog.summary.text()
    assert "moodle-mixed.xml:21: (Con imagen) holds an image" in dialog.problems.toPlainText()
    assert not dialog.import_button.isEnabled()  # nothing partial: no reference and unmappable questions
    dialog.file.setText(str(FIXTURES / "gift-aif.gift"))
    dialog.reference.setText(REF)
    _preview(qtbot, dialog)
    assert "4 questions convert" in dialog.summary.text() and "2.2: 1 one answer, 1 several answers" in (
        dialog.summary.text()
    )
    assert dialog.import_button.isEnabled()
    dialog.skip.setChecked(True)
    assert not dialog.import_button.isEnabled()  # changed after the preview: preview again first
    _preview(qtbot, dialog)
    with qtbot.waitSignal(window.questions_imported, timeout=20_000) as imported:
        dialog.import_button.click()
    assert imported.args == ["gift-aif"]
    assert (window.data_dir / "packs" / "gift-aif" / "items.yaml").is_file()
    assert "pack 'gift-aif'" in window.statusBar().currentMessage()


def test_exports_from_review_and_flagged(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    attempt = finish(qtbot, window, PracticeSpec(("2.1",), 10, instant_feedback=False))
    assert ExportDialog(attempt=True).choice() == ("anki", True)
    assert ExportDialog(attempt=False).choice() == ("anki", False)
    deck = tmp_path / "fallos.apkg"
    with qtbot.waitSignal(window.items_exported, timeout=20_000):
        window.export_items("anki", deck, attempt, True)
    with zipfile.ZipFile(deck) as archive:
        assert "collection.anki2" in archive.namelist()
    assert "exported" in window.statusBar().currentMessage()
    moodle = tmp_path / "marcadas.xml"
    with qtbot.waitSignal(window.items_exported, timeout=20_000):
        window.export_items("moodle", moodle, None, False)
    assert moodle.read_bytes().count(b'<question type="category">') >= 1
    assert window.review.export_button.text() and window.flagged.export_button.text()
