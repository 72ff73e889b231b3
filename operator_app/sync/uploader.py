"""The uploader: drains the journal's outbox to the fleet's MQTT broker, on its own thread.

The outbox is the queue, not paho: paho keeps unsent messages in memory only and numbers
them per connection. So each connection gets a new paho client; the uploader reads unsent
entries from the journal in the order they were written, keeps at most ``window`` of them
in flight, and marks one sent (through the journal's writer) only when the broker's PUBACK
for it carries a success reason code. What was in flight when a connection dropped is
simply published again on the next: the envelope's UUID makes the copy harmless.

No Qt here: the console wraps it in services/sync_service.py; ``operator-app sync drain``
runs ``drain()`` in its own thread.
"""

from __future__ import annotations

import json
import logging
import random
import ssl
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path
from typing import Any

from operator_app.storage.db import connect
from operator_app.storage.journal import iso
from operator_app.sync import outbox
from operator_app.sync.contract import (
    CONFIG_NAMES,
    config_topic,
    encode_stored,
    kind_of,
    records_topic,
    status_topic,
)
from operator_app.sync.settings import Broker, SyncSettings

log = logging.getLogger(__name__)

SESSION_EXPIRY_S = 7 * 86400  # the broker keeps the station's session (and config) a week
FETCH = 1000  # outbox entries read at a time
MARK_EVERY_S = 0.25  # acknowledged entries are marked sent in batches this often
STATUS_EVERY_S = 1.0
HOLD_EVERY_S = 600.0  # how often what the broker holds is recorded (journal.held)
SIZE_EVERY_S = 30.0  # the unsent records' size (a scan of them) is read this often
HOLD_RETRY_S = 60.0  # an entry the broker refused is tried again after this long


class SyncState(Enum):
    NOT_SET_UP = "not set up"
    CONNECTING = "connecting"
    ONLINE = "online"
    OFFLINE = "offline"  # the broker cannot be reached: records wait in the outbox
    REFUSED = "refused"  # the broker (or this station's settings) refuses: a person must act
    STOPPED = "stopped"


@dataclass(frozen=True)
class SyncStatus:
    state: SyncState
    broker: str = ""
    station_id: str = ""
    unsent: int = 0
    sent: int = 0
    oldest_unsent: str | None = None
    last_success: str | None = None
    message: str = ""  # why it is offline or refused, what to do
    held: int = 0  # entries the broker refused this run (left unsent, tried again later)
    unsent_bytes: int | None = None
    retry_in_s: float = 0.0
    rate: float = 0.0  # records acknowledged per second, lately


@dataclass
class _Counters:
    published: int = 0
    acked: int = 0
    refused: int = 0
    connects: int = 0
    disconnects: int = 0
    history: list[tuple[float, int]] = field(default_factory=list)


def _paho():
    import paho.mqtt.client as mqtt
    from paho.mqtt.enums import CallbackAPIVersion
    from paho.mqtt.packettypes import PacketTypes
    from paho.mqtt.properties import Properties

    return mqtt, CallbackAPIVersion, PacketTypes, Properties


