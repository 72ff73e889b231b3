"""The console's own fonts: every character of the catalogues has a glyph in them, and on a
terminal with no fonts at all the console still shows Latin, Thai and Chinese text."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from operator_app.i18n import CATALOGUES, NAMES
from operator_app.ui import fonts

ROOT = Path(__file__).resolve().parent.parent
TS_FILES = sorted(CATALOGUES.glob("*.ts"))
# Hong Kong, Macau and mainland cross-boundary plates
PLATE_CHARS = "粵港澳京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领警学挂"
REBUILD = "run python scripts/fonts.py and commit operator_app/fonts"


def catalogue_chars() -> dict[str, str]:
    """Every character of the catalogues' texts (sources, translations, plural forms), each
    with the first catalogue that has it."""
    seen: dict[str, str] = {}
    for ts in TS_FILES:
        for el in ET.parse(ts).iter():
            if el.tag in ("source", "translation", "numerusform", "comment", "extracomment"):
                for c in "".join(el.itertext()):
                    if c not in "\n\r\t":
                        seen.setdefault(c, ts.name)
    return seen


def translations(lang: str) -> list[str]:
    """The finished translations of a catalogue (plural forms included)."""
    root = ET.parse(CATALOGUES / f"operator_app_{lang}.ts").getroot()
    out = []
    for tr in root.iter("translation"):
        if tr.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        out += [n.text or "" for n in tr.findall("numerusform")] or [tr.text or ""]
    return [t for t in out if t.strip()]


def sample(lang: str, first: int, last: int, fallback: str) -> str:
    """The longest finished translation of ``lang`` in the script U+first..U+last; while
    the catalogue has none, the longest text of any catalogue in that script, else
    ``fallback`` (the language's own name, which the language menu shows)."""
    def in_script(text: str) -> bool:
        return any(first <= ord(c) <= last for c in text)

    found = [t for t in translations(lang) if in_script(t)]
    if not found:
        found = [el.text or "" for ts in TS_FILES for el in ET.parse(ts).iter()
                 if el.tag in ("source", "translation") and in_script(el.text or "")]
    return max(found, key=len) if found else fallback


THAI = sample("th", 0x0E00, 0x0E7F, NAMES["th"])
CHINESE = sample("zh_HK", 0x4E00, 0x9FFF, NAMES["zh_HK"])


def test_the_fonts_folder_has_the_fonts_their_licence_and_readme() -> None:
    names = {p.name for p in fonts.font_files()}
    assert {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansThai-Regular.ttf",
            "NotoSansThai-Bold.ttf", "NotoSansCJKhk-Regular.subset.otf",
            "NotoSansCJKhk-Bold.subset.otf"} <= names
    licence = (fonts.FONTS / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Adobe" in licence and "Google" in licence  # the copyright notices
    readme = (fonts.FONTS / "README.md").read_text(encoding="utf-8")
    for name in names:
        assert name in readme, f"README.md does not list {name}: {REBUILD}"
    total = sum(p.stat().st_size for p in fonts.FONTS.iterdir()) / 1e6
    assert total < 5, f"operator_app/fonts is {total:.1f} MB"
    cjk = [p for p in fonts.font_files() if p.name.startswith("NotoSansCJK")]
    assert all(p.stat().st_size < 2_000_000 for p in cjk), "the CJK fonts are not subsets"


def test_every_character_of_every_catalogue_has_a_glyph(qapp) -> None:
    """(QRawFont.supportsCharacter is given the code point: PySide6 converts a str to the
    QChar overload wrongly past ASCII.)"""
    from PySide6.QtGui import QRawFont

    raws = [QRawFont(str(p), 16) for p in fonts.font_files()]
    assert raws and all(r.isValid() for r in raws)
    wanted = {**catalogue_chars(), **dict.fromkeys(PLATE_CHARS, "the plates")}
    assert len(wanted) > 100
    missing = {c: origin for c, origin in wanted.items()
               if c != " " and not any(r.supportsCharacter(ord(c)) for r in raws)}
    assert not missing, "no shipped font has " + ", ".join(
        f"{c!r} U+{ord(c):04X} (from {origin})" for c, origin in missing.items()) + \
        f": {REBUILD}"


def test_the_cjk_subset_keeps_its_family_and_covers_the_plates(qapp) -> None:
    from PySide6.QtGui import QFont, QRawFont

    for path, weight in ((fonts.FONTS / "NotoSansCJKhk-Regular.subset.otf", QFont.Normal),
                         (fonts.FONTS / "NotoSansCJKhk-Bold.subset.otf", QFont.Bold)):
        raw = QRawFont(str(path), 16)
        assert raw.familyName() == "Noto Sans CJK HK"
        assert raw.weight() == weight
        absent = [c for c in PLATE_CHARS + CHINESE + "，。、「」（）：" if not
                  raw.supportsCharacter(ord(c))]
        assert not absent, f"{path.name} lacks {absent}: {REBUILD}"


def test_install_sets_the_families_and_keeps_the_size(qapp) -> None:
    """The test application (tests/conftest.py) has the fonts installed, as the console."""
    from PySide6.QtGui import QFontDatabase, QFontInfo

    size = qapp.font().pointSizeF()
    families = fonts.install(qapp)  # a second time: nothing registered twice
    assert {"Noto Sans", "Noto Sans Thai", "Noto Sans CJK HK", "Noto Sans Symbols2"} <= \
        set(families)
    assert qapp.font().families() == list(fonts.FAMILIES)
    assert qapp.font().pointSizeF() == size
    assert QFontInfo(qapp.font()).family() == "Noto Sans"
    assert "Noto Sans CJK HK" in QFontDatabase.families()


def test_a_file_qt_cannot_read_is_logged_and_skipped(qapp, tmp_path, caplog) -> None:
    (tmp_path / "Broken.ttf").write_bytes(b"not a font")
    before = qapp.font()
    try:
        with caplog.at_level(logging.WARNING, logger="operator_app.ui.fonts"):
            assert fonts.install(qapp, tmp_path) == []
        assert "cannot load" in caplog.text and "Broken.ttf" in caplog.text
        assert qapp.font() == before  # no family loaded: the font is left as it was
    finally:
        qapp.setFont(before)


BARE_TERMINAL = textwrap.dedent("""
    import json, sys
    from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QTextLayout
    from PySide6.QtWidgets import QApplication
    from operator_app.ui import fonts

    def family(raw):
        # Qt's box engine (no font at all) has no name table, and QRawFont.familyName()
        # crashes on it: say "" instead
        return raw.familyName() if bytes(raw.fontTable(QFont.Tag("name"))) else ""

    def runs(text):
        layout = QTextLayout(text, QApplication.font())
        layout.beginLayout()
        layout.createLine().setLineWidth(100000)
        layout.endLayout()
        return [{"family": family(r.rawFont()), "glyphs": list(r.glyphIndexes())}
                for r in layout.glyphRuns()]

    thai, chinese, latin, plates = sys.argv[1:5]
    app = QApplication(sys.argv[:1])
    out = {"system_families": QFontDatabase.families(),
           "before": {"info": QFontInfo(app.font()).family(), "thai": runs(thai),
                      "chinese": runs(chinese)}}
    out["installed"] = fonts.install(app)
    out["after"] = {"info": QFontInfo(app.font()).family(),
                    "families": app.font().families(), "thai": runs(thai),
                    "chinese": runs(chinese), "latin": runs(latin), "plates": runs(plates)}
    print(json.dumps(out))
""")


@pytest.fixture(scope="module")
def bare_terminal(tmp_path_factory) -> dict:
    """What the console's fonts give on a terminal with no fonts: a subprocess whose
    fontconfig knows no font folder at all."""
    tmp = tmp_path_factory.mktemp("bare")
    config = tmp / "fonts.conf"
    config.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:'
                      f'fonts.dtd">\n<fontconfig><cachedir>{tmp / "cache"}</cachedir>'
                      "</fontconfig>\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("FONTCONFIG", "QT_", "XDG_"))}
    env.update(FONTCONFIG_FILE=str(config), QT_QPA_PLATFORM="offscreen",
               HOME=str(tmp), PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
    run = subprocess.run([sys.executable, "-c", BARE_TERMINAL, THAI, CHINESE,
                          "Alarms › Start swap", PLATE_CHARS],
                         env=env, cwd=tmp, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout.splitlines()[-1])


def test_the_bare_terminal_has_no_fonts_of_its_own(bare_terminal) -> None:
    system = bare_terminal["system_families"]
    assert not [f for f in system if "Noto" in f or "DejaVu" in f or "Tlwg" in f], system


def test_without_install_thai_and_chinese_are_boxes(bare_terminal) -> None:
    """The check below discriminates: on the bare terminal, before install(), the text has
    no real font (Qt draws boxes) or .notdef glyphs."""
    before = bare_terminal["before"]
    assert before["info"] != "Noto Sans"
    for runs, family in ((before["thai"], "Noto Sans Thai"),
                         (before["chinese"], "Noto Sans CJK HK")):
        assert runs
        assert any(0 in r["glyphs"] or r["family"] != family for r in runs), runs


def test_after_install_every_script_has_its_glyphs(bare_terminal) -> None:
    after = bare_terminal["after"]
    assert after["info"] == "Noto Sans"
    assert after["families"] == list(fonts.FAMILIES)
    shipped = set(bare_terminal["installed"])
    for key, family, text in (("thai", "Noto Sans Thai", THAI),
                              ("chinese", "Noto Sans CJK HK", CHINESE),
                              ("latin", "Noto Sans", "Alarms ›"),
                              ("plates", "Noto Sans CJK HK", PLATE_CHARS)):
        runs = after[key]
        assert runs, key
        for r in runs:
            assert 0 not in r["glyphs"], f"tofu in {text!r}: {runs}"
            assert r["family"] in shipped, f"{text!r} drawn in {r['family']!r}"
        assert family in {r["family"] for r in runs}, (text, runs)
