"""Translations: Simulacro's own .qm files plus Qt's, for Spanish (default) or English."""

from __future__ import annotations

from pathlib import Path

from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"

# Qt 6 added mnemonics to these file-dialog labels and qtbase_es still translates only the old texts;
# Simulacro's own catalogue fills the gap (Qt asks every installed translator in turn).
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def qt_catalogue(language: str) -> tuple[str, str]:
    """Qt's own translations: the copy shipped beside Simulacro's (`make translations`), else PySide6's."""
    if (I18N_DIR / f"qtbase_{language}.qm").exists():
        return f"qtbase_{language}", str(I18N_DIR)
    return f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Replace the installed translators with those for `language`; keep the returned list alive."""
    for old in getattr(app, "_simulacro_translators", []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    QLocale.setDefault(QLocale(QLocale.Language.Spanish if language == "es" else QLocale.Language.English))
    own = QTranslator(app)
    if own.load(str(I18N_DIR / f"simulacro_{language}.qm")):
        app.installTranslator(own)
        installed.append(own)
    qt = QTranslator(app)
    if language != "en" and qt.load(*qt_catalogue(language)):
        app.installTranslator(qt)
        installed.append(qt)
    app._simulacro_translators = installed  # type: ignore[attr-defined]
    return installed
