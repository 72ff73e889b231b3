"""First out: the first alarm of a cascade, and only of a cascade (FIRST_OUT_WINDOW_S)."""

from __future__ import annotations

from operator_app.domain.alarms import (
    ABORTED_IN_BAY,
    CATALOGUE,
    FIRST_OUT_WINDOW_S,
    AlarmManager,
    AlarmState,
    Priority,
    title,
)
from operator_app.domain.roles import Role

ESTOP = ("ESTOP", "controller")
CHARGER = ("CHARGER_FAULT", "slot 3")
POS = ("POSITIONING_FAILED", "controller")
LINK = ("LINK_LOST", "link")


def conds(*keys):
    return {k: CATALOGUE[k[0]] for k in keys}


def first_outs(m: AlarmManager) -> list[tuple[str, str]]:
    return [a.key for a in m.alarms.values() if a.first_out]


def test_the_window_is_a_few_seconds() -> None:
    assert 1.0 <= FIRST_OUT_WINDOW_S <= 5.0
    assert AlarmManager().first_out_window_s == FIRST_OUT_WINDOW_S


def test_an_alarm_raised_alone_is_not_first_out() -> None:
    m = AlarmManager()
    [t] = m.update(conds(CHARGER), 0.0)
    assert not t.first_out
    m.update(conds(CHARGER), 100.0)  # time passes, nothing else is raised
    assert first_outs(m) == []


def test_an_unrelated_alarm_24_s_later_marks_neither() -> None:
    m = AlarmManager()
    m.update(conds(CHARGER), 0.0)
    out = m.update(conds(CHARGER, ESTOP), 24.0)
    assert [t.code for t in out] == ["ESTOP"] and not out[0].first_out
    assert first_outs(m) == []


def test_the_first_of_a_cascade_becomes_first_out_when_the_second_follows() -> None:
    m = AlarmManager()
    [raised] = m.update(conds(ESTOP), 0.0)
    assert not raised.first_out and first_outs(m) == []  # alone so far
    second, mark = m.update(conds(ESTOP, POS), 1.5)
    assert (second.code, second.first_out) == ("POSITIONING_FAILED", False)
    # the mark is journaled as a transition of the first alarm, in its own state
    assert (mark.code, mark.occurrence, mark.first_out) == ("ESTOP", raised.occurrence, True)
    assert mark.from_state is mark.to_state is AlarmState.UNACK
    assert mark.reason.startswith("first out: POSITIONING_FAILED")
    assert first_outs(m) == [ESTOP]
    # a third within the window of the second joins the same cascade: still one first out
    out = m.update(conds(ESTOP, POS, CHARGER), 1.5 + FIRST_OUT_WINDOW_S)
    assert [t.code for t in out] == ["CHARGER_FAULT"] and not out[0].first_out
    assert first_outs(m) == [ESTOP]
    # its later transitions carry the mark, until the occurrence ends
    [acked] = m.acknowledge(ESTOP, Role.OPERATOR, "ana", 10.0)
    assert acked.first_out
    m.update(conds(POS, CHARGER), 11.0)  # the E-stop is latched: it waits for a reset
    [reset] = m.reset(ESTOP, Role.OPERATOR, "ana", 12.0)
    assert reset.to_state is AlarmState.NORMAL and reset.first_out
    assert first_outs(m) == []  # the occurrence is over


def test_a_second_alarm_just_outside_the_window_starts_a_new_group() -> None:
    m = AlarmManager()
    m.update(conds(ESTOP), 0.0)
    m.update(conds(ESTOP, POS), FIRST_OUT_WINDOW_S + 0.5)
    assert first_outs(m) == []
    m.update(conds(ESTOP, POS, CHARGER), FIRST_OUT_WINDOW_S + 1.0)  # POS's cascade
    assert first_outs(m) == [POS]


def test_the_same_alarm_flapping_is_not_a_cascade() -> None:
    m = AlarmManager()
    m.update(conds(CHARGER), 0.0)
    m.update({}, 0.5)  # returned to normal, unacknowledged
    m.update(conds(CHARGER), 1.0)  # raised again within the window: still alone
    assert m.alarms[CHARGER].state is AlarmState.UNACK
    assert first_outs(m) == []


def test_the_first_alarm_gone_before_the_second_marks_nothing() -> None:
    m = AlarmManager()
    m.update(conds(CHARGER), 0.0)
    m.update({}, 0.5)
    m.acknowledge(CHARGER, Role.OPERATOR, "ana", 0.6)  # cleared and acknowledged: normal
    out = m.update(conds(LINK), 1.0)
    assert [t.code for t in out] == ["LINK_LOST"]
    assert first_outs(m) == []


def test_a_cleared_first_alarm_still_is_first_out() -> None:
    """The usual first out: a short trip that set off the rest, cleared but unacknowledged."""
    m = AlarmManager()
    m.update(conds(CHARGER), 0.0)
    m.update({}, 0.5)
    m.update(conds(ESTOP), 1.0)
    assert m.alarms[CHARGER].state is AlarmState.RTN_UNACK
    assert first_outs(m) == [CHARGER]


def test_an_abort_with_a_vehicle_in_the_bay_is_medium() -> None:
    d = CATALOGUE[ABORTED_IN_BAY]
    assert CATALOGUE["ABORTED"].priority is Priority.LOW
    assert d.priority is Priority.MEDIUM and d.priority < CATALOGUE["ABORTED"].priority
    assert "vehicle" in d.cause and d.action
    assert title(ABORTED_IN_BAY) == "Swap aborted, vehicle in bay"
    assert title("ABORTED") == "Swap aborted"


def test_titles_are_sentence_case() -> None:
    for code in CATALOGUE:
        name = title(code)
        assert name[0].isupper(), name
        for word in name.split()[1:]:  # later words lower case, but for abbreviations
            assert word.islower() or word in ("HV", "BMS", "SoC", "SoH", "DC-DC", "E-stop"), name
