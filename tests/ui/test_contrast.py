"""Contrast measured from pixels: text on buttons (enabled and disabled), on progress bars,
in both themes, at least 4.5:1; a disabled button is flat and plainly not enabled."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QProgressBar, QPushButton, QVBoxLayout, QWidget

from operator_app.ui.theme import DAY, NIGHT, Palette, stylesheet

MIN_CONTRAST = 4.5


def luminance(c: QColor) -> float:
    """WCAG relative luminance of an sRGB colour."""
    def channel(v: int) -> float:
        x = v / 255
        return x / 12.92 if x <= 0.04045 else ((x + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def colours(image: QImage, rect: QRect) -> Counter:
    seen: Counter = Counter()
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            seen[image.pixel(x, y)] += 1
    return seen


def text_contrast(image: QImage, rect: QRect) -> tuple[float, QColor]:
    """The contrast of the text in ``rect`` with its background: the background is the
    commonest colour there, the text the colour farthest from it (anti-aliasing blends
    the edges; the glyphs' cores are the text colour itself)."""
    seen = colours(image, rect)
    background = QColor.fromRgb(seen.most_common(1)[0][0])
    best = max((QColor.fromRgb(rgb) for rgb in seen), key=lambda c: contrast(c, background))
    return contrast(best, background), background


def shown(qtbot, widgets: list[QWidget], palette: Palette) -> QWidget:
    app = QApplication.instance()
    app.setStyleSheet(stylesheet(palette, 96.0))
    holder = QWidget()
    column = QVBoxLayout(holder)
    for w in widgets:
        column.addWidget(w)
    qtbot.addWidget(holder)
    holder.resize(420, 80 * len(widgets))
    holder.show()
    qtbot.waitExposed(holder)
    return holder


def inner(w: QWidget, holder: QWidget, margin: int = 6) -> QRect:
    """The widget's rectangle in the holder, less its border."""
    top_left = w.mapTo(holder, w.rect().topLeft())
    return QRect(top_left, w.size()).adjusted(margin, margin, -margin, -margin)


@pytest.fixture(autouse=True)
def restore_style():
    yield
    QApplication.instance().setStyleSheet("")


@pytest.mark.parametrize("palette", [DAY, NIGHT], ids=["day", "night"])
def test_buttons_enabled_and_disabled(qtbot, palette: Palette) -> None:
    buttons = []
    for role in ("", "mandatory", "stop"):
        for enabled in (True, False):
            b = QPushButton("Start swap" if enabled else "Confirm start")
            if role:
                b.setProperty("role", role)
            b.setEnabled(enabled)
            buttons.append((role, enabled, b))
    holder = shown(qtbot, [b for _, _, b in buttons], palette)
    image = holder.grab().toImage()
    page = QColor(palette.background)
    fills = {}
    for role, enabled, b in buttons:
        ratio, fill = text_contrast(image, inner(b, holder))
        assert ratio >= MIN_CONTRAST, (palette.name, role, enabled, round(ratio, 2))
        fills[(role, enabled)] = (fill, ratio)
    for role in ("", "mandatory", "stop"):
        on, on_ratio = fills[(role, True)]
        off, off_ratio = fills[(role, False)]
        # disabled: flat on the page's grey, every role alike; enabled: a fill of its own
        assert contrast(off, page) < 1.05 and off.hsvSaturationF() < 0.05, \
            (palette.name, role, off.name())
        if role:  # blue or red when it can be tapped, grey when not
            assert on.hsvSaturationF() >= 0.5, (palette.name, role, on.name())
        else:  # lighter (day) or darker (night) than the page, and its text blacker
            assert contrast(on, page) >= 1.25, (palette.name, role, on.name())
            assert on_ratio >= 1.3 * off_ratio, (palette.name, on_ratio, off_ratio)


@pytest.mark.parametrize("palette", [DAY, NIGHT], ids=["day", "night"])
@pytest.mark.parametrize("value", [0, 100])
def test_progress_bar_text(qtbot, palette: Palette, value: int) -> None:
    bar = QProgressBar()
    bar.setRange(0, 100)
    bar.setValue(value)  # 0: the text on the groove; 100: on the filled part
    bar.setFormat("%p%")
    bar.setMinimumHeight(40)
    holder = shown(qtbot, [bar], palette)
    image = holder.grab().toImage()
    ratio, _ = text_contrast(image, inner(bar, holder, margin=4))
    assert ratio >= MIN_CONTRAST, (palette.name, value, round(ratio, 2))


@pytest.mark.parametrize("palette", [DAY, NIGHT], ids=["day", "night"])
def test_the_selected_alarm_rows_priority_cell(qtbot, palette: Palette) -> None:
    """Selected, the priority cell keeps its priority's colour and its text 4.5:1 or more."""
    from operator_app.domain.snapshot import LinkState
    from operator_app.services.alarm_service import AlarmService
    from operator_app.services.link_worker import LinkEvent
    from operator_app.storage.journal import StorageState, StorageStatus
    from operator_app.ui.alarm_page import AlarmPage
    from tests.people import people_session
    from tests.services.recording_port import Sink

    QApplication.instance().setStyleSheet(stylesheet(palette, 96.0))
    service = AlarmService(Sink())
    page = AlarmPage(service, people_session(), 96.0, palette)
    page.model.palette_ = palette
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    service.on_link_event(LinkEvent(LinkState.LOST, "no answer", 1.0))  # HIGH
    service.on_storage(StorageStatus(StorageState.DISK_FULL, "reserve"))  # MEDIUM
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=3000)
    for row in range(2):
        page.select(page.model.rows[row][0])
        qtbot.wait(20)
        table = page.table
        cell = table.visualRect(page.model.index(row, 0))
        image = table.viewport().grab().toImage()
        ratio, fill = text_contrast(image, cell.adjusted(8, 8, -8, -8))
        priority = page.model.rows[row][1]
        expected = {1: palette.alarm_high, 2: palette.alarm_medium}[priority]
        assert fill.name() == expected, (palette.name, row, fill.name())
        assert ratio >= MIN_CONTRAST, (palette.name, row, round(ratio, 2))
        assert table.selectionModel().isRowSelected(row)
