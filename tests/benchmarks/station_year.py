"""Synthesize a busy station's journal through the journal's own write path.

Run:  .venv/bin/python -m tests.benchmarks.station_year DIR --days 365
      [--slots 24 --swaps-per-day 200] [--in-place]

What a running console writes comes from ``StationRecorder`` (services/recorder.py) fed
``StationSnapshot``s. Here the recorder writes as in the console (through the console's
``JournalPort``, ``WriterPort``, or with a recorder that takes a sink through a
``JournalService.sink``-like sink) onto a real, sealed ``JournalWriter``; the swap
service's and registry's writes (vehicle.identified, the "swap start" audit row, vehicles)
go through ``JournalWriter.submit``. The snapshots come from a small station model:

* a rack of ``--slots`` slots of 171 kWh packs, one slot free; a vehicle every
  86400 / ``--swaps-per-day`` seconds (7.2 min at 200 a day) from a fleet of 66 trucks with
  a depleted pack (8-30 %): positioning 30-60 s, identified and started from the console
  (START_SWAP accepted, then done), one block swapped by the controller's steps
  (``domain.station.swap_sequence``, step times drawn from the simulator's ``STEP_TIMES``:
  3.2-4.6 min of steps, about 5 min from arrival to release); the removed pack goes into
  the free slot at the end of TRANSFER and charges (the simulator's CC-CV charger: 120 kW
  to 90 %, taper, complete at 99.9 %: about 1.5 h), the fullest pack is fetched;
* pack values as the controller reports them (register resolution): SoC rising while
  charging, OCV-curve voltages, current, cell spread, temperatures following charger power
  and a daily ambient cycle, cycles and SoH ageing with the energy charged;
* a snapshot every 10 s of station time (the rack; a slot's reading changes only when its
  values do), plus one at every change of the controller's status (swap steps, pack
  moves), so steps are timed as a fast poll would time them; telemetry is sampled by the
  recorder at its own interval (10 s), charging sessions saved at its own (30 s).

A fake clock starts ``--days`` before now; the recorder and the writer (``clock=``) read
it, the writer the time each operation was called at (exact, however far the writer
lags), so retention windows behave as in the field: ``run_retention`` with the default
``RetentionPolicy()`` is submitted once per synthetic day, after that day's telemetry.

Every day goes through the recorder and the writer (no replay). To do a year in minutes
the work is split over two processes: the station model and the recorder in one, whose
calls are sent in order to this one, where they go through the console's port onto the
writer (whose thread is the bound: ~42,000 commits a day). The journal is written on a
tmpfs when there is one (an fsync there is free; the file is byte for byte the same) and
moved into DIR at the end; ``--in-place`` writes in DIR (an fsync per commit: slower).

Printed: the journal's size at days 1, 30 and 365 (and at the end), bytes per table
(SQLite's ``dbstat``), the growth per year over the last 30 days (and the second year's
with ``--days 730``). ``build(dir, days)`` makes the start-up benchmark's journals.
"""

from __future__ import annotations

import argparse
import bisect
import collections
import math
import multiprocessing
import os
import pickle
import queue
import random
import shutil
import sqlite3
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from operator_app.domain import station as st
from operator_app.domain.commands import CommandOutcome, CommandRequest, OutcomeKind
from operator_app.domain.snapshot import (
    BayStatus,
    CommandResponse,
    Machine,
    SlotSnapshot,
    StationSnapshot,
    StationStatus,
)
from operator_app.services.recorder import StationRecorder
from operator_app.storage.db import open_journal
from operator_app.storage.journal import JournalWriter
from operator_app.storage.retention import RetentionPolicy

DAY = 86400.0
TICK = 10.0  # s between rack snapshots
KEY = bytes(range(32))  # the synthetic station's sealing key (the console's is its own)
PTYPE = st.PackType.A_171KWH
CAPACITY = st.PACK_CAPACITY_KWH[PTYPE]
CELLS = st.CELLS_PER_PACK
P_MAX = min(120.0, 0.7 * CAPACITY)  # the simulator's slot charger
CV_START = 90.0
CELL_R = 0.00035
CONNECT_S = 5.0
THERMAL_TAU = 900.0
# LFP open-circuit voltage per cell against SoC, as the simulator's pack model has it
_OCV_SOC = (0, 2, 5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 98, 100)
_OCV_V = (2.60, 2.95, 3.10, 3.20, 3.24, 3.26, 3.28, 3.29, 3.30, 3.31, 3.33, 3.35, 3.38, 3.42,
          3.45)
FLEETS = ("Kwai Chung Logistics", "Cotai Transport", "Laem Chabang Haulage",
          "Tanjung Priok Cargo", "Klang Port Movers")
OPERATORS = ("ana", "bruno", "chen", "dewi")
IDLE, CONNECTING, COMPLETE = (st.ChargerState.IDLE, st.ChargerState.CONNECTING,
                              st.ChargerState.COMPLETE)
CC, CV = st.ChargerState.CONSTANT_CURRENT, st.ChargerState.CONSTANT_VOLTAGE
CHARGING = (CONNECTING, CC, CV)


