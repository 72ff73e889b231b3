"""CC-CV charging as a real charger does it, and the charger meters the console measures with."""

from __future__ import annotations

import random
from dataclasses import dataclass
from itertools import pairwise

import pytest

from operator_app.domain import station as st
from operator_app.domain.station import ChargerState, PackType, SwapResult
from operator_app.simulator.model import StationModel
from operator_app.simulator.pack import (
    C_RATE_MAX,
    CHARGE_CELL_V,
    END_C_RATE,
    SimCharger,
    SimPack,
    derating,
)
from tests.simulator.helpers import RegisterConsole, slot_value

A, B, C = PackType.A_171KWH, PackType.B_280KWH, PackType.C_100KWH
ACCEPTED = (st.CommandStatus.ACCEPTED, st.RejectReason.NONE, st.FaultCode.NONE)


@dataclass
class Tick:
    t: float
    state: ChargerState
    current: float
    vmax: float
    soc: float


def charge(pack: SimPack, charger: SimCharger | None = None, dt: float = 1.0,
           limit_s: float = 12 * 3600) -> tuple[SimCharger, list[Tick]]:
    charger = charger or SimCharger()
    ticks: list[Tick] = []
    t = 0.0
    while charger.state is not ChargerState.COMPLETE:
        assert t < limit_s, "the charge never ended"
        charger.advance(pack, dt, allowed=True)
        t += dt
        ticks.append(Tick(t, charger.state, pack.current, pack.cell_extremes()[1], pack.soc))
    return charger, ticks


@pytest.mark.parametrize("ptype", [A, B, C])
def test_constant_current_until_the_highest_cell_is_at_3_60_then_a_taper_to_c20(
        ptype: PackType) -> None:
    pack = SimPack.new(random.Random(int(ptype)), ptype, soc=20.0)
    _, ticks = charge(pack)
    cc = [k for k in ticks if k.state is ChargerState.CONSTANT_CURRENT]
    cv = [k for k in ticks if k.state is ChargerState.CONSTANT_VOLTAGE]
    assert cc and cv and ticks.index(cv[0]) == ticks.index(cc[-1]) + 1  # CC, then CV
    # CC: one current (0.5C, or the charger's 120 kW for the large pack), cells below 3.60 V
    currents = [k.current for k in cc]
    assert max(currents) <= C_RATE_MAX * pack.rated_ah + 1e-9
    assert max(currents) - min(currents) < 0.1 * max(currents)
    if ptype is not B:
        assert max(currents) - min(currents) < 1e-6  # truly constant: 0.5C
    assert all(k.vmax < CHARGE_CELL_V for k in cc[:-1])
    assert cc[-1].vmax == pytest.approx(CHARGE_CELL_V, abs=0.01)
    assert 88.0 < cv[0].soc < 96.0  # LFP at 0.5C: CV for the last few percent
    # CV: the highest cell held at 3.60 V, the current falling to C/20
    # (read after each 1 s step: the SoC rose under the step's current, by < 1 mV)
    assert all(k.vmax == pytest.approx(CHARGE_CELL_V, abs=1e-3) for k in cv)
    assert all(b.current <= a.current + 1e-9 for a, b in pairwise(cv))
    c20 = END_C_RATE * pack.rated_ah
    assert cv[-1].current == pytest.approx(c20, rel=0.01) and cv[-1].current >= c20
    assert pack.cv_current() < c20  # it ended because the current fell below C/20
    assert ticks[-1].state is ChargerState.COMPLETE and pack.soc == 100.0
    assert ticks[-2].soc > 99.8  # the SoC came there by the charge, not by a jump
    assert pack.current == 0.0
    hours = ticks[-1].t / 3600.0
    assert 1.5 < hours < 2.6  # 20 to 100 % at 0.5C with its taper


def test_the_time_to_full_is_what_the_charge_then_takes() -> None:
    pack = SimPack.new(random.Random(2), A, soc=30.0)
    charger = SimCharger()
    for _ in range(10):  # connected, in CC
        charger.advance(pack, 1.0, allowed=True)
    assert charger.state is ChargerState.CONSTANT_CURRENT
    expected = charger.time_to_full_min(pack)
    _, ticks = charge(pack, charger)
    assert expected == pytest.approx(ticks[-1].t / 60.0, rel=0.03)
    assert charger.time_to_full_min(pack) == 0.0


