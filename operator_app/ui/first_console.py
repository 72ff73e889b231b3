"""The first live console: one window that renders what the link worker reports.

A renderer only: it takes snapshots, link events and link health, and shows
them. No register is read here and no decision is made here.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from operator_app import __version__
from operator_app.domain import station as st
from operator_app.domain.snapshot import (
    ControllerIdentity,
    LinkState,
    SlotSnapshot,
    StationSnapshot,
)
from operator_app.domain.words import fault_phrase
from operator_app.services.link_worker import LinkEvent, LinkHealth
from operator_app.storage.journal import StorageState, StorageStatus
from operator_app.ui import local
from operator_app.ui.station_panel import say
from operator_app.ui.texts import alarm_name, alarm_text, label
from operator_app.ui.widgets import WrappedLabel

SLOT_COLUMNS = 6


class FirstConsole(QMainWindow):
    """Link, station state and rack, live."""

    def __init__(self, link_description: str, simulated: bool) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Swap station console %1").replace("%1", __version__))
        self.resize(1280, 800)
        central = QWidget(self)
        self.setCentralWidget(central)
        root = QVBoxLayout(central)

        self.banner = QLabel(self.tr("SIMULATION: this console is connected to the simulated "
                                     "station, not to real equipment"))
        self.banner.setObjectName("simulationBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setStyleSheet(
            "background:#1f4e99; color:white; font-weight:bold; padding:10px;"
            "border:3px dashed white;")
        self.banner.setVisible(simulated)
        root.addWidget(self.banner)

        top = QVBoxLayout()  # one above the other: side by side they were wider than 1280 px
        root.addLayout(top)
        link_box = QGroupBox(self.tr("Link to the station controller"))
        link_form = QFormLayout(link_box)
        self.link_target = WrappedLabel(link_description)
        self.link_state = WrappedLabel(label(LinkState.CONNECTING))
        self.link_state.setObjectName("linkState")
        self.controller_hb = WrappedLabel("-")
        self.controller_hb.setObjectName("controllerHeartbeat")
        self.console_hb = WrappedLabel("-")
        self.console_hb.setObjectName("consoleHeartbeat")
        self.link_stats = WrappedLabel("-")
        self.snapshot_age = WrappedLabel("-")
        link_form.addRow(self.tr("Line"), self.link_target)
        link_form.addRow(self.tr("State"), self.link_state)
        link_form.addRow(self.tr("Controller heartbeat"), self.controller_hb)
        link_form.addRow(self.tr("Console heartbeat"), self.console_hb)
        link_form.addRow(self.tr("Round trip"), self.link_stats)
        link_form.addRow(self.tr("Last update"), self.snapshot_age)
        self.storage = WrappedLabel("-")
        self.storage.setObjectName("journalState")
        self.storage.setWordWrap(True)
        link_form.addRow(self.tr("Journal"), self.storage)
        top.addWidget(link_box, 1)

        sync_box = QGroupBox(self.tr("Fleet sync"))
        sync_box.setObjectName("syncBox")
        self.sync_form = QFormLayout(sync_box)
        self.sync_rows: dict[str, WrappedLabel] = {}
        top.addWidget(sync_box, 1)

        station_box = QGroupBox(self.tr("Station"))
        form = QFormLayout(station_box)
        self.mode = WrappedLabel("-")
        self.state = WrappedLabel("-")
        self.state.setObjectName("stationState")
        self.step = WrappedLabel("-")
        self.step.setObjectName("stationStep")
        self.step_timer = WrappedLabel("-")
        self.bay = WrappedLabel("-")
        self.bay.setObjectName("bay")
        self.faults = WrappedLabel("-")
        form.addRow(self.tr("Mode"), self.mode)
        form.addRow(self.tr("State"), self.state)
        form.addRow(self.tr("Step"), self.step)
        form.addRow(self.tr("Step timer"), self.step_timer)
        form.addRow(self.tr("Bay"), self.bay)
        form.addRow(self.tr("Active faults"), self.faults)
        self.alarms = WrappedLabel(self.tr("no alarms"))
        self.alarms.setObjectName("alarms")
        self.alarms.setWordWrap(True)
        form.addRow(self.tr("Alarms"), self.alarms)
        top.addWidget(station_box, 1)
        for w in (self.state, self.link_state, self.step):
            w.setStyleSheet("font-weight: bold;")
        # a long value wraps (and gets its wrapped height), it never widens the page; the
        # row names stay on one line each

        rack_box = QGroupBox(self.tr("Rack"))
        rack_layout = QVBoxLayout(rack_box)
        self.rack = QTableWidget(0, SLOT_COLUMNS)
        self.rack.setObjectName("rack")
        self.rack.setHorizontalHeaderLabels([
            self.tr("Slot"), self.tr("Pack code"), self.tr("Type"), self.tr("SoC"),
            self.tr("State"), self.tr("Max temp."),
        ])
        self.rack.verticalHeader().setVisible(False)
        self.rack.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rack.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rack_layout.addWidget(self.rack)
        self.rack.setMinimumHeight(9 * self.rack.verticalHeader().defaultSectionSize())
        root.addWidget(rack_box, 3)

        events_box = QGroupBox(self.tr("Link events"))
        events_layout = QVBoxLayout(events_box)
        self.events = QListWidget()
        self.events.setObjectName("linkEvents")
        # an event's cause in full, on as many lines as it takes: never a sideways scroll
        self.events.setWordWrap(True)
        self.events.setResizeMode(QListView.ResizeMode.Adjust)
        self.events.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        events_layout.addWidget(self.events)
        root.addWidget(events_box, 1)
        self.stale = QLabel("")
        self.stale.setObjectName("staleNotice")
        self.stale.setStyleSheet("background:#f2c200; color:black; font-weight:bold; "
                                 "padding:8px;")
        self.stale.setVisible(False)
        root.insertWidget(1, self.stale)
        self._station_box, self._rack_box = station_box, rack_box
        self._last: StationSnapshot | None = None
        self._last_wall: float | None = None
        self._age_timer = QTimer(self)
        self._age_timer.timeout.connect(self._show_age)
        self._age_timer.start(500)

    # --- rendering ----------------------------------------------------------------------

    @Slot(object)
    def show_snapshot(self, snap: StationSnapshot) -> None:
        self._last = snap
        self._last_wall = time.time()
        self._set_stale(False)
        s = snap.status
        self.controller_hb.setText(str(s.controller_heartbeat))
        self.console_hb.setText(str(s.console_heartbeat))
        self.mode.setText(label(s.mode))
        self.state.setText(label(s.state))
        step = label(s.step)
        if s.block_count:
            step += "  " + self.tr("block %1 of %2").replace("%1", str(s.block_index)).replace(
                "%2", str(s.block_count))
        self.step.setText(step)
        if s.step and s.step_elapsed is not None:
            self.step_timer.setText(self.tr("%1 s of %2 s expected")
                                    .replace("%1", local.number(s.step_elapsed, 1))
                                    .replace("%2", local.number(s.step_expected or 0)))
        else:
            self.step_timer.setText("-")
        b = snap.bay
        if b.vehicle_present:
            self.bay.setText(self.tr("%1: %2, offsets %3 mm / %4 mm")
                             .replace("%1", b.plate or self.tr("unknown plate"))
                             .replace("%2", label(b.positioning_result))
                             .replace("%3", _num(b.longitudinal_offset))
                             .replace("%4", _num(b.lateral_offset)))
        else:
            self.bay.setText(self.tr("empty"))
        # in words, with the code a technician looks up in the register map
        self.faults.setText("; ".join(
            f"{say(fault_phrase(f))} ({f.name if isinstance(f, st.FaultCode) else int(f)})"
            for f in s.faults) or "-")
        self._show_slots(snap.slots)

    def _show_slots(self, slots: tuple[SlotSnapshot, ...]) -> None:
        if self.rack.rowCount() != len(slots):
            self.rack.setRowCount(len(slots))
        for row, slot in enumerate(slots):
            cells = (
                str(slot.slot),
                slot.pack_code or "-",
                label(slot.pack_type) if slot.occupied else "-",
                local.percent(slot.soc, 1) if slot.soc is not None else (
                    "-" if not slot.occupied else self.tr("invalid")),
                label(slot.state),
                f"{local.number(slot.temp_max, 1)} °C" if slot.temp_max is not None else "-",
            )
            for col, text in enumerate(cells):
                item = self.rack.item(row, col)
                if item is None:
                    item = QTableWidgetItem()
                    self.rack.setItem(row, col, item)
                if item.text() != text:
                    item.setText(text)

    @Slot(object)
    def show_identity(self, identity: ControllerIdentity) -> None:
        """Show the SIMULATION banner whenever the controller is the simulator, however reached."""
        if identity.vendor.startswith(st.SIMULATOR_VENDOR_PREFIX):
            self.banner.setVisible(True)

    @Slot(object)
    def show_link_event(self, event: LinkEvent) -> None:
        self.link_state.setText(label(event.state))
        if event.state in (LinkState.LOST, LinkState.CONNECTING):
            self._set_stale(True)
        stamp = local.time_of_day(event.at)
        self.events.insertItem(0, f"{stamp}  {label(event.state)}  {say(event.words())}")
        self.events.scrollToTop()  # the newest is on top: in sight, whatever was scrolled
        while self.events.count() > 200:
            self.events.takeItem(self.events.count() - 1)

    @Slot(object)
    def show_health(self, health: LinkHealth) -> None:
        if health.rtt_median is None:
            self.link_stats.setText("-")
            return
        self.link_stats.setText(
            self.tr("median %1 ms, p99 %2 ms, %3 transactions, %4 timeouts, %5 CRC errors")
            .replace("%1", local.number(health.rtt_median * 1000, 1))
            .replace("%2", local.number((health.rtt_p99 or 0) * 1000, 1))
            .replace("%3", str(health.transactions))
            .replace("%4", str(health.timeouts))
            .replace("%5", str(health.crc_errors)))

    def show_alarms(self, ordered: list, counts: dict) -> None:
        """The most important alarm with its action, and the counts (the banner comes later)."""
        if not ordered:
            self.alarms.setText(self.tr("no alarms"))
            self.alarms.setStyleSheet("")
            return
        top = ordered[0]
        high, medium, low = (counts[p] for p in sorted(counts))
        self.alarms.setText(
            self.tr("%1: %3 | high %4, medium %5, low %6")
            .replace("%1", alarm_name(top.code, top.source))
            .replace("%3", alarm_text(top.definition.action)).replace("%4", str(high))
            .replace("%5", str(medium)).replace("%6", str(low)))
        self.alarms.setStyleSheet("background:#f2c200; color:black; font-weight:bold;")

    @Slot(object)
    def show_storage(self, status: StorageStatus) -> None:
        """The journal's health: abnormal states in words and colour, never hidden."""
        texts = {StorageState.OK: self.tr("recording"),
                 StorageState.DISK_FULL: self.tr("DISK FULL"),
                 StorageState.FAILED: self.tr("NOT RECORDING")}
        text = texts[status.state]
        if status.state is not StorageState.OK or "aside" in status.message:
            text += ": " + status.message
        self.storage.setText(text)
        abnormal = status.state is not StorageState.OK or "aside" in status.message
        self.storage.setStyleSheet("background:#f2c200; color:black; font-weight:bold;"
                                   if abnormal else "")

    @Slot(object)
    def show_sync(self, status) -> None:
        """The fleet sync (a SyncStatus): broker, state, what waits and since when, what was
        sent, the last success, and why it is not sending when it is not."""
        from operator_app.sync.uploader import SyncState
        from operator_app.ui.sync_texts import details

        rows = details(status)
        names = [name for name, _ in rows]
        for key, label_ in self.sync_rows.items():  # a row no longer said is hidden
            visible = key in names
            label_.setVisible(visible)
            self.sync_form.labelForField(label_).setVisible(visible)
        for name, value in rows:
            key = name
            label_ = self.sync_rows.get(key)
            if label_ is None:
                label_ = WrappedLabel("")
                label_.setWordWrap(True)
                label_.setObjectName(f"sync{len(self.sync_rows)}")
                self.sync_rows[key] = label_
                self.sync_form.addRow(name, label_)
            label_.setText(value)
        why = self.sync_rows.get(names[-1]) if status.message else None
        refused = status.state is SyncState.REFUSED
        if why is not None:
            why.setStyleSheet("background:#c8a2c8; color:black; font-weight:bold;"
                              if refused else "")

    def _set_stale(self, stale: bool) -> None:
        """Grey out what the link no longer confirms: never show old values as current."""
        self._station_box.setEnabled(not stale)
        self._rack_box.setEnabled(not stale)
        self.stale.setVisible(stale)
        self._show_age()

    def _show_age(self) -> None:
        if self._last_wall is None:
            self.snapshot_age.setText(self.tr("no data yet"))
            if self.stale.isVisible():
                self.stale.setText(self.tr("No data from the station controller yet"))
            return
        age = time.time() - self._last_wall
        stamp = local.time_of_day(self._last_wall)
        self.snapshot_age.setText(self.tr("%1 s ago (poll %2)").replace("%1", local.number(age, 1))
                                  .replace("%2", str(self._last.sequence if self._last else 0)))
        if self.stale.isVisible():
            self.stale.setText(self.tr("STALE: the values below are from %1, %2 s ago; the "
                                       "link to the controller is down")
                               .replace("%1", stamp).replace("%2", local.number(age)))

    def slot_text(self, slot: int, column: int) -> str:
        """The text shown for ``slot`` (1-based) in ``column``; for tests and screenshots."""
        item = self.rack.item(slot - 1, column)
        return item.text() if item else ""


def _num(v: float | None) -> str:
    return "-" if v is None else local.signed(v)
