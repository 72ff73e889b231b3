# ruff: noqa: F811 - the tests take the console fixture imported from test_main_window
"""Every fault of the training panel, recovered from the screen alone, through the real pty.

Each test injects a fault with the training panel's buttons, reads what the main page
says (station bar, swap panel, recovery steps), recovers with the buttons the recovery
panel offers (and the cabinet key where a person turns one), and ends READY with a swap
completed after it.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QRect, Qt

from operator_app.domain import station as st
from operator_app.domain.roles import Role
from operator_app.domain.supervisor import Phase
from operator_app.domain.vehicles import IdMethod
from tests.people import PIN, TECH
from tests.ui.test_main_window import PIN, console, open_receipt, tap  # noqa: F401 - console: a fixture

PLATE = "70-8812"


def state(c):
    snap = c.stack.link.last_snapshot
    return snap.status.state if snap else None


def training(c, *names: str) -> None:
    """Tap buttons of the training panel, as the trainer does, and come back."""
    w = c.window
    c.qtbot.mouseClick(w.sim_banner, Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.training_page
    for name in names:
        tap(c.qtbot, c.button(name))
        assert not w.training_page.answer.text().startswith("Refused"), \
            w.training_page.answer.text()
    tap(c.qtbot, w.training_page.back_button)


def recovery_button(c, action: str, slot: int = 0):
    name = f"recovery_{action}" + (f"_{slot}" if slot else "")
    c.qtbot.waitUntil(lambda: c.window.recovery.isVisible() and
                      action_button(c, name) is not None and action_button(c, name).isVisible(),
                      timeout=15000)
    return action_button(c, name)


def action_button(c, name: str):
    b = c.window.recovery.buttons
    return next((btn for btn in b.values() if btn.objectName() == name), None)


def recover(c, action: str, slot: int = 0, bay_clear: bool = False) -> None:
    tap(c.qtbot, recovery_button(c, action, slot))
    if bay_clear:
        panel = c.window.recovery
        assert panel.confirm_row.isVisible() and "bay clear" in panel.confirm_text.text()
        tap(c.qtbot, panel.confirm_yes)


def swap_to_completion(c) -> None:
    """Start with the two taps and watch it end on the receipt; back to the main page."""
    w = c.window
    c.qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.PLANNED, timeout=15000)
    c.start_swap()
    open_receipt(c)
    c.qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.COMPLETED, timeout=10000)
    tap(c.qtbot, w.receipt_page.back_button)


def running_with_steps(c, n: int = 3) -> None:
    c.qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.RUNNING and
                      len(c.stack.swaps.tx.steps) >= n, timeout=15000)


def sent(c, code: st.CommandCode) -> int:
    return sum(1 for _, x in c.stack.sim.model.executed if x == code)


def swap_into(c, fault: str) -> None:
    """A swap by the screen, running, then the training panel's fault: it fails."""
    start_one(c)
    c.start_swap()
    running_with_steps(c)
    training(c, fault)
    c.qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.FAILED, timeout=15000)


def start_one(c) -> None:
    c.send_vehicle(PLATE)
    c.identify_by_keyboard(PLATE)
    c.qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.PLANNED, timeout=5000)


