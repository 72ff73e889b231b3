"""Benchmark: the simulated controller on a pseudo-terminal line, beside pymodbus's own server.

Run:  .venv/bin/python -m tests.benchmarks.bench_simulator_link [--rounds N]

Both servers run in their own process behind the same virtual cable (two pty
pairs and a relay), and the same client (the console's RtuClient) measures:

* one 125-register read (a full Modbus read): median and p99 round trip;
* the whole station state as the console polls it: the heartbeat write, the
  fast block (103 registers) and every rack slot (3 reads for 8 slots, 8 for 24).

The baseline is pymodbus 3.16's plain serial server answering the same
addresses from a static register block: the floor for "a Modbus server in
Python". The ratio says what the behavioural model costs on top of it.
Figures are printed, never asserted; medians and ratios, as this machine is
shared and noisy.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import contextmanager

import serial

from operator_app.link import registers as R
from operator_app.link.client import RtuClient
from operator_app.link.errors import LinkError


@contextmanager
def server(kind: str, slots: int):
    proc = subprocess.Popen([sys.executable, "-m", "tests.benchmarks.serve", kind,
                             "--slots", str(slots)], stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert line.startswith("PORT "), line
        port = serial.Serial(line.split()[1], 115200)
        client = RtuClient(port, timeout=1.0, retries=0)
        # wait until it answers (pymodbus opens its end asynchronously)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.read_registers(0, 1)
                break
            except LinkError:  # not up yet
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        yield client
        client.close()
    finally:
        proc.terminate()
        proc.wait(10)


def timed(fn: Callable[[], object], rounds: int, warmup: int = 20) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def p99(data: list[float]) -> float:
    s = sorted(data)
    return s[min(len(s) - 1, round(0.99 * (len(s) - 1)))]


def station_poll(client: RtuClient, slots: int) -> Callable[[], None]:
    reads = [R.FAST_BLOCK, *R.plan_reads(*R.RegisterMap(slots).slot_block())]
    hb = [0]

    def poll() -> None:
        hb[0] = (hb[0] + 1) & 0xFFFF
        client.write_register(101, hb[0])
        for start, count in reads:
            client.read_registers(start, count)

    return poll


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=400)
    args = ap.parse_args()
    rows: list[tuple[str, list[float], list[float]]] = []
    for label, slots, make in (
        ("125-register read", 8, lambda c, s: (lambda: c.read_registers(1000, 125))),
        ("whole station, 8 slots (5 transactions)", 8, station_poll),
        ("whole station, 24 slots (10 transactions)", 24, station_poll),
    ):
        results = {}
        for kind in ("pymodbus", "sim"):
            with server(kind, slots) as client:
                results[kind] = timed(make(client, slots), args.rounds)
        rows.append((label, results["sim"], results["pymodbus"]))

    print(f"\nSimulator answer times over a pty cable, {args.rounds} rounds each "
          "(ms; same client, same cable)\n")
    print(f"{'measure':44s} {'sim median':>10s} {'sim p99':>8s} {'pymodbus median':>16s} "
          f"{'pymodbus p99':>13s} {'ratio':>6s}")
    for label, sim, base in rows:
        ms, mb = statistics.median(sim) * 1000, statistics.median(base) * 1000
        print(f"{label:44s} {ms:10.2f} {p99(sim) * 1000:8.2f} {mb:16.2f} "
              f"{p99(base) * 1000:13.2f} {ms / mb:6.2f}x")
    print("\nratio = simulator median / pymodbus static-block median (lower is better)")


if __name__ == "__main__":
    main()
