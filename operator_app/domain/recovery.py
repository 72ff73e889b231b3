"""Guided recovery and the station's state in words: what to do, in order, after a fault.

Built from the controller's own view of the machine, so it knows the sequence
state: e.g. "vehicle unlocked, pack on the lift, E-stop latched: 1. clear the
bay 2. reset the E-stop at the cabinet 3. confirm here". Each step the console
can carry out names its ``Action``; ``check`` says, in words, why an action is
refused now (the role rules live here too: who may reset what). Texts are plain
English data; the screens translate them in the "Recovery" context.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from operator_app.domain import station as st
from operator_app.domain.commands import CommandRequest
from operator_app.domain.jog import JogRequest
from operator_app.domain.roles import Role
from operator_app.domain.snapshot import StationSnapshot
from operator_app.domain.words import Phrase, fault_phrase


class Action(Enum):
    """What a recovery step's button does."""

    RESET_FAULTS = "reset faults"
    RESUME = "resume"
    RETRY_POSITIONING = "retry positioning"
    CHARGER_OFF = "disable charger"
    CHARGER_ON = "enable charger"
    HOME_AXES = "home axes"
    START_AGAIN = "start again"  # the console's own: identify the vehicle in the bay again
    ABORT = "abort"  # the running (held) swap
    MAINTENANCE_MODE = "maintenance mode"
    AUTOMATIC_MODE = "automatic mode"
    # hold-to-run moves (the step's slot is the lock head): they move only while held
    UNLOCK_HEAD = "unlock head"
    LOCK_HEAD = "lock head"


# Actions that move steel or release motion: the operator confirms the bay is clear first.
BAY_CLEAR_FIRST = frozenset({Action.RESET_FAULTS, Action.RESUME, Action.HOME_AXES})
# Actions whose button is held, not tapped: a lease at the controller (``jog_request``).
HOLD_ACTIONS = frozenset({Action.UNLOCK_HEAD, Action.LOCK_HEAD})
# Faults only a technician may reset: the cause needs hands on the machine.
TECHNICIAN_FAULTS = frozenset({st.FaultCode.LOCK_JAM, st.FaultCode.LIFT_OVERLOAD,
                               st.FaultCode.SHUTTLE_MISALIGNED, st.FaultCode.LOAD_MISMATCH,
                               st.FaultCode.LOCK_TORQUE_LOW})
# Who may do what, at least.
ROLE_FOR: dict[Action, Role] = {
    Action.RESET_FAULTS: Role.OPERATOR,  # and TECHNICIAN for TECHNICIAN_FAULTS
    Action.RESUME: Role.OPERATOR,
    Action.RETRY_POSITIONING: Role.OPERATOR,
    Action.CHARGER_OFF: Role.OPERATOR,  # taking a faulted charger out of service is safe
    Action.CHARGER_ON: Role.TECHNICIAN,  # putting it back needs the cause checked
    Action.HOME_AXES: Role.TECHNICIAN,
    Action.START_AGAIN: Role.OPERATOR,
    Action.ABORT: Role.OPERATOR,
    Action.MAINTENANCE_MODE: Role.TECHNICIAN,
    Action.AUTOMATIC_MODE: Role.TECHNICIAN,
    Action.UNLOCK_HEAD: Role.TECHNICIAN,
    Action.LOCK_HEAD: Role.TECHNICIAN,
}

T_ESTOP_LATCHED = ("the E-stop is still latched: make the bay safe and turn the reset key at "
                   "the cabinet first")
T_NOTHING_TO_RESET = "nothing to reset: the controller reports no fault"
T_NEEDS_TECHNICIAN = "%1: only a technician may reset this; sign in as technician"
T_NOT_HELD = "nothing to resume: no motion is held"
T_NO_POSITIONING_FAILURE = "nothing to retry: no vehicle's positioning failed"
T_BAD_SLOT = "there is no slot %1"
T_NEEDS_ROLE = "this needs the %1 role: sign in"
T_NEEDS_MAINTENANCE = "homing needs maintenance mode: a signed-in technician selects it"
T_SWAP_RUNNING = "a swap is running: wait for it to end or abort it"
T_NOT_READY_YET = "first the steps above: the station is not ready for a swap yet"
T_LINK_DOWN = ("the link to the controller is down: nothing can be sent, and what is shown is "
               "the last known state")
