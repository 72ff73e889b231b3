"""The link worker: one thread owns the serial port, polls the controller, carries commands.

RS-485 Modbus RTU is half-duplex with one master, so exactly one object
talks on the line: ``LinkWorker``, a plain QObject moved onto its own
QThread. It polls on a self-re-arming single-shot timer (a slow poll never
piles up), writes the console heartbeat every poll, emits one immutable
snapshot per poll, and runs commands between polls with the register map's
handshake. ``LinkService`` lives in the UI thread, owns the thread and relays
signals; it is the only thing the rest of the console talks to.

Link states: CONNECTING until the controller's identity has been read; ONLINE
while every recent poll succeeded and the controller heartbeat changes;
DEGRADED while some recent polls failed but the controller still answers;
LOST when no valid answer came, or the controller heartbeat did not change,
for ``lost_after`` seconds. From LOST (or a vanished port) the worker
reconnects by itself with exponential backoff and jitter.
"""

from __future__ import annotations

import logging
import logging.handlers
import random
import re
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMetaObject,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)

from operator_app.domain.commands import CellDetail, CommandOutcome, CommandRequest, OutcomeKind
from operator_app.domain.snapshot import ControllerIdentity, LinkState, StationSnapshot
from operator_app.domain.station import CommandCode, CommandStatus, SwapResult
from operator_app.link.client import LinkCounters, RtuClient
from operator_app.link.errors import ControllerMismatch, LinkError, PortUnavailable
from operator_app.link.station import StationReader
from operator_app.link.urls import LinkSettings, open_transport

HEALTH_INTERVAL = 0.2  # s: statistics need not follow every poll
log = logging.getLogger(__name__)
trace_log = logging.getLogger("operator_app.link.trace")
trace_log.propagate = False


@dataclass(frozen=True)
class LinkEvent:
    """A change of link state (or a notable link incident), with its cause in plain words."""

    state: LinkState
    cause: str
    at: float  # wall-clock time (time.time())


@dataclass(frozen=True)
class LinkHealth:
    """Link statistics, emitted with every poll."""

    state: LinkState
    transactions: int
    timeouts: int
    crc_errors: int
    retries: int
    errors: int
    noise_bytes: int
    rtt_median: float | None
    rtt_p99: float | None
    controller_heartbeat: int | None
    console_heartbeat: int
    reconnects: int


@dataclass
class LinkConfig:
    """How the worker polls. Example: ``LinkConfig(poll_interval=0.1, lost_after=3.0)``."""

    poll_interval: float = 0.1  # s between the end of one poll and the start of the next
    slot_interval: float = 1.0  # s between reads of the rack slots
    lost_after: float = 3.0  # s without a valid answer or a changing controller heartbeat
    command_timeout: float = 2.0  # s for the controller to answer a command
    backoff_min: float = 0.5  # s before the first reconnection attempt
    backoff_max: float = 5.0
    degraded_window: int = 20  # polls: any error among the last N means DEGRADED
    retries: int = 1  # per transaction, for a lost or damaged answer
    trace_path: str | None = None  # raw frames to this rotating file when set
    trace_max_bytes: int = 5_000_000
    trace_backups: int = 5


@dataclass
class _Pending:
    request: CommandRequest
    sequence: int
    sent_at: float
    attempts: int = 0  # writes tried; after the first it may have reached the controller
    written: bool = False
    accepted: bool = False
    outcomes: list[OutcomeKind] = field(default_factory=list)


def _shape(cause: str) -> str:
    return re.sub(r"\d+(\.\d+)?", "#", cause)


