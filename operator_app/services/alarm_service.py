"""The alarm service: alarm conditions from the link and the journal, people's actions, records.

Conditions: the controller's active fault codes (an abort with a vehicle still in
the bay as its own, MEDIUM alarm); each slot's GB/T 32960 flags (debounced) and
charger faults, suppressed by design while the slot is empty; link loss; journal
trouble. While the link is lost the controller's conditions
are unknown, so they are held as last seen, not cleared. Every transition is
journaled; every action by a person is audited, and a refused one is journaled
with its reason.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Collection, Iterable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from operator_app.config import ServiceIntervals
from operator_app.domain import station as st
from operator_app.domain.alarms import (
    ABORTED_IN_BAY,
    CATALOGUE,
    R_ACK_FIRST,
    AlarmDef,
    AlarmManager,
    AlarmState,
    Priority,
    Refusal,
    Transition,
    definition,
    pack_alarm_def,
)
from operator_app.domain.maintenance import service_due
from operator_app.domain.roles import Role
from operator_app.domain.snapshot import LinkState, StationSnapshot
from operator_app.domain.words import Phrase
from operator_app.services.link_worker import LinkEvent
from operator_app.storage.journal import StorageState, StorageStatus
from operator_app.storage.port import AlarmChange, AuditEntry, JournalPort, NoJournal

Key = tuple[str, str]
# Conditions the controller holds that a reset does not clear (they go by themselves)
NOT_AT_CONTROLLER = frozenset({"WATCHDOG", "POSITIONING_FAILED", "INSULATION_LOW"})
HISTORY = 50  # transitions kept per alarm point for the alarm page (the journal keeps all)


def snapshot_conditions(snap: StationSnapshot, active: Collection[Key] = ()
                        ) -> tuple[dict[Key, AlarmDef | None], set[Key]]:
    """The alarm conditions a snapshot shows, and those suppressed by design.

    The controller's ABORTED is ABORTED_IN_BAY (MEDIUM, not LOW) while a vehicle is in the
    bay (or the bay's sensor reads invalid: the safe side), and stays so while that alarm is
    ``active`` (in condition): a vehicle driving out before the reset does not turn it into a
    new LOW alarm."""
    conds: dict[Key, AlarmDef | None] = {}
    suppressed: set[Key] = set()
    in_bay = snap.bay.vehicle_present or "bay.vehicle_present" in snap.invalid
    for f in snap.status.faults:
        code = f.name if isinstance(f, st.FaultCode) else f"FAULT_{f}"
        if code == "CHARGER_FAULT":
            continue  # reported per slot below, where it can be suppressed by design
        if code == "ABORTED" and (in_bay or (ABORTED_IN_BAY, "controller") in active):
            code = ABORTED_IN_BAY
        conds[(code, "controller")] = definition(code)
    for s in snap.slots:
        source = f"slot {s.slot}"
        if s.charger_state is st.ChargerState.FAULT:
            key = ("CHARGER_FAULT", source)
            conds[key] = CATALOGUE["CHARGER_FAULT"]
            if not s.occupied:
                suppressed.add(key)
        if s.occupied and s.alarm_flags and s.alarm_level:
            for flag in st.AlarmFlag:
                if flag and s.alarm_flags & flag:
                    conds[(f"PACK_{flag.name}", source)] = pack_alarm_def(flag, s.alarm_level)
    return conds, suppressed


class AlarmService(QObject):
    """Runs the AlarmManager in the UI thread; the alarm page and the banner listen to it."""

    changed = Signal()
    transition = Signal(Transition)
    refused = Signal(object)  # why, a Phrase (or a plain str): the screen translates it

    def __init__(self, journal: JournalPort | None = None,
                 clock: Callable[[], float] = time.time, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.manager = AlarmManager()
        self.journal: JournalPort = journal or NoJournal()
        self.clock = clock
        self._station: dict[Key, AlarmDef | None] = {}
        # the packs in quarantine (the pack service's): one a swap takes is a HIGH alarm
        self.quarantined: Callable[[], frozenset[str]] = frozenset
        self._suppressed: set[Key] = set()
        self._other: dict[Key, AlarmDef | None] = {}
        self._slot_packs: dict[str, str] = {}  # "slot 3" -> the pack in it, for the journal
        self.history: dict[Key, deque[Transition]] = {}  # since this console started
        # set by the composition root: sends RESET_FAULTS for an alarm the controller holds
        self.controller_reset: Callable[[Key, Role, str, bool], Refusal | None] | None = None
        self._reset_by: dict[Key, tuple[Role, str]] = {}
        self.sync_limits = (24.0, 200.0)  # [sync] max_age_h, budget_mb
        self.service_intervals = ServiceIntervals()  # [maintenance]: a counter at one is due
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._evaluate)
        self._timer.start(1000)  # shelving expiry and debounce need time to pass

    # --- inputs --------------------------------------------------------------------------

    @Slot(StationSnapshot)
    def on_snapshot(self, snap: StationSnapshot) -> None:
        active = {key for key, a in self.manager.alarms.items() if a.condition}
        self._slot_packs = {f"slot {s.slot}": s.pack_code for s in snap.slots
                            if s.occupied and s.pack_code}
        self._station, self._suppressed = snapshot_conditions(snap, active)
        for name in service_due(snap.machine, self.service_intervals):
            self._station[("SERVICE_DUE", f"maintenance {name}")] = CATALOGUE["SERVICE_DUE"]
        quarantined = self.quarantined()
        for s in snap.slots:  # the console keeps them out; a swap of the controller's may not
            if s.state is st.SlotState.IN_SWAP and s.pack_code in quarantined:
                self._station[("QUARANTINED_PACK_IN_SWAP", f"slot {s.slot}")] = \
                    CATALOGUE["QUARANTINED_PACK_IN_SWAP"]
        self._evaluate()

    @Slot(LinkEvent)
    def on_link_event(self, event: LinkEvent) -> None:
        for code, state in (("LINK_LOST", LinkState.LOST),
                            ("LINK_DEGRADED", LinkState.DEGRADED)):
            if event.state is state:
                self._other[(code, "link")] = CATALOGUE[code]
            elif event.state is not LinkState.CONNECTING:
                self._other.pop((code, "link"), None)
        self._evaluate()

    @Slot(StorageStatus)
    def on_storage(self, status: StorageStatus) -> None:
        for code, state in (("JOURNAL_DISK_FULL", StorageState.DISK_FULL),
                            ("JOURNAL_FAILED", StorageState.FAILED)):
            key = (code, "journal")
            if status.state is state:
                self._other[key] = CATALOGUE[code]
            else:
                self._other.pop(key, None)
        self._evaluate()

    @Slot(object)
    def on_sync(self, status) -> None:
        """The fleet sync (a SyncStatus): records older than the limit, over their disk
        budget, or a broker that refuses the station."""
        from operator_app.sync.outbox import age_s
        from operator_app.sync.uploader import SyncState

        limits = self.sync_limits
        age = age_s(status.oldest_unsent, self.clock()) if status.unsent else None
        wanted = {
            "SYNC_DOWN": age is not None and age > limits[0] * 3600,
            "SYNC_BACKLOG_FULL": (status.unsent_bytes or 0) > limits[1] * 1e6,
            "SYNC_REFUSED": status.state is SyncState.REFUSED,
        }
        for code, on in wanted.items():
            if on:
                self._other[(code, "sync")] = CATALOGUE[code]
            else:
                self._other.pop((code, "sync"), None)
        self._evaluate()

    @Slot(dict)
    def on_pack_measured(self, record: dict) -> None:
        """A pack's measured record (after a charge, or from the journal at start): its
        BMS disagrees with the measured capacity, or no longer does."""
        if not record.get("code"):
            return
        key = ("BMS_SOH_DISAGREES", f"pack {record['code']}")
        if "BMS_SOH_DISAGREES" in (record.get("flags") or ()):
            self._other[key] = CATALOGUE["BMS_SOH_DISAGREES"]
        else:
            self._other.pop(key, None)
        self._evaluate()

    def _evaluate(self) -> None:
        conds = {**self._station, **self._other}
        now = self.clock()
        self._publish(self.manager.update(conds, now, frozenset(self._suppressed)))
        for key, (role, actor) in list(self._reset_by.items()):
            a = self.manager.alarms.get(key)
            if a is None or a.condition:
                continue  # the controller has not cleared it yet
            del self._reset_by[key]
            if a.awaiting_reset:  # reset at the controller by this person: the latch with it
                # (an unacknowledged alarm stays listed until someone acknowledges it)
                done = self.manager.reset_latch(key, role, actor, now)
                if not isinstance(done, Refusal):
                    self.journal.audit(AuditEntry(actor, role.name, "alarm reset",
                              {"alarm": key[0], "source": key[1], "at_controller": True}))
                    self._publish(done)

    # --- people's actions ------------------------------------------------------------------

    def acknowledge(self, key: Key, role: Role, actor: str) -> Refusal | None:
        return self._act("acknowledge", key, role, actor,
                         lambda: self.manager.acknowledge(key, role, actor, self.clock()))

    def acknowledge_all(self, keys: Iterable[Key], role: Role, actor: str
                        ) -> tuple[list[Key], list[tuple[Key, Refusal]]]:
        """Acknowledge each of ``keys`` (the alarm page's visible list) as ``acknowledge``
        does, one by one: the same role rule, each audited or its refusal journaled.
        Returns the keys acknowledged and those refused, with why."""
        done: list[Key] = []
        refused: list[tuple[Key, Refusal]] = []
        for key in list(keys):
            refusal = self.acknowledge(key, role, actor)
            if refusal is None:
                done.append(key)
            else:
                refused.append((key, refusal))
        return done, refused

    def at_controller(self, key: Key) -> bool:
        """An alarm whose cause the controller still holds: its reset goes to the controller."""
        a = self.manager.alarms.get(key)
        return (self.controller_reset is not None and a is not None and a.condition
                and (key[1] == "controller" or key[0] == "CHARGER_FAULT")
                and key[0] not in NOT_AT_CONTROLLER)

    def reset_with_controller(self, actor: str, role: Role) -> None:
        """Someone reset the controller's faults (the recovery panel's Reset faults): every
        alarm the controller held is reset with it, by that person, once its cause clears. A
        reset does not acknowledge: an alarm nobody acknowledged stays listed (returned to
        normal, unacknowledged) until someone does."""
        for key, a in self.manager.alarms.items():
            if self.at_controller(key) or (a.awaiting_reset and key[0] not in NOT_AT_CONTROLLER):
                self._reset_by.setdefault(key, (role, actor))
        self._evaluate()

    def reset(self, key: Key, role: Role, actor: str, bay_clear: bool = False
              ) -> Refusal | None:
        """Reset a latched alarm whose cause is gone; or, while the controller still holds
        its cause (a fault it latched, an E-stop turned back at the cabinet), reset it at the
        controller (RESET_FAULTS) and the alarm with it once the controller clears it."""
        a = self.manager.alarms.get(key)
        if a is not None and self.at_controller(key):
            if a.state is AlarmState.UNACK:
                refusal = Refusal(Phrase(R_ACK_FIRST))
            else:
                assert self.controller_reset is not None
                refusal = self.controller_reset(key, role, actor, bay_clear)
            if refusal is not None:
                self.journal.event("alarm.refused", {
                    "alarm": key[0], "source": key[1], "action": "reset", "role": role.name,
                    "actor": actor, "reason": refusal.reason})
                self.refused.emit(refusal.why)
                return refusal
            self._reset_by[key] = (role, actor)
            return None
        return self._act("reset", key, role, actor,
                         lambda: self.manager.reset(key, role, actor, self.clock()))

    def shelve(self, key: Key, role: Role, actor: str, reason: str,
               minutes: float) -> Refusal | None:
        return self._act("shelve", key, role, actor,
                         lambda: self.manager.shelve(key, role, actor, reason, minutes * 60,
                                                     self.clock()),
                         {"reason": reason, "minutes": minutes})

    def unshelve(self, key: Key, role: Role, actor: str) -> Refusal | None:
        return self._act("unshelve", key, role, actor,
                         lambda: self.manager.unshelve(key, role, actor, self.clock()))

    def set_out_of_service(self, key: Key, role: Role, actor: str, reason: str,
                           in_service: bool = False) -> Refusal | None:
        return self._act("return to service" if in_service else "out of service", key, role,
                         actor, lambda: self.manager.set_out_of_service(
                             key, role, actor, reason, self.clock(), in_service),
                         {"reason": reason})

    def _act(self, action: str, key: Key, role: Role, actor: str, do: Callable[[], Any],
             detail: dict[str, Any] | None = None) -> Refusal | None:
        result = do()
        record = {"alarm": key[0], "source": key[1], **(detail or {})}
        if isinstance(result, Refusal):
            self.journal.event("alarm.refused",
                      {**record, "action": action, "role": role.name, "actor": actor,
                       "reason": result.reason})
            self.refused.emit(result.why)
            return result
        self.journal.audit(AuditEntry(actor, role.name, f"alarm {action}", record))
        self._publish(result)
        return None

    def _publish(self, transitions: list[Transition]) -> None:
        for t in transitions:
            self.history.setdefault((t.code, t.source), deque(maxlen=HISTORY)).append(t)
            cleared = t.to_state is AlarmState.NORMAL
            self.journal.alarm(AlarmChange(t.occurrence, t.code, t.source, int(t.priority),
                                           t.to_state.value, t.at, t.actor, t.reason, cleared,
                                           self._slot_packs.get(t.source)))
            self.transition.emit(t)
        if transitions:
            self.changed.emit()

    # --- views -------------------------------------------------------------------------------

    def ordered(self) -> list:
        return self.manager.ordered()

    def points(self) -> list:
        """Every alarm point not at rest: annunciated (in the standard's order), then shelved,
        suppressed and out of service."""
        shown = self.manager.ordered()
        rest = [a for a in self.manager.alarms.values()
                if a.state not in (AlarmState.NORMAL,) and not a.annunciated]
        rest.sort(key=lambda a: (a.definition.priority, -(a.raised_at or 0.0)))
        return shown + rest

    def counts(self) -> dict[Priority, int]:
        """Annunciated alarms by priority, for the banner."""
        shown = self.manager.ordered()
        return {p: sum(1 for a in shown if a.definition.priority is p) for p in Priority}
