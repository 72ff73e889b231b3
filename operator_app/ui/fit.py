"""Does what is on screen fit? The window on its screen, the page in its room, every text in
its widget, ABORT in sight while a swap runs.

Used by the screenshot tour after each state it shows (and so by the test that runs the
tour under a real X server at 1280x800, 96 and 149 DPI, in every language): a problem is
said in words, with the widget's name and the sizes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTabBar,
    QWidget,
)

from operator_app.domain.supervisor import ACTIVE

SLACK_PX = 2  # rounding: a text this much wider than its widget is not called clipped
SETTLE_ROUNDS = 8  # a layout's new sizes can ask its parent's layout again: one round a level


def settle() -> None:
    """Carry out the layout requests still waiting, so that what is measured is the layout
    the screen is about to show. A text just set asks its layout, whose new size asks the
    layout above, one posted event a level; on a busy machine a check made in between
    found a wrapped label still at the height of its text before."""
    for _ in range(SETTLE_ROUNDS):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def _name(w: QWidget) -> str:
    return f"{type(w).__name__}#{w.objectName() or '?'}"


def _shown_rect(w: QWidget, window: QWidget) -> QRect:
    """The part of ``w`` the window shows: clipped by every ancestor (scroll areas)."""
    rect = QRect(w.mapTo(window, w.rect().topLeft()), w.size())
    parent = w.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(QRect(parent.mapTo(window, parent.rect().topLeft()),
                                      parent.size()))
        parent = parent.parentWidget()
    return rect.intersected(window.rect())


def clipped_texts(window: QWidget) -> list[str]:
    """Labels and buttons whose text is wider than the widget shows (an elided label says so
    with "…" and is not counted), and word-wrapped labels given less than their wrapped
    height (their last lines cut)."""
    settle()
    problems: list[str] = []
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window) or w.width() <= 0:
            continue
        if isinstance(w, QLabel):
            text = w.text()
            if text and w.wordWrap() and "<" not in text:
                # a wrapped label must get its wrapped height: a layout short of room takes
                # it from the biggest item, and the last lines go without a sign
                need_h = w.heightForWidth(w.width())
                if need_h > w.height() + SLACK_PX:
                    problems.append(f"lines cut in {_name(w)}: {need_h} px of wrapped text "
                                    f"in {w.height()} px ({text[:40]!r})")
                continue
            if not text or "<" in text:  # rich text: not measured
                continue
            room = w.contentsRect().width() - 2 * w.margin()
            font = w.fitted()[1] if hasattr(w, "fitted") else w.font()  # drawn smaller
            need = max(QFontMetrics(font).horizontalAdvance(line)
                       for line in text.split("\n"))
            if need > room + SLACK_PX:
                problems.append(f"text clipped in {_name(w)}: {need} px of text in {room} px "
                                f"({text[:40]!r})")
        elif isinstance(w, QAbstractButton):
            text = w.shown() if hasattr(w, "shown") else w.text()  # a FitButton's two lines
            if not text:
                continue
            need = max(QFontMetrics(w.font()).horizontalAdvance(line)
                       for line in text.split("\n"))
            room = w.width() - 8  # the style's smallest padding and border
            if need > room + SLACK_PX:
                problems.append(f"button text clipped in {_name(w)}: {need} px of text on a "
                                f"{w.width()} px button ({text[:40]!r})")
        elif isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal:
            problems += _cut_headings(w)
    return problems


def _cut_headings(header: QHeaderView) -> list[str]:
    """A table's column headings narrower than their words: cut, or elided to "…"."""
    out = []
    for i in range(header.count()):
        if header.isSectionHidden(i):
            continue
        need, room = header.sectionSizeFromContents(i).width(), header.sectionSize(i)
        if need > room + SLACK_PX:
            text = header.model().headerData(i, Qt.Orientation.Horizontal)
            out.append(f"heading cut in {_name(header.parentWidget() or header)}: {need} px "
                       f"for {room} px ({str(text)[:40]!r})")
    return out


def fit_problems(window) -> list[str]:
    """Everything that does not fit on ``window`` (a MainWindow) now, in words."""
    settle()
    problems: list[str] = []
    screen = window.screen()
    if screen is not None:
        room = screen.geometry()
        frame = window.frameGeometry()
        if frame.width() > room.width() or frame.height() > room.height():
            problems.append(f"window {frame.width()}x{frame.height()} is larger than the "
                            f"screen {room.width()}x{room.height()}")
        elif not room.contains(frame):
            problems.append(f"window at {frame.x()},{frame.y()} leaves the screen")
    central = window.centralWidget()
    need = central.minimumSizeHint()
    if need.height() > central.height() or need.width() > central.width():
        problems.append(f"the window's content needs {need.width()}x{need.height()} but has "
                        f"{central.width()}x{central.height()}: squeezed")
    page = window.stack.currentWidget()
    if window.stack_area.needs_scrolling() and not getattr(page, "scrolls", False):
        problems.append(f"page {_name(page)} needs "
                        f"{window.stack.minimumSizeHint().height()} px, has "
                        f"{window.stack_area.viewport().height()}: it scrolls")
    if window.services.swaps.tx.phase in ACTIVE:
        abort = window.swap_strip.abort_button
        shown = _shown_rect(abort, window)
        if not abort.isVisibleTo(window) or shown.size() != abort.size():
            problems.append("ABORT is not wholly on screen while a swap runs")
    strip = window.strip
    if _shown_rect(strip, window).height() < strip.height():
        problems.append("the status bar is not wholly on screen")
    for area in window.findChildren(QAbstractScrollArea):
        bar = area.horizontalScrollBar()
        if not area.isVisibleTo(window) or bar.maximum() <= 0:
            continue
        if bar.isVisibleTo(window):
            problems.append(f"{_name(area)} scrolls sideways: {bar.maximum()} px too wide")
        elif isinstance(area, QScrollArea) and area.widget() is not None:
            # no bar to scroll it with: what is wider than the area is cut off at its right
            problems.append(f"{_name(area)} cuts its content: {bar.maximum()} px hidden on "
                            "the right")
    for tabs in window.findChildren(QTabBar):
        over = tabs.tabRect(tabs.count() - 1).right() + 1 - tabs.width() if tabs.count() else 0
        if tabs.isVisibleTo(window) and over > 0:
            problems.append(f"{_name(tabs)}: the tabs do not fit, {over} px of them behind "
                            "scroll arrows")
    problems += clipped_texts(window)
    return problems
