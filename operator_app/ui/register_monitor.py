"""The register monitor: every register of the map live, decoded; the frames on the line; and,
for a supervisor in maintenance mode, one holding register written after a confirmation.

A page over the link service (``LinkService``: its ``registers_read``, ``frames_logged`` and
``register_written``, and the snapshots for the station's mode) and the journal port (each
write audited with who, the old and the new value and what came of it). Who is signed in is
told with ``set_access(role, actor)``.

Registers: one row each, for the station's slot count: name, address, block, access, the
decoded value with its unit (enumerations by name, bit flags by the names of the bits set),
the raw words in hex and, for bit flags, the bits; the selected register's detail spells every
bit out. A filter by block (buttons) and by name (typed on the touch keyboard: "SLOT 3 SOC"
finds slot_3.soc, dots and underscores need not be typed). The table is a model that updates
only the rows whose words changed, and only while the page is shown.

Frames: each request and its answer (time, direction, hex, CRC, latency, exception or what
went wrong), the last 2,000, while the frame log is on (it costs nothing while off).

Writing: only RW registers outside the console's own handshakes, a value the map documents
(type, minimum, maximum, enumeration, scale step) checked here and again by the link worker,
never sent otherwise; a confirmation shows the register, its old value and the new one.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from enum import IntEnum, IntFlag
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from operator_app.domain.roles import Role
from operator_app.domain.snapshot import ControllerIdentity, LinkState, StationSnapshot
from operator_app.domain.station import MAX_SLOTS, StationMode
from operator_app.link import monitor as mon
from operator_app.link import registers as R
from operator_app.storage.port import AuditEntry, JournalPort
from operator_app.ui import local
from operator_app.ui.station_panel import say
from operator_app.ui.status_strip import ROLE_TEXT
from operator_app.ui.texts import label
from operator_app.ui.theme import (
    DAY,
    GLOVE_GAP_MM,
    LETTER_KEY_MM,
    MIN_TARGET_MM,
    Palette,
    mm_to_px,
)
from operator_app.ui.touch_keyboard import ENTER, PlateKeyboard, apply_key
from operator_app.ui.widgets import CurrentPageStack, Page, button, kinetic

ModelIndex = QModelIndex | QPersistentModelIndex
CONTEXT = "RegisterMonitor"
NAME_LIMIT = 32  # characters of the name filter
VALUE_LIMIT = 12  # characters of a value typed

# the blocks' names on their filter buttons and in the table (a block the map adds later is
# shown by its key until it has words here)
BLOCKS: dict[str, str] = {
    "identity": QT_TRANSLATE_NOOP("RegisterMonitor", "Identity"),
    "status": QT_TRANSLATE_NOOP("RegisterMonitor", "Status"),
    "command": QT_TRANSLATE_NOOP("RegisterMonitor", "Command"),
    "response": QT_TRANSLATE_NOOP("RegisterMonitor", "Response"),
    "bay": QT_TRANSLATE_NOOP("RegisterMonitor", "Bay"),
    "lift": QT_TRANSLATE_NOOP("RegisterMonitor", "Lift, shuttle"),
    "locks": QT_TRANSLATE_NOOP("RegisterMonitor", "Lock heads"),
    "safety": QT_TRANSLATE_NOOP("RegisterMonitor", "Safety"),
    "jog": QT_TRANSLATE_NOOP("RegisterMonitor", "Jog"),
    "jog_state": QT_TRANSLATE_NOOP("RegisterMonitor", "Jog state"),
    "run": QT_TRANSLATE_NOOP("RegisterMonitor", "Run"),
    "maint": QT_TRANSLATE_NOOP("RegisterMonitor", "Maintenance"),
    "slots": QT_TRANSLATE_NOOP("RegisterMonitor", "Rack slots"),
    "cells": QT_TRANSLATE_NOOP("RegisterMonitor", "Cells"),
}


def filter_key(block: str) -> str:
    """The filter button a block is under: a block named after another ("jog_state" after
    "jog") is under that one's (the screen has room for one button a block, not more)."""
    head = block.split("_", 1)[0]
    return head if head != block and head in _FIXED_KEYS else block


_FIXED_KEYS = {g.key for g in R.FIXED_GROUPS}
# the filter buttons, in the map's order
BLOCK_KEYS = tuple(dict.fromkeys(filter_key(k) for k in (*(g.key for g in R.FIXED_GROUPS),
                                                         "slots", "cells")))

REFUSALS: dict[mon.Refusal, str] = {
    mon.Refusal.UNKNOWN_REGISTER: QT_TRANSLATE_NOOP(
        "RegisterMonitor", "%1 is not a register of this station's map."),
    mon.Refusal.READ_ONLY: QT_TRANSLATE_NOOP("RegisterMonitor", "%1 is read-only."),
    mon.Refusal.HANDSHAKE: QT_TRANSLATE_NOOP(
        "RegisterMonitor", "%1 is written only by the console's own handshake (a command "
        "whole, a jog while its hold-to-run button is held), never from here."),
    mon.Refusal.TEXT: QT_TRANSLATE_NOOP("RegisterMonitor",
                                        "%1 holds text: it is not written from here."),
    mon.Refusal.NOT_A_NUMBER: QT_TRANSLATE_NOOP("RegisterMonitor",
                                                "Not sent: %2 is not a number."),
    mon.Refusal.NOT_A_STEP: QT_TRANSLATE_NOOP(
        "RegisterMonitor", "Not sent: %1 counts in steps of %3; %2 is between two steps."),
    mon.Refusal.BELOW_MINIMUM: QT_TRANSLATE_NOOP(
        "RegisterMonitor", "Not sent: %2 is below the documented minimum of %1, %3."),
    mon.Refusal.ABOVE_MAXIMUM: QT_TRANSLATE_NOOP(
        "RegisterMonitor", "Not sent: %2 is above the documented maximum of %1, %3."),
    mon.Refusal.NOT_A_MEMBER: QT_TRANSLATE_NOOP(
        "RegisterMonitor", "Not sent: %2 is not one of the values of %1 (%3)."),
    mon.Refusal.OUT_OF_TYPE: QT_TRANSLATE_NOOP(
        "RegisterMonitor", "Not sent: %2 does not fit %1's register (%3)."),
    mon.Refusal.NOT_MAINTENANCE: QT_TRANSLATE_NOOP(
        "RegisterMonitor", "Not sent: the controller is not in maintenance mode."),
    mon.Refusal.LINK_DOWN: QT_TRANSLATE_NOOP(
        "RegisterMonitor", "Not sent: the link to the controller is down."),
}
EXCEPTIONS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("RegisterMonitor", "illegal function"),
    2: QT_TRANSLATE_NOOP("RegisterMonitor", "illegal data address"),
    3: QT_TRANSLATE_NOOP("RegisterMonitor", "illegal data value"),
    4: QT_TRANSLATE_NOOP("RegisterMonitor", "device failure"),
    6: QT_TRANSLATE_NOOP("RegisterMonitor", "device busy"),
}
PROBLEMS: dict[str, str] = {  # a LinkError's counter name
    "timeouts": QT_TRANSLATE_NOOP("RegisterMonitor", "no answer"),
    "short_replies": QT_TRANSLATE_NOOP("RegisterMonitor", "answer cut short"),
    "crc_errors": QT_TRANSLATE_NOOP("RegisterMonitor", "CRC error"),
    "wrong_unit": QT_TRANSLATE_NOOP("RegisterMonitor", "answer from another unit"),
    "malformed": QT_TRANSLATE_NOOP("RegisterMonitor", "answer does not fit the request"),
    "port_errors": QT_TRANSLATE_NOOP("RegisterMonitor", "serial line gone"),
    "errors": QT_TRANSLATE_NOOP("RegisterMonitor", "error"),
}


