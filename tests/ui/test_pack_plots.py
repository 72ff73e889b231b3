"""A pack's history plots (ui/pack_plots.py): real journal files, real widgets at the 10-inch
panel's size and DPI, values held against the journal's own rows."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QGestureEvent, QPinchGesture

from operator_app.domain.capacity import rated_ah
from operator_app.storage import history as h
from operator_app.storage.db import open_journal
from operator_app.storage.journal import Journal, iso
from operator_app.ui.pack_plots import ChargeCurves, FleetHealth, HealthTrend, PackHistoryPlot
from operator_app.ui.sizes import Sizes
from operator_app.ui.theme import NIGHT, mm_to_px
from tests.benchmarks.bench_history import CODE, build_month
from tests.ui.conftest import PANEL_DPI, shown_at_panel_size

DAY = 86400.0


@pytest.fixture(scope="module")
def month(tmp_path_factory) -> Path:
    """Six days of one pack at the journal's real cadence, rolled up as retention does."""
    return build_month(tmp_path_factory.mktemp("month"), days=6)


@pytest.fixture
def plot(qtbot, styled, month) -> PackHistoryPlot:
    w = PackHistoryPlot(PANEL_DPI, tz=dt.UTC)
    shown_at_panel_size(qtbot, w)
    w.show_pack(month, CODE, "24h")
    return w


def journal_rows(path: Path, sql: str, args: list) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def test_each_span_button_reads_its_level(qtbot, plot: PackHistoryPlot) -> None:
    assert plot.series.level == h.MINUTE and plot.buttons["24h"].isChecked()
    for span, level in (("1h", h.RAW), ("7d", h.HOUR), ("30d", h.HOUR), ("all", h.HOUR),
                        ("24h", h.MINUTE)):
        qtbot.mouseClick(plot.buttons[span], Qt.MouseButton.LeftButton)
        assert plot.buttons[span].isChecked()
        assert plot.series.level == level, span
        x0, x1 = plot.visible_range()
        first, last = plot.extent
        assert x0 <= last <= x1
        if h.SPANS[span] and h.SPANS[span] < last - first:
            assert x1 - x0 == pytest.approx(h.SPANS[span])
        else:  # the whole history, and no more than the limits allow
            assert x0 <= first + 60 and x1 - x0 <= (h.SPANS[span] or 2 * (last - first))
        assert len(plot.series) <= 2 * h.MAX_POINTS
    # the buttons are primary targets: 15 mm at the panel's DPI
    assert plot.buttons["1h"].height() >= mm_to_px(15, PANEL_DPI)


