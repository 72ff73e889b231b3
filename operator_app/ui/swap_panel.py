"""The swap panel: identify, see the plan and why, start with two taps, watch, abort.

A renderer and a request emitter over ``SwapService``: it shows the transaction
the service holds and forwards taps to the service's verbs, which decide. The
start needs two taps (Start, then Confirm); the confirmation lapses when the plan
changes or after 15 s, so it never stays valid after the situation changed.
Abort is always visible while a swap runs.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from operator_app.domain import station as st
from operator_app.domain.roles import Role
from operator_app.domain.supervisor import ACTIVE, ENDED, Phase, Refused, Transaction
from operator_app.domain.vehicles import ENTRY_MAX, IdMethod
from operator_app.domain.words import Phrase
from operator_app.services.session import ANONYMOUS
from operator_app.services.swap_service import SwapService
from operator_app.ui import local
from operator_app.ui.identify_page import clock
from operator_app.ui.station_panel import say
from operator_app.ui.swap_strip import HALTED, show_progress
from operator_app.ui.texts import label
from operator_app.ui.theme import MIN_TARGET_MM, PRIMARY_TARGET_MM, mm_to_px
from operator_app.ui.widgets import kinetic

CONFIRM_WINDOW_S = 15.0


RECEIPT_SHOWN_S = 120.0  # the finished swap's receipt waits this long in the panel


class SwapPanel(QWidget):
    wants_keyboard = Signal()  # the operator asks for the touch keyboard and the day's list
    receipt_wanted = Signal()  # the operator taps the finished swap's receipt

    def __init__(self, service: SwapService, dpi: float, operator: str = "operator") -> None:
        super().__init__()
        self.service = service
        self.operator = operator
        self.role = Role.OPERATOR
        self.needs_name = False  # the station asks operators to sign in by name first
        self._armed_at: float | None = None
        self._armed_plan: tuple | None = None
        self._receipt_tx = 0
        # plate -> ISO time of its swap today (the journal's); set by the window
        self.swapped_today: Callable[[], dict[str, str]] = dict
        self._recent: tuple[str, str] | None = None  # (plate, "HH:MM") swapped today
        size = self._primary = mm_to_px(PRIMARY_TARGET_MM, dpi)
        entry = mm_to_px(MIN_TARGET_MM, dpi)  # the plate row: tappable, not the primary act
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        self.plate = QLineEdit()
        self.plate.setObjectName("plateEntry")
        self.plate.setMaxLength(ENTRY_MAX)  # a wedge reader may type a 40-character tag
        self.plate.setPlaceholderText(self.tr("Plate, or scan the vehicle's code"))
        self.plate.setMinimumHeight(entry)
        self.identify_button = self._button(self.tr("Identify"), "identify", entry)
        self.keyboard_button = self._button(self.tr("Keyboard / list"), "openIdentify", entry)
        row.addWidget(self.plate, 1)
        row.addWidget(self.identify_button)
        row.addWidget(self.keyboard_button)
        layout.addLayout(row)
        self._bay_text = self.tr("Bay: no data yet.")  # said while no vehicle is identified
        self.vehicle = QLabel(self.tr("No vehicle identified"))
        self.vehicle.setObjectName("vehicle")
        self.vehicle.setWordWrap(True)
        self.plan = QLabel("")
        self.plan.setObjectName("plan")
        self.plan.setWordWrap(True)
        self.message = QLabel("")
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.packs = QLabel("")
        self.packs.setObjectName("packs")
        self.packs.setWordWrap(True)
        # the finished swap's receipt: a button beside the outcome, which says the rest
        self.receipt_button = self._button(self.tr("Receipt and QR code"), "openReceipt",
                                           mm_to_px(10, dpi))
        self.receipt_button.clicked.connect(self.receipt_wanted)
        self.receipt_row = self.receipt_button
        self.receipt_row.setVisible(False)
        self._receipt_timer = QTimer(self)
        self._receipt_timer.setSingleShot(True)
        self._receipt_timer.timeout.connect(self.withdraw_receipt)
        self.stale_note = QLabel("")
        self.stale_note.setObjectName("swapStale")
        self.stale_note.setWordWrap(True)
        self.stale_note.setVisible(False)
        outcome = QHBoxLayout()
        outcome.addWidget(self.message, 1)
        outcome.addWidget(self.receipt_button)
        for w in (self.vehicle, self.packs, self.plan):
            layout.addWidget(w)
        layout.addLayout(outcome)
        layout.addWidget(self.stale_note)
        self.message.setStyleSheet("font-weight: bold;")
        self.steps = QListWidget()
        self.steps.setObjectName("steps")
        self.steps.setMinimumHeight(mm_to_px(5, dpi))  # the steps take the room left: they scroll
        kinetic(self.steps)
        layout.addWidget(self.steps, 1)
        self.bar_row = QWidget()
        bar = QHBoxLayout(self.bar_row)
        bar.setContentsMargins(0, 0, 0, 0)
        self.progress = QProgressBar()
        self.progress.setObjectName("swapProgress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.remaining = QLabel("")
        self.remaining.setObjectName("remaining")
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.remaining)
        layout.addWidget(self.bar_row)
        self.strip: QWidget | None = None
        self.halted: st.StationState | None = None  # the station holds or stopped motion
        self._now_row = -1  # the running step's row in the steps list, kept in sight
        buttons = QHBoxLayout()
        self.start_button = self._button(self.tr("Start swap"), "start", size)
        self.start_button.setProperty("role", "mandatory")
        self.confirm_button = self._button(self.tr("Confirm start"), "confirm", size)
        self.confirm_button.setProperty("role", "mandatory")
        self.abort_button = self._button(self.tr("ABORT"), "abort", size)
        self.abort_button.setProperty("role", "stop")
        for b in (self.start_button, self.confirm_button, self.abort_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.identify_button.clicked.connect(self._identify)
        self.keyboard_button.clicked.connect(self.wants_keyboard)
        self.plate.returnPressed.connect(self._identify)  # keyboard-wedge readers end with Enter
        self.start_button.clicked.connect(self._arm)
        self.confirm_button.clicked.connect(self._confirm)
        self.abort_button.clicked.connect(self.abort)
        service.changed.connect(self.show_transaction)
        service.refused.connect(self._refused)
        self._expiry = QTimer(self)
        self._expiry.timeout.connect(self._check_armed)
        self._expiry.start(500)
        self.show_transaction(service.tx)

    def hasHeightForWidth(self) -> bool:
        """No: a layout takes a height-for-width widget's preferred height (its steps list's
        included) as its minimum, and would squeeze the rack below for it. Without it the
        panel gets its minimum, and the steps list gives up its room first."""
        return False

    def _refused(self, reason: str | Phrase) -> None:
        text = say(reason)
        if text != self.plan.text():  # a plan's "why not" is already on screen
            self.message.setText(text)
            self.message.setVisible(True)  # an empty message took no room: it does now

    def _button(self, text: str, name: str, size: int) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.setProperty("primary", size >= self._primary)  # the style sheet's minimum size
        b.setMinimumSize(2 * size, size)
        return b

    # --- taps, forwarded to the service ------------------------------------------------------

    def _identify(self) -> None:
        text = self.plate.text().strip()
        if not text:
            self.wants_keyboard.emit()  # nothing typed or scanned: offer the keyboard
            return
        method = IdMethod.TAG if ":" in text else IdMethod.PLATE_ENTRY
        if self.identify(text, method):
            self.plate.clear()

    def identify(self, text: str, method: IdMethod) -> bool:
        """Identify and plan at once: one identification, then one confirmation."""
        result = self.service.identify(text, method)
        if isinstance(result, Refused):
            return False
        plate = self.service.tx.vehicle.plate if self.service.tx.vehicle else ""
        when = self.swapped_today().get(plate)
        self._recent = (plate, clock(when)) if when else None  # said with the vehicle
        self._armed_at = None
        self.withdraw_receipt()  # a new vehicle: the last one's outcome is gone
        self.service.plan()
        return True

    def _arm(self) -> None:
        plan = self.service.plan()
        if isinstance(plan, Refused):
            return
        self._armed_at, self._armed_plan = time.monotonic(), self.service.supervisor.plan_key()
        self.message.setText(self.tr("Tap Confirm start within 15 s to start the swap."))
        self._refresh_buttons()

    def _confirm(self) -> None:
        if self._armed_at is None:
            self.message.setText(self.tr("Tap Start swap first."))
            return
        if not self._armed_valid():
            self._disarm(self.tr("The confirmation lapsed: tap Start swap again."))
            return
        if self.needs_name and self.operator == ANONYMOUS:
            self._disarm(self.tr("This station asks operators to sign in by name: tap Sign in "
                                 "(bottom right), then start again."))
            return
        self._armed_at = None
        self.service.confirm(self.operator, self.role)
        self._refresh_buttons()

    def abort(self) -> None:
        self.service.abort(self.operator, self.role)

    def set_station(self, state: st.StationState | None) -> None:
        """The station's state from the latest snapshot: a held or stopped swap is said so."""
        halted = state if state in HALTED else None
        if halted is not self.halted:
            self.halted = halted
            self.show_transaction(self.service.tx)

    def use_strip(self, strip: QWidget) -> None:
        """The window's swap strip shows the progress and ABORT on every page: the panel
        does not show them twice."""
        self.strip = strip
        self.bar_row.setVisible(False)
        self._refresh_buttons()

    def set_stale(self, age: str) -> None:
        """The steps came from the controller: greyed, with their age, while the link is
        down."""
        self.steps.setEnabled(not age)
        self.stale_note.setText(self.tr("Steps as last known (%1): the link is down.")
                                .replace("%1", age) if age else "")
        self.stale_note.setVisible(bool(age) and self.service.tx.phase in ACTIVE)

    def show_bay(self, bay) -> None:
        """The bay line: which vehicle stands in the bay, by what the bay read."""
        if not bay.vehicle_present:
            text = self.tr("The bay is empty.")
        elif bay.plate:
            text = self.tr("In the bay: %1.").replace("%1", bay.plate)
        else:
            text = self.tr("In the bay: a vehicle, plate not read.")
        if text != self._bay_text:
            self._bay_text = text
            self._show_vehicle(self.service.tx)

    def offer_receipt(self, record: dict, since: float | None = None) -> None:
        """The finished swap's receipt, one tap away in the panel, withdrawn after a while.
        Offered with the transaction whose swap just ended; a record that comes after the
        operator moved on to another vehicle is not offered over the new transaction.
        ``since``: when (monotonic) it was first offered, in a window made anew since."""
        tx = self.service.tx
        left = RECEIPT_SHOWN_S - (0.0 if since is None else time.monotonic() - since)
        if self._moved_on(tx) or left <= 0:
            return
        self.receipt_button.setText(self.tr("Receipt of %1 (QR code)").replace(
            "%1", str(record.get("vehicle_plate") or "?")))
        self.receipt_row.setVisible(True)
        self._receipt_tx = id(tx)  # the transaction it belongs to
        self._receipt_timer.start(int(left * 1000))

    @staticmethod
    def _moved_on(tx: Transaction) -> bool:
        """The operator is on another vehicle's swap: identified, planned or running (a
        vehicle that only drove into the bay is not that yet)."""
        if tx.phase in ENDED:
            return False
        return tx.vehicle is not None or tx.phase in ACTIVE or (
            tx.swap is not None and tx.swap.running)

    def withdraw_receipt(self) -> None:
        self._receipt_timer.stop()
        self.receipt_row.setVisible(False)

    def _armed_valid(self) -> bool:
        if self._armed_at is None:
            return False
        if time.monotonic() - self._armed_at > CONFIRM_WINDOW_S:
            return False
        # the plan must be the one the operator saw: same vehicle, packs and slots (a live
        # SoC in its explanation changes nothing the confirmation was given for)
        key = self.service.supervisor.plan_key()
        return key is not None and key == self._armed_plan

    def _check_armed(self) -> None:
        if self._armed_at is not None and not self._armed_valid():
            self._disarm(self.tr("The confirmation lapsed: the plan changed or time ran out."))

    def _disarm(self, why: str) -> None:
        self._armed_at = None
        self.message.setText(why)
        self._refresh_buttons()

    # --- rendering -----------------------------------------------------------------------------

    @Slot(object)
    def show_transaction(self, tx: Transaction) -> None:
        if id(tx) != self._receipt_tx and self._moved_on(tx):
            self.withdraw_receipt()  # the next vehicle's: the last one's receipt goes
        self._show_vehicle(tx)
        # each thing said once: before the start, the plan and why (or why there is none);
        # while it runs, the packs going in; once it ended, only its outcome
        self.packs.setText(self._packs_text(tx) if tx.phase in ACTIVE else "")
        if tx.phase in (Phase.IDLE, Phase.IDENTIFIED):
            plan = say(tx.note)  # why there is no plan, when there is none
        elif tx.phase is Phase.PLANNED and tx.rejected is None and tx.plan is not None:
            plan = say(tx.plan.explanation)
        else:
            plan = ""  # a rejection's message says why and what to do
        self.plan.setText(plan)
        self._show_steps(tx)
        # the steps while it runs; once it ended the outcome (and the recovery steps) say it
        self.steps.setVisible(tx.phase in ACTIVE)
        self.stale_note.setVisible(bool(self.stale_note.text()) and tx.phase in ACTIVE)
        left = show_progress(self.progress, tx)
        whole = None if left is None else max(0, round(left))  # 59.6 s: "1 min 00 s"
        self.remaining.setText(self.tr("about %1 min %2 s left")
                               .replace("%1", local.number(whole // 60))
                               .replace("%2", local.number(whole % 60).rjust(2, "0"))
                               if whole is not None and tx.phase in ACTIVE else "")
        self.message.setText(self._message(tx))
        for w in (self.packs, self.plan, self.message):  # an empty line takes no room
            w.setVisible(bool(w.text()))
        self._refresh_buttons()

    def _show_vehicle(self, tx: Transaction) -> None:
        if tx.vehicle is not None:
            v = tx.vehicle
            text = (self.tr("%1, %2, %3: %4 block(s) of %5")
                    .replace("%1", v.plate).replace("%2", v.fleet)
                    .replace("%3", v.model).replace("%4", str(v.blocks))
                    .replace("%5", label(v.pack_type)))
            if self._recent and self._recent[0] == v.plate and tx.phase in (
                    Phase.IDENTIFIED, Phase.PLANNED):
                text += "\n" + self.tr("%1 was swapped at %2 today: check before swapping "
                                        "again").replace("%1", v.plate).replace(
                    "%2", self._recent[1])
        else:
            text = self.tr("No vehicle identified. %1").replace("%1", self._bay_text)
        if text != self.vehicle.text():
            self.vehicle.setText(text)

    def _message(self, tx: Transaction) -> str:
        """What the operator reads about the transaction now; never an earlier outcome."""
        if tx.phase is Phase.COMPLETED:
            return self.tr("Swap completed.")
        if tx.phase in (Phase.FAILED, Phase.ABORTED):
            return self.tr("The swap stopped: %1. Follow the recovery steps below.").replace(
                "%1", say(tx.note))
        if tx.phase is Phase.CONFIRMED:
            if tx.start_unknown:
                return self.tr("No answer to the start yet: watching the station to learn "
                               "whether the swap started. ABORT stops it if it did.")
            if tx.recording:
                return self.tr("Recording the start…")
            return self.tr("Start sent: waiting for the controller.")
        if tx.phase in ACTIVE:
            who = {"console": self.tr("started here"),
                   "bay button": self.tr("started at the bay's local button"),
                   "another terminal": self.tr("started from another terminal")}.get(
                tx.started_by, self.tr("started here"))
            text = self.tr("Swap running, %1. ABORT stops it safely at any time.").replace(
                "%1", who)
            if self.halted is not None:  # nothing moves: it does not read as running
                text = self.tr("%1: the swap (%2) does not move. ABORT ends it safely.").replace(
                    "%1", QCoreApplication.translate(
                        "Station", HALTED[self.halted])).replace(  # tr: HALTED
                    "%2", who)
            if tx.abort_requested:
                text = self.tr("Abort requested: the controller brings the step to a safe "
                               "stop.")
            elif tx.abort_failed:
                text = self.tr("The abort was NOT confirmed by the controller (the link is "
                               "down, no answer, or refused). Tap ABORT again, or use the "
                               "E-stop if the machine must stop now.")
            return text
        if tx.rejected is not None:
            why, then = tx.rejected
            return self.tr("The controller did not start the swap: %1. What to do: %2.") \
                .replace("%1", say(why)).replace("%2", say(then))
        if self._armed_at is not None:
            return self.tr("Tap Confirm start within 15 s to start the swap.")
        return ""

    def _packs_text(self, tx: Transaction) -> str:
        plan = tx.plan
        if plan is None or tx.phase in (Phase.IDLE, Phase.IDENTIFIED):
            return ""
        ins = "; ".join(
            self.tr("slot %1 (…%2, %3 %, SoH %4 %)").replace("%1", str(s.slot))
            .replace("%2", (s.pack_code or "?")[-6:])
            .replace("%3", "-" if s.soc is None else local.number(s.soc))
            .replace("%4", "-" if s.soh is None else local.number(s.soh))
            for s in plan.packs_in)
        out = (self.tr("out: none from block 1 (it carries no pack)") if not plan.out_slot
               else self.tr("out: to slot %1") if plan.vehicle.blocks == 1 else
               self.tr("out: block 1 to slot %1, the others to free slots the controller "
                       "picks"))
        return self.tr("In: %1; %2").replace("%1", ins).replace(
            "%2", out.replace("%1", str(plan.out_slot)))

    def _show_steps(self, tx: Transaction) -> None:
        """Every step of the swap: done with its time, running with its timer, still to come."""
        rows: list[str] = []
        now_row = -1  # the running step's row
        slow: set[int] = set()  # the rows of slow steps, in bold (in every language)
        seen = {(v.step, v.block): v for v in tx.steps}
        sequence = st.swap_sequence(tx.vehicle.blocks) if tx.vehicle else []
        extra = [(v.step, v.block) for v in tx.steps if (v.step, v.block) not in sequence]
        current = (tx.steps[-1].step, tx.steps[-1].block) if tx.steps else None
        started = tx.phase in ACTIVE | ENDED
        for key in [*extra, *sequence] if started else sequence:
            step, block = key
            name = label(step)
            if block and tx.vehicle and tx.vehicle.blocks > 1:
                name = self.tr("%1, block %2").replace("%1", name).replace("%2", str(block))
            view = seen.get(key)
            if view is None:
                rows.append(self.tr("○ %1: about %2 s").replace("%1", name)
                            .replace("%2", local.number(st.expected_time(step))))
                continue
            running = key == current and tx.phase in ACTIVE
            if running:
                now_row = len(rows)
            mark = "▶" if running else "✓"
            text = self.tr("%1 %2: %3 s of %4 s").replace("%1", mark).replace("%2", name) \
                .replace("%3", local.number(view.elapsed)).replace(
                    "%4", local.number(view.expected))
            if view.slow:
                text += "  " + self.tr("SLOW: %1").replace("%1", say(view.slow_reason))
                slow.add(len(rows))
            rows.append(text)
        if [self.steps.item(i).text() for i in range(self.steps.count())] != rows:
            self.steps.clear()
            self.steps.addItems(rows)
            for i in sorted(slow):
                item = self.steps.item(i)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        if now_row != self._now_row:  # a new step: in sight (the operator may scroll between)
            self._now_row = now_row
            if now_row >= 0:
                self.steps.scrollToItem(self.steps.item(now_row),
                                        QAbstractItemView.ScrollHint.PositionAtCenter)

    def _refresh_buttons(self) -> None:
        phase = self.service.tx.phase
        armed = self._armed_at is not None
        self.start_button.setEnabled(phase is Phase.PLANNED and not armed)
        self.confirm_button.setEnabled(phase is Phase.PLANNED and armed)
        self.abort_button.setVisible(self.strip is None)  # else the strip's ABORT
        self.abort_button.setEnabled(phase in ACTIVE)
        # while a swap runs nothing is identified or started: room for its steps
        running = phase in ACTIVE
        for b in (self.start_button, self.confirm_button):
            b.setVisible(not running or self.strip is None)
        for w in (self.plate, self.identify_button, self.keyboard_button):
            w.setVisible(not running)
