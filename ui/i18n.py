"""Translations: Simulacro's own .qm files plus Qt's, for Spanish (default) or English."""

from __future__ import annotations

from pathlib import Path

from ui.qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"


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
    if language != "en" and qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    app._simulacro_translators = installed  # type: ignore[attr-defined]
    return installed
