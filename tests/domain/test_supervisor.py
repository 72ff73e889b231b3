"""The swap supervisor and guided recovery, over the real simulator model (no I/O)."""

from __future__ import annotations

import hypothesis.strategies as hs
import pytest
from hypothesis import settings
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from operator_app.domain import station as st
from operator_app.domain.commands import CommandOutcome, CommandRequest, OutcomeKind
from operator_app.domain.recovery import P_TECHNICIAN, TECHNICIAN_FAULTS, Action, check, guidance
from operator_app.domain.roles import Role
from operator_app.domain.snapshot import StationSnapshot
from operator_app.domain.supervisor import Phase, Refused, SwapSupervisor
from operator_app.domain.vehicles import Vehicle
from operator_app.link import registers as R
from operator_app.link.decode import Decoder, decode_slot, decode_status
from operator_app.simulator.model import StationModel
from operator_app.simulator.pack import SimPack
from tests.simulator.helpers import RegisterConsole

MIXER = Vehicle("70-8812", "Laem Chabang Haulage", "mixer", st.PackType.A_171KWH, 1)


class Station:
    """The simulator model read the way the link reads it, with a beating heart."""

    def __init__(self, **kw) -> None:
        kw.setdefault("arrivals", False)
        self.model = StationModel(**kw)
        self.console = RegisterConsole(self.model)
        self.seq = 0

    def snapshot(self) -> StationSnapshot:
        rmap = self.model.rmap
        image = {}
        for start, count in [R.FAST_BLOCK, *R.plan_reads(*rmap.slot_block())]:
            image.update(zip(range(start, start + count), self.model.read(start, count),
                             strict=True))
        d = Decoder(rmap, image)
        status, bay, machine = decode_status(d)
        self.seq += 1
        slots = tuple(decode_slot(d, n) for n in range(1, rmap.slots + 1))
        return StationSnapshot(self.seq, 0.0, status, bay, machine, slots, 0.0)

    def send(self, request) -> CommandOutcome:
        status, reason, fault = self.console.command(request.code, *request.args)
        kind = {st.CommandStatus.ACCEPTED: OutcomeKind.ACCEPTED,
                st.CommandStatus.REJECTED: OutcomeKind.REJECTED,
                st.CommandStatus.DONE: OutcomeKind.DONE,
                st.CommandStatus.FAILED: OutcomeKind.FAILED}[status]
        return CommandOutcome(request, kind, self.console.seq, reason, fault)


def ready(station: Station, sup: SwapSupervisor) -> None:
    station.console.ready_vehicle(MIXER.plate)
    sup.on_snapshot(station.snapshot())


def start(station: Station, sup: SwapSupervisor) -> None:
    """A vehicle in position, identified, planned, confirmed, and the start sent."""
    ready(station, sup)
    sup.identify(MIXER)
    sup.plan()
    sup.on_outcome(station.send(sup.confirm("ana")))


def registered(plate: str) -> Vehicle | None:
    return MIXER if plate == MIXER.plate else None


def run(station: Station, sup: SwapSupervisor, seconds: float, dt: float = 1.0) -> None:
    t = 0.0
    while t < seconds and sup.phase not in (Phase.COMPLETED, Phase.FAILED, Phase.ABORTED):
        station.console.run(dt)
        sup.on_snapshot(station.snapshot())
        t += dt


def test_a_swap_from_identification_to_completion() -> None:
    station, sup = Station(seed=7), SwapSupervisor()
    ready(station, sup)
    assert isinstance(sup.identify(MIXER), object) and sup.phase is Phase.IDENTIFIED
    plan = sup.plan()
    assert not isinstance(plan, Refused) and "chosen by highest SoC" in plan.explanation.english()
    request = sup.confirm("ana")
    assert request.code is st.CommandCode.START_SWAP and sup.phase is Phase.CONFIRMED
    sup.on_outcome(station.send(request))
    assert sup.phase is Phase.RUNNING
    run(station, sup, 600)
    assert sup.phase is Phase.COMPLETED, sup.tx.note
    assert sup.tx.steps[0].step is st.SwapStep.PREPARATION
    assert sup.tx.verification == {"pack identity": True, "vehicle released": True}


