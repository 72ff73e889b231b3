"""The recorder's derivations, from synthetic snapshots (no I/O, no Qt)."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from operator_app.domain import station as st
from operator_app.domain.snapshot import (
    BayStatus,
    CommandResponse,
    Machine,
    SlotSnapshot,
    StationSnapshot,
    StationStatus,
)
from operator_app.services.recorder import StationRecorder
from tests.services.recording_port import Sink


class Clock:
    def __init__(self) -> None:
        self.t = 1_800_000_000.0

    def __call__(self) -> float:
        return self.t


def status(result=st.SwapResult.NONE, step=st.SwapStep.NONE, block=0, blocks=0,
           fault=st.FaultCode.NONE, swap_seq: int = 0) -> StationStatus:
    return StationStatus(
        controller_heartbeat=1, console_heartbeat=1, mode=st.StationMode.AUTOMATIC,
        state=st.StationState.SWAPPING if result is st.SwapResult.RUNNING else st.StationState.IDLE,
        step=step, step_elapsed=0.0, step_expected=30.0, block_index=block, block_count=blocks,
        flags=st.StatusFlag.NONE, swap_result=result, swap_fault=fault, swap_counter=0,
        swap_elapsed=0.0, watchdog_timeout=3.0, faults=(),
        response=CommandResponse(0, None, None, None, None, swap_seq))


BAY = BayStatus(True, 0, 0, st.PositioningResult.IN_POSITION, 0, None, True, True, 1,
                st.PackType.A_171KWH, "XG 8121")
MACHINE = Machine(0, 0, 0, st.LiftLimit.NONE, 0, 0, False, 0, True, (), False, False,
                  st.DoorFlag.NONE, False)


def slot(n: int, code: str | None, soc: float = 50.0,
         charger: st.ChargerState = st.ChargerState.CONSTANT_CURRENT) -> SlotSnapshot:
    if code is None:
        return SlotSnapshot(n, False, state=st.SlotState.EMPTY, charger_state=st.ChargerState.IDLE)
    return SlotSnapshot(n, True, code, st.PackType.A_171KWH, soc, 98.0, 580.0, 100.0, 3.30, 4,
                        3.34, 9, 31.0, 36.0, 4000.0, 700, charger, 80.0, 0, st.AlarmFlag.NONE,
                        171.0, st.SlotState.CHARGING, 30.0)


def snap(seq: int, slots: tuple, stat: StationStatus | None = None) -> StationSnapshot:
    return StationSnapshot(seq, float(seq), stat or status(), BAY, MACHINE, slots, float(seq))




def test_charging_session_from_start_to_complete() -> None:
    """A deep charge, metered by the slot's charger and counted on the controller's clock
    (it runs ten times faster than the console's here): its measured record."""
    sink, clock = Sink(), Clock()
    rec = StationRecorder(sink, sample_interval=10, clock=clock)
    for i in range(10):
        clock.t += 60  # ten minutes of the controller's time per console minute
        soc, ah = 20.0 + 10 * i, 25.0 * i  # a pack of 250 Ah true charge
        charger = st.ChargerState.COMPLETE if soc >= 100 else st.ChargerState.CONSTANT_CURRENT
        s = replace(slot(1, "P1", min(soc, 100.0), charger), current=150.0 if soc < 100 else 0,
                    meter_ah=1000.0 + min(ah, 200.0), meter_kwh=500.0 + min(ah, 200.0) * 0.58)
        rec.snapshot(snap(i + 1, (s,), replace(status(), controller_time_s=600.0 * i)))
    [start] = sink.named("start_charging")
    assert start[2:5] == ("P1", 1, 1_800_000_060.0)
    [(_, record, ended)] = sink.named("finish_charging")
    assert record["end_reason"] == "complete" and record["soc_end_pct"] == 100.0
    assert record["method"] == "meter" and record["charge_ah"] == 200.0
    assert abs(record["energy_kwh"] - 200.0 * 0.58) < 1e-6
    assert record["flags"] == [] and abs(record["capacity_ah"] - 250.0) < 1e-6
    # integrated on the controller's clock, the current agrees with the meter
    assert abs(record["integrated_charge_ah"] - 200.0) / 200.0 < 0.1
    assert ended == 1_800_000_000.0 + 60 * 9
    assert [e[1] for e in sink.named("append_event")] == ["charging.started", "charging.ended"]


def test_session_ends_when_the_pack_leaves_or_the_charger_faults() -> None:
    sink, clock = Sink(), Clock()
    rec = StationRecorder(sink, clock=clock)
    rec.snapshot(snap(1, (slot(1, "P1"), slot(2, "P2"))))
    clock.t += 5
    rec.snapshot(snap(2, (slot(1, None), slot(2, "P2", charger=st.ChargerState.FAULT))))
    reasons = sorted(c[1]["end_reason"] for c in sink.named("finish_charging"))
    assert reasons == ["fault", "removed"]
    assert all("not_complete" in c[1]["flags"] or "removed" in c[1]["flags"]
               for c in sink.named("finish_charging"))  # kept, never a capacity


def test_a_pack_the_lift_takes_near_the_top_of_its_charge_is_measured() -> None:
    """A swap takes a pack still charging at 93 % (its reservation passed between two
    polls): the session ends "taken for a swap", not "removed", and measures the pack."""
    sink, clock = Sink(), Clock()
    rec = StationRecorder(sink, clock=clock)
    rec.tracker.claim(7)
    for i in range(8):  # 23 % to 93 %, 25 Ah a step: a pack of 250 Ah
        clock.t += 60
        s = replace(slot(1, "P1", 23.0 + 10 * i), current=150.0, meter_ah=25.0 * i,
                    meter_kwh=14.5 * i)
        rec.snapshot(snap(i + 1, (s, slot(2, None)),
                          replace(status(st.SwapResult.RUNNING if i == 7 else
                                         st.SwapResult.NONE, st.SwapStep.PREPARATION, 1, 1,
                                         swap_seq=7), controller_time_s=600.0 * i)))
    clock.t += 60
    rec.snapshot(snap(9, (slot(1, None), slot(2, None)),
                      replace(status(st.SwapResult.RUNNING, st.SwapStep.REMOVE, 1, 1,
                                     swap_seq=7), controller_time_s=4800.0)))
    [(_, record, _ended)] = sink.named("finish_charging")
    assert record["end_reason"] == "taken for a swap" and record["soc_end_pct"] == 93.0
    [ended] = [e for e in sink.named("append_event") if e[1] == "charging.ended"]
    assert ended[2]["reason"] == "taken for a swap"  # the event says what the record says
    assert record["flags"] == [] and abs(record["capacity_ah"] - 250.0) < 1e-6


def test_telemetry_every_sample_interval_and_pack_registry() -> None:
    sink, clock = Sink(), Clock()
    rec = StationRecorder(sink, sample_interval=10, clock=clock)
    for i in range(30):
        clock.t += 1
        rec.snapshot(snap(i + 1, (slot(1, "P1"),)))
    rows = [r for c in sink.named("add_telemetry") for r in c[1]]
    assert len(rows) == 3
    assert len(sink.named("see_pack")) == 1  # SoH and cycles did not change
    assert len(sink.named("add_pack_health")) == 1


def test_a_pack_that_stays_keeps_its_last_seen_and_a_new_bms_soh_is_measured_again(
        ) -> None:
    """Ten minutes in its slot: ``last_seen`` written every 5 minutes (a health record only
    when something changed); a new SoH from the BMS asks for the pack's flags again."""
    sink, clock = Sink(), Clock()
    rec = StationRecorder(sink, sample_interval=10, clock=clock)
    asked = []
    rec.on_pack_measured = asked.append
    for _ in range(601):
        rec.snapshot(snap(int(clock.t), (slot(1, "P1"),)))
        clock.t += 1
    assert [c[-1] for c in sink.named("see_pack")] == [1_800_000_000.0, 1_800_000_300.0,
                                                      1_800_000_600.0]
    assert len(sink.named("add_pack_health")) == 1 and len(asked) == 1
    rec.snapshot(snap(int(clock.t), (replace(slot(1, "P1"), soh=93.0),)))
    assert len(asked) == 2 and len(sink.named("add_pack_health")) == 2


def test_a_pack_at_rest_is_sampled_once_a_minute() -> None:
    sink, clock = Sink(), Clock()
    rec = StationRecorder(sink, sample_interval=10, rest_interval=60, clock=clock)
    full = replace(slot(1, "P1", 100.0, st.ChargerState.COMPLETE), current=0.0)
    for i in range(180):
        clock.t += 1
        rec.snapshot(snap(i + 1, (full, slot(2, "P2"))))
    rows = [r for c in sink.named("add_telemetry") for r in c[1]]
    assert sum(1 for r in rows if r[0] == "P1") == 3  # at rest: every 60 s
    assert sum(1 for r in rows if r[0] == "P2") == 18  # charging: every 10 s


def test_a_swap_is_recorded_step_by_step() -> None:
    sink, clock = Sink(), Clock()
    rec = StationRecorder(sink, clock=clock, operator="ana")
    rec.tracker.claim(7)  # the console's START_SWAP went out with sequence 7
    rack = (slot(1, "FULL", 95.0, st.ChargerState.COMPLETE), slot(2, None))
    rec.snapshot(snap(1, rack))
    steps = [st.SwapStep.PREPARATION, st.SwapStep.UNLOCK, st.SwapStep.REMOVE, st.SwapStep.LOCK]
    for i, step in enumerate(steps):
        clock.t += 20
        rec.snapshot(snap(2 + i, rack, status(st.SwapResult.RUNNING, step, 1, 1, swap_seq=7)))
    after = (slot(1, None), slot(2, "EMPTYISH", 12.0))
    clock.t += 20
    rec.snapshot(replace(snap(9, after, status(st.SwapResult.COMPLETED, swap_seq=7)),
                         slots_taken_at=9.0))
    records = sink.named("record_swap")
    assert records[0][2] == "swap.started"
    final = records[-1][1]
    assert records[-1][2] == "swap.completed"
    assert final["result"] == "completed" and final["operator"] == "ana"
    assert final["started_by"] == "console"
    assert [s["step"] for s in final["steps"]] == ["PREPARATION", "UNLOCK", "REMOVE", "LOCK"]
    assert all(s["duration_s"] == 20.0 for s in final["steps"])
    assert [p["code"] for p in final["packs_in"]] == ["FULL"]
    assert [p["code"] for p in final["packs_out"]] == ["EMPTYISH"]
    expected = round(171 * 0.98 * 0.95 - 171 * 0.98 * 0.12, 2)
    assert abs(final["energy_delivered_kwh"] - expected) < 0.02
    # the console never saw FULL charged: the BMS's SoC and SoH are all there is
    assert final["energy_method"] == "bms_estimate" and final["packs_in"][0]["charged_kwh"] is None
    assert final["vehicle_plate"] == "XG 8121" and final["duration_s"] == 80.0


def test_a_swap_delivers_the_energy_metered_into_the_packs_it_installs() -> None:
    """P1 came in depleted, was charged (the meter counted 116 kWh), and goes into the next
    vehicle: the swap delivered those 116 kWh, whatever the BMS's SoH says; the pack that
    came out starts its count from nothing, and a restarted console takes the journal's
    count (``charged``)."""
    sink, clock = Sink(), Clock()
    rec = StationRecorder(sink, clock=clock, charged={"P2": (40.0, 96.0)})
    rec.tracker.claim(7)
    p2_full = replace(slot(3, "P2", 96.0, st.ChargerState.COMPLETE), current=0.0)
    rec.snapshot(snap(0, (replace(slot(1, "P1", 20.0, st.ChargerState.IDLE), current=0.0),
                          slot(2, None), p2_full)))  # P1 put in, its charge not begun
    for i in range(10):
        clock.t += 60
        soc, ah = 20.0 + 10 * i, 25.0 * i
        charger = st.ChargerState.COMPLETE if soc >= 100 else st.ChargerState.CONSTANT_CURRENT
        s = replace(slot(1, "P1", min(soc, 100.0), charger), current=150.0 if soc < 100 else 0,
                    meter_ah=min(ah, 200.0), meter_kwh=min(ah, 200.0) * 0.58)
        rec.snapshot(snap(i + 1, (s, slot(2, None), replace(slot(3, "P2", 96.0,
                                                                 st.ChargerState.COMPLETE),
                                                            current=0.0)),
                          replace(status(), controller_time_s=600.0 * i)))
    assert sink.named("finish_charging")[0][1]["energy_kwh"] == pytest.approx(116.0)
    full = replace(slot(1, "P1", 100.0, st.ChargerState.COMPLETE), current=0.0)
    p2 = replace(slot(3, "P2", 96.0, st.ChargerState.COMPLETE), current=0.0)
    for i in range(3):
        clock.t += 20
        rec.snapshot(snap(20 + i, (full, slot(2, None), p2),
                          status(st.SwapResult.RUNNING, st.SwapStep.REMOVE, 1, 2, swap_seq=7)))
    clock.t += 20
    after = (slot(1, None), slot(2, "EMPTYISH", 12.0), slot(3, None))
    rec.snapshot(replace(snap(30, after, status(st.SwapResult.COMPLETED, swap_seq=7)),
                         slots_taken_at=30.0))
    final = sink.named("record_swap")[-1][1]
    assert final["energy_method"] == "metered"
    assert {p["code"]: p["charged_kwh"] for p in final["packs_in"]} == {"P1": 116.0,
                                                                       "P2": 40.0}
    assert final["energy_delivered_kwh"] == pytest.approx(156.0)
    assert rec._charged["EMPTYISH"] == 0.0 and "P1" not in rec._charged


def test_a_pack_that_charged_while_no_console_watched_is_not_called_metered() -> None:
    """After a restart: P2's last session ended at 60 % and it now reads 96 % (it charged
    unseen); P3 is charging when this run first sees it. Neither count holds all that went
    in: a swap installing either is estimated from the BMS, and says so."""
    sink, clock = Sink(), Clock()
    rec = StationRecorder(sink, clock=clock, charged={"P2": (40.0, 60.0), "P3": (5.0, 20.0)})
    rec.tracker.claim(7)
    p2 = replace(slot(3, "P2", 96.0, st.ChargerState.COMPLETE), current=0.0)
    p3 = slot(4, "P3", 70.0)
    for i in range(3):
        clock.t += 20
        rec.snapshot(snap(1 + i, (p2, p3), status(st.SwapResult.RUNNING, st.SwapStep.REMOVE,
                                                  1, 2, swap_seq=7)))
    clock.t += 20
    rec.snapshot(replace(snap(9, (slot(3, None), slot(4, None)),
                              status(st.SwapResult.COMPLETED, swap_seq=7)), slots_taken_at=9.0))
    final = sink.named("record_swap")[-1][1]
    assert {p["code"]: p["charged_kwh"] for p in final["packs_in"]} == {"P2": None, "P3": None}
    assert final["energy_method"] == "bms_estimate"


def test_the_journal_counts_what_went_into_a_pack_since_it_came_out_of_a_vehicle(
        qapp, tmp_path) -> None:
    """A restarted console's recorder starts from the journal's count."""
    from operator_app.services.journal_service import JournalService
    from operator_app.storage.db import open_journal
    from operator_app.storage.journal import Journal, JournalWriter, iso

    db, _ = open_journal(tmp_path)
    j = Journal(db)
    now = time.time()  # the service counts back from the wall clock

    def session(sid: str, code: str, at: float, kwh: float) -> None:
        j.start_charging(sid, code, 1, at, 20.0)
        j.update_charging(sid, kwh, 90.0, 30.0, 100.0, at + 600, "complete")

    session("a", "P1", now - 7200, 50.0)  # before P1's last trip
    session("x", "P3", now - 9000, 20.0)  # P3 then went into a vehicle: not in the rack
    j.record_swap({"id": "S0", "started_at": iso(now - 8500), "ended_at": iso(now - 8400),
                   "result": "completed", "blocks": 1, "packs_out": [],
                   "packs_in": [{"code": "P3", "slot": 2}], "steps": []})
    j.record_swap({"id": "S1", "started_at": iso(now - 3700), "ended_at": iso(now - 3600),
                   "result": "completed", "blocks": 1, "packs_in": [],
                   "packs_out": [{"code": "P1", "slot": 1}], "steps": []})
    session("b", "P1", now - 3000, 30.0)
    session("c", "P1", now - 1000, 12.5)
    session("d", "P2", now - 1000, 7.0)  # stock: never out of a vehicle
    assert j.charged_since_arrival(now) == {"P1": (42.5, 90.0), "P2": (7.0, 90.0)}
    db.close()
    writer = JournalWriter(tmp_path / "journal.sqlite").start()
    try:
        service = JournalService(writer)
        assert service.recorder._charged == {"P1": 42.5, "P2": 7.0}
    finally:
        writer.close()


def test_reattaches_to_a_swap_left_running_by_a_killed_console() -> None:
    sink, clock = Sink(), Clock()
    left = {"id": "S1", "started_at": "2026-11-26T00:00:00.000+00:00", "ended_at": None,
            "result": "running", "blocks": 1, "steps": [{"step": "UNLOCK", "block": 1}],
            "packs_in": [], "packs_out": [], "rack_before": {"1": {"code": "FULL", "slot": 1,
                                                                  "soc_pct": 95.0,
                                                                  "energy_kwh": 159.2}}}
    rec = StationRecorder(sink, clock=clock, resume=left)
    rec.snapshot(snap(1, (slot(1, None),), status(st.SwapResult.RUNNING, st.SwapStep.LOCK, 1, 1)))
    rec.snapshot(snap(2, (slot(1, "OLD", 20.0),), status(st.SwapResult.COMPLETED)))
    final = sink.named("record_swap")[-1][1]
    assert final["id"] == "S1" and final["result"] == "completed"
    assert [s["step"] for s in final["steps"]] == ["UNLOCK", "LOCK"]
    assert [p["code"] for p in final["packs_in"]] == ["FULL"]
    assert sink.named("append_event")[0][1] == "swap.reattached"


def test_a_bay_button_swap_is_recorded_as_started_at_the_bay() -> None:
    """Sequence 0 names the bay's local button: the record says so, not an empty operator."""
    sink, clock = Sink(), Clock()
    rec = StationRecorder(sink, clock=clock, operator="ana")
    rack = (slot(1, "FULL", 95.0, st.ChargerState.COMPLETE), slot(2, None))
    rec.snapshot(snap(1, rack))
    clock.t += 20
    rec.snapshot(snap(2, rack, status(st.SwapResult.RUNNING, st.SwapStep.PREPARATION, 0, 1)))
    clock.t += 20
    rec.snapshot(replace(snap(3, rack, status(st.SwapResult.FAILED,
                                              fault=st.FaultCode.LOCK_JAM)), slots_taken_at=3.0))
    final = sink.named("record_swap")[-1][1]
    assert final["started_by"] == "bay button" and final["operator"] == "bay button"
    assert final["result"] == "failed" and final["fault"] == "LOCK_JAM"


def test_two_bay_button_swaps_in_a_row_are_two_records() -> None:
    """The bay button's swaps all carry sequence 0: the swap counter tells them apart."""
    sink, clock = Sink(), Clock()
    rec = StationRecorder(sink, clock=clock)
    rack = (slot(1, "FULL", 95.0, st.ChargerState.COMPLETE), slot(2, None))
    running = status(st.SwapResult.RUNNING, st.SwapStep.LOCK, 1, 1)
    rec.snapshot(snap(1, rack, running))
    # the link was down while it completed and the next one started
    rec.snapshot(replace(snap(2, rack, replace(running, swap_counter=1)), slots_taken_at=2.0))
    kinds = [c[2] for c in sink.named("record_swap") if len(c) > 2]
    assert kinds.count("swap.started") == 2 and len(kinds) == 3


def test_rest_before_and_after_a_charge_and_a_lost_link_spoils_the_session() -> None:
    """A pack's rest before its charge (since it came in, or last carried current) and after
    it (until it carries current or leaves) are recorded; a session the link was lost during
    is kept, flagged, never a capacity."""
    sink, clock = Sink(), Clock()
    rec = StationRecorder(sink, sample_interval=10, clock=clock)

    def at(i: int, charger: st.ChargerState, current: float, soc: float,
           code: str | None = "P1") -> None:
        clock.t += 60
        s = (slot(1, code, soc, charger) if code else slot(1, None))
        if code:
            s = replace(s, current=current, meter_ah=100.0 + soc, meter_kwh=50.0 + soc / 2)
        rec.snapshot(snap(i, (s,), replace(status(), controller_time_s=600.0 * i)))

    at(1, st.ChargerState.IDLE, 0.0, 20.0)  # put in: at rest
    at(2, st.ChargerState.IDLE, 0.0, 20.0)  # ten minutes later (the controller's clock)
    at(3, st.ChargerState.CONSTANT_CURRENT, 150.0, 20.0)
    at(4, st.ChargerState.CONSTANT_CURRENT, 150.0, 60.0)
    at(5, st.ChargerState.COMPLETE, 0.0, 100.0)
    at(6, st.ChargerState.COMPLETE, 0.0, 100.0)
    at(7, st.ChargerState.IDLE, 0.0, 100.0, code=None)  # taken away
    [(_, record, _ended)] = sink.named("finish_charging")
    assert record["rest_before_s"] == 1200.0 and record["start_rested"]  # since slot 1's read
    assert sink.named("note_rest_after") == [("note_rest_after", record["session_id"], 1200.0)]
    at(8, st.ChargerState.IDLE, 0.0, 20.0)
    at(9, st.ChargerState.CONSTANT_CURRENT, 150.0, 20.0)
    rec.link_event("LOST", "no answer", clock.t)
    at(10, st.ChargerState.CONSTANT_CURRENT, 150.0, 70.0)
    at(11, st.ChargerState.COMPLETE, 0.0, 100.0)
    second = sink.named("finish_charging")[1][1]
    assert "link_lost" in second["flags"] and second["capacity_ah"] is None
