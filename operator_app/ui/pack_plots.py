"""A pack's history as plots: telemetry over time, its charging sessions, its health, and the
fleet's health beside it.

Every widget reads the journal on a read-only connection of its own (never the writer's), at
the level that fits what is shown (``operator_app.storage.history``): a year-old journal draws
as fast as a new one. A journal that cannot be read gives a message in the widget's place.

``PackHistoryPlot`` draws six series on stacked plots that share the time axis (the
station's time zone): SoC, voltage, current, the lowest and highest cell, the lowest and
highest temperature, and the charger's power; a rollup is drawn as its min-max band with the
mean line. Span buttons (1 h, 24 h, 7 d, 30 d, all), pan by dragging, zoom by pinching (or
the mouse wheel); the data is clipped to the view, and once a pan or zoom comes to rest the
visible range is read again at the level it needs. A cursor a finger can take (drag it, or
tap where it should go) reads every pen's value at its time, with units.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import pyqtgraph as pg
from pyqtgraph import Point
from pyqtgraph import functions as fn
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QObject,
    QPointF,
    QRectF,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainterPath, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QGestureEvent,
    QHBoxLayout,
    QLabel,
    QPinchGesture,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from operator_app.storage import history as h
from operator_app.storage.db import connect
from operator_app.ui import local
from operator_app.ui.sizes import Sizes
from operator_app.ui.theme import DAY, PRIMARY_TARGET_MM, Palette
from operator_app.ui.widgets import WrappedLabel, button

CONTEXT = "PackPlots"
CURSOR_HIT_MM = 12.0  # the cursor's grip, across: more than a fingertip (10 mm at least)
SETTLE_MS = 150  # a pan or zoom at rest this long is read again at the level it needs
READOUT_MM = 40.0  # the readout column beside the plots
# a plot shorter than this cannot be read (nor its readout's lines): where six do not fit
# (the pack page at 149 DPI), three are shown at a time, and a button shows the other three
PLOT_MIN_MM = 16.0
GROUPS = ((0, 1, 2), (3, 4, 5))  # SoC, voltage, current; cells, temperature, power
QWIDGETSIZE_MAX = float((1 << 24) - 1)

SPAN_LABELS = {
    "1h": QT_TRANSLATE_NOOP("PackPlots", "1 h"),
    "24h": QT_TRANSLATE_NOOP("PackPlots", "24 h"),
    "7d": QT_TRANSLATE_NOOP("PackPlots", "7 d"),
    "30d": QT_TRANSLATE_NOOP("PackPlots", "30 d"),
    "all": QT_TRANSLATE_NOOP("PackPlots", "All"),
}
LEVEL_NOTES = {
    h.RAW: QT_TRANSLATE_NOOP("PackPlots", "Raw samples (every 10 s while active, every "
                                          "minute at rest)"),
    h.MINUTE: QT_TRANSLATE_NOOP("PackPlots", "1-minute buckets: band = min to max, line = "
                                             "mean"),
    h.HOUR: QT_TRANSLATE_NOOP("PackPlots", "1-hour buckets: band = min to max, line = mean"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("PackPlots", text)  # tr: the tables above


def _local_tz() -> dt.tzinfo:
    """The station's time zone (console.toml's ``timezone``, else the terminal's own)."""
    return local.station_tz()


