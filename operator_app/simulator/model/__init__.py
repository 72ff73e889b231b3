"""The simulated station controller: a behavioural model behind the register map.

Pure Python with an injected seed and time: ``advance(real_dt)`` moves the
station on by ``real_dt`` wall-clock seconds (``real_dt * time_scale`` of
simulated process time; heartbeats and watchdogs stay in wall-clock time, as a
PLC's do). ``read`` and ``write`` are the Modbus register interface the server
calls; everything a PLC program would decide (command handshake, interlocks,
sequence, watchdog hold, hold-to-run) is decided here, never by the console.

``StationModel`` (in ``station``) is composed of one mixin per part of the station:

- ``handshake``: the register surface, the command mailbox and the command log;
- ``bay``: the vehicle, its positioning, the bay's start button;
- ``mechanism``: lift, shuttle and locks: jog, homing, the motion of each swap step;
- ``safety``: E-stop, light curtain, watchdog hold, injected faults, faults and state;
- ``sequence``: the swap run from start to completed, failed or aborted, and recovery;
- ``charging``: the rack's slots, chargers (and their meters) and packs, and their registers.

The packs are the fleet's, one bank (``simulator.bank``) that the rack and the vehicles share;
the pack and charger physics (CC-CV, ageing, the BMS) are ``simulator.pack``.

Each command's handler (``_cmd_*``) lives with the part it commands. The names below are
re-exported so that ``from operator_app.simulator.model import ...`` keeps working.
"""

from operator_app.simulator.model.bay import (
    LAT_TOLERANCE_MM,
    LONG_TOLERANCE_MM,
    MAX_POSITIONING_RETRIES,
    Positioning,
    Vehicle,
)
from operator_app.simulator.model.charging import Slot
from operator_app.simulator.model.errors import SimulatorError
from operator_app.simulator.model.handshake import BANK_SIZE, COMMAND_BLOCK, SCAN_S, CommandLog
from operator_app.simulator.model.mechanism import (
    JOG_LEASE_S,
    JOG_MAX_S,
    LIFT_MAX_MM,
    LIFT_OVERLOAD_KG,
    LIFT_TOP_MM,
    SHUTTLE_PITCH_MM,
)
from operator_app.simulator.model.safety import FAULTS, CommFaults
from operator_app.simulator.model.sequence import SwapRun
from operator_app.simulator.model.station import CYCLE_S, MAX_SUBSTEP_S, StationModel

__all__ = [
    "BANK_SIZE",
    "COMMAND_BLOCK",
    "CYCLE_S",
    "FAULTS",
    "JOG_LEASE_S",
    "JOG_MAX_S",
    "LAT_TOLERANCE_MM",
    "LIFT_MAX_MM",
    "LIFT_OVERLOAD_KG",
    "LIFT_TOP_MM",
    "LONG_TOLERANCE_MM",
    "MAX_POSITIONING_RETRIES",
    "MAX_SUBSTEP_S",
    "SCAN_S",
    "SHUTTLE_PITCH_MM",
    "CommFaults",
    "CommandLog",
    "Positioning",
    "SimulatorError",
    "Slot",
    "StationModel",
    "SwapRun",
    "Vehicle",
]
