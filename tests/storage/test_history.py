"""A pack's history for plots (storage/history.py) from real journal files: the level each span
reads, rollup bands against the raw samples they summarise, rollups kept current, gaps, the
health trend and the fleet's outliers."""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path

import numpy as np
import pytest

from operator_app.domain.capacity import rated_ah
from operator_app.storage import history as h
from operator_app.storage.db import connect, open_journal
from operator_app.storage.journal import TELEMETRY_COLUMNS, Journal, JournalWriter, iso
from operator_app.storage.retention import DAY, HOUR, SETTLE_S, RetentionPolicy, run_retention

NOW = 1_800_000_000.0 - 1_800_000_000.0 % HOUR  # on the hour
CODE = "CATPFA1B7Q4X2R9M00000017"


def sample(t: float, i: int, active: bool, code: str = CODE) -> tuple:
    """A sample whose every value moves, so that min, mean and max differ in a bucket."""
    if not active:
        return (code, 3, t, 100.0, 97.0, 620.0, 0.0, 3.44, 3.46, 20.0, 22.0, 4200.0, 0.0, 0)
    soc = 20 + (i % 800) * 0.1
    return (code, 3, t, soc, 97.0, 590 + soc * 0.3 + (i % 7), 110 + (i % 13), 3.30 + (i % 5) * 0.01,
            3.36 + (i % 11) * 0.01, 24 + (i % 9) * 0.3, 28 + (i % 17) * 0.2, 4200.0,
            70 + (i % 19), 0)


def add(db, rows: list[tuple]) -> None:
    with db.atomic():
        db.conn.executemany(f"INSERT INTO telemetry ({','.join(TELEMETRY_COLUMNS)}) VALUES "
                            f"({','.join('?' * len(TELEMETRY_COLUMNS))})", rows)


def day_of(start: float, code: str = CODE) -> list[tuple]:
    """A day: 3 h charging (10 s), 9 h at rest (60 s), 12 h away (none)."""
    rows = [sample(start + k * 10.0, k, True, code) for k in range(3 * 360)]
    rest = start + 3 * HOUR
    rows += [sample(rest + k * 60.0, k, False, code) for k in range(9 * 60)]
    return rows


@pytest.fixture
def journal(tmp_path: Path):
    db, _ = open_journal(tmp_path)
    yield db
    db.close()


def reader(tmp_path: Path):
    return connect(tmp_path / "journal.sqlite", readonly=True)


def test_the_level_follows_the_span() -> None:
    assert h.level_for(h.SPANS["1h"]) == h.RAW
    assert h.level_for(h.SPANS["24h"]) == h.MINUTE
    assert h.level_for(h.SPANS["7d"]) == h.HOUR
    assert h.level_for(h.SPANS["30d"]) == h.HOUR
    assert h.level_for(365 * DAY) == h.HOUR
    # whatever keeps a read to a few thousand points: raw up to 11 h, 1-minute up to 66 h
    assert h.level_for(11 * HOUR) == h.RAW and h.level_for(12 * HOUR) == h.MINUTE
    assert h.level_for(66 * HOUR) == h.MINUTE and h.level_for(67 * HOUR) == h.HOUR


def test_each_span_reads_its_level_from_a_real_journal(journal, tmp_path: Path) -> None:
    start = NOW - 10 * DAY
    for d in range(10):
        add(journal, day_of(start + d * DAY))
    run_retention(journal, NOW, RetentionPolicy(raw_days=30))
    db = reader(tmp_path)
    try:
        first, last = h.pack_extent(db, CODE)
        assert first == start and last == start + 9 * DAY + 3 * HOUR + 539 * 60
        for span, level, width in (("1h", h.RAW, 0.0), ("24h", h.MINUTE, 60.0),
                                   ("7d", h.HOUR, 3600.0), ("30d", h.HOUR, 3600.0)):
            seconds = h.SPANS[span]
            s = h.read_series(db, CODE, last - seconds, last + 1)
            assert s.level == level, span
            assert len(s) <= h.MAX_POINTS
            # the points of the level itself (a 1-minute read holds raw samples at rest)
            assert width in set(s["width"].tolist()), span
        day = h.read_series(db, CODE, start + DAY, start + 2 * DAY)
        # a day at the 1-minute level: 180 active minutes, 540 samples at rest, one each
        assert day.level == h.MINUTE
        assert (day["width"] == 60.0).sum() == 180 and (day["width"] == 0.0).sum() == 540
    finally:
        db.conn.close()


