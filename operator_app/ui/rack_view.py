"""The rack: every slot as a tile a gloved finger can tap, readable from the bay.

A tile says its slot's state in large text (ready, charging, empty, reserved,
quarantine, FAULT, not ready, disabled, invalid) and, under it, why: the minutes
to ready while charging, "too hot", "SoC low, not charging", "BMS alarm level 2",
"charger fault". Above: slot number, pack type and serial, the highest
temperature; below: the SoC bar. Packs the plan chose and the slot for the
depleted pack are marked before Start. Grey unless something is abnormal; an
abnormal tile takes the colour of its slot's highest alarm priority, always with
the priority's shape and a word. While the link is down every tile is greyed and
carries the age of what it shows. Tapping a tile emits its slot.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget

from operator_app.domain.alarms import Priority
from operator_app.domain.selection import SelectionRules, TileState, TileView, TileWhy, tile_view
from operator_app.domain.snapshot import SlotSnapshot
from operator_app.ui import local
from operator_app.ui.sizes import Sizes
from operator_app.ui.texts import label, priority_text
from operator_app.ui.theme import DAY, GLOVE_GAP_MM, Palette, mm_to_px
from operator_app.ui.widgets import fitted_font

TILE_MM = (25.0, 20.0)
MAX_TILE_WIDTH_MM = 45.0
PAD_MM = 0.5  # inside the frame: the large word gets the tile's width
DEFAULT_FAULT_PRIORITY = Priority.MEDIUM  # a FAULT tile whose alarm is not (yet) raised
PRIORITY_SHAPE = {Priority.HIGH: "◆", Priority.MEDIUM: "▲", Priority.LOW: "●"}


def age_text(seconds: float) -> str:
    """ "12 s old", "3 min old": translated in the "RackView" context."""
    from PySide6.QtCore import QCoreApplication

    if seconds < 120:
        return QCoreApplication.translate("RackView", "%1 s old").replace(
            "%1", str(int(seconds)))
    if seconds < 7200:
        return QCoreApplication.translate("RackView", "%1 min old").replace(
            "%1", str(int(seconds // 60)))
    return QCoreApplication.translate("RackView", "%1 h old").replace(
        "%1", str(int(seconds // 3600)))


class SlotTile(QWidget):
    tapped = Signal(int)

    def __init__(self, slot: int, dpi: float, palette: Palette = DAY) -> None:
        super().__init__()
        self.slot = slot
        self.palette_ = palette
        self.sizes = Sizes(dpi)
        self.snap: SlotSnapshot | None = None
        self.view = TileView(TileState.EMPTY)
        self.priority: Priority | None = None  # the slot's highest active alarm
        self.plan_mark = ""  # "IN: RIO2E19", "OUT: depleted pack"
        self.swap_running = False  # a reserved slot is for it, or held after one stopped
        self.stale_age: float | None = None  # seconds, while the link is down
        self.small = self.sizes.font(self.sizes.body)
        self.small_bold = self.sizes.font(self.sizes.body, bold=True)
        self.large = self.sizes.font(self.sizes.large, bold=True)
        self.setMinimumSize(*self.minimum_tile(dpi))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setObjectName(f"slotTile{slot}")

    def minimum_tile(self, dpi: float) -> tuple[int, int]:
        """At least 25 x 20 mm, and as large as its texts need in this language."""
        big, small = QFontMetrics(self.large), QFontMetrics(self.small)
        words = [self.word(TileView(s)) for s in TileState]
        pad = 2 * (mm_to_px(PAD_MM, dpi) + 2)  # the frame and the padding, both sides
        width = max(big.horizontalAdvance(w) for w in words) + pad
        # a longer language's state word is drawn smaller rather than making every tile
        # wider than four to a row (paintEvent)
        width = min(width, mm_to_px(MAX_TILE_WIDTH_MM, dpi))
        width = max(width, small.horizontalAdvance("Slot 8  …000000  00 %  00 °C") + pad)
        height = self.large_box() + 2 * small.height() + self.bar_height() + pad + 4
        return max(mm_to_px(TILE_MM[0], dpi), width), max(mm_to_px(TILE_MM[1], dpi), height)

    def large_box(self) -> int:
        """The large word's line: from just above its capitals to below its descenders (the
        room over the capitals, for accents, is not kept)."""
        big = QFontMetrics(self.large)
        return big.capHeight() + big.descent() + 4

    def bar_height(self) -> int:
        return mm_to_px(1.5, self.sizes.dpi)

    def show_slot(self, s: SlotSnapshot, rules: SelectionRules,
                  quarantined: frozenset[str]) -> None:
        self.snap = s
        self.view = tile_view(s, rules, quarantined)
        self.update()

    @property
    def state_(self) -> tuple[TileState, float | None]:
        return self.view.state, self.view.minutes

    def word(self, view: TileView) -> str:
        """The tile's state in one or two words: the large text."""
        return {
            TileState.READY: self.tr("ready"), TileState.EMPTY: self.tr("empty"),
            TileState.RESERVED: self.tr("reserved"), TileState.QUARANTINED: self.tr("quarantine"),
            TileState.FAULT: self.tr("FAULT"), TileState.NOT_READY: self.tr("not ready"),
            TileState.CHARGING: self.tr("charging"), TileState.DISABLED: self.tr("disabled"),
            TileState.INVALID: self.tr("invalid"),
        }[view.state]

    def why_text(self) -> str:
        """Why the tile is in its state: the line under the large word."""
        v = self.view
        if v.state is TileState.CHARGING:
            if v.minutes is None or math.isinf(v.minutes):
                return self.tr("time to ready unknown")
            return self.tr("ready in about %1 min").replace(
                "%1", str(max(1, math.ceil(v.minutes))))  # never "ready in 0 min"
        if v.state is TileState.RESERVED:
            # the controller's reservation outlives a swap that stopped until its reset
            return (self.tr("for the running swap") if self.swap_running else
                    self.tr("held by the controller, no swap running"))
        if v.state is TileState.QUARANTINED:
            return self.tr("kept out of swaps")
        texts = {
            TileWhy.CHARGER_FAULT: self.tr("charger fault"),
            TileWhy.SLOT_FAULT_EMPTY: self.tr("slot fault"),
            TileWhy.CHARGER_DISABLED: self.tr("charger switched off"),
            TileWhy.BMS_ALARM: self.tr("BMS alarm level %1"),
            TileWhy.INSULATION: self.tr("insulation low"),
            TileWhy.INVALID: self.tr("readings invalid"),
            TileWhy.TOO_HOT: self.tr("too hot"),
            TileWhy.TOO_COLD: self.tr("too cold"),
            TileWhy.POOR_HEALTH: self.tr("poor health (SoH)"),
            TileWhy.SOC_LOW: self.tr("SoC low, not charging"),
        }
        text = texts.get(v.why, "")
        return text.replace("%1", "?" if v.alarm_level is None else str(v.alarm_level))

    def state_text(self) -> str:
        """The state and why, in one line (tests, the details page)."""
        return " ".join(filter(None, (self.word(self.view), self.why_text())))

    def tile_priority(self) -> Priority | None:
        """The colour's priority: the slot's alarm; a FAULT tile without one is MEDIUM."""
        if self.priority is not None:
            return self.priority
        if self.view.state in (TileState.FAULT, TileState.INVALID):
            return DEFAULT_FAULT_PRIORITY
        return None

    def mouseReleaseEvent(self, event) -> None:
        if event.button() is Qt.MouseButton.LeftButton:
            self.tapped.emit(self.slot)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        pal, s = self.palette_, self.snap
        stale = self.stale_age is not None
        priority = None if stale else self.tile_priority()
        colour = {Priority.HIGH: pal.alarm_high, Priority.MEDIUM: pal.alarm_medium,
                  Priority.LOW: pal.alarm_low}.get(priority) if priority else None
        text = QColor(pal.stale if stale else pal.text)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        p.fillRect(rect, QColor(pal.background if stale else pal.panel))
        if stale:  # hatched: not a current value, whatever it says
            p.fillRect(rect, QBrush(QColor(pal.border), Qt.BrushStyle.BDiagPattern))
        marked = bool(self.plan_mark) and not stale and colour is None
        pen = QPen(QColor(colour or (pal.mandatory if marked else pal.border)),
                   6 if colour or marked else 1)
        if stale:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawRect(rect)
        pad = mm_to_px(PAD_MM, self.sizes.dpi)
        inner = rect.adjusted(pad, pad, -pad, -pad)
        sm = QFontMetrics(self.small)
        line = sm.height()
        # top line: slot, type and serial, temperature
        p.setPen(text)
        p.setFont(self.small_bold)
        top = QRectF(inner.left(), inner.top(), inner.width(), line)
        head = self.tr("Slot %1").replace("%1", str(self.slot))
        p.drawText(top, Qt.AlignmentFlag.AlignLeft, head)
        x = inner.left() + QFontMetrics(self.small_bold).horizontalAdvance(head + "  ")
        p.setFont(self.small)
        if s is not None and s.occupied:
            if s.soc is not None and "soc" not in s.invalid:
                figures = local.percent(s.soc)
            else:
                figures = self.tr("SoC invalid")
            if s.temp_max is not None:
                temp = "?" if "temp_max" in s.invalid else local.number(s.temp_max)
                figures += f"  {temp} °C"
            p.setFont(self.small_bold)
            p.drawText(top, Qt.AlignmentFlag.AlignRight, figures)
            right = inner.right() - QFontMetrics(self.small_bold).horizontalAdvance(
                figures + "  ")
            p.setFont(self.small)
            p.drawText(QRectF(x, top.top(), max(0.0, right - x), line),
                       Qt.AlignmentFlag.AlignLeft,
                       sm.elidedText(label(s.pack_type), Qt.TextElideMode.ElideRight,
                                     int(max(0.0, right - x))))
        # the state in large text, with the priority's shape and word when abnormal
        big = QFontMetrics(self.large)
        y = top.bottom() + 2
        word = self.word(self.view)
        # too long at glance size: smaller
        p.setFont(fitted_font(word, self.large, inner.width(), self.sizes.body))
        box = self.large_box()
        p.drawText(int(inner.left()), int(y + 4 + big.capHeight()), word)  # on its baseline
        y += box
        # why, or the plan's mark; then the SoC bar
        p.setFont(self.small_bold if self.plan_mark or priority else self.small)
        why = self.why_text()
        if priority is not None:  # the priority's shape beside its colour, never colour alone
            why = f"{PRIORITY_SHAPE[priority]} {why}" if why else priority_text(priority)
        if stale:
            why = self.tr("STALE, %1").replace("%1", age_text(self.stale_age or 0))
        shown = self.plan_mark if self.plan_mark and not stale else why
        p.drawText(QRectF(inner.left(), y, inner.width(), line),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   QFontMetrics(p.font()).elidedText(  # bold, for a mark: its own widths
                       shown, Qt.TextElideMode.ElideRight, int(inner.width())))
        if s is not None and s.occupied and s.soc is not None and "soc" not in s.invalid:
            bar = QRectF(inner.left(), inner.bottom() - self.bar_height(), inner.width(),
                         self.bar_height())
            p.setPen(QPen(QColor(pal.border), 1))
            p.fillRect(bar, QColor(pal.background))
            p.drawRect(bar)
            fill = QRectF(bar.left(), bar.top(), bar.width() * max(0, min(100, s.soc)) / 100,
                          bar.height())
            p.fillRect(fill, QColor(pal.border if stale else pal.text))
        p.end()


