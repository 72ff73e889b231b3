"""People at the console: sign-in by name and PIN (or badge), the first supervisor, users.

- ``SignInPage``: tap your name, type your PIN on the pad; a badge reader (it types like a
  keyboard, then Enter) signs in without either. The PIN is never shown nor logged.
- ``PersonForm``: name, role, PIN twice, one step at a time on the touch keyboards; the
  first start's supervisor and a supervisor's "add user" and "new PIN" are made with it.
- ``UsersPage``: a supervisor's list of users, with add, new PIN, role, badge, disable.

The pages say what a person may do; the session (``services/session.py``) decides it.
"""

from __future__ import annotations

import time
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from operator_app.domain.roles import Role
from operator_app.domain.users import (
    NAME_MAX,
    T_LOCKED,
    T_LOCKED_NOW,
    T_PIN_EASY,
    T_PIN_FORM,
    T_PIN_MISMATCH,
    T_PIN_TAKEN,
    User,
    UserError,
    check_pin,
)
from operator_app.domain.words import Phrase
from operator_app.ui import local
from operator_app.ui.station_panel import say
from operator_app.ui.theme import GLOVE_GAP_MM, MIN_TARGET_MM, mm_to_px
from operator_app.ui.touch_keyboard import BACKSPACE, ENTER, PinPad, PlateKeyboard, apply_key
from operator_app.ui.widgets import CurrentPageStack, Page, button, kinetic

PIN_MAX = 8
BADGE_MIN = 4


def role_word(role: Role) -> str:
    return {Role.OPERATOR: QCoreApplication.translate("People", "operator"),
            Role.TECHNICIAN: QCoreApplication.translate("People", "technician"),
            Role.SUPERVISOR: QCoreApplication.translate("People", "supervisor")}[role]


def person_text(user: User) -> str:
    text = QCoreApplication.translate("People", "%1, %2").replace("%1", user.name).replace(
        "%2", role_word(user.role))
    if user.training:
        text = QCoreApplication.translate("People", "%1 (training)").replace("%1", text)
    if user.disabled:
        text = QCoreApplication.translate("People", "%1: disabled").replace("%1", text)
    return text


class _Badge:
    """Keys typed on a keyboard (a badge reader) until Enter: the badge, else nothing."""

    def __init__(self) -> None:
        self.typed = ""

    def key(self, event: QKeyEvent) -> str | None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            badge, self.typed = self.typed, ""
            return badge if len(badge) >= BADGE_MIN else None
        if event.text() and event.text().isprintable():
            self.typed = (self.typed + event.text())[-64:]
        return None


class _People(QScrollArea):
    """A scrolling column of large name buttons; one may be chosen."""

    chosen = Signal(str)

    def __init__(self, dpi: float) -> None:
        super().__init__()
        self.dpi = dpi
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.inner = QWidget()
        self.column = QVBoxLayout(self.inner)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(mm_to_px(GLOVE_GAP_MM, dpi))
        self.setWidget(self.inner)
        kinetic(self, drag_with_mouse=False)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}

    def show_people(self, users: list[User], keep: str = "") -> None:
        for b in self.buttons.values():
            self.group.removeButton(b)
            b.deleteLater()
        self.buttons.clear()
        while self.column.count():
            self.column.takeAt(0)
        for u in users:
            b = QPushButton(person_text(u))
            b.setObjectName("person")
            b.setCheckable(True)
            b.setMinimumHeight(mm_to_px(MIN_TARGET_MM, self.dpi))
            b.clicked.connect(lambda _=False, n=u.name: self.chosen.emit(n))
            self.group.addButton(b)
            self.column.addWidget(b)
            b.show()  # now, not at the layout's queued show: a tap may follow at once
            self.buttons[u.name] = b
        self.column.addStretch(1)
        if keep in self.buttons:
            self.buttons[keep].setChecked(True)

    def current(self) -> str:
        b = self.group.checkedButton()
        return next((n for n, x in self.buttons.items() if x is b), "")

    def clear_choice(self) -> None:
        self.group.setExclusive(False)
        for b in self.buttons.values():
            b.setChecked(False)
        self.group.setExclusive(True)


