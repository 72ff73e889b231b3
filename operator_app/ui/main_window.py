"""The operator's main window: banners on top, one page at a time, the status bar below.

The main page holds what a swap needs at a glance: the bay, the swap panel and
the rack. Other pages (identify, alarms, receipt, pack details, sign-in,
training, station details) take the whole page with a Back button, so every
target stays large. The window renders services and forwards taps; it decides
nothing a service decides.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from operator_app import __version__
from operator_app.buildinfo import FROM_SOURCE, UNKNOWN, UNREADABLE, build_info
from operator_app.config import ServiceIntervals
from operator_app.domain.alarms import Priority
from operator_app.domain.recovery import Action
from operator_app.domain.roles import Role
from operator_app.domain.snapshot import ControllerIdentity, LinkState, StationSnapshot
from operator_app.domain.station import SIMULATOR_VENDOR_PREFIX, StationMode
from operator_app.domain.supervisor import ACTIVE, Phase, Transaction
from operator_app.domain.vehicles import IdMethod
from operator_app.domain.words import Phrase
from operator_app.i18n import NAMES, Languages, keep_terminal_language
from operator_app.services.link_worker import LinkEvent
from operator_app.services.session import Session
from operator_app.services.settings_service import SettingsService
from operator_app.services.station import StationServices
from operator_app.ui.alarm_banner import AlarmBanner
from operator_app.ui.alarm_page import AlarmPage
from operator_app.ui.bay_view import BayView
from operator_app.ui.first_console import FirstConsole
from operator_app.ui.identify_page import IdentifyPage
from operator_app.ui.journal_page import JournalPage
from operator_app.ui.language_page import LanguagePage
from operator_app.ui.maintenance_page import MaintenancePage
from operator_app.ui.pack_page import PackPage
from operator_app.ui.people_pages import FirstSupervisorPage, SignInPage, UsersPage
from operator_app.ui.rack_view import RackView, age_text
from operator_app.ui.receipt_page import ReceiptPage
from operator_app.ui.register_monitor import RegisterMonitorPage
from operator_app.ui.settings_page import SettingsPage
from operator_app.ui.sizes import room_factor
from operator_app.ui.small_pages import TrainingPage
from operator_app.ui.station_panel import RecoveryPanel, StationBar, say
from operator_app.ui.status_strip import StatusStrip
from operator_app.ui.swap_panel import SwapPanel
from operator_app.ui.swap_strip import SwapStrip
from operator_app.ui.theme import GLOVE_GAP_MM, THEMES, Palette, mm_to_px, stylesheet
from operator_app.ui.vehicles_page import VehiclesPage
from operator_app.ui.widgets import (
    CurrentPageStack,
    Page,
    PageArea,
    TapLabel,
    button,
    kinetic,
)


@dataclass
class WindowOptions:
    station_name: str = ""  # as configured; none: "Swap station" in the console's language
    station_id: str = ""
    dpi: float = 96.0
    theme: str = "day"
    kiosk: bool = False
    simulated: bool = False
    link_description: str | Phrase = ""  # a real line: its Phrase (LinkSettings.said)
    trainer: Callable[[str], str] | None = None  # the simulator's training channel
    plates: list[str] = field(default_factory=list)
    faults: dict[str, str] = field(default_factory=dict)
    slots: int = 8
    notices: list[str] = field(default_factory=list)  # e.g. configuration problems
    swapped_today: Callable[[], dict[str, str]] = dict
    languages: list[str] = field(default_factory=lambda: ["en"])  # codes, see i18n.NAMES
    language: str = "en"
    training_users: str = ""  # said in the simulation banner: the training users' PINs
    service_intervals: ServiceIntervals = field(default_factory=ServiceIntervals)
    settings: SettingsService | None = None  # the Settings page's (none: no page)
    scale: float | None = None  # the room factor (ui/sizes.py); None: from the screen


STALE_AFTER_S = 3.0  # a snapshot older than this is drawn stale, whatever the link says


def slot_of(source: str) -> int:
    """The slot an alarm's source names ("slot 3" -> 3), or 0."""
    head, _, number = source.partition(" ")
    return int(number) if head == "slot" and number.isdigit() else 0


