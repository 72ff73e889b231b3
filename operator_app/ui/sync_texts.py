"""The fleet sync in words, for the status bar and the station details page."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication as Q

from operator_app.sync.outbox import age_s
from operator_app.sync.uploader import SyncState, SyncStatus
from operator_app.ui import local


def count(n: float) -> str:
    return local.number(int(n))


def age_text(seconds: float | None) -> str:
    """3 min, 5.0 h, 2.5 d (the oldest waiting record's age)."""
    if seconds is None:
        return "-"
    if seconds < 3600:
        minutes = max(1, round(seconds / 60))
        return Q.translate("Sync", "%1 min").replace("%1", local.number(minutes))
    if seconds < 86400:
        return Q.translate("Sync", "%1 h").replace("%1", local.number(seconds / 3600, 1))
    return Q.translate("Sync", "%1 d").replace("%1", local.number(seconds / 86400, 1))


def clock_text(ts: str | None) -> str:
    """A journal time (UTC ISO) as the station's local time (24-hour), with the date when it
    is not today."""
    if not ts:
        return Q.translate("Sync", "never")
    try:
        if local.is_today(ts):
            return local.time_of_day(ts)
        return local.date_time(ts)
    except ValueError:
        return ts


def status_line(status: SyncStatus, now: float | None = None) -> str:
    """One short line for the status bar."""
    now = time.time() if now is None else now
    n = status.unsent
    queued = Q.translate("Sync", "%1 queued").replace("%1", count(n))
    s = status.state
    if s is SyncState.NOT_SET_UP:
        return Q.translate("Sync", "Sync: not set up")
    if s is SyncState.REFUSED:
        return Q.translate("Sync", "Sync: REFUSED, %1").replace("%1", queued)
    if s is SyncState.STOPPED:
        return Q.translate("Sync", "Sync: stopped, %1").replace("%1", queued)
    if s is SyncState.ONLINE:
        if n == 0:
            return Q.translate("Sync", "Sync: up to date, last %1").replace(
                "%1", clock_text(status.last_success))
        return Q.translate("Sync", "Sync: sending, %1").replace("%1", queued)
    if s is SyncState.CONNECTING:
        return Q.translate("Sync", "Sync: connecting, %1").replace("%1", queued)
    if n == 0:
        return Q.translate("Sync", "Sync: offline, nothing waiting")
    oldest = age_text(age_s(status.oldest_unsent, now))
    return Q.translate("Sync", "Sync: offline, %1, oldest %2").replace("%1", queued).replace(
        "%2", oldest)


def state_text(state: SyncState) -> str:
    return {SyncState.NOT_SET_UP: Q.translate("Sync", "not set up"),
            SyncState.CONNECTING: Q.translate("Sync", "connecting"),
            SyncState.ONLINE: Q.translate("Sync", "online"),
            SyncState.OFFLINE: Q.translate("Sync", "offline"),
            SyncState.REFUSED: Q.translate("Sync", "REFUSED"),
            SyncState.STOPPED: Q.translate("Sync", "stopped")}[state]


def details(status: SyncStatus, now: float | None = None) -> list[tuple[str, str]]:
    """Rows for the station details page: (name, value)."""
    now = time.time() if now is None else now
    if status.unsent:
        waiting = Q.translate("Sync", "%1 records, the oldest written %2 ago").replace(
            "%1", count(status.unsent)).replace("%2", age_text(age_s(status.oldest_unsent,
                                                                      now)))
    else:
        waiting = Q.translate("Sync", "nothing")
    broker = status.broker or Q.translate("Sync", "not set up ([sync] broker in console.toml)")
    rows = [(Q.translate("Sync", "Broker"), broker),
            (Q.translate("Sync", "Station id"), status.station_id or "-"),
            (Q.translate("Sync", "State"), state_text(status.state)),
            (Q.translate("Sync", "Waiting"), waiting),
            (Q.translate("Sync", "Sent"), count(status.sent)),
            (Q.translate("Sync", "Last success"), clock_text(status.last_success))]
    if status.unsent_bytes:
        rows.append((Q.translate("Sync", "Waiting size"), Q.translate("Sync", "%1 MB").replace(
            "%1", local.number(status.unsent_bytes / 1e6, 1))))
    if status.rate >= 1 and status.state is SyncState.ONLINE and status.unsent:
        rows.append((Q.translate("Sync", "Rate"), Q.translate("Sync", "%1 records/s").replace(
            "%1", count(round(status.rate)))))
    if status.held:
        rows.append((Q.translate("Sync", "Held back"), Q.translate(
            "Sync", "%1 records the broker refused or cannot take").replace("%1",
                                                                        count(status.held))))
    if status.state is SyncState.NOT_SET_UP:  # the one reason said here, not by a broker
        rows.append((Q.translate("Sync", "Why"), Q.translate(
            "Sync", "not set up: set [sync] broker in console.toml to send the journal to "
                    "the fleet")))
    elif status.message:
        rows.append((Q.translate("Sync", "Why"), status.message))
    return rows
