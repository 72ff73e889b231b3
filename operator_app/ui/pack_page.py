"""One pack on one page: why it is (or is not) offered to a swap, and how it has aged.

Opened from a rack tile, from an alarm on a slot, or by a search for its code. The left side
says in words what the tile says (why the pack is not offered, its quarantine and why), the
capacity the console measured beside the BMS's SoH, the live insulation and GB/T 32960 flags,
and the pack code taken apart. Below them, big tabs: the live cells and temperatures as bars
against the BMS's thresholds, the charging sessions, the pack's alarms, and two containers for
the history plots. Quarantine, release, saving the record and the search keyboard open inside
the page: a kiosk has no dialogs and no file manager. A pack that is not in the rack shows its
records only.

pyqtgraph (with numpy, a third of a second to import) is imported when the charts are first
drawn, never at start-up.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import errno
import io
import json
import math
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from operator_app.domain import station as st
from operator_app.domain.capacity import BMS_SOH_DISAGREES, MIN_DEPTH_PCT
from operator_app.domain.commands import CellDetail
from operator_app.domain.pack_code import PackCodeError, decode
from operator_app.domain.selection import (
    SelectionRules,
    TileState,
    TileView,
    TileWhy,
    tile_view,
)
from operator_app.domain.snapshot import SlotSnapshot
from operator_app.domain.station import AlarmFlag, ChargerState
from operator_app.services.pack_service import REASONS
from operator_app.storage.packs_report import as_csv
from operator_app.ui import local
from operator_app.ui.drives import removable_drives
from operator_app.ui.sizes import Sizes
from operator_app.ui.texts import alarm_name, alarm_title, label, priority_text, state_text
from operator_app.ui.theme import DAY, GLOVE_GAP_MM, MIN_TARGET_MM, Palette, mm_to_px
from operator_app.ui.touch_keyboard import ENTER, PlateKeyboard, apply_key
from operator_app.ui.widgets import CurrentPageStack, Page, RowsMixin, button, kinetic

ModelIndex = QModelIndex | QPersistentModelIndex

# The BMS's thresholds (GB/T 32960 levels, as operator_app/simulator/pack.py SimPack.alarms
# raises them; tests/ui/test_pack_page.py holds the two together): cell over-voltage level 1
# and 3 (50 mV above the 3.60 V an LFP charge holds its highest cell at), under-voltage level
# 1 and 3, high temperature level 1 and 3
CELL_OVER_V = ((3.65, 1), (3.75, 3))
CELL_UNDER_V = ((2.90, 1), (2.70, 3))
TEMP_HIGH_C = ((55.0, 1), (70.0, 3))
CELL_AXIS_V = (2.55, 3.88)  # every threshold in sight, with room for its words
TEMP_AXIS_C = (0.0, 80.0)
INSULATION_WARN_KOHM = 500.0  # below: lower than a healthy pack's, said in the warning colour
INSULATION_ALARM_KOHM = 250.0  # at or below: the OEM's alarm threshold, INSULATION LOW
CELL_REFRESH_MS = 3000  # the cells are read again this often while the page is shown
CELL_ANSWER_MS = 5000  # no answer in this long: the read failed (the link may be down)
RECORD_REFRESH_MS = 15000  # the journal's records, again (a session may have ended)
RECORD_SOON_MS = 2000  # again soon for a pack the journal has not recorded yet (just seen)
TAB_MM = 12.0  # the tabs: larger than anything merely tappable, read at arm's length
ROW_MM = MIN_TARGET_MM  # a list row a gloved finger picks
CHART_MIN_MM = 20.0
CHART_FONT_MM = 2.5
EXPORT_SIZE = (1400, 600)  # a saved chart's picture, in pixels
HISTORY_EXPORT_SIZE = (1400, 1200)  # six plots one above the other
SESSION_COLUMNS = ("id", "slot", "started_at", "ended_at", "energy_in_kwh", "charge_in_ah",
                   "soc_from_pct", "soc_to_pct", "peak_temp_c", "end_reason", "method",
                   "capacity_ah", "flags", "inputs")

# Why a session is not used for capacity (domain/capacity.py Quality), in a word or two
QUALITY_WORDS: dict[str, str] = {
    "shallow": QT_TRANSLATE_NOOP("PackPage", "shallow"),
    "gap": QT_TRANSLATE_NOOP("PackPage", "gap in the readings"),
    "soc_jump": QT_TRANSLATE_NOOP("PackPage", "SoC jumped"),
    "soc_frozen": QT_TRANSLATE_NOOP("PackPage", "SoC frozen"),
    "meter_backwards": QT_TRANSLATE_NOOP("PackPage", "meter went backwards"),
    "link_lost": QT_TRANSLATE_NOOP("PackPage", "link lost"),
    "restart": QT_TRANSLATE_NOOP("PackPage", "console restarted"),
    "removed": QT_TRANSLATE_NOOP("PackPage", "pack removed"),
    "not_complete": QT_TRANSLATE_NOOP("PackPage", "not complete"),
    "no_soc": QT_TRANSLATE_NOOP("PackPage", "no SoC"),
}
# How a charging session ended, as the journal keeps it (services/recorder.py END_REASONS,
# and "console restart" for a session a stopped console left open)
END_WORDS: dict[str, str] = {
    "complete": QT_TRANSLATE_NOOP("PackPage", "complete"),
    "stopped": QT_TRANSLATE_NOOP("PackPage", "stopped"),
    "fault": QT_TRANSLATE_NOOP("PackPage", "charger fault"),
    "taken for a swap": QT_TRANSLATE_NOOP("PackPage", "taken for a swap"),
    "removed": QT_TRANSLATE_NOOP("PackPage", "pack removed"),
    "console restart": QT_TRANSLATE_NOOP("PackPage", "console restart"),
}
PRODUCT_WORDS: dict[str, str] = {
    "pack": QT_TRANSLATE_NOOP("PackPage", "pack"),
    "module": QT_TRANSLATE_NOOP("PackPage", "module"),
    "cell": QT_TRANSLATE_NOOP("PackPage", "cell"),
}
# the page's panels, in its body's stack
MAIN, QUARANTINE, EXPORT, SEARCH = range(4)


def _word(table: dict[str, str], key: str) -> str:
    """A table's word, translated; a key without one, as it is."""
    text = table.get(key)
    return key.replace("_", " ") if text is None else QCoreApplication.translate(
        "PackPage", text)  # tr: the page's tables


def local_time(when: str | None, seconds: bool = False) -> str:
    """A journal time (UTC ISO 8601) as the station's date and 24-hour time, in the console's
    language; a dash for none."""
    if not when:
        return "-"
    try:
        return local.date_time(when, seconds)
    except ValueError:
        return when


def extremes(values: Sequence[float | None]) -> tuple[int, float, int, float, float] | None:
    """(lowest's number, lowest, highest's number, highest, mean) of the valid values (numbers
    count from 1), or None when none is valid."""
    valid = [(v, i + 1) for i, v in enumerate(values) if v is not None and math.isfinite(v)]
    if not valid:
        return None
    low, high = min(valid), max(valid, key=lambda p: (p[0], -p[1]))
    return low[1], low[0], high[1], high[0], sum(v for v, _ in valid) / len(valid)


def write_file(path: Path, data: bytes) -> None:
    """Write a new file and put it on the disk before saying so: a stick is pulled soon."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)


def sessions_csv(sessions: list[dict[str, Any]]) -> str:
    """The sessions as the journal keeps them, one a row; flags joined by ';'."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(SESSION_COLUMNS)
    for r in sessions:
        row = []
        for c in SESSION_COLUMNS:
            v = r.get(c)
            if c == "flags":
                v = ";".join(v or [])
            elif c == "inputs" and v is not None:
                v = json.dumps(v, ensure_ascii=False, sort_keys=True)
            row.append("" if v is None else v)
        w.writerow(row)
    return buf.getvalue()


