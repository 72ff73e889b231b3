"""The ISA-18.2 alarm state machine, exhaustively with hypothesis, plus its rules by example."""

from __future__ import annotations

import os

import hypothesis.strategies as hs
from hypothesis import settings
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from operator_app.domain.alarms import (
    CATALOGUE,
    UNKNOWN_CAUSE,
    AlarmDef,
    AlarmManager,
    AlarmState,
    Priority,
    Refusal,
    pack_alarm_def,
    title,
)
from operator_app.domain.roles import Role
from operator_app.domain.station import AlarmFlag

ESTOP = ("ESTOP", "controller")  # latched, high, not shelvable
CHARGER = ("CHARGER_FAULT", "slot 3")  # medium, shelvable by a technician
POS = ("POSITIONING_FAILED", "bay")  # low
POINTS = (ESTOP, CHARGER, POS)


def conds(*keys):
    return {k: CATALOGUE[k[0]] for k in keys}


def test_the_life_of_an_alarm() -> None:
    m = AlarmManager()
    [t] = m.update(conds(CHARGER), 0.0)
    # raised alone: not first out (only the first alarm of a cascade is)
    assert (t.from_state, t.to_state, t.first_out) == (AlarmState.NORMAL, AlarmState.UNACK, False)
    [t] = m.acknowledge(CHARGER, Role.OPERATOR, "ana", 1.0)
    assert t.to_state is AlarmState.ACKED and t.actor == "ana"
    [t] = m.update({}, 2.0)
    assert t.to_state is AlarmState.NORMAL


def test_return_to_normal_unacknowledged() -> None:
    m = AlarmManager()
    m.update(conds(CHARGER), 0.0)
    [t] = m.update({}, 1.0)
    assert t.to_state is AlarmState.RTN_UNACK
    assert m.ordered()[0].state is AlarmState.RTN_UNACK
    [t] = m.acknowledge(CHARGER, Role.OPERATOR, "ana", 2.0)
    assert t.to_state is AlarmState.NORMAL and m.ordered() == []


def test_latched_alarm_needs_a_reset_after_its_cause_is_gone() -> None:
    m = AlarmManager()
    m.update(conds(ESTOP), 0.0)
    assert m.update({}, 1.0) == []  # the cause is gone, the alarm stays
    assert m.alarms[ESTOP].state is AlarmState.UNACK
    assert isinstance(m.reset(ESTOP, Role.OPERATOR, "ana", 2.0), Refusal)  # ack first
    m.acknowledge(ESTOP, Role.OPERATOR, "ana", 3.0)
    [t] = m.reset(ESTOP, Role.OPERATOR, "ana", 4.0)
    assert t.to_state is AlarmState.NORMAL


def test_a_reset_at_the_controller_is_not_an_acknowledgement() -> None:
    m = AlarmManager()
    m.update(conds(ESTOP), 0.0)
    m.update({}, 1.0)  # the key turned at the cabinet: the cause is gone, the latch holds
    [t] = m.reset_latch(ESTOP, Role.OPERATOR, "ana", 2.0)  # nobody acknowledged it
    assert (t.to_state, t.actor) == (AlarmState.RTN_UNACK, "ana")
    assert [a.key for a in m.ordered()] == [ESTOP]  # still listed, for someone to see
    [t] = m.acknowledge(ESTOP, Role.OPERATOR, "ana", 3.0)
    assert t.to_state is AlarmState.NORMAL and m.ordered() == []
    # acknowledged before the reset: the reset returns it to normal at once
    m.update(conds(ESTOP), 4.0)
    m.acknowledge(ESTOP, Role.OPERATOR, "ana", 5.0)
    m.update({}, 6.0)
    [t] = m.reset_latch(ESTOP, Role.OPERATOR, "ana", 7.0)
    assert t.to_state is AlarmState.NORMAL
    assert isinstance(m.reset_latch(ESTOP, Role.OPERATOR, "ana", 8.0), Refusal)


