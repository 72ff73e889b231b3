"""Small building blocks every screen uses: sized buttons, kinetic lists, pages with a way back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QTextLayout
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from operator_app.ui.theme import MIN_TARGET_MM, PRIMARY_TARGET_MM, mm_to_px


def _two_lines(line: str, metrics: QFontMetrics) -> str:
    """``line`` broken at the space that leaves the longer half shortest."""
    spaces = [i for i, c in enumerate(line) if c in " \u200b"]
    if not spaces:
        return line

    def longer(i: int) -> int:
        return max(metrics.horizontalAdvance(line[:i]), metrics.horizontalAdvance(line[i + 1:]))

    best = min(spaces, key=longer)
    return line[:best] + "\n" + line[best + 1:]


def wrapped(text: str, metrics: QFontMetrics, width: int, height: int) -> str:
    """``text`` as it fits ``width`` x ``height``: each line too wide broken in two between
    words, while the lines fit the height; a word still too wide ends in "…"."""
    lines = text.split("\n")
    if all(metrics.horizontalAdvance(line) <= width for line in lines):
        return text
    out: list[str] = []
    room_lines = max(1, height // max(1, metrics.lineSpacing()))
    for i, line in enumerate(lines):
        left = len(lines) - i - 1  # the lines still to come keep theirs
        if (metrics.horizontalAdvance(line) > width
                and len(out) + 2 + left <= room_lines):
            line = _two_lines(line, metrics)
        out += [metrics.elidedText(part, Qt.TextElideMode.ElideRight, width)
                for part in line.split("\n")]
    return "\n".join(out)


class FitButton(QPushButton):
    """A push button whose text, when a longer language makes it too wide for the button,
    goes on more lines (broken between words), or ends in "…", instead of being cut.
    ``text()`` is the text as set; ``shown()`` is what the button draws."""

    PADDING_PX = 8  # the style's smallest padding and border, as fit.py measures

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        # as wide as its text on one line when there is room; narrower, on two, when not
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        self.setSizePolicy(policy)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        text = self.text()
        fm = self.fontMetrics()
        if "\n" in text or not any(c in text for c in " \u200b") or \
                2 * fm.lineSpacing() > max(self.minimumHeight(), hint.height()) - 4:
            return hint
        one = fm.horizontalAdvance(text)
        two = max(fm.horizontalAdvance(line) for line in _two_lines(text, fm).split("\n"))
        return QSize(max(self.minimumWidth(), hint.width() - one + two), hint.height())

    def shown(self) -> str:
        text = self.text()
        shown = wrapped(text, self.fontMetrics(), self.width() - self.PADDING_PX,
                        self.height() - 4)
        return text if shown == text else shown

    def paintEvent(self, event) -> None:
        shown = self.shown()
        if shown is self.text():
            super().paintEvent(event)
            return
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = shown
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)


def button(text: str, name: str, dpi: float, *, primary: bool = True, role: str = "",
           wide: float = 1.0) -> QPushButton:
    """A push button at least 15 mm (primary) or 10 mm square at ``dpi``; ``role`` colours it
    (mandatory: blue, stop: red) and its text always says what it does."""
    b = FitButton(text)
    b.setObjectName(name)
    side = mm_to_px(PRIMARY_TARGET_MM if primary else MIN_TARGET_MM, dpi)
    b.setProperty("primary", primary)
    if role:
        b.setProperty("role", role)
    b.setMinimumSize(int(side * wide), side)
    return b


def kinetic(view: QAbstractScrollArea, drag_with_mouse: bool = True) -> QAbstractScrollArea:
    """Flick-to-scroll with a finger, scrolled by the pixel.

    Lists also flick with a pressed mouse button (touch panels that report as a mouse);
    areas full of buttons flick with touch gestures only, so a press on a button stays a
    press on the button.
    """
    if isinstance(view, QAbstractItemView):
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    kind = (QScroller.ScrollerGestureType.LeftMouseButtonGesture if drag_with_mouse
            else QScroller.ScrollerGestureType.TouchGesture)
    QScroller.grabGesture(view.viewport(), kind)
    return view


class Page(QWidget):
    """A full-screen page with a title and a Back button to the main screen.

    ``scrolling`` pages (training, details: not essentials) put their body in a
    kinetic scroll area, so that they never make the window taller than the screen.
    """

    back = Signal()

    def __init__(self, title: str, dpi: float, name: str, scrolling: bool = False) -> None:
        super().__init__()
        self.setObjectName(name)
        self.dpi = dpi
        layout = QVBoxLayout(self)
        self.head = head = QHBoxLayout()
        self.back_button = button(self.tr("Back"), f"{name}Back", dpi, wide=2)
        self.back_button.clicked.connect(self.back)
        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        head.addWidget(self.back_button)
        head.addWidget(self.title, 1)
        layout.addLayout(head)
        if scrolling:
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            inner = QWidget()
            self.body = QVBoxLayout(inner)
            area.setWidget(inner)
            kinetic(area, drag_with_mouse=False)
            layout.addWidget(area, 1)
        else:
            self.body = QVBoxLayout()
            layout.addLayout(self.body, 1)


class ElidedLabel(QLabel):
    """A one-line label that never asks for more width than it gets: the text is
    shortened with "…" instead (the full text stays in ``full``)."""

    def __init__(self, text: str = "", whole: bool = False) -> None:
        """``whole``: never shortened (a clock: "03:4…" tells nothing); the others give way."""
        super().__init__(text)
        self.full = text
        self.whole = whole
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        """As wide as its whole text: a layout gives it that when it can."""
        hint = super().sizeHint()
        frame = self.width() - self.contentsRect().width()  # margins, a style's padding
        bold = self.font()
        bold.setBold(True)  # a style sheet may make it bold after this hint was taken
        return QSize(QFontMetrics(bold).horizontalAdvance(self.full) + frame
                     + 2 * self.margin() + 16, hint.height())

    def minimumSizeHint(self) -> QSize:
        """A few characters: with less room than its text, it shortens it instead."""
        if self.whole:
            return self.sizeHint()
        return QSize(QFontMetrics(self.font()).horizontalAdvance("M…") + 2,
                     super().minimumSizeHint().height())

    def set_full(self, text: str) -> None:
        if text != self.full:
            self.full = text
            self.updateGeometry()
        self._elide()

    def restyle(self, sheet: str) -> None:
        """A new style sheet (a bold or padded one needs more room): fit again."""
        self.setStyleSheet(sheet)
        self.ensurePolished()
        self.updateGeometry()
        self._elide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin()
        shown = QFontMetrics(self.font()).elidedText(self.full, Qt.TextElideMode.ElideRight,
                                                     max(10, room))
        if shown != self.text():
            self.setText(shown)


def ink_top(text: str, font: QFont) -> float:
    """How far above the baseline ``text`` reaches, in pixels (negative: up), in the fonts
    it is really drawn in (QFontMetrics measures the first family only, and a Thai tone mark
    comes from the fallback)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    top = 0.0
    for run in layout.glyphRuns():
        raw = run.rawFont()
        for glyph, at in zip(run.glyphIndexes(), run.positions(), strict=False):
            top = min(top, at.y() - line.ascent() + raw.boundingRect(glyph).top())
    return top


