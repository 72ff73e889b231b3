"""A pack's capacity, measured by the console: charge in over SoC change, never the BMS's SoH.

A BMS reports a state of health; a BMS can be wrong, and a record that only repeats it can
never show that. So every charging session is metered from its raw inputs: the charge and
energy that went in (from the slot charger's meters, or the current and voltage integrated on
the controller's clock where a meter is absent or goes backwards, with the method recorded),
the SoC at each end and whether the pack had rested there, the temperatures, the C-rate, the
samples and the gaps. A session that passes the quality rules (deep enough, no gap, no SoC
jump, no frozen SoC, a meter that never went backwards, not cut short below 90 %) gives one
capacity: charge in / SoC change. A pack's measured capacity is the median of its last ``ROLLING_N``
good sessions, with their number and spread; its measured SoH is that over the rated charge.
When the BMS's SoH and the measured one differ by more than ``DISAGREE_POINTS`` the pack is
flagged ``BMS_SOH_DISAGREES``.

Plain data, no Qt, no I/O: the recorder feeds samples in and journals what comes out.
"""

from __future__ import annotations

import statistics
from dataclasses import asdict, dataclass, field
from enum import StrEnum

from operator_app.domain import station as st

ESTIMATOR_VERSION = "capacity-1"
NOMINAL_CELL_V = 3.2  # LFP: the rated charge is the rated energy over this per cell
MIN_DEPTH_PCT = 40.0  # a shallower charge says too little about the whole capacity
REST_CURRENT_A = 2.0  # below this the pack is at rest
REST_MIN_S = 600.0  # rested: 10 min at rest, long enough for the cells to relax
# a gap: samples missing where something could hide. With meters that count forward the
# charge in is exact across any interval, and what a gap can hide is a SoC jump: an interval
# over which more than GAP_CHARGE_PCT of the rated charge went in is a gap, however long it
# took (a console that stalled while a pack tapered hides nothing). Integrated, the current
# between two samples is a guess: an interval GAP_MIN_S long and GAP_FACTOR times the
# session's usual one is a gap.
GAP_CHARGE_PCT = 20.0
GAP_MIN_S = 30.0
GAP_FACTOR = 5.0
SOC_JUMP_PCT = 2.0  # a SoC step this far from what the charge that came in explains
FROZEN_CHARGE_PCT = 3.0  # this much charge in (of rated) with no SoC change: a frozen SoC
# a charge that ends in order before the charger's own end (the pack taken for a swap, the
# charge stopped) is measured when it had reached this SoC: the cells are in the top of the
# charge, where the BMS's SoC is sure again (a busy station takes its packs at 90 %, not 100)
ORDERLY_END_SOC_PCT = 90.0
ORDERLY_ENDS = frozenset({"taken for a swap", "stopped"})
ROLLING_N = 5
DISAGREE_POINTS = 3.0
BMS_SOH_DISAGREES = "BMS_SOH_DISAGREES"


class Quality(StrEnum):
    """Why a session is not used for capacity (it is kept all the same)."""

    SHALLOW = "shallow"  # SoC rose less than MIN_DEPTH_PCT
    GAP = "gap"  # samples missing for a while: a jump could hide in it
    SOC_JUMP = "soc_jump"  # the BMS's SoC stepped by more than the charge explains
    SOC_FROZEN = "soc_frozen"  # charge went in, the SoC did not move
    METER_BACKWARDS = "meter_backwards"  # a charger meter fell: integrated current used
    LINK_LOST = "link_lost"  # the console lost the controller during the session
    RESTART = "restart"  # the console restarted mid-charge
    REMOVED = "removed"  # the pack left the slot before the charge ended
    NOT_COMPLETE = "not_complete"  # faulted, or stopped / taken for a swap below 90 %
    NO_SOC = "no_soc"  # the BMS gave no SoC at an end


@dataclass(frozen=True)
class Sample:
    """One look at a charging slot. ``t``: seconds on the controller's clock (or the
    console's where the controller has none); meters are cumulative, None when absent."""

    t: float
    soc: float | None
    current_a: float | None
    voltage_v: float | None
    temp_min_c: float | None = None
    temp_max_c: float | None = None
    meter_ah: float | None = None
    meter_kwh: float | None = None


def rated_ah(capacity_kwh: float | None) -> float | None:
    """The rated charge of a pack of ``capacity_kwh``: its energy over the nominal voltage."""
    if not capacity_kwh:
        return None
    return capacity_kwh * 1000.0 / (NOMINAL_CELL_V * st.CELLS_PER_PACK)


