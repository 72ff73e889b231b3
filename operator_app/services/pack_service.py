"""The battery bank's packs for the screens: quarantine, and each pack's records.

Quarantine keeps a pack out of every swap: anyone signed in may quarantine a pack (from its
page, or from an alarm on its slot), with a reason from a list; only a technician may release
it; both are in the audit chain, and a refused action is journaled with why. The quarantined
set lives in the journal (``packs.quarantined``), so it survives a restart, and is handed to
the swap supervisor, which never offers such a pack and re-plans at once.

A swap the controller starts by itself (the bay's button, another terminal) takes the packs
the controller picks, and the controller skips a slot whose charger is disabled: so while a
quarantined pack sits in a slot the service keeps that slot's charger disabled at the
controller (CHARGER_ENABLE slot 0, journaled; again if someone enables it), and enables it
again once the pack is released. A swap that takes a quarantined pack all the same is a
HIGH alarm (the alarm service's ``QUARANTINED_PACK_IN_SWAP``).

The records (the pack's report row, its charging sessions, its alarms) are read on a
read-only connection of their own, never behind the journal's writer.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal

from operator_app.domain import station as st
from operator_app.domain.commands import CommandRequest
from operator_app.domain.roles import Role
from operator_app.domain.snapshot import StationSnapshot
from operator_app.services.swap_service import SwapService
from operator_app.storage.journal import Journal, read, reading
from operator_app.storage.packs_report import pack_records
from operator_app.storage.port import AuditEntry, JournalPort

log = logging.getLogger(__name__)

# why a pack is quarantined: the list the operator chooses from (context "Packs")
REASONS = (
    QT_TRANSLATE_NOOP("Packs", "Over-temperature"),
    QT_TRANSLATE_NOOP("Packs", "Insulation fault"),
    QT_TRANSLATE_NOOP("Packs", "BMS SoH disagrees with the measured capacity"),
    QT_TRANSLATE_NOOP("Packs", "Cell imbalance"),
    QT_TRANSLATE_NOOP("Packs", "Physical damage or a leak"),
    QT_TRANSLATE_NOOP("Packs", "Repeated BMS alarms"),
    QT_TRANSLATE_NOOP("Packs", "Other: a technician inspects it"),
)
FLEET_REASON = QT_TRANSLATE_NOOP("Packs", "Blocked by the fleet")  # its blocklist, pushed down
RELEASE_ROLE = Role.TECHNICIAN
QUARANTINE_ROLE = Role.OPERATOR
RESEND_S = 5.0  # a slot's disable not yet seen in the controller's status is sent again


class PackService(QObject):
    changed = Signal()  # the quarantined set changed
    refused = Signal(str)  # why an action was not done, in English (the page translates)

    def __init__(self, journal: JournalPort, swaps: SwapService, path: Path | None,
                 clock: Callable[[], float] = time.time, parent: QObject | None = None,
                 link: Any = None) -> None:
        super().__init__(parent)
        self.journal, self.swaps, self.path, self.clock = journal, swaps, path, clock
        self.link = link  # a LinkService: the slots of quarantined packs kept disabled
        self.quarantined: dict[str, str] = {}  # code -> reason
        self._held: dict[int, str] = {}  # slot -> the quarantined pack it was disabled for
        self._sent: dict[int, float] = {}  # slot -> when its disable (or enable) was sent
        if path is not None:
            try:
                self.quarantined = read(path, Journal.quarantined_packs)
            except sqlite3.Error as exc:
                log.warning("packs: cannot read the quarantined packs: %s", exc)
        swaps.set_quarantined(frozenset(self.quarantined))
        if link is not None:
            link.snapshot_ready.connect(self.keep_out)

    # --- kept out at the controller -----------------------------------------------------

    def keep_out(self, snap: StationSnapshot) -> None:
        """Each snapshot: a quarantined pack's slot disabled at the controller; a slot
        disabled for a pack that was released, or has left, enabled again."""
        if self.link is None or not snap.slots:
            return
        now = self.clock()
        for s in snap.slots:
            code = s.pack_code if s.occupied else None
            held = self._held.get(s.slot)
            if code is not None and code in self.quarantined:
                if s.charger_state is st.ChargerState.DISABLED or \
                        s.state is st.SlotState.IN_SWAP:
                    continue
                if now - self._sent.get(s.slot, -RESEND_S) < RESEND_S:
                    continue  # sent; the controller's status has not shown it yet
                self._held[s.slot] = code
                self._send(s.slot, False, code, now)
            elif held is not None and (code != held or held not in self.quarantined):
                del self._held[s.slot]
                if s.charger_state is st.ChargerState.DISABLED:
                    self._send(s.slot, True, held, now)

    def _send(self, slot: int, on: bool, code: str, now: float) -> None:
        self._sent[slot] = now
        self.journal.event("pack.slot_enabled" if on else "pack.slot_disabled", {
            "slot": slot, "pack": code,
            "why": "released from quarantine" if on else "in quarantine"})
        self.link.send_command(CommandRequest(st.CommandCode.CHARGER_ENABLE,
                                              (slot, 1 if on else 0)))

    # --- quarantine -----------------------------------------------------------------------

    def quarantine(self, code: str, reason: str, role: Role, actor: str) -> str | None:
        """Keep ``code`` out of every swap; None when done, else why not."""
        if not code:
            return self._refuse("quarantine", code, role, actor,
                                QT_TRANSLATE_NOOP("Packs", "no pack is named"))
        if reason not in REASONS:
            return self._refuse("quarantine", code, role, actor,
                                QT_TRANSLATE_NOOP("Packs", "choose why from the list"))
        if role < QUARANTINE_ROLE:
            return self._refuse("quarantine", code, role, actor,
                                QT_TRANSLATE_NOOP("Packs", "sign in first"))
        if code in self.quarantined:
            return self._refuse("quarantine", code, role, actor,
                                QT_TRANSLATE_NOOP("Packs", "the pack is in quarantine already"))
        self.journal.quarantine(code, True, reason)
        self.journal.audit(AuditEntry(actor, role.name, "pack quarantine",
                                      {"pack": code, "reason": reason}))
        self.quarantined[code] = reason
        self._changed()
        if self.link is not None and self.link.last_snapshot is not None:
            self.keep_out(self.link.last_snapshot)  # its slot disabled at once
        return None

    def release(self, code: str, role: Role, actor: str) -> str | None:
        """Offer ``code`` to swaps again: a technician's decision. None when done."""
        if code not in self.quarantined:
            return self._refuse("release", code, role, actor,
                                QT_TRANSLATE_NOOP("Packs", "the pack is not in quarantine"))
        if role < RELEASE_ROLE:
            return self._refuse("release", code, role, actor, QT_TRANSLATE_NOOP(
                "Packs", "only a technician may release a pack from quarantine"))
        self.journal.quarantine(code, False, None)
        self.journal.audit(AuditEntry(actor, role.name, "pack release",
                                      {"pack": code, "was": self.quarantined[code]}))
        del self.quarantined[code]
        self._changed()
        if self.link is not None and self.link.last_snapshot is not None:
            self.keep_out(self.link.last_snapshot)  # its slot enabled at once
        return None

    def block(self, code: str, why: str, actor: str) -> str | None:
        """The fleet's blocklist names ``code``: kept out of every swap like a quarantined
        pack (a person releases it at the console). None when done or already out."""
        if code in self.quarantined:
            return None
        self.journal.quarantine(code, True, FLEET_REASON)
        self.journal.audit(AuditEntry(actor, "FLEET", "pack quarantine",
                                      {"pack": code, "reason": FLEET_REASON, "fleet": why}))
        self.quarantined[code] = FLEET_REASON
        self._changed()
        if self.link is not None and self.link.last_snapshot is not None:
            self.keep_out(self.link.last_snapshot)
        return None

    def _refuse(self, action: str, code: str, role: Role, actor: str, why: str) -> str:
        self.journal.event("pack.refused", {"action": action, "pack": code, "role": role.name,
                                            "actor": actor, "reason": why})
        self.refused.emit(why)
        return why

    def _changed(self) -> None:
        self.swaps.set_quarantined(frozenset(self.quarantined))
        self.changed.emit()

    # --- records ----------------------------------------------------------------------------

    def record(self, code: str) -> dict[str, Any] | None:
        """The pack's report row (packs_report.COLUMNS), None when unknown or unreadable."""
        if self.path is None:
            return None
        try:
            with reading(self.path) as j:
                found = pack_records(j.db.conn, code)
        except sqlite3.Error as exc:
            log.warning("packs: cannot read pack %s: %s", code, exc)
            return None
        return found[0] if found else None

    def sessions(self, code: str) -> list[dict[str, Any]]:
        return self._read(Journal.pack_sessions, code)

    def alarms(self, code: str) -> list[dict[str, Any]]:
        return self._read(Journal.pack_alarms, code)

    def _read(self, fn, code: str) -> list[dict[str, Any]]:
        if self.path is None:
            return []
        try:
            return read(self.path, fn, code)
        except sqlite3.Error as exc:
            log.warning("packs: cannot read pack %s: %s", code, exc)
            return []
