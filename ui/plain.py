"""Untrusted text (bank, blueprint, pack, note, file name) reaches Qt only through these helpers, as plain text."""

from __future__ import annotations

import html
from typing import Any

from simulator.links import is_safe_link
from ui.qt import QDesktopServices, QLabel, QMessageBox, QSizePolicy, Qt, QUrl, QWidget


def plain_label(text: str = "", *, wrap: bool = True, selectable: bool = False) -> QLabel:
    """A label that shows its text literally: QLabel's default (AutoText) would render markup, links and
    images (an <img src> is read from disk)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    label.setText(text)
    return label


def plain_tip(text: str) -> str:
    """Tooltip text that Qt shows literally. Tooltips have no text-format setting (Qt guesses rich text
    from the first tag), so the text is escaped inside a rich-text paragraph that keeps its line breaks."""
    if not text:
        return ""
    return '<p style="white-space:pre-wrap">' + html.escape(text, quote=False) + "</p>"


def set_plain_tip(widget: QWidget, text: str) -> None:
    widget.setToolTip(plain_tip(text))


def plain_message(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, buttons: Any = None
) -> QMessageBox:
    """A message box whose text is shown literally (error messages carry file names and bank text)."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setStandardButtons(buttons if buttons is not None else QMessageBox.StandardButton.Ok)
    return box


def open_link(url: QUrl | str) -> bool:
    """Open a bank link in the system browser only if it is a safe https link; the address opened is the
    one shown. Returns whether it was opened."""
    text = url.toString() if isinstance(url, QUrl) else url
    if not is_safe_link(text):
        return False
    parsed = QUrl(text, QUrl.ParsingMode.StrictMode)
    if not parsed.isValid() or parsed.scheme() != "https" or parsed.userInfo():
        return False
    return bool(QDesktopServices.openUrl(parsed))
