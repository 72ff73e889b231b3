"""The station controller's Modbus register map: the one source of truth.

Everything the console reads from or writes to the controller is declared
here as data. ``resources/register-map.md`` is generated from this module
(``operator-sim --print-register-map``) and a test fails when the committed
file differs, so an integrator can program a PLC from that document alone.

Conventions of the map (repeated in the generated document):

* every register is a 16-bit holding register, read with function 03 and
  written with 06 or 16 (the command block only with one 16 of all ten
  registers); 0-based protocol addresses;
* ``u32`` values take two registers, high word first; strings are ASCII, two
  characters per register, high byte first, padded with NUL;
* ``raw * scale`` gives the value in the register's unit;
* ``0xFFFF`` (``u16``) and ``0x7FFF`` (``i16``) mean "not available", except
  in a counter (``Register.counter``), whose 16 bits are all data;
* a wrapping ``u32`` (``Register.wraps``: the controller clock, the chargers' meters)
  counts up and wraps to 0 after 0xFFFFFFFE; 0xFFFFFFFF stays "not available";
* a register added by a minor version (``Register.since``) is decoded only from a
  controller that reports that version or later: an older one reads 0 there (unused
  addresses read 0), which must never be taken for a value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import IntEnum, IntFlag, StrEnum
from functools import cached_property

from operator_app.domain import station as st
from operator_app.domain.words import Phrase

PROTOCOL_VERSION = (3, 2)
# 3.1 adds the controller clock (run.clock) and the slot chargers' meters
CLOCK_AND_METERS_SINCE = (3, 1)
# 3.2 adds the hold-to-run lease's target, refusal and hold time, and the maintenance counters
JOG_LEASE_SINCE = (3, 2)
IDENTITY_MAGIC = 0x5353  # "SS": swap station
DEFAULT_UNIT = 1
DEFAULT_SLOTS = 8
MAX_READ = 125  # Modbus limit for one read
MAX_WRITE = 123  # Modbus limit for one write-multiple

NA_U16 = 0xFFFF
NA_I16 = 0x7FFF

SLOT_BASE = 1000
SLOT_STRIDE = 40
CELL_BASE = 3000
CELL_VOLTAGE_OFFSET = 10
CELL_TEMPERATURE_OFFSET = 200

# Hold-to-run (maintenance jog), protocol 3.2: the contract's figures, which the simulated
# controller uses and the console keeps to. Times are the controller's own real time.
JOG_REFRESH_S = 0.1  # the console changes jog.keepalive at least this often while held
JOG_LEASE_S = 0.3  # the controller stops when jog.keepalive has not changed for this long
JOG_MAX_S = 30.0  # a hold that ran this long continuously stops (MAX_TIME)
JOG_LIFT_MM_S = 50.0  # jog speeds
JOG_SHUTTLE_MM_S = 250.0
LOCK_MOVE_S = 2.0  # of held time, for one lock head to lock or to unlock
LOCK_TORQUE_NM = st.LOCK_TORQUE_NM  # a lock ends LOCKED only with its torque in this window
LOAD_TOLERANCE = 0.05  # the load cell must read the pack type's mass within +/-5 %
LIFT_CYCLE_MM = 1000.0  # a lift cycle counts: above this height, then back to the lower limit
LIFT_OVERLOAD_KG = 3500.0  # the load cell above this: LIFT_OVERLOAD


class RegType(StrEnum):
    U16 = "u16"
    I16 = "i16"
    U32 = "u32"
    STR = "str"


class Access(StrEnum):
    R = "R"
    RW = "RW"


@dataclass(frozen=True)
class Register:
    """One value in the map: where it is, how it is coded, what it means."""

    name: str
    address: int
    type: RegType
    description: str
    unit: str = ""
    scale: float = 1.0
    access: Access = Access.R
    minimum: float | None = None  # documented range, in the register's unit
    maximum: float | None = None
    enum: type[IntEnum] | type[IntFlag] | None = None
    chars: int = 0  # for STR: bytes, two per register
    encoding: str = "ascii"  # for STR
    # all 16 bits are data: 0xFFFF is a value, not "not available" (sequence numbers,
    # heartbeats, wrapping counts, where 65535 must round-trip)
    counter: bool = False
    # a u32 that counts up and wraps to 0 after 0xFFFFFFFE (0xFFFFFFFF: not available)
    wraps: bool = False
    # the protocol version that added it; an older controller has no such register
    since: tuple[int, int] = (1, 0)

    @cached_property
    def length(self) -> int:
        """Number of 16-bit registers this value occupies."""
        if self.type is RegType.U32:
            return 2
        if self.type is RegType.STR:
            return (self.chars + 1) // 2
        return 1

    @cached_property
    def end(self) -> int:
        return self.address + self.length

    def decode(self, words: Sequence[int]) -> int | float | str | None:
        """Decode raw words (exactly ``length`` of them) to a value; None if not available."""
        return decode_value(self, words)

    def encode(self, value: int | float | str | None) -> list[int]:
        """Encode a value in the register's unit to raw words."""
        return encode_value(self, value)

    @cached_property
    def reader(self):  # -> Callable[[Mapping[int, int]], tuple[value, bool ok]]
        """This register's decoder with its checks, built once (a poll decodes hundreds)."""
        from operator_app.link.decode import compile_reader

        return compile_reader(self)

    def in_range(self, value: float) -> bool:
        if self.minimum is not None and value < self.minimum:
            return False
        return not (self.maximum is not None and value > self.maximum)


def decode_value(reg: Register, words: Sequence[int]) -> int | float | str | None:
    if reg.type is RegType.STR:
        raw = b"".join(w.to_bytes(2, "big") for w in words)
        return raw.split(b"\0", 1)[0].decode(reg.encoding, errors="replace")
    if reg.type is RegType.U32:
        raw = (words[0] << 16) | words[1]
        if raw == 0xFFFFFFFF:
            return None
    elif reg.type is RegType.I16:
        raw = words[0]
        if raw == NA_I16:
            return None
        if raw >= 0x8000:
            raw -= 0x10000
    else:
        raw = words[0]
        if raw == NA_U16 and reg.enum is None and reg.access is Access.R and not reg.counter:
            return None
    if reg.scale == 1.0:
        return raw
    return round(raw * reg.scale, 6)


def encode_value(reg: Register, value: int | float | str | None) -> list[int]:
    if reg.type is RegType.STR:
        data = _truncate(str(value or ""), reg.encoding, reg.chars)
        data = data.ljust(reg.length * 2, b"\0")
        return [int.from_bytes(data[i : i + 2], "big") for i in range(0, len(data), 2)]
    if value is None:
        if reg.counter:
            raise ValueError(f"{reg.name} is a counter: it has no 'not available' value")
        if reg.type is RegType.U32:
            return [0xFFFF, 0xFFFF]
        return [NA_I16 if reg.type is RegType.I16 else NA_U16]
    # to the nearest raw step, as a scaled value is; an integer (an enum, a count) as it is
    raw = round(value / reg.scale) if reg.scale != 1.0 or isinstance(value, float) else \
        int(value)
    if reg.type is RegType.U32:
        # a wrapping count goes on from 0 after 0xFFFFFFFE; anything else stops at the top
        raw = raw % 0xFFFFFFFF if reg.wraps else max(0, min(raw, 0xFFFFFFFE))
        return [(raw >> 16) & 0xFFFF, raw & 0xFFFF]
    if reg.type is RegType.I16:
        raw = max(-0x8000, min(raw, 0x7FFE))
        return [raw & 0xFFFF]
    return [max(0, min(raw, 0xFFFF if reg.counter else 0xFFFE))]


def _truncate(text: str, encoding: str, limit: int) -> bytes:
    """Encode ``text`` in at most ``limit`` bytes without splitting a character."""
    out = b""
    for ch in text:
        b = ch.encode(encoding, errors="replace")
        if len(out) + len(b) > limit:
            break
        out += b
    return out


@dataclass(frozen=True)
class Group:
    """A named run of registers, documented together."""

    key: str
    title: str
    text: str
    registers: tuple[Register, ...]


def _r(name: str, address: int, typ: RegType, description: str, **kw) -> Register:
    return Register(name=name, address=address, type=typ, description=description, **kw)


U16, I16, U32, STR = RegType.U16, RegType.I16, RegType.U32, RegType.STR
RW = Access.RW