class RackView(QWidget):
    slot_tapped = Signal(int)

    def __init__(self, dpi: float, columns: int = 4, palette: Palette = DAY,
                 rules: SelectionRules | None = None) -> None:
        super().__init__()
        self.setObjectName("rackView")
        self.dpi, self.columns, self.palette_ = dpi, columns, palette
        self.rules = rules or SelectionRules()
        self.quarantined: frozenset[str] = frozenset()
        self.tiles: list[SlotTile] = []
        self.stale = False
        self.priorities: dict[int, Priority] = {}
        self.marks: dict[int, str] = {}
        self.swap_running = False
        self.grid = QGridLayout(self)
        self.grid.setSpacing(mm_to_px(GLOVE_GAP_MM, dpi))
        self.grid.setContentsMargins(0, 0, 0, 0)

    def set_palette(self, palette: Palette) -> None:
        self.palette_ = palette
        for tile in self.tiles:
            tile.palette_ = palette
            tile.update()

    def set_stale(self, age: float | None) -> None:
        """``age`` in seconds while what the tiles show is old (the link is down), else None."""
        self.stale = age is not None
        for tile in self.tiles:
            if tile.stale_age != age:
                tile.stale_age = age
                tile.update()

    def set_priorities(self, by_slot: dict[int, Priority]) -> None:
        """Each slot's highest active alarm priority: the tile's colour."""
        self.priorities = dict(by_slot)
        for tile in self.tiles:
            if tile.priority != by_slot.get(tile.slot):
                tile.priority = by_slot.get(tile.slot)
                tile.update()

    def set_marks(self, marks: dict[int, str]) -> None:
        """The plan's marks: the packs chosen ("IN: plate") and the slot for the depleted
        pack ("OUT: depleted pack")."""
        self.marks = dict(marks)
        for tile in self.tiles:
            if tile.plan_mark != marks.get(tile.slot, ""):
                tile.plan_mark = marks.get(tile.slot, "")
                tile.update()

    def set_swap_running(self, running: bool) -> None:
        """Whether a swap runs: a reserved slot is for it, or is still held by the
        controller after one stopped."""
        self.swap_running = running
        for tile in self.tiles:
            if tile.swap_running != running:
                tile.swap_running = running
                tile.update()

    def fit_columns(self, width: int) -> int:
        """As many columns as tiles of the minimum size fit across ``width``."""
        if not self.tiles:
            return self.columns
        side = self.tiles[0].minimumWidth() + self.grid.spacing()
        most = max(1, min(len(self.tiles), (width + self.grid.spacing()) // side))
        rows = -(-len(self.tiles) // most)
        return -(-len(self.tiles) // rows)  # balanced: 8 tiles in 2 rows of 4, not 7 and 1

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._reflow(self.fit_columns(event.size().width()))

    def _reflow(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for tile in self.tiles:
            self.grid.removeWidget(tile)
        for n, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, n // columns, n % columns)

    def show_slots(self, slots: tuple[SlotSnapshot, ...]) -> None:
        while len(self.tiles) < len(slots):
            tile = SlotTile(len(self.tiles) + 1, self.dpi, self.palette_)
            tile.tapped.connect(self.slot_tapped)
            tile.priority = self.priorities.get(tile.slot)
            tile.plan_mark = self.marks.get(tile.slot, "")
            tile.swap_running = self.swap_running
            n = len(self.tiles)
            self.grid.addWidget(tile, n // self.columns, n % self.columns)
            self.tiles.append(tile)
            if len(self.tiles) == len(slots) and self.width() > 0:
                self._reflow(self.fit_columns(self.width()))
        for tile, s in zip(self.tiles, slots, strict=False):
            tile.show_slot(s, self.rules, self.quarantined)
