"""A behavioural model of an LFP traction pack, its BMS, and its slot charger.

Good enough for the console to measure a pack as it would measure a real one. The pack
has a true capacity (rated x true SoH) that fades with equivalent full cycles, calendar
time and heat; its BMS counts SoC on that true capacity (so SoC is right) but reports a
SoH of its own, off by a per-pack error (or by an injected drift). The charger charges
CC-CV: constant current (charger power, 0.5C, derated when hot or cold) until the highest
cell reaches 3.60 V, then that voltage held while the current tapers, to the end at C/20;
it stops on a level-3 BMS alarm and meters the charge and energy it puts in. Cells have an
OCV curve, an overpotential that grows towards full, a spread and one weak cell;
temperature rises with current. Pure Python: the random source and time step are handed in.
"""

from __future__ import annotations

import bisect
import math
import random
import string
from dataclasses import dataclass, field
from functools import cached_property

from operator_app.domain import station as st
from operator_app.domain.station import AlarmFlag, ChargerState, PackType

# LFP open-circuit voltage per cell against SoC (%): flat in the middle, steep at the ends.
_OCV_SOC = (0, 2, 5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 98, 100)
_OCV_V = (2.60, 2.95, 3.10, 3.20, 3.24, 3.26, 3.28, 3.29, 3.30, 3.31, 3.33, 3.35, 3.38, 3.42, 3.45)

RATED_CELL_V = 3.2  # LFP nominal: rated Ah = rated kWh / (3.2 V x cells), as the console counts
CHARGE_CELL_V = 3.60  # LFP charge voltage: CV holds the highest cell here
C_RATE_MAX = 0.5  # the charge current limit, of the rated capacity
END_C_RATE = 0.05  # C/20: the CV phase ends when its current falls below this
COULOMB_EFFICIENCY = 0.998  # of the charge in, what the cells store
HOT_DERATE_C = (45.0, 55.0)  # the current falls linearly from full to zero over this range
COLD_DERATE_C = (0.0, 10.0)  # and from zero to full over this one
# A cell's overpotential, in V per 1 C of current: ohmic (0.35 mOhm on a 300 Ah cell, more
# when cold), polarisation, and a concentration term that rises steeply towards full. The
# last one is set per pack so that a CC-CV charge ends at C/20 at FULL_AT_PCT: 100 % SoC
# is, by definition, where such a charge ends.
Z_OHM = 0.104
Z_POL = 0.06
Z_FULL_WIDTH_PCT = 4.0
FULL_AT_PCT = 99.95
COLD_RESISTANCE_PER_C = 0.03  # ohmic part: +3 % per degree below 25 °C
# Ageing of the true SoH (points): per equivalent full cycle and per day, both faster when hot
CYCLE_FADE_PCT = 0.004  # 20 points at 5000 cycles
CALENDAR_FADE_PCT_PER_DAY = 0.0055  # 2 points a year
HOT_AGEING_FROM_C = 35.0  # above this ageing doubles every HOT_AGEING_DOUBLING_C
HOT_AGEING_DOUBLING_C = 10.0
MIN_TRUE_SOH = 50.0
BMS_SOH_ERROR_MAX = 1.5  # points: how far a healthy BMS's SoH estimate may be off
DAY_S = 86400.0

CHARGER_CONNECT_S = 5.0
AMBIENT_C = 31.0  # a Southeast Asian afternoon
THERMAL_TAU_S = 900.0
HEAT_RISE_C = 11.0  # mean pack temperature rise at 0.7C, settled
INSULATION_NORMAL_KOHM = (2500, 6000)
CHARGING = (ChargerState.CONNECTING, ChargerState.CONSTANT_CURRENT,
            ChargerState.CONSTANT_VOLTAGE)


def ocv(soc: float) -> float:
    """Open-circuit cell voltage (V) of an LFP cell at ``soc`` percent."""
    soc = min(100.0, max(0.0, soc))
    i = bisect.bisect_right(_OCV_SOC, soc)
    if i >= len(_OCV_SOC):
        return _OCV_V[-1]
    x0, x1 = _OCV_SOC[i - 1], _OCV_SOC[i]
    y0, y1 = _OCV_V[i - 1], _OCV_V[i]
    return y0 + (y1 - y0) * (soc - x0) / (x1 - x0)