T_NO_SNAPSHOT = "no data from the station yet"
T_CHARGER_ALREADY = "slot %1's charger is already %2"
T_DOOR_OPEN = "a station door is open: close it first"
T_MODE_ALREADY = "the station is already in %1 mode"
T_MOVE_NEEDS_MAINTENANCE = "a lock head moves only in maintenance mode: select it first"
T_NO_HEAD = "there is no lock head %1"
T_HEAD_ALREADY = "lock head %1 is already %2"
T_UNLOCK_FIRST = "lock head %1 ended below its torque: unlock it first"

ROLE_WORDS = {Role.OPERATOR: "operator", Role.TECHNICIAN: "technician",
              Role.SUPERVISOR: "supervisor"}
MODE_WORDS = {st.StationMode.AUTOMATIC: "automatic", st.StationMode.MAINTENANCE: "maintenance"}
HEAD_WORDS = {st.LockState.LOCKED: "locked", st.LockState.UNLOCKED: "unlocked"}


def check(action: Action, snap: StationSnapshot | None, role: Role, slot: int = 0
          ) -> Phrase | None:
    """Why ``action`` may not be done now, in words; None when it may."""
    if snap is None:
        return Phrase(T_NO_SNAPSHOT)
    if role < ROLE_FOR[action]:
        return Phrase(T_NEEDS_ROLE, (Phrase(ROLE_WORDS[ROLE_FOR[action]]),))
    s, m = snap.status, snap.machine
    faults = set(s.faults)
    if action is Action.RESET_FAULTS:
        if m.estop_latched:
            return Phrase(T_ESTOP_LATCHED)
        if m.doors:
            return Phrase(T_DOOR_OPEN)
        resettable = faults - {st.FaultCode.WATCHDOG}
        if not resettable and not m.reset_required:
            return Phrase(T_NOTHING_TO_RESET)
        for code in sorted(TECHNICIAN_FAULTS & faults):
            if role < Role.TECHNICIAN:
                return Phrase(T_NEEDS_TECHNICIAN, (fault_phrase(code),))
        return None
    if action is Action.RESUME:
        if m.estop_latched:
            return Phrase(T_ESTOP_LATCHED)
        if not s.flags & st.StatusFlag.WATCHDOG_HOLD or s.state is not st.StationState.HELD:
            return Phrase(T_NOT_HELD)
        return None
    if action is Action.RETRY_POSITIONING:
        if snap.bay.positioning_result is not st.PositioningResult.FAILED:
            return Phrase(T_NO_POSITIONING_FAILURE)
        return None
    if action in (Action.CHARGER_OFF, Action.CHARGER_ON):
        if not 1 <= slot <= len(snap.slots):
            return Phrase(T_BAD_SLOT, (str(slot),))
        x = snap.slots[slot - 1]
        disabled = x.charger_state is st.ChargerState.DISABLED
        if disabled == (action is Action.CHARGER_OFF):
            state = Phrase("disabled" if disabled else "enabled")
            return Phrase(T_CHARGER_ALREADY, (str(slot), state))
        faulted = x.charger_state is st.ChargerState.FAULT or bool(
            x.alarm_flags and x.alarm_flags & st.AlarmFlag.INSULATION_FAILURE)
        if action is Action.CHARGER_OFF and not faulted and role < Role.TECHNICIAN:
            # an operator isolates a faulted charger; a healthy one is a technician's call
            return Phrase(T_NEEDS_ROLE, (Phrase(ROLE_WORDS[Role.TECHNICIAN]),))
        return None
    if action is Action.HOME_AXES:
        if s.mode is not st.StationMode.MAINTENANCE:
            return Phrase(T_NEEDS_MAINTENANCE)
        return None
    if action is Action.START_AGAIN:
        if s.swap_result is st.SwapResult.RUNNING:
            return Phrase(T_SWAP_RUNNING)
        if s.state is not st.StationState.READY:
            return Phrase(T_NOT_READY_YET)
        return None
    if action in (Action.MAINTENANCE_MODE, Action.AUTOMATIC_MODE):
        mode = MODE_FOR[action]
        if s.mode is mode:
            return Phrase(T_MODE_ALREADY, (Phrase(MODE_WORDS[mode]),))
        if s.swap_result is st.SwapResult.RUNNING:
            return Phrase(T_SWAP_RUNNING)
        return None
    if action in HOLD_ACTIONS:
        if not 1 <= slot <= len(m.locks):
            return Phrase(T_NO_HEAD, (str(slot),))
        if s.mode is not st.StationMode.MAINTENANCE:
            return Phrase(T_MOVE_NEEDS_MAINTENANCE)
        head, _ = m.locks[slot - 1]
        wanted = st.LockState.UNLOCKED if action is Action.UNLOCK_HEAD else st.LockState.LOCKED
        if head is wanted:
            return Phrase(T_HEAD_ALREADY, (str(slot), Phrase(HEAD_WORDS[wanted])))
        if action is Action.LOCK_HEAD and head is st.LockState.FAULT:
            return Phrase(T_UNLOCK_FIRST, (str(slot),))
        return None  # the controller checks the rest (the vehicle's HV off, the doors)
    return None


