"""Commands to the controller and what became of them: the typed currency of the link."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum

from operator_app.domain.station import (
    COMMAND_ARGS,
    CommandCode,
    FaultCode,
    RejectReason,
    StationMode,
)
from operator_app.domain.words import Phrase

_ids = itertools.count(1)


@dataclass(frozen=True)
class CommandRequest:
    """A command the console wants carried out. ``args`` are up to 8 register values."""

    code: CommandCode | int  # an int only to test how a controller treats unknown codes
    args: tuple[int, ...] = ()
    request_id: int = field(default_factory=lambda: next(_ids))

    def __post_init__(self) -> None:
        if len(self.args) > 8:
            raise ValueError("a command takes at most 8 arguments")
        if any(not 0 <= a <= 0xFFFF for a in self.args):
            raise ValueError("command arguments are 16-bit register values")

    @property
    def name(self) -> str:
        try:
            return CommandCode(self.code).name
        except ValueError:
            return f"code {int(self.code)}"


# Arguments that may be given by name on a command line; the rest are numbers.
_NAMED_ARGS = {"mode": StationMode}
_MIN_ARGS = {CommandCode.START_SWAP: 2}  # blocks and the first source slot; 0 = controller picks


def parse_command(words: list[str]) -> CommandRequest:
    """Make a request from ``CODE [ARG ...]`` as the register map names them.

    ``SET_MODE MAINTENANCE``, ``CHARGER_ENABLE 3 0``, ``START_SWAP 1 4``; a number for
    the code sends that raw code (to see how a controller treats codes it does not know).
    Raise ValueError with a sentence a person can act on.
    """
    if not words:
        raise ValueError("no command given")
    head, *rest = words
    code: CommandCode | int
    if head.isdigit():
        try:
            code = CommandCode(int(head))
        except ValueError:
            code = int(head)
    else:
        try:
            code = CommandCode[head.upper()]
        except KeyError:
            known = ", ".join(c.name for c in CommandCode if c)
            raise ValueError(f"unknown command {head!r}; one of {known}") from None
    if code == CommandCode.NONE:
        raise ValueError("code 0 is no command")
    if isinstance(code, CommandCode):
        names, shown = COMMAND_ARGS[code], code.name
        need = _MIN_ARGS.get(code, len(names))
    else:
        names, shown, need = tuple(f"arg_{i}" for i in range(1, 9)), f"code {code}", 0
    if not need <= len(rest) <= len(names):
        wanted = " ".join(names) or "no arguments"
        raise ValueError(f"{shown} takes {wanted}; got {len(rest)} argument(s)")
    args = []
    for name, word in zip(names, rest, strict=False):
        enum = _NAMED_ARGS.get(name)
        if enum is not None and not word.isdigit():
            try:
                args.append(int(enum[word.upper()]))
            except KeyError:
                raise ValueError(f"{name} is one of {', '.join(m.name for m in enum)}; "
                                 f"got {word!r}") from None
            continue
        try:
            value = int(word, 0)
        except ValueError:
            raise ValueError(f"{name} must be a number, got {word!r}") from None
        if not 0 <= value <= 0xFFFF:
            raise ValueError(f"{name} must be 0-65535, got {value}")
        args.append(value)
    return CommandRequest(code, tuple(args))


class OutcomeKind(IntEnum):
    ACCEPTED = 1  # long-running command started; a final outcome follows
    REJECTED = 2  # the controller refused it (reason); nothing moved
    DONE = 3
    FAILED = 4  # started, could not finish (fault)
    UNKNOWN = 5  # no answer in time: it may or may not have been carried out
    REFUSED = 6  # never sent: the link is down


@dataclass(frozen=True)
class CommandOutcome:
    request: CommandRequest
    kind: OutcomeKind
    sequence: int = 0  # 0 when it was never sent
    reason: RejectReason | None = None
    fault: FaultCode | int | None = None
    detail: str = ""  # made from a Phrase: its English here, the Phrase in ``said``
    said: Phrase | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if isinstance(self.detail, Phrase):  # the logs and the journal keep the English
            object.__setattr__(self, "said", self.detail)
            object.__setattr__(self, "detail", self.detail.english())

    def words(self) -> str | Phrase:
        """The detail to show: the Phrase the link gave, which the screens translate."""
        return self.said if self.said is not None else self.detail

    @property
    def final(self) -> bool:
        return self.kind is not OutcomeKind.ACCEPTED

    def line(self) -> str:
        """``OUTCOME seq N [reason]``: one line for a log or a terminal."""
        why = (self.reason.name if self.reason else
               getattr(self.fault, "name", None) or (str(self.fault) if self.fault else "")
               or self.detail)
        return f"{self.kind.name} seq {self.sequence}" + (f" {why}" if why else "")


class CommandHandle:
    """One command's status: it ends once, DONE, REJECTED, FAILED, UNKNOWN or REFUSED.

    A long command passes ACCEPTED on the way. Callers keep the handle that sending
    returned and read ``outcome`` or ``on_update`` it; nobody matches a stream of outcomes
    to requests by hand. The link updates a handle in the thread that sent the command.
    """

    def __init__(self, request: CommandRequest) -> None:
        self.request = request
        self.history: list[CommandOutcome] = []
        self._listeners: list[Callable[[CommandOutcome], None]] = []

    @property
    def done(self) -> bool:
        return bool(self.history) and self.history[-1].final

    @property
    def outcome(self) -> CommandOutcome | None:
        """The final outcome, or None while the command is still under way."""
        return self.history[-1] if self.done else None

    @property
    def accepted(self) -> bool:
        return any(o.kind is OutcomeKind.ACCEPTED for o in self.history)

    @property
    def sequence(self) -> int:
        """The sequence number it went out with (0 until it was sent, or if it never was)."""
        return next((o.sequence for o in reversed(self.history) if o.sequence), 0)

    def on_update(self, listener: Callable[[CommandOutcome], None]) -> None:
        """Call ``listener`` with every outcome from now on (and at once with those so far)."""
        self._listeners.append(listener)
        for outcome in self.history:
            listener(outcome)

    def update(self, outcome: CommandOutcome) -> None:
        """Record what the link learnt (the link's own call); nothing changes once it ended."""
        if self.done:
            raise RuntimeError(f"{self.request.name} already ended {self.history[-1].kind.name}")
        self.history.append(outcome)
        for listener in list(self._listeners):
            listener(outcome)

    def __repr__(self) -> str:
        state = self.history[-1].kind.name if self.history else "QUEUED"
        return f"<CommandHandle {self.request.name} seq {self.sequence} {state}>"


@dataclass(frozen=True)
class CellDetail:
    """Cell voltages (V) and temperatures (°C) of one slot's pack, read on demand."""

    slot: int
    voltages: tuple[float | None, ...]
    temperatures: tuple[float | None, ...]
    taken_at: float
    ok: bool = True
    detail: str = ""
