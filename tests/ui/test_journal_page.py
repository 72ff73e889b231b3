"""The journal tools on screen: a technician verifies the live journal and exports it to a
folder they tap; an operator cannot; a failed export leaves nothing half written."""

from __future__ import annotations

import json
from pathlib import Path

from operator_app.domain.roles import Role
from operator_app.ui.journal_page import JournalPage, export_folders
from tests.people import PIN, TECH
from tests.ui.test_main_window import console, tap  # noqa: F401


def test_a_technician_verifies_and_exports_from_the_screen(qtbot, console) -> None:  # noqa: F811
    c = console(dpi=149.0)
    w = c.window
    assert not w.strip.maintenance_button.isVisible()  # nobody signed in: no way in
    c.sign_in_by_taps(TECH, PIN)
    tap(qtbot, w.strip.maintenance_button)
    page = w.maintenance_page
    assert w.stack.currentWidget() is page
    tap(qtbot, page.section_buttons[3])
    tap(qtbot, c.button("tool_journal"))
    jp = w.journal_page
    assert w.stack.currentWidget() is jp
    tap(qtbot, jp.verify_button)
    qtbot.waitUntil(lambda: not jp.busy, timeout=20000)
    assert jp.message.text() == "Journal verified: no problem found."
    assert "audit chain" in jp.output.toPlainText()
    tap(qtbot, jp.span_buttons[0])  # everything
    folder = c.stack.db_path.parent / "exports"
    tap(qtbot, jp.folder_buttons[str(folder)])
    qtbot.waitUntil(lambda: not jp.busy, timeout=20000)
    files = list(folder.glob("journal-*.jsonl"))
    assert len(files) == 1 and not list(folder.glob("*.partial"))
    assert jp.message.text().startswith("Exported ") and str(files[0]) in jp.message.text()
    last = files[0].read_text(encoding="utf-8").splitlines()[-1]
    assert last.startswith("{") and "\"manifest\"" in last  # the export ends with its manifest
    audit = c.stack.rows("SELECT actor, action, detail FROM audit WHERE action LIKE 'journal%'")
    assert [(a, act) for a, act, _ in audit] == [(TECH, "journal verify"),
                                                (TECH, "journal export")]
    assert json.loads(audit[1][2]) == {"folder": str(folder), "days": 0}


def test_an_operator_cannot_and_a_failed_export_leaves_nothing(qtbot, tmp_path: Path) -> None:
    who = [("operator", Role.OPERATOR)]
    journal = tmp_path / "journal.sqlite"
    journal.write_bytes(b"")  # not read: the buttons are off for an operator
    page = JournalPage(96.0, journal, None, lambda: who[0])
    qtbot.addWidget(page)
    page.show()
    assert not page.verify_button.isEnabled()
    assert page.message.text() == "The journal tools need a signed-in technician."
    assert not page.verify()
    who[0] = ("Tess Tech", Role.TECHNICIAN)
    page.refresh()
    page._allowed()
    assert page.verify_button.isEnabled()
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    assert page.export_to(blocked)
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    assert page.message.text().startswith("The export failed:")
    assert list(tmp_path.glob("**/*.partial")) == []


def test_mounted_media_are_offered_before_the_data_folder(tmp_path: Path) -> None:
    assert export_folders(tmp_path, roots=(tmp_path / "media",)) == [tmp_path / "exports"]


def test_verify_waits_for_its_own_audit_row_before_it_checks(qtbot, tmp_path: Path) -> None:
    """The writer thread may still be writing the verify's own audit row when the check
    starts; the check waits for it, so the chain it reads holds that row, whole."""
    import sqlite3
    import threading
    import time
    from concurrent.futures import Future

    from operator_app.storage.db import open_journal
    from operator_app.storage.journal import JournalWriter
    from operator_app.storage.port import AuditEntry, WriterPort

    open_journal(tmp_path)[0].close()
    path = tmp_path / "journal.sqlite"
    writer = JournalWriter(path).start()
    real = WriterPort(writer)

    class SlowPort(WriterPort):
        """The writer busy elsewhere: the row lands 0.5 s after it was asked for."""

        def audit(self, entry: AuditEntry) -> Future[str]:
            done: Future[str] = Future()

            def later() -> None:
                time.sleep(0.5)
                try:
                    done.set_result(real.audit(entry).result(timeout=10))
                except Exception as exc:  # noqa: BLE001
                    done.set_exception(exc)

            threading.Thread(target=later, daemon=True).start()
            return done

    page = JournalPage(96.0, path, None, lambda: (TECH, Role.TECHNICIAN), SlowPort(writer))
    qtbot.addWidget(page)
    page.show()
    try:
        assert page.verify()
        qtbot.waitUntil(lambda: not page.busy, timeout=20000)
        assert page.message.text() == "Journal verified: no problem found."

        def rows() -> int:
            with sqlite3.connect(path) as db:
                return db.execute("SELECT count(*) FROM audit").fetchone()[0]

        qtbot.waitUntil(lambda: rows() == 1, timeout=5000)
        # the chain the check read already held the verify's own row
        assert "audit chain of 1 row" in page.output.toPlainText()
    finally:
        writer.close()
