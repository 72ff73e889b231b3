"""``operator-app link check`` and ``link command``: commission a terminal without a window.

    operator-app link check --link /dev/ttyUSB0?baud=19200 --seconds 10
    operator-app link command --link /dev/ttyUSB0 SET_MODE MAINTENANCE
    printf 'RESET_FAULTS\\nCHARGER_ENABLE 3 0\\n' | operator-app link command --link URL -

``check`` prints one line per link-state change (time, state, cause), what the
controller said about itself, the link statistics, and last a line
``state: MODE STATE, faults: NAME, ...``. It exits 0 when the link ended ONLINE
or DEGRADED, 1 otherwise (no answer, a frozen controller, stuck connecting), 2
when the URL itself is wrong.

``command`` sends commands one after another on one connection, each when the one
before has ended, and prints one line per outcome on standard output:
``OUTCOME seq N [reason]`` (ACCEPTED, DONE, REJECTED, FAILED, UNKNOWN, REFUSED).
Link events go to standard error. It exits 0 when every command ended DONE, 1
otherwise, 2 for a bad URL or command.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from operator_app import __version__
from operator_app.textio import read_lines

URL_HELP = ("/dev/ttyUSB0?baud=115200&parity=N&stopbits=1&unit=1&timeout=0.25, COM3, "
            "socket://HOST:PORT, rfc2217://HOST:PORT, or sim")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="operator-app link check",
        description="Connect to the station controller, report the link, and exit.",
    )
    p.add_argument("--link", required=True, metavar="URL", help=URL_HELP)
    p.add_argument("--seconds", type=_positive, default=5.0,
                   help="how long to watch the link (default 5; make it longer than "
                   "--lost-after to catch a controller that stops)")
    p.add_argument("--poll-interval", type=float, default=0.1)
    p.add_argument("--lost-after", type=float, default=3.0,
                   help="seconds without an answer or a changing heartbeat before LOST")
    p.add_argument("--trace", metavar="FILE", help="write every raw frame to FILE")
    return p


def _positive(text: str) -> float:
    value = float(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be above 0, got {text}")
    return value


def build_command_parser() -> argparse.ArgumentParser:
    from operator_app.domain.station import COMMAND_ARGS, CommandCode

    def shown(code: CommandCode, names: tuple[str, ...]) -> str:
        if code is CommandCode.START_SWAP:  # the later slots may be left out: 0
            return f"{names[0]} {names[1]} [{' '.join(names[2:])}]  (left out: 0)"
        return " ".join(names) or "(no arguments)"

    table = "\n".join(f"  {code.name:18s} {shown(code, names)}"
                      for code, names in COMMAND_ARGS.items())
    p = argparse.ArgumentParser(
        prog="operator-app link command",
        usage="operator-app link command --link URL [options] (CODE [ARG ...] | -)",
        description="Send one command, or one a line from standard input (-), to the "
        "station controller and print each outcome.",
        epilog="commands and their arguments (SET_MODE takes AUTOMATIC or MAINTENANCE):\n"
        + table + "\n\nWith - instead of a command, read one command a line from standard "
        "input (blank lines are skipped, and # starts a comment).\nEach outcome: OUTCOME seq "
        "N [reason]; N is 0 for a command that was never sent (REFUSED).\nExit status: 0 "
        "every command ended DONE; 2 a bad URL or command (also when others ran); 1 "
        "otherwise.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--link", required=True, metavar="URL", help=URL_HELP)
    p.add_argument("--connect-timeout", type=_positive, default=10.0,
                   help="seconds to wait for the link to come up")
    p.add_argument("--trace", metavar="FILE", help="write every raw frame to FILE")
    p.add_argument("words", nargs="+", metavar="CODE [ARG ...] | -")
    return p


class _Station:
    """The link (and the built-in simulator for ``sim``) for one command-line run."""

    def __init__(self, url: str, prog: str, **config: Any) -> None:
        from operator_app.link.errors import LinkConfigError
        from operator_app.link.urls import parse_link_url

        self.prog = prog
        self.simulator = None
        self.link = None
        try:
            self.settings = parse_link_url(url)
        except LinkConfigError as exc:
            raise SystemExit(self._fail(2, str(exc))) from None
        self.config = config

    def _fail(self, code: int, text: str) -> int:
        print(f"{self.prog}: {text}", file=sys.stderr)
        return code

    def start(self) -> None:
        from operator_app.link.urls import with_target
        from operator_app.services.link_worker import LinkConfig, LinkService, LinkWorker
        from operator_app.services.simulator_process import SimulatorProcess, SimulatorStartError

        if self.settings.kind == "sim":
            self.simulator = SimulatorProcess()
            try:
                self.settings = with_target(self.settings, self.simulator.start())
            except (SimulatorStartError, OSError) as exc:
                raise SystemExit(self._fail(1, str(exc))) from None
        self.worker = LinkWorker(self.settings, LinkConfig(**self.config))
        self.link = LinkService(self.worker)

    def stop(self) -> None:
        if self.link is not None:
            self.link.stop()
        if self.simulator is not None:
            self.simulator.stop()


def _stamp(at: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(at))


def state_line(snap: Any, state: Any, cause: str) -> str:
    """``state: MODE STATE, faults: NAME, ...`` from the last snapshot of a live link."""
    from operator_app.domain.snapshot import LinkState

    if snap is None or state not in (LinkState.ONLINE, LinkState.DEGRADED):
        name = state.name if state is not None else "CONNECTING"
        return f"state: unknown (link {name}: {cause})"
    s = snap.status
    faults = ", ".join(getattr(f, "name", str(f)) for f in s.faults) or "none"
    mode = s.mode.name if s.mode is not None else "?"
    what = s.state.name if s.state is not None else "?"
    return f"state: {mode} {what}, faults: {faults}"


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    from PySide6.QtCore import QCoreApplication, QTimer

    from operator_app.domain.snapshot import LinkState
    from operator_app.services.link_worker import LinkEvent

    try:
        station = _Station(args.link, "link check", poll_interval=args.poll_interval,
                           lost_after=args.lost_after, trace_path=args.trace)
        station.start()
    except SystemExit as exc:
        return int(exc.code or 0)
    print(f"operator-app {__version__} link check: {station.settings.describe()}, "
          f"{args.seconds:g} s", flush=True)
    app = QCoreApplication.instance() or QCoreApplication([])
    link, worker = station.link, station.worker
    assert link is not None
    identities = []

    def on_event(event: LinkEvent) -> None:
        print(f"{_stamp(event.at)}  {event.state.name:10s} {event.cause}", flush=True)

    link.link_event.connect(on_event)
    link.identity_read.connect(identities.append)
    QTimer.singleShot(int(args.seconds * 1000), app.quit)
    link.start()
    try:
        app.exec()
    finally:
        station.stop()
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
    state = worker.state
    cause = link.last_event.cause if link.last_event else "no answer"
    ok = state in (LinkState.ONLINE, LinkState.DEGRADED) and worker.snapshots > 0
    if ok:
        result = "the controller answered"
    elif worker.snapshots:
        result = f"the link ended {state.name if state else 'CONNECTING'}: {cause}"
    else:
        result = (f"NO ANSWER from the controller ({cause}): check cable, port, baud, parity "
                  "and unit id" if not identities else f"the link never came up: {cause}")
    print("result: " + result)
    print(state_line(link.last_snapshot, state, cause), flush=True)
    return 0 if ok else 1


class _LineReader(threading.Thread):
    """Read standard input in a thread; hand each line to the Qt thread through a signal."""

    def __init__(self, deliver: Callable[[object], None]) -> None:
        super().__init__(name="stdin", daemon=True)
        self.deliver = deliver

    def run(self) -> None:
        for line in read_lines(sys.stdin.fileno()):
            self.deliver(line)
        self.deliver(None)  # end of input


def command_main(argv: list[str]) -> int:
    args = build_command_parser().parse_args(argv)
    from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

    from operator_app.domain.commands import CommandOutcome, CommandRequest, OutcomeKind
    from operator_app.domain.commands import parse_command as parse
    from operator_app.domain.snapshot import LinkState
    from operator_app.services.link_worker import LinkEvent

    from_stdin = args.words == ["-"]
    requests: list[CommandRequest] = []
    if not from_stdin:
        try:
            requests.append(parse(args.words))
        except ValueError as exc:
            print(f"link command: {exc}", file=sys.stderr)
            return 2
    try:
        station = _Station(args.link, "link command", trace_path=args.trace)
        station.start()
    except SystemExit as exc:
        return int(exc.code or 0)
    app = QCoreApplication.instance() or QCoreApplication([])
    link = station.link
    assert link is not None

    class Run(QObject):
        line = Signal(object)

        def __init__(self) -> None:
            super().__init__()
            self.waiting = list(requests)
            self.ended_input = not from_stdin
            self.up = False
            self.busy = False
            self.all_done = True
            self.bad = False
            self.line_no = 0
            self.exit_code: int | None = None
            self.line.connect(self.on_line)

        def on_line(self, text: object) -> None:
            if text is None:
                self.ended_input = True
            else:
                self.line_no += 1
                words = str(text).split("#", 1)[0].split()
                if words:
                    try:
                        self.waiting.append(parse(words))
                    except ValueError as exc:
                        print(f"link command: line {self.line_no}: {exc}", file=sys.stderr,
                              flush=True)
                        self.bad = True
            self.next()

        def on_event(self, event: LinkEvent) -> None:
            print(f"{_stamp(event.at)}  {event.state.name:10s} {event.cause}", file=sys.stderr,
                  flush=True)
            if event.state in (LinkState.ONLINE, LinkState.DEGRADED) and not self.up:
                self.up = True
                self.next()

        def give_up(self) -> None:
            if not self.up:
                cause = link.last_event.cause if link.last_event else "no answer"
                print(f"link command: the link did not come up in {args.connect_timeout:g} s"
                      f" ({cause}); nothing was sent", file=sys.stderr, flush=True)
                self.finish(2 if self.bad else 1)

        def next(self) -> None:
            if not self.up or self.busy or self.exit_code is not None:
                return
            if self.waiting:
                self.busy = True
                link.send_command(self.waiting.pop(0)).on_update(self.on_outcome)
            elif self.ended_input:
                self.finish(2 if self.bad else 0 if self.all_done else 1)

        def on_outcome(self, outcome: CommandOutcome) -> None:
            print(outcome.line(), flush=True)
            if outcome.final:
                self.all_done &= outcome.kind is OutcomeKind.DONE
                self.busy = False
                QTimer.singleShot(0, self.next)

        def finish(self, code: int) -> None:
            self.exit_code = code
            app.quit()

    run = Run()
    link.link_event.connect(run.on_event)
    if from_stdin:
        _LineReader(run.line.emit).start()
    QTimer.singleShot(int(args.connect_timeout * 1000), run.give_up)
    link.start()
    try:
        app.exec()
    finally:
        station.stop()
    return run.exit_code if run.exit_code is not None else 1
