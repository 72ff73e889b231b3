"""Numbers, dates and times on screen in the console's language (QLocale), on a 24-hour clock,
in the station's time zone (console.toml's ``timezone``)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from operator_app.config import load_config
from operator_app.domain import station as st
from operator_app.domain.snapshot import SlotSnapshot
from operator_app.i18n import Languages
from operator_app.ui import local

# 07:05:09 UTC: 14:05:09 in Bangkok (UTC+7), 04:05:09 in São Paulo (UTC-3)
INSTANT = dt.datetime(2026, 12, 3, 7, 5, 9, tzinfo=dt.UTC)
AFTERNOON = dt.datetime(2026, 12, 3, 14, 5, 9, tzinfo=dt.UTC)  # 14:05 where the zone is UTC


@pytest.fixture(autouse=True)
def restored(qapp):
    """Each test sets the language's locale and the station's zone it needs; English and the
    terminal's own zone again after it."""
    yield
    QLocale.setDefault(QLocale("en_US"))
    local.set_station_tz("")


@pytest.fixture
def portuguese(qapp):
    """pt_BR as the console switches to it: its catalogue and its locale."""
    languages = Languages()
    assert languages.use("pt_BR") is None
    yield
    languages.use("en")
    QLocale.setDefault(QLocale("en_US"))


def use(name: str) -> None:
    QLocale.setDefault(QLocale(name))


def test_a_decimal_reads_with_the_languages_decimal_sign() -> None:
    use("pt_BR")
    assert local.number(12.5, 1) == "12,5"
    assert local.number(1234.5, 1) == "1.234,5"  # thousands grouped as pt_BR groups them
    assert local.percent(42.5, 1) == "42,5 %"
    assert local.signed(-3.25, 2) == "-3,25" and local.signed(0.4) == "0"
    assert local.figure(171.0) == "171" and local.figure(2.5) == "2,5"
    use("id")
    assert local.number(12.5, 1) == "12,5"
    use("en_US")  # what the English texts always said
    assert local.number(12.5, 1) == "12.5" and local.number(50_000) == "50,000"
    assert local.percent(42.0, 1) == "42.0 %" and local.signed(3.0) == "+3"
    assert local.number(-0.04, 1) == "0.0"  # never "-0.0"
    assert local.number(float("nan"), 1) == "–"
    use("th")
    assert local.number(12.5, 1) == "12.5"  # Latin digits, the decimal point


def test_the_c_locale_reads_as_english() -> None:
    """A terminal started with LANG=C before any language is chosen: US English numbers."""
    use("C")
    assert local.number(1000) == "1,000" and local.date(dt.date(2026, 12, 3)) == "2026-12-03"


@pytest.mark.parametrize(("name", "shown"), [
    ("pt_BR", "03/12/2026 14:05"),
    ("es_419", "3/12/2026 14:05"),
    ("th", "3/12/2026 14:05"),
    ("zh_HK", "3/12/2026 14:05"),
    ("zh_MO", "3/12/2026 14:05"),
    ("id", "03/12/2026 14:05"),
    ("en_US", "2026-12-03 14:05"),  # English stations read the ISO-like date
])
def test_a_date_time_is_the_locales_short_date_and_a_24_hour_time(name: str,
                                                                   shown: str) -> None:
    use(name)
    assert local.date_time(AFTERNOON, tz=dt.UTC) == shown
    assert local.date_time(AFTERNOON.isoformat(), tz=dt.UTC) == shown  # a journal time
    assert local.time_of_day(AFTERNOON, tz=dt.UTC) == "14:05:09"  # never "2:05 PM"
    assert local.time_of_day(AFTERNOON, seconds=False, tz=dt.UTC) == "14:05"
    text = local.date_time(AFTERNOON, seconds=True, tz=dt.UTC)
    assert text.endswith(" 14:05:09") and "2026" in text  # a four-digit year
    assert not any(word in text.upper() for word in ("PM", "AM", "下午", "午後"))


def test_a_month_and_a_duration() -> None:
    use("pt_BR")
    assert local.month(AFTERNOON, tz=dt.UTC) == "12/2026"
    assert local.date(dt.date(2025, 4, 12)) == "12/04/2025"  # a production date, as it is
    use("en_US")
    assert local.month(AFTERNOON, tz=dt.UTC) == "2026-12"
    assert local.duration(65) == "1:05" and local.duration(59.6) == "1:00"
    assert local.duration(3725) == "1:02:05" and local.duration(-5) == "-0:05"


def test_the_stations_zone_shows_one_instant_as_its_own_clock() -> None:
    use("pt_BR")
    assert local.set_station_tz("Asia/Bangkok") is None
    assert local.station_tz_name() == "Asia/Bangkok"
    bangkok = (local.time_of_day(INSTANT.timestamp()), local.date_time(INSTANT.isoformat()))
    assert local.set_station_tz("America/Sao_Paulo") is None
    sao_paulo = (local.time_of_day(INSTANT.timestamp()), local.date_time(INSTANT.isoformat()))
    assert bangkok == ("14:05:09", "03/12/2026 14:05")
    assert sao_paulo == ("04:05:09", "03/12/2026 04:05")
    # late in the UTC evening it is already tomorrow in Bangkok, still today in São Paulo
    late = dt.datetime(2026, 12, 3, 23, 30, tzinfo=dt.UTC).isoformat()
    assert local.date_time(late) == "03/12/2026 20:30"
    local.set_station_tz("Asia/Bangkok")
    assert local.date_time(late) == "04/12/2026 06:30"
    assert local.midnight(INSTANT.timestamp()) == dt.datetime(
        2026, 12, 3, tzinfo=local.station_tz())


