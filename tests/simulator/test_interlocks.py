"""Protocol 3.2 at the simulated controller, through its registers (no I/O): the interlocks
it checks (vehicle HV off and parking brake, doors, load cell, lock torque), the hold-to-run
rules the pty tests cannot afford (the full 30 s maximum hold, minutes of lift travel) and
the write checks."""

from __future__ import annotations

import pytest

from operator_app.domain import station as st
from operator_app.domain.station import (
    CommandCode,
    CommandStatus,
    FaultCode,
    LockState,
    PackType,
    RejectReason,
    StationMode,
    StationState,
    SwapResult,
    SwapStep,
)
from operator_app.link import registers as R
from operator_app.link.rtu import ILLEGAL_VALUE
from operator_app.simulator.model import StationModel
from tests.simulator.helpers import RegisterConsole

A = PackType.A_171KWH
Axis, Refusal = st.LiftAxis, st.JogRefusal
ACCEPTED = (CommandStatus.ACCEPTED, RejectReason.NONE, FaultCode.NONE)
DONE = (CommandStatus.DONE, RejectReason.NONE, FaultCode.NONE)
JOG = R.RegisterMap()["jog.axis"].address
TARGET = R.RegisterMap()["jog.target"].address


@pytest.fixture
def c() -> RegisterConsole:
    return RegisterConsole(StationModel(seed=7, arrivals=False))


def swap_until(c: RegisterConsole, step: SwapStep, block: int = 1) -> None:
    c.run_until(lambda: (c.value("status.step"), c.value("status.block_index")) == (
        step, block), limit=3000, dt=0.25)


def ended(c: RegisterConsole) -> tuple[SwapResult, FaultCode]:
    c.run_until(lambda: c.value("status.swap_result") is not SwapResult.RUNNING,
                limit=3000, dt=0.25)
    return c.value("status.swap_result"), c.value("status.swap_fault")


def start(c: RegisterConsole, plate: str = "70-8812") -> None:
    c.ready_vehicle(plate)
    blocks = c.model.vehicle.spec.blocks
    assert c.start(blocks, c.charged_slots(c.model.vehicle.spec.pack_type, blocks)) == ACCEPTED


def locks(c: RegisterConsole) -> list[LockState]:
    return [c.value(f"lock_{i}.state") for i in range(1, st.LOCK_HEADS + 1)]


def hold(c: RegisterConsole, axis: Axis, direction: int, target: int, seconds: float,
         k0: int = 1, dt: float = 0.05) -> int:
    """A console's hold: target, then a new hold (direction 0 first), the lease renewed
    every ``dt`` for ``seconds``; returns the last counter written."""
    m = c.model
    assert m.write(JOG, [0, 0, k0]) == 0
    assert m.write(TARGET, [target]) == 0
    k = k0
    t = 0.0
    while t < seconds - 1e-9:
        k += 1
        assert m.write(JOG, [axis, direction & 0xFFFF, k]) == 0
        c.run(dt, dt=dt)
        t += dt
    return k


def release(c: RegisterConsole) -> None:
    assert c.model.write(JOG + 1, [0]) == 0
    c.run(0.1)


# --- vehicle HV off and parking brake ------------------------------------------------------


@pytest.mark.parametrize(("fault", "code", "register"), [
    ("vehicle_hv_on", FaultCode.VEHICLE_HV_ON, "bay.vehicle_hv_off"),
    ("parking_brake_off", FaultCode.PARKING_BRAKE_OFF, "bay.parking_brake"),
])
def test_preparation_waits_for_the_vehicle_and_fails_without_it(
        c: RegisterConsole, fault: str, code: FaultCode, register: str) -> None:
    c.model.inject(fault)
    start(c)
    assert c.value("status.step") is SwapStep.PREPARATION
    c.run_until(lambda: c.value("status.step_elapsed") > 0.9 * c.value("status.step_expected"),
                dt=0.25)
    assert c.value(register) == 0  # the controller waits: it does not assume it
    assert ended(c) == (SwapResult.FAILED, code)
    # nothing moved: the packs locked, the lift down, the shuttle at the bay, no operation
    assert locks(c)[:4] == [LockState.LOCKED] * 4
    assert (c.value("lift.height"), c.value("shuttle.position")) == (0, 0)
    assert (c.value("maint.lift_cycles"), c.value("maint.lock_cycles")) == (0, 0)
    assert c.state() is StationState.FAULT and code in c.model.active_faults()
    assert c.command(CommandCode.RESET_FAULTS) == DONE
    assert c.state() is StationState.READY
    # the driver switched it off / set the brake: the next start gets both and completes
    assert c.start(1, c.charged_slots(A, 1)) == ACCEPTED
    assert ended(c) == (SwapResult.COMPLETED, FaultCode.NONE)


