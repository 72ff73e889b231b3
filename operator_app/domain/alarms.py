"""Alarm management after ISA-18.2 / IEC 62682: catalogue, state machine, order, KPIs.

Pure Python with an injected clock. ``AlarmManager.update`` is told which alarm
conditions are true now (from controller faults, pack flags, the link, the
journal); people act through ``acknowledge``, ``shelve``, ``reset`` and
``set_out_of_service``, each checked against the catalogue's role and refused
with a reason otherwise. Every change is returned as a ``Transition`` for the
journal. The first alarm of a cascade (another alarm raised within
``FIRST_OUT_WINDOW_S`` after it) is marked first out. Nothing is persisted here:
a restart starts from the conditions again, so a shelved alarm comes back
unshelved, as the standard asks.
"""

from __future__ import annotations

import uuid
from collections import deque
from dataclasses import dataclass, field
from enum import Enum, IntEnum

from operator_app.domain.roles import Role
from operator_app.domain.station import AlarmFlag, FaultCode
from operator_app.domain.words import Phrase

# A cascade: alarms raised within this many seconds of the one before them. The first alarm of
# a cascade is its "first out" (the likely cause; the others may follow from it). It is marked
# only once a second alarm is raised within the window after it: an alarm raised alone, or an
# unrelated one raised well after the last, is not first out. 3 s covers the controller's own
# follow-on faults (an E-stop stopping the lift and shuttle, a lock jam aborting the swap) and
# a few polls, and is short against the minutes between unrelated alarms.
FIRST_OUT_WINDOW_S = 3.0

# A swap aborted mid-sequence with a vehicle still in the bay (maybe without its pack, or with
# the pack half out): not the LOW "aborted" of an empty bay. The alarm service raises this code
# instead of ABORTED while the bay reports a vehicle.
ABORTED_IN_BAY = "ABORTED_IN_BAY"


class Priority(IntEnum):
    HIGH = 1
    MEDIUM = 2
    LOW = 3


class AlarmState(Enum):
    NORMAL = "normal"
    UNACK = "active unacknowledged"
    ACKED = "active acknowledged"
    RTN_UNACK = "returned to normal unacknowledged"
    SHELVED = "shelved"
    SUPPRESSED = "suppressed by design"
    OUT_OF_SERVICE = "out of service"


@dataclass(frozen=True)
class AlarmDef:
    """One catalogue entry: what it means and who may do what about it."""

    code: str
    priority: Priority
    cause: str
    action: str
    ack_role: Role = Role.OPERATOR
    reset_role: Role = Role.OPERATOR  # who may reset a latched alarm
    shelve_role: Role = Role.TECHNICIAN
    latched: bool = False  # needs a reset after its condition clears
    shelvable: bool = True
    max_shelve_s: float = 4 * 3600.0
    debounce_s: float = 0.0  # the condition must hold this long before it alarms


def _fault(code: FaultCode, priority: Priority, cause: str, action: str,
           latched: bool = False, ack_role: Role = Role.OPERATOR,
           reset_role: Role = Role.OPERATOR) -> AlarmDef:
    return AlarmDef(code.name, priority, cause, action, ack_role=ack_role, reset_role=reset_role,
                    latched=latched, shelvable=priority is not Priority.HIGH)


