"""The bay camera through real Qt Multimedia: a clip recorded here, played into the bay view."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage

from operator_app.ui.bay_view import BayView
from operator_app.ui.camera import BayCamera

try:
    from PySide6 import QtMultimedia as Mm
except ImportError:  # the optional 'camera' extra; the test extra installs it
    Mm = None

pytestmark = pytest.mark.skipif(Mm is None and not os.environ.get("CI"),
                                reason="Qt Multimedia (PySide6-Addons) is not installed")


def record_clip(qtbot, path: Path, colour: QColor, frames: int = 25) -> None:
    """A short MPEG-4 clip of one colour, made with Qt's own recorder from generated frames."""
    assert Mm is not None, "Qt Multimedia is missing: pip install -e '.[test]'"
    session = Mm.QMediaCaptureSession()
    source = Mm.QVideoFrameInput()
    session.setVideoFrameInput(source)
    recorder = Mm.QMediaRecorder()
    session.setRecorder(recorder)
    recorder.setOutputLocation(QUrl.fromLocalFile(str(path)))
    recorder.setMediaFormat(Mm.QMediaFormat(Mm.QMediaFormat.FileFormat.MPEG4))
    image = QImage(320, 180, QImage.Format.Format_RGB32)
    image.fill(colour)
    sent = [0]

    def push() -> None:
        if sent[0] >= frames:
            recorder.stop()
            return
        frame = Mm.QVideoFrame(image)
        frame.setStartTime(sent[0] * 40_000)
        frame.setEndTime((sent[0] + 1) * 40_000)
        if source.sendVideoFrame(frame):
            sent[0] += 1

    source.readyToSendVideoFrame.connect(push)
    recorder.record()
    push()
    qtbot.waitUntil(lambda: recorder.recorderState()
                    is Mm.QMediaRecorder.RecorderState.StoppedState, timeout=15000)
    assert path.exists() and path.stat().st_size > 500, recorder.errorString()


def test_a_video_source_is_drawn_under_the_overlay(qtbot, tmp_path: Path) -> None:
    clip = tmp_path / "bay.mp4"
    record_clip(qtbot, clip, QColor(0, 200, 0))
    view = BayView()
    qtbot.addWidget(view)
    view.resize(640, 360)
    view.show()
    camera = BayCamera(str(clip), view)
    assert camera.error == "" and view.camera_note == f"camera {clip}"
    qtbot.waitUntil(lambda: view.frame is not None, timeout=10000)
    drawn = view.grab().toImage().pixelColor(300, 150)  # inside the bay, under the overlay
    assert drawn.green() > 150 and drawn.red() < 60 and drawn.blue() < 60


def test_a_missing_local_camera_is_explained(qtbot) -> None:
    view = BayView()
    qtbot.addWidget(view)
    camera = BayCamera("device:7", view)
    found = len(Mm.QMediaDevices.videoInputs())
    assert camera.error == f"camera device:7: no such local camera ({found} found)"
    assert view.camera_note == camera.error
