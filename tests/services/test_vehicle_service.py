"""The vehicle registry's service on a real journal: checks, refusals in words and audited,
each change on disk before the registry has it; CSV import whole or not at all; a disabled
vehicle is not identified and no swap starts for it over the real pty; the fleet's push."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from operator_app.domain import station as st
from operator_app.domain.roles import Role
from operator_app.domain.supervisor import Phase, Refused
from operator_app.domain.vehicles import Identified, IdMethod, NotIdentified
from operator_app.services.demo import demo_registry
from operator_app.services.journal_service import JournalService
from operator_app.services.vehicle_service import VehicleService
from operator_app.storage.db import open_journal
from operator_app.storage.journal import JournalWriter

TECH, SUPER, OPER = ("Tess Tech", Role.TECHNICIAN), ("Sam Super", Role.SUPERVISOR), \
    ("Olga Oper", Role.OPERATOR)
GOOD_CSV = ("\ufeffplate,fleet,model,pack_type,blocks,tags\n"
            "1กข 1234,Laem Chabang Haulage,dump truck,A_171KWH,2,QR:TH1234\n"
            "XG 8121,九龍貨運,6x4 tractor,A,3,RFID:04A1B2C3\n"
            "70-8812,Metro Vans,e-van,C,1,\n")


class Registry:
    """A VehicleService over a real journal writer, with the journal read back."""

    def __init__(self, qtbot, data: Path) -> None:
        self.qtbot = qtbot
        open_journal(data)[0].close()
        self.path = data / "journal.sqlite"
        self.journal = JournalService(JournalWriter(self.path).start())
        self.registry = self.journal.registry()
        self.service = VehicleService(self.registry, self.journal.port)

    def do(self, verb: str, who: tuple[str, Role], *args) -> tuple[str, bool]:
        """Call a verb; wait for what became of it: (English, ok)."""
        with self.qtbot.waitSignal(self.service.finished, timeout=5000) as got:
            why = getattr(self.service, verb)(who[0], who[1], *args)
            assert why is None, why.english()
        return got.args[0].english(), got.args[1]

    def refused(self, verb: str, who: tuple[str, Role], *args) -> str:
        why = getattr(self.service, verb)(who[0], who[1], *args)
        assert why is not None
        return why.english()

    def rows(self, sql: str) -> list[tuple]:
        self.journal.writer.flush()
        conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        try:
            return conn.execute(sql).fetchall()
        finally:
            conn.close()

    def audits(self) -> list[tuple[str, str, str, dict]]:
        return [(a, r, act, json.loads(d)) for a, r, act, d in self.rows(
            "SELECT actor, role, action, detail FROM audit ORDER BY id")]

    def stop(self) -> None:
        self.journal.stop()


@pytest.fixture
def reg(qtbot, tmp_path: Path):
    r = Registry(qtbot, tmp_path / "data")
    yield r
    r.stop()


def test_add_edit_disable_enable_on_disk_and_audited(reg: Registry) -> None:
    said, ok = reg.do("add", TECH, " xg 8121 ", "Kwai Chung Logistics", "6x4 tractor",
                      "A_171KWH", 3, "RFID:04A1B2C3")
    assert ok and said == "XG 8121 is registered (Kwai Chung Logistics, type A, 3 blocks)"
    assert isinstance(reg.registry.identify("RFID:04A1B2C3", IdMethod.TAG), Identified)
    said, ok = reg.do("edit", SUPER, "XG-8121", "KCL", "6x4 tractor", "A_171KWH", 2)
    assert ok and said == "XG 8121 changed: fleet Kwai Chung Logistics → KCL, blocks 3 → 2"
    assert reg.registry.find("XG 8121").tags == ("RFID:04A1B2C3",)  # tags None: kept
    assert reg.do("edit", TECH, "XG 8121", "KCL", "6x4 tractor", "A", 2) == (
        "XG 8121: nothing to change", True)
    said, ok = reg.do("set_disabled", TECH, "XG 8121", True)
    assert ok and said == "XG 8121 is disabled: no swap starts for it until it is enabled again"
    assert [r[0] for r in reg.service.rows("8121")] == [reg.registry.find("XG 8121")]
    assert reg.service.rows("8121")[0][1] is True
    found = reg.registry.identify("XG 8121", IdMethod.PLATE_ENTRY)
    assert isinstance(found, NotIdentified) and "is disabled at this station" in str(found.reason)
    assert reg.do("set_disabled", TECH, "XG 8121", True) == ("XG 8121 was already disabled", True)
    assert reg.do("set_disabled", TECH, "XG 8121", False)[1]
    assert reg.rows("SELECT plate, fleet, blocks, disabled FROM vehicles") == [
        ("XG 8121", "KCL", 2, 0)]
    assert [(a, r, act) for a, r, act, _ in reg.audits()] == [
        ("Tess Tech", "TECHNICIAN", "vehicle add"), ("Sam Super", "SUPERVISOR", "vehicle edit"),
        ("Tess Tech", "TECHNICIAN", "vehicle disable"),
        ("Tess Tech", "TECHNICIAN", "vehicle enable")]
    assert reg.audits()[1][3] == {"plate": "XG 8121", "changes": {
        "fleet": ["Kwai Chung Logistics", "KCL"], "blocks": [3, 2]}}
    # the registry the next console start reads is the one changed here
    from operator_app.services.demo import registry_from_rows
    from operator_app.storage.journal import Journal, read

    assert registry_from_rows(read(reg.path, Journal.vehicles)).find("XG 8121").blocks == 2


def test_each_refusal_in_words_and_audited(reg: Registry) -> None:
    assert reg.do("add", TECH, "XG 8121", "KCL", "", "A", 3, "RFID:04A1B2C3")[1]
    for verb, who, args, said in [
        ("add", OPER, ("AB 1", "f", "", "A", 1),
         "only a signed-in technician or supervisor changes the vehicle registry"),
        ("set_disabled", OPER, ("XG 8121", True), "only a signed-in technician or supervisor"),
        ("add", TECH, ("XG-8121", "f", "", "A", 1),
         "XG 8121 is already registered: tap it in the list to edit it"),
        ("add", TECH, ("AB_1", "f", "", "A", 1), "plate AB_1: a plate has letters, digits"),
        ("add", TECH, ("AB 1", "", "", "A", 1), "no fleet given"),
        ("add", TECH, ("AB 1", "F" * 41, "", "A", 1), "at most 40 characters, not 41"),
        ("add", TECH, ("AB 1", "f", "", "NONE", 1), "pack type NONE: one of A_171KWH"),
        ("add", TECH, ("AB 1", "f", "", None, 1), "choose the vehicle's pack type"),
        ("add", TECH, ("AB 1", "f", "", "A", 4), "blocks 4: a vehicle carries 1 to 3"),
        ("add", TECH, ("AB 1", "f", "", "A", 0), "blocks 0: a vehicle carries 1 to 3"),
        ("add", TECH, ("AB 1", "f", "", "A", 1, "rfid:04a1b2c3"),
         "tag rfid:04a1b2c3 already names XG 8121"),
        ("edit", TECH, ("ZZ 9", "f", "", "A", 1), "ZZ 9 is not in the registry"),
        ("edit", TECH, ("XG 8121", "f", "", "A", 5), "blocks 5"),
        ("set_disabled", TECH, ("ZZ 9", True), "ZZ 9 is not in the registry"),
    ]:
        assert said in reg.refused(verb, who, *args), (verb, args)
    refusals = [(a, act, d) for a, _r, act, d in reg.audits() if act.endswith("refused")]
    assert len(refusals) == 14
    assert refusals[0] == ("Olga Oper", "vehicle add refused", {
        "plate": "AB 1", "reason": "only a signed-in technician or supervisor changes the "
                                   "vehicle registry"})
    assert refusals[1][1] == "vehicle disable refused"
    assert reg.rows("SELECT plate FROM vehicles") == [("XG 8121",)]  # nothing else changed


def test_one_change_at_a_time_and_none_without_a_journal(reg: Registry, qtbot) -> None:
    with qtbot.waitSignal(reg.service.finished, timeout=5000):
        assert reg.service.add(*TECH, "AB 1", "f", "", "A", 1) is None
        assert "still being recorded" in reg.service.add(*TECH, "AB 2", "f", "", "A", 1).english()
    assert reg.registry.find("AB 2") is None
    bare = VehicleService(demo_registry())
    with qtbot.waitSignal(bare.finished) as got:
        assert bare.set_disabled(*TECH, "70-8812", True) is None
    assert got.args[1] is False and got.args[0].english().startswith(
        "the journal could not record it, so nothing was changed")
    assert not bare.registry.is_disabled("70-8812")  # not recorded: not changed


def test_a_good_csv_adds_and_updates_and_says_how_many(reg: Registry, tmp_path: Path) -> None:
    reg.do("add", TECH, "XG 8121", "Old", "", "A", 2)
    reg.do("set_disabled", TECH, "XG 8121", True)
    f = tmp_path / "fleet list.csv"
    f.write_bytes(GOOD_CSV.encode("utf-8"))
    said, ok = reg.do("import_file", TECH, f)
    assert ok and said == "fleet list.csv imported: 2 new, 1 updated, 0 unchanged"
    assert reg.registry.find("1กข1234").tags == ("QR:TH1234",)
    assert reg.registry.find("XG 8121").fleet == "九龍貨運"
    assert reg.registry.is_disabled("XG 8121")  # an import never enables a vehicle
    assert sorted(reg.rows("SELECT plate, disabled FROM vehicles")) == [
        ("1กข 1234", 0), ("70-8812", 0), ("XG 8121", 1)]
    imports = [d for _a, _r, act, d in reg.audits() if act == "vehicles import"]
    assert len(imports) == 1 and imports[0]["file"] == str(f)
    assert (imports[0]["added"], imports[0]["updated"], imports[0]["unchanged"]) == (2, 1, 0)
    assert imports[0]["changes"]["XG 8121"]["blocks"] == [2, 3]
    assert len(imports[0]["sha256"]) == 64
    assert reg.do("import_file", TECH, f)[0].endswith("0 new, 0 updated, 3 unchanged")


def test_a_bad_line_refuses_the_whole_file_and_nothing_changes(reg: Registry,
                                                               tmp_path: Path) -> None:
    reg.do("add", TECH, "XG 8121", "Old", "", "A", 2)
    lines = GOOD_CSV.splitlines()
    lines[2] = "XG 8121,Changed,m,A,2,"
    lines += ["AB 1,f,m,A,1,", "AB 2,f,m,A,1,", "AB 7,f,m,A,4,"]  # line 7
    f = tmp_path / "bad.csv"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    said = reg.refused("import_file", TECH, f)
    assert said == ("bad.csv was not imported, nothing was changed: line 7: blocks 4: a "
                    "vehicle carries 1 to 3 pack blocks")
    assert reg.rows("SELECT plate, fleet FROM vehicles") == [("XG 8121", "Old")]
    assert reg.registry.find("AB 1") is None and reg.registry.find("XG 8121").fleet == "Old"
    refused = [d for _a, _r, act, d in reg.audits() if act == "vehicles import refused"]
    assert refused[0]["file"] == str(f) and "line 7: blocks 4" in refused[0]["reason"]
    assert "cannot be read" in reg.refused("import_file", TECH, tmp_path / "none.csv")
    assert "only a signed-in technician" in reg.refused("import_file", OPER, f)


def test_no_swap_starts_for_a_disabled_vehicle_over_the_pty(qtbot, stack) -> None:
    made = stack()
    vehicles = made.services.vehicles
    assert vehicles is not None and vehicles.registry is made.swaps.registry
    plate = "70-8812"
    made.sim.do(made.sim.model.vehicle_arrive, plate, ok=True)
    qtbot.waitUntil(lambda: made.link.last_snapshot is not None and
                    made.link.last_snapshot.status.state is st.StationState.READY, timeout=10000)
    # identified and planned, then disabled before the start: the start is refused
    assert not isinstance(made.swaps.identify(plate, IdMethod.CAMERA), Refused)
    assert not isinstance(made.swaps.plan(), Refused)
    with qtbot.waitSignal(vehicles.finished, timeout=5000):
        assert vehicles.set_disabled("Tess Tech", Role.TECHNICIAN, plate, True) is None
    refused = made.swaps.confirm("ana")
    assert isinstance(refused, Refused) and "70-8812 is disabled at this station" in str(
        refused.reason)
    assert made.swaps.tx.phase is Phase.PLANNED
    # and identified again, it is refused at once
    again = made.swaps.identify(plate, IdMethod.PLATE_ENTRY)
    assert isinstance(again, Refused) and "a technician can enable it on the Vehicles page" in \
        str(again.reason)
    qtbot.wait(500)  # polls go on: the controller never saw a start
    assert made.link.last_snapshot.status.state is st.StationState.READY
    assert made.rows("SELECT count(*) FROM swaps") == [(0,)]
    kinds = [k for (k,) in made.rows("SELECT kind FROM events")]
    assert "vehicle.refused" in kinds and "swap.refused" in kinds
    assert made.rows("SELECT actor, action FROM audit WHERE action LIKE 'vehicle%'") == [
        ("Tess Tech", "vehicle disable")]
    # enabled again, the swap starts
    with qtbot.waitSignal(vehicles.finished, timeout=5000):
        vehicles.set_disabled("Tess Tech", Role.TECHNICIAN, plate, False)
    assert not isinstance(made.swaps.identify(plate, IdMethod.CAMERA), Refused)
    assert not isinstance(made.swaps.plan(), Refused)
    assert not isinstance(made.swaps.confirm("ana"), Refused)
    qtbot.waitUntil(lambda: made.swaps.tx.phase is Phase.RUNNING, timeout=5000)


def test_the_fleets_push_keeps_a_vehicle_disabled_here_unless_it_says(qtbot, stack) -> None:
    from operator_app.sync.settings import SyncSettings

    made = stack(sync=(SyncSettings(), "ST-1"))  # not set up: the push is applied as on receipt
    vehicles = made.services.vehicles
    with qtbot.waitSignal(vehicles.finished, timeout=5000):
        vehicles.set_disabled("Tess Tech", Role.TECHNICIAN, "70-8812", True)
    pushed = {"plate": "70-8812", "fleet": "Fleet office", "model": "e-van",
              "pack_type": "C_100KWH", "blocks": 1}
    made.sync.apply_config("vehicles", [pushed, {**pushed, "plate": "NEW 42"}])
    assert made.swaps.registry.is_disabled("70-8812")
    assert made.swaps.registry.find("70-8812").fleet == "Fleet office"
    made.sync.apply_config("vehicles", [{**pushed, "disabled": "no"}])
    made.sync.apply_config("vehicles", [{**pushed, "disabled": False}])
    assert not made.swaps.registry.is_disabled("70-8812")
    fleet = [json.loads(d) for (d,) in made.rows(
        "SELECT detail FROM audit WHERE actor = 'fleet' ORDER BY id")]
    assert fleet[0] == {"applied": ["70-8812", "NEW 42"], "refused": [],
                        "kept disabled": ["70-8812"]}
    assert "disabled is true, false or left out" in fleet[1]["refused"][0]
    assert fleet[2] == {"applied": ["70-8812"], "refused": [], "enabled": ["70-8812"]}
    assert made.rows("SELECT plate, fleet, disabled FROM vehicles ORDER BY plate") == [
        ("70-8812", "Fleet office", 0), ("NEW 42", "Fleet office", 0)]


def test_one_block_is_said_in_the_singular(reg: Registry) -> None:
    said, ok = reg.do("add", TECH, "VAN 1", "City Vans", "van", "C_100KWH", 1)
    assert ok and said == "VAN 1 is registered (City Vans, type C, 1 block)"
