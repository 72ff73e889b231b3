"""The ``[sync]`` settings of console.toml and the broker URL, checked; no network here."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any
from urllib.parse import urlsplit


class SyncConfigError(ValueError):
    """A sync setting that cannot be used, in words."""


@dataclass(frozen=True)
class Broker:
    url: str
    host: str
    port: int
    tls: bool

    @classmethod
    def parse(cls, url: str) -> Broker:
        """``mqtt://host:port`` or ``mqtts://host:port`` (ports 1883 / 8883 by default)."""
        parts = urlsplit(url.strip())
        if parts.scheme not in ("mqtt", "mqtts"):
            raise SyncConfigError(f"broker {url!r}: wants mqtt://HOST:PORT or "
                                  "mqtts://HOST:PORT (TLS)")
        if not parts.hostname:
            raise SyncConfigError(f"broker {url!r}: no host")
        try:
            port = parts.port
        except ValueError:
            raise SyncConfigError(f"broker {url!r}: the port is not a number from 1 to "
                                  "65535") from None
        tls = parts.scheme == "mqtts"
        return cls(url.strip(), parts.hostname, port or (8883 if tls else 1883), tls)


@dataclass(frozen=True)
class SyncSettings:
    """The ``[sync]`` table of console.toml."""

    broker: str = ""  # empty: sync is not set up
    username: str = ""
    password: str = ""
    ca_file: str = ""  # mqtts: the CA that signed the broker's certificate (else the system's)
    cert_file: str = ""  # mqtts: the station's own certificate and key, when the broker
    key_file: str = ""  # wants client certificates
    protocol: str = "5"  # "5" or "3.1.1"
    window: int = 20  # messages in flight
    bandwidth_kbps: float = 0.0  # 0: no cap
    max_age_h: float = 24.0  # the oldest unsent record older than this raises SYNC_BEHIND
    budget_mb: float = 200.0  # unsent records over this raise SYNC_BACKLOG_FULL
    keepalive_s: int = 30
    connect_timeout_s: float = 10.0
    backoff_max_s: float = 60.0
    problem: str = ""  # not a setting: why the broker given cannot be used (sync refused)

    @property
    def enabled(self) -> bool:
        return bool(self.broker)


NUMBERS = {"window": (1, 1000), "bandwidth_kbps": (0, 1_000_000), "max_age_h": (0.1, 24 * 365),
           "budget_mb": (1, 1_000_000), "keepalive_s": (5, 3600),
           "connect_timeout_s": (1, 120), "backoff_max_s": (1, 3600)}


def check_sync(table: Any) -> tuple[dict[str, Any], list[str]]:
    """The usable values of a ``[sync]`` table and, in words, what is wrong with the rest."""
    if not isinstance(table, dict):
        return {}, ["sync wants a table: [sync] with broker = \"mqtt://HOST:PORT\" under it"]
    known = {f.name: f for f in fields(SyncSettings) if f.name != "problem"}
    values: dict[str, Any] = {}
    problems: list[str] = []
    for key, value in table.items():
        f = known.get(key)
        if f is None:
            problems.append(f"sync.{key} is not a setting (known: {', '.join(sorted(known))})")
            continue
        if key in NUMBERS:
            lo, hi = NUMBERS[key]
            if isinstance(value, bool) or not isinstance(value, (int, float)) \
                    or not lo <= value <= hi:
                problems.append(f"sync.{key} = {value!r} wants a number from {lo} to {hi}")
                continue
            values[key] = int(value) if f.type in ("int", int) else float(value)
            continue
        if not isinstance(value, str):
            problems.append(f"sync.{key} wants text in quotes")
            continue
        if key == "broker" and value:
            try:
                Broker.parse(value)
            except SyncConfigError as exc:
                problems.append(f"sync.{exc}")
                continue
        if key == "protocol" and value not in ("5", "3.1.1"):
            problems.append(f'sync.protocol = {value!r} wants "5" or "3.1.1"')
            continue
        values[key] = value
    return values, problems
