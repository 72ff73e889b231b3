"""``operator-app --self-test``: run real swaps on the simulated station, headless, and check.

Starts the simulated station on a virtual serial port, identifies each arriving
vehicle by the bay camera's plate, plans, confirms and watches the swap through
the real link, and checks that the journal holds every transaction. Prints a
short summary and exits 0, or prints what failed and exits 1. Run again on the
same data directory it continues the journal, and closes a swap a previous run
left mid-way.

``operator-app --self-test --faults`` is the fault tour: one swap into each recoverable
fault of the training panel (E-stop, charger fault, positioning failure, watchdog hold,
controller restart, abort, and the interlocks: the vehicle's HV left on, its parking brake
not confirmed, the bay door opened, a wrong mass on the load cell, a lock head below its
torque), recovered through the services the screens use (the recovery guidance and its
actions, a technician's where the guidance asks for one, the hold-to-run re-lock of a lock
head among them; the trainer turns the cabinet key), each ending with a completed swap. One
line per fault says what the console offered, what was done and how it ended; exit 0 only
when every one recovered and the journal holds every swap.
"""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import tempfile
import time
from collections import Counter
from pathlib import Path

log = logging.getLogger("operator_app.selftest")


class Headless:
    """The simulated station on a pty and the console's services on it, with no window: what
    the self-test and the fault tour share. ``start()`` is None or why it could not start."""

    def __init__(self, data_dir: Path, opts) -> None:
        self.data_dir, self.opts = data_dir, opts

    def claim(self) -> str | None:
        """Hold the data directory as a console does (before anything opens the journal);
        None, or why not (another console uses it)."""
        from operator_app.storage.db import (
            JournalBusy,
            JournalLock,
            ensure_data_dir,
            free_space_at_start,
        )

        try:
            self.lock = JournalLock.acquire(ensure_data_dir(self.data_dir))
        except JournalBusy as exc:
            return str(exc)
        free_space_at_start(self.data_dir)
        return None

    def start(self) -> str | None:
        from PySide6.QtCore import QCoreApplication

        from operator_app.link.urls import parse_link_url, with_target
        from operator_app.services.demo import demo_vehicles
        from operator_app.services.journal_service import JournalService
        from operator_app.services.link_worker import LinkConfig, LinkService, LinkWorker
        from operator_app.services.simulator_process import SimulatorProcess
        from operator_app.services.station import wire_services
        from operator_app.storage.journal import JournalWriter

        self.sim = SimulatorProcess(self.opts)
        try:
            port = self.sim.start()
        except Exception as exc:  # noqa: BLE001 - any failure to start is the run's failure
            return f"the simulated station did not start: {exc}"
        self.app = QCoreApplication.instance() or QCoreApplication([])
        from operator_app.app import collect_on_the_gui_thread

        collect_on_the_gui_thread(self.app)  # garbage is freed on this thread, not the link's
        self.link = LinkService(LinkWorker(with_target(parse_link_url("sim"), port),
                                           LinkConfig(poll_interval=0.05, slot_interval=0.5)))
        from operator_app.storage.db import default_key_path
        from operator_app.storage.seal import station_key

        self.key = station_key(default_key_path().parent)  # sealed as the console seals
        self.journal = JournalService(JournalWriter(self.data_dir / "journal.sqlite",
                                                    key=self.key).start())
        self.services = wire_services(self.link, self.journal,
                                      self.journal.registry(demo_vehicles()))
        return None

    def run(self) -> None:
        """Start the journal and the link, run the event loop until quit, then stop all."""
        self.journal.start()
        self.link.start()
        try:
            self.app.exec()
        finally:
            self.link.stop()
            self.journal.stop()
            self.sim.stop()


def run_self_test(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QTimer

    from operator_app.domain import station as st
    from operator_app.domain.supervisor import ACTIVE, ENDED, Phase, Refused
    from operator_app.domain.vehicles import IdMethod
    from operator_app.services.simulator_process import SimulatorOptions
    from operator_app.storage.db import open_journal

    data_dir = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(
        prefix="operator-self-test-"))
    hours = float(getattr(args, "hours", 0.0) or 0.0)
    want = max(1, args.swaps) if not hours else 10**9  # --hours: as many as the hours bring
    what = f"{hours:g} simulated hours" if hours else f"{want} swap(s)"
    print(f"self-test: {what} on the simulated station ({args.slots} slots, time scale "
          f"{args.time_scale:g}, seed {args.seed}"
          + (f", faults {', '.join(args.fault)}" if args.fault else "")
          + f"), journal in {data_dir}", flush=True)
    station = Headless(data_dir, SimulatorOptions(
        slots=args.slots, time_scale=args.time_scale, seed=args.seed, faults=list(args.fault)))
    why = station.claim()
    if why:
        print(f"self-test FAILED: {why}")
        return 3  # as a second console is refused
    db, _report = open_journal(data_dir)
    before = db.execute("SELECT count(*) FROM swaps WHERE result = 'completed'").fetchone()[0]
    db.close()
    why = station.start()
    if why:
        print(f"self-test FAILED: {why}")
        return 1
    app, link = station.app, station.link
    alarms, swaps = station.services.alarms, station.services.swaps
    done: list[str] = []
    failures: list[str] = []
    started = time.monotonic()
    deadline = started + (hours * 3600.0 / args.time_scale + args.timeout
                          if hours else args.timeout * want)
    over = [False]

    def station_hours(snap) -> float:
        """Simulated hours so far: the controller's clock, or the wall clock scaled."""
        clock = snap.status.controller_time_s if snap is not None else None
        if clock is not None:
            return clock / 3600.0
        return (time.monotonic() - started) * args.time_scale / 3600.0

    def step() -> None:
        snap = link.last_snapshot
        if time.monotonic() > deadline:
            failures.append(f"only {len(done)} of {what} in {deadline - started:.0f} s")
            app.quit()
            return
        if snap is None:
            return
        if hours and not over[0] and station_hours(snap) >= hours:
            over[0] = True  # the hours are up: a swap under way ends, no new one starts
            if swaps.tx.phase not in (*ACTIVE, Phase.CONFIRMED):
                QTimer.singleShot(1500, app.quit)
                return
        if over[0] and swaps.tx.phase not in ENDED:
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
            if len(done) >= want or failures or over[0]:
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
    try:
        station.run()
    finally:
        timer.stop()
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

    report = verify(data_dir / "journal.sqlite", station.key)
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
    print(capacity_summary(data_dir / "journal.sqlite"))
    return 0


