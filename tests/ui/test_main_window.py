"""The operator's window driven by taps, against the simulated station over a real pty."""

from __future__ import annotations

import contextlib
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QPushButton

from operator_app.domain import station as st
from operator_app.domain.alarms import AlarmState
from operator_app.domain.roles import Role
from operator_app.domain.supervisor import Phase
from operator_app.simulator.fleet import FLEET
from operator_app.simulator.model import FAULTS
from operator_app.simulator.training import apply_training_command
from operator_app.ui.alarm_page import AlarmModel
from operator_app.ui.identify_page import ExpectedModel
from operator_app.ui.main_window import MainWindow, WindowOptions
from operator_app.ui.theme import PRIMARY_TARGET_MM, px_to_mm
from tests.conftest import Stack
from tests.people import PIN, TECH, people_session


def tap(qtbot, widget) -> None:
    assert widget.isEnabled() and widget.isVisible(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_receipt(c, timeout: int = 40000) -> None:
    """The finished swap's receipt waits in the swap panel; one tap opens it."""
    w = c.window
    c.qtbot.waitUntil(lambda: w.swap_panel.receipt_row.isVisible(), timeout=timeout)
    tap(c.qtbot, w.swap_panel.receipt_button)
    assert w.stack.currentWidget() is w.receipt_page


class Console:
    def __init__(self, qtbot, made: Stack, dpi: float = 96.0, kiosk: bool = False,
                 operators_sign_in: bool = False, settings=None, training_users: str = ""
                 ) -> None:
        self.qtbot, self.stack = qtbot, made
        sim = made.sim
        self.session = people_session(made.journal.port, simulated=True,
                                      operators_sign_in=operators_sign_in)
        services = made.services
        self.window = MainWindow(services, self.session, WindowOptions(
            station_name="Test bay", station_id="T-01", dpi=dpi, simulated=True, kiosk=kiosk,
            trainer=lambda c: sim.do(apply_training_command, sim.model, c),
            plates=[v.plate for v in FLEET], faults=dict(FAULTS), slots=8, settings=settings,
            training_users=training_users))
        qtbot.addWidget(self.window)
        self.window.resize(1280, 800)
        self.window.show()
        qtbot.waitUntil(lambda: made.link.last_snapshot is not None, timeout=10000)

    def button(self, name: str) -> QPushButton:
        b = self.window.findChild(QPushButton, name)
        assert b is not None, name
        return b

    def person(self, name: str = TECH) -> QPushButton:
        """The sign-in page's button with ``name`` on it."""
        b = self.window.signin_page.people.buttons.get(name)
        assert b is not None, (name, list(self.window.signin_page.people.buttons))
        return b

    def sign_in_by_taps(self, name: str, pin: str) -> None:
        w = self.window
        tap(self.qtbot, w.strip.role_button)
        assert w.stack.currentWidget() is w.signin_page
        tap(self.qtbot, self.person(name))
        for ch in pin:
            tap(self.qtbot, self.pin_key(ch))
        tap(self.qtbot, w.signin_page.pad.enter)

    def sim_do(self, fn):
        """``fn()`` on the simulated controller, its server kept off it meanwhile."""
        return self.stack.sim.do(fn)

    def pin_key(self, ch: str) -> QPushButton:
        b = self.window.signin_page.pad.findChild(QPushButton, f"key_{ord(ch):04x}")
        assert b is not None, ch
        return b

    def state(self):
        snap = self.stack.link.last_snapshot
        return snap.status.state if snap else None

    def send_vehicle(self, plate: str) -> None:
        """Through the training panel, as a trainer would."""
        w = self.window
        self.qtbot.mouseClick(w.sim_banner, Qt.MouseButton.LeftButton)
        assert w.stack.currentWidget() is w.training_page
        index = [v.plate for v in FLEET].index(plate)
        tap(self.qtbot, self.button(f"sendVehicle{index}"))
        assert w.training_page.answer.text().startswith("Done:"), w.training_page.answer.text()
        tap(self.qtbot, w.training_page.back_button)
        self.qtbot.waitUntil(lambda: self.state() is st.StationState.READY, timeout=15000)

    def identify_by_keyboard(self, plate: str) -> None:
        w = self.window
        tap(self.qtbot, w.swap_panel.keyboard_button)
        assert w.stack.currentWidget() is w.identify_page
        kb = w.identify_page.keyboard
        for ch in plate:
            tap(self.qtbot, kb.findChild(QPushButton, f"key_{ord(ch):04x}"))
        assert w.identify_page.field.text() == plate
        tap(self.qtbot, kb.enter)

    def start_swap(self) -> None:
        panel = self.window.swap_panel
        assert not panel.confirm_button.isEnabled()  # one tap never starts motion
        tap(self.qtbot, panel.start_button)
        tap(self.qtbot, panel.confirm_button)
        self.qtbot.waitUntil(lambda: self.stack.swaps.tx.phase is Phase.RUNNING, timeout=5000)


@pytest.fixture
def console(qtbot, stack):
    made = []

    def make(**kw) -> Console:
        c = Console(qtbot, stack(**{k: v for k, v in kw.items() if k in ("time_scale", "seed",
                                                                     "auto_start", "watchdog_s")}),
                    **{k: v for k, v in kw.items() if k in ("dpi", "kiosk",
                                                            "operators_sign_in", "settings",
                                                            "training_users")})
        made.append(c)
        return c

    yield make
    for c in made:
        c.window._may_close = True
        c.window.close()


def test_a_complete_swap_by_touch_alone(qtbot, console) -> None:
    c = console()
    w = c.window
    assert w.sim_banner.isVisible()
    c.send_vehicle("70-8812")
    c.identify_by_keyboard("70-8812")
    assert w.stack.currentWidget() is w.main_page
    panel = w.swap_panel
    qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.PLANNED, timeout=5000)
    assert "chosen by highest SoC" in panel.plan.text() and "SoH" in panel.plan.text()
    assert not panel.packs.isVisibleTo(panel)  # the plan's explanation says which pack
    planned = [panel.steps.item(i).text() for i in range(panel.steps.count())]
    assert planned[0].startswith("○ Preparation") and planned[-1].startswith("○ Release")
    c.start_swap()
    qtbot.waitUntil(lambda: "In: slot" in panel.packs.text(), timeout=5000)  # going in
    seen_running: set[str] = set()

    def watch() -> bool:
        for i in range(panel.steps.count()):
            text = panel.steps.item(i).text()
            if text.startswith("▶"):
                seen_running.add(text.split(":")[0][2:])
        return panel.receipt_row.isVisible()

    qtbot.waitUntil(watch, timeout=30000)
    assert w.stack.currentWidget() is w.main_page  # the receipt did not take over the page
    tap(qtbot, panel.receipt_button)
    assert w.stack.currentWidget() is w.receipt_page
    assert {"Preparation", "Unlock", "Install pack", "Verify"} <= seen_running
    assert all(panel.steps.item(i).text().startswith("✓") for i in range(panel.steps.count()))
    assert panel.progress.value() == 100
    text = w.receipt_page.summary.text()
    record = w.receipt_page.record
    assert "Vehicle: 70-8812" in text and "Result: completed" in text
    assert "Energy delivered:" in text and record["energy_delivered_kwh"] > 0
    # the rack's stock at start was never charged by this console: no meter to go by yet
    assert "(estimated from the packs' SoC)" in text and record["energy_method"] == "bms_estimate"
    payload = json.loads(w.receipt_page.qr.payload)
    assert payload["swap"] == record["id"] and payload["station"] == "T-01"
    assert payload["in"] == [p["code"] for p in record["packs_in"]]
    assert w.receipt_page.qr.matrix  # a real QR matrix was built
    rows = c.stack.rows("SELECT id, result FROM swaps")
    assert rows == [(record["id"], "completed")]
    tap(qtbot, w.receipt_page.back_button)
    assert w.stack.currentWidget() is w.main_page


