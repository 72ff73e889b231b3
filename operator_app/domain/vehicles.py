"""The vehicle registry and how a vehicle is identified at the bay.

Plates are typed on the touchscreen, read by the bay camera, or found from a QR
or RFID code that a keyboard-wedge reader types like a keyboard. Plates of the
target markets use Latin letters, digits, spaces and hyphens, and Thai
consonants for Thai plates; anything else is refused with the reason.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import Enum

from operator_app.domain.station import MAX_BLOCKS, PackType

_THAI = "\u0e01-\u0e2e"  # consonants ก to ฮ
PLATE_CHARS = re.compile(rf"^[A-Z0-9{_THAI} \-]+$")
TAG_CHARS = re.compile(r"^[A-Za-z0-9:_\-]{4,40}$")
PLATE_MIN, PLATE_MAX = 2, 12
ENTRY_MAX = 40  # an entry field takes a whole scanned tag (TAG_CHARS), not only a plate


class IdMethod(Enum):
    PLATE_ENTRY = "plate entry"
    CAMERA = "bay camera"
    TAG = "QR or RFID code"


class VehicleCodeError(ValueError):
    """A plate or tag that cannot be one; the message says what is wrong."""


def normalize_plate(text: str) -> str:
    """Upper-case, single spaces, NFC; raise VehicleCodeError on characters or length."""
    plate = " ".join(unicodedata.normalize("NFC", text).upper().split())
    if not plate:
        raise VehicleCodeError("no plate given")
    bad = sorted({c for c in plate if not PLATE_CHARS.match(c)})
    if bad:
        raise VehicleCodeError(
            f"a plate has letters, digits, spaces and hyphens only (Thai consonants allowed); "
            f"not {' '.join(repr(c) for c in bad)}")
    if not PLATE_MIN <= len(plate.replace(" ", "")) <= PLATE_MAX:
        raise VehicleCodeError(f"a plate has {PLATE_MIN} to {PLATE_MAX} characters, "
                               f"not {len(plate.replace(' ', ''))}")
    return plate


def plate_key(plate: str) -> str:
    """Plates compare without spaces and hyphens: 'XG-8121' is 'XG 8121'."""
    return plate.replace(" ", "").replace("-", "")


@dataclass(frozen=True)
class Vehicle:
    plate: str
    fleet: str
    model: str
    pack_type: PackType
    blocks: int
    tags: tuple[str, ...] = ()  # QR payloads or RFID card numbers that name this vehicle

    def __post_init__(self) -> None:
        if not 1 <= self.blocks <= MAX_BLOCKS:
            raise VehicleCodeError(f"a vehicle carries 1 to {MAX_BLOCKS} pack blocks")
        if self.pack_type is PackType.NONE:
            raise VehicleCodeError("a vehicle needs a pack type")


@dataclass(frozen=True)
class Identified:
    vehicle: Vehicle
    method: IdMethod
    text: str


@dataclass(frozen=True)
class NotIdentified:
    reason: str
    method: IdMethod
    text: str


@dataclass
class VehicleRegistry:
    vehicles: dict[str, Vehicle] = field(default_factory=dict)  # by plate_key
    tags: dict[str, str] = field(default_factory=dict)  # tag -> plate_key

    def add(self, vehicle: Vehicle) -> Vehicle:
        plate = normalize_plate(vehicle.plate)
        vehicle = Vehicle(plate, vehicle.fleet, vehicle.model, vehicle.pack_type, vehicle.blocks,
                          vehicle.tags)
        self.vehicles[plate_key(plate)] = vehicle
        for tag in vehicle.tags:
            self.tags[tag.strip().upper()] = plate_key(plate)
        return vehicle

    def identify(self, text: str, method: IdMethod) -> Identified | NotIdentified:
        """Find the vehicle a plate or code names; say why not when it cannot."""
        raw = text.strip()
        if method is IdMethod.TAG:
            if raw.upper().startswith("VEH:"):  # a QR payload that carries the plate itself
                return self.identify(raw[4:], IdMethod.PLATE_ENTRY)
            if not TAG_CHARS.match(raw):
                return NotIdentified("that code is not a vehicle tag (4-40 letters, digits, "
                                     "':', '_' or '-'): scan again", method, raw)
            key = self.tags.get(raw.upper())
            if key is None:
                return NotIdentified(f"no vehicle is registered with code {raw}", method, raw)
            return Identified(self.vehicles[key], method, raw)
        try:
            plate = normalize_plate(raw)
        except VehicleCodeError as exc:
            return NotIdentified(str(exc), method, raw)
        vehicle = self.vehicles.get(plate_key(plate))
        if vehicle is None:
            return NotIdentified(f"{plate} is not a registered vehicle: check the plate, or ask "
                                 "the fleet office to register it", method, plate)
        return Identified(vehicle, method, plate)
