"""``operator-app sync status|drain|export|confirm`` and ``operator-app fleet receive|import``,
as a technician runs them: the station with no network hands its records over on a stick."""

from __future__ import annotations

import gzip
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from operator_app.app import main
from operator_app.storage.journal import Journal
from operator_app.sync.contract import markdown
from tests.sync.broker import Mosquitto, free_port
from tests.sync.helpers import (
    Receiver,
    fleet_gaps,
    fleet_uuids,
    journal_uuids,
    open_writer,
    write_mixed,
)

ROOT = Path(__file__).resolve().parents[2]
STATION = "MO-TAIPA-02"
pytestmark = pytest.mark.timeout(180)


def make_station(tmp_path: Path, rounds: int = 20, config: str = "") -> tuple[Path, Path]:
    data = tmp_path / "data"
    writer = open_writer(data)
    try:
        write_mixed(writer, rounds)
    finally:
        writer.close()
    cfg = tmp_path / "console.toml"
    cfg.write_text(f'station_id = "{STATION}"\n' + config)
    return data, cfg


def run(args: list[str], capsys) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def lines_of(out: str) -> dict[str, str]:
    return dict(line.split(": ", 1) for line in out.splitlines() if ": " in line)


def unsent(data: Path) -> int:
    conn = sqlite3.connect(f"file:{data / 'journal.sqlite'}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM outbox WHERE sent_at IS NULL").fetchone()[0]
    finally:
        conn.close()


def total(data: Path) -> int:
    return sum(len(v) for v in journal_uuids(data / "journal.sqlite").values())


def test_status_drain_status(tmp_path: Path, broker: Mosquitto, capsys) -> None:
    data, cfg = make_station(tmp_path)
    n = total(data)
    code, out, _ = run(["sync", "status", "--data-dir", str(data), "--config", str(cfg)], capsys)
    assert code == 0
    got = lines_of(out)
    assert got["sent"] == "0" and got["unsent"] == str(n)
    assert "swap" in got["unsent by kind"] and got["station"] == STATION
    with Receiver(broker.url, tmp_path / "fleet"):
        code, out, err = run(["sync", "drain", "--data-dir", str(data), "--config", str(cfg),
                              "--broker", broker.url, "--timeout", "10"], capsys)
        assert code == 0, err
        assert lines_of(out)["unsent"] == "0" and "sync: drained: nothing is unsent" in err
        assert "connecting: 0 unsent" not in err  # what waits is read before it connects
        assert "Normal disconnection" not in err  # its own goodbye is not a lost connection
    code, out, _ = run(["sync", "status", "--data-dir", str(data), "--config", str(cfg)], capsys)
    got = lines_of(out)
    # and the journal.held event that records the broker holds them, sent too
    assert got["sent"] == str(n + 1) and got["unsent"] == "0"
    assert got["last success"] != "never"
    conn = sqlite3.connect(data / "journal.sqlite")
    held = conn.execute("SELECT payload FROM events WHERE kind = 'journal.held'").fetchall()
    conn.close()
    assert [json.loads(h)["through_seq"] for (h,) in held] == [n]
    assert json.loads(held[0][0])["by"] == "broker"  # archived after the window from now on


def test_drain_exits_1_when_the_broker_cannot_be_reached(tmp_path: Path, capsys) -> None:
    data, cfg = make_station(tmp_path, rounds=2)
    t0 = time.monotonic()
    code, out, err = run(["sync", "drain", "--data-dir", str(data), "--config", str(cfg),
                          "--broker", f"mqtt://127.0.0.1:{free_port()}", "--timeout", "2"],
                         capsys)
    assert code == 1 and time.monotonic() - t0 < 10
    assert "not drained within --timeout 2 s: cannot reach" in err
    assert lines_of(out)["unsent"] == str(total(data))


def test_drain_refuses_without_a_station_id_or_with_a_bad_url(tmp_path: Path, capsys) -> None:
    data, _ = make_station(tmp_path, rounds=1)
    empty = tmp_path / "empty.toml"
    empty.write_text("")
    code, _, err = run(["sync", "drain", "--data-dir", str(data), "--config", str(empty),
                        "--broker", "mqtt://127.0.0.1:1"], capsys)
    assert code == 2 and "no station_id is set" in err
    code, _, err = run(["sync", "drain", "--data-dir", str(data), "--config", str(empty),
                        "--broker", "http://example.net"], capsys)
    assert code == 2 and "wants mqtt://HOST:PORT" in err