IDENTITY = Group(
    "identity",
    "Controller identity",
    "Read once when the link comes up. The console refuses a controller whose magic or "
    "major protocol version differs from its own.",
    (
        _r("identity.magic", 0, U16, "Map identifier, always 0x5353 (\"SS\")"),
        _r("identity.protocol_version", 1, U16, "Protocol version: major * 256 + minor"),
        _r("identity.slot_count", 2, U16, "Rack slots this station has", minimum=1,
           maximum=st.MAX_SLOTS),
        _r("identity.cells_per_pack", 3, U16, "Series cells per pack (cell detail length)"),
        _r("identity.temp_sensors_per_pack", 4, U16, "Temperature sensors per pack"),
        _r("identity.lock_heads", 5, U16, "Lock heads fitted in the bay"),
        _r("identity.serial_number", 6, U32, "Controller serial number"),
        _r("identity.firmware_version", 8, U16, "Controller firmware: major * 256 + minor"),
        _r("identity.max_blocks", 9, U16, "Most pack blocks one vehicle may carry"),
        _r("identity.vendor", 10, STR, "Vendor and model, ASCII", chars=16),
    ),
)

STATUS = Group(
    "status",
    "Station status and heartbeats",
    "The fast block: the console reads 100-214 in one request on every poll.",
    (
        _r("status.controller_heartbeat", 100, U16,
           "Controller heartbeat: +1 every controller cycle (100 ms), wraps at 65535",
           counter=True),
        _r("status.console_heartbeat", 101, U16,
           "Console heartbeat: the console writes a new value on every poll. If it stops "
           "changing for the watchdog time, the controller holds all motion", access=RW,
           counter=True),
        _r("status.mode", 102, U16, "Station mode", enum=st.StationMode),
        _r("status.state", 103, U16, "Station state", enum=st.StationState),
        _r("status.step", 104, U16, "Current sequence step", enum=st.SwapStep),
        _r("status.step_elapsed", 105, U16, "Time spent in the current step", unit="s",
           scale=0.1, minimum=0, maximum=6553.4),
        _r("status.step_expected", 106, U16, "Expected duration of the current step",
           unit="s", scale=0.1, minimum=0, maximum=6553.4),
        _r("status.block_index", 107, U16, "Pack block being swapped (1-based; 0 none)",
           minimum=0, maximum=st.MAX_BLOCKS),
        _r("status.block_count", 108, U16, "Pack blocks in the running swap", minimum=0,
           maximum=st.MAX_BLOCKS),
        _r("status.flags", 109, U16, "Status flags", enum=st.StatusFlag),
        _r("status.swap_result", 110, U16, "Result of the current or last swap",
           enum=st.SwapResult),
        _r("status.swap_fault", 111, U16, "Fault that ended the last swap (0 none)",
           enum=st.FaultCode),
        _r("status.swap_counter", 112, U16, "Swaps completed since power-up (wraps)",
           counter=True),
        _r("status.swap_elapsed", 113, U16, "Time since the running swap started", unit="s",
           minimum=0, maximum=65534),
        _r("status.watchdog_timeout", 114, U16,
           "Console heartbeat watchdog time", unit="s", scale=0.1),
        _r("faults.count", 115, U16, "Number of active fault codes", minimum=0, maximum=8),
        *(
            _r(f"faults.code_{i}", 115 + i, U16, f"Active fault code {i} (0 empty)",
               enum=st.FaultCode)
            for i in range(1, 9)
        ),
    ),
)

COMMAND = Group(
    "command",
    "Command request (written by the console)",
    "Write code, sequence number and the eight arguments in ONE function 16 at address 124 "
    "with count 10 (124-133). Any other write that touches 124-133 (function 06 to any of "
    "them, or a function 16 that starts elsewhere or covers only part of the block) answers "
    "exception 02 and writes nothing. The controller acts when the sequence number differs "
    "from the last one it "
    "answered and the code is not 0; it then clears the code to 0 and fills the response "
    "block. Writing the same sequence number again never re-executes a command, so a "
    "request whose answer was lost may be re-sent safely. Sequence numbers run 1-65535 and "
    "wrap to 1; 0 is never used: a write with sequence 0 (or code 0) is acknowledged and "
    "ignored, executes nothing and leaves the response block as it was.",
    (
        _r("command.code", 124, U16, "Command code", access=RW, enum=st.CommandCode),
        _r("command.sequence", 125, U16, "Sequence number of this request (1-65535)",
           access=RW, minimum=1, maximum=65535, counter=True),
        *(
            _r(f"command.arg_{i}", 125 + i, U16, f"Argument {i} (meaning per command)",
               access=RW)
            for i in range(1, 9)
        ),
    ),
)

RESPONSE = Group(
    "response",
    "Command response (written by the controller)",
    "Always describes the request with the echoed sequence number. A long-running "
    "command (START_SWAP, ABORT_SWAP, HOME_AXES) is ACCEPTED first, then DONE or FAILED "
    "while no later command has replaced it; status.swap_result always tells the swap's "
    "outcome, and response.swap_sequence which START_SWAP it belongs to.",
    (
        _r("response.sequence", 134, U16, "Sequence number of the request answered",
           counter=True),
        _r("response.status", 135, U16, "Outcome", enum=st.CommandStatus),
        _r("response.reason", 136, U16, "Reject reason (status REJECTED)",
           enum=st.RejectReason),
        _r("response.fault", 137, U16, "Fault code (status FAILED)", enum=st.FaultCode),
        _r("response.command", 138, U16, "Code of the command answered",
           enum=st.CommandCode),
        _r("response.swap_sequence", 139, U16,
           "Sequence number of the START_SWAP whose swap status.swap_result and "
           "status.swap_fault describe; 0 when that swap was started at the bay's local start "
           "button, or no swap since power-up", counter=True),
    ),
)

BAY = Group(
    "bay",
    "Bay and vehicle positioning",
    "Offsets are the vehicle's position relative to the target: longitudinal positive = "
    "too far forward, lateral positive = too far right (driver's view). Tolerance is "
    "+/-50 mm longitudinal and +/-25 mm lateral.",
    (
        _r("bay.vehicle_present", 140, U16, "1 when a vehicle is in the bay", minimum=0,
           maximum=1),
        _r("bay.longitudinal_offset", 141, I16, "Longitudinal offset from target",
           unit="mm", minimum=-5000, maximum=5000),
        _r("bay.lateral_offset", 142, I16, "Lateral offset from target", unit="mm",
           minimum=-1000, maximum=1000),
        _r("bay.positioning_result", 143, U16, "Positioning result",
           enum=st.PositioningResult),
        _r("bay.positioning_retries", 144, U16, "Positioning attempts that failed so far"),
        _r("bay.positioning_reason", 145, U16, "Why the last attempt was out of tolerance",
           enum=st.PositioningReason),
        _r("bay.vehicle_hv_off", 146, U16, "1 when the vehicle's HV is confirmed off",
           minimum=0, maximum=1),
        _r("bay.parking_brake", 147, U16, "1 when the parking brake is confirmed", minimum=0,
           maximum=1),
        _r("bay.blocks_detected", 148, U16, "Pack blocks the bay sensors see on the vehicle",
           minimum=0, maximum=st.MAX_BLOCKS),
        _r("bay.pack_type_detected", 149, U16, "Pack type seen on the vehicle",
           enum=st.PackType),
        _r("bay.plate", 150, STR, "Plate read by the bay camera, when one is fitted (UTF-8, "
           "up to 24 bytes: Thai and Chinese plates fit)", chars=24, encoding="utf-8"),
    ),
)

LIFT_SHUTTLE = Group(
    "lift",
    "Lift and shuttle",
    "The lift raises and lowers packs at the bay; the shuttle (RGV) carries them between "
    "the bay (position 0) and the rack.",
    (
        _r("lift.height", 162, U16, "Lift height above its lower limit", unit="mm",
           minimum=0, maximum=2500),
        _r("lift.load", 163, U16,
           "Load cell reading. Whenever the lift takes a pack (REMOVE, INSTALL) the controller "
           f"checks it against the pack type's mass within +/-{LOAD_TOLERANCE * 100:g} % ("
           + ", ".join(f"{t.name} {kg:g} kg" for t, kg in st.PACK_MASS_KG.items())
           + f"): outside, the swap fails LOAD_MISMATCH (119); above {LIFT_OVERLOAD_KG:g} kg "
           "it fails LIFT_OVERLOAD (102) and flag OVERLOAD is set", unit="kg", minimum=0,
           maximum=6000),
        _r("lift.motion", 164, I16, "Lift motion: -1 down, 0 still, 1 up", minimum=-1,
           maximum=1),
        _r("lift.limits", 165, U16, "Lift limit switches", enum=st.LiftLimit),
        _r("shuttle.position", 166, U16, "Shuttle position along its track from the bay",
           unit="mm", minimum=0, maximum=60000),
        _r("shuttle.location", 167, U16,
           "Where the shuttle stands: 0 bay, n rack slot n, 0xFFFF between stops"),
        _r("shuttle.carrying", 168, U16, "1 when the shuttle carries a pack", minimum=0,
           maximum=1),
        _r("shuttle.motion", 169, I16, "Shuttle motion: -1 toward bay, 0 still, 1 toward rack",
           minimum=-1, maximum=1),
        _r("shuttle.aligned", 170, U16, "1 when aligned with the stop it stands at",
           minimum=0, maximum=1),
    ),
)

