# ruff: noqa: F811 - the tests take the console fixture imported from test_main_window
"""The controller's interlocks (protocol 3.2), each injected from the training panel, shown
with its cause (the alarm and the recovery panel's words) and recovered from the screen alone,
through the real pty: the vehicle's HV left on, its parking brake not confirmed, the bay door
opened mid-swap, a wrong mass on the load cell, a lock head below its torque (re-locked by a
technician holding the recovery panel's hold-to-run buttons)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from operator_app.domain import alarms as al
from operator_app.domain import station as st
from operator_app.domain.roles import Role
from operator_app.domain.supervisor import Phase
from tests.ui.test_main_window import PIN, console, tap  # noqa: F401 - console: a fixture
from tests.ui.test_recovery import (
    action_button,
    recover,
    recovery_button,
    running_with_steps,
    sent,
    start_one,
    state,
    steps_text,
    swap_to_completion,
    training,
)


def failed_with(c, code: st.FaultCode) -> None:
    c.qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.FAILED, timeout=20000)
    assert c.stack.swaps.tx.fault is code
    c.qtbot.waitUntil(lambda: c.stack.alarm(code.name) is not None, timeout=5000)


def alarm_says(c, code: st.FaultCode) -> None:
    """The alarm for ``code`` is raised with the catalogue's cause and action."""
    alarm = c.stack.alarm(code.name)
    assert alarm is not None and alarm.definition == al.CATALOGUE[code.name]
    assert alarm.definition.cause and alarm.definition.action


def sign_in_technician(c) -> None:
    w = c.window
    tap(c.qtbot, w.strip.role_button)
    tap(c.qtbot, c.person())  # by name, then the PIN
    for ch in PIN:
        tap(c.qtbot, c.pin_key(ch))
    tap(c.qtbot, w.signin_page.pad.enter)
    assert c.session.role is Role.TECHNICIAN


@pytest.mark.parametrize(("fault", "code", "cause", "step"), [
    ("fault_vehicle_hv_on", st.FaultCode.VEHICLE_HV_ON, "did not switch its HV off",
     "the driver switches the vehicle off"),
    ("fault_parking_brake_off", st.FaultCode.PARKING_BRAKE_OFF,
     "did not confirm its parking brake", "the driver sets the parking brake"),
])
def test_a_vehicle_that_is_not_made_safe_stops_the_swap_before_anything_moves(
        qtbot, console, fault: str, code: st.FaultCode, cause: str, step: str) -> None:
    c = console()
    w = c.window
    training(c, fault)
    start_one(c)
    c.start_swap()
    failed_with(c, code)
    alarm_says(c, code)
    panel = w.recovery
    qtbot.waitUntil(lambda: step in steps_text(panel), timeout=5000)
    assert cause in panel.situation.text() and cause in w.station_bar.faults.full
    assert "its packs locked" in panel.situation.text()  # nothing moved
    snap = c.stack.link.last_snapshot
    assert snap.machine.lock_cycles == 0 and snap.machine.lift_height == 0
    recover(c, "RESET_FAULTS", bay_clear=True)  # an operator may: the driver's part is done
    qtbot.waitUntil(lambda: state(c) is st.StationState.READY, timeout=10000)
    recover(c, "START_AGAIN")
    swap_to_completion(c)
    rows = c.stack.rows("SELECT result, fault FROM swaps ORDER BY started_at")
    assert rows == [("failed", code.name), ("completed", None)]


def test_a_door_opened_mid_swap_stops_it_and_the_reset_waits_for_the_door(
        qtbot, console) -> None:
    c = console()
    w = c.window
    start_one(c)
    c.start_swap()
    running_with_steps(c, 3)  # in a motion step
    training(c, "fault_door_open")  # the trainer holds the door open for 10 s
    failed_with(c, st.FaultCode.DOOR_OPEN)
    alarm_says(c, st.FaultCode.DOOR_OPEN)
    panel = w.recovery
    qtbot.waitUntil(lambda: "close the station door" in steps_text(panel), timeout=5000)
    assert "a station door is open" in panel.situation.text()
    tap(qtbot, recovery_button(c, "RESET_FAULTS"))  # while it is open: refused in words
    assert "a station door is open: close it first" in panel.status.text()
    assert sent(c, st.CommandCode.RESET_FAULTS) == 0
    qtbot.waitUntil(lambda: not c.stack.link.last_snapshot.machine.doors, timeout=15000)
    qtbot.waitUntil(lambda: "✓" in steps_text(panel), timeout=5000)  # the door step is done
    recover(c, "RESET_FAULTS", bay_clear=True)
    qtbot.waitUntil(lambda: state(c) is st.StationState.READY, timeout=10000)
    recover(c, "START_AGAIN")
    swap_to_completion(c)


