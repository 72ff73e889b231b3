"""The swap service: the supervisor on the link, with the registry and the journal.

Everything a swap needs from a person goes through here: identify (plate entry,
camera reading or a QR/RFID code), plan, confirm, abort. A refusal is journaled
with its reason and nothing is sent; an action is audited with who did it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from operator_app.domain.commands import CommandOutcome, CommandRequest
from operator_app.domain.roles import Role
from operator_app.domain.selection import SelectionRules, SwapPlan
from operator_app.domain.snapshot import StationSnapshot
from operator_app.domain.supervisor import (
    N_NOT_RECORDED,
    N_RECORDING_START,
    Phase,
    Refused,
    SwapSupervisor,
    Transaction,
)
from operator_app.domain.tracker import SwapTracker
from operator_app.domain.vehicles import (
    T_DISABLED,
    Identified,
    IdMethod,
    Vehicle,
    VehicleRegistry,
)
from operator_app.domain.words import JOURNAL_START, JOURNAL_START_NEXT, Phrase, english
from operator_app.services.link_worker import LinkService
from operator_app.storage.port import AuditEntry, JournalPort, NoJournal


class SwapService(QObject):
    changed = Signal(Transaction)
    refused = Signal(object)  # why, a str or a Phrase (the screens translate a Phrase)
    _audited = Signal(object, object, object)  # from the writer's thread

    def __init__(self, link: LinkService, registry: VehicleRegistry,
                 journal: JournalPort | None = None, rules: SelectionRules | None = None,
                 context: Callable[[dict[str, Any]], None] | None = None,
                 tracker: SwapTracker | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.link = link
        self.registry = registry
        self.supervisor = SwapSupervisor(rules, tracker, self._vehicle_for)
        self.journal: JournalPort = journal or NoJournal()
        self._context = context or (lambda c: None)
        self._attached_seen = 0
        self._shown: tuple | None = None  # the transaction as last shown (see _view)
        self._planned_on: float | None = None
        self._faulted = False  # the controller showed a fault in the last snapshot
        link.snapshot_ready.connect(self.on_snapshot)
        self._audited.connect(self._audit_done)

    @property
    def tx(self) -> Transaction:
        return self.supervisor.tx

    def _refuse(self, what: str, reason: str | Phrase, **detail: Any) -> Refused:
        self.journal.event("swap.refused", {"action": what, "reason": english(reason),
                                            **detail})
        self.refused.emit(reason)
        return Refused(reason)

    # --- verbs --------------------------------------------------------------------------------

    def identify(self, text: str, method: IdMethod) -> Transaction | Refused:
        found = self.registry.identify(text, method)
        if not isinstance(found, Identified):
            self.journal.event("vehicle.refused", {
                "text": found.text, "method": found.method.value,
                "reason": english(found.reason)})
            self.refused.emit(found.reason)
            return Refused(found.reason)
        result = self.supervisor.identify(found.vehicle)
        if isinstance(result, Refused):
            return self._refuse("identify", result.reason, plate=found.vehicle.plate)
        self.journal.event("vehicle.identified", {
            "plate": found.vehicle.plate, "fleet": found.vehicle.fleet, "method": method.value})
        self.changed.emit(self.tx)
        return result

    def plan(self) -> SwapPlan | Refused:
        result = self.supervisor.plan()
        if isinstance(result, Refused):
            self.changed.emit(self.tx)  # the screen shows why there is no plan
            return self._refuse("plan", result.reason)
        self.changed.emit(self.tx)
        return result

    def confirm(self, operator: str, role: Role = Role.OPERATOR) -> CommandRequest | Refused:
        v = self.tx.vehicle
        if v is not None and self.tx.phase is Phase.PLANNED and self.registry.is_disabled(
                v.plate):  # disabled on the Vehicles page since it was identified
            return self._refuse("start", Phrase(T_DISABLED, (v.plate,)), operator=operator)
        request = self.supervisor.confirm(operator)
        if isinstance(request, Refused):
            return self._refuse("start", request.reason, operator=operator)
        v = self.tx.vehicle
        assert v is not None
        plan = self.tx.plan
        packs_in = [{"code": s.pack_code, "slot": s.slot, "soc_pct": s.soc,
                     "energy_kwh": None if s.capacity is None or s.soc is None else round(
                         s.capacity * (s.soh or 100) / 100 * s.soc / 100, 2)}
                    for s in (plan.packs_in if plan else ())]
        self._context({"plate": v.plate, "fleet": v.fleet, "operator": operator,
                       "packs_in": packs_in})
        audited = self.journal.audit(AuditEntry(operator, role.name, "swap start", {
            "plate": v.plate, "args": list(request.args),
            "plan": plan.explanation.english() if plan else None}))
        if audited.done() and isinstance(audited.exception(), NoJournal.Unavailable):
            # a console without a journal (the screen says NOT RECORDING) still swaps
            self._send_start(request)
        else:
            # the start goes out only once its audit row is on disk (a few ms)
            self.tx.recording = True
            self.tx.note = Phrase(N_RECORDING_START)
            tx = self.tx
            audited.add_done_callback(
                lambda f: self._audited.emit(tx, request, f.exception()))
        self.changed.emit(self.tx)
        return request

    @Slot(object, object, object)
    def _audit_done(self, tx: Transaction, request: CommandRequest, error: Any) -> None:
        if tx is not self.tx or tx.phase is not Phase.CONFIRMED:
            return  # the transaction moved on (another swap attached): nothing to send
        tx.recording = False
        if error is not None:
            tx.phase = Phase.PLANNED
            tx.rejected = (Phrase(JOURNAL_START, (str(error),)), Phrase(JOURNAL_START_NEXT))
            tx.note = Phrase(N_NOT_RECORDED)
            self.changed.emit(tx)
            return
        self._send_start(request)
        self.changed.emit(tx)

    def _send_start(self, request: CommandRequest) -> None:
        self.link.send_command(request).on_update(self.on_outcome)

    def abort(self, operator: str, role: Role = Role.OPERATOR) -> CommandRequest | Refused:
        request = self.supervisor.abort()
        if isinstance(request, Refused):
            return self._refuse("abort", request.reason, operator=operator)
        self.journal.audit(AuditEntry(operator, role.name, "swap abort", {}))
        self.link.send_command(request).on_update(self.on_outcome)
        self.changed.emit(self.tx)
        return request

    def set_quarantined(self, codes: frozenset[str]) -> None:
        """The packs never offered to a swap; a plan that chose one is made again."""
        if codes == self.supervisor.quarantined:
            return
        self.supervisor.quarantined = codes
        if self.tx.phase in (Phase.IDENTIFIED, Phase.PLANNED):
            self.supervisor.plan()
            self._shown = None
            self.changed.emit(self.tx)

    def fleet_of(self, plate: str) -> str | None:
        """The registered fleet of the vehicle with ``plate`` (None: not registered)."""
        vehicle = self._vehicle_for(plate)
        return vehicle.fleet if vehicle is not None else None

    def _vehicle_for(self, plate: str) -> Vehicle | None:
        """The registered vehicle, disabled or not: a swap the console did not start (the
        bay's button) is still recorded with its vehicle."""
        return self.registry.find(plate) if plate else None

    # --- what the link reports ----------------------------------------------------------------

    @Slot(StationSnapshot)
    def on_snapshot(self, snap: StationSnapshot) -> None:
        self.supervisor.on_snapshot(snap)
        attached = self.supervisor.attached
        for swap in attached[self._attached_seen:]:
            self.journal.event("swap.attached", {
                "plate": snap.bay.plate, "started_by": swap.started_by,
                "sequence": swap.sequence, "already_running": swap.joined_late})
        self._attached_seen = len(attached)
        faulted = bool(snap.status.faults)
        if self._faulted and not faulted and self.tx.rejected is not None and \
                self.tx.phase in (Phase.IDENTIFIED, Phase.PLANNED):
            self.tx.rejected = None  # its cause, the fault, is gone: the plan is said again
        self._faulted = faulted
        if self.tx.phase in (Phase.IDENTIFIED, Phase.PLANNED) and \
                snap.slots_taken_at != self._planned_on:
            # the rack moved on: the plan shown must be the plan that would be sent (and a
            # plan refused for want of a pack or a free slot comes when they do)
            self._planned_on = snap.slots_taken_at
            self.supervisor.plan()
        # compared with what was last shown, not with the transaction before this snapshot:
        # the shared tracker may have taken this snapshot in already (the journal's turn)
        view = self._view()
        if view != self._shown:
            self._shown = view
            self.changed.emit(self.tx)

    def _view(self) -> tuple:
        """What a screen shows of the transaction: a change of it is worth a repaint."""
        tx = self.tx
        last = tx.steps[-1] if tx.steps else None
        return (id(tx), tx.phase, len(tx.steps), tx.note, id(tx.swap), tx.rejected,
                (round(last.elapsed), last.slow) if last else None,
                # a re-plan on a rack change: a pack that became ready is offered at once
                (tx.plan.key(), tx.plan.explanation) if tx.plan is not None else None)

    @Slot(CommandOutcome)
    def on_outcome(self, outcome: CommandOutcome) -> None:
        self.supervisor.on_outcome(outcome)
        self.changed.emit(self.tx)
