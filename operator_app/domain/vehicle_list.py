"""What a vehicle entry must be, and a CSV vehicle list read and checked as a whole.

A vehicle is entered on the Vehicles page, read from a CSV file (on screen or with
``operator-app vehicles import``), or pushed by the fleet. The page and the CSV file go
through ``check_entry``: the plate normalised and valid, the fleet named (at most 40
characters), the pack type one of the station's (never none), 1 to 3 pack blocks, tags
that a reader can type. Plain data and rules, no Qt; texts are English data the screens
translate in the "Recovery" context.

The CSV file (UTF-8, with or without a byte-order mark)::

    plate,fleet,model,pack_type,blocks,tags
    XG 8121,Kwai Chung Logistics,6x4 tractor,A_171KWH,3,RFID:04A1B2C3;QR:XG8121
    1กข 1234,Laem Chabang Haulage,dump truck,A,2,

The first line names the columns, in any order; ``tags`` may be left out (the vehicles
already registered then keep theirs), and its tags are separated by ``;``. ``pack_type``
is the type's name (A_171KWH) or its letter (A). Blank lines are skipped. Every line is
checked before anything changes: one wrong line refuses the whole file, each wrong line
said with its number ("line 7: blocks 4: a vehicle carries 1 to 3 pack blocks").
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from operator_app.domain.station import MAX_BLOCKS, PackType
from operator_app.domain.vehicles import (
    TAG_CHARS,
    Vehicle,
    VehicleCodeError,
    VehicleRegistry,
    normalize_plate,
    plate_key,
)
from operator_app.domain.words import Phrase, listing

FLEET_MAX = 40
MODEL_MAX = 40
TAGS_MAX = 8
CSV_MAX_BYTES = 2 * 1024 * 1024  # a station's list is a few hundred lines, not megabytes
SHOWN_PROBLEMS = 8  # a refused file says this many wrong lines, then how many more
COLUMNS = ("plate", "fleet", "model", "pack_type", "blocks")
TAGS_COLUMN = "tags"
PACK_TYPES = tuple(t for t in PackType if t is not PackType.NONE)

T_FLEET_EMPTY = "no fleet given: every vehicle belongs to a fleet"
T_FLEET_LONG = "a fleet's name has at most %1 characters, not %2"
T_MODEL_LONG = "a model's name has at most %1 characters, not %2"
T_PACK_TYPE = "pack type %1: one of %2"
T_NO_PACK_TYPE = "choose the vehicle's pack type"
T_BLOCKS_WRONG = "blocks %1: a vehicle carries 1 to %2 pack blocks"
T_PLATE_WRONG = "plate %1: %2"
T_TAG_WRONG = "tag %1: a tag is 4 to 40 letters, digits, ':', '_' or '-'"
T_TAGS_MANY = "at most %1 tags a vehicle, not %2"
T_TAG_TAKEN = "tag %1 already names %2"
T_LINE = "line %1: %2"
T_SAME_PLATE = "%1 is also on line %2"
T_LINE_OF = "%1 on line %2"
T_FIELDS = "%1 values where the first line names %2 columns"
T_HEADER = ("the first line must name the columns plate, fleet, model, pack_type, blocks (and "
            "tags, if any); it reads %1")
T_NOT_UTF8 = "the file is not UTF-8 text (line %1, byte %2): save it as CSV UTF-8"
T_NOT_CSV = "the file cannot be read as CSV: %1"
T_TOO_LARGE = "the file has %1 MB: a vehicle list is at most %2 MB"
T_NO_VEHICLES = "the file lists no vehicles"
T_MORE_LINES = "%n more lines are wrong"
T_MORE_LINES_ONE = "%n more line is wrong"
T_FILE_REFUSED = "%1 was not imported, nothing was changed: %2"
# what the registry's service says of a change (services/vehicle_service.py)
T_NEEDS_TECHNICIAN = "only a signed-in technician or supervisor changes the vehicle registry"
T_ALREADY_REGISTERED = "%1 is already registered: tap it in the list to edit it"
T_NOT_IN_REGISTRY = "%1 is not in the registry"
T_BUSY = "the last change is still being recorded: try again in a moment"
T_NOT_RECORDED = "the journal could not record it, so nothing was changed: %1"
T_CANNOT_READ = "%1 cannot be read: %2"
T_ADDED = "%1 is registered (%2, type %3, %n blocks)"
T_ADDED_ONE = "%1 is registered (%2, type %3, %n block)"
T_EDITED = "%1 changed: %2"
T_CHANGE = "%1 %2 → %3"
T_UNCHANGED = "%1: nothing to change"
T_DISABLED_NOW = "%1 is disabled: no swap starts for it until it is enabled again"
T_ENABLED_NOW = "%1 is enabled: it may be swapped again"
T_ALREADY_DISABLED = "%1 was already disabled"
T_ALREADY_ENABLED = "%1 was already enabled"
T_IMPORTED = "%1 imported: %2 new, %3 updated, %4 unchanged"
FIELD_WORDS = {"fleet": "fleet", "model": "model", "pack_type": "pack type", "blocks": "blocks",
               "tags": "tags"}
SERVICE_TEXTS = [T_NEEDS_TECHNICIAN, T_ALREADY_REGISTERED, T_NOT_IN_REGISTRY, T_BUSY,
                 T_NOT_RECORDED, T_CANNOT_READ, T_ADDED, T_EDITED, T_CHANGE, T_UNCHANGED,
                 T_DISABLED_NOW, T_ENABLED_NOW, T_ALREADY_DISABLED, T_ALREADY_ENABLED,
                 T_IMPORTED, *FIELD_WORDS.values()]
TEXTS = [*SERVICE_TEXTS, T_FLEET_EMPTY, T_FLEET_LONG, T_MODEL_LONG, T_PACK_TYPE, T_NO_PACK_TYPE,
         T_BLOCKS_WRONG, T_PLATE_WRONG, T_TAG_WRONG, T_TAGS_MANY, T_TAG_TAKEN, T_LINE,
         T_SAME_PLATE, T_LINE_OF, T_FIELDS, T_HEADER, T_NOT_UTF8, T_NOT_CSV, T_TOO_LARGE,
         T_NO_VEHICLES, T_MORE_LINES, T_FILE_REFUSED]


class EntryError(ValueError):
    """A vehicle entry or a file refused; ``phrase`` says why (``str()``: the English)."""

    def __init__(self, phrase: Phrase) -> None:
        super().__init__(phrase.english())
        self.phrase = phrase


def clean_text(text: str) -> str:
    """A name as kept: NFC, spaces trimmed and single."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def parse_pack_type(value: str | PackType | None) -> PackType:
    """A pack type by its name (A_171KWH) or its letter (A); never NONE."""
    if isinstance(value, PackType) and value is not PackType.NONE:
        return value
    text = clean_text(str(value or "")).upper()
    if not text:
        raise EntryError(Phrase(T_NO_PACK_TYPE))
    for t in PACK_TYPES:
        if text in (t.name, t.name.split("_")[0]):
            return t
    raise EntryError(Phrase(T_PACK_TYPE, (str(value), ", ".join(t.name for t in PACK_TYPES))))


