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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save the report"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Save the report"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.name.setFocus()
