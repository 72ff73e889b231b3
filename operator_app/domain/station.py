"""Station vocabulary shared by the controller, the link and the console.

Every enum here is also a register value in the controller's register map
(``operator_app.link.registers``), so the numbers are part of the wire
contract: never renumber a member, only add new ones.
"""

from __future__ import annotations

from enum import IntEnum, IntFlag


class StationMode(IntEnum):
    AUTOMATIC = 0
    MAINTENANCE = 1


class StationState(IntEnum):
    """What the controller is doing; ordered roughly by how much it needs a person."""

    STARTING = 0
    IDLE = 1  # bay empty, waiting for a vehicle
    POSITIONING = 2  # a vehicle is driving onto the wheel guides
    READY = 3  # vehicle in position, waiting for the start command
    SWAPPING = 4
    COMPLETE = 5  # swap done, waiting for the vehicle to leave
    HELD = 6  # motion held: the console's heartbeat stopped
    MAINTENANCE = 7
    FAULT = 8
    ESTOP = 9


class SwapStep(IntEnum):
    """The controller's sequence steps (DOMAIN.md), one value at a time in the step register."""

    NONE = 0
    POSITIONING = 1
    PREPARATION = 2
    UNLOCK = 3
    REMOVE = 4
    TRANSFER = 5
    FETCH = 6
    INSTALL = 7
    LOCK = 8
    VERIFY = 9
    RELEASE = 10


# Steps repeated once per pack block, in this order.
BLOCK_STEPS: tuple[SwapStep, ...] = (
    SwapStep.UNLOCK,
    SwapStep.REMOVE,
    SwapStep.TRANSFER,
    SwapStep.FETCH,
    SwapStep.INSTALL,
    SwapStep.LOCK,
)


# How long each step takes on a typical station, (fastest, slowest) in seconds (DOMAIN.md).
# The controller reports each running step's expected time; these figures estimate the
# steps still to come.
STEP_TIMES: dict[SwapStep, tuple[float, float]] = {
    SwapStep.POSITIONING: (30, 60),
    SwapStep.PREPARATION: (10, 20),
    SwapStep.UNLOCK: (10, 20),
    SwapStep.REMOVE: (30, 45),
    SwapStep.TRANSFER: (30, 60),
    SwapStep.FETCH: (30, 60),
    SwapStep.INSTALL: (30, 45),
    SwapStep.LOCK: (10, 20),
    SwapStep.VERIFY: (10, 20),
    SwapStep.RELEASE: (5, 10),
}


def expected_time(step: SwapStep) -> float:
    lo, hi = STEP_TIMES[step]
    return (lo + hi) / 2


def swap_sequence(blocks: int) -> list[tuple[SwapStep, int]]:
    """The steps of a swap started from READY, with their block (0: not per block)."""
    steps = [(SwapStep.PREPARATION, 0)]
    for block in range(1, blocks + 1):
        steps += [(s, block) for s in BLOCK_STEPS]
    return [*steps, (SwapStep.VERIFY, 0), (SwapStep.RELEASE, 0)]


class SwapResult(IntEnum):
    NONE = 0
    RUNNING = 1
    COMPLETED = 2
    FAILED = 3
    ABORTED = 4


class CommandCode(IntEnum):
    """Codes the console writes into the command register."""

    NONE = 0
    START_SWAP = 1  # args: blocks, in-slot x3, out-slot x3
    ABORT_SWAP = 2
    RESET_FAULTS = 3  # also confirms an E-stop reset after the physical reset
    SET_MODE = 4  # arg0: StationMode
    CHARGER_ENABLE = 5  # arg0: slot, arg1: 1 on / 0 off
    RETRY_POSITIONING = 6
    HOME_AXES = 7  # maintenance mode only
    # resume motion after a watchdog hold; the console sends it after an operator confirmed
    # the bay is clear
    RESUME = 8


# The arguments each command takes, by name, in register order (arg_1, arg_2, ...).
# The simulator's command log and ``operator-app link command`` use these.
COMMAND_ARGS: dict[CommandCode, tuple[str, ...]] = {
    CommandCode.START_SWAP: ("blocks", "in_slot_1", "in_slot_2", "in_slot_3",
                             "out_slot_1", "out_slot_2", "out_slot_3"),
    CommandCode.ABORT_SWAP: (),
    CommandCode.RESET_FAULTS: (),
    CommandCode.SET_MODE: ("mode",),
    CommandCode.CHARGER_ENABLE: ("slot", "enable"),
    CommandCode.RETRY_POSITIONING: (),
    CommandCode.HOME_AXES: (),
    CommandCode.RESUME: (),
}
# Commands that answer ACCEPTED first and report their end later.
LONG_COMMANDS = frozenset({CommandCode.START_SWAP, CommandCode.ABORT_SWAP,
                           CommandCode.HOME_AXES})


