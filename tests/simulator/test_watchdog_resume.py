"""Protocol 3.0: a watchdog hold never ends by itself while motion was stopped; RESUME ends it.

Resuming motion after a communication loss without a deliberate action would be an
unexpected start-up (IEC 60204-1, ISO 14118). Also the simulator fixes of 3.0: homing
stops on an E-stop, a disabled charger's slot is no source, a faulted charger can be
taken out of service, and the ``cable_pull`` training fault.
"""

from __future__ import annotations

import pytest

from operator_app.domain import station as st
from operator_app.domain.station import (
    ChargerState,
    CommandCode,
    CommandStatus,
    FaultCode,
    PackType,
    RejectReason,
    StationMode,
    StationState,
    StatusFlag,
    SwapResult,
    SwapStep,
)
from operator_app.link import rtu
from operator_app.simulator.model import SimulatorError, StationModel
from operator_app.simulator.server import RtuServer
from operator_app.simulator.training import apply_training_command
from tests.simulator.helpers import RegisterConsole, slot_value

A = PackType.A_171KWH
ACCEPTED = (CommandStatus.ACCEPTED, RejectReason.NONE, FaultCode.NONE)
DONE = (CommandStatus.DONE, RejectReason.NONE, FaultCode.NONE)


def rejected(reason: RejectReason) -> tuple:
    return (CommandStatus.REJECTED, reason, FaultCode.NONE)


@pytest.fixture
def log() -> list[dict]:
    return []


@pytest.fixture
def c(log: list[dict]) -> RegisterConsole:
    return RegisterConsole(StationModel(seed=7, arrivals=False, command_log=log.append))


def swap_at(c: RegisterConsole, step: SwapStep) -> None:
    c.ready_vehicle("70-8812")  # a mixer, one A block
    assert c.start(1, c.charged_slots(A, 1)) == ACCEPTED
    c.run_until(lambda: c.value("status.step") is step, dt=0.5)
    c.run(3)  # into the step: the lift is moving


def hold_and_come_back(c: RegisterConsole) -> tuple:
    """Stop the console heartbeat past the watchdog time, then beat again; (step, elapsed)."""
    c.run(0.5)  # seen beating first (before that no hold applies)
    c.run(3.5, heartbeat=False)
    assert c.state() is StationState.HELD
    frozen = (c.value("status.step"), c.value("status.step_elapsed"))
    c.run(2)  # the heartbeat is back
    return frozen


def faults(c: RegisterConsole) -> list:
    return [c.value(f"faults.code_{i}") for i in range(1, c.value("faults.count") + 1)]


# --- the latched hold -------------------------------------------------------------------------


def test_a_hold_during_a_swap_latches_until_resume_then_the_swap_completes(
        c: RegisterConsole, log: list[dict]) -> None:
    swap_at(c, SwapStep.REMOVE)
    frozen = hold_and_come_back(c)
    assert c.model.hold_latched and not c.model.hold_live
    c.run(10)  # however long the heartbeat runs again, nothing moves by itself
    assert c.state() is StationState.HELD
    assert c.value("status.flags") & StatusFlag.WATCHDOG_HOLD
    assert c.value("status.flags") & StatusFlag.FAULT
    assert FaultCode.WATCHDOG in faults(c)
    assert (c.value("status.step"), c.value("status.step_elapsed")) == frozen
    assert c.value("lift.motion") == 0 and c.value("shuttle.motion") == 0
    assert c.value("status.swap_result") is SwapResult.RUNNING

    # every command but ABORT_SWAP, RESET_FAULTS and RESUME is held back
    assert c.start(1, c.charged_slots(A, 1)) == rejected(RejectReason.HELD)
    assert c.command(CommandCode.SET_MODE, StationMode.MAINTENANCE) == rejected(
        RejectReason.HELD)
    assert c.command(CommandCode.CHARGER_ENABLE, 2, 0) == rejected(RejectReason.HELD)
    assert c.command(CommandCode.RETRY_POSITIONING) == rejected(RejectReason.HELD)
    assert c.command(CommandCode.HOME_AXES) == rejected(RejectReason.HELD)
    # RESET_FAULTS clears faults, never the latched hold
    assert c.command(CommandCode.RESET_FAULTS) == DONE
    c.run(1)
    assert c.state() is StationState.HELD and FaultCode.WATCHDOG in faults(c)
    assert (c.value("status.step"), c.value("status.step_elapsed")) == frozen

    assert c.command(CommandCode.RESUME) == DONE  # the operator confirmed the bay is clear
    assert not c.value("status.flags") & StatusFlag.WATCHDOG_HOLD
    assert FaultCode.WATCHDOG not in faults(c)
    c.run(1)
    assert c.state() is StationState.SWAPPING
    assert c.value("status.step") is frozen[0]
    assert c.value("status.step_elapsed") > frozen[1]  # continues where it stopped
    c.run_until(lambda: c.value("status.swap_result") is not SwapResult.RUNNING, dt=0.5)
    assert c.value("status.swap_result") is SwapResult.COMPLETED
    assert c.state() is StationState.COMPLETE
    assert [(r["code"], r["result"], r["reason"]) for r in log
            if r["code"] in ("RESUME", "START_SWAP")] == [
        ("START_SWAP", "REJECTED", "HELD"), ("RESUME", "DONE", None),
        ("START_SWAP", "DONE", None)]


