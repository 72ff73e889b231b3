"""``operator-app --self-test``: run real swaps on the simulated station, headless, and check.

Starts the simulated station on a virtual serial port, identifies each arriving
vehicle by the bay camera's plate, plans, confirms and watches the swap through
the real link, and checks that the journal holds every transaction. Prints a
short summary and exits 0, or prints what failed and exits 1. Run again on the
same data directory it continues the journal, and closes a swap a previous run
left mid-way.
"""

from __future__ import annotations

import argparse
import logging
import sqlite3
import tempfile
import time
from pathlib import Path

log = logging.getLogger("operator_app.selftest")


def run_self_test(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication, QTimer

    from operator_app.domain import station as st
    from operator_app.domain.supervisor import ENDED, Phase, Refused
    from operator_app.domain.vehicles import IdMethod
    from operator_app.link.urls import parse_link_url, with_target
    from operator_app.services.demo import demo_vehicles
    from operator_app.services.journal_service import JournalService
    from operator_app.services.link_worker import LinkConfig, LinkService, LinkWorker
    from operator_app.services.simulator_process import SimulatorOptions, SimulatorProcess
    from operator_app.services.station import wire_services
    from operator_app.storage.db import open_journal
    from operator_app.storage.journal import JournalWriter

    data_dir = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(
        prefix="operator-self-test-"))
    want = max(1, args.swaps)
    print(f"self-test: {want} swap(s) on the simulated station, journal in {data_dir}",
          flush=True)
    db, _report = open_journal(data_dir)
    before = db.execute("SELECT count(*) FROM swaps WHERE result = 'completed'").fetchone()[0]
    db.close()
    sim = SimulatorProcess(SimulatorOptions(time_scale=args.time_scale, seed=args.seed))
    try:
        port = sim.start()
    except Exception as exc:  # noqa: BLE001 - any failure to start is the test's failure
        print(f"self-test FAILED: the simulated station did not start: {exc}")
        return 1
    app = QCoreApplication.instance() or QCoreApplication([])
    link = LinkService(LinkWorker(with_target(parse_link_url("sim"), port),
                                  LinkConfig(poll_interval=0.05, slot_interval=0.5)))
    writer = JournalWriter(data_dir / "journal.sqlite").start()
    journal = JournalService(writer)
    services = wire_services(link, journal, journal.registry(demo_vehicles()))
    alarms, swaps = services.alarms, services.swaps
    done: list[str] = []
    failures: list[str] = []
    started = time.monotonic()
    deadline = started + args.timeout * want

    def step() -> None:
        snap = link.last_snapshot
        if time.monotonic() > deadline:
            failures.append(f"only {len(done)} of {want} swaps in {args.timeout * want:.0f} s")
            app.quit()
            return
        if snap is None:
            return
        tx = swaps.tx
        if tx.phase in ENDED:
            if tx.phase is Phase.COMPLETED:
                done.append(tx.vehicle.plate if tx.vehicle else "?")
                print(f"  swap {len(done)}: {done[-1]} completed in "
                      f"{sum(v.elapsed for v in tx.steps):.0f} s of station time, "
                      f"{len(tx.steps)} steps", flush=True)
            else:
                failures.append(f"swap for {tx.vehicle.plate if tx.vehicle else '?'} ended "
                                f"{tx.phase.value}: {tx.note}")
            swaps.supervisor.cancel()
            if len(done) >= want or failures:
                QTimer.singleShot(1500, app.quit)  # let the recorder write the last record
            return
        if len(done) >= want:
            return  # enough: start nothing new while the last record is written
        if tx.phase is Phase.IDLE and snap.status.state is st.StationState.READY \
                and snap.bay.plate:
            swaps.identify(snap.bay.plate, IdMethod.CAMERA)
        if swaps.tx.phase in (Phase.IDENTIFIED, Phase.PLANNED) and \
                snap.status.state is st.StationState.READY:
            plan = swaps.plan()
            if not isinstance(plan, Refused):
                swaps.confirm("self-test")

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(50)
    journal.start()
    link.start()
    try:
        app.exec()
    finally:
        timer.stop()
        link.stop()
        journal.stop()
        sim.stop()
    conn = sqlite3.connect(f"file:{data_dir / 'journal.sqlite'}?mode=ro", uri=True)
    after = conn.execute("SELECT count(*) FROM swaps WHERE result = 'completed'").fetchone()[0]
    left_running = conn.execute("SELECT count(*) FROM swaps WHERE result = 'running'"
                                ).fetchone()[0]
    conn.close()
    if after - before < len(done):
        failures.append(f"the journal holds {after - before} new completed swaps, "
                        f"{len(done)} were seen")
    if left_running:
        failures.append(f"{left_running} swap(s) still marked running in the journal")
    from operator_app.storage.inspect import verify

    report = verify(data_dir / "journal.sqlite")
    if not report.ok:
        failures += [line for line in report.lines if line.startswith("FAIL")]
    elapsed = time.monotonic() - started
    if failures:
        print("self-test FAILED:")
        for f in failures:
            print(f"  - {f}")
        return 1
    k = alarms.manager.kpis(time.time())
    print(f"self-test passed: {len(done)} swap(s) in {elapsed:.1f} s, journal holds "
          f"{after} completed swaps, journal verified; alarms raised in the last 10 min: "
          f"{k['per_10_min']:.0f}, standing: {k['standing']:.0f}")
    return 0