def test_hv_back_on_mid_swap_fails_it_before_the_next_unlock(c: RegisterConsole) -> None:
    start(c, "MX-62-17")  # two blocks: two unlocks
    swap_until(c, SwapStep.TRANSFER, 1)
    c.model.inject("vehicle_hv_on")  # the driver turns the key
    assert c.value("bay.vehicle_hv_off") == 0
    assert ended(c) == (SwapResult.FAILED, FaultCode.VEHICLE_HV_ON)
    assert locks(c)[4:8] == [LockState.LOCKED] * 4  # block 2 was never unlocked


# --- doors ---------------------------------------------------------------------------------


def test_an_open_door_at_idle_is_an_active_fault_that_refuses_the_start(
        c: RegisterConsole) -> None:
    c.ready_vehicle("70-8812")
    c.model.inject("door_open:3")
    assert c.value("safety.doors") == st.DoorFlag.BAY_DOOR_OPEN
    assert FaultCode.DOOR_OPEN in [c.value(f"faults.code_{i}") for i in range(1, 9)]
    assert c.state() is StationState.READY  # not latched: it is there while the door is open
    assert c.start(1, c.charged_slots(A, 1))[:2] == (CommandStatus.REJECTED,
                                                      RejectReason.FAULT_ACTIVE)
    c.run(3.1)  # real seconds: the trainer let go of the door
    assert c.value("safety.doors") == st.DoorFlag.NONE and c.value("faults.count") == 0
    assert c.start(1, c.charged_slots(A, 1)) == ACCEPTED


def test_a_door_opened_during_a_motion_step_stops_the_swap(c: RegisterConsole) -> None:
    start(c)
    swap_until(c, SwapStep.REMOVE)
    c.run(5, dt=0.25)
    c.model.inject("door_open:4")
    assert c.value("status.swap_result") is SwapResult.FAILED
    assert c.value("status.swap_fault") is FaultCode.DOOR_OPEN
    height = c.value("lift.height")
    c.run(1)
    assert c.value("lift.height") == height  # it stopped where it was
    assert c.command(CommandCode.RESET_FAULTS) == DONE  # the door still open: it stays
    assert FaultCode.DOOR_OPEN in c.model.active_faults()
    c.run(3.1)
    assert c.model.active_faults() == []
    assert c.state() is StationState.READY


# --- load cell -----------------------------------------------------------------------------


@pytest.mark.parametrize("plate", ["70-8812", "WXV 5512", "RIO2E19"])  # A, B and C packs
def test_every_pack_type_passes_the_load_check(c: RegisterConsole, plate: str) -> None:
    start(c, plate)
    assert ended(c) == (SwapResult.COMPLETED, FaultCode.NONE)


def test_a_wrong_mass_at_removal_fails_the_swap(c: RegisterConsole) -> None:
    c.model.inject("load_mismatch")
    start(c)
    assert ended(c) == (SwapResult.FAILED, FaultCode.LOAD_MISMATCH)
    mass = st.PACK_MASS_KG[A]
    assert abs(c.value("lift.load") - mass) > mass * R.LOAD_TOLERANCE
    assert c.value("lift.height") == 1250  # it took the weight, at the top
    assert c.model.vehicle.packs[0] is not None  # the pack was not taken off the vehicle


def test_a_wrong_mass_as_the_lift_takes_the_new_pack_fails_the_swap(c: RegisterConsole) -> None:
    start(c)
    swap_until(c, SwapStep.FETCH)
    c.model.inject("load_mismatch")
    assert ended(c) == (SwapResult.FAILED, FaultCode.LOAD_MISMATCH)
    assert c.model.swap is None and c.model.lift_pack is not None  # on the lift, at the bay
    assert c.value("lift.height") == 0


