"""Benchmark: a pack's history plots (ui/pack_plots.py) from the journal, beside a naive plot.

Run:  .venv/bin/python -m tests.benchmarks.bench_history [--runs 7] [--pans 100]

The journal: a 30-day history of one pack at the journal's real cadence (a sample every
10 s while it charges, every 60 s at rest, none while it is out in a vehicle; a day: it
comes back depleted in the morning, rests, charges for two to three hours, rests full
until it leaves in the afternoon, and every fourth day comes back in the evening for a
short top-up), its charging sessions, and the rollups as the retention run makes them (run
at the end of every simulated day; raw samples kept 31 days, so the naive plot below has
all of them to draw).

Measured, offscreen Qt, medians of ``--runs``:
1. load + first draw of ``PackHistoryPlot`` at span 30d and 24h: ``show_pack`` (its own
   read-only connection, the level read, the six plots set) until its plots have painted;
2. pan redraw at spans 24h and 7d: ``--pans`` programmatic pans of a tenth of the span,
   each followed by the re-read of the visible range (forced at every pan: the worst case)
   and the repaint (the events delivered until the plots painted); median and p99; also
   with the re-read only when the loaded data does not cover the view (what a finger's pan
   does);
3. beside them, in the same run, the naive plot: the same six series (eight pens) from the
   raw samples alone, read whole, drawn without levels, clipping or downsampling; its pan
   redraw with 30 days loaded and the same span in view.
Goals: load + first draw < 300 ms, pan redraw p99 < 33 ms, at least 10x faster than naive.

4. ``packs_report.pack_records`` over a year-old journal of 60 packs with their charging
   sessions (one a day each, their measured inputs), BMS health records and alarms; beside it
   the same report asked pack by pack (60 calls), as a page per pack would.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np

from operator_app.domain.capacity import rated_ah
from operator_app.domain.station import CELLS_PER_PACK
from operator_app.simulator.pack import ocv
from operator_app.storage import history as h
from operator_app.storage.db import connect, open_journal
from operator_app.storage.journal import TELEMETRY_COLUMNS, iso
from operator_app.storage.retention import RetentionPolicy, run_retention
from tests.benchmarks.figures import pct

DAY = 86400.0
CODE = "CATPFA1B7Q4X2R9M00000017"  # 24 characters, as GB/T 34014 codes are
KWH = 171.0
END = 1_799_971_200.0  # the journal's "now": 2027-01-15 00:00 UTC
DPI = 149.0


def _insert(db, rows: list[tuple]) -> None:
    db.conn.executemany(f"INSERT INTO telemetry ({','.join(TELEMETRY_COLUMNS)}) VALUES "
                        f"({','.join('?' * len(TELEMETRY_COLUMNS))})", rows)


def _session(db, code: str, slot: int, t0: float, t1: float, soc0: float, soc1: float,
             capacity_ah: float | None, flags: list[str], peak_t: float, peak_kw: float,
             inputs: dict | None = None) -> None:
    db.execute(
        "INSERT INTO charging_sessions (id, pack_code, slot, started_at, ended_at, "
        "energy_in_kwh, soc_from_pct, soc_to_pct, peak_temp_c, peak_power_kw, end_reason, "
        "method, charge_in_ah, capacity_ah, flags, inputs, estimator_version) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [str(uuid.uuid4()), code, slot, iso(t0), iso(t1),
         round((soc1 - soc0) / 100 * KWH, 2), round(soc0, 1), round(soc1, 1), round(peak_t, 1),
         round(peak_kw, 1), "complete", "meter",
         None if capacity_ah is None else round(capacity_ah * (soc1 - soc0) / 100, 2),
         None if capacity_ah is None else round(capacity_ah, 2), json.dumps(flags),
         json.dumps(inputs or {}, separators=(",", ":")), "capacity-1"])


def _visit(rng: random.Random, code: str, slot: int, arrive: float, leave: float,
           soc: float, soh: float, amb: float) -> tuple[list[tuple], dict]:
    """One stay in the rack: rest, charge to full (CC 0.4 C, then CV), rest until it
    leaves. Samples every 60 s at rest, every 10 s while charging."""
    rows: list[tuple] = []
    capacity = rated_ah(KWH) * soh / 100
    temp = amb + rng.uniform(3, 6)  # warm from the road
    spread = rng.uniform(0.010, 0.016)

    def sample(t: float, current: float, power: float) -> None:
        cell = ocv(soc) + current * 0.0009
        rows.append((code, slot, round(t, 1), round(soc, 2), soh, round(cell * CELLS_PER_PACK, 1),
                     round(current, 1), round(cell - spread * (1 + (soc > 95)), 3),
                     round(cell + spread, 3), round(temp - 3.0, 1), round(temp, 1), 4200.0,
                     round(power, 1), 0))

    t = arrive
    start = arrive + rng.uniform(15, 40) * 60
    while t < start:
        sample(t, 0.0, 0.0)
        temp += (amb - temp) * 60 / 5400
        t += 60.0
    soc0, peak_t, peak_kw = soc, temp, 0.0
    amps = 0.4 * rated_ah(KWH)
    while soc < 99.9 and t < leave:
        current = amps if soc < 90 else max(6.0, amps * (100 - soc) / 10)
        power = CELLS_PER_PACK * (ocv(soc) + current * 0.0009) * current / 1000
        sample(t, current, power)
        soc = min(100.0, soc + current * 10 / 3600 / capacity * 100)
        temp += (amb + 2 + power * 0.16 - temp) * 10 / 2400
        peak_t, peak_kw = max(peak_t, temp), max(peak_kw, power)
        t += 10.0
    end = t
    while t < leave:
        sample(t, 0.0, 0.0)
        temp += (amb - temp) * 60 / 5400
        t += 60.0
    return rows, {"t0": start, "t1": end, "soc0": soc0, "soc1": soc, "peak_t": peak_t,
                  "peak_kw": peak_kw}


def build_month(directory: Path, days: int = 30, seed: int = 1, code: str = CODE,
                slot: int = 5) -> Path:
    """A journal with ``days`` days of one pack's history, ending at ``END``."""
    rng = random.Random(seed)
    db, _ = open_journal(directory)
    soh = 97.4
    db.execute("INSERT INTO packs (code, type, capacity_kwh, first_seen, last_seen, cycles, "
               "soh_pct) VALUES (?,?,?,?,?,?,?)", [code, "A_171KWH", KWH, iso(END - days * DAY),
                                                  iso(END), 640, soh])
    policy = RetentionPolicy(raw_days=days + 1)
    start = END - days * DAY
    for d in range(days):
        day0 = start + d * DAY
        amb = 18 + 6 * np.sin(d / 5.0) + rng.uniform(-2, 2)
        visits = [(day0 + rng.uniform(5.5, 7.0) * 3600, day0 + rng.uniform(14.5, 17.0) * 3600,
                   rng.uniform(12, 30))]
        if d % 4 == 3:  # an evening top-up
            visits.append((day0 + rng.uniform(19.0, 20.0) * 3600,
                           day0 + rng.uniform(22.0, 23.5) * 3600, rng.uniform(45, 65)))
        with db.atomic():
            for arrive, leave, soc in visits:
                rows, s = _visit(rng, code, slot, arrive, leave, soc, soh, amb)
                _insert(db, rows)
                measured = rated_ah(KWH) * (soh - 0.6) / 100 * rng.uniform(0.996, 1.004)
                good = s["soc0"] < 40
                _session(db, code, slot, s["t0"], s["t1"], s["soc0"], s["soc1"],
                         measured if good else None, [] if good else ["shallow"],
                         s["peak_t"], s["peak_kw"])
            db.execute("INSERT INTO pack_health (pack_code, ts, soh_pct, cycles, capacity_kwh, "
                       "source) VALUES (?,?,?,?,?,?)",
                       [code, iso(day0 + 6 * 3600), round(soh, 1), 640 + d,
                        round(KWH * soh / 100, 2), "bms"])
        soh -= 0.004
        run_retention(db, day0 + DAY, policy)  # the console runs it every 10 minutes
    db.close()
    return directory / "journal.sqlite"