def test_estop_mid_swap_then_cabinet_key_then_reset_here(qtbot, console) -> None:
    c = console(dpi=149.0)  # the panel's room is short: it scrolls
    w = c.window
    swap_into(c, "fault_estop")
    bar = w.station_bar
    # latched: the state itself, in large text, says it (the red mark would say it twice)
    qtbot.waitUntil(lambda: bar.state.full == "EMERGENCY STOP", timeout=5000)
    assert not bar.estop.isVisible()
    assert "emergency stop" in bar.faults.full
    assert "Follow the recovery steps" in w.swap_panel.message.text()
    panel = w.recovery
    assert "E-stop latched" in panel.situation.text() and "vehicle 70-8812" in \
        panel.situation.text()
    # reset while the E-stop is still latched: refused in words, nothing sent, and the
    # words in sight at the top of the recovery's room (where the tap was may be below)
    tap(qtbot, recovery_button(c, "RESET_FAULTS"))
    assert "turn the reset key at the cabinet" in panel.status.text()
    qtbot.wait(300)
    view = w.recovery_area.viewport()
    said = panel.status.mapTo(view, panel.status.rect().topLeft())
    assert 0 <= said.y() < view.height(), said.y()
    assert not panel.confirm_row.isVisible() and sent(c, st.CommandCode.RESET_FAULTS) == 0
    training(c, "cabinetReset")
    qtbot.waitUntil(lambda: bar.estop.text() == "E-STOP: key turned, confirm the reset",
                    timeout=5000)
    qtbot.waitUntil(lambda: "✓" in panel.findChild(type(panel.title), "recoveryStep2").text(),
                    timeout=5000)
    # the next step's button is scrolled into sight in the recovery's room
    button = recovery_button(c, "RESET_FAULTS")
    view = w.recovery_area.viewport()

    def in_sight() -> bool:
        top_left = button.mapTo(view, button.rect().topLeft())
        return view.rect().contains(QRect(top_left, button.size()))

    qtbot.waitUntil(in_sight, timeout=3000)
    recover(c, "RESET_FAULTS", bay_clear=True)
    qtbot.waitUntil(lambda: state(c) is st.StationState.READY, timeout=10000)
    qtbot.waitUntil(lambda: not bar.estop.isVisible(), timeout=5000)
    assert "Reset faults: done" in panel.status.text()
    recover(c, "START_AGAIN")
    swap_to_completion(c)
    audit = c.stack.rows("SELECT action, detail FROM audit WHERE action LIKE 'recovery%'")
    assert audit[0][:1] == ("recovery reset faults", )
    assert json.loads(audit[0][1])["bay_clear_confirmed"] is True


def test_charger_fault_rejects_the_start_with_its_reason_then_reset(qtbot, console) -> None:
    c = console()
    w = c.window
    start_one(c)
    training(c, "faultSlot3", "fault_charger_fault")
    qtbot.waitUntil(lambda: "slot 3's charger is faulted" in w.station_bar.faults.full,
                    timeout=5000)
    panel = w.swap_panel
    tap(qtbot, panel.start_button)
    tap(qtbot, panel.confirm_button)
    qtbot.waitUntil(lambda: c.stack.swaps.tx.rejected is not None, timeout=5000)
    assert "did not start the swap: a fault is active at the controller" in \
        panel.message.text()
    assert "Swap running" not in panel.message.text()
    assert panel.start_button.isEnabled() and not c.window.swap_strip.isVisible()
    recover(c, "RESET_FAULTS", bay_clear=True)
    qtbot.waitUntil(lambda: "charger" not in w.station_bar.faults.full, timeout=10000)
    # the fault is gone: so is the rejection it caused, and the plan is said again
    qtbot.waitUntil(lambda: "did not start" not in panel.message.text(), timeout=5000)
    assert panel.plan.isVisibleTo(panel) and panel.plan.text()
    tap(qtbot, panel.start_button)  # a new plan: the earlier outcome does not linger
    assert "did not start" not in panel.message.text()
    tap(qtbot, panel.confirm_button)
    qtbot.waitUntil(lambda: w.swap_panel.receipt_row.isVisible(), timeout=40000)


def test_a_faulted_charger_can_be_taken_out_of_service(qtbot, console) -> None:
    c = console()
    w = c.window
    training(c, "faultSlot2", "fault_charger_fault")
    recover(c, "CHARGER_OFF", slot=2)
    qtbot.waitUntil(lambda: c.stack.link.last_snapshot.slots[1].charger_state
                    is st.ChargerState.DISABLED, timeout=5000)
    qtbot.waitUntil(lambda: w.station_bar.faults.full == "No fault", timeout=5000)
    from operator_app.domain.selection import ineligible_reason

    disabled = c.stack.link.last_snapshot.slots[1]
    vehicle = c.stack.swaps._vehicle_for(PLATE)
    assert ineligible_reason(disabled, vehicle, c.stack.swaps.supervisor.rules, frozenset()) == \
        "slot disabled"  # its pack is left out of plans
    # putting it back needs a technician; the pack page's button says so
    w.open_pack(2)
    assert w.pack_page.charger_button.text().startswith("Enable charger")
    tap(qtbot, w.pack_page.charger_button)
    assert "technician role" in w.pack_page.message.text()
    assert c.session.sign_in(TECH, PIN) is None
    tap(qtbot, w.pack_page.charger_button)
    qtbot.waitUntil(lambda: c.stack.link.last_snapshot.slots[1].charger_state
                    is not st.ChargerState.DISABLED, timeout=5000)