def test_a_station_id_changed_after_records_were_sent_is_refused(tmp_path: Path,
                                                                 broker: Mosquitto,
                                                                 capsys) -> None:
    data, cfg = make_station(tmp_path, rounds=1)
    assert run(["sync", "drain", "--data-dir", str(data), "--config", str(cfg), "--broker",
                broker.url], capsys)[0] == 0
    writer = open_writer(data)
    writer.call(Journal.append_event, "later", {}).result(10)
    writer.close()
    cfg.write_text('station_id = "MO-OTHER-09"\n')
    code, _, err = run(["sync", "drain", "--data-dir", str(data), "--config", str(cfg),
                        "--broker", broker.url], capsys)
    assert code == 2
    assert f"went to the fleet as station '{STATION}'" in err and "Set station_id" in err
    assert unsent(data) == 1  # nothing lost, nothing sent under the new id


def test_an_id_changed_before_anything_was_sent_is_adopted(tmp_path: Path, broker: Mosquitto,
                                                           capsys) -> None:
    data, cfg = make_station(tmp_path, rounds=1)
    cfg.write_text('station_id = "MO-NEW-01"\n')
    with Receiver(broker.url, tmp_path / "fleet") as rx:
        assert run(["sync", "drain", "--data-dir", str(data), "--config", str(cfg), "--broker",
                    broker.url], capsys)[0] == 0
        assert rx.wait_for("MO-NEW-01", total(data)) == total(data)


def test_drain_refuses_while_a_console_holds_the_journal(tmp_path: Path, capsys) -> None:
    from operator_app.storage.db import JournalLock

    data, cfg = make_station(tmp_path, rounds=1)
    lock = JournalLock.acquire(data)
    try:
        code, _, err = run(["sync", "drain", "--data-dir", str(data), "--config", str(cfg),
                            "--broker", "mqtt://127.0.0.1:1"], capsys)
        assert code == 2 and "drain refused" in err and "sends by itself" in err
        code, _, err = run(["sync", "export", "--data-dir", str(data), "--config", str(cfg),
                            "--out", str(tmp_path / "stick")], capsys)
        assert code == 0  # reading is allowed beside a console
        bundle_dir = next((tmp_path / "stick").iterdir())
        code, _, err = run(["sync", "confirm", str(bundle_dir), "--data-dir", str(data),
                            "--config", str(cfg)], capsys)
        assert code == 2 and "confirm refused" in err and unsent(data) == total(data)
    finally:
        lock.release()


# --- the export bundle ---------------------------------------------------------------------


def test_the_bundle_round_trip_and_its_double_import(tmp_path: Path, capsys) -> None:
    data, cfg = make_station(tmp_path)
    n = total(data)
    stick = tmp_path / "stick"
    code, out, err = run(["sync", "export", "--data-dir", str(data), "--config", str(cfg),
                          "--out", str(stick)], capsys)
    assert code == 0, err
    assert f"wrote and read back {n} records" in out and "nothing is marked sent yet" in out
    assert unsent(data) == n  # not until the operator confirms
    [folder] = stick.iterdir()
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["station_id"] == STATION and manifest["records"] == n
    assert manifest["previous"] is None and manifest["ranges"] == [[1, n]]
    with gzip.open(folder / manifest["files"][0]["name"], "rt") as f:
        first = json.loads(f.readline())
    assert first["seq"] == 1 and first["station_id"] == STATION
    code, out, _ = run(["sync", "confirm", str(folder), "--data-dir", str(data), "--config",
                             str(cfg)], capsys)
    assert code == 0 and f"{n} were marked sent" in out
    assert unsent(data) == 2  # only the events that say so: sync.exported, journal.held
    # the fleet imports it: every record once, no gap; again: nothing changes
    fleet = tmp_path / "fleet"
    code, out, _ = run(["fleet", "import", str(folder), "--out", str(fleet)], capsys)
    assert code == 0 and f"{n} records in the bundle, {n} new" in out
    assert "gaps: none" in out
    before = (fleet / f"{STATION}.sqlite").read_bytes()
    code, out, _ = run(["fleet", "import", str(folder), "--out", str(fleet)], capsys)
    assert code == 0 and f"{n} records in the bundle, 0 new (imported before" in out
    held = fleet_uuids(fleet, STATION)
    mine = journal_uuids(data / "journal.sqlite", through_seq=n)  # what was exported
    assert held == mine
    conn = sqlite3.connect(fleet / f"{STATION}.sqlite")
    assert conn.execute("SELECT count(*) FROM records").fetchone()[0] == n
    conn.close()
    assert len(before) > 0
    # the next bundle chains to this one
    writer = open_writer(data)
    writer.call(Journal.append_event, "after", {}).result(10)
    writer.close()
    code, out, _ = run(["sync", "export", "--data-dir", str(data), "--config", str(cfg),
                        "--out", str(stick)], capsys)
    assert code == 0
    second = next(p for p in stick.iterdir() if p != folder)
    m2 = json.loads((second / "manifest.json").read_text())
    import hashlib

    assert m2["previous"] == hashlib.sha256((folder / "manifest.json").read_bytes()).hexdigest()
    assert m2["ranges"] == [[n + 1, n + 3]]  # sync.exported, journal.held, after
    code, out, _ = run(["fleet", "import", str(second), "--out", str(fleet)], capsys)
    assert code == 0 and "3 new" in out and "gaps: none" in out
    # a fleet that never imported the first bundle is told so, and sees the gap
    code, out, _ = run(["fleet", "import", str(second), "--out", str(tmp_path / "other")],
                       capsys)
    assert code == 0 and "was not imported here" in out and f"gaps: 1-{n}" in out
    assert fleet_gaps(fleet, STATION) == []