def test_refusals_send_nothing() -> None:
    station, sup = Station(seed=7), SwapSupervisor()
    assert "nothing to abort" in sup.abort().reason
    assert "no plan to confirm" in sup.confirm("ana").reason
    assert "identify the vehicle first" in sup.plan().reason
    sup.on_snapshot(station.snapshot())
    sup.identify(MIXER)
    sup.plan()
    assert "not ready" in sup.confirm("ana").reason  # no vehicle in position yet
    ready(station, sup)
    truck = Vehicle("XG 8121", "KCL", "tractor", st.PackType.A_171KWH, 3)
    assert "bay sees 1 pack blocks" in sup.identify(truck).reason
    sup.identify(MIXER)
    sup.plan()
    sup.on_outcome(station.send(sup.confirm("ana")))
    assert "one at a time" in sup.confirm("ana").reason
    assert "a swap is running" in sup.identify(MIXER).reason
    # a console that did not start it sees the same swap, and attaches to it
    fresh = SwapSupervisor()
    fresh.on_snapshot(station.snapshot())
    assert fresh.phase is Phase.RUNNING and fresh.tx.started_by == "another terminal"
    assert fresh.tx.swap is not None and fresh.tx.swap.joined_late
    assert not isinstance(fresh.abort(), Refused)


def test_no_eligible_pack_refuses_the_plan_with_the_reason() -> None:
    station, sup = Station(seed=7), SwapSupervisor()
    bus = Vehicle("WXV 5512", "KPM", "bus", st.PackType.B_280KWH, 1)
    station.model.vehicle_arrive("WXV 5512", ok=True)
    station.console.run_until(lambda: station.model.state is st.StationState.READY)
    for slot in station.model.rack:
        if slot.pack is not None and slot.pack.type is st.PackType.B_280KWH:
            slot.pack.soc = 60.0
    station.console.run(2)
    sup.on_snapshot(station.snapshot())
    sup.identify(bus)
    refused = sup.plan()
    assert isinstance(refused, Refused)
    assert str(refused.reason).startswith("needs 1 pack of type B, 0 ready: 1 charging")


@pytest.mark.parametrize(("fault", "code"), [
    ("lock_jam", st.FaultCode.LOCK_JAM), ("lift_overload", st.FaultCode.LIFT_OVERLOAD),
    ("shuttle_misalign", st.FaultCode.SHUTTLE_MISALIGNED),
    ("hv_interlock", st.FaultCode.HV_INTERLOCK), ("bms_handshake", st.FaultCode.BMS_HANDSHAKE),
])
def test_faults_end_the_transaction_failed_with_guidance(fault: str, code) -> None:
    station, sup = Station(seed=7), SwapSupervisor()
    ready(station, sup)
    sup.identify(MIXER)
    sup.plan()
    station.model.inject(fault)
    sup.on_outcome(station.send(sup.confirm("ana")))
    run(station, sup, 600)
    assert sup.phase is Phase.FAILED and sup.tx.fault is code
    g = guidance(station.snapshot())
    assert g is not None and Action.RESET_FAULTS in g.actions()
    assert g.actions()[-1] is Action.START_AGAIN
    needs_technician = code in TECHNICIAN_FAULTS
    assert any(s.text.text == P_TECHNICIAN for s in g.steps) is needs_technician


def test_estop_mid_swap_gives_the_issues_example_guidance() -> None:
    station, sup = Station(seed=7), SwapSupervisor()
    start(station, sup)
    station.console.run_until(lambda: station.model.swap is not None and
                              station.model.swap.step[0] is st.SwapStep.REMOVE and
                              station.model.lift_load > 500, dt=0.5)
    station.model.press_estop()
    sup.on_snapshot(station.snapshot())
    assert sup.phase is Phase.FAILED
    g = guidance(station.snapshot())
    assert [p.english() for p in g.situation] == [
        "vehicle 70-8812 in the bay, not locked (block 1): it must not drive off",
        f"a pack is on the lift ({station.model.lift_load:.0f} kg, lift at "
        f"{station.model.lift_height:.0f} mm)", "E-stop latched"]
    assert [(s.text.english(), s.action, s.done) for s in g.steps] == [
        ("clear the bay and make sure nobody is inside the light curtain", None, False),
        ("turn the E-stop reset key at the cabinet", None, False),
        ("reset faults here: the controller returns any pack in transit to a free slot and "
         "locks the vehicle's packs", Action.RESET_FAULTS, False),
        ("then start the swap again for the vehicle in the bay", Action.START_AGAIN, False)]
    # the reset is refused in words until the key is turned at the cabinet
    assert "turn the reset key at the cabinet" in check(
        Action.RESET_FAULTS, station.snapshot(), Role.OPERATOR).english()
    station.model.physical_reset()
    g = guidance(station.snapshot())
    assert g.steps[1].done and check(Action.RESET_FAULTS, station.snapshot(),
                                     Role.OPERATOR) is None


