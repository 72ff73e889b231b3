"""A vehicle entry's checks and a CSV vehicle list read and checked as a whole."""

from __future__ import annotations

import pytest

from operator_app.domain import vehicle_list as vl
from operator_app.domain.station import PackType
from operator_app.domain.vehicles import (
    Identified,
    IdMethod,
    NotIdentified,
    Vehicle,
    VehicleRegistry,
)

A, B, C = PackType.A_171KWH, PackType.B_280KWH, PackType.C_100KWH
HEADER = "plate,fleet,model,pack_type,blocks,tags\n"


def registry(*vehicles: Vehicle) -> VehicleRegistry:
    r = VehicleRegistry()
    for v in vehicles:
        r.add(v)
    return r


def refused(data: bytes, reg: VehicleRegistry | None = None) -> list[str]:
    with pytest.raises(vl.ListRefused) as caught:
        vl.plan_import(vl.read_csv(data), reg or registry())
    return [p.english() for p in caught.value.problems]


def test_an_entry_is_normalised_and_each_wrong_value_said() -> None:
    v = vl.check_entry(" xg-8121 ", "  Kwai  Chung ", "6x4", "a", "3", "RFID:04A1B2C3; qr:x12345")
    assert v == Vehicle("XG-8121", "Kwai Chung", "6x4", A, 3, ("RFID:04A1B2C3", "qr:x12345"))
    assert vl.check_entry("1กข 1234", "f", "", C, 1).pack_type is C
    for args, said in [
        (("", "f", "", A, 1), 'plate "": no plate given'),
        (("X_1", "f", "", A, 1), "plate X_1: a plate has letters, digits"),
        (("AB 1", " ", "", A, 1), "no fleet given"),
        (("AB 1", "F" * 41, "", A, 1), "at most 40 characters, not 41"),
        (("AB 1", "f", "M" * 41, A, 1), "a model's name has at most 40"),
        (("AB 1", "f", "", "NONE", 1), "pack type NONE: one of A_171KWH, B_280KWH, C_100KWH"),
        (("AB 1", "f", "", None, 1), "choose the vehicle's pack type"),
        (("AB 1", "f", "", A, 4), "blocks 4: a vehicle carries 1 to 3 pack blocks"),
        (("AB 1", "f", "", A, "two"), "blocks two: a vehicle carries 1 to 3"),
        (("AB 1", "f", "", A, 1, "a b"), "tag a b: a tag is 4 to 40"),
    ]:
        with pytest.raises(vl.EntryError) as caught:
            vl.check_entry(*args)
        assert said in caught.value.phrase.english(), (args, caught.value.phrase.english())


def test_a_good_file_with_a_bom_thai_and_hong_kong_plates() -> None:
    known = Vehicle("XG-8121", "Old fleet", "tractor", A, 2, ("RFID:04A1B2C3",))
    same = Vehicle("WXV 5512", "Klang Port Movers", "city bus", B, 1)
    text = (HEADER + "1กข 1234,Laem Chabang Haulage,dump truck,A_171KWH,2,QR:TH1234\n"
            "\n"  # a blank line is skipped
            "XG 8121,九龍貨運 Kwai Chung Logistics,6x4 拖頭,A,3,RFID:04A1B2C3;QR:XG8121\n"
            "wxv 5512,Klang Port Movers,city bus,b_280kwh,1,\n"
            '"LM 4417","Lantau, Mui Wo",van,C,1,\n')
    data = "\ufeff".encode() + text.encode()  # Excel's "CSV UTF-8" starts with a BOM
    listed = vl.read_csv(data)
    assert [x.line for x in listed.lines] == [2, 4, 5, 6] and listed.has_tags
    plan = vl.plan_import(listed, registry(known, same))
    assert plan.new == [Vehicle("1กข 1234", "Laem Chabang Haulage", "dump truck", A, 2,
                                ("QR:TH1234",)),
                        Vehicle("LM 4417", "Lantau, Mui Wo", "van", C, 1)]
    was, becomes = plan.updated[0]
    assert was == known and becomes.plate == "XG-8121"  # the plate kept as registered
    assert becomes.blocks == 3 and becomes.tags == ("RFID:04A1B2C3", "QR:XG8121")
    assert plan.unchanged == [same]
    assert vl.differences(was, becomes) == {
        "fleet": ["Old fleet", "九龍貨運 Kwai Chung Logistics"], "model": ["tractor", "6x4 拖頭"],
        "blocks": [2, 3], "tags": [["RFID:04A1B2C3"], ["RFID:04A1B2C3", "QR:XG8121"]]}


def test_a_chinese_plate_is_not_a_plate_here() -> None:
    """Chinese plates start with a province character: the registry's alphabet (Latin,
    digits, Thai consonants) refuses it, and says so with the line."""
    problems = refused((HEADER + "粤B 12345,深圳货运,牵引车,C,1,\n").encode())
    assert problems == ["line 2: plate 粤B 12345: a plate has letters, digits, spaces and "
                        "hyphens only (Thai consonants allowed); not '粤'"]


