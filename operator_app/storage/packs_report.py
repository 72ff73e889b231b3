"""Every pack's record, from the journal: what the fleet is handed.

One row per pack the station has seen: its identity and rating, its BMS's SoH beside the
capacity the console measured (domain/capacity.py), its lifetime counters (charge and energy
throughput, full equivalent cycles), its charging sessions (good ones and flagged ones), the
harmful events its alarms record (over-temperature, insulation, level-3 alarms), whether it
is quarantined, and its flags. Three grouped queries over indexed tables, whatever the
journal's age. Read-only.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from typing import Any

from operator_app.domain.capacity import rated_ah

# the report's columns, in order (a CSV's header; a JSON object's keys)
COLUMNS = ("code", "type", "rated_kwh", "rated_ah", "bms_soh_pct", "bms_cycles",
           "measured_capacity_ah", "measured_capacity_kwh", "measured_soh_pct",
           "capacity_sessions", "capacity_spread_ah", "sessions", "sessions_flagged",
           "charge_throughput_ah", "energy_throughput_kwh", "full_equivalent_cycles",
           "over_temperature_events", "insulation_events", "level3_alarms",
           "quarantined", "quarantine_reason", "flags", "first_seen", "last_seen")


def pack_records(db: sqlite3.Connection, code: str | None = None) -> list[dict[str, Any]]:
    """The records of every pack (or of ``code`` alone), ordered by code."""
    where, args = ("WHERE code = ?", [code]) if code else ("", [])
    packs = db.execute(
        "SELECT code, type, capacity_kwh, soh_pct, cycles, measured_capacity_ah, "
        "measured_sessions, measured_spread_ah, measured_soh_pct, charge_throughput_ah, "
        f"energy_throughput_kwh, quarantined, quarantine_reason, flags, first_seen, last_seen "
        f"FROM packs {where} ORDER BY code", args).fetchall()
    pwhere = "WHERE pack_code = ?" if code else ""
    sessions = {r[0]: r[1:] for r in db.execute(
        "SELECT pack_code, count(*), sum(capacity_ah IS NULL AND ended_at IS NOT NULL) "
        f"FROM charging_sessions {pwhere} GROUP BY pack_code", args)}
    awhere = "AND pack_code = ?" if code else ""
    harm = {r[0]: r[1:] for r in db.execute(
        "SELECT pack_code, sum(code = 'PACK_HIGH_TEMPERATURE'), "
        "sum(code = 'PACK_INSULATION_FAILURE'), sum(code LIKE 'PACK_%' AND priority = 1) "
        f"FROM alarms WHERE pack_code IS NOT NULL {awhere} GROUP BY pack_code", args)}
    out = []
    for (code_, ptype, kwh, soh, cycles, m_ah, m_n, m_spread, m_soh, ah_in, kwh_in, quar,
         quar_why, flags, first, last) in packs:
        rated = rated_ah(kwh)
        n, flagged = sessions.get(code_, (0, 0))
        hot, insulation, level3 = harm.get(code_, (0, 0, 0))
        out.append({
            "code": code_, "type": ptype, "rated_kwh": kwh,
            "rated_ah": None if rated is None else round(rated, 2),
            "bms_soh_pct": soh, "bms_cycles": cycles,
            "measured_capacity_ah": m_ah,
            "measured_capacity_kwh": None if m_ah is None or not rated or not kwh
            else round(m_ah / rated * kwh, 2),
            "measured_soh_pct": m_soh, "capacity_sessions": m_n or 0,
            "capacity_spread_ah": m_spread, "sessions": n or 0, "sessions_flagged": flagged or 0,
            "charge_throughput_ah": round(ah_in or 0.0, 2),
            "energy_throughput_kwh": round(kwh_in or 0.0, 2),
            "full_equivalent_cycles": round((ah_in or 0.0) / rated, 2) if rated else None,
            "over_temperature_events": hot or 0, "insulation_events": insulation or 0,
            "level3_alarms": level3 or 0,
            "quarantined": bool(quar), "quarantine_reason": quar_why,
            "flags": json.loads(flags or "[]"), "first_seen": first, "last_seen": last})
    return out


def as_json(records: list[dict[str, Any]]) -> str:
    return json.dumps(records, indent=1, ensure_ascii=False) + "\n"


def as_csv(records: list[dict[str, Any]]) -> str:
    """One row a pack; ``flags`` joined by ';' (a cell holds no list)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    for r in records:
        w.writerow([";".join(r[c]) if c == "flags" else ("" if r[c] is None else r[c])
                    for c in COLUMNS])
    return buf.getvalue()
