"""The register monitor over the real link to the simulator on a pty: live values as the
controller has them, decoded bits, the filters, the frame log and its switch, and a write that
only a supervisor in maintenance mode may make, confirmed, checked before it is sent, audited."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from operator_app.domain import station as st
from operator_app.domain.commands import CommandRequest
from operator_app.domain.roles import Role
from operator_app.link import monitor as mon
from operator_app.link import registers as R
from operator_app.link import rtu
from operator_app.ui.register_monitor import RegisterModel, RegisterMonitorPage
from tests.ui.conftest import shown_at_panel_size

VALUE, RAW, BITS = RegisterModel.VALUE, RegisterModel.RAW, RegisterModel.BITS
SELECT = 3000  # cells.select_slot: the one RW register outside the handshakes


@pytest.fixture
def monitor(stack, qtbot, styled):
    s = stack()
    page = RegisterMonitorPage(s.link, s.journal.port, 149.0)
    shown_at_panel_size(qtbot, page)
    qtbot.waitUntil(lambda: s.link.last_snapshot is not None, timeout=10000)
    return s, page


def shown(page: RegisterMonitorPage, name: str, col: int = VALUE) -> str:
    """What the table shows for register ``name`` in column ``col`` (it must be shown)."""
    model = page.model
    row = model.row_of[model.index_of[name]]
    return model.data(model.index(row, col))


def tap(qtbot, widget) -> None:
    assert widget.isEnabled() and widget.isVisible(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def names(page: RegisterMonitorPage) -> list[str]:
    return [page.model.registers[i].name for i in page.model.shown]


def test_live_values_are_the_controllers(monitor, qtbot) -> None:
    s, page = monitor
    sim = s.sim
    first = shown(page, "status.controller_heartbeat")
    assert first.isdigit()
    qtbot.waitUntil(lambda: shown(page, "status.controller_heartbeat") != first, timeout=3000)
    assert shown(page, "status.controller_heartbeat", RAW).startswith("0x")
    # read once at connection, and shown: the identity block
    assert shown(page, "identity.serial_number") == str(sim.model.serial_number)
    assert shown(page, "identity.magic", RAW) == "0x5353"
    assert shown(page, "identity.slot_count") == "8"
    # a slot's state of charge, decoded with its unit, as the simulated pack has it
    n = next(i + 1 for i, slot in enumerate(sim.model.rack) if slot.pack is not None)
    qtbot.waitUntil(lambda: shown(page, f"slot_{n}.soc") != "not read", timeout=3000)
    text = shown(page, f"slot_{n}.soc")
    assert re.fullmatch(r"\d{1,3}\.\d %", text), text
    pack_soc = sim.do(lambda: sim.model.rack[n - 1].pack.soc)
    assert abs(float(text.split()[0]) - pack_soc) < 3.0
    raw = int(shown(page, f"slot_{n}.soc", RAW), 16)
    assert text == f"{raw * 0.1:.1f} %"
    code = sim.do(lambda: sim.model.rack[n - 1].pack.code)
    assert shown(page, f"slot_{n}.pack_code") == f"\u201c{code}\u201d"
    # an enumeration by name
    assert shown(page, "status.mode") == "AUTOMATIC (0)"
    # the cell area is not polled: said so, not shown as zeros
    assert shown(page, "cells.voltage_1") == "not read"


def test_bit_fields_are_spelled_out(monitor, qtbot) -> None:
    s, page = monitor
    s.sim.do(s.sim.model.inject, "estop")
    qtbot.waitUntil(lambda: "ESTOP" in shown(page, "status.flags").split(" | "), timeout=5000)
    flags = st.StatusFlag(int(shown(page, "status.flags", RAW), 16))
    assert st.StatusFlag.ESTOP in flags and st.StatusFlag.FAULT in flags
    assert shown(page, "status.flags") == " | ".join(m.name for m in st.StatusFlag
                                                    if m.value and m in flags)
    assert shown(page, "status.flags", BITS) == ", ".join(
        str(bit) for bit in range(16) if int(flags) >> bit & 1)
    assert "1, 2" in shown(page, "status.flags", BITS)  # ESTOP, FAULT
    page.select_register("status.flags")
    detail = page.detail.text()
    assert "bit 1 ESTOP: set" in detail and "bit 2 FAULT: set" in detail
    assert "bit 0 WATCHDOG_HOLD: clear" in detail
    assert shown(page, "safety.estop_latched") == "1"


def test_filters_by_block_and_by_name(monitor, qtbot) -> None:
    _, page = monitor
    total = len(page.model.registers)
    tap(qtbot, page.block_buttons["slots"])
    assert names(page) and all(n.startswith("slot_") for n in names(page))
    assert len(names(page)) == 8 * len(R.SLOT_FIELDS)
    # the name typed on the touch keyboard, without dots or underscores
    qtbot.mouseClick(page.name_field, Qt.MouseButton.LeftButton)
    assert page.keyboard_panel.isVisible()
    for ch in "SLOT3 SOC":
        key = page.keyboard.findChild(QPushButton, f"key_{ord(ch):04x}")
        tap(qtbot, key)
    assert names(page) == ["slot_3.soc"]
    assert page.count_label.text().startswith(f"1 of {total}")
    tap(qtbot, page.keyboard_close)
    assert not page.keyboard_panel.isVisible()
    tap(qtbot, page.block_buttons["status"])  # the name filter stays: nothing in status
    assert names(page) == []
    tap(qtbot, page.name_clear)
    assert names(page)[0] == "status.controller_heartbeat"
    page.name_field.setText("1000")  # an address, outside the status block
    assert names(page) == []
    tap(qtbot, page.block_buttons[None])
    assert names(page) == ["slot_1.occupied"]
    page.name_field.setText("")
    assert len(names(page)) == total
    # a block named after another is under its button: the jog's state with the jog
    tap(qtbot, page.block_buttons["jog"])
    jog = [r.name for g in R.FIXED_GROUPS if g.key.split("_")[0] == "jog" for r in g.registers]
    assert names(page) == jog and "jog.axis" in jog
    assert "jog_state" not in page.block_buttons


def test_the_frame_log_and_its_switch(monitor, qtbot) -> None:
    s, page = monitor
    tap(qtbot, page.frames_tab)
    assert page.frame_table.isVisible()
    qtbot.wait(300)
    assert page.frames.frames == []  # off until switched on: it costs nothing then
    tap(qtbot, page.log_switch)
    assert s.link.frame_log_on and "ON" in page.log_switch.text()
    qtbot.waitUntil(lambda: len(page.frames.frames) >= 40, timeout=5000)
    frames = list(page.frames.frames)
    answers = [f for f in frames if f.direction == "rx"]
    assert answers and all(f.crc_ok and f.latency_ms is not None and f.latency_ms < 250
                           for f in answers)
    row = frames.index(answers[0])
    model = page.frames
    assert model.data(model.index(row, model.CRC)) == "ok"
    assert model.data(model.index(row, model.LATENCY)).endswith(" ms")
    assert model.data(model.index(row - 1, model.DIRECTION)) == "→ sent"
    hexed = model.data(model.index(row, model.FRAME))
    assert bytes.fromhex(hexed) == answers[0].data
    # damaged answers: CRC BAD, marked; the link recovers with retries
    s.sim.do(s.sim.model.inject, "corrupt_frames:40")
    qtbot.waitUntil(lambda: any(f.problem == "crc_errors" for f in page.frames.frames),
                    timeout=5000)
    s.sim.do(setattr, s.sim.model.comm, "corrupt_percent", 0.0)
    # (a flipped bit in the header makes a cut answer of it instead: its CRC is bad too)
    assert all(f.crc_ok is False for f in page.frames.frames
               if f.problem in ("crc_errors", "short_replies"))
    bad = next(i for i, f in enumerate(page.frames.frames) if f.problem == "crc_errors")
    assert model.data(model.index(bad, model.CRC)) == "BAD"
    assert model.data(model.index(bad, model.PROBLEM)) == "CRC error"
    assert model.data(model.index(bad, model.PROBLEM), Qt.ItemDataRole.BackgroundRole)
    # off: nothing more is logged; on again: it goes on
    tap(qtbot, page.log_switch)
    assert not s.link.frame_log_on and "OFF" in page.log_switch.text()
    # frames of a poll already under way still come (later on a loaded machine): then none
    seen = [len(page.frames.frames)]

    def settled() -> bool:
        qtbot.wait(300)
        seen.append(len(page.frames.frames))
        return seen[-1] == seen[-2]

    qtbot.waitUntil(settled, timeout=10000)
    count = seen[-1]
    qtbot.wait(500)
    assert len(page.frames.frames) == count
    tap(qtbot, page.log_switch)
    qtbot.waitUntil(lambda: len(page.frames.frames) > count + 10, timeout=5000)
    tap(qtbot, page.log_clear)
    assert len(page.frames.frames) < 10 and len(s.link.frame_log) < 10


def set_mode(s, qtbot, mode: st.StationMode) -> None:
    handle = s.link.send_command(CommandRequest(st.CommandCode.SET_MODE, (int(mode),)))
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    qtbot.waitUntil(lambda: s.link.last_snapshot.status.mode is mode, timeout=5000)


class WriteSpy:
    """The simulator's own write, recorded on its way in (the model still does it)."""

    def __init__(self, sim) -> None:
        self.calls: list[tuple[int, list[int]]] = []
        real = sim.model.write

        def write(address: int, values: list[int]) -> int:
            self.calls.append((address, list(values)))
            return real(address, values)

        sim.do(setattr, sim.model, "write", write)

    def at(self, address: int) -> list[list[int]]:
        return [v for a, v in self.calls if a == address]