class MainWindow(QMainWindow):
    language_wanted = Signal(str)  # the operator tapped the language: the app rebuilds the window

    def __init__(self, services: StationServices, session: Session,
                 options: WindowOptions) -> None:
        super().__init__()
        self.services, self.session, self.options = services, session, options
        # a configured name is shown as typed; the default is said in the console's language
        self.station_name = options.station_name or self.tr("Swap station")
        self.setWindowTitle(self.tr("%1: swap station console %2")
                            .replace("%1", self.station_name).replace("%2", __version__))
        self.resize(1280, 800)
        self.theme = options.theme if options.theme in THEMES else "day"
        palette = THEMES[self.theme]
        screen = QApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        if options.scale is None:  # larger than the 10-inch panel: everything grows
            options.scale = room_factor(room.width(), room.height(), options.dpi) \
                if room is not None else 1.0
        # every size below is in millimetres at this DPI: the real one times the room factor
        dpi = self.dpi = options.dpi * options.scale
        self._may_close = not options.kiosk
        self._link_down = False
        self._pin_purpose = "sign in"
        self.last: StationSnapshot | None = None

        central = QWidget(self)
        self.setCentralWidget(central)
        root = QVBoxLayout(central)
        root.setContentsMargins(2, 2, 2, 2)
        root.setSpacing(4)
        self.sim_banner = TapLabel("")
        self._show_sim_banner(signed_in=False)
        self.sim_banner.setObjectName("simulationBanner")
        self.sim_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sim_banner.setWordWrap(True)  # a longer language wraps: never wider than the screen
        self.sim_banner.setVisible(options.simulated)
        self.sim_banner.tapped.connect(lambda: self.show_page(self.training_page))
        root.addWidget(self.sim_banner)
        # the whole width while the controller reports maintenance mode (never assumed)
        self.maintenance_banner = TapLabel(self.tr(
            "MAINTENANCE MODE: no swap starts; motion only while a button is held. Tap for "
            "the maintenance page."))
        self.maintenance_banner.setObjectName("maintenanceBanner")
        self.maintenance_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.maintenance_banner.setWordWrap(True)
        self.maintenance_banner.setVisible(False)
        root.addWidget(self.maintenance_banner)
        self.notice = QLabel("\n".join(options.notices))
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(options.notices))
        root.addWidget(self.notice)
        # on top of every page: the station's state (large) beside the alarm banner, and
        # the running swap with ABORT
        top = QHBoxLayout()
        top.setSpacing(4)
        self.station_bar = StationBar(palette, dpi)
        self.banner = AlarmBanner(dpi, palette)
        # the running swap takes the station state's place, in room kept for the larger:
        # nothing below moves when a swap starts (a tap meant for a page never hits ABORT)
        self.swap_strip = SwapStrip(services.swaps, dpi)
        self.top_left = QStackedWidget()
        self.top_left.setObjectName("topLeft")
        self.top_left.addWidget(self.station_bar)
        self.top_left.addWidget(self.swap_strip)
        self.swap_strip.running_changed.connect(
            lambda running: self.top_left.setCurrentWidget(
                self.swap_strip if running else self.station_bar))
        self.top_left.setCurrentWidget(self.swap_strip if self.swap_strip.running
                                       else self.station_bar)
        # fixed: neither a latched E-stop's mark nor a longer word makes the band taller
        self.top_left.setFixedHeight(self.swap_strip.room)
        top.addWidget(self.top_left, 1)
        top.addWidget(self.banner, 1)
        root.addLayout(top)

        self.stack = CurrentPageStack()
        # a page that needs more room than the screen has scrolls; the window never grows
        self.stack_area = PageArea(self.stack)
        root.addWidget(self.stack_area, 1)
        # main page: the bay (or the recovery steps) and the swap panel above, the rack below
        self.main_page = QWidget()
        self.main_page.setObjectName("mainPage")
        page = QVBoxLayout(self.main_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(mm_to_px(GLOVE_GAP_MM, dpi))
        main = QHBoxLayout()
        main.setContentsMargins(0, 0, 0, 0)
        page.addLayout(main, 1)
        left = QVBoxLayout()
        self.bay = BayView(palette, dpi=dpi)
        self.rack = RackView(dpi, columns=4, palette=palette,
                             rules=services.swaps.supervisor.rules)
        left.addWidget(self.bay, 1)
        main.addLayout(left, 5)
        page.addWidget(self.rack)
        self.swap_panel = SwapPanel(services.swaps, dpi, operator="operator")
        self.swap_panel.use_strip(self.swap_strip)
        self.swap_panel.swapped_today = options.swapped_today
        self.swap_panel.needs_name = session.operators_sign_in
        self.recovery = RecoveryPanel(services.recovery, dpi,
                                      lambda: (self.session.actor, self.session.role),
                                      start_again=self.show_main)
        # the recovery steps scroll in the room the swap's steps leave: the window never grows
        self.recovery_area = QScrollArea()
        self.recovery_area.setObjectName("recoveryArea")
        self.recovery_area.setWidgetResizable(True)
        self.recovery_area.setFrameShape(QFrame.Shape.NoFrame)
        self.recovery_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recovery_area.setWidget(self.recovery)
        kinetic(self.recovery_area, drag_with_mouse=False)
        self._attention_at = 0.0  # when the recovery last asked for its top to be read
        self._attention_ready: list = []  # its buttons that could be tapped then
        self.recovery.wants_attention.connect(self._recovery_top)
        left.addWidget(self.recovery_area, 1)
        main.addWidget(self.swap_panel, 6)
        self.stack.addWidget(self.main_page)

        self.identify_page = IdentifyPage(dpi)
        self.alarm_page = AlarmPage(services.alarms, session, dpi, palette)
        self.receipt_page = ReceiptPage(dpi, options.station_id or self.station_name)
        self.pack_page = PackPage(dpi, services, session, palette)
        self.signin_page = SignInPage(dpi)
        self.users_page = UsersPage(dpi, session)
        who = lambda: (self.session.actor, self.session.role)  # noqa: E731
        self.maintenance_page = MaintenancePage(dpi, services.maintenance, services.recovery,
                                                who, options.service_intervals)
        services.alarms.service_intervals = options.service_intervals  # raises SERVICE_DUE
        writer = services.journal.writer
        self.journal_page = JournalPage(dpi, writer.path if writer is not None else None,
                                        writer.key if writer is not None else None, who,
                                        services.journal.port)
        self.vehicles_page = VehiclesPage(
            dpi, services.vehicles, who, writer.path.parent if writer is not None else None) \
            if services.vehicles is not None else None
        self.first_page = FirstSupervisorPage(dpi, session)
        self.details_page = Page(self.tr("Station details"), dpi, "detailsPage",
                                 scrolling=True)
        target = say(options.link_description) if not options.simulated else self.tr(
            "%1 (simulated station)").replace("%1", say(options.link_description))
        self.details = FirstConsole(target, simulated=False)
        self.details.setParent(self.details_page)
        self.details_page.body.addWidget(self.details)
        self.about = QLabel("")  # filled when the page opens: asks git when run from source
        self.about.setObjectName("about")
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_page.body.addWidget(self.about)
        self.users_button = button(self.tr("Users"), "usersButton", dpi)
        self.users_note = QLabel("")
        self.users_note.setObjectName("usersNote")
        self.users_note.setWordWrap(True)
        users_row = QHBoxLayout()
        users_row.addWidget(self.users_button)
        users_row.addWidget(self.users_note, 1)
        self.details_page.body.addLayout(users_row)
        pages: list[Page] = [self.identify_page, self.alarm_page, self.receipt_page,
                             self.pack_page, self.signin_page, self.details_page,
                             self.users_page, self.first_page, self.maintenance_page,
                             self.journal_page]
        self.settings_page: SettingsPage | None = None
        if options.settings is not None:
            self.settings_page = SettingsPage(dpi, options.settings, who)
            pages.append(self.settings_page)
            self._apply_settings(options.settings)
        if self.vehicles_page is not None:
            pages.append(self.vehicles_page)
            session.changed.connect(self.vehicles_page.refresh)  # who may change, said again
        self.training_page: Page | None = None
        self.register_page = RegisterMonitorPage(services.link, services.journal.port, dpi,
                                                 palette, session.role, session.actor)
        pages.append(self.register_page)
        if options.trainer is not None:
            self.training_page = TrainingPage(dpi, options.trainer, options.plates,
                                              options.faults, options.slots)
            pages.append(self.training_page)
        self.language_page = LanguagePage(dpi, options.languages, options.language)
        pages.append(self.language_page)
        for page in pages:
            if page is not self.signin_page:
                page.back.connect(self.show_main)
            self.stack.addWidget(page)
        # the maintenance tools go back to the maintenance page they were opened from
        for page in (self.journal_page, self.register_page, self.settings_page,
                     self.vehicles_page):
            if page is not None:
                page.back.disconnect(self.show_main)
                page.back.connect(lambda: self.show_page(self.maintenance_page))
        # the language page goes back where it was opened from (or on, once a language is
        # chosen: the window made anew in it opens that page)
        self._language_from: QWidget = self.main_page
        self.language_page.back.disconnect(self.show_main)
        self.language_page.back.connect(lambda: self.show_page(self._language_from))
        self.language_page.chosen.connect(self.language_wanted)
        # the users page goes back where it was opened from: the details or the tools
        self._users_from: QWidget = self.details_page
        self.users_page.back.disconnect(self.show_main)
        self.users_page.back.connect(lambda: self.show_page(self._users_from))
        # sign-in is a detour: back (or a good PIN) returns to the page it was asked from
        self._before_signin: QWidget | None = None
        self.signin_page.back.connect(self._leave_signin)

        self.strip = StatusStrip(self.station_name, dpi, palette, options.kiosk)
        self._stale_timer = QTimer(self)
        self._stale_timer.timeout.connect(self._show_age)
        self._stale_timer.start(1000)
        self.strip.show_theme(self.theme)
        self.strip.show_language(NAMES.get(options.language, options.language))
        root.addWidget(self.strip)

        # wiring: services -> screens, taps -> services
        link = services.link
        link.snapshot_ready.connect(self.show_snapshot)
        link.link_event.connect(self.show_link_event)
        link.health.connect(self.details.show_health)
        link.identity_read.connect(self.show_identity)
        link.cells_ready.connect(self.pack_page.show_cells)
        services.journal.status_changed.connect(self.strip.show_storage)
        services.journal.status_changed.connect(self.details.show_storage)
        services.journal.swap_ended.connect(self.show_receipt)
        services.alarms.changed.connect(self.show_alarms)
        services.swaps.refused.connect(self.identify_page.refused)
        services.swaps.changed.connect(self._show_plan_marks)
        self.swap_strip.aborted.connect(self.swap_panel.abort)
        self.swap_panel.receipt_wanted.connect(lambda: self.show_page(self.receipt_page))
        services.recovery.changed.connect(self.show_recovery)
        session.changed.connect(self._role_changed)
        self.banner.tapped.connect(lambda: self.show_page(self.alarm_page))
        self.alarm_page.pack_wanted.connect(self.open_pack)
        self.alarm_page.pack_code_wanted.connect(self.open_pack_code)
        self.swap_panel.wants_keyboard.connect(self.open_identify)
        self.identify_page.identify.connect(self._identify)
        self.rack.slot_tapped.connect(self.open_pack)
        self.pack_page.charger_wanted.connect(self._charger)
        self.strip.details_button.clicked.connect(lambda: self.show_page(self.details_page))
        self.strip.role_button.clicked.connect(self._role_tapped)
        self.strip.theme_button.clicked.connect(self.toggle_theme)
        self.strip.language_button.clicked.connect(self._language_tapped)
        self.strip.exit_button.clicked.connect(self.close)
        self.signin_page.submitted.connect(self._pin_entered)
        self.signin_page.badge_read.connect(self._badge_read)
        self.first_page.created.connect(self.show_main)
        self.users_button.clicked.connect(self._users_tapped)
        self.strip.maintenance_button.clicked.connect(
            lambda: self.show_page(self.maintenance_page))
        self.maintenance_banner.tapped.connect(lambda: self.show_page(self.maintenance_page))
        self.maintenance_page.tool_wanted.connect(self._tool_wanted)
        link.snapshot_ready.connect(self.maintenance_page.show_snapshot)
        # any touch or key keeps a signed-in person signed in; idle, they are signed out
        self._activity = _Activity(session, self)  # gone with this window, not piling up
        QApplication.instance().installEventFilter(self._activity)
        self.strip.show_storage(services.journal.status)
        self.details.show_storage(services.journal.status)
        if services.sync is not None:
            services.sync.status_changed.connect(self.strip.show_sync)
            services.sync.status_changed.connect(self.details.show_sync)
            self.strip.show_sync(services.sync.status)
            self.details.show_sync(services.sync.status)
        self.apply_theme(self.theme)
        self.show_alarms()
        self.show_recovery()
        self._show_plan_marks(services.swaps.tx)  # a window made anew (a language) keeps them
        self._role_changed()
        self.show_main()
        # a window made while the station runs (a language switch) starts from what is known
        for last, show in ((link.last_identity, self.show_identity),
                           (link.last_event, self.show_link_event),
                           (link.last_snapshot, self.show_snapshot)):
            if last is not None:
                show(last)
        ended = services.journal.last_swap_ended  # its receipt still offered, for what is left
        if ended is not None:
            self.receipt_page.show_record(ended[0])
            self.swap_panel.offer_receipt(*ended)

    def fit_to_screen(self) -> None:
        """Fill the screen the window is on, and never grow past it, whatever a page or a
        panel asks for (a page that needs more room scrolls)."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        self.setMaximumSize(room.size())
        self.setGeometry(room)

    # --- pages ---------------------------------------------------------------------------------

    def show_page(self, page: QWidget | None) -> None:
        if page is self.details_page:
            if not self.about.text():
                self.about.setText(self.about_text())
            if self.last is not None:
                self.details.show_snapshot(self.last)
        if page is not None:
            self.stack.setCurrentWidget(page)

    def about_text(self) -> str:
        """The console's version, revision and build, in the screen's language; the names
        of the software under it as they are."""
        import platform
        import sys

        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        info = build_info()
        built = {FROM_SOURCE: self.tr("from source"),
                 UNREADABLE: self.tr("unknown: its build_info.json cannot be read")}.get(
            info["built"], info["built"])
        revision = self.tr("unknown") if info["revision"] == UNKNOWN else info["revision"]
        version = self.tr("Version %1").replace("%1", info["version"])
        if getattr(sys, "frozen", False):
            version = self.tr("Version %1, kiosk bundle").replace("%1", info["version"])
        return "\n".join((
            self.tr("About this console:"), version,
            self.tr("Revision %1, built %2").replace("%1", revision).replace("%2", built),
            f"Qt {qVersion()}, PySide6 {pyside_version}",
            f"Python {platform.python_version()}, {platform.system()} {platform.machine()}"))

    def show_main(self) -> None:
        self.stack.setCurrentWidget(self.main_page)
        self.swap_panel.plate.setFocus()  # a keyboard-wedge QR/RFID reader types here

    def open_identify(self) -> None:
        self.identify_page.reset()
        self.identify_page.model.set_vehicles(
            self.services.swaps.registry.enabled(), self.options.swapped_today(),
            self.last.bay.plate if self.last is not None else "")
        self.show_page(self.identify_page)

    def open_pack(self, slot: int) -> None:
        if self.last is not None and 0 < slot <= len(self.last.slots):
            self.pack_page.show_slot(self.last.slots[slot - 1])
            self.show_page(self.pack_page)

    def open_pack_code(self, code: str) -> None:
        """The pack page of ``code``: its slot when it is in the rack, else its records."""
        if self.pack_page.find_pack(code):
            self.show_page(self.pack_page)

    def _charger(self, slot: int, on: bool) -> None:
        recovery = self.services.recovery
        action = Action.CHARGER_ON if on else Action.CHARGER_OFF
        recovery.perform(action, self.session.actor, self.session.role, slot)
        self.pack_page.show_action_status(say(recovery.status))

    def _identify(self, text: str, method: IdMethod) -> None:
        if self.swap_panel.identify(text, method):
            self.show_main()

    # --- what the services report -------------------------------------------------------------

    @Slot(object)
    def show_snapshot(self, snap: StationSnapshot) -> None:
        self.last = snap
        self.maintenance_banner.setVisible(snap.status.mode is StationMode.MAINTENANCE)
        self.bay.show_snapshot(snap)
        self.rack.quarantined = self.services.swaps.supervisor.quarantined
        self.rack.show_slots(snap.slots)
        self.strip.show_snapshot(snap)
        if self.stack.currentWidget() is self.details_page:  # its rack table: only when seen
            self.details.show_snapshot(snap)
        if self.stack.currentWidget() is self.pack_page and self.pack_page.slot:
            self.pack_page.show_slot(snap.slots[self.pack_page.slot - 1])
        self.swap_panel.show_bay(snap.bay)
        self.swap_strip.set_station(snap.status.state)
        self.swap_panel.set_station(snap.status.state)
        self._link_down = False
        self._set_stale(False)

    def show_recovery(self) -> None:
        """The station's state always; the recovery steps in place of the bay view."""
        self._show_station()
        recovering = self.services.recovery.guidance() is not None
        self.recovery_area.setVisible(recovering)
        self.bay.setVisible(not recovering)
        if recovering:
            QTimer.singleShot(0, self, self._next_step_in_sight)  # not once deleted
        if self.stack.currentWidget() is self.pack_page:
            self.pack_page.show_action_status(say(self.services.recovery.status))

    def _recovery_top(self) -> None:
        """A refusal or the bay-clear question, at the top of the recovery: in sight, now
        and once the layouts have taken it in (the next step's scroll does not undo it)."""
        self._attention_at = time.monotonic()
        self._attention_ready = self._ready_steps()
        bar = self.recovery_area.verticalScrollBar()
        bar.setValue(0)
        QTimer.singleShot(0, self, lambda: bar.setValue(0))

    def _next_step_in_sight(self) -> None:
        """The recovery's next button in sight in its scrolling room (the question before
        motion, or what became of a tap, when just said, is at the top and wins)."""
        panel = self.recovery
        ready = self._ready_steps()
        if panel.confirm_row.isVisible() or (time.monotonic() - self._attention_at < 2.0
                                             and ready == self._attention_ready):
            return  # nothing new to do since the top was said: it stays in sight
        if ready:
            self.recovery_area.ensureWidgetVisible(ready[0], 0, mm_to_px(2, self.dpi))

    def _ready_steps(self) -> list:
        """The recovery's buttons that can be tapped now, in order."""
        panel = self.recovery
        return [b for b in panel.buttons.values() if b.isEnabled() and b.isVisibleTo(panel)]

    @Slot(object)
    def show_identity(self, identity: ControllerIdentity) -> None:
        """The SIMULATION banner whenever the controller is the simulator, however reached."""
        if identity.vendor.startswith(SIMULATOR_VENDOR_PREFIX):
            self.sim_banner.setVisible(True)

    @Slot(object)
    def show_link_event(self, event: LinkEvent) -> None:
        self.strip.show_link_event(event)
        self.details.show_link_event(event)
        if event.state in (LinkState.LOST, LinkState.CONNECTING):
            self._link_down = True
            self._set_stale(True)

    def snapshot_age(self) -> float | None:
        """Seconds since the last snapshot was taken, or None before the first."""
        return None if self.last is None else max(0.0, self.last.age(time.monotonic()))

    def _show_age(self) -> None:
        """Once a second: a snapshot older than STALE_AFTER_S is stale even before the link
        says it is lost (a stalled poller); and a stale screen's ages count up."""
        age = self.snapshot_age()
        self._set_stale(self._link_down or (age is not None and age > STALE_AFTER_S))

    def _set_stale(self, stale: bool) -> None:
        """Never show old values as current: what came from the controller (bay, rack, the
        swap's steps, the station's state) is greyed and carries its age."""
        stale = stale and self.last is not None
        age = self.snapshot_age() if stale else None
        self.bay.stale = stale
        self.bay.stale_age = age_text(age) if age is not None else ""
        self.bay.update()
        self.rack.set_stale(age)
        self.swap_panel.set_stale(age_text(age) if age is not None else "")
        self.swap_strip.set_stale(age_text(age) if age is not None else "")
        self._show_station()

    def _show_station(self) -> None:
        age = self.snapshot_age() if self.bay.stale else None
        view = self.services.recovery.station()
        bar = self.station_bar
        bar.show_view(view, stale=self.bay.stale, age=age_text(age) if age is not None else "")
        # a halted swap's strip says what the bar it hides would: the faults, the E-stop
        why = [bar.estop.text()] if bar.estop.isVisibleTo(bar) else []
        if view is not None and view.faults:
            why.append(bar.faults.full)
        self.swap_strip.set_why("  ·  ".join(why))

    def show_alarms(self) -> None:
        ordered, counts = self.services.alarms.ordered(), self.services.alarms.counts()
        self.banner.show_alarms(ordered, counts)
        self.details.show_alarms(ordered, counts)
        # each tile takes the colour of its slot's highest active alarm
        by_slot: dict[int, Priority] = {}
        for a in ordered:
            slot = slot_of(a.source)
            if slot and a.condition and a.annunciated:  # in alarm now, and not shelved
                p = a.definition.priority
                by_slot[slot] = min(by_slot.get(slot, p), p)  # HIGH is 1
        self.rack.set_priorities(by_slot)

    def _show_plan_marks(self, tx: Transaction) -> None:
        """Before Start: the packs chosen and the slot for the depleted pack, on the rack."""
        self.rack.set_swap_running(tx.phase in ACTIVE or tx.phase is Phase.CONFIRMED)
        marks: dict[int, str] = {}
        plan = tx.plan
        if plan is not None and tx.phase in (Phase.PLANNED, *ACTIVE):
            for s in plan.packs_in:
                marks[s.slot] = self.tr("IN: for %1").replace("%1", plan.vehicle.plate)
            if plan.out_slot:
                marks[plan.out_slot] = self.tr("OUT: depleted pack goes here")
        self.rack.set_marks(marks)

    def show_receipt(self, record: dict) -> None:
        """The receipt waits in the swap panel: it never takes over the page in use."""
        self.receipt_page.show_record(record)
        self.swap_panel.offer_receipt(record)

    # --- role, theme, language, closing ---------------------------------------------------------

    def _role_changed(self) -> None:
        self.services.recovery.clear_refusal()  # "sign in as technician" is done now
        self.register_page.set_access(self.session.role, self.session.actor)
        self.strip.show_role(self.session.role, self.session.user.name
                             if self.session.user is not None else "")
        self.swap_panel.operator = self.session.actor
        self.swap_panel.role = self.session.role
        self._show_users_access()
        self._show_sim_banner(self.session.user is not None)
        if self.session.user is None and self.stack.currentWidget() in (
                self.users_page, self.maintenance_page, self.journal_page, self.vehicles_page,
                self.register_page):
            self.show_main()  # signed out: nothing a technician's stays open

    def _show_sim_banner(self, signed_in: bool) -> None:
        """The training users while nobody is signed in (how to sign in); once someone is,
        one line, and the room goes to the page (the maintenance banner's, say)."""
        users = self.options.training_users
        self.sim_banner.setText(" ".join(filter(None, (
            self.tr("SIMULATION: not connected to real equipment. Tap here for the training "
                    "controls."),
            users and not signed_in and self.tr("Training users: %1").replace("%1", users)))))

    def _show_users_access(self) -> None:
        supervisor = self.session.role >= Role.SUPERVISOR
        self.users_button.setEnabled(supervisor or self.session.needs_supervisor())
        self.users_note.setText(
            "" if supervisor else self.tr("Users: no supervisor yet: tap to make the first")
            if self.session.needs_supervisor()
            else self.tr("Only a signed-in supervisor manages users."))

    def _users_tapped(self) -> None:
        if self.session.needs_supervisor():
            self.first_page.begin()
            self.show_page(self.first_page)
        elif self.session.role >= Role.SUPERVISOR:
            self._users_from = self.details_page
            self.show_page(self.users_page)

    def _tool_wanted(self, name: str) -> None:
        if name == "journal":
            self.show_page(self.journal_page)
        elif name == "users":
            if self.session.role >= Role.SUPERVISOR:
                self._users_from = self.maintenance_page
                self.show_page(self.users_page)
            else:  # beside the tools: the page's status line is the service's
                self.maintenance_page.tools_message.setText(
                    self.tr("Only a signed-in supervisor manages users."))
        elif name == "settings" and self.settings_page is not None:
            self.show_page(self.settings_page)
        elif name == "registers":
            self.show_page(self.register_page)
        elif name == "vehicles" and self.vehicles_page is not None:
            self.show_page(self.vehicles_page)

    def _apply_settings(self, settings: SettingsService) -> None:
        """What a setting changed on the Settings page does at once."""
        services = self.services

        def selection(_value: object) -> None:
            services.swaps.supervisor.rules = self.rack.rules = settings.config.selection

        def intervals(_value: object) -> None:
            self.maintenance_page.intervals = settings.config.maintenance
            services.alarms.service_intervals = settings.config.maintenance

        def sign_in(value: object) -> None:
            self.session.operators_sign_in = self.swap_panel.needs_name = bool(value)

        for key in ("selection.ready_soc", "selection.min_soh", "selection.temp_min",
                    "selection.temp_max", "selection.min_insulation_kohm"):
            settings.apply[key] = selection
        for key in ("maintenance.lift_cycles", "maintenance.lock_cycles",
                    "maintenance.shuttle_km"):
            settings.apply[key] = intervals
        settings.apply["operators_sign_in"] = sign_in
        settings.apply["sign_out_minutes"] = lambda v: setattr(
            self.session, "sign_out_s", float(v) * 60)  # type: ignore[arg-type]
        settings.apply["theme"] = lambda v: self.apply_theme(str(v))
        settings.apply["max_shelve_minutes"] = lambda v: setattr(
            services.alarms.manager, "max_shelve_s", float(v) * 60)  # type: ignore[arg-type]

    def open_first_start(self) -> bool:
        """A real station with no supervisor: the first start asks for one (True: asked)."""
        if not self.session.needs_supervisor() or self.session.store is None:
            return False
        self.first_page.begin()
        self.show_page(self.first_page)
        return True

    def _role_tapped(self) -> None:
        if self.session.user is not None:
            self.session.sign_out()
            return
        if self.session.needs_supervisor() and not self.session.users():
            self.open_first_start()
            return
        self._pin_purpose = "sign in"
        self.signin_page.ask(self.tr("Tap your name, then type your PIN (or show your badge)"),
                             self.session.users())
        if self.session.store is None:
            self.signin_page.say(self.session.unavailable_phrase())
        self._open_signin()

    def _open_signin(self) -> None:
        here = self.stack.currentWidget()
        if here is not self.signin_page:
            self._before_signin = here
        self.show_page(self.signin_page)

    def _leave_signin(self) -> None:
        back, self._before_signin = self._before_signin, None
        if back is None or back is self.main_page:
            self.show_main()
        else:
            self.show_page(back)

    def _pin_entered(self, name: str, pin: str) -> None:
        if self._pin_purpose == "close":
            why = self.session.check(name, pin, Role.TECHNICIAN, "close the console")
            if why is None:
                self._may_close = True
                self.close()
                return
        else:
            why = self.session.sign_in(name, pin)
            if why is None:
                self._leave_signin()
                return
        self.signin_page.say(why)

    def _badge_read(self, badge: str) -> None:
        if self._pin_purpose == "close":
            self.signin_page.say(self.tr("Closing the console needs a name and PIN."))
            return
        why = self.session.sign_in_badge(badge)
        if why is None:
            self._leave_signin()
            return
        self.signin_page.say(why)

    def toggle_theme(self) -> None:
        self.apply_theme("night" if self.theme == "day" else "day")

    def apply_theme(self, name: str) -> None:
        self.theme = name
        palette: Palette = THEMES[name]
        app = QApplication.instance()
        sheet = stylesheet(palette, self.dpi) + (
            f"#simulationBanner {{ background: {palette.simulation}; color: white; "
            "font-weight: bold; padding: 2px; border: 3px dashed white; }"
            f"#notice {{ background: {palette.alarm_medium}; color: black; padding: 6px; }}"
            f"#maintenanceBanner {{ background: {palette.alarm_medium}; color: black; "
            "font-weight: bold; padding: 4px; border: 3px solid black; }")
        # the same sheet again (a window made anew in another language) would make Qt
        # polish every widget of both windows once more: seconds of a frozen screen
        if isinstance(app, QApplication) and app.styleSheet() != sheet:
            app.setStyleSheet(sheet)
        for w in (self.bay, self.rack, self.banner, self.strip, self.station_bar,
                  self.swap_strip, self.pack_page):
            if hasattr(w, "set_palette"):
                w.set_palette(palette)
        self.alarm_page.model.palette_ = palette
        self.strip.show_theme(name)
        self.update()

    def _language_tapped(self) -> None:
        langs = self.options.languages
        if len(langs) < 2:
            self.strip.show_language(self.tr("%1 (no other language installed)")
                                     .replace("%1", NAMES.get(langs[0], langs[0])))
            return
        here = self.stack.currentWidget()
        if here is not self.language_page:
            self._language_from = here
        user = self.session.user
        self.language_page.for_person(user.name if user is not None else None)
        self.show_page(self.language_page)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            event.accept()
            return
        event.ignore()
        self._pin_purpose = "close"
        self.signin_page.ask(self.tr("A technician's name and PIN close the console"),
                             [u for u in self.session.users() if u.role >= Role.TECHNICIAN])
        self._open_signin()

    def keyPressEvent(self, event) -> None:
        if self.options.kiosk and event.key() == Qt.Key.Key_Escape:
            event.ignore()  # a kiosk does not leave full screen on a stray key
            return
        super().keyPressEvent(event)


def station_faults() -> dict[str, str]:
    """The simulator's injectable faults (for the training panel)."""
    from operator_app.simulator.model import FAULTS

    return dict(FAULTS)



class _Activity(QObject):
    """Every touch, click or key on the console: the signed-in person is still there."""

    KINDS = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin,
                       QEvent.Type.KeyPress})

    def __init__(self, session: Session, window: QObject) -> None:
        super().__init__(window)
        self.session = session

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.KINDS:
            self.session.touched()
        return False


