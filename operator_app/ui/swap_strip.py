"""The running swap on every page: the current step and time left in large text, the
progress, and ABORT.

Shown from the moment a start is sent until the swap has ended, whatever page the
operator is on (alarms, a pack's details, sign-in), so that ABORT is never more
than one tap away. A renderer over ``SwapService``: ABORT goes to the service.

It takes the place of the station's state at the top of the window (the window swaps
them when ``running_changed`` says so), in room kept for the larger of the two: nothing
on the page moves when a swap starts, so a tap meant for the page never lands on ABORT.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from operator_app.domain import station as st
from operator_app.domain.supervisor import ACTIVE, Phase, Transaction, progress
from operator_app.services.swap_service import SwapService
from operator_app.ui.sizes import Sizes
from operator_app.ui.texts import label
from operator_app.ui.theme import DAY, PRIMARY_TARGET_MM, Palette, mm_to_px
from operator_app.ui.widgets import ElidedLabel, ShrinkLabel, button


def show_progress(bar: QProgressBar, tx: Transaction) -> float | None:
    """Set ``bar`` to the swap's share done; the seconds left, or None before it started."""
    shown = progress(tx)
    bar.setValue(0 if shown is None else round(shown[0] * 100))
    return None if shown is None else shown[1]


# the station states in which a running swap does not move, in the strip's words
HALTED = {
    st.StationState.HELD: QT_TRANSLATE_NOOP("Station", "Motion held"),
    st.StationState.ESTOP: QT_TRANSLATE_NOOP("Station", "EMERGENCY STOP"),
    st.StationState.FAULT: QT_TRANSLATE_NOOP("Station", "Fault"),
}


