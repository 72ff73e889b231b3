"""Maintenance: when the station may leave maintenance mode, and slots out of service.

Plain data and rules (no Qt); the texts are English data the screens translate in the
"Recovery" context. Choosing a mode never moves anything (IEC 60204-1, 9.2.3): the
console asks the controller with SET_MODE and shows maintenance only once the controller
reports it. Leaving maintenance needs the station safe for automatic operation:
``leave_problems`` says what is missing, one phrase each.
"""

from __future__ import annotations

from dataclasses import dataclass

from operator_app.domain import station as st
from operator_app.domain.roles import Role
from operator_app.domain.snapshot import StationSnapshot
from operator_app.domain.words import Phrase

MAINTENANCE_ROLE = Role.TECHNICIAN  # who may enter, leave and work in maintenance
LOAD_EMPTY_KG = 50.0  # the lift carries nothing below this reading

T_NEEDS_TECHNICIAN = "maintenance needs a signed-in technician or supervisor"
T_SWAP_RUNNING = "a swap is running: maintenance waits for it to end"
T_LINK_DOWN = "the link to the controller is down"
T_ALREADY_IN = "the station is in maintenance already"
T_NOT_IN = "the station is not in maintenance"
T_ASKED_IN = "maintenance asked of the controller: it shows once the controller confirms"
T_ASKED_OUT = "automatic operation asked of the controller"
T_IN = "the controller confirms maintenance mode"
T_OUT = "the controller confirms automatic operation"
T_CANNOT_LEAVE = "the station stays in maintenance until it is safe: %1"
L_LIFT_NOT_DOWN = "the lift is not down (home the axes)"
L_SHUTTLE_NOT_HOME = "the shuttle is not at the bay (home the axes)"
L_PACK_ON_LIFT = "a pack is on the lift"
L_PACK_ON_SHUTTLE = "a pack is on the shuttle"
L_MOVING = "an axis is still moving"
L_LOCK_FAULT = "lock head %1 is faulted"
L_DOOR_OPEN = "a station door is open"
L_NO_DATA = "no data from the controller"
T_HOLD_NEEDS_MODE = "motion needs maintenance mode: enter it first"
T_HOLD_SCREEN = "the move stopped: %1"
S_SECOND_TOUCH = "a second finger touched the screen"
S_DEACTIVATED = "the console's window stopped being the active one"
S_HIDDEN = "the button went away (page changed, or signed out)"
T_OUT_OF_SERVICE = "slot %1 is out of service: %2"
T_OUT_UNTIL = "slot %1 is out of service until %3: %2"
T_BACK_IN_SERVICE = "slot %1 is back in service"
T_ALREADY_OUT = "slot %1 is out of service already"
T_NOT_OUT = "slot %1 is in service"
T_NO_REASON = "say why the slot is out of service"
T_NO_SUCH_SLOT = "there is no slot %1"
T_SLOT_IN_SWAP = "slot %1 is in the running swap"
T_UNTIL_PAST = "that time has passed already"

# why a slot is out of service: the list a technician chooses from
REASONS = ("charger repair", "connector worn", "slot inspection", "cooling fault",
           "rack damage", "other work")

TEXTS = [T_NEEDS_TECHNICIAN, T_SWAP_RUNNING, T_LINK_DOWN, T_ALREADY_IN, T_NOT_IN, T_ASKED_IN,
         T_ASKED_OUT, T_IN, T_OUT, T_CANNOT_LEAVE, T_HOLD_NEEDS_MODE, T_HOLD_SCREEN,
         S_SECOND_TOUCH, S_DEACTIVATED, S_HIDDEN, L_LIFT_NOT_DOWN, L_SHUTTLE_NOT_HOME,
         L_PACK_ON_LIFT, L_PACK_ON_SHUTTLE, L_MOVING, L_LOCK_FAULT, L_DOOR_OPEN, L_NO_DATA,
         T_OUT_OF_SERVICE, T_OUT_UNTIL, T_BACK_IN_SERVICE, T_ALREADY_OUT, T_NOT_OUT,
         T_NO_REASON, T_NO_SUCH_SLOT, T_SLOT_IN_SWAP, T_UNTIL_PAST, *REASONS]


def leave_problems(snap: StationSnapshot | None) -> list[Phrase]:
    """What keeps the station from leaving maintenance now (none: it may)."""
    if snap is None:
        return [Phrase(L_NO_DATA)]
    m = snap.machine
    out: list[Phrase] = []
    if not m.lift_limits & st.LiftLimit.LOWER:
        out.append(Phrase(L_LIFT_NOT_DOWN))
    if m.shuttle_location != 0:
        out.append(Phrase(L_SHUTTLE_NOT_HOME))
    if m.lift_load is not None and m.lift_load >= LOAD_EMPTY_KG:
        out.append(Phrase(L_PACK_ON_LIFT))
    if m.shuttle_carrying:
        out.append(Phrase(L_PACK_ON_SHUTTLE))
    if m.lift_motion or m.shuttle_motion:
        out.append(Phrase(L_MOVING))
    for head, (state, _torque) in enumerate(m.locks, 1):
        if state is st.LockState.FAULT:
            out.append(Phrase(L_LOCK_FAULT, (str(head),)))
    if m.doors:
        out.append(Phrase(L_DOOR_OPEN))
    return out


@dataclass(frozen=True)
class OutOfService:
    """A slot taken out of service: why, by whom, since and until when (0: until put back)."""

    slot: int
    reason: str
    by: str
    since: float
    until: float = 0.0

    def to_dict(self) -> dict:
        return {"slot": self.slot, "reason": self.reason, "by": self.by, "since": self.since,
                "until": self.until}


def service_due(machine, intervals) -> list[str]:
    """The controller's counters that reached their service interval (``intervals``: the
    config's ServiceIntervals): of "lift", "lock", "shuttle" (a counter the controller does
    not report is never due)."""
    due = []
    for name, value, limit in (
            ("lift", machine.lift_cycles, intervals.lift_cycles),
            ("lock", machine.lock_cycles, intervals.lock_cycles),
            ("shuttle", None if machine.shuttle_travel_m is None
             else machine.shuttle_travel_m / 1000.0, intervals.shuttle_km)):
        if value is not None and limit > 0 and value >= limit:
            due.append(name)
    return due

