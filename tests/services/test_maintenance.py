"""Maintenance through the controller, over the real pty: the mode shown only once the
controller confirms it, left only when the station is safe; slots out of service kept out
at the controller across restarts, put back by hand or when their time is up."""

from __future__ import annotations

import json

from operator_app.domain import station as st
from operator_app.domain.commands import CommandRequest
from operator_app.domain.roles import Role
from operator_app.services.maintenance_service import MaintenanceService


def wait_mode(stack, mode: st.StationMode) -> None:
    stack.qtbot.waitUntil(lambda: stack.link.last_snapshot is not None
                          and stack.link.last_snapshot.status.mode is mode, timeout=5000)


def test_the_mode_is_asked_of_the_controller_and_left_only_when_safe(qtbot, stack) -> None:
    made = stack()
    m = made.services.maintenance
    qtbot.waitUntil(lambda: m.last is not None, timeout=5000)
    why = m.enter("operator", Role.OPERATOR)
    assert why.english() == "maintenance needs a signed-in technician or supervisor"
    assert m.enter("Tess Tech", Role.TECHNICIAN) is None
    assert not m.in_maintenance  # asked, not yet confirmed by a snapshot
    assert m.status.english().startswith("maintenance asked of the controller")
    qtbot.waitUntil(lambda: m.in_maintenance, timeout=5000)
    assert made.sim.do(lambda: made.sim.model.mode) is st.StationMode.MAINTENANCE
    assert m.status.english() == "the controller confirms maintenance mode"
    # the lift stands raised with a pack on it: not safe to leave
    def raise_lift() -> None:
        made.sim.model.lift_height = 600.0
        made.sim.model._touch()

    made.sim.do(raise_lift)
    qtbot.waitUntil(lambda: m.leave_problems() != [], timeout=5000)
    why = m.leave("Tess Tech", Role.TECHNICIAN)
    assert why.english() == ("the station stays in maintenance until it is safe: the lift is "
                             "not down (home the axes)")
    assert m.in_maintenance
    def lower_lift() -> None:
        made.sim.model.lift_height = 0.0
        made.sim.model._touch()

    made.sim.do(lower_lift)
    qtbot.waitUntil(lambda: m.leave_problems() == [], timeout=5000)
    assert m.leave("Tess Tech", Role.TECHNICIAN) is None
    qtbot.waitUntil(lambda: not m.in_maintenance, timeout=5000)
    audit = made.rows("SELECT actor, role, action FROM audit WHERE action LIKE 'maintenance%'")
    assert audit == [("Tess Tech", "TECHNICIAN", "maintenance enter"),
                     ("Tess Tech", "TECHNICIAN", "maintenance leave")]
    refused = made.rows("SELECT payload FROM events WHERE kind = 'maintenance.refused'")
    assert len(refused) == 2


def charger(made, slot: int) -> st.ChargerState:
    return made.sim.do(lambda: made.sim.model.rack[slot - 1].charger.state)


def test_a_slot_out_of_service_stays_out_until_put_back(qtbot, stack, tmp_path) -> None:
    made = stack()
    m = made.services.maintenance
    qtbot.waitUntil(lambda: m.last is not None and bool(m.last.slots), timeout=5000)
    assert m.take_out(3, "charger repair", 0, "operator", Role.OPERATOR) is not None
    assert m.take_out(3, "because", 0, "Tess Tech", Role.TECHNICIAN).english() == \
        "say why the slot is out of service"
    assert m.take_out(99, "charger repair", 0, "Tess Tech", Role.TECHNICIAN).english() == \
        "there is no slot 99"
    assert m.take_out(3, "charger repair", 0, "Tess Tech", Role.TECHNICIAN) is None
    qtbot.waitUntil(lambda: charger(made, 3) is st.ChargerState.DISABLED, timeout=5000)
    # someone enables its charger (another tool, the cabinet): the console disables it again
    made.link.send_command(CommandRequest(st.CommandCode.CHARGER_ENABLE, (3, 1)))
    qtbot.waitUntil(lambda: charger(made, 3) is not st.ChargerState.DISABLED, timeout=5000)
    qtbot.waitUntil(lambda: charger(made, 3) is st.ChargerState.DISABLED, timeout=15000)
    # the console restarts: what is out of service is remembered
    again = MaintenanceService(made.link, made.journal.port, made.db_path.parent)
    assert list(again.out_of_service) == [3]
    assert again.out_of_service[3].reason == "charger repair"
    assert again.out_of_service[3].by == "Tess Tech"
    made.link.snapshot_ready.disconnect(again.on_snapshot)  # one console on this link
    assert m.put_back(3, "Tess Tech", Role.TECHNICIAN) is None
    qtbot.waitUntil(lambda: charger(made, 3) is not st.ChargerState.DISABLED, timeout=5000)
    kept = json.loads((made.db_path.parent / "maintenance.json").read_text())
    assert kept == {"out_of_service": []}
    audit = made.rows("SELECT actor, action, detail FROM audit WHERE action LIKE 'slot %'")
    assert [(a, act) for a, act, _ in audit] == [("Tess Tech", "slot out of service"),
                                                ("Tess Tech", "slot back in service")]


def test_a_slot_out_until_a_time_comes_back_by_itself(qtbot, stack) -> None:
    made = stack()
    now = [1_000_000.0]
    m = made.services.maintenance
    m.clock = lambda: now[0]
    qtbot.waitUntil(lambda: m.last is not None and bool(m.last.slots), timeout=5000)
    assert m.take_out(2, "slot inspection", now[0] - 1, "Tess Tech",
                      Role.TECHNICIAN).english() == "that time has passed already"
    assert m.take_out(2, "slot inspection", now[0] + 3600, "Tess Tech", Role.TECHNICIAN) is None
    qtbot.waitUntil(lambda: charger(made, 2) is st.ChargerState.DISABLED, timeout=5000)
    now[0] += 3601
    qtbot.waitUntil(lambda: 2 not in m.out_of_service, timeout=5000)
    qtbot.waitUntil(lambda: charger(made, 2) is not st.ChargerState.DISABLED, timeout=5000)
    audit = made.rows("SELECT actor, action, detail FROM audit WHERE action LIKE 'slot %'")
    assert audit[-1][:2] == ("the console", "slot back in service")
    assert "its time is up" in audit[-1][2]
