"""The Settings page by taps: a supervisor changes a setting, it is saved to console.toml,
audited with old and new, and acts at once; others cannot change anything."""

from __future__ import annotations

import tomllib

from operator_app.config import load_config
from operator_app.services.settings_service import SettingsService
from tests.people import PIN, SUPER, SUPER_PIN, TECH
from tests.ui.test_main_window import console, tap  # noqa: F401


def test_a_supervisor_changes_the_ready_soc_and_it_acts_at_once(qtbot, console, tmp_path) -> None:  # noqa: F811
    f = tmp_path / "console.toml"
    f.write_text('station_name = "Test bay"\n', encoding="utf-8")
    c = console(dpi=149.0, settings=SettingsService(load_config(f), None))
    w = c.window
    c.window.options.settings.journal = c.stack.journal.port
    c.sign_in_by_taps(TECH, PIN)
    tap(qtbot, w.strip.maintenance_button)
    tap(qtbot, w.maintenance_page.section_buttons[3])
    tap(qtbot, c.button("tool_settings"))
    page = w.settings_page
    assert w.stack.currentWidget() is page
    assert not c.button("more_selection.ready_soc").isEnabled()  # a technician: no change
    assert "supervisor" in page.message.text()
    assert page.message.text() == "Settings can be changed by a signed-in supervisor."
    tap(qtbot, w.strip.role_button)  # sign out
    c.sign_in_by_taps(SUPER, SUPER_PIN)
    w.show_page(page)
    assert page.message.text() == ""  # a supervisor: no refusal said
    assert page.values["selection.ready_soc"].text() == "90"
    for _ in range(3):
        tap(qtbot, c.button("less_selection.ready_soc"))
    assert page.values["selection.ready_soc"].text() == "87"
    assert page.message.text() == "A pack is ready at SoC, % is now 87"  # its name, not its key
    assert c.stack.swaps.supervisor.rules.ready_soc == 87.0 and w.rack.rules.ready_soc == 87.0
    assert tomllib.loads(f.read_text(encoding="utf-8"))["selection"] == {"ready_soc": 87.0}
    c.button("less_max_shelve_minutes").click()  # below the fold: clicked, not tapped
    assert c.stack.alarms.manager.max_shelve_s == 225 * 60  # no alarm shelved longer now
    tap(qtbot, c.button("edit_link"))

    def in_sight(widget) -> bool:
        view = w.stack_area.viewport()
        top = widget.mapTo(view, widget.rect().topLeft())
        return top.y() >= 0 and top.y() + widget.height() <= view.height()

    qtbot.waitUntil(lambda: in_sight(page.save_button), timeout=3000)  # scrolled to it
    page.field.setText("ftp://nowhere")
    tap(qtbot, page.save_button)
    assert page.message.text().startswith("not changed: Controller link URL: 'ftp://nowhere' "
                                          "is not a link URL")
    assert page.editor.isVisible()
    audit = c.stack.rows("SELECT actor, action, detail FROM audit WHERE action = "
                         "'setting change'")
    assert len(audit) == 4 and all(a == SUPER for a, _, _ in audit)
    assert '"old":88.0' in audit[2][2] and '"new":87.0' in audit[2][2]
    assert '"key":"max_shelve_minutes"' in audit[3][2]
