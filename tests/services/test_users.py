"""People, not shared PINs: users with names, roles and scrypt-hashed PINs; the growing
lockout kept across restarts; sign-in, sign-out and user changes in the real journal's
audit chain with who; the commissioning command line."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from operator_app.domain.roles import Role
from operator_app.domain.users import (
    FIRST_LOCKOUT_S,
    MAX_LOCKOUT_S,
    MAX_TRIES,
    SCRYPT_N,
    UserError,
    check_pin,
    lockout_seconds,
)
from operator_app.services.session import Session
from operator_app.storage.db import open_journal
from operator_app.storage.journal import Journal
from operator_app.storage.users import TRAINING_USERS, UserStore
from tests.people import OPER, OPER_PIN, PIN, SUPER, SUPER_PIN, TECH, people_store
from tests.services.recording_port import Sink


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


class RealPort:
    """The journal port over a real journal file: audit rows land in its sealed chain."""

    def __init__(self, directory: Path) -> None:
        self.db, _ = open_journal(directory)
        self.journal = Journal(self.db)

    def audit(self, entry) -> None:
        self.journal.audit(entry.actor, entry.role, entry.action, entry.detail)

    def event(self, kind, data) -> None:  # the session writes only audit rows
        raise AssertionError(kind)

    def rows(self) -> list[tuple]:
        return self.db.execute("SELECT actor, role, action, detail FROM audit ORDER BY id"
                               ).fetchall()


def test_pin_rules() -> None:
    for bad in ("", "123", "123456789", "12a4", "1111", "123456", "987654", "0000"):
        with pytest.raises(UserError):
            check_pin(bad)
    check_pin("482915")
    check_pin("1234", training=True)  # a training user's PIN may be easy


def test_no_pin_nor_a_fast_hash_of_it_is_anywhere_on_disk(tmp_path: Path, qtbot) -> None:
    store = UserStore.in_directory(tmp_path)
    pin, badge = "482915", "04A1B2C3D4"
    store.add("Ana Souza", Role.TECHNICIAN, pin, badge=badge)
    port = RealPort(tmp_path)
    s = Session(store, port)
    assert s.sign_in("Ana Souza", pin) is None and s.sign_in_badge(badge) is None
    assert s.sign_in("Ana Souza", "135792") is not None  # a wrong one is not kept either
    port.db.close()
    blob = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    for secret in (pin, badge, "135792"):
        forms = [secret.encode(), secret.encode().hex().encode()]
        for algo in ("md5", "sha1", "sha256", "sha512"):
            digest = hashlib.new(algo, secret.encode())
            forms += [digest.hexdigest().encode(), digest.digest()]
        for form in forms:
            assert form not in blob, (secret, form)
    with UserStore.in_directory(tmp_path)._db() as db:
        (stored,) = db.execute("SELECT pin_hash FROM users").fetchone()
    kind, n, _r, _p, salt, _digest = stored.split("$")
    assert kind == "scrypt" and int(n) >= 2**14 and int(n) == SCRYPT_N and len(salt) == 32
    # the salt is the user's own: the same PIN elsewhere hashes otherwise
    (tmp_path / "other").mkdir()
    other = UserStore.in_directory(tmp_path / "other")
    other.add("Ana Souza", Role.TECHNICIAN, pin)
    with other._db() as db:
        (theirs,) = db.execute("SELECT pin_hash FROM users").fetchone()
    assert theirs != stored
    if sys.platform.startswith("linux"):
        assert (tmp_path / "users.db").stat().st_mode & 0o077 == 0  # 0600


def test_users_are_named_roles_and_two_people_never_share_a_pin(tmp_path: Path) -> None:
    store = people_store(tmp_path)
    with pytest.raises(UserError, match="another user has that PIN"):
        store.add("New Person", Role.OPERATOR, PIN)  # the technician's: refused, any role
    with pytest.raises(UserError, match="already a user called"):
        store.add("tess  TECH", Role.OPERATOR, "135792")  # names: one space, any case
    with pytest.raises(UserError, match="letters, digits"):
        store.add("Robert'); DROP TABLE users;--", Role.OPERATOR, "135792")
    with pytest.raises(UserError, match="another user has that PIN"):
        store.set_pin(OPER, SUPER_PIN)
    store.set_pin(OPER, "135792")
    assert store.sign_in(OPER, "135792").role is Role.OPERATOR
    with pytest.raises(UserError, match="last supervisor"):
        store.set_disabled(SUPER, True)
    with pytest.raises(UserError, match="last supervisor"):
        store.set_role(SUPER, Role.TECHNICIAN)
    store.set_role(TECH, Role.SUPERVISOR)
    store.set_disabled(SUPER, True)  # another supervisor now: allowed
    with pytest.raises(UserError, match="disabled"):
        store.sign_in(SUPER, SUPER_PIN)
    names = [(u.name, u.role, u.disabled) for u in store.users() if not u.training]
    assert names == [(TECH, Role.SUPERVISOR, False), (OPER, Role.OPERATOR, False),
                     (SUPER, Role.SUPERVISOR, True)]


def test_the_simulated_station_keeps_a_supervisor_too(tmp_path: Path) -> None:
    """With only the training users, the training supervisor is the last one: it can be
    neither disabled nor demoted (nobody would be left to manage users); once a real
    supervisor exists it can, and that real one still cannot."""
    store = UserStore.in_directory(tmp_path)
    store.add_training_users()
    trainee = next(u.name for u in store.users() if u.role is Role.SUPERVISOR)
    with pytest.raises(UserError, match="last supervisor"):
        store.set_disabled(trainee, True)
    with pytest.raises(UserError, match="last supervisor"):
        store.set_role(trainee, Role.OPERATOR)
    store.add(SUPER, Role.SUPERVISOR, SUPER_PIN)
    store.set_disabled(trainee, True)
    with pytest.raises(UserError, match="last supervisor"):
        store.set_disabled(SUPER, True)  # a training one never counts for a real one


def test_training_users_sign_in_only_on_the_simulated_station(tmp_path: Path, qtbot) -> None:
    store = UserStore.in_directory(tmp_path)
    sim = Session(store, Sink(), simulated=True)
    assert {(u.name, u.role, u.training) for u in sim.users()} == {
        (name, role, True) for name, role, _ in TRAINING_USERS}
    name, _, pin = TRAINING_USERS[1]
    assert sim.sign_in(name, pin) is None and sim.role is Role.TECHNICIAN
    real = Session(store, Sink(), simulated=False)
    assert real.users() == [] and real.needs_supervisor()  # training ones do not count
    assert "training users sign in on the simulated station only" in \
        real.sign_in(name, pin).english()


def test_lockout_grows_and_survives_a_restart(tmp_path: Path, qtbot) -> None:
    clock = Clock()
    store = people_store(tmp_path)
    store.clock = clock
    s = Session(store, Sink())
    said = [s.sign_in(TECH, "000000").english() for _ in range(MAX_TRIES)]
    assert said[0] == f"wrong PIN (1 of {MAX_TRIES} tries)"
    assert said[-1] == f"wrong PIN, {MAX_TRIES} times: sign-in is locked for " \
        f"{FIRST_LOCKOUT_S:.0f} s"
    # the console restarts: a new store and session on the same file, the lock still holds
    again = UserStore.in_directory(tmp_path, clock)
    s2 = Session(again, Sink())
    assert "locked for 30 s" in s2.sign_in(TECH, PIN).english()  # even the right PIN waits
    clock.now += FIRST_LOCKOUT_S + 1
    for _ in range(MAX_TRIES):
        last = s2.sign_in(TECH, "000000").english()
    assert f"locked for {2 * FIRST_LOCKOUT_S:.0f} s" in last  # the second lockout: twice
    clock.now += 2 * FIRST_LOCKOUT_S + 1
    assert s2.sign_in(TECH, PIN) is None  # a good sign-in ends the growing
    assert again.guard().lockouts == 0 and again.guard().failures == 0
    assert lockout_seconds(1) == FIRST_LOCKOUT_S and lockout_seconds(30) == MAX_LOCKOUT_S


def test_a_clock_set_back_never_locks_longer_than_the_longest_lockout(tmp_path: Path) -> None:
    clock = Clock()
    store = people_store(tmp_path)
    store.clock = clock
    for _ in range(MAX_TRIES):
        with pytest.raises(UserError):
            store.sign_in(TECH, "000000")
    clock.now -= 10 * 86400  # the terminal's clock went back ten days
    with pytest.raises(UserError, match="locked for 900 s"):
        store.sign_in(TECH, PIN)


def test_the_audit_chain_names_who_for_every_step(tmp_path: Path, qtbot) -> None:
    store = people_store(tmp_path)
    port = RealPort(tmp_path)
    s = Session(store, port)
    assert s.actor == "operator" and s.role is Role.OPERATOR
    assert s.sign_in(SUPER, "111222") is not None
    assert s.sign_in(SUPER, SUPER_PIN) is None and s.actor == SUPER
    assert s.add_user("Ana Souza", Role.TECHNICIAN, "482915", "482916") is not None
    assert s.add_user("Ana Souza", Role.TECHNICIAN, "482915", "482915") is None
    assert s.reset_pin("Ana Souza", "572913", "572913") is None
    assert s.set_role("Ana Souza", Role.SUPERVISOR) is None
    assert s.set_disabled("Ana Souza", True) is None
    s.sign_out()
    assert s.sign_in(TECH, PIN) is None
    refused = s.add_user("Bo", Role.OPERATOR, "573920", "573920")
    assert refused is not None and refused.english() == "only a supervisor manages users"
    s.sign_out("end of shift")
    rows = [(a, r, act) for a, r, act, _ in port.rows()]
    assert rows == [
        (SUPER, "NONE", "sign-in refused"),
        (SUPER, "SUPERVISOR", "sign in"),
        (SUPER, "SUPERVISOR", "user add"),
        (SUPER, "SUPERVISOR", "user reset pin"),
        (SUPER, "SUPERVISOR", "user role"),
        (SUPER, "SUPERVISOR", "user disable"),
        (SUPER, "SUPERVISOR", "sign out"),
        (TECH, "TECHNICIAN", "sign in"),
        (TECH, "TECHNICIAN", "sign out"),
    ]
    details = [d for *_, d in port.rows()]
    assert '"user":"Ana Souza"' in details[2] and '"role":"technician"' in details[2]
    assert "end of shift" in details[-1]
    assert all("482915" not in d and "572913" not in d for d in details)


def test_a_lockout_is_audited(tmp_path: Path, qtbot) -> None:
    port = RealPort(tmp_path)
    s = Session(people_store(tmp_path), port)
    for _ in range(MAX_TRIES):
        s.sign_in(OPER, "000000")
    actions = [act for _, _, act, _ in port.rows()]
    assert actions == ["sign-in refused"] * (MAX_TRIES - 1) + ["sign-in locked"]


def test_signed_out_after_inactivity_and_kept_by_touches(tmp_path: Path, qtbot) -> None:
    port = RealPort(tmp_path)
    s = Session(people_store(tmp_path), port, sign_out_s=0.4)
    assert s.sign_in(OPER, OPER_PIN) is None
    for _ in range(4):  # touches every 0.2 s keep them signed in past 0.4 s
        qtbot.wait(200)
        s.touched()
    assert s.user is not None
    qtbot.waitUntil(lambda: s.user is None, timeout=3000)
    assert port.rows()[-1][:3] == (OPER, "OPERATOR", "sign out")
    assert "no touch" in port.rows()[-1][3]


def test_badge_sign_in(tmp_path: Path, qtbot) -> None:
    store = people_store(tmp_path)
    s = Session(store, Sink())
    assert s.sign_in(SUPER, SUPER_PIN) is None
    assert s.set_badge(TECH, "BADGE-7781") is None
    assert s.set_badge(OPER, "BADGE-7781").english() == "another user has that badge"
    s.sign_out()
    assert s.sign_in_badge("BADGE-0000").english() == "that badge belongs to no user"
    assert s.sign_in_badge("BADGE-7781") is None and s.actor == TECH


def test_the_first_start_makes_the_supervisor(tmp_path: Path, qtbot) -> None:
    port = RealPort(tmp_path)
    s = Session(UserStore.in_directory(tmp_path), port)
    assert s.needs_supervisor()
    assert s.create_first_supervisor("Mei Chan", "482915", "482915") is None
    assert not s.needs_supervisor() and s.actor == "Mei Chan" and s.role is Role.SUPERVISOR
    assert s.create_first_supervisor("Other", "572913", "572913") is not None  # once only
    assert [r[2] for r in port.rows()] == ["user add", "sign in"]


def users_cli(*args: str, stdin: str = "", data: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "operator_app", "users", *args,
                           "--data-dir", str(data)], input=stdin, capture_output=True,
                          text=True, timeout=60)


def test_the_commissioning_command_line(tmp_path: Path) -> None:
    got = users_cli("add", "Mei Chan", "--role", "supervisor", stdin="482915\n482915\n",
                    data=tmp_path)
    assert got.returncode == 0, got.stderr
    assert got.stdout == "users: Mei Chan added as supervisor\n"
    got = users_cli("add", "Ana", "--role", "technician", "572913", data=tmp_path)
    assert got.returncode == 2 and "never given on the command line" in got.stderr
    got = users_cli("add", "Ana", "--role", "technician", "--pin=572913", data=tmp_path)
    assert got.returncode == 2 and "never given on the command line" in got.stderr
    assert "572913" not in got.stderr
    got = users_cli("add", "Ana", "--role", "technician", stdin="572913\n572914\n",
                    data=tmp_path)
    assert got.returncode == 2 and "the two PINs differ" in got.stderr
    got = users_cli("add", "Ana", "--role", "technician", stdin="482915\n482915\n",
                    data=tmp_path)
    assert got.returncode == 2 and "another user has that PIN" in got.stderr
    got = users_cli("add", "Ana", "--role", "technician", stdin="572913\n", data=tmp_path)
    assert got.returncode == 2 and "not given twice" in got.stderr
    assert users_cli("add", "Ana", "--role", "technician", stdin="572913\n572913\n",
                     data=tmp_path).returncode == 0
    assert users_cli("reset-pin", "ana", stdin="663910\n663910\n",
                     data=tmp_path).returncode == 0
    assert users_cli("disable", "Mei Chan", data=tmp_path).returncode == 2  # last supervisor
    assert users_cli("disable", "Ana", data=tmp_path).returncode == 0
    listed = users_cli("list", data=tmp_path)
    assert listed.stdout == "Mei Chan\tsupervisor\nAna\ttechnician\tdisabled\n"
    store = UserStore.in_directory(tmp_path)
    assert store.get("Ana").disabled
    store.set_disabled("Ana", False)
    assert store.sign_in("Ana", "663910").name == "Ana"
    db, _ = open_journal(tmp_path)
    audit = db.execute("SELECT actor, role, action, detail FROM audit ORDER BY id").fetchall()
    db.close()
    assert [(r[1], r[2]) for r in audit] == [("COMMISSIONING", "user add"),
                                             ("COMMISSIONING", "user add"),
                                             ("COMMISSIONING", "user reset pin"),
                                             ("COMMISSIONING", "user disable")]
    assert all(r[0].endswith("(operator-app users)") for r in audit)
    assert '"user":"Ana"' in audit[2][3]  # the name as kept, not as typed


def test_the_command_line_refuses_while_a_console_holds_the_journal(tmp_path: Path) -> None:
    from operator_app.storage.db import JournalLock

    lock = JournalLock.acquire(tmp_path)
    try:
        got = users_cli("add", "Mei Chan", "--role", "supervisor",
                        stdin="482915\n482915\n", data=tmp_path)
    finally:
        lock.release()
    assert got.returncode == 2 and "a console is running" in got.stderr
    assert UserStore.in_directory(tmp_path).users() == []  # nothing changed unaudited
