"""Choosing the language at the terminal: the terminal's choice, and each person's own."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from operator_app.i18n import NAMES, Languages, available, terminal_language
from operator_app.ui.main_window import MainWindow, WindowHolder, WindowOptions
from tests.people import OPER, OPER_PIN, people_session
from tests.ui.test_main_window import choose_language, tap

START_PT, START_EN = "Iniciar troca", "Start swap"


@pytest.fixture
def holder_for():
    """A window holder, as run_console makes it; closed, and English again, after the test."""
    made: list[WindowHolder] = []

    def make(stack, session, data_dir: Path | None) -> WindowHolder:
        options = WindowOptions(station_name="North bay", dpi=149.0, simulated=True,
                                languages=available(), language="en")
        holder = WindowHolder(lambda: MainWindow(stack.services, session, options),
                              Languages(), options, data_dir=data_dir)
        holder.show()
        made.append(holder)
        return holder

    yield make
    for holder in made:
        # no later sign-out (the idle timer, another test) switches a language from here
        holder.session.changed.disconnect(holder._person_changed)
        holder.languages.use("en")
        holder.window._may_close = True
        holder.window.close()


def start_text(holder: WindowHolder) -> str:
    return holder.window.swap_panel.start_button.text()


def test_the_language_page_offers_every_language_in_its_own_name(qtbot, stack, tmp_path,
                                                                   holder_for) -> None:
    made = stack()
    holder = holder_for(made, people_session(made.journal.port), tmp_path)
    w = holder.window
    tap(qtbot, w.strip.language_button)
    page = w.language_page
    assert w.stack.currentWidget() is page
    assert set(page.buttons) == set(available()) and {"th", "zh_HK", "zh_MO"} <= set(
        page.buttons)
    assert {b.text() for b in page.buttons.values()} == {NAMES[c] for c in available()}
    assert page.buttons["en"].isChecked() and "this terminal" in page.whose.text()
    tap(qtbot, page.back_button)  # back where it was opened from, nothing switched
    assert holder.window is w and w.stack.currentWidget() is w.main_page
    w.show_page(w.alarm_page)
    tap(qtbot, w.strip.language_button)
    tap(qtbot, page.buttons["pt_BR"])
    # on to the page the language was asked from, in the new language, no restart
    assert holder.window.stack.currentWidget() is holder.window.alarm_page
    assert start_text(holder) == START_PT


def test_the_terminal_keeps_its_language_and_each_person_their_own(qtbot, stack, tmp_path,
                                                                   holder_for) -> None:
    made = stack()
    session = people_session(made.journal.port)
    holder = holder_for(made, session, tmp_path)
    choose_language(qtbot, holder, "pt_BR")  # nobody signed in: the terminal's
    assert start_text(holder) == START_PT
    assert terminal_language(tmp_path) == "pt_BR"  # what the console starts in next
    assert session.sign_in(OPER, OPER_PIN) is None
    qtbot.wait(50)
    assert start_text(holder) == START_PT  # no language of her own yet: as it was
    tap(qtbot, holder.window.strip.language_button)
    assert OPER in holder.window.language_page.whose.text()
    tap(qtbot, holder.window.language_page.buttons["zh_HK"])
    zh = start_text(holder)
    assert zh not in (START_PT, START_EN) and any("\u4e00" <= ch <= "\u9fff" for ch in zh)
    assert session.store.get(OPER).language == "zh_HK"
    assert terminal_language(tmp_path) == "pt_BR"  # hers, not the terminal's
    session.sign_out()
    qtbot.waitUntil(lambda: start_text(holder) == START_PT, timeout=5000)
    assert session.sign_in(OPER, OPER_PIN) is None  # she comes back: her language
    qtbot.waitUntil(lambda: start_text(holder) == zh, timeout=5000)
    session.sign_out()
    qtbot.waitUntil(lambda: start_text(holder) == START_PT, timeout=5000)
    rows = made.rows("SELECT action, actor FROM audit WHERE action = 'language'")
    assert rows == [("language", OPER)]


def test_a_terminal_choice_that_cannot_be_kept_still_switches_and_says_so(qtbot, stack, tmp_path,
                                                                          holder_for) -> None:
    made = stack()
    gone = tmp_path / "no-such-dir"  # a data directory the file cannot be written into
    holder = holder_for(made, people_session(made.journal.port), gone)
    choose_language(qtbot, holder, "pt_BR")
    assert start_text(holder) == START_PT
    said = holder.window.strip.language_button.text()
    assert "Português (Brasil)" in said and str(gone) in said
    assert terminal_language(gone) is None
