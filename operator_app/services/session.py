"""Who is signed in at the console: the operator by default, a technician or supervisor by PIN.

Wrong PINs are counted: after ``MAX_TRIES`` in a row the PIN pad is locked for
``LOCKOUT_S``. A signed-in role falls back to the operator after ``SIGN_OUT_S``,
so a technician who walks away does not leave the station open. Every sign-in,
refusal and sign-out is audited in the journal.
"""

from __future__ import annotations

import hmac
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from operator_app.domain.roles import Role
from operator_app.storage.port import AuditEntry, JournalPort, NoJournal

MAX_TRIES = 5
LOCKOUT_S = 60.0
SIGN_OUT_S = 15 * 60.0


class Session(QObject):
    changed = Signal()

    def __init__(self, pins: dict[Role, str], journal: JournalPort | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pins = {role: pin for role, pin in pins.items() if pin}
        self.journal: JournalPort = journal or NoJournal()
        self.clock = clock
        self.role = Role.OPERATOR
        self.failures = 0
        self.locked_until = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self.sign_out("signed out after 15 minutes"))

    @property
    def actor(self) -> str:
        return self.role.name.lower()

    def sign_in(self, pin: str) -> str | None:
        """Sign in with ``pin``; None when it worked, else why not, in words."""
        now = self.clock()
        if now < self.locked_until:
            return (f"too many wrong PINs: try again in {self.locked_until - now:.0f} s")
        if not self.pins:
            return "no PIN is configured on this console: set technician_pin in console.toml"
        if not pin:
            return "enter the PIN first"
        for role in sorted(self.pins, reverse=True):
            if hmac.compare_digest(pin.encode(), self.pins[role].encode()):
                self.failures = 0
                self.role = role
                self.journal.audit(AuditEntry(role.name.lower(), role.name, "sign in", {}))
                self._timer.start(int(SIGN_OUT_S * 1000))
                self.changed.emit()
                return None
        self.failures += 1
        self.journal.event("console.signin_refused", {"failures": self.failures})
        if self.failures >= MAX_TRIES:
            self.failures = 0
            self.locked_until = now + LOCKOUT_S
            return f"wrong PIN, {MAX_TRIES} times: the PIN pad is locked for {LOCKOUT_S:.0f} s"
        return f"wrong PIN ({self.failures} of {MAX_TRIES} tries)"

    def check(self, pin: str, role: Role) -> str | None:
        """Check a PIN for one action (e.g. leaving the kiosk) without signing in."""
        before = self.role
        why = self.sign_in(pin)
        if why is None and self.role < role:
            why = f"that PIN is not a {role.name.lower()}'s"
        if why is None and before is not self.role:
            self.sign_out("one action only")
        return why

    def sign_out(self, reason: str = "signed out") -> None:
        if self.role is Role.OPERATOR:
            return
        self.journal.audit(AuditEntry(self.actor, self.role.name, "sign out", {"reason": reason}))
        self.role = Role.OPERATOR
        self._timer.stop()
        self.changed.emit()