def capacity_summary(path: Path) -> str:
    """What the journal measured of the packs: sessions, good ones, flagged packs."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        n, good = conn.execute("SELECT count(*), coalesce(sum(capacity_ah IS NOT NULL), 0) "
                               "FROM charging_sessions WHERE ended_at IS NOT NULL").fetchone()
        measured = conn.execute("SELECT count(*) FROM packs WHERE measured_capacity_ah IS "
                                "NOT NULL").fetchone()[0]
        flagged = [c for (c,) in conn.execute(
            "SELECT code FROM packs WHERE flags LIKE '%BMS_SOH_DISAGREES%' ORDER BY code")]
        why: dict[str, int] = {}
        for (flags,) in conn.execute("SELECT flags FROM charging_sessions WHERE ended_at IS "
                                     "NOT NULL AND capacity_ah IS NULL"):
            for f in json.loads(flags or "[]"):
                why[f] = why.get(f, 0) + 1
    finally:
        conn.close()
    unused = ", ".join(f"{f} {k}" for f, k in sorted(why.items())) or "none"
    return (f"packs: {n} charging sessions ended, {good} good enough to measure capacity; "
            f"{measured} packs measured; BMS SoH disagrees: "
            + (", ".join(flagged) if flagged else "none")
            + f"; sessions not used, by flag: {unused}")


# --- operator-app --self-test --faults: the fault tour -----------------------------------------

ACTOR = "fault-tour"
# one-block vehicles of each pack type: a swap takes one charged pack, and a plate whose
# type has a pack ready now is taken first (the rack charges between scenarios)
TOUR_PLATES = ("70-8812", "FKZR-71", "WXV 5512", "LV 2046", "RIO2E19")
SETTLE_S = 120.0  # to bring the station back to IDLE after a scenario that went wrong


class TourFailure(Exception):
    """A scenario cannot go on; the message says what the console and the controller said."""


class Wait:
    """What a scenario waits for: ``test`` returns something true when it is there."""

    def __init__(self, what: str, test, within: float | None = None) -> None:
        self.what, self.test = what, test
        self.deadline = time.monotonic() + within if within is not None else None


class TourRecord:
    def __init__(self, number: int, name: str) -> None:
        self.number, self.name = number, name
        self.notes: list[str] = []
        self.error = ""
        self.completed_plate = ""  # the swap that completed after the recovery
        self.started = time.monotonic()
        self.seconds = 0.0

    def note(self, text: str) -> None:
        if not self.notes or self.notes[-1] != text:
            self.notes.append(text)
            log.info("%s: %s", self.name, text)

    def line(self) -> str:
        head = f"  {self.number}. {self.name}: "
        if self.error:
            return head + f"FAILED after {self.seconds:.0f} s: {self.error}\n" + \
                "       done before: " + "; ".join(self.notes)
        return head + f"RECOVERED in {self.seconds:.0f} s: " + "; ".join(self.notes)


class FaultTour:
    """The scenarios, each a generator of ``Wait``s, on the services the screens use."""

    SCENARIOS = 11  # how many there are, for the tour's first line

    def __init__(self, sim, services) -> None:
        from operator_app.domain import recovery as rc
        from operator_app.domain import station as st
        from operator_app.domain.commands import OutcomeKind
        from operator_app.domain.roles import Role
        from operator_app.domain.snapshot import LinkState
        from operator_app.domain.supervisor import ACTIVE, ENDED, Phase, Refused
        from operator_app.domain.vehicles import Identified, IdMethod
        from operator_app.domain.words import reject_phrases
        from operator_app.services.recovery_service import ACTION_NAMES

        self.rc, self.st, self.OutcomeKind, self.Role = rc, st, OutcomeKind, Role
        self.LinkState = LinkState
        self.ACTIVE, self.ENDED, self.Phase, self.Refused = ACTIVE, ENDED, Phase, Refused
        self.Identified, self.IdMethod, self.reject_phrases = Identified, IdMethod, reject_phrases
        self.ACTION_NAMES = ACTION_NAMES
        self.sim, self.services = sim, services
        self.link, self.swaps, self.recovery = services.link, services.swaps, services.recovery
        self.journal_rows: list[tuple[str, str | None, str]] = []  # (result, fault, plate)
        self.turn = 0
        self.scenarios = [
            ("E-stop mid-swap", self.estop),
            ("Charger fault", self.charger),
            ("Positioning failure", self.positioning),
            ("Watchdog hold (cable pulled)", self.watchdog),
            ("Controller restart mid-swap", self.restart),
            ("Abort mid-swap", self.abort),
            ("Vehicle HV left on", self.hv_on),
            ("Parking brake not confirmed", self.brake_off),
            ("Bay door opened mid-swap", self.door),
            ("Load cell mismatch", self.load),
            ("Lock torque low", self.torque),
        ]
        assert len(self.scenarios) == self.SCENARIOS

    # --- what the station and the console say ------------------------------------------------

    @property
    def snap(self):
        return self.link.last_snapshot

    @property
    def tx(self):
        return self.swaps.tx

    def state(self):
        snap = self.snap
        return snap.status.state if snap is not None else None

    def context(self) -> str:
        """The console's and the controller's words now, for a failure."""
        snap, tx = self.snap, self.tx
        parts = []
        if snap is not None:
            s = snap.status
            faults = ", ".join(getattr(f, "name", str(f)) for f in s.faults) or "none"
            parts.append(f"controller: state {getattr(s.state, 'name', s.state)}, faults "
                         f"{faults}, swap result {getattr(s.swap_result, 'name', None)}, "
                         f"positioning {getattr(snap.bay.positioning_result, 'name', None)}")
        event = self.link.last_event
        if event is not None:
            parts.append(f"link {event.state.name}: {event.cause}")
        g = self.recovery.guidance()
        parts.append(f'console offered: "{g.text()}"' if g else "console offered no recovery")
        if self.recovery.status is not None:
            parts.append(f'recovery status: "{self.recovery.status.english()}"')
        parts.append(f"swap {tx.phase.value}: {tx.note}" if tx.note else
                     f"swap {tx.phase.value}")
        if tx.rejected:
            parts.append("start rejected: " + "; ".join(p.english() for p in tx.rejected))
        return " | ".join(parts)

    def fail(self, text: str) -> TourFailure:
        return TourFailure(f"{text} [{self.context()}]")

    def trainer(self, rec: TourRecord, command: str) -> str:
        from operator_app.services.simulator_process import SimulatorStartError

        try:
            answer = self.sim.send(command)
        except SimulatorStartError as exc:
            raise self.fail(f"trainer {command!r}: {exc}") from None
        if not answer.startswith("OK"):
            raise self.fail(f"the trainer refused {command!r}: {answer}")
        return answer

    def fresh(self, since: float):
        """The snapshot, once one was taken after ``since`` (time.monotonic)."""
        snap = self.snap
        return snap if snap is not None and snap.taken_at > since else None

    def pause(self, seconds: float) -> Wait:
        until = time.monotonic() + seconds
        return Wait(f"a pause of {seconds:g} s", lambda: time.monotonic() >= until)

    @staticmethod
    def step_words(view) -> str:
        return view.step.name + (f" of block {view.block}" if view.block else "")

    # --- the console's verbs, as the screens use them -------------------------------------------

    def offered(self, rec: TourRecord, action, within: float = 20.0):
        """Wait until the guidance offers ``action``; note the guidance followed."""
        name = self.ACTION_NAMES[action]

        def test():
            g = self.recovery.guidance()
            return g if g is not None and action in g.actions() else None

        try:
            g = yield Wait(f"the console to offer {name}", test, within)
        except TourFailure:
            raise self.fail(f"the console did not offer {name}") from None
        rec.note(f'console offered "{g.text()}"')
        return g

    def perform(self, rec: TourRecord, action, bay_clear: bool = False, slot: int = 0,
                when: str = "", role=None):
        """Do one recovery action through the RecoveryService; wait for the controller."""
        role = role or self.Role.OPERATOR
        name = self.ACTION_NAMES[action] + (f" {when}" if when else "")
        result = self.recovery.perform(action, ACTOR, role, slot=slot, bay_clear=bay_clear)
        said = " (bay clear confirmed)" if bay_clear else ""
        if role is not self.Role.OPERATOR:
            said += f" as {role.name.lower()}"
        if isinstance(result, self.Refused):
            raise self.fail(f"{name}{said} was refused: {result.reason}")
        if result is None:  # the console's own action (start again, abort)
            rec.note(f"{name}{said}")
            return None
        outcome = yield Wait(f"the controller's answer to {name}", lambda: result.outcome, 15)
        status = self.recovery.status.english() if self.recovery.status else outcome.line()
        if outcome.kind is not self.OutcomeKind.DONE:
            raise self.fail(f"{name}{said}: {status}")
        rec.note(f'{name}{said}: "{status}"')
        return outcome

    def choose_plate(self, twice: bool = False) -> str:
        """A one-block vehicle whose pack type has a charged pack now (turn by turn);
        ``twice``: two of them, for a scenario that starts the swap again after a failure
        that left the first charged pack on the vehicle (the rack's one C pack would not
        have charged again in time)."""
        from dataclasses import replace

        from operator_app.domain.selection import SwapPlan, plan_swap

        snap = self.snap
        order = TOUR_PLATES[self.turn % 2:] + TOUR_PLATES[:self.turn % 2]
        self.turn += 1
        for plate in order:
            found = self.swaps.registry.identify(plate, self.IdMethod.CAMERA)
            if not isinstance(found, self.Identified) or snap is None:
                continue
            rules, kept = self.swaps.supervisor.rules, self.swaps.supervisor.quarantined
            plan = plan_swap(found.vehicle, snap.slots, rules, kept)
            if not isinstance(plan, SwapPlan):
                continue
            if twice:  # the same again with the chosen packs gone from the rack
                taken = {p.slot for p in plan.packs_in}
                left = tuple(replace(x, occupied=False) if x.slot in taken else x
                             for x in snap.slots)
                if not isinstance(plan_swap(found.vehicle, left, rules, kept), SwapPlan):
                    continue
            return plate
        return order[0]  # none ready: the swap waits for a pack to charge

    def arrive(self, rec: TourRecord, plate: str, positions: bool = True):
        """The trainer sends ``plate`` in; ``positions``: its positioning ends in tolerance
        (else the simulator decides, and an armed positioning fault makes it fail)."""
        self.trainer(rec, f"arrive {plate}" + (" ok" if positions else ""))
        rec.note(f"{plate} drives in")
        yield Wait(f"{plate} in the bay", lambda: (s := self.snap) is not None
                   and s.bay.vehicle_present and s.bay.plate == plate, 10)

    def identify(self, rec: TourRecord, plate: str):
        yield Wait(f"{plate} in position (READY)", lambda: self.state()
                   is self.st.StationState.READY and self.snap.bay.plate == plate)
        if self.tx.phase in self.ENDED:
            self.swaps.supervisor.cancel()
        result = self.swaps.identify(self.snap.bay.plate, self.IdMethod.CAMERA)
        if isinstance(result, self.Refused):
            raise self.fail(f"identifying {plate} by the bay camera was refused: {result.reason}")

    def planned(self, rec: TourRecord, within: float | None = None):
        """Plan; while no pack is charged (or no slot free), say why once and plan again
        each second, as the screen does when the rack changes."""
        if self.tx.phase is self.Phase.PLANNED:
            return self.tx.plan
        result = self.swaps.plan()
        if not isinstance(result, self.Refused):
            return result
        if self.tx.phase is not self.Phase.IDENTIFIED:
            raise self.fail(f"planning was refused: {result.reason}")
        rec.note(f"waiting for a plan ({result.reason})")
        last = [time.monotonic()]

        def plan():
            if self.tx.phase is self.Phase.PLANNED:
                return self.tx.plan
            if time.monotonic() - last[0] < 1.0:
                return None
            last[0] = time.monotonic()
            again = self.swaps.plan()
            return None if isinstance(again, self.Refused) else again

        return (yield Wait(f"a plan ({result.reason})", plan, within))

    def confirm(self, rec: TourRecord, expect_reject: bool = False):
        """Confirm the plan at READY; wait until the swap runs (or the start is rejected)."""
        while True:
            yield from self.planned(rec)
            yield Wait("the station READY", lambda: self.state() is self.st.StationState.READY)
            result = self.swaps.confirm(ACTOR)
            if not isinstance(result, self.Refused):
                break
            if self.tx.phase is not self.Phase.IDENTIFIED:
                raise self.fail(f"confirming was refused: {result.reason}")
        yield Wait("the controller's answer to the start",
                   lambda: self.tx.rejected is not None or self.tx.phase in (
                       self.Phase.RUNNING, self.Phase.VERIFYING) or self.tx.phase in self.ENDED,
                   20)
        if self.tx.rejected is not None and not expect_reject:
            raise self.fail("the controller rejected the start: "
                            + "; ".join(p.english() for p in self.tx.rejected))
        if self.tx.rejected is None and expect_reject:
            raise self.fail("the controller started the swap although a fault was active")
        if self.tx.phase in self.ENDED:
            raise self.fail(f"the swap ended at once: {self.tx.note}")

    def running(self, steps: int):
        yield Wait(f"{steps} steps of the swap", lambda: len(self.tx.steps) >= steps
                   or self.tx.phase in self.ENDED, 60)
        if self.tx.phase in self.ENDED:
            raise self.fail(f"the swap ended before its step {steps}")
        return self.step_words(self.tx.steps[-1])

    def ended(self, rec: TourRecord, within: float = 60.0):
        yield Wait("the swap to end", lambda: self.tx.phase in self.ENDED, within)
        return self.tx.phase

    def completes(self, rec: TourRecord):
        """The swap after the recovery: it must complete; the station must end READY first."""
        tx = self.tx
        phase = yield from self.ended(rec, 90)
        if phase is not self.Phase.COMPLETED:
            raise self.fail(f"the swap after the recovery ended {phase.value}")
        plate = tx.vehicle.plate if tx.vehicle else "?"
        rec.note(f"swap completed ({len(tx.steps)} steps, "
                 f"{sum(v.elapsed for v in tx.steps):.0f} s station time)")
        rec.completed_plate = plate
        self.journal_rows.append(("completed", None, plate))

    def ready_again(self, rec: TourRecord):
        """READY, nothing left at the controller: what every recovery must end in."""
        def test():
            snap = self.snap
            return (snap is not None and snap.status.state is self.st.StationState.READY
                    and not snap.status.faults and not snap.machine.reset_required)
        try:
            yield Wait("the station READY with no fault", test, 30)
        except TourFailure:
            raise self.fail("the station did not come back READY") from None
        rec.note("READY")

    def start_again(self, rec: TourRecord):
        yield from self.offered(rec, self.rc.Action.START_AGAIN)
        yield from self.perform(rec, self.rc.Action.START_AGAIN)
        # the console identifies the vehicle once the rack has been read after the tap
        yield Wait("the vehicle in the bay identified again",
                   lambda: self.tx.phase in (self.Phase.IDENTIFIED, self.Phase.PLANNED), 10)
        yield from self.ready_again(rec)
        yield from self.confirm(rec)
        yield from self.completes(rec)

    def leave_and_idle(self, rec: TourRecord | None = None):
        """After a completed swap the vehicle drives off by itself; the station is IDLE with
        no fault: ready for the next vehicle."""
        def idle():
            snap = self.snap
            return (snap is not None and snap.status.state is self.st.StationState.IDLE
                    and not snap.bay.vehicle_present and not snap.status.faults)
        yield Wait("the vehicle to leave and the station IDLE with no fault", idle, 30)
        if self.tx.phase in self.ENDED:
            self.swaps.supervisor.cancel()
        if rec is not None:
            rec.note("vehicle left, station IDLE with no fault")

    # --- the scenarios -----------------------------------------------------------------------

    def swap_for(self, rec: TourRecord, plate: str | None = None, twice: bool = False):
        plate = plate or self.choose_plate(twice)
        yield from self.arrive(rec, plate)
        yield from self.identify(rec, plate)
        yield from self.confirm(rec)
        return plate

    def expect_end(self, rec: TourRecord, phase, fault, plate: str, what: str):
        got = yield from self.ended(rec)
        if got is not phase or self.tx.fault != fault:
            raise self.fail(f"after {what} the swap ended {got.value} "
                            f"(fault {getattr(self.tx.fault, 'name', self.tx.fault)}), not "
                            f"{phase.value} ({fault.name})")
        rec.note(str(self.tx.note))
        self.journal_rows.append((phase.value, fault.name,
                                  self.tx.vehicle.plate if self.tx.vehicle else plate))

    def estop(self, rec: TourRecord):
        rc, fc = self.rc, self.st.FaultCode
        plate = yield from self.swap_for(rec)
        step = yield from self.running(3)
        self.trainer(rec, "fault estop")
        rec.note(f"E-stop pressed during {step}")
        yield from self.expect_end(rec, self.Phase.FAILED, fc.ESTOP, plate, "the E-stop")
        yield from self.offered(rec, rc.Action.RESET_FAULTS)
        yield Wait("the E-stop latched in a snapshot", lambda: self.snap.machine.estop_latched, 5)
        refused = self.recovery.perform(rc.Action.RESET_FAULTS, ACTOR, self.Role.OPERATOR,
                                        bay_clear=True)
        if not isinstance(refused, self.Refused):
            raise self.fail("the console sent Reset faults while the E-stop was latched")
        rec.note(f'Reset faults refused: "{refused.reason}"')
        self.trainer(rec, "cabinet-reset")
        rec.note("reset key turned at the cabinet")
        yield Wait("the E-stop unlatched", lambda: not self.snap.machine.estop_latched, 5)
        yield from self.offered(rec, rc.Action.RESET_FAULTS)
        yield from self.perform(rec, rc.Action.RESET_FAULTS, bay_clear=True)
        yield from self.start_again(rec)

    def charger(self, rec: TourRecord):
        rc, fc = self.rc, self.st.FaultCode
        plate = self.choose_plate()
        yield from self.arrive(rec, plate)
        yield from self.identify(rec, plate)
        plan = yield from self.planned(rec)
        used = {p.slot for p in plan.packs_in} | {plan.out_slot}
        others = [s for s in self.snap.slots if s.slot not in used]
        slot = next((s.slot for s in others if s.occupied), others[0].slot if others else 1)
        self.trainer(rec, f"fault charger_fault:{slot}")
        rec.note(f"slot {slot}'s charger faulted (the plan uses slot "
                 f"{', '.join(str(p.slot) for p in plan.packs_in)})")
        yield Wait(f"slot {slot}'s charger fault at the controller", lambda: fc.CHARGER_FAULT
                   in self.snap.status.faults and self.snap.slots[slot - 1].charger_state
                   is self.st.ChargerState.FAULT, 10)
        yield from self.confirm(rec, expect_reject=True)
        why, then = self.tx.rejected
        if why != self.reject_phrases(self.st.RejectReason.FAULT_ACTIVE)[0]:
            raise self.fail(f'the start was rejected for another reason: "{why.english()}"')
        rec.note(f'start rejected: "{why.english()}; {then.english()}"')
        yield from self.offered(rec, rc.Action.RESET_FAULTS)
        yield from self.perform(rec, rc.Action.RESET_FAULTS, bay_clear=True)
        yield from self.ready_again(rec)
        yield from self.confirm(rec)
        yield from self.completes(rec)

    def positioning(self, rec: TourRecord):
        rc, pr = self.rc, self.st.PositioningResult
        plate = self.choose_plate()
        self.trainer(rec, "fault positioning")
        yield from self.arrive(rec, plate, positions=False)
        result = yield Wait("the positioning to fail", lambda: self.snap.bay.positioning_result
                            if self.snap.bay.positioning_result in (pr.FAILED, pr.IN_POSITION)
                            else None, 60)
        if result is pr.IN_POSITION:
            raise self.fail("the vehicle came into position although positioning was faulted")
        rec.note(f"positioning failed ({self.snap.bay.positioning_retries} tries, "
                 f"{getattr(self.snap.bay.positioning_reason, 'name', '?')})")
        for attempt in range(1, 4):
            yield from self.offered(rec, rc.Action.RETRY_POSITIONING)
            yield from self.perform(rec, rc.Action.RETRY_POSITIONING)
            yield Wait("the driver to try again", lambda: self.snap.bay.positioning_result
                       is not pr.FAILED, 10)
            result = yield Wait("the positioning to end", lambda: self.snap.bay.positioning_result
                                if self.snap.bay.positioning_result in (pr.FAILED, pr.IN_POSITION)
                                else None, 60)
            if result is pr.IN_POSITION:
                rec.note("vehicle in position" + (f" (retry {attempt})" if attempt > 1 else ""))
                break
            rec.note(f"positioning failed again (retry {attempt})")
        else:
            raise self.fail("the vehicle could not be positioned after 3 retries")
        yield from self.ready_again(rec)
        yield from self.identify(rec, plate)
        yield from self.confirm(rec)
        yield from self.completes(rec)

    def watchdog(self, rec: TourRecord):
        rc, ss = self.rc, self.st.StationState
        yield from self.swap_for(rec)
        step = yield from self.running(2)
        pulled = time.monotonic()
        self.trainer(rec, "fault cable_pull:6")
        rec.note(f"serial cable pulled for 6 s during {step}")
        lost = self.LinkState.LOST
        event = yield Wait("the link lost", lambda: (e := self.link.last_event) is not None
                           and e.state is lost and e, 10)
        # what the screen offers while it cannot see the station (its last snapshot is old)
        g = self.recovery.guidance()
        why = self.recovery.check(rc.Action.RESUME, self.Role.OPERATOR)
        rec.note(f'link LOST ("{event.cause}"); meanwhile the console offered '
                 + (f'"{g.text()}"' if g else "no recovery")
                 + (f' and would refuse Resume: "{why.english()}"' if why else ""))
        snap = yield Wait("the link back after the cable pull",
                          lambda: self.fresh(pulled + 6.0), 30)
        if snap.status.state is not ss.HELD:
            raise self.fail("the link came back but the controller does not hold the swap")
        event = self.link.last_event
        rec.note("link back, station HELD" + (f" (link {event.state.name}: {event.cause})"
                                              if event else ""))
        yield from self.offered(rec, rc.Action.RESUME)
        yield from self.perform(rec, rc.Action.RESUME, bay_clear=True)
        yield Wait("the swap to move on", lambda: self.state() is not ss.HELD, 5)
        rec.note("the swap continues")
        yield from self.completes(rec)

    def restart(self, rec: TourRecord):
        rc, fc = self.rc, self.st.FaultCode
        plate = yield from self.swap_for(rec)
        step = yield from self.running(3)
        self.trainer(rec, "fault restart")
        rec.note(f"controller restarted during {step}")
        yield from self.expect_end(rec, self.Phase.FAILED, fc.CONTROLLER_RESTART, plate,
                                   "the restart")
        yield from self.offered(rec, rc.Action.RESET_FAULTS)
        yield from self.perform(rec, rc.Action.RESET_FAULTS, bay_clear=True)
        yield from self.start_again(rec)

    def abort(self, rec: TourRecord):
        rc, fc = self.rc, self.st.FaultCode
        plate = yield from self.swap_for(rec)
        step = yield from self.running(3)
        why = self.recovery.check(rc.Action.ABORT, self.Role.OPERATOR)
        if why is not None:
            raise self.fail(f'ABORT refused: "{why.english()}"')
        yield from self.perform(rec, rc.Action.ABORT, when=f"during {step}")
        yield from self.expect_end(rec, self.Phase.ABORTED, fc.ABORTED, plate, "the abort")
        g = self.recovery.guidance()
        if g is not None and rc.Action.RESET_FAULTS in g.actions():
            yield from self.offered(rec, rc.Action.RESET_FAULTS)
            yield from self.perform(rec, rc.Action.RESET_FAULTS, bay_clear=True)
        yield from self.start_again(rec)

    # --- the interlocks ------------------------------------------------------------------------

    def nothing_moved(self, rec: TourRecord, before) -> None:
        """After a swap the controller stopped in PREPARATION: no lock head, lift or shuttle
        moved (the maintenance counters say so too)."""
        m = self.snap.machine
        locked = all(state is self.st.LockState.LOCKED for state, _ in m.locks[:4])
        if not locked or m.lift_height or m.shuttle_position or \
                (m.lock_cycles, m.lift_cycles) != (before.lock_cycles, before.lift_cycles):
            raise self.fail("the swap stopped in preparation, yet something moved")
        rec.note("nothing moved: the pack locked, the lift down, the shuttle at the bay")

    def vehicle_refuses(self, rec: TourRecord, fault: str, code, what: str):
        self.trainer(rec, f"fault {fault}")
        rec.note(what)
        before = self.snap.machine
        plate = yield from self.swap_for(rec)
        yield from self.expect_end(rec, self.Phase.FAILED, code, plate, what)
        self.nothing_moved(rec, before)
        yield from self.offered(rec, self.rc.Action.RESET_FAULTS)
        yield from self.perform(rec, self.rc.Action.RESET_FAULTS, bay_clear=True)
        yield from self.start_again(rec)

    def hv_on(self, rec: TourRecord):
        yield from self.vehicle_refuses(rec, "vehicle_hv_on", self.st.FaultCode.VEHICLE_HV_ON,
                                        "the next vehicle keeps its HV on")

    def brake_off(self, rec: TourRecord):
        yield from self.vehicle_refuses(rec, "parking_brake_off",
                                        self.st.FaultCode.PARKING_BRAKE_OFF,
                                        "the next vehicle does not confirm its parking brake")

    def door(self, rec: TourRecord):
        rc, fc = self.rc, self.st.FaultCode
        plate = yield from self.swap_for(rec)
        step = yield from self.running(3)
        self.trainer(rec, "fault door_open:4")
        rec.note(f"the bay door opened for 4 s during {step}")
        yield from self.expect_end(rec, self.Phase.FAILED, fc.DOOR_OPEN, plate, "the door")
        snap = yield Wait("the open door in a snapshot", lambda: self.fresh(time.monotonic()
                                                                            - 0.2), 5)
        if snap.machine.doors:
            why = self.recovery.check(rc.Action.RESET_FAULTS, self.Role.OPERATOR)
            if why is None:
                raise self.fail("the console would reset with the door still open")
            rec.note(f'while it is open Reset faults is refused: "{why.english()}"')
        yield Wait("the door closed", lambda: not self.snap.machine.doors, 15)
        yield from self.offered(rec, rc.Action.RESET_FAULTS)
        yield from self.perform(rec, rc.Action.RESET_FAULTS, bay_clear=True)
        yield from self.start_again(rec)

    def technician_reset(self, rec: TourRecord):
        rc = self.rc
        yield from self.offered(rec, rc.Action.RESET_FAULTS)
        why = self.recovery.check(rc.Action.RESET_FAULTS, self.Role.OPERATOR)
        if why is None:
            raise self.fail("an operator could reset a fault that needs a technician")
        rec.note(f'an operator\'s reset is refused: "{why.english()}"')
        yield from self.perform(rec, rc.Action.RESET_FAULTS, bay_clear=True,
                                role=self.Role.TECHNICIAN)

    def load(self, rec: TourRecord):
        fc = self.st.FaultCode
        self.trainer(rec, "fault load_mismatch")
        rec.note("the next lift of a pack reads a wrong mass")
        plate = yield from self.swap_for(rec)
        yield from self.expect_end(rec, self.Phase.FAILED, fc.LOAD_MISMATCH, plate,
                                   "the wrong mass")
        yield from self.technician_reset(rec)
        yield from self.start_again(rec)

    def hold_until(self, rec: TourRecord, action, head: int, state):
        """A technician holds a hold-to-run step's button until the head reads ``state``,
        then lets go; the link renews the controller's lease in between."""
        name = f"{self.ACTION_NAMES[action]} (head {head})"
        refused = self.recovery.hold(action, ACTOR, self.Role.TECHNICIAN, head)
        if refused is not None:
            raise self.fail(f"{name} was refused: {refused.reason}")
        held = time.monotonic()
        try:
            yield Wait(f"lock head {head} {state.name}", lambda: self.fresh(held) is not None
                       and self.snap.machine.locks[head - 1][0] is state, 15)
        finally:
            self.recovery.release()
        stopped = yield Wait(f"the end of {name}", lambda: (e := self.link.last_jog_stopped)
                             is not None and e.at >= time.time() - 30 and
                             self.recovery.held is None and e, 5)
        state_now, torque = self.snap.machine.locks[head - 1]
        rec.note(f"{name} held {time.monotonic() - held:.1f} s: head {state_now.name}, "
                 f"{torque:.0f} Nm; hold {stopped.reason.value}, {stopped.refreshes} lease "
                 f"refreshes")

    def torque(self, rec: TourRecord):
        rc, fc, ls = self.rc, self.st.FaultCode, self.st.LockState
        tech = self.Role.TECHNICIAN
        self.trainer(rec, "fault lock_torque_low")
        rec.note("the next lock ends one head below its torque")
        plate = yield from self.swap_for(rec, twice=True)  # started again after the re-lock
        yield from self.expect_end(rec, self.Phase.FAILED, fc.LOCK_TORQUE_LOW, plate,
                                   "the low torque")
        yield from self.offered(rec, rc.Action.MAINTENANCE_MODE)
        yield from self.perform(rec, rc.Action.MAINTENANCE_MODE, role=tech)
        g = yield from self.offered(rec, rc.Action.UNLOCK_HEAD)
        head = next(step.slot for step in g.steps if step.action is rc.Action.UNLOCK_HEAD)
        yield from self.hold_until(rec, rc.Action.UNLOCK_HEAD, head, ls.UNLOCKED)
        yield from self.offered(rec, rc.Action.LOCK_HEAD)
        yield from self.hold_until(rec, rc.Action.LOCK_HEAD, head, ls.LOCKED)
        yield from self.offered(rec, rc.Action.AUTOMATIC_MODE)
        yield from self.perform(rec, rc.Action.AUTOMATIC_MODE, role=tech)
        yield from self.technician_reset(rec)
        yield from self.start_again(rec)

    def settle(self):
        """After a scenario that went wrong: stop what runs, reset, and let the vehicle leave
        with a pack in it (a swap), so that the next scenario finds a free slot."""
        rc = self.rc
        rec = TourRecord(0, "settling")
        if self.tx.phase in self.ACTIVE:
            self.swaps.abort(ACTOR)
            yield Wait("the swap to stop", lambda: self.tx.phase not in self.ACTIVE, 20)
        self.sim.send("clear")
        self.recovery.release()
        if self.snap is not None and self.snap.status.mode is self.st.StationMode.MAINTENANCE:
            self.recovery.perform(rc.Action.AUTOMATIC_MODE, ACTOR, self.Role.TECHNICIAN)
            yield self.pause(0.5)
        if self.snap is not None and self.snap.machine.estop_latched:
            self.sim.send("cabinet-reset")
            yield self.pause(0.5)
        if self.state() is self.st.StationState.HELD:
            self.recovery.perform(rc.Action.RESUME, ACTOR, self.Role.OPERATOR, bay_clear=True)
            yield self.pause(0.5)
        if self.recovery.check(rc.Action.RESET_FAULTS, self.Role.TECHNICIAN) is None:
            self.recovery.perform(rc.Action.RESET_FAULTS, ACTOR, self.Role.TECHNICIAN,
                                  bay_clear=True)
            yield self.pause(0.5)
        snap = self.snap
        if snap is not None and snap.bay.vehicle_present and snap.bay.plate:
            try:
                yield Wait("the vehicle in position", lambda: self.state()
                           is self.st.StationState.READY, 20)
                yield from self.identify(rec, snap.bay.plate)
                yield from self.planned(rec, 20)
                yield from self.confirm(rec)
                yield from self.ended(rec)
            except TourFailure as exc:
                log.info("settling: no swap for the vehicle in the bay: %s", exc)
        if self.snap is not None and self.snap.bay.vehicle_present and \
                self.tx.phase is not self.Phase.COMPLETED:
            yield Wait("the vehicle free to leave", lambda: self.sim.send("leave")
                       .startswith("OK") or not self.snap.bay.vehicle_present, 20)
        yield from self.leave_and_idle()


