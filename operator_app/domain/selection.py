"""Which packs may go into a vehicle, which are chosen, and why; or why none can.

A pack is eligible when its type matches, it is not quarantined, its SoC is at
least the ready threshold, its SoH at least the health threshold, its
temperatures and insulation are in range, it has no alarm of level 2 or more,
and its slot is neither faulted nor reserved. Among eligible packs the policy
orders them by an explicit list of keys (default: highest SoC first, then
fewest cycles, to level wear) and the plan explains the choice in words.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import Enum

from operator_app.domain import station as st
from operator_app.domain.snapshot import SlotSnapshot
from operator_app.domain.vehicles import Vehicle

POLICY_KEYS = {
    "soc_desc": (lambda s: -(s.soc or 0.0), "highest SoC"),
    "cycles_asc": (lambda s: s.cycles or 0, "fewest cycles"),
    "soh_desc": (lambda s: -(s.soh or 0.0), "best health"),
    "temp_asc": (lambda s: s.temp_max or 0.0, "coolest"),
    "slot_asc": (lambda s: s.slot, "lowest slot"),
}


@dataclass(frozen=True)
class SelectionRules:
    """Example: ``SelectionRules(ready_soc=90, min_soh=80, policy=("soc_desc", "cycles_asc"))``."""

    ready_soc: float = 90.0  # %
    min_soh: float = 80.0  # %
    temp_min: float = 0.0  # °C
    temp_max: float = 45.0  # °C
    min_insulation_kohm: float = 250.0  # the OEM's alarm threshold; 100 ohm/V is 58 kohm
    max_alarm_level: int = 1  # level 2 or more keeps a pack out
    policy: tuple[str, ...] = ("soc_desc", "cycles_asc")

    def __post_init__(self) -> None:
        unknown = [k for k in self.policy if k not in POLICY_KEYS]
        if unknown:
            raise ValueError(f"unknown selection keys {unknown}; known: {sorted(POLICY_KEYS)}")


def ineligible_reason(s: SlotSnapshot, vehicle: Vehicle, rules: SelectionRules,
                      quarantined: frozenset[str]) -> str | None:
    """Why this slot's pack may not go into the vehicle, or None when it may."""
    if not s.occupied or not s.pack_code:
        return "empty"
    if s.pack_type is not vehicle.pack_type:
        return "other type"
    if s.pack_code in quarantined:
        return "quarantined"
    if s.state in (st.SlotState.IN_SWAP, st.SlotState.FAULT, st.SlotState.DISABLED):
        return {st.SlotState.IN_SWAP: "reserved", st.SlotState.FAULT: "charger fault",
                st.SlotState.DISABLED: "slot disabled"}[s.state]
    if s.invalid:
        return "invalid readings"
    if s.alarm_level is None or s.alarm_level > rules.max_alarm_level:
        return f"alarm level {s.alarm_level}"
    if s.soh is None or s.soh < rules.min_soh:
        return "poor health"
    if s.temp_max is None or s.temp_min is None or not (
            rules.temp_min <= s.temp_min and s.temp_max <= rules.temp_max):
        return "temperature out of range"
    if s.insulation is None or s.insulation < rules.min_insulation_kohm:
        return "insulation low"
    if s.soc is None or s.soc < rules.ready_soc:
        return "charging" if s.charger_state in (
            st.ChargerState.CONNECTING, st.ChargerState.CONSTANT_CURRENT,
            st.ChargerState.CONSTANT_VOLTAGE) else "not charged"
    return None


@dataclass(frozen=True)
class SwapPlan:
    vehicle: Vehicle
    packs_in: tuple[SlotSnapshot, ...]  # one per block, in block order
    out_slot: int  # where block 1's depleted pack goes (later blocks: the controller picks)
    explanation: str

    def key(self) -> tuple:
        """The plan's substance: vehicle, packs and slots. A live SoC in the explanation
        changes nothing a confirmation was given for."""
        return (self.vehicle.plate, tuple((p.slot, p.pack_code) for p in self.packs_in),
                self.out_slot)

    def command_args(self) -> tuple[int, ...]:
        """START_SWAP arguments, as the register map lays them out."""
        ins = [s.slot for s in self.packs_in] + [0] * (3 - len(self.packs_in))
        return (self.vehicle.blocks, *ins, self.out_slot, 0, 0)


