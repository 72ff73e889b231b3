"""Growth that stops: what the fleet holds is archived after the window, losslessly, and
still verifies; nothing it does not hold is ever archived."""

from __future__ import annotations

import json
import sqlite3
import zlib
from pathlib import Path

import pytest

from operator_app.cli_journal import main as journal_cli
from operator_app.storage.db import DB_NAME, open_journal
from operator_app.storage.inspect import verify
from operator_app.storage.journal import Journal, iso
from operator_app.storage.retention import RetentionPolicy

KEY = bytes(range(32))
DAY = 86400.0
T0 = 1_780_000_000.0


class Clock:
    def __init__(self) -> None:
        self.t = T0

    def __call__(self) -> float:
        return self.t


def station_days(data: Path, days: int) -> tuple[Journal, Clock]:
    """``days`` days of a small station: events, a swap, an alarm, a session, an audit row."""
    clock = Clock()
    db, _ = open_journal(data)
    j = Journal(db, clock, KEY)
    for d in range(days):
        clock.t = T0 + d * DAY
        for i in range(5):
            j.append_event("command.outcome", {"day": d, "i": i, "pad": "x" * 80})
        swap = {"id": f"S{d}", "vehicle_plate": "70-8812", "started_at": iso(clock.t),
                "result": "running", "blocks": 1, "steps": []}
        j.record_swap(swap, "swap.started")
        clock.t += 300
        j.record_swap({**swap, "result": "completed", "ended_at": iso(clock.t),
                       "steps": [{"step": "UNLOCK", "block": 1, "duration_s": 12.0}]},
                      "swap.completed")
        j.record_alarm(f"A{d}", "ESTOP", "controller", 1, "unack", clock.t)
        j.record_alarm(f"A{d}", "ESTOP", "controller", 1, "normal", clock.t + 60, cleared=True)
        j.start_charging(f"C{d}", "P1", 3, clock.t, 20.0)
        j.update_charging(f"C{d}", 100.0, 90.0, 35.0, 120.0, clock.t + 3600, "complete")
        j.audit("ana", "OPERATOR", "swap start", {"day": d})
    return j, clock


def count(path: Path, table: str) -> int:
    db = sqlite3.connect(path)
    try:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        db.close()


# a day's events: its 7 events and the fleet's copies of its 8 records (swaps, alarms,
# transitions, charging sessions, pack health: sync/contract.py)
EVENTS_A_DAY = 15


def export_file(data: Path, out: Path) -> Path:
    assert journal_cli(["export", "--data-dir", str(data), "--out", str(out)]) == 0
    return out


