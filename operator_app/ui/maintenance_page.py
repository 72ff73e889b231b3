"""The technician's maintenance page: the mode, hold-to-run motion, slots, counters, tools.

Sections, chosen with the buttons along the top:

- Mode and motion: enter or leave maintenance (through the controller: the page shows
  maintenance only once the controller reports it, and says what keeps the station from
  leaving it); the hold-to-run buttons (``HoldButton``) and why the controller does not
  move, live; the lift, shuttle and lock heads as the controller reports them.
- Slots: every slot's state; out of service with a reason and until when, back in service;
  the slot's charger enabled or disabled.
- Counters: the controller's preventive-maintenance counters against the configured limits.
- Tools: the journal tools, the register monitor, the users, the vehicle registry.

Everything here needs a signed-in technician; the services check it again.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from operator_app.config import ServiceIntervals
from operator_app.domain import maintenance as mt
from operator_app.domain import station as st
from operator_app.domain.jog import JogRequest, refusal_phrase
from operator_app.domain.recovery import Action
from operator_app.domain.roles import Role
from operator_app.domain.snapshot import StationSnapshot
from operator_app.domain.words import Phrase
from operator_app.services.maintenance_service import MaintenanceService
from operator_app.ui import local
from operator_app.ui.hold_button import DEACTIVATED, HIDDEN, SECOND_TOUCH, HoldButton, HoldWatch
from operator_app.ui.sizes import Sizes
from operator_app.ui.station_panel import say
from operator_app.ui.theme import GLOVE_GAP_MM, PRIMARY_TARGET_MM, mm_to_px
from operator_app.ui.widgets import Page, button

UNTIL_CHOICES = ((0, QT_TRANSLATE_NOOP("MaintenancePage", "Until put back")),
                 (3600, QT_TRANSLATE_NOOP("MaintenancePage", "1 hour")),
                 (8 * 3600, QT_TRANSLATE_NOOP("MaintenancePage", "8 hours")),
                 (24 * 3600, QT_TRANSLATE_NOOP("MaintenancePage", "24 hours")))


def reason_word(reason: str) -> str:
    return QCoreApplication.translate("Recovery", reason)  # tr: domain texts


class MaintenancePage(Page):
    """What a technician does at the station, in maintenance or not."""

    tool_wanted = Signal(str)  # "journal", "registers", "users", "settings", "vehicles"

    def __init__(self, dpi: float, service: MaintenanceService, recovery,
                 who: Callable[[], tuple[str, Role]],
                 intervals: ServiceIntervals | None = None) -> None:
        super().__init__(self.tr("Maintenance"), dpi, "maintenancePage")
        self.service, self.recovery, self.who = service, recovery, who
        self.intervals = intervals or ServiceIntervals()
        gap = mm_to_px(GLOVE_GAP_MM, dpi)
        self.message = QLabel("")
        self.message.setObjectName("maintenanceMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-weight: bold;")
        sections = self.head  # the section buttons beside the title: the body keeps the height
        self.sections = QStackedWidget()
        self.section_buttons: list[QPushButton] = []
        group = QButtonGroup(self)
        for i, text in enumerate((self.tr("Mode and motion"), self.tr("Slots"),
                                  self.tr("Counters"), self.tr("Tools"))):
            b = button(text, f"section{i}", dpi, primary=False)
            b.setCheckable(True)
            b.clicked.connect(lambda _=False, n=i: self._section(n))
            group.addButton(b)
            sections.addWidget(b)
            self.section_buttons.append(b)
        self.section_buttons[0].setChecked(True)
        self.body.addWidget(self.message)
        self.body.addWidget(self.sections, 1)

        # --- mode and motion -------------------------------------------------------------
        mode = QWidget()
        mode_layout = QVBoxLayout(mode)
        mode_layout.setContentsMargins(0, 0, 0, 0)
        mode_layout.setSpacing(gap)
        row = QHBoxLayout()
        row.setSpacing(gap)
        self.mode_label = QLabel("")
        self.mode_label.setObjectName("modeLabel")
        self.mode_label.setStyleSheet("font-weight: bold;")
        self.mode_button = button("", "modeButton", dpi, role="mandatory")
        self.mode_button.clicked.connect(self._mode_tapped)
        row.addWidget(self.mode_label, 1)
        row.addWidget(self.mode_button)
        mode_layout.addLayout(row)
        self.mode_label.setWordWrap(True)
        self.motion_area = QGridLayout()
        self.motion_area.setSpacing(gap)
        mode_layout.addLayout(self.motion_area)
        self._build_motion(dpi)
        self.refusal = self.message  # why a move does not run: the page's one status line
        self._hold_refusal = None  # the controller's last refusal during the current hold
        self._dismissed = None  # the service's status when the section changed: not shown
        mode_layout.addStretch(1)
        self.machine = QLabel("")
        self.machine.setObjectName("machineState")
        self.machine.setWordWrap(True)
        mode_layout.addWidget(self.machine)
        self.sections.addWidget(mode)

        # --- slots -----------------------------------------------------------------------
        slots = QWidget()
        slots_layout = QHBoxLayout(slots)
        slots_layout.setContentsMargins(0, 0, 0, 0)
        slots_layout.setSpacing(gap)
        self.slot_grid = QGridLayout()
        self.slot_grid.setSpacing(gap)
        self.slot_buttons: dict[int, QPushButton] = {}
        self.slot_group = QButtonGroup(self)
        grid_box = QVBoxLayout()
        grid_box.addLayout(self.slot_grid)
        grid_box.addStretch(1)
        slots_layout.addLayout(grid_box, 2)
        side = QVBoxLayout()
        side.setSpacing(gap)
        self.slot_info = QLabel("")
        self.slot_info.setObjectName("slotInfo")
        self.slot_info.setWordWrap(True)
        side.addWidget(self.slot_info)
        reasons = QGridLayout()
        reasons.setSpacing(gap)
        self.reason_buttons: dict[str, QPushButton] = {}
        self.reason_group = QButtonGroup(self)
        for i, r in enumerate(mt.REASONS):
            b = button(reason_word(r), f"reason{i}", dpi, primary=False)
            b.setCheckable(True)
            self.reason_group.addButton(b)
            reasons.addWidget(b, i // 3, i % 3)
            self.reason_buttons[r] = b
        side.addLayout(reasons)
        until = QHBoxLayout()
        until.setSpacing(gap)
        self.until_buttons: dict[int, QPushButton] = {}
        self.until_group = QButtonGroup(self)
        for seconds, text in UNTIL_CHOICES:
            b = button(QCoreApplication.translate("MaintenancePage", text), f"until{seconds}",
                       dpi, primary=False)  # tr: UNTIL_CHOICES
            b.setCheckable(True)
            self.until_group.addButton(b)
            until.addWidget(b)
            self.until_buttons[seconds] = b
        self.until_buttons[0].setChecked(True)
        side.addLayout(until)
        actions = QHBoxLayout()
        actions.setSpacing(gap)
        self.out_button = button(self.tr("Take out of service"), "takeOut", dpi)
        self.back_in_button = button(self.tr("Back in service"), "putBack", dpi)
        self.charger_off_button = button(self.tr("Disable charger"), "chargerOff", dpi,
                                         primary=False)
        self.charger_on_button = button(self.tr("Enable charger"), "chargerOn", dpi,
                                        primary=False)
        for b in (self.out_button, self.back_in_button, self.charger_off_button,
                  self.charger_on_button):
            actions.addWidget(b)
        side.addLayout(actions)
        side.addStretch(1)
        slots_layout.addLayout(side, 3)
        self.out_button.clicked.connect(self._take_out)
        self.back_in_button.clicked.connect(self._put_back)
        self.charger_off_button.clicked.connect(lambda: self._charger(False))
        self.charger_on_button.clicked.connect(lambda: self._charger(True))
        self.sections.addWidget(slots)

        # --- counters --------------------------------------------------------------------
        counters = QWidget()
        counters_layout = QVBoxLayout(counters)
        self.counters = QLabel("")
        self.counters.setObjectName("counters")
        self.counters.setWordWrap(True)
        counters_layout.addWidget(self.counters)
        counters_layout.addStretch(1)
        self.sections.addWidget(counters)

        # --- tools -----------------------------------------------------------------------
        tools = QWidget()
        tools_column = QVBoxLayout(tools)
        tools_layout = QHBoxLayout()
        tools_column.addLayout(tools_layout)
        self.tools_message = QLabel("")  # why a tool does not open
        self.tools_message.setObjectName("toolsMessage")
        self.tools_message.setWordWrap(True)
        self.tools_message.setStyleSheet("font-weight: bold;")
        tools_column.addWidget(self.tools_message)
        tools_column.addStretch(1)
        tools_layout.setSpacing(gap)
        for name, text in (("journal", self.tr("Journal tools")),
                           ("registers", self.tr("Register monitor")),
                           ("users", self.tr("Users")),
                           ("settings", self.tr("Settings")),
                           ("vehicles", self.tr("Vehicles"))):
            b = button(text, f"tool_{name}", dpi)
            b.clicked.connect(lambda _=False, n=name: self.tool_wanted.emit(n))
            tools_layout.addWidget(b)
        tools_layout.addStretch(1)
        self.sections.addWidget(tools)
        self.tool_area = tools_layout

        service.changed.connect(self.refresh)
        self.refresh()

    def _build_motion(self, dpi: float) -> None:
        """The hold-to-run buttons: each moves only while a finger stays on it."""
        size = mm_to_px(PRIMARY_TARGET_MM, dpi)
        self.hold_buttons: dict[str, HoldButton] = {}
        self.watch = HoldWatch(self)
        self.slot_target, self.head_target = 0, 1

        def hold(name: str, text: str, make: Callable[[], JogRequest], row: int,
                 col: int) -> HoldButton:
            b = HoldButton(text, name)
            b.setMinimumSize(size, size)
            b.setProperty("primary", True)
            b.held.connect(lambda: self._held(b, make()))
            b.let_go.connect(self._let_go)
            self.motion_area.addWidget(b, row, col)
            self.hold_buttons[name] = b
            return b

        ax = st.LiftAxis
        hold("liftUp", self.tr("Lift up"), lambda: JogRequest(ax.LIFT, 1), 0, 0)
        hold("liftDown", self.tr("Lift down"), lambda: JogRequest(ax.LIFT, -1), 0, 1)
        hold("shuttleBay", self.tr("Shuttle toward bay"), lambda: JogRequest(ax.SHUTTLE, -1),
             0, 2)
        hold("shuttleRack", self.tr("Shuttle toward rack"), lambda: JogRequest(ax.SHUTTLE, 1),
             0, 3)
        hold("home", self.tr("Home axes"), lambda: JogRequest(ax.HOME, 1), 0, 4)
        self.slot_less = button("−", "slotLess", dpi, primary=False)
        self.slot_label = QLabel("")
        self.slot_label.setObjectName("slotTarget")
        self.slot_more = button("+", "slotMore", dpi, primary=False)
        stepper = QHBoxLayout()
        for w in (self.slot_less, self.slot_label, self.slot_more):
            stepper.addWidget(w)
        self.motion_area.addLayout(stepper, 1, 0)
        hold("shuttleTo", self.tr("Shuttle to it"),
             lambda: JogRequest(ax.SHUTTLE_TO_SLOT, 1, self.slot_target), 1, 1)
        self.head_less = button("−", "headLess", dpi, primary=False)
        self.head_label = QLabel("")
        self.head_label.setObjectName("headTarget")
        self.head_more = button("+", "headMore", dpi, primary=False)
        heads = QHBoxLayout()
        for w in (self.head_less, self.head_label, self.head_more):
            heads.addWidget(w)
        self.motion_area.addLayout(heads, 1, 2)
        hold("lock", self.tr("Lock head"),
             lambda: JogRequest(ax.LOCK_HEAD, 1, self.head_target), 1, 3)
        hold("unlock", self.tr("Unlock head"),
             lambda: JogRequest(ax.LOCK_HEAD, -1, self.head_target), 1, 4)
        self.slot_less.clicked.connect(lambda: self._step_slot(-1))
        self.slot_more.clicked.connect(lambda: self._step_slot(1))
        self.head_less.clicked.connect(lambda: self._step_head(-1))
        self.head_more.clicked.connect(lambda: self._step_head(1))
        self._show_targets()

    def _step_slot(self, d: int) -> None:
        slots = len(self.service.last.slots) if self.service.last is not None else 0
        self.slot_target = max(0, min(slots, self.slot_target + d))
        self._show_targets()

    def _step_head(self, d: int) -> None:
        self.head_target = max(1, min(st.LOCK_HEADS, self.head_target + d))
        self._show_targets()

    def _show_targets(self) -> None:
        self.slot_label.setText(self.tr("Bay") if self.slot_target == 0 else
                                self.tr("Slot %1").replace("%1", str(self.slot_target)))
        self.head_label.setText(self.tr("Head %1").replace("%1", str(self.head_target)))

    def _held(self, b: HoldButton, request: JogRequest) -> None:
        actor, role = self.who()
        why = self.service.hold(request, actor, role)
        if why is not None:
            b.down = False
            b.setDown(False)
            self.refusal.setText(say(why))
            return
        self.watch.watch(b)
        self._hold_refusal = None
        self.refusal.setText(self.tr("Moving while held…"))

    def _let_go(self, why: str) -> None:
        self.watch.unwatch()
        words = {SECOND_TOUCH: mt.S_SECOND_TOUCH, DEACTIVATED: mt.S_DEACTIVATED,
                 HIDDEN: mt.S_HIDDEN}.get(why, "")
        self.service.release(words)

    def _show_hold(self, snap: StationSnapshot) -> None:
        m = snap.machine
        holding = self.service.holding
        refusal = refusal_phrase(m.jog_refusal, holding.axis if holding is not None else None)
        if self.service.holding is not None:
            if refusal is not None:
                self._hold_refusal = refusal  # kept for after the release, which says why
                self.refusal.setText(say(refusal))
            elif m.jog_elapsed is not None:
                self.refusal.setText(self.tr("Moving while held: %1 s").replace(
                    "%1", local.number(m.jog_elapsed, 1)))
        elif self.service.last_stop is not None and self.service.status is not None and \
                self.service.status is not self._dismissed:
            self.refusal.setText(self._status_text())
        role = self.who()[1]
        may = self.service.in_maintenance and role >= mt.MAINTENANCE_ROLE
        for b in self.hold_buttons.values():
            if not b.down:
                b.setEnabled(may)

    # --- showing --------------------------------------------------------------------------

    def show_snapshot(self, snap: StationSnapshot) -> None:
        if not self.isVisible():
            return
        self._show_hold(snap)
        self._show_machine(snap)
        self._show_counters(snap)
        self._show_slots(snap)
        self._show_mode()

    def refresh(self) -> None:
        self._show_mode()
        if self.service.last is not None:
            self._show_slots(self.service.last)
            self._show_machine(self.service.last)
            self._show_hold(self.service.last)
            self._show_counters(self.service.last)
        if self.service.status is not None and self.service.status is not self._dismissed:
            self.message.setText(self._status_text())

    def _status_text(self) -> str:
        """What the service last said; after a hold the controller refused, why it did not
        move stays said beside why the hold ended."""
        text = say(self.service.status)
        if self.service.holding is None and self.service.last_stop is not None and \
                self._hold_refusal is not None:
            text = self.tr("%1 (while held: %2)").replace("%1", text).replace(
                "%2", say(self._hold_refusal))
        return text

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)

    def _show_mode(self) -> None:
        s = self.service
        _actor, role = self.who()
        if s.in_maintenance:
            missing = s.leave_problems()
            self.mode_label.setText(
                self.tr("Maintenance, confirmed by the controller. Before leaving: %1").replace(
                    "%1", "; ".join(say(p) for p in missing)) if missing else
                self.tr("Maintenance, confirmed by the controller. Safe to leave: lift down, "
                        "shuttle at the bay, nothing carried."))
            self.mode_button.setText(self.tr("Leave maintenance"))
            if role < mt.MAINTENANCE_ROLE:  # left in maintenance, or opened from the banner
                self.mode_label.setText(self.mode_label.text() + " " + self.tr(
                    "Nobody who may work here is signed in: a technician signs in (the status "
                    "bar's sign-in) to move the axes or to leave maintenance."))
        else:
            self.mode_label.setText(self.tr("Automatic operation. Motion by hand needs "
                                            "maintenance mode."))
            self.mode_button.setText(self.tr("Enter maintenance"))
        self.mode_button.setEnabled(role >= mt.MAINTENANCE_ROLE and not s.link_down)

    def _show_machine(self, snap: StationSnapshot) -> None:
        m = snap.machine

        def num(v: float | None, unit: str) -> str:
            return "—" if v is None else f"{local.number(v)} {unit}"

        where = (self.tr("at the bay") if m.shuttle_location == 0 else
                 self.tr("between stops") if m.shuttle_location is None else
                 self.tr("at slot %1").replace("%1", str(m.shuttle_location)))
        heads = " ".join(f"{i}:{self._lock_word(state)}" for i, (state, _t) in
                         enumerate(m.locks, 1))
        self.machine.setText(self.tr("Lift %1, load %2. Shuttle %3 (%4). Lock heads %5")
                             .replace("%1", num(m.lift_height, "mm"))
                             .replace("%2", num(m.lift_load, "kg"))
                             .replace("%3", num(m.shuttle_position, "mm"))
                             .replace("%4", where).replace("%5", heads))

    def _show_counters(self, snap: StationSnapshot) -> None:
        m, iv = snap.machine, self.intervals
        rows = []
        for text, value, limit in (
                (self.tr("Lift cycles"), m.lift_cycles, iv.lift_cycles),
                (self.tr("Lock cycles"), m.lock_cycles, iv.lock_cycles),
                (self.tr("Shuttle travel, km"),
                 None if m.shuttle_travel_m is None else m.shuttle_travel_m / 1000,
                 iv.shuttle_km)):
            if value is None:
                rows.append(self.tr("%1: the controller does not count it (protocol 3.2 "
                                    "has the counters)").replace("%1", text))
                continue
            shown = local.number(value, 1 if isinstance(value, float) else 0)  # km: 0.1
            line = self.tr("%1: %2 of %3 (%4 %)").replace("%1", text).replace(
                "%2", shown).replace("%3", local.number(limit)).replace(
                "%4", local.number(100 * value / limit))
            if value >= limit:
                line = self.tr("%1: SERVICE DUE").replace("%1", line)
            rows.append(line)
        self.counters.setText("\n".join(rows))
        self.counters_due = [r for r in rows if r.endswith(self.tr("SERVICE DUE"))]

    def _lock_word(self, state: st.LockState | None) -> str:
        return {st.LockState.LOCKED: self.tr("locked"), st.LockState.UNLOCKED: self.tr("open"),
                st.LockState.MOVING: self.tr("moving"), st.LockState.FAULT: self.tr("FAULT")
                }.get(state, "–")  # type: ignore[arg-type]

    def _show_slots(self, snap: StationSnapshot) -> None:
        if len(self.slot_buttons) != len(snap.slots):
            for b in self.slot_buttons.values():
                self.slot_group.removeButton(b)
                self.slot_grid.removeWidget(b)
                b.deleteLater()
            self.slot_buttons.clear()
            # wide enough for the longest state word: never cut ("OUT OF SERVIC")
            sizes = Sizes(self.dpi)
            words = QFontMetrics(sizes.font(sizes.body, bold=True))
            wide = max(words.horizontalAdvance(w) for w in (
                self.tr("out of service"), self.tr("charger disabled"),
                self.tr("charger fault"), self.tr("in service"))) + 28
            for s in snap.slots:
                b = button("", f"maintSlot{s.slot}", self.dpi, primary=False)
                b.setMinimumWidth(wide)
                b.setCheckable(True)
                b.clicked.connect(lambda _=False: self._show_selected())
                self.slot_group.addButton(b)
                self.slot_grid.addWidget(b, (s.slot - 1) // 4, (s.slot - 1) % 4)
                b.show()
                self.slot_buttons[s.slot] = b
        for s in snap.slots:
            out = self.service.out_of_service.get(s.slot)
            state = (self.tr("out of service") if out is not None else
                     self.tr("charger disabled") if s.charger_state is st.ChargerState.DISABLED
                     else self.tr("charger fault") if s.charger_state is st.ChargerState.FAULT
                     else self.tr("in service"))
            self.slot_buttons[s.slot].setText(self.tr("Slot %1\n%2").replace(
                "%1", str(s.slot)).replace("%2", state))
        self._show_selected()

    def selected_slot(self) -> int:
        b = self.slot_group.checkedButton()
        return next((n for n, x in self.slot_buttons.items() if x is b), 0)

    def _show_selected(self) -> None:
        slot = self.selected_slot()
        out = self.service.out_of_service.get(slot)
        _actor, role = self.who()
        may = role >= mt.MAINTENANCE_ROLE
        if not slot:
            self.slot_info.setText(self.tr("Tap a slot. To take it out of service, tap why and "
                                           "until when."))
        elif out is not None:
            when = (local.date_time(out.until) if out.until
                    else "")
            text = mt.T_OUT_UNTIL if out.until else mt.T_OUT_OF_SERVICE
            self.slot_info.setText(
                say(Phrase(text, (str(slot), Phrase(out.reason), when))) + "\n"
                + self.tr("Taken out by %1.").replace("%1", out.by))
        else:
            self.slot_info.setText(self.tr("Slot %1 is in service. To take it out, tap why and "
                                           "until when.").replace("%1", str(slot)))
        self.out_button.setEnabled(may and bool(slot) and out is None)
        self.back_in_button.setEnabled(may and out is not None)
        for b in (self.charger_on_button, self.charger_off_button):
            b.setEnabled(may and bool(slot) and out is None)

    # --- doing ----------------------------------------------------------------------------

    def _section(self, n: int) -> None:
        """Another section: what the last action said there is not this one's news."""
        self.sections.setCurrentIndex(n)
        self._dismissed = self.service.status
        self.message.setText("")
        self.tools_message.setText("")

    def _said(self, why: Phrase | None) -> None:
        self._hold_refusal = None  # another action: the last hold's refusal is not its news
        if why is not None:
            self.message.setText(say(why))
        self.refresh()

    def _mode_tapped(self) -> None:
        actor, role = self.who()
        if self.service.in_maintenance:
            self._said(self.service.leave(actor, role))
        else:
            self._said(self.service.enter(actor, role))

    def _take_out(self) -> None:
        actor, role = self.who()
        slot = self.selected_slot()
        reason = next((r for r, b in self.reason_buttons.items() if b.isChecked()), "")
        seconds = next((s for s, b in self.until_buttons.items() if b.isChecked()), 0)
        until = time.time() + seconds if seconds else 0.0
        self._said(self.service.take_out(slot, reason, until, actor, role))

    def _put_back(self) -> None:
        actor, role = self.who()
        self._said(self.service.put_back(self.selected_slot(), actor, role))

    def _charger(self, on: bool) -> None:
        actor, role = self.who()
        slot = self.selected_slot()
        self.recovery.perform(Action.CHARGER_ON if on else Action.CHARGER_OFF, actor, role,
                              slot)
        self.message.setText(say(self.recovery.status))

