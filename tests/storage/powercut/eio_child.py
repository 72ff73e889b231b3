"""A writer on a disk that fails its writes for a while (the fsync shim's POWERCUT_EIO_FLAG).

    LD_PRELOAD=fsync_track.so POWERCUT_DIR=DATA POWERCUT_SHADOW=S POWERCUT_EIO_FLAG=FLAG \\
        python -m tests.storage.powercut.eio_child DATA FLAG

Prints one JSON line per step: what each caller got, and the writer's state.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from operator_app.storage.db import DB_NAME, open_journal
from operator_app.storage.journal import JournalWriter

KEY = bytes(range(32))


def main() -> None:
    data, flag = Path(sys.argv[1]), Path(sys.argv[2])
    open_journal(data)[0].close()
    w = JournalWriter(data / DB_NAME, key=KEY).start()

    def say(step: str, future) -> None:
        error = future.exception(10)
        w.flush()  # the writer's state after this write, not before it
        print(json.dumps({"step": step, "state": w.status.state.name,
                          "message": w.status.message,
                          "error": None if error is None else f"{type(error).__name__}: {error}"}),
              flush=True)

    try:
        say("ok.1", w.submit("append_event", "ok.1", {}))
        flag.touch()  # the disk starts failing its writes
        for i in range(3):
            say(f"eio.{i}", w.submit("append_event", f"eio.{i}", {}))
        say("swap in eio", w.submit("record_swap", {
            "id": "S1", "started_at": "2026-12-01T08:00:00", "result": "completed",
            "blocks": 1}, "swap.completed"))
        flag.unlink()  # the disk recovers
        say("ok.2", w.submit("append_event", "ok.2", {}))
        say("swap again", w.submit("record_swap", {
            "id": "S1", "started_at": "2026-12-01T08:00:00", "result": "completed",
            "blocks": 1}, "swap.completed"))
    finally:
        w.close()


if __name__ == "__main__":
    main()