def test_unknown_and_malformed_plates_are_explained(qtbot, console) -> None:
    c = console()
    w = c.window
    tap(qtbot, w.swap_panel.keyboard_button)
    page = w.identify_page
    tap(qtbot, page.ok_button)
    assert "Type the plate first" in page.message.text()
    page.field.setText("ZZ 0000")
    tap(qtbot, page.ok_button)
    assert "ZZ 0000 is not a registered vehicle" in page.message.text()
    page.field.setText("AB$1")
    tap(qtbot, page.ok_button)
    assert "letters, digits" in page.message.text()
    assert page.field.maxLength() == 40
    assert w.stack.currentWidget() is page  # still here, nothing started
    assert c.stack.swaps.tx.phase is Phase.IDLE


def test_fault_mid_swap_reaches_the_banner_then_acknowledge_and_shelve(qtbot, console) -> None:
    c = console()
    w = c.window
    c.send_vehicle("70-8812")
    c.identify_by_keyboard("70-8812")
    qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.PLANNED, timeout=5000)
    c.start_swap()
    qtbot.mouseClick(w.sim_banner, Qt.MouseButton.LeftButton)
    tap(qtbot, c.button("fault_estop"))  # mid-swap
    tap(qtbot, w.training_page.back_button)
    qtbot.waitUntil(lambda: "E-stop" in w.banner.headline.full, timeout=10000)
    assert "HIGH" in w.banner.headline.full and "What to do: Make the bay safe" in \
        w.banner.action.full
    qtbot.mouseClick(w.banner, Qt.MouseButton.LeftButton)
    page = w.alarm_page
    assert w.stack.currentWidget() is page
    key = ("ESTOP", "controller")
    row = next(i for i, r in enumerate(page.model.rows) if r[0] == key)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualRect(page.model.index(row, 1)).center())
    assert page.selected == key
    assert "Cause: An emergency stop was pressed" in page.detail.text()
    assert not page.shelve_button.isEnabled()  # a high-priority alarm is never shelved
    tap(qtbot, page.ack_button)
    assert c.stack.alarms.manager.alarms[key].state is AlarmState.ACKED
    qtbot.waitUntil(lambda: c.stack.swaps.tx.phase in (Phase.FAILED, Phase.ABORTED),
                    timeout=10000)
    assert "stopped" in w.swap_panel.message.text()
    # a medium alarm: the operator may not shelve it, a technician may, with a reason
    c.stack.sim.do(c.stack.sim.model.inject, "charger_fault:3")
    charger = ("CHARGER_FAULT", "slot 3")
    qtbot.waitUntil(lambda: charger in c.stack.alarms.manager.alarms, timeout=5000)
    page.select(charger)
    tap(qtbot, page.shelve_button)
    tap(qtbot, c.button("shelveConfirm"))
    assert "Choose why" in page.message.text()
    tap(qtbot, c.button("shelveReason1"))
    tap(qtbot, c.button("shelveConfirm"))
    assert "needs the technician role" in page.message.text()
    tap(qtbot, w.strip.role_button)
    assert w.stack.currentWidget() is w.signin_page
    tap(qtbot, c.person())
    for ch in "0000":
        tap(qtbot, c.pin_key(ch))
    tap(qtbot, w.signin_page.pad.enter)
    assert "wrong PIN (1 of 5 tries)" in w.signin_page.message.text()
    for ch in PIN:
        tap(qtbot, c.pin_key(ch))
    tap(qtbot, w.signin_page.pad.enter)
    assert c.session.role is Role.TECHNICIAN and "Technician" in w.strip.role_button.text()
    assert w.stack.currentWidget() is page  # back where the sign-in was asked from
    page.select(charger)
    tap(qtbot, page.shelve_button)
    tap(qtbot, c.button("shelveReason1"))
    tap(qtbot, c.button("shelveMinutes60"))
    tap(qtbot, c.button("shelveConfirm"))
    assert c.stack.alarms.manager.alarms[charger].state is AlarmState.SHELVED
    assert "Shelved for 60 min" in page.message.text()
    assert charger not in [r[0] for r in page.model.rows]  # "in alarm" hides it
    tap(qtbot, c.button("filterState_shelved"))
    assert [r[0] for r in page.model.rows] == [charger]
    assert "Shelved until" in page.detail.text()
    assert any("shelved: maintenance work" in page.history.item(i).text()
               for i in range(page.history.count()))
    audit = c.stack.rows("SELECT actor, action FROM audit ORDER BY rowid")
    assert (TECH, "sign in") in audit and (TECH, "alarm shelve") in audit
    assert ("operator", "alarm acknowledge") in audit


