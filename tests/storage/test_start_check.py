"""Start-up checks what a crash can have touched; the whole file is checked in the
background, and damage it finds reads FAILED on screen and is set aside at the next start."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from operator_app.storage.db import DAMAGE_MARK, DB_NAME, open_journal, quick_check, start_check
from operator_app.storage.journal import Journal, JournalWriter, StorageState


def journal_with_old_damage(data: Path) -> Path:
    """Thousands of events, then newer records: garbage over an old events page only."""
    db, _ = open_journal(data)
    j = Journal(db)
    for i in range(3000):
        j.append_event("tick", {"i": i, "pad": "x" * 100})
    for i in range(50):
        j.audit("tester", "TECHNICIAN", "poke", {"i": i})
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    path = data / DB_NAME
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    leaves = [r[0] for r in conn.execute(
        "SELECT pageno FROM dbstat WHERE name = 'events' AND pagetype = 'leaf' ORDER BY pageno")]
    conn.close()
    old = leaves[len(leaves) // 3]  # far from the newest rows
    with open(path, "r+b") as f:
        f.seek((old - 1) * page_size + 200)
        f.write(b"\xde\xad" * 400)
    return path


def test_old_damage_passes_the_start_check_and_is_found_in_the_background(
        tmp_path: Path, qtbot) -> None:
    from operator_app.services.journal_service import JournalService

    path = journal_with_old_damage(tmp_path)
    assert quick_check(path) is not None  # it is damaged
    assert start_check(path) is None  # but not where a crash writes: the start is quick
    db, report = open_journal(tmp_path)
    db.close()
    assert report.damaged_copy is None
    service = JournalService(JournalWriter(path).start())
    statuses = []
    service.status_changed.connect(statuses.append)
    try:
        service.start()
        qtbot.waitUntil(lambda: service.checked is not None, timeout=20000)
        qtbot.waitUntil(lambda: service.status.state is StorageState.FAILED, timeout=5000)
        assert "damaged" in service.status.message and "journal recover" in \
            service.status.message
        # a write that succeeds does not make the damage read OK
        service.writer.call(Journal.append_event, "after", {}).result(5)
        service.writer.flush()
        qtbot.wait(50)
        assert service.status.state is StorageState.FAILED
    finally:
        service.stop()
    assert (tmp_path / DAMAGE_MARK).exists()
    db, report = open_journal(tmp_path)  # the next start checks the whole file
    db.close()
    assert report.damaged_copy is not None and "journal recover" in report.message
    assert not (tmp_path / DAMAGE_MARK).exists()


def test_damage_where_a_crash_writes_is_found_at_start(tmp_path: Path) -> None:
    db, _ = open_journal(tmp_path)
    j = Journal(db)
    for i in range(500):
        j.append_event("tick", {"i": i, "pad": "x" * 100})
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    path = tmp_path / DB_NAME
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    [newest] = conn.execute("SELECT max(pageno) FROM dbstat WHERE name = 'events' AND "
                            "pagetype = 'leaf'").fetchone()
    conn.close()
    with open(path, "r+b") as f:
        f.seek((newest - 1) * page_size)
        f.write(b"\xde\xad" * (page_size // 2))
    assert start_check(path) is not None
    db, report = open_journal(tmp_path)
    db.close()
    assert report.damaged_copy is not None


def test_a_clean_journal_is_checked_in_the_background_and_says_so(tmp_path: Path,
                                                                   qtbot) -> None:
    from operator_app.services.journal_service import JournalService

    open_journal(tmp_path)[0].close()
    service = JournalService(JournalWriter(tmp_path / DB_NAME).start())
    try:
        service.start()
        qtbot.waitUntil(lambda: service.checked is not None, timeout=20000)
        assert service.checked[0] is None and service.status.state is StorageState.OK
        service.writer.flush()
        db = sqlite3.connect(tmp_path / DB_NAME)
        kinds = [r[0] for r in db.execute("SELECT kind FROM events")]
        db.close()
        assert "journal.checked" in kinds
    finally:
        service.stop()


def test_numbering_goes_on_after_a_file_whose_schema_is_gone(tmp_path: Path) -> None:
    """The schema page itself is garbage: no number can be read from the file, so the next
    journal goes on beyond the last number its writer noted beside it."""
    from operator_app.storage.db import SEQ_STEP

    open_journal(tmp_path)[0].close()
    w = JournalWriter(tmp_path / DB_NAME).start()
    try:
        last = [w.submit("append_event", "tick", {"i": i}) for i in range(600)][-1].result(10)
    finally:
        w.close()
    path = tmp_path / DB_NAME
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with open(path, "r+b") as f:  # page 1 after its header: sqlite_schema
        f.seek(100)
        f.write(b"\xde\xad" * 1998)
    db, report = open_journal(tmp_path)
    try:
        assert report.damaged_copy is not None
        seq = Journal(db).append_event("after", {}).seq
    finally:
        db.close()
    assert last.seq < seq <= last.seq + 2 * SEQ_STEP + 1  # no number used twice


def test_start_reads_never_wait_behind_the_writer(tmp_path: Path, qtbot) -> None:
    """The running swap and the vehicle registry are read on connections of their own: a
    writer stuck behind another process's lock does not hold the console's start."""
    import time

    from operator_app.services.demo import demo_vehicles
    from operator_app.services.journal_service import JournalService

    db, _ = open_journal(tmp_path)
    Journal(db).upsert_vehicle("70-8812", "Fleet", "Bus", "A_171KWH", 1)
    db.close()
    writer = JournalWriter(tmp_path / DB_NAME, busy_ms=3000).start()
    other = sqlite3.connect(tmp_path / DB_NAME)
    other.execute("BEGIN EXCLUSIVE")  # another process holds the write lock
    try:
        stuck = writer.submit("append_event", "waits", {})  # the writer waits for the lock
        t0 = time.monotonic()
        service = JournalService(writer)
        registry = service.registry(demo_vehicles()[:1])
        took = time.monotonic() - t0
        assert not stuck.done()
        assert took < 1.5, took  # not behind the writer's 3 s wait
        assert "70-8812" in {v.plate for v in registry.vehicles.values()}
        assert demo_vehicles()[0].plate in {v.plate for v in registry.vehicles.values()}
    finally:
        other.rollback()
        other.close()
    assert stuck.result(10).seq
    writer.close()
