"""The link worker's part of the register monitor, over a real pty: the raw words it read, the
frame log switched at run time, and a register write refused before the line when it may not go."""

from __future__ import annotations

import pytest

from operator_app.domain.snapshot import LinkState
from operator_app.link import monitor as mon
from operator_app.link import registers as R
from tests.services.test_link_worker import Link, fast_config


@pytest.fixture
def link(qtbot, sim):
    made = Link(qtbot, sim.path, fast_config())
    words: list[mon.RegisterWords] = []
    made.service.registers_read.connect(words.append)
    made.read = words
    made.outcomes_w: list[mon.WriteOutcome] = []
    made.service.register_written.connect(made.outcomes_w.append)
    made.wait_state(LinkState.ONLINE)
    yield made
    made.stop()


def test_the_words_read_come_whole_and_cannot_be_changed(link, sim, qtbot) -> None:
    service = link.service
    qtbot.waitUntil(lambda: R.SLOT_BASE in service.words, timeout=3000)
    # the identity block (read once, at connection), the fast block, the slot area
    start, count = R.IDENTITY_BLOCK
    assert all(a in service.words for a in range(start, start + count))
    assert service.words[0] == R.IDENTITY_MAGIC and service.words[2] == 8
    fast_start, fast_count = R.FAST_BLOCK
    assert all(a in service.words for a in range(fast_start, fast_start + fast_count))
    slot_start, slot_count = R.RegisterMap(8).slot_block()
    assert all(a in service.words for a in range(slot_start, slot_start + slot_count))
    assert 3000 not in service.words  # the cell area is read only when asked
    read = link.read[-1]
    assert read.at > 1e9 and service.words_at[fast_start] >= read.at - 1
    with pytest.raises(TypeError):
        read.words[fast_start] = 1  # type: ignore[index]
    # each poll brings the fast block again, with the controller heartbeat moving on
    hb = R.RegisterMap(8)["status.controller_heartbeat"].address
    before = len(link.read)
    qtbot.waitUntil(lambda: len({r.words[hb] for r in link.read[before:]
                                 if hb in r.words}) > 1, timeout=3000)


def test_the_frame_log_is_off_until_switched_on(link, qtbot) -> None:
    batches: list[tuple] = []
    link.service.frames_logged.connect(batches.append)
    qtbot.wait(300)
    assert batches == [] and not link.service.frame_log
    link.service.set_frame_log(True)
    qtbot.waitUntil(lambda: len(link.service.frame_log) >= 20, timeout=3000)
    assert all(isinstance(f, mon.FrameRecord) for f in link.service.frame_log)
    assert [f.direction for f in list(link.service.frame_log)[:4]] == ["tx", "rx"] * 2


def test_a_write_outside_maintenance_or_without_a_link_is_refused(link, sim, qtbot) -> None:
    seen: list[tuple[int, list[int]]] = []
    real = sim.model.write

    def spy(address: int, values: list[int]) -> int:
        seen.append((address, list(values)))
        return real(address, values)

    sim.do(setattr, sim.model, "write", spy)
    link.service.write_register("cells.select_slot", 2)  # in range, but mode AUTOMATIC
    qtbot.waitUntil(lambda: len(link.outcomes_w) == 1, timeout=3000)
    [outcome] = link.outcomes_w
    assert outcome.kind is mon.WriteKind.REFUSED
    assert outcome.refusal is mon.Refusal.NOT_MAINTENANCE
    sim.do(sim.model.inject, "silent")
    link.wait_state(LinkState.LOST)
    link.service.write_register("cells.select_slot", 2)
    qtbot.waitUntil(lambda: len(link.outcomes_w) == 2, timeout=3000)
    assert link.outcomes_w[1].refusal is mon.Refusal.LINK_DOWN
    assert [a for a, _ in seen if a == R.CELL_SELECT.address] == []
    assert any(a == 101 for a, _ in seen)  # the heartbeat's writes came: the spy sees them
