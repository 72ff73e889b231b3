"""The mechanism: the lift, the shuttle and the lock heads, and how they move.

Owns the axes' motion: hold-to-run jogging in maintenance, homing (HOME_AXES), and the
machine's progress through each step of a swap (``_progress``: locks turning, the lift
taking and giving a pack, the shuttle carrying it to and from the rack), with the faults a
motion can meet (lock jam, lift overload, shuttle misalignment, the verification checks).
"""

from __future__ import annotations

import math

from operator_app.domain import station as st
from operator_app.domain.station import (
    ChargerState,
    CommandCode,
    CommandStatus,
    FaultCode,
    LockState,
    RejectReason,
    StationMode,
    SwapStep,
)
from operator_app.simulator.model.sequence import SwapRun

JOG_KEEPALIVE_S = 0.5
LIFT_TOP_MM = 1250.0
LIFT_MAX_MM = 2200.0
LIFT_OVERLOAD_KG = 3500.0
SHUTTLE_PITCH_MM = 1800.0  # rack slot k stands k pitches from the bay


class Mechanism:
    """Mixin of StationModel: jog, homing and the motion of every swap step."""

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

    def _cmd_home(self, seq: int, args: list[int]) -> tuple[CommandStatus, RejectReason]:
        if self.mode is not StationMode.MAINTENANCE:
            return CommandStatus.REJECTED, RejectReason.WRONG_MODE
        self.homing_left = 4.0
        return CommandStatus.ACCEPTED, RejectReason.NONE

    def _step_homing(self, dt: float) -> None:
        """HOME_AXES: both axes run back to zero, unless motion is held."""
        if self.homing_left > 0 and not self.held:
            self.homing_left -= dt
            self.lift_height *= 0.5
            self.shuttle_pos *= 0.5
            if self.homing_left <= 0:
                self.lift_height = self.shuttle_pos = 0.0
                self._finish_all(CommandCode.HOME_AXES, CommandStatus.DONE)

    def _block_locks(self, block: int) -> range:
        first = (block - 1) * st.LOCKS_PER_BLOCK
        return range(first, first + st.LOCKS_PER_BLOCK)

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

    def _relock_vehicle(self) -> None:
        for i in range(st.LOCK_HEADS):
            block = i // st.LOCKS_PER_BLOCK
            v = self.vehicle
            has_pack = v is not None and block < len(v.packs) and v.packs[block] is not None
            self.locks[i] = LockState.LOCKED if has_pack else LockState.UNKNOWN
            self.torques[i] = 0.0
