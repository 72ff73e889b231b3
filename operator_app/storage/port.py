"""The journal port: the one typed way services write to (and read from) the journal.

Every service talks to a ``JournalPort``: methods with typed arguments (dataclass
records where there are many fields), each returning a ``Future`` that resolves
once the transaction is durable (``synchronous=FULL``), or fails with a
``JournalWriteError`` that says why. Nothing is a string naming a method: a typo
or a wrong argument is an error where the call is written, not in the writer's
thread.

``WriterPort`` puts every call on the ``JournalWriter`` thread; ``NoJournal`` is
the port of a console that runs without a journal (the screen says NOT
RECORDING): each write fails at once with ``NoJournal.Unavailable``, so a caller
that waits for durability is told, and one that may go on without it (a swap
start, when the journal could not be opened at all) can choose to.
"""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, Protocol

from operator_app.domain.vehicles import Vehicle
from operator_app.storage.journal import EventRef, Journal, JournalWriteError, JournalWriter


def vehicle_row(v: Vehicle) -> dict[str, Any]:
    """A vehicle as the journal's ``vehicles`` table and its audit rows hold it."""
    return {"plate": v.plate, "fleet": v.fleet, "model": v.model, "pack_type": v.pack_type.name,
            "blocks": v.blocks, "tags": list(v.tags)}


@dataclass(frozen=True)
class AuditEntry:
    """Who did what, with which role: one row of the sealed audit chain."""

    actor: str
    role: str
    action: str
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class AlarmChange:
    """An alarm occurrence raised, moved or cleared."""

    alarm_id: str
    code: str
    source: str
    priority: int
    state: str
    ts: float
    actor: str | None = None
    reason: str | None = None
    cleared: bool = False
    pack_code: str | None = None  # a slot's alarm: the pack in the slot when it was raised


@dataclass(frozen=True)
class PackSighting:
    """A pack seen in the rack: registered, or its cycles and SoH refreshed."""

    code: str
    pack_type: str
    capacity_kwh: float | None
    cycles: int | None
    soh_pct: float | None
    ts: float


@dataclass(frozen=True)
class HealthSample:
    """One health record of a pack (state of health, capacity, insulation, cell spread)."""

    code: str
    ts: float
    soh_pct: float | None
    cycles: int | None
    capacity_kwh: float | None
    insulation_kohm: float | None
    cell_spread_v: float | None
    source: str


@dataclass(frozen=True)
class ChargingStart:
    session_id: str
    code: str
    slot: int
    ts: float
    soc: float | None


@dataclass(frozen=True)
class ChargingProgress:
    """A charging session's running totals; ``ended`` and ``reason`` when it ends."""

    session_id: str
    energy_kwh: float
    soc: float | None
    peak_temp: float | None
    peak_power: float | None
    ended: float | None = None
    reason: str | None = None