def test_lock_jam_ends_safe_and_needs_a_technician(qtbot, console) -> None:
    c = console()
    w = c.window
    start_one(c)
    training(c, "fault_lock_jam")
    c.start_swap()
    qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.FAILED, timeout=15000)
    panel = w.recovery
    qtbot.waitUntil(lambda: "technician: maintenance" in steps_text(panel), timeout=5000)
    assert "lock head" in panel.situation.text() and "jammed" in panel.situation.text()
    assert "vehicle 70-8812 in the bay" in panel.situation.text()
    assert "all motion is stopped" in panel.safe.text()
    bar = w.recovery_area.verticalScrollBar()
    bar.setValue(bar.maximum())  # the operator scrolled down to the button
    w.recovery_area.ensureWidgetVisible(recovery_button(c, "RESET_FAULTS"))
    tap(qtbot, recovery_button(c, "RESET_FAULTS"))
    assert "only a technician may reset this" in panel.status.text()
    assert bar.value() == 0  # the refusal is brought into sight, at the top
    assert sent(c, st.CommandCode.RESET_FAULTS) == 0
    tap(qtbot, w.strip.role_button)
    tap(qtbot, c.person())
    for ch in PIN:
        tap(qtbot, c.pin_key(ch))
    tap(qtbot, w.signin_page.pad.enter)
    assert c.session.role is Role.TECHNICIAN
    assert not panel.status.isVisible()  # the refusal was for the operator: gone
    recover(c, "RESET_FAULTS", bay_clear=True)
    qtbot.waitUntil(lambda: state(c) is st.StationState.READY, timeout=10000)
    from operator_app.domain.alarms import AlarmState

    # the reset at the controller releases the latched alarm with it, but it is not an
    # acknowledgement: nobody acknowledged the jam, so it stays listed until someone does
    qtbot.waitUntil(lambda: c.stack.alarm("LOCK_JAM").state is AlarmState.RTN_UNACK,
                    timeout=5000)
    assert (TECH, "alarm reset") in c.stack.rows("SELECT actor, action FROM audit")
    key = c.stack.alarm("LOCK_JAM").key
    assert key in [a.key for a in c.stack.alarms.manager.ordered()]
    assert c.stack.alarms.acknowledge(key, Role.TECHNICIAN, "technician") is None
    assert c.stack.alarm("LOCK_JAM").state is AlarmState.NORMAL
    assert key not in [a.key for a in c.stack.alarms.manager.ordered()]
    recover(c, "START_AGAIN")
    swap_to_completion(c)


def steps_text(panel) -> str:
    return " ".join(r.findChildren(type(panel.title))[0].text() for r in panel._rows)


def test_positioning_failure_then_retry_from_the_screen(qtbot, console) -> None:
    c = console()
    w = c.window
    training(c, "fault_positioning", "sendMisparked")
    qtbot.waitUntil(lambda: c.stack.link.last_snapshot.bay.positioning_result
                    is st.PositioningResult.FAILED, timeout=20000)
    assert "could not be positioned" in w.recovery.situation.text()
    for _ in range(4):  # the driver may miss again (one try in ten)
        recover(c, "RETRY_POSITIONING")
        qtbot.waitUntil(lambda: state(c) is st.StationState.READY or
                        (c.stack.link.last_snapshot.bay.positioning_result
                        is st.PositioningResult.FAILED and not w.recovery.status.text()
                        .startswith("Retry positioning: sent")), timeout=20000)
        if state(c) is st.StationState.READY:
            break
    assert state(c) is st.StationState.READY
    plate = c.stack.link.last_snapshot.bay.plate
    c.identify_by_keyboard(plate)
    swap_to_completion(c)


def test_watchdog_hold_waits_for_resume_after_the_cable_is_back(qtbot, console) -> None:
    c = console(time_scale=20, watchdog_s=0.5)  # the hold comes before the swap's end
    w = c.window
    start_one(c)
    c.start_swap()
    running_with_steps(c)
    training(c, "fault_cable_pull")
    qtbot.waitUntil(lambda: w.bay.stale, timeout=10000)  # the link is lost
    qtbot.waitUntil(lambda: not w.bay.stale and state(c) is st.StationState.HELD,
                    timeout=20000)
    qtbot.wait(500)
    assert state(c) is st.StationState.HELD  # it does not resume by itself
    assert "resume when the bay is clear" in w.station_bar.said()
    assert w.swap_strip.abort_button.isEnabled()
    # the strip does not read as running while nothing moves
    assert w.swap_strip.step.full.startswith("Motion held: ")
    assert w.swap_strip.left.text() == "stopped"
    assert w.swap_panel.message.text().startswith(
        "Motion held: the swap (started here) does not move")
    recover(c, "RESUME", bay_clear=True)
    qtbot.waitUntil(lambda: state(c) is st.StationState.SWAPPING, timeout=10000)
    qtbot.waitUntil(lambda: w.swap_strip.step.full.startswith("▶ "), timeout=5000)
    assert w.swap_strip.left_word.text() == "left" and ":" in w.swap_strip.left.text()
    assert w.swap_panel.message.text().startswith("Swap running, started here")
    qtbot.waitUntil(lambda: w.swap_panel.receipt_row.isVisible(), timeout=40000)
    qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.COMPLETED, timeout=10000)


