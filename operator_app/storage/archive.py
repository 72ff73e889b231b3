"""Growth that stops: records the fleet holds are archived, compressed, after a window.

Once the fleet holds a station's records (an export it confirmed: ``operator-app journal
confirm EXPORT``; the uploader will mark what the broker acknowledged the same way), the
journal keeps them as rows for ``records_days`` (90 by default), then moves them into
``archive``: one row per table and day, the rows exactly as they were stored, as zlib'd
JSON. Nothing is summarised away: ``journal verify`` checks archived rows against their
seal links like live ones, and counts archived events in the sequence. Only what the fleet
holds is ever archived, and never a running swap, an alarm (its occurrence row), an audit
row (its own chain is read row by row), a pack or its health records (a pack's history is
the battery record), or telemetry (retention rolls it up instead).
"""

from __future__ import annotations

import json
import zlib
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from sqlite_utils import Database

ARCHIVED = ("outbox", "events", "swaps", "alarm_transitions", "charging_sessions")
HELD_KEY = "held_through"  # station key: the last event seq the fleet holds, and its time


def held_through(db: Database) -> dict[str, Any] | None:
    row = db.execute("SELECT value FROM station WHERE key = ?", [HELD_KEY]).fetchone()
    return json.loads(row[0]) if row else None


def _pack(rows: list[tuple[int, list[Any]]]) -> bytes:
    return zlib.compress(json.dumps(rows, default=str, separators=(",", ":")).encode(), 9)


def archived_rows(db: Database, table: str) -> Iterator[tuple[int, list[Any]]]:
    """(rowid, the row's columns as stored) of every archived row of ``table``."""
    for (blob,) in db.execute("SELECT rows FROM archive WHERE tbl = ? ORDER BY id", [table]):
        yield from ((rowid, values) for rowid, values in json.loads(zlib.decompress(blob)))


def archive_held(db: Database, now_iso: str, cutoff_iso: str) -> dict[str, int]:
    """Move the records the fleet holds that are older than ``cutoff_iso`` into the archive,
    inside the caller's write transaction. Returns rows archived per table."""
    held = held_through(db)
    if held is None:
        return {}
    # the fleet holds what happened up to its last event; the window keeps the rest
    until = min(cutoff_iso, held["ts"])
    seq = int(held["seq"])
    # events are archived as a prefix, in the order they were written
    stop = db.execute("SELECT min(id) FROM events WHERE seq > ? OR ts >= ?",
                      [seq, until]).fetchone()[0]
    last_event = (stop - 1) if stop is not None else (
        db.execute("SELECT max(id) FROM events").fetchone()[0] or 0)
    selections = {
        "outbox": ("SELECT rowid, * FROM outbox WHERE event_id <= ?", [last_event], "queued_at"),
        "events": ("SELECT rowid, * FROM events WHERE id <= ?", [last_event], "ts"),
        "swaps": ("SELECT rowid, * FROM swaps WHERE result != 'running' AND ended_at < ? AND "
                  "(event_seq IS NULL OR event_seq <= ?)", [until, seq], "started_at"),
        "alarm_transitions": ("SELECT rowid, * FROM alarm_transitions WHERE ts < ?", [until],
                              "ts"),
        "charging_sessions": ("SELECT rowid, * FROM charging_sessions WHERE ended_at < ?",
                              [until], "started_at"),
    }
    counts: dict[str, int] = {}
    db.execute("INSERT OR REPLACE INTO station (key, value) VALUES ('archiving', '1')")
    try:
        for table in ARCHIVED:
            sql, args, time_column = selections[table]
            cur = db.execute(sql, args)
            names = [d[0] for d in cur.description][1:]
            day_of = names.index(time_column)
            by_day: dict[str, list[tuple[int, list[Any]]]] = defaultdict(list)
            for rowid, *values in cur:
                by_day[str(values[day_of])[:10]].append((rowid, values))
            n = 0
            for day, rows in sorted(by_day.items()):
                db.execute("INSERT INTO archive (tbl, day, first_row, last_row, n, archived_at, "
                           "rows) VALUES (?,?,?,?,?,?,?)",
                           [table, day, rows[0][0], rows[-1][0], len(rows), now_iso,
                            _pack(rows)])
                ids = [r for r, _ in rows]
                for i in range(0, len(ids), 500):
                    chunk = ids[i:i + 500]
                    db.execute(f"DELETE FROM {table} WHERE rowid IN "
                               f"({','.join('?' * len(chunk))})", chunk)
                n += len(rows)
            if n:
                counts[table] = n
    finally:
        db.execute("DELETE FROM station WHERE key = 'archiving'")
    return counts