def fitted_font(text: str, font: QFont, width: float, min_px: int,
                above: float | None = None) -> QFont:
    """``font``, smaller (never below ``min_px``) when ``text`` is wider than ``width`` or,
    given ``above``, reaches higher than that over its baseline (see ``ink_top``)."""
    px = font.pixelSize()
    if px <= 0 or not text:
        return QFont(font)
    need = QFontMetrics(font).horizontalAdvance(text)
    if need > width:
        px = max(min_px, int(px * width / need))
    if above is not None and above > 0:
        top = -ink_top(text, font)
        if top > above:
            px = max(min_px, min(px, int(font.pixelSize() * above / top)))
    fitted = QFont(font)
    fitted.setPixelSize(px)
    return fitted


class ShrinkLabel(ElidedLabel):
    """A glance-size line (the running step) that, when a longer language's words do not fit,
    is drawn smaller, down to ``min_px``, before anything is shortened with "…"."""

    def __init__(self, text: str = "", min_px: int = 12) -> None:
        super().__init__(text)
        self.min_px = min_px

    def fitted(self) -> tuple[str, QFont]:
        """What is drawn, and in which font: the whole text at the largest size that fits,
        never below ``min_px``; below that, shortened at ``min_px``. It fits the height too:
        the line keeps room for capitals, not for marks above them (Thai vowels and tones
        stand higher), so such a text is drawn as much smaller as its marks need."""
        room = max(10, self.contentsRect().width() - 2 * self.margin())
        above = self.contentsRect().height() - QFontMetrics(self.font()).descent() - 1
        font = fitted_font(self.full, self.font(), room, self.min_px, above)
        shown = QFontMetrics(font).elidedText(self.full, Qt.TextElideMode.ElideRight, room)
        return shown, font

    def _elide(self) -> None:
        shown, _font = self.fitted()
        if shown != self.text():
            self.setText(shown)

    def paintEvent(self, event) -> None:
        shown, font = self.fitted()
        if font.pixelSize() == self.font().pixelSize():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setFont(font)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect().adjusted(self.margin(), 0, -self.margin(), 0),
                         int(self.alignment()), shown)


