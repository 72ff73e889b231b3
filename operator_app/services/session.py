"""Who is at the console: a person signed in by name and PIN (or badge), or nobody.

Nobody signed in is the anonymous operator (``actor`` "operator"), unless the station
asks operators to sign in by name (``operators_sign_in``): then a swap carries the
name of whoever started it. Users live in ``storage.users.UserStore``; this service
signs people in and out, keeps the inactivity sign-out, lets a supervisor manage
users, and writes each of those steps to the journal's audit chain with who did it.

A real station with no supervisor yet asks for one at the first start
(``needs_supervisor``); a simulated one brings its training users, who never sign in
on a real station.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal

from operator_app.domain.recovery import ROLE_WORDS, T_NEEDS_ROLE
from operator_app.domain.roles import Role
from operator_app.domain.users import (
    SIGN_OUT_S,
    T_LOCKED_NOW,
    T_NO_USERS_FILE,
    T_NOT_SUPERVISOR,
    T_PIN_MISMATCH,
    User,
    UserError,
)
from operator_app.domain.words import Phrase
from operator_app.storage.port import AuditEntry, JournalPort, NoJournal
from operator_app.storage.users import UserStore

log = logging.getLogger(__name__)
ANONYMOUS = "operator"


class Session(QObject):
    changed = Signal()
    users_changed = Signal()

    def __init__(self, users: UserStore | None, journal: JournalPort | None = None,
                 simulated: bool = False, sign_out_s: float = SIGN_OUT_S,
                 operators_sign_in: bool = False, unavailable: str = "",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = users
        self.unavailable = unavailable or ("" if users is not None else "no user file")
        self.journal: JournalPort = journal or NoJournal()
        self.simulated = simulated
        self.operators_sign_in = operators_sign_in
        self.sign_out_s = sign_out_s
        self.user: User | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # a method, not a lambda holding ``self``: a session let go is freed with its timer
        self._timer.timeout.connect(self._idle)
        if users is not None and simulated:
            users.add_training_users()

    # --- who ---------------------------------------------------------------------------------

    @property
    def role(self) -> Role:
        return self.user.role if self.user is not None else Role.OPERATOR

    @property
    def actor(self) -> str:
        return self.user.name if self.user is not None else ANONYMOUS

    def users(self) -> list[User]:
        """Who may sign in here: enabled users (training users only on the simulated station)."""
        if self.store is None:
            return []
        return [u for u in self.store.users()
                if not u.disabled and (self.simulated or not u.training)]

    def needs_supervisor(self) -> bool:
        """A real station whose user file has no supervisor yet: the first start makes one."""
        return self.store is not None and not self.store.has_supervisor(self.simulated)

    def unavailable_phrase(self) -> Phrase:
        return Phrase(T_NO_USERS_FILE, (self.unavailable,))

    def _store(self) -> UserStore:
        if self.store is None:
            raise UserError(Phrase(T_NO_USERS_FILE, (self.unavailable,)))
        return self.store

    def _audit(self, action: str, detail: dict, actor: str = "", role: str = "") -> None:
        self.journal.audit(AuditEntry(actor or self.actor, role or self.role.name, action,
                                      detail))

    # --- signing in and out ------------------------------------------------------------------

    def sign_in(self, name: str, pin: str) -> Phrase | None:
        """Sign ``name`` in with ``pin``; None when it worked, else why not, in words."""
        try:
            user = self._store().sign_in(name, pin, self.simulated)
        except UserError as exc:
            self._refused(name, exc.phrase, "PIN")
            return exc.phrase
        self._signed_in(user, "PIN")
        return None

    def sign_in_badge(self, badge: str) -> Phrase | None:
        try:
            user = self._store().sign_in_badge(badge, self.simulated)
        except UserError as exc:
            self._refused("", exc.phrase, "badge")
            return exc.phrase
        self._signed_in(user, "badge")
        return None

    def _refused(self, name: str, why: Phrase, by: str) -> None:
        if self.store is None:
            return
        action = "sign-in locked" if why.text == T_LOCKED_NOW else "sign-in refused"
        self._audit(action, {"name": name, "by": by, "reason": why.english()},
                    actor=name or "unknown badge", role="NONE")

    def _signed_in(self, user: User, by: str) -> None:
        if self.user is not None and self.user.name != user.name:
            self.sign_out("another user signed in")
        self.user = user
        self._audit("sign in", {"by": by})
        self.touched()
        self.changed.emit()

    def check(self, name: str, pin: str, role: Role, purpose: str) -> Phrase | None:
        """Check a person for one action (e.g. closing the kiosk) without signing them in;
        None when ``name`` has at least ``role`` and this PIN. Audited, with ``purpose``."""
        try:
            user = self._store().sign_in(name, pin, self.simulated)
        except UserError as exc:
            self._refused(name, exc.phrase, "PIN")
            return exc.phrase
        if user.role < role:
            return Phrase(T_NEEDS_ROLE, (Phrase(ROLE_WORDS[role]),))
        self._audit("confirmed", {"for": purpose}, actor=user.name, role=user.role.name)
        return None

    def touched(self) -> None:
        """Someone used the screen: the inactivity sign-out counts from now."""
        if self.user is not None:
            self._timer.start(int(self.sign_out_s * 1000))

    def _idle(self) -> None:
        self.sign_out("no touch for a while")

    def set_language(self, code: str) -> bool:
        """The signed-in person chose ``code``: kept for their next sign-ins, on any terminal
        sharing the user file. False when nobody is signed in (the choice is the terminal's)
        or the user file cannot take it (it stays for this sign-in only)."""
        if self.user is None:
            return False
        self.user = replace(self.user, language=code)
        if self.store is None:
            return False
        try:
            self.store.set_language(self.user.name, code)
        except (sqlite3.Error, OSError) as exc:
            log.error("the user file does not take %s's language: %s", self.user.name, exc)
            return False
        self._audit("language", {"language": code})
        return True

    def sign_out(self, reason: str = "signed out") -> None:
        if self.user is None:
            return
        self._audit("sign out", {"reason": reason})
        self.user = None
        self._timer.stop()
        self.changed.emit()

    # --- managing users (a supervisor, or the first start) -----------------------------------

    def _supervisor(self) -> None:
        if self.role < Role.SUPERVISOR:
            raise UserError(Phrase(T_NOT_SUPERVISOR))

    def _change(self, action: str, detail: dict, do) -> Phrase | None:
        try:
            do()
        except UserError as exc:
            return exc.phrase
        self._audit(action, detail)
        self.users_changed.emit()
        return None

    @staticmethod
    def _same(pin: str, again: str) -> None:
        if pin != again:
            raise UserError(Phrase(T_PIN_MISMATCH))

    def create_first_supervisor(self, name: str, pin: str, again: str) -> Phrase | None:
        """The first start of a real station: its first supervisor, who is then signed in."""
        if not self.needs_supervisor():
            return Phrase(T_NOT_SUPERVISOR)

        def do() -> None:
            self._same(pin, again)
            self._store().add(name, Role.SUPERVISOR, pin)

        why = self._change("user add", {"user": " ".join(name.split()), "role": "supervisor",
                                        "first supervisor": True}, do)
        if why is None:
            return self.sign_in(name, pin)
        return why

    def add_user(self, name: str, role: Role, pin: str, again: str,
                 badge: str = "") -> Phrase | None:
        def do() -> None:
            self._supervisor()
            self._same(pin, again)
            self._store().add(name, role, pin, badge)

        return self._change("user add", {"user": " ".join(name.split()),
                                         "role": role.name.lower(), "badge": bool(badge)}, do)

    def reset_pin(self, name: str, pin: str, again: str) -> Phrase | None:
        def do() -> None:
            self._supervisor()
            self._same(pin, again)
            self._store().set_pin(name, pin)

        return self._change("user reset pin", {"user": name}, do)

    def set_badge(self, name: str, badge: str) -> Phrase | None:
        def do() -> None:
            self._supervisor()
            self._store().set_badge(name, badge)

        return self._change("user badge", {"user": name, "badge": bool(badge.strip())}, do)

    def set_role(self, name: str, role: Role) -> Phrase | None:
        def do() -> None:
            self._supervisor()
            self._store().set_role(name, role)

        why = self._change("user role", {"user": name, "role": role.name.lower()}, do)
        if why is None and self.user is not None and self.user.name.lower() == name.lower():
            self.user = self._store().get(name)
            self.changed.emit()
        return why

    def set_disabled(self, name: str, disabled: bool) -> Phrase | None:
        def do() -> None:
            self._supervisor()
            self._store().set_disabled(name, disabled)

        return self._change("user disable" if disabled else "user enable", {"user": name}, do)
