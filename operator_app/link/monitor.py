"""What the register monitor needs from the link, without Qt: the frames as the line saw them,
the raw words read, and one holding register's write checked against the map before it is sent.

The link worker fills these from its client's ``observer`` (one ``Exchange`` per attempt) and
carries a ``RegisterWrite`` between polls; the screen only shows them. A write is checked here
twice over the same rule: by the screen, to say at once why not, and by the worker, which never
puts on the line a value the map does not document.
"""

from __future__ import annotations

import itertools
import math
import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum, IntFlag

from operator_app.link import registers as R
from operator_app.link import rtu
from operator_app.link.client import Exchange, RtuClient
from operator_app.link.errors import ExceptionReply, LinkError, LinkTimeout, PortUnavailable

MAX_FRAMES = 2000  # frames the screen's log keeps (a request and its answer are two)

# Written by the console's own handshakes, never one register at a time from the monitor:
# the command block only whole (the controller answers exception 02 to anything less), and
# the jog registers (the jog group and any group after it named jog_..., as its target) only
# while a hold-to-run button is held (motion must stop when let go).
def _handshake(key: str) -> bool:
    return key in (R.COMMAND.key, R.JOG.key) or key.startswith(R.JOG.key + "_")


@dataclass(frozen=True)
class FrameRecord:
    """One frame on the line: a request the console sent, or what came back for it."""

    at: float  # wall-clock time (time.time()) it was sent, or its answer read
    direction: str  # "tx" (console to controller) or "rx"
    data: bytes  # empty: nothing came back
    crc_ok: bool | None = None  # rx: whether its CRC holds; None when nothing came
    latency_ms: float | None = None  # rx: from sending the request to reading the answer
    exception: int | None = None  # rx: the Modbus exception code it carries
    problem: str = ""  # rx: what went wrong (a LinkError's counter name: "timeouts", ...)


def frame_records(ex: Exchange, offset: float) -> tuple[FrameRecord, ...]:
    """The request and its answer of one exchange; ``offset`` turns the client's clock into
    wall-clock time. A request that never went out (the port was gone) is not a frame."""
    if ex.sent_at is None:
        return ()
    error = ex.error
    problem = "" if error is None else error.counter
    crc = rtu.crc_ok(ex.answer) if ex.answer else None
    code = error.code if isinstance(error, ExceptionReply) else None
    latency = (ex.done_at - ex.sent_at) * 1000.0 if ex.answer else None
    return (FrameRecord(ex.sent_at + offset, "tx", ex.request, True),
            FrameRecord(ex.done_at + offset, "rx", ex.answer, crc, latency, code, problem))


def read_words(ex: Exchange) -> dict[int, int] | None:
    """The registers a good answer to a read (function 03) carried, by address; else None."""
    request = ex.request
    if ex.error is not None or len(request) != 8 or request[1] != rtu.READ_HOLDING:
        return None
    address, count = struct.unpack(">HH", request[2:6])
    payload = ex.answer[3:-2]
    if len(payload) != 2 * count:
        return None
    return dict(zip(range(address, address + count), struct.unpack(f">{count}H", payload),
                    strict=True))


@dataclass(frozen=True)
class RegisterWords:
    """Raw words the link read in one poll (or at connection), with when; never changed."""

    words: Mapping[int, int]  # address -> 16-bit word (a read-only view)
    at: float  # wall-clock time (time.time()) of the poll


class Refusal(Enum):
    """Why a write was not sent (the screen words each; ``detail`` says it in English)."""

    UNKNOWN_REGISTER = "unknown register"
    READ_ONLY = "read-only"
    HANDSHAKE = "written by the console's handshake only"
    TEXT = "text register"
    NOT_A_NUMBER = "not a number"
    NOT_A_STEP = "not a multiple of the register's scale"
    BELOW_MINIMUM = "below the documented minimum"
    ABOVE_MAXIMUM = "above the documented maximum"
    NOT_A_MEMBER = "not one of the register's values"
    OUT_OF_TYPE = "does not fit the register's type"
    NOT_MAINTENANCE = "the station is not in maintenance mode"
    LINK_DOWN = "the link to the controller is down"


class WriteKind(Enum):
    WRITTEN = "written"  # the controller echoed it
    REFUSED = "refused"  # never sent (``refusal`` says why)
    EXCEPTION = "exception"  # the controller answered with an exception: nothing written
    TIMEOUT = "timeout"  # no answer: it may or may not have been written
    FAILED = "failed"  # a damaged answer or the port went: it may or may not have been written


_ids = itertools.count(1)


@dataclass(frozen=True)
class RegisterWrite:
    """One holding register to write, by its map name, in the register's unit."""

    name: str
    value: float | int
    request_id: int = field(default_factory=lambda: next(_ids))


@dataclass(frozen=True)
class WriteOutcome:
    request: RegisterWrite
    kind: WriteKind
    refusal: Refusal | None = None
    exception: int | None = None  # the Modbus exception code (kind EXCEPTION)
    old: tuple[int, ...] | None = None  # raw words read just before the write (None: unread)
    written: tuple[int, ...] = ()  # raw words sent
    read_back: tuple[int, ...] | None = None  # raw words read just after it (None: unread)
    detail: str = ""  # in English, for the log


