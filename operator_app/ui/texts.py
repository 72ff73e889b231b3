"""Operator-facing words for the station's enum values, through Qt's translator.

The tables mark their strings with QT_TRANSLATE_NOOP so that lupdate finds
them; ``label`` translates at display time, so a language switch applies at
once. A value without a table entry is shown by its number, never hidden.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from operator_app.domain import station as st
from operator_app.domain.alarms import title
from operator_app.domain.snapshot import LinkState

CONTEXT = "Station"

_TABLES: dict[type[IntEnum], dict[int, str]] = {
    st.StationMode: {
        st.StationMode.AUTOMATIC: QT_TRANSLATE_NOOP("Station", "Automatic"),
        st.StationMode.MAINTENANCE: QT_TRANSLATE_NOOP("Station", "Maintenance"),
    },
    st.StationState: {
        st.StationState.STARTING: QT_TRANSLATE_NOOP("Station", "Starting"),
        st.StationState.IDLE: QT_TRANSLATE_NOOP("Station", "Idle: bay empty"),
        st.StationState.POSITIONING: QT_TRANSLATE_NOOP("Station", "Vehicle positioning"),
        st.StationState.READY: QT_TRANSLATE_NOOP("Station", "Ready to swap"),
        st.StationState.SWAPPING: QT_TRANSLATE_NOOP("Station", "Swapping"),
        st.StationState.COMPLETE: QT_TRANSLATE_NOOP("Station", "Swap complete: vehicle leaving"),
        st.StationState.HELD: QT_TRANSLATE_NOOP("Station",
                                                "Motion held: resume when the bay is clear"),
        st.StationState.MAINTENANCE: QT_TRANSLATE_NOOP("Station", "Maintenance"),
        st.StationState.FAULT: QT_TRANSLATE_NOOP("Station", "Fault"),
        st.StationState.ESTOP: QT_TRANSLATE_NOOP("Station", "EMERGENCY STOP"),
    },
    st.SwapStep: {
        st.SwapStep.NONE: QT_TRANSLATE_NOOP("Station", "No step running"),
        st.SwapStep.POSITIONING: QT_TRANSLATE_NOOP("Station", "Positioning"),
        st.SwapStep.PREPARATION: QT_TRANSLATE_NOOP("Station", "Preparation"),
        st.SwapStep.UNLOCK: QT_TRANSLATE_NOOP("Station", "Unlock"),
        st.SwapStep.REMOVE: QT_TRANSLATE_NOOP("Station", "Remove pack"),
        st.SwapStep.TRANSFER: QT_TRANSLATE_NOOP("Station", "Transfer to rack"),
        st.SwapStep.FETCH: QT_TRANSLATE_NOOP("Station", "Fetch charged pack"),
        st.SwapStep.INSTALL: QT_TRANSLATE_NOOP("Station", "Install pack"),
        st.SwapStep.LOCK: QT_TRANSLATE_NOOP("Station", "Lock"),
        st.SwapStep.VERIFY: QT_TRANSLATE_NOOP("Station", "Verify"),
        st.SwapStep.RELEASE: QT_TRANSLATE_NOOP("Station", "Release vehicle"),
    },
    st.SlotState: {
        st.SlotState.EMPTY: QT_TRANSLATE_NOOP("Station", "Empty"),
        st.SlotState.IDLE: QT_TRANSLATE_NOOP("Station", "Not charging"),
        st.SlotState.CHARGING: QT_TRANSLATE_NOOP("Station", "Charging"),
        st.SlotState.FULL: QT_TRANSLATE_NOOP("Station", "Full"),
        st.SlotState.IN_SWAP: QT_TRANSLATE_NOOP("Station", "In swap"),
        st.SlotState.FAULT: QT_TRANSLATE_NOOP("Station", "Charger fault"),
        st.SlotState.DISABLED: QT_TRANSLATE_NOOP("Station", "Disabled"),
    },
    st.ChargerState: {
        st.ChargerState.IDLE: QT_TRANSLATE_NOOP("Station", "Idle"),
        st.ChargerState.CONNECTING: QT_TRANSLATE_NOOP("Station", "Connecting"),
        st.ChargerState.CONSTANT_CURRENT: QT_TRANSLATE_NOOP("Station",
                                                            "Charging (constant current)"),
        st.ChargerState.CONSTANT_VOLTAGE: QT_TRANSLATE_NOOP("Station",
                                                            "Charging (constant voltage)"),
        st.ChargerState.COMPLETE: QT_TRANSLATE_NOOP("Station", "Complete"),
        st.ChargerState.FAULT: QT_TRANSLATE_NOOP("Station", "FAULT"),
        st.ChargerState.DISABLED: QT_TRANSLATE_NOOP("Station", "Disabled"),
    },
    st.PackType: {
        st.PackType.NONE: QT_TRANSLATE_NOOP("Station", "None"),
        st.PackType.A_171KWH: QT_TRANSLATE_NOOP("Station", "A 171 kWh"),
        st.PackType.B_280KWH: QT_TRANSLATE_NOOP("Station", "B 280 kWh"),
        st.PackType.C_100KWH: QT_TRANSLATE_NOOP("Station", "C 100 kWh"),
    },
    st.PositioningResult: {
        st.PositioningResult.NONE: QT_TRANSLATE_NOOP("Station", "No vehicle"),
        st.PositioningResult.IN_PROGRESS: QT_TRANSLATE_NOOP("Station", "Driving in"),
        st.PositioningResult.IN_POSITION: QT_TRANSLATE_NOOP("Station", "In position"),
        st.PositioningResult.OUT_OF_TOLERANCE: QT_TRANSLATE_NOOP("Station", "Out of tolerance"),
        st.PositioningResult.FAILED: QT_TRANSLATE_NOOP("Station", "Positioning failed"),
    },
    LinkState: {
        LinkState.ONLINE: QT_TRANSLATE_NOOP("Station", "Online"),
        LinkState.DEGRADED: QT_TRANSLATE_NOOP("Station", "Degraded"),
        LinkState.CONNECTING: QT_TRANSLATE_NOOP("Station", "Connecting"),
        LinkState.LOST: QT_TRANSLATE_NOOP("Station", "LOST"),
    },
}


def label(value: IntEnum | None) -> str:
    """The translated operator text for an enum value; a dash when it is not available."""
    if value is None:
        return QCoreApplication.translate("Station", "n/a")
    table = _TABLES.get(type(value), {})
    text = table.get(int(value))
    if text is None:
        return QCoreApplication.translate("Station", "code %1").replace("%1", str(int(value)))
    return QCoreApplication.translate("Station", text)  # tr: the enum tables


PRIORITY_TEXT = {
    1: QT_TRANSLATE_NOOP("Alarms", "HIGH"),
    2: QT_TRANSLATE_NOOP("Alarms", "MEDIUM"),
    3: QT_TRANSLATE_NOOP("Alarms", "LOW"),
}
# A shape per priority, so that priority never rests on colour alone (ISA-101).
PRIORITY_SHAPE = {1: "◆", 2: "▲", 3: "●"}
# Alarm states, all in sentence case and short enough for the table's State column. An
# alarm in alarm is "Unacknowledged" or "Acknowledged"; one whose cause has gone says so first.
STATE_TEXT = {
    "normal": QT_TRANSLATE_NOOP("Alarms", "Normal"),
    "active unacknowledged": QT_TRANSLATE_NOOP("Alarms", "Unacknowledged"),
    "active acknowledged": QT_TRANSLATE_NOOP("Alarms", "Acknowledged"),
    "returned to normal unacknowledged": QT_TRANSLATE_NOOP("Alarms", "Cleared, unacknowledged"),
    "shelved": QT_TRANSLATE_NOOP("Alarms", "Shelved"),
    "suppressed by design": QT_TRANSLATE_NOOP("Alarms", "Suppressed by design"),
    "out of service": QT_TRANSLATE_NOOP("Alarms", "Out of service"),
}
# Where an alarm comes from. These name the alarm's own subject ("Link lost" at the link,
# "Journal disk full" at the journal) or the one place every station fault comes from (the
# controller, the bay), so a title never repeats them; a slot is worth saying.
SOURCE_TEXT = {
    "controller": QT_TRANSLATE_NOOP("Alarms", "controller"),
    "station": QT_TRANSLATE_NOOP("Alarms", "station"),
    "console": QT_TRANSLATE_NOOP("Alarms", "console"),
    "link": QT_TRANSLATE_NOOP("Alarms", "link"),
    "journal": QT_TRANSLATE_NOOP("Alarms", "journal"),
    "bay": QT_TRANSLATE_NOOP("Alarms", "bay"),
}
SUBJECT_SOURCES = frozenset(SOURCE_TEXT)


def priority_text(priority: int) -> str:
    """'◆ HIGH': the shape and the word, translated."""
    return f"{PRIORITY_SHAPE[int(priority)]} " + QCoreApplication.translate(  # tr: PRIORITY_TEXT
        "Alarms", PRIORITY_TEXT[int(priority)])


def state_text(state_value: str) -> str:
    text = STATE_TEXT.get(state_value, state_value)
    return QCoreApplication.translate("Alarms", text)  # tr: STATE_TEXT


def alarm_text(text: str) -> str:
    """A catalogue text (cause, action), through the translator (context "Alarms")."""
    return QCoreApplication.translate("Alarms", text)  # tr: the alarm catalogue


def alarm_title(code: str) -> str:
    """'LOCK_JAM' -> 'Lock jam' (domain.alarms.title), translated when a translation exists."""
    return QCoreApplication.translate("Alarms", title(code))  # tr: the alarm catalogue


def source_text(source: str) -> str:
    """An alarm's source for people: 'slot 3' -> 'slot 3' (translated), 'link' -> 'link'."""
    kind, _, number = source.partition(" ")
    if kind == "slot" and number.isdigit():
        return QCoreApplication.translate("Alarms", "slot %1").replace("%1", number)
    if kind == "pack" and number:
        return QCoreApplication.translate("Alarms", "pack %1").replace("%1", number)
    if source in SOURCE_TEXT:
        return QCoreApplication.translate("Alarms", SOURCE_TEXT[source])  # tr: SOURCE_TEXT
    return source


def shows_source(code: str, source: str) -> bool:
    """Whether a title names the source: only when it adds something (a slot), not when it
    repeats the alarm's own subject ('Link lost' at the link) or is where every station fault
    comes from (the controller)."""
    if source in SUBJECT_SOURCES:
        return False
    words = set(title(code).lower().split())
    return not set(source.lower().split()) <= words


def alarm_name(code: str, source: str) -> str:
    """The alarm's title, with its source when that adds something: 'Charger fault at slot
    3', but 'Link lost' (not 'Link lost at link')."""
    name = alarm_title(code)
    if not shows_source(code, source):
        return name
    return QCoreApplication.translate("Alarms", "%1 at %2").replace("%1", name).replace(
        "%2", source_text(source))