def ocv(soc: float) -> float:
    soc = min(100.0, max(0.0, soc))
    i = bisect.bisect_right(_OCV_SOC, soc)
    if i >= len(_OCV_SOC):
        return _OCV_V[-1]
    x0, x1, y0, y1 = _OCV_SOC[i - 1], _OCV_SOC[i], _OCV_V[i - 1], _OCV_V[i]
    return y0 + (y1 - y0) * (soc - x0) / (x1 - x0)


def pack_code(rng: random.Random) -> str:
    """A 24-character GB/T 34014-style code, as the simulator makes them."""
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    trace = "".join(rng.choice(alnum) for _ in range(7))
    date = (rng.choice("PQRSTV") + rng.choice("123456789ABC")
            + rng.choice("123456789ABCDEFGHJKLMNPRSTVWXY"))
    return f"CATPFA{rng.randrange(10)}{trace}{date}{rng.randrange(10**7):07d}"


@dataclass
class Pack:
    code: str
    soc: float
    soh: float
    cycles: float
    temp: float
    insulation: int
    cell_lo: float  # the weakest cell's offset, V
    cell_hi: float
    t_lo: float  # coolest / hottest sensor offsets, °C
    t_hi: float

    @classmethod
    def new(cls, rng: random.Random, soc: float, ambient: float) -> Pack:
        cycles = rng.uniform(50, 1800)
        return cls(pack_code(rng), soc, max(80.0, 100.0 - cycles * 0.005 - rng.uniform(0, 2)),
                   cycles, ambient + rng.uniform(-1, 2), rng.randrange(2500, 6000),
                   -0.018 - abs(rng.gauss(0, 0.008)), abs(rng.gauss(0, 0.008)) + 0.006,
                   -rng.uniform(0.5, 1.5), rng.uniform(1.5, 2.5))


@dataclass
class Slot:
    n: int
    pack: Pack | None = None
    charger: st.ChargerState = st.ChargerState.IDLE
    connect_left: float = 0.0
    power: float = 0.0
    current: float = 0.0
    reserved: bool = False
    snap: SlotSnapshot | None = None
    key: tuple | None = None
    cell: float = 0.0  # the mean cell voltage after the last charging step
    resting: float = 0.0  # s a full pack's temperature has not been brought up to date

    def advance(self, dt: float, ambient: float) -> None:
        """The simulator's charger and pack (simulator/pack.py) over ``dt`` seconds (one
        step: the CV taper's time constant is minutes, the steps 10 s at most)."""
        pack = self.pack
        cs = self.charger
        if pack is None or self.reserved:
            self.charger, self.power, self.current = IDLE, 0.0, 0.0
            return
        if cs is COMPLETE:  # at rest: only its temperature moves, exactly, once a minute
            self.resting += dt
            if self.resting >= 60.0:
                pack.temp += (ambient - pack.temp) * (1.0 - math.exp(-self.resting
                                                                     / THERMAL_TAU))
                self.resting = 0.0
            return
        left = dt
        if cs is IDLE:
            self.cell = 0.0
            if pack.soc < 99.5:
                cs, self.connect_left, left = CONNECTING, CONNECT_S, 0.0
            else:
                cs = COMPLETE
        elif cs is CONNECTING:
            self.connect_left -= dt
            if self.connect_left <= 0:
                cs, left = CC, -self.connect_left
            else:
                left = 0.0
        if (cs is CC or cs is CV) and left > 0:
            soc = pack.soc
            if soc >= CV_START:
                cs = CV
                power = P_MAX * max(0.04, (100.0 - soc) / (100.0 - CV_START))
            else:
                power = P_MAX
            self.power = power
            cell = self.cell or ocv(soc) + self.current * CELL_R  # as of the last step
            self.current = power * 1000.0 / (CELLS * cell)
            energy = power * left / 3600.0
            pack.soc = min(100.0, soc + 100.0 * energy * 0.97 / (CAPACITY * pack.soh / 100.0))
            pack.cycles += energy / CAPACITY
            pack.soh = max(60.0, pack.soh - 0.005 * energy / CAPACITY)
            if pack.soc >= 99.9:
                cs, self.power, self.current = COMPLETE, 0.0, 0.0
            self.cell = ocv(pack.soc) + self.current * CELL_R
        elif cs is not CC and cs is not CV:
            self.power = self.current = 0.0
        self.charger = cs
        target = ambient + 11.0 * (self.power / P_MAX) ** 2
        pack.temp += (target - pack.temp) * min(1.0, dt / THERMAL_TAU)

    def snapshot(self) -> SlotSnapshot:
        """The slot as the link decodes it (register resolution); the same object while
        nothing the controller reports has changed (a charging slot changes every read)."""
        pack, cs = self.pack, self.charger
        charging = cs is CC or cs is CV
        if self.reserved:
            state = st.SlotState.IN_SWAP
        elif pack is None:
            state = st.SlotState.EMPTY
        elif charging or cs is CONNECTING:
            state = st.SlotState.CHARGING
        elif cs is COMPLETE:
            state = st.SlotState.FULL
        else:
            state = st.SlotState.IDLE
        if pack is None:
            key: tuple | None = (cs, state)
            if key != self.key:
                self.key = key
                self.snap = SlotSnapshot(self.n, False, charger_state=cs, state=state)
            return self.snap  # type: ignore[return-value]
        if charging:
            key = None
        else:
            key = (pack.code, cs, state, int(pack.temp * 10 + 0.5))
            if key == self.key:
                return self.snap  # type: ignore[return-value]
        self.key = key
        soc, soh, current = pack.soc, pack.soh, self.current
        cell = self.cell if charging else ocv(soc)
        widen = 3.5 if soc > 97 or soc < 8 else 1.0
        load = 1.0 + min(1.0, abs(current) * (3.2 * CELLS) / (700.0 * CAPACITY))
        if charging:
            usable = CAPACITY * soh / 100.0
            cc = max(0.0, CV_START - soc) / 100.0 * usable / P_MAX
            cv = (100.0 - max(soc, CV_START)) / 100.0 * usable / (P_MAX * 0.35)
            to_full: int | None = round((cc + cv) * 60.0)
        elif cs is COMPLETE:
            to_full = 0
        else:
            to_full = None
        temp = pack.temp
        # register values (x10, x1000) as the link decodes them: raw / 10 is the double
        # nearest the decoded value, as round(raw * 0.1, 6) is (and cheaper than round())
        values = {
            "slot": self.n, "occupied": True, "pack_code": pack.code, "pack_type": PTYPE,
            "soc": int(soc * 10 + 0.5) / 10, "soh": int(soh * 10 + 0.5) / 10,
            "voltage": int(CELLS * cell * 10 + 0.5) / 10,
            "current": int(current * 10 + 0.5) / 10,
            "cell_min_voltage": int((cell + pack.cell_lo * widen) * 1000 + 0.5) / 1000,
            "cell_min_index": 17,
            "cell_max_voltage": int((cell + pack.cell_hi * widen) * 1000 + 0.5) / 1000,
            "cell_max_index": 121, "temp_min": int((temp + pack.t_lo * load) * 10 + 0.5) / 10,
            "temp_max": int((temp + pack.t_hi * load) * 10 + 0.5) / 10,
            "insulation": pack.insulation, "cycles": int(pack.cycles), "charger_state": cs,
            "charger_power": int(self.power * 10 + 0.5) / 10, "alarm_level": 0,
            "alarm_flags": st.AlarmFlag.NONE, "capacity": CAPACITY, "state": state,
            "time_to_full": to_full, "invalid": frozenset()}
        self.snap = make_slot(values)
        return self.snap


