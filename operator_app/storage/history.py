"""A pack's history for plots, read from the journal at the level that fits the span.

The journal keeps telemetry at three levels (storage/retention.py): raw samples (every 10 s
while a pack is active, once a minute at rest, for ``--telemetry-days``), 1-minute rollups of
the minutes something happened in (90 days) and 1-hour rollups of every hour (for good).
``read_series`` reads the finest level whose points over the span stay within ``max_points``
(``level_for``: with the default 4,000, raw up to 11 h, 1-minute up to 66 h, hourly beyond),
so every read is a few thousand points whatever the journal's age, and fills what that level
lacks from the next one:

* raw: the part before the oldest raw sample still kept is read at the 1-minute level;
* 1-minute: a pack at rest has no 1-minute rows (its values do not move), so its raw samples
  (one a minute) stand for those minutes, and where the raw samples are gone too, the hour's
  rollup stands for an hour without any 1-minute row; the minutes not yet rolled up are raw;
* 1-hour: the hours after the last rollup (``rollup_1h_until``) are read at the 1-minute level.

Every point carries mean, min and max of each series (a raw sample's are its value), the
number of samples and its bucket's width (0 for a raw sample), so a plot draws a rollup as a
min-max band with its mean line and a raw sample as a line, from the same arrays.

Also here, for the pack's other plots: its charging sessions as curves, its health (the
capacity its good sessions measured, the BMS's SoH, a trend and the date it reaches the end
of life) and the fleet's SoH with its outliers. Plain SQL and numpy, no Qt: tested and
benchmarked without a screen. Every function takes a connection (a read-only one of the
caller's own: ``operator_app.storage.db.connect(path, readonly=True)``).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from operator_app.domain.capacity import rated_ah

RAW, MINUTE, HOUR = "raw", "1m", "1h"
LEVELS = (RAW, MINUTE, HOUR)
# the densest a level can be: a raw sample every 10 s (a pack on the charger), a bucket a
# minute, a bucket an hour
STEP_S = {RAW: 10.0, MINUTE: 60.0, HOUR: 3600.0}
BUCKET_S = {MINUTE: 60.0, HOUR: 3600.0}
MAX_POINTS = 4000
SPANS = {"1h": 3600.0, "24h": 86400.0, "7d": 7 * 86400.0, "30d": 30 * 86400.0, "all": None}
GAP_S = 180.0  # three rest intervals without a sample: the pack was not in a slot
EOL_SOH_PCT = 80.0  # end of life: a pack below this SoH leaves service
MIN_TREND_SESSIONS = 5  # good sessions a trend needs ...
MIN_TREND_DAYS = 14.0  # ... spread over at least this many days

# every point: time, samples, then mean, min and max of each series, then the bucket width
FIELDS = ("t", "n", "soc", "soc_min", "soc_max", "voltage", "voltage_min", "voltage_max",
          "current", "current_min", "current_max", "cell_min", "cell_max",
          "temp_min", "temp_mean", "temp_max", "power", "power_min", "power_max", "width")

_RAW_COLS = ("ts_epoch, 1, soc_pct, soc_pct, soc_pct, voltage_v, voltage_v, voltage_v, "
             "current_a, current_a, current_a, cell_min_v, cell_max_v, temp_min_c, "
             "temp_max_c, temp_max_c, charger_power_kw, charger_power_kw, charger_power_kw, 0")


def _bucket_cols(size: float) -> str:
    # a bucket is drawn at its middle; rows rolled up before m011 have no voltage min/max
    return (f"bucket_epoch + {size / 2}, n, soc_mean, soc_min, soc_max, voltage_mean, "
            "coalesce(voltage_min, voltage_mean), coalesce(voltage_max, voltage_mean), "
            "current_mean, current_min, current_max, cell_min_min, cell_max_max, temp_min, "
            f"temp_mean, temp_max, power_mean, power_min, power_max, {size}")


_SELECT_RAW = (f"SELECT {_RAW_COLS} FROM telemetry WHERE pack_code = :code "
               "AND ts_epoch >= :a AND ts_epoch < :b")
_SELECT_HOURS = (f"SELECT {_bucket_cols(3600.0)} FROM telemetry_1h WHERE pack_code = :code "
                 "AND bucket_epoch > :a - 3600 AND bucket_epoch < :b")
# the 1-minute level: the minutes rolled up; the raw samples of minutes without a rollup row
# (a pack at rest, and the minutes not rolled up yet); and, before the oldest raw sample, the
# hours that have no 1-minute row at all
_SELECT_MINUTES = f"""
SELECT * FROM (
    SELECT {_bucket_cols(60.0)} FROM telemetry_1m
    WHERE pack_code = :code AND bucket_epoch > :a - 60 AND bucket_epoch < :b
    UNION ALL
    SELECT {_RAW_COLS} FROM telemetry AS t
    WHERE pack_code = :code AND ts_epoch >= :a AND ts_epoch < :b AND NOT EXISTS (
        SELECT 1 FROM telemetry_1m AS m WHERE m.pack_code = :code
        AND m.bucket_epoch = CAST(t.ts_epoch / 60 AS INTEGER) * 60)
    UNION ALL
    SELECT {_bucket_cols(3600.0)} FROM telemetry_1h AS h
    WHERE pack_code = :code AND bucket_epoch > :a - 3600 AND bucket_epoch < :b
    AND bucket_epoch + 3600 <= :raw_from AND NOT EXISTS (
        SELECT 1 FROM telemetry_1m AS m WHERE m.pack_code = :code
        AND m.bucket_epoch >= h.bucket_epoch AND m.bucket_epoch < h.bucket_epoch + 3600)
) ORDER BY 1
"""


def level_for(span_s: float, max_points: int = MAX_POINTS) -> str:
    """The finest level whose densest points over ``span_s`` seconds fit ``max_points``."""
    for level in LEVELS:
        if span_s / STEP_S[level] <= max_points:
            return level
    return HOUR


@dataclass(frozen=True, eq=False)
class Series:
    """A pack's telemetry over ``[t0, t1)`` at ``level``, oldest first: ``t`` (epoch seconds,
    a bucket's middle) and, by name (``FIELDS``), each series' arrays; NaN where the journal
    holds nothing."""

    code: str
    t0: float
    t1: float
    level: str
    t: np.ndarray
    values: dict[str, np.ndarray]
    _breaks: list[np.ndarray] = field(default_factory=list, repr=False)

    def __len__(self) -> int:
        return len(self.t)

    def __getitem__(self, name: str) -> np.ndarray:
        return self.t if name == "t" else self.values[name]

    @property
    def banded(self) -> bool:
        """Whether any point is a rollup bucket (drawn as a min-max band)."""
        return bool(len(self.t)) and bool(np.any(self.values["width"] > 0))

    def breaks(self) -> np.ndarray:
        """Indices ``i`` where the pack was away between point ``i - 1`` and ``i`` (no sample
        for longer than the points' own spacing explains)."""
        if not self._breaks:
            if len(self.t) < 2:
                self._breaks.append(np.zeros(0, dtype=np.intp))
            else:
                w = self.values["width"]
                half = (w[:-1] + w[1:]) / 2
                gap = np.diff(self.t) > half + np.maximum(GAP_S, half)
                self._breaks.append(np.flatnonzero(gap) + 1)
        return self._breaks[0]

    def line(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """(x, y) of ``name`` for a plot: a NaN between points with a gap between them, so
        the line breaks where the pack was away."""
        y = self[name]
        cut = self.breaks()
        if not len(cut):
            return self.t, y
        return np.insert(self.t, cut, np.nan), np.insert(y, cut, np.nan)

    def nearest(self, when: float) -> int | None:
        """The point nearest ``when`` (the bucket holding it, or the nearest sample); None
        when nothing was recorded near it (farther than half its bucket, or than GAP_S / 2
        from a raw sample)."""
        n = len(self.t)
        if not n:
            return None
        i = int(np.searchsorted(self.t, when))
        j = min((k for k in (i - 1, i) if 0 <= k < n), key=lambda k: abs(self.t[k] - when))
        reach = max(self.values["width"][j] / 2, GAP_S / 2)
        return j if abs(self.t[j] - when) <= reach else None

    def at(self, when: float) -> dict[str, float] | None:
        """Every field's value at the point nearest ``when`` (see ``nearest``)."""
        j = self.nearest(when)
        if j is None:
            return None
        return {name: float(self[name][j]) for name in FIELDS}


def _empty(code: str, t0: float, t1: float, level: str) -> Series:
    return Series(code, t0, t1, level, np.zeros(0), {f: np.zeros(0) for f in FIELDS[1:]})


def _series(code: str, t0: float, t1: float, level: str, rows: list[tuple]) -> Series:
    if not rows:
        return _empty(code, t0, t1, level)
    data = np.array(rows, dtype=np.float64)  # NULL (None) becomes NaN
    return Series(code, t0, t1, level, data[:, 0].copy(),
                  {name: data[:, k].copy() for k, name in enumerate(FIELDS) if k})


def _thin(s: Series, max_points: int) -> Series:
    """A safety net for a journal whose rollups are missing (retention never ran on it):
    ``max_points`` equal-count chunks, each with its min, mean and max."""
    n = len(s)
    edges = np.linspace(0, n, max_points + 1).astype(np.intp)[:-1]
    counts = np.diff(np.append(edges, n)).astype(np.float64)
    out: dict[str, np.ndarray] = {}

    def mean(a: np.ndarray) -> np.ndarray:
        finite = np.isfinite(a)
        total = np.add.reduceat(np.where(finite, a, 0.0), edges)
        k = np.add.reduceat(finite.astype(np.float64), edges)
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(k > 0, total / np.maximum(k, 1), np.nan)

    t = np.add.reduceat(s.t, edges) / counts
    for name in FIELDS[1:]:
        a = s[name]
        if name == "n":
            out[name] = np.add.reduceat(a, edges)
        elif name.endswith("_min") or name == "cell_min":
            out[name] = np.fmin.reduceat(a, edges)
        elif name.endswith("_max") or name == "cell_max":
            out[name] = np.fmax.reduceat(a, edges)
        elif name == "width":
            lo = np.minimum.reduceat(s.t - a / 2, edges)
            hi = np.maximum.reduceat(s.t + a / 2, edges)
            out[name] = hi - lo
        else:
            out[name] = mean(a)
    return Series(s.code, s.t0, s.t1, s.level, t, out)


def _mark(db: Any, key: str) -> float | None:
    row = db.execute("SELECT value FROM station WHERE key = ?", [key]).fetchone()
    return float(json.loads(row[0])) if row else None


def raw_from(db: Any) -> float | None:
    """The oldest raw sample the journal still keeps (any pack; the windows cut by time)."""
    return db.execute("SELECT min(ts_epoch) FROM telemetry").fetchone()[0]


def _minutes(db: Any, code: str, a: float, b: float, oldest_raw: float | None) -> list[tuple]:
    return db.execute(_SELECT_MINUTES, {"code": code, "a": a, "b": b, "raw_from": (
        math.inf if oldest_raw is None else oldest_raw)}).fetchall()


def read_series(db: Any, code: str, t0: float, t1: float, max_points: int = MAX_POINTS,
                level: str | None = None) -> Series:
    """Pack ``code``'s telemetry over ``[t0, t1)`` at ``level`` (default: ``level_for`` the
    span), with what that level lacks filled from the others (see the module's text)."""
    level = level or level_for(t1 - t0, max_points)
    if t1 <= t0:
        return _empty(code, t0, t1, level)
    oldest_raw = raw_from(db)
    rows: list[tuple] = []
    if level == RAW:
        cut = t1 if oldest_raw is None else min(max(oldest_raw, t0), t1)
        if cut > t0:  # raw samples are gone there: the 1-minute level
            rows += _minutes(db, code, t0, cut, oldest_raw)
        if cut < t1:
            rows += db.execute(_SELECT_RAW + " ORDER BY ts_epoch",
                               {"code": code, "a": cut, "b": t1}).fetchall()
    elif level == MINUTE:
        rows = _minutes(db, code, t0, t1, oldest_raw)
    else:
        tail = _mark(db, "rollup_1h_until")
        if tail is None:  # no mark: the pack's last hour rolled up
            last = db.execute("SELECT max(bucket_epoch) FROM telemetry_1h WHERE pack_code = ?",
                              [code]).fetchone()[0]
            tail = t0 if last is None else last + 3600.0
        upto = min(max(tail, t0), t1)
        if upto > t0:
            rows = db.execute(_SELECT_HOURS + " ORDER BY bucket_epoch",
                              {"code": code, "a": t0, "b": upto}).fetchall()
        if upto < t1:  # not rolled up into hours yet
            rows += _minutes(db, code, upto, t1, oldest_raw)
    series = _series(code, t0, t1, level, rows)
    if len(series) > 2 * max_points:
        series = _thin(series, max_points)
    return series


def _min_max(db: Any, table: str, column: str, code: str) -> tuple[Any, Any]:
    # two queries: SQLite answers a lone min() or max() from the index in one step, but
    # min() and max() together by reading the pack's whole index range
    sql = f"SELECT {{}}({column}) FROM {table} WHERE pack_code = ?"
    return (db.execute(sql.format("min"), [code]).fetchone()[0],
            db.execute(sql.format("max"), [code]).fetchone()[0])


def pack_extent(db: Any, code: str) -> tuple[float, float] | None:
    """(first, last) time the journal holds telemetry of pack ``code``, at any level (the
    last: its last raw sample, or the end of its last bucket where the raw samples are gone);
    None when it holds none. Index look-ups only."""
    raw = _min_max(db, "telemetry", "ts_epoch", code)
    lo = [raw[0]] if raw[0] is not None else []
    ends = []
    for table, width in (("telemetry_1m", 60.0), ("telemetry_1h", 3600.0)):
        first, last = _min_max(db, table, "bucket_epoch", code)
        if first is not None:
            lo.append(first)
            if raw[1] is None or last > raw[1]:  # a bucket newer than any raw sample kept
                ends.append(last + width)
    if not lo:
        return None
    return min(lo), max([*ends, *([raw[1]] if raw[1] is not None else [])])


def epoch(text: str | None) -> float | None:
    """A journal time (UTC ISO-8601 text) as epoch seconds."""
    if not text:
        return None
    value = dt.datetime.fromisoformat(text)
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.timestamp()


# --- charging sessions ----------------------------------------------------------------------


@dataclass(frozen=True)
class ChargeCurve:
    """One charging session of a pack: its SoC (and highest cell) against hours from its
    start, from the telemetry in its time window."""

    session_id: str
    started: float
    ended: float | None
    soc_from: float | None
    soc_to: float | None
    capacity_ah: float | None  # None: the session was flagged, not used for capacity
    flags: tuple[str, ...]
    end_reason: str | None
    hours: np.ndarray
    soc: np.ndarray
    cell_max: np.ndarray


def charge_curves(db: Any, code: str, limit: int = 8, max_points: int = 1500
                  ) -> list[ChargeCurve]:
    """The pack's last ``limit`` charging sessions, newest first, each with its curve."""
    sessions = db.execute(
        "SELECT id, started_at, ended_at, soc_from_pct, soc_to_pct, capacity_ah, flags, "
        "end_reason FROM charging_sessions WHERE pack_code = ? ORDER BY started_at DESC "
        "LIMIT ?", [code, limit]).fetchall()
    out = []
    extent = pack_extent(db, code) if sessions else None
    for sid, started_at, ended_at, soc_from, soc_to, cap, flags, reason in sessions:
        t0 = epoch(started_at)
        if t0 is None:
            continue
        t1 = epoch(ended_at)
        end = t1 if t1 is not None else (extent[1] if extent else t0)
        s = read_series(db, code, t0, max(end, t0 + 1.0), max_points)
        keep = np.isfinite(s["soc"])
        out.append(ChargeCurve(
            sid, t0, t1, soc_from, soc_to, cap, tuple(json.loads(flags) if flags else ()),
            reason, (s.t[keep] - t0) / 3600.0, s["soc"][keep], s["cell_max"][keep]))
    return out


# --- health ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Trend:
    """A straight line through the measured SoH: ``soh(t) = intercept + slope * days since
    ref``; ``eol_at``: when it reaches the end-of-life threshold (None: it does not fall)."""

    slope_per_day: float
    intercept: float
    ref: float
    n: int
    eol_at: float | None
    eol_pct: float = EOL_SOH_PCT

    def soh(self, t: np.ndarray | float) -> np.ndarray | float:
        return self.intercept + self.slope_per_day * (np.asarray(t) - self.ref) / 86400.0


def soh_trend(times: Sequence[float], soh: Sequence[float], eol_pct: float = EOL_SOH_PCT,
              min_points: int = MIN_TREND_SESSIONS, min_days: float = MIN_TREND_DAYS
              ) -> Trend | None:
    """Least squares of SoH on time; None with fewer than ``min_points`` points or over fewer
    than ``min_days`` days (not enough sessions for a trend)."""
    t = np.asarray(times, dtype=np.float64)
    y = np.asarray(soh, dtype=np.float64)
    ok = np.isfinite(t) & np.isfinite(y)
    t, y = t[ok], y[ok]
    if len(t) < min_points or (t.max() - t.min()) / 86400.0 < min_days:
        return None
    ref = float(t[-1])
    days = (t - ref) / 86400.0
    slope, intercept = np.polyfit(days, y, 1)
    eol_at = None
    if slope < -1e-6:  # falling (by more than rounding: a flat line never gets there)
        eol_at = ref + (eol_pct - intercept) / slope * 86400.0
    return Trend(float(slope), float(intercept), ref, len(t), eol_at, eol_pct)


@dataclass(frozen=True)
class Health:
    """A pack's health over time: what its good sessions measured beside what its BMS said."""

    code: str
    rated_ah: float | None
    measured_t: np.ndarray  # each good session's start
    measured_soh: np.ndarray  # its capacity over the rated charge, %
    measured_ah: np.ndarray
    bms_t: np.ndarray
    bms_soh: np.ndarray
    trend: Trend | None


def pack_health(db: Any, code: str) -> Health:
    """The pack's measured SoH per good session (``capacity_ah`` over ``rated_ah`` of its
    rated energy), its BMS's SoH records, and the trend of the measured SoH."""
    row = db.execute("SELECT capacity_kwh FROM packs WHERE code = ?", [code]).fetchone()
    rated = rated_ah(row[0]) if row else None
    good = db.execute(
        "SELECT started_at, capacity_ah FROM charging_sessions WHERE pack_code = ? AND "
        "capacity_ah IS NOT NULL ORDER BY started_at", [code]).fetchall()
    mt = np.array([epoch(s) for s, _ in good], dtype=np.float64)
    mah = np.array([c for _, c in good], dtype=np.float64)
    msoh = mah / rated * 100.0 if rated else np.full(len(mah), np.nan)
    bms = db.execute("SELECT ts, soh_pct FROM pack_health WHERE pack_code = ? AND "
                     "source = 'bms' AND soh_pct IS NOT NULL ORDER BY ts", [code]).fetchall()
    bt = np.array([epoch(ts) for ts, _ in bms], dtype=np.float64)
    bsoh = np.array([v for _, v in bms], dtype=np.float64)
    return Health(code, rated, mt, msoh, mah, bt, bsoh, soh_trend(mt, msoh) if rated else None)


# --- the fleet ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PackSoh:
    code: str
    soh: float
    measured: bool  # False: the BMS's SoH, no good session measured yet


@dataclass(frozen=True)
class Outlier:
    code: str
    soh: float
    measured: bool
    below_eol: bool
    sigmas: float  # how many (robust) standard deviations from the fleet's median


def fleet_soh(db: Any) -> list[PackSoh]:
    """Every pack's measured SoH, or its BMS's where nothing was measured; packs with
    neither are left out."""
    out = []
    for code, measured, bms in db.execute(
            "SELECT code, measured_soh_pct, soh_pct FROM packs ORDER BY code"):
        if measured is not None:
            out.append(PackSoh(code, float(measured), True))
        elif bms is not None:
            out.append(PackSoh(code, float(bms), False))
    return out


def fleet_spread(packs: Sequence[PackSoh], eol_pct: float = EOL_SOH_PCT
                 ) -> tuple[float, float]:
    """(median, standard deviation) of the fleet's SoH, the packs below the end of life left
    out of the deviation (they are named for that already)."""
    values = [p.soh for p in packs]
    kept = [v for v in values if v >= eol_pct] or values
    return statistics.median(values), statistics.pstdev(kept) if len(kept) > 1 else 0.0


def fleet_outliers(packs: Sequence[PackSoh], sigmas: float = 2.0,
                   eol_pct: float = EOL_SOH_PCT) -> list[Outlier]:
    """Packs below the end-of-life threshold, and packs more than ``sigmas`` standard
    deviations from the mean of the others (the packs above the end of life; with three
    others at least), lowest SoH first. Each pack is held against the others without itself,
    so that one far pack does not widen the spread enough to hide itself."""
    if not packs:
        return []
    values = np.array([p.soh for p in packs])
    counted = values >= eol_pct
    n = int(counted.sum())
    total, squares = values[counted].sum(), (values[counted] ** 2).sum()
    out = []
    for p, v, inside in zip(packs, values, counted, strict=True):
        k = n - 1 if inside else n  # the others
        z = 0.0
        if k >= 3:
            rest, rest2 = total - v * inside, squares - v * v * inside
            mean = rest / k
            sd = math.sqrt(max(rest2 / k - mean * mean, 0.0) * k / (k - 1))
            z = (v - mean) / max(sd, 0.1)  # 0.1 points: a fleet of identical packs
        if v < eol_pct or abs(z) > sigmas:
            out.append(Outlier(p.code, p.soh, p.measured, bool(v < eol_pct), float(z)))
    return sorted(out, key=lambda o: o.soh)
