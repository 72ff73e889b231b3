"""A technician's maintenance session by taps, over the real pty: sign in by name, put the
station in maintenance, jog the lift, clear a jammed lock, put a slot back in service, sign
out; the audit shows each step with who. An operator can do none of it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtTest import QTest

from operator_app.domain import station as st
from operator_app.domain.supervisor import Phase
from tests.people import OPER, OPER_PIN, PIN, TECH
from tests.ui.test_main_window import console, tap  # noqa: F401
from tests.ui.test_recovery import recover, start_one, training


def model(c):
    return c.stack.sim.model


def press(c, b) -> None:
    assert b.isEnabled() and b.isVisible(), b.objectName()
    QTest.mousePress(b, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     b.rect().center())


def release(c, b) -> None:
    QTest.mouseRelease(b, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       b.rect().center())


def hold_for(c, name: str, ms: int) -> None:
    b = c.window.maintenance_page.hold_buttons[name]
    press(c, b)
    c.qtbot.wait(ms)
    release(c, b)


def enter_maintenance(c) -> None:
    w = c.window
    tap(c.qtbot, w.strip.maintenance_button)
    page = w.maintenance_page
    tap(c.qtbot, page.section_buttons[0])
    tap(c.qtbot, page.mode_button)
    c.qtbot.waitUntil(lambda: w.maintenance_banner.isVisible(), timeout=5000)
    assert page.mode_button.text() == QCoreApplication.translate("MaintenancePage",
                                                                 "Leave maintenance")
    settled(c)


def settled(c) -> None:
    """The banner moved the page down: a hold starts again once the page has settled."""
    c.qtbot.wait(50)  # painted where it is now
    c.qtbot.waitUntil(lambda: all(b.settled() for b in
                                  c.window.maintenance_page.hold_buttons.values()),
                      timeout=3000)


def test_a_maintenance_session_from_sign_in_to_sign_out(qtbot, console) -> None:  # noqa: F811
    c = console(dpi=149.0)
    w = c.window
    # a lock jams mid-swap: the swap fails with a head FAULT and the vehicle in the bay
    start_one(c)
    training(c, "fault_lock_jam")
    c.start_swap()
    qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.FAILED, timeout=15000)
    jammed = next(i for i, state in enumerate(
        c.sim_do(lambda: list(model(c).locks)), 1) if state is st.LockState.FAULT)
    c.sign_in_by_taps(TECH, PIN)
    enter_maintenance(c)
    page = w.maintenance_page
    assert c.sim_do(lambda: model(c).mode) is st.StationMode.MAINTENANCE
    # jog the lift up for a moment: it moves while held and stops when released
    hold_for(c, "liftUp", 1200)
    qtbot.waitUntil(lambda: page.message.text() == "the move stopped: the button was released",
                    timeout=3000)
    height = c.sim_do(lambda: model(c).lift_height)
    assert 20 < height < 200, height
    qtbot.wait(600)
    assert c.sim_do(lambda: model(c).lift_height) == height  # still: nothing held
    # the leaving check names what is missing; Home axes, held, brings the lift down
    assert "the lift is not down" in page.mode_label.text()
    hold_for(c, "home", 5000)
    qtbot.waitUntil(lambda: c.sim_do(lambda: model(c).lift_height) == 0.0, timeout=3000)
    # done, and said so (not "nothing more to move in that direction")
    qtbot.waitUntil(lambda: "homed: the lift is down and the shuttle at the bay" in
                    page.message.text(), timeout=3000)
    # clear the jammed head: choose it, hold Unlock, then hold Lock
    for _ in range(jammed - 1):
        tap(qtbot, page.head_more)
    assert page.head_label.text() == f"Head {jammed}"
    hold_for(c, "unlock", 3000)
    qtbot.waitUntil(lambda: c.sim_do(lambda: model(c).locks[jammed - 1])
                    is st.LockState.UNLOCKED, timeout=3000)
    hold_for(c, "lock", 3000)
    qtbot.waitUntil(lambda: c.sim_do(lambda: model(c).locks[jammed - 1])
                    is st.LockState.LOCKED, timeout=3000)
    # a slot out of service earlier goes back in service
    tap(qtbot, page.section_buttons[1])
    qtbot.waitUntil(lambda: 5 in page.slot_buttons, timeout=5000)
    tap(qtbot, page.slot_buttons[5])
    tap(qtbot, page.reason_buttons["charger repair"])
    tap(qtbot, page.out_button)
    qtbot.waitUntil(lambda: c.sim_do(lambda: model(c).rack[4].charger.state)
                    is st.ChargerState.DISABLED, timeout=5000)
    tap(qtbot, page.back_in_button)
    qtbot.waitUntil(lambda: c.sim_do(lambda: model(c).rack[4].charger.state)
                    is not st.ChargerState.DISABLED, timeout=5000)
    # leave maintenance, reset the fault from the recovery steps, sign out
    tap(qtbot, page.section_buttons[0])
    qtbot.waitUntil(lambda: "Safe to leave" in page.mode_label.text(), timeout=5000)
    tap(qtbot, page.mode_button)
    qtbot.waitUntil(lambda: not w.maintenance_banner.isVisible(), timeout=5000)
    w.show_main()
    recover(c, "RESET_FAULTS", bay_clear=True)
    qtbot.waitUntil(lambda: c.state() is st.StationState.READY, timeout=10000)
    tap(qtbot, w.strip.role_button)
    assert c.session.user is None and not w.strip.maintenance_button.isVisible()
    steps = c.stack.rows("SELECT actor, action, detail FROM audit ORDER BY id")
    mine = [(a, act) for a, act, _ in steps if a == TECH]
    for expected in (("sign in",), ("maintenance enter",), ("hold-to-run", "LIFT"),
                     ("hold-to-run", "HOME"), ("hold-to-run", "LOCK_HEAD"),
                     ("slot out of service",), ("slot back in service",),
                     ("maintenance leave",), ("alarm reset",), ("sign out",)):
        assert any(act == expected[0] and (len(expected) == 1 or expected[1] in d)
                   for a, act, d in steps if a == TECH), (expected, mine)
    ends = c.stack.rows("SELECT payload FROM events WHERE kind = 'maintenance.hold_end'")
    assert len(ends) >= 4 and all('"reason":"released"' in p for (p,) in ends)


def test_an_operator_can_do_none_of_it(qtbot, console) -> None:  # noqa: F811
    c = console(dpi=149.0)
    w = c.window
    c.sign_in_by_taps(OPER, OPER_PIN)
    assert not w.strip.maintenance_button.isVisible()
    w.show_page(w.maintenance_page)  # even reached some other way
    page = w.maintenance_page
    assert not page.mode_button.isEnabled()
    assert all(not b.isEnabled() for b in page.hold_buttons.values())
    svc = w.services.maintenance
    assert svc.enter(c.session.actor, c.session.role).english() == \
        "maintenance needs a signed-in technician or supervisor"
    assert c.sim_do(lambda: model(c).mode) is st.StationMode.AUTOMATIC
    assert svc.take_out(2, "charger repair", 0, c.session.actor, c.session.role) is not None
    assert not svc.out_of_service


def test_a_second_touch_or_leaving_the_page_stops_a_hold(qtbot, console) -> None:  # noqa: F811
    c = console(dpi=149.0)
    w = c.window
    c.sign_in_by_taps(TECH, PIN)
    enter_maintenance(c)
    page = w.maintenance_page
    b = page.hold_buttons["liftUp"]
    press(c, b)
    qtbot.waitUntil(lambda: w.services.maintenance.holding is not None, timeout=2000)
    # a press anywhere else on the screen (a second finger, a palm) ends the hold
    other = page.hold_buttons["liftDown"]
    QTest.mousePress(other, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(5, 5))
    qtbot.waitUntil(lambda: w.services.maintenance.holding is None, timeout=2000)
    assert "a second finger touched the screen" in page.message.text()
    assert not other.down  # the second press only ended the hold: it started nothing
    QTest.mouseRelease(other, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       QPoint(5, 5))
    release(c, b)
    # a hold, then the page goes away (signing out takes the page with it): the hold ends
    press(c, b)
    qtbot.waitUntil(lambda: w.services.maintenance.holding is not None, timeout=2000)
    tap(qtbot, w.strip.role_button)  # sign out
    qtbot.waitUntil(lambda: w.services.maintenance.holding is None, timeout=2000)
    h0 = c.sim_do(lambda: model(c).lift_height)
    qtbot.wait(500)
    assert c.sim_do(lambda: model(c).lift_height) == h0


def test_a_hold_aimed_before_the_banner_moved_the_page_starts_nothing(qtbot, console) -> None:  # noqa: F811
    """Maintenance confirmed: the banner appears above the page and pushes the hold buttons
    down, so a finger already on its way may land on the neighbouring one (lift down for
    up). For half a second a moved button starts no hold; then it does."""
    c = console(dpi=149.0)
    w = c.window
    c.sign_in_by_taps(TECH, PIN)
    tap(qtbot, w.strip.maintenance_button)
    page = w.maintenance_page
    tap(qtbot, page.section_buttons[0])
    b = page.hold_buttons["liftUp"]
    qtbot.wait(600)
    assert b.settled()
    tap(qtbot, page.mode_button)
    qtbot.waitUntil(lambda: w.maintenance_banner.isVisible() and not b.settled(), timeout=5000)
    press(c, b)
    qtbot.wait(200)
    release(c, b)
    assert b.refused_moved == 1 and w.services.maintenance.holding is None
    assert c.sim_do(lambda: model(c).lift_height) == 0.0
    settled(c)
    press(c, b)
    qtbot.waitUntil(lambda: w.services.maintenance.holding is not None, timeout=2000)
    release(c, b)
    assert b.refused_moved == 1


def test_why_a_held_move_did_not_run_stays_said_after_the_release(qtbot, console) -> None:  # noqa: F811
    c = console(dpi=149.0)
    w = c.window
    c.sign_in_by_taps(TECH, PIN)
    enter_maintenance(c)
    page = w.maintenance_page
    hold_for(c, "liftUp", 800)  # the lift up: the shuttle refuses to move
    qtbot.waitUntil(lambda: w.services.maintenance.holding is None, timeout=3000)
    b = page.hold_buttons["shuttleRack"]
    press(c, b)
    qtbot.waitUntil(lambda: "only with the lift down" in page.message.text(), timeout=3000)
    release(c, b)
    qtbot.waitUntil(lambda: "button was released" in page.message.text(), timeout=3000)
    assert "(while held: it does not move: the shuttle moves only with the lift down)" in \
        page.message.text()


def test_left_in_maintenance_the_page_says_who_may_work_there(qtbot, console) -> None:  # noqa: F811
    """The technician signs out with the station still in maintenance: anyone may open the
    page from the banner; it says a technician must sign in, and nothing on it moves."""
    c = console(dpi=149.0)
    w = c.window
    c.sign_in_by_taps(TECH, PIN)
    enter_maintenance(c)
    tap(qtbot, w.strip.role_button)  # sign out: the page closes, the mode stays
    assert w.stack.currentWidget() is w.main_page and w.maintenance_banner.isVisible()
    tap(qtbot, w.maintenance_banner)
    page = w.maintenance_page
    assert w.stack.currentWidget() is page
    tap(qtbot, page.section_buttons[0])
    assert "a technician signs in" in page.mode_label.text()
    assert not page.mode_button.isEnabled()
    assert not any(b.isEnabled() for b in page.hold_buttons.values())


def test_the_counters_against_the_configured_intervals(qtbot, console) -> None:  # noqa: F811
    from operator_app.config import ServiceIntervals

    c = console(dpi=149.0)
    w = c.window
    page = w.maintenance_page
    page.intervals = ServiceIntervals(lift_cycles=100, lock_cycles=1000, shuttle_km=10)
    c.stack.alarms.service_intervals = page.intervals  # as the window sets them from config

    def wear() -> None:
        m = model(c)
        m.lift_cycles, m.lock_cycles, m.shuttle_travel_mm = 150, 400, 2_500_000.0
        m._touch()

    c.sim_do(wear)
    c.sign_in_by_taps(TECH, PIN)
    tap(qtbot, w.strip.maintenance_button)
    tap(qtbot, page.section_buttons[2])
    qtbot.waitUntil(lambda: "150" in page.counters.text(), timeout=5000)
    lines = page.counters.text().splitlines()
    assert lines == ["Lift cycles: 150 of 100 (150 %): SERVICE DUE",
                     "Lock cycles: 400 of 1,000 (40 %)",
                     "Shuttle travel, km: 2.5 of 10 (25 %)"]
    # the due service is an alarm too (LOW): it tells whoever is at the console, on any page
    qtbot.waitUntil(lambda: c.stack.alarm("SERVICE_DUE") is not None, timeout=5000)
    due = [a for a in c.stack.alarms.manager.alarms.values() if a.code == "SERVICE_DUE"]
    assert [(a.source, a.condition) for a in due] == [("maintenance lift", True)]
    assert due[0].definition.priority.name == "LOW"

    def serviced() -> None:
        m = model(c)
        m.lift_cycles = 0  # the counter reset after the service
        m._touch()

    c.sim_do(serviced)
    qtbot.waitUntil(lambda: not c.stack.alarm("SERVICE_DUE").condition, timeout=5000)


def test_the_window_deactivated_or_the_cable_pulled_stops_a_hold(qtbot, console) -> None:  # noqa: F811
    from PySide6.QtCore import QCoreApplication, QEvent

    c = console(dpi=149.0)
    w = c.window
    c.sign_in_by_taps(TECH, PIN)
    enter_maintenance(c)
    page = w.maintenance_page
    svc = w.services.maintenance
    b = page.hold_buttons["liftUp"]
    press(c, b)
    qtbot.waitUntil(lambda: svc.holding is not None, timeout=2000)
    QCoreApplication.sendEvent(w, QEvent(QEvent.Type.WindowDeactivate))
    qtbot.waitUntil(lambda: svc.holding is None, timeout=2000)
    assert "the console's window stopped being the active one" in page.message.text()
    assert not b.down
    release(c, b)
    # the cable is pulled mid-hold: the console stops holding and says so; the lift stops
    press(c, b)
    qtbot.waitUntil(lambda: svc.holding is not None, timeout=2000)
    c.sim_do(lambda: model(c).inject("cable_pull:3"))
    qtbot.waitUntil(lambda: svc.holding is None, timeout=3000)
    assert "the link to the controller failed" in page.message.text()
    h0 = c.sim_do(lambda: model(c).lift_height)
    qtbot.wait(700)
    assert c.sim_do(lambda: model(c).lift_height) == h0  # stopped by the lease, at the PLC
    release(c, b)


def test_a_technician_is_told_why_users_do_not_open_and_old_news_goes(qtbot, console) -> None:  # noqa: F811
    c = console(dpi=149.0)
    w = c.window
    c.sign_in_by_taps(TECH, PIN)
    enter_maintenance(c)
    page = w.maintenance_page
    assert page.message.text() != ""  # what entering said
    tap(qtbot, page.section_buttons[3])
    assert page.message.text() == ""  # another section: not its news
    qtbot.wait(300)  # snapshots come: the old status is not shown again
    assert page.message.text() == ""
    tap(qtbot, c.button("tool_users"))
    assert w.stack.currentWidget() is page
    assert page.tools_message.text() == "Only a signed-in supervisor manages users."
    qtbot.wait(300)
    assert page.tools_message.text() == "Only a signed-in supervisor manages users."
