"""The bay: the vehicle, from driving in to driving out, and the bay's start button.

Owns the vehicle in the bay (``vehicle_arrive``, ``vehicle_leave``, the random arrivals;
the packs a vehicle brings and takes away are the fleet's bank's, ``simulator.bank``),
its positioning (attempts, tolerance, retries, RETRY_POSITIONING), the drive-out after a
swap, and the attendant at the bay's local start button (``press_bay_button``, auto start).
"""

from __future__ import annotations

from dataclasses import dataclass

from operator_app.domain.station import (
    STEP_TIMES,
    ChargerState,
    CommandStatus,
    FaultCode,
    PositioningReason,
    PositioningResult,
    RejectReason,
    StationMode,
    StationState,
    SwapStep,
)
from operator_app.simulator.fleet import FLEET, SimVehicle
from operator_app.simulator.model.errors import SimulatorError
from operator_app.simulator.pack import SimPack

LONG_TOLERANCE_MM = 50
LAT_TOLERANCE_MM = 25
MAX_POSITIONING_RETRIES = 3


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


class Bay:
    """Mixin of StationModel: the vehicle, its positioning and the bay's start button."""

    def vehicle_arrive(self, plate: str | None = None, ok: bool | None = None) -> Vehicle:
        if self.vehicle is not None:
            raise SimulatorError("a vehicle is already in the bay")
        self._touch()
        if plate is None:
            # a vehicle of the fleet that has packs back from the road; a trainer's "any
            # vehicle" comes all the same (its packs come back early)
            ready = [v for v in FLEET if self.pack_bank.can_send(v, self.sim_time)]
            spec = self.rng.choice(ready or FLEET)
        else:
            matches = [v for v in FLEET if v.plate == plate]
            if not matches:
                raise SimulatorError(f"no vehicle with plate {plate!r} in the simulated fleet")
            spec = matches[0]
        packs: list[SimPack | None] = list(
            self.pack_bank.bring(spec.pack_type, spec.blocks, self.sim_time))
        self.vehicle = Vehicle(spec, packs)
        self.positioning_retries = 0
        self._relock_vehicle()
        if ok is None:
            ok = self.rng.random() < 0.75 and "positioning" not in self.armed
        self._start_positioning(ok)
        return self.vehicle

    def vehicle_leave(self) -> None:
        self._touch()
        if self.vehicle is not None:  # it takes the packs it has: back in days, depleted
            self.pack_bank.send_away(self.vehicle.packs, self.sim_time)
        self.vehicle = None
        self.positioning = None
        self.positioning_result = PositioningResult.NONE
        self.positioning_reason = PositioningReason.NONE
        self.positioning_retries = 0
        self.faults.discard(FaultCode.POSITIONING_FAILED)
        self.hv_off = self.parking_brake = False
        self.next_arrival = self.rng.uniform(30, 120)
        self._relock_vehicle()

    def _step_maintenance_vehicle(self) -> None:
        """In MAINTENANCE mode the controller asks a vehicle in the bay for its parking brake
        and HV off, as PREPARATION does (a technician's unlock needs both); an armed refusal
        (``vehicle_hv_on``, ``parking_brake_off``) holds out."""
        if self.mode is not StationMode.MAINTENANCE or self.vehicle is None or \
                self.swap is not None:
            return
        if "parking_brake_off" not in self.armed:
            self.parking_brake = True
        if "vehicle_hv_on" not in self.armed:
            self.hv_off = True

    def _step_bay(self, dt: float) -> None:
        v = self.vehicle
        if v is None:
            if (self.arrivals and self.mode is StationMode.AUTOMATIC
                    and not self.estop_latched and not self.active_faults()):
                self.next_arrival -= dt
                if self.next_arrival <= 0:
                    if any(self.pack_bank.can_send(v, self.sim_time) for v in FLEET):
                        self.vehicle_arrive()
                    else:  # the fleet's packs are all on the road: nobody comes yet
                        self.next_arrival = self.rng.uniform(30, 120)
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

    def _cmd_retry_positioning(self, seq: int, args: list[int]) -> tuple[CommandStatus,
                                                                         RejectReason]:
        if self.vehicle is None or self.positioning_result is not PositioningResult.FAILED:
            return CommandStatus.REJECTED, RejectReason.NOT_READY
        self.positioning_retries = 0
        self.faults.discard(FaultCode.POSITIONING_FAILED)
        self._start_positioning(ok=self.rng.random() < 0.9)
        return CommandStatus.DONE, RejectReason.NONE

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
