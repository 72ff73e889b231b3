"""``operator-app link check``: the integrator's first command on a new terminal."""

from __future__ import annotations

import re
import subprocess
import sys


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "operator_app", "link", "check", *args],
                          capture_output=True, text=True, timeout=60,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})


def test_link_check_against_a_device_server_url() -> None:
    sim = subprocess.Popen([sys.executable, "-m", "operator_app.simulator", "--tcp",
                            "127.0.0.1:0"], stdout=subprocess.PIPE, text=True)
    try:
        url = sim.stdout.readline().split()[1]
        r = run("--link", url, "--seconds", "1.5")
    finally:
        sim.terminate()
        sim.wait(10)
    assert r.returncode == 0, r.stdout + r.stderr
    lines = r.stdout.splitlines()
    assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d  CONNECTING", lines[1])
    assert "ONLINE" in lines[2]
    assert "controller: SIM SwapCtl 2" in r.stdout
    assert re.search(r"round trip: median [\d.]+ ms, p99 [\d.]+ ms", r.stdout)
    assert "result: the controller answered" in r.stdout


def test_link_check_with_nothing_there_exits_non_zero(tmp_path) -> None:
    r = run("--link", str(tmp_path / "ttyUSB0"), "--seconds", "1")
    assert r.returncode == 1
    assert "does not exist" in r.stdout
    assert "NO ANSWER" in r.stdout


def test_link_check_bad_url_exits_2() -> None:
    r = run("--link", "ttyUSB0")
    assert r.returncode == 2 and "not a device path or URL" in r.stderr
