"""The link worker: one thread owns the serial port, polls the controller, carries commands.

RS-485 Modbus RTU is half-duplex with one master, so exactly one object
talks on the line: ``LinkWorker``, a plain QObject moved onto its own
QThread. It polls on a self-re-arming single-shot timer (a slow poll never
piles up), writes the console heartbeat every poll, emits one immutable
snapshot per poll, and runs commands between polls with the register map's
handshake. ``LinkService`` lives in the UI thread, owns the thread and relays
signals; it is the only thing the rest of the console talks to.

Link states: CONNECTING until the first whole poll after the controller's
identity has been read; then ONLINE while every recent poll was clean and the
controller heartbeat changes, DEGRADED while some recent polls needed retries or
failed but the controller still answers; LOST when no valid answer came, or the
controller heartbeat did not change, for ``lost_after`` seconds. While LOST no
snapshot is emitted (a frozen controller program's registers are not current).
From LOST (or a vanished port) the worker reconnects by itself with exponential
backoff and jitter.

Commands: ``LinkService.send_command`` returns a ``CommandHandle`` that ends
once. Sequence numbers are never reused while an earlier one may still be
answered; every command has a deadline; a START_SWAP's end is read from the swap
registers that name its sequence number; after a controller restart (its run id
changed) pending commands end UNKNOWN and are never re-sent.

The console heartbeat stops advancing when the UI thread has not turned its event
loop for ``ui_stall_after`` seconds, so a hung screen (ABORT dead) makes the
controller's watchdog hold motion.

Hold-to-run (maintenance jog, protocol 3.2): ``LinkService.hold(JogRequest)`` starts a
hold and ``release()`` ends it. While a hold lasts the worker renews the controller's lease
on its own timer, every ``jog_refresh`` seconds (50 ms: the map asks for no two changes of
``jog.keepalive`` more than 100 ms apart), independently of the poll: one function 16 of
axis, direction and a new counter, sent once. On release it writes direction 0. On any link
error or timeout (a failed refresh, an error in a poll, even one a retry recovered), and
when the UI thread has not turned for ``jog_ui_stall_after`` seconds, it stops refreshing
at once and ``jog_stopped`` says the hold ended and why; then it tries once to write
direction 0, and the controller's lease stops the motion whether or not that arrives.
A hold is sent in any mode: outside MAINTENANCE the controller refuses it and says why in
``jog.refusal`` (the snapshot's ``machine.jog_refusal``); the console does not guess the
controller's interlocks. Only a request the controller could not take at all (no such
slot or head, a lease axis on a 3.1 controller) or a link that is down is refused before
sending (``JogEnd.NOT_SENT``).
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
from types import MappingProxyType

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMetaObject,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)

from operator_app.domain.commands import (
    CellDetail,
    CommandHandle,
    CommandOutcome,
    CommandRequest,
    OutcomeKind,
)
from operator_app.domain.jog import P_LINK_DOWN, JogEnd, JogRequest, JogStopped
from operator_app.domain.snapshot import ControllerIdentity, LinkState, StationSnapshot
from operator_app.domain.station import (
    CommandCode,
    CommandStatus,
    FaultCode,
    StationMode,
    SwapResult,
)
from operator_app.domain.words import Number, Phrase
from operator_app.link import causes as C
from operator_app.link import monitor as mon
from operator_app.link import registers as R
from operator_app.link.client import Exchange, LinkCounters, RtuClient
from operator_app.link.errors import (
    ControllerMismatch,
    ExceptionReply,
    LinkError,
    PortUnavailable,
)
from operator_app.link.registers import RegisterMap
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
    cause: str  # English, for the logs and the journal
    at: float  # wall-clock time (time.time())
    said: Phrase | None = field(default=None, compare=False)  # the cause, to translate

    def words(self) -> str | Phrase:
        return self.said if self.said is not None else self.cause


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
    swap_timeout: float = 1800.0  # s after START_SWAP was accepted for the swap to end
    long_command_timeout: float = 120.0  # s after ABORT_SWAP / HOME_AXES was accepted
    ui_stall_after: float = 1.0  # s the UI thread may not turn before the heartbeat stops
    backoff_min: float = 0.5  # s before the first reconnection attempt
    backoff_max: float = 5.0
    degraded_window: int = 20  # polls: any error among the last N means DEGRADED
    retries: int = 1  # per transaction, for a lost or damaged answer
    # hold-to-run: the lease is renewed this often (the map: never more than 0.1 s apart)
    jog_refresh: float = R.JOG_REFRESH_S / 2
    jog_ui_stall_after: float = 0.5  # s the UI thread may not turn before a hold ends
    trace_path: str | None = None  # raw frames to this rotating file when set
    trace_max_bytes: int = 5_000_000
    trace_backups: int = 5


@dataclass
class _Pending:
    """A command on its way: written (or being written), answered ACCEPTED, or neither."""

    request: CommandRequest
    sequence: int
    deadline: float  # worker clock: UNKNOWN after this
    run_id: int | None = None  # the controller run its first write went to
    attempts: int = 0  # writes tried; after the first it may have reached the controller
    written: bool = False  # the controller echoed the write
    accepted: bool = False
    outcomes: list[OutcomeKind] = field(default_factory=list)


@dataclass
class _Hold:
    """The hold being refreshed: what, since when, and how well its lease was kept."""

    request: JogRequest
    counter: int
    last_write: float  # worker clock
    refreshes: int = 0
    max_gap: float = 0.0


def _shape(cause: str) -> str:
    return re.sub(r"\d+(\.\d+)?", "#", cause)


def seq_after(seq: int) -> int:
    """The sequence number after ``seq``: 1-65535, wrapping to 1 (0 is never used)."""
    return seq % 65535 + 1


def seq_not_before(a: int, b: int) -> bool:
    """Whether ``a`` is ``b`` or comes after it in the wrapping 1-65535 sequence."""
    return (a - b) % 65535 < 32768


class LinkWorker(QObject):
    """Owns the port; lives in the link thread. Talk to it only through signals."""

    snapshot_ready = Signal(StationSnapshot)
    link_event = Signal(LinkEvent)
    health = Signal(LinkHealth)
    identity_read = Signal(ControllerIdentity)
    command_outcome = Signal(CommandOutcome)
    cells_ready = Signal(CellDetail)
    # for the register monitor: the raw words read in one tick (identity, fast block, slot
    # area, and any other read), the frames of the tick while the frame log is on, and the
    # end of each write_register
    registers_read = Signal(object)  # monitor.RegisterWords
    frames_logged = Signal(tuple)  # monitor.FrameRecord, ... in the order they went and came
    register_written = Signal(object)  # monitor.WriteOutcome
    jog_stopped = Signal(object)  # JogStopped: a hold ended, and why

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
        self._hb_alive = False  # seen the controller heartbeat change since connecting
        self._last_slots = -1e9
        self._run_id: int | None = None  # the controller run this console last saw
        self._backoff = self.config.backoff_min
        self._counters = LinkCounters()
        self._recent: deque[bool] = deque(maxlen=self.config.degraded_window)
        self._rng = random.Random()
        self._next_seq = 1
        self._last_used = 0  # the last sequence number this console wrote
        self._queue: deque[CommandRequest] = deque()
        self._pending: list[_Pending] = []  # at most one not yet ACCEPTED, first
        self._ui_seen: float | None = None  # None: nobody watches the UI thread
        self._ui_stalled = False
        self._cells_wanted: int | None = None
        self._cells_since = 0.0
        self._cells_selected = False
        self._paused = False
        self._trace_handler: logging.Handler | None = None
        self._frame_log = False
        self._frames: list[mon.FrameRecord] = []
        self._image: dict[int, int] = {}  # every register read, as last read
        self._fresh: dict[int, int] = {}  # read in this tick
        self._writes: deque[mon.RegisterWrite] = deque()
        self._jog: _Hold | None = None
        self._jog_timer: QTimer | None = None
        self._lease = 0  # the last jog.keepalive value written
        self.jog_holds: deque[JogStopped] = deque(maxlen=100)  # the last holds that ended
        self.reconnects = 0
        self.snapshots = 0

    # --- slots called through queued connections -----------------------------------------

    @Slot()
    def start(self) -> None:
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)
        self._jog_timer = QTimer(self)
        self._jog_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._jog_timer.setInterval(max(1, int(self.config.jog_refresh * 1000)))
        self._jog_timer.timeout.connect(self._refresh_jog)
        if self.config.trace_path:
            self.set_trace(self.config.trace_path)
        self._set_state(LinkState.CONNECTING, Phrase(C.C_OPENING, (self.settings.said(),)))
        self._timer.start(0)

    @Slot()
    def close(self) -> None:
        if self._jog is not None:
            self._end_jog(JogEnd.RELEASED, write_stop=True)
        if self._timer is not None:
            self._timer.stop()
        for pending in list(self._pending):
            self._finish(pending, OutcomeKind.UNKNOWN,
                         detail=Phrase(C.D_CLOSED))
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
            name = self._current.name.lower()
            state = Phrase(C.D_LINK_STATES.get(name, name))
            self.command_outcome.emit(CommandOutcome(
                request, OutcomeKind.REFUSED, detail=Phrase(C.D_LINK_IS, (state,))))
            return
        self._queue.append(request)
        if self._timer is not None and not self._paused:
            self._timer.start(0)  # commands run before the next poll, not after it

    def touch_ui(self) -> None:
        """The UI thread turned its event loop (called from that thread; one assignment)."""
        self._ui_seen = self._clock()

    @Slot(int)
    def request_cells(self, slot: int) -> None:
        """Read one slot's cell voltages and temperatures; ``cells_ready`` answers."""
        self._cells_wanted = slot
        self._cells_since = self._clock()
        self._cells_selected = False

    @Slot(bool)
    def set_paused(self, paused: bool) -> None:
        """Stop polling (and so the console heartbeat) until resumed; for tests and drills.

        A hold's lease refreshes freeze with it, with no stop written: the controller's lease
        stops the motion. Resumed, that hold has ended (it is not taken up again)."""
        self._paused = paused
        if self._jog_timer is not None and paused:
            self._jog_timer.stop()
        if not paused and self._jog is not None:
            self._end_jog(JogEnd.LINK_LOST, detail="the console paused its link: the lease "
                          "was not renewed", write_stop=True)
        if self._timer is not None:
            if paused:
                self._timer.stop()
            else:
                self._timer.start(0)

    @Slot(bool)
    def set_frame_log(self, on: bool) -> None:
        """Keep every frame for the screen (``frames_logged``) or stop; the file trace is apart."""
        self._frame_log = on

    @Slot(object)
    def write_register(self, request: mon.RegisterWrite) -> None:
        """Write one holding register between polls; ``register_written`` answers once.

        Checked against the map first, here and again just before it goes: a register or a
        value the map does not document as writable is never sent, and nothing is written
        unless the controller reports MAINTENANCE mode. The register is read just before and
        just after the write (its old value and what the controller kept)."""
        rmap = self._reader.rmap if self._reader is not None else RegisterMap()
        check = mon.check_write(rmap, request.name, request.value)
        if not check.ok:
            self._refuse_write(request, check.refusal)
        elif self._reader is None or self._state in (LinkState.LOST, LinkState.CONNECTING):
            self._refuse_write(request, mon.Refusal.LINK_DOWN)
        else:
            self._writes.append(request)
            if self._timer is not None and not self._paused:
                self._timer.start(0)

    # --- hold-to-run ------------------------------------------------------------------------

    @Slot(object)
    def hold(self, request: JogRequest) -> None:
        """Start holding ``request`` (a new request replaces the one held)."""
        if self._jog is not None:
            if self._jog.request == request:
                return  # already held
            self._end_jog(JogEnd.REPLACED, write_stop=False)  # the start below stops it
        reader = self._reader
        if reader is None or self._state in (LinkState.LOST, LinkState.CONNECTING) \
                or self._paused:
            self._jog_ended(request, JogEnd.NOT_SENT, Phrase(P_LINK_DOWN),
                            f"the link is {self._current.name.lower()}")
            return
        problem = request.problem(reader.lease_axes)
        if problem is not None:
            self._jog_ended(request, JogEnd.NOT_SENT, problem, problem.english())
            return
        errors = self._error_total()
        try:
            self._lease = reader.start_jog(request.axis, request.direction, request.target,
                                           (self._lease + 1) & 0xFFFF)
        except ExceptionReply as exc:
            self._jog_ended(request, JogEnd.REFUSED, Phrase(str(exc.code)), str(exc))
            self._stop_jog_write()
            return
        except LinkError as exc:
            self._jog_ended(request, JogEnd.LINK_LOST, None, str(exc))
            self._stop_jog_write()
            return
        now = self._clock()
        self._jog = _Hold(request, self._lease, now)
        if self._error_total() != errors:  # a start that needed a retry is no lease
            self._end_jog(JogEnd.LINK_LOST, detail="errors on the line while starting",
                          write_stop=True)
            return
        if self._jog_timer is not None:
            self._jog_timer.start()

    @Slot()
    def release(self) -> None:
        """The button was let go: direction 0, now."""
        if self._jog is not None:
            self._end_jog(JogEnd.RELEASED, write_stop=True)

    @property
    def holding(self) -> JogRequest | None:
        return self._jog.request if self._jog is not None else None

    def _refresh_jog(self) -> None:
        hold = self._jog
        if hold is None or self._reader is None:
            if self._jog_timer is not None:
                self._jog_timer.stop()
            return
        now = self._clock()
        if self._ui_seen is not None and now - self._ui_seen > self.config.jog_ui_stall_after:
            self._end_jog(JogEnd.SCREEN_STALLED, detail=f"the screen has not responded for "
                          f"{now - self._ui_seen:.2f} s", write_stop=True)
            return
        counter = (hold.counter + 1) & 0xFFFF
        req = hold.request
        try:
            self._reader.refresh_jog(req.axis, req.direction, counter)
        except LinkError as exc:
            self._jog_link_error(exc)
            return
        sent = self._clock()
        hold.max_gap = max(hold.max_gap, sent - hold.last_write)
        hold.counter = self._lease = counter
        hold.last_write = sent
        hold.refreshes += 1

    def _jog_link_error(self, exc: LinkError | str) -> None:
        """Any link error or timeout while holding: the refreshes stop at once."""
        if self._jog is not None:
            self._end_jog(JogEnd.LINK_LOST, detail=str(exc), write_stop=True)

    def _end_jog(self, reason: JogEnd, detail: str = "", write_stop: bool = False) -> None:
        hold, self._jog = self._jog, None
        if self._jog_timer is not None:
            self._jog_timer.stop()
        if hold is None:
            return
        stop_failed = ""
        if write_stop and reason is JogEnd.RELEASED:
            try:  # the release is the stop: said only once the controller has it
                self._require_reader().stop_jog()
            except LinkError as exc:
                reason, stop_failed = JogEnd.LINK_LOST, f"the stop was not answered ({exc})"
        self._jog_ended(hold.request, reason, None, detail or stop_failed, hold)
        if write_stop and reason is not JogEnd.RELEASED:
            self._stop_jog_write()  # after saying so: one try, the lease stops it anyway

    def _require_reader(self) -> StationReader:
        if self._reader is None:
            raise PortUnavailable(Phrase(C.E_NOT_CONNECTED))
        return self._reader

    def _stop_jog_write(self) -> None:
        """Best effort: direction 0, sent once; the controller's lease is the real stop."""
        if self._reader is None:
            return
        try:
            self._reader.stop_jog(retries=0)
        except LinkError as exc:
            log.debug("jog stop not answered: %s", exc)

    def _jog_ended(self, request: JogRequest, reason: JogEnd, why: Phrase | None,
                   detail: str, hold: _Hold | None = None) -> None:
        gap = None
        if hold is not None and hold.refreshes:
            gap = hold.max_gap
        stopped = JogStopped(request, reason, why, detail, time.time(),
                             hold.refreshes if hold else 0, gap)
        self.jog_holds.append(stopped)
        log.info("jog %s %+d target %d: %s%s", request.axis.name, request.direction,
                 request.target, reason.value, f" ({detail})" if detail else "")
        self.jog_stopped.emit(stopped)

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
        errors = self._error_total()
        try:
            if self._reader is None:
                self._connect()
            self._run_command()
            self._run_writes()
            self._poll()
            self._run_cells()
        except ControllerMismatch as exc:
            self._set_state(LinkState.LOST, exc.said)
            self._disconnect()
            delay = self._next_backoff()
        except PortUnavailable as exc:
            state = LinkState.CONNECTING if self._state is LinkState.CONNECTING else LinkState.LOST
            self._set_state(state, exc.said)
            self._disconnect()
            delay = self._next_backoff()
        except LinkError as exc:
            self._recent.append(False)
            log.debug("poll failed: %s", exc)
            now = self._clock()
            if now - self._last_good > self.config.lost_after:
                self._set_state(LinkState.LOST, Phrase(C.C_NO_ANSWER_FOR, (
                    Number(now - self._last_good, 1), exc.said)))
                self._disconnect()
                delay = self._next_backoff()
            elif self._state is LinkState.ONLINE:
                self._set_state(LinkState.DEGRADED, Phrase(C.C_STILL_ANSWERS, (exc.said,)))
            self._emit_health()
        finally:
            if self._jog is not None and self._error_total() != errors:
                # even an error a retry recovered: a late refresh is no lease
                self._jog_link_error("errors on the line while polling")
            self._expire_commands()
            self._flush_monitor()
            if self._timer is not None and not self._paused:
                self._timer.start(max(0, int(delay * 1000)))

    def _connect(self) -> None:
        port = self._opener(self.settings)
        client = RtuClient(port, unit=self.settings.unit, timeout=self.settings.timeout,
                           retries=self.config.retries,
                           trace=self._trace if self._trace_handler else None,
                           clock=time.perf_counter)
        client.counters = self._counters
        client.observer = self._observe
        reader = StationReader(client, clock=self._clock)
        try:
            identity: ControllerIdentity = reader.connect()
            answered = reader.last_answered_sequence()
            run_id = reader.run_id()
        except LinkError:
            client.close()
            raise
        self._client, self._reader = client, reader
        # Never reuse a number the controller answered or this console used: a command
        # whose write failed may still be waiting, and the controller ignores a repeat.
        if self._last_used and (not answered or seq_not_before(self._last_used, answered)):
            self._next_seq = seq_after(self._last_used)
        else:
            self._next_seq = seq_after(answered)
        if self._run_id is not None and run_id != self._run_id:
            self._restarted(True)
        self._run_id = run_id
        now = self._clock()
        self._last_good = now
        self._last_hb = None
        self._last_hb_change = now
        self._hb_alive = False
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
        snap = self._reader.poll(read_slots, beat=self._ui_alive())
        if read_slots:
            self._last_slots = now
        now = self._clock()
        self._last_good = now
        clean = self._error_total() == errors_before  # retried errors count too
        self._recent.append(clean)
        run_id = snap.status.run_id
        if self._run_id is not None and run_id != self._run_id:
            self._restarted(False)
        self._run_id = run_id
        hb = snap.status.controller_heartbeat
        if self._last_hb is None:
            self._last_hb = hb  # one reading proves nothing: a frozen program answers too
        elif hb != self._last_hb:
            self._last_hb = hb
            self._last_hb_change = now
            self._hb_alive = True
        stalled = now - self._last_hb_change > self.config.lost_after
        if stalled:
            self._set_state(LinkState.LOST, Phrase(C.C_HEARTBEAT_STILL, (
                Number(now - self._last_hb_change, 1),)))
        elif not self._hb_alive:
            pass  # answers, but not yet proof that its program runs: no state, no snapshot
        elif all(self._recent):
            cause = {LinkState.DEGRADED: C.C_ERRORS_CLEARED,
                     LinkState.LOST: C.C_ANSWERS_AGAIN}.get(self._current, C.C_ANSWERS)
            self._set_state(LinkState.ONLINE, Phrase(cause))
        elif self._state is not LinkState.DEGRADED:
            self._set_state(LinkState.DEGRADED, Phrase(C.C_RETRIES))
        self._track_commands(snap)
        if self._hb_alive and not stalled:
            self.snapshots += 1
            self.snapshot_ready.emit(snap)
        self._emit_health()

    def _ui_alive(self) -> bool:
        """Whether the UI thread turned its event loop lately (True when nobody watches)."""
        if self._ui_seen is None:
            return True
        quiet = self._clock() - self._ui_seen
        stalled = quiet > self.config.ui_stall_after
        if stalled != self._ui_stalled:
            self._ui_stalled = stalled
            self._event(Phrase(C.C_SCREEN_STALLED, (Number(quiet, 1),)) if stalled
                        else Phrase(C.C_SCREEN_BACK))
        return not stalled

    def _restarted(self, while_down: bool) -> None:
        """The controller's run id changed: forget what it was asked, never re-send it."""
        pending = len(self._pending) + len(self._queue)
        what = Phrase(C.C_RESTARTED_DOWN if while_down else C.C_RESTARTED)
        self._event(Phrase(C.C_UNANSWERED, (what,), count=pending, one=C.C_UNANSWERED_ONE)
                    if pending else what)
        for pending in list(self._pending):
            self._finish(pending, OutcomeKind.UNKNOWN, detail=Phrase(C.D_RESTARTED_RUNNING))
        while self._queue:
            self.command_outcome.emit(CommandOutcome(
                self._queue.popleft(), OutcomeKind.REFUSED,
                detail=Phrase(C.D_RESTARTED_QUEUED)))

    # --- commands -------------------------------------------------------------------------

    def _unanswered(self) -> _Pending | None:
        """The command the response block is to answer next (written or being written)."""
        return next((p for p in self._pending if not p.accepted), None)

    def _run_command(self) -> None:
        if self._unanswered() is None and self._queue:
            request = self._queue.popleft()
            seq = self._next_seq
            self._next_seq = seq_after(seq)
            self._last_used = seq
            self._pending.insert(0, _Pending(
                request, seq, deadline=self._clock() + self.config.command_timeout))
        pending = self._unanswered()
        if pending is None or pending.written:
            return
        assert self._reader is not None
        if pending.attempts:
            # An earlier write may have reached the controller. The same sequence number
            # is never executed twice by the same controller run, but a restarted one has
            # forgotten it: re-send only to the run the first write went to.
            run_id = self._reader.run_id()
            if run_id != pending.run_id:
                self._run_id = run_id
                self._restarted(False)
                return
        else:
            pending.run_id = self._run_id
        pending.attempts += 1
        self._reader.write_command(pending.sequence, pending.request.code, pending.request.args)
        pending.written = True

    def _track_commands(self, snap: StationSnapshot) -> None:
        response = snap.status.response
        now = self._clock()
        for pending in list(self._pending):
            if not pending.accepted:
                if pending.attempts == 0 or response.sequence != pending.sequence:
                    continue
                if (response.command is not None
                        and int(response.command) != int(pending.request.code)):
                    self._finish(pending, OutcomeKind.UNKNOWN, detail=Phrase(
                        C.D_OTHER_MASTER, (str(pending.sequence), response.command.name)))
                    continue
                status = response.status
                if status is CommandStatus.ACCEPTED:
                    pending.accepted = True
                    pending.deadline = now + (
                        self.config.swap_timeout
                        if pending.request.code == CommandCode.START_SWAP
                        else self.config.long_command_timeout)
                    self._emit(pending, OutcomeKind.ACCEPTED)
                elif status in (CommandStatus.REJECTED, CommandStatus.DONE,
                                CommandStatus.FAILED):
                    self._settle(pending, status, response.reason, response.fault)
            elif pending.request.code == CommandCode.START_SWAP:
                self._track_swap(pending, snap)
            elif response.sequence == pending.sequence:
                if response.status in (CommandStatus.DONE, CommandStatus.FAILED):
                    self._settle(pending, response.status, response.reason, response.fault)
                elif response.status is not CommandStatus.ACCEPTED:
                    self._finish(pending, OutcomeKind.UNKNOWN, detail=Phrase(C.D_NOT_RUNNING))
            else:
                self._finish(pending, OutcomeKind.UNKNOWN, detail=Phrase(C.D_REPLACED))
        # After the first answer the next queued command may go out with the next tick.
        if self._unanswered() is None and self._queue and self._timer is not None:
            self._timer.start(0)

    def _track_swap(self, pending: _Pending, snap: StationSnapshot) -> None:
        """A START_SWAP's end, from the swap registers that name its sequence number."""
        status = snap.status
        if status.response.swap_sequence != pending.sequence:
            self._finish(pending, OutcomeKind.UNKNOWN, detail=Phrase(C.D_OTHER_SWAP))
            return
        result = status.swap_result
        if result is SwapResult.RUNNING:
            return
        if result is SwapResult.COMPLETED:
            self._finish(pending, OutcomeKind.DONE)
        elif result in (SwapResult.FAILED, SwapResult.ABORTED):
            fault = status.swap_fault
            if result is SwapResult.ABORTED and not fault:
                fault = FaultCode.ABORTED
            self._finish(pending, OutcomeKind.FAILED, fault=fault)
        else:
            self._finish(pending, OutcomeKind.UNKNOWN, detail=Phrase(C.D_NO_RESULT))

    def _settle(self, pending: _Pending, status: CommandStatus, reason, fault) -> None:
        kind = {CommandStatus.REJECTED: OutcomeKind.REJECTED, CommandStatus.DONE: OutcomeKind.DONE,
                CommandStatus.FAILED: OutcomeKind.FAILED}[status]
        self._finish(pending, kind, reason=reason if kind is OutcomeKind.REJECTED else None,
                     fault=fault if kind is OutcomeKind.FAILED else None)

    def _expire_commands(self) -> None:
        now = self._clock()
        for pending in list(self._pending):
            if now <= pending.deadline:
                continue
            if pending.accepted:
                detail = Phrase(C.D_END_LATE)
            elif pending.attempts == 0:
                self._pending.remove(pending)
                self._emit(pending, OutcomeKind.REFUSED,
                           detail=Phrase(C.D_NOT_CARRIED))
                continue
            else:
                detail = Phrase(C.D_NO_ANSWER)
            self._finish(pending, OutcomeKind.UNKNOWN, detail=detail)

    def _finish(self, pending: _Pending, kind: OutcomeKind, reason=None, fault=None,
                detail: str | Phrase = "") -> None:
        if pending in self._pending:
            self._pending.remove(pending)
        self._emit(pending, kind, reason, fault, detail)

    def _emit(self, pending: _Pending, kind: OutcomeKind, reason=None, fault=None,
              detail: str | Phrase = "") -> None:
        pending.outcomes.append(kind)
        sequence = pending.sequence if pending.attempts else 0
        outcome = CommandOutcome(pending.request, kind, sequence, reason, fault, detail)
        detail = outcome.detail  # English
        log.info("command %s seq %d: %s%s", pending.request.name, pending.sequence,
                 kind.name, f" ({reason.name if reason else ''}{fault or ''}{detail})"
                 if reason or fault or detail else "")
        self.command_outcome.emit(outcome)

    # --- the register monitor ---------------------------------------------------------------

    def _observe(self, ex: Exchange) -> None:
        """Every attempt on the line: the words a good read brought and, while the frame log
        is on, the request and its answer (with the client's clock made wall-clock time)."""
        words = mon.read_words(ex)
        if words is not None:
            self._image.update(words)
            self._fresh.update(words)
        if self._frame_log:
            self._frames.extend(mon.frame_records(ex, time.time() - time.perf_counter()))

    def _flush_monitor(self) -> None:
        """At the end of each tick: what it read, and its frames, in one signal each."""
        if self._fresh:
            self.registers_read.emit(mon.RegisterWords(MappingProxyType(self._fresh),
                                                       time.time()))
            self._fresh = {}
        if self._frames:
            self.frames_logged.emit(tuple(self._frames))
            self._frames = []

    def _refuse_write(self, request: mon.RegisterWrite, refusal: mon.Refusal | None) -> None:
        assert refusal is not None
        log.info("register write %s = %s refused: %s", request.name, request.value,
                 refusal.value)
        self.register_written.emit(mon.WriteOutcome(request, mon.WriteKind.REFUSED, refusal,
                                                    detail=f"not sent: {refusal.value}"))

    def _run_writes(self) -> None:
        while self._writes and self._reader is not None:
            self._write_one(self._writes.popleft())

    def _write_one(self, request: mon.RegisterWrite) -> None:
        assert self._reader is not None and self._client is not None
        rmap = self._reader.rmap
        check = mon.check_write(rmap, request.name, request.value)  # sized to the rack now
        if not check.ok:
            self._refuse_write(request, check.refusal)
            return
        if self._image.get(rmap["status.mode"].address) != StationMode.MAINTENANCE:
            self._refuse_write(request, mon.Refusal.NOT_MAINTENANCE)
            return
        outcome, gone = mon.carry_write(self._client, request, check)
        log.info("register write %s = %s: %s%s", request.name, request.value,
                 outcome.kind.value, f" ({outcome.detail})" if outcome.detail else "")
        self._flush_monitor()  # the words read back arrive before the outcome that tells them
        self.register_written.emit(outcome)
        if gone is not None:
            raise gone

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
        if self._jog is not None:
            self._end_jog(JogEnd.LINK_LOST, detail="the link went down")
        if self._client is not None:
            self._client.close()
        self._client = None
        self._reader = None
        self._cells_selected = False
        unanswered = self._unanswered()
        if unanswered is not None and unanswered.attempts == 0:
            # never reached the line: it cannot have been carried out
            self._finish(unanswered, OutcomeKind.REFUSED, detail=Phrase(C.D_LINK_WENT_DOWN))
        while self._queue:
            self.command_outcome.emit(CommandOutcome(
                self._queue.popleft(), OutcomeKind.REFUSED,
                detail=Phrase(C.D_LINK_WENT_DOWN)))
        while self._writes:
            self._refuse_write(self._writes.popleft(), mon.Refusal.LINK_DOWN)

    def _next_backoff(self) -> float:
        delay = self._backoff * (0.75 + 0.5 * self._rng.random())  # jitter: ±25 %
        self._backoff = min(self.config.backoff_max, self._backoff * 2)
        return delay

    def _set_state(self, state: LinkState, cause: Phrase) -> None:
        """Report a new state, or a new cause for the state it is in (never the same twice)."""
        if state is self._state and _shape(cause.english()) == _shape(self._cause):
            return  # the same news with other numbers (seconds, counts) is not news
        if state is self._state and state in (LinkState.ONLINE, LinkState.DEGRADED):
            return  # while it answers, only a change of state is news
        self._state, self._cause = state, cause.english()
        self._event(cause)

    def _event(self, cause: Phrase) -> None:
        state = self._current
        english = cause.english()
        log.info("link %s: %s", state.name, english)
        self.link_event.emit(LinkEvent(state, english, time.time(), cause))
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
    registers_read = Signal(object)  # monitor.RegisterWords (also merged into ``words``)
    frames_logged = Signal(tuple)  # monitor.FrameRecord, ... (also kept in ``frame_log``)
    register_written = Signal(object)  # monitor.WriteOutcome
    jog_stopped = Signal(object)  # JogStopped: a hold ended (released, link lost, ...) and why
    _send = Signal(CommandRequest)
    _cells = Signal(int)
    _pause = Signal(bool)
    _trace = Signal(object)
    _write = Signal(object)
    _frame_log = Signal(bool)
    _hold = Signal(object)
    _release = Signal()

    UI_TICK_MS = 100  # how often the UI thread tells the worker it is alive

    def __init__(self, worker: LinkWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.thread = QThread()
        self.thread.setObjectName("link")
        worker.moveToThread(self.thread)
        self.thread.started.connect(worker.start)
        for name in ("snapshot_ready", "link_event", "health", "identity_read",
                     "cells_ready", "jog_stopped", "registers_read", "frames_logged",
                     "register_written"):
            getattr(worker, name).connect(getattr(self, name))
        worker.command_outcome.connect(self._relay_outcome)
        self._handles: dict[int, CommandHandle] = {}
        # The heartbeat must prove the screen alive, not only the link thread.
        self._ui_timer = QTimer(self)
        self._ui_timer.setInterval(self.UI_TICK_MS)
        self._ui_timer.timeout.connect(worker.touch_ui, Qt.ConnectionType.DirectConnection)
        self._send.connect(worker.send_command)
        self._cells.connect(worker.request_cells)
        self._pause.connect(worker.set_paused)
        self._trace.connect(worker.set_trace)
        self._write.connect(worker.write_register)
        self._frame_log.connect(worker.set_frame_log)
        self._hold.connect(worker.hold)
        self._release.connect(worker.release)
        self.holding: JogRequest | None = None  # what this console asked to hold, until it ends
        self.last_jog_stopped: JogStopped | None = None
        self.jog_stopped.connect(self._keep_jog_stopped)
        self.last_snapshot: StationSnapshot | None = None
        self.last_health: LinkHealth | None = None
        self.last_event: LinkEvent | None = None  # the link's current state, for a new screen
        self.last_identity: ControllerIdentity | None = None
        self.snapshot_ready.connect(self._keep)
        self.health.connect(self._keep_health)
        self.link_event.connect(self._keep_event)
        self.identity_read.connect(self._keep_identity)
        # the register monitor's: every register read, as last read, and when
        self.words: dict[int, int] = {}
        self.words_at: dict[int, float] = {}
        self.frame_log: deque[mon.FrameRecord] = deque(maxlen=mon.MAX_FRAMES)
        self.frame_log_on = False
        self.registers_read.connect(self._keep_words)
        self.frames_logged.connect(self._keep_frames)

    def _keep(self, snap: StationSnapshot) -> None:
        self.last_snapshot = snap

    @Slot(CommandOutcome)
    def _relay_outcome(self, outcome: CommandOutcome) -> None:
        handle = self._handles.get(outcome.request.request_id)
        if handle is not None:
            if outcome.final:
                del self._handles[outcome.request.request_id]
            handle.update(outcome)
        self.command_outcome.emit(outcome)

    def _keep_health(self, health: LinkHealth) -> None:
        self.last_health = health

    def _keep_event(self, event: LinkEvent) -> None:
        self.last_event = event

    def _keep_identity(self, identity: ControllerIdentity) -> None:
        self.last_identity = identity

    def _keep_words(self, read: mon.RegisterWords) -> None:
        self.words.update(read.words)
        self.words_at.update(dict.fromkeys(read.words, read.at))

    def _keep_frames(self, frames: tuple[mon.FrameRecord, ...]) -> None:
        self.frame_log.extend(frames)

    def _keep_jog_stopped(self, stopped: JogStopped) -> None:
        self.last_jog_stopped = stopped
        if stopped.request == self.holding:
            self.holding = None

    # --- the public verbs -----------------------------------------------------------------

    def start(self) -> None:
        self.worker.touch_ui()
        self._ui_timer.start()
        self.thread.start()

    def send_command(self, request: CommandRequest) -> CommandHandle:
        """Ask the worker to carry out ``request``; the handle ends once with its outcome.

        ``command_outcome`` reports every stage of every command too (for the journal).
        """
        handle = CommandHandle(request)
        self._handles[request.request_id] = handle
        self._send.emit(request)
        return handle

    def request_cells(self, slot: int) -> None:
        self._cells.emit(slot)

    def hold(self, request: JogRequest) -> None:
        """Start a hold-to-run move: the worker renews the controller's lease until
        ``release`` (or a link error, or a stalled screen); ``jog_stopped`` tells its end.
        Call it when the button goes down; a different request replaces the one held."""
        self.holding = request
        self._hold.emit(request)

    def release(self) -> None:
        """The button went up: the worker writes direction 0 at once."""
        self._release.emit()

    def set_paused(self, paused: bool) -> None:
        self._pause.emit(paused)

    def set_trace(self, path: str | None) -> None:
        self._trace.emit(path)

    def set_frame_log(self, on: bool) -> None:
        """Log every frame for the screen (``frames_logged``, ``frame_log``), or stop."""
        self.frame_log_on = on
        self._frame_log.emit(on)

    def write_register(self, name: str, value: float | int) -> mon.RegisterWrite:
        """Ask the worker to write register ``name`` (in its unit); ``register_written``
        answers once with the returned request in its outcome."""
        request = mon.RegisterWrite(name, value)
        self._write.emit(request)
        return request

    def stop(self, timeout_ms: int = 5000) -> None:
        """Close the port in the worker's thread, then end the thread and wait for it."""
        self._ui_timer.stop()
        if not self.thread.isRunning():
            return
        QMetaObject.invokeMethod(self.worker, "close",
                                 Qt.ConnectionType.BlockingQueuedConnection)
        self.thread.quit()
        if not self.thread.wait(timeout_ms):
            log.error("link thread did not stop within %d ms", timeout_ms)
        # What the worker said last (the UNKNOWN of commands still pending at close) is
        # still queued for this object: deliver it now, while the journal is open.
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
