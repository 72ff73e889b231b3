"""Sizes in millimetres, text included: at the 10-inch panel's 149 DPI, body text is at least
3 mm and the glance texts (station state, the running step and its time left, each tile's
state) have capitals at least 6 mm tall; on a larger screen everything grows."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontInfo, QFontMetricsF
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from operator_app.domain.supervisor import Phase
from operator_app.ui.sizes import BODY_MM, LARGE_CAP_MM, Sizes, room_factor
from operator_app.ui.theme import mm_to_px, px_to_mm
from tests.ui.test_main_window import console  # noqa: F401 - a fixture

DPI = 149.0


def cap_mm(w: QWidget) -> float:
    return px_to_mm(QFontMetricsF(w.font()).capHeight(), DPI)


def test_sizes_from_millimetres(qapp) -> None:
    s = Sizes(DPI)
    assert s.body == mm_to_px(BODY_MM, DPI) == 18
    from PySide6.QtGui import QFont

    f = QFont()
    f.setPixelSize(s.large)
    f.setBold(True)
    assert px_to_mm(QFontMetricsF(f).capHeight(), DPI) >= LARGE_CAP_MM
    f.setPixelSize(s.large - 1)  # the smallest size that does it
    assert px_to_mm(QFontMetricsF(f).capHeight(), DPI) < LARGE_CAP_MM
    # the room factor: 1 on the 10-inch panel, more on a larger screen, never less than 1
    assert room_factor(1280, 800, 149) == pytest.approx(1.0, abs=0.01)
    assert room_factor(1920, 1080, 96) == pytest.approx(2.1, abs=0.05)
    assert room_factor(800, 600, 149) == 1.0
    assert Sizes(96, room_factor(1920, 1080, 96)).body > Sizes(149).body  # text grows


def test_glance_and_body_text_on_the_149_dpi_panel(qtbot, console) -> None:  # noqa: F811
    c = console(dpi=DPI)
    w = c.window
    assert w.options.scale == 1.0  # the offscreen screen is smaller than the panel
    qtbot.waitUntil(lambda: len(w.rack.tiles) == 8, timeout=5000)
    assert cap_mm(w.station_bar.state) >= LARGE_CAP_MM
    for tile in w.rack.tiles:
        assert px_to_mm(QFontMetricsF(tile.large).capHeight(), DPI) >= LARGE_CAP_MM
        assert QFontInfo(tile.small).pixelSize() >= mm_to_px(BODY_MM, DPI)
    c.stack.start_swap()
    qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.RUNNING, timeout=10000)
    qtbot.waitUntil(lambda: w.swap_strip.left.text() != "", timeout=5000)
    assert cap_mm(w.swap_strip.step) >= LARGE_CAP_MM
    assert cap_mm(w.swap_strip.left) >= LARGE_CAP_MM
    # every text on every page: at least 3 mm
    small: list[str] = []
    for page in [w.stack.widget(i) for i in range(w.stack.count())]:
        w.stack.setCurrentWidget(page)
        qtbot.wait(20)
        for x in w.findChildren(QWidget):
            if not isinstance(x, (QLabel, QAbstractButton, QLineEdit)) or not x.isVisibleTo(w):
                continue
            text = x.placeholderText() if isinstance(x, QLineEdit) else x.text()
            if text and QFontInfo(x.font()).pixelSize() < mm_to_px(BODY_MM, DPI):
                small.append(f"{x.objectName() or type(x).__name__}: {text[:30]!r} "
                             f"{QFontInfo(x.font()).pixelSize()} px")
    assert not small, small
