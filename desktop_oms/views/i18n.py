"""Loads the app's compiled translations (and Qt's own, for standard buttons) for the chosen language."""

from __future__ import annotations

import logging
from importlib.resources import files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

log = logging.getLogger(__name__)

#: The languages the app is translated into; English is the language of the source.
TRANSLATED = ("zh_CN", "zh_TW")


class _Translator(QTranslator):
    """Keeps the bytes it was loaded from: QTranslator reads them in place and never copies them."""

    def __init__(self, data: bytes, parent: QCoreApplication) -> None:
        super().__init__(parent)
        self.data = data


def translation_file(lang: str) -> bytes | None:
    """The compiled translation of `lang` shipped inside the package, or None."""
    resource = files("desktop_oms").joinpath("resources", "translations", f"desktop_oms_{lang}.qm")
    try:
        return resource.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return None


def install_translator(app: QCoreApplication, lang: str) -> QTranslator | None:
    """Translate the app into `lang` ("en", "zh_CN", "zh_TW"); the installed translator, or None for English.

    Call it once, after the QApplication exists and before any window is built. The translators are
    children of `app`, so they live as long as it does. Qt's own strings (OK, Cancel, the file
    dialog) come from Qt's qtbase translation when PySide6 ships one for the language.
    """
    if lang not in TRANSLATED:
        if lang != "en":
            log.warning("no translation for %r; the app stays in English", lang)
        return None
    data = translation_file(lang)
    if data is None:
        log.warning("the translation file for %s is missing from the package; the app stays in English", lang)
        return None
    translator = _Translator(data, app)
    if not translator.load(data):
        log.warning("the translation file for %s cannot be read; the app stays in English", lang)
        return None
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
    else:  # a PySide6 without Qt's translations: standard buttons stay in English
        qt_base.deleteLater()
    app.installTranslator(translator)
    return translator
