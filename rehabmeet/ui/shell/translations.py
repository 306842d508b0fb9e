"""Install Qt translators for the chosen language: RehabMeet's own and Qt's standard dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from rehabmeet.resources import resource_path

_LOCALES = {
    "da": QLocale(QLocale.Language.Danish, QLocale.Country.Denmark),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install translators for ``language`` (``da`` or ``en``) and set the default locale.

    English is the source language; its catalogue holds only the plural forms ("1 case", "7 cases").
    """
    QLocale.setDefault(_LOCALES.get(language, _LOCALES["da"]))
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"rehabmeet_{language}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    if language == "en":
        return installed
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    return installed
