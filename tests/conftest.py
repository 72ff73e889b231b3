"""Test setup: Qt offscreen, slot exceptions fail the test, the simulator on a pty."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from operator_app.simulator.model import StationModel
from operator_app.simulator.server import PtyEndpoint, ServerLoop


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
    threading.excepthook = thread_hook
    try:
        yield
    finally:
        sys.excepthook = old_hook
        threading.excepthook = old_thread_hook
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