def build_fleet_year(directory: Path, packs: int = 60, days: int = 365, seed: int = 2
                     ) -> Path:
    """A year-old journal of ``packs`` packs: a charging session a day each (with its
    measured inputs as the recorder keeps them), BMS health records, alarms; one pack far
    below the others, one below the end of life, one never measured."""
    rng = random.Random(seed)
    db, _ = open_journal(directory)
    rated = rated_ah(KWH)
    start = END - days * DAY
    codes = [f"CATPFA1{uuid.UUID(int=rng.getrandbits(128)).hex[:10].upper()}{i:06d}"
             for i in range(packs)]
    with db.atomic():
        for i, code in enumerate(codes):
            soh0 = rng.gauss(97.5, 0.6)
            fade = rng.gauss(1.6, 0.3) / 365  # points a day
            if i == 7:
                soh0, fade = 93.0, 7.0 / 365  # a fast fader
            if i == 11:
                soh0, fade = 86.0, 8.0 / 365  # below the end of life by the end
            db.execute("INSERT INTO packs (code, type, capacity_kwh, first_seen, last_seen) "
                       "VALUES (?,?,?,?,?)", [code, "A_171KWH", KWH, iso(start), iso(END)])
            measured = []
            for d in range(days):
                t0 = start + d * DAY + rng.uniform(6, 8) * 3600
                soh = soh0 - fade * d
                good = rng.random() > 0.25 and i != 23  # pack 23: never measured
                cap = rated * soh / 100 * rng.gauss(1.0, 0.004) if good else None
                if cap is not None:
                    measured.append(cap)
                inputs = {"session_id": "x", "pack_code": code, "slot": 1 + i % 24,
                          "started_t": t0, "ended_t": t0 + 9000, "method": "meter",
                          "charge_ah": 0.7 * rated, "energy_kwh": 0.7 * KWH,
                          "soc_start_pct": 22.0, "soc_end_pct": 100.0, "start_rested": True,
                          "rest_before_s": 1500.0, "end_rested": True, "rest_after_s": 2400.0,
                          "temp_min_c": 21.0, "temp_max_c": 33.0, "c_rate_max": 0.4,
                          "c_rate_mean": 0.31, "samples": 900, "gaps": 0,
                          "end_reason": "complete", "flags": [], "capacity_ah": cap}
                _session(db, code, 1 + i % 24, t0, t0 + 9000, 22.0, 100.0, cap,
                         [] if good else ["shallow"], 33.0, 110.0, inputs)
                db.execute("INSERT INTO pack_health (pack_code, ts, soh_pct, cycles, "
                           "capacity_kwh, source) VALUES (?,?,?,?,?,?)",
                           [code, iso(t0), round(soh + 1.5, 1), 300 + d,
                            round(KWH * soh / 100, 2), "bms"])
            for _ in range(rng.randrange(15, 45)):  # alarms raised while it was in a slot
                code_ = rng.choice(("PACK_HIGH_TEMPERATURE", "PACK_INSULATION_FAILURE",
                                    "PACK_CELL_OVERVOLTAGE", "CHARGER_FAULT"))
                db.execute("INSERT INTO alarms (id, code, source, priority, raised_at, "
                           "cleared_at, state, pack_code) VALUES (?,?,?,?,?,?,?,?)",
                           [str(uuid.uuid4()), code_, f"slot {1 + i % 24}",
                            rng.choice((1, 2, 2, 3)), iso(start + rng.uniform(0, days) * DAY),
                            None, "normal", code])
            last = measured[-5:]
            med = statistics.median(last) if last else None
            db.execute(
                "UPDATE packs SET cycles = ?, soh_pct = ?, measured_capacity_ah = ?, "
                "measured_sessions = ?, measured_spread_ah = ?, measured_soh_pct = ?, "
                "charge_throughput_ah = ?, energy_throughput_kwh = ? WHERE code = ?",
                [300 + days, round(soh0 - fade * days + 1.5, 1), med,
                 len(last) if last else None, (max(last) - min(last)) if last else None,
                 None if med is None else round(med / rated * 100, 2), 0.7 * rated * days,
                 0.7 * KWH * days, code])
    db.close()
    return directory / "journal.sqlite"