def test_abort_is_always_reachable_and_the_controller_stops_safely() -> None:
    station, sup = Station(seed=7), SwapSupervisor()
    start(station, sup)
    run(station, sup, 40)
    request = sup.abort()
    assert request.code is st.CommandCode.ABORT_SWAP
    station.send(request)
    run(station, sup, 300)
    assert sup.phase is Phase.ABORTED


def test_slow_step_is_flagged_with_the_controllers_reason() -> None:
    station, sup = Station(seed=7, watchdog_s=3.0), SwapSupervisor()
    start(station, sup)
    station.console.run_until(lambda: station.model.swap.step[0] is st.SwapStep.UNLOCK, dt=0.5)
    # the step is stuck past its expected time: make the controller hold (watchdog)
    station.model.swap.durations[station.model.swap.index] = 1000
    station.console.run(40)
    station.console.run(5, heartbeat=False)
    sup.on_snapshot(station.snapshot())
    view = sup.tx.steps[-1]
    assert view.step is st.SwapStep.UNLOCK and view.slow
    assert view.slow_reason is not None and "heartbeat" in view.slow_reason.english()


def test_resume_reattaches_to_a_running_swap() -> None:
    station, sup = Station(seed=7), SwapSupervisor()
    start(station, sup)
    run(station, sup, 60)
    restarted = SwapSupervisor(vehicle_for=registered)  # the console restarted
    restarted.on_snapshot(station.snapshot())
    assert restarted.phase is Phase.RUNNING and restarted.tx.vehicle == MIXER
    run(station, restarted, 600)
    assert restarted.phase is Phase.COMPLETED


@pytest.mark.parametrize("step", [s for s in st.SwapStep if s not in (
    st.SwapStep.NONE, st.SwapStep.POSITIONING)])
def test_resume_after_a_console_kill_at_each_step(step: st.SwapStep) -> None:
    station, sup = Station(seed=7), SwapSupervisor()
    start(station, sup)
    station.console.run_until(lambda: station.model.swap is not None and
                              station.model.swap.step[0] is step, dt=0.5, limit=900)
    restarted = SwapSupervisor(vehicle_for=registered)  # killed here and started again
    restarted.on_snapshot(station.snapshot())
    assert restarted.phase in (Phase.RUNNING, Phase.VERIFYING)
    assert restarted.tx.steps[-1].step is step
    run(station, restarted, 900)
    assert restarted.phase is Phase.COMPLETED


