"""Writing the station journal: one connection, one thread, nothing lost.

``Journal`` is the write API over one connection; it must be used by the thread
that made it. ``JournalWriter`` is that thread: it owns the connection, commits
events, swaps, alarms and audit rows at once (``synchronous=FULL``), batches
telemetry, and when the disk is full keeps what it could not write in memory
(telemetry first to go, up to a bound) and retries until space returns.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import queue
import sqlite3
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlite_utils import Database

from operator_app.domain.capacity import REST_MIN_S, ROLLING_N, pack_capacity, rated_ah
from operator_app.storage.archive import HELD_KEY, archive_held, held_through, sent_through
from operator_app.storage.db import (
    RESERVE_BYTES,
    SEQ_STEP,
    WAL_CHECKPOINT_PAGES,
    Reserve,
    connect,
    note_seq,
)
from operator_app.storage.retention import relieve_pressure, run_retention
from operator_app.storage.seal import Sealer

log = logging.getLogger(__name__)
P = ParamSpec("P")
R = TypeVar("R")

GENESIS = "0" * 64
DEFAULT_RECORDS_DAYS = 90.0  # records the fleet holds stay rows this long, then archived
CONTROL_OPS = frozenset({"relieve_pressure"})  # set_max_bytes is served on its own (_serve)
# Reads need no space: they never wait behind records held for a full disk.
READ_OPS = frozenset({"vehicles", "running_swap", "swaps_since"})
SPILL_GLOB = "journal-spill-*.jsonl"
RECORD_PREFIX = "record."  # an outbox event that carries a record for the fleet
# columns holding JSON text: decoded in a record's body
JSON_COLUMNS = {"swaps": ("packs_out", "packs_in", "steps", "rack_before"),
                "charging_sessions": ("flags", "inputs"), "packs": ("flags",),
                "audit": ("detail",)}


def iso(ts: float) -> str:
    """UTC ISO-8601 with milliseconds, the journal's text time format."""
    return dt.datetime.fromtimestamp(ts, dt.UTC).isoformat(timespec="milliseconds")


def audit_hash(prev: str, ts: str, actor: str, role: str, action: str, detail: str) -> str:
    text = "\x1f".join((prev, ts, actor, role, action, detail))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class EventRef:
    seq: int
    uuid: str


TELEMETRY_COLUMNS = ("pack_code", "slot", "ts_epoch", "soc_pct", "soh_pct", "voltage_v",
                     "current_a", "cell_min_v", "cell_max_v", "temp_min_c", "temp_max_c",
                     "insulation_kohm", "charger_power_kw", "alarm_level")