def test_a_rollup_band_is_the_raw_samples_min_and_max_over_its_bucket(journal,
                                                                       tmp_path: Path) -> None:
    start = NOW - 2 * DAY
    add(journal, day_of(start))
    run_retention(journal, NOW, RetentionPolicy(raw_days=30))  # the raw samples stay
    db = reader(tmp_path)
    try:
        for level, size, bucket in ((h.MINUTE, 60.0, start + 37 * 60.0),
                                    (h.HOUR, 3600.0, start + HOUR)):
            s = h.read_series(db, CODE, start, start + DAY, level=level)
            values = s.at(bucket + size / 2)
            assert values is not None and values["width"] == size
            raw = db.execute(
                "SELECT count(*), min(soc_pct), max(soc_pct), avg(soc_pct), min(voltage_v), "
                "max(voltage_v), min(current_a), max(current_a), avg(current_a), "
                "min(cell_min_v), max(cell_max_v), min(temp_min_c), max(temp_max_c), "
                "min(charger_power_kw), max(charger_power_kw) FROM telemetry "
                "WHERE pack_code = ? AND ts_epoch >= ? AND ts_epoch < ?",
                [CODE, bucket, bucket + size]).fetchone()
            got = (values["n"], values["soc_min"], values["soc_max"], values["soc"],
                   values["voltage_min"], values["voltage_max"], values["current_min"],
                   values["current_max"], values["current"], values["cell_min"],
                   values["cell_max"], values["temp_min"], values["temp_max"],
                   values["power_min"], values["power_max"])
            assert got == pytest.approx(raw), level
            assert raw[1] < raw[2]  # a real band, not a line
    finally:
        db.conn.close()


def test_rollups_are_current_for_data_that_has_not_aged_out(journal) -> None:
    # the last three hours, charging: nothing here is old enough for any window
    rows = [sample(NOW - 3 * HOUR + k * 10.0, k, True) for k in range(3 * 360)]
    add(journal, rows)
    now = NOW + 25.0
    out = run_retention(journal, now)  # the default policy: 7 days of raw samples
    assert out["raw_deleted"] == 0 and out["minute_deleted"] == 0
    assert journal.execute("SELECT count(*) FROM telemetry").fetchone()[0] == len(rows)
    minutes = journal.execute("SELECT count(*), max(bucket_epoch), sum(n) FROM telemetry_1m "
                              "WHERE pack_code = ?", [CODE]).fetchone()
    assert minutes == (180, NOW - 60.0, len(rows))  # every minute up to the last one ended
    hours = journal.execute("SELECT bucket_epoch, n, voltage_min, current_max, cell_min_min "
                            "FROM telemetry_1h ORDER BY bucket_epoch").fetchall()
    assert [r[0] for r in hours] == [NOW - 3 * HOUR, NOW - 2 * HOUR, NOW - HOUR]
    assert all(r[1] == 360 and None not in r for r in hours)  # m011's columns filled
    # a minute that ended less than SETTLE_S ago waits for its last samples
    journal.execute("DELETE FROM telemetry_1m")
    journal.execute("DELETE FROM station WHERE key LIKE 'rollup_%'")
    run_retention(journal, NOW + SETTLE_S / 2)
    assert journal.execute("SELECT max(bucket_epoch) FROM telemetry_1m").fetchone()[0] == \
        NOW - 120.0


