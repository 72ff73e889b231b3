"""The uploader against a real Mosquitto: every record once, whatever the network does."""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import threading
import time
from pathlib import Path

import pytest

from operator_app.storage.journal import Journal
from operator_app.sync.contract import ENVELOPE, KINDS, status_topic
from operator_app.sync.settings import SyncSettings
from operator_app.sync.uploader import SyncState, Uploader
from tests.sync.broker import Mosquitto, free_port
from tests.sync.helpers import (
    Receiver,
    fleet_gaps,
    fleet_uuids,
    journal_uuids,
    open_writer,
    write_mixed,
)
from tests.sync.relay import Relay

STATION = "HK-TKO-01"
pytestmark = pytest.mark.timeout(180)


class Clock:
    def __init__(self, t: float = 1.8e9) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


def uploader(writer, url: str, statuses: list | None = None, **settings) -> Uploader:
    seen = statuses if statuses is not None else []
    return Uploader(writer.path, SyncSettings(**{"broker": url, "backoff_max_s": 1.0,
                                                 **settings}),
                    STATION, lambda ids: writer.call(Journal.mark_sent, ids),
                    online=writer.journal.online, on_status=seen.append, version="test",
                    hold=lambda: writer.call(Journal.hold_sent, "broker"))


def wait(cond, timeout: float = 30.0, step: float = 0.05) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(step)
    return cond()


