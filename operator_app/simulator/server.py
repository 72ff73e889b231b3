"""The simulated controller as a Modbus RTU device on a (virtual) serial line.

``RtuServer.handle`` turns one request frame into one answer (or silence),
exactly as the register map says; ``ServerLoop`` moves bytes between an
endpoint and the server while the model's clock runs. Endpoints: a
pseudo-terminal pair made here (no socat needed), a real serial device, or a
TCP port carrying raw RTU frames as a serial device server does.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import selectors
import socket
import termios
import threading
import time
import tty
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from operator_app.link import registers as R
from operator_app.link import rtu
from operator_app.simulator.model import StationModel

log = logging.getLogger(__name__)

GAP_S = 0.02  # silence that ends a frame of unknown length (pty and TCP have no char timing)
# The map is holding registers only: 04 (input registers) is refused like any other function.
SUPPORTED_FUNCTIONS = frozenset({rtu.READ_HOLDING, rtu.WRITE_SINGLE, rtu.WRITE_MULTIPLE})


@dataclass
class ServerStats:
    requests: int = 0
    answered: int = 0
    exceptions: int = 0
    other_unit: int = 0
    silenced: int = 0
    corrupted: int = 0
    noise_bursts: int = 0


class RtuServer:
    """Answer Modbus RTU request frames from the model's registers."""

    def __init__(self, model: StationModel, unit: int = 1, seed: int = 0) -> None:
        self.model = model
        self.unit = unit
        self.stats = ServerStats()
        self._rng = random.Random(seed ^ 0x5A5A)

    def handle(self, frame: bytes) -> bytes | None:
        """Answer one CRC-checked frame; None when the controller stays silent."""
        self.stats.requests += 1
        comm = self.model.comm
        if comm.silent or self.model.real_time < comm.silent_until_real:
            self.stats.silenced += 1
            return None
        req = rtu.parse_request(frame)
        if req.unit != self.unit:
            # another unit's frame, or a broadcast: a controller never acts on a command
            # it cannot acknowledge, so broadcasts are ignored too
            self.stats.other_unit += 1
            return None
        reply = self._answer(req)
        if comm.drop_answers > 0:
            comm.drop_answers -= 1
            self.stats.silenced += 1
            return None  # carried out, but the answer is lost on the way back
        if reply[1] & 0x80:
            self.stats.exceptions += 1
        self.stats.answered += 1
        if comm.corrupt_percent and self._rng.random() * 100 < comm.corrupt_percent:
            self.stats.corrupted += 1
            damaged = bytearray(reply)
            i = self._rng.randrange(len(damaged) - 2)
            damaged[i] ^= 1 << self._rng.randrange(8)
            reply = bytes(damaged)
        if comm.noise_percent and self._rng.random() * 100 < comm.noise_percent:
            self.stats.noise_bursts += 1
            noise = bytes(self._rng.randrange(256) for _ in range(self._rng.randint(1, 12)))
            reply = noise + reply
        return reply

    def _answer(self, req: rtu.Request) -> bytes:
        fc = req.function
        if fc not in SUPPORTED_FUNCTIONS:
            return rtu.exception_response(self.unit, fc, rtu.ILLEGAL_FUNCTION)
        if req.malformed:
            return rtu.exception_response(self.unit, fc, rtu.ILLEGAL_VALUE)
        if fc == rtu.READ_HOLDING:
            result = self.model.read(req.address, req.count)
            if isinstance(result, int):
                return rtu.exception_response(self.unit, fc, result)
            return rtu.read_response(self.unit, fc, result)
        if fc == rtu.WRITE_SINGLE:
            code = self.model.write(req.address, list(req.values))
            if code:
                return rtu.exception_response(self.unit, fc, code)
            return rtu.write_single_response(self.unit, req.address, req.values[0])
        if not 1 <= req.count <= R.MAX_WRITE:
            return rtu.exception_response(self.unit, fc, rtu.ILLEGAL_VALUE)
        code = self.model.write(req.address, list(req.values))
        if code:
            return rtu.exception_response(self.unit, fc, code)
        return rtu.write_multiple_response(self.unit, req.address, req.count)


# --- endpoints ---------------------------------------------------------------------------


class PtyEndpoint:
    """A virtual serial cable: the simulator holds the master end, the console opens ``path``.

    The simulator also keeps the slave end open itself, so the console may close
    and reopen the port without the master seeing a hang-up.
    """

    def __init__(self, link_path: str | None = None) -> None:
        self.master, self._slave = os.openpty()
        tty.setraw(self._slave)  # no echo, no line editing, no CR/LF translation
        attrs = termios.tcgetattr(self._slave)
        attrs[6][termios.VMIN], attrs[6][termios.VTIME] = 0, 0
        termios.tcsetattr(self._slave, termios.TCSANOW, attrs)
        os.set_blocking(self.master, False)
        self.path = os.ttyname(self._slave)
        self.link_path = link_path
        if link_path:
            link = Path(link_path)
            with contextlib.suppress(FileNotFoundError):
                link.unlink()
            link.symlink_to(self.path)

    def fileno(self) -> int:
        return self.master

    def read(self) -> bytes:
        try:
            return os.read(self.master, 4096)
        except (BlockingIOError, InterruptedError):
            return b""
        except OSError:
            return b""

    def write(self, data: bytes) -> None:
        try:
            os.write(self.master, data)
        except BlockingIOError:
            log.debug("console side not reading; answer dropped")

    def close(self) -> None:
        for fd in (self.master, self._slave):
            with contextlib.suppress(OSError):
                os.close(fd)
        if self.link_path:
            with contextlib.suppress(OSError):
                Path(self.link_path).unlink()


