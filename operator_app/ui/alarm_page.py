"""The alarm page: the ordered list, filters, acknowledge (one or all shown), reset, shelve
with a reason, history.

A renderer and request emitter over ``AlarmService``: every action goes to the
service, which checks the role and the alarm's state and refuses in words.
The first-out alarm of a cascade is marked. Cause and action come from the
catalogue, so every alarm says what happened and what to do. An empty list
says so in large text ("No alarms"), never as a blank table.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from operator_app.domain.alarms import FIRST_OUT_WINDOW_S, Alarm, AlarmState, Priority, Refusal
from operator_app.domain.roles import Role
from operator_app.services.alarm_service import AlarmService
from operator_app.services.session import Session
from operator_app.ui import local
from operator_app.ui.station_panel import say
from operator_app.ui.texts import (
    alarm_name,
    alarm_text,
    alarm_title,
    priority_text,
    source_text,
    state_text,
)
from operator_app.ui.theme import DAY, Palette, mm_to_px
from operator_app.ui.widgets import Page, RowsMixin, button, kinetic, scroll_down_only

ModelIndex = QModelIndex | QPersistentModelIndex
SHELVE_REASONS = (
    "nuisance: a known instrument fault, repair ordered",
    "maintenance work on this equipment",
    "waiting for a spare part",
)
SHELVE_MINUTES = (15, 60, 240)
STATE_FILTERS = ("in alarm", "unacknowledged", "shelved", "out of service", "all")
DEFAULT_STATE_FILTER = "in alarm"
UNACKED = (AlarmState.UNACK, AlarmState.RTN_UNACK)
EMPTY_TEXT_MM = 6.0  # "No alarms": larger than a page title (4.5 mm), read from a step back
HISTORY_MIN_MM = 12.0  # two rows of history: it scrolls on its own, so it gives way first
DETAIL_MIN_LINES = 2  # the detail's least height; with less room than its text, it scrolls


class AlarmModel(RowsMixin, QAbstractTableModel):
    """Alarm points as rows: priority, alarm, source, state, raised, first out."""

    KEY_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, palette: Palette = DAY) -> None:
        super().__init__()
        self.rows: list[tuple[Any, ...]] = []
        self.palette_ = palette

    def headers(self) -> list[str]:
        return [self.tr("Priority"), self.tr("Alarm"), self.tr("Source"), self.tr("State"),
                self.tr("Raised"), self.tr("First out")]

    def set_points(self, points: list[Alarm]) -> None:
        self.set_rows([(a.key, int(a.definition.priority), a.code, a.source, a.state.value,
                        a.raised_at, a.first_out) for a in points])

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < 6:
            return self.headers()[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        key, priority, code, source, state, raised, first_out = self.rows[index.row()]
        if role == self.KEY_ROLE:
            return key
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == 0:
                return priority_text(priority)
            if col == 1:
                return alarm_title(code)
            if col == 2:
                return source_text(source)
            if col == 3:
                return state_text(state)
            if col == 4:
                return "-" if raised is None else local.time_of_day(raised)
            return self.tr("FIRST OUT") if first_out else ""
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 0 and state in (
                AlarmState.UNACK.value, AlarmState.RTN_UNACK.value):
            p = self.palette_
            return QColor({1: p.alarm_high, 2: p.alarm_medium, 3: p.alarm_low}[priority])
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0 and state in (
                AlarmState.UNACK.value, AlarmState.RTN_UNACK.value):
            return QColor("white" if priority == 1 else "black")
        return None


class PriorityDelegate(QStyledItemDelegate):
    """The priority cell keeps its colour and its text's contrast when its row is selected
    (a selection colour would paint over it): the selection is a frame around the cell."""

    def __init__(self, model: AlarmModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        fill = index.data(Qt.ItemDataRole.BackgroundRole)
        if fill is None:
            super().paint(painter, option, index)
            return
        pal = self.model.palette_
        rect = option.rect
        painter.save()
        painter.fillRect(rect, fill)
        painter.setPen(index.data(Qt.ItemDataRole.ForegroundRole) or QColor(pal.text))
        painter.drawText(rect.adjusted(6, 0, -6, 0), int(Qt.AlignmentFlag.AlignVCenter
                                                         | Qt.AlignmentFlag.AlignLeft),
                         str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(QColor(pal.text), 4))
            painter.drawRect(rect.adjusted(2, 2, -2, -2))
        painter.restore()


class DetailArea(QScrollArea):
    """The selected alarm's detail, scrolled inside itself when the side has less room than
    its wrapped text: a layout short of room would otherwise cut its last lines off.

    It asks for the label's whole wrapped height at its width (a layout with the room gives it
    that) and, as its minimum, a few lines only, so the page's minimum stays the screen's."""

    def __init__(self, label: QLabel) -> None:
        super().__init__()
        scroll_down_only(self, "alarmDetailArea", label)
        kinetic(self)

    def text_height(self) -> int:
        """The label's wrapped height at this width (without a scroll bar)."""
        frame = 2 * self.frameWidth()
        return self.widget().heightForWidth(max(1, self.width() - frame)) + frame

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.text_height())

    def minimumSizeHint(self) -> QSize:
        lines = self.widget().fontMetrics().lineSpacing() * DETAIL_MIN_LINES
        return QSize(super().minimumSizeHint().width(), lines + 2 * self.frameWidth())

    def event(self, e: QEvent) -> bool:
        """The label's text or font changed (its layout request comes here through the
        viewport): the height asked for changes with it."""
        if e.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().event(e)

    def resizeEvent(self, e) -> None:
        super().resizeEvent(e)
        if e.size().width() != e.oldSize().width():  # rewrapped: another height
            self.updateGeometry()