def unsent(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM outbox WHERE sent_at IS NULL").fetchone()[0]
    finally:
        conn.close()


def assert_fleet_holds_the_journal(writer, out: Path) -> None:
    mine = journal_uuids(writer.path)
    theirs = fleet_uuids(out, STATION)
    assert set(mine) == set(theirs)
    for kind in mine:
        assert mine[kind] == theirs[kind], kind
    assert fleet_gaps(out, STATION) == []
    assert unsent(writer.path) == 0


def test_every_kind_of_record_reaches_the_fleet_once_with_no_gap(tmp_path: Path,
                                                                 broker: Mosquitto) -> None:
    writer = open_writer(tmp_path / "data")
    try:
        write_mixed(writer, 40)
        kinds = set(journal_uuids(writer.path))
        assert kinds == set(KINDS)  # the helper writes every kind the contract names
        with Receiver(broker.url, tmp_path / "fleet") as rx:
            up = uploader(writer, broker.url)
            assert up.drain(20)
            total = sum(len(v) for v in journal_uuids(writer.path).values())
            assert rx.wait_for(STATION, total) == total
        assert_fleet_holds_the_journal(writer, tmp_path / "fleet")
        assert up.status.sent == total and up.status.unsent == 0
        # a persistent session: clean start off (mosquitto logs c0), MQTT 5 (p5)
        assert f"as station-{STATION} (p5, c0," in broker.log()
        # every outbox row marked sent is sealed as it now stands: the journal verifies
        from operator_app.storage.inspect import verify

        writer.flush()
        report = verify(writer.path, b"k" * 32)
        assert report.ok, report.lines
    finally:
        writer.close()


def test_a_week_offline_then_the_broker_comes_back(tmp_path: Path) -> None:
    """The broker is down when the console starts and for a simulated week of records; the
    status says offline with the queue growing, the records say offline; when it comes back
    the queue drains to zero and the fleet holds every record once."""
    port = free_port()
    b = Mosquitto(tmp_path / "broker", port=port)
    clock = Clock()
    writer = open_writer(tmp_path / "data", clock=clock)
    statuses: list = []
    up = uploader(writer, b.url, statuses).start()
    try:
        def tick(t: float) -> None:
            clock.t = t

        write_mixed(writer, 7 * 24, start=clock.t, every_s=3600, tick=tick)  # hourly, a week
        assert wait(lambda: statuses and statuses[-1].state == SyncState.OFFLINE)
        assert wait(lambda: statuses[-1].unsent > 7 * 24 * 10)
        assert "cannot reach" in statuses[-1].message
        assert statuses[-1].oldest_unsent.startswith("2027-01-15")  # a week ago, in the journal
        b.start()
        with Receiver(b.url, tmp_path / "fleet") as rx:
            assert wait(lambda: unsent(writer.path) == 0, 60)
            total = sum(len(v) for v in journal_uuids(writer.path).values())
            assert rx.wait_for(STATION, total) == total
            assert wait(lambda: statuses[-1].state == SyncState.ONLINE
                        and statuses[-1].unsent == 0)
        assert_fleet_holds_the_journal(writer, tmp_path / "fleet")
        conn = sqlite3.connect(tmp_path / "fleet" / f"{STATION}.sqlite")
        offline = dict(conn.execute("SELECT offline, count(*) FROM records GROUP BY offline"))
        conn.close()
        assert offline.get(1) == total and 0 not in offline  # all written while it was down
        # written now, while connected: not offline
        writer.call(Journal.append_event, "after", {}).result(10)
        assert wait(lambda: unsent(writer.path) == 0)
    finally:
        up.stop()
        writer.close()
        b.stop()


def test_the_broker_restarted_three_times_mid_drain(tmp_path: Path) -> None:
    b = Mosquitto(tmp_path / "broker").start()
    writer = open_writer(tmp_path / "data")
    try:
        write_mixed(writer, 400)  # about 4,900 records, 1.5 MB
        total = sum(len(v) for v in journal_uuids(writer.path).values())
        with Receiver(b.url, tmp_path / "fleet", client_id="fleet-restarts") as rx:
            up = uploader(writer, b.url, bandwidth_kbps=1000).start()  # ~12 s to drain
            try:
                for _ in range(3):
                    before = unsent(writer.path)
                    assert wait(lambda before=before: unsent(writer.path) < before - 500)
                    b.restart()  # persistence on: the receiver's session survives
                assert wait(lambda: unsent(writer.path) == 0, 90)
                assert up.counters.connects >= 4
            finally:
                up.stop()
            assert wait(lambda: rx.count(STATION) >= total, 60)
        assert_fleet_holds_the_journal(writer, tmp_path / "fleet")
    finally:
        writer.close()
        b.stop()


def test_the_connection_cut_at_random_points(tmp_path: Path, broker: Mosquitto) -> None:
    relay = Relay(broker.port)
    writer = open_writer(tmp_path / "data")
    rnd = random.Random(16)
    try:
        write_mixed(writer, 300)
        total = sum(len(v) for v in journal_uuids(writer.path).values())
        with Receiver(broker.url, tmp_path / "fleet") as rx:
            up = uploader(writer, relay.url, bandwidth_kbps=1000).start()  # ~9 s to drain
            try:
                while unsent(writer.path) and relay.cuts < 8:
                    time.sleep(rnd.uniform(0.05, 0.6))
                    relay.cut()
                assert wait(lambda: unsent(writer.path) == 0, 90)
            finally:
                up.stop()
            assert rx.wait_for(STATION, total, 60) >= total
        assert relay.cuts >= 3 and up.counters.disconnects >= 3
        assert_fleet_holds_the_journal(writer, tmp_path / "fleet")
    finally:
        relay.close()
        writer.close()


def test_a_broker_that_refuses_the_credentials(tmp_path: Path) -> None:
    b = Mosquitto(tmp_path / "broker", users={"station": "right"}).start()
    writer = open_writer(tmp_path / "data")
    statuses: list = []
    try:
        write_mixed(writer, 3)
        up = uploader(writer, b.url, statuses, username="station", password="wrong")
        assert not up.drain(3)
        refused = [s for s in statuses if s.state == SyncState.REFUSED]
        assert refused and "refused the station's credentials" in refused[-1].message
        assert "username and password" in refused[-1].message
        assert unsent(writer.path) == sum(len(v) for v in journal_uuids(writer.path).values())
        assert uploader(writer, b.url, username="station", password="right").drain(10)
        assert unsent(writer.path) == 0
    finally:
        writer.close()
        b.stop()


def test_a_topic_the_acl_refuses_stays_unsent_and_goes_once_allowed(tmp_path: Path) -> None:
    acl = (f"user station\ntopic write stations/{STATION}/status\n"
           f"topic write stations/{STATION}/records/event\n"
           f"topic write stations/{STATION}/records/swap\n")
    b = Mosquitto(tmp_path / "broker", users={"station": "pw"}, acl=acl).start()
    writer = open_writer(tmp_path / "data")
    statuses: list = []
    try:
        write_mixed(writer, 5)
        up = uploader(writer, b.url, statuses, username="station", password="pw")
        assert not up.drain(3)  # what it may send goes; the rest waits
        mine = journal_uuids(writer.path)
        refused = sum(len(v) for k, v in mine.items() if k not in ("event", "swap"))
        assert unsent(writer.path) == refused
        assert any("refused records of kind" in s.message and "ACL" in s.message
                   for s in statuses)
        b.stop()
        (b.dir / "acl").write_text(f"user station\ntopic write stations/{STATION}/#\n")
        b.start()
        assert uploader(writer, b.url, username="station", password="pw").drain(10)
        assert unsent(writer.path) == 0
    finally:
        writer.close()
        b.stop()


def test_a_record_larger_than_the_broker_accepts_waits_and_the_rest_go(tmp_path: Path) -> None:
    b = Mosquitto(tmp_path / "broker", max_packet_size=4000).start()
    writer = open_writer(tmp_path / "data")
    statuses: list = []
    try:
        writer.call(Journal.append_event, "small", {"x": 1}).result(10)
        writer.call(Journal.append_event, "big", {"x": "y" * 6000}).result(10)
        writer.call(Journal.append_event, "small", {"x": 2}).result(10)
        up = uploader(writer, b.url, statuses)
        assert not up.drain(2)
        assert unsent(writer.path) == 1
        assert any("larger than the broker accepts (4000 bytes)" in s.message for s in statuses)
        assert "sync export" in statuses[-2].message or any(
            "sync export" in s.message for s in statuses)
    finally:
        writer.close()
        b.stop()


def test_status_is_retained_and_the_last_will_says_offline_at_once(tmp_path: Path,
                                                                   broker: Mosquitto) -> None:
    relay = Relay(broker.port)
    writer = open_writer(tmp_path / "data")
    up = uploader(writer, relay.url, keepalive_s=5).start()
    try:
        assert wait(lambda: up.status.state == SyncState.ONLINE)

        def retained() -> dict:
            out = subprocess.run(["mosquitto_sub", "-p", str(broker.port), "-t",
                                  status_topic(STATION), "-C", "1", "-W", "3"],
                                 capture_output=True, text=True)
            return json.loads(out.stdout) if out.stdout.strip() else {}

        assert retained()["state"] == "online"
        up._stop.set()  # the station vanishes: no DISCONNECT, the network just goes
        relay.close()
        up._thread.join(5)
        assert wait(lambda: retained().get("state") == "offline", 20)
        assert retained()["reason"] == "lost"
    finally:
        up.stop()
        writer.close()


def test_a_clean_stop_says_offline_stopped(tmp_path: Path, broker: Mosquitto) -> None:
    writer = open_writer(tmp_path / "data")
    up = uploader(writer, broker.url).start()
    try:
        assert wait(lambda: up.status.state == SyncState.ONLINE)
        up.stop()
        out = subprocess.run(["mosquitto_sub", "-p", str(broker.port), "-t",
                              status_topic(STATION), "-C", "1", "-W", "3"],
                             capture_output=True, text=True)
        got = json.loads(out.stdout)
        assert got["state"] == "offline" and got["reason"] == "stopped"
        assert got["station_id"] == STATION and got["unsent"] == 0
    finally:
        writer.close()


def test_an_independent_subscriber_sees_the_documented_topics_and_envelopes(
        tmp_path: Path, broker: Mosquitto) -> None:
    writer = open_writer(tmp_path / "data")
    try:
        write_mixed(writer, 2)
        total = sum(len(v) for v in journal_uuids(writer.path).values())
        sub = subprocess.Popen(["mosquitto_sub", "-p", str(broker.port), "-t",
                                f"stations/{STATION}/records/#", "-v", "-q", "1",
                                "-C", str(total), "-W", "20"],
                               stdout=subprocess.PIPE, text=True)
        time.sleep(0.5)  # subscribed
        assert uploader(writer, broker.url).drain(10)
        out, _ = sub.communicate(timeout=30)
        lines = out.splitlines()
        assert len(lines) == total
        seen = set()
        for line in lines:
            topic, _, payload = line.partition(" ")
            m = json.loads(payload)
            assert set(m) == {f.name for f in ENVELOPE}
            assert topic == f"stations/{STATION}/records/{m['kind']}"
            assert m["station_id"] == STATION and m["kind"] in KINDS
            fields = {f.name for f in KINDS[m["kind"]].fields}
            assert set(m["body"]) <= fields, (m["kind"], set(m["body"]) - fields)
            seen.add(m["kind"])
        assert seen == set(KINDS)
    finally:
        writer.close()


def test_records_written_while_connected_are_not_offline(tmp_path: Path,
                                                         broker: Mosquitto) -> None:
    writer = open_writer(tmp_path / "data")
    writer.call(Journal.append_event, "before", {}).result(10)
    up = uploader(writer, broker.url).start()
    try:
        assert wait(lambda: up.status.state == SyncState.ONLINE)
        writer.call(Journal.append_event, "during", {}).result(10)
        conn = sqlite3.connect(writer.path)
        flags = dict(conn.execute("SELECT kind, offline FROM events"))
        conn.close()
        assert flags == {"before": 1, "during": 0}
    finally:
        up.stop()
        writer.close()


def test_the_bandwidth_cap_holds(tmp_path: Path, broker: Mosquitto) -> None:
    writer = open_writer(tmp_path / "data")
    try:
        for i in range(60):
            writer.call(Journal.append_event, "pad", {"i": i, "x": "z" * 900}).result(10)
        up = uploader(writer, broker.url, bandwidth_kbps=160)  # 20 kB/s; ~60 kB to send
        t0 = time.monotonic()
        assert up.drain(20)
        assert time.monotonic() - t0 > 1.8  # no faster than the cap allows (after 1 s burst)
    finally:
        writer.close()


def test_nothing_is_sent_while_a_connection_is_never_made_and_stop_is_prompt(
        tmp_path: Path) -> None:
    writer = open_writer(tmp_path / "data")
    try:
        writer.call(Journal.append_event, "x", {}).result(10)
        up = uploader(writer, f"mqtt://127.0.0.1:{free_port()}").start()
        assert wait(lambda: up.status.state == SyncState.OFFLINE)
        t0 = time.monotonic()
        up.stop()
        assert time.monotonic() - t0 < 3 and not up._thread.is_alive()
        assert unsent(writer.path) == 1
    finally:
        writer.close()


def test_threads_do_not_leak(tmp_path: Path, broker: Mosquitto) -> None:
    writer = open_writer(tmp_path / "data")
    try:
        before = threading.active_count()
        for _ in range(3):
            up = uploader(writer, broker.url).start()
            assert wait(lambda up=up: up.status.state == SyncState.ONLINE)
            up.stop()
        assert threading.active_count() <= before
    finally:
        writer.close()


def test_mqtts_with_the_station_certificate(tmp_path: Path) -> None:
    from tests.sync.broker import make_certificates

    certs = make_certificates(tmp_path / "pki")
    b = Mosquitto(tmp_path / "broker", tls=certs).start()
    writer = open_writer(tmp_path / "data")
    statuses: list = []
    try:
        write_mixed(writer, 2)
        assert b.url.startswith("mqtts://")
        up = uploader(writer, b.url, statuses, ca_file=certs["ca"],
                      cert_file=certs["station_cert"], key_file=certs["station_key"])
        assert up.drain(10)
        assert unsent(writer.path) == 0
        # without the station's certificate the broker refuses the handshake: said, kept
        writer.call(Journal.append_event, "later", {}).result(10)
        up = uploader(writer, b.url, statuses, ca_file=certs["ca"])
        assert not up.drain(2)
        assert unsent(writer.path) == 1
        assert any("closed the connection before accepting it" in s.message
                   and "cert_file" in s.message for s in statuses), [s.message for s in statuses]
        # a CA file that does not exist is refused in words
        up = uploader(writer, b.url, statuses, ca_file=str(tmp_path / "nope.crt"))
        assert not up.drain(1)
        assert "TLS settings cannot be used" in statuses[-1].message or any(
            "TLS settings cannot be used" in s.message for s in statuses[-4:])
    finally:
        writer.close()
        b.stop()


def test_backoff_doubles_with_jitter_up_to_its_cap(tmp_path: Path) -> None:
    writer = open_writer(tmp_path / "data")
    try:
        up = uploader(writer, f"mqtt://127.0.0.1:{free_port()}", backoff_max_s=8.0)
        up._stop.set()  # no waiting: only the delays it draws
        delays = []
        for _ in range(8):
            up._wait_backoff(None)
            delays.append(up._backoff)
        # the base doubles 1, 2, 4, 8 and stays at the cap
        assert delays == [2.0, 4.0, 8.0, 8.0, 8.0, 8.0, 8.0, 8.0]
        drawn = []
        for _ in range(50):
            up._backoff = 8.0
            up._wait_backoff(None)
            drawn.append(up._drawn)
        assert min(drawn) >= 4.0 and max(drawn) <= 8.0 and len(set(drawn)) > 10  # jitter
    finally:
        writer.close()


def test_no_more_than_the_window_is_in_flight(tmp_path: Path, broker: Mosquitto) -> None:
    writer = open_writer(tmp_path / "data")
    try:
        write_mixed(writer, 20)
        up = uploader(writer, broker.url, window=3)
        seen = []
        fill = up._fill

        def watched() -> None:
            fill()
            seen.append(len(up._inflight))

        up._fill = watched
        assert up.drain(10)
        assert max(seen) == 3
    finally:
        writer.close()


def test_mqtt_3_1_1_where_the_broker_speaks_only_that(tmp_path: Path, broker: Mosquitto) -> None:
    writer = open_writer(tmp_path / "data")
    try:
        write_mixed(writer, 2)
        assert uploader(writer, broker.url, protocol="3.1.1").drain(10)
        assert unsent(writer.path) == 0
        assert f"as station-{STATION} (p2, c0," in broker.log()  # 3.1.1, persistent session
    finally:
        writer.close()


def test_an_idle_station_does_not_record_what_the_fleet_holds_again_and_again(
        tmp_path: Path, broker: Mosquitto) -> None:
    writer = open_writer(tmp_path / "data")
    try:
        write_mixed(writer, 1)
        for _ in range(3):  # three drains with nothing new between them
            assert uploader(writer, broker.url).drain(10)
        conn = sqlite3.connect(writer.path)
        held = conn.execute("SELECT count(*) FROM events WHERE kind = 'journal.held'"
                            ).fetchone()[0]
        conn.close()
        assert held == 1
    finally:
        writer.close()


def test_a_stored_row_spliced_is_the_envelope(tmp_path: Path) -> None:
    """The uploader sends the stored payload spliced in; it is the documented envelope."""
    from operator_app.sync.contract import encode_stored, envelope
    from operator_app.sync.outbox import unsent as read_unsent

    writer = open_writer(tmp_path / "data")
    try:
        write_mixed(writer, 3)
        writer.call(Journal.append_event, "note", {"text": "สวัสดี 澳門 \"q\" \\ \n"}).result(10)
        conn = sqlite3.connect(writer.path)
        entries = read_unsent(conn, 0, 10_000)
        conn.close()
        assert len(entries) > 30
        for e in entries:
            kind, raw = encode_stored(STATION, e.uuid, e.seq, e.ts, e.kind, e.payload,
                                      e.offline)
            want = envelope(STATION, e.uuid, e.seq, e.ts, e.kind, e.payload, e.offline)
            assert json.loads(raw) == want and kind == want["kind"]
    finally:
        writer.close()
