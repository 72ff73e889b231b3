"""Immutable snapshots of the station: what one poll of the controller saw.

A snapshot is what one poll saw. It is frozen so that it can cross from the
link thread to the services and the UI without copies or locks. A value that
the controller marked "not available" is None; a value outside its documented
range (or an unknown enum value) is None too, and its register's name is listed
in ``invalid`` so that the console shows it as invalid, never as good.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from operator_app.domain import station as st


class LinkState(IntEnum):
    """Health of the link, ordered by severity."""

    # values start at 1 so that no state is falsy
    ONLINE = 1
    DEGRADED = 2  # errors, but the controller answers
    CONNECTING = 3
    LOST = 4


@dataclass(frozen=True)
class ControllerIdentity:
    protocol_version: tuple[int, int]
    slot_count: int
    cells_per_pack: int
    temp_sensors_per_pack: int
    lock_heads: int
    serial_number: int
    firmware_version: tuple[int, int]
    max_blocks: int
    vendor: str


@dataclass(frozen=True)
class SlotSnapshot:
    slot: int
    occupied: bool
    pack_code: str | None = None
    pack_type: st.PackType | None = None
    soc: float | None = None
    soh: float | None = None
    voltage: float | None = None
    current: float | None = None
    cell_min_voltage: float | None = None
    cell_min_index: int | None = None
    cell_max_voltage: float | None = None
    cell_max_index: int | None = None
    temp_min: float | None = None
    temp_max: float | None = None
    insulation: float | None = None
    cycles: int | None = None
    charger_state: st.ChargerState | None = None
    charger_power: float | None = None
    alarm_level: int | None = None
    alarm_flags: st.AlarmFlag | None = None
    capacity: float | None = None
    state: st.SlotState | None = None
    time_to_full: float | None = None
    # the slot charger's meters: cumulative charge (Ah) and energy (kWh) into the slot's
    # packs; None where the charger has none
    meter_ah: float | None = None
    meter_kwh: float | None = None
    invalid: frozenset[str] = frozenset()


@dataclass(frozen=True)
class CommandResponse:
    sequence: int
    status: st.CommandStatus | None
    reason: st.RejectReason | None
    fault: st.FaultCode | None
    command: st.CommandCode | None
    swap_sequence: int = 0  # the START_SWAP whose swap swap_result tells (0: bay button)


@dataclass(frozen=True)
class StationStatus:
    controller_heartbeat: int
    console_heartbeat: int
    mode: st.StationMode | None
    state: st.StationState | None
    step: st.SwapStep | None
    step_elapsed: float | None
    step_expected: float | None
    block_index: int | None
    block_count: int | None
    flags: st.StatusFlag
    swap_result: st.SwapResult | None
    swap_fault: st.FaultCode | None
    swap_counter: int
    swap_elapsed: float | None
    watchdog_timeout: float | None
    faults: tuple[st.FaultCode | int, ...]
    response: CommandResponse
    run_id: int = 0  # picked by the controller at power-up: a change means it restarted
    # the controller's own clock (s since its power-up), None where it has none: charge is
    # integrated on it, so a simulator running faster than real time is counted right
    controller_time_s: float | None = None


@dataclass(frozen=True)
class BayStatus:
    vehicle_present: bool
    longitudinal_offset: int | None
    lateral_offset: int | None
    positioning_result: st.PositioningResult | None
    positioning_retries: int
    positioning_reason: st.PositioningReason | None
    vehicle_hv_off: bool
    parking_brake: bool
    blocks_detected: int | None
    pack_type_detected: st.PackType | None
    plate: str


@dataclass(frozen=True)
class Machine:
    lift_height: float | None
    lift_load: float | None
    lift_motion: int | None
    lift_limits: st.LiftLimit
    shuttle_position: float | None
    shuttle_location: int | None  # 0 bay, n slot n, None between stops
    shuttle_carrying: bool
    shuttle_motion: int | None
    shuttle_aligned: bool
    locks: tuple[tuple[st.LockState | None, float | None], ...]
    estop_latched: bool
    light_curtain_interrupted: bool
    doors: st.DoorFlag
    reset_required: bool
    # hold-to-run (jog.*): what is asked, why it does not run (None from a 3.1 controller),
    # how long the current hold has moved
    jog_axis: st.LiftAxis | None = None
    jog_direction: int | None = None
    jog_target: int | None = None
    jog_refusal: st.JogRefusal | None = None
    jog_elapsed: float | None = None
    # the maintenance counters (maint.*, retentive at the controller; None before 3.2)
    lift_cycles: int | None = None
    lock_cycles: int | None = None
    shuttle_travel_m: int | None = None


@dataclass(frozen=True)
class StationSnapshot:
    """One poll's view of the station. ``taken_at`` is the poller's monotonic clock."""

    sequence: int
    taken_at: float
    status: StationStatus
    bay: BayStatus
    machine: Machine
    slots: tuple[SlotSnapshot, ...]
    slots_taken_at: float
    invalid: frozenset[str] = field(default_factory=frozenset)

    def age(self, now: float) -> float:
        """Seconds since this snapshot was read."""
        return now - self.taken_at