LOCKS = Group(
    "locks",
    "Lock heads",
    f"{st.LOCK_HEADS} lock heads, {st.LOCKS_PER_BLOCK} per pack block: heads 1-4 hold "
    f"block 1, 5-8 block 2, 9-12 block 3. Locking torque window {LOCK_TORQUE_NM[0]:g}-"
    f"{LOCK_TORQUE_NM[1]:g} Nm: the controller checks every head's final torque at the end of "
    "every lock (the swap's LOCK step, a maintenance LOCK_HEAD move). A head whose torque "
    "ends outside the window reads FAULT with that torque, the swap fails LOCK_TORQUE_LOW "
    "(120), and fault 120 stays active until that head has been locked again within the "
    "window (it reads FAULT, then UNLOCKED or MOVING on the way): RESET_FAULTS does not clear "
    "it, START_SWAP is REJECTED FAULT_ACTIVE, and the controller's recovery does not re-lock "
    "that head. "
    "A technician re-locks it in MAINTENANCE mode (LOCK_HEAD: unlock, then lock); ending in "
    "the window, the head reads LOCKED, and RESET_FAULTS then clears the latched fault.",
    tuple(
        reg
        for i in range(1, st.LOCK_HEADS + 1)
        for reg in (
            _r(f"lock_{i}.state", 169 + 2 * i, U16, f"Lock head {i} state",
               enum=st.LockState),
            _r(f"lock_{i}.torque", 170 + 2 * i, U16, f"Lock head {i} last torque",
               unit="Nm", scale=0.1, minimum=0, maximum=500),
        )
    ),
)

SAFETY = Group(
    "safety",
    "Safety circuit",
    "Read-only images of the hard-wired safety circuit. An E-stop stays latched until it is "
    "reset at the cabinet (physical reset) and then confirmed with RESET_FAULTS.",
    (
        _r("safety.estop_latched", 195, U16, "1 while the E-stop circuit is latched",
           minimum=0, maximum=1),
        _r("safety.light_curtain", 196, U16, "1 while the bay light curtain is interrupted",
           minimum=0, maximum=1),
        _r("safety.doors", 197, U16,
           "Open doors. While a door is open fault DOOR_OPEN (115) is active: START_SWAP is "
           "REJECTED FAULT_ACTIVE, a swap in a motion step (UNLOCK to LOCK) stops and fails "
           "DOOR_OPEN, a jog is refused DOOR_OPEN. Once the doors are closed RESET_FAULTS "
           "clears a swap's latched DOOR_OPEN", enum=st.DoorFlag),
        _r("safety.reset_required", 198, U16,
           "1 while a confirmation (RESET_FAULTS) is needed before motion", minimum=0,
           maximum=1),
    ),
)

JOG = Group(
    "jog",
    "Maintenance jog (hold-to-run)",
    "Only in MAINTENANCE mode, and only while a person holds the button: the motion is a "
    "lease. While the button is held the console writes axis, direction (and before it the "
    f"target, 206) and changes `jog.keepalive`, the lease counter, at least every "
    f"{JOG_REFRESH_S * 1000:g} ms. The controller stops the motion when the counter has not "
    f"changed for {JOG_LEASE_S * 1000:g} ms on its own clock (the lease ran out: refusal "
    "LEASE_EXPIRED), or as soon as the direction returns to 0. Selecting an axis never starts "
    "motion by itself. The target, the refusal and the hold time are at 206-208 (after "
    "`run.*`): the rules are below.",
    (
        _r("jog.axis", 200, U16, "Axis (or move) to run", access=RW, enum=st.LiftAxis),
        _r("jog.direction", 201, I16, "-1, 0 (stop) or 1; what it means per axis below",
           access=RW, minimum=-1, maximum=1),
        _r("jog.keepalive", 202, U16,
           "The lease counter: a new value at least every 0.1 s while the button is held",
           access=RW, counter=True),
    ),
)

JOG_RULES: tuple[str, ...] = (
    "The moves (`jog.axis`, `jog.direction`, `jog.target`):",
    "",
    f"- LIFT (1): -1 down, 1 up, at {JOG_LIFT_MM_S:g} mm/s, between the lower limit and "
    "2200 mm; only with the shuttle standing at a stop (the bay or a slot, within 5 mm), else "
    "SHUTTLE_NOT_AT_STOP.",
    f"- SHUTTLE (2): -1 toward the bay, 1 toward the rack, at {JOG_SHUTTLE_MM_S:g} mm/s; only "
    "with the lift at its lower limit, else LIFT_NOT_DOWN.",
    "- SHUTTLE_TO_SLOT (3): target 1-n (a rack slot) or 0 (the bay); direction 1 runs the "
    "shuttle toward the target at the shuttle's jog speed and stops there, aligned "
    "(`shuttle.aligned` 1); the lift at its lower limit, as for SHUTTLE.",
    f"- LOCK_HEAD (4): target 1-{st.LOCK_HEADS} (a lock head; 0 is BAD_TARGET); direction 1 "
    f"locks, -1 unlocks; one move takes {LOCK_MOVE_S:g} s of held time (the head reads MOVING, "
    "and stays MOVING where a release left it; holding again goes on from there). A lock ends "
    f"LOCKED with its torque in the window ({LOCK_TORQUE_NM[0]:g}-{LOCK_TORQUE_NM[1]:g} Nm), "
    "else FAULT with refusal LOCK_TORQUE_LOW and fault 120 (see Lock heads); an unlock ends "
    "UNLOCKED, torque 0. A head in FAULT unlocks; a locked one locks no further (AT_LIMIT). "
    "An unlock with a vehicle in the bay needs its HV off and parking brake confirmed "
    "(`bay.vehicle_hv_off`, `bay.parking_brake`; in MAINTENANCE mode the controller asks the "
    "vehicle for both), else VEHICLE_NOT_SAFE.",
    "- HOME (5): direction 1 runs the lift down to its lower limit, then the shuttle to the "
    "bay, at the jog speeds, while held; the homing is done when both stand at zero (then "
    "AT_LIMIT). The console homes with this axis; the command HOME_AXES (7) still works as "
    "before, for a console of an older protocol.",
    "- For LIFT, SHUTTLE and HOME `jog.target` is ignored; -1 with SHUTTLE_TO_SLOT or HOME, "
    "like any direction outside -1..1, an unknown axis or a target out of range for the "
    "axis (0-n for SHUTTLE_TO_SLOT, 0-12 for LOCK_HEAD, checked against the axis and target "
    "the registers hold after the write), answers exception 03 and writes nothing. The "
    "target is at 206 and axis, direction and counter at 200-202, with `run.*` between: "
    "write the target first, with the axis NONE (or one it fits), then 200-202 in one "
    "function 16.",
    "",
    "The lease and its stops:",
    "",
    "- A hold starts when the direction changes from 0 to -1 or 1; the lease runs from the "
    "later of that write and the last change of `jog.keepalive`. The controller stops the "
    f"motion at most {JOG_LEASE_S * 1000:g} ms after the last change, measured on its own "
    "clock (a simulator's time scale does not apply: jog speeds, the lease and the maximum "
    "hold time are real time).",
    "- A lease that ran out (LEASE_EXPIRED) and a hold that ran "
    f"{JOG_MAX_S:g} s continuously (MAX_TIME) stop the motion until the direction returns to "
    "0: a counter that starts changing again never restarts the motion by itself (an "
    "unexpected start-up, IEC 60204-1). A new hold writes direction 0, then the direction.",
    "- `jog.refusal` tells why the requested move (direction not 0) does not run now, the "
    "first that applies in the order of the JogRefusal table; NONE while it runs, and while "
    "the direction is 0 (but LOCK_TORQUE_LOW stays after the lock that ended so until the "
    "next hold). Nothing moves while it is not NONE. The console sends a hold in any mode: "
    "outside MAINTENANCE the controller refuses it (NOT_MAINTENANCE) and says so here.",
    "- `jog.elapsed` is the time the current hold has moved its axis (the last hold's after it "
    "ended; 0 again when a new one starts).",
    "- An E-stop, a watchdog hold, a door opened, a mode change and a controller restart stop "
    "the motion too; the E-stop and the mode change also set the direction to 0.",
)

