"""Link URLs: one explicit table, and messages that say what to fix."""

from __future__ import annotations

import pytest

from operator_app.link.errors import LinkConfigError, PortUnavailable
from operator_app.link.urls import LinkSettings, open_transport, parse_link_url


@pytest.mark.parametrize(("url", "expected"), [
    ("/dev/ttyUSB0", LinkSettings("device", "/dev/ttyUSB0")),
    ("/dev/ttyUSB0?baud=19200&parity=E&stopbits=2&unit=7&timeout=0.5",
     LinkSettings("device", "/dev/ttyUSB0", 19200, "E", 2, 7, 0.5)),
    ("COM3?baud=9600", LinkSettings("device", "COM3", baudrate=9600)),
    ("socket://10.0.0.5:4001", LinkSettings("socket", "10.0.0.5:4001")),
    ("rfc2217://gw.local:4002?unit=2", LinkSettings("rfc2217", "gw.local:4002", unit=2)),
    ("sim", LinkSettings("sim", "")),
    ("/dev/serial/by-id/usb-FTDI_FT232R-if00-port0?parity=even",
     LinkSettings("device", "/dev/serial/by-id/usb-FTDI_FT232R-if00-port0", parity="E")),
])
def test_good_urls(url: str, expected: LinkSettings) -> None:
    assert parse_link_url(url) == expected


@pytest.mark.parametrize(("url", "message"), [
    ("", "no link given"),
    ("ttyUSB0", "not a device path or URL"),
    ("modbus://10.0.0.5:502", "unknown scheme 'modbus'"),
    ("socket://10.0.0.5", "expected HOST:PORT"),
    ("socket://10.0.0.5:99999", "expected HOST:PORT"),
    ("/dev/ttyUSB0?baud=12345", "not a standard rate"),
    ("/dev/ttyUSB0?parity=X", "parity must be N, E or O"),
    ("/dev/ttyUSB0?stopbits=3", "stopbits must be 1 or 2"),
    ("/dev/ttyUSB0?unit=0", "unit must be 1-247"),
    ("/dev/ttyUSB0?timeout=60", "timeout is in seconds"),
    ("/dev/ttyUSB0?baud=fast", "is not a number"),
    ("/dev/ttyUSB0?speed=9600", "unknown option 'speed'"),
])
def test_bad_urls_say_what_to_fix(url: str, message: str) -> None:
    with pytest.raises(LinkConfigError, match=message):
        parse_link_url(url)


def test_absent_port_names_the_fix(tmp_path) -> None:
    with pytest.raises(PortUnavailable, match="does not exist: check that the USB adapter"):
        open_transport(parse_link_url(str(tmp_path / "ttyUSB9")))


def test_unreachable_device_server() -> None:
    with pytest.raises(PortUnavailable, match=r"cannot open socket://127\.0\.0\.1:9"):
        open_transport(parse_link_url("socket://127.0.0.1:9?timeout=0.2"))
