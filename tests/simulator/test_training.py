"""The trainer's channel: commands in words, answers in words, on the real child process."""

from __future__ import annotations

import pytest

from operator_app.domain.supervisor import Phase, Transaction, progress
from operator_app.services.simulator_process import SimulatorProcess, SimulatorStartError
from operator_app.simulator.model import StationModel
from operator_app.simulator.training import apply_training_command


def test_commands_on_the_model() -> None:
    m = StationModel(arrivals=False)
    assert apply_training_command(m, "leave") == "ERR the bay is empty"
    assert apply_training_command(m, "arrive 70-8812 ok").startswith("OK 70-8812")
    assert m.vehicle is not None and m.vehicle.spec.plate == "70-8812"
    assert "already in the bay" in apply_training_command(m, "arrive")
    assert apply_training_command(m, "leave").startswith("OK")
    assert "no vehicle with plate 'NOPE'" in apply_training_command(m, "arrive NOPE")
    assert apply_training_command(m, "fault charger_fault:3") == "OK injected charger_fault:3"
    assert "unknown fault 'melt'" in apply_training_command(m, "fault melt")
    assert "fault wants one name" in apply_training_command(m, "fault")
    assert apply_training_command(m, "") .startswith("ERR empty command")
    assert "unknown command 'dance'" in apply_training_command(m, "dance")
    assert "70-8812" in apply_training_command(m, "fleet")


def test_commands_through_the_child_process() -> None:
    proc = SimulatorProcess()
    proc.start()
    try:
        assert proc.send("arrive RIO2E19 fail").startswith("OK RIO2E19")
        assert proc.send("fault estop") == "OK injected estop"
        assert proc.send("cabinet-reset").startswith("OK E-stop circuit reset")
        assert proc.send("").startswith("ERR")
    finally:
        proc.stop()
    with pytest.raises(SimulatorStartError, match="not running"):
        proc.send("fleet")


def test_progress_estimate() -> None:
    from operator_app.domain import station as st
    from operator_app.domain.supervisor import StepView
    from operator_app.domain.vehicles import Vehicle

    v = Vehicle("70-8812", "f", "m", st.PackType.A_171KWH, 1)
    tx = Transaction(vehicle=v, phase=Phase.RUNNING)
    assert progress(Transaction()) is None
    tx.steps = [StepView(st.SwapStep.PREPARATION, 0, 15.0, 15.0)]
    share, left = progress(tx)
    total = sum(st.expected_time(s) for s, _ in st.swap_sequence(1))
    assert left == pytest.approx(total - 15.0) and share == pytest.approx(15.0 / total)
    tx.phase = Phase.COMPLETED
    assert progress(tx) == (1.0, 0.0)


def test_the_bay_button_starts_a_swap_of_the_controllers_own() -> None:
    m = StationModel(arrivals=False, seed=0, time_scale=20)
    assert "not ready" in apply_training_command(m, "bay-button")
    # a mixer (one A block): seed 0's rack has an A pack at 99 % (its C pack is at 62 %)
    apply_training_command(m, "arrive 70-8812 ok")
    for _ in range(600):  # the vehicle drives in and is positioned
        m.advance(0.1)
        if m.state.name == "READY":
            break
    assert m.state.name == "READY"
    assert apply_training_command(m, "bay-button").startswith("OK the bay's start button")
    assert m.swap is not None and m.swap_sequence == 0  # no console command behind it
    assert "a swap is running" in apply_training_command(m, "bay-button")
