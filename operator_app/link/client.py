"""Modbus RTU master over a serial-like transport it is handed.

No Qt and no threads here: the link worker owns one client and calls it from
its own thread. The transport is anything with pyserial's ``read``,
``write``, ``reset_input_buffer``, ``in_waiting`` and ``timeout`` (a real
port, a pseudo-terminal, ``socket://`` or ``rfc2217://`` from pyserial).
"""

from __future__ import annotations

import contextlib
import statistics
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from operator_app.domain.words import Number, Phrase
from operator_app.link import causes as C
from operator_app.link import rtu
from operator_app.link.errors import (
    CrcError,
    ExceptionReply,
    LinkError,
    LinkTimeout,
    MalformedReply,
    PortUnavailable,
    ShortReply,
    WrongUnit,
)

TraceHook = Callable[[str, bytes], None]  # direction ("tx" / "rx"), raw bytes


@dataclass(frozen=True)
class Exchange:
    """One request and what came back for it, as the line saw them (one per attempt).

    Times are the client's clock; ``sent_at`` is None when the request never went out (the
    port was gone), ``answer`` empty when nothing came back."""

    request: bytes
    answer: bytes
    sent_at: float | None
    done_at: float
    error: LinkError | None = None


ExchangeHook = Callable[[Exchange], None]


class Transport(Protocol):
    timeout: float | None

    def read(self, size: int = 1) -> bytes: ...
    def write(self, data: bytes) -> int | None: ...
    def reset_input_buffer(self) -> None: ...
    def close(self) -> None: ...

    @property
    def in_waiting(self) -> int: ...


@dataclass
class LinkCounters:
    """What the client has seen since it was made; read by the link worker."""

    transactions: int = 0
    ok: int = 0
    timeouts: int = 0
    short_replies: int = 0
    crc_errors: int = 0
    wrong_unit: int = 0
    malformed: int = 0
    exceptions: int = 0
    port_errors: int = 0
    retries: int = 0
    errors: int = 0
    noise_bytes: int = 0  # bytes on the line that belonged to no answer
    round_trips: deque[float] = field(default_factory=lambda: deque(maxlen=2000))

    def count(self, error: LinkError) -> None:
        name = error.counter
        setattr(self, name, getattr(self, name) + 1)

    def rtt_percentiles(self) -> tuple[float | None, float | None]:
        """Median and p99 round-trip time in seconds, or None before any answer."""
        data = sorted(self.round_trips)
        if not data:
            return None, None
        p99 = data[min(len(data) - 1, round(0.99 * (len(data) - 1)))]
        return statistics.median(data), p99


