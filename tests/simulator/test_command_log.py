"""The simulator's command log: the ground truth a console's journal is compared against."""

from __future__ import annotations

import json
import time

import pytest

from operator_app.domain.station import (
    CommandCode,
    CommandStatus,
    FaultCode,
    PackType,
    RejectReason,
    StationMode,
    SwapResult,
    SwapStep,
)
from operator_app.simulator.model import StationModel
from tests.simulator.helpers import RegisterConsole

A = PackType.A_171KWH
ACCEPTED = (CommandStatus.ACCEPTED, RejectReason.NONE, FaultCode.NONE)


@pytest.fixture
def log() -> list[dict]:
    return []


@pytest.fixture
def c(log: list[dict]) -> RegisterConsole:
    return RegisterConsole(StationModel(seed=7, arrivals=False, command_log=log.append))


def brief(log: list[dict]) -> list[tuple]:
    return [(r["seq"], r["code"], r["args"], r["result"], r["reason"]) for r in log]


def test_each_executed_command_is_logged_once_and_a_repeat_never(c: RegisterConsole,
                                                                 log: list[dict]) -> None:
    t0 = time.time()
    c.command(CommandCode.RESET_FAULTS)
    c.command(CommandCode.RESET_FAULTS, seq=1)  # the same sequence number: ignored
    c.command(CommandCode.SET_MODE, 7)
    c.command(CommandCode.CHARGER_ENABLE, 2, 1)
    c.command(99, 1, 2, 3, 4, 5, 6, 7, 8)
    assert brief(log) == [
        (1, "RESET_FAULTS", [], "DONE", None),
        (2, "SET_MODE", [7], "REJECTED", "BAD_ARGUMENT"),
        (3, "CHARGER_ENABLE", [2, 1], "DONE", None),
        (4, 99, [1, 2, 3, 4, 5, 6, 7, 8], "REJECTED", "UNKNOWN_COMMAND"),
    ]
    assert all(t0 <= r["t"] <= time.time() for r in log)
    assert [json.loads(json.dumps(r)) for r in log] == log  # one JSON line each


def test_a_start_is_logged_once_when_it_ends_done(c: RegisterConsole, log: list[dict]) -> None:
    c.ready_vehicle("70-8812")
    [src] = c.charged_slots(A, 1)
    assert c.start(1, [src]) == ACCEPTED
    assert c.command(CommandCode.START_SWAP, 1, src, 0, 0, 0, 0, 0, seq=c.seq) == ACCEPTED
    assert log == []  # not final yet
    c.run_until(lambda: c.value("status.swap_result") is not SwapResult.RUNNING, dt=0.5)
    assert c.value("status.swap_result") is SwapResult.COMPLETED
    assert brief(log) == [(1, "START_SWAP", [1, src, 0, 0, 0, 0, 0], "DONE", None)]
    c.run(60)
    assert len(log) == 1


def test_a_rejected_start_is_logged_with_its_reason(c: RegisterConsole, log: list[dict]) -> None:
    c.start(1, [1])
    assert brief(log) == [(1, "START_SWAP", [1, 1, 0, 0, 0, 0, 0], "REJECTED", "NOT_READY")]


def test_a_failed_swap_and_its_pending_abort(c: RegisterConsole, log: list[dict]) -> None:
    c.ready_vehicle("70-8812")
    c.start(1, c.charged_slots(A, 1))
    c.run_until(lambda: c.value("status.step") is SwapStep.UNLOCK, dt=0.5)
    assert c.command(CommandCode.ABORT_SWAP) == ACCEPTED
    c.model.inject("estop")
    assert [(r["code"], r["result"], r["reason"]) for r in log] == [
        ("START_SWAP", "FAILED", "ESTOP"), ("ABORT_SWAP", "DONE", None)]


def test_an_abort_logs_the_start_failed_aborted(c: RegisterConsole, log: list[dict]) -> None:
    c.ready_vehicle("70-8812")
    c.start(1, c.charged_slots(A, 1))
    c.command(CommandCode.ABORT_SWAP)
    c.run_until(lambda: c.value("status.swap_result") is SwapResult.ABORTED, dt=0.5)
    assert [(r["seq"], r["code"], r["result"], r["reason"]) for r in log] == [
        (1, "START_SWAP", "FAILED", "ABORTED"), (2, "ABORT_SWAP", "DONE", None)]


def test_a_restart_mid_swap_logs_failed_controller_restart(c: RegisterConsole,
                                                           log: list[dict]) -> None:
    c.ready_vehicle("70-8812")
    c.start(1, c.charged_slots(A, 1))
    c.run_until(lambda: c.value("status.step") is SwapStep.REMOVE, dt=0.5)
    c.command(CommandCode.ABORT_SWAP)
    c.model.inject("restart")
    assert [(r["seq"], r["code"], r["result"], r["reason"]) for r in log] == [
        (1, "START_SWAP", "FAILED", "CONTROLLER_RESTART"),
        (2, "ABORT_SWAP", "FAILED", "CONTROLLER_RESTART")]
    c.run(5)
    assert len(log) == 2  # the lost swap never ends a second time


def test_home_axes_is_logged_when_it_ends(c: RegisterConsole, log: list[dict]) -> None:
    c.command(CommandCode.SET_MODE, StationMode.MAINTENANCE)
    assert c.command(CommandCode.HOME_AXES) == ACCEPTED
    assert c.command(CommandCode.HOME_AXES) == ACCEPTED  # again while homing
    assert len(log) == 1
    c.run(5)
    assert brief(log)[1:] == [(2, "HOME_AXES", [], "DONE", None),
                              (3, "HOME_AXES", [], "DONE", None)]


def test_a_long_command_still_running_at_exit(c: RegisterConsole, log: list[dict]) -> None:
    c.ready_vehicle("70-8812")
    c.start(1, c.charged_slots(A, 1))
    c.model.end_command_log()
    c.model.end_command_log()
    assert [(r["code"], r["result"], r["reason"]) for r in log] == [
        ("START_SWAP", "ACCEPTED", "still running at exit")]
