"""Vehicle identification and pack selection: rules, policy and the words that explain them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from operator_app.domain import station as st
from operator_app.domain.selection import NoPlan, SelectionRules, SwapPlan, plan_swap
from operator_app.domain.snapshot import SlotSnapshot
from operator_app.domain.vehicles import (
    Identified,
    IdMethod,
    NotIdentified,
    Vehicle,
    VehicleCodeError,
    VehicleRegistry,
    normalize_plate,
)

A, B = st.PackType.A_171KWH, st.PackType.B_280KWH
TRUCK = Vehicle("XG 8121", "Kwai Chung Logistics", "6x4 tractor", A, 3, ("RFID:04A1B2C3",))
BUS = Vehicle("WXV 5512", "Klang Port Movers", "city bus", B, 1)
THAI = Vehicle("1กข 4721", "Laem Chabang Haulage", "dump truck", A, 2)


@pytest.fixture
def registry() -> VehicleRegistry:
    r = VehicleRegistry()
    for v in (TRUCK, BUS, THAI):
        r.add(v)
    return r


@pytest.mark.parametrize(("text", "method"), [
    ("XG 8121", IdMethod.PLATE_ENTRY), ("xg-8121", IdMethod.CAMERA),
    (" xg8121 ", IdMethod.PLATE_ENTRY),
    ("RFID:04A1B2C3", IdMethod.TAG), ("rfid:04a1b2c3", IdMethod.TAG), ("VEH:XG 8121", IdMethod.TAG),
])
def test_identification_by_plate_camera_and_tag(registry, text, method) -> None:
    result = registry.identify(text, method)
    assert isinstance(result, Identified) and result.vehicle.plate == "XG 8121"


def test_thai_plate(registry) -> None:
    assert registry.identify("1กข4721", IdMethod.PLATE_ENTRY).vehicle.fleet == THAI.fleet


@pytest.mark.parametrize(("text", "method", "reason"), [
    ("XG 9999", IdMethod.PLATE_ENTRY, "not a registered vehicle"),
    ("XG_8121!", IdMethod.PLATE_ENTRY, "letters, digits, spaces and hyphens only"),
    ("X", IdMethod.PLATE_ENTRY, "2 to 12 characters"),
    ("ABCDEFGHIJKLMN", IdMethod.CAMERA, "2 to 12 characters"),
    ("", IdMethod.PLATE_ENTRY, "no plate given"),
    ("RFID:FFFF0000", IdMethod.TAG, "no vehicle is registered with code"),
    ("a b", IdMethod.TAG, "not a vehicle tag"),
])
def test_refusals_say_why(registry, text, method, reason) -> None:
    result = registry.identify(text, method)
    assert isinstance(result, NotIdentified) and reason in result.reason.english()


def test_a_vehicle_needs_one_to_three_blocks() -> None:
    with pytest.raises(VehicleCodeError, match="1 to 3"):
        Vehicle("AB 1", "f", "m", A, 4)
    assert normalize_plate("  ab   12 ") == "AB 12"


def pack(slot: int, ptype=A, soc=95.0, soh=95.0, cycles=500, temp=(30.0, 34.0),
         insulation=4000.0, level=0, state=st.SlotState.FULL,
         charger=st.ChargerState.COMPLETE, ttf=0.0) -> SlotSnapshot:
    return SlotSnapshot(slot, True, f"PACK{slot:020d}", ptype, soc, soh, 580.0, 0.0, 3.3, 1,
                        3.32, 2, temp[0], temp[1], insulation, cycles, charger, 0.0, level,
                        st.AlarmFlag.NONE, 171.0, state, ttf)


EMPTY = SlotSnapshot(8, False, state=st.SlotState.EMPTY, charger_state=st.ChargerState.IDLE)
RULES = SelectionRules()


def test_policy_highest_soc_then_fewest_cycles() -> None:
    rack = (pack(1, soc=96, cycles=900), pack(2, soc=99, cycles=800), pack(3, soc=96, cycles=100),
            pack(4, soc=92, cycles=50), EMPTY)
    plan = plan_swap(TRUCK, rack, RULES)
    assert isinstance(plan, SwapPlan)
    assert [s.slot for s in plan.packs_in] == [2, 3, 1]
    assert plan.out_slot == 8
    assert "highest SoC, then fewest cycles" in plan.explanation.english()
    assert plan.command_args() == (3, 2, 3, 1, 8, 0, 0)
    wear_first = SelectionRules(policy=("cycles_asc", "soc_desc"))
    assert [s.slot for s in plan_swap(TRUCK, rack, wear_first).packs_in] == [4, 3, 2]


@pytest.mark.parametrize(("bad", "reason"), [
    (dict(ptype=B), "holds no type A pack"),
    (dict(soc=80.0, charger=st.ChargerState.CONSTANT_CURRENT, state=st.SlotState.CHARGING),
     "charging"),
    (dict(soh=70.0), "poor health"), (dict(temp=(30.0, 52.0)), "temperature out of range"),
    (dict(insulation=200.0), "insulation low"), (dict(level=2), "alarm level 2"),
    (dict(state=st.SlotState.FAULT), "charger fault"), (dict(state=st.SlotState.IN_SWAP),
                                                         "reserved"),
])
def test_each_rule_keeps_a_pack_out(bad, reason) -> None:
    vehicle = replace(BUS, pack_type=A)
    result = plan_swap(vehicle, (pack(1, **bad), EMPTY), RULES)
    assert isinstance(result, NoPlan) and reason in result.reason.english()


def test_quarantine_and_alarm_level_one_allowed() -> None:
    vehicle = replace(BUS, pack_type=A)
    assert isinstance(plan_swap(vehicle, (pack(1, level=1), EMPTY), RULES), SwapPlan)
    q = frozenset({"PACK00000000000000000001"})
    assert "quarantined" in plan_swap(vehicle, (pack(1), EMPTY), RULES, q).reason.english()


def test_why_none_is_eligible_with_the_wait() -> None:
    rack = (pack(1, ptype=B, soc=60, charger=st.ChargerState.CONSTANT_CURRENT,
                 state=st.SlotState.CHARGING, ttf=40.0),
            pack(2, ptype=B, soc=85, charger=st.ChargerState.CONSTANT_CURRENT,
                 state=st.SlotState.CHARGING, ttf=20.0),
            pack(3, ptype=B, soc=50, charger=st.ChargerState.CONSTANT_CURRENT,
                 state=st.SlotState.CHARGING, ttf=60.0), EMPTY)
    result = plan_swap(BUS, rack, RULES)
    assert isinstance(result, NoPlan)
    assert result.reason.english().startswith("needs 1 pack of type B, 0 ready: 3 charging")
    assert "enough ready in about 5 min" in result.reason.english()


def test_no_pack_of_the_type_and_no_free_slot() -> None:
    assert "holds no type B pack" in plan_swap(BUS, (pack(1), EMPTY), RULES).reason.english()
    full = tuple(pack(i, ptype=B) for i in range(1, 4))
    assert "no free slot" in plan_swap(BUS, full, RULES).reason.english()


def test_unknown_policy_key() -> None:
    with pytest.raises(ValueError, match="unknown selection keys"):
        SelectionRules(policy=("random",))
