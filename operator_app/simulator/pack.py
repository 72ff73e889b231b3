"""A behavioural model of an LFP traction pack and its slot charger.

Good enough to look and behave like the real thing on the console: an OCV
curve, CC-CV charging with a taper, cell voltages with a spread and one weak
cell, temperature that rises with power, insulation, ageing. Pure Python,
the random source and time step are handed in.
"""

from __future__ import annotations

import bisect
import random
import string
from dataclasses import dataclass, field

from operator_app.domain import station as st
from operator_app.domain.station import AlarmFlag, ChargerState, PackType

# LFP open-circuit voltage per cell against SoC (%): flat in the middle, steep at the ends.
_OCV_SOC = (0, 2, 5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 98, 100)
_OCV_V = (2.60, 2.95, 3.10, 3.20, 3.24, 3.26, 3.28, 3.29, 3.30, 3.31, 3.33, 3.35, 3.38, 3.42, 3.45)

CELL_RESISTANCE_OHM = 0.00035  # per cell, of a ~300 Ah prismatic LFP cell
CV_START_SOC = 90.0
CHARGER_CONNECT_S = 5.0
AMBIENT_C = 31.0  # a Southeast Asian afternoon
THERMAL_TAU_S = 900.0
INSULATION_NORMAL_KOHM = (2500, 6000)


