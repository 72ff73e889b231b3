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

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from operator_app.domain import station as st
from operator_app.domain.commands import CommandOutcome, CommandRequest, OutcomeKind
from operator_app.domain.selection import NoPlan, SelectionRules, SwapPlan, plan_swap
from operator_app.domain.snapshot import StationSnapshot
from operator_app.domain.tracker import Origin, StepView, SwapTracker, TrackedSwap
from operator_app.domain.vehicles import Vehicle
from operator_app.domain.words import Phrase, fault_phrase, reject_phrases

__all__ = ["ACTIVE", "ENDED", "Phase", "Refused", "StepView", "SwapSupervisor", "Transaction",
           "progress"]

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

# what the swap panel says of the transaction (its note), in words the screens translate
# (context "Recovery", through words.all_texts)
N_START_SENT = "start sent: waiting for the controller"
N_ABORT_REQUESTED = "abort requested: the controller brings the step to a safe stop"
N_NOT_STARTED = "the controller did not start the swap: %1"
N_NO_ANSWER = "no answer to the start command: watching the station to learn whether it started"
N_ABORT_UNCONFIRMED = "the abort was not confirmed by the controller (%1)"
N_NEVER_TOOK_EFFECT = "the controller has no swap running: the start never took effect"
N_NEVER_RAN = "the start command got no answer and never ran"
N_RUNNING = "swap running"
N_RUNNING_BY = "swap running, %1"
N_JOINED_BY = "swap already running when the console connected, %1"
N_BY_BAY_BUTTON = "started at the bay's local button"
N_BY_OTHER = "started from another terminal"
N_BY_CONSOLE = "started from this console"
N_COMPLETED = "swap completed"
N_COMPLETED_CHECK = "swap completed, but the console's check disagrees: %1"
N_ABORTED = "swap aborted"
N_FAILED = "swap failed: %1"
N_END_UNKNOWN = "the controller no longer reports this swap: its end is unknown"
N_RECORDING_START = "recording the start in the journal"  # the swap service's, before it sends
N_NOT_RECORDED = "the start was not sent: the journal could not record it"
TEXTS = [N_RECORDING_START, N_NOT_RECORDED, N_START_SENT, N_ABORT_REQUESTED, N_NOT_STARTED,
         N_NO_ANSWER, N_ABORT_UNCONFIRMED,
         N_NEVER_TOOK_EFFECT, N_NEVER_RAN, N_RUNNING, N_RUNNING_BY, N_JOINED_BY, N_BY_BAY_BUTTON,
         N_BY_OTHER, N_BY_CONSOLE, N_COMPLETED, N_COMPLETED_CHECK, N_ABORTED, N_FAILED,
         N_END_UNKNOWN]
ENDED = frozenset({Phase.COMPLETED, Phase.ABORTED, Phase.FAILED})


@dataclass(frozen=True)
class Refused:
    reason: str | Phrase  # a Phrase where the screens can translate it; str() is English


@dataclass
class Transaction:
    vehicle: Vehicle | None = None
    plan: SwapPlan | None = None
    phase: Phase = Phase.IDLE
    operator: str = ""
    steps: list[StepView] = field(default_factory=list)
    fault: st.FaultCode | int | None = None
    note: str | Phrase = ""  # the last thing a person should read about it (as Refused.reason)
    abort_requested: bool = False
    verification: dict[str, bool] = field(default_factory=dict)
    started_by: str = ""  # "console", "bay button", "another terminal"; "" until it runs
    sequence: int = 0  # the START_SWAP's sequence number, once sent
    swap: TrackedSwap | None = None  # the controller's swap this transaction follows
    # the controller's refusal of the last start: (why, what next), in words
    rejected: tuple[Phrase, Phrase] | None = None
    start_unknown: bool = False  # the start got no answer: it may or may not have run
    recording: bool = False  # confirmed; the start waits for its audit row to be on disk
    abort_failed: bool = False  # the last abort never reached the controller, or it said no


VehicleLookup = Callable[[str], "Vehicle | None"]


