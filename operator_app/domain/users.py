"""People at the console: names, roles, PIN rules, the PIN's hash and the growing lockout.

Plain data and rules, no Qt and no storage (``storage/users.py`` keeps the users in
SQLite). A PIN is never kept: only its scrypt hash with a salt of its own
(``hash_secret``), which takes tens of milliseconds per try, so that a copied user
file cannot be searched for all million six-digit PINs in a moment. A badge (a card
reader that types like a keyboard) is kept the same way.

Texts are English data that the screens translate in the "Recovery" context.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import os
import re
import unicodedata
from dataclasses import dataclass

from operator_app.domain.roles import Role
from operator_app.domain.words import Phrase

# scrypt with n=2^14, r=8, p=1: 16 MiB and about 70 ms per hash on the station's terminal
SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_LEN = 2**14, 8, 1, 32
SALT_BYTES = 16
PIN_RE = re.compile(r"^[0-9]{4,8}$")
NAME_MAX = 40

# Lockout: after MAX_TRIES wrong PINs in a row, the sign-in waits FIRST_LOCKOUT_S, and each
# further lockout before a good sign-in twice as long, up to MAX_LOCKOUT_S. Kept across
# restarts (the user file holds it).
MAX_TRIES = 5
FIRST_LOCKOUT_S = 30.0
MAX_LOCKOUT_S = 15 * 60.0
SIGN_OUT_S = 10 * 60.0  # signed out after this long without a touch

ROLE_NAMES = {Role.OPERATOR: "operator", Role.TECHNICIAN: "technician",
              Role.SUPERVISOR: "supervisor"}

T_NAME_EMPTY = "enter the person's name"
T_NAME_LONG = "a name has at most %1 characters"
T_NAME_BAD = "a name is letters, digits, spaces and . - ' only"
T_NAME_TAKEN = "there is already a user called %1"
T_NO_USER = "there is no user called %1"
T_PIN_FORM = "a PIN is 4 to 8 digits"
T_PIN_EASY = ("that PIN is too easy to guess (one digit repeated, or a run like 1234): choose "
              "another")
T_PIN_TAKEN = "another user has that PIN: choose another"
T_PIN_MISMATCH = "the two PINs differ: enter the same PIN twice"
T_BADGE_TAKEN = "another user has that badge"
T_BADGE_SHORT = "a badge reads at least 4 characters"
T_WRONG_PIN = "wrong PIN (%1 of %2 tries)"
T_LOCKED = "too many wrong PINs: sign-in is locked for %1 s"
T_LOCKED_NOW = "wrong PIN, %1 times: sign-in is locked for %2 s"
T_UNKNOWN_BADGE = "that badge belongs to no user"
T_DISABLED = "%1 is disabled: a supervisor can enable them again"
T_TRAINING_ONLY = "%1 is a training user: training users sign in on the simulated station only"
T_LAST_SUPERVISOR = "%1 is the last supervisor: add another supervisor first"
T_ENTER_PIN = "enter the PIN first"
T_NO_USERS_FILE = "no one can sign in: the user file cannot be used (%1)"
T_NOT_SUPERVISOR = "only a supervisor manages users"

TEXTS = [T_NAME_EMPTY, T_NAME_LONG, T_NAME_BAD, T_NAME_TAKEN, T_NO_USER, T_PIN_FORM, T_PIN_EASY,
         T_PIN_TAKEN, T_PIN_MISMATCH, T_BADGE_TAKEN, T_BADGE_SHORT, T_WRONG_PIN, T_LOCKED,
         T_LOCKED_NOW, T_UNKNOWN_BADGE, T_DISABLED, T_TRAINING_ONLY, T_LAST_SUPERVISOR,
         T_ENTER_PIN, T_NO_USERS_FILE, T_NOT_SUPERVISOR, *ROLE_NAMES.values()]


class UserError(Exception):
    """A refused user change or sign-in, in words (``phrase``; ``str()`` is the English)."""

    def __init__(self, phrase: Phrase) -> None:
        super().__init__(phrase.english())
        self.phrase = phrase


@dataclass(frozen=True)
class User:
    name: str
    role: Role
    training: bool = False  # a simulated station's training user
    disabled: bool = False
    has_badge: bool = False
    language: str = ""  # the language this person chose at the terminal ("" none yet)

    @property
    def role_name(self) -> str:
        return ROLE_NAMES[self.role]


def parse_role(text: str) -> Role:
    for role, name in ROLE_NAMES.items():
        if text.strip().lower() == name:
            return role
    raise ValueError(f"unknown role {text!r}: operator, technician or supervisor")


def clean_name(name: str) -> str:
    """The name as kept (spaces trimmed and single), or UserError saying what is wrong."""
    name = " ".join(unicodedata.normalize("NFC", name).split())
    if not name:
        raise UserError(Phrase(T_NAME_EMPTY))
    if len(name) > NAME_MAX:
        raise UserError(Phrase(T_NAME_LONG, (str(NAME_MAX),)))
    if not all(c.isalnum() or c in " .-'" for c in name):
        raise UserError(Phrase(T_NAME_BAD))
    return name


def check_pin(pin: str, training: bool = False) -> None:
    """UserError unless ``pin`` may be a PIN; a training user's may be easy."""
    if not PIN_RE.match(pin):
        raise UserError(Phrase(T_PIN_FORM))
    if training:
        return
    steps = {int(b) - int(a) for a, b in itertools.pairwise(pin)}
    if len(set(pin)) == 1 or steps in ({1}, {-1}):
        raise UserError(Phrase(T_PIN_EASY))


def hash_secret(secret: str, salt: bytes | None = None) -> str:
    """``scrypt$n$r$p$salt$hash`` (hex) of a PIN or a badge, with a new salt unless given."""
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    digest = hashlib.scrypt(secret.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
                            dklen=SCRYPT_LEN)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def secret_matches(secret: str, stored: str) -> bool:
    """Whether ``secret`` hashes to ``stored`` (with the parameters it was made with)."""
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        got = hashlib.scrypt(secret.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r),
                             p=int(p), dklen=len(digest) // 2)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got.hex(), digest)


def lockout_seconds(lockouts: int) -> float:
    """How long the ``lockouts``-th lockout in a row lasts (1: the first)."""
    return min(MAX_LOCKOUT_S, FIRST_LOCKOUT_S * 2 ** max(0, lockouts - 1))
