"""The smaller pages: the trainer's simulation panel."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
)

from operator_app.ui.widgets import Page, button

PIN_MAX = 8
FAULT_COLUMNS = 3  # the training panel's fault buttons: their labels are words, not names

# The training panel's fault buttons in words, by the simulator's fault name (FAULTS in
# operator_app.simulator.model; a slot fault acts on the slot chosen above the buttons)
FAULT_LABELS: dict[str, str] = {
    "lock_jam": QT_TRANSLATE_NOOP("TrainingPage", "Lock head jams"),
    "lift_overload": QT_TRANSLATE_NOOP("TrainingPage", "Lift overload"),
    "shuttle_misalign": QT_TRANSLATE_NOOP("TrainingPage", "Shuttle misaligned"),
    "positioning": QT_TRANSLATE_NOOP("TrainingPage", "Vehicle cannot position"),
    "hv_interlock": QT_TRANSLATE_NOOP("TrainingPage", "HV interlock open"),
    "bms_handshake": QT_TRANSLATE_NOOP("TrainingPage", "BMS handshake fails"),
    "identity_mismatch": QT_TRANSLATE_NOOP("TrainingPage", "Pack code differs from plan"),
    "vehicle_hv_on": QT_TRANSLATE_NOOP("TrainingPage", "Vehicle keeps its HV on"),
    "parking_brake_off": QT_TRANSLATE_NOOP("TrainingPage", "Parking brake not confirmed"),
    "door_open": QT_TRANSLATE_NOOP("TrainingPage", "Bay door opened"),
    "load_mismatch": QT_TRANSLATE_NOOP("TrainingPage", "Load cell reads a wrong mass"),
    "lock_torque_low": QT_TRANSLATE_NOOP("TrainingPage", "Lock head torque low"),
    "charger_fault": QT_TRANSLATE_NOOP("TrainingPage", "Charger fault in the chosen slot"),
    "pack_alarm": QT_TRANSLATE_NOOP("TrainingPage", "Pack alarm in the chosen slot"),
    "insulation_drop": QT_TRANSLATE_NOOP("TrainingPage", "Insulation low in the chosen slot"),
    "bms_drift": QT_TRANSLATE_NOOP("TrainingPage", "BMS overstates health in the chosen slot"),
    "estop": QT_TRANSLATE_NOOP("TrainingPage", "E-stop pressed"),
    "light_curtain": QT_TRANSLATE_NOOP("TrainingPage", "Light curtain interrupted"),
    "silent": QT_TRANSLATE_NOOP("TrainingPage", "Controller stops answering"),
    "cable_pull": QT_TRANSLATE_NOOP("TrainingPage", "Serial cable pulled"),
    "corrupt_frames": QT_TRANSLATE_NOOP("TrainingPage", "Damaged answers"),
    "slow": QT_TRANSLATE_NOOP("TrainingPage", "Slow answers"),
    "drop_answers": QT_TRANSLATE_NOOP("TrainingPage", "Answers lost"),
    "line_noise": QT_TRANSLATE_NOOP("TrainingPage", "Noise on the line"),
    "heartbeat_freeze": QT_TRANSLATE_NOOP("TrainingPage", "Controller heartbeat stops"),
    "restart": QT_TRANSLATE_NOOP("TrainingPage", "Controller restarts"),
}

# The simulator's fixed answers (operator_app.simulator.training) in words the page translates;
# any other answer (a SimulatorError's reason) is shown as the simulator gave it
SIM_ANSWERS: dict[str, str] = {
    "the vehicle left the bay": QT_TRANSLATE_NOOP("TrainingPage", "The vehicle left the bay."),
    "injected faults cleared": QT_TRANSLATE_NOOP("TrainingPage", "Injected faults cleared."),
    "E-stop circuit reset at the cabinet; confirm with a reset at the console":
        QT_TRANSLATE_NOOP("TrainingPage", "E-stop circuit reset at the cabinet: confirm with "
                                          "a reset at the console."),
    "the bay is empty": QT_TRANSLATE_NOOP("TrainingPage", "The bay is empty."),
    "the bay's start button was pressed: the controller starts a swap":
        QT_TRANSLATE_NOOP("TrainingPage", "The bay's start button was pressed: the controller "
                                          "starts a swap."),
    "a swap is running: the vehicle is locked in the bay":
        QT_TRANSLATE_NOOP("TrainingPage", "A swap is running: the vehicle is locked in the "
                                          "bay."),
    "a vehicle is already in the bay":
        QT_TRANSLATE_NOOP("TrainingPage", "A vehicle is already in the bay: tap Vehicle "
                                          "leaves first."),
}
EMPTY_SLOT = re.compile(r"slot (\d+) is empty")  # the simulator's answer for a slot fault
ARRIVES = " drives into the bay"  # the simulator's "OK <plate> drives into the bay"


def fault_label(name: str) -> str:
    """A fault's button text, translated; a fault without a label reads as its name in words
    ("cable_pull" -> "Cable pull"), never as the raw name."""
    text = FAULT_LABELS.get(name)
    if text is None:
        return name.replace("_", " ").strip().capitalize()
    return QCoreApplication.translate("TrainingPage", text)  # tr: FAULT_LABELS


class TrainingPage(Page):
    """Simulation control for a trainer: send a vehicle, take it away, inject any fault."""

    def __init__(self, dpi: float, send: Callable[[str], str], plates: list[str],
                 faults: dict[str, str], slots: int) -> None:
        super().__init__(self.tr("SIMULATION: training controls"), dpi, "trainingPage",
                         scrolling=True)
        self.send = send
        intro = QLabel(self.tr("These controls act on the simulated station only. A vehicle "
                               "sent in drives into the bay as a real one would."))
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.body.addWidget(QLabel(self.tr("Send a vehicle into the bay")))
        grid = QGridLayout()
        self.vehicle_group = QButtonGroup(self)
        for i, plate in enumerate(plates):
            b = button(plate, f"sendVehicle{i}", dpi, primary=False)
            b.clicked.connect(lambda _=False, p=plate: self.command(f"arrive {p} ok"))
            grid.addWidget(b, i // 5, i % 5)
        self.body.addLayout(grid)
        row = QHBoxLayout()
        self.random_button = button(self.tr("Random vehicle"), "sendRandom", dpi,
                                    primary=False)
        self.random_button.clicked.connect(lambda: self.command("arrive"))
        self.misparked = button(self.tr("Vehicle that parks badly"), "sendMisparked", dpi,
                                primary=False)
        self.misparked.clicked.connect(lambda: self.command("arrive fail"))
        self.leave_button = button(self.tr("Vehicle leaves"), "vehicleLeaves", dpi,
                                   primary=False)
        self.leave_button.clicked.connect(lambda: self.command("leave"))
        self.bay_button = button(self.tr("Attendant presses the bay's start button"),
                                 "bayButton", dpi, primary=False)
        self.bay_button.clicked.connect(lambda: self.command("bay-button"))
        for b in (self.random_button, self.misparked, self.leave_button):
            row.addWidget(b)
        self.body.addLayout(row)
        self.body.addWidget(self.bay_button)
        self.body.addWidget(QLabel(self.tr("Inject a fault (slot faults act on the chosen "
                                           "slot)")))
        slot_row = QHBoxLayout()
        self.slot_group = QButtonGroup(self)
        for n in range(1, slots + 1):
            b = button(str(n), f"faultSlot{n}", dpi, primary=False)
            b.setCheckable(True)
            b.setChecked(n == 1)
            self.slot_group.addButton(b, n)
            slot_row.addWidget(b)
        slot_row.addStretch(1)
        self.body.addLayout(slot_row)
        fault_grid = QGridLayout()
        self.fault_buttons = {}
        for i, spec in enumerate(faults):
            name = spec.split("[")[0]
            b = button(fault_label(name), f"fault_{name}", dpi, primary=False)
            b.clicked.connect(lambda _=False, n=name, s=spec: self._inject(n, s))
            fault_grid.addWidget(b, i // FAULT_COLUMNS, i % FAULT_COLUMNS)
            self.fault_buttons[name] = b
        self.body.addLayout(fault_grid)
        row2 = QHBoxLayout()
        self.clear_button = button(self.tr("Clear injected faults"), "clearFaults", dpi,
                                   primary=False)
        self.clear_button.clicked.connect(lambda: self.command("clear"))
        self.cabinet_button = button(self.tr("E-stop reset key at the cabinet"),
                                     "cabinetReset", dpi, primary=False)
        self.cabinet_button.clicked.connect(lambda: self.command("cabinet-reset"))
        row2.addWidget(self.clear_button)
        row2.addWidget(self.cabinet_button)
        self.body.addLayout(row2)
        self.body.addStretch(1)
        # the answer to the last tap, under the title and outside the scroll area: seen right
        # after the tap, wherever the page is scrolled to
        self.answer = QLabel(self.tr("Tap a control: what the simulator did shows here."))
        self.answer.setObjectName("trainingAnswer")
        self.answer.setWordWrap(True)
        self.answer.setStyleSheet("font-weight: bold;")
        self.layout().insertWidget(1, self.answer)
        self.faults = faults

    def _inject(self, name: str, spec: str) -> None:
        slot = self.slot_group.checkedId()
        what = fault_label(name)
        if ":SLOT" in spec:
            self.command(f"fault {name}:{slot}", self.tr("%1 (slot %2)")
                         .replace("%1", what).replace("%2", str(slot)))
        else:
            self.command(f"fault {name}", what)

    def _say(self, body: str) -> str:
        """The simulator's answer in the console's language, where it is a known one."""
        if body in SIM_ANSWERS:
            return QCoreApplication.translate("TrainingPage", SIM_ANSWERS[body])  # tr: SIM_ANSWERS
        if body.endswith(ARRIVES):
            return self.tr("%1 drives into the bay.").replace("%1", body[:-len(ARRIVES)])
        empty = EMPTY_SLOT.fullmatch(body)
        if empty:
            return self.tr("Slot %1 holds no pack: choose another slot.").replace(
                "%1", empty.group(1))
        return body

    def command(self, text: str, done: str = "") -> str:
        """Send one trainer command; the answer line says what happened (``done``: the words
        for a success, else the simulator's own)."""
        try:
            answer = self.send(text)
        except (RuntimeError, OSError) as exc:
            answer = f"ERR {exc}"
        ok = answer.startswith("OK")
        body = answer[3:] if answer[:3] in ("OK ", "ERR") else answer
        said = done if ok and done else self._say(body.strip())
        self.answer.setText((self.tr("Done: %1") if ok else self.tr("Not done: %1"))
                            .replace("%1", said))
        return answer
