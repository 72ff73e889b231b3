"""The console's configuration file: station name, PINs, look; a bad file never stops a station.

``console.toml`` in the platform's config directory (``--config FILE`` overrides),
for example::

    station_name = "Depot North, bay 1"
    station_id = "HK-TKO-01"
    operators_sign_in = false      # true: operators sign in by name, swaps carry it
    sign_out_minutes = 10          # a signed-in person is signed out after this idle time
    theme = "day"                  # or "night"
    language = "en"
    timezone = "Asia/Bangkok"      # the station's IANA time zone; "" (default): the terminal's
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

import json
import logging
import os
import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

import platformdirs

from operator_app.domain.selection import SelectionRules
from operator_app.sync.settings import SyncSettings, check_sync

log = logging.getLogger(__name__)
NAME_MAX = 60
RETIRED = {"technician_pin", "supervisor_pin"}  # shared PINs: replaced by users


@dataclass(frozen=True)
class ServiceIntervals:
    """When the controller's maintenance counters say a service is due."""

    lift_cycles: int = 50_000
    lock_cycles: int = 200_000
    shuttle_km: int = 5_000


SELECTION_LIMITS = {"ready_soc": (50.0, 100.0), "min_soh": (50.0, 100.0),
                    "temp_min": (-30.0, 20.0), "temp_max": (25.0, 70.0),
                    "min_insulation_kohm": (58.0, 5000.0)}


def check_selection(value: object) -> tuple[dict[str, float], list[str]]:
    """The [selection] table (which packs a swap may take): good values, and what is wrong."""
    if not isinstance(value, dict):
        return {}, ["selection wants a table: [selection] on a line of its own"]
    got: dict[str, float] = {}
    wrong: list[str] = []
    for key, v in value.items():
        if key not in SELECTION_LIMITS:
            wrong.append(f"selection.{key} is not a setting (known: "
                         f"{', '.join(SELECTION_LIMITS)})")
            continue
        lo, hi = SELECTION_LIMITS[key]
        if not isinstance(v, (int, float)) or isinstance(v, bool) or not lo <= v <= hi:
            wrong.append(f"selection.{key} = {v!r} wants a number from {lo:g} to {hi:g}")
            continue
        got[key] = float(v)
    if "temp_min" in got and "temp_max" in got and got["temp_min"] >= got["temp_max"]:
        wrong.append("selection.temp_min must be below selection.temp_max")
        del got["temp_min"], got["temp_max"]
    return got, wrong


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
    timezone: str = ""  # the station's IANA zone for every time on screen; "": the terminal's
    dpi: float = 0.0  # 0: ask the screen
    link: str = ""  # the controller's link URL when --link is not given
    poll_ms: int = 100  # the fast block is read this often
    max_shelve_minutes: int = 240  # no alarm is shelved longer (each alarm may allow less)
    selection: SelectionRules = field(default_factory=SelectionRules)
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
    elif key == "timezone":
        if not isinstance(value, str):
            return f"wants a time zone name in quotes, {ZONE_EXAMPLES}"
        return timezone_problem(value)
    elif key == "link":
        from operator_app.link.errors import LinkConfigError
        from operator_app.link.urls import parse_link_url

        if not isinstance(value, str) or not value.strip():
            return "wants a link URL in quotes, e.g. \"/dev/ttyUSB0\" or \"socket://10.0.0.7:4001\""
        try:
            parse_link_url(value)
        except LinkConfigError as exc:
            return f"is not a link URL ({exc})"
    elif key == "max_shelve_minutes" and (not isinstance(value, int)
                                          or isinstance(value, bool)
                                          or not 5 <= value <= 720):
        return "wants a whole number of minutes from 5 to 720"
    elif key == "poll_ms" and (not isinstance(value, int) or isinstance(value, bool)
                               or not 20 <= value <= 1000):
        return "wants a whole number of milliseconds from 20 to 1000"
    elif key == "dpi" and (not isinstance(value, (int, float)) or isinstance(value, bool)
                           or not 50 <= value <= 600):
        return "wants a number from 50 to 600"
    return None


ZONE_EXAMPLES = ('an IANA name such as "Asia/Bangkok", "Asia/Hong_Kong", "Asia/Jakarta", '
                 '"America/Sao_Paulo", or "" for the terminal\'s own')


