"""The console's configuration file: station name, PINs, look; a bad file never stops a station.

``console.toml`` in the platform's config directory (``--config FILE`` overrides),
for example::

    station_name = "Depot North, bay 1"
    station_id = "HK-TKO-01"
    operators_sign_in = false      # true: operators sign in by name, swaps carry it
    sign_out_minutes = 10          # a signed-in person is signed out after this idle time
    theme = "day"                  # or "night"
    language = "en"
    dpi = 149                      # the touchscreen's real DPI, if the screen reports it wrong

    [maintenance]                  # preventive-maintenance intervals (after every plain key)
    lift_cycles = 50000            # the controller's counters are shown against these
    lock_cycles = 200000
    shuttle_km = 5000

    [sync]                         # the fleet's MQTT broker
    broker = "mqtts://fleet.example.net:8883"
    username = "HK-TKO-01"
    password = "..."

A file that cannot be read or holds a wrong value is reported in words (file,
key, what is wrong) and the console runs on with the defaults for what it
could not use. People and their PINs are not configuration: the station's
supervisor manages them (the Users page, or ``operator-app users``); a file that
still holds ``technician_pin`` or ``supervisor_pin`` is told so, and the value is
never repeated.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

import platformdirs

from operator_app.sync.settings import SyncSettings, check_sync

NAME_MAX = 60
RETIRED = {"technician_pin", "supervisor_pin"}  # shared PINs: replaced by users


@dataclass(frozen=True)
class ServiceIntervals:
    """When the controller's maintenance counters say a service is due."""

    lift_cycles: int = 50_000
    lock_cycles: int = 200_000
    shuttle_km: int = 5_000


INTERVAL_LIMITS = {"lift_cycles": (100, 10_000_000), "lock_cycles": (100, 100_000_000),
                   "shuttle_km": (1, 1_000_000)}


def check_intervals(value: object) -> tuple[dict[str, int], list[str]]:
    """The [maintenance] table's good values and, in words, what is wrong with the rest."""
    if not isinstance(value, dict):
        return {}, ["maintenance wants a table: [maintenance] on a line of its own"]
    got: dict[str, int] = {}
    wrong: list[str] = []
    for key, v in value.items():
        if key not in INTERVAL_LIMITS:
            wrong.append(f"maintenance.{key} is not a setting (known: "
                         f"{', '.join(INTERVAL_LIMITS)})")
            continue
        lo, hi = INTERVAL_LIMITS[key]
        if not isinstance(v, int) or isinstance(v, bool) or not lo <= v <= hi:
            wrong.append(f"maintenance.{key} = {v!r} wants a whole number from {lo} to {hi}")
            continue
        got[key] = v
    return got, wrong


@dataclass(frozen=True)
class ConsoleConfig:
    station_name: str = ""  # none configured: the screens show their default, translated
    station_id: str = ""
    operators_sign_in: bool = False
    sign_out_minutes: float = 10.0
    theme: str = "day"
    language: str = "en"
    dpi: float = 0.0  # 0: ask the screen
    sync: SyncSettings = field(default_factory=SyncSettings)
    maintenance: ServiceIntervals = field(default_factory=ServiceIntervals)
    path: str = ""
    problems: tuple[str, ...] = field(default=())


def default_path() -> Path:
    return Path(platformdirs.user_config_dir("operator-app")) / "console.toml"


def _check(key: str, value: object) -> str | None:
    """Why ``value`` cannot be used for ``key``, or None."""
    if key in ("station_name", "station_id"):
        if not isinstance(value, str) or not 0 < len(value.strip()) <= NAME_MAX:
            return f"wants text of 1 to {NAME_MAX} characters"
    elif key == "operators_sign_in":
        if not isinstance(value, bool):
            return "wants true or false"
    elif key == "sign_out_minutes" and (
            not isinstance(value, (int, float)) or isinstance(value, bool)
            or not 1 <= value <= 240):
        return "wants a number of minutes from 1 to 240"
    elif key == "theme":
        if value not in ("day", "night"):
            return 'wants "day" or "night"'
    elif key == "language":
        if not isinstance(value, str) or not re.match(r"^[a-z]{2}(_[A-Z]{2})?$", value):
            return 'wants a language code such as "en", "th", "pt_BR", "zh_HK"'
    elif key == "dpi" and (not isinstance(value, (int, float)) or isinstance(value, bool)
                           or not 50 <= value <= 600):
        return "wants a number from 50 to 600"
    return None


def load_config(path: Path | None = None) -> ConsoleConfig:
    """Read the configuration; every problem is kept, in words, in ``problems``.

    ``path`` given (``--config FILE``) must exist: a file asked for and missing is said so.
    """
    asked = path is not None
    path = path or default_path()
    config = ConsoleConfig(path=str(path))
    if not path.exists():
        if asked:
            return replace(config, problems=(f"{path}: no such file (given with --config); "
                                             "running on the defaults",))
        return config
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        return replace(config, problems=(f"{path}: cannot be read ({exc}); running on the "
                                         "defaults",))
    except tomllib.TOMLDecodeError as exc:
        return replace(config, problems=(f"{path}: not valid TOML ({exc}); running on the "
                                         "defaults: fix the file and restart",))
    known = {f.name for f in fields(ConsoleConfig)} - {"path", "problems"}
    problems: list[str] = []
    values: dict[str, object] = {}
    for key, value in data.items():
        if key in RETIRED:  # the value is a PIN: never repeated
            problems.append(f"{path}: {key} is no longer used: people sign in by name with "
                            "their own PIN, and the station's supervisor manages them (Users, "
                            "or operator-app users); remove the line")
            continue
        if key not in known:
            problems.append(f"{path}: unknown key {key!r} ignored (known: "
                            f"{', '.join(sorted(known))})")
            continue
        if key == "maintenance":
            got_m, wrong_m = check_intervals(value)
            problems += [f"{path}: {w}; the default is used" for w in wrong_m]
            values["maintenance"] = ServiceIntervals(**got_m)
            continue
        if key == "sync":
            got, wrong = check_sync(value)
            problems += [f"{path}: {w}; sync is off until it is fixed"
                         if w.startswith("sync.broker") else f"{path}: {w}; the default is used"
                         for w in wrong]
            bad_broker = [w for w in wrong if w.startswith("sync.broker")]
            if bad_broker:  # said on the sync line and the details page, not "not set up"
                got["problem"] = f"{bad_broker[0]} in {path}: sync is off until it is fixed"
            values["sync"] = SyncSettings(**got)
            continue
        why = _check(key, value)
        if why:
            problems.append(f"{path}: {key} = {value!r} {why}; the default is used")
            continue
        values[key] = float(value) if key in ("dpi", "sign_out_minutes") else value  # type: ignore[arg-type]
    return replace(config, problems=tuple(problems), **values)  # type: ignore[arg-type]
