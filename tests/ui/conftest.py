"""Shared for the screen tests: the console's style sheet at the 10-inch panel's DPI, and a
page shown at the panel's size."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from operator_app.ui.theme import DAY, stylesheet

PANEL_DPI = 149.0  # a 10-inch 1280x800 panel


@pytest.fixture
def styled(qapp):
    """The day theme's style sheet at the panel's DPI, as the console applies it."""
    before = qapp.styleSheet()
    qapp.setStyleSheet(stylesheet(DAY, PANEL_DPI))
    yield
    qapp.setStyleSheet(before)


def shown_at_panel_size(qtbot, page: QWidget) -> QWidget:
    """``page`` shown on its own at 1280x800, exposed."""
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page