# --- the naive plot: everything raw, no levels, no clipping ------------------------------------


def naive_plot_class():
    import pyqtgraph as pg
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from operator_app.ui.sizes import Sizes
    from operator_app.ui.theme import DAY as PALETTE

    class NaivePlot(QWidget):
        """The same six series from the raw samples alone, read whole and drawn whole."""

        PENS = (("soc_pct",), ("voltage_v",), ("current_a",), ("cell_min_v", "cell_max_v"),
                ("temp_min_c", "temp_max_c"), ("charger_power_kw",))

        def __init__(self) -> None:
            super().__init__()
            sizes = Sizes(DPI)
            layout = QVBoxLayout(self)
            self.view = pg.GraphicsLayoutWidget()
            self.view.setBackground(PALETTE.panel)
            layout.addWidget(self.view)
            font = sizes.font(sizes.body)
            self.curves: list[tuple[str, pg.PlotDataItem]] = []
            master = None
            for row, fields in enumerate(self.PENS):
                item = self.view.addPlot(row=row, col=0,
                                         axisItems={"bottom": pg.DateAxisItem()})
                item.getAxis("left").setTickFont(font)
                item.getAxis("bottom").setTickFont(font)
                for f in fields:
                    curve = pg.PlotDataItem(pen=pg.mkPen(PALETTE.text, width=2))
                    item.addItem(curve)
                    self.curves.append((f, curve))
                if master is None:
                    master = item
                else:
                    item.setXLink(master)
            self.master = master

        def show_pack(self, db_path: Path, code: str, t0: float, t1: float) -> None:
            db = connect(db_path, readonly=True)
            try:
                rows = db.execute(
                    f"SELECT ts_epoch, {', '.join(f for f, _ in self.curves)} FROM telemetry "
                    "WHERE pack_code = ? AND ts_epoch >= ? AND ts_epoch < ? ORDER BY ts_epoch",
                    [code, t0, t1]).fetchall()
            finally:
                db.conn.close()
            data = np.array(rows, dtype=np.float64)
            for k, (_, curve) in enumerate(self.curves):
                curve.setData(data[:, 0], data[:, k + 1])
            self.master.setXRange(t0, t1, padding=0)

    return NaivePlot


