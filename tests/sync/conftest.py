from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.broker import MOSQUITTO, Mosquitto


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[Mosquitto]:
    if not shutil.which("mosquitto") and not Path(MOSQUITTO).exists():
        pytest.fail("mosquitto is not installed: scripts/setup.sh installs it (Debian package "
                    "mosquitto); the sync tests need a real broker")
    b = Mosquitto(tmp_path / "broker").start()
    try:
        yield b
    finally:
        b.stop()