def spread_factor(soc: float) -> float:
    """How much the cells' voltage spread widens at the ends of the curve, as on real LFP."""
    if soc > 95.0:
        return 1.0 + 2.5 * min(1.0, (soc - 95.0) / 4.0)
    if soc < 8.0:
        return 1.0 + 2.5 * min(1.0, (8.0 - soc) / 4.0)
    return 1.0


def derating(temp_min: float, temp_max: float) -> float:
    """Share of the charge current the pack's temperatures allow (1 between 10 and 45 °C)."""
    hot_lo, hot_hi = HOT_DERATE_C
    cold_lo, cold_hi = COLD_DERATE_C
    share = 1.0
    if temp_max > hot_lo:
        share = max(0.0, (hot_hi - temp_max) / (hot_hi - hot_lo))
    if temp_min < cold_hi:
        share = min(share, max(0.0, (temp_min - cold_lo) / (cold_hi - cold_lo)))
    return share


def ageing_factor(temperature: float) -> float:
    """How much faster a pack ages at ``temperature`` than at or below 35 °C."""
    if temperature <= HOT_AGEING_FROM_C:
        return 1.0
    return 2.0 ** ((temperature - HOT_AGEING_FROM_C) / HOT_AGEING_DOUBLING_C)


def make_pack_code(rng: random.Random, maker: str = "CAT", type_char: str = "A") -> str:
    """A 24-character pack code laid out as GB/T 34014 does.

    maker (3) + product type (1, P = pack) + battery type (1, F = LFP) + spec (2)
    + traceability (7) + production date (3: year, month, day codes) + serial (7).
    """
    alnum = string.ascii_uppercase + string.digits
    trace = "".join(rng.choice(alnum) for _ in range(7))
    date = (rng.choice("PQRSTV") + rng.choice("123456789ABC")
            + rng.choice("123456789ABCDEFGHJKLMNPRSTVWXY"))
    serial = f"{rng.randrange(10**7):07d}"
    code = f"{maker}PF{type_char}{rng.choice(string.digits)}{trace}{date}{serial}"
    assert len(code) == st.PACK_CODE_LENGTH
    return code


