"""The drives a technician plugs in (USB sticks), found by their mount points.

One place for the pack page's Save record, the journal tools' export and the vehicle
list's import: a mount point under /media/USER/, /run/media/USER/ or /mnt/ (and, for the
journal and vehicle pages, straight under /media too).
"""

from __future__ import annotations

import glob
import os
from collections.abc import Sequence
from pathlib import Path

DRIVE_PATTERNS = ("/media/*/*", "/run/media/*/*", "/mnt/*")
MEDIA_ROOTS = (Path("/media"), Path("/run/media"), Path("/mnt"))


def media_patterns(roots: Sequence[Path] = MEDIA_ROOTS) -> tuple[str, ...]:
    """A drive straight under each root (/media/STICK) or one folder down (/media/USER/STICK)."""
    return tuple(p for r in roots for p in (f"{r}/*", f"{r}/*/*"))


def removable_drives(patterns: Sequence[str] = DRIVE_PATTERNS) -> list[Path]:
    """The mounted drives a technician may have plugged in (USB sticks), by mount point."""
    found: list[Path] = []
    for pattern in patterns:
        for path in sorted(glob.glob(pattern)):
            if os.path.ismount(path) and Path(path) not in found:
                found.append(Path(path))
    return found
