"""The simulated controller's behaviour, through its register interface, without I/O."""

from __future__ import annotations

import itertools

import pytest

from operator_app.domain import station as st
from operator_app.domain.station import (
    ChargerState,
    CommandCode,
    CommandStatus,
    FaultCode,
    PackType,
    RejectReason,
    StationState,
    SwapResult,
    SwapStep,
)
from operator_app.link import registers as R
from operator_app.simulator.model import SimulatorError, StationModel
from tests.simulator.helpers import RegisterConsole, slot_value

A, B = PackType.A_171KWH, PackType.B_280KWH
ACCEPTED = (CommandStatus.ACCEPTED, RejectReason.NONE, FaultCode.NONE)
DONE = (CommandStatus.DONE, RejectReason.NONE, FaultCode.NONE)


def rejected(reason: RejectReason) -> tuple:
    return (CommandStatus.REJECTED, reason, FaultCode.NONE)


@pytest.fixture
def c() -> RegisterConsole:
    return RegisterConsole(StationModel(seed=7, arrivals=False))


def run_swap_to_end(c: RegisterConsole, limit: float = 3000) -> list[tuple[SwapStep, int]]:
    seen: list[tuple[SwapStep, int]] = []

    def done() -> bool:
        step = (c.value("status.step"), c.value("status.block_index"))
        if c.value("status.swap_result") is SwapResult.RUNNING and (not seen or seen[-1] != step):
            seen.append(step)
        return c.value("status.swap_result") is not SwapResult.RUNNING

    c.run_until(done, limit=limit, dt=0.5)
    return seen


def test_identity_registers(c: RegisterConsole) -> None:
    assert c.value("identity.magic") == 0x5353
    assert c.value("identity.slot_count") == 8
    assert c.value("identity.vendor") == "SIM SwapCtl 2"
    assert c.state() is StationState.IDLE


def test_full_swap_of_one_block(c: RegisterConsole) -> None:
    c.ready_vehicle("70-8812")  # a mixer, one A block
    depleted = c.model.vehicle.packs[0].code
    [src] = c.charged_slots(A, 1)
    charged = c.model.rack[src - 1].pack.code
    empty = next(i + 1 for i, s in enumerate(c.model.rack) if s.pack is None)
    assert c.start(1, [src]) == ACCEPTED
    assert c.state() is StationState.SWAPPING
    assert slot_value(c, src, "state") is st.SlotState.IN_SWAP
    steps = run_swap_to_end(c)
    assert [s for s, _ in steps] == [
        SwapStep.PREPARATION, SwapStep.UNLOCK, SwapStep.REMOVE, SwapStep.TRANSFER,
        SwapStep.FETCH, SwapStep.INSTALL, SwapStep.LOCK, SwapStep.VERIFY, SwapStep.RELEASE]
    assert c.value("status.swap_result") is SwapResult.COMPLETED
    assert c.value("response.status") is CommandStatus.DONE
    assert c.value("status.swap_counter") == 1
    assert c.state() is StationState.COMPLETE
    assert c.model.vehicle.packs[0].code == charged
    assert slot_value(c, empty, "pack_code") == depleted
    assert slot_value(c, src, "occupied") == 0
    assert all(c.value(f"lock_{i}.state") is st.LockState.LOCKED for i in range(1, 5))
    c.run_until(lambda: c.state() is StationState.IDLE, limit=60)
    assert c.value("bay.vehicle_present") == 0


def test_three_block_truck_takes_about_five_minutes_a_block_sequence(c: RegisterConsole) -> None:
    c.ready_vehicle("XG 8121")  # a tractor carrying three A blocks
    ins = c.charged_slots(A, 3)
    assert c.start(3, ins) == ACCEPTED
    t0 = c.model.sim_time
    steps = run_swap_to_end(c, limit=5000)
    assert c.value("status.swap_result") is SwapResult.COMPLETED
    assert [b for s, b in steps if s is SwapStep.LOCK] == [1, 2, 3]
    duration = c.model.sim_time - t0
    assert 3 * 140 + 25 < duration < 3 * 250 + 50  # per block 140-250 s, plus prep/verify
    assert all(c.value(f"lock_{i}.state") is st.LockState.LOCKED for i in range(1, 13))
    # the depleted block of block 1 went to the free slot, block 2's to block 1's source...
    occupied = [s.pack is not None for s in c.model.rack]
    assert occupied.count(False) == 1


