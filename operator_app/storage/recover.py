"""Salvaging a damaged journal into the live one (``operator-app journal recover FILE``).

The damaged file is never written: it (and its ``-wal``) is copied to a temporary directory
and only the copy is read. A header that is no SQLite header is rebuilt on the copy (page
size tried 4096 first, then the other powers of two; page count from the file's size; the
other fields from a fresh database made with the journal's pragmas). Each record table is
then read in rowid (or key) order; where a read raises ``sqlite3.DatabaseError`` the next
readable rowid is found by probing (exponential steps, then bisection), so one bad page
loses only the rows on it, and the ranges that could not be read are named.

What was read goes into the live journal through the journal's own connection, one
transaction per table, skipping what is already there (same key, or for tables with
surrogate ids the same contents); sealed tables are sealed into the live chain, audit rows
are chained onto the live audit chain. Events keep their number when it is free below the
live journal's numbers; every number of the damaged file that could not be read gets a
``journal.lost`` event, so the sequence has no silent gap (``journal verify`` checks it);
events whose number is taken are numbered on after the live ones. One ``journal.recovered``
event says what was done, with the live rowids of every inserted row (the mark of a
recovered row: it is in that range of that event).

The sqlite3 3.40.1 shell's ``.recover`` is not used: that build has no ``sqlite_dbpage``
table, and ``.recover`` stops with "SQL logic error" even on a healthy file.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from operator_app.storage.db import DB_NAME, OpenReport, connect, open_journal
from operator_app.storage.journal import GENESIS, Journal, audit_hash, iso
from operator_app.storage.seal import SEALED, START, is_sealed, link_mac

MAGIC = b"SQLite format 3\x00"
PAGE_SIZES = (4096, 512, 1024, 2048, 8192, 16384, 32768, 65536)
MAX_STEP = 1 << 62  # probing for the next readable rowid gives up beyond this distance
BATCH = 512  # rows per read; a read that fails is halved down to single rows
RECOVERED_KIND = "journal.recovered"
LOST_KIND = "journal.lost"
RANGES_KEPT = 50  # unreadable ranges listed per table in the journal.recovered event


class RecoverError(Exception):
    """Recovery cannot start or go on; the message says why and what to do."""


@dataclass(frozen=True)
class Spec:
    """How rows of one table are told apart and what the live journal gives them anew."""

    key: tuple[str, ...] = ()  # a unique key; empty: same contents (every column not dropped)
    drop: tuple[str, ...] = ()  # columns the live journal assigns (rowid alias, audit chain)
    parent: tuple[str, str, str] | None = None  # (column, table, column) the row needs
    dense: bool = False  # ids are given 1, 2, 3... and never deleted: a gap is a lost row


# Every table that holds records, in the order they are inserted (parents first). The seal
# tables are not copied (the rows are sealed anew in the live chain); the old chain is read
# to authenticate what was salvaged.
SPECS: dict[str, Spec] = {
    "vehicles": Spec(key=("plate",)),
    "packs": Spec(key=("code",)),
    "pack_health": Spec(drop=("id",), parent=("pack_code", "packs", "code"), dense=True),
    "charging_sessions": Spec(key=("id",)),
    "telemetry": Spec(drop=("id",)),
    "telemetry_1m": Spec(key=("pack_code", "bucket_epoch")),
    "telemetry_1h": Spec(key=("pack_code", "bucket_epoch")),
    "alarms": Spec(key=("id",)),
    "alarm_transitions": Spec(drop=("id",), parent=("alarm_id", "alarms", "id"), dense=True),
    "events": Spec(key=("uuid",), drop=("id",), dense=True),
    "outbox": Spec(key=("event_id",), dense=True),
    "swaps": Spec(key=("id",)),
    "audit": Spec(drop=("id", "prev_hash", "hash"), dense=True),
    "station": Spec(key=("key",)),
}
# tables matched by contents that have no index to look a row up with
UNINDEXED = frozenset({"alarm_transitions", "audit"})
# station keys that describe the file they are in (its numbering, seal, audit head, how far
# its retention rolled telemetry up), never copied into another one
STATION_OWN = frozenset({"seq_floor", "sealed", "audit_head", "rollup_1m_until",
                         "rollup_1h_until", "held_through", "archiving"})
# not salvaged: the archive (storage/archive.py) holds rows the fleet already holds, under
# the old file's seal chain, which is not copied


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# --- reading the damaged copy ------------------------------------------------------------------


@dataclass
class TableRead:
    """What one table of the damaged file gave."""

    name: str
    columns: list[str]
    rows: list[tuple] = field(default_factory=list)  # (rowid or None, *columns)
    unreadable: list[list[Any]] = field(default_factory=list)  # [first, last]; None: open end
    lost: int = 0  # rows estimated to be in the unreadable ranges
    error: str | None = None  # not readable at all, and why
    authentic: int | None = None  # rows the old seal confirms (None: not checked)

    def records(self) -> Iterator[tuple[int | None, dict[str, Any]]]:
        for row in self.rows:
            yield row[0], dict(zip(self.columns, row[1:], strict=True))


@dataclass
class Salvage:
    """Everything read from one damaged file."""

    source: Path
    tables: dict[str, TableRead] = field(default_factory=dict)
    header_rebuilt: int | None = None  # the page size used, when the header was rebuilt
    problem: str | None = None  # why nothing could be read
    seq_floor: int | None = None  # the damaged file's own seq_floor, when readable
    max_seq: int | None = None  # its highest event number (from the seq index)
    lost_seqs: list[int] = field(default_factory=list)  # event numbers it held, unreadable
    sealed: bool = False  # it has seal links: the station seals its journal

    @property
    def total(self) -> int:
        return sum(len(t.rows) for t in self.tables.values())


def _header_ok(head: bytes) -> bool:
    if len(head) < 100 or head[:16] != MAGIC:
        return False
    size = int.from_bytes(head[16:18], "big")
    size = 65536 if size == 1 else size
    return size >= 512 and size & (size - 1) == 0 and head[21:24] == b"\x40\x20\x20"


def _fresh_header(workdir: Path) -> bytes:
    """The first 100 bytes of an empty database made with the journal's pragmas."""
    path = workdir / "fresh.sqlite"
    db = connect(path)
    db.execute("CREATE TABLE t (x)")
    db.conn.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path.read_bytes()[:100]


