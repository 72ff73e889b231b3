"""The Vehicles page by taps, in the real window over the simulated station on a real pty:
a technician adds a vehicle, disables it (no swap identifies it), the audit has each step
with who; an operator changes nothing; a CSV list imported from the data directory; every
view fits the 10-inch panel at 149 DPI with large targets."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QPushButton

from operator_app.domain.roles import Role
from operator_app.domain.vehicles import IdMethod
from operator_app.ui.theme import MIN_TARGET_MM, PRIMARY_TARGET_MM, px_to_mm
from tests.people import OPER, OPER_PIN, PIN, TECH
from tests.ui.test_main_window import console, tap  # noqa: F401


def type_on(c, keyboard, text: str) -> None:
    for ch in text:
        key = keyboard.space if ch == " " else keyboard.findChild(QPushButton,
                                                                  f"key_{ord(ch):04x}")
        assert key is not None, ch
        tap(c.qtbot, key)


def open_vehicles(c) -> None:
    """Maintenance, Tools, Vehicles: as a technician taps it."""
    w = c.window
    tap(c.qtbot, w.strip.maintenance_button)
    assert w.stack.currentWidget() is w.maintenance_page
    tap(c.qtbot, c.button("section3"))
    tap(c.qtbot, c.button("tool_vehicles"))
    assert w.stack.currentWidget() is w.vehicles_page


def finished(c):
    return c.qtbot.waitSignal(c.stack.services.vehicles.finished, timeout=5000)


def fits(c, page) -> None:
    """Nothing on the page scrolls it at 1280x800, and what can be tapped is large."""
    w = c.window
    c.qtbot.wait(50)
    assert not w.stack_area.needs_scrolling(), page.views.currentIndex()
    for b in page.findChildren(QPushButton):
        if b.isVisible():
            assert px_to_mm(b.height(), c.window.dpi) >= MIN_TARGET_MM - 0.2, b.objectName()


def test_a_technician_adds_and_disables_a_vehicle_by_taps(qtbot, console) -> None:  # noqa: F811
    c = console(dpi=149.0)
    w = c.window
    c.sign_in_by_taps(TECH, PIN)
    open_vehicles(c)
    page = w.vehicles_page
    assert not page.access.isVisible()
    fits(c, page)
    tap(qtbot, page.add_button)
    form = page.form
    assert form.prompt.text() == "The vehicle's plate:"
    fits(c, page)
    tap(qtbot, form.keyboard.switch)  # a Thai plate, typed on one keyboard
    type_on(c, form.keyboard, "1กข 9")
    tap(qtbot, form.keyboard.switch)
    type_on(c, form.keyboard, "001")
    assert form.field.text() == "1กข 9001"
    tap(qtbot, form.keyboard.enter)
    assert form.prompt.text().startswith("1กข 9001: its fleet")
    type_on(c, form.keyboard, "LAEM CHABANG")
    tap(qtbot, form.keyboard.enter)
    type_on(c, form.keyboard, "DUMP")
    tap(qtbot, form.keyboard.enter)
    assert form.prompt.text() == "1กข 9001: its pack type:"
    fits(c, page)
    tap(qtbot, form.type_buttons[next(iter(form.type_buttons))])
    with finished(c):
        tap(qtbot, form.block_buttons[2])
    assert page.message.text() == "1กข 9001 is registered (LAEM CHABANG, type A, 2 blocks)"
    assert page.views.currentIndex() == page.LIST and page.selected_plate() == "1กข 9001"
    registry = c.stack.swaps.registry
    assert registry.find("1กข9001").blocks == 2
    with finished(c):
        tap(qtbot, page.disable_button)
    assert page.message.text() == ("1กข 9001 is disabled: no swap starts for it until it is "
                                   "enabled again")
    row = next(r for r in page.model.rows if r[0] == "1กข 9001")
    assert row[4] == "DISABLED" and page.disable_button.text() == "Enable"
    # the swap panel refuses it, in words
    tap(qtbot, page.back_button)
    assert not w.swap_panel.identify("1กข 9001", IdMethod.PLATE_ENTRY)
    assert "1กข 9001 is disabled at this station: a technician can enable it on the Vehicles " \
           "page" in w.swap_panel.message.text()
    assert w.swap_panel.message.isVisibleTo(w.swap_panel)  # said on screen, not only kept
    assert c.stack.rows("SELECT plate, fleet, model, pack_type, blocks, disabled FROM "
                        "vehicles") == [("1กข 9001", "LAEM CHABANG", "DUMP", "A_171KWH", 2, 1)]
    audit = [(a, r, act, json.loads(d)) for a, r, act, d in c.stack.rows(
        "SELECT actor, role, action, detail FROM audit WHERE action LIKE 'vehicle%' ORDER BY id")]
    assert [(a, r, act) for a, r, act, _ in audit] == [
        (TECH, "TECHNICIAN", "vehicle add"), (TECH, "TECHNICIAN", "vehicle disable")]
    assert audit[0][3] == {"plate": "1กข 9001", "fleet": "LAEM CHABANG", "model": "DUMP",
                           "pack_type": "A_171KWH", "blocks": 2, "tags": []}


def test_an_edit_keeps_the_plate_and_a_refusal_goes_back_to_its_step(qtbot, console) -> None:  # noqa: F811
    c = console(dpi=149.0)
    w = c.window
    c.sign_in_by_taps(TECH, PIN)
    open_vehicles(c)
    page = w.vehicles_page
    tap(qtbot, page.find_button)
    type_on(c, page.find_keyboard, "8812")
    assert [r[0] for r in page.model.rows] == ["70-8812"]
    fits(c, page)
    tap(qtbot, page.find_keyboard.enter)
    assert page.find_button.text() == "Find: 8812"
    assert page.select("70-8812")
    tap(qtbot, page.edit_button)
    form = page.form
    assert form.prompt.text().startswith("70-8812: its fleet") and form.field.text()
    for _ in range(len(form.field.text())):
        tap(qtbot, form.keyboard.backspace)
    tap(qtbot, form.keyboard.enter)  # no fleet: said at once, at the fleet
    assert form._step == form.FLEET
    assert form.prompt.text() == "70-8812: its fleet is needed: type it, then OK."
    fits(c, page)
    tap(qtbot, form.keyboard.switch)  # the Thai page has a row more: it fits too
    fits(c, page)
    tap(qtbot, form.keyboard.switch)
    type_on(c, form.keyboard, "METRO")
    tap(qtbot, form.keyboard.enter)
    tap(qtbot, form.keyboard.enter)
    tap(qtbot, next(b for b in form.type_buttons.values() if b.isChecked()))
    with finished(c):
        tap(qtbot, form.block_buttons[1])
    assert page.message.text().startswith("70-8812 changed: fleet ")
    assert page.message.text().endswith(" → METRO")
    audit = c.stack.rows("SELECT actor, action, detail FROM audit WHERE action LIKE "
                         "'vehicle edit%' ORDER BY id")
    # the empty fleet was put right at its step: it never reached the registry
    assert [a[:2] for a in audit] == [(TECH, "vehicle edit")]
    assert json.loads(audit[0][2])["changes"]["fleet"][1] == "METRO"


def test_an_operator_changes_nothing(qtbot, console) -> None:  # noqa: F811
    c = console(dpi=149.0)
    w = c.window
    c.sign_in_by_taps(OPER, OPER_PIN)
    w.show_page(w.vehicles_page)  # reached however: nothing on it changes the registry
    page = w.vehicles_page
    assert page.access.isVisible() and "Only a signed-in technician or supervisor" in \
        page.access.text()
    assert page.select("70-8812")
    for b in (page.add_button, page.edit_button, page.disable_button, page.import_button):
        assert not b.isEnabled(), b.objectName()
    service = c.stack.services.vehicles
    why = service.set_disabled(OPER, Role.OPERATOR, "70-8812", True)
    assert why is not None and "only a signed-in technician" in why.english()
    assert not c.stack.swaps.registry.is_disabled("70-8812")
    assert c.stack.rows("SELECT actor, action FROM audit WHERE action LIKE 'vehicle%'") == [
        (OPER, "vehicle disable refused")]
    assert c.stack.rows("SELECT count(*) FROM vehicles") == [(0,)]


def test_a_csv_list_from_the_data_directory_by_taps(qtbot, console, tmp_path) -> None:  # noqa: F811
    c = console(dpi=149.0)
    w = c.window
    page = w.vehicles_page
    page.roots = ()  # this machine's own /media and /mnt are not the test's
    good = tmp_path / "fleet.csv"
    good.write_bytes("\ufeffplate,fleet,model,pack_type,blocks,tags\n"
                     "1กข 1234,Laem Chabang Haulage,dump truck,A,2,QR:TH1234\n"
                     "LM 4417,Lantau Vans,van,C,1,\n"
                     "70-8812,Metro Vans,e-van,C,1,\n".encode())
    bad = tmp_path / "bad.csv"
    bad.write_text("plate,fleet,model,pack_type,blocks\nAB 1,f,m,A,1\nAB 2,f,m,A,4\n",
                   encoding="utf-8")
    c.sign_in_by_taps(TECH, PIN)
    open_vehicles(c)
    tap(qtbot, page.import_button)
    assert set(page.file_buttons) == {str(good), str(bad)}
    fits(c, page)
    assert not page.import_go.isEnabled()  # a tap chooses, a second imports
    tap(qtbot, page.file_buttons[str(bad)])
    tap(qtbot, page.import_go)
    assert page.message.text() == ("bad.csv was not imported, nothing was changed: line 3: "
                                   "blocks 4: a vehicle carries 1 to 3 pack blocks")
    assert c.stack.swaps.registry.find("AB 1") is None
    tap(qtbot, page.file_buttons[str(good)])
    with finished(c):
        tap(qtbot, page.import_go)
    assert page.message.text() == "fleet.csv imported: 2 new, 1 updated, 0 unchanged"
    assert page.views.currentIndex() == page.LIST
    assert {"1กข 1234", "LM 4417"} <= {r[0] for r in page.model.rows}
    assert c.stack.swaps.registry.find("70-8812").fleet == "Metro Vans"
    actions = c.stack.rows("SELECT actor, action FROM audit WHERE action LIKE 'vehicles%' "
                           "ORDER BY id")
    assert actions == [(TECH, "vehicles import refused"), (TECH, "vehicles import")]


def test_the_tool_button_is_large_and_signing_out_leaves_the_page(qtbot, console) -> None:  # noqa: F811
    c = console(dpi=149.0)
    w = c.window
    c.sign_in_by_taps(TECH, PIN)
    open_vehicles(c)
    assert px_to_mm(c.button("tool_vehicles").height(), w.dpi) >= PRIMARY_TARGET_MM - 0.2
    tap(qtbot, w.strip.role_button)  # sign out
    assert w.stack.currentWidget() is w.main_page


def test_the_fleet_is_asked_for_at_its_step_from_a_plugged_in_keyboard(qtbot, console) -> None:  # noqa: F811
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    c = console(dpi=149.0)
    w = c.window
    c.sign_in_by_taps(TECH, PIN)
    open_vehicles(c)
    page = w.vehicles_page
    tap(qtbot, page.add_button)
    form = page.form
    assert QApplication.focusWidget() is form.field  # typed on a keyboard plugged in
    QTest.keyClicks(form.field, "KL 1234")
    QTest.keyClick(form.field, Qt.Key.Key_Return)
    assert form._step == form.FLEET and QApplication.focusWidget() is form.field
    QTest.keyClick(form.field, Qt.Key.Key_Return)  # no fleet: said here, not three steps on
    assert form._step == form.FLEET and "its fleet is needed" in form.prompt.text()
    QTest.keyClicks(form.field, "PORT KLANG")
    QTest.keyClick(form.field, Qt.Key.Key_Return)
    assert form._step == form.MODEL and page.message.text() == ""
