"""The fleet sync in the console: the uploader's thread, its state for the screen, and what
the fleet pushes down (the vehicle registry, a pack blocklist), applied and audited."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from operator_app.domain.vehicles import PackType, Vehicle, VehicleCodeError
from operator_app.storage.journal import Journal
from operator_app.storage.port import AuditEntry
from operator_app.sync.outbox import STATION_ID_KEY, station_problem
from operator_app.sync.settings import SyncSettings
from operator_app.sync.uploader import SyncState, SyncStatus, Uploader

log = logging.getLogger(__name__)
FLEET_ACTOR = "fleet"
WATCH_EVERY_MS = 5000


class SyncService(QObject):
    """``status_changed`` carries a SyncStatus (queued from the uploader's thread)."""

    status_changed = Signal(object)
    _from_thread = Signal(object)
    _config = Signal(str, object)

    def __init__(self, journal, settings: SyncSettings, station_id: str, version: str = "",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = journal  # services.journal_service.JournalService
        self.settings = settings
        self.station_id = station_id
        self.version = version
        self.uploader: Uploader | None = None
        self.swaps = None  # set by wire_services: the registry lives there
        self.packs = None  # ... and the quarantine here
        self.status = SyncStatus(SyncState.NOT_SET_UP, message=(
            "not set up: set [sync] broker in console.toml to send the journal to the fleet"))
        self._timer: QTimer | None = None
        self._from_thread.connect(self._publish)
        self._config.connect(self.apply_config)

    def start(self) -> None:
        writer = self.journal.writer
        if self.settings.problem:  # a broker given that cannot be used: refused, in words
            self._publish(SyncStatus(SyncState.REFUSED, station_id=self.station_id,
                                     message=self.settings.problem))
            self._watch()
            return
        if not self.settings.enabled:
            self._publish(replace(self.status, station_id=self.station_id))
            self._watch()
            return
        if writer is None:
            self._publish(SyncStatus(SyncState.REFUSED, self.settings.broker, self.station_id,
                                     message="no journal: nothing to send"))
            return
        from operator_app.storage.db import connect

        db = connect(writer.path, readonly=True)
        try:
            problem, adopt = station_problem(db, self.station_id)
        finally:
            db.conn.close()
        if problem:
            log.error("sync: %s", problem)
            self._publish(SyncStatus(SyncState.REFUSED, self.settings.broker, self.station_id,
                                     message=problem))
            self._watch()
            return
        if adopt:
            writer.call(Journal.set_station_value, STATION_ID_KEY, self.station_id).result(30)
        self.uploader = Uploader(
            writer.path, self.settings, self.station_id,
            lambda ids: writer.call(Journal.mark_sent, ids), online=writer.journal.online,
            on_status=self._from_thread.emit, on_config=self._config.emit,
            hold=lambda: writer.call(Journal.hold_sent, "broker"),
            version=self.version).start()

    def _watch(self) -> None:
        """No uploader (not set up, or refused): the outbox is read every few seconds all
        the same, so that the screen says what waits (for a USB stick, say) and the alarms
        still see its age and size."""
        if self.journal.writer is None:
            return
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._poll)
        self._timer.start(WATCH_EVERY_MS)
        self._poll()

    @Slot()
    def _poll(self) -> None:
        from operator_app.storage.db import connect
        from operator_app.sync.outbox import backlog

        try:
            db = connect(self.journal.writer.path, readonly=True, busy_ms=200)
            try:
                got = backlog(db, with_bytes=True)
            finally:
                db.conn.close()
        except Exception as exc:  # noqa: BLE001 - said; tried again at the next tick
            log.warning("sync: cannot read the outbox (%s)", exc)
            return
        self._publish(replace(self.status, unsent=got.unsent, sent=got.sent,
                              oldest_unsent=got.oldest_unsent, last_success=got.last_success,
                              unsent_bytes=got.unsent_bytes))

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        if self.uploader is not None:
            self.uploader.stop()
            self.uploader = None

    @Slot(object)
    def _publish(self, status: SyncStatus) -> None:
        self.status = status
        self.status_changed.emit(status)

    # --- what the fleet pushes down ---------------------------------------------------------

    @Slot(str, object)
    def apply_config(self, name: str, value: Any) -> None:
        """The fleet's ``vehicles`` or ``pack_blocklist`` (sync/contract.py): applied, and
        audited with what was applied and what was not."""
        if name == "vehicles":
            done, wrong = self._vehicles(value)
        elif name == "pack_blocklist":
            done, wrong = self._blocklist(value)
        else:
            return
        for problem in wrong:
            log.error("sync: the fleet's %s: %s", name, problem)
        detail: dict[str, Any] = {"applied": done, "refused": wrong}
        if name == "vehicles":  # what became of the vehicles disabled at this station
            detail.update({k: v for k, v in self._disabled.items() if v})
        self.journal.port.audit(AuditEntry(FLEET_ACTOR, "FLEET", f"fleet {name}", detail))

    def _vehicles(self, value: Any) -> tuple[list[str], list[str]]:
        """Each vehicle added or replaced. Whether one is disabled at this station changes
        only when the fleet says so (``"disabled": true`` or ``false``): without it, a
        vehicle a technician disabled here stays disabled (named in the audit's "kept
        disabled"), and a new one is enabled."""
        self._disabled: dict[str, list[str]] = {"disabled": [], "enabled": [],
                                                "kept disabled": []}
        if not isinstance(value, list):
            return [], ["wants a JSON array of vehicles"]
        done, wrong = [], []
        for item in value:
            try:
                v = Vehicle(str(item["plate"]), str(item["fleet"]), str(item.get("model", "")),
                            PackType[str(item["pack_type"])], int(item["blocks"]),
                            tuple(str(t) for t in item.get("tags", ())))
                disabled = item.get("disabled")
                if disabled is not None and not isinstance(disabled, bool):
                    raise ValueError("disabled is true, false or left out")
            except (KeyError, TypeError, ValueError, VehicleCodeError) as exc:
                wrong.append(f"{item!r:.80}: {exc}")
                continue
            writer = self.journal.writer
            if writer is not None:
                writer.call(Journal.upsert_vehicle, v.plate, v.fleet, v.model, v.pack_type.name,
                            v.blocks, v.tags, disabled)
            if self.swaps is not None:
                registry = self.swaps.registry
                was = registry.is_disabled(v.plate)
                added = registry.add(v)
                if disabled is not None:
                    registry.set_disabled(added.plate, disabled)
                    if disabled != was:
                        self._disabled["disabled" if disabled else "enabled"].append(added.plate)
                elif was:
                    self._disabled["kept disabled"].append(added.plate)
            done.append(v.plate)
        return done, wrong

    def _blocklist(self, value: Any) -> tuple[list[str], list[str]]:
        if not isinstance(value, list):
            return [], ["wants a JSON array of {code, reason}"]
        done, wrong = [], []
        for item in value:
            code = item.get("code") if isinstance(item, dict) else None
            if not isinstance(code, str) or not code:
                wrong.append(f"{item!r:.80}: no pack code")
                continue
            if self.packs is None:
                wrong.append(f"{code}: no pack service")
                continue
            why = self.packs.block(code, str(item.get("reason", "")), FLEET_ACTOR)
            (wrong.append(f"{code}: {why}") if why else done.append(code))
        return done, wrong
