"""Safety: what stops the station, and the faults a trainer injects.

Owns the E-stop circuit (``press_estop``, the cabinet's ``physical_reset``, RESET_FAULTS),
the light curtain, the bay door (``doors``: open while a trainer holds it open), the console
heartbeat watchdog and its hold (``hold_live``, ``held``, RESUME), the injectable faults
(``FAULTS``, ``inject``, ``clear_injected``, the wire faults in ``CommFaults``) and what the
station reports from all of it: ``active_faults``, the station ``state`` and the status
flags.
"""

from __future__ import annotations

from dataclasses import dataclass

from operator_app.domain import station as st
from operator_app.domain.station import (
    ChargerState,
    CommandCode,
    CommandStatus,
    FaultCode,
    PositioningResult,
    RejectReason,
    StationMode,
    StationState,
    StatusFlag,
)
from operator_app.simulator.model.errors import SimulatorError

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
    "vehicle_hv_on": "the next vehicle refuses to switch its HV off: its swap fails "
    "VEHICLE_HV_ON at the end of preparation, nothing moved (during a swap: the vehicle's HV "
    "comes back on, and the check before the next unlock fails the swap)",
    "parking_brake_off": "the next vehicle does not confirm its parking brake: its swap fails "
    "PARKING_BRAKE_OFF at the end of preparation, nothing moved (during a swap: the brake is "
    "released, and the check before the next unlock fails the swap)",
    "door_open[:S]": "the bay door opens for S seconds (default 10): a swap's motion stops and "
    "the swap fails DOOR_OPEN; while it is open a start is refused and a jog does not move",
    "load_mismatch": "the next lift of a pack (removal or install) reads a mass that is not "
    "the pack type's on the load cell (swap fails LOAD_MISMATCH)",
    "lock_torque_low": "the next lock (a swap's, or a maintenance lock move) ends one lock "
    "head below the 180-250 Nm window: the head reads FAULT (swap fails LOCK_TORQUE_LOW) "
    "until a technician re-locks it in maintenance",
    "charger_fault[:SLOT]": "the slot's charger faults now (default slot 1)",
    "pack_alarm[:SLOT[:FLAG[:LEVEL]]]": "raise a GB/T 32960 flag on a slot's pack "
    "(default slot 1, HIGH_TEMPERATURE, level 2)",
    "insulation_drop[:SLOT[:KOHM]]": "a slot's pack insulation drops (default slot 1, 40 kΩ)",
    "bms_drift[:SLOT[:POINTS]]": "a pack's BMS reports its SoH POINTS (default 8) above the "
    "truth for as long as the pack lives: the pack in SLOT, or without a slot the first pack "
    "of the next vehicle to arrive (depleted, so its charge here is deep); the drift travels "
    "with the pack, and clear does not take it back",
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


@dataclass
class CommFaults:
    """Faults the Modbus server applies to the wire, consulted on every request."""

    silent: bool = False
    corrupt_percent: float = 0.0
    delay_s: float = 0.0
    silent_until_real: float = 0.0  # a restart's boot, a pulled cable: nothing in or out
    noise_percent: float = 0.0  # share of answers preceded by a burst of line noise
    drop_answers: int = 0  # execute the next N requests but lose their answers


class Safety:
    """Mixin of StationModel: E-stop, light curtain, watchdog hold, faults and state."""

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

    def press_estop(self) -> None:
        self._touch()
        self.estop_latched = True
        self.reset_required = True
        self._jog_stop_selected()
        if self.homing_left > 0:  # homing is motion: it stops with everything else
            self.homing_left = 0.0
            self._finish_all(CommandCode.HOME_AXES, CommandStatus.FAILED, FaultCode.ESTOP)
        if self.swap is not None:
            self._fail_swap(FaultCode.ESTOP)

    def physical_reset(self) -> None:
        """The reset key at the cabinet: unlatches the circuit, confirmation still needed."""
        self._touch()
        self.estop_latched = False

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

    def _cmd_resume(self, seq: int, args: list[int]) -> tuple[CommandStatus, RejectReason]:
        if self.hold_live:
            return CommandStatus.REJECTED, RejectReason.HELD  # the heartbeat is still absent
        if not self.hold_latched:
            return CommandStatus.REJECTED, RejectReason.NOT_HELD
        self.hold_latched = False  # motion continues where it stopped, from the next scan
        return CommandStatus.DONE, RejectReason.NONE

    def inject(self, spec: str) -> None:
        """Inject a fault by name (see ``FAULTS``); raise SimulatorError if unknown."""
        self._touch()
        name, *params = spec.strip().split(":")
        slot = self._slot_param(params, 0) if name in (
            "charger_fault", "pack_alarm", "insulation_drop") else 0
        if name in ("lock_jam", "lift_overload", "shuttle_misalign", "positioning",
                    "hv_interlock", "bms_handshake", "identity_mismatch", "load_mismatch",
                    "lock_torque_low"):
            self.armed.add(name)
        elif name in ("vehicle_hv_on", "parking_brake_off"):
            self.armed.add(name)
            prepared = self.swap is not None and self.swap.index > 0
            if prepared or (self.mode is StationMode.MAINTENANCE and self.vehicle is not None):
                # past its preparation the vehicle's driver undoes it: the interlock sees it
                if name == "vehicle_hv_on":
                    self.hv_off = False
                else:
                    self.parking_brake = False
        elif name == "door_open":
            seconds = self._int_param(params, 0, 10)
            if seconds <= 0:
                raise SimulatorError("door_open wants a time above 0 s")
            self.door_open_until = max(self.door_open_until, self.real_time + seconds)
            if self.swap is not None and self._motion_step():
                self._fail_swap(FaultCode.DOOR_OPEN)
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
        elif name == "bms_drift":
            self._bms_drift(params)
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

    def _bms_drift(self, params: list[str]) -> None:
        """The BMS of a slot's pack reports its SoH off by POINTS from now on, wherever the
        pack goes: the console has to find it by measuring the pack's charges."""
        points = 8.0
        if len(params) > 1 and params[1] != "":
            try:
                points = float(params[1])
            except ValueError:
                raise SimulatorError(f"expected a number, got {params[1]!r}") from None
        if params and params[0] != "":
            self._pack_in(self._slot_param(params, 0)).bms_drift = points
        else:
            self.pack_bank.drift_next = points  # the next vehicle's pack

    def clear_injected(self) -> None:
        """Take back every injected fault that persists (wire faults, pack alarms).

        A BMS drift stays: it is the pack's, and lives as long as the pack does.
        """
        self._touch()
        self.comm = CommFaults()
        self.heartbeat_frozen = False
        self.armed.clear()
        self.door_open_until = 0.0  # the trainer lets go of the door
        packs = {id(p): p for p in self.pack_bank.packs}  # on the road too
        packs.update({id(s.pack): s.pack for s in self.rack if s.pack is not None})
        for pack in packs.values():
            pack.injected_flags = st.AlarmFlag.NONE
            pack.injected_level = 0

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
        if self.doors:
            faults.add(FaultCode.DOOR_OPEN)
        if self.head_torque_low():
            faults.add(FaultCode.LOCK_TORQUE_LOW)
        return sorted(faults)

    @property
    def doors(self) -> st.DoorFlag:
        """The doors standing open now (safety.doors)."""
        if self.real_time < self.door_open_until:
            return st.DoorFlag.BAY_DOOR_OPEN
        return st.DoorFlag.NONE

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
