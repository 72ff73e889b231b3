"""``operator-app packs report``: every pack's record, as JSON and CSV, from a real journal."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from operator_app.domain.capacity import BMS_SOH_DISAGREES, rated_ah
from operator_app.storage.db import open_journal
from operator_app.storage.journal import Journal
from tests.storage.test_capacity_records import session

RATED = rated_ah(171.0)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    db, _ = open_journal(tmp_path)
    j = Journal(db)
    j.see_pack("P1", "A_171KWH", 171.0, 700, 90.0, 1.0)
    j.see_pack("P2", "C_100KWH", 100.0, 50, 99.0, 1.0)
    session(j, "s1", 0.82 * RATED, 1000.0)  # a BMS 8 points high
    session(j, "s2", 0.82 * RATED, 9000.0, spoil=True)
    j.record_alarm("a1", "PACK_HIGH_TEMPERATURE", "slot 3", 1, "active unacknowledged", 5.0,
                   pack_code="P1")
    j.record_alarm("a2", "CHARGER_FAULT", "slot 3", 2, "active unacknowledged", 6.0,
                   pack_code="P1")
    db.close()
    return tmp_path


def report(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "operator_app", "packs", "report",
                           "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=60)


def test_json_has_every_packs_record(data_dir: Path) -> None:
    run = report(data_dir, "--format", "json")
    assert run.returncode == 0, run.stderr
    p1, p2 = json.loads(run.stdout)
    assert p1["code"] == "P1" and p1["type"] == "A_171KWH" and p1["rated_kwh"] == 171.0
    assert p1["bms_soh_pct"] == 90.0
    assert p1["measured_soh_pct"] == pytest.approx(82.0, abs=0.3)
    assert p1["measured_capacity_kwh"] == pytest.approx(0.82 * 171.0, rel=0.005)
    assert p1["capacity_sessions"] == 1 and p1["sessions"] == 2
    assert p1["sessions_flagged"] == 1
    assert p1["flags"] == [BMS_SOH_DISAGREES]
    # two charges of 80 % of 0.82 x rated: 1.31 full equivalent cycles of the rated charge
    assert p1["full_equivalent_cycles"] == pytest.approx(2 * 0.8 * 0.82, abs=0.01)
    assert p1["energy_throughput_kwh"] > 0
    assert (p1["over_temperature_events"], p1["level3_alarms"]) == (1, 1)
    assert p1["quarantined"] is False
    assert p2["measured_capacity_kwh"] is None and p2["flags"] == []  # no session yet


def test_csv_and_one_pack(data_dir: Path) -> None:
    run = report(data_dir, "--format", "csv", "--pack", "p1")
    assert run.returncode == 0, run.stderr
    [row] = list(csv.DictReader(io.StringIO(run.stdout)))
    assert row["code"] == "P1" and row["flags"] == BMS_SOH_DISAGREES
    assert report(data_dir, "--pack", "NOPE").returncode == 1


def test_no_journal_or_a_damaged_one_says_so(tmp_path: Path) -> None:
    run = report(tmp_path / "nowhere")
    assert run.returncode == 2 and "no journal at" in run.stderr
    (tmp_path / "journal.sqlite").write_bytes(b"not a database, " * 100)
    run = report(tmp_path)
    assert run.returncode == 2 and "cannot read the journal" in run.stderr
    assert "Traceback" not in run.stderr