class BarChart(QWidget):
    """One bar per value against fixed lines: the min, max and mean of the values, and the
    thresholds, each threshold with its words. The lowest and the highest bar are darker and
    carry their number. No mouse: it is read, not explored."""

    def __init__(self, name: str, sizes: Sizes, palette: Palette, unit: str,
                 axis: tuple[float, float]) -> None:
        import pyqtgraph as pg  # here, not at start-up (see the module's docstring)

        from operator_app.ui.pack_plots import NumberAxis  # (which imports pyqtgraph)

        super().__init__()
        self.setObjectName(name)
        self.pg, self.sizes, self.palette_ = pg, sizes, palette
        self.unit, self.axis = unit, axis
        self.values: list[float | None] = []
        # key, value, words, level (1-3: the BMS's; 0: a rule of the station's), words above
        self.thresholds: list[tuple[str, float, str, int, bool]] = []
        self.threshold_lines: dict[str, Any] = {}
        self.stat_lines: dict[str, Any] = {}  # "min", "max", "mean"
        self.marks: list[Any] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.plot = pg.PlotWidget(background=palette.panel,
                                  axisItems={"left": NumberAxis("left")})  # "3,5" in pt_BR
        self.plot.setObjectName(f"{name}Plot")
        self.plot.setMinimumHeight(sizes.px(CHART_MIN_MM))
        item = self.plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        item.showGrid(x=False, y=True, alpha=0.25)
        self.chart_font = sizes.font(sizes.px(CHART_FONT_MM))
        for side in ("left", "bottom"):
            item.getAxis(side).setTickFont(self.chart_font)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.8, y0=axis[0], pen=None,
                                    brush=palette.border)
        item.addItem(self.bars)
        layout.addWidget(self.plot)
        self._colour_axes()
        item.getViewBox().sigResized.connect(self._fit_y)

    def _y_range(self) -> tuple[float, float]:
        """The axis, widened where a threshold's words would stand past its top or bottom:
        a line near the top has its words above it, and Thai or Chinese words are taller
        than the room the axis leaves there."""
        base, top = self.axis
        view = self.plot.getPlotItem().getViewBox().height()
        words = []  # (value, the words' share of the height, above)
        for key, value, text, _level, above in self.thresholds:
            label = getattr(self.threshold_lines.get(key), "label", None)
            if text and label is not None and view > 0:
                words.append((value, (label.boundingRect().height() + 2) / view, above))
        if sum(f for _v, f, _a in words) >= 0.8:
            return base, top  # a chart too small to say anything in: as it is
        low, high = base, top
        for _ in range(8):  # widening one end takes a share of the other's room: repeat
            span = high - low
            high = max([top] + [v + f * span for v, f, above in words if above])
            low = min([base] + [v - f * span for v, f, above in words if not above])
        return low, high

    def _fit_y(self, *_args: Any) -> None:
        self.plot.getPlotItem().setYRange(*self._y_range(), padding=0)

    def _colour_axes(self) -> None:
        p = self.palette_
        item = self.plot.getPlotItem()
        self.plot.setBackground(p.panel)
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(p.muted)
            axis.setTextPen(p.text)
            axis.label.setFont(self.chart_font)
        item.setLabel("left", self.unit, color=p.text)

    def set_palette(self, palette: Palette) -> None:
        self.palette_ = palette
        self._colour_axes()
        self.set_thresholds(self.thresholds)
        self.show_values(self.values)

    def _level_colour(self, level: int) -> str:
        p = self.palette_
        return {3: p.alarm_high, 2: p.alarm_medium, 1: p.alarm_medium}.get(level, p.muted)

    def _line(self, value: float, pen: Any, text: str = "", fill: str = "", ink: str = "",
              above: bool = True, left: bool = False) -> Any:
        pg = self.pg
        line = pg.InfiniteLine(pos=value, angle=0, movable=False, pen=pen)
        if text:
            anchor = (0.0 if left else 1.0, 1.0 if above else 0.0)
            line.label = pg.InfLineLabel(line, text=text, position=0.005 if left else 0.995,
                                         anchors=[anchor, anchor], color=ink,
                                         fill=pg.mkBrush(fill))
            line.label.setFont(self.chart_font)
        self.plot.getPlotItem().addItem(line)
        return line

    def set_thresholds(self, thresholds: list[tuple[str, float, str, int, bool]]) -> None:
        """Draw the thresholds: (key, value, words, level, words above the line)."""
        pg, p = self.pg, self.palette_
        item = self.plot.getPlotItem()
        for line in self.threshold_lines.values():
            item.removeItem(line)
        self.thresholds = list(thresholds)
        self.threshold_lines = {}
        for key, value, text, level, above in thresholds:
            colour = self._level_colour(level)
            if level:  # the words on the threshold's colour: never colour alone
                style = Qt.PenStyle.SolidLine if level == 3 else Qt.PenStyle.DashLine
                # level 1 words on the left, level 3 on the right: two close lines' words
                # never cover each other
                line = self._line(value, pg.mkPen(colour, width=2, style=style), text, colour,
                                  "white" if level == 3 else "black", above, left=level == 1)
            else:
                line = self._line(value, pg.mkPen(p.muted, width=2, style=Qt.PenStyle.DotLine),
                                  text, p.panel, p.text, above)
            line.setZValue(10)  # over the bars and the min/max lines: its words are read
            self.threshold_lines[key] = line
        self._fit_y()

    def show_values(self, values: Sequence[float | None]) -> None:
        """The bars (an invalid value draws none), the min/max/mean lines, the lowest and
        the highest bar darker with their number beside the line."""
        pg, p = self.pg, self.palette_
        item = self.plot.getPlotItem()
        self.values = list(values)
        for line in self.stat_lines.values():
            item.removeItem(line)
        for mark in self.marks:
            item.removeItem(mark)
        self.stat_lines, self.marks = {}, []
        base, top = self.axis
        n = len(self.values)
        heights = [0.0 if v is None or not math.isfinite(v) else max(0.0, min(v, top) - base)
                   for v in self.values]
        found = extremes(self.values)
        brushes = []
        for i, v in enumerate(self.values):
            level = self.level_of(v)
            colour = self._level_colour(level) if level else p.border
            if found is not None and i + 1 in (found[0], found[2]) and not level:
                colour = p.text
            brushes.append(pg.mkBrush(colour))
        # bars a few pixels wide touch (gaps that narrow only flicker); wider ones keep a gap
        width = 0.8 if self.plot.width() / max(1, n) >= 4 else 1.0
        self.bars.setOpts(x=list(range(1, n + 1)), height=heights, width=width, y0=base,
                          pen=None, brushes=brushes)
        item.setXRange(0.5, max(1, n) + 0.5, padding=0.01)
        self._fit_y()
        if found is None:
            return
        low_i, low, high_i, high, mean = found
        for key, value, style in (("min", low, Qt.PenStyle.SolidLine),
                                  ("max", high, Qt.PenStyle.SolidLine),
                                  ("mean", mean, Qt.PenStyle.DashLine)):
            self.stat_lines[key] = self._line(value, pg.mkPen(p.text, width=1, style=style))
        for number, value, anchor in ((low_i, low, (0.5, 0.0)), (high_i, high, (0.5, 1.0))):
            mark = pg.TextItem(str(number), color=p.text, anchor=anchor,
                               fill=pg.mkBrush(p.panel))
            mark.setFont(self.chart_font)
            mark.setPos(number, max(base, min(value, top)))
            item.addItem(mark)
            self.marks.append(mark)

    def level_of(self, value: float | None) -> int:
        """The highest BMS level ``value`` is at or beyond (0: none)."""
        if value is None:
            return 0
        middle = sum(self.axis) / 2
        level = 0
        for _key, limit, _text, lvl, _above in self.thresholds:
            if lvl and ((limit >= middle and value >= limit) or
                        (limit < middle and value <= limit)):
                level = max(level, lvl)
        return level

    def png(self, size: tuple[int, int] = EXPORT_SIZE) -> bytes:
        """The chart drawn afresh at ``size`` (never shown), as PNG bytes: the same picture
        whichever tab or panel is on screen."""
        twin = BarChart(f"{self.objectName()}Export", self.sizes, self.palette_, self.unit,
                        self.axis)
        twin.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        twin.resize(*size)
        twin.show()
        twin.set_thresholds(self.thresholds)
        twin.show_values(self.values)
        twin.plot.getPlotItem().layout.activate()
        image = twin.grab().toImage()
        twin.close()
        twin.deleteLater()
        return png_bytes(image)


def plot_png(plot: QWidget, db_path: Path, code: str, size: tuple[int, int]) -> bytes:
    """A pack plot (``show_pack(db_path, code)``) drawn at ``size`` without being shown."""
    plot.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    plot.resize(*size)
    plot.show()
    try:
        plot.show_pack(db_path, code)  # type: ignore[attr-defined]
        QApplication.sendPostedEvents()
        layout = plot.layout()
        if layout is not None:
            layout.activate()
        return png_bytes(plot.grab().toImage())
    finally:
        plot.close()
        plot.deleteLater()


def png_bytes(image) -> bytes:
    """An image as PNG bytes (written by the caller, so that a failing drive is an OSError
    with its errno, not a quiet False)."""
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


