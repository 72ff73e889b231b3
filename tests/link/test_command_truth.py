"""The truth of every command: what the console reports is what the controller's log says.

The simulator's command log (every command it executed, once, with its result) is the
ground truth. The console talks to it through a TCP relay that cuts the line at random
bytes (between a command's write and its answer, between the answer and the next poll,
during a reconnect), or on cue. Whatever happens, every outcome the console reports is
either what the controller did or UNKNOWN, and no command is executed twice.
"""

from __future__ import annotations

import os
from collections import Counter

import pytest

from operator_app.domain.commands import CommandHandle, CommandRequest, OutcomeKind
from operator_app.domain.snapshot import LinkState
from operator_app.domain.station import COMMAND_ARGS, CommandCode
from operator_app.link import rtu
from operator_app.link.urls import parse_link_url
from operator_app.services.link_worker import LinkConfig, LinkService, LinkWorker
from operator_app.simulator.model import StationModel
from operator_app.simulator.server import ServerLoop, TcpEndpoint
from tests.link.relay import CuttingRelay

UP = (LinkState.ONLINE, LinkState.DEGRADED)


class Rig:
    """Simulator (with its command log) -> relay -> console link, all on loopback."""

    def __init__(self, qtbot, cut_every=None, seed: int = 0, timeout: float = 0.1,
                 **config) -> None:
        self.qtbot = qtbot
        self.log: list[dict] = []
        self.model = StationModel(seed=seed, arrivals=False, command_log=self.log.append)
        self.endpoint = TcpEndpoint("127.0.0.1", 0)
        self.loop = ServerLoop(self.model, self.endpoint).start()
        self.relay = CuttingRelay(self.endpoint.address, seed=seed, cut_every=cut_every)
        base = dict(poll_interval=0.02, slot_interval=0.5, lost_after=1.0,
                    command_timeout=1.5, backoff_min=0.05, backoff_max=0.2)
        base.update(config)
        self.link = LinkService(LinkWorker(parse_link_url(f"{self.relay.url}?timeout="
                                                          f"{timeout}"), LinkConfig(**base)))
        self.states: list[LinkState] = []
        self.link.link_event.connect(lambda e: self.states.append(e.state))
        self.link.start()

    def up(self) -> bool:
        return bool(self.states) and self.states[-1] in UP

    def send(self, request: CommandRequest, timeout: int = 20000) -> CommandHandle:
        handle = self.link.send_command(request)
        self.qtbot.waitUntil(lambda: handle.done, timeout=timeout)
        return handle

    def close(self) -> None:
        self.link.stop()
        self.relay.close()
        self.loop.close()


@pytest.fixture
def rig(qtbot):
    made: list[Rig] = []

    def make(**kw) -> Rig:
        r = Rig(qtbot, **kw)
        made.append(r)
        return r

    yield make
    for r in made:
        r.close()


def logged_args(request: CommandRequest) -> list[int]:
    names = COMMAND_ARGS[CommandCode(request.code)]
    return list(request.args) + [0] * (len(names) - len(request.args))


def check_against_log(handles: list[CommandHandle], log: list[dict]) -> Counter:
    """Every final outcome agrees with the log, or is UNKNOWN / REFUSED; nothing ran twice."""
    seqs = Counter(entry["seq"] for entry in log)
    twice = [s for s, n in seqs.items() if n > 1]
    assert not twice, f"executed twice: {twice}"
    by_seq = {entry["seq"]: entry for entry in log}
    sent = {}
    kinds: Counter = Counter()
    for h in handles:
        outcome = h.outcome
        assert outcome is not None
        kinds[outcome.kind.name] += 1
        if outcome.kind is OutcomeKind.REFUSED:
            continue  # never on the line (checked below: nothing unclaimed in the log)
        assert outcome.sequence, h
        assert outcome.sequence not in sent, f"two requests went out as {outcome.sequence}"
        sent[outcome.sequence] = h
        if outcome.kind is OutcomeKind.UNKNOWN:
            continue
        entry = by_seq.get(outcome.sequence)
        assert entry is not None, f"{h} reported {outcome.kind.name}, the controller never ran it"
        assert entry["code"] == CommandCode(h.request.code).name, (h, entry)
        assert entry["args"] == logged_args(h.request), (h, entry)
        assert entry["result"] == outcome.kind.name, (h, entry)
    unclaimed = [e for e in log if e["seq"] not in sent]
    assert not unclaimed, f"executed but never sent by this console: {unclaimed}"
    return kinds


