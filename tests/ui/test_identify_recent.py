"""Identifying a vehicle swapped earlier today: the page says when, before it identifies."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from operator_app.domain.vehicles import IdMethod
from operator_app.services.demo import demo_vehicles
from operator_app.ui.identify_page import IdentifyPage

WARNING = "RIO2E19 was swapped at 11:14 today: check before swapping again"


def at(hour: int, minute: int) -> str:
    """A journal time (UTC ISO 8601) for a local time today."""
    local = dt.datetime.now().astimezone().replace(hour=hour, minute=minute, second=5,
                                                   microsecond=0)
    return local.astimezone(dt.UTC).isoformat(timespec="milliseconds")


@pytest.fixture
def page(qtbot):
    p = IdentifyPage(96.0)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    qtbot.waitExposed(p)
    p.reset()
    p.model.set_vehicles(demo_vehicles(), {"RIO2E19": at(11, 14), "70-8812": at(7, 2)})
    p.got = []
    p.identify.connect(lambda text, method: p.got.append((text, method)))
    return p


def tap(qtbot, widget) -> None:
    assert widget.isVisible(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_on_keys(qtbot, page: IdentifyPage, text: str) -> None:
    for ch in text:
        tap(qtbot, page.keyboard.findChild(QPushButton, f"key_{ord(ch):04x}"))


def row_of(page: IdentifyPage, plate: str) -> int:
    return next(i for i, r in enumerate(page.model.rows) if r[0] == plate)


def test_typing_a_plate_swapped_today_warns_and_a_second_tap_identifies(qtbot, page) -> None:
    type_on_keys(qtbot, page, "RIO2E1")
    assert "swapped" not in page.message.text() and not page.message.font().bold()
    type_on_keys(qtbot, page, "9")
    assert page.message.text() == WARNING  # as soon as the plate is complete
    assert page.message.isVisible() and page.message.font().bold()
    tap(qtbot, page.keyboard.enter)
    assert page.got == []  # not identified on the first tap: the warning is read first
    assert page.message.text() == WARNING and page.ok_button.text() == "Identify anyway"
    tap(qtbot, page.ok_button)
    assert page.got == [("RIO2E19", IdMethod.PLATE_ENTRY)]


def test_another_plate_takes_the_warning_away(qtbot, page) -> None:
    type_on_keys(qtbot, page, "RIO2E19")
    tap(qtbot, page.ok_button)
    assert page.got == [] and page.ok_button.text() == "Identify anyway"
    tap(qtbot, page.keyboard.backspace)
    assert "swapped" not in page.message.text() and not page.message.font().bold()
    assert page.ok_button.text() == "Identify"
    type_on_keys(qtbot, page, "9")  # the same plate again: its first tap again
    tap(qtbot, page.ok_button)
    assert page.got == [] and page.message.text() == WARNING
    page.reset()
    type_on_keys(qtbot, page, "XG 8121")  # not swapped today: one tap
    assert "swapped" not in page.message.text()
    tap(qtbot, page.ok_button)
    assert page.got == [("XG 8121", IdMethod.PLATE_ENTRY)]


def test_the_list_row_says_when_and_tapping_it_warns_first(qtbot, page) -> None:
    if page.narrow():
        tap(qtbot, page.list_button)  # the list in the keyboard's place
    assert page.list.isVisible()
    row = row_of(page, "RIO2E19")
    index = page.model.index(row, 0)
    assert "swapped today at 11:14" in page.model.data(index)
    assert "swapped today at 07:02" in page.model.data(page.model.index(row_of(page, "70-8812"), 0))
    assert "swapped" not in page.model.data(page.model.index(row_of(page, "XG 8121"), 0))
    where = page.list.visualRect(index).center()
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert page.got == [] and page.field.text() == "RIO2E19"
    assert page.message.text() == WARNING
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert page.got == [("RIO2E19", IdMethod.PLATE_ENTRY)]


def test_a_scanned_tag_of_a_vehicle_swapped_today_warns_too(qtbot, page) -> None:
    tag = next(v.tags[0] for v in demo_vehicles() if v.plate == "RIO2E19")
    page.field.setFocus()
    qtbot.keyClicks(page.field, tag)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)  # a keyboard-wedge reader ends with Enter
    assert page.got == [] and page.message.text() == WARNING
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert page.got == [(tag, IdMethod.TAG)]


def test_a_plate_typed_with_other_spacing_is_the_same_vehicle(qtbot, page) -> None:
    type_on_keys(qtbot, page, "708812")
    assert page.message.text() == "70-8812 was swapped at 07:02 today: check before swapping again"


def test_the_vehicle_in_the_bay_swapped_today_says_both(qtbot, page) -> None:
    page.model.set_vehicles(demo_vehicles(), {"RIO2E19": at(11, 14)}, in_bay="RIO2E19")
    first = page.model.data(page.model.index(0, 0))
    assert first.startswith("RIO2E19") and "in the bay now, swapped today at 11:14" in first
