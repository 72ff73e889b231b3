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
from operator_app.ui.texts import alarm_name, alarm_text, priority_text, state_text
from operator_app.ui.theme import DAY, PRIMARY_TARGET_MM, Palette, mm_to_px


class AlarmBanner(QFrame):
    tapped = Signal()

    def __init__(self, dpi: float, palette: Palette = DAY) -> None:
        super().__init__()
        self.setObjectName("alarmBanner")
        self.palette_ = palette
        self.setMinimumHeight(mm_to_px(PRIMARY_TARGET_MM, dpi))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        row = QHBoxLayout(self)
        text = QVBoxLayout()
        self.headline = QLabel(self.tr("No alarms"))
        self.headline.setObjectName("alarmHeadline")
        self.action = QLabel("")
        self.action.setObjectName("alarmAction")
        self.action.setWordWrap(True)
        text.addWidget(self.headline)
        text.addWidget(self.action)
        row.addLayout(text, 1)
        self.counts = QLabel("")
        self.counts.setObjectName("alarmCounts")
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
        self.counts.setText("   ".join(
            f"{priority_text(p)} {counts.get(p, 0)}" for p in Priority))
        if not ordered:
            self.headline.setText(self.tr("No alarms"))
            self.action.setText("")
            self._paint(None)
            return
        top = ordered[0]
        d = top.definition
        unacked = top.state in (AlarmState.UNACK, AlarmState.RTN_UNACK)
        self.headline.setText(self.tr("%1  %2: %3").replace(
            "%1", priority_text(d.priority)).replace("%2", alarm_name(top.code, top.source))
            .replace("%3", state_text(top.state.value)))
        self.action.setText(self.tr("What to do: %1").replace("%1", alarm_text(d.action)))
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
                           "#alarmHeadline { font-weight: bold; font-size: 15pt; }")

    def mouseReleaseEvent(self, event) -> None:
        if event.button() is Qt.MouseButton.LeftButton:
            self.tapped.emit()
