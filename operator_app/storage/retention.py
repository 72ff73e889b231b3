"""Telemetry retention: raw samples for a window, then 1-minute rollups of the minutes
something happened in, and 1-hour rollups of every hour.

Only telemetry is ever removed. Events, swaps, alarms, audit rows and charging
sessions are never touched here, whatever the disk pressure.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

from sqlite_utils import Database

MINUTE, HOUR, DAY = 60.0, 3600.0, 86400.0


@dataclass
class RetentionPolicy:
    """Example: ``RetentionPolicy(raw_days=7, minute_days=90)``; hourly rows are kept for good."""

    raw_days: float = 7.0
    minute_days: float = 90.0
    records_days: float = 90.0  # records the fleet holds are archived after this (archive.py)


_ROLLUP = """
INSERT OR REPLACE INTO {target} (pack_code, bucket_epoch, n, soc_min, soc_mean, soc_max,
    temp_min, temp_mean, temp_max, power_min, power_mean, power_max, voltage_mean,
    cell_spread_max, alarm_level_max, voltage_min, voltage_max, current_min, current_mean,
    current_max, cell_min_min, cell_max_max)
SELECT pack_code, CAST({ts} / {size} AS INTEGER) * {size} AS bucket, {n},
    min({soc_min}), {soc_mean}, max({soc_max}),
    min({temp_min}), {temp_mean}, max({temp_max}),
    min({power_min}), {power_mean}, max({power_max}),
    {voltage_mean}, max({spread}), max({alarm}),
    min(voltage_v), max(voltage_v), min(current_a), avg(current_a), max(current_a),
    min(cell_min_v), max(cell_max_v)
FROM {source}
WHERE {ts} >= ? AND {ts} < ?
GROUP BY pack_code, bucket{having}
"""
# a minute is kept at 1-minute resolution only when something happened in it: the pack was
# charging or discharging, or raised an alarm. A pack at rest is kept hour by hour (its
# values do not move), which is most of a rack's time: the 1-minute table is the largest.
ACTIVE_MINUTE = ("\nHAVING max(abs(coalesce(current_a, 0))) > 1 OR "
                 "max(coalesce(charger_power_kw, 0)) > 0 OR max(coalesce(alarm_level, 0)) > 0")

def _from_raw(target: str, size: float, having: str) -> str:
    return _ROLLUP.format(
        target=target, source="telemetry", ts="ts_epoch", size=int(size), n="count(*)",
        soc_min="soc_pct", soc_mean="avg(soc_pct)", soc_max="soc_pct",
        temp_min="temp_min_c", temp_mean="avg(temp_max_c)", temp_max="temp_max_c",
        power_min="charger_power_kw", power_mean="avg(charger_power_kw)",
        power_max="charger_power_kw", voltage_mean="avg(voltage_v)",
        spread="cell_max_v - cell_min_v", alarm="alarm_level", having=having)


RAW_TO_MINUTE = _from_raw("telemetry_1m", MINUTE, ACTIVE_MINUTE)
# hours are rolled up from the raw samples (every minute, active or at rest, is in them)
RAW_TO_HOUR = _from_raw("telemetry_1h", HOUR, "")

# The rollups are kept current: every run rolls up each minute and hour that has ended since
# the last run (``rollup_1m_until`` / ``rollup_1h_until``), whatever the windows delete, so a
# plot reads recent history at every level. A minute is rolled up once it ended SETTLE_S ago
# (the writer commits telemetry in batches, a second or so after it was sampled); and each run
# rolls up again the buckets of the last REROLL_S before its mark, from the raw samples, so a
# sample that was committed late (the writer held it, the disk was full) is in its bucket
# too. Rolling a bucket up again replaces it with the same summary over more samples.
SETTLE_S = 10.0
REROLL_S = 30 * MINUTE


def _mark(db: Database, key: str) -> float:
    row = db.execute("SELECT value FROM station WHERE key = ?", [key]).fetchone()
    return float(json.loads(row[0])) if row else 0.0


def _set_mark(db: Database, key: str, value: float) -> None:
    db.execute("INSERT OR REPLACE INTO station (key, value) VALUES (?, ?)",
               [key, json.dumps(value)])


def _rollup_from(mark: float, size: float, raw_from: float | None) -> float:
    """Where a run rolls up from: ``REROLL_S`` before the mark (buckets that may have had
    late samples), but never a bucket whose raw samples are not all there any more (a window
    or the disk's pressure removed the oldest), which would replace its summary with less."""
    if mark <= 0:
        return 0.0
    start = math.floor((mark - REROLL_S) / size) * size
    if raw_from is None:
        return mark
    whole = math.ceil(raw_from / size) * size  # the first bucket whose raw samples are all kept
    return min(mark, max(start, whole))


def run_retention(db: Database, now: float, policy: RetentionPolicy | None = None) -> dict:
    """Roll finished minutes and hours up, then drop what the windows no longer keep."""
    policy = policy or RetentionPolicy()
    out = {}
    with db.atomic():
        raw_from = db.execute("SELECT min(ts_epoch) FROM telemetry").fetchone()[0]
        mark = _mark(db, "rollup_1m_until")
        end = max(((now - SETTLE_S) // MINUTE) * MINUTE, mark)
        start = _rollup_from(mark, MINUTE, raw_from)
        if end > start:
            db.execute(RAW_TO_MINUTE, [start, end])
            _set_mark(db, "rollup_1m_until", end)
        mark_h = _mark(db, "rollup_1h_until")
        end_h = max((end // HOUR) * HOUR, mark_h)
        start_h = _rollup_from(mark_h, HOUR, raw_from)
        if end_h > start_h:
            db.execute(RAW_TO_HOUR, [start_h, end_h])
            _set_mark(db, "rollup_1h_until", end_h)
        # only what has been rolled up may go
        raw_cut = min(now - policy.raw_days * DAY, end_h)
        out["raw_deleted"] = db.execute("DELETE FROM telemetry WHERE ts_epoch < ?",
                                        [raw_cut]).rowcount
        minute_cut = min(now - policy.minute_days * DAY, end_h)
        out["minute_deleted"] = db.execute("DELETE FROM telemetry_1m WHERE bucket_epoch < ?",
                                           [minute_cut]).rowcount
    return out


def relieve_pressure(db: Database, rows: int = 20_000) -> int:
    """Free space by dropping the oldest telemetry detail: raw first, then 1-minute rows.

    Never touches events, swaps, alarms, audit rows or charging sessions. Returns the
    number of rows removed (0: nothing left that may go).
    """
    with db.atomic():
        n = db.execute("DELETE FROM telemetry WHERE id IN (SELECT id FROM telemetry ORDER BY "
                       "ts_epoch LIMIT ?)", [rows]).rowcount
        if n == 0:  # telemetry_1m has no rowid: delete by its key
            n = db.execute(
                "DELETE FROM telemetry_1m WHERE (pack_code, bucket_epoch) IN (SELECT pack_code, "
                "bucket_epoch FROM telemetry_1m ORDER BY bucket_epoch LIMIT ?)", [rows]).rowcount
    return n
