"""Reading lines from a file descriptor without Python's buffered stdin.

A thread blocked in ``sys.stdin.readline`` holds the buffer's lock while the
interpreter shuts down; reading the descriptor itself does not.
"""

from __future__ import annotations

import os
from collections.abc import Iterator


def read_lines(fd: int) -> Iterator[str]:
    """Yield each line read from ``fd`` (UTF-8, newline stripped) until end of input."""
    pending = b""
    try:
        while chunk := os.read(fd, 4096):
            pending += chunk
            while b"\n" in pending:
                raw, pending = pending.split(b"\n", 1)
                yield raw.decode("utf-8", errors="replace")
    except (OSError, ValueError):
        pass
    if pending.strip():
        yield pending.decode("utf-8", errors="replace")