def test_a_sample_committed_late_is_rolled_into_its_bucket(journal) -> None:
    add(journal, [sample(NOW - HOUR + k * 10.0, k, True) for k in range(355)])
    run_retention(journal, NOW + 20.0)
    # the writer held the last samples of the hour (a batch, a full disk) past the run
    add(journal, [sample(NOW - HOUR + k * 10.0, k, True) for k in range(355, 360)])
    run_retention(journal, NOW + 600.0)  # the next run, ten minutes later
    assert journal.execute("SELECT n FROM telemetry_1m WHERE bucket_epoch = ?",
                           [NOW - 60.0]).fetchone()[0] == 6
    assert journal.execute("SELECT n FROM telemetry_1h WHERE bucket_epoch = ?",
                           [NOW - HOUR]).fetchone()[0] == 360


def test_the_console_s_retention_run_rolls_up_what_the_writer_still_held(qapp,
                                                                         tmp_path: Path) -> None:
    from operator_app.services.journal_service import JournalService

    open_journal(tmp_path)[0].close()
    clock = [NOW - HOUR]
    writer = JournalWriter(tmp_path / "journal.sqlite", clock=lambda: clock[0]).start()
    service = JournalService(writer)
    try:
        for k in range(360):  # an hour of samples as the recorder hands them over
            writer.add_telemetry([sample(NOW - HOUR + k * 10.0, k, True)])
        clock[0] = NOW + 30.0
        service.run_retention()  # the timer's slot: the batch still held goes first
        writer.flush()
    finally:
        writer.close()
    db = connect(tmp_path / "journal.sqlite", readonly=True)
    try:
        assert db.execute("SELECT count(*), sum(n) FROM telemetry_1m").fetchone() == (60, 360)
        assert db.execute("SELECT n FROM telemetry_1h").fetchall() == [(360,)]
        assert db.execute("SELECT count(*) FROM telemetry").fetchone()[0] == 360
    finally:
        db.conn.close()


def test_retention_deletes_nothing_it_did_not_delete_before(journal) -> None:
    add(journal, day_of(NOW - 10 * DAY) + day_of(NOW - 2 * DAY))
    journal.execute("INSERT INTO events (uuid, seq, ts, kind, payload) VALUES "
                    "('e', 1, 't', 'k', '{}')")
    before = journal.execute("SELECT count(*) FROM telemetry WHERE ts_epoch >= ?",
                             [NOW - 7 * DAY]).fetchone()[0]
    run_retention(journal, NOW)
    assert journal.execute("SELECT count(*) FROM telemetry").fetchone()[0] == before
    assert journal.execute("SELECT count(*) FROM events").fetchone()[0] == 1


def test_rest_minutes_read_raw_then_hourly_once_the_raw_samples_are_gone(journal,
                                                                         tmp_path: Path) -> None:
    start = NOW - 10 * DAY
    add(journal, day_of(start))
    run_retention(journal, NOW, RetentionPolicy(raw_days=30))
    db = reader(tmp_path)
    try:
        kept = h.read_series(db, CODE, start, start + DAY, level=h.MINUTE)
        rest = kept["width"] == 0.0  # at rest: no 1-minute rows, each raw sample instead
        assert rest.sum() == 540 and not kept.breaks().size
    finally:
        db.conn.close()
    run_retention(journal, NOW, RetentionPolicy(raw_days=7))  # now the raw samples go
    assert journal.execute("SELECT count(*) FROM telemetry").fetchone()[0] == 0
    db = reader(tmp_path)
    try:
        aged = h.read_series(db, CODE, start, start + DAY, level=h.MINUTE)
        assert (aged["width"] == 60.0).sum() == 180
        assert (aged["width"] == 3600.0).sum() == 9  # the hours at rest, from telemetry_1h
        # read at the raw level, the part without raw samples is read at the 1-minute level
        assert len(h.read_series(db, CODE, start, start + 4 * HOUR, level=h.RAW)) > 0
    finally:
        db.conn.close()


