"""Benchmark: what the console adds to a swap, at the real time scale.

Run:  .venv/bin/python -m tests.benchmarks.bench_supervision [--swaps N] [--time-scale X]

The simulated controller runs in this process behind a real pseudo-terminal, so
both sides share one clock. A monitor thread samples the controller's own state
every millisecond and notes when it changed; the console side notes when the
supervisor saw it. Two figures, median and p99:

* start latency: from the controller reporting the vehicle in position (READY) to
  the controller receiving the start command, the operator's one tap being
  already given (the screen would have shown READY and the tap is the only wait);
* step latency: from the controller entering each new step to the console's
  supervisor showing it.

The baseline is the link's own poll period (the console cannot see a change
sooner than its next poll): the ratio says how much the console adds on top.
Goal: under 100 ms each.
"""

from __future__ import annotations

import argparse
import os
import statistics
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QTimer

from operator_app.domain import station as st
from operator_app.domain.supervisor import ENDED, Phase, Refused
from operator_app.domain.vehicles import IdMethod
from operator_app.link.urls import parse_link_url, with_target
from operator_app.services.demo import demo_registry
from operator_app.services.link_worker import LinkConfig, LinkService, LinkWorker
from operator_app.services.swap_service import SwapService
from operator_app.simulator.model import StationModel
from operator_app.simulator.server import PtyEndpoint, ServerLoop
from tests.benchmarks.figures import pct


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--swaps", type=int, default=2)
    ap.add_argument("--time-scale", type=float, default=1.0)
    ap.add_argument("--poll", type=float, default=0.1, help="the console's poll interval, s")
    args = ap.parse_args()
    app = QCoreApplication([])
    model = StationModel(seed=21, time_scale=args.time_scale, arrivals=True)
    for slot in model.rack:  # a rested station: every pack charged
        if slot.pack is not None:
            slot.pack.soc = 100.0
    loop = ServerLoop(model, PtyEndpoint()).start()
    controller: dict[tuple, float] = {}  # event -> when the controller changed
    starts: list[float] = []
    stop = threading.Event()

    def monitor() -> None:
        last_step, last_state, executed = None, None, 0
        while not stop.is_set():
            now = time.perf_counter()
            with loop.lock:
                state, swap = model.state, model.swap
                step = (swap.step if swap else None, model.swap_counter)
                n = len(model.executed)
                cmds = model.executed[executed:]
            if state is st.StationState.READY and last_state is not st.StationState.READY:
                controller[("ready", model.swap_counter)] = now
            if step != last_step and step[0] is not None:
                controller[("step", *step)] = now
            for _seq, code in cmds:
                if code == st.CommandCode.START_SWAP:
                    starts.append(now)
            executed, last_step, last_state = n, step, state
            time.sleep(0.001)

    threading.Thread(target=monitor, daemon=True).start()
    link = LinkService(LinkWorker(with_target(parse_link_url("sim"), loop.endpoint.path),
                                  LinkConfig(poll_interval=args.poll, slot_interval=1.0)))
    swaps = SwapService(link, demo_registry())
    console: dict[tuple, float] = {}
    start_latency: list[float] = []
    tried: set[int] = set()
    done = [0]

    def on_change(tx) -> None:
        if tx.steps and tx.phase in (Phase.RUNNING, Phase.VERIFYING):
            v = tx.steps[-1]
            console.setdefault(("step", (v.step, v.block), done[0]), time.perf_counter())

    swaps.changed.connect(on_change)

    def drive() -> None:
        snap = link.last_snapshot
        if snap is None:
            return
        tx = swaps.tx
        if tx.phase in ENDED:
            done[0] += 1
            swaps.supervisor.cancel()
            if done[0] >= args.swaps:
                app.quit()
            return
        if snap.status.state is not st.StationState.READY or not snap.bay.plate:
            return
        if tx.phase is Phase.IDLE:
            swaps.identify(snap.bay.plate, IdMethod.CAMERA)
        if swaps.tx.phase in (Phase.IDENTIFIED, Phase.PLANNED):
            # only a start possible at the first look counts: a wait for charging packs is
            # the station's, not the console's
            first_look = model.swap_counter not in tried
            tried.add(model.swap_counter)
            ready_at = controller.get(("ready", model.swap_counter)) if first_look else None
            n = len(starts)
            if not isinstance(swaps.plan(), Refused) and \
                    not isinstance(swaps.confirm("bench"), Refused):
                deadline = time.perf_counter() + 2
                while len(starts) == n and time.perf_counter() < deadline:
                    app.processEvents()  # benchmark only: wait for the command to land
                    time.sleep(0.0005)
                if ready_at is not None and len(starts) > n:
                    start_latency.append(starts[-1] - ready_at)

    timer = QTimer()
    timer.timeout.connect(drive)
    timer.start(5)
    link.start()
    app.exec()
    stop.set()
    link.stop()
    loop.close()
    step_latency = []
    for key, seen in console.items():
        _, (step, block), n = key
        for ckey, changed in controller.items():
            if ckey[0] == "step" and ckey[1] == (step, block) and ckey[2] == n:
                step_latency.append(seen - changed)
    print(f"\nConsole overhead on a swap, time scale {args.time_scale:g}, poll every "
          f"{args.poll * 1000:.0f} ms, {done[0]} swaps\n")
    for label, data in (("in position -> start command at the controller", start_latency),
                        ("controller step -> console shows it", step_latency)):
        if not data:
            print(f"{label}: no samples")
            continue
        med, p99 = statistics.median(data) * 1000, pct(data, 0.99) * 1000
        print(f"{label:48s} median {med:6.1f} ms  p99 {p99:6.1f} ms  ({len(data)} samples; "
              f"baseline: one poll period {args.poll * 1000:.0f} ms, ratio "
              f"{med / (args.poll * 1000):.2f})")
    print("\nGoal: under 100 ms each. The poll period bounds how soon any change can be seen; "
          "a change lands on average half a period before the next poll.")


if __name__ == "__main__":
    main()