class SerialDeviceEndpoint:
    """A real serial port (e.g. a USB RS-485 adapter wired to the console's)."""

    def __init__(self, device: str, baudrate: int) -> None:
        import serial

        self.port = serial.Serial(device, baudrate=baudrate, timeout=0)
        self.path = device

    def fileno(self) -> int:
        return self.port.fileno()

    def read(self) -> bytes:
        return self.port.read(4096)

    def write(self, data: bytes) -> None:
        self.port.write(data)

    def close(self) -> None:
        self.port.close()


class TcpEndpoint:
    """Raw RTU frames over TCP, one console at a time, as a serial device server serves them."""

    def __init__(self, host: str, port: int) -> None:
        self.listener = socket.create_server((host, port), reuse_port=False)
        self.listener.setblocking(False)
        self.address = self.listener.getsockname()
        self.path = f"socket://{self.address[0]}:{self.address[1]}"
        self.conn: socket.socket | None = None

    def fileno(self) -> int:
        return self.listener.fileno()

    def accept(self) -> socket.socket:
        conn, _ = self.listener.accept()
        conn.setblocking(False)
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if self.conn is not None:
            self.conn.close()  # a device server gives the line to the newest client
        self.conn = conn
        return conn

    def read(self) -> bytes:
        if self.conn is None:
            return b""
        try:
            data = self.conn.recv(4096)
        except (BlockingIOError, InterruptedError):
            return b""
        except OSError:
            data = b""
        return data

    def drop(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def write(self, data: bytes) -> None:
        if self.conn is None:
            return
        try:
            self.conn.sendall(data)
        except OSError:
            self.drop()

    def close(self) -> None:
        self.drop()
        self.listener.close()


Endpoint = PtyEndpoint | SerialDeviceEndpoint | TcpEndpoint


class ServerLoop:
    """Run the model's clock and answer requests on one endpoint until stopped."""

    def __init__(
        self,
        model: StationModel,
        endpoint: Endpoint,
        unit: int = 1,
        clock: Callable[[], float] = time.monotonic,
        gap_s: float = GAP_S,
    ) -> None:
        self.model = model
        self.endpoint = endpoint
        self.server = RtuServer(model, unit, seed=model.seed)
        self.assembler = rtu.RequestAssembler()
        self.clock = clock
        self.gap_s = gap_s
        self.lock = threading.Lock()  # held while the model changes; take it to inspect
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def run(self) -> None:
        sel = selectors.DefaultSelector()
        ep = self.endpoint
        sel.register(ep.fileno(), selectors.EVENT_READ, "main")
        last = self.clock()
        last_rx = last
        try:
            while not self._stop.is_set():
                events = sel.select(timeout=0.01)
                now = self.clock()
                with self.lock:
                    self.model.advance(now - last)
                last = now
                frames: list[bytes] = []
                for key, _ in events:
                    if key.data == "main" and isinstance(ep, TcpEndpoint):
                        if ep.conn is not None:
                            with contextlib.suppress(KeyError, ValueError):
                                sel.unregister(ep.conn)
                        sel.register(ep.accept(), selectors.EVENT_READ, "conn")
                        self.assembler = rtu.RequestAssembler()
                        continue
                    data = ep.read()
                    if not data and key.data == "conn":
                        with contextlib.suppress(KeyError, ValueError):
                            sel.unregister(key.fileobj)
                        assert isinstance(ep, TcpEndpoint)
                        ep.drop()
                        continue
                    if data:
                        frames += self.assembler.feed(data)
                        last_rx = now
                if self.assembler.buffer and now - last_rx > self.gap_s:
                    frames += self.assembler.flush()
                for frame in frames:
                    self._reply(frame)
        finally:
            sel.close()

    def _reply(self, frame: bytes) -> None:
        with self.lock:
            reply = self.server.handle(frame)
            delay = self.model.comm.delay_s
        if reply is None:
            return
        if delay:
            time.sleep(delay)
        self.endpoint.write(reply)

    # --- running in a thread (tests, the console's built-in simulator) -------------------

    def request_stop(self) -> None:
        """Ask the loop to end (safe from a signal handler or another thread)."""
        self._stop.set()

    def start(self) -> ServerLoop:
        self._thread = threading.Thread(target=self.run, name="sim-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def close(self) -> None:
        self.stop()
        self.endpoint.close()
