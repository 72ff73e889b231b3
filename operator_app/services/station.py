"""The station's services wired together, once, for the console, the self-test and tests."""

from __future__ import annotations

from dataclasses import dataclass

from operator_app.domain.vehicles import VehicleRegistry
from operator_app.services.alarm_service import AlarmService
from operator_app.services.journal_service import JournalService
from operator_app.services.link_worker import LinkService
from operator_app.services.swap_service import SwapService


@dataclass
class StationServices:
    link: LinkService
    journal: JournalService
    alarms: AlarmService
    swaps: SwapService


def wire_services(link: LinkService, journal: JournalService,
                  registry: VehicleRegistry) -> StationServices:
    """Journal, alarms and swaps on one link; everything they record goes to the journal."""
    journal.attach(link)
    alarms = AlarmService(journal.sink)
    link.snapshot_ready.connect(alarms.on_snapshot)
    link.link_event.connect(alarms.on_link_event)
    journal.status_changed.connect(alarms.on_storage)
    swaps = SwapService(link, registry, journal.sink, context=journal.swap_context)
    return StationServices(link, journal, alarms, swaps)