def test_only_a_supervisor_in_maintenance_may_write(monitor, qtbot) -> None:
    s, page = monitor
    page.select_register("cells.select_slot")
    for role in (Role.OPERATOR, Role.TECHNICIAN, Role.SUPERVISOR):
        page.set_access(role, role.name.lower())
        assert not page.write_button.isEnabled()
        assert "Writing needs a supervisor in maintenance mode" in page.reason.text()
        assert "the station is in automatic mode" in page.reason.text()
        page.open_write()
        assert page.target is None and page.side.currentIndex() == 0
    assert "signed in as" not in page.reason.text()  # a supervisor: only the mode is wrong
    set_mode(s, qtbot, st.StationMode.MAINTENANCE)
    page.set_access(Role.TECHNICIAN, "technician")
    assert "signed in as technician" in page.reason.text()
    assert not page.write_button.isEnabled()
    page.set_access(Role.SUPERVISOR, "supervisor")
    assert page.write_button.isEnabled()
    # a supervisor in maintenance still cannot write what is read-only or a handshake's
    page.select_register("slot_1.soc")
    assert not page.write_button.isEnabled() and "read-only" in page.reason.text()
    page.select_register("jog.direction")
    assert not page.write_button.isEnabled() and "hold-to-run" in page.reason.text()
    # the role leaves while the value is being entered: the entry goes with it
    page.select_register("cells.select_slot")
    tap(qtbot, page.write_button)
    assert page.side.currentIndex() == 1
    page.set_access(Role.OPERATOR, "operator")
    assert page.target is None and page.side.currentIndex() == 0
    assert s.rows("SELECT count(*) FROM audit WHERE action = 'register write'") == [(0,)]


