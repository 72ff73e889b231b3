"""The real console in a real X window: Xvfb started here, the screenshot tour run to the end."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImageReader

# every state the tour opens, the fault states included (the issue asks for them by name)
EXPECTED = ("main-idle", "identify", "identify-thai", "main-planned", "main-swapping",
            "alarms-swapping", "main-receipt", "receipt", "main-alarm", "alarms", "shelve",
            "pack", "pack-history", "pack-health", "pack-fleet", "training", "sign-in",
            "details", "main-night", "link-lost", "rejected", "bay-started", "estop",
            "recovery")


def why_missing(run: subprocess.CompletedProcess, missing: set[str]) -> str:
    """The states the tour did not reach, with its own account of where it waited."""
    said = [line for line in run.stderr.splitlines()
            if "timed out" in line or "ERROR" in line or "Traceback" in line]
    return f"not reached: {sorted(missing)}; the tour said: {said[-5:]}; " \
           f"its last lines: {run.stderr.splitlines()[-8:]}"


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


def run_tour(tmp_path: Path, size: str, dpi: float, language: str = "en"
             ) -> tuple[subprocess.CompletedProcess, Path]:
    """The screenshot tour in a real X window on an Xvfb screen of ``size``, no window
    manager; its pictures and its fit report land in the returned folder."""
    if shutil.which("Xvfb") is None:
        if os.environ.get("CI"):
            pytest.fail("Xvfb is missing: scripts/setup.sh installs it (package xvfb)")
        pytest.skip("Xvfb is not installed (apt-get install xvfb)")
    config = tmp_path / "console.toml"
    config.write_text(f'language = "{language}"\n')
    xvfb, display = start_xvfb(f"{size}x24")
    try:
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env["DISPLAY"] = display
        out = tmp_path / "shots"
        run = subprocess.run(
            [sys.executable, "-m", "operator_app", "--simulate", "--time-scale", "40",
             "--data-dir", str(tmp_path / "data"), "--report-first-paint", "--dpi", str(dpi),
             "--config", str(config), "--screenshots", str(out)],
            env=env, capture_output=True, text=True, timeout=380)  # the tour ends itself at 300 s
    finally:
        xvfb.terminate()
        xvfb.wait(10)
    assert run.returncode == 0, run.stderr[-3000:]
    return run, out


@pytest.mark.timeout(400)  # the whole tour, fault states included: about a minute
def test_console_in_a_real_x_window(tmp_path: Path) -> None:
    run, out = run_tour(tmp_path, "1280x800", 96.0)
    assert "FIRST_PAINT" in run.stdout
    assert "qt.qpa" not in run.stderr or "xcb" not in run.stderr.split("qt.qpa", 1)[1][:200]
    missing = {n for n in EXPECTED if not (out / f"{n}-1280x800.png").exists()}
    assert not missing, why_missing(run, missing)
    for name in EXPECTED:
        png = out / f"{name}-1280x800.png"
        assert png.exists(), name
        assert png.stat().st_size > 10_000, name  # a drawn screen, not a blank one
        assert QImageReader(str(png)).size().toTuple() == (1280, 800), name  # the window


@pytest.mark.timeout(400)
@pytest.mark.parametrize(("size", "dpi", "language"), [
    ("1280x800", 96.0, "en"), ("1280x800", 149.0, "en"), ("1280x800", 149.0, "pt_BR"),
    ("1280x800", 96.0, "pt_BR"), ("1920x1080", 96.0, "en"), ("1280x800", 149.0, "th"),
    ("1280x800", 149.0, "zh_HK")])
def test_every_state_fits_the_screen(tmp_path: Path, size: str, dpi: float,
                                     language: str) -> None:
    """Every page and panel state the tour opens (shelve, keyboards, receipt, recovery,
    sign-in, the fault states), in every language, at 96 and 149 DPI: the window is the
    screen's size and never larger, no page needs to scroll, no text is clipped, ABORT is in
    sight while a swap runs."""
    run, out = run_tour(tmp_path, size, dpi, language)
    report = json.loads((out / f"fit-{size}.json").read_text())
    assert set(EXPECTED) <= set(report), why_missing(run, set(EXPECTED) - set(report))
    problems = {name: found for name, found in report.items() if found}
    assert not problems, json.dumps(problems, indent=1, ensure_ascii=False)
    width, height = (int(v) for v in size.split("x"))
    for name in report:
        assert QImageReader(str(out / f"{name}-{size}.png")).size().toTuple() == \
            (width, height), name
