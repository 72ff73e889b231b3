"""A virtual serial cable made of two pseudo-terminal pairs and a relay thread.

Both ends are device paths, so a server that insists on opening a port by
name (pymodbus's serial server) can sit on one end and a client on the other.
"""

from __future__ import annotations

import os
import selectors
import threading
import tty


class PtyCable:
    def __init__(self) -> None:
        self._m1, s1 = os.openpty()
        self._m2, s2 = os.openpty()
        for fd in (s1, s2):
            tty.setraw(fd)
        self.a, self.b = os.ttyname(s1), os.ttyname(s2)
        self._keep = (s1, s2)  # held open so either side may reopen its end
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._relay, daemon=True)
        self._thread.start()

    def _relay(self) -> None:
        sel = selectors.DefaultSelector()
        sel.register(self._m1, selectors.EVENT_READ, self._m2)
        sel.register(self._m2, selectors.EVENT_READ, self._m1)
        while not self._stop.is_set():
            for key, _ in sel.select(0.05):
                try:
                    data = os.read(key.fd, 4096)
                except OSError:
                    continue
                os.write(key.data, data)

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        for fd in (self._m1, self._m2, *self._keep):
            os.close(fd)
