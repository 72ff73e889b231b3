"""The whole station: ``StationModel``, composed of its parts, and the controller's scan.

Owns what no single part does: the construction of the physical station and of the
controller program's power-up state (``__init__``, ``_init_logic``, the run id), a
controller ``restart``, the station-wide mode (SET_MODE), and time: ``advance`` counts the
heartbeat and integrates in substeps, each one PLC scan (``_step``) that calls every part in
a fixed order. Each part is a mixin in its own module; they share this object's state.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable

from operator_app.domain import station as st
from operator_app.domain.station import (
    CommandCode,
    CommandStatus,
    FaultCode,
    LockState,
    PositioningReason,
    PositioningResult,
    RejectReason,
    StationMode,
    SwapResult,
)
from operator_app.link import registers as R
from operator_app.simulator.bank import PackBank
from operator_app.simulator.fleet import RACK_PATTERN
from operator_app.simulator.model.bay import Bay, Positioning, Vehicle
from operator_app.simulator.model.charging import Charging, Slot
from operator_app.simulator.model.errors import SimulatorError
from operator_app.simulator.model.handshake import BANK_SIZE, CommandLog, Handshake
from operator_app.simulator.model.mechanism import Mechanism
from operator_app.simulator.model.safety import CommFaults, Safety
from operator_app.simulator.model.sequence import SwapRun, SwapSequence
from operator_app.simulator.pack import SimCharger, SimPack

CYCLE_S = 0.1  # controller cycle: the heartbeat counts these
MAX_SUBSTEP_S = 0.25  # simulated seconds per integration step


class StationModel(Handshake, Safety, Bay, Mechanism, SwapSequence, Charging):
    """The station as its PLC sees it."""

    def __init__(
        self,
        slots: int = R.DEFAULT_SLOTS,
        seed: int = 0,
        time_scale: float = 1.0,
        watchdog_s: float = 3.0,
        arrivals: bool = True,
        faults: Iterable[str] = (),
        auto_start: bool = False,
        command_log: CommandLog | None = None,
        jog_max_s: float = R.JOG_MAX_S,
    ) -> None:
        if time_scale <= 0:
            raise SimulatorError("time scale must be above 0")
        self.rmap = R.RegisterMap(slots)
        self.slots_n = slots
        self.seed = seed
        self.rng = random.Random(seed)
        self.time_scale = time_scale
        self.watchdog_s = watchdog_s
        self.jog_max_s = jog_max_s  # the map's 30 s; shorter only for tests and drills
        self.arrivals = arrivals
        self.auto_start = auto_start  # the bay's local start button, pressed by an attendant
        self.command_log = command_log
        # its own random source, so that the run id does not change the seeded station
        # A PLC's run id survives nothing but its own restarts: a new process is a new run
        # whatever the seed, so it comes from the system, not from the station's seed.
        self._run_rng = random.SystemRandom()
        self.run_id = 0
        self._ready_for = 0.0
        self.comm = CommFaults()
        self.real_time = 0.0
        self._version = 0  # bumped by every change; the register image follows lazily
        self._published = -1
        self._published_at = -1e9
        self._written = False  # a write must show in the very next read (the response)
        self.sim_time = 0.0
        self.serial_number = 24_000_000 + self.rng.randrange(1_000_000)
        # the physical station: it survives a controller restart. Its packs are the fleet's:
        # one bank, the rack's part of it, the rest on the road and coming back
        self.pack_bank = PackBank(
            self.rng, [RACK_PATTERN[i % len(RACK_PATTERN)] for i in range(self.slots_n)])
        self.rack = [Slot(pack, SimCharger()) for pack in self.pack_bank.rack_packs]
        self.vehicle: Vehicle | None = None
        self.positioning: Positioning | None = None
        self.positioning_result = PositioningResult.NONE
        self.positioning_retries = 0
        self.positioning_reason = PositioningReason.NONE
        self.exit_left = 0.0
        self.hv_off = False
        self.parking_brake = False
        self.lift_height = 0.0
        self.lift_load = 0.0
        self.lift_pack: SimPack | None = None
        self.shuttle_pos = 0.0
        self.shuttle_pack: SimPack | None = None
        self.shuttle_aligned = True
        self.locks = [LockState.UNKNOWN] * st.LOCK_HEADS
        self.torques = [0.0] * st.LOCK_HEADS
        self.lock_travel = [0.0] * st.LOCK_HEADS  # 0 unlocked .. 1 locked
        self.relock_heads: set[int] = set()  # heads that ended below the torque window
        self.door_open_until = 0.0  # real time: the bay door stands open until then
        # the maintenance counters (maint.*): retentive, they survive a controller restart
        self.lift_cycles = 0
        self.lock_cycles = 0
        self.shuttle_travel_mm = 0.0
        self._lift_was_up = False
        self._shuttle_seen = 0.0
        self.estop_latched = False
        self.light_curtain_left = 0.0
        self.swap: SwapRun | None = None
        self.armed: set[str] = set()
        self._init_logic()
        self.next_arrival = self.rng.uniform(20, 60)
        for spec in faults:
            self.inject(spec)

    def _init_logic(self) -> None:
        """The controller program's own state, as it is after power-up."""
        self.heartbeat = 0
        self._hb_accum = 0.0
        self.heartbeat_frozen = False
        self.console_hb = 0
        self.console_seen = False
        self.console_hb_changed = self.real_time
        # a watchdog hold that stopped a swap or maintenance motion, waiting for RESUME
        self.hold_latched = False
        self.last_seq = 0
        self.executed: list[tuple[int, int]] = []  # (sequence, code) of every command acted on
        # long commands ACCEPTED and not yet ended, by sequence number: (code, arguments)
        self._running: dict[int, tuple[CommandCode, list[int]]] = {}
        self.run_id = self._new_run_id()
        self.response: tuple[int, int, RejectReason, FaultCode, int] = (
            0, CommandStatus.NONE, RejectReason.NONE, FaultCode.NONE, CommandCode.NONE)
        self.mode = StationMode.AUTOMATIC
        self.faults: set[FaultCode] = set()
        self.reset_required = self.estop_latched
        self.jog_axis, self.jog_dir, self.jog_keepalive = st.LiftAxis.NONE, 0, 0
        self.jog_target = 0
        self.jog_keepalive_changed = -1e9  # real time of the lease counter's last change
        self.jog_hold_started = -1e9  # real time the direction went from 0 to -1 or 1
        self.jog_refusal = st.JogRefusal.NONE
        self.jog_latched = st.JogRefusal.NONE  # LEASE_EXPIRED, MAX_TIME: until direction 0
        self.jog_lock_low = False  # this hold's lock ended below the torque window
        self.jog_elapsed = 0.0  # real seconds this hold has moved its axis
        self.jog_moving = False
        self.jog_stopped_at: float | None = None  # real time the last jog motion stopped
        self.jog_expired_seen_at: float | None = None  # the scan that saw the lease run out
        self.cell_select = 0
        self.cell_shown = 0
        self.lift_motion = 0
        self.lift_overload = False
        self.shuttle_motion = 0
        self.swap_result = SwapResult.NONE
        self.swap_fault = FaultCode.NONE
        self.swap_counter = 0
        self.swap_sequence = 0  # the START_SWAP that swap_result describes
        self.homing_left = 0.0
        self.bank = [0] * BANK_SIZE
        # the controller's clock (run.clock) and the chargers' meters start at power-up
        self.powered_up_at = self.sim_time
        for slot in self.rack:
            slot.charger.reset_meters()

    def _new_run_id(self) -> int:
        """Pick this power-up's run id: 1-65535, never the previous run's."""
        while True:
            run_id = self._run_rng.randrange(1, 0x10000)
            if run_id != self.run_id:
                return run_id

    def restart(self) -> None:
        """A controller restart: silent for 2 s, then the map's "Power-up state" (new run id).

        A swap that was running is lost with the program's state: the machine stops
        where it stands and reports CONTROLLER_RESTART until a person resets it; every
        long command still running is logged FAILED CONTROLLER_RESTART.
        """
        # an unreset CONTROLLER_RESTART from an earlier restart is retentive too
        interrupted = self.swap is not None or FaultCode.CONTROLLER_RESTART in self.faults
        swap_sequence = self.swap_sequence
        for seq in list(self._running):
            self._finish_command(seq, CommandStatus.FAILED, FaultCode.CONTROLLER_RESTART)
        self.swap = None
        for slot in self.rack:
            slot.reserved = False  # reservations were the lost program's, not the rack's
        self._init_logic()
        self._published = -1
        self._touch()  # the bank was wiped: the next read must show the fresh image
        if interrupted:
            self.swap_result = SwapResult.FAILED
            self.swap_fault = FaultCode.CONTROLLER_RESTART
            self.swap_sequence = swap_sequence  # retained, as a PLC's retentive result is
            self.faults.add(FaultCode.CONTROLLER_RESTART)
        self.comm.silent_until_real = max(self.comm.silent_until_real, self.real_time + 2.0)

    def _cmd_mode(self, seq: int, args: list[int]) -> tuple[CommandStatus, RejectReason]:
        try:
            mode = StationMode(args[0])
        except ValueError:
            return CommandStatus.REJECTED, RejectReason.BAD_ARGUMENT
        if self.swap is not None:
            return CommandStatus.REJECTED, RejectReason.BUSY
        self.mode = mode
        self._jog_stop_selected()  # a mode change never leaves motion selected
        return CommandStatus.DONE, RejectReason.NONE

    def advance(self, real_dt: float) -> None:
        """Move the station on by ``real_dt`` wall-clock seconds."""
        if real_dt <= 0:
            return
        self._version += 1
        self.real_time += real_dt
        if self.hold_live and (self.swap is not None or self.mode is StationMode.MAINTENANCE):
            self.hold_latched = True  # motion stopped: it waits for RESUME
        if not self.heartbeat_frozen:
            self._hb_accum += real_dt
            ticks = int(self._hb_accum / CYCLE_S)
            self._hb_accum -= ticks * CYCLE_S
            self.heartbeat = (self.heartbeat + ticks) & 0xFFFF
        if self.cell_select != self.cell_shown:
            self.cell_shown = self.cell_select  # takes one cycle, as on a PLC
        # hold-to-run runs on the controller's own real-time clock, not at the time scale
        self._step_jog(real_dt)
        self._track_wear()
        sim_dt = real_dt * self.time_scale
        steps = max(1, math.ceil(sim_dt / MAX_SUBSTEP_S))
        for _ in range(steps):
            self._step(sim_dt / steps)

    def _step(self, dt: float) -> None:
        self.sim_time += dt
        if self.light_curtain_left > 0:
            self.light_curtain_left = max(0.0, self.light_curtain_left - dt)
        for slot in self.rack:
            slot.charger.advance(slot.pack, dt, allowed=not slot.reserved)
        if self.held:  # held axes stand still (a jog stops in _step_jog, homing below)
            self.lift_motion = self.shuttle_motion = 0
        self._step_maintenance_vehicle()
        self._step_homing(dt)
        self._step_bay(dt)
        self._step_auto_start(dt)
        if self.swap is not None and self.held and self.swap.abort_requested:
            self._stop_after_abort()  # motion already stands still: the abort ends it now
        if self.swap is not None and not self.held and not self.estop_latched:
            self._step_swap(dt)
        self._track_wear()