CATALOGUE: dict[str, AlarmDef] = {d.code: d for d in (
    _fault(FaultCode.ESTOP, Priority.HIGH, "An emergency stop was pressed; all motion stopped.",
           "Make the bay safe, reset the E-stop at the cabinet, then reset here.", latched=True),
    _fault(FaultCode.LOCK_JAM, Priority.HIGH, "A lock head jammed during (un)locking.",
           "Stop the swap; a technician checks the lock head in maintenance mode.",
           latched=True, reset_role=Role.TECHNICIAN),
    _fault(FaultCode.LIFT_OVERLOAD, Priority.HIGH, "The lift's load cell read above its limit.",
           "Keep clear of the lift; a technician inspects the pack and the lift.", latched=True,
           reset_role=Role.TECHNICIAN),
    _fault(FaultCode.SHUTTLE_MISALIGNED, Priority.HIGH, "The shuttle stopped off its slot.",
           "A technician realigns the shuttle in maintenance mode.", latched=True,
           reset_role=Role.TECHNICIAN),
    _fault(FaultCode.HV_INTERLOCK, Priority.HIGH, "The vehicle's HV interlock loop is open.",
           "Do not release the vehicle; check the pack connector and retry verification."),
    _fault(FaultCode.INSULATION_LOW, Priority.HIGH,
           "A pack's insulation resistance is below 100 ohm/V.",
           "Quarantine the pack; do not charge or install it. A technician acknowledges.",
           ack_role=Role.TECHNICIAN),
    _fault(FaultCode.PACK_IDENTITY_MISMATCH, Priority.HIGH,
           "The installed pack is not the planned one.",
           "Hold the vehicle; check the pack code against the plan."),
    _fault(FaultCode.CHARGER_FAULT, Priority.MEDIUM, "A slot's charger reported a fault.",
           "Reset the charger; if it repeats, disable the slot and call a technician."),
    _fault(FaultCode.BMS_HANDSHAKE, Priority.MEDIUM, "The pack's BMS did not answer the check.",
           "Retry verification; if it fails again, swap the pack out."),
    _fault(FaultCode.LIGHT_CURTAIN, Priority.MEDIUM, "Someone crossed the bay light curtain.",
           "Clear the bay, then reset."),
    _fault(FaultCode.WATCHDOG, Priority.MEDIUM,
           "The controller stopped seeing this console's heartbeat and held motion.",
           "Check the link. Motion stays held until someone here checks the bay and taps "
           "Resume on the main page (or aborts the swap)."),
    _fault(FaultCode.CONTROLLER_RESTART, Priority.MEDIUM,
           "The controller restarted during a swap.",
           "Check the bay, then reset and follow the guided recovery."),
    _fault(FaultCode.DOOR_OPEN, Priority.MEDIUM,
           "A station door is open: nothing moves and no swap starts while it is.",
           "Close the door; a swap it stopped needs a reset once it is closed."),
    _fault(FaultCode.VEHICLE_HV_ON, Priority.MEDIUM,
           "The vehicle did not confirm its HV off, so the controller stopped the swap before "
           "any lock moved.",
           "Ask the driver to switch the vehicle off and keep it off; then reset and start "
           "the swap again."),
    _fault(FaultCode.PARKING_BRAKE_OFF, Priority.MEDIUM,
           "The vehicle did not confirm its parking brake, so the controller stopped the swap "
           "before any lock moved.",
           "Ask the driver to set the parking brake; then reset and start the swap again."),
    _fault(FaultCode.LOAD_MISMATCH, Priority.HIGH,
           "The lift's load cell read a mass that does not match the pack's type: a wrong or "
           "damaged pack, or a faulty load cell.",
           "Keep clear of the lift; a technician checks the pack and the load cell, then "
           "resets.", latched=True, reset_role=Role.TECHNICIAN),
    _fault(FaultCode.LOCK_TORQUE_LOW, Priority.HIGH,
           "A lock head ended below its locking torque (180-250 Nm): it may not hold the "
           "pack.",
           "Keep the vehicle in the bay; a technician unlocks and locks the head again in "
           "maintenance mode, then resets.", latched=True, reset_role=Role.TECHNICIAN),
    _fault(FaultCode.POSITIONING_FAILED, Priority.LOW,
           "The vehicle could not be positioned within tolerance after 3 tries.",
           "Guide the driver back and retry positioning."),
    _fault(FaultCode.ABORTED, Priority.LOW, "A swap was aborted mid-sequence.",
           "Check the bay and reset to let the controller recover."),
    AlarmDef(ABORTED_IN_BAY, Priority.MEDIUM,
             "A swap was aborted mid-sequence with the vehicle still in the bay: it may be "
             "without a pack, or with its pack half out.",
             "Keep the vehicle in the bay and the driver out of it. Check the pack and the lift, "
             "then reset and follow the guided recovery before the vehicle leaves."),
    AlarmDef("LINK_LOST", Priority.HIGH, "The console lost the link to the station controller.",
             "Check the serial cable and the controller's power; the console reconnects by "
             "itself.", shelvable=False),
    AlarmDef("LINK_DEGRADED", Priority.LOW,
             "The link to the controller needs retries (noise, a loose connector, a slow "
             "controller) but still works.",
             "Check the RS-485 cabling, its termination and shield; run 'operator-app link check'"
             " with --trace to see the frames.", debounce_s=10.0),
    AlarmDef("JOURNAL_DISK_FULL", Priority.MEDIUM,
             "The terminal's disk is full; records go into the journal's reserve space, then "
             "wait in memory, and telemetry is thinned.",
             "Free space on the terminal now (old exports, logs); waiting records are written "
             "when space returns.",
             shelve_role=Role.TECHNICIAN),
    AlarmDef("JOURNAL_FAILED", Priority.HIGH, "The station journal cannot be written.",
             "Call a technician: swaps are not being recorded.", shelvable=False),
    AlarmDef("SYNC_DOWN", Priority.LOW,
             "The oldest record not yet sent to the fleet is older than the station's limit "
             "(24 hours unless configured): the broker has been unreachable that long.",
             "Check the terminal's network; records are kept and go when the broker is back. "
             "A station with no network hands them over on a USB stick (operator-app sync "
             "export)."),
    AlarmDef("SYNC_BACKLOG_FULL", Priority.LOW,
             "The records waiting for the fleet take more disk than their budget. None is "
             "dropped.",
             "Bring the network back, or hand the records over on a USB stick (operator-app "
             "sync export); a technician may raise budget_mb under [sync]."),
    AlarmDef("SYNC_REFUSED", Priority.LOW,
             "The fleet's broker refuses this station (its credentials, its certificate, a "
             "topic its ACL denies, or a station id that changed): records wait.",
             "Call a technician: the station details page says what was refused; the [sync] "
             "settings or the broker's ACL need fixing."),
    AlarmDef("QUARANTINED_PACK_IN_SWAP", Priority.HIGH,
             "A swap the console did not plan (the bay's button, another terminal) is taking "
             "a pack that is in quarantine.",
             "Abort the swap while the vehicle is in the bay; if it has left, tell the "
             "technician which vehicle has the pack."),
    AlarmDef("SERVICE_DUE", Priority.LOW,
             "A maintenance counter of the controller (lift cycles, lock cycles or shuttle "
             "travel) has reached its service interval ([maintenance] in the settings).",
             "Plan the service: the maintenance page's Counters section says which is due. "
             "Swaps go on meanwhile."),
    AlarmDef("BMS_SOH_DISAGREES", Priority.LOW,
             "The pack's BMS reports a state of health more than 3 points away from the "
             "capacity this console measured in the pack's own charges.",
             "Trust the measured capacity (the pack page shows both); a technician checks the "
             "BMS's calibration, or quarantines the pack."),
)}