class LinkWorker(QObject):
    """Owns the port; lives in the link thread. Talk to it only through signals."""

    snapshot_ready = Signal(StationSnapshot)
    link_event = Signal(LinkEvent)
    health = Signal(LinkHealth)
    identity_read = Signal(ControllerIdentity)
    command_outcome = Signal(CommandOutcome)
    cells_ready = Signal(CellDetail)

    def __init__(
        self,
        settings: LinkSettings,
        config: LinkConfig | None = None,
        opener: Callable[[LinkSettings], object] = open_transport,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.config = config or LinkConfig()
        self._opener = opener
        self._clock = clock
        self._timer: QTimer | None = None
        self._reader: StationReader | None = None
        self._client: RtuClient | None = None
        self._state: LinkState | None = None
        self._cause = ""
        self._health_at = -1e9
        self._last_good = clock()
        self._last_hb: int | None = None
        self._last_hb_change = clock()
        self._last_slots = -1e9
        self._last_response_seq = 0
        self._backoff = self.config.backoff_min
        self._counters = LinkCounters()
        self._recent: deque[bool] = deque(maxlen=self.config.degraded_window)
        self._rng = random.Random()
        self._next_seq = 1
        self._queue: deque[CommandRequest] = deque()
        self._inflight: _Pending | None = None
        self._long: list[_Pending] = []
        self._cells_wanted: int | None = None
        self._cells_since = 0.0
        self._cells_selected = False
        self._paused = False
        self._trace_handler: logging.Handler | None = None
        self.reconnects = 0
        self.snapshots = 0

    # --- slots called through queued connections -----------------------------------------

    @Slot()
    def start(self) -> None:
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)
        if self.config.trace_path:
            self.set_trace(self.config.trace_path)
        self._set_state(LinkState.CONNECTING, f"opening {self.settings.describe()}")
        self._timer.start(0)

    @Slot()
    def close(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        for pending in self._pending():
            self._finish(pending, OutcomeKind.UNKNOWN,
                         detail="the console closed the link before the controller answered")
        self._disconnect()
        self.set_trace(None)
        # Hand this object (and its timer) back to the main thread before the link thread
        # ends: a QObject must not be destroyed from another thread than its own.
        app = QCoreApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())

    @Slot(CommandRequest)
    def send_command(self, request: CommandRequest) -> None:
        """Queue a command for the next poll; refuse it at once when the link is down."""
        if self._reader is None or self._state in (LinkState.LOST, LinkState.CONNECTING):
            state = self._current.name.lower()
            self.command_outcome.emit(CommandOutcome(
                request, OutcomeKind.REFUSED,
                detail=f"not sent: the link to the controller is {state}"))
            return
        self._queue.append(request)
        if self._timer is not None and not self._paused:
            self._timer.start(0)  # commands run before the next poll, not after it

    @Slot(int)
    def request_cells(self, slot: int) -> None:
        """Read one slot's cell voltages and temperatures; ``cells_ready`` answers."""
        self._cells_wanted = slot
        self._cells_since = self._clock()
        self._cells_selected = False

    @Slot(bool)
    def set_paused(self, paused: bool) -> None:
        """Stop polling (and so the console heartbeat) until resumed; for tests and drills."""
        self._paused = paused
        if self._timer is not None:
            if paused:
                self._timer.stop()
            else:
                self._timer.start(0)

    @Slot(object)
    def set_trace(self, path: str | None) -> None:
        """Write every raw frame, with a timestamp, to a rotating file (None switches off)."""
        if self._trace_handler is not None:
            trace_log.removeHandler(self._trace_handler)
            self._trace_handler.close()
            self._trace_handler = None
        if path:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=self.config.trace_max_bytes,
                backupCount=self.config.trace_backups, encoding="utf-8")
            handler.setFormatter(logging.Formatter("%(asctime)s.%(msecs)03d %(message)s",
                                                   "%Y-%m-%d %H:%M:%S"))
            trace_log.addHandler(handler)
            trace_log.setLevel(logging.DEBUG)
            self._trace_handler = handler
            log.info("packet trace on: %s", path)
        if self._client is not None:
            self._client.trace = self._trace if self._trace_handler else None

    # --- the poll -------------------------------------------------------------------------

    def _tick(self) -> None:
        if self._paused:
            return
        delay = self.config.poll_interval
        try:
            if self._reader is None:
                self._connect()
            self._run_command()
            self._poll()
            self._run_cells()
        except ControllerMismatch as exc:
            self._set_state(LinkState.LOST, str(exc))
            self._disconnect()
            delay = self._next_backoff()
        except PortUnavailable as exc:
            state = LinkState.CONNECTING if self._state is LinkState.CONNECTING else LinkState.LOST
            self._set_state(state, str(exc))
            self._disconnect()
            delay = self._next_backoff()
        except LinkError as exc:
            self._recent.append(False)
            log.debug("poll failed: %s", exc)
            now = self._clock()
            if now - self._last_good > self.config.lost_after:
                self._set_state(LinkState.LOST,
                                f"no valid answer for {now - self._last_good:.1f} s ({exc})")
                self._disconnect()
                delay = self._next_backoff()
            elif self._state is LinkState.ONLINE:
                self._set_state(LinkState.DEGRADED, f"{exc}; the controller still answers")
            self._emit_health()
        finally:
            self._expire_commands()
            if self._timer is not None and not self._paused:
                self._timer.start(max(0, int(delay * 1000)))

    def _connect(self) -> None:
        port = self._opener(self.settings)
        client = RtuClient(port, unit=self.settings.unit, timeout=self.settings.timeout,
                           retries=self.config.retries,
                           trace=self._trace if self._trace_handler else None,
                           clock=time.perf_counter)
        client.counters = self._counters
        reader = StationReader(client, clock=self._clock)
        try:
            identity: ControllerIdentity = reader.connect()
            last_seq = reader.last_answered_sequence()
        except LinkError:
            client.close()
            raise
        self._client, self._reader = client, reader
        self._next_seq = last_seq % 65535 + 1  # never reuse a number it has answered
        self._last_response_seq = last_seq
        now = self._clock()
        self._last_good = now
        self._last_hb = None
        self._last_hb_change = now
        self._last_slots = -1e9
        self._recent.clear()
        self._backoff = self.config.backoff_min
        if self._state is LinkState.LOST:
            self.reconnects += 1
        self.identity_read.emit(identity)
        log.info("controller %s, serial %d, protocol %d.%d, %d slots", identity.vendor,
                 identity.serial_number, *identity.protocol_version, identity.slot_count)

    def _error_total(self) -> int:
        c = self._counters
        return (c.timeouts + c.short_replies + c.crc_errors + c.wrong_unit + c.malformed
                + c.exceptions + c.errors)

    def _poll(self) -> None:
        assert self._reader is not None
        errors_before = self._error_total()
        now = self._clock()
        read_slots = now - self._last_slots >= self.config.slot_interval
        snap = self._reader.poll(read_slots)
        if read_slots:
            self._last_slots = now
        now = self._clock()
        self._last_good = now
        clean = self._error_total() == errors_before  # retried errors count too
        self._recent.append(clean)
        hb = snap.status.controller_heartbeat
        restarted = self._detect_restart(snap)
        if hb != self._last_hb:
            self._last_hb = hb
            self._last_hb_change = now
        stalled = now - self._last_hb_change
        if stalled > self.config.lost_after:
            self._set_state(LinkState.LOST, f"controller heartbeat has not changed for "
                            f"{stalled:.1f} s: the controller program may have stopped")
        elif not clean and self._state is LinkState.ONLINE:
            self._set_state(LinkState.DEGRADED, "errors on the line, recovered by retries; "
                            "the controller answers")
        elif all(self._recent):
            cause = {LinkState.DEGRADED: "errors have cleared",
                     LinkState.LOST: "the controller answers again, heartbeat changing"}.get(
                self._current, "controller answers, heartbeat changing")
            self._set_state(LinkState.ONLINE, cause)
        if restarted:
            self._event("the controller restarted: its heartbeat and command sequence reset; "
                        "sequence numbers resynchronised")
        self._track_commands(snap)
        self.snapshots += 1
        self.snapshot_ready.emit(snap)
        self._emit_health()

    def _detect_restart(self, snap: StationSnapshot) -> bool:
        seq = snap.status.response.sequence
        last, self._last_response_seq = self._last_response_seq, seq
        if last and seq == 0:
            self._next_seq = 1
            return True
        return False

    # --- commands -------------------------------------------------------------------------

    def _pending(self) -> list[_Pending]:
        return ([self._inflight] if self._inflight else []) + list(self._long)

    def _run_command(self) -> None:
        if self._inflight is None and self._queue:
            request = self._queue.popleft()
            seq = self._next_seq
            self._next_seq = seq % 65535 + 1
            self._inflight = _Pending(request, seq, self._clock())
        pending = self._inflight
        if pending is None or pending.written:
            return
        assert self._reader is not None
        pending.attempts += 1
        # The client re-sends the very same frame if the answer is lost: the controller
        # executes a sequence number once, so a retry never re-issues the command.
        self._reader.write_command(pending.sequence, pending.request.code, pending.request.args)
        pending.written = True

    def _track_commands(self, snap: StationSnapshot) -> None:
        response = snap.status.response
        pending = self._inflight
        if pending is not None and response.sequence == pending.sequence:
            status = response.status
            if status is CommandStatus.ACCEPTED:
                self._inflight = None
                pending.accepted = True
                self._emit(pending, OutcomeKind.ACCEPTED)
                self._long.append(pending)
            elif status in (CommandStatus.REJECTED, CommandStatus.DONE, CommandStatus.FAILED):
                self._inflight = None
                self._settle(pending, status, response.reason, response.fault)
        for long in list(self._long):
            if response.sequence == long.sequence:
                if response.status in (CommandStatus.DONE, CommandStatus.FAILED):
                    self._settle(long, response.status, response.reason, response.fault)
            elif long.request.code is CommandCode.START_SWAP:
                # a later command took the response block: the swap result still tells
                result = snap.status.swap_result
                if result is SwapResult.COMPLETED:
                    self._finish(long, OutcomeKind.DONE)
                elif result in (SwapResult.FAILED, SwapResult.ABORTED):
                    self._finish(long, OutcomeKind.FAILED, fault=snap.status.swap_fault)
            else:
                self._finish(long, OutcomeKind.UNKNOWN,
                             detail="a later command replaced it before it reported its end")
        # After the first answer the next queued command may go out with the next tick.
        if self._inflight is None and self._queue and self._timer is not None:
            self._timer.start(0)

    def _settle(self, pending: _Pending, status: CommandStatus, reason, fault) -> None:
        kind = {CommandStatus.REJECTED: OutcomeKind.REJECTED, CommandStatus.DONE: OutcomeKind.DONE,
                CommandStatus.FAILED: OutcomeKind.FAILED}[status]
        self._finish(pending, kind, reason=reason if kind is OutcomeKind.REJECTED else None,
                     fault=fault if kind is OutcomeKind.FAILED else None)

    def _expire_commands(self) -> None:
        pending = self._inflight
        if pending is None:
            return
        waited = self._clock() - pending.sent_at
        if waited > self.config.command_timeout:
            self._inflight = None
            self._finish(pending, OutcomeKind.UNKNOWN, detail=(
                f"no answer within {waited:.1f} s: the command may or may not have been "
                "carried out; check the station before repeating it"))

    def _finish(self, pending: _Pending, kind: OutcomeKind, reason=None, fault=None,
                detail: str = "") -> None:
        if pending in self._long:
            self._long.remove(pending)
        self._emit(pending, kind, reason, fault, detail)

    def _emit(self, pending: _Pending, kind: OutcomeKind, reason=None, fault=None,
              detail: str = "") -> None:
        pending.outcomes.append(kind)
        outcome = CommandOutcome(pending.request, kind, pending.sequence, reason, fault, detail)
        log.info("command %s seq %d: %s%s", pending.request.name, pending.sequence,
                 kind.name, f" ({reason.name if reason else ''}{fault or ''}{detail})"
                 if reason or fault or detail else "")
        self.command_outcome.emit(outcome)

    # --- cell detail ----------------------------------------------------------------------

    def _run_cells(self) -> None:
        slot = self._cells_wanted
        if slot is None or self._reader is None:
            return
        if not self._cells_selected:
            self._reader.select_cells(slot)
            self._cells_selected = True
            return  # the controller shows them from its next scan
        detail = self._reader.read_cells(slot)
        if detail is not None:
            self._cells_wanted = None
            self.cells_ready.emit(detail)
        elif self._clock() - self._cells_since > self.config.command_timeout:
            self._cells_wanted = None
            self.cells_ready.emit(CellDetail(slot, (), (), self._clock(), ok=False,
                                             detail="the controller did not select that slot"))

    # --- state and statistics -------------------------------------------------------------

    def _emit_health(self, force: bool = False) -> None:
        """Emit statistics: at state changes, and otherwise at most every HEALTH_INTERVAL."""
        now = self._clock()
        if not force and now - self._health_at < HEALTH_INTERVAL:
            return
        self._health_at = now
        c = self._counters
        median, p99 = c.rtt_percentiles()
        self.health.emit(LinkHealth(
            state=self._current, transactions=c.transactions,
            timeouts=c.timeouts + c.short_replies, crc_errors=c.crc_errors, retries=c.retries,
            errors=c.errors + c.wrong_unit + c.malformed + c.exceptions + c.port_errors,
            noise_bytes=c.noise_bytes, rtt_median=median, rtt_p99=p99,
            controller_heartbeat=self._last_hb,
            console_heartbeat=self._reader.heartbeat_out if self._reader else 0,
            reconnects=self.reconnects,
        ))

    def _disconnect(self) -> None:
        if self._client is not None:
            self._client.close()
        self._client = None
        self._reader = None
        self._cells_selected = False
        if self._inflight is not None and self._inflight.attempts == 0:
            # never reached the line: it cannot have been carried out
            pending, self._inflight = self._inflight, None
            self._finish(pending, OutcomeKind.REFUSED, detail="not sent: the link went down")
        while self._queue:
            self.command_outcome.emit(CommandOutcome(
                self._queue.popleft(), OutcomeKind.REFUSED,
                detail="not sent: the link went down"))

    def _next_backoff(self) -> float:
        delay = self._backoff * (0.75 + 0.5 * self._rng.random())  # jitter: ±25 %
        self._backoff = min(self.config.backoff_max, self._backoff * 2)
        return delay

    def _set_state(self, state: LinkState, cause: str) -> None:
        """Report a new state, or a new cause for the state it is in (never the same twice)."""
        if state is self._state and _shape(cause) == _shape(self._cause):
            return  # the same news with other numbers (seconds, counts) is not news
        if state is self._state and state in (LinkState.ONLINE, LinkState.DEGRADED):
            return  # while it answers, only a change of state is news
        self._state, self._cause = state, cause
        self._event(cause)

    def _event(self, cause: str) -> None:
        state = self._current
        log.info("link %s: %s", state.name, cause)
        self.link_event.emit(LinkEvent(state, cause, time.time()))
        self._emit_health(force=True)

    def _trace(self, direction: str, data: bytes) -> None:
        trace_log.debug("%-9s %s", direction, data.hex(" "))

    @property
    def counters(self) -> LinkCounters:
        return self._counters

    @property
    def state(self) -> LinkState | None:
        return self._state

    @property
    def _current(self) -> LinkState:
        return self._state if self._state is not None else LinkState.CONNECTING


