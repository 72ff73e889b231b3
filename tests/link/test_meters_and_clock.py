"""Protocol 3.1's controller clock and charger meters, decoded by the real link over a pty."""

from __future__ import annotations

import time

import pytest
import serial

from operator_app.domain import station as st
from operator_app.link import registers as R
from operator_app.link.client import RtuClient
from operator_app.link.decode import Decoder, decode_slot, decode_status, image_from_blocks
from operator_app.link.station import StationReader
from operator_app.simulator.model import StationModel
from tests.conftest import SimOnPty


def reader_on(sim) -> tuple[StationReader, RtuClient]:
    client = RtuClient(serial.Serial(sim.path, 115200), timeout=0.3, retries=1)
    reader = StationReader(client)
    reader.connect()
    return reader, client


def model_meters(sim) -> list[tuple[float, float]]:
    return sim.do(lambda: [(s.charger.meter_ah, s.charger.meter_kwh) for s in sim.model.rack])


def test_meters_and_clock_decode_into_the_snapshot(sim_factory) -> None:
    sim = sim_factory(seed=5, time_scale=40)
    reader, client = reader_on(sim)
    try:
        assert reader.identity.protocol_version == (3, 2) == R.PROTOCOL_VERSION
        time.sleep(0.5)  # 20 s of station time: the chargers have metered some charge
        before, clock_before = model_meters(sim), sim.do(lambda: sim.model.sim_time)
        snap = reader.poll(read_slots=True)
        after, clock_after = model_meters(sim), sim.do(lambda: sim.model.sim_time)
        assert snap.invalid == frozenset()
        t = snap.status.controller_time_s
        assert t is not None and clock_before - 0.1 <= t <= clock_after + 0.1
        charging = 0
        for s, lo, hi in zip(snap.slots, before, after, strict=True):
            assert isinstance(s.meter_ah, float) and isinstance(s.meter_kwh, float)
            assert lo[0] - 0.01 <= s.meter_ah <= hi[0] + 0.01, s.slot
            assert lo[1] - 0.001 <= s.meter_kwh <= hi[1] + 0.001, s.slot
            charging += s.meter_ah > 0
        assert charging >= 3  # the rack's packs below full are charging
        empty = [s for s in snap.slots if not s.occupied]
        assert empty and empty[0].meter_ah == 0.0  # an empty slot's charger still has meters
        assert empty[0].soc is None  # but no pack values
        # the meters grow between polls, on the controller's clock
        time.sleep(0.3)
        later = reader.poll(read_slots=True)
        assert later.status.controller_time_s > t
        assert all(b.meter_ah >= a.meter_ah for a, b in zip(snap.slots, later.slots,
                                                            strict=True))
        assert any(b.meter_ah > a.meter_ah for a, b in zip(snap.slots, later.slots,
                                                           strict=True))
    finally:
        client.close()


@pytest.mark.parametrize("scale", [1.0, 40.0])
def test_the_controller_clock_runs_at_the_time_scale(sim_factory, scale: float) -> None:
    sim = sim_factory(seed=5, time_scale=scale)
    reader, client = reader_on(sim)
    try:
        first = reader.poll(read_slots=False)
        t0 = time.monotonic()
        time.sleep(2.0)
        second = reader.poll(read_slots=False)
        real = time.monotonic() - t0
        ran = second.status.controller_time_s - first.status.controller_time_s
        assert ran / real == pytest.approx(scale, rel=0.05)
    finally:
        client.close()


class ProtocolThreeZero(StationModel):
    """A 3.0 controller: it says 3.0 and, having no clock and no meters, reads 0 there."""

    def _publish(self) -> None:
        super()._publish()
        self._put("identity.protocol_version", 0x0300)
        self._put("run.clock", 0)
        for n in range(1, self.slots_n + 1):
            self._put(f"slot_{n}.meter_ah", 0)
            self._put(f"slot_{n}.meter_kwh", 0)


def test_a_3_0_controller_has_no_clock_and_no_meters_none_not_0() -> None:
    sim = SimOnPty(ProtocolThreeZero(seed=5, arrivals=False, time_scale=40))
    try:
        reader, client = reader_on(sim)
        try:
            assert reader.identity.protocol_version == (3, 0)  # accepted: same major
            time.sleep(0.3)
            snap = reader.poll(read_slots=True)
            assert snap.status.controller_time_s is None
            assert all(s.meter_ah is None and s.meter_kwh is None for s in snap.slots)
            assert snap.slots[0].soc is not None  # everything else as before
            assert snap.invalid == frozenset()
        finally:
            client.close()
    finally:
        sim.close()


def test_decoding_follows_the_protocol_version() -> None:
    model = StationModel(seed=5, arrivals=False, time_scale=40)
    model.advance(1.0)
    start, count = R.FAST_BLOCK
    blocks = [(start, model.read(start, count))]
    blocks += [(s, model.read(s, n)) for s, n in R.plan_reads(*model.rmap.slot_block())]
    image = image_from_blocks(blocks)
    for protocol, present in (((3, 1), True), ((3, 0), False), ((3, 7), True)):
        d = Decoder(R.RegisterMap(8, protocol=protocol), image)
        status, _, _ = decode_status(d)
        slot = decode_slot(d, 1)
        if present:
            assert status.controller_time_s == pytest.approx(40.0, abs=0.1)
            assert slot.meter_ah == pytest.approx(model.rack[0].charger.meter_ah, abs=0.01)
            assert slot.meter_kwh == pytest.approx(model.rack[0].charger.meter_kwh, abs=0.001)
        else:
            assert status.controller_time_s is None and slot.meter_ah is None
            assert slot.meter_kwh is None
        assert not d.invalid


def test_no_meter_reads_as_not_available() -> None:
    rmap = R.RegisterMap(8)
    base = R.slot_base(1)
    image = {a: 0 for a in range(base, base + R.SLOT_STRIDE)}
    for name in ("slot_1.meter_ah", "slot_1.meter_kwh"):
        reg = rmap[name]
        image.update(zip(range(reg.address, reg.end), reg.encode(None), strict=True))
    slot = decode_slot(Decoder(rmap, image), 1)
    assert slot.meter_ah is None and slot.meter_kwh is None


def test_the_new_registers_are_in_the_document() -> None:
    doc = R.render_markdown()
    assert "| 204-205 | `run.clock` | u32 wrapping | R | s | 0.1 |" in doc
    assert "| 34-35 | `slot_n.meter_ah` | u32 wrapping | Ah | 0.01 |" in doc
    assert "| 36-37 | `slot_n.meter_kwh` | u32 wrapping | kWh | 0.001 |" in doc
    assert "(since 3.1)" in doc and "## Changes from 3.0" in doc
    assert "Offsets 38-39 are reserved" in doc
    m = R.RegisterMap(st.MAX_SLOTS)
    assert m["slot_1.meter_kwh"].end == R.slot_base(1) + 38 <= R.slot_base(2)
    assert R.FAST_BLOCK[0] + R.FAST_BLOCK[1] > m["run.clock"].end  # 3.2 reads on to maint.*