def test_step_timer_and_expected_time_are_published(c: RegisterConsole) -> None:
    c.ready_vehicle("70-8812")
    c.start(1, c.charged_slots(A, 1))
    c.run_until(lambda: c.value("status.step") is SwapStep.REMOVE, dt=0.5)
    c.run(10.0)
    assert 9.0 <= c.value("status.step_elapsed") <= 11.0
    assert c.value("status.step_expected") == 37.5


def test_time_scale_runs_a_five_minute_swap_in_seconds() -> None:
    c = RegisterConsole(StationModel(seed=3, arrivals=False, time_scale=100))
    c.ready_vehicle("70-8812")
    c.start(1, c.charged_slots(A, 1))
    wall = c.run_until(lambda: c.value("status.swap_result") is SwapResult.COMPLETED, dt=0.05)
    assert wall < 5.0


def test_same_seed_same_station() -> None:
    a, b = StationModel(seed=11), StationModel(seed=11)
    for m in (a, b):
        m.advance(600)  # arrivals on: a vehicle comes and positions itself
    assert [s.pack.code if s.pack else None for s in a.rack] == \
        [s.pack.code if s.pack else None for s in b.rack]
    run_id = a.rmap["run.id"].address - R.FAST_BLOCK[0]  # a new process is a new run
    fa, fb = a.read(*R.FAST_BLOCK), b.read(*R.FAST_BLOCK)
    assert fa[:run_id] + fa[run_id + 1:] == fb[:run_id] + fb[run_id + 1:]


# --- the command handshake and its rejections -------------------------------------------


def test_unknown_command_is_rejected_and_nothing_moves(c: RegisterConsole) -> None:
    assert c.command(99) == rejected(RejectReason.UNKNOWN_COMMAND)
    assert c.state() is StationState.IDLE


def test_same_sequence_number_is_never_executed_twice(c: RegisterConsole) -> None:
    c.ready_vehicle("70-8812")
    src = c.charged_slots(A, 1)
    assert c.start(1, src) == ACCEPTED
    seq = c.seq
    # the console re-sends the same request (its answer was lost): no second execution
    assert c.command(CommandCode.START_SWAP, 1, *src, 0, 0, 0, 0, 0, seq=seq) == ACCEPTED
    # a new sequence number is a new request: refused, one swap runs at a time
    assert c.start(1, src) == rejected(RejectReason.BUSY)


def test_start_rejections(c: RegisterConsole) -> None:
    assert c.start(1, [1]) == rejected(RejectReason.NOT_READY)
    c.ready_vehicle("XG 8121")  # three blocks of type A
    a3 = c.charged_slots(A, 3)
    assert c.start(0, a3) == rejected(RejectReason.BAD_ARGUMENT)
    assert c.start(4, a3) == rejected(RejectReason.BAD_ARGUMENT)
    assert c.start(2, a3[:2]) == rejected(RejectReason.BLOCK_MISMATCH)
    assert c.start(3, [a3[0], a3[0], a3[1]]) == rejected(RejectReason.BAD_ARGUMENT)
    assert c.start(3, [a3[0], a3[1], 99]) == rejected(RejectReason.BAD_ARGUMENT)
    empty = next(i + 1 for i, s in enumerate(c.model.rack) if s.pack is None)
    assert c.start(3, [a3[0], a3[1], empty]) == rejected(RejectReason.SLOT_EMPTY)
    [b_slot] = c.charged_slots(B, 1)
    assert c.start(3, [a3[0], a3[1], b_slot]) == rejected(RejectReason.PACK_NOT_AVAILABLE)
    assert c.start(3, a3, [a3[0], 0, 0]) == rejected(RejectReason.SLOT_OCCUPIED)
    assert c.state() is StationState.READY


def test_wrong_mode_and_maintenance(c: RegisterConsole) -> None:
    assert c.command(CommandCode.SET_MODE, 7) == rejected(RejectReason.BAD_ARGUMENT)
    assert c.command(CommandCode.SET_MODE, st.StationMode.MAINTENANCE) == DONE
    assert c.state() is StationState.MAINTENANCE
    c.model.vehicle_arrive("70-8812", ok=True)
    c.run(80)
    assert c.start(1, c.charged_slots(A, 1)) == rejected(RejectReason.WRONG_MODE)
    assert c.command(CommandCode.SET_MODE, st.StationMode.AUTOMATIC) == DONE
    assert c.command(CommandCode.HOME_AXES) == rejected(RejectReason.WRONG_MODE)


