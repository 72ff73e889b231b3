"""What the controller's codes mean, in words a person can act on.

Plain data, no Qt: the screens translate these texts in the "Recovery" context
(``scripts/translations.py`` hands them to lupdate from the data itself), the
journal and the command line use them as they are. A text may hold ``%1``,
``%2``... filled from a ``Phrase``'s arguments after translation, so that word
order can change with the language; and ``%n``, a count: such a text is a plural
message, whose translation has a form for each number the language tells apart.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from operator_app.domain import station as st

CONTEXT = "Recovery"

# Qt's translate for one context: (text, n), n -1 for a text without %n. Qt fills %n itself.
Translate = Callable[[str, int], str]


@dataclass(frozen=True)
class Number:
    """A measured number in a Phrase: on a screen with the language's decimal sign (the
    ``number`` given to ``Phrase.fill``), in English as Python writes it ("1.5")."""

    value: float
    decimals: int = 0

    def english(self) -> str:
        return f"{self.value:.{max(0, self.decimals)}f}"


# the screens' number format: (value, decimals) -> text
NumberFormat = Callable[[float, int], str]


@dataclass(frozen=True)
class Phrase:
    """A text with its arguments: translated first, then filled.

    ``count`` fills ``%n`` and picks the plural form of the translation; the English
    plural is ``text`` (the catalogues' source), its singular ``one``.
    Example: ``Phrase("%n packs are ready", count=1, one="%n pack is ready")``.
    """

    text: str
    args: tuple[str | Phrase | Number, ...] = ()  # a Phrase argument is translated too
    count: int | None = None
    one: str = ""  # the English for a count of 1, when it differs from ``text``

    def fill(self, translate: Translate | None = None, number: NumberFormat | None = None) -> str:
        """The text through ``translate`` (none: English), its arguments filled in, a
        ``Number`` through ``number`` (none: as in English)."""
        n = self.count
        english = self.one if n == 1 and self.one else self.text
        out = english if translate is None else translate(self.text, -1 if n is None else n)
        if n is not None:
            if out == self.text.replace("%n", str(n)):
                out = english  # not translated: the English, singular or plural as it should
            out = out.replace("%n", str(n))
        for i, arg in reversed(list(enumerate(self.args, 1))):
            if isinstance(arg, Phrase):
                shown = arg.fill(translate, number)
            elif isinstance(arg, Number):
                shown = arg.english() if number is None else number(arg.value, arg.decimals)
            else:
                shown = arg
            out = out.replace(f"%{i}", shown)
        return out

    def english(self) -> str:
        return self.fill()

    def __contains__(self, part: str) -> bool:
        return part in self.english()

    def __str__(self) -> str:
        return self.fill()


def listing(items: Sequence[str | Phrase], separator: str = ", ") -> Phrase:
    """Several phrases one after the other, each translated: "a, b, c". The separator is
    punctuation, the same in the console's languages."""
    return Phrase(separator.join(f"%{i}" for i in range(1, len(items) + 1)), tuple(items))


def english(text: str | Phrase) -> str:
    """What the journal and the logs keep: English, whether or not the text is a Phrase."""
    return text.english() if isinstance(text, Phrase) else text


def as_phrase(text: str | Phrase) -> Phrase:
    """A text the screens translate: a plain English one is looked up as it is."""
    return text if isinstance(text, Phrase) else Phrase(text)


FAULT_WORDS: dict[st.FaultCode, str] = {
    st.FaultCode.LOCK_JAM: "a lock head jammed",
    st.FaultCode.LIFT_OVERLOAD: "the lift read an overload",
    st.FaultCode.SHUTTLE_MISALIGNED: "the shuttle stopped off its slot",
    st.FaultCode.CHARGER_FAULT: "a slot's charger is faulted",
    st.FaultCode.INSULATION_LOW: "a pack's insulation is too low",
    st.FaultCode.POSITIONING_FAILED: "the vehicle could not be positioned",
    st.FaultCode.ESTOP: "emergency stop",
    st.FaultCode.LIGHT_CURTAIN: "someone crossed the bay light curtain",
    st.FaultCode.WATCHDOG: "the controller lost this console's heartbeat",
    st.FaultCode.PACK_IDENTITY_MISMATCH: "the installed pack is not the planned one",
    st.FaultCode.BMS_HANDSHAKE: "the pack's BMS did not answer",
    st.FaultCode.HV_INTERLOCK: "the vehicle's HV interlock is open",
    st.FaultCode.ABORTED: "a swap was aborted mid-way",
    st.FaultCode.PACK_ALARM: "a pack raised an alarm",
    st.FaultCode.DOOR_OPEN: "a station door is open",
    st.FaultCode.CONTROLLER_RESTART: "the controller restarted during a swap",
    st.FaultCode.VEHICLE_HV_ON: "the vehicle did not switch its HV off",
    st.FaultCode.PARKING_BRAKE_OFF: "the vehicle did not confirm its parking brake",
    st.FaultCode.LOAD_MISMATCH: "the lift's load cell read a mass that is not the pack's",
    st.FaultCode.LOCK_TORQUE_LOW: "a lock head ended below its locking torque",
}
UNKNOWN_FAULT = "controller fault code %1"

# Why the controller refused a command, and what to do next.
REJECT_WORDS: dict[st.RejectReason, tuple[str, str]] = {
    st.RejectReason.UNKNOWN_COMMAND: (
        "the controller does not know this command",
        "check that the controller's firmware speaks this console's register map"),
    st.RejectReason.BAD_ARGUMENT: (
        "the controller found the command's values out of range",
        "plan the swap again; if it repeats, call a technician"),
    st.RejectReason.WRONG_MODE: (
        "the station is not in the right mode (automatic or maintenance)",
        "ask a technician to set the mode"),
    st.RejectReason.ESTOP_LATCHED: (
        "the emergency stop is latched",
        "make the bay safe and turn the reset key at the cabinet, then reset here"),
    st.RejectReason.BUSY: (
        "a swap is already running",
        "wait for it to end; it shows in the swap panel"),
    st.RejectReason.NOT_READY: (
        "no vehicle is in position",
        "wait until the bay shows the vehicle in position, then start again"),
    st.RejectReason.SLOT_EMPTY: (
        "a planned slot holds no pack",
        "tap Start swap again: the console plans from the rack as it is now"),
    st.RejectReason.SLOT_OCCUPIED: (
        "there is no free slot for the depleted pack",
        "free a slot, or call a technician"),
    st.RejectReason.FAULT_ACTIVE: (
        "a fault is active at the controller",
        "follow the recovery steps to clear the fault, then start again"),
    st.RejectReason.NOTHING_TO_ABORT: (
        "no swap is running",
        "nothing to stop"),
    st.RejectReason.BLOCK_MISMATCH: (
        "the bay sees a different number of pack blocks",
        "check that the right vehicle is identified"),
    st.RejectReason.HELD: (
        "motion is held after the controller lost this console's heartbeat",
        "check the bay is clear, then resume"),
    st.RejectReason.PACK_NOT_AVAILABLE: (
        "a planned pack is not available (charging, faulted, disabled or the wrong type)",
        "tap Start swap again: the console plans from the rack as it is now"),
    st.RejectReason.RESET_REQUIRED_FIRST: (
        "the emergency stop is still latched at the cabinet",
        "turn the reset key at the cabinet first, then reset here"),
    st.RejectReason.NOT_HELD: ("no motion is held", "nothing to resume"),
}
UNKNOWN_REJECT = ("the controller refused it with reason code %1",
                  "call a technician with this code")


# The console's own reasons a start did not go out.
JOURNAL_START = "the journal could not record the start: %1"
JOURNAL_START_NEXT = "the swap was not started: call a technician about the journal"


def fault_phrase(code: st.FaultCode | int | None) -> Phrase:
    """A fault in words; an unknown code by its number, never hidden."""
    if code is None:
        return Phrase("no fault given")
    try:
        return Phrase(FAULT_WORDS[st.FaultCode(code)])
    except (ValueError, KeyError):
        return Phrase(UNKNOWN_FAULT, (str(int(code)),))


def reject_phrases(reason: st.RejectReason | int | None) -> tuple[Phrase, Phrase]:
    """(why the controller refused, what to do next)."""
    try:
        why, then = REJECT_WORDS[st.RejectReason(reason)]  # type: ignore[arg-type]
    except (ValueError, KeyError, TypeError):
        code = str(int(reason)) if reason is not None else "?"
        return Phrase(UNKNOWN_REJECT[0], (code,)), Phrase(UNKNOWN_REJECT[1])
    return Phrase(why), Phrase(then)


def all_texts() -> list[str]:
    """Every text here and in the recovery domain, for the translation catalogues; a text
    with %n is a plural message."""
    from operator_app.domain import (
        alarms,
        jog,
        maintenance,
        recovery,
        selection,
        supervisor,
        tracker,
        users,
        vehicle_list,
        vehicles,
    )

    texts = [*FAULT_WORDS.values(), UNKNOWN_FAULT, "no fault given", JOURNAL_START,
             JOURNAL_START_NEXT]
    for why, then in [*REJECT_WORDS.values(), UNKNOWN_REJECT]:
        texts += [why, then]
    texts += recovery.TEXTS
    texts += jog.TEXTS
    texts += selection.TEXTS
    texts += tracker.TEXTS
    texts += users.TEXTS
    texts += maintenance.TEXTS
    texts += vehicles.TEXTS
    texts += vehicle_list.TEXTS
    texts += alarms.REFUSAL_TEXTS
    texts += supervisor.TEXTS
    from operator_app.link import causes  # plain data too: what the link says

    texts += causes.TEXTS
    from operator_app.storage import inspect  # the journal verify's lines

    texts += inspect.TEXTS
    from operator_app.link import registers  # the register map's descriptions

    texts += registers.description_texts()
    return list(dict.fromkeys(texts))
