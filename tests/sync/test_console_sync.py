"""The fleet sync in the running console: a swap reaches the fleet, the status bar and the
station details page say how the queue stands, alarms at the limits, and what the fleet
pushes down (the vehicle registry, a pack blocklist) is applied and audited."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from operator_app.simulator.fleet import FLEET
from operator_app.storage.journal import Journal
from operator_app.sync.settings import SyncSettings
from operator_app.sync.uploader import SyncState
from operator_app.ui.main_window import MainWindow, WindowOptions
from tests.people import people_session
from tests.sync.broker import Mosquitto, free_port
from tests.sync.helpers import Receiver

STATION = "PH-MNL-03"
pytestmark = pytest.mark.timeout(120)


def window(qtbot, made) -> MainWindow:
    w = MainWindow(made.services, people_session(made.journal.port),
                   WindowOptions(station_name="Test bay", station_id=STATION, dpi=96.0,
                                 simulated=True, plates=[v.plate for v in FLEET], slots=8))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    return w


def fleet_rows(out: Path, sql: str) -> list[tuple]:
    path = out / f"{STATION}.sqlite"
    if not path.exists():
        return []
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    except sqlite3.OperationalError:
        return []
    finally:
        conn.close()


def test_a_swap_reaches_the_fleet_and_the_status_bar_says_up_to_date(
        qtbot, stack, broker: Mosquitto, tmp_path: Path) -> None:
    with Receiver(broker.url, tmp_path / "fleet") as rx:
        made = stack(sync=(SyncSettings(broker=broker.url), STATION))
        w = window(qtbot, made)
        qtbot.waitUntil(lambda: made.sync.status.state is SyncState.ONLINE, timeout=10000)
        made.start_swap()
        qtbot.waitUntil(lambda: bool(fleet_rows(
            rx.out, "SELECT 1 FROM records WHERE kind = 'swap' AND json_extract(body, "
            "'$.result') = 'completed'")), timeout=60000)
        qtbot.waitUntil(lambda: made.sync.status.unsent == 0, timeout=10000)
        qtbot.waitUntil(lambda: "Sync: up to date, last" in w.strip.sync.full,
                        timeout=5000)
        w.show_page(w.details_page)
        rows = {w.details.sync_form.labelForField(v).text(): v.text()
                for v in w.details.sync_rows.values() if v.isVisible()}
        assert rows["Broker"] == broker.url and rows["Station id"] == STATION
        assert rows["State"] == "online" and rows["Waiting"] == "nothing"
        assert int(rows["Sent"].replace(",", "")) == made.sync.status.sent > 0
        w.close()


def test_offline_the_queue_grows_and_drains_on_screen_when_the_broker_returns(
        qtbot, stack, tmp_path: Path) -> None:
    b = Mosquitto(tmp_path / "broker", port=free_port())
    made = stack(sync=(SyncSettings(broker=b.url, backoff_max_s=1.0), STATION))
    w = window(qtbot, made)
    try:
        qtbot.waitUntil(lambda: made.sync.status.state is SyncState.OFFLINE, timeout=10000)
        for i in range(20):
            made.journal.writer.call(Journal.append_event, "pad", {"i": i})
        qtbot.waitUntil(lambda: made.sync.status.unsent >= 20, timeout=10000)
        qtbot.waitUntil(lambda: "Sync: offline, " in w.strip.sync.full
                        and " queued, oldest " in w.strip.sync.full, timeout=5000)
        w.show_page(w.details_page)
        why = [v.text() for v in w.details.sync_rows.values() if v.isVisible()]
        assert any("cannot reach" in t and "records wait in the outbox" in t for t in why)
        b.start()
        qtbot.waitUntil(lambda: made.sync.status.unsent == 0, timeout=30000)
        qtbot.waitUntil(lambda: "Sync: up to date" in w.strip.sync.full, timeout=5000)
    finally:
        w.close()
        b.stop()


def test_refused_credentials_raise_an_alarm_and_say_why(qtbot, stack, tmp_path: Path) -> None:
    b = Mosquitto(tmp_path / "broker", users={"station": "right"}).start()
    made = stack(sync=(SyncSettings(broker=b.url, username="station", password="wrong",
                                    backoff_max_s=1.0), STATION))
    w = window(qtbot, made)
    try:
        qtbot.waitUntil(lambda: made.alarm("SYNC_REFUSED") is not None, timeout=15000)
        assert "Sync: REFUSED" in w.strip.sync.full
        assert "credentials" in made.sync.status.message
        # it keeps trying, and stays refused: the alarm is raised once, never cleared between
        tries = made.sync.uploader.counters
        qtbot.wait(3000)
        changes = made.rows("SELECT t.to_state FROM alarm_transitions t JOIN alarms a ON "
                            "a.id = t.alarm_id WHERE a.code = 'SYNC_REFUSED'")
        assert changes == [("active unacknowledged",)], changes
        assert "Sync: REFUSED" in w.strip.sync.full and tries.connects == 0
        # a try that gets no answer at all (the broker gone, or too busy to answer) proves
        # nothing about the credentials: still refused, the alarm neither cleared nor raised
        b.stop()
        qtbot.wait(3000)
        assert made.sync.status.state.name == "REFUSED"
        assert "credentials" in made.sync.status.message
        assert made.rows("SELECT t.to_state FROM alarm_transitions t JOIN alarms a ON "
                         "a.id = t.alarm_id WHERE a.code = 'SYNC_REFUSED'") == changes
    finally:
        w.close()
        b.stop()


def test_records_older_than_the_limit_raise_sync_down(qtbot, stack, tmp_path: Path) -> None:
    from operator_app.storage.db import open_journal
    from operator_app.storage.journal import JournalWriter

    open_journal(tmp_path)[0].close()  # the journal the stack opens, a record 2 h old in it
    old = JournalWriter(tmp_path / "journal.sqlite", clock=lambda: time.time() - 2 * 3600)
    old.start().call(Journal.append_event, "old", {}).result(10)
    old.close()
    made = stack(sync=(SyncSettings(broker=f"mqtt://127.0.0.1:{free_port()}", max_age_h=1.0,
                                    backoff_max_s=1.0), STATION))
    qtbot.waitUntil(lambda: made.alarm("SYNC_DOWN") is not None, timeout=15000)
    assert made.alarm("SYNC_BACKLOG_FULL") is None


def test_the_outbox_over_its_budget_raises_sync_backlog_full(qtbot, stack,
                                                             tmp_path: Path) -> None:
    made = stack(sync=(SyncSettings(broker=f"mqtt://127.0.0.1:{free_port()}", budget_mb=1.0,
                                    backoff_max_s=1.0), STATION))
    for i in range(12):
        done = made.journal.writer.call(Journal.append_event, "big", {"i": i, "x": "z" * 100_000})
    done.result(10)
    made.sync.uploader._last_sized = -1e9  # read the size now, not in 30 s
    qtbot.waitUntil(lambda: made.alarm("SYNC_BACKLOG_FULL") is not None, timeout=15000)
    assert made.sync.status.unsent_bytes > 1e6


def test_a_station_without_an_id_does_not_sync_and_says_so(qtbot, stack,
                                                           broker: Mosquitto) -> None:
    made = stack(sync=(SyncSettings(broker=broker.url), ""))
    assert made.sync.status.state is SyncState.REFUSED
    assert "no station_id is set" in made.sync.status.message
    qtbot.waitUntil(lambda: made.alarm("SYNC_REFUSED") is not None, timeout=5000)


def test_the_fleet_pushes_a_vehicle_and_a_blocklist_down(qtbot, stack, broker: Mosquitto,
                                                         tmp_path: Path) -> None:
    vehicles = [{"plate": "NEW 42", "fleet": "MetroBus", "model": "E12", "pack_type": "A_171KWH",
                 "blocks": 2, "tags": ["qr:new42"]},
                {"plate": "BAD 1", "fleet": "X", "pack_type": "NOPE", "blocks": 1}]
    # the registry is pushed before the station connects (retained): it gets it on connect
    subprocess.run(["mosquitto_pub", "-p", str(broker.port), "-t",
                    f"stations/{STATION}/config/vehicles", "-m", json.dumps(vehicles), "-r",
                    "-q", "1"], check=True)
    made = stack(sync=(SyncSettings(broker=broker.url), STATION))
    qtbot.waitUntil(lambda: made.sync.status.state is SyncState.ONLINE, timeout=10000)
    qtbot.waitUntil(lambda: made.link.last_snapshot is not None and any(
        s.pack_code for s in made.link.last_snapshot.slots), timeout=10000)
    code = next(s.pack_code for s in made.link.last_snapshot.slots if s.pack_code)
    for name, value in (("pack_blocklist", [{"code": code, "reason": "recall 2026-17"}]),):
        subprocess.run(["mosquitto_pub", "-p", str(broker.port), "-t",
                        f"stations/{STATION}/config/{name}", "-m", json.dumps(value), "-r",
                        "-q", "1"], check=True)
    qtbot.waitUntil(lambda: code in made.services.packs.quarantined, timeout=10000)
    from operator_app.domain.vehicles import IdMethod

    found = made.swaps.registry.identify("NEW 42", IdMethod.PLATE_ENTRY)
    assert getattr(found, "vehicle", None) is not None and found.vehicle.fleet == "MetroBus"
    qtbot.waitUntil(lambda: len(made.rows("SELECT 1 FROM audit WHERE actor = 'fleet'")) >= 3,
                    timeout=10000)
    audits = {a: json.loads(d) for a, d in made.rows(
        "SELECT action, detail FROM audit WHERE actor = 'fleet'")}
    assert audits["fleet vehicles"]["applied"] == ["NEW 42"]
    assert "BAD 1" in audits["fleet vehicles"]["refused"][0]
    assert audits["pack quarantine"]["fleet"] == "recall 2026-17"
    assert made.rows(f"SELECT quarantine_reason FROM packs WHERE code = '{code}'") == [
        ("Blocked by the fleet",)]
    assert made.rows("SELECT plate FROM vehicles WHERE plate = 'NEW 42'") == [("NEW 42",)]


def test_not_set_up_the_screen_still_says_what_waits(qtbot, stack) -> None:
    """A station with no broker (a USB stick station) still sees its queue."""
    made = stack(sync=(SyncSettings(), STATION))
    w = window(qtbot, made)
    try:
        made.journal.writer.call(Journal.append_event, "x", {}).result(10)
        made.sync._poll()
        assert made.sync.status.state is SyncState.NOT_SET_UP
        assert made.sync.status.unsent > 0 and made.sync.status.oldest_unsent
        assert w.strip.sync.full == "Sync: not set up"
        w.show_page(w.details_page)
        rows = {w.details.sync_form.labelForField(v).text(): v.text()
                for v in w.details.sync_rows.values() if v.isVisible()}
        assert rows["Waiting"].endswith("ago") and rows["Station id"] == STATION
    finally:
        w.close()


def test_a_broker_url_that_cannot_be_used_is_refused_not_not_set_up(qtbot, stack,
                                                                    tmp_path: Path) -> None:
    from operator_app.config import load_config

    cfg = tmp_path / "console.toml"
    cfg.write_text(f'station_id = "{STATION}"\n[sync]\nbroker = "tcp://127.0.0.1:1883"\n')
    settings = load_config(cfg).sync
    assert not settings.enabled and "wants mqtt://HOST:PORT" in settings.problem
    made = stack(sync=(settings, STATION))
    w = window(qtbot, made)
    try:
        assert made.sync.status.state is SyncState.REFUSED
        assert w.strip.sync.full.startswith("Sync: REFUSED")
        qtbot.waitUntil(lambda: made.alarm("SYNC_REFUSED") is not None, timeout=5000)
    finally:
        w.close()
