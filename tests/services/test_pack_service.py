"""Quarantine through the real stack (simulator on a pty, the journal writer): a quarantined
pack is never offered, the plan is made again at once, release needs a technician, both are
audited, and the set survives a restart."""

from __future__ import annotations

from operator_app.domain import station as st
from operator_app.domain.roles import Role
from operator_app.domain.supervisor import Phase, SwapPlan
from operator_app.domain.vehicles import IdMethod
from operator_app.services.pack_service import REASONS, PackService


def planned(stack) -> SwapPlan:
    s = stack
    s.sim.do(s.sim.model.vehicle_arrive, "70-8812", ok=True)
    s.qtbot.waitUntil(lambda: s.link.last_snapshot is not None and
                      s.link.last_snapshot.status.state is st.StationState.READY, timeout=10000)
    s.swaps.identify("70-8812", IdMethod.CAMERA)
    s.qtbot.waitUntil(lambda: s.swaps.tx.phase is Phase.PLANNED, timeout=10000)
    return s.swaps.tx.plan


def test_a_quarantined_pack_is_never_offered_and_only_a_technician_releases_it(
        qtbot, stack) -> None:
    s = stack()
    packs = s.services.packs
    chosen = planned(s).packs_in[0].pack_code
    assert packs.quarantine(chosen, "not on the list", Role.OPERATOR, "ana") == \
        "choose why from the list"
    assert packs.quarantine(chosen, REASONS[0], Role.OPERATOR, "ana") is None
    plan = s.swaps.tx.plan  # planned again at once, without the pack
    assert plan is None or chosen not in [p.pack_code for p in plan.packs_in]
    assert packs.release(chosen, Role.OPERATOR, "ana") == \
        "only a technician may release a pack from quarantine"
    assert chosen in s.swaps.supervisor.quarantined
    rows = s.rows("SELECT quarantined, quarantine_reason FROM packs WHERE code = "
                  f"'{chosen}'")
    assert rows == [(1, REASONS[0])]
    again = PackService(s.journal.port, s.swaps, s.db_path)  # a restart reads it back
    assert again.quarantined == {chosen: REASONS[0]}
    assert packs.release(chosen, Role.TECHNICIAN, "tech") is None
    assert chosen not in s.swaps.supervisor.quarantined
    audit = s.rows("SELECT actor, action FROM audit WHERE action LIKE 'pack %'")
    assert audit == [("ana", "pack quarantine"), ("tech", "pack release")]
    refused = s.rows("SELECT payload FROM events WHERE kind = 'pack.refused'")
    assert len(refused) == 2  # each refusal journaled with why
    record = packs.record(chosen)
    assert record is not None and record["quarantined"] is False


def test_a_swap_the_controller_starts_never_takes_a_quarantined_pack(qtbot, stack) -> None:
    """The bay's button: the controller picks its packs itself. The service keeps the
    quarantined pack's slot disabled at the controller, so the controller's swap takes
    another pack; released, the slot charges again."""
    s = stack()
    chosen = planned(s).packs_in[0]  # the pack the console (and the controller) would take
    s.swaps.supervisor.cancel()
    assert s.services.packs.quarantine(chosen.pack_code, REASONS[3], Role.OPERATOR,
                                       "ana") is None

    def slot_state() -> st.ChargerState:
        return s.link.last_snapshot.slots[chosen.slot - 1].charger_state

    qtbot.waitUntil(lambda: slot_state() is st.ChargerState.DISABLED, timeout=5000)
    assert s.rows("SELECT count(*) FROM events WHERE kind = 'pack.slot_disabled'")[0][0] == 1
    # someone enables it (the page's button, another terminal): disabled again
    from operator_app.domain.commands import CommandRequest

    s.link.send_command(CommandRequest(st.CommandCode.CHARGER_ENABLE, (chosen.slot, 1)))
    qtbot.waitUntil(lambda: slot_state() is not st.ChargerState.DISABLED, timeout=5000)
    qtbot.waitUntil(lambda: slot_state() is st.ChargerState.DISABLED, timeout=10000)
    # another charged pack of its type: the controller's swap runs on it
    assert s.sim.do(s.sim.model.press_bay_button) is None
    qtbot.waitUntil(lambda: s.link.last_snapshot.status.swap_result is
                    st.SwapResult.COMPLETED, timeout=30000)
    held = s.link.last_snapshot.slots[chosen.slot - 1]
    assert held.pack_code == chosen.pack_code  # still in its slot
    assert s.alarm("QUARANTINED_PACK_IN_SWAP") is None
    assert s.services.packs.release(chosen.pack_code, Role.TECHNICIAN, "tech") is None
    qtbot.waitUntil(lambda: slot_state() is not st.ChargerState.DISABLED, timeout=5000)


def test_a_swap_that_takes_a_quarantined_pack_all_the_same_is_a_high_alarm(
        qtbot, stack) -> None:
    """A controller that ignores a disabled slot (or a swap already under way): the alarm
    names the slot, HIGH, with what to do."""
    from dataclasses import replace

    from operator_app.domain.alarms import Priority

    s = stack()
    qtbot.waitUntil(lambda: s.link.last_snapshot is not None, timeout=5000)
    snap = s.link.last_snapshot
    slot = next(x for x in snap.slots if x.occupied and x.pack_code)
    s.services.packs.link = None  # nothing kept out: the controller took it
    assert s.services.packs.quarantine(slot.pack_code, REASONS[0], Role.OPERATOR,
                                       "ana") is None
    taken = replace(slot, state=st.SlotState.IN_SWAP)
    slots = tuple(taken if x.slot == slot.slot else x for x in snap.slots)
    s.alarms.on_snapshot(replace(snap, slots=slots))
    alarm = s.alarm("QUARANTINED_PACK_IN_SWAP")
    assert alarm is not None and alarm.condition and alarm.source == f"slot {slot.slot}"
    assert alarm.definition.priority is Priority.HIGH
    assert "Abort the swap" in alarm.definition.action
