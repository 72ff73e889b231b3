"""A GB/T 34014 pack code taken apart, so the pack page can say who made the pack and when.

The 24 characters: maker (3), product type (1: P pack, M module, C cell), battery type (1:
F is LFP on this station's packs), specification (2), traceability (7), production date (3:
year, month and day codes) and serial number (7). The year code is the VIN year code (ISO
3779, read in the 2010-2039 cycle: A = 2010 ... Y = 2030, 1 = 2031 ... 9 = 2039); months are
1-9, A, B, C; days 1-9 then A-Y without I, O, Q, U and Z. A code part that is not a known code
is kept as it is and its decoded value is None: the page shows the letters, never a guess.

Plain data, no Qt: the screens put the words on it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from operator_app.domain import station as st

LENGTH = st.PACK_CODE_LENGTH  # 24
# (name, length) in the code's order
PARTS = (("maker", 3), ("product_type", 1), ("battery_type", 1), ("spec", 2),
         ("traceability", 7), ("date", 3), ("serial", 7))
PRODUCT_TYPES = {"P": "pack", "M": "module", "C": "cell"}
BATTERY_TYPES = {"F": "LFP"}  # the chemistry letters this station's packs carry
YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789"  # 2010 ... 2039, as in a VIN
FIRST_YEAR = 2010
MONTH_CODES = "123456789ABC"
DAY_CODES = "123456789ABCDEFGHJKLMNPRSTVWXY"  # day 1 ... 30


class PackCodeError(ValueError):
    """A text that is not a pack code; ``problem`` says why in a word the screens translate
    ("length": not 24 characters; "characters": not only letters A-Z and digits)."""

    def __init__(self, code: str, problem: str, message: str) -> None:
        super().__init__(message)
        self.code, self.problem = code, problem


@dataclass(frozen=True)
class PackCode:
    code: str
    maker: str
    product_type: str  # the letter
    battery_type: str  # the letter
    spec: str
    traceability: str
    date_code: str
    serial: str
    product: str | None  # "pack", "module", "cell"; None for a letter not known
    chemistry: str | None  # "LFP"; None for a letter not known
    year: int | None
    month: int | None
    day: int | None

    @property
    def production_date(self) -> dt.date | None:
        """The date the codes name, when they name a real day (not 30 February)."""
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None


def _index(codes: str, ch: str, first: int) -> int | None:
    i = codes.find(ch)
    return None if i < 0 else first + i


def decode(code: str) -> PackCode:
    """The fields of ``code``; PackCodeError when it is not 24 letters and digits."""
    text = code.strip()
    if len(text) != LENGTH:
        raise PackCodeError(code, "length", f"a pack code has {LENGTH} characters; "
                                            f"{text!r} has {len(text)}")
    if not all(ch.isascii() and (ch.isdigit() or ch.isupper()) for ch in text):
        raise PackCodeError(code, "characters", f"a pack code is capital letters A-Z and "
                                                f"digits only: {text!r}")
    parts: dict[str, str] = {}
    at = 0
    for name, n in PARTS:
        parts[name] = text[at:at + n]
        at += n
    date = parts["date"]
    return PackCode(
        code=text, maker=parts["maker"], product_type=parts["product_type"],
        battery_type=parts["battery_type"], spec=parts["spec"],
        traceability=parts["traceability"], date_code=date, serial=parts["serial"],
        product=PRODUCT_TYPES.get(parts["product_type"]),
        chemistry=BATTERY_TYPES.get(parts["battery_type"]),
        year=_index(YEAR_CODES, date[0], FIRST_YEAR), month=_index(MONTH_CODES, date[1], 1),
        day=_index(DAY_CODES, date[2], 1))
