"""The register monitor's link parts: each exchange as the line saw it (over a real pty), the
words a read brought, and a write's value checked against the map before anything is sent."""

from __future__ import annotations

import pytest
import serial

from operator_app.domain import station as st
from operator_app.link import monitor as mon
from operator_app.link import registers as R
from operator_app.link.client import Exchange, RtuClient
from operator_app.link.errors import CrcError, ExceptionReply, LinkTimeout


def observed(sim, **kw) -> tuple[RtuClient, list[Exchange]]:
    client = RtuClient(serial.Serial(sim.path, 115200), **kw)
    seen: list[Exchange] = []
    client.observer = seen.append
    return client, seen


def test_a_good_read_is_two_frames_and_its_words(sim) -> None:
    client, seen = observed(sim, timeout=0.3, retries=0)
    try:
        words = client.read_registers(*R.FAST_BLOCK)
    finally:
        client.close()
    [ex] = seen
    tx, rx = mon.frame_records(ex, offset=1000.0)
    assert (tx.direction, rx.direction) == ("tx", "rx")
    start, count = R.FAST_BLOCK
    assert tx.data == ex.request and rx.data == ex.answer and len(rx.data) == 5 + 2 * count
    assert rx.crc_ok is True and rx.exception is None and rx.problem == ""
    assert rx.latency_ms is not None and 0 < rx.latency_ms < 300
    assert rx.at - tx.at == pytest.approx(rx.latency_ms / 1000) and tx.at > 1000.0
    image = mon.read_words(ex)
    assert image is not None and list(image) == list(range(start, start + count))
    assert list(image.values()) == words


def test_an_exception_and_a_damaged_answer_are_told_apart(sim) -> None:
    client, seen = observed(sim, timeout=0.2, retries=0)
    try:
        with pytest.raises(ExceptionReply) as caught:
            client.read_registers(600, 2)  # outside every readable area
        assert caught.value.code == 2
        sim.do(sim.model.inject, "corrupt_frames:100")
        with pytest.raises(CrcError):
            client.read_registers(100, 4)
        sim.do(sim.model.inject, "silent")
        with pytest.raises(LinkTimeout):
            client.read_registers(100, 4)
    finally:
        client.close()
    exc_rx, crc_rx, silent_rx = (mon.frame_records(ex, 0.0)[1] for ex in seen)
    assert exc_rx.exception == 2 and exc_rx.crc_ok is True and exc_rx.problem == "exceptions"
    assert crc_rx.crc_ok is False and crc_rx.problem == "crc_errors" and crc_rx.latency_ms
    assert silent_rx.data == b"" and silent_rx.crc_ok is None and silent_rx.latency_ms is None
    assert silent_rx.problem == "timeouts"
    assert all(mon.read_words(ex) is None for ex in seen)  # no words from a bad answer


def test_every_retry_is_an_exchange_of_its_own(sim) -> None:
    sim.do(sim.model.inject, "drop_answers:1")
    client, seen = observed(sim, timeout=0.2, retries=1)
    try:
        client.read_registers(100, 1)
    finally:
        client.close()
    assert [ex.error.counter if ex.error else "" for ex in seen] == ["timeouts", ""]


rmap = R.RegisterMap(8)


def refusal(name: str, value) -> mon.Refusal | None:
    return mon.check_write(rmap, name, value).refusal


def test_a_value_inside_the_documented_range_becomes_its_words() -> None:
    check = mon.check_write(rmap, "cells.select_slot", 3)
    assert check.ok and check.words == (3,) and check.register is R.CELL_SELECT
    assert mon.check_write(rmap, "cells.select_slot", "12").words == (12,)
    assert mon.check_write(rmap, "status.console_heartbeat", 65535).words == (0xFFFF,)


def test_what_the_map_does_not_document_is_refused() -> None:
    assert refusal("cells.select_slot", st.MAX_SLOTS + 1) is mon.Refusal.ABOVE_MAXIMUM
    assert refusal("cells.select_slot", -1) is mon.Refusal.BELOW_MINIMUM
    assert refusal("cells.select_slot", 2.5) is mon.Refusal.NOT_A_STEP
    assert refusal("cells.select_slot", "three") is mon.Refusal.NOT_A_NUMBER
    assert refusal("cells.select_slot", float("nan")) is mon.Refusal.NOT_A_NUMBER
    assert refusal("status.console_heartbeat", 65536) is mon.Refusal.OUT_OF_TYPE
    assert refusal("slot_3.soc", 50) is mon.Refusal.READ_ONLY
    assert refusal("slot_9.soc", 50) is mon.Refusal.UNKNOWN_REGISTER  # an 8-slot station
    assert refusal("nothing.here", 1) is mon.Refusal.UNKNOWN_REGISTER
    # the handshakes' registers: the command block only whole, the jog only while held
    assert refusal("command.code", 1) is mon.Refusal.HANDSHAKE
    assert refusal("jog.direction", 1) is mon.Refusal.HANDSHAKE
    if "jog.target" in rmap.by_name:  # protocol 3.2's, in a group of its own after run.*
        assert refusal("jog.target", 1) is mon.Refusal.HANDSHAKE


def test_an_enumeration_and_flags_take_their_values_only() -> None:
    axis = R.Register("x.axis", 3100, R.RegType.U16, "", access=R.Access.RW,
                      enum=st.LiftAxis)
    doors = R.Register("x.doors", 3101, R.RegType.U16, "", access=R.Access.RW,
                       enum=st.DoorFlag)
    scaled = R.Register("x.set", 3102, R.RegType.I16, "", access=R.Access.RW, unit="s",
                        scale=0.1, minimum=-10, maximum=10)
    wide = R.Register("x.wide", 3103, R.RegType.U32, "", access=R.Access.RW)
    m = R.RegisterMap(8)
    m.by_name.update({r.name: r for r in (axis, doors, scaled, wide)})
    assert mon.check_write(m, "x.axis", int(st.LiftAxis.SHUTTLE)).words == (2,)
    assert mon.check_write(m, "x.axis", 7).refusal is mon.Refusal.NOT_A_MEMBER
    both = st.DoorFlag.BAY_DOOR_OPEN | st.DoorFlag.MAINTENANCE_DOOR_OPEN
    assert mon.check_write(m, "x.doors", int(both)).words == (3,)
    assert mon.check_write(m, "x.doors", 1 << 15).refusal is mon.Refusal.NOT_A_MEMBER
    assert mon.check_write(m, "x.set", -2.5).words == ((-25) & 0xFFFF,)
    assert mon.check_write(m, "x.set", 0.25).refusal is mon.Refusal.NOT_A_STEP
    assert mon.check_write(m, "x.set", 10.1).refusal is mon.Refusal.ABOVE_MAXIMUM
    assert mon.check_write(m, "x.wide", 0x12345).words == (0x1, 0x2345)
    assert mon.check_write(m, "x.wide", 0xFFFFFFFF).refusal is mon.Refusal.OUT_OF_TYPE
