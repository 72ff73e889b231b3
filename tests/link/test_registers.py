"""The register map: consistent, encodable, and the committed document is generated from it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from operator_app.domain import station as st
from operator_app.domain.selection import SelectionRules
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


def test_fast_block_is_one_read_and_covers_status_to_the_maintenance_counters() -> None:
    start, count = R.FAST_BLOCK
    assert count <= R.MAX_READ
    m = R.RegisterMap()
    names = [r.name for r in m.all_registers() if start <= r.address < start + count]
    for wanted in ("status.controller_heartbeat", "command.code", "response.status",
                   "bay.plate", "lift.load", "lock_12.torque", "safety.reset_required",
                   "jog.keepalive", "response.swap_sequence", "run.id", "run.clock",
                   "jog.target", "jog.refusal", "jog.elapsed", "maint.lift_cycles",
                   "maint.lock_cycles", "maint.shuttle_travel"):
        assert wanted in names
    # 100-214 since 3.2 (the lease's registers at 206-208, the counters at 209-214)
    assert R.FAST_BLOCK == (100, 115)
    assert start + count == m["maint.shuttle_travel"].end


def test_protocol_3_keeps_the_registers_2_0_added() -> None:
    assert R.PROTOCOL_VERSION == (3, 2)
    m = R.RegisterMap()
    assert (m["response.swap_sequence"].address, m["run.id"].address) == (139, 203)
    assert m["response.swap_sequence"] in R.RESPONSE.registers
    assert R.FIXED_GROUPS[R.FIXED_GROUPS.index(R.JOG) + 1] is R.RUN
    assert R.RUN.key == "run"


COUNTERS = {"status.controller_heartbeat", "status.console_heartbeat", "command.sequence",
            "response.sequence", "response.swap_sequence", "status.swap_counter",
            "jog.keepalive", "run.id"}


def test_counters_use_all_sixteen_bits() -> None:
    m = R.RegisterMap()
    assert {r.name for r in m.all_registers() if r.counter} == COUNTERS
    for name in COUNTERS:
        reg = m[name]
        assert reg.encode(65535) == [0xFFFF], name
        assert reg.decode([0xFFFF]) == 65535, name
        with pytest.raises(ValueError, match="counter"):
            reg.encode(None)
    # everything else keeps 0xFFFF for "not available"
    assert m["status.swap_elapsed"].encode(70000) == [0xFFFE]
    assert m["bay.positioning_retries"].decode([0xFFFF]) is None


def test_every_command_is_documented_with_its_arguments() -> None:
    codes = [c for c in st.CommandCode if c is not st.CommandCode.NONE]
    assert list(R.COMMAND_TEXTS) == codes
    assert set(st.COMMAND_ARGS) == set(codes)
    doc = R.render_markdown()
    assert "| 1 | START_SWAP | arg_1 blocks, arg_2 in_slot_1," in doc
    assert "| 4 | SET_MODE | arg_1 mode |" in doc


def test_document_tells_what_an_integrator_would_otherwise_guess() -> None:
    doc = R.render_markdown()
    for heading in ("## Changes from 2.0", "## Changes from 1.0",
                    "### What a command is checked for, in order",
                    "### When the station is READY", "## The console's side of the link",
                    "## Power-up state", "## Controller run"):
        assert f"\n{heading}\n" in doc, heading
    assert "Protocol version 3.2." in doc
    assert doc.index("## Changes from 3.1") < doc.index("## Changes from 3.0") < \
        doc.index("## Changes from 2.0") < doc.index("## Changes from 1.0")
    assert "reads 100-214 in one request" in doc
    assert "| 139 | `response.swap_sequence` | u16 counter | R |" in doc
    assert "| 203 | `run.id` | u16 counter | R |" in doc
    assert "Function codes other than 03, 06 and 16 (04 included) answer exception 01" in doc
    # the console's default minimum SoC, named as the console's selection rules have it
    assert f"`SelectionRules.ready_soc`, default {SelectionRules().ready_soc:g} %" in doc


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
                     "jog.axis", "jog.direction", "jog.keepalive", "jog.target",
                     "cells.select_slot"}


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


def test_watchdog_hold_latches_until_resume_in_the_document() -> None:
    """3.0: a hold never ends by itself while a swap runs; RESUME (8) and NOT_HELD (15)."""
    assert (st.CommandCode.RESUME, st.RejectReason.NOT_HELD) == (8, 15)
    assert st.COMMAND_ARGS[st.CommandCode.RESUME] == ()
    assert st.CommandCode.RESUME not in st.LONG_COMMANDS
    doc = R.render_markdown()
    assert "resumes by itself once the heartbeat changes again" not in doc  # 2.0 said so
    assert "The controller never resumes by itself" in doc
    assert "| 8 | RESUME | none |" in doc
    assert "IEC 60204-1, ISO 14118" in doc
    assert "| 15 | NOT_HELD |" in doc
    assert "every command but ABORT_SWAP, RESET_FAULTS and RESUME is REJECTED with HELD" in doc
    assert R.CHANGES_FROM_2_0 in doc