@dataclass
class SimPack:
    code: str
    type: PackType
    soc: float  # %, the BMS's: counted on the true capacity, so it is right
    true_soh: float = 100.0  # %, the cells' real capacity over the rated one
    bms_soh_error: float = 0.0  # points the BMS's SoH estimate is off, |error| <= 1.5
    bms_drift: float | None = None  # injected: the BMS reports true SoH + this, for good
    cycles: float = 0.0  # equivalent full cycles (charge in over the rated charge)
    temperature: float = AMBIENT_C  # mean, °C
    insulation_kohm: float = 4000.0
    current: float = 0.0  # A, + charging
    cell_offsets: tuple[float, ...] = ()  # V, per cell
    temp_offsets: tuple[float, ...] = ()  # °C, per sensor
    injected_flags: AlarmFlag = AlarmFlag.NONE
    injected_level: int = 0
    _cells: tuple[tuple[float, float, float], list[float]] | None = field(default=None,
                                                                         repr=False)
    _temps: tuple[tuple[float, float], list[float]] | None = field(default=None, repr=False)

    @classmethod
    def new(cls, rng: random.Random, ptype: PackType, soc: float) -> SimPack:
        """A pack with a past: months to years in service, aged by it."""
        offsets = [rng.gauss(0.0, 0.004) for _ in range(st.CELLS_PER_PACK)]
        offsets[rng.randrange(st.CELLS_PER_PACK)] -= 0.018  # every pack has a weakest cell
        days = rng.uniform(60, 1500)
        cycles = days * rng.uniform(0.6, 1.4)
        fade = CYCLE_FADE_PCT * cycles + CALENDAR_FADE_PCT_PER_DAY * days + rng.uniform(0, 1)
        return cls(
            code=make_pack_code(rng, type_char="ABC"[ptype - 1]),
            type=ptype,
            soc=soc,
            true_soh=max(80.0, 100.0 - fade),
            bms_soh_error=rng.uniform(-BMS_SOH_ERROR_MAX, BMS_SOH_ERROR_MAX),
            cycles=cycles,
            temperature=AMBIENT_C + rng.uniform(-1, 2),
            insulation_kohm=rng.uniform(*INSULATION_NORMAL_KOHM),
            cell_offsets=tuple(offsets),
            temp_offsets=tuple(rng.uniform(-1.5, 2.5) for _ in range(st.TEMP_SENSORS_PER_PACK)),
        )

    # --- capacity and health ------------------------------------------------------------

    @property
    def capacity_kwh(self) -> float:
        """Rated energy (the nameplate)."""
        return st.PACK_CAPACITY_KWH[self.type]

    @property
    def rated_ah(self) -> float:
        return self.capacity_kwh * 1000.0 / (RATED_CELL_V * st.CELLS_PER_PACK)

    @property
    def true_capacity_ah(self) -> float:
        """What the cells really hold now: what the console should measure."""
        return self.rated_ah * self.true_soh / 100.0

    @property
    def soh(self) -> float:
        """The SoH the BMS reports: the truth plus its error (or the injected drift)."""
        error = self.bms_soh_error if self.bms_drift is None else self.bms_drift
        return min(100.0, max(0.0, self.true_soh + error))

    def age(self, dt_s: float, charge_ah: float = 0.0, temperature: float | None = None) -> None:
        """Age by ``dt_s`` simulated seconds and ``charge_ah`` charged, at ``temperature``
        (the pack's own by default): calendar and cycle fade, both faster when hot."""
        efc = charge_ah / self.rated_ah
        self.cycles += efc
        heat = ageing_factor(self.temperature if temperature is None else temperature)
        fade = CYCLE_FADE_PCT * efc + CALENDAR_FADE_PCT_PER_DAY * dt_s / DAY_S
        self.true_soh = max(MIN_TRUE_SOH, self.true_soh - heat * fade)

    # --- cells --------------------------------------------------------------------------

    @cached_property
    def _offset_span(self) -> tuple[float, float, float]:
        """(highest, lowest, sum) of the cell offsets: the BMS's extremes without 180 cells."""
        offs = self.cell_offsets or (0.0,)
        return max(offs), min(offs), sum(self.cell_offsets)

    @cached_property
    def _full_coefficient(self) -> float:
        """The concentration term's size that ends a CC-CV charge at C/20 at FULL_AT_PCT."""
        s = FULL_AT_PCT
        head = CHARGE_CELL_V - ocv(s) - self._offset_span[0] * spread_factor(s)
        z = head / END_C_RATE
        return max(0.1, (z - Z_OHM - Z_POL) / math.exp((s - 100.0) / Z_FULL_WIDTH_PCT))

    def overpotential(self, soc: float | None = None) -> float:
        """A cell's overpotential per 1 C of charge current (V), at ``soc`` (now by default)."""
        soc = self.soc if soc is None else soc
        cold = 1.0 + COLD_RESISTANCE_PER_C * max(0.0, 25.0 - self.temperature)
        return (Z_OHM * cold + Z_POL
                + self._full_coefficient * math.exp((soc - 100.0) / Z_FULL_WIDTH_PCT))

    def cell_voltages(self) -> list[float]:
        key = (self.soc, self.current, self.temperature)
        if self._cells is None or self._cells[0] != key:  # computed once per state
            base = ocv(self.soc) + self.current / self.rated_ah * self.overpotential()
            widen = spread_factor(self.soc)
            self._cells = (key, [base + o * widen for o in self.cell_offsets])
        return self._cells[1]

    def cell_extremes(self, current: float | None = None) -> tuple[float, float]:
        """(lowest, highest) cell voltage at ``current`` (now by default), without the list."""
        current = self.current if current is None else current
        base = ocv(self.soc) + current / self.rated_ah * self.overpotential()
        widen = spread_factor(self.soc)
        hi, lo, _ = self._offset_span
        return base + lo * widen, base + hi * widen

    def voltage_at(self, current: float) -> float:
        """Pack voltage at ``current``: what the charger sees."""
        cells = st.CELLS_PER_PACK
        base = ocv(self.soc) + current / self.rated_ah * self.overpotential()
        return cells * base + self._offset_span[2] * spread_factor(self.soc)

    def cv_current(self, soc: float | None = None) -> float:
        """The current (A) that holds the highest cell at the charge voltage, at ``soc``."""
        soc = self.soc if soc is None else soc
        head = CHARGE_CELL_V - ocv(soc) - self._offset_span[0] * spread_factor(soc)
        return max(0.0, head / self.overpotential(soc) * self.rated_ah)

    def temperatures(self) -> list[float]:
        key = (self.temperature, self.current)
        if self._temps is None or self._temps[0] != key:
            load = self._load()
            self._temps = (key, [self.temperature + o * (1.0 + load) for o in self.temp_offsets])
        return self._temps[1]

    @cached_property
    def _temp_span(self) -> tuple[float, float]:
        return min(self.temp_offsets, default=0.0), max(self.temp_offsets, default=0.0)

    def temp_extremes(self) -> tuple[float, float]:
        """(lowest, highest) sensor temperature, without the list."""
        load = 1.0 + self._load()
        lo, hi = self._temp_span
        return self.temperature + lo * load, self.temperature + hi * load

    def _load(self) -> float:
        return min(1.0, abs(self.current) / (0.7 * self.rated_ah))

    @property
    def voltage(self) -> float:
        return sum(self.cell_voltages())

    def alarms(self) -> tuple[int, AlarmFlag]:
        """Highest GB/T 32960 level (0-3) and the flags raised, BMS-style.

        Cell over-voltage starts 50 mV above the 3.60 V charge voltage: a CV phase holds the
        highest cell at 3.60 V and is no alarm.
        """
        vmin, vmax = self.cell_extremes()
        tmin, tmax = self.temp_extremes()
        level, flags = self.injected_level, self.injected_flags
        checks = (
            (tmax >= 70, 3, AlarmFlag.HIGH_TEMPERATURE),
            (tmax >= 55, 1, AlarmFlag.HIGH_TEMPERATURE),
            (tmax - tmin >= 20, 2, AlarmFlag.TEMPERATURE_DIFFERENCE),
            (vmax >= 3.75, 3, AlarmFlag.CELL_OVER_VOLTAGE),
            (vmax >= 3.65, 1, AlarmFlag.CELL_OVER_VOLTAGE),
            (vmin <= 2.70, 3, AlarmFlag.CELL_UNDER_VOLTAGE),
            (vmin <= 2.90, 1, AlarmFlag.CELL_UNDER_VOLTAGE),
            (vmax - vmin >= 0.3, 1, AlarmFlag.POOR_CELL_CONSISTENCY),
            (self.insulation_kohm <= 58, 3, AlarmFlag.INSULATION_FAILURE),
            (self.insulation_kohm <= 250, 2, AlarmFlag.INSULATION_FAILURE),
            (self.soc < 5, 1, AlarmFlag.SOC_LOW),
        )
        for cond, lvl, flag in checks:
            if cond:
                flags |= flag
                level = max(level, lvl)
        return level, flags


