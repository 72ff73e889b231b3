"""The journal's state as alarms: a full disk is MEDIUM, a journal that fails is HIGH, and
each occurrence is written through the journal port."""

from __future__ import annotations

from operator_app.domain.alarms import Priority
from operator_app.services.alarm_service import AlarmService
from operator_app.storage.journal import StorageState, StorageStatus
from tests.services.recording_port import Sink


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
