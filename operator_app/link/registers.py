"""The station controller's Modbus register map: the one source of truth.

Everything the console reads from or writes to the controller is declared
here as data. ``resources/register-map.md`` is generated from this module
(``operator-sim --print-register-map``) and a test fails when the committed
file differs, so an integrator can program a PLC from that document alone.

Conventions of the map (repeated in the generated document):

* every register is a 16-bit holding register, read with function 03 and
  written with 06 or 16; 0-based protocol addresses;
* ``u32`` values take two registers, high word first; strings are ASCII, two
  characters per register, high byte first, padded with NUL;
* ``raw * scale`` gives the value in the register's unit;
* ``0xFFFF`` (``u16``) and ``0x7FFF`` (``i16``) mean "not available".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import IntEnum, IntFlag, StrEnum
from functools import cached_property

from operator_app.domain import station as st

PROTOCOL_VERSION = (1, 0)
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
        if raw == NA_U16 and reg.enum is None and reg.access is Access.R:
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
        if reg.type is RegType.U32:
            return [0xFFFF, 0xFFFF]
        return [NA_I16 if reg.type is RegType.I16 else NA_U16]
    raw = round(value / reg.scale) if reg.scale != 1.0 else int(value)
    if reg.type is RegType.U32:
        raw = max(0, min(raw, 0xFFFFFFFE))
        return [(raw >> 16) & 0xFFFF, raw & 0xFFFF]
    if reg.type is RegType.I16:
        raw = max(-0x8000, min(raw, 0x7FFE))
        return [raw & 0xFFFF]
    return [max(0, min(raw, 0xFFFE))]


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
    "The fast block: the console reads 100-202 in one request on every poll.",
    (
        _r("status.controller_heartbeat", 100, U16,
           "Controller heartbeat: +1 every controller cycle (100 ms), wraps at 65535"),
        _r("status.console_heartbeat", 101, U16,
           "Console heartbeat: the console writes a new value on every poll. If it stops "
           "changing for the watchdog time, the controller holds all motion", access=RW),
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
        _r("status.swap_counter", 112, U16, "Swaps completed since power-up (wraps)"),
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
    "Write arguments, code and sequence number in ONE write-multiple (function 16) of "
    "124-133. The controller acts when the sequence number differs from the last one it "
    "answered and the code is not 0; it then clears the code to 0 and fills the response "
    "block. Writing the same sequence number again never re-executes a command, so a "
    "request whose answer was lost may be re-sent safely. Sequence numbers run 1-65535 and "
    "wrap to 1; 0 is never used.",
    (
        _r("command.code", 124, U16, "Command code", access=RW, enum=st.CommandCode),
        _r("command.sequence", 125, U16, "Sequence number of this request (1-65535)",
           access=RW, minimum=1, maximum=65535),
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
    "command (START_SWAP) is ACCEPTED first, then DONE or FAILED while no later "
    "command has replaced it; status.swap_result always tells the swap's outcome.",
    (
        _r("response.sequence", 134, U16, "Sequence number of the request answered"),
        _r("response.status", 135, U16, "Outcome", enum=st.CommandStatus),
        _r("response.reason", 136, U16, "Reject reason (status REJECTED)",
           enum=st.RejectReason),
        _r("response.fault", 137, U16, "Fault code (status FAILED)", enum=st.FaultCode),
        _r("response.command", 138, U16, "Code of the command answered",
           enum=st.CommandCode),
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
        _r("lift.load", 163, U16, "Load cell reading", unit="kg", minimum=0, maximum=6000),
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
    "block 1, 5-8 block 2, 9-12 block 3. Locking torque window 180-250 Nm.",
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
        _r("safety.doors", 197, U16, "Open doors", enum=st.DoorFlag),
        _r("safety.reset_required", 198, U16,
           "1 while a confirmation (RESET_FAULTS) is needed before motion", minimum=0,
           maximum=1),
    ),
)

JOG = Group(
    "jog",
    "Maintenance jog (hold-to-run)",
    "Only in MAINTENANCE mode. The console writes axis and direction and must change the "
    "keep-alive value at least every 0.5 s while the operator holds the button; the axis "
    "stops as soon as the keep-alive stops changing or the direction returns to 0. Selecting "
    "an axis never starts motion by itself.",
    (
        _r("jog.axis", 200, U16, "Axis to jog", access=RW, enum=st.LiftAxis),
        _r("jog.direction", 201, I16, "-1, 0 (stop) or 1", access=RW, minimum=-1, maximum=1),
        _r("jog.keepalive", 202, U16, "Hold-to-run keep-alive: change it every poll",
           access=RW),
    ),
)

FIXED_GROUPS: tuple[Group, ...] = (
    IDENTITY, STATUS, COMMAND, RESPONSE, BAY, LIFT_SHUTTLE, LOCKS, SAFETY, JOG,
)

# The fast block read on every poll.
FAST_BLOCK = (100, 103)  # (start, count): status ... jog
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

    def at(self, slot: int) -> Register:
        return Register(
            name=f"slot_{slot}.{self.key}", address=slot_base(slot) + self.offset,
            type=self.type, description=self.description, unit=self.unit, scale=self.scale,
            minimum=self.minimum, maximum=self.maximum, enum=self.enum, chars=self.chars,
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


COMMAND_ARGS = {
    st.CommandCode.START_SWAP: (
        "arg_1 blocks (1-3, must equal bay.blocks_detected); arg_2..arg_4 source slot of the "
        "charged pack for block 1..3; arg_5..arg_7 destination slot for the depleted pack of "
        "block 1..3 (0 = the controller picks a free slot). Needs state READY. ACCEPTED, then "
        "DONE when the vehicle may leave or FAILED with the fault."
    ),
    st.CommandCode.ABORT_SWAP: (
        "No arguments. The controller brings the running step to a safe stop; the swap ends "
        "with result ABORTED. DONE when stopped."
    ),
    st.CommandCode.RESET_FAULTS: (
        "No arguments. Clears faults whose cause is gone and confirms an E-stop reset (after "
        "the physical reset at the cabinet). DONE at once."
    ),
    st.CommandCode.SET_MODE: (
        "arg_1 StationMode. Not while a swap runs. Selecting MAINTENANCE never starts motion. "
        "DONE at once."
    ),
    st.CommandCode.CHARGER_ENABLE: "arg_1 slot (1-n), arg_2 1 = enable, 0 = disable. DONE at once.",
    st.CommandCode.RETRY_POSITIONING: (
        "No arguments. After positioning FAILED, lets the driver try again. DONE at once."
    ),
    st.CommandCode.HOME_AXES: (
        "No arguments; MAINTENANCE mode only. Lift to its lower limit, shuttle to the bay. "
        "ACCEPTED, then DONE."
    ),
}


def render_markdown(slots: int = DEFAULT_SLOTS) -> str:
    """Return the integrator's register-map document."""
    RegisterMap(slots)  # validates the slot count
    out: list[str] = []
    major, minor = PROTOCOL_VERSION
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
        "## Conventions",
        "",
        "- Every value is a 16-bit **holding register**: read with function 03 (at most "
        f"{MAX_READ} registers per request), write with 06 or 16 (at most {MAX_WRITE}). "
        "Addresses are the 0-based protocol addresses (PLC tools that count from 40001 add "
        "40001).",
        "- `u32` takes two registers, high word first. `str` is two bytes per register, high "
        "byte first, padded with NUL; ASCII unless the register says UTF-8.",
        "- Value = raw x scale, in the unit given. `i16` is two's complement.",
        "- `0xFFFF` in a read-only `u16` and `0x7FFF` in an `i16` mean \"not available\"; "
        "the console shows such a value as missing, never as a number. A value outside its "
        "range is shown as invalid.",
        "- Reads anywhere inside 0-299, the slot area and the cell area succeed (unused "
        "addresses read 0), so the console may group reads. A read outside them answers "
        "exception 02. A write to any address not marked RW answers exception 02 and "
        "writes nothing. Function codes other than 03, 06 and 16 answer exception 01. A "
        "count of 0 or above the limit answers exception 03.",
        "- Broadcast (unit 0) writes are refused silently: a controller must never act on a "
        "command it cannot acknowledge.",
        "",
        "## Heartbeats and watchdog",
        "",
        "- `status.controller_heartbeat` (100) counts up every controller cycle. The console "
        "declares the link lost when it stops changing for its configured time, even if "
        "frames are still answered.",
        "- `status.console_heartbeat` (101) is written by the console on every poll with a "
        "new value. When it has not changed for `status.watchdog_timeout` (default 3 s), the "
        "controller holds all motion (state HELD, flag WATCHDOG_HOLD, step timers stop) and "
        "resumes by itself once the heartbeat changes again. Before the first change after "
        "power-up no hold applies (flag CONSOLE_SEEN tells).",
        "",
        "## Command handshake",
        "",
        COMMAND.text,
        "",
        "| code | command | arguments and outcome |",
        "|---|---|---|",
    ]
    for code, text in COMMAND_ARGS.items():
        out.append(_row([str(int(code)), code.name, text]))
    out += [
        "",
        "Any other code is REJECTED with UNKNOWN_COMMAND. A command is REJECTED with "
        "ESTOP_LATCHED while the E-stop is latched (except RESET_FAULTS, which is REJECTED "
        "with RESET_REQUIRED_FIRST until the physical reset), with HELD while the watchdog "
        "holds, with WRONG_MODE in the wrong mode, with BAD_ARGUMENT for an argument out of "
        "range. A rejected command moves nothing.",
        "",
    ]
    for group in FIXED_GROUPS:
        out += [f"## {group.title}", "", group.text, ""]
        out += [
            "| address | name | type | access | unit | scale | range | meaning |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for r in group.registers:
            meaning = r.description
            if r.enum is not None:
                meaning += f" ({_enum_ref(r.enum)})"
            addr = str(r.address) if r.length == 1 else f"{r.address}-{r.end - 1}"
            out.append(_row([addr, f"`{r.name}`", r.type.value, r.access.value, r.unit,
                             _fmt_num(r.scale) if r.scale != 1 else "", _range(r), meaning]))
        out.append("")
    out += [
        "## Rack slots",
        "",
        f"Slot n (1-based) starts at {SLOT_BASE} + {SLOT_STRIDE} x (n - 1): slot 1 at "
        f"{slot_base(1)}, slot 8 at {slot_base(8)}, slot 24 at {slot_base(24)}. This station "
        f"document is generated for {slots} slots ({SLOT_BASE}-{slot_base(slots + 1) - 1}); "
        f"`identity.slot_count` tells the real number (1-{st.MAX_SLOTS}). Offsets "
        f"{max(f.offset for f in SLOT_FIELDS) + 1}-{SLOT_STRIDE - 1} are reserved and read 0. "
        "An empty slot reads 0 everywhere except the fields that are \"not available\".",
        "",
        "| offset | name | type | unit | scale | range | meaning |",
        "|---|---|---|---|---|---|---|",
    ]
    for f in SLOT_FIELDS:
        length = f.at(1).length
        off = str(f.offset) if length == 1 else f"{f.offset}-{f.offset + length - 1}"
        meaning = f.description + (f" ({_enum_ref(f.enum)})" if f.enum else "")
        out.append(_row([off, f"`slot_n.{f.key}`", f.type.value, f.unit,
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
