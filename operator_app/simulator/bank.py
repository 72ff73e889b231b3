"""The fleet's packs: one bank of packs that circulate between the station and the road.

A real swap station sees the same packs again and again: a vehicle leaves with the packs
it was given and, days later, some vehicle of the fleet brings them back depleted. That
is what lets the console measure each pack's capacity over its charges, so the simulator
keeps every pack it ever made: in the rack, on the machine, in the bay, or away.
Deterministic with the model's random source.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from operator_app.domain.station import PackType
from operator_app.simulator.fleet import FLEET, SimVehicle
from operator_app.simulator.pack import AMBIENT_C, DAY_S, SimPack

PACKS_PER_RACK_SLOT = 3  # of each type, for each rack slot of that type at power-up
AWAY_S = (1.0 * DAY_S, 3.0 * DAY_S)  # how long a pack is on the road before it comes back
ARRIVAL_SOC = (8.0, 35.0)  # %: how depleted it comes back
RACK_SOC = (45.0, 100.0)  # %: the rack's packs at power-up
ROAD_C = AMBIENT_C + 2.0  # the mean temperature a pack ages at on the road


@dataclass
class Away:
    """A pack on the road: when it left the station and when it is due back."""

    pack: SimPack
    left_at: float
    due_at: float


class PackBank:
    """Every pack of the fleet; the ones not in the station are ``away``."""

    def __init__(self, rng: random.Random, rack: Sequence[PackType | None],
                 fleet: Sequence[SimVehicle] = FLEET) -> None:
        self.rng = rng
        self.packs: list[SimPack] = []
        # the rack's packs first, slot by slot: part of the bank like every other
        self.rack_packs: list[SimPack | None] = [
            None if ptype is None else self._new(ptype, rng.uniform(*RACK_SOC))
            for ptype in rack
        ]
        self.away: list[Away] = []
        # bms_drift without a slot: the next pack to arrive on a vehicle gets this drift
        # (a depleted pack, so its charge in the rack is a deep one the console can measure)
        self.drift_next: float | None = None
        for ptype in sorted({v.pack_type for v in fleet}):
            in_rack = sum(1 for t in rack if t is ptype)
            blocks = max(v.blocks for v in fleet if v.pack_type is ptype)
            # a few times what the rack holds, and always enough for two full vehicles
            total = max(PACKS_PER_RACK_SLOT * in_rack, in_rack + 2 * blocks)
            for _ in range(total - in_rack):
                # on the road at power-up, on their way back: due at once
                self.away.append(Away(self._new(ptype, rng.uniform(*ARRIVAL_SOC)), 0.0, 0.0))

    def _new(self, ptype: PackType, soc: float) -> SimPack:
        pack = SimPack.new(self.rng, ptype, soc)
        self.packs.append(pack)
        return pack

    def back(self, ptype: PackType, now: float) -> int:
        """Packs of ``ptype`` that are back from the road by ``now``."""
        return sum(1 for a in self.away if a.pack.type is ptype and a.due_at <= now)

    def can_send(self, vehicle: SimVehicle, now: float) -> bool:
        """Whether the fleet has packs back for ``vehicle`` to bring in now."""
        return self.back(vehicle.pack_type, now) >= vehicle.blocks

    def bring(self, ptype: PackType, n: int, now: float) -> list[SimPack]:
        """``n`` depleted packs of ``ptype`` that arrive on a vehicle at ``now``.

        The ones back longest come first; when too few are back (a trainer sends a vehicle
        now) the ones due soonest come early, and only a fleet with no pack of that type on
        the road at all puts a new one into service.
        """
        mine = sorted((a for a in self.away if a.pack.type is ptype), key=lambda a: a.due_at)
        chosen = mine[:n]
        packs = []
        for a in chosen:
            self.away.remove(a)
            pack = a.pack
            pack.age(max(0.0, now - a.left_at), temperature=ROAD_C)  # its days on the road
            pack.soc = self.rng.uniform(*ARRIVAL_SOC)
            pack.temperature = AMBIENT_C + self.rng.uniform(-1, 3)
            pack.current = 0.0
            packs.append(pack)
        while len(packs) < n:
            packs.append(self._new(ptype, self.rng.uniform(*ARRIVAL_SOC)))
        if packs and self.drift_next is not None:
            packs[0].bms_drift, self.drift_next = self.drift_next, None
        return packs

    def send_away(self, packs: Iterable[SimPack | None], now: float) -> None:
        """A vehicle leaves with ``packs``: each is back some days later."""
        for pack in packs:
            if pack is not None:
                self.away.append(Away(pack, now, now + self.rng.uniform(*AWAY_S)))

    def find(self, code: str) -> SimPack | None:
        """The pack with ``code``, wherever it is."""
        return next((p for p in self.packs if p.code == code), None)