NO_FREE_SLOT = "no free slot for the depleted pack: every slot holds a pack"


@dataclass(frozen=True)
class NoPlan:
    reason: str


def plan_swap(vehicle: Vehicle, slots: tuple[SlotSnapshot, ...], rules: SelectionRules,
              quarantined: frozenset[str] = frozenset(),
              empty_blocks: frozenset[int] = frozenset()) -> SwapPlan | NoPlan:
    """Choose the packs for ``vehicle`` from the rack, or say in words why it cannot be done.

    ``empty_blocks``: blocks of the vehicle that carry no pack (a swap stopped after the
    removal and was recovered): nothing comes out of them. Only a first block that carries
    a pack needs a free slot; later blocks' depleted packs go where earlier ones' came from.
    """
    reasons = {s.slot: ineligible_reason(s, vehicle, rules, quarantined) for s in slots}
    eligible = [s for s in slots if reasons[s.slot] is None]
    need = vehicle.blocks
    type_name = vehicle.pack_type.name.split("_")[0]
    if len(eligible) < need:
        return NoPlan(_why_not(vehicle, slots, reasons, eligible, rules, type_name))
    keys = [POLICY_KEYS[k][0] for k in rules.policy]
    chosen = sorted(eligible, key=lambda s: tuple(k(s) for k in keys))[:need]
    free = [s.slot for s in slots if not s.occupied and s.state is st.SlotState.EMPTY]
    words = ", then ".join(POLICY_KEYS[k][1] for k in rules.policy)
    picks = "; ".join(f"slot {s.slot} ({s.soc:.0f} % SoC, {s.soh:.0f} % SoH, {s.cycles} cycles)"
                      for s in chosen)
    head = (f"{len(eligible)} of the rack's type {type_name} packs are ready; chosen by "
            f"{words}: {picks}.")
    if 1 in empty_blocks:
        return SwapPlan(vehicle, tuple(chosen), 0,
                        f"{head} Block 1 carries no pack: nothing to take out first.")
    if not free:
        return NoPlan(NO_FREE_SLOT)
    return SwapPlan(vehicle, tuple(chosen), free[0], f"{head} Depleted pack to slot {free[0]}.")


def _why_not(vehicle: Vehicle, slots: tuple[SlotSnapshot, ...], reasons: dict[int, str | None],
             eligible: list[SlotSnapshot], rules: SelectionRules, type_name: str) -> str:
    same = [s for s in slots if s.occupied and s.pack_type is vehicle.pack_type]
    need = vehicle.blocks
    head = (f"needs {need} pack{'s' if need > 1 else ''} of type {type_name}, "
            f"{len(eligible)} ready")
    if not same:
        return f"{head}: the rack holds no type {type_name} pack"
    counts = Counter(reasons[s.slot] for s in same if reasons[s.slot])
    parts = [f"{n} {reason}" for reason, n in counts.most_common()]
    charging = [s for s in same if reasons[s.slot] == "charging"]
    eta = ""
    if charging:
        waits = sorted(_minutes_to_ready(s, rules) for s in charging)
        missing = need - len(eligible)
        if len(waits) >= missing and waits[missing - 1] != float("inf"):
            eta = f"; enough ready in about {waits[missing - 1]:.0f} min"
    return f"{head}: {', '.join(parts)}{eta}"


def _minutes_to_ready(s: SlotSnapshot, rules: SelectionRules) -> float:
    """Estimate from the controller's time to full, scaled to the ready threshold."""
    if s.time_to_full is None or s.soc is None:
        return float("inf")
    if s.soc >= 100:
        return 0.0
    share = max(0.0, rules.ready_soc - s.soc) / (100.0 - s.soc)
    return s.time_to_full * min(1.0, share * 0.8)  # CV taper: the last 10 % are slowest


