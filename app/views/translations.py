"""The desk's language: Qt translators for the chosen or the system language.

``resources/i18n/desk_<lang>.ts`` are the sources (``scripts/update_translations.py``
updates them with pyside6-lupdate and builds the ``.qm`` files the desk loads).
Numbers and dates follow ``QLocale()``, which is set to the same language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import config

#: The languages the desk is translated into (English is the source language).
LANGUAGES = ("en", "de", "fr")
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return config.resources_dir() / "i18n"


def system_locale() -> QLocale:
    """The OS locale; a bare POSIX ("C") locale reads as British English, so numbers
    still get their thousands separators."""
    system = QLocale.system()
    if system.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return system


def language_for(choice: str, system: QLocale | None = None) -> str:
    """The language to use for the preference ``choice`` (``system`` or a code)."""
    if choice in LANGUAGES:
        return choice
    name = (system or QLocale.system()).name().split("_")[0]
    return name if name in LANGUAGES else "en"


def install(choice: str) -> str:
    """Install the translators (and the default locale) for ``choice``; returns the
    language now in use."""
    app = QCoreApplication.instance()
    language = language_for(choice)
    QLocale.setDefault(system_locale() if choice not in LANGUAGES
                       or language_for("system") == language else QLocale(language))
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if language == "en" or app is None:
        return language
    for name, folder in ((f"desk_{language}", translations_dir()),
                         (f"qtbase_{language}",
                          Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    return language
