"""The swap sequence: one swap run, from START_SWAP to its result.

Owns the run (``SwapRun``: the planned steps, their durations, the slots it reserved), its
start (START_SWAP's checks and plan), its advance step by step, and how it ends: completed,
failed on a fault, aborted (ABORT_SWAP), and the recovery to a safe resting state after.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from operator_app.domain import station as st
from operator_app.domain.station import (
    STEP_TIMES,
    ChargerState,
    CommandCode,
    CommandStatus,
    FaultCode,
    RejectReason,
    StationMode,
    StationState,
    SwapResult,
    SwapStep,
)


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
    weighed: int = -1  # the plan index of the step whose pack the load cell last checked
    packs_out: list[str] = field(default_factory=list)
    packs_in: list[str] = field(default_factory=list)

    @property
    def step(self) -> tuple[SwapStep, int]:
        return self.plan[self.index]


class SwapSequence:
    """Mixin of StationModel: start, step, complete, fail, abort and recover a swap."""

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

    def _motion_step(self) -> bool:
        return self.swap is not None and self.swap.step[0] not in (
            SwapStep.PREPARATION, SwapStep.VERIFY, SwapStep.RELEASE)

    def _step_swap(self, dt: float) -> None:
        run = self.swap
        assert run is not None
        if self.light_curtain_left > 0 and self._motion_step():
            self._fail_swap(FaultCode.LIGHT_CURTAIN)
            return
        if self.doors and self._motion_step():
            self._fail_swap(FaultCode.DOOR_OPEN)  # a door is open: the machine stops here
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
        self._relock_vehicle(recovering=True)
