"""The composition root: read the options, build every object, wire, run, stop in order."""

from __future__ import annotations

import argparse
import logging
import sys

from operator_app import __version__

log = logging.getLogger("operator_app")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="operator-app",
        description="Operator console for battery-swap stations.",
        epilog="tools: 'operator-app link check --link URL [--seconds N]' checks the link, "
        "'operator-app link command --link URL CODE [ARG ...]' sends commands "
        "without a window; 'operator-app journal verify|export|recover|confirm' inspects, exports, "
        "salvages the journal and records what the fleet holds; 'operator-app packs report "
        "[--pack CODE] --format json|csv' prints every pack's record; 'operator-app sync "
        "status|drain|export|confirm' sends the outbox to the fleet without a window; "
        "'operator-app fleet receive|import' is the reference fleet consumer; "
        "'operator-app vehicles list|import FILE' lists the vehicle registry or imports a CSV "
        "vehicle list",
    )
    p.add_argument("--version", action="store_true", help="print version information and exit")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--simulate", action="store_true",
                       help="start the built-in simulated station on a virtual serial port "
                       "and connect to it")
    where.add_argument("--link", metavar="URL",
                       help="where the station controller is: /dev/ttyUSB0?baud=115200, COM3, "
                       "socket://HOST:PORT, rfc2217://HOST:PORT, or sim")
    sim = p.add_argument_group("simulated station (with --simulate)")
    sim.add_argument("--slots", type=int, default=8, help="rack slots (1-32)")
    sim.add_argument("--time-scale", type=float, default=1.0,
                     help="simulated seconds per real second")
    sim.add_argument("--seed", type=int, default=0)
    sim.add_argument("--auto-start", action="store_true",
                     help="the simulated bay attendant starts each swap by the local button")
    sim.add_argument("--fault", action="append", default=[], metavar="NAME",
                     help="inject a simulator fault at start (see operator-sim --help)")
    p.add_argument("--poll-interval", type=float, default=None,
                   help="seconds between polls (default: poll_ms in console.toml, or 0.1)")
    p.add_argument("--lost-after", type=float, default=3.0,
                   help="seconds without an answer or a changing controller heartbeat before "
                   "the link is declared lost")
    p.add_argument("--trace", metavar="FILE",
                   help="write every raw frame, time-stamped, to FILE (rotated at 5 MB)")
    p.add_argument("--quit-after", type=float, default=0.0, metavar="SECONDS",
                   help="close the console after this long (demos, smoke tests)")
    p.add_argument("--data-dir", metavar="DIR",
                   help="where the station journal is kept (default: the platform's data "
                   "directory, e.g. ~/.local/share/operator-app)")
    p.add_argument("--spill-dir", metavar="DIR",
                   help="where records held for a full disk go when the console stops (best "
                   "on another filesystem); they are added to the journal at the next start")
    p.add_argument("--telemetry-days", type=float, default=7.0, metavar="DAYS",
                   help="keep raw pack samples this long, then 1-minute rollups for 90 days, "
                   "then hourly ones for good (default 7)")
    ui = p.add_argument_group("screen")
    ui.add_argument("--kiosk", action="store_true",
                    help="full screen; closing needs a technician's or supervisor's name and "
                    "PIN (see operator-app users)")
    ui.add_argument("--config", metavar="FILE",
                    help="the console's configuration file (default: the platform's config "
                    "directory, e.g. ~/.config/operator-app/console.toml)")
    ui.add_argument("--dpi", type=float, default=0.0,
                    help="the touchscreen's real dots per inch, when the screen reports it wrong "
                    "(touch targets are sized in millimetres)")
    ui.add_argument("--theme", choices=("day", "night"), default=None,
                    help="day: high contrast for sunlight; night: dark")
    ui.add_argument("--camera", metavar="SOURCE",
                    help="the bay camera: a video URL or file (rtsp://..., bay.mp4) or "
                    "device:N; needs the 'camera' extra (Qt Multimedia)")
    ui.add_argument("--screenshots", metavar="DIR", help=argparse.SUPPRESS)
    ui.add_argument("--report-first-paint", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--self-test", action="store_true",
                   help="run complete swaps on the simulated station headless, check the "
                   "journal, print a summary; exit 0 when all is well")
    p.add_argument("--faults", action="store_true",
                   help="with --self-test: the fault tour instead: one swap into each "
                   "recoverable fault of the training panel (E-stop, charger fault, "
                   "positioning, watchdog hold, controller restart, abort), recovered as the "
                   "console guides and ending with a completed swap (time scale 30 unless "
                   "--time-scale says otherwise)")
    p.add_argument("--swaps", type=int, default=1, help="with --self-test: how many swaps")
    p.add_argument("--hours", type=float, default=0.0, metavar="H",
                   help="with --self-test: run the simulated station (vehicles arriving, "
                   "swaps, charging) for H simulated hours instead, then check the journal "
                   "and say what it measured of the packs; e.g. --hours 8 --time-scale 600 "
                   "--fault bms_drift")
    p.add_argument("--self-test-timeout", type=float, default=120.0, dest="timeout",
                   help=argparse.SUPPRESS)
    p.add_argument("-v", "--verbose", action="store_true")
    return p


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["simulator"]:  # the frozen bundle starts its simulator this way
        from operator_app.simulator.cli import main as sim_main

        return sim_main(argv[1:])
    if argv[:1] == ["journal"]:
        from operator_app.cli_journal import main as journal_main

        return journal_main(argv[1:])
    if argv[:1] == ["packs"]:
        from operator_app.cli_packs import main as packs_main

        return packs_main(argv[1:])
    if argv[:1] == ["users"]:
        from operator_app.cli_users import main as users_main

        return users_main(argv[1:])
    if argv[:1] == ["vehicles"]:
        from operator_app.cli_vehicles import main as vehicles_main

        return vehicles_main(argv[1:])
    if argv[:1] in (["sync"], ["fleet"]):
        from operator_app.cli_sync import fleet_main, sync_main

        return (sync_main if argv[0] == "sync" else fleet_main)(argv[1:])
    if argv[:2] == ["link", "check"]:
        from operator_app.cli_link import main as link_check

        return link_check(argv[2:])
    if argv[:2] == ["link", "command"]:
        from operator_app.cli_link import command_main

        return command_main(argv[2:])
    if argv[:1] == ["link"]:
        print("usage: operator-app link check --link URL [--seconds N]\n"  # noqa: T201
              "       operator-app link command --link URL (CODE [ARG ...] | -)\n"
              "'operator-app link check --help' and 'operator-app link command --help' "
              "say more", file=sys.stderr)
        return 0 if argv[1:2] in (["--help"], ["-h"]) else 2
    args = build_parser().parse_args(argv)
    if args.version:
        from operator_app.buildinfo import version_text

        print(version_text())  # noqa: T201
        return 0
    if args.faults and not args.self_test:
        build_parser().error("--faults goes with --self-test")
    if args.hours and not args.self_test:
        build_parser().error("--hours goes with --self-test")
    if args.hours < 0:
        build_parser().error("--hours must be positive")
    if args.self_test:
        logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s")
        if args.faults:
            from operator_app.selftest import run_fault_tour

            if args.time_scale == 1.0:
                args.time_scale = 30.0  # quick, yet a hold still catches the swap running
            return run_fault_tour(args)
        from operator_app.selftest import run_self_test

        if args.time_scale == 1.0:
            args.time_scale = 300.0  # a five-minute swap in a second
        return run_self_test(args)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    return run_console(args)