class JournalPort(Protocol):
    """What services may ask of the journal. Writes resolve when durable."""

    def event(self, kind: str, payload: dict[str, Any], at: float | None = None
              ) -> Future[EventRef]: ...

    def audit(self, entry: AuditEntry) -> Future[str]: ...

    def swap(self, record: dict[str, Any], event_kind: str | None = None
             ) -> Future[EventRef | None]: ...

    def alarm(self, change: AlarmChange) -> Future[None]: ...

    def pack_seen(self, sighting: PackSighting) -> Future[dict[str, Any] | None]:
        """Resolves to the pack's measured record when its flags were worked out again."""

    def pack_health(self, sample: HealthSample) -> Future[None]: ...

    def charging_started(self, start: ChargingStart) -> Future[None]: ...

    def charging_progress(self, progress: ChargingProgress) -> Future[None]: ...

    def close_open_charging(self, ts: float, reason: str) -> Future[int]: ...

    def charging_finished(self, record: dict[str, Any], ended: float
                          ) -> Future[dict[str, Any]]:
        """A session's measured record; resolves to the pack's measured record after it."""

    def rest_after(self, session_id: str, seconds: float) -> Future[None]: ...

    def quarantine(self, code: str, quarantined: bool, reason: str | None) -> Future[bool]: ...

    def vehicle_add(self, vehicle: Vehicle, actor: str, role: str) -> Future[bool]:
        """Registered and audited; False: the plate already was (nothing written)."""

    def vehicle_edit(self, vehicle: Vehicle, was: Vehicle, actor: str, role: str
                     ) -> Future[dict[str, list] | None]:
        """{field: [old, new]} changed and audited; None: not registered."""

    def vehicle_disabled(self, vehicle: Vehicle, disabled: bool, actor: str, role: str
                         ) -> Future[bool | None]:
        """True: changed and audited; False: it already was so."""

    def vehicles_import(self, new: list[Vehicle], updated: list[tuple[Vehicle, Vehicle]],
                        source: str, actor: str, role: str, unchanged: int, sha256: str = ""
                        ) -> Future[dict[str, Any]]:
        """All of a checked list (``updated``: each (was, becomes)) in one transaction,
        audited once; resolves to the audit's detail (the counts)."""

    def telemetry(self, rows: list[tuple]) -> None:
        """Samples, committed in batches (a power cut may lose the last second of them)."""


class WriterPort:
    """The port onto the journal writer's thread."""

    def __init__(self, writer: JournalWriter) -> None:
        self.writer = writer

    def event(self, kind: str, payload: dict[str, Any], at: float | None = None
              ) -> Future[EventRef]:
        return self.writer.call(Journal.append_event, kind, payload, at)

    def audit(self, entry: AuditEntry) -> Future[str]:
        return self.writer.call(Journal.audit, entry.actor, entry.role, entry.action,
                                entry.detail)

    def swap(self, record: dict[str, Any], event_kind: str | None = None
             ) -> Future[EventRef | None]:
        return self.writer.call(Journal.record_swap, record, event_kind)

    def alarm(self, change: AlarmChange) -> Future[None]:
        c = change
        return self.writer.call(Journal.record_alarm, c.alarm_id, c.code, c.source, c.priority,
                                c.state, c.ts, c.actor, c.reason, c.cleared, c.pack_code)

    def pack_seen(self, sighting: PackSighting) -> Future[dict[str, Any] | None]:
        s = sighting
        return self.writer.call(Journal.see_pack, s.code, s.pack_type, s.capacity_kwh,
                                s.cycles, s.soh_pct, s.ts)

    def pack_health(self, sample: HealthSample) -> Future[None]:
        s = sample
        return self.writer.call(Journal.add_pack_health, s.code, s.ts, s.soh_pct, s.cycles,
                                s.capacity_kwh, s.insulation_kohm, s.cell_spread_v, s.source)

    def charging_started(self, start: ChargingStart) -> Future[None]:
        s = start
        return self.writer.call(Journal.start_charging, s.session_id, s.code, s.slot, s.ts,
                                s.soc)

    def charging_progress(self, progress: ChargingProgress) -> Future[None]:
        p = progress
        return self.writer.call(Journal.update_charging, p.session_id, p.energy_kwh, p.soc,
                                p.peak_temp, p.peak_power, p.ended, p.reason)

    def close_open_charging(self, ts: float, reason: str) -> Future[int]:
        return self.writer.call(Journal.close_open_charging, ts, reason)

    def charging_finished(self, record: dict[str, Any], ended: float
                          ) -> Future[dict[str, Any]]:
        return self.writer.call(Journal.finish_charging, record, ended)

    def rest_after(self, session_id: str, seconds: float) -> Future[None]:
        return self.writer.call(Journal.note_rest_after, session_id, seconds)

    def quarantine(self, code: str, quarantined: bool, reason: str | None) -> Future[bool]:
        return self.writer.call(Journal.set_quarantine, code, quarantined, reason)

    def vehicle_add(self, vehicle: Vehicle, actor: str, role: str) -> Future[bool]:
        return self.writer.call(Journal.add_vehicle, vehicle_row(vehicle), actor, role)

    def vehicle_edit(self, vehicle: Vehicle, was: Vehicle, actor: str, role: str
                     ) -> Future[dict[str, list] | None]:
        return self.writer.call(Journal.edit_vehicle, vehicle_row(vehicle), actor, role,
                                vehicle_row(was))

    def vehicle_disabled(self, vehicle: Vehicle, disabled: bool, actor: str, role: str
                         ) -> Future[bool | None]:
        return self.writer.call(Journal.set_vehicle_disabled, vehicle_row(vehicle), disabled,
                                actor, role)

    def vehicles_import(self, new: list[Vehicle], updated: list[tuple[Vehicle, Vehicle]],
                        source: str, actor: str, role: str, unchanged: int, sha256: str = ""
                        ) -> Future[dict[str, Any]]:
        return self.writer.call(Journal.import_vehicles, [vehicle_row(v) for v in new],
                                [vehicle_row(v) for _, v in updated], source, actor, role,
                                unchanged, sha256, [vehicle_row(w) for w, _ in updated])

    def telemetry(self, rows: list[tuple]) -> None:
        self.writer.add_telemetry(rows)


