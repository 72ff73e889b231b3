"""A really full disk (a 12 MB tmpfs): the reserve, the bound, the spill file, the count.

Needs root to mount the small filesystem (CI runs as root); skipped elsewhere.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

import pytest

from operator_app.storage.db import (
    RESERVE_NAME,
    JournalLock,
    connect,
    ensure_data_dir,
    free_space_at_start,
    open_journal,
)
from operator_app.storage.inspect import verify
from operator_app.storage.journal import JournalWriter, StorageState

KEY = bytes(range(32))


@pytest.fixture
def small_disk(tmp_path: Path):
    mnt = tmp_path / "small"
    mnt.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", str(mnt)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def fill(disk: Path) -> Path:
    """Fill the filesystem to the last byte."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 4096, 512, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                pass
    finally:
        os.close(fd)
    return filler


def test_a_full_disk_writes_records_into_the_reserve_then_spills_then_recovers(
        small_disk: Path, tmp_path: Path) -> None:
    spill = tmp_path / "spill"  # another filesystem
    spill.mkdir()
    open_journal(small_disk)[0].close()
    statuses = []
    w = JournalWriter(small_disk / "journal.sqlite", reserve_bytes=1024 * 1024, retry_s=0.1,
                      hold_limit=20, spill_dir=spill, on_status=statuses.append,
                      key=KEY).start()
    try:
        assert (small_disk / RESERVE_NAME).stat().st_size == 1024 * 1024
        filler = fill(small_disk)
        first = [w.submit("append_event", "big", {"pad": "x" * 400, "k": k})
                 for k in range(300)]
        assert all(f.result(10).seq for f in first)  # acknowledged: the reserve had room
        assert w.status.state is StorageState.DISK_FULL and "reserve" in w.status.message
        assert not (small_disk / RESERVE_NAME).exists()
        time.sleep(0.5)  # retries come and go: the disk is still full, the reserve stays used
        w.flush()
        assert w.status.state is StorageState.DISK_FULL
        assert not (small_disk / RESERVE_NAME).exists()
        dropped = w.status.dropped_telemetry
        w.add_telemetry([("P1", 1, 1e9 + i * 10, 50.0, 98.0, 576.0, 10.0, 3.2, 3.3, 30.0,
                          31.0, 4000.0, 50.0, 0) for i in range(600)])
        w.flush()  # in the reserve, telemetry is thinned: one sample in six is written
        assert w.status.dropped_telemetry - dropped == 500
        thinned = w.status.dropped_telemetry
        more = [w.submit("append_event", "big", {"pad": "x" * 400, "k": k})
                for k in range(300, 3000)]
        w.flush()
        assert w.status.held_in_memory == 20  # the bound
        assert w.status.spilled > 0 and w.spilled_to is not None
        assert f"{w.status.spilled} more are kept in" in w.status.message
        spilled = [f for f in more if f.done() and f.exception() is not None]
        assert len(spilled) == w.status.spilled
        assert "is added to the journal at the next start" in str(spilled[0].exception())
        filler.unlink()  # the technician frees space
        for f in more:
            if f not in spilled:
                assert f.result(10).seq
        w.flush()
        assert w.status.state is StorageState.OK
        assert (small_disk / RESERVE_NAME).exists()  # set aside again
        # later pressure may give up the oldest telemetry rows (never a record): counted
        relieved = w.status.dropped_telemetry - thinned
    finally:
        w.close()
    again = JournalWriter(small_disk / "journal.sqlite", spill_dir=spill,
                          reserve_bytes=1024 * 1024, key=KEY).start()
    try:
        assert again.replay_spills() == len(spilled)
    finally:
        again.close()
    db = connect(small_disk / "journal.sqlite", readonly=True)
    ks = [json.loads(p)["k"] for (p,) in db.execute(
        "SELECT payload FROM events WHERE kind = 'big' ORDER BY seq")]
    telemetry = db.execute("SELECT count(*) FROM telemetry").fetchone()[0]
    db.conn.close()
    assert telemetry + relieved == 100  # every kept sample is written or counted as dropped
    assert sorted(ks) == list(range(3000))  # every record, none twice
    # writes that failed for want of space (their COMMIT too) left no false link in the seal
    report = verify(small_disk / "journal.sqlite", KEY)
    assert report.ok, report.lines
    assert [s.state for s in statuses][-1] is StorageState.OK


def test_a_disk_full_at_start_gives_up_the_reserve_and_starts(small_disk: Path) -> None:
    open_journal(small_disk)[0].close()
    JournalWriter(small_disk / "journal.sqlite", reserve_bytes=512 * 1024).start().close()
    fill(small_disk)
    ensure_data_dir(small_disk)  # writable, if full: a tool never gives up the reserve
    assert (small_disk / RESERVE_NAME).exists()
    lock = JournalLock.acquire(small_disk)  # the console that holds the directory does
    assert free_space_at_start(small_disk)
    assert not (small_disk / RESERVE_NAME).exists()
    db, _ = open_journal(small_disk)
    db.close()
    w = JournalWriter(small_disk / "journal.sqlite", reserve_bytes=512 * 1024).start()
    try:
        assert w.submit("append_event", "console.start", {}).result(10).seq
        assert isinstance(w.submit("vehicles").result(2), list)
    finally:
        w.close()
        lock.release()