def test_abort(c: RegisterConsole) -> None:
    assert c.command(CommandCode.ABORT_SWAP) == rejected(RejectReason.NOTHING_TO_ABORT)
    c.ready_vehicle("70-8812")
    assert c.start(1, c.charged_slots(A, 1)) == ACCEPTED
    c.run_until(lambda: c.value("status.step") is SwapStep.REMOVE, dt=0.5)
    assert c.command(CommandCode.ABORT_SWAP) == ACCEPTED
    # the controller finishes the running step to a safe stop, then stops
    assert c.value("status.swap_result") is SwapResult.RUNNING
    c.run_until(lambda: c.value("status.swap_result") is SwapResult.ABORTED, dt=0.5)
    assert c.value("response.status") is CommandStatus.DONE
    assert c.value("status.swap_fault") is FaultCode.ABORTED
    assert c.state() is StationState.FAULT
    assert c.model.lift_pack is not None  # the removed pack is on the lift
    assert c.command(CommandCode.RESET_FAULTS) == DONE
    assert c.model.lift_pack is None and c.state() is StationState.READY


def test_abort_before_anything_moved_leaves_the_vehicle_ready(c: RegisterConsole) -> None:
    c.ready_vehicle("70-8812")
    c.start(1, c.charged_slots(A, 1))
    assert c.command(CommandCode.ABORT_SWAP) == ACCEPTED
    c.run_until(lambda: c.value("status.swap_result") is SwapResult.ABORTED, dt=0.5)
    assert c.state() is StationState.READY
    assert c.model.vehicle.packs[0] is not None


# --- faults ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("fault", "code", "step"), [
    ("lock_jam", FaultCode.LOCK_JAM, SwapStep.UNLOCK),
    ("lift_overload", FaultCode.LIFT_OVERLOAD, SwapStep.REMOVE),
    ("shuttle_misalign", FaultCode.SHUTTLE_MISALIGNED, SwapStep.TRANSFER),
    ("hv_interlock", FaultCode.HV_INTERLOCK, SwapStep.VERIFY),
    ("bms_handshake", FaultCode.BMS_HANDSHAKE, SwapStep.VERIFY),
    ("identity_mismatch", FaultCode.PACK_IDENTITY_MISMATCH, SwapStep.VERIFY),
])
def test_swap_faults_fail_the_swap_with_their_code(c: RegisterConsole, fault: str,
                                                   code: FaultCode, step: SwapStep) -> None:
    c.ready_vehicle("70-8812")
    c.model.inject(fault)
    c.start(1, c.charged_slots(A, 1))
    steps = run_swap_to_end(c)
    assert steps[-1][0] is step
    assert c.value("status.swap_result") is SwapResult.FAILED
    assert c.value("status.swap_fault") is code
    assert (c.value("response.status"), c.value("response.fault")) == (CommandStatus.FAILED,
                                                                        code)
    assert code in c.model.active_faults()
    assert c.value("faults.code_1") is code
    assert c.state() is StationState.FAULT
    assert c.start(1, [1]) == rejected(RejectReason.FAULT_ACTIVE)
    assert c.command(CommandCode.RESET_FAULTS) == DONE
    assert c.value("faults.count") == 0
    if fault == "lift_overload":
        assert not c.value("lift.limits") & st.LiftLimit.OVERLOAD


def test_lock_jam_shows_on_the_lock_head(c: RegisterConsole) -> None:
    c.ready_vehicle("70-8812")
    c.model.inject("lock_jam")
    c.start(1, c.charged_slots(A, 1))
    run_swap_to_end(c)
    states = [c.value(f"lock_{i}.state") for i in range(1, 5)]
    assert st.LockState.FAULT in states
    jammed = states.index(st.LockState.FAULT) + 1
    assert c.value(f"lock_{jammed}.torque") == 320.0


def test_lift_overload_reads_on_the_load_cell(c: RegisterConsole) -> None:
    c.ready_vehicle("70-8812")
    c.model.inject("lift_overload")
    c.start(1, c.charged_slots(A, 1))
    run_swap_to_end(c)
    assert c.value("lift.load") > 3500
    assert c.value("lift.limits") & st.LiftLimit.OVERLOAD


def test_charger_fault(c: RegisterConsole) -> None:
    c.run(10)
    c.model.inject("charger_fault:2")
    c.run(1)
    assert slot_value(c, 2, "charger_state") is ChargerState.FAULT
    assert slot_value(c, 2, "state") is st.SlotState.FAULT
    assert FaultCode.CHARGER_FAULT in c.model.active_faults()
    assert c.command(CommandCode.RESET_FAULTS) == DONE
    c.run(10)
    assert slot_value(c, 2, "charger_state") is not ChargerState.FAULT


