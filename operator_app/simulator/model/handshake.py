"""The handshake: the controller's register surface, the part the console talks to.

Owns the register bank and its lazy refresh (``read``, ``write``, ``_publish``), the
command mailbox (a command block written whole, run once per sequence number, answered in
the response block) and the command log. What each command does is decided by the part it
commands (its ``_cmd_*`` handler); this part only dispatches, rejects what no part may run
(``_check_common``) and answers and logs the outcome.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from operator_app.domain import station as st
from operator_app.domain.station import (
    CommandCode,
    CommandStatus,
    FaultCode,
    RejectReason,
    SwapStep,
    expected_time,
)
from operator_app.link import registers as R
from operator_app.link.rtu import ILLEGAL_ADDRESS, ILLEGAL_VALUE
from operator_app.simulator.model.mechanism import LIFT_MAX_MM, SHUTTLE_PITCH_MM

BANK_SIZE = R.CELL_TEMPERATURES_ADDRESS + st.TEMP_SENSORS_PER_PACK
SCAN_S = 0.01  # the register image is refreshed at most once per PLC scan
# The command block: one function 16 of all of it is the only write that may touch it.
COMMAND_BLOCK = range(R.COMMAND.registers[0].address, R.COMMAND.registers[-1].end)

_JOG = {r.name: r.address for r in (*R.JOG.registers, *R.JOG_STATE.registers)}
JOG_AXIS, JOG_DIRECTION, JOG_KEEPALIVE, JOG_TARGET = (
    _JOG["jog.axis"], _JOG["jog.direction"], _JOG["jog.keepalive"], _JOG["jog.target"])
JOG_CHECKED = frozenset({JOG_AXIS, JOG_DIRECTION, JOG_TARGET})

# Receives one record per command executed, when its outcome is final (see _log).
CommandLog = Callable[[dict[str, object]], None]


class Handshake:
    """Mixin of StationModel: registers in and out, commands in, answers and log out."""

    def _touch(self) -> None:
        """Something outside the scan changed the station: the next read must show it."""
        self._version += 1
        self._written = True

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
        if not self._jog_write_ok(staged):
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

    def _jog_write_ok(self, staged: dict[int, int]) -> bool:
        """The jog registers as they would read after the write: a direction in -1..1 that
        the axis takes, a known axis, a target in the axis's range."""
        if not staged.keys() & JOG_CHECKED:
            return True
        raw_dir = staged.get(JOG_DIRECTION, self.jog_dir & 0xFFFF)
        raw_axis = staged.get(JOG_AXIS, self.jog_axis)
        target = staged.get(JOG_TARGET, self.jog_target)
        if raw_dir not in (0, 1, 0xFFFF) or raw_axis not in tuple(st.LiftAxis):
            return False
        axis = st.LiftAxis(raw_axis)
        if raw_dir == 0xFFFF and axis in (st.LiftAxis.SHUTTLE_TO_SLOT, st.LiftAxis.HOME):
            return False  # these only run toward their target
        if axis is st.LiftAxis.SHUTTLE_TO_SLOT:
            return target <= self.slots_n
        if axis is st.LiftAxis.LOCK_HEAD:
            return target <= st.LOCK_HEADS
        return True

    def _on_write(self, staged: dict[int, int]) -> None:
        m = self.rmap
        hb = staged.get(m["status.console_heartbeat"].address)
        if hb is not None and hb != self.console_hb:
            self.console_hb = hb
            self.console_hb_changed = self.real_time
            self.console_seen = True
        if JOG_AXIS in staged:
            self.jog_axis = st.LiftAxis(staged[JOG_AXIS])
        if JOG_TARGET in staged:
            self.jog_target = staged[JOG_TARGET]
        if JOG_KEEPALIVE in staged and staged[JOG_KEEPALIVE] != self.jog_keepalive:
            self.jog_keepalive = staged[JOG_KEEPALIVE]
            self.jog_keepalive_changed = self.real_time  # the lease is refreshed
        if JOG_DIRECTION in staged:
            raw = staged[JOG_DIRECTION]
            self._jog_direction_written(raw - 0x10000 if raw >= 0x8000 else raw)
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
        put("run.clock", self.sim_time - self.powered_up_at)  # simulated: at the time scale
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
        put("safety.doors", self.doors)
        put("safety.reset_required", int(self.reset_required))
        put("jog.refusal", self.jog_refusal)
        put("jog.elapsed", self.jog_elapsed)
        put("maint.lift_cycles", self.lift_cycles)
        put("maint.lock_cycles", self.lock_cycles)
        put("maint.shuttle_travel", int(self.shuttle_travel_mm // 1000))
        for n, slot in enumerate(self.rack, start=1):
            self._publish_slot(n, slot)
        self._publish_cells()