@dataclass(frozen=True)
class WriteCheck:
    """A write's value checked against the map: the words to send, or why not."""

    register: R.Register | None
    words: tuple[int, ...] = ()
    refusal: Refusal | None = None

    @property
    def ok(self) -> bool:
        return self.refusal is None


def group_of(reg: R.Register) -> str:
    """The key of the map group a register belongs to ("status", "slots", "cells", ...)."""
    return _GROUP_OF.get(reg.name) or ("slots" if reg.name.startswith("slot_") else "cells")


_GROUP_OF = {r.name: g.key for g in R.FIXED_GROUPS for r in g.registers}


def check_write(rmap: R.RegisterMap, name: str, value: float | int | str) -> WriteCheck:
    """Whether ``value`` (in the register's unit) may be written to register ``name``.

    Only RW registers outside the handshakes, with a value inside the register's type, its
    documented minimum and maximum and, for an enumeration or bit flags, one of its values
    (known bits only), on the register's scale step: nothing else is ever sent."""
    reg = rmap.by_name.get(name)
    if reg is None:
        return WriteCheck(None, refusal=Refusal.UNKNOWN_REGISTER)
    if reg.access is not R.Access.RW:
        return WriteCheck(reg, refusal=Refusal.READ_ONLY)
    if _handshake(group_of(reg)):
        return WriteCheck(reg, refusal=Refusal.HANDSHAKE)
    if reg.type is R.RegType.STR:
        return WriteCheck(reg, refusal=Refusal.TEXT)
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return WriteCheck(reg, refusal=Refusal.NOT_A_NUMBER)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return WriteCheck(reg, refusal=Refusal.NOT_A_NUMBER)
    steps = value / reg.scale
    raw = round(steps)
    if abs(steps - raw) > 1e-6 * max(1.0, abs(steps)):
        return WriteCheck(reg, refusal=Refusal.NOT_A_STEP)
    if reg.minimum is not None and value < reg.minimum - 1e-9:
        return WriteCheck(reg, refusal=Refusal.BELOW_MINIMUM)
    if reg.maximum is not None and value > reg.maximum + 1e-9:
        return WriteCheck(reg, refusal=Refusal.ABOVE_MAXIMUM)
    if reg.enum is not None:
        if issubclass(reg.enum, IntFlag):
            mask = 0
            for m in reg.enum:
                mask |= m.value
            if raw < 0 or raw & ~mask:
                return WriteCheck(reg, refusal=Refusal.NOT_A_MEMBER)
        elif raw not in {m.value for m in reg.enum}:
            return WriteCheck(reg, refusal=Refusal.NOT_A_MEMBER)
    # inside the type, and not a "not available" code the register would read back as none
    # (a RW u16 has none: all its 16 bits are data)
    top = {R.RegType.U16: 0xFFFF, R.RegType.I16: 0x7FFE, R.RegType.U32: 0xFFFFFFFE}[reg.type]
    bottom = -0x8000 if reg.type is R.RegType.I16 else 0
    if not bottom <= raw <= top:
        return WriteCheck(reg, refusal=Refusal.OUT_OF_TYPE)
    if reg.type is R.RegType.U32:
        words = ((raw >> 16) & 0xFFFF, raw & 0xFFFF)
    else:
        words = (raw & 0xFFFF,)
    return WriteCheck(reg, words)


def carry_write(client: RtuClient, request: RegisterWrite, check: WriteCheck
                ) -> tuple[WriteOutcome, PortUnavailable | None]:
    """Read the register, write the checked words, read it again: the outcome, and the
    vanished port to raise once the outcome is told (None when the port is still there).

    The write goes with the client's retries: writing the same value twice is harmless."""
    reg, words = check.register, check.words
    assert reg is not None and check.ok
    old = back = None
    try:
        old = _read(client, reg)
    except PortUnavailable as exc:
        return WriteOutcome(request, WriteKind.REFUSED, Refusal.LINK_DOWN, written=words,
                            detail=f"not sent: {exc}"), exc
    kind, code, detail = WriteKind.WRITTEN, None, ""
    try:
        if len(words) == 1:
            client.write_register(reg.address, words[0])
        else:
            client.write_registers(reg.address, list(words))
    except ExceptionReply as exc:
        kind, code, detail = WriteKind.EXCEPTION, exc.code, str(exc)
    except PortUnavailable as exc:
        return WriteOutcome(request, WriteKind.FAILED, None, None, old, words, None,
                            f"{exc}: it may or may not have been written"), exc
    except LinkTimeout as exc:
        kind, detail = WriteKind.TIMEOUT, f"{exc}: it may or may not have been written"
    except LinkError as exc:
        kind, detail = WriteKind.FAILED, f"{exc}: it may or may not have been written"
    gone = None
    try:
        back = _read(client, reg)
    except PortUnavailable as exc:
        gone = exc
    return WriteOutcome(request, kind, None, code, old, words, back, detail), gone


def _read(client: RtuClient, reg: R.Register) -> tuple[int, ...] | None:
    """``reg``'s raw words now, or None when the read failed (a vanished port raises)."""
    try:
        return tuple(client.read_registers(reg.address, reg.length))
    except PortUnavailable:
        raise
    except LinkError:
        return None