def _t(text: str) -> str:
    """A text of the tables above, translated now."""
    return QCoreApplication.translate("RegisterMonitor", text)  # tr: the tables above


def _text() -> QLabel:
    """A word-wrapped label (its layout gives it the height its width needs)."""
    w = QLabel()
    w.setWordWrap(True)
    return w


def _gloved(b: QPushButton, dpi: float) -> None:
    """A secondary button a gloved finger hits: 12 mm (the letter keys'), not the 10 mm of
    anything merely tappable. In its own style sheet, so that the console's (a theme switch
    sets it again) does not take it back to 10 mm; less the padding and the border."""
    b.setStyleSheet(f"QPushButton {{ min-height: {mm_to_px(LETTER_KEY_MM, dpi) - 12}px; }}")


class _Columns(QObject):
    """Keeps a table's fixed columns at their widths, each at least as wide as its heading's
    words (a longer language's heading is never cut), measured again whenever the heading's
    font can have changed (the style sheet's comes when the table is first shown)."""

    EVENTS = (QEvent.Type.Show, QEvent.Type.FontChange, QEvent.Type.StyleChange,
              QEvent.Type.Polish)

    def __init__(self, table: QTableView, widths_mm: dict[int, float], dpi: float) -> None:
        super().__init__(table)
        self.table, self.widths = table, {c: mm_to_px(mm, dpi) for c, mm in widths_mm.items()}
        table.horizontalHeader().installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        header = self.table.horizontalHeader()
        for col, px in self.widths.items():
            self.table.setColumnWidth(col, max(px, header.sectionSizeFromContents(col).width()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.EVENTS:
            self.apply()
        return False


def columns(table: QTableView, widths_mm: dict[int, float], dpi: float) -> None:
    """The fixed columns at their widths, never narrower than their headings; the
    stretching column takes the rest."""
    _Columns(table, widths_mm, dpi)


def _stack() -> CurrentPageStack:
    """Pages one at a time, asking for the room of the page shown, also when that page's own
    room changes (its layout in the page around it is told at once)."""
    stack = CurrentPageStack()
    stack.relaid.connect(stack.updateGeometry)
    return stack


def block_label(key: str) -> str:
    text = BLOCKS.get(key)
    return _t(text) if text else key


def exception_text(code: int) -> str:
    name = EXCEPTIONS.get(code)
    return f"{code:02d} {_t(name)}" if name else f"{code:02d}"


def _decimals(scale: float) -> int:
    return 0 if scale >= 1 else max(0, round(-math.log10(scale)))


def number_text(reg: R.Register, value: float) -> str:
    """A value in the register's unit, with as many decimals as its scale has."""
    text = f"{value:.{_decimals(reg.scale)}f}"
    return f"{text} {reg.unit}" if reg.unit else text


def raw_text(words: tuple[int, ...], limit: int = 4) -> str:
    """Words in hex: one as 0x0205, more as 0x0001 2345; past ``limit`` words "…"."""
    shown = " ".join(f"{w:04X}" for w in words[:limit])
    return f"0x{shown}" + (" …" if len(words) > limit else "")


def bits_text(raw: int) -> str:
    """The bits set, by number (bit 0 the least significant): "3, 6"."""
    return ", ".join(str(bit) for bit in range(raw.bit_length()) if raw >> bit & 1)


def flag_bits(enum: type[IntFlag], raw: int) -> list[tuple[int, str, bool]]:
    """(bit, name, set) for every bit the flags define, and for any other bit that is set."""
    named = {m.value.bit_length() - 1: m.name or "" for m in enum if m.value}
    width = max(16, raw.bit_length())
    return [(bit, named.get(bit, "?"), bool(raw >> bit & 1)) for bit in range(width)
            if bit in named or raw >> bit & 1]


def _normal(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def matches(reg: R.Register, query: str) -> bool:
    """Every word of ``query`` is in the register's name (letters and digits only), or is its
    address: "SLOT 3 SOC" and "slot3soc" find slot_3.soc, "1014" the register at 1014."""
    name = _normal(reg.name)
    for word in query.replace("-", " ").split():
        w = _normal(word)
        if w and w not in name and not (w.isdigit() and reg.address <= int(w) < reg.end):
            return False
    return True


class RegisterModel(QAbstractTableModel):
    """Every register of a map as a row; ``update`` repaints only the rows whose words
    changed. The texts of a row are made when a view asks for them, once per change."""

    NAME, ADDRESS, BLOCK, ACCESS, VALUE, RAW, BITS = range(7)
    NAME_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, rmap: R.RegisterMap, palette: Palette = DAY) -> None:
        super().__init__()
        self.palette_ = palette
        self.image: dict[int, int] = {}
        self.block: str | None = None
        self.query = ""
        self.set_map(rmap)

    def set_map(self, rmap: R.RegisterMap) -> None:
        self.beginResetModel()
        self.rmap = rmap
        self.registers = list(rmap.all_registers())
        self.blocks = [mon.group_of(r) for r in self.registers]
        self.index_of = {r.name: i for i, r in enumerate(self.registers)}
        self.by_address: dict[int, int] = {}
        for i, r in enumerate(self.registers):
            for a in range(r.address, r.end):
                self.by_address[a] = i
        self._texts: dict[int, tuple[str, str, str, str]] = {}
        self._refilter()
        self.endResetModel()

    def set_filter(self, block: str | None, query: str) -> None:
        if (block, query) == (self.block, self.query):
            return
        self.beginResetModel()
        self.block, self.query = block, query
        self._refilter()
        self.endResetModel()

    def _refilter(self) -> None:
        self.shown = [i for i, r in enumerate(self.registers)
                      if (self.block is None or filter_key(self.blocks[i]) == self.block)
                      and matches(r, self.query)]
        self.row_of = {i: row for row, i in enumerate(self.shown)}

    def update(self, words: Mapping[int, int]) -> int:
        """Take newly read words; repaint the rows shown whose words changed (their number)."""
        image, by_address = self.image, self.by_address
        changed: set[int] = set()
        for a, w in words.items():
            if image.get(a) != w:
                image[a] = w
                i = by_address.get(a)
                if i is not None:
                    changed.add(i)
        if not changed:
            return 0
        texts = self._texts
        for i in changed:
            texts.pop(i, None)
        rows = sorted(self.row_of[i] for i in changed if i in self.row_of)
        start = prev = -2
        for row in [*rows, -2]:  # one dataChanged per run of neighbouring rows
            if row != prev + 1:
                if start >= 0:
                    self.dataChanged.emit(self.index(start, self.VALUE),
                                          self.index(prev, self.BITS))
                start = row
            prev = row
        return len(rows)

    def words(self, reg: R.Register) -> tuple[int, ...] | None:
        """The register's raw words as last read, None when not all of them were."""
        image = self.image
        try:
            return tuple(image[a] for a in range(reg.address, reg.end))
        except KeyError:
            return None

    def texts(self, i: int) -> tuple[str, str, str, str]:
        """(value, raw, bits, state) of register ``i``; state "", "unread", "none", "invalid"."""
        cached = self._texts.get(i)
        if cached is None:
            cached = self._texts[i] = self._make_texts(self.registers[i])
        return cached

    def _make_texts(self, reg: R.Register) -> tuple[str, str, str, str]:
        words = self.words(reg)
        if words is None:
            return self.tr("not read"), "", "", "unread"
        raw = raw_text(words)
        if not self.rmap.has(reg):
            return self.tr("not in this controller's protocol"), raw, "", "none"
        value, ok = reg.reader(self.image)
        bits = bits_text(words[0]) if isinstance(reg.enum, type) and issubclass(
            reg.enum, IntFlag) else ""
        if not ok:
            return QCoreApplication.translate("RegisterMonitor", "invalid"), raw, bits, "invalid"
        if value is None:
            return QCoreApplication.translate("RegisterMonitor", "not available"), raw, bits, "none"
        return value_text(reg, value), raw, bits, ""

    # --- the model's interface ---------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Register"), self.tr("Address"), self.tr("Block"), self.tr("Access"),
                self.tr("Value"), self.tr("Raw"), self.tr("Bits set"))[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.shown):
            return None
        i = self.shown[index.row()]
        reg = self.registers[i]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NAME:
                return reg.name
            if col == self.ADDRESS:
                return str(reg.address) if reg.length == 1 else f"{reg.address}-{reg.end - 1}"
            if col == self.BLOCK:
                return block_label(self.blocks[i])
            if col == self.ACCESS:
                return reg.access.value
            return self.texts(i)[col - self.VALUE]
        if role == self.NAME_ROLE:
            return reg.name
        if role == Qt.ItemDataRole.BackgroundRole and col == self.VALUE \
                and self.texts(i)[3] == "invalid":
            return QColor(self.palette_.alarm_medium)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.VALUE \
                and self.texts(i)[3] in ("unread", "none"):
            return QColor(self.palette_.muted)
        return None


def words_text(reg: R.Register, words: tuple[int, ...]) -> str:
    """Raw words of ``reg`` decoded in words, as the table shows them (an enumeration by
    name); a value its checks refuse is said to be invalid."""
    value, ok = reg.reader(dict(zip(range(reg.address, reg.end), words, strict=True)))
    if not ok:
        return QCoreApplication.translate("RegisterMonitor", "invalid")
    if value is None:
        return QCoreApplication.translate("RegisterMonitor", "not available")
    return value_text(reg, value)


def value_text(reg: R.Register, value: Any) -> str:
    """A decoded value in words: an enumeration by name, flags by the bits set, a number in
    its unit, text in quotes."""
    if isinstance(value, IntFlag):
        names = [m.name or "" for m in type(value) if m.value and m in value]
        if names:
            return " | ".join(names)
        return QCoreApplication.translate("RegisterMonitor", "none set")
    if isinstance(value, IntEnum):
        return f"{value.name} ({int(value)})"
    if isinstance(value, str):
        return f"\u201c{value}\u201d"
    return number_text(reg, value)


class FrameModel(QAbstractTableModel):
    """The frames of the line, oldest first, the last ``MAX_FRAMES``."""

    TIME, DIRECTION, FRAME, CRC, LATENCY, PROBLEM = range(6)

    def __init__(self, palette: Palette = DAY) -> None:
        super().__init__()
        self.palette_ = palette
        self.frames: list[mon.FrameRecord] = []

    def append(self, frames: tuple[mon.FrameRecord, ...]) -> None:
        frames = frames[-mon.MAX_FRAMES:]
        drop = min(len(self.frames), len(self.frames) + len(frames) - mon.MAX_FRAMES)
        if drop > 0:
            self.beginRemoveRows(QModelIndex(), 0, drop - 1)
            del self.frames[:drop]
            self.endRemoveRows()
        if frames:
            first = len(self.frames)
            self.beginInsertRows(QModelIndex(), first, first + len(frames) - 1)
            self.frames.extend(frames)
            self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.frames = []
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.frames)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Time"), self.tr("Direction"), self.tr("Frame (hex)"), self.tr("CRC"),
                self.tr("Latency"), self.tr("Exception or problem"))[section]

    def bad(self, f: mon.FrameRecord) -> bool:
        return f.direction == "rx" and (f.crc_ok is not True or f.exception is not None
                                        or bool(f.problem))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.frames):
            return None
        f = self.frames[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.TIME:
                return local.time_of_day(f.at) + f".{int(f.at % 1 * 1000):03d}"
            if col == self.DIRECTION:
                return self.tr("→ sent") if f.direction == "tx" else self.tr("← answer")
            if col == self.FRAME:
                return f.data.hex(" ").upper() if f.data else self.tr("(nothing)")
            if col == self.CRC:
                if f.direction == "tx" or f.crc_ok is None:
                    return "" if f.direction == "tx" else "-"
                return self.tr("ok") if f.crc_ok else self.tr("BAD")
            if col == self.LATENCY:
                return "" if f.latency_ms is None else f"{f.latency_ms:.1f} ms"
            if f.exception is not None:
                return self.tr("exception %1").replace("%1", exception_text(f.exception))
            text = PROBLEMS.get(f.problem)
            return _t(text) if text else f.problem
        if role == Qt.ItemDataRole.BackgroundRole and col in (self.CRC, self.PROBLEM) \
                and self.bad(f):
            return QColor(self.palette_.alarm_medium)
        if role == Qt.ItemDataRole.ForegroundRole and col in (self.CRC, self.PROBLEM) \
                and self.bad(f):
            return QColor("black")
        return None


class RegisterMonitorPage(Page):
    """Every register live, the frame log, and one register written (see the module).

    ``link``: the console's LinkService; ``journal``: the journal port the writes are audited
    in. ``set_access(role, actor)`` when the signed-in person changes; the station's mode comes
    with the link's snapshots."""

    def __init__(self, link: Any, journal: JournalPort, dpi: float, palette: Palette = DAY,
                 role: Role = Role.OPERATOR, actor: str = "operator") -> None:
        super().__init__(self.tr("Register monitor"), dpi, "registerMonitorPage")
        self.link, self.journal, self.palette_ = link, journal, palette
        self.role, self.actor = role, actor
        self.mode: StationMode | None = None
        self.link_state: LinkState | None = None
        self.selected: R.Register | None = None
        self.block: str | None = None  # the block filter (None: every block)
        self.target: R.Register | None = None  # the register being written
        self.entry = ""
        self.pending: dict[int, tuple[R.Register, mon.RegisterWrite, str, str]] = {}
        self.last_outcome: mon.WriteOutcome | None = None
        self._stale = True  # words came while the page was hidden: refresh when shown
        gap = mm_to_px(GLOVE_GAP_MM, dpi)
        identity = getattr(link, "last_identity", None)
        self.model = RegisterModel(self._map_for(identity), palette)
        self.frames = FrameModel(palette)

        # the head: the name filter (the registers' view) and which view, beside the title
        self.name_field = QLineEdit()
        self.name_field.setObjectName("regNameField")
        self.name_field.setPlaceholderText(self.tr("Register name or address"))
        self.name_field.setMinimumHeight(mm_to_px(LETTER_KEY_MM, dpi))
        self.name_field.setMaxLength(NAME_LIMIT)
        self.name_field.installEventFilter(self)
        self.name_field.textChanged.connect(lambda text: self.set_filter(self.block, text))
        self.name_clear = button(self.tr("Clear"), "regNameClear", dpi, primary=False)
        _gloved(self.name_clear, dpi)
        self.name_clear.clicked.connect(self.name_field.clear)
        self.head.addSpacing(gap)
        self.head.addWidget(self.name_field, 2)
        self.head.addWidget(self.name_clear)
        self.head.addSpacing(gap)
        self.view_group = QButtonGroup(self)
        self.registers_tab = button(self.tr("Registers"), "regViewRegisters", dpi, wide=2.5)
        self.frames_tab = button(self.tr("Frame log"), "regViewFrames", dpi, wide=2.5)
        for i, b in enumerate((self.registers_tab, self.frames_tab)):
            b.setCheckable(True)
            self.view_group.addButton(b, i)
            self.head.addWidget(b)
        self.registers_tab.setChecked(True)
        self.views = _stack()
        self.views.addWidget(self._registers_view(gap))
        self.head.insertWidget(self.head.indexOf(self.name_clear) + 1, self.keyboard_close)
        self.views.addWidget(self._frames_view(gap))
        self.body.addWidget(self.views, 1)
        self.view_group.idClicked.connect(self.show_view)

        link.registers_read.connect(self._words_read)
        link.frames_logged.connect(self._frames_logged)
        link.register_written.connect(self._written)
        link.snapshot_ready.connect(self.show_snapshot)
        link.identity_read.connect(self.show_identity)
        link.link_event.connect(self._link_event)
        if getattr(link, "last_snapshot", None) is not None:
            self.show_snapshot(link.last_snapshot)
        if getattr(link, "last_event", None) is not None:
            self.link_state = link.last_event.state
        self.model.update(getattr(link, "words", {}))
        self.frames.append(tuple(getattr(link, "frame_log", ())))
        self._show_log_switch()
        self._show_access()
        self._show_count()

    # --- building ----------------------------------------------------------------------------

    def _registers_view(self, gap: int) -> QWidget:
        view = QWidget()
        view.setObjectName("regRegistersView")
        outer = QVBoxLayout(view)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(gap // 2)
        split = QHBoxLayout()
        split.setSpacing(gap)
        outer.addLayout(split, 1)
        # left: the filters, or the value being written, or its confirmation
        self.side = _stack()
        self.side.setObjectName("regSide")
        self.side.addWidget(self._filter_panel(gap))
        self.side.addWidget(self._entry_panel(gap))
        self.side.addWidget(self._confirm_panel(gap))
        split.addWidget(self.side, 2)  # two fifths, whatever its texts: the table keeps room
        # right: the table, the selected register's detail, and what writing says
        right = QVBoxLayout()
        right.setSpacing(gap // 2)
        self.count_label = QLabel()
        self.count_label.setObjectName("regCount")
        right.addWidget(self.count_label)
        self.table = QTableView()
        self.table.setObjectName("regTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(mm_to_px(MIN_TARGET_MM, self.dpi))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RegisterModel.VALUE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        columns(self.table, {RegisterModel.NAME: 28, RegisterModel.ADDRESS: 12,
                             RegisterModel.BLOCK: 12, RegisterModel.ACCESS: 10,
                             RegisterModel.RAW: 13, RegisterModel.BITS: 12}, self.dpi)
        self.table.clicked.connect(self._row_tapped)
        kinetic(self.table)
        right.addWidget(self.table, 1)
        self.detail = _text()
        self.detail.setObjectName("regDetail")
        right.addWidget(self.detail)
        self.reason = _text()
        self.reason.setObjectName("regReason")
        self.reason.setStyleSheet("font-weight: bold;")
        right.addWidget(self.reason)
        self.keyboard_panel = self._keyboard_panel(gap)
        self.keyboard_panel.setVisible(False)
        split.addLayout(right, 3)
        outer.addWidget(self.keyboard_panel)
        return view

    def _filter_panel(self, gap: int) -> QWidget:
        panel = QWidget()
        panel.setObjectName("regFilterPanel")
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(gap)
        self.blocks_area = QWidget()  # gives way to the keyboard while the name is typed
        self.blocks_area.setObjectName("regBlocks")
        grid = QGridLayout(self.blocks_area)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(gap // 2)
        self.block_group = QButtonGroup(self)
        self.block_buttons: dict[str | None, QPushButton] = {}
        keys: list[str | None] = [None, *BLOCK_KEYS]
        for n, key in enumerate(keys):
            text = self.tr("All blocks") if key is None else block_label(key)
            b = button(text, f"regBlock_{key or 'all'}", self.dpi, primary=False, wide=1.3)
            _gloved(b, self.dpi)
            b.setCheckable(True)
            b.setChecked(key is None)
            b.clicked.connect(lambda _=False, k=key: self.set_filter(k, self.name_field.text()))
            self.block_group.addButton(b)
            self.block_buttons[key] = b
            grid.addWidget(b, n // 4, n % 4)  # four across: the page fits at 149 DPI
        column.addWidget(self.blocks_area)
        column.addStretch(1)
        self.write_button = button(self.tr("Write…"), "regWrite", self.dpi)
        self.write_button.clicked.connect(self.open_write)
        column.addWidget(self.write_button)
        return panel

    def _keyboard_panel(self, gap: int) -> QWidget:
        panel = QWidget()
        panel.setObjectName("regKeyboardPanel")
        layout = QHBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        self.keyboard = PlateKeyboard(self.dpi)
        # register names are Latin letters and digits: no Thai page
        thai = self.keyboard.pages.widget(1)
        self.keyboard.pages.removeWidget(thai)
        thai.deleteLater()
        self.keyboard.switch.setVisible(False)
        self.keyboard_close = button(self.tr("Close keyboard"), "regKeyboardClose", self.dpi,
                                     wide=2)
        self.keyboard_close.setVisible(False)  # in the head, beside the name, while typing
        layout.addWidget(self.keyboard, 0, Qt.AlignmentFlag.AlignTop)
        layout.addStretch(1)
        self.keyboard.typed.connect(self._name_key)
        self.keyboard_close.clicked.connect(lambda: self.show_keyboard(False))
        return panel

    def _entry_panel(self, gap: int) -> QWidget:
        panel = QWidget()
        panel.setObjectName("regEntryPanel")
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(gap)
        self.entry_title = _text()
        self.entry_title.setObjectName("regEntryTitle")
        self.entry_title.setStyleSheet("font-weight: bold;")
        column.addWidget(self.entry_title)
        self.entry_field = QLabel()
        self.entry_field.setObjectName("regEntryValue")
        self.entry_field.setMinimumHeight(mm_to_px(MIN_TARGET_MM, self.dpi))
        self.entry_field.setStyleSheet(f"border: 2px solid {self.palette_.edge}; padding: 4px; "
                                       f"background: {self.palette_.panel};")
        column.addWidget(self.entry_field)
        # a phone's keypad (as the PIN pad: 1-2-3 at the top), with the sign and the point
        keys = QGridLayout()
        keys.setSpacing(gap)
        side = mm_to_px(LETTER_KEY_MM, self.dpi)
        for n, ch in enumerate("123-456.7890"):
            key = QPushButton(ch)
            key.setObjectName(f"regKey_{ord(ch):04x}")
            key.setProperty("primary", False)
            key.setProperty("key", True)
            key.setMinimumSize(side, side)
            key.clicked.connect(lambda _=False, t=ch: self._value_key(t))
            keys.addWidget(key, n // 4, n % 4)
        column.addLayout(keys)
        row = QHBoxLayout()
        row.setSpacing(gap)
        self.entry_delete = button(QCoreApplication.translate("_Pad", "Delete"), "regKeyDelete",
                                   self.dpi)
        self.entry_delete.clicked.connect(lambda: self._value_key("\b"))
        self.entry_check = button(self.tr("Check"), "regEntryCheck", self.dpi, role="mandatory")
        self.entry_cancel = button(self.tr("Cancel"), "regEntryCancel", self.dpi)
        row.addWidget(self.entry_delete)
        row.addWidget(self.entry_check)
        row.addWidget(self.entry_cancel)
        column.addLayout(row)
        column.addStretch(1)
        self.entry_check.clicked.connect(self.check_value)
        self.entry_cancel.clicked.connect(self.cancel_write)
        return panel

    def _confirm_panel(self, gap: int) -> QWidget:
        panel = QWidget()
        panel.setObjectName("regConfirmPanel")
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(gap)
        self.confirm_text = _text()
        self.confirm_text.setObjectName("regConfirmText")
        self.confirm_text.setStyleSheet("font-weight: bold;")
        column.addWidget(self.confirm_text)
        self.confirm_button = button(self.tr("Write it"), "regConfirm", self.dpi,
                                     role="mandatory", wide=2)
        self.confirm_cancel = button(self.tr("Cancel"), "regConfirmCancel", self.dpi, wide=2)
        column.addWidget(self.confirm_button)
        column.addWidget(self.confirm_cancel)
        column.addStretch(1)
        self.confirm_button.clicked.connect(self.confirm_write)
        self.confirm_cancel.clicked.connect(self.cancel_write)
        return panel

    def _frames_view(self, gap: int) -> QWidget:
        view = QWidget()
        view.setObjectName("regFramesView")
        column = QVBoxLayout(view)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(gap // 2)
        row = QHBoxLayout()
        row.setSpacing(gap)
        self.log_switch = button("", "regFrameLogSwitch", self.dpi, wide=3)
        self.log_switch.setCheckable(True)
        self.log_switch.clicked.connect(lambda on: self.set_frame_log(on))
        self.log_clear = button(self.tr("Clear the log"), "regFrameLogClear", self.dpi,
                                primary=False, wide=2)
        _gloved(self.log_clear, self.dpi)
        self.log_clear.clicked.connect(self.clear_frame_log)
        self.log_count = QLabel()
        self.log_count.setObjectName("regFrameCount")
        self.log_count.setWordWrap(True)
        row.addWidget(self.log_switch)
        row.addWidget(self.log_clear)
        row.addWidget(self.log_count, 1)
        column.addLayout(row)
        self.frame_table = QTableView()
        self.frame_table.setObjectName("regFrameTable")
        self.frame_table.setModel(self.frames)
        self.frame_table.setWordWrap(False)
        self.frame_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.frame_table.verticalHeader().setVisible(False)
        self.frame_table.verticalHeader().setDefaultSectionSize(
            mm_to_px(MIN_TARGET_MM * 0.7, self.dpi))
        self.frame_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.frame_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FrameModel.FRAME, QHeaderView.ResizeMode.Stretch)
        columns(self.frame_table, {FrameModel.TIME: 30, FrameModel.DIRECTION: 24,
                                   FrameModel.CRC: 12, FrameModel.LATENCY: 20,
                                   FrameModel.PROBLEM: 44}, self.dpi)
        self.frame_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        kinetic(self.frame_table)
        column.addWidget(self.frame_table, 1)
        return view

    def show_view(self, index: int) -> None:
        """0: the registers, 1: the frame log."""
        self.view_group.button(index).setChecked(True)
        self.views.setCurrentIndex(index)
        for w in (self.name_field, self.name_clear):
            w.setVisible(index == 0)
        if index == 1:
            self.show_keyboard(False)

    # --- what the link says ------------------------------------------------------------------

    def _map_for(self, identity: ControllerIdentity | None) -> R.RegisterMap:
        if identity is None or not 1 <= identity.slot_count <= MAX_SLOTS:
            return R.RegisterMap(R.DEFAULT_SLOTS)
        return R.RegisterMap(identity.slot_count, protocol=identity.protocol_version)

    def show_identity(self, identity: ControllerIdentity) -> None:
        """The controller's identity: the map is sized to its rack and its protocol."""
        rmap = self._map_for(identity)
        if (rmap.slots, rmap.protocol) != (self.model.rmap.slots, self.model.rmap.protocol):
            self.model.set_map(rmap)
            self.model.update(getattr(self.link, "words", {}))
            self.select_register(self.selected.name if self.selected else None)
            self._show_count()

    def show_snapshot(self, snap: StationSnapshot) -> None:
        mode = snap.status.mode
        if mode is not self.mode:
            self.mode = mode
            self._show_access()

    def _link_event(self, event: Any) -> None:
        if event.state is not self.link_state:
            self.link_state = event.state
            self._show_access()
            self._show_count()

    def _words_read(self, read: mon.RegisterWords) -> None:
        if not self.isVisible():
            self._stale = True  # taken whole from the link's words when shown
            return
        self.model.update(read.words)
        if self.selected is not None and any(
                a in read.words for a in range(self.selected.address, self.selected.end)):
            self._show_detail()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.model.update(getattr(self.link, "words", {}))
            self._show_detail()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._stale = True

    def _frames_logged(self, frames: tuple[mon.FrameRecord, ...]) -> None:
        bar = self.frame_table.verticalScrollBar()
        following = bar.value() >= bar.maximum() - 2
        self.frames.append(frames)
        if following and self.frame_table.isVisible():
            self.frame_table.scrollToBottom()
        self._show_log_count()

    # --- filters -----------------------------------------------------------------------------

    def set_filter(self, block: str | None, text: str = "") -> None:
        """Show the registers of ``block`` (None: every block) whose name matches ``text``."""
        self.block = block
        if block in self.block_buttons and not self.block_buttons[block].isChecked():
            self.block_buttons[block].setChecked(True)
        if self.name_field.text() != text:
            self.name_field.setText(text)  # (comes back here with the same filter)
        self.model.set_filter(block, text)
        self.select_register(self.selected.name if self.selected else None)
        self._show_count()

    def _show_count(self) -> None:
        shown, total = len(self.model.shown), len(self.model.registers)
        text = self.tr("%1 of %2 registers").replace("%1", str(shown)).replace("%2", str(total))
        if self.link_state in (LinkState.LOST, LinkState.CONNECTING):
            text += " · " + self.tr("link %1: the values are the last ones read").replace(
                "%1", label(self.link_state))
        self.count_label.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A tap on the name field brings the keyboard (a keyboard on a cable types anyway)."""
        if watched is self.name_field and event.type() == QEvent.Type.MouseButtonRelease:
            self.show_keyboard(True)
        return super().eventFilter(watched, event)

    def show_keyboard(self, shown: bool) -> None:
        """The keyboard for the name filter, in the room of the block buttons and the detail.

        What gives way goes first, and the layouts take it in before the other comes: with
        both at once the page would be taller than the screen, and its window would grow."""
        # the count and the write's reason too: the page fits the 1280x800 panel at 149 DPI
        # with the maintenance banner (the table keeps a row or more, filtered as typed)
        room = [self.blocks_area, self.detail, self.count_label, self.reason]
        going = room if shown else [self.keyboard_panel, self.keyboard_close]
        coming = [self.keyboard_panel, self.keyboard_close] if shown else room
        for w in going:
            w.setVisible(False)
        # typing a name: the name, address and value are what is looked for; the other
        # columns come back with the room
        for col in (RegisterModel.BLOCK, RegisterModel.ACCESS, RegisterModel.RAW,
                    RegisterModel.BITS):
            self.table.setColumnHidden(col, shown)
        # inside out: the stacks' room as their page has it now, then the layouts around them
        for stack in (self.side, self.views):
            stack.updateGeometry()
        for widget in (self.views.currentWidget(), self):
            widget.layout().invalidate()
            widget.layout().activate()
        for w in coming:
            w.setVisible(True)
        self._keep_selection_in_view()

    def _name_key(self, key: str) -> None:
        if key == ENTER:
            self.show_keyboard(False)
            return
        self.name_field.setText(apply_key(self.name_field.text(), key, NAME_LIMIT))

    # --- selection and detail ----------------------------------------------------------------

    def _row_tapped(self, index: QModelIndex) -> None:
        name = index.data(RegisterModel.NAME_ROLE)
        if self.target is not None and (self.selected is None or name != self.selected.name):
            self.cancel_write()  # another register: what was being written is dropped
        self.select_register(name)

    def select_register(self, name: str | None) -> None:
        """Select register ``name`` (None: none) and show its detail; selected in the table
        when the filter shows it."""
        i = self.model.index_of.get(name) if name else None
        self.selected = None if i is None else self.model.registers[i]
        row = self.model.row_of.get(i) if i is not None else None
        if row is None:
            self.table.clearSelection()
        else:
            self.table.selectRow(row)
        self._show_detail()
        self._show_access()
        self._keep_selection_in_view()

    def _keep_selection_in_view(self) -> None:
        """The selected row in the middle of the table (the detail's new lines, a keyboard
        opening, may take some of its room yet)."""
        i = self.model.index_of.get(self.selected.name) if self.selected else None
        row = self.model.row_of.get(i) if i is not None else None
        if row is not None:
            self.table.scrollTo(self.model.index(row, 0),
                                QAbstractItemView.ScrollHint.PositionAtCenter)

    def _show_detail(self) -> None:
        reg = self.selected
        if reg is None:
            self.detail.setText(self.tr("Tap a register to see it in full."))
            return
        i = self.model.index_of[reg.name]
        value = self.model.texts(i)[0]
        words = self.model.words(reg)
        head = f"{reg.name} · {reg.address}" + (f"-{reg.end - 1}" if reg.length > 1 else "") \
            + f" · {reg.type.value} · {reg.access.value}"
        if reg.unit:
            head += " · " + self.tr("unit %1").replace("%1", reg.unit)
        if reg.scale != 1:
            head += " · " + self.tr("scale %1").replace("%1", f"{reg.scale:g}")
        if reg.minimum is not None or reg.maximum is not None:
            head += " · " + self.tr("range %1").replace("%1", self._range(reg))
        parts = [f"{head}: {say(R.described(reg))}"]
        shown = value
        if words is not None:
            shown += " · " + self.tr("raw %1").replace("%1", raw_text(words, 12)) + (
                f" = {words[0]}" if len(words) == 1 else "")
        at = getattr(self.link, "words_at", {}).get(reg.address)
        if at is not None:
            shown += " · " + self.tr("read at %1").replace(
                "%1", local.time_of_day(at))
        parts.append(shown)
        words = self.model.words(reg)
        if reg.enum is not None and issubclass(reg.enum, IntFlag):
            raw_value = words[0] if words else 0
            bits = [self.tr("bit %1 %2: %3").replace("%1", str(bit)).replace("%2", name)
                    .replace("%3", self.tr("set") if on else self.tr("clear"))
                    for bit, name, on in flag_bits(reg.enum, raw_value)]
            parts.append(" · ".join(bits))
        elif reg.enum is not None:
            parts.append(self.tr("Values: %1").replace(
                "%1", ", ".join(f"{m.value} {m.name}" for m in reg.enum)))
        self.detail.setText("\n".join(parts))

    @staticmethod
    def _range(reg: R.Register) -> str:
        def edge(v: float | None) -> str:
            return "" if v is None else number_text(reg, v).removesuffix(f" {reg.unit}")

        text = f"{edge(reg.minimum)}..{edge(reg.maximum)}"
        return f"{text} {reg.unit}" if reg.unit else text

    # --- who may write -----------------------------------------------------------------------

    def set_access(self, role: Role, actor: str) -> None:
        """Who is signed in now (the session's role and actor)."""
        self.role, self.actor = role, actor
        self._show_access()
        if not self.may_write() and self.target is not None:
            self.cancel_write()

    def may_write(self) -> bool:
        return self.role >= Role.SUPERVISOR and self.mode is StationMode.MAINTENANCE

    def write_refusal(self, reg: R.Register | None = None) -> str:
        """Why ``reg`` (the selected register) cannot be written now, in words; "" if it can."""
        reg = reg or self.selected
        if not self.may_write():
            why = []
            if self.role < Role.SUPERVISOR:
                why.append(self.tr("signed in as %1").replace(
                    "%1", QCoreApplication.translate("StatusStrip", ROLE_TEXT[self.role])
                    .lower()))  # tr: ROLE_TEXT
            if self.mode is not StationMode.MAINTENANCE:
                why.append(self.tr("the station is in %1 mode").replace(
                    "%1", label(self.mode).lower()) if self.mode is not None
                    else self.tr("the station's mode is not known"))
            return self.tr("Writing needs a supervisor in maintenance mode: %1.").replace(
                "%1", "; ".join(why))
        if self.link_state in (LinkState.LOST, LinkState.CONNECTING):
            return _t(REFUSALS[mon.Refusal.LINK_DOWN])
        if reg is None:
            return self.tr("Tap a register marked RW to write it.")
        check = mon.check_write(self.model.rmap, reg.name, 0)
        if check.refusal in (mon.Refusal.READ_ONLY, mon.Refusal.HANDSHAKE, mon.Refusal.TEXT,
                             mon.Refusal.UNKNOWN_REGISTER):
            return self.refusal_text(check.refusal, reg, "")
        return ""

    def _show_access(self) -> None:
        why = self.write_refusal()
        self.write_button.setEnabled(not why)
        if why:
            self.reason.setText(why)
        elif self.selected is not None and self.target is None:
            self.reason.setText(self.tr("%1 can be written: tap Write… to enter its new value.")
                                .replace("%1", self.selected.name))

    def refusal_text(self, refusal: mon.Refusal | None, reg: R.Register, typed: str) -> str:
        """A refusal in words: %1 the register, %2 the value typed, %3 the limit."""
        if refusal is None:
            return ""
        limit = ""
        if refusal is mon.Refusal.BELOW_MINIMUM and reg.minimum is not None:
            limit = number_text(reg, reg.minimum)
        elif refusal is mon.Refusal.ABOVE_MAXIMUM and reg.maximum is not None:
            limit = number_text(reg, reg.maximum)
        elif refusal is mon.Refusal.NOT_A_STEP:
            limit = number_text(reg, reg.scale)
        elif refusal is mon.Refusal.NOT_A_MEMBER and reg.enum is not None:
            limit = ", ".join(f"{m.value} {m.name}" for m in reg.enum)
        elif refusal is mon.Refusal.OUT_OF_TYPE:
            limit = reg.type.value
        return _t(REFUSALS[refusal]).replace("%1", reg.name).replace("%2", typed) \
            .replace("%3", limit)

    # --- writing -----------------------------------------------------------------------------

    def open_write(self) -> None:
        """Enter a new value for the selected register (when it may be written now)."""
        why = self.write_refusal()
        if why or self.selected is None:
            self.reason.setText(why)
            return
        self.show_keyboard(False)
        self.target = self.selected
        self.entry = ""
        reg = self.target
        title = self.tr("New value for %1").replace("%1", reg.name)
        if reg.unit:
            title += f" ({reg.unit})"
        if reg.minimum is not None or reg.maximum is not None:
            title += "\n" + self.tr("range %1").replace("%1", self._range(reg))
        self.entry_title.setText(title)
        self._show_entry()
        self.side.setCurrentIndex(1)
        self.reason.setText(self.tr("Type the new value, then Check."))

    def _value_key(self, key: str) -> None:
        self.entry = apply_key(self.entry, key, VALUE_LIMIT)
        self._show_entry()

    def enter_value(self, text: str) -> None:
        """Put ``text`` in the value being written (as typed on the keys)."""
        self.entry = text[:VALUE_LIMIT]
        self._show_entry()

    def _show_entry(self) -> None:
        self.entry_field.setText(self.entry or " ")

    def check_value(self) -> bool:
        """Check the value typed against the map: the confirmation, or why not (nothing sent)."""
        reg = self.target
        if reg is None:
            return False
        why = self.write_refusal(reg)
        if why:
            self.reason.setText(why)
            return False
        check = mon.check_write(self.model.rmap, reg.name, self.entry)
        if not check.ok:
            self.reason.setText(self.refusal_text(check.refusal, reg, self.entry or "?"))
            return False
        new = words_text(reg, check.words)
        words = self.model.words(reg)
        old = (self.tr("%1 (raw %2)").replace("%1", self.model.texts(
            self.model.index_of[reg.name])[0]).replace("%2", raw_text(words))
            if words is not None else self.tr("not read yet (it is read just before writing)"))
        self.confirm_text.setText(
            self.tr("Write %1 at address %2?\nOld value: %3\nNew value: %4 (raw %5)")
            .replace("%1", reg.name).replace("%2", str(reg.address)).replace("%3", old)
            .replace("%4", new).replace("%5", raw_text(check.words)))
        self.side.setCurrentIndex(2)
        self.reason.setText(self.tr("Check the old and the new value, then Write it."))
        return True

    def confirm_write(self) -> mon.RegisterWrite | None:
        """Send the confirmed write (if it may still be written): its outcome is audited."""
        reg = self.target
        if reg is None:
            return None
        why = self.write_refusal(reg)
        check = mon.check_write(self.model.rmap, reg.name, self.entry)
        if why or not check.ok:
            self.reason.setText(why or self.refusal_text(check.refusal, reg, self.entry))
            self.cancel_write(keep_reason=True)
            return None
        value = reg.decode(list(check.words))
        assert isinstance(value, int | float)
        request = self.link.write_register(reg.name, value)
        self.pending[request.request_id] = (reg, request, self.actor, self.role.name)
        self.target = None
        self.side.setCurrentIndex(0)
        self.reason.setText(self.tr("Writing %1 = %2…").replace("%1", reg.name).replace(
            "%2", words_text(reg, check.words)))
        return request

    def cancel_write(self, keep_reason: bool = False) -> None:
        self.target = None
        self.entry = ""
        self.side.setCurrentIndex(0)
        if not keep_reason:
            self.reason.setText("")
            self._show_access()

    def _written(self, outcome: mon.WriteOutcome) -> None:
        mine = self.pending.pop(outcome.request.request_id, None)
        if mine is None:
            return  # another screen's write
        reg, request, actor, role = mine
        self.last_outcome = outcome

        def decoded(words: tuple[int, ...] | None) -> Any:
            return None if words is None else reg.decode(list(words))

        detail: dict[str, Any] = {
            "register": reg.name, "address": reg.address,
            "old": decoded(outcome.old), "new": request.value,
            "outcome": outcome.kind.value, "raw_old": list(outcome.old or ()) or None,
            "raw_new": list(outcome.written), "read_back": decoded(outcome.read_back),
        }
        if outcome.exception is not None:
            detail["exception"] = outcome.exception
        if outcome.refusal is not None:
            detail["refusal"] = outcome.refusal.value
        audited = self.journal.audit(AuditEntry(actor, role, "register write", detail))
        text = self.outcome_text(reg, outcome)
        if audited.done() and audited.exception() is not None:
            text += " " + self.tr("(Not recorded: the journal is not available.)")
        self.reason.setText(text)
        self._show_detail()

    def outcome_text(self, reg: R.Register, outcome: mon.WriteOutcome) -> str:
        kind = outcome.kind
        name = reg.name
        if kind is mon.WriteKind.WRITTEN:
            back = outcome.read_back
            if back is None:
                return self.tr("%1 written; reading it back failed.").replace("%1", name)
            value = words_text(reg, back)
            if back != outcome.written:
                return self.tr("%1 written, but the controller now reads %2.").replace(
                    "%1", name).replace("%2", value)
            return self.tr("%1 written: it reads %2 now.").replace("%1", name).replace(
                "%2", value)
        if kind is mon.WriteKind.REFUSED:
            return self.refusal_text(outcome.refusal, reg, str(outcome.request.value))
        if kind is mon.WriteKind.EXCEPTION:
            return self.tr("The controller refused the write with exception %1: nothing "
                           "was written.").replace("%1", exception_text(outcome.exception or 0))
        if kind is mon.WriteKind.TIMEOUT:
            return self.tr("No answer to the write of %1: it may or may not have been "
                           "written. Check its value before writing again.").replace("%1", name)
        return self.tr("The answer to the write of %1 was damaged or the line went: it may "
                       "or may not have been written. Check its value.").replace("%1", name)

    # --- the frame log -----------------------------------------------------------------------

    def set_frame_log(self, on: bool) -> None:
        """Log every frame on the line (on) or stop logging."""
        self.link.set_frame_log(on)
        self._show_log_switch()

    def clear_frame_log(self) -> None:
        """Forget the frames logged so far (here and in the link's ring: a page opened later
        does not bring them back)."""
        self.frames.clear()
        ring = getattr(self.link, "frame_log", None)
        if ring is not None:
            ring.clear()
        self._show_log_count()

    def _show_log_switch(self) -> None:
        on = bool(getattr(self.link, "frame_log_on", False))
        self.log_switch.setChecked(on)
        self.log_switch.setText(self.tr("Frame log: ON (tap to stop)") if on
                                else self.tr("Frame log: OFF (tap to start)"))
        self._show_log_count()

    def _show_log_count(self) -> None:
        self.log_count.setText(self.tr("%1 frames shown; the last %2 are kept.")
                               .replace("%1", str(len(self.frames.frames)))
                               .replace("%2", str(mon.MAX_FRAMES)))