class TourRunner:
    """Drives the scenario generators from a QTimer: each waits for what it yields."""

    def __init__(self, tour: FaultTour, timeout: float, on_done) -> None:
        self.tour, self.timeout, self.on_done = tour, timeout, on_done
        self.records: list[TourRecord] = []
        self.queue = list(enumerate(tour.scenarios, 1))
        self.gen = None
        self.wait: Wait | None = None
        self.record: TourRecord | None = None
        self.settling = False
        self.broken = ""  # the station could not be brought back: the rest is not run
        self.deadline = 0.0

    def begin(self, gen, seconds: float) -> None:
        self.gen, self.wait = gen, None
        self.deadline = time.monotonic() + seconds
        self.step(None)

    def next(self) -> None:
        self.gen = None
        if self.broken or not self.queue:
            for n, (name, _) in self.queue:
                rec = TourRecord(n, name)
                rec.error = f"not run: {self.broken}"
                self.records.append(rec)
            self.queue = []
            self.on_done()
            return
        n, (name, scenario) = self.queue.pop(0)
        self.record = TourRecord(n, name)
        self.settling = False
        self.begin(self.scenario(self.record, scenario), self.timeout)

    def scenario(self, rec: TourRecord, body):
        yield from self.tour.leave_and_idle()
        rec.started = time.monotonic()
        yield from body(rec)
        yield from self.tour.leave_and_idle(rec)
        rec.seconds = time.monotonic() - rec.started

    def tick(self) -> None:
        if self.gen is None:
            return
        now = time.monotonic()
        wait = self.wait
        if wait is not None and wait.deadline is not None and now > wait.deadline:
            self.throw(TourFailure(f"gave up waiting for {wait.what}"))
            return
        if now > self.deadline:
            what = f" waiting for {wait.what}" if wait is not None else ""
            self.end(self.tour.fail(f"timed out after {self.timeout:.0f} s{what}"))
            return
        try:
            value = wait.test() if wait is not None else True
        except TourFailure as exc:
            self.throw(exc)
            return
        except Exception as exc:  # a bug in a check is the tour's failure
            log.exception("check failed")
            self.end(self.tour.fail(f"the tour's check for {wait.what} broke: {exc!r}"))
            return
        if value:
            self.step(value)

    def step(self, value) -> None:
        try:
            self.wait = self.gen.send(value)
        except StopIteration:
            self.end(None)
        except TourFailure as exc:
            self.end(exc)
        except Exception as exc:
            log.exception("scenario broke")
            self.end(self.tour.fail(f"the tour broke: {exc!r}"))

    def throw(self, exc: TourFailure) -> None:
        try:
            self.wait = self.gen.throw(exc)
        except StopIteration:
            self.end(None)
        except TourFailure as err:
            self.end(self.tour.fail(str(err)) if err is exc else err)
        except Exception as err:
            log.exception("scenario broke")
            self.end(self.tour.fail(f"the tour broke: {err!r}"))

    def end(self, failure: TourFailure | None) -> None:
        gen, self.gen = self.gen, None
        if gen is not None:
            gen.close()
        if self.settling:
            if failure is not None:
                self.broken = f"the station could not be brought back to IDLE: {failure}"
            self.next()
            return
        rec = self.record
        assert rec is not None
        if not rec.seconds:
            rec.seconds = time.monotonic() - rec.started
        if failure is not None:
            rec.error = str(failure)
            rec.completed_plate = ""
        self.records.append(rec)
        print(rec.line(), flush=True)
        if failure is None:
            self.next()
            return
        self.settling = True
        self.begin(self.tour.settle(), SETTLE_S)