class SignInPage(Page):
    """Names on the left, the PIN on the pad on the right. ``submitted`` carries (name, PIN),
    ``badge_read`` a badge typed by a reader."""

    submitted = Signal(str, str)
    badge_read = Signal(str)

    def __init__(self, dpi: float) -> None:
        super().__init__(self.tr("Sign in"), dpi, "signInPage")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._badge = _Badge()
        # a lockout's seconds count down on screen, to "sign-in is open again"
        self._locked: tuple[Phrase, float] | None = None  # (what was said, monotonic end)
        self._countdown = QTimer(self)
        self._countdown.timeout.connect(self._count)
        gap = mm_to_px(GLOVE_GAP_MM, dpi)
        row = QHBoxLayout()
        row.setSpacing(gap)
        self.people = _People(dpi)
        self.people.setObjectName("signInPeople")
        self.people.setMinimumWidth(mm_to_px(70, dpi))
        self.people.chosen.connect(self._chosen)
        self.purpose = QLabel(self.tr("Tap your name, then type your PIN (or show your badge)"))
        self.purpose.setObjectName("signInPurpose")
        self.purpose.setWordWrap(True)
        self.message = QLabel("")
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-weight: bold;")
        self.field = QLineEdit()
        self.field.setObjectName("pinField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(PIN_MAX)
        self.field.setReadOnly(True)
        self.field.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys typed go to the badge reader
        self.field.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        middle = QVBoxLayout()
        middle.setContentsMargins(0, 0, 0, 0)
        self.who = QLabel("")
        self.who.setObjectName("signInWho")
        self.who.setWordWrap(True)
        middle.addWidget(self.who)
        middle.addWidget(self.field)
        middle.addWidget(self.purpose)
        middle.addWidget(self.message)
        middle.addStretch(1)
        self.head.removeWidget(self.back_button)
        middle.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        side = QWidget()
        side.setLayout(middle)
        side.setFixedWidth(mm_to_px(55, dpi))
        self.pad = PinPad(dpi)
        row.addWidget(self.people, 1)
        row.addWidget(side)
        row.addWidget(self.pad)
        self.body.addLayout(row, 1)
        self.pad.typed.connect(self._key)

    def ask(self, purpose: str, users: list[User]) -> None:
        self.purpose.setText(purpose)
        self.field.clear()
        self.message.setText("")
        self.people.show_people(users)
        if len(users) == 1:
            self.people.buttons[users[0].name].setChecked(True)
        self._chosen(self.people.current())
        self.setFocus()

    def _chosen(self, name: str) -> None:
        self.who.setText(name and self.tr("PIN of %1").replace("%1", name))
        self.field.clear()

    def say(self, phrase: Phrase | str) -> None:
        self._countdown.stop()
        self._locked = None
        if isinstance(phrase, Phrase) and phrase.text in (T_LOCKED, T_LOCKED_NOW):
            seconds = float(phrase.args[-1])
            self._locked = (phrase, time.monotonic() + seconds)
            self._countdown.start(1000)
        self.message.setText(say(phrase))

    def _count(self) -> None:
        if self._locked is None:
            return
        phrase, end = self._locked
        left = end - time.monotonic()
        if left <= 0.5:
            self._countdown.stop()
            self._locked = None
            self.message.setText(self.tr("Sign-in is open again: tap your name, enter the PIN."))
            return
        args = (*phrase.args[:-1], local.number(left))
        self.message.setText(say(replace(phrase, args=args)))

    def _key(self, key: str) -> None:
        if key == ENTER:
            pin, _ = self.field.text(), self.field.clear()
            name = self.people.current()
            if not name:
                self.message.setText(self.tr("Tap your name first."))
                return
            self.submitted.emit(name, pin)
            return
        if key.isdigit() and len(self.field.text()) >= PIN_MAX:
            self.message.setText(self.tr("A PIN has at most 8 digits."))
            return
        self.field.setText(apply_key(self.field.text(), key, PIN_MAX))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        badge = self._badge.key(event)
        if badge:
            self.badge_read.emit(badge)
        event.accept()


class PersonForm(QWidget):
    """Name, role, PIN and the PIN again, one step at a time; ``done`` carries them all.
    ``start(name_step, role_step)`` says which steps this use needs (a new PIN: neither)."""

    done = Signal(str, int, str, str)  # name, role, PIN, PIN again
    cancelled = Signal()

    NAME, ROLE, PIN, AGAIN = range(4)

    def __init__(self, dpi: float) -> None:
        super().__init__()
        self.dpi = dpi
        gap = mm_to_px(GLOVE_GAP_MM, dpi)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(gap // 2)
        self.prompt = QLabel("")
        self.prompt.setObjectName("formPrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setStyleSheet("font-weight: bold;")
        self.field = QLineEdit()
        self.field.setObjectName("formField")
        self.field.setMaxLength(NAME_MAX)
        self.field.returnPressed.connect(lambda: self._key(ENTER))
        self.field.installEventFilter(self)
        # the question, its field and Cancel on one line above the keys: the form fits the
        # 1280x800 panel at 149 DPI under the maintenance banner
        self.top_row = QWidget()  # a page may put it in its head, beside its title
        top = QHBoxLayout(self.top_row)
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(gap)
        top.addWidget(self.prompt, 1)  # half: a longer language's question keeps 3 lines
        top.addWidget(self.field, 1)
        layout.addWidget(self.top_row)
        self.steps = CurrentPageStack()
        self.keyboard = PlateKeyboard(dpi)
        self.keyboard.typed.connect(self._key)
        roles = QWidget()
        role_row = QHBoxLayout(roles)
        role_row.setContentsMargins(0, 0, 0, 0)
        role_row.setSpacing(gap)
        self.role_buttons: dict[Role, QPushButton] = {}
        for role in Role:
            b = button(role_word(role).capitalize(), f"role_{role.name.lower()}", dpi)
            b.clicked.connect(lambda _=False, r=role: self._role(r))
            role_row.addWidget(b)
            self.role_buttons[role] = b
        role_row.addStretch(1)
        pad_row = QWidget()
        pads = QHBoxLayout(pad_row)
        pads.setContentsMargins(0, 0, 0, 0)
        self.pad = PinPad(dpi)
        self.pad.typed.connect(self._key)
        pads.addWidget(self.pad)
        # why the PIN was refused, beside the pad (the question above has no room for it)
        self.refusal = QLabel("")
        self.refusal.setObjectName("formRefusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("font-weight: bold;")
        self.refusal.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        pads.addSpacing(gap)
        pads.addWidget(self.refusal, 1)
        for w in (self.keyboard, roles, pad_row):
            self.steps.addWidget(w)
        layout.addWidget(self.steps, 1)
        self.cancel = button(self.tr("Cancel"), "formCancel", dpi)
        self.cancel.clicked.connect(self.cancelled.emit)
        top.addWidget(self.cancel)
        self._plan: list[int] = []
        self._values: dict[int, str] = {}
        self._role_value = Role.OPERATOR
        self._step = self.NAME

    def start(self, name_step: bool = True, role_step: bool = True, name: str = "",
              role: Role = Role.OPERATOR, at_pin: bool = False, said: str = "") -> None:
        """The form from its first step, or (``at_pin``: the PIN was refused) from the PIN
        with the name and role kept; ``said``: why, shown with the step's question."""
        self._plan = [s for s, on in ((self.NAME, name_step), (self.ROLE, role_step),
                                      (self.PIN, True), (self.AGAIN, True)) if on]
        self._values = {self.NAME: name}
        self._role_value = role
        self._go(self.PIN if at_pin else self._plan[0], said)

    def _go(self, step: int, said: str = "") -> None:
        self._step = step
        self.said = said  # why the form came back to this step (a refusal), or ""
        secret = step in (self.PIN, self.AGAIN)
        # the limit first: the name set under the PIN's limit of 8 would be cut to 8
        self.field.setMaxLength(PIN_MAX if secret else NAME_MAX)
        self.field.setText(self._values.get(self.NAME, "") if step == self.NAME else "")
        self.field.setVisible(step != self.ROLE)
        self.field.setEchoMode(QLineEdit.EchoMode.Password if secret
                               else QLineEdit.EchoMode.Normal)
        self.field.setReadOnly(secret)  # a plugged-in keyboard's digits come via keyPress
        self.steps.setCurrentIndex({self.NAME: 0, self.ROLE: 1}.get(step, 2))
        self.prompt.setText({
            self.NAME: self.tr("The person's name (the keyboard, or a keyboard plugged in):"),
            self.ROLE: self.tr("Their role:"),
            self.PIN: self.tr("Their PIN, 4 to 8 digits, not easy to guess:"),
            self.AGAIN: self.tr("The same PIN again:"),
        }[step] + (f" {said}" if said and not secret else ""))
        self.refusal.setText(said if secret else "")

    def _role(self, role: Role) -> None:
        self._role_value = role
        self._next()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A plugged-in keyboard's digits and Delete reach the PIN: its field is read-only
        (and may sit in a page's head), so the form takes them; Enter comes through it."""
        if (watched is self.field and event.type() == QEvent.Type.KeyPress
                and self._step in (self.PIN, self.AGAIN)):
            text = event.text()  # type: ignore[attr-defined]
            if text.isdigit():
                self._key(text)
                return True
            if event.key() == Qt.Key.Key_Backspace:  # type: ignore[attr-defined]
                self._key(BACKSPACE)
                return True
        return super().eventFilter(watched, event)

    def _key(self, key: str) -> None:
        if key == ENTER:
            self._values[self._step] = self.field.text()
            if self._step == self.PIN:
                try:  # an easy or malformed PIN is said now, not after it was typed twice
                    check_pin(self.field.text())
                except UserError as exc:
                    self._go(self.PIN, say(exc.phrase))
                    return
            self._next()
            return
        secret = self._step in (self.PIN, self.AGAIN)
        if secret and key != BACKSPACE and not key.isdigit():
            return
        self.field.setText(apply_key(self.field.text(), key, PIN_MAX if secret else NAME_MAX))

    def _next(self) -> None:
        i = self._plan.index(self._step)
        if i + 1 < len(self._plan):
            self._go(self._plan[i + 1])
            return
        self.done.emit(self._values.get(self.NAME, ""), int(self._role_value),
                       self._values.get(self.PIN, ""), self._values.get(self.AGAIN, ""))


class FirstSupervisorPage(Page):
    """The first start of a real station: no supervisor yet, so one is made here."""

    created = Signal()

    def __init__(self, dpi: float, session) -> None:
        super().__init__(self.tr("First start: the station's supervisor"), dpi,
                         "firstSupervisorPage")
        self.session = session
        self.say_label = QLabel(self.tr(
            "No supervisor is set up on this station yet. The supervisor decides who may work "
            "here: make yours now (or later from Sign in). Swaps run without one."))
        self.say_label.setWordWrap(True)
        self.message = QLabel("")
        self.message.setObjectName("firstMessage")
        self.message.setWordWrap(True)
        self.form = PersonForm(dpi)
        self.body.addWidget(self.say_label)
        self.body.addWidget(self.message)
        self.body.addWidget(self.form, 1)
        self.form.done.connect(self._done)
        self.form.cancelled.connect(self.back.emit)

    def begin(self) -> None:
        self.message.setText("")
        self.form.start(name_step=True, role_step=False, role=Role.SUPERVISOR)

    def _done(self, name: str, role: int, pin: str, again: str) -> None:
        why = self.session.create_first_supervisor(name, pin, again)
        if why is not None:
            self.form.start(name_step=True, role_step=False, name=name, role=Role.SUPERVISOR,
                            at_pin=pin_refused(why), said=say(why))
            return
        self.created.emit()


PIN_REFUSALS = frozenset({T_PIN_FORM, T_PIN_EASY, T_PIN_TAKEN, T_PIN_MISMATCH})


def pin_refused(why: Phrase) -> bool:
    """The refusal is the PIN's: the form goes back to the PIN, keeping name and role."""
    return why.text in PIN_REFUSALS


class _Said(QLabel):
    """A message that takes no room while it says nothing."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))


class UsersPage(Page):
    """A supervisor's users: who may work here, in which role, with which PIN or badge."""

    def __init__(self, dpi: float, session) -> None:
        super().__init__(self.tr("Users"), dpi, "usersPage")
        self.session = session
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._badge = _Badge()
        self._badge_for = ""
        gap = mm_to_px(GLOVE_GAP_MM, dpi)
        self.message = _Said("")
        self.message.setObjectName("usersMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-weight: bold;")
        self.body.addWidget(self.message)
        self.views = CurrentPageStack()
        self.body.addWidget(self.views, 1)
        listing = QWidget()
        row = QHBoxLayout(listing)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(gap)
        self.people = _People(dpi)
        self.people.setObjectName("usersList")
        self.people.chosen.connect(lambda _n: self._show_actions())
        row.addWidget(self.people, 1)
        actions = QGridLayout()  # two across: the page fits the 1280x800 panel at 149 DPI
        actions.setSpacing(gap)
        self.add_button = button(self.tr("Add a user"), "addUser", dpi)
        self.pin_button = button(self.tr("New PIN"), "newPin", dpi)
        self.role_button = button(self.tr("Change role"), "changeRole", dpi)
        self.badge_button = button(self.tr("Read a badge"), "readBadge", dpi)
        self.nobadge_button = button(self.tr("Take the badge away"), "removeBadge", dpi)
        self.disable_button = button(self.tr("Disable"), "disableUser", dpi)
        for n, b in enumerate((self.add_button, self.pin_button, self.role_button,
                               self.badge_button, self.nobadge_button, self.disable_button)):
            actions.addWidget(b, n // 2, n % 2)
        actions.setRowStretch(3, 1)
        row.addLayout(actions)
        self.views.addWidget(listing)
        self.form = PersonForm(dpi)
        self.views.addWidget(self.form)
        # the form's question, field and Cancel in the page's head: the keys get the room
        self.form.layout().removeWidget(self.form.top_row)
        self.head.addWidget(self.form.top_row, 1)
        self.form.top_row.setVisible(False)
        self.views.currentChanged.connect(
            lambda i: self.form.top_row.setVisible(self.views.widget(i) is self.form))
        self._form_for = ""
        self.add_button.clicked.connect(self._add)
        self.pin_button.clicked.connect(self._new_pin)
        self.role_button.clicked.connect(self._change_role)
        self.badge_button.clicked.connect(self._read_badge)
        self.nobadge_button.clicked.connect(self._remove_badge)
        self.disable_button.clicked.connect(self._toggle_disabled)
        self.form.done.connect(self._form_done)
        self.form.cancelled.connect(self._listing)
        session.users_changed.connect(self.refresh)

    def refresh(self) -> None:
        keep = self.people.current()
        store = self.session.store
        self.people.show_people(store.users() if store is not None else [], keep)
        self._show_actions()

    def _selected(self) -> User | None:
        name = self.people.current()
        store = self.session.store
        return store.get(name) if name and store is not None else None

    def _show_actions(self) -> None:
        user = self._selected()
        for b in (self.pin_button, self.role_button, self.badge_button, self.nobadge_button,
                  self.disable_button):
            b.setEnabled(user is not None)
        self.nobadge_button.setEnabled(user is not None and user.has_badge)
        self.disable_button.setText(self.tr("Enable") if user is not None and user.disabled
                                    else self.tr("Disable"))

    def _listing(self) -> None:
        self._form_for = ""
        self.views.setCurrentIndex(0)
        self.refresh()

    def _result(self, why: Phrase | None, done: str) -> None:
        self.message.setText(say(why) if why is not None else done)
        if why is None:
            self._listing()

    def _add(self) -> None:
        self.message.setText("")
        self._form_for = ""
        self.views.setCurrentIndex(1)
        self.form.start()

    def _new_pin(self) -> None:
        user = self._selected()
        if user is None:
            return
        self._form_for = user.name
        self.message.setText(self.tr("New PIN for %1").replace("%1", user.name))
        self.views.setCurrentIndex(1)
        self.form.start(name_step=False, role_step=False, name=user.name)

    def _form_done(self, name: str, role: int, pin: str, again: str) -> None:
        if self._form_for:
            why = self.session.reset_pin(self._form_for, pin, again)
            if why is not None and pin_refused(why):  # again, at the PIN, saying why
                self.form.start(name_step=False, role_step=False, name=self._form_for,
                                at_pin=True, said=say(why))
                return
            self._result(why, self.tr("%1 has a new PIN.").replace("%1", self._form_for))
            return
        why = self.session.add_user(name, Role(role), pin, again)
        if why is not None:
            self.message.setText("")
            self.form.start(name=name, role=Role(role), at_pin=pin_refused(why), said=say(why))
            return
        self._result(None, self.tr("%1 was added.").replace("%1", " ".join(name.split())))

    def _change_role(self) -> None:
        user = self._selected()
        if user is None:
            return
        roles = list(Role)
        role = roles[(roles.index(user.role) + 1) % len(roles)]
        self._result(self.session.set_role(user.name, role),
                     self.tr("%1 is now %2.").replace("%1", user.name).replace(
                         "%2", role_word(role)))

    def _toggle_disabled(self) -> None:
        user = self._selected()
        if user is None:
            return
        self._result(self.session.set_disabled(user.name, not user.disabled),
                     (self.tr("%1 is enabled.") if user.disabled
                      else self.tr("%1 is disabled.")).replace("%1", user.name))

    def _read_badge(self) -> None:
        user = self._selected()
        if user is None:
            return
        self._badge_for = user.name
        self.message.setText(self.tr("Show %1's badge to the reader now.").replace(
            "%1", user.name))
        self.setFocus()

    def _remove_badge(self) -> None:
        user = self._selected()
        if user is None:
            return
        self._result(self.session.set_badge(user.name, ""),
                     self.tr("%1 has no badge now.").replace("%1", user.name))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.views.currentIndex() == 1:
            super().keyPressEvent(event)
            return
        badge = self._badge.key(event)
        if badge and self._badge_for:
            name, self._badge_for = self._badge_for, ""
            self._result(self.session.set_badge(name, badge),
                         self.tr("%1's badge is read.").replace("%1", name))
        event.accept()

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)
