"""Commands to the controller and what became of them: the typed currency of the link."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from enum import IntEnum

from operator_app.domain.station import CommandCode, FaultCode, RejectReason

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
    detail: str = ""

    @property
    def final(self) -> bool:
        return self.kind is not OutcomeKind.ACCEPTED


@dataclass(frozen=True)
class CellDetail:
    """Cell voltages (V) and temperatures (°C) of one slot's pack, read on demand."""

    slot: int
    voltages: tuple[float | None, ...]
    temperatures: tuple[float | None, ...]
    taken_at: float
    ok: bool = True
    detail: str = ""
