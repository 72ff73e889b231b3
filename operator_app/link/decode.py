"""Decode register blocks into snapshots, flagging values that cannot be good."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import IntFlag
from typing import Any

from operator_app.domain import station as st
from operator_app.domain.snapshot import (
    BayStatus,
    CommandResponse,
    ControllerIdentity,
    Machine,
    SlotSnapshot,
    StationStatus,
)
from operator_app.link import registers as R


class Decoder:
    """Decode named registers from a sparse image {address: word}, flagging bad values."""

    def __init__(self, rmap: R.RegisterMap, image: Mapping[int, int]) -> None:
        self.rmap = rmap
        self.image = image
        self.invalid: set[str] = set()

    def words(self, reg: R.Register) -> list[int]:
        return [self.image[a] for a in range(reg.address, reg.end)]

    def optional(self, name: str | R.Register) -> Any:
        """Like ``value``, but None from a controller whose protocol predates the register
        (it reads 0 there, which must not pass for a clock or a meter)."""
        reg = self.rmap.by_name[name] if isinstance(name, str) else name
        return self.value(reg) if self.rmap.has(reg) else None

    def value(self, name: str | R.Register) -> Any:
        """The register's value, None when not available; an impossible value is flagged."""
        reg = self.rmap.by_name[name] if isinstance(name, str) else name
        value, ok = reg.reader(self.image)
        if not ok:
            self.invalid.add(reg.name)
        return value


Reader = Callable[[Mapping[int, int]], tuple[Any, bool]]


def compile_reader(reg: R.Register) -> Reader:
    """Build one register's decoder: (value, ok) from an image; ok False for a bad value.

    Equivalent to ``reg.decode`` plus the enum and range checks, with every decision
    about the register's type taken once instead of on every poll.
    """
    a = reg.address
    if reg.type in (R.RegType.STR, R.RegType.U32):
        addresses = range(reg.address, reg.end)

        def generic(image: Mapping[int, int]) -> tuple[Any, bool]:
            value = reg.decode([image[x] for x in addresses])
            if value is None or isinstance(value, str):
                return value, True
            return (value, True) if reg.in_range(value) else (None, False)

        return generic
    signed = reg.type is R.RegType.I16
    na = (R.NA_I16 if signed else
          R.NA_U16 if reg.enum is None and reg.access is R.Access.R and not reg.counter
          else None)
    scale = None if reg.scale == 1.0 else reg.scale
    lo = -float("inf") if reg.minimum is None else reg.minimum
    hi = float("inf") if reg.maximum is None else reg.maximum
    enum = reg.enum
    if enum is not None and issubclass(enum, IntFlag):
        mask = _flag_mask(enum)

        def flags(image: Mapping[int, int]) -> tuple[Any, bool]:
            raw = image[a]
            return enum(raw & mask), not raw & ~mask

        return flags
    if enum is not None:
        members = {m.value: m for m in enum}

        def enumerated(image: Mapping[int, int]) -> tuple[Any, bool]:
            member = members.get(image[a])
            return member, member is not None

        return enumerated

    def number(image: Mapping[int, int]) -> tuple[Any, bool]:
        raw = image[a]
        if raw == na:
            return None, True
        if signed and raw >= 0x8000:
            raw -= 0x10000
        value = raw if scale is None else round(raw * scale, 6)
        return (value, True) if lo <= value <= hi else (None, False)

    return number


_MASKS: dict[type, int] = {}


def _flag_mask(enum: type[IntFlag]) -> int:
    mask = _MASKS.get(enum)
    if mask is None:
        mask = 0
        for m in enum:
            mask |= m.value
        _MASKS[enum] = mask
    return mask


def image_from_blocks(blocks: Sequence[tuple[int, Sequence[int]]]) -> dict[int, int]:
    """Merge (start, words) reads into one sparse image."""
    image: dict[int, int] = {}
    for start, words in blocks:
        image.update(zip(range(start, start + len(words)), words, strict=True))
    return image


def decode_identity(rmap: R.RegisterMap, words: Sequence[int]) -> ControllerIdentity:
    d = Decoder(rmap, image_from_blocks([(R.IDENTITY_BLOCK[0], words)]))
    pv = d.value("identity.protocol_version") or 0
    fw = d.value("identity.firmware_version") or 0
    return ControllerIdentity(
        protocol_version=(pv >> 8, pv & 0xFF),
        slot_count=d.value("identity.slot_count") or 0,
        cells_per_pack=d.value("identity.cells_per_pack") or 0,
        temp_sensors_per_pack=d.value("identity.temp_sensors_per_pack") or 0,
        lock_heads=d.value("identity.lock_heads") or 0,
        serial_number=d.value("identity.serial_number") or 0,
        firmware_version=(fw >> 8, fw & 0xFF),
        max_blocks=d.value("identity.max_blocks") or 0,
        vendor=d.value("identity.vendor") or "",
    )