def _fast_slot(values: dict[str, Any]) -> SlotSnapshot:
    """A SlotSnapshot equal to ``SlotSnapshot(**values)``, without the frozen dataclass's
    24 ``object.__setattr__`` calls (a charging slot makes one every read)."""
    snap = object.__new__(SlotSnapshot)
    snap.__dict__.update(values)
    return snap


def _pick_slot_maker() -> Callable[[dict[str, Any]], SlotSnapshot]:
    probe = {"slot": 1, "occupied": True, "pack_code": "X", "soc": 1.0, "invalid": frozenset()}
    full = {f: probe.get(f) for f in SlotSnapshot.__dataclass_fields__}
    full["occupied"], full["invalid"] = True, frozenset()
    try:
        if _fast_slot(full) == SlotSnapshot(**full) and not hasattr(SlotSnapshot,
                                                                     "__post_init__"):
            return _fast_slot
    except (AttributeError, TypeError):
        pass
    return lambda values: SlotSnapshot(**values)  # SlotSnapshot changed: the plain way


make_slot = _pick_slot_maker()


@dataclass
class Vehicle:
    plate: str
    fleet: str
    pack: Pack


@dataclass
class Swap:
    vehicle: Vehicle
    seq: int
    in_slot: int
    out_slot: int
    plan: list[tuple[st.SwapStep, int]]
    starts: list[float]  # each step's start time; the last entry is the end
    index: int = -1
    request: CommandRequest | None = None


IDLE_MACHINE = Machine(0.0, 0.0, 0, st.LiftLimit.LOWER, 0.0, 0, False, 0, True,
                       tuple((st.LockState.UNKNOWN, 0.0) for _ in range(st.LOCK_HEADS)),
                       False, False, st.DoorFlag.NONE, False)
NO_BAY = BayStatus(False, None, None, st.PositioningResult.NONE, 0, st.PositioningReason.NONE,
                   False, False, 0, st.PackType.NONE, "")


