"""A scripted walk through every screen of the real console, saving a PNG of each.

``operator-app --simulate --screenshots DIR`` runs it (scripts/screenshots.sh does so
under Xvfb at 1280x800 and 1920x1080). It drives the window as an operator
would: a vehicle arrives (training channel), it is identified and the swap
started with two taps, faults are injected (an E-stop mid-swap, a rejected start,
a lock jam, the link lost) and the alarm page opened. After each state it checks
that everything fits (ui/fit.py) and writes what does not to fit-WxH.json.
"""

from __future__ import annotations

import json
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
from operator_app.ui.fit import fit_problems

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
        self.fits: dict[str, list[str]] = {}
        self._steps = self._script()
        self._waiting: Wait | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._advance)
        window.fit_to_screen()
        self.suffix = f"{window.width()}x{window.height()}"

    def on_snapshot(self, snap: StationSnapshot) -> None:
        self.last = snap
        if not self._timer.isActive():
            self._timer.start(200)

    def _advance(self) -> None:
        if time.monotonic() > self.deadline:
            g = self.window.services.recovery.guidance()
            code = getattr(self._waiting, "__code__", None)
            log.error("screenshot tour timed out waiting at tour.py line %s; saved %d; station "
                      "%s, faults %s, swap %s, guidance %s",
                      code.co_firstlineno if code else "?", len(self.saved), self._state(),
                      self.last.status.faults if self.last else None,
                      self.window.services.swaps.tx.phase,
                      [s.text.english() for s in g.steps] if g else None)
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
        """Save the window itself (its size is the window's) and say whether it fits."""
        QApplication.processEvents()
        path = self.out / f"{name}-{self.suffix}.png"
        self.window.grab().save(str(path))
        self.saved.append(path)
        problems = fit_problems(self.window)
        self.fits[name] = problems
        log.info("saved %s", path)
        if problems:
            log.warning("%s does not fit: %s", name, " | ".join(problems))
        (self.out / f"fit-{self.suffix}.json").write_text(json.dumps(self.fits, indent=1))

    def _state(self) -> st.StationState | None:
        return self.last.status.state if self.last else None

    def _settle(self, seconds: float) -> Wait:
        until = time.monotonic() + seconds
        return lambda: time.monotonic() >= until

    def _reset_here(self) -> Generator[Wait, None, None]:
        """Reset the station's faults from the screen, as the recovery panel does."""
        recovery = self.window.services.recovery
        tried = [0.0]

        def reset_done() -> bool:
            if not self.last.status.faults and self._state() in (
                    st.StationState.IDLE, st.StationState.READY, st.StationState.POSITIONING,
                    st.StationState.COMPLETE):
                return True
            # again until it is allowed and done: the cabinet key's turn, say, may not have
            # reached the console's snapshot when the first tap is made; and as a technician
            # where the guidance asks for one (homing after an E-stop mid-transfer)
            if time.monotonic() - tried[0] > 1.0:
                for action in (Action.RESET_FAULTS, Action.HOME_AXES):
                    if recovery.check(action, Role.TECHNICIAN) is None:
                        tried[0] = time.monotonic()
                        recovery.perform(action, "tour", Role.TECHNICIAN, bay_clear=True)
                        break
            return False

        yield reset_done

    def _arrive(self, plate: str) -> Generator[Wait, None, None]:
        """``plate`` drives in, whatever is in the bay: a vehicle of the simulator's own
        arrivals may have come while the tour looked elsewhere (or the link was down)."""
        w = self.window
        while not w.options.trainer(f"arrive {plate} ok").startswith("OK"):
            w.options.trainer("leave")
            yield lambda: self.last is not None and not self.last.bay.vehicle_present
        # READY with this vehicle (a snapshot from before a lost link can read READY with the
        # last one), as the swap supervisor sees it too
        yield lambda: (self._state() is st.StationState.READY and self.last.bay.plate == plate
                       and (sup := w.services.swaps.supervisor.last) is not None
                       and sup.bay.plate == plate
                       and sup.bay.blocks_detected == self.last.bay.blocks_detected)

    def _plan(self, plate: str) -> Generator[Wait, None, None]:
        w = self.window
        yield from self._arrive(plate)
        w.swap_panel.identify(plate, IdMethod.CAMERA)
        yield lambda: w.services.swaps.tx.phase is Phase.PLANNED

    def _script(self) -> Generator[Wait, None, None]:
        w = self.window
        swaps = w.services.swaps
        yield self._settle(1.5)
        self.grab("main-idle")
        if self.last is not None and not self.last.bay.vehicle_present:
            w.options.trainer(f"arrive {PLATE} ok")
        yield lambda: self._state() is st.StationState.READY
        w.open_identify()
        w.identify_page.field.setText("RIO2")
        yield self._settle(0.5)
        self.grab("identify")
        w.identify_page.keyboard.pages.setCurrentIndex(1)  # the Thai page
        yield self._settle(0.3)
        self.grab("identify-thai")
        w.identify_page.keyboard.pages.setCurrentIndex(0)
        w.identify_page.identify.emit(PLATE, IdMethod.PLATE_ENTRY)
        yield lambda: swaps.tx.phase is Phase.PLANNED
        yield self._settle(0.5)
        self.grab("main-planned")  # the packs chosen and the slot for the depleted one marked
        w.swap_panel.start_button.click()
        w.swap_panel.confirm_button.click()
        yield lambda: len(swaps.tx.steps) >= 4
        yield self._settle(0.5)
        self.grab("main-swapping")
        w.show_page(w.alarm_page)  # another page: the running swap and ABORT stay on top
        yield self._settle(0.3)
        self.grab("alarms-swapping")
        w.show_main()
        yield lambda: w.swap_panel.receipt_row.isVisible()
        yield self._settle(0.5)
        self.grab("main-receipt")  # the receipt waits in the panel, the page stays
        w.swap_panel.receipt_button.click()
        yield self._settle(0.3)
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
        shelvable = next((a for a in w.services.alarms.ordered()
                          if a.definition.shelvable and a.annunciated), None)
        if shelvable is not None:
            w.alarm_page.select(shelvable.key)
            w.alarm_page.shelve_button.click()
            yield self._settle(0.3)
            self.grab("shelve")
        w.alarm_page.select(first.key)  # closes the shelve panel
        w.open_pack(2)
        yield self._settle(0.3)
        self.grab("pack")
        page = w.pack_page
        for tab, name in ((page.history_tab, "pack-history"), (page.health_tab, "pack-health"),
                          (page.fleet_tab, "pack-fleet")):
            page.tabs.setCurrentWidget(tab)
            yield self._settle(0.5)
            self.grab(name)
        page.tabs.setCurrentWidget(page.live_tab)
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
        w.options.trainer("clear")
        yield from self._reset_here()
        # the link lost: every value from the controller greyed, with its age
        w.options.trainer("fault silent")
        yield lambda: w.bay.stale
        yield self._settle(3.0)
        self.grab("link-lost")
        w.options.trainer("clear")
        yield lambda: not w.bay.stale
        # a start the controller rejects: the planned pack's charger faults before the start
        yield from self._plan(PLATE_2)
        slot = swaps.tx.plan.packs_in[0].slot
        w.options.trainer(f"fault charger_fault:{slot}")
        yield lambda: bool(self.last.status.faults)
        w.swap_panel.start_button.click()
        w.swap_panel.confirm_button.click()
        yield lambda: swaps.tx.rejected is not None
        yield self._settle(0.5)
        self.grab("rejected")
        w.options.trainer("clear")
        yield from self._reset_here()
        # a swap started at the bay's local button: it shows, with ABORT, like one started here
        yield from self._arrive(PLATE_2)
        w.options.trainer("bay-button")
        yield lambda: len(swaps.tx.steps) >= 3
        yield self._settle(0.5)
        self.grab("bay-started")
        # the E-stop mid-swap: the swap fails, the station is held until the key and a reset
        w.options.trainer("fault estop")
        yield lambda: swaps.tx.phase is Phase.FAILED
        yield self._settle(1.0)
        self.grab("estop")
        w.options.trainer("cabinet-reset")
        yield from self._reset_here()
        # a lock jam, last (its recovery needs a technician in maintenance mode): started at
        # the bay, since the stopped swap may have left the rack without a free slot to plan
        if self._state() is not st.StationState.READY:
            yield from self._arrive(PLATE_2)
        w.options.trainer("fault lock_jam")
        w.options.trainer("bay-button")
        yield lambda: swaps.tx.phase is Phase.FAILED
        yield self._settle(1.0)
        self.grab("recovery")
