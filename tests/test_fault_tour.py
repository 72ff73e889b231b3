"""``operator-app --self-test --faults``: the fault tour, run as the CI runs it.

One run (about 4.5 min, most of it the rack charging packs between the swaps) serves both
tests: the tour's own verdict and what it left in the journal.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

FAULTS = ("E-stop mid-swap", "Charger fault", "Positioning failure",
          "Watchdog hold (cable pulled)", "Controller restart mid-swap", "Abort mid-swap",
          "Vehicle HV left on", "Parking brake not confirmed", "Bay door opened mid-swap",
          "Load cell mismatch", "Lock torque low")
TOUR_TIMEOUT = 900  # s; the tour itself takes about 4.5 min on a busy 2-core machine


@pytest.fixture(scope="module")
def tour(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess, Path]:
    data = tmp_path_factory.mktemp("fault-tour")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run([sys.executable, "-m", "operator_app", "--self-test", "--faults",
                        "--data-dir", str(data)], capture_output=True, text=True,
                       timeout=TOUR_TIMEOUT, env=env)
    return r, data


@pytest.mark.timeout(TOUR_TIMEOUT + 60)
def test_every_fault_is_recovered_and_a_swap_completes_after_it(tour) -> None:
    r, _ = tour
    assert r.returncode == 0, r.stdout + r.stderr
    lines = r.stdout.splitlines()
    for n, name in enumerate(FAULTS, 1):
        [line] = [x for x in lines if x.startswith(f"  {n}. {name}: ")]
        assert f"{name}: RECOVERED in" in line, line
        assert "swap completed" in line, line
        assert line.endswith("vehicle left, station IDLE with no fault"), line
        if name != "Watchdog hold (cable pulled)":  # that swap goes on after the hold
            assert "; READY; " in line, line
    assert "fault tour passed: 11 of 11 faults recovered" in r.stdout
    by_name = {name: next(x for x in lines if x.startswith(f"  {n}. {name}: "))
               for n, name in enumerate(FAULTS, 1)}
    for name in ("Vehicle HV left on", "Parking brake not confirmed"):
        assert "nothing moved" in by_name[name], by_name[name]
    for name in ("Load cell mismatch", "Lock torque low"):  # a technician's, not an operator's
        line = by_name[name]
        assert "an operator's reset is refused" in line and "as technician" in line, line
    relock = by_name["Lock torque low"]
    assert "Unlock head (head " in relock and "head UNLOCKED" in relock, relock
    assert "Lock head (head " in relock and "head LOCKED" in relock, relock
    assert "hold released" in relock, relock


@pytest.mark.timeout(TOUR_TIMEOUT + 60)
def test_the_journal_holds_the_completed_and_the_failed_swaps(tour) -> None:
    r, data = tour
    assert r.returncode == 0, r.stdout + r.stderr
    conn = sqlite3.connect(f"file:{data / 'journal.sqlite'}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT result, fault, started_by FROM swaps").fetchall()
    finally:
        conn.close()
    ends = Counter((result, fault) for result, fault, _ in rows)
    assert ends[("completed", None)] >= 11, rows
    assert ends[("failed", "ESTOP")] == 1, rows
    for fault in ("VEHICLE_HV_ON", "PARKING_BRAKE_OFF", "DOOR_OPEN", "LOAD_MISMATCH",
                  "LOCK_TORQUE_LOW"):
        assert ends[("failed", fault)] == 1, (fault, rows)
    assert ends[("failed", "CONTROLLER_RESTART")] == 1, rows
    assert ends[("aborted", "ABORTED")] == 1, rows
    assert not [row for row in rows if row[0] == "running"], rows
    assert {started_by for _, _, started_by in rows} == {"console"}, rows
