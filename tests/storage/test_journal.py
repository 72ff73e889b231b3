"""The station journal: opening, migrations, outbox, audit chain, retention, disk full, crashes."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from operator_app.storage.db import (
    DataDirError,
    SchemaTooNew,
    connect,
    open_journal,
    quick_check,
)
from operator_app.storage.inspect import export, pack_history, parse_since, verify
from operator_app.storage.journal import Journal, JournalWriter, StorageState
from operator_app.storage.retention import DAY, RetentionPolicy, relieve_pressure, run_retention
from operator_app.storage.schema import migrations


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    db, _ = open_journal(tmp_path)
    return Journal(db)


def test_open_creates_a_wal_journal_with_full_sync(tmp_path: Path) -> None:
    db, report = open_journal(tmp_path)
    assert report.created and report.migrated == ("m001_core", "m002_telemetry_rollups",
                                                   "m003_vehicle_tags",
                                                   "m004_swap_started_by",
                                                   "m005_running_swap_index", "m006_seal",
                                                   "m007_time_indexes", "m008_swap_progress",
                                                   "m009_archive", "m010_measured_capacity",
                                                   "m011_rollup_series",
                                                   "m012_vehicle_registry")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 256  # 1 MB of WAL
    assert db.execute("PRAGMA journal_size_limit").fetchone()[0] == 4 * 1024 * 1024
    db.close()
    db, report = open_journal(tmp_path)
    assert not report.created and report.migrated == ()


def test_migrates_from_every_earlier_version(tmp_path: Path) -> None:
    names = [m.name for m in migrations._migrations]
    for i, stop in enumerate(names[1:], start=1):
        d = tmp_path / f"v{i}"
        d.mkdir()
        db = connect(d / "journal.sqlite")
        migrations.apply(db, stop_before=stop)
        Journal(db).append_event("old", {"v": i})
        db.close()
        db, report = open_journal(d)
        assert report.migrated == tuple(names[i:])
        assert db.execute("SELECT kind FROM events").fetchone()[0] == "old"
        db.close()


def test_a_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    db, _ = open_journal(tmp_path)
    db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
               "VALUES ('journal', 'm099_future', 'x')")
    db.conn.commit()
    db.close()
    before = (tmp_path / "journal.sqlite").read_bytes()
    with pytest.raises(SchemaTooNew, match="written by a newer console"):
        open_journal(tmp_path)
    assert (tmp_path / "journal.sqlite").read_bytes() == before


def test_a_corrupted_file_is_kept_aside_and_a_new_journal_started(tmp_path: Path) -> None:
    db, _ = open_journal(tmp_path)
    Journal(db).append_event("before", {})
    db.close()
    path = tmp_path / "journal.sqlite"
    data = bytearray(path.read_bytes())
    data[100:4096] = os.urandom(3996)  # smash the schema page
    path.write_bytes(bytes(data))
    db, report = open_journal(tmp_path)
    assert report.damaged_copy is not None and report.damaged_copy.exists()
    assert "kept aside" in report.message
    assert report.damaged_copy.read_bytes()[:100] == bytes(data[:100])  # never deleted
    Journal(db).append_event("after", {})
    assert quick_check(path) is None


def test_unusable_data_directory(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DataDirError, match="cannot create the data directory"):
        open_journal(blocker / "data")
    with pytest.raises(DataDirError, match="is not a directory"):
        open_journal(blocker)


def test_event_and_outbox_commit_together_or_not_at_all(journal: Journal) -> None:
    ref = journal.append_event("a", {"x": 1})
    row = journal.db.execute("SELECT e.seq, o.sent_at FROM events e JOIN outbox o "
                             "ON o.event_id = e.id").fetchone()
    assert row == (ref.seq, None)
    journal.db.execute("CREATE TRIGGER outbox_breaks BEFORE INSERT ON outbox "
                       "BEGIN SELECT RAISE(ABORT, 'outbox write failed'); END")
    with pytest.raises(sqlite3.IntegrityError):
        journal.append_event("b", {"x": 2})
    assert journal.db.execute("SELECT count(*) FROM events").fetchone()[0] == 1


def test_events_are_append_only(journal: Journal) -> None:
    journal.append_event("a", {})
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        journal.db.execute("UPDATE events SET kind = 'x'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        journal.db.execute("DELETE FROM events")


def test_sequence_continues_after_reopen(tmp_path: Path) -> None:
    db, _ = open_journal(tmp_path)
    assert Journal(db).append_event("a", {}).seq == 1
    db.close()
    db, _ = open_journal(tmp_path)
    assert Journal(db).append_event("b", {}).seq == 2


@pytest.mark.parametrize("tamper", ["edit", "delete_middle", "delete_last"])
def test_audit_chain_detects_tampering(tmp_path: Path, tamper: str) -> None:
    db, _ = open_journal(tmp_path)
    j = Journal(db)
    for i in range(5):
        j.audit("ana", "operator", "acknowledge", {"alarm": i})
    db.close()
    assert verify(tmp_path / "journal.sqlite").ok
    raw = sqlite3.connect(tmp_path / "journal.sqlite")
    if tamper == "edit":
        raw.execute("UPDATE audit SET actor = 'mallory' WHERE id = 3")
    elif tamper == "delete_middle":
        raw.execute("DELETE FROM audit WHERE id = 3")
    else:
        raw.execute("DELETE FROM audit WHERE id = 5")
    raw.commit()
    raw.close()
    report = verify(tmp_path / "journal.sqlite")
    assert not report.ok
    assert any("audit chain" in line and line.startswith("FAIL") for line in report.lines)


def telemetry_rows(start: float, hours: float, period: float = 10.0) -> list[tuple]:
    n = int(hours * 3600 / period)
    return [("PACK1", 1, start + i * period, 50 + (i % 50), 98.0, 576.0, 50.0, 3.25, 3.30, 30.0,
             35.0 + (i % 7), 4000.0, 80.0, 0) for i in range(n)]


def test_retention_rolls_up_then_drops_old_raw_samples(journal: Journal) -> None:
    now = 1_800_000_000.0
    journal.add_telemetry(telemetry_rows(now - 10 * DAY, 24))  # a day, ten days ago
    journal.add_telemetry(telemetry_rows(now - 1 * DAY, 2))  # recent
    journal.append_event("keep me", {})
    out = run_retention(journal.db, now, RetentionPolicy(raw_days=7, minute_days=90))
    assert out["raw_deleted"] == 24 * 360
    db = journal.db
    assert db.execute("SELECT count(*) FROM telemetry").fetchone()[0] == 2 * 360
    minutes = db.execute("SELECT count(*), sum(n), max(temp_max) FROM telemetry_1m "
                         "WHERE bucket_epoch < ?", [now - 7 * DAY]).fetchone()
    assert minutes == (24 * 60, 24 * 360, 41.0)
    assert db.execute("SELECT count(*) FROM telemetry_1h").fetchone()[0] == 24 + 2
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] == 1
    # running it again changes nothing
    assert run_retention(db, now)["raw_deleted"] == 0
    assert db.execute("SELECT sum(n) FROM telemetry_1m").fetchone()[0] == 26 * 360


def test_pressure_relief_drops_only_telemetry(journal: Journal) -> None:
    journal.add_telemetry(telemetry_rows(1e9, 1))
    journal.append_event("e", {})
    journal.audit("a", "technician", "x", {})
    journal.record_swap({"id": "s1", "started_at": "t", "result": "completed", "blocks": 1})
    while relieve_pressure(journal.db, rows=100):
        pass
    db = journal.db
    assert db.execute("SELECT count(*) FROM telemetry").fetchone()[0] == 0
    for table, n in (("events", 3), ("audit", 1), ("swaps", 1), ("outbox", 3)):
        # events: the event, and the fleet's copies of the audit row and the swap
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == n, table


def test_disk_full_relieves_telemetry_first(tmp_path: Path) -> None:
    open_journal(tmp_path)[0].close()
    writer = JournalWriter(tmp_path / "journal.sqlite", max_bytes=600_000, batch_rows=200).start()
    try:
        for k in range(40):  # telemetry fills the journal, batch after batch
            writer.add_telemetry(telemetry_rows(1e9 + k * 3600, 1, period=5))
            writer.flush()
        refs = [writer.submit("append_event", "swap.completed", {"k": k}) for k in range(50)]
        writer.flush()
        assert all(r.result(5).seq for r in refs)  # every event written: telemetry made room
        assert writer.status.dropped_telemetry > 0
    finally:
        writer.close()
    db = connect(tmp_path / "journal.sqlite", readonly=True)
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] == 50


def test_disk_full_holds_records_in_memory_until_space_returns(tmp_path: Path) -> None:
    open_journal(tmp_path)[0].close()
    statuses = []
    writer = JournalWriter(tmp_path / "journal.sqlite", max_bytes=300_000, retry_s=0.1,
                           on_status=statuses.append).start()
    try:
        refs = [writer.submit("append_event", "big", {"pad": "x" * 2000, "k": k})
                for k in range(400)]
        writer.flush()
        assert writer.status.state is StorageState.DISK_FULL
        assert "disk is full" in writer.status.message and writer.held > 0
        assert not refs[-1].done()  # held, not lost, not failed
        writer.submit("set_max_bytes", None)  # the technician frees space
        writer.flush()
        assert all(r.result(5) for r in refs)
        assert writer.status.state is StorageState.OK
        assert [s.state for s in statuses][-1] is StorageState.OK
    finally:
        writer.close()
    db = connect(tmp_path / "journal.sqlite", readonly=True)
    seqs = [r[0] for r in db.execute("SELECT seq FROM events ORDER BY seq")]
    assert seqs == list(range(1, 401))  # in order, none lost


def test_killed_writer_loses_no_committed_record(tmp_path: Path) -> None:
    rng = random.Random(42)
    committed: dict[str, set[str]] = {"event": set(), "swap": set(), "audit": set()}
    for _round in range(5):
        proc = subprocess.Popen([sys.executable, "-m", "tests.storage.crash_writer",
                                 str(tmp_path)], stdout=subprocess.PIPE, text=True)
        deadline = time.monotonic() + rng.uniform(0.3, 1.5)
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            _, kind, key = line.split()
            committed[kind].add(key)
        proc.kill()  # SIGKILL at an arbitrary instant
        for line in proc.stdout:  # lines printed before the kill still count
            _, kind, key = line.split()
            committed[kind].add(key)
        proc.wait()
        path = tmp_path / "journal.sqlite"
        assert quick_check(path) is None
        db = connect(path, readonly=True)
        seqs = {str(r[0]) for r in db.execute("SELECT seq FROM events")}
        swaps = {r[0] for r in db.execute("SELECT id FROM swaps")}
        audits = {json.loads(r[0])["i"] for r in db.execute("SELECT detail FROM audit")}
        db.close()
        assert committed["event"] <= seqs
        assert committed["swap"] <= swaps
        assert {int(a) for a in committed["audit"]} <= audits
        assert verify(path).ok, verify(path).lines
    assert len(committed["event"]) > 20


def test_export_and_history(journal: Journal, tmp_path: Path) -> None:
    import io

    journal.append_event("link.state", {"state": "ONLINE"}, ts=1_790_000_000.0)
    journal.append_event("link.state", {"state": "LOST"}, ts=1_800_000_000.0)
    out = io.StringIO()
    assert export(tmp_path / "journal.sqlite", out, "jsonl", since=parse_since("2026-12-01")) >= 1
    lines = [json.loads(x) for x in out.getvalue().splitlines()]
    assert [x["payload"] for x in lines if x.get("table") == "events"] == ['{"state":"LOST"}']
    assert "manifest" in lines[-1]
    out = io.StringIO()
    export(tmp_path / "journal.sqlite", out, "csv")
    assert "# table events" in out.getvalue()
    journal.add_telemetry(telemetry_rows(1e9, 2))
    run_retention(journal.db, 1e9 + 3 * 3600)
    rows = pack_history(tmp_path / "journal.sqlite", "PACK1", 1e9, 1e9 + 3 * 3600)
    assert len(rows) == 120


def test_a_telemetry_burst_is_written_whole_when_the_disk_has_room(tmp_path: Path) -> None:
    open_journal(tmp_path)[0].close()
    writer = JournalWriter(tmp_path / "journal.sqlite", hold_limit=1000).start()
    try:
        for k in range(30):
            writer.add_telemetry(telemetry_rows(1e9 + k * 3600, 1))  # 360 rows each
        writer.flush()
    finally:
        writer.close()
    db = connect(tmp_path / "journal.sqlite", readonly=True)
    assert db.execute("SELECT count(*) FROM telemetry").fetchone()[0] == 30 * 360
    assert writer.status.dropped_telemetry == 0


def test_the_writer_never_dies_quietly(tmp_path: Path) -> None:
    """A value that cannot be encoded, a database locked by another process, a write that
    raises inside the journal: each caller gets its error, the writer serves on, repeated
    failures read FAILED with the cause in words, and the next good write clears it."""
    from operator_app.storage.journal import JournalWriteError, StorageStatus

    open_journal(tmp_path)[0].close()
    statuses: list[StorageStatus] = []
    w = JournalWriter(tmp_path / "journal.sqlite", busy_ms=100,
                      on_status=statuses.append).start()
    try:
        bad = w.submit("record_swap", {"id": "S1", "started_at": "x", "result": "running",
                                       "blocks": 1, "steps": [object()]})
        with pytest.raises(JournalWriteError, match="cannot be stored as JSON"):
            bad.result(5)  # refused at the call: the writer never saw it
        assert w.submit("append_event", "ok.1", {}).result(5).seq == 1
        other = sqlite3.connect(tmp_path / "journal.sqlite")
        other.execute("BEGIN EXCLUSIVE")  # another process holds the file
        for i in range(3):
            with pytest.raises(JournalWriteError, match="database is locked"):
                w.submit("append_event", f"locked.{i}", {}).result(5)
        assert w.status.state is StorageState.FAILED
        assert "keep failing (3 in a row" in w.status.message
        assert "Call a technician" in w.status.message
        other.rollback()
        other.close()
        with pytest.raises(JournalWriteError, match="TypeError"):
            w.submit("see_pack").result(5)  # a wrong call raises inside the journal
        assert w.submit("append_event", "ok.2", {}).result(5).seq == 2
        assert w.status.state is StorageState.OK and "writes again" in w.status.message
        assert [s.state for s in statuses][-2:] == [StorageState.FAILED, StorageState.OK]
    finally:
        w.close()
    db = sqlite3.connect(tmp_path / "journal.sqlite")
    assert [k for (k,) in db.execute("SELECT kind FROM events ORDER BY seq")] == ["ok.1", "ok.2"]


def test_a_rolled_back_write_gives_its_sequence_number_back(journal: Journal) -> None:
    """A swap record whose event went in but whose row did not: the whole transaction rolls
    back, and the next event takes the number, so verify never reports a phantom gap."""
    first = journal.append_event("one", {})
    with pytest.raises(sqlite3.IntegrityError):
        journal.record_swap({"id": "S1", "started_at": None, "result": "running",
                             "blocks": 1}, "swap.started")  # started_at NOT NULL
    assert journal.append_event("two", {}).seq == first.seq + 1
    seqs = [s for (s,) in journal.db.execute("SELECT seq FROM events ORDER BY seq")]
    assert seqs == [first.seq, first.seq + 1]


def test_the_screens_read_beside_the_writer_never_behind_it(tmp_path: Path) -> None:
    """Today's swaps come from a read-only connection: a writer busy in a long transaction
    (or waiting for space) does not make the screen wait."""
    from operator_app.storage.journal import read_swaps_since

    db, _ = open_journal(tmp_path)
    j = Journal(db)
    j.record_swap({"id": "S1", "vehicle_plate": "70-8812", "started_at": "2026-12-01T08:00:00",
                   "result": "completed", "blocks": 1})
    busy = sqlite3.connect(tmp_path / "journal.sqlite")
    busy.execute("BEGIN EXCLUSIVE")  # the writer in the middle of a long commit
    busy.execute("INSERT INTO station (key, value) VALUES ('x', 'y')")
    try:  # with no busy wait at all: a reader that had to wait would fail "locked"
        assert read_swaps_since(tmp_path / "journal.sqlite", "2026-12-01", busy_ms=0) == {
            "70-8812": "2026-12-01T08:00:00"}
    finally:
        busy.rollback()
        busy.close()
        db.close()


def test_start_up_queries_use_indexes_not_scans(journal: Journal) -> None:
    """The running swap is found through an index; an audit append counts on from its head."""
    plan = " ".join(r[-1] for r in journal.db.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM swaps WHERE result = 'running' "
        "ORDER BY started_at DESC LIMIT 1"))
    # a scan of the partial index holds only the running swaps (one at most), in order
    assert plan == "SCAN swaps USING INDEX swaps_running"
    for i in range(3):
        journal.audit("ana", "OPERATOR", f"act {i}", {})
    head = json.loads(journal.db.execute(
        "SELECT value FROM station WHERE key = 'audit_head'").fetchone()[0])
    assert head["count"] == 3


def test_a_newer_rollback_mode_journal_is_not_switched_to_wal(tmp_path: Path) -> None:
    """The schema is checked read-only before anything is changed: a newer console's file in
    rollback mode stays in rollback mode."""
    db, _ = open_journal(tmp_path)
    db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
               "VALUES ('journal', 'm099_future', 'x')")
    db.conn.commit()
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    with pytest.raises(SchemaTooNew):
        open_journal(tmp_path)
    conn = sqlite3.connect(tmp_path / "journal.sqlite")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_a_locked_journal_is_waited_for_never_set_aside(tmp_path: Path) -> None:
    from operator_app.storage.db import JournalBusy

    db, _ = open_journal(tmp_path)
    Journal(db).append_event("kept", {})
    db.close()
    holder = sqlite3.connect(tmp_path / "journal.sqlite")
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO station (key, value) VALUES ('k', 'v')")
    holder.commit()  # the exclusive lock stays with the connection
    try:
        with pytest.raises(JournalBusy, match="locked by another process"):
            open_journal(tmp_path)
        assert not list(tmp_path.glob("journal.sqlite.damaged-*"))
    finally:
        holder.close()
    db, report = open_journal(tmp_path)  # once free, it opens as it was
    assert report.damaged_copy is None
    assert db.execute("SELECT kind FROM events").fetchall() == [("kept",)]
    db.close()


def test_numbering_carries_on_after_a_damaged_file_is_set_aside(tmp_path: Path) -> None:
    db, _ = open_journal(tmp_path)
    j = Journal(db)
    for i in range(5):
        j.append_event(f"e{i}", {})
    j.add_telemetry(telemetry_rows(1e9, 10))  # pages after the events
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    path = tmp_path / "journal.sqlite"
    data = bytearray(path.read_bytes())
    data[-8000:-100] = os.urandom(7900)  # garbage in telemetry's pages: events survive
    path.write_bytes(bytes(data))
    db, report = open_journal(tmp_path)
    assert report.damaged_copy is not None and "carry on from" in report.message
    seq = Journal(db).append_event("after", {}).seq
    db.close()
    assert seq == int(report.message.split("carry on from ")[1].split(".")[0]) + 1 > 1
    from operator_app.storage.inspect import verify

    assert verify(path).ok


def test_a_full_disk_never_loses_held_records_at_exit(tmp_path: Path) -> None:
    """Records held for a full disk go to a spill file on another directory at exit and are
    written at the next start; reads never wait behind them meanwhile."""
    data, spill = tmp_path / "data", tmp_path / "spill"
    data.mkdir()
    spill.mkdir()
    open_journal(data)[0].close()
    w = JournalWriter(data / "journal.sqlite", max_bytes=300_000, retry_s=0.1,
                      spill_dir=spill).start()
    refs = [w.submit("append_event", "big", {"pad": "x" * 2000, "k": k}) for k in range(400)]
    w.flush()
    assert w.status.state is StorageState.DISK_FULL and w.held > 0
    assert isinstance(w.submit("vehicles").result(2), list)  # not behind the held records
    written = sum(1 for r in refs if r.done())
    w.close()
    [spilled] = list(spill.glob("journal-spill-*.jsonl"))
    assert w.spilled_to == spilled
    assert len(spilled.read_text().splitlines()) == 400 - written
    again = JournalWriter(data / "journal.sqlite", spill_dir=spill).start()  # space is back
    try:
        assert again.replay_spills() == 400 - written
    finally:
        again.close()
    assert not list(spill.glob("journal-spill-*.jsonl"))
    db = connect(data / "journal.sqlite", readonly=True)
    ks = [json.loads(p)["k"] for (p,) in db.execute(
        "SELECT payload FROM events WHERE kind = 'big' ORDER BY seq")]
    assert ks == list(range(400))  # every one, in order
    db.conn.close()


def test_a_swap_is_stored_once_and_its_events_refer_to_it(journal: Journal) -> None:
    """Two versions of the swap row (start, end), steps in between as progress; its events
    refer to it."""
    rack = {str(n): {"code": f"P{n}", "slot": n, "soc_pct": 95.0, "energy_kwh": 160.0}
            for n in range(1, 25)}
    record = {"id": "S9", "vehicle_plate": "70-8812", "started_at": "2026-12-01T08:00:00",
              "result": "running", "blocks": 1, "rack_before": rack, "steps": []}
    journal.record_swap(record, "swap.started")
    row = journal.running_swap()
    assert row is not None and row["rack_before"] == rack  # a restart needs it
    step = {"step": "UNLOCK", "block": 1, "started_at": "2026-12-01T08:00:10"}
    journal.record_swap({**record, "steps": [step]})  # a step: progress, not a new version
    assert journal.running_swap()["steps"] == [step]  # what a restarted console resumes
    journal.record_swap({**record, "result": "completed", "packs_in": [{"code": "P1"}],
                         "steps": [step]}, "swap.completed")
    assert journal.db.execute("SELECT steps FROM swaps WHERE id = 'S9'").fetchone()[0] == \
        json.dumps([step], separators=(",", ":"))
    assert not journal.db.execute("SELECT 1 FROM swap_progress").fetchall()
    db = journal.db
    assert db.execute("SELECT rack_before FROM swaps WHERE id = 'S9'").fetchone()[0] is None
    payloads = [json.loads(p) for (p,) in db.execute(
        "SELECT payload FROM events WHERE kind LIKE 'swap.%' ORDER BY seq")]
    assert payloads == [{"swap": "S9", "result": "running", "plate": "70-8812"},
                        {"swap": "S9", "result": "completed", "plate": "70-8812"}]


def test_a_pack_at_rest_is_kept_hour_by_hour_not_minute_by_minute(journal: Journal) -> None:
    now = 1_800_000_000.0
    start = now - 10 * DAY
    charging = telemetry_rows(start, 2)  # two hours on the charger (80 kW)
    resting = [(*r[:6], 0.0, *r[7:12], 0.0, 0) for r in telemetry_rows(start + 2 * 3600, 3)]
    journal.add_telemetry(charging + resting)
    run_retention(journal.db, now, RetentionPolicy(raw_days=7, minute_days=90))
    db = journal.db
    assert db.execute("SELECT count(*) FROM telemetry_1m").fetchone()[0] == 2 * 60
    hours = db.execute("SELECT n FROM telemetry_1h ORDER BY bucket_epoch").fetchall()
    assert [n for (n,) in hours] == [360] * 5  # every hour, at rest or not
    assert db.execute("SELECT count(*) FROM telemetry").fetchone()[0] == 0