def test_item_models_pass_qt_model_tester(qtbot, console) -> None:
    c = console()
    alarm_model = c.window.alarm_page.model
    expected = ExpectedModel()
    testers = [QAbstractItemModelTester(m, QAbstractItemModelTester.FailureReportingMode.Fatal)
               for m in (alarm_model, expected)]
    c.stack.sim.do(c.stack.sim.model.inject, "charger_fault:2")
    c.stack.sim.do(c.stack.sim.model.inject, "pack_alarm:4")
    qtbot.waitUntil(lambda: len(alarm_model.rows) >= 2, timeout=10000)
    assert alarm_model.rowCount() == len(alarm_model.rows)
    assert alarm_model.data(alarm_model.index(0, 0)).split()[1] in ("HIGH", "MEDIUM", "LOW")
    assert alarm_model.data(alarm_model.index(0, 0), AlarmModel.KEY_ROLE) == \
        alarm_model.rows[0][0]
    c.stack.sim.do(c.stack.sim.model.clear_injected)
    vehicles = list(c.stack.swaps.registry.vehicles.values())
    expected.set_vehicles(vehicles, {"70-8812": "2026-11-26T06:00:00+00:00"}, in_bay="RIO2E19")
    assert expected.rowCount() == len(vehicles)
    assert expected.data(expected.index(0, 0), ExpectedModel.PLATE_ROLE) == "RIO2E19"
    last = expected.data(expected.index(len(vehicles) - 1, 0))
    assert last.startswith("70-8812") and "swapped today at" in last
    expected.set_vehicles(vehicles[:3], {})
    assert expected.rowCount() == 3
    assert testers


