"""The fleet contract: topics, the envelope, and the body of every kind of record.

This module is the one source of truth: the uploader publishes what it says, the reference
consumer (sync/fleet.py) reads it, and ``resources/sync-contract.md`` is generated from it
(``python -m operator_app.sync.contract > resources/sync-contract.md``; a test fails when
the two differ). No Qt, no network.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from operator_app.storage.journal import RECORD_PREFIX

CONTRACT_VERSION = 1
ROOT = "stations"


def records_topic(station_id: str, kind: str) -> str:
    return f"{ROOT}/{station_id}/records/{kind}"


def status_topic(station_id: str) -> str:
    return f"{ROOT}/{station_id}/status"


def config_topic(station_id: str, name: str = "#") -> str:
    return f"{ROOT}/{station_id}/config/{name}"


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    meaning: str


@dataclass(frozen=True)
class Kind:
    name: str
    what: str
    fields: tuple[Field, ...]
    key: str  # what a consumer keeps the latest version by (besides the envelope's uuid)


ENVELOPE = (
    Field("uuid", "text", "UUID of this message: the idempotency key, unique per record "
          "version, the same on every retry and in an export bundle"),
    Field("station_id", "text", "the station that wrote it, as commissioned"),
    Field("seq", "integer", "the station's sequence number, 1, 2, 3... over every kind: "
          "a consumer that holds 1..N with no number missing holds all of it"),
    Field("kind", "text", "one of the kinds below; also the last part of the topic"),
    Field("ts", "text", "when the station wrote it: UTC, ISO-8601 with milliseconds"),
    Field("offline", "boolean", "true when the station wrote it while the broker was "
          "unreachable (it arrives late, not live)"),
    Field("v", "integer", f"the contract's version ({CONTRACT_VERSION})"),
    Field("body", "object", "the record, as below"),
)

_T = "UTC ISO-8601 text"
KINDS: dict[str, Kind] = {k.name: k for k in (
    Kind("event", "something that happened: link state, commands and their outcome, swap "
         "start and end, console start and stop, journal checks", (
             Field("type", "text", "e.g. link.state, command.outcome, swap.completed, "
                   "console.start"),
             Field("data", "object", "what the event says, by type"),
         ), "uuid"),
    Kind("swap", "a swap transaction, sent when it starts and again when it ends", (
        Field("id", "text", "UUID of the swap"),
        Field("vehicle_plate", "text", "the vehicle's plate"),
        Field("fleet", "text", "its fleet"),
        Field("operator", "text", "who started it at the console, or null"),
        Field("started_by", "text", "console, bay button, another terminal"),
        Field("started_at", "text", _T),
        Field("ended_at", "text", f"{_T}; null while it runs"),
        Field("result", "text", "running, completed, failed, aborted"),
        Field("fault", "text", "the fault that ended it, or null"),
        Field("blocks", "integer", "battery blocks swapped"),
        Field("packs_out", "array", "packs removed: {code, slot, soc_pct, energy_kwh}"),
        Field("packs_in", "array", "packs installed: {code, slot, soc_pct, energy_kwh, "
              "charged_kwh}"),
        Field("energy_delivered_kwh", "number", "kWh: metered into the packs installed since "
              "they last left a vehicle, or the BMS estimate (in minus out)"),
        Field("steps", "array", "each step: {step, block, started_at, duration_s, ...}"),
        Field("duration_s", "number", "seconds, start to end"),
        Field("rack_before", "object", "slot -> pack at the start, while it runs; else null"),
        Field("event_seq", "integer", "the seq of the event that recorded its end"),
    ), "id"),
    Kind("alarm", "an alarm occurrence as it now stands, sent at each transition", (
        Field("id", "text", "UUID of the occurrence"),
        Field("code", "text", "e.g. LINK_LOST, SLOT_CHARGER_FAULT"),
        Field("source", "text", "controller, slot N, link, journal, sync, pack CODE"),
        Field("priority", "integer", "1 high, 2 medium, 3 low (the highest it reached)"),
        Field("raised_at", "text", _T),
        Field("cleared_at", "text", f"{_T}, or null"),
        Field("state", "text", "ISA-18.2 state: active unacknowledged, active acknowledged, "
              "returned to normal unacknowledged, normal, shelved, suppressed by design, "
              "out of service"),
        Field("pack_code", "text", "the pack in the slot when it was raised, or null"),
    ), "id"),
    Kind("alarm_transition", "one change of an alarm's state", (
        Field("id", "integer", "the station's row number"),
        Field("alarm_id", "text", "the alarm's id"),
        Field("ts", "text", _T),
        Field("from_state", "text", "null when raised"),
        Field("to_state", "text", "the new state"),
        Field("actor", "text", "who (role or name), or null for the station"),
        Field("reason", "text", "e.g. a shelving reason, or null"),
    ), "id"),
    Kind("audit", "who did what: one link of the station's audit hash chain", (
        Field("id", "integer", "the station's row number"),
        Field("ts", "text", _T),
        Field("actor", "text", "who"),
        Field("role", "text", "operator, technician, supervisor, system"),
        Field("action", "text", "e.g. swap.start, alarm.shelve, pack.quarantine"),
        Field("detail", "object", "what, by action"),
        Field("prev_hash", "text", "the previous link's hash (64 zeros for the first)"),
        Field("hash", "text", "SHA-256 over prev_hash, ts, actor, role, action, detail "
              "joined by U+001F: a consumer can check the chain"),
    ), "id"),
    Kind("pack", "a pack's record: first sight, and each new measurement", (
        Field("code", "text", "GB/T 34014 code, 24 characters"),
        Field("type", "text", "pack type"),
        Field("capacity_kwh", "number", "kWh, rated"),
        Field("first_seen", "text", _T),
        Field("last_seen", "text", _T),
        Field("cycles", "integer", "cycles, as its BMS counts"),
        Field("soh_pct", "number", "%: its BMS's state of health"),
        Field("quarantined", "integer", "1 when quarantined here"),
        Field("quarantine_reason", "text", "why, or null"),
        Field("measured_capacity_ah", "number", "Ah: median of its last good sessions"),
        Field("measured_sessions", "integer", "good sessions in that median"),
        Field("measured_spread_ah", "number", "Ah: max - min of them"),
        Field("measured_soh_pct", "number", "%: measured over rated charge"),
        Field("flags", "array", "e.g. BMS_SOH_DISAGREES"),
        Field("charge_throughput_ah", "number", "Ah charged here, lifetime"),
        Field("energy_throughput_kwh", "number", "kWh charged here, lifetime"),
    ), "code"),
    Kind("pack_health", "one health sample of a pack", (
        Field("id", "integer", "the station's row number"),
        Field("pack_code", "text", "the pack"),
        Field("ts", "text", _T),
        Field("soh_pct", "number", "%"),
        Field("cycles", "integer", "cycles"),
        Field("capacity_kwh", "number", "kWh usable (rated x SoH)"),
        Field("insulation_kohm", "number", "kΩ"),
        Field("cell_spread_v", "number", "V, highest minus lowest cell"),
        Field("source", "text", "bms, charging, manual"),
    ), "id"),
    Kind("charging_session", "a charging session: when it starts, when it ends with its "
         "measured record, and when the rest after it is known", (
        Field("id", "text", "UUID of the session"),
        Field("pack_code", "text", "the pack"),
        Field("slot", "integer", "rack slot"),
        Field("started_at", "text", _T),
        Field("ended_at", "text", f"{_T}, or null while it runs"),
        Field("energy_in_kwh", "number", "kWh in"),
        Field("soc_from_pct", "number", "%"),
        Field("soc_to_pct", "number", "%"),
        Field("peak_temp_c", "number", "°C"),
        Field("peak_power_kw", "number", "kW"),
        Field("end_reason", "text", "complete, stopped, fault, removed, restart, taken for a swap"),
        Field("method", "text", "meter or integrated"),
        Field("charge_in_ah", "number", "Ah in"),
        Field("capacity_ah", "number", "Ah this session measured; null: flagged, not used"),
        Field("flags", "array", "quality flags (gap, soc_jump, ...)"),
        Field("inputs", "object", "every raw input of the measurement"),
        Field("estimator_version", "text", "the estimator that measured it"),
    ), "id"),
    Kind("quarantine", "a pack quarantined or released here", (
        Field("pack_code", "text", "the pack"),
        Field("quarantined", "boolean", "true: quarantined; false: released"),
        Field("reason", "text", "why, or null when released"),
    ), "uuid"),
)}

STATUS_FIELDS = (
    Field("state", "text", "online, or offline (the broker's last will, or a clean stop)"),
    Field("reason", "text", "stopped (clean), lost (last will)"),
    Field("ts", "text", f"{_T}: when the station said so (the will: when it connected)"),
    Field("station_id", "text", "the station"),
    Field("version", "text", "the console's version"),
    Field("unsent", "integer", "records in its outbox not yet acknowledged, at that time"),
)

CONFIG_NAMES = {
    "vehicles": "the vehicle registry: a JSON array of {plate, fleet, model, pack_type, "
                "blocks, tags, disabled}; replaces or adds each vehicle named. `disabled` "
                "(true or false) disables or enables the vehicle at the station; left out, "
                "a vehicle a technician disabled there stays disabled and a new one is "
                "enabled",
    "pack_blocklist": "packs the fleet forbids: a JSON array of {code, reason}; each is "
                      "quarantined here (a pack no longer listed is not released: a person "
                      "releases it at the console)",
}


def kind_of(event_kind: str) -> str:
    return event_kind[len(RECORD_PREFIX):] if event_kind.startswith(RECORD_PREFIX) else "event"


def envelope(station_id: str, uuid: str, seq: int, ts: str, event_kind: str,
             payload: str | dict[str, Any], offline: int | bool) -> dict[str, Any]:
    """The message for one outbox row (its event's columns as stored)."""
    data = json.loads(payload) if isinstance(payload, str) else payload
    kind = kind_of(event_kind)
    body = data if kind != "event" else {"type": event_kind, "data": data}
    return {"uuid": uuid, "station_id": station_id, "seq": seq, "kind": kind, "ts": ts,
            "offline": bool(offline), "v": CONTRACT_VERSION, "body": body}


def encode_stored(station_id: str, uuid: str, seq: int, ts: str, event_kind: str,
                  payload: str, offline: int | bool) -> tuple[str, bytes]:
    """(kind, the message's bytes) for one outbox row, the stored payload spliced in as it
    is: the same JSON as ``encode(envelope(...))`` without decoding and encoding the body
    again (what draining a week of records costs most, after paho)."""
    kind = kind_of(event_kind)
    body = payload if kind != "event" else f'{{"type":{_q(event_kind)},"data":{payload}}}'
    head = (f'{{"uuid":{_q(uuid)},"station_id":{_q(station_id)},"seq":{int(seq)},'
            f'"kind":{_q(kind)},"ts":{_q(ts)},'
            f'"offline":{"true" if offline else "false"},"v":{CONTRACT_VERSION},"body":')
    return kind, (head + body + "}").encode("utf-8")


_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:+ ")


def _q(text: str) -> str:
    """A JSON string: quoted as it is when plain (UUIDs, times, kinds), else json.dumps."""
    return f'"{text}"' if _PLAIN.issuperset(text) else json.dumps(text)


def encode(message: dict[str, Any]) -> bytes:
    return json.dumps(message, separators=(",", ":"), ensure_ascii=False,
                      default=str).encode("utf-8")


def _table(rows: list[tuple[str, str, str]]) -> list[str]:
    out = ["| field | type | meaning |", "|---|---|---|"]
    out += [f"| `{a}` | {b} | {c} |" for a, b, c in rows]
    return out


def markdown() -> str:
    """resources/sync-contract.md."""
    lines = [
        "# The fleet contract: what a station publishes and what it accepts",
        "",
        "Generated from `operator_app/sync/contract.py` (`python -m operator_app.sync.contract"
        " > resources/sync-contract.md`); a test fails when this file and the code differ.",
        f"Contract version {CONTRACT_VERSION}.",
        "",
        "## Transport",
        "",
        "MQTT 5 (3.1.1 where the broker speaks only that), QoS 1, a persistent session "
        "(clean start off, session expiry one week), client id `station-<station_id>`. "
        "`mqtt://host:port` or `mqtts://host:port` (TLS, the station's certificate or a "
        "username and password). The station marks a record sent only when the broker's "
        "PUBACK for it carries a success reason code (0, or 16: no subscriber yet). Over "
        "MQTT 3.1.1 a broker cannot refuse a publish in its PUBACK: a record an ACL denies "
        "is then counted sent though the fleet never got it. Use MQTT 5.",
        "",
        "## Topics",
        "",
        "| topic | direction | retained | what |",
        "|---|---|---|---|",
        f"| `{records_topic('<id>', '<kind>')}` | station -> fleet | no | one record "
        "version per message, in `seq` order |",
        f"| `{status_topic('<id>')}` | station -> fleet | yes | `online` when connected; "
        "the last will sets `offline` at once when the station drops off |",
    ]
    for name, what in CONFIG_NAMES.items():
        lines.append(f"| `{config_topic('<id>', name)}` | fleet -> station | yes | {what} |")
    lines += [
        "",
        "`<id>` is the station id set at commissioning (`station_id` in the console's "
        "configuration). A station refuses to sync without one, and refuses a changed id "
        "once records went out under the old one (its journal keeps the id it was "
        "commissioned with).",
        "",
        "## The envelope",
        "",
        "Every record message is one JSON object (UTF-8):",
        "",
        *_table([(f.name, f.type, f.meaning) for f in ENVELOPE]),
        "",
        "## Deduplicating and finding gaps",
        "",
        "- Keep messages by `uuid`: a message may arrive twice (a retry after a reconnect, an "
        "export bundle imported after the broker delivered the same records). Upsert by "
        "`uuid`; the second copy is identical.",
        "- A record sent again later (a swap at its end, an alarm at each transition) is a "
        "new message with a new `uuid` and a higher `seq`; the latest version of a record "
        "is the one with the highest `seq` for its key (below).",
        "- `seq` counts every message a station writes, of every kind, from 1 with no number "
        "skipped. Numbers missing between 1 and the highest held are records still on their "
        "way (an offline station, a bundle not yet imported), never records given up.",
        "- Messages go in the order the station wrote them (rising `seq`; records "
        "recovered from a damaged journal file come later with their own lower numbers). "
        "At most a window of 20 is in flight; after a reconnect, those may come again.",
        "",
        "## Kinds",
        "",
    ]
    for kind in KINDS.values():
        lines += [f"### `{kind.name}`", "", f"{kind.what[0].upper()}{kind.what[1:]}. "
                  f"Latest version by `{kind.key}`.", "",
                  *_table([(f.name, f.type, f.meaning) for f in kind.fields]), ""]
    lines += [
        "## Status",
        "",
        f"`{status_topic('<id>')}`, retained:",
        "",
        *_table([(f.name, f.type, f.meaning) for f in STATUS_FIELDS]),
        "",
        "## Export bundles (stations with no network)",
        "",
        "`operator-app sync export --data-dir DIR --out PATH` writes a folder "
        "`<station_id>-<first seq>-<last seq>/` holding `records-NNNN.jsonl.gz` (gzip, one "
        "envelope per line, as above) and `manifest.json`: `format` "
        "(`operator-app-sync-bundle/1`), `station_id`, `created_at`, `files` (each `name`, "
        "`sha256` of the file, `records`, `first_seq`, `last_seq`), `ranges` (the runs of "
        "`seq` it holds), `counts` by kind, and `previous` (the SHA-256 of the station's "
        "previous bundle's manifest file, or null for the first): the bundles form a chain "
        "the fleet can follow. `operator-app fleet import PATH --out DIR` checks it and "
        "upserts by `uuid`.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    import sys

    sys.stdout.write(markdown())