def run_console(args: argparse.Namespace) -> int:
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from operator_app.config import load_config
    from operator_app.i18n import Languages, available, terminal_language
    from operator_app.link.errors import LinkConfigError
    from operator_app.link.urls import parse_link_url, with_target
    from operator_app.services.demo import demo_vehicles
    from operator_app.services.link_worker import (
        LinkConfig,
        LinkService,
        LinkWorker,
    )
    from operator_app.services.settings_service import SettingsService
    from operator_app.services.simulator_process import (
        SimulatorOptions,
        SimulatorProcess,
        SimulatorStartError,
    )
    from operator_app.services.station import wire_services
    from operator_app.simulator.fleet import FLEET
    from operator_app.simulator.model import FAULTS
    from operator_app.storage.db import JournalBusy
    from operator_app.storage.users import TRAINING_USERS
    from operator_app.ui import fonts
    from operator_app.ui.main_window import MainWindow, WindowHolder, WindowOptions

    nowhere = no_display()
    if nowhere:  # before anything starts: Qt's own message would say "reinstall"
        print(f"operator-app: {nowhere}", file=sys.stderr)  # noqa: T201
        return 2
    try:
        journal = open_journal_service(args)
    except JournalBusy as exc:
        print(f"operator-app: {exc}", file=sys.stderr)  # noqa: T201
        return 3
    config = load_config(Path(args.config) if args.config else None)
    link_url = "sim" if args.simulate or not (args.link or config.link) else (
        args.link or config.link)
    try:
        settings = parse_link_url(link_url)
    except LinkConfigError as exc:
        print(f"operator-app: {exc}", file=sys.stderr)  # noqa: T201
        return 2
    simulator: SimulatorProcess | None = None
    simulated = settings.kind == "sim"
    if simulated:
        simulator = SimulatorProcess(SimulatorOptions(
            slots=args.slots, time_scale=args.time_scale, seed=args.seed, faults=args.fault,
            auto_start=args.auto_start))
        try:
            simulator.spawn()  # its start-up overlaps the screen's; its port is awaited below
        except OSError as exc:
            print(f"operator-app: {exc}", file=sys.stderr)  # noqa: T201
            return 1

    app = QApplication.instance() or QApplication(sys.argv[:1])
    fonts.install(app)  # the shipped fonts, before any size is measured or widget made
    collect_on_the_gui_thread(app)
    app.setApplicationName("operator-app")
    app.setApplicationVersion(__version__)
    for problem in config.problems:
        log.error("configuration: %s", problem)
    languages = Languages()  # before any text is made, so that all of it is translated
    from operator_app.storage.db import default_data_dir

    data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()
    # the language last chosen at this terminal, else the configured one
    start_language = terminal_language(data_dir) or config.language
    language_problem = languages.use(start_language) if start_language != "en" else None
    if languages.code == "en":  # English numbers and dates too, whatever the terminal's LANG
        languages.use("en")
    from operator_app.ui.local import set_station_tz

    zone_problem = set_station_tz(config.timezone)  # every time on screen: the station's
    if zone_problem:  # load_config checked it: a zone that has gone since
        log.error("configuration: timezone %r %s; the terminal's own time zone is used",
                  config.timezone, zone_problem)
    if simulator is not None:
        try:
            port = simulator.wait_port()
        except (SimulatorStartError, OSError) as exc:
            print(f"operator-app: {exc}", file=sys.stderr)  # noqa: T201
            return 1
        settings = with_target(settings, port)
        log.info("simulated station on %s", port)
    poll = args.poll_interval if args.poll_interval is not None else config.poll_ms / 1000
    worker = LinkWorker(settings, LinkConfig(poll_interval=poll,
                                             lost_after=args.lost_after, trace_path=args.trace))
    link = LinkService(worker)
    from operator_app.services.sync_service import SyncService

    sync = SyncService(journal, config.sync, config.station_id, __version__)
    services = wire_services(link, journal,
                             journal.registry(demo_vehicles() if simulated else None), sync)
    services.swaps.supervisor.rules = config.selection  # which packs a swap may take
    services.alarms.manager.max_shelve_s = config.max_shelve_minutes * 60
    notices = [QCoreApplication.translate("Console", "Configuration: %1").replace("%1", p)
               for p in config.problems]
    if language_problem:
        notices.append(QCoreApplication.translate(
            "Console", "Configuration: %1; English is used").replace("%1", language_problem))
    session = open_session(args, journal, simulated, config)
    if session.store is None:
        notices.append(session.unavailable_phrase().fill(  # tr: domain texts
            lambda text, n: QCoreApplication.translate("Recovery", text, None, n)))
    training = ", ".join(f"{name} {pin}" for name, _role, pin in TRAINING_USERS) \
        if simulated else ""
    screen = app.primaryScreen()
    dpi = args.dpi or config.dpi or (screen.physicalDotsPerInch() if screen else 96.0)
    if not 50 <= dpi <= 600:
        dpi = 96.0  # a screen that reports nonsense: the documented fallback
    options = WindowOptions(
        station_name=config.station_name, station_id=config.station_id, dpi=dpi,
        theme=args.theme or config.theme, kiosk=args.kiosk, simulated=simulated,
        link_description=settings.said() if not simulated else settings.target,
        trainer=simulator.send if simulator is not None else None,
        plates=[v.plate for v in FLEET], faults=dict(FAULTS), slots=args.slots,
        notices=notices + ([journal.status.message] if "aside" in journal.status.message
                           else []), training_users=training,
        swapped_today=lambda: swapped_today(journal), service_intervals=config.maintenance,
        settings=SettingsService(config, journal.port))
    options.languages, options.language = available(), languages.code

    def make_window() -> MainWindow:
        made = MainWindow(services, session, options)
        if args.camera:
            from operator_app.ui.camera import BayCamera

            camera = BayCamera(args.camera, made.bay, made)
            if camera.error:
                log.error("%s", camera.error)
        return made

    holder = WindowHolder(make_window, languages, options, full_screen=args.kiosk,
                          data_dir=data_dir)
    window = holder.window
    if args.report_first_paint:
        report_first_paint(window)
    if args.screenshots:
        from operator_app.ui.tour import ScreenshotTour

        tour = ScreenshotTour(window, Path(args.screenshots))
        tour.finished.connect(app.quit)
        link.snapshot_ready.connect(tour.on_snapshot, Qt.ConnectionType.QueuedConnection)

    stopped = []

    def shutdown() -> None:
        if stopped:
            return
        stopped.append(True)
        link.stop()
        sync.stop()  # what the broker acknowledged is marked sent before the journal closes
        journal.stop()
        if simulator is not None:
            simulator.stop()

    app.aboutToQuit.connect(shutdown)
    close_on_signals(app)
    if args.quit_after > 0:
        QTimer.singleShot(int(args.quit_after * 1000), app.quit)
    journal.start()
    link.start()
    sync.start()
    holder.show()
    try:
        return app.exec()
    finally:
        shutdown()


