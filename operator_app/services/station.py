"""The station's services wired together, once, for the console, the self-test and tests."""

from __future__ import annotations

from dataclasses import dataclass

from operator_app.domain.alarms import Refusal
from operator_app.domain.recovery import Action
from operator_app.domain.roles import Role
from operator_app.domain.supervisor import Refused
from operator_app.domain.vehicles import VehicleRegistry
from operator_app.services.alarm_service import AlarmService
from operator_app.services.journal_service import JournalService
from operator_app.services.link_worker import LinkService
from operator_app.services.maintenance_service import MaintenanceService
from operator_app.services.pack_service import PackService
from operator_app.services.recovery_service import RecoveryService
from operator_app.services.swap_service import SwapService
from operator_app.services.sync_service import SyncService
from operator_app.services.vehicle_service import VehicleService


@dataclass
class StationServices:
    link: LinkService
    journal: JournalService
    alarms: AlarmService
    swaps: SwapService
    recovery: RecoveryService
    packs: PackService
    sync: SyncService | None = None
    maintenance: MaintenanceService | None = None
    vehicles: VehicleService | None = None  # the registry, changed on the Vehicles page


def wire_services(link: LinkService, journal: JournalService,
                  registry: VehicleRegistry, sync: SyncService | None = None
                  ) -> StationServices:
    """Journal, alarms and swaps on one link; everything they record goes to the journal."""
    journal.attach(link)
    alarms = AlarmService(journal.port)
    link.snapshot_ready.connect(alarms.on_snapshot)
    link.link_event.connect(alarms.on_link_event)
    journal.status_changed.connect(alarms.on_storage)
    journal.pack_measured.connect(alarms.on_pack_measured)
    for pack in journal.flagged_packs():
        alarms.on_pack_measured(pack)
    # one swap tracker: the journal and the swap panel never disagree about the swap
    swaps = SwapService(link, registry, journal.port, context=journal.swap_context,
                        tracker=journal.recorder.tracker)
    recovery = RecoveryService(link, swaps, journal.port)
    journal.recorder.fleet_of = swaps.fleet_of

    def controller_reset(key: tuple[str, str], role: Role, actor: str,
                         bay_clear: bool) -> Refusal | None:
        done = recovery.perform(Action.RESET_FAULTS, actor, role, bay_clear=bay_clear)
        return Refusal(done.reason) if isinstance(done, Refused) else None

    alarms.controller_reset = controller_reset
    recovery.faults_reset.connect(alarms.reset_with_controller)
    packs = PackService(journal.port, swaps,
                        journal.writer.path if journal.writer is not None else None,
                        link=link)
    alarms.quarantined = lambda: frozenset(packs.quarantined)
    if sync is not None:  # the fleet's registry and blocklist reach these
        sync.swaps, sync.packs = swaps, packs
        alarms.sync_limits = (sync.settings.max_age_h, sync.settings.budget_mb)
        sync.status_changed.connect(alarms.on_sync)
    maintenance = MaintenanceService(
        link, journal.port, journal.writer.path.parent if journal.writer is not None else None)
    vehicles = VehicleService(registry, journal.port)  # the registry swaps identify by
    return StationServices(link, journal, alarms, swaps, recovery, packs, sync, maintenance,
                           vehicles)