# --- measuring ----------------------------------------------------------------------------------


class _Paints:
    """Counts the paints of a widget's plots (the GraphicsView's viewport)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            def __init__(self) -> None:
                super().__init__()
                self.n = 0

            def eventFilter(self, obj, ev) -> bool:
                if ev.type() == QEvent.Type.Paint:
                    self.n += 1
                return False

        self.filter = Filter()

    def watch(self, widget) -> None:
        widget.view.viewport().installEventFilter(self.filter)


PAINTS = None


def _only(app, widget, other) -> None:
    """``widget`` shown, ``other`` hidden, and nothing of either left to do: a measurement
    times its own widget's work alone."""
    other.hide()
    widget.show()
    for _ in range(3):
        app.processEvents()
    gc.collect()


def _drawn(app, widget) -> None:
    """Until the widget's plots have been painted once: the events a change posted (layout,
    update) are delivered, and the window paints, as on a screen; a paint that did not come
    is forced."""
    before = PAINTS.filter.n
    app.processEvents()
    if PAINTS.filter.n == before:
        widget.view.viewport().repaint()


def bench_plots(path: Path, runs: int, pans: int) -> None:
    from PySide6.QtWidgets import QApplication

    from operator_app.ui.pack_plots import PackHistoryPlot

    global PAINTS
    app = QApplication.instance() or QApplication([])
    PAINTS = _Paints()
    db = connect(path, readonly=True)
    raw_n = db.execute("SELECT count(*) FROM telemetry").fetchone()[0]
    m_n = db.execute("SELECT count(*) FROM telemetry_1m").fetchone()[0]
    h_n = db.execute("SELECT count(*) FROM telemetry_1h").fetchone()[0]
    s_n = db.execute("SELECT count(*) FROM charging_sessions").fetchone()[0]
    first, last = db.execute("SELECT min(ts_epoch), max(ts_epoch) FROM telemetry").fetchone()
    db.conn.close()
    size = path.stat().st_size / 1e6
    print(f"journal: {size:.1f} MB; one pack over {(last - first) / DAY:.1f} days: "
          f"{raw_n:,} raw samples, {m_n:,} 1-minute and {h_n:,} 1-hour rollups, "
          f"{s_n} charging sessions\n")

    t0 = time.perf_counter()
    plot = PackHistoryPlot(DPI)
    made = time.perf_counter() - t0
    plot.resize(1280, 800)
    plot.show()
    naive = naive_plot_class()()
    naive.resize(1280, 800)
    naive.show()
    PAINTS.watch(plot)
    PAINTS.watch(naive)
    app.processEvents()
    plot.show_pack(path, CODE, "1h")  # warm: the first read of the file, the fonts
    _drawn(app, plot)
    naive.show_pack(path, CODE, last - 3600, last + 60)
    _drawn(app, naive)

    results: dict[str, list[float]] = {}
    points: dict[str, tuple[str, int]] = {}
    naive_points: dict[str, int] = {}
    for _ in range(runs):
        for span, seconds in (("30d", 30 * DAY), ("24h", DAY)):
            _only(app, plot, naive)
            t = time.perf_counter()
            plot.show_pack(path, CODE, span)
            _drawn(app, plot)
            results.setdefault(f"ours {span}", []).append(time.perf_counter() - t)
            points[span] = (plot.series.level, len(plot.series))
            _only(app, naive, plot)
            t = time.perf_counter()
            naive.show_pack(path, CODE, last + 60 - seconds, last + 60)
            _drawn(app, naive)
            results.setdefault(f"naive {span}", []).append(time.perf_counter() - t)
            naive_points[span] = len(naive.curves[0][1].getData()[0])

    # pans, a tenth of the span each, back and forth across the month
    def pans_of(widget_range, set_range, after) -> list[float]:
        out = []
        x0, x1 = widget_range()
        step = -(x1 - x0) / 10
        for _ in range(pans):
            if x0 + step < first or x1 + step > last + 3600:
                step = -step
            x0, x1 = x0 + step, x1 + step
            t = time.perf_counter()
            set_range(x0, x1)
            after()
            out.append(time.perf_counter() - t)
        return out

    _only(app, naive, plot)
    naive.show_pack(path, CODE, last + 60 - 30 * DAY, last + 60)
    _drawn(app, naive)
    naive_vb = naive.master.getViewBox()
    panned: dict[str, dict[str, tuple[float, float, int]]] = {}
    for span in ("24h", "7d"):
        seconds = h.SPANS[span]
        _only(app, plot, naive)
        plot.show_pack(path, CODE, span)
        _drawn(app, plot)
        row = {}
        for how, force in (("forced", True), ("needed", False)):
            reads = plot.reads
            times = pans_of(plot.visible_range, plot.set_visible_range,
                            lambda force=force: (plot.reload(force=force), _drawn(app, plot)))
            row[how] = (statistics.median(times) * 1000, pct(times, 0.99) * 1000,
                        plot.reads - reads)
        _only(app, naive, plot)
        naive.master.setXRange(last + 60 - seconds, last + 60, padding=0)
        _drawn(app, naive)
        times = pans_of(lambda: tuple(naive_vb.viewRange()[0]),
                        lambda a, b: naive.master.setXRange(a, b, padding=0),
                        lambda: _drawn(app, naive))
        row["naive"] = (statistics.median(times) * 1000, pct(times, 0.99) * 1000, 0)
        panned[span] = row

    ms = {k: statistics.median(v) * 1000 for k, v in results.items()}
    print(f"PackHistoryPlot, offscreen, 1280x800 at {DPI:.0f} DPI (made in {made * 1000:.0f} ms, "
          f"once); load from the journal + first draw, median of {runs}:")
    for span in ("30d", "24h"):
        level, n = points[span]
        ours, base = ms[f"ours {span}"], ms[f"naive {span}"]
        print(f"  span {span:>3}: {ours:7.1f} ms ({level} level, {n:,} points a series; "
              f"p90 {pct(results[f'ours {span}'], 0.9) * 1000:.1f} ms)   naive "
              f"{base:7.1f} ms ({naive_points[span]:,} raw points a pen)   "
              f"{base / ours:5.1f}x faster (goal < 300 ms and >= 10x)")
    for span, row in panned.items():
        step = h.SPANS[span] / 10 / 3600
        n_med, n_p99, _ = row["naive"]
        print(f"pan redraw at span {span}, {pans} pans of {step:.1f} h each (median / p99 ms); "
              f"naive: 30 days loaded, {n_med:.1f} / {n_p99:.1f}:")
        for how, label in (("forced", "re-read at every pan    "),
                           ("needed", "re-read only when needed")):
            med, p99, reads = row[how]
            print(f"  {label} {med:6.1f} / {p99:6.1f}  ({reads:3d} reads)   "
                  f"{n_med / med:5.1f}x / {n_p99 / p99:5.1f}x faster than naive")
    worst = max(ms["ours 30d"], ms["ours 24h"])
    p99 = max(row["forced"][1] for row in panned.values())
    load_ratio = ms["naive 30d"] / ms["ours 30d"]
    pan_ratio = min(row["naive"][1] / row["forced"][1] for row in panned.values())
    print(f"goals: load + first draw < 300 ms: {'met' if worst < 300 else 'NOT met'} "
          f"({worst:.0f} ms); pan redraw p99 < 33 ms: {'met' if p99 < 33 else 'NOT met'} "
          f"({p99:.1f} ms, re-read at every pan); >= 10x the naive plot: 30 d load "
          f"{'met' if load_ratio >= 10 else 'NOT met'} ({load_ratio:.1f}x), pans "
          f"{'met' if pan_ratio >= 10 else 'NOT met'} ({pan_ratio:.1f}x at p99, re-read at "
          f"every pan)")
    plot.close()
    naive.close()


