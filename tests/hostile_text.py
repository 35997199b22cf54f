"""Helpers for the hostile-pack tests: a copy of tests/fixtures/hostile with a watched sentinel file, a
watch that sees any process open it (inotify), and a walk over every widget that fails on rendered markup."""

from __future__ import annotations

import ctypes
import os
import re
import shutil
from pathlib import Path
from typing import Any

from ui.qt import QAbstractItemView, QApplication, QLabel, QModelIndex, QPoint, Qt, QtGui, QtWidgets

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "hostile"
MARKER = "HOSTILE"  # in every hostile string of the fixture
# A tag that Qt would interpret if the text reached it as rich text. Simulacro's own wrapper for plain
# tooltips (<p style="white-space:pre-wrap">) is not in the list.
RAW_TAG = re.compile(r"<\s*(img|a|table|style|font|b|script|qt|br)\b", re.IGNORECASE)

_IN_OPEN, _IN_ACCESS, _IN_NONBLOCK = 0x20, 0x01, 0o4000


def hostile_pack(tmp: Path) -> tuple[Path, Path]:
    """The fixture copied under `tmp` with @SENTINEL@ naming a real file there; returns (pack, sentinel)."""
    watched = tmp / "watched"
    watched.mkdir()
    sentinel = watched / "sentinel.png"
    sentinel.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    pack = tmp / "hostile-pack"
    shutil.copytree(FIXTURE, pack)
    for file in pack.glob("*.yaml"):
        file.write_text(file.read_text(encoding="utf-8").replace("@SENTINEL@", str(sentinel)), encoding="utf-8")
    return pack, sentinel


class OpenWatch:
    """Counts every open or read of the files in one folder, by this process or any other (Linux inotify)."""

    def __init__(self, folder: Path) -> None:
        libc = ctypes.CDLL(None, use_errno=True)
        self.fd = libc.inotify_init1(_IN_NONBLOCK)
        assert self.fd >= 0, "inotify is not available"
        assert libc.inotify_add_watch(self.fd, str(folder).encode(), _IN_OPEN | _IN_ACCESS) >= 0

    def events(self) -> int:
        total = 0
        while True:
            try:
                chunk = os.read(self.fd, 65536)
            except BlockingIOError:
                return total
            total += len(chunk)

    def close(self) -> None:
        os.close(self.fd)


def _interpreted(text: str) -> bool:
    """Would Qt render this (auto-detected) text as rich text with a tag from the pack?"""
    return bool(text) and QtGui.Qt.mightBeRichText(text) and RAW_TAG.search(text) is not None


def _show_tip(text: str, widget: QtWidgets.QWidget) -> None:
    QtWidgets.QToolTip.showText(QPoint(10, 10), text, widget)
    QApplication.processEvents()
    QtWidgets.QToolTip.hideText()


def _columns(model: Any) -> int:
    try:
        return max(1, int(model.columnCount(QModelIndex())))
    except TypeError:  # list models keep columnCount private in PySide6
        return 1


def _model_tips(view: QAbstractItemView, problems: list[str], seen: list[int]) -> None:
    model = view.model()
    if model is None:
        return
    root = QModelIndex()
    columns = _columns(model)
    for row in range(min(model.rowCount(root), 200)):
        for column in range(columns):
            index = model.index(row, column)
            shown = model.data(index, Qt.ItemDataRole.DisplayRole)
            if isinstance(shown, str) and MARKER in shown:
                seen.append(1)  # cells are painted as plain text by the default delegate
            for role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.WhatsThisRole):
                value: Any = model.data(index, role)
                if isinstance(value, str) and MARKER in value:
                    seen.append(1)
                    if _interpreted(value):
                        problems.append(f"{type(model).__name__} {row},{column} tooltip: {value[:80]!r}")
                    _show_tip(value, view)
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = columns if orientation == Qt.Orientation.Horizontal else model.rowCount(root)
        for section in range(min(count, 200)):
            value = model.headerData(section, orientation, Qt.ItemDataRole.ToolTipRole)
            if isinstance(value, str) and _interpreted(value):
                problems.append(f"{type(model).__name__} header tooltip: {value[:80]!r}")


def rich_text_problems(window: QtWidgets.QWidget) -> tuple[list[str], int]:
    """Every place where text from the pack would be rendered as rich text; and how many pack strings
    were found on screen (so a test knows the walk saw the pack)."""
    QApplication.processEvents()
    window.grab()  # paint, so labels lay their text out
    problems: list[str] = []
    seen: list[int] = []
    for widget in [window, *window.findChildren(QtWidgets.QWidget)]:
        try:
            _check_widget(widget, problems, seen)
        except RuntimeError:  # deleted while the walk ran (a tooltip's event loop ran deleteLater)
            continue
    return problems, len(seen)


def _check_widget(widget: QtWidgets.QWidget, problems: list[str], seen: list[int]) -> None:
    name = f"{type(widget).__name__} {widget.objectName()}".strip()
    tip = widget.toolTip()
    if MARKER in tip:
        seen.append(1)
        if _interpreted(tip):
            problems.append(f"{name} tooltip: {tip[:80]!r}")
        _show_tip(tip, widget)
    if RAW_TAG.search(widget.windowTitle()) and MARKER in widget.windowTitle():
        seen.append(1)  # window titles are plain in Qt; counted only
    if isinstance(widget, QLabel) and MARKER in widget.text():
        seen.append(1)
        if widget.textFormat() != Qt.TextFormat.PlainText and _interpreted(widget.text()):
            problems.append(f"{name} text: {widget.text()[:80]!r}")
    if isinstance(widget, QtWidgets.QAbstractButton) and MARKER in widget.text():
        seen.append(1)  # button text is always plain
    if isinstance(widget, QtWidgets.QTextEdit):
        markup = widget.toHtml()
        if MARKER in widget.toPlainText():
            seen.append(1)
        if "<img" in markup or "<table" in markup:
            problems.append(f"{name} renders an image or table")
        for href in re.findall(r'href="([^"]*)"', markup):
            if not href.startswith("https://"):
                problems.append(f"{name} holds a link to {href!r}")
    if isinstance(widget, QAbstractItemView):
        _model_tips(widget, problems, seen)
    if isinstance(widget, QtWidgets.QComboBox):
        for row in range(widget.count()):
            value = widget.itemData(row, Qt.ItemDataRole.ToolTipRole)
            if isinstance(value, str) and _interpreted(value):
                problems.append(f"{name} item tooltip: {value[:80]!r}")
