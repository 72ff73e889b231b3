"""Benchmark: polling the whole station through the link worker, beside bare loops.

Run:  .venv/bin/python -m tests.benchmarks.bench_link_worker [--seconds S]

The simulator runs in its own process on a pseudo-terminal (``operator-sim
--serial pty``), as under ``operator-app --simulate``. For 8 and 24 slots:

* worker: the production LinkWorker on its QThread, polling as fast as it can
  (poll interval 0, every snapshot includes every rack slot), decoding and
  emitting one immutable snapshot per poll;
* floor (own client): a bare loop issuing the same transactions with the same
  RTU client, no thread, no decoding;
* floor (pymodbus): the same transactions by a bare pymodbus 3.16 sync client.

Printed: snapshots (polls) per second, round-trip median and p99, CPU per
snapshot, and the worker's time per snapshot over each floor's. Then the wire
time the same poll would take on a real RS-485 line at 115200 and 19200 baud,
computed from the frame sizes and the inter-frame gaps.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import serial
from pymodbus.client import ModbusSerialClient
from PySide6.QtCore import QCoreApplication, QTimer

from operator_app.link import registers as R
from operator_app.link.client import RtuClient
from operator_app.link.urls import parse_link_url, with_target
from operator_app.services.link_worker import LinkConfig, LinkService, LinkWorker
from tests.benchmarks.figures import pct


def start_sim(slots: int) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([sys.executable, "-m", "operator_app.simulator", "--serial", "pty",
                             "--slots", str(slots), "--no-arrivals"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return proc, proc.stdout.readline().split()[1]


def poll_plan(slots: int) -> list[tuple[str, int, int]]:
    """The transactions of one full poll: (kind, address, count)."""
    plan = [("write", 101, 1), ("read", *R.FAST_BLOCK)]
    plan += [("read", s, n) for s, n in R.plan_reads(*R.RegisterMap(slots).slot_block())]
    return plan


def run_worker(port: str, seconds: float) -> dict:
    app = QCoreApplication.instance() or QCoreApplication([])
    worker = LinkWorker(with_target(parse_link_url("sim"), port),
                        LinkConfig(poll_interval=0.0, slot_interval=0.0, lost_after=5.0))
    link = LinkService(worker)
    stamps: list[float] = []
    link.snapshot_ready.connect(lambda s: stamps.append(time.perf_counter()))
    link.start()
    # let it connect and warm up, then measure a window
    QTimer.singleShot(int(1000 * (1.0 + seconds)), app.quit)
    cpu0 = [0.0]
    n0 = [0]
    t0 = [0.0]

    def mark() -> None:
        cpu0[0], n0[0], t0[0] = time.process_time(), len(stamps), time.perf_counter()
        worker.counters.round_trips.clear()

    QTimer.singleShot(1000, mark)
    app.exec()
    cpu = time.process_time() - cpu0[0]
    wall = time.perf_counter() - t0[0]
    n = len(stamps) - n0[0]
    rtts = list(worker.counters.round_trips)
    link.stop()
    return {"rate": n / wall, "cpu": cpu / n, "rtt": rtts, "per_poll": wall / n}


def run_floor_own(port: str, slots: int, seconds: float) -> dict:
    client = RtuClient(serial.Serial(port, 115200), timeout=1.0, retries=0)
    plan = poll_plan(slots)
    return _loop(lambda kind, a, n: client.write_register(a, 1) if kind == "write"
                 else client.read_registers(a, n), plan, seconds, client.close)


def run_floor_pymodbus(port: str, slots: int, seconds: float) -> dict:
    client = ModbusSerialClient(port, baudrate=115200, timeout=1, retries=0)
    client.connect()
    plan = poll_plan(slots)

    def do(kind: str, a: int, n: int) -> None:
        r = (client.write_register(a, 1, device_id=1) if kind == "write"
             else client.read_holding_registers(a, count=n, device_id=1))
        assert not r.isError()

    return _loop(do, plan, seconds, client.close)


def _loop(do, plan, seconds: float, close) -> dict:
    rtts: list[float] = []
    end = time.perf_counter() + 0.5
    while time.perf_counter() < end:  # warm-up
        for step in plan:
            do(*step)
    polls = 0
    cpu0, t0 = time.process_time(), time.perf_counter()
    end = t0 + seconds
    while time.perf_counter() < end:
        for step in plan:
            t = time.perf_counter()
            do(*step)
            rtts.append(time.perf_counter() - t)
        polls += 1
    wall = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    close()
    return {"rate": polls / wall, "cpu": cpu / polls, "rtt": rtts, "per_poll": wall / polls}


def wire_time(slots: int, baud: int, bits_per_char: int = 10) -> float:
    """Seconds one full poll occupies an RS-485 line (no controller think time)."""
    char = bits_per_char / baud
    gap = 3.5 * char if baud <= 19200 else 0.00175  # Modbus RTU t3.5, fixed above 19200
    total = 0.0
    for kind, _a, n in poll_plan(slots):
        request, response = (8, 8) if kind == "write" else (8, 5 + 2 * n)
        total += (request + response) * char + 2 * gap
    return total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=5.0)
    args = ap.parse_args()
    print(f"\nWhole-station polling over a pty, {args.seconds:g} s per measure "
          "(median / p99 round trip per transaction)\n")
    head = (f"{'slots':>5s}  {'how':22s} {'polls/s':>8s} {'rtt med ms':>10s} {'rtt p99 ms':>10s}"
            f" {'CPU ms/poll':>11s} {'worker/this':>11s}")
    print(head)
    for slots in (8, 24):
        rows = {}
        for how in ("worker", "floor: own client", "floor: pymodbus"):
            proc, port = start_sim(slots)
            try:
                if how == "worker":
                    rows[how] = run_worker(port, args.seconds)
                elif how == "floor: own client":
                    rows[how] = run_floor_own(port, slots, args.seconds)
                else:
                    rows[how] = run_floor_pymodbus(port, slots, args.seconds)
            finally:
                proc.terminate()
                proc.wait(10)
        w = rows["worker"]["per_poll"]
        for how, r in rows.items():
            print(f"{slots:5d}  {how:22s} {r['rate']:8.1f} "
                  f"{statistics.median(r['rtt']) * 1000:10.2f} {pct(r['rtt'], 0.99) * 1000:10.2f}"
                  f" {r['cpu'] * 1000:11.2f} {w / r['per_poll']:10.2f}x")
    print("\nworker/this = worker's time per snapshot / this row's time per poll "
          "(below 1: the worker is faster)")
    print("\nWire-time model: one full poll on a real RS-485 line, 8N1, "
          "t3.5 gaps (1.75 ms above 19200 baud), no controller think time")
    for slots in (8, 24):
        n = len(poll_plan(slots))
        for baud in (115200, 19200):
            t = wire_time(slots, baud)
            print(f"  {slots:2d} slots, {n:2d} transactions, {baud:6d} baud: "
                  f"{t * 1000:6.1f} ms per poll -> at most {1 / t:5.1f} polls/s")
    for baud in (115200, 19200):
        fast = _fast_only(baud)
        slots_part = wire_time(8, baud) - fast
        print(f"  as the console polls (fast block every poll, 8 slots once a second), "
              f"{baud} baud: {fast * 1000:.1f} ms per poll + {slots_part * 1000:.1f} ms a "
              f"second -> at most {(1 - slots_part) / fast:.1f} polls/s")


def _fast_only(baud: int) -> float:
    char = 10 / baud
    gap = 3.5 * char if baud <= 19200 else 0.00175
    return (8 + 8 + 8 + 5 + 2 * R.FAST_BLOCK[1]) * char + 4 * gap


if __name__ == "__main__":
    main()
