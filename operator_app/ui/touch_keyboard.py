"""Touch keyboards for gloved hands: plates (Latin and Thai pages) and a numeric PIN pad.

Qt Virtual Keyboard did not load in a Widgets window with the PySide6 wheels
(shared/CONVENTIONS.md), so the console carries its own: keys at least 15 mm at
the screen's DPI with a gap between them, the plate alphabets of the target
markets, and a numeric keypad for PINs. A key emits the text it types; the
keyboard knows nothing about what the text is for.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QStackedWidget, QWidget

from operator_app.ui.theme import GLOVE_GAP_MM, LETTER_KEY_MM, PRIMARY_TARGET_MM, mm_to_px

LATIN_ROWS = ("1234567890", "QWERTYUIOP", "ASDFGHJKL-", "ZXCVBNM ")
# Thai consonants used on plates, in four keyboard-like rows of eleven
THAI = "กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผพฟภมยรลวศษสหฬอฮ"
THAI_ROWS = tuple(THAI[i:i + 11] for i in range(0, len(THAI), 11))
PIN_ROWS = ("123", "456", "789")

BACKSPACE = "\b"
ENTER = "\n"


class _Keys(QWidget):
    def __init__(self, rows: tuple[str, ...], size: int, gap: int, emit,
                 primary: bool = True) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setSpacing(gap)
        grid.setContentsMargins(0, 0, 0, 0)
        for r, row in enumerate(rows):
            for c, ch in enumerate(row):
                label = self.tr("Space") if ch == " " else ch
                key = QPushButton(label)
                key.setProperty("primary", primary)
                key.setProperty("key", not primary)  # the style sheet's 12 mm letter keys
                key.setMinimumSize(size, size)
                key.setObjectName(f"key_{ord(ch):04x}")
                key.clicked.connect(lambda _=False, t=ch: emit(t))
                grid.addWidget(key, r, c)


class _Pad(QWidget):
    """Keys with a column of wide controls on their right (a row fewer: short screens);
    ``typed`` carries each key's text."""

    typed = Signal(str)

    def __init__(self, rows: tuple[str, ...], middle: QPushButton, dpi: float,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dpi = dpi
        self.size_px = mm_to_px(PRIMARY_TARGET_MM, dpi)
        gap = mm_to_px(GLOVE_GAP_MM, dpi)
        layout = QHBoxLayout(self)
        layout.setSpacing(gap)
        layout.setContentsMargins(0, 0, 0, 0)
        self.keys_area = self._keys(rows, gap)
        layout.addWidget(self.keys_area)
        self.backspace = QPushButton(self.tr("Delete"))
        self.backspace.setObjectName("backspace")
        self.enter = QPushButton(self.tr("OK"))
        self.enter.setObjectName("enter")
        self.enter.setProperty("role", "mandatory")
        controls = QGridLayout()
        controls.setSpacing(gap)
        for i, b in enumerate((self.backspace, middle, self.enter)):
            b.setProperty("primary", True)
            b.setMinimumSize(self.size_px, self.size_px)
            controls.addWidget(b, i, 0)
        layout.addLayout(controls)
        self.backspace.clicked.connect(lambda: self.typed.emit(BACKSPACE))
        self.enter.clicked.connect(lambda: self.typed.emit(ENTER))

    def _keys(self, rows: tuple[str, ...], gap: int) -> QWidget:
        return _Keys(rows, self.size_px, gap, self.typed.emit)


class PlateKeyboard(_Pad):
    """Latin and Thai pages, a page switch, delete and OK."""

    def __init__(self, dpi: float, parent: QWidget | None = None) -> None:
        self.switch = QPushButton()
        self.switch.setObjectName("switchAlphabet")
        super().__init__(LATIN_ROWS, self.switch, dpi, parent)
        self.switch.setText(self.tr("ไทย / ABC"))
        for b in (self.switch, self.backspace, self.enter):
            b.setMinimumSize(2 * self.size_px, self.size_px)
        self.switch.clicked.connect(
            lambda: self.pages.setCurrentIndex(1 - self.pages.currentIndex()))

    def _keys(self, rows: tuple[str, ...], gap: int) -> QWidget:
        # letter keys are 12 mm: a row of eleven Thai consonants and the controls must fit
        # the 218 mm width of a 10-inch 1280x800 panel; the controls stay 15 mm
        key = mm_to_px(LETTER_KEY_MM, self.dpi)
        self.pages = QStackedWidget()
        self.pages.addWidget(_Keys(LATIN_ROWS, key, gap, self.typed.emit, primary=False))
        self.pages.addWidget(_Keys(THAI_ROWS, key, gap, self.typed.emit, primary=False))
        return self.pages


class PinPad(_Pad):
    """Digits, delete and OK; PINs always get this pad, never the letter keyboard."""

    def __init__(self, dpi: float, parent: QWidget | None = None) -> None:
        zero = QPushButton("0")
        zero.setObjectName("key_0030")
        super().__init__(PIN_ROWS, zero, dpi, parent)
        zero.clicked.connect(lambda: self.typed.emit("0"))


def apply_key(text: str, key: str, limit: int) -> str:
    """What a field holds after ``key``: backspace deletes, nothing grows past ``limit``."""
    if key == BACKSPACE:
        return text[:-1]
    if key == ENTER:
        return text
    return (text + key)[:limit]
