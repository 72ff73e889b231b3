"""Version and build information for ``--version`` and the about box.

A bundle carries ``build_info.json`` (written by packaging/build.py: git revision, build
date); from a source checkout the revision is asked of git, and the build date is "source".
"""

from __future__ import annotations

import json
import platform
import subprocess
import sys
from pathlib import Path

from operator_app import __version__

INFO_FILE = Path(__file__).with_name("build_info.json")


UNKNOWN = "unknown"
FROM_SOURCE = "from source"
UNREADABLE = "unreadable build_info.json"


def build_info() -> dict[str, str]:
    info = {"version": __version__, "revision": UNKNOWN, "built": FROM_SOURCE}
    if INFO_FILE.exists():
        try:
            info.update(json.loads(INFO_FILE.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            info["built"] = UNREADABLE
        return info
    try:
        rev = subprocess.run(["git", "-C", str(Path(__file__).parent), "rev-parse", "--short",
                              "HEAD"], capture_output=True, text=True, timeout=5)
        if rev.returncode == 0:
            info["revision"] = rev.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    return info


def version_text() -> str:
    info = build_info()
    try:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        qt = f"Qt {qVersion()}, PySide6 {pyside_version}"
    except ImportError:  # pragma: no cover - the console cannot run without it anyway
        qt = "Qt not available"
    frozen = " (bundle)" if getattr(sys, "frozen", False) else ""
    return (f"operator-app {info['version']}{frozen}\n"
            f"revision {info['revision']}, built {info['built']}\n{qt}\n"
            f"Python {platform.python_version()} on {platform.system()} {platform.machine()}")
