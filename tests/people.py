"""The users tests sign in as: a technician and a supervisor with their own PINs.

The user file is made once (each PIN's scrypt hash takes tens of milliseconds) and copied
for each test that wants one.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from operator_app.domain.roles import Role
from operator_app.services.session import Session
from operator_app.storage.port import JournalPort
from operator_app.storage.users import FILE_NAME, UserStore

TECH, PIN = "Tess Tech", "480615"
SUPER, SUPER_PIN = "Sam Super", "907132"
OPER, OPER_PIN = "Olga Oper", "246813"

_template: list[Path] = []


def _made() -> Path:
    if not _template:
        folder = Path(tempfile.mkdtemp(prefix="users-template-"))
        atexit.register(shutil.rmtree, folder, True)
        store = UserStore.in_directory(folder)
        store.add(TECH, Role.TECHNICIAN, PIN)
        store.add(SUPER, Role.SUPERVISOR, SUPER_PIN)
        store.add(OPER, Role.OPERATOR, OPER_PIN)
        store.add_training_users()  # made once here, not by each simulated session
        _template.append(folder / FILE_NAME)
    return _template[0]


def people_store(directory: Path | None = None) -> UserStore:
    """A user file in ``directory`` (a new temporary folder when None) with the three users
    and the simulated station's training users."""
    if directory is None:
        directory = Path(tempfile.mkdtemp(prefix="users-"))
        atexit.register(shutil.rmtree, directory, True)
    directory.mkdir(parents=True, exist_ok=True)
    shutil.copy(_made(), directory / FILE_NAME)
    return UserStore.in_directory(directory)


def people_session(port: JournalPort | None = None, directory: Path | None = None,
                   simulated: bool = False, **kw) -> Session:
    return Session(people_store(directory), port, simulated=simulated, **kw)
