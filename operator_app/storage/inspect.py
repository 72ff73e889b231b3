"""Reading the journal for people: verification, export, and the history a plot needs.

Everything here opens its own read-only connection, so it never blocks the writer.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from operator_app.domain.words import Phrase
from operator_app.storage import seal
from operator_app.storage.archive import archived_rows
from operator_app.storage.db import connect, quick_check
from operator_app.storage.journal import GENESIS, audit_hash
from operator_app.storage.seal import is_sealed, verify_seal

EXPORT_TABLES = ("events", "swaps", "charging_sessions", "pack_health", "alarms",
                 "alarm_transitions", "audit", "packs", "vehicles")
TIME_COLUMN = {"events": "ts", "swaps": "started_at", "charging_sessions": "started_at",
               "pack_health": "ts", "alarms": "raised_at", "alarm_transitions": "ts",
               "audit": "ts", "packs": "last_seen", "vehicles": "changed_at"}
OLD_TIME_COLUMN = {"vehicles": "added_at"}  # in a journal before m012


def time_column(db, table: str) -> str:
    """The column ``export --since`` reads ``table`` by (an older journal's, when it has
    not been brought up to date yet)."""
    column = TIME_COLUMN[table]
    if table in OLD_TIME_COLUMN and column not in {
            r[1] for r in db.execute(f"PRAGMA table_info({table})")}:
        return OLD_TIME_COLUMN[table]
    return column


V_NO_JOURNAL = "no journal at %1"
V_INTEGRITY_FAILED = "SQLite integrity check: %1"
V_INTEGRITY = "SQLite integrity check"
V_SCHEMA = "schema: %1 of %2 steps applied; the console applies the rest at its next start"
V_NO_RECORDS = "no records yet: the journal's tables are not all made"
V_PREDECESSOR = "row %1: its predecessor is missing or was changed"
V_ROW_CHANGED = "row %1: its contents were changed after it was written"
V_CHAIN_CUT = ("the chain ends at row %1, but %2 rows were written: rows were removed from its "
               "end")
V_CHAIN_BROKEN = "audit chain: %1"
V_CHAIN = "audit chain of %n rows"
V_CHAIN_ONE = "audit chain of %n row"
V_SEAL_UNCHECKED = "tamper seal not checked: no station key given (--key-file)"
V_SEAL_BROKEN = "tamper seal: %1"
V_SEAL = "tamper seal over %n records, keyed"
V_SEAL_ONE = "tamper seal over %n record, keyed"
V_ARCHIVED = "%n events archived (the fleet holds them)"
V_ARCHIVED_ONE = "%n event archived (the fleet holds it)"
V_GAPS = "event sequence: %1 events numbered %2-%3: some are missing"
V_SET_ASIDE = ("event sequence %1-%2 without gaps (1-%3 are in the file set aside as "
               "damaged)")
V_SEQUENCE = "event sequence 1-%1 without gaps"
V_ORPHANS = "outbox: %n rows point at no event"
V_ORPHANS_ONE = "outbox: %n row points at no event"
V_OUTBOX = "outbox consistent, %n events not yet sent"
V_OUTBOX_ONE = "outbox consistent, %n event not yet sent"
TEXTS = [V_NO_JOURNAL, V_INTEGRITY_FAILED, V_INTEGRITY, V_SCHEMA, V_NO_RECORDS, V_PREDECESSOR,
         V_ROW_CHANGED, V_CHAIN_CUT, V_CHAIN_BROKEN, V_CHAIN, V_SEAL_UNCHECKED, V_SEAL_BROKEN,
         V_SEAL, V_ARCHIVED, V_GAPS, V_SET_ASIDE, V_SEQUENCE, V_ORPHANS, V_OUTBOX, *seal.TEXTS]
FAIL, GOOD = "FAIL ", "ok   "  # the marks before each line, in every language


@dataclass
class VerifyReport:
    """What the verify found, line by line: ``lines`` in English (the command line, the
    logs), ``said`` the same lines' (mark, Phrase) for a screen to translate."""

    ok: bool = True
    said: list[tuple[str, Phrase]] = field(default_factory=list)

    @property
    def lines(self) -> list[str]:
        return [mark + text.english() for mark, text in self.said]

    def fail(self, text: Phrase) -> None:
        self.ok = False
        self.said.append((FAIL, text))

    def good(self, text: Phrase) -> None:
        self.said.append((GOOD, text))