def test_the_minutes_not_yet_rolled_up_are_read_raw(journal, tmp_path: Path) -> None:
    add(journal, [sample(NOW - HOUR + k * 10.0, k, True) for k in range(360)])
    run_retention(journal, NOW - 30 * 60.0)  # the last half hour is not rolled up yet
    db = reader(tmp_path)
    try:
        for level in (h.MINUTE, h.HOUR):
            s = h.read_series(db, CODE, NOW - HOUR, NOW, level=level)
            tail = s.t >= NOW - 30 * 60.0
            assert (s["width"][tail] < 60.0).all() and tail.sum() == 180, level
            assert s["n"].sum() == 360, level  # every sample once, none twice
    finally:
        db.conn.close()


def test_a_pack_away_breaks_the_line_and_has_no_value(journal, tmp_path: Path) -> None:
    start = NOW - 2 * DAY
    add(journal, day_of(start) + day_of(start + DAY))
    db = reader(tmp_path)
    try:
        s = h.read_series(db, CODE, start, start + 2 * DAY, level=h.RAW)
        assert len(s.breaks()) == 1  # away 12 h between the two days
        x, y = s.line("soc")
        assert len(x) == len(s) + 1 and np.isnan(y).sum() == 1
        assert s.at(start + DAY - 6 * HOUR) is None  # in a vehicle: nothing recorded
        assert s.at(start + 5.0)["soc"] == pytest.approx(20.0)
    finally:
        db.conn.close()


def test_a_journal_without_rollups_is_thinned_to_the_points_asked(journal,
                                                                  tmp_path: Path) -> None:
    add(journal, [sample(NOW - 2 * DAY + k * 10.0, k, True) for k in range(2 * 8640)])
    db = reader(tmp_path)  # retention never ran: no rollups at all
    try:
        s = h.read_series(db, CODE, NOW - 2 * DAY, NOW, max_points=1000)
        assert len(s) == 1000 and s.banded
        assert np.nanmin(s["soc_min"]) == 20.0 and np.nanmax(s["soc_max"]) == pytest.approx(99.9)
    finally:
        db.conn.close()


# --- health and the fleet -------------------------------------------------------------------


def good_sessions(j: Journal, code: str, soh0: float, per_day: float, days: list[int],
                  start: float = NOW - 400 * DAY) -> None:
    rated = rated_ah(171.0)
    for d in days:
        t = start + d * DAY
        j.db.execute("INSERT INTO charging_sessions (id, pack_code, slot, started_at, ended_at, "
                     "capacity_ah, flags) VALUES (?,?,?,?,?,?,?)",
                     [f"{code}-{d}", code, 1, iso(t), iso(t + 9000),
                      rated * (soh0 + per_day * d) / 100, "[]"])


def test_the_health_trend_projects_a_known_slope(journal) -> None:
    j = Journal(journal)
    j.see_pack(CODE, "A_171KWH", 171.0, 100, 96.0, NOW - 400 * DAY)
    good_sessions(j, CODE, 95.0, -0.01, list(range(0, 400, 10)))  # a point a year: 3.65
    j.add_pack_health(CODE, NOW - 10 * DAY, 96.5, 500, None, None, None, "bms")
    hl = h.pack_health(journal, CODE)
    assert hl.measured_soh[0] == pytest.approx(95.0) and len(hl.measured_t) == 40
    assert hl.bms_soh.tolist() == [96.5]
    tr = hl.trend
    assert tr is not None and tr.slope_per_day == pytest.approx(-0.01, rel=1e-6)
    # 95 - 0.01/day reaches 80 after 1500 days
    assert tr.eol_at == pytest.approx(NOW - 400 * DAY + 1500 * DAY, abs=60)


