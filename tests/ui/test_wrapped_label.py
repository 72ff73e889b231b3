"""Wrapped labels in a page of the page area (the station details page's forms): each gets its
wrapped height and the page scrolls, instead of the lines being cut; the fit check says so
when a plain wrapped label is cut."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from operator_app.ui.fit import clipped_texts
from operator_app.ui.widgets import CurrentPageStack, PageArea, WrappedLabel

LONG = ("Pack high temperature at slot 5: stop charging the pack and let it cool; quarantine "
        "it if it repeats. Charger fault at slot 3: reset the charger.")


def page_of(qtbot, make) -> tuple[PageArea, list[QLabel]]:
    stack = CurrentPageStack()
    page = QWidget()
    form = QFormLayout(page)
    labels = [make(LONG) for _ in range(6)]
    for i, value in enumerate(labels):
        form.addRow(f"Row {i}", value)
    stack.addWidget(page)
    area = PageArea(stack)
    qtbot.addWidget(area)
    area.resize(420, 240)  # tight: the rows need more than this
    area.show()
    qtbot.waitExposed(area)
    qtbot.wait(50)
    area.refit()
    qtbot.wait(50)
    return area, labels


def plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def test_each_wrapped_label_gets_every_line_and_the_page_scrolls(qtbot) -> None:
    area, labels = page_of(qtbot, WrappedLabel)
    for label in labels:
        assert label.height() >= label.heightForWidth(label.width()), label.height()
    assert area.needs_scrolling()
    assert clipped_texts(area) == []


def test_a_plain_wrapped_label_is_cut_and_the_fit_check_says_so(qtbot) -> None:
    area, labels = page_of(qtbot, plain)
    assert any(label.height() < label.heightForWidth(label.width()) for label in labels)
    assert any("lines cut" in p for p in clipped_texts(area))


def test_the_fit_check_measures_the_layout_after_its_waiting_requests(qtbot) -> None:
    """A text made longer a moment ago: its layout request is still waiting, so the label
    still has the height of its old one line. The check carries the requests out first and
    finds the label whole (on a busy machine a walk of the pages checked in between, and
    reported lines cut that the screen never showed)."""
    from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

    window = QWidget()
    column = QVBoxLayout(window)
    head = QHBoxLayout()
    question = plain("Name:")
    head.addWidget(question, 1)
    head.addWidget(QPushButton("Cancel"))
    column.addLayout(head)
    column.addStretch(1)
    qtbot.addWidget(window)
    window.resize(300, 400)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    one_line = question.height()
    question.setText(LONG)  # no event processed after this
    assert question.heightForWidth(question.width()) > one_line + 2  # not yet laid out
    assert clipped_texts(window) == []
    assert question.height() >= question.heightForWidth(question.width())


def test_the_fit_check_sees_a_column_heading_narrower_than_its_words(qtbot) -> None:
    from PySide6.QtWidgets import QTableWidget

    table = QTableWidget(2, 2)
    table.setHorizontalHeaderLabels(["Address", "Bits set in the register"])
    qtbot.addWidget(table)
    table.resize(400, 200)
    table.show()
    qtbot.waitExposed(table)
    table.setColumnWidth(1, 40)
    cut = [p for p in clipped_texts(table) if "heading cut" in p]
    assert len(cut) == 1 and "Bits set" in cut[0]
    table.setColumnWidth(1, 300)
    assert [p for p in clipped_texts(table) if "heading cut" in p] == []