def parse_blocks(value: str | int) -> int:
    text = str(value).strip()
    if not text.isdigit() or not 1 <= int(text) <= MAX_BLOCKS:
        raise EntryError(Phrase(T_BLOCKS_WRONG, (text or '""', str(MAX_BLOCKS))))
    return int(text)


def parse_tags(value: str | Sequence[str]) -> tuple[str, ...]:
    """Tags separated by ``;`` (or a sequence); each one a reader can type, none twice."""
    items = value.split(";") if isinstance(value, str) else list(value)
    tags: list[str] = []
    for item in items:
        tag = item.strip()
        if not tag:
            continue
        if not TAG_CHARS.match(tag):
            raise EntryError(Phrase(T_TAG_WRONG, (tag,)))
        if tag.upper() not in (t.upper() for t in tags):
            tags.append(tag)
    if len(tags) > TAGS_MAX:
        raise EntryError(Phrase(T_TAGS_MANY, (str(TAGS_MAX), str(len(tags)))))
    return tuple(tags)


def check_entry(plate: str, fleet: str, model: str, pack_type: str | PackType | None,
                blocks: str | int, tags: str | Sequence[str] = ()) -> Vehicle:
    """The vehicle these values make, or EntryError saying the first thing wrong."""
    try:
        plate = normalize_plate(plate)
    except VehicleCodeError as exc:
        raise EntryError(Phrase(T_PLATE_WRONG, (clean_text(plate) or '""', exc.phrase))) \
            from None
    fleet, model = clean_text(fleet), clean_text(model)
    if not fleet:
        raise EntryError(Phrase(T_FLEET_EMPTY))
    if len(fleet) > FLEET_MAX:
        raise EntryError(Phrase(T_FLEET_LONG, (str(FLEET_MAX), str(len(fleet)))))
    if len(model) > MODEL_MAX:
        raise EntryError(Phrase(T_MODEL_LONG, (str(MODEL_MAX), str(len(model)))))
    return Vehicle(plate, fleet, model, parse_pack_type(pack_type), parse_blocks(blocks),
                   parse_tags(tags))