def test_the_cursor_reads_the_journal_s_value_at_its_time(qtbot, plot: PackHistoryPlot,
                                                          month: Path) -> None:
    # raw: the sample nearest the cursor, every pen with its unit
    qtbot.mouseClick(plot.buttons["1h"], Qt.MouseButton.LeftButton)
    ts, soc, volts, amps, cmin, cmax, tmin, tmax, kw = journal_rows(
        month, "SELECT ts_epoch, soc_pct, voltage_v, current_a, cell_min_v, cell_max_v, "
        "temp_min_c, temp_max_c, charger_power_kw FROM telemetry WHERE pack_code = ? "
        "AND ts_epoch < ? ORDER BY ts_epoch DESC LIMIT 1 OFFSET 10",
        [CODE, plot.extent[1]])[0]
    plot.set_cursor(ts + 2.0)
    r = plot.readout()
    assert r["soc"] == {"soc": pytest.approx(soc)}
    assert r["voltage"] == {"voltage": pytest.approx(volts)}
    assert r["current"] == {"current": pytest.approx(amps)}
    assert r["cells"] == {"cell_max": pytest.approx(cmax), "cell_min": pytest.approx(cmin)}
    assert r["temp"] == {"temp_max": pytest.approx(tmax), "temp_min": pytest.approx(tmin)}
    assert r["power"] == {"power": pytest.approx(kw)}
    assert f"{volts:.1f} V" in plot.readout_text("voltage")
    assert f"{cmin:.3f} V" in plot.readout_text("cells")
    assert f"{tmax:.1f} °C" in plot.readout_text("temp")
    assert f"{kw:.1f} kW" in plot.readout_text("power")
    # a 1-minute bucket of a charge: its mean, min and max are the raw samples' in that minute
    qtbot.mouseClick(plot.buttons["24h"], Qt.MouseButton.LeftButton)
    start = h.epoch(journal_rows(month, "SELECT started_at FROM charging_sessions ORDER BY "
                                        "started_at DESC LIMIT 1", [])[0][0])
    minute = (start // 60) * 60 + 1200
    plot.set_cursor(minute + 25)
    n, lo, hi, mean, amax = journal_rows(
        month, "SELECT count(*), min(soc_pct), max(soc_pct), avg(soc_pct), max(current_a) "
        "FROM telemetry WHERE pack_code = ? AND ts_epoch >= ? AND ts_epoch < ?",
        [CODE, minute, minute + 60])[0]
    assert n == 6
    r = plot.readout()
    assert r["soc"] == {"soc": pytest.approx(mean), "soc_min": pytest.approx(lo),
                        "soc_max": pytest.approx(hi)}
    assert r["current"]["current_max"] == pytest.approx(amax)
    assert f"min {lo:.1f} · max {hi:.1f} %" in plot.readout_text("soc")
    assert "6 samples" in plot.cursor_label.text()
    # where the pack was away, nothing was recorded
    away = journal_rows(month, "SELECT max(ts_epoch) FROM telemetry WHERE ts_epoch < ?",
                        [start - 3600])[0][0]
    plot.set_cursor(away + 3 * 3600)
    assert plot.readout()["soc"] == {"soc": None}
    assert "no sample" in plot.readout_text("soc")


def _view_point(plot: PackHistoryPlot, row: int, t: float, y_frac: float = 0.5) -> QPoint:
    vb = plot.plots[row].item.getViewBox()
    _, (y0, y1) = vb.viewRange()
    scene = vb.mapViewToScene(QPointF(t, y0 + (y1 - y0) * y_frac))
    return plot.view.mapFromScene(scene)


def test_a_tap_places_the_cursor_and_a_drag_moves_it(qtbot, plot: PackHistoryPlot) -> None:
    x0, x1 = plot.visible_range()
    target = x0 + (x1 - x0) * 0.3
    qtbot.mouseClick(plot.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=_view_point(plot, 2, target))
    assert plot.cursor_time == pytest.approx(target, abs=(x1 - x0) / 500)
    for p in plot.plots:
        assert p.cursor.value() == pytest.approx(plot.cursor_time)
    # a finger lands 4 mm beside the line and drags it: it is the cursor that moves, not the view
    viewport = plot.view.viewport()
    px_per_s = plot.plots[2].item.getViewBox().width() / (x1 - x0)
    beside = _view_point(plot, 2, target) + QPoint(Sizes(PANEL_DPI).px(4), 0)
    press(viewport, beside)
    for k in range(1, 11):
        move(viewport, beside + QPoint(k * 20, 0))
    release(viewport, beside + QPoint(200, 0))
    assert plot.visible_range() == pytest.approx((x0, x1))
    assert plot.cursor_time == pytest.approx(target + 200 / px_per_s, abs=2 * (x1 - x0) / 500)


def mouse(widget, kind: QEvent.Type, pos: QPoint, buttons: Qt.MouseButton) -> None:
    ev = QMouseEvent(kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)),
                     Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, ev)


def press(widget, pos: QPoint) -> None:
    mouse(widget, QEvent.Type.MouseButtonPress, pos, Qt.MouseButton.LeftButton)


def move(widget, pos: QPoint) -> None:
    mouse(widget, QEvent.Type.MouseMove, pos, Qt.MouseButton.LeftButton)


def release(widget, pos: QPoint) -> None:
    mouse(widget, QEvent.Type.MouseButtonRelease, pos, Qt.MouseButton.NoButton)


