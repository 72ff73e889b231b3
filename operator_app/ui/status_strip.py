"""The status bar along the bottom: station, clock, link with heartbeat, journal, sync, role,
language, theme; and the ways to the pages that are not the main screen."""

from __future__ import annotations

import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from operator_app.domain.roles import Role
from operator_app.domain.snapshot import LinkState, StationSnapshot
from operator_app.services.link_worker import LinkEvent
from operator_app.storage.journal import StorageState, StorageStatus
from operator_app.ui import local
from operator_app.ui.texts import label
from operator_app.ui.theme import DAY, Palette, mm_to_px
from operator_app.ui.widgets import ElidedLabel, button

ROLE_TEXT = {Role.OPERATOR: QT_TRANSLATE_NOOP("StatusStrip", "Operator"),
             Role.TECHNICIAN: QT_TRANSLATE_NOOP("StatusStrip", "Technician"),
             Role.SUPERVISOR: QT_TRANSLATE_NOOP("StatusStrip", "Supervisor")}


class StatusStrip(QFrame):
    def __init__(self, station_name: str, dpi: float, palette: Palette = DAY,
                 kiosk: bool = False) -> None:
        super().__init__()
        self.setObjectName("statusStrip")
        self.palette_ = palette
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        self.station = ElidedLabel(station_name)
        self.station.setObjectName("stationName")
        self.station.setStyleSheet("font-weight: bold;")
        self.clock = ElidedLabel("", whole=True)
        self.clock.setObjectName("clock")
        self.link = ElidedLabel(self.tr("Link: connecting"))
        self.link.setObjectName("statusLink")
        self.journal = ElidedLabel(self.tr("Journal: starting"))
        self.journal.setObjectName("statusJournal")
        self.sync = ElidedLabel(self.tr("Sync: not set up"))
        self.sync.setObjectName("statusSync")
        # two lines of text: link and journal first (what an operator must see), then sync,
        # station and clock. A text with less room than it needs is shortened with "…" (the
        # details page says it all); it never widens the window
        lines = QVBoxLayout()
        lines.setSpacing(0)
        first, second = QHBoxLayout(), QHBoxLayout()
        for line in (first, second):
            line.setSpacing(mm_to_px(3, dpi))
        for line, items in ((first, (self.link, self.journal)),
                            (second, (self.sync, self.station, self.clock))):
            for w in items:
                line.addWidget(w)
            line.addStretch(1)
            lines.addLayout(line)
        row.addLayout(lines, 1)
        self.details_button = button(self.tr("Station details"), "openDetails", dpi,
                                     primary=False)
        self.role_button = button("", "roleButton", dpi, primary=False)
        # a technician's or supervisor's way to the maintenance page, only while signed in
        self.maintenance_button = button(self.tr("Maintenance"), "openMaintenance", dpi,
                                         primary=False)
        self.maintenance_button.setVisible(False)
        self.language_button = button("", "languageButton", dpi, primary=False)
        self.theme_button = button("", "themeButton", dpi, primary=False)
        self.exit_button = button(self.tr("Close console"), "exitButton", dpi, primary=False)
        self.exit_button.setVisible(kiosk)
        for b in (self.details_button, self.maintenance_button, self.role_button,
                  self.language_button,
                  self.theme_button, self.exit_button):
            row.addWidget(b)
        self._beat = 0
        self._last_heartbeat: int | None = None
        self._link_state = LinkState.CONNECTING
        self._sync_status = None
        self._sync_sheet = ""
        self._tick = QTimer(self)
        self._tick.timeout.connect(self._show_clock)
        self._tick.start(1000)
        self._show_clock()
        self.show_role(Role.OPERATOR)

    def _show_clock(self) -> None:
        self.clock.set_full(local.time_of_day(time.time()))  # the station's time zone
        if self._sync_status is not None and self._sync_status.unsent:
            self.show_sync(self._sync_status)  # the oldest record's age moves on

    def show_role(self, role: Role, name: str = "") -> None:
        self.maintenance_button.setVisible(role >= Role.TECHNICIAN)
        text = self.tr(ROLE_TEXT[role])  # tr: ROLE_TEXT
        if name:  # two lines: the name, then the role and what a tap does
            text = self.tr("%1\n%2").replace("%1", name).replace("%2", text)
        if not name and role is Role.OPERATOR:
            self.role_button.setText(self.tr("%1 · sign in").replace("%1", text))
        else:
            self.role_button.setText(self.tr("%1 · sign out").replace("%1", text))

    def show_language(self, name: str) -> None:
        self.language_button.setText(self.tr("Language: %1").replace("%1", name))

    def show_theme(self, theme: str) -> None:
        self.theme_button.setText(self.tr("Night theme") if theme == "day"
                                  else self.tr("Day theme"))

    def show_snapshot(self, snap: StationSnapshot) -> None:
        hb = snap.status.controller_heartbeat
        if hb != self._last_heartbeat:
            self._last_heartbeat = hb
            self._beat ^= 1
        self._show_link()

    def show_link_event(self, event: LinkEvent) -> None:
        self._link_state = event.state
        self._show_link()
        self._style_link()

    def _show_link(self) -> None:
        heart = "♥" if self._beat else "♡"
        text = self.tr("Link: %1").replace("%1", label(self._link_state))
        if self._last_heartbeat is not None and self._link_state is not LinkState.LOST:
            text += f"  {heart} {self._last_heartbeat}"
        self.link.set_full(text)

    def _style_link(self) -> None:
        """The link's colour: only when its state or the theme changes (a style sheet is
        costly to apply, and snapshots arrive ten times a second)."""
        p = self.palette_
        abnormal = {LinkState.LOST: (p.alarm_high, "white"),
                    LinkState.DEGRADED: (p.alarm_medium, "black")}.get(self._link_state)
        self.link.restyle(f"background: {abnormal[0]}; color: {abnormal[1]}; "
                          "font-weight: bold; padding: 2px 6px;" if abnormal else "")

    def show_storage(self, status: StorageStatus) -> None:
        texts = {StorageState.OK: self.tr("Journal: recording"),
                 StorageState.DISK_FULL: self.tr("Journal: DISK FULL, writing into its reserve"),
                 StorageState.FAILED: self.tr("Journal: NOT RECORDING")}
        text = texts[status.state]
        if status.held_in_memory:  # records the disk has no room for: said with their count
            text = self.tr("Journal: DISK FULL, %n record(s) not yet written", "",
                           status.held_in_memory)
        if status.spilled:
            text += " " + self.tr("(%n in the spill file)", "", status.spilled)
        self.journal.set_full(text)
        p = self.palette_
        bad = status.state is not StorageState.OK
        self.journal.restyle(f"background: {p.alarm_medium}; color: black; "
                             "font-weight: bold; padding: 2px 6px;" if bad else "")

    def show_sync(self, status) -> None:
        """The fleet sync (a SyncStatus): the queue and how old its oldest record is; in
        colour only when a person must act (the broker refuses, or an alarm's limit)."""
        from operator_app.sync.uploader import SyncState
        from operator_app.ui.sync_texts import status_line

        self._sync_status = status
        self.sync.set_full(status_line(status))
        sheet = (f"background: {self.palette_.alarm_low}; color: black; font-weight: bold; "
                 "padding: 2px 6px;" if status.state is SyncState.REFUSED else "")
        if sheet != self._sync_sheet:  # a style sheet is costly: only when it changes
            self._sync_sheet = sheet
            self.sync.restyle(sheet)

    def set_palette(self, palette: Palette) -> None:
        self.palette_ = palette
        self._style_link()
        if self._sync_status is not None:
            self._sync_sheet = None  # the new palette's colour
            self.show_sync(self._sync_status)