class Station:
    """The station's controller as the link sees it: a snapshot at any time."""

    def __init__(self, slots: int, swaps_per_day: int, t0: float, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.t = t0
        self.interval = DAY / swaps_per_day
        self.slots = [Slot(n) for n in range(1, slots + 1)]
        for s in self.slots[:-1]:  # one slot free for the first removed pack
            s.pack = Pack.new(self.rng, self.rng.uniform(45, 100), self.ambient())
        plates = {f"{self.rng.choice('ABCDEFGHKLMNPRSTVWXY')}"
                  f"{self.rng.choice('ABCDEFGHKLMNPRSTVWXY')} {self.rng.randrange(1000, 9999)}"
                  for _ in range(200)}
        fleet_size = max(10, swaps_per_day // 3)  # each vehicle swaps about 3 times a day
        self.vehicles = [Vehicle(p, self.rng.choice(FLEETS),
                                 Pack.new(self.rng, self.rng.uniform(8, 30), self.ambient()))
                         for p in sorted(plates)[:fleet_size]]
        self.sequence = 0
        self.heartbeat = 0
        self.swap_counter = 0
        self.command_seq = 0
        self.last_seq = 0
        self.last_result = st.SwapResult.NONE
        self.response = CommandResponse(0, st.CommandStatus.NONE, st.RejectReason.NONE,
                                        st.FaultCode.NONE, st.CommandCode.NONE, 0)
        self.state = st.StationState.IDLE
        self.bay = NO_BAY
        self.swap: Swap | None = None

    def ambient(self) -> float:
        """A tropical day: 26 °C before dawn, 33 °C in the afternoon (UTC+7)."""
        hour = ((self.t / 3600.0) + 7.0) % 24.0
        return 29.5 + 3.5 * math.sin((hour - 9.0) / 24.0 * 2 * math.pi)

    def advance(self, t: float) -> None:
        dt = t - self.t
        self.t = t
        if dt > 0:
            amb = self.ambient()
            for s in self.slots:
                if s.pack is not None:
                    s.advance(dt, amb)

    def snapshot(self) -> StationSnapshot:
        self.sequence += 1
        self.heartbeat = (self.heartbeat + 1) & 0xFFFF
        swap = self.swap
        running = swap is not None and 0 <= swap.index < len(swap.plan)
        if running:
            assert swap is not None
            step, block = swap.plan[swap.index]
            elapsed = round(self.t - swap.starts[swap.index], 1)
            status = StationStatus(
                self.heartbeat, 0, st.StationMode.AUTOMATIC, st.StationState.SWAPPING, step,
                elapsed, st.expected_time(step), block, 1,
                st.StatusFlag.VEHICLE_PRESENT | st.StatusFlag.CONSOLE_SEEN,
                st.SwapResult.RUNNING, st.FaultCode.NONE, self.swap_counter,
                round(self.t - swap.starts[0], 1), 3.0, (), self.response)
        else:
            positioning = self.state is st.StationState.POSITIONING
            flags = st.StatusFlag.CONSOLE_SEEN | (
                st.StatusFlag.VEHICLE_PRESENT if self.bay.vehicle_present else 0)
            status = StationStatus(
                self.heartbeat, 0, st.StationMode.AUTOMATIC, self.state,
                st.SwapStep.POSITIONING if positioning else st.SwapStep.NONE, 0.0,
                st.expected_time(st.SwapStep.POSITIONING) if positioning else 0.0, 0, 0, flags,
                self.last_result, st.FaultCode.NONE, self.swap_counter, 0.0, 3.0, (),
                self.response)
        slots = tuple(s.snapshot() for s in self.slots)
        return StationSnapshot(self.sequence, self.t, status, self.bay, IDLE_MACHINE, slots,
                               self.t)


# what the producer records, in order: (station time, kind, name, args, kwargs)
PORT, SINK, SUBMIT, DAY_END, END = range(5)
BATCH = 4000


def _resolved() -> Future:
    done: Future = Future()
    done.set_result(None)
    return done


class Console:
    """The console's side of the journal, in the producer process: what the recorder (and
    the swap service, the registry) write, recorded in order with the station time.

    The recorder writes through the console's port (``JournalPort``, which ``JournalService``
    points at ``WriterPort``) or, in a tree whose recorder takes a sink, through the
    console's sink (``JournalService.sink``); both are recorded as called, and played onto
    the real writer by ``Player`` in the same order. Nothing the recorder does depends on
    what its writes return (the receipt's Future is not used here)."""

    def __init__(self, conn: Any, clock: FakeClock) -> None:
        self.conn = conn
        self.clock = clock
        self.batch: list[tuple] = []
        self.ops = 0
        self.recorder: StationRecorder | None = None
        self.done = _resolved()

    def __call__(self, name: str, *args: Any) -> Any:
        """``JournalService.sink``."""
        self.batch.append((self.clock.t, SINK, name, args, None))
        return self.done

    def __getattr__(self, name: str) -> Any:
        """The port's methods (``event``, ``swap``, ``telemetry``, ...)."""
        if name.startswith("_"):
            raise AttributeError(name)
        batch, clock, done = self.batch, self.clock, self.done

        def call(*args: Any, **kwargs: Any) -> Any:
            batch.append((clock.t, PORT, name, args, kwargs or None))
            return done

        setattr(self, name, call)  # looked up once
        return call

    def submit(self, name: str, *args: Any) -> Any:
        """A console-side write by the journal's name for it (swap service, registry)."""
        self.batch.append((self.clock.t, SUBMIT, name, args, None))
        return self.done

    def mark(self, kind: int, value: Any) -> None:
        self.batch.append((self.clock.t, kind, value, (), None))
        self.send()

    def send(self) -> None:
        if self.batch:
            self.ops += len(self.batch)
            self.conn.send(self.batch)  # pickled now: the list may be reused
            self.batch.clear()

    def tick(self) -> None:
        if len(self.batch) >= BATCH:
            self.send()


class Player:
    """In the writer process: the recorded calls onto the real ``JournalWriter``, through
    the console's own port (``WriterPort``) or sink; each Future is noted with the station
    time of its call, which ``writer_clock`` gives the writer's thread."""

    def __init__(self, writer: JournalWriter, clock: FakeClock) -> None:
        self.writer = writer
        self.clock = clock
        self.pending: collections.deque = collections.deque()
        self.marks: list[Future] = []
        self.ops = 0
        self.errors = 0
        self.first_error = ""
        try:
            from operator_app.storage.port import WriterPort
        except ImportError:  # a tree without the port: the recorder uses the sink
            self.port: Any = None
        else:
            self.port = WriterPort(writer)
        self._methods: dict[str, Callable[..., Any]] = {}

    def sink(self, name: str, *args: Any) -> Any:
        """``JournalService.sink``: telemetry to the batch path, the rest queued."""
        if name == "add_telemetry":
            self.writer.add_telemetry(*args)
            return None
        return self.writer.submit(name, *args)

    def play(self, t: float, kind: int, name: str, args: tuple, kwargs: dict | None) -> None:
        if kind == PORT:
            method = self._methods.get(name)
            if method is None:
                method = self._methods[name] = getattr(self.port, name)
            future = method(*args, **kwargs) if kwargs else method(*args)
        elif kind == SINK:
            future = self.sink(name, *args)
        else:
            future = self.writer.submit(name, *args)
        if isinstance(future, Future):
            self.stamp(t, future)

    def stamp(self, t: float, future: Future) -> Future:
        self.pending.append((t, future))
        self.ops += 1
        if self.ops % BATCH == 0:  # keep the writer's queue bounded
            self.marks.append(future)
            if len(self.marks) > 5:
                self.marks.pop(0).exception(600)
        return future

    def writer_clock(self) -> float:
        """The writer's clock: the station time its current operation was called at
        (operations complete in order), as if the writer kept up in real time."""
        pending = self.pending
        while pending and pending[0][1].done():
            _, future = pending.popleft()
            if future.exception() is not None:
                self.errors += 1
                self.first_error = self.first_error or str(future.exception())
        return pending[0][0] if pending else self.clock.t


class FakeClock:
    def __init__(self, t: float) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


def journal_bytes(path: Path) -> tuple[int, int, int]:
    """(logical size = pages x page size, free pages' bytes, WAL file bytes)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
    finally:
        conn.close()
    wal = Path(str(path) + "-wal")
    return pages * page, free * page, wal.stat().st_size if wal.exists() else 0


def table_bytes(path: Path) -> list[tuple[str, str, int]]:
    """(object, its table, bytes) from dbstat, largest first."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        owner = dict(conn.execute("SELECT name, tbl_name FROM sqlite_master"))
        rows = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name "
                            "ORDER BY 2 DESC").fetchall()
    finally:
        conn.close()
    return [(name, owner.get(name, name), size) for name, size in rows]


@dataclass
class Result:
    path: Path
    days: int
    sizes: list[int]  # logical size after each day's retention
    ops: int
    seconds: float
    errors: int
    scratch: str
    writer_cpu: float  # this process: playing the calls, the writer's thread
    producer_cpu: float  # the station model and the recorder
    retention_s: float


def scratch_dir(directory: Path) -> Path | None:
    """Where to build: a tmpfs when there is one with room (an fsync there costs nothing,
    and the file is byte for byte what the disk would hold), else None (in place)."""
    shm = Path("/dev/shm")
    try:
        usage = shutil.disk_usage(shm)
    except OSError:
        return None
    if usage.free < 6e9:
        return None
    return Path(tempfile.mkdtemp(prefix="station-year-", dir=shm))


def build(directory: Path, days: int, slots: int = 24, swaps_per_day: int = 200,
          seed: int = 7, report: Callable[[str], None] | None = None,
          in_place: bool = False, fleet_holds: bool = False) -> Result:
    """Make ``directory``/journal.sqlite: ``days`` of a busy station, ending now.

    Two processes (the machine's two cores): the producer runs the station model and the
    console's ``StationRecorder`` and sends what the recorder writes, in order, to this
    process, which plays it onto the real ``JournalWriter`` (sealed, with its clock)."""
    wall0 = time.perf_counter()
    directory.mkdir(parents=True, exist_ok=True)
    scratch = None if in_place else scratch_dir(directory)
    work = scratch or directory
    path = work / "journal.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
        Path(str(directory / "journal.sqlite") + suffix).unlink(missing_ok=True)
    open_journal(work)[0].close()
    t0 = float(int(time.time() - days * DAY) // int(TICK) * int(TICK))
    ctx = multiprocessing.get_context("fork")  # before the writer's thread exists
    reader, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_produce, args=(sender, t0, days, slots, swaps_per_day, seed),
                        name="station-year-producer", daemon=True)
    child.start()
    sender.close()
    clock = FakeClock(t0)
    player = Player(None, clock)  # type: ignore[arg-type]
    writer = JournalWriter(path, key=KEY, clock=player.writer_clock).start()
    player.writer = writer
    if player.port is not None:
        player.port = type(player.port)(writer)
    policy = RetentionPolicy()
    held_seq = 0  # with fleet_holds: the last event of the day before
    sizes: list[int] = []
    retention_s = producer_cpu = 0.0
    cpu0 = time.process_time()
    # the pipe is drained by a thread of its own, so that the producer never waits for a
    # batch to be played (it waits only when 16 batches are queued here)
    inbox: queue.Queue = queue.Queue(16)

    def drain() -> None:
        try:
            while True:
                inbox.put(reader.recv_bytes())
        except (EOFError, OSError):
            inbox.put(None)

    threading.Thread(target=drain, name="station-year-pipe", daemon=True).start()
    try:
        while True:
            raw = inbox.get()
            if raw is None:
                raise EOFError
            for t, kind, name, args, kwargs in pickle.loads(raw):
                if kind <= SUBMIT:
                    player.play(t, kind, name, args, kwargs)
                    continue
                if kind == END:
                    producer_cpu = name
                    break
                day = name  # kind DAY_END: the day's end, station time t
                writer.flush(600)  # the day's telemetry committed before it is rolled up
                clock.t = t
                if fleet_holds:  # the fleet holds everything up to yesterday's end
                    if held_seq:
                        player.stamp(t, writer.submit("confirm_held", held_seq, "sync",
                                                      {})).result(600)
                    held_seq = _last_seq(path)
                r0 = time.perf_counter()
                player.stamp(t, writer.submit("run_retention", policy)).result(600)
                retention_s += time.perf_counter() - r0
                sizes.append(journal_bytes(path)[0])
                if report is not None and (day + 1 in (1, 30, 365, 730) or day + 1 == days):
                    logical, free, wal = journal_bytes(path)
                    report(f"day {day + 1:4d}: journal {logical / 1e6:8.1f} MB (free pages "
                           f"{free / 1e6:.1f} MB, WAL file {wal / 1e6:.1f} MB), "
                           f"{player.ops:,} writer operations, "
                           f"{time.perf_counter() - wall0:.0f} s so far")
            else:
                continue
            break
    except EOFError:
        raise RuntimeError("the producer process ended early (see its error above)") from None
    finally:
        writer.flush(600)
        writer.close(600)
        reader.close()
        child.join(60)
    player.writer_clock()  # the last errors counted
    writer_cpu = time.process_time() - cpu0
    if scratch is not None:
        for suffix in ("", "-wal", "-shm"):
            src = Path(str(path) + suffix)
            if src.exists():
                shutil.move(str(src), str(directory / src.name))
        shutil.rmtree(scratch, ignore_errors=True)
        os.sync()
    if player.errors:
        print(f"{player.errors} journal writes failed; the first: {player.first_error}",
              file=sys.stderr)
    return Result(directory / "journal.sqlite", days, sizes, player.ops,
                  time.perf_counter() - wall0, player.errors,
                  "on a tmpfs, then moved" if scratch else "in place", writer_cpu, producer_cpu,
                  retention_s)


def _last_seq(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT max(seq) FROM events").fetchone()[0] or 0)
    finally:
        conn.close()


def _produce(conn: Any, t0: float, days: int, slots: int, swaps_per_day: int,
             seed: int) -> None:
    """The producer process: the station and the console's recorder, day after day."""
    clock = FakeClock(t0)
    console = Console(conn, clock)
    station = Station(slots, swaps_per_day, t0, seed)
    rng = random.Random(seed + 1)
    # the console's start: the registry is seeded, the previous run's sessions closed
    for v in station.vehicles:
        console.submit("upsert_vehicle", v.plate, v.fleet, "6x4 tractor", PTYPE.name, 1, [])
    recorder = StationRecorder(console, clock=clock, operator="ana")
    console.recorder = recorder
    recorder.start()
    recorder.link_event("ONLINE", "connected", t0)
    recorder.identity(st.SIMULATOR_VENDOR, 24_123_456, (1, 0), slots)
    for day in range(days):
        run_day(station, console, recorder, rng, t0 + day * DAY, swaps_per_day)
        clock.t = station.t
        console.mark(DAY_END, day)
    console.mark(END, time.process_time())
    conn.close()


def run_day(station: Station, console: Console, recorder: StationRecorder,
            rng: random.Random, day_start: float, swaps: int) -> None:
    """One day: the rack every 10 s, a swap every interval, in time order."""
    clock = console.clock
    interval = DAY / swaps
    tick = day_start
    for k in range(swaps):
        for at, action in plan_swap(station, console, rng, day_start + k * interval):
            while tick <= at:
                if tick < at:
                    observe(station, console, recorder, tick)
                tick += TICK
            station.advance(at)
            clock.t = at
            action()
            recorder.snapshot(station.snapshot())
    end = day_start + DAY
    while tick < end:
        observe(station, console, recorder, tick)
        tick += TICK


def observe(station: Station, console: Console, recorder: StationRecorder, t: float) -> None:
    station.advance(t)
    console.clock.t = t
    recorder.snapshot(station.snapshot())
    console.tick()


def plan_swap(station: Station, console: Console, rng: random.Random, arrive: float
              ) -> list[tuple[float, Callable[[], None]]]:
    """A vehicle's visit as (time, what changes) in order: arrive, position, identify and
    start, the controller's steps, the pack moves, done, leave."""
    vehicle = rng.choice(station.vehicles)
    vehicle.pack.soc = rng.uniform(8, 30)  # it drove since its last swap
    vehicle.pack.temp = station.ambient() + rng.uniform(2, 6)
    positioned = arrive + rng.uniform(*st.STEP_TIMES[st.SwapStep.POSITIONING])
    start = positioned + rng.uniform(15, 40)  # the operator identifies, plans, confirms
    plan = st.swap_sequence(1)
    starts = [start + 0.3]
    for step, _ in plan:
        starts.append(starts[-1] + round(rng.uniform(*st.STEP_TIMES[step]), 1))
    starts = [round(x, 1) for x in starts]
    leave = starts[-1] + rng.uniform(15, 25)
    events: list[tuple[float, Callable[[], None]]] = []
    rec = station  # the closures below change the station at their moment

    def arrive_() -> None:
        rec.state = st.StationState.POSITIONING
        rec.bay = BayStatus(True, -4000, 0, st.PositioningResult.IN_PROGRESS, 0,
                            st.PositioningReason.NONE, False, False, 1, PTYPE, vehicle.plate)

    def positioned_() -> None:
        rec.state = st.StationState.READY
        rec.bay = BayStatus(True, rng.randrange(-30, 30), rng.randrange(-15, 15),
                            st.PositioningResult.IN_POSITION, 0, st.PositioningReason.NONE,
                            False, True, 1, PTYPE, vehicle.plate)

    def confirm_() -> None:
        # the console: identified by the camera, planned, confirmed and audited, sent
        full = [s for s in rec.slots if s.pack is not None and not s.reserved]
        src = max(full, key=lambda s: s.pack.soc)  # type: ignore[union-attr]
        dest = next(s for s in rec.slots if s.pack is None and not s.reserved)
        rec.command_seq = rec.command_seq % 0xFFFF + 1
        seq = rec.command_seq
        operator = OPERATORS[int(arrive // (8 * 3600)) % len(OPERATORS)]  # shifts
        console.submit("append_event", "vehicle.identified", {
            "plate": vehicle.plate, "fleet": vehicle.fleet, "method": "camera"})
        s = src.snapshot()
        packs_in = [{"code": s.pack_code, "slot": s.slot, "soc_pct": s.soc,
                     "energy_kwh": round(CAPACITY * (s.soh or 100) / 100 * (s.soc or 0) / 100,
                                         2)}]
        recorder = console.recorder
        assert recorder is not None
        recorder.context.update({"plate": vehicle.plate, "fleet": vehicle.fleet,
                                 "operator": operator, "packs_in": packs_in})
        args = (1, src.n, 0, 0, dest.n, 0, 0)
        console.submit("audit", operator, "OPERATOR", "swap start", {
            "plate": vehicle.plate, "args": list(args),
            "plan": f"slot {src.n} ({s.soc:.0f} %) in, the vehicle's pack to slot {dest.n}"})
        request = CommandRequest(st.CommandCode.START_SWAP, args)
        recorder.tracker.claim(seq)
        recorder.command_outcome(CommandOutcome(request, OutcomeKind.ACCEPTED, seq))
        src.reserved = dest.reserved = True
        rec.swap = Swap(vehicle, seq, src.n, dest.n, plan, starts)
        rec.response = CommandResponse(seq, st.CommandStatus.ACCEPTED, st.RejectReason.NONE,
                                       st.FaultCode.NONE, st.CommandCode.START_SWAP, seq)
        rec.swap.request = request
        rec.state = st.StationState.SWAPPING

    def step_(i: int) -> Callable[[], None]:
        def go() -> None:
            swap = rec.swap
            assert swap is not None
            prev = swap.plan[swap.index][0] if swap.index >= 0 else None
            if prev is st.SwapStep.TRANSFER:  # the removed pack is in its slot: it charges
                dest = rec.slots[swap.out_slot - 1]
                dest.pack, dest.reserved = vehicle.pack, False
                dest.charger = st.ChargerState.IDLE
            swap.index = i
        return go

    def fetched_() -> None:
        swap = rec.swap
        assert swap is not None
        src = rec.slots[swap.in_slot - 1]
        vehicle.pack, src.pack = src.pack, None  # type: ignore[assignment]

    def fetch_done_() -> None:
        swap = rec.swap
        assert swap is not None
        rec.slots[swap.in_slot - 1].reserved = False

    def complete_() -> None:
        swap = rec.swap
        assert swap is not None
        swap.index = len(swap.plan)
        rec.swap_counter = (rec.swap_counter + 1) & 0xFFFF
        rec.last_result = st.SwapResult.COMPLETED
        rec.response = CommandResponse(swap.seq, st.CommandStatus.DONE, st.RejectReason.NONE,
                                       st.FaultCode.NONE, st.CommandCode.START_SWAP, swap.seq)
        rec.state = st.StationState.COMPLETE
        rec.bay = BayStatus(True, rec.bay.longitudinal_offset, rec.bay.lateral_offset,
                            st.PositioningResult.IN_POSITION, 0, st.PositioningReason.NONE,
                            False, False, 1, PTYPE, vehicle.plate)

    def done_() -> None:  # the console hears the command's end
        swap = rec.swap
        assert swap is not None
        recorder = console.recorder
        assert recorder is not None
        assert swap.request is not None
        recorder.command_outcome(CommandOutcome(swap.request, OutcomeKind.DONE, swap.seq))
        rec.swap = None

    def leave_() -> None:
        rec.state = st.StationState.IDLE
        rec.bay = NO_BAY

    events.append((round(arrive, 1), arrive_))
    events.append((round(positioned, 1), positioned_))
    events.append((round(start, 1), confirm_))
    fetch = next(i for i, (s, _) in enumerate(plan) if s is st.SwapStep.FETCH)
    for i in range(len(plan)):
        events.append((starts[i], step_(i)))
        if i == fetch:
            events.append((round((starts[i] + starts[i + 1]) / 2, 1), fetched_))
    events.append((starts[fetch + 1], fetch_done_))
    events.append((starts[-1], complete_))
    events.append((round(starts[-1] + 0.3, 1), done_))
    events.append((round(leave, 1), leave_))
    events.sort(key=lambda e: e[0])
    return events


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path, help="where journal.sqlite is made (replaced)")
    ap.add_argument("--days", type=int, default=365)
    ap.add_argument("--slots", type=int, default=24)
    ap.add_argument("--swaps-per-day", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--in-place", action="store_true",
                    help="write in DIR itself, not on a tmpfs first (every commit's fsync on "
                    "the disk: several times slower)")
    ap.add_argument("--fleet-holds", action="store_true",
                    help="the fleet holds each day's records from the next day on (as sync or a "
                    "confirmed daily export would): retention archives them after 90 days")
    args = ap.parse_args(argv)
    print(f"\nStation journal, synthesized through StationRecorder -> JournalWriter "
          f"(SQLite {sqlite3.sqlite_version}, WAL, sealed): {args.slots} slots, "
          f"{args.swaps_per_day} swaps a day, {args.days} days ending now"
          f"{', the fleet holding each day from the next' if args.fleet_holds else ''}\n",
          flush=True)
    res = build(args.dir, args.days, args.slots, args.swaps_per_day, args.seed,
                report=lambda line: print(line, flush=True), in_place=args.in_place,
                fleet_holds=args.fleet_holds)
    _, free, wal = journal_bytes(res.path)
    print(f"\ndone in {res.seconds:.0f} s ({res.seconds / args.days:.2f} s per station-day; "
          f"every day through the recorder and the writer, {res.scratch}), "
          f"{res.ops:,} writer operations, {res.errors} failed; CPU: writer process "
          f"{res.writer_cpu:.0f} s (of it retention {res.retention_s:.0f} s wall), station and "
          f"recorder process {res.producer_cpu:.0f} s)\n{res.path}: "
          f"{res.path.stat().st_size / 1e6:.1f} MB (free pages {free / 1e6:.1f} MB), "
          f"WAL {wal / 1e6:.1f} MB")
    window = min(30, res.days - 1)
    if window >= 1:
        grown = res.sizes[-1] - res.sizes[-1 - window]
        print(f"growth over the last {window} days: {grown / 1e6:.1f} MB, "
              f"{grown / window * 365 / 1e6:.0f} MB per year at this rate")
    if res.days >= 730:
        print(f"second year: {(res.sizes[729] - res.sizes[364]) / 1e6:.0f} MB "
              f"(day 365 {res.sizes[364] / 1e6:.0f} MB, day 730 {res.sizes[729] / 1e6:.0f} MB)")
    print("\nbytes per table and index (dbstat):")
    by_table: dict[str, int] = collections.defaultdict(int)
    objects = table_bytes(res.path)
    total = sum(size for _, _, size in objects) or 1
    for _name, table, size in objects:
        by_table[table] += size
    small = 0
    for table, size in sorted(by_table.items(), key=lambda kv: -kv[1]):
        if size < 0.1e6:
            small += size
            continue
        parts = ", ".join(f"{n} {s / 1e6:.1f}" for n, t, s in objects
                          if t == table and n != t and s >= 0.1e6)
        print(f"  {table:18s} {size / 1e6:8.1f} MB {100 * size / total:5.1f} %"
              + (f"  (of it indexes: {parts})" if parts else ""))
    print(f"  {'the rest':18s} {small / 1e6:8.1f} MB {100 * small / total:5.1f} %")
    conn = sqlite3.connect(f"file:{res.path}?mode=ro", uri=True)
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("telemetry", "telemetry_1m", "telemetry_1h", "events", "outbox",
                        "seal", "swaps", "charging_sessions", "pack_health", "packs", "audit")}
    conn.close()
    print("  rows: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
