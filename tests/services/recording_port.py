"""A JournalPort for unit tests of services' logic: it keeps what it is asked to write.

Calls are kept as (journal operation, *fields), e.g. ("append_event", kind, payload),
so a test reads what reached the journal port in the journal's own terms. Tests of
what lands on disk use the real writer (tests/storage, tests/ui/test_durable.py).
"""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import astuple


class Sink:
    """A JournalPort that keeps what it is asked to write, as (journal operation, *fields)."""

    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def _keep(self, name: str, *args) -> Future:
        self.calls.append((name, *args))
        done: Future = Future()
        done.set_result(None)
        return done

    def event(self, kind, payload, at=None):
        return self._keep("append_event", kind, payload, *(() if at is None else (at,)))

    def audit(self, entry):
        return self._keep("audit", *astuple(entry))

    def swap(self, record, event_kind=None):
        return self._keep("record_swap", record, *(() if event_kind is None else (event_kind,)))

    def alarm(self, change):
        return self._keep("record_alarm", *astuple(change))

    def pack_seen(self, sighting):
        return self._keep("see_pack", *astuple(sighting))

    def pack_health(self, sample):
        return self._keep("add_pack_health", *astuple(sample))

    def charging_started(self, start):
        return self._keep("start_charging", *astuple(start))

    def charging_progress(self, progress):
        return self._keep("update_charging", *astuple(progress))

    def close_open_charging(self, ts, reason):
        return self._keep("close_open_charging", ts, reason)

    def charging_finished(self, record, ended):
        return self._keep("finish_charging", record, ended)

    def rest_after(self, session_id, seconds):
        return self._keep("note_rest_after", session_id, seconds)

    def quarantine(self, code, quarantined, reason):
        return self._keep("set_quarantine", code, quarantined, reason)

    def telemetry(self, rows):
        self.calls.append(("add_telemetry", rows))

    def named(self, name: str) -> list[tuple]:
        return [c for c in self.calls if c[0] == name]