class AlarmPage(Page):
    pack_wanted = Signal(int)  # a slot's alarm: the operator opens that slot's pack page
    pack_code_wanted = Signal(str)  # a pack's alarm ("pack CODE"): that pack's page

    def __init__(self, service: AlarmService, session: Session, dpi: float,
                 palette: Palette = DAY) -> None:
        super().__init__(self.tr("Alarms"), dpi, "alarmPage")
        self.service, self.session = service, session
        self.model = AlarmModel(palette)
        self.selected: tuple[str, str] | None = None
        self._detail_key: tuple[str, str] | None = None  # whose detail is shown
        self.priority_filter: Priority | None = None
        self.state_filter = DEFAULT_STATE_FILTER
        filters = QHBoxLayout()
        self.priority_group = QButtonGroup(self)
        for i, (text, value) in enumerate(((self.tr("All priorities"), None),
                                           *((priority_text(p), p) for p in Priority))):
            b = button(text, f"filterPriority{i}", dpi, primary=False)
            b.setCheckable(True)
            b.setChecked(value is None)
            b.clicked.connect(lambda _=False, v=value: self._set_priority(v))
            self.priority_group.addButton(b)
            filters.addWidget(b)
        filters.addSpacing(24)
        self.state_group = QButtonGroup(self)
        names = {"in alarm": self.tr("In alarm"), "unacknowledged": self.tr("Unacknowledged"),
                 "shelved": self.tr("Shelved"), "out of service": self.tr("Out of service"),
                 "all": self.tr("All")}
        for name in STATE_FILTERS:
            b = button(names[name], f"filterState_{name.replace(' ', '_')}", dpi,
                       primary=False)
            b.setCheckable(True)
            b.setChecked(name == self.state_filter)
            b.clicked.connect(lambda _=False, v=name: self._set_state(v))
            self.state_group.addButton(b)
            filters.addWidget(b)
        filters.addStretch(1)
        self.body.addLayout(filters)
        split = QHBoxLayout()
        self.table = QTableView()
        self.table.setObjectName("alarmTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(int(dpi * 10 / 25.4) + 1)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.clicked.connect(self._select_index)
        self.table.setItemDelegateForColumn(0, PriorityDelegate(self.model, self.table))
        kinetic(self.table)
        # "No alarms" over the empty table (same grid cell), in large text; hidden with rows
        self.empty_label = QLabel(self.tr("No alarms"))
        self.empty_label.setObjectName("alarmEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.empty_label.setStyleSheet(
            f"#alarmEmpty {{ font-size: {mm_to_px(EMPTY_TEXT_MM, dpi)}px; font-weight: bold;"
            " background: transparent; }")
        self.list_area = QWidget()
        over = QGridLayout(self.list_area)
        over.setContentsMargins(0, 0, 0, 0)
        over.addWidget(self.table, 0, 0)
        over.addWidget(self.empty_label, 0, 0, Qt.AlignmentFlag.AlignCenter)
        listing = QVBoxLayout()
        listing.addWidget(self.list_area, 1)
        self.list_actions = QWidget()  # under the list: what acts on the list as shown
        list_actions = QHBoxLayout(self.list_actions)
        list_actions.setContentsMargins(0, 0, 0, 0)
        self.ack_all_button = button(self.tr("Acknowledge all"), "acknowledgeAll", dpi,
                                     wide=2)
        list_actions.addWidget(self.ack_all_button)
        list_actions.addStretch(1)
        listing.addWidget(self.list_actions)
        split.addLayout(listing, 3)
        side = QVBoxLayout()
        self.detail = QLabel(self.tr("Tap an alarm to see its cause and what to do."))
        self.detail.setObjectName("alarmDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.detail_area = DetailArea(self.detail)
        side.addWidget(self.detail_area)
        self.open_pack_button = button(self.tr("Open pack"), "alarmOpenPack", dpi,
                                       primary=False, wide=2)
        self.open_pack_button.setVisible(False)  # for an alarm on a slot or a pack only
        self.open_pack_button.clicked.connect(self._open_pack)
        side.addWidget(self.open_pack_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.history = QListWidget()
        self.history.setObjectName("alarmHistory")
        kinetic(self.history)
        # the history asks only for its minimum: the room goes to the detail's lines first,
        # and what is left (its stretch) to the history
        policy = self.history.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
        self.history.setSizePolicy(policy)
        self.history.setMinimumHeight(mm_to_px(HISTORY_MIN_MM, dpi))
        side.addWidget(QLabel(self.tr("History since the console started")))
        side.addWidget(self.history, 1)
        self.message = QLabel("")
        self.message.setObjectName("alarmMessage")
        self.message.setWordWrap(True)
        side.addWidget(self.message)
        actions = QHBoxLayout()
        self.ack_button = button(self.tr("Acknowledge"), "acknowledge", dpi, role="mandatory",
                                 wide=2)
        self.reset_button = button(self.tr("Reset"), "resetAlarm", dpi, wide=1.5)
        self.shelve_button = button(self.tr("Shelve…"), "shelve", dpi, wide=1.5)
        self.unshelve_button = button(self.tr("Unshelve"), "unshelve", dpi, wide=1.5)
        for b in (self.ack_button, self.reset_button, self.shelve_button, self.unshelve_button):
            actions.addWidget(b)
        side.addLayout(actions)
        self.shelve_panel = QWidget()
        self.shelve_panel.setObjectName("shelvePanel")
        sp = QVBoxLayout(self.shelve_panel)
        sp.setContentsMargins(0, 0, 0, 0)
        sp.addWidget(QLabel(self.tr("Why is it shelved? (the reason is journaled)")))
        self.reason_group = QButtonGroup(self)
        reason_texts = (self.tr("Nuisance: a known instrument fault, repair ordered"),
                        self.tr("Maintenance work on this equipment"),
                        self.tr("Waiting for a spare part"))
        for i, text in enumerate(reason_texts):
            b = button(text, f"shelveReason{i}", dpi, primary=False)
            b.setCheckable(True)
            self.reason_group.addButton(b, i)
            sp.addWidget(b)
        minutes_row = QHBoxLayout()
        self.minutes_group = QButtonGroup(self)
        for m in SHELVE_MINUTES:
            b = button(self.tr("%1 min").replace("%1", str(m)), f"shelveMinutes{m}", dpi,
                       primary=False)
            b.setCheckable(True)
            b.setChecked(m == SHELVE_MINUTES[0])
            self.minutes_group.addButton(b, m)
            minutes_row.addWidget(b)
        minutes_row.addStretch(1)
        self.shelve_confirm = button(self.tr("Shelve now"), "shelveConfirm", dpi,
                                     role="mandatory", wide=2)
        self.shelve_cancel = button(self.tr("Cancel"), "shelveCancel", dpi, wide=1.5)
        minutes_row.addWidget(self.shelve_confirm)
        minutes_row.addWidget(self.shelve_cancel)
        sp.addLayout(minutes_row)  # how long, then shelve: one row, so the page fits
        sp.addStretch(1)
        # in the list's place (wide enough for the reasons in every language), not under the
        # detail: the page fits the screen without scrolling
        listing.insertWidget(1, self.shelve_panel, 1)
        self.shelve_panel.setVisible(False)
        split.addLayout(side, 2)
        self.body.addLayout(split, 1)
        self._reset_armed: tuple[str, str] | None = None
        self.ack_button.clicked.connect(self._acknowledge)
        self.ack_all_button.clicked.connect(self._acknowledge_all)
        self.reset_button.clicked.connect(self._reset)
        self.shelve_button.clicked.connect(self._open_shelve)
        self.shelve_confirm.clicked.connect(self._shelve)
        self.shelve_cancel.clicked.connect(self._close_shelve)
        self.unshelve_button.clicked.connect(self._unshelve)
        service.changed.connect(self.refresh)
        service.refused.connect(lambda why: self.message.setText(say(why)))
        session.changed.connect(self._show_detail)
        self.refresh()

    # --- filters and selection ---------------------------------------------------------------

    def _set_priority(self, value: Priority | None) -> None:
        self.priority_filter = value
        self._show_list(keep_place=False)

    def _set_state(self, value: str) -> None:
        self.state_filter = value
        self._show_list(keep_place=False)

    def visible_points(self) -> list[Alarm]:
        def state_ok(a: Alarm) -> bool:
            f = self.state_filter
            if f == "in alarm":
                return a.annunciated
            if f == "unacknowledged":
                return a.state in (AlarmState.UNACK, AlarmState.RTN_UNACK)
            if f == "shelved":
                return a.state is AlarmState.SHELVED
            if f == "out of service":
                return a.state in (AlarmState.OUT_OF_SERVICE, AlarmState.SUPPRESSED)
            return True

        return [a for a in self.service.points() if state_ok(a) and (
            self.priority_filter is None or a.definition.priority is self.priority_filter)]

    def default_filters(self) -> bool:
        return self.priority_filter is None and self.state_filter == DEFAULT_STATE_FILTER

    def refresh(self) -> None:
        self._show_list(keep_place=True)

    def _show_list(self, keep_place: bool) -> None:
        """The list as filtered now; the selection follows it (see ``_follow``)."""
        before = [r[0] for r in self.model.rows]
        visible = self.visible_points()
        self.model.set_points(visible)
        if visible:
            self.empty_label.setVisible(False)
        else:
            hidden = not self.default_filters() and bool(self.service.points())
            self.empty_label.setText(self.tr("No alarms in this view") if hidden
                                     else self.tr("No alarms"))
            self.empty_label.setVisible(True)
        self.ack_all_button.setEnabled(any(a.state in UNACKED for a in visible))
        self._follow(before, keep_place)
        self._show_detail()

    def _follow(self, before: list[tuple[str, str]], keep_place: bool) -> None:
        """The detail and its buttons act only on an alarm in the list: when the selected one
        has left it (returned to normal, reset, shelved, filtered out), the one now in its
        place is selected (after a filter change, the first), or none when the list is
        empty."""
        keys = [r[0] for r in self.model.rows]
        if self.selected is not None and self.selected not in keys:
            place = before.index(self.selected) if keep_place and self.selected in before \
                else 0
            self.selected = keys[min(place, len(keys) - 1)] if keys else None
            self._reset_armed = None  # a Reset armed for the one that left
            self._show_shelve(False)  # its reasons were for the one that left
        if self.selected is None:
            self.table.clearSelection()
        else:
            self.table.selectRow(keys.index(self.selected))

    def select(self, key: tuple[str, str]) -> None:
        self.selected = key
        self._reset_armed = None
        self._show_shelve(False)
        self.message.setText("")
        self.refresh()

    def _select_index(self, index: QModelIndex) -> None:
        key = self.model.data(index, AlarmModel.KEY_ROLE)
        if key is not None:
            self.select(key)

    def _alarm(self) -> Alarm | None:
        return self.service.manager.alarms.get(self.selected) if self.selected else None

    def _set_detail(self, text: str, key: tuple[str, str] | None) -> None:
        """Another alarm's detail starts at its first line, not where the last was scrolled."""
        if key != self._detail_key:
            self._detail_key = key
            self.detail_area.verticalScrollBar().setValue(0)
        self.detail.setText(text)
        self.detail_area.updateGeometry()

    def _alarm_slot(self) -> int:
        """The slot the selected alarm is on ("slot 3" -> 3), or 0."""
        a = self._alarm()
        kind, _, number = a.source.partition(" ") if a is not None else ("", "", "")
        return int(number) if kind == "slot" and number.isdigit() else 0

    def _alarm_pack(self) -> str:
        """The pack the selected alarm is on ("pack CODE" -> CODE), or ""."""
        a = self._alarm()
        kind, _, code = a.source.partition(" ") if a is not None else ("", "", "")
        return code if kind == "pack" else ""

    def _open_pack(self) -> None:
        slot, code = self._alarm_slot(), self._alarm_pack()
        if slot:
            self.pack_wanted.emit(slot)
        elif code:
            self.pack_code_wanted.emit(code)

    def _show_detail(self) -> None:
        a = self._alarm()
        self.open_pack_button.setVisible(self._alarm_slot() > 0 or bool(self._alarm_pack()))
        for b in (self.ack_button, self.reset_button, self.shelve_button, self.unshelve_button):
            b.setEnabled(False)
        if a is None:
            self._set_detail(self.tr("Tap an alarm to see its cause and what to do.")
                             if self.model.rows else self.tr("No alarm selected."), None)
            self.history.clear()
            return
        d = a.definition
        lines = [f"{priority_text(d.priority)}  {alarm_name(a.code, a.source)}",
                 self.tr("State: %1").replace("%1", state_text(a.state.value))]
        if a.first_out:
            lines.append(self.tr("FIRST OUT: this alarm came first; the others may follow "
                                 "from it."))
        lines.append(self.tr("Cause: %1").replace("%1", alarm_text(d.cause)))
        lines.append(self.tr("What to do: %1").replace("%1", alarm_text(d.action)))
        if d.latched and a.awaiting_reset:
            lines.append(self.tr("The cause is gone; the alarm stays until it is reset."))
        if a.state is AlarmState.SHELVED and a.shelved_until:
            lines.append(self.tr("Shelved until %1: %2").replace(
                "%1", local.time_of_day(a.shelved_until, seconds=False))
                .replace("%2", a.shelve_reason))
        at_controller = self.service.at_controller(a.key) and a.state is not AlarmState.UNACK
        if at_controller:
            lines.append(self.tr("The controller still holds this fault: Reset asks you to "
                                 "confirm the bay is clear, then resets it at the controller."))
        self._set_detail("\n".join(lines), a.key)
        self.history.clear()
        for t in reversed(self.service.history.get(a.key, ())):
            at = local.time_of_day(t.at)
            if t.first_out and t.from_state is t.to_state:  # marked first out, no new state
                self.history.addItem(f"{at}  " + self.tr(
                    "FIRST OUT: another alarm followed within %1 s").replace(
                    "%1", local.figure(FIRST_OUT_WINDOW_S)))
                continue
            who = f" ({t.actor})" if t.actor else ""
            why = f": {t.reason}" if t.reason else ""
            self.history.addItem(f"{at}  {state_text(t.to_state.value)}{who}{why}")
        self.ack_button.setEnabled(a.state in (AlarmState.UNACK, AlarmState.RTN_UNACK))
        self.reset_button.setEnabled((d.latched and a.awaiting_reset) or at_controller)
        self.shelve_button.setEnabled(a.annunciated and d.shelvable)
        self.unshelve_button.setEnabled(a.state is AlarmState.SHELVED)

    # --- actions: the service decides ----------------------------------------------------------

    def _done(self, refusal: object, text: str) -> None:
        if refusal is None:
            self.message.setText(text)

    def _acknowledge(self) -> None:
        if self.selected:
            self._done(self.service.acknowledge(self.selected, self.session.role,
                                                self.session.actor), self.tr("Acknowledged."))

    def _acknowledge_all(self) -> None:
        """Every unacknowledged alarm in the list as filtered now, one by one through the
        service (the same role rule as one), then one report in words."""
        keys = [a.key for a in self.visible_points() if a.state in UNACKED]
        if not keys:
            return
        role = self.session.role
        needs = {key: a.definition.ack_role for key in keys
                 if (a := self.service.manager.alarms.get(key)) is not None}
        done, refused = self.service.acknowledge_all(keys, role, self.session.actor)
        self.message.setText(self._acknowledged_report(len(done), refused, needs, role))

    def _acknowledged_report(self, done: int, refused: list[tuple[tuple[str, str], Refusal]],
                             needs: dict[tuple[str, str], Role], role: Role) -> str:
        """'Acknowledged 2 alarm(s). 1 not acknowledged: that needs the technician role.':
        each reason once, with how many it stopped."""
        parts = [self.tr("Acknowledged %n alarm(s).", "", done) if done
                 else self.tr("No alarm was acknowledged.")]
        roles = {Role.OPERATOR: self.tr("operator"), Role.TECHNICIAN: self.tr("technician"),
                 Role.SUPERVISOR: self.tr("supervisor")}
        why: dict[str, int] = {}
        for key, refusal in refused:
            need = needs.get(key)
            text = (self.tr("that needs the %1 role").replace("%1", roles[need])
                    if need is not None and role < need else say(refusal.why))
            why[text] = why.get(text, 0) + 1
        for text, count in why.items():
            parts.append(self.tr("%n not acknowledged: %1.", "", count).replace("%1", text))
        return " ".join(parts)

    def _reset(self) -> None:
        key = self.selected
        if not key:
            return
        if self.service.at_controller(key):
            if self._reset_armed != key:  # first tap: the bay must be clear before motion
                self._reset_armed = key
                self.message.setText(self.tr("Is the bay clear, and nobody inside the light "
                                             "curtain? Tap Reset again to reset at the "
                                             "controller."))
                return
            self._reset_armed = None
            self._done(self.service.reset(key, self.session.role, self.session.actor,
                                          bay_clear=True),
                       self.tr("Reset sent to the controller; the alarm clears when the "
                               "controller clears the fault."))
            return
        self._done(self.service.reset(key, self.session.role, self.session.actor),
                   self.tr("Reset."))

    def _show_shelve(self, shown: bool) -> None:
        self.shelve_panel.setVisible(shown)
        self.list_area.setVisible(not shown)
        self.list_actions.setVisible(not shown)

    def _close_shelve(self) -> None:
        self._show_shelve(False)
        self.message.setText("")

    def _open_shelve(self) -> None:
        self._show_shelve(True)
        self.message.setText(self.tr("Choose a reason and how long, then Shelve now."))

    def _shelve(self) -> None:
        if not self.selected:
            return
        reason_id = self.reason_group.checkedId()
        if reason_id < 0:
            self.message.setText(self.tr("Choose why the alarm is shelved first."))
            return
        minutes = self.minutes_group.checkedId()
        refusal = self.service.shelve(self.selected, self.session.role, self.session.actor,
                                      SHELVE_REASONS[reason_id], float(minutes))
        if refusal is None:
            self._show_shelve(False)
            self.message.setText(self.tr("Shelved for %1 min.").replace("%1", str(minutes)))

    def _unshelve(self) -> None:
        a = self._alarm()
        if a is None:
            return
        result = self.service.unshelve(a.key, self.session.role, self.session.actor)
        self._done(result, self.tr("Unshelved."))
