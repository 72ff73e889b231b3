"""Reading the journal's outbox for the fleet: what is unsent, in order, and how it stands.

Every function takes a connection of its own (read-only is enough): the writer thread is
never waited for. Marking entries sent is a write (``Journal.mark_sent``), done through the
writer by whoever reads here.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

STATION_ID_KEY = "station_id"
LAST_SUCCESS_KEY = "sync_last_success"
EXPORT_HEAD_KEY = "sync_export_head"  # the last confirmed bundle's manifest SHA-256


@dataclass(frozen=True)
class Entry:
    event_id: int
    uuid: str
    seq: int
    ts: str
    kind: str  # the event's kind as stored (record.swap, link.state, ...)
    payload: str
    offline: int


@dataclass(frozen=True)
class Backlog:
    unsent: int
    sent: int
    oldest_unsent: str | None  # source time of the oldest unsent record
    last_success: str | None
    unsent_bytes: int | None = None  # only when asked (a scan of every unsent payload)


def _db(conn: Database | sqlite3.Connection) -> sqlite3.Connection:
    return conn.conn if isinstance(conn, Database) else conn


def unsent(conn: Database | sqlite3.Connection, after_event_id: int = 0,
           limit: int = 1000) -> list[Entry]:
    """Unsent entries after ``after_event_id``, in the order they were written."""
    cur = _db(conn).execute(
        "SELECT e.id, e.uuid, e.seq, e.ts, e.kind, e.payload, e.offline FROM outbox o "
        "JOIN events e ON e.id = o.event_id WHERE o.sent_at IS NULL AND o.event_id > ? "
        "ORDER BY o.event_id LIMIT ?", [after_event_id, limit])
    return [Entry(*row) for row in cur]


def station_value(conn: Database | sqlite3.Connection, key: str) -> Any:
    row = _db(conn).execute("SELECT value FROM station WHERE key = ?", [key]).fetchone()
    if row is None:
        return None
    try:
        return json.loads(row[0])
    except ValueError:
        return row[0]  # written as plain text (sync_last_success)


def backlog(conn: Database | sqlite3.Connection, with_bytes: bool = False,
            with_sent: bool = True) -> Backlog:
    """How the outbox stands. ``with_sent`` False: ``sent`` is -1 (counting every sent row
    is a scan of all of them: the uploader does it now and then, not every second)."""
    c = _db(conn)
    unsent_n = c.execute("SELECT count(*) FROM outbox WHERE sent_at IS NULL").fetchone()[0]
    sent_n = -1
    if with_sent:
        sent_n = c.execute("SELECT count(*) FROM outbox WHERE sent_at IS NOT NULL"
                           ).fetchone()[0]
    oldest = c.execute("SELECT e.ts FROM outbox o JOIN events e ON e.id = o.event_id WHERE "
                       "o.sent_at IS NULL ORDER BY o.event_id LIMIT 1").fetchone()
    size = None
    if with_bytes:
        size = c.execute("SELECT coalesce(sum(length(e.payload)), 0) FROM outbox o JOIN events "
                         "e ON e.id = o.event_id WHERE o.sent_at IS NULL").fetchone()[0]
    last = station_value(c, LAST_SUCCESS_KEY)
    return Backlog(unsent_n, sent_n, oldest[0] if oldest else None,
                   str(last) if last else None, size)


def unsent_by_kind(conn: Database | sqlite3.Connection) -> dict[str, int]:
    from operator_app.sync.contract import kind_of

    out: dict[str, int] = {}
    for kind, n in _db(conn).execute(
            "SELECT e.kind, count(*) FROM outbox o JOIN events e ON e.id = o.event_id "
            "WHERE o.sent_at IS NULL GROUP BY e.kind"):
        out[kind_of(kind)] = out.get(kind_of(kind), 0) + n
    return out


def age_s(ts: str | None, now: float) -> float | None:
    if not ts:
        return None
    return max(0.0, now - dt.datetime.fromisoformat(ts).timestamp())


def station_problem(conn: Database | sqlite3.Connection, configured: str) -> tuple[str | None,
                                                                                  bool]:
    """Whether this journal may sync as ``configured``: (problem in words or None, whether
    the journal must adopt the id first). A journal keeps the id its records went out
    under; a changed id is adopted only while nothing has been sent."""
    if not configured:
        return ("no station_id is set in console.toml: the fleet cannot tell this station's "
                "records from another's, so nothing is sent. Set station_id (as commissioned) "
                "and restart", False)
    kept = station_value(conn, STATION_ID_KEY)
    if kept == configured:
        return None, False
    if kept is None:
        return None, True
    sent = _db(conn).execute("SELECT 1 FROM outbox WHERE sent_at IS NOT NULL LIMIT 1"
                             ).fetchone()
    if sent is None:
        return None, True
    return (f"this journal's records went to the fleet as station {kept!r}, and console.toml "
            f"now says station_id = {configured!r}: nothing is sent, so that the fleet does "
            f"not see one station's records under two ids. Set station_id = {kept!r} back; "
            "a station that really changed its id starts a new data directory", False)
