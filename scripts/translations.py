"""Refresh the translation catalogues: ``python scripts/translations.py [LANG ...]``.

Runs pyside6-lupdate over the console's sources into operator_app/translations/
operator_app_<LANG>.ts (new strings are added as unfinished, translations kept), then
pyside6-lrelease into the .qm files the console loads. Without LANG: every existing .ts.
Translate the .ts files with Qt Linguist (pyside6-linguist) or any .ts editor.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
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


def update(ts: Path, release: Path | None = None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none", *sources(),
                        str(alarm_source(Path(tmp))), "-ts", str(ts)], check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL)
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm",
                    str(release or ts.with_suffix(".qm"))], check=True, cwd=ROOT)


def main(argv: list[str]) -> int:
    langs = argv or sorted(p.stem.removeprefix("operator_app_")
                           for p in CATALOGUES.glob("operator_app_*.ts"))
    for lang in langs:
        update(CATALOGUES / f"operator_app_{lang}.ts")
        print(f"translations: {lang} updated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
