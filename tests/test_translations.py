"""Translation catalogues: complete, placeholders kept, up to date with the sources."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from operator_app.i18n import CATALOGUES, NAMES, Languages, available

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import translations as tool  # noqa: E402

TS_FILES = sorted(CATALOGUES.glob("operator_app_*.ts"))


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name"), m.findtext("source")): m.find("translation")
            for ctx in root.findall("context") for m in ctx.findall("message")}


def test_there_is_a_catalogue_and_it_is_offered() -> None:
    assert TS_FILES, "no translation catalogue"
    for ts in TS_FILES:
        code = ts.stem.removeprefix("operator_app_")
        assert code in NAMES and code in available()


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_every_message_is_translated_with_its_placeholders(ts: Path) -> None:
    found = messages(ts)
    assert len(found) > 250
    for (context, source), tr in found.items():
        assert tr is not None and tr.get("type") is None, (context, source)
        # a plural message's wording is in its forms, each with every placeholder
        forms = [n.text or "" for n in tr.findall("numerusform")] or [tr.text or ""]
        for text in forms:
            assert text.strip(), (context, source)
            assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text)), \
                (context, source, text)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_catalogue_is_up_to_date_with_the_sources(ts: Path, tmp_path: Path) -> None:
    """lupdate on today's sources adds nothing and drops nothing; the .qm is the .ts's."""
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    tool.update(copy, tmp_path / "fresh.qm")
    assert set(messages(copy)) == set(messages(ts)), \
        "strings changed: run python scripts/translations.py and translate the new ones"
    assert (tmp_path / "fresh.qm").read_bytes() == ts.with_suffix(".qm").read_bytes(), \
        "the .qm is older than its .ts: run python scripts/translations.py"


def test_switching_languages(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    langs = Languages()
    assert "not installed" in (langs.use("xx") or "")
    import datetime as dt

    from operator_app.ui.pack_plots import TimeAxis

    axis = TimeAxis(dt.UTC)
    wednesday = dt.datetime(2026, 12, 2, tzinfo=dt.UTC).timestamp()
    day = 86400.0  # a tick a day: its label names the weekday

    def weekday() -> str:
        axis.tickValues(wednesday - day, wednesday + day, 800)
        return axis.tickStrings([wednesday], 1.0, day)[0]

    assert langs.use("pt_BR") is None
    assert QCoreApplication.translate("SwapPanel", "Start swap") == "Iniciar troca"
    assert weekday().lower().startswith("qua")  # quarta-feira: the plots' dates too
    assert langs.use("en") is None
    assert QCoreApplication.translate("SwapPanel", "Start swap") == "Start swap"
    assert weekday().startswith("Wed")


sys.path.insert(0, str(ROOT / "scripts"))
import catalogue as work  # noqa: E402


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_every_catalogue_keeps_its_glossary(ts: Path) -> None:
    """slot, pack, swap, bay, E-stop (and each language's further terms) read the same
    everywhere: every message whose English has the term uses the glossary's word."""
    lang = ts.stem.removeprefix("operator_app_")
    gloss = work.glossary(lang)
    assert {"slot", "pack", "swap", "bay", "E-stop"} <= set(gloss.get("terms", {})), lang
    found = [f"{e['context']}: {e['source']!r}: {p}" for e in work.entries(lang, True)
             for p in work.problems(lang, e["source"], e["translation"] if e["plural"]
                                    else [e["translation"]])]
    assert not found, "\n".join(found[:20])


def test_the_glossary_check_finds_a_term_not_kept() -> None:
    assert work.problems("pt_BR", "Slot %1 is empty", ["Slot %1 está vazio"]) != []
    assert work.problems("pt_BR", "Slot %1 is empty", ["Posição %1 vazia"]) == []


# a time unit after a number or a placeholder: seconds, minutes, hours (not ms, not kWh)
LATIN_TIME = re.compile(r"(?:%\d|%n|\d)\s*(?:min|s|h)\b(?!/)")


@pytest.mark.parametrize("lang", ["th", "zh_HK"])
def test_thai_and_chinese_write_the_time_units_in_their_words(lang: str) -> None:
    """"5 min" reads as a foreign word to a Thai or Hong Kong operator: นาที, 分鐘 (the SI
    units of other quantities, and ms, stay as in every language)."""
    found = messages(CATALOGUES / f"operator_app_{lang}.ts")
    latin = []
    for (_context, source), tr in found.items():
        forms = [n.text or "" for n in tr.findall("numerusform")] or [tr.text or ""]
        latin += [(source, text) for text in forms if LATIN_TIME.search(text)]
    assert latin == []
    assert any("นาที" in (tr.text or "") or "分鐘" in (tr.text or "") for tr in found.values())
    assert LATIN_TIME.search("เต็มในอีก %1 min") and not LATIN_TIME.search("%1 ms, %2 kWh")