class WindowHolder(QObject):
    """The one console window; made again, in the new language, when the language changes.

    The window only renders the services and forwards taps, so a new one picks up where
    the old one was (link state, snapshot, alarms, the transaction, the signed-in role).
    A language chosen with nobody signed in is the terminal's (kept in ``data_dir``, the
    language the console starts in); chosen by a signed-in person, it is theirs: the console
    speaks it at each of their sign-ins, and the terminal's again once they sign out.
    """

    replaced = Signal(object)  # the new MainWindow

    def __init__(self, make: Callable[[], MainWindow], languages: Languages,
                 options: WindowOptions, full_screen: bool = False,
                 data_dir: Path | None = None) -> None:
        super().__init__()
        self.make, self.languages, self.options = make, languages, options
        self.full_screen = full_screen
        self.data_dir = data_dir
        self.terminal_language = languages.code  # what it started in: the terminal's
        self.window = self._made()
        self.session = self.window.session
        self._person = self._who()
        self.session.changed.connect(self._person_changed)

    def _who(self) -> str | None:
        user = self.session.user
        return user.name if user is not None else None

    def _made(self) -> MainWindow:
        window = self.make()
        window.language_wanted.connect(self.choose_language)
        return window

    def choose_language(self, code: str) -> None:
        """A language tapped on the language page: the person's, or the terminal's."""
        if code not in self.options.languages:
            self.window.strip.show_language(f"{code}?")
            return
        self.switch_language(code)
        if self.languages.code != code:
            return  # not switched: the strip says why
        if self.session.user is not None:
            self.session.set_language(code)
            return
        self.terminal_language = code
        why = keep_terminal_language(self.data_dir, code)
        if why:
            self.window.strip.show_language(QCoreApplication.translate(
                "MainWindow", "%1 for now: not kept for the next start (%2)").replace(
                "%1", NAMES.get(code, code)).replace("%2", why))

    def _person_changed(self) -> None:
        """Someone signed in or out: their language, or the terminal's again."""
        who = self._who()
        if who == self._person:
            return  # the same person (a role changed, a check): nothing to switch
        self._person = who
        user = self.session.user
        if user is not None:
            wanted = user.language if user.language in self.options.languages else None
        else:
            wanted = self.terminal_language
        if wanted and wanted != self.languages.code:
            # after the sign-in's own steps (the page it was asked for opens first)
            QTimer.singleShot(0, lambda: self.switch_language(wanted))

    def show(self) -> None:
        self.window.fit_to_screen()
        if self.full_screen:
            self.window.showFullScreen()
        else:
            self.window.show()

    def switch_language(self, code: str) -> None:
        old = self.window
        why = self.languages.use(code)
        if why:
            old.strip.show_language(why)
            return
        self.options.language = self.languages.code
        self.options.theme = old.theme  # the new window keeps what the operator chose
        page = old.stack.currentWidget()
        if page is old.language_page:
            page = old._language_from  # the language chosen: on to where it was opened from
        name = page.objectName() if page is not None else ""
        pack = (old.pack_page.slot, old.pack_page.code) if page is old.pack_page else None
        self.window = self._made()
        self.show()
        if pack is not None:  # the same pack's page: in its slot, or found by its code
            if pack[0]:
                self.window.open_pack(pack[0])
            elif pack[1]:
                self.window.open_pack_code(pack[1])
            name = ""
        # the page the operator was on, made anew (not the sign-in detour, or the first start)
        again = self.window.stack.findChild(QWidget, name) if name else None
        if again is not None and again is not self.window.main_page and name not in (
                "signInPage", "firstSupervisorPage") and self.window.stack.indexOf(again) >= 0:
            self.window.show_page(again)
        old._may_close = True
        QApplication.instance().removeEventFilter(old._activity)  # it counts no more taps
        old.close()
        old.deleteLater()
        self.replaced.emit(self.window)
