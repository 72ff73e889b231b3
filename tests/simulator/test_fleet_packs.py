"""The fleet's packs: they circulate through one bank, age, and have a BMS that can be wrong."""

from __future__ import annotations

import copy
import random

import pytest

from operator_app.domain import station as st
from operator_app.domain.station import PackType, SwapResult
from operator_app.simulator import bank as B
from operator_app.simulator.fleet import FLEET, RACK_PATTERN
from operator_app.simulator.model import SimulatorError, StationModel
from operator_app.simulator.pack import DAY_S, SimPack
from tests.simulator.helpers import RegisterConsole, slot_value

A = PackType.A_171KWH
ACCEPTED = (st.CommandStatus.ACCEPTED, st.RejectReason.NONE, st.FaultCode.NONE)


def codes(packs) -> list[str]:
    return [p.code for p in packs if p is not None]


def swap_one_block(c: RegisterConsole, src: int) -> str:
    """A mixer (one A block) takes the pack in ``src`` and drives off; returns its code."""
    c.ready_vehicle("70-8812")
    given = c.model.rack[src - 1].pack.code
    assert c.start(1, [src]) == ACCEPTED
    c.run_until(lambda: c.value("status.swap_result") is not SwapResult.RUNNING, dt=0.5,
                limit=3000)
    assert c.value("status.swap_result") is SwapResult.COMPLETED
    c.run_until(lambda: c.model.vehicle is None, dt=0.5, limit=120)
    return given


def bring_back(m: StationModel, code: str) -> SimPack:
    """Days pass (in a jump) and the fleet's mixers come until one brings ``code`` back."""
    [trip] = [a for a in m.pack_bank.away if a.pack.code == code]
    m.sim_time = max(m.sim_time, trip.due_at + 3600.0)
    for _ in range(len(m.pack_bank.packs)):
        v = m.vehicle_arrive("70-8812", ok=True)
        if code in codes(v.packs):
            return next(p for p in v.packs if p is not None and p.code == code)
        m.vehicle_leave()
    raise AssertionError(f"{code} never came back")


# --- the bank ---------------------------------------------------------------------------


def test_the_bank_holds_the_rack_and_a_few_times_it_on_the_road() -> None:
    m = StationModel(seed=3, arrivals=False)
    bank = m.pack_bank
    rack = [s.pack for s in m.rack]
    assert all(p in bank.packs for p in rack if p is not None)  # the rack is part of it
    for ptype in {v.pack_type for v in FLEET}:
        in_rack = sum(1 for t in RACK_PATTERN if t is ptype)
        total = sum(1 for p in bank.packs if p.type is ptype)
        assert total == max(3 * in_rack, in_rack + 2 * max(
            v.blocks for v in FLEET if v.pack_type is ptype))
    assert len(bank.packs) == len({p.code for p in bank.packs})  # every code once
    assert len(bank.away) == len(bank.packs) - sum(1 for p in rack if p is not None)


def test_a_pack_leaves_with_its_vehicle_and_the_same_code_comes_back_later_depleted() -> None:
    c = RegisterConsole(StationModel(seed=7, arrivals=False))
    m = c.model
    src = c.charged_slots(A, 1)[0]
    given = swap_one_block(c, src)
    [trip] = [a for a in m.pack_bank.away if a.pack.code == given]
    left = trip.left_at
    assert DAY_S <= trip.due_at - left <= 3 * DAY_S  # days on the road
    soh_when_it_left = trip.pack.true_soh
    # vehicles that come soon bring packs that are back from the road, never that one
    for _ in range(4):
        v = m.vehicle_arrive("70-8812", ok=True)
        assert given not in codes(v.packs)
        assert all(8.0 <= p.soc <= 35.0 for p in v.packs)
        m.vehicle_leave()
    # days later it is back: the fleet's vehicles bring it in again, depleted
    back = bring_back(m, given)
    assert back is trip.pack  # the same pack, not a new one with the same code
    assert m.sim_time - left >= DAY_S
    assert 8.0 <= back.soc <= 35.0
    assert back.true_soh < soh_when_it_left  # it aged on the road


def test_random_vehicles_come_only_when_the_fleet_has_packs_back() -> None:
    m = StationModel(seed=4, arrivals=True, time_scale=10)
    for a in m.pack_bank.away:
        a.due_at = 10 * DAY_S  # every pack on the road for days
    c = RegisterConsole(m)
    c.run(60.0)  # 600 s of station time: arrivals are due every 0.5-2 min
    assert m.vehicle is None
    for a in m.pack_bank.away:
        a.due_at = 0.0
    c.run_until(lambda: m.vehicle is not None, limit=60.0)


def test_a_trainers_vehicle_comes_even_when_the_fleet_has_no_pack_on_the_road() -> None:
    m = StationModel(seed=4, arrivals=False)
    before = len(m.pack_bank.packs)
    b_away = [a for a in m.pack_bank.away if a.pack.type is PackType.B_280KWH]
    for a in b_away:
        m.pack_bank.away.remove(a)  # e.g. all in the rack by now
    v = m.vehicle_arrive("WXV 5512", ok=True)  # a bus, one B pack
    assert len(v.packs) == 1 and v.packs[0] in m.pack_bank.packs
    assert len(m.pack_bank.packs) == before + 1  # the fleet put a new pack into service


def test_the_bank_is_seeded() -> None:
    a, b = StationModel(seed=11), StationModel(seed=11)
    assert [p.code for p in a.pack_bank.packs] == [p.code for p in b.pack_bank.packs]
    assert [p.true_soh for p in a.pack_bank.packs] == [p.true_soh for p in b.pack_bank.packs]


