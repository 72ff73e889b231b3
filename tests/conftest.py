"""Test setup: Qt offscreen, slot exceptions fail the test, the simulator on a pty."""

from __future__ import annotations

import gc
import os
import sys
import threading
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlite3
from pathlib import Path

import pytest

from operator_app.domain import station as st
from operator_app.domain.supervisor import Refused
from operator_app.domain.vehicles import IdMethod
from operator_app.link.urls import parse_link_url, with_target
from operator_app.services.demo import demo_registry
from operator_app.services.journal_service import JournalService
from operator_app.services.link_worker import LinkConfig, LinkService, LinkWorker
from operator_app.services.station import wire_services
from operator_app.simulator.model import StationModel
from operator_app.simulator.server import PtyEndpoint, ServerLoop
from operator_app.storage.db import open_journal
from operator_app.storage.journal import JournalWriter


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--link-url", default=None,
                     help="a real controller's link URL; enables the hardware tests")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--link-url"):
        return
    skip = pytest.mark.skip(reason="needs --link-url pointing at a real controller")
    for item in items:
        if "hardware" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application with the console's own fonts installed, as run_console does
    right after making its application: the tests measure and lay out text in the fonts the
    terminals show, not in whatever fonts this machine has."""
    from operator_app.ui import fonts

    fonts.install(qapp)
    return qapp


@pytest.fixture(autouse=True)
def collect_on_the_main_thread() -> Iterator[None]:
    """Python's cyclic collector frees garbage in whichever thread happens to allocate when
    it runs. A QObject freed on a worker thread can deadlock Qt's signal-slot lock against the
    GIL (seen in CI: the link thread collecting a finished test's widgets while the main
    thread connected a signal). As in the console (``GarbageCollector`` in app.py): no
    automatic collection during a test, one on the main thread after it."""
    gc.disable()
    try:
        yield
    finally:
        gc.collect()
        gc.enable()


@pytest.fixture(autouse=True)
def fail_on_unhandled_exceptions() -> Iterator[None]:
    """PySide6 only prints an exception raised in a slot or a Qt override; fail instead."""
    seen: list[BaseException] = []
    old_hook = sys.excepthook
    old_thread_hook = threading.excepthook

    def hook(exc_type, exc, tb):
        seen.append(exc)
        old_hook(exc_type, exc, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            seen.append(args.exc_value)
        old_thread_hook(args)

    sys.excepthook = hook
    app_before = sys.modules.get("PySide6.QtWidgets")
    threading.excepthook = thread_hook
    try:
        yield
    finally:
        sys.excepthook = old_hook
        threading.excepthook = old_thread_hook
        if app_before is not None or "PySide6.QtWidgets" in sys.modules:
            from PySide6.QtWidgets import QApplication

            app = QApplication.instance()
            if isinstance(app, QApplication):
                app.setStyleSheet("")  # a window's theme must not leak into the next test
    if seen:
        pytest.fail(f"unhandled exception in a Qt slot or thread: {seen[0]!r}")


class SimOnPty:
    """A simulated controller served on a pseudo-terminal, in a thread of the test."""

    def __init__(self, model: StationModel) -> None:
        self.model = model
        self.endpoint = PtyEndpoint()
        self.loop = ServerLoop(model, self.endpoint).start()
        self.path = self.endpoint.path

    def do(self, fn, *args, **kwargs):
        """Run ``fn`` on the model while the server thread keeps off it."""
        with self.loop.lock:
            return fn(*args, **kwargs)

    def close(self) -> None:
        self.loop.close()


@pytest.fixture
def sim_factory() -> Iterator:
    made: list[SimOnPty] = []

    def make(**kwargs) -> SimOnPty:
        kwargs.setdefault("arrivals", False)
        sim = SimOnPty(StationModel(**kwargs))
        made.append(sim)
        return sim

    yield make
    for sim in made:
        sim.close()


@pytest.fixture
def sim(sim_factory) -> SimOnPty:
    return sim_factory()


class Stack:
    """Link, journal, alarms and swaps, as the composition root wires them."""

    def __init__(self, qtbot, sim, data: Path, sync=None) -> None:
        """``sync``: (SyncSettings, station id) to wire the fleet sync too."""
        self.qtbot, self.sim = qtbot, sim
        self.link = LinkService(LinkWorker(with_target(parse_link_url("sim"), sim.path),
                                           LinkConfig(poll_interval=0.03, slot_interval=0.2,
                                                      lost_after=1.0)))
        open_journal(data)[0].close()
        self.db_path = data / "journal.sqlite"
        self.journal = JournalService(JournalWriter(self.db_path).start())
        self.sync = None
        if sync is not None:
            from operator_app.services.sync_service import SyncService

            self.sync = SyncService(self.journal, sync[0], sync[1], "test")
        self.services = services = wire_services(self.link, self.journal, demo_registry(),
                                                 self.sync)
        self.alarms, self.swaps = services.alarms, services.swaps
        self.recovery = services.recovery
        self.journal.start()
        self.link.start()
        if self.sync is not None:
            self.sync.start()

    def alarm(self, code: str):
        return next((a for a in self.alarms.manager.alarms.values() if a.code == code), None)

    def start_swap(self, plate: str = "70-8812") -> None:
        self.sim.do(self.sim.model.vehicle_arrive, plate, ok=True)
        self.qtbot.waitUntil(lambda: self.link.last_snapshot is not None and
                             self.link.last_snapshot.status.state is st.StationState.READY,
                             timeout=10000)
        assert not isinstance(self.swaps.identify(plate, IdMethod.CAMERA), Refused)
        assert not isinstance(self.swaps.plan(), Refused)
        assert not isinstance(self.swaps.confirm("ana"), Refused)

    def rows(self, sql: str) -> list[tuple]:
        self.journal.writer.flush()
        conn = sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True)
        try:
            return conn.execute(sql).fetchall()
        finally:
            conn.close()

    def stop(self) -> None:
        self.link.stop()
        if self.sync is not None:
            self.sync.stop()
        self.journal.stop()
        self.alarms._timer.stop()


@pytest.fixture
def stack(qtbot, sim_factory, tmp_path):
    made = []

    def make(**kw) -> Stack:
        kw.setdefault("time_scale", 100)
        kw.setdefault("seed", 7)
        sync = kw.pop("sync", None)
        s = Stack(qtbot, sim_factory(**kw), tmp_path, sync)
        made.append(s)
        return s

    yield make
    for s in made:
        s.stop()
