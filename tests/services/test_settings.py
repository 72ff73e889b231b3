"""Settings changed at the console: checked as console.toml is read, written whole, audited
with the old and the new value; a broken file falls back to the last good one."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from operator_app.config import last_good_path, load_config
from operator_app.domain.roles import Role
from operator_app.services.settings_service import SettingsService
from tests.services.recording_port import Sink


def audits(port: Sink) -> list[tuple]:
    return [c for c in port.calls if c[0] == "audit"]


def test_a_change_is_checked_saved_audited_and_applied(tmp_path: Path, qtbot) -> None:
    f = tmp_path / "console.toml"
    f.write_text('station_name = "Depot North"\n', encoding="utf-8")
    port = Sink()
    s = SettingsService(load_config(f), port)
    applied: list[object] = []
    s.apply["selection.ready_soc"] = applied.append
    done, said = s.change("selection.ready_soc", 85.0, "Technician T", Role.TECHNICIAN)
    assert not done and said.english() == "settings need a signed-in supervisor"
    done, said = s.change("selection.ready_soc", 85.0, "Sam Super", Role.SUPERVISOR)
    assert done and said.english() == "selection.ready_soc is now 85"
    assert applied == [85.0]
    data = tomllib.loads(f.read_text(encoding="utf-8"))
    assert data == {"station_name": "Depot North", "selection": {"ready_soc": 85.0}}
    assert load_config(f).selection.ready_soc == 85.0 and not load_config(f).problems
    done, said = s.change("selection.ready_soc", 120.0, "Sam Super", Role.SUPERVISOR)
    assert not done and "wants a number from 50 to 100" in said.english()
    done, said = s.change("link", "ftp://nowhere", "Sam Super", Role.SUPERVISOR)
    assert not done and "is not a link URL" in said.english()
    done, said = s.change("link", "socket://10.0.0.7:4001", "Sam Super", Role.SUPERVISOR)
    assert done and said.english().endswith("it takes effect at the next start")
    done, said = s.change("colour", "red", "Sam Super", Role.SUPERVISOR)
    assert not done and said.english() == "colour is not a setting"
    rows = audits(port)
    assert [r[3] for r in rows] == ["setting change", "setting change"]
    assert rows[0][1:3] == ("Sam Super", "SUPERVISOR")
    assert rows[0][4] == {"key": "selection.ready_soc", "old": 90.0, "new": 85.0,
                          "applies": "now"}
    assert rows[1][4]["old"] == "" and rows[1][4]["new"] == "socket://10.0.0.7:4001"
    assert json.dumps(rows[1][4])  # plain values: the journal keeps them as JSON


def test_an_invalid_file_is_refused_with_its_line_and_the_last_good_one_kept(
        tmp_path: Path) -> None:
    f = tmp_path / "console.toml"
    f.write_text('station_name = "Depot North"\ndpi = 149\n', encoding="utf-8")
    assert load_config(f).station_name == "Depot North"  # good: kept as the last good one
    assert last_good_path(f).read_text(encoding="utf-8") == f.read_text(encoding="utf-8")
    f.write_text('station_name = "Depot North"\ndpi = \ntheme = "night"\n', encoding="utf-8")
    c = load_config(f)
    assert c.station_name == "Depot North" and c.dpi == 149.0 and c.theme == "day"
    assert len(c.problems) == 1
    assert "not valid TOML" in c.problems[0] and "line 2 is `dpi =`" in c.problems[0]
    assert "the last good one" in c.problems[0] and str(last_good_path(f)) in c.problems[0]
    # the broken file does not replace the last good one
    assert "dpi = 149" in last_good_path(f).read_text(encoding="utf-8")
