"""Maintenance at the console: the mode through the controller, slots out of service.

- ``enter`` / ``leave``: SET_MODE to the controller; the console shows maintenance only
  once a snapshot reports it (``in_maintenance``), and leaves only when the station is
  safe (``domain.maintenance.leave_problems`` says what is missing).
- ``take_out`` / ``put_back``: a slot out of service, with a reason and until when; its
  charger is kept disabled at the controller (so no swap takes from or puts into it) for
  as long as it is out, across controller and console restarts (kept in
  ``maintenance.json`` beside the journal), and enabled again when it is put back or its
  time is up.

Each step is audited with who did it; a refusal is said in words and journaled.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from operator_app.domain import maintenance as mt
from operator_app.domain import station as st
from operator_app.domain.commands import CommandRequest
from operator_app.domain.jog import JogEnd, JogRequest, JogStopped, end_phrase
from operator_app.domain.roles import Role
from operator_app.domain.snapshot import LinkState, StationSnapshot
from operator_app.domain.words import Phrase, listing
from operator_app.storage.port import AuditEntry, JournalPort, NoJournal

log = logging.getLogger(__name__)
FILE_NAME = "maintenance.json"
RESEND_S = 5.0  # a disable not yet shown by the controller is sent again after this


class MaintenanceService(QObject):
    changed = Signal()

    def __init__(self, link, journal: JournalPort | None = None,
                 directory: Path | None = None, clock: Callable[[], float] = time.time,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.link = link
        self.journal: JournalPort = journal or NoJournal()
        self.path = Path(directory) / FILE_NAME if directory is not None else None
        self.clock = clock
        self.last: StationSnapshot | None = None
        self.link_down = False
        self.status: Phrase | None = None
        self.out_of_service: dict[int, mt.OutOfService] = self._load()
        self._sent: dict[int, float] = {}
        self._was_in: bool | None = None
        self.holding: JogRequest | None = None
        self.last_stop: JogStopped | None = None
        self._screen_stop: str = ""
        link.snapshot_ready.connect(self.on_snapshot)
        link.link_event.connect(self._on_link_event)
        link.jog_stopped.connect(self._jog_stopped)

    # --- what there is -------------------------------------------------------------------------

    @property
    def in_maintenance(self) -> bool:
        """The controller reports maintenance mode (the console never assumes it)."""
        return self.last is not None and self.last.status.mode is st.StationMode.MAINTENANCE

    def on_snapshot(self, snap: StationSnapshot) -> None:
        self.last = snap
        now = self.clock()
        for slot, out in list(self.out_of_service.items()):
            if out.until and now >= out.until:
                self._put_back(slot, "the console", "NONE", "its time is up")
        self._keep_out(snap, now)
        here = self.in_maintenance
        if here != self._was_in:
            if self._was_in is not None:
                self.status = Phrase(mt.T_IN if here else mt.T_OUT)
                self.journal.event("maintenance.mode", {"maintenance": here})
            self._was_in = here
            self.changed.emit()

    def _on_link_event(self, event) -> None:
        down = event.state in (LinkState.LOST, LinkState.CONNECTING)
        if down != self.link_down:
            self.link_down = down
            self.changed.emit()

    def leave_problems(self) -> list[Phrase]:
        return mt.leave_problems(self.last)

    # --- the mode ------------------------------------------------------------------------------

    def _refuse(self, action: str, why: Phrase, actor: str, role: Role) -> Phrase:
        self.status = why
        self.journal.event("maintenance.refused", {"action": action, "actor": actor,
                                                   "role": role.name, "why": why.english()})
        self.changed.emit()
        return why

    def _common(self, role: Role) -> Phrase | None:
        if role < mt.MAINTENANCE_ROLE:
            return Phrase(mt.T_NEEDS_TECHNICIAN)
        if self.link_down or self.last is None:
            return Phrase(mt.T_LINK_DOWN)
        if self.last.status.swap_result is st.SwapResult.RUNNING:
            return Phrase(mt.T_SWAP_RUNNING)
        return None

    def enter(self, actor: str, role: Role) -> Phrase | None:
        """Ask the controller for maintenance mode; None when asked, else why not."""
        why = self._common(role) or (Phrase(mt.T_ALREADY_IN) if self.in_maintenance else None)
        if why is not None:
            return self._refuse("enter", why, actor, role)
        self._set_mode(st.StationMode.MAINTENANCE, actor, role, "maintenance enter")
        return None

    def leave(self, actor: str, role: Role) -> Phrase | None:
        """Ask for automatic operation, only when the station is safe for it."""
        why = self._common(role) or (None if self.in_maintenance else Phrase(mt.T_NOT_IN))
        if why is None:
            missing = self.leave_problems()
            if missing:
                why = Phrase(mt.T_CANNOT_LEAVE, (listing(missing, "; "),))
        if why is not None:
            return self._refuse("leave", why, actor, role)
        self._set_mode(st.StationMode.AUTOMATIC, actor, role, "maintenance leave")
        return None

    def _set_mode(self, mode: st.StationMode, actor: str, role: Role, action: str) -> None:
        self.journal.audit(AuditEntry(actor, role.name, action, {}))
        self.link.send_command(CommandRequest(st.CommandCode.SET_MODE, (int(mode),)))
        self.status = Phrase(mt.T_ASKED_IN if mode is st.StationMode.MAINTENANCE
                             else mt.T_ASKED_OUT)
        self.changed.emit()

    # --- hold-to-run ----------------------------------------------------------------------------

    def hold(self, request: JogRequest, actor: str, role: Role) -> Phrase | None:
        """The finger went down on a hold-to-run button: the lease starts (audited)."""
        why: Phrase | None = None
        if role < mt.MAINTENANCE_ROLE:
            why = Phrase(mt.T_NEEDS_TECHNICIAN)
        elif self.link_down or self.last is None:
            why = Phrase(mt.T_LINK_DOWN)
        elif not self.in_maintenance:
            why = Phrase(mt.T_HOLD_NEEDS_MODE)
        if why is not None:
            return self._refuse("hold-to-run", why, actor, role)
        self.holding = request
        self._screen_stop = ""
        self.journal.audit(AuditEntry(actor, role.name, "hold-to-run", {
            "axis": request.axis.name, "direction": request.direction,
            "target": request.target}))
        self.link.hold(request)
        self.status = None
        self.changed.emit()
        return None

    def release(self, why: str = "") -> None:
        """The finger came up, or the screen ended the hold (``why`` in words: a second
        touch, the window deactivated, the button gone)."""
        if self.holding is None:
            return
        self._screen_stop = why
        self.link.release()

    def _jog_stopped(self, stopped: JogStopped) -> None:
        self.holding = None if self.holding == stopped.request else self.holding
        self.last_stop = stopped
        if stopped.reason is JogEnd.RELEASED and self._screen_stop:
            self.status = Phrase(mt.T_HOLD_SCREEN, (Phrase(self._screen_stop),))
        else:
            self.status = end_phrase(stopped)
        self.journal.event("maintenance.hold_end", {
            "axis": stopped.request.axis.name, "direction": stopped.request.direction,
            "target": stopped.request.target, "reason": stopped.reason.value,
            "screen": self._screen_stop, "detail": stopped.detail,
            "refreshes": stopped.refreshes, "max_gap_s": stopped.max_gap_s})
        self._screen_stop = ""
        self.changed.emit()

    # --- slots out of service ------------------------------------------------------------------

    def take_out(self, slot: int, reason: str, until: float, actor: str,
                 role: Role) -> Phrase | None:
        """Take ``slot`` out of service for ``reason`` (one of ``mt.REASONS``) until
        ``until`` (wall clock; 0: until put back); None when done, else why not."""
        why: Phrase | None = None
        slots = len(self.last.slots) if self.last is not None else 0
        if role < mt.MAINTENANCE_ROLE:
            why = Phrase(mt.T_NEEDS_TECHNICIAN)
        elif not 1 <= slot <= slots:
            why = Phrase(mt.T_NO_SUCH_SLOT, (str(slot),))
        elif slot in self.out_of_service:
            why = Phrase(mt.T_ALREADY_OUT, (str(slot),))
        elif reason not in mt.REASONS:
            why = Phrase(mt.T_NO_REASON)
        elif until and until <= self.clock():
            why = Phrase(mt.T_UNTIL_PAST)
        elif self.last is not None and self.last.slots[slot - 1].state is st.SlotState.IN_SWAP:
            why = Phrase(mt.T_SLOT_IN_SWAP, (str(slot),))
        if why is not None:
            return self._refuse("slot out of service", why, actor, role)
        out = mt.OutOfService(slot, reason, actor, self.clock(), until)
        self.out_of_service[slot] = out
        self._save()
        self.journal.audit(AuditEntry(actor, role.name, "slot out of service", out.to_dict()))
        self._sent.pop(slot, None)
        if self.last is not None:
            self._keep_out(self.last, self.clock())
        self.status = Phrase(mt.T_OUT_OF_SERVICE, (str(slot), Phrase(reason)))
        self.changed.emit()
        return None

    def put_back(self, slot: int, actor: str, role: Role) -> Phrase | None:
        why: Phrase | None = None
        if role < mt.MAINTENANCE_ROLE:
            why = Phrase(mt.T_NEEDS_TECHNICIAN)
        elif slot not in self.out_of_service:
            why = Phrase(mt.T_NOT_OUT, (str(slot),))
        if why is not None:
            return self._refuse("slot back in service", why, actor, role)
        self._put_back(slot, actor, role.name, "put back")
        return None

    def _put_back(self, slot: int, actor: str, role: str, why: str) -> None:
        out = self.out_of_service.pop(slot)
        self._save()
        self.journal.audit(AuditEntry(actor, role, "slot back in service",
                                      {"slot": slot, "why": why, "was": out.reason}))
        # enabled whatever the last rack read showed (it may be a second old); a quarantined
        # pack's slot is disabled again by the pack service
        self.link.send_command(CommandRequest(st.CommandCode.CHARGER_ENABLE, (slot, 1)))
        self.status = Phrase(mt.T_BACK_IN_SERVICE, (str(slot),))
        self.changed.emit()

    def _keep_out(self, snap: StationSnapshot, now: float) -> None:
        """A slot out of service has its charger disabled at the controller; the controller
        restarted or someone enabled it: disabled again."""
        for slot in self.out_of_service:
            if not 1 <= slot <= len(snap.slots):
                continue
            s = snap.slots[slot - 1]
            if s.charger_state is st.ChargerState.DISABLED or s.state is st.SlotState.IN_SWAP:
                continue
            if now - self._sent.get(slot, -RESEND_S) < RESEND_S:
                continue
            self._sent[slot] = now
            self.journal.event("slot.disabled", {"slot": slot, "why": "out of service"})
            self.link.send_command(CommandRequest(st.CommandCode.CHARGER_ENABLE, (slot, 0)))

    def _load(self) -> dict[int, mt.OutOfService]:
        if self.path is None or not self.path.exists():
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return {int(d["slot"]): mt.OutOfService(int(d["slot"]), str(d["reason"]),
                                                    str(d["by"]), float(d["since"]),
                                                    float(d.get("until", 0.0)))
                    for d in data.get("out_of_service", [])}
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.error("maintenance: %s cannot be read (%s): no slot is kept out of service",
                      self.path, exc)
            return {}

    def _save(self) -> None:
        if self.path is None:
            return
        tmp = self.path.with_suffix(".tmp")
        try:
            with open(tmp, "w", encoding="utf-8") as f:
                json.dump({"out_of_service": [o.to_dict() for o in
                                              self.out_of_service.values()]}, f)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except OSError as exc:
            log.error("maintenance: %s cannot be written: %s", self.path, exc)
            with contextlib.suppress(OSError):
                tmp.unlink()
