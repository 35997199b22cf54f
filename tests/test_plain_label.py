"""The plain label remembers its heights per width: every answer it gives is the one Qt computes afresh."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from ui.plain import PlainLabel, plain_label
from ui.qt import QFont, QLabel, QPixmap, Qt, QVBoxLayout, QWidget

WIDTHS = (120, 200, 480)
TEXT = "Una empresa quiere resumir documentos largos <br><br><br> sin entrenar un modelo propio. " * 3  # tags: literal


def _bigger_font(label: QLabel) -> None:
    font = QFont(label.font())
    font.setPointSize(font.pointSize() * 2)
    label.setFont(font)


def _style_sheet(label: QLabel) -> None:
    label.setStyleSheet("font-size: 28px;")
    label.ensurePolished()


CHANGES: dict[str, Callable[[QLabel], None]] = {
    "text": lambda label: label.setText("Otra frase, más corta."),
    "same text": lambda label: label.setText(label.text()),
    "font": _bigger_font,
    "style sheet": _style_sheet,
    "contents margins": lambda label: label.setContentsMargins(0, 30, 0, 30),
    "margin": lambda label: label.setMargin(25),
    "indent": lambda label: label.setIndent(60),
    "no wrap": lambda label: label.setWordWrap(False),
    "rich text format": lambda label: label.setTextFormat(Qt.TextFormat.RichText),
    "pixmap": lambda label: label.setPixmap(QPixmap(40, 90)),
    "cleared": lambda label: label.clear(),
}


def _qt_height(label: QLabel, width: int) -> int:
    return QLabel.heightForWidth(label, width)  # Qt's own answer, past the remembered one


@pytest.mark.parametrize("change", CHANGES)
def test_after_each_change_the_height_for_a_width_is_the_one_qt_computes(qtbot: QtBot, change: str) -> None:
    label = plain_label(TEXT)
    qtbot.addWidget(label)
    before = [label.heightForWidth(width) for width in WIDTHS]  # remembered now
    assert before == [_qt_height(label, width) for width in WIDTHS]
    CHANGES[change](label)
    assert [label.heightForWidth(width) for width in WIDTHS] == [_qt_height(label, width) for width in WIDTHS]


def test_a_font_inherited_from_the_parent_resets_what_the_label_remembers(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    label = plain_label(TEXT)
    QVBoxLayout(parent).addWidget(label)
    small = label.heightForWidth(200)
    parent.setStyleSheet("QLabel { font-size: 30px; }")
    label.ensurePolished()
    assert label.heightForWidth(200) == _qt_height(label, 200) > small


def test_it_keeps_at_most_sixteen_widths(qtbot: QtBot) -> None:
    label = plain_label(TEXT)
    qtbot.addWidget(label)
    assert isinstance(label, PlainLabel)
    heights = [label.heightForWidth(width) for width in range(100, 500, 10)]  # a window being resized
    assert len(label._heights) <= PlainLabel._WIDTHS_KEPT
    assert heights == [_qt_height(label, width) for width in range(100, 500, 10)]
