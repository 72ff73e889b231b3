"""The swap panel: identify, see the plan and why, start with two taps, watch, abort.

A renderer and a request emitter over ``SwapService``: it shows the transaction
the service holds and forwards taps to the service's verbs, which decide. The
start needs two taps (Start, then Confirm); the confirmation lapses when the plan
changes or after 15 s, so it never stays valid after the situation changed.
Abort is always visible while a swap runs.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from operator_app.domain.supervisor import ACTIVE, Phase, Refused, Transaction
from operator_app.domain.vehicles import PLATE_MAX, IdMethod
from operator_app.services.swap_service import SwapService
from operator_app.ui.texts import label
from operator_app.ui.theme import PRIMARY_TARGET_MM, mm_to_px

CONFIRM_WINDOW_S = 15.0


class SwapPanel(QWidget):
    def __init__(self, service: SwapService, dpi: float, operator: str = "operator") -> None:
        super().__init__()
        self.service = service
        self.operator = operator
        self._armed_at: float | None = None
        self._armed_plan: str | None = None
        size = mm_to_px(PRIMARY_TARGET_MM, dpi)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.plate = QLineEdit()
        self.plate.setObjectName("plateEntry")
        self.plate.setMaxLength(PLATE_MAX + 4)
        self.plate.setPlaceholderText(self.tr("Plate, or scan the vehicle's code"))
        self.plate.setMinimumHeight(size)
        self.identify_button = self._button(self.tr("Identify"), "identify", size)
        row.addWidget(self.plate, 1)
        row.addWidget(self.identify_button)
        layout.addLayout(row)
        self.vehicle = QLabel(self.tr("No vehicle identified"))
        self.vehicle.setObjectName("vehicle")
        self.plan = QLabel("")
        self.plan.setObjectName("plan")
        self.plan.setWordWrap(True)
        self.message = QLabel("")
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        for w in (self.vehicle, self.plan, self.message):
            layout.addWidget(w)
        self.steps = QListWidget()
        self.steps.setObjectName("steps")
        layout.addWidget(self.steps, 1)
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
        self.plate.returnPressed.connect(self._identify)  # keyboard-wedge readers end with Enter
        self.start_button.clicked.connect(self._arm)
        self.confirm_button.clicked.connect(self._confirm)
        self.abort_button.clicked.connect(self._abort)
        service.changed.connect(self.show_transaction)
        service.refused.connect(self.message.setText)
        self._expiry = QTimer(self)
        self._expiry.timeout.connect(self._check_armed)
        self._expiry.start(500)
        self.show_transaction(service.tx)

    def _button(self, text: str, name: str, size: int) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.setProperty("primary", True)
        b.setMinimumSize(2 * size, size)
        return b

    # --- taps, forwarded to the service ------------------------------------------------------

    def _identify(self) -> None:
        text = self.plate.text().strip()
        method = IdMethod.TAG if ":" in text else IdMethod.PLATE_ENTRY
        result = self.service.identify(text, method)
        if not isinstance(result, Refused):
            self.plate.clear()
            self.service.plan()

    def _arm(self) -> None:
        plan = self.service.plan()
        if isinstance(plan, Refused):
            return
        self._armed_at, self._armed_plan = time.monotonic(), self.service.tx.note
        self.message.setText(self.tr("Tap Confirm start within 15 s to start the swap."))
        self._refresh_buttons()

    def _confirm(self) -> None:
        if self._armed_at is None:
            self.message.setText(self.tr("Tap Start swap first."))
            return
        if not self._armed_valid():
            self._disarm(self.tr("The confirmation lapsed: tap Start swap again."))
            return
        self._armed_at = None
        self.service.confirm(self.operator)
        self._refresh_buttons()

    def _abort(self) -> None:
        self.service.abort(self.operator)

    def _armed_valid(self) -> bool:
        if self._armed_at is None:
            return False
        if time.monotonic() - self._armed_at > CONFIRM_WINDOW_S:
            return False
        # the plan must be the one the operator saw
        return self.service.tx.phase is Phase.PLANNED and self.service.tx.note == self._armed_plan

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
        if tx.vehicle is not None:
            v = tx.vehicle
            self.vehicle.setText(self.tr("%1, %2, %3: %4 block(s) of %5")
                                 .replace("%1", v.plate).replace("%2", v.fleet)
                                 .replace("%3", v.model).replace("%4", str(v.blocks))
                                 .replace("%5", label(v.pack_type)))
        else:
            self.vehicle.setText(self.tr("No vehicle identified"))
        self.plan.setText(tx.note)
        self.steps.clear()
        for view in tx.steps:
            name = label(view.step)
            if view.block:
                name = self.tr("%1, block %2").replace("%1", name).replace("%2", str(view.block))
            text = self.tr("%1: %2 s of %3 s").replace("%1", name) \
                .replace("%2", f"{view.elapsed:.0f}").replace("%3", f"{view.expected:.0f}")
            if view.slow:
                text += "  " + self.tr("SLOW: %1").replace("%1", view.slow_reason)
            self.steps.addItem(text)
        if tx.phase is Phase.COMPLETED:
            self.message.setText(self.tr("Swap completed."))
        elif tx.phase in ACTIVE:
            self.message.setText(self.tr("Swap running. ABORT stops it safely at any time."))
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        phase = self.service.tx.phase
        armed = self._armed_at is not None
        self.start_button.setEnabled(phase is Phase.PLANNED and not armed)
        self.confirm_button.setEnabled(phase is Phase.PLANNED and armed)
        self.abort_button.setVisible(True)
        self.abort_button.setEnabled(phase in ACTIVE)