@dataclass
class SessionRecord:
    """One charging session's raw inputs and what they give. Every field is journaled."""

    session_id: str
    pack_code: str
    slot: int
    started_t: float
    ended_t: float | None = None
    method: str = "meter"  # "meter" or "integrated"
    charge_ah: float = 0.0
    energy_kwh: float = 0.0
    meter_charge_ah: float | None = None
    meter_energy_kwh: float | None = None
    integrated_charge_ah: float = 0.0
    integrated_energy_kwh: float = 0.0
    soc_start_pct: float | None = None
    soc_end_pct: float | None = None
    start_rested: bool = False
    rest_before_s: float | None = None  # at rest this long before the charge began
    end_rested: bool = False
    rest_after_s: float | None = None  # at rest this long after it ended (filled later)
    temp_min_c: float | None = None
    temp_max_c: float | None = None
    c_rate_max: float | None = None
    c_rate_mean: float | None = None
    samples: int = 0
    gaps: int = 0
    end_reason: str = ""
    flags: list[str] = field(default_factory=list)
    capacity_ah: float | None = None  # charge_ah / SoC change, for a good session only
    estimator_version: str = ESTIMATOR_VERSION

    @property
    def good(self) -> bool:
        return self.capacity_ah is not None

    def to_dict(self) -> dict:
        return asdict(self)


class SessionMeter:
    """Follows one charging session sample by sample and closes it into a record."""

    def __init__(self, session_id: str, pack_code: str, slot: int, rated_ah_: float | None,
                 first: Sample, rest_before_s: float | None = None) -> None:
        self.rated_ah = rated_ah_
        self.record = SessionRecord(session_id, pack_code, slot, first.t,
                                    soc_start_pct=first.soc, rest_before_s=rest_before_s,
                                    start_rested=(rest_before_s or 0.0) >= REST_MIN_S)
        self._first_meter = (first.meter_ah, first.meter_kwh)
        self._prev = first
        self._intervals: list[float] = []
        self._charge_gaps = 0  # intervals with more than GAP_CHARGE_PCT of the charge in
        self._flags: set[Quality] = set()
        self._meter_ok = first.meter_ah is not None
        self._soc_still_since_ah = 0.0  # charge in since the SoC last moved
        self._c_rates: list[float] = []
        self._temps(first)

    def _temps(self, s: Sample) -> None:
        r = self.record
        if s.temp_min_c is not None:
            r.temp_min_c = s.temp_min_c if r.temp_min_c is None else min(r.temp_min_c,
                                                                          s.temp_min_c)
        if s.temp_max_c is not None:
            r.temp_max_c = s.temp_max_c if r.temp_max_c is None else max(r.temp_max_c,
                                                                          s.temp_max_c)

    @property
    def energy_so_far(self) -> float:
        """The energy in so far: metered while the meters count forward, else integrated."""
        first, last = self._first_meter[1], self._prev.meter_kwh
        if self._meter_ok and first is not None and last is not None:
            return last - first
        return self.record.integrated_energy_kwh

    def flag(self, why: Quality) -> None:
        """Something outside the samples spoiled the session (a lost link, a restart)."""
        self._flags.add(why)

    def add(self, s: Sample) -> None:
        prev, r = self._prev, self.record
        dt = s.t - prev.t
        if dt <= 0:
            return  # the same sample again (or a clock that stepped back): nothing new
        r.samples += 1
        self._intervals.append(dt)
        # the charge and energy of this interval, integrated (trapezoid) as a check and a
        # fallback; the meters' difference where they count forward
        i0, i1 = prev.current_a or 0.0, s.current_a or 0.0
        v0, v1 = prev.voltage_v or 0.0, s.voltage_v or 0.0
        d_ah = (i0 + i1) / 2.0 * dt / 3600.0
        r.integrated_charge_ah += d_ah
        r.integrated_energy_kwh += (i0 * v0 + i1 * v1) / 2.0 * dt / 3.6e6
        if s.meter_ah is None or prev.meter_ah is None:
            self._meter_ok = False
        elif s.meter_ah < prev.meter_ah or (s.meter_kwh is not None and
                                           prev.meter_kwh is not None and
                                           s.meter_kwh < prev.meter_kwh):
            self._meter_ok = False
            self._flags.add(Quality.METER_BACKWARDS)
        elif self._meter_ok:
            d_ah = s.meter_ah - prev.meter_ah
        if self.rated_ah and 100.0 * d_ah / self.rated_ah > GAP_CHARGE_PCT:
            self._charge_gaps += 1
        if self.rated_ah and s.current_a is not None:
            self._c_rates.append(abs(s.current_a) / self.rated_ah)
        self._check_soc(prev, s, d_ah)
        self._temps(s)
        self._prev = s

    def _check_soc(self, prev: Sample, s: Sample, d_ah: float) -> None:
        if prev.soc is None or s.soc is None or not self.rated_ah:
            return
        explained = 100.0 * d_ah / self.rated_ah  # with the rated charge: an upper bound
        moved = s.soc - prev.soc
        # an aged pack's SoC moves up to a third faster than the rated charge explains
        if moved < -SOC_JUMP_PCT or moved > explained * 1.35 + SOC_JUMP_PCT:
            self._flags.add(Quality.SOC_JUMP)
        if moved == 0:
            self._soc_still_since_ah += d_ah
            if 100.0 * self._soc_still_since_ah / self.rated_ah > FROZEN_CHARGE_PCT:
                self._flags.add(Quality.SOC_FROZEN)
        else:
            self._soc_still_since_ah = 0.0

    def finish(self, reason: str, last: Sample | None = None) -> SessionRecord:
        """The session ended (``reason``: complete, stopped, fault, removed, ...)."""
        if last is not None:
            self.add(last)
        r, end = self.record, self._prev
        r.ended_t, r.end_reason, r.soc_end_pct = end.t, reason, end.soc
        m_ah, m_kwh = self._first_meter
        if end.meter_ah is not None and m_ah is not None:
            r.meter_charge_ah = round(end.meter_ah - m_ah, 4)
        if end.meter_kwh is not None and m_kwh is not None:
            r.meter_energy_kwh = round(end.meter_kwh - m_kwh, 4)
        metered = self._meter_ok and r.meter_charge_ah is not None
        r.method = "meter" if metered else "integrated"
        r.charge_ah = round(r.meter_charge_ah if metered else r.integrated_charge_ah, 4)
        r.energy_kwh = round(r.meter_energy_kwh if metered and r.meter_energy_kwh is not None
                             else r.integrated_energy_kwh, 4)
        r.integrated_charge_ah = round(r.integrated_charge_ah, 4)
        r.integrated_energy_kwh = round(r.integrated_energy_kwh, 4)
        if self._c_rates:
            r.c_rate_max = round(max(self._c_rates), 3)
            r.c_rate_mean = round(statistics.fmean(self._c_rates), 3)
        if metered:
            r.gaps = self._charge_gaps
        elif len(self._intervals) >= 2:
            usual = statistics.median(self._intervals)
            r.gaps = sum(1 for dt in self._intervals
                         if dt >= GAP_MIN_S and dt > GAP_FACTOR * usual)
        if r.gaps:
            self._flags.add(Quality.GAP)
        if reason == "removed":
            self._flags.add(Quality.REMOVED)
        elif reason == "restart":
            self._flags.add(Quality.RESTART)
        elif reason != "complete" and not (
                reason in ORDERLY_ENDS and r.soc_end_pct is not None
                and r.soc_end_pct >= ORDERLY_END_SOC_PCT):
            self._flags.add(Quality.NOT_COMPLETE)
        if r.soc_start_pct is None or r.soc_end_pct is None:
            self._flags.add(Quality.NO_SOC)
        elif r.soc_end_pct - r.soc_start_pct < MIN_DEPTH_PCT:
            self._flags.add(Quality.SHALLOW)
        r.flags = sorted(q.value for q in self._flags)
        if not r.flags:
            assert r.soc_start_pct is not None and r.soc_end_pct is not None
            r.capacity_ah = round(r.charge_ah * 100.0 / (r.soc_end_pct - r.soc_start_pct), 3)
        return r


