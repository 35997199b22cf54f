"""Guards against two PySide6 defects that crash a long exam session."""

from __future__ import annotations

import builtins
import sys

from pytestqt.qtbot import QtBot

import ui.qt
from ui.qt import QApplication, QLabel


def test_no_reference_to_none_is_lost_by_qt_calls(qtbot: QtBot) -> None:
    # PySide6 6.12.0 lost one reference to None per call returning None; on Python 3.11 the process
    # aborted ("none_dealloc") after some tens of thousands of calls, i.e. minutes into an exam.
    label = QLabel()
    qtbot.addWidget(label)
    app = QApplication.instance()
    assert app is not None
    before = sys.getrefcount(None)
    for _ in range(5000):
        label.setText("x")
        app.processEvents()
    assert sys.getrefcount(None) >= before - 100


def test_pyside_import_hook_is_not_active() -> None:
    # Modules are imported on the op runner's thread; PySide6's __feature__ import hook is not safe there.
    assert ui.qt is not None
    assert getattr(builtins.__import__, "__name__", "") != "__feature_import__"
