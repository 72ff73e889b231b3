"""The station's users in their own SQLite file, ``users.db`` beside the journal.

Users change (a PIN is reset, a person leaves), so they are not journal records; every
change to them is, as an audit entry written by whoever made it (the console's session
or ``operator-app users``). The file holds names, roles, and each PIN and badge only as
its salted scrypt hash (``domain.users.hash_secret``); it also holds the sign-in lockout,
so that a restart does not give a guesser fresh tries. The file is made 0600.

Every method opens its own short transaction, so the console and ``operator-app users``
may use the same file; a change is durable when the method returns (synchronous=FULL).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from operator_app.domain.roles import Role
from operator_app.domain.users import (
    MAX_LOCKOUT_S,
    MAX_TRIES,
    T_BADGE_SHORT,
    T_BADGE_TAKEN,
    T_DISABLED,
    T_ENTER_PIN,
    T_LAST_SUPERVISOR,
    T_LOCKED,
    T_LOCKED_NOW,
    T_NAME_TAKEN,
    T_NO_USER,
    T_PIN_TAKEN,
    T_TRAINING_ONLY,
    T_UNKNOWN_BADGE,
    T_WRONG_PIN,
    User,
    UserError,
    check_pin,
    clean_name,
    hash_secret,
    lockout_seconds,
    secret_matches,
)
from operator_app.domain.words import Phrase

FILE_NAME = "users.db"
SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    name TEXT PRIMARY KEY COLLATE NOCASE,
    role INTEGER NOT NULL,
    pin_hash TEXT NOT NULL,
    badge_hash TEXT,
    training INTEGER NOT NULL DEFAULT 0,
    disabled INTEGER NOT NULL DEFAULT 0,
    language TEXT NOT NULL DEFAULT '',
    created REAL NOT NULL,
    changed REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS guard (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    failures INTEGER NOT NULL,
    lockouts INTEGER NOT NULL,
    locked_until REAL NOT NULL
);
INSERT OR IGNORE INTO guard VALUES (1, 0, 0, 0);
"""

# The simulated station's training users (marked training: they never sign in elsewhere).
TRAINING_USERS: tuple[tuple[str, Role, str], ...] = (
    ("Trainee operator", Role.OPERATOR, "1111"),
    ("Trainee technician", Role.TECHNICIAN, "1234"),
    ("Trainee supervisor", Role.SUPERVISOR, "9876"),
)


@dataclass(frozen=True)
class Guard:
    """The sign-in lockout: wrong PINs in a row, lockouts since the last good sign-in."""

    failures: int = 0
    lockouts: int = 0
    locked_until: float = 0.0  # wall clock, s


