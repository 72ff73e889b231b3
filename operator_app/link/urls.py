"""Link URLs: where the controller is, resolved through one explicit table.

    /dev/ttyUSB0?baud=115200&parity=N&stopbits=1&unit=1&timeout=0.25
    COM3?baud=19200&parity=E
    socket://10.0.0.5:4001?unit=1          raw TCP serial device server
    rfc2217://10.0.0.5:4002?baud=19200     RFC 2217 serial device server
    sim                                    the built-in simulated station

No handler is looked up by a name built at run time (a frozen bundle could
not find it): the table below is all there is.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, replace
from urllib.parse import parse_qsl

from operator_app.domain.words import Phrase
from operator_app.link import causes as C
from operator_app.link.errors import LinkConfigError, PortUnavailable

PARITIES = {"N": "N", "E": "E", "O": "O", "NONE": "N", "EVEN": "E", "ODD": "O"}
BAUDS = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600)


@dataclass(frozen=True)
class LinkSettings:
    """A resolved link: how to open the line and how to talk on it."""

    kind: str  # "device", "socket", "rfc2217", "sim"
    target: str  # device path, host:port, or "" for the simulator
    baudrate: int = 115200
    parity: str = "N"
    stopbits: int = 1
    unit: int = 1
    timeout: float = 0.25  # s, per answer

    @property
    def pyserial_url(self) -> str:
        if self.kind == "device":
            return self.target
        return f"{self.kind}://{self.target}"

    def describe(self) -> str:
        return self.said().english()

    def said(self) -> Phrase:
        """The line in words: the device's name and settings stay as they are."""
        if self.kind == "sim":
            return Phrase(C.C_SIMULATED)
        if self.kind == "device":
            return Phrase(C.C_DEVICE, (self.target, str(self.baudrate),
                                       f"8{self.parity}{self.stopbits}", str(self.unit)))
        return Phrase(C.C_SERVER, (f"{self.kind}://{self.target}", str(self.unit)))


def _options(query: str, url: str) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in parse_qsl(query, keep_blank_values=True):
        key = key.lower()
        try:
            if key == "baud":
                baud = int(value)
                if baud not in BAUDS:
                    raise LinkConfigError(
                        f"{url}: baud {baud} is not a standard rate; use one of "
                        + ", ".join(map(str, BAUDS)))
                out["baudrate"] = baud
            elif key == "parity":
                if value.upper() not in PARITIES:
                    raise LinkConfigError(f"{url}: parity must be N, E or O, got {value!r}")
                out["parity"] = PARITIES[value.upper()]
            elif key == "stopbits":
                if value not in ("1", "2"):
                    raise LinkConfigError(f"{url}: stopbits must be 1 or 2, got {value!r}")
                out["stopbits"] = int(value)
            elif key == "unit":
                unit = int(value)
                if not 1 <= unit <= 247:
                    raise LinkConfigError(f"{url}: unit must be 1-247, got {unit}")
                out["unit"] = unit
            elif key == "timeout":
                timeout = float(value)
                if not 0.01 <= timeout <= 10:
                    raise LinkConfigError(
                        f"{url}: timeout is in seconds, 0.01-10, got {value!r}")
                out["timeout"] = timeout
            else:
                raise LinkConfigError(
                    f"{url}: unknown option {key!r}; the options are baud, parity, stopbits, "
                    "unit and timeout")
        except ValueError:
            raise LinkConfigError(f"{url}: option {key}={value!r} is not a number") from None
    return out


def _host_port(rest: str, url: str) -> str:
    host, sep, port = rest.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise LinkConfigError(f"{url}: expected HOST:PORT after '//', e.g. socket://10.0.0.5:4001")
    return rest


# scheme -> kind; the whole table
SCHEMES = {"socket": "socket", "rfc2217": "rfc2217", "sim": "sim"}


def parse_link_url(url: str) -> LinkSettings:
    """Resolve a link URL to settings, or raise LinkConfigError saying what to fix."""
    url = url.strip()
    if not url:
        raise LinkConfigError("no link given: pass --link /dev/ttyUSB0 (or COM3, "
                              "socket://HOST:PORT, rfc2217://HOST:PORT) or --simulate")
    base, _, query = url.partition("?")
    if base in ("sim", "sim://", "simulator"):
        return LinkSettings("sim", "", **_options(query, url))  # type: ignore[arg-type]
    if "://" in base:
        scheme, rest = base.split("://", 1)
        kind = SCHEMES.get(scheme.lower())
        if kind is None or kind == "sim":
            raise LinkConfigError(
                f"{url}: unknown scheme {scheme!r}; use a device path, socket://, rfc2217:// "
                "or sim")
        return LinkSettings(kind, _host_port(rest, url), **_options(query, url))  # type: ignore[arg-type]
    is_com = sys.platform == "win32" or base.upper().startswith("COM")
    if not (base.startswith("/") or is_com):
        raise LinkConfigError(
            f"{url}: not a device path or URL; e.g. /dev/ttyUSB0, /dev/serial/by-id/..., COM3, "
            "socket://HOST:PORT")
    return LinkSettings("device", base, **_options(query, url))  # type: ignore[arg-type]


def open_transport(settings: LinkSettings):  # -> serial.SerialBase
    """Open the line; raise PortUnavailable with a message a technician can act on."""
    import serial

    if settings.kind == "sim":
        raise LinkConfigError("the simulator link is opened by the console, not by URL")
    if settings.kind == "device" and settings.target.startswith("/"):
        if not os.path.exists(settings.target):
            raise PortUnavailable(Phrase(C.E_NO_PORT, (settings.target,)))
        if not os.access(settings.target, os.R_OK | os.W_OK):
            raise PortUnavailable(Phrase(C.E_NO_PERMISSION, (settings.target,)))
    try:
        port = serial.serial_for_url(
            settings.pyserial_url, baudrate=settings.baudrate, parity=settings.parity,
            stopbits=settings.stopbits, bytesize=8, timeout=settings.timeout,
            write_timeout=max(1.0, settings.timeout), exclusive=settings.kind == "device",
        )
    except (serial.SerialException, OSError, ValueError) as exc:
        raise PortUnavailable(Phrase(C.E_CANNOT_OPEN, (settings.said(), str(exc)))) from exc
    return port


def with_target(settings: LinkSettings, target: str) -> LinkSettings:
    """The same settings on another device (the simulator's port, once it is known)."""
    return replace(settings, kind="device", target=target)
