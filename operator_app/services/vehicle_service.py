"""The vehicle registry kept at the station: add, edit, disable, enable, import a CSV list.

Every change is checked here (a signed-in technician or supervisor; the entry through
``domain/vehicle_list.check_entry``), written to the journal's ``vehicles`` table and its
audit chain in one transaction (with who, and for an edit each old and new value), and
only then applied to the registry the swap service identifies vehicles by. A refusal is
said in words (a ``Phrase``) and audited too ("vehicle add refused", ...).

A verb returns at once: a ``Phrase`` when it is refused, None when the change went to the
journal. ``finished(phrase, ok)`` then says what became of it (a few ms later, once it is
on disk; at once when there is no journal) and ``changed`` that the registry changed.
One change is recorded at a time.

The fleet's own pushes (``services/sync_service.py``) do not come through here: the fleet
is audited as the fleet.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from operator_app.domain import vehicle_list as vl
from operator_app.domain.roles import Role
from operator_app.domain.station import PackType
from operator_app.domain.vehicles import Vehicle, VehicleRegistry, plate_key
from operator_app.domain.words import Phrase, listing
from operator_app.storage.port import AuditEntry, JournalPort, NoJournal

EDITOR_ROLE = Role.TECHNICIAN


def change_words(changes: dict[str, list]) -> Phrase:
    """ "fleet A → B, blocks 2 → 3": each changed field with its old and new value."""
    def shown(value: Any) -> str:
        return "; ".join(value) if isinstance(value, list) else str(value)

    return listing([Phrase(vl.T_CHANGE, (Phrase(vl.FIELD_WORDS[f]), shown(old) or '""',
                                         shown(new) or '""'))
                    for f, (old, new) in changes.items()])


class VehicleService(QObject):
    changed = Signal()  # the registry changed: show it again
    finished = Signal(object, bool)  # (Phrase, ok): what became of the last change
    _written = Signal(object, object, object)  # from the writer's thread: (then, result, error)

    def __init__(self, registry: VehicleRegistry, journal: JournalPort | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.journal: JournalPort = journal or NoJournal()
        self.busy = False  # a change is being recorded
        self.last: tuple[Phrase, bool] | None = None  # what ``finished`` said last
        self._written.connect(self._done)

    # --- reading ------------------------------------------------------------------------------

    def rows(self, text: str = "") -> list[tuple[Vehicle, bool]]:
        """(vehicle, disabled here) by plate; ``text``: only plates holding it (compared as
        plates are, without spaces and hyphens)."""
        want = plate_key(" ".join(text.upper().split()))
        return sorted(((v, k in self.registry.disabled)
                       for k, v in self.registry.vehicles.items() if want in k),
                      key=lambda r: (plate_key(r[0].plate), r[0].plate))

    def get(self, plate: str) -> Vehicle | None:
        return self.registry.find(plate)

    # --- changing -----------------------------------------------------------------------------

    def add(self, actor: str, role: Role, plate: str, fleet: str, model: str,
            pack_type: str | PackType | None, blocks: str | int,
            tags: str | tuple[str, ...] = ()) -> Phrase | None:
        """Register a new vehicle; a plate already registered is refused."""
        what = {"plate": " ".join(plate.split())}
        why = self._may(role)
        if why is None:
            try:
                v = vl.check_entry(plate, fleet, model, pack_type, blocks, tags)
            except vl.EntryError as exc:
                why = exc.phrase
            else:
                what["plate"] = v.plate
                if self.registry.find(v.plate) is not None:
                    why = Phrase(vl.T_ALREADY_REGISTERED, (self.registry.find(v.plate).plate,))
                else:
                    why = self._tags_free(v)
        if why is not None:
            return self._refused("vehicle add refused", what, why, actor, role)

        def then(added: bool) -> tuple[Phrase, bool]:
            if not added:  # the journal had it though the registry had not (never expected)
                return Phrase(vl.T_ALREADY_REGISTERED, (v.plate,)), False
            self.registry.add(v)
            return Phrase(vl.T_ADDED, (v.plate, v.fleet, v.pack_type.name.split("_")[0]),
                          count=v.blocks, one=vl.T_ADDED_ONE), True

        return self._submit(self.journal.vehicle_add(v, actor, role.name), then)

    def edit(self, actor: str, role: Role, plate: str, fleet: str, model: str,
             pack_type: str | PackType | None, blocks: str | int,
             tags: str | tuple[str, ...] | None = None) -> Phrase | None:
        """Change a registered vehicle (never its plate); ``tags`` None keeps its tags."""
        was = self.registry.find(plate)
        what = {"plate": was.plate if was is not None else " ".join(plate.split())}
        why = self._may(role)
        if why is None and was is None:
            why = Phrase(vl.T_NOT_IN_REGISTRY, (what["plate"],))
        if why is None:
            assert was is not None
            try:
                v = vl.check_entry(was.plate, fleet, model, pack_type, blocks,
                                   was.tags if tags is None else tags)
            except vl.EntryError as exc:
                why = exc.phrase
            else:
                v = replace(v, plate=was.plate)
                why = self._tags_free(v)
        if why is not None:
            return self._refused("vehicle edit refused", what, why, actor, role)
        if v == was:
            self._finish(Phrase(vl.T_UNCHANGED, (v.plate,)), True)
            return None

        def then(changes: dict[str, list] | None) -> tuple[Phrase, bool]:
            if changes is None:
                return Phrase(vl.T_NOT_IN_REGISTRY, (v.plate,)), False
            self.registry.add(v)  # whether it is disabled is kept
            if not changes:
                return Phrase(vl.T_UNCHANGED, (v.plate,)), True
            return Phrase(vl.T_EDITED, (v.plate, change_words(changes))), True

        return self._submit(self.journal.vehicle_edit(v, was, actor, role.name), then)

    def set_disabled(self, actor: str, role: Role, plate: str, disabled: bool) -> Phrase | None:
        """Disable a vehicle at this station (it is no longer identified, so no swap starts
        for it), or enable it again."""
        v = self.registry.find(plate)
        action = "vehicle disable" if disabled else "vehicle enable"
        what = {"plate": v.plate if v is not None else " ".join(plate.split())}
        why = self._may(role)
        if why is None and v is None:
            why = Phrase(vl.T_NOT_IN_REGISTRY, (what["plate"],))
        if why is not None:
            return self._refused(action + " refused", what, why, actor, role)
        assert v is not None

        def then(changed: bool | None) -> tuple[Phrase, bool]:
            if changed is None:
                return Phrase(vl.T_NOT_IN_REGISTRY, (v.plate,)), False
            self.registry.set_disabled(v.plate, disabled)
            if not changed:
                return Phrase(vl.T_ALREADY_DISABLED if disabled else vl.T_ALREADY_ENABLED,
                              (v.plate,)), True
            return Phrase(vl.T_DISABLED_NOW if disabled else vl.T_ENABLED_NOW,
                          (v.plate,)), True

        return self._submit(self.journal.vehicle_disabled(v, disabled, actor, role.name), then)

    def import_file(self, actor: str, role: Role, path: Path) -> Phrase | None:
        """A CSV vehicle list: every line checked first; any wrong line refuses the whole
        file (each wrong line said with its number) and nothing changes. A good file adds
        the new vehicles and updates the others, audited once with the file and the counts."""
        what: dict[str, Any] = {"file": str(path)}
        why = self._may(role)
        plan = None
        if why is None:
            try:
                data = path.read_bytes()
            except OSError as exc:
                why = Phrase(vl.T_CANNOT_READ, (path.name, exc.strerror or str(exc)))
            else:
                what["sha256"] = hashlib.sha256(data).hexdigest()
                try:
                    plan = vl.plan_import(vl.read_csv(data), self.registry)
                except vl.EntryError as exc:
                    why = Phrase(vl.T_FILE_REFUSED, (path.name, exc.phrase))
        if why is not None:
            return self._refused("vehicles import refused", what, why, actor, role)
        assert plan is not None
        updated = [new for _was, new in plan.updated]

        def then(detail: dict[str, Any]) -> tuple[Phrase, bool]:
            for v in (*plan.new, *updated):
                self.registry.add(v)
            return Phrase(vl.T_IMPORTED, (path.name, str(detail["added"]),
                                          str(detail["updated"]),
                                          str(detail["unchanged"]))), True

        return self._submit(self.journal.vehicles_import(
            plan.new, plan.updated, str(path), actor, role.name, len(plan.unchanged),
            what["sha256"]), then)

    # --- inside -------------------------------------------------------------------------------

    def _may(self, role: Role) -> Phrase | None:
        if role < EDITOR_ROLE:
            return Phrase(vl.T_NEEDS_TECHNICIAN)
        if self.busy:
            return Phrase(vl.T_BUSY)
        return None

    def _tags_free(self, v: Vehicle) -> Phrase | None:
        for tag in v.tags:
            owner = vl.tag_owner(self.registry, tag, v.plate)
            if owner is not None:
                return Phrase(vl.T_TAG_TAKEN, (tag, owner))
        return None

    def _refused(self, action: str, what: dict[str, Any], why: Phrase, actor: str,
                 role: Role) -> Phrase:
        self.journal.audit(AuditEntry(actor, role.name, action, {**what,
                                                                 "reason": why.english()}))
        return why

    def _submit(self, written: Future, then: Callable[[Any], tuple[Phrase, bool]]) -> None:
        self.busy = True
        written.add_done_callback(lambda f: self._written.emit(
            then, None if f.exception() else f.result(), f.exception()))

    @Slot(object, object, object)
    def _done(self, then: Callable[[Any], tuple[Phrase, bool]], result: Any,
              error: BaseException | None) -> None:
        self.busy = False
        if error is not None:
            self._finish(Phrase(vl.T_NOT_RECORDED, (str(error),)), False)
            return
        phrase, ok = then(result)
        self.changed.emit()
        self._finish(phrase, ok)

    def _finish(self, phrase: Phrase, ok: bool) -> None:
        self.last = (phrase, ok)
        self.finished.emit(phrase, ok)
