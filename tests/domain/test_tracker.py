"""The swap tracker: which swap the controller runs, and who started it, from snapshots."""

from __future__ import annotations

from dataclasses import replace

from operator_app.domain import station as st
from operator_app.domain.tracker import Origin, SwapTracker
from tests.services.test_recorder import snap, status

RUN = st.SwapResult.RUNNING


def test_origin_from_the_swap_sequence() -> None:
    t = SwapTracker()
    t.claim(9)
    assert t.update(snap(1, (), status(RUN, st.SwapStep.PREPARATION, swap_seq=9))).origin \
        is Origin.CONSOLE
    t = SwapTracker()
    assert t.update(snap(1, (), status(RUN, st.SwapStep.PREPARATION))).origin \
        is Origin.BAY_BUTTON
    t = SwapTracker()
    swap = t.update(snap(1, (), status(RUN, st.SwapStep.PREPARATION, swap_seq=4)))
    assert swap.origin is Origin.OTHER and swap.joined_late


def test_a_swap_started_while_the_link_was_down_is_seen_when_it_comes_back() -> None:
    t = SwapTracker()
    t.claim(5)
    ours = t.update(snap(1, (), status(RUN, st.SwapStep.LOCK, 1, 1, swap_seq=5)))
    # link down: ours completed, then the bay button started another (the counter moved on)
    back = replace(status(RUN, st.SwapStep.UNLOCK, 1, 1), swap_counter=1)
    theirs = t.update(snap(2, (), back))
    assert theirs is not ours and theirs.origin is Origin.BAY_BUTTON
    assert not theirs.joined_late  # the tracker had seen the station before
    assert ours.result is st.SwapResult.NONE  # its end was not seen: unknown, never guessed


def test_the_same_snapshot_twice_changes_nothing() -> None:
    """Every reader feeds the tracker; whichever comes first does the work."""
    t = SwapTracker()
    s1 = snap(1, (), status(RUN, st.SwapStep.PREPARATION))
    first = t.update(s1)
    assert t.update(s1) is first and len(first.steps) == 1


def test_an_own_swap_that_ended_between_two_snapshots_is_seen_ended() -> None:
    t = SwapTracker()
    t.update(snap(1, (), status()))
    t.claim(7)
    swap = t.update(snap(2, (), status(st.SwapResult.FAILED, fault=st.FaultCode.ESTOP,
                                       swap_seq=7)))
    assert swap is not None and swap.result is st.SwapResult.FAILED
    assert swap.fault is st.FaultCode.ESTOP
    assert t.update(snap(3, (), status(st.SwapResult.FAILED, fault=st.FaultCode.ESTOP,
                                       swap_seq=7))) is swap  # not a second one


def test_a_slow_steps_reason_names_faults_in_words() -> None:
    from operator_app.domain.tracker import slow_reason

    s = replace(status(RUN, st.SwapStep.UNLOCK, 1, 1), faults=(st.FaultCode.CHARGER_FAULT,))
    assert slow_reason(snap(1, (), s)).english() == "controller faults: a slot's charger is faulted"
