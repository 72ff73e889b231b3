"""Refresh the translation catalogues: ``python scripts/translations.py [LANG ...]``.

Runs pyside6-lupdate over the console's sources into operator_app/translations/
operator_app_<LANG>.ts (new strings are added as unfinished, translations kept), then
pyside6-lrelease into the .qm files the console loads. Without LANG: every existing .ts.
Translate the .ts files with Qt Linguist (pyside6-linguist) or any .ts editor.
"""

from __future__ import annotations

import ctypes
import itertools
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "operator_app" / "translations"


def sources() -> list[str]:
    """Every Python file of the console that says something to a person."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "operator_app").rglob("*.py")
                  if "tr(" in (text := p.read_text(encoding="utf-8"))
                  or "translate(" in text or "QT_TRANSLATE_NOOP" in text)


def alarm_texts() -> list[str]:
    """What the alarm catalogue says to a person: titles, causes, actions. The catalogue is
    plain data in the domain (no Qt there); the screens translate its texts in the "Alarms"
    context, so they are handed to lupdate from the data itself."""
    sys.path.insert(0, str(ROOT))
    from operator_app.domain import alarms
    from operator_app.domain.station import AlarmFlag

    texts: list[str] = []
    for d in alarms.CATALOGUE.values():
        texts += [alarms.title(d.code), d.cause, d.action]
    texts += [alarms.title(f"PACK_{f.name}") for f in AlarmFlag if f]
    texts += [alarms.title("PACK_UNKNOWN"), *alarms.PACK_FLAG_CAUSES.values(),
              alarms.PACK_CAUSE_OTHER, *alarms.PACK_FLAG_ACTIONS.values(),
              alarms.PACK_ACTION_OTHER, alarms.UNKNOWN_CAUSE, alarms.UNKNOWN_ACTION]
    return list(dict.fromkeys(texts))


def recovery_texts() -> list[str]:
    """The controller's codes in words and the guided recovery's texts (plain data in the
    domain and the recovery service), translated in the "Recovery" context."""
    sys.path.insert(0, str(ROOT))
    from operator_app.domain.words import all_texts
    from operator_app.services.recovery_service import TEXTS

    return list(dict.fromkeys([*all_texts(), *TEXTS]))


def marked(context: str, text: str) -> str:
    """One line lupdate reads: a text with %n as a plural message (lupdate knows a plural by
    the count argument of translate(); it has no plural QT_TRANSLATE_NOOP), else marked."""
    if "%n" in text:
        return f"QCoreApplication.translate({context!r}, {text!r}, None, 1)\n"
    return f"QT_TRANSLATE_NOOP({context!r}, {text!r})\n"


def alarm_source(folder: Path) -> Path:
    """A generated Python file of the domain's texts that lupdate reads."""
    path = folder / "alarm_catalogue_texts.py"
    path.write_text("".join(marked("Alarms", t) for t in alarm_texts())
                    + "".join(marked("Recovery", t) for t in recovery_texts()), encoding="utf-8")
    return path


def tool(name: str) -> str:
    exe = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(exe) if exe.exists() else f"pyside6-{name}"


# Thai is written without spaces between words, and Qt finds the places a Thai line may break
# only through libthai, loaded at run time when the terminal has it. So the Thai catalogue is
# built with a zero-width space (U+200B, a break opportunity Qt always honours, drawn as
# nothing) between its words, found by ICU's dictionary word breaker: the ICU that PySide6
# ships (Qt/lib/libicuuc.so.NN, with its Thai dictionary), so building needs nothing more.
# The .ts stays as the translator wrote it.
ZWSP = "\u200b"
THAI = re.compile(r"[\u0e01-\u0e5b]")
BREAK_LANGUAGES = {"th"}


@cache
def _icu() -> tuple[ctypes.CDLL, str]:
    import PySide6

    lib = Path(PySide6.__file__).parent / "Qt" / "lib"
    uc = next(iter(sorted(lib.glob("libicuuc.so.*"))), None)
    if uc is None:
        raise RuntimeError(f"no ICU in {lib}: PySide6's wheel ships it on Linux")
    version = uc.name.rsplit(".", 1)[1]
    ctypes.CDLL(str(lib / f"libicudata.so.{version}"), mode=ctypes.RTLD_GLOBAL)
    icu = ctypes.CDLL(str(uc), mode=ctypes.RTLD_GLOBAL)
    for name in ("ubrk_open", "ubrk_first", "ubrk_next", "ubrk_close"):
        fn = getattr(icu, f"{name}_{version}")
        fn.restype = ctypes.c_void_p if name == "ubrk_open" else ctypes.c_int32
        if name != "ubrk_open":
            fn.argtypes = [ctypes.c_void_p]
    return icu, version


