"""``operator-app users``: the station's users, for commissioning.

    operator-app users add NAME --role ROLE [--data-dir DIR]   # the PIN twice on stdin
    operator-app users list [--data-dir DIR]
    operator-app users disable NAME [--data-dir DIR]
    operator-app users enable NAME [--data-dir DIR]
    operator-app users reset-pin NAME [--data-dir DIR]           # the new PIN twice on stdin

A PIN is never an argument: a command line ends up in the shell's history and in every
process list, so one is refused with a message. The PIN is read from the terminal without
echo, or as two lines of standard input when that is not a terminal (a commissioning
script). Every change is written to the journal's audit chain with who made it (the
system user running the tool); the journal must not be in use by a running console, so
on a running station users are managed on the console's Users page.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from operator_app.domain.users import ROLE_NAMES, UserError, parse_role

PIN_FLAGS = ("--pin", "--password", "-p")


def _fail(text: str, code: int = 2) -> int:
    print(f"users: {text}", file=sys.stderr)  # noqa: T201
    return code


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="operator-app users", description=(
        "The station's users: names, roles (operator, technician, supervisor) and PINs. PINs "
        "are read twice from standard input, never from the command line."))
    sub = p.add_subparsers(dest="command", required=True)
    for name, text in (("add", "add a user (the PIN twice on standard input)"),
                       ("list", "the users, their roles and whether they are enabled"),
                       ("disable", "a user may no longer sign in"),
                       ("enable", "a disabled user may sign in again"),
                       ("reset-pin", "a new PIN for a user (twice on standard input)")):
        s = sub.add_parser(name, help=text)
        if name != "list":
            s.add_argument("name", help="the person's name, in quotes when it has spaces")
        if name == "add":
            s.add_argument("--role", required=True, choices=sorted(ROLE_NAMES.values()))
        s.add_argument("--data-dir", metavar="DIR", help="the console's data directory "
                       "(default: the platform's, as the console uses)")
    return p


def _read_pin(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    return line.rstrip("\r\n")


def _pin_twice() -> str:
    try:
        pin = _read_pin("PIN: ")
        again = _read_pin("PIN again: ")
    except EOFError:
        raise UserError_("the PIN was not given twice on standard input") from None
    if pin != again:
        raise UserError_("the two PINs differ: nothing was changed")
    return pin


class UserError_(Exception):  # noqa: N801  a refusal of the tool itself (not of the store)
    pass


def _who() -> str:
    try:
        name = getpass.getuser()
    except (OSError, KeyError):
        name = str(os.getuid()) if hasattr(os, "getuid") else "?"
    return f"{name} (operator-app users)"


def _audit(directory: Path, action: str, detail: dict) -> str | None:
    """Audit the change in the station's journal; why not, in words, or None."""
    from operator_app.storage.db import JournalBusy, JournalLock, default_key_path, open_journal
    from operator_app.storage.journal import Journal

    try:
        lock = JournalLock.acquire(directory)
    except JournalBusy:
        return ("a console is running on this data directory: stop it, or manage users on its "
                "Users page")
    try:
        db, _ = open_journal(directory)
        try:
            key_file = default_key_path()
            key = bytes.fromhex(key_file.read_text().strip()) if key_file.exists() else None
            Journal(db, key=key).audit(_who(), "COMMISSIONING", action, detail)
        finally:
            db.close()
    finally:
        lock.release()
    return None


def main(argv: list[str]) -> int:
    for a in argv:
        if a in PIN_FLAGS or a.startswith(tuple(f + "=" for f in PIN_FLAGS)):
            return _fail("a PIN is never given on the command line (it would stay in the "
                         "shell's history and show in the process list): leave it out, and "
                         "type it when asked, or pipe it in twice on standard input")
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if any(x.strip().isdigit() for x in extra):
        return _fail("a PIN is never given on the command line (it would stay in the shell's "
                     "history and show in the process list): type it when asked, or pipe it "
                     "in twice on standard input")
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if args.command != "list" and args.name.strip().isdigit():
        return _fail("that name is only digits: is it a PIN? A PIN is never given on the "
                     "command line; type it when asked")
    from operator_app.storage.db import DataDirError, default_data_dir, ensure_data_dir
    from operator_app.storage.users import UserStore

    try:
        directory = ensure_data_dir(Path(args.data_dir) if args.data_dir
                                    else default_data_dir())
    except DataDirError as exc:
        return _fail(str(exc))
    from operator_app.storage.db import JournalBusy, JournalLock

    if args.command != "list":
        try:  # first, so that nothing changes that could not be audited
            JournalLock.acquire(directory).release()
        except JournalBusy:
            return _fail("a console is running on this data directory: stop it, or manage "
                         "users on its Users page")
    store = UserStore.in_directory(directory)
    try:
        if args.command == "list":
            users = store.users()
            if not users:
                print(f"no users in {store.path}")  # noqa: T201
            for u in users:
                marks = ", ".join(filter(None, ("training" if u.training else "",
                                                "disabled" if u.disabled else "",
                                                "badge" if u.has_badge else "")))
                print(f"{u.name}\t{u.role_name}" + (f"\t{marks}" if marks else ""))  # noqa: T201
            return 0
        if args.command == "add":
            role = parse_role(args.role)
            user = store.add(args.name, role, _pin_twice())
            detail = {"user": user.name, "role": user.role_name}
            action, said = "user add", f"{user.name} added as {user.role_name}"
        else:
            known = store.get(args.name)
            name = known.name if known is not None else args.name  # as the file spells it
            if args.command == "reset-pin":
                store.set_pin(name, _pin_twice())
                action, said = "user reset pin", f"{name} has a new PIN"
            else:
                disabled = args.command == "disable"
                store.set_disabled(name, disabled)
                action = "user disable" if disabled else "user enable"
                said = f"{name} {'disabled' if disabled else 'enabled'}"
            detail = {"user": name}
    except (UserError, UserError_, ValueError) as exc:
        return _fail(f"{exc}; nothing was changed" if isinstance(exc, UserError) else str(exc))
    why = _audit(directory, action, detail)
    print(f"users: {said}")  # noqa: T201
    if why:
        return _fail(f"changed, but not audited: {why}", 1)
    return 0