def _wal_page_size(wal: Path) -> int | None:
    try:
        head = wal.read_bytes()[:32]
    except OSError:
        return None
    if len(head) < 32 or head[:4] not in (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83"):
        return None
    size = int.from_bytes(head[8:12], "big")
    return size if size in PAGE_SIZES else None


def _schema(path: Path) -> list[tuple[str, str, str]] | None:
    """(type, name, sql) of every schema entry, or None when the schema cannot be read."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None)
        try:
            rows = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None
    return rows if any(t == "table" and n == "events" for t, n, _ in rows) else None


def _rebuild_header(copy: Path, workdir: Path) -> int | None:
    """Write a valid header over the copy's first 100 bytes; the page size that works."""
    template = bytearray(_fresh_header(workdir))
    data = copy.read_bytes()
    wal = Path(str(copy) + "-wal")
    first = _wal_page_size(wal) if wal.exists() else None
    for size in dict.fromkeys([s for s in (first, *PAGE_SIZES) if s]):
        head = bytearray(template)
        head[16:18] = (1 if size == 65536 else size).to_bytes(2, "big")
        head[28:32] = (-(-len(data) // size)).to_bytes(4, "big")  # page count from the size
        head[32:40] = bytes(8)  # no freelist: its trunk page is unknown
        copy.write_bytes(bytes(head) + data[100:])
        if _schema(copy) is not None:
            return size
    copy.write_bytes(data)
    return None


def _probe(conn: sqlite3.Connection, sql: str, params: list[Any]) -> bool:
    """Whether the first row a query (with LIMIT 1) reaches can be read."""
    try:
        conn.execute(sql, params).fetchall()
    except sqlite3.DatabaseError:
        return False
    return True


def _fetch(conn: sqlite3.Connection, sql: str, params: list[Any]) -> list[tuple] | None:
    """All the rows of a LIMITed query, or None if any could not be read. (Always a LIMIT:
    Python's cursor steps one row ahead, so an unlimited read that fails on a bad page also
    drops the good row before it.)"""
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.DatabaseError:
        return None


def _seek_reads(conn: sqlite3.Connection, sql: str, rowid: int) -> bool:
    """Whether a seek to ``rowid`` reads a row (or the end) that is plausibly real."""
    got = _fetch(conn, sql, [rowid])
    return got is not None and (not got or got[0][0] >= rowid)


def _next_readable(conn: sqlite3.Connection, sql: str, lo: int) -> int | None:
    """The lowest rowid above ``lo`` from which a seek reads (``sql`` takes a rowid and
    has LIMIT 1): exponential steps up, then bisection. None: no seek past ``lo`` works."""
    bad, step = lo, 1
    while not _seek_reads(conn, sql, lo + step):
        bad = lo + step
        step *= 2
        if step > MAX_STEP:
            return None
    good = lo + step
    while good - bad > 1:
        mid = (bad + good) // 2
        if _seek_reads(conn, sql, mid):
            good = mid
        else:
            bad = mid
    return good


def _scan_rowids(conn: sqlite3.Connection, table: str, columns: list[str]
                 ) -> tuple[list[tuple], list[list[Any]]]:
    """Every readable row in rowid order, and the rowid ranges that could not be read.

    Rows are read in batches (rowid >= start, LIMIT n); a batch that raises is halved until
    single rows, so the rows before a bad page are all kept; past it, the next readable
    rowid is searched for."""
    cols = ", ".join(_q(c) for c in columns)
    base = f"SELECT rowid, {cols} FROM {_q(table)} NOT INDEXED WHERE rowid >= ? ORDER BY rowid"
    rows: list[tuple] = []
    bad: list[list[Any]] = []
    start, size = 1, BATCH
    while True:
        got = _fetch(conn, base + " LIMIT ?", [start, size])
        ids = [r[0] for r in got or ()]
        if got is not None and ids and (ids[0] < start or ids != sorted(set(ids))):
            got = None  # a garbage page decoded as rows: out of order
        if got is None:
            if size > 1:
                size //= 2
                continue
            nxt = _next_readable(conn, base + " LIMIT 1", start)
            bad.append([start, None if nxt is None else nxt - 1])
            if nxt is None:
                return rows, bad
            start = nxt
            continue
        rows.extend(got)
        if len(got) < size:
            return rows, bad
        start = ids[-1] + 1
        size = min(size * 2, BATCH)


def _index_values(conn: sqlite3.Connection, table: str, exprs: str, order: str) -> set[tuple]:
    """What one index of ``table`` holds (``exprs`` of each entry), read from both ends."""
    found: set[tuple] = set()
    for direction in ("", " DESC"):
        sql = f"SELECT {exprs} FROM {_q(table)} {order.format(direction)}"
        try:
            for row in conn.execute(sql):
                found.add(tuple(row))
        except sqlite3.DatabaseError:
            pass
    return found


def _indexes(conn: sqlite3.Connection, table: str) -> list[tuple[str, list[str]]]:
    """(name, columns) of the table's full (not partial) secondary indexes."""
    out = []
    try:
        for _, name, _, origin, partial in conn.execute(f"PRAGMA index_list({_q(table)})"):
            if partial or (origin == "pk" and _without_rowid(conn, table)):
                continue
            cols = [r[2] for r in conn.execute(f"PRAGMA index_info({_q(name)})")]
            if cols and all(cols):
                out.append((name, cols))
    except sqlite3.DatabaseError:
        return []
    return out


def _without_rowid(conn: sqlite3.Connection, table: str) -> bool:
    row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                       [table]).fetchone()
    return bool(row and re.search(r"\)\s*WITHOUT\s+ROWID\s*;?\s*$", row[0] or "", re.I))


def _known_rowids(conn: sqlite3.Connection, table: str) -> set[int]:
    """The rowids the table's indexes say exist (they survive a bad table page)."""
    known: set[int] = set()
    for name, cols in _indexes(conn, table):
        order = (f"INDEXED BY {_q(name)} ORDER BY "
                 + ", ".join(_q(c) + "{0}" for c in cols))
        known |= {r[0] for r in _index_values(conn, table, "rowid", order)}
    return known


def _scan_keyed(conn: sqlite3.Connection, table: str, columns: list[str], key: tuple[str, ...]
                ) -> tuple[list[tuple], list[list[Any]], int]:
    """A WITHOUT ROWID table in key order, in halving batches like ``_scan_rowids``; past a
    bad page, the keys its secondary indexes hold are tried one by one to go on from."""
    cols = ", ".join(_q(c) for c in columns)
    keys = ", ".join(_q(c) for c in key)
    marks = ", ".join("?" * len(key))
    select = f"SELECT NULL, {cols} FROM {_q(table)} NOT INDEXED"
    order = f" ORDER BY {keys} LIMIT ?"
    from_start = select + order
    after = f"{select} WHERE ({keys}) > ({marks}){order}"
    at_or_after = f"{select} WHERE ({keys}) >= ({marks}){order}"
    at = [columns.index(c) + 1 for c in key]
    candidates: list[tuple] | None = None
    rows: list[tuple] = []
    bad: list[list[Any]] = []
    lost = 0
    last: tuple | None = None  # the last key read
    resume: tuple | None = None  # read from here (inclusive) next
    size = BATCH
    while True:
        if resume is not None:
            got = _fetch(conn, at_or_after, [*resume, size])
        elif last is not None:
            got = _fetch(conn, after, [*last, size])
        else:
            got = _fetch(conn, from_start, [size])
        if got is None:
            if size > 1:
                size //= 2
                continue
            if candidates is None:
                found: set[tuple] = set()
                for name, icols in _indexes(conn, table):
                    ordered = f"INDEXED BY {_q(name)} ORDER BY " + ", ".join(
                        _q(c) + "{0}" for c in icols)
                    found |= _index_values(conn, table, keys, ordered)
                candidates = sorted(found)
            floor = resume if resume is not None else last
            resume = None
            for cand in candidates:
                if floor is not None and cand <= floor:
                    continue
                if resume is None and _probe(conn, at_or_after, [*cand, 1]):
                    resume = cand
                    break
                lost += 1
            bad.append([list(floor) if floor else None, list(resume) if resume else None])
            if resume is None:
                return rows, bad, lost
            continue
        rows.extend(got)
        if got:
            last, resume = tuple(got[-1][i] for i in at), None
        if len(got) < size:
            return rows, bad, lost
        size = min(size * 2, BATCH)


def _read_table(conn: sqlite3.Connection, name: str, evidence: set[int] = frozenset()
                ) -> TableRead:
    """One table; ``evidence``: rowids known to exist from elsewhere (the old seal)."""
    try:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({_q(name)})")]
    except sqlite3.DatabaseError as exc:
        return TableRead(name, [], error=str(exc))
    read = TableRead(name, columns)
    spec = SPECS.get(name, Spec())
    if _without_rowid(conn, name):
        read.rows, read.unreadable, read.lost = _scan_keyed(conn, name, columns, spec.key)
        return read
    read.rows, read.unreadable = _scan_rowids(conn, name, columns)
    if read.unreadable:
        known = _known_rowids(conn, name) | set(evidence)
        top = max([r[0] for r in read.rows] + list(known), default=0)
        lost: set[int] = set()
        for lo, hi in read.unreadable:
            end = top if hi is None else hi
            inside = {r for r in known if lo <= r <= end}
            if spec.dense and end - lo < 1_000_000:
                inside |= set(range(lo, end + 1))
            lost |= inside
        read.lost = len(lost)
    return read


def _authenticate(links: list[tuple], tables: dict[str, TableRead], key: bytes) -> None:
    """Count the salvaged rows the damaged file's own seal vouches for: every link whose
    predecessor was read can be checked with the key, and it names the row's digest."""
    by_id = {r[0]: r for r in links}
    good: set[tuple[str, int, str]] = set()
    for lid, _, tbl, rowid, digest, mac in links:
        prev = START if lid == 1 else (by_id[lid - 1][5] if lid - 1 in by_id else None)
        if prev is not None and link_mac(key, prev, tbl, rowid, digest) == mac:
            good.add((tbl, rowid, digest))
    for name in SEALED:
        read = tables.get(name)
        if read is None:
            continue
        read.authentic = sum(
            1 for row in read.rows
            if (name, row[0], hashlib.sha256(json.dumps(list(row[1:]), default=str, separators=(
                ",", ":")).encode()).hexdigest()) in good)


def _copy(source: Path, workdir: Path) -> Path:
    """Copy the file (and its -wal) to ``workdir``: nothing after this reads the original."""
    copy = workdir / "journal.sqlite"
    shutil.copyfile(source, copy)
    wal = Path(str(source) + "-wal")
    if wal.exists():
        shutil.copyfile(wal, Path(str(copy) + "-wal"))
    return copy


def _fit_page_count(copy: Path) -> bool:
    """A truncated file: SQLite refuses a header that counts more pages than the file has,
    so the copy's count is set from its size. True if it was changed."""
    with open(copy, "r+b") as f:
        head = f.read(100)
        size = int.from_bytes(head[16:18], "big")
        size = 65536 if size == 1 else size
        pages = -(-copy.stat().st_size // size)
        if int.from_bytes(head[28:32], "big") <= pages:
            return False
        f.seek(28)
        f.write(pages.to_bytes(4, "big"))
    return True


@contextmanager
def _opened_copy(source: Path) -> Iterator[tuple[sqlite3.Connection | None, int | None, str]]:
    """A connection to a readable copy of ``source`` (None if none could be made), the page
    size if its header was rebuilt, and what was wrong."""
    with tempfile.TemporaryDirectory(prefix="journal-recover-") as tmp:
        workdir = Path(tmp)
        copy = _copy(source, workdir)
        rebuilt = None
        problem = ""
        with open(copy, "rb") as f:
            head = f.read(100)
        if _header_ok(head):
            _fit_page_count(copy)
        if not _header_ok(head) or _schema(copy) is None:
            rebuilt = _rebuild_header(copy, workdir)
            if rebuilt is None:
                problem = ("neither its header nor its schema could be read with any page "
                           "size: nothing can be salvaged from it")
        conn = None
        if not problem:
            conn = sqlite3.connect(str(copy), isolation_level=None)
            conn.execute("PRAGMA cell_size_check = ON")
            conn.execute("PRAGMA query_only = ON")
        try:
            yield conn, rebuilt, problem
        finally:
            if conn is not None:
                conn.close()


def salvage(source: Path, key: bytes | None = None) -> Salvage:
    """Read every record table of a damaged journal file, without writing to it."""
    result = Salvage(source)
    with _opened_copy(source) as (conn, rebuilt, problem):
        result.header_rebuilt = rebuilt
        if conn is None:
            result.problem = problem
            return result
        present = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        # the old seal names every sealed row it linked: evidence of what existed
        links = _scan_rowids(conn, "seal", ["id", "tbl", "row_id", "digest", "mac"])[0] \
            if "seal" in present else []
        result.sealed = bool(links)
        evidence: dict[str, set[int]] = {}
        for _, _, tbl, rowid, _, _ in links:
            evidence.setdefault(tbl, set()).add(rowid)
        if "station" in present:
            result.tables["station"] = _read_table(conn, "station")
        station = dict(r[1:] for r in result.tables["station"].rows) \
            if "station" in result.tables else {}
        try:
            # the file's numbers began after its seq_floor; a file whose station table reads
            # and has none began at 1 (numbers lost before the first readable one count
            # too); without its station table, from the first readable one
            result.seq_floor = (int(station["seq_floor"]) if "seq_floor" in station
                                else 0 if station else None)
            count = int(json.loads(station["audit_head"])["count"]) \
                if "audit_head" in station else 0
        except (ValueError, TypeError, KeyError):
            count = 0
        evidence.setdefault("audit", set()).update(range(1, min(count, 10_000_000) + 1))
        for name in SPECS:
            if name in present and name != "station":
                result.tables[name] = _read_table(conn, name, evidence.get(name, set()))
        try:
            result.max_seq = conn.execute("SELECT max(seq) FROM events").fetchone()[0]
        except sqlite3.DatabaseError:
            result.max_seq = None
        if key is not None:
            _authenticate(links, result.tables, key)
    events = result.tables.get("events")
    seqs = {rec["seq"] for _, rec in events.records()} if events else set()
    seqs = {s for s in seqs if isinstance(s, int)}
    if seqs or result.max_seq:
        floor = result.seq_floor if result.seq_floor is not None else min(seqs, default=1) - 1
        top = max([*seqs, result.max_seq or 0])
        result.lost_seqs = [s for s in range(floor + 1, top + 1) if s not in seqs]
        if events is not None:
            events.lost = max(events.lost, len(result.lost_seqs))
    result.tables = {n: result.tables[n] for n in SPECS if n in result.tables}
    if not result.total:
        result.problem = "no row of any table could be read"
    return result


def last_readable_seq(path: Path) -> int:
    """The highest event number a damaged file still shows, its header rebuilt if need be
    (for ``open_journal``: its own plain read gives 0 when the header is gone)."""
    with _opened_copy(path) as (conn, _, _):
        if conn is None:
            return 0
        try:
            return int(conn.execute("SELECT max(seq) FROM events").fetchone()[0] or 0)
        except (sqlite3.DatabaseError, TypeError, ValueError):
            pass
        try:
            rows, _ = _scan_rowids(conn, "events", ["seq"])
        except sqlite3.DatabaseError:
            return 0
        return max((r[1] for r in rows if isinstance(r[1], int)), default=0)


# --- writing into the live journal -------------------------------------------------------------


@dataclass
class TableResult:
    salvaged: int = 0
    inserted: int = 0  # salvaged rows written into the live journal
    added: int = 0  # rows recovery wrote itself: journal.lost stand-ins, outbox rows queued
    present: int = 0
    skipped: int = 0  # rows whose parent is in neither file, or that the schema refuses
    lost: int = 0
    unreadable: list[list[Any]] = field(default_factory=list)
    authentic: int | None = None
    rowids: list[int] | None = None  # [first, last] live rowids of the inserted rows
    error: str | None = None


@dataclass
class RecoverReport:
    source: Path
    live: Path
    tables: dict[str, TableResult] = field(default_factory=dict)
    header_rebuilt: int | None = None
    problem: str | None = None
    opened: OpenReport | None = None
    event_seq: int | None = None  # the journal.recovered event
    kept_seqs: list[list[int]] = field(default_factory=list)
    renumbered: list[list[int]] = field(default_factory=list)  # [old first, old last, new first]
    lost_seqs: list[list[int]] = field(default_factory=list)  # given a journal.lost event
    requeued: int = 0  # recovered events whose outbox row was lost: queued again

    @property
    def salvaged(self) -> int:
        return sum(t.salvaged for t in self.tables.values())

    @property
    def inserted(self) -> int:
        return sum(t.inserted for t in self.tables.values())

    @property
    def added(self) -> int:
        return sum(t.added for t in self.tables.values())

    @property
    def lost(self) -> int:
        return sum(t.lost for t in self.tables.values())


def _runs(numbers: list[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for n in sorted(numbers):
        if out and n == out[-1][1] + 1:
            out[-1][1] = n
        else:
            out.append([n, n])
    return out


class _Merger:
    """Inserts one salvage into the live journal, table by table."""

    def __init__(self, journal: Journal, salvage: Salvage) -> None:
        self.db = journal.db
        self.sealer = journal.sealer  # the live chain's: what is inserted is sealed into it
        self.clock = journal.clock
        self.salvage = salvage
        self.name = salvage.source.name
        self.event_ids: dict[int, int] = {}  # old events.id -> live events.id
        self.seqs: dict[int, int] = {}  # old seq -> live seq
        self.numbering_kept: tuple[int, int] | None = None  # (floor, top) kept as it was
        self.floor_live = 0  # the live seq_floor before recovery
        self.live_seqs: set[int] = set()  # the live event numbers before recovery
        self.new_events: list[int] = []  # live ids of the events inserted
        self.report: RecoverReport | None = None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        conn = self.db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            conn.rollback()
            if self.sealer is not None:
                self.sealer.forget()
            raise
        conn.commit()

    def live_columns(self, table: str) -> list[str]:
        return [r[1] for r in self.db.execute(f"PRAGMA table_info({_q(table)})")]

    def insert(self, table: str, values: dict[str, Any], res: TableResult,
               added: bool = False) -> int | None:
        names = list(values)
        try:
            cur = self.db.execute(
                f"INSERT INTO {_q(table)} ({', '.join(map(_q, names))}) VALUES "
                f"({', '.join('?' * len(names))})", [values[n] for n in names])
        except sqlite3.IntegrityError:
            res.skipped += 1  # garbage that decoded as a row the schema refuses
            return None
        rowid = cur.lastrowid
        if added:
            res.added += 1
        else:
            res.inserted += 1
        if table in SEALED and self.sealer is not None:
            self.sealer.seal(self.db, table, rowid)
        if table not in ("telemetry_1m", "telemetry_1h"):
            res.rowids = [res.rowids[0] if res.rowids else rowid, rowid]
        return rowid

    def present_by_key(self, table: str, key: tuple[str, ...], rec: dict[str, Any]) -> bool:
        where = " AND ".join(f"{_q(k)} = ?" for k in key)
        return self.db.execute(f"SELECT 1 FROM {_q(table)} WHERE {where}",
                               [rec[k] for k in key]).fetchone() is not None

    def same_rows(self, table: str, rec: dict[str, Any]) -> int:
        """How many live rows have these contents (an indexed lookup: telemetry, health)."""
        where = " AND ".join(f"{_q(k)} IS ?" for k in rec)
        return self.db.execute(f"SELECT count(*) FROM {_q(table)} WHERE {where}",
                               list(rec.values())).fetchone()[0]

    def live_contents(self, table: str, cols: list[str]) -> Counter[tuple]:
        """Every live row's contents, counted: one scan, for tables without an index."""
        return Counter(self.db.execute(
            f"SELECT {', '.join(map(_q, cols))} FROM {_q(table)}").fetchall())

    def has_parent(self, spec: Spec, rec: dict[str, Any]) -> bool:
        if spec.parent is None:
            return True
        col, table, pcol = spec.parent
        return self.db.execute(f"SELECT 1 FROM {_q(table)} WHERE {_q(pcol)} = ?",
                               [rec.get(col)]).fetchone() is not None

    # --- per table ------------------------------------------------------------------------

    def merge_table(self, name: str, read: TableRead, res: TableResult) -> None:
        spec = SPECS[name]
        live = self.live_columns(name)
        cols = [c for c in read.columns if c in live and c not in spec.drop]
        if name == "events":
            self.merge_events(read, cols, res)
        elif name == "outbox":
            self.merge_outbox(read, res)
        elif name == "audit":
            self.merge_audit(read, cols, res)
        elif spec.key:
            for _, rec in read.records():
                row = {c: rec[c] for c in cols}
                if name == "station" and row.get("key") in STATION_OWN:
                    res.skipped += 1  # it describes the damaged file, not a record
                    continue
                if self.present_by_key(name, spec.key, row):
                    res.present += 1
                elif not self.has_parent(spec, row):
                    res.skipped += 1
                else:
                    if name == "swaps" and row.get("event_seq") is not None:
                        row["event_seq"] = self.live_seq(row["event_seq"])
                    self.insert(name, row, res)
        else:
            self.merge_by_contents(name, read, cols, spec, res)

    def merge_by_contents(self, name: str, read: TableRead, cols: list[str], spec: Spec,
                          res: TableResult) -> None:
        """Rows with surrogate ids: the live file has a row when it has one with the same
        contents (as many copies as the damaged file had, no more)."""
        wanted: Counter[tuple] = Counter()
        order: list[tuple] = []
        for _, rec in read.records():
            row = tuple(rec[c] for c in cols)
            if not wanted[row]:
                order.append(row)
            wanted[row] += 1
        scanned = self.live_contents(name, cols) if name in UNINDEXED else None
        for row in order:
            rec = dict(zip(cols, row, strict=True))
            have = scanned[row] if scanned is not None else self.same_rows(name, rec)
            res.present += min(have, wanted[row])
            for _ in range(wanted[row] - have):
                if self.has_parent(spec, rec):
                    self.insert(name, rec, res)
                else:
                    res.skipped += 1

    def live_seq(self, old: int) -> int | None:
        """The live number of what the damaged file numbered ``old`` (None: unknown)."""
        if old in self.seqs:
            return self.seqs[old]
        if self.numbering_kept and self.numbering_kept[0] < old <= self.numbering_kept[1]:
            return old
        if old <= self.floor_live and old not in self.live_seqs:
            return old  # still the set-aside file's number, reserved below the live ones
        return None

    def merge_events(self, read: TableRead, cols: list[str], res: TableResult) -> None:
        db = self.db
        live_seqs = {r[0] for r in db.execute("SELECT seq FROM events")}
        row = db.execute("SELECT value FROM station WHERE key = 'seq_floor'").fetchone()
        floor_live = int(row[0]) if row else 0
        self.floor_live, self.live_seqs = floor_live, set(live_seqs)
        lowest = min(live_seqs, default=None)
        new: list[tuple[int, dict[str, Any]]] = []
        for old_id, rec in read.records():
            hit = db.execute("SELECT id, seq FROM events WHERE uuid = ?",
                             [rec["uuid"]]).fetchone()
            if hit:
                res.present += 1
                self.event_ids[old_id] = hit[0]
                self.seqs[rec["seq"]] = hit[1]
            else:
                new.append((old_id, rec))
        # keep the old numbers when they all fit below the live ones, the damaged file's
        # unreadable numbers each getting a journal.lost event so the sequence stays whole
        taken: set[int] = set()
        kept = []
        for old_id, rec in new:
            s = rec["seq"]
            if (isinstance(s, int) and s not in live_seqs and s not in taken
                    and (lowest is None or s < lowest)):
                kept.append((old_id, rec))
                taken.add(s)
        old_top = max([*taken, self.salvage.max_seq or 0]) if taken else 0
        bound = lowest - 1 if lowest is not None else floor_live
        tombstones: list[int] = []
        new_floor = None
        if kept and old_top >= bound:
            floor = self.salvage.seq_floor
            new_floor = min(floor if floor is not None else min(taken) - 1, min(taken) - 1)
            top = lowest - 1 if lowest is not None else old_top
            tombstones = [s for s in range(new_floor + 1, top + 1)
                          if s not in taken and s not in live_seqs]
            self.numbering_kept = (new_floor, top)
        else:
            kept, taken = [], set()
        kept_ids = {old_id for old_id, _ in kept}
        later = [(old_id, rec) for old_id, rec in new if old_id not in kept_ids]
        next_seq = max([*live_seqs, *taken, *tombstones, floor_live], default=0) + 1
        renumbered: list[tuple[int, int]] = []
        by_seq = {rec["seq"]: rec["ts"] for _, rec in read.records()
                  if isinstance(rec["seq"], int)}
        known = sorted(by_seq)
        with self.transaction():
            plan: list[tuple[int, int | None, dict[str, Any] | None]] = [
                (rec["seq"], old_id, rec) for old_id, rec in kept]
            plan += [(s, None, None) for s in tombstones]
            plan.sort(key=lambda p: p[0])
            for old_id, rec in later:
                plan.append((next_seq, old_id, rec))
                renumbered.append((rec["seq"], next_seq))
                next_seq += 1
            for seq, old_id, rec in plan:
                if rec is None:
                    values = self.tombstone(seq, by_seq, known)
                else:
                    values = {c: rec[c] for c in cols}
                    values["seq"] = seq
                rowid = self.insert("events", values, res, added=rec is None)
                if rec is not None and rowid is not None:
                    self.event_ids[old_id] = rowid
                    self.seqs[rec["seq"]] = seq
                    self.new_events.append(rowid)
            if new_floor is not None and new_floor != floor_live:
                if new_floor:
                    db.execute("INSERT OR REPLACE INTO station (key, value) VALUES "
                               "('seq_floor', ?)", [str(new_floor)])
                else:
                    db.execute("DELETE FROM station WHERE key = 'seq_floor'")
        assert self.report is not None
        self.report.kept_seqs = _runs(list(taken))
        self.report.lost_seqs = _runs(tombstones)
        runs: list[list[int]] = []
        for old, now in renumbered:
            if runs and isinstance(old, int) and old == runs[-1][1] + 1 \
                    and now == runs[-1][2] + (old - runs[-1][0]):
                runs[-1][1] = old
            else:
                runs.append([old, old, now])
        self.report.renumbered = runs

    def tombstone(self, seq: int, by_seq: dict[int, str], known: list[int]) -> dict[str, Any]:
        """The journal.lost event that stands for an unreadable number, timed like the last
        event read before it (between that one and the next read)."""
        at = bisect.bisect_left(known, seq)
        ts_before = by_seq[known[at - 1]] if at > 0 else None
        ts_after = by_seq[known[at]] if at < len(known) else None
        payload = {"seq": seq, "file": self.name, "after": ts_before, "before": ts_after,
                   "reason": "unreadable in the damaged journal file"}
        return {"uuid": str(uuid.uuid4()), "seq": seq,
                "ts": ts_before or ts_after or iso(self.clock()), "kind": LOST_KIND,
                "payload": json.dumps(payload, separators=(",", ":")), "offline": 0}

    def merge_outbox(self, read: TableRead, res: TableResult) -> None:
        """Outbox rows follow their event's new id; a recovered event whose outbox row was
        lost is queued again (whether the backend had it is unknown; it has the uuid)."""
        queued = set()
        live = self.live_columns("outbox")
        with self.transaction():
            for _, rec in read.records():
                live_id = self.event_ids.get(rec["event_id"])
                if live_id is None:
                    res.skipped += 1  # its event is lost
                    continue
                queued.add(live_id)
                if self.db.execute("SELECT 1 FROM outbox WHERE event_id = ?",
                                   [live_id]).fetchone():
                    res.present += 1
                    continue
                self.insert("outbox", {**{c: v for c, v in rec.items() if c in live},
                                       "event_id": live_id}, res)
            assert self.report is not None
            for live_id in self.new_events:
                if live_id in queued or self.db.execute(
                        "SELECT 1 FROM outbox WHERE event_id = ?", [live_id]).fetchone():
                    continue
                if self.insert("outbox", {"event_id": live_id,
                                          "queued_at": iso(self.clock())}, res, added=True):
                    self.report.requeued += 1

    def merge_audit(self, read: TableRead, cols: list[str], res: TableResult) -> None:
        """Audit rows are chained onto the live chain in their old order (their contents as
        they were; prev_hash and hash are the live chain's)."""
        db = self.db
        with self.transaction():
            wanted: Counter[tuple] = Counter()
            rows = []
            for _, rec in read.records():
                row = tuple(rec[c] for c in cols)
                wanted[row] += 1
                rows.append(row)
            scanned = self.live_contents("audit", cols)
            have = {row: scanned[row] for row in wanted}
            head = db.execute("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
            prev = head[0] if head else GENESIS
            added = 0
            for row in rows:
                if have[row] > 0:
                    have[row] -= 1
                    res.present += 1
                    continue
                rec = dict(zip(cols, row, strict=True))
                fields = [rec.get(c) for c in ("ts", "actor", "role", "action", "detail")]
                if any(not isinstance(v, str) for v in fields):
                    res.skipped += 1
                    continue
                digest = audit_hash(prev, *fields)
                if self.insert("audit", {**rec, "prev_hash": prev, "hash": digest}, res):
                    prev = digest
                    added += 1
            if added:
                kept = db.execute("SELECT value FROM station WHERE key = 'audit_head'").fetchone()
                count = (json.loads(kept[0])["count"] + added if kept else
                         db.execute("SELECT count(*) FROM audit").fetchone()[0])
                db.execute("INSERT OR REPLACE INTO station (key, value) VALUES ('audit_head', ?)",
                           [json.dumps({"hash": prev, "count": count})])


def _sealed(live: Path) -> bool:
    """Whether the live journal is sealed, read without opening it for writing."""
    if not live.exists():
        return False
    try:
        db = connect(live, readonly=True)
        try:
            return is_sealed(db)
        finally:
            db.close()
    except sqlite3.DatabaseError:
        return False


def recover(source: Path, data_dir: Path, key: bytes | None = None,
            clock: Callable[[], float] = time.time) -> RecoverReport:
    """Salvage ``source`` into the live journal of ``data_dir`` (the caller holds its lock)."""
    live = data_dir / DB_NAME
    if live.exists() and source.exists() and os.path.samefile(source, live):
        raise RecoverError(f"{source} is the live journal itself: recover reads a file that "
                           "was set aside")
    found = salvage(source, key)
    if key is None and (found.sealed or _sealed(live)):
        raise RecoverError(
            "this station seals its journal, and no station key was found: give it with "
            "--key-file (the console's journal.key), or the recovered rows would fail the "
            "tamper check. Nothing was changed")
    db, opened = open_journal(data_dir)
    report = RecoverReport(source, opened.path, header_rebuilt=found.header_rebuilt,
                           problem=found.problem, opened=opened)
    try:
        if key is None and is_sealed(db):
            raise RecoverError(
                "this station seals its journal, and no station key was found: give it with "
                "--key-file (the console's journal.key)")
        merger = _Merger(Journal(db, clock, key), found)
        merger.report = report
        for name in SPECS:
            read = found.tables.get(name)
            if read is None:
                continue
            res = TableResult(salvaged=len(read.rows), lost=read.lost,
                              unreadable=read.unreadable, authentic=read.authentic,
                              error=read.error)
            report.tables[name] = res
            if name in ("events", "outbox", "audit"):
                merger.merge_table(name, read, res)  # they make their own transaction
            else:
                with merger.transaction():
                    merger.merge_table(name, read, res)
        if report.inserted or report.added:
            payload = {
                "file": str(source), "rows_lost_estimate": report.lost,
                "header_rebuilt": report.header_rebuilt,
                "tables": {n: {"salvaged": t.salvaged, "inserted": t.inserted,
                               "added": t.added, "present": t.present,
                               "skipped": t.skipped, "lost": t.lost,
                               "rowids": t.rowids, "authentic": t.authentic,
                               "unreadable": t.unreadable[:RANGES_KEPT]}
                           for n, t in report.tables.items()},
                "events": {"kept_seq": report.kept_seqs, "renumbered": report.renumbered,
                           "lost_seq": report.lost_seqs, "requeued": report.requeued},
            }
            report.event_seq = Journal(db, clock, key).append_event(RECOVERED_KIND,
                                                                    payload).seq
    finally:
        db.close()
    return report


def summary(report: RecoverReport) -> list[str]:
    """The technician's table: per table what was read, inserted, already there, lost."""
    lines = [f"recover {report.source} -> {report.live}"]
    if report.opened is not None and report.opened.message:
        lines.append(report.opened.message)
    if report.header_rebuilt:
        lines.append(f"its header was unreadable: rebuilt (page size {report.header_rebuilt})")
    if report.problem and not report.salvaged:
        lines.append(f"nothing recovered: {report.problem}")
        return lines
    lines.append(f"{'table':<18}{'salvaged':>9}{'inserted':>9}{'present':>8}{'skipped':>8}"
                 f"{'lost':>7}  unreadable rowids")
    for name, t in report.tables.items():
        ranges = ", ".join(_range_text(r) for r in t.unreadable[:6])
        if len(t.unreadable) > 6:
            ranges += f", ... ({len(t.unreadable)} ranges)"
        if t.error:
            ranges = f"unreadable: {t.error}"
        # unreadable to the end of the table: how many rows were there is not known
        lost = f"{t.lost}+" if any(r[1] is None for r in t.unreadable) else str(t.lost)
        lines.append(f"{name:<18}{t.salvaged:>9}{t.inserted:>9}{t.present:>8}{t.skipped:>8}"
                     f"{lost:>7}  {ranges or '-'}")
    checked = {n: t.authentic for n, t in report.tables.items()
               if t.authentic is not None and t.salvaged}
    if checked:
        lines.append("confirmed by the damaged file's own seal: " + ", ".join(
            f"{n} {a}/{report.tables[n].salvaged}" for n, a in checked.items()))
    if report.kept_seqs:
        lines.append("events kept their numbers " + _runs_text(report.kept_seqs))
    if report.lost_seqs:
        lines.append(f"event numbers lost in the damaged file (a {LOST_KIND} event each): "
                     + _runs_text(report.lost_seqs))
    if report.renumbered:
        lines.append("events numbered on after the live ones (old -> new): " + ", ".join(
            f"{a}-{b} -> {c}" if a != b else f"{a} -> {c}" for a, b, c in report.renumbered[:6]))
    if report.requeued:
        lines.append(f"{report.requeued} recovered events had lost their outbox row: queued "
                     "again")
    if report.event_seq is not None:
        lines.append(f"result: {report.inserted} rows recovered (about {report.lost} lost); "
                     f"event {report.event_seq} ({RECOVERED_KIND}) records it")
    else:
        lines.append(f"result: nothing new, every salvaged row ({report.salvaged}) is already "
                     "in the live journal")
    return lines


def _range_text(r: list[Any]) -> str:
    lo, hi = r
    if isinstance(lo, int) or (lo is None and isinstance(hi, int)):
        return f"{lo}-{'end' if hi is None else hi}"
    return f"after {lo or 'start'} before {hi or 'end'}"


def _runs_text(runs: list[list[int]]) -> str:
    text = ", ".join(f"{a}-{b}" if a != b else f"{a}" for a, b in runs[:8])
    return text + (f", ... ({len(runs)} runs)" if len(runs) > 8 else "")
