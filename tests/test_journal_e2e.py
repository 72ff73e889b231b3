"""The journal's promise, end to end: kill the console mid-swap, start it again, lose nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from operator_app.domain.commands import CommandRequest, OutcomeKind
from operator_app.domain.station import CommandCode
from operator_app.storage.db import quick_check
from operator_app.storage.inspect import verify

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def rows(db_path: Path, sql: str) -> list[tuple]:
    if not db_path.exists():
        return []
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5)
    try:
        return conn.execute(sql).fetchall()
    except sqlite3.OperationalError:
        return []  # not created yet
    finally:
        conn.close()


def wait_for(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def console(link: Path, data: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "operator_app", "--link", str(link),
                             "--data-dir", str(data), *extra], env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_kill_the_console_mid_swap_and_find_everything(tmp_path: Path) -> None:
    link, data = tmp_path / "station", tmp_path / "data"
    db = data / "journal.sqlite"
    sim = subprocess.Popen([sys.executable, "-m", "operator_app.simulator", "--serial", "pty",
                            "--link-path", str(link), "--auto-start", "--time-scale", "100",
                            "--seed", "5"], stdout=subprocess.PIPE, text=True)
    app = None
    try:
        assert sim.stdout.readline().startswith("PORT ")
        app = console(link, data)

        def mid_swap() -> bool:
            done = rows(db, "SELECT count(*) FROM swaps WHERE result = 'completed'")
            running = rows(db, "SELECT id FROM swaps JOIN swap_progress ON swap_id = id "
                               "WHERE result = 'running' AND json_array_length("
                               "swap_progress.steps) >= 3")  # the steps it has reached
            return bool(done and done[0][0] >= 1 and running)

        wait_for(mid_swap, 90, "a completed swap and one running")
        os.kill(app.pid, signal.SIGKILL)  # mid-swap
        app.wait()
        assert quick_check(db) is None
        assert verify(db).ok
        before = {
            "swaps": rows(db, "SELECT * FROM swaps WHERE result != 'running' ORDER BY id"),
            "running": rows(db, "SELECT id FROM swaps WHERE result = 'running'"),
            "events": rows(db, "SELECT seq, uuid, kind, payload FROM events ORDER BY seq"),
            "sessions": rows(db, "SELECT id, pack_code, started_at FROM charging_sessions"),
        }
        [(running_id,)] = before["running"]
        app = console(link, data, "--quit-after", "15")

        def finished() -> bool:
            return bool(rows(db, f"SELECT 1 FROM swaps WHERE id = '{running_id}' "
                                 "AND result != 'running'"))

        wait_for(finished, 60, "the interrupted swap to be re-attached and finished")
        assert app.wait(60) == 0
        # everything committed before the kill is still there, unchanged
        swaps_after = rows(db, "SELECT * FROM swaps ORDER BY id")
        for swap in before["swaps"]:
            assert swap in swaps_after
        events_after = rows(db, "SELECT seq, uuid, kind, payload FROM events ORDER BY seq")
        assert events_after[: len(before["events"])] == before["events"]
        sessions_after = rows(db, "SELECT id, pack_code, started_at FROM charging_sessions")
        assert set(before["sessions"]) <= set(sessions_after)
        # the swap running at the kill was finished under the same id, not recorded twice
        [(result,)] = rows(db, f"SELECT result FROM swaps WHERE id = '{running_id}'")
        assert result == "completed"
        reattached = rows(db, "SELECT payload FROM events WHERE kind = 'swap.reattached'")
        assert running_id in reattached[0][0]
        starts = rows(db, "SELECT started_at, count(*) FROM swaps GROUP BY started_at "
                          "HAVING count(*) > 1")
        assert starts == []
        # sessions the killed console left open were closed as interrupted
        assert rows(db, "SELECT count(*) FROM charging_sessions WHERE ended_at IS NULL "
                        "AND started_at < (SELECT ts FROM events WHERE kind = 'console.start' "
                        "ORDER BY seq DESC LIMIT 1)")[0][0] == 0
        report = verify(db)
        assert report.ok, report.lines
    finally:
        if app is not None and app.poll() is None:
            app.kill()
        sim.terminate()
        sim.wait(10)


def test_journal_verify_and_export_commands(tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "operator_app", "--simulate", "--time-scale", "50",
                        "--data-dir", str(tmp_path), "--quit-after", "3"], env=ENV,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([sys.executable, "-m", "operator_app", "journal", "verify",
                        "--data-dir", str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and "result: journal verified" in r.stdout
    out = tmp_path / "events.csv"
    r = subprocess.run([sys.executable, "-m", "operator_app", "journal", "export", "--format",
                        "csv", "--since", "1d", "--table", "events", "--out", str(out),
                        "--data-dir", str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0
    text = out.read_text()
    assert text.startswith("# table events\nid,uuid,seq,ts,kind,payload,offline\n")
    assert "console.start" in text and "link.state" in text
    r = subprocess.run([sys.executable, "-m", "operator_app", "journal", "verify",
                        "--data-dir", str(tmp_path / "nowhere")], capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 2 and "no journal at" in r.stderr


def test_the_console_runs_on_when_the_journal_cannot_be_kept(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    r = subprocess.run([sys.executable, "-m", "operator_app", "--simulate", "--data-dir",
                        str(blocker), "--quit-after", "2"], env=ENV, capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert "journal unavailable" in r.stderr and "is not a directory" in r.stderr
    assert "link ONLINE" in r.stderr


def test_commands_pending_at_shutdown_reach_the_journal_as_unknown(stack) -> None:
    s = stack()
    s.qtbot.waitUntil(lambda: s.link.last_snapshot is not None, timeout=10000)
    s.sim.do(s.sim.model.inject, "silent")
    handle = s.link.send_command(CommandRequest(CommandCode.RESET_FAULTS))
    s.qtbot.waitUntil(lambda: s.link.worker.counters.timeouts >= 1, timeout=5000)
    s.link.stop()  # as the console closes: the link first, then (no event loop) the journal
    assert handle.outcome.kind is OutcomeKind.UNKNOWN
    rows = s.rows("select payload from events where kind = 'command.outcome'")
    assert any('"UNKNOWN"' in p and "closed the link" in p for (p,) in rows), rows
