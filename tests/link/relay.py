"""A TCP relay between the console and ``operator-sim --tcp`` that cuts the line on purpose.

The console connects to the relay (``socket://127.0.0.1:PORT``); for every console
connection the relay opens one to the simulator and copies bytes both ways. A cut
closes both sides at once, as a pulled cable or a rebooting device server does: at a
random byte (``cut_every`` = (low, high) bytes between cuts), or when ``cut_when``
says so for a chunk about to be forwarded. Loopback only; it stops with ``close``.
"""

from __future__ import annotations

import contextlib
import random
import selectors
import socket
import threading
from collections.abc import Callable


class CuttingRelay:
    def __init__(self, upstream: tuple[str, int], seed: int = 0,
                 cut_every: tuple[int, int] | None = None) -> None:
        self.upstream = upstream
        self.rng = random.Random(seed)
        self.cut_every = cut_every
        # (direction "up" console->controller or "down", data) -> True to cut before it
        self.cut_when: Callable[[str, bytes], bool] | None = None
        self.cuts = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.url = f"socket://127.0.0.1:{self.port}"
        self._stop = threading.Event()
        self._pair: tuple[socket.socket, socket.socket] | None = None
        self._budget = self._new_budget()
        self._thread = threading.Thread(target=self._run, name="relay", daemon=True)
        self._thread.start()

    def _new_budget(self) -> int | None:
        return self.rng.randint(*self.cut_every) if self.cut_every else None

    def cut(self) -> None:
        """Drop the current connection (both sides)."""
        if self._pair is not None:
            for s in self._pair:
                with contextlib.suppress(OSError):
                    s.close()
            self._pair = None
            self.cuts += 1

    def _run(self) -> None:
        sel = selectors.DefaultSelector()
        sel.register(self.listener, selectors.EVENT_READ, "listen")
        while not self._stop.is_set():
            for key, _ in sel.select(timeout=0.02):
                if key.data == "listen":
                    client, _ = self.listener.accept()
                    try:
                        server = socket.create_connection(self.upstream, timeout=2)
                    except OSError:
                        client.close()
                        continue
                    if self._pair is not None:
                        for s in self._pair:
                            with contextlib.suppress(KeyError, ValueError):
                                sel.unregister(s)
                        self.cut()
                    for s in (client, server):
                        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                    self._pair = (client, server)
                    sel.register(client, selectors.EVENT_READ, "up")
                    sel.register(server, selectors.EVENT_READ, "down")
                    continue
                pair = self._pair
                if pair is None or key.fileobj not in pair:
                    with contextlib.suppress(KeyError, ValueError):
                        sel.unregister(key.fileobj)
                    continue
                src, dst = pair if key.data == "up" else (pair[1], pair[0])
                try:
                    data = src.recv(4096)
                except OSError:
                    data = b""
                if data and self.cut_when is not None and self.cut_when(key.data, data):
                    data = b""
                if data and self._budget is not None:
                    if len(data) >= self._budget:
                        with contextlib.suppress(OSError):
                            dst.sendall(data[: self._budget])  # a frame cut in the middle
                        data = b""
                    else:
                        self._budget -= len(data)
                if not data:
                    for s in pair:
                        with contextlib.suppress(KeyError, ValueError):
                            sel.unregister(s)
                    self.cut()
                    self._budget = self._new_budget()
                    continue
                try:
                    dst.sendall(data)
                except OSError:
                    self.cut()
        sel.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.cut()
        self.listener.close()