def empty_blocks(snap: StationSnapshot, blocks: int) -> frozenset[int]:
    """The vehicle's blocks that carry no pack, from the lock heads while no swap runs.

    The controller locks every pack of the vehicle in the bay (at arrival, and again on
    RESET_FAULTS after a stopped swap); a block none of whose heads reads LOCKED while the
    station is READY has no pack in it.
    """
    if snap.status.state is not st.StationState.READY or not snap.bay.vehicle_present:
        return frozenset()
    heads = [state for state, _ in snap.machine.locks]
    empty = set()
    for b in range(1, blocks + 1):
        mine = heads[(b - 1) * st.LOCKS_PER_BLOCK: b * st.LOCKS_PER_BLOCK]
        if mine and not any(h is st.LockState.LOCKED for h in mine):
            empty.add(b)
    return frozenset(empty)


class SwapSupervisor:
    """One swap at a time; the screens and the self-test drive it through its verbs.

    It follows the shared ``SwapTracker``: a swap the console did not start (the bay
    button, another terminal, one already running when the link came back) becomes
    the transaction on screen the moment the tracker sees it, with a live abort.
    """

    def __init__(self, rules: SelectionRules | None = None,
                 tracker: SwapTracker | None = None,
                 vehicle_for: VehicleLookup | None = None) -> None:
        self.rules = rules or SelectionRules()
        self.tracker = tracker or SwapTracker()
        self.vehicle_for = vehicle_for or (lambda plate: None)
        self.tx = Transaction()
        self.last: StationSnapshot | None = None
        self.quarantined: frozenset[str] = frozenset()
        self.attached: list[TrackedSwap] = []  # swaps the console did not start, as seen

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
        result = plan_swap(self.tx.vehicle, self.last.slots, self.rules, self.quarantined,
                           empty_blocks(self.last, self.tx.vehicle.blocks))
        if isinstance(result, NoPlan):
            self.tx.note = result.reason
            self.tx.plan = None
            self.tx.phase = Phase.IDENTIFIED
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
        if self.tracker.running is not None:
            return Refused("the controller is running a swap: one at a time")
        fresh = self.plan()  # the rack may have changed since the plan was shown
        if isinstance(fresh, Refused):
            return fresh
        self.tx.operator = operator
        self.tx.phase = Phase.CONFIRMED
        self.tx.rejected = None
        self.tx.start_unknown = False
        self.tx.sequence = 0
        self.tx.note = Phrase(N_START_SENT)
        return CommandRequest(st.CommandCode.START_SWAP, fresh.command_args())

    def abort(self) -> CommandRequest | Refused:
        if self.tx.phase not in ACTIVE:
            return Refused("nothing to abort: no swap is running")
        self.tx.abort_requested = True
        self.tx.abort_failed = False
        self.tx.note = Phrase(N_ABORT_REQUESTED)
        return CommandRequest(st.CommandCode.ABORT_SWAP)

    def cancel(self) -> Transaction | Refused:
        """Drop an identification or plan that was never started."""
        if self.tx.phase in ACTIVE:
            return Refused("a running swap cannot be cancelled: abort it")
        self.tx = Transaction()
        return self.tx

    # --- what the link reports ----------------------------------------------------------------

    def on_outcome(self, outcome: CommandOutcome) -> None:
        code = outcome.request.code
        if code == st.CommandCode.ABORT_SWAP:
            self._abort_outcome(outcome)
            return
        if code != st.CommandCode.START_SWAP:
            return
        if self.tx.phase in (Phase.RUNNING, Phase.VERIFYING) and self.tx.swap is None \
                and outcome.sequence == self.tx.sequence and outcome.final:
            self._ended_unseen(outcome)  # it ended before a snapshot showed it running
            return
        if self.tx.phase is not Phase.CONFIRMED:
            return
        if outcome.sequence:
            self.tx.sequence = outcome.sequence
            self.tracker.claim(outcome.sequence)
        if outcome.kind in (OutcomeKind.REJECTED, OutcomeKind.REFUSED):
            if outcome.kind is OutcomeKind.REJECTED:
                self.tx.rejected = reject_phrases(outcome.reason)
            else:
                self.tx.rejected = (Phrase("the start was not sent: %1", (outcome.words(),)),
                                    Phrase("wait for the link to come back, then start again"))
            self.tx.phase = Phase.PLANNED
            self.tx.note = Phrase(N_NOT_STARTED, (self.tx.rejected[0],))
            self._attach_foreign()
        elif outcome.kind is OutcomeKind.UNKNOWN:
            self.tx.start_unknown = True
            self.tx.note = Phrase(N_NO_ANSWER)
            self._settle_unknown_start()
        elif outcome.kind is OutcomeKind.ACCEPTED:
            self.tx.phase = Phase.RUNNING
            self.tx.started_by = Origin.CONSOLE.value
            self.tx.note = Phrase(N_RUNNING)
            running = self.tracker.running
            if running is not None and running.sequence == outcome.sequence:
                self._follow(running)

    def _abort_outcome(self, outcome: CommandOutcome) -> None:
        if (self.tx.abort_requested and self.tx.phase in ACTIVE and outcome.kind in (
                OutcomeKind.REFUSED, OutcomeKind.UNKNOWN)) or (
                outcome.kind is OutcomeKind.REJECTED
                and outcome.reason is not st.RejectReason.NOTHING_TO_ABORT):
            # the abort did not reach the controller (or it said no): never claim it did
            self.tx.abort_requested = False
            why = (outcome.words() if outcome.kind is not OutcomeKind.REJECTED else
                   reject_phrases(outcome.reason)[0])
            self.tx.note = Phrase(N_ABORT_UNCONFIRMED, (why or outcome.kind.name.lower(),))
            self.tx.abort_failed = True
            return
        if (outcome.kind is OutcomeKind.REJECTED
                and outcome.reason is st.RejectReason.NOTHING_TO_ABORT
                and self.tx.phase in ACTIVE and self.tracker.running is None
                and self.tx.swap is None):
            # the swap it meant to stop never started: nothing moved
            self.tx.phase = Phase.PLANNED if self.tx.plan is not None else Phase.IDLE
            self.tx.abort_requested = False
            self.tx.start_unknown = False
            self.tx.note = Phrase(N_NEVER_TOOK_EFFECT)

    def _settle_unknown_start(self) -> None:
        """After an unanswered start: once the controller shows no swap of ours, it never ran."""
        if self.tx.phase is not Phase.CONFIRMED or not self.tx.start_unknown:
            return
        snap = self.last
        running = self.tracker.running
        if running is not None and (running.sequence == self.tx.sequence
                                    or self.tracker.is_ours(running)):
            self._follow(running)
            return
        if snap is None or snap.status.swap_result is st.SwapResult.RUNNING:
            if running is not None:
                self._attach_foreign()
            return
        # the controller is not running a swap: the start never ran
        ended = self.tracker.current
        if ended is not None and ended.sequence == self.tx.sequence and self.tx.sequence:
            self._follow(ended)  # it ran and ended while unanswered
            self._ended(ended)
            return
        self.tx.phase = Phase.PLANNED if self.tx.plan is not None else Phase.IDENTIFIED
        self.tx.start_unknown = False
        self.tx.rejected = (Phrase("the start got no answer and the controller shows no swap "
                                   "running: it did not start"),
                            Phrase("tap Start swap to try again"))
        self.tx.note = Phrase(N_NEVER_RAN)

    def _follow(self, swap: TrackedSwap | None) -> None:
        """The transaction follows this controller swap from now on."""
        if swap is None:
            return
        self.tx.swap = swap
        self.tx.steps = swap.steps
        self.tx.started_by = swap.started_by
        if self.tx.phase in (Phase.CONFIRMED, Phase.IDLE, Phase.IDENTIFIED, Phase.PLANNED):
            self.tx.phase = Phase.RUNNING  # an ended one ends at the next check
            self.tx.note = Phrase(N_RUNNING)
        self.tx.start_unknown = False

    def _attach_foreign(self) -> None:
        """A swap the console did not start is running: it becomes the transaction shown."""
        swap = self.tracker.running
        if swap is None or self.tx.swap is swap:
            return
        if self.tx.phase is Phase.CONFIRMED and not self.tx.start_unknown:
            return  # our own start is still under way: its answer decides
        snap = self.last
        plate = snap.bay.plate if snap is not None else ""
        vehicle = self.vehicle_for(plate) if plate else None
        if vehicle is None and self.tx.vehicle is not None and (
                not plate or self.tx.vehicle.plate == plate):
            vehicle = self.tx.vehicle
        self.tx = Transaction(vehicle=vehicle, phase=Phase.RUNNING, operator=swap.started_by)
        self._follow(swap)
        who = Phrase({Origin.BAY_BUTTON: N_BY_BAY_BUTTON, Origin.OTHER: N_BY_OTHER,
                      Origin.CONSOLE: N_BY_CONSOLE}[swap.origin])
        self.tx.note = Phrase(N_RUNNING_BY if not swap.joined_late else N_JOINED_BY, (who,))
        self.attached.append(swap)

    def on_snapshot(self, snap: StationSnapshot) -> None:
        self.last = snap
        self.tracker.update(snap)
        ended = self.tx
        if (ended.phase in ENDED and ended.vehicle is not None and snap.bay.vehicle_present
                and snap.bay.plate and snap.bay.plate != ended.vehicle.plate):
            self.tx = Transaction()  # another vehicle is in the bay: the last swap is history
        tx, current = self.tx, self.tracker.current
        if (tx.phase in ACTIVE and tx.swap is None and tx.sequence and current is not None
                and current.sequence == tx.sequence):
            self._follow(current)  # our own start, seen running (or already ended)
        if tx.phase is Phase.CONFIRMED and tx.start_unknown:
            self._settle_unknown_start()
        tx = self.tx
        if tx.swap is not None and tx.phase in (Phase.RUNNING, Phase.VERIFYING):
            if not tx.swap.running:
                self._ended(tx.swap)
            elif tx.swap.steps and tx.swap.steps[-1].step is st.SwapStep.VERIFY:
                tx.phase = Phase.VERIFYING
        running = self.tracker.running
        awaiting_own = self.tx.phase is Phase.CONFIRMED and not self.tx.start_unknown
        if running is not None and self.tx.swap is not running and not awaiting_own:
            self._attach_foreign()

    def _ended_unseen(self, outcome: CommandOutcome) -> None:
        tx = self.tx
        if outcome.kind is OutcomeKind.DONE:
            tx.phase, tx.note = Phase.COMPLETED, Phrase(N_COMPLETED)
        elif outcome.kind is OutcomeKind.FAILED:
            tx.phase, tx.fault = Phase.FAILED, outcome.fault
            tx.note = Phrase(N_FAILED, (fault_phrase(outcome.fault),))
        # UNKNOWN: the snapshots decide

    def _ended(self, swap: TrackedSwap) -> None:
        tx, snap = self.tx, self.last
        tx.fault = swap.fault
        if swap.result is st.SwapResult.COMPLETED:
            tx.verification = self._verify(snap) if snap is not None else {}
            tx.phase = Phase.COMPLETED
            bad = [k for k, ok in tx.verification.items() if not ok]
            tx.note = (Phrase(N_COMPLETED) if not bad else
                       Phrase(N_COMPLETED_CHECK, (", ".join(bad),)))
        elif swap.result is st.SwapResult.ABORTED:
            tx.phase = Phase.ABORTED
            tx.note = Phrase(N_ABORTED)
        elif swap.result is st.SwapResult.FAILED:
            tx.phase = Phase.FAILED
            tx.note = Phrase(N_FAILED, (fault_phrase(swap.fault),))
        else:
            tx.phase = Phase.FAILED
            tx.note = Phrase(N_END_UNKNOWN)

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

    def plan_key(self) -> tuple | None:
        """The plan's substance: what a confirmation is for (vehicle, packs, slots)."""
        plan = self.tx.plan
        return plan.key() if plan is not None and self.tx.phase is Phase.PLANNED else None


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