def test_controller_restart_mid_swap_then_reset_and_start_again(qtbot, console) -> None:
    c = console()
    w = c.window
    swap_into(c, "fault_restart")
    assert "controller restarted" in w.swap_panel.message.text()
    recover(c, "RESET_FAULTS", bay_clear=True)
    qtbot.waitUntil(lambda: state(c) is st.StationState.READY, timeout=10000)
    recover(c, "START_AGAIN")
    swap_to_completion(c)
    rows = c.stack.rows("SELECT result, fault FROM swaps ORDER BY started_at")
    assert rows == [("failed", "CONTROLLER_RESTART"), ("completed", None)]


@pytest.mark.parametrize("abort", [False, True])
def test_a_bay_button_swap_shows_in_the_panel_with_a_live_abort(qtbot, console,
                                                                abort: bool) -> None:
    # to be aborted the swap must still run when ABORT is tapped: at 100x it ends within
    # seconds, which a busy test machine can spend before the tap
    c = console(auto_start=True, **({"time_scale": 10} if abort else {}))
    w = c.window
    panel = w.swap_panel
    training(c, "sendVehicle0")
    qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.RUNNING and
                    len(c.stack.swaps.tx.steps) >= 1, timeout=20000)
    assert "started at the bay's local button" in panel.message.text()
    assert w.swap_strip.abort_button.isEnabled()
    assert panel.steps.item(0).text().startswith(("▶", "✓"))
    if not abort:
        qtbot.waitUntil(lambda: w.swap_panel.receipt_row.isVisible(), timeout=40000)
        row = c.stack.rows("SELECT result, started_by, operator, vehicle_plate, fleet FROM swaps")
        plate = row[0][3]  # the bay's plate when the swap started
        fleet = c.stack.swaps.registry.identify(plate, IdMethod.CAMERA).vehicle.fleet
        assert fleet and row == [("completed", "bay button", "bay button", plate, fleet)]
        tap(qtbot, w.swap_panel.receipt_button)  # the receipt names the fleet, as for ours
        assert f"Vehicle: {plate} ({fleet})" in w.receipt_page.summary.text()
        return
    tap(qtbot, w.swap_strip.abort_button)
    qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.ABORTED, timeout=20000)
    # the attendant may press the bay button again at once: the first record is the abort
    first = "SELECT result, started_by FROM swaps ORDER BY started_at LIMIT 1"
    qtbot.waitUntil(lambda: c.stack.rows(first) == [("aborted", "bay button")], timeout=5000)