class RtuClient:
    """Send one request, read one answer, check it; raise a ``LinkError`` otherwise.

    ``retries`` repeats a request whose answer was lost or damaged. That is
    safe for reads; the link worker writes the command block without retries and
    decides itself whether a re-send is safe (the controller may have restarted).

    After an answer timed out or came damaged, the line is not trusted: before the
    next request the client waits until it has been silent for ``quiet`` seconds
    (the answer timeout by default) and throws away what arrives meanwhile, so a
    late answer is never taken for the answer to the next request. RTU answers do
    not say which request they answer, and two reads of the same length look alike.
    """

    def __init__(
        self,
        port: Transport,
        unit: int = 1,
        timeout: float = 0.25,
        retries: int = 1,
        trace: TraceHook | None = None,
        clock: Callable[[], float] = time.perf_counter,
        quiet: float | None = None,
    ) -> None:
        self.port = port
        self.unit = unit
        self.timeout = timeout
        self.retries = retries
        self.trace = trace
        self.clock = clock
        self.quiet = timeout if quiet is None else quiet
        self.counters = LinkCounters()
        # told of every attempt, answered or not (the register monitor's frame log and words)
        self.observer: ExchangeHook | None = None
        self._sent_at: float | None = None
        self._answer = b""
        self._unsettled = False  # an answer may still be on its way: wait for silence first
        port.timeout = timeout

    # --- public verbs -------------------------------------------------------------------

    def read_registers(self, address: int, count: int) -> list[int]:
        """Read ``count`` holding registers from ``address`` (function 03)."""
        if not 1 <= count <= 125:
            raise ValueError(f"count must be 1-125, got {count}")
        request = rtu.read_request(self.unit, address, count)
        payload = self._transact(request, rtu.READ_HOLDING, count)
        return rtu.decode_words(payload)

    def write_register(self, address: int, value: int) -> None:
        """Write one register (function 06)."""
        request = rtu.write_single_request(self.unit, address, value)
        payload = self._transact(request, rtu.WRITE_SINGLE, 1)
        if payload != request[2:6]:
            raise MalformedReply(Phrase(C.E_WRITE_ECHO, (payload.hex(),)))

    def write_registers(self, address: int, values: Sequence[int],
                        retries: int | None = None) -> None:
        """Write consecutive registers (function 16) in one frame.

        ``retries`` overrides the client's own count for this write (0: send it once).
        """
        if not 1 <= len(values) <= 123:
            raise ValueError(f"1-123 values per write, got {len(values)}")
        request = rtu.write_multiple_request(self.unit, address, values)
        payload = self._transact(request, rtu.WRITE_MULTIPLE, len(values), retries)
        if payload != request[2:6]:
            raise MalformedReply(Phrase(C.E_WRITE_ANSWER, (payload.hex(),)))

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.port.close()

    # --- private ------------------------------------------------------------------------

    def _transact(self, request: bytes, function: int, count: int,
                  retries: int | None = None) -> bytes:
        last: LinkError | None = None
        for attempt in range((self.retries if retries is None else retries) + 1):
            if attempt:
                self.counters.retries += 1
            self.counters.transactions += 1
            try:
                t0 = self.clock()
                payload = self._exchange(request, function, count)
                self.counters.round_trips.append(self.clock() - t0)
                self.counters.ok += 1
                self._observe(request, None)
                return payload
            except ExceptionReply as exc:
                self.counters.count(exc)
                self._observe(request, exc)
                raise  # the controller answered: repeating it changes nothing
            except PortUnavailable as exc:
                self.counters.count(exc)
                self._observe(request, exc)
                raise
            except LinkError as exc:
                self.counters.count(exc)
                self._observe(request, exc)
                self._unsettled = True  # wrong unit, cut or damaged answer, or silence
                last = exc
        assert last is not None
        raise last

    def _exchange(self, request: bytes, function: int, count: int) -> bytes:
        port = self.port
        self._sent_at, self._answer = None, b""
        try:
            if self._unsettled:
                self._wait_for_silence()
            if port.in_waiting:
                stale = port.read(port.in_waiting)
                self._trace("rx-stale", stale)
                self.counters.noise_bytes += len(stale)
            self._trace("tx", request)
            self._sent_at = self.clock()
            port.write(request)
            frame = self._answer = self._read_answer(function, count)
            trailing = port.in_waiting
        except (OSError, ValueError, TypeError, AttributeError) as exc:
            # pyserial raises SerialException (an OSError) on a vanished port, and
            # TypeError / AttributeError when its file descriptor went away under it.
            raise PortUnavailable(Phrase(C.E_LINE_GONE, (str(exc),))) from exc
        self._trace("rx", frame)
        if not rtu.crc_ok(frame):
            raise CrcError(Phrase(C.E_CRC))
        if trailing:
            raise MalformedReply(Phrase(C.E_TOO_LONG))
        if frame[1] & 0x80:
            raise ExceptionReply(function, frame[2])
        if function in (rtu.READ_HOLDING, rtu.READ_INPUT):
            if frame[2] != 2 * count:
                raise MalformedReply(Phrase(C.E_BYTE_COUNT, (str(frame[2]), str(count))))
            return frame[3:-2]
        return frame[2:6]

    def _read_answer(self, function: int, count: int) -> bytes:
        """Read one answer frame, skipping noise before it; raise on silence or a stranger."""
        port = self.port
        starts = (function, function | 0x80)
        deadline = self.clock() + self.timeout
        buf = port.read(3)
        skipped = 0
        while True:
            # the answer starts with our unit and the request's function (or its exception)
            i = next((k for k in range(len(buf) - 1)
                      if buf[k] == self.unit and buf[k + 1] in starts), None)
            if i is not None:
                skipped += i
                buf = buf[i:]
                break
            if len(buf) >= 3 and buf[1] in starts and buf[0] != self.unit:
                total = 5 if buf[1] & 0x80 else rtu.response_length(function, count)
                whole = buf + port.read(max(0, total - len(buf)))
                if rtu.crc_ok(whole[:total]):
                    self._trace("rx", whole)
                    self._answer = bytes(whole)
                    raise WrongUnit(Phrase(C.E_WRONG_UNIT, (str(buf[0]), str(self.unit))))
            if self.clock() >= deadline:
                self._trace("rx", buf)
                self._answer = bytes(buf)
                self.counters.noise_bytes += len(buf)
                if buf:
                    raise ShortReply(Phrase(C.E_NOISE, (Number(self.timeout * 1000),
                                                        str(len(buf)))))
                raise LinkTimeout(Phrase(C.E_SILENT, (Number(self.timeout * 1000),)))
            more = port.read(1)
            if not more:
                continue  # the port's timeout elapsed: the deadline check above decides
            buf += more
        self.counters.noise_bytes += skipped
        total = 5 if buf[1] & 0x80 else rtu.response_length(function, count)
        if len(buf) < total:
            buf += port.read(total - len(buf))
        if len(buf) < total:
            self._answer = bytes(buf)
            raise ShortReply(Phrase(C.E_CUT, (str(len(buf)), str(total))))
        if len(buf) > total:  # read too far while hunting: the rest is trailing junk
            self.counters.noise_bytes += len(buf) - total
            buf = buf[:total]
        return bytes(buf)

    def _wait_for_silence(self) -> None:
        """Discard what arrives until the line has been silent for ``quiet`` seconds.

        A controller that keeps talking cannot hold the console for ever: after four
        quiet periods the next request goes out anyway (its answer is still checked).
        """
        port = self.port
        saved = port.timeout
        give_up = self.clock() + 4 * self.quiet
        try:
            port.timeout = self.quiet
            while True:
                junk = port.read(4096)  # returns after ``quiet`` s, or when 4 KiB came
                if not junk:
                    break
                self._trace("rx-late", junk)
                self.counters.noise_bytes += len(junk)
                if self.clock() >= give_up:
                    break
        finally:
            port.timeout = saved
        self._unsettled = False

    def _observe(self, request: bytes, error: LinkError | None) -> None:
        if self.observer is not None:
            self.observer(Exchange(request, self._answer, self._sent_at, self.clock(), error))

    def _trace(self, direction: str, data: bytes) -> None:
        if self.trace is not None and data:
            self.trace(direction, data)