def bench_report(path: Path, runs: int) -> None:
    import sqlite3

    from operator_app.storage.packs_report import pack_records

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("packs", "charging_sessions", "pack_health", "alarms")}
    codes = [c for (c,) in conn.execute("SELECT code FROM packs ORDER BY code")]
    pack_records(conn)  # warm
    whole, each = [], []
    for _ in range(runs):
        t = time.perf_counter()
        records = pack_records(conn)
        whole.append(time.perf_counter() - t)
        t = time.perf_counter()
        for code in codes:
            pack_records(conn, code)
        each.append(time.perf_counter() - t)
    conn.close()
    assert len(records) == counts["packs"]
    w, e = statistics.median(whole) * 1000, statistics.median(each) * 1000
    print(f"\npacks_report.pack_records over a year-old journal ({path.stat().st_size / 1e6:.0f} "
          f"MB: {counts['packs']} packs, {counts['charging_sessions']:,} charging sessions, "
          f"{counts['pack_health']:,} health records, {counts['alarms']:,} alarms), median "
          f"of {runs}:")
    print(f"  every pack in one call {w:7.1f} ms; pack by pack ({len(codes)} calls) "
          f"{e:7.1f} ms; ratio {e / w:.1f}x")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--pans", type=int, default=100)
    ap.add_argument("--days", type=int, default=30)
    ap.add_argument("--keep", type=Path, default=None,
                    help="build the journals in this directory and keep them")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        t = time.perf_counter()
        month = build_month(root / "month", args.days)
        built = time.perf_counter() - t
        t = time.perf_counter()
        year = build_fleet_year(root / "fleet")
        print(f"\nPack history benchmark (journals built in {built:.1f} s and "
              f"{time.perf_counter() - t:.1f} s)")
        bench_plots(month, args.runs, args.pans)
        bench_report(year, args.runs)


if __name__ == "__main__":
    main()
