"""The capacity estimator on charges whose truth is known: charge in over SoC change, the
quality rules that keep a bad session out, and the flag on a BMS that overstates its SoH."""

from __future__ import annotations

import itertools

import pytest

from operator_app.domain.capacity import (
    BMS_SOH_DISAGREES,
    REST_MIN_S,
    Quality,
    Sample,
    SessionMeter,
    pack_capacity,
    rated_ah,
)

RATED = rated_ah(171.0)  # a type A pack: 296.9 Ah


def charge(true_ah: float, soc_from: float = 20.0, soc_to: float = 100.0, dt: float = 60.0,
           current: float = 150.0, meter: bool = True, t0: float = 1000.0) -> list[Sample]:
    """A CC-CV charge of a pack of ``true_ah``: constant current to 90 %, then a taper; the
    SoC the BMS reports is the true one, to 0.1 %."""
    out, soc, t, ah, kwh = [], soc_from, t0, 0.0, 0.0
    while True:
        i = current if soc < 90 else max(8.0, current * (soc_to - soc) / (soc_to - 90))
        v = 180 * (3.25 + soc / 1000)
        out.append(Sample(t, round(soc, 1), i, v, 30.0, 34.0 + soc / 20,
                          round(ah, 3) if meter else None, round(kwh, 4) if meter else None))
        if soc >= soc_to - 1e-9:
            return out
        step = min(i * dt / 3600.0, (soc_to - soc) / 100.0 * true_ah)
        ah += step
        kwh += step * v / 1000.0
        soc = min(soc_to, soc + 100.0 * step / true_ah)
        t += step * 3600.0 / i


def meter_over(samples: list[Sample], reason: str = "complete",
               rest_before_s: float | None = 1200.0):
    m = SessionMeter("s-1", "P1", 3, RATED, samples[0], rest_before_s)
    for s in samples[1:]:
        m.add(s)
    return m.finish(reason)


def test_a_deep_charge_measures_the_true_capacity_not_the_rated_one() -> None:
    r = meter_over(charge(true_ah=262.0))
    assert r.flags == [] and r.method == "meter"
    assert r.capacity_ah == pytest.approx(262.0, rel=0.005)  # SoC to 0.1 %: 0.2 % off at most
    assert r.soc_start_pct == 20.0 and r.soc_end_pct == 100.0
    assert r.start_rested and r.rest_before_s == 1200.0
    assert r.temp_max_c == pytest.approx(39.0) and r.temp_min_c == 30.0
    assert r.c_rate_max == pytest.approx(150.0 / RATED, abs=1e-3)
    assert r.integrated_charge_ah == pytest.approx(r.charge_ah, rel=0.02)  # the two agree
    assert r.samples > 10 and r.gaps == 0


def test_without_a_meter_the_current_is_integrated_and_the_method_says_so() -> None:
    r = meter_over(charge(true_ah=262.0, meter=False))
    assert r.method == "integrated" and r.meter_charge_ah is None
    assert r.flags == []
    assert r.capacity_ah == pytest.approx(262.0, rel=0.02)


def test_a_meter_that_goes_backwards_is_not_trusted() -> None:
    samples = charge(true_ah=262.0)
    bad = samples[5]
    samples[5] = Sample(bad.t, bad.soc, bad.current_a, bad.voltage_v, meter_ah=0.5,
                        meter_kwh=0.1)
    r = meter_over(samples)
    assert Quality.METER_BACKWARDS.value in r.flags and r.method == "integrated"
    assert r.capacity_ah is None  # kept, never used


@pytest.mark.parametrize(("spoil", "why"), [
    ("shallow", Quality.SHALLOW), ("gap", Quality.GAP), ("jump", Quality.SOC_JUMP),
    ("frozen", Quality.SOC_FROZEN), ("removed", Quality.REMOVED),
    ("stopped", Quality.NOT_COMPLETE)])