def test_resume_while_the_heartbeat_is_still_absent_is_held(c: RegisterConsole) -> None:
    swap_at(c, SwapStep.UNLOCK)
    c.run(3.5, heartbeat=False)
    assert c.command(CommandCode.RESUME) == rejected(RejectReason.HELD)  # no beat written
    c.run(5, heartbeat=False)
    assert c.state() is StationState.HELD
    assert c.command(CommandCode.RESUME) == rejected(RejectReason.HELD)
    c.run(0.2)
    assert c.command(CommandCode.RESUME) == DONE


def test_resume_with_no_hold_is_not_held(c: RegisterConsole) -> None:
    assert c.command(CommandCode.RESUME) == rejected(RejectReason.NOT_HELD)
    swap_at(c, SwapStep.PREPARATION)
    assert c.command(CommandCode.RESUME) == rejected(RejectReason.NOT_HELD)  # swap runs
    assert c.state() is StationState.SWAPPING


def test_resume_with_the_estop_latched_is_estop_latched(c: RegisterConsole) -> None:
    assert c.command(CommandCode.SET_MODE, StationMode.MAINTENANCE) == DONE
    hold_and_come_back(c)
    c.model.press_estop()
    assert c.command(CommandCode.RESUME) == rejected(RejectReason.ESTOP_LATCHED)
    c.model.physical_reset()
    assert c.command(CommandCode.RESET_FAULTS) == DONE
    assert c.state() is StationState.HELD  # the E-stop's reset is no RESUME
    assert c.command(CommandCode.RESUME) == DONE
    assert c.state() is StationState.MAINTENANCE


def test_a_hold_in_maintenance_latches_and_stops_jog(c: RegisterConsole) -> None:
    m = c.model
    assert c.command(CommandCode.SET_MODE, StationMode.MAINTENANCE) == DONE
    hold_and_come_back(c)
    assert c.state() is StationState.HELD
    assert c.command(CommandCode.SET_MODE, StationMode.AUTOMATIC) == rejected(
        RejectReason.HELD)
    jog = m.rmap["jog.axis"].address
    for k in range(10):  # the button is held: the keep-alive changes, yet nothing moves
        assert m.write(jog, [st.LiftAxis.LIFT, 1, k + 2]) == 0
        c.run(0.1)
    assert c.value("lift.height") == 0
    assert c.command(CommandCode.RESUME) == DONE
    assert c.state() is StationState.MAINTENANCE
    for k in range(10):
        assert m.write(jog, [st.LiftAxis.LIFT, 1, k + 20]) == 0
        c.run(0.1)
    assert c.value("lift.height") > 0


# --- abort during a hold ----------------------------------------------------------------------


def test_abort_during_a_latched_hold_ends_the_swap_at_once(c: RegisterConsole,
                                                           log: list[dict]) -> None:
    swap_at(c, SwapStep.REMOVE)
    hold_and_come_back(c)
    assert c.command(CommandCode.ABORT_SWAP) == ACCEPTED
    c.run(0.1)  # the next controller cycle: motion already stands still
    assert c.value("status.swap_result") is SwapResult.ABORTED
    assert c.value("status.swap_fault") is FaultCode.ABORTED
    assert (c.value("response.command"), c.value("response.status")) == (
        CommandCode.ABORT_SWAP, CommandStatus.DONE)
    assert not c.model.held
    assert not c.value("status.flags") & StatusFlag.WATCHDOG_HOLD
    assert faults(c) == [FaultCode.ABORTED]  # mid-sequence: a person resets after checking
    assert c.state() is StationState.FAULT
    assert c.command(CommandCode.RESUME) == rejected(RejectReason.NOT_HELD)
    assert [(r["code"], r["result"], r["reason"]) for r in log][-3:] == [
        ("START_SWAP", "FAILED", "ABORTED"), ("ABORT_SWAP", "DONE", None),
        ("RESUME", "REJECTED", "NOT_HELD")]
    assert c.command(CommandCode.RESET_FAULTS) == DONE
    assert c.state() is StationState.READY