@pytest.mark.parametrize("dpi", [96.0, 149.0])
def test_primary_buttons_are_15_mm_and_the_window_fits_1280x800(qtbot, console, dpi) -> None:
    c = console(dpi=dpi)
    w = c.window
    hint = w.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800, hint
    checked = 0
    for page in [w.stack.widget(i) for i in range(w.stack.count())]:
        w.stack.setCurrentWidget(page)
        qtbot.wait(10)
        for b in page.findChildren(QPushButton):
            if b.property("primary") and b.isVisibleTo(w):
                assert px_to_mm(b.width(), dpi) >= PRIMARY_TARGET_MM - 0.05, b.objectName()
                assert px_to_mm(b.height(), dpi) >= PRIMARY_TARGET_MM - 0.05, b.objectName()
                checked += 1
    assert checked >= 30
    for name in ("start", "confirm", "abort", "stripAbort", "acknowledge", "enter"):
        assert w.findChild(QPushButton, name).property("primary"), name


def test_kiosk_closes_only_with_the_technician_pin(qtbot, console) -> None:
    c = console(kiosk=True)
    w = c.window
    assert w.strip.exit_button.isVisible()
    tap(qtbot, w.strip.exit_button)
    assert w.isVisible() and w.stack.currentWidget() is w.signin_page
    assert "close the console" in w.signin_page.purpose.text()
    # only those who may close it are offered: no operator
    assert "Olga Oper" not in w.signin_page.people.buttons and TECH in w.signin_page.people.buttons
    tap(qtbot, c.person())
    for ch in "1111":
        tap(qtbot, c.pin_key(ch))
    tap(qtbot, w.signin_page.pad.enter)
    assert w.isVisible() and "wrong PIN" in w.signin_page.message.text()
    for ch in PIN:
        tap(qtbot, c.pin_key(ch))
    tap(qtbot, w.signin_page.pad.enter)
    assert not w.isVisible()
    assert c.session.role is Role.OPERATOR  # the PIN closed the console, it did not sign in
    audit = c.stack.rows("SELECT actor, role, action FROM audit ORDER BY id")
    assert (TECH, "TECHNICIAN", "confirmed") in audit
    assert (TECH, "NONE", "sign-in refused") in audit