def test_a_trend_needs_enough_sessions_over_enough_days() -> None:
    assert h.soh_trend([0.0, DAY, 2 * DAY], [95, 94.9, 94.8]) is None  # three sessions
    assert h.soh_trend([k * 3600.0 for k in range(10)], [95] * 10) is None  # in one day
    flat = h.soh_trend([k * DAY for k in range(20)], [95.0] * 20)
    assert flat is not None and flat.eol_at is None  # no decline: no end of life
    rising = h.soh_trend([k * DAY for k in range(20)], [90 + k * 0.01 for k in range(20)])
    assert rising is not None and rising.eol_at is None
    below = h.soh_trend([k * DAY for k in range(20)], [79.5 - k * 0.01 for k in range(20)])
    assert below is not None and below.eol_at < below.ref  # already below


def test_the_fleet_names_a_planted_outlier_and_the_packs_below_end_of_life(journal) -> None:
    j = Journal(journal)
    rng = np.random.default_rng(3)
    for i in range(30):
        code = f"PACK{i:02d}"
        j.see_pack(code, "A_171KWH", 171.0, 100, 97.0, NOW)
        soh = {7: 89.0, 11: 79.0}.get(i, float(96 + rng.normal(0, 0.5)))
        measured = None if i == 20 else soh  # pack 20: only its BMS's SoH
        journal.execute("UPDATE packs SET measured_soh_pct = ?, soh_pct = ? WHERE code = ?",
                        [measured, soh + 1.0, code])
    journal.execute("INSERT INTO packs (code, type, first_seen, last_seen) VALUES "
                    "('NOSOH', 'A_171KWH', 't', 't')")  # neither: left out
    packs = h.fleet_soh(journal)
    assert len(packs) == 30
    assert [p.measured for p in packs if p.code == "PACK20"] == [False]
    out = {o.code: o for o in h.fleet_outliers(packs)}
    assert {"PACK07", "PACK11"} <= set(out)
    assert out["PACK11"].below_eol and not out["PACK07"].below_eol
    assert out["PACK07"].sigmas < -2
    assert len(out) <= 4  # a normal fleet is not all outliers
    assert h.fleet_outliers([]) == []


def test_charge_curves_follow_each_session_from_its_start(journal, tmp_path: Path) -> None:
    j = Journal(journal)
    j.see_pack(CODE, "A_171KWH", 171.0, 100, 97.0, NOW - 3 * DAY)
    for d in range(3):
        t = NOW - (3 - d) * DAY
        add(journal, [sample(t + k * 10.0, k, True) for k in range(1080)])
        j.start_charging(f"s{d}", CODE, 3, t, 20.0)
        j.update_charging(f"s{d}", 100.0, 100.0, 30.0, 80.0, ended=t + 1080 * 10.0,
                          reason="complete")
    journal.execute("UPDATE charging_sessions SET flags = ? WHERE id = 's1'",
                    [json.dumps(["shallow"])])
    run_retention(journal, NOW)
    db = reader(tmp_path)
    try:
        curves = h.charge_curves(db, CODE)
    finally:
        db.conn.close()
    assert [c.session_id for c in curves] == ["s2", "s1", "s0"]  # newest first
    for c in curves:
        assert c.hours[0] == pytest.approx(0.0, abs=0.02) and c.hours[-1] <= 3.0
        assert c.soc[0] == pytest.approx(20.0, abs=0.5) and len(c.soc) == len(c.cell_max)
    assert curves[1].flags == ("shallow",)


def test_journal_times_read_as_epoch_seconds() -> None:
    assert h.epoch(iso(NOW + 0.25)) == pytest.approx(NOW + 0.25)
    assert h.epoch("2027-01-15T00:00:00") == dt.datetime(2027, 1, 15, tzinfo=dt.UTC).timestamp()
    assert h.epoch(None) is None
    assert math.isclose(h.epoch("2027-01-15T08:00:00+08:00"), h.epoch("2027-01-15T00:00:00"))
