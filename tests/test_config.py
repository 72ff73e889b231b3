"""console.toml: good values are used; a bad file or value is reported in words, never fatal."""

from __future__ import annotations

from pathlib import Path

from operator_app.config import ConsoleConfig, load_config


def test_missing_file_gives_the_defaults(tmp_path: Path) -> None:
    c = load_config(tmp_path / "none.toml")
    assert c.station_name == ConsoleConfig().station_name and not c.problems


def test_values_are_read(tmp_path: Path) -> None:
    f = tmp_path / "console.toml"
    f.write_text('station_name = "Depot North"\ntechnician_pin = "480615"\ntheme = "night"\n'
                 "dpi = 149\n", encoding="utf-8")
    c = load_config(f)
    assert (c.station_name, c.technician_pin, c.theme, c.dpi) == ("Depot North", "480615",
                                                                  "night", 149.0)
    assert not c.problems


def test_corrupt_file_is_reported_and_defaults_used(tmp_path: Path) -> None:
    f = tmp_path / "console.toml"
    f.write_text('station_name = "unterminated\n', encoding="utf-8")
    c = load_config(f)
    assert c.station_name == ""  # not configured: the screens say their default
    assert len(c.problems) == 1 and "not valid TOML" in c.problems[0] and str(f) in c.problems[0]


def test_each_wrong_value_is_named_and_the_rest_used(tmp_path: Path) -> None:
    f = tmp_path / "console.toml"
    f.write_text('station_name = "Bay 2"\ntechnician_pin = 1234\ntheme = "blue"\ndpi = 5\n'
                 'colour = "red"\nsupervisor_pin = "12a4"\n', encoding="utf-8")
    c = load_config(f)
    assert c.station_name == "Bay 2"
    assert c.technician_pin == "" and c.theme == "day" and c.dpi == 0.0
    text = "\n".join(c.problems)
    for needle in ("technician_pin = 1234 wants 4 to 8 digits", "theme = 'blue'",
                   "dpi = 5 wants a number", "unknown key 'colour'", "supervisor_pin"):
        assert needle in text, needle


def test_unreadable_bytes(tmp_path: Path) -> None:
    f = tmp_path / "console.toml"
    f.write_bytes(b"\xff\xfe\x00garbage")
    c = load_config(f)
    assert c.problems and "running on the defaults" in c.problems[0]


def test_the_sync_table_each_wrong_value_named(tmp_path: Path) -> None:
    f = tmp_path / "console.toml"
    f.write_text('station_id = "HK-1"\n[sync]\nbroker = "mqtt://fleet:1883"\nwindow = 0\n'
                 'password = 12\nspeed = 3\nprotocol = "4"\n', encoding="utf-8")
    c = load_config(f)
    assert c.sync.broker == "mqtt://fleet:1883" and c.sync.enabled and not c.sync.problem
    assert c.sync.window == 20 and c.sync.protocol == "5"  # the defaults for what was wrong
    text = "\n".join(c.problems)
    for needle in ("sync.window = 0 wants a number from 1 to 1000; the default is used",
                   "sync.password wants text in quotes", "sync.speed is not a setting",
                   "sync.protocol = '4' wants \"5\" or \"3.1.1\""):
        assert needle in text, needle
    f.write_text('[sync]\nbroker = "tcp://fleet:1883"\n', encoding="utf-8")
    c = load_config(f)
    assert not c.sync.enabled and "sync is off until it is fixed" in c.problems[0]
    assert "wants mqtt://HOST:PORT or mqtts://HOST:PORT" in c.sync.problem