MODE_FOR = {Action.MAINTENANCE_MODE: st.StationMode.MAINTENANCE,
            Action.AUTOMATIC_MODE: st.StationMode.AUTOMATIC}


def jog_request(action: Action, slot: int) -> JogRequest | None:
    """The hold-to-run move a held action asks for; None for the others."""
    if action is Action.UNLOCK_HEAD:
        return JogRequest(st.LiftAxis.LOCK_HEAD, -1, slot)
    if action is Action.LOCK_HEAD:
        return JogRequest(st.LiftAxis.LOCK_HEAD, 1, slot)
    return None


def request(action: Action, slot: int = 0) -> CommandRequest | None:
    """The controller command an action sends; None for the console's own actions."""
    code = {Action.RESET_FAULTS: st.CommandCode.RESET_FAULTS,
            Action.RESUME: st.CommandCode.RESUME,
            Action.RETRY_POSITIONING: st.CommandCode.RETRY_POSITIONING,
            Action.HOME_AXES: st.CommandCode.HOME_AXES}.get(action)
    if code is not None:
        return CommandRequest(code)
    if action in MODE_FOR:
        return CommandRequest(st.CommandCode.SET_MODE, (int(MODE_FOR[action]),))
    if action is Action.CHARGER_OFF:
        return CommandRequest(st.CommandCode.CHARGER_ENABLE, (slot, 0))
    if action is Action.CHARGER_ON:
        return CommandRequest(st.CommandCode.CHARGER_ENABLE, (slot, 1))
    return None


# --- the guidance --------------------------------------------------------------------------

@dataclass(frozen=True)
class Step:
    text: Phrase
    action: Action | None = None
    slot: int = 0
    done: bool = False  # already true (e.g. the cabinet key was turned)


@dataclass(frozen=True)
class Guidance:
    situation: tuple[Phrase, ...]  # what the machine is in
    safe: Phrase  # what is safe now
    steps: tuple[Step, ...]

    def text(self) -> str:
        """One line, in English, for the journal and logs."""
        facts = ", ".join(p.english() for p in self.situation)
        return facts + ": " + " ".join(
            f"{i}. {'(done) ' if s.done else ''}{s.text.english()}"
            for i, s in enumerate(self.steps, 1))

    def actions(self) -> list[Action]:
        return [s.action for s in self.steps if s.action is not None and not s.done]


F_NO_VEHICLE = "no vehicle in the bay"
F_VEHICLE_LOCKED = "vehicle %1 in the bay, its packs locked"
F_VEHICLE_UNLOCKED = "vehicle %1 in the bay, not locked (block %2): it must not drive off"
F_LOCK_JAMMED = "lock head %1 jammed"
F_LOCK_LOW = "lock head %1 below its locking torque (%2 Nm)"
F_LOAD_READ = "the load cell read %1 kg, where a %2 kWh pack weighs %3 kg"
F_PACK_ON_LIFT = "a pack is on the lift (%1 kg, lift at %2 mm)"
F_LIFT_UP = "the lift stands at %1 mm"
F_PACK_ON_SHUTTLE = "a pack is on the shuttle (%1)"
F_AT_BAY = "at the bay"
F_AT_SLOT = "at slot %1"
F_BETWEEN = "between stops"
F_ESTOP_LATCHED = "E-stop latched"
F_ESTOP_RELEASED = "E-stop key turned at the cabinet, the reset is still to confirm here"
F_HELD = "motion held after the controller lost this console's heartbeat"
F_POSITIONING = "the vehicle could not be positioned (%1 tries)"
F_SLOT_CHARGER = "slot %1's charger is faulted"

