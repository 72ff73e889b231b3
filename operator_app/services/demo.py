"""The registry the simulated station's vehicles are known by (demo, training, self-test)."""

from __future__ import annotations

import json
import logging
from typing import Any

from operator_app.domain.station import PackType
from operator_app.domain.vehicles import Vehicle, VehicleRegistry
from operator_app.simulator.fleet import FLEET

log = logging.getLogger(__name__)


def demo_vehicles() -> list[Vehicle]:
    return [Vehicle(v.plate, v.fleet, v.model, v.pack_type, v.blocks,
                    (f"RFID:{0x04A10000 + i:08X}",)) for i, v in enumerate(FLEET, start=1)]


def demo_registry() -> VehicleRegistry:
    registry = VehicleRegistry()
    for v in demo_vehicles():
        registry.add(v)
    return registry


def registry_from_rows(rows: list[dict[str, Any]]) -> VehicleRegistry:
    """The registry as the journal's vehicles table holds it, with the vehicles disabled at
    this station; unreadable rows are skipped."""
    registry = VehicleRegistry()
    for row in rows:
        try:
            added = registry.add(Vehicle(row["plate"], row["fleet"], row["model"],
                                         PackType[row["pack_type"]], int(row["blocks"]),
                                         tuple(json.loads(row["tags"] or "[]"))))
            registry.set_disabled(added.plate, bool(row.get("disabled")))
        except (KeyError, ValueError):
            log.warning("vehicle %r in the registry cannot be used", row.get("plate"))
    return registry