def test_pack_alarm_flag(c: RegisterConsole) -> None:
    c.model.inject("pack_alarm:3:cell_over_voltage:3")
    c.run(0.5)
    assert slot_value(c, 3, "alarm_level") == 3
    assert slot_value(c, 3, "alarm_flags") & st.AlarmFlag.CELL_OVER_VOLTAGE
    assert slot_value(c, 1, "alarm_level") == 0
    with pytest.raises(SimulatorError, match="unknown GB/T 32960 flag"):
        c.model.inject("pack_alarm:3:bogus")


def test_insulation_drop_stops_the_charger(c: RegisterConsole) -> None:
    c.model.inject("insulation_drop:1:45")
    c.run(1)
    assert slot_value(c, 1, "insulation") == 45
    assert slot_value(c, 1, "alarm_flags") & st.AlarmFlag.INSULATION_FAILURE
    assert slot_value(c, 1, "alarm_level") == 3
    assert slot_value(c, 1, "charger_state") is ChargerState.FAULT
    assert FaultCode.INSULATION_LOW in c.model.active_faults()


def test_estop_latches_until_physical_reset_and_confirmation(c: RegisterConsole) -> None:
    c.ready_vehicle("70-8812")
    c.start(1, c.charged_slots(A, 1))
    c.run_until(lambda: c.value("status.step") is SwapStep.UNLOCK, dt=0.5)
    c.model.inject("estop")
    assert c.state() is StationState.ESTOP
    assert c.value("safety.estop_latched") == 1
    assert c.value("status.swap_fault") is FaultCode.ESTOP
    assert c.command(CommandCode.SET_MODE, 1) == rejected(RejectReason.ESTOP_LATCHED)
    assert c.command(CommandCode.RESET_FAULTS) == rejected(RejectReason.RESET_REQUIRED_FIRST)
    c.run(30)
    assert c.state() is StationState.ESTOP  # stays latched, whatever time passes
    c.model.physical_reset()
    assert c.value("safety.estop_latched") == 0
    assert c.value("safety.reset_required") == 1
    assert c.state() is StationState.ESTOP
    assert c.command(CommandCode.RESET_FAULTS) == DONE
    assert c.state() is StationState.READY


def test_light_curtain_during_motion_stops_the_swap(c: RegisterConsole) -> None:
    c.ready_vehicle("70-8812")
    c.start(1, c.charged_slots(A, 1))
    c.run_until(lambda: c.value("status.step") is SwapStep.REMOVE, dt=0.5)
    c.model.inject("light_curtain")
    assert c.value("safety.light_curtain") == 1
    assert c.value("status.swap_fault") is FaultCode.LIGHT_CURTAIN


def test_positioning_retries_then_fails_then_retry_command(c: RegisterConsole) -> None:
    c.model.inject("positioning")
    c.model.vehicle_arrive("70-8812")
    c.run_until(lambda: c.value("bay.positioning_retries") == 1, dt=0.5)
    assert c.value("bay.positioning_result") is st.PositioningResult.OUT_OF_TOLERANCE
    assert c.value("bay.positioning_reason") is not st.PositioningReason.NONE
    off = abs(c.value("bay.longitudinal_offset")) > 50 or abs(c.value("bay.lateral_offset")) > 25
    assert off
    c.run_until(lambda: c.value("bay.positioning_result") is st.PositioningResult.FAILED,
                dt=0.5)
    assert c.value("bay.positioning_retries") == 3
    assert FaultCode.POSITIONING_FAILED in c.model.active_faults()
    assert c.command(CommandCode.RETRY_POSITIONING) == DONE
    c.run_until(lambda: c.state() is StationState.READY, dt=0.5, limit=100)


def test_unknown_fault_name_is_refused_with_the_list() -> None:
    with pytest.raises(SimulatorError, match="known: lock_jam"):
        StationModel(faults=["gremlins"])


def test_controller_restart_resets_sequence_and_reports_an_interrupted_swap(
        c: RegisterConsole) -> None:
    c.ready_vehicle("70-8812")
    c.start(1, c.charged_slots(A, 1))
    c.run(20)
    c.model.inject("restart")
    assert c.value("response.sequence") == 0
    assert c.value("status.swap_fault") is FaultCode.CONTROLLER_RESTART
    assert c.value("status.controller_heartbeat") == 0
    assert c.model.comm.silent_until_real > c.model.real_time