RUN = Group(
    "run",
    "Controller run",
    "Tells the console that the controller restarted, even when the restart was too quick "
    "for the link to be lost, and how long it has been running: the console counts a "
    "charge's time on `run.clock`, not on its own clock, so a controller whose clock runs "
    "at another rate (a simulator at a time scale) is counted right.",
    (
        _r("run.id", 203, U16,
           "Program run id: a value the controller picks at each power-up, 1-65535, never the "
           "value of the run before. A change tells the console the controller restarted (a "
           "retentive power-up counter serves).", minimum=1, maximum=65535, counter=True),
        _r("run.clock", 204, U32,
           "Controller clock: time since this power-up, counted by the controller (a "
           "simulator counts its simulated time); 0 at power-up, wraps to 0 after "
           "0xFFFFFFFE (13.6 years)", unit="s", scale=0.1, minimum=0, wraps=True,
           since=CLOCK_AND_METERS_SINCE),
    ),
)

JOG_STATE = Group(
    "jog_state",
    "Maintenance jog: target, refusal and hold time",
    "The hold-to-run registers 3.2 added, after `run.*` (see Maintenance jog).",
    (
        _r("jog.target", 206, U16,
           "Target of the move: slot 1-n (0 the bay) for SHUTTLE_TO_SLOT, lock head 1-12 for "
           "LOCK_HEAD; ignored by the other axes", access=RW, minimum=0, maximum=st.MAX_SLOTS,
           since=JOG_LEASE_SINCE),
        _r("jog.refusal", 207, U16, "Why the requested move does not run now (NONE: it runs)",
           enum=st.JogRefusal, since=JOG_LEASE_SINCE),
        _r("jog.elapsed", 208, U16, "How long the current hold has moved its axis", unit="s",
           scale=0.1, minimum=0, maximum=6553.4, since=JOG_LEASE_SINCE),
    ),
)

MAINT = Group(
    "maint",
    "Maintenance counters",
    "For preventive maintenance: retentive (a controller restart keeps them; they count from "
    "commissioning), counting swap motion and jog motion alike. They stop at 0xFFFFFFFE.",
    (
        _r("maint.lift_cycles", 209, U32,
           f"Full lift cycles: up above {LIFT_CYCLE_MM:g} mm, then back to the lower limit",
           minimum=0, since=JOG_LEASE_SINCE),
        _r("maint.lock_cycles", 211, U32,
           "Lock and unlock operations of all lock heads: one per head for each lock or unlock "
           "it completed", minimum=0, since=JOG_LEASE_SINCE),
        _r("maint.shuttle_travel", 213, U32, "Distance the shuttle has travelled, whole metres",
           unit="m", minimum=0, since=JOG_LEASE_SINCE),
    ),
)

FIXED_GROUPS: tuple[Group, ...] = (
    IDENTITY, STATUS, COMMAND, RESPONSE, BAY, LIFT_SHUTTLE, LOCKS, SAFETY, JOG, RUN, JOG_STATE,
    MAINT,
)

# The fast block read on every poll.
FAST_BLOCK = (100, 115)  # (start, count): status ... maint (100-214)
IDENTITY_BLOCK = (0, 18)


@dataclass(frozen=True)
class SlotField:
    """One value of the per-slot template; its address is slot_base(n) + offset."""

    key: str
    offset: int
    type: RegType
    description: str
    unit: str = ""
    scale: float = 1.0
    minimum: float | None = None
    maximum: float | None = None
    enum: type[IntEnum] | type[IntFlag] | None = None
    chars: int = 0
    wraps: bool = False
    since: tuple[int, int] = (1, 0)

    def at(self, slot: int) -> Register:
        return Register(
            name=f"slot_{slot}.{self.key}", address=slot_base(slot) + self.offset,
            type=self.type, description=self.description, unit=self.unit, scale=self.scale,
            minimum=self.minimum, maximum=self.maximum, enum=self.enum, chars=self.chars,
            wraps=self.wraps, since=self.since,
        )


SLOT_FIELDS: tuple[SlotField, ...] = (
    SlotField("occupied", 0, U16, "1 when a pack sits in the slot", minimum=0, maximum=1),
    SlotField("pack_code", 1, STR, "Pack code (GB/T 34014, 24 characters)",
              chars=st.PACK_CODE_LENGTH),
    SlotField("pack_type", 13, U16, "Pack type", enum=st.PackType),
    SlotField("soc", 14, U16, "State of charge", unit="%", scale=0.1, minimum=0, maximum=100),
    SlotField("soh", 15, U16, "State of health", unit="%", scale=0.1, minimum=0, maximum=100),
    SlotField("voltage", 16, U16, "Pack voltage", unit="V", scale=0.1, minimum=0,
              maximum=1000),
    SlotField("current", 17, I16, "Pack current, positive when charging", unit="A", scale=0.1,
              minimum=-1500, maximum=1500),
    SlotField("cell_min_voltage", 18, U16, "Lowest cell voltage", unit="V", scale=0.001,
              minimum=0, maximum=5),
    SlotField("cell_min_index", 19, U16, "Cell with the lowest voltage (1-based)"),
    SlotField("cell_max_voltage", 20, U16, "Highest cell voltage", unit="V", scale=0.001,
              minimum=0, maximum=5),
    SlotField("cell_max_index", 21, U16, "Cell with the highest voltage (1-based)"),
    SlotField("temp_min", 22, I16, "Lowest pack temperature", unit="°C", scale=0.1,
              minimum=-40, maximum=120),
    SlotField("temp_max", 23, I16, "Highest pack temperature", unit="°C", scale=0.1,
              minimum=-40, maximum=120),
    SlotField("insulation", 24, U16, "Insulation resistance (65534 = above range)",
              unit="kΩ", minimum=0, maximum=65534),
    SlotField("cycles", 25, U16, "Equivalent full cycles"),
    SlotField("charger_state", 26, U16, "Slot charger state", enum=st.ChargerState),
    SlotField("charger_power", 27, U16, "Charger power", unit="kW", scale=0.1, minimum=0,
              maximum=1000),
    SlotField("alarm_level", 28, U16, "Highest GB/T 32960 alarm level (0-3)", minimum=0,
              maximum=3),
    SlotField("alarm_flags", 29, U32, "GB/T 32960.3 alarm flags", enum=st.AlarmFlag),
    SlotField("capacity", 31, U16, "Rated energy", unit="kWh", scale=0.1, minimum=0,
              maximum=1000),
    SlotField("state", 32, U16, "Slot state", enum=st.SlotState),
    SlotField("time_to_full", 33, U16, "Estimated time to full charge (0xFFFF unknown)",
              unit="min"),
    # the slot charger's own meters, counted from power-up and never reset otherwise (not
    # at a pack change): the console measures a pack's capacity from their differences
    SlotField("meter_ah", 34, U32,
              "Charger charge meter: charge the slot's charger has put into packs since "
              "power-up, read also with the slot empty; wraps to 0 after 0xFFFFFFFE "
              "(42 949 672.94 Ah); 0xFFFFFFFF when the charger has no meter", unit="Ah",
              scale=0.01, minimum=0, wraps=True, since=CLOCK_AND_METERS_SINCE),
    SlotField("meter_kwh", 36, U32,
              "Charger energy meter: energy the slot's charger has put into packs since "
              "power-up, read also with the slot empty; wraps to 0 after 0xFFFFFFFE "
              "(4 294 967.294 kWh); 0xFFFFFFFF when the charger has no meter", unit="kWh",
              scale=0.001, minimum=0, wraps=True, since=CLOCK_AND_METERS_SINCE),
)

CELL_DETAIL_TEXT = (
    "Cell detail on demand: write a slot number to 3000, wait until 3001 reads the same "
    "slot, then read the cell voltages and temperatures. Values of sensors a pack does not "
    "have read 0xFFFF / 0x7FFF."
)


def slot_base(slot: int) -> int:
    """First register of rack slot ``slot`` (1-based)."""
    return SLOT_BASE + SLOT_STRIDE * (slot - 1)


CELL_SELECT = _r("cells.select_slot", CELL_BASE, U16, "Slot whose cells to show",
                 access=RW, minimum=0, maximum=st.MAX_SLOTS)
CELL_SLOT = _r("cells.slot", CELL_BASE + 1, U16, "Slot whose cells are shown now (0 none)")
CELL_COUNT = _r("cells.count", CELL_BASE + 2, U16, "Cell voltages available")
CELL_TEMP_COUNT = _r("cells.temp_count", CELL_BASE + 3, U16, "Temperatures available")


def cell_voltage(i: int) -> Register:
    return _r(f"cells.voltage_{i}", CELL_BASE + CELL_VOLTAGE_OFFSET + i - 1, U16,
              f"Cell {i} voltage", unit="V", scale=0.001)


def cell_temperature(i: int) -> Register:
    return _r(f"cells.temperature_{i}", CELL_BASE + CELL_TEMPERATURE_OFFSET + i - 1, I16,
              f"Temperature sensor {i}", unit="°C", scale=0.1)


