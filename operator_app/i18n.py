"""The console's languages: Qt catalogues in operator_app/translations, switched at run time.

``operator_app_<code>.ts`` are the sources (made and refreshed by
``python scripts/translations.py``, which runs pyside6-lupdate and pyside6-lrelease);
the ``.qm`` beside them are what the console loads. English is built in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

CATALOGUES = Path(__file__).with_name("translations")
# every language the markets need, in its own name; a language is offered once its
# catalogue exists
NAMES = {
    "en": "English",
    "pt_BR": "Português (Brasil)",
    "es": "Español",
    "th": "ไทย",
    "zh_HK": "繁體中文（香港）",
    "ms": "Bahasa Melayu",
    "id": "Bahasa Indonesia",
    "vi": "Tiếng Việt",
}


def catalogue(code: str) -> Path:
    return CATALOGUES / f"operator_app_{code}.qm"


def available() -> list[str]:
    """English first, then every language whose compiled catalogue is installed."""
    return ["en"] + [c for c in NAMES if c != "en" and catalogue(c).exists()]


class Languages:
    """The application's current translator; ``use`` swaps it."""

    def __init__(self) -> None:
        self.code = "en"
        self._translator: QTranslator | None = None

    def use(self, code: str) -> str | None:
        """Switch to ``code``; None when done, else why not, in words."""
        app = QCoreApplication.instance()
        if code != "en" and code not in available():
            return f"language {code!r} is not installed (installed: {', '.join(available())})"
        new = None
        if code != "en":
            new = QTranslator()
            if not new.load(str(catalogue(code))):
                return f"the catalogue {catalogue(code)} cannot be read"
        if app is not None:
            if self._translator is not None:
                app.removeTranslator(self._translator)
            if new is not None:
                app.installTranslator(new)
        self._translator, self.code = new, code
        # dates and numbers that Qt formats (the plots' time axes) in the same language
        QLocale.setDefault(QLocale("en_US" if code == "en" else code))
        return None