def test_alarm_reset_resets_the_estop_at_the_controller(qtbot, console) -> None:
    """The alarm page's Reset works once the cause is cleared at the cabinet: two taps (the
    second confirms the bay is clear), RESET_FAULTS goes out, and the alarm returns to
    normal with the controller's fault. The E-stop mark stays while another alarm tops the
    banner."""
    from operator_app.domain.alarms import AlarmState

    c = console()
    w = c.window
    training(c, "fault_estop")
    key = ("ESTOP", "controller")
    qtbot.waitUntil(lambda: key in c.stack.alarms.manager.alarms, timeout=5000)
    page = w.alarm_page
    qtbot.mouseClick(w.banner, Qt.MouseButton.LeftButton)
    page.select(key)
    assert not page.reset_button.isEnabled()  # unacknowledged: acknowledge first
    tap(qtbot, page.ack_button)
    training(c, "faultSlot4", "fault_charger_fault")  # a newer, unacknowledged alarm
    qtbot.waitUntil(lambda: "Charger" in w.banner.headline.full, timeout=5000)
    assert w.station_bar.state.full == "EMERGENCY STOP"  # whatever alarm tops the banner
    qtbot.mouseClick(w.banner, Qt.MouseButton.LeftButton)
    page.select(key)
    tap(qtbot, page.reset_button)
    assert "Tap Reset again" in page.message.text()
    tap(qtbot, page.reset_button)  # still latched at the cabinet: refused in words
    assert "turn the reset key at the cabinet" in page.message.text()
    assert sent(c, st.CommandCode.RESET_FAULTS) == 0
    training(c, "cabinetReset")
    qtbot.waitUntil(lambda: not c.stack.link.last_snapshot.machine.estop_latched, timeout=5000)
    qtbot.mouseClick(w.banner, Qt.MouseButton.LeftButton)
    page.select(key)
    tap(qtbot, page.reset_button)
    tap(qtbot, page.reset_button)
    assert "Reset sent to the controller" in page.message.text()
    qtbot.waitUntil(lambda: c.stack.alarms.manager.alarms[key].state is AlarmState.NORMAL,
                    timeout=10000)
    assert sent(c, st.CommandCode.RESET_FAULTS) == 1
    qtbot.waitUntil(lambda: not w.station_bar.estop.isVisible(), timeout=5000)
    audit = c.stack.rows("SELECT action FROM audit")
    assert ("recovery reset faults",) in audit and ("alarm reset",) in audit


def test_a_double_tap_on_start_sends_one_start(qtbot, console) -> None:
    c = console()
    panel = c.window.swap_panel
    start_one(c)
    tap(qtbot, panel.start_button)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)  # a second, quick tap
    tap(qtbot, panel.confirm_button)
    qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.RUNNING, timeout=5000)
    qtbot.wait(300)
    assert sent(c, st.CommandCode.START_SWAP) == 1
    assert not panel.start_button.isVisible() and c.window.swap_strip.abort_button.isEnabled()


def test_the_link_lost_mid_recovery_then_recovered(qtbot, console) -> None:
    """While the cable is pulled the recovery says the link is down and offers nothing to
    send; when the link is back its steps and buttons return and work."""
    c = console()
    w = c.window
    swap_into(c, "fault_estop")
    training(c, "cabinetReset")
    qtbot.waitUntil(lambda: not c.stack.link.last_snapshot.machine.estop_latched, timeout=5000)
    training(c, "fault_cable_pull")
    qtbot.waitUntil(lambda: w.bay.stale, timeout=10000)
    qtbot.waitUntil(lambda: "link to the controller is down" in w.recovery.situation.text(),
                    timeout=5000)
    assert "E-stop key turned" in w.recovery.situation.text()  # the last known state
    assert action_button(c, "recovery_RESET_FAULTS") is None
    assert w.station_bar.mode.full.startswith("LAST KNOWN")
    qtbot.waitUntil(lambda: not w.bay.stale, timeout=20000)
    recover(c, "RESET_FAULTS", bay_clear=True)
    qtbot.waitUntil(lambda: state(c) is st.StationState.READY, timeout=10000)
    recover(c, "START_AGAIN")
    swap_to_completion(c)


def test_a_controller_restart_during_the_recovery(qtbot, console) -> None:
    """E-stop, key turned, and the controller restarts before the reset: the screen follows
    what the controller says after it (no E-stop to confirm any more) and offers the start."""
    c = console()
    w = c.window
    swap_into(c, "fault_estop")
    training(c, "cabinetReset", "fault_restart")
    qtbot.waitUntil(lambda: state(c) is st.StationState.READY and
                    not w.station_bar.estop.isVisible(), timeout=20000)
    assert "Reset faults" not in [b.text() for b in w.recovery.buttons.values()]
    recover(c, "START_AGAIN")
    swap_to_completion(c)


def test_an_abort_on_a_lost_link_is_never_shown_as_requested(qtbot, console) -> None:
    c = console(time_scale=20, watchdog_s=0.5)
    w, panel = c.window, c.window.swap_panel
    start_one(c)
    c.start_swap()
    running_with_steps(c, 2)
    training(c, "fault_cable_pull")
    qtbot.waitUntil(lambda: w.bay.stale, timeout=10000)
    # the running swap's steps, and the strip's step, are greyed with their age
    assert w.swap_panel.stale_note.isVisible() and not w.swap_panel.steps.isEnabled()
    assert "(last known, " in w.swap_strip.step.full and w.swap_strip.abort_button.isEnabled()
    assert "Steps as last known" in w.swap_panel.stale_note.text()
    tap(qtbot, w.swap_strip.abort_button)
    qtbot.waitUntil(lambda: "NOT confirmed" in panel.message.text(), timeout=5000)
    assert "Abort requested" not in panel.message.text()
    assert sent(c, st.CommandCode.ABORT_SWAP) == 0
    qtbot.waitUntil(lambda: not w.bay.stale and state(c) is st.StationState.HELD,
                    timeout=20000)
    tap(qtbot, w.swap_strip.abort_button)  # the link is back: this one goes
    qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.ABORTED, timeout=10000)
    assert sent(c, st.CommandCode.ABORT_SWAP) == 1