# GB/T 32960 pack flags: one alarm per slot and flag, priority from the BMS's level (the pack
# page shows the level). Each text is whole, so that the screens can translate it.
PACK_FLAG_CAUSES = {
    AlarmFlag.TEMPERATURE_DIFFERENCE:
        "The pack's BMS reports too large a temperature difference inside the pack.",
    AlarmFlag.HIGH_TEMPERATURE: "The pack's BMS reports a high temperature.",
    AlarmFlag.PACK_OVER_VOLTAGE: "The pack's BMS reports the pack's voltage too high.",
    AlarmFlag.PACK_UNDER_VOLTAGE: "The pack's BMS reports the pack's voltage too low.",
    AlarmFlag.SOC_LOW: "The pack's BMS reports a low state of charge.",
    AlarmFlag.CELL_OVER_VOLTAGE: "The pack's BMS reports a cell voltage too high.",
    AlarmFlag.CELL_UNDER_VOLTAGE: "The pack's BMS reports a cell voltage too low.",
    AlarmFlag.SOC_HIGH: "The pack's BMS reports a state of charge too high.",
    AlarmFlag.SOC_JUMP: "The pack's BMS reports a sudden jump of the state of charge.",
    AlarmFlag.STORAGE_MISMATCH:
        "The pack's BMS reports that the pack does not match the vehicle's energy storage.",
    AlarmFlag.POOR_CELL_CONSISTENCY: "The pack's BMS reports poor consistency between its cells.",
    AlarmFlag.INSULATION_FAILURE: "The pack's BMS reports an insulation failure.",
    AlarmFlag.DCDC_TEMPERATURE: "The pack's BMS reports a high DC-DC converter temperature.",
    AlarmFlag.BRAKE: "The pack's BMS reports a brake system alarm.",
    AlarmFlag.DCDC_STATUS: "The pack's BMS reports a DC-DC converter fault.",
    AlarmFlag.MOTOR_CONTROLLER_TEMPERATURE:
        "The pack's BMS reports a high motor controller temperature.",
    AlarmFlag.HV_INTERLOCK: "The pack's BMS reports its HV interlock open.",
    AlarmFlag.MOTOR_TEMPERATURE: "The pack's BMS reports a high motor temperature.",
    AlarmFlag.OVER_CHARGE: "The pack's BMS reports the pack overcharged.",
}
PACK_CAUSE_OTHER = "The pack's BMS reports an alarm this console does not know."
PACK_FLAG_ACTIONS = {
    AlarmFlag.HIGH_TEMPERATURE: "Stop charging the pack and let it cool; quarantine if it repeats.",
    AlarmFlag.TEMPERATURE_DIFFERENCE: "Check the pack's cooling; quarantine if it repeats.",
    AlarmFlag.INSULATION_FAILURE: "Quarantine the pack; do not charge or install it.",
    AlarmFlag.CELL_OVER_VOLTAGE: "Stop charging; a technician checks the cell balancing.",
    AlarmFlag.CELL_UNDER_VOLTAGE: "Do not install; charge slowly and check the weak cell.",
    AlarmFlag.POOR_CELL_CONSISTENCY: "Schedule a balancing charge; watch the pack's health.",
}
PACK_ACTION_OTHER = "Check the pack's diagnostics."
# a controller fault code the catalogue does not know: its number is in the alarm's name
UNKNOWN_CAUSE = "The controller reported a fault code this console does not know."
UNKNOWN_ACTION = "Look the code up in the controller's manual."
PACK_DEBOUNCE_S = 2.0