class Journal:
    """The write API. Every method but ``add_telemetry`` commits before it returns."""

    def __init__(self, db: Database, clock: Callable[[], float] = time.time,
                 key: bytes | None = None) -> None:
        self.db = db
        self.clock = clock
        self.sealer = Sealer(key) if key else None  # tamper evidence, keyed outside the file
        # set by the uploader while the broker is connected: what is written meanwhile is
        # not marked offline (an event, threading.Event, read by the writer's thread)
        self.online: threading.Event = threading.Event()
        row = db.execute("SELECT max(seq) FROM events").fetchone()
        floor = db.execute("SELECT value FROM station WHERE key = 'seq_floor'").fetchone()
        # after a damaged file was set aside, numbering carries on from its last event
        self._next_seq = max(row[0] or 0, int(floor[0]) if floor else 0) + 1

    # --- events and the outbox ----------------------------------------------------------

    def append_event(self, kind: str, payload: dict[str, Any], ts: float | None = None,
                     offline: bool = False, outbox: bool = True) -> EventRef:
        """Append one event and, in the same transaction, its outbox row."""
        with self._numbered():
            return self._event(kind, payload, ts, offline, outbox)

    @contextmanager
    def _numbered(self) -> Iterator[None]:
        """A transaction that may number events: a rolled-back one gives its numbers back,
        so the sequence has no gap that no event ever filled."""
        saved = self._next_seq
        try:
            with self._write():
                yield
        except BaseException:
            self._next_seq = saved
            raise

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One write transaction, begun IMMEDIATE: it takes the write lock first, so a lock
        another process holds is waited for (busy timeout) instead of failing at once when a
        read in the transaction would have to be upgraded; nested ones are savepoints."""
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            conn.commit()  # a COMMIT can fail too (a full disk): rolled back like the rest
        except BaseException:
            if conn.in_transaction:
                conn.rollback()
            if self.sealer is not None:
                self.sealer.forget()  # its links were rolled back with the rows
            raise

    def _seal(self, table: str, rowid: int | None) -> None:
        if self.sealer is not None and rowid is not None:
            self.sealer.seal(self.db, table, rowid)

    def _seal_key(self, table: str, column: str, value: Any) -> None:
        if self.sealer is not None:
            row = self.db.execute(f"SELECT rowid FROM {table} WHERE {column} = ?",
                                  [value]).fetchone()
            self._seal(table, row[0] if row else None)

    def _event(self, kind: str, payload: dict[str, Any], ts: float | None, offline: bool,
               outbox: bool) -> EventRef:
        ref = EventRef(self._next_seq, str(uuid.uuid4()))
        now = self.clock()
        cur = self.db.execute(
            "INSERT INTO events (uuid, seq, ts, kind, payload, offline) VALUES (?,?,?,?,?,?)",
            [ref.uuid, ref.seq, iso(ts if ts is not None else now), kind,
             json.dumps(payload, separators=(",", ":"), default=str),
             int(offline or not self.online.is_set())])
        self._seal("events", cur.lastrowid)
        if outbox:
            out = self.db.execute("INSERT INTO outbox (event_id, queued_at) VALUES (?, ?)",
                                  [cur.lastrowid, iso(now)])
            self._seal("outbox", out.lastrowid)
        self._next_seq += 1
        return ref

    def _record(self, kind: str, table: str, column: str, value: Any) -> EventRef | None:
        """The fleet's copy of one record as it now stands, as an outbox event
        ``record.<kind>`` in the caller's transaction (sync/contract.py describes each kind):
        the row's columns, JSON text decoded."""
        cur = self.db.execute(f"SELECT * FROM {table} WHERE {column} = ?", [value])
        row = cur.fetchone()
        if row is None:
            return None
        body = {d[0]: v for d, v in zip(cur.description, row, strict=True)}
        for name in JSON_COLUMNS.get(table, ()):
            if isinstance(body.get(name), str):
                with suppress(ValueError):  # else kept as the text it is
                    body[name] = json.loads(body[name])
        return self._event(RECORD_PREFIX + kind, body, None, False, True)

    def mark_sent(self, event_ids: list[int], ts: float | None = None,
                  attempts: int = 1) -> int:
        """The broker acknowledged these outbox entries (or the fleet confirmed an export
        holding them): sent, each version sealed. Returns how many were newly marked."""
        if not event_ids:
            return 0
        at = iso(self.clock() if ts is None else ts)
        n = 0
        with self._write():
            for i in range(0, len(event_ids), 500):
                part = event_ids[i:i + 500]
                marks = ",".join("?" * len(part))
                # the rows as stored now (event_id is the rowid): sealed without reading
                # each again
                rows = sorted(self.db.execute(
                    f"UPDATE outbox SET sent_at = ?, attempts = attempts + ? WHERE event_id IN "
                    f"({marks}) AND sent_at IS NULL RETURNING *", [at, attempts, *part]))
                if self.sealer is not None:
                    self.sealer.seal_rows(self.db, "outbox", rows)
                n += len(rows)
            if n:
                self.db.execute("INSERT OR REPLACE INTO station (key, value) VALUES "
                                "('sync_last_success', ?)", [at])
        return n

    def confirm_export(self, uuids: list[str], manifest_sha256: str, detail: dict[str, Any]
                       ) -> int:
        """A bundle read back from the stick holds these records: they are sent, the bundle
        is the head of the export chain, and an event says so. Returns how many were newly
        marked (0 for a bundle confirmed before)."""
        ids: list[int] = []
        for i in range(0, len(uuids), 500):
            part = uuids[i:i + 500]
            ids += [r[0] for r in self.db.execute(
                f"SELECT id FROM events WHERE uuid IN ({','.join('?' * len(part))})", part)]
        with self._numbered():
            n = self.mark_sent(ids)
            self.db.execute("INSERT OR REPLACE INTO station (key, value) VALUES (?, ?)",
                            ["sync_export_head", json.dumps(manifest_sha256)])
            self._event("sync.exported", {"manifest_sha256": manifest_sha256, "marked": n,
                                          **detail}, None, False, True)
            self.hold_sent("export")
        return n

    def hold_sent(self, by: str) -> EventRef | None:
        """The fleet holds every record up to the highest seq below which all are sent (the
        broker acknowledged them, or a confirmed export holds them): from then on they may
        be archived after the window (``confirm_held``). None when that did not move."""
        through = sent_through(self.db)
        old = held_through(self.db)
        # not again for the journal.held event alone (an idle station would write one per
        # call, for ever)
        if through < 1 or (old is not None and int(old["seq"]) + 1 >= through):
            return None
        return self.confirm_held(through, by, {})

    def set_station_value(self, key: str, value: Any) -> None:
        """One of the station's own settings kept in the journal (its id, the export chain's
        head), as JSON; None removes it."""
        with self._write():
            if value is None:
                self.db.execute("DELETE FROM station WHERE key = ?", [key])
            else:
                self.db.execute("INSERT OR REPLACE INTO station (key, value) VALUES (?, ?)",
                                [key, json.dumps(value)])

    # --- telemetry (batched by the writer) ------------------------------------------------

    def add_telemetry(self, rows: list[tuple]) -> None:
        """Insert samples (tuples in TELEMETRY_COLUMNS order) in one transaction."""
        if not rows:
            return
        placeholders = ",".join("?" * len(TELEMETRY_COLUMNS))
        # Telemetry tolerates losing its last batch on a power cut; the records do not.
        # So only telemetry commits with synchronous=NORMAL (no fsync per batch in WAL);
        # every other write keeps FULL.
        self.db.execute("PRAGMA synchronous = NORMAL")
        try:
            with self._write():
                self.db.conn.executemany(
                    f"INSERT INTO telemetry ({','.join(TELEMETRY_COLUMNS)}) "
                    f"VALUES ({placeholders})", rows)
        finally:
            self.db.execute("PRAGMA synchronous = FULL")

    # --- packs, health, charging ----------------------------------------------------------

    def see_pack(self, code: str, ptype: str, capacity_kwh: float | None, cycles: int | None,
                 soh_pct: float | None, ts: float) -> dict[str, Any] | None:
        """Register or refresh a pack. When the BMS's SoH changed on a pack this console has
        measured, its flags are worked out again (a BMS recalibrated may agree now, or no
        longer): returns the pack's measured record then, else None."""
        t = iso(ts)
        with self._numbered():
            old = self.db.execute("SELECT soh_pct, measured_capacity_ah FROM packs WHERE "
                                  "code = ?", [code]).fetchone()
            if old is None:
                self.db.execute(
                    "INSERT INTO packs (code, type, capacity_kwh, first_seen, last_seen, cycles, "
                    "soh_pct) VALUES (?,?,?,?,?,?,?)",
                    [code, ptype, capacity_kwh, t, t, cycles, soh_pct])
                self._record("pack", "packs", "code", code)
                return None
            self.db.execute(
                "UPDATE packs SET last_seen = ?, cycles = coalesce(?, cycles), "
                "soh_pct = coalesce(?, soh_pct) WHERE code = ?", [t, cycles, soh_pct, code])
            if soh_pct is not None and soh_pct != old[0] and old[1] is not None:
                return self._measure_pack(code)
        return None

    def add_pack_health(self, code: str, ts: float, soh_pct: float | None, cycles: int | None,
                        capacity_kwh: float | None, insulation_kohm: float | None,
                        cell_spread_v: float | None, source: str) -> None:
        with self._numbered():
            cur = self.db.execute(
                "INSERT INTO pack_health (pack_code, ts, soh_pct, cycles, capacity_kwh, "
                "insulation_kohm, cell_spread_v, source) VALUES (?,?,?,?,?,?,?,?)",
                [code, iso(ts), soh_pct, cycles, capacity_kwh, insulation_kohm, cell_spread_v,
                 source])
            self._record("pack_health", "pack_health", "id", cur.lastrowid)

    def start_charging(self, session_id: str, code: str, slot: int, ts: float,
                       soc: float | None) -> None:
        with self._numbered():
            self.db.execute(
                "INSERT INTO charging_sessions (id, pack_code, slot, started_at, soc_from_pct, "
                "soc_to_pct) VALUES (?,?,?,?,?,?)", [session_id, code, slot, iso(ts), soc, soc])
            self._record("charging_session", "charging_sessions", "id", session_id)

    def update_charging(self, session_id: str, energy_kwh: float, soc: float | None,
                        peak_temp: float | None, peak_power: float | None,
                        ended: float | None = None, reason: str | None = None) -> None:
        with self._write():
            self.db.execute(
                "UPDATE charging_sessions SET energy_in_kwh = ?, soc_to_pct = coalesce(?, "
                "soc_to_pct), peak_temp_c = max(coalesce(peak_temp_c, -1e9), coalesce(?, -1e9)),"
                " peak_power_kw = max(coalesce(peak_power_kw, 0), coalesce(?, 0)), "
                "ended_at = coalesce(?, ended_at), end_reason = coalesce(?, end_reason) "
                "WHERE id = ?",
                [energy_kwh, soc, peak_temp, peak_power, iso(ended) if ended else None, reason,
                 session_id])

    def finish_charging(self, record: dict[str, Any], ended: float) -> dict[str, Any]:
        """Close a charging session with its measured record (domain/capacity.py's
        ``SessionRecord.to_dict()``): its raw inputs, its quality flags and, for a good one,
        its capacity; add its charge and energy to the pack's lifetime counters; and, after
        a good session, the pack's measured capacity again from its last good sessions.
        Returns the pack's measured record (``PackCapacity`` fields)."""
        code = record["pack_code"]
        with self._numbered():
            self.db.execute(
                "UPDATE charging_sessions SET ended_at = ?, end_reason = ?, energy_in_kwh = ?, "
                "soc_to_pct = coalesce(?, soc_to_pct), peak_temp_c = coalesce(?, peak_temp_c), "
                "method = ?, charge_in_ah = ?, capacity_ah = ?, flags = ?, inputs = ?, "
                "estimator_version = ? WHERE id = ?",
                [iso(ended), record["end_reason"], record["energy_kwh"], record["soc_end_pct"],
                 record["temp_max_c"], record["method"], record["charge_ah"],
                 record["capacity_ah"], json.dumps(record["flags"]),
                 json.dumps(record, separators=(",", ":")), record["estimator_version"],
                 record["session_id"]])
            self.db.execute(
                "UPDATE packs SET charge_throughput_ah = charge_throughput_ah + ?, "
                "energy_throughput_kwh = energy_throughput_kwh + ? WHERE code = ?",
                [record["charge_ah"], record["energy_kwh"], code])
            self._record("charging_session", "charging_sessions", "id", record["session_id"])
            return self._measure_pack(code)

    def note_rest_after(self, session_id: str, seconds: float) -> None:
        """How long the pack rested after its session ended (until it carried current or
        left the slot): the end was a rested point if that was long enough."""
        with self._numbered():
            row = self.db.execute("SELECT inputs FROM charging_sessions WHERE id = ?",
                                  [session_id]).fetchone()
            if row is None or row[0] is None:
                return
            inputs = json.loads(row[0])
            inputs["rest_after_s"] = seconds
            inputs["end_rested"] = seconds >= REST_MIN_S
            self.db.execute("UPDATE charging_sessions SET inputs = ? WHERE id = ?",
                            [json.dumps(inputs, separators=(",", ":")), session_id])
            self._record("charging_session", "charging_sessions", "id", session_id)

    def _measure_pack(self, code: str) -> dict[str, Any]:
        row = self.db.execute("SELECT capacity_kwh, soh_pct, flags FROM packs WHERE code = ?",
                              [code]).fetchone()
        if row is None:
            return {}
        good = [c for (c,) in self.db.execute(
            "SELECT capacity_ah FROM charging_sessions WHERE pack_code = ? AND capacity_ah IS "
            "NOT NULL ORDER BY started_at DESC LIMIT ?", [code, ROLLING_N])][::-1]
        got = pack_capacity(good, rated_ah(row[0]), row[1])
        others = [f for f in json.loads(row[2] or "[]") if f != "BMS_SOH_DISAGREES"]
        flags = sorted({*others, *got.flags})
        self.db.execute(
            "UPDATE packs SET measured_capacity_ah = ?, measured_sessions = ?, "
            "measured_spread_ah = ?, measured_soh_pct = ?, flags = ? WHERE code = ?",
            [got.measured_ah, got.sessions, got.spread_ah, got.measured_soh_pct,
             json.dumps(flags), code])
        self._record("pack", "packs", "code", code)
        return {"code": code, "rated_ah": got.rated_ah, "measured_ah": got.measured_ah,
                "sessions": got.sessions, "spread_ah": got.spread_ah,
                "measured_soh_pct": got.measured_soh_pct, "bms_soh_pct": got.bms_soh_pct,
                "flags": flags}

    def close_open_charging(self, ts: float, reason: str) -> int:
        """End sessions a previous run left open (it stopped without saying so)."""
        with self._numbered():
            ids = [r[0] for r in self.db.execute(
                "UPDATE charging_sessions SET ended_at = ?, end_reason = ?, flags = ? "
                "WHERE ended_at IS NULL RETURNING id", [iso(ts), reason,
                                                       json.dumps(["restart"])])]
            for session_id in ids:
                self._record("charging_session", "charging_sessions", "id", session_id)
        return len(ids)

    # --- swaps, vehicles, alarms --------------------------------------------------------------

    def record_swap(self, record: dict[str, Any], event_kind: str | None = None) -> EventRef | None:
        """Insert or update a swap transaction; with ``event_kind`` also journal an event."""
        row = dict(record)
        for key in ("packs_out", "packs_in", "steps"):
            row[key] = json.dumps(row.get(key, []), separators=(",", ":"))
        # the rack before the swap is kept while it runs (a restarted console needs it to
        # tell which packs went where); once it ended, packs_in and packs_out say it
        rack = row.get("rack_before") if row.get("result") == "running" else None
        row["rack_before"] = json.dumps(rack, separators=(",", ":")) if rack else None
        columns = ("id", "vehicle_plate", "fleet", "operator", "started_at", "ended_at",
                   "result", "fault", "blocks", "packs_out", "packs_in", "energy_delivered_kwh",
                   "steps", "duration_s", "rack_before", "started_by")
        values = [row.get(c) for c in columns]
        running = row.get("result") == "running"
        with self._numbered():
            if running and not event_kind and self.db.execute(
                    "SELECT 1 FROM swaps WHERE id = ?", [row["id"]]).fetchone():
                # a step of a running swap: its progress, not a new version of its row
                self.db.execute("INSERT INTO swap_progress (swap_id, steps) VALUES (?, ?) "
                                "ON CONFLICT(swap_id) DO UPDATE SET steps = excluded.steps",
                                [row["id"], row["steps"]])
                return None
            if not running:
                self.db.execute("DELETE FROM swap_progress WHERE swap_id = ?", [row["id"]])
            ref = None
            if event_kind:  # the event refers to the swap row: each fact is stored once
                ref = self._event(event_kind, {"swap": row["id"], "result": row.get("result"),
                                               "plate": row.get("vehicle_plate")},
                                  None, False, True)
            # an upsert keeps the row's rowid (the seal follows the row, version by version)
            updates = ", ".join(f"{c} = excluded.{c}" for c in (*columns[1:], "event_seq"))
            rowid = self.db.execute(
                f"INSERT INTO swaps ({','.join(columns)}, event_seq) VALUES "
                f"({','.join('?' * len(columns))}, ?) ON CONFLICT(id) DO UPDATE SET {updates} "
                "RETURNING rowid", [*values, ref.seq if ref else None]).fetchone()[0]
            self._seal("swaps", rowid)
            self._record("swap", "swaps", "id", row["id"])
        return ref

    def set_quarantine(self, code: str, quarantined: bool, reason: str | None) -> bool:
        """Quarantine a pack (or release it); False when the journal has never seen it."""
        with self._numbered():
            cur = self.db.execute(
                "UPDATE packs SET quarantined = ?, quarantine_reason = ? WHERE code = ?",
                [int(quarantined), reason if quarantined else None, code])
            if cur.rowcount == 1:
                self._event(RECORD_PREFIX + "quarantine", {
                    "pack_code": code, "quarantined": quarantined,
                    "reason": reason if quarantined else None}, None, False, True)
        return cur.rowcount == 1

    def quarantined_packs(self) -> dict[str, str]:
        """Code -> reason of every quarantined pack."""
        return {code: why or "" for code, why in self.db.execute(
            "SELECT code, quarantine_reason FROM packs WHERE quarantined = 1")}

    def pack_sessions(self, code: str, limit: int = 200) -> list[dict[str, Any]]:
        """A pack's charging sessions, newest first, with their measured record."""
        cur = self.db.execute(
            "SELECT id, slot, started_at, ended_at, energy_in_kwh, soc_from_pct, soc_to_pct, "
            "peak_temp_c, end_reason, method, charge_in_ah, capacity_ah, flags, inputs "
            "FROM charging_sessions WHERE pack_code = ? ORDER BY started_at DESC LIMIT ?",
            [code, limit])
        names = [d[0] for d in cur.description]
        out = []
        for row in cur:
            r = dict(zip(names, row, strict=True))
            r["flags"] = json.loads(r["flags"]) if r["flags"] else []
            r["inputs"] = json.loads(r["inputs"]) if r["inputs"] else None
            out.append(r)
        return out

    def pack_alarms(self, code: str, limit: int = 200) -> list[dict[str, Any]]:
        """The alarms raised while the pack was in a slot, newest first."""
        cur = self.db.execute(
            "SELECT code, source, priority, raised_at, cleared_at, state FROM alarms "
            "WHERE pack_code = ? ORDER BY raised_at DESC LIMIT ?", [code, limit])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur]

    def flagged_packs(self) -> list[dict[str, Any]]:
        """Packs with a flag (BMS_SOH_DISAGREES...): their alarms stand again at start."""
        return [{"code": code, "flags": json.loads(flags)} for code, flags in self.db.execute(
            "SELECT code, flags FROM packs WHERE flags IS NOT NULL AND flags != '[]'")]

    def charged_since_arrival(self, now: float | None = None,
                              window_s: float = 30 * 86400.0
                              ) -> dict[str, tuple[float, float | None]]:
        """Per pack: the energy (kWh) its charging sessions put in since a swap last moved it
        (out of a vehicle, or into one), and the SoC its last session ended at (over the last
        ``window_s``; a pack rests in the rack for hours): so that a swap's energy after a
        console restart is still the metered one, and a pack that charged while no console
        watched is known by a SoC higher than that."""
        since = iso((time.time() if now is None else now) - window_s)
        moved: dict[str, str] = {}
        for ended, packs_out, packs_in in self.db.execute(
                "SELECT ended_at, packs_out, packs_in FROM swaps WHERE started_at >= ? AND "
                "ended_at IS NOT NULL", [since]):
            for p in (*json.loads(packs_out or "[]"), *json.loads(packs_in or "[]")):
                code = p.get("code")
                if code and ended > moved.get(code, ""):
                    moved[code] = ended
        charged: dict[str, tuple[float, float | None]] = {}
        for code, started, kwh, soc in self.db.execute(
                "SELECT pack_code, started_at, energy_in_kwh, soc_to_pct FROM "
                "charging_sessions WHERE started_at >= ? AND ended_at IS NOT NULL "
                "ORDER BY started_at", [since]):
            if started > moved.get(code, ""):
                charged[code] = (charged.get(code, (0.0, None))[0] + (kwh or 0.0), soc)
        return charged

    def running_swap(self) -> dict[str, Any] | None:
        """The last swap a previous run left running, to re-attach to after a restart."""
        cur = self.db.execute("SELECT * FROM swaps WHERE result = 'running' "
                              "ORDER BY started_at DESC LIMIT 1")
        row = cur.fetchone()
        if row is None:
            return None
        record = dict(zip([d[0] for d in cur.description], row, strict=True))
        progress = self.db.execute("SELECT steps FROM swap_progress WHERE swap_id = ?",
                                   [record["id"]]).fetchone()
        if progress:  # the steps it had reached
            record["steps"] = progress[0]
        for key in ("packs_out", "packs_in", "steps"):
            record[key] = json.loads(record[key] or "[]")
        record["rack_before"] = json.loads(record["rack_before"] or "{}")
        record.pop("event_seq", None)
        return record

    # the vehicle registry: a vehicle is found by its plate as the registry compares plates
    # (without spaces and hyphens), and keeps the plate it was registered with
    _PLATE_KEY = "replace(replace(plate, ' ', ''), '-', '')"

    def _vehicle(self, plate: str) -> dict[str, Any] | None:
        cur = self.db.execute(
            "SELECT plate, fleet, model, pack_type, blocks, tags, disabled FROM vehicles "
            f"WHERE {self._PLATE_KEY} = ?", [plate.upper().replace(" ", "").replace("-", "")])
        row = cur.fetchone()
        if row is None:
            return None
        got = dict(zip([d[0] for d in cur.description], row, strict=True))
        got["tags"] = json.loads(got["tags"] or "[]")
        got["disabled"] = bool(got["disabled"])
        return got

    def _put_vehicle(self, v: dict[str, Any], disabled: bool | None, now: str) -> None:
        """Insert or update one vehicle; ``disabled`` None keeps what the station set (a new
        one is enabled); ``changed_at`` moves only when something changed."""
        self.db.execute(
            "INSERT INTO vehicles (plate, fleet, model, pack_type, blocks, added_at, tags, "
            "disabled, changed_at) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(plate) DO UPDATE SET "
            "fleet = excluded.fleet, model = excluded.model, pack_type = excluded.pack_type, "
            "blocks = excluded.blocks, tags = excluded.tags, "
            "disabled = CASE WHEN ? THEN disabled ELSE excluded.disabled END, "
            "changed_at = CASE WHEN (fleet, model, pack_type, blocks, tags, disabled) IS NOT "
            "(excluded.fleet, excluded.model, excluded.pack_type, excluded.blocks, "
            "excluded.tags, CASE WHEN ? THEN disabled ELSE excluded.disabled END) "
            "THEN excluded.changed_at ELSE changed_at END",
            [v["plate"], v["fleet"], v["model"], v["pack_type"], int(v["blocks"]), now,
             json.dumps(list(v.get("tags", ()))), int(bool(disabled)), now,
             disabled is None, disabled is None])

    def upsert_vehicle(self, plate: str, fleet: str, model: str, pack_type: str,
                       blocks: int, tags: list[str] | tuple[str, ...] = (),
                       disabled: bool | None = None) -> None:
        """The fleet's (or the simulated station's own) vehicle, as given; whether it is
        disabled here changes only when ``disabled`` says so (None: a vehicle a technician
        disabled stays disabled). Not audited here: the fleet's push is audited as a whole."""
        with self._write():
            known = self._vehicle(plate)
            self._put_vehicle({"plate": known["plate"] if known else plate, "fleet": fleet,
                               "model": model, "pack_type": pack_type, "blocks": blocks,
                               "tags": list(tags)}, disabled, iso(self.clock()))

    def add_vehicle(self, vehicle: dict[str, Any], actor: str, role: str) -> bool:
        """Register a new vehicle ({plate, fleet, model, pack_type, blocks, tags}) and audit
        it ("vehicle add"), in one transaction; False, with nothing written, when its plate
        is already registered."""
        with self._numbered():
            if self._vehicle(vehicle["plate"]) is not None:
                return False
            self._put_vehicle(vehicle, False, iso(self.clock()))
            self.audit(actor, role, "vehicle add", {**vehicle, "tags": list(vehicle["tags"])})
        return True

    def edit_vehicle(self, vehicle: dict[str, Any], actor: str, role: str,
                     was: dict[str, Any] | None = None) -> dict[str, list] | None:
        """Change a registered vehicle's fleet, model, pack type, blocks or tags (never its
        plate) and audit it ("vehicle edit") with each old and new value, in one transaction.
        Returns {field: [old, new]} ({} when nothing changed: nothing written); None when the
        plate is not registered. ``was``: the vehicle as the console's registry holds it, for
        one it knows that the table has no row for yet."""
        with self._numbered():
            stored = self._vehicle(vehicle["plate"])
            old = stored or was
            if old is None:
                return None
            new = {**vehicle, "plate": old["plate"], "tags": list(vehicle.get("tags", ()))}
            changes = {f: [old[f], new[f]] for f in ("fleet", "model", "pack_type", "blocks",
                                                      "tags") if old[f] != new[f]}
            if not changes and stored is not None:
                return {}
            self._put_vehicle(new, bool(old.get("disabled", False)), iso(self.clock()))
            if changes:
                self.audit(actor, role, "vehicle edit", {"plate": old["plate"],
                                                         "changes": changes})
        return changes

    def set_vehicle_disabled(self, vehicle: dict[str, Any], disabled: bool, actor: str,
                             role: str) -> bool | None:
        """Disable a vehicle at this station (it is not identified: no swap starts for it) or
        enable it again, audited ("vehicle disable", "vehicle enable") in one transaction.
        True when it changed, False when it already was so (nothing written); None when the
        plate is not registered and ``vehicle`` does not say the rest of it."""
        with self._numbered():
            old = self._vehicle(vehicle["plate"])
            if old is not None and old["disabled"] == disabled:
                return False
            if old is None and "fleet" not in vehicle:
                return None
            row = old or {**vehicle, "tags": list(vehicle.get("tags", ()))}
            self._put_vehicle(row, disabled, iso(self.clock()))
            self.audit(actor, role, "vehicle disable" if disabled else "vehicle enable",
                       {"plate": row["plate"], "fleet": row["fleet"]})
        return True

    def import_vehicles(self, new: list[dict[str, Any]], updated: list[dict[str, Any]],
                        source: str, actor: str, role: str, unchanged: int = 0,
                        sha256: str = "", was: list[dict[str, Any]] | None = None
                        ) -> dict[str, Any]:
        """A checked vehicle list: the new vehicles added, the others updated (whether each
        is disabled here is kept), audited once ("vehicles import") with the file, the
        counts, the plates added and each update's old and new values; all in one
        transaction. Returns that audit's detail (``sha256``: the file's, kept in it).
        ``was``: each updated vehicle as the console's registry holds it (the old values of
        one the table has no row for yet)."""
        now = iso(self.clock())
        with self._numbered():
            added: list[str] = []
            changes: dict[str, dict[str, list]] = {}
            updates = list(zip(updated, was or [None] * len(updated), strict=True))
            for v in new:
                if self._vehicle(v["plate"]) is not None:  # registered since it was checked
                    updates.append((v, None))
                    continue
                self._put_vehicle(v, False, now)
                added.append(v["plate"])
            for v, known in updates:
                old = self._vehicle(v["plate"]) or known
                row = {**v, "plate": old["plate"] if old else v["plate"],
                       "tags": list(v.get("tags", ()))}
                diff = {f: [old[f], row[f]] for f in ("fleet", "model", "pack_type", "blocks",
                                                      "tags") if old and old[f] != row[f]}
                if old is not None and not diff:
                    unchanged += 1
                    continue
                self._put_vehicle(row, None, now)
                if old is None:
                    added.append(row["plate"])
                else:
                    changes[row["plate"]] = diff
            detail = {"file": source, **({"sha256": sha256} if sha256 else {}),
                      "added": len(added), "updated": len(changes), "unchanged": unchanged,
                      "plates added": added, "changes": changes}
            self.audit(actor, role, "vehicles import", detail)
        return detail

    def vehicles(self) -> list[dict[str, Any]]:
        """The registry the swap supervisor checks, as stored."""
        cur = self.db.execute("SELECT plate, fleet, model, pack_type, blocks, tags, disabled, "
                              "changed_at FROM vehicles")
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur]

    def swaps_since(self, since_iso: str) -> dict[str, str]:
        """Each plate's latest swap start since ``since_iso`` (the expected-today list)."""
        cur = self.db.execute("SELECT vehicle_plate, MAX(started_at) FROM swaps WHERE "
                              "started_at >= ? AND vehicle_plate IS NOT NULL GROUP BY "
                              "vehicle_plate", [since_iso])
        return {plate: started for plate, started in cur}

    def record_alarm(self, alarm_id: str, code: str, source: str, priority: int, state: str,
                     ts: float, actor: str | None = None, reason: str | None = None,
                     cleared: bool = False, pack_code: str | None = None) -> None:
        """Create or move an alarm occurrence and record the transition."""
        with self._numbered():
            old = self.db.execute("SELECT state FROM alarms WHERE id = ?", [alarm_id]).fetchone()
            if old is None:
                self.db.execute(
                    "INSERT INTO alarms (id, code, source, priority, raised_at, state, "
                    "pack_code) VALUES (?,?,?,?,?,?,?)",
                    [alarm_id, code, source, priority, iso(ts), state, pack_code])
            else:
                # the highest priority the occurrence reached (a pack's BMS level can rise)
                self.db.execute("UPDATE alarms SET state = ?, cleared_at = CASE WHEN ? THEN ? "
                                "ELSE cleared_at END, priority = min(priority, ?) WHERE id = ?",
                                [state, int(cleared), iso(ts), priority, alarm_id])
            self._seal_key("alarms", "id", alarm_id)
            cur = self.db.execute(
                "INSERT INTO alarm_transitions (alarm_id, ts, from_state, to_state, actor, reason)"
                " VALUES (?,?,?,?,?,?)", [alarm_id, iso(ts), old[0] if old else None, state,
                                          actor, reason])
            self._seal("alarm_transitions", cur.lastrowid)
            self._record("alarm", "alarms", "id", alarm_id)
            self._record("alarm_transition", "alarm_transitions", "id", cur.lastrowid)

    def run_retention(self, policy: Any = None) -> dict:
        """Telemetry rolled up and thinned; records the fleet holds archived after the
        policy's ``records_days``."""
        now = self.clock()
        out = run_retention(self.db, now, policy)
        days = getattr(policy, "records_days", None) or DEFAULT_RECORDS_DAYS
        with self._write():
            out["archived"] = archive_held(self.db, iso(now), iso(now - days * 86400.0))
        return out

    def confirm_held(self, through_seq: int, by: str, detail: dict[str, Any]) -> EventRef:
        """The fleet holds every event up to ``through_seq`` (an export it confirmed, or the
        broker's acknowledgement): from now on they may be archived after the window."""
        row = self.db.execute("SELECT ts FROM events WHERE seq = ?", [through_seq]).fetchone()
        if row is None:
            raise ValueError(f"event {through_seq} is not in this journal")
        with self._numbered():
            old = held_through(self.db)
            if old is None or int(old["seq"]) < through_seq:
                self.db.execute("INSERT OR REPLACE INTO station (key, value) VALUES (?, ?)", [
                    HELD_KEY, json.dumps({"seq": through_seq, "ts": row[0], "by": by,
                                          "at": iso(self.clock())})])
            return self._event("journal.held", {"through_seq": through_seq, "by": by,
                                                **detail}, None, False, True)

    # --- space ------------------------------------------------------------------------------

    def relieve_pressure(self) -> int:
        """Drop the oldest telemetry detail to make room; never anything else."""
        return relieve_pressure(self.db)

    def set_max_bytes(self, max_bytes: int | None) -> None:
        """Change the journal's size limit (0/None: only the disk limits it)."""
        page = self.db.execute("PRAGMA page_size").fetchone()[0]
        pages = max(16, max_bytes // page) if max_bytes else 1073741823
        self.db.execute(f"PRAGMA max_page_count = {pages}")

    # --- the audit chain ----------------------------------------------------------------------

    def audit(self, actor: str, role: str, action: str, detail: dict[str, Any]) -> str:
        """Append an audit row chained to the previous one; return its hash."""
        ts = iso(self.clock())
        text = json.dumps(detail, sort_keys=True, separators=(",", ":"), default=str)
        with self._numbered():
            head = self.db.execute("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
            prev = head[0] if head else GENESIS
            digest = audit_hash(prev, ts, actor, role, action, text)
            cur = self.db.execute(
                "INSERT INTO audit (ts, actor, role, action, detail, prev_hash, hash) VALUES "
                "(?,?,?,?,?,?,?)", [ts, actor, role, action, text, prev, digest])
            self._seal("audit", cur.lastrowid)
            # the count carries on from the head: no scan of the audit table per append
            kept = self.db.execute(
                "SELECT value FROM station WHERE key = 'audit_head'").fetchone()
            count = (json.loads(kept[0])["count"] + 1 if kept else
                     self.db.execute("SELECT count(*) FROM audit").fetchone()[0])
            self.db.execute("INSERT OR REPLACE INTO station (key, value) VALUES ('audit_head', ?)",
                            [json.dumps({"hash": digest, "count": count})])
            self._record("audit", "audit", "id", cur.lastrowid)
        return digest


# --- the writer thread -------------------------------------------------------------------------


class StorageState(Enum):
    OK = "ok"
    DISK_FULL = "disk_full"
    FAILED = "failed"


@dataclass(frozen=True)
class StorageStatus:
    state: StorageState
    message: str
    held_in_memory: int = 0  # records waiting for space
    spilled: int = 0  # records beyond the bound, kept in a spill file for the next start
    dropped_telemetry: int = 0  # samples given up under pressure (never anything else)
    path: str = ""


@dataclass
class _Op:
    name: str
    args: tuple
    kwargs: dict
    fn: Callable[..., Any] | None = None  # a Journal method; None for the writer's own ops
    future: Future = field(default_factory=Future)


def _is_full(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and "full" in str(exc).lower()


def read(path: Path, fn: Callable[Concatenate[Journal, P], R], *args: P.args,
         **kwargs: P.kwargs) -> R:
    """A ``Journal`` read (``Journal.vehicles``, ``Journal.running_swap``, ...) on a
    read-only connection of its own: it never waits behind the writer's commits, retention
    or a full disk."""
    with reading(path) as journal:
        return fn(journal, *args, **kwargs)


@contextmanager
def reading(path: Path, busy_ms: int = 500) -> Iterator[Journal]:
    """A ``Journal`` on a read-only connection of its own, closed after."""
    db = connect(path, readonly=True, busy_ms=busy_ms)
    try:
        yield Journal(db)
    finally:
        db.conn.close()


def read_swaps_since(path: Path, since_iso: str, busy_ms: int = 500) -> dict[str, str]:
    """Each plate's latest swap start since ``since_iso`` (the identify page's list)."""
    with reading(path, busy_ms) as journal:
        return journal.swaps_since(since_iso)


class JournalWriteError(Exception):
    """A journal write that failed, and why, in words; the writer serves on."""

    def __init__(self, op: str, cause: BaseException | str) -> None:
        self.op = op
        self.cause = cause
        why = cause if isinstance(cause, str) else f"{type(cause).__name__}: {cause}"
        super().__init__(f"journal write {op} failed: {why}")


# Writes whose JSON the journal encodes leniently (default=str); every other dict or list
# argument must be plain JSON, checked when it is submitted, not in the writer's thread.
LENIENT_JSON = frozenset({"append_event", "audit"})
FAILURES_TO_FAIL = 3  # consecutive failed writes before the journal reads FAILED
PRESSURE_CHECKPOINT_PAGES = 16  # WAL pages between checkpoints while in the reserve
THIN_EVERY = 6  # in the reserve, one telemetry sample in six is kept (10 s -> 1 min)


def encoding_problem(name: str, args: tuple, kwargs: dict) -> str | None:
    """Why a write cannot be encoded, or None."""
    if name in LENIENT_JSON:
        return None
    for value in (*args, *kwargs.values()):
        if isinstance(value, (dict, list, tuple)) and not isinstance(value, str):
            try:
                json.dumps(value)
            except (TypeError, ValueError) as exc:
                return f"a value cannot be stored as JSON ({exc})"
    return None


class JournalWriter:
    """The thread that owns the journal's write connection.

    ``call(Journal.method, ...)`` queues a call and returns a Future (services use the
    typed ``JournalPort`` of storage/port.py over it; ``submit(name, ...)`` is the same by
    name, for tools and spill files);
    telemetry goes through ``add_telemetry`` and is committed in batches. Nothing
    already committed is ever at risk: when the disk is full the writer keeps
    failed records in memory (at most ``hold_limit``; telemetry is dropped first),
    reports it through ``on_status``, and retries every ``retry_s`` seconds.
    """

    def __init__(self, path: Path, *, batch_rows: int = 2000, flush_s: float = 1.0,
                 hold_limit: int = 50_000, retry_s: float = 2.0, max_bytes: int | None = None,
                 on_status: Callable[[StorageStatus], None] | None = None,
                 clock: Callable[[], float] = time.time, busy_ms: int | None = None,
                 spill_dir: Path | None = None, key: bytes | None = None,
                 reserve_bytes: int = RESERVE_BYTES) -> None:
        self.key = key  # the station's sealing secret (storage/seal.py); None: not sealed
        self.path = path
        self.busy_ms = busy_ms  # how long a write waits for a lock another process holds
        # where records held at exit for a full disk are kept (best on another filesystem)
        self.spill_dir = spill_dir
        self.spilled_to: Path | None = None
        self.batch_rows = batch_rows
        self.flush_s = flush_s
        self.hold_limit = hold_limit
        self.retry_s = retry_s
        self.max_bytes = max_bytes
        # room kept back for records once the disk fills: a file beside the journal, or,
        # under a size limit, pages below the limit
        self.reserve_bytes = min(reserve_bytes, max_bytes // 4) if max_bytes else reserve_bytes
        self._reserve = Reserve(path.parent, 0 if max_bytes else self.reserve_bytes)
        self._in_reserve = False  # the reserve was given up: the disk is full
        self.on_status = on_status
        self.clock = clock
        self._queue: queue.Queue[_Op | None] = queue.Queue()
        self._held: deque[_Op] = deque()  # failed for lack of space, oldest first
        self._telemetry: list[tuple] = []
        self._incoming: list[tuple] = []  # filled by any thread, taken by the writer
        self._incoming_lock = threading.Lock()
        self._kicked = False
        self._dropped = 0
        self._spilled = 0  # records sent to the spill file this run
        self._damage: str | None = None  # what the background check found
        self._seq_noted = 0  # the event number last noted beside the journal (db.note_seq)
        self._run_stamp = time.strftime("%Y%m%d-%H%M%S")
        self._failures = 0  # consecutive failed writes
        self.status = StorageStatus(StorageState.OK, "journal open", path=str(path))
        self._thread = threading.Thread(target=self._run, name="journal-writer", daemon=True)
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self.journal: Journal | None = None

    def start(self) -> JournalWriter:
        self._thread.start()
        self._ready.wait(10)
        if self._error is not None:
            raise self._error
        return self

    def call(self, fn: Callable[Concatenate[Journal, P], R], *args: P.args,
             **kwargs: P.kwargs) -> Future[R]:
        """Queue ``fn(journal, *args)`` (``fn`` a ``Journal`` method); the Future resolves
        with its result once committed, or fails with a JournalWriteError. A write that
        cannot be encoded fails here, at the call: it never reaches the writer's thread."""
        return self._put(_Op(fn.__name__, args, kwargs, fn))

    def submit(self, name: str, *args: Any, **kwargs: Any) -> Future:
        """``call`` by name, for tools and replayed spill files; the name is checked here."""
        if name.startswith("_"):
            return self._put(_Op(name, args, kwargs))
        fn = getattr(Journal, name, None)
        if not callable(fn):
            op = _Op(name, args, kwargs)
            op.future.set_exception(JournalWriteError(name, "the journal has no such operation"))
            return op.future
        return self._put(_Op(name, args, kwargs, fn))

    def _put(self, op: _Op) -> Future:
        name, args, kwargs = op.name, op.args, op.kwargs
        problem = encoding_problem(name, args, kwargs)
        if problem is not None:
            log.error("journal write %s refused: %s", name, problem)
            op.future.set_exception(JournalWriteError(name, problem))
            return op.future
        self._queue.put(op)
        return op.future

    def add_telemetry(self, rows: list[tuple]) -> None:
        """Hand samples over; they are committed in batches (no queue round trip per call)."""
        with self._incoming_lock:
            self._incoming.extend(rows)
            kick = len(self._incoming) >= self.batch_rows and not self._kicked
            if kick:
                self._kicked = True
        if kick:
            self._queue.put(_Op("_telemetry", (), {}))

    def flush(self, timeout: float = 10.0) -> None:
        """Wait until everything submitted so far is committed (or held for lack of space)."""
        self.submit("_flush").result(timeout)

    def close(self, timeout: float = 10.0) -> None:
        self._queue.put(None)
        self._thread.join(timeout)

    @property
    def held(self) -> int:
        return len(self._held) + len(self._telemetry) + len(self._incoming)

    # --- the thread -------------------------------------------------------------------------

    def _run(self) -> None:
        try:
            db = connect(self.path, max_bytes=self.max_bytes, **(
                {"busy_ms": self.busy_ms} if self.busy_ms is not None else {}))
            self.journal = Journal(db, self.clock, self.key)
            self._seq_noted = self.journal._next_seq - 1
            note_seq(self.path.parent, self._seq_noted)
            self._keep_reserve()
        except BaseException as exc:  # noqa: BLE001 - handed to start() to raise
            self._error = exc
            self._ready.set()
            return
        self._ready.set()
        self._next_flush = time.monotonic() + self.flush_s
        self._next_retry = 0.0
        while True:
            timeout = max(0.0, min(self._next_flush, self._next_retry or self._next_flush)
                          - time.monotonic())
            try:
                op = self._queue.get(timeout=timeout)
            except queue.Empty:
                op = _Op("_tick", (), {})
            if op is None:
                try:
                    self._take_incoming()
                    self._flush_telemetry()
                    self._retry_held()
                except Exception as exc:  # noqa: BLE001 - closing: say it, then close
                    self._failed("close", exc)
                self._spill()
                break
            try:
                self._serve(op)
            except Exception as exc:  # noqa: BLE001 - the writer never dies quietly
                self._failed(op.name, exc)
                if not op.future.done():
                    op.future.set_exception(JournalWriteError(op.name, exc))
        db.close()

    def _serve(self, op: _Op) -> None:
        """One turn of the writer: the operation, then timed telemetry and retries."""
        now = time.monotonic()
        self._take_incoming()
        if op.name == "_telemetry":
            if self.status.state is StorageState.DISK_FULL:
                self._trim_telemetry()
            if len(self._telemetry) >= self.batch_rows:
                self._flush_telemetry()
        elif op.name == "_flush":
            self._retry_held()
            self._flush_telemetry()
            op.future.set_result(self.held)
        elif op.name == "_damage":
            self._damage = op.args[0]
            self._set_status(StorageState.FAILED, op.args[0])
        elif op.name == "set_max_bytes":  # the technician changed the limit: it is the cure
            self.max_bytes = op.args[0] or None
            self.reserve_bytes = (min(self.reserve_bytes, self.max_bytes // 4)
                                  if self.max_bytes else self.reserve_bytes)
            self._attempt(op)
            self._keep_reserve()
        elif op.name in CONTROL_OPS:
            self._execute(op)  # never waits behind held records: it may be the cure
        elif op.name in READ_OPS:
            self._attempt(op)  # a read needs no space: never behind held records
        elif op.name != "_tick":
            if self._held:
                self._hold(op)  # keep order: nothing overtakes what waits for space
            else:
                self._execute(op)
        if now >= self._next_flush:
            self._flush_telemetry()
            self._next_flush = now + self.flush_s
        if (self._held or self._in_reserve) and now >= self._next_retry:
            self._retry_held()
            if not self._held and self._in_reserve:
                self._keep_reserve()  # room again: the reserve comes back first
            self._next_retry = now + self.retry_s if self._held or self._in_reserve else 0.0

    def _spill(self) -> None:
        """At exit, records still held for lack of space go to a spill file (another
        filesystem, when one is configured), written at the next start; never silently
        dropped. Without a spill directory, or if it fails too, the count is said loudly."""
        held = [op for op in self._held if op.name not in READ_OPS]
        if not held:
            return
        # before this run's overflow file: replayed in name order, the older records first
        target = self._spill_to(held, "0")
        if target is not None:
            self.spilled_to = target
            log.warning("journal: %d held records written to %s; they are added to the "
                        "journal at the next start", len(held), target)
            return
        log.error("journal: %d records could not be written (the disk is full, no spill "
                  "directory) and are lost", len(held))

    def _spill_to(self, ops: list[_Op], part: str) -> Path | None:
        """Append ``ops`` to this run's spill file ``part`` and fsync it; None if that fails."""
        if self.spill_dir is None:
            return None
        target = self.spill_dir / f"journal-spill-{self._run_stamp}-{part}.jsonl"
        try:
            with open(target, "a", encoding="utf-8") as f:
                for op in ops:
                    f.write(json.dumps({"op": op.name, "args": list(op.args),
                                        "kwargs": op.kwargs}, default=str) + "\n")
                f.flush()
                os.fsync(f.fileno())
        except OSError as exc:
            log.error("journal: the spill file %s could not be written: %s", target, exc)
            return None
        return target

    def replay_spills(self) -> int:
        """Submit what earlier runs spilled; each file goes once its records are committed."""
        if self.spill_dir is None:
            return 0
        total = 0
        for path in sorted(self.spill_dir.glob(SPILL_GLOB)):
            ops = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                   if line.strip()]
            futures = [self.submit(o["op"], *o["args"], **o["kwargs"]) for o in ops]
            try:
                for f in futures:
                    f.result(30)
            except Exception as exc:  # noqa: BLE001 - keep the file for the next start
                log.error("journal: replaying %s failed (%s: %s); kept for the next start", path,
                          type(exc).__name__, exc)
                continue
            path.unlink()
            total += len(ops)
            log.info("journal: %d records from %s written", len(ops), path)
        return total

    def _take_incoming(self) -> None:
        with self._incoming_lock:
            rows, self._incoming, self._kicked = self._incoming, [], False
        if rows:
            self._telemetry.extend(rows)

    def _attempt(self, op: _Op) -> bool:
        """Run one operation: True when it is finished with (its future has its result or
        its error), False when the disk is full and it must wait."""
        assert self.journal is not None
        try:
            assert op.fn is not None
            result = op.fn(self.journal, *op.args, **op.kwargs)
        except Exception as exc:  # noqa: BLE001 - every failure is the caller's, never the thread's
            if _is_full(exc):
                return False
            self._failed(op.name, exc)
            op.future.set_exception(JournalWriteError(op.name, exc))
            return True
        op.future.set_result(result)
        self._succeeded()
        return True

    def _failed(self, name: str, exc: BaseException) -> None:
        """One write failed: its caller has the error; repeated failures make it FAILED."""
        log.error("journal write %s failed: %s: %s", name, type(exc).__name__, exc)
        self._failures += 1
        if self._failures >= FAILURES_TO_FAIL:
            self._set_status(StorageState.FAILED, (
                f"journal writes keep failing ({self._failures} in a row, the last: "
                f"{type(exc).__name__}: {exc}): records are not being written. Call a "
                "technician"))

    def _succeeded(self) -> None:
        assert self.journal is not None
        used = self.journal._next_seq - 1
        if used >= self._seq_noted + SEQ_STEP:
            self._seq_noted = used
            note_seq(self.path.parent, used)
        if self._failures and self.status.state is StorageState.FAILED:
            self._set_status(StorageState.OK, f"journal writes again, after {self._failures} "
                             "failed ones")
        self._failures = 0

    def _execute(self, op: _Op) -> None:
        # the policy on a full disk: give up telemetry detail, then the WAL's slack, then the
        # reserve, before any record waits
        if not self._attempt(op) and not (self._relieve() and self._attempt(op)) and not (
                self._use_reserve() and self._attempt(op)):
            self._hold(op)

    def _keep_reserve(self) -> None:
        """Set the reserve aside (at start, and once space is back after it was used)."""
        assert self.journal is not None
        if self.max_bytes:
            page = self.journal.db.execute("PRAGMA page_size").fetchone()[0]
            used = self.journal.db.execute("PRAGMA page_count").fetchone()[0] * page
            if self._in_reserve and used > self.max_bytes - self.reserve_bytes - max(
                    self.reserve_bytes // 4, page * 16):
                return  # no room yet for the reserve and some to write in
            self.journal.set_max_bytes(self.max_bytes - self.reserve_bytes)
        elif not self._reserve.ensure(headroom=self._in_reserve):
            return
        if self._in_reserve:
            self._in_reserve = False
            self.journal.db.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
            if not self._held:
                self._set_status(StorageState.OK, "space is back: every record was written "
                                 "and the reserve is set aside again")

    def _use_reserve(self) -> bool:
        """The disk is full even without telemetry detail: checkpoint the WAL, then give up
        the reserve so that records keep being written. False when it is already used."""
        assert self.journal is not None
        if self._in_reserve:
            self._checkpoint()  # the WAL's copies of pages are the last slack there is
            return False
        self._in_reserve = True
        if self.max_bytes:
            self.journal.set_max_bytes(self.max_bytes)
        else:
            self._reserve.release()
        # the WAL would otherwise grow to 1000 pages (4 MB) before it is checkpointed
        self.journal.db.execute(f"PRAGMA wal_autocheckpoint = {PRESSURE_CHECKPOINT_PAGES}")
        self._checkpoint()
        self._next_retry = time.monotonic() + self.retry_s
        self._set_status(StorageState.DISK_FULL, (
            "the disk is full: records are written into the journal's reserve space and "
            "telemetry is thinned. Free space on the terminal (old exports, logs) soon"))
        return True

    def _checkpoint(self) -> None:
        """Copy the WAL into the file and cut it back: the WAL never keeps the disk."""
        assert self.journal is not None
        try:
            self.journal.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            log.warning("journal: WAL checkpoint failed: %s", exc)

    def _hold(self, op: _Op) -> None:
        """Keep a record that found no room. Beyond ``hold_limit`` held records, the ones
        that follow go to the spill file (fsynced; written at the next start, after the
        held ones), and their callers are told where they are. Without a spill directory
        they stay in memory: never dropped, and counted on screen."""
        if len(self._held) >= self.hold_limit and self.spill_dir is not None:
            target = self._spill_to([op], "1")
            if target is not None:
                self._spilled += 1
                self.spilled_to = target
                op.future.set_exception(JournalWriteError(op.name, (
                    f"the disk is full: the record is kept in {target} and is added to the "
                    "journal at the next start")))
                self._mark_full()
                return
        self._held.append(op)
        self._mark_full()

    def _trim_telemetry(self) -> None:
        """Under disk pressure telemetry is the first to go: keep what is held within the
        bound by dropping the oldest samples. Records are never dropped, even past the
        bound: memory is cheaper than a missing swap record."""
        excess = len(self._held) + len(self._telemetry) - self.hold_limit
        if excess > 0 and self._telemetry:
            drop = min(excess, len(self._telemetry))
            del self._telemetry[:drop]
            self._dropped += drop

    def _mark_full(self) -> None:
        self._trim_telemetry()
        spilled = (f"; {self._spilled} more are kept in {self.spilled_to} for the next start"
                   if self._spilled else "")
        self._set_status(
            StorageState.DISK_FULL,
            f"the disk is full, even its reserve: {len(self._held)} records and "
            f"{len(self._telemetry)} telemetry samples wait in memory and are written when "
            f"space returns{spilled}. Free space on the terminal (old exports, logs) now")

    def _relieve(self) -> bool:
        assert self.journal is not None
        try:
            freed = self.journal.relieve_pressure()
        except sqlite3.Error:
            return False
        if freed:
            self._dropped += freed
            self._set_status(self.status.state, f"disk pressure: the {self._dropped} oldest "
                             "telemetry samples were dropped to keep every record")
        return freed > 0

    def _retry_held(self) -> None:
        while self._held:
            op = self._held[0]
            if not self._attempt(op):
                return
            self._held.popleft()
        if self.status.state is StorageState.DISK_FULL and not self._telemetry and \
                not self._in_reserve:
            self._set_status(StorageState.OK, "space is back: every held record was written")

    def _flush_telemetry(self) -> None:
        if not self._telemetry or self._held:
            return
        assert self.journal is not None
        if self._in_reserve:  # the reserve is for records: telemetry is thinned (1 in 6)
            kept = self._telemetry[::THIN_EVERY]
            self._dropped += len(self._telemetry) - len(kept)
            self._telemetry = kept
            self._set_status(self.status.state, self.status.message)  # the count, said
        try:
            try:
                self.journal.add_telemetry(self._telemetry)
            except sqlite3.Error as exc:
                if not (_is_full(exc) and self._relieve()):
                    raise
                self.journal.add_telemetry(self._telemetry)
            self._telemetry = []
            if self.status.state is StorageState.DISK_FULL and not self._in_reserve:
                self._set_status(StorageState.OK, "space is back: every held record was written")
        except Exception as exc:  # noqa: BLE001 - the writer serves on
            if not _is_full(exc):
                # a batch that cannot be written is given up (it is telemetry), and said
                self._dropped += len(self._telemetry)
                self._telemetry = []
                self._failed("add_telemetry", exc)
                return
            self._mark_full()

    def report_damage(self, problem: str) -> None:
        """The background check found damage: the journal reads FAILED from now on (it
        still writes what it can), until the next start sets the file aside."""
        self._queue.put(_Op("_damage", (
            f"the journal file is damaged ({problem}): records are still written where "
            "they can be, but the file must be replaced. Call a technician: restart the "
            "console (it sets the file aside and starts a new one), then run operator-app "
            "journal recover on the file set aside",), {}))

    def _set_status(self, state: StorageState, message: str) -> None:
        if self._damage is not None and state is not StorageState.FAILED:
            state, message = StorageState.FAILED, self._damage  # damage is not cured here
        status = StorageStatus(state, message, len(self._held), self._spilled, self._dropped,
                               str(self.path))
        changed = ((status.state, status.held_in_memory, status.spilled,
                    status.dropped_telemetry)
                   != (self.status.state, self.status.held_in_memory, self.status.spilled,
                       self.status.dropped_telemetry))
        if state is not self.status.state:
            log.log(logging.WARNING if state is not StorageState.OK else logging.INFO,
                    "journal: %s", message)
        self.status = status
        if changed and self.on_status is not None:
            self.on_status(status)
