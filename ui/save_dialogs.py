"""Window-modal save dialogs (never a blocking static call): a file name, then the candidate's name for a PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ui.plain import plain_label
from ui.qt import QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QtWidgets, QVBoxLayout, QWidget


def ask_save_path(
    parent: QWidget, title: str, suggested: Path, name_filter: str, suffix: str, chosen: Callable[[Path], None]
) -> QFileDialog:
    """Open a save dialog; `chosen` gets the path when the candidate confirms. The dialog is returned open."""
    dialog = QFileDialog(parent, title, str(suggested.parent), name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(suffix)
    dialog.selectFile(suggested.name)
    dialog.fileSelected.connect(lambda path: chosen(Path(path)) if path else None)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def ok_cancel(dialog: QDialog, ok: str, cancel: str) -> QDialogButtonBox:
    """A dialog's OK and Cancel buttons, named as they act (the names are what a screen reader says)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    for which, text in ((QDialogButtonBox.StandardButton.Ok, ok), (QDialogButtonBox.StandardButton.Cancel, cancel)):
        buttons.button(which).setText(text)
        buttons.button(which).setAccessibleName(text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class CandidateNameDialog(QDialog):
    """The name printed on the report, prefilled from Preferences; Enter accepts it as it is."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Name on the report"))
        self.name = QtWidgets.QLineEdit(name)
        self.name.setMaxLength(120)
        self.name.setAccessibleName(self.tr("Candidate name"))
        self.name.selectAll()
        note = plain_label(self.tr("The name printed on the PDF report. Leave it empty to print none."))
        form = QFormLayout()
        form.addRow(self.tr("Candidate name:"), self.name)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, self.tr("Save the report"), self.tr("Cancel")))
        self.setMinimumWidth(420)
        self.name.setFocus()