def test_a_full_rack_after_a_stopped_swap_is_said_not_a_dead_end(qtbot, stack) -> None:
    """A two-block swap stopped with block 2's pack on the shuttle: the reset puts it into the last
    free slot, block 1 already has its new pack, so no swap can start. The recovery says why
    and what can be done, instead of showing nothing."""
    from operator_app.domain.recovery import P_RACK_FULL, Action
    from operator_app.domain.selection import NO_FREE_SLOT
    from operator_app.domain.vehicles import IdMethod

    s = stack(time_scale=50)
    for slot in s.sim.model.rack:
        if slot.pack is not None and slot.pack.type is st.PackType.A_171KWH:
            slot.pack.soc = 99.0
    s.sim.do(s.sim.model.vehicle_arrive, "MX-62-17", ok=True)
    qtbot.waitUntil(lambda: s.link.last_snapshot is not None and
                    s.link.last_snapshot.status.state is st.StationState.READY, timeout=10000)
    s.swaps.identify("MX-62-17", IdMethod.CAMERA)
    s.swaps.plan()
    m = s.sim.model
    step_swap = m._step_swap

    def stop_on_the_shuttle(dt: float) -> None:
        """E-stop pressed by the simulator's own thread the moment block 2's pack is on the
        shuttle: at 50x that lasts a fraction of a second, which a busy test machine's main
        thread, polling from outside, could let pass (the swap then ran to its end)."""
        step_swap(dt)
        if (m.swap is not None and m.swap.step == (st.SwapStep.TRANSFER, 2)
                and m.shuttle_pack is not None):
            m.press_estop()

    m._step_swap = stop_on_the_shuttle
    s.swaps.confirm("ana")
    qtbot.waitUntil(lambda: m.estop_latched, timeout=30000)
    assert m.shuttle_pack is not None
    s.sim.do(m.physical_reset)
    qtbot.waitUntil(lambda: s.swaps.tx.phase is Phase.FAILED and
                    not s.link.last_snapshot.machine.estop_latched, timeout=10000)
    s.recovery.perform(Action.RESET_FAULTS, "ana", Role.OPERATOR, bay_clear=True)
    qtbot.waitUntil(lambda: s.link.last_snapshot.status.state is st.StationState.READY,
                    timeout=10000)
    s.recovery.perform(Action.START_AGAIN, "ana", Role.OPERATOR)
    qtbot.waitUntil(lambda: s.swaps.tx.phase is Phase.IDENTIFIED and
                    s.swaps.tx.note == NO_FREE_SLOT, timeout=10000)
    g = s.recovery.guidance()
    assert g is not None and [x.text.text for x in g.steps] == [P_RACK_FULL]


@pytest.mark.parametrize("dpi", [96.0, 149.0])
def test_what_the_operator_glances_at_stays_put_when_a_swap_starts_and_ends(
        qtbot, console, dpi: float) -> None:
    """The swap strip takes the station state's place, in room kept for it: the top band,
    the alarm banner, the rack's tiles and the status bar do not move."""
    c = console(dpi=dpi)
    w = c.window
    start_one(c)
    qtbot.wait(300)

    def where() -> list[tuple[int, int, int, int]]:
        return [(*w2.mapTo(w, w2.rect().topLeft()).toTuple(), w2.width(), w2.height())
                for w2 in (w.top_left, w.banner, w.strip, w.bay, *w.rack.tiles)]

    before = where()
    assert not w.swap_strip.isVisible()
    c.start_swap()
    qtbot.waitUntil(lambda: w.swap_strip.isVisible(), timeout=5000)
    qtbot.wait(300)
    assert where() == before
    assert w.top_left.currentWidget() is w.swap_strip
    qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.COMPLETED, timeout=40000)
    qtbot.waitUntil(lambda: not w.swap_strip.isVisible(), timeout=5000)
    qtbot.wait(300)
    assert where() == before