@dataclass(frozen=True)
class PackCapacity:
    """What a pack's good sessions say, beside what its BMS says."""

    rated_ah: float | None
    measured_ah: float | None  # median of the last ROLLING_N good sessions
    sessions: int  # good sessions in the median
    spread_ah: float | None  # max - min of those
    measured_soh_pct: float | None
    bms_soh_pct: float | None
    flags: tuple[str, ...] = ()

    @property
    def measured_kwh(self) -> float | None:
        if self.measured_ah is None:
            return None
        return self.measured_ah * NOMINAL_CELL_V * st.CELLS_PER_PACK / 1000.0


def pack_capacity(capacities_ah: list[float], rated_ah_: float | None,
                  bms_soh_pct: float | None, n: int = ROLLING_N) -> PackCapacity:
    """``capacities_ah``: the pack's good sessions' capacities, oldest first."""
    last = capacities_ah[-n:]
    if not last:
        return PackCapacity(rated_ah_, None, 0, None, None, bms_soh_pct)
    measured = statistics.median(last)
    soh = 100.0 * measured / rated_ah_ if rated_ah_ else None
    flags: tuple[str, ...] = ()
    if soh is not None and bms_soh_pct is not None and \
            abs(bms_soh_pct - soh) > DISAGREE_POINTS:
        flags = (BMS_SOH_DISAGREES,)
    return PackCapacity(rated_ah_, round(measured, 3), len(last),
                        round(max(last) - min(last), 3), None if soh is None else round(soh, 2),
                        bms_soh_pct, flags)
