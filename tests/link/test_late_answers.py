"""Answers near the timeout: a late answer is never taken for the next request's.

RTU answers do not name the request they answer, and two 125-register reads of the
rack look alike. With the controller answering around the console's 250 ms timeout,
every snapshot's rack must still be the controller's rack, slot for slot: a value is
right, or the read failed and the console says so; never another slot's value.
"""

from __future__ import annotations

import pytest
import serial

from operator_app.link.client import RtuClient
from operator_app.link.errors import LinkError
from operator_app.link.station import StationReader

TIMEOUT = 0.25


@pytest.mark.parametrize("delay_ms", range(230, 271))
def test_no_wrong_rack_value_at_any_delay_near_the_timeout(sim_factory, delay_ms) -> None:
    sim = sim_factory(seed=delay_ms)
    truth = {n: (s.pack.code if s.pack else None) for n, s in enumerate(sim.model.rack, 1)}
    client = RtuClient(serial.Serial(sim.path, 115200), timeout=TIMEOUT, retries=1)
    reader = StationReader(client)
    reader.connect()
    sim.do(setattr, sim.model.comm, "delay_s", delay_ms / 1000)
    good = failed = 0
    try:
        for _ in range(3):
            try:
                snap = reader.poll(read_slots=True)
            except LinkError:
                failed += 1
                continue
            good += 1
            for slot in snap.slots:
                assert slot.pack_code == truth[slot.slot], (delay_ms, slot.slot)
                assert slot.occupied == (truth[slot.slot] is not None)
                assert not slot.invalid, (delay_ms, slot.slot, slot.invalid)
            assert not snap.invalid
    finally:
        client.close()
    assert good + failed == 3
    if delay_ms <= 235:
        assert good >= 2  # inside the timeout the line works (a loaded machine may lose one)
