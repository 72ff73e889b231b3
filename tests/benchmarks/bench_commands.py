"""Benchmark: command latency, send to DONE, beside the poll period of the same run.

Run:  .venv/bin/python -m tests.benchmarks.bench_commands [--commands 200]

The simulator runs in its own process on a pseudo-terminal at the real time scale;
the production LinkService polls at its defaults (100 ms between polls, slots once
a second). A short command (RESET_FAULTS) is sent from the UI thread, one at a time,
at a random moment within a poll period, and timed from ``send_command`` to its
handle's DONE, as a button would see it. Beside it, in the same run: the time between
two snapshots over 5 s before the first command (one poll period), and two poll
periods, which is what a console that wrote a command on one poll and read its answer
on the next would take.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import statistics
import subprocess
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QTimer

from operator_app.domain.commands import CommandRequest, OutcomeKind
from operator_app.domain.snapshot import LinkState
from operator_app.domain.station import CommandCode
from operator_app.link.urls import parse_link_url, with_target
from operator_app.services.link_worker import LinkConfig, LinkService, LinkWorker
from tests.benchmarks.figures import pct


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--commands", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    proc = subprocess.Popen([sys.executable, "-m", "operator_app.simulator", "--serial", "pty",
                             "--no-arrivals"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    port = proc.stdout.readline().split()[1]
    app = QCoreApplication.instance() or QCoreApplication([])
    link = LinkService(LinkWorker(with_target(parse_link_url("sim"), port), LinkConfig()))
    rng = random.Random(args.seed)
    stamps: list[float] = []
    latencies: list[float] = []
    kinds: dict[str, int] = {}
    link.snapshot_ready.connect(lambda s: stamps.append(time.perf_counter()))

    def send() -> None:
        t0 = time.perf_counter()
        handle = link.send_command(CommandRequest(CommandCode.RESET_FAULTS))

        def ended(outcome) -> None:
            if not outcome.final:
                return
            kinds[outcome.kind.name] = kinds.get(outcome.kind.name, 0) + 1
            if outcome.kind is OutcomeKind.DONE:
                latencies.append(time.perf_counter() - t0)
            if sum(kinds.values()) >= args.commands:
                app.quit()
            else:
                QTimer.singleShot(rng.randint(0, 100), send)  # anywhere within a poll

        handle.on_update(ended)

    idle: list[float] = []

    def begin() -> None:
        idle.extend(stamps)  # the poll period without commands (a command polls at once)
        send()

    def on_event(event) -> None:
        if event.state is LinkState.ONLINE and not kinds and not latencies:
            QTimer.singleShot(5000, begin)

    link.link_event.connect(on_event)
    QTimer.singleShot(120_000, app.quit)
    link.start()
    app.exec()
    link.stop()
    proc.terminate()
    proc.wait(10)
    periods = [b - a for a, b in itertools.pairwise(idle[5:])]
    poll = statistics.median(periods)
    med, p99 = statistics.median(latencies), pct(latencies, 0.99)
    print(f"\nRESET_FAULTS, send to DONE, {len(latencies)} commands at the real time scale "
          f"(outcomes {kinds}):")
    print(f"  command latency        median {med * 1000:7.2f} ms   p99 {p99 * 1000:7.2f} ms")
    print(f"  poll period (same run, idle) median {poll * 1000:7.2f} ms   p99 "
          f"{pct(periods, 0.99) * 1000:7.2f} ms   ({len(periods)} periods)")
    print(f"  two poll periods              {2 * poll * 1000:7.2f} ms")
    print(f"  ratio: latency median / two poll periods {med / (2 * poll):.2f}x, "
          f"p99 / two poll periods {p99 / (2 * poll):.2f}x")


if __name__ == "__main__":
    main()
