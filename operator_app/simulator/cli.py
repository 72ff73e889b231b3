"""``operator-sim``: run the simulated station controller on a serial line or TCP port."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import signal
import sys
import threading
from typing import TextIO

from operator_app.link import registers as R
from operator_app.simulator.model import FAULTS, CommandLog, SimulatorError, StationModel
from operator_app.simulator.server import (
    Endpoint,
    PtyEndpoint,
    SerialDeviceEndpoint,
    ServerLoop,
    TcpEndpoint,
)
from operator_app.simulator.training import apply_training_command
from operator_app.textio import read_lines


def build_parser() -> argparse.ArgumentParser:
    faults = "\n".join(f"  {name:36s} {text}" for name, text in FAULTS.items())
    p = argparse.ArgumentParser(
        prog="operator-sim",
        description="Simulated battery-swap station controller (Modbus RTU unit 1).\n"
        "Its fleet's packs circulate (a vehicle leaves with the packs it was given; they\n"
        "come back days later, depleted), age, have a BMS with its own SoH error, and are\n"
        "charged CC-CV by slot chargers that meter charge and energy; it checks its\n"
        "interlocks (vehicle HV off and brake, doors, load cell, lock torque) and runs\n"
        "maintenance moves only on a hold-to-run lease (protocol 3.2).",
        epilog="faults for --fault:\n" + faults,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    where = p.add_mutually_exclusive_group()
    where.add_argument("--serial", metavar="pty|DEVICE",
                       help="'pty' makes a virtual serial port pair and prints 'PORT <path>' "
                       "(the console's end); a device path serves on a real port")
    where.add_argument("--tcp", metavar="HOST:PORT",
                       help="serve raw RTU frames over TCP, as a serial device server does "
                       "(port 0 picks a free one; prints 'PORT socket://HOST:PORT')")
    p.add_argument("--link-path", metavar="PATH",
                   help="with --serial pty: also make a symlink PATH to the console's end, "
                   "so a restarted simulator keeps the same port name")
    p.add_argument("--slots", type=int, default=R.DEFAULT_SLOTS, help="rack slots (1-32)")
    p.add_argument("--time-scale", type=float, default=1.0,
                   help="simulated seconds per real second (e.g. 60 runs a 5-min swap in 5 s); "
                   "the controller's clock (run.clock) runs at this rate")
    p.add_argument("--seed", type=int, default=0, help="random seed: same seed, same station")
    p.add_argument("--fault", action="append", default=[], metavar="NAME",
                   help="inject a fault at start (repeatable); see below")
    p.add_argument("--baud", type=int, default=115200, help="baud rate of a real port")
    p.add_argument("--unit", type=int, default=R.DEFAULT_UNIT, help="Modbus unit id")
    p.add_argument("--watchdog", type=float, default=3.0,
                   help="console heartbeat watchdog, seconds")
    p.add_argument("--no-arrivals", action="store_true",
                   help="no vehicles arrive on their own")
    p.add_argument("--auto-start", action="store_true",
                   help="an attendant presses the bay's local start button 5 s after a "
                   "vehicle is in position (demos and long runs without an operator)")
    p.add_argument("--exit-with-parent", action="store_true",
                   help="read trainer commands from standard input (arrive, leave, fault, clear, "
                   "cabinet-reset, fleet) and exit when it closes (used by the console)")
    p.add_argument("--command-log", metavar="FILE",
                   help="append one JSON line per command the controller executed, when its "
                   "outcome is final (seq, code, args, result, reason): the ground truth to "
                   "compare a console's journal with")
    p.add_argument("--print-register-map", action="store_true",
                   help="print the register map as Markdown and exit")
    p.add_argument("-v", "--verbose", action="store_true")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.print_register_map:
        sys.stdout.write(R.render_markdown(args.slots))
        return 0
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    with contextlib.ExitStack() as stack:
        log_file = None
        if args.command_log:
            try:
                # line-buffered: every record reaches the file as it is written
                log_file = stack.enter_context(
                    open(args.command_log, "a", buffering=1, encoding="utf-8"))
            except OSError as exc:
                print(f"operator-sim: cannot open the command log: {exc}", file=sys.stderr)
                return 2
        return _serve(args, log_file)


def _serve(args: argparse.Namespace, log_file: TextIO | None) -> int:
    command_log: CommandLog | None = None
    if log_file is not None:
        def command_log(record: dict[str, object]) -> None:
            log_file.write(json.dumps(record) + "\n")

    try:
        model = StationModel(
            slots=args.slots, seed=args.seed, time_scale=args.time_scale,
            watchdog_s=args.watchdog, arrivals=not args.no_arrivals, faults=args.fault,
            auto_start=args.auto_start, command_log=command_log,
        )
    except (SimulatorError, ValueError) as exc:
        print(f"operator-sim: {exc}", file=sys.stderr)
        return 2
    try:
        endpoint = _endpoint(args)
    except (OSError, ValueError) as exc:
        print(f"operator-sim: cannot open the line: {exc}", file=sys.stderr)
        return 2
    loop = ServerLoop(model, endpoint, unit=args.unit)

    def stop(signum: int, _frame: object) -> None:
        loop.request_stop()

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    if args.exit_with_parent:
        threading.Thread(target=_watch_stdin, args=(loop,), daemon=True).start()
    print(f"PORT {endpoint.path}", flush=True)
    logging.getLogger("operator-sim").info(
        "station of %d slots, time scale %g, seed %d, unit %d on %s",
        args.slots, args.time_scale, args.seed, args.unit, endpoint.path)
    try:
        loop.run()
    finally:
        endpoint.close()
        with loop.lock:
            model.end_command_log()
    return 0


def _endpoint(args: argparse.Namespace) -> Endpoint:
    if args.tcp:
        host, _, port = args.tcp.rpartition(":")
        if not host or not port.isdigit():
            raise ValueError(f"--tcp wants HOST:PORT, got {args.tcp!r}")
        return TcpEndpoint(host, int(port))
    if args.serial in (None, "pty"):
        return PtyEndpoint(args.link_path)
    return SerialDeviceEndpoint(args.serial, args.baud)


def _watch_stdin(loop: ServerLoop) -> None:
    """Trainer commands, one per line (see ``training``); end of input stops the simulator.

    Reads the descriptor itself: a thread blocked in Python's buffered stdin would hold
    its lock while the interpreter shuts down.
    """
    for raw in read_lines(sys.stdin.fileno()):
        line = raw.strip()
        with loop.lock:
            answer = apply_training_command(loop.model, line)
        with contextlib.suppress(OSError):
            os.write(sys.stdout.fileno(), (answer + "\n").encode())
    loop.request_stop()
