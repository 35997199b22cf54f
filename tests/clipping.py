"""Finds text a person cannot read whole: a label, button, check box, combo box or group box narrower (or lower)
than its text, with neither wrapping nor elision. Item views are left out: they elide their cells."""

from __future__ import annotations

import re

from ui.qt import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QToolButton,
    QtWidgets,
    QWidget,
)

SLACK = 1  # pixels of rounding


def _describe(widget: QWidget, text: str, need: str) -> str:
    name = widget.accessibleName() or widget.objectName()
    return f"{type(widget).__name__}({name!r}) {text[:70]!r}: {need}"


def _label(label: QLabel) -> str | None:
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    width, height = label.width(), label.height()
    if label.wordWrap():
        needed = label.heightForWidth(width)
        if needed > height + SLACK:
            return _describe(label, label.text(), f"{width}x{height}, needs {needed} high")
        # A word longer than the line cannot wrap: it is cut at the side.
        words = re.sub(r"<[^>]+>", " ", label.text()).split()
        margins = label.contentsMargins()
        room = width - margins.left() - margins.right() - 2 * label.margin()
        metrics = label.fontMetrics()
        longest = max((metrics.horizontalAdvance(w) for w in words), default=0)
        if longest > room + SLACK:
            return _describe(label, label.text(), f"a word needs {longest} of {room} pixels")
        return None
    hint = label.sizeHint()
    if hint.width() > width + SLACK or hint.height() > height + SLACK:
        return _describe(label, label.text(), f"{width}x{height}, needs {hint.width()}x{hint.height()}")
    return None


def _button(button: QAbstractButton) -> str | None:
    text = button.text()
    if not text:
        return None
    hint = button.sizeHint()
    # A push button's hint adds the style's margin on each side of the text; the text itself still shows when
    # a little of that margin is taken.
    spare = (
        button.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_ButtonMargin)
        if isinstance(button, QPushButton | QToolButton)
        else 0
    )
    if hint.width() - spare > button.width() + SLACK or hint.height() > button.height() + SLACK + spare:
        return _describe(button, text, f"{button.width()}x{button.height()}, needs {hint.width()}x{hint.height()}")
    return None


def _combo(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    option = QtWidgets.QStyleOptionComboBox()
    option.initFrom(combo)
    option.currentText = text
    option.rect = combo.rect()
    field = combo.style().subControlRect(
        QtWidgets.QStyle.ComplexControl.CC_ComboBox, option, QtWidgets.QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needed = combo.fontMetrics().horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        needed += combo.iconSize().width() + 4
    if needed > field.width() + SLACK:
        return _describe(combo, text, f"shows {field.width()} pixels of {needed}")
    return None


def _group(box: QGroupBox) -> str | None:
    title = box.title().replace("&", "")
    if not title:
        return None
    needed = box.fontMetrics().horizontalAdvance(title) + 16
    if box.isCheckable():
        needed += 24
    if needed > box.width() + SLACK:
        return _describe(box, title, f"{box.width()} wide, the title needs {needed}")
    return None


def clipped_texts(root: QWidget) -> list[str]:
    """Every visible text under `root` (and `root` itself) that does not fit its widget."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label(widget)
        elif isinstance(widget, QPushButton | QToolButton | QCheckBox | QRadioButton):
            problem = _button(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo(widget)
        elif isinstance(widget, QGroupBox):
            problem = _group(widget)
        if problem:
            found.append(problem)
    return found
