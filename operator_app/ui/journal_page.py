"""Journal tools for technicians, on screen: verify the journal, export it to a folder.

Both only read the journal (the console goes on writing it meanwhile) and run off the GUI
thread: a year's journal takes seconds to verify. The export goes to a folder the
technician taps: a USB stick the terminal mounted (under /media, /run/media or /mnt), or
the data directory's ``exports`` folder; it is the same JSON lines file, with its
manifest, as ``operator-app journal export`` writes. Each run is audited with who.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout

from operator_app.domain.roles import Role
from operator_app.storage.port import AuditEntry, JournalPort, NoJournal
from operator_app.ui.drives import MEDIA_ROOTS, media_patterns, removable_drives
from operator_app.ui.sizes import Sizes
from operator_app.ui.station_panel import say
from operator_app.ui.theme import GLOVE_GAP_MM, mm_to_px
from operator_app.ui.widgets import Page, button

SPANS = ((7, QT_TRANSLATE_NOOP("JournalPage", "Last 7 days")),
         (30, QT_TRANSLATE_NOOP("JournalPage", "Last 30 days")),
         (0, QT_TRANSLATE_NOOP("JournalPage", "Everything")))


def export_folders(data_dir: Path | None, roots: tuple[Path, ...] = MEDIA_ROOTS) -> list[Path]:
    """Where an export may go: writable mounted media, then the data directory's exports."""
    found = [d for d in removable_drives(media_patterns(roots)) if os.access(d, os.W_OK)]
    if data_dir is not None:
        found.append(data_dir / "exports")
    return found