def test_a_bad_zone_name_is_said_and_the_terminals_zone_is_used(tmp_path: Path) -> None:
    f = tmp_path / "console.toml"
    f.write_text('station_name = "Bay 2"\ntimezone = "Asia/Bangkk"\n', encoding="utf-8")
    c = load_config(f)
    assert c.station_name == "Bay 2" and c.timezone == ""
    [problem] = c.problems
    assert f"{f}: timezone = 'Asia/Bangkk' is not a time zone this console knows" in problem
    assert '"Asia/Bangkok"' in problem and "the terminal's own time zone is used" in problem
    f.write_text('timezone = "asia/bangkok"\n', encoding="utf-8")
    assert 'did you mean "Asia/Bangkok"?' in load_config(f).problems[0]
    f.write_text("timezone = 7\n", encoding="utf-8")
    assert "wants a time zone name in quotes" in load_config(f).problems[0]
    f.write_text('timezone = "America/Sao_Paulo"\n', encoding="utf-8")
    good = load_config(f)
    assert good.timezone == "America/Sao_Paulo" and not good.problems
    # set at start with the bad name: the terminal's own zone, as time.localtime says
    assert local.set_station_tz("Asia/Bangkk") is not None
    assert local.station_tz() is local.TERMINAL and local.station_tz_name() == ""
    now = time.time()
    use("en_US")
    assert local.time_of_day(now) == time.strftime("%H:%M:%S", time.localtime(now))


def test_the_console_starts_with_a_bad_zone_name_and_says_so(tmp_path: Path) -> None:
    config = tmp_path / "console.toml"
    config.write_text('timezone = "Mars/Olympus_Mons"\n', encoding="utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "operator_app", "--simulate", "--time-scale", "50",
         "--quit-after", "3", "--config", str(config), "--data-dir", str(tmp_path / "data")],
        capture_output=True, text=True, timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert r.returncode == 0, r.stderr
    assert "timezone = 'Mars/Olympus_Mons' is not a time zone" in r.stderr
    assert "link ONLINE" in r.stderr and "Traceback" not in r.stderr


def test_the_pack_page_says_its_decimals_in_portuguese(qtbot, styled, tmp_path,
                                                        portuguese) -> None:
    """A real screen: the pack page's health from the journal and a slot's live values."""
    from operator_app.storage.db import open_journal
    from operator_app.storage.journal import Journal
    from tests.ui.test_pack_page import journal_page

    db, _ = open_journal(tmp_path)
    Journal(db).see_pack("P1", "A_171KWH", 171.0, 700, 90.5, 1.0)
    db.close()
    page = journal_page(qtbot, tmp_path / "journal.sqlite")
    assert page.find_pack("P1")
    assert "90,5 %" in page.health.text() and "90.5" not in page.health.text()
    page.show_slot(SlotSnapshot(slot=3, occupied=True, pack_code="P1",
                                pack_type=st.PackType.A_171KWH, soc=42.5, soh=90.5,
                                voltage=652.3, current=-12.5, cell_min_voltage=3.412,
                                cell_max_voltage=3.431, temp_min=24.0, temp_max=31.6,
                                insulation=2500.0, charger_state=st.ChargerState.IDLE,
                                charger_power=0.0, alarm_level=0))
    live = page.live.text()
    assert "42,5 %" in live and "652,3 V" in live and "-12,5 A" in live, live
    assert "3,412" in live and "3,431 V" in live, live
    assert "2.500 kΩ" in page.insulation.text()  # pt_BR groups thousands with a dot


def test_the_receipt_and_the_plots_in_portuguese_at_the_stations_clock(qtbot,
                                                                      portuguese) -> None:
    from operator_app.ui.identify_page import clock
    from operator_app.ui.pack_plots import NumberAxis
    from operator_app.ui.receipt_page import ReceiptPage
    from tests.ui.test_receipt import RECORD

    assert local.set_station_tz("Asia/Bangkok") is None
    page = ReceiptPage(96.0, "T-01")
    qtbot.addWidget(page)
    page.show_record(RECORD)  # ended 03:00 UTC: 10:00 in Bangkok
    text = page.summary.text()
    assert "02/12/2026 10:00" in text and "131,6 kWh" in text, text
    assert "5 min 12 s" in text, text
    assert clock("2026-12-03T07:05:00+00:00") == "14:05"  # the identify page's list
    assert NumberAxis("left").tickStrings([2.5, 3.0, 3.5], 1.0, 0.5) == ["2,5", "3,0", "3,5"]


def test_a_number_in_the_links_words_takes_the_languages_decimal_sign(qapp) -> None:
    """The seconds a heartbeat stood still, in a link event's cause: "1,5" in pt_BR."""
    from operator_app.domain.words import Number, Phrase
    from operator_app.link import causes as C
    from operator_app.ui.station_panel import say

    cause = Phrase(C.C_HEARTBEAT_STILL, (Number(1.5, 1),))
    assert "1.5 s" in cause.english()
    languages = Languages()
    try:
        assert languages.use("pt_BR") is None
        shown = say(cause)
        assert "1,5 s" in shown and shown != cause.english()  # translated, and its comma
    finally:
        languages.use("en")
        QLocale.setDefault(QLocale("en_US"))