def open_session(args: argparse.Namespace, journal, simulated: bool, config):  # -> Session
    """Who may sign in: the user file beside the journal. When it cannot be used, the
    console runs on with nobody able to sign in, and says why."""
    import sqlite3
    from pathlib import Path

    from operator_app.services.session import Session
    from operator_app.storage.db import default_data_dir
    from operator_app.storage.users import UserStore

    directory = Path(args.data_dir) if args.data_dir else default_data_dir()
    kw = {"simulated": simulated, "operators_sign_in": config.operators_sign_in,
          "sign_out_s": config.sign_out_minutes * 60}
    try:
        store = UserStore.in_directory(directory)
    except (OSError, sqlite3.Error) as exc:
        log.error("users: %s cannot be used: %s", directory, exc)
        return Session(None, journal.port, unavailable=f"{directory}: {exc}", **kw)
    return Session(store, journal.port, **kw)


def no_display() -> str | None:
    """Why the window cannot be shown here (no X or Wayland display, no offscreen platform),
    and how to run it; None when it can."""
    import os

    env = os.environ
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM") or \
            env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return ("no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). "
            "Run it in the kiosk session (see packaging/kiosk), or without a screen: xvfb-run -s "
            "'-screen 0 1280x800x24' operator-app --simulate")


def collect_on_the_gui_thread(app) -> None:
    """Python's cyclic collector runs in whichever thread allocates when it is due: on the
    link or journal thread it would free garbage QObjects (a closed page, a dialog) there,
    which can deadlock Qt's signal-slot lock against the GIL. So the automatic collection is
    off, and a timer of the GUI thread collects each generation when it is due (as
    pyqtgraph's GarbageCollector does; this one needs no QtWidgets, for the self-test)."""
    import gc

    from PySide6.QtCore import QTimer

    thresholds = gc.get_threshold()

    def collect() -> None:
        for generation, (count, threshold) in enumerate(zip(gc.get_count(), thresholds,
                                                            strict=True)):
            if count <= threshold:
                break
            gc.collect(generation)

    gc.disable()
    timer = QTimer(app)
    timer.timeout.connect(collect)
    timer.start(1000)
    app._garbage_timer = timer