class Uploader:
    """Publishes the outbox of the journal at ``db_path``; ``mark`` is how it marks entries
    sent (``JournalWriter.call(Journal.mark_sent, ids)``, a Future)."""

    def __init__(self, db_path: Path, settings: SyncSettings, station_id: str,
                 mark: Callable[[list[int]], Future], *, online: threading.Event | None = None,
                 on_status: Callable[[SyncStatus], None] | None = None,
                 on_config: Callable[[str, Any], None] | None = None,
                 hold: Callable[[], Future] | None = None,
                 version: str = "", clock: Callable[[], float] = time.time) -> None:
        self.db_path = db_path
        self.settings = settings
        self.broker = Broker.parse(settings.broker)
        self.station_id = station_id
        self.mark = mark
        self.online = online or threading.Event()
        self.on_status = on_status
        self.on_config = on_config
        self.hold = hold  # Journal.hold_sent through the writer: what the fleet holds
        self.version = version
        self.clock = clock
        self.counters = _Counters()
        self.status = SyncStatus(SyncState.CONNECTING, self.broker.url, station_id)
        self.last_problem = ""
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._client: Any = None
        self._connected = False
        self._connack: bool | None = None  # the broker accepted the connection, or not
        self._max_packet: int | None = None
        self._cursor = 0  # the last outbox entry read for this connection
        self._buffer: list[outbox.Entry] = []
        self._inflight: dict[int, outbox.Entry] = {}  # mid -> entry
        self._topics: dict[str, str] = {}  # kind -> its topic
        self._flying: set[int] = set()  # event ids in flight
        self._acked: list[int] = []  # acknowledged, not yet handed to the writer
        self._marking: set[int] = set()  # handed to the writer, not yet committed
        self._pending: list[tuple[Future, list[int]]] = []
        self._held: dict[int, tuple[str, float]] = {}  # event id -> (why, retry at)
        self._too_large: dict[int, str] = {}
        self._problem = ""
        self._tokens = 0.0
        self._tokens_at = 0.0
        self._last_mark = 0.0
        self._last_status = 0.0
        self._backoff = 1.0
        self._db = None
        self._last_sized = -1e9
        self._sent_base = (0, 0)  # (sent rows counted, acknowledgements then)
        self._last_hold = time.monotonic()  # the first after HOLD_EVERY_S (drain: at its end)
        self._bytes: int | None = None

    # --- the thread ---------------------------------------------------------------------

    def start(self) -> Uploader:
        self._thread = threading.Thread(target=self._run, name="sync-uploader", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Say offline (retained), hand what was acknowledged to the writer, disconnect."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        try:
            self._loop(lambda: self._stop.is_set())
        except Exception as exc:  # never silently: the status says it, the records wait
            log.exception("sync uploader failed")
            self._say(SyncState.OFFLINE, f"the uploader stopped on an error ({exc}); records "
                      "wait in the outbox. Restart the console")
        finally:
            self._close()

    def drain(self, timeout: float) -> bool:
        """Publish until nothing is unsent, in this thread; False when the broker could not
        be reached (or refused) within ``timeout`` seconds of the last progress."""
        deadline = [time.monotonic() + timeout]
        last_acked = [self.counters.acked]
        held = [False]

        def done() -> bool:
            if self.counters.acked != last_acked[0]:
                last_acked[0] = self.counters.acked
                deadline[0] = time.monotonic() + timeout
            if time.monotonic() > deadline[0] or self._stop.is_set():
                return True
            if not (self._connected and self._idle() and self._unsent_now() == 0):
                return False
            if self.hold is not None and not held[0]:
                held[0] = True  # all of it is held by the broker: recorded (journal.held),
                try:  # and that record goes too
                    self.hold().result(30)
                except Exception as exc:  # noqa: BLE001 - said; the records are sent anyway
                    log.error("sync: recording what the fleet holds failed (%s)", exc)
                return False
            return True

        try:
            self._loop(done, give_up=lambda: time.monotonic() > deadline[0])
        finally:
            self._close()
        return self._unsent_now() == 0

    def _idle(self) -> bool:
        return not self._inflight and not self._acked and not self._pending

    def _unsent_now(self) -> int:
        db = self._reader()
        return outbox.backlog(db).unsent

    def _reader(self):
        if self._db is None:
            self._db = connect(self.db_path, readonly=True, busy_ms=2000)
        return self._db

    def _loop(self, done: Callable[[], bool], give_up: Callable[[], bool] | None = None) -> None:
        self._report(force=True)  # what waits, before the first connection is tried
        while not done():
            if not self._connected:
                self._flush_marks(wait=True)
                if not self._connect():
                    if give_up is not None and give_up():
                        return
                    self._wait_backoff(give_up)
                    continue
            self._fill()
            rc = self._client.loop(timeout=0.02 if self._inflight or self._buffer else 0.3)
            if rc != 0 and self._connected:
                self._lost(f"the connection dropped ({self._error_text(rc)})")
            now = time.monotonic()
            if now - self._last_mark >= MARK_EVERY_S:
                self._flush_marks()
            if now - self._last_status >= STATUS_EVERY_S:
                self._report()
        self._flush_marks(wait=True)
        self._report(force=True)  # the exact counts, at the end

    # --- connecting ---------------------------------------------------------------------

    def _new_client(self):
        mqtt, api, packets, properties = _paho()
        v5 = self.settings.protocol != "3.1.1"
        client = mqtt.Client(api.VERSION2, client_id=f"station-{self.station_id}",
                             protocol=mqtt.MQTTv5 if v5 else mqtt.MQTTv311,
                             clean_session=None if v5 else False)
        client.max_inflight_messages_set(max(1, self.settings.window))
        client.max_queued_messages_set(0)
        if self.settings.username:
            client.username_pw_set(self.settings.username, self.settings.password or None)
        if self.broker.tls:
            client.tls_set(ca_certs=self.settings.ca_file or None,
                           certfile=self.settings.cert_file or None,
                           keyfile=self.settings.key_file or None,
                           cert_reqs=ssl.CERT_REQUIRED)
        will = json.dumps({"state": "offline", "reason": "lost", "ts": iso(self.clock()),
                           "station_id": self.station_id, "version": self.version})
        client.will_set(status_topic(self.station_id), will, qos=1, retain=True)
        client.on_connect = self._on_connect
        client.on_disconnect = self._on_disconnect
        client.on_publish = self._on_publish
        client.on_message = self._on_message
        client.on_subscribe = lambda *a: None
        client.connect_timeout = self.settings.connect_timeout_s
        return client, v5, properties, packets

    def _drop_client(self) -> None:
        """The last connection's socket, closed now (not when the collector gets to it)."""
        client, self._client = self._client, None
        if client is None:
            return
        try:
            sock = client.socket()
            if sock is not None:
                sock.close()
        except Exception:  # closing what is already gone
            log.debug("sync: closing the old socket", exc_info=True)

    def _connect(self) -> bool:
        self._drop_client()
        if self.status.state is not SyncState.REFUSED:  # refused stays said until it connects
            self._say(SyncState.CONNECTING, f"connecting to {self.broker.url}")
        try:
            client, v5, properties, packets = self._new_client()
        except (OSError, ssl.SSLError, ValueError) as exc:  # a certificate file, say
            self._refuse(f"the TLS settings cannot be used ({exc}): check ca_file, cert_file "
                         "and key_file under [sync] in console.toml")
            return False
        self._client = client
        self._connack = None
        try:
            if v5:
                props = properties(packets.CONNECT)
                props.SessionExpiryInterval = SESSION_EXPIRY_S
                client.connect(self.broker.host, self.broker.port, self.settings.keepalive_s,
                               clean_start=False, properties=props)
            else:
                client.connect(self.broker.host, self.broker.port, self.settings.keepalive_s)
        except ssl.SSLError as exc:
            self._offline(f"TLS with {self.broker.url} failed ({exc.reason or exc}): check "
                          "the broker's certificate and ca_file")
            return False
        except (TimeoutError, OSError) as exc:
            self._offline(f"cannot reach {self.broker.url} ({exc.strerror or exc})")
            return False
        deadline = time.monotonic() + self.settings.connect_timeout_s
        rc = 0
        while self._connack is None and time.monotonic() < deadline and not self._stop.is_set():
            rc = client.loop(timeout=0.1)
            if rc != 0:
                break
        if self._connack is None:
            if rc != 0:
                hint = (": check the station's certificate (cert_file, key_file) and ca_file "
                        "under [sync]" if self.broker.tls else "")
                self._offline(f"{self.broker.url} closed the connection before accepting it "
                              f"({self._error_text(rc)}){hint}")
            else:
                self._offline(f"{self.broker.url} did not answer the connection")
            return False
        if not self._connack:
            return False
        self.counters.connects += 1
        self._connected = True
        self.online.set()
        self._backoff = 1.0
        self._cursor = 0
        self._buffer = []
        self._inflight.clear()
        self._flying.clear()
        online = json.dumps({"state": "online", "ts": iso(self.clock()),
                             "station_id": self.station_id, "version": self.version,
                             "unsent": self._unsent_now()})
        client.publish(status_topic(self.station_id), online, qos=1, retain=True)
        if self.on_config is not None:
            client.subscribe(config_topic(self.station_id), qos=1)
        self._problem = ""
        self._report(force=True)
        return True

    def _on_connect(self, client, userdata, flags, reason_code, properties) -> None:
        if reason_code.is_failure:
            name = getattr(reason_code, "getName", lambda: str(reason_code))()
            if reason_code.value in (134, 135, 4, 5):  # bad user/password, not authorized
                self._refuse(f"{self.broker.url} refused the station's credentials ({name}): "
                             "check username and password (or the certificate) under [sync] "
                             "in console.toml")
            else:
                self._refuse(f"{self.broker.url} refused the connection ({name})")
            self._connack = False
            return
        self._max_packet = getattr(properties, "MaximumPacketSize", None) if properties else None
        self._connack = True

    def _on_disconnect(self, client, userdata, flags, reason_code, properties) -> None:
        if self._connected:
            name = getattr(reason_code, "getName", lambda: str(reason_code))()
            self._lost(f"the broker closed the connection ({name})")

    def _lost(self, why: str) -> None:
        self._connected = False
        self.online.clear()
        self.counters.disconnects += 1
        self._inflight.clear()  # published again on the next connection
        self._flying.clear()
        self._offline(why)

    # --- publishing ---------------------------------------------------------------------

    def _fill(self) -> None:
        if not self._connected:
            return
        now = time.monotonic()
        if self._held and min(t for _, t in self._held.values()) <= now:
            self._held = {k: v for k, v in self._held.items() if v[1] > now}
            self._cursor, self._buffer = 0, []  # read again from the start: they come back
        window = max(1, self.settings.window)
        capped = self.settings.bandwidth_kbps > 0
        topics = self._topics
        inflight, flying, buffer = self._inflight, self._flying, self._buffer
        while len(inflight) < window:
            if not buffer:
                rows = outbox.unsent(self._reader(), self._cursor, FETCH)
                if not rows:
                    return
                # past what was read even when all of it is held back (a whole kind an ACL
                # refuses): the next read goes on from there, not over the same rows
                self._cursor = rows[-1].event_id
                buffer = self._buffer = [
                    e for e in reversed(rows)  # pop() from the end: oldest first
                    if e.event_id not in flying and e.event_id not in self._marking
                    and e.event_id not in self._held and e.event_id not in self._too_large]
                continue
            entry = buffer[-1]
            kind, payload = encode_stored(self.station_id, entry.uuid, entry.seq, entry.ts,
                                          entry.kind, entry.payload, entry.offline)
            if self._max_packet and len(payload) + 200 > self._max_packet:
                buffer.pop()
                self._too_large[entry.event_id] = kind
                self._problem = (f"record {entry.seq} ({kind}, {len(payload)} bytes) "
                                 f"is larger than the broker accepts ({self._max_packet} "
                                 "bytes): it stays in the outbox. Raise max_packet_size on the "
                                 "broker, or hand it over with 'operator-app sync export'")
                log.error("sync: %s", self._problem)
                continue
            if capped and not self._spend(len(payload)):
                return
            topic = topics.get(kind)
            if topic is None:
                topic = topics[kind] = records_topic(self.station_id, kind)
            info = self._client.publish(topic, payload, qos=1)
            if info.rc != 0:
                self._lost(f"publishing failed ({self._error_text(info.rc)})")
                return
            buffer.pop()
            inflight[info.mid] = entry
            flying.add(entry.event_id)
            self.counters.published += 1

    def _spend(self, size: int) -> bool:
        """The bandwidth cap, a token bucket of one second's worth."""
        rate = self.settings.bandwidth_kbps * 125.0  # bytes per second
        if rate <= 0:
            return True
        now = time.monotonic()
        self._tokens = min(max(rate, size), self._tokens + (now - self._tokens_at) * rate)
        self._tokens_at = now
        if self._tokens < size:
            return False
        self._tokens -= size
        return True

    def _on_publish(self, client, userdata, mid, reason_code, properties) -> None:
        entry = self._inflight.pop(mid, None)
        if entry is None:
            return  # the status message, or a connection gone
        self._flying.discard(entry.event_id)
        value = getattr(reason_code, "value", 0)
        if value >= 128:  # refused: not held by the fleet, stays unsent
            name = getattr(reason_code, "getName", lambda: str(reason_code))()
            kind = kind_of(entry.kind)
            self.counters.refused += 1
            self._held[entry.event_id] = (name, time.monotonic() + HOLD_RETRY_S)
            self._problem = (f"the broker refused records of kind {kind} ({name}) on "
                             f"{records_topic(self.station_id, kind)}: they stay in the "
                             "outbox and are tried again every minute. Check the station's "
                             "ACL on the broker")
            log.error("sync: %s", self._problem)
            return
        self._acked.append(entry.event_id)
        self.counters.acked += 1

    def _flush_marks(self, wait: bool = False) -> None:
        self._last_mark = time.monotonic()
        if self._acked:
            ids, self._acked = self._acked, []
            self._marking.update(ids)
            self._pending.append((self.mark(ids), ids))
        still = []
        for future, ids in self._pending:
            if wait:
                try:
                    future.result(timeout=30)
                except Exception as exc:  # noqa: BLE001 - said, and tried again
                    log.error("sync: marking %d records sent failed (%s); they will be "
                              "published again", len(ids), exc)
            if future.done():
                self._marking.difference_update(ids)
                if future.exception() is not None and not wait:
                    log.error("sync: marking records sent failed (%s)", future.exception())
            else:
                still.append((future, ids))
        self._pending = still

    # --- the fleet's configuration --------------------------------------------------------

    def _on_message(self, client, userdata, message) -> None:
        name = message.topic.rsplit("/", 1)[-1]
        if name not in CONFIG_NAMES or self.on_config is None:
            log.warning("sync: ignored a message on %s (not a known configuration)",
                        message.topic)
            return
        try:
            value = json.loads(message.payload.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            log.error("sync: the fleet's %s is not valid JSON (%s); it is not applied", name,
                      exc)
            return
        self.on_config(name, value)

    # --- status -----------------------------------------------------------------------------

    def _say(self, state: SyncState, message: str, **extra: Any) -> None:
        if state in (SyncState.OFFLINE, SyncState.REFUSED):
            self.last_problem = message  # what a drain that gives up says
        self.status = replace(self.status, state=state, message=message, **extra)
        if self.on_status is not None:
            self.on_status(self.status)

    def _offline(self, why: str) -> None:
        self.online.clear()
        if self.status.state is SyncState.REFUSED:
            # refused stays said until it connects: a try that timed out (a busy broker)
            # proves nothing about the credentials, and the alarm must not come and go
            log.info("sync: %s (still refused)", why)
            return
        self._say(SyncState.OFFLINE, f"{why}; records wait in the outbox and go when it "
                  "is back")

    def _refuse(self, why: str) -> None:
        self.online.clear()
        self._backoff = max(self._backoff, self.settings.backoff_max_s / 2)
        self._say(SyncState.REFUSED, why)

    def _report(self, force: bool = False) -> None:
        now = time.monotonic()
        self._last_status = now
        sized = force or now - self._last_sized >= SIZE_EVERY_S
        try:
            got = outbox.backlog(self._reader(), with_bytes=sized, with_sent=sized)
        except Exception as exc:  # noqa: BLE001 - a locked or vanished file: said
            log.warning("sync: cannot read the outbox (%s)", exc)
            return
        history = self.counters.history
        history.append((now, self.counters.acked))
        while len(history) > 2 and now - history[0][0] > 10:
            history.pop(0)
        span = history[-1][0] - history[0][0]
        rate = (history[-1][1] - history[0][1]) / span if span > 0 else 0.0
        state = self.status.state
        message = self.status.message
        if self._connected:
            state, message = SyncState.ONLINE, self._problem
        if sized:
            self._last_sized = now
            self._bytes = got.unsent_bytes
            self._sent_base = (got.sent, self.counters.acked)
        # between counts: what was counted, and what the broker acknowledged since
        sent = self._sent_base[0] + self.counters.acked - self._sent_base[1]
        if self.hold is not None and self._connected and now - self._last_hold >= HOLD_EVERY_S \
                and sent:
            self._last_hold = now
            self.hold()
        self.status = replace(self.status, state=state, message=message, unsent=got.unsent,
                              unsent_bytes=self._bytes if got.unsent else 0,
                              sent=sent, oldest_unsent=got.oldest_unsent,
                              last_success=got.last_success,
                              held=len(self._held) + len(self._too_large), rate=rate)
        if self.on_status is not None:
            self.on_status(self.status)

    def _wait_backoff(self, give_up: Callable[[], bool] | None) -> None:
        delay = self._backoff * random.uniform(0.5, 1.0)  # jitter: stations do not stampede
        self._drawn = delay
        self._backoff = min(self.settings.backoff_max_s, self._backoff * 2)
        self.status = replace(self.status, retry_in_s=delay)
        self._report(force=True)
        end = time.monotonic() + delay
        while time.monotonic() < end and not self._stop.is_set():
            if give_up is not None and give_up():
                return
            time.sleep(min(0.1, end - time.monotonic()) if end > time.monotonic() else 0)
        self.status = replace(self.status, retry_in_s=0.0)

    @staticmethod
    def _error_text(rc: int) -> str:
        mqtt = _paho()[0]
        return mqtt.error_string(rc)

    def _close(self) -> None:
        client = self._client
        if client is not None and self._connected:
            try:
                bye = json.dumps({"state": "offline", "reason": "stopped",
                                  "ts": iso(self.clock()), "station_id": self.station_id,
                                  "version": self.version, "unsent": self._unsent_now()})
                info = client.publish(status_topic(self.station_id), bye, qos=1, retain=True)
                end = time.monotonic() + 2.0
                while not info.is_published() and time.monotonic() < end:
                    client.loop(timeout=0.05)
                    self._flush_marks()
                self._connected = False  # its own goodbye is not a connection lost
                client.disconnect()
                client.loop(timeout=0.1)
            except Exception:
                log.debug("sync: closing", exc_info=True)
        self._connected = False
        self.online.clear()
        self._flush_marks(wait=True)
        self._say(SyncState.STOPPED, "stopped")
        if self._db is not None:
            self._db.conn.close()
            self._db = None
