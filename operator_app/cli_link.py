"""``operator-app link check``: commission a terminal's link without opening a window.

    operator-app link check --link /dev/ttyUSB0?baud=19200 --seconds 10

Prints one line per link-state change (time, state, cause), then what the
controller said about itself and the link statistics, and exits 0 when the
controller answered, 1 when it did not, 2 when the URL itself is wrong.
"""

from __future__ import annotations

import argparse
import sys
import time

from operator_app import __version__


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="operator-app link check",
        description="Connect to the station controller, report the link, and exit.",
    )
    p.add_argument("--link", required=True, metavar="URL",
                   help="/dev/ttyUSB0?baud=115200&parity=N&stopbits=1&unit=1&timeout=0.25, "
                   "COM3, socket://HOST:PORT, rfc2217://HOST:PORT, or sim")
    p.add_argument("--seconds", type=float, default=5.0, help="how long to watch the link")
    p.add_argument("--poll-interval", type=float, default=0.1)
    p.add_argument("--lost-after", type=float, default=3.0,
                   help="seconds without an answer or a changing heartbeat before LOST")
    p.add_argument("--trace", metavar="FILE", help="write every raw frame to FILE")
    return p


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    from PySide6.QtCore import QCoreApplication, QTimer

    from operator_app.link.errors import LinkConfigError
    from operator_app.link.urls import parse_link_url, with_target
    from operator_app.services.link_worker import (
        LinkConfig,
        LinkEvent,
        LinkService,
        LinkWorker,
    )
    from operator_app.services.simulator_process import (
        SimulatorProcess,
        SimulatorStartError,
    )

    try:
        settings = parse_link_url(args.link)
    except LinkConfigError as exc:
        print(f"link check: {exc}", file=sys.stderr)
        return 2
    simulator = None
    if settings.kind == "sim":
        simulator = SimulatorProcess()
        try:
            settings = with_target(settings, simulator.start())
        except (SimulatorStartError, OSError) as exc:
            print(f"link check: {exc}", file=sys.stderr)
            return 1
    print(f"operator-app {__version__} link check: {settings.describe()}, "
          f"{args.seconds:g} s", flush=True)
    app = QCoreApplication.instance() or QCoreApplication([])
    config = LinkConfig(poll_interval=args.poll_interval, lost_after=args.lost_after,
                        trace_path=args.trace)
    worker = LinkWorker(settings, config)
    link = LinkService(worker)
    identities = []

    def on_event(event: LinkEvent) -> None:
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(event.at))
        print(f"{stamp}  {event.state.name:10s} {event.cause}", flush=True)

    link.link_event.connect(on_event)
    link.identity_read.connect(identities.append)
    QTimer.singleShot(int(args.seconds * 1000), app.quit)
    link.start()
    try:
        app.exec()
    finally:
        link.stop()
        if simulator is not None:
            simulator.stop()
    c = worker.counters
    median, p99 = c.rtt_percentiles()
    if identities:
        i = identities[-1]
        print(f"controller: {i.vendor}, serial {i.serial_number}, firmware "
              f"{i.firmware_version[0]}.{i.firmware_version[1]}, protocol "
              f"{i.protocol_version[0]}.{i.protocol_version[1]}, {i.slot_count} rack slots")
    print(f"snapshots: {worker.snapshots} in {args.seconds:g} s, reconnects: {worker.reconnects}")
    print(f"transactions: {c.transactions}, answered: {c.ok}, timeouts: "
          f"{c.timeouts + c.short_replies}, CRC errors: {c.crc_errors}, retries: {c.retries}, "
          f"wrong unit: {c.wrong_unit}, malformed: {c.malformed}, exceptions: {c.exceptions}, "
          f"noise bytes: {c.noise_bytes}")
    if median is not None:
        print(f"round trip: median {median * 1000:.2f} ms, p99 {p99 * 1000:.2f} ms")
    ok = worker.snapshots > 0
    print("result: " + ("the controller answered" if ok else
                        "NO ANSWER from the controller: check cable, port, baud, parity and "
                        "unit id"), flush=True)
    return 0 if ok else 1