def pack_alarm_def(flag: AlarmFlag, level: int) -> AlarmDef:
    priority = {3: Priority.HIGH, 2: Priority.MEDIUM}.get(level, Priority.LOW)
    name = flag.name or "UNKNOWN"
    return AlarmDef(f"PACK_{name}", priority, PACK_FLAG_CAUSES.get(flag, PACK_CAUSE_OTHER),
                    PACK_FLAG_ACTIONS.get(flag, PACK_ACTION_OTHER),
                    debounce_s=PACK_DEBOUNCE_S, shelvable=level < 3)


_WORDS = {"estop": "E-stop", "hv": "HV", "bms": "BMS", "soc": "SoC", "soh": "SoH", "dcdc": "DC-DC"}
# Codes whose words alone do not name the alarm well (sentence case, like the rest)
_TITLES = {"ABORTED": "Swap aborted", ABORTED_IN_BAY: "Swap aborted, vehicle in bay"}


def title(code: str) -> str:
    """An alarm's name for people, in sentence case, from its code: 'LOCK_JAM' -> 'Lock jam',
    'PACK_SOC_LOW' -> 'Pack SoC low', 'PACK_PACK_OVER_VOLTAGE' -> 'Pack over voltage'."""
    if code in _TITLES:
        return _TITLES[code]
    words = code.lower().split("_")
    if words[:2] == ["pack", "pack"]:
        words = words[1:]
    text = " ".join(_WORDS.get(w, w) for w in words)
    return text[:1].upper() + text[1:]


def definition(code: str) -> AlarmDef:
    if code in CATALOGUE:
        return CATALOGUE[code]
    return AlarmDef(code, Priority.MEDIUM, UNKNOWN_CAUSE, UNKNOWN_ACTION)