def test_abort_during_a_live_hold_in_preparation_leaves_the_vehicle_ready(
        c: RegisterConsole) -> None:
    c.ready_vehicle("70-8812")
    assert c.start(1, c.charged_slots(A, 1)) == ACCEPTED
    c.run(1)
    c.run(3.5, heartbeat=False)
    assert c.value("status.step") is SwapStep.PREPARATION
    assert c.state() is StationState.HELD
    assert c.command(CommandCode.ABORT_SWAP) == ACCEPTED  # the heartbeat is still absent
    c.run(0.1, heartbeat=False)
    assert c.value("status.swap_result") is SwapResult.ABORTED
    assert c.value("response.status") is CommandStatus.DONE
    assert not c.model.hold_latched
    assert c.state() is StationState.READY  # at idle a live hold holds no state
    c.run(0.2)  # the heartbeat is back: nothing is left to resume
    assert not c.model.held and c.value("faults.count") == 0
    assert c.state() is StationState.READY


def test_an_abort_pending_when_the_hold_begins_ends_the_swap_then(c: RegisterConsole) -> None:
    swap_at(c, SwapStep.REMOVE)
    assert c.command(CommandCode.ABORT_SWAP) == ACCEPTED
    assert c.value("status.swap_result") is SwapResult.RUNNING  # waits for the step's end
    c.run(3.5, heartbeat=False)
    assert c.value("status.swap_result") is SwapResult.ABORTED
    assert c.value("response.status") is CommandStatus.DONE
    c.run(0.2)
    assert not c.model.held


# --- what stays as it was ---------------------------------------------------------------------


def test_at_idle_the_hold_does_not_latch(c: RegisterConsole) -> None:
    c.ready_vehicle("70-8812")
    c.run(3.5, heartbeat=False)
    assert c.state() is StationState.READY
    assert c.value("faults.code_1") is FaultCode.WATCHDOG
    assert not c.model.hold_latched
    c.run(0.2)  # the heartbeat is back: the fault goes, no RESUME needed
    assert c.value("faults.count") == 0
    assert not c.value("status.flags") & StatusFlag.WATCHDOG_HOLD
    assert c.command(CommandCode.RESUME) == rejected(RejectReason.NOT_HELD)
    assert c.start(1, c.charged_slots(A, 1)) == ACCEPTED


def test_a_restart_forgets_a_latched_hold(c: RegisterConsole) -> None:
    swap_at(c, SwapStep.REMOVE)
    hold_and_come_back(c)
    c.model.restart()
    assert not c.model.held
    assert not c.value("status.flags") & StatusFlag.WATCHDOG_HOLD
    c.run(3)
    assert c.state() is StationState.FAULT  # the interrupted swap, not a hold
    assert c.value("faults.code_1") is FaultCode.CONTROLLER_RESTART
    assert c.command(CommandCode.RESUME) == rejected(RejectReason.NOT_HELD)


def test_a_swap_ended_by_the_estop_during_a_hold_leaves_no_hold(c: RegisterConsole) -> None:
    swap_at(c, SwapStep.REMOVE)
    hold_and_come_back(c)
    c.model.press_estop()
    assert c.value("status.swap_fault") is FaultCode.ESTOP
    c.model.physical_reset()
    assert c.command(CommandCode.RESET_FAULTS) == DONE
    assert not c.model.held
    assert c.state() is StationState.READY


# --- simulator fixes --------------------------------------------------------------------------


def test_homing_ends_done(c: RegisterConsole) -> None:
    assert c.command(CommandCode.SET_MODE, StationMode.MAINTENANCE) == DONE
    assert c.command(CommandCode.HOME_AXES) == ACCEPTED
    c.run(5)
    assert c.value("response.status") is CommandStatus.DONE


def test_homing_stops_on_the_estop(c: RegisterConsole, log: list[dict]) -> None:
    assert c.command(CommandCode.SET_MODE, StationMode.MAINTENANCE) == DONE
    assert c.command(CommandCode.HOME_AXES) == ACCEPTED
    c.run(1)
    c.model.inject("estop")
    assert (c.value("response.command"), c.value("response.status"),
            c.value("response.fault")) == (CommandCode.HOME_AXES, CommandStatus.FAILED,
                                           FaultCode.ESTOP)
    assert c.model.homing_left == 0
    c.run(5)
    assert c.value("response.status") is CommandStatus.FAILED  # never DONE afterwards
    assert log[-1]["code"] == "HOME_AXES"
    assert (log[-1]["result"], log[-1]["reason"]) == ("FAILED", "ESTOP")


def test_start_from_a_slot_whose_charger_is_disabled_is_pack_not_available(
        c: RegisterConsole) -> None:
    c.ready_vehicle("70-8812")
    [src] = c.charged_slots(A, 1)
    assert c.command(CommandCode.CHARGER_ENABLE, src, 0) == DONE
    assert slot_value(c, src, "state") is st.SlotState.DISABLED
    assert slot_value(c, src, "charger_state") is ChargerState.DISABLED
    assert c.start(1, [src]) == rejected(RejectReason.PACK_NOT_AVAILABLE)
    assert c.command(CommandCode.CHARGER_ENABLE, src, 1) == DONE
    assert c.start(1, [src]) == ACCEPTED