# --- lock torque ---------------------------------------------------------------------------


def test_a_lock_below_its_torque_window_fails_and_only_a_relock_clears_it(
        c: RegisterConsole) -> None:
    lo, hi = R.LOCK_TORQUE_NM
    c.model.inject("lock_torque_low")
    start(c)
    assert ended(c) == (SwapResult.FAILED, FaultCode.LOCK_TORQUE_LOW)
    states = locks(c)[:4]
    [head] = [i + 1 for i, s in enumerate(states) if s is LockState.FAULT]
    assert c.value(f"lock_{head}.torque") < lo
    for i in range(1, 5):
        if i != head:
            assert states[i - 1] is LockState.LOCKED
            assert lo <= c.value(f"lock_{i}.torque") <= hi
    # a reset does not cure an under-torqued head: the fault stays active, no start
    assert c.command(CommandCode.RESET_FAULTS) == DONE
    assert c.value(f"lock_{head}.state") is LockState.FAULT
    assert FaultCode.LOCK_TORQUE_LOW in c.model.active_faults()
    assert c.start(1, c.charged_slots(A, 1))[:2] == (CommandStatus.REJECTED,
                                                      RejectReason.FAULT_ACTIVE)
    # the technician: maintenance, unlock the head, lock it again, automatic, reset
    assert c.command(CommandCode.SET_MODE, StationMode.MAINTENANCE) == DONE
    c.run(0.2)  # the controller asks the vehicle for HV off and its brake again
    assert c.value("bay.vehicle_hv_off") == 1 and c.value("bay.parking_brake") == 1
    k = hold(c, Axis.LOCK_HEAD, 1, head, 0.3)
    assert c.value("jog.refusal") is Refusal.AT_LIMIT  # an under-torqued head unlocks first
    release(c)
    k = hold(c, Axis.LOCK_HEAD, -1, head, R.LOCK_MOVE_S + 0.1, k0=k + 1)
    assert c.value(f"lock_{head}.state") is LockState.UNLOCKED
    release(c)
    hold(c, Axis.LOCK_HEAD, 1, head, R.LOCK_MOVE_S + 0.1, k0=k + 1)
    assert c.value(f"lock_{head}.state") is LockState.LOCKED
    assert lo <= c.value(f"lock_{head}.torque") <= hi
    release(c)
    assert not c.model.head_torque_low()  # the cause is gone (the earlier reset took the latch)
    assert FaultCode.LOCK_TORQUE_LOW not in c.model.active_faults()
    assert c.command(CommandCode.SET_MODE, StationMode.AUTOMATIC) == DONE
    assert c.command(CommandCode.RESET_FAULTS) == DONE
    assert c.model.active_faults() == []
    assert c.state() is StationState.READY
    assert c.start(1, c.charged_slots(A, 1)) == ACCEPTED
    assert ended(c) == (SwapResult.COMPLETED, FaultCode.NONE)


# --- hold-to-run ---------------------------------------------------------------------------


def test_a_hold_stops_at_the_maximum_time_until_the_direction_returns_to_0(
        c: RegisterConsole) -> None:
    assert c.command(CommandCode.SET_MODE, StationMode.MAINTENANCE) == DONE
    k = hold(c, Axis.LIFT, 1, 0, R.JOG_MAX_S + 2.0, dt=0.1)
    assert c.value("jog.refusal") is Refusal.MAX_TIME
    assert c.value("jog.elapsed") == pytest.approx(R.JOG_MAX_S, abs=0.1)
    assert c.value("lift.height") == pytest.approx(R.JOG_MAX_S * R.JOG_LIFT_MM_S, abs=1)
    for _ in range(5):  # the lease renewed, the direction still 1: it stays stopped
        k += 1
        assert c.model.write(JOG, [Axis.LIFT, 1, k]) == 0
        c.run(0.1)
    assert c.value("lift.height") == pytest.approx(R.JOG_MAX_S * R.JOG_LIFT_MM_S, abs=1)
    hold(c, Axis.LIFT, -1, 0, 1.0, k0=k + 1)  # a new press
    assert c.value("jog.refusal") is Refusal.NONE and c.value("jog.elapsed") == \
        pytest.approx(1.0, abs=0.1)


