"""Guided recovery: what to do, in order, when the controller stops in a fault.

Built from the controller's own view of the machine, so it knows the sequence
state: e.g. "vehicle unlocked, pack on the lift, E-stop latched: 1. clear the
bay 2. reset the E-stop at the cabinet 3. confirm here".
"""

from __future__ import annotations

from dataclasses import dataclass

from operator_app.domain import station as st
from operator_app.domain.snapshot import StationSnapshot


@dataclass(frozen=True)
class Guidance:
    situation: str
    steps: tuple[str, ...]

    def text(self) -> str:
        return self.situation + ": " + " ".join(f"{i}. {s}" for i, s in enumerate(self.steps, 1))


def needs_recovery(snap: StationSnapshot) -> bool:
    return snap.status.state in (st.StationState.FAULT, st.StationState.ESTOP)


def guidance(snap: StationSnapshot) -> Guidance | None:
    """The situation in words and the steps out of it; None when nothing needs recovery."""
    if not needs_recovery(snap):
        return None
    m, s = snap.machine, snap.status
    faults = set(s.faults)
    facts, steps = [], []
    locks = [state for state, _ in m.locks]
    if snap.bay.vehicle_present and any(x in (st.LockState.UNLOCKED, st.LockState.MOVING)
                                        for x in locks):
        facts.append("vehicle unlocked")
    jammed = [i + 1 for i, x in enumerate(locks) if x is st.LockState.FAULT]
    if jammed:
        facts.append(f"lock head {', '.join(map(str, jammed))} jammed")
    if (m.lift_load or 0) > 100:
        facts.append("pack on the lift")
    if m.shuttle_carrying:
        facts.append("pack on the shuttle")
    if m.estop_latched:
        facts.append("E-stop latched")
    elif m.reset_required:
        facts.append("E-stop released, confirmation needed")
    if st.FaultCode.LIFT_OVERLOAD in faults:
        facts.append("lift overload")
    if st.FaultCode.SHUTTLE_MISALIGNED in faults:
        facts.append("shuttle misaligned")
    if m.light_curtain_interrupted or m.estop_latched or st.FaultCode.LIGHT_CURTAIN in faults:
        steps.append("clear the bay and make sure nobody is inside the light curtain")
    if m.estop_latched:
        steps.append("reset the E-stop at the cabinet")
    if jammed or st.FaultCode.LIFT_OVERLOAD in faults or \
            st.FaultCode.SHUTTLE_MISALIGNED in faults:
        steps.append("call a technician: in maintenance mode they free the jam, check the "
                     "lift or realign the shuttle")
    steps.append("confirm here (reset faults): the controller returns any pack in transit to a "
                 "free slot and locks the vehicle's packs")
    steps.append("then restart the swap or release the vehicle")
    situation = ", ".join(facts) if facts else (
        "the controller stopped with " + ", ".join(getattr(f, "name", str(f)) for f in faults)
        if faults else "the controller stopped")
    return Guidance(situation, tuple(steps))
