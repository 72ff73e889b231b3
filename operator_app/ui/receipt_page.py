"""The swap receipt: what the driver got, and a QR code with the transaction's identifiers.

Built from the swap's final journal record (the same numbers the fleet backend
receives): vehicle, packs out and in with their charge, energy delivered,
duration and result. The QR code holds the station and transaction ids so a
driver's phone or the fleet office can find the record.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from operator_app.ui import local
from operator_app.ui.widgets import Page


def energy_method(record: dict[str, Any]) -> str | None:
    """How a swap's energy was had: "metered" when every pack installed carries the energy
    its chargers metered into it (``charged_kwh``), else "bms_estimate"; None: no energy."""
    if record.get("energy_delivered_kwh") is None:
        return None
    packs = record.get("packs_in") or []
    if packs and all(p.get("charged_kwh") is not None for p in packs):
        return "metered"
    return "bms_estimate"


def receipt_payload(record: dict[str, Any], station_id: str) -> str:
    """The QR code's text: compact JSON with the identifiers a backend needs to find it."""
    return json.dumps({
        "v": 1, "station": station_id, "swap": record.get("id"),
        "plate": record.get("vehicle_plate"), "ended": record.get("ended_at"),
        "in": [p.get("code") for p in record.get("packs_in") or []],
        "out": [p.get("code") for p in record.get("packs_out") or []],
        "kwh": record.get("energy_delivered_kwh"), "result": record.get("result"),
    }, separators=(",", ":"), ensure_ascii=False)


class QrView(QWidget):
    """A QR code drawn module by module: black on white, whatever the theme."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("receiptQr")
        self.matrix: list[list[bool]] = []
        self.payload = ""
        self.setMinimumSize(240, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_payload(self, payload: str) -> None:
        self.payload = payload
        import segno  # here, not at start-up: it is needed when a swap has ended

        qr = segno.make(payload, error="m", micro=False)
        self.matrix = [[bool(m) for m in row] for row in qr.matrix_iter(scale=1, border=4)]
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        side = min(self.width(), self.height())
        p.fillRect(QRectF(0, 0, side, side), QColor("white"))
        if self.matrix:
            n = len(self.matrix)
            m = side / n
            for y, row in enumerate(self.matrix):
                for x, dark in enumerate(row):
                    if dark:
                        p.fillRect(QRectF(x * m, y * m, m + 0.5, m + 0.5), QColor("black"))
        p.end()


class ReceiptPage(Page):
    def __init__(self, dpi: float, station_id: str) -> None:
        super().__init__(self.tr("Swap receipt"), dpi, "receiptPage")
        self.station_id = station_id
        self.record: dict[str, Any] | None = None
        row = QHBoxLayout()
        self.summary = QLabel("")
        self.summary.setObjectName("receiptSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setStyleSheet("font-size: 15pt;")
        self.qr = QrView()
        row.addWidget(self.summary, 3)
        row.addWidget(self.qr, 2)
        self.body.addLayout(row, 1)
        hint = QLabel(self.tr("The driver can scan the code to keep this swap's record."))
        self.body.addWidget(hint)

    def show_record(self, record: dict[str, Any]) -> None:
        self.record = record
        results = {"completed": self.tr("completed"), "failed": self.tr("FAILED"),
                   "aborted": self.tr("aborted"), "unknown": self.tr("result unknown")}

        def packs(items: list[dict[str, Any]]) -> str:
            if not items:
                return self.tr("none recorded")
            return "; ".join(
                self.tr("%1 (slot %2, %3 %)").replace("%1", str(p.get("code") or "?"))
                .replace("%2", str(p.get("slot") or "-"))
                .replace("%3", "-" if p.get("soc_pct") is None else local.number(p["soc_pct"]))
                for p in items)

        ended = record.get("ended_at")
        try:
            when = local.date_time(ended) if ended else "-"
        except ValueError:
            when = str(ended)
        energy = record.get("energy_delivered_kwh")
        duration = record.get("duration_s")
        whole = None if duration is None else round(duration)  # 59.6 s: "1 min 0 s"
        lines = [
            self.tr("Vehicle: %1 (%2)").replace("%1", record.get("vehicle_plate") or "?")
            .replace("%2", record.get("fleet") or "-"),
            self.tr("Result: %1").replace("%1", results.get(record.get("result") or "",
                                                             str(record.get("result")))),
            self.tr("Packs removed: %1").replace("%1", packs(record.get("packs_out") or [])),
            self.tr("Packs installed: %1").replace("%1", packs(record.get("packs_in") or [])),
            (self.tr("Energy delivered: %1 kWh (metered into the packs installed)")
             if energy_method(record) == "metered" else
             self.tr("Energy delivered: %1 kWh (estimated from the packs' SoC)")
             if energy is not None else self.tr("Energy delivered: %1 kWh")).replace(
                "%1", "-" if energy is None else local.number(energy, 1)),
            self.tr("Duration: %1 min %2 s").replace(
                "%1", "-" if whole is None else local.number(whole // 60))
            .replace("%2", "-" if whole is None else local.number(whole % 60)),
            self.tr("Ended: %1").replace("%1", when),
            self.tr("Transaction: %1").replace("%1", str(record.get("id"))),
            self.tr("Station: %1").replace("%1", self.station_id or "-"),
        ]
        if record.get("not_recorded"):
            lines.insert(0, self.tr("NOT RECORDED in the station journal: %1").replace(
                "%1", str(record["not_recorded"])))
        self.summary.setText("\n".join(lines))
        self.qr.set_payload(receipt_payload(record, self.station_id))
