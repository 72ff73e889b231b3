"""The journal's libraries at start-up: sqlite-utils is imported without numpy (a tenth of a
second of every start, for number types the journal never stores), and numpy stays
importable for whatever needs it later."""

from __future__ import annotations

import subprocess
import sys


def test_the_journal_imports_without_numpy_and_numpy_still_imports() -> None:
    code = ("import sys, operator_app.storage.journal, sqlite_utils.db as d; "
            "assert 'numpy' not in sys.modules, 'numpy was imported'; "
            "assert d.np is None; import numpy; print('ok', numpy.__name__)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "ok numpy"
