"""A writer process for the crash tests: commits records and says so, until it is killed.

    python -m tests.storage.crash_writer DATA_DIR

After each commit it prints 'committed <kind> <key>' and flushes, so the parent knows
exactly what must survive a kill -9 at any instant after that line.
"""

from __future__ import annotations

import sys
import time
import uuid
from pathlib import Path

from operator_app.storage.db import open_journal
from operator_app.storage.journal import Journal


def main() -> None:
    db, _ = open_journal(Path(sys.argv[1]))
    journal = Journal(db)
    i = 0
    while True:
        i += 1
        ref = journal.append_event("test.tick", {"i": i, "pad": "x" * 200})
        print(f"committed event {ref.seq}", flush=True)
        if i % 3 == 0:
            swap_id = str(uuid.uuid4())
            journal.record_swap({"id": swap_id, "started_at": "2026-11-26T00:00:00.000+00:00",
                                 "result": "completed", "blocks": 1,
                                 "packs_out": [{"code": f"OUT{i}"}],
                                 "packs_in": [{"code": f"IN{i}"}], "steps": []},
                                event_kind="swap.completed")
            print(f"committed swap {swap_id}", flush=True)
        if i % 5 == 0:
            journal.audit("tester", "technician", "poke", {"i": i})
            print(f"committed audit {i}", flush=True)
        journal.add_telemetry([("P1", 1, time.time(), 50.0, 99.0, 576.0, 10.0, 3.2, 3.3,
                                30.0, 31.0, 4000.0, 50.0, 0)] * 20)


if __name__ == "__main__":
    main()