# --- watchdog and hold-to-run ---------------------------------------------------------------


def test_watchdog_holds_motion_when_the_console_heartbeat_stops(c: RegisterConsole) -> None:
    c.ready_vehicle("70-8812")
    c.start(1, c.charged_slots(A, 1))
    c.run(5)
    assert c.value("status.flags") & st.StatusFlag.CONSOLE_SEEN
    c.run(3.5, heartbeat=False)  # the console stops beating
    assert c.state() is StationState.HELD
    assert c.value("status.flags") & st.StatusFlag.WATCHDOG_HOLD
    frozen = (c.value("status.step"), c.value("status.step_elapsed"))
    c.run(20, heartbeat=False)
    assert (c.value("status.step"), c.value("status.step_elapsed")) == frozen
    assert c.start(1, [1]) == rejected(RejectReason.HELD)
    c.run(1)  # the heartbeat comes back: the hold is latched, motion waits for RESUME
    assert c.state() is StationState.HELD
    assert (c.value("status.step"), c.value("status.step_elapsed")) == frozen
    assert c.command(CommandCode.RESUME) == DONE
    c.run(1)
    assert c.state() is StationState.SWAPPING
    assert c.value("status.step_elapsed") > frozen[1]


def test_hold_to_run_jog_stops_when_refreshes_stop(c: RegisterConsole) -> None:
    m = c.model
    jog = m.rmap["jog.axis"].address
    assert m.write(jog, [st.LiftAxis.LIFT, 1, 1]) == 0  # outside maintenance: nothing moves
    c.run(1)
    assert c.value("lift.height") == 0
    assert c.command(CommandCode.SET_MODE, st.StationMode.MAINTENANCE) == DONE
    c.run(1)
    assert c.value("lift.height") == 0  # selecting the mode never starts motion
    for k in range(20):  # hold the button for 2 s: refresh the keep-alive every 0.1 s
        assert m.write(jog, [st.LiftAxis.LIFT, 1, k + 2]) == 0
        c.run(0.1)
    h = c.value("lift.height")
    assert h == pytest.approx(2.0 * R.JOG_LIFT_MM_S, abs=1)  # 2 s at the jog speed
    assert c.value("status.flags") & st.StatusFlag.JOG_ACTIVE
    c.run(0.5)  # refreshes stop: the axis stops when the lease runs out
    stopped = c.value("lift.height")
    c.run(2)
    assert c.value("lift.height") == stopped
    assert stopped - h <= R.JOG_LIFT_MM_S * R.JOG_LEASE_S + 1e-6
    assert not c.value("status.flags") & st.StatusFlag.JOG_ACTIVE
    assert c.value("jog.refusal") is st.JogRefusal.LEASE_EXPIRED


def test_jog_direction_out_of_range_is_an_exception(c: RegisterConsole) -> None:
    assert c.model.write(c.model.rmap["jog.direction"].address, [5]) == 3


def test_writes_to_read_only_registers_are_refused(c: RegisterConsole) -> None:
    assert c.model.write(c.model.rmap["status.state"].address, [1]) == 2
    assert c.model.write(c.model.rmap["status.console_heartbeat"].address, [1, 2]) == 2


# --- the rack ---------------------------------------------------------------------------------


def test_chargers_charge_cc_then_cv_to_full() -> None:
    c = RegisterConsole(StationModel(seed=5, arrivals=False, time_scale=50))
    low = min((s for s in c.model.rack if s.pack), key=lambda s: s.pack.soc)
    n = c.model.rack.index(low) + 1
    soc0 = slot_value(c, n, "soc")
    c.run(2)
    assert slot_value(c, n, "charger_state") is ChargerState.CONSTANT_CURRENT
    assert slot_value(c, n, "current") > 0
    assert slot_value(c, n, "charger_power") > 50
    assert slot_value(c, n, "time_to_full") > 0
    c.run_until(lambda: slot_value(c, n, "charger_state") is ChargerState.CONSTANT_VOLTAGE,
                limit=600)
    assert slot_value(c, n, "soc") >= 90 > soc0
    assert slot_value(c, n, "temp_max") > 33
    c.run_until(lambda: slot_value(c, n, "charger_state") is ChargerState.COMPLETE, limit=600)
    assert slot_value(c, n, "soc") >= 99.9
    assert slot_value(c, n, "state") is st.SlotState.FULL
    assert slot_value(c, n, "time_to_full") == 0


