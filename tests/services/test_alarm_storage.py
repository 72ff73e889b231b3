"""The journal's state as alarms: a full disk is MEDIUM, a journal that fails is HIGH, and
each occurrence is written through the journal port. Also the alarm service's other records:
an abort with a vehicle in the bay (MEDIUM), the first-out mark, acknowledge all."""

from __future__ import annotations

from dataclasses import replace

from operator_app.domain import station as st
from operator_app.domain.alarms import ABORTED_IN_BAY, CATALOGUE, Priority
from operator_app.domain.roles import Role
from operator_app.domain.snapshot import StationSnapshot
from operator_app.services.alarm_service import AlarmService
from operator_app.storage.journal import StorageState, StorageStatus
from tests.services.recording_port import Sink
from tests.services.test_recorder import BAY, MACHINE, status


def test_a_full_disk_and_a_failing_journal_raise_their_alarms(qtbot) -> None:
    port = Sink()
    alarms = AlarmService(port, clock=lambda: 1000.0)
    alarms.on_storage(StorageStatus(StorageState.DISK_FULL, "reserve"))
    full = alarms.manager.alarms[("JOURNAL_DISK_FULL", "journal")]
    assert full.condition and full.annunciated
    assert full.definition.priority is Priority.MEDIUM
    assert "reserve space" in full.definition.cause
    alarms.on_storage(StorageStatus(StorageState.FAILED, "writes keep failing"))
    failed = alarms.manager.alarms[("JOURNAL_FAILED", "journal")]
    assert failed.condition and failed.definition.priority is Priority.HIGH
    assert not full.condition  # the disk-full condition went with the state
    alarms.on_storage(StorageStatus(StorageState.OK, "writes again"))
    assert not failed.condition
    written = [c[2] for c in port.named("record_alarm")]
    assert written.count("JOURNAL_DISK_FULL") >= 2 and "JOURNAL_FAILED" in written


# --- the controller's ABORTED: MEDIUM while a vehicle is in the bay --------------------------

def _snapshot(faults: tuple, vehicle: bool, invalid: frozenset[str] = frozenset()
              ) -> StationSnapshot:
    bay = replace(BAY, vehicle_present=vehicle)
    stat = replace(status(st.SwapResult.ABORTED, fault=st.FaultCode.ABORTED), faults=faults)
    return StationSnapshot(1, 1.0, stat, bay, MACHINE, (), 1.0, invalid)


def test_an_abort_with_a_vehicle_in_the_bay_raises_a_medium_alarm(qtbot) -> None:
    port = Sink()
    alarms = AlarmService(port, clock=lambda: 1000.0)
    alarms.on_snapshot(_snapshot((st.FaultCode.ABORTED,), vehicle=True))
    in_bay = (ABORTED_IN_BAY, "controller")
    assert ("ABORTED", "controller") not in alarms.manager.alarms
    a = alarms.manager.alarms[in_bay]
    assert a.condition and a.annunciated and a.definition.priority is Priority.MEDIUM
    assert alarms.counts()[Priority.MEDIUM] == 1 and alarms.counts()[Priority.LOW] == 0
    [written] = port.named("record_alarm")
    assert written[2:5] == (ABORTED_IN_BAY, "controller", int(Priority.MEDIUM))
    # the vehicle drives out before the reset: the same alarm stays, no new LOW one
    alarms.on_snapshot(_snapshot((st.FaultCode.ABORTED,), vehicle=False))
    assert alarms.manager.alarms[in_bay].condition
    assert ("ABORTED", "controller") not in alarms.manager.alarms
    # the reset clears it
    alarms.on_snapshot(_snapshot((), vehicle=False))
    assert not alarms.manager.alarms[in_bay].condition


def test_an_abort_with_the_bay_empty_stays_low_and_an_unknown_bay_is_taken_as_occupied(
        qtbot) -> None:
    alarms = AlarmService(Sink(), clock=lambda: 1000.0)
    alarms.on_snapshot(_snapshot((st.FaultCode.ABORTED,), vehicle=False))
    low = alarms.manager.alarms[("ABORTED", "controller")]
    assert low.condition and low.definition.priority is Priority.LOW
    unsure = AlarmService(Sink(), clock=lambda: 1000.0)
    unsure.on_snapshot(_snapshot((st.FaultCode.ABORTED,), vehicle=False,
                                 invalid=frozenset({"bay.vehicle_present"})))
    assert unsure.manager.alarms[(ABORTED_IN_BAY, "controller")].definition.priority \
        is Priority.MEDIUM


