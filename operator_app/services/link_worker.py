"""The link worker: one thread owns the serial port and polls the controller.

RS-485 Modbus RTU is half-duplex with one master, so exactly one object
talks on the line: ``LinkWorker``, a plain QObject moved onto its own
QThread. It polls on a self-re-arming single-shot timer (a slow poll never
piles up), writes the console heartbeat every poll, and emits one immutable
snapshot per poll. ``LinkService`` lives in the UI thread, owns the thread and
forwards the worker's signals; it is the only thing the rest of the console
talks to.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, QTimer, Signal, Slot

from operator_app.domain.snapshot import ControllerIdentity, LinkState, StationSnapshot
from operator_app.link.client import LinkCounters, RtuClient
from operator_app.link.errors import ControllerMismatch, LinkError, PortUnavailable
from operator_app.link.station import StationReader
from operator_app.link.urls import LinkSettings, open_transport

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LinkEvent:
    """A change of link state, with its cause in words a technician can act on."""

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
    rtt_median: float | None
    rtt_p99: float | None
    controller_heartbeat: int | None
    console_heartbeat: int


@dataclass
class LinkConfig:
    """How the worker polls. Example: ``LinkConfig(poll_interval=0.1, lost_after=3.0)``."""

    poll_interval: float = 0.1  # s between the end of one poll and the start of the next
    slot_interval: float = 1.0  # s between reads of the rack slots
    lost_after: float = 3.0  # s without a good answer or a changing controller heartbeat
    backoff_min: float = 0.5  # s before the first reconnection attempt
    backoff_max: float = 5.0


class LinkWorker(QObject):
    """Owns the port; lives in the link thread. Talk to it only through signals."""

    snapshot_ready = Signal(object)  # StationSnapshot
    link_event = Signal(object)  # LinkEvent
    health = Signal(object)  # LinkHealth
    identity_read = Signal(object)  # ControllerIdentity

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
        self._last_good = 0.0
        self._last_hb: int | None = None
        self._last_hb_change = 0.0
        self._last_slots = -1e9
        self._backoff = self.config.backoff_min
        self._counters = LinkCounters()
        self._errors_recent = 0
        self._rng = random.Random()

    # --- slots called through queued connections -----------------------------------------

    @Slot()
    def start(self) -> None:
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)
        self._set_state(LinkState.CONNECTING, f"opening {self.settings.describe()}")
        self._timer.start(0)

    @Slot()
    def close(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._disconnect()

    # --- the poll -------------------------------------------------------------------------

    def _tick(self) -> None:
        delay = self.config.poll_interval
        try:
            if self._reader is None:
                self._connect()
            delay = self._poll()
        except ControllerMismatch as exc:
            self._set_state(LinkState.LOST, str(exc))
            self._disconnect()
            delay = self._next_backoff()
        except PortUnavailable as exc:
            self._set_state(LinkState.LOST if self._state is not LinkState.CONNECTING
                            else LinkState.CONNECTING, str(exc))
            self._disconnect()
            delay = self._next_backoff()
        except LinkError as exc:
            self._errors_recent += 1
            now = self._clock()
            if now - self._last_good > self.config.lost_after:
                self._set_state(LinkState.LOST,
                                f"no valid answer for {now - self._last_good:.1f} s ({exc})")
                self._disconnect()
                delay = self._next_backoff()
            elif self._state is LinkState.ONLINE:
                self._set_state(LinkState.DEGRADED, str(exc))
        finally:
            if self._timer is not None:
                self._timer.start(max(0, int(delay * 1000)))

    def _connect(self) -> None:
        port = self._opener(self.settings)
        self._client = RtuClient(port, unit=self.settings.unit, timeout=self.settings.timeout)
        self._client.counters = self._counters
        reader = StationReader(self._client, clock=self._clock)
        try:
            identity: ControllerIdentity = reader.connect()
        except LinkError:
            self._client.close()
            self._client = None
            raise
        self._reader = reader
        now = self._clock()
        self._last_good = now
        self._last_hb = None
        self._last_hb_change = now
        self._backoff = self.config.backoff_min
        self.identity_read.emit(identity)

    def _poll(self) -> float:
        assert self._reader is not None
        now = self._clock()
        read_slots = now - self._last_slots >= self.config.slot_interval
        snap = self._reader.poll(read_slots)
        if read_slots:
            self._last_slots = now
        now = self._clock()
        self._last_good = now
        hb = snap.status.controller_heartbeat
        if hb != self._last_hb:
            self._last_hb = hb
            self._last_hb_change = now
        if now - self._last_hb_change > self.config.lost_after:
            self._set_state(LinkState.LOST, "controller heartbeat stopped changing for "
                            f"{now - self._last_hb_change:.1f} s (controller program halted?)")
        elif self._errors_recent and self._state is LinkState.DEGRADED:
            self._errors_recent = 0  # one clean poll after errors: recovering
        else:
            cause = ("controller answers, heartbeat changing" if self._state is not
                     LinkState.DEGRADED else "errors cleared")
            self._set_state(LinkState.ONLINE, cause)
        self.snapshot_ready.emit(snap)
        self._emit_health()
        return self.config.poll_interval

    def _emit_health(self) -> None:
        c = self._counters
        median, p99 = c.rtt_percentiles()
        self.health.emit(LinkHealth(
            state=self._state or LinkState.CONNECTING, transactions=c.transactions,
            timeouts=c.timeouts + c.short_replies, crc_errors=c.crc_errors, retries=c.retries,
            errors=c.errors + c.wrong_unit + c.malformed + c.exceptions + c.port_errors,
            rtt_median=median, rtt_p99=p99, controller_heartbeat=self._last_hb,
            console_heartbeat=self._reader.heartbeat_out if self._reader else 0,
        ))

    def _disconnect(self) -> None:
        if self._client is not None:
            self._client.close()
        self._client = None
        self._reader = None

    def _next_backoff(self) -> float:
        delay = self._backoff * (0.75 + 0.5 * self._rng.random())  # jitter
        self._backoff = min(self.config.backoff_max, self._backoff * 2)
        return delay

    def _set_state(self, state: LinkState, cause: str) -> None:
        if state is self._state:
            return
        self._state = state
        log.info("link %s: %s", state.name, cause)
        self.link_event.emit(LinkEvent(state, cause, time.time()))
        self._emit_health()

    @property
    def counters(self) -> LinkCounters:
        return self._counters


class LinkService(QObject):
    """The UI thread's handle on the link: starts and stops the thread, relays signals."""

    snapshot_ready = Signal(object)
    link_event = Signal(object)
    health = Signal(object)
    identity_read = Signal(object)

    def __init__(self, worker: LinkWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.thread = QThread()
        self.thread.setObjectName("link")
        worker.moveToThread(self.thread)
        self.thread.started.connect(worker.start)
        worker.snapshot_ready.connect(self.snapshot_ready)
        worker.link_event.connect(self.link_event)
        worker.health.connect(self.health)
        worker.identity_read.connect(self.identity_read)
        self.last_snapshot: StationSnapshot | None = None
        self.snapshot_ready.connect(self._keep)

    def _keep(self, snap: StationSnapshot) -> None:
        self.last_snapshot = snap

    def start(self) -> None:
        self.thread.start()

    def stop(self, timeout_ms: int = 5000) -> None:
        """Close the port in the worker's thread, then end the thread and wait for it."""
        if not self.thread.isRunning():
            return
        QMetaObject.invokeMethod(self.worker, "close",
                                 Qt.ConnectionType.BlockingQueuedConnection)
        self.thread.quit()
        if not self.thread.wait(timeout_ms):
            log.error("link thread did not stop within %d ms", timeout_ms)
