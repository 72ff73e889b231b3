"""A hold-to-run button: motion only while one finger stays on it.

``held`` when the first finger (or the mouse) goes down on it; ``let_go`` with why when it
comes up, when a second finger touches (anywhere on the screen: ``HoldWatch``), when the
button is hidden or disabled, or when the window stops being the active one. The console
stops on every one of these; the controller stops by itself when the console's lease
refreshes stop (the register map's hold-to-run lease), so a lost release never keeps an
axis moving. This is not a safety function: the E-stop and the enabling device stay
hard-wired.

A hold is not started on a button that moved on the screen in the last ``SETTLE_S`` (a
banner appeared above the page): the finger was aimed at what was there before, perhaps
the opposite direction.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

TOUCH = (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
         QEvent.Type.TouchCancel)

# why a hold ended at the screen (the words are the page's: it translates them)
RELEASED = "released"
SECOND_TOUCH = "second touch"
DEACTIVATED = "window deactivated"
HIDDEN = "hidden"
SETTLE_S = 0.5  # a button that moved this recently starts no hold


class HoldButton(QPushButton):
    held = Signal()
    let_go = Signal(str)

    def __init__(self, text: str, name: str) -> None:
        super().__init__(text)
        self.setObjectName(name)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setProperty("hold", True)
        self.down = False
        self._spoilt = False  # a second finger came: nothing until every finger is up
        self._where: QPoint | None = None  # in the window, when last painted
        self.moved_at = 0.0  # monotonic: when it was last seen somewhere else
        self.refused_moved = 0  # holds not started because it had just moved

    def paintEvent(self, event) -> None:
        where = self.mapTo(self.window(), QPoint(0, 0))
        if self._where is not None and where != self._where:
            self.moved_at = time.monotonic()
        self._where = where
        super().paintEvent(event)

    def settled(self) -> bool:
        return time.monotonic() - self.moved_at >= SETTLE_S

    def _start(self) -> None:
        if self.down or self._spoilt or not self.isEnabled():
            return
        if not self.settled():
            self.refused_moved += 1
            return
        self.down = True
        self.setDown(True)
        self.held.emit()

    def stop(self, why: str) -> None:
        if not self.down:
            return
        self.down = False
        self.setDown(False)
        self.let_go.emit(why)

    def event(self, e: QEvent) -> bool:
        kind = e.type()
        if kind in TOUCH:
            points = e.points()  # type: ignore[attr-defined]
            if kind in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
                self.stop(RELEASED)
                self._spoilt = False
            elif len(points) > 1:
                self._spoilt = True
                self.stop(SECOND_TOUCH)
            elif kind is QEvent.Type.TouchBegin:
                self._start()
            e.accept()
            return True
        if kind is QEvent.Type.MouseButtonPress and e.button() is Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
            self._start()
            e.accept()
            return True
        if kind is QEvent.Type.MouseButtonRelease and e.button() is Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
            self.stop(RELEASED)
            e.accept()
            return True
        if kind is QEvent.Type.MouseButtonDblClick:
            e.accept()
            return True
        if kind in (QEvent.Type.Hide, QEvent.Type.EnabledChange) and not (
                self.isVisible() and self.isEnabled()):
            self.stop(HIDDEN)
        return super().event(e)


class HoldWatch(QObject):
    """While a hold lasts, the whole application: a touch or press anywhere but on the held
    button, or the window no longer active, ends it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.button: HoldButton | None = None

    def watch(self, button: HoldButton) -> None:
        self.button = button
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def unwatch(self) -> None:
        self.button = None
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        b = self.button
        if b is None or not b.down:
            return False
        kind = event.type()
        if kind in (QEvent.Type.ApplicationDeactivate, QEvent.Type.WindowDeactivate) or (
                kind is QEvent.Type.ApplicationStateChange
                and QApplication.applicationState() is not Qt.ApplicationState.ApplicationActive):
            b.stop(DEACTIVATED)
        elif kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate):
            if len(event.points()) >= 2:  # type: ignore[attr-defined]  the held one and another
                b.stop(SECOND_TOUCH)
        elif kind is QEvent.Type.MouseButtonPress and isinstance(watched, QWidget) and \
                not _inside(watched, b):
            b.stop(SECOND_TOUCH)  # a press on anything else: it ends the hold, and only that
            return True
        return False


def _inside(watched: QObject, button: QPushButton) -> bool:
    """Whether ``watched`` is the button or part of it."""
    w = watched
    while w is not None:
        if w is button:
            return True
        w = w.parent()
    return False