@dataclass
class Alarm:
    """One alarm point (code at a source) and its current occurrence."""

    code: str
    source: str
    definition: AlarmDef
    state: AlarmState = AlarmState.NORMAL
    condition: bool = False
    occurrence: str = ""  # UUID of the current occurrence, for the journal
    raised_at: float | None = None
    awaiting_reset: bool = False
    first_out: bool = False  # this occurrence started a cascade (see FIRST_OUT_WINDOW_S)
    shelved_until: float | None = None
    shelve_reason: str = ""
    pending_since: float | None = None  # debouncing
    suppressed: bool = False

    @property
    def key(self) -> tuple[str, str]:
        return self.code, self.source

    @property
    def annunciated(self) -> bool:
        return self.state in (AlarmState.UNACK, AlarmState.ACKED, AlarmState.RTN_UNACK)


@dataclass(frozen=True)
class Transition:
    occurrence: str
    code: str
    source: str
    priority: Priority
    from_state: AlarmState
    to_state: AlarmState
    at: float
    actor: str | None = None
    reason: str | None = None
    first_out: bool = False  # the alarm's first-out mark as it stands at this transition


@dataclass(frozen=True)
class Refusal:
    """Why people's action on an alarm was refused: a phrase the screens translate."""

    why: Phrase | str

    @property
    def reason(self) -> str:
        """In English, for the journal and the log."""
        return self.why.english() if isinstance(self.why, Phrase) else self.why


# why an action on an alarm is refused, in words (the screens translate them, context
# "Recovery"; scripts/translations.py hands them to lupdate through words.all_texts)
R_NOTHING_TO_ACK = "nothing to acknowledge: the alarm is not unacknowledged"
R_ACK_ROLE = "acknowledging %1 needs the %2 role"
R_NOTHING_TO_RESET = "nothing to reset: the alarm is not latched with its cause gone"
R_ACK_FIRST = "acknowledge the alarm before resetting it"
R_RESET_ROLE = "resetting %1 needs the %2 role"
R_SHELVE_ANNUNCIATED = "only an annunciated alarm can be shelved"
R_NOT_SHELVABLE = "%1 may not be shelved"
R_SHELVE_ROLE = "shelving needs the %1 role"
R_SHELVE_REASON = "shelving needs a reason"
R_SHELVE_LIMIT = "shelve for at most %1 minutes"
R_NOT_SHELVED = "the alarm is not shelved"
R_UNSHELVE_ROLE = "unshelving needs the %1 role"
R_NO_POINT = "no such alarm point"
R_OOS_ROLE = "taking an alarm out of service needs the technician role"
R_OOS_REASON = "taking an alarm out of service needs a reason"
R_IN_SERVICE = "the alarm is in service"
REFUSAL_TEXTS = [R_NOTHING_TO_ACK, R_ACK_ROLE, R_NOTHING_TO_RESET, R_ACK_FIRST, R_RESET_ROLE,
                 R_SHELVE_ANNUNCIATED, R_NOT_SHELVABLE, R_SHELVE_ROLE, R_SHELVE_REASON,
                 R_SHELVE_LIMIT, R_NOT_SHELVED, R_UNSHELVE_ROLE, R_NO_POINT, R_OOS_ROLE,
                 R_OOS_REASON, R_IN_SERVICE]
# the same words as the recovery's (domain.recovery.ROLE_WORDS): one catalogue entry each
_ROLE_WORDS = {Role.OPERATOR: "operator", Role.TECHNICIAN: "technician",
               Role.SUPERVISOR: "supervisor"}


def _role(role: Role) -> Phrase:
    return Phrase(_ROLE_WORDS[role])


