"""The swap supervisor: one transaction from identification to its end, headless.

States: IDLE -> IDENTIFIED -> PLANNED -> CONFIRMED (start requested) -> RUNNING (each
controller step observed, timed against its expected time, slow steps flagged)
-> VERIFYING -> COMPLETED; or ABORTED, or FAILED with the fault. The supervisor
decides and watches; the controller moves the steel and decides how to stop
safely. Every public verb checks first and returns either what to send to the
controller (a ``CommandRequest``) or a ``Refused`` with the reason: nothing is
sent when something is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from operator_app.domain import station as st
from operator_app.domain.commands import CommandOutcome, CommandRequest, OutcomeKind
from operator_app.domain.selection import NoPlan, SelectionRules, SwapPlan, plan_swap
from operator_app.domain.snapshot import StationSnapshot
from operator_app.domain.vehicles import Vehicle

SLOW_FACTOR = 1.25  # a step past 125 % of its expected time is slow


class Phase(Enum):
    IDLE = "idle"
    IDENTIFIED = "identified"
    PLANNED = "planned"
    CONFIRMED = "start requested"
    RUNNING = "running"
    VERIFYING = "verifying"
    COMPLETED = "completed"
    ABORTED = "aborted"
    FAILED = "failed"


ACTIVE = frozenset({Phase.CONFIRMED, Phase.RUNNING, Phase.VERIFYING})
ENDED = frozenset({Phase.COMPLETED, Phase.ABORTED, Phase.FAILED})


@dataclass(frozen=True)
class Refused:
    reason: str


@dataclass
class StepView:
    step: st.SwapStep
    block: int
    elapsed: float
    expected: float
    slow: bool = False
    slow_reason: str = ""


@dataclass
class Transaction:
    vehicle: Vehicle | None = None
    plan: SwapPlan | None = None
    phase: Phase = Phase.IDLE
    operator: str = ""
    steps: list[StepView] = field(default_factory=list)
    fault: st.FaultCode | int | None = None
    note: str = ""  # the last thing a person should read about it
    abort_requested: bool = False
    verification: dict[str, bool] = field(default_factory=dict)


def slow_reason(snap: StationSnapshot) -> str:
    """What the controller says about a step that takes too long."""
    s = snap.status
    if s.flags & st.StatusFlag.WATCHDOG_HOLD:
        return "motion held: the controller lost the console's heartbeat"
    if snap.machine.light_curtain_interrupted:
        return "the bay light curtain is interrupted"
    if s.faults:
        names = ", ".join(getattr(f, "name", str(f)) for f in s.faults)
        return f"controller faults: {names}"
    return "no reason given by the controller"


class SwapSupervisor:
    """One swap at a time; the screens and the self-test drive it through its verbs."""

    def __init__(self, rules: SelectionRules | None = None) -> None:
        self.rules = rules or SelectionRules()
        self.tx = Transaction()
        self.last: StationSnapshot | None = None
        self.quarantined: frozenset[str] = frozenset()

    @property
    def phase(self) -> Phase:
        return self.tx.phase

    # --- verbs: check, then act ---------------------------------------------------------------

    def identify(self, vehicle: Vehicle) -> Transaction | Refused:
        if self.tx.phase in ACTIVE:
            plate = self.tx.vehicle.plate if self.tx.vehicle else "a vehicle"
            return Refused(f"a swap is running for {plate}: wait for it to end")
        snap = self.last
        if snap is not None and snap.bay.blocks_detected and \
                snap.bay.blocks_detected != vehicle.blocks:
            return Refused(f"the bay sees {snap.bay.blocks_detected} pack blocks but "
                           f"{vehicle.plate} is registered with {vehicle.blocks}: check the "
                           "vehicle")
        self.tx = Transaction(vehicle=vehicle, phase=Phase.IDENTIFIED)
        return self.tx

    def plan(self) -> SwapPlan | Refused:
        if self.tx.phase not in (Phase.IDENTIFIED, Phase.PLANNED):
            return Refused("identify the vehicle first")
        if self.last is None:
            return Refused("no data from the station yet")
        assert self.tx.vehicle is not None
        result = plan_swap(self.tx.vehicle, self.last.slots, self.rules, self.quarantined)
        if isinstance(result, NoPlan):
            self.tx.note = result.reason
            return Refused(result.reason)
        self.tx.plan = result
        self.tx.phase = Phase.PLANNED
        self.tx.note = result.explanation
        return result

    def confirm(self, operator: str) -> CommandRequest | Refused:
        """The operator's confirmation: returns the START_SWAP to send."""
        if self.tx.phase in ACTIVE:
            return Refused("a swap is already running: one at a time")
        if self.tx.phase is not Phase.PLANNED or self.tx.plan is None:
            return Refused("there is no plan to confirm: identify the vehicle and plan first")
        snap = self.last
        if snap is None or snap.status.state is not st.StationState.READY:
            state = snap.status.state.name if snap and snap.status.state else "unknown"
            return Refused(f"the station is not ready for a swap (state {state}): wait for "
                           "the vehicle to be in position")
        fresh = self.plan()  # the rack may have changed since the plan was shown
        if isinstance(fresh, Refused):
            return fresh
        self.tx.operator = operator
        self.tx.phase = Phase.CONFIRMED
        return CommandRequest(st.CommandCode.START_SWAP, fresh.command_args())

    def abort(self) -> CommandRequest | Refused:
        if self.tx.phase not in ACTIVE:
            return Refused("nothing to abort: no swap is running")
        self.tx.abort_requested = True
        self.tx.note = "abort requested: the controller brings the step to a safe stop"
        return CommandRequest(st.CommandCode.ABORT_SWAP)

    def cancel(self) -> Transaction | Refused:
        """Drop an identification or plan that was never started."""
        if self.tx.phase in ACTIVE:
            return Refused("a running swap cannot be cancelled: abort it")
        self.tx = Transaction()
        return self.tx

    # --- what the link reports ----------------------------------------------------------------

    def on_outcome(self, outcome: CommandOutcome) -> None:
        if outcome.request.code != st.CommandCode.START_SWAP or self.tx.phase not in ACTIVE:
            return
        if outcome.kind in (OutcomeKind.REJECTED, OutcomeKind.REFUSED):
            reason = outcome.reason.name if outcome.reason else outcome.detail
            self.tx.phase = Phase.PLANNED
            self.tx.note = f"the controller did not start the swap: {reason}"
        elif outcome.kind is OutcomeKind.UNKNOWN:
            self.tx.note = ("no answer to the start command: watching the station to learn "
                            "whether it started")
        elif outcome.kind is OutcomeKind.ACCEPTED:
            self.tx.phase = Phase.RUNNING

    def on_snapshot(self, snap: StationSnapshot) -> None:
        self.last = snap
        tx, s = self.tx, snap.status
        if tx.phase is Phase.CONFIRMED and s.swap_result is st.SwapResult.RUNNING:
            tx.phase = Phase.RUNNING
        if tx.phase not in (Phase.RUNNING, Phase.VERIFYING):
            return
        if s.swap_result is st.SwapResult.RUNNING:
            if s.step is not None and s.step is not st.SwapStep.NONE:
                if not tx.steps or (tx.steps[-1].step, tx.steps[-1].block) != (s.step,
                                                                               s.block_index):
                    tx.steps.append(StepView(s.step, s.block_index or 0, 0.0,
                                             s.step_expected or 0.0))
                view = tx.steps[-1]
                view.elapsed = s.step_elapsed or 0.0
                view.expected = s.step_expected or view.expected
                if view.expected and view.elapsed > view.expected * SLOW_FACTOR:
                    view.slow = True
                    view.slow_reason = slow_reason(snap)
                if s.step is st.SwapStep.VERIFY:
                    tx.phase = Phase.VERIFYING
            return
        if s.swap_result is st.SwapResult.COMPLETED:
            tx.verification = self._verify(snap)
            tx.phase = Phase.COMPLETED
            bad = [k for k, ok in tx.verification.items() if not ok]
            tx.note = ("swap completed" if not bad else
                       "swap completed, but the console's check disagrees: " + ", ".join(bad))
        elif s.swap_result is st.SwapResult.ABORTED:
            tx.phase, tx.fault = Phase.ABORTED, s.swap_fault
            tx.note = "swap aborted"
        elif s.swap_result is st.SwapResult.FAILED:
            tx.phase, tx.fault = Phase.FAILED, s.swap_fault
            tx.note = f"swap failed: {getattr(s.swap_fault, 'name', s.swap_fault)}"

    def _verify(self, snap: StationSnapshot) -> dict[str, bool]:
        """The console's own check at the end: the planned packs left the rack."""
        plan = self.tx.plan
        if plan is None:
            return {}
        in_rack = {s.pack_code for s in snap.slots if s.pack_code}
        return {
            "pack identity": all(p.pack_code not in in_rack for p in plan.packs_in),
            "vehicle released": not snap.bay.vehicle_hv_off,
        }

    def resume(self, snap: StationSnapshot, vehicle: Vehicle | None) -> Phase:
        """After a console restart: re-attach to a swap the controller is running."""
        self.last = snap
        if snap.status.swap_result is st.SwapResult.RUNNING:
            self.tx = Transaction(vehicle=vehicle, phase=Phase.RUNNING,
                                  note="re-attached after a console restart")
            self.on_snapshot(snap)
        return self.tx.phase


def progress(tx: Transaction) -> tuple[float, float] | None:
    """(share done 0-1, seconds left) of a swap, from the steps seen and nominal step times.

    The running step counts with what the controller expects of it; the steps still to
    come with their typical times. None when no swap has started.
    """
    if tx.vehicle is None or not tx.steps or tx.phase not in ACTIVE | ENDED:
        return None
    if tx.phase is Phase.COMPLETED:
        return 1.0, 0.0
    sequence = st.swap_sequence(tx.vehicle.blocks)
    done = sum(v.elapsed for v in tx.steps[:-1])
    current = tx.steps[-1]
    try:
        index = sequence.index((current.step, current.block))
    except ValueError:
        index = len(tx.steps) - 1
    now_left = max(0.0, current.expected - current.elapsed)
    later = sum(st.expected_time(s) for s, _ in sequence[index + 1:])
    elapsed = done + current.elapsed
    total = elapsed + now_left + later
    return (elapsed / total if total else 0.0), now_left + later