class SupervisorMachine(RuleBasedStateMachine):
    """Random operators, faults and time against the simulated controller: the rules hold."""

    def __init__(self) -> None:
        super().__init__()
        self.station = Station(seed=3)
        self.sup = SwapSupervisor()
        self.sup.on_snapshot(self.station.snapshot())
        self.starts_while_active = 0

    def _send(self, request) -> None:
        outcome = self.station.send(request)
        self.sup.on_outcome(outcome)
        self.sup.on_snapshot(self.station.snapshot())

    @rule(plate=hs.sampled_from(["70-8812", "MX-62-17", "WXV 5512"]))
    def arrive(self, plate: str) -> None:
        if self.station.model.vehicle is None:
            self.station.model.vehicle_arrive(plate, ok=True)

    @rule(vehicle=hs.sampled_from([MIXER, Vehicle("MX-62-17", "CT", "tractor",
                                                  st.PackType.A_171KWH, 2)]))
    def identify(self, vehicle: Vehicle) -> None:
        before = self.sup.phase
        result = self.sup.identify(vehicle)
        if isinstance(result, Refused):
            assert self.sup.phase is before

    @rule()
    def plan(self) -> None:
        self.sup.plan()

    @rule()
    def confirm(self) -> None:
        active = self.sup.phase in (Phase.CONFIRMED, Phase.RUNNING, Phase.VERIFYING)
        request = self.sup.confirm("op")
        if not isinstance(request, Refused):
            assert not active, "a second start was allowed while one runs"
            self._send(request)

    @rule()
    def abort(self) -> None:
        request = self.sup.abort()
        if not isinstance(request, Refused):
            self._send(request)

    @rule(seconds=hs.floats(1, 120))
    def wait(self, seconds: float) -> None:
        self.station.console.run(seconds, dt=1.0)
        self.sup.on_snapshot(self.station.snapshot())

    @rule(fault=hs.sampled_from(["lock_jam", "lift_overload", "estop", "bms_handshake"]))
    def fault(self, fault: str) -> None:
        self.station.model.inject(fault)
        self.sup.on_snapshot(self.station.snapshot())

    @rule()
    def recover(self) -> None:
        self.station.model.physical_reset()
        self.station.send(CommandRequest(st.CommandCode.RESET_FAULTS))
        self.sup.on_snapshot(self.station.snapshot())
        if self.sup.phase in (Phase.COMPLETED, Phase.FAILED, Phase.ABORTED):
            self.sup.cancel()

    @invariant()
    def consistent(self) -> None:
        tx = self.sup.tx
        if tx.phase is not Phase.IDLE:
            assert tx.vehicle is not None
        if tx.phase in (Phase.RUNNING, Phase.VERIFYING, Phase.CONFIRMED):
            assert tx.plan is not None
        if tx.phase is Phase.COMPLETED:
            assert self.sup.last.status.swap_result is st.SwapResult.COMPLETED
        if tx.phase is Phase.FAILED:
            assert tx.fault is not None


TestSupervisorMachine = SupervisorMachine.TestCase
TestSupervisorMachine.settings = settings(max_examples=40, stateful_step_count=25,
                                          deadline=None)


def test_an_unanswered_start_that_never_ran_falls_back_to_a_plan() -> None:
    """UNKNOWN, and the controller shows no swap: the operator can act again."""
    station, sup = Station(seed=7), SwapSupervisor()
    ready(station, sup)
    sup.identify(MIXER)
    sup.plan()
    request = sup.confirm("ana")
    assert sup.phase is Phase.CONFIRMED
    sup.on_outcome(CommandOutcome(request, OutcomeKind.UNKNOWN, 5, detail="no answer"))
    sup.on_snapshot(station.snapshot())  # the command never reached the controller
    assert sup.phase is Phase.PLANNED and sup.tx.rejected is not None
    assert "did not start" in sup.tx.rejected[0].english()
    assert not isinstance(sup.confirm("ana"), Refused)  # the operator may start again


def test_an_unanswered_start_that_did_run_is_followed() -> None:
    station, sup = Station(seed=7), SwapSupervisor()
    ready(station, sup)
    sup.identify(MIXER)
    sup.plan()
    request = sup.confirm("ana")
    answer = station.send(request)  # it ran; the console only missed the answer
    sup.on_outcome(CommandOutcome(request, OutcomeKind.UNKNOWN, answer.sequence))
    run(station, sup, 30)
    assert sup.phase is Phase.RUNNING and sup.tx.steps and sup.tx.started_by == "console"


def test_a_rejected_abort_of_a_swap_that_never_started_ends_it() -> None:
    station, sup = Station(seed=7), SwapSupervisor()
    ready(station, sup)
    sup.identify(MIXER)
    sup.plan()
    sup.confirm("ana")  # the start is lost on the way: no answer yet
    abort = sup.abort()
    assert abort.code is st.CommandCode.ABORT_SWAP
    sup.on_outcome(station.send(abort))
    assert sup.phase is Phase.PLANNED
    assert "never took effect" in sup.tx.note


def test_a_rejected_start_says_why_in_words() -> None:
    station, sup = Station(seed=7), SwapSupervisor()
    ready(station, sup)
    sup.identify(MIXER)
    sup.plan()
    station.model.inject("charger_fault:5")
    station.console.run(1)
    sup.on_outcome(station.send(sup.confirm("ana")))
    assert sup.phase is Phase.PLANNED
    why, then = sup.tx.rejected
    assert why.english() == "a fault is active at the controller"
    assert "recovery steps" in then.english()


