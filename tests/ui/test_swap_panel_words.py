"""The swap panel says the plan, why there is none and why a step is slow in the console's
language; the journal keeps them in English. So does the status bar's default station name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Signal

from operator_app.domain import station as st
from operator_app.domain.alarms import pack_alarm_def, title
from operator_app.domain.selection import T_READY, counted
from operator_app.domain.supervisor import Phase, Transaction
from operator_app.domain.tracker import StepView, slow_reason
from operator_app.domain.vehicles import IdMethod
from operator_app.i18n import Languages
from operator_app.services.demo import demo_registry
from operator_app.services.swap_service import SwapService
from operator_app.ui.main_window import MainWindow, WindowOptions
from operator_app.ui.station_panel import say
from operator_app.ui.swap_panel import SwapPanel
from operator_app.ui.texts import alarm_text, alarm_title
from tests.domain.test_supervisor import MIXER, Station
from tests.people import people_session
from tests.services.recording_port import Sink


@pytest.fixture
def portuguese(qapp):
    languages = Languages()
    assert languages.use("pt_BR") is None
    yield
    languages.use("en")


class NoLink(QObject):
    """The service's link: the test hands it the snapshots itself; commands go nowhere."""

    snapshot_ready = Signal(object)

    class Pending:
        def on_update(self, callback) -> None:
            pass

    def send_command(self, request) -> Pending:
        return self.Pending()


def panel_with(qtbot, station: Station) -> tuple[SwapService, SwapPanel, Sink]:
    journal = Sink()
    service = SwapService(NoLink(), demo_registry(), journal)  # type: ignore[arg-type]
    panel = SwapPanel(service, dpi=96.0, operator="ana")
    qtbot.addWidget(panel)
    station.console.ready_vehicle(MIXER.plate)
    service.on_snapshot(station.snapshot())
    return service, panel, journal


def test_the_plan_is_explained_in_portuguese(qtbot, portuguese) -> None:
    service, panel, journal = panel_with(qtbot, Station(seed=7))
    assert panel.identify(MIXER.plate, IdMethod.CAMERA)
    assert service.tx.phase is Phase.PLANNED
    text = panel.plan.text()
    assert "do tipo A do rack" in text and "; escolha por maior SoC, depois menos ciclos: " \
        "posição " in text and "ciclos)" in text, text
    assert "Bateria descarregada para a posição" in text
    assert "chosen" not in text and "ready" not in text
    # the journal's audit of the start keeps the English
    panel._arm()
    panel._confirm()
    audit = next(c for c in journal.calls if c[0] == "audit" and c[3] == "swap start")
    assert "chosen by highest SoC, then fewest cycles" in audit[4]["plan"]


def test_why_there_is_no_plan_is_said_in_portuguese_once(qtbot, portuguese) -> None:
    station = Station(seed=7)
    for slot in station.model.rack:
        if slot.pack is not None and slot.pack.type is MIXER.pack_type:
            slot.pack.soc = 60.0
    station.console.run(2)
    service, panel, journal = panel_with(qtbot, station)
    assert panel.identify(MIXER.plate, IdMethod.CAMERA)
    assert service.tx.phase is Phase.IDENTIFIED
    text = panel.plan.text()
    assert text.startswith("precisa de 1 bateria do tipo A, 0 pronta: "), text
    assert "carregando" in text and "needs" not in text and "charging" not in text
    assert panel.message.text() != text and "needs" not in panel.message.text()
    refused = [c[2] for c in journal.calls if c[:2] == ("append_event", "swap.refused")]
    assert refused and refused[-1]["reason"].startswith("needs 1 pack of type A, 0 ready: ")


def test_a_slow_steps_reason_is_said_in_portuguese(qtbot, portuguese) -> None:
    station = Station(seed=7)
    service, panel, _ = panel_with(qtbot, station)
    snap = station.snapshot()
    service.supervisor.tx = tx = Transaction(vehicle=MIXER, phase=Phase.RUNNING, steps=[
        StepView(st.SwapStep.UNLOCK, 1, 60.0, 20.0, True, slow_reason(snap))])
    panel.show_transaction(tx)
    rows = [panel.steps.item(i).text() for i in range(panel.steps.count())]
    slow = [i for i, r in enumerate(rows) if "o controlador não informou o motivo" in r]
    assert len(slow) == 1 and "no reason" not in rows[slow[0]], rows
    assert [i for i in range(len(rows)) if panel.steps.item(i).font().bold()] == slow


def test_plurals_in_portuguese(portuguese) -> None:
    assert say(counted(T_READY, 1, "C")) == "1 bateria do tipo C do rack está pronta"
    assert say(counted(T_READY, 3, "C")) == "3 baterias do tipo C do rack estão prontas"


def test_every_pack_alarm_is_said_in_portuguese(portuguese) -> None:
    for flag in st.AlarmFlag:
        if not flag:
            continue
        d = pack_alarm_def(flag, 2)
        for text, shown in ((d.cause, alarm_text(d.cause)), (d.action, alarm_text(d.action))):
            assert shown != text, (flag, text)
        assert alarm_title(d.code) != title(d.code), d.code


def test_the_default_station_name_is_translated_and_a_configured_one_kept(
        qtbot, stack, portuguese) -> None:
    made = stack()
    session = people_session(made.journal.port)
    unnamed = MainWindow(made.services, session, WindowOptions(dpi=96.0, simulated=True))
    qtbot.addWidget(unnamed)
    assert unnamed.strip.station.full == "Estação de troca"
    assert unnamed.windowTitle().startswith("Estação de troca: ")
    named = MainWindow(made.services, session, WindowOptions(station_name="Swap station",
                                                             dpi=96.0, simulated=True))
    qtbot.addWidget(named)
    assert named.strip.station.full == "Swap station"  # as typed, in any language
