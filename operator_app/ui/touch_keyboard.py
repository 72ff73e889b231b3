"""Touch keyboards for gloved hands: plates (Latin and Thai pages) and a numeric PIN pad.

Qt Virtual Keyboard did not load in a Widgets window with the PySide6 wheels
(shared/CONVENTIONS.md), so the console carries its own: keys at least 15 mm at
the screen's DPI with a gap between them, the plate alphabets of the target
markets, and a numeric keypad for PINs laid out as a phone's (1-2-3 at the top,
0 under 8). The plate keyboard's digits, hyphen and space are there whichever
letter page shows, so that a plate is typed on one page. A key emits the text it
types; the keyboard knows nothing about what the text is for.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from operator_app.ui.theme import GLOVE_GAP_MM, LETTER_KEY_MM, PRIMARY_TARGET_MM, mm_to_px
from operator_app.ui.widgets import CurrentPageStack

# The digits and the hyphen: one row above both letter pages, so that a plate with digits
# ("1กข 1234", "70-1234", "XG 8121") is typed on either page without switching; the
# space is a wide control beside the keys. Eleven 12 mm keys a row and the controls fit the
# width of a 10-inch 1280x800 panel; the digits and four rows of Thai its height.
DIGIT_ROW = "1234567890-"
LATIN_ROWS = ("QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM")
# Thai consonants used on plates, in keyboard-like rows of eleven
THAI = "กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"  # every consonant in use on plates
THAI_ROWS = tuple(THAI[i:i + 11] for i in range(0, len(THAI), 11))
# a phone's keypad: 1-2-3 at the top, 0 under 8 between delete and OK (PinPad)
PIN_ROWS = ("123", "456", "789")

BACKSPACE = "\b"
ENTER = "\n"


class _Keys(QWidget):
    """Rows of 12 mm letter keys, each named ``key_<code point>`` and typing its letter."""

    def __init__(self, rows: tuple[str, ...], size: int, gap: int, emit) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setSpacing(gap)
        grid.setContentsMargins(0, 0, 0, 0)
        for r, row in enumerate(rows):
            for c, ch in enumerate(row):
                key = QPushButton(ch)
                key.setProperty("primary", False)
                key.setProperty("key", True)  # the style sheet's 12 mm letter keys
                key.setMinimumSize(size, size)
                key.setObjectName(f"key_{ord(ch):04x}")
                key.clicked.connect(lambda _=False, t=ch: emit(t))
                grid.addWidget(key, r, c)
        grid.setRowStretch(len(rows), 1)  # a page of fewer rows keeps them at the top


class PlateKeyboard(QWidget):
    """The digits and the hyphen over a Latin and a Thai page of letters; on the right, wide
    15 mm controls: delete, the page switch, space and OK. Every key is on the keyboard once
    (``findChild(QPushButton, "key_0031")`` is the one "1"); ``typed`` carries each key's
    text."""

    typed = Signal(str)

    def __init__(self, dpi: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dpi = dpi
        self.size_px = mm_to_px(PRIMARY_TARGET_MM, dpi)
        # letter keys are 12 mm: a row of eleven Thai consonants and the controls must fit
        # the 218 mm width of a 10-inch 1280x800 panel; the controls stay 15 mm
        key = mm_to_px(LETTER_KEY_MM, dpi)
        gap = mm_to_px(GLOVE_GAP_MM, dpi)
        layout = QHBoxLayout(self)
        layout.setSpacing(gap)
        layout.setContentsMargins(0, 0, 0, 0)
        self.keys_area = QWidget()
        keys = QVBoxLayout(self.keys_area)
        keys.setSpacing(gap)
        keys.setContentsMargins(0, 0, 0, 0)
        keys.addWidget(_Keys((DIGIT_ROW,), key, gap, self.typed.emit))
        self.pages = CurrentPageStack()  # the page shown asks for its room, not the tallest
        self.pages.addWidget(_Keys(LATIN_ROWS, key, gap, self.typed.emit))
        self.pages.addWidget(_Keys(THAI_ROWS, key, gap, self.typed.emit))
        keys.addWidget(self.pages)
        keys.addStretch(1)
        layout.addWidget(self.keys_area)
        # the keys' words keep the translation contexts they have always had (_Pad, _Keys)
        self.backspace = QPushButton(QCoreApplication.translate("_Pad", "Delete"))
        self.backspace.setObjectName("backspace")
        self.switch = QPushButton(self.tr("ไทย / ABC"))
        self.switch.setObjectName("switchAlphabet")
        self.space = QPushButton(QCoreApplication.translate("_Keys", "Space"))
        self.space.setObjectName("key_0020")
        self.enter = QPushButton(QCoreApplication.translate("_Pad", "OK"))
        self.enter.setObjectName("enter")
        self.enter.setProperty("role", "mandatory")
        controls = QVBoxLayout()
        controls.setSpacing(gap)
        for b in (self.backspace, self.switch, self.space, self.enter):
            b.setProperty("primary", True)
            b.setMinimumSize(2 * self.size_px, self.size_px)
            controls.addWidget(b)
        controls.addStretch(1)
        layout.addLayout(controls)
        self.backspace.clicked.connect(lambda: self.typed.emit(BACKSPACE))
        self.space.clicked.connect(lambda: self.typed.emit(" "))
        self.enter.clicked.connect(lambda: self.typed.emit(ENTER))
        self.switch.clicked.connect(
            lambda: self.pages.setCurrentIndex(1 - self.pages.currentIndex()))


class PinPad(QWidget):
    """A phone's keypad: 1-2-3, 4-5-6, 7-8-9, then delete, 0 and OK; every key 15 mm and all
    of one size. PINs always get this pad, never the letter keyboard; ``typed`` carries each
    key's text."""

    typed = Signal(str)

    def __init__(self, dpi: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dpi = dpi
        self.size_px = mm_to_px(PRIMARY_TARGET_MM, dpi)
        gap = mm_to_px(GLOVE_GAP_MM, dpi)
        grid = QGridLayout(self)
        grid.setSpacing(gap)
        grid.setContentsMargins(0, 0, 0, 0)
        self.keys: list[QPushButton] = []
        for r, row in enumerate(PIN_ROWS):
            for c, ch in enumerate(row):
                grid.addWidget(self._key(ch, ch, f"key_{ord(ch):04x}"), r, c)
        # in the translation context the keys have always had
        self.backspace = self._key(QCoreApplication.translate("_Pad", "Delete"), BACKSPACE,
                                   "backspace")
        zero = self._key("0", "0", "key_0030")
        self.enter = self._key(QCoreApplication.translate("_Pad", "OK"), ENTER, "enter")
        self.enter.setProperty("role", "mandatory")
        for c, b in enumerate((self.backspace, zero, self.enter)):
            grid.addWidget(b, len(PIN_ROWS), c)

    def _key(self, text: str, types: str, name: str) -> QPushButton:
        key = QPushButton(text)
        key.setObjectName(name)
        key.setProperty("primary", True)
        key.setMinimumSize(self.size_px, self.size_px)
        key.clicked.connect(lambda _=False, t=types: self.typed.emit(t))
        self.keys.append(key)
        return key

    def _same_size(self) -> None:
        """Every key as wide as the widest ("Delete" in the style's font): a keypad's
        columns line up, and 0 sits right under 8."""
        width = max(self.size_px, *(k.sizeHint().width() for k in self.keys))
        for k in self.keys:
            k.setMinimumWidth(width)

    def showEvent(self, event) -> None:
        self._same_size()
        super().showEvent(event)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            # after the keys themselves took the new style or font
            QTimer.singleShot(0, self, self._same_size)


def apply_key(text: str, key: str, limit: int) -> str:
    """What a field holds after ``key``: backspace deletes, nothing grows past ``limit``."""
    if key == BACKSPACE:
        return text[:-1]
    if key == ENTER:
        return text
    return (text + key)[:limit]
