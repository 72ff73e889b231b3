"""Guards on the Qt binding itself: the pinned PySide6 must not corrupt the interpreter.

PySide6 6.12.0 on Python 3.11 returns ``True`` from ``SignalInstance.emit`` without
taking a reference: every emit steals one reference to ``True``, and after a few hundred
signals the interpreter aborts ("Fatal Python error: bool_dealloc"). The console emits
several signals per poll, ten polls a second, so it would die within a minute. This is
why PySide6-Essentials is pinned to 6.11.3; the test fails on any version with the bug.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    with_object = Signal(object)


def test_emitting_a_signal_keeps_the_reference_count_of_true(qapp) -> None:
    e = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(200):
        e.plain.emit()
        e.with_object.emit(1)
    assert sys.getrefcount(True) - before > -20, (
        "this PySide6 leaks references to True on every emit: the console would abort")
