"""The opt-in hardware suite, run against the simulator behind a device-server URL.

This proves the hardware tests themselves work, and that the simulator passes what a
real PLC must pass.
"""

from __future__ import annotations

import subprocess
import sys


def test_hardware_suite_skips_without_a_url() -> None:
    r = subprocess.run([sys.executable, "-m", "pytest", "-q", "tests/hardware", "-p",
                        "no:cacheprovider"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout
    assert "6 skipped" in r.stdout


def test_hardware_suite_passes_against_the_simulator() -> None:
    sim = subprocess.Popen([sys.executable, "-m", "operator_app.simulator", "--tcp",
                            "127.0.0.1:0", "--no-arrivals"], stdout=subprocess.PIPE, text=True)
    try:
        url = sim.stdout.readline().split()[1]
        r = subprocess.run([sys.executable, "-m", "pytest", "-q", "-s", "tests/hardware",
                            "-p", "no:cacheprovider", "--link-url", f"{url}?timeout=0.5"],
                           capture_output=True, text=True, timeout=120)
    finally:
        sim.terminate()
        sim.wait(10)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "6 passed" in r.stdout
    assert "round trip over" in r.stdout