@dataclass
class SimCharger:
    """One slot's DC charger: connect, CC, CV down to C/20, complete; meters what it puts in.

    The meters count from the controller's power-up (``reset_meters``) and never go back,
    whichever pack sits in the slot.
    """

    max_power_kw: float = 120.0
    state: ChargerState = ChargerState.IDLE
    enabled: bool = True
    connect_left: float = 0.0
    power_kw: float = 0.0
    fault_pending: bool = False
    meter_ah: float = 0.0  # cumulative charge put into the slot's packs
    meter_kwh: float = 0.0  # cumulative energy
    _ttf: tuple[tuple[object, ...], float | None] | None = field(default=None, repr=False)

    def reset_meters(self) -> None:
        """Controller power-up: the only time the meters start again from 0."""
        self.meter_ah = self.meter_kwh = 0.0

    def advance(self, pack: SimPack | None, dt: float, allowed: bool) -> None:
        """Move the charger and its pack on by ``dt`` simulated seconds."""
        if not self.enabled:
            self.state, self.power_kw = ChargerState.DISABLED, 0.0
        elif self.fault_pending or (pack is not None and pack.insulation_kohm <= 58):
            # a charger never energises a pack whose insulation has failed
            self.state, self.power_kw = ChargerState.FAULT, 0.0
        elif self.state is ChargerState.FAULT:
            self.power_kw = 0.0
        elif pack is None or not allowed:
            self.state, self.power_kw = ChargerState.IDLE, 0.0
        elif self.state in (ChargerState.IDLE, ChargerState.DISABLED):
            if pack.soc < 99.5:
                self.state, self.connect_left = ChargerState.CONNECTING, CHARGER_CONNECT_S
            else:
                self.state = ChargerState.COMPLETE
        elif self.state is ChargerState.CONNECTING:
            self.connect_left -= dt
            if self.connect_left <= 0:
                self.state = ChargerState.CONSTANT_CURRENT
        if self.state in CHARGING and pack is not None and pack.alarms()[0] >= 3:
            self.state = ChargerState.FAULT  # the BMS asks for a stop: the charger trips
        charged = 0.0
        if self.state in (ChargerState.CONSTANT_CURRENT, ChargerState.CONSTANT_VOLTAGE):
            assert pack is not None
            charged = self._charge(pack, dt)
        else:
            self.power_kw = 0.0
            if pack is not None:
                pack.current = 0.0
        if pack is not None:
            c_rate = pack.current / pack.rated_ah
            target = AMBIENT_C + HEAT_RISE_C * (c_rate / 0.7) ** 2
            pack.temperature += (target - pack.temperature) * min(1.0, dt / THERMAL_TAU_S)
            pack.age(dt, charged)

    def current_limit(self, pack: SimPack) -> float:
        """The CC current now (A): 0.5C, the charger's power, the temperature derating."""
        limit = C_RATE_MAX * pack.rated_ah
        # power: I x V(I) = P, with V rising with the current through the cells
        v0 = pack.voltage_at(0.0)
        k = st.CELLS_PER_PACK * pack.overpotential() / pack.rated_ah
        p = self.max_power_kw * 1000.0
        by_power = (-v0 + math.sqrt(v0 * v0 + 4.0 * k * p)) / (2.0 * k)
        return min(limit, by_power) * derating(*pack.temp_extremes())

    def _charge(self, pack: SimPack, dt: float) -> float:
        """One step of CC or CV; returns the charge put in (Ah)."""
        limit = self.current_limit(pack)
        held = pack.cv_current()  # the current that keeps the highest cell at 3.60 V
        if self.state is ChargerState.CONSTANT_CURRENT and held <= limit:
            self.state = ChargerState.CONSTANT_VOLTAGE  # the highest cell reached 3.60 V
        if self.state is ChargerState.CONSTANT_VOLTAGE:
            if held < END_C_RATE * pack.rated_ah:
                self._complete(pack)
                return 0.0
            current = min(limit, held)
        else:
            current = limit
        volts = pack.voltage_at(current)
        pack.current = current
        self.power_kw = current * volts / 1000.0
        ah = current * dt / 3600.0
        self.meter_ah += ah
        self.meter_kwh += current * volts * dt / 3.6e6
        pack.soc = min(100.0, pack.soc + 100.0 * ah * COULOMB_EFFICIENCY / pack.true_capacity_ah)
        if pack.soc >= 100.0:
            self._complete(pack)
        return ah

    def _complete(self, pack: SimPack) -> None:
        # the BMS takes the end of a CC-CV charge for 100 %, as every BMS calibrates
        self.state, self.power_kw, pack.current = ChargerState.COMPLETE, 0.0, 0.0
        pack.soc = 100.0

    def time_to_full_min(self, pack: SimPack | None) -> float | None:
        """Minutes to the end of the charge at today's limits; None when it cannot charge."""
        if pack is None or self.state in (ChargerState.FAULT, ChargerState.DISABLED):
            return None
        if pack.soc >= 100.0 or self.state is ChargerState.COMPLETE:
            return 0.0
        limit = self.current_limit(pack)
        if limit <= 0.0:
            return None  # too hot or too cold to charge: no end in sight
        key = (round(pack.soc * 2.0), self.state, round(limit / 5.0), id(pack))
        if self._ttf is not None and self._ttf[0] == key:
            return self._ttf[1]
        hours, soc, end = 0.0, pack.soc, END_C_RATE * pack.rated_ah
        while soc < FULL_AT_PCT:
            step = min(0.5, FULL_AT_PCT - soc)
            current = min(limit, pack.cv_current(soc + step / 2.0))
            if current < end:
                break
            hours += step / 100.0 * pack.true_capacity_ah / (current * COULOMB_EFFICIENCY)
            soc += step
        minutes = hours * 60.0
        if self.state is ChargerState.CONNECTING:
            minutes += max(0.0, self.connect_left) / 60.0
        self._ttf = (key, minutes)
        return minutes
