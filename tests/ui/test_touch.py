"""Touch parts: keys big enough for gloves at the configured DPI, and they type what they say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from operator_app.ui.theme import (
    DAY,
    LETTER_KEY_MM,
    NIGHT,
    PRIMARY_TARGET_MM,
    px_to_mm,
    stylesheet,
)
from operator_app.ui.touch_keyboard import (
    BACKSPACE,
    ENTER,
    PinPad,
    PlateKeyboard,
    apply_key,
)

DPIS = (96.0, 160.0)  # a 22" 1920x1080 panel, a 10" 1280x800 panel


@pytest.mark.parametrize("dpi", DPIS)
@pytest.mark.parametrize("cls", [PlateKeyboard, PinPad])
def test_keys_are_big_enough_and_the_keyboard_fits_the_screen(qtbot, cls, dpi: float) -> None:
    """Controls and PIN keys 15 mm; letter keys 12 mm, so that the plate keyboard (eleven Thai
    consonants a row) fits the width of a 10-inch 1280x800 panel."""
    QApplication.instance().setStyleSheet(stylesheet(DAY, dpi))  # as the console applies it
    w = cls(dpi)
    qtbot.addWidget(w)
    w.show()
    keys = w.findChildren(QPushButton)
    assert keys
    for k in keys:
        least = PRIMARY_TARGET_MM if k.property("primary") else LETTER_KEY_MM
        if k.property("key"):
            assert cls is PlateKeyboard and not k.property("primary")
        if k.isVisibleTo(w) or cls is PinPad:
            assert px_to_mm(k.width(), dpi) >= least - 0.1, k.text()
            assert px_to_mm(k.height(), dpi) >= least - 0.1, k.text()
    if cls is PlateKeyboard:
        w.pages.setCurrentIndex(1)  # the widest page
        assert w.minimumSizeHint().width() <= 1280 - 40


def test_plate_keyboard_types_latin_and_thai(qtbot) -> None:
    kb = PlateKeyboard(96.0)
    qtbot.addWidget(kb)
    text = ""

    def on(key: str) -> None:
        nonlocal text
        text = apply_key(text, key, 12)

    kb.typed.connect(on)
    for ch in "1":
        qtbot.mouseClick(kb.findChild(QPushButton, f"key_{ord(ch):04x}"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kb.switch, Qt.MouseButton.LeftButton)
    for ch in "กข":
        qtbot.mouseClick(kb.findChild(QPushButton, f"key_{ord(ch):04x}"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kb.backspace, Qt.MouseButton.LeftButton)
    assert text == "1ก"


def test_pin_pad_has_digits_only(qtbot) -> None:
    pad = PinPad(96.0)
    qtbot.addWidget(pad)
    labels = {b.text() for b in pad.findChildren(QPushButton)}
    assert set("0123456789") <= labels and not any(c.isalpha() for c in "".join(
        t for t in labels if len(t) == 1))


def test_apply_key_limits() -> None:
    assert apply_key("ABC", BACKSPACE, 12) == "AB"
    assert apply_key("ABC", ENTER, 12) == "ABC"
    assert apply_key("A" * 12, "B", 12) == "A" * 12


def test_themes_style_sheets() -> None:
    for p in (DAY, NIGHT):
        css = stylesheet(p, 96.0)
        # 15 mm at 96 dpi is 57 px: the content's minimum less the padding and the border
        assert p.background in css and "min-height: 45px" in css
