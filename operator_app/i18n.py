"""The console's languages: Qt catalogues in operator_app/translations, switched at run time.

``operator_app_<code>.ts`` are the sources (made and refreshed by
``python scripts/translations.py``, which runs pyside6-lupdate and pyside6-lrelease);
the ``.qm`` beside them are what the console loads. English is built in.
"""

from __future__ import annotations

import logging
import os
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
    "zh_MO": "繁體中文（澳門）",
    "ms": "Bahasa Melayu",
    "id": "Bahasa Indonesia",
    "vi": "Tiếng Việt",
}


# a language that reads another's catalogue: Macau's Traditional Chinese is Hong Kong's, with
# its own locale (QLocale zh_MO: its dates, numbers and currency), never Taiwan's zh_TW
SHARES = {"zh_MO": "zh_HK"}
# the locale whose numbers, dates and times each language shows
LOCALES = {"en": "en_US", "es": "es_419", "th": "th_TH", "id": "id_ID", "ms": "ms_MY"}


def catalogue(code: str) -> Path:
    return CATALOGUES / f"operator_app_{SHARES.get(code, code)}.qm"


def locale_name(code: str) -> str:
    return LOCALES.get(code, code)


def available() -> list[str]:
    """English first, then every language whose compiled catalogue is installed."""
    return ["en"] + [c for c in NAMES if c != "en" and catalogue(c).exists()]


log = logging.getLogger(__name__)
TERMINAL_FILE = "language"  # in the data directory: this terminal's last choice


def terminal_language(data_dir: Path | None) -> str | None:
    """The language last chosen at this terminal with nobody signed in; None when none was
    (or it is no longer installed): the config's ``language`` then."""
    if data_dir is None:
        return None
    try:
        code = (data_dir / TERMINAL_FILE).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return code if code in available() else None


def keep_terminal_language(data_dir: Path | None, code: str) -> str | None:
    """Keep ``code`` as this terminal's language; None when kept, else why not (a full or
    read-only disk: the console goes on in the language, which is then lost at a restart)."""
    if data_dir is None:
        return None
    path = data_dir / TERMINAL_FILE
    try:
        tmp = path.with_suffix(".new")
        tmp.write_text(code + "\n", encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        log.error("the terminal's language is not kept in %s: %s", path, exc)
        return f"{path}: {exc.strerror or exc}"
    return None


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
        QLocale.setDefault(QLocale(locale_name(code)))
        return None