def test_records_the_fleet_holds_are_archived_after_the_window_and_still_verify(
        tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    key_file = tmp_path / "journal.key"
    key_file.write_text(KEY.hex())
    j, clock = station_days(data, 200)
    path = data / DB_NAME
    clock.t = T0 + 200 * DAY
    assert j.run_retention(RetentionPolicy())["archived"] == {}  # the fleet holds nothing
    events_before = count(path, "events")
    exported = export_file(data, tmp_path / "export.jsonl")
    j.db.close()
    assert journal_cli(["confirm", str(exported), "--data-dir", str(data),
                        "--key-file", str(key_file)]) == 0
    assert "the fleet holds events 1-" in capsys.readouterr().out
    db, _ = open_journal(data)
    j = Journal(db, clock, KEY)
    j.append_event("after.export", {})  # not in the export: never archived
    archived = j.run_retention(RetentionPolicy(records_days=90))["archived"]
    # 110 days are older than the window: their rows went, the last 90 stay rows
    assert archived["swaps"] == 110 and archived["charging_sessions"] == 110
    assert archived["alarm_transitions"] == 220 and archived["events"] == 110 * EVENTS_A_DAY
    assert archived["outbox"] == archived["events"]
    assert archived["seal"] > archived["events"]  # the chain's old links are archived too
    assert count(path, "swaps") == 90 and count(path, "alarms") == 200  # occurrences stay
    assert count(path, "audit") == 200  # the audit chain is never archived
    # + journal.held, after.export
    assert count(path, "events") == events_before + 2 - 110 * EVENTS_A_DAY
    kept = [json.loads(p) for (p,) in db.execute("SELECT payload FROM events WHERE kind = "
                                                  "'command.outcome' ORDER BY seq LIMIT 1")]
    assert kept[0]["day"] == 110
    raw, packed = 0, 0
    for blob, in db.execute("SELECT rows FROM archive"):
        raw += len(zlib.decompress(blob))
        packed += len(blob)
    assert packed * 2 < raw  # compressed, and nothing summarised away
    db.close()
    report = verify(path, KEY)
    assert report.ok, report.lines
    archived_text = f"{110 * EVENTS_A_DAY} events archived"
    assert any(archived_text in line for line in report.lines)
    assert any("event sequence 1-" in line for line in report.lines)


def archived_station(tmp_path: Path, days: int = 100):
    """``days`` days of a station, exported, confirmed, and retention run at the end."""
    data = tmp_path / "data"
    (tmp_path / "journal.key").write_text(KEY.hex())
    j, clock = station_days(data, days)
    exported = export_file(data, tmp_path / "export.jsonl")
    j.db.close()
    assert journal_cli(["confirm", str(exported), "--data-dir", str(data),
                        "--key-file", str(tmp_path / "journal.key")]) == 0
    db, _ = open_journal(data)
    clock.t = T0 + days * DAY
    Journal(db, clock, KEY).run_retention(RetentionPolicy(records_days=90))
    return data, db


def test_a_changed_archived_row_is_named_by_verify(tmp_path: Path, capsys) -> None:
    data, db = archived_station(tmp_path)
    aid, blob = db.execute("SELECT id, rows FROM archive WHERE tbl = 'swaps'").fetchone()
    rows = json.loads(zlib.decompress(blob))
    rows[0][1][2] = "99-9999"  # the plate of an archived swap
    db.execute("UPDATE archive SET rows = ? WHERE id = ?",
               [zlib.compress(json.dumps(rows, separators=(",", ":")).encode()), aid])
    db.conn.commit()
    db.close()
    report = verify(data / DB_NAME, KEY)
    assert not report.ok
    assert any(f"archived swaps row {rows[0][0]} was changed" in line for line in report.lines)


def test_confirm_refuses_an_export_of_another_journal_and_a_running_console(
        tmp_path: Path, capsys) -> None:
    from operator_app.storage.db import JournalLock

    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    for d in (ours, theirs):
        j, _ = station_days(d, 3)
        j.db.close()
    foreign = export_file(theirs, tmp_path / "theirs.jsonl")
    capsys.readouterr()
    assert journal_cli(["confirm", str(foreign), "--data-dir", str(ours)]) == 2
    assert "not in this journal's chain" in capsys.readouterr().err
    (tmp_path / "half.jsonl").write_text(foreign.read_text().splitlines()[0] + "\n")
    assert journal_cli(["confirm", str(tmp_path / "half.jsonl"), "--data-dir", str(ours)]) == 2
    assert "does not end with an export manifest" in capsys.readouterr().err
    lock = JournalLock.acquire(ours)
    try:
        mine = export_file(ours, tmp_path / "ours.jsonl")
        assert journal_cli(["confirm", str(mine), "--data-dir", str(ours)]) == 2
        assert "another console is using the journal" in capsys.readouterr().err
    finally:
        lock.release()


@pytest.mark.parametrize("table", ["events"])
def test_events_still_cannot_be_deleted_outside_archiving(tmp_path: Path, table: str) -> None:
    j, _ = station_days(tmp_path, 1)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        j.db.execute(f"DELETE FROM {table}")


def test_a_forged_archived_seal_link_breaks_the_chain(tmp_path: Path, capsys) -> None:
    data, db = archived_station(tmp_path)
    assert verify(data / DB_NAME, KEY).ok
    aid, blob = db.execute("SELECT id, rows FROM archive WHERE tbl = 'seal'").fetchone()
    links = json.loads(zlib.decompress(blob))
    links[5][3] = "0" * 64  # a link's digest rewritten
    db.execute("UPDATE archive SET rows = ? WHERE id = ?",
               [zlib.compress(json.dumps(links).encode()), aid])
    db.conn.commit()
    db.close()
    report = verify(data / DB_NAME, KEY)
    assert not report.ok
    assert any(f"seal link {links[5][0]} " in line and "changed or forged" in line
               for line in report.lines)