def test_disabling_a_faulted_charger_takes_it_out_of_service(c: RegisterConsole) -> None:
    c.ready_vehicle("70-8812")
    a_slots = c.charged_slots(A, 2)
    faulty, other = a_slots
    c.model.inject(f"charger_fault:{faulty}")
    c.run(1)
    assert FaultCode.CHARGER_FAULT in faults(c)
    assert c.start(1, [other]) == rejected(RejectReason.FAULT_ACTIVE)
    assert c.command(CommandCode.CHARGER_ENABLE, faulty, 0) == DONE
    # at once, not only from the next cycle
    assert slot_value(c, faulty, "charger_state") is ChargerState.DISABLED
    assert slot_value(c, faulty, "state") is st.SlotState.DISABLED
    assert FaultCode.CHARGER_FAULT not in c.model.active_faults()
    c.run(2)
    assert c.value("faults.count") == 0
    assert slot_value(c, faulty, "state") is st.SlotState.DISABLED
    assert c.command(CommandCode.CHARGER_ENABLE, faulty, 1) == DONE
    assert slot_value(c, faulty, "charger_state") is ChargerState.IDLE
    c.run(2)
    assert slot_value(c, faulty, "charger_state") is not ChargerState.FAULT  # fault cleared
    assert c.value("faults.count") == 0
    assert c.start(1, [other]) == ACCEPTED


# --- cable_pull -------------------------------------------------------------------------------


HEARTBEAT = 101


def test_a_pulled_cable_answers_nothing_and_applies_no_write() -> None:
    model = StationModel(seed=1, arrivals=False)
    server = RtuServer(model)
    identity = server.handle(rtu.read_request(1, 0, 2))
    assert identity is not None
    model.inject("cable_pull:3")
    assert server.handle(rtu.read_request(1, 0, 2)) is None
    assert server.handle(rtu.write_single_request(1, HEARTBEAT, 42)) is None
    assert model.console_hb == 0 and not model.console_seen  # the write never arrived
    command = [CommandCode.RESET_FAULTS, 5, 0, 0, 0, 0, 0, 0, 0, 0]
    assert server.handle(rtu.write_multiple_request(1, 124, command)) is None
    assert model.last_seq == 0
    model.advance(2.9)
    assert server.handle(rtu.read_request(1, 0, 2)) is None
    model.advance(0.2)  # the cable is back
    assert server.handle(rtu.read_request(1, 0, 2)) == identity
    assert server.handle(rtu.write_single_request(1, HEARTBEAT, 42)) is not None
    assert model.console_hb == 42


def test_cable_pull_defaults_to_six_seconds_and_never_shortens_a_restart() -> None:
    model = StationModel(seed=1, arrivals=False)
    model.inject("cable_pull")
    assert model.comm.silent_until_real == pytest.approx(model.real_time + 6)
    model.inject("cable_pull:1")
    assert model.comm.silent_until_real == pytest.approx(model.real_time + 6)
    with pytest.raises(SimulatorError, match="above 0"):
        model.inject("cable_pull:0")
    assert apply_training_command(model, "fault cable_pull:4") == "OK injected cable_pull:4"


def test_a_pulled_cable_during_a_swap_holds_it_and_the_hold_waits_for_resume() -> None:
    model = StationModel(seed=7, arrivals=False)
    server = RtuServer(model)
    c = RegisterConsole(model)
    c.ready_vehicle("70-8812")
    assert c.start(1, c.charged_slots(A, 1)) == ACCEPTED
    beat = 1000

    def poll_through_the_cable(seconds: float) -> None:
        nonlocal beat
        for _ in range(round(seconds / 0.1)):  # the console keeps polling, as it does
            beat += 1
            server.handle(rtu.write_single_request(1, HEARTBEAT, beat))
            model.advance(0.1)

    poll_through_the_cable(2)
    assert model.state is StationState.SWAPPING
    model.inject("cable_pull:5")
    poll_through_the_cable(4)  # the beats are lost on the way
    assert model.state is StationState.HELD
    poll_through_the_cable(3)  # the cable is back and the beats arrive
    assert model.hold_live is False and model.state is StationState.HELD
    resume = [CommandCode.RESUME, 9, 0, 0, 0, 0, 0, 0, 0, 0]
    assert server.handle(rtu.write_multiple_request(1, 124, resume)) is not None
    assert model.response[:2] == (9, CommandStatus.DONE)
    poll_through_the_cable(0.5)
    assert model.state is StationState.SWAPPING
