"""A complete simulated swap by taps alone, over the real serial path."""

from __future__ import annotations

from PySide6.QtCore import Qt

from operator_app.domain import station as st
from operator_app.domain.supervisor import Phase
from operator_app.link.urls import parse_link_url, with_target
from operator_app.services.demo import demo_registry
from operator_app.services.link_worker import LinkConfig, LinkService, LinkWorker
from operator_app.services.swap_service import SwapService
from operator_app.ui.swap_panel import SwapPanel


def tap(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_identify_plan_confirm_watch_complete(qtbot, sim_factory) -> None:
    sim = sim_factory(time_scale=100, seed=7)
    link = LinkService(LinkWorker(with_target(parse_link_url("sim"), sim.path),
                                  LinkConfig(poll_interval=0.03, slot_interval=0.2)))
    service = SwapService(link, demo_registry())
    panel = SwapPanel(service, dpi=96.0, operator="ana")
    qtbot.addWidget(panel)
    panel.show()
    link.start()
    try:
        sim.do(sim.model.vehicle_arrive, "70-8812", ok=True)
        qtbot.waitUntil(lambda: link.last_snapshot is not None and
                        link.last_snapshot.status.state is st.StationState.READY, timeout=10000)
        assert not panel.start_button.isEnabled()  # nothing to start before identification
        qtbot.keyClicks(panel.plate, "XG_1!")
        tap(qtbot, panel.identify_button)
        assert "letters, digits" in panel.message.text()
        panel.plate.clear()
        qtbot.keyClicks(panel.plate, "70-8812")
        qtbot.keyClick(panel.plate, Qt.Key.Key_Return)  # as a wedge reader would
        assert "chosen by highest SoC" in panel.plan.text()
        assert not panel.confirm_button.isEnabled()  # one tap never starts motion
        tap(qtbot, panel.start_button)
        tap(qtbot, panel.confirm_button)
        qtbot.waitUntil(lambda: service.tx.phase is Phase.RUNNING, timeout=5000)
        assert panel.abort_button.isEnabled()
        qtbot.waitUntil(lambda: service.tx.phase is Phase.COMPLETED, timeout=20000)
        assert panel.message.text() == "Swap completed."
        assert panel.steps.count() >= 5
        assert not panel.abort_button.isEnabled()
    finally:
        link.stop()


def panel_on(qtbot, sim_factory, time_scale: float = 100):
    """A swap panel over the real serial path to a simulated station, the link started."""
    sim = sim_factory(time_scale=time_scale, seed=7)
    link = LinkService(LinkWorker(with_target(parse_link_url("sim"), sim.path),
                                  LinkConfig(poll_interval=0.03, slot_interval=0.2)))
    service = SwapService(link, demo_registry())
    panel = SwapPanel(service, dpi=96.0)
    qtbot.addWidget(panel)
    link.start()
    return sim, link, service, panel


def test_confirmation_lapses_when_the_plan_changes(qtbot, sim_factory) -> None:
    sim, link, service, panel = panel_on(qtbot, sim_factory)
    try:
        sim.do(sim.model.vehicle_arrive, "70-8812", ok=True)
        qtbot.waitUntil(lambda: link.last_snapshot is not None and
                        link.last_snapshot.status.state is st.StationState.READY, timeout=10000)
        qtbot.keyClicks(panel.plate, "70-8812")
        tap(qtbot, panel.identify_button)
        tap(qtbot, panel.start_button)
        chosen = service.tx.plan.packs_in[0].slot
        sim.do(sim.model.inject, f"charger_fault:{chosen}")  # the planned pack turns ineligible
        qtbot.waitUntil(lambda: panel.message.text().startswith("The confirmation lapsed"),
                        timeout=5000)
        assert not panel.confirm_button.isEnabled()
        assert sim.model.swap is None  # nothing started
    finally:
        link.stop()


def test_confirmation_survives_live_soc_changes_at_30x(qtbot, sim_factory) -> None:
    """At 30x every SoC in the plan's text moves each second; the plan's substance does not,
    so the confirmation stays valid for its whole window."""
    sim, link, service, panel = panel_on(qtbot, sim_factory, time_scale=30)
    try:
        sim.do(sim.model.vehicle_arrive, "70-8812", ok=True)
        qtbot.waitUntil(lambda: link.last_snapshot is not None and
                        link.last_snapshot.status.state is st.StationState.READY, timeout=20000)
        qtbot.keyClicks(panel.plate, "70-8812")
        tap(qtbot, panel.identify_button)
        tap(qtbot, panel.start_button)
        shown = panel.plan.text()
        qtbot.waitUntil(lambda: panel.plan.text() != shown, timeout=10000)  # the SoC moved
        qtbot.wait(1000)
        assert panel.confirm_button.isEnabled(), panel.message.text()
        tap(qtbot, panel.confirm_button)
        qtbot.waitUntil(lambda: service.tx.phase is Phase.RUNNING, timeout=5000)
    finally:
        link.stop()
