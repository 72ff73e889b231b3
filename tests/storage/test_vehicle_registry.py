"""The vehicle registry in the journal: add, edit, disable, enable, import, each audited in
the same transaction; the fleet's upsert keeps a vehicle disabled here; m012 on an older
journal; export --since by the time a vehicle last changed. Real SQLite files."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from operator_app.storage.db import connect, open_journal
from operator_app.storage.inspect import export, verify
from operator_app.storage.journal import Journal
from operator_app.storage.schema import migrations

XG = {"plate": "XG 8121", "fleet": "Kwai Chung Logistics", "model": "6x4 tractor",
      "pack_type": "A_171KWH", "blocks": 3, "tags": ["RFID:04A1B2C3"]}


class Clock:
    def __init__(self) -> None:
        self.now = 1_780_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def journal(tmp_path: Path, clock: Clock) -> Journal:
    db, _ = open_journal(tmp_path)
    return Journal(db, clock=clock, key=b"k" * 32)


def audits(j: Journal) -> list[tuple[str, str, str, dict]]:
    return [(a, r, act, json.loads(d)) for a, r, act, d in j.db.execute(
        "SELECT actor, role, action, detail FROM audit ORDER BY id")]


def row(j: Journal, plate: str) -> dict:
    return next(v for v in j.vehicles() if v["plate"] == plate)


def test_add_edit_disable_enable_each_audited_with_who(journal: Journal, clock: Clock,
                                                       tmp_path: Path) -> None:
    assert journal.add_vehicle(XG, "Tess Tech", "TECHNICIAN") is True
    assert journal.add_vehicle({**XG, "plate": "XG-8121"}, "Tess Tech", "TECHNICIAN") is False
    added = row(journal, "XG 8121")
    assert added["disabled"] == 0 and added["changed_at"] is not None
    clock.now += 60
    changes = journal.edit_vehicle({**XG, "plate": "xg8121", "blocks": 2, "fleet": "KCL"},
                                   "Tess Tech", "TECHNICIAN")
    assert changes == {"fleet": ["Kwai Chung Logistics", "KCL"], "blocks": [3, 2]}
    assert journal.edit_vehicle({**XG, "blocks": 2, "fleet": "KCL"}, "Tess Tech",
                                "TECHNICIAN") == {}  # nothing to change: nothing written
    assert journal.edit_vehicle({**XG, "plate": "ZZ 1"}, "Tess Tech", "TECHNICIAN") is None
    edited = row(journal, "XG 8121")
    assert edited["blocks"] == 2 and edited["changed_at"] > added["changed_at"]
    assert journal.set_vehicle_disabled({"plate": "XG-8121"}, True, "Sam Super",
                                        "SUPERVISOR") is True
    assert journal.set_vehicle_disabled({"plate": "XG 8121"}, True, "Sam Super",
                                        "SUPERVISOR") is False
    assert journal.set_vehicle_disabled({"plate": "ZZ 1"}, True, "Sam Super",
                                        "SUPERVISOR") is None
    assert row(journal, "XG 8121")["disabled"] == 1
    assert journal.set_vehicle_disabled({"plate": "XG 8121"}, False, "Tess Tech",
                                        "TECHNICIAN") is True
    assert audits(journal) == [
        ("Tess Tech", "TECHNICIAN", "vehicle add", XG),
        ("Tess Tech", "TECHNICIAN", "vehicle edit", {"plate": "XG 8121", "changes": {
            "fleet": ["Kwai Chung Logistics", "KCL"], "blocks": [3, 2]}}),
        ("Sam Super", "SUPERVISOR", "vehicle disable", {"plate": "XG 8121", "fleet": "KCL"}),
        ("Tess Tech", "TECHNICIAN", "vehicle enable", {"plate": "XG 8121", "fleet": "KCL"}),
    ]
    journal.db.close()
    report = verify(tmp_path / "journal.sqlite", b"k" * 32)
    assert report.ok, report.lines  # the audit chain and the seal hold every change


def test_a_vehicle_the_console_knows_but_the_table_lacks_is_written_when_changed(
        journal: Journal) -> None:
    """The registry a test console is built with (or a row lost) is not in the table: the
    change writes the whole vehicle, and the edit's old values are the console's."""
    assert journal.set_vehicle_disabled(XG, True, "Tess Tech", "TECHNICIAN") is True
    assert row(journal, "XG 8121")["disabled"] == 1
    journal.db.execute("DELETE FROM vehicles")
    journal.db.conn.commit()
    changes = journal.edit_vehicle({**XG, "model": "new"}, "Tess Tech", "TECHNICIAN", was=XG)
    assert changes == {"model": ["6x4 tractor", "new"]} and row(journal, "XG 8121")["model"] == \
        "new"


def test_the_fleets_upsert_keeps_a_vehicle_disabled_here_unless_it_says(
        journal: Journal, clock: Clock) -> None:
    journal.add_vehicle(XG, "Tess Tech", "TECHNICIAN")
    journal.set_vehicle_disabled({"plate": "XG 8121"}, True, "Tess Tech", "TECHNICIAN")
    before = row(journal, "XG 8121")["changed_at"]
    clock.now += 60
    # the same vehicle pushed again, spelled with a hyphen: one row, still disabled, unchanged
    journal.upsert_vehicle("XG-8121", XG["fleet"], XG["model"], "A_171KWH", 3, XG["tags"])
    assert [v["plate"] for v in journal.vehicles()] == ["XG 8121"]
    assert row(journal, "XG 8121")["disabled"] == 1
    assert row(journal, "XG 8121")["changed_at"] == before  # nothing changed: no new time
    journal.upsert_vehicle("XG 8121", "New fleet", XG["model"], "A_171KWH", 3, XG["tags"])
    assert row(journal, "XG 8121")["disabled"] == 1 and row(journal, "XG 8121")["fleet"] == \
        "New fleet"
    assert row(journal, "XG 8121")["changed_at"] > before
    journal.upsert_vehicle("XG 8121", "New fleet", XG["model"], "A_171KWH", 3, XG["tags"],
                           disabled=False)  # the fleet says so
    assert row(journal, "XG 8121")["disabled"] == 0
    journal.upsert_vehicle("NEW 1", "f", "m", "C_100KWH", 1)
    assert row(journal, "NEW 1")["disabled"] == 0


def test_an_import_is_one_transaction_audited_once(journal: Journal) -> None:
    journal.add_vehicle(XG, "Tess Tech", "TECHNICIAN")
    journal.set_vehicle_disabled({"plate": "XG 8121"}, True, "Tess Tech", "TECHNICIAN")
    thai = {"plate": "1กข 1234", "fleet": "Laem Chabang", "model": "", "pack_type": "A_171KWH",
            "blocks": 2, "tags": []}
    detail = journal.import_vehicles([thai], [{**XG, "blocks": 1}], "/media/usb/list.csv",
                                     "Tess Tech", "TECHNICIAN", unchanged=4)
    assert detail == {"file": "/media/usb/list.csv", "added": 1, "updated": 1, "unchanged": 4,
                      "plates added": ["1กข 1234"],
                      "changes": {"XG 8121": {"blocks": [3, 1]}}}
    assert row(journal, "XG 8121")["disabled"] == 1  # an import never enables
    assert audits(journal)[-1] == ("Tess Tech", "TECHNICIAN", "vehicles import", detail)
    n = len(audits(journal))
    with pytest.raises(KeyError):  # a row that cannot be written: nothing of it is
        journal.import_vehicles([{**thai, "plate": "AB 2"}, {"plate": "AB 3"}], [], "x.csv",
                                "Tess Tech", "TECHNICIAN")
    assert len(audits(journal)) == n and "AB 2" not in {v["plate"] for v in journal.vehicles()}


def test_m012_on_a_journal_with_vehicles(tmp_path: Path) -> None:
    db = connect(tmp_path / "journal.sqlite")
    migrations.apply(db, stop_before="m012_vehicle_registry")
    db.execute("INSERT INTO vehicles (plate, fleet, model, pack_type, blocks, added_at, tags) "
               "VALUES ('XG 8121', 'f', 'm', 'A_171KWH', 3, '2026-01-02T03:04:05.000+00:00', "
               "'[]')")
    db.conn.commit()
    out = io.StringIO()
    db.close()
    export(tmp_path / "journal.sqlite", out, "jsonl", "2026-01-01", tables=("vehicles",))
    assert '"XG 8121"' in out.getvalue()  # an older journal exports by added_at
    db, report = open_journal(tmp_path)
    assert report.migrated == ("m012_vehicle_registry",)
    assert Journal(db).vehicles() == [{
        "plate": "XG 8121", "fleet": "f", "model": "m", "pack_type": "A_171KWH", "blocks": 3,
        "tags": "[]", "disabled": 0, "changed_at": "2026-01-02T03:04:05.000+00:00"}]
    db.close()


def test_export_since_has_a_vehicle_changed_since(tmp_path: Path, clock: Clock) -> None:
    db, _ = open_journal(tmp_path)
    j = Journal(db, clock=clock)
    j.add_vehicle(XG, "t", "TECHNICIAN")
    clock.now += 30 * 86400
    j.set_vehicle_disabled({"plate": "XG 8121"}, True, "t", "TECHNICIAN")
    db.close()
    from operator_app.storage.journal import iso

    out = io.StringIO()
    export(tmp_path / "journal.sqlite", out, "jsonl", iso(clock.now - 86400),
           tables=("vehicles",))
    lines = [json.loads(x) for x in out.getvalue().splitlines()]
    assert [x["plate"] for x in lines if x.get("table") == "vehicles"] == ["XG 8121"]
