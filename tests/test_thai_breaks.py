"""Thai wraps between words on a terminal without libthai (the bundle does not carry it).

Qt finds Thai line breaks only through libthai, loaded at run time when present; the Thai
catalogue is therefore built with a zero-width space between words (ICU's word breaker, at
build time, scripts/translations.py). The check runs in a child process whose libthai is an
empty file, so Qt cannot load it: as on a terminal that lacks it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from operator_app.i18n import CATALOGUES

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import translations as tool  # noqa: E402

TS = CATALOGUES / "operator_app_th.ts"

CHILD = r"""
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QLabel
from PySide6.QtGui import QTextLayout
from operator_app.ui import fonts
app = QApplication([])
fonts.install(app)
context, source, width = json.loads(sys.argv[1])
t = QTranslator()
assert t.load(sys.argv[2])
app.installTranslator(t)
text = QCoreApplication.translate(context, source)

def lines(s):
    lay = QTextLayout(s, app.font())
    lay.beginLayout()
    out = []
    while (line := lay.createLine()).isValid():
        line.setLineWidth(width)
        out.append(s[line.textStart():line.textStart() + line.textLength()])
    lay.endLayout()
    return out

label = QLabel(text)
label.setWordWrap(True)
one_line = label.fontMetrics().height()
print(json.dumps({"text": text, "lines": lines(text),
                  "unbroken": lines(text.replace("\u200b", "")),
                  "label_height": label.heightForWidth(width), "line_height": one_line}))
"""


def longest_thai() -> tuple[str, str, str]:
    """The catalogue's longest translation that has no space in it: a run of Thai words."""
    root = ET.parse(TS).getroot()
    found = [(ctx.findtext("name"), m.findtext("source"), m.findtext("translation") or "")
             for ctx in root.findall("context") for m in ctx.findall("message")
             if m.get("numerus") != "yes"]
    return max(found, key=lambda f: max(len(w) for w in (f[2] or " ").split()))


def test_icu_cuts_thai_into_words() -> None:
    assert tool.words("กรุณาถอดแบตเตอรี่ออกจากช่อง") == ["กรุณา", "ถอด", "แบตเตอรี่", "ออก",
                                                      "จาก", "ช่อง"]
    marked = tool.with_breaks("ถอดแบตเตอรี่ %1 ออกจากช่อง 3 (SoC 80 %)")
    # a break hint only between two Thai words: never in a placeholder, a number or Latin
    assert marked == "ถอด\u200bแบตเตอรี่ %1 ออก\u200bจาก\u200bช่อง 3 (SoC 80 %)"
    assert tool.with_breaks(marked) == marked  # building twice adds nothing


@pytest.mark.skipif(not TS.exists(), reason="no Thai catalogue")
def test_a_long_thai_label_wraps_between_words_without_libthai(tmp_path: Path) -> None:
    (tmp_path / "libthai.so.0").write_bytes(b"")  # what Qt would load: nothing it can use
    context, source, thai = longest_thai()
    width = 160
    env = {**os.environ, "LD_LIBRARY_PATH": str(tmp_path), "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", CHILD, json.dumps([context, source, width]),
                          str(TS.with_suffix(".qm"))], capture_output=True, text=True,
                         env=env, timeout=60, check=True)
    got = json.loads(out.stdout)
    assert got["text"].replace("\u200b", "") == thai  # the Thai catalogue's own text
    # without its hints, this Qt breaks the text only at its spaces, never inside a run of
    # Thai words: libthai really is missing
    assert all(line.endswith(" ") for line in got["unbroken"][:-1]), got["unbroken"]
    longest = max(thai.split(), key=len)
    assert any(longest in line for line in got["unbroken"])
    lines = got["lines"]
    assert len(lines) >= 3 and len(lines) > len(got["unbroken"]), lines  # inside the runs too
    assert got["label_height"] >= 3 * got["line_height"]  # the label wraps as well
    # every line ends where ICU says a word ends
    ends, at = set(), 0
    for word in tool.words(thai):
        at += len(word)
        ends.add(at)
    at = 0
    for line in lines[:-1]:
        at += len(line.replace("\u200b", ""))
        assert at in ends, (line, lines)
