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