def test_a_wrong_mass_on_the_load_cell_needs_a_technician(qtbot, console) -> None:
    c = console()
    w = c.window
    training(c, "fault_load_mismatch")
    start_one(c)
    c.start_swap()
    failed_with(c, st.FaultCode.LOAD_MISMATCH)
    alarm_says(c, st.FaultCode.LOAD_MISMATCH)
    panel = w.recovery
    qtbot.waitUntil(lambda: "check the pack on the lift" in steps_text(panel), timeout=5000)
    assert "where a 171 kWh pack weighs 1150 kg" in panel.situation.text()
    tap(qtbot, recovery_button(c, "RESET_FAULTS"))
    assert "only a technician may reset this" in panel.status.text()
    assert sent(c, st.CommandCode.RESET_FAULTS) == 0
    sign_in_technician(c)
    recover(c, "RESET_FAULTS", bay_clear=True)
    qtbot.waitUntil(lambda: state(c) is st.StationState.READY, timeout=10000)
    recover(c, "START_AGAIN")
    swap_to_completion(c)


def hold_until(c, action: str, head: int, reads: st.LockState) -> None:
    """Press and hold a hold-to-run step's button until the head reads ``reads``: its step
    is done then and the button goes, which releases the hold."""
    b = recovery_button(c, action, head)
    c.qtbot.mousePress(b, Qt.MouseButton.LeftButton)
    c.qtbot.waitUntil(lambda: c.stack.recovery.held is not None, timeout=3000)
    c.qtbot.waitUntil(lambda: c.stack.link.last_snapshot.machine.locks[head - 1][0]
                      is st.LockState.MOVING, timeout=5000)
    assert "moving while held" in c.window.recovery.status.text()
    c.qtbot.waitUntil(lambda: c.stack.link.last_snapshot.machine.locks[head - 1][0]
                      is reads, timeout=10000)
    c.qtbot.waitUntil(lambda: c.stack.recovery.held is None, timeout=5000)
    assert c.stack.link.last_jog_stopped.reason.value == "released"
    if action_button(c, f"recovery_{action}_{head}") is not None:
        c.qtbot.mouseRelease(b, Qt.MouseButton.LeftButton)


def test_a_lock_head_below_its_torque_is_relocked_by_a_technician_holding_the_buttons(
        qtbot, console) -> None:
    c = console()
    w = c.window
    training(c, "fault_lock_torque_low")
    start_one(c)
    c.start_swap()
    failed_with(c, st.FaultCode.LOCK_TORQUE_LOW)
    alarm_says(c, st.FaultCode.LOCK_TORQUE_LOW)
    panel = w.recovery
    qtbot.waitUntil(lambda: "select maintenance mode" in steps_text(panel), timeout=5000)
    [head] = [i + 1 for i, (s, _) in enumerate(c.stack.link.last_snapshot.machine.locks)
              if s is st.LockState.FAULT]
    assert f"lock head {head} below its locking torque" in panel.situation.text()
    # an operator cannot: the mode is a technician's
    tap(qtbot, recovery_button(c, "MAINTENANCE_MODE"))
    assert "this needs the technician role" in panel.status.text()
    sign_in_technician(c)
    recover(c, "MAINTENANCE_MODE")
    qtbot.waitUntil(lambda: c.stack.link.last_snapshot.status.mode
                    is st.StationMode.MAINTENANCE, timeout=5000)
    hold_until(c, "UNLOCK_HEAD", head, st.LockState.UNLOCKED)
    hold_until(c, "LOCK_HEAD", head, st.LockState.LOCKED)
    torque = c.stack.link.last_snapshot.machine.locks[head - 1][1]
    assert st.LOCK_TORQUE_NM[0] <= torque <= st.LOCK_TORQUE_NM[1]
    recover(c, "AUTOMATIC_MODE")
    qtbot.waitUntil(lambda: c.stack.link.last_snapshot.status.mode
                    is st.StationMode.AUTOMATIC, timeout=5000)
    recover(c, "RESET_FAULTS", bay_clear=True)
    qtbot.waitUntil(lambda: state(c) is st.StationState.READY, timeout=10000)
    assert not c.stack.link.last_snapshot.status.faults
    recover(c, "START_AGAIN")
    swap_to_completion(c)
    audit = [a for (a,) in c.stack.rows("SELECT action FROM audit WHERE action LIKE "
                                        "'recovery%' ORDER BY rowid")]
    assert audit[:3] == ["recovery maintenance mode", "recovery unlock head",
                         "recovery lock head"]
