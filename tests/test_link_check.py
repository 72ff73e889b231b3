"""``operator-app link check``: the integrator's first command on a new terminal."""

from __future__ import annotations

import contextlib
import re
import subprocess
import sys
from collections.abc import Iterator


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "operator_app", "link", "check", *args],
                          capture_output=True, text=True, timeout=60,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})


def test_link_check_against_a_device_server_url() -> None:
    sim = subprocess.Popen([sys.executable, "-m", "operator_app.simulator", "--tcp",
                            "127.0.0.1:0"], stdout=subprocess.PIPE, text=True)
    try:
        url = sim.stdout.readline().split()[1]
        r = run("--link", url, "--seconds", "1.5")
    finally:
        sim.terminate()
        sim.wait(10)
    assert r.returncode == 0, r.stdout + r.stderr
    lines = r.stdout.splitlines()
    assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d  CONNECTING", lines[1])
    assert "ONLINE" in lines[2]
    assert "controller: SIM SwapCtl 2" in r.stdout
    assert re.search(r"round trip: median [\d.]+ ms, p99 [\d.]+ ms", r.stdout)
    assert "result: the controller answered" in r.stdout


def test_link_check_with_nothing_there_exits_non_zero(tmp_path) -> None:
    r = run("--link", str(tmp_path / "ttyUSB0"), "--seconds", "1")
    assert r.returncode == 1
    assert "does not exist" in r.stdout
    assert "NO ANSWER" in r.stdout


def test_link_check_bad_url_exits_2() -> None:
    r = run("--link", "ttyUSB0")
    assert r.returncode == 2 and "not a device path or URL" in r.stderr


@contextlib.contextmanager
def tcp_sim(*args: str) -> Iterator[str]:
    """``operator-sim --tcp`` on a free port for the block; yields its socket:// URL."""
    sim = subprocess.Popen([sys.executable, "-m", "operator_app.simulator", "--tcp",
                            "127.0.0.1:0", "--no-arrivals", *args], stdout=subprocess.PIPE,
                           text=True)
    try:
        yield sim.stdout.readline().split()[1]
    finally:
        sim.terminate()
        sim.wait(10)


def test_link_check_ends_with_the_station_state() -> None:
    with tcp_sim() as url:
        r = run("--link", url, "--seconds", "1.5")
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.splitlines()[-1] == "state: AUTOMATIC IDLE, faults: none"


def test_link_check_fails_a_frozen_controller_program() -> None:
    with tcp_sim("--fault", "heartbeat_freeze") as url:
        r = run("--link", url, "--seconds", "2.5", "--lost-after", "1")
    assert r.returncode == 1, r.stdout
    assert "heartbeat has not changed" in r.stdout
    assert r.stdout.splitlines()[-1].startswith("state: unknown (link LOST")


def test_link_check_fails_a_link_stuck_connecting() -> None:
    with tcp_sim("--fault", "silent") as url:
        r = run("--link", url, "--seconds", "1.5")
    assert r.returncode == 1, r.stdout
    assert "NO ANSWER" in r.stdout
    assert r.stdout.splitlines()[-1].startswith("state: unknown (link CONNECTING")


# --- link command: the handshake from the command line ------------------------------------


def command(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "operator_app", "link", "command", *args],
                          capture_output=True, text=True, timeout=90, input=stdin,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})


def test_link_command_one_command(tmp_path) -> None:
    log = tmp_path / "commands.jsonl"
    with tcp_sim("--command-log", str(log)) as url:
        r = command("--link", url, "CHARGER_ENABLE", "3", "0")
    assert r.returncode == 0, r.stdout + r.stderr
    [line] = r.stdout.splitlines()
    assert re.fullmatch(r"DONE seq \d+", line)
    import json

    [entry] = [json.loads(x) for x in log.read_text().splitlines()]
    assert entry["seq"] == int(line.split()[-1])
    assert (entry["code"], entry["args"], entry["result"]) == ("CHARGER_ENABLE", [3, 0], "DONE")