class CommandStatus(IntEnum):
    NONE = 0
    ACCEPTED = 1  # long-running command started; DONE or FAILED follows
    REJECTED = 2  # not executed; reason register says why
    DONE = 3
    FAILED = 4  # started but could not finish; fault register says why


class RejectReason(IntEnum):
    NONE = 0
    UNKNOWN_COMMAND = 1
    BAD_ARGUMENT = 2
    WRONG_MODE = 3
    ESTOP_LATCHED = 4
    BUSY = 5  # a swap is already running
    NOT_READY = 6  # no vehicle in position
    SLOT_EMPTY = 7  # a source slot holds no pack
    SLOT_OCCUPIED = 8  # a destination slot is not free
    FAULT_ACTIVE = 9
    NOTHING_TO_ABORT = 10
    BLOCK_MISMATCH = 11  # block count differs from what the bay sensors see
    HELD = 12  # motion held by the heartbeat watchdog
    PACK_NOT_AVAILABLE = 13  # source pack is charging, faulted or the wrong type
    RESET_REQUIRED_FIRST = 14  # E-stop still latched: physical reset at the cabinet first
    NOT_HELD = 15  # RESUME with no watchdog hold to resume


class FaultCode(IntEnum):
    NONE = 0
    LOCK_JAM = 101
    LIFT_OVERLOAD = 102
    SHUTTLE_MISALIGNED = 103
    CHARGER_FAULT = 104
    INSULATION_LOW = 105
    POSITIONING_FAILED = 106
    ESTOP = 107
    LIGHT_CURTAIN = 108
    WATCHDOG = 109
    PACK_IDENTITY_MISMATCH = 110
    BMS_HANDSHAKE = 111
    HV_INTERLOCK = 112
    ABORTED = 113
    PACK_ALARM = 114
    DOOR_OPEN = 115
    CONTROLLER_RESTART = 116  # the controller restarted while a swap ran
    VEHICLE_HV_ON = 117  # the vehicle did not confirm its HV off (preparation, before unlock)
    PARKING_BRAKE_OFF = 118  # the vehicle did not confirm its parking brake
    LOAD_MISMATCH = 119  # the load cell read a mass that is not the pack type's
    LOCK_TORQUE_LOW = 120  # a lock head ended below the locking torque window


class LockState(IntEnum):
    UNKNOWN = 0
    LOCKED = 1
    UNLOCKED = 2
    MOVING = 3
    FAULT = 4


class PositioningResult(IntEnum):
    NONE = 0
    IN_PROGRESS = 1
    IN_POSITION = 2
    OUT_OF_TOLERANCE = 3
    FAILED = 4


class PositioningReason(IntEnum):
    NONE = 0
    TOO_FAR_FORWARD = 1
    TOO_FAR_BACK = 2
    TOO_FAR_LEFT = 3
    TOO_FAR_RIGHT = 4


class ChargerState(IntEnum):
    IDLE = 0
    CONNECTING = 1
    CONSTANT_CURRENT = 2
    CONSTANT_VOLTAGE = 3
    COMPLETE = 4
    FAULT = 5
    DISABLED = 6


class SlotState(IntEnum):
    EMPTY = 0
    IDLE = 1  # pack present, not charging
    CHARGING = 2
    FULL = 3
    IN_SWAP = 4  # pack reserved by, or travelling in, the running swap
    FAULT = 5
    DISABLED = 6


class PackType(IntEnum):
    NONE = 0
    A_171KWH = 1  # heavy-truck standard block (CATL "75#"-like), 171 kWh LFP
    B_280KWH = 2  # heavy-truck large pack, 280 kWh LFP
    C_100KWH = 3  # van / light-truck pack, 100 kWh LFP


PACK_CAPACITY_KWH: dict[PackType, float] = {
    PackType.A_171KWH: 171.0,
    PackType.B_280KWH: 280.0,
    PackType.C_100KWH: 100.0,
}

# A lock head ends LOCKED only with its final torque in this window (Nm).
LOCK_TORQUE_NM = (180.0, 250.0)

