"""A read-only dialog for one text: a flagged item, a question report. Plain text only, Escape closes."""

from __future__ import annotations

from simulator.content import ItemContent, option_letter
from ui.qt import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


def item_as_text(content: ItemContent) -> str:
    """The item as the candidate saw it (stem and choices, no key), for reading again."""
    lines = [content.stem, ""]
    if content.scenario:
        lines = [content.case_title or "", content.scenario, "", *lines]
    lines += [f"{option_letter(n)}. {option.text}" for n, option in enumerate(content.options)]
    lines += [f"{n}. {prompt.text}" for n, prompt in enumerate(content.prompts, 1)]
    if content.responses:
        lines += ["", *(f"• {response.text}" for response in content.responses)]
    lines += [f"• {step.text}" for step in sorted(content.steps, key=lambda s: s.text)]  # not the key's order
    return "\n".join(lines).strip()


class TextDialog(QDialog):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setPlainText(text)
        self.text.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 440)
        self.text.setFocus()