def test_cell_detail_on_demand(c: RegisterConsole) -> None:
    m = c.model
    assert m.write(m.rmap["cells.select_slot"].address, [2]) == 0
    c.run(0.2)
    assert c.value("cells.slot") == 2
    assert c.value("cells.count") == st.CELLS_PER_PACK
    volts = m.read(3010, 125) + m.read(3135, 55)
    assert min(volts) / 1000 == pytest.approx(slot_value(c, 2, "cell_min_voltage"), abs=0.002)
    assert max(volts) / 1000 == pytest.approx(slot_value(c, 2, "cell_max_voltage"), abs=0.002)
    assert m.write(m.rmap["cells.select_slot"].address, [99]) == 3


def test_empty_slot_reads_not_available(c: RegisterConsole) -> None:
    empty = next(i + 1 for i, s in enumerate(c.model.rack) if s.pack is None)
    assert slot_value(c, empty, "occupied") == 0
    assert slot_value(c, empty, "soc") is None
    assert slot_value(c, empty, "voltage") is None
    assert slot_value(c, empty, "state") is st.SlotState.EMPTY


def test_twenty_four_slots() -> None:
    c = RegisterConsole(StationModel(slots=24, seed=1, arrivals=False))
    assert c.value("identity.slot_count") == 24
    assert slot_value(c, 24, "state") is not None
    assert c.model.read(1000 + 40 * 24, 1) == 2  # beyond the rack: illegal address


# --- power-up state, run id, swap sequence (since protocol 2.0) -----------------------------

PHYSICAL_GROUPS = (R.BAY, R.LIFT_SHUTTLE, R.LOCKS, R.SAFETY)


def fast_block(m: StationModel) -> dict[int, int]:
    start, count = R.FAST_BLOCK
    words = m.read(start, count)
    assert isinstance(words, list)
    return dict(zip(range(start, start + count), words, strict=True))


def test_restart_reads_as_the_power_up_state_section_says(c: RegisterConsole) -> None:
    m = c.model
    c.ready_vehicle("70-8812")
    assert c.start(1, c.charged_slots(A, 1)) == ACCEPTED
    start_seq = c.seq
    c.run_until(lambda: c.value("status.step") is SwapStep.REMOVE, dt=0.5)
    c.run(3)  # the lift is moving
    assert m.write(m.rmap["jog.axis"].address, [st.LiftAxis.LIFT, 1, 77]) == 0
    assert m.write(R.CELL_SELECT.address, [2]) == 0
    c.run(0.1)
    before = fast_block(m)
    old_run = c.value("run.id")
    m.restart()
    image = fast_block(m)

    rmap = m.rmap
    expected: dict[str, int | list[int] | None] = {
        "status.controller_heartbeat": 0, "status.console_heartbeat": 0,
        "status.mode": st.StationMode.AUTOMATIC, "status.state": StationState.FAULT,
        "status.step": SwapStep.NONE, "status.step_elapsed": 0, "status.step_expected": 0,
        "status.block_index": 0, "status.block_count": 0,
        # no CONSOLE_SEEN, no WATCHDOG_HOLD; FAULT for fault 116
        "status.flags": st.StatusFlag.FAULT | st.StatusFlag.VEHICLE_PRESENT,
        "status.swap_result": SwapResult.FAILED, "status.swap_fault": FaultCode.CONTROLLER_RESTART,
        "status.swap_counter": 0, "status.swap_elapsed": 0, "status.watchdog_timeout": 30,
        "faults.count": 1, "faults.code_1": FaultCode.CONTROLLER_RESTART,
        **{f"faults.code_{i}": 0 for i in range(2, 9)},
        **{r.name: 0 for r in R.COMMAND.registers},
        "response.sequence": 0, "response.status": CommandStatus.NONE, "response.reason": 0,
        "response.fault": 0, "response.command": 0,
        "response.swap_sequence": start_seq,  # still names the interrupted swap's START_SWAP
        **{r.name: 0 for r in R.JOG.registers},
        **{r.name: 0 for r in R.JOG_STATE.registers},  # since 3.2: no hold, refusal NONE
        **{r.name: None for r in R.MAINT.registers},  # since 3.2: retentive, as before
        "run.id": None,  # checked below: new, never 0
        "run.clock": [0, 0],  # since 3.1: the controller's clock starts again at power-up
    }
    for group in PHYSICAL_GROUPS:  # what physically is there, standing still
        for r in group.registers:
            expected[r.name] = None
    for name in ("lift.motion", "shuttle.motion"):
        expected[name] = 0
    covered = {a for name in expected for a in range(rmap[name].address, rmap[name].end)}
    assert covered | {199} == set(image), "every fast-block register has its expectation"
    assert image[199] == 0  # unused

    for name, value in expected.items():
        reg = rmap[name]
        words = [image[a] for a in range(reg.address, reg.end)]
        if value is not None:
            assert words == (value if isinstance(value, list) else [value]), name
        elif name != "run.id":
            assert words == [before[a] for a in range(reg.address, reg.end)], name
    assert image[rmap["run.id"].address] not in (0, old_run)
    assert c.value("cells.select_slot") == 0 and c.value("cells.slot") == 0
    assert all(slot_value(c, n, "state") is not st.SlotState.IN_SWAP for n in range(1, 9))
    m.advance(10)  # no console heartbeat yet: no watchdog hold
    assert not c.value("status.flags") & st.StatusFlag.WATCHDOG_HOLD
    assert c.command(CommandCode.RESET_FAULTS) == DONE  # the next sequence number is new
    assert c.value("status.swap_result") is SwapResult.FAILED
    assert c.value("response.swap_sequence") == start_seq


