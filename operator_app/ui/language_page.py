"""The language page: every installed language, each in its own name and script.

Opened from the status bar's language button. A tap switches the console at once (the
window is made anew in that language); the choice is the signed-in person's, kept for their
next sign-in, or, with nobody signed in, this terminal's, kept across restarts.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel

from operator_app.i18n import NAMES
from operator_app.ui.widgets import Page, button

COLUMNS = 2


class LanguagePage(Page):
    chosen = Signal(str)  # a language code (i18n.NAMES)

    def __init__(self, dpi: float, languages: list[str], current: str) -> None:
        super().__init__(self.tr("Language"), dpi, "languagePage")
        self.whose = QLabel("")
        self.whose.setObjectName("languageWhose")
        self.whose.setWordWrap(True)
        self.body.addWidget(self.whose)
        grid = QGridLayout()
        self.group = QButtonGroup(self)
        self.buttons: dict[str, object] = {}
        for i, code in enumerate(languages):
            # its own name, never translated: a reader finds their language whatever is shown
            b = button(NAMES.get(code, code), f"language_{code}", dpi, wide=4)
            b.setCheckable(True)
            b.setChecked(code == current)
            b.clicked.connect(lambda _=False, c=code: self._tapped(c))
            self.group.addButton(b)
            self.buttons[code] = b
            grid.addWidget(b, i // COLUMNS, i % COLUMNS)
        self.current = current
        self.body.addLayout(grid)
        self.body.addStretch(1)

    def for_person(self, name: str | None) -> None:
        """Say whose choice a tap makes: the signed-in person's, or this terminal's."""
        if name:
            self.whose.setText(self.tr("For %1: the console speaks it at each of their "
                                       "sign-ins.").replace("%1", name))
        else:
            self.whose.setText(self.tr("For this terminal: the console starts in it. A "
                                       "signed-in person chooses their own."))

    def _tapped(self, code: str) -> None:
        if code == self.current:
            self.back.emit()
            return
        self.chosen.emit(code)
