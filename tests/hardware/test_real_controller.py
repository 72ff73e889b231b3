"""Hardware tests: the same checks against a real PLC. Opt-in with ``--link-url URL``.

    .venv/bin/python -m pytest tests/hardware --link-url "/dev/ttyUSB0?baud=115200"

Everything here is harmless on a live station: it reads, writes the console heartbeat,
and sends only a command code the controller must reject. Without ``--link-url`` every
test here is skipped.
"""

from __future__ import annotations

import time

import pytest

from operator_app.domain import station as st
from operator_app.link import registers as R
from operator_app.link.client import RtuClient
from operator_app.link.errors import ExceptionReply
from operator_app.link.station import StationReader
from operator_app.link.urls import open_transport, parse_link_url

pytestmark = pytest.mark.hardware


@pytest.fixture(scope="module")
def reader(request):
    settings = parse_link_url(request.config.getoption("--link-url"))
    client = RtuClient(open_transport(settings), unit=settings.unit, timeout=settings.timeout,
                       retries=1)
    reader = StationReader(client)
    reader.connect()
    yield reader
    median, p99 = client.counters.rtt_percentiles()
    print(f"\nround trip over {client.counters.transactions} transactions: "
          f"median {median * 1000:.2f} ms, p99 {p99 * 1000:.2f} ms")
    client.close()


def test_identity(reader) -> None:
    ident = reader.identity
    assert ident.protocol_version[0] == R.PROTOCOL_VERSION[0]
    assert 1 <= ident.slot_count <= st.MAX_SLOTS
    assert ident.vendor


def test_whole_station_decodes_without_invalid_values(reader) -> None:
    snap = reader.poll(read_slots=True)
    assert snap.invalid == frozenset(), snap.invalid
    assert len(snap.slots) == reader.identity.slot_count
    for slot in snap.slots:
        assert slot.invalid == frozenset(), (slot.slot, slot.invalid)
        if slot.occupied:
            assert slot.pack_code and len(slot.pack_code) == st.PACK_CODE_LENGTH


def test_controller_heartbeat_keeps_changing(reader) -> None:
    first = reader.poll(read_slots=False).status.controller_heartbeat
    deadline = time.monotonic() + 3.0
    while reader.poll(read_slots=False).status.controller_heartbeat == first:
        assert time.monotonic() < deadline, "controller heartbeat did not change in 3 s"
        time.sleep(0.05)


def test_console_heartbeat_is_seen(reader) -> None:
    for _ in range(3):
        snap = reader.poll(read_slots=False)
        time.sleep(0.05)
    assert snap.status.console_heartbeat == reader.heartbeat_out
    assert snap.status.flags & st.StatusFlag.CONSOLE_SEEN


def test_handshake_rejects_an_unknown_command_once(reader) -> None:
    seq = reader.last_answered_sequence() % 65535 + 1
    reader.write_command(seq, 999, ())
    deadline = time.monotonic() + 2.0
    while True:
        response = reader.poll(read_slots=False).status.response
        if response.sequence == seq:
            break
        assert time.monotonic() < deadline, "no answer to the command in 2 s"
    assert response.status is st.CommandStatus.REJECTED
    assert response.reason is st.RejectReason.UNKNOWN_COMMAND
    code = reader.client.read_registers(reader.rmap["command.code"].address, 1)
    assert code == [0], "the controller must clear the request code"
    # the same sequence number again is not a new request: nothing is executed
    mode = reader.poll(read_slots=False).status.mode
    reader.write_command(seq, st.CommandCode.SET_MODE, (1 - mode,))
    time.sleep(0.3)
    snap = reader.poll(read_slots=False)
    assert snap.status.response.sequence == seq
    assert snap.status.response.status is st.CommandStatus.REJECTED  # still the first answer
    assert snap.status.mode is mode


def test_exceptions_for_bad_addresses(reader) -> None:
    with pytest.raises(ExceptionReply) as err:
        reader.client.read_registers(R.slot_base(st.MAX_SLOTS + 1) + 500, 1)
    assert err.value.code == 2
    with pytest.raises(ExceptionReply) as err:
        reader.client.write_register(reader.rmap["status.state"].address, 1)
    assert err.value.code == 2