def timezone_problem(name: str) -> str | None:
    """Why ``name`` is not a time zone the console can use, in words; None when it is (""
    is: the terminal's own)."""
    import zoneinfo

    if not name.strip():
        return None
    try:
        zoneinfo.ZoneInfo(name.strip())
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        pass
    else:
        return None
    try:
        known = zoneinfo.available_timezones()
    except OSError:
        known = set()
    near = next((k for k in sorted(known) if k.lower() == name.strip().lower()), None)
    hint = f' (did you mean "{near}"?)' if near else ""
    return f"is not a time zone this console knows{hint}: it wants {ZONE_EXAMPLES}"


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
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return replace(config, problems=(f"{path}: cannot be read ({exc}); running on the "
                                         "defaults",))
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        where = _bad_line(str(exc), text)
        good = last_good_path(path)
        try:
            kept = tomllib.loads(good.read_text(encoding="utf-8")) if good.exists() else None
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            kept = None
        if kept is None:
            return replace(config, problems=(f"{path}: not valid TOML ({exc}){where}; running "
                                             "on the defaults: fix the file and restart",))
        used = _from_data(kept, path, config)
        return replace(used, problems=(
            f"{path}: not valid TOML ({exc}){where}; the last good one ({good}) is used: fix "
            "the file and restart", *used.problems))
    made = _from_data(data, path, config)
    if not made.problems:
        keep_last_good(path, text)
    return made


LAST_GOOD = ".last-good"


def last_good_path(path: Path) -> Path:
    """Where the last file that loaded without a problem is kept, beside it."""
    return path.with_name(path.name + LAST_GOOD)


def keep_last_good(path: Path, text: str) -> None:
    good = last_good_path(path)
    try:
        if good.exists() and good.read_text(encoding="utf-8") == text:
            return
        tmp = good.with_name(good.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, good)
    except OSError as exc:  # a read-only config folder: the file itself still works
        log.warning("configuration: cannot keep %s: %s", good, exc)


def _bad_line(message: str, text: str) -> str:
    """': line 3 is `dpi = `' for a TOML error that names its line, else ''."""
    m = re.search(r"at line (\d+)", message)
    if not m:
        return ""
    n = int(m.group(1))
    lines = text.splitlines()
    shown = lines[n - 1].strip() if 0 < n <= len(lines) else ""
    return f": line {n} is `{shown[:80]}`" if shown else ""


def _from_data(data: dict, path: Path, config: ConsoleConfig) -> ConsoleConfig:
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
        if key == "selection":
            got_s, wrong_s = check_selection(value)
            problems += [f"{path}: {w}; the default is used" for w in wrong_s]
            values["selection"] = SelectionRules(**got_s)
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
            then = ("the terminal's own time zone is used" if key == "timezone"
                    else "the default is used")
            problems.append(f"{path}: {key} = {value!r} {why}; {then}")
            continue
        values[key] = float(value) if key in ("dpi", "sign_out_minutes") else value  # type: ignore[arg-type]
    return replace(config, problems=tuple(problems), **values)  # type: ignore[arg-type]


def _toml_value(v: object) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    return json.dumps(str(v), ensure_ascii=False)  # a TOML basic string


def config_text(config: ConsoleConfig) -> str:
    """``config`` as console.toml: what differs from the defaults, tables last."""
    default = ConsoleConfig()
    lines = ["# console.toml, written by the console's Settings page (each change is in the",
             "# journal's audit chain); hand edits are kept as values, not as comments", ""]
    tables: list[tuple[str, object, object]] = []
    for f in fields(ConsoleConfig):
        if f.name in ("path", "problems"):
            continue
        value, plain = getattr(config, f.name), getattr(default, f.name)
        if f.name in ("sync", "maintenance", "selection"):
            tables.append((f.name, value, plain))
        elif value != plain:
            lines.append(f"{f.name} = {_toml_value(value)}")
    for name, value, plain in tables:
        rows = [f"{g.name} = {_toml_value(getattr(value, g.name))}" for g in fields(value)
                if g.name not in ("problem", "policy", "max_alarm_level")
                and getattr(value, g.name) != getattr(plain, g.name)]
        if rows:
            lines += ["", f"[{name}]", *rows]
    return "\n".join(lines) + "\n"


def save_config(config: ConsoleConfig, path: Path) -> None:
    """Write ``config`` to ``path`` whole or not at all (OSError says why not)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(config_text(config))
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
