"""A charging session closed with its measured record: the raw inputs kept, the pack's
counters and its measured capacity from its last good sessions, apart from the BMS's SoH."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from operator_app.domain.capacity import BMS_SOH_DISAGREES, Sample, SessionMeter, rated_ah
from operator_app.storage.db import open_journal
from operator_app.storage.journal import Journal

RATED = rated_ah(171.0)


def session(journal: Journal, sid: str, true_ah: float, t0: float, spoil: bool = False) -> dict:
    journal.start_charging(sid, "P1", 3, t0, 20.0)
    samples, soc, t, ah = [], 20.0, t0, 0.0
    while soc < 100.0:
        samples.append(Sample(t, round(soc, 1), 150.0, 590.0, meter_ah=ah, meter_kwh=ah * 0.59))
        step = min(2.5, (100.0 - soc) / 100.0 * true_ah)
        ah, soc, t = ah + step, min(100.0, soc + 100.0 * step / true_ah), t + 60.0
    samples.append(Sample(t, 100.0, 8.0, 620.0, meter_ah=ah, meter_kwh=ah * 0.59))
    m = SessionMeter(sid, "P1", 3, RATED, samples[0], 1200.0)
    for s in samples[1:]:
        m.add(s)
    record = m.finish("removed" if spoil else "complete").to_dict()
    return journal.finish_charging(record, t)


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    db, _ = open_journal(tmp_path)
    j = Journal(db)
    j.see_pack("P1", "A_171KWH", 171.0, 700, 90.0, 1.0)
    return j


def test_a_good_session_sets_the_measured_capacity_and_a_bad_one_is_kept_unused(
        journal: Journal) -> None:
    got = session(journal, "s1", 0.82 * RATED, 1000.0)  # the BMS says 90 %: 8 points high
    assert got["sessions"] == 1 and got["measured_ah"] == pytest.approx(0.82 * RATED, rel=0.005)
    assert got["flags"] == [BMS_SOH_DISAGREES]
    spoiled = session(journal, "s2", 0.60 * RATED, 90_000.0, spoil=True)
    assert spoiled["sessions"] == 1  # the removed pack's charge is not a capacity
    rows = journal.db.execute(
        "SELECT id, method, charge_in_ah, capacity_ah, flags, inputs, end_reason "
        "FROM charging_sessions ORDER BY started_at").fetchall()
    assert [r[0] for r in rows] == ["s1", "s2"]  # both kept
    assert rows[0][1] == "meter" and rows[0][3] == pytest.approx(0.82 * RATED, rel=0.005)
    assert rows[1][3] is None and json.loads(rows[1][4]) == ["removed"]
    inputs = json.loads(rows[0][5])  # every raw input, for the fleet
    assert {"soc_start_pct", "soc_end_pct", "rest_before_s", "samples", "gaps", "c_rate_max",
            "integrated_charge_ah", "meter_charge_ah", "estimator_version"} <= set(inputs)
    pack = journal.db.execute(
        "SELECT measured_capacity_ah, measured_sessions, measured_soh_pct, flags, soh_pct, "
        "charge_throughput_ah FROM packs WHERE code = 'P1'").fetchone()
    assert pack[1] == 1 and pack[2] == pytest.approx(82.0, abs=0.3)
    assert json.loads(pack[3]) == [BMS_SOH_DISAGREES] and pack[4] == 90.0  # kept apart
    assert pack[5] == pytest.approx(rows[0][2] + rows[1][2])  # both count as throughput


def test_a_pack_whose_bms_agrees_is_not_flagged(journal: Journal) -> None:
    assert session(journal, "s1", 0.895 * RATED, 1000.0)["flags"] == []


def test_a_bms_that_comes_to_agree_is_no_longer_flagged(journal: Journal) -> None:
    """The BMS said 90 %, the station measured 82 %: flagged. Recalibrated, the BMS says
    82.5 %: the flag goes at that sighting (the alarm with it), no new charge needed."""
    got = session(journal, "s1", 0.82 * RATED, 1000.0)
    assert got["flags"] == [BMS_SOH_DISAGREES]
    again = journal.see_pack("P1", "A_171KWH", 171.0, 701, 82.5, 5000.0)
    assert again is not None and again["flags"] == [] and again["code"] == "P1"
    assert journal.db.execute("SELECT flags, last_seen FROM packs WHERE code = 'P1'"
                              ).fetchone()[0] == "[]"
    assert journal.see_pack("P1", "A_171KWH", 171.0, 702, 82.5, 6000.0) is None  # same SoH
    assert journal.see_pack("P9", "A_171KWH", 171.0, 1, 99.0, 6000.0) is None  # new pack