def test_derating_when_hot_and_when_cold() -> None:
    assert derating(20.0, 45.0) == 1.0
    assert derating(20.0, 50.0) == pytest.approx(0.5)
    assert derating(20.0, 55.0) == 0.0 == derating(20.0, 60.0)
    assert derating(10.0, 30.0) == 1.0
    assert derating(5.0, 30.0) == pytest.approx(0.5)
    assert derating(-5.0, 30.0) == 0.0
    pack = SimPack.new(random.Random(3), A, soc=40.0)
    charger = SimCharger()
    for _ in range(10):
        charger.advance(pack, 1.0, allowed=True)
    full = pack.current
    assert full == pytest.approx(C_RATE_MAX * pack.rated_ah)
    pack.temperature = 48.0  # a hot afternoon and a hot pack: its hottest sensor over 45 °C
    tmin, tmax = pack.temp_extremes()  # what the charger sees as the step begins
    charger.advance(pack, 1.0, allowed=True)
    assert tmax > 45.0
    assert pack.current < full
    assert pack.current == pytest.approx(full * derating(tmin, tmax), rel=0.05)
    assert charger.state is ChargerState.CONSTANT_CURRENT  # still CC, at less current
    pack.temperature = 60.0
    charger.advance(pack, 1.0, allowed=True)
    assert pack.current == 0.0 and charger.time_to_full_min(pack) is None
    pack.temperature = 3.0  # cold: the charger derates below 10 °C
    charger.advance(pack, 1.0, allowed=True)
    assert 0.0 < pack.current < 0.5 * full


def test_a_level_3_alarm_stops_the_charge() -> None:
    c = RegisterConsole(StationModel(seed=5, arrivals=False, time_scale=20))
    m = c.model
    n = next(i + 1 for i, s in enumerate(m.rack) if s.pack is not None and s.pack.soc < 90)
    c.run(2)
    assert slot_value(c, n, "charger_state") is ChargerState.CONSTANT_CURRENT
    assert slot_value(c, n, "current") > 0
    m.inject(f"pack_alarm:{n}:high_temperature:3")
    c.run(0.2)
    assert slot_value(c, n, "alarm_level") == 3
    assert slot_value(c, n, "charger_state") is ChargerState.FAULT
    assert slot_value(c, n, "current") == 0 and slot_value(c, n, "charger_power") == 0
    meter = slot_value(c, n, "meter_ah")
    c.run(2)
    assert slot_value(c, n, "meter_ah") == meter  # nothing goes in
    assert c.command(st.CommandCode.RESET_FAULTS)[0] is st.CommandStatus.DONE
    c.run(1)
    assert slot_value(c, n, "charger_state") is ChargerState.FAULT  # the alarm is still there
    m.clear_injected()
    c.command(st.CommandCode.RESET_FAULTS)
    c.run(2)
    assert slot_value(c, n, "charger_state") is ChargerState.CONSTANT_CURRENT
    assert slot_value(c, n, "meter_ah") > meter