def _font(px: int, bold: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(px)
    f.setBold(bold)
    return f


def _num(value: float | None, decimals: int) -> str:
    if value is None or not math.isfinite(value):
        return "–"
    return local.number(value, decimals)


def _layout_widget(p: Palette) -> pg.GraphicsLayoutWidget:
    view = pg.GraphicsLayoutWidget()
    view.setBackground(p.panel)
    return view


def open_reader(db_path: Path) -> Any:
    """A read-only connection of the widget's own, proven readable (a file that is not a
    journal fails here, not in the middle of a draw)."""
    db = connect(Path(db_path), readonly=True, busy_ms=500)
    try:
        db.execute("SELECT 1 FROM telemetry LIMIT 1").fetchall()
    except Exception:
        db.conn.close()
        raise
    return db


def unreadable(db_path: Path, exc: BaseException) -> str:
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return (QCoreApplication.translate("PackPlots", "The journal %1 cannot be read: %2.")
            .replace("%1", str(db_path)).replace("%2", reason))


# --- the time axis --------------------------------------------------------------------------

# pyqtgraph's tick formats (strftime, English names) as Qt's, which QLocale names in the
# console's language
_QT_FORMATS = {"%Y": "yyyy", "%b": "MMM", "%d": "d", "%a %d": "ddd d", "%H:%M": "HH:mm",
               "%H:%M:%S": "HH:mm:ss", "%S.%f": "ss.zzz"}



def _message_label(s: Sizes) -> QLabel:
    """What a plot says in its place when it has nothing to draw (title size, centred)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setFont(_font(s.title))
    return label


def _side_label(s: Sizes, width_mm: float) -> QLabel:
    """A plot's rich-text column beside it (a legend, the outliers), ``width_mm`` wide."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setFont(_font(s.body))
    label.setFixedWidth(s.px(width_mm))
    return label

class TimeAxis(pg.DateAxisItem):
    """A date axis in the station's time zone (not the process's), ticks named in the
    console's language."""

    def __init__(self, tz: dt.tzinfo, **kwargs: Any) -> None:
        super().__init__(orientation="bottom", **kwargs)
        self.tz = tz
        self.fontMetrics = QFontMetrics(QFont())  # until the first paint sets it (the grid)

    def setTickFont(self, font: QFont | None) -> None:
        super().setTickFont(font)
        self.fontMetrics = QFontMetrics(font or QFont())

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:  # noqa: N803
        mid = (minVal + maxVal) / 2
        with contextlib.suppress(OverflowError, OSError, ValueError):
            offset = dt.datetime.fromtimestamp(mid, self.tz).utcoffset()
            self.utcOffset = -offset.total_seconds() if offset is not None else 0
        levels = super().tickValues(minVal, maxVal, size)
        # a finer tick next to a coarser one (the 2nd beside "Jan" on the 1st) would run into
        # its label: it goes
        kept: list[float] = []
        out = []
        for spacing, values in levels:
            if kept and len(values) > 1:
                room = float(np.median(np.diff(sorted(values)))) * 0.5
                coarse = np.array(kept)
                values = [v for v in values if np.min(np.abs(coarse - v)) >= room]
            kept += values
            out.append((spacing, values))
        return out

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        fmt = _QT_FORMATS.get(spec.format if spec else "", "yyyy-MM-dd HH:mm")
        out = []
        for v in values:
            try:
                d = dt.datetime.fromtimestamp(v, self.tz)
            except (OverflowError, OSError, ValueError):
                out.append("")
                continue
            q = QDateTime(QDate(d.year, d.month, d.day),
                          QTime(d.hour, d.minute, d.second, d.microsecond // 1000))
            out.append(local.locale().toString(q, fmt))
        return out


class NumberAxis(pg.AxisItem):
    """An axis whose labels are numbers as the console's language writes them ("2,5" in
    pt_BR), with as many decimals as pyqtgraph's own would have."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if self.logMode or not spacing * scale > 0:
            return super().tickStrings(values, scale, spacing)
        places = max(0, math.ceil(-math.log10(spacing * scale)))
        out = []
        for v in values:
            vs = v * scale
            out.append(local.figure(vs) if abs(vs) < .001 or abs(vs) >= 10000
                       else local.number(vs, places))
        return out


class ValueAxis(NumberAxis):
    """A value axis whose labels keep apart on a short plot: major ticks at 1, 2, 2.5 or 5
    times a power of ten, at least 1.6 label heights apart (pyqtgraph's own puts 2.25
    intervals at least, four crowded labels on a plot 17 mm tall)."""

    def __init__(self, label_px: int, **kwargs: Any) -> None:
        super().__init__(orientation="left", **kwargs)
        self.label_px = label_px

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list:  # noqa: N803
        dif = abs(maxVal - minVal)
        if dif == 0 or size <= 0 or not math.isfinite(dif):
            return []
        intervals = max(1, int(size // (self.label_px * 1.6)))
        raw = dif / intervals
        unit = 10.0 ** math.floor(math.log10(raw))
        major = next(m * unit for m in (1, 2, 2.5, 5, 10) if m * unit >= raw * 0.999)
        return [(major, 0), (major / 2, 0)]

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:  # noqa: N803
        """Without ticks so near an end that their label would touch the next plot's."""
        levels = super().tickValues(minVal, maxVal, size)
        if size <= 0:
            return levels
        lo, hi = min(minVal, maxVal), max(minVal, maxVal)
        margin = 0.55 * self.label_px * (hi - lo) / size
        return [(spacing, [v for v in values if lo + margin <= v <= hi - margin])
                for spacing, values in levels]


def _mix(a: str, b: str, share: float) -> QColor:
    """``share`` of colour ``a`` over ``b``, opaque (cheaper to draw than a translucent one)."""
    ca, cb = QColor(a), QColor(b)
    return QColor(*(round(x * share + y * (1 - share)) for x, y in (
        (ca.red(), cb.red()), (ca.green(), cb.green()), (ca.blue(), cb.blue()))))


class Grid:
    """Grid lines at a plot's ticks, drawn as one curve of line pairs: pyqtgraph's own grid
    (``showGrid``) replays each axis's picture across the whole plot, some 8 ms a plot per
    paint; this costs nothing measurable. ``y_ticks``: fixed values (an axis with set ticks)."""

    def __init__(self, item: pg.PlotItem, palette: Palette, x: bool = True, y: bool = True,
                 y_ticks: tuple[float, ...] | None = None) -> None:
        self.item, self.x, self.y, self.y_ticks = item, x, y, y_ticks
        colour = _mix(palette.text, palette.panel, 0.16)
        self.curve = pg.PlotCurveItem(pen=pg.mkPen(colour, width=1), connect="pairs")
        self.curve.setZValue(-5)  # over the bands (opaque), under the curves
        item.addItem(self.curve, ignoreBounds=True)
        vb = item.getViewBox()
        vb.sigRangeChanged.connect(self.update)
        vb.sigResized.connect(self.update)

    # the stacked plots share their time axis: its ticks are worked out once for all
    _cache: ClassVar[dict[tuple, list[float]]] = {}

    @classmethod
    def _ticks(cls, axis: pg.AxisItem, lo: float, hi: float, size: float, levels: int = 2
               ) -> list[float]:
        """The values of the axis's first ``levels`` tick levels (major, minor) in range."""
        if size <= 0 or not hi > lo:
            return []
        key = (type(axis), getattr(axis, "tz", None), axis.orientation, lo, hi, round(size),
               levels)
        if key in cls._cache:
            return cls._cache[key]
        try:
            ticks = axis.tickValues(lo, hi, size)
        except (ArithmeticError, ValueError, OverflowError, OSError):
            return []
        values = [v for _, vals in ticks[:levels] for v in vals if lo <= v <= hi]
        if len(cls._cache) > 64:
            cls._cache.clear()
        cls._cache[key] = values
        return values

    def clear(self) -> None:
        """Empty the plot (``PlotItem.clear``), keeping the grid."""
        self.item.clear()
        self.item.addItem(self.curve, ignoreBounds=True)

    def update(self, *_: Any) -> None:
        vb = self.item.getViewBox()
        (x0, x1), (y0, y1) = vb.viewRange()
        bottom = self.item.getAxis("bottom")
        xs = (self._ticks(bottom, x0, x1, vb.width(), 2 if isinstance(bottom, TimeAxis) else 1)
              if self.x else [])
        ys = (([v for v in self.y_ticks if y0 <= v <= y1] if self.y_ticks is not None else
               self._ticks(self.item.getAxis("left"), y0, y1, vb.height(), 1))
              if self.y else [])
        gx = np.empty(2 * (len(xs) + len(ys)))
        gy = np.empty_like(gx)
        n = 2 * len(xs)
        gx[:n:2] = gx[1:n:2] = xs
        gy[:n:2], gy[1:n:2] = y0, y1
        gx[n::2], gx[n + 1::2] = x0, x1
        gy[n::2] = gy[n + 1::2] = ys
        self.curve.setData(gx, gy, connect="pairs")


def _style_axis(axis: pg.AxisItem, palette: Palette, font: QFont, width: int | None = None,
                labelled: bool = False) -> None:
    """Colours and the tick font; a left axis of ``width`` (the stacked plots line up); a
    bottom axis as tall as its labels from the start (pyqtgraph grows it only after its first
    paint, so the first picture would have none)."""
    axis.setPen(pg.mkPen(palette.muted))
    axis.setTextPen(pg.mkPen(palette.text))
    axis.setTickFont(font)
    axis.setStyle(tickTextOffset=4, autoExpandTextSpace=False)
    if width is not None:
        axis.setWidth(width)
    if axis.orientation == "bottom":
        text = QFontMetrics(font).height()
        axis.setHeight(text * (2 if labelled else 1) + 4 + 5 + 4)


# --- the cursor -----------------------------------------------------------------------------


class Cursor(pg.InfiniteLine):
    """A vertical line to drag, whose grip is ``hit_px`` wide whatever its pen (a finger's
    width, not a pixel's): the hit area is its bounding rectangle, widened."""

    def __init__(self, hit_px: int, pen: QPen, hover: QPen) -> None:
        self.hit_px = hit_px
        self._widened: tuple[QRectF, QRectF] | None = None
        super().__init__(angle=90, movable=True, pen=pen, hoverPen=hover)

    def boundingRect(self) -> QRectF:
        base = super().boundingRect()
        if self._widened is not None and self._widened[0] == base:
            return self._widened[1]
        _, ortho = self.pixelVectors(direction=Point(1, 0))
        if ortho is None or base.isNull():
            return base
        half = self.hit_px / 2 * abs(ortho.y())  # the line's local y is across it
        wide = QRectF(base)
        if base.height() < 2 * half:
            wide.setTop(-half)
            wide.setBottom(half)
        self._widened = (QRectF(base), wide.normalized())
        return self._widened[1]

    def viewTransformChanged(self) -> None:
        self._widened = None
        super().viewTransformChanged()


# --- the pens of the six plots ----------------------------------------------------------------


@dataclass(frozen=True)
class Pen:
    field: str
    name: str  # what the readout calls it (translated at display)
    dashed: bool = False
    band_edge: bool = False  # a rollup band's edge: shown only when the data has buckets


@dataclass(frozen=True)
class PlotSpec:
    key: str
    title: str
    unit: str
    decimals: int
    pens: tuple[Pen, ...]
    band: tuple[str, str]  # the fields a band fills between
    band_always: bool = False  # cells and temperatures: the spread, at every level
    y_range: tuple[float, float] | None = None


MEAN = QT_TRANSLATE_NOOP("PackPlots", "mean")
LOW = QT_TRANSLATE_NOOP("PackPlots", "min")
HIGH = QT_TRANSLATE_NOOP("PackPlots", "max")


def _single(key: str, title: str, unit: str, decimals: int, field: str,
            y_range: tuple[float, float] | None = None) -> PlotSpec:
    return PlotSpec(key, title, unit, decimals,
                    (Pen(field, MEAN), Pen(f"{field}_min", LOW, band_edge=True),
                     Pen(f"{field}_max", HIGH, band_edge=True)),
                    (f"{field}_min", f"{field}_max"), y_range=y_range)


PLOTS = (
    _single("soc", QT_TRANSLATE_NOOP("PackPlots", "SoC"), "%", 1, "soc", (-12.0, 112.0)),
    _single("voltage", QT_TRANSLATE_NOOP("PackPlots", "Voltage"), "V", 1, "voltage"),
    _single("current", QT_TRANSLATE_NOOP("PackPlots", "Current"), "A", 1, "current"),
    PlotSpec("cells", QT_TRANSLATE_NOOP("PackPlots", "Cells"), "V", 3,
             (Pen("cell_max", QT_TRANSLATE_NOOP("PackPlots", "highest")),
              Pen("cell_min", QT_TRANSLATE_NOOP("PackPlots", "lowest"), dashed=True)),
             ("cell_min", "cell_max"), band_always=True),
    PlotSpec("temp", QT_TRANSLATE_NOOP("PackPlots", "Temperature"), "°C", 1,
             (Pen("temp_max", QT_TRANSLATE_NOOP("PackPlots", "highest")),
              Pen("temp_min", QT_TRANSLATE_NOOP("PackPlots", "lowest"), dashed=True)),
             ("temp_min", "temp_max"), band_always=True),
    _single("power", QT_TRANSLATE_NOOP("PackPlots", "Charger power"), "kW", 1, "power"),
)


class Band(pg.GraphicsObject):
    """A filled band between two series (a rollup's min and max, the lowest and highest
    cell), clipped to the view as the curves are: made again from the arrays whenever the
    view's x range changes. pyqtgraph's FillBetweenItem rebuilds its polygons point by point
    in Python from the curves' paths (3 ms a band, per change); this builds one path from the
    arrays (0.2 ms)."""

    def __init__(self, brush: QBrush) -> None:
        super().__init__()
        self._brush = brush
        self._path = QPainterPath()
        self._t = self._lo = self._hi = np.zeros(0)
        self._cuts = np.zeros(0, dtype=np.intp)

    def setData(self, t: np.ndarray, lo: np.ndarray, hi: np.ndarray,
                cuts: np.ndarray) -> None:
        """``cuts``: the indices where a new run starts (the pack was away before it)."""
        self._t, self._lo, self._hi, self._cuts = t, lo, hi, cuts
        self._stale()

    def _view(self) -> pg.ViewBox | None:
        vb = self.getViewBox()
        return vb if isinstance(vb, pg.ViewBox) else None

    def viewRangeChanged(self) -> None:
        vb = self._view()
        if vb is not None and tuple(vb.viewRange()[0]) != self._clipped_to:
            self._stale()  # only when x changed: a new y range changes nothing here

    _clipped_to: tuple[float, float] | None = None
    _dirty = True

    def _stale(self) -> None:
        """Made again when next asked for (its bounds, before a paint): new data and a new
        range in one change make it once, not twice."""
        self.prepareGeometryChange()
        self._dirty = True
        self.update()

    def _rebuild(self) -> None:
        self._dirty = False
        t, lo, hi = self._t, self._lo, self._hi
        path = QPainterPath()
        vb = self._view()
        self._clipped_to = None if vb is None else tuple(vb.viewRange()[0])
        if len(t) > 1 and vb is not None:
            x0, x1 = vb.viewRange()[0]
            i0 = max(0, int(np.searchsorted(t, x0)) - 1)
            i1 = min(len(t), int(np.searchsorted(t, x1)) + 1)
            ok = np.isfinite(lo[i0:i1]) & np.isfinite(hi[i0:i1])
            start = ok.copy()
            start[1:] &= ~ok[:-1]  # a run starts after a missing value ...
            cuts = self._cuts[(self._cuts > i0) & (self._cuts < i1)] - i0
            start[cuts] |= ok[cuts]  # ... or after a gap
            starts = np.flatnonzero(start)
            stops = np.flatnonzero(~ok | start)  # a run ends at a missing value or a new run
            ends = stops[np.minimum(np.searchsorted(stops, starts, side="right"),
                                    len(stops) - 1)] if len(stops) else starts
            ends = np.where(ends > starts, ends, len(ok))
            runs = [(i0 + a, i0 + b) for a, b in zip(starts.tolist(), ends.tolist(),
                                                     strict=True) if b - a > 1]
            if runs:
                xs = np.concatenate([np.concatenate((t[a:b], t[a:b][::-1])) for a, b in runs])
                ys = np.concatenate([np.concatenate((hi[a:b], lo[a:b][::-1]))
                                     for a, b in runs])
                joined = np.ones(len(xs), dtype=bool)
                ends = np.cumsum([2 * (b - a) for a, b in runs]) - 1
                joined[ends] = False  # each run is a polygon of its own
                path = pg.arrayToQPath(xs, ys, connect=joined)
        self._path = path

    def boundingRect(self) -> QRectF:
        if self._dirty:
            self._rebuild()
        return self._path.boundingRect()

    def paint(self, p: Any, *args: Any) -> None:
        p.fillPath(self._path, self._brush)


class Readout(pg.LabelItem):
    """A plot's readout: a column of fixed width whose text wraps in it, so that the plots
    beside it never move when the values change (pyqtgraph's LabelItem takes its text's
    size as its minimum)."""

    def __init__(self, width: int) -> None:
        self.fixed_width = width
        super().__init__(" ", justify="left")
        self.item.setTextWidth(width)

    def setText(self, text: str, **args: Any) -> None:
        """As ``LabelItem.setText`` (``color``, ``size``), without asking the layout again:
        the readout's size is fixed, and a layout pass moves every plot beside it."""
        self.text = text
        self.opts.update(args)
        style = [f"color: {fn.mkColor(self.opts.get('color') or '#000').name()}"]
        if "size" in self.opts:
            style.append(f"font-size: {self.opts['size']}")
        self.item.setHtml(f"<span style='{'; '.join(style)}'>{text}</span>")
        self.item.setPos(0, 0)

    def updateMin(self) -> None:
        w = self.fixed_width
        self.setMinimumWidth(w)
        self.setMaximumWidth(w)
        self.setMinimumHeight(0)
        self._sizeHint = {Qt.SizeHint.MinimumSize: (w, 0), Qt.SizeHint.PreferredSize: (w, 0),
                          Qt.SizeHint.MaximumSize: (w, -1), Qt.SizeHint.MinimumDescent: (0, 0)}
        self.updateGeometry()


class _Plot:
    """One of the stacked plots: its items and its readout."""

    def __init__(self, spec: PlotSpec, item: pg.PlotItem, readout: Readout,
                 cursor: Cursor) -> None:
        self.spec, self.item, self.readout, self.cursor = spec, item, readout, cursor
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.fill: Band | None = None
        self.grid: Grid | None = None
        self.html = ""


class _Pinch(QObject):
    """Pinch-zoom on the plots' viewport, mapped to the ViewBox's ``scaleBy`` (x only)."""

    def __init__(self, owner: PackHistoryPlot) -> None:
        super().__init__(owner)
        self.owner = owner

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:
        if ev.type() == QEvent.Type.Gesture:
            assert isinstance(ev, QGestureEvent)
            pinch = ev.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                center = obj.mapFromGlobal(pinch.centerPoint().toPoint()) if isinstance(
                    obj, QWidget) else pinch.centerPoint()
                self.owner.pinch(pinch.scaleFactor(), QPointF(center),
                                 finished=pinch.state() in (Qt.GestureState.GestureFinished,
                                                            Qt.GestureState.GestureCanceled))
                ev.accept(pinch)
                return True
        elif ev.type() in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd):
            self.owner.settle_soon(0)  # a drag ended: read the new range now
        return False


class PackHistoryPlot(QWidget):
    """A pack's telemetry over time, read at the level that fits the span (module text)."""

    loaded = Signal()  # after each read of the journal
    cursor_moved = Signal(float)

    def __init__(self, dpi: float, palette: Palette | None = None,
                 tz: dt.tzinfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sizes = Sizes(dpi)
        self.palette_ = palette or DAY
        self.tz = tz or _local_tz()
        self.max_points = h.MAX_POINTS
        self.reads = 0  # reads of the journal since the widget was made
        self.span = "24h"
        self.series: h.Series | None = None
        self.extent: tuple[float, float] | None = None
        self.code = ""
        self.db_path: Path | None = None
        self._db: Any = None
        self._cursor_t: float | None = None
        self._syncing = False
        self._build()

    # --- building --------------------------------------------------------------------------

    def _build(self) -> None:
        p, s = self.palette_, self.sizes
        outer = QVBoxLayout(self)
        outer.setContentsMargins(s.px(1.5), s.px(1), s.px(1.5), s.px(1))
        outer.setSpacing(s.px(1))
        bar = QHBoxLayout()
        bar.setSpacing(s.px(2))
        heading = QVBoxLayout()
        heading.setSpacing(0)
        self.title = QLabel()  # the pack's code: 24 characters that do not break
        self.title.setFont(_font(s.body, bold=True))
        self.note = WrappedLabel()  # it wraps: the plot fits beside the pack page's summary
        self.note.setFont(_font(s.body))
        self.note.setStyleSheet(f"color: {p.muted};")
        self.cursor_label = WrappedLabel()  # where the cursor is, and what is there
        self.cursor_label.setFont(_font(s.body, bold=True))
        heading.addWidget(self.title)
        heading.addWidget(self.note)
        heading.addWidget(self.cursor_label)
        heading.addStretch(1)
        bar.addLayout(heading, 1)
        self.buttons: dict[str, QPushButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        for span, label in SPAN_LABELS.items():
            b = QPushButton(_t(label))
            b.setCheckable(True)
            # 15 mm tall, as wide as its text: beside the pack page's summary there is not
            # room for five 15 mm squares and the pack's code
            b.setProperty("primary", False)
            b.setFont(_font(s.title, bold=True))
            tall = s.px(PRIMARY_TARGET_MM)
            b.setMinimumHeight(tall)
            b.setStyleSheet(f"QPushButton {{ min-height: {tall}px; }}")  # over the theme's
            b.clicked.connect(lambda _=False, span=span: self.set_span(span))
            self._group.addButton(b)
            self.buttons[span] = b
            bar.addWidget(b)
        self.group_button = QPushButton()  # where six plots do not fit: the other three
        self.group_button.setObjectName("historyGroup")
        self.group_button.setProperty("primary", False)
        self.group_button.setFont(_font(s.body, bold=True))
        self.group_button.setMinimumHeight(s.px(PRIMARY_TARGET_MM))
        self.group_button.setStyleSheet(
            f"QPushButton {{ min-height: {s.px(PRIMARY_TARGET_MM)}px; }}")
        self.group_button.clicked.connect(lambda: self.show_group(1 - (self.group or 0)))
        self.group_button.hide()
        bar.addWidget(self.group_button)
        outer.addLayout(bar)
        self.group: int | None = None  # None: all six shown

        self.stack = QStackedWidget()
        self.view = _layout_widget(p)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.view.ci.setContentsMargins(s.px(0.5), s.px(0.5), s.px(0.5), s.px(0.5))
        self.view.ci.setSpacing(s.px(0.8))
        self.message = _message_label(s)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message)
        outer.addWidget(self.stack, 1)

        tick_font = _font(s.body)
        hit = s.px(CURSOR_HIT_MM)
        cursor_pen = pg.mkPen(p.mandatory, width=max(2, s.px(0.5)))
        cursor_hover = pg.mkPen(p.mandatory, width=max(4, s.px(1.0)))
        self.plots: list[_Plot] = []
        master: pg.PlotItem | None = None
        for row, spec in enumerate(PLOTS):
            last = row == len(PLOTS) - 1
            axis = TimeAxis(self.tz)
            item = self.view.addPlot(row=row, col=0, axisItems={
                "bottom": axis, "left": ValueAxis(s.body)})
            item.hideButtons()
            item.setMenuEnabled(False)
            vb = item.getViewBox()
            vb.setMouseEnabled(x=True, y=False)
            _style_axis(item.getAxis("left"), p, tick_font, width=s.px(13))
            _style_axis(axis, p, tick_font)
            if not last:
                item.hideAxis("bottom")  # the bottom plot's says the time (its grid stays)
            item.getAxis("left").setStyle(maxTextLevel=0)  # major labels only
            if spec.y_range is not None:  # SoC: 0 to 100 %, labelled
                lo, hi = spec.y_range
                item.getAxis("left").setTicks([[(v, local.number(v)) for v in (0, 50, 100)],
                                               []])
                vb.setYRange(lo, hi, padding=0)
                vb.enableAutoRange(y=False)
            else:  # fitted to what is in view by _fit_y (one pass over the arrays)
                vb.enableAutoRange(y=False)
            grid = Grid(item, p, y_ticks=(0.0, 50.0, 100.0) if spec.y_range is not None
                        else None)
            readout = Readout(s.px(READOUT_MM))
            self.view.addItem(readout, row=row, col=1)
            cursor = Cursor(hit, cursor_pen, cursor_hover)
            cursor.addMarker("<|>", position=0.5, size=s.px(4))  # says: drag me sideways
            item.addItem(cursor, ignoreBounds=True)
            cursor.sigPositionChanged.connect(self._cursor_dragged)
            plot = _Plot(spec, item, readout, cursor)
            plot.grid = grid  # kept: its slots are connected to the view
            self._make_items(plot)
            self.plots.append(plot)
            if master is None:
                master = item
            else:
                item.setXLink(master)
        assert master is not None
        self.master = master
        self._arranged: tuple[int, ...] = tuple(range(len(self.plots)))
        self.master.getViewBox().sigXRangeChanged.connect(self._range_changed)
        self.view.scene().sigMouseClicked.connect(self._clicked)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.timeout.connect(self.reload)
        # touch: one finger drags (Qt turns an unhandled touch into the mouse, which the
        # ViewBox pans with), two pinch
        viewport = self.view.viewport()
        viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        viewport.grabGesture(Qt.GestureType.PinchGesture)
        self._pinch_filter = _Pinch(self)
        viewport.installEventFilter(self._pinch_filter)
        self.set_message(self.tr("No pack chosen."))

    def _make_items(self, plot: _Plot) -> None:
        p, s = self.palette_, self.sizes
        spec = plot.spec
        line_w = max(2, s.px(0.35))
        band = _mix(p.text, p.panel, 0.25)  # opaque: a translucent fill costs 1.7 ms a band
        for pen in spec.pens:
            if pen.band_edge:  # drawn by the band; the readout names its value
                continue
            qpen = pg.mkPen(p.text, width=line_w,
                            style=Qt.PenStyle.DashLine if pen.dashed else Qt.PenStyle.SolidLine)
            curve = pg.PlotDataItem(pen=qpen, connect="finite")
            curve.setClipToView(True)
            curve.setDynamicRangeLimit(None)  # y is fitted to the data: nothing to limit
            plot.item.addItem(curve)
            plot.curves[pen.field] = curve
        plot.fill = Band(pg.mkBrush(band))
        plot.fill.setZValue(-10)
        plot.item.addItem(plot.fill, ignoreBounds=True)

    # --- six plots, or three at a time ----------------------------------------------------

    def resizeEvent(self, ev: Any) -> None:
        super().resizeEvent(ev)
        # the room the plots get: the widget's height less the bars above them
        room = self.height() - self.view.y() if self.view.y() > 0 else self.height()
        fits_six = room >= len(self.plots) * self.sizes.px(PLOT_MIN_MM)
        if fits_six and self.group is not None:
            self.show_group(None)
        elif not fits_six and self.group is None:
            self.show_group(0)

    def show_group(self, group: int | None) -> None:
        """Show all six plots (None), or the first or second three (0, 1)."""
        self.group = group
        rows = tuple(range(len(self.plots))) if group is None else GROUPS[group]
        if rows != self._arranged:
            # the rows stay in the layout (and the plots in the scene, linked): a row not
            # shown is hidden and given no height
            grid = self.view.ci.layout
            for k, plot in enumerate(self.plots):
                shown = k in rows
                grid.setRowMaximumHeight(k, QWIDGETSIZE_MAX if shown else 0.0)
                grid.setRowSpacing(k, self.sizes.px(0.8) if shown else 0.0)
                plot.item.setVisible(shown)
                plot.readout.setVisible(shown)
                plot.item.showAxis("bottom", k == rows[-1])  # the time under the lowest
            self._arranged = rows
            grid.invalidate()
            grid.activate()
            self._relink(self.plots[rows[0]].item)
            self._fit_y()
        compact = group is not None
        # three at a time: the room is short, and the pack's code and the level's note
        # (the pack page says the code) give theirs to the plots
        self.group_button.setVisible(compact)
        self.title.setVisible(not compact)
        self.note.setVisible(not compact)
        if compact:
            short = (self.tr("SoC, V, A"), self.tr("cells, °C, kW"))
            self.group_button.setText(self.tr("Show\n%1").replace("%1", short[1 - group]))

    def _relink(self, master: pg.PlotItem) -> None:
        """The plots' time axes follow ``master`` (a plot shown): pyqtgraph maps a linked
        range by the views' places on screen, and a hidden view has none."""
        old = self.master
        if master is old:
            return
        x0, x1 = self.visible_range()
        old.getViewBox().sigXRangeChanged.disconnect(self._range_changed)
        for plot in self.plots:
            plot.item.setXLink(None)
        for plot in self.plots:
            if plot.item is not master:
                plot.item.setXLink(master)
        self.master = master
        master.setXRange(x0, x1, padding=0)
        master.getViewBox().sigXRangeChanged.connect(self._range_changed)

    # --- what the caller does --------------------------------------------------------------

    def show_pack(self, db_path: Path, code: str, span: str = "24h") -> None:
        """Show pack ``code``'s history from the journal at ``db_path`` over ``span`` (one of
        ``history.SPANS``) ending at its last sample."""
        self.close_journal()
        self.db_path, self.code = Path(db_path), code
        self.series, self.extent, self._cursor_t = None, None, None
        self.title.setText(code)
        try:
            self._db = open_reader(self.db_path)
            self.extent = h.pack_extent(self._db, code)
        except (sqlite3.Error, OSError) as exc:
            self.close_journal()
            self.set_message(unreadable(self.db_path, exc))
            return
        if self.extent is None:
            self.set_message(self.tr("The journal holds no telemetry of pack %1.")
                             .replace("%1", code))
            return
        self.set_span(span)

    def set_span(self, span: str) -> None:
        """Show the last ``span`` of the pack's history (all of it for "all")."""
        if span not in h.SPANS:
            raise ValueError(f"span must be one of {', '.join(h.SPANS)}")
        self.span = span
        self.buttons[span].setChecked(True)
        if self.extent is None or self._db is None:
            return
        first, last = self.extent
        seconds = h.SPANS[span] or max(last - first, 3600.0)
        end = last + seconds * 0.03  # room for the cursor at the last sample
        start = end - seconds * 1.03 if h.SPANS[span] is None else end - seconds
        self._set_limits(first, last)
        self._load(start, end, settled=False)
        with self._quiet():
            self.master.setXRange(start, end, padding=0)
        self._fit_y()
        self._settle.stop()
        self._prepared()
        if self._cursor_t is None or not start <= self._cursor_t <= end:
            s = self.series
            self._cursor_t = float(s.t[-1]) if s is not None and len(s) else last
        self.set_cursor(self._cursor_t)

    def visible_range(self) -> tuple[float, float]:
        x0, x1 = self.master.getViewBox().viewRange()[0]
        return float(x0), float(x1)

    def set_visible_range(self, x0: float, x1: float) -> None:
        """Pan or zoom to ``[x0, x1]`` as a gesture would; it is read again once at rest."""
        self.master.setXRange(x0, x1, padding=0)

    def reload(self, force: bool = False) -> bool:
        """Read the visible range again if the data loaded does not cover it or is not at the
        level it needs (``force``: in any case); True if it read."""
        self._settle.stop()
        if self._db is None or self.extent is None:
            return False
        x0, x1 = self.visible_range()
        s = self.series
        first, last = self.extent
        need0, need1 = max(x0, first), min(x1, last)
        if (not force and s is not None and s.level == h.level_for(x1 - x0, self.max_points)
                and s.t0 <= need0 + 1 and need1 - 1 <= s.t1):
            return False
        self._load(x0, x1)
        return True

    def settle_soon(self, ms: int = SETTLE_MS) -> None:
        if self._db is not None:
            self._settle.start(ms)

    def pinch(self, factor: float, center: QPointF, finished: bool = False) -> None:
        """Zoom the time axis by ``factor`` (> 1 spreads the fingers: zoom in) around
        ``center`` (viewport coordinates)."""
        if factor > 0 and math.isfinite(factor) and factor != 1.0:
            vb = self.master.getViewBox()
            scene = self.view.mapToScene(center.toPoint())
            x = vb.mapSceneToView(scene).x()
            vb.scaleBy(x=1.0 / factor, center=Point(x, 0))
        self.settle_soon(0 if finished else SETTLE_MS)

    def set_cursor(self, t: float) -> None:
        """Put the cursor at time ``t`` and read every pen's value there."""
        self._cursor_t = float(t)
        self._syncing = True
        try:
            for plot in self.plots:
                plot.cursor.setValue(self._cursor_t)
        finally:
            self._syncing = False
        self._update_readout()
        self.cursor_moved.emit(self._cursor_t)

    @property
    def cursor_time(self) -> float | None:
        return self._cursor_t

    def readout(self) -> dict[str, dict[str, float | None]]:
        """Per plot, each pen's value at the cursor (None: nothing recorded there)."""
        out: dict[str, dict[str, float | None]] = {}
        values = (self.series.at(self._cursor_t) if self.series is not None
                  and self._cursor_t is not None else None)
        banded = self._point_is_bucket(values)
        for plot in self.plots:
            pens = [pen for pen in plot.spec.pens if banded or not pen.band_edge]
            out[plot.spec.key] = {pen.field: (None if values is None or not math.isfinite(
                values[pen.field]) else values[pen.field]) for pen in pens}
        return out

    def readout_text(self, key: str) -> str:
        return next(p.readout.text for p in self.plots if p.spec.key == key)

    def set_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    @property
    def showing_message(self) -> bool:
        return self.stack.currentWidget() is self.message

    def close_journal(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.conn.close()
            self._db = None

    def closeEvent(self, ev: Any) -> None:
        self.close_journal()
        super().closeEvent(ev)

    # --- reading and drawing ---------------------------------------------------------------

    @contextlib.contextmanager
    def _quiet(self) -> Any:
        vb = self.master.getViewBox()
        vb.sigXRangeChanged.disconnect(self._range_changed)
        try:
            yield
        finally:
            vb.sigXRangeChanged.connect(self._range_changed)

    def _set_limits(self, first: float, last: float) -> None:
        room = max(600.0, (last - first) * 0.03)  # the cursor's room at the ends, no more
        for plot in self.plots:
            plot.item.getViewBox().setLimits(xMin=first - room, xMax=last + room,
                                             minXRange=300.0)

    def _load(self, x0: float, x1: float, settled: bool = True) -> None:
        """Read ``[x0, x1]`` and a quarter of its span either side (a short pan shows data at
        once; any pan is read again at rest), at the level the visible span needs."""
        assert self._db is not None and self.extent is not None
        first, last = self.extent
        span = max(x1 - x0, 1.0)
        level = h.level_for(span, self.max_points)
        a, b = max(x0 - span / 4, first - 1.0), min(x1 + span / 4, last + 1.0)
        try:
            series = h.read_series(self._db, self.code, a, max(b, a + 1.0),
                                   max_points=2 * self.max_points, level=level)
        except sqlite3.Error as exc:
            self.set_message(unreadable(self.db_path or Path(), exc))
            return
        self.reads += 1
        self.series = series
        self._draw(series)
        self.note.setText(_t(LEVEL_NOTES[series.level]))
        self.stack.setCurrentWidget(self.view)
        if settled:  # else the caller sets the range and the cursor, then fits and reads
            self._fit_y()
            self._prepared()
            self._update_readout()
        self.loaded.emit()

    def _draw(self, series: h.Series) -> None:
        banded = series.banded
        for plot in self.plots:
            for field, curve in plot.curves.items():
                x, y = series.line(field)
                curve.setData(x, y, connect="finite")
            lo, hi = plot.spec.band
            assert plot.fill is not None
            show = banded or plot.spec.band_always
            plot.fill.setVisible(show)
            if show:
                plot.fill.setData(series.t, series[lo], series[hi], series.breaks())

    # --- the cursor and its readout --------------------------------------------------------

    def _cursor_dragged(self, line: Cursor) -> None:
        if self._syncing:
            return
        self.set_cursor(line.value())

    def _clicked(self, ev: Any) -> None:
        if ev.button() != Qt.MouseButton.LeftButton or self.series is None:
            return
        pos = ev.scenePos()
        for plot in self.plots:
            vb = plot.item.getViewBox()
            if vb.sceneBoundingRect().contains(pos):
                self.set_cursor(vb.mapSceneToView(pos).x())
                ev.accept()
                return

    @staticmethod
    def _point_is_bucket(values: dict[str, float] | None) -> bool:
        return values is not None and values["width"] > 0

    def _when(self, t: float) -> str:
        return local.date_time(t, seconds=True, tz=self.tz)

    def _clock(self, t: float, seconds: bool = True) -> str:
        return local.time_of_day(t, seconds, tz=self.tz)

    def _update_readout(self) -> None:
        p, s = self.palette_, self.sizes
        values = (self.series.at(self._cursor_t) if self.series is not None
                  and self._cursor_t is not None else None)
        if self._cursor_t is None:
            self.cursor_label.setText("")
        elif values is None:
            self.cursor_label.setText(self.tr("Cursor %1: no sample recorded near this time")
                                      .replace("%1", self._when(self._cursor_t)))
        elif values["width"] > 0:
            start = values["t"] - values["width"] / 2
            self.cursor_label.setText(
                self.tr("Cursor %1: bucket %2 to %3, %4 samples").replace(
                    "%1", self._when(self._cursor_t)).replace("%2", self._clock(start, False))
                .replace("%3", self._clock(start + values["width"], False))
                .replace("%4", str(int(values["n"]))))
        else:
            self.cursor_label.setText(self.tr("Cursor %1: sample at %2").replace(
                "%1", self._when(self._cursor_t)).replace("%2", self._clock(values["t"])))
        size = f"{s.body}px"
        banded = self._point_is_bucket(values)
        for plot in self.plots:
            spec = plot.spec
            lines = [f"<b>{_t(spec.title)}</b>"]
            if values is None:
                lines.append(self.tr("no sample"))
            else:
                # a bucket: its mean, then its min and max on one line; a sample: its value
                parts = []
                for pen in spec.pens:
                    if pen.band_edge and not banded:
                        continue
                    v = _num(values[pen.field], spec.decimals)
                    if pen.name == MEAN and not banded:
                        parts.append(f"{v} {spec.unit}")
                    elif pen.band_edge:
                        parts.append(f"{_t(pen.name)} {v}")
                    else:
                        parts.append(f"{_t(pen.name)} {v} {spec.unit}")
                if banded and spec.pens[-1].band_edge:
                    lines += [parts[0], f"{parts[1]} · {parts[2]} {spec.unit}"]
                else:
                    lines += parts
            html = "<br>".join(lines)
            if html != plot.html:  # the same values after a pan: nothing to lay out again
                plot.html = html
                plot.readout.setText(html, color=p.text, size=size)

    # --- the view's range ------------------------------------------------------------------

    def _range_changed(self, *_: Any) -> None:
        self._fit_y()
        self.settle_soon(SETTLE_MS)
        self._prepared()

    def _prepared(self) -> None:
        """The views' new ranges applied now, not at the start of the next paint: applied
        there, they move every item once more after the paint began, and the window paints
        twice."""
        self.view.scene().prepareForPaint()

    def _fit_y(self) -> None:
        """Each plot's y range to the data in view, band included. pyqtgraph's own (auto
        range with auto visible) asks every curve for its bounds several times a change."""
        series = self.series
        if series is None or not len(series):
            return
        x0, x1 = self.visible_range()
        i0 = max(0, int(np.searchsorted(series.t, x0)) - 1)
        i1 = min(len(series), int(np.searchsorted(series.t, x1)) + 1)
        banded = series.banded
        for plot in self.plots:
            spec = plot.spec
            if spec.y_range is not None:
                continue
            fields = ([pen.field for pen in spec.pens] if banded or spec.band_always
                      else [pen.field for pen in spec.pens if not pen.band_edge])
            with np.errstate(all="ignore"), contextlib.suppress(ValueError):
                parts = [series[f][i0:i1] for f in fields]
                lo = min(float(np.nanmin(a)) for a in parts if np.isfinite(a).any())
                hi = max(float(np.nanmax(a)) for a in parts if np.isfinite(a).any())
                span = max(hi - lo, abs(hi) * 0.004, 2 * 10.0 ** -spec.decimals)
                vb = plot.item.getViewBox()
                # room at each end for a label at the data's extremes (ValueAxis drops a
                # label nearer the end than that, so as not to touch the next plot's)
                room = 0.8 * self.sizes.body / max(vb.height() - 1.6 * self.sizes.body, 1.0)
                pad = span * max(0.08, room)
                mid = (lo + hi) / 2
                vb.setYRange(mid - span / 2 - pad, mid + span / 2 + pad, padding=0)


# --- charging sessions ------------------------------------------------------------------------


class ChargeCurves(QWidget):
    """A pack's last charging sessions overlaid, SoC (and highest cell) against the hours from
    each session's start; the newest drawn bold, the others fainter the older they are."""

    def __init__(self, dpi: float, palette: Palette | None = None,
                 tz: dt.tzinfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sizes = Sizes(dpi)
        self.palette_ = palette or DAY
        self.tz = tz or _local_tz()
        self.curves: list[h.ChargeCurve] = []
        p, s = self.palette_, self.sizes
        outer = QVBoxLayout(self)
        outer.setContentsMargins(s.px(1.5), s.px(1), s.px(1.5), s.px(1))
        self.title = QLabel()
        self.title.setFont(_font(s.title, bold=True))
        outer.addWidget(self.title)
        self.stack = QStackedWidget()
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        self.view = _layout_widget(p)
        self.soc = self.view.addPlot(row=0, col=0, axisItems={
            "left": NumberAxis("left"), "bottom": NumberAxis("bottom")})
        self.cell = self.view.addPlot(row=1, col=0, axisItems={
            "left": NumberAxis("left"), "bottom": NumberAxis("bottom")})
        self.view.ci.layout.setRowStretchFactor(0, 3)
        self.view.ci.layout.setRowStretchFactor(1, 2)
        self.cell.setXLink(self.soc)
        self.grids: list[Grid] = []
        font = _font(s.body)
        for item, label in ((self.soc, self.tr("SoC (%)")),
                            (self.cell, self.tr("Highest cell (V)"))):
            item.hideButtons()
            item.setMenuEnabled(False)
            self.grids.append(Grid(item, p))
            item.getViewBox().setMouseEnabled(x=True, y=False)
            _style_axis(item.getAxis("left"), p, font, width=s.px(14))
            _style_axis(item.getAxis("bottom"), p, font, labelled=item is self.cell)
            item.setLabel("left", label, **{"color": p.text, "font-size": f"{s.body}px"})
        self.cell.setLabel("bottom", self.tr("hours from the start of the charge"),
                           **{"color": p.text, "font-size": f"{s.body}px"})
        self.soc.getAxis("bottom").setStyle(showValues=False)
        for axis in (self.cell.getAxis("bottom"), self.cell.getAxis("left")):
            axis.enableAutoSIPrefix(False)  # hours are hours (not "x0.001"), volts volts
        self.soc.setYRange(0, 100, padding=0.02)
        row.addWidget(self.view, 1)
        self.legend = _side_label(s, 62)
        row.addWidget(self.legend)
        self.message = _message_label(s)
        self.stack.addWidget(body)
        self.stack.addWidget(self.message)
        outer.addWidget(self.stack, 1)

    @property
    def showing_message(self) -> bool:
        return self.stack.currentWidget() is self.message

    def show_pack(self, db_path: Path, code: str, limit: int = 8) -> None:
        self.title.setText(self.tr("Charging sessions of %1").replace("%1", code))
        try:
            db = open_reader(Path(db_path))
            try:
                self.curves = h.charge_curves(db, code, limit)
            finally:
                db.conn.close()
        except (sqlite3.Error, OSError) as exc:
            self.message.setText(unreadable(Path(db_path), exc))
            self.stack.setCurrentWidget(self.message)
            return
        if not self.curves:
            self.message.setText(self.tr("The journal holds no charging session of pack %1.")
                                 .replace("%1", code))
            self.stack.setCurrentWidget(self.message)
            return
        self._draw()
        self.stack.setCurrentWidget(self.stack.widget(0))

    def _draw(self) -> None:
        p, s = self.palette_, self.sizes
        for grid in self.grids:
            grid.clear()
        n = len(self.curves)
        newest = self.tr("Newest first")
        lines = [f"<b>{newest}</b>"]
        for age, c in reversed(list(enumerate(self.curves))):  # the newest drawn last, on top
            newest = age == 0
            colour = QColor(p.text if newest else p.muted)
            if not newest:
                colour.setAlpha(int(220 - 150 * (age - 1) / max(1, n - 1)))
            width = max(3, s.px(0.6)) if newest else max(1, s.px(0.25))
            pen = pg.mkPen(colour, width=width)
            self.soc.plot(c.hours, c.soc, pen=pen)
            self.cell.plot(c.hours, c.cell_max, pen=pen)
        longest = max((float(c.hours[-1]) for c in self.curves if len(c.hours)), default=1.0)
        longest = max(longest, 0.1)
        for item in (self.soc, self.cell):  # from the start of the charge, never before
            item.getViewBox().setLimits(xMin=0.0, xMax=longest * 1.05)
        self.soc.setXRange(0.0, longest * 1.02, padding=0)
        for age, c in enumerate(self.curves):
            when = local.date_time(c.started, tz=self.tz)
            hours = (c.ended - c.started) / 3600.0 if c.ended else None
            text = (self.tr("%1 % to %2 %, %3 h").replace("%1", _num(c.soc_from, 0))
                    .replace("%2", _num(c.soc_to, 0)).replace("%3", _num(hours, 1)))
            if c.capacity_ah is not None:
                text += self.tr(", %1 Ah").replace("%1", _num(c.capacity_ah, 0))
            elif c.flags:
                from operator_app.ui.pack_page import QUALITY_WORDS, _word

                text += self.tr(", not measured (%1)").replace(
                    "%1", ", ".join(_word(QUALITY_WORDS, f) for f in c.flags))
            lines.append(f"<b>{when}<br>{text}</b>" if age == 0 else
                         f"<span style='color:{p.muted}'>{when}<br>{text}</span>")
        self.legend.setText("<br>".join(lines))


# --- health ----------------------------------------------------------------------------------


class HealthTrend(QWidget):
    """The capacity a pack's good sessions measured, as SoH over time, beside its BMS's SoH;
    the trend of the measured SoH and when it reaches the end of life, in words."""

    def __init__(self, dpi: float, palette: Palette | None = None,
                 tz: dt.tzinfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sizes = Sizes(dpi)
        self.palette_ = palette or DAY
        self.tz = tz or _local_tz()
        self.health: h.Health | None = None
        p, s = self.palette_, self.sizes
        outer = QVBoxLayout(self)
        outer.setContentsMargins(s.px(1.5), s.px(1), s.px(1.5), s.px(1))
        self.title = QLabel()
        self.title.setFont(_font(s.title, bold=True))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setFont(_font(s.body))
        outer.addWidget(self.title)
        outer.addWidget(self.summary)
        self.stack = QStackedWidget()
        self.view = _layout_widget(p)
        self.plot = self.view.addPlot(axisItems={"bottom": TimeAxis(self.tz),
                                                 "left": NumberAxis("left")})
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        font = _font(s.body)
        _style_axis(self.plot.getAxis("left"), p, font, width=s.px(14))
        _style_axis(self.plot.getAxis("bottom"), p, font)
        self.grid = Grid(self.plot, p)
        self.plot.setLabel("left", self.tr("SoH (%)"),
                           **{"color": p.text, "font-size": f"{s.body}px"})
        self.legend = self.plot.addLegend(offset=(-s.px(2), s.px(2)), labelTextSize=f"{s.body}px",
                                          labelTextColor=p.text, brush=pg.mkBrush(p.panel),
                                          pen=pg.mkPen(p.border))
        self.message = _message_label(s)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message)
        outer.addWidget(self.stack, 1)

    @property
    def showing_message(self) -> bool:
        return self.stack.currentWidget() is self.message

    def _month(self, t: float) -> str:
        return local.month(t, tz=self.tz)

    def projection_text(self) -> str:
        """The trend in words: when the measured SoH reaches the end of life."""
        hl = self.health
        if hl is None or hl.trend is None:
            n = 0 if hl is None else len(hl.measured_t)
            return (self.tr("not enough sessions for a trend (%1 good; a trend needs %2 over "
                            "%3 days)").replace("%1", str(n))
                    .replace("%2", str(h.MIN_TREND_SESSIONS))
                    .replace("%3", local.number(h.MIN_TREND_DAYS)))
        tr = hl.trend
        per_year = tr.slope_per_day * 365.25
        if tr.eol_at is None:
            return self.tr("no decline measured (%1 points a year): no end of life in sight")\
                .replace("%1", local.signed(per_year, 1))
        eol = local.number(tr.eol_pct)
        if tr.eol_at <= tr.ref:
            return self.tr("below %1 % since about %2").replace("%1", eol).replace(
                "%2", self._month(tr.eol_at))
        return (self.tr("falls %1 points a year: reaches %2 % around %3")
                .replace("%1", local.number(-per_year, 1)).replace("%2", eol)
                .replace("%3", self._month(tr.eol_at)))

    def show_pack(self, db_path: Path, code: str) -> None:
        self.title.setText(self.tr("Health of %1").replace("%1", code))
        try:
            db = open_reader(Path(db_path))
            try:
                self.health = h.pack_health(db, code)
            finally:
                db.conn.close()
        except (sqlite3.Error, OSError) as exc:
            self.health = None
            self.summary.setText("")
            self.message.setText(unreadable(Path(db_path), exc))
            self.stack.setCurrentWidget(self.message)
            return
        hl = self.health
        if not len(hl.measured_t) and not len(hl.bms_t):
            self.summary.setText("")
            self.message.setText(self.tr("The journal holds no health record of pack %1.")
                                 .replace("%1", code))
            self.stack.setCurrentWidget(self.message)
            return
        self._draw(hl)
        parts = []
        if len(hl.measured_soh):
            parts.append(self.tr("Measured SoH %1 % (last of %2 good sessions)").replace(
                "%1", _num(float(hl.measured_soh[-1]), 1)).replace(
                "%2", str(len(hl.measured_soh))))
        if len(hl.bms_soh):
            parts.append(self.tr("the BMS says %1 %").replace("%1", _num(float(hl.bms_soh[-1]),
                                                                          1)))
        parts.append(self.projection_text())
        self.summary.setText("; ".join(parts) + ".")
        self.stack.setCurrentWidget(self.view)

    def _draw(self, hl: h.Health) -> None:
        p, s = self.palette_, self.sizes
        self.grid.clear()
        self.legend.clear()
        eol = h.EOL_SOH_PCT
        times = [*hl.measured_t.tolist(), *hl.bms_t.tolist()]
        t0, t1 = min(times), max(times)
        end = t1
        if hl.trend is not None and hl.trend.eol_at is not None:
            # the projection as far as the history reaches back (two months at least): a far
            # end of life is said in words, and the history stays readable
            ahead = max(t1 - t0, 60 * 86400.0)
            end = max(t1, min(hl.trend.eol_at, t1 + ahead))
        if len(hl.bms_t):
            self.plot.plot(hl.bms_t, hl.bms_soh, pen=pg.mkPen(p.muted, width=max(2, s.px(0.35)),
                                                               style=Qt.PenStyle.DashLine),
                           name=self.tr("BMS SoH"))
        if len(hl.measured_t):
            self.plot.plot(hl.measured_t, hl.measured_soh, pen=None, symbol="o",
                           symbolSize=s.px(1.8), symbolBrush=pg.mkBrush(p.text),
                           symbolPen=pg.mkPen(p.panel), name=self.tr("measured (good sessions)"))
        if hl.trend is not None:
            xs = np.array([t0, end])
            self.plot.plot(xs, hl.trend.soh(xs), pen=pg.mkPen(p.mandatory,
                                                              width=max(2, s.px(0.45))),
                           name=self.tr("trend of the measured SoH"))
            if hl.trend.eol_at is not None and hl.trend.eol_at <= end:
                when = pg.TextItem(self._month(hl.trend.eol_at), color=p.text, anchor=(1, 0))
                when.setFont(_font(s.body, bold=True))
                when.setPos(hl.trend.eol_at, eol)
                self.plot.addItem(when)
        line = pg.InfiniteLine(pos=eol, angle=0, pen=pg.mkPen(p.alarm_high, width=2,
                                                              style=Qt.PenStyle.DashLine))
        self.plot.addItem(line)
        label = pg.TextItem(self.tr("end of life %1 %").replace("%1", local.number(eol)),
                            color=p.alarm_high, anchor=(0, 1))
        label.setFont(_font(s.body))
        label.setPos(t0, eol)
        self.plot.addItem(label)
        lows = [eol - 2, *hl.measured_soh[np.isfinite(hl.measured_soh)].tolist(),
                *hl.bms_soh.tolist()]
        self.plot.setYRange(min(lows) - 1, max(100.0, max(lows)) + 0.5, padding=0)
        pad = max((end - t0) * 0.03, 86400.0)
        self.plot.setXRange(t0 - pad, end + pad, padding=0)


class FleetHealth(QWidget):
    """Every pack's SoH (measured; the BMS's where nothing was measured, hatched) as a
    histogram, with the outliers named; each outlier's button opens its pack
    (``pack_chosen``)."""

    pack_chosen = Signal(str)
    MAX_BUTTONS = 4

    def __init__(self, dpi: float, palette: Palette | None = None,
                 parent: QWidget | None = None, side_mm: float = 70.0) -> None:
        """``side_mm``: the width of the outliers' column beside the histogram."""
        super().__init__(parent)
        self.dpi = dpi
        self.sizes = Sizes(dpi)
        self.palette_ = palette or DAY
        self.packs: list[h.PackSoh] = []
        self.outliers: list[h.Outlier] = []
        p, s = self.palette_, self.sizes
        outer = QVBoxLayout(self)
        outer.setContentsMargins(s.px(1.5), s.px(1), s.px(1.5), s.px(1))
        self.title = QLabel()
        self.title.setFont(_font(s.title, bold=True))
        self.title.setWordWrap(True)
        outer.addWidget(self.title)
        self.stack = QStackedWidget()
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        self.view = _layout_widget(p)
        self.plot = self.view.addPlot(axisItems={"left": NumberAxis("left"),
                                                 "bottom": NumberAxis("bottom")})
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        font = _font(s.body)
        _style_axis(self.plot.getAxis("left"), p, font, width=s.px(10))
        _style_axis(self.plot.getAxis("bottom"), p, font, labelled=True)
        self.grid = Grid(self.plot, p, x=False)
        self.plot.setLabel("left", self.tr("packs"), **{"color": p.text,
                                                         "font-size": f"{s.body}px"})
        self.plot.setLabel("bottom", self.tr("SoH (%)"), **{"color": p.text,
                                                             "font-size": f"{s.body}px"})
        row.addWidget(self.view, 1)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        self.outlier_label = _side_label(s, side_mm)
        side.addWidget(self.outlier_label)
        self.outlier_buttons = QVBoxLayout()
        side.addLayout(self.outlier_buttons)
        side.addStretch(1)
        row.addLayout(side)
        self.message = _message_label(s)
        self.stack.addWidget(body)
        self.stack.addWidget(self.message)
        outer.addWidget(self.stack, 1)

    @property
    def showing_message(self) -> bool:
        return self.stack.currentWidget() is self.message

    def show(self, db_path: Path | None = None) -> None:  # type: ignore[override]
        """Read every pack's SoH from the journal at ``db_path`` and draw it; and show the
        widget, as ``QWidget.show()`` does (which is what it does without a path)."""
        if db_path is not None:
            self.load(db_path)
        super().show()

    def say(self, text: str) -> None:
        """No histogram: ``text`` in its place (the journal unreadable, empty, or none)."""
        self.packs, self.outliers = [], []
        self.title.setText(self.tr("Fleet health"))
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def load(self, db_path: Path) -> None:
        try:
            db = open_reader(Path(db_path))
            try:
                self.packs = h.fleet_soh(db)
            finally:
                db.conn.close()
        except (sqlite3.Error, OSError) as exc:
            self.say(unreadable(Path(db_path), exc))
            return
        if not self.packs:
            self.say(self.tr("The journal holds no pack with a SoH yet."))
            return
        self.outliers = h.fleet_outliers(self.packs)
        self._draw()
        self.stack.setCurrentWidget(self.stack.widget(0))

    def _draw(self) -> None:
        p, s = self.palette_, self.sizes
        self.grid.clear()
        values = np.array([x.soh for x in self.packs])
        lo = math.floor(min(values.min(), h.EOL_SOH_PCT) - 1)
        hi = math.ceil(min(max(values.max(), 99.0), 110.0)) + 1
        edges = np.arange(lo, hi + 1, 1.0)
        measured = np.histogram([x.soh for x in self.packs if x.measured], edges)[0]
        bms = np.histogram([x.soh for x in self.packs if not x.measured], edges)[0]
        centers = edges[:-1] + 0.5
        self.plot.addItem(pg.BarGraphItem(x=centers, height=measured, width=0.9,
                                          brush=pg.mkBrush(p.muted), pen=pg.mkPen(p.text)))
        hatched = QBrush(QColor(p.text), Qt.BrushStyle.BDiagPattern)
        self.plot.addItem(pg.BarGraphItem(x=centers, y0=measured, height=bms, width=0.9,
                                          brush=hatched, pen=pg.mkPen(p.text)))
        self.plot.addItem(pg.InfiniteLine(pos=h.EOL_SOH_PCT, angle=90, pen=pg.mkPen(
            p.alarm_high, width=2, style=Qt.PenStyle.DashLine)))
        # beside the line, on the side of the packs (left of it there is no room)
        label = pg.TextItem(self.tr("end of life"), color=p.alarm_high, anchor=(-0.05, 0))
        label.setFont(_font(s.body))
        top = float(max((measured + bms).max(), 1))
        label.setPos(h.EOL_SOH_PCT, top * 1.1)
        self.plot.addItem(label)
        self.plot.setXRange(lo, hi, padding=0)
        self.plot.setYRange(0, top * 1.15 + 0.5, padding=0)
        step = max(1, math.ceil(top / 5))  # whole packs
        counts = [float(v) for v in range(0, int(top) + step, step)]
        self.plot.getAxis("left").setTicks([[(v, local.number(v)) for v in counts], []])
        self.grid.y_ticks = tuple(counts)
        med, _ = h.fleet_spread(self.packs)
        n_measured = sum(1 for x in self.packs if x.measured)
        self.title.setText(
            self.tr("Fleet health: %1 packs, median SoH %2 %; %3 measured, %4 by the BMS only "
                    "(hatched)").replace("%1", str(len(self.packs)))
            .replace("%2", local.number(med, 1)).replace("%3", str(n_measured))
            .replace("%4", str(len(self.packs) - n_measured)))
        self._outlier_buttons()
        if not self.outliers:
            self.outlier_label.setText(self.tr("No outliers: every pack is within 2 standard "
                                               "deviations of the median and above the end "
                                               "of life."))
            return
        outliers = self.tr("Outliers")
        lines = [f"<b>{outliers}</b>"]
        for o in self.outliers:
            why = (self.tr("below the end of life") if o.below_eol else
                   self.tr("%1 standard deviations from the median").replace(
                       "%1", local.signed(o.sigmas, 1)))
            source = "" if o.measured else self.tr(" (BMS SoH, not measured)")
            lines.append(f"{o.code}: {local.percent(o.soh, 1)}, {why}{source}")
        self.outlier_label.setText("<br>".join(lines))

    def _outlier_buttons(self) -> None:
        """A finger-sized button per outlier (the worst first, a few at most)."""
        while self.outlier_buttons.count():
            item = self.outlier_buttons.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for o in self.outliers[:self.MAX_BUTTONS]:
            b = button(self.tr("Open %1").replace("%1", o.code[-8:]), "fleetOutlier",
                       self.dpi, primary=False)
            b.setToolTip(o.code)
            b.clicked.connect(lambda _=False, code=o.code: self.pack_chosen.emit(code))
            self.outlier_buttons.addWidget(b)
