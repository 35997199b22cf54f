"""Untrusted text (bank, blueprint, pack, note, file name) reaches Qt only through these helpers, as plain text."""

from __future__ import annotations

import html
from typing import Any

from simulator.links import is_safe_link
from ui.qt import QDesktopServices, QEvent, QLabel, QMessageBox, QPixmap, QSizePolicy, Qt, QUrl, QWidget


class PlainLabel(QLabel):
    """A QLabel that remembers its height for each width until its text, font, style or margins change.

    Qt lays a word-wrapped label's text out again at every height-for-width query, and one change of item asks
    each label the same width about five times (boxes, grids and the scroll area each ask): those layouts were
    a third of the time to show the next item."""

    _WIDTHS_KEPT = 16  # a window being resized asks for many widths: start afresh beyond this

    def __init__(self) -> None:
        super().__init__()
        self._heights: dict[int, int] = {}

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) >= self._WIDTHS_KEPT:
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def setText(self, text: str) -> None:
        if text != self.text():
            self._heights.clear()
            super().setText(text)

    def clear(self) -> None:
        self._heights.clear()
        super().clear()

    def setPixmap(self, pixmap: QPixmap) -> None:
        self._heights.clear()
        super().setPixmap(pixmap)

    def setWordWrap(self, on: bool) -> None:
        self._heights.clear()
        super().setWordWrap(on)

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:
        self._heights.clear()
        super().setTextFormat(text_format)

    def setMargin(self, margin: int) -> None:
        self._heights.clear()
        super().setMargin(margin)

    def setIndent(self, indent: int) -> None:
        self._heights.clear()
        super().setIndent(indent)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _RESIZING_CHANGES:
            self._heights.clear()
        super().changeEvent(event)


# What else changes the room the text takes, as events: the font (also when a style sheet sets it), the style,
# the contents margins.
_RESIZING_CHANGES = frozenset({QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange})


def plain_label(text: str = "", *, wrap: bool = True, selectable: bool = False) -> QLabel:
    """A label that shows its text literally: QLabel's default (AutoText) would render markup, links and
    images (an <img src> is read from disk)."""
    label = PlainLabel()
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