S_SAFE_STOPPED = ("all motion is stopped; keep clear of the lift and the shuttle while a pack "
                  "is on them")
S_SAFE_HELD = ("motion is held and will not start again until someone here resumes it or "
               "aborts the swap")
S_SAFE_CHARGING = "the swap machinery is safe; only the faulted charger is stopped"
S_SAFE_BAY = "no motion in the bay; the driver waits for a signal"
S_LINK_DOWN = ("the controller holds motion when it stops seeing this console; it will wait for "
               "someone here to resume")
F_LINK_DOWN = "the link to the controller is down; last known"
P_ISOLATE = ("slot %1's pack has low insulation: disable slot %2's charger, which isolates the "
             "pack (a reset does not cure it); a technician quarantines it")
P_LINK = ("check the serial cable and the controller's power; the console reconnects by itself "
          "and then shows what the controller says")

P_CLEAR_BAY = "clear the bay and make sure nobody is inside the light curtain"
P_CABINET = "turn the E-stop reset key at the cabinet"
P_RESET = ("reset faults here: the controller returns any pack in transit to a free slot and "
           "locks the vehicle's packs")
P_RESET_TECH = ("a technician (signed in) resets here after freeing the cause: the controller "
                "then returns any pack in transit to a free slot and locks the vehicle's packs")
P_TECHNICIAN = ("next, technician: maintenance. Call a technician; in maintenance mode they free "
                "the jam, check the lift or realign the shuttle")
P_KEEP_VEHICLE = "keep the vehicle where it is: do not let it drive off"
P_CHECK_BAY_RESUME = "check the bay is clear, then resume: the swap continues from where it held"
P_OR_ABORT = "or abort the swap: the controller stops it where it stands"
P_START_AGAIN = "then start the swap again for the vehicle in the bay"
P_GUIDE_DRIVER = "guide the driver back to the start of the wheel guides"
P_RETRY_POSITIONING = "retry positioning: the driver drives onto the guides again"
P_RESET_CHARGER = ("reset faults here: this resets the faulted charger (and, as every reset, lets "
                   "the controller move a pack in transit, so the bay must be clear)")
P_DISABLE_CHARGER = ("if it faults again, disable slot %1's charger and call a technician; its "
                     "pack is not used for swaps while it is disabled")
P_HOME = "technician: home the axes (lift down, shuttle to the bay)"
P_AUTOMATIC = "technician: return the station to automatic mode when the work is done"
P_DRIVER_HV_OFF = ("the driver switches the vehicle off (HV off) and keeps it off until the "
                   "swap ends")
P_DRIVER_BRAKE = "the driver sets the parking brake and keeps it set until the swap ends"
P_CLOSE_DOOR = "close the station door: nothing moves and no swap starts while it is open"
P_TECH_LOAD = ("technician: check the pack on the lift against its type and the load cell "
               "before the reset")
P_RELOCK_MAINTENANCE = "technician: select maintenance mode to re-lock the lock head"
P_RELOCK_UNLOCK = "hold Unlock head until lock head %1 reads unlocked"
P_RELOCK_LOCK = ("hold Lock head until lock head %1 reads locked, its torque in the window "
                 "(180-250 Nm)")
P_RELOCK_AUTOMATIC = "technician: return the station to automatic mode"
S_SAFE_MAINTENANCE = "the station is in maintenance mode: no swap starts until it is automatic"

TEXTS = [v for k, v in dict(globals()).items()
         if isinstance(v, str) and k[:2] in ("T_", "F_", "S_", "P_")] + list(
    ROLE_WORDS.values()) + list(MODE_WORDS.values()) + list(HEAD_WORDS.values()) + [
    "disabled", "enabled"]