def test_shelving_rules_and_expiry() -> None:
    m = AlarmManager()
    m.update(conds(CHARGER, ESTOP), 0.0)
    assert "technician" in m.shelve(CHARGER, Role.OPERATOR, "ana", "known", 600, 1.0).reason
    assert "reason" in m.shelve(CHARGER, Role.TECHNICIAN, "tec", " ", 600, 1.0).reason
    assert "at most" in m.shelve(CHARGER, Role.TECHNICIAN, "tec", "x", 10 * 3600, 1.0).reason
    assert "may not be shelved" in m.shelve(ESTOP, Role.SUPERVISOR, "sup", "x", 60, 1.0).reason
    [t] = m.shelve(CHARGER, Role.TECHNICIAN, "tec", "charger 3 awaiting part", 900, 1.0)
    assert t.to_state is AlarmState.SHELVED and "awaiting part" in t.reason
    assert CHARGER not in [a.key for a in m.ordered()]
    [t] = m.update(conds(CHARGER, ESTOP), 901.0)
    assert (t.to_state, t.reason) == (AlarmState.UNACK, "shelving expired")


def test_a_restart_forgets_shelving() -> None:
    m = AlarmManager()
    m.update(conds(CHARGER), 0.0)
    m.shelve(CHARGER, Role.TECHNICIAN, "tec", "noisy", 900, 1.0)
    fresh = AlarmManager()  # the console restarted: state is rebuilt from the conditions
    [t] = fresh.update(conds(CHARGER), 2.0)
    assert t.to_state is AlarmState.UNACK


def test_suppressed_by_design_and_out_of_service() -> None:
    m = AlarmManager()
    [t] = m.update(conds(CHARGER), 0.0, suppressed=frozenset({CHARGER}))
    assert t.to_state is AlarmState.SUPPRESSED and m.ordered() == []
    [_, t] = m.update(conds(CHARGER), 1.0)  # the slot has a pack again: suppression lifts
    assert t.to_state is AlarmState.UNACK
    assert "technician" in m.set_out_of_service(CHARGER, Role.OPERATOR, "a", "x", 2.0).reason
    [t] = m.set_out_of_service(CHARGER, Role.TECHNICIAN, "tec", "sensor replaced", 2.0)
    assert t.to_state is AlarmState.OUT_OF_SERVICE and m.ordered() == []
    [t] = m.set_out_of_service(CHARGER, Role.TECHNICIAN, "tec", "", 3.0, in_service=True)
    assert t.to_state is AlarmState.UNACK


def test_pack_flags_are_debounced() -> None:
    m = AlarmManager()
    key = ("PACK_HIGH_TEMPERATURE", "slot 2")
    d = pack_alarm_def(AlarmFlag.HIGH_TEMPERATURE, 2)
    assert d.priority is Priority.MEDIUM and d.debounce_s == 2.0
    assert m.update({key: d}, 0.0) == []
    assert m.update({}, 1.0) == []  # a blip shorter than 2 s never alarms
    assert m.update({key: d}, 2.0) == []
    [t] = m.update({key: d}, 4.5)
    assert t.to_state is AlarmState.UNACK


def test_order_first_out_and_kpis() -> None:
    m = AlarmManager()
    m.update(conds(POS), 0.0)
    m.update(conds(POS, CHARGER), 1.0)
    m.update(conds(POS, CHARGER, ESTOP), 2.0)
    m.acknowledge(ESTOP, Role.OPERATOR, "ana", 3.0)
    order = [a.key for a in m.ordered()]
    assert order == [CHARGER, POS, ESTOP]  # unacknowledged first, then priority; acked last
    assert [a.key for a in m.alarms.values() if a.first_out] == [POS]
    k = m.kpis(10.0)
    assert k["per_10_min"] == 3 and k["peak_per_10_min"] == 3
    assert round(k["high_pct"] + k["medium_pct"] + k["low_pct"]) == 100


def test_unknown_controller_codes_still_alarm() -> None:
    m = AlarmManager()
    [t] = m.update({("FAULT_999", "controller"): None}, 0.0)
    assert t.priority is Priority.MEDIUM
    # the number is in the alarm's name; the cause is a catalogue text, so it is translated
    assert "999" in title("FAULT_999")
    assert m.alarms[("FAULT_999", "controller")].definition.cause == UNKNOWN_CAUSE


