"""Settings changed at the console: checked as the file is checked, written to console.toml,
audited with the old and the new value.

A change is validated by the very code that reads console.toml (``config._from_data``), so a
value the screen takes is one the next start reads. The file is written whole or not at all
(``config.save_config``); the copy that loaded last without a problem stays beside it
(``console.toml.last-good``), which a broken file falls back to. Some settings act at once
(``LIVE``: pack selection, sign-in, service intervals), the others at the next start (the
link, the station's name and id, sync); the screen says which.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from operator_app.config import ConsoleConfig, _from_data, keep_last_good, save_config
from operator_app.domain.roles import Role
from operator_app.domain.words import Phrase
from operator_app.storage.port import AuditEntry, JournalPort, NoJournal

log = logging.getLogger(__name__)

SETTINGS_ROLE = Role.SUPERVISOR
SECRET = {"sync.password"}  # never shown, never in the audit
LIVE = {"selection.ready_soc", "selection.min_soh", "selection.temp_min", "selection.temp_max",
        "selection.min_insulation_kohm", "operators_sign_in", "sign_out_minutes",
        "maintenance.lift_cycles", "maintenance.lock_cycles", "maintenance.shuttle_km",
        "theme", "max_shelve_minutes"}

T_NEEDS_SUPERVISOR = "settings need a signed-in supervisor"
T_UNKNOWN = "%1 is not a setting"
T_WRONG = "not changed: %1"
T_SAVED_NOW = "%1 is now %2"
T_SAVED_LATER = "%1 is now %2; it takes effect at the next start"
T_NOT_WRITTEN = "not changed: the configuration file cannot be written (%1)"
T_SAME = "%1 is %2 already"
TEXTS = [T_NEEDS_SUPERVISOR, T_UNKNOWN, T_WRONG, T_SAVED_NOW, T_SAVED_LATER, T_NOT_WRITTEN,
         T_SAME]

TABLES = ("sync", "maintenance", "selection")


def as_data(config: ConsoleConfig) -> dict[str, Any]:
    """``config`` as the TOML data it would be read from: what differs from the defaults
    (a default empty text would not pass the file's checks), tables as dicts."""
    default = ConsoleConfig()
    data: dict[str, Any] = {}
    for f in fields(ConsoleConfig):
        if f.name in ("path", "problems"):
            continue
        value = getattr(config, f.name)
        if f.name in TABLES:
            plain = getattr(default, f.name)
            data[f.name] = {g.name: getattr(value, g.name) for g in fields(value)
                            if g.name not in ("problem", "policy", "max_alarm_level")
                            and getattr(value, g.name) != getattr(plain, g.name)}
        elif value != getattr(default, f.name):
            data[f.name] = value
    return data


def known_keys() -> set[str]:
    keys = {f.name for f in fields(ConsoleConfig)} - {"path", "problems", *TABLES}
    for table in TABLES:
        keys |= {f"{table}.{g.name}" for g in fields(getattr(ConsoleConfig(), table))
                 if g.name not in ("problem", "policy", "max_alarm_level")}
    return keys


def value_of(config: ConsoleConfig, key: str) -> Any:
    table, _, name = key.partition(".")
    return getattr(getattr(config, table), name) if name else getattr(config, key)


def shown(key: str, value: Any) -> str:
    if key in SECRET:
        return "••••" if value else ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class SettingsService(QObject):
    changed = Signal(str)  # the key that changed

    def __init__(self, config: ConsoleConfig, journal: JournalPort | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.path = Path(config.path) if config.path else None
        self.journal: JournalPort = journal or NoJournal()
        self.apply: dict[str, Callable[[Any], None]] = {}  # key -> what acts on it at once

    def value(self, key: str) -> Any:
        return value_of(self.config, key)

    def change(self, key: str, value: Any, actor: str, role: Role) -> tuple[bool, Phrase]:
        """Set ``key`` to ``value``: (done, what became of it, in words)."""
        if role < SETTINGS_ROLE:
            return False, Phrase(T_NEEDS_SUPERVISOR)
        table, _, name = key.partition(".")
        if key not in known_keys():
            return False, Phrase(T_UNKNOWN, (key,))
        data = as_data(self.config)
        old = self.value(key)
        if name:
            data.setdefault(table, {})[name] = value
        else:
            data[key] = value
        path = self.path or Path("console.toml")
        made = _from_data(data, path, replace(ConsoleConfig(), path=str(path)))
        if made.problems:  # the settings were clean before: the change is what is wrong
            why = made.problems[0].split(": ", 1)[-1].removesuffix("; the default is used")
            self.journal.event("settings.refused", {"key": key, "why": why,
                                                    "actor": actor})
            return False, Phrase(T_WRONG, (why,))
        new = value_of(made, key)
        if new == old:
            return False, Phrase(T_SAME, (key, shown(key, new)))
        if self.path is not None:
            try:
                save_config(made, self.path)
                keep_last_good(self.path, self.path.read_text(encoding="utf-8"))
            except OSError as exc:
                return False, Phrase(T_NOT_WRITTEN, (str(exc),))
        self.config = replace(made, path=self.config.path)
        live = key in LIVE
        self.journal.audit(AuditEntry(actor, role.name, "setting change", {
            "key": key, "old": shown(key, old) if key in SECRET else old,
            "new": shown(key, new) if key in SECRET else new,
            "applies": "now" if live else "next start"}))
        if live and key in self.apply:
            self.apply[key](new)
        self.changed.emit(key)
        return True, Phrase(T_SAVED_NOW if live else T_SAVED_LATER, (key, shown(key, new)))