class CurrentPageStack(QStackedWidget):
    """A stack of pages that asks for the room of the page shown, not of its largest page:
    a tall page elsewhere in the stack never makes the page shown scroll."""

    relaid = Signal()  # the page shown was laid out again: its minimum may have changed

    def __init__(self) -> None:
        super().__init__()
        self.currentChanged.connect(lambda _i: (self.updateGeometry(), self.relaid.emit()))

    def event(self, e: QEvent) -> bool:
        done = super().event(e)
        if e.type() == QEvent.Type.LayoutRequest:
            self.relaid.emit()
        return done

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        """No: a scroll area would size the stack to its tallest page's preferred height at
        this width; sized to the viewport (and at least the page's minimum) instead, the
        page shown fits whenever its minimum does."""
        return False

    def heightForWidth(self, _width: int) -> int:
        return -1  # (a scroll area asks its widget's layout, and then this)


def scroll_down_only(area: QScrollArea, name: str, widget: QWidget) -> None:
    """``area`` holds ``widget`` at its width, frameless, scrolling up and down only."""
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)


class PageArea(QScrollArea):
    """Where the pages are shown: a page gets the whole area, and scrolls only when its
    minimum is taller than the area; the window never grows for it."""

    def __init__(self, stack: CurrentPageStack) -> None:
        super().__init__()
        scroll_down_only(self, "pageArea", stack)
        stack.relaid.connect(self.refit)

    def refit(self) -> None:
        """The page's minimum changed (a panel opened or closed): fit it to the area again
        (a resizable scroll area does so on its own only when the area is resized)."""
        page = self.widget()
        room = self.viewport().size()
        height = max(room.height(), page.minimumSizeHint().height())
        if page.size() != QSize(room.width(), height):
            page.resize(room.width(), height)

    def needs_scrolling(self) -> bool:
        return self.widget().minimumSizeHint().height() > self.viewport().height()


class WrappedLabel(QLabel):
    """A word-wrapped label that asks for its wrapped height at its width. A layout without
    height-for-width (a page in a scroll area, a form in it) otherwise gives a wrapped label
    one line's height and its other lines are cut without a sign."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self._fitted = -1

    def setText(self, text: str) -> None:
        super().setText(text)
        self._refit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._refit()

    def _refit(self) -> None:
        need = self.heightForWidth(self.width()) if self.width() > 0 else -1
        if need != self._fitted and need > 0:
            self._fitted = need
            self.setMinimumHeight(need)


class TapLabel(QLabel):
    """A label that is also a tap target (banners); ``tapped`` on release inside it."""

    tapped = Signal()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() is Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.tapped.emit()


class RowsMixin:
    """For item models over a list of row tuples, replaced whole when it changed (a reset:
    the lists are short, and a reset is what the model tester and the views handle best).
    Put it first: ``class M(RowsMixin, QAbstractTableModel)``."""

    rows: list[tuple[Any, ...]]

    def set_rows(self, rows: list[tuple[Any, ...]]) -> None:
        if rows == self.rows:
            return
        self.beginResetModel()  # type: ignore[attr-defined]
        self.rows = rows
        self.endResetModel()  # type: ignore[attr-defined]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008
                 ) -> int:
        return 0 if parent.isValid() else len(self.rows)


def bring_into_view(widget: QWidget, margin: int = 8) -> None:
    """Scroll the scroll areas around ``widget`` so that it is in sight, once the layouts
    have taken in what just changed (an editor opened at the foot of a long page)."""
    def scroll() -> None:
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(widget, margin, margin)
            parent = parent.parentWidget()

    QTimer.singleShot(0, widget, scroll)

