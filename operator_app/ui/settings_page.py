"""Settings on screen, for a signed-in supervisor: each one checked as console.toml is, saved
there, and audited with the old and the new value; the page says whether it acts now or at
the next start. Text settings are typed on a keyboard plugged in, or on the touch keyboard
(its capitals, digits, hyphen and space) for the station's name and id."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from operator_app.domain.roles import Role
from operator_app.domain.words import Phrase
from operator_app.i18n import NAMES, available
from operator_app.services.settings_service import (
    SETTINGS_ROLE,
    T_WRONG,
    SettingsService,
    shown,
)
from operator_app.ui.station_panel import say
from operator_app.ui.theme import GLOVE_GAP_MM, mm_to_px
from operator_app.ui.touch_keyboard import ENTER, PlateKeyboard, apply_key
from operator_app.ui.widgets import Page, bring_into_view, button

# (key, what it is, kind): kind "text", "bool", ("step", n) or ("choice", values)
SPEC: tuple[tuple[str, str, object], ...] = (
    ("station_name", QT_TRANSLATE_NOOP("SettingsPage", "Station name"), "text"),
    ("station_id", QT_TRANSLATE_NOOP("SettingsPage", "Station id"), "text"),
    ("link", QT_TRANSLATE_NOOP("SettingsPage", "Controller link URL"), "text"),
    ("poll_ms", QT_TRANSLATE_NOOP("SettingsPage", "Poll every, ms"),
     ("choice", (50, 100, 200, 500))),
    ("selection.ready_soc", QT_TRANSLATE_NOOP("SettingsPage", "A pack is ready at SoC, %"),
     ("step", 1)),
    ("selection.min_soh", QT_TRANSLATE_NOOP("SettingsPage", "Lowest SoH a swap takes, %"),
     ("step", 1)),
    ("selection.temp_max", QT_TRANSLATE_NOOP("SettingsPage", "Hottest pack a swap takes, °C"),
     ("step", 1)),
    ("selection.min_insulation_kohm",
     QT_TRANSLATE_NOOP("SettingsPage", "Lowest insulation a swap takes, kΩ"), ("step", 50)),
    ("operators_sign_in", QT_TRANSLATE_NOOP("SettingsPage", "Operators sign in by name"),
     "bool"),
    ("sign_out_minutes", QT_TRANSLATE_NOOP("SettingsPage", "Signed out after idle, min"),
     ("step", 1)),
    ("maintenance.lift_cycles", QT_TRANSLATE_NOOP("SettingsPage", "Lift service every, cycles"),
     ("step", 1000)),
    ("maintenance.lock_cycles", QT_TRANSLATE_NOOP("SettingsPage", "Lock service every, cycles"),
     ("step", 10000)),
    ("maintenance.shuttle_km", QT_TRANSLATE_NOOP("SettingsPage", "Shuttle service every, km"),
     ("step", 100)),
    ("max_shelve_minutes", QT_TRANSLATE_NOOP("SettingsPage", "Longest shelving, min"),
     ("step", 15)),
    ("sync.broker", QT_TRANSLATE_NOOP("SettingsPage", "Fleet broker"), "text"),
    ("language", QT_TRANSLATE_NOOP("SettingsPage", "Language at start"),
     ("choice", tuple(available()))),
    ("theme", QT_TRANSLATE_NOOP("SettingsPage", "Theme"), ("choice", ("day", "night"))),
)


CHOICES_PER_ROW = 4


def named(key: str, said: Phrase | str) -> Phrase | str:
    """What the service said, with the setting's name as the page shows it instead of its
    key in console.toml ("Poll every, ms is now 200", not "poll_ms is now 200")."""
    text = next((t for k, t, _ in SPEC if k == key), None)
    if text is None or not isinstance(said, Phrase) or not said.args:
        return said
    label = QCoreApplication.translate("SettingsPage", text)  # tr: SPEC
    first = said.args[0]
    if first == key:
        return replace(said, args=(label, *said.args[1:]))
    if said.text == T_WRONG and isinstance(first, str):
        for k in (key, key.rsplit(".", 1)[-1]):
            if first.startswith(f"{k} = "):
                return replace(said, args=(f"{label}: {first[len(k) + 3:]}",))
    return said


class SettingsPage(Page):
    def __init__(self, dpi: float, service: SettingsService,
                 who: Callable[[], tuple[str, Role]]) -> None:
        super().__init__(self.tr("Settings"), dpi, "settingsPage", scrolling=True)
        self.service, self.who = service, who
        gap = mm_to_px(GLOVE_GAP_MM, dpi)
        self.message = QLabel("")
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-weight: bold;")
        self.head.addWidget(self.message, 2)
        grid = QGridLayout()
        grid.setSpacing(gap)
        self.values: dict[str, QLabel] = {}
        self.controls: dict[str, list[QPushButton]] = {}
        for row, (key, text, kind) in enumerate(SPEC):
            name = QLabel(QCoreApplication.translate("SettingsPage", text))  # tr: SPEC
            name.setWordWrap(True)  # a longer language: two lines, never a wider page
            grid.addWidget(name, row, 0)
            value = QLabel("")
            value.setObjectName(f"value_{key}")
            self.values[key] = value
            grid.addWidget(value, row, 1)
            controls = QHBoxLayout()
            made: list[QPushButton] = []
            if kind == "text":
                b = button(self.tr("Change"), f"edit_{key}", dpi, primary=False)
                b.clicked.connect(lambda _=False, k=key: self._edit(k))
                made.append(b)
            elif kind == "bool":
                b = button(self.tr("Switch"), f"toggle_{key}", dpi, primary=False)
                b.clicked.connect(lambda _=False, k=key: self._set(k, not self.service.value(k)))
                made.append(b)
            elif isinstance(kind, tuple) and kind[0] == "step":
                step = kind[1]
                for sign, label in ((-1, "−"), (1, "+")):
                    b = button(label, f"{'less' if sign < 0 else 'more'}_{key}", dpi,
                               primary=False)
                    b.clicked.connect(lambda _=False, k=key, d=sign * step: self._step(k, d))
                    made.append(b)
            elif isinstance(kind, tuple) and kind[0] == "choice":
                for v in kind[1]:
                    # a language in its own name, as the language page shows it
                    b = button(self.value_text(key, v), f"choose_{key}_{v}", dpi,
                               primary=False)
                    b.clicked.connect(lambda _=False, k=key, x=v: self._set(k, x))
                    made.append(b)
            if len(made) > CHOICES_PER_ROW:  # many choices (the languages): on rows
                rows = QGridLayout()
                rows.setSpacing(gap)
                for i, b in enumerate(made):
                    rows.addWidget(b, i // CHOICES_PER_ROW, i % CHOICES_PER_ROW)
                controls.addLayout(rows)
            else:
                for b in made:
                    controls.addWidget(b)
            controls.addStretch(1)
            grid.addLayout(controls, row, 2)
            self.controls[key] = made
        self.body.addLayout(grid)
        # the editor for a text setting: a field, the touch keyboard, Save and Cancel
        self.editor = QWidget()
        editor = QGridLayout(self.editor)
        self.edit_label = QLabel("")
        self.field = QLineEdit()
        self.field.setObjectName("settingField")
        self.field.returnPressed.connect(self._save_text)
        self.keyboard = PlateKeyboard(dpi)
        self.keyboard.typed.connect(self._key)
        self.save_button = button(self.tr("Save"), "saveSetting", dpi)
        self.cancel_button = button(self.tr("Cancel"), "cancelSetting", dpi, primary=False)
        self.save_button.clicked.connect(self._save_text)
        self.cancel_button.clicked.connect(lambda: self.editor.setVisible(False))
        editor.addWidget(self.edit_label, 0, 0, 1, 3)
        editor.addWidget(self.field, 1, 0)
        editor.addWidget(self.save_button, 1, 1)
        editor.addWidget(self.cancel_button, 1, 2)
        editor.addWidget(self.keyboard, 2, 0, 1, 3)
        self.editor.setVisible(False)
        self.body.addWidget(self.editor)
        self.body.addStretch(1)
        self._editing = ""
        service.changed.connect(lambda _k: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        _actor, role = self.who()
        for key, label in self.values.items():
            text = self.value_text(key, self.service.value(key))
            label.setText(text or self.tr("(not set)"))
            for b in self.controls[key]:
                b.setEnabled(role >= SETTINGS_ROLE)
        refused = self.tr("Settings can be changed by a signed-in supervisor.")
        if role < SETTINGS_ROLE:
            self.message.setText(refused)
        elif self.message.text() == refused:
            self.message.setText("")

    def value_text(self, key: str, value: object) -> str:
        """A setting's value in words: a language in its own name, yes or no, the theme's
        name; numbers and texts as they are (console.toml keeps the values themselves)."""
        if key == "language":
            return NAMES.get(str(value), str(value))
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if key == "theme":
            return {"day": self.tr("day"), "night": self.tr("night")}.get(str(value), str(value))
        return shown(key, value)

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)

    def _set(self, key: str, value: object) -> bool:
        actor, role = self.who()
        done, said = self.service.change(key, value, actor, role)
        self.message.setText(say(named(key, said)))
        self.refresh()
        return done

    def _step(self, key: str, delta: float) -> None:
        value = self.service.value(key)
        self._set(key, type(value)(value + delta))

    def _edit(self, key: str) -> None:
        self._editing = key
        text = next(t for k, t, _ in SPEC if k == key)
        self.edit_label.setText(QCoreApplication.translate("SettingsPage", text))  # tr: SPEC
        self.field.setText(str(self.service.value(key)))
        self.editor.setVisible(True)
        self.field.setFocus()
        bring_into_view(self.editor)  # at the foot of the page: opened out of sight before

    def _key(self, key: str) -> None:
        if key == ENTER:
            self._save_text()
            return
        self.field.setText(apply_key(self.field.text(), key, 200))

    def _save_text(self) -> None:
        if self._editing and self._set(self._editing, self.field.text()):
            self.editor.setVisible(False)
