"""A scripted walk through every screen of the real console, saving a PNG of each.

``operator-app --simulate --screenshots DIR`` runs it (scripts/screenshots.sh does so
under Xvfb at 1280x800 and 1920x1080). It drives the window as an operator
would: a vehicle arrives (training channel), it is identified and the swap
started with two taps, a fault is injected and the alarm page opened.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Generator
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from operator_app.domain import station as st
from operator_app.domain.recovery import Action
from operator_app.domain.roles import Role
from operator_app.domain.snapshot import StationSnapshot
from operator_app.domain.supervisor import Phase
from operator_app.domain.vehicles import IdMethod

log = logging.getLogger(__name__)
Wait = Callable[[], bool]
PLATE = "RIO2E19"  # a delivery van: the seed-0 rack has its pack type ready
PLATE_2 = "FKZR-71"  # a one-block tractor, for the fault


class ScreenshotTour(QObject):
    finished = Signal()

    def __init__(self, window, out: Path, timeout_s: float = 300.0) -> None:
        super().__init__(window)
        self.window = window
        self.out = out
        out.mkdir(parents=True, exist_ok=True)
        self.last: StationSnapshot | None = None
        self.deadline = time.monotonic() + timeout_s
        self.saved: list[Path] = []
        self._steps = self._script()
        self._waiting: Wait | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._advance)
        screen = QApplication.primaryScreen()
        if screen is not None:
            window.setGeometry(screen.availableGeometry())
        self.suffix = f"{window.width()}x{window.height()}"

    def on_snapshot(self, snap: StationSnapshot) -> None:
        self.last = snap
        if not self._timer.isActive():
            self._timer.start(200)

    def _advance(self) -> None:
        if time.monotonic() > self.deadline:
            log.error("screenshot tour timed out; saved %d", len(self.saved))
            self._timer.stop()
            self.finished.emit()
            return
        if self._waiting is not None and not self._waiting():
            return
        try:
            self._waiting = next(self._steps)
        except StopIteration:
            self._timer.stop()
            self.finished.emit()

    def grab(self, name: str) -> None:
        QApplication.processEvents()
        path = self.out / f"{name}-{self.suffix}.png"
        self.window.grab().save(str(path))
        self.saved.append(path)
        log.info("saved %s", path)

    def _state(self) -> st.StationState | None:
        return self.last.status.state if self.last else None

    def _settle(self, seconds: float) -> Wait:
        until = time.monotonic() + seconds
        return lambda: time.monotonic() >= until

    def _script(self) -> Generator[Wait, None, None]:
        w = self.window
        yield self._settle(1.5)
        self.grab("main-idle")
        if self.last is not None and not self.last.bay.vehicle_present:
            w.options.trainer(f"arrive {PLATE} ok")
        yield lambda: self._state() is st.StationState.READY
        w.open_identify()
        w.identify_page.field.setText("RIO2")
        yield self._settle(0.5)
        self.grab("identify")
        w.identify_page.identify.emit(PLATE, IdMethod.PLATE_ENTRY)
        yield lambda: w.services.swaps.tx.phase is Phase.PLANNED
        yield self._settle(0.5)
        self.grab("main-planned")
        w.swap_panel.start_button.click()
        w.swap_panel.confirm_button.click()
        yield lambda: len(w.services.swaps.tx.steps) >= 4
        yield self._settle(0.5)
        self.grab("main-swapping")
        yield lambda: w.stack.currentWidget() is w.receipt_page
        yield self._settle(0.5)
        self.grab("receipt")
        w.show_main()
        w.options.trainer("fault charger_fault:3")
        w.options.trainer("fault pack_alarm:5:HIGH_TEMPERATURE:2")
        yield lambda: len(w.services.alarms.ordered()) >= 2
        yield self._settle(3.0)
        self.grab("main-alarm")
        w.show_page(w.alarm_page)
        first = w.services.alarms.ordered()[0]
        w.alarm_page.select(first.key)
        yield self._settle(0.5)
        self.grab("alarms")
        w.open_pack(2)
        yield self._settle(0.3)
        self.grab("pack")
        w.show_page(w.training_page)
        yield self._settle(0.3)
        self.grab("training")
        w._role_tapped()
        yield self._settle(0.3)
        self.grab("sign-in")
        w.show_page(w.details_page)
        yield self._settle(0.5)
        self.grab("details")
        w.show_main()
        w.apply_theme("night")
        yield self._settle(0.5)
        self.grab("main-night")
        w.apply_theme("day")
        assert w.services.swaps.tx.phase in (Phase.COMPLETED, Phase.IDLE, Phase.FAILED)
        # a fault mid-swap and the guided recovery: the E-stop, before the cabinet key
        recovery = w.services.recovery
        w.options.trainer("clear")
        yield lambda: recovery.guidance() is not None
        recovery.perform(Action.RESET_FAULTS, "tour", Role.OPERATOR, bay_clear=True)
        yield lambda: not self.last.status.faults and self._state() is st.StationState.IDLE
        w.options.trainer(f"arrive {PLATE_2} ok")
        yield lambda: self._state() is st.StationState.READY
        w.swap_panel.identify(PLATE_2, IdMethod.CAMERA)
        yield lambda: w.services.swaps.tx.phase is Phase.PLANNED
        w.swap_panel.start_button.click()
        w.swap_panel.confirm_button.click()
        yield lambda: len(w.services.swaps.tx.steps) >= 3
        w.options.trainer("fault estop")
        yield lambda: w.services.swaps.tx.phase is Phase.FAILED
        yield self._settle(1.0)
        self.grab("main-recovery")
        w.options.trainer("cabinet-reset")
