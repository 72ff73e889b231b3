"""The alarm page and the banner through their widgets: the empty list, Acknowledge all, the
first-out mark, and titles that name the source only when it adds something."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QScrollArea

from operator_app.domain import station as st
from operator_app.domain.alarms import CATALOGUE, FIRST_OUT_WINDOW_S, AlarmState, Priority
from operator_app.domain.snapshot import LinkState, StationSnapshot
from operator_app.services.alarm_service import AlarmService
from operator_app.services.link_worker import LinkEvent
from operator_app.storage.journal import StorageState, StorageStatus
from operator_app.ui.alarm_banner import AlarmBanner
from operator_app.ui.alarm_page import SHELVE_REASONS, AlarmModel, AlarmPage
from operator_app.ui.texts import alarm_name, state_text
from operator_app.ui.theme import PRIMARY_TARGET_MM, mm_to_px
from tests.people import PIN, TECH, people_session
from tests.services.recording_port import Sink
from tests.services.test_recorder import BAY, MACHINE, slot, status
from tests.ui.conftest import PANEL_DPI, shown_at_panel_size

DPI = 96.0


class Clock:
    def __init__(self) -> None:
        self.t = 1_800_000_000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def page(qtbot):
    clock = Clock()
    service = AlarmService(Sink(), clock=clock)
    service._timer.stop()  # the tests move the clock themselves
    session = people_session()
    p = AlarmPage(service, session, DPI)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    qtbot.waitExposed(p)
    return p


def tap(qtbot, widget) -> None:
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def snapshot(faults: tuple = (), slots: tuple = ()) -> StationSnapshot:
    return StationSnapshot(1, 1.0, replace(status(), faults=faults), BAY, MACHINE, slots, 1.0)


def charger_fault(n: int):
    return replace(slot(n, f"P{n}"), charger_state=st.ChargerState.FAULT)


def column(p: AlarmPage, col: int) -> list[str]:
    return [p.model.data(p.model.index(r, col)) for r in range(p.model.rowCount())]


# --- 1. the empty list says so ------------------------------------------------------------------

def test_an_empty_list_says_no_alarms_in_large_text(qtbot, page) -> None:
    label = page.empty_label
    assert label.isVisible() and label.text() == "No alarms"
    assert page.model.rowCount() == 0
    assert label.font().pixelSize() >= mm_to_px(5.0, DPI)  # larger than the body text
    assert label.font().bold()
    page.service.on_storage(StorageStatus(StorageState.DISK_FULL, "reserve"))
    assert page.model.rowCount() == 1 and not label.isVisible()
    # a filter other than the default hides the alarm: the list says it is this view
    tap(qtbot, page.findChild(QPushButton, "filterState_shelved"))
    assert page.model.rowCount() == 0
    assert label.isVisible() and label.text() == "No alarms in this view"
    tap(qtbot, page.findChild(QPushButton, "filterPriority1"))  # HIGH only
    assert label.text() == "No alarms in this view"
    tap(qtbot, page.findChild(QPushButton, "filterState_all"))
    tap(qtbot, page.findChild(QPushButton, "filterPriority2"))  # MEDIUM
    assert page.model.rowCount() == 1 and not label.isVisible()
    # back to the default view; the alarm clears and is acknowledged: nothing is left at all
    tap(qtbot, page.findChild(QPushButton, "filterPriority0"))
    tap(qtbot, page.findChild(QPushButton, "filterState_in_alarm"))
    page.service.on_storage(StorageStatus(StorageState.OK, "writes again"))
    tap(qtbot, page.ack_all_button)
    assert page.model.rowCount() == 0 and label.isVisible() and label.text() == "No alarms"
    tap(qtbot, page.findChild(QPushButton, "filterState_shelved"))
    assert label.text() == "No alarms"  # nothing is hidden by the filter either


# --- 2. acknowledge all ------------------------------------------------------------------------

def test_acknowledge_all_acknowledges_the_visible_list_and_reports_refusals_once(
        qtbot, page) -> None:
    service = page.service
    button = page.ack_all_button
    assert not button.isEnabled()  # nothing to acknowledge
    assert button.minimumHeight() >= mm_to_px(PRIMARY_TARGET_MM, DPI)
    assert button.minimumHeight() == page.ack_button.minimumHeight()
    assert button.minimumWidth() == page.ack_button.minimumWidth()
    insulation = CATALOGUE["INSULATION_LOW"]  # HIGH; acknowledged by a technician
    keys = {"charger": ("CHARGER_FAULT", "slot 3"), "door": ("DOOR_OPEN", "controller"),
            "ins": ("INSULATION_LOW", "controller"), "ins2": ("INSULATION_LOW", "slot 2"),
            "jam": ("LOCK_JAM", "controller")}
    service.manager.update({keys["charger"]: CATALOGUE["CHARGER_FAULT"],
                            keys["door"]: CATALOGUE["DOOR_OPEN"], keys["ins"]: insulation,
                            keys["ins2"]: insulation, keys["jam"]: CATALOGUE["LOCK_JAM"]},
                           page.service.clock())
    page.refresh()
    assert button.isEnabled()
    # only the visible list: MEDIUM alone
    tap(qtbot, page.findChild(QPushButton, "filterPriority2"))
    tap(qtbot, button)
    state = {name: service.manager.alarms[k].state for name, k in keys.items()}
    assert state["charger"] is state["door"] is AlarmState.ACKED
    assert state["ins"] is state["ins2"] is state["jam"] is AlarmState.UNACK  # not shown
    assert page.message.text() == "Acknowledged 2 alarm(s)."
    assert not button.isEnabled()  # nothing visible is unacknowledged now
    # every priority: the operator may acknowledge the jam, not the insulation alarms
    tap(qtbot, page.findChild(QPushButton, "filterPriority0"))
    assert button.isEnabled()
    tap(qtbot, button)
    assert service.manager.alarms[keys["jam"]].state is AlarmState.ACKED
    assert service.manager.alarms[keys["ins"]].state is AlarmState.UNACK
    text = page.message.text()
    assert text == ("Acknowledged 1 alarm(s). 2 not acknowledged: that needs the technician "
                    "role.")
    assert text.count("technician") == 1  # said once, not once per alarm
    refused = [c for c in service.journal.named("append_event") if c[1] == "alarm.refused"]
    assert len(refused) == 2  # each refusal still journaled, as a single acknowledge's is
    audited = [c for c in service.journal.named("audit") if c[3] == "alarm acknowledge"]
    assert len(audited) == 3
    # all refused: said so, and how many
    tap(qtbot, button)
    assert page.message.text() == ("No alarm was acknowledged. 2 not acknowledged: that needs "
                                   "the technician role.")
    # a technician acknowledges the rest; then the button has nothing left to do
    assert page.session.sign_in(TECH, PIN) is None
    tap(qtbot, button)
    assert page.message.text() == "Acknowledged 2 alarm(s)."
    assert service.manager.alarms[keys["ins2"]].state is AlarmState.ACKED
    assert not button.isEnabled()


def test_acknowledge_all_is_the_same_as_acknowledging_one_by_one(qtbot, page) -> None:
    """A cleared, unacknowledged alarm acknowledged with the others returns to normal."""
    service = page.service
    service.on_storage(StorageStatus(StorageState.DISK_FULL, "reserve"))
    service.on_link_event(LinkEvent(LinkState.LOST, "no answer", page.service.clock()))
    service.on_storage(StorageStatus(StorageState.OK, "writes again"))
    disk, link = ("JOURNAL_DISK_FULL", "journal"), ("LINK_LOST", "link")
    assert service.manager.alarms[disk].state is AlarmState.RTN_UNACK
    tap(qtbot, page.ack_all_button)
    assert service.manager.alarms[disk].state is AlarmState.NORMAL
    assert service.manager.alarms[link].state is AlarmState.ACKED
    assert [r[0] for r in page.model.rows] == [link]


# --- 3. first out only for a cascade -----------------------------------------------------------

def test_first_out_is_shown_only_when_a_second_alarm_follows(qtbot, page) -> None:
    service, clock = page.service, page.service.clock
    service.on_snapshot(snapshot(slots=(charger_fault(3),)))
    assert column(page, 5) == [""]  # alone: not first out
    clock.t += 24.0  # an unrelated alarm, well after
    service.on_storage(StorageStatus(StorageState.DISK_FULL, "reserve"))
    assert column(page, 5) == ["", ""]
    clock.t += 60.0  # a cascade: the E-stop, then the door within the window
    service.on_snapshot(snapshot((st.FaultCode.ESTOP,), (charger_fault(3),)))
    assert "FIRST OUT" not in column(page, 5)
    clock.t += FIRST_OUT_WINDOW_S / 2
    service.on_snapshot(snapshot((st.FaultCode.ESTOP, st.FaultCode.DOOR_OPEN),
                                 (charger_fault(3),)))
    marked = [r[0] for r in page.model.rows if r[6]]
    assert marked == [("ESTOP", "controller")]
    assert column(page, 5).count("FIRST OUT") == 1
    page.select(("ESTOP", "controller"))
    assert "FIRST OUT: this alarm came first" in page.detail.text()
    history = [page.history.item(i).text() for i in range(page.history.count())]
    assert "FIRST OUT: another alarm followed within 3 s" in history[0]
    page.select(("DOOR_OPEN", "controller"))
    assert "FIRST OUT" not in page.detail.text()


# --- 4. titles without repetition ----------------------------------------------------------------

def test_the_banner_names_the_source_only_when_it_adds_something(qtbot) -> None:
    banner = AlarmBanner(DPI)
    qtbot.addWidget(banner)
    assert banner.headline.full == "No alarms"
    link = AlarmService(Sink())
    link._timer.stop()
    link.on_link_event(LinkEvent(LinkState.LOST, "no answer", 0.0))
    banner.show_alarms(link.ordered(), link.counts())
    assert banner.headline.full == "◆ HIGH  Link lost"
    assert banner.action.full.startswith("Unacknowledged. What to do: ")
    disk = AlarmService(Sink())
    disk._timer.stop()
    disk.on_storage(StorageStatus(StorageState.DISK_FULL, "reserve"))
    banner.show_alarms(disk.ordered(), disk.counts())
    assert banner.headline.full == "▲ MEDIUM  Journal disk full"
    assert banner.action.full.startswith("Unacknowledged. What to do: ")
    station = AlarmService(Sink())
    station._timer.stop()
    station.on_snapshot(snapshot(slots=(charger_fault(3),)))
    banner.show_alarms(station.ordered(), station.counts())
    assert banner.headline.full == "▲ MEDIUM  Charger fault at slot 3"
    assert banner.action.full.startswith("Unacknowledged. What to do: ")
    station.on_snapshot(snapshot((st.FaultCode.ESTOP,), (charger_fault(3),)))
    banner.show_alarms(station.ordered(), station.counts())
    assert banner.headline.full == "◆ HIGH  E-stop"
    assert banner.action.full.startswith("Unacknowledged. What to do: ")


def test_a_cleared_unacknowledged_alarm_asks_only_to_be_acknowledged(qtbot) -> None:
    banner = AlarmBanner(DPI)
    qtbot.addWidget(banner)
    link = AlarmService(Sink())
    link._timer.stop()
    link.on_link_event(LinkEvent(LinkState.LOST, "no answer", 0.0))
    link.on_link_event(LinkEvent(LinkState.ONLINE, "back", 1.0))
    banner.show_alarms(link.ordered(), link.counts())
    assert banner.headline.full == "◆ HIGH  Link lost"
    assert banner.action.full == ("Cleared, unacknowledged. What to do: tap here and "
                                  "acknowledge it")  # not the action its cause needed
    assert banner.top_priority is Priority.HIGH  # unacknowledged: still in its colour


def test_the_detail_names_the_source_only_when_it_adds_something_the_table_always(
        qtbot, page) -> None:
    page.service.on_link_event(LinkEvent(LinkState.LOST, "no answer", page.service.clock()))
    page.service.on_snapshot(snapshot(slots=(charger_fault(3),)))
    assert sorted(column(page, 2)) == ["link", "slot 3"]  # the source column stays
    assert sorted(column(page, 1)) == ["Charger fault", "Link lost"]
    page.select(("LINK_LOST", "link"))
    first_line = page.detail.text().splitlines()[0]
    assert first_line.endswith("Link lost") and "link)" not in first_line
    assert " at " not in first_line
    page.select(("CHARGER_FAULT", "slot 3"))
    assert page.detail.text().splitlines()[0].endswith("Charger fault at slot 3")


@pytest.mark.parametrize(("code", "source", "name"), [
    ("LINK_LOST", "link", "Link lost"),
    ("LINK_DEGRADED", "link", "Link degraded"),
    ("JOURNAL_DISK_FULL", "journal", "Journal disk full"),
    ("JOURNAL_FAILED", "journal", "Journal failed"),
    ("SYNC_DOWN", "station", "Sync down"),
    ("WATCHDOG", "console", "Watchdog"),
    ("LOCK_JAM", "controller", "Lock jam"),
    ("CHARGER_FAULT", "slot 3", "Charger fault at slot 3"),
    ("PACK_HIGH_TEMPERATURE", "slot 12", "Pack high temperature at slot 12"),
    ("ABORTED", "controller", "Swap aborted"),
    ("DOOR_OPEN", "door", "Door open"),  # a source that only repeats the title's word
    ("DOOR_OPEN", "rear door", "Door open at rear door"),
])
def test_alarm_names(qapp, code, source, name) -> None:
    assert alarm_name(code, source) == name


def test_state_texts_are_consistent(qapp) -> None:
    texts = {s: state_text(s.value) for s in AlarmState}
    assert all(t[0].isupper() and t[1:] == t[1:].lower() for t in texts.values()), texts
    assert texts[AlarmState.UNACK] == "Unacknowledged"
    assert texts[AlarmState.ACKED] == "Acknowledged"
    assert texts[AlarmState.RTN_UNACK] == "Cleared, unacknowledged"
    assert AlarmModel().headers()[5] == "First out"


def test_the_shelve_panel_takes_the_lists_place_and_cancel_brings_it_back(qtbot, page) -> None:
    """The reasons get the list's width and the page stays within the screen's height."""
    page.service.on_snapshot(snapshot(slots=(charger_fault(3),)))
    page.select(("CHARGER_FAULT", "slot 3"))
    tap(qtbot, page.shelve_button)
    assert page.shelve_panel.isVisible() and not page.table.isVisible()
    qtbot.waitUntil(lambda: page.shelve_panel.width() > 0)
    panel = page.shelve_panel.geometry()
    # left of the detail (in its scroll area: the page's child), not under it
    assert panel.right() < page.detail_area.geometry().left()
    assert panel.width() > page.detail.width()
    tap(qtbot, page.findChild(QPushButton, "shelveCancel"))
    assert not page.shelve_panel.isVisible() and page.table.isVisible()
    assert page.message.text() == ""


# --- 5. the detail panel: every line readable, and only of an alarm in the list -----------------

def settled() -> None:
    """Posted layout requests done (a rewrapped label asks again once it is resized)."""
    for _ in range(4):
        QApplication.processEvents()


def readable_in_full(label: QLabel) -> bool:
    """Every line of ``label`` is on the screen, or can be scrolled there with a scroll bar
    that shows there is more: the label has its wrapped height, and what its scroll area
    shows over the whole range (or its parents, without one) covers all of it."""
    if label.height() < label.heightForWidth(label.width()):
        return False  # a line cut by the label's own height
    area = label.parentWidget().parentWidget()  # a scroll area's viewport's parent
    if not isinstance(area, QScrollArea) or area.widget() is not label:
        return QRegion(label.rect()).subtracted(label.visibleRegion()).isEmpty()
    bar = area.verticalScrollBar()
    if label.height() > area.viewport().height() and not bar.isVisible():
        return False  # cut without a sign of it
    seen = QRegion()
    step = max(1, area.viewport().height() // 2)
    for value in [*range(bar.minimum(), bar.maximum(), step), bar.maximum()]:
        bar.setValue(value)
        seen = seen.united(label.visibleRegion())
    bar.setValue(bar.minimum())
    return QRegion(label.rect()).subtracted(seen).isEmpty()


@pytest.mark.usefixtures("styled")
def test_every_line_of_the_detail_is_readable_when_the_room_is_tight(qtbot) -> None:
    """On the 1280x800 panel (149 DPI) the console's strips leave the page about 600 px, and
    the page may get as little as its minimum: every catalogue alarm with every extra line
    (first out, held at the controller, latched, shelved) and the longest message are shown
    whole, or scroll inside the panel; no line is cut."""
    clock = Clock()
    service = AlarmService(Sink(), clock=clock)
    service._timer.stop()
    service.controller_reset = lambda *_: None  # a station: Reset goes to the controller
    page = AlarmPage(service, people_session(), PANEL_DPI)
    shown_at_panel_size(qtbot, page)
    service.manager.update({(code, "controller"): d for code, d in CATALOGUE.items()},
                           clock())
    tap(qtbot, page.findChild(QPushButton, "filterState_all"))  # shelved ones stay listed
    variants = ("held at the controller", "latched, cause gone", "shelved")
    for height in (800, 600, page.minimumSizeHint().height()):
        page.resize(1280, height)
        for code in CATALOGUE:
            alarm = service.manager.alarms[(code, "controller")]
            alarm.first_out = True
            for variant in variants:
                alarm.condition = variant != "latched, cause gone"
                alarm.awaiting_reset = not alarm.condition and alarm.definition.latched
                alarm.state = AlarmState.SHELVED if variant == "shelved" else AlarmState.ACKED
                alarm.shelved_until = clock() + 3600.0
                alarm.shelve_reason = max(SHELVE_REASONS, key=len)
                page.select(alarm.key)
                if page.reset_button.isEnabled() and service.at_controller(alarm.key):
                    tap(qtbot, page.reset_button)  # the longest message: "Is the bay clear..."
                    assert "Tap Reset again" in page.message.text()
                settled()
                assert page.selected == alarm.key
                assert readable_in_full(page.detail), (height, code, variant,
                                                       page.detail.text())
                assert readable_in_full(page.message), (height, code, variant)


def test_the_detail_follows_the_selected_alarm_out_of_the_list(qtbot, page) -> None:
    """Acknowledged and cleared, filtered out, shelved: the alarm now in its place is shown
    (and acted on), or nothing when the list is empty."""
    service, clock = page.service, page.service.clock
    chargers = {n: ("CHARGER_FAULT", f"slot {n}") for n in (2, 3, 4)}
    for n in (2, 3, 4):  # newest first: slots 4, 3, 2
        clock.t += 10.0
        service.on_snapshot(snapshot(slots=tuple(charger_fault(m) for m in range(2, n + 1))))
    assert [r[0] for r in page.model.rows] == [chargers[4], chargers[3], chargers[2]]

    def tap_row(key) -> None:
        row = [r[0] for r in page.model.rows].index(key)
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                         pos=page.table.visualRect(page.model.index(row, 1)).center())
        assert page.selected == key

    def shown() -> str:
        return page.detail.text().splitlines()[0]

    def table_selection() -> list:
        return [page.model.rows[i.row()][0] for i in page.table.selectionModel().selectedRows()]

    tap_row(chargers[3])
    tap(qtbot, page.ack_button)  # acknowledged: still in alarm, after the unacknowledged
    assert [r[0] for r in page.model.rows] == [chargers[4], chargers[2], chargers[3]]
    assert page.selected == chargers[3] and shown().endswith("slot 3")
    service.on_snapshot(snapshot(slots=(charger_fault(2), charger_fault(4))))  # 3 clears
    assert service.manager.alarms[chargers[3]].state is AlarmState.NORMAL
    assert chargers[3] not in [r[0] for r in page.model.rows]
    # the one now in its place (the last row): shown, selected in the table, acted on
    assert page.selected == chargers[2] and shown().endswith("Charger fault at slot 2")
    assert table_selection() == [chargers[2]]
    tap(qtbot, page.ack_button)
    assert service.manager.alarms[chargers[2]].state is AlarmState.ACKED
    assert service.manager.alarms[chargers[4]].state is AlarmState.UNACK
    # a filter that hides it: the first one shown
    tap(qtbot, page.findChild(QPushButton, "filterState_unacknowledged"))
    assert [r[0] for r in page.model.rows] == [chargers[4]]
    assert page.selected == chargers[4] and shown().endswith("slot 4")
    assert table_selection() == [chargers[4]] and page.ack_button.isEnabled()
    # a filter that hides every alarm: nothing selected, nothing to act on
    tap(qtbot, page.findChild(QPushButton, "filterPriority1"))  # HIGH only
    assert page.model.rowCount() == 0 and page.selected is None
    assert page.detail.text() == "No alarm selected."
    assert page.history.count() == 0 and table_selection() == []
    for b in (page.ack_button, page.reset_button, page.shelve_button, page.unshelve_button):
        assert not b.isEnabled(), b.objectName()
    tap(qtbot, page.findChild(QPushButton, "filterPriority0"))
    tap(qtbot, page.findChild(QPushButton, "filterState_in_alarm"))
    assert page.selected is None and "Tap an alarm" in page.detail.text()
    # shelved away: the one in its place
    assert page.session.sign_in(TECH, PIN) is None  # a technician shelves
    tap_row(chargers[4])
    tap(qtbot, page.shelve_button)
    tap(qtbot, page.findChild(QPushButton, "shelveReason1"))
    tap(qtbot, page.shelve_confirm)
    assert service.manager.alarms[chargers[4]].state is AlarmState.SHELVED
    assert page.message.text() == "Shelved for 15 min."
    assert page.selected == chargers[2] and shown().endswith("slot 2")
    # returned to normal (already acknowledged): the list is empty, and so is the detail
    service.on_snapshot(snapshot())
    assert page.model.rowCount() == 0 and page.selected is None
    assert page.detail.text() == "No alarm selected." and table_selection() == []
    for b in (page.ack_button, page.reset_button, page.shelve_button, page.unshelve_button):
        assert not b.isEnabled(), b.objectName()
