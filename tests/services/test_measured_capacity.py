"""The console's own capacity measurement against the simulator's truth, through the whole
stack (the simulated controller on a pty, the link, the recorder, the journal): a depleted pack
swapped in and charged deep is measured within 2 % of its true capacity, and a pack whose BMS
overstates its SoH is flagged after that one good session, no other pack."""

from __future__ import annotations

import json

import pytest

from operator_app.domain.supervisor import Phase


def test_a_deep_charge_measures_the_true_capacity_and_catches_a_drifting_bms(
        qtbot, stack) -> None:
    s = stack(time_scale=600, seed=3)
    s.sim.do(s.sim.model.inject, "bms_drift")  # the next vehicle's pack: 8 points high
    s.start_swap("70-8812")
    qtbot.waitUntil(lambda: s.swaps.tx.phase is Phase.COMPLETED, timeout=30000)
    drifting = next(p for p in s.sim.model.pack_bank.packs if p.bms_drift)
    good = ("SELECT pack_code, capacity_ah FROM charging_sessions WHERE capacity_ah IS NOT "
            "NULL")
    qtbot.waitUntil(lambda: drifting.code in [r[0] for r in s.rows(good)], timeout=60000)
    qtbot.wait(300)  # the pack's record after it
    truth = {p.code: p.true_capacity_ah for p in s.sim.model.pack_bank.packs}
    packs = s.rows("SELECT code, measured_capacity_ah, flags FROM packs WHERE "
                   "measured_capacity_ah IS NOT NULL")
    assert drifting.code in [p[0] for p in packs]
    for code, measured, flags in packs:
        assert measured == pytest.approx(truth[code], rel=0.02), code
        assert (json.loads(flags) == ["BMS_SOH_DISAGREES"]) == (code == drifting.code), code
    alarm = s.alarms.manager.alarms[("BMS_SOH_DISAGREES", f"pack {drifting.code}")]
    assert alarm.condition and alarm.annunciated


def test_every_pack_charged_deep_over_hours_is_measured_within_2_percent(qtbot, stack) -> None:
    """Hours of the simulated station (vehicles arriving with the bank's packs, swaps as the
    self-test runs them, charging): every pack the console measured is within 2 % of the
    simulator's true capacity, aged and new alike, and no honest BMS is flagged."""
    from PySide6.QtCore import QTimer

    from operator_app.domain import station as st
    from operator_app.domain.supervisor import ENDED
    from operator_app.domain.vehicles import IdMethod

    s = stack(time_scale=600, seed=11, arrivals=True)
    done: list[Phase] = []

    def drive() -> None:
        snap, tx = s.link.last_snapshot, s.swaps.tx
        if snap is None:
            return
        if tx.phase in ENDED:
            done.append(tx.phase)
            s.swaps.supervisor.cancel()
        elif tx.phase is Phase.IDLE and snap.status.state is st.StationState.READY \
                and snap.bay.plate:
            s.swaps.identify(snap.bay.plate, IdMethod.CAMERA)
        elif tx.phase in (Phase.IDENTIFIED, Phase.PLANNED) and \
                snap.status.state is st.StationState.READY:
            s.swaps.plan()
            s.swaps.confirm("ana")

    timer = QTimer()
    timer.timeout.connect(drive)
    timer.start(50)
    measured = "SELECT count(*) FROM packs WHERE measured_capacity_ah IS NOT NULL"
    try:
        qtbot.waitUntil(lambda: s.rows(measured)[0][0] >= 8, timeout=120000)
    finally:
        timer.stop()
    qtbot.wait(300)
    assert Phase.COMPLETED in done and all(p is Phase.COMPLETED for p in done), done
    truth = {p.code: p.true_capacity_ah for p in s.sim.model.pack_bank.packs}
    packs = s.rows("SELECT code, measured_capacity_ah, measured_sessions, flags FROM packs "
                   "WHERE measured_capacity_ah IS NOT NULL")
    spread = {round(truth[c] / 10) for c, *_ in packs}
    assert len(spread) >= 3  # packs of more than one size and age
    for code, got, sessions, flags in packs:
        assert got == pytest.approx(truth[code], rel=0.02), code
        assert sessions >= 1 and json.loads(flags) == [], code