class JournalPage(Page):
    """Verify and export, for a signed-in technician or supervisor."""

    _finished = Signal(str, bool)  # from the worker thread: (what to say, ok)

    def __init__(self, dpi: float, journal_path: Path | None, key: bytes | None,
                 who: Callable[[], tuple[str, Role]], port: JournalPort | None = None,
                 roots: tuple[Path, ...] = MEDIA_ROOTS) -> None:
        super().__init__(self.tr("Journal tools"), dpi, "journalPage")
        self.path, self.key, self.who = journal_path, key, who
        self.port: JournalPort = port or NoJournal()
        self.roots = roots
        self.busy = False
        gap = mm_to_px(GLOVE_GAP_MM, dpi)
        self.message = QLabel("")
        self.message.setObjectName("journalMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-weight: bold;")
        self.body.addWidget(self.message)
        row = QHBoxLayout()
        row.setSpacing(gap)
        self.verify_button = button(self.tr("Verify the journal"), "verifyJournal", dpi)
        row.addWidget(self.verify_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addWidget(QLabel(self.tr("Export: how far back")))
        spans = QHBoxLayout()
        spans.setSpacing(gap)
        self.span_buttons: dict[int, QPushButton] = {}
        for days, text in SPANS:
            b = button(QCoreApplication.translate("JournalPage", text), f"span{days}", dpi,
                       primary=False)  # tr: SPANS
            b.setCheckable(True)
            b.clicked.connect(lambda _=False, d=days: self._span(d))
            spans.addWidget(b)
            self.span_buttons[days] = b
        spans.addStretch(1)
        self.body.addLayout(spans)
        self.body.addWidget(QLabel(self.tr("Export: tap the folder to write to")))
        self.folders = QVBoxLayout()
        self.folders.setSpacing(gap)
        self.body.addLayout(self.folders)
        self.folder_buttons: dict[str, QPushButton] = {}
        self.output = QPlainTextEdit()
        self.output.setObjectName("journalOutput")
        self.output.setReadOnly(True)
        # the verify's report whole: its four lines never cut in half
        sizes = Sizes(dpi)
        lines = QFontMetrics(sizes.font(sizes.body)).lineSpacing()  # the style's body text
        self.output.setMinimumHeight(4 * lines + 2 * self.output.frameWidth() + 10)
        self.body.addWidget(self.output, 1)
        self.days = 7
        self._span(7)
        self.verify_button.clicked.connect(self.verify)
        self._finished.connect(self._show_result)

    def _span(self, days: int) -> None:
        self.days = days
        for d, b in self.span_buttons.items():
            b.setChecked(d == days)

    def refresh(self) -> None:
        """The folders there are now (a stick plugged in since shows up)."""
        for b in self.folder_buttons.values():
            self.folders.removeWidget(b)
            b.deleteLater()
        self.folder_buttons.clear()
        data = self.path.parent if self.path is not None else None
        for folder in export_folders(data, self.roots):
            b = button(str(folder), "exportFolder", self.dpi, primary=False)
            b.clicked.connect(lambda _=False, f=folder: self.export_to(f))
            self.folders.addWidget(b)
            b.show()
            self.folder_buttons[str(folder)] = b

    def showEvent(self, event) -> None:
        self.refresh()
        self._allowed()
        super().showEvent(event)

    def _allowed(self) -> bool:
        _actor, role = self.who()
        ok = role >= Role.TECHNICIAN and self.path is not None
        for b in (self.verify_button, *self.folder_buttons.values()):
            b.setEnabled(ok and not self.busy)
        if role < Role.TECHNICIAN:
            self.message.setText(self.tr("The journal tools need a signed-in technician."))
        elif self.path is None:
            self.message.setText(self.tr("No journal is kept: there is nothing to verify."))
        return ok

    def _run(self, what: str, work: Callable[[], tuple[str, bool]], detail: dict) -> bool:
        if self.busy or not self._allowed():
            return False
        actor, role = self.who()
        self.busy = True
        self._allowed()
        self.message.setText(what)
        audited = self.port.audit(AuditEntry(actor, role.name, detail.pop("action"), detail))

        def run() -> None:
            # the run's own audit row on disk first: a verify that read it half-written
            # would take it for a row added outside the console
            with contextlib.suppress(Exception):
                audited.exception(timeout=10)
            try:
                said, ok = work()
            except Exception as exc:  # noqa: BLE001  any failure is said on the page
                said, ok = f"{type(exc).__name__}: {exc}", False
            self._finished.emit(said, ok)

        threading.Thread(target=run, name="journal-tool", daemon=True).start()
        return True

    def verify(self) -> bool:
        from operator_app.storage.inspect import verify

        path, key = self.path, self.key

        def work() -> tuple[str, bool]:
            report = verify(path, key)  # translated here: Qt's translate is thread-safe
            return "\n".join(mark + say(text) for mark, text in report.said), report.ok

        self._kind = "verify"
        return self._run(self.tr("Verifying the journal…"), work,
                         {"action": "journal verify"})

    def export_to(self, folder: Path) -> bool:
        from operator_app.storage.inspect import export, parse_since

        path, days = self.path, self.days
        since = parse_since(f"{days}d") if days else None
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        target = folder / f"journal-{stamp}.jsonl"

        def work() -> tuple[str, bool]:
            folder.mkdir(parents=True, exist_ok=True)
            partial = target.with_suffix(".jsonl.partial")
            try:
                with open(partial, "w", encoding="utf-8", newline="") as out:
                    n = export(path, out, "jsonl", since)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(partial, target)
            except BaseException:
                partial.unlink(missing_ok=True)  # never a half-written export left behind
                raise
            return f"{n}\n{target}", True

        self._kind = "export"
        return self._run(self.tr("Exporting to %1…").replace("%1", str(folder)), work,
                         {"action": "journal export", "folder": str(folder), "days": days})

    def _show_result(self, said: str, ok: bool) -> None:
        self.busy = False
        self._allowed()
        if self._kind == "verify":
            self.output.setPlainText(said)
            self.message.setText(self.tr("Journal verified: no problem found.") if ok
                                 else self.tr("PROBLEMS FOUND: see the lines marked FAIL."))
        elif ok:
            n, target = said.split("\n", 1)
            self.output.setPlainText(target)
            self.message.setText(self.tr("Exported %1 records to %2.").replace("%1", n)
                                 .replace("%2", target))
        else:
            self.output.setPlainText(said)
            self.message.setText(self.tr("The export failed: %1. Nothing was left half "
                                         "written; try another folder.").replace("%1", said))
        self.port.event("journal.tool", {"tool": self._kind, "ok": ok})