def test_a_lease_that_ran_out_never_restarts_by_itself(c: RegisterConsole) -> None:
    m = c.model
    assert c.command(CommandCode.SET_MODE, StationMode.MAINTENANCE) == DONE
    k = hold(c, Axis.LIFT, 1, 0, 1.0)
    c.run(0.5)  # no refresh for 0.5 s
    assert c.value("jog.refusal") is Refusal.LEASE_EXPIRED
    height = c.value("lift.height")
    # the last refresh at 0.95 s, the lease 0.3 s after it: 1.25 s at the jog speed
    assert height == pytest.approx((0.95 + R.JOG_LEASE_S) * R.JOG_LIFT_MM_S, abs=1)
    for _ in range(10):  # the counter changes again, the direction never went to 0
        k += 1
        assert m.write(JOG, [Axis.LIFT, 1, k]) == 0
        c.run(0.05, dt=0.05)
    assert c.value("lift.height") == height and c.value("jog.refusal") is \
        Refusal.LEASE_EXPIRED


def test_jog_motion_counts_in_the_maintenance_counters(c: RegisterConsole) -> None:
    c.ready_vehicle("70-8812")
    assert c.command(CommandCode.SET_MODE, StationMode.MAINTENANCE) == DONE
    k = hold(c, Axis.LIFT, 1, 0, R.LIFT_CYCLE_MM / R.JOG_LIFT_MM_S + 0.5, dt=0.1)
    assert c.value("maint.lift_cycles") == 0  # up: half a cycle
    release(c)
    k = hold(c, Axis.HOME, 1, 0, 25.0, k0=k + 1, dt=0.1)  # down again: one cycle
    assert c.value("jog.refusal") is Refusal.AT_LIMIT and c.value("lift.height") == 0
    assert c.value("maint.lift_cycles") == 1
    release(c)
    k = hold(c, Axis.SHUTTLE_TO_SLOT, 1, 2, 16.0, k0=k + 1, dt=0.1)  # 3.6 m to slot 2
    assert c.value("shuttle.location") == 2 and c.value("shuttle.aligned") == 1
    release(c)
    assert c.value("maint.shuttle_travel") == 3
    k = hold(c, Axis.LOCK_HEAD, -1, 1, R.LOCK_MOVE_S + 0.1, k0=k + 1)
    release(c)
    hold(c, Axis.LOCK_HEAD, 1, 1, R.LOCK_MOVE_S + 0.1, k0=k + 1)
    assert c.value("maint.lock_cycles") == 2
    c.model.restart()
    c.run(2.5)
    assert (c.value("maint.lift_cycles"), c.value("maint.lock_cycles"),
            c.value("maint.shuttle_travel")) == (1, 2, 3)  # retentive


@pytest.mark.parametrize(("writes", "ok"), [
    ([(JOG + 1, [2])], False),  # direction outside -1..1
    ([(JOG, [9])], False),  # no such axis
    ([(JOG, [Axis.HOME, 0xFFFF, 1])], False),  # HOME runs only toward zero
    ([(JOG, [Axis.SHUTTLE_TO_SLOT, 0xFFFF, 1])], False),
    ([(TARGET, [9]), (JOG, [Axis.SHUTTLE_TO_SLOT, 1, 1])], False),  # 8 slots
    ([(TARGET, [8]), (JOG, [Axis.SHUTTLE_TO_SLOT, 1, 1])], True),
    ([(JOG, [Axis.LOCK_HEAD, 0, 1]), (TARGET, [13])], False),  # 12 heads
    ([(JOG, [Axis.LOCK_HEAD, 0, 1]), (TARGET, [12])], True),
    ([(TARGET, [30]), (JOG, [Axis.LIFT, 1, 1])], True),  # the lift ignores the target
])
def test_jog_writes_are_checked_as_they_would_read_after_the_write(
        c: RegisterConsole, writes: list, ok: bool) -> None:
    codes = [c.model.write(address, values) for address, values in writes]
    assert codes[:-1] == [0] * (len(codes) - 1)
    assert codes[-1] == (0 if ok else ILLEGAL_VALUE)
    if not ok:
        assert c.model.jog_dir == 0 and c.value("jog.direction") in (0, None)
