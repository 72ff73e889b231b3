"""The vehicle registry and how a vehicle is identified at the bay.

Plates are typed on the touchscreen, read by the bay camera, or found from a QR
or RFID code that a keyboard-wedge reader types like a keyboard. Plates of the
target markets use Latin letters, digits, spaces and hyphens, and Thai
consonants for Thai plates; anything else is refused with the reason.

A technician may disable a vehicle at this station (the Vehicles page, ``services/
vehicle_service.py``): it stays registered, but is not identified, so no swap starts for it.
Texts are English data that the screens translate in the "Recovery" context.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import Enum

from operator_app.domain.station import MAX_BLOCKS, PackType
from operator_app.domain.words import Phrase

_THAI = "\u0e01-\u0e2e"  # consonants ก to ฮ
PLATE_CHARS = re.compile(rf"^[A-Z0-9{_THAI} \-]+$")
TAG_CHARS = re.compile(r"^[A-Za-z0-9:_\-]{4,40}$")
PLATE_MIN, PLATE_MAX = 2, 12
ENTRY_MAX = 40  # an entry field takes a whole scanned tag (TAG_CHARS), not only a plate

T_NO_PLATE = "no plate given"
T_PLATE_CHARS = ("a plate has letters, digits, spaces and hyphens only (Thai consonants "
                 "allowed); not %1")
T_PLATE_LENGTH = "a plate has %1 to %2 characters, not %3"
T_BLOCKS = "a vehicle carries 1 to %1 pack blocks"
T_NEEDS_PACK_TYPE = "a vehicle needs a pack type"
T_NOT_A_TAG = "that code is not a vehicle tag (4-40 letters, digits, ':', '_' or '-'): scan again"
T_NO_SUCH_TAG = "no vehicle is registered with code %1"
T_NOT_REGISTERED = ("%1 is not a registered vehicle: check the plate, or ask the fleet office to "
                    "register it")
T_DISABLED = "%1 is disabled at this station: a technician can enable it on the Vehicles page"
TEXTS = [T_NO_PLATE, T_PLATE_CHARS, T_PLATE_LENGTH, T_BLOCKS, T_NEEDS_PACK_TYPE, T_NOT_A_TAG,
         T_NO_SUCH_TAG, T_NOT_REGISTERED, T_DISABLED]


class IdMethod(Enum):
    PLATE_ENTRY = "plate entry"
    CAMERA = "bay camera"
    TAG = "QR or RFID code"


class VehicleCodeError(ValueError):
    """A plate or tag that cannot be one; ``phrase`` says what is wrong (``str()``: English)."""

    def __init__(self, phrase: Phrase) -> None:
        super().__init__(phrase.english())
        self.phrase = phrase


def normalize_plate(text: str) -> str:
    """Upper-case, single spaces, NFC; raise VehicleCodeError on characters or length."""
    plate = " ".join(unicodedata.normalize("NFC", text).upper().split())
    if not plate:
        raise VehicleCodeError(Phrase(T_NO_PLATE))
    bad = sorted({c for c in plate if not PLATE_CHARS.match(c)})
    if bad:
        raise VehicleCodeError(Phrase(T_PLATE_CHARS, (" ".join(repr(c) for c in bad),)))
    if not PLATE_MIN <= len(plate.replace(" ", "")) <= PLATE_MAX:
        raise VehicleCodeError(Phrase(T_PLATE_LENGTH, (str(PLATE_MIN), str(PLATE_MAX),
                                                       str(len(plate.replace(" ", ""))))))
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
            raise VehicleCodeError(Phrase(T_BLOCKS, (str(MAX_BLOCKS),)))
        if self.pack_type is PackType.NONE:
            raise VehicleCodeError(Phrase(T_NEEDS_PACK_TYPE))


@dataclass(frozen=True)
class Identified:
    vehicle: Vehicle
    method: IdMethod
    text: str


@dataclass(frozen=True)
class NotIdentified:
    reason: Phrase  # in words; the screens translate it, the journal keeps its English
    method: IdMethod
    text: str


@dataclass
class VehicleRegistry:
    vehicles: dict[str, Vehicle] = field(default_factory=dict)  # by plate_key
    tags: dict[str, str] = field(default_factory=dict)  # tag -> plate_key
    disabled: set[str] = field(default_factory=set)  # plate keys disabled at this station

    def add(self, vehicle: Vehicle) -> Vehicle:
        """Register ``vehicle``, or replace the one with its plate (its old tags go; whether
        it is disabled here is kept: only ``set_disabled`` changes that)."""
        plate = normalize_plate(vehicle.plate)
        vehicle = Vehicle(plate, vehicle.fleet, vehicle.model, vehicle.pack_type, vehicle.blocks,
                          vehicle.tags)
        key = plate_key(plate)
        for tag in [t for t, k in self.tags.items() if k == key]:
            del self.tags[tag]
        self.vehicles[key] = vehicle
        for tag in vehicle.tags:
            self.tags[tag.strip().upper()] = key
        return vehicle

    def find(self, plate: str) -> Vehicle | None:
        """The registered vehicle with ``plate``, disabled or not (None: not registered)."""
        try:
            return self.vehicles.get(plate_key(normalize_plate(plate)))
        except VehicleCodeError:
            return None

    def set_disabled(self, plate: str, disabled: bool) -> None:
        key = plate_key(normalize_plate(plate))
        (self.disabled.add if disabled else self.disabled.discard)(key)

    def is_disabled(self, plate: str) -> bool:
        try:
            return plate_key(normalize_plate(plate)) in self.disabled
        except VehicleCodeError:
            return False

    def enabled(self) -> list[Vehicle]:
        """The vehicles that may be swapped here."""
        return [v for k, v in self.vehicles.items() if k not in self.disabled]

    def identify(self, text: str, method: IdMethod) -> Identified | NotIdentified:
        """Find the vehicle a plate or code names; say why not when it cannot (a disabled
        vehicle is refused: no swap starts for it)."""
        raw = text.strip()
        if method is IdMethod.TAG:
            if raw.upper().startswith("VEH:"):  # a QR payload that carries the plate itself
                return self.identify(raw[4:], IdMethod.PLATE_ENTRY)
            if not TAG_CHARS.match(raw):
                return NotIdentified(Phrase(T_NOT_A_TAG), method, raw)
            key = self.tags.get(raw.upper())
            if key is None:
                return NotIdentified(Phrase(T_NO_SUCH_TAG, (raw,)), method, raw)
            return self._found(self.vehicles[key], method, raw)
        try:
            plate = normalize_plate(raw)
        except VehicleCodeError as exc:
            return NotIdentified(exc.phrase, method, raw)
        vehicle = self.vehicles.get(plate_key(plate))
        if vehicle is None:
            return NotIdentified(Phrase(T_NOT_REGISTERED, (plate,)), method, plate)
        return self._found(vehicle, method, plate)

    def _found(self, vehicle: Vehicle, method: IdMethod, text: str
               ) -> Identified | NotIdentified:
        if plate_key(vehicle.plate) in self.disabled:
            return NotIdentified(Phrase(T_DISABLED, (vehicle.plate,)), method, text)
        return Identified(vehicle, method, text)
