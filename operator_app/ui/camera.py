"""The bay camera, when one is configured and Qt Multimedia (PySide6-Addons) is installed.

``SOURCE`` is a video URL or file (``rtsp://...``, ``/path/bay.mp4``) or ``device:N`` for the
N-th local camera. Frames go to the bay view, which draws its sensor overlay on top. Without
Qt Multimedia the console runs on with the drawn bay and says why there is no image.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QUrl

log = logging.getLogger(__name__)


class BayCamera(QObject):
    """Owns the media objects; ``error`` is set (in words) when there is no image."""

    def __init__(self, source: str, view: Any, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else view)  # gone with the view
        self.source, self.view, self.error = source, view, ""
        self._keep: list[QObject] = []
        try:
            from PySide6 import QtMultimedia as Mm
        except ImportError:
            self.error = self.tr("camera %1 is configured, but Qt Multimedia is not installed "
                                 "(pip install 'operator-app[camera]')").replace("%1", source)
            view.set_camera_note(self.error)
            return
        sink = Mm.QVideoSink(self)
        # a bound method of the view: queued into the GUI thread (frames arrive on a media
        # thread) and disconnected when the view goes
        sink.videoFrameChanged.connect(view.show_video_frame)
        if source.startswith("device:"):
            devices = Mm.QMediaDevices.videoInputs()
            index = int(source.split(":", 1)[1] or 0)
            if not 0 <= index < len(devices):
                self.error = self.tr("camera %1: no such local camera (%2 found)").replace(
                    "%1", source).replace("%2", str(len(devices)))
                view.set_camera_note(self.error)
                return
            camera = Mm.QCamera(devices[index], self)
            session = Mm.QMediaCaptureSession(self)
            session.setCamera(camera)
            session.setVideoSink(sink)
            camera.start()
            self._keep += [camera, session]
        else:
            player = Mm.QMediaPlayer(self)
            player.setVideoSink(sink)
            player.setLoops(Mm.QMediaPlayer.Loops.Infinite)
            player.errorOccurred.connect(
                lambda _e, text: view.set_camera_note(
                    self.tr("camera %1: %2").replace("%1", source).replace("%2", text)))
            url = QUrl(source) if "://" in source else QUrl.fromLocalFile(source)
            player.setSource(url)
            player.play()
            self._keep.append(player)
        self._keep.append(sink)
        view.set_camera_note(self.tr("camera %1").replace("%1", source))