def decode_status(d: Decoder) -> tuple[StationStatus, BayStatus, Machine]:
    v = d.value
    count = v("faults.count") or 0
    faults = []
    for i in range(1, min(count, 8) + 1):
        raw = d.words(d.rmap[f"faults.code_{i}"])[0]
        try:
            faults.append(st.FaultCode(raw))
        except ValueError:
            faults.append(raw)  # a code this console does not know: still shown, by number
    status = StationStatus(
        controller_heartbeat=d.words(d.rmap["status.controller_heartbeat"])[0],
        console_heartbeat=d.words(d.rmap["status.console_heartbeat"])[0],
        mode=v("status.mode"), state=v("status.state"), step=v("status.step"),
        step_elapsed=v("status.step_elapsed"), step_expected=v("status.step_expected"),
        block_index=v("status.block_index"), block_count=v("status.block_count"),
        flags=v("status.flags") or st.StatusFlag.NONE,
        swap_result=v("status.swap_result"), swap_fault=v("status.swap_fault"),
        swap_counter=v("status.swap_counter") or 0, swap_elapsed=v("status.swap_elapsed"),
        watchdog_timeout=v("status.watchdog_timeout"), faults=tuple(faults),
        response=CommandResponse(
            sequence=d.words(d.rmap["response.sequence"])[0],
            status=v("response.status"), reason=v("response.reason"),
            fault=v("response.fault"), command=v("response.command"),
            swap_sequence=d.words(d.rmap["response.swap_sequence"])[0],
        ),
        run_id=d.words(d.rmap["run.id"])[0],
        controller_time_s=d.optional("run.clock"),
    )
    bay = BayStatus(
        vehicle_present=bool(v("bay.vehicle_present")),
        longitudinal_offset=v("bay.longitudinal_offset"),
        lateral_offset=v("bay.lateral_offset"),
        positioning_result=v("bay.positioning_result"),
        positioning_retries=v("bay.positioning_retries") or 0,
        positioning_reason=v("bay.positioning_reason"),
        vehicle_hv_off=bool(v("bay.vehicle_hv_off")),
        parking_brake=bool(v("bay.parking_brake")),
        blocks_detected=v("bay.blocks_detected"),
        pack_type_detected=v("bay.pack_type_detected"),
        plate=v("bay.plate") or "",
    )
    location = d.words(d.rmap["shuttle.location"])[0]
    machine = Machine(
        lift_height=v("lift.height"), lift_load=v("lift.load"), lift_motion=v("lift.motion"),
        lift_limits=v("lift.limits") or st.LiftLimit.NONE,
        shuttle_position=v("shuttle.position"),
        shuttle_location=None if location == R.NA_U16 else location,
        shuttle_carrying=bool(v("shuttle.carrying")), shuttle_motion=v("shuttle.motion"),
        shuttle_aligned=bool(v("shuttle.aligned")),
        locks=tuple(
            (v(f"lock_{i}.state"), v(f"lock_{i}.torque")) for i in range(1, st.LOCK_HEADS + 1)
        ),
        estop_latched=bool(v("safety.estop_latched")),
        light_curtain_interrupted=bool(v("safety.light_curtain")),
        doors=v("safety.doors") or st.DoorFlag.NONE,
        reset_required=bool(v("safety.reset_required")),
        jog_axis=v("jog.axis"), jog_direction=v("jog.direction"),
        jog_target=d.optional("jog.target"), jog_refusal=d.optional("jog.refusal"),
        jog_elapsed=d.optional("jog.elapsed"), lift_cycles=d.optional("maint.lift_cycles"),
        lock_cycles=d.optional("maint.lock_cycles"),
        shuttle_travel_m=d.optional("maint.shuttle_travel"),
    )
    return status, bay, machine


# what a slot reads with no pack in it: its charger's, not a pack's
SLOT_KEYS_WHEN_EMPTY = frozenset({"charger_state", "state", "meter_ah", "meter_kwh"})


def decode_slot(d: Decoder, n: int) -> SlotSnapshot:
    image = d.image
    values: dict[str, Any] = {}
    bad: list[str] = []
    for f, reg in zip(R.SLOT_FIELDS, d.rmap.slot_registers[n], strict=True):
        if not d.rmap.has(f):
            values[f.key] = None  # an older controller: no such register, not a 0
            continue
        values[f.key], ok = reg.reader(image)
        if not ok:
            bad.append(f.key)
            d.invalid.add(reg.name)
    occupied = bool(values.pop("occupied"))
    if not occupied:
        for key in list(values):
            if key not in SLOT_KEYS_WHEN_EMPTY:
                values[key] = None
    pack_code = values.pop("pack_code") or None
    invalid = frozenset(bad)
    return SlotSnapshot(slot=n, occupied=occupied, pack_code=pack_code, invalid=invalid,
                        **values)