# --- ageing and the BMS's SoH ------------------------------------------------------------


@pytest.fixture
def pack() -> SimPack:
    return SimPack.new(random.Random(1), A, soc=20.0)


def test_true_soh_falls_with_cycles_and_faster_when_hot(pack: SimPack) -> None:
    rested, cycled, hot = (copy.deepcopy(pack) for _ in range(3))
    charge = 100 * pack.rated_ah  # a hundred equivalent full cycles
    rested.age(30 * DAY_S, temperature=25.0)
    cycled.age(30 * DAY_S, charge_ah=charge, temperature=25.0)
    hot.age(30 * DAY_S, charge_ah=charge, temperature=45.0)
    assert pack.true_soh > rested.true_soh > cycled.true_soh > hot.true_soh
    assert cycled.cycles == pytest.approx(pack.cycles + 100)
    cool_fade = pack.true_soh - cycled.true_soh
    assert 0.3 < cool_fade < 1.0  # LFP: about 0.004 points a cycle, 2 points a year
    assert pack.true_soh - hot.true_soh == pytest.approx(2 * cool_fade)  # 10 °C: twice
    warm = copy.deepcopy(pack)
    warm.age(30 * DAY_S, charge_ah=charge, temperature=35.0)
    assert warm.true_soh == pytest.approx(cycled.true_soh)  # up to 35 °C no faster
    assert pack.true_capacity_ah == pytest.approx(pack.rated_ah * pack.true_soh / 100)


def test_a_charge_ages_the_pack_by_its_cycle(pack: SimPack) -> None:
    from operator_app.simulator.pack import SimCharger

    charger, soh0, cycles0 = SimCharger(), pack.true_soh, pack.cycles
    while charger.state is not st.ChargerState.COMPLETE:
        charger.advance(pack, 2.0, allowed=True)
    assert pack.true_soh < soh0
    assert pack.cycles - cycles0 == pytest.approx(charger.meter_ah / pack.rated_ah)


def test_the_bms_reports_soh_within_1_5_points_of_the_truth() -> None:
    for seed in range(5):
        m = StationModel(seed=seed, arrivals=False)
        c = RegisterConsole(m)
        for p in m.pack_bank.packs:
            assert abs(p.soh - p.true_soh) <= 1.5, p.code
        errors = {round(p.soh - p.true_soh, 3) for p in m.pack_bank.packs}
        assert len(errors) > 1  # each BMS has its own error
        for n, slot in enumerate(m.rack, start=1):
            if slot.pack is not None:
                assert abs(slot_value(c, n, "soh") - slot.pack.true_soh) <= 1.5 + 0.05


def test_bms_drift_reports_soh_points_above_the_truth_for_the_packs_life() -> None:
    c = RegisterConsole(StationModel(seed=7, arrivals=False))
    m = c.model
    first = next(i + 1 for i, s in enumerate(m.rack) if s.pack is not None)
    for s in m.rack:
        if s.pack is not None:
            s.pack.true_soh = 85.0  # room above for the drift (the BMS stops at 100 %)
    m.inject(f"bms_drift:{first}")  # 8 points
    c.run(0.2)
    assert slot_value(c, first, "soh") == pytest.approx(85.0 + 8.0, abs=0.05)
    m.inject("bms_drift:3:5")
    c.run(0.2)
    assert slot_value(c, 3, "soh") == pytest.approx(90.0, abs=0.05)
    assert abs(slot_value(c, 2, "soh") - 85.0) <= 1.55  # the others as they were
    drifting = m.rack[first - 1].pack
    m.clear_injected()  # the drift is the pack's, not a trainer's switch
    assert drifting.soh == pytest.approx(93.0)
    # it travels with the pack: swapped out, away for days, back, still 8 points high
    given = swap_one_block(c, first)
    assert given == drifting.code
    back = bring_back(m, given)
    assert back is drifting and back.true_soh < 85.0  # days older
    assert back.soh == pytest.approx(back.true_soh + 8.0)
    c.run_until(lambda: c.value("bay.vehicle_present") == 1, limit=5)
    assert c.value("bay.blocks_detected") == 1


def test_bms_drift_refuses_what_it_cannot_do() -> None:
    m = StationModel(seed=7, arrivals=False)
    empty = next(i + 1 for i, s in enumerate(m.rack) if s.pack is None)
    with pytest.raises(SimulatorError, match="empty"):
        m.inject(f"bms_drift:{empty}")
    with pytest.raises(SimulatorError, match="expected a number"):
        m.inject("bms_drift:1:lots")
    with pytest.raises(SimulatorError, match="slot must be"):
        m.inject("bms_drift:99")


def test_bms_drift_without_a_slot_goes_to_the_next_vehicles_pack() -> None:
    m = StationModel(seed=7, arrivals=False)
    rack_before = [s.pack.bms_drift if s.pack else None for s in m.rack]
    m.inject("bms_drift::6")
    assert [s.pack.bms_drift if s.pack else None for s in m.rack] == rack_before
    arrived = m.vehicle_arrive("70-8812", ok=True)
    packs = [p for p in arrived.packs if p is not None]
    assert packs and packs[0].bms_drift == 6.0 and packs[0].soc < 40  # deep to charge
    assert m.pack_bank.drift_next is None  # only the next one


def test_bms_drift_is_listed_with_the_faults() -> None:
    from operator_app.simulator.model import FAULTS

    assert "bms_drift[:SLOT[:POINTS]]" in FAULTS
    assert B.AWAY_S[0] >= DAY_S  # packs are away for days