def test_without_a_tags_column_a_known_vehicle_keeps_its_tags() -> None:
    known = Vehicle("XG 8121", "f", "m", A, 2, ("RFID:04A1B2C3",))
    plan = vl.plan_import(vl.read_csv(b"plate,fleet,model,pack_type,blocks\nXG 8121,f,m,A,3\n"),
                          registry(known))
    assert plan.updated[0][1].tags == ("RFID:04A1B2C3",) and plan.updated[0][1].blocks == 3


def test_columns_in_another_order_and_spaces_after_commas() -> None:
    listed = vl.read_csv(b"Blocks, Plate, Fleet, Pack_Type, Model\n2, AB 12, Metro, C, van\n")
    assert listed.lines[0].vehicle == Vehicle("AB 12", "Metro", "van", C, 2)
    assert not listed.has_tags


def test_one_bad_line_refuses_the_whole_file_with_each_line_said() -> None:
    lines = [HEADER.strip()] + [f"AB {i},Fleet,m,A,1," for i in range(1, 6)]
    lines.insert(6, "AB 7,Fleet,m,A,4,")  # line 7
    lines.append("ab-3,Fleet,m,A,1,")  # line 8: the plate of line 4
    lines.append("AB 9,Fleet,m,A")  # line 9: too few values
    problems = refused("\n".join(lines).encode())
    assert problems == ["line 7: blocks 4: a vehicle carries 1 to 3 pack blocks",
                        "line 8: AB-3 is also on line 4",
                        "line 9: 4 values where the first line names 6 columns"]
    with pytest.raises(vl.ListRefused) as caught:
        vl.read_csv("\n".join(lines).encode())
    assert caught.value.phrase.english().startswith("line 7: blocks 4")


def test_many_bad_lines_are_said_up_to_a_count() -> None:
    data = (HEADER + "".join(f"AB {i},,m,A,1,\n" for i in range(20))).encode()
    with pytest.raises(vl.ListRefused) as caught:
        vl.read_csv(data)
    said = caught.value.phrase.english()
    assert len(caught.value.problems) == 20 and said.endswith("; 12 more lines are wrong")
    assert said.count("no fleet given") == vl.SHOWN_PROBLEMS


@pytest.mark.parametrize(("data", "said"), [
    (b"", 'line 1: the first line must name the columns plate, fleet, model, pack_type, '
          'blocks (and tags, if any); it reads ""'),
    (b"plate,fleet,pack_type,blocks\nAB 1,f,A,1\n", "it reads plate,fleet,pack_type,blocks"),
    (b"plate,fleet,model,pack_type,blocks,colour\n", "it reads plate,fleet,model,"),
    (b"plate,fleet,model,pack_type,blocks\n\n", "the file lists no vehicles"),
    (b"plate,fleet,model,pack_type,blocks\nAB 1,f\xe9,m,A,1\n",
     "the file is not UTF-8 text (line 2, byte 42): save it as CSV UTF-8"),
    (b'plate,fleet,model,pack_type,blocks\n"AB 1,f,m,A,1\n',
     "line 2: the file cannot be read as CSV"),
])
def test_what_is_not_a_vehicle_list(data: bytes, said: str) -> None:
    problems = refused(data)
    assert len(problems) == 1 and said in problems[0], problems


def test_a_tag_may_not_name_two_vehicles() -> None:
    other = Vehicle("ZZ 1", "f", "m", A, 1, ("RFID:00000001",))
    assert refused((HEADER + "AB 1,f,m,A,1,rfid:00000001\n").encode(), registry(other)) == [
        "line 2: tag rfid:00000001 already names ZZ 1"]
    assert refused((HEADER + "AB 1,f,m,A,1,QR:SAME1\nAB 2,f,m,A,1,QR:SAME1\n").encode()) == [
        "line 3: tag QR:SAME1 already names AB 1 on line 2"]
    # the file moves the tag from one vehicle it lists to another: allowed
    moved = (HEADER + "ZZ 1,f,m,A,1,\nAB 1,f,m,A,1,RFID:00000001\n").encode()
    plan = vl.plan_import(vl.read_csv(moved), registry(other))
    assert [v.plate for v in plan.new] == ["AB 1"] and plan.updated[0][1].tags == ()


def test_a_disabled_vehicle_is_refused_with_the_reason_in_words() -> None:
    reg = registry(Vehicle("XG 8121", "f", "m", A, 3, ("RFID:04A1B2C3",)))
    reg.set_disabled("xg-8121", True)
    assert reg.is_disabled("XG 8121") and reg.enabled() == []
    for text, method in (("XG 8121", IdMethod.PLATE_ENTRY), ("RFID:04A1B2C3", IdMethod.TAG),
                         ("VEH:XG8121", IdMethod.TAG), ("xg 8121", IdMethod.CAMERA)):
        found = reg.identify(text, method)
        assert isinstance(found, NotIdentified), text
        assert found.reason.english() == ("XG 8121 is disabled at this station: a technician "
                                          "can enable it on the Vehicles page")
    assert reg.find("XG-8121") is not None  # still registered: a swap record finds it
    reg.add(Vehicle("XG 8121", "g", "m", A, 2))  # replaced (a fleet push): still disabled
    assert reg.is_disabled("XG 8121") and "RFID:04A1B2C3" not in reg.tags
    reg.set_disabled("XG 8121", False)
    assert isinstance(reg.identify("XG 8121", IdMethod.PLATE_ENTRY), Identified)