class SessionModel(RowsMixin, QAbstractListModel):
    """A pack's charging sessions, newest first, two lines each: what went in, and whether
    the session measured the capacity (or why not)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[Any, ...]] = []

    def set_sessions(self, sessions: list[dict[str, Any]]) -> None:
        self.set_rows([(r.get("id"), r.get("started_at"), r.get("ended_at"),
                        r.get("energy_in_kwh"), r.get("charge_in_ah"), r.get("soc_from_pct"),
                        r.get("soc_to_pct"), r.get("peak_temp_c"), r.get("end_reason"),
                        r.get("method"), r.get("capacity_ah"), tuple(r.get("flags") or ()))
                       for r in sessions])

    def text(self, row: tuple[Any, ...]) -> str:
        (_id, started, ended, kwh, ah, soc_from, soc_to, peak, end, method, capacity,
         flags) = row
        parts = [local_time(started)]
        duration = _duration(started, ended)
        if duration is not None:
            hours, minutes = divmod(int(duration // 60), 60)
            parts.append(self.tr("%1 h %2 min").replace("%1", local.number(hours))
                         .replace("%2", f"{minutes:02d}") if hours
                         else self.tr("%1 min").replace("%1", str(minutes)))
        parts.append(self.tr("%1 kWh in").replace("%1", "-" if kwh is None
                                                  else local.number(kwh, 1)))
        if soc_from is not None and soc_to is not None:
            parts.append(self.tr("SoC %1 → %2 %").replace("%1", local.number(soc_from))
                         .replace("%2", local.number(soc_to)))
        if peak is not None:
            parts.append(self.tr("peak %1 °C").replace("%1", local.number(peak)))
        if ended is None:
            quality = self.tr("charging now")
        elif capacity is not None:
            quality = self.tr("good: measured %1 Ah (%2)").replace(
                "%1", local.number(capacity, 1)) \
                .replace("%2", self.tr("charger meter") if method == "meter"
                         else self.tr("current integrated"))
        else:
            why = ", ".join(_word(QUALITY_WORDS, f) for f in flags) or self.tr("no reason kept")
            quality = self.tr("not used for capacity: %1").replace("%1", why)
        if ended is not None and end:
            quality += " · " + self.tr("ended: %1").replace("%1", _word(END_WORDS, end))
        if ah is not None:
            quality += " · " + self.tr("%1 Ah in").replace("%1", local.number(ah, 1))
        return " · ".join(parts) + "\n" + quality

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(self.rows[index.row()])
        return None


def _duration(started: str | None, ended: str | None) -> float | None:
    try:
        if started and ended:
            return max(0.0, (dt.datetime.fromisoformat(ended)
                             - dt.datetime.fromisoformat(started)).total_seconds())
    except ValueError:
        pass
    return None


class PackAlarmModel(RowsMixin, QAbstractListModel):
    """The alarms raised while the pack was in a slot, newest first, in words."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[Any, ...]] = []

    def set_alarms(self, alarms: list[dict[str, Any]]) -> None:
        self.set_rows([(a.get("code"), a.get("source"), a.get("priority"), a.get("raised_at"),
                        a.get("cleared_at"), a.get("state")) for a in alarms])

    def text(self, row: tuple[Any, ...]) -> str:
        code, source, priority, raised, cleared, state = row
        head = f"{priority_text(priority)}  " if priority in (1, 2, 3) else ""
        when = self.tr("raised %1").replace("%1", local_time(raised, seconds=True))
        if cleared:
            when += ", " + self.tr("cleared %1").replace(
                "%1", local_time(cleared, seconds=True))
        else:
            when += ", " + self.tr("not cleared")
        return f"{head}{alarm_name(code or '', source or '')}\n{when} · " \
               f"{state_text(state or '')}"

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(self.rows[index.row()])
        return None


def _tab(name: str, gap: int) -> tuple[QWidget, QVBoxLayout]:
    """A tab's page: a column with half a glove gap above it."""
    tab = QWidget()
    tab.setObjectName(name)
    column = QVBoxLayout(tab)
    column.setContentsMargins(0, gap // 2, 0, 0)
    return tab, column


def _children(w: QWidget) -> list[QWidget]:
    """The widgets put directly into ``w`` (a tab's container)."""
    return w.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)


def _list(name: str, model: QAbstractListModel, sizes: Sizes) -> QListView:
    view = QListView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setSpacing(2)
    view.setStyleSheet(f"QListView::item {{ min-height: {sizes.px(ROW_MM)}px; "
                       "padding: 4px; }")
    kinetic(view)
    return view


def _text(name: str, bold: bool = False) -> QLabel:
    """A label of the page: it wraps (never clipped), plain text (no markup from data)."""
    w = QLabel("")
    w.setObjectName(name)
    w.setWordWrap(True)
    w.setTextFormat(Qt.TextFormat.PlainText)
    w.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    if bold:
        w.setStyleSheet("font-weight: bold;")
    return w