class AlarmMachine(RuleBasedStateMachine):
    """Random conditions, suppression and people's actions: the invariants always hold."""

    def __init__(self) -> None:
        super().__init__()
        self.m = AlarmManager()
        self.now = 0.0
        self.active: set[tuple[str, str]] = set()
        self.suppressed: set[tuple[str, str]] = set()

    def _update(self) -> None:
        self.m.update({k: CATALOGUE[k[0]] for k in self.active}, self.now,
                      frozenset(self.suppressed))

    @rule(point=hs.sampled_from(POINTS), on=hs.booleans(), dt=hs.floats(0, 1000))
    def condition(self, point, on, dt) -> None:
        self.now += dt
        (self.active.add if on else self.active.discard)(point)
        self._update()

    @rule(point=hs.sampled_from(POINTS), on=hs.booleans())
    def suppress(self, point, on) -> None:
        (self.suppressed.add if on else self.suppressed.discard)(point)
        self._update()

    @rule(point=hs.sampled_from(POINTS), role=hs.sampled_from(list(Role)),
          action=hs.sampled_from(["ack", "reset", "shelve", "unshelve", "oos", "ios"]),
          duration=hs.floats(1, 20000))
    def act(self, point, role, action, duration) -> None:
        before = self.m.alarms.get(point)
        state = before.state if before else None
        if action == "ack":
            r = self.m.acknowledge(point, role, "p", self.now)
        elif action == "reset":
            r = self.m.reset(point, role, "p", self.now)
        elif action == "shelve":
            r = self.m.shelve(point, role, "p", "because", duration, self.now)
        elif action == "unshelve":
            r = self.m.unshelve(point, role, "p", self.now)
        else:
            r = self.m.set_out_of_service(point, role, "p", "work", self.now,
                                          in_service=action == "ios")
        if isinstance(r, Refusal):
            assert (self.m.alarms.get(point).state if before else None) == state, \
                "a refused action changed nothing"
            assert r.reason

    @invariant()
    def states_agree_with_conditions(self) -> None:
        for a in self.m.alarms.values():
            if a.state is AlarmState.RTN_UNACK:
                assert not a.condition
            if a.state is AlarmState.NORMAL:
                assert not a.condition and not a.awaiting_reset
            if a.state in (AlarmState.UNACK, AlarmState.ACKED) and not a.condition:
                assert a.definition.latched and a.awaiting_reset
            if a.state is AlarmState.SHELVED:
                assert a.definition.shelvable and a.shelved_until is not None

    @invariant()
    def the_list_is_ordered(self) -> None:
        shown = self.m.ordered()
        assert all(a.annunciated for a in shown)
        unack = [a.state in (AlarmState.UNACK, AlarmState.RTN_UNACK) for a in shown]
        assert unack == sorted(unack, reverse=True)


TestAlarmMachine = AlarmMachine.TestCase
# ALARM_EXAMPLES=6000 for a deeper search than the default run's
TestAlarmMachine.settings = settings(
    max_examples=int(os.environ.get("ALARM_EXAMPLES", "300")), stateful_step_count=40,
    deadline=None)


def test_catalogue_is_complete() -> None:
    for d in CATALOGUE.values():
        assert isinstance(d, AlarmDef) and d.cause and d.action


def test_roles_for_acknowledge_and_reset() -> None:
    m = AlarmManager()
    ins, jam = ("INSULATION_LOW", "controller"), ("LOCK_JAM", "controller")
    m.update(conds(ins, jam), 0.0)
    refusal = m.acknowledge(ins, Role.OPERATOR, "ana", 1.0)
    assert isinstance(refusal, Refusal) and "technician" in refusal.reason
    assert m.alarms[ins].state is AlarmState.UNACK
    m.acknowledge(jam, Role.OPERATOR, "ana", 1.0)
    m.update(conds(ins), 2.0)  # the jam is cleared by the technician
    assert "technician" in m.reset(jam, Role.OPERATOR, "ana", 3.0).reason
    [t] = m.reset(jam, Role.TECHNICIAN, "tec", 4.0)
    assert t.to_state is AlarmState.NORMAL
