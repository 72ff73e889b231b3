"""Numbers, dates, times and durations as people read them: in the console's language, on a
24-hour clock, in the station's time zone.

The language's locale is ``QLocale()`` (``operator_app.i18n`` sets it on every switch; the
window is made again, so every text is made again): pt_BR, es, id write "12,5", English and
Thai "12.5"; thousands are grouped as the locale groups them. Times are always "14:05:09",
never "2:05 PM", whatever the locale's own clock. Dates are the locale's short date with a
four-digit year ("03/12/2026" in pt_BR, "3/12/2026" in Thai and Hong Kong Chinese), except in
English, where the stations read the ISO-like "2026-12-03".

The station's time zone is an IANA name from console.toml (``timezone``), set once at start
(``set_station_tz``); none set, the terminal's own zone (summer time included). Every time of
day on screen goes through ``moment``; the journal, the logs, exports and file names keep
their own machine-readable forms (UTC ISO 8601, '.' decimals) and do not use this module.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import time
import zoneinfo

from PySide6.QtCore import QDate, QLocale, QTime

When = float | int | str | dt.datetime  # an epoch time, a journal time (ISO 8601), a datetime
DASH = "–"  # a value that is not a number (NaN, infinity)
_EPOCH = dt.datetime(1970, 1, 1)


class TerminalZone(dt.tzinfo):
    """The terminal's own time zone as the C library knows it (TZ, /etc/localtime), with the
    offset of each instant (summer time included), not the offset of today."""

    @staticmethod
    def _offset_at(ts: float) -> dt.timedelta:
        try:
            return dt.timedelta(seconds=time.localtime(ts).tm_gmtoff)
        except (OverflowError, OSError, ValueError):  # far outside what the C library knows
            return dt.timedelta(seconds=time.localtime().tm_gmtoff)

    def utcoffset(self, d: dt.datetime | None) -> dt.timedelta:
        if d is None:
            return self._offset_at(time.time())
        try:
            ts = time.mktime((d.year, d.month, d.day, d.hour, d.minute, d.second, 0, 0, -1))
        except (OverflowError, OSError, ValueError):
            ts = time.time()
        return self._offset_at(ts)

    def dst(self, d: dt.datetime | None) -> dt.timedelta | None:
        return None  # not known apart from the offset

    def tzname(self, d: dt.datetime | None) -> str:
        try:
            return time.localtime(time.mktime(d.timetuple()) if d else None).tm_zone
        except (OverflowError, OSError, ValueError):
            return time.localtime().tm_zone

    def fromutc(self, d: dt.datetime) -> dt.datetime:
        ts = (d.replace(tzinfo=None) - _EPOCH).total_seconds()
        return d + self._offset_at(ts)

    def __repr__(self) -> str:
        return "TerminalZone()"


TERMINAL = TerminalZone()
_station: tuple[str, dt.tzinfo] = ("", TERMINAL)


def zone_problem(name: str) -> str | None:
    """Why ``name`` is not a time zone the console can use, in words; None when it is (""
    is: the terminal's own zone)."""
    from operator_app.config import timezone_problem  # one check, the file's and this

    return timezone_problem(name)


def set_station_tz(name: str) -> str | None:
    """Show times in the IANA zone ``name`` ("" for the terminal's own); None when done, else
    why not, in words (the terminal's own zone is used then)."""
    global _station
    name = name.strip()
    if not name:
        _station = ("", TERMINAL)
        return None
    why = zone_problem(name)
    if why:
        _station = ("", TERMINAL)
        return why
    _station = (name, zoneinfo.ZoneInfo(name))
    return None


def station_tz() -> dt.tzinfo:
    """The station's time zone: the configured one, or the terminal's own."""
    return _station[1]


def station_tz_name() -> str:
    """The configured zone's IANA name; "" for the terminal's own."""
    return _station[0]


def moment(when: When, tz: dt.tzinfo | None = None) -> dt.datetime:
    """``when`` in the station's time zone (or ``tz``). An ISO text without an offset is UTC,
    as the journal writes; ValueError for a text that is not a time."""
    zone = tz or station_tz()
    if isinstance(when, dt.datetime):
        d = when
    elif isinstance(when, str):
        d = dt.datetime.fromisoformat(when.strip())
    else:
        return dt.datetime.fromtimestamp(float(when), zone)
    if d.tzinfo is None:
        d = d.replace(tzinfo=dt.UTC)
    return d.astimezone(zone)


def midnight(now: float | None = None, tz: dt.tzinfo | None = None) -> dt.datetime:
    """The start of the station's day (local midnight) that ``now`` is in."""
    d = moment(time.time() if now is None else now, tz)
    start = dt.datetime(d.year, d.month, d.day)
    return start.replace(tzinfo=d.tzinfo)


def is_today(when: When, now: float | None = None, tz: dt.tzinfo | None = None) -> bool:
    """Whether ``when`` falls on the station's today."""
    return moment(when, tz).date() == moment(time.time() if now is None else now, tz).date()


# --- the locale ------------------------------------------------------------------------------

def locale() -> QLocale:
    """The console language's locale; the C locale (a terminal started with LANG=C before a
    language is chosen) reads as US English, the console's own."""
    loc = QLocale()
    if loc.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return loc


def _english(loc: QLocale) -> bool:
    return loc.language() == QLocale.Language.English


# --- numbers ---------------------------------------------------------------------------------

def _finite(x: float | int) -> float | None:
    v = float(x)
    return v if math.isfinite(v) else None


def number(x: float | int, decimals: int = 0) -> str:
    """``x`` with ``decimals`` decimals, the locale's decimal sign and thousands grouping:
    "1,234.5" (en), "1.234,5" (pt_BR). Rounded as Python rounds (f"{x:.1f}"), so the
    English text is the one the console always showed; never "-0". A NaN or infinity is a
    dash."""
    v = _finite(x)
    if v is None:
        return DASH
    rounded = float(f"{v:.{max(0, decimals)}f}")
    if rounded == 0:
        rounded = 0.0  # -0.0 too
    return locale().toString(rounded, "f", max(0, decimals))


def signed(x: float | int, decimals: int = 0) -> str:
    """As ``number``, with the sign said both ways: "+3", "-2", "0" (an offset, a trend)."""
    text = number(x, decimals)
    if text != DASH and float(f"{float(x):.{max(0, decimals)}f}") > 0:
        return locale().positiveSign() + text
    return text


def figure(x: float | int) -> str:
    """``x`` with as few decimals as it needs ("171", "2.5", "0.25" in English): a rated or a
    configured value, as f"{x:g}" wrote it (up to six significant figures)."""
    v = _finite(x)
    if v is None:
        return DASH
    shown = float(f"{v:g}")  # six significant figures, as %g
    decimals = 0
    while decimals < 6 and float(f"{shown:.{decimals}f}") != shown:
        decimals += 1
    return number(shown, decimals)


def percent(x: float | int, decimals: int = 0) -> str:
    """"42.5 %": the number, a space and the sign, as the console writes every percentage
    (its texts' "%1 %"; each language's catalogue may place the sign otherwise there)."""
    return f"{number(x, decimals)} %"


# --- times and dates -------------------------------------------------------------------------

def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def date_format(loc: QLocale | None = None) -> str:
    """The Qt date format: ISO-like in English, else the locale's short date with a
    four-digit year ("dd/MM/yyyy" for pt_BR, "d/M/yyyy" for th and zh_HK)."""
    loc = loc or locale()
    if _english(loc):
        return "yyyy-MM-dd"
    return re.sub(r"y+", "yyyy", loc.dateFormat(QLocale.FormatType.ShortFormat))


def _clock(d: dt.datetime, seconds: bool) -> str:
    return locale().toString(QTime(d.hour, d.minute, d.second),
                             "HH:mm:ss" if seconds else "HH:mm")


def time_of_day(when: When, seconds: bool = True, tz: dt.tzinfo | None = None) -> str:
    """"14:05:09" (or "14:05"): 24-hour in every language, in the station's time zone."""
    return _clock(moment(when, tz), seconds)


def date(when: When | dt.date, tz: dt.tzinfo | None = None) -> str:
    """The day alone: "2026-12-03" (en), "03/12/2026" (pt_BR). A ``date`` is shown as it is
    (a production date has no time zone); a time is the station's day."""
    d = when if isinstance(when, dt.date) and not isinstance(when, dt.datetime) \
        else moment(when, tz).date()
    loc = locale()
    return loc.toString(_qdate(d), date_format(loc))


def date_time(when: When, seconds: bool = False, tz: dt.tzinfo | None = None) -> str:
    """The locale's short date and the 24-hour time: "03/12/2026 14:05" (pt_BR),
    "2026-12-03 14:05" (en)."""
    d = moment(when, tz)
    return f"{date(d.date())} {_clock(d, seconds)}"


def month(when: When, tz: dt.tzinfo | None = None) -> str:
    """The month: "2026-12" (en), "12/2026" (pt_BR): the short date without its day."""
    d = moment(when, tz).date()
    loc = locale()
    fmt = date_format(loc)
    if fmt.startswith("d"):
        fmt = re.sub(r"^d+[^My]*", "", fmt)
    else:
        fmt = re.sub(r"[^My]*d+", "", fmt)
    return loc.toString(_qdate(d), fmt.strip(" ./-") or "yyyy-MM")


def duration(seconds: float) -> str:
    """"4:05" (minutes and seconds) or "1:02:05" (with hours), whole seconds; a negative
    time with a minus sign."""
    v = _finite(seconds)
    if v is None:
        return DASH
    total = round(abs(v))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    loc = locale()
    zero = loc.zeroDigit()

    def two(n: int) -> str:
        return loc.toString(n).rjust(2, zero)

    text = (f"{loc.toString(hours)}:{two(minutes)}:{two(secs)}" if hours
            else f"{loc.toString(minutes)}:{two(secs)}")
    return (loc.negativeSign() + text) if v < 0 and total else text
