"""The vehicles that visit the simulated station.

Plates follow the target markets' formats (Hong Kong, Macau, Thailand,
Indonesia, Malaysia, Brazil, Chile); the same list seeds the console's vehicle
registry in the demo, so the simulated bay camera reads plates the console knows.
"""

from __future__ import annotations

from dataclasses import dataclass

from operator_app.domain.station import PackType


@dataclass(frozen=True)
class SimVehicle:
    plate: str
    fleet: str
    model: str
    pack_type: PackType
    blocks: int


FLEET: tuple[SimVehicle, ...] = (
    SimVehicle("XG 8121", "Kwai Chung Logistics", "6x4 tractor", PackType.A_171KWH, 3),
    SimVehicle("WT 3388", "Kwai Chung Logistics", "6x4 tractor", PackType.A_171KWH, 3),
    SimVehicle("MX-62-17", "Cotai Transport", "4x2 tractor", PackType.A_171KWH, 2),
    SimVehicle("1กข 4721", "Laem Chabang Haulage", "dump truck", PackType.A_171KWH, 2),
    SimVehicle("70-8812", "Laem Chabang Haulage", "mixer", PackType.A_171KWH, 1),
    SimVehicle("B 9137 TRK", "Tanjung Priok Cargo", "6x4 tractor", PackType.A_171KWH, 2),
    SimVehicle("WXV 5512", "Klang Port Movers", "city bus", PackType.B_280KWH, 1),
    SimVehicle("RIO2E19", "Santos Carga", "delivery van", PackType.C_100KWH, 1),
    SimVehicle("FKZR-71", "Valparaíso Log", "4x2 tractor", PackType.A_171KWH, 1),
    SimVehicle("LV 2046", "Kwai Chung Logistics", "city bus", PackType.B_280KWH, 1),
)

# Rack contents at power-up for an 8-slot station; larger racks repeat the pattern.
RACK_PATTERN: tuple[PackType | None, ...] = (
    PackType.A_171KWH, PackType.A_171KWH, PackType.A_171KWH, PackType.A_171KWH,
    PackType.B_280KWH, PackType.A_171KWH, PackType.C_100KWH, None,
)