def test_link_command_reads_standard_input_on_one_connection() -> None:
    script = ("# commissioning\nSET_MODE MAINTENANCE\nHOME_AXES\n\nSET_MODE automatic\n"
              "START_SWAP 1 1\nRESET_FAULTS\n")
    with tcp_sim() as url:
        r = command("--link", url, "-", stdin=script)
    lines = r.stdout.splitlines()
    words = [line.split()[0] for line in lines]
    assert words == ["DONE", "ACCEPTED", "DONE", "DONE", "REJECTED", "DONE"], r.stdout
    assert lines[4].endswith(" NOT_READY")  # no vehicle in the bay
    seqs = [int(line.split()[2]) for line in lines]
    assert seqs[1] == seqs[2] and len(set(seqs)) == 5  # one number per command, in order
    assert seqs == sorted(seqs)
    assert r.returncode == 1  # not every command ended DONE
    assert "ONLINE" in r.stderr  # link events go to standard error


def test_link_command_bad_command_or_url_exits_2() -> None:
    r = command("--link", "socket://127.0.0.1:9", "FROBNICATE")
    assert r.returncode == 2 and "unknown command 'FROBNICATE'" in r.stderr
    r = command("--link", "socket://127.0.0.1:9", "CHARGER_ENABLE", "3")
    assert r.returncode == 2 and "CHARGER_ENABLE takes slot enable" in r.stderr
    r = command("--link", "socket://127.0.0.1:9", "SET_MODE", "SLEEP")
    assert r.returncode == 2 and "AUTOMATIC, MAINTENANCE" in r.stderr
    r = command("--link", "ttyUSB0", "RESET_FAULTS")
    assert r.returncode == 2 and "not a device path or URL" in r.stderr


def test_link_command_bad_line_on_standard_input_is_named_and_the_rest_runs() -> None:
    with tcp_sim() as url:
        r = command("--link", url, "-", stdin="RESET_FAULTS\nSET_MODE 7 7\nRESET_FAULTS\n")
    assert r.returncode == 2
    assert "line 2: SET_MODE takes mode" in r.stderr
    assert [x.split()[0] for x in r.stdout.splitlines()] == ["DONE", "DONE"]


def test_link_command_with_no_controller_sends_nothing() -> None:
    r = command("--link", "socket://127.0.0.1:9", "--connect-timeout", "1.5", "RESET_FAULTS")
    assert r.returncode == 1
    assert "did not come up" in r.stderr and "nothing was sent" in r.stderr


def test_a_controller_frozen_from_the_start_never_passes_nor_gets_a_command() -> None:
    with tcp_sim("--fault", "heartbeat_freeze") as url:
        check = run("--link", url, "--seconds", "1")  # shorter than --lost-after
        cmd = command("--link", url, "--connect-timeout", "1.5", "CHARGER_ENABLE", "3", "0")
    assert check.returncode == 1, check.stdout
    assert "ONLINE" not in check.stdout
    assert cmd.returncode == 1 and cmd.stdout == ""
    assert "nothing was sent" in cmd.stderr


def test_link_command_comments_and_exit_precedence() -> None:
    with tcp_sim() as url:
        r = command("--link", url, "-", stdin="CHARGER_ENABLE 2 1  # slot 2 back on\n")
    assert r.returncode == 0 and r.stdout.split()[0] == "DONE", r.stderr
    # a bad command says 2 even when the link never came up
    r = command("--link", "socket://127.0.0.1:9", "--connect-timeout", "1", "-",
                stdin="FROBNICATE\n")
    assert r.returncode == 2


def test_link_tools_refuse_nonsense_durations_and_say_how_to_get_help() -> None:
    r = run("--link", "socket://127.0.0.1:9", "--seconds", "0")
    assert r.returncode == 2 and "must be above 0" in r.stderr
    r = subprocess.run([sys.executable, "-m", "operator_app", "link", "--help"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and "operator-app link command --link URL" in r.stderr