def needs_recovery(snap: StationSnapshot) -> bool:
    s = snap.status
    return (s.state in (st.StationState.FAULT, st.StationState.ESTOP, st.StationState.HELD,
                        st.StationState.MAINTENANCE)
            or snap.machine.reset_required or snap.machine.estop_latched
            or snap.bay.positioning_result is st.PositioningResult.FAILED
            or any(x.charger_state is st.ChargerState.FAULT for x in snap.slots)
            or bool(set(s.faults) - {st.FaultCode.WATCHDOG}))


def situation(snap: StationSnapshot) -> tuple[Phrase, ...]:
    """What the machine is in: the vehicle, the packs, the lift, the safety circuit."""
    m, s, bay = snap.machine, snap.status, snap.bay
    facts: list[Phrase] = []
    plate = bay.plate or "?"
    locks = [state for state, _ in m.locks]
    if not bay.vehicle_present:
        facts.append(Phrase(F_NO_VEHICLE))
    else:
        loose = sorted({i // st.LOCKS_PER_BLOCK + 1 for i, x in enumerate(locks)
                        if x in (st.LockState.UNLOCKED, st.LockState.MOVING)})
        if loose:
            facts.append(Phrase(F_VEHICLE_UNLOCKED, (plate, ", ".join(map(str, loose)))))
        else:
            facts.append(Phrase(F_VEHICLE_LOCKED, (plate,)))
    low = low_heads(snap)
    jammed = [i + 1 for i, x in enumerate(locks) if x is st.LockState.FAULT and i + 1 not in low]
    if jammed:
        facts.append(Phrase(F_LOCK_JAMMED, (", ".join(map(str, jammed)),)))
    for head in low:
        facts.append(Phrase(F_LOCK_LOW, (str(head), f"{m.locks[head - 1][1] or 0:.0f}")))
    load, height = m.lift_load or 0, m.lift_height or 0
    if load > 100:
        facts.append(Phrase(F_PACK_ON_LIFT, (f"{load:.0f}", f"{height:.0f}")))
    elif height > 50:
        facts.append(Phrase(F_LIFT_UP, (f"{height:.0f}",)))
    if m.shuttle_carrying:
        where = (Phrase(F_AT_BAY) if m.shuttle_location == 0 else
                 Phrase(F_BETWEEN) if m.shuttle_location is None else
                 Phrase(F_AT_SLOT, (str(m.shuttle_location),)))
        facts.append(Phrase(F_PACK_ON_SHUTTLE, (where,)))
    if m.estop_latched:
        facts.append(Phrase(F_ESTOP_LATCHED))
    elif m.reset_required:
        facts.append(Phrase(F_ESTOP_RELEASED))
    if s.state is st.StationState.HELD:
        facts.append(Phrase(F_HELD))
    if bay.positioning_result is st.PositioningResult.FAILED:
        facts.append(Phrase(F_POSITIONING, (str(bay.positioning_retries),)))
    for code in s.faults:
        if code in (st.FaultCode.ESTOP, st.FaultCode.WATCHDOG, st.FaultCode.POSITIONING_FAILED,
                    st.FaultCode.CHARGER_FAULT):
            continue  # said above, or per slot below
        if code is st.FaultCode.LOCK_JAM and jammed:
            continue  # "lock head 3 jammed" said it, with the head
        facts.append(fault_phrase(code))
    for x in snap.slots:
        if x.charger_state is st.ChargerState.FAULT:
            facts.append(Phrase(F_SLOT_CHARGER, (str(x.slot),)))
    ptype = bay.pack_type_detected
    if st.FaultCode.LOAD_MISMATCH in s.faults and ptype in st.PACK_MASS_KG:
        facts.append(Phrase(F_LOAD_READ, (f"{m.lift_load or 0:.0f}",
                                          f"{st.PACK_CAPACITY_KWH[ptype]:.0f}",
                                          f"{st.PACK_MASS_KG[ptype]:.0f}")))
    return tuple(facts)


def low_heads(snap: StationSnapshot) -> list[int]:
    """Lock heads (1-based) that ended below the locking torque: FAULT with a torque under
    the window, while the controller reports LOCK_TORQUE_LOW."""
    if st.FaultCode.LOCK_TORQUE_LOW not in snap.status.faults:
        return []
    return [i + 1 for i, (x, torque) in enumerate(snap.machine.locks)
            if x is st.LockState.FAULT and torque is not None
            and torque < st.LOCK_TORQUE_NM[0]]


