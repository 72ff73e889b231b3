"""The production link over real pseudo-terminals: commands, health, loss and recovery."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from operator_app.domain.commands import CommandOutcome, CommandRequest, OutcomeKind
from operator_app.domain.snapshot import LinkState
from operator_app.domain.station import (
    CommandCode,
    FaultCode,
    PackType,
    RejectReason,
    StationState,
)
from operator_app.link import registers as R
from operator_app.link.urls import parse_link_url, with_target
from operator_app.services.link_worker import LinkConfig, LinkService, LinkWorker


def fast_config(**kw) -> LinkConfig:
    base = dict(poll_interval=0.02, slot_interval=0.1, lost_after=1.0, command_timeout=1.0,
                backoff_min=0.1, backoff_max=0.4)
    base.update(kw)
    return LinkConfig(**base)


class Link:
    """A LinkService under test, recording everything it says."""

    def __init__(self, qtbot, url: str, config: LinkConfig) -> None:
        self.qtbot = qtbot
        settings = parse_link_url(url) if "://" in url else with_target(parse_link_url("sim"),
                                                                         url)
        self.service = LinkService(LinkWorker(settings, config))
        self.events = []
        self._mark = 0
        self.outcomes: list[CommandOutcome] = []
        self.service.link_event.connect(self.events.append)
        self.service.command_outcome.connect(self.outcomes.append)
        self.service.start()

    def wait_state(self, state: LinkState, timeout: int = 10000) -> None:
        """Wait for the next event (after the last one waited for) that enters ``state``."""

        def found() -> bool:
            for i in range(self._mark, len(self.events)):
                if self.events[i].state is state:
                    self._mark = i + 1
                    return True
            return False

        self.qtbot.waitUntil(found, timeout=timeout)

    def command(self, code: CommandCode, *args: int, final: bool = True,
                timeout: int = 10000) -> list[CommandOutcome]:
        """Send and wait for the final outcome (or the first one); return all of them."""
        request = CommandRequest(code, args)
        self.service.send_command(request)

        def seen() -> bool:
            mine = [o for o in self.outcomes if o.request is request]
            return bool(mine) and (mine[-1].final or not final)

        self.qtbot.waitUntil(seen, timeout=timeout)
        return [o for o in self.outcomes if o.request is request]

    def stop(self) -> None:
        self.service.stop()
        assert not self.service.thread.isRunning()


@pytest.fixture
def make_link(qtbot):
    made: list[Link] = []

    def make(url: str, **kw) -> Link:
        link = Link(qtbot, url, fast_config(**kw))
        made.append(link)
        return link

    yield make
    for link in made:
        link.stop()


def kinds(outcomes: list[CommandOutcome]) -> list[OutcomeKind]:
    return [o.kind for o in outcomes]


def ready_vehicle(sim, link: Link, plate: str = "70-8812") -> None:
    sim.do(sim.model.vehicle_arrive, plate, ok=True)
    link.qtbot.waitUntil(lambda: link.service.last_snapshot is not None
                         and link.service.last_snapshot.status.state is StationState.READY,
                         timeout=10000)


def a_slot(sim) -> int:
    return next(i + 1 for i, s in enumerate(sim.model.rack)
                if s.pack is not None and s.pack.type is PackType.A_171KWH)


# --- every command outcome ------------------------------------------------------------------


def test_rejected_with_reason(sim, make_link) -> None:
    link = make_link(sim.path)
    link.wait_state(LinkState.ONLINE)
    [outcome] = link.command(99)
    assert outcome.kind is OutcomeKind.REJECTED
    assert outcome.reason is RejectReason.UNKNOWN_COMMAND
    [outcome] = link.command(CommandCode.ABORT_SWAP)
    assert outcome.reason is RejectReason.NOTHING_TO_ABORT


def test_done_at_once(sim, make_link) -> None:
    link = make_link(sim.path)
    link.wait_state(LinkState.ONLINE)
    assert kinds(link.command(CommandCode.RESET_FAULTS)) == [OutcomeKind.DONE]
    assert kinds(link.command(CommandCode.SET_MODE, 1)) == [OutcomeKind.DONE]
    link.qtbot.waitUntil(lambda: sim.model.state is StationState.MAINTENANCE)


def test_accepted_then_done(sim_factory, make_link) -> None:
    sim = sim_factory(seed=3, time_scale=300)
    link = make_link(sim.path)
    link.wait_state(LinkState.ONLINE)
    ready_vehicle(sim, link)
    outcomes = link.command(CommandCode.START_SWAP, 1, a_slot(sim), 0, 0, 0, 0, 0)
    assert kinds(outcomes) == [OutcomeKind.ACCEPTED, OutcomeKind.DONE]
    assert outcomes[0].sequence == outcomes[1].sequence


def test_accepted_then_failed_with_fault(sim_factory, make_link) -> None:
    sim = sim_factory(seed=3, time_scale=300)
    link = make_link(sim.path)
    link.wait_state(LinkState.ONLINE)
    ready_vehicle(sim, link)
    sim.do(sim.model.inject, "lock_jam")
    outcomes = link.command(CommandCode.START_SWAP, 1, a_slot(sim), 0, 0, 0, 0, 0)
    assert kinds(outcomes) == [OutcomeKind.ACCEPTED, OutcomeKind.FAILED]
    assert outcomes[-1].fault is FaultCode.LOCK_JAM


def test_start_superseded_by_abort_ends_from_the_swap_result(sim_factory, make_link) -> None:
    sim = sim_factory(seed=3, time_scale=20)
    link = make_link(sim.path)
    link.wait_state(LinkState.ONLINE)
    ready_vehicle(sim, link)
    start = CommandRequest(CommandCode.START_SWAP, (1, a_slot(sim), 0, 0, 0, 0, 0))
    link.service.send_command(start)
    link.qtbot.waitUntil(lambda: any(o.request is start for o in link.outcomes))
    assert kinds(link.command(CommandCode.ABORT_SWAP)) == [OutcomeKind.ACCEPTED,
                                                           OutcomeKind.DONE]
    link.qtbot.waitUntil(lambda: [o.kind for o in link.outcomes if o.request is start] ==
                         [OutcomeKind.ACCEPTED, OutcomeKind.FAILED], timeout=10000)
    assert [o for o in link.outcomes if o.request is start][-1].fault is FaultCode.ABORTED


def test_unknown_when_no_answer_comes(sim, make_link) -> None:
    link = make_link(sim.path, lost_after=5.0, command_timeout=0.6)
    link.wait_state(LinkState.ONLINE)
    sim.do(sim.model.inject, "silent")
    [outcome] = link.command(CommandCode.RESET_FAULTS)
    assert outcome.kind is OutcomeKind.UNKNOWN
    assert "may or may not" in outcome.detail
    assert link.events[-1].state is LinkState.DEGRADED  # errors, not yet lost


def test_refused_at_once_while_the_link_is_down(make_link, tmp_path) -> None:
    link = make_link(str(tmp_path / "no-such-port"))
    link.wait_state(LinkState.CONNECTING)
    [outcome] = link.command(CommandCode.RESET_FAULTS, timeout=1000)
    assert outcome.kind is OutcomeKind.REFUSED and outcome.sequence == 0
    assert "does not exist" in link.events[-1].cause
    # the screens get the same words as Phrases, to translate; the port's name as it is
    from operator_app.link import causes as C

    said = link.events[-1].said
    assert said.text == C.E_NO_PORT and said.args == (str(tmp_path / "no-such-port"),)
    assert said.english() == link.events[-1].cause
    assert outcome.said.text == C.D_LINK_IS and outcome.said.english() == outcome.detail
    assert outcome.said.args[0].text == C.D_LINK_STATES["connecting"]


def test_a_lost_answer_is_retried_without_re_issuing(sim, make_link) -> None:
    link = make_link(sim.path)
    link.wait_state(LinkState.ONLINE)
    sim.do(sim.model.inject, "drop_answers:1")  # the next frame is carried out, answer lost
    before = len(sim.model.executed)
    assert kinds(link.command(CommandCode.RESET_FAULTS)) == [OutcomeKind.DONE]
    assert len(sim.model.executed) == before + 1  # carried out exactly once
    assert link.service.worker.counters.timeouts >= 1  # the echo was lost: it was re-sent


def test_sequence_numbers_continue_after_the_controllers_last(sim, make_link) -> None:
    # an earlier console session left sequence 41 as the last answered
    code = sim.model.rmap["command.code"].address
    sim.do(sim.model.write, code, [CommandCode.RESET_FAULTS, 41, 0, 0, 0, 0, 0, 0, 0, 0])
    link = make_link(sim.path)
    link.wait_state(LinkState.ONLINE)
    [outcome] = link.command(CommandCode.RESET_FAULTS)
    assert outcome.kind is OutcomeKind.DONE and outcome.sequence == 42


# --- health, loss and recovery ----------------------------------------------------------------


def test_controller_restart_is_reported_and_sequences_resync(sim, make_link) -> None:
    link = make_link(sim.path, lost_after=1.0)
    link.wait_state(LinkState.ONLINE)
    [first] = link.command(CommandCode.RESET_FAULTS)
    assert first.kind is OutcomeKind.DONE
    sim.do(sim.model.inject, "restart")  # 2 s silent, then fresh
    link.wait_state(LinkState.LOST)
    link.wait_state(LinkState.ONLINE)
    # seen through the reconnect: the run id changed while the link was down
    assert any("restarted while the link was down" in e.cause for e in link.events)
    [outcome] = link.command(CommandCode.RESET_FAULTS)
    # the console's numbers go on past every number it used
    assert outcome.kind is OutcomeKind.DONE and outcome.sequence == first.sequence + 1
    assert link.service.worker.reconnects == 1


def test_a_restart_seen_by_the_poll_forgets_pending_commands(sim_factory, make_link) -> None:
    sim = sim_factory(seed=3, time_scale=20)
    link = make_link(sim.path, lost_after=5.0)  # the restart is seen without a reconnect
    link.wait_state(LinkState.ONLINE)
    ready_vehicle(sim, link)
    start = link.service.send_command(
        CommandRequest(CommandCode.START_SWAP, (1, a_slot(sim), 0, 0, 0, 0, 0)))
    link.qtbot.waitUntil(lambda: start.accepted, timeout=5000)
    sim.do(sim.model.restart)
    link.qtbot.waitUntil(lambda: start.done, timeout=10000)
    assert start.outcome.kind is OutcomeKind.UNKNOWN
    assert "restarted" in start.outcome.detail
    assert any(e.cause.startswith("the controller restarted") for e in link.events)


def test_heartbeat_freeze_means_lost_even_though_frames_answer(sim, make_link) -> None:
    link = make_link(sim.path, lost_after=0.5)
    link.wait_state(LinkState.ONLINE)
    sim.do(sim.model.inject, "heartbeat_freeze")
    link.wait_state(LinkState.LOST)
    assert "heartbeat has not changed" in link.events[-1].cause
    # the seconds go to the screen as a number, shown with the language's decimal sign
    from operator_app.domain.words import Number
    from operator_app.link import causes as C

    said = link.events[-1].said
    assert said.text == C.C_HEARTBEAT_STILL and isinstance(said.args[0], Number)
    comma = said.fill(None, lambda v, d: f"{v:.{d}f}".replace(".", ","))
    assert comma == link.events[-1].cause.replace(said.args[0].english(),
                                                  said.args[0].english().replace(".", ","))
    # frames still answer, but nothing from a frozen program is shown as current
    snaps = []
    link.service.snapshot_ready.connect(snaps.append)
    polls = link.service.worker.counters.ok
    link.qtbot.waitUntil(lambda: link.service.worker.counters.ok > polls + 20, timeout=5000)
    assert snaps == []
    sim.do(sim.model.clear_injected)
    link.wait_state(LinkState.ONLINE)
    link.qtbot.waitUntil(lambda: bool(snaps), timeout=5000)


def test_a_lossy_line_that_delivers_is_degraded_not_connecting(sim_factory, make_link) -> None:
    sim = sim_factory(faults=["corrupt_frames:20"])
    link = make_link(sim.path, lost_after=3.0)
    link.wait_state(LinkState.DEGRADED, timeout=10000)
    assert LinkState.ONLINE not in [e.state for e in link.events]  # never clean enough
    # and commands go through (their answers may need retries)
    outcomes = link.command(CommandCode.RESET_FAULTS)
    assert outcomes[-1].kind in (OutcomeKind.DONE, OutcomeKind.UNKNOWN)
    assert sum(o.kind is OutcomeKind.DONE for o in (
        link.command(CommandCode.RESET_FAULTS)[-1] for _ in range(5))) >= 3


def test_a_hung_screen_stops_the_heartbeat_and_the_controller_holds(sim_factory, make_link,
                                                                   qtbot) -> None:
    import threading
    import time

    sim = sim_factory(watchdog_s=1.0)
    link = make_link(sim.path, lost_after=5.0)
    link.wait_state(LinkState.ONLINE)
    held, stop = [], threading.Event()

    def watch() -> None:
        while not stop.is_set():
            with sim.loop.lock:
                if sim.model.held:
                    held.append(sim.model.console_hb)
            stop.wait(0.02)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        time.sleep(2.8)  # the UI thread hangs: no event loop turns (what the test is about)
    finally:
        stop.set()
        watcher.join()
    assert held, "the controller's watchdog never held while the screen was hung"
    qtbot.waitUntil(lambda: any("responds again" in e.cause for e in link.events),
                    timeout=5000)
    assert any("screen has not responded" in e.cause for e in link.events)
    qtbot.waitUntil(lambda: not sim.model.held, timeout=5000)  # the heartbeat runs again


def test_the_link_thread_alone_keeps_the_heartbeat_only_while_the_ui_turns(sim, make_link,
                                                                          qtbot) -> None:
    link = make_link(sim.path)
    link.wait_state(LinkState.ONLINE)
    beat = sim.model.console_hb
    qtbot.waitUntil(lambda: sim.model.console_hb != beat, timeout=2000)
    assert not any("screen" in e.cause for e in link.events)


def test_outcomes_at_shutdown_are_delivered_before_stop_returns(sim, make_link) -> None:
    link = make_link(sim.path, lost_after=5.0, command_timeout=30.0)
    link.wait_state(LinkState.ONLINE)
    sim.do(sim.model.inject, "silent")
    handle = link.service.send_command(CommandRequest(CommandCode.RESET_FAULTS))
    link.qtbot.waitUntil(lambda: link.service.worker.counters.timeouts >= 1, timeout=5000)
    assert not handle.done
    link.service.stop()  # no event loop turns after this in a closing console
    assert handle.done and handle.outcome.kind is OutcomeKind.UNKNOWN
    assert [o.kind for o in link.outcomes if o.request is handle.request] == [
        OutcomeKind.UNKNOWN]


def test_line_noise_is_survived_and_counted(sim, make_link, qtbot) -> None:
    link = make_link(sim.path, lost_after=2.0)
    link.wait_state(LinkState.ONLINE)
    sim.do(sim.model.inject, "line_noise:50")
    start = link.service.worker.snapshots
    qtbot.waitUntil(lambda: link.service.worker.snapshots > start + 30, timeout=10000)
    assert link.service.last_health.noise_bytes > 0
    assert LinkState.LOST not in [e.state for e in link.events]
    snap = link.service.last_snapshot
    assert snap.invalid == frozenset()
    assert all(s.invalid == frozenset() for s in snap.slots)


def test_corrupted_answers_are_counted_and_retried(sim, make_link, qtbot) -> None:
    link = make_link(sim.path, lost_after=3.0)
    link.wait_state(LinkState.ONLINE)
    sim.do(sim.model.inject, "corrupt_frames:20")
    qtbot.waitUntil(lambda: link.service.last_health.crc_errors >= 5, timeout=10000)
    assert link.service.last_health.retries >= 5
    assert LinkState.LOST not in [e.state for e in link.events]
    sim.do(sim.model.clear_injected)
    link.wait_state(LinkState.ONLINE, timeout=15000)


def test_slow_controller_near_the_timeout_still_works(sim_factory, make_link, qtbot) -> None:
    sim = sim_factory(faults=["slow:150"])
    link = make_link(sim.path)  # answers take 150 ms of the default 250 ms timeout
    link.wait_state(LinkState.ONLINE)
    start = link.service.worker.snapshots
    qtbot.waitUntil(lambda: link.service.worker.snapshots > start + 3, timeout=10000)
    # a loaded machine may push a rare answer past the timeout; the link must hold
    assert link.service.last_health.timeouts <= 2
    assert LinkState.LOST not in [e.state for e in link.events]
    assert link.service.last_health.rtt_median > 0.14


def test_controller_slower_than_the_timeout_is_lost(sim_factory, make_link) -> None:
    sim = sim_factory(faults=["slow:400"])
    link = make_link(sim.path, lost_after=1.0)
    link.wait_state(LinkState.CONNECTING)
    link.qtbot.waitUntil(lambda: link.service.worker.counters.timeouts >= 2, timeout=10000)
    assert link.service.last_snapshot is None


def test_watchdog_holds_the_station_while_the_worker_is_paused(sim_factory, make_link) -> None:
    sim = sim_factory(seed=3, time_scale=5, watchdog_s=0.5)
    link = make_link(sim.path, lost_after=5.0)
    link.wait_state(LinkState.ONLINE)
    ready_vehicle(sim, link)
    link.command(CommandCode.START_SWAP, 1, a_slot(sim), 0, 0, 0, 0, 0, final=False)
    link.service.set_paused(True)
    link.qtbot.waitUntil(lambda: sim.model.state is StationState.HELD, timeout=5000)
    link.service.set_paused(False)
    # the heartbeat is back, but motion stays held until someone resumes it deliberately
    link.qtbot.waitUntil(lambda: sim.model.console_hb_changed > sim.model.real_time - 0.3,
                         timeout=5000)
    link.qtbot.wait(300)
    assert sim.model.state is StationState.HELD
    assert link.service.last_snapshot.status.state is StationState.HELD
    outcome = link.command(CommandCode.RESUME)[-1]
    assert outcome.kind is OutcomeKind.DONE
    link.qtbot.waitUntil(lambda: sim.model.state is StationState.SWAPPING, timeout=5000)
    link.qtbot.waitUntil(lambda: link.service.last_snapshot.status.state
                         is StationState.SWAPPING, timeout=5000)


def test_cell_detail_on_demand(sim, make_link, qtbot) -> None:
    link = make_link(sim.path)
    link.wait_state(LinkState.ONLINE)
    with qtbot.waitSignal(link.service.cells_ready, timeout=5000) as blocker:
        link.service.request_cells(3)
    detail = blocker.args[0]
    assert detail.ok and detail.slot == 3
    assert len(detail.voltages) == 180 and len(detail.temperatures) == 32
    pack = sim.model.rack[2].pack
    assert min(detail.voltages) == pytest.approx(min(pack.cell_voltages()), abs=0.002)


def test_packet_trace_writes_raw_frames(sim, make_link, tmp_path, qtbot) -> None:
    link = make_link(sim.path)
    link.wait_state(LinkState.ONLINE)
    trace = tmp_path / "trace" / "link.log"
    link.service.set_trace(str(trace))
    qtbot.waitUntil(lambda: trace.exists() and trace.stat().st_size > 500, timeout=5000)
    link.service.set_trace(None)  # reaches the link's thread between two polls
    qtbot.wait(300)
    text = trace.read_text()
    assert "tx        01 06 00 65" in text  # the heartbeat write
    # the fast block's answer: its byte count, two a register (106 registers since 3.1)
    assert f"rx        01 03 {2 * R.FAST_BLOCK[1]:02x}" in text
    size = trace.stat().st_size
    qtbot.wait(300)
    assert trace.stat().st_size == size  # switched off


# --- a real simulator process killed and restarted -----------------------------------------------


def start_sim_process(*args: str) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "operator_app.simulator", *args],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().startswith("PORT ")
    return proc


def test_pulled_cable_lost_then_recovered_on_the_same_port(make_link, tmp_path) -> None:
    path = tmp_path / "station"
    proc = start_sim_process("--serial", "pty", "--link-path", str(path), "--no-arrivals")
    try:
        link = make_link(str(path), lost_after=0.8)
        link.wait_state(LinkState.ONLINE)
        os.kill(proc.pid, signal.SIGKILL)  # the cable is pulled
        proc.wait()
        link.wait_state(LinkState.LOST)
        lost = link.events[-1]
        proc = start_sim_process("--serial", "pty", "--link-path", str(path), "--no-arrivals")
        link.wait_state(LinkState.ONLINE, timeout=15000)
        assert link.service.worker.reconnects >= 1
        assert lost.cause
        states = [e.state for e in link.events]
        assert states[:2] == [LinkState.CONNECTING, LinkState.ONLINE]
        assert LinkState.LOST in states
    finally:
        proc.kill()
        proc.wait()


def test_serial_device_server_by_url(make_link) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "operator_app.simulator", "--tcp",
                             "127.0.0.1:0", "--no-arrivals"], stdout=subprocess.PIPE, text=True)
    try:
        url = proc.stdout.readline().split()[1]
        assert url.startswith("socket://")
        link = make_link(url + "?unit=1&timeout=0.5")
        link.wait_state(LinkState.ONLINE)
        assert kinds(link.command(CommandCode.RESET_FAULTS)) == [OutcomeKind.DONE]
    finally:
        proc.terminate()
        proc.wait(10)