def test_the_first_out_mark_reaches_the_journal_and_the_history(qtbot) -> None:
    port = Sink()
    alarms = AlarmService(port, clock=lambda: 1000.0)
    alarms.on_storage(StorageStatus(StorageState.DISK_FULL, "reserve"))
    key = ("JOURNAL_DISK_FULL", "journal")
    assert not alarms.manager.alarms[key].first_out  # alone
    alarms.on_storage(StorageStatus(StorageState.FAILED, "writes keep failing"))
    assert alarms.manager.alarms[key].first_out
    # the disk-full condition went with the state (cleared, unacknowledged), then the mark
    raised, cleared, mark = alarms.history[key]
    assert not raised.first_out and not cleared.first_out
    assert mark.first_out and mark.from_state is mark.to_state is cleared.to_state
    records = [c for c in port.named("record_alarm") if c[2] == "JOURNAL_DISK_FULL"]
    assert records[-1][5] == mark.to_state.value and records[-1][8].startswith("first out")


def test_acknowledge_all_goes_through_acknowledge_one_by_one(qtbot) -> None:
    port = Sink()
    alarms = AlarmService(port, clock=lambda: 1000.0)
    keys = [("CHARGER_FAULT", "slot 3"), ("INSULATION_LOW", "controller")]
    alarms.manager.update({k: CATALOGUE[k[0]] for k in keys}, 999.0)
    done, refused = alarms.acknowledge_all(keys, Role.OPERATOR, "ana")
    assert done == [keys[0]]
    [(key, refusal)] = refused
    assert key == keys[1] and "technician" in refusal.reason
    assert [c[3] for c in port.named("audit")] == ["alarm acknowledge"]
    assert [c[1] for c in port.named("append_event")] == ["alarm.refused"]


# --- a pack whose BMS disagrees with its measured capacity -----------------------------------

def test_a_pack_flagged_by_its_measured_capacity_raises_a_low_alarm_and_clears(qtbot) -> None:
    port = Sink()
    alarms = AlarmService(port, clock=lambda: 1000.0)
    code = "CATPFA1K2J3H4QP1A0000042"
    alarms.on_pack_measured({"code": code, "flags": ["BMS_SOH_DISAGREES"]})
    a = alarms.manager.alarms[("BMS_SOH_DISAGREES", f"pack {code}")]
    assert a.condition and a.annunciated and a.definition.priority is Priority.LOW
    assert "measured" in a.definition.cause
    from operator_app.ui.texts import alarm_name

    assert alarm_name(a.code, a.source) == f"BMS SoH disagrees at pack {code}"
    alarms.on_pack_measured({"code": code, "flags": []})  # a later charge: it agrees again
    assert not a.condition


def test_a_slot_alarm_names_the_pack_in_the_slot_and_a_rising_level_re_alarms(qtbot) -> None:
    from operator_app.domain.alarms import AlarmState
    from tests.services.test_recorder import slot

    t = [1000.0]
    port = Sink()
    alarms = AlarmService(port, clock=lambda: t[0])
    hot = replace(slot(3, "P3"), alarm_level=1, alarm_flags=st.AlarmFlag.HIGH_TEMPERATURE)
    for _ in range(2):  # debounced: the condition holds 2 s before it alarms
        alarms.on_snapshot(StationSnapshot(1, 1.0, status(), BAY, MACHINE, (hot,), 1.0))
        t[0] += 2.5
    key = ("PACK_HIGH_TEMPERATURE", "slot 3")
    a = alarms.manager.alarms[key]
    assert a.annunciated and a.definition.priority is Priority.LOW
    raised = port.named("record_alarm")[-1]
    assert raised[2:4] == ("PACK_HIGH_TEMPERATURE", "slot 3") and raised[-1] == "P3"
    assert alarms.acknowledge(key, Role.OPERATOR, "ana") is None
    hotter = replace(hot, alarm_level=3)
    alarms.on_snapshot(StationSnapshot(2, 2.0, status(), BAY, MACHINE, (hotter,), 2.0))
    assert a.definition.priority is Priority.HIGH  # the BMS's level 3: not left LOW
    assert a.state is AlarmState.UNACK  # acknowledged at LOW, annunciated again at HIGH
