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
LINKS_PER_BLOCK = 5000
HELD_KEY = "held_through"  # station key: the last event seq the fleet holds, and its time


def held_through(db: Database) -> dict[str, Any] | None:
    row = db.execute("SELECT value FROM station WHERE key = ?", [HELD_KEY]).fetchone()
    return json.loads(row[0]) if row else None


def sent_through(db: Database) -> int:
    """The highest seq up to which every outbox entry is sent (0 when the first is not)."""
    first = db.execute("SELECT min(e.seq) FROM outbox o JOIN events e ON e.id = o.event_id "
                      "WHERE o.sent_at IS NULL").fetchone()[0]
    if first is not None:
        below = db.execute("SELECT max(seq) FROM events WHERE seq < ?", [first]).fetchone()[0]
        return int(below or 0)
    return int(db.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0])


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
    # (two queries, each through its index, rather than one OR that would read them all)
    stops = [db.execute(sql, [arg]).fetchone()[0] for sql, arg in (
        ("SELECT min(id) FROM events WHERE seq > ?", seq),
        ("SELECT min(id) FROM events WHERE ts >= ?", until))]
    stop = min((s for s in stops if s is not None), default=None)
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
        if counts.get("events"):
            n = _archive_links(db, now_iso, last_event)
            if n:
                counts["seal"] = n
    finally:
        db.execute("DELETE FROM station WHERE key = 'archiving'")
    return counts


def _archive_links(db: Database, now_iso: str, last_event: int) -> int:
    """The seal links up to the last archived event's go too, in blocks, in chain order
    (the newest link always stays a row: the chain goes on from it)."""
    top = db.execute("SELECT max(id) FROM seal WHERE tbl = 'events' AND row_id <= ?",
                     [last_event]).fetchone()[0]
    newest = db.execute("SELECT max(id) FROM seal").fetchone()[0]
    if top is None or newest is None:
        return 0
    top = min(top, newest - 1)
    links = db.execute("SELECT id, tbl, row_id, digest, mac FROM seal WHERE id <= ? "
                       "ORDER BY id", [top]).fetchall()
    for i in range(0, len(links), LINKS_PER_BLOCK):
        block = [list(link) for link in links[i:i + LINKS_PER_BLOCK]]
        db.execute("INSERT INTO archive (tbl, day, first_row, last_row, n, archived_at, rows) "
                   "VALUES ('seal', ?, ?, ?, ?, ?, ?)",
                   [now_iso[:10], block[0][0], block[-1][0], len(block), now_iso,
                    _pack(block)])
    db.execute("DELETE FROM seal WHERE id <= ?", [top])
    return len(links)


def seal_links(db: Database) -> Iterator[tuple[int, str, int, str, str]]:
    """Every link of the chain in order: the archived blocks first, then the rows."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'archive'").fetchone():
        for (blob,) in db.execute("SELECT rows FROM archive WHERE tbl = 'seal' ORDER BY "
                                  "first_row"):
            yield from (tuple(link) for link in json.loads(zlib.decompress(blob)))
    yield from db.execute("SELECT id, tbl, row_id, digest, mac FROM seal ORDER BY id")
