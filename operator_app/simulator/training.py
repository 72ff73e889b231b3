"""The trainer's channel: send a vehicle, take it away, inject and clear faults.

A line-based text protocol on the simulator's standard input, separate from the
Modbus line, so that nothing a trainer does travels on the wire a real PLC would
share. One command per line, one answer line per command, ``OK ...`` or
``ERR ...`` with a reason a person can read:

    arrive [PLATE] [ok|fail]   a vehicle drives into the bay (random fleet vehicle without PLATE;
                               'fail' makes its positioning end out of tolerance)
    leave                      the vehicle drives out
    fault SPEC                 inject a fault by name (see FAULTS), e.g. 'fault charger_fault:3'
    clear                      take back every persisting injected fault
    cabinet-reset              the E-stop reset key at the cabinet
    bay-button                 the attendant presses the bay's local start button
    fleet                      list the simulated fleet's plates
"""

from __future__ import annotations

from operator_app.simulator.fleet import FLEET
from operator_app.simulator.model import SimulatorError, StationModel

COMMANDS = ("arrive", "leave", "fault", "clear", "cabinet-reset", "bay-button", "fleet")


def apply_training_command(model: StationModel, line: str) -> str:
    """Carry out one trainer command on ``model``; return the answer line."""
    words = line.strip().split()
    if not words:
        return "ERR empty command; one of " + ", ".join(COMMANDS)
    verb, args = words[0].lower(), words[1:]
    try:
        if verb == "arrive":
            ok: bool | None = None
            if args and args[-1].lower() in ("ok", "fail"):
                ok = args.pop().lower() == "ok"
            plate = " ".join(args) or None
            vehicle = model.vehicle_arrive(plate, ok=ok)
            return f"OK {vehicle.spec.plate} drives into the bay"
        if verb == "leave":
            if model.vehicle is None:
                return "ERR the bay is empty"
            if model.swap is not None:
                return "ERR a swap is running: the vehicle is locked in the bay"
            model.vehicle_leave()
            return "OK the vehicle left the bay"
        if verb == "fault":
            if len(args) != 1:
                return "ERR fault wants one name, e.g. 'fault lock_jam'"
            model.inject(args[0])
            return f"OK injected {args[0]}"
        if verb == "clear":
            model.clear_injected()
            return "OK injected faults cleared"
        if verb == "cabinet-reset":
            model.physical_reset()
            return "OK E-stop circuit reset at the cabinet; confirm with a reset at the console"
        if verb == "bay-button":
            why = model.press_bay_button()
            if why:
                return f"ERR the bay button does nothing: {why}"
            return "OK the bay's start button was pressed: the controller starts a swap"
        if verb == "fleet":
            return "OK " + ",".join(v.plate for v in FLEET)
    except SimulatorError as exc:
        return f"ERR {exc}"
    return f"ERR unknown command {verb!r}; one of " + ", ".join(COMMANDS)