def type_value(qtbot, page: RegisterMonitorPage, text: str) -> None:
    for ch in text:
        tap(qtbot, page.findChild(QPushButton, f"regKey_{ord(ch):04x}"))


def test_a_value_outside_the_documented_range_is_never_sent(monitor, qtbot) -> None:
    s, page = monitor
    spy = WriteSpy(s.sim)
    set_mode(s, qtbot, st.StationMode.MAINTENANCE)
    page.set_access(Role.SUPERVISOR, "sam")
    page.select_register("cells.select_slot")
    tap(qtbot, page.write_button)
    type_value(qtbot, page, "99")
    tap(qtbot, page.entry_check)
    assert page.side.currentIndex() == 1  # no confirmation: the reason instead
    assert page.reason.text() == ("Not sent: 99 is above the documented maximum of "
                                  f"cells.select_slot, {st.MAX_SLOTS}.")
    tap(qtbot, page.entry_delete)
    tap(qtbot, page.entry_delete)
    type_value(qtbot, page, "2.5")
    tap(qtbot, page.entry_check)
    assert "between two steps" in page.reason.text()
    # and the link refuses it too, whoever asks: the worker checks before the line
    frames_before = len(s.link.frame_log)
    s.link.set_frame_log(True)
    outcomes: list[mon.WriteOutcome] = []
    s.link.register_written.connect(outcomes.append)
    request = s.link.write_register("cells.select_slot", 99)
    qtbot.waitUntil(lambda: bool(outcomes), timeout=3000)
    [outcome] = outcomes
    assert outcome.request is request and outcome.kind is mon.WriteKind.REFUSED
    assert outcome.refusal is mon.Refusal.ABOVE_MAXIMUM and outcome.written == ()
    s.link.write_register("slot_1.soc", 50)
    s.link.write_register("jog.direction", 1)
    qtbot.waitUntil(lambda: len(outcomes) == 3, timeout=3000)
    assert [o.refusal for o in outcomes[1:]] == [mon.Refusal.READ_ONLY, mon.Refusal.HANDSHAKE]
    qtbot.wait(300)  # polls go on: had anything been sent, it would have arrived
    assert spy.at(SELECT) == [] and spy.at(1014) == [] and spy.at(201) == []
    assert len(s.link.frame_log) > frames_before  # the log was on: polls, but no such write
    assert not any(f.direction == "tx" and f.data[1] == rtu.WRITE_SINGLE
                   and int.from_bytes(f.data[2:4], "big") in (SELECT, 1014, 201)
                   for f in s.link.frame_log)
    assert any(a == 101 for a, _ in spy.calls)  # the console heartbeat: the spy sees writes