def test_the_charge_meter_is_the_integral_of_the_current_and_gives_the_true_capacity() -> None:
    """As the console measures: on the controller's clock, from the registers alone."""
    c = RegisterConsole(StationModel(seed=5, arrivals=False, time_scale=50))
    m = c.model
    low = min((s for s in m.rack if s.pack), key=lambda s: s.pack.soc)
    n, pack = m.rack.index(low) + 1, low.pack
    assert pack.soc < 60  # a deep charge
    samples = []

    def sample() -> bool:
        samples.append((c.value("run.clock"), slot_value(c, n, "current"),
                        slot_value(c, n, "meter_ah"), slot_value(c, n, "meter_kwh"),
                        slot_value(c, n, "soc"), slot_value(c, n, "voltage")))
        return slot_value(c, n, "charger_state") is ChargerState.COMPLETE

    c.run_until(sample, limit=600, dt=0.2)  # a sample every 10 s of station time
    clock = [s[0] for s in samples]
    assert clock == sorted(clock) and clock[-1] > 3600  # hours on the controller's clock
    integral = sum((b[0] - a[0]) * (a[1] + b[1]) / 2 for a, b in pairwise(samples)) / 3600
    metered = samples[-1][2] - samples[0][2]
    assert metered == pytest.approx(integral, rel=0.005)
    energy = sum((b[0] - a[0]) * (a[1] * a[5] + b[1] * b[5]) / 2
                 for a, b in pairwise(samples)) / 3.6e6
    assert samples[-1][3] - samples[0][3] == pytest.approx(energy, rel=0.005)
    soc_change = samples[-1][4] - samples[0][4]
    assert samples[-1][4] == 100.0 and soc_change > 40
    assert metered * 100 / soc_change == pytest.approx(pack.true_capacity_ah, rel=0.01)
    # and not the BMS's SoH: a capacity from the charge, whatever the BMS says
    assert metered * 100 / soc_change != pytest.approx(pack.rated_ah * pack.soh / 100,
                                                       rel=1e-4)


def test_meters_belong_to_the_slot_survive_a_pack_change_and_only_grow() -> None:
    c = RegisterConsole(StationModel(seed=7, arrivals=False, time_scale=10))
    m = c.model
    empty = next(i + 1 for i, s in enumerate(m.rack) if s.pack is None)
    src = next(i + 1 for i, s in enumerate(m.rack)
               if s.pack is not None and s.pack.type is A and s.pack.soc < 95)
    seen: dict[int, list[tuple[float, float]]] = {n: [] for n in range(1, 9)}

    def watch() -> None:
        for n in seen:
            seen[n].append((slot_value(c, n, "meter_ah"), slot_value(c, n, "meter_kwh")))

    c.run(3)
    watch()
    assert seen[src][-1][0] > 0 and seen[empty][-1] == (0.0, 0.0)
    c.ready_vehicle("70-8812")  # one A block: it takes src's pack, its own goes to `empty`
    assert c.start(1, [src]) == ACCEPTED

    def swapped() -> bool:
        watch()
        return c.value("status.swap_result") is not SwapResult.RUNNING

    c.run_until(swapped, limit=600, dt=0.5)
    assert m.rack[src - 1].pack is None and m.rack[empty - 1].pack is not None
    assert slot_value(c, src, "occupied") == 0
    held = slot_value(c, src, "meter_ah")
    assert held == seen[src][-1][0] > 0  # read with the slot empty, and kept
    c.run(30)
    watch()
    assert slot_value(c, src, "meter_ah") == held  # nothing to charge: it stands still
    assert seen[empty][-1][0] > 0  # the new pack charges, on the slot's meter
    for n, values in seen.items():
        for (ah0, kwh0), (ah1, kwh1) in pairwise(values):
            assert ah1 >= ah0 and kwh1 >= kwh0, n  # never backwards


def test_meters_and_clock_start_from_0_at_power_up_only() -> None:
    c = RegisterConsole(StationModel(seed=7, arrivals=False, time_scale=20))
    m = c.model
    assert c.value("run.clock") == 0.0
    c.run(5)
    assert c.value("run.clock") == pytest.approx(100.0, abs=0.2)  # simulated seconds
    charging = [n for n in range(1, 9) if slot_value(c, n, "meter_ah")]
    assert charging
    m.restart()
    assert c.value("run.clock") == 0.0
    assert all(slot_value(c, n, "meter_ah") == 0 == slot_value(c, n, "meter_kwh")
               for n in range(1, 9))


def test_a_meter_wraps_past_its_32_bits() -> None:
    m = StationModel(seed=7, arrivals=False)
    reg = m.rmap["slot_1.meter_ah"]
    top = 0xFFFFFFFE * 0.01
    assert reg.decode(reg.encode(top)) == pytest.approx(top)
    assert reg.decode(reg.encode(top + 0.01)) == 0.0  # wraps to 0, never 0xFFFFFFFF
    assert reg.decode(reg.encode(top + 0.05)) == pytest.approx(0.04)
    assert reg.decode([0xFFFF, 0xFFFF]) is None  # no meter