class UserStore:
    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(path)
        self.clock = clock
        new = not self.path.exists()
        db = sqlite3.connect(self.path, timeout=10)
        try:
            db.executescript(SCHEMA)  # its own transaction (executescript commits first)
        finally:
            db.close()
        if new:
            with contextlib.suppress(OSError):
                os.chmod(self.path, 0o600)

    @classmethod
    def in_directory(cls, directory: Path, clock: Callable[[], float] = time.time) -> UserStore:
        return cls(Path(directory) / FILE_NAME, clock)

    @contextlib.contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        try:
            db.execute("PRAGMA synchronous=FULL")
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
        finally:
            db.close()

    # --- reading -------------------------------------------------------------------------------

    @staticmethod
    def _user(row: tuple) -> User:
        name, role, badge, training, disabled, language = row
        return User(name, Role(role), bool(training), bool(disabled), badge is not None,
                    language)

    _COLUMNS = "name, role, badge_hash, training, disabled, language"

    def users(self) -> list[User]:
        """Every user, enabled first, by role (supervisors first) and name."""
        with self._db() as db:
            rows = db.execute(f"SELECT {self._COLUMNS} FROM users ORDER BY disabled, role DESC, "
                              "name").fetchall()
        return [self._user(r) for r in rows]

    def get(self, name: str) -> User | None:
        with self._db() as db:
            row = db.execute(f"SELECT {self._COLUMNS} FROM users WHERE name = ?",
                             (name.strip(),)).fetchone()
        return self._user(row) if row else None

    def _need(self, db: sqlite3.Connection, name: str) -> tuple:
        row = db.execute(f"SELECT {self._COLUMNS}, pin_hash FROM users WHERE name = ?",
                         (name.strip(),)).fetchone()
        if row is None:
            raise UserError(Phrase(T_NO_USER, (name.strip(),)))
        return row

    def has_supervisor(self, training: bool = False) -> bool:
        """An enabled supervisor exists (a training one counts only when ``training``)."""
        with self._db() as db:
            return db.execute(
                "SELECT 1 FROM users WHERE role = ? AND disabled = 0 AND (training = 0 OR ?)",
                (int(Role.SUPERVISOR), int(training))).fetchone() is not None

    # --- changing ------------------------------------------------------------------------------

    def _pin_taken(self, db: sqlite3.Connection, pin: str, but: str = "") -> bool:
        rows = db.execute("SELECT pin_hash FROM users WHERE disabled = 0 AND name != ?",
                          (but,)).fetchall()
        return any(secret_matches(pin, h) for (h,) in rows)

    def _badge_taken(self, db: sqlite3.Connection, badge: str, but: str = "") -> bool:
        rows = db.execute("SELECT badge_hash FROM users WHERE badge_hash IS NOT NULL AND "
                          "name != ?", (but,)).fetchall()
        return any(secret_matches(badge, h) for (h,) in rows)

    def add(self, name: str, role: Role, pin: str, badge: str = "",
            training: bool = False) -> User:
        """A new user; UserError when the name is taken or wrong, or the PIN may not be."""
        name = clean_name(name)
        check_pin(pin, training)
        badge = badge.strip()
        if badge and len(badge) < 4:
            raise UserError(Phrase(T_BADGE_SHORT))
        now = self.clock()
        with self._db() as db:
            if db.execute("SELECT 1 FROM users WHERE name = ?", (name,)).fetchone():
                raise UserError(Phrase(T_NAME_TAKEN, (name,)))
            if self._pin_taken(db, pin):
                raise UserError(Phrase(T_PIN_TAKEN))
            if badge and self._badge_taken(db, badge):
                raise UserError(Phrase(T_BADGE_TAKEN))
            db.execute("INSERT INTO users (name, role, pin_hash, badge_hash, training, created, "
                       "changed) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       (name, int(role), hash_secret(pin),
                        hash_secret(badge) if badge else None, int(training), now, now))
        return User(name, role, training, False, bool(badge))

    def set_pin(self, name: str, pin: str) -> None:
        with self._db() as db:
            row = self._need(db, name)
            check_pin(pin, bool(row[3]))
            if self._pin_taken(db, pin, but=row[0]):
                raise UserError(Phrase(T_PIN_TAKEN))
            db.execute("UPDATE users SET pin_hash = ?, changed = ? WHERE name = ?",
                       (hash_secret(pin), self.clock(), row[0]))

    def set_badge(self, name: str, badge: str) -> None:
        """A new badge for ``name``; an empty one takes the badge away."""
        badge = badge.strip()
        if badge and len(badge) < 4:
            raise UserError(Phrase(T_BADGE_SHORT))
        with self._db() as db:
            row = self._need(db, name)
            if badge and self._badge_taken(db, badge, but=row[0]):
                raise UserError(Phrase(T_BADGE_TAKEN))
            db.execute("UPDATE users SET badge_hash = ?, changed = ? WHERE name = ?",
                       (hash_secret(badge) if badge else None, self.clock(), row[0]))

    def _last_supervisor(self, db: sqlite3.Connection, name: str, training: bool) -> bool:
        """No other enabled supervisor would be left to manage users: for a real one, no
        other real one (training users never sign in on a real station); for a training
        one, no other at all (the simulated station would have nobody to manage them)."""
        (others,) = db.execute(
            "SELECT COUNT(*) FROM users WHERE role = ? AND disabled = 0 AND (training = 0 OR ?)"
            " AND name != ?", (int(Role.SUPERVISOR), int(training), name)).fetchone()
        return others == 0

    def set_role(self, name: str, role: Role) -> None:
        with self._db() as db:
            row = self._need(db, name)
            if (row[1] == Role.SUPERVISOR and role is not Role.SUPERVISOR
                    and self._last_supervisor(db, row[0], bool(row[3]))):
                raise UserError(Phrase(T_LAST_SUPERVISOR, (row[0],)))
            db.execute("UPDATE users SET role = ?, changed = ? WHERE name = ?",
                       (int(role), self.clock(), row[0]))

    def set_disabled(self, name: str, disabled: bool) -> None:
        """Disable (or enable again) ``name``; the last supervisor stays enabled."""
        with self._db() as db:
            row = self._need(db, name)
            if (disabled and row[1] == Role.SUPERVISOR
                    and self._last_supervisor(db, row[0], bool(row[3]))):
                raise UserError(Phrase(T_LAST_SUPERVISOR, (row[0],)))
            db.execute("UPDATE users SET disabled = ?, changed = ? WHERE name = ?",
                       (int(disabled), self.clock(), row[0]))

    def set_language(self, name: str, code: str) -> None:
        with self._db() as db:
            db.execute("UPDATE users SET language = ? WHERE name = ?", (code, name))

    def add_training_users(self) -> list[User]:
        """The simulated station's training users, where none of them is yet."""
        made = []
        for name, role, pin in TRAINING_USERS:
            if self.get(name) is None:
                made.append(self.add(name, role, pin, training=True))
        return made

    # --- signing in ----------------------------------------------------------------------------

    def guard(self) -> Guard:
        with self._db() as db:
            return Guard(*db.execute("SELECT failures, lockouts, locked_until FROM guard")
                         .fetchone())

    def _locked(self, db: sqlite3.Connection, now: float) -> None:
        (until,) = db.execute("SELECT locked_until FROM guard").fetchone()
        if until > now + MAX_LOCKOUT_S:  # the clock was set back: never longer than the most
            until = now + MAX_LOCKOUT_S
            db.execute("UPDATE guard SET locked_until = ?", (until,))
        if now < until:
            raise UserError(Phrase(T_LOCKED, (f"{until - now:.0f}",)))

    def _failed(self, db: sqlite3.Connection, now: float) -> Phrase:
        failures, lockouts = db.execute("SELECT failures, lockouts FROM guard").fetchone()
        failures += 1
        if failures >= MAX_TRIES:
            lockouts += 1
            wait = lockout_seconds(lockouts)
            db.execute("UPDATE guard SET failures = 0, lockouts = ?, locked_until = ?",
                       (lockouts, now + wait))
            return Phrase(T_LOCKED_NOW, (str(MAX_TRIES), f"{wait:.0f}"))
        db.execute("UPDATE guard SET failures = ?", (failures,))
        return Phrase(T_WRONG_PIN, (str(failures), str(MAX_TRIES)))

    def sign_in(self, name: str, pin: str, simulated: bool = False) -> User:
        """The user whose name and PIN these are; UserError (counted) when they are not.

        A wrong PIN, an unknown name and a disabled user count alike toward the lockout,
        and the first two read the same, so that the PIN pad tells a guesser nothing.
        """
        if not pin:
            raise UserError(Phrase(T_ENTER_PIN))
        now = self.clock()
        with self._db() as db:
            self._locked(db, now)
            row = db.execute(f"SELECT {self._COLUMNS}, pin_hash FROM users WHERE name = ?",
                             (name.strip(),)).fetchone()
            if row is None or not secret_matches(pin, row[6]):
                refusal: Phrase | User = self._failed(db, now)
            else:
                refusal = self._admit(db, row, simulated)
        if not isinstance(refusal, User):
            raise UserError(refusal)
        return refusal

    def sign_in_badge(self, badge: str, simulated: bool = False) -> User:
        """The user whose badge this is; UserError (counted) when it is no one's."""
        badge = badge.strip()
        now = self.clock()
        with self._db() as db:
            self._locked(db, now)
            rows = db.execute(f"SELECT {self._COLUMNS}, badge_hash FROM users WHERE "
                              "badge_hash IS NOT NULL").fetchall()
            row = next((r for r in rows if secret_matches(badge, r[6])), None)
            if row is None:
                self._failed(db, now)
                refusal: Phrase | User = Phrase(T_UNKNOWN_BADGE)
            else:
                refusal = self._admit(db, row, simulated)
        if not isinstance(refusal, User):
            raise UserError(refusal)
        return refusal

    def _admit(self, db: sqlite3.Connection, row: tuple, simulated: bool) -> User | Phrase:
        """The user whose PIN or badge matched, unless disabled or training only; a good
        sign-in ends the lockout's growing."""
        user = self._user(row[:6])
        if user.disabled:
            return Phrase(T_DISABLED, (user.name,))
        if user.training and not simulated:
            return Phrase(T_TRAINING_ONLY, (user.name,))
        db.execute("UPDATE guard SET failures = 0, lockouts = 0, locked_until = 0")
        return user