def test_a_corrupted_bundle_is_refused_whole(tmp_path: Path, capsys) -> None:
    data, cfg = make_station(tmp_path, rounds=3)
    stick = tmp_path / "stick"
    assert run(["sync", "export", "--data-dir", str(data), "--config", str(cfg), "--out",
                str(stick)], capsys)[0] == 0
    [folder] = stick.iterdir()
    name = json.loads((folder / "manifest.json").read_text())["files"][0]["name"]
    raw = bytearray((folder / name).read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    (folder / name).write_bytes(bytes(raw))
    fleet = tmp_path / "fleet"
    code, _, err = run(["fleet", "import", str(folder), "--out", str(fleet)], capsys)
    assert code == 1 and "is damaged" in err and "nothing was changed" in err
    assert not (fleet / f"{STATION}.sqlite").exists()
    code, _, err = run(["sync", "confirm", str(folder), "--data-dir", str(data), "--config",
                             str(cfg)], capsys)
    assert code == 1 and "confirm refused" in err
    assert unsent(data) == total(data)  # a bad copy is never counted sent
    (folder / "manifest.json").write_text("{not json")
    code, _, err = run(["fleet", "import", str(folder), "--out", str(fleet)], capsys)
    assert code == 1 and "is not a bundle manifest" in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to a read-only folder")
def test_a_stick_that_cannot_be_written_marks_nothing(tmp_path: Path, capsys) -> None:
    data, cfg = make_station(tmp_path, rounds=2)
    stick = tmp_path / "stick"
    stick.mkdir()
    stick.chmod(0o500)
    try:
        code, _, err = run(["sync", "export", "--data-dir", str(data), "--config", str(cfg),
                            "--out", str(stick)], capsys)
    finally:
        stick.chmod(0o700)
    assert code == 1 and "nothing was marked sent" in err


def test_a_stick_pulled_out_during_the_export_marks_nothing(tmp_path: Path) -> None:
    """The stick goes away while the bundle is written (a small filesystem that fills, as a
    pulled stick fails its writes): the export fails in words, nothing is marked sent, and
    a confirm of what is left is refused."""
    data, cfg = make_station(tmp_path, rounds=200)
    stick = tmp_path / "stick"
    stick.mkdir()
    script = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (40000, 40000))\n"
        "import signal; signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "from operator_app.app import main\n"
        f"sys.exit(main(['sync', 'export', '--data-dir', {str(data)!r}, '--config', "
        f"{str(cfg)!r}, '--out', {str(stick)!r}]))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    assert done.returncode == 1, done.stderr
    assert "writing the bundle" in done.stderr and "nothing was marked sent" in done.stderr
    assert unsent(data) == total(data)
    partial = [p for p in stick.iterdir() if p.name.endswith(".partial")]
    assert partial and not (partial[0] / "manifest.json").exists()
    code = main(["sync", "confirm", str(partial[0]), "--data-dir", str(data), "--config",
                 str(cfg)])
    assert code == 1
    done = subprocess.run([sys.executable, "-m", "operator_app", "sync", "confirm",
                           str(partial[0]), "--data-dir", str(data), "--config", str(cfg)],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 1 and "an export that did not finish" in done.stderr
    assert unsent(data) == total(data)


def test_fleet_receive_from_the_command_line_reports_gaps(tmp_path: Path,
                                                          broker: Mosquitto) -> None:
    data, cfg = make_station(tmp_path, rounds=3)
    rx = subprocess.Popen([sys.executable, "-m", "operator_app", "fleet", "receive",
                           "--broker", broker.url, "--out", str(tmp_path / "fleet")],
                          cwd=ROOT, stdout=subprocess.PIPE, text=True)
    time.sleep(1.5)
    done = subprocess.run([sys.executable, "-m", "operator_app", "sync", "drain",
                           "--data-dir", str(data), "--config", str(cfg), "--broker",
                           broker.url], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    time.sleep(1.0)
    rx.terminate()  # SIGTERM, as systemd stops it: its summary all the same
    out, _ = rx.communicate(timeout=30)
    n = total(data)
    assert f"{STATION}: {n} records, seq 1-{n}, gaps: none" in out


def test_fleet_receive_waits_longer_while_the_broker_stays_away(tmp_path: Path) -> None:
    b = Mosquitto(tmp_path / "broker").start()
    rx = subprocess.Popen([sys.executable, "-m", "operator_app", "fleet", "receive",
                           "--broker", b.url, "--out", str(tmp_path / "fleet"),
                           "--seconds", "12"], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    time.sleep(2.0)
    b.stop()
    out, _ = rx.communicate(timeout=40)
    lines = [x for x in out.splitlines() if "trying again" in x]
    assert 2 <= len(lines) <= 5, lines  # 1, 2, 4, 8 s: not one a second
    assert "cannot reach" in out and "Connection refused" in out


def test_out_of_order_bundles_are_not_called_missing(tmp_path: Path, capsys) -> None:
    data, cfg = make_station(tmp_path, rounds=1)
    stick = tmp_path / "stick"
    folders = []
    for i in range(3):
        if i:
            writer = open_writer(data)
            writer.call(Journal.append_event, "more", {"i": i}).result(10)
            writer.close()
        assert run(["sync", "export", "--data-dir", str(data), "--config", str(cfg), "--out",
                    str(stick)], capsys)[0] == 0
        folders.append(next(p for p in stick.iterdir() if p not in folders))
        assert run(["sync", "confirm", str(folders[-1]), "--data-dir", str(data), "--config",
                    str(cfg)], capsys)[0] == 0
    fleet = tmp_path / "fleet"
    notes = []
    for i in (0, 2, 1):
        code, out, _ = run(["fleet", "import", str(folders[i]), "--out", str(fleet)], capsys)
        assert code == 0
        notes.append("was not imported here" in out)
    assert notes == [False, True, False]  # the third's predecessor is the second, not yet in
    assert run(["sync", "export", "--data-dir", str(data), "--config", str(cfg), "--out",
                str(stick)], capsys)[0] == 0  # the last confirm's own records
    code, out, _ = run(["sync", "export", "--data-dir", str(tmp_path / "empty-not-there"),
                        "--out", str(stick)], capsys)
    assert code == 2


def test_nothing_to_export_is_not_a_failure(tmp_path: Path, broker: Mosquitto, capsys) -> None:
    data, cfg = make_station(tmp_path, rounds=1)
    assert run(["sync", "drain", "--data-dir", str(data), "--config", str(cfg), "--broker",
                broker.url], capsys)[0] == 0
    code, out, _ = run(["sync", "export", "--data-dir", str(data), "--config", str(cfg),
                        "--out", str(tmp_path / "stick")], capsys)
    assert code == 0 and "nothing to export" in out


def test_the_contract_document_is_generated_from_the_code() -> None:
    committed = (ROOT / "resources" / "sync-contract.md").read_text(encoding="utf-8")
    assert committed == markdown(), ("resources/sync-contract.md is stale: run `python -m "
                                     "operator_app.sync.contract > resources/sync-contract.md`")
