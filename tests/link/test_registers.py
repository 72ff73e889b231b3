"""The register map: consistent, encodable, and the committed document is generated from it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from operator_app.domain import station as st
from operator_app.link import registers as R

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("slots", [1, 8, 24, st.MAX_SLOTS])
def test_no_register_overlaps_another(slots: int) -> None:
    used: dict[int, str] = {}
    for reg in R.RegisterMap(slots).all_registers():
        for a in range(reg.address, reg.end):
            assert a not in used, f"{reg.name} overlaps {used[a]} at {a}"
            used[a] = reg.name


def test_every_register_is_documented() -> None:
    for reg in R.RegisterMap(24).all_registers():
        assert reg.description, reg.name
        assert reg.length >= 1


def test_fast_block_is_one_read_and_covers_status_to_jog() -> None:
    start, count = R.FAST_BLOCK
    assert count <= R.MAX_READ
    m = R.RegisterMap()
    names = [r.name for r in m.all_registers() if start <= r.address < start + count]
    for wanted in ("status.controller_heartbeat", "command.code", "response.status",
                   "bay.plate", "lift.load", "lock_12.torque", "safety.reset_required",
                   "jog.keepalive"):
        assert wanted in names


def test_slot_reads_use_the_fewest_transactions() -> None:
    assert len(R.plan_reads(*R.RegisterMap(8).slot_block())) == 3  # 320 registers
    assert len(R.plan_reads(*R.RegisterMap(24).slot_block())) == 8  # 960 registers


def test_values_round_trip() -> None:
    m = R.RegisterMap()
    cases = {
        "slot_1.soc": 87.3, "slot_1.current": -123.4, "slot_1.temp_max": -5.5,
        "identity.serial_number": 24_123_456, "slot_1.pack_code": "CATPFA2T9XK3FHT9K6328327",
        "bay.plate": "1กข 4721", "slot_1.cell_min_voltage": 3.287,
    }
    for name, value in cases.items():
        reg = m[name]
        words = reg.encode(value)
        assert len(words) == reg.length
        assert all(0 <= w <= 0xFFFF for w in words)
        assert reg.decode(words) == value


def test_not_available_sentinels() -> None:
    m = R.RegisterMap()
    assert m["slot_1.voltage"].decode(m["slot_1.voltage"].encode(None)) is None
    assert m["slot_1.current"].encode(None) == [R.NA_I16]
    assert m["slot_1.current"].decode([R.NA_I16]) is None


def test_plate_is_cut_on_a_character_boundary() -> None:
    reg = R.RegisterMap()["bay.plate"]
    text = "กขคงจฉชซฌญ"  # 10 Thai characters, 30 bytes in UTF-8: 8 fit in 24 bytes
    assert reg.decode(reg.encode(text)) == text[:8]


def test_writable_registers_are_exactly_the_console_owned_ones() -> None:
    m = R.RegisterMap()
    names = {r.name for r in m.all_registers() if r.access is R.Access.RW}
    assert names == {"status.console_heartbeat", "command.code", "command.sequence",
                     *(f"command.arg_{i}" for i in range(1, 9)),
                     "jog.axis", "jog.direction", "jog.keepalive", "cells.select_slot"}


def test_committed_register_map_is_generated_from_the_code() -> None:
    committed = (ROOT / "resources" / "register-map.md").read_text(encoding="utf-8")
    assert committed == R.render_markdown(), (
        "resources/register-map.md is stale: run "
        "`operator-sim --print-register-map > resources/register-map.md`")


def test_print_register_map_command_prints_the_document() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "operator_app.simulator", "--print-register-map"],
        capture_output=True, text=True, encoding="utf-8", check=True, timeout=60,
    ).stdout
    assert out == R.render_markdown()
    assert "| 124 | `command.code` |" in out
