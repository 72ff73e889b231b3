"""The bay view: without a camera, the bay drawn from the controller's sensors.

Shows the vehicle's outline where it stands relative to the target, its offsets in
mm, what the driver should do ("forward 0.4 m", "stop"), the lift's height and
load and the shuttle's position, and says plainly that no camera is configured.
A renderer: it draws the last snapshot and decides nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QPen
from PySide6.QtWidgets import QWidget

from operator_app.domain.guidance import DriverGuidance, Move, driver_guidance
from operator_app.domain.snapshot import StationSnapshot
from operator_app.ui import local
from operator_app.ui.sizes import Sizes
from operator_app.ui.theme import DAY, Palette

BAY_LENGTH_MM = 16000.0  # what the view spans along the bay
BAY_WIDTH_MM = 4500.0
VEHICLE_LENGTH_MM = 9000.0
VEHICLE_WIDTH_MM = 2550.0
LIFT_SCALE_MM = 2500.0  # the lift gauge's full height


class BayView(QWidget):
    def __init__(self, palette: Palette = DAY, parent: QWidget | None = None,
                 dpi: float = 96.0) -> None:
        super().__init__(parent)
        self.setObjectName("bayView")
        self.palette_ = palette
        self.sizes = Sizes(dpi)
        self.snap: StationSnapshot | None = None
        self.stale = False  # the link is down: what is drawn is the last known state
        self.stale_age = ""  # "12 s old"
        self.camera_note = ""  # set when a camera is configured: its source, or why no image
        self.frame: QImage | None = None
        self._pitch = 0.0  # mm between shuttle stops, learnt from the controller
        self.setMinimumSize(self.sizes.px(50), 4 * self.sizes.body + self.sizes.px(12))

    def set_camera_note(self, note: str) -> None:
        self.camera_note = note
        self.update()

    def show_video_frame(self, frame) -> None:  # a QVideoFrame (Qt Multimedia is optional)
        self.set_frame(frame.toImage())

    def set_frame(self, image: QImage) -> None:
        """The camera's latest image, drawn under the overlay."""
        self.frame = image
        self.update()

    def set_palette(self, palette: Palette) -> None:
        self.palette_ = palette
        self.update()

    def show_snapshot(self, snap: StationSnapshot) -> None:
        self.snap = snap
        self.update()

    def guidance_text(self) -> str:
        if self.snap is None:
            return self.tr("waiting for the station")
        g: DriverGuidance = driver_guidance(self.snap.bay)
        texts = {
            Move.NONE: self.tr("bay empty"),
            Move.WAIT: self.tr("wait"),
            Move.STOP: self.tr("STOP: in position"),
            Move.FORWARD: self.tr("forward %1 m"),
            Move.BACK: self.tr("back %1 m"),
            Move.LEFT: self.tr("steer left %1 m"),
            Move.RIGHT: self.tr("steer right %1 m"),
        }
        text = texts[g.move].replace("%1", local.number(g.metres, 2))
        plate = self.snap.bay.plate if self.snap.bay.vehicle_present else ""
        return self.tr("%1: %2").replace("%1", plate).replace("%2", text) if plate else text

    def info_text(self) -> str:
        """Offsets, lift and shuttle in figures; a value the link flagged out of range reads
        "invalid", never as a figure."""
        snap = self.snap
        if snap is None:
            return ""
        m, b, bad = snap.machine, snap.bay, snap.invalid
        invalid = self.tr("invalid")

        def shown(name: str, value, decimals: int, sign: bool = False) -> str:
            if name in bad:
                return invalid
            if value is None:
                return "-"
            return local.signed(value, decimals) if sign else local.number(value, decimals)

        return self.tr("offsets %1 / %2 mm   lift %3 mm, %4 kg   shuttle %5 m").replace(
            "%1", shown("bay.longitudinal_offset", b.longitudinal_offset, 0, True)).replace(
            "%2", shown("bay.lateral_offset", b.lateral_offset, 0, True)).replace(
            "%3", shown("lift.height", m.lift_height, 0)).replace(
            "%4", shown("lift.load", m.lift_load, 0)).replace(
            "%5", shown("shuttle.position", None if m.shuttle_position is None
                        else m.shuttle_position / 1000, 1))

    def _draw_machine(self, p: QPainter, lift: QRectF, shuttle: QRectF) -> None:
        """The lift's height as a gauge beside the bay; the shuttle's place on a strip below
        it, from the bay (B) to the last slot."""
        pal, snap = self.palette_, self.snap
        p.setPen(QPen(QColor(pal.border), 1))
        p.drawRect(lift)
        p.drawRect(shuttle)
        if snap is None:
            return
        m = snap.machine
        small = self.sizes.font(self.sizes.body)
        p.setFont(small)
        line = QFontMetrics(small).height()
        if m.lift_height is not None:
            share = max(0.0, min(1.0, m.lift_height / LIFT_SCALE_MM))
            top = lift.bottom() - share * lift.height()
            p.fillRect(QRectF(lift.left() + 1, top, lift.width() - 2, lift.bottom() - top),
                       QColor(pal.muted))
        p.setPen(QColor(pal.text))
        p.drawText(QRectF(lift.left() - 20, lift.top() - line, lift.width() + 40, line),
                   Qt.AlignmentFlag.AlignCenter, self.tr("lift"))
        stops = len(snap.slots) + 1  # the bay, then each slot
        step = shuttle.width() / stops
        for i in range(stops):
            p.drawText(QRectF(shuttle.left() + i * step, shuttle.top(), step, shuttle.height()),
                       Qt.AlignmentFlag.AlignCenter, "B" if i == 0 else str(i))
        loc, pos = m.shuttle_location, m.shuttle_position
        if loc is not None and loc > 0 and pos:
            self._pitch = pos / loc  # learnt from the controller, for positions between stops
        at = loc if loc is not None else (pos / self._pitch if pos and self._pitch else None)
        if at is not None:
            x = shuttle.left() + (at + 0.5) * step
            p.setPen(QPen(QColor(pal.text), 3))
            p.drawRect(QRectF(x - step / 2 + 2, shuttle.top() + 1, step - 4, shuttle.height() - 2))

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette_
        w, h = self.width(), self.height()
        p.fillRect(self.rect(), QColor(pal.panel))
        font = self.sizes.font(self.sizes.title, bold=True)
        small = self.sizes.font(self.sizes.body)
        line = QFontMetrics(small).height()
        big = QFontMetrics(font).height()
        gauge = self.sizes.px(6)
        bay = QRectF(line, 2 * line + 4, w - 2 * line - gauge - 16, h - 4 * line - big - 8)
        self._draw_machine(p, QRectF(bay.right() + 12, bay.top(), gauge, bay.height()),
                           QRectF(bay.left(), bay.bottom() + 4, bay.width(), line))
        if self.frame is not None and not self.frame.isNull():
            p.drawImage(bay, self.frame)
        p.setPen(QPen(QColor(pal.border), 2))
        p.drawRect(bay)
        sx = bay.width() / BAY_LENGTH_MM
        sy = bay.height() / BAY_WIDTH_MM
        # the target: where the vehicle's pack bay must stand
        cx, cy = bay.center().x(), bay.center().y()
        p.setPen(QPen(QColor(pal.muted), 1, Qt.PenStyle.DashLine))
        p.drawLine(int(cx), int(bay.top()), int(cx), int(bay.bottom()))
        snap = self.snap
        if snap is not None and snap.bay.vehicle_present:
            lo = snap.bay.longitudinal_offset or 0
            la = snap.bay.lateral_offset or 0
            vw, vh = VEHICLE_LENGTH_MM * sx, VEHICLE_WIDTH_MM * sy
            vx = cx + lo * sx - vw / 2
            vy = cy + la * sy - vh / 2
            g = driver_guidance(snap.bay)
            ok = g.move is Move.STOP
            p.setPen(QPen(QColor(pal.text if ok else pal.alarm_medium), 3))
            p.drawRect(QRectF(vx, vy, vw, vh))
            p.drawLine(int(vx + vw), int(vy + vh / 2), int(vx + vw - 20), int(vy + vh / 2))
        p.setPen(QColor(pal.muted if self.stale else pal.text))
        p.setFont(font)
        p.drawText(QRectF(0, h - big - 2, w, big), Qt.AlignmentFlag.AlignCenter,
                   QFontMetrics(font).elidedText(self.guidance_text(),
                                                 Qt.TextElideMode.ElideRight, w - 8))
        p.setFont(small)
        p.setPen(QColor(pal.muted))
        note = self.camera_note or self.tr("no camera configured: bay drawn from the "
                                           "positioning sensors")
        p.drawText(QRectF(line, 2, w - 2 * line, line), Qt.AlignmentFlag.AlignLeft,
                   QFontMetrics(small).elidedText(note, Qt.TextElideMode.ElideRight,
                                                  int(w - 2 * line)))
        if snap is not None:
            info = self.info_text()
            p.setPen(QColor(pal.muted if self.stale else pal.text))
            # on the line of the lift gauge's label: it stops before the label does
            gauge_mid = bay.right() + 12 + gauge / 2
            label_left = gauge_mid - QFontMetrics(small).horizontalAdvance(self.tr("lift")) / 2
            room = max(10.0, min(w - 2 * line, label_left - 8 - line))
            p.drawText(QRectF(line, 2 + line, room, line), Qt.AlignmentFlag.AlignLeft,
                       QFontMetrics(small).elidedText(info, Qt.TextElideMode.ElideRight,
                                                      int(room)))
        if self.stale:
            p.setFont(font)
            band = QRectF(0, h / 2 - big / 2 - 4, w, big + 8)
            p.fillRect(band, QColor(pal.alarm_medium))
            p.setPen(QColor("black"))
            text = self.tr("STALE, %1: last known position").replace(
                "%1", self.stale_age or self.tr("link down"))
            p.drawText(band, Qt.AlignmentFlag.AlignCenter,
                       QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, w - 8))
        p.end()