def ocv(soc: float) -> float:
    """Open-circuit cell voltage (V) of an LFP cell at ``soc`` percent."""
    soc = min(100.0, max(0.0, soc))
    i = bisect.bisect_right(_OCV_SOC, soc)
    if i >= len(_OCV_SOC):
        return _OCV_V[-1]
    x0, x1 = _OCV_SOC[i - 1], _OCV_SOC[i]
    y0, y1 = _OCV_V[i - 1], _OCV_V[i]
    return y0 + (y1 - y0) * (soc - x0) / (x1 - x0)


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
    soc: float  # %
    soh: float = 100.0  # %
    cycles: float = 0.0  # equivalent full cycles
    temperature: float = AMBIENT_C  # mean, °C
    insulation_kohm: float = 4000.0
    current: float = 0.0  # A, + charging
    cell_offsets: tuple[float, ...] = ()  # V, per cell
    temp_offsets: tuple[float, ...] = ()  # °C, per sensor
    injected_flags: AlarmFlag = AlarmFlag.NONE
    injected_level: int = 0
    _cells: tuple[tuple[float, float], list[float]] | None = field(default=None, repr=False)
    _temps: tuple[tuple[float, float], list[float]] | None = field(default=None, repr=False)

    @classmethod
    def new(cls, rng: random.Random, ptype: PackType, soc: float) -> SimPack:
        offsets = [rng.gauss(0.0, 0.004) for _ in range(st.CELLS_PER_PACK)]
        offsets[rng.randrange(st.CELLS_PER_PACK)] -= 0.018  # every pack has a weakest cell
        cycles = rng.uniform(50, 1800)
        return cls(
            code=make_pack_code(rng, type_char="ABC"[ptype - 1]),
            type=ptype,
            soc=soc,
            soh=max(80.0, 100.0 - cycles * 0.005 - rng.uniform(0, 2)),
            cycles=cycles,
            temperature=AMBIENT_C + rng.uniform(-1, 2),
            insulation_kohm=rng.uniform(*INSULATION_NORMAL_KOHM),
            cell_offsets=tuple(offsets),
            temp_offsets=tuple(rng.uniform(-1.5, 2.5) for _ in range(st.TEMP_SENSORS_PER_PACK)),
        )

    @property
    def capacity_kwh(self) -> float:
        return st.PACK_CAPACITY_KWH[self.type]

    @property
    def capacity_ah(self) -> float:
        return self.capacity_kwh * 1000.0 / (3.2 * st.CELLS_PER_PACK)

    def cell_voltages(self) -> list[float]:
        key = (self.soc, self.current)
        if self._cells is None or self._cells[0] != key:  # computed once per state
            base = ocv(self.soc) + self.current * CELL_RESISTANCE_OHM
            # the cell spread widens at the ends of the curve, as it does on real LFP packs
            widen = 1.0 + (2.5 if self.soc > 97 or self.soc < 8 else 0.0)
            self._cells = (key, [base + o * widen for o in self.cell_offsets])
        return self._cells[1]

    def temperatures(self) -> list[float]:
        key = (self.temperature, self.current)
        if self._temps is None or self._temps[0] != key:
            load = min(1.0, abs(self.current) / (0.7 * self.capacity_ah))
            self._temps = (key, [self.temperature + o * (1.0 + load) for o in self.temp_offsets])
        return self._temps[1]

    @property
    def voltage(self) -> float:
        return sum(self.cell_voltages())

    def alarms(self) -> tuple[int, AlarmFlag]:
        """Highest GB/T 32960 level (0-3) and the flags raised, BMS-style."""
        cells = self.cell_voltages()
        temps = self.temperatures()
        level, flags = self.injected_level, self.injected_flags
        checks = (
            (max(temps) >= 70, 3, AlarmFlag.HIGH_TEMPERATURE),
            (max(temps) >= 55, 1, AlarmFlag.HIGH_TEMPERATURE),
            (max(temps) - min(temps) >= 20, 2, AlarmFlag.TEMPERATURE_DIFFERENCE),
            (max(cells) >= 3.65, 3, AlarmFlag.CELL_OVER_VOLTAGE),
            (max(cells) >= 3.50, 1, AlarmFlag.CELL_OVER_VOLTAGE),
            (min(cells) <= 2.70, 3, AlarmFlag.CELL_UNDER_VOLTAGE),
            (min(cells) <= 2.90, 1, AlarmFlag.CELL_UNDER_VOLTAGE),
            (max(cells) - min(cells) >= 0.3, 1, AlarmFlag.POOR_CELL_CONSISTENCY),
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
    """One slot's DC charger: connect, CC to 90 % SoC, CV taper, complete."""

    max_power_kw: float = 120.0
    state: ChargerState = ChargerState.IDLE
    enabled: bool = True
    connect_left: float = 0.0
    power_kw: float = 0.0
    fault_pending: bool = False
    energy_kwh: float = field(default=0.0)

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
        if self.state in (ChargerState.CONSTANT_CURRENT, ChargerState.CONSTANT_VOLTAGE):
            assert pack is not None
            self._charge(pack, dt)
        elif pack is not None:
            pack.current = 0.0
            self.power_kw = 0.0
        if pack is not None:
            target = AMBIENT_C + 11.0 * (self.power_kw / self.max_power_kw) ** 2
            pack.temperature += (target - pack.temperature) * min(1.0, dt / THERMAL_TAU_S)

    def _charge(self, pack: SimPack, dt: float) -> None:
        p_max = min(self.max_power_kw, 0.7 * pack.capacity_kwh)
        if pack.soc >= CV_START_SOC:
            self.state = ChargerState.CONSTANT_VOLTAGE
            taper = max(0.04, (100.0 - pack.soc) / (100.0 - CV_START_SOC))
            power = p_max * taper
        else:
            power = p_max
        self.power_kw = power
        volts = pack.voltage or 576.0
        pack.current = power * 1000.0 / volts
        energy = power * dt / 3600.0  # kWh
        usable = pack.capacity_kwh * pack.soh / 100.0
        pack.soc = min(100.0, pack.soc + 100.0 * energy * 0.97 / usable)
        pack.cycles += energy / pack.capacity_kwh
        pack.soh = max(60.0, pack.soh - 0.005 * energy / pack.capacity_kwh)
        self.energy_kwh += energy
        if pack.soc >= 99.9:
            self.state, self.power_kw, pack.current = ChargerState.COMPLETE, 0.0, 0.0

    def time_to_full_min(self, pack: SimPack | None) -> float | None:
        if pack is None or self.state in (ChargerState.FAULT, ChargerState.DISABLED):
            return None
        if pack.soc >= 99.9 or self.state is ChargerState.COMPLETE:
            return 0.0
        p_max = min(self.max_power_kw, 0.7 * pack.capacity_kwh)
        usable = pack.capacity_kwh * pack.soh / 100.0
        cc_part = max(0.0, CV_START_SOC - pack.soc) / 100.0 * usable / p_max
        cv_from = max(pack.soc, CV_START_SOC)
        cv_part = (100.0 - cv_from) / 100.0 * usable / (p_max * 0.35)
        return (cc_part + cv_part) * 60.0
