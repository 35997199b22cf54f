"""The one place Simulacro imports Qt from: swap or pin bindings here only."""

from __future__ import annotations

import builtins
import importlib
from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets

# PySide6 replaces builtins.__import__ with a hook for its optional `__feature__` switches (snake_case,
# true_property), which Simulacro does not use. That hook is not safe when modules are imported on a
# background thread (seen: "none_dealloc" fatal errors while the op runner imported SQLAlchemy), and the
# op runner does import lazily; so a plain import is put back (importlib's, as the original may be gone
# when another module, such as pytest-qt, imported PySide6 first).
if getattr(builtins.__import__, "__name__", "") == "__feature_import__":
    builtins.__import__ = importlib.__import__

# The Qt names the app uses; each is resolved on first use by __getattr__ below.
USED_NAMES = (
    "QT_TRANSLATE_NOOP",
    "QAbstractItemView",
    "QAbstractListModel",
    "QAbstractTableModel",
    "QAction",
    "QApplication",
    "QButtonGroup",
    "QCheckBox",
    "QColor",
    "QComboBox",
    "QCoreApplication",
    "QDesktopServices",
    "QDialog",
    "QDialogButtonBox",
    "QElapsedTimer",
    "QEvent",
    "QEventLoop",
    "QFileDialog",
    "QFont",
    "QFormLayout",
    "QFrame",
    "QGridLayout",
    "QGroupBox",
    "QGuiApplication",
    "QHBoxLayout",
    "QHeaderView",
    "QIcon",
    "QItemSelectionModel",
    "QKeySequence",
    "QLabel",
    "QLibraryInfo",
    "QListView",
    "QLocale",
    "QLockFile",
    "QMainWindow",
    "QMessageBox",
    "QModelIndex",
    "QObject",
    "QPainter",
    "QPalette",
    "QPersistentModelIndex",
    "QPoint",
    "QPointF",
    "QProgressBar",
    "QPushButton",
    "QRadioButton",
    "QRunnable",
    "QScrollArea",
    "QSettings",
    "QShortcut",
    "QSize",
    "QSizePolicy",
    "QSortFilterProxyModel",
    "QSpinBox",
    "QSplitter",
    "QStackedWidget",
    "QStatusBar",
    "QStyledItemDelegate",
    "QTableView",
    "QTextBrowser",
    "QTextCharFormat",
    "QTextCursor",
    "QTextEdit",
    "QThreadPool",
    "QTimer",
    "QToolButton",
    "QTranslator",
    "QTreeView",
    "QUrl",
    "QVBoxLayout",
    "QWidget",
    "Qt",
    "QtCore",
    "QtGui",
    "QtWidgets",
    "Signal",
    "Slot",
)


def __getattr__(name: str) -> Any:
    """Qt names are looked up on first use: resolving all of them up front costs tens of milliseconds of
    start-up (each is a lazily built binding type), and the first paint needs only a few."""
    for module in (QtWidgets, QtGui, QtCore):
        value = getattr(module, name, None)
        if value is not None:
            globals()[name] = value
            return value
    raise AttributeError(f"module 'ui.qt' has no attribute {name!r}")


def qt_charts() -> Any:
    """PySide6.QtCharts (from PySide6-Addons), imported on first use so start-up does not pay for it."""
    from PySide6 import QtCharts

    return QtCharts
