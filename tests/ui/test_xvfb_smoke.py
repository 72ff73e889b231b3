"""The real console in a real X window: Xvfb started here, the screenshot tour run to the end."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

EXPECTED = ("main-idle", "identify", "main-planned", "main-swapping", "receipt", "main-alarm",
            "alarms", "pack", "training", "sign-in", "details", "main-night")


def start_xvfb(size: str = "1280x800x24") -> tuple[subprocess.Popen, str]:
    read, write = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", size,
                             "-nolisten", "tcp"], pass_fds=(write,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()
    if not number:
        proc.kill()
        raise RuntimeError("Xvfb did not start")
    return proc, f":{number}"


def test_console_in_a_real_x_window(tmp_path: Path) -> None:
    if shutil.which("Xvfb") is None:
        if os.environ.get("CI"):
            pytest.fail("Xvfb is missing: scripts/setup.sh installs it (package xvfb)")
        pytest.skip("Xvfb is not installed (apt-get install xvfb)")
    xvfb, display = start_xvfb()
    try:
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env["DISPLAY"] = display
        out = tmp_path / "shots"
        run = subprocess.run(
            [sys.executable, "-m", "operator_app", "--simulate", "--time-scale", "40",
             "--data-dir", str(tmp_path / "data"), "--report-first-paint",
             "--screenshots", str(out)],
            env=env, capture_output=True, text=True, timeout=240)
    finally:
        xvfb.terminate()
        xvfb.wait(10)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "FIRST_PAINT" in run.stdout
    assert "qt.qpa" not in run.stderr or "xcb" not in run.stderr.split("qt.qpa", 1)[1][:200]
    for name in EXPECTED:
        png = out / f"{name}-1280x800.png"
        assert png.exists(), name
        assert png.stat().st_size > 10_000, name  # a drawn screen, not a blank one
