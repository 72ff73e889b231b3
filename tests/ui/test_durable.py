# ruff: noqa: F811 - the tests take the console fixture imported from test_main_window
"""Committed means acknowledged: the start goes out only once its audit row is on disk, and
the receipt shows only once the swap's record is. The writer is slowed on purpose: another
connection holds the journal's write lock for a while."""

from __future__ import annotations

import sqlite3

from operator_app.domain import station as st
from operator_app.domain.supervisor import Phase
from tests.ui.test_main_window import console, open_receipt, tap  # noqa: F401 - console: a fixture

PLATE = "70-8812"


def hold_the_journal(c) -> sqlite3.Connection:
    other = sqlite3.connect(c.stack.db_path)
    other.execute("BEGIN EXCLUSIVE")
    return other


def test_the_start_waits_for_its_audit_row_and_the_receipt_for_its_record(qtbot,
                                                                         console) -> None:
    c = console(time_scale=30)
    w, panel = c.window, c.window.swap_panel
    c.send_vehicle(PLATE)
    c.identify_by_keyboard(PLATE)
    qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.PLANNED, timeout=5000)
    lock = hold_the_journal(c)
    tap(qtbot, panel.start_button)
    tap(qtbot, panel.confirm_button)
    qtbot.wait(800)  # the writer waits for the lock: nothing may go out meanwhile
    assert c.stack.swaps.tx.recording and panel.message.text() == "Recording the start…"
    assert not any(code == st.CommandCode.START_SWAP for _, code in c.stack.sim.model.executed)
    lock.rollback()
    lock.close()
    qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.RUNNING, timeout=10000)
    assert ("swap start",) in c.stack.rows("SELECT action FROM audit")
    # near the end, the writer is slowed again: the receipt waits for the record
    qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.VERIFYING, timeout=30000)
    lock = hold_the_journal(c)
    qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.COMPLETED, timeout=20000)
    qtbot.wait(800)
    assert not w.swap_panel.receipt_row.isVisible()
    lock.rollback()
    lock.close()
    open_receipt(c, timeout=10000)
    shown = w.receipt_page.record["id"]
    assert c.stack.rows(f"SELECT result FROM swaps WHERE id = '{shown}'") == [("completed",)]
    assert "NOT RECORDED" not in w.receipt_page.summary.text()


def test_the_status_strip_counts_what_a_full_disk_could_not_write(qtbot, console) -> None:
    from operator_app.storage.journal import StorageState, StorageStatus

    strip = console().window.strip
    strip.show_storage(StorageStatus(StorageState.DISK_FULL, "reserve"))
    assert strip.journal.full == "Journal: DISK FULL, writing into its reserve"
    strip.show_storage(StorageStatus(StorageState.DISK_FULL, "full", held_in_memory=7))
    assert strip.journal.full == "Journal: DISK FULL, 7 record(s) not yet written"
    strip.show_storage(StorageStatus(StorageState.DISK_FULL, "full", held_in_memory=20,
                                     spilled=3))
    assert strip.journal.full == ("Journal: DISK FULL, 20 record(s) not yet written "
                                    "(3 in the spill file)")
    strip.show_storage(StorageStatus(StorageState.OK, "ok"))
    assert strip.journal.full == "Journal: recording"