def test_the_cursor_s_grip_is_wider_than_a_fingertip(plot: PackHistoryPlot) -> None:
    for p in plot.plots:
        grip = plot.view.mapFromScene(p.cursor.mapRectToScene(p.cursor.boundingRect()))
        assert grip.boundingRect().width() >= mm_to_px(10, PANEL_DPI)


def test_a_pan_moves_the_range_and_reads_it_again(qtbot, plot: PackHistoryPlot) -> None:
    x0, x1 = plot.visible_range()
    reads, loaded = plot.reads, plot.series
    # a finger drags the plots to the right: earlier hours come into view
    viewport = plot.view.viewport()
    start = _view_point(plot, 4, x0 + (x1 - x0) * 0.2, 0.9)
    press(viewport, start)
    for k in range(1, 21):
        move(viewport, start + QPoint(k * 30, 0))
    release(viewport, start + QPoint(600, 0))
    n0, n1 = plot.visible_range()
    assert n0 < x0 - (x1 - x0) * 0.3 and n1 - n0 == pytest.approx(x1 - x0)
    qtbot.waitUntil(lambda: plot.reads > reads)  # read again once at rest
    assert plot.series is not loaded and plot.series.t0 <= n0 + 1
    assert plot.series.level == h.MINUTE
    # a programmatic pan beyond what was loaded is read again too, a short one need not be
    reads = plot.reads
    with qtbot.waitSignal(plot.loaded, timeout=2000):
        plot.set_visible_range(n0 - DAY, n1 - DAY)
    assert plot.reads == reads + 1 and plot.series.t0 <= n0 - DAY + 1
    assert not plot.reload()  # the data in memory covers the view at its level


def test_a_pinch_zooms_the_time_axis_and_reads_the_finer_level(qtbot,
                                                               plot: PackHistoryPlot) -> None:
    x0, x1 = plot.visible_range()
    centre = _view_point(plot, 0, (x0 + x1) / 2)
    pinch = QPinchGesture()
    pinch.setScaleFactor(3.0)
    pinch.setCenterPoint(QPointF(plot.view.viewport().mapToGlobal(centre)))
    QApplication.sendEvent(plot.view.viewport(), QGestureEvent([pinch]))
    n0, n1 = plot.visible_range()
    assert n1 - n0 == pytest.approx((x1 - x0) / 3, rel=0.01)
    assert (n0 + n1) / 2 == pytest.approx((x0 + x1) / 2, abs=(x1 - x0) / 100)
    qtbot.waitUntil(lambda: plot.series.level == h.RAW)  # 8 h in view: raw samples