def words(text: str, language: str = "th") -> list[str]:
    """``text`` cut at ICU's word boundaries (UBRK_WORD) for ``language``."""
    icu, v = _icu()
    utf16 = text.encode("utf-16-le")
    status = ctypes.c_int(0)
    buffer = ctypes.create_string_buffer(utf16)  # ICU reads it until ubrk_close: keep it
    it = getattr(icu, f"ubrk_open_{v}")(1, language.encode(), buffer, len(utf16) // 2,
                                         ctypes.byref(status))
    if status.value > 0 or not it:
        raise RuntimeError(f"ICU cannot break {language} text (status {status.value})")
    try:
        ends = [getattr(icu, f"ubrk_first_{v}")(it)]
        while (end := getattr(icu, f"ubrk_next_{v}")(it)) != -1:
            ends.append(end)
    finally:
        getattr(icu, f"ubrk_close_{v}")(it)
    return [utf16[a * 2:b * 2].decode("utf-16-le") for a, b in itertools.pairwise(ends)]


def with_breaks(text: str) -> str:
    """``text`` with a zero-width space between two Thai words (nowhere else: not inside a
    placeholder, a number or a Latin word, nor where there is a space already)."""
    if not THAI.search(text):
        return text
    out = ""
    for word in words(text.replace(ZWSP, "")):
        if out and THAI.match(out[-1]) and THAI.match(word[0]):
            out += ZWSP
        out += word
    return out


def lupdate(ts: Path, *options: str) -> None:
    """Today's sources (and the domain's texts) into ``ts``: new strings unfinished."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none", *sources(),
                        str(alarm_source(Path(tmp))), *options, "-ts", str(ts)], check=True,
                       cwd=ROOT, stdout=subprocess.DEVNULL)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT)


def write_ts(path: Path, root: ET.Element) -> None:
    """A catalogue as lupdate and lrelease read it (ElementTree drops the DOCTYPE)."""
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")


def release(ts: Path, qm: Path) -> None:
    """lrelease ``ts`` into ``qm``; a language written without spaces gets its breaks."""
    root = ET.parse(ts).getroot()
    if root.get("language", "").split("_")[0] not in BREAK_LANGUAGES:
        lrelease(ts, qm)
        return
    for tr in root.iter("translation"):
        for node in [tr, *tr.findall("numerusform")]:
            if node.text:
                node.text = with_breaks(node.text)
    with tempfile.TemporaryDirectory() as tmp:
        broken = Path(tmp) / ts.name
        write_ts(broken, root)
        lrelease(broken, qm)


# The pseudo-locale: every text 40 % longer, its letters accented, between « and »; a screen
# in it shows what a longer language would clip, and any English left on it was never
# translated (tests/ui/test_pseudo_locale.py).
GROWTH = 0.4
ACCENTED = dict(zip("abcdeghiklmnorstuwyzABCDEGHIKLMNORSTUWYZ",
                    "áƀçđéĝĥíķĺɱñóŕšţúŵýžÁßÇĐÉĜĤÍĶĹḾÑÓŔŠŢÚŴÝŽ", strict=True))
KEPT = re.compile(r"%L?\d|%n|<[^>]*>|&[a-z]+;|\n")
PAD = "ẋẏẑ"


def pseudo(text: str) -> str:
    """``text`` accented and 40 % longer; placeholders, markup and line breaks as they are."""
    out, at = [], 0
    for kept in KEPT.finditer(text):
        out.append("".join(ACCENTED.get(c, c) for c in text[at:kept.start()]))
        out.append(kept.group())
        at = kept.end()
    out.append("".join(ACCENTED.get(c, c) for c in text[at:]))
    body = "".join(out)
    extra = max(1, round(GROWTH * len(text)) - 2)
    return "«" + body + (PAD * extra)[:extra] + "»"


def pseudo_catalogue(qm: Path) -> Path:
    """The console's every text in the pseudo-locale, built into ``qm`` from today's
    sources (no catalogue is kept for it)."""
    ts = qm.with_suffix(".ts")
    ts.unlink(missing_ok=True)
    lupdate(ts, "-target-language", "en_US")
    tree = ET.parse(ts)
    for m in tree.getroot().iter("message"):
        tr, source = m.find("translation"), pseudo(m.findtext("source") or "")
        tr.attrib.pop("type", None)
        if m.get("numerus") == "yes":
            for form in tr.findall("numerusform"):
                form.text = source
        else:
            tr.text = source
    write_ts(ts, tree.getroot())
    lrelease(ts, qm)
    return qm


def update(ts: Path, qm: Path | None = None) -> None:
    lupdate(ts)
    release(ts, qm or ts.with_suffix(".qm"))


def main(argv: list[str]) -> int:
    langs = argv or sorted(p.stem.removeprefix("operator_app_")
                           for p in CATALOGUES.glob("operator_app_*.ts"))
    for lang in langs:
        update(CATALOGUES / f"operator_app_{lang}.ts")
        print(f"translations: {lang} updated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
