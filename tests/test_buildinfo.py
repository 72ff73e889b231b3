"""--version: version, git revision, build date, Qt and Python; from source and from a bundle."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from operator_app import __version__, buildinfo


def test_version_from_source() -> None:
    out = subprocess.run([sys.executable, "-m", "operator_app", "--version"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0
    lines = out.stdout.splitlines()
    assert lines[0] == f"operator-app {__version__}"
    assert lines[1].startswith("revision ") and lines[1].endswith("built from source")
    assert lines[2].startswith("Qt 6.") and "PySide6" in lines[2]
    assert lines[3].startswith("Python 3.")


def test_version_of_a_bundle_reads_its_build_info(tmp_path: Path, monkeypatch) -> None:
    info = tmp_path / "build_info.json"
    info.write_text(json.dumps({"version": "9.9.9", "revision": "abc1234",
                                "built": "2026-11-26 06:00 UTC"}), encoding="utf-8")
    monkeypatch.setattr(buildinfo, "INFO_FILE", info)
    text = buildinfo.version_text()
    assert "operator-app 9.9.9" in text and "revision abc1234, built 2026-11-26 06:00 UTC" in text
    info.write_text("{not json", encoding="utf-8")
    assert "unreadable build_info.json" in buildinfo.version_text()