def test_a_supervisor_in_maintenance_writes_confirmed_and_audited(monitor, qtbot) -> None:
    s, page = monitor
    spy = WriteSpy(s.sim)
    set_mode(s, qtbot, st.StationMode.MAINTENANCE)
    page.set_access(Role.SUPERVISOR, "sam")
    page.set_frame_log(True)
    page.select_register("cells.select_slot")
    tap(qtbot, page.write_button)
    assert page.entry_title.text().startswith("New value for cells.select_slot")
    type_value(qtbot, page, "3")
    tap(qtbot, page.entry_check)
    assert page.side.currentIndex() == 2
    text = page.confirm_text.text()
    assert "cells.select_slot" in text and "address 3000" in text
    assert "Old value: not read yet" in text  # the cell area is not polled
    assert "New value: 3 (raw 0x0003)" in text
    assert spy.at(SELECT) == []  # nothing before the confirmation
    tap(qtbot, page.confirm_button)
    qtbot.waitUntil(lambda: page.last_outcome is not None, timeout=3000)
    assert page.last_outcome.kind is mon.WriteKind.WRITTEN
    assert page.last_outcome.old == (0,) and page.last_outcome.read_back == (3,)
    assert spy.at(SELECT) == [[3]]
    assert s.sim.do(lambda: s.sim.model.cell_select) == 3
    assert page.reason.text() == "cells.select_slot written: it reads 3 now."
    assert shown(page, "cells.select_slot") == "3"  # read back: now it has been read
    # a value the map allows but this 8-slot controller does not: its exception, reported
    page.select_register("cells.select_slot")
    tap(qtbot, page.write_button)
    type_value(qtbot, page, "20")
    tap(qtbot, page.entry_check)
    assert "Old value: 3 (raw 0x0003)" in page.confirm_text.text()
    page.last_outcome = None
    tap(qtbot, page.confirm_button)
    qtbot.waitUntil(lambda: page.last_outcome is not None, timeout=3000)
    assert page.last_outcome.kind is mon.WriteKind.EXCEPTION
    assert page.last_outcome.exception == rtu.ILLEGAL_VALUE
    assert "exception 03 illegal data value" in page.reason.text()
    assert s.sim.do(lambda: s.sim.model.cell_select) == 3
    # the frame log has the exception answer
    qtbot.waitUntil(lambda: any(f.exception == 3 for f in page.frames.frames), timeout=3000)
    rx = next(f for f in page.frames.frames if f.exception == 3)
    assert rx.crc_ok is True and rx.data[1] == rtu.WRITE_SINGLE | 0x80
    # both audited: who, as what, the register, old and new value, what came of it
    rows = s.rows("SELECT actor, role, detail FROM audit WHERE action = 'register write' "
                  "ORDER BY id")
    assert [(a, r) for a, r, _ in rows] == [("sam", "SUPERVISOR")] * 2
    first, second = (json.loads(d) for _, _, d in rows)
    assert first["register"] == "cells.select_slot" and first["address"] == SELECT
    assert (first["old"], first["new"], first["outcome"], first["read_back"]) == (0, 3,
                                                                                  "written", 3)
    assert (second["old"], second["new"], second["outcome"], second["exception"]) == (
        3, 20, "exception", 3)


