"""The GB/T 34014 pack code decoder: every field in its place, a bad code refused in words."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from operator_app.domain.pack_code import PackCodeError, decode
from operator_app.simulator.pack import make_pack_code


def test_a_code_is_taken_apart_field_by_field() -> None:
    p = decode("CATPFA3X7K2P9QS1V0012345")
    assert (p.maker, p.product_type, p.battery_type, p.spec, p.traceability, p.date_code,
            p.serial) == ("CAT", "P", "F", "A3", "X7K2P9Q", "S1V", "0012345")
    assert p.product == "pack" and p.chemistry == "LFP"
    assert (p.year, p.month, p.day) == (2025, 1, 27)
    assert p.production_date == dt.date(2025, 1, 27)


def test_date_codes() -> None:
    assert decode("CATPFB1AAAAAAAT2A1234567").production_date == dt.date(2026, 2, 10)
    assert decode("CATPFB1AAAAAAAYCY1234567").production_date == dt.date(2030, 12, 30)
    assert decode("CATPFB1AAAAAAA19J1234567").production_date == dt.date(2031, 9, 18)
    # 30 February: the codes are kept, but they name no day
    p = decode("CATPFB1AAAAAAAT2Y1234567")
    assert (p.month, p.day) == (2, 30) and p.production_date is None
    # letters that are no code (Q is never a year code, D no month): None, never a guess
    p = decode("CATPFB1AAAAAAAQD11234567")
    assert p.year is None and p.month is None and p.day == 1 and p.production_date is None


def test_unknown_letters_are_kept() -> None:
    p = decode("XYZMA01234567T311234567A")
    assert p.maker == "XYZ" and p.product == "module" and p.battery_type == "A"
    assert p.chemistry is None  # a chemistry letter this station does not know


@pytest.mark.parametrize("code", ["", "CATPFA3", "CATPFA3X7K2P9QS1V00123456"])
def test_a_code_that_is_not_24_characters_is_refused(code: str) -> None:
    with pytest.raises(PackCodeError, match="a pack code has 24 characters") as err:
        decode(code)
    assert err.value.problem == "length"


def test_a_code_with_other_characters_is_refused() -> None:
    with pytest.raises(PackCodeError, match="capital letters A-Z and digits") as err:
        decode("catpfa3x7k2p9qs1v0012345")
    assert err.value.problem == "characters"


def test_every_simulated_code_decodes() -> None:
    rng = random.Random(3)
    for _ in range(200):
        code = make_pack_code(rng, type_char="ABC"[rng.randrange(3)])
        p = decode(code)
        assert p.product == "pack" and p.chemistry == "LFP" and p.maker == "CAT"
        assert p.month is not None and p.day is not None
        assert p.serial.isdigit() and len(p.serial) == 7
