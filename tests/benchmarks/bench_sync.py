"""Benchmark: draining an offline week's outbox to the fleet's broker (sync/uploader.py),
beside a bare paho-mqtt loop publishing the same bytes.

Run:  .venv/bin/python -m tests.benchmarks.bench_sync [--records 200000] [--runs 3]
      [--profile]   (``--records 20000 --runs 1``: a quick look, under half a minute)

The journal: a busy station that was offline for a week, ``--records`` outbox records of
every kind the fleet takes (link events, packs, pack health, charging sessions, alarms and
their transitions, audit links, swaps started and completed with their events, quarantines:
the calls of tests/sync/helpers.py ``write_mixed``), sealed, all written offline. Built once
(straight on a ``Journal``, many calls to a transaction, synchronous=OFF for the fill only),
checkpointed, and copied afresh for every measured run: a drain marks its rows sent.

The broker: a local Mosquitto (tests/sync/broker.py, no persistence), nobody subscribed.

Measured, each side in a process of its own (started for the run, on its own copy of the
journal), medians of ``--runs``:
1. the uploader: ``Uploader.drain()`` in the calling thread, marking through a
   ``JournalWriter`` (``writer.call(Journal.mark_sent, ids)``) as ``operator-app sync drain``
   does; records/s = N / wall time of ``drain()`` (connect to goodbye), and the process's
   peak RSS growth over the drain (VmHWM after, reset to VmRSS before it; ru_maxrss when the
   peak cannot be reset);
2. the baseline, in the same run: a bare paho-mqtt 2.1 client (MQTT 5, QoS 1, 20 in flight,
   ``client.loop()`` in the same thread) publishing the exact bytes the uploader publishes
   (``contract.envelope`` + ``encode`` of the outbox rows, read and built before the clock
   starts) until every PUBACK came back; the same figures;
3. UI lag while draining: a process with a ``QApplication`` (offscreen), the uploader on its
   own thread (``start()``), status through a queued Qt signal as a console would take it;
   a 10 ms precise ``QTimer`` on the GUI thread records how late each tick is (p50 / p99 /
   max), idle for 2 s first, then until the outbox is empty.
4. where the uploader's time goes, one run each: the same drain with marks that seal
   nothing (a writer without the key) and with nothing marked at all (the mark resolves at
   once; what is unsent is counted from the PUBACKs); and, with ``--profile``, one drain
   under cProfile: the drain's thread and the journal writer's, printed before the runs.
Goals: the uploader within 1.5x of the bare loop's time; its peak RSS growth under 30 MB;
GUI-thread tick lateness p99 under 16 ms while it drains.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from tests.benchmarks.figures import pct

STATION = "HK-TKO-01"
KEY = b"k" * 32
WEEK = 7 * 86400.0
START = 1_800_000_000.0
WINDOW = 20  # SyncSettings.window's default: the bare loop keeps as many in flight
CODE = "ABC1234567890DEFGHIJ0001"
PER_ROUND = 12.1  # outbox records one round of write_mixed's calls makes, about
MB = 1e6


# --- the journal ---------------------------------------------------------------------------------


def build_journal(directory: Path, n: int) -> tuple[Path, dict[str, int], float]:
    """At least ``n`` outbox records of mixed kinds over a week, all unsent, written while
    offline; returns (path, records by kind, seconds to build)."""
    from operator_app.storage.db import open_journal
    from operator_app.storage.journal import Journal

    t_build = time.perf_counter()
    db, report = open_journal(directory)
    db.execute("PRAGMA synchronous = OFF")  # the fill only: each run's copy is FULL again
    now = [START]
    journal = Journal(db, clock=lambda: now[0], key=KEY)
    every_s = WEEK / max(1.0, n / PER_ROUND)
    i = 0
    while journal._next_seq - 1 < n:
        with journal._numbered():  # 200 rounds to a transaction; each call a savepoint
            for _ in range(200):
                if journal._next_seq - 1 >= n:
                    break
                t = START + i * every_s
                now[0] = t
                code = f"{CODE[:-4]}{i % 50:04d}"
                journal.append_event("link.state", {"state": "online", "i": i}, t)
                journal.see_pack(code, "LFP-282", 282.0, 100 + i, 96.0, t)
                journal.add_pack_health(code, t, 96.0, 100 + i, 270.0, 900.0, 0.01, "bms")
                journal.start_charging(f"s{i}", code, 1 + i % 8, t, 20.0)
                journal.record_alarm(f"a{i}", "SLOT_CHARGER_FAULT", f"slot {1 + i % 8}", 2,
                                     "active unacknowledged", t)
                now[0] = t + 5
                journal.record_alarm(f"a{i}", "SLOT_CHARGER_FAULT", f"slot {1 + i % 8}", 2,
                                     "normal", t + 5, actor="operator", cleared=True)
                journal.audit("operator", "operator", "swap.start", {"i": i})
                swap = {"id": f"w{i}", "vehicle_plate": "VH 1", "fleet": "F",
                        "started_at": str(t), "result": "running", "blocks": 1,
                        "packs_out": [], "packs_in": [], "steps": []}
                journal.record_swap(swap, "swap.started")
                now[0] = t + 300
                journal.record_swap({**swap, "result": "completed", "ended_at": str(t + 300)},
                                    "swap.completed")
                if i % 10 == 0:
                    journal.set_quarantine(code, True, "test")
                i += 1
    kinds = dict(db.execute("SELECT e.kind, count(*) FROM outbox o JOIN events e ON "
                            "e.id = o.event_id WHERE o.sent_at IS NULL GROUP BY e.kind"
                            ).fetchall())
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return report.path, kinds, time.perf_counter() - t_build


def unsent_count(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM outbox WHERE sent_at IS NULL").fetchone()[0]
    finally:
        conn.close()


# --- memory --------------------------------------------------------------------------------------


def _status_kb(field: str) -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


class PeakRss:
    """The process's peak RSS growth over a stretch: the kernel's high-water mark (VmHWM),
    reset to the current RSS at the start (/proc/self/clear_refs, 5); else ru_maxrss."""

    def __enter__(self) -> PeakRss:
        gc.collect()
        try:
            with open("/proc/self/clear_refs", "w") as f:
                f.write("5")
            self.reset = True
        except OSError:
            self.reset = False
        self.rss0 = _status_kb("VmRSS")
        self.max0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return self

    def __exit__(self, *exc) -> None:
        self.rss1 = _status_kb("VmRSS")
        if self.reset:
            self.growth_kb = max(0, _status_kb("VmHWM") - self.rss0)
        else:
            self.growth_kb = max(0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                                 - self.max0)

    def figures(self) -> dict:
        return {"rss0_mb": self.rss0 * 1024 / MB, "rss1_mb": self.rss1 * 1024 / MB,
                "growth_mb": self.growth_kb * 1024 / MB, "peak_reset": self.reset}


# --- the children: one side of one run each -----------------------------------------------------


def _writer(db: Path, key: bytes | None = KEY):
    """The journal's writer, as tests/sync/helpers.py ``open_writer`` makes it (the file
    checked and migrated by ``open_journal`` first); ``key=None``: it seals nothing."""
    from operator_app.storage.db import open_journal
    from operator_app.storage.journal import JournalWriter

    open_journal(db.parent)[0].close()
    return JournalWriter(db, key=key).start()


MARK_S: list[float] = []  # time in Journal.mark_sent, on the writer's thread


def _mark_sent(journal, ids: list[int]) -> int:
    """``Journal.mark_sent``, timed (one perf_counter pair a batch of a quarter second)."""
    from operator_app.storage.journal import Journal

    t = time.perf_counter()
    try:
        return Journal.mark_sent(journal, ids)
    finally:
        MARK_S.append(time.perf_counter() - t)


def _thread_cpu(journal) -> float:
    return time.thread_time()


def child_uploader(db: Path, url: str, profile: bool = False, mark: str = "sealed") -> dict:
    """``mark``: sealed (as shipped: ``Journal.mark_sent`` on the sealed journal), unsealed
    (the same call by a writer without the key: no seal links), none (nothing is marked:
    the mark resolves at once, and the drain counts what is unsent from its PUBACKs)."""
    from concurrent.futures import Future

    from operator_app.sync.settings import SyncSettings
    from operator_app.sync.uploader import Uploader

    writer = _writer(db, key=None if mark == "unsealed" else KEY)
    n = unsent_count(db)

    def done(ids: list[int]) -> Future:
        f: Future = Future()
        f.set_result(len(ids))
        return f

    class Unmarked(Uploader):
        def _unsent_now(self) -> int:
            return max(0, n - self.counters.acked)

    kind = Unmarked if mark == "none" else Uploader
    statuses: list = []
    up = kind(db, SyncSettings(broker=url), STATION,
              done if mark == "none" else (lambda ids: writer.call(_mark_sent, ids)),
              online=writer.journal.online, on_status=statuses.append, version="bench")
    prof = wprof = None
    if profile:
        import cProfile

        prof, wprof = cProfile.Profile(), cProfile.Profile()
        writer.call(lambda journal: wprof.enable()).result(10)
    w_cpu0 = writer.call(_thread_cpu).result(10)
    with PeakRss() as mem:
        if prof is not None:
            prof.enable()
        t0, cpu0, p0 = time.perf_counter(), time.thread_time(), time.process_time()
        ok = up.drain(60)
        wall = time.perf_counter() - t0
        cpu, pcpu = time.thread_time() - cpu0, time.process_time() - p0
        if prof is not None:
            prof.disable()
    w_cpu = writer.call(_thread_cpu).result(10) - w_cpu0
    if wprof is not None:
        writer.call(lambda journal: wprof.disable()).result(10)
    writer.close()
    left = unsent_count(db)
    if profile:
        _print_profile("the drain's thread (Uploader.drain)", prof)
        _print_profile("the journal writer's thread (Journal.mark_sent and its seal)", wprof)
    return {"n": n, "wall": wall, "ok": ok and (left == 0 or mark == "none"), "left": left,
            "acked": up.counters.acked, "published": up.counters.published,
            "marks": len(MARK_S), "mark_s": sum(MARK_S), "connects": up.counters.connects,
            "cpu_drain": cpu, "cpu_writer": w_cpu, "cpu_process": pcpu, **mem.figures()}


def _print_profile(what: str, prof) -> None:
    import io
    import pstats

    for order, only, title in (
            ("tottime", (22,), "by own time"), ("cumulative", (22,), "by cumulative time"),
            ("tottime", (r"(uploader|outbox|contract|journal|seal)\.py", 15),
             "the project's own functions, by own time")):
        out = io.StringIO()
        pstats.Stats(prof, stream=out).strip_dirs().sort_stats(order).print_stats(*only)
        text = out.getvalue()
        body = text[text.find("   ncalls"):]
        print(f"\n--- cProfile, {what}, {title} ---\n{body.rstrip()}")


def child_bare(db: Path, url: str) -> dict:
    import paho.mqtt.client as mqtt
    from paho.mqtt.enums import CallbackAPIVersion

    from operator_app.storage.db import connect
    from operator_app.sync import outbox
    from operator_app.sync.contract import encode, envelope, records_topic

    conn = connect(db, readonly=True)
    messages: list[tuple[str, bytes]] = []
    after = 0
    while True:
        entries = outbox.unsent(conn, after, 1000)
        if not entries:
            break
        for e in entries:
            m = envelope(STATION, e.uuid, e.seq, e.ts, e.kind, e.payload, e.offline)
            messages.append((records_topic(STATION, m["kind"]), encode(m)))
        after = entries[-1].event_id
    conn.conn.close()
    n = len(messages)
    size = sum(len(p) for _, p in messages)

    client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id="bench-bare",
                         protocol=mqtt.MQTTv5)
    client.max_inflight_messages_set(WINDOW)
    state = {"inflight": 0, "acked": 0, "refused": 0, "connack": None}

    def on_connect(c, u, flags, reason_code, props) -> None:
        state["connack"] = reason_code

    def on_publish(c, u, mid, reason_code, props) -> None:
        state["inflight"] -= 1
        state["acked"] += 1
        if getattr(reason_code, "value", 0) >= 128:
            state["refused"] += 1

    client.on_connect = on_connect
    client.on_publish = on_publish
    host, port = url.removeprefix("mqtt://").rsplit(":", 1)
    with PeakRss() as mem:
        t0, cpu0 = time.perf_counter(), time.thread_time()
        client.connect(host, int(port), 30)
        while state["connack"] is None:
            if client.loop(timeout=0.1) != 0:
                raise RuntimeError("bare loop: the connection failed")
        i = 0
        while state["acked"] < n:
            while state["inflight"] < WINDOW and i < n:
                topic, payload = messages[i]
                info = client.publish(topic, payload, qos=1)
                if info.rc != 0:
                    raise RuntimeError(f"bare loop: publish failed ({info.rc})")
                state["inflight"] += 1
                i += 1
            if client.loop(timeout=0.02) != 0:
                raise RuntimeError("bare loop: the connection dropped")
        wall, cpu = time.perf_counter() - t0, time.thread_time() - cpu0
        client.disconnect()
    return {"n": n, "wall": wall, "ok": state["refused"] == 0, "bytes": size, "cpu": cpu,
            "acked": state["acked"], **mem.figures()}


def child_ui(db: Path, url: str, idle_s: float = 2.0, limit_s: float = 900.0) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
    from PySide6.QtWidgets import QApplication, QLabel

    from operator_app.sync.settings import SyncSettings
    from operator_app.sync.uploader import Uploader

    app = QApplication.instance() or QApplication(sys.argv[:1])
    label = QLabel("sync")  # a window showing the status, as the console's footer would
    label.resize(400, 40)
    label.show()

    class Bridge(QObject):
        status = Signal(object)  # emitted on the uploader's thread, served on the GUI's

    bridge = Bridge()
    seen = [0]

    def show(status) -> None:
        seen[0] += 1
        label.setText(f"{status.state.value}: {status.unsent} unsent, {status.sent} sent")

    bridge.status.connect(show, Qt.ConnectionType.QueuedConnection)
    writer = _writer(db)
    n = unsent_count(db)
    up = Uploader(db, SyncSettings(broker=url), STATION,
                  lambda ids: writer.call(_mark_sent, ids), online=writer.journal.online,
                  on_status=bridge.status.emit, version="bench")

    ticks: list[float] = []
    last = [0.0]

    def tick() -> None:
        t = time.perf_counter()
        if last[0]:
            ticks.append(max(0.0, t - last[0] - 0.010))
        last[0] = t

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(10)
    timer.timeout.connect(tick)

    def run(until) -> None:
        loop = QEventLoop()
        check = QTimer()
        check.setInterval(50)
        check.timeout.connect(lambda: until() and loop.quit())
        check.start()
        last[0] = 0.0
        timer.start()
        loop.exec()  # the event loop, as the console's app.exec() runs it
        timer.stop()
        check.stop()

    app.processEvents()
    t_idle = time.perf_counter()
    run(lambda: time.perf_counter() - t_idle >= idle_s)
    idle = list(ticks)
    ticks.clear()

    drained = threading.Event()

    def watch() -> None:  # off the GUI thread: the count is not the GUI's work
        while not drained.is_set():
            if unsent_count(db) == 0:
                drained.set()
                return
            time.sleep(0.1)

    t0 = time.perf_counter()
    up.start()
    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    cpu0 = time.thread_time()
    run(lambda: drained.is_set() or time.perf_counter() - t0 > limit_s)
    wall = time.perf_counter() - t0
    gui_cpu = time.thread_time() - cpu0
    drained.set()
    up.stop(10)
    writer.close()
    return {"n": n, "wall": wall, "ok": unsent_count(db) == 0, "idle": idle, "busy": ticks,
            "statuses": seen[0], "gui_cpu": gui_cpu}


MARKS = ("sealed", "unsealed", "none")
CHILDREN = {"uploader": child_uploader, "bare": child_bare, "ui": child_ui}


def run_child(side: str, source: Path, work: Path, url: str, *extra: str) -> dict:
    """One side of one run, in a process of its own, on a fresh copy of the journal."""
    work.mkdir(parents=True)
    db = work / source.name
    shutil.copy(source, db)
    cmd = [sys.executable, "-m", "tests.benchmarks.bench_sync", "--child", side, "--db",
           str(db), "--url", url, *extra]
    profile = "--profile" in extra
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=1800)
    result = None
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            result = json.loads(line[len("RESULT "):])
        elif line.strip() or profile:
            print(line)
    if proc.returncode != 0 or result is None:
        raise RuntimeError(f"{side} child failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    shutil.rmtree(work, ignore_errors=True)
    return result


# --- the report ------------------------------------------------------------------------------


def ms(values: list[float], q: float) -> float:
    return pct(values, q) * 1000 if values else 0.0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=200_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--profile", action="store_true",
                    help="also one uploader drain under cProfile (both threads), printed")
    ap.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    ap.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--url", help=argparse.SUPPRESS)
    ap.add_argument("--mark", choices=MARKS, default="sealed", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        kwargs = ({"profile": args.profile, "mark": args.mark} if args.child == "uploader"
                  else {})
        result = CHILDREN[args.child](args.db, args.url, **kwargs)
        print("RESULT " + json.dumps(result), flush=True)
        return

    from tests.sync.broker import Mosquitto

    t_all = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        source, kinds, built = build_journal(root / "source", args.records)
        n = sum(kinds.values())
        size = source.stat().st_size
        broker = Mosquitto(root / "broker", persistence=False).start()
        version = subprocess.run([broker_bin(), "-h"], capture_output=True, text=True
                                 ).stdout.splitlines()[:1]
        print(f"\nSync drain benchmark: {n:,} records, sealed, offline, over a week "
              f"({size / MB:.0f} MB journal, built in {built:.1f} s); "
              f"{version[0] if version else 'mosquitto'}, loopback, no persistence, "
              f"no subscriber; {os.cpu_count()} CPUs")
        print("  records: " + ", ".join(f"{k} {v:,}" for k, v in
                                        sorted(kinds.items(), key=lambda kv: -kv[1])))
        results: dict[str, list[dict]] = {"bare": [], "uploader": [], "ui": []}
        try:
            if args.profile:
                print("\ncProfile of one uploader drain (slower than unprofiled):")
                run_child("uploader", source, root / "profile", broker.url, "--profile")
            for r in range(args.runs):
                for side in ("bare", "uploader", "ui"):
                    got = run_child(side, source, root / f"run{r}-{side}", broker.url)
                    if not got["ok"] or got["n"] != n:
                        raise RuntimeError(f"{side} run {r + 1} did not drain: {got}")
                    results[side].append(got)
                    print(f"  run {r + 1} {side:8s} {got['wall']:7.2f} s  "
                          f"{got['n'] / got['wall']:9,.0f} records/s"
                          + (f"  peak RSS +{got['growth_mb']:.1f} MB" if side != "ui" else
                             f"  tick lateness p99 {ms(got['busy'], 0.99):.1f} ms"),
                          flush=True)
            for mark in MARKS[1:]:  # where the uploader's time goes: one run each
                got = run_child("uploader", source, root / f"mark-{mark}", broker.url,
                                "--mark", mark)
                if not got["ok"] or got["acked"] < n:
                    raise RuntimeError(f"uploader, marks {mark}, did not drain: {got}")
                results[f"mark {mark}"] = [got]
                print(f"  uploader, marks {mark:8s} {got['wall']:7.2f} s  "
                      f"{got['n'] / got['wall']:9,.0f} records/s  peak RSS "
                      f"+{got['growth_mb']:.1f} MB", flush=True)
        finally:
            broker.stop()
    report(n, results, time.perf_counter() - t_all)


def broker_bin() -> str:
    from tests.sync.broker import MOSQUITTO

    return MOSQUITTO


def report(n: int, results: dict[str, list[dict]], total: float) -> None:
    runs = len(results["bare"])
    bare = statistics.median(r["wall"] for r in results["bare"])
    ours = statistics.median(r["wall"] for r in results["uploader"])
    ours_mem = statistics.median(r["growth_mb"] for r in results["uploader"])
    bare_mem = statistics.median(r["growth_mb"] for r in results["bare"])
    mark = statistics.median(r["mark_s"] for r in results["uploader"])
    marks = statistics.median(r["marks"] for r in results["uploader"])
    payload = results["bare"][0]["bytes"]
    ui = results["ui"]
    busy = [statistics.median(ms(r["busy"], q) for r in ui) for q in (0.5, 0.99)]
    busy_max = statistics.median(max(r["busy"], default=0.0) * 1000 for r in ui)
    idle = [statistics.median(ms(r["idle"], q) for r in ui) for q in (0.5, 0.99)]
    idle_max = statistics.median(max(r["idle"], default=0.0) * 1000 for r in ui)
    ui_wall = statistics.median(r["wall"] for r in ui)
    gui_cpu = statistics.median(r["gui_cpu"] / r["wall"] for r in ui)
    ratio = ours / bare
    print(f"\nmedians of {runs} run(s), {n:,} records ({payload / MB:.0f} MB of payload, "
          f"{payload / n:.0f} bytes a record on average), QoS 1, {WINDOW} in flight:")
    print(f"  bare paho loop (payloads built beforehand)  {bare:7.2f} s  {n / bare:9,.0f} "
          f"records/s   peak RSS growth {bare_mem:6.1f} MB   (its thread's CPU "
          f"{statistics.median(r['cpu'] for r in results['bare']):.2f} s)")
    print(f"  Uploader.drain()                            {ours:7.2f} s  {n / ours:9,.0f} "
          f"records/s   peak RSS growth {ours_mem:6.1f} MB")
    print(f"    of which the writer's thread in Journal.mark_sent: {mark:.2f} s "
          f"({marks:.0f} batches, {mark / ours * 100:.0f}% of the drain's wall time)")
    print(f"  ratio uploader / bare time {ratio:.2f}x")
    cpu = {k: statistics.median(r[k] for r in results["uploader"])
           for k in ("cpu_drain", "cpu_writer", "cpu_process")}
    print(f"  CPU over the drain: its thread {cpu['cpu_drain']:.2f} s, the writer's "
          f"{cpu['cpu_writer']:.2f} s, the whole process {cpu['cpu_process']:.2f} s "
          f"(wall {ours:.2f} s)")
    variants = [(k, v[0]) for k, v in results.items() if k.startswith("mark ")]
    if variants:
        print("where the uploader's time goes (one run each, same journal, same broker):")
        print(f"  marks sealed, as shipped (median above)     {ours:7.2f} s  {n / ours:9,.0f} "
              f"records/s  ({ratio:.2f}x bare)")
        for k, r in variants:
            label = {"mark unsealed": "marks not sealed (writer without the key)",
                     "mark none": "nothing marked (mark resolves at once)"}[k]
            print(f"  {label:43s} {r['wall']:7.2f} s  {n / r['wall']:9,.0f} records/s  "
                  f"({r['wall'] / bare:.2f}x bare; writer's thread in mark_sent "
                  f"{r['mark_s']:.2f} s, CPU {r['cpu_writer']:.2f} s; drain's thread CPU "
                  f"{r['cpu_drain']:.2f} s)")
    print(f"GUI-thread lateness of a 10 ms timer (p50 / p99 / max, ms): idle "
          f"{idle[0]:.2f} / {idle[1]:.2f} / {idle_max:.2f}; while the uploader drains on its "
          f"thread ({ui_wall:.1f} s, {n / ui_wall:,.0f} records/s; GUI thread busy "
          f"{gui_cpu * 100:.0f}% of it) {busy[0]:.2f} / {busy[1]:.2f} / {busy_max:.2f}")
    print(f"goals: uploader within 1.5x of the bare loop: {'met' if ratio <= 1.5 else 'NOT met'}"
          f" ({ratio:.2f}x); peak RSS growth under 30 MB: "
          f"{'met' if ours_mem < 30 else 'NOT met'} ({ours_mem:.1f} MB); UI lag p99 under "
          f"16 ms: {'met' if busy[1] < 16 else 'NOT met'} ({busy[1]:.1f} ms)")
    print(f"(the whole benchmark took {total:.0f} s)")


if __name__ == "__main__":
    main()