def test_restart_without_a_swap_forgets_the_last_swap(c: RegisterConsole) -> None:
    c.ready_vehicle("70-8812")
    c.start(1, c.charged_slots(A, 1))
    run_swap_to_end(c)
    assert c.value("response.swap_sequence") == c.seq
    c.model.restart()
    assert c.value("status.swap_result") is SwapResult.NONE
    assert c.value("status.swap_fault") is FaultCode.NONE
    assert c.value("response.swap_sequence") == 0
    assert c.value("faults.count") == 0


def test_run_id_is_new_at_every_power_up_and_never_0() -> None:
    m = StationModel(seed=3, arrivals=False)
    c = RegisterConsole(m)
    ids = [c.value("run.id")]
    for _ in range(200):
        m.restart()
        ids.append(c.value("run.id"))
    assert all(1 <= i <= 65535 for i in ids)
    assert all(a != b for a, b in itertools.pairwise(ids))
    assert len(set(ids)) > 150  # picked, not counted from a fixed start
    # a new controller process is a new run whatever the seed: it must not repeat the last
    fresh = {RegisterConsole(StationModel(seed=3, arrivals=False)).value("run.id")
             for _ in range(5)}
    assert len(fresh) > 1


def test_a_second_restart_keeps_the_unreset_restart_fault_and_the_swap_it_ended() -> None:
    m = StationModel(seed=7, arrivals=False, time_scale=10)
    c = RegisterConsole(m)
    c.ready_vehicle("70-8812")
    assert c.command(CommandCode.START_SWAP, 1, *c.charged_slots(A, 1), seq=9) == ACCEPTED
    c.run(5)
    m.restart()
    m.restart()  # the power dips again before anyone reset the station
    c.run(3)
    assert c.value("status.swap_result") is SwapResult.FAILED
    assert c.value("status.swap_fault") is FaultCode.CONTROLLER_RESTART
    assert c.value("response.swap_sequence") == 9
    assert FaultCode.CONTROLLER_RESTART in m.active_faults()


def test_swap_sequence_names_the_start_swap_and_survives_later_commands(
        c: RegisterConsole) -> None:
    assert c.value("response.swap_sequence") == 0
    c.ready_vehicle("70-8812")
    src = c.charged_slots(A, 1)
    assert c.command(CommandCode.START_SWAP, 1, *src, seq=65535) == ACCEPTED
    assert c.value("response.swap_sequence") == 65535
    assert c.command(CommandCode.SET_MODE, 1, seq=1) == rejected(RejectReason.BUSY)
    assert c.value("response.swap_sequence") == 65535
    run_swap_to_end(c)
    assert c.value("status.swap_result") is SwapResult.COMPLETED
    assert c.value("response.swap_sequence") == 65535


def test_bay_button_swap_has_swap_sequence_0_and_leaves_the_response_alone() -> None:
    log: list[dict] = []
    c = RegisterConsole(StationModel(seed=7, arrivals=False, auto_start=True, time_scale=10,
                                     command_log=log.append))
    c.ready_vehicle("70-8812")
    c.run_until(lambda: c.value("status.swap_result") is SwapResult.RUNNING, limit=60)
    assert c.value("response.swap_sequence") == 0
    c.run_until(lambda: c.value("status.swap_result") is SwapResult.COMPLETED, limit=300)
    # no command asked for it: the response block still answers nothing
    assert (c.value("response.sequence"), c.value("response.status")) == (0,
                                                                          CommandStatus.NONE)
    assert c.value("response.swap_sequence") == 0
    assert log == []