def commands(n: int):
    """Distinct consecutive commands that end DONE on a healthy idle station."""
    plan = []
    for i in range(n):
        k = i % 10
        if k < 8:
            plan.append(CommandRequest(CommandCode.CHARGER_ENABLE, (k + 1, 1)))
        elif k == 8:
            plan.append(CommandRequest(CommandCode.RESET_FAULTS))
        else:
            plan.append(CommandRequest(CommandCode.SET_MODE, (0,)))
    return plan


def test_random_cuts_never_make_the_console_contradict_the_controller(rig) -> None:
    r = rig(cut_every=(40, 4000), seed=int(os.environ.get("CHAOS_SEED", "7")))
    handles = []
    for request in commands(int(os.environ.get("CHAOS_COMMANDS", "300"))):
        r.qtbot.waitUntil(r.up, timeout=20000)  # a person taps when the screen says online
        handles.append(r.send(request))
    r.close()
    kinds = check_against_log(handles, r.log)
    print(f"outcomes: {dict(kinds)}, cuts: {r.relay.cuts}")
    assert r.relay.cuts >= 20  # the line really was cut, many times
    assert kinds["DONE"] >= len(handles) // 2  # and the console still got work done


def test_a_command_whose_write_was_cut_keeps_its_number_after_the_reconnect(rig) -> None:
    """The write goes nowhere; after the reconnect the next command gets a new number."""
    r = rig()
    r.qtbot.waitUntil(r.up, timeout=10000)
    warm = r.send(CommandRequest(CommandCode.RESET_FAULTS))
    assert warm.outcome.kind is OutcomeKind.DONE
    fired = []

    def cut_command_write(direction: str, data: bytes) -> bool:
        if not fired and direction == "up" and data[1:2] == bytes([rtu.WRITE_MULTIPLE]):
            fired.append(data)
            return True
        return False

    r.relay.cut_when = cut_command_write
    first = r.link.send_command(CommandRequest(CommandCode.CHARGER_ENABLE, (2, 1)))
    r.qtbot.waitUntil(lambda: bool(fired), timeout=5000)
    ups = len(r.states)
    r.qtbot.waitUntil(lambda: len(r.states) > ups and r.up(), timeout=10000)  # reconnected
    second = r.link.send_command(CommandRequest(CommandCode.CHARGER_ENABLE, (3, 1)))
    r.qtbot.waitUntil(lambda: first.done and second.done, timeout=20000)
    r.close()
    assert first.sequence != second.sequence
    assert first.outcome.kind is OutcomeKind.DONE, first.history  # re-sent, ran once
    assert second.outcome.kind is OutcomeKind.DONE  # its own number: not taken for the first
    check_against_log([warm, first, second], r.log)


def test_a_restart_between_a_write_and_its_answer_is_never_executed_twice(rig) -> None:
    """The controller ran the command, the answer was lost, then it restarted."""
    r = rig(command_timeout=6.0, lost_after=5.0)
    r.qtbot.waitUntil(r.up, timeout=10000)
    fired = []

    def restart_after_the_write(direction: str, data: bytes) -> bool:
        if not fired and direction == "down" and data[1:2] == bytes([rtu.WRITE_MULTIPLE]):
            fired.append(data)
            with r.loop.lock:
                r.model.restart()  # the echo of the executed write is lost with the restart
            return True  # and the line drops, as a device server's does when the PLC reboots
        return False

    r.relay.cut_when = restart_after_the_write
    handle = r.send(CommandRequest(CommandCode.RESET_FAULTS), timeout=30000)
    r.close()
    assert handle.outcome.kind is OutcomeKind.UNKNOWN
    assert "restarted" in handle.outcome.detail
    assert [e["seq"] for e in r.log] == [handle.sequence]  # executed once, never re-sent