def tag_owner(registry: VehicleRegistry, tag: str, plate: str) -> str | None:
    """The plate of another vehicle that ``tag`` already names (None: free, or ``plate``'s)."""
    key = registry.tags.get(tag.strip().upper())
    if key is None or key == plate_key(plate):
        return None
    return registry.vehicles[key].plate


# --- a CSV vehicle list ----------------------------------------------------------------------


@dataclass(frozen=True)
class CsvLine:
    line: int  # in the file, counting from 1 (the header is line 1)
    vehicle: Vehicle


@dataclass(frozen=True)
class CsvList:
    lines: tuple[CsvLine, ...]
    has_tags: bool  # the file has a tags column: the tags it lists replace a vehicle's


@dataclass
class ImportPlan:
    """What a checked list does to the registry: each vehicle new, changed or the same."""

    new: list[Vehicle] = field(default_factory=list)
    updated: list[tuple[Vehicle, Vehicle]] = field(default_factory=list)  # (was, becomes)
    unchanged: list[Vehicle] = field(default_factory=list)


class ListRefused(EntryError):
    """A file refused whole: ``problems`` each say a line and what is wrong with it."""

    def __init__(self, problems: list[Phrase]) -> None:
        self.problems = problems
        shown: list[str | Phrase] = list(problems[:SHOWN_PROBLEMS])
        if len(problems) > SHOWN_PROBLEMS:
            n = len(problems) - SHOWN_PROBLEMS
            shown.append(Phrase(T_MORE_LINES, count=n, one=T_MORE_LINES_ONE))
        super().__init__(listing(shown, "; "))


