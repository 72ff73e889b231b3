"""The console's own RTU client and station reader against the simulator over a pty."""

from __future__ import annotations

import os
import threading

import pytest
import serial

from operator_app.domain import station as st
from operator_app.link import rtu
from operator_app.link.client import RtuClient
from operator_app.link.errors import (
    ControllerMismatch,
    CrcError,
    ExceptionReply,
    LinkTimeout,
    WrongUnit,
)
from operator_app.link.station import StationReader
from operator_app.simulator.server import PtyEndpoint


@pytest.fixture
def client(sim):
    c = RtuClient(serial.Serial(sim.path, 115200), timeout=0.3, retries=0)
    yield c
    c.close()


def test_reader_builds_a_snapshot_of_the_whole_station(sim, client) -> None:
    reader = StationReader(client)
    ident = reader.connect()
    assert ident.slot_count == 8 and ident.vendor == "SIM SwapCtl 2"
    snap = reader.poll(read_slots=True)
    assert snap.status.state is st.StationState.IDLE
    assert len(snap.slots) == 8
    pack = sim.model.rack[0].pack
    assert snap.slots[0].pack_code == pack.code
    assert snap.slots[0].soc == pytest.approx(pack.soc, abs=0.1)
    assert snap.invalid == frozenset()
    empty = [s for s in snap.slots if not s.occupied]
    assert empty and empty[0].soc is None and empty[0].state is st.SlotState.EMPTY
    # the console's heartbeat reached the controller
    assert sim.model.console_hb == reader.heartbeat_out == 1
    reader.poll(read_slots=False)
    assert sim.model.console_hb == 2
    assert client.counters.ok == 1 + 2 + 3 + 2  # identity, hb+fast, 3 slot reads, hb+fast


def test_reader_sizes_itself_to_24_slots(sim_factory) -> None:
    sim = sim_factory(slots=24)
    client = RtuClient(serial.Serial(sim.path, 115200), timeout=0.3)
    reader = StationReader(client)
    reader.connect()
    assert len(reader.slot_reads()) == 8
    assert len(reader.poll(read_slots=True).slots) == 24
    client.close()


def test_exception_reply_is_raised_not_retried(client) -> None:
    with pytest.raises(ExceptionReply) as err:
        client.read_registers(5000, 2)
    assert err.value.code == 2
    assert client.counters.retries == 0


def test_values_out_of_range_are_flagged_invalid(sim, client) -> None:
    reader = StationReader(client)
    reader.connect()
    sim.do(setattr, sim.model.rack[0].pack, "soc", 250.0)  # a broken BMS reports 250 %
    sim.do(sim.model.advance, 0.01)
    snap = reader.poll(read_slots=True)
    assert snap.slots[0].soc is None
    assert "soc" in snap.slots[0].invalid


class FakePeer:
    """A scripted controller on a raw pty: answers each request with what the test says."""

    def __init__(self, answer) -> None:
        self.endpoint = PtyEndpoint()
        self.answer = answer
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        import select

        asm = rtu.RequestAssembler()
        while not self._stop.is_set():
            r, _, _ = select.select([self.endpoint.master], [], [], 0.02)
            if r:
                for frame in asm.feed(self.endpoint.read()):
                    reply = self.answer(frame)
                    if reply:
                        os.write(self.endpoint.master, reply)

    def close(self) -> None:
        self._stop.set()
        self.thread.join()
        self.endpoint.close()


@pytest.mark.parametrize(("answer", "error"), [
    (lambda f: None, LinkTimeout),
    (lambda f: rtu.read_response(2, 3, [1, 2]), WrongUnit),
    (lambda f: rtu.read_response(1, 3, [1, 2])[:-1] + b"\x00", CrcError),
    (lambda f: rtu.read_response(1, 3, [1, 2])[:5], LinkTimeout),  # cut short
])
def test_bad_answers_raise_typed_errors(answer, error) -> None:
    peer = FakePeer(answer)
    client = RtuClient(serial.Serial(peer.endpoint.path, 115200), timeout=0.1, retries=1)
    try:
        with pytest.raises(error):
            client.read_registers(0, 2)
        assert client.counters.retries == 1
        assert client.counters.ok == 0
    finally:
        client.close()
        peer.close()


def test_wrong_device_is_refused_by_identity() -> None:
    peer = FakePeer(lambda f: rtu.read_response(1, 3, [0x1234] + [0] * 17))
    client = RtuClient(serial.Serial(peer.endpoint.path, 115200), timeout=0.2)
    try:
        with pytest.raises(ControllerMismatch, match="not a swap-station controller"):
            StationReader(client).connect()
    finally:
        client.close()
        peer.close()


def test_a_slot_is_decoded_again_exactly_when_its_registers_changed(sim, client) -> None:
    reader = StationReader(client)
    reader.connect()
    first = reader.poll(read_slots=True)
    sim.do(setattr, sim.model.rack[0].pack, "soc", 12.5)
    sim.do(sim.model._touch)
    second = reader.poll(read_slots=True)
    assert second.slots[0].soc == pytest.approx(12.5, abs=0.1)
    assert second.slots[0] is not first.slots[0]
    unchanged = [n for n in range(1, 8) if sim.model.rack[n].pack is None]
    assert unchanged  # an empty slot reads the same words: its snapshot is reused
    assert all(second.slots[n] is first.slots[n] for n in unchanged)