def test_sign_in_returns_to_the_page_it_was_asked_from(qtbot, console) -> None:
    c = console()
    w = c.window
    w.show_page(w.details_page)
    tap(qtbot, w.strip.role_button)
    assert w.stack.currentWidget() is w.signin_page
    tap(qtbot, w.signin_page.back_button)  # changed their mind: back where they were
    assert w.stack.currentWidget() is w.details_page
    qtbot.mouseClick(w.banner, Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.alarm_page
    tap(qtbot, w.strip.role_button)
    tap(qtbot, c.person())
    for ch in PIN:
        tap(qtbot, c.pin_key(ch))
    tap(qtbot, w.signin_page.pad.enter)
    assert c.session.role is Role.TECHNICIAN
    assert w.stack.currentWidget() is w.alarm_page  # signed in, on with what they were doing
    w.show_main()
    tap(qtbot, w.strip.role_button)  # signed in: the role button signs out, no page
    assert c.session.role is Role.OPERATOR and w.stack.currentWidget() is w.main_page


def test_theme_switch_and_stale_link(qtbot, console) -> None:
    c = console()
    w = c.window
    tap(qtbot, w.strip.theme_button)
    assert w.theme == "night" and w.bay.palette_.name == "night"
    assert w.rack.tiles and w.rack.tiles[0].palette_.name == "night"
    tap(qtbot, w.strip.theme_button)
    assert w.theme == "day"
    c.stack.sim.do(c.stack.sim.model.inject, "silent")
    qtbot.waitUntil(lambda: "LOST" in w.strip.link.full, timeout=10000)
    assert w.bay.stale and w.rack.stale
    assert all(t.stale_age is not None for t in w.rack.tiles)
    c.stack.sim.do(c.stack.sim.model.clear_injected)
    qtbot.waitUntil(lambda: "Online" in w.strip.link.full and not w.bay.stale, timeout=15000)
    assert not w.rack.stale and all(t.stale_age is None for t in w.rack.tiles)


def test_tapping_a_tile_opens_the_pack(qtbot, console) -> None:
    c = console()
    w = c.window
    qtbot.waitUntil(lambda: len(w.rack.tiles) == 8, timeout=5000)
    qtbot.mouseClick(w.rack.tiles[1], Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.pack_page
    assert w.pack_page.title.text() == "Slot 2"
    code = c.stack.link.last_snapshot.slots[1].pack_code
    assert code and code in w.pack_page.identity.text()  # the pack page: tests/ui/test_pack_page.py
    assert "BMS SoH" in w.pack_page.health.text()


def test_a_wedge_reader_types_into_the_main_screen(qtbot, console) -> None:
    """A QR/RFID reader that types as a keyboard: its code and Enter identify the vehicle."""
    c = console()
    w = c.window
    w.activateWindow()
    assert w.swap_panel.plate.hasFocus() or w.focusWidget() is w.swap_panel.plate
    tag = next(iter(c.stack.swaps.registry.tags))  # an RFID card number of the demo fleet
    qtbot.keyClicks(w.swap_panel.plate, tag)
    qtbot.keyClick(w.swap_panel.plate, Qt.Key.Key_Return)
    tx = c.stack.swaps.tx
    assert tx.vehicle is not None and tx.phase in (Phase.IDENTIFIED, Phase.PLANNED)


def test_about_text_on_the_station_details_page(qtbot, console) -> None:
    c = console()
    w = c.window
    tap(qtbot, w.strip.details_button)
    assert w.stack.currentWidget() is w.details_page
    from operator_app import __version__
    from operator_app.buildinfo import build_info

    text = w.about.text()
    assert f"Version {__version__}" in text and "Qt 6." in text and "Python 3." in text
    assert f"Revision {build_info()['revision']}, built " in text


def test_a_40_character_tag_is_not_cut_short(qtbot, console) -> None:
    from operator_app.domain.vehicles import Vehicle

    c = console()
    w = c.window
    tag = "QR:" + "A1B2C3D4E5" * 3 + "F6G7H8I"  # 40 characters, the longest a tag may be
    assert len(tag) == 40
    c.stack.swaps.registry.add(Vehicle("TAG 4040", "Test fleet", "van", st.PackType.C_100KWH,
                                       1, (tag,)))
    qtbot.keyClicks(w.swap_panel.plate, tag)
    qtbot.keyClick(w.swap_panel.plate, Qt.Key.Key_Return)
    assert c.stack.swaps.tx.vehicle is not None and c.stack.swaps.tx.vehicle.plate == "TAG 4040"


def choose_language(qtbot, holder, code: str) -> None:
    """The status bar's language button, then the language on the language page."""
    window = holder.window
    tap(qtbot, window.strip.language_button)
    assert window.stack.currentWidget() is window.language_page
    tap(qtbot, window.language_page.buttons[code])
    assert holder.window is not window


def test_a_language_switch_mid_swap_neither_holds_it_nor_loses_the_receipt(qtbot, stack
                                                                          ) -> None:
    """Made anew in the other language while the lift moves: the screen does not freeze
    long enough for the controller's watchdog to hold the swap, the swap's receipt is still
    offered in the new window, and a tap counts once as the person's activity."""
    from operator_app.i18n import Languages, available
    from operator_app.ui.main_window import WindowHolder

    made = stack(time_scale=60)
    session = people_session(made.journal.port)
    options = WindowOptions(station_name="North bay", dpi=149.0, simulated=True,
                            languages=available(), language="en")
    languages = Languages()
    holder = WindowHolder(lambda: MainWindow(made.services, session, options), languages,
                          options)
    holder.show()
    touched: list[int] = []
    real = session.touched
    session.touched = lambda: (touched.append(1), real())[1]
    tap(qtbot, holder.window.strip.details_button)
    per_tap, touched[:] = len(touched), []
    assert per_tap >= 1
    holder.window.show_main()
    held: list[int] = []
    made.link.snapshot_ready.connect(
        lambda snap: held.append(1) if snap.status.flags & st.StatusFlag.WATCHDOG_HOLD else None)
    try:
        made.start_swap()
        qtbot.waitUntil(lambda: made.swaps.tx.phase is Phase.RUNNING, timeout=10000)
        # the same theme's sheet is not set again: Qt would polish both windows' every
        # widget anew, seconds of a frozen screen on the terminal
        app, sheets = QApplication.instance(), []
        real_sheet = app.setStyleSheet
        app.setStyleSheet = lambda css: (sheets.append(css), real_sheet(css))[1]
        for code in ("pt_BR", "en", "pt_BR"):  # there and back, and there again
            choose_language(qtbot, holder, code)
            qtbot.wait(300)
        assert sheets == []
        qtbot.waitUntil(lambda: made.swaps.tx.phase is Phase.COMPLETED, timeout=60000)
        assert held == [] and made.swaps.tx.phase is Phase.COMPLETED
        panel = holder.window.swap_panel
        qtbot.waitUntil(lambda: panel.receipt_row.isVisibleTo(panel), timeout=5000)
        choose_language(qtbot, holder, "en")  # back to English, receipt kept
        panel = holder.window.swap_panel
        assert panel.receipt_row.isVisibleTo(panel)
        assert panel.receipt_button.text() == "Receipt of 70-8812 (QR code)"
        assert holder.window.receipt_page.record is not None
        # a tap counts as before: the windows made before do not each still count it
        touched[:] = []
        tap(qtbot, holder.window.strip.details_button)
        assert len(touched) == per_tap
    finally:
        with contextlib.suppress(AttributeError):
            del QApplication.instance().setStyleSheet
        languages.use("en")
        holder.window._may_close = True
        holder.window.close()


def test_language_switch_remakes_the_window_where_it_was(qtbot, stack) -> None:
    import shiboken6

    from operator_app.i18n import Languages, available
    from operator_app.ui.main_window import WindowHolder

    made = stack()
    session = people_session(made.journal.port)
    services = made.services
    options = WindowOptions(station_name="Bay swap station, north entrance", dpi=149.0,
                            simulated=True, languages=available(), language="en")
    languages = Languages()
    holder = WindowHolder(lambda: MainWindow(services, session, options), languages, options)
    holder.show()
    first = holder.window
    try:
        qtbot.waitUntil(lambda: "Online" in first.strip.link.full, timeout=10000)
        assert session.sign_in(TECH, PIN) is None
        assert first.swap_panel.start_button.text() == "Start swap"
        tap(qtbot, first.strip.theme_button)
        choose_language(qtbot, holder, "pt_BR")
        second = holder.window
        assert second is not first
        assert second.swap_panel.start_button.text() == "Iniciar troca"
        assert second.banner.headline.full == "Nenhum alarme"
        assert second.strip.language_button.text() == "Idioma: Português (Brasil)"
        assert second.strip.role_button.text() == "Tess Tech\nTécnico · sair"  # still signed in
        assert second.theme == "night"
        assert second.strip.link.full.startswith("Link: Conectado")  # picked up, not "conectando"
        assert len(second.rack.tiles) == 8 and "Posição 1" in second.rack.tiles[0].tr("Slot %1")\
            .replace("%1", "1")
        qtbot.waitUntil(lambda: not shiboken6.isValid(first), timeout=5000)
        # the longer words squeeze the status bar's texts: the clock is never shortened
        second.resize(1280, 800)
        qtbot.wait(50)
        clock = second.strip.clock
        assert clock.text() == clock.full and clock.width() >= clock.sizeHint().width() - 16
        # switched on another page: the new window opens on that page, in the new language
        second.show_page(second.alarm_page)
        choose_language(qtbot, holder, "en")
        assert holder.window.swap_panel.start_button.text() == "Start swap"
        assert holder.window.stack.currentWidget() is holder.window.alarm_page
        holder.window.open_pack(3)
        choose_language(qtbot, holder, "pt_BR")
        third = holder.window
        assert third.stack.currentWidget() is third.pack_page and third.pack_page.slot == 3
        choose_language(qtbot, holder, "en")
    finally:
        languages.use("en")
        holder.window._may_close = True
        holder.window.close()


def test_the_readmes_first_swap_plate_has_a_pack_ready_on_the_default_rack(qtbot, stack
                                                                          ) -> None:
    """The README's walk-through sends FKZR-71 on the default simulated station (seed 0, real
    time): its pack type is ready at once, so the plan is made."""
    from operator_app.domain.supervisor import Refused
    from operator_app.domain.vehicles import IdMethod

    made = stack(seed=0, time_scale=1)
    qtbot.waitUntil(lambda: made.link.last_snapshot is not None, timeout=10000)
    assert not isinstance(made.swaps.identify("FKZR-71", IdMethod.PLATE_ENTRY), Refused)
    assert not isinstance(made.swaps.plan(), Refused)


def test_the_status_bar_says_everything_whole_in_portuguese(qtbot, console) -> None:
    """pt_BR's longer words at 149 DPI with a technician signed in: no text of the status
    bar is shortened with "…" (the station's name was, behind "Sincronização: …")."""
    from operator_app.i18n import Languages
    from operator_app.ui.widgets import ElidedLabel

    languages = Languages()
    languages.use("pt_BR")
    try:
        c = console(dpi=149.0)
        c.sign_in_by_taps(TECH, PIN)
        qtbot.wait(100)
        shortened = [(lbl.objectName(), lbl.full) for lbl in
                     c.window.strip.findChildren(ElidedLabel) if lbl.text() != lbl.full]
        assert shortened == []
    finally:
        languages.use("en")