def test_abort_ends_done_when_the_swap_fails_first(c: RegisterConsole) -> None:
    c.ready_vehicle("70-8812")
    c.start(1, c.charged_slots(A, 1))
    c.run_until(lambda: c.value("status.step") is SwapStep.UNLOCK, dt=0.5)
    assert c.command(CommandCode.ABORT_SWAP) == ACCEPTED
    c.model.inject("estop")  # before the step reaches its safe stop
    assert c.value("status.swap_result") is SwapResult.FAILED
    assert c.value("response.command") is CommandCode.ABORT_SWAP
    assert c.value("response.status") is CommandStatus.DONE


def test_abort_ends_done_when_the_swap_completes_first(c: RegisterConsole) -> None:
    c.ready_vehicle("70-8812")
    c.start(1, c.charged_slots(A, 1))
    c.run_until(lambda: c.value("status.step") is SwapStep.RELEASE, dt=0.5)
    assert c.command(CommandCode.ABORT_SWAP) == ACCEPTED
    # The sequence lets a pending abort stop the swap at the end of the running step, so
    # only the swap's own completion path can end it with the abort pending: drive it.
    c.model._complete_swap()
    c.run(0.1)
    assert c.value("status.swap_result") is SwapResult.COMPLETED
    assert c.value("response.status") is CommandStatus.DONE


def test_watchdog_at_idle_flags_a_fault_but_holds_no_state(c: RegisterConsole) -> None:
    c.ready_vehicle("70-8812")
    c.run(3.5, heartbeat=False)
    assert c.state() is StationState.READY  # nothing moves, so nothing is HELD
    flags = c.value("status.flags")
    assert flags & st.StatusFlag.WATCHDOG_HOLD and flags & st.StatusFlag.FAULT
    assert c.value("faults.code_1") is FaultCode.WATCHDOG
    assert c.start(1, c.charged_slots(A, 1)) == rejected(RejectReason.HELD)
    assert c.command(CommandCode.RESET_FAULTS) == DONE
    assert c.value("faults.code_1") is FaultCode.WATCHDOG  # only the heartbeat clears it
    c.run(0.2)
    assert c.value("faults.count") == 0 and c.state() is StationState.READY
    assert c.command(CommandCode.SET_MODE, st.StationMode.MAINTENANCE) == DONE
    c.run(3.5, heartbeat=False)
    assert c.state() is StationState.HELD  # in MAINTENANCE a jog could move: held


def test_a_command_with_sequence_0_is_acknowledged_and_ignored() -> None:
    m = StationModel(seed=1, arrivals=False)
    code = m.rmap["command.code"].address
    before = list(m.executed)
    assert m.write(code, [CommandCode.RESET_FAULTS, 0, 0, 0, 0, 0, 0, 0, 0, 0]) == 0
    assert m.executed == before
    assert m.read(m.rmap["response.sequence"].address, 5) == [0, 0, 0, 0, 0]


def test_a_shuttle_between_stops_reads_0xffff() -> None:
    """The map's "between stops" value, not a slot number one below it."""
    from operator_app.simulator.model import SHUTTLE_PITCH_MM

    m = StationModel(arrivals=False)
    reg = m.rmap["shuttle.location"]
    m.shuttle_pos = SHUTTLE_PITCH_MM * 2.5
    m._touch()
    assert m.read(reg.address, 1) == [0xFFFF]
    m.shuttle_pos = SHUTTLE_PITCH_MM * 3
    m._touch()
    assert m.read(reg.address, 1) == [3]


def test_the_console_starts_its_simulated_station_from_the_seed_each_time() -> None:
    """No state carried between console runs: every start passes the seed (default 0), so
    the station is the same as at the first start."""
    from operator_app.services.simulator_process import SimulatorOptions, simulator_command

    cmd = simulator_command(SimulatorOptions())
    assert cmd[cmd.index("--seed") + 1] == "0"
    assert simulator_command(SimulatorOptions()) == cmd
    assert "--state" not in " ".join(cmd) and "--resume" not in " ".join(cmd)
    a, b = StationModel(seed=0, arrivals=False), StationModel(seed=0, arrivals=False)
    assert [s.pack.code if s.pack else None for s in a.rack] == \
        [s.pack.code if s.pack else None for s in b.rack]