class NoJournal:
    """The port of a console without a journal: every write fails at once, and is counted."""

    class Unavailable(JournalWriteError):
        """There is no journal: the record was not written anywhere."""

    def __init__(self, why: str = "no journal") -> None:
        self.why = why
        self.discarded = 0

    def _refuse(self, op: str) -> Future[Any]:
        self.discarded += 1
        future: Future[Any] = Future()
        future.set_exception(NoJournal.Unavailable(op, self.why))
        return future

    def event(self, kind: str, payload: dict[str, Any], at: float | None = None
              ) -> Future[EventRef]:
        return self._refuse("event")

    def audit(self, entry: AuditEntry) -> Future[str]:
        return self._refuse("audit")

    def swap(self, record: dict[str, Any], event_kind: str | None = None
             ) -> Future[EventRef | None]:
        return self._refuse("swap")

    def alarm(self, change: AlarmChange) -> Future[None]:
        return self._refuse("alarm")

    def pack_seen(self, sighting: PackSighting) -> Future[dict[str, Any] | None]:
        return self._refuse("pack_seen")

    def pack_health(self, sample: HealthSample) -> Future[None]:
        return self._refuse("pack_health")

    def charging_started(self, start: ChargingStart) -> Future[None]:
        return self._refuse("charging_started")

    def charging_progress(self, progress: ChargingProgress) -> Future[None]:
        return self._refuse("charging_progress")

    def close_open_charging(self, ts: float, reason: str) -> Future[int]:
        return self._refuse("close_open_charging")

    def charging_finished(self, record: dict[str, Any], ended: float
                          ) -> Future[dict[str, Any]]:
        return self._refuse("charging_finished")

    def rest_after(self, session_id: str, seconds: float) -> Future[None]:
        return self._refuse("rest_after")

    def quarantine(self, code: str, quarantined: bool, reason: str | None) -> Future[bool]:
        return self._refuse("quarantine")

    def vehicle_add(self, vehicle: Vehicle, actor: str, role: str) -> Future[bool]:
        return self._refuse("vehicle_add")

    def vehicle_edit(self, vehicle: Vehicle, was: Vehicle, actor: str, role: str
                     ) -> Future[dict[str, list] | None]:
        return self._refuse("vehicle_edit")

    def vehicle_disabled(self, vehicle: Vehicle, disabled: bool, actor: str, role: str
                         ) -> Future[bool | None]:
        return self._refuse("vehicle_disabled")

    def vehicles_import(self, new: list[Vehicle], updated: list[tuple[Vehicle, Vehicle]],
                        source: str, actor: str, role: str, unchanged: int, sha256: str = ""
                        ) -> Future[dict[str, Any]]:
        return self._refuse("vehicles_import")

    def telemetry(self, rows: list[tuple]) -> None:
        self.discarded += len(rows)