def test_the_confirmation_holds_while_only_the_live_soc_changes() -> None:
    """The two-tap start is for the plan's substance: vehicle, packs and slots."""
    station, sup = Station(seed=7, time_scale=30), SwapSupervisor()
    ready(station, sup)
    sup.identify(MIXER)
    sup.plan()
    key, note = sup.plan_key(), sup.tx.note
    # charging moves the SoC of every pack a little (seed 7's chosen pack is in its CV taper
    # at 98 %: 5 min of station time moves the shown SoC a point)
    station.console.run(10)
    sup.on_snapshot(station.snapshot())
    sup.plan()
    assert sup.tx.note != note and sup.plan_key() == key
    chosen = sup.tx.plan.packs_in[0].slot
    station.model.rack[chosen - 1].charger.enabled = False  # taken out of service
    station.model.rack[chosen - 1].charger.state = st.ChargerState.DISABLED
    station.console.run(1)
    sup.on_snapshot(station.snapshot())
    sup.plan()
    assert sup.plan_key() != key


def test_a_bay_button_swap_is_attached_with_a_live_abort() -> None:
    station, sup = Station(seed=7, auto_start=True), SwapSupervisor(vehicle_for=registered)
    station.console.ready_vehicle(MIXER.plate)
    station.console.run_until(lambda: station.model.swap is not None, limit=60)
    sup.on_snapshot(station.snapshot())
    assert sup.phase is Phase.RUNNING and sup.tx.started_by == "bay button"
    assert sup.tx.vehicle == MIXER and "bay's local button" in sup.tx.note
    assert not isinstance(sup.abort(), Refused)


def test_role_rules_and_refusals_in_words() -> None:
    station = Station(seed=7)
    snap = station.snapshot()
    assert check(Action.RESUME, snap, Role.OPERATOR).english() == \
        "nothing to resume: no motion is held"
    assert check(Action.RESET_FAULTS, snap, Role.OPERATOR).english().startswith(
        "nothing to reset")
    assert check(Action.CHARGER_ON, snap, Role.OPERATOR, 1).english() == \
        "this needs the technician role: sign in"
    assert "maintenance mode" in check(Action.HOME_AXES, snap, Role.TECHNICIAN).english()
    assert check(Action.HOME_AXES, snap, Role.OPERATOR).english() == \
        "this needs the technician role: sign in"
    assert check(Action.CHARGER_OFF, snap, Role.OPERATOR, 99).english() == "there is no slot 99"
    # an operator isolates a faulted charger only; a healthy one is a technician's call
    assert check(Action.CHARGER_OFF, snap, Role.OPERATOR, 1).english() == \
        "this needs the technician role: sign in"
    assert check(Action.CHARGER_OFF, snap, Role.TECHNICIAN, 1) is None
    station.console.command(st.CommandCode.SET_MODE, int(st.StationMode.MAINTENANCE))
    maintenance = station.snapshot()
    assert check(Action.HOME_AXES, maintenance, Role.TECHNICIAN) is None
    g = guidance(maintenance)
    assert g is not None and g.actions() == [Action.HOME_AXES]


def test_a_block_without_its_pack_is_planned_with_nothing_to_take_out() -> None:
    """A swap stopped after the removal, recovered: block 1 is empty and every slot is full.
    The plan takes nothing out first, so it needs no free slot."""
    station, sup = Station(seed=7), SwapSupervisor()
    start(station, sup)
    station.console.run_until(lambda: station.model.swap is not None and
                              station.model.swap.step[0] is st.SwapStep.FETCH, dt=0.5)
    station.model.press_estop()
    station.model.physical_reset()
    station.console.command(st.CommandCode.RESET_FAULTS)
    free = [s for s in station.model.rack if s.pack is None]
    for slot in free:  # fill every free slot
        slot.pack = SimPack.new(station.model.rng, st.PackType.B_280KWH, soc=50.0)
    station.console.run(1)
    sup.on_snapshot(station.snapshot())
    sup.identify(MIXER)
    plan = sup.plan()
    assert not isinstance(plan, Refused), plan
    assert plan.out_slot == 0 and "Block 1 carries no pack" in plan.explanation.english()
    sup.on_outcome(station.send(sup.confirm("ana")))
    run(station, sup, 900)
    assert sup.phase is Phase.COMPLETED