def run_fault_tour(args: argparse.Namespace) -> int:
    """One swap into each recoverable fault, recovered as the console guides; exit 0 if all."""
    from PySide6.QtCore import QTimer

    from operator_app.services.simulator_process import SimulatorOptions
    from operator_app.storage.db import open_journal
    from operator_app.storage.inspect import verify
    from operator_app.storage.journal import iso

    data_dir = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(
        prefix="operator-fault-tour-"))
    started = time.monotonic()
    since = iso(time.time() - 1)
    print(f"fault tour: one swap into each of {FaultTour.SCENARIOS} faults on the "
          f"simulated station (time scale {args.time_scale:g}), journal in {data_dir}",
          flush=True)
    station = Headless(data_dir, SimulatorOptions(
        slots=args.slots, time_scale=args.time_scale, seed=args.seed, arrivals=False))
    why = station.claim()
    if why:
        print(f"fault tour FAILED: {why}")
        return 3  # as a second console is refused
    db, _report = open_journal(data_dir)
    db.close()
    why = station.start()
    if why:
        print(f"fault tour FAILED: {why}")
        return 1
    app, services = station.app, station.services
    tour = FaultTour(station.sim, services)
    runner = TourRunner(tour, args.timeout, lambda: QTimer.singleShot(1500, app.quit))
    timer = QTimer()
    timer.timeout.connect(runner.tick)
    timer.start(50)
    QTimer.singleShot(0, runner.next)
    try:
        station.run()
    finally:
        timer.stop()
    records = runner.records
    failures = [f"{r.name}: {r.error}" for r in records if r.error]
    failures += check_tour_journal(data_dir / "journal.sqlite", since, tour.journal_rows)
    report = verify(data_dir / "journal.sqlite", station.key)
    if not report.ok:
        failures += [line for line in report.lines if line.startswith("FAIL")]
    elapsed = time.monotonic() - started
    recovered = sum(1 for r in records if not r.error and r.completed_plate)
    if failures:
        print(f"fault tour FAILED: {recovered} of {len(tour.scenarios)} faults recovered in "
              f"{elapsed:.0f} s:")
        for f in failures:
            print(f"  - {f}")
        return 1
    k = services.alarms.manager.kpis(time.time())
    print(f"fault tour passed: {recovered} of {len(tour.scenarios)} faults recovered, each "
          f"with a completed swap after it and the station IDLE with no fault, in "
          f"{elapsed:.0f} s; the journal holds every "
          f"swap ({len(tour.journal_rows)}: "
          + ", ".join(f"{n} {k}" for k, n in sorted(
              Counter(r for r, _, _ in tour.journal_rows).items()))
          + f"), journal verified; alarms raised in the last 10 min: {k['per_10_min']:.0f}, "
          f"standing: {k['standing']:.0f}")
    return 0


def check_tour_journal(path: Path, since: str,
                       expected: list[tuple[str, str | None, str]]) -> list[str]:
    """Every swap the tour saw end is in the journal with its result and fault."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT result, fault, vehicle_plate FROM swaps WHERE started_at >= ?",
                            [since]).fetchall()
        running = conn.execute("SELECT count(*) FROM swaps WHERE result = 'running'"
                               ).fetchone()[0]
    finally:
        conn.close()
    problems = []
    missing = Counter(expected) - Counter(rows)
    for (result, fault, plate), n in sorted(missing.items(), key=str):
        problems.append(f"the journal lacks {n} {result} swap(s) of {plate}"
                        + (f" with fault {fault}" if fault else ""))
    if running:
        problems.append(f"{running} swap(s) still marked running in the journal")
    return problems
