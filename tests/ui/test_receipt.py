"""The receipt says where its energy figure comes from: the meters, or the packs' SoC."""

from __future__ import annotations

import pytest

from operator_app.ui.receipt_page import ReceiptPage, energy_method

RECORD = {"id": "S1", "vehicle_plate": "70-8812", "fleet": "Ready-mix", "result": "completed",
          "ended_at": "2026-12-02T03:00:00+00:00", "duration_s": 312.0,
          "packs_out": [{"code": "P9", "slot": 2, "soc_pct": 14.0, "energy_kwh": 22.1}],
          "packs_in": [{"code": "P1", "slot": 1, "soc_pct": 97.0, "energy_kwh": 155.0,
                        "charged_kwh": 131.6}],
          "energy_delivered_kwh": 131.6}


@pytest.mark.parametrize(("charged", "words", "method"), [
    (131.6, "Energy delivered: 131.6 kWh (metered into the packs installed)", "metered"),
    (None, "Energy delivered: 131.6 kWh (estimated from the packs' SoC)", "bms_estimate")])
def test_the_receipt_names_the_source_of_its_energy(qtbot, charged, words, method) -> None:
    record = {**RECORD, "packs_in": [{**RECORD["packs_in"][0], "charged_kwh": charged}]}
    page = ReceiptPage(96.0, "T-01")
    qtbot.addWidget(page)
    page.show_record(record)
    assert words in page.summary.text()
    assert energy_method(record) == method
    assert energy_method({**record, "energy_delivered_kwh": None}) is None