def _schema_steps(db) -> tuple[int, int]:
    """(schema steps applied in the file, steps this console knows)."""
    from operator_app.storage.schema import MIGRATION_SET, known_migrations

    try:
        applied = db.execute("SELECT count(*) FROM _sqlite_migrations WHERE migration_set = ?",
                             [MIGRATION_SET]).fetchone()[0]
    except sqlite3.OperationalError:
        applied = 0  # not even the migrations table: an empty file
    return applied, len(known_migrations())


def verify(path: Path, key: bytes | None = None) -> VerifyReport:
    """Integrity check, audit chain, event sequence and outbox consistency; with the
    station's key, the tamper seal over every record too."""
    report = VerifyReport()
    if not path.exists():
        report.fail(Phrase(V_NO_JOURNAL, (str(path),)))
        return report
    problem = quick_check(path)
    if problem:
        report.fail(Phrase(V_INTEGRITY_FAILED, (problem,)))
        return report
    report.good(Phrase(V_INTEGRITY))
    db = connect(path, readonly=True)
    try:
        applied, known = _schema_steps(db)
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = "
                                           "'table'")}
        if applied < known:
            report.good(Phrase(V_SCHEMA, (str(applied), str(known))))
        if not {"events", "audit", "outbox", "station"} <= tables:
            # e.g. the power went during the first start, between the first schema steps:
            # nothing is recorded before the tables exist
            report.good(Phrase(V_NO_RECORDS))
            return report
        prev, count, broken = GENESIS, 0, list[Phrase]()
        for row in db.execute("SELECT id, ts, actor, role, action, detail, prev_hash, hash "
                              "FROM audit ORDER BY id"):
            rid, ts, actor, role, action, detail, prev_hash, digest = row
            count += 1
            if prev_hash != prev:
                broken.append(Phrase(V_PREDECESSOR, (str(rid),)))
            elif audit_hash(prev_hash, ts, actor, role, action, detail) != digest:
                broken.append(Phrase(V_ROW_CHANGED, (str(rid),)))
            prev = digest
        head = db.execute("SELECT value FROM station WHERE key = 'audit_head'").fetchone()
        if head:
            recorded = json.loads(head[0])
            if recorded["count"] != count or recorded["hash"] != prev:
                broken.append(Phrase(V_CHAIN_CUT, (str(count), str(recorded["count"]))))
        if broken:
            for b in broken[:20]:
                report.fail(Phrase(V_CHAIN_BROKEN, (b,)))
        else:
            report.good(Phrase(V_CHAIN, count=count, one=V_CHAIN_ONE))
        if "seal" in tables and is_sealed(db):
            if key is None:
                report.good(Phrase(V_SEAL_UNCHECKED))
            else:
                sealed = verify_seal(db, key)
                for problem in sealed[:20]:
                    report.fail(Phrase(V_SEAL_BROKEN, (problem,)))
                if not sealed:
                    from operator_app.storage.archive import seal_links

                    links = sum(1 for _ in seal_links(db))
                    report.good(Phrase(V_SEAL, count=links, one=V_SEAL_ONE))
        seqs = db.execute("SELECT count(*), min(seq), max(seq) FROM events").fetchone()
        n, lo, hi = seqs
        archived = [v[2] for _, v in archived_rows(db, "events")] if db.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'archive'").fetchone() else []
        if archived:  # the events the fleet held, archived after the window, count too
            n += len(archived)
            lo = min(archived) if lo is None else min(lo, *archived)
            hi = max(archived) if hi is None else max(hi, *archived)
            report.good(Phrase(V_ARCHIVED, count=len(archived), one=V_ARCHIVED_ONE))
        floor_row = db.execute(
            "SELECT value FROM station WHERE key = 'seq_floor'").fetchone()
        first = int(floor_row[0]) + 1 if floor_row else 1  # after a file set aside
        if n and (lo != first or hi - lo + 1 != n):
            report.fail(Phrase(V_GAPS, (str(n), str(lo), str(hi))))
        elif first > 1:
            report.good(Phrase(V_SET_ASIDE, (str(first), str(hi or 0), str(first - 1))))
        else:
            report.good(Phrase(V_SEQUENCE, (str(hi or 0),)))
        orphans = db.execute("SELECT count(*) FROM outbox o LEFT JOIN events e ON "
                             "e.id = o.event_id WHERE e.id IS NULL").fetchone()[0]
        unsent = db.execute("SELECT count(*) FROM outbox WHERE sent_at IS NULL").fetchone()[0]
        if orphans:
            report.fail(Phrase(V_ORPHANS, count=orphans, one=V_ORPHANS_ONE))
        else:
            report.good(Phrase(V_OUTBOX, count=unsent, one=V_OUTBOX_ONE))
    finally:
        db.close()
    return report


