"""The journal service: connects the link's signals to the journal writer, in the UI thread.

The work done here is cheap (derivations in ``StationRecorder``); every write is
queued to the writer thread, so a slow or full disk never blocks the screen.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from operator_app.domain.commands import CommandOutcome
from operator_app.domain.snapshot import ControllerIdentity, StationSnapshot
from operator_app.domain.vehicles import Vehicle, VehicleRegistry
from operator_app.services.demo import registry_from_rows
from operator_app.services.link_worker import LinkEvent, LinkService
from operator_app.services.recorder import StationRecorder
from operator_app.storage.db import background_check
from operator_app.storage.journal import Journal, JournalWriter, StorageState, StorageStatus, read
from operator_app.storage.port import JournalPort, NoJournal, WriterPort
from operator_app.storage.retention import RetentionPolicy

log = logging.getLogger(__name__)

RETENTION_INTERVAL_MS = 10 * 60 * 1000


class JournalService(QObject):
    """Feeds the journal from the link; reports the journal's health."""

    status_changed = Signal(StorageStatus)
    swap_ended = Signal(dict)  # the swap's final journal record, once it is durable
    pack_measured = Signal(dict)  # a pack's measured record after a charge, once durable
    _committed = Signal(dict, object)  # from the writer's thread: (record, error or None)

    def __init__(self, writer: JournalWriter | None, unavailable: str = "",
                 retention: RetentionPolicy | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.writer = writer
        self.retention = retention or RetentionPolicy()
        self.lock = None  # the JournalLock on the data directory, held for the console's life
        self.checked: tuple[str | None, float] | None = None  # (problem, seconds) when done
        self.last_swap_ended: tuple[dict[str, Any], float] | None = None  # (record, monotonic)
        resume, charged = None, None
        # the one way services write: typed, each write a Future resolved once durable
        self.port: JournalPort
        if writer is None:
            self.status = StorageStatus(StorageState.FAILED, unavailable or "no journal")
            self.port = NoJournal(unavailable or "no journal")
        else:
            self.port = WriterPort(writer)
            self.status = writer.status
            writer.on_status = self.status_changed.emit  # from the writer thread, queued
            resume = read(writer.path, Journal.running_swap)  # not behind the writer
            # what went into the rack's packs before a restart: a swap's energy is metered
            charged = read(writer.path, Journal.charged_since_arrival)
        self.recorder = StationRecorder(self.port, resume=resume, charged=charged)
        self.recorder.on_swap_ended = self._swap_ended
        self.recorder.on_pack_measured = self._pack_measured
        self._committed.connect(self._swap_committed)
        self.status_changed.connect(self._keep)
        self._retention = QTimer(self)
        self._retention.timeout.connect(self.run_retention)

    def registry(self, seed: list[Vehicle] | None = None) -> VehicleRegistry:
        """The vehicle registry the journal keeps; ``seed`` vehicles are registered first."""
        if self.writer is None:
            registry = VehicleRegistry()
            for v in seed or []:
                registry.add(v)
            return registry
        # read on a connection of its own (never behind the writer); the seed is written
        # and laid over what was read
        registry = registry_from_rows(read(self.writer.path, Journal.vehicles))
        for v in seed or []:
            self.writer.call(Journal.upsert_vehicle, v.plate, v.fleet, v.model,
                             v.pack_type.name, v.blocks, v.tags)
            registry.add(v)
        return registry

    @property
    def discarded(self) -> int:
        """Writes dropped because there is no journal."""
        return self.port.discarded if isinstance(self.port, NoJournal) else 0

    def _pack_measured(self, measured: Future) -> None:
        """From the writer's thread once durable; the signal queues it to the UI thread."""
        measured.add_done_callback(
            lambda f: f.exception() is None and bool(f.result())
            and self.pack_measured.emit(f.result()))

    def flagged_packs(self) -> list[dict[str, Any]]:
        """Packs the journal holds flagged (their alarms stand again at start)."""
        if self.writer is None:
            return []
        try:
            return read(self.writer.path, Journal.flagged_packs)
        except sqlite3.Error as exc:
            log.warning("journal: cannot read the flagged packs: %s", exc)
            return []

    def _swap_ended(self, row: dict[str, Any], committed: Future) -> None:
        """A swap's final record was handed to the writer: the receipt waits until it is on
        disk (a few ms), or says it could not be recorded."""
        committed.add_done_callback(lambda f: self._committed.emit(row, f.exception()))

    @Slot(dict, object)
    def _swap_committed(self, row: dict[str, Any], error: Any) -> None:
        if error is not None:
            row = {**row, "not_recorded": str(error)}
        # kept for a window made anew (a language switch) while the receipt is offered
        self.last_swap_ended = (row, time.monotonic())
        self.swap_ended.emit(row)

    def swap_context(self, context: dict[str, Any]) -> None:
        """What the swap supervisor knows of the swap it starts: plate, fleet, operator, packs."""
        self.recorder.context.update(context)

    def _check(self) -> None:
        assert self.writer is not None
        t0 = time.monotonic()
        problem = background_check(self.writer.path)
        seconds = round(time.monotonic() - t0, 1)
        self.checked = (problem, seconds)
        if problem is not None:
            log.error("journal: the background check found damage: %s", problem)
            self.writer.report_damage(problem)
        else:
            log.info("journal: the whole file checked in the background in %.1f s", seconds)
        self.writer.call(Journal.append_event, "journal.checked",
                         {"ok": problem is None, "problem": problem, "seconds": seconds})

    def _keep(self, status: StorageStatus) -> None:
        self.status = status

    def attach(self, link: LinkService) -> None:
        link.snapshot_ready.connect(self.on_snapshot)
        link.link_event.connect(self.on_link_event)
        link.identity_read.connect(self.on_identity)
        link.command_outcome.connect(self.on_command_outcome)

    def start(self) -> None:
        if self.writer is not None:
            # the whole file's check: off the start path, at low priority, said when done
            threading.Thread(target=self._check, name="journal-check", daemon=True).start()
        self.recorder.start()
        self._retention.start(RETENTION_INTERVAL_MS)
        self.run_retention()
        self.status_changed.emit(self.status)

    @Slot()
    def run_retention(self) -> None:
        if self.writer is not None:
            # the telemetry batch the writer still holds goes in first (queued, not waited
            # for), so the rollups made of the minutes just ended hold all their samples
            self.writer.submit("_flush")
            self.writer.call(Journal.run_retention, self.retention)

    @Slot(StationSnapshot)
    def on_snapshot(self, snap: StationSnapshot) -> None:
        self.recorder.snapshot(snap)

    @Slot(LinkEvent)
    def on_link_event(self, event: LinkEvent) -> None:
        self.recorder.link_event(event.state.name, event.cause, event.at)

    @Slot(ControllerIdentity)
    def on_identity(self, ident: ControllerIdentity) -> None:
        self.recorder.identity(ident.vendor, ident.serial_number, ident.protocol_version,
                               ident.slot_count)

    @Slot(CommandOutcome)
    def on_command_outcome(self, outcome: CommandOutcome) -> None:
        self.recorder.command_outcome(outcome)

    def stop(self) -> None:
        """Write what is pending and close the journal (called on quit)."""
        self._retention.stop()
        if self.writer is not None:
            self.writer.on_status = None  # nothing may call into Qt objects being torn down
            self.writer.call(Journal.append_event, "console.stop", {})
            self.writer.close()