def close_on_signals(app) -> None:
    """SIGTERM (what systemd sends) and SIGINT close the console as its own quit does: the
    journal records console.stop, the link hands back the port, the simulator stops."""
    import signal

    from PySide6.QtCore import QTimer

    def close(signum: int, _frame) -> None:
        log.info("%s received: closing", signal.Signals(signum).name)
        app.quit()

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, close)
    # Python runs a signal handler only between bytecodes: a timer lets it in while Qt waits
    app._signal_tick = QTimer()
    app._signal_tick.timeout.connect(lambda: None)
    app._signal_tick.start(200)


def swapped_today(journal) -> dict[str, str]:
    """Plate -> time of its swap since the station's midnight, from the journal (empty
    without one)."""
    from operator_app.storage.journal import iso, read_swaps_since
    from operator_app.ui.local import midnight

    if journal.writer is None:
        return {}
    try:
        return read_swaps_since(journal.writer.path, iso(midnight().timestamp()))
    except Exception:
        log.exception("could not read today's swaps")
        return {}


def report_first_paint(window) -> None:
    """Print FIRST_PAINT when the window has painted once (the start-up benchmark reads it)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication.instance()

    class Watch(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) \
                    and obj.window() is window:
                print("FIRST_PAINT", flush=True)  # noqa: T201
                app.removeEventFilter(self)
            return False

    watch = Watch(window)
    app.installEventFilter(watch)


def open_journal_service(args: argparse.Namespace):  # -> JournalService
    """Open the journal; if it cannot be kept, run on and say so (the station must still run)."""
    from dataclasses import replace
    from pathlib import Path

    from operator_app.services.journal_service import JournalService
    from operator_app.storage.db import (
        JournalBusy,
        JournalLock,
        StorageError,
        default_data_dir,
        ensure_data_dir,
        free_space_at_start,
        open_journal,
    )
    from operator_app.storage.journal import JournalWriter
    from operator_app.storage.retention import RetentionPolicy

    try:
        # one console per journal: the lock comes first, before anything reads the file
        directory = ensure_data_dir(Path(args.data_dir) if args.data_dir else default_data_dir())
        lock = JournalLock.acquire(directory)
        free_space_at_start(directory)  # a full disk: the reserve is what it is for
        db, report = open_journal(directory)
        db.close()
        # where records a full disk kept waiting go at exit: another filesystem is best;
        # by default the data directory (a full disk may refuse it: the log then says so)
        spill = Path(args.spill_dir) if getattr(args, "spill_dir", None) else directory
        from operator_app.storage.db import default_key_path
        from operator_app.storage.seal import station_key

        key = station_key(default_key_path().parent)  # kept outside the journal, 0600
        writer = JournalWriter(report.path, spill_dir=spill, key=key).start()
        if writer.replay_spills():
            log.warning("journal: records a full disk held at the last stop were written")
    except JournalBusy:
        raise
    except StorageError as exc:
        log.error("journal unavailable: %s", exc)
        return JournalService(None, unavailable=f"JOURNAL NOT KEPT: {exc}")
    service = JournalService(writer, retention=RetentionPolicy(raw_days=args.telemetry_days))
    service.lock = lock  # held for the console's life
    if report.message:  # a damaged file was set aside (logged): the operator must see it
        service.status = replace(service.status, message=report.message)
    log.info("journal %s", report.path)
    return service


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
