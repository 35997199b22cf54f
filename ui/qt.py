"""The one place Simulacro imports Qt from: swap or pin bindings here only."""

from __future__ import annotations

import builtins
import importlib
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore as QtCore
from PySide6 import QtGui as QtGui
from PySide6 import QtWidgets as QtWidgets

# PySide6 replaces builtins.__import__ with a hook for its optional `__feature__` switches (snake_case,
# true_property), which Simulacro does not use. That hook is not safe when modules are imported on a
# background thread (seen: "none_dealloc" fatal errors while the op runner imported SQLAlchemy), and the
# op runner does import lazily; so a plain import is put back (importlib's, as the original may be gone
# when another module, such as pytest-qt, imported PySide6 first).
if getattr(builtins.__import__, "__name__", "") == "__feature_import__":
    builtins.__import__ = importlib.__import__

if TYPE_CHECKING:  # mypy sees real types; at run time names are still resolved on first use
    from PySide6.QtCore import (
        QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP,
    )
    from PySide6.QtCore import (
        QAbstractItemModel as QAbstractItemModel,
    )
    from PySide6.QtCore import (
        QAbstractListModel as QAbstractListModel,
    )
    from PySide6.QtCore import (
        QAbstractTableModel as QAbstractTableModel,
    )
    from PySide6.QtCore import (
        QByteArray as QByteArray,
    )
    from PySide6.QtCore import (
        QCoreApplication as QCoreApplication,
    )
    from PySide6.QtCore import (
        QDate as QDate,
    )
    from PySide6.QtCore import (
        QDateTime as QDateTime,
    )
    from PySide6.QtCore import (
        QElapsedTimer as QElapsedTimer,
    )
    from PySide6.QtCore import (
        QEvent as QEvent,
    )
    from PySide6.QtCore import (
        QEventLoop as QEventLoop,
    )
    from PySide6.QtCore import (
        QItemSelectionModel as QItemSelectionModel,
    )
    from PySide6.QtCore import (
        QLibraryInfo as QLibraryInfo,
    )
    from PySide6.QtCore import (
        QLocale as QLocale,
    )
    from PySide6.QtCore import (
        QLockFile as QLockFile,
    )
    from PySide6.QtCore import (
        QModelIndex as QModelIndex,
    )
    from PySide6.QtCore import (
        QObject as QObject,
    )
    from PySide6.QtCore import (
        QPersistentModelIndex as QPersistentModelIndex,
    )
    from PySide6.QtCore import (
        QPoint as QPoint,
    )
    from PySide6.QtCore import (
        QPointF as QPointF,
    )
    from PySide6.QtCore import (
        QRect as QRect,
    )
    from PySide6.QtCore import (
        QRunnable as QRunnable,
    )
    from PySide6.QtCore import (
        QSettings as QSettings,
    )
    from PySide6.QtCore import (
        QSize as QSize,
    )
    from PySide6.QtCore import (
        QSortFilterProxyModel as QSortFilterProxyModel,
    )
    from PySide6.QtCore import (
        QThreadPool as QThreadPool,
    )
    from PySide6.QtCore import (
        QTime as QTime,
    )
    from PySide6.QtCore import (
        QTimer as QTimer,
    )
    from PySide6.QtCore import (
        QTranslator as QTranslator,
    )
    from PySide6.QtCore import (
        QUrl as QUrl,
    )
    from PySide6.QtCore import (
        Signal as Signal,
    )
    from PySide6.QtCore import (
        Slot as Slot,
    )
    from PySide6.QtGui import (
        QAction as QAction,
    )
    from PySide6.QtGui import (
        QCloseEvent as QCloseEvent,
    )
    from PySide6.QtGui import (
        QColor as QColor,
    )
    from PySide6.QtGui import (
        QDesktopServices as QDesktopServices,
    )
    from PySide6.QtGui import (
        QFont as QFont,
    )
    from PySide6.QtGui import (
        QGuiApplication as QGuiApplication,
    )
    from PySide6.QtGui import (
        QIcon as QIcon,
    )
    from PySide6.QtGui import (
        QKeyEvent as QKeyEvent,
    )
    from PySide6.QtGui import (
        QKeySequence as QKeySequence,
    )
    from PySide6.QtGui import (
        QPainter as QPainter,
    )
    from PySide6.QtGui import (
        QPalette as QPalette,
    )
    from PySide6.QtGui import (
        QResizeEvent as QResizeEvent,
    )
    from PySide6.QtGui import (
        QShortcut as QShortcut,
    )
    from PySide6.QtGui import (
        Qt as Qt,
    )
    from PySide6.QtWidgets import (
        QAbstractButton as QAbstractButton,
    )
    from PySide6.QtWidgets import (
        QAbstractItemView as QAbstractItemView,
    )
    from PySide6.QtWidgets import (
        QApplication as QApplication,
    )
    from PySide6.QtWidgets import (
        QButtonGroup as QButtonGroup,
    )
    from PySide6.QtWidgets import (
        QCheckBox as QCheckBox,
    )
    from PySide6.QtWidgets import (
        QComboBox as QComboBox,
    )
    from PySide6.QtWidgets import (
        QDateEdit as QDateEdit,
    )
    from PySide6.QtWidgets import (
        QDialog as QDialog,
    )
    from PySide6.QtWidgets import (
        QDialogButtonBox as QDialogButtonBox,
    )
    from PySide6.QtWidgets import (
        QFileDialog as QFileDialog,
    )
    from PySide6.QtWidgets import (
        QFormLayout as QFormLayout,
    )
    from PySide6.QtWidgets import (
        QFrame as QFrame,
    )
    from PySide6.QtWidgets import (
        QGridLayout as QGridLayout,
    )
    from PySide6.QtWidgets import (
        QGroupBox as QGroupBox,
    )
    from PySide6.QtWidgets import (
        QHBoxLayout as QHBoxLayout,
    )
    from PySide6.QtWidgets import (
        QHeaderView as QHeaderView,
    )
    from PySide6.QtWidgets import (
        QLabel as QLabel,
    )
    from PySide6.QtWidgets import (
        QListView as QListView,
    )
    from PySide6.QtWidgets import (
        QMainWindow as QMainWindow,
    )
    from PySide6.QtWidgets import (
        QMenu as QMenu,
    )
    from PySide6.QtWidgets import (
        QMessageBox as QMessageBox,
    )
    from PySide6.QtWidgets import (
        QProgressBar as QProgressBar,
    )
    from PySide6.QtWidgets import (
        QPushButton as QPushButton,
    )
    from PySide6.QtWidgets import (
        QRadioButton as QRadioButton,
    )
    from PySide6.QtWidgets import (
        QScrollArea as QScrollArea,
    )
    from PySide6.QtWidgets import (
        QSizePolicy as QSizePolicy,
    )
    from PySide6.QtWidgets import (
        QSpinBox as QSpinBox,
    )
    from PySide6.QtWidgets import (
        QSplitter as QSplitter,
    )
    from PySide6.QtWidgets import (
        QStackedWidget as QStackedWidget,
    )
    from PySide6.QtWidgets import (
        QStatusBar as QStatusBar,
    )
    from PySide6.QtWidgets import (
        QStyledItemDelegate as QStyledItemDelegate,
    )
    from PySide6.QtWidgets import (
        QTableView as QTableView,
    )
    from PySide6.QtWidgets import (
        QTextBrowser as QTextBrowser,
    )
    from PySide6.QtWidgets import (
        QTextEdit as QTextEdit,
    )
    from PySide6.QtWidgets import (
        QToolButton as QToolButton,
    )
    from PySide6.QtWidgets import (
        QTreeView as QTreeView,
    )
    from PySide6.QtWidgets import (
        QVBoxLayout as QVBoxLayout,
    )
    from PySide6.QtWidgets import (
        QWidget as QWidget,
    )


# The Qt names the app uses; each is resolved on first use by __getattr__ below.
USED_NAMES = (
    "QT_TRANSLATE_NOOP",
    "QAbstractButton",
    "QByteArray",
    "QDate",
    "QDateTime",
    "QMenu",
    "QRect",
    "QTime",
    "QAbstractItemModel",
    "QAbstractItemView",
    "QAbstractListModel",
    "QAbstractTableModel",
    "QAction",
    "QApplication",
    "QButtonGroup",
    "QCheckBox",
    "QDate",
    "QDateEdit",
    "QResizeEvent",
    "QCloseEvent",
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
    "QKeyEvent",
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
