"""The reference consumer: what a fleet integrator reads first (``operator-app fleet``).

``receive`` subscribes to every station on a broker and keeps what arrives in one SQLite
file per station (``<out>/<station_id>.sqlite``), upserting by the envelope's UUID, and says
which numbers of each station's ``seq`` it does not hold yet. ``import_bundle`` does the
same from an export bundle (sync/bundle.py) carried on a USB stick. The tests hold the
console to what this module receives.
"""

from __future__ import annotations

import json
import logging
import re
import signal
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from operator_app.sync.contract import ROOT

log = logging.getLogger(__name__)

STATION_FILE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$")
SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    uuid TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    ts TEXT NOT NULL,
    offline INTEGER NOT NULL,
    body TEXT NOT NULL,                   -- JSON
    via TEXT NOT NULL,                    -- broker, or the bundle's manifest SHA-256
    received_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS records_seq ON records (seq);
CREATE INDEX IF NOT EXISTS records_kind ON records (kind, seq);
CREATE TABLE IF NOT EXISTS status (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    payload TEXT NOT NULL,
    received_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS bundles (
    manifest_sha256 TEXT PRIMARY KEY,
    previous TEXT,
    first_seq INTEGER, last_seq INTEGER,
    records INTEGER NOT NULL, new INTEGER NOT NULL,
    imported_at TEXT NOT NULL
);
"""


class FleetError(Exception):
    """Something the fleet side cannot accept, in words."""


def now_iso() -> str:
    import datetime as dt

    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


class FleetStore:
    """One SQLite file per station under ``out``."""

    def __init__(self, out: Path) -> None:
        self.out = out
        out.mkdir(parents=True, exist_ok=True)
        self._dbs: dict[str, sqlite3.Connection] = {}

    def db(self, station_id: str) -> sqlite3.Connection:
        if not STATION_FILE.match(station_id or ""):
            raise FleetError(f"station id {station_id!r} cannot name a file")
        conn = self._dbs.get(station_id)
        if conn is None:
            conn = sqlite3.connect(self.out / f"{station_id}.sqlite", isolation_level=None)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.executescript(SCHEMA)
            self._dbs[station_id] = conn
        return conn

    def put_many(self, messages: Iterable[dict[str, Any]], via: str = "broker") -> int:
        """Upsert envelopes by UUID (one transaction per station); returns how many were new.
        A message that is not an envelope raises FleetError before anything is written."""
        by_station: dict[str, list[tuple]] = {}
        at = now_iso()
        for m in messages:
            check_envelope(m)
            by_station.setdefault(m["station_id"], []).append(
                (m["uuid"], int(m["seq"]), m["kind"], m["ts"], int(bool(m["offline"])),
                 json.dumps(m["body"], separators=(",", ":"), ensure_ascii=False), via, at))
        new = 0
        for station, rows in by_station.items():
            conn = self.db(station)
            before = conn.total_changes
            conn.execute("BEGIN")
            conn.executemany("INSERT INTO records (uuid, seq, kind, ts, offline, body, via, "
                             "received_at) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(uuid) DO "
                             "NOTHING", rows)
            conn.execute("COMMIT")
            new += conn.total_changes - before
        return new

    def put_status(self, station_id: str, payload: str) -> None:
        self.db(station_id).execute("INSERT OR REPLACE INTO status (id, payload, received_at) "
                                    "VALUES (1, ?, ?)", [payload, now_iso()])

    def stations(self) -> list[str]:
        return sorted({p.stem for p in self.out.glob("*.sqlite")} | set(self._dbs))

    def summary(self, station_id: str) -> dict[str, Any]:
        conn = self.db(station_id)
        n, lo, hi = conn.execute("SELECT count(*), min(seq), max(seq) FROM records").fetchone()
        kinds = dict(conn.execute("SELECT kind, count(*) FROM records GROUP BY kind"))
        status = conn.execute("SELECT payload FROM status").fetchone()
        return {"station_id": station_id, "records": n, "first_seq": lo, "last_seq": hi,
                "gaps": gaps(conn), "kinds": kinds,
                "status": json.loads(status[0]) if status else None}

    def close(self) -> None:
        for conn in self._dbs.values():
            conn.close()
        self._dbs.clear()


def gaps(conn: sqlite3.Connection) -> list[tuple[int, int]]:
    """The runs of ``seq`` from 1 to the highest held that are not held."""
    out: list[tuple[int, int]] = []
    expect = 1
    for (seq,) in conn.execute("SELECT DISTINCT seq FROM records ORDER BY seq"):
        if seq > expect:
            out.append((expect, seq - 1))
        expect = seq + 1
    return out


RECEIVE_MAXIMUM = 1000  # each batch is committed, then acknowledged
ENVELOPE_KEYS = ("uuid", "station_id", "seq", "kind", "ts", "offline", "body")


def check_envelope(m: Any) -> None:
    if not isinstance(m, dict) or any(k not in m for k in ENVELOPE_KEYS):
        raise FleetError("not an envelope (wants " + ", ".join(ENVELOPE_KEYS) + ")")
    if not isinstance(m["seq"], int) or m["seq"] < 1:
        raise FleetError(f"envelope {m.get('uuid')}: seq must be a positive integer")


def describe_gaps(found: list[tuple[int, int]], limit: int = 8) -> str:
    if not found:
        return "none"
    text = ", ".join(f"{a}" if a == b else f"{a}-{b}" for a, b in found[:limit])
    return text + (f" and {len(found) - limit} more" if len(found) > limit else "")


def receive(broker_url: str, out: Path, *, seconds: float = 0.0, username: str = "",
            password: str = "", ca_file: str = "", client_id: str = "fleet-receiver",
            stop: Callable[[], bool] | None = None,
            on_ready: Callable[[], None] | None = None,
            echo: Callable[[str], None] = print) -> int:
    """Subscribe to every station and keep what arrives; ``seconds`` 0 runs until ``stop``
    says so (or Ctrl-C). Messages are acknowledged to the broker only once committed."""
    import paho.mqtt.client as mqtt
    from paho.mqtt.enums import CallbackAPIVersion
    from paho.mqtt.packettypes import PacketTypes
    from paho.mqtt.properties import Properties

    from operator_app.sync.uploader import Broker

    broker = Broker.parse(broker_url)
    store = FleetStore(out)
    batch: list[tuple[int, dict[str, Any]]] = []
    acks: list[int] = []
    state = {"connected": False, "bad": 0}

    client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=client_id,
                         protocol=mqtt.MQTTv5, manual_ack=True)
    if username:
        client.username_pw_set(username, password or None)
    if broker.tls:
        client.tls_set(ca_certs=ca_file or None)

    def on_connect(c, userdata, flags, reason_code, properties) -> None:
        if reason_code.is_failure:
            echo(f"fleet: {broker.url} refused the connection ({reason_code})")
            return
        state["connected"] = True
        c.subscribe([(f"{ROOT}/+/records/#", 1), (f"{ROOT}/+/status", 1)])
        echo(f"fleet: connected to {broker.url}, receiving into {out}")

    def on_subscribe(c, userdata, mid, reason_codes, properties) -> None:
        if on_ready is not None:
            on_ready()

    def on_message(c, userdata, message) -> None:
        parts = message.topic.split("/")
        if len(parts) == 3 and parts[2] == "status":
            try:
                store.put_status(parts[1], message.payload.decode("utf-8"))
            except (FleetError, UnicodeDecodeError) as exc:
                echo(f"fleet: status on {message.topic} not kept ({exc})")
            if message.qos:
                acks.append(message.mid)
            return
        try:
            m = json.loads(message.payload.decode("utf-8"))
            check_envelope(m)
            if parts[1] != m["station_id"]:
                raise FleetError(f"published on {message.topic} but says station "
                                 f"{m['station_id']!r}")
            batch.append((message.mid, m))
        except (UnicodeDecodeError, ValueError, FleetError) as exc:
            state["bad"] += 1
            echo(f"fleet: a message on {message.topic} is not kept ({exc})")
            if message.qos:
                acks.append(message.mid)

    def flush() -> None:
        if batch:
            store.put_many([m for _, m in batch])
            acks.extend(mid for mid, _ in batch)
            batch.clear()
        for mid in acks:
            client.ack(mid, 1)
        acks.clear()

    client.on_connect = on_connect
    client.on_subscribe = on_subscribe
    client.on_message = on_message
    props = Properties(PacketTypes.CONNECT)
    props.SessionExpiryInterval = 7 * 86400  # what arrives while it is down waits for it
    props.ReceiveMaximum = RECEIVE_MAXIMUM  # unacknowledged messages the broker may send
    try:
        client.connect(broker.host, broker.port, 30, clean_start=False, properties=props)
    except OSError as exc:
        echo(f"fleet: cannot reach {broker.url} ({exc.strerror or exc})")
        store.close()
        return 1
    end = time.monotonic() + seconds if seconds > 0 else None
    last_flush = time.monotonic()
    terminated: list[bool] = []
    if threading.current_thread() is threading.main_thread():  # SIGTERM: stop as Ctrl-C does
        signal.signal(signal.SIGTERM, lambda *_: terminated.append(True))
    wait = 1.0

    def running() -> bool:
        return not terminated and not (stop and stop()) and (end is None
                                                              or time.monotonic() < end)

    try:
        while running():
            rc = client.loop(timeout=0.05)
            if rc != 0:
                flush()
                echo(f"fleet: connection to {broker.url} lost ({mqtt.error_string(rc)}); "
                     f"trying again in {wait:.0f} s")
                while running():
                    pause = time.monotonic() + wait
                    while running() and time.monotonic() < pause:
                        time.sleep(0.1)
                    if not running():
                        break
                    try:
                        client.reconnect()
                        wait = 1.0
                        break
                    except OSError as exc:
                        wait = min(60.0, wait * 2)  # quiet while the broker stays away
                        echo(f"fleet: cannot reach {broker.url} ({exc.strerror or exc}); "
                             f"trying again in {wait:.0f} s")
            if time.monotonic() - last_flush > 0.05 or len(batch) >= RECEIVE_MAXIMUM // 2:
                flush()
                last_flush = time.monotonic()
    except KeyboardInterrupt:
        pass
    finally:
        flush()
        client.disconnect()
        for station in store.stations():
            s = store.summary(station)
            echo(f"fleet: {station}: {s['records']} records, seq {s['first_seq']}-"
                 f"{s['last_seq']}, gaps: {describe_gaps(s['gaps'])}")
        store.close()
    return 0