PACK_MASS_KG: dict[PackType, float] = {
    PackType.A_171KWH: 1150.0,
    PackType.B_280KWH: 3200.0,
    PackType.C_100KWH: 700.0,
}


class LiftAxis(IntEnum):
    """What a maintenance hold-to-run move drives (jog.axis); jog.target says where."""

    NONE = 0
    LIFT = 1
    SHUTTLE = 2
    SHUTTLE_TO_SLOT = 3  # target: slot 1-n, 0 the bay; direction 1 goes there and stops aligned
    LOCK_HEAD = 4  # target: head 1-12; direction 1 locks, -1 unlocks
    HOME = 5  # direction 1: the lift down, then the shuttle to the bay


class JogRefusal(IntEnum):
    """Why the requested hold-to-run move does not run now (jog.refusal); the first that
    applies, in this order."""

    NONE = 0
    ESTOP = 1  # the E-stop is latched, or its reset not yet confirmed
    HELD = 2  # a watchdog hold: RESUME first
    SWAP_RUNNING = 3
    NOT_MAINTENANCE = 4
    HOMING = 5  # a HOME_AXES command is moving the axes
    DOOR_OPEN = 6  # a bay or maintenance door is open
    LEASE_EXPIRED = 7  # the keep-alive did not change for the lease time: direction 0 first
    MAX_TIME = 8  # the hold ran the maximum jog time: direction 0 first
    BAD_TARGET = 9  # no target for an axis that needs one (lock head 0)
    LIFT_NOT_DOWN = 10  # the shuttle moves only with the lift at its lower limit
    SHUTTLE_NOT_AT_STOP = 11  # the lift moves only with the shuttle standing at a stop
    VEHICLE_NOT_SAFE = 12  # an unlock with a vehicle whose HV off or parking brake is missing
    AT_LIMIT = 13  # already at the end of travel, the target or the lock state asked for
    LOCK_TORQUE_LOW = 14  # the lock move ended below the torque window: the head is FAULT


class StatusFlag(IntFlag):
    NONE = 0
    WATCHDOG_HOLD = 1 << 0
    ESTOP = 1 << 1
    FAULT = 1 << 2
    MAINTENANCE = 1 << 3
    JOG_ACTIVE = 1 << 4
    VEHICLE_PRESENT = 1 << 5
    CONSOLE_SEEN = 1 << 6  # the console's heartbeat has been seen changing


class LiftLimit(IntFlag):
    NONE = 0
    LOWER = 1 << 0
    UPPER = 1 << 1
    OVERLOAD = 1 << 2


class DoorFlag(IntFlag):
    NONE = 0
    BAY_DOOR_OPEN = 1 << 0
    MAINTENANCE_DOOR_OPEN = 1 << 1


class AlarmFlag(IntFlag):
    """GB/T 32960.3 general alarm flags, in the standard's bit order."""

    NONE = 0
    TEMPERATURE_DIFFERENCE = 1 << 0
    HIGH_TEMPERATURE = 1 << 1
    PACK_OVER_VOLTAGE = 1 << 2
    PACK_UNDER_VOLTAGE = 1 << 3
    SOC_LOW = 1 << 4
    CELL_OVER_VOLTAGE = 1 << 5
    CELL_UNDER_VOLTAGE = 1 << 6
    SOC_HIGH = 1 << 7
    SOC_JUMP = 1 << 8
    STORAGE_MISMATCH = 1 << 9
    POOR_CELL_CONSISTENCY = 1 << 10
    INSULATION_FAILURE = 1 << 11
    DCDC_TEMPERATURE = 1 << 12
    BRAKE = 1 << 13
    DCDC_STATUS = 1 << 14
    MOTOR_CONTROLLER_TEMPERATURE = 1 << 15
    HV_INTERLOCK = 1 << 16
    MOTOR_TEMPERATURE = 1 << 17
    OVER_CHARGE = 1 << 18


# The simulated controller's vendor string starts so: a console seeing it shows SIMULATION.
SIMULATOR_VENDOR_PREFIX = "SIM "
SIMULATOR_VENDOR = SIMULATOR_VENDOR_PREFIX + "SwapCtl 2"

MAX_SLOTS = 32
MAX_BLOCKS = 3
LOCKS_PER_BLOCK = 4
LOCK_HEADS = MAX_BLOCKS * LOCKS_PER_BLOCK
CELLS_PER_PACK = 180
TEMP_SENSORS_PER_PACK = 32
PACK_CODE_LENGTH = 24  # GB/T 34014