CELL_VOLTAGES_ADDRESS = CELL_BASE + CELL_VOLTAGE_OFFSET
CELL_TEMPERATURES_ADDRESS = CELL_BASE + CELL_TEMPERATURE_OFFSET


@dataclass
class RegisterMap:
    """The whole map for a station of ``slots`` rack slots."""

    slots: int = DEFAULT_SLOTS
    # the controller's protocol version: registers added later than it are not decoded
    protocol: tuple[int, int] = PROTOCOL_VERSION
    by_name: dict[str, Register] = field(init=False, repr=False)
    writable: frozenset[int] = field(init=False, repr=False)
    readable_end: int = field(init=False)

    slot_registers: dict[int, tuple[Register, ...]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if not 1 <= self.slots <= st.MAX_SLOTS:
            raise ValueError(f"slots must be 1-{st.MAX_SLOTS}, got {self.slots}")
        # built once: decoding a poll looks every slot register up
        self.slot_registers = {n: tuple(f.at(n) for f in SLOT_FIELDS)
                               for n in range(1, self.slots + 1)}
        self.by_name = {r.name: r for r in self.all_registers()}
        self.writable = frozenset(
            a for r in self.by_name.values() if r.access is Access.RW
            for a in range(r.address, r.end)
        )
        self.readable_end = CELL_TEMPERATURES_ADDRESS + st.TEMP_SENSORS_PER_PACK

    def all_registers(self) -> Iterator[Register]:
        for group in FIXED_GROUPS:
            yield from group.registers
        for n in range(1, self.slots + 1):
            yield from self.slot_registers[n]
        yield from (CELL_SELECT, CELL_SLOT, CELL_COUNT, CELL_TEMP_COUNT)
        for i in range(1, st.CELLS_PER_PACK + 1):
            yield cell_voltage(i)
        for i in range(1, st.TEMP_SENSORS_PER_PACK + 1):
            yield cell_temperature(i)

    def __getitem__(self, name: str) -> Register:
        return self.by_name[name]

    def has(self, reg: Register | SlotField) -> bool:
        """True when the controller's protocol has ``reg`` (an older one reads 0 there)."""
        return tuple(self.protocol[:2]) >= reg.since

    def readable(self, address: int, count: int) -> bool:
        """True when ``count`` registers from ``address`` lie inside a readable area."""
        end = address + count
        areas = (
            (0, 300),
            (SLOT_BASE, slot_base(self.slots + 1)),
            (CELL_BASE, self.readable_end),
        )
        return any(lo <= address and end <= hi for lo, hi in areas)

    def slot_block(self) -> tuple[int, int]:
        """(start, count) of every slot's registers, contiguous."""
        return SLOT_BASE, SLOT_STRIDE * self.slots


def plan_reads(start: int, count: int, limit: int = MAX_READ) -> list[tuple[int, int]]:
    """Split one contiguous range into the fewest reads the Modbus limit allows."""
    reads = []
    while count > 0:
        n = min(count, limit)
        reads.append((start, n))
        start += n
        count -= n
    return reads


# --- the generated document -------------------------------------------------------------


def _fmt_num(v: float | None) -> str:
    if v is None:
        return ""
    return f"{v:g}"


def _range(reg: Register | SlotField) -> str:
    if reg.minimum is None and reg.maximum is None:
        return ""
    return f"{_fmt_num(reg.minimum)}..{_fmt_num(reg.maximum)}"


def _enum_ref(e: type[IntEnum] | type[IntFlag] | None) -> str:
    return f"[{e.__name__}](#{e.__name__.lower()})" if e else ""


def _row(cells: Iterable[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def _enums_used() -> list[type[IntEnum] | type[IntFlag]]:
    seen: dict[str, type[IntEnum] | type[IntFlag]] = {}
    regs: list[Register | SlotField] = [r for g in FIXED_GROUPS for r in g.registers]
    regs += list(SLOT_FIELDS)
    for r in regs:
        if r.enum is not None:
            seen.setdefault(r.enum.__name__, r.enum)
    for extra in (st.RejectReason, st.FaultCode, st.CommandCode):
        seen.setdefault(extra.__name__, extra)
    return list(seen.values())


# What each command does, for the handshake table; its arguments' names are
# st.COMMAND_ARGS (arg_1 on), the ones answering ACCEPTED first st.LONG_COMMANDS.
COMMAND_TEXTS: dict[st.CommandCode, str] = {
    st.CommandCode.START_SWAP: (
        "blocks: 1-3, must equal bay.blocks_detected; in_slot_b: slot of the charged pack for "
        "block b; out_slot_b: slot for block b's depleted pack (0 = the controller takes the "
        "lowest free slot). Slots beyond `blocks` are ignored. Needs state READY. ACCEPTED, "
        "then DONE when the vehicle may leave or FAILED with the fault."
    ),
    st.CommandCode.ABORT_SWAP: (
        "The controller brings the running step to a safe stop; the swap ends with result "
        "ABORTED. ACCEPTED, then DONE as soon as the swap has stopped, whatever its result "
        "(also when it completes or fails while the abort is pending). During a watchdog hold "
        "motion already stands still: the swap ends in the next controller cycle and no hold "
        "is left to resume."
    ),
    st.CommandCode.RESET_FAULTS: (
        "Clears faults whose cause is gone and confirms an E-stop reset (after the physical "
        "reset at the cabinet). DONE at once."
    ),
    st.CommandCode.SET_MODE: (
        "mode: a StationMode value. Not while a swap runs. Selecting MAINTENANCE never starts "
        "motion. DONE at once."
    ),
    st.CommandCode.CHARGER_ENABLE: (
        "slot: 1-n; enable: 1 = enable, 0 = disable. Disabling takes the charger out of "
        "service, a faulted one too: `slot_n.charger_state` and `slot_n.state` read DISABLED "
        "and its fault no longer counts as CHARGER_FAULT. Enabling a disabled charger brings "
        "it back IDLE with its fault cleared (it faults again while the cause remains, e.g. "
        "low insulation). A slot whose charger is disabled is no source for START_SWAP. DONE "
        "at once."
    ),
    st.CommandCode.RETRY_POSITIONING: (
        "After positioning FAILED, lets the driver try again. DONE at once."
    ),
    st.CommandCode.HOME_AXES: (
        "MAINTENANCE mode only. Lift to its lower limit, shuttle to the bay. ACCEPTED, then "
        "DONE; FAILED with fault ESTOP when the E-stop is pressed while homing. A watchdog "
        "hold stops it until RESUME. Kept for consoles of protocol 3.1 and older: a 3.2 "
        "console homes with the hold-to-run axis HOME (jog.axis 5), which moves only while a "
        "person holds the button."
    ),
    st.CommandCode.RESUME: (
        "Ends a latched watchdog hold: motion continues where it stopped. The console sends it "
        "only after an operator confirmed the bay is clear. REJECTED HELD while the console "
        "heartbeat is still not changing, NOT_HELD when no hold is latched. DONE at once."
    ),
}

CHANGES_FROM_1_0 = (
    "2.0 changes the command block's write rule, so the major version changes and a 1.0 "
    "console refuses a 2.0 controller. The command block 124-133 is written only as one "
    "function 16 of all ten registers; any other write touching it answers exception 02 (1.0 "
    "answered such writes and dropped the command). New registers `response.swap_sequence` "
    "(139) and `run.id` (203); the fast block is 100-203. Counters (type `u16 counter`) use "
    "all 16 bits: 0xFFFF is a value (1.0 stopped them at 65534 and read 0xFFFF as \"not "
    "available\"). Function 04 answers exception 01 (1.0 answered it like 03). A request "
    "whose CRC is good but whose length or byte count is wrong answers exception 03 (1.0 did "
    "not answer). ABORT_SWAP ends DONE whenever the swap stops (1.0 left it ACCEPTED when "
    "the swap completed or failed first)."
)

CHANGES_FROM_3_1 = (
    "3.2 adds registers and enum values and renumbers none, so the major version stays and a "
    "3.2 console works with a 3.1 controller (it decodes the new registers as not available; "
    "such a controller has no lease axes). Hold-to-run becomes a lease: `jog.keepalive` is "
    "the lease counter, changed at least every 100 ms while the button is held, and the "
    "controller stops when it has not changed for 300 ms (3.1: 0.5 s). A lease that ran out "
    "or a hold at the maximum time (30 s) stops until the direction returns to 0 (3.1 moved "
    "again when the counter changed again). Jog speeds: lift 50 mm/s, shuttle 250 mm/s. New "
    "LiftAxis values SHUTTLE_TO_SLOT (3), LOCK_HEAD (4) and HOME (5); new registers "
    "`jog.target` (206, RW), `jog.refusal` (207, new enum JogRefusal) and `jog.elapsed` "
    "(208, 0.1 s), and the retentive maintenance counters `maint.lift_cycles` (209-210), "
    "`maint.lock_cycles` (211-212) and `maint.shuttle_travel` (213-214, m). The fast block "
    "is 100-214. The interlocks are checked, not assumed: PREPARATION waits for the vehicle "
    "to confirm HV off and parking brake and fails VEHICLE_HV_ON (117) or PARKING_BRAKE_OFF "
    "(118) without them, and both are checked again before every unlock; the load cell is "
    "checked against the pack type's mass at every lift of a pack (LOAD_MISMATCH, 119); every "
    "lock head's final torque against the 180-250 Nm window (LOCK_TORQUE_LOW, 120); the doors "
    "(`safety.doors`) are real: an open door is fault DOOR_OPEN (115), rejects START_SWAP "
    "and stops a swap's motion (3.1 always read them closed)."
)

CHANGES_FROM_3_0 = (
    "3.1 adds registers and changes none, so the major version stays and a 3.1 console "
    "works with a 3.0 controller (it decodes the new registers as not available). New: "
    "`run.clock` (204-205), the controller's time since power-up in 0.1 s, which the "
    "console counts a charge's time on; per slot the charger's meters `meter_ah` (offsets "
    "34-35, 0.01 Ah) and `meter_kwh` (36-37, 0.001 kWh): charge and energy the slot's "
    "charger put into packs since power-up, never reset otherwise, so that the console "
    "measures each pack's capacity from its charges instead of copying the BMS's state "
    "of health. The fast block is 100-205. New type `u32 wrapping`."
)

CHANGES_FROM_2_0 = (
    "3.0 changes the watchdog hold, so the major version changes and a 2.0 console refuses "
    "a 3.0 controller (a 2.0 console never sends RESUME and would leave the station HELD for "
    "ever). A hold while a swap runs or in MAINTENANCE mode now latches: when the console "
    "heartbeat changes again, state HELD, flag WATCHDOG_HOLD and fault 109 WATCHDOG stay and "
    "the step timers stay stopped until the new command RESUME (code 8; 2.0 resumed by "
    "itself). New reject reason NOT_HELD (15). ABORT_SWAP during a hold ends the swap at once "
    "with result ABORTED (2.0 waited until the held step ended). Homing and jog stop during "
    "a hold, and homing ends FAILED with fault ESTOP on an E-stop (2.0 let both run on). "
    "START_SWAP answers PACK_NOT_AVAILABLE for a source slot whose charger is disabled (2.0 "
    "took the pack). CHARGER_ENABLE with enable 0 takes a faulted charger out of service at "
    "once (DISABLED, no longer an active CHARGER_FAULT) and enable 1 brings it back IDLE with "
    "the fault cleared (2.0 kept the fault pending: re-enabled, the charger faulted again)."
)

COMMAND_CHECKS: tuple[str, ...] = (
    "1. The code is known, else UNKNOWN_COMMAND.",
    "2. E-stop latched (`safety.estop_latched`): ESTOP_LATCHED. RESET_FAULTS is the "
    "exception: REJECTED with RESET_REQUIRED_FIRST while the E-stop is latched, until the "
    "physical reset at the cabinet.",
    "3. Watchdog hold (flag WATCHDOG_HOLD: a live hold, or a latched one waiting for "
    "RESUME): HELD, for every command but ABORT_SWAP, RESET_FAULTS and RESUME.",
    "4. The command's own checks. START_SWAP, in this order:",
    "    1. mode AUTOMATIC, else WRONG_MODE;",
    "    2. no swap running, else BUSY;",
    "    3. no active fault (`faults.count` 0; this counts a slot's charger fault, low "
    "insulation of a pack in a slot whose charger is enabled (disabling the slot isolates "
    "it), an E-stop reset not yet confirmed, an open door and a lock head not yet locked "
    "again after it ended below the torque window), else FAULT_ACTIVE;",
    "    4. state READY and a vehicle in the bay, else NOT_READY;",
    "    5. `blocks` (arg_1) 1-`identity.max_blocks`, else BAD_ARGUMENT;",
    "    6. `blocks` = `bay.blocks_detected`, else BLOCK_MISMATCH;",
    "    7. the first `blocks` source slots each 1-`identity.slot_count` and all different, "
    "and the first `blocks` destination slots each 0-`identity.slot_count`, else "
    "BAD_ARGUMENT;",
    "    8. every source slot holds a pack, else SLOT_EMPTY;",
    "    9. every source pack is of `bay.pack_type_detected`, its charger enabled (not "
    "DISABLED) and not FAULT, and its slot not reserved (IN_SWAP), else PACK_NOT_AVAILABLE;",
    "    10. block by block, a block that carries a pack gets a free destination (no pack, "
    "not reserved; the source slot of an earlier block counts as free): the slot given, or "
    "with 0 the lowest free slot; none, else SLOT_OCCUPIED.",
    "",
    "   ABORT_SWAP needs a running swap (NOTHING_TO_ABORT); during a hold, live or latched, "
    "it is ACCEPTED and ends the swap at once (see Heartbeats and watchdog). SET_MODE needs "
    "a StationMode value (BAD_ARGUMENT) and no swap (BUSY). CHARGER_ENABLE needs slot 1-n "
    "and enable 0 or 1 (BAD_ARGUMENT). RETRY_POSITIONING needs a vehicle whose positioning "
    "FAILED (NOT_READY). HOME_AXES needs MAINTENANCE mode (WRONG_MODE). RESUME needs the "
    "console heartbeat changing again (HELD while the hold is still live), then a latched "
    "hold (NOT_HELD).",
    "",
    "A rejected command moves nothing. \"Charged pack\" is the console's choice, not a "
    "controller check: the controller does not read the source pack's SoC (it checks "
    "presence, type, charger enabled and not faulted, slot not reserved). The console "
    "chooses only packs at or above its minimum SoC (`SelectionRules.ready_soc`, default "
    "90 %) that also pass its health, temperature, insulation and alarm limits.",
)

READY_TEXT = (
    "`status.state` is the first of these that applies: ESTOP (E-stop latched, or its reset "
    "not yet confirmed); HELD (watchdog hold while a swap runs or in MAINTENANCE mode, and "
    "a latched hold waiting for RESUME after the heartbeat is back); "
    "MAINTENANCE; SWAPPING; FAULT (a fault the controller latched, other than "
    "POSITIONING_FAILED: the fault that ended a swap, ABORTED, CONTROLLER_RESTART; "
    "RESET_FAULTS clears them); IDLE (no vehicle); COMPLETE (the swapped vehicle is leaving); "
    "READY (`bay.positioning_result` IN_POSITION); else POSITIONING. So READY means: a "
    "vehicle present and IN_POSITION, no latched fault but POSITIONING_FAILED, mode "
    "AUTOMATIC, no swap, no E-stop. Active faults the controller does not latch (a slot's "
    "charger fault or low insulation, the watchdog at idle) leave READY as it is, yet "
    "START_SWAP is REJECTED (FAULT_ACTIVE, HELD); so do an open door (DOOR_OPEN) and a lock "
    "head not locked again after it ended below the torque window (LOCK_TORQUE_LOW). "
    "`bay.vehicle_hv_off` and "
    "`bay.parking_brake` are no condition of READY: the controller asks the vehicle for both "
    "as PREPARATION starts (see Interlocks) and releases both in RELEASE."
)

INTERLOCKS: tuple[str, ...] = (
    "The controller checks these itself; none is the console's to assume:",
    "",
    "- Vehicle HV off and parking brake: as PREPARATION starts the controller asks the "
    "vehicle to switch its HV off and to confirm its parking brake, and waits for both "
    "(`bay.vehicle_hv_off`, `bay.parking_brake`). Without both by the end of the step's time "
    "the swap fails VEHICLE_HV_ON (117; HV is checked first) or PARKING_BRAKE_OFF (118), "
    "nothing moved. Both are checked again before and during every UNLOCK step: lost there, "
    "the swap fails with the same codes before a lock head moves. RESET_FAULTS clears them "
    "(the driver has switched the vehicle off or set the brake; the next start asks again). "
    "In MAINTENANCE mode the controller asks a vehicle in the bay for both too, and an "
    "unlock jog needs them.",
    "- Doors (`safety.doors`): an open door is the active fault DOOR_OPEN (115) for as long "
    "as it is open: START_SWAP is REJECTED FAULT_ACTIVE; a swap in a motion step (UNLOCK, "
    "REMOVE, TRANSFER, FETCH, INSTALL, LOCK) stops where it is and fails DOOR_OPEN (latched "
    "until RESET_FAULTS with the doors closed); a jog is refused DOOR_OPEN.",
    "- Load cell (`lift.load`): whenever the lift takes a pack, in REMOVE and in INSTALL, "
    f"its reading must be the pack type's mass within +/-{LOAD_TOLERANCE * 100:g} %, else "
    "the swap fails LOAD_MISMATCH (119) with the lift standing where it is; above "
    f"{LIFT_OVERLOAD_KG:g} kg it fails LIFT_OVERLOAD (102). A technician checks the pack and "
    "the lift before RESET_FAULTS.",
    f"- Lock torque: at the end of every lock each head's torque must be in {LOCK_TORQUE_NM[0]:g}-"
    f"{LOCK_TORQUE_NM[1]:g} Nm, else the head reads FAULT and the swap fails LOCK_TORQUE_LOW "
    "(120); see Lock heads for its recovery.",
    "- The light curtain and the E-stop stop motion as before; the watchdog holds it (see "
    "Heartbeats and watchdog).",
)

WATCHDOG_TEXT: tuple[str, ...] = (
    "- `status.controller_heartbeat` (100) counts up every controller cycle. The console "
    "declares the link lost when it stops changing for its configured time, even if "
    "frames are still answered.",
    "- `status.console_heartbeat` (101) is written by the console on every poll with a "
    "new value. When it has not changed for `status.watchdog_timeout` (default 3 s) while a "
    "swap runs or in MAINTENANCE mode, the controller holds all motion (state HELD, flags "
    "WATCHDOG_HOLD and FAULT, fault 109 WATCHDOG; step timers, homing and jog stop) and the "
    "hold latches: when the heartbeat changes again all of that stays until the console "
    "sends RESUME (code 8), after an operator confirmed the bay is clear; motion then "
    "continues where it stopped. The controller never resumes by itself: motion restarting "
    "after a communication loss without a deliberate action is an unexpected start-up "
    "(IEC 60204-1, ISO 14118). Before the first change after power-up no hold applies "
    "(flag CONSOLE_SEEN tells).",
    "- RESUME is REJECTED with HELD while the heartbeat is still not changing (the hold is "
    "live) and with NOT_HELD when no hold is latched; it answers DONE at once. RESET_FAULTS "
    "clears other faults but never a latched hold. ABORT_SWAP during a hold, live or "
    "latched, is ACCEPTED and, motion already standing still, ends the swap in the next "
    "controller cycle with result ABORTED (fault 113 ABORTED latched unless the swap was "
    "still in PREPARATION); the ABORT_SWAP ends DONE and no hold is left to resume. A swap "
    "that ends otherwise during a hold (an E-stop) leaves no hold either, and a controller "
    "restart forgets it (see Power-up state).",
    "- At idle (no swap running, mode AUTOMATIC) the same timeout sets flags WATCHDOG_HOLD "
    "and FAULT and lists fault 109 WATCHDOG, but `status.state` stays what it was (IDLE, "
    "POSITIONING, READY, COMPLETE, FAULT), not HELD, and the hold does not latch: fault 109 "
    "and the flag go when the heartbeat changes again, with no RESUME (RESET_FAULTS does "
    "not clear them).",
    "- While a hold lasts, live or latched, every command but ABORT_SWAP, RESET_FAULTS and "
    "RESUME is REJECTED with HELD.",
    "- `run.id` (203) takes a new value at every controller power-up: a change means the "
    "controller restarted and forgot every command in progress (see Power-up state).",
)

CONSOLE_TIMING: tuple[str, ...] = (
    "The console's defaults; a controller may rely on them:",
    "",
    "- It polls every 100 ms, counted from the end of one poll to the start of the next: "
    f"each poll writes `status.console_heartbeat` and reads the fast block {FAST_BLOCK[0]}-"
    f"{FAST_BLOCK[0] + FAST_BLOCK[1] - 1}; the slot "
    "area is read once a second.",
    "- It waits 250 ms for an answer (the link URL's `timeout`) and repeats a read once. "
    "After an answer timed out it sends nothing until the line has been silent for another "
    "250 ms, and discards what arrives in that time: a controller must answer within the "
    "timeout, and a late answer is never taken for the answer to another request.",
    "- The link is LOST after 3 s without a valid answer or without a change of "
    "`status.controller_heartbeat`.",
    "- A command's answer (`response.sequence` = its sequence number) is awaited 2 s; while "
    "that lasts the request is re-sent with the same sequence number, but never after "
    "`run.id` changed: the console reads `run.id` just before each re-send, so a controller "
    "must not come back from a restart and answer within one transaction (a few ms); being "
    "silent while it boots, as every PLC is, is enough.",
    "- A START_SWAP's end is taken from `status.swap_result` only while "
    "`response.swap_sequence` names its sequence number; set both in the scan that answers "
    "ACCEPTED. When `response.swap_sequence` names another swap, the console reports the "
    "START_SWAP UNKNOWN.",
    "- The end of a long command is awaited until 30 min after it was ACCEPTED for "
    "START_SWAP, 2 min for ABORT_SWAP and HOME_AXES. A command whose end did not come by "
    "then is reported UNKNOWN, never DONE.",
    "- When `run.id` changes, every pending command is reported UNKNOWN and never re-sent.",
    f"- While a person holds a jog button it writes `jog.keepalive` (with axis and direction, "
    f"200-202) every {JOG_REFRESH_S * 1000 / 2:g} ms, independently of the poll, so that no "
    f"two changes are more than {JOG_REFRESH_S * 1000:g} ms apart; on release it writes "
    "direction 0. It stops refreshing at once on any link error or timeout, and when its "
    "own screen stops responding, and says the jog stopped and why: the controller's lease "
    "then stops the motion.",
)

POWER_UP: tuple[str, ...] = (
    "What the registers read when the controller has (re)started, before the console writes:",
    "",
    "- Identity: unchanged.",
    "- `status.controller_heartbeat` counts from 0; `status.console_heartbeat` 0; flag "
    "CONSOLE_SEEN clear and no watchdog hold (a latched one is forgotten) until the console "
    "heartbeat first changes.",
    "- `status.mode` AUTOMATIC; `status.step` NONE and `status.step_elapsed`, "
    "`status.step_expected`, `status.block_index`, `status.block_count`, "
    "`status.swap_elapsed` 0 (a vehicle driving onto the guides shows step POSITIONING "
    "with its timers, as at any time).",
    "- `status.swap_result` NONE, `status.swap_fault` 0 and `response.swap_sequence` 0; "
    "but when a swap was interrupted by the restart, swap_result FAILED with swap_fault "
    "CONTROLLER_RESTART, fault 116 active until RESET_FAULTS, and `response.swap_sequence` "
    "still naming that swap's START_SWAP. `status.swap_counter` 0.",
    "- `status.state`, `status.flags` and the fault list follow from these and from what is "
    "physically there (FAULT after an interrupted swap; E-stop, charger faults, low "
    "insulation); `safety.reset_required` is 1 only while the E-stop is latched.",
    "- Command block 124-133 all 0. Response block 134-138 all 0 (sequence 0, status NONE), "
    "so the console's next sequence number is taken as new.",
    "- `run.id` a new value; `run.clock` counts from 0, and so does every slot's "
    "`meter_ah` and `meter_kwh` (only a power-up resets them).",
    "- Jog 200-202 and 206-208 0 (no motion, refusal NONE); `cells.select_slot` and "
    "`cells.slot` 0.",
    "- `maint.*` as before the restart: they are retentive.",
    "- Rack slots, bay, lift, shuttle and lock heads read what physically is there; lift and "
    "shuttle stand still (motion 0, no OVERLOAD) and no slot is reserved.",
)


def _counter_names() -> list[str]:
    return [r.name for g in FIXED_GROUPS for r in g.registers if r.counter]


def _wrapping_names() -> list[str]:
    fixed = [r.name for g in FIXED_GROUPS for r in g.registers if r.wraps]
    return fixed + [f"slot_n.{f.key}" for f in SLOT_FIELDS if f.wraps]


def _type(reg: Register | SlotField) -> str:
    if isinstance(reg, Register) and reg.counter:
        return f"{reg.type.value} counter"
    return f"{reg.type.value} wrapping" if reg.wraps else reg.type.value


def _since(reg: Register | SlotField) -> str:
    """The mark of a register a minor version added, so that an integrator sees it."""
    major, _ = PROTOCOL_VERSION
    if reg.since[0] == major and reg.since[1] > 0:
        return f" (since {reg.since[0]}.{reg.since[1]})"
    return ""


def _args_cell(code: st.CommandCode) -> str:
    names = st.COMMAND_ARGS[code]
    return ", ".join(f"arg_{i} {n}" for i, n in enumerate(names, start=1)) or "none"


def render_markdown(slots: int = DEFAULT_SLOTS) -> str:
    """Return the integrator's register-map document."""
    RegisterMap(slots)  # validates the slot count
    out: list[str] = []
    major, minor = PROTOCOL_VERSION
    long_names = ", ".join(c.name for c in st.CommandCode if c in st.LONG_COMMANDS)
    out += [
        "# Station controller register map",
        "",
        "<!-- Generated by `operator-sim --print-register-map` from "
        "operator_app/link/registers.py. Do not edit by hand: a test compares them. -->",
        "",
        f"Protocol version {major}.{minor}. Modbus RTU, the controller is unit "
        f"{DEFAULT_UNIT}; default line 115200 baud, 8 data bits, no parity, 1 stop bit "
        "(configurable on both sides).",
        "",
        "## Changes from 3.1",
        "",
        CHANGES_FROM_3_1,
        "",
        "## Changes from 3.0",
        "",
        CHANGES_FROM_3_0,
        "",
        "## Changes from 2.0",
        "",
        CHANGES_FROM_2_0,
        "",
        "## Changes from 1.0",
        "",
        CHANGES_FROM_1_0,
        "",
        "## Conventions",
        "",
        "- Every value is a 16-bit **holding register**: read with function 03 (at most "
        f"{MAX_READ} registers per request), write with 06 or 16 (at most {MAX_WRITE}); the "
        "command block only with one 16 (see Command handshake). Addresses are the 0-based "
        "protocol addresses (PLC tools that count from 40001 add 40001).",
        "- `u32` takes two registers, high word first. `str` is two bytes per register, high "
        "byte first, padded with NUL; ASCII unless the register says UTF-8.",
        "- Value = raw x scale, in the unit given. `i16` is two's complement.",
        "- `0xFFFF` in a read-only `u16` and `0x7FFF` in an `i16` mean \"not available\"; "
        "the console shows such a value as missing, never as a number. A value outside its "
        "range is shown as invalid.",
        "- Type `u16 counter`: all 16 bits are data: 0xFFFF is a value, not \"not "
        "available\". These are " + ", ".join(f"`{n}`" for n in _counter_names()) + ".",
        "- Type `u32 wrapping`: counts up from 0 at power-up and wraps to 0 after "
        "0xFFFFFFFE; 0xFFFFFFFF means \"not available\". A reader takes differences modulo "
        "0xFFFFFFFF. These are " + ", ".join(f"`{n}`" for n in _wrapping_names()) + ".",
        f"- A register marked \"since {major}.n\" was added by that minor version: a "
        f"controller that reports an older {major}.x has none (it reads 0 there, as unused "
        "addresses do) and the console decodes it as \"not available\", never as 0.",
        "- Reads anywhere inside 0-299, the slot area and the cell area succeed (unused "
        "addresses read 0), so the console may group reads. A read outside them answers "
        "exception 02. A write to any address not marked RW answers exception 02 and "
        "writes nothing. Function codes other than 03, 06 and 16 (04 included) answer "
        "exception 01. A count of 0 or above the limit answers exception 03, and so does a "
        "request whose CRC is good but whose length does not fit its function, or a "
        "function 16 whose byte count is not twice its register count; it writes nothing. "
        "A frame whose CRC is wrong gets no answer.",
        "- Broadcast (unit 0) writes are refused silently: a controller must never act on a "
        "command it cannot acknowledge.",
        "",
        "## Heartbeats and watchdog",
        "",
        *WATCHDOG_TEXT,
        "",
        "## Command handshake",
        "",
        COMMAND.text,
        "",
        f"Long commands ({long_names}) answer ACCEPTED first and DONE or FAILED at their "
        "end; the others answer DONE or REJECTED at once.",
        "",
        "| code | command | arguments | meaning and outcome |",
        "|---|---|---|---|",
    ]
    for code, text in COMMAND_TEXTS.items():
        out.append(_row([str(int(code)), code.name, _args_cell(code), text]))
    out += [
        "",
        "### What a command is checked for, in order",
        "",
        *COMMAND_CHECKS,
        "",
        "### When the station is READY",
        "",
        READY_TEXT,
        "",
        "## Interlocks",
        "",
        *INTERLOCKS,
        "",
        "## The console's side of the link",
        "",
        *CONSOLE_TIMING,
        "",
        "## Power-up state",
        "",
        *POWER_UP,
        "",
    ]
    for group in FIXED_GROUPS:
        out += [f"## {group.title}", "", group.text, ""]
        out += [
            "| address | name | type | access | unit | scale | range | meaning |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for r in group.registers:
            meaning = r.description + _since(r)
            if r.enum is not None:
                meaning += f" ({_enum_ref(r.enum)})"
            addr = str(r.address) if r.length == 1 else f"{r.address}-{r.end - 1}"
            out.append(_row([addr, f"`{r.name}`", _type(r), r.access.value, r.unit,
                             _fmt_num(r.scale) if r.scale != 1 else "", _range(r), meaning]))
        out.append("")
        if group is JOG:
            out += [*JOG_RULES, ""]
    out += [
        "## Rack slots",
        "",
        f"Slot n (1-based) starts at {SLOT_BASE} + {SLOT_STRIDE} x (n - 1): slot 1 at "
        f"{slot_base(1)}, slot 8 at {slot_base(8)}, slot 24 at {slot_base(24)}. This station "
        f"document is generated for {slots} slots ({SLOT_BASE}-{slot_base(slots + 1) - 1}); "
        f"`identity.slot_count` tells the real number (1-{st.MAX_SLOTS}). Offsets "
        f"{max(f.offset + f.at(1).length for f in SLOT_FIELDS)}-{SLOT_STRIDE - 1} are reserved "
        "and read 0. An empty slot reads 0 everywhere except the fields that are \"not "
        "available\" and the charger's state and meters, which belong to the slot, not to "
        "the pack.",
        "",
        "| offset | name | type | unit | scale | range | meaning |",
        "|---|---|---|---|---|---|---|",
    ]
    for f in SLOT_FIELDS:
        length = f.at(1).length
        off = str(f.offset) if length == 1 else f"{f.offset}-{f.offset + length - 1}"
        meaning = f.description + _since(f) + (f" ({_enum_ref(f.enum)})" if f.enum else "")
        out.append(_row([off, f"`slot_n.{f.key}`", _type(f), f.unit,
                         _fmt_num(f.scale) if f.scale != 1 else "", _range(f), meaning]))
    out += [
        "",
        "## Cell detail",
        "",
        CELL_DETAIL_TEXT,
        "",
        "| address | name | type | access | unit | scale | meaning |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in (CELL_SELECT, CELL_SLOT, CELL_COUNT, CELL_TEMP_COUNT):
        out.append(_row([str(r.address), f"`{r.name}`", r.type.value, r.access.value, r.unit,
                         "", r.description]))
    out.append(_row([
        f"{CELL_VOLTAGES_ADDRESS}-{CELL_VOLTAGES_ADDRESS + st.CELLS_PER_PACK - 1}",
        "`cells.voltage_i`", "u16", "R", "V", "0.001", f"Cell i voltage, i = 1-{st.CELLS_PER_PACK}",
    ]))
    out.append(_row([
        f"{CELL_TEMPERATURES_ADDRESS}-"
        f"{CELL_TEMPERATURES_ADDRESS + st.TEMP_SENSORS_PER_PACK - 1}",
        "`cells.temperature_i`", "i16", "R", "°C", "0.1",
        f"Temperature sensor i, i = 1-{st.TEMP_SENSORS_PER_PACK}",
    ]))
    out += ["", "## Value tables", ""]
    for e in _enums_used():
        kind = "bit flags" if issubclass(e, IntFlag) else "values"
        out += [f"### {e.__name__}", "", f"{(e.__doc__ or '').strip()} ({kind})".strip(), ""]
        out += ["| value | name |", "|---|---|"]
        for m in e:
            if issubclass(e, IntFlag):
                if m.value == 0:
                    continue
                out.append(_row([f"bit {m.value.bit_length() - 1}", m.name or ""]))
            else:
                out.append(_row([str(m.value), m.name]))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


# A register's description on a screen: its numbers (slots, addresses, scales, limits) taken
# out as %1, %2..., so that one text serves every slot and the catalogues hold each once.
_NUMBER = re.compile(r"0x[0-9A-Fa-f]+|\d+(?:\.\d+)?")


def described(reg: Register) -> Phrase:
    """``reg.description`` as a Phrase whose text the catalogues have (``description_texts``)."""
    numbers = _NUMBER.findall(reg.description)
    count = iter(range(1, len(numbers) + 1))
    text = _NUMBER.sub(lambda _m: f"%{next(count)}", reg.description)
    return Phrase(text, tuple(numbers))


def description_texts() -> list[str]:
    """Every register description's text, for the translation catalogues."""
    regs = RegisterMap(st.MAX_SLOTS).by_name.values()
    return list(dict.fromkeys(described(r).text for r in regs))