class LinkService(QObject):
    """The UI thread's handle on the link: starts and stops the thread, relays signals."""

    snapshot_ready = Signal(StationSnapshot)
    link_event = Signal(LinkEvent)
    health = Signal(LinkHealth)
    identity_read = Signal(ControllerIdentity)
    command_outcome = Signal(CommandOutcome)
    cells_ready = Signal(CellDetail)
    _send = Signal(CommandRequest)
    _cells = Signal(int)
    _pause = Signal(bool)
    _trace = Signal(object)

    def __init__(self, worker: LinkWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.thread = QThread()
        self.thread.setObjectName("link")
        worker.moveToThread(self.thread)
        self.thread.started.connect(worker.start)
        for name in ("snapshot_ready", "link_event", "health", "identity_read",
                     "command_outcome", "cells_ready"):
            getattr(worker, name).connect(getattr(self, name))
        self._send.connect(worker.send_command)
        self._cells.connect(worker.request_cells)
        self._pause.connect(worker.set_paused)
        self._trace.connect(worker.set_trace)
        self.last_snapshot: StationSnapshot | None = None
        self.last_health: LinkHealth | None = None
        self.last_event: LinkEvent | None = None  # the link's current state, for a new screen
        self.last_identity: ControllerIdentity | None = None
        self.snapshot_ready.connect(self._keep)
        self.health.connect(self._keep_health)
        self.link_event.connect(self._keep_event)
        self.identity_read.connect(self._keep_identity)

    def _keep(self, snap: StationSnapshot) -> None:
        self.last_snapshot = snap

    def _keep_health(self, health: LinkHealth) -> None:
        self.last_health = health

    def _keep_event(self, event: LinkEvent) -> None:
        self.last_event = event

    def _keep_identity(self, identity: ControllerIdentity) -> None:
        self.last_identity = identity

    # --- the public verbs -----------------------------------------------------------------

    def start(self) -> None:
        self.thread.start()

    def send_command(self, request: CommandRequest) -> None:
        """Ask the worker to carry out ``request``; ``command_outcome`` reports each stage."""
        self._send.emit(request)

    def request_cells(self, slot: int) -> None:
        self._cells.emit(slot)

    def set_paused(self, paused: bool) -> None:
        self._pause.emit(paused)

    def set_trace(self, path: str | None) -> None:
        self._trace.emit(path)

    def stop(self, timeout_ms: int = 5000) -> None:
        """Close the port in the worker's thread, then end the thread and wait for it."""
        if not self.thread.isRunning():
            return
        QMetaObject.invokeMethod(self.worker, "close",
                                 Qt.ConnectionType.BlockingQueuedConnection)
        self.thread.quit()
        if not self.thread.wait(timeout_ms):
            log.error("link thread did not stop within %d ms", timeout_ms)
