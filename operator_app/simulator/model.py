"""The simulated station controller: a behavioural model behind the register map.

Pure Python with an injected seed and time: ``advance(real_dt)`` moves the
station on by ``real_dt`` wall-clock seconds (``real_dt * time_scale`` of
simulated process time; heartbeats and watchdogs stay in wall-clock time, as a
PLC's do). ``read`` and ``write`` are the Modbus register interface the server
calls; everything a PLC program would decide (command handshake, interlocks,
sequence, watchdog hold, hold-to-run) is decided here, never by the console.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from operator_app.domain import station as st
from operator_app.domain.station import (
    STEP_TIMES,
    ChargerState,
    CommandCode,
    CommandStatus,
    FaultCode,
    LockState,
    PositioningReason,
    PositioningResult,
    RejectReason,
    SlotState,
    StationMode,
    StationState,
    StatusFlag,
    SwapResult,
    SwapStep,
    expected_time,
)
from operator_app.link import registers as R
from operator_app.link.rtu import ILLEGAL_ADDRESS, ILLEGAL_VALUE
from operator_app.simulator.fleet import FLEET, RACK_PATTERN, SimVehicle
from operator_app.simulator.pack import SimCharger, SimPack

BANK_SIZE = R.CELL_TEMPERATURES_ADDRESS + st.TEMP_SENSORS_PER_PACK
CYCLE_S = 0.1  # controller cycle: the heartbeat counts these
SCAN_S = 0.01  # the register image is refreshed at most once per PLC scan
MAX_SUBSTEP_S = 0.25  # simulated seconds per integration step
JOG_KEEPALIVE_S = 0.5
LIFT_TOP_MM = 1250.0
LIFT_MAX_MM = 2200.0
LIFT_OVERLOAD_KG = 3500.0
SHUTTLE_PITCH_MM = 1800.0  # rack slot k stands k pitches from the bay
LONG_TOLERANCE_MM = 50
LAT_TOLERANCE_MM = 25
MAX_POSITIONING_RETRIES = 3
# The command block: one function 16 of all of it is the only write that may touch it.
COMMAND_BLOCK = range(R.COMMAND.registers[0].address, R.COMMAND.registers[-1].end)

# Receives one record per command executed, when its outcome is final (see _log).
CommandLog = Callable[[dict[str, object]], None]

# (min, max) simulated seconds of each step for a heavy truck, DOMAIN.md
# name: (help, takes a slot)
FAULTS: dict[str, str] = {
    "lock_jam": "the next lock or unlock jams a lock head (swap fails LOCK_JAM)",
    "lift_overload": "the next pack removal reads an overload on the load cell",
    "shuttle_misalign": "the next transfer ends with the shuttle misaligned",
    "positioning": "every positioning attempt of the next vehicle ends out of tolerance",
    "hv_interlock": "the next verification finds the HV interlock loop open",
    "bms_handshake": "the next verification fails the BMS handshake",
    "identity_mismatch": "the next verification reads a pack code that differs from the plan",
    "charger_fault[:SLOT]": "the slot's charger faults now (default slot 1)",
    "pack_alarm[:SLOT[:FLAG[:LEVEL]]]": "raise a GB/T 32960 flag on a slot's pack "
    "(default slot 1, HIGH_TEMPERATURE, level 2)",
    "insulation_drop[:SLOT[:KOHM]]": "a slot's pack insulation drops (default slot 1, 40 kΩ)",
    "estop": "press the E-stop",
    "light_curtain": "interrupt the bay light curtain for 5 s",
    "silent": "the controller stops answering (until cleared)",
    "cable_pull[:S]": "the serial cable is pulled for S seconds (default 6): the controller "
    "neither answers nor sees the console's writes, then the cable is back",
    "corrupt_frames[:PERCENT]": "damage that share of answers (default 30 %)",
    "slow[:MS]": "answer every request after a delay (default 150 ms)",
    "drop_answers[:N]": "carry out the next N requests but lose their answers (default 1)",
    "line_noise[:PERCENT]": "put a burst of noise on the line before that share of answers "
    "(default 30 %)",
    "heartbeat_freeze": "frames are answered but the controller heartbeat stops",
    "restart": "the controller restarts: 2 s silent, then comes up with a fresh state",
}


class SimulatorError(ValueError):
    """A simulator option or injected fault that cannot be understood."""


@dataclass
class CommFaults:
    """Faults the Modbus server applies to the wire, consulted on every request."""

    silent: bool = False
    corrupt_percent: float = 0.0
    delay_s: float = 0.0
    silent_until_real: float = 0.0  # a restart's boot, a pulled cable: nothing in or out
    noise_percent: float = 0.0  # share of answers preceded by a burst of line noise
    drop_answers: int = 0  # execute the next N requests but lose their answers


@dataclass
class Vehicle:
    spec: SimVehicle
    packs: list[SimPack | None]
    long_offset: float = -4000.0
    lat_offset: float = 0.0


@dataclass
class Positioning:
    duration: float
    start: tuple[float, float]
    target: tuple[float, float]
    ok: bool
    elapsed: float = 0.0
    waiting: float = 0.0  # driver correcting before the next attempt


@dataclass
class SwapRun:
    blocks: int
    in_slots: list[int]
    out_slots: list[int]
    plan: list[tuple[SwapStep, int]]
    durations: list[float]
    command_seq: int
    started: float
    index: int = 0
    elapsed: float = 0.0
    abort_requested: bool = False
    packs_out: list[str] = field(default_factory=list)
    packs_in: list[str] = field(default_factory=list)

    @property
    def step(self) -> tuple[SwapStep, int]:
        return self.plan[self.index]


@dataclass
class Slot:
    pack: SimPack | None
    charger: SimCharger
    reserved: bool = False  # by the running swap


class StationModel:
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
    ) -> None:
        if time_scale <= 0:
            raise SimulatorError("time scale must be above 0")
        self.rmap = R.RegisterMap(slots)
        self.slots_n = slots
        self.seed = seed
        self.rng = random.Random(seed)
        self.time_scale = time_scale
        self.watchdog_s = watchdog_s
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
        # the physical station: it survives a controller restart
        self.rack = [Slot(self._initial_pack(i), SimCharger()) for i in range(self.slots_n)]
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
        self.jog_keepalive_changed = -1e9
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

    def _new_run_id(self) -> int:
        """Pick this power-up's run id: 1-65535, never the previous run's."""
        while True:
            run_id = self._run_rng.randrange(1, 0x10000)
            if run_id != self.run_id:
                return run_id

    def _initial_pack(self, index: int) -> SimPack | None:
        ptype = RACK_PATTERN[index % len(RACK_PATTERN)]
        if ptype is None:
            return None
        return SimPack.new(self.rng, ptype, soc=self.rng.uniform(45, 100))

    def _touch(self) -> None:
        """Something outside the scan changed the station: the next read must show it."""
        self._version += 1
        self._written = True

    # --- the Modbus interface -----------------------------------------------------------

    def read(self, address: int, count: int) -> list[int] | int:
        """Registers for a read request, or a Modbus exception code."""
        if not 1 <= count <= R.MAX_READ:
            return ILLEGAL_VALUE
        if not self.rmap.readable(address, count):
            return ILLEGAL_ADDRESS
        if self._published != self._version and (
                self._written or self.real_time - self._published_at >= SCAN_S):
            self._publish()
            self._published = self._version
            self._published_at = self.real_time
            self._written = False
        return self.bank[address : address + count]

    def write(self, address: int, values: list[int]) -> int:
        """Apply a write request; return 0 or a Modbus exception code."""
        if not values or len(values) > R.MAX_WRITE:
            return ILLEGAL_VALUE
        addresses = range(address, address + len(values))
        if any(a not in self.rmap.writable for a in addresses):
            return ILLEGAL_ADDRESS
        touches_command = address < COMMAND_BLOCK.stop and addresses.stop > COMMAND_BLOCK.start
        if touches_command and addresses != COMMAND_BLOCK:
            return ILLEGAL_ADDRESS  # a command written in pieces could run half-written
        staged = dict(zip(addresses, values, strict=True))
        direction = staged.get(R.JOG.registers[1].address)
        if direction is not None and direction not in (0, 1, 0xFFFF):
            return ILLEGAL_VALUE
        axis = staged.get(R.JOG.registers[0].address)
        if axis is not None and axis not in tuple(st.LiftAxis):
            return ILLEGAL_VALUE
        select = staged.get(R.CELL_SELECT.address)
        if select is not None and select > self.slots_n:
            return ILLEGAL_VALUE
        for a, v in staged.items():
            self.bank[a] = v
        self._on_write(staged)
        self._version += 1
        if COMMAND_BLOCK.start in staged:
            self._written = True  # the response block must show in the very next read
        return 0

    def _on_write(self, staged: dict[int, int]) -> None:
        m = self.rmap
        hb = staged.get(m["status.console_heartbeat"].address)
        if hb is not None and hb != self.console_hb:
            self.console_hb = hb
            self.console_hb_changed = self.real_time
            self.console_seen = True
        jog_a = R.JOG.registers[0].address
        if jog_a in staged:
            self.jog_axis = st.LiftAxis(staged[jog_a])
        if jog_a + 1 in staged:
            raw = staged[jog_a + 1]
            self.jog_dir = raw - 0x10000 if raw >= 0x8000 else raw
        if jog_a + 2 in staged and staged[jog_a + 2] != self.jog_keepalive:
            self.jog_keepalive = staged[jog_a + 2]
            self.jog_keepalive_changed = self.real_time
        if R.CELL_SELECT.address in staged:
            self.cell_select = staged[R.CELL_SELECT.address]
        code_a = COMMAND_BLOCK.start
        if code_a in staged:  # the whole block: the write rule allows nothing less
            code = self.bank[code_a]
            seq = self.bank[code_a + 1]
            if code != 0 and seq != 0 and seq != self.last_seq:
                args = self.bank[code_a + 2 : code_a + 10]
                self._command(code, seq, args)
            self.bank[code_a] = 0  # the request is cleared: no momentary bit stays set

    # --- commands -----------------------------------------------------------------------

    def _command(self, code: int, seq: int, args: list[int]) -> None:
        self.last_seq = seq
        self.executed.append((seq, code))
        command: CommandCode | int = code
        try:
            command = CommandCode(code)
        except ValueError:
            status, reason = CommandStatus.REJECTED, RejectReason.UNKNOWN_COMMAND
        else:
            status, reason = self._execute(command, seq, args)
        self._answer(seq, command, status, reason)
        if status is CommandStatus.ACCEPTED:
            assert isinstance(command, CommandCode)
            self._running[seq] = (command, args)  # logged when it ends
        else:
            self._log(seq, command, args, status.name,
                      reason.name if status is CommandStatus.REJECTED else None)

    def _execute(self, command: CommandCode, seq: int,
                 args: list[int]) -> tuple[CommandStatus, RejectReason]:
        reason = self._check_common(command)
        if reason is not RejectReason.NONE:
            return CommandStatus.REJECTED, reason
        handler = {
            CommandCode.START_SWAP: self._cmd_start,
            CommandCode.ABORT_SWAP: self._cmd_abort,
            CommandCode.RESET_FAULTS: self._cmd_reset,
            CommandCode.SET_MODE: self._cmd_mode,
            CommandCode.CHARGER_ENABLE: self._cmd_charger,
            CommandCode.RETRY_POSITIONING: self._cmd_retry_positioning,
            CommandCode.HOME_AXES: self._cmd_home,
            CommandCode.RESUME: self._cmd_resume,
        }.get(command)
        if handler is None:
            return CommandStatus.REJECTED, RejectReason.UNKNOWN_COMMAND
        return handler(seq, args)

    def _log(self, seq: int, command: CommandCode | int, args: list[int], result: str,
             reason: str | None) -> None:
        """Hand one executed command's final outcome to the command log."""
        if self.command_log is None:
            return
        names = st.COMMAND_ARGS.get(command) if isinstance(command, CommandCode) else None
        self.command_log({
            "t": time.time(),
            "seq": seq,
            "code": command.name if isinstance(command, CommandCode) else command,
            "args": list(args if names is None else args[: len(names)]),
            "result": result,
            "reason": reason,
        })

    def end_command_log(self) -> None:
        """Log the long commands still running, as the simulator exits."""
        for seq, (command, args) in self._running.items():
            self._log(seq, command, args, CommandStatus.ACCEPTED.name, "still running at exit")
        self._running.clear()

    def _check_common(self, command: CommandCode) -> RejectReason:
        if command is CommandCode.RESET_FAULTS:
            return RejectReason.RESET_REQUIRED_FIRST if self.estop_latched else RejectReason.NONE
        if self.estop_latched:
            return RejectReason.ESTOP_LATCHED
        if command in (CommandCode.ABORT_SWAP, CommandCode.RESUME):
            return RejectReason.NONE  # an abort is never held back; RESUME checks the hold
        if self.held:
            return RejectReason.HELD
        return RejectReason.NONE

    def _answer(self, seq: int, command: int, status: CommandStatus,
                reason: RejectReason = RejectReason.NONE,
                fault: FaultCode = FaultCode.NONE) -> None:
        self.response = (seq, status, reason, fault, command)

    def _finish_command(self, seq: int, status: CommandStatus,
                        fault: FaultCode = FaultCode.NONE) -> None:
        """Log the end of a long-running command; answer it if no later command replaced it."""
        if seq == 0:
            return  # the bay button's swap: no command to answer, none to log
        pending = self._running.pop(seq, None)
        if pending is not None:
            self._log(seq, pending[0], pending[1], status.name,
                      fault.name if status is CommandStatus.FAILED else None)
        if self.response[0] == seq:
            self._answer(seq, self.response[4], status, RejectReason.NONE, fault)

    def _finish_all(self, command: CommandCode, status: CommandStatus,
                    fault: FaultCode = FaultCode.NONE) -> None:
        """End every pending ``command`` (a repeated abort or homing ends with the first)."""
        for seq in [s for s, (c, _) in self._running.items() if c is command]:
            self._finish_command(seq, status, fault)

    def _cmd_start(self, seq: int, args: list[int]) -> tuple[CommandStatus, RejectReason]:
        reject = CommandStatus.REJECTED
        if self.mode is not StationMode.AUTOMATIC:
            return reject, RejectReason.WRONG_MODE
        if self.swap is not None:
            return reject, RejectReason.BUSY
        if self.active_faults():
            return reject, RejectReason.FAULT_ACTIVE
        if self.state is not StationState.READY or self.vehicle is None:
            return reject, RejectReason.NOT_READY
        blocks = args[0]
        if not 1 <= blocks <= st.MAX_BLOCKS:
            return reject, RejectReason.BAD_ARGUMENT
        if blocks != self.vehicle.spec.blocks:
            return reject, RejectReason.BLOCK_MISMATCH
        ins = list(args[1 : 1 + blocks])
        outs = list(args[4 : 4 + blocks])
        if any(not 1 <= s <= self.slots_n for s in ins) or len(set(ins)) != blocks:
            return reject, RejectReason.BAD_ARGUMENT
        if any(s > self.slots_n for s in outs):
            return reject, RejectReason.BAD_ARGUMENT
        for s in ins:
            slot = self.rack[s - 1]
            if slot.pack is None:
                return reject, RejectReason.SLOT_EMPTY
            if (slot.pack.type is not self.vehicle.spec.pack_type or not slot.charger.enabled
                    or slot.charger.state is ChargerState.FAULT or slot.reserved):
                return reject, RejectReason.PACK_NOT_AVAILABLE
        free = {i + 1 for i, s in enumerate(self.rack) if s.pack is None and not s.reserved}
        resolved = []
        for b in range(blocks):
            if self.vehicle.packs[b] is None:  # nothing to take out of this block
                resolved.append(0)
            else:
                dest = outs[b] or (min(free) if free else 0)
                if dest not in free:
                    return reject, RejectReason.SLOT_OCCUPIED
                free.discard(dest)
                resolved.append(dest)
            free.add(ins[b])
        plan: list[tuple[SwapStep, int]] = [(SwapStep.PREPARATION, 0)]
        for b in range(blocks):
            for step in st.BLOCK_STEPS:
                if self.vehicle.packs[b] is None and step in (
                        SwapStep.UNLOCK, SwapStep.REMOVE, SwapStep.TRANSFER):
                    continue
                plan.append((step, b + 1))
        plan += [(SwapStep.VERIFY, 0), (SwapStep.RELEASE, 0)]
        durations = [self.rng.uniform(*STEP_TIMES[s]) for s, _ in plan]
        for s in ins + [d for d in resolved if d]:
            self.rack[s - 1].reserved = True
        self.swap = SwapRun(blocks, ins, resolved, plan, durations, seq, self.sim_time)
        self.swap_result = SwapResult.RUNNING
        self.swap_fault = FaultCode.NONE
        self.swap_sequence = seq  # 0 from the bay button
        return CommandStatus.ACCEPTED, RejectReason.NONE

    def _cmd_abort(self, seq: int, args: list[int]) -> tuple[CommandStatus, RejectReason]:
        if self.swap is None:
            return CommandStatus.REJECTED, RejectReason.NOTHING_TO_ABORT
        # during a hold motion already stands still: the next scan ends the swap (_step)
        self.swap.abort_requested = True
        return CommandStatus.ACCEPTED, RejectReason.NONE

    def _cmd_reset(self, seq: int, args: list[int]) -> tuple[CommandStatus, RejectReason]:
        # a latched watchdog hold is not a fault to clear: only RESUME (or ABORT_SWAP) ends it
        self.reset_required = False
        self.lift_overload = False
        for slot in self.rack:
            if slot.charger.state is ChargerState.FAULT:
                slot.charger.fault_pending = False
                slot.charger.state = ChargerState.IDLE
        if self.swap is None:
            self._recover()
        self.faults.clear()
        return CommandStatus.DONE, RejectReason.NONE

    def _cmd_mode(self, seq: int, args: list[int]) -> tuple[CommandStatus, RejectReason]:
        try:
            mode = StationMode(args[0])
        except ValueError:
            return CommandStatus.REJECTED, RejectReason.BAD_ARGUMENT
        if self.swap is not None:
            return CommandStatus.REJECTED, RejectReason.BUSY
        self.mode = mode
        self.jog_dir = 0  # a mode change never leaves motion selected
        self.bank[self.rmap["jog.direction"].address] = 0
        return CommandStatus.DONE, RejectReason.NONE

    def _cmd_charger(self, seq: int, args: list[int]) -> tuple[CommandStatus, RejectReason]:
        slot, on = args[0], args[1]
        if not 1 <= slot <= self.slots_n or on not in (0, 1):
            return CommandStatus.REJECTED, RejectReason.BAD_ARGUMENT
        charger = self.rack[slot - 1].charger
        if on:
            if not charger.enabled:  # back in service: idle, whatever it had before
                charger.enabled = True
                charger.fault_pending = False
                charger.state = ChargerState.IDLE
        else:  # out of service, a faulted charger too: it no longer counts as a fault
            charger.enabled = False
            charger.fault_pending = False
            charger.state, charger.power_kw = ChargerState.DISABLED, 0.0
        return CommandStatus.DONE, RejectReason.NONE

    def _cmd_retry_positioning(self, seq: int, args: list[int]) -> tuple[CommandStatus,
                                                                         RejectReason]:
        if self.vehicle is None or self.positioning_result is not PositioningResult.FAILED:
            return CommandStatus.REJECTED, RejectReason.NOT_READY
        self.positioning_retries = 0
        self.faults.discard(FaultCode.POSITIONING_FAILED)
        self._start_positioning(ok=self.rng.random() < 0.9)
        return CommandStatus.DONE, RejectReason.NONE

    def _cmd_home(self, seq: int, args: list[int]) -> tuple[CommandStatus, RejectReason]:
        if self.mode is not StationMode.MAINTENANCE:
            return CommandStatus.REJECTED, RejectReason.WRONG_MODE
        self.homing_left = 4.0
        return CommandStatus.ACCEPTED, RejectReason.NONE

    def _cmd_resume(self, seq: int, args: list[int]) -> tuple[CommandStatus, RejectReason]:
        if self.hold_live:
            return CommandStatus.REJECTED, RejectReason.HELD  # the heartbeat is still absent
        if not self.hold_latched:
            return CommandStatus.REJECTED, RejectReason.NOT_HELD
        self.hold_latched = False  # motion continues where it stopped, from the next scan
        return CommandStatus.DONE, RejectReason.NONE

    # --- physical world and faults ------------------------------------------------------

    def press_estop(self) -> None:
        self._touch()
        self.estop_latched = True
        self.reset_required = True
        self.jog_dir = 0
        if self.homing_left > 0:  # homing is motion: it stops with everything else
            self.homing_left = 0.0
            self._finish_all(CommandCode.HOME_AXES, CommandStatus.FAILED, FaultCode.ESTOP)
        if self.swap is not None:
            self._fail_swap(FaultCode.ESTOP)

    def physical_reset(self) -> None:
        """The reset key at the cabinet: unlatches the circuit, confirmation still needed."""
        self._touch()
        self.estop_latched = False

    def vehicle_arrive(self, plate: str | None = None, ok: bool | None = None) -> Vehicle:
        if self.vehicle is not None:
            raise SimulatorError("a vehicle is already in the bay")
        self._touch()
        if plate is None:
            spec = self.rng.choice(FLEET)
        else:
            matches = [v for v in FLEET if v.plate == plate]
            if not matches:
                raise SimulatorError(f"no vehicle with plate {plate!r} in the simulated fleet")
            spec = matches[0]
        packs: list[SimPack | None] = [
            SimPack.new(self.rng, spec.pack_type, soc=self.rng.uniform(8, 30))
            for _ in range(spec.blocks)
        ]
        self.vehicle = Vehicle(spec, packs)
        self.positioning_retries = 0
        self._relock_vehicle()
        if ok is None:
            ok = self.rng.random() < 0.75 and "positioning" not in self.armed
        self._start_positioning(ok)
        return self.vehicle

    def vehicle_leave(self) -> None:
        self._touch()
        self.vehicle = None
        self.positioning = None
        self.positioning_result = PositioningResult.NONE
        self.positioning_reason = PositioningReason.NONE
        self.positioning_retries = 0
        self.faults.discard(FaultCode.POSITIONING_FAILED)
        self.hv_off = self.parking_brake = False
        self.next_arrival = self.rng.uniform(30, 120)
        self._relock_vehicle()

    def inject(self, spec: str) -> None:
        """Inject a fault by name (see ``FAULTS``); raise SimulatorError if unknown."""
        self._touch()
        name, *params = spec.strip().split(":")
        slot = self._slot_param(params, 0) if name in (
            "charger_fault", "pack_alarm", "insulation_drop") else 0
        if name in ("lock_jam", "lift_overload", "shuttle_misalign", "positioning",
                    "hv_interlock", "bms_handshake", "identity_mismatch"):
            self.armed.add(name)
        elif name == "charger_fault":
            self.rack[slot - 1].charger.fault_pending = True
        elif name == "pack_alarm":
            pack = self._pack_in(slot)
            flag_name = params[1].upper() if len(params) > 1 else "HIGH_TEMPERATURE"
            try:
                flag = st.AlarmFlag[flag_name]
            except KeyError:
                names = ", ".join(f.name or "" for f in st.AlarmFlag if f)
                raise SimulatorError(
                    f"unknown GB/T 32960 flag {flag_name!r}; one of {names}") from None
            level = self._int_param(params, 2, 2)
            if not 1 <= level <= 3:
                raise SimulatorError("alarm level must be 1-3")
            pack.injected_flags |= flag
            pack.injected_level = max(pack.injected_level, level)
        elif name == "insulation_drop":
            self._pack_in(slot).insulation_kohm = self._int_param(params, 1, 40)
        elif name == "estop":
            self.press_estop()
        elif name == "light_curtain":
            self.light_curtain_left = 5.0
            if self.swap is not None and self._motion_step():
                self._fail_swap(FaultCode.LIGHT_CURTAIN)
        elif name == "silent":
            self.comm.silent = True
        elif name == "cable_pull":
            seconds = self._int_param(params, 0, 6)
            if seconds <= 0:
                raise SimulatorError("cable_pull wants a time above 0 s")
            # nothing in, nothing out: the console's heartbeat writes do not arrive either
            self.comm.silent_until_real = max(self.comm.silent_until_real,
                                              self.real_time + seconds)
        elif name == "corrupt_frames":
            self.comm.corrupt_percent = float(self._int_param(params, 0, 30))
        elif name == "drop_answers":
            self.comm.drop_answers = self._int_param(params, 0, 1)
        elif name == "line_noise":
            self.comm.noise_percent = float(self._int_param(params, 0, 30))
        elif name == "slow":
            self.comm.delay_s = self._int_param(params, 0, 150) / 1000.0
        elif name == "heartbeat_freeze":
            self.heartbeat_frozen = True
        elif name == "restart":
            self.restart()
        else:
            raise SimulatorError(
                f"unknown fault {name!r}; known: " + ", ".join(FAULTS)
            )

    def clear_injected(self) -> None:
        """Take back every injected fault that persists (wire faults, pack alarms)."""
        self._touch()
        self.comm = CommFaults()
        self.heartbeat_frozen = False
        self.armed.clear()
        for slot in self.rack:
            if slot.pack is not None:
                slot.pack.injected_flags = st.AlarmFlag.NONE
                slot.pack.injected_level = 0

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

    def _slot_param(self, params: list[str], i: int) -> int:
        slot = self._int_param(params, i, 1)
        if not 1 <= slot <= self.slots_n:
            raise SimulatorError(f"slot must be 1-{self.slots_n}, got {slot}")
        return slot

    @staticmethod
    def _int_param(params: list[str], i: int, default: int) -> int:
        if len(params) <= i or params[i] == "":
            return default
        try:
            return int(params[i])
        except ValueError:
            raise SimulatorError(f"expected a number, got {params[i]!r}") from None

    def _pack_in(self, slot: int) -> SimPack:
        pack = self.rack[slot - 1].pack
        if pack is None:
            raise SimulatorError(f"slot {slot} is empty")
        return pack

    # --- time ---------------------------------------------------------------------------

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
        sim_dt = real_dt * self.time_scale
        steps = max(1, math.ceil(sim_dt / MAX_SUBSTEP_S))
        for _ in range(steps):
            self._step(sim_dt / steps)

    @property
    def hold_live(self) -> bool:
        """The console heartbeat has not changed for the watchdog time (after it was seen)."""
        return (self.console_seen
                and self.real_time - self.console_hb_changed > self.watchdog_s)

    @property
    def held(self) -> bool:
        """Motion is held: a live hold, or a latched one whose heartbeat is back (RESUME ends it).

        At idle in AUTOMATIC a hold does not latch: it ends with the live hold.
        """
        return self.hold_live or self.hold_latched

    def _step(self, dt: float) -> None:
        self.sim_time += dt
        if self.light_curtain_left > 0:
            self.light_curtain_left = max(0.0, self.light_curtain_left - dt)
        for slot in self.rack:
            slot.charger.advance(slot.pack, dt, allowed=not slot.reserved)
        self._step_jog(dt)
        if self.held:  # held axes stand still (a jog stops in _step_jog, homing below)
            self.lift_motion = self.shuttle_motion = 0
        if self.homing_left > 0 and not self.held:
            self.homing_left -= dt
            self.lift_height *= 0.5
            self.shuttle_pos *= 0.5
            if self.homing_left <= 0:
                self.lift_height = self.shuttle_pos = 0.0
                self._finish_all(CommandCode.HOME_AXES, CommandStatus.DONE)
        self._step_bay(dt)
        self._step_auto_start(dt)
        if self.swap is not None and self.held and self.swap.abort_requested:
            self._stop_after_abort()  # motion already stands still: the abort ends it now
        if self.swap is not None and not self.held and not self.estop_latched:
            self._step_swap(dt)

    def _step_auto_start(self, dt: float) -> None:
        """With auto-start, an attendant presses the bay's start button 5 s after READY,
        and waves a driver whose positioning failed to try again after 20 s."""
        if (self.auto_start and self.positioning_result is PositioningResult.FAILED
                and self.vehicle is not None):
            self._failed_for = getattr(self, "_failed_for", 0.0) + dt
            if self._failed_for >= 20.0:
                self._failed_for = 0.0
                self._cmd_retry_positioning(0, [])
            return
        if not self.auto_start or self.swap is not None or self.state is not StationState.READY:
            self._ready_for = 0.0
            return
        self._ready_for += dt
        if self._ready_for < 5.0 or self.vehicle is None:
            return
        if self.press_bay_button() is None:
            self._ready_for = 0.0

    def press_bay_button(self) -> str | None:
        """The attendant presses the bay's local start button: the controller starts a swap
        of its own (sequence 0) with the charged packs it picks. Returns why not, or None."""
        if self.swap is not None:
            return "a swap is running"
        if self.state is not StationState.READY or self.vehicle is None:
            return "the station is not ready (no vehicle in position)"
        spec = self.vehicle.spec
        ready = sorted(
            (i + 1 for i, s in enumerate(self.rack)
             if s.pack is not None and s.pack.type is spec.pack_type and not s.reserved
             and s.charger.enabled and s.charger.state is not ChargerState.FAULT
             and s.pack.soc >= 80.0),
            key=lambda n: -self.rack[n - 1].pack.soc)  # type: ignore[union-attr]
        if len(ready) < spec.blocks:
            return "not enough charged packs of its type"  # the attendant waits
        ins = ready[: spec.blocks]
        self._cmd_start(0, [spec.blocks, *[*ins, 0, 0][:3], 0, 0, 0, 0])
        return None

    def _step_jog(self, dt: float) -> None:
        active = (self.mode is StationMode.MAINTENANCE and self.jog_dir != 0
                  and not self.estop_latched and not self.held
                  and self.real_time - self.jog_keepalive_changed <= JOG_KEEPALIVE_S)
        self.lift_motion = 0 if self.swap is None else self.lift_motion
        self.shuttle_motion = 0 if self.swap is None else self.shuttle_motion
        if not active:
            return
        if self.jog_axis is st.LiftAxis.LIFT:
            height = self.lift_height + 100 * dt * self.jog_dir
            self.lift_height = min(LIFT_MAX_MM, max(0.0, height))
            self.lift_motion = self.jog_dir
        elif self.jog_axis is st.LiftAxis.SHUTTLE:
            end = SHUTTLE_PITCH_MM * self.slots_n
            self.shuttle_pos = min(end, max(0.0, self.shuttle_pos + 400 * dt * self.jog_dir))
            self.shuttle_motion = self.jog_dir

    @property
    def jog_active(self) -> bool:
        """Axes move outside a swap only by jogging."""
        return self.swap is None and (self.lift_motion != 0 or self.shuttle_motion != 0)

    def _step_bay(self, dt: float) -> None:
        v = self.vehicle
        if v is None:
            if (self.arrivals and self.mode is StationMode.AUTOMATIC
                    and not self.estop_latched and not self.active_faults()):
                self.next_arrival -= dt
                if self.next_arrival <= 0:
                    self.vehicle_arrive()
            return
        if self.exit_left > 0:
            self.exit_left -= dt
            if self.exit_left <= 0:
                self.exit_left = 0.0
                self.vehicle_leave()
            return
        p = self.positioning
        if p is None:
            return
        if p.waiting > 0:
            p.waiting -= dt
            if p.waiting <= 0:
                ok = self.rng.random() < 0.85 and "positioning" not in self.armed
                self._start_positioning(ok)
            return
        p.elapsed += dt
        f = min(1.0, p.elapsed / p.duration)
        ease = 1 - (1 - f) ** 3
        v.long_offset = p.start[0] + (p.target[0] - p.start[0]) * ease
        v.lat_offset = p.start[1] + (p.target[1] - p.start[1]) * ease
        if f < 1.0:
            return
        self.positioning = None
        if p.ok:
            self.positioning_result = PositioningResult.IN_POSITION
            self.positioning_reason = PositioningReason.NONE
            self.armed.discard("positioning")
            return
        self.positioning_retries += 1
        lo, la = p.target
        if abs(lo) > LONG_TOLERANCE_MM:
            reason = (PositioningReason.TOO_FAR_FORWARD if lo > 0
                      else PositioningReason.TOO_FAR_BACK)
        else:
            reason = (PositioningReason.TOO_FAR_RIGHT if la > 0
                      else PositioningReason.TOO_FAR_LEFT)
        self.positioning_reason = reason
        if self.positioning_retries >= MAX_POSITIONING_RETRIES:
            self.positioning_result = PositioningResult.FAILED
            self.faults.add(FaultCode.POSITIONING_FAILED)
            self.armed.discard("positioning")
        else:
            self.positioning_result = PositioningResult.OUT_OF_TOLERANCE
            self.positioning = Positioning(0, (lo, la), (lo, la), ok=False,
                                           waiting=self.rng.uniform(8, 15))

    def _start_positioning(self, ok: bool) -> None:
        v = self.vehicle
        assert v is not None
        if ok:
            target = (self.rng.uniform(-30, 30), self.rng.uniform(-15, 15))
        elif self.rng.random() < 0.5:
            target = (self.rng.choice((-1, 1)) * self.rng.uniform(70, 160),
                      self.rng.uniform(-15, 15))
        else:
            target = (self.rng.uniform(-30, 30),
                      self.rng.choice((-1, 1)) * self.rng.uniform(35, 70))
        first = self.positioning_retries == 0 and v.long_offset <= -3999
        duration = self.rng.uniform(*STEP_TIMES[SwapStep.POSITIONING]) if first else \
            self.rng.uniform(10, 20)
        self.positioning = Positioning(duration, (v.long_offset, v.lat_offset), target, ok)
        self.positioning_result = PositioningResult.IN_PROGRESS

    # --- the swap sequence --------------------------------------------------------------

    def _motion_step(self) -> bool:
        return self.swap is not None and self.swap.step[0] not in (
            SwapStep.PREPARATION, SwapStep.VERIFY, SwapStep.RELEASE)

    def _block_locks(self, block: int) -> range:
        first = (block - 1) * st.LOCKS_PER_BLOCK
        return range(first, first + st.LOCKS_PER_BLOCK)

    def _step_swap(self, dt: float) -> None:
        run = self.swap
        assert run is not None
        if self.light_curtain_left > 0 and self._motion_step():
            self._fail_swap(FaultCode.LIGHT_CURTAIN)
            return
        run.elapsed += dt
        duration = run.durations[run.index]
        f = min(1.0, run.elapsed / duration)
        step, block = run.step
        if not self._progress(step, block, f, run):
            return  # the step failed
        if f < 1.0:
            return
        if run.abort_requested:
            self._stop_after_abort()
            return
        run.index += 1
        run.elapsed = 0.0
        if run.index >= len(run.plan):
            self._complete_swap()

    def _progress(self, step: SwapStep, block: int, f: float, run: SwapRun) -> bool:
        """Drive the machine through ``step`` at fraction ``f``; False if it faulted."""
        v = self.vehicle
        assert v is not None
        self.lift_motion = 0
        self.shuttle_motion = 0
        if step is SwapStep.PREPARATION:
            self.hv_off = f >= 0.3
            self.parking_brake = True
        elif step in (SwapStep.UNLOCK, SwapStep.LOCK):
            locking = step is SwapStep.LOCK
            heads = self._block_locks(block)
            if locking and f >= 0.5:
                self.lift_motion = -1 if self.lift_height > 0 else 0
                self.lift_height = LIFT_TOP_MM * max(0.0, 1 - (f - 0.5) * 2)
                self.lift_load = 0.0
            if "lock_jam" in self.armed and f >= 0.5:
                self.armed.discard("lock_jam")
                jammed = heads[self.rng.randrange(len(heads))]
                self.locks[jammed] = LockState.FAULT
                self.torques[jammed] = 320.0
                self._fail_swap(FaultCode.LOCK_JAM)
                return False
            for h in heads:
                if f < 1.0:
                    self.locks[h] = LockState.MOVING
                    self.torques[h] = (215 if locking else 170) * math.sin(math.pi * min(f, 0.5))
                else:
                    self.locks[h] = LockState.LOCKED if locking else LockState.UNLOCKED
                    self.torques[h] = self.rng.uniform(195, 235) if locking else 0.0
        elif step is SwapStep.REMOVE:
            pack = v.packs[block - 1]
            mass = st.PACK_MASS_KG[v.spec.pack_type]
            if f < 0.35:
                self.lift_height, self.lift_motion = LIFT_TOP_MM * f / 0.35, 1
            elif f < 0.5:
                self.lift_height = LIFT_TOP_MM
                self.lift_load = mass * (f - 0.35) / 0.15
                if "lift_overload" in self.armed and f >= 0.45:
                    self.armed.discard("lift_overload")
                    self.lift_load = LIFT_OVERLOAD_KG + self.rng.uniform(200, 600)
                    self.lift_overload = True
                    self._fail_swap(FaultCode.LIFT_OVERLOAD)
                    return False
            else:
                self.lift_height = LIFT_TOP_MM * (1 - (f - 0.5) / 0.5)
                self.lift_motion = -1 if f < 1 else 0
                self.lift_load = mass + self.rng.uniform(-8, 8)
            if f >= 1.0 and pack is not None:
                v.packs[block - 1] = None
                self.lift_pack = pack
                run.packs_out.append(pack.code)
        elif step is SwapStep.TRANSFER:
            dest = run.out_slots[block - 1]
            if self.lift_pack is not None:
                self.shuttle_pack, self.lift_pack, self.lift_load = self.lift_pack, None, 0.0
            self._shuttle_between(0, dest, f)
            if f >= 1.0:
                if "shuttle_misalign" in self.armed:
                    self.armed.discard("shuttle_misalign")
                    self.shuttle_aligned = False
                    self.shuttle_pos += self.rng.choice((-1, 1)) * self.rng.uniform(12, 30)
                    self._fail_swap(FaultCode.SHUTTLE_MISALIGNED)
                    return False
                slot = self.rack[dest - 1]
                slot.pack, self.shuttle_pack = self.shuttle_pack, None
                slot.reserved = False
                slot.charger.state = ChargerState.IDLE
        elif step is SwapStep.FETCH:
            src = run.in_slots[block - 1]
            here = run.out_slots[block - 1] or (self.shuttle_pos / SHUTTLE_PITCH_MM)
            if f < 0.5:
                self._shuttle_between(here, src, f / 0.5)
            else:
                slot = self.rack[src - 1]
                if slot.pack is not None:
                    self.shuttle_pack, slot.pack = slot.pack, None
                self._shuttle_between(src, 0, (f - 0.5) / 0.5)
            if f >= 1.0:
                self.lift_pack, self.shuttle_pack = self.shuttle_pack, None
                self.rack[src - 1].reserved = False
        elif step is SwapStep.INSTALL:
            mass = st.PACK_MASS_KG[v.spec.pack_type]
            self.lift_load = mass if self.lift_pack is not None else 0.0
            self.lift_height = LIFT_TOP_MM * min(1.0, f / 0.8)
            self.lift_motion = 1 if f < 0.8 else 0
            if f >= 1.0 and self.lift_pack is not None:
                v.packs[block - 1] = self.lift_pack
                run.packs_in.append(self.lift_pack.code)
                self.lift_pack = None
        elif step is SwapStep.VERIFY and f >= 0.3:
            for name, fault in (("hv_interlock", FaultCode.HV_INTERLOCK),
                                ("bms_handshake", FaultCode.BMS_HANDSHAKE),
                                ("identity_mismatch", FaultCode.PACK_IDENTITY_MISMATCH)):
                if name in self.armed:
                    self.armed.discard(name)
                    self._fail_swap(fault)
                    return False
            if any(p is not None and p.insulation_kohm <= 58 for p in v.packs):
                self._fail_swap(FaultCode.INSULATION_LOW)
                return False
        elif step is SwapStep.RELEASE:
            self.hv_off = f < 0.5
            self.parking_brake = f < 0.8
        return True

    def _shuttle_between(self, a: float, b: float, f: float) -> None:
        f = min(1.0, max(0.0, f))
        start, end = a * SHUTTLE_PITCH_MM, b * SHUTTLE_PITCH_MM
        self.shuttle_pos = start + (end - start) * (0.5 - 0.5 * math.cos(math.pi * f))
        self.shuttle_motion = 0 if f >= 1.0 or start == end else (1 if end > start else -1)
        self.shuttle_aligned = True

    def _complete_swap(self) -> None:
        run = self.swap
        assert run is not None
        self.swap = None
        self.swap_result = SwapResult.COMPLETED
        self.swap_counter = (self.swap_counter + 1) & 0xFFFF
        self.hv_off = False
        self.parking_brake = False
        self._finish_command(run.command_seq, CommandStatus.DONE)
        self._finish_all(CommandCode.ABORT_SWAP, CommandStatus.DONE)  # the swap has stopped
        self.exit_left = self.rng.uniform(15, 25)

    def _fail_swap(self, fault: FaultCode) -> None:
        run = self.swap
        self.faults.add(fault)
        if run is None:
            return
        self.swap = None
        self.hold_latched = False  # the swap has ended: nothing left to resume
        self.swap_result = SwapResult.FAILED
        self.swap_fault = fault
        self.lift_motion = self.shuttle_motion = 0
        self._finish_command(run.command_seq, CommandStatus.FAILED, fault)
        self._finish_all(CommandCode.ABORT_SWAP, CommandStatus.DONE)  # the swap has stopped

    def _stop_after_abort(self) -> None:
        run = self.swap
        assert run is not None
        self.swap = None
        self.hold_latched = False  # the swap has ended: nothing left to resume
        self.swap_result = SwapResult.ABORTED
        self.swap_fault = FaultCode.ABORTED
        self._finish_command(run.command_seq, CommandStatus.FAILED, FaultCode.ABORTED)
        self._finish_all(CommandCode.ABORT_SWAP, CommandStatus.DONE)
        untouched = run.plan[run.index][0] is SwapStep.PREPARATION
        if untouched:
            self._recover()
        else:
            self.faults.add(FaultCode.ABORTED)  # mid-sequence: a person resets after checking

    def _recover(self) -> None:
        """Put the machine in a safe resting state after a stopped swap (on RESET_FAULTS)."""
        for attr in ("lift_pack", "shuttle_pack"):
            pack = getattr(self, attr)
            if pack is None:
                continue
            free = [s for s in self.rack if s.pack is None]
            if not free:
                continue  # stays where it is; a technician must clear it
            free[0].pack = pack
            setattr(self, attr, None)
        for slot in self.rack:
            slot.reserved = False
        self.lift_height = self.lift_load = 0.0
        self.shuttle_pos = 0.0
        self.shuttle_aligned = True
        self.hv_off = False
        self._relock_vehicle()

    def _relock_vehicle(self) -> None:
        for i in range(st.LOCK_HEADS):
            block = i // st.LOCKS_PER_BLOCK
            v = self.vehicle
            has_pack = v is not None and block < len(v.packs) and v.packs[block] is not None
            self.locks[i] = LockState.LOCKED if has_pack else LockState.UNKNOWN
            self.torques[i] = 0.0

    # --- derived state ------------------------------------------------------------------

    def active_faults(self) -> list[FaultCode]:
        faults = set(self.faults)
        if self.estop_latched or self.reset_required:
            faults.add(FaultCode.ESTOP)
        if any(s.charger.state is ChargerState.FAULT for s in self.rack):
            faults.add(FaultCode.CHARGER_FAULT)
        if any(s.pack is not None and s.pack.insulation_kohm <= 58 and s.charger.enabled
               for s in self.rack):  # a disabled slot isolates its pack
            faults.add(FaultCode.INSULATION_LOW)
        if self.held:
            faults.add(FaultCode.WATCHDOG)
        return sorted(faults)

    @property
    def state(self) -> StationState:
        if self.estop_latched or self.reset_required:
            return StationState.ESTOP
        if self.held and (self.swap is not None or self.mode is StationMode.MAINTENANCE):
            return StationState.HELD
        if self.mode is StationMode.MAINTENANCE:
            return StationState.MAINTENANCE
        if self.swap is not None:
            return StationState.SWAPPING
        if self.faults - {FaultCode.POSITIONING_FAILED}:
            return StationState.FAULT
        if self.vehicle is None:
            return StationState.IDLE
        if self.exit_left > 0:
            return StationState.COMPLETE
        if self.positioning_result is PositioningResult.IN_POSITION:
            return StationState.READY
        return StationState.POSITIONING

    def slot_state(self, slot: Slot) -> SlotState:
        if slot.reserved:
            return SlotState.IN_SWAP
        if not slot.charger.enabled:
            return SlotState.DISABLED
        if slot.pack is None:
            return SlotState.EMPTY
        cs = slot.charger.state
        if cs is ChargerState.FAULT:
            return SlotState.FAULT
        if cs in (ChargerState.CONNECTING, ChargerState.CONSTANT_CURRENT,
                  ChargerState.CONSTANT_VOLTAGE):
            return SlotState.CHARGING
        if cs is ChargerState.COMPLETE:
            return SlotState.FULL
        return SlotState.IDLE

    def _flags(self) -> StatusFlag:
        flags = StatusFlag.NONE
        if self.held:
            flags |= StatusFlag.WATCHDOG_HOLD
        if self.estop_latched:
            flags |= StatusFlag.ESTOP
        if self.active_faults():
            flags |= StatusFlag.FAULT
        if self.mode is StationMode.MAINTENANCE:
            flags |= StatusFlag.MAINTENANCE
        if self.jog_active:
            flags |= StatusFlag.JOG_ACTIVE
        if self.vehicle is not None:
            flags |= StatusFlag.VEHICLE_PRESENT
        if self.console_seen:
            flags |= StatusFlag.CONSOLE_SEEN
        return flags

    # --- the register image -------------------------------------------------------------

    def _put(self, name: str, value: int | float | str | None) -> None:
        reg = self.rmap.by_name[name]
        self.bank[reg.address : reg.end] = reg.encode(value)

    def _publish(self) -> None:
        """Write the model's state into the register bank."""
        put = self._put
        put("identity.magic", R.IDENTITY_MAGIC)
        put("identity.protocol_version", R.PROTOCOL_VERSION[0] * 256 + R.PROTOCOL_VERSION[1])
        put("identity.slot_count", self.slots_n)
        put("identity.cells_per_pack", st.CELLS_PER_PACK)
        put("identity.temp_sensors_per_pack", st.TEMP_SENSORS_PER_PACK)
        put("identity.lock_heads", st.LOCK_HEADS)
        put("identity.serial_number", self.serial_number)
        put("identity.firmware_version", 0x0203)
        put("identity.max_blocks", st.MAX_BLOCKS)
        put("identity.vendor", st.SIMULATOR_VENDOR)
        put("status.controller_heartbeat", self.heartbeat)
        put("status.mode", self.mode)
        put("status.state", self.state)
        run = self.swap
        if run is not None:
            step, block = run.step
            put("status.step", step)
            put("status.step_elapsed", run.elapsed)
            put("status.step_expected", expected_time(step))
            put("status.block_index", block)
            put("status.block_count", run.blocks)
            put("status.swap_elapsed", self.sim_time - run.started)
        else:
            positioning = self.positioning is not None and self.positioning.waiting <= 0
            put("status.step", SwapStep.POSITIONING if positioning else SwapStep.NONE)
            put("status.step_elapsed", self.positioning.elapsed if positioning else 0)
            put("status.step_expected",
                expected_time(SwapStep.POSITIONING) if positioning else 0)
            put("status.block_index", 0)
            put("status.block_count", 0)
            put("status.swap_elapsed", 0)
        put("status.flags", self._flags())
        put("status.swap_result", self.swap_result)
        put("status.swap_fault", self.swap_fault)
        put("status.swap_counter", self.swap_counter)
        put("status.watchdog_timeout", self.watchdog_s)
        faults = self.active_faults()[:8]
        put("faults.count", len(faults))
        for i in range(8):
            put(f"faults.code_{i + 1}", faults[i] if i < len(faults) else 0)
        seq, status, reason, fault, command = self.response
        put("response.sequence", seq)
        put("response.status", status)
        put("response.reason", reason)
        put("response.fault", fault)
        put("response.command", command)
        put("response.swap_sequence", self.swap_sequence)
        put("run.id", self.run_id)
        v = self.vehicle
        put("bay.vehicle_present", int(v is not None))
        put("bay.longitudinal_offset", round(v.long_offset) if v else None)
        put("bay.lateral_offset", round(v.lat_offset) if v else None)
        put("bay.positioning_result", self.positioning_result)
        put("bay.positioning_retries", self.positioning_retries)
        put("bay.positioning_reason", self.positioning_reason)
        put("bay.vehicle_hv_off", int(self.hv_off))
        put("bay.parking_brake", int(self.parking_brake))
        put("bay.blocks_detected", v.spec.blocks if v else 0)
        put("bay.pack_type_detected", v.spec.pack_type if v else 0)
        put("bay.plate", v.spec.plate if v else "")
        put("lift.height", self.lift_height)
        put("lift.load", self.lift_load)
        put("lift.motion", self.lift_motion)
        limits = st.LiftLimit.NONE
        if self.lift_height <= 0.5:
            limits |= st.LiftLimit.LOWER
        if self.lift_height >= LIFT_MAX_MM - 0.5:
            limits |= st.LiftLimit.UPPER
        if self.lift_overload:
            limits |= st.LiftLimit.OVERLOAD
        put("lift.limits", limits)
        put("shuttle.position", self.shuttle_pos)
        loc = self.shuttle_pos / SHUTTLE_PITCH_MM
        at_stop = abs(loc - round(loc)) * SHUTTLE_PITCH_MM < 5
        put("shuttle.location", round(loc) if at_stop else None)  # 0xFFFF: between stops
        put("shuttle.carrying", int(self.shuttle_pack is not None))
        put("shuttle.motion", self.shuttle_motion)
        put("shuttle.aligned", int(self.shuttle_aligned and at_stop))
        for i in range(st.LOCK_HEADS):
            put(f"lock_{i + 1}.state", self.locks[i])
            put(f"lock_{i + 1}.torque", self.torques[i])
        put("safety.estop_latched", int(self.estop_latched))
        put("safety.light_curtain", int(self.light_curtain_left > 0))
        put("safety.doors", 0)
        put("safety.reset_required", int(self.reset_required))
        for n, slot in enumerate(self.rack, start=1):
            self._publish_slot(n, slot)
        self._publish_cells()

    def _publish_slot(self, n: int, slot: Slot) -> None:
        base = R.slot_base(n)
        bank = self.bank
        pack = slot.pack
        if pack is None:
            bank[base : base + R.SLOT_STRIDE] = [0] * R.SLOT_STRIDE
            values: dict[str, int | float | str | None] = {
                "voltage": None, "current": None, "cell_min_voltage": None,
                "cell_min_index": None, "cell_max_voltage": None, "cell_max_index": None,
                "temp_min": None, "temp_max": None, "insulation": None, "cycles": None,
                "soc": None, "soh": None, "capacity": None, "time_to_full": None,
                "charger_state": slot.charger.state, "state": self.slot_state(slot),
            }
        else:
            cells = pack.cell_voltages()
            temps = pack.temperatures()
            cmin = min(range(len(cells)), key=cells.__getitem__)
            cmax = max(range(len(cells)), key=cells.__getitem__)
            level, flags = pack.alarms()
            values = {
                "occupied": 1, "pack_code": pack.code, "pack_type": pack.type,
                "soc": pack.soc, "soh": pack.soh, "voltage": sum(cells),
                "current": pack.current, "cell_min_voltage": cells[cmin],
                "cell_min_index": cmin + 1, "cell_max_voltage": cells[cmax],
                "cell_max_index": cmax + 1, "temp_min": min(temps), "temp_max": max(temps),
                "insulation": min(65534, pack.insulation_kohm), "cycles": pack.cycles,
                "charger_state": slot.charger.state, "charger_power": slot.charger.power_kw,
                "alarm_level": level, "alarm_flags": int(flags),
                "capacity": pack.capacity_kwh, "state": self.slot_state(slot),
                "time_to_full": slot.charger.time_to_full_min(pack),
            }
        for f in R.SLOT_FIELDS:
            if f.key in values:
                reg = f.at(n)
                bank[reg.address : reg.end] = reg.encode(values[f.key])

    def _publish_cells(self) -> None:
        bank = self.bank
        bank[R.CELL_SLOT.address] = self.cell_shown
        slot = self.rack[self.cell_shown - 1] if self.cell_shown else None
        pack = slot.pack if slot else None
        v0, t0 = R.CELL_VOLTAGES_ADDRESS, R.CELL_TEMPERATURES_ADDRESS
        if pack is None:
            bank[R.CELL_COUNT.address] = 0
            bank[R.CELL_TEMP_COUNT.address] = 0
            bank[v0 : v0 + st.CELLS_PER_PACK] = [R.NA_U16] * st.CELLS_PER_PACK
            bank[t0 : t0 + st.TEMP_SENSORS_PER_PACK] = [R.NA_I16] * st.TEMP_SENSORS_PER_PACK
            return
        bank[R.CELL_COUNT.address] = st.CELLS_PER_PACK
        bank[R.CELL_TEMP_COUNT.address] = st.TEMP_SENSORS_PER_PACK
        bank[v0 : v0 + st.CELLS_PER_PACK] = [round(v * 1000) for v in pack.cell_voltages()]
        bank[t0 : t0 + st.TEMP_SENSORS_PER_PACK] = [
            round(t * 10) & 0xFFFF for t in pack.temperatures()
        ]
