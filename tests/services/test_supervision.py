"""Every simulator fault through the real link: the right alarm, result and journal story."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from operator_app.domain import station as st
from operator_app.domain.alarms import AlarmState
from operator_app.domain.recovery import Action
from operator_app.domain.roles import Role
from operator_app.domain.supervisor import Phase, Refused
from operator_app.domain.vehicles import IdMethod


@pytest.mark.parametrize(("fault", "code"), [
    ("lock_jam", "LOCK_JAM"), ("lift_overload", "LIFT_OVERLOAD"),
    ("shuttle_misalign", "SHUTTLE_MISALIGNED"), ("hv_interlock", "HV_INTERLOCK"),
    ("bms_handshake", "BMS_HANDSHAKE"), ("identity_mismatch", "PACK_IDENTITY_MISMATCH"),
    ("estop", "ESTOP"), ("light_curtain", "LIGHT_CURTAIN"),
])
def test_swap_faults_end_in_alarm_failed_transaction_and_journal(stack, qtbot, fault: str,
                                                                 code: str) -> None:
    s = stack()
    s.start_swap()
    if fault in ("estop", "light_curtain"):  # physical events, mid-sequence
        qtbot.waitUntil(lambda: s.swaps.tx.phase is Phase.RUNNING and len(s.swaps.tx.steps) >= 3,
                        timeout=10000)
    s.sim.do(s.sim.model.inject, fault)
    qtbot.waitUntil(lambda: s.swaps.tx.phase is Phase.FAILED, timeout=15000)
    assert getattr(s.swaps.tx.fault, "name", None) == code
    qtbot.waitUntil(lambda: s.alarm(code) is not None and s.alarm(code).state is
                    AlarmState.UNACK, timeout=5000)
    g = s.recovery.guidance()
    assert g is not None and Action.RESET_FAULTS in g.actions()
    qtbot.waitUntil(lambda: s.rows("SELECT result, fault FROM swaps") == [("failed", code)],
                    timeout=5000)
    kinds = [k for (k,) in s.rows("SELECT kind FROM events ORDER BY seq")]
    assert kinds.index("vehicle.identified") < kinds.index("swap.started") < \
        kinds.index("swap.failed")
    assert ("START_SWAP",) in [tuple(r) for r in s.rows(
        "SELECT json_extract(payload, '$.command') FROM events WHERE kind='command.outcome'")]
    assert s.rows(f"SELECT code, state FROM alarms WHERE code = '{code}'") == [
        (code, AlarmState.UNACK.value)]


@pytest.mark.parametrize(("fault", "code", "source"), [
    ("charger_fault:2", "CHARGER_FAULT", "slot 2"),
    ("pack_alarm:3:high_temperature:2", "PACK_HIGH_TEMPERATURE", "slot 3"),
    ("insulation_drop:4", "INSULATION_LOW", "controller"),
    ("heartbeat_freeze", "LINK_LOST", "link"),
    ("corrupt_frames:15", "LINK_DEGRADED", "link"),
    ("silent", "LINK_LOST", "link"),
])
def test_station_faults_raise_their_alarm(stack, qtbot, fault: str, code: str,
                                          source: str) -> None:
    s = stack(time_scale=1)
    qtbot.waitUntil(lambda: s.link.last_snapshot is not None, timeout=5000)
    s.sim.do(s.sim.model.inject, fault)
    qtbot.waitUntil(lambda: (code, source) in s.alarms.manager.alarms and
                    s.alarms.manager.alarms[(code, source)].state is AlarmState.UNACK,
                    timeout=25000)  # a degraded link alarms after 10 s of degradation
    assert s.rows(f"SELECT source FROM alarms WHERE code = '{code}'") == [(source,)]


def test_positioning_failure_raises_a_low_priority_alarm(stack, qtbot) -> None:
    s = stack()
    s.sim.do(s.sim.model.inject, "positioning")
    s.sim.do(s.sim.model.vehicle_arrive, "70-8812")
    qtbot.waitUntil(lambda: s.alarm("POSITIONING_FAILED") is not None, timeout=15000)
    alarm = s.alarm("POSITIONING_FAILED")
    assert alarm.definition.priority.name == "LOW" and "retry" in alarm.definition.action


def test_controller_restart_mid_swap(stack, qtbot) -> None:
    s = stack(time_scale=20)
    s.start_swap()
    qtbot.waitUntil(lambda: len(s.swaps.tx.steps) >= 2, timeout=10000)
    s.sim.do(s.sim.model.inject, "restart")
    qtbot.waitUntil(lambda: s.alarm("CONTROLLER_RESTART") is not None, timeout=15000)
    qtbot.waitUntil(lambda: s.swaps.tx.phase is Phase.FAILED, timeout=15000)
    assert s.swaps.tx.fault is st.FaultCode.CONTROLLER_RESTART


def test_refusals_are_journaled_and_send_nothing(stack, qtbot) -> None:
    s = stack(time_scale=1)
    qtbot.waitUntil(lambda: s.link.last_snapshot is not None, timeout=5000)
    sent = len(s.sim.model.executed)
    assert isinstance(s.swaps.identify("XG_8121!", IdMethod.PLATE_ENTRY), Refused)
    assert isinstance(s.swaps.identify("ZZ 0000", IdMethod.PLATE_ENTRY), Refused)
    assert isinstance(s.swaps.abort("ana"), Refused)
    s.sim.do(s.sim.model.inject, "charger_fault:2")
    qtbot.waitUntil(lambda: s.alarm("CHARGER_FAULT") is not None, timeout=5000)
    key = ("CHARGER_FAULT", "slot 2")
    refusal = s.alarms.shelve(key, Role.OPERATOR, "ana", "noisy", 15)
    assert refusal is not None and "technician" in refusal.reason
    assert s.alarms.acknowledge(key, Role.OPERATOR, "ana") is None
    s.sim.do(s.sim.model.inject, "insulation_drop:4")
    qtbot.waitUntil(lambda: s.alarm("INSULATION_LOW") is not None, timeout=5000)
    refusal = s.alarms.acknowledge(("INSULATION_LOW", "controller"), Role.OPERATOR, "ana")
    assert refusal is not None and "technician" in refusal.reason
    assert len(s.sim.model.executed) == sent  # nothing reached the controller
    kinds = [k for (k,) in s.rows("SELECT kind FROM events")]
    assert kinds.count("vehicle.refused") == 2
    assert "swap.refused" in kinds and "alarm.refused" in kinds
    assert s.rows("SELECT actor, action FROM audit") == [("ana", "alarm acknowledge")]


def test_self_test_runs_swaps_and_continues_the_journal(tmp_path: Path) -> None:
    cmd = [sys.executable, "-m", "operator_app", "--self-test", "--swaps", "2", "--data-dir",
           str(tmp_path)]
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=180, env=env)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "self-test passed: 2 swap(s)" in r.stdout
    r = subprocess.run([*cmd[:-3], "1", "--data-dir", str(tmp_path), "--seed", "3"],
                       capture_output=True, text=True, timeout=180, env=env)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "journal holds 3 completed swaps" in r.stdout


def test_self_test_honours_the_simulators_options(tmp_path: Path) -> None:
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run([sys.executable, "-m", "operator_app", "--self-test", "--slots", "12",
                        "--seed", "3", "--time-scale", "300", "--fault", "line_noise:5",
                        "--data-dir", str(tmp_path)],
                       capture_output=True, text=True, timeout=180, env=env)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "(12 slots, time scale 300, seed 3, faults line_noise:5)" in r.stdout
    conn = sqlite3.connect(f"file:{tmp_path / 'journal.sqlite'}?mode=ro", uri=True)
    try:
        [(payload,)] = conn.execute("SELECT payload FROM events WHERE kind = 'link.identity' "
                                    "LIMIT 1").fetchall()
    finally:
        conn.close()
    assert '"slots":12' in payload.replace(" ", "")  # the controller it spoke to had 12
    assert "charging sessions ended" in r.stdout  # what the journal measured of the packs


def test_self_test_hours_measure_the_packs_and_flag_a_drifting_bms(tmp_path: Path) -> None:
    import re

    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run([sys.executable, "-m", "operator_app", "--self-test", "--hours", "8",
                        "--time-scale", "600", "--fault", "bms_drift", "--data-dir",
                        str(tmp_path)], capture_output=True, text=True, timeout=240, env=env)
    assert r.returncode == 0, r.stdout + r.stderr
    found = re.search(r"(\d+) good enough to measure capacity; (\d+) packs measured; BMS SoH "
                      r"disagrees: (.+); sessions not used, by flag: (.+)", r.stdout)
    assert found, r.stdout
    assert int(found.group(1)) >= 3 and int(found.group(2)) >= 3, r.stdout  # deep charges
    # the drifting pack and no other; at 600x a console that stalls for 3 s on a loaded
    # machine misses a fifth of a charge, a gap that may spoil the drifting pack's one
    # session: then the summary says so (the stack test of
    # tests/services/test_measured_capacity.py asserts the catch)
    flagged, unused = found.group(3).strip(), found.group(4)
    assert len(flagged.split(", ")) == 1 or (flagged == "none" and "gap" in unused), r.stdout


def test_self_test_closes_a_swap_a_killed_run_left_open(tmp_path: Path) -> None:
    import os
    import signal
    import time

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen([sys.executable, "-m", "operator_app", "--self-test", "--swaps",
                              "20", "--time-scale", "40", "--data-dir", str(tmp_path)],
                             env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    db = tmp_path / "journal.sqlite"
    deadline = time.monotonic() + 90
    try:
        while True:
            assert time.monotonic() < deadline, "no swap started"
            if db.exists():
                conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
                try:
                    running = conn.execute("SELECT id FROM swaps WHERE result = 'running'"
                                           ).fetchall()
                except sqlite3.OperationalError:
                    running = []
                finally:
                    conn.close()
                if running:
                    break
            time.sleep(0.1)
        os.kill(first.pid, signal.SIGKILL)  # mid-swap
    finally:
        first.wait(30)
    r = subprocess.run([sys.executable, "-m", "operator_app", "--self-test", "--swaps", "1",
                        "--data-dir", str(tmp_path)], env=env, capture_output=True, text=True,
                       timeout=180)
    assert r.returncode == 0, r.stdout + r.stderr
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        [(result,)] = conn.execute("SELECT result FROM swaps WHERE id = ?",
                                   [running[0][0]]).fetchall()
        reattached = conn.execute("SELECT count(*) FROM events WHERE kind = 'swap.reattached'"
                                  ).fetchone()[0]
    finally:
        conn.close()
    assert result != "running" and reattached == 1
