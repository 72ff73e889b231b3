"""The PIN pad is a phone's keypad (1-2-3 on top, 0 under 8), centred on the sign-in page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from operator_app.domain.roles import Role
from operator_app.domain.users import User
from operator_app.ui.people_pages import SignInPage
from operator_app.ui.theme import PRIMARY_TARGET_MM, px_to_mm
from tests.ui.conftest import shown_at_panel_size
from tests.ui.test_main_window import console  # noqa: F401  (the real window, for one test)

DPI = 149.0  # a 10-inch 1280x800 panel



def key(page: SignInPage, ch: str) -> QPushButton:
    b = page.pad.findChild(QPushButton, f"key_{ord(ch):04x}")
    assert b is not None, ch
    return b


def centre(w: QWidget, page: QWidget) -> QPoint:
    return w.mapTo(page, w.rect().center())


@pytest.fixture
def page(qtbot, styled) -> SignInPage:
    made = shown_at_panel_size(qtbot, SignInPage(DPI))
    made.ask("Sign in", [User("Tess Tech", Role.TECHNICIAN), User("Olga Oper", Role.OPERATOR)])
    return made


def test_the_pin_pad_is_a_phone_keypad(page: SignInPage) -> None:
    c = {ch: centre(key(page, ch), page) for ch in "0123456789"}
    for row in ("123", "456", "789"):
        a, b, d = (c[ch] for ch in row)
        assert a.x() < b.x() < d.x(), row  # left to right
        assert a.y() == b.y() == d.y(), row
    for col in ("147", "258", "369"):
        a, b, d = (c[ch] for ch in col)
        assert a.y() < b.y() < d.y(), col  # 1-2-3 on top, 7-8-9 at the bottom of the digits
        assert a.x() == b.x() == d.x(), col
    assert abs(c["0"].x() - c["8"].x()) <= 1 and c["0"].y() > c["8"].y()  # 0 right under 8
    delete, enter = centre(page.pad.backspace, page), centre(page.pad.enter, page)
    assert delete.y() == c["0"].y() == enter.y()
    assert delete.x() < c["0"].x() < enter.x()
    assert abs(delete.x() - c["7"].x()) <= 1 and abs(enter.x() - c["9"].x()) <= 1
    for b in page.pad.findChildren(QPushButton):
        assert px_to_mm(b.width(), DPI) >= PRIMARY_TARGET_MM - 0.1, b.text()
        assert px_to_mm(b.height(), DPI) >= PRIMARY_TARGET_MM - 0.1, b.text()
    widths = {b.width() for b in page.pad.findChildren(QPushButton)}
    assert len(widths) == 1, widths  # every key of one size: the columns line up


def test_names_on_the_left_the_field_then_the_pad_on_the_right(page: SignInPage) -> None:
    names = page.people.mapTo(page, QPoint(page.people.width(), 0))
    field = page.field.mapTo(page, QPoint(0, 0))
    pad = page.pad.mapTo(page, QPoint(0, 0))
    assert names.x() <= field.x() < field.x() + page.field.width() <= pad.x()
    assert pad.x() + page.pad.width() <= page.width()
    for b in page.people.buttons.values():  # names are targets for a gloved finger
        assert px_to_mm(b.height(), DPI) >= 10 - 0.1, b.text()


def test_a_pin_typed_by_taps_is_submitted(qtbot, page: SignInPage) -> None:
    got: list[tuple[str, str]] = []
    page.submitted.connect(lambda name, pin: got.append((name, pin)))
    qtbot.mouseClick(page.pad.enter, Qt.MouseButton.LeftButton)
    assert got == [] and page.message.text() == "Tap your name first."
    qtbot.mouseClick(page.people.buttons["Tess Tech"], Qt.MouseButton.LeftButton)
    assert page.who.text() == "PIN of Tess Tech"
    for ch in "48061":
        qtbot.mouseClick(key(page, ch), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(key(page, "9"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.pad.backspace, Qt.MouseButton.LeftButton)  # a slip, taken back
    qtbot.mouseClick(key(page, "5"), Qt.MouseButton.LeftButton)
    assert page.field.text() == "480615" and got == []
    qtbot.mouseClick(page.pad.enter, Qt.MouseButton.LeftButton)
    assert got == [("Tess Tech", "480615")]
    assert page.field.text() == ""  # never left on the screen


def test_a_badge_reader_types_the_badge_and_enter(qtbot, page: SignInPage) -> None:
    got: list[str] = []
    page.badge_read.connect(got.append)
    qtbot.keyClicks(page, "04A1B2C3")
    qtbot.keyClick(page, Qt.Key.Key_Return)
    qtbot.keyClicks(page, "12")  # a stray short burst is no badge
    qtbot.keyClick(page, Qt.Key.Key_Return)
    assert got == ["04A1B2C3"] and page.field.text() == ""


def test_the_whole_pad_is_on_screen_in_the_console_at_1280x800(qtbot, console) -> None:  # noqa: F811
    """The pad's fourth row (delete, 0, OK) is inside the page area, not below its fold."""
    c = console(dpi=DPI)
    w = c.window
    QApplication.processEvents()
    qtbot.mouseClick(w.strip.role_button, Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.signin_page
    qtbot.wait(50)
    view = w.stack_area.viewport()
    for b in (w.signin_page.pad.backspace, key(w.signin_page, "0"), w.signin_page.pad.enter):
        top_left = b.mapTo(view, QPoint(0, 0))
        assert view.rect().contains(top_left) and \
            view.rect().contains(b.mapTo(view, b.rect().bottomRight())), (b.text(), top_left)


def test_a_lockout_counts_down_to_open_again(qtbot, page: SignInPage) -> None:
    from operator_app.domain.users import T_LOCKED_NOW
    from operator_app.domain.words import Phrase

    page.say(Phrase(T_LOCKED_NOW, ("5", "3")))
    assert page.message.text() == "wrong PIN, 5 times: sign-in is locked for 3 s"
    qtbot.waitUntil(lambda: page.message.text().endswith("locked for 2 s"), timeout=2500)
    qtbot.waitUntil(lambda: "open again" in page.message.text(), timeout=4000)
    page.say("wrong PIN (1 of 5 tries)")  # anything said after stops the count
    qtbot.wait(1200)
    assert page.message.text() == "wrong PIN (1 of 5 tries)"