class PackPage(Page):
    """The pack in one slot (live and its records), or a pack's records alone (``slot`` 0).

    ``charger_wanted(slot, on)`` when the charger button is tapped (the window performs it and
    says how it went in ``message``)."""

    charger_wanted = Signal(int, bool)

    def __init__(self, dpi: float, services: Any, session: Any,
                 palette: Palette = DAY) -> None:
        super().__init__(self.tr("Pack details"), dpi, "packPage")
        self.services, self.session, self.palette_ = services, session, palette
        self.sizes = Sizes(dpi)
        self.slot = 0
        self.code = ""  # the pack shown: in ``slot``, or searched for (slot 0)
        self.snap: SlotSnapshot | None = None
        self.record: dict[str, Any] | None = None
        self.sessions: list[dict[str, Any]] = []
        self.alarms: list[dict[str, Any]] = []
        self.cells: CellDetail | None = None  # the last good read of this slot's cells
        self.cells_at = 0.0
        self.cell_chart: BarChart | None = None
        self.temp_chart: BarChart | None = None
        self.find_drives: Callable[[], list[Path]] = removable_drives
        self._charger_on = True
        self._styles: dict[QLabel, str] = {}
        gap = mm_to_px(GLOVE_GAP_MM, dpi)

        # the head: the search for another pack, by code or slot number
        self.search_field = QLineEdit()
        self.search_field.setObjectName("packSearchField")
        self.search_field.setPlaceholderText(self.tr("Pack code or slot number"))
        self.search_field.setMinimumHeight(self.back_button.minimumHeight())
        self.search_field.setMaxLength(st.PACK_CODE_LENGTH + 8)
        self.search_field.installEventFilter(self)
        self.search_button = button(self.tr("Find"), "packSearch", dpi, wide=1.5)
        self.head.addWidget(self.search_field, 1)
        self.head.addWidget(self.search_button)

        self.panels = CurrentPageStack()
        self.panels.setObjectName("packPanels")
        self.body.addWidget(self.panels, 1)
        self.panels.addWidget(self._main_panel(gap))
        self.panels.addWidget(self._quarantine_panel(gap))
        self.panels.addWidget(self._export_panel(gap))
        self.panels.addWidget(self._search_panel(gap))

        # under every panel: the page's actions (main panel only) and what the last one did
        bottom = QHBoxLayout()
        bottom.setSpacing(gap)
        self.action_row = QWidget()
        self.action_row.setObjectName("packActions")
        row = QHBoxLayout(self.action_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(gap)
        self.charger_button = button(self.tr("Disable charger"), "chargerToggle", dpi,
                                     primary=False, wide=3)
        # each opens a panel (or is refused in words): its Confirm is the primary action
        self.quarantine_button = button(self.tr("Quarantine…"), "packQuarantine", dpi,
                                        primary=False, wide=2)
        self.release_button = button(self.tr("Release from quarantine"), "packRelease", dpi,
                                     primary=False, wide=2)
        self.save_button = button(self.tr("Save record…"), "packSave", dpi, primary=False,
                                  wide=2)
        for b in (self.charger_button, self.quarantine_button, self.release_button,
                  self.save_button):
            row.addWidget(b)
        bottom.addWidget(self.action_row)
        self.message = _text("packMessage", bold=True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        bottom.addWidget(self.message, 1)
        self.body.addLayout(bottom)

        self._cell_timer = QTimer(self)
        self._cell_timer.setInterval(CELL_REFRESH_MS)
        self._cell_timer.timeout.connect(self.request_cells)
        self._answer_timer = QTimer(self)
        self._answer_timer.setSingleShot(True)
        self._answer_timer.setInterval(CELL_ANSWER_MS)
        self._answer_timer.timeout.connect(self._no_answer)
        self._record_timer = QTimer(self)
        self._record_timer.setInterval(RECORD_REFRESH_MS)
        self._record_timer.timeout.connect(self.refresh_records)

        self.charger_button.clicked.connect(
            lambda: self.charger_wanted.emit(self.slot, not self._charger_on))
        self.quarantine_button.clicked.connect(self._open_quarantine)
        self.release_button.clicked.connect(self._release)
        self.save_button.clicked.connect(self._open_export)
        self.search_button.clicked.connect(lambda: self.find_pack(self.search_field.text()))
        self.search_field.returnPressed.connect(lambda: self.find_pack(self.search_field.text()))
        self.back.connect(lambda: self._show_panel(MAIN))
        services.packs.changed.connect(self._packs_changed)
        self._set_tab_style()
        self._show_buttons()

    # --- building --------------------------------------------------------------------------

    def _main_panel(self, gap: int) -> QWidget:
        panel = QWidget()
        panel.setObjectName("packMainPanel")
        split = QHBoxLayout(panel)
        split.setContentsMargins(0, 0, 0, 0)
        split.setSpacing(gap)
        # left: the summary in words, scrolling inside itself when it must
        self.summary = QWidget()
        self.summary.setObjectName("packDetail")
        column = QVBoxLayout(self.summary)
        column.setContentsMargins(0, 0, 4, 0)
        self.why = _text("packWhy", bold=True)
        self.identity = _text("packIdentity")
        self.health_head = _text("packHealthHead", bold=True)
        self.health = _text("packHealth")
        self.disagrees = _text("packDisagrees")
        self.live_head = _text("packLiveHead", bold=True)
        self.live = _text("packLive")
        self.insulation = _text("packInsulation")
        self.bms = _text("packBms")
        self.code_head = _text("packCodeHead", bold=True)
        self.decoded = _text("packDecoded")
        self.lifetime_head = _text("packLifetimeHead", bold=True)
        self.lifetime = _text("packLifetime")
        self.health_head.setText(self.tr("Health: measured by this station and by the BMS"))
        self.live_head.setText(self.tr("Now"))
        self.code_head.setText(self.tr("Pack code (GB/T 34014)"))
        self.lifetime_head.setText(self.tr("Its life so far"))
        # why first, then what is abnormal now (insulation, the BMS's flags), then the health
        for w in (self.why, self.identity, self.insulation, self.bms, self.health_head,
                  self.health, self.disagrees, self.live_head, self.live, self.code_head,
                  self.decoded, self.lifetime_head, self.lifetime):
            column.addWidget(w)
        column.addStretch(1)
        self.summary_area = QScrollArea()
        self.summary_area.setObjectName("packSummaryArea")
        self.summary_area.setWidgetResizable(True)
        self.summary_area.setFrameShape(QFrame.Shape.NoFrame)
        self.summary_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary_area.setWidget(self.summary)
        kinetic(self.summary_area)
        split.addWidget(self.summary_area, 5)

        # right: the tabs
        self.tabs = QTabWidget()
        self.tabs.setObjectName("packTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setExpanding(False)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        self.live_tab = QWidget()
        self.live_tab.setObjectName("packLiveTab")
        live = QVBoxLayout(self.live_tab)
        live.setContentsMargins(0, gap // 2, 0, 0)
        self.cells_status = _text("packCellsStatus", bold=True)
        live.addWidget(self.cells_status)
        charts = QHBoxLayout()
        charts.setSpacing(gap)
        cells_side, temps_side = QVBoxLayout(), QVBoxLayout()
        self.cells_text = _text("packCells")
        self.temps_text = _text("packTemps")
        cells_side.addWidget(self.cells_text)
        temps_side.addWidget(self.temps_text)
        self.cells_holder, self.temps_holder = cells_side, temps_side
        charts.addLayout(cells_side, 3)
        charts.addLayout(temps_side, 2)
        live.addLayout(charts, 1)
        self.sessions_tab, sessions = _tab("packSessionsTab", gap)
        self.sessions_text = _text("packSessionsText")
        self.session_model = SessionModel()
        self.session_list = _list("packSessions", self.session_model, self.sizes)
        sessions.addWidget(self.sessions_text)
        sessions.addWidget(self.session_list, 1)
        self.alarms_tab, alarms = _tab("packAlarmsTab", gap)
        self.alarms_text = _text("packAlarmsText")
        self.alarm_model = PackAlarmModel()
        self.alarm_list = _list("packAlarms", self.alarm_model, self.sizes)
        alarms.addWidget(self.alarms_text)
        alarms.addWidget(self.alarm_list, 1)
        # the history plots (ui/pack_plots.py) go into these two, made when first opened:
        # pyqtgraph's plots cost a start nothing until someone looks at a pack's history
        self.history_tab, _ = _tab("packHistoryTab", gap)
        self.health_tab, _ = _tab("packHealthTab", gap)
        self.fleet_tab, _ = _tab("packFleetTab", gap)  # every pack's SoH, beside this one
        self.tabs.addTab(self.live_tab, self.tr("Live"))
        self.tabs.addTab(self.sessions_tab, self.tr("Sessions"))
        self.tabs.addTab(self.alarms_tab, self.tr("Alarms"))
        self.tabs.addTab(self.history_tab, self.tr("History"))
        self.tabs.addTab(self.health_tab, self.tr("Health"))
        self.tabs.addTab(self.fleet_tab, self.tr("Fleet"))
        self.tabs.currentChanged.connect(self._make_plots)
        split.addWidget(self.tabs, 9)
        return panel

    def _make_plots(self, index: int) -> None:
        """History: the pack's six series over 1 h to all; Health: its measured SoH trend
        to end of life and its charge curves; both read the journal themselves."""
        tab = self.tabs.widget(index)
        if tab is self.fleet_tab:
            self._show_fleet()
            return
        if tab not in (self.history_tab, self.health_tab) or _children(tab):
            return
        from operator_app.ui import pack_plots

        dpi, palette = self.sizes.dpi, self.palette_
        if tab is self.history_tab:
            tab.layout().addWidget(pack_plots.PackHistoryPlot(dpi, palette))
        else:
            # one at a time: two plots stacked in the tab are too short to read at 149 DPI
            trend = pack_plots.HealthTrend(dpi, palette)
            curves = pack_plots.ChargeCurves(dpi, palette)
            self.health_toggle = button("", "packHealthToggle", dpi, primary=False, wide=3)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.health_toggle)
            tab.layout().addLayout(row)
            tab.layout().addWidget(trend, 1)
            tab.layout().addWidget(curves, 1)
            self.health_toggle.clicked.connect(lambda: self.show_health(
                "curves" if trend.isVisibleTo(tab) else "trend"))
            self.show_health("trend")
            self.health_toggle.show()  # at once, not queued as a layout shows a new child
        self._fed = ""  # the new plots get the pack shown
        self._feed_plots()

    def show_health(self, which: str) -> None:
        """The Health tab's SoH trend ("trend") or its charge curves ("curves")."""
        from operator_app.ui import pack_plots

        tab = self.health_tab
        trend = tab.findChildren(pack_plots.HealthTrend)
        curves = tab.findChildren(pack_plots.ChargeCurves)
        if not trend or not curves:
            return
        trend[0].setVisible(which == "trend")
        curves[0].setVisible(which != "trend")
        self.health_toggle.setText(self.tr("Show the charge curves") if which == "trend"
                                   else self.tr("Show the SoH trend"))

    def _show_fleet(self) -> None:
        """The fleet's SoH histogram, read again each time the tab is opened; an outlier's
        button opens that pack here."""
        from operator_app.ui import pack_plots

        fleet = next((w for w in _children(self.fleet_tab)
                      if isinstance(w, pack_plots.FleetHealth)), None)
        if fleet is None:
            fleet = pack_plots.FleetHealth(self.sizes.dpi, self.palette_, side_mm=42)
            fleet.pack_chosen.connect(self._open_outlier)
            self.fleet_tab.layout().addWidget(fleet, 1)
        path = self.services.packs.path
        if path is not None:
            fleet.load(Path(path))
        else:
            fleet.say(self.tr("There is no journal: the packs' health is not known."))

    def _open_outlier(self, code: str) -> None:
        if self.find_pack(code):
            self.tabs.setCurrentWidget(self.health_tab)  # how it aged

    def _confirm_column(self, row: QHBoxLayout, confirm: str, name: str, gap: int,
                        confirm_name: str = "") -> tuple[QPushButton, QPushButton]:
        """A panel's primary action and its Cancel, one above the other, at ``row``'s end."""
        side = QVBoxLayout()
        side.setSpacing(gap)
        ok = button(confirm, confirm_name or f"{name}Confirm", self.dpi, role="mandatory",
                    wide=2)
        cancel = button(self.tr("Cancel"), f"{name}Cancel", self.dpi, wide=2)
        side.addWidget(ok)
        side.addWidget(cancel)
        side.addStretch(1)
        row.addLayout(side)
        return ok, cancel

    def _quarantine_panel(self, gap: int) -> QWidget:
        panel = QWidget()
        panel.setObjectName("packQuarantinePanel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        self.quarantine_text = _text("packQuarantineText", bold=True)
        layout.addWidget(self.quarantine_text)
        row = QHBoxLayout()
        row.setSpacing(gap)
        grid = QGridLayout()
        grid.setSpacing(gap)
        self.reason_group = QButtonGroup(self)
        self.reason_buttons: list[QPushButton] = []
        for i, reason in enumerate(REASONS):
            b = button(QCoreApplication.translate("Packs", reason), f"packReason{i}", self.dpi,
                       primary=False)  # tr: REASONS
            b.setCheckable(True)
            self.reason_group.addButton(b, i)
            self.reason_buttons.append(b)
            grid.addWidget(b, i // 2, i % 2)
        row.addLayout(grid, 1)
        self.quarantine_confirm, self.quarantine_cancel = self._confirm_column(
            row, self.tr("Confirm quarantine"), "packQuarantine", gap)
        layout.addLayout(row)
        layout.addStretch(1)
        self.quarantine_confirm.clicked.connect(self._quarantine)
        self.quarantine_cancel.clicked.connect(self._cancel_panel)
        self.reason_group.idClicked.connect(self._reason_chosen)
        return panel

    def _reason_chosen(self, i: int) -> None:
        self.quarantine_confirm.setEnabled(True)
        self._say(self.tr("Reason: %1. Confirm quarantine to keep the pack out of every swap.")
                  .replace("%1", QCoreApplication.translate("Packs", REASONS[i])))  # tr: REASONS

    def _export_panel(self, gap: int) -> QWidget:
        panel = QWidget()
        panel.setObjectName("packExportPanel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        self.export_text = _text("packExportText", bold=True)
        layout.addWidget(self.export_text)
        row = QHBoxLayout()
        row.setSpacing(gap)
        self.places = QWidget()
        self.places.setObjectName("packExportPlaces")
        self.places_grid = QGridLayout(self.places)
        self.places_grid.setContentsMargins(0, 0, 0, 0)
        self.places_grid.setSpacing(gap)
        area = QScrollArea()
        area.setObjectName("packExportArea")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(self.places)
        self.places_grid.setRowStretch(99, 1)  # the places at the top, however few
        kinetic(area, drag_with_mouse=False)
        row.addWidget(area, 1)
        self.export_confirm, self.export_cancel = self._confirm_column(
            row, self.tr("Save here"), "packExport", gap, confirm_name="packExportSave")
        layout.addLayout(row, 1)
        self.place_group = QButtonGroup(self)
        self.place_buttons: list[QPushButton] = []
        self.place_paths: list[Path] = []
        self.place_group.idClicked.connect(self._place_chosen)
        self.export_confirm.clicked.connect(self._export)
        self.export_cancel.clicked.connect(self._cancel_panel)
        return panel

    def _search_panel(self, gap: int) -> QWidget:
        panel = QWidget()
        panel.setObjectName("packSearchPanel")
        layout = QHBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(gap)
        self.keyboard = PlateKeyboard(self.dpi)
        # a pack code is capital letters and digits: the Thai page and its switch are not
        # needed (and the page is one row shorter without them)
        thai = self.keyboard.pages.widget(1)
        self.keyboard.pages.removeWidget(thai)
        thai.deleteLater()
        self.keyboard.switch.setVisible(False)
        self.keyboard.space.setVisible(False)  # nor a space
        self.search_close = button(self.tr("Close keyboard"), "packSearchClose", self.dpi,
                                   wide=2)
        controls = self.keyboard.layout().itemAt(1).layout()  # delete, OK: close beside them
        controls.insertWidget(controls.count() - 1, self.search_close)
        layout.addWidget(self.keyboard, 0, Qt.AlignmentFlag.AlignTop)
        layout.addStretch(1)
        self.keyboard.typed.connect(self._key)
        self.search_close.clicked.connect(self._cancel_panel)
        return panel

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A tap on the search field brings the keyboard (a reader types without it)."""
        if watched is self.search_field and event.type() == QEvent.Type.MouseButtonRelease:
            self.open_search()
        return super().eventFilter(watched, event)

    def _set_tab_style(self) -> None:
        p, s = self.palette_, self.sizes
        self.tabs.setStyleSheet(
            f"QTabBar::tab {{ min-height: {s.px(TAB_MM) - 10}px; min-width: {s.px(14)}px; "
            f"padding: 4px 12px; margin-right: {s.px(1)}px; font-weight: bold; "
            f"background: {p.button}; border: 2px solid {p.edge}; border-bottom: none; }}"
            f"QTabBar::tab:selected {{ background: {p.border}; border: 3px solid {p.text}; "
            "border-bottom: none; }")

    def set_palette(self, palette: Palette) -> None:
        self.palette_ = palette
        self._set_tab_style()
        for chart in (self.cell_chart, self.temp_chart):
            if chart is not None:
                chart.set_palette(palette)
        self._styles.clear()
        self._show_all()

    def _emphasise(self, w: QLabel, level: str) -> None:
        """A label's emphasis ("": plain; "low", "warn", "alarm": that colour and bold), set
        only when it changes (the live values come ten times a second)."""
        p = self.palette_
        sheet = {"": "",
                 "bold": "font-weight: bold;",
                 "low": f"background: {p.alarm_low}; color: black; font-weight: bold; "
                        "padding: 4px;",
                 "warn": f"background: {p.alarm_medium}; color: black; font-weight: bold; "
                         "padding: 4px;",
                 "alarm": f"background: {p.alarm_high}; color: white; font-weight: bold; "
                          "padding: 4px;"}[level]
        if self._styles.get(w) != sheet:
            self._styles[w] = sheet
            w.setStyleSheet(sheet)

    # --- the charts, made on first need ------------------------------------------------------

    def ensure_charts(self) -> None:
        if self.cell_chart is not None:
            return
        s, p = self.sizes, self.palette_
        self.cell_chart = BarChart("packCellChart", s, p, "V", CELL_AXIS_V)
        self.temp_chart = BarChart("packTempChart", s, p, "°C", TEMP_AXIS_C)
        self.cells_holder.addWidget(self.cell_chart, 1)
        self.temps_holder.addWidget(self.temp_chart, 1)
        self._set_thresholds()
        if self.cells is not None:
            self._draw_cells(self.cells)

    def _set_thresholds(self) -> None:
        if self.cell_chart is None or self.temp_chart is None:
            return
        rules = self._rules()
        ov = self.tr("over-voltage level %1: %2 V")
        uv = self.tr("under-voltage level %1: %2 V")
        # the words above each line but the lowest's: the room between two lines is theirs
        self.cell_chart.set_thresholds(
            [(f"ov{lvl}", v, ov.replace("%1", str(lvl)).replace("%2", local.number(v, 2)),
              lvl, True) for v, lvl in CELL_OVER_V] +
            [(f"uv{lvl}", v, uv.replace("%1", str(lvl)).replace("%2", local.number(v, 2)),
              lvl, lvl != 3) for v, lvl in CELL_UNDER_V])
        hot = self.tr("high temperature level %1: %2 °C")
        self.temp_chart.set_thresholds(
            [(f"hot{lvl}", v, hot.replace("%1", str(lvl)).replace("%2", local.number(v)), lvl,
              True) for v, lvl in TEMP_HIGH_C] +
            [("offered", rules.temp_max, self.tr("not offered above %1 °C").replace(
                "%1", local.number(rules.temp_max)), 0, True)])

    # --- showing a pack ---------------------------------------------------------------------

    def _rules(self) -> SelectionRules:
        return self.services.swaps.supervisor.rules

    def show_slot(self, s: SlotSnapshot) -> None:
        """The pack in slot ``s`` (the window calls this with every snapshot while shown)."""
        code = (s.pack_code or "") if s.occupied else ""
        new_slot = s.slot != self.slot
        if new_slot:
            self._say("")
            self.search_field.clear()  # what was searched for is not this pack
            self._show_panel(MAIN)
            self.cells = None
            self._answer_timer.stop()
        self.slot, self.snap = s.slot, s
        self.title.setText(self.tr("Slot %1").replace("%1", str(s.slot)))
        if not self.tabs.isTabVisible(0):  # (after a pack's records alone)
            self.tabs.setTabVisible(0, True)
        if new_slot or code != self.code:
            if code != self.code and not new_slot:
                self.cells = None  # another pack in the same slot: its own cells
            self.code = code
            self.refresh_records()
            if self.isVisible():
                self.request_cells()
        self._charger_on = s.charger_state is not ChargerState.DISABLED
        self.charger_button.setText(self.tr("Disable charger") if self._charger_on else
                                    self.tr("Enable charger (technician)"))
        self._show_all()

    def show_record(self, code: str) -> None:
        """A pack that is not in the rack: its records, no live part."""
        self.slot, self.snap, self.code, self.cells = 0, None, code, None
        self._answer_timer.stop()
        self._cell_timer.stop()
        self.title.setText(self.tr("Pack record"))
        self.tabs.setTabVisible(0, False)
        if self.tabs.currentIndex() == 0:
            self.tabs.setCurrentIndex(1)
        self.refresh_records()
        self._show_all()

    def refresh_records(self) -> None:
        """The pack's record, sessions and alarms, read again from the journal."""
        packs = self.services.packs
        self._records_at = time.monotonic()
        if self.code:
            self.record = packs.record(self.code)
            self.sessions = packs.sessions(self.code)
            self.alarms = packs.alarms(self.code)
        else:
            self.record, self.sessions, self.alarms = None, [], []
        self._record_timer.setInterval(RECORD_SOON_MS if self.code and self.record is None
                                       else RECORD_REFRESH_MS)
        self.session_model.set_sessions(self.sessions)
        self.alarm_model.set_alarms(self.alarms)
        self._feed_plots()
        self._show_records()

    _records_at = 0.0
    _fed = ""

    def _feed_plots(self) -> None:
        """The history plots put into the History and Health tabs (any widget there with
        ``show_pack(db_path, code)``) get the pack shown, once per pack: they read the
        journal themselves."""
        path = self.services.packs.path
        plots = [w for tab in (self.history_tab, self.health_tab) for w in _children(tab)
                 if callable(getattr(w, "show_pack", None))]
        if not plots or path is None or not self.code or self._fed == self.code:
            return
        self._fed = self.code
        for w in plots:
            w.show_pack(Path(path), self.code)

    def _packs_changed(self) -> None:
        """Quarantined or released (here or from elsewhere): the tile and the words follow."""
        self.refresh_records()
        self._show_all()

    def _show_all(self) -> None:
        self._show_why()
        self._show_identity()
        self._show_live()
        self._show_buttons()

    def _show_buttons(self) -> None:
        quarantined = self.code in self.services.packs.quarantined
        self.charger_button.setVisible(self.slot > 0)
        self.quarantine_button.setVisible(bool(self.code) and not quarantined)
        self.release_button.setVisible(bool(self.code) and quarantined)
        self.save_button.setVisible(bool(self.code))

    def _show_why(self) -> None:
        """What the tile says, in words, with the numbers and the rule it broke."""
        packs = self.services.packs
        reason = packs.quarantined.get(self.code) if self.code else None
        quarantine = "" if reason is None else self.tr("In quarantine: %1").replace(
            "%1", QCoreApplication.translate("Packs", reason) if reason else self.tr(  # tr: REASONS
                "no reason recorded"))
        s = self.snap
        if self.slot == 0 or s is None:
            text = self.tr("Not in the rack: this pack is not at the station now; its records "
                           "are below.")
            self.why.setText("\n".join(filter(None, (text, quarantine))))
            return
        rules = self._rules()
        view = tile_view(s, rules, frozenset(packs.quarantined))
        self.why.setText(self.why_words(s, view, rules, quarantine))

    def why_words(self, s: SlotSnapshot, view: TileView, rules: SelectionRules,
                  quarantine: str) -> str:
        """The tile's state and why, with the number and the rule it broke."""
        def num(v: float | None, decimals: int = 0) -> str:
            return "?" if v is None else local.number(v, decimals)

        state, why = view.state, view.why
        if state is TileState.EMPTY:
            return self.tr("The slot is empty.")
        if state is TileState.QUARANTINED:
            return self.tr("Not offered to any swap. %1").replace("%1", quarantine)
        if state is TileState.RESERVED:
            return self.tr("Reserved for the running swap.")
        if state is TileState.READY:
            return self.tr("Offered: ready for a vehicle that takes type %1 packs (SoC %2 %, "
                           "every check passed).").replace("%1", label(s.pack_type)) \
                .replace("%2", num(s.soc))
        if state is TileState.CHARGING:
            minutes = view.minutes
            text = self.tr("Not offered yet: charging, SoC %1 % of the %2 % needed")
            text = text.replace("%1", num(s.soc)).replace("%2", num(rules.ready_soc))
            if minutes is not None and math.isfinite(minutes):
                text += "; " + self.tr("ready in about %1 min").replace(
                    "%1", str(max(1, math.ceil(minutes))))
            return text + "."
        texts = {
            TileWhy.SLOT_FAULT_EMPTY: self.tr("Slot fault: the slot's charger reports a fault."),
            TileWhy.CHARGER_FAULT: self.tr("Not offered: the slot's charger is faulted."),
            TileWhy.CHARGER_DISABLED: self.tr("Not offered: the slot's charger is switched off "
                                              "(slot disabled)."),
            TileWhy.BMS_ALARM: (self.tr("Not offered: BMS alarm level %1 (a pack at level %2 "
                                        "or more is kept out).")
                                .replace("%1", num(s.alarm_level))
                                .replace("%2", str(rules.max_alarm_level + 1))
                                if s.alarm_level is not None else
                                self.tr("Not offered: the BMS alarm level is not known.")),
            TileWhy.INSULATION: self.tr("Not offered: insulation %1 kΩ, below %2 kΩ.")
            .replace("%1", num(s.insulation)).replace("%2", num(rules.min_insulation_kohm)),
            TileWhy.INVALID: self.tr("Not offered: readings invalid (%1).").replace(
                "%1", ", ".join(sorted(s.invalid)) or self.tr("temperatures")),
            TileWhy.TOO_HOT: self.tr("Not offered: too hot, %1 °C, above %2 °C.")
            .replace("%1", num(s.temp_max)).replace("%2", num(rules.temp_max)),
            TileWhy.TOO_COLD: self.tr("Not offered: too cold, %1 °C, below %2 °C.")
            .replace("%1", num(s.temp_min)).replace("%2", num(rules.temp_min)),
            TileWhy.POOR_HEALTH: self.tr("Not offered: poor health, SoH %1 %, below %2 %.")
            .replace("%1", num(s.soh, 1)).replace("%2", num(rules.min_soh)),
            TileWhy.SOC_LOW: self.tr("Not offered: SoC %1 %, below %2 %, and not charging.")
            .replace("%1", num(s.soc)).replace("%2", num(rules.ready_soc)),
        }
        return texts.get(why, self.tr("Not offered: not ready."))

    def _show_identity(self) -> None:
        code = self.code
        s, r = self.snap, self.record
        if not code:
            self.identity.setText(self.tr("No pack in the slot.") if self.slot else "")
            self.decoded.setText("")
            self.code_head.setVisible(False)
            return
        self.code_head.setVisible(True)
        # the type's letter (its label names the rated energy again): the snapshot's, or the
        # name the journal keeps ("A_171KWH")
        name = s.pack_type.name if s is not None and s.pack_type else (r or {}).get("type") or ""
        ptype = name.split("_")[0] if name in st.PackType.__members__ else name or "-"
        rated = (r or {}).get("rated_kwh")
        if rated is None and s is not None and s.pack_type in st.PACK_CAPACITY_KWH:
            rated = st.PACK_CAPACITY_KWH[s.pack_type]
        self.identity.setText(self.tr("Pack %1\nType %2, rated %3 kWh").replace("%1", code)
                              .replace("%2", ptype)
                              .replace("%3", "-" if rated is None else local.figure(rated)))
        try:
            p = decode(code)
        except PackCodeError as exc:
            self.decoded.setText(
                self.tr("Not a GB/T 34014 code: a pack code has 24 characters, this one %1.")
                .replace("%1", str(len(code.strip()))) if exc.problem == "length" else
                self.tr("Not a GB/T 34014 code: only capital letters and digits belong in "
                        "one."))
            return
        product = _word(PRODUCT_WORDS, p.product) if p.product else self.tr(
            "product type %1 (not known)").replace("%1", p.product_type)
        chemistry = p.chemistry or self.tr("battery type %1 (not known)").replace(
            "%1", p.battery_type)
        made = p.production_date
        when = local.date(made) if made is not None else self.tr(
            "date code %1 (not a date)").replace("%1", p.date_code)
        if made is not None and made > dt.date.today():
            when = self.tr("%1 (a date to come: the code is wrong)").replace("%1", when)
        self.decoded.setText(
            self.tr("Maker %1 · %2 · %3 · specification %4\nTraceability %5 · made %6 · "
                    "serial %7")
            .replace("%1", p.maker).replace("%2", product).replace("%3", chemistry)
            .replace("%4", p.spec).replace("%5", p.traceability).replace("%6", when)
            .replace("%7", p.serial))

    def _show_records(self) -> None:
        """Measured beside the BMS, the lifetime counters, the lists' captions."""
        r = self.record
        s = self.snap
        if not self.code:
            self.health.setText("")
            self.lifetime.setText("")
            self.disagrees.setVisible(False)
            self.health_head.setVisible(False)
            self.lifetime_head.setVisible(False)
            self.sessions_text.setText("")
            self.alarms_text.setText("")
            return
        self.health_head.setVisible(True)
        self.lifetime_head.setVisible(True)
        bms = s.soh if s is not None and s.soh is not None else (r or {}).get("bms_soh_pct")
        said = self.tr("BMS SoH: %1 %").replace("%1", "-" if bms is None
                                                else local.number(bms, 1))
        lines = [said]
        if r is None:
            lines.append(self.tr("No record in the journal for this pack yet."))
        elif r.get("measured_soh_pct") is None:
            lines.append(self.tr("Measured SoH: not measured yet: needs a deep charge (a rise "
                                 "of %1 % SoC or more, without gaps).")
                         .replace("%1", local.number(MIN_DEPTH_PCT)))
        else:
            n = int(r.get("capacity_sessions") or 0)
            spread = r.get("capacity_spread_ah")
            lines[0] = said + " · " + self.tr("measured SoH: %1 %").replace(
                "%1", local.number(r["measured_soh_pct"], 1))  # side by side
            kwh, ah = r.get("measured_capacity_kwh"), r.get("measured_capacity_ah")
            lines.append(self.tr("Measured capacity %1 kWh (%2 Ah) of %3 kWh rated")
                         .replace("%1", "-" if kwh is None else local.number(kwh, 1))
                         .replace("%2", "-" if ah is None else local.number(ah, 1))
                         .replace("%3", "-" if r.get("rated_kwh") is None
                                  else local.figure(r["rated_kwh"])))
            lines.append(self.tr("from %n good session(s)", "", n) + ", " +
                         self.tr("spread %1 Ah").replace(
                             "%1", "-" if spread is None else local.number(spread, 1)))
        self.health.setText("\n".join(lines))
        flagged = r is not None and BMS_SOH_DISAGREES in (r.get("flags") or [])
        self.disagrees.setVisible(flagged)
        if flagged:
            # as its alarm is shown: LOW, ● on the low colour
            self.disagrees.setText("● " + QCoreApplication.translate(
                "Packs", "BMS SoH disagrees with the measured capacity"))
            self._emphasise(self.disagrees, "low")
        if r is None:
            self.lifetime.setText(self.tr("Nothing recorded yet."))
        else:
            fec = r.get("full_equivalent_cycles")
            self.lifetime.setText("\n".join((
                self.tr("%1 full equivalent cycles measured (BMS: %2)")
                .replace("%1", "-" if fec is None else local.number(fec, 1))
                .replace("%2", "-" if r.get("bms_cycles") is None else str(r["bms_cycles"])),
                self.tr("%1 kWh charged here in %n session(s)", "", int(r.get("sessions") or 0))
                .replace("%1", local.number(r.get("energy_throughput_kwh") or 0.0, 1)),
                self.tr("Over-temperature events %1 · insulation events %2 · level-3 alarms %3")
                .replace("%1", str(r.get("over_temperature_events") or 0))
                .replace("%2", str(r.get("insulation_events") or 0))
                .replace("%3", str(r.get("level3_alarms") or 0)),
                self.tr("First seen %1 · last seen %2")
                .replace("%1", local_time(r.get("first_seen")))
                .replace("%2", local_time(r.get("last_seen"))))))
        good = sum(1 for x in self.sessions if x.get("capacity_ah") is not None)
        self.sessions_text.setText(
            self.tr("%n charging session(s), newest first", "", len(self.sessions)) + "; " +
            self.tr("%n measured the capacity", "", good) if self.sessions else
            self.tr("No charging session recorded for this pack yet."))
        self.alarms_text.setText(
            self.tr("%n alarm(s) while in a slot here, newest first", "", len(self.alarms))
            if self.alarms else self.tr("No alarm recorded for this pack."))

    def _show_live(self) -> None:
        s = self.snap
        live = self.slot > 0 and s is not None and s.occupied
        for w in (self.live_head, self.live, self.insulation, self.bms):
            w.setVisible(live)
        if not live:
            self._show_cells_status()
            return
        assert s is not None

        def num(v: float | None, decimals: int) -> str:
            return "-" if v is None else local.number(v, decimals)

        lines = [self.tr("SoC %1 % · %2 V · %3 A").replace("%1", num(s.soc, 1))
                 .replace("%2", num(s.voltage, 1)).replace("%3", num(s.current, 1)),
                 self.tr("Charger: %1, %2 kW").replace("%1", label(s.charger_state))
                 .replace("%2", num(s.charger_power, 0))]
        if s.time_to_full is not None and s.time_to_full > 0:
            lines[-1] += " · " + self.tr("full in %1 min").replace("%1", num(s.time_to_full, 0))
        lines.append(self.tr("Temperatures %1 to %2 °C · cells %3 to %4 V")
                     .replace("%1", num(s.temp_min, 0)).replace("%2", num(s.temp_max, 0))
                     .replace("%3", num(s.cell_min_voltage, 3))
                     .replace("%4", num(s.cell_max_voltage, 3)))
        if s.invalid:
            lines.append(self.tr("Not valid now: %1").replace("%1", ", ".join(sorted(s.invalid))))
        self.live.setText("\n".join(lines))
        # insulation: low in the warning colour, INSULATION LOW in the alarm colour, in words
        kohm = s.insulation
        if kohm is None:
            self.insulation.setText(self.tr("Insulation: not read"))
            self._emphasise(self.insulation, "")
        elif kohm <= INSULATION_ALARM_KOHM:
            self.insulation.setText("◆ " + self.tr("INSULATION LOW: %1 kΩ (alarm at %2 kΩ and "
                                                   "below)").replace("%1", local.number(kohm))
                                    .replace("%2", local.number(INSULATION_ALARM_KOHM)))
            self._emphasise(self.insulation, "alarm")
        elif kohm < INSULATION_WARN_KOHM:
            self.insulation.setText("▲ " + self.tr("Insulation lower than usual: %1 kΩ (below "
                                                   "%2 kΩ)").replace("%1", local.number(kohm))
                                    .replace("%2", local.number(INSULATION_WARN_KOHM)))
            self._emphasise(self.insulation, "warn")
        else:
            self.insulation.setText(self.tr("Insulation: %1 kΩ").replace("%1",
                                                                          local.number(kohm)))
            self._emphasise(self.insulation, "")
        # the BMS's GB/T 32960 flags, each in words, and its level
        bits = int(s.alarm_flags or 0)  # the controller's word (an int, or an AlarmFlag)
        flags = [f for f in AlarmFlag if f and bits & int(f)]
        level = s.alarm_level
        if level is None:
            self.bms.setText(self.tr("BMS alarm level: not read"))
            self._emphasise(self.bms, "")
        elif not flags and level == 0:
            self.bms.setText(self.tr("BMS: no alarm (level 0)"))
            self._emphasise(self.bms, "")
        else:
            shape = {3: "◆", 2: "▲"}.get(level, "●")
            words = ", ".join(alarm_title(f"PACK_{f.name}") for f in flags) or self.tr(
                "no flag named")
            self.bms.setText(f"{shape} " + self.tr("BMS alarm level %1: %2")
                             .replace("%1", str(level)).replace("%2", words))
            self._emphasise(self.bms, {3: "alarm", 2: "warn"}.get(level, "bold"))
        self._show_cells_status()

    # --- the cells --------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.ensure_charts()
        self._record_timer.start()
        if time.monotonic() - self._records_at > 1.0:  # (not read just now, for the slot)
            self.refresh_records()
        if self.slot:
            self._cell_timer.start()
            self.request_cells()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._cell_timer.stop()
        self._answer_timer.stop()
        self._record_timer.stop()

    def _has_cells(self) -> bool:
        s = self.snap
        return self.slot > 0 and s is not None and s.occupied

    def request_cells(self) -> None:
        """Ask the link for the slot's cells; ``show_cells`` takes the answer."""
        if not self._has_cells():
            self._show_cells_status()
            return
        if not self._answer_timer.isActive():
            self._answer_timer.start()
        self.services.link.request_cells(self.slot)
        self._show_cells_status()

    def _no_answer(self) -> None:
        self._failed = self.tr("Cells not read: the controller did not answer within %1 s.") \
            .replace("%1", str(CELL_ANSWER_MS // 1000))
        self._show_cells_status()

    _failed = ""

    def show_cells(self, detail: CellDetail) -> None:
        """The link's answer (for this page's slot; another slot's is not for it)."""
        if detail.slot != self.slot or not self._has_cells():
            return
        self._answer_timer.stop()
        if not detail.ok:
            self._failed = self.tr("Cells not read: the controller did not show this slot's "
                                   "cells.")
            self._show_cells_status()
            return
        self._failed = ""
        self.cells, self.cells_at = detail, time.time()
        self.ensure_charts()
        self._draw_cells(detail)
        self._show_cells_status()

    def _show_cells_status(self) -> None:
        if self.slot == 0:
            text = self.tr("Not in the rack: no live values.")
        elif not self._has_cells():
            text = self.tr("The slot is empty: no cells to read.")
        elif self._failed:
            text = self._failed + (" " + self.tr("Shown: the read at %1.").replace(
                "%1", local.time_of_day(self.cells_at))
                if self.cells is not None else "")
        elif self.cells is None:
            text = self.tr("Reading cells…")
        else:
            text = (self.tr("%n cell voltages", "", len(self.cells.voltages)) + ", " +
                    self.tr("%n temperatures", "", len(self.cells.temperatures)) + ": " +
                    self.tr("read at %1, again every %2 s").replace(
                        "%1", local.time_of_day(self.cells_at))
                    .replace("%2", str(CELL_REFRESH_MS // 1000)))
        self.cells_status.setText(text)
        if self.cells is None:
            self.cells_text.setText("")
            self.temps_text.setText("")
            for chart in (self.cell_chart, self.temp_chart):
                if chart is not None and chart.values:
                    chart.show_values([])

    def _draw_cells(self, detail: CellDetail) -> None:
        assert self.cell_chart is not None and self.temp_chart is not None
        self.cell_chart.show_values(detail.voltages)
        self.temp_chart.show_values(detail.temperatures)
        cells = extremes(detail.voltages)
        invalid = sum(1 for v in detail.voltages if v is None)
        if cells is None:
            self.cells_text.setText(self.tr("No valid cell voltage."))
        else:
            low_i, low, high_i, high, mean = cells
            text = self.tr(
                "lowest: cell %1, %2 V · highest: cell %3, %4 V · mean %5 V · spread %6 V") \
                .replace("%1", str(low_i)).replace("%2", local.number(low, 3)) \
                .replace("%3", str(high_i)).replace("%4", local.number(high, 3)) \
                .replace("%5", local.number(mean, 3)).replace("%6", local.number(high - low, 3))
            if invalid:
                text += " · " + self.tr("%n not valid", "", invalid)
            self.cells_text.setText(text)
        temps = extremes(detail.temperatures)
        if temps is None:
            self.temps_text.setText(self.tr("No valid temperature."))
        else:
            low_i, low, high_i, high, _mean = temps
            self.temps_text.setText(
                self.tr("coolest: sensor %1, %2 °C · hottest: sensor %3, %4 °C · spread %5 °C")
                .replace("%1", str(low_i)).replace("%2", local.number(low, 1))
                .replace("%3", str(high_i)).replace("%4", local.number(high, 1))
                .replace("%5", local.number(high - low, 1)))
        levels = [self.cell_chart.level_of(v) for v in detail.voltages] + [
            self.temp_chart.level_of(v) for v in detail.temperatures]
        worst = max(levels, default=0)
        self._emphasise(self.cells_text, "" if worst == 0 else "alarm" if worst == 3
                        else "warn")

    # --- the panels: quarantine, save, search ---------------------------------------------------

    def _say(self, text: str) -> None:
        """The page's own word on what was just done (or found)."""
        self._recovery_said = False
        self.message.setText(text)

    _recovery_said = False

    def show_action_status(self, text: str) -> None:
        """What became of a charger action (the recovery service's status): it replaces
        what the page said, and goes when the service has nothing more to say, but never
        clears the page's own word (a quarantine, a save)."""
        if text:
            self._recovery_said = True
            self.message.setText(text)
        elif self._recovery_said:
            self._recovery_said = False
            self.message.setText("")

    def _show_panel(self, index: int) -> None:
        self.panels.setCurrentIndex(index)
        self.action_row.setVisible(index == MAIN)

    def _cancel_panel(self) -> None:
        self._show_panel(MAIN)
        self._say("")

    def _open_quarantine(self) -> None:
        if not self.code:
            return
        self.reason_group.setExclusive(False)
        for b in self.reason_buttons:
            b.setChecked(False)
        self.reason_group.setExclusive(True)
        self.quarantine_text.setText(self.tr("Why is pack %1 quarantined? It is kept out of "
                                             "every swap until a technician releases it.")
                                     .replace("%1", self.code))
        self._say(self.tr("Choose the reason, then Confirm quarantine."))
        self.quarantine_confirm.setEnabled(False)  # until a reason is chosen
        self._show_panel(QUARANTINE)

    def _quarantine(self) -> None:
        i = self.reason_group.checkedId()
        if i < 0:
            self._say(self.tr("Choose why the pack is quarantined first."))
            return
        reason = REASONS[i]
        refused = self.services.packs.quarantine(self.code, reason, self.session.role,
                                                 self.session.actor)
        if refused is not None:
            self._say(self.tr("Not quarantined: %1").replace(
                "%1", QCoreApplication.translate("Packs", refused)))  # tr: REASONS
            return
        self._show_panel(MAIN)
        self._say(self.tr("Pack %1 is in quarantine (%2): it is not offered to any swap.")
                  .replace("%1", self.code)
                  .replace("%2", QCoreApplication.translate("Packs", reason)))  # tr: REASONS

    def _release(self) -> None:
        refused = self.services.packs.release(self.code, self.session.role, self.session.actor)
        if refused is not None:
            self._say(self.tr("Not released: %1").replace(
                "%1", QCoreApplication.translate("Packs", refused)))  # tr: REASONS
            return
        self._say(self.tr("Pack %1 is released from quarantine: it is offered again once it "
                          "is ready.").replace("%1", self.code))

    def exports_dir(self) -> Path | None:
        """The station's own exports folder, beside the journal (None without a journal)."""
        path = self.services.packs.path
        return None if path is None else Path(path).parent / "exports"

    def _open_export(self) -> None:
        if not self.code:
            return
        for b in self.place_buttons:
            self.place_group.removeButton(b)
            self.places_grid.removeWidget(b)
            b.deleteLater()
        self.place_buttons, self.place_paths = [], []
        places: list[tuple[str, Path]] = []
        own = self.exports_dir()
        if own is not None:
            places.append((self.tr("This station's exports folder"), own))
        for drive in self.find_drives():
            places.append((self.tr("Drive %1").replace("%1", drive.name or str(drive)), drive))
        for i, (text, path) in enumerate(places):
            b = button(text, f"packExportPlace{i}", self.dpi, primary=False)
            b.setCheckable(True)
            self.place_group.addButton(b, i)
            self.places_grid.addWidget(b, i // 2, i % 2)
            self.place_buttons.append(b)
            self.place_paths.append(path)
        if self.place_buttons:
            self.place_buttons[0].setChecked(True)
            self._place_chosen(0)
        else:
            self.export_text.setText(self.tr("No drive is plugged in and this console keeps no "
                                             "journal: plug in a USB drive, then Save record "
                                             "again."))
        self.export_confirm.setEnabled(bool(self.place_buttons))
        self._say(self.tr("Choose where, then Save here."))
        self._show_panel(EXPORT)

    def _place_chosen(self, i: int) -> None:
        if 0 <= i < len(self.place_paths):
            self.export_text.setText(self.tr("Save the record of pack %1 (record and sessions "
                                             "as CSV, a picture of each chart) into %2")
                                     .replace("%1", self.code)
                                     .replace("%2", str(self.place_paths[i])))

    def _export(self) -> None:
        i = self.place_group.checkedId()
        if not 0 <= i < len(self.place_paths):
            self._say(self.tr("Choose where to save first."))
            return
        folder = self.place_paths[i]
        written, failure = self.export_to(folder)
        names = ", ".join(p.name for p in written)
        if failure:
            before = " " + self.tr("Written before that: %1.").replace("%1", names) \
                if written else ""
            self._say(self.tr("Not saved to %1: %2.").replace("%1", str(folder))
                      .replace("%2", failure) + before)
            return
        self._show_panel(MAIN)
        base = written[0].name.rsplit("-", 1)[0] if written else ""
        self._say(self.tr("Saved %n file(s) to %1, each named %2-…: %3.", "", len(written))
                  .replace("%1", str(folder)).replace("%2", base)
                  .replace("%3", ", ".join(p.name.rsplit("-", 1)[1] for p in written)))

    def export_to(self, folder: Path) -> tuple[list[Path], str]:
        """Write the record, the sessions and the charts into ``folder``: the files written,
        and why it stopped ("" when all were)."""
        self.refresh_records()  # what the journal holds now
        stamp = time.strftime("%Y%m%d-%H%M%S")
        base = f"pack-{self.code}-{stamp}"
        n = 1
        while (folder / f"{base}-record.csv").exists():  # saved twice in one second
            n += 1
            base = f"pack-{self.code}-{stamp}-{n}"
        files: list[tuple[str, Callable[[], bytes]]] = [
            ("record.csv", lambda: as_csv([self.record] if self.record else []).encode()),
            ("sessions.csv", lambda: sessions_csv(self.sessions).encode())]
        if self.cells is not None and self.cell_chart is not None \
                and self.temp_chart is not None:
            cell_chart, temp_chart = self.cell_chart, self.temp_chart
            files += [("cells.png", cell_chart.png), ("temperatures.png", temp_chart.png)]
        journal = self.services.packs.path
        if journal is not None and self.code:
            from operator_app.ui import pack_plots

            dpi, palette = self.sizes.dpi, self.palette_
            # each drawn afresh from the journal, never shown: the whole history (six plots,
            # not three at a time), the SoH trend and the charge curves, whichever tab is open
            for name, make, size in (
                    ("history.png", lambda: pack_plots.PackHistoryPlot(dpi, palette),
                     HISTORY_EXPORT_SIZE),
                    ("health.png", lambda: pack_plots.HealthTrend(dpi, palette), EXPORT_SIZE),
                    ("charges.png", lambda: pack_plots.ChargeCurves(dpi, palette),
                     EXPORT_SIZE)):
                files.append((name, lambda make=make, size=size: plot_png(
                    make(), Path(journal), self.code, size)))
        written: list[Path] = []
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for name, make in files:
                path = folder / f"{base}-{name}"
                try:
                    write_file(path, make())
                except OSError:
                    with contextlib.suppress(OSError):  # never leave half a file behind
                        path.unlink(missing_ok=True)
                    raise
                written.append(path)
        except OSError as exc:
            return written, self.os_error(exc)
        return written, ""

    def os_error(self, exc: OSError) -> str:
        """Why a drive refused a file, in words."""
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return self.tr("the drive is read-only or write-protected")
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return self.tr("the drive is full")
        if exc.errno in (errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO):
            return self.tr("the drive is gone or failing (unplugged?)")
        if exc.errno == errno.ENOTDIR:
            return self.tr("that is not a folder")
        return self.tr("the drive refused it (%1)").replace("%1", exc.strerror or str(exc))

    def open_search(self) -> None:
        if self.panels.currentIndex() != SEARCH:
            self._show_panel(SEARCH)
            self._say(self.tr("Type the pack's code (or scan it), or a slot number, then OK."))

    def _key(self, key: str) -> None:
        if key == ENTER:
            self.find_pack(self.search_field.text())
            return
        self.search_field.setText(apply_key(self.search_field.text(), key,
                                            st.PACK_CODE_LENGTH + 8))

    def find_pack(self, text: str) -> bool:
        """Open the slot holding the pack (or the slot of that number), else the pack's
        records when the journal knows it; say so when nothing is found."""
        wanted = "".join(text.split()).upper()
        if not wanted:
            self._say(self.tr("Type a pack code or a slot number first."))
            return False
        snap = self.services.link.last_snapshot
        slots = snap.slots if snap is not None else ()
        if wanted.isdigit() and len(wanted) <= 2:
            n = int(wanted)
            if 1 <= n <= len(slots):
                return self._found(slots[n - 1])
            self._say(self.tr("There is no slot %1: the rack has %n slot(s).", "", len(slots))
                      .replace("%1", str(n)))
            return False
        held = [s for s in slots if s.occupied and s.pack_code]
        exact = [s for s in held if s.pack_code == wanted]
        if exact:
            return self._found(exact[0])
        if len(wanted) >= 4:
            partial = [s for s in held if wanted in (s.pack_code or "")]
            if len(partial) == 1:
                return self._found(partial[0])
            if len(partial) > 1:
                self._say(self.tr("%n packs in the rack match %1: type more of the code.", "",
                                  len(partial)).replace("%1", wanted))
                return False
        if self.services.packs.record(wanted) is not None:
            self._show_panel(MAIN)
            self.show_record(wanted)
            self._say(self.tr("Pack %1 is not in the rack: its records.").replace("%1", wanted))
            return True
        self._say(self.tr("No pack %1 in the rack or in the journal.").replace("%1", wanted))
        return False

    def _found(self, s: SlotSnapshot) -> bool:
        self._show_panel(MAIN)
        self.show_slot(s)
        if self.isVisible():
            self._cell_timer.start()
        self.tabs.setCurrentIndex(0)
        self.search_field.clear()
        self._say(self.tr("Found in slot %1.").replace("%1", str(s.slot)))
        return True
