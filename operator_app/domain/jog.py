"""Hold-to-run moves in maintenance: what the console asks for, why a hold ended, in words.

A hold is a lease (register map, protocol 3.2): while a person holds a button the link
worker refreshes ``jog.keepalive``; the controller stops the motion when the refreshes stop.
``JogRequest`` is what is held; ``JogStopped`` is what the link worker says when a hold
ends, whoever ended it. Why the controller does not move a held axis is its own
``jog.refusal`` (``st.JogRefusal``), in the snapshot. Texts are plain English data; the
screens translate them in the "Recovery" context (``words.all_texts`` lists them).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from operator_app.domain import station as st
from operator_app.domain.words import Phrase


@dataclass(frozen=True)
class JogRequest:
    """One hold: ``axis`` moved in ``direction`` (-1 or 1) toward ``target`` (a slot for
    SHUTTLE_TO_SLOT, 0 the bay; a lock head 1-12 for LOCK_HEAD; ignored by the others)."""

    axis: st.LiftAxis
    direction: int
    target: int = 0

    def problem(self, lease_axes: bool = True) -> Phrase | None:
        """Why no controller could take this request, in words; None when it may be sent.

        The controller checks the rest (a target out of range answers an exception, a move
        it will not run now a refusal): the console does not guess its rules.
        ``lease_axes``: the controller speaks protocol 3.2 (SHUTTLE_TO_SLOT, LOCK_HEAD, HOME).
        """
        if self.direction not in (-1, 1):
            return Phrase(P_DIRECTION)
        if self.axis in (st.LiftAxis.SHUTTLE_TO_SLOT, st.LiftAxis.LOCK_HEAD,
                         st.LiftAxis.HOME) and not lease_axes:
            return Phrase(P_OLD_PROTOCOL)
        return None


class JogEnd(Enum):
    """Why a hold ended, as the console saw it."""

    RELEASED = "released"  # the person let go: direction 0 was written
    LINK_LOST = "link lost"  # a link error or timeout: the refreshes stopped at once
    SCREEN_STALLED = "screen stalled"  # the console's screen stopped responding
    NOT_SENT = "not sent"  # never reached the controller (link down, impossible request)
    REFUSED = "refused"  # the controller refused the values written (a Modbus exception)
    REPLACED = "replaced"  # another hold took its place


@dataclass(frozen=True)
class JogStopped:
    """A hold ended: why (``reason``; ``why`` fills its words where they take a detail;
    ``detail`` is for the logs, in English, with the link error as the link said it), and
    how well its lease was kept (``refreshes`` sent, the longest gap between two, in s)."""

    request: JogRequest
    reason: JogEnd
    why: Phrase | None = None
    detail: str = ""
    at: float = 0.0  # wall-clock time (time.time())
    refreshes: int = 0
    max_gap_s: float | None = None


# --- in words ---------------------------------------------------------------------------

P_DIRECTION = "a move runs in direction -1 or 1"
P_OLD_PROTOCOL = "the controller's protocol has no such move (it needs protocol 3.2)"
P_LINK_DOWN = "the link to the controller is down"

END_WORDS: dict[JogEnd, str] = {
    JogEnd.RELEASED: "the move stopped: the button was released",
    JogEnd.LINK_LOST: ("the move stopped: the link to the controller failed, so the console "
                       "stopped holding it; the controller stops it by itself"),
    JogEnd.SCREEN_STALLED: ("the move stopped: this screen stopped responding, so the console "
                            "stopped holding it"),
    JogEnd.NOT_SENT: "the move was not sent: %1",
    JogEnd.REFUSED: ("the controller refused the move's values (Modbus exception %1): a "
                     "target it does not have, or a direction the move does not take"),
    JogEnd.REPLACED: "the move stopped: another move took its place",
}

REFUSAL_WORDS: dict[st.JogRefusal, str] = {
    st.JogRefusal.ESTOP: "it does not move: the emergency stop is latched or not yet reset",
    st.JogRefusal.HELD: "it does not move: motion is held after a lost heartbeat; resume first",
    st.JogRefusal.SWAP_RUNNING: "it does not move: a swap is running",
    st.JogRefusal.NOT_MAINTENANCE: "it does not move: the station is not in maintenance mode",
    st.JogRefusal.HOMING: "it does not move: the axes are homing",
    st.JogRefusal.DOOR_OPEN: "it does not move: a station door is open",
    st.JogRefusal.LEASE_EXPIRED: ("it stopped: the controller stopped hearing the button; "
                                  "release it and press again"),
    st.JogRefusal.MAX_TIME: ("it stopped: a move may run 30 s at a time; release the button "
                             "and press again"),
    st.JogRefusal.BAD_TARGET: "it does not move: no lock head or slot chosen",
    st.JogRefusal.LIFT_NOT_DOWN: "it does not move: the shuttle moves only with the lift down",
    st.JogRefusal.SHUTTLE_NOT_AT_STOP: ("it does not move: the lift moves only with the "
                                        "shuttle at the bay or at a slot"),
    st.JogRefusal.VEHICLE_NOT_SAFE: ("it does not unlock: the vehicle has not confirmed HV off "
                                     "and its parking brake"),
    st.JogRefusal.AT_LIMIT: "it is there: nothing more to move in that direction",
    st.JogRefusal.LOCK_TORQUE_LOW: ("the lock ended below its torque window: the head is "
                                    "faulted; unlock it and lock it again"),
}
UNKNOWN_REFUSAL = "it does not move: the controller gives reason code %1"
T_HOMED = "homed: the lift is down and the shuttle at the bay"

TEXTS = [P_DIRECTION, P_OLD_PROTOCOL, P_LINK_DOWN, *END_WORDS.values(), *REFUSAL_WORDS.values(),
         UNKNOWN_REFUSAL, T_HOMED]


def end_phrase(stopped: JogStopped) -> Phrase:
    """Why a hold ended, to show."""
    text = END_WORDS[stopped.reason]
    if "%1" in text:
        return Phrase(text, (stopped.why or stopped.detail,))
    return Phrase(text)


def refusal_phrase(refusal: st.JogRefusal | int | None,
                   axis: st.LiftAxis | None = None) -> Phrase | None:
    """Why the controller does not move the held axis; None when it moves (or no reason).
    Homing at its limit is not a refusal: it is done, and said so."""
    if refusal is None or refusal == st.JogRefusal.NONE:
        return None
    if axis is st.LiftAxis.HOME and refusal == st.JogRefusal.AT_LIMIT:
        return Phrase(T_HOMED)
    try:
        return Phrase(REFUSAL_WORDS[st.JogRefusal(refusal)])
    except (ValueError, KeyError):
        return Phrase(UNKNOWN_REFUSAL, (str(int(refusal)),))
