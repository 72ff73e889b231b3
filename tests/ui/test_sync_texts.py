"""The sync line of the status bar, in each state, and its colour only when a person must act."""

from __future__ import annotations

import time

from operator_app.storage.journal import iso
from operator_app.sync.uploader import SyncState, SyncStatus
from operator_app.ui.status_strip import StatusStrip
from operator_app.ui.sync_texts import details, status_line


def test_each_state_in_words(qtbot) -> None:
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))  # numbers as the chosen language writes them
    try:
        _each_state(time.time())
    finally:
        QLocale.setDefault(before)


def _each_state(now: float) -> None:
    old = iso(now - 3 * 3600)
    assert status_line(SyncStatus(SyncState.NOT_SET_UP)) == "Sync: not set up"
    assert status_line(SyncStatus(SyncState.ONLINE, unsent=1234), now) == \
        "Sync: sending, 1,234 queued"
    assert status_line(SyncStatus(SyncState.OFFLINE, unsent=1234, oldest_unsent=old), now) == \
        "Sync: offline, 1,234 queued, oldest 3.0 h"
    assert status_line(SyncStatus(SyncState.OFFLINE), now) == "Sync: offline, nothing waiting"
    assert status_line(SyncStatus(SyncState.REFUSED, unsent=5), now) == "Sync: REFUSED, 5 queued"
    last = iso(now)
    assert status_line(SyncStatus(SyncState.ONLINE, last_success=last), now) == \
        f"Sync: up to date, last {time.strftime('%H:%M:%S', time.localtime(now))}"
    rows = dict(details(SyncStatus(SyncState.OFFLINE, "mqtt://h:1", "X", unsent=3,
                                   oldest_unsent=iso(now - 2 * 86400), message="why"), now))
    assert rows["Waiting"] == "3 records, the oldest written 2.0 d ago"
    assert rows["Why"] == "why" and rows["Last success"] == "never"


def test_colour_only_when_refused(qtbot) -> None:
    strip = StatusStrip("Bay", 96.0)
    qtbot.addWidget(strip)
    strip.show_sync(SyncStatus(SyncState.OFFLINE, unsent=9, oldest_unsent=iso(time.time())))
    assert strip.sync.styleSheet() == ""
    strip.show_sync(SyncStatus(SyncState.REFUSED, unsent=9))
    assert "background" in strip.sync.styleSheet()
    strip.show_sync(SyncStatus(SyncState.ONLINE))
    assert strip.sync.styleSheet() == ""