def relock_steps(snap: StationSnapshot) -> list[Step]:
    """A technician's re-lock of the heads that ended below the torque window: maintenance
    mode, unlock each such head, lock it again (held), back to automatic mode."""
    s, m = snap.status, snap.machine
    low = low_heads(snap)
    maintenance = s.mode is st.StationMode.MAINTENANCE
    # on the way: a head the technician unlocked reads UNLOCKED or MOVING, no longer FAULT
    loose = [i + 1 for i, (x, _) in enumerate(m.locks)
             if x in (st.LockState.UNLOCKED, st.LockState.MOVING)]
    mode_step = Step(Phrase(P_RELOCK_MAINTENANCE), Action.MAINTENANCE_MODE, done=maintenance)
    if not low and not loose:  # locked in the window again: back to automatic, then reset
        if maintenance:
            return [mode_step, Step(Phrase(P_RELOCK_AUTOMATIC), Action.AUTOMATIC_MODE)]
        return []
    steps = [mode_step]
    # the head being unlocked keeps its step until it reads unlocked: the held button stays
    unlocking = [m.jog_target] if (m.jog_axis is st.LiftAxis.LOCK_HEAD and m.jog_direction == -1
                                   and m.jog_target in loose
                                   and m.locks[m.jog_target - 1][0] is st.LockState.MOVING) \
        else []
    for head in sorted(set(low) | set(unlocking)):
        steps.append(Step(Phrase(P_RELOCK_UNLOCK, (str(head),)), Action.UNLOCK_HEAD, head))
    for head in sorted(set(low) | set(loose)):
        steps.append(Step(Phrase(P_RELOCK_LOCK, (str(head),)), Action.LOCK_HEAD, head))
    return steps


def guidance(snap: StationSnapshot, after_failed_swap: bool = False) -> Guidance | None:
    """The situation in words and the numbered steps out of it; None when nothing needs it.

    ``after_failed_swap``: the console's last swap failed or was aborted; once the faults
    are reset the guidance still offers to start again for the vehicle in the bay.
    """
    s, m = snap.status, snap.machine
    faults = set(s.faults)
    if not needs_recovery(snap):
        if after_failed_swap and snap.bay.vehicle_present and \
                s.swap_result is not st.SwapResult.RUNNING:
            return Guidance(situation(snap), Phrase(S_SAFE_BAY),
                            (Step(Phrase(P_START_AGAIN), Action.START_AGAIN),))
        return None
    steps: list[Step] = []
    safe = Phrase(S_SAFE_STOPPED)
    estop = m.estop_latched or m.reset_required
    technician = bool(faults & TECHNICIAN_FAULTS) or any(
        x is st.LockState.FAULT for x, _ in m.locks)
    held = s.state is st.StationState.HELD
    insulation = [x.slot for x in snap.slots if x.occupied and x.alarm_flags
                  and x.alarm_flags & st.AlarmFlag.INSULATION_FAILURE
                  and x.charger_state is not st.ChargerState.DISABLED]
    chargers = [x.slot for x in snap.slots if x.charger_state is st.ChargerState.FAULT
                and x.slot not in insulation]
    machine_faults = faults - {st.FaultCode.WATCHDOG, st.FaultCode.POSITIONING_FAILED,
                               st.FaultCode.CHARGER_FAULT, st.FaultCode.INSULATION_LOW}
    if held:
        safe = Phrase(S_SAFE_HELD)
        steps.append(Step(Phrase(P_CHECK_BAY_RESUME), Action.RESUME))
        steps.append(Step(Phrase(P_OR_ABORT), Action.ABORT))
        return Guidance(situation(snap), safe, tuple(steps))
    relock = st.FaultCode.LOCK_TORQUE_LOW in faults
    if s.state is st.StationState.MAINTENANCE and not estop and not machine_faults:
        steps.append(Step(Phrase(P_HOME), Action.HOME_AXES))
        steps.append(Step(Phrase(P_AUTOMATIC)))
        return Guidance(situation(snap), Phrase(S_SAFE_MAINTENANCE), tuple(steps))
    if estop or st.FaultCode.LIGHT_CURTAIN in faults or m.light_curtain_interrupted:
        steps.append(Step(Phrase(P_CLEAR_BAY)))
    if estop:
        steps.append(Step(Phrase(P_CABINET), done=not m.estop_latched))
    if st.FaultCode.DOOR_OPEN in faults or m.doors:
        steps.append(Step(Phrase(P_CLOSE_DOOR), done=not m.doors))
    if st.FaultCode.VEHICLE_HV_ON in faults:
        steps.append(Step(Phrase(P_DRIVER_HV_OFF)))
    if st.FaultCode.PARKING_BRAKE_OFF in faults:
        steps.append(Step(Phrase(P_DRIVER_BRAKE)))
    if technician:
        if snap.bay.vehicle_present:
            steps.append(Step(Phrase(P_KEEP_VEHICLE)))
        todo = relock_steps(snap) if relock else []
        if todo:
            steps += todo  # the reset comes once the heads are locked and mode automatic
        else:
            if st.FaultCode.LOAD_MISMATCH in faults:
                steps.append(Step(Phrase(P_TECH_LOAD)))
            elif not relock:
                steps.append(Step(Phrase(P_TECHNICIAN)))
            steps.append(Step(Phrase(P_RESET_TECH), Action.RESET_FAULTS))
    elif estop or machine_faults:
        steps.append(Step(Phrase(P_RESET), Action.RESET_FAULTS))
    if snap.bay.positioning_result is st.PositioningResult.FAILED:
        if not (estop or machine_faults):
            safe = Phrase(S_SAFE_BAY)
        steps.append(Step(Phrase(P_GUIDE_DRIVER)))
        steps.append(Step(Phrase(P_RETRY_POSITIONING), Action.RETRY_POSITIONING))
    for n in insulation:  # a reset cannot cure it: isolate the pack first
        if not (estop or machine_faults):
            safe = Phrase(S_SAFE_CHARGING)
        steps.append(Step(Phrase(P_ISOLATE, (str(n), str(n))), Action.CHARGER_OFF, n))
    if chargers:
        if not (estop or machine_faults or held):
            safe = Phrase(S_SAFE_CHARGING)
            steps.append(Step(Phrase(P_RESET_CHARGER), Action.RESET_FAULTS))
        for n in chargers:
            steps.append(Step(Phrase(P_DISABLE_CHARGER, (str(n),)), Action.CHARGER_OFF, n))
    if (estop or machine_faults) and snap.bay.vehicle_present:
        steps.append(Step(Phrase(P_START_AGAIN), Action.START_AGAIN))
    if not steps:
        steps.append(Step(Phrase(P_RESET), Action.RESET_FAULTS))
    return Guidance(situation(snap), safe, tuple(steps))


