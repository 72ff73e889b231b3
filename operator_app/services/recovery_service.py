"""The recovery service: the controller commands a person needs to get a station going again.

RESET_FAULTS, RESUME, RETRY_POSITIONING, CHARGER_ENABLE on or off, HOME_AXES, SET_MODE
(a technician's maintenance or automatic mode), the console's own "start again" and
"abort", and the hold-to-run moves a technician's re-lock takes (``hold`` while the button
is down, ``release`` when it comes up: the link renews the controller's lease in between).
Every verb checks first
(``domain.recovery.check``: the station's state and the role rules) and either
refuses in words, journaled, or sends the command, audited with who did it.
Commands that release motion need the operator's word that the bay is clear.
The screens (the main page's recovery panel, the alarm page's Reset) and the
headless fault tour all come through here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from operator_app.domain import recovery as rc
from operator_app.domain.commands import CommandHandle, CommandOutcome, OutcomeKind
from operator_app.domain.jog import JogEnd, JogStopped, end_phrase, refusal_phrase
from operator_app.domain.roles import Role
from operator_app.domain.selection import NO_FREE_SLOT
from operator_app.domain.snapshot import LinkState, StationSnapshot
from operator_app.domain.supervisor import ACTIVE, ENDED, Phase, Refused
from operator_app.domain.vehicles import IdMethod
from operator_app.domain.words import Phrase, as_phrase, fault_phrase, reject_phrases
from operator_app.services.link_worker import LinkEvent, LinkService
from operator_app.services.swap_service import SwapService
from operator_app.storage.port import AuditEntry, JournalPort, NoJournal

T_BAY_CLEAR = "confirm first that the bay is clear and nobody is inside the light curtain"
T_SENT = "%1: sent to the controller"
T_DONE = "%1: done"
T_REFUSED_BY = "%1: the controller refused: %2. %3"
T_FAILED = "%1: the controller could not finish it: %2"
T_UNKNOWN = "%1: no answer from the controller; watch the station's state"
T_NOT_SENT = "%1: not sent: %2"
T_NO_VEHICLE = "no vehicle in the bay to start again for"
T_READING_RACK = "Start again: reading the rack, then the plan"
T_NO_PLATE = ("the bay camera reads no plate: identify the vehicle with the plate entry or "
              "the list")
T_NOTHING_TO_ABORT = "nothing to abort: no swap is running"
T_HOLD_IT = "%1: press and hold the button; it moves only while held"
T_HOLDING = "%1: moving while held"
T_HOLD_REFUSED = "%1: %2"
T_HOLD_ENDED = "%1: %2"
# the actions' names, as buttons and messages say them
ACTION_NAMES = {
    rc.Action.RESET_FAULTS: "Reset faults",
    rc.Action.RESUME: "Resume",
    rc.Action.RETRY_POSITIONING: "Retry positioning",
    rc.Action.CHARGER_OFF: "Disable charger",
    rc.Action.CHARGER_ON: "Enable charger",
    rc.Action.HOME_AXES: "Home axes",
    rc.Action.START_AGAIN: "Start again",
    rc.Action.ABORT: "ABORT",
    rc.Action.MAINTENANCE_MODE: "Maintenance mode",
    rc.Action.AUTOMATIC_MODE: "Automatic mode",
    rc.Action.UNLOCK_HEAD: "Unlock head",
    rc.Action.LOCK_HEAD: "Lock head",
}
TEXTS = [*ACTION_NAMES.values(), T_NOTHING_TO_ABORT, T_BAY_CLEAR, T_SENT, T_DONE, T_REFUSED_BY,
         T_FAILED, T_UNKNOWN, T_NOT_SENT, T_NO_VEHICLE, T_NO_PLATE, T_READING_RACK, T_HOLD_IT,
         T_HOLDING, T_HOLD_REFUSED, T_HOLD_ENDED]


class RecoveryService(QObject):
    changed = Signal()  # the guidance, or what became of the last action, changed
    refused = Signal(object)  # a Phrase: why an action was not done
    faults_reset = Signal(str, object)  # (actor, Role): RESET_FAULTS done at the controller

    def __init__(self, link: LinkService, swaps: SwapService,
                 journal: JournalPort | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.link, self.swaps = link, swaps
        self.journal: JournalPort = journal or NoJournal()
        self.last: StationSnapshot | None = None
        self.status: Phrase | None = None  # what became of the last action, in words
        self.pending: dict[rc.Action, CommandHandle] = {}
        self._shown: tuple | None = None
        self._refusal_shown = False  # status is a refusal: it goes when the situation changes
        self.link_down = False
        self._by: tuple[str, Role] | None = None  # who sent the last command
        self._after_failure = False  # the vehicle in the bay had a swap stopped
        self._start_after: float | None = None  # Start again waits for a rack read after this
        self.held: tuple[rc.Action, int] | None = None  # the hold-to-run step held now
        link.snapshot_ready.connect(self.on_snapshot)
        link.link_event.connect(self.on_link_event)
        link.jog_stopped.connect(self.on_jog_stopped)
        swaps.changed.connect(lambda _tx: self._maybe_changed())

    # --- what there is to do -------------------------------------------------------------------

    def guidance(self) -> rc.Guidance | None:
        if self.link_down and (self.last is None or rc.guidance(self.last) is not None
                               or self.swaps.tx.phase in ACTIVE):
            return rc.link_down(self.last)  # nothing can be sent: the steps wait for the link
        if self.last is None:
            return None
        tx = self.swaps.tx
        if (self._after_failure and tx.phase is Phase.IDENTIFIED and tx.plan is None
                and tx.note == NO_FREE_SLOT and self.last.bay.vehicle_present):
            return rc.rack_full(self.last)  # no swap can start: say why, not nothing
        failed = tx.phase in ENDED and tx.phase is not Phase.COMPLETED
        return rc.guidance(self.last, after_failed_swap=failed)

    def station(self) -> rc.StationView | None:
        return rc.station_view(self.last) if self.last is not None else None

    def check(self, action: rc.Action, role: Role, slot: int = 0) -> Phrase | None:
        if self.link_down and action is not rc.Action.ABORT:
            return Phrase(rc.T_LINK_DOWN)
        if action is rc.Action.ABORT:
            return None if self.swaps.tx.phase in ACTIVE else Phrase(T_NOTHING_TO_ABORT)
        return rc.check(action, self.last, role, slot)

    # --- doing it ------------------------------------------------------------------------------

    def perform(self, action: rc.Action, actor: str, role: Role, slot: int = 0,
                bay_clear: bool = False) -> CommandHandle | Refused | None:
        """Do ``action``; a Refused says why not. START_AGAIN and ABORT return None when done."""
        why = self.check(action, role, slot)
        if why is None and action in rc.BAY_CLEAR_FIRST and not bay_clear:
            why = Phrase(T_BAY_CLEAR)
        if why is None and action in rc.HOLD_ACTIONS:
            why = Phrase(T_HOLD_IT, (Phrase(ACTION_NAMES[action]),))  # a tap moves nothing
        if why is not None:
            return self._refuse(action, why, actor, role, slot)
        if action is rc.Action.ABORT:
            result = self.swaps.abort(actor, role)
            return None if not isinstance(result, Refused) else self._refuse(
                action, as_phrase(result.reason), actor, role, slot)
        if action is rc.Action.START_AGAIN:
            return self._start_again(actor, role)
        request = rc.request(action, slot)
        assert request is not None
        self.journal.audit(AuditEntry(actor, role.name, f"recovery {action.value}", {
            "slot": slot or None, "bay_clear_confirmed": bay_clear,
            "guidance": g.text() if (g := self.guidance()) else None}))
        handle = self.link.send_command(request)
        self.pending[action] = handle
        self._by = (actor, role)
        self.status = Phrase(T_SENT, (Phrase(ACTION_NAMES[action]),))
        self._refusal_shown = False
        handle.on_update(lambda outcome, a=action: self._outcome(a, outcome))
        self.changed.emit()
        return handle

    def hold(self, action: rc.Action, actor: str, role: Role, slot: int) -> Refused | None:
        """The button of a hold-to-run step went down: the move runs while it is held (the
        link renews the controller's lease) and stops at ``release`` or by itself."""
        assert action in rc.HOLD_ACTIONS
        why = self.check(action, role, slot)
        if why is not None:
            return self._refuse(action, why, actor, role, slot)
        request = rc.jog_request(action, slot)
        assert request is not None
        self.journal.audit(AuditEntry(actor, role.name, f"recovery {action.value}", {
            "head": slot, "guidance": g.text() if (g := self.guidance()) else None}))
        self.held = (action, slot)
        self.status = Phrase(T_HOLDING, (Phrase(ACTION_NAMES[action]),))
        self._refusal_shown = False
        self.link.hold(request)
        self.changed.emit()
        return None

    def release(self) -> None:
        """The held button came up: the move stops now."""
        if self.held is not None:
            self.link.release()

    @Slot(object)
    def on_jog_stopped(self, stopped: JogStopped) -> None:
        held = self.held
        if held is None or stopped.request != rc.jog_request(*held):
            return  # another hold's end (another page's): not this step's
        self.held = None
        action, slot = held
        self.journal.event("recovery.hold_ended", {
            "action": action.value, "head": slot, "reason": stopped.reason.value,
            "detail": stopped.detail or None, "refreshes": stopped.refreshes})
        if stopped.reason is not JogEnd.RELEASED:
            self.status = Phrase(T_HOLD_ENDED, (Phrase(ACTION_NAMES[action]),
                                                end_phrase(stopped)))
        elif self.status is not None and self.status.text == T_HOLDING:
            self.status = None  # it moved and stopped: what it is now is in the steps
        self.changed.emit()

    def _start_again(self, actor: str, role: Role) -> Refused | None:
        snap = self.last
        assert snap is not None
        if not snap.bay.vehicle_present:
            return self._refuse(rc.Action.START_AGAIN, Phrase(T_NO_VEHICLE), actor, role, 0)
        if not snap.bay.plate:
            return self._refuse(rc.Action.START_AGAIN, Phrase(T_NO_PLATE), actor, role, 0)
        # plan from a rack read taken after this tap: one from before a reset would give a
        # wrong "why not" (a pack still reserved, a slot not yet free)
        self._start_after = snap.taken_at
        self.status = Phrase(T_READING_RACK)
        self.changed.emit()
        return None

    def _start_now(self, snap: StationSnapshot) -> None:
        self._start_after = None
        self.status = None
        result = self.swaps.identify(snap.bay.plate, IdMethod.CAMERA)
        if not isinstance(result, Refused):
            self.swaps.plan()
        self.changed.emit()

    def clear_refusal(self) -> None:
        """Who is signed in changed: a refusal for the role before no longer holds."""
        if self._refusal_shown:
            self.status, self._refusal_shown = None, False
            self.changed.emit()

    def _refuse(self, action: rc.Action, why: Phrase, actor: str, role: Role,
                slot: int) -> Refused:
        self.journal.event("recovery.refused", {
            "action": action.value, "slot": slot or None, "actor": actor, "role": role.name,
            "reason": why.english()})
        self.status = why
        self._refusal_shown = True
        self.refused.emit(why)
        self.changed.emit()
        return Refused(why.english())

    def _outcome(self, action: rc.Action, outcome: CommandOutcome) -> None:
        name = Phrase(ACTION_NAMES[action])
        if outcome.kind is OutcomeKind.DONE:
            self.status = Phrase(T_DONE, (name,))
            if action is rc.Action.RESET_FAULTS and self._by is not None:
                self.faults_reset.emit(*self._by)
        elif outcome.kind is OutcomeKind.REJECTED:
            why, then = reject_phrases(outcome.reason)
            self.status = Phrase(T_REFUSED_BY, (name, why, then))
        elif outcome.kind is OutcomeKind.FAILED:
            self.status = Phrase(T_FAILED, (name, fault_phrase(outcome.fault)))
        elif outcome.kind is OutcomeKind.UNKNOWN:
            self.status = Phrase(T_UNKNOWN, (name,))
        elif outcome.kind is OutcomeKind.REFUSED:
            self.status = Phrase(T_NOT_SENT, (name, outcome.words()))
        if outcome.final:
            self.pending.pop(action, None)
        self.changed.emit()

    # --- what the link reports -----------------------------------------------------------------

    @Slot(StationSnapshot)
    def on_snapshot(self, snap: StationSnapshot) -> None:
        self.last = snap
        if self.held is not None:  # why the controller does not move what is held
            name = Phrase(ACTION_NAMES[self.held[0]])
            why = refusal_phrase(snap.machine.jog_refusal)
            said = Phrase(T_HOLD_REFUSED, (name, why)) if why is not None else \
                Phrase(T_HOLDING, (name,))
            if said != self.status:
                self.status = said
                self.changed.emit()
        phase = self.swaps.tx.phase
        if phase in (Phase.FAILED, Phase.ABORTED):
            self._after_failure = True
        elif phase in ACTIVE or not snap.bay.vehicle_present:
            self._after_failure = False
        if self._start_after is not None and snap.slots_taken_at > self._start_after:
            self._start_now(snap)
        self._maybe_changed()

    @Slot(object)
    def on_link_event(self, event: LinkEvent) -> None:
        down = event.state in (LinkState.LOST, LinkState.CONNECTING)
        if down != self.link_down:
            self.link_down = down
            self._maybe_changed()

    def _maybe_changed(self) -> None:
        g = self.guidance()
        view = self.station()
        shown = (g, view)
        if shown != self._shown:
            if (g is None and not self.pending) or (self._refusal_shown and (
                    self._shown is None or g != self._shown[0])):
                # the situation moved on (or nothing is left to recover): an earlier action's
                # word would mislead in the next one
                self.status, self._refusal_shown = None, False
            self._shown = shown
            self.changed.emit()