def decode(data: bytes) -> str:
    """UTF-8 text, a byte-order mark dropped; ListRefused when it is not UTF-8 or too large."""
    if len(data) > CSV_MAX_BYTES:
        raise ListRefused([Phrase(T_TOO_LARGE, (f"{len(data) / 1e6:.1f}",
                                                str(CSV_MAX_BYTES // (1024 * 1024))))])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise ListRefused([Phrase(T_NOT_UTF8, (str(line), str(exc.start + 1)))]) from None


def read_csv(data: bytes) -> CsvList:
    """Every line checked; ListRefused with each wrong line when one is."""
    text = decode(data)
    rows = csv.reader(io.StringIO(text, newline=""), skipinitialspace=True, strict=True)
    problems: list[Phrase] = []
    lines: list[CsvLine] = []
    seen: dict[str, int] = {}
    try:
        header = next(rows, None)
        names = [clean_text(h).lower() for h in header or ()]
        wanted = set(COLUMNS)
        if not header or not wanted <= set(names) or not set(names) <= wanted | {TAGS_COLUMN} \
                or len(set(names)) != len(names):
            raise ListRefused([Phrase(T_LINE, ("1", Phrase(T_HEADER, (
                ",".join(header or ()) or '""',))))])
        where = {n: i for i, n in enumerate(names)}
        has_tags = TAGS_COLUMN in where
        for row in rows:
            number = rows.line_num
            if not any(cell.strip() for cell in row):
                continue  # a blank line
            if len(row) != len(names):
                problems.append(Phrase(T_LINE, (str(number), Phrase(T_FIELDS, (
                    str(len(row)), str(len(names)))))))
                continue
            try:
                v = check_entry(*(row[where[c]] for c in COLUMNS),
                                row[where[TAGS_COLUMN]] if has_tags else ())
            except EntryError as exc:
                problems.append(Phrase(T_LINE, (str(number), exc.phrase)))
                continue
            key = plate_key(v.plate)
            if key in seen:
                problems.append(Phrase(T_LINE, (str(number), Phrase(T_SAME_PLATE, (
                    v.plate, str(seen[key]))))))
                continue
            seen[key] = number
            lines.append(CsvLine(number, v))
    except csv.Error as exc:
        problems.append(Phrase(T_LINE, (str(rows.line_num), Phrase(T_NOT_CSV, (str(exc),)))))
    if problems:
        raise ListRefused(problems)
    if not lines:
        raise ListRefused([Phrase(T_NO_VEHICLES)])
    return CsvList(tuple(lines), has_tags)


def plan_import(listed: CsvList, registry: VehicleRegistry) -> ImportPlan:
    """What the list does to ``registry``; ListRefused when a tag would name two vehicles.
    A vehicle already registered keeps its plate as registered ("XG-8121" stays so when the
    file says "XG 8121"), its tags when the file has no tags column, and whether it is
    disabled here."""
    plan = ImportPlan()
    listed_keys = {plate_key(item.vehicle.plate) for item in listed.lines}
    # the tags the vehicles the file does not list keep; then each listed vehicle's, in turn
    claimed: dict[str, tuple[str, int]] = {
        tag: (registry.vehicles[key].plate, 0) for tag, key in registry.tags.items()
        if key not in listed_keys}
    problems: list[Phrase] = []
    for item in listed.lines:
        v = item.vehicle
        was = registry.find(v.plate)
        if was is not None:
            v = replace(v, plate=was.plate, tags=v.tags if listed.has_tags else was.tags)
        for tag in v.tags:
            owner = claimed.get(tag.strip().upper())
            if owner is not None and plate_key(owner[0]) != plate_key(v.plate):
                who = owner[0] if not owner[1] else Phrase(T_LINE_OF, (owner[0], str(owner[1])))
                problems.append(Phrase(T_LINE, (str(item.line), Phrase(T_TAG_TAKEN, (tag, who)))))
            else:
                claimed[tag.strip().upper()] = (v.plate, item.line)
        if was is None:
            plan.new.append(v)
        elif v == was:
            plan.unchanged.append(v)
        else:
            plan.updated.append((was, v))
    if problems:
        raise ListRefused(problems)
    return plan


def differences(was: Vehicle, becomes: Vehicle) -> dict[str, list]:
    """field -> [old, new] for what an edit changes (the audit keeps both)."""
    out: dict[str, list] = {}
    for name in ("fleet", "model", "pack_type", "blocks", "tags"):
        old, new = getattr(was, name), getattr(becomes, name)
        if old != new:
            out[name] = [_plain(old), _plain(new)]
    return out


def _plain(value):
    if isinstance(value, PackType):
        return value.name
    if isinstance(value, tuple):
        return list(value)
    return value