# --- the station's state, glanceable --------------------------------------------------------

@dataclass(frozen=True)
class StationView:
    mode: st.StationMode | None
    state: st.StationState | None
    faults: tuple[Phrase, ...]
    estop: bool  # an E-stop latched, or its reset not yet confirmed
    estop_latched: bool
    held: bool


def station_view(snap: StationSnapshot) -> StationView:
    s, m = snap.status, snap.machine
    faults = tuple(fault_phrase(f) for f in s.faults if f != st.FaultCode.CHARGER_FAULT)
    chargers = tuple(Phrase(F_SLOT_CHARGER, (str(x.slot),)) for x in snap.slots
                     if x.charger_state is st.ChargerState.FAULT)
    return StationView(s.mode, s.state, faults + chargers, m.estop_latched or m.reset_required,
                       m.estop_latched, s.state is st.StationState.HELD)


def link_down(last: StationSnapshot | None) -> Guidance:
    """While the link is down: nothing to send, the last known state said as such."""
    facts = (Phrase(F_LINK_DOWN),) + (situation(last) if last is not None else ())
    return Guidance(facts, Phrase(S_LINK_DOWN), (Step(Phrase(P_LINK)),))


P_RACK_FULL = ("the rack has no free slot for the vehicle's first pack: the stopped swap put a "
               "pack back into it. A technician takes one pack out of the rack in maintenance "
               "mode, or the vehicle leaves as it is (its packs are locked)")
TEXTS.append(P_RACK_FULL)


def rack_full(snap: StationSnapshot) -> Guidance:
    """After a stopped swap the rack may be full: no swap can start; say why and what then."""
    return Guidance(situation(snap), Phrase(S_SAFE_BAY), (Step(Phrase(P_RACK_FULL)),))
