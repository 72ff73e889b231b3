"""Which packs may go into a vehicle, which are chosen, and why; or why none can.

A pack is eligible when its type matches, it is not quarantined, its SoC is at
least the ready threshold, its SoH at least the health threshold, its
temperatures and insulation are in range, it has no alarm of level 2 or more,
and its slot is neither faulted nor reserved. Among eligible packs the policy
orders them by an explicit list of keys (default: highest SoC first, then
fewest cycles, to level wear) and the plan explains the choice in words: a
``Phrase`` the screens translate (context "Recovery") and the journal keeps in English.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import Enum

from operator_app.domain import station as st
from operator_app.domain.snapshot import SlotSnapshot
from operator_app.domain.vehicles import Vehicle
from operator_app.domain.words import Phrase, listing

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
        return f"{ALARM_LEVEL}{s.alarm_level}"
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
    explanation: Phrase

    def key(self) -> tuple:
        """The plan's substance: vehicle, packs and slots. A live SoC in the explanation
        changes nothing a confirmation was given for."""
        return (self.vehicle.plate, tuple((p.slot, p.pack_code) for p in self.packs_in),
                self.out_slot)

    def command_args(self) -> tuple[int, ...]:
        """START_SWAP arguments, as the register map lays them out."""
        ins = [s.slot for s in self.packs_in] + [0] * (3 - len(self.packs_in))
        return (self.vehicle.blocks, *ins, self.out_slot, 0, 0)


# What the plan and its "why not" say, translated in the "Recovery" context. A text with %n
# is a plural message: its English singular is beside it.
T_PLAN = "%1; chosen by %2: %3. %4"
T_READY = ("%n of the rack's type %1 packs are ready", "%n of the rack's type %1 packs is ready")
T_THEN = "%1, then %2"
T_PICK = "slot %1 (%2 % SoC, %3 % SoH, %4)"
T_CYCLES = ("%n cycles", "%n cycle")
T_CYCLES_UNKNOWN = "cycles unknown"
T_OUT = "Depleted pack to slot %1."
T_NOTHING_OUT = "Block 1 carries no pack: nothing to take out first."
T_NEEDS = ("needs %n packs of type %1, %2", "needs %n pack of type %1, %2")
T_READY_COUNT = "%n ready"
T_NONE_OF_TYPE = "%1: the rack holds no type %2 pack"
T_WHY = "%1: %2"
T_WHY_WAIT = "%1: %2; enough ready in about %3 min"
NO_FREE_SLOT = Phrase("no free slot for the depleted pack: every slot holds a pack")
# ineligible_reason's words, counted in a "why not" (among packs of the vehicle's type):
# "3 charging, 1 in poor health"
T_COUNTED: dict[str, tuple[str, str]] = {
    "empty": ("%n without a pack code", ""),
    "quarantined": ("%n quarantined", ""),
    "reserved": ("%n reserved", ""),
    "charger fault": ("%n with a charger fault", ""),
    "slot disabled": ("%n in disabled slots", "%n in a disabled slot"),
    "invalid readings": ("%n with invalid readings", ""),
    "poor health": ("%n in poor health", ""),
    "temperature out of range": ("%n with the temperature out of range", ""),
    "insulation low": ("%n with insulation low", ""),
    "charging": ("%n charging", ""),
    "not charged": ("%n not charged", ""),
}
ALARM_LEVEL = "alarm level "  # + the level: a reason of its own for each level
T_COUNTED_ALARM = "%n at alarm level %1"
T_COUNTED_OTHER = "%n: %1"  # a reason without words of its own, as it is
POLICY_TEXTS = [name for _, name in POLICY_KEYS.values()]
TEXTS = [T_PLAN, T_READY[0], T_THEN, T_PICK, T_CYCLES[0], T_CYCLES_UNKNOWN, T_OUT,
         T_NOTHING_OUT, T_NEEDS[0], T_READY_COUNT, T_NONE_OF_TYPE, T_WHY, T_WHY_WAIT,
         NO_FREE_SLOT.text, *(many for many, _ in T_COUNTED.values()), T_COUNTED_ALARM,
         T_COUNTED_OTHER, *POLICY_TEXTS]


def counted(forms: tuple[str, str], n: int, *args: str | Phrase) -> Phrase:
    """A plural message (plural, singular) for ``n``."""
    return Phrase(forms[0], args, count=n, one=forms[1])


@dataclass(frozen=True)
class NoPlan:
    reason: Phrase


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
    words = Phrase(POLICY_KEYS[rules.policy[0]][1])
    for k in rules.policy[1:]:
        words = Phrase(T_THEN, (words, Phrase(POLICY_KEYS[k][1])))
    picks = listing([_pick(s) for s in chosen], "; ")
    ready = counted(T_READY, len(eligible), type_name)
    if 1 in empty_blocks:
        return SwapPlan(vehicle, tuple(chosen), 0,
                        Phrase(T_PLAN, (ready, words, picks, Phrase(T_NOTHING_OUT))))
    if not free:
        return NoPlan(NO_FREE_SLOT)
    return SwapPlan(vehicle, tuple(chosen), free[0], Phrase(
        T_PLAN, (ready, words, picks, Phrase(T_OUT, (str(free[0]),)))))


def _pick(s: SlotSnapshot) -> Phrase:
    """One chosen pack: its slot, SoC, SoH and cycles (an eligible pack has SoC and SoH)."""
    cycles = (Phrase(T_CYCLES_UNKNOWN) if s.cycles is None
              else counted(T_CYCLES, s.cycles))
    return Phrase(T_PICK, (str(s.slot), f"{s.soc or 0.0:.0f}", f"{s.soh or 0.0:.0f}", cycles))


def _counted_reason(reason: str, n: int) -> Phrase:
    """``n`` packs kept out for ``reason``: "3 charging"."""
    if reason in T_COUNTED:
        return counted(T_COUNTED[reason], n)
    if reason.startswith(ALARM_LEVEL):
        return Phrase(T_COUNTED_ALARM, (reason.removeprefix(ALARM_LEVEL),), count=n)
    return Phrase(T_COUNTED_OTHER, (reason,), count=n)


def _why_not(vehicle: Vehicle, slots: tuple[SlotSnapshot, ...], reasons: dict[int, str | None],
             eligible: list[SlotSnapshot], rules: SelectionRules, type_name: str) -> Phrase:
    same = [s for s in slots if s.occupied and s.pack_type is vehicle.pack_type]
    need = vehicle.blocks
    head = counted(T_NEEDS, need, type_name, Phrase(T_READY_COUNT, count=len(eligible)))
    if not same:
        return Phrase(T_NONE_OF_TYPE, (head, type_name))
    counts = Counter(reasons[s.slot] for s in same if reasons[s.slot])
    parts = listing([_counted_reason(reason, n) for reason, n in counts.most_common()
                     if reason])
    charging = [s for s in same if reasons[s.slot] == "charging"]
    if charging:
        waits = sorted(_minutes_to_ready(s, rules) for s in charging)
        missing = need - len(eligible)
        if len(waits) >= missing and waits[missing - 1] != float("inf"):
            return Phrase(T_WHY_WAIT, (head, parts, f"{waits[missing - 1]:.0f}"))
    return Phrase(T_WHY, (head, parts))


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