def test_the_plots_draw_in_the_night_theme(qtbot, month: Path) -> None:
    w = PackHistoryPlot(PANEL_DPI, NIGHT, tz=dt.UTC)
    shown_at_panel_size(qtbot, w)
    w.show_pack(month, CODE, "7d")
    image = w.view.grab().toImage()
    ground = image.pixelColor(image.width() // 3, 3)
    assert ground.name() == NIGHT.panel  # the plots on the night theme's dark ground


def test_an_unreadable_journal_shows_a_message(qtbot, styled, tmp_path: Path) -> None:
    bad = tmp_path / "journal.sqlite"
    bad.write_bytes(b"this is not a journal" * 500)
    missing = tmp_path / "none" / "journal.sqlite"
    for path in (bad, missing):
        plot = PackHistoryPlot(PANEL_DPI)
        shown_at_panel_size(qtbot, plot)
        plot.show_pack(path, CODE)
        assert plot.showing_message and "cannot be read" in plot.message.text()
        curves, health, fleet = ChargeCurves(PANEL_DPI), HealthTrend(PANEL_DPI), FleetHealth(
            PANEL_DPI)
        for w in (curves, health, fleet):
            qtbot.addWidget(w)
        curves.show_pack(path, CODE)
        health.show_pack(path, CODE)
        fleet.show(path)
        for w in (curves, health, fleet):
            assert w.showing_message and "cannot be read" in w.message.text(), type(w)
    plot.show_pack(tmp_path / "none", CODE)  # a directory: not a file at all
    assert plot.showing_message


def test_a_pack_without_telemetry_says_so(qtbot, styled, month: Path) -> None:
    plot = PackHistoryPlot(PANEL_DPI)
    shown_at_panel_size(qtbot, plot)
    plot.show_pack(month, "NO-SUCH-PACK")
    assert plot.showing_message and "no telemetry" in plot.message.text()


def test_charge_curves_overlay_the_sessions_newest_emphasised(qtbot, styled,
                                                              month: Path) -> None:
    w = ChargeCurves(PANEL_DPI, tz=dt.UTC)
    shown_at_panel_size(qtbot, w)
    w.show_pack(month, CODE)
    sessions = journal_rows(month, "SELECT id FROM charging_sessions WHERE pack_code = ? "
                                   "ORDER BY started_at DESC", [CODE])
    assert [c.session_id for c in w.curves] == [s for (s,) in sessions[:8]]
    items = [i for i in w.soc.listDataItems() if isinstance(i, pg.PlotDataItem)]
    assert len(items) == len(w.curves)
    widths = [i.opts["pen"].widthF() for i in items]
    assert widths[-1] > max(widths[:-1])  # the newest, drawn last, on top, thicker
    newest = w.curves[0]
    assert newest.hours[0] == pytest.approx(0.0, abs=1 / 60) and newest.soc[-1] > 99
    assert "Newest first" in w.legend.text()
    # hours from the start, in hours: never before it, no SI prefix ("x0.001")
    x0, x1 = w.soc.getViewBox().viewRange()[0]
    assert x0 == pytest.approx(0.0, abs=1e-6) and x1 >= max(c.hours[-1] for c in w.curves)
    assert w.cell.getAxis("bottom").autoSIPrefix is False  # a 3-minute charge: "0.05 h"
    assert any(c.flags for c in w.curves)  # the evening top-up: said in words
    assert "not measured (shallow)" in w.legend.text()


RATED = rated_ah(171.0)


def _health_journal(tmp_path: Path, sessions: int, per_day: float) -> Path:
    db, _ = open_journal(tmp_path)
    j = Journal(db)
    t0 = 1_790_000_000.0
    j.see_pack(CODE, "A_171KWH", 171.0, 100, 96.0, t0)
    for k in range(sessions):
        t = t0 + k * 7 * DAY
        db.execute("INSERT INTO charging_sessions (id, pack_code, slot, started_at, ended_at, "
                   "capacity_ah, flags) VALUES (?,?,?,?,?,?,?)",
                   [f"s{k}", CODE, 1, iso(t), iso(t + 9000),
                    RATED * (95.0 + per_day * 7 * k) / 100, "[]"])
        j.add_pack_health(CODE, t, 96.0 - k * 0.05, 100 + k, None, None, None, "bms")
    db.execute("INSERT INTO charging_sessions (id, pack_code, slot, started_at, capacity_ah) "
               "VALUES ('flagged', ?, 1, ?, NULL)", [CODE, iso(t0 + DAY)])
    db.close()
    return tmp_path / "journal.sqlite"


def test_health_trend_projects_the_end_of_life_of_a_known_slope(qtbot, styled,
                                                                 tmp_path: Path) -> None:
    path = _health_journal(tmp_path, 20, -0.01)  # 95 %, falling 0.01 points a day
    w = HealthTrend(PANEL_DPI, tz=dt.UTC)
    shown_at_panel_size(qtbot, w)
    w.show_pack(path, CODE)
    assert len(w.health.measured_soh) == 20  # the flagged session is not a measurement
    assert w.health.measured_soh[0] == pytest.approx(95.0)
    assert w.health.trend.slope_per_day == pytest.approx(-0.01, rel=1e-6)
    eol = dt.datetime.fromtimestamp(1_790_000_000.0 + 1500 * DAY, dt.UTC).strftime("%Y-%m")
    assert f"reaches 80 % around {eol}" in w.projection_text()
    assert f"reaches 80 % around {eol}" in w.summary.text()
    assert "3.7 points a year" in w.summary.text()


def test_health_trend_says_when_there_are_not_enough_sessions(qtbot, styled,
                                                              tmp_path: Path) -> None:
    w = HealthTrend(PANEL_DPI)
    shown_at_panel_size(qtbot, w)
    w.show_pack(_health_journal(tmp_path, 2, -0.01), CODE)
    assert not w.showing_message
    assert "not enough sessions for a trend" in w.summary.text()


def fleet_journal(tmp_path: Path, packs: int, outlier_soh: float,
                  unmeasured: int | None = None) -> Path:
    """A journal of ``packs`` packs around 96 % SoH, pack 17 at ``outlier_soh``, pack
    ``unmeasured`` known by its BMS only."""
    db, _ = open_journal(tmp_path)
    j = Journal(db)
    rng = np.random.default_rng(5)
    for i in range(packs):
        code = f"CATPFA1FLEET{i:012d}"
        j.see_pack(code, "A_171KWH", 171.0, 100, 97.0, 1.0)
        soh = outlier_soh if i == 17 else float(96 + rng.normal(0, 0.6))
        measured = None if i == unmeasured else soh
        db.execute("UPDATE packs SET measured_soh_pct = ?, soh_pct = ? WHERE code = ?",
                   [measured, soh + 1.0, code])
    db.close()
    return tmp_path / "journal.sqlite"


def test_fleet_health_names_a_planted_outlier(qtbot, styled, tmp_path: Path) -> None:
    fleet_journal(tmp_path, 40, 88.5, unmeasured=30)
    w = FleetHealth(PANEL_DPI)
    shown_at_panel_size(qtbot, w)
    w.show(tmp_path / "journal.sqlite")
    assert w.isVisible() and not w.showing_message
    planted = "CATPFA1FLEET000000000017"
    assert planted in {o.code for o in w.outliers}
    assert planted in w.outlier_label.text()
    assert "40 packs" in w.title.text() and "39 measured" in w.title.text()
    assert len(w.outliers) <= 3


def test_where_six_plots_do_not_fit_three_are_shown_and_a_tap_shows_the_others(
        qtbot, styled, month: Path) -> None:
    """The pack page at 149 DPI leaves the history about 60 mm of height: three plots at a
    time, each readable, the time axis under the lowest, the pan shared; a tall window
    shows all six again."""
    w = PackHistoryPlot(PANEL_DPI, tz=dt.UTC)
    qtbot.addWidget(w)
    w.resize(800, 400)
    w.show()
    qtbot.waitExposed(w)
    w.show_pack(month, CODE, "24h")
    qtbot.wait(50)
    assert w.group == 0 and w.group_button.isVisible()
    assert w.group_button.text() == "Show\ncells, °C, kW"
    shown = [p.spec.key for p in w.plots if p.item.isVisible()]
    assert shown == ["soc", "voltage", "current"]
    assert all(p.item.geometry().height() >= mm_to_px(10, PANEL_DPI)
               for p in w.plots if p.item.isVisible())
    assert w.plots[2].item.getAxis("bottom").isVisible()
    qtbot.mouseClick(w.group_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert [p.spec.key for p in w.plots if p.item.isVisible()] == ["cells", "temp", "power"]
    assert w.group_button.text() == "Show\nSoC, V, A"
    assert w.plots[5].item.getAxis("bottom").isVisible()
    assert not w.title.isVisible()  # its room went to the plots
    x0, x1 = w.visible_range()
    vb = w.plots[4].item.getViewBox()  # a pan on a plot shown moves them all
    vb.setXRange(x0 - 3600, x1 - 3600, padding=0)
    assert w.visible_range()[0] == pytest.approx(x0 - 3600, abs=1.0)
    assert tuple(w.plots[3].item.getViewBox().viewRange()[0]) == pytest.approx(
        w.visible_range(), abs=1.0)
    w.resize(1280, 1000)
    qtbot.wait(50)
    assert w.group is None and not w.group_button.isVisible()
    assert all(p.item.isVisible() for p in w.plots) and w.title.isVisible()