def test_a_spoiled_session_is_kept_with_its_flag_and_never_used(spoil: str,
                                                                why: Quality) -> None:
    samples = charge(true_ah=262.0, soc_from=75.0 if spoil == "shallow" else 20.0)
    if spoil == "stopped":
        samples = [x for x in samples if (x.soc or 0) < 85.0]  # stopped before the top
    reason = {"removed": "removed", "stopped": "stopped"}.get(spoil, "complete")
    if spoil == "gap":
        samples = samples[:8] + samples[40:]  # 32 min missing: 27 % of the charge unseen
    elif spoil == "jump":
        s = samples[10]
        samples[10:] = [Sample(x.t, min(100.0, x.soc + 9), x.current_a, x.voltage_v,
                               meter_ah=x.meter_ah, meter_kwh=x.meter_kwh)
                        for x in samples[10:]]
        assert s.soc is not None
    elif spoil == "frozen":
        samples[10:30] = [Sample(x.t, samples[10].soc, x.current_a, x.voltage_v,
                                 meter_ah=x.meter_ah, meter_kwh=x.meter_kwh)
                          for x in samples[10:30]]
    r = meter_over(samples, reason)
    assert why.value in r.flags
    assert r.capacity_ah is None and r.charge_ah > 0  # the raw inputs are all there


def test_a_metered_stall_is_a_gap_by_the_charge_it_hides_not_by_its_length() -> None:
    """A console that stalls (a loaded terminal, a simulator run 600 times fast) while the
    meters count forward hides only what went in meanwhile: twelve minutes at the full
    current (10 % of the charge) and 23 minutes in the taper are no gap; integrated, the
    same twelve minutes are (the current between the samples is a guess)."""
    samples = charge(true_ah=262.0)
    cc = samples[:8] + samples[20:]
    taper = [s for s in samples if not 95.0 < (s.soc or 0) < 99.5]
    assert max(b.t - a.t for a, b in itertools.pairwise(taper)) > 1200  # 23 minutes
    for kept in (cc, taper):
        r = meter_over(kept)
        assert r.gaps == 0 and r.good, r.flags
        assert r.capacity_ah == pytest.approx(262.0, rel=0.005)
    r = meter_over(charge(true_ah=262.0, meter=False)[:8] + charge(true_ah=262.0,
                                                                    meter=False)[20:])
    assert r.method == "integrated" and r.gaps == 1 and Quality.GAP.value in r.flags


@pytest.mark.parametrize("reason", ["taken for a swap", "stopped"])
def test_a_charge_ended_in_order_near_the_top_is_measured(reason: str) -> None:
    """A busy station takes its packs at 90 % and more: such a charge measures the pack;
    one ended at 85 % does not, nor one that faulted or whose pack was pulled out."""
    samples = charge(true_ah=262.0)
    at_92 = [x for x in samples if (x.soc or 0) <= 92.0]
    r = meter_over(at_92, reason)
    assert r.good and r.capacity_ah == pytest.approx(262.0, rel=0.005)
    assert r.soc_end_pct is not None and 90.0 <= r.soc_end_pct <= 92.0
    assert Quality.NOT_COMPLETE.value in meter_over(
        [x for x in samples if (x.soc or 0) <= 85.0], reason).flags
    assert Quality.NOT_COMPLETE.value in meter_over(at_92, "fault").flags
    assert Quality.REMOVED.value in meter_over(at_92, "removed").flags


def test_a_short_rest_before_the_charge_is_recorded_as_not_rested() -> None:
    r = meter_over(charge(true_ah=262.0), rest_before_s=REST_MIN_S / 2)
    assert not r.start_rested and r.rest_before_s == REST_MIN_S / 2
    assert r.good  # recorded; a swap station charges packs as they arrive


def test_the_pack_capacity_is_the_median_of_its_last_good_sessions() -> None:
    got = pack_capacity([250.0, 262.0, 261.0, 263.5, 262.5, 240.0, 262.0], RATED, 88.0)
    assert got.sessions == 5 and got.measured_ah == 262.0  # the last five: 261..263.5, 240
    assert got.spread_ah == pytest.approx(23.5)
    assert got.measured_soh_pct == pytest.approx(100 * 262.0 / RATED, abs=0.01)
    assert got.flags == ()  # 88.25 % measured, 88 % by the BMS
    assert got.measured_kwh == pytest.approx(262.0 * 3.2 * 180 / 1000)


def test_a_bms_that_overstates_its_soh_is_flagged_after_one_good_session() -> None:
    one = meter_over(charge(true_ah=0.80 * RATED))
    got = pack_capacity([one.capacity_ah], RATED, bms_soh_pct=88.0)  # 8 points too high
    assert got.measured_soh_pct == pytest.approx(80.0, abs=0.3)
    assert got.flags == (BMS_SOH_DISAGREES,)
    assert pack_capacity([one.capacity_ah], RATED, 81.5).flags == ()
    assert pack_capacity([], RATED, 88.0).measured_ah is None  # no good session: no verdict
