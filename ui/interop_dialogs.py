"""Dialogs to bring questions in (convert, preview, import as a pack) and to take items out (Anki, Moodle, GIFT)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ui.keyboard import PushButton
from ui.plain import plain_label
from ui.problem_text import problems_text
from ui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    Qt,
    QtWidgets,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.save_dialogs import ok_cancel

EXPORT_SUFFIX = {"anki": ".apkg", "moodle": ".xml", "gift": ".gift"}


class ImportQuestionsDialog(QDialog):
    """Pick a Moodle XML, GIFT, Aiken or CSV file, preview what converts and what cannot, then import it."""

    preview_requested = Signal(object)  # a dict of the convert options; the window converts on the op runner
    import_requested = Signal(object)
    previewed = Signal()

    def __init__(self, tasks: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import questions"))
        self.resize(760, 560)
        self.file = QtWidgets.QLineEdit()
        self.file.setAccessibleName(self.tr("File to import"))
        browse = PushButton(self.tr("Browse…"))
        browse.setAccessibleName(self.tr("Choose the file to import"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        self.task = QComboBox()
        self.task.setAccessibleName(self.tr("Task statement for questions without one"))
        self.task.addItem(self.tr("From the file's categories"), "")
        for task_id, title in tasks:
            self.task.addItem(f"{task_id} · {title}"[:90], task_id)
        self.mapping = QtWidgets.QLineEdit()
        self.mapping.setAccessibleName(self.tr("Category mapping file (optional)"))
        self.mapping.setPlaceholderText(self.tr("Optional: a YAML file mapping categories to task statements"))
        self.reference = QtWidgets.QLineEdit()
        self.reference.setAccessibleName(self.tr("Reference URL"))
        self.reference.setPlaceholderText(self.tr("https://docs.aws.amazon.com/… (a page that supports the keys)"))
        self.language = QComboBox()
        self.language.addItem("Español", "es")
        self.language.addItem("English", "en")
        self.language.setAccessibleName(self.tr("Language of the questions"))
        self.skip = QCheckBox(self.tr("Leave out (whole) the questions that cannot be converted"))
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Task statement:"), self.task)
        form.addRow(self.tr("Category mapping:"), self.mapping)
        form.addRow(self.tr("Reference:"), self.reference)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", self.skip)
        self.summary = plain_label(self.tr("Choose a file and press Preview."))  # shows the file's own text
        self.problems = QtWidgets.QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(self.tr("What could not be converted"))
        self.preview_button = PushButton(self.tr("Preview"))
        self.preview_button.setAccessibleName(self.tr("Preview the conversion"))
        self.preview_button.clicked.connect(lambda: self.preview_requested.emit(self.options()))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setAccessibleName(self.tr("Import the converted questions as a pack"))
        self.import_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.buttons.accepted.connect(lambda: self.import_requested.emit(self.options()))
        self.buttons.rejected.connect(self.reject)
        for editor in (self.file, self.mapping, self.reference):
            editor.textChanged.connect(self._changed)
        for combo in (self.task, self.language):
            combo.currentIndexChanged.connect(self._changed)
        self.skip.toggled.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Questions to import"),
            str(Path.home()),
            self.tr("Question files (*.xml *.gift *.txt *.csv);;All files (*)"),
        )
        if path:
            self.file.setText(path)

    def _changed(self, *_: Any) -> None:
        self.import_button.setEnabled(False)  # what was previewed is no longer what would be imported

    def options(self) -> dict[str, Any]:
        reference = self.reference.text().strip()
        return {
            "file": self.file.text().strip(),
            "task": self.task.currentData() or None,
            "mapping": self.mapping.text().strip() or None,
            "references": (reference,) if reference else (),
            "language": self.language.currentData(),
            "skip": self.skip.isChecked(),
        }

    def show_preview(self, preview: Any) -> None:
        """Counts per task statement and type, the problems with their lines, and whether it can be imported."""
        lines = [
            self.tr("Format: %1").replace("%1", preview.format)
            + " · "
            + self.tr("%n question(s) convert", "", preview.count)
        ]
        for task, counts in preview.counts:
            lines.append(f"  {task}: " + ", ".join(f"{n} {self.type_name(kind)}" for kind, n in counts))
        if preview.problems:
            lines.append(self.tr("%n problem(s): see the list below.", "", len(preview.problems)))
        self.summary.setText("\n".join(lines))
        self.problems.setPlainText(problems_text([*preview.problems, *preview.notes]))
        self.import_button.setEnabled(preview.ready)
        self.previewed.emit()

    def type_name(self, kind: str) -> str:
        names = {
            "single": self.tr("one answer"),
            "multiple": self.tr("several answers"),
            "matching": self.tr("matching"),
            "ordering": self.tr("ordering"),
        }
        return names.get(kind, kind)


class ExportDialog(QDialog):
    """Choose Anki, Moodle XML or GIFT (and, for an attempt, only the missed items), then a file."""

    def __init__(self, *, attempt: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export items"))
        self.for_attempt = attempt
        self.target = QComboBox()
        self.target.addItem(self.tr("Anki deck (.apkg)"), "anki")
        self.target.addItem(self.tr("Moodle XML (.xml)"), "moodle")
        self.target.addItem(self.tr("GIFT (.gift)"), "gift")
        self.target.setAccessibleName(self.tr("Export format"))
        self.missed = QCheckBox(self.tr("Only the items I missed"))
        self.missed.setChecked(True)
        self.missed.setVisible(attempt)
        note = plain_label(self.tr("GIFT cannot hold ordering items; Moodle needs the Ordering plug-in for them."))
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.target)
        form.addRow("", self.missed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(ok_cancel(self, self.tr("Export…"), self.tr("Cancel")))

    def choice(self) -> tuple[str, bool]:
        return str(self.target.currentData()), self.for_attempt and self.missed.isChecked()