@dataclass
class AlarmManager:
    """The alarm points of one station and what people did with them."""

    flood_window_s: float = 600.0
    activations: deque[tuple[float, Priority]] = field(default_factory=lambda: deque(maxlen=20000))
    alarms: dict[tuple[str, str], Alarm] = field(default_factory=dict)
    first_out_window_s: float = FIRST_OUT_WINDOW_S
    # the station's own limit on shelving (console.toml max_shelve_minutes), under each
    # alarm's own (``AlarmDef.max_shelve_s``)
    max_shelve_s: float = 4 * 3600.0
    # the running cascade: the alarm that started it and when its latest alarm was raised
    _cascade_first: tuple[str, str] | None = field(default=None, init=False, repr=False)
    _cascade_last: float | None = field(default=None, init=False, repr=False)

    # --- conditions -------------------------------------------------------------------------

    def update(self, conditions: dict[tuple[str, str], AlarmDef | None], now: float,
               suppressed: frozenset[tuple[str, str]] = frozenset()) -> list[Transition]:
        """Set every alarm point's condition: present keys are active, absent ones are clear.

        ``suppressed`` names points that are suppressed by design right now (e.g. the
        charger alarm of an empty slot): they are neither annunciated nor counted.
        """
        out: list[Transition] = []
        for key, definition_ in conditions.items():
            if key not in self.alarms:
                d = definition_ or definition(key[0])
                self.alarms[key] = Alarm(key[0], key[1], d)
            elif definition_ is not None and definition_ != self.alarms[key].definition:
                out += self._redefine(self.alarms[key], definition_, now)
        for key, alarm in self.alarms.items():
            out += self._condition(alarm, key in conditions, key in suppressed, now)
        out += self._expire_shelves(now)
        return out

    def _condition(self, a: Alarm, active: bool, suppressed: bool, now: float) -> list[Transition]:
        if suppressed != a.suppressed:
            a.suppressed = suppressed
            if suppressed and a.state not in (AlarmState.OUT_OF_SERVICE,):
                return self._move(a, AlarmState.SUPPRESSED, now, reason="suppressed by design")
            if not suppressed and a.state is AlarmState.SUPPRESSED:
                if a.awaiting_reset:  # a latched alarm still wants its reset
                    return self._move(a, AlarmState.UNACK, now, reason="suppression lifted")
                a.condition = False
                moved = self._move(a, AlarmState.NORMAL, now, reason="suppression lifted")
                return moved + self._condition(a, active, suppressed, now)
        if active and not a.condition:
            if a.definition.debounce_s:
                if a.pending_since is None:
                    a.pending_since = now
                if now - a.pending_since < a.definition.debounce_s:
                    return []
            a.pending_since = None
            a.condition = True
            a.awaiting_reset = False
            if a.state in (AlarmState.NORMAL, AlarmState.RTN_UNACK):
                if a.state is AlarmState.NORMAL:
                    a.occurrence = str(uuid.uuid4())
                    a.raised_at = now
                self.activations.append((now, a.definition.priority))
                return self._move(a, AlarmState.UNACK, now) + self._cascade(a, now)
            return []
        if not active:
            a.pending_since = None
        if not active and a.condition:
            a.condition = False
            if a.definition.latched and a.state in (AlarmState.UNACK, AlarmState.ACKED):
                a.awaiting_reset = True  # stays in alarm until a person resets it
                return []
            if a.state is AlarmState.UNACK:
                return self._move(a, AlarmState.RTN_UNACK, now)
            if a.state is AlarmState.ACKED:
                return self._move(a, AlarmState.NORMAL, now, cleared=True)
        return []

    def _redefine(self, a: Alarm, d: AlarmDef, now: float) -> list[Transition]:
        """The same point with another definition: a pack's BMS raised its level (LOW at
        level 1, HIGH at 3). The alarm takes the new priority; one that rose while it was
        acknowledged is annunciated again, since what was acknowledged was less."""
        rose = d.priority < a.definition.priority  # HIGH is 1
        a.definition = d
        if rose and a.condition and a.state is AlarmState.ACKED:
            return self._move(a, AlarmState.UNACK, now,
                              reason=f"priority rose to {d.priority.name}")
        return []

    def _cascade(self, raised: Alarm, now: float) -> list[Transition]:
        """``raised`` was just raised (annunciated): it starts a cascade, or joins the running
        one (raised within the window after the cascade's latest alarm). The first alarm of a
        cascade becomes first out when the second one joins it; that mark is returned as a
        transition of its own (same state, reason "first out"), so the journal and the alarm
        history say when and why it was marked, and its later transitions carry the mark.

        Alarms raised in one update are taken in the order their points were first seen: one
        poll cannot tell which of them came first."""
        last, self._cascade_last = self._cascade_last, now
        if last is None or now - last > self.first_out_window_s:
            self._cascade_first = raised.key  # a new cascade, of one alarm so far
            return []
        first = self.alarms.get(self._cascade_first) if self._cascade_first else None
        if first is None or first is raised or first.first_out or not first.annunciated:
            return []  # not a second alarm, already marked, or the first one has gone
        first.first_out = True
        return [Transition(first.occurrence, first.code, first.source,
                           first.definition.priority, first.state, first.state, now, None,
                           f"first out: {raised.code} at {raised.source} followed "
                           f"{now - (first.raised_at or now):.1f} s later", True)]

    def _expire_shelves(self, now: float) -> list[Transition]:
        out = []
        for a in self.alarms.values():
            if a.state is AlarmState.SHELVED and a.shelved_until is not None \
                    and now >= a.shelved_until:
                out += self._unshelve(a, now, None, "shelving expired")
        return out

    # --- people's actions -------------------------------------------------------------------

    def acknowledge(self, key: tuple[str, str], role: Role, actor: str, now: float
                    ) -> list[Transition] | Refusal:
        a = self.alarms.get(key)
        if a is None or a.state not in (AlarmState.UNACK, AlarmState.RTN_UNACK):
            return Refusal(Phrase(R_NOTHING_TO_ACK))
        if role < a.definition.ack_role:
            return Refusal(Phrase(R_ACK_ROLE, (a.code, _role(a.definition.ack_role))))
        if a.state is AlarmState.RTN_UNACK:
            return self._move(a, AlarmState.NORMAL, now, actor, "acknowledged", cleared=True)
        return self._move(a, AlarmState.ACKED, now, actor, "acknowledged")

    def reset(self, key: tuple[str, str], role: Role, actor: str, now: float
              ) -> list[Transition] | Refusal:
        a = self.alarms.get(key)
        if a is None or not a.definition.latched or not a.awaiting_reset:
            return Refusal(Phrase(R_NOTHING_TO_RESET))
        if a.state is not AlarmState.ACKED:
            return Refusal(Phrase(R_ACK_FIRST))
        if role < a.definition.reset_role:
            return Refusal(Phrase(R_RESET_ROLE, (a.code, _role(a.definition.reset_role))))
        a.awaiting_reset = False
        return self._move(a, AlarmState.NORMAL, now, actor, "reset", cleared=True)

    def reset_latch(self, key: tuple[str, str], role: Role, actor: str, now: float
                    ) -> list[Transition] | Refusal:
        """The controller was reset by ``actor`` and the alarm's cause is gone: the latch is
        released. An acknowledged alarm returns to normal; an unacknowledged one stays in the
        list, returned to normal unacknowledged, until someone acknowledges it: a reset is not
        an acknowledgement."""
        a = self.alarms.get(key)
        if a is None or not a.definition.latched or not a.awaiting_reset:
            return Refusal(Phrase(R_NOTHING_TO_RESET))
        if role < a.definition.reset_role:
            return Refusal(Phrase(R_RESET_ROLE, (a.code, _role(a.definition.reset_role))))
        a.awaiting_reset = False
        if a.state is AlarmState.UNACK:
            return self._move(a, AlarmState.RTN_UNACK, now, actor, "reset at the controller")
        return self._move(a, AlarmState.NORMAL, now, actor, "reset", cleared=True)

    def shelve(self, key: tuple[str, str], role: Role, actor: str, reason: str,
               duration_s: float, now: float) -> list[Transition] | Refusal:
        a = self.alarms.get(key)
        if a is None or not a.annunciated:
            return Refusal(Phrase(R_SHELVE_ANNUNCIATED))
        if not a.definition.shelvable:
            return Refusal(Phrase(R_NOT_SHELVABLE, (a.code,)))
        if role < a.definition.shelve_role:
            return Refusal(Phrase(R_SHELVE_ROLE, (_role(a.definition.shelve_role),)))
        if not reason.strip():
            return Refusal(Phrase(R_SHELVE_REASON))
        limit = min(a.definition.max_shelve_s, self.max_shelve_s)
        if not 0 < duration_s <= limit:
            return Refusal(Phrase(R_SHELVE_LIMIT, (f"{limit / 60:.0f}",)))
        a.shelved_until = now + duration_s
        a.shelve_reason = reason
        return self._move(a, AlarmState.SHELVED, now, actor, f"shelved: {reason}")

    def unshelve(self, key: tuple[str, str], role: Role, actor: str, now: float
                 ) -> list[Transition] | Refusal:
        a = self.alarms.get(key)
        if a is None or a.state is not AlarmState.SHELVED:
            return Refusal(Phrase(R_NOT_SHELVED))
        if role < a.definition.shelve_role:
            return Refusal(Phrase(R_UNSHELVE_ROLE, (_role(a.definition.shelve_role),)))
        return self._unshelve(a, now, actor, "unshelved")

    def _unshelve(self, a: Alarm, now: float, actor: str | None, reason: str) -> list[Transition]:
        a.shelved_until = None
        return self._move(a, self._resting(a), now, actor, reason,
                          cleared=self._resting(a) is AlarmState.NORMAL)

    def set_out_of_service(self, key: tuple[str, str], role: Role, actor: str, reason: str,
                           now: float, in_service: bool = False) -> list[Transition] | Refusal:
        a = self.alarms.get(key)
        if a is None:
            return Refusal(Phrase(R_NO_POINT))
        if role < Role.TECHNICIAN:
            return Refusal(Phrase(R_OOS_ROLE))
        if not in_service:
            if not reason.strip():
                return Refusal(Phrase(R_OOS_REASON))
            return self._move(a, AlarmState.OUT_OF_SERVICE, now, actor, reason)
        if a.state is not AlarmState.OUT_OF_SERVICE:
            return Refusal(Phrase(R_IN_SERVICE))
        return self._move(a, self._resting(a), now, actor, "returned to service")

    @staticmethod
    def _resting(a: Alarm) -> AlarmState:
        """Where an alarm coming back into view belongs: in alarm while its cause (or its
        latch) is there, else normal."""
        return AlarmState.UNACK if a.condition or a.awaiting_reset else AlarmState.NORMAL

    # --- views ---------------------------------------------------------------------------------

    def ordered(self) -> list[Alarm]:
        """As the standard orders a list: unacknowledged first, active before cleared, then
        priority, then newest."""
        shown = [a for a in self.alarms.values() if a.annunciated]
        return sorted(shown, key=lambda a: (
            a.state is not AlarmState.UNACK and a.state is not AlarmState.RTN_UNACK,
            not a.condition, a.definition.priority, -(a.raised_at or 0.0)))

    def kpis(self, now: float) -> dict[str, float]:
        """Alarm-rate KPIs: last 10 minutes, peak 10 minutes, standing, priority mix (%)."""
        times = [t for t, _ in self.activations]
        last = sum(1 for t in times if now - t <= 600)
        peak, j = 0, 0
        for i, t in enumerate(times):
            while times[j] < t - 600:
                j += 1
            peak = max(peak, i - j + 1)
        standing = sum(1 for a in self.alarms.values()
                       if a.condition and a.raised_at is not None and now - a.raised_at > 86400)
        mix = {p: 0 for p in Priority}
        for _, p in self.activations:
            mix[p] += 1
        total = max(1, len(self.activations))
        return {"per_10_min": last, "peak_per_10_min": peak, "standing": standing,
                "high_pct": 100 * mix[Priority.HIGH] / total,
                "medium_pct": 100 * mix[Priority.MEDIUM] / total,
                "low_pct": 100 * mix[Priority.LOW] / total}

    # --- the one place a state changes ---------------------------------------------------------

    def _move(self, a: Alarm, to: AlarmState, now: float, actor: str | None = None,
              reason: str | None = None, cleared: bool = False) -> list[Transition]:
        if to is a.state:
            return []
        old, a.state = a.state, to
        t = Transition(a.occurrence or str(uuid.uuid4()), a.code, a.source,
                       a.definition.priority, old, to, now, actor, reason, a.first_out)
        if not a.occurrence:
            a.occurrence = t.occurrence
        if cleared or to is AlarmState.NORMAL:
            a.first_out = False
        return [t]
