"""The station's state, always on the main page, and the guided recovery with its buttons.

``StationBar``: mode, state and the active faults in words, one glance; a latched
E-stop keeps its own red mark whatever alarm tops the banner. ``RecoveryPanel``:
after a fault or a failed swap, what the machine is in, what is safe, and the
numbered steps, each with its button where the console can do it. Actions that
release motion ask first that the operator confirm the bay is clear. Both only
render ``RecoveryService`` and forward taps to it; the service decides.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from operator_app.domain import recovery as rc
from operator_app.domain import station as st
from operator_app.domain.roles import Role
from operator_app.domain.words import Phrase
from operator_app.services.recovery_service import ACTION_NAMES, RecoveryService
from operator_app.ui import local
from operator_app.ui.sizes import Sizes
from operator_app.ui.texts import label
from operator_app.ui.theme import Palette
from operator_app.ui.widgets import ElidedLabel, ShrinkLabel, button


def say(phrase: Phrase | str | None) -> str:
    """A domain phrase in the console's language; a plain text has no translation: as it is."""
    if phrase is None:
        return ""
    if isinstance(phrase, str):
        return phrase
    return phrase.fill(lambda text, n: QCoreApplication.translate(
        "Recovery", text, None, n),  # tr: domain texts, handed to lupdate
        local.number)


def action_name(action: rc.Action) -> str:
    return QCoreApplication.translate("Recovery", ACTION_NAMES[action])  # tr: ACTION_NAMES


class StationBar(QWidget):
    """The station's state in large text (readable from the bay); mode and faults, or the
    age of what is shown while the link is down, under it. The E-stop mark stays while it
    is latched."""

    def __init__(self, palette: Palette, dpi: float = 96.0) -> None:
        super().__init__()
        self.setObjectName("stationBar")
        self.palette_ = palette
        sizes = Sizes(dpi)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        self.estop = QLabel(self.tr("E-STOP"))
        self.estop.setObjectName("estopMark")
        self.estop.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.estop.setWordWrap(True)
        self.estop.setMaximumWidth(sizes.px(55))  # three lines at most: the band's height
        self.estop.setVisible(False)
        row.addWidget(self.estop)
        text = QVBoxLayout()
        text.setSpacing(0)
        self.state = ShrinkLabel(self.tr("No data yet"), min_px=sizes.title)
        self.state.setObjectName("stationState")
        self.large = sizes.large
        big = QFontMetrics(sizes.font(sizes.large, bold=True))
        # the line from just above the capitals to below the descenders: readable from the
        # bay, and no taller than it needs (the room for accents over capitals is not kept)
        self.state.setFixedHeight(big.capHeight() + big.descent() + 6)
        self.state.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.mode = ElidedLabel("")
        self.mode.setObjectName("stationMode")
        self.faults = ElidedLabel("")
        self.faults.setObjectName("stationFaults")
        text.addWidget(self.state)
        line = QHBoxLayout()
        line.addWidget(self.mode, 1)
        line.addWidget(self.faults, 1)
        text.addLayout(line)
        row.addLayout(text, 1)
        self.stale = False
        self.set_palette(palette)

    def said(self) -> str:
        """Everything the bar says, in full (shortened on screen only where it must be)."""
        return "  ".join(w.full for w in (self.state, self.mode, self.faults))

    def set_palette(self, p: Palette) -> None:
        self.palette_ = p
        self.estop.setStyleSheet(f"background: {p.alarm_high}; color: white; font-weight: bold;"
                                 " padding: 4px 10px; border: 3px solid white;")
        self._style_state()

    def _style_state(self) -> None:
        colour = self.palette_.stale if self.stale else self.palette_.text
        self.state.setStyleSheet(f"font-size: {self.large}px; font-weight: bold; "
                                 f"color: {colour};")

    def show_view(self, view: rc.StationView | None, stale: bool = False,
                  age: str = "") -> None:
        if stale != self.stale:
            self.stale = stale
            self._style_state()
        if view is None:
            return
        # the state's head in large text ("Motion held"), what it asks for under it ("resume
        # when the bay is clear"): the large line stays short enough to be read whole
        head, _, detail = label(view.state).partition(": ")
        self.state.set_full(head)
        mode = self.tr("Mode: %1").replace("%1", label(view.mode))
        if detail:
            mode = detail + "  ·  " + mode
        if stale:
            mode = self.tr("LAST KNOWN, %1").replace("%1", age) + "  ·  " + mode
        self.mode.set_full(mode)
        if view.faults:
            self.faults.set_full(self.tr("Faults: %1").replace(
                "%1", "; ".join(say(f) for f in view.faults)))
        else:
            self.faults.set_full(self.tr("No fault"))
        # the red mark whenever the E-stop is latched or its reset is to confirm; while the
        # state itself, in large text, is the emergency stop, the state says it
        self.estop.setVisible(view.estop and not (view.state is st.StationState.ESTOP
                                                  and view.estop_latched))
        self.estop.setText(self.tr("E-STOP LATCHED") if view.estop_latched else
                           self.tr("E-STOP: key turned, confirm the reset"))


