"""Vehicle identification: plate on the touch keyboard, a scanner that types, the day's list.

The plate field takes a keyboard-wedge QR/RFID reader as well (it types the code
and Enter). The list holds the registered vehicles: the one the bay camera reads
first, then those not yet swapped today, then those already swapped (with the
time). Tapping a row identifies that vehicle. A refusal says why in words.

A vehicle already swapped today (typed, scanned or tapped) is not identified at
the first tap: the page says when it was swapped, and a second tap identifies it.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from operator_app.domain.vehicles import ENTRY_MAX, PLATE_MAX, IdMethod, Vehicle, plate_key
from operator_app.domain.words import Phrase
from operator_app.ui import local
from operator_app.ui.station_panel import say
from operator_app.ui.texts import label
from operator_app.ui.theme import PRIMARY_TARGET_MM, mm_to_px
from operator_app.ui.touch_keyboard import ENTER, PlateKeyboard, apply_key
from operator_app.ui.widgets import Page, RowsMixin, button, kinetic

ModelIndex = QModelIndex | QPersistentModelIndex


def entry_key(text: str) -> str:
    """A typed or listed plate as the registry compares it: NFC, upper case, no spaces or
    hyphens."""
    return plate_key(unicodedata.normalize("NFC", text).strip().upper())


def clock(when: str) -> str:
    """A journal time (ISO 8601) as the station's "HH:MM"; a text that is not one, as it is."""
    try:
        return local.time_of_day(when, seconds=False)
    except ValueError:
        return when


class ExpectedModel(RowsMixin, QAbstractListModel):
    """The vehicles expected today, one row each."""

    PLATE_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, str]] = []  # (plate, text)
        self.swapped: dict[str, tuple[str, str]] = {}  # plate key -> (plate, "HH:MM")
        self.swapped_tags: dict[str, tuple[str, str]] = {}  # tag -> (plate, "HH:MM")

    def set_vehicles(self, vehicles: list[Vehicle], swapped: dict[str, str],
                     in_bay: str = "") -> None:
        """``swapped``: plate -> ISO time of its swap today; ``in_bay``: the camera's plate."""
        bay = plate_key(in_bay) if in_bay else ""
        by_key = {plate_key(p): t for p, t in swapped.items()}
        self.swapped = {entry_key(p): (p, clock(t)) for p, t in swapped.items()}
        self.swapped_tags = {tag.strip().upper(): self.swapped[entry_key(v.plate)]
                             for v in vehicles if entry_key(v.plate) in self.swapped
                             for tag in v.tags}

        def order(v: Vehicle) -> tuple:
            k = plate_key(v.plate)
            return (k != bay, k in by_key, v.fleet, v.plate)

        rows = []
        for v in sorted(vehicles, key=order):
            k = plate_key(v.plate)
            what = self.tr("%1, %2: %3 x %4").replace("%1", v.fleet).replace("%2", v.model) \
                .replace("%3", str(v.blocks)).replace("%4", label(v.pack_type))
            if k == bay and k in by_key:
                note = self.tr("in the bay now, swapped today at %1").replace(
                    "%1", clock(by_key[k]))
            elif k == bay:
                note = self.tr("in the bay now")
            elif k in by_key:
                note = self.tr("swapped today at %1").replace("%1", clock(by_key[k]))
            else:
                note = self.tr("expected")
            rows.append((v.plate, f"{v.plate}   {what}   ({note})"))
        self.set_rows(rows)

    def swapped_at(self, text: str) -> tuple[str, str] | None:
        """(plate, "HH:MM") when the plate or tag in ``text`` names a vehicle swapped today."""
        raw = unicodedata.normalize("NFC", text).strip().upper()
        if not raw:
            return None
        return self.swapped.get(entry_key(raw)) or self.swapped_tags.get(raw)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][1]
        if role == self.PLATE_ROLE:
            return self.rows[index.row()][0]
        return None