class SwapStrip(QFrame):
    """Step · progress · time left · ABORT, on top of every page while a swap runs."""

    aborted = Signal()
    running_changed = Signal(bool)  # a swap to show, or none: the window swaps the slot

    def __init__(self, service: SwapService, dpi: float) -> None:
        super().__init__()
        self.setObjectName("swapStrip")
        self.service = service
        sizes = Sizes(dpi)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 0, 6, 0)
        text = QVBoxLayout()
        text.setSpacing(0)
        self.step = ShrinkLabel("", min_px=sizes.title)  # smaller before it is shortened
        self.step.setObjectName("stripStep")
        self.step.setFont(sizes.font(sizes.large, bold=True))
        self._large, self._stale = sizes.large, ""
        self._stale_colour = DAY.stale
        self.step.setStyleSheet(f"font-size: {sizes.large}px; font-weight: bold;")
        # heights fixed from the fonts: a text set (or a longer word) never makes the strip
        # taller, so nothing below it moves; no taller than ABORT and the station's bar
        big = QFontMetrics(sizes.font(sizes.large, bold=True))
        self.step.setFixedHeight(big.capHeight() + big.descent() + 6)  # as the station's
        self.step.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.progress = QProgressBar()
        self.progress.setObjectName("stripProgress")
        self.progress.setRange(0, 100)
        self.progress.setFixedHeight(sizes.px(4))
        self.progress.setTextVisible(False)  # the figure is in the time-left text
        text.addWidget(self.step)
        # under the step: the progress, and while nothing moves, why (the station's faults,
        # the E-stop) in its place, which the station's own bar says when no swap runs
        under = QHBoxLayout()
        line = QFontMetrics(sizes.font(sizes.body, bold=True)).height() + 2
        under.addWidget(self.progress, 1)
        self.why = ElidedLabel("")
        self.why.setObjectName("stripWhy")
        self.why.setFixedHeight(line)
        self.why.setStyleSheet("font-weight: bold;")
        under.addWidget(self.why, 1)
        holder = QWidget()
        holder.setFixedHeight(line)
        holder.setLayout(under)
        under.setContentsMargins(0, 0, 0, 0)
        text.addWidget(holder)
        row.addLayout(text, 1)
        self.left = QLabel("")
        self.left.setObjectName("stripTimeLeft")
        self.left.setStyleSheet(f"font-size: {sizes.large}px; font-weight: bold;")
        self.left.setFixedHeight(big.capHeight() + big.descent() + 6)
        self.left.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.left_word = QLabel("")
        self.left_word.setObjectName("stripLeftWord")
        self.left_word.setStyleSheet("font-weight: bold;")
        self.left_word.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.left_word.setFixedHeight(line)
        time_column = QVBoxLayout()
        time_column.setSpacing(0)
        time_column.addWidget(self.left)
        time_column.addWidget(self.left_word)
        row.addLayout(time_column)
        self.abort_button = button(self.tr("ABORT"), "stripAbort", dpi, role="stop", wide=2)
        primary = mm_to_px(PRIMARY_TARGET_MM, dpi)
        self.abort_button.setFixedHeight(primary)  # 15 mm whole, whatever the style's padding
        # the room the window keeps for the strip (and the station's bar in its place)
        self.room = max(primary, self.step.height() + line)
        self.abort_button.clicked.connect(self._abort)
        row.addWidget(self.abort_button)
        self._halted: st.StationState | None = None
        self.running = False
        service.changed.connect(self.show_transaction)
        self.show_transaction(service.tx)

    def set_station(self, state: st.StationState | None) -> None:
        """The station's state from the latest snapshot: a swap whose motion is held or
        stopped does not read as running (the step's name alone would say it moves)."""
        halted = state if state in HALTED else None
        if halted is not self._halted:
            self._halted = halted
            self.show_transaction(self.service.tx)

    def set_palette(self, palette: Palette) -> None:
        """The theme's grey for a step shown while the link is down."""
        self._stale_colour = palette.stale
        if self._stale:
            stale, self._stale = self._stale, ""
            self.set_stale(stale)

    def set_why(self, text: str) -> None:
        """What holds the station (its faults, a latched E-stop), said under a halted step."""
        self.why.set_full(text)  # shortened with "…" where it must be, never cut

    def _abort(self) -> None:
        self.aborted.emit()

    def set_stale(self, age: str) -> None:
        """While the link is down the step and time left are the last known: greyed, with
        their age (ABORT stays live: the console sends it when it can)."""
        if age == self._stale:
            return
        self._stale = age
        colour = f"color: {self._stale_colour};" if age else ""
        for w in (self.step, self.left):
            w.setStyleSheet(f"font-size: {self._large}px; font-weight: bold; {colour}")
        self.show_transaction(self.service.tx)

    def show_transaction(self, tx: Transaction) -> None:
        running = tx.phase in ACTIVE or tx.phase is Phase.CONFIRMED
        if running != self.running:
            self.running = running
            self.running_changed.emit(running)
        if not running:
            return
        if tx.steps:
            current = tx.steps[-1]
            name = label(current.step)
            if current.block and tx.vehicle and tx.vehicle.blocks > 1:
                name = self.tr("%1, block %2").replace("%1", name).replace(
                    "%2", str(current.block))
            if self._stale:
                shown = self.tr("%1 (last known, %2)").replace("%1", name).replace(
                    "%2", self._stale)
            elif self._halted is not None:
                # no pause sign: its glyph comes from a fallback font whose taller ascent cut
                # the large line at the top
                shown = self.tr("%1: %2", "halted step: what holds it, then the step").replace(
                    "%1", QCoreApplication.translate(
                        "Station", HALTED[self._halted])).replace(  # tr: HALTED
                    "%2", name)
            else:
                shown = "▶ " + name
            self.step.set_full(shown)
        else:
            self.step.set_full(self.tr("Starting the swap…"))
        left = show_progress(self.progress, tx)
        halted_why = self._halted is not None and bool(self.why.full)
        self.why.setVisible(halted_why)
        self.progress.setVisible(not halted_why)
        if self._halted is not None and not self._stale:
            self.left.setText(self.tr("stopped"))  # no time runs down while nothing moves
            self.left_word.setText("")
        else:
            # the minutes and seconds large; "left" small under them: the step's name gets
            # the width (it was shortened to "Fetch ch…" at 149 DPI)
            self.left.setText("" if left is None else self.tr("%1:%2").replace(
                "%1", str(int(left // 60))).replace("%2", f"{int(left % 60):02d}"))
            self.left_word.setText("" if left is None else self.tr("left"))
        self.abort_button.setEnabled(tx.phase in ACTIVE or tx.phase is Phase.CONFIRMED)
