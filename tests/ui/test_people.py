"""People at the console, by taps: operators signed in by name carry it into the swap; a
supervisor manages users on screen; a real station's first start makes its supervisor;
the inactivity sign-out. Over the simulated station on a real pty."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from operator_app.domain.roles import Role
from operator_app.domain.supervisor import Phase
from operator_app.services.session import Session
from operator_app.storage.users import UserStore
from operator_app.ui.main_window import MainWindow, WindowOptions
from tests.people import OPER, OPER_PIN, SUPER, SUPER_PIN, TECH
from tests.ui.test_main_window import console, tap  # noqa: F401


def type_on(c, keyboard, text: str) -> None:
    for ch in text:
        key = keyboard.findChild(QPushButton, f"key_{ord(ch):04x}")
        assert key is not None, ch
        tap(c.qtbot, key)


def test_an_operator_signed_in_by_name_carries_it_into_the_swap(qtbot, console) -> None:  # noqa: F811
    c = console(operators_sign_in=True)
    w = c.window
    c.send_vehicle("70-8812")
    c.identify_by_keyboard("70-8812")
    qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.PLANNED, timeout=5000)
    panel = w.swap_panel
    tap(qtbot, panel.start_button)
    tap(qtbot, panel.confirm_button)
    assert "sign in by name" in panel.message.text()
    assert c.stack.swaps.tx.phase is Phase.PLANNED  # nothing was sent
    c.sign_in_by_taps(OPER, OPER_PIN)
    assert c.session.actor == OPER and OPER in w.strip.role_button.text()
    c.start_swap()
    qtbot.waitUntil(lambda: panel.receipt_row.isVisible(), timeout=40000)
    assert c.stack.rows("SELECT operator FROM swaps") == [(OPER,)]
    audit = c.stack.rows("SELECT actor, role, action FROM audit WHERE action = 'swap start'")
    assert audit == [(OPER, "OPERATOR", "swap start")]


def test_a_supervisor_adds_and_disables_a_technician_on_screen(qtbot, console) -> None:  # noqa: F811
    c = console(dpi=149.0)
    w = c.window
    w.show_page(w.details_page)
    assert not w.users_button.isEnabled()  # nobody signed in: no user management
    assert "Only a signed-in supervisor" in w.users_note.text()
    c.sign_in_by_taps(TECH, "480615")
    assert not w.users_button.isEnabled()  # a technician does not manage users either
    tap(qtbot, w.strip.role_button)  # sign out
    c.sign_in_by_taps(SUPER, SUPER_PIN)
    w.show_page(w.details_page)
    tap(qtbot, w.users_button)
    page = w.users_page
    assert w.stack.currentWidget() is page
    assert {SUPER, TECH, OPER} <= set(page.people.buttons)
    tap(qtbot, page.add_button)
    form = page.form
    type_on(c, form.keyboard, "ANA")
    tap(qtbot, form.keyboard.space)
    type_on(c, form.keyboard, "SOUZA")
    tap(qtbot, form.keyboard.enter)
    tap(qtbot, form.role_buttons[Role.TECHNICIAN])
    for pin in ("572913", "572913"):
        type_on(c, form.pad, pin)
        tap(qtbot, form.pad.enter)
    assert page.message.text() == "ANA SOUZA was added."
    assert "ANA SOUZA" in page.people.buttons
    page.people.ensureWidgetVisible(page.people.buttons["ANA SOUZA"])
    tap(qtbot, page.people.buttons["ANA SOUZA"])
    tap(qtbot, page.disable_button)
    assert page.message.text() == "ANA SOUZA is disabled."
    page.people.ensureWidgetVisible(page.people.buttons[SUPER])
    tap(qtbot, page.people.buttons[SUPER])
    tap(qtbot, page.disable_button)
    assert "last supervisor" in page.message.text()
    audit = c.stack.rows("SELECT actor, action, detail FROM audit WHERE action LIKE 'user %'")
    assert [(a, act) for a, act, _ in audit] == [(SUPER, "user add"), (SUPER, "user disable")]
    assert json.loads(audit[0][2]) == {"user": "ANA SOUZA", "role": "technician",
                                       "badge": False}
    tap(qtbot, w.strip.role_button)  # the supervisor signs out: the page closes
    assert w.stack.currentWidget() is w.main_page
    tap(qtbot, w.strip.role_button)
    assert "ANA SOUZA" not in w.signin_page.people.buttons  # disabled: not offered


def test_a_refused_pin_is_asked_again_keeping_the_name_and_saying_why(qtbot, console) -> None:  # noqa: F811
    """A long name is kept whole; an easy PIN is refused as it is entered, not after it was
    typed twice; a PIN another user has sends the form back to the PIN, not the name; a
    plugged-in keyboard's digits reach the PIN; nothing stale is left on the page."""
    from PySide6.QtTest import QTest

    c = console(dpi=149.0)
    w = c.window
    c.sign_in_by_taps(SUPER, SUPER_PIN)
    w.show_page(w.details_page)
    tap(qtbot, w.users_button)
    page = w.users_page
    tap(qtbot, page.add_button)
    form = page.form
    type_on(c, form.keyboard, "MARIA")
    tap(qtbot, form.keyboard.space)
    type_on(c, form.keyboard, "FERNANDA")  # 14 characters: more than a PIN's 8
    tap(qtbot, form.keyboard.enter)
    tap(qtbot, form.role_buttons[Role.OPERATOR])
    type_on(c, form.pad, "1234")
    tap(qtbot, form.pad.enter)
    assert form._step == form.PIN and "too easy to guess" in form.refusal.text()
    type_on(c, form.pad, OPER_PIN)  # Olga's: taken
    tap(qtbot, form.pad.enter)
    assert form._step == form.AGAIN and form.refusal.text() == ""
    type_on(c, form.pad, OPER_PIN)
    tap(qtbot, form.pad.enter)
    assert form._step == form.PIN and "another user has that PIN" in form.refusal.text()
    assert page.message.text() == "" and not page.message.isVisible()
    # this time from a keyboard plugged in: digits, a Delete, then Enter
    form.field.setFocus()
    for text in ("582417", "8"):
        QTest.keyClicks(form.field, text)
    QTest.keyClick(form.field, Qt.Key.Key_Backspace)
    assert len(form.field.text()) == 6
    QTest.keyClick(form.field, Qt.Key.Key_Return)
    assert form._step == form.AGAIN
    QTest.keyClicks(form.field, "582417")
    QTest.keyClick(form.field, Qt.Key.Key_Return)
    assert page.message.text() == "MARIA FERNANDA was added."
    assert "MARIA FERNANDA" in page.people.buttons


