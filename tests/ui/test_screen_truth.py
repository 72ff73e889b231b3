"""The screen tells the truth: old values look old, ABORT is on every page while a swap runs,
the receipt waits in the swap panel, tiles say why, the swap panel is current."""

from __future__ import annotations

import re
import time
from dataclasses import replace

from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QPushButton

from operator_app.app import swapped_today
from operator_app.domain import station as st
from operator_app.domain.alarms import Priority
from operator_app.domain.recovery import Action
from operator_app.domain.roles import Role
from operator_app.domain.selection import SelectionRules, TileState, TileWhy, tile_view
from operator_app.domain.snapshot import SlotSnapshot
from operator_app.domain.supervisor import Phase
from operator_app.domain.vehicles import IdMethod
from operator_app.ui import swap_panel as swap_panel_module
from operator_app.ui.main_window import STALE_AFTER_S
from operator_app.ui.rack_view import RackView
from operator_app.ui.theme import DAY
from tests.ui.test_main_window import console, open_receipt, tap  # noqa: F401 - a fixture
from tests.ui.test_recovery import state

RULES = SelectionRules()


def pack(slot: int, **kw) -> SlotSnapshot:
    base = SlotSnapshot(slot, True, pack_code=f"PK-{slot:06d}", pack_type=st.PackType.A_171KWH,
                        soc=95.0, soh=95.0, temp_min=25.0, temp_max=30.0, insulation=900.0,
                        cycles=100, charger_state=st.ChargerState.COMPLETE, alarm_level=0,
                        state=st.SlotState.FULL, time_to_full=0.0)
    return replace(base, **kw)


def test_a_tile_says_why_it_is_not_ready() -> None:
    cases = {
        TileWhy.TOO_HOT: pack(1, temp_max=52.0, state=st.SlotState.CHARGING),
        TileWhy.TOO_COLD: pack(1, temp_min=-5.0),
        TileWhy.SOC_LOW: pack(1, soc=40.0, charger_state=st.ChargerState.COMPLETE),
        TileWhy.POOR_HEALTH: pack(1, soh=60.0),
    }
    for why, s in cases.items():
        view = tile_view(s, RULES)
        assert (view.state, view.why) == (TileState.NOT_READY, why), why
    faults = {
        TileWhy.CHARGER_FAULT: pack(1, state=st.SlotState.FAULT),
        TileWhy.INSULATION: pack(1, insulation=40.0),
        TileWhy.BMS_ALARM: pack(1, alarm_level=2),
    }
    for why, s in faults.items():
        view = tile_view(s, RULES)
        assert (view.state, view.why) == (TileState.FAULT, why), why
    assert tile_view(pack(1, alarm_level=3), RULES).alarm_level == 3
    assert tile_view(pack(1, state=st.SlotState.DISABLED), RULES).state is TileState.DISABLED
    invalid = tile_view(pack(1, invalid=frozenset({"soc"})), RULES)
    assert (invalid.state, invalid.why) == (TileState.INVALID, TileWhy.INVALID)
    charging = pack(1, soc=60.0, charger_state=st.ChargerState.CONSTANT_CURRENT,
                    state=st.SlotState.CHARGING, time_to_full=40.0)
    assert tile_view(charging, RULES).state is TileState.CHARGING


def test_a_slot_held_after_the_swap_stopped_does_not_say_for_the_running_swap(qtbot
                                                                               ) -> None:
    view = RackView(dpi=96.0)
    qtbot.addWidget(view)
    view.show_slots((pack(1, state=st.SlotState.IN_SWAP),))
    tile = view.tiles[0]
    view.set_swap_running(True)
    assert tile.why_text() == "for the running swap"
    view.set_swap_running(False)  # the swap failed: the controller still holds the slot
    assert tile.why_text() == "held by the controller, no swap running"


