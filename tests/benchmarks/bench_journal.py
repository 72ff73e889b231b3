"""Benchmark: the station journal's write and read paths, and its size per station-year.

Run:  .venv/bin/python -m tests.benchmarks.bench_journal [--quick]

Printed, each beside its baseline measured in the same run:
* telemetry ingest through the journal writer's batch path, beside a bare
  ``executemany`` into the same table (the floor);
* acknowledged commit latency through the writer (``JournalWriter.submit`` to its Future
  resolving, sealed as the console's journal is): a swap's final record
  (``record_swap(row, "swap.completed")``: the upsert of a running swap's row with its
  event, outbox and seal rows) and an event (``append_event``), median and p99, beside a
  bare ``BEGIN; INSERT; COMMIT`` of the same JSON on its own connection (WAL,
  ``synchronous=FULL``) in the same directory, the same disk;
* single event commits per second (event + outbox row, one transaction each) with
  ``synchronous=FULL`` beside ``NORMAL``;
* the time to read one pack's last 30 days for a plot at the retention policy's
  resolution (1-minute rollups), median of 30 reads;
* the database size of a simulated station-year for an 8-slot station at the
  retention policy's steady state (7 days of raw samples every 10 s per slot, 90 days
  of 1-minute rollups, a year of 1-hour rollups, a year of swaps, charging sessions,
  events and audit rows at 50 swaps a day).
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from operator_app.storage.db import connect, open_journal
from operator_app.storage.inspect import pack_history
from operator_app.storage.journal import TELEMETRY_COLUMNS, Journal, JournalWriter, iso
from tests.benchmarks.figures import pct

DAY = 86400.0


def sample(code: str, slot: int, t: float, rng: random.Random) -> tuple:
    soc = rng.uniform(10, 100)
    return (code, slot, t, soc, 97.5, 570 + soc * 0.2, rng.uniform(0, 200), 3.28, 3.31,
            31.0, 36.0 + rng.random(), 4000.0, rng.uniform(0, 120), 0)


def bench_ingest(directory: Path, n: int) -> tuple[float, float]:
    rng = random.Random(1)
    data = [sample(f"PACK{i % 8}", i % 8 + 1, 1e9 + i * 1.25, rng) for i in range(n)]
    # the floor: one executemany of everything, straight into the table
    d1 = directory / "floor"
    open_journal(d1)[0].close()
    db = connect(d1 / "journal.sqlite")
    cols = ",".join(TELEMETRY_COLUMNS)
    t0 = time.perf_counter()
    with db.atomic():
        db.conn.executemany(f"INSERT INTO telemetry ({cols}) VALUES "
                            f"({','.join('?' * len(TELEMETRY_COLUMNS))})", data)
    floor = n / (time.perf_counter() - t0)
    db.close()
    # the journal: submitted 8 rows at a time (one poll's slots), batched by the writer
    d2 = directory / "writer"
    open_journal(d2)[0].close()
    writer = JournalWriter(d2 / "journal.sqlite", flush_s=1.0).start()
    t0 = time.perf_counter()
    for i in range(0, n, 8):
        writer.add_telemetry(data[i:i + 8])
    writer.flush(60)
    rate = n / (time.perf_counter() - t0)
    writer.close()
    db = connect(d2 / "journal.sqlite", readonly=True)
    landed = db.execute("SELECT count(*) FROM telemetry").fetchone()[0]
    db.close()
    assert landed == n, f"the writer kept {landed} of {n} rows"  # a fast writer must not drop
    return rate, floor


def swap_row(rng: random.Random, t: float, result: str = "completed") -> dict:
    """A swap record as the recorder writes it at the end of a one-block swap on a 24-slot
    rack: the rack before it, nine timed steps, the packs in and out."""
    def code() -> str:
        return f"CATPFA{rng.randrange(10)}{uuid.uuid4().hex[:10].upper()}{rng.randrange(10**7):07d}"

    rack = {str(s): {"code": code(), "slot": s, "soc_pct": round(rng.uniform(20, 100), 1),
                     "energy_kwh": round(rng.uniform(30, 165), 2)} for s in range(1, 24)}
    steps, at = [], t
    for step, block in (("PREPARATION", 0), ("UNLOCK", 1), ("REMOVE", 1), ("TRANSFER", 1),
                        ("FETCH", 1), ("INSTALL", 1), ("LOCK", 1), ("VERIFY", 0),
                        ("RELEASE", 0)):
        d = round(rng.uniform(10, 45), 1)
        steps.append({"step": step, "block": block, "started_at": iso(at), "expected_s": 30.0,
                      "duration_s": d})
        at += d
    done = result != "running"
    return {"id": str(uuid.uuid4()), "vehicle_plate": "XG 8121", "fleet": "Kwai Chung Logistics",
            "operator": "ana", "started_by": "console", "started_at": iso(t),
            "ended_at": iso(at) if done else None, "result": result, "fault": None,
            "blocks": 1, "packs_in": [rack["7"] | {"slot": 7}],
            "packs_out": [{"code": code(), "slot": 24, "soc_pct": 17.4, "energy_kwh": 27.7}]
            if done else [], "energy_delivered_kwh": 131.9 if done else None,
            "steps": steps if done else steps[:1], "duration_s": round(at - t, 1) if done
            else None, "rack_before": rack}


EVENT = ("charging.ended", {"slot": 12, "pack": "CATPFA71X2Q9TJ0R2V4107344", "energy_kwh": 131.2,
                            "soc_to_pct": 99.9, "reason": "complete"})


def bench_latency(directory: Path, n: int) -> dict[str, list[float]]:
    """Acknowledged commit latency (s) of swap records and events through the writer, the
    same calls on a Journal of the caller's own (no writer thread: what the hand-off adds
    is the difference), and a bare INSERT + COMMIT of the same JSON (WAL, synchronous=FULL),
    each on its own file in the same directory, interleaved so that drift hits all alike."""
    import json
    import sqlite3

    rng = random.Random(3)
    key = bytes(range(32))  # sealed, as the console's journal is
    for name in ("latency", "latency-direct"):
        open_journal(directory / name)[0].close()
    writer = JournalWriter(directory / "latency" / "journal.sqlite", key=key).start()
    journal = Journal(connect(directory / "latency-direct" / "journal.sqlite"), key=key)
    bare = sqlite3.connect(str(directory / "latency" / "bare.sqlite"), isolation_level=None)
    bare.execute("PRAGMA journal_mode = WAL")
    bare.execute("PRAGMA synchronous = FULL")
    bare.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, ts TEXT, kind TEXT, payload TEXT)")
    out: dict[str, list[float]] = {f"{how} {what}": [] for how in ("writer", "direct", "bare")
                                   for what in ("swap", "event")}

    def acknowledged(name: str, *args) -> float:
        done: list[float] = []
        t0 = time.perf_counter()
        future = writer.submit(name, *args)
        future.add_done_callback(lambda f: done.append(time.perf_counter()))
        future.result(30)  # resolved: committed (fsync'd) and acknowledged
        return done[0] - t0

    def direct(method, *args) -> float:
        t0 = time.perf_counter()
        method(*args)
        return time.perf_counter() - t0

    def plain(text: str) -> float:
        t0 = time.perf_counter()
        bare.execute("BEGIN")
        bare.execute("INSERT INTO t (ts, kind, payload) VALUES (?,?,?)",
                     (iso(time.time()), "bench", text))
        bare.execute("COMMIT")
        return time.perf_counter() - t0

    t = time.time() - 3600
    event_text = json.dumps(EVENT[1], separators=(",", ":"))
    for i in range(n):
        # a swap's final record upserts the row its start wrote (that write is not timed)
        pairs = []
        for _ in range(2):
            running = swap_row(rng, t + i * 432, "running")
            final = swap_row(rng, t + i * 432)
            final["id"], final["rack_before"] = running["id"], running["rack_before"]
            pairs.append((running, final))
        writer.submit("record_swap", pairs[0][0], "swap.started").result(30)
        journal.record_swap(pairs[1][0], "swap.started")
        out["writer swap"].append(acknowledged("record_swap", pairs[0][1], "swap.completed"))
        out["direct swap"].append(direct(journal.record_swap, pairs[1][1], "swap.completed"))
        out["bare swap"].append(plain(json.dumps(pairs[1][1], separators=(",", ":"))))
        out["writer event"].append(acknowledged("append_event", *EVENT))
        out["direct event"].append(direct(journal.append_event, *EVENT))
        out["bare event"].append(plain(event_text))
    writer.close()
    journal.db.close()
    bare.close()
    return out


def bench_events(directory: Path, n: int, sync: str) -> float:
    d = directory / f"events-{sync}"
    open_journal(d)[0].close()
    journal = Journal(connect(d / "journal.sqlite", synchronous=sync))
    t0 = time.perf_counter()
    for i in range(n):
        journal.append_event("bench", {"i": i})
    rate = n / (time.perf_counter() - t0)
    journal.db.close()
    return rate


def build_station_year(directory: Path, slots: int = 8) -> Path:
    """Fill a journal with what an 8-slot station keeps after a year of service."""
    rng = random.Random(2)
    open_journal(directory)[0].close()
    db = connect(directory / "journal.sqlite", synchronous="OFF")  # fast fill; size is the same
    journal = Journal(db)
    now = 1_800_000_000.0
    codes = [f"CATPFA1{uuid.uuid4().hex[:10].upper()}{i:07d}" for i in range(slots)]
    for code in codes:
        journal.see_pack(code, "A_171KWH", 171.0, 700, 97.0, now - 365 * DAY)
    with db.atomic():  # 7 days of raw samples, every 10 s per slot
        db.conn.executemany(
            f"INSERT INTO telemetry ({','.join(TELEMETRY_COLUMNS)}) VALUES "
            f"({','.join('?' * len(TELEMETRY_COLUMNS))})",
            (sample(codes[s], s + 1, now - 7 * DAY + k * 10.0, rng)
             for k in range(int(7 * DAY / 10)) for s in range(slots)))
    for table, days, step in (("telemetry_1m", 90, 60.0), ("telemetry_1h", 365, 3600.0)):
        with db.atomic():
            db.conn.executemany(
                f"INSERT INTO {table} (pack_code, bucket_epoch, n, soc_min, soc_mean, soc_max, "
                "temp_min, temp_mean, temp_max, power_min, power_mean, power_max, voltage_mean, "
                "cell_spread_max, alarm_level_max) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                ((codes[s], now - days * DAY + k * step, int(step / 10), 20.0, 60.0, 99.0, 30.0,
                  33.0, 38.0, 0.0, 60.0, 120.0, 575.0, 0.03, 0)
                 for k in range(int(days * DAY / step)) for s in range(slots)))
    swaps_per_day = 50
    with db.atomic():
        for d in range(365):
            for k in range(swaps_per_day):
                t = now - (365 - d) * DAY + k * 1700.0
                packs = [{"code": rng.choice(codes), "slot": rng.randint(1, slots),
                          "soc_pct": 95.0, "energy_kwh": 159.0}]
                steps = [{"step": s, "block": 1, "started_at": iso(t + i * 30),
                          "duration_s": 30.0, "expected_s": 30.0}
                         for i, s in enumerate(("PREPARATION", "UNLOCK", "REMOVE", "TRANSFER",
                                                "FETCH", "INSTALL", "LOCK", "VERIFY",
                                                "RELEASE"))]
                journal.record_swap({
                    "id": str(uuid.uuid4()), "vehicle_plate": "XG 8121", "fleet": "KCL",
                    "operator": "ana", "started_at": iso(t), "ended_at": iso(t + 290),
                    "result": "completed", "blocks": 1, "packs_out": packs, "packs_in": packs,
                    "energy_delivered_kwh": 130.0, "steps": steps, "duration_s": 290.0},
                    event_kind="swap.completed")
                for kind in ("swap.started", "command.outcome", "charging.started",
                             "charging.ended"):
                    journal._event(kind, {"slot": 3, "pack": packs[0]["code"],
                                          "soc_pct": 12.5}, t, False, True)
                db.execute("INSERT INTO charging_sessions (id, pack_code, slot, started_at, "
                           "ended_at, energy_in_kwh, soc_from_pct, soc_to_pct, peak_temp_c, "
                           "peak_power_kw, end_reason) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                           [str(uuid.uuid4()), packs[0]["code"], 3, iso(t), iso(t + 5000),
                            140.0, 12.0, 100.0, 38.5, 120.0, "complete"])
            for s in range(slots):
                db.execute("INSERT INTO pack_health (pack_code, ts, soh_pct, cycles, "
                           "capacity_kwh, insulation_kohm, cell_spread_v, source) VALUES "
                           "(?,?,?,?,?,?,?,?)", [codes[s], iso(now - (365 - d) * DAY), 97.0,
                                                 700 + d, 165.0, 4000.0, 0.03, "bms"])
    for i in range(2000):  # audit rows: logins, acknowledgements, settings
        journal.audit("ana", "operator", "acknowledge", {"alarm": i})
    db.close()
    return directory / "journal.sqlite"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="smaller figures, for a smoke run")
    args = ap.parse_args()
    n_rows = 100_000 if args.quick else 400_000
    n_events = 300 if args.quick else 1500
    n_latency = 100 if args.quick else 500
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        print("\nStation journal benchmark (SQLite", end=" ")
        import sqlite3

        print(f"{sqlite3.sqlite_version}, WAL)\n")
        rate, floor = bench_ingest(root, n_rows)
        print(f"telemetry ingest, {n_rows} rows: journal writer {rate:,.0f} rows/s, "
              f"bare executemany {floor:,.0f} rows/s, ratio {floor / rate:.2f}x (goal <= 1.5x)")
        lat = bench_latency(root, n_latency)
        ms = {k: (statistics.median(v) * 1000, pct(v, 0.99) * 1000) for k, v in lat.items()}
        print(f"acknowledged commit latency (submit -> Future resolved; sealed journal, WAL, "
              f"synchronous=FULL; {n_latency} each, median / p99 ms), bare INSERT + COMMIT of "
              f"the same JSON on the same disk beside it:")
        for what, label in (("swap", 'record_swap(row, "swap.completed")'),
                            ("event", "append_event(kind, payload)")):
            (m, p), (bm, bp) = ms[f"writer {what}"], ms[f"bare {what}"]
            dm, dp = ms[f"direct {what}"]
            print(f"  {label:36s} {m:6.2f} / {p:6.2f}   bare {bm:6.2f} / {bp:6.2f}   "
                  f"ratio {m / bm:.2f}x median, {p / bp:.2f}x p99 (goal <= 1.5x); the same "
                  f"Journal call without the writer's thread {dm:.2f} / {dp:.2f}")
        full = bench_events(root, n_events, "FULL")
        normal = bench_events(root, n_events, "NORMAL")
        print(f"event commits (event + outbox, one transaction each), {n_events}: "
              f"synchronous=FULL {full:,.0f}/s, NORMAL {normal:,.0f}/s, ratio "
              f"{normal / full:.2f}x")
        year = build_station_year(root / "year")
        size = year.stat().st_size + sum(
            p.stat().st_size for p in year.parent.glob("journal.sqlite-*"))
        db = connect(year, readonly=True)
        counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("telemetry", "telemetry_1m", "telemetry_1h", "events", "swaps",
                            "charging_sessions", "audit")}
        code = db.execute("SELECT pack_code FROM telemetry_1m LIMIT 1").fetchone()[0]
        db.close()
        now = 1_800_000_000.0
        times = []
        for _ in range(30):
            t0 = time.perf_counter()
            points = pack_history(year, code, now - 30 * DAY, now, "1m")
            times.append(time.perf_counter() - t0)
        hourly = []
        for _ in range(30):
            t0 = time.perf_counter()
            pack_history(year, code, now - 30 * DAY, now, "1h")
            hourly.append(time.perf_counter() - t0)
        print(f"one pack's last 30 days for a plot: {len(points)} points at 1-minute "
              f"resolution in {statistics.median(times) * 1000:.1f} ms median "
              f"(p90 {sorted(times)[26] * 1000:.1f} ms; goal < 50 ms); at 1-hour resolution "
              f"{statistics.median(hourly) * 1000:.1f} ms")
        print(f"database size per station-year (8 slots, 50 swaps a day, steady state): "
              f"{size / 1e6:.0f} MB")
        print("  rows: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
