"""The training panel: fault buttons in words, and the answer to a tap where the trainer looks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QScrollArea

from operator_app.simulator.fleet import FLEET
from operator_app.simulator.model import FAULTS
from operator_app.ui.small_pages import FAULT_LABELS, TrainingPage, fault_label
from tests.ui.test_main_window import console, tap  # noqa: F401 - console: a fixture

DPI = 149.0  # a 10-inch 1280x800 panel



class Trainer:
    """Stands in for the simulator's trainer channel: records commands, answers as told."""

    def __init__(self) -> None:
        self.sent: list[str] = []
        self.answers: dict[str, str] = {}

    def __call__(self, command: str) -> str:
        self.sent.append(command)
        verb = command.split()[0]
        return self.answers.get(command, self.answers.get(verb, f"OK injected {command}"))


@pytest.fixture
def trainer() -> Trainer:
    return Trainer()


@pytest.fixture
def page(qtbot, styled, trainer) -> TrainingPage:
    p = TrainingPage(DPI, trainer, [v.plate for v in FLEET], dict(FAULTS), 8)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    qtbot.waitExposed(p)
    return p


def names() -> list[str]:
    return [spec.split("[")[0] for spec in FAULTS]


def test_every_fault_has_a_label_in_words(page: TrainingPage) -> None:
    for name in names():
        assert name in FAULT_LABELS, name
        text = fault_label(name)
        assert text and text != name and text != name.replace("_", " ") and "_" not in text, name
        assert page.fault_buttons[name].text() == text
    assert fault_label("estop") == "E-stop pressed"
    assert fault_label("hv_interlock") == "HV interlock open"
    assert fault_label("charger_fault") == "Charger fault in the chosen slot"
    assert fault_label("brake_fade") == "Brake fade"  # a fault without a label yet: in words


def test_the_fault_buttons_fit_the_width(page: TrainingPage) -> None:
    area = page.findChild(QScrollArea)
    assert area.horizontalScrollBar().maximum() == 0  # nothing off to the right


def test_the_answer_is_seen_right_after_a_tap_wherever_the_page_is_scrolled(
        qtbot, page: TrainingPage, trainer: Trainer) -> None:
    area = page.findChild(QScrollArea)
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0  # the page scrolls at 1280x800: the test means something
    bar.setValue(bar.maximum())  # down where the fault buttons are
    estop = page.fault_buttons["estop"]
    area.ensureWidgetVisible(estop)
    qtbot.mouseClick(estop, Qt.MouseButton.LeftButton)
    assert trainer.sent == ["fault estop"]
    answer = page.answer
    assert answer.text() == "Done: E-stop pressed"
    assert answer.isVisible() and answer.wordWrap()
    assert not area.isAncestorOf(answer)  # not in the scrolled part
    shown = QRect(answer.mapTo(page, QPoint(0, 0)), answer.size())
    assert page.rect().contains(shown), (shown, page.rect())
    assert shown.bottom() < area.mapTo(page, QPoint(0, 0)).y()  # above the scroll area
    assert answer.visibleRegion().boundingRect() == answer.rect()  # nothing covers it
    assert answer.font().bold()
    # a slot fault acts on the chosen slot, and says which
    bar.setValue(0)
    qtbot.mouseClick(page.findChild(type(estop), "faultSlot3"), Qt.MouseButton.LeftButton)
    bar.setValue(bar.maximum())
    qtbot.mouseClick(page.fault_buttons["charger_fault"], Qt.MouseButton.LeftButton)
    assert trainer.sent[-1] == "fault charger_fault:3"
    assert answer.text() == "Done: Charger fault in the chosen slot (slot 3)"
    assert page.rect().contains(QRect(answer.mapTo(page, QPoint(0, 0)), answer.size()))


def test_the_simulators_answers_in_words(qtbot, page: TrainingPage, trainer: Trainer) -> None:
    trainer.answers = {"leave": "ERR the bay is empty",
                       "arrive": "OK 70-8812 drives into the bay",
                       "clear": "OK injected faults cleared",
                       "fault silent": "ERR unknown fault 'silent'"}
    qtbot.mouseClick(page.leave_button, Qt.MouseButton.LeftButton)
    assert page.answer.text() == "Not done: The bay is empty."
    qtbot.mouseClick(page.random_button, Qt.MouseButton.LeftButton)
    assert page.answer.text() == "Done: 70-8812 drives into the bay."
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert page.answer.text() == "Done: Injected faults cleared."
    qtbot.mouseClick(page.fault_buttons["silent"], Qt.MouseButton.LeftButton)
    assert page.answer.text() == "Not done: unknown fault 'silent'"  # the simulator's reason


def test_the_real_simulators_refusals_say_what_to_do(qtbot, console) -> None:  # noqa: F811
    """A second vehicle sent while one is in the bay: the simulated station's own refusal,
    in the console's words, with the button that helps."""
    c = console()
    w = c.window
    page = w.training_page
    qtbot.mouseClick(w.sim_banner, Qt.MouseButton.LeftButton)
    tap(qtbot, c.button("sendVehicle0"))
    assert page.answer.text().startswith("Done: ")
    tap(qtbot, c.button("sendVehicle1"))
    assert page.answer.text() == ("Not done: A vehicle is already in the bay: tap Vehicle "
                                  "leaves first.")
    assert page.leave_button.text() == "Vehicle leaves"
    rack = c.stack.sim.model.rack
    empty = next(i for i, slot in enumerate(rack, 1) if slot.pack is None)
    assert page.slot_group.button(empty) is not None
    tap(qtbot, c.button(f"faultSlot{empty}"))  # a pack's fault on a slot with no pack
    tap(qtbot, c.button("fault_insulation_drop"))
    assert page.answer.text() == f"Not done: Slot {empty} holds no pack: choose another slot."