def test_tiles_in_words_marks_and_alarm_colours(qtbot) -> None:
    view = RackView(dpi=96.0)
    qtbot.addWidget(view)
    almost = pack(2, soc=89.9, charger_state=st.ChargerState.CONSTANT_VOLTAGE,
                  state=st.SlotState.CHARGING, time_to_full=0.0)
    slots = (pack(1), almost, pack(3, alarm_level=2), pack(4, temp_max=52.0),
             pack(5, invalid=frozenset({"soc"})), SlotSnapshot(6, False))
    view.show_slots(slots)
    view.resize(1200, 400)
    view.show()
    tiles = view.tiles
    texts = [t.state_text() for t in tiles]
    assert texts[0] == "ready"
    assert texts[1] == "charging ready in about 1 min"  # never "ready in 0 min"
    assert texts[2] == "FAULT BMS alarm level 2"
    assert texts[3] == "not ready too hot"
    assert texts[4] == "invalid readings invalid"
    assert texts[5] == "empty"
    # before Start: the pack chosen and the slot for the depleted pack are marked
    view.set_marks({1: "IN: for RIO2E19", 6: "OUT: depleted pack goes here"})
    assert tiles[0].plan_mark.startswith("IN") and tiles[5].plan_mark.startswith("OUT")
    # the colour follows the slot's alarm priority: MEDIUM is yellow, not HIGH red
    view.set_priorities({3: Priority.MEDIUM})

    def border(tile) -> QColor:
        return QColor(tile.grab().toImage().pixel(tile.width() // 2, 2))  # the frame

    qtbot.wait(10)
    assert border(tiles[2]).name() == DAY.alarm_medium
    view.set_priorities({3: Priority.HIGH})
    qtbot.wait(10)
    assert border(tiles[2]).name() == DAY.alarm_high
    assert border(tiles[0]).name() == DAY.mandatory  # the plan's mark
    assert border(tiles[1]).name() == DAY.border  # nothing abnormal: grey


def test_stale_is_drawn_with_its_age_then_current_again(qtbot, console) -> None:  # noqa: F811
    c = console(time_scale=20)
    w = c.window
    qtbot.waitUntil(lambda: len(w.rack.tiles) == 8, timeout=5000)
    before = w.rack.tiles[0].grab().toImage()
    c.stack.sim.do(c.stack.sim.model.inject, "silent")
    qtbot.waitUntil(lambda: w.bay.stale, timeout=10000)
    def age_shown() -> int:  # "LAST KNOWN, 3 s old": a busy machine may skip a second
        found = re.search(r"(\d+) s old", w.station_bar.mode.full)
        return int(found.group(1)) if found else -1

    qtbot.waitUntil(lambda: age_shown() >= 2, timeout=5000)
    # every value from the controller: greyed, with its age
    assert all(t.stale_age is not None and t.stale_age >= 2 for t in w.rack.tiles)
    assert w.station_bar.mode.full.startswith("LAST KNOWN")
    assert w.bay.stale_age.endswith("s old")
    link = w.strip.link  # red, bold and padded now: still whole, inside its frame
    qtbot.waitUntil(lambda: link.full == "Link: LOST", timeout=5000)
    qtbot.wait(50)
    assert link.text() == "Link: LOST"
    assert QFontMetrics(link.font()).horizontalAdvance(link.text()) <= \
        link.contentsRect().width()
    assert not w.swap_panel.steps.isEnabled()
    stale = w.rack.tiles[0].grab().toImage()
    assert stale != before  # drawn differently, not only flagged
    corner = QColor(stale.pixel(8, stale.height() // 2))
    assert corner.name() != DAY.panel  # hatched or greyed, not the current tile's fill
    c.stack.sim.do(c.stack.sim.model.clear_injected)
    qtbot.waitUntil(lambda: not w.bay.stale, timeout=15000)
    assert all(t.stale_age is None for t in w.rack.tiles)
    assert w.swap_panel.steps.isEnabled()
    assert not w.station_bar.mode.full.startswith("LAST KNOWN")
    # a poller that stalls without the link saying LOST: the snapshot's age decides
    c.stack.link.snapshot_ready.disconnect(w.show_snapshot)
    last = w.last
    w.show_snapshot(replace(last, taken_at=time.monotonic() - STALE_AFTER_S - 1))
    w._show_age()  # what its once-a-second timer does
    assert w.rack.stale and w.station_bar.mode.full.startswith("LAST KNOWN")
    c.stack.link.snapshot_ready.connect(w.show_snapshot)
    qtbot.waitUntil(lambda: not w.rack.stale, timeout=5000)


def test_abort_on_every_page_and_the_receipt_waits_in_the_panel(qtbot, console,  # noqa: F811
                                                                 monkeypatch) -> None:
    monkeypatch.setattr(swap_panel_module, "RECEIPT_SHOWN_S", 3.0)
    c = console(time_scale=100)
    w = c.window
    assert not w.swap_strip.isVisible()
    c.stack.start_swap()
    qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.RUNNING and
                    len(c.stack.swaps.tx.steps) >= 1, timeout=10000)
    pages = [w.stack.widget(i) for i in range(w.stack.count())]
    for page in pages:
        w.show_page(page)
        assert w.swap_strip.isVisible() and w.swap_strip.abort_button.isEnabled(), page
        assert w.swap_strip.step.full.startswith("▶ ")
        assert re.fullmatch(r"\d+:\d\d", w.swap_strip.left.text())
        assert w.swap_strip.left_word.text() == "left"
    w.show_page(w.alarm_page)  # the operator is on another page when the swap ends
    qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.COMPLETED, timeout=30000)
    qtbot.waitUntil(lambda: w.swap_panel.receipt_row.isVisibleTo(w.swap_panel), timeout=5000)
    assert w.stack.currentWidget() is w.alarm_page  # not taken over
    assert not w.swap_strip.isVisible()
    qtbot.waitUntil(lambda: not w.swap_panel.receipt_row.isVisibleTo(w.swap_panel),
                    timeout=6000)  # it goes on its own
    # the same vehicle identified again at the main field (a scan): the panel warns
    w.swap_panel.swapped_today = lambda: swapped_today(c.stack.journal)
    w.show_main()
    panel = w.swap_panel
    panel.plate.setText("70-8812")
    tap(qtbot, panel.identify_button)
    qtbot.waitUntil(lambda: "70-8812 was swapped at" in panel.vehicle.text(), timeout=5000)
    assert "today: check before swapping again" in panel.vehicle.text()
    # a new vehicle planned: the earlier swap's outcome and receipt are gone
    qtbot.waitUntil(lambda: c.stack.swaps.tx.phase in (Phase.PLANNED, Phase.IDENTIFIED),
                    timeout=5000)
    assert "Swap completed" not in panel.message.text()
    assert not panel.receipt_row.isVisibleTo(panel)


def test_the_receipt_stays_while_the_next_vehicle_only_drives_in(qtbot, console,  # noqa: F811
                                                                  monkeypatch) -> None:
    """A busy station: the next vehicle is in the bay a few seconds after the last left.
    The receipt stays until that vehicle is identified, not until it arrives."""
    monkeypatch.setattr(swap_panel_module, "RECEIPT_SHOWN_S", 60.0)
    c = console(time_scale=100)
    panel, model = c.window.swap_panel, c.stack.sim.model
    c.stack.start_swap()
    qtbot.waitUntil(lambda: panel.receipt_row.isVisibleTo(panel), timeout=40000)
    qtbot.waitUntil(lambda: c.stack.link.last_snapshot.bay.plate == "", timeout=20000)
    c.stack.sim.do(model.vehicle_arrive, "FKZR-71", ok=True)
    qtbot.waitUntil(lambda: c.stack.link.last_snapshot.bay.plate == "FKZR-71", timeout=10000)
    qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.IDLE, timeout=5000)
    qtbot.wait(200)
    assert panel.receipt_row.isVisibleTo(panel)  # still one tap away
    assert c.stack.swaps.identify("FKZR-71", IdMethod.CAMERA) is not None
    qtbot.waitUntil(lambda: not panel.receipt_row.isVisibleTo(panel), timeout=5000)


def test_the_swap_panel_is_current(qtbot, console) -> None:  # noqa: F811
    c = console(time_scale=100)
    w = c.window
    panel = w.swap_panel
    c.stack.sim.do(c.stack.sim.model.vehicle_arrive, "70-8812", ok=True)
    qtbot.waitUntil(lambda: state(c) is st.StationState.READY, timeout=10000)
    # the bay line names the vehicle in the bay
    qtbot.waitUntil(lambda: "In the bay: 70-8812" in panel.vehicle.text(), timeout=5000)
    assert panel.identify("70-8812", IdMethod.CAMERA)
    qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.PLANNED, timeout=5000)
    chosen = c.stack.swaps.tx.plan.packs_in[0].slot
    assert w.rack.tiles[chosen - 1].plan_mark.startswith("IN: for 70-8812")
    # each message once: the plan's explanation is not said again by another line
    texts = [x.text() for x in (panel.vehicle, panel.packs, panel.plan, panel.message)
             if x.isVisibleTo(panel) and x.text()]
    assert len(texts) == len(set(texts)) and not panel.packs.isVisibleTo(panel)
    # the rack changes: each chosen pack's charger faults; the plan moves on by itself,
    # until no pack is left and the panel says why
    tx = c.stack.swaps.tx
    faulted = []
    while tx.plan is not None:
        slot = tx.plan.packs_in[0].slot
        faulted.append(slot)
        c.stack.sim.do(c.stack.sim.model.inject, f"charger_fault:{slot}")
        qtbot.waitUntil(lambda s=slot: tx.plan is None or tx.plan.packs_in[0].slot != s,
                        timeout=5000)
        assert not w.rack.tiles[slot - 1].plan_mark
    assert tx.phase is Phase.IDENTIFIED and panel.plan.text().startswith("needs")
    assert chosen in faulted
    # the chargers are reset: a pack is ready again, and offered without a tap
    c.stack.sim.do(c.stack.sim.model.clear_injected)
    c.stack.recovery.perform(Action.RESET_FAULTS, "ana", Role.OPERATOR, bay_clear=True)
    qtbot.waitUntil(lambda: tx.phase is Phase.PLANNED, timeout=15000)
    qtbot.waitUntil(lambda: panel.plan.text() == tx.plan.explanation.english(), timeout=5000)
    assert w.rack.tiles[tx.plan.packs_in[0].slot - 1].plan_mark


