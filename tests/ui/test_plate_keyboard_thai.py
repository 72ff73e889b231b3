"""The plate keyboard's Thai page has the digits, a hyphen and a space: a Thai plate on one page.

The digits, the hyphen and the space are the keyboard's, shown with either letter page; every
key is on the keyboard once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from operator_app.domain.vehicles import IdMethod
from operator_app.ui.identify_page import IdentifyPage
from operator_app.ui.theme import LETTER_KEY_MM, px_to_mm
from operator_app.ui.touch_keyboard import THAI, PlateKeyboard
from tests.ui.conftest import shown_at_panel_size
from tests.ui.test_main_window import console  # noqa: F401  (the real window, for one test)

DPI = 149.0  # a 10-inch 1280x800 panel



def thai_key(kb: PlateKeyboard, ch: str) -> QPushButton:
    found = kb.findChildren(QPushButton, f"key_{ord(ch):04x}")
    assert len(found) == 1, (repr(ch), len(found))  # one key a character: no hidden twin
    return found[0]


def test_every_thai_consonant_in_use_is_on_the_page() -> None:
    # every consonant but the two obsolete ones (and ฤ ฦ, vowel signs, not on plates)
    in_use = {chr(c) for c in range(ord("ก"), ord("ฮ") + 1)} - {"ฃ", "ฅ", "ฤ", "ฦ"}
    assert in_use <= set(THAI), sorted(in_use - set(THAI))


def test_the_thai_page_shows_every_consonant_the_digits_a_hyphen_and_a_space(qtbot) -> None:
    kb = PlateKeyboard(DPI)
    qtbot.addWidget(kb)
    kb.show()
    qtbot.mouseClick(kb.switch, Qt.MouseButton.LeftButton)
    assert kb.pages.currentIndex() == 1
    for ch in THAI + "0123456789- ":
        assert thai_key(kb, ch).isVisible(), repr(ch)
    assert thai_key(kb, " ").text() == "Space"
    assert not thai_key(kb, "Q").isVisible()  # the Latin letters are on the other page


@pytest.mark.parametrize("plate", ["1กข 1234", "70-1234", "1กข 4721"])
def test_a_thai_plate_is_typed_on_the_thai_page_alone(qtbot, styled, plate: str) -> None:
    page = shown_at_panel_size(qtbot, IdentifyPage(DPI))
    kb = page.keyboard
    got: list[tuple[str, object]] = []
    page.identify.connect(lambda text, method: got.append((text, method)))
    qtbot.mouseClick(kb.switch, Qt.MouseButton.LeftButton)
    thai = kb.pages.widget(1)
    assert kb.pages.currentWidget() is thai and not thai_key(kb, "Q").isVisible()
    for ch in plate:
        key = thai_key(kb, ch)
        assert key.isVisible(), repr(ch)
        qtbot.mouseClick(key, Qt.MouseButton.LeftButton)
        assert kb.pages.currentWidget() is thai  # never a page switch on the way
    assert page.field.text() == plate
    qtbot.mouseClick(kb.enter, Qt.MouseButton.LeftButton)
    assert got == [(plate, IdMethod.PLATE_ENTRY)]


def test_the_thai_page_fits_a_1280x800_panel_with_keys_of_12_mm(qtbot, styled) -> None:
    page = shown_at_panel_size(qtbot, IdentifyPage(DPI))
    kb = page.keyboard
    kb.pages.setCurrentIndex(1)
    QApplication.processEvents()
    for hint in (kb.sizeHint(), kb.minimumSizeHint()):
        assert hint.width() <= 1280 - 40 and hint.height() <= 450, hint
    keys = [k for k in kb.findChildren(QPushButton) if k.isVisible()]
    assert len(keys) == len(THAI) + 11 + 4  # consonants, digits and hyphen, four controls
    for k in keys:
        assert px_to_mm(k.width(), DPI) >= LETTER_KEY_MM - 0.1, k.text()
        assert px_to_mm(k.height(), DPI) >= LETTER_KEY_MM - 0.1, k.text()
        inside = k.mapTo(page, k.rect().bottomRight())
        assert page.rect().contains(inside), k.text()


def bottom_right(w: QWidget, view: QWidget) -> QPoint:
    return w.mapTo(view, w.rect().bottomRight())


def test_the_whole_thai_page_is_on_screen_in_the_console_at_1280x800(qtbot, console) -> None:  # noqa: F811
    """The fifth row (the hyphen and the space) is in the page area, not below its fold."""
    c = console(dpi=DPI)
    w = c.window
    qtbot.mouseClick(w.swap_panel.keyboard_button, Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.identify_page
    kb = w.identify_page.keyboard
    qtbot.mouseClick(kb.switch, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    view = w.stack_area.viewport()
    keys = [k for k in kb.findChildren(QPushButton) if k.isVisible()]
    assert len(keys) == len(THAI) + 11 + 4
    for b in keys:
        assert view.rect().contains(b.mapTo(view, QPoint(0, 0))), b.text()
        assert view.rect().contains(bottom_right(b, view)), b.text()
