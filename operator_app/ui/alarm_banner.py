"""The alarm banner: the most important alarm with what to do, the counts, a tap to the page.

Grey when nothing needs the operator; the alarm's priority colour with its shape
and word otherwise (colour never alone). Shows the top of the standard order:
unacknowledged first, then active, then priority, then newest. The headline
names the alarm's source only when it adds something ("Charger fault at slot 3",
but "Link lost", not "Link lost at link").
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from operator_app.domain.alarms import AlarmState, Priority
from operator_app.ui.sizes import Sizes
from operator_app.ui.texts import alarm_name, alarm_text, priority_text, state_text
from operator_app.ui.theme import DAY, PRIMARY_TARGET_MM, Palette, mm_to_px
from operator_app.ui.widgets import ElidedLabel


class AlarmBanner(QFrame):
    tapped = Signal()

    def __init__(self, dpi: float, palette: Palette = DAY) -> None:
        super().__init__()
        self.setObjectName("alarmBanner")
        self.palette_ = palette
        self.setMinimumHeight(mm_to_px(PRIMARY_TARGET_MM, dpi))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title_px = Sizes(dpi).body + 2  # bold: the alarm's name whole on one line
        # one line each, shortened with "…" when the room is short (the alarm page has it
        # all): the banner keeps its height, whatever the alarm or the language
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 8, 2)
        text = QVBoxLayout()
        text.setSpacing(0)
        self.headline = ElidedLabel(self.tr("No alarms"))
        self.headline.setObjectName("alarmHeadline")
        self.action = ElidedLabel("")
        self.action.setObjectName("alarmAction")
        text.addWidget(self.headline)
        text.addWidget(self.action)
        row.addLayout(text, 1)
        self.counts = QLabel("")
        self.counts.setObjectName("alarmCounts")
        self.counts.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.counts)
        self.more = QLabel(self.tr("Alarms ›"))
        row.addWidget(self.more)
        for w in (self.headline, self.action, self.counts, self.more):
            w.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.top_priority: Priority | None = None
        self._paint(None)

    def set_palette(self, palette: Palette) -> None:
        self.palette_ = palette
        self._paint(self.top_priority)

    def show_alarms(self, ordered: list, counts: dict) -> None:
        """``ordered`` as AlarmService.ordered(); ``counts`` by priority."""
        self.counts.setText("\n".join(  # one priority a line: the texts get the width
            f"{priority_text(p)} {counts.get(p, 0)}" for p in Priority))
        if not ordered:
            self.headline.set_full(self.tr("No alarms"))
            self.action.set_full("")
            self._paint(None)
            return
        top = ordered[0]
        d = top.definition
        unacked = top.state in (AlarmState.UNACK, AlarmState.RTN_UNACK)
        # the alarm on the first line, whole when it can be; its state and what to do under it
        self.headline.set_full(self.tr("%1  %2").replace(
            "%1", priority_text(d.priority)).replace("%2", alarm_name(top.code, top.source)))
        # a cleared alarm asks only to be seen: its corrective action is done
        todo = (self.tr("tap here and acknowledge it") if top.state is AlarmState.RTN_UNACK
                else alarm_text(d.action))
        self.action.set_full(self.tr("%1. What to do: %2").replace(
            "%1", state_text(top.state.value)).replace("%2", todo))
        self._paint(d.priority if unacked else None)

    def _paint(self, priority: Priority | None) -> None:
        self.top_priority = priority
        p = self.palette_
        colours = {Priority.HIGH: (p.alarm_high, "white"),
                   Priority.MEDIUM: (p.alarm_medium, "black"),
                   Priority.LOW: (p.alarm_low, "black")}
        bg, fg = colours.get(priority, (p.panel, p.text)) if priority else (p.panel, p.text)
        self.setStyleSheet(f"#alarmBanner {{ background: {bg}; border: 2px solid {p.border}; }}"
                           f"#alarmBanner QLabel {{ background: transparent; color: {fg}; }}"
                           f"#alarmHeadline {{ font-weight: bold; font-size: {self.title_px}px; }}")

    def mouseReleaseEvent(self, event) -> None:
        if event.button() is Qt.MouseButton.LeftButton:
            self.tapped.emit()
