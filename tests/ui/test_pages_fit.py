"""Every page and panel a supervisor can open fits the 1280x800 panel at 149 DPI: nothing
cut, nothing scrolled out of sight, no text clipped without "…"; in maintenance mode and
while a swap runs too (the banner and the strip take room from every page)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from operator_app.config import load_config
from operator_app.domain import station as st
from operator_app.domain.supervisor import Phase
from operator_app.i18n import Languages, available
from operator_app.services.settings_service import SettingsService
from operator_app.ui.fit import fit_problems
from operator_app.ui.texts import label
from tests.people import SUPER, SUPER_PIN
from tests.ui.test_main_window import console, tap  # noqa: F401 - a fixture
from tests.ui.test_maintenance_page import enter_maintenance


def problems(w) -> list[str]:
    """What does not fit, but the offscreen screen's own size (not the panel's)."""
    return [p for p in fit_problems(w) if "than the screen" not in p
            and "leaves the screen" not in p]


def views(c):
    """(name, open it) for every page and panel, in the order a supervisor meets them."""
    w = c.window
    m = w.maintenance_page

    def section(i):
        return lambda: (w.show_page(m), tap(c.qtbot, m.section_buttons[i]))

    def tool(name):
        return lambda: (w.show_page(m), tap(c.qtbot, m.section_buttons[3]),
                        w._tool_wanted(name))

    def register_keyboard():
        tool("registers")()
        w.register_page.show_keyboard(True)

    def settings_editor():
        tool("settings")()
        w.settings_page._edit("station_name")

    def add_user():
        tool("users")()
        w.users_page._add()

    def add_vehicle():
        tool("vehicles")()
        if w.vehicles_page.views.currentIndex() == w.vehicles_page.FORM:
            w.vehicles_page._listing()  # a form left open keeps its place: a walk before
        tap(c.qtbot, w.vehicles_page.add_button)

    def slot_out():
        section(1)()
        svc = w.services.maintenance
        if not svc.out_of_service:
            svc.take_out(2, "charger repair", 0, c.session.actor, c.session.role)
        out = QCoreApplication.translate("MaintenancePage", "out of service")
        c.qtbot.waitUntil(lambda: out in m.slot_buttons[2].text(), timeout=3000)

    return [("main", w.show_main), ("identify", lambda: w.show_page(w.identify_page)),
            ("alarms", lambda: w.show_page(w.alarm_page)),
            ("details", lambda: w.show_page(w.details_page)),
            ("training", lambda: w.show_page(w.training_page)),
            ("maintenance: mode", section(0)), ("maintenance: slots", section(1)),
            ("maintenance: a slot out of service", slot_out),
            ("maintenance: counters", section(2)), ("maintenance: tools", section(3)),
            ("journal tools", tool("journal")), ("register monitor", tool("registers")),
            ("register monitor, keyboard", register_keyboard), ("settings", tool("settings")),
            ("settings, editor", settings_editor), ("users", tool("users")),
            ("users, add", add_user), ("vehicles", tool("vehicles")),
            ("vehicles, add", add_vehicle)]


def walk(c, check=None) -> dict[str, list[str]]:
    """Every view opened in turn: what ``check`` (the fit problems) finds in each."""
    found = {}
    for name, show in views(c):
        show()
        c.qtbot.wait(50)
        found[name] = (check or problems)(c.window)
    return {k: v for k, v in found.items() if v}


@pytest.fixture
def supervisor(console, tmp_path):  # noqa: F811
    return signed_in_supervisor(console, tmp_path)


def signed_in_supervisor(console, tmp_path):  # noqa: F811
    f = tmp_path / "console.toml"
    f.write_text('station_name = "North bay"\n', encoding="utf-8")
    # the simulated station's banner as the console shows it: two lines with the training users
    c = console(dpi=149.0, settings=SettingsService(load_config(f), None),
                training_users="Trainee operator 1111, Trainee technician 1234, Trainee "
                               "supervisor 9876")
    c.window.resize(1280, 800)
    assert "Trainee operator 1111" in c.window.sim_banner.text()
    c.sign_in_by_taps(SUPER, SUPER_PIN)
    # signed in: the banner's one line, the training users' room given to the page
    assert "Trainee operator" not in c.window.sim_banner.text()
    return c


def test_every_page_fits(supervisor) -> None:
    assert walk(supervisor) == {}


def test_every_page_fits_in_maintenance_mode(supervisor) -> None:
    enter_maintenance(supervisor)
    assert walk(supervisor) == {}


def test_every_page_fits_while_a_swap_runs(supervisor) -> None:
    c = supervisor
    c.stack.start_swap()
    c.qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.RUNNING, timeout=10000)
    assert walk(c) == {}


# every catalogue (Macau reads Hong Kong's): the real texts, as long as each language makes them
LANGUAGES = [c for c in available() if c not in ("en", "zh_MO")]


@pytest.fixture
def language(request, qapp):
    languages = Languages()
    assert languages.use(request.param) is None
    yield request.param
    languages.use("en")


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_page_fits_in_every_language(language, console, tmp_path) -> None:  # noqa: F811
    c = signed_in_supervisor(console, tmp_path)
    found = {"normal": walk(c)}
    c.stack.start_swap()
    c.qtbot.waitUntil(lambda: c.stack.swaps.tx.phase is Phase.RUNNING, timeout=10000)
    found["while a swap runs"] = walk(c)
    assert {k: v for k, v in found.items() if v} == {}


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_page_fits_in_maintenance_in_every_language(language, console,  # noqa: F811
                                                          tmp_path) -> None:
    c = signed_in_supervisor(console, tmp_path)
    enter_maintenance(c)
    assert walk(c) == {}


def test_a_glance_line_is_drawn_smaller_before_it_is_shortened(qapp) -> None:
    from PySide6.QtGui import QFont

    from operator_app.ui.widgets import ShrinkLabel

    label = ShrinkLabel("", min_px=20)
    font = QFont()
    font.setPixelSize(60)
    label.setFont(font)
    label.set_full("▶ Pindah ke rak bateri")
    label.resize(label.sizeHint().width() * 2 // 3, 80)
    shown, used = label.fitted()
    assert shown == label.full and 20 <= used.pixelSize() < 60  # whole, smaller
    label.resize(60, 80)
    shown, used = label.fitted()
    assert shown.endswith("…") and used.pixelSize() == 20  # no room even at its smallest


def whole_and_inked(line) -> bool:
    """The glance line draws its whole text, its highest mark inside the label."""
    from PySide6.QtGui import QFontMetrics

    from operator_app.ui.widgets import ink_top

    shown, font = line.fitted()
    above = line.contentsRect().height() - QFontMetrics(font).descent() - 1
    return shown == line.full and -ink_top(shown, font) <= above + 0.5


@pytest.mark.parametrize("language", ["ms", "th", "zh_HK"], indirect=True)
def test_the_glance_lines_are_whole_in_every_script(language, console,  # noqa: F811
                                                     tmp_path) -> None:
    """Malay's longer step names, Thai's vowels and tones above the capitals' line: drawn
    smaller, never cut at the side or the top."""
    c = signed_in_supervisor(console, tmp_path)
    state = c.window.station_bar.state
    c.qtbot.waitUntil(lambda: state.full != "", timeout=10000)
    assert whole_and_inked(state), state.full
    c.stack.start_swap()
    strip = c.window.swap_strip
    c.qtbot.waitUntil(lambda: strip.step.full.startswith("▶"), timeout=10000)
    for step in st.SwapStep:  # every step's name, as the strip says it while it runs
        strip.step.set_full("▶ " + label(step))
        assert whole_and_inked(strip.step), strip.step.full
