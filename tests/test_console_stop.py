"""A clean stop on SIGTERM (what systemd sends), and a clear error without a display."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def events(db: Path) -> list[str]:
    if not db.exists():
        return []
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return [k for (k,) in conn.execute("SELECT kind FROM events ORDER BY seq")]
    except sqlite3.OperationalError:
        return []
    finally:
        conn.close()


def test_sigterm_closes_the_console_cleanly(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    console = subprocess.Popen(
        [sys.executable, "-m", "operator_app", "--simulate", "--time-scale", "20",
         "--data-dir", str(tmp_path)], env=env, cwd=ROOT, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True)
    db = tmp_path / "journal.sqlite"
    try:
        deadline = time.monotonic() + 60
        while "link.identity" not in events(db):  # up, and talking to its controller
            assert console.poll() is None, console.communicate()[1]
            assert time.monotonic() < deadline, "the console did not come up"
            time.sleep(0.2)
        children = [int(p) for p in subprocess.run(
            ["pgrep", "-P", str(console.pid)], capture_output=True, text=True).stdout.split()]
        assert children  # the simulated station runs in a child process
        console.send_signal(signal.SIGTERM)
        _, err = console.communicate(timeout=30)
    finally:
        if console.poll() is None:
            console.kill()
    assert console.returncode == 0, err
    assert "SIGTERM received: closing" in err
    assert events(db)[-1] == "console.stop"
    lock = tmp_path / "journal.lock"
    import fcntl  # the directory is free again: the lock went with the console

    fd = os.open(lock, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    finally:
        os.close(fd)
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in children):  # its simulator went with it
        assert time.monotonic() < deadline, "the simulated station was left running"
        time.sleep(0.1)


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_without_a_display_it_says_so_in_one_line_and_touches_nothing(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "operator_app", "--simulate", "--data-dir",
                           str(tmp_path / "data")], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "no display" in lines[0] and "xvfb-run" in lines[0], lines
    assert "Reinstalling" not in done.stderr
    assert not (tmp_path / "data").exists()


def test_garbage_is_collected_on_the_gui_thread_only(qtbot) -> None:
    """The console turns Python's automatic collection off (a worker thread would otherwise
    free garbage QObjects) and collects on a timer of the GUI thread instead."""
    import gc
    import threading
    import weakref

    # what earlier tests left for deletion is deleted first: thousands of objects freed while
    # this test waits would bring the collector's count back under its threshold (as in
    # CPython's own collector, frees offset allocations), and nothing would be due
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from operator_app.app import collect_on_the_gui_thread

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    collect_on_the_gui_thread(QApplication.instance())
    assert not gc.isenabled()

    class Node:
        pass

    first = Node()
    first.me = first  # a cycle: only the collector frees it
    gone = weakref.ref(first)
    del first
    where: list[str] = []

    def allocate() -> None:  # a worker allocating plenty: it must not collect
        junk = [[Node()] for _ in range(5000)]
        where.append("worker done" if gone() is not None else "collected in the worker")
        del junk

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert where == ["worker done"]
    for _ in range(3 * gc.get_threshold()[0]):  # garbage enough that a collection is due
        n = Node()
        n.me = n
    qtbot.waitUntil(lambda: gone() is None, timeout=5000)  # the GUI thread's timer did
