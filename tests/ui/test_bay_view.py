"""Driver guidance from the positioning sensors, and the bay view that draws it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from operator_app.domain import station as st
from operator_app.domain.guidance import Move, driver_guidance
from operator_app.domain.snapshot import BayStatus
from operator_app.link.urls import parse_link_url, with_target
from operator_app.services.link_worker import LinkConfig, LinkService, LinkWorker
from operator_app.ui.bay_view import BayView

BAY = BayStatus(True, -400, 10, st.PositioningResult.IN_PROGRESS, 0, None, False, False, 1,
                st.PackType.A_171KWH, "XG 8121")


@pytest.mark.parametrize(("lo", "la", "move", "metres"), [
    (-400, 10, Move.FORWARD, 0.4), (120, 0, Move.BACK, 0.12), (20, 40, Move.LEFT, 0.04),
    (20, -40, Move.RIGHT, 0.04), (30, 10, Move.STOP, 0.0),
])
def test_guidance(lo: int, la: int, move: Move, metres: float) -> None:
    g = driver_guidance(replace(BAY, longitudinal_offset=lo, lateral_offset=la))
    assert (g.move, g.metres) == (move, metres)


def test_no_vehicle_and_no_readings() -> None:
    assert driver_guidance(replace(BAY, vehicle_present=False)).move is Move.NONE
    assert driver_guidance(replace(BAY, longitudinal_offset=None)).move is Move.WAIT


def test_bay_view_draws_a_live_bay(qtbot, sim_factory) -> None:
    sim = sim_factory(time_scale=20)
    link = LinkService(LinkWorker(with_target(parse_link_url("sim"), sim.path),
                                  LinkConfig(poll_interval=0.05)))
    link.start()
    try:
        view = BayView()
        qtbot.addWidget(view)
        link.snapshot_ready.connect(view.show_snapshot)
        view.resize(640, 300)
        view.show()
        sim.do(sim.model.vehicle_arrive, "XG 8121", ok=True)
        # the guidance names the vehicle the bay read
        qtbot.waitUntil(lambda: view.guidance_text().startswith("XG 8121: forward"),
                        timeout=5000)
        qtbot.waitUntil(lambda: view.guidance_text() == "XG 8121: STOP: in position",
                        timeout=15000)
        image = view.grab().toImage()
    finally:
        link.stop()
    assert not image.isNull() and image.width() == 640


def test_a_value_the_link_flagged_reads_invalid(qtbot) -> None:
    from operator_app.domain.snapshot import StationSnapshot
    from tests.services.test_recorder import MACHINE, status

    view = BayView()
    qtbot.addWidget(view)
    good = StationSnapshot(1, 1.0, status(), BAY, MACHINE, (), 1.0)
    view.show_snapshot(good)
    assert "invalid" not in view.info_text()
    view.show_snapshot(replace(good, invalid=frozenset({"bay.lateral_offset", "lift.height"})))
    text = view.info_text()
    assert text.startswith("offsets ") and " / invalid mm" in text and "lift invalid mm" in text
