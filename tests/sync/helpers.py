"""A journal with records of every kind, a receiver in a thread, and the comparison the sync
tests make: the fleet holds exactly the journal's UUIDs, kind by kind, with no gap."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from operator_app.storage.db import open_journal
from operator_app.storage.journal import Journal, JournalWriter
from operator_app.sync.contract import kind_of
from operator_app.sync.fleet import FleetStore, gaps, receive

CODE = "ABC1234567890DEFGHIJ0001"


def open_writer(data: Path, clock=time.time) -> JournalWriter:
    db, report = open_journal(data)
    db.close()
    return JournalWriter(report.path, key=b"k" * 32, clock=clock).start()


def write_mixed(writer: JournalWriter, n: int, start: float = 1.7e9, every_s: float = 60,
                tick=None, first: int = 0) -> None:
    """``n`` rounds of records of every kind the fleet takes (``tick(t)`` before each)."""
    for i in range(first, first + n):
        t = start + i * every_s
        if tick is not None:
            tick(t)
        w = writer.call
        w(Journal.append_event, "link.state", {"state": "online", "i": i}, t)
        w(Journal.see_pack, f"{CODE[:-4]}{i % 50:04d}", "LFP-282", 282.0, 100 + i, 96.0, t)
        w(Journal.add_pack_health, f"{CODE[:-4]}{i % 50:04d}", t, 96.0, 100 + i, 270.0, 900.0,
          0.01, "bms")
        w(Journal.start_charging, f"s{i}", f"{CODE[:-4]}{i % 50:04d}", 1 + i % 8, t, 20.0)
        w(Journal.record_alarm, f"a{i}", "SLOT_CHARGER_FAULT", f"slot {1 + i % 8}", 2,
          "active unacknowledged", t)
        w(Journal.record_alarm, f"a{i}", "SLOT_CHARGER_FAULT", f"slot {1 + i % 8}", 2,
          "normal", t + 5, actor="operator", cleared=True)
        w(Journal.audit, "operator", "operator", "swap.start", {"i": i})
        swap = {"id": f"w{i}", "vehicle_plate": "VH 1", "fleet": "F", "started_at": str(t),
                "result": "running", "blocks": 1, "packs_out": [], "packs_in": [],
                "steps": []}
        w(Journal.record_swap, swap, "swap.started")
        last = w(Journal.record_swap, {**swap, "result": "completed", "ended_at": str(t + 300)},
                 "swap.completed")
        if i % 10 == 0:
            w(Journal.set_quarantine, f"{CODE[:-4]}{i % 50:04d}", True, "test")
    last.result(30)


def journal_uuids(db_path: Path, through_seq: int | None = None) -> dict[str, set[str]]:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    out: dict[str, set[str]] = {}
    for uuid, kind in conn.execute("SELECT e.uuid, e.kind FROM outbox o JOIN events e ON "
                                   "e.id = o.event_id WHERE e.seq <= ?",
                                   [through_seq or 2**62]):
        out.setdefault(kind_of(kind), set()).add(uuid)
    conn.close()
    return out


def fleet_uuids(out: Path, station: str) -> dict[str, set[str]]:
    conn = sqlite3.connect(out / f"{station}.sqlite")
    got: dict[str, set[str]] = {}
    for uuid, kind in conn.execute("SELECT uuid, kind FROM records"):
        got.setdefault(kind, set()).add(uuid)
    conn.close()
    return got


def fleet_gaps(out: Path, station: str) -> list[tuple[int, int]]:
    conn = sqlite3.connect(out / f"{station}.sqlite")
    try:
        return gaps(conn)
    finally:
        conn.close()


class Receiver:
    """``operator-app fleet receive`` in a thread, until stopped."""

    def __init__(self, url: str, out: Path, client_id: str = "fleet-test") -> None:
        self.out = out
        self.lines: list[str] = []
        self._stop = threading.Event()
        self.ready = threading.Event()
        self.thread = threading.Thread(target=receive, args=(url, out), kwargs={
            "stop": self._stop.is_set, "on_ready": self.ready.set, "echo": self.lines.append,
            "client_id": client_id}, daemon=True)

    def __enter__(self) -> Receiver:
        self.thread.start()
        assert self.ready.wait(10), self.lines
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self.thread.join(10)

    def count(self, station: str) -> int:
        path = self.out / f"{station}.sqlite"
        if not path.exists():
            return 0
        conn = sqlite3.connect(path)
        try:
            return conn.execute("SELECT count(*) FROM records").fetchone()[0]
        except sqlite3.OperationalError:
            return 0
        finally:
            conn.close()

    def wait_for(self, station: str, n: int, timeout: float = 30) -> int:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            got = self.count(station)
            if got >= n:
                return got
            time.sleep(0.1)
        return self.count(station)


__all__ = ["FleetStore", "Receiver", "fleet_gaps", "fleet_uuids", "journal_uuids",
           "open_writer", "write_mixed"]
