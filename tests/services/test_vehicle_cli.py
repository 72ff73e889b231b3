"""``operator-app vehicles list|import``: a subprocess, its output and exit codes, the journal
read back; refused while a console holds the journal."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from operator_app.storage.db import JournalLock

GOOD = ("\ufeffplate,fleet,model,pack_type,blocks,tags\n"
        "XG 8121,Kwai Chung Logistics,6x4 tractor,A_171KWH,3,RFID:04A1B2C3;QR:XG8121\n"
        "1กข 1234,Laem Chabang Haulage,dump truck,A,2,\n")


def vehicles_cli(*args: str, data: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "operator_app", "vehicles", *args,
                           "--data-dir", str(data)], capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL)


def rows(data: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(f"file:{data / 'journal.sqlite'}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_import_then_list_then_a_bad_file_refused_whole(tmp_path: Path) -> None:
    data = tmp_path / "data"
    got = vehicles_cli("list", data=data)
    assert got.returncode == 2 and "no journal at" in got.stderr
    good = tmp_path / "good.csv"
    good.write_text(GOOD, encoding="utf-8")
    got = vehicles_cli("import", str(good), data=data)
    assert got.returncode == 0, got.stderr
    assert got.stdout == "vehicles: good.csv imported: 2 new, 0 updated, 0 unchanged\n"
    got = vehicles_cli("list", data=data)
    assert got.returncode == 0
    assert got.stdout.splitlines() == [
        "1กข 1234\tLaem Chabang Haulage\tdump truck\tA_171KWH\t2\t",
        "XG 8121\tKwai Chung Logistics\t6x4 tractor\tA_171KWH\t3\tRFID:04A1B2C3;QR:XG8121"]
    (actor, role, detail), = rows(data, "SELECT actor, role, detail FROM audit WHERE action = "
                                        "'vehicles import'")
    assert actor.endswith(" (operator-app vehicles)") and role == "COMMISSIONING"
    assert json.loads(detail)["file"] == str(good.resolve())
    assert json.loads(detail)["added"] == 2
    bad = tmp_path / "bad.csv"
    bad.write_text("plate,fleet,model,pack_type,blocks\nXG 8121,Changed,m,A,2\n"
                   "AB 1,,m,A,1\nAB 2,f,m,Z,1\n", encoding="utf-8")
    got = vehicles_cli("import", str(bad), data=data)
    assert got.returncode == 1 and got.stdout == ""
    assert got.stderr.splitlines() == [
        "vehicles: bad.csv was not imported, nothing was changed:",
        "  line 3: no fleet given: every vehicle belongs to a fleet",
        "  line 4: pack type Z: one of A_171KWH, B_280KWH, C_100KWH"]
    assert rows(data, "SELECT fleet FROM vehicles WHERE plate = 'XG 8121'") == [
        ("Kwai Chung Logistics",)]
    assert rows(data, "SELECT action FROM audit WHERE action LIKE 'vehicles import%' ORDER BY "
                      "id") == [("vehicles import",), ("vehicles import refused",)]
    got = vehicles_cli("import", str(tmp_path / "missing.csv"), data=data)
    assert got.returncode == 2 and "missing.csv cannot be read" in got.stderr


def test_import_is_refused_while_a_console_holds_the_journal(tmp_path: Path) -> None:
    data = tmp_path / "data"
    good = tmp_path / "good.csv"
    good.write_text(GOOD, encoding="utf-8")
    assert vehicles_cli("import", str(good), data=data).returncode == 0
    lock = JournalLock.acquire(data)  # what a running console holds
    try:
        got = vehicles_cli("import", str(good), data=data)
        assert got.returncode == 3
        assert "a console is running on this data directory" in got.stderr
        assert "Vehicles page" in got.stderr
        listed = vehicles_cli("list", data=data)  # reading beside a console is fine
        assert listed.returncode == 0 and "XG 8121" in listed.stdout
    finally:
        lock.release()
    assert len(rows(data, "SELECT 1 FROM audit WHERE action = 'vehicles import'")) == 1


def test_list_marks_a_vehicle_disabled_here(tmp_path: Path) -> None:
    from operator_app.storage.db import open_journal
    from operator_app.storage.journal import Journal

    data = tmp_path / "data"
    good = tmp_path / "good.csv"
    good.write_text(GOOD, encoding="utf-8")
    assert vehicles_cli("import", str(good), data=data).returncode == 0
    db, _ = open_journal(data)
    Journal(db).set_vehicle_disabled({"plate": "XG 8121"}, True, "Tess Tech", "TECHNICIAN")
    db.close()
    got = vehicles_cli("list", data=data)
    assert got.stdout.splitlines()[1].endswith("\tRFID:04A1B2C3;QR:XG8121\tdisabled")
    assert not got.stdout.splitlines()[0].endswith("disabled")
