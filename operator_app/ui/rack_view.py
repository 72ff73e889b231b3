"""The rack: every slot as a tile a gloved finger can tap.

A tile shows the pack code, type, a SoC bar, the slot's state in words (ready,
charging with the time to ready, empty, reserved for the current swap,
quarantined, fault) and the highest temperature. Grey unless something is
abnormal; colour always comes with the word. Tapping a tile emits its slot.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QWidget

from operator_app.domain.selection import SelectionRules, TileState, tile_state
from operator_app.domain.snapshot import SlotSnapshot
from operator_app.ui.texts import label
from operator_app.ui.theme import DAY, Palette, mm_to_px

TILE_MM = (25.0, 20.0)


class SlotTile(QWidget):
    tapped = Signal(int)

    def __init__(self, slot: int, dpi: float, palette: Palette = DAY) -> None:
        super().__init__()
        self.slot = slot
        self.palette_ = palette
        self.snap: SlotSnapshot | None = None
        self.state_: tuple[TileState, float | None] = (TileState.EMPTY, None)
        # a tile is a big target (25 x 20 mm) and at least as large as its text needs
        small, bold = QFont(), QFont()
        small.setPointSize(9)
        bold.setPointSize(11)
        bold.setBold(True)
        text_w = QFontMetrics(small).horizontalAdvance("B 280 kWh  …000000") + 16
        text_h = 3 * QFontMetrics(bold).height() + 2 * QFontMetrics(small).height() + 16
        self.setMinimumSize(max(mm_to_px(TILE_MM[0], dpi), text_w),
                            max(mm_to_px(TILE_MM[1], dpi), text_h))
        self.setObjectName(f"slotTile{slot}")

    def show_slot(self, s: SlotSnapshot, rules: SelectionRules,
                  quarantined: frozenset[str]) -> None:
        self.snap = s
        self.state_ = tile_state(s, rules, quarantined)
        self.update()

    def state_text(self) -> str:
        state, minutes = self.state_
        texts = {
            TileState.READY: self.tr("ready"), TileState.EMPTY: self.tr("empty"),
            TileState.RESERVED: self.tr("reserved for the swap"),
            TileState.QUARANTINED: self.tr("QUARANTINED"), TileState.FAULT: self.tr("FAULT"),
            TileState.NOT_READY: self.tr("not ready"),
            TileState.CHARGING: self.tr("charging, ready in %1 min"),
        }
        text = texts[state]
        if state is TileState.CHARGING:
            text = (text.replace("%1", f"{minutes:.0f}") if minutes not in (None, float("inf"))
                    else self.tr("charging"))
        return text

    def mouseReleaseEvent(self, event) -> None:
        if event.button() is Qt.MouseButton.LeftButton:
            self.tapped.emit(self.slot)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        pal, s = self.palette_, self.snap
        state = self.state_[0]
        abnormal = {TileState.FAULT: pal.alarm_high, TileState.QUARANTINED: pal.alarm_medium}
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        p.fillRect(rect, QColor(pal.panel))
        p.setPen(QPen(QColor(abnormal.get(state, pal.border)), 4 if state in abnormal else 1))
        p.drawRect(rect)
        inner = rect.adjusted(6, 4, -6, -4)
        bold = QFont()
        bold.setBold(True)
        bold.setPointSize(11)
        small = QFont()
        small.setPointSize(9)
        line = QFontMetrics(bold).height()
        p.setPen(QColor(pal.text))
        p.setFont(bold)
        p.drawText(QRectF(inner.left(), inner.top(), inner.width(), line),
                   Qt.AlignmentFlag.AlignLeft, self.tr("Slot %1").replace("%1", str(self.slot)))
        y = inner.top() + line + 2
        if s is not None and s.occupied:
            if s.temp_max is not None:
                p.drawText(QRectF(inner.left(), inner.top(), inner.width(), line),
                           Qt.AlignmentFlag.AlignRight, f"{s.temp_max:.0f} °C")
            p.setFont(small)
            small_line = QFontMetrics(small).height()
            p.drawText(QRectF(inner.left(), y, inner.width(), small_line),
                       Qt.AlignmentFlag.AlignLeft,
                       f"{label(s.pack_type)}  …{(s.pack_code or '')[-6:]}")  # the serial part
            y += small_line + 2
            bar = QRectF(inner.left(), y, inner.width(), small_line + 4)
            p.setPen(QPen(QColor(pal.border), 1))
            p.drawRect(bar)
            if s.soc is not None:
                fill = QRectF(bar.left(), bar.top(), bar.width() * s.soc / 100, bar.height())
                p.fillRect(fill, QColor(pal.muted))
                p.setPen(QColor(pal.text))
                text_rect = bar.adjusted(4, 0, -4, 0)
                p.fillRect(QRectF(bar.right() - 46, bar.top() + 1, 45, bar.height() - 2),
                           QColor(pal.panel))
                p.drawText(text_rect, Qt.AlignmentFlag.AlignRight
                           | Qt.AlignmentFlag.AlignVCenter, f"{s.soc:.0f} %")
        p.setFont(bold)
        p.setPen(QColor(pal.text))
        p.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
                   | Qt.TextFlag.TextWordWrap, self.state_text())
        p.end()


class RackView(QWidget):
    slot_tapped = Signal(int)

    def __init__(self, dpi: float, columns: int = 4, palette: Palette = DAY,
                 rules: SelectionRules | None = None) -> None:
        super().__init__()
        self.dpi, self.columns, self.palette_ = dpi, columns, palette
        self.rules = rules or SelectionRules()
        self.quarantined: frozenset[str] = frozenset()
        self.tiles: list[SlotTile] = []
        self.stale = False
        self.grid = QGridLayout(self)
        self.grid.setSpacing(mm_to_px(3, dpi))
        self.grid.setContentsMargins(0, 0, 0, 0)

    def set_palette(self, palette: Palette) -> None:
        self.palette_ = palette
        for tile in self.tiles:
            tile.palette_ = palette
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
            n = len(self.tiles)
            self.grid.addWidget(tile, n // self.columns, n % self.columns)
            self.tiles.append(tile)
            if len(self.tiles) == len(slots) and self.width() > 0:
                self._reflow(self.fit_columns(self.width()))
        for tile, s in zip(self.tiles, slots, strict=False):
            tile.show_slot(s, self.rules, self.quarantined)