def test_the_pin_pad_is_whole_while_a_swap_runs(qtbot, console) -> None:  # noqa: F811
    """A technician signs in to recover a swap: at 149 DPI, with the swap's strip on top,
    every key of the pad is on the screen (the page does not scroll)."""
    from operator_app.ui.fit import fit_problems

    c = console(dpi=149.0)
    w = c.window
    c.stack.start_swap()
    qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.RUNNING, timeout=10000)
    w._role_tapped()
    assert w.stack.currentWidget() is w.signin_page and w.swap_strip.isVisible()
    qtbot.wait(100)
    assert [p for p in fit_problems(w) if "larger than the screen" not in p] == []
    area = w.stack_area.viewport()
    for key in w.signin_page.pad.findChildren(QPushButton):
        corner = key.mapTo(area, key.rect().bottomRight())
        assert area.rect().contains(corner), key.text()


def test_a_swap_starting_moves_nothing_on_the_page(qtbot, console) -> None:  # noqa: F811
    """The swap's strip takes the station state's place, in room kept for it: a swap started
    at the bay while the operator reaches for a button moves no button under the finger."""
    c = console(time_scale=100, dpi=149.0)
    w = c.window
    w.resize(1280, 800)
    w.show_page(w.alarm_page)
    qtbot.wait(100)
    before = {b: b.mapTo(w, b.rect().topLeft()) for b in w.alarm_page.findChildren(QPushButton)
              if b.isVisible()}
    assert before and w.top_left.currentWidget() is w.station_bar
    c.stack.start_swap()
    qtbot.waitUntil(lambda: w.swap_strip.isVisible(), timeout=10000)
    qtbot.wait(100)
    assert w.top_left.currentWidget() is w.swap_strip and w.swap_strip.abort_button.isVisible()
    assert {b: b.mapTo(w, b.rect().topLeft()) for b in before} == before
    # the swap over, the E-stop's mark beside the state (its longest words): still in place
    qtbot.waitUntil(lambda: not w.swap_strip.running, timeout=60000)
    bar = w.station_bar
    bar.estop.setText("E-STOP: key turned, confirm the reset")
    bar.estop.setVisible(True)
    qtbot.wait(100)
    assert {b: b.mapTo(w, b.rect().topLeft()) for b in before} == before
    assert bar.estop.heightForWidth(bar.estop.width()) <= bar.estop.height() + 2  # not cut


def test_the_running_step_stays_in_sight_in_a_long_swap(qtbot, console) -> None:  # noqa: F811
    """A two-block swap lists more steps than the panel shows at 149 DPI: each new step is
    scrolled into the list's sight."""
    c = console(time_scale=40, dpi=149.0)
    w = c.window
    c.send_vehicle("MX-62-17")
    c.identify_by_keyboard("MX-62-17")
    qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.PLANNED, timeout=10000)
    c.start_swap()
    steps = w.swap_panel.steps
    seen = []

    def running_in_sight() -> bool:
        rows = [i for i in range(steps.count()) if steps.item(i).text().startswith("▶")]
        if not rows:
            return False
        rect = steps.visualItemRect(steps.item(rows[0]))
        seen.append(rows[0])
        return steps.viewport().rect().contains(rect.center()) and rows[0] >= 8

    qtbot.waitUntil(running_in_sight, timeout=60000)
    assert steps.count() > 8 and steps.verticalScrollBar().value() > 0
