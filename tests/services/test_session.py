"""PIN sign-in: roles, counted wrong PINs, lockout, audit, falling back to the operator."""

from __future__ import annotations

from operator_app.domain.roles import Role
from operator_app.services.session import LOCKOUT_S, MAX_TRIES, Session
from tests.services.recording_port import Sink


def test_sign_in_roles_lockout_and_audit(qtbot) -> None:
    now = [1000.0]
    port = Sink()
    records = port.calls
    s = Session({Role.TECHNICIAN: "1111", Role.SUPERVISOR: "2222"}, port,
                clock=lambda: now[0])
    assert s.sign_in("") == "enter the PIN first"
    assert s.sign_in("9999") == f"wrong PIN (1 of {MAX_TRIES} tries)"
    assert s.sign_in("2222") is None and s.role is Role.SUPERVISOR
    s.sign_out()
    assert s.role is Role.OPERATOR
    for _ in range(MAX_TRIES - 1):
        s.sign_in("0000")
    assert "locked" in (s.sign_in("0000") or "")
    assert "try again in 60 s" in (s.sign_in("1111") or "")  # even the right PIN waits
    now[0] += LOCKOUT_S + 1
    assert s.sign_in("1111") is None and s.role is Role.TECHNICIAN
    actions = [r[3] for r in records if r[0] == "audit"]
    assert actions == ["sign in", "sign out", "sign in"]
    assert sum(1 for r in records if r[1:2] == ("console.signin_refused",)) == MAX_TRIES + 1


def test_check_for_one_action_does_not_leave_a_role_signed_in(qtbot) -> None:
    s = Session({Role.TECHNICIAN: "1111"})
    assert s.check("1111", Role.TECHNICIAN) is None
    assert s.role is Role.OPERATOR
    assert s.check("1111", Role.SUPERVISOR) == "that PIN is not a supervisor's"


def test_without_pins_sign_in_says_how_to_configure(qtbot) -> None:
    assert "technician_pin" in (Session({}).sign_in("1234") or "")
