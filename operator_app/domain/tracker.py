"""The one swap tracker: what swap the controller is running, or ran last, from snapshots.

The supervisor, the journal's recorder and the screens all read the same
tracker, so they never disagree about what the controller is doing. A swap is
known by the controller's registers only: ``status.swap_result`` RUNNING, with
``response.swap_sequence`` naming the START_SWAP that began it (0: the bay's
local button). Its origin follows from that number: the console's own starts
are claimed by their sequence numbers; 0 is the bay button; any other number is
another terminal, or a console run before this one.

Feeding the same snapshot twice changes nothing, so every reader may feed it:
whichever sees a snapshot first does the work.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from operator_app.domain import station as st
from operator_app.domain.snapshot import StationSnapshot
from operator_app.domain.words import Phrase, fault_phrase, listing

SLOW_FACTOR = 1.25  # a step past 125 % of its expected time is slow
ENDED_RESULTS = frozenset({st.SwapResult.COMPLETED, st.SwapResult.FAILED,
                           st.SwapResult.ABORTED})


class Origin(Enum):
    CONSOLE = "console"
    BAY_BUTTON = "bay button"
    OTHER = "another terminal"


@dataclass
class StepView:
    step: st.SwapStep
    block: int
    elapsed: float
    expected: float
    slow: bool = False
    slow_reason: Phrase | None = None  # said while ``slow``


@dataclass
class TrackedSwap:
    number: int  # counts the swaps this tracker saw, from 1
    sequence: int  # response.swap_sequence: the START_SWAP that began it, 0 the bay button
    origin: Origin
    blocks: int
    first_seen: float  # the snapshot's taken_at
    counter_at_start: int  # status.swap_counter when it was first seen running
    joined_late: bool = False  # already running when the tracker first saw the station
    steps: list[StepView] = field(default_factory=list)
    result: st.SwapResult = st.SwapResult.RUNNING
    fault: st.FaultCode | int | None = None
    ended_at: float | None = None  # the snapshot that showed its end

    @property
    def running(self) -> bool:
        return self.result is st.SwapResult.RUNNING

    @property
    def started_by(self) -> str:
        return self.origin.value


# Why a step is slow, translated in the "Recovery" context (see words.py)
T_SLOW_HELD = "motion held: the controller lost the console's heartbeat"
T_SLOW_CURTAIN = "the bay light curtain is interrupted"
T_SLOW_FAULTS = "controller faults: %1"
T_SLOW_UNKNOWN = "no reason given by the controller"
TEXTS = [T_SLOW_HELD, T_SLOW_CURTAIN, T_SLOW_FAULTS, T_SLOW_UNKNOWN]


def slow_reason(snap: StationSnapshot) -> Phrase:
    """What the controller says about a step that takes too long."""
    s = snap.status
    if s.flags & st.StatusFlag.WATCHDOG_HOLD:
        return Phrase(T_SLOW_HELD)
    if snap.machine.light_curtain_interrupted:
        return Phrase(T_SLOW_CURTAIN)
    if s.faults:  # in words, as everywhere on screen
        return Phrase(T_SLOW_FAULTS, (listing([fault_phrase(f) for f in s.faults]),))
    return Phrase(T_SLOW_UNKNOWN)


class SwapTracker:
    """Follows the controller's swaps across snapshots; ``current`` is the latest one."""

    def __init__(self) -> None:
        self.current: TrackedSwap | None = None
        self.last: StationSnapshot | None = None
        self._ours: set[int] = set()
        self._closed: set[int] = set()  # sequences of swaps seen ending
        self._count = 0

    def claim(self, sequence: int) -> None:
        """The console sent START_SWAP with this sequence number."""
        if sequence:
            self._ours.add(sequence)
            if self.current is not None and self.current.sequence == sequence:
                self.current.origin = Origin.CONSOLE

    def is_ours(self, swap: TrackedSwap | None) -> bool:
        return swap is not None and swap.origin is Origin.CONSOLE

    @property
    def running(self) -> TrackedSwap | None:
        c = self.current
        return c if c is not None and c.running else None

    def update(self, snap: StationSnapshot) -> TrackedSwap | None:
        """Take in a snapshot (once: the same one again is ignored); returns ``current``."""
        if snap is self.last:
            return self.current
        first = self.last is None
        self.last = snap
        s = snap.status
        c = self.current
        seq = s.response.swap_sequence
        if s.swap_result is st.SwapResult.RUNNING:
            same = (c is not None and c.running and c.sequence == seq
                    and c.counter_at_start == s.swap_counter)
            if not same:
                if c is not None and c.running:
                    self._end(c, None, None, snap)  # replaced: its end was not seen
                c = self._begin(snap, first)
            self._steps(c, snap)
        elif s.swap_result in ENDED_RESULTS:
            fault = s.swap_fault
            if s.swap_result is st.SwapResult.ABORTED and not fault:
                fault = st.FaultCode.ABORTED
            if c is not None and c.running and seq == c.sequence:
                self._end(c, s.swap_result, fault or None, snap)
            elif seq in self._ours and seq not in self._closed and (
                    c is None or c.sequence != seq):
                # one of ours that ran and ended between two snapshots
                if c is not None and c.running:
                    self._end(c, None, None, snap)
                c = self._begin(snap, first)
                self._end(c, s.swap_result, fault or None, snap)
            elif c is not None and c.running:
                self._end(c, None, None, snap)  # the result is another swap's
        elif c is not None and c.running:
            self._end(c, None, None, snap)  # the controller tells no result for it
        return self.current

    def _begin(self, snap: StationSnapshot, first: bool) -> TrackedSwap:
        s = snap.status
        seq = s.response.swap_sequence
        origin = (Origin.CONSOLE if seq in self._ours else
                  Origin.BAY_BUTTON if seq == 0 else Origin.OTHER)
        self._count += 1
        self.current = TrackedSwap(self._count, seq, origin, s.block_count or 0,
                                   snap.taken_at, s.swap_counter, joined_late=first)
        return self.current

    def _end(self, c: TrackedSwap, result: st.SwapResult | None, fault,
             snap: StationSnapshot) -> None:
        self._closed.add(c.sequence)
        c.result = result if result is not None else st.SwapResult.NONE
        c.fault = fault
        c.ended_at = snap.taken_at

    @staticmethod
    def _steps(c: TrackedSwap, snap: StationSnapshot) -> None:
        s = snap.status
        if s.block_count:
            c.blocks = s.block_count
        if s.step is None or s.step is st.SwapStep.NONE:
            return
        if not c.steps or (c.steps[-1].step, c.steps[-1].block) != (s.step, s.block_index or 0):
            c.steps.append(StepView(s.step, s.block_index or 0, 0.0, s.step_expected or 0.0))
        view = c.steps[-1]
        view.elapsed = s.step_elapsed or 0.0
        view.expected = s.step_expected or view.expected
        if view.expected and view.elapsed > view.expected * SLOW_FACTOR:
            view.slow = True
            view.slow_reason = slow_reason(snap)