class TileState(Enum):
    READY = "ready"
    CHARGING = "charging"
    EMPTY = "empty"
    RESERVED = "reserved"
    QUARANTINED = "quarantined"
    FAULT = "fault"
    NOT_READY = "not ready"
    DISABLED = "disabled"
    INVALID = "invalid"


class TileWhy(Enum):
    """Why a tile is not ready, or which fault: said on the tile under its state."""

    NONE = ""
    CHARGER_FAULT = "charger fault"
    SLOT_FAULT_EMPTY = "slot fault"
    CHARGER_DISABLED = "charger disabled"
    BMS_ALARM = "BMS alarm"
    INSULATION = "insulation low"
    INVALID = "readings invalid"
    TOO_HOT = "too hot"
    TOO_COLD = "too cold"
    POOR_HEALTH = "poor health"
    SOC_LOW = "SoC low, not charging"
    CHARGING = "charging"


@dataclass(frozen=True)
class TileView:
    """What a rack tile says: its state, why, and minutes to ready while charging."""

    state: TileState
    why: TileWhy = TileWhy.NONE
    minutes: float | None = None
    alarm_level: int | None = None  # the BMS level, for "BMS alarm level 2"


def tile_view(s: SlotSnapshot, rules: SelectionRules,
              quarantined: frozenset[str] = frozenset()) -> TileView:
    """The tile of slot ``s``: never "ready" for a pack the plan would refuse, and every
    state that is not ready says why."""
    if not s.occupied:
        if s.state is st.SlotState.FAULT:
            return TileView(TileState.FAULT, TileWhy.SLOT_FAULT_EMPTY)
        return TileView(TileState.EMPTY)
    if s.pack_code in quarantined:
        return TileView(TileState.QUARANTINED)
    if s.state is st.SlotState.IN_SWAP:
        return TileView(TileState.RESERVED)
    if s.invalid:
        return TileView(TileState.INVALID, TileWhy.INVALID)
    if s.state is st.SlotState.FAULT:
        return TileView(TileState.FAULT, TileWhy.CHARGER_FAULT)
    if s.alarm_level is None or s.alarm_level > rules.max_alarm_level:
        return TileView(TileState.FAULT, TileWhy.BMS_ALARM, alarm_level=s.alarm_level)
    if s.insulation is not None and s.insulation < rules.min_insulation_kohm:
        return TileView(TileState.FAULT, TileWhy.INSULATION)
    if s.state is st.SlotState.DISABLED:
        return TileView(TileState.DISABLED, TileWhy.CHARGER_DISABLED)
    reason = ineligible_reason(s, _AnyVehicle(s.pack_type), rules, quarantined)
    if reason is None:
        return TileView(TileState.READY)
    if reason == "charging":
        return TileView(TileState.CHARGING, TileWhy.CHARGING, _minutes_to_ready(s, rules))
    why = {"poor health": TileWhy.POOR_HEALTH, "not charged": TileWhy.SOC_LOW,
           "insulation low": TileWhy.INSULATION, "invalid readings": TileWhy.INVALID}.get(
        reason)
    if reason == "temperature out of range":
        if s.temp_max is None or s.temp_min is None:
            why = TileWhy.INVALID
        else:
            why = TileWhy.TOO_HOT if s.temp_max > rules.temp_max else TileWhy.TOO_COLD
    return TileView(TileState.NOT_READY, why or TileWhy.NONE)


def tile_state(s: SlotSnapshot, rules: SelectionRules,
               quarantined: frozenset[str] = frozenset()) -> tuple[TileState, float | None]:
    """What a rack tile says about its slot, and minutes to ready while charging."""
    view = tile_view(s, rules, quarantined)
    return view.state, view.minutes


@dataclass(frozen=True)
class _AnyVehicle:
    """A vehicle that takes this pack's type: for judging a pack on its own."""

    pack_type: st.PackType | None
    blocks: int = 1