class IdentifyPage(Page):
    """Emits ``identify(text, method)``; the swap service decides and answers."""

    identify = Signal(str, object)

    def __init__(self, dpi: float) -> None:
        super().__init__(self.tr("Identify the vehicle"), dpi, "identifyPage")
        size = mm_to_px(PRIMARY_TARGET_MM, dpi)
        self.field = QLineEdit()
        self.field.setObjectName("identifyField")
        self.field.setMaxLength(ENTRY_MAX)
        self.field.setMinimumHeight(size)
        self.field.setPlaceholderText(self.tr("Plate (2-12 letters and digits), or scan"))
        self.ok_button = button(self.tr("Identify"), "identifyOk", dpi, role="mandatory",
                                wide=2)
        self.list_button = button(self.tr("Expected today"), "toggleExpected", dpi, wide=2)
        self.list_button.setCheckable(True)
        self.title.setVisible(False)  # the field says what the page is for
        self.head.addWidget(self.field, 1)
        self.head.addWidget(self.ok_button)
        self.head.addWidget(self.list_button)
        self.message = QLabel(self.ready_text())
        self.message.setObjectName("identifyMessage")
        self.message.setWordWrap(True)
        # a vehicle swapped today is said in the message's place, in bold, before it is
        # identified (one line: five rows of keys and the head leave room for no more)
        self.warned = False
        self._confirmed = ""  # the plate key of the swapped vehicle a second tap identifies
        self.body.addWidget(self.message)
        row = QHBoxLayout()
        self.keyboard = PlateKeyboard(dpi)
        row.addWidget(self.keyboard, 0, Qt.AlignmentFlag.AlignTop)
        self.side = QWidget()
        self.side.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        right = QVBoxLayout(self.side)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(QLabel(self.tr("Expected today (tap to identify)")))
        self.model = ExpectedModel()
        self.list = QListView()
        self.list.setObjectName("expectedList")
        self.list.setModel(self.model)
        self.list.setSpacing(4)
        # a long row is shortened with "…", the list never scrolls sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setStyleSheet(f"QListView::item {{ min-height: {size}px; }}")
        kinetic(self.list)
        right.addWidget(self.list, 1)
        row.addWidget(self.side, 1)
        self.body.addLayout(row, 1)
        # the head, the message and the five rows of keys take all the height there is under
        # both banners: a script with taller lines (Thai) needs these few pixels back
        self.layout().setSpacing(4)
        self.body.setSpacing(4)
        self.keyboard.typed.connect(self._key)
        self.ok_button.clicked.connect(self._submit)
        self.field.returnPressed.connect(self._submit)  # a wedge reader ends with Enter
        self.list.clicked.connect(self._pick)
        self.list_button.toggled.connect(self._arrange)
        self.field.textChanged.connect(self._check_recent)
        self.model.modelReset.connect(self._check_recent)
        self._arrange()

    def ready_text(self) -> str:
        return self.tr("Type the plate, scan the vehicle's code, or tap it in the list.")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def narrow(self) -> bool:
        """Too narrow for the keyboard and the list side by side."""
        return self.width() < self.keyboard.sizeHint().width() + 300

    def _arrange(self, *_args: object) -> None:
        """Side by side when there is room; else the list replaces the keyboard on request."""
        if self.narrow():
            self.list_button.setVisible(True)
            show_list = self.list_button.isChecked()
            self.keyboard.setVisible(not show_list)
            self.side.setVisible(show_list)
        else:
            self.list_button.setVisible(False)
            self.keyboard.setVisible(True)
            self.side.setVisible(True)

    def _key(self, key: str) -> None:
        if key == ENTER:
            self._submit()
            return
        self.field.setText(apply_key(self.field.text(), key, PLATE_MAX + 4))

    def _check_recent(self, *_args: object) -> None:
        """Warn as soon as the field names a vehicle swapped today; the warning goes when the
        field names another."""
        hit = self.model.swapped_at(self.field.text())
        if self._confirmed and (hit is None or entry_key(hit[0]) != self._confirmed):
            self._confirmed = ""  # another plate: its own first tap again
            self.ok_button.setText(self.tr("Identify"))
        if hit is not None:
            plate, when = hit
            self._say(self.tr("%1 was swapped at %2 today: check before swapping again")
                      .replace("%1", plate).replace("%2", when), warn=True)
        elif self.warned:
            self._say(self.ready_text())

    def _say(self, text: str, warn: bool = False) -> None:
        self.message.setText(text)
        if warn != self.warned:
            self.warned = warn
            self.message.setStyleSheet("font-weight: bold;" if warn else "")

    def _submit(self) -> None:
        text = self.field.text().strip()
        if not text:
            self._say(self.tr("Type the plate first, or tap a vehicle in the list."))
            return
        hit = self.model.swapped_at(text)
        if hit is not None and entry_key(hit[0]) != self._confirmed:
            # the first tap only warns (the page would be gone before the warning was read);
            # the next, on Identify anyway, OK or the vehicle's row, identifies it
            self._check_recent()
            self._confirmed = entry_key(hit[0])
            self.ok_button.setText(self.tr("Identify anyway"))
            return
        method = IdMethod.TAG if ":" in text else IdMethod.PLATE_ENTRY
        self.identify.emit(text, method)

    def _pick(self, index: QModelIndex) -> None:
        plate = self.model.data(index, ExpectedModel.PLATE_ROLE)
        if plate:
            self.field.setText(plate)
            self._submit()

    def refused(self, reason: str | Phrase) -> None:
        self._say(self.tr("Not identified: %1").replace("%1", say(reason)))

    def reset(self) -> None:
        self.field.clear()
        self._confirmed = ""
        self.ok_button.setText(self.tr("Identify"))
        self._say(self.ready_text())
