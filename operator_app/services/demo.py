"""The registry the simulated station's vehicles are known by (demo, training, self-test)."""

from __future__ import annotations

from operator_app.domain.vehicles import Vehicle, VehicleRegistry
from operator_app.simulator.fleet import FLEET


def demo_registry() -> VehicleRegistry:
    registry = VehicleRegistry()
    for i, v in enumerate(FLEET, start=1):
        registry.add(Vehicle(v.plate, v.fleet, v.model, v.pack_type, v.blocks,
                             (f"RFID:{0x04A10000 + i:08X}",)))
    return registry
