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
from operator_app.link import registers as R
from operator_app.simulator.model.sequence import SwapRun

# the hold-to-run contract's figures are the register map's (protocol 3.2)
JOG_LEASE_S = R.JOG_LEASE_S
JOG_MAX_S = R.JOG_MAX_S
LIFT_TOP_MM = 1250.0
LIFT_MAX_MM = 2200.0
LIFT_OVERLOAD_KG = R.LIFT_OVERLOAD_KG
SHUTTLE_PITCH_MM = 1800.0  # rack slot k stands k pitches from the bay
AT_STOP_MM = 5.0  # the shuttle stands at a stop within this
LOCK_TORQUE_MIN, LOCK_TORQUE_MAX = R.LOCK_TORQUE_NM
Refusal = st.JogRefusal


class Mechanism:
    """Mixin of StationModel: jog, homing and the motion of every swap step."""

    # --- hold-to-run: the lease ------------------------------------------------------------

    def _jog_direction_written(self, direction: int) -> None:
        """The console wrote jog.direction (also the controller itself: 0 on a stop)."""
        if direction == self.jog_dir:
            return
        if direction == 0:
            self._jog_halt(self.real_time)
            self.jog_latched = Refusal.NONE  # released: the next hold may run
        elif self.jog_dir == 0:  # a new hold: its lease and its time start now
            self.jog_hold_started = self.real_time
            self.jog_elapsed = 0.0
            self.jog_latched = Refusal.NONE
            self.jog_lock_low = False
        self.jog_dir = direction

    def _jog_stop_selected(self) -> None:
        """An E-stop or a mode change: no motion stays selected (the register reads 0)."""
        self._jog_direction_written(0)
        self.bank[self.rmap["jog.direction"].address] = 0

    def _jog_halt(self, at: float) -> None:
        if self.jog_moving:
            self.jog_moving = False
            self.jog_stopped_at = at
        if self.swap is None:
            self.lift_motion = self.shuttle_motion = 0

    def _jog_refusal(self) -> Refusal:
        """Why the requested move does not run now, before looking at where the axes are."""
        if self.estop_latched or self.reset_required:
            return Refusal.ESTOP
        if self.held:
            return Refusal.HELD
        if self.swap is not None:
            return Refusal.SWAP_RUNNING
        if self.mode is not StationMode.MAINTENANCE:
            return Refusal.NOT_MAINTENANCE
        if self.homing_left > 0:
            return Refusal.HOMING
        if self.doors:
            return Refusal.DOOR_OPEN
        if self.jog_latched is not Refusal.NONE:
            return self.jog_latched
        if self.jog_axis is st.LiftAxis.NONE or (
                self.jog_axis is st.LiftAxis.LOCK_HEAD and not 1 <= self.jog_target
                <= st.LOCK_HEADS):
            return Refusal.BAD_TARGET
        if self.jog_lock_low:
            return Refusal.LOCK_TORQUE_LOW
        return Refusal.NONE

    def _step_jog(self, dt: float) -> None:
        """Hold-to-run, on the controller's own real-time clock (``dt`` real seconds): the
        axis moves while the lease runs, at most until its deadline within this interval."""
        now = self.real_time
        t0 = now - dt
        if self.jog_dir == 0:
            self.jog_refusal = Refusal.LOCK_TORQUE_LOW if self.jog_lock_low else Refusal.NONE
            self._jog_halt(t0)
            return
        deadline = max(self.jog_keepalive_changed, self.jog_hold_started) + JOG_LEASE_S
        refusal = self._jog_refusal()
        if refusal is Refusal.NONE:
            allowed = min(dt, deadline - t0, self.jog_max_s - self.jog_elapsed)
            if allowed > 0:
                self.lift_motion = self.shuttle_motion = 0  # the move sets its own axis
                refusal = self._jog_move(allowed)
                if refusal is Refusal.NONE:
                    self.jog_elapsed += allowed
                    self.jog_moving = True
                    if self.jog_elapsed >= self.jog_max_s - 1e-9:
                        self.jog_latched = refusal = Refusal.MAX_TIME
                        self._jog_halt(t0 + allowed)
                else:
                    self._jog_halt(t0)
            elif self.jog_elapsed >= self.jog_max_s - 1e-9:
                self.jog_latched = refusal = Refusal.MAX_TIME
                self._jog_halt(t0)
        else:
            self._jog_halt(t0)
        if now >= deadline and self.jog_latched is Refusal.NONE:
            # the lease ran out: the axis stopped at its deadline, and it stays stopped until
            # the direction returns to 0, whatever the counter does next
            self.jog_latched = Refusal.LEASE_EXPIRED
            self.jog_expired_seen_at = now
            if refusal is Refusal.NONE:
                refusal = Refusal.LEASE_EXPIRED
            self._jog_halt(max(t0, deadline))
        self.jog_refusal = refusal

    def _jog_move(self, t: float) -> Refusal:
        """Move the jogged axis for ``t`` s; NONE, or why it cannot move (it stands still)."""
        d = self.jog_dir
        axis = self.jog_axis
        if axis is st.LiftAxis.LIFT:
            return self._jog_lift(d, t)
        if axis is st.LiftAxis.SHUTTLE:
            end = SHUTTLE_PITCH_MM * self.slots_n
            return self._jog_shuttle(0.0 if d < 0 else end, t)
        if axis is st.LiftAxis.SHUTTLE_TO_SLOT:
            refusal = self._jog_shuttle(self.jog_target * SHUTTLE_PITCH_MM, t)
            if refusal is Refusal.AT_LIMIT:
                self.shuttle_aligned = True  # stands at its target stop
            return refusal
        if axis is st.LiftAxis.LOCK_HEAD:
            return self._jog_lock(self.jog_target - 1, d, t)
        if axis is st.LiftAxis.HOME:
            if self.lift_height > 0.5:
                return self._jog_lift(-1, t)
            self.lift_height = 0.0
            refusal = self._jog_shuttle(0.0, t)
            if refusal is Refusal.AT_LIMIT:
                self.shuttle_aligned = True
            return refusal
        return Refusal.BAD_TARGET

    def _shuttle_at_stop(self) -> bool:
        loc = self.shuttle_pos / SHUTTLE_PITCH_MM
        return abs(loc - round(loc)) * SHUTTLE_PITCH_MM < AT_STOP_MM

    def _jog_lift(self, d: int, t: float) -> Refusal:
        if not self._shuttle_at_stop():
            return Refusal.SHUTTLE_NOT_AT_STOP
        goal = LIFT_MAX_MM if d > 0 else 0.0
        if abs(self.lift_height - goal) < 1e-6:
            return Refusal.AT_LIMIT
        step = R.JOG_LIFT_MM_S * t
        self.lift_height = goal if abs(goal - self.lift_height) <= step else \
            self.lift_height + step * d
        self.lift_motion = d
        return Refusal.NONE

    def _jog_shuttle(self, goal: float, t: float) -> Refusal:
        if self.lift_height > 0.5:
            return Refusal.LIFT_NOT_DOWN
        gap = goal - self.shuttle_pos
        if abs(gap) < 1e-6:
            return Refusal.AT_LIMIT
        step = R.JOG_SHUTTLE_MM_S * t
        direction = 1 if gap > 0 else -1
        self.shuttle_pos = goal if abs(gap) <= step else self.shuttle_pos + step * direction
        self.shuttle_motion = direction
        return Refusal.NONE

    def _jog_lock(self, h: int, d: int, t: float) -> Refusal:
        """One lock head locks (1) or unlocks (-1), LOCK_MOVE_S of held time end to end."""
        travel = self.lock_travel[h]
        goal = 1.0 if d > 0 else 0.0
        if abs(travel - goal) < 1e-9:
            return Refusal.AT_LIMIT
        if d < 0 and self.vehicle is not None and not (self.hv_off and self.parking_brake):
            return Refusal.VEHICLE_NOT_SAFE
        travel = min(1.0, max(0.0, travel + d * t / R.LOCK_MOVE_S))
        self.lock_travel[h] = travel
        if 0.0 < travel < 1.0:
            self.locks[h] = LockState.MOVING
            self.torques[h] = (215.0 * travel ** 3 if d > 0 else
                               170.0 * math.sin(math.pi * min(travel, 0.5)))
            return Refusal.NONE
        self.lock_cycles += 1
        if d < 0:
            self.locks[h], self.torques[h] = LockState.UNLOCKED, 0.0
            return Refusal.NONE
        if self._end_lock(h):
            return Refusal.NONE
        self.jog_lock_low = True
        return Refusal.LOCK_TORQUE_LOW

    def _end_lock(self, h: int, low: bool = False) -> bool:
        """A lock head reaches the end of its lock: its final torque is checked against the
        window. True when it ends LOCKED; else it is FAULT and LOCK_TORQUE_LOW latched.
        ``low``: this head ends below the window (the armed fault, drawn by the caller)."""
        if not low and "lock_torque_low" in self.armed:
            self.armed.discard("lock_torque_low")
            low = True
        torque = self.rng.uniform(140, 172) if low else self.rng.uniform(195, 235)
        self.torques[h] = torque
        self.lock_travel[h] = 1.0
        if LOCK_TORQUE_MIN <= torque <= LOCK_TORQUE_MAX:
            self.locks[h] = LockState.LOCKED
            self.relock_heads.discard(h)
            return True
        self.locks[h] = LockState.FAULT
        self.relock_heads.add(h)
        self.faults.add(FaultCode.LOCK_TORQUE_LOW)
        return False

    def head_torque_low(self) -> bool:
        """A lock head ended below the torque window and has not been locked in it since
        (FAULT, or unlocked on the way to its re-lock): LOCK_TORQUE_LOW is active."""
        return bool(self.relock_heads)

    @property
    def jog_active(self) -> bool:
        """Axes move outside a swap only by jogging."""
        return self.swap is None and (self.lift_motion != 0 or self.shuttle_motion != 0
                                      or self.jog_moving)

    def _track_wear(self) -> None:
        """The maintenance counters: full lift cycles and the shuttle's travel."""
        if self.lift_height >= R.LIFT_CYCLE_MM:
            self._lift_was_up = True
        elif self.lift_height <= 0.5 and self._lift_was_up:
            self._lift_was_up = False
            self.lift_cycles += 1
        self.shuttle_travel_mm += abs(self.shuttle_pos - self._shuttle_seen)
        self._shuttle_seen = self.shuttle_pos

    # --- homing (HOME_AXES) ----------------------------------------------------------------

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
                self.shuttle_aligned = True
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
            return self._prepare_vehicle(f)
        if step in (SwapStep.UNLOCK, SwapStep.LOCK):
            locking = step is SwapStep.LOCK
            heads = self._block_locks(block)
            if not locking and not self._vehicle_safe():
                return False  # the interlock: no lock head moves
            if locking and f >= 0.5:
                self.lift_motion = -1 if self.lift_height > 0 else 0
                self.lift_height = LIFT_TOP_MM * max(0.0, 1 - (f - 0.5) * 2)
                self.lift_load = 0.0
            if "lock_jam" in self.armed and f >= 0.5:
                self.armed.discard("lock_jam")
                jammed = heads[self.rng.randrange(len(heads))]
                self.locks[jammed] = LockState.FAULT
                self.torques[jammed] = 320.0
                self.lock_travel[jammed] = 0.5
                self._fail_swap(FaultCode.LOCK_JAM)
                return False
            if f < 1.0:
                for h in heads:
                    self.locks[h] = LockState.MOVING
                    self.torques[h] = (215 if locking else 170) * math.sin(math.pi * min(f, 0.5))
                    self.lock_travel[h] = f if locking else 1.0 - f
                return True
            self.lock_cycles += len(heads)
            if not locking:
                for h in heads:
                    self.locks[h], self.torques[h], self.lock_travel[h] = (
                        LockState.UNLOCKED, 0.0, 0.0)
                return True
            low = None
            if "lock_torque_low" in self.armed:  # one head of the block ends below the window
                self.armed.discard("lock_torque_low")
                low = heads[self.rng.randrange(len(heads))]
            ended = [self._end_lock(h, low=h == low) for h in heads]  # every head checked
            if not all(ended):
                self._fail_swap(FaultCode.LOCK_TORQUE_LOW)
                return False
        elif step is SwapStep.REMOVE:
            pack = v.packs[block - 1]
            mass = st.PACK_MASS_KG[pack.type if pack is not None else v.spec.pack_type]
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
                if run.weighed != run.index:  # the lift has the pack's weight: check it
                    run.weighed = run.index
                    self.lift_height, self.lift_motion = LIFT_TOP_MM, 0
                    if not self._weigh(mass):
                        return False
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
            pack = self.lift_pack
            mass = st.PACK_MASS_KG[pack.type if pack is not None else v.spec.pack_type]
            if pack is not None and run.weighed != run.index:  # the lift takes the new pack
                run.weighed = run.index
                self.lift_height = self.lift_motion = 0
                if not self._weigh(mass):
                    return False
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

    # --- the interlocks a swap checks ------------------------------------------------------

    def _prepare_vehicle(self, f: float) -> bool:
        """PREPARATION: the controller asks the vehicle to set its parking brake and switch
        its HV off, and waits for both; without them by the step's end the swap fails."""
        if "parking_brake_off" not in self.armed and f >= 0.1:
            self.parking_brake = True
        if "vehicle_hv_on" not in self.armed and f >= 0.3:
            self.hv_off = True
        if f < 1.0:
            return True
        return self._vehicle_safe()

    def _vehicle_safe(self) -> bool:
        """Both confirmations there; else the swap fails (HV first) and the refusal the
        vehicle was armed with is used up (the driver is told; the next start asks again)."""
        for ok, name, fault in ((self.hv_off, "vehicle_hv_on", FaultCode.VEHICLE_HV_ON),
                                (self.parking_brake, "parking_brake_off",
                                 FaultCode.PARKING_BRAKE_OFF)):
            if not ok:
                self.armed.discard(name)
                self._fail_swap(fault)
                return False
        return True

    def _weigh(self, mass: float) -> bool:
        """The lift has taken a pack: the load cell must read its type's mass within the
        tolerance, else the swap fails LOAD_MISMATCH with the lift where it stands."""
        reading = mass + self.rng.uniform(-8, 8)
        if "load_mismatch" in self.armed:
            self.armed.discard("load_mismatch")
            reading = mass * (1 - self.rng.uniform(0.12, 0.3))
        self.lift_load = reading
        if abs(reading - mass) <= mass * R.LOAD_TOLERANCE:
            return True
        self._fail_swap(FaultCode.LOAD_MISMATCH)
        return False

    def _shuttle_between(self, a: float, b: float, f: float) -> None:
        f = min(1.0, max(0.0, f))
        start, end = a * SHUTTLE_PITCH_MM, b * SHUTTLE_PITCH_MM
        self.shuttle_pos = start + (end - start) * (0.5 - 0.5 * math.cos(math.pi * f))
        self.shuttle_motion = 0 if f >= 1.0 or start == end else (1 if end > start else -1)
        self.shuttle_aligned = True

    def _relock_vehicle(self, recovering: bool = False) -> None:
        """The lock heads as a vehicle arrives or leaves (its packs locked), or after a
        stopped swap (``recovering``: the controller locks the vehicle's packs again, one
        operation per head that was not locked, but leaves a head it found under-torqued
        in FAULT: only a technician's re-lock clears that)."""
        for i in range(st.LOCK_HEADS):
            block = i // st.LOCKS_PER_BLOCK
            v = self.vehicle
            has_pack = v is not None and block < len(v.packs) and v.packs[block] is not None
            if recovering and i in self.relock_heads:
                continue  # a technician re-locks it
            self.relock_heads.discard(i)
            state = LockState.LOCKED if has_pack else LockState.UNKNOWN
            if recovering and state is LockState.LOCKED and self.locks[i] is not state:
                self.lock_cycles += 1
            self.locks[i] = state
            self.torques[i] = 0.0
            self.lock_travel[i] = 1.0 if has_pack else 0.0
