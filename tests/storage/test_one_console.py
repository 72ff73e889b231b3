"""One console per journal: a second one on the same data directory is refused, touching
nothing; read-only tools work beside the one that runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from operator_app.storage.db import JournalLock, open_journal
from operator_app.storage.journal import JournalWriter


def console(data: Path, *extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "operator_app", "--simulate", "--data-dir",
                           str(data), "--quit-after", "3", *extra], capture_output=True,
                          text=True, timeout=120, env=env)


def test_a_second_console_is_refused_and_the_first_unharmed(tmp_path: Path) -> None:
    open_journal(tmp_path)[0].close()
    w = JournalWriter(tmp_path / "journal.sqlite").start()
    w.submit("append_event", "first.console", {}).result(5)
    lock = JournalLock.acquire(tmp_path)  # the first console holds the directory
    try:
        before = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()
                  if p.name != "journal.lock"}
        r = console(tmp_path)
        assert r.returncode == 3, r.stderr
        assert f"pid {os.getpid()}" in r.stderr and str(tmp_path) in r.stderr
        assert "nothing was opened or changed" in r.stderr
        after = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()
                 if p.name != "journal.lock"}
        assert after == before  # the journal's files untouched
        tool = subprocess.run([sys.executable, "-m", "operator_app", "journal", "verify",
                               "--data-dir", str(tmp_path)], capture_output=True, text=True,
                              timeout=60)
        assert tool.returncode == 0, tool.stdout + tool.stderr  # read-only, beside it
        r = subprocess.run([sys.executable, "-m", "operator_app", "--self-test", "--data-dir",
                            str(tmp_path)], capture_output=True, text=True, timeout=120,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        assert r.returncode == 3 and "another console is using the journal" in r.stdout
        assert w.submit("append_event", "first.again", {}).result(5).seq == 2
    finally:
        lock.release()
        w.close()
    r = console(tmp_path)  # once the first is gone, the directory is free again
    assert r.returncode == 0, r.stderr


def test_the_console_spills_into_its_data_directory_without_a_spill_dir(tmp_path: Path,
                                                                       qtbot) -> None:
    """Records a full disk kept waiting at exit are never dropped silently: without
    --spill-dir they go to a spill file in the data directory, replayed at the next start."""
    import argparse

    from operator_app.app import open_journal_service

    args = argparse.Namespace(data_dir=str(tmp_path), spill_dir=None, telemetry_days=7.0)
    service = open_journal_service(args)
    try:
        assert service.writer is not None and service.writer.spill_dir == tmp_path
    finally:
        service.stop()
        service.lock.release()