def parse_since(text: str | None) -> str | None:
    """Accept an ISO date or time (local means UTC here), or 'Nd' for N days back."""
    if not text:
        return None
    if text.endswith("d") and text[:-1].isdigit():
        since = dt.datetime.now(dt.UTC) - dt.timedelta(days=int(text[:-1]))
        return since.isoformat(timespec="milliseconds")
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"--since wants a date like 2026-11-01, a time like "
                         f"2026-11-01T06:00, or 7d; got {text!r}") from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).isoformat(timespec="milliseconds")


def chain_head(db) -> dict:
    """Where the journal's chains end: what a receiver keeps to tell that a later batch or
    export extends this one, and was not rewritten (with the station's key it checks the
    seal; without it, that the heads it saw before are still in the chain)."""
    head: dict = {}
    seal = db.execute("SELECT id, mac FROM seal ORDER BY id DESC LIMIT 1").fetchone()
    head["seal"] = {"link": seal[0], "mac": seal[1]} if seal else None
    audit = db.execute("SELECT value FROM station WHERE key = 'audit_head'").fetchone()
    head["audit"] = json.loads(audit[0]) if audit else None
    first, last = db.execute("SELECT min(seq), max(seq) FROM events").fetchone()
    head["events"] = {"first_seq": first, "last_seq": last}
    return head


def export_plan(db, table: str) -> str:
    """How SQLite reads ``table`` for ``export --since`` (EXPLAIN QUERY PLAN's detail)."""
    column = time_column(db, table)
    rows = db.execute(f"EXPLAIN QUERY PLAN SELECT * FROM {table} WHERE {column} >= ? "
                      f"ORDER BY {column}", ["2026-01-01"]).fetchall()
    return "; ".join(r[-1] for r in rows)


def export(path: Path, out: TextIO, fmt: str, since: str | None = None,
           tables: tuple[str, ...] = EXPORT_TABLES) -> int:
    """Write the journal's records as JSON lines (one object per row, with its table) or CSV,
    then a manifest: what was exported, and the journal's chain heads (``chain_head``).
    ``since`` reads each table through its time index."""
    if fmt not in ("jsonl", "csv"):
        raise ValueError("--format must be csv or jsonl")
    db = connect(path, readonly=True)
    rows_written = 0
    counts: dict[str, int] = {}
    try:
        db.execute("BEGIN")  # one snapshot: the manifest describes exactly the rows written
        for table in tables:
            column = time_column(db, table)
            where, args = (f"WHERE {column} >= ?", [since]) if since else ("", [])
            cur = db.execute(f"SELECT * FROM {table} {where} ORDER BY {column}", args)
            names = [d[0] for d in cur.description]
            if fmt == "csv":
                out.write(f"# table {table}\n")
                writer = csv.writer(out, lineterminator="\n")
                writer.writerow(names)
            n = 0
            for row in cur:
                if fmt == "csv":
                    writer.writerow(row)
                else:
                    out.write(json.dumps({"table": table, **dict(zip(names, row, strict=True))},
                                         ensure_ascii=False) + "\n")
                n += 1
            counts[table] = n
            rows_written += n
        manifest = {"manifest": {
            "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds"),
            "since": since, "rows": counts,
            "chain_head": chain_head(db)}}
        text = json.dumps(manifest, separators=(",", ":"))
        out.write(text + "\n" if fmt == "jsonl" else f"# manifest {text}\n")
    finally:
        db.conn.rollback()
        db.close()
    return rows_written


def pack_history(path: Path, pack_code: str, since_epoch: float, until_epoch: float,
                 resolution: str = "1m") -> list[tuple]:
    """(bucket_epoch, soc_mean, temp_max, power_mean) rows for a plot, oldest first."""
    table = {"1m": "telemetry_1m", "1h": "telemetry_1h"}[resolution]
    db = connect(path, readonly=True)
    try:
        return db.execute(
            f"SELECT bucket_epoch, soc_mean, temp_max, power_mean FROM {table} "
            "WHERE pack_code = ? AND bucket_epoch >= ? AND bucket_epoch < ? "
            "ORDER BY bucket_epoch", [pack_code, since_epoch, until_epoch]).fetchall()
    finally:
        db.close()