class RecoveryPanel(QWidget):
    """The guided recovery: situation, what is safe, the steps with their buttons."""

    wants_attention = Signal()  # a refusal or the bay-clear question: scroll it into sight

    def __init__(self, service: RecoveryService, dpi: float,
                 who: Callable[[], tuple[str, Role]],
                 start_again: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.setObjectName("recoveryPanel")
        self.service, self.dpi, self.who = service, dpi, who
        self._start_again = start_again
        self._confirming: tuple[rc.Action, int] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("Recovery"))
        self.title.setObjectName("recoveryTitle")
        self.title.setStyleSheet("font-weight: bold;")
        self.situation = QLabel("")
        self.situation.setObjectName("recoverySituation")
        self.situation.setWordWrap(True)
        self.safe = QLabel("")
        self.safe.setObjectName("recoverySafe")
        self.safe.setWordWrap(True)
        self.confirm_row = QWidget()
        confirm = QHBoxLayout(self.confirm_row)
        confirm.setContentsMargins(0, 0, 0, 0)
        self.confirm_text = QLabel(self.tr("Is the bay clear, and nobody inside the light "
                                           "curtain?"))
        self.confirm_text.setWordWrap(True)
        self.confirm_yes = button(self.tr("Yes, the bay is clear"), "confirmBayClear", dpi,
                                  role="mandatory", wide=2)
        self.confirm_no = button(self.tr("Cancel"), "cancelBayClear", dpi, primary=False)
        confirm.addWidget(self.confirm_text, 1)
        confirm.addWidget(self.confirm_yes)
        confirm.addWidget(self.confirm_no)
        self.confirm_row.setVisible(False)
        self.status = QLabel("")
        self.status.setObjectName("recoveryStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("font-weight: bold;")
        # what became of a tap, and the question before motion, come first: always in sight
        for w in (self.title, self.status, self.confirm_row, self.situation, self.safe):
            layout.addWidget(w)
        self.steps_box = QVBoxLayout()
        layout.addLayout(self.steps_box)
        self.buttons: dict[tuple[rc.Action, int], QPushButton] = {}
        self._rows: list[QWidget] = []
        self._shown: object = None
        self.confirm_yes.clicked.connect(self._confirmed)
        self.confirm_no.clicked.connect(self._cancel)
        service.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        g = self.service.guidance()
        self.setVisible(g is not None)
        text = say(self.service.status)
        if text and text != self.status.text():
            self.wants_attention.emit()  # what became of a tap is read at the top
        self.status.setText(text)
        self.status.setVisible(bool(text))
        if g is None:
            self._confirming = None
            self.confirm_row.setVisible(False)
            self._shown = None
            return
        self.situation.setText(self.tr("Now: %1").replace(
            "%1", "; ".join(say(p) for p in g.situation)))
        self.safe.setText(self.tr("Safe: %1").replace("%1", say(g.safe)))
        if g.steps != self._shown:
            self._shown = g.steps
            self._build_steps(g)
        if self._confirming is not None and self._confirming not in self.buttons:
            self._cancel()

    def _build_steps(self, g: rc.Guidance) -> None:
        for w in self._rows:
            self.steps_box.removeWidget(w)
            w.deleteLater()
        self._rows, self.buttons = [], {}
        for i, step in enumerate(g.steps, 1):
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            mark = "✓" if step.done else f"{i}."
            text = QLabel(f"{mark} {say(step.text)}")
            text.setObjectName(f"recoveryStep{i}")
            text.setWordWrap(True)
            line.addWidget(text, 1)
            if step.action is not None and not step.done:
                key = (step.action, step.slot)
                name = action_name(step.action)
                held = step.action in rc.HOLD_ACTIONS
                if step.slot:
                    where = self.tr("%1 (head %2)") if held else self.tr("%1 (slot %2)")
                    name = where.replace("%1", name).replace("%2", str(step.slot))
                b = button(name, f"recovery_{step.action.name}"
                           + (f"_{step.slot}" if step.slot else ""), self.dpi,
                           role="stop" if step.action is rc.Action.ABORT else "mandatory",
                           wide=1.8)
                if held:  # hold-to-run: it moves while the finger is on it, not on a tap
                    b.pressed.connect(lambda k=key: self._press(k))
                    b.released.connect(self.service.release)
                else:
                    b.clicked.connect(lambda _=False, k=key: self._tap(k))
                line.addWidget(b)
                self.buttons[key] = b
            self.steps_box.addWidget(row)
            self._rows.append(row)
        held = self.service.held
        if held is not None and held not in self.buttons:
            self.service.release()  # its step is done (or gone): the held button went with it

    # --- taps --------------------------------------------------------------------------------

    def _tap(self, key: tuple[rc.Action, int]) -> None:
        action, slot = key
        actor, role = self.who()
        why = self.service.check(action, role, slot)
        if why is not None:  # refused before asking anything: said, and journaled
            self.service.perform(action, actor, role, slot)
            return
        if action in rc.BAY_CLEAR_FIRST:
            self._confirming = key
            self.confirm_text.setText(self.tr("%1: is the bay clear, and nobody inside the "
                                              "light curtain?").replace("%1",
                                                                        action_name(action)))
            self.confirm_row.setVisible(True)
            self.wants_attention.emit()
            return
        self._do(action, slot, bay_clear=False)

    def _press(self, key: tuple[rc.Action, int]) -> None:
        action, slot = key
        actor, role = self.who()
        self.service.hold(action, actor, role, slot)

    def _confirmed(self) -> None:
        if self._confirming is None:
            return
        action, slot = self._confirming
        self._cancel()
        self._do(action, slot, bay_clear=True)

    def _cancel(self) -> None:
        self._confirming = None
        self.confirm_row.setVisible(False)

    def _do(self, action: rc.Action, slot: int, bay_clear: bool) -> None:
        actor, role = self.who()
        result = self.service.perform(action, actor, role, slot, bay_clear=bay_clear)
        if action is rc.Action.START_AGAIN and result is None and self._start_again:
            self._start_again()