def test_the_first_start_of_a_real_station_makes_its_supervisor(qtbot, stack, tmp_path) -> None:
    made = stack()
    (tmp_path / "users").mkdir()
    session = Session(UserStore.in_directory(tmp_path / "users"), made.journal.port,
                      simulated=False)
    w = MainWindow(made.services, session, WindowOptions(dpi=149.0, simulated=False))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    assert w.open_first_start() and w.stack.currentWidget() is w.first_page
    form = w.first_page.form
    c = type("C", (), {"qtbot": qtbot})()
    type_on(c, form.keyboard, "MEI")
    tap(qtbot, form.keyboard.enter)
    assert not form.role_buttons[Role.OPERATOR].isVisible()  # a supervisor, no choice
    for pin in ("482915", "482916"):
        type_on(c, form.pad, pin)
        tap(qtbot, form.pad.enter)
    # back at the PIN itself, the name kept, saying why beside the pad
    assert form._step == form.PIN and "the two PINs differ" in form.refusal.text()
    for pin in ("482915", "482915"):
        type_on(c, form.pad, pin)
        tap(qtbot, form.pad.enter)
    assert w.stack.currentWidget() is w.main_page
    assert session.actor == "MEI" and session.role is Role.SUPERVISOR
    assert "MEI\nSupervisor" in w.strip.role_button.text()
    assert not w.open_first_start()  # asked once: there is a supervisor now
    w._may_close = True


def test_touches_keep_a_person_signed_in_and_idleness_signs_them_out(qtbot, console) -> None:  # noqa: F811
    c = console()
    w = c.window
    c.session.sign_out_s = 0.6
    c.sign_in_by_taps(TECH, "480615")
    assert c.session.user is not None
    for _ in range(4):  # a tap every 0.3 s: still there after 1.2 s
        qtbot.wait(300)
        qtbot.mouseClick(w.strip.details_button, Qt.MouseButton.LeftButton)
    assert c.session.user is not None
    qtbot.waitUntil(lambda: c.session.user is None, timeout=3000)
    assert "sign in" in w.strip.role_button.text()


def test_the_users_page_goes_back_where_it_was_opened_from(qtbot, console) -> None:  # noqa: F811
    c = console(dpi=149.0)
    w = c.window
    c.sign_in_by_taps(SUPER, SUPER_PIN)
    tap(qtbot, w.strip.maintenance_button)
    tap(qtbot, w.maintenance_page.section_buttons[3])
    tap(qtbot, c.button("tool_users"))
    assert w.stack.currentWidget() is w.users_page
    tap(qtbot, w.users_page.back_button)
    assert w.stack.currentWidget() is w.maintenance_page  # the tools it came from
    w.show_page(w.details_page)
    tap(qtbot, w.users_button)
    tap(qtbot, w.users_page.back_button)
    assert w.stack.currentWidget() is w.details_page
