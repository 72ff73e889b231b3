"""What the driver should do next, from the bay's positioning sensors."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from operator_app.domain import station as st
from operator_app.domain.snapshot import BayStatus

LONG_TOLERANCE_MM = 50
LAT_TOLERANCE_MM = 25


class Move(Enum):
    NONE = "no vehicle"
    FORWARD = "forward"
    BACK = "back"
    LEFT = "steer left"
    RIGHT = "steer right"
    STOP = "stop"
    WAIT = "wait"


@dataclass(frozen=True)
class DriverGuidance:
    move: Move
    metres: float = 0.0  # how far, for FORWARD/BACK/LEFT/RIGHT


def driver_guidance(bay: BayStatus) -> DriverGuidance:
    """Longitudinal first (it is the larger move), then lateral; STOP when within tolerance."""
    if not bay.vehicle_present:
        return DriverGuidance(Move.NONE)
    lo, la = bay.longitudinal_offset, bay.lateral_offset
    if lo is None or la is None:
        return DriverGuidance(Move.WAIT)
    if bay.positioning_result is st.PositioningResult.IN_POSITION or (
            abs(lo) <= LONG_TOLERANCE_MM and abs(la) <= LAT_TOLERANCE_MM):
        return DriverGuidance(Move.STOP)
    if abs(lo) > LONG_TOLERANCE_MM:
        # negative: short of the target, the vehicle must move forward
        return DriverGuidance(Move.FORWARD if lo < 0 else Move.BACK, round(abs(lo) / 1000, 2))
    return DriverGuidance(Move.LEFT if la > 0 else Move.RIGHT, round(abs(la) / 1000, 2))
