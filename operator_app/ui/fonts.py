"""The console's own fonts (operator_app/fonts/), so that every script shows on a terminal
with no fonts of its own.

``install(app)`` registers every font file there with Qt and makes the application font
the shipped families, Latin first, then Thai, Chinese (Hong Kong forms) and the symbols:
Qt takes each character from the first family in the list that has it. Call it right after
the QApplication is made, before any widget or size is made from ``QFont()``
(operator_app/ui/sizes.py caches sizes measured with it). The folder's README.md says where
the files come from; ``python scripts/fonts.py`` rebuilds them.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

log = logging.getLogger(__name__)

FONTS = Path(__file__).resolve().parent.parent / "fonts"
# in this order: Latin (with Vietnamese) before Thai before Chinese, so that each script
# takes its own design; the symbols last, for the marks none of the others has
FAMILIES = ("Noto Sans", "Noto Sans Thai", "Noto Sans CJK HK", "Noto Sans Symbols2")
FONT_SUFFIXES = (".ttf", ".otf", ".ttc")
_registered: dict[Path, list[str]] = {}  # font file: the families Qt found in it


def font_files(folder: Path = FONTS) -> list[Path]:
    """The font files in ``folder``, by name."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES)


def install(app: QGuiApplication, folder: Path = FONTS) -> list[str]:
    """Register every font file in ``folder`` and make the application font the shipped
    families, at the application font's size. A file Qt cannot read is logged and skipped;
    so is a family the files did not bring (Qt then falls back for it). Returns the families
    registered, in the order of the files."""
    loaded: list[str] = []
    files = font_files(folder)
    if not files:
        log.error("fonts: no font files in %s; the system's fonts are used", folder)
    for path in files:
        if path not in _registered:  # once per process: a second call only sets the font
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.error("fonts: Qt cannot load %s; skipped", path)
                continue
            _registered[path] = QFontDatabase.applicationFontFamilies(font_id)
        for family in _registered[path]:
            if family not in loaded:
                loaded.append(family)
    missing = [f for f in FAMILIES if f not in loaded]
    if missing:
        log.warning("fonts: %s not in %s", ", ".join(missing), folder)
    families = [f for f in FAMILIES if f in loaded]
    if families:
        font = QFont(app.font())  # keeps the size (and whatever else the platform set)
        font.setFamilies(families)
        app.setFont(font)
    log.info("fonts: %d files from %s, application font %s", len(files), folder,
             ", ".join(families) or "unchanged")
    return loaded