TRACTOR = Vehicle("XG 8121", "Kwai Chung Logistics", "6x4 tractor", st.PackType.A_171KWH, 3)


@pytest.mark.parametrize("jam_block", [1, 2, 3])
def test_a_lock_jam_in_any_block_of_a_three_block_swap_is_recoverable(jam_block: int) -> None:
    """Jammed while unlocking block 1, 2 or 3: the station ends safe, the guidance calls a
    technician, an operator's reset is refused, a technician's works, and a new swap of all
    three blocks completes."""
    station = Station(seed=7)
    for slot in station.model.rack:
        if slot.pack is not None and slot.pack.type is st.PackType.A_171KWH:
            slot.pack.soc = 99.0
    sup = SwapSupervisor(vehicle_for=lambda p: TRACTOR if p == TRACTOR.plate else None)
    station.console.ready_vehicle(TRACTOR.plate)
    sup.on_snapshot(station.snapshot())
    sup.identify(TRACTOR)
    assert not isinstance(sup.plan(), Refused)
    sup.on_outcome(station.send(sup.confirm("ana")))
    station.console.run_until(lambda: station.model.swap is not None and
                              station.model.swap.step == (st.SwapStep.UNLOCK, jam_block), dt=0.5)
    station.model.inject("lock_jam")
    run(station, sup, 600)
    assert sup.phase is Phase.FAILED and sup.tx.fault is st.FaultCode.LOCK_JAM
    snap = station.snapshot()
    g = guidance(snap)
    assert any(s.text.text == P_TECHNICIAN for s in g.steps)
    jams = [p.english() for p in g.situation if "jammed" in p.english()]
    assert len(jams) == 1 and jams[0].startswith("lock head ")  # said once, with its head
    assert "only a technician" in check(Action.RESET_FAULTS, snap, Role.OPERATOR).english()
    assert check(Action.RESET_FAULTS, snap, Role.TECHNICIAN) is None
    station.send(CommandRequest(st.CommandCode.RESET_FAULTS))
    station.console.run(1)
    sup.on_snapshot(station.snapshot())
    assert station.model.state is st.StationState.READY
    sup.identify(TRACTOR)
    assert not isinstance(sup.plan(), Refused)
    sup.on_outcome(station.send(sup.confirm("ana")))
    run(station, sup, 1800)
    assert sup.phase is Phase.COMPLETED


def test_a_pack_with_low_insulation_is_isolated_by_disabling_its_slot() -> None:
    """Low insulation blocks every start (FAULT_ACTIVE); the guidance offers to disable that
    slot's charger, which isolates the pack, and the next start goes."""
    station, sup = Station(seed=7), SwapSupervisor()
    ready(station, sup)
    station.model.inject("insulation_drop:3")
    station.console.run(2)
    sup.on_snapshot(station.snapshot())
    sup.identify(MIXER)
    sup.plan()
    sup.on_outcome(station.send(sup.confirm("ana")))
    assert sup.tx.rejected[0].english() == "a fault is active at the controller"
    g = guidance(station.snapshot())
    assert g.steps[0].action is Action.CHARGER_OFF and g.steps[0].slot == 3  # isolate first
    assert Action.RESET_FAULTS not in g.actions()  # a reset would not cure it
    station.send(CommandRequest(st.CommandCode.CHARGER_ENABLE, (3, 0)))
    station.console.run(1)
    sup.on_snapshot(station.snapshot())
    assert st.FaultCode.INSULATION_LOW not in station.snapshot().status.faults
    sup.plan()
    sup.on_outcome(station.send(sup.confirm("ana")))
    assert sup.phase is Phase.RUNNING


def test_the_last_swap_gives_way_when_another_vehicle_is_in_the_bay() -> None:
    station, sup = Station(seed=7, time_scale=30), SwapSupervisor()
    start(station, sup)
    run(station, sup, 900)
    assert sup.phase is Phase.COMPLETED
    station.console.run_until(lambda: station.model.vehicle is None, dt=0.5)
    sup.on_snapshot(station.snapshot())
    assert sup.phase is Phase.COMPLETED  # still said while the bay is empty
    station.model.vehicle_arrive("FKZR-71", ok=True)
    station.console.run(1)
    sup.on_snapshot(station.snapshot())
    assert sup.phase is Phase.IDLE and sup.tx.vehicle is None
