"""A journal writer for the power-loss test: writes as fast as it can until it is killed.

    python -m tests.storage.powercut.child DATA_DIR [--synchronous FULL|OFF]

It opens (creates, migrates) the journal, starts a ``JournalWriter`` and then, in a loop,
submits an event (with a ~200-byte pad), every 3rd iteration a swap record (with its
``swap.completed`` event), every 5th an audit row, and hands over telemetry. After each
Future resolves (the transaction is committed) it prints one line and flushes stdout:

    ready                 the writer is running
    ack event <seq>
    ack swap <id>
    ack audit <i>         the audit row whose detail is {"i": i}

``--synchronous OFF`` is the control case only: the writer's connection runs without any
fsync, so a power cut must be able to lose acknowledged records.
"""

from __future__ import annotations

import argparse
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from operator_app.storage import journal as journal_mod
from operator_app.storage.db import DB_NAME, open_journal


class _UnsyncedJournal(journal_mod.Journal):
    """The control: ``synchronous=OFF`` on the writer's connection.

    ``connect(synchronous=...)`` alone is not enough: ``Journal.add_telemetry`` switches
    its connection to NORMAL for a telemetry batch and back to FULL afterwards, whatever it
    was before, so OFF is set again after every batch.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.db.execute("PRAGMA synchronous = OFF")

    def add_telemetry(self, rows: list[tuple]) -> None:
        try:
            super().add_telemetry(rows)
        finally:
            self.db.execute("PRAGMA synchronous = OFF")


def _telemetry(i: int) -> list[tuple]:
    now = time.time()
    return [(f"P{i % 7}", 1 + i % 8, now, 50.0, 99.0, 576.0, 10.0, 3.2, 3.3, 30.0, 31.0,
             4000.0, 50.0, 0)] * 20


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--synchronous", choices=("FULL", "OFF"), default="FULL")
    args = parser.parse_args()
    db, _ = open_journal(args.data_dir)
    db.conn.close()
    if args.synchronous == "OFF":
        # JournalWriter._run builds its Journal by the module's global name
        journal_mod.Journal = _UnsyncedJournal  # type: ignore[misc]
    writer = journal_mod.JournalWriter(args.data_dir / DB_NAME).start()
    _say("ready")
    i = 0
    while True:
        i += 1
        ref = writer.submit("append_event", "test.tick", {"i": i, "pad": "x" * 200}).result()
        _say(f"ack event {ref.seq}")
        if i % 3 == 0:
            swap_id = str(uuid.uuid4())
            writer.submit("record_swap", {
                "id": swap_id, "started_at": "2026-11-26T00:00:00.000+00:00",
                "result": "completed", "blocks": 1, "packs_out": [{"code": f"OUT{i}"}],
                "packs_in": [{"code": f"IN{i}"}], "steps": []}, "swap.completed").result()
            _say(f"ack swap {swap_id}")
        if i % 5 == 0:
            writer.submit("audit", "tester", "technician", "poke", {"i": i}).result()
            _say(f"ack audit {i}")
        writer.add_telemetry(_telemetry(i))


if __name__ == "__main__":
    main()