def test_a_poll_repaints_only_the_rows_that_changed(monitor, qtbot) -> None:
    s, page = monitor
    resets: list[int] = []
    rows: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    page.model.dataChanged.connect(lambda a, b: rows.append(b.row() - a.row() + 1))
    polls: list[int] = []
    s.link.registers_read.connect(lambda read: polls.append(len(read.words)))
    qtbot.waitUntil(lambda: len(polls) >= 20, timeout=5000)
    assert resets == []  # never rebuilt by a poll
    # a poll reads 106 registers of the fast block (and 320 of the rack now and then); only
    # the few that moved (heartbeats, clocks, a charging pack's values) are repainted
    assert rows and sum(rows) / len(polls) < 30
    # hidden, the page does not follow at all; shown again, it takes what it missed whole
    page.hide()
    hb = page.model.index_of["status.controller_heartbeat"]
    before = page.model.texts(hb)[0]
    rows.clear()
    qtbot.wait(300)
    assert rows == [] and page.model.texts(hb)[0] == before
    page.show()
    assert page.model.texts(hb)[0] != before


def test_every_state_of_the_page_fits_the_panel_with_gloved_targets(monitor, qtbot) -> None:
    from PySide6.QtWidgets import QPushButton

    from operator_app.ui.theme import LETTER_KEY_MM, PRIMARY_TARGET_MM, px_to_mm

    s, page = monitor
    set_mode(s, qtbot, st.StationMode.MAINTENANCE)
    page.set_access(Role.SUPERVISOR, "sam")
    page.select_register("cells.select_slot")

    def fits(state: str) -> None:
        qtbot.wait(50)
        assert page.size().height() == 800 and page.minimumSizeHint().height() <= 800, state
        for b in page.findChildren(QPushButton):
            if b.isVisible():
                least = PRIMARY_TARGET_MM if b.property("primary") else LETTER_KEY_MM
                assert px_to_mm(b.height(), 149.0) >= least - 0.1, (state, b.objectName())
                assert px_to_mm(b.width(), 149.0) >= least - 0.1, (state, b.objectName())

    fits("registers")
    page.show_keyboard(True)
    fits("keyboard")
    page.show_keyboard(False)
    page.open_write()
    fits("entry")
    page.enter_value("3")
    assert page.check_value()
    fits("confirmation")
    page.cancel_write()
    page.show_view(1)
    fits("frame log")
