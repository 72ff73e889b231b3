"""The first live console: simulator -> serial -> worker thread -> snapshot -> window."""

from __future__ import annotations

import subprocess
import sys

import pytest

from operator_app.domain.snapshot import LinkState
from operator_app.link.urls import parse_link_url, with_target
from operator_app.services.link_worker import LinkConfig, LinkService, LinkWorker
from operator_app.ui.first_console import FirstConsole


@pytest.fixture
def console(qtbot, sim):
    settings = with_target(parse_link_url("sim"), sim.path)
    link = LinkService(LinkWorker(settings, LinkConfig(poll_interval=0.05, slot_interval=0.2)))
    window = FirstConsole(settings.describe(), simulated=False)
    qtbot.addWidget(window)
    link.identity_read.connect(window.show_identity)
    link.snapshot_ready.connect(window.show_snapshot)
    link.link_event.connect(window.show_link_event)
    link.health.connect(window.show_health)
    link.start()
    window.show()
    yield window, link
    link.stop()
    assert not link.thread.isRunning()


def test_console_shows_a_soc_the_simulator_changed(qtbot, sim, console) -> None:
    window, _link = console
    pack = sim.model.rack[0].pack
    qtbot.waitUntil(lambda: window.slot_text(1, 1) == pack.code, timeout=5000)
    assert window.link_state.text() == "Online"
    assert window.banner.isVisible()
    sim.do(setattr, pack, "soc", 42.0)
    qtbot.waitUntil(lambda: window.slot_text(1, 3) == "42.0 %", timeout=5000)
    empty = next(i + 1 for i, s in enumerate(sim.model.rack) if s.pack is None)
    assert window.slot_text(empty, 1) == "-"
    assert window.slot_text(empty, 4) == "Empty"


def test_console_shows_both_heartbeats_moving(qtbot, sim, console) -> None:
    window, _link = console
    qtbot.waitUntil(lambda: window.controller_hb.text() not in ("-", "0"), timeout=5000)
    first = (int(window.controller_hb.text()), int(window.console_hb.text()))
    qtbot.waitUntil(lambda: int(window.console_hb.text()) > first[1] + 2, timeout=5000)
    qtbot.waitUntil(lambda: int(window.controller_hb.text()) > first[0], timeout=5000)
    assert sim.model.console_seen


def test_console_shows_state_and_step(qtbot, sim, console) -> None:
    window, _link = console
    sim.do(sim.model.vehicle_arrive, "WXV 5512", ok=True)
    qtbot.waitUntil(lambda: window.state.text() == "Vehicle positioning", timeout=5000)
    assert "WXV 5512" in window.bay.text()
    assert window.step.text() == "Positioning"


def test_link_lost_when_the_simulator_dies(qtbot, sim, console) -> None:
    window, link = console
    link.worker.config.lost_after = 0.5
    with qtbot.waitSignal(link.link_event, timeout=5000,
                          check_params_cb=lambda e: e.state is LinkState.ONLINE):
        pass
    with qtbot.waitSignal(link.link_event, timeout=5000,
                          check_params_cb=lambda e: e.state is LinkState.LOST):
        sim.do(sim.model.inject, "silent")
    assert window.link_state.text() == "LOST"
    assert "no valid answer" in window.events.item(0).text()
    # what the link no longer confirms is greyed out and labelled, never shown as current
    assert window.stale.isVisible() and "STALE" in window.stale.text()
    assert not window.rack.isEnabled()
    sim.do(sim.model.clear_injected)
    qtbot.waitUntil(lambda: window.link_state.text() == "Online", timeout=10000)
    # the notice goes with the first fresh snapshot, which follows the ONLINE event
    qtbot.waitUntil(lambda: not window.stale.isVisible(), timeout=5000)
    assert window.rack.isEnabled()


def test_operator_app_simulate_runs_and_quits() -> None:
    r = subprocess.run(
        [sys.executable, "-m", "operator_app", "--simulate", "--time-scale", "50",
         "--quit-after", "3"],
        capture_output=True, text=True, timeout=60,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert r.returncode == 0, r.stderr
    assert "link ONLINE" in r.stderr
    assert "Traceback" not in r.stderr


def test_version_and_bad_link() -> None:
    r = subprocess.run([sys.executable, "-m", "operator_app", "--version"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and "operator-app 0.1.0" in r.stdout and "PySide6 6.11.3" in r.stdout
    r = subprocess.run([sys.executable, "-m", "operator_app", "--link", "ttyUSB0"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "not a device path or URL" in r.stderr


def test_simulation_banner_follows_the_controllers_identity(qtbot, sim, console) -> None:
    window, _link = console  # built with simulated=False: only the identity can raise it
    qtbot.waitUntil(window.banner.isVisible, timeout=5000)
