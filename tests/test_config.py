"""console.toml: good values are used; a bad file or value is reported in words, never fatal."""

from __future__ import annotations

from pathlib import Path

from operator_app.config import ConsoleConfig, load_config


def test_no_file_at_the_usual_place_gives_the_defaults_quietly(tmp_path: Path,
                                                               monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    c = load_config()
    assert c.station_name == ConsoleConfig().station_name and not c.problems


def test_a_config_file_asked_for_and_missing_is_said(tmp_path: Path) -> None:
    c = load_config(tmp_path / "none.toml")
    assert c.station_name == ConsoleConfig().station_name
    assert c.problems == (f"{tmp_path / 'none.toml'}: no such file (given with --config); "
                          "running on the defaults",)


def test_values_are_read(tmp_path: Path) -> None:
    f = tmp_path / "console.toml"
    f.write_text('station_name = "Depot North"\noperators_sign_in = true\ntheme = "night"\n'
                 "dpi = 149\nsign_out_minutes = 5\n", encoding="utf-8")
    c = load_config(f)
    assert (c.station_name, c.operators_sign_in, c.theme, c.dpi, c.sign_out_minutes) == (
        "Depot North", True, "night", 149.0, 5.0)
    assert not c.problems


def test_a_shared_pin_left_in_the_file_is_retired_and_never_repeated(tmp_path: Path) -> None:
    f = tmp_path / "console.toml"
    f.write_text('technician_pin = "480615"\nsupervisor_pin = "9x71-32"\n', encoding="utf-8")
    c = load_config(f)
    text = "\n".join(c.problems)
    assert len(c.problems) == 2 and "technician_pin is no longer used" in text
    assert "supervisor_pin is no longer used" in text and "operator-app users" in text
    assert "480615" not in text and "9x71" not in text
    assert not hasattr(c, "technician_pin")


def test_corrupt_file_is_reported_and_defaults_used(tmp_path: Path) -> None:
    f = tmp_path / "console.toml"
    f.write_text('station_name = "unterminated\n', encoding="utf-8")
    c = load_config(f)
    assert c.station_name == ""  # not configured: the screens say their default
    assert len(c.problems) == 1 and "not valid TOML" in c.problems[0] and str(f) in c.problems[0]


def test_each_wrong_value_is_named_and_the_rest_used(tmp_path: Path) -> None:
    f = tmp_path / "console.toml"
    f.write_text('station_name = "Bay 2"\noperators_sign_in = "yes"\ntheme = "blue"\ndpi = 5\n'
                 'colour = "red"\nsign_out_minutes = 0\n', encoding="utf-8")
    c = load_config(f)
    assert c.station_name == "Bay 2"
    assert not c.operators_sign_in and c.theme == "day" and c.dpi == 0.0
    assert c.sign_out_minutes == 10.0
    text = "\n".join(c.problems)
    for needle in ("operators_sign_in = 'yes' wants true or false", "theme = 'blue'",
                   "dpi = 5 wants a number", "unknown key 'colour'",
                   "sign_out_minutes = 0 wants a number of minutes from 1 to 240"):
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


def test_the_service_intervals(tmp_path: Path) -> None:
    f = tmp_path / "console.toml"
    f.write_text("[maintenance]\nlift_cycles = 20000\nlock_cycles = -4\nshuttle = 3\n",
                 encoding="utf-8")
    c = load_config(f)
    assert c.maintenance.lift_cycles == 20000 and c.maintenance.lock_cycles == 200_000
    text = "\n".join(c.problems)
    assert "maintenance.lock_cycles = -4 wants a whole number from 100 to 100000000" in text
    assert "maintenance.shuttle is not a setting" in text
