"""``journal recover``: a damaged journal file's rows salvaged into the live journal.

Real files only: a journal is written through Journal on open_journal, damaged (garbage
over pages, truncated, header overwritten), set aside by open_journal as the console would,
and recovered with ``cli_journal.main``. What must survive is computed from the file's own
b-tree layout (dbstat, and the rowids in each leaf page's cells): a row survives when its
leaf page and every page above it are intact.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from operator_app import cli_journal
from operator_app.storage import db as db_module
from operator_app.storage.db import JournalLock, open_journal, quick_check
from operator_app.storage.inspect import verify
from operator_app.storage.journal import Journal
from operator_app.storage.retention import RetentionPolicy

KEY = bytes(range(32))
PAGE = 4096
T0 = 1_790_000_000.0
ROUNDS = 12
CONSOLE_EVENTS = 3  # what the console wrote in the new journal before the technician came
LIVE_ONLY = ("journal.lost", "journal.recovered", "console.start")


def telemetry(t: float, n: int) -> list[tuple]:
    return [(f"PACK{i % 4:020d}", i % 4, t + i, 50.0 + i % 7, 98.0, 600.0, 10.0, 3.2, 3.3,
             20.0, 25.0 + i % 5, 500.0, 30.0, 0) for i in range(n)]


def build(directory: Path) -> Path:
    """A sealed journal: 12 rounds of events, a swap, audit rows, an alarm, telemetry."""
    db, _ = open_journal(directory)
    now = [T0]

    def clock() -> float:
        now[0] += 0.5
        return now[0]

    j = Journal(db, clock=clock, key=KEY)
    rnd = random.Random(3)
    for code in range(4):
        j.see_pack(f"PACK{code:020d}", "LFP", 280.0, 100, 98.0, T0)
        j.add_pack_health(f"PACK{code:020d}", T0, 98.0, 100, 274.0, 500.0, 0.01, "bms")
        j.start_charging(f"C{code}", f"PACK{code:020d}", code, T0, 20.0)
    j.upsert_vehicle("70-8812", "F1", "HX", "LFP", 2, ["qr:1"])
    for r in range(ROUNDS):
        for i in range(30):
            j.append_event("link.state", {"r": r, "i": i, "note": "x" * rnd.randint(20, 160)})
        swap = {"id": f"S{r}", "vehicle_plate": "70-8812", "started_at": iso_at(r),
                "result": "running", "blocks": 2, "steps": [{"step": "unlock", "block": 1}]}
        j.record_swap(swap, "swap.started")
        j.record_swap({**swap, "result": "completed", "ended_at": iso_at(r)}, "swap.completed")
        for a in range(4):
            j.audit("ana", "OPERATOR", "swap start", {"round": r, "a": a, "pad": "y" * 150})
        j.record_alarm(f"A{r}", "ESTOP", "controller", 1, "active unacknowledged", T0 + r)
        j.record_alarm(f"A{r}", "ESTOP", "controller", 1, "normal", T0 + r + 1, cleared=True)
        j.add_telemetry(telemetry(T0 + r * 250, 250))
    j.clock = lambda: T0 + 4 * 3600
    j.run_retention(RetentionPolicy(raw_days=3650))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return directory / "journal.sqlite"


def iso_at(r: int) -> str:
    return f"2026-12-01T08:{r:02d}:00.000+00:00"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("pristine"))


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    path = tmp_path / "journal.key"
    path.write_text(KEY.hex() + "\n")
    return path


# --- what must survive, from the file's b-tree layout -------------------------------------


def varint(buf: bytes, i: int) -> tuple[int, int]:
    value = 0
    for k in range(9):
        b = buf[i + k]
        if k == 8:
            return (value << 8) | b, i + 9
        value = (value << 7) | (b & 0x7F)
        if b < 0x80:
            return value, i + k + 1
    raise AssertionError("unreachable")


def leaf_rowids(data: bytes, pageno: int) -> list[int]:
    base = (pageno - 1) * PAGE
    head = base + (100 if pageno == 1 else 0)
    assert data[head] == 0x0D, pageno  # a table b-tree leaf
    out = []
    for c in range(int.from_bytes(data[head + 3:head + 5], "big")):
        ptr = int.from_bytes(data[head + 8 + 2 * c:head + 10 + 2 * c], "big")
        _, i = varint(data, base + ptr)
        out.append(varint(data, i)[0])
    return out


def layout(path: Path) -> dict[str, list[tuple[int, str, str, int]]]:
    """table -> [(pageno, pagetype, path, ncell)] from dbstat."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out: dict[str, list] = {}
        for name, pageno, ptype, ppath, ncell in conn.execute(
                "SELECT name, pageno, pagetype, path, ncell FROM dbstat"):
            out.setdefault(name, []).append((pageno, ptype, ppath, ncell))
        return out
    finally:
        conn.close()


def survivors(path: Path, intact: Callable[[int], bool]) -> dict[str, set[int] | int]:
    """Per table the rowids (WITHOUT ROWID tables: the number of rows) on intact leaf pages
    under intact pages. A WITHOUT ROWID table keeps rows in its interior pages too: they
    count when the whole table is intact (once a leaf under them is lost, nothing names
    their keys, which a read would need)."""
    data = path.read_bytes()
    out: dict[str, set[int] | int] = {}
    for name, pages in layout(path).items():
        by_path = {p: n for n, _, p, _ in pages}
        assert all(t != "overflow" for _, t, _, _ in pages), name  # kept small on purpose
        rowids: set[int] = set()
        count = 0
        if all(intact(n) for n, _, _, _ in pages):
            count = sum(c for _, t, _, c in pages if t == "internal")
        for pageno, _, ppath, ncell in pages:
            parts = ppath.strip("/").split("/") if ppath != "/" else []
            above = [by_path["/" + "".join(p + "/" for p in parts[:k])] for k in range(len(parts))]
            if not (intact(pageno) and all(intact(p) for p in above)):
                continue
            kind = data[(pageno - 1) * PAGE + (100 if pageno == 1 else 0)]
            if kind == 0x0D:  # a table leaf: its cells are the rows
                rowids |= set(leaf_rowids(data, pageno))
            elif kind == 0x0A:  # a WITHOUT ROWID table's leaf
                count += ncell
        out[name] = count if name.startswith("telemetry_1") else rowids
    return out


def leaves(path: Path, table: str) -> list[int]:
    return sorted(n for n, t, _, _ in layout(path)[table] if t == "leaf")


# --- the flow: damage, set aside by open_journal, recover ---------------------------------


def rows(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def aside_files(aside: Path) -> dict[str, str]:
    """The set-aside file and what open_journal moved with it (-wal, -shm), by content."""
    return {p.name: sha(p) for p in aside.parent.glob(aside.name + "*")}


def set_aside(directory: Path, damaged: bytes, wal: bytes | None = None) -> Path:
    """Put the damaged file where the journal lives, let the console find it as it does
    (its background check marks the damage, the next start sets the file aside and starts
    a new journal), and write a few events as that console would."""
    directory.mkdir(exist_ok=True)
    path = directory / "journal.sqlite"
    path.write_bytes(damaged)
    if wal is not None:
        (directory / "journal.sqlite-wal").write_bytes(wal)
    assert quick_check(path) is not None  # a real damage case
    check = getattr(db_module, "background_check", None)
    if check is not None:  # in a thread of its own: it lowers its thread's priority
        worker = threading.Thread(target=check, args=(path,))
        worker.start()
        worker.join(60)
    db, report = open_journal(directory)
    assert report.damaged_copy is not None
    j = Journal(db, key=KEY)
    for i in range(CONSOLE_EVENTS):
        j.append_event("console.start", {"i": i})
    db.close()
    return report.damaged_copy


def run(aside: Path, directory: Path, key_file: Path) -> int:
    return cli_journal.main(["recover", str(aside), "--data-dir", str(directory),
                             "--key-file", str(key_file)])


def live_counts(live: Path) -> dict[str, int]:
    return {t: rows(live, f"SELECT count(*) FROM {t}")[0][0] for t in (
        "events", "outbox", "swaps", "audit", "alarms", "alarm_transitions", "telemetry",
        "telemetry_1m", "telemetry_1h", "packs", "pack_health", "charging_sessions",
        "vehicles", "seal", "station")}


def check_recovered(pristine: Path, live: Path, keep: dict[str, set[int] | int],
                    floor: int) -> dict:
    """The live journal holds exactly the surviving rows, as they were, once each."""
    old_events = {r[0]: r for r in rows(
        pristine, "SELECT id, uuid, seq, ts, kind, payload, offline FROM events")}
    want = {r[1:] for i, r in old_events.items() if i in keep["events"]}
    got = rows(live, "SELECT uuid, seq, ts, kind, payload, offline FROM events WHERE kind "
               f"NOT IN {LIVE_ONLY}")
    top = max(r[2] for r in old_events.values())
    if floor >= top:  # the old numbers were free: kept
        assert set(got) == want
    else:  # taken by the console's own events: numbered on after them, in order
        assert {r[:1] + r[2:] for r in got} == {r[:1] + r[2:] for r in want}
        assert [r[0] for r in sorted(got, key=lambda r: r[1])] == \
            [r[0] for r in sorted(want, key=lambda r: r[1])]
    assert len(got) == len(want)
    lost = rows(live, "SELECT seq, payload FROM events WHERE kind = 'journal.lost'")
    if floor >= top:
        assert {s for s, _ in lost} == {r[2] for r in old_events.values()} - {
            r[1] for r in want}
    else:
        assert lost == []

    def contents(path: Path, sql: str, ids: set[int] | None = None) -> list[tuple]:
        return sorted(r[1:] for r in rows(path, sql) if ids is None or r[0] in ids)

    audit = "SELECT id, ts, actor, role, action, detail FROM audit"
    assert contents(live, audit) == contents(pristine, audit, keep["audit"])
    tele = "SELECT id, pack_code, slot, ts_epoch, soc_pct, temp_max_c FROM telemetry"
    assert contents(live, tele) == contents(pristine, tele, keep["telemetry"])
    swaps = "SELECT rowid, id, started_at, ended_at, result, blocks, steps FROM swaps"
    assert contents(live, swaps) == contents(pristine, swaps, keep["swaps"])
    alarms = "SELECT rowid, id, code, state, raised_at, cleared_at FROM alarms"
    assert contents(live, alarms) == contents(pristine, alarms, keep["alarms"])
    alive = {r[0] for r in rows(live, "SELECT id FROM alarms")}
    trans = "SELECT id, alarm_id, ts, from_state, to_state FROM alarm_transitions"
    assert contents(live, trans) == sorted(r for r in contents(
        pristine, trans, keep["alarm_transitions"]) if r[0] in alive)
    for table in ("telemetry_1m", "telemetry_1h"):
        assert rows(live, f"SELECT count(*) FROM {table}")[0][0] == keep[table]
    # outbox rows follow their event; an event whose outbox row was lost is queued again
    queue = "SELECT o.event_id, e.uuid, o.queued_at, o.attempts, o.sent_at FROM outbox o " \
        "JOIN events e ON e.id = o.event_id"
    old_queue = {r[1]: r[2:] for r in rows(pristine, queue) if r[0] in keep["outbox"]}
    live_queue = {r[1]: r[2:] for r in rows(live, queue)}
    requeued = {r[0] for r in want} - set(old_queue)
    for u in (r[0] for r in want):
        if u in old_queue:
            assert live_queue[u] == old_queue[u]  # as it was: queued, tried, sent
        else:  # its outbox row was lost: whether it was sent is unknown, queued again
            assert live_queue[u][1:] == (0, None)
    # a swap's event_seq names the same event as before, or its journal.lost stand-in
    seq_uuid = {s: u for u, s in rows(live, "SELECT uuid, seq FROM events")}
    old_seq_uuid = {r[2]: r[1] for r in old_events.values()}
    for sid, seq in rows(live, "SELECT id, event_seq FROM swaps WHERE id LIKE 'S%'"):
        old = rows(pristine, "SELECT event_seq FROM swaps WHERE id = ?", (sid,))[0][0]
        if old_seq_uuid[old] in seq_uuid.values():
            assert seq_uuid[seq] == old_seq_uuid[old]
        else:
            assert seq is None or seq_uuid[seq] not in old_seq_uuid.values()
    recovered = rows(live, "SELECT payload FROM events WHERE kind = 'journal.recovered'")
    assert len(recovered) == 1
    payload = json.loads(recovered[0][0])
    assert payload["events"]["requeued"] == len(requeued)
    # the mark: every recovered row is in the live rowid range its journal.recovered names
    lo, hi = payload["tables"]["audit"]["rowids"]
    assert rows(live, "SELECT count(*) FROM audit WHERE id BETWEEN ? AND ?", (lo, hi))[0][0] \
        == len(keep["audit"])
    return payload


def recover_case(tmp_path: Path, pristine: Path, key_file: Path, damaged: bytes,
                 intact: Callable[[int], bool], capsys: pytest.CaptureFixture) -> dict:
    directory = tmp_path / "data"
    aside = set_aside(directory, damaged)
    live = directory / "journal.sqlite"
    floor_row = rows(live, "SELECT value FROM station WHERE key = 'seq_floor'")
    floor = int(floor_row[0][0]) if floor_row else 0
    before = aside_files(aside)
    assert run(aside, directory, key_file) == 0
    out = capsys.readouterr().out
    assert "salvaged" in out and "result:" in out
    keep = survivors(pristine, intact)
    payload = check_recovered(pristine, live, keep, floor)
    counts = live_counts(live)
    assert run(aside, directory, key_file) == 0  # again: nothing twice
    assert "nothing new" in capsys.readouterr().out
    assert live_counts(live) == counts
    assert aside_files(aside) == before  # the damaged file is only ever read
    report = verify(live, KEY)
    assert report.ok, report.lines
    return payload


def test_garbage_over_pages_loses_only_the_rows_on_them(tmp_path: Path, pristine: Path,
                                                        key_file: Path, capsys) -> None:
    ev, au, te, se = (leaves(pristine, t) for t in ("events", "audit", "telemetry", "seal"))
    bad = {ev[len(ev) // 3], ev[2 * len(ev) // 3], au[len(au) // 2], te[len(te) // 2],
           se[len(se) // 2]}
    data = bytearray(pristine.read_bytes())
    rnd = random.Random(11)
    for p in bad:
        data[(p - 1) * PAGE:p * PAGE] = rnd.randbytes(PAGE)
    payload = recover_case(tmp_path, pristine, key_file, bytes(data), lambda p: p not in bad,
                           capsys)
    keep = survivors(pristine, lambda p: p not in bad)
    total = rows(pristine, "SELECT count(*) FROM events")[0][0]
    assert total - len(keep["events"]) == payload["tables"]["events"]["lost"] > 0
    assert payload["tables"]["telemetry"]["lost"] == 3000 - len(keep["telemetry"]) > 0
    events = payload["tables"]["events"]
    assert events["inserted"] == len(keep["events"])
    assert events["added"] == events["lost"]  # each lost number has its journal.lost event
    assert len(payload["events"]["lost_seq"]) == 2  # two runs of numbers: two bad pages


def test_numbers_lost_before_the_first_readable_one_are_accounted_for(
        tmp_path: Path, pristine: Path, key_file: Path, capsys) -> None:
    """Garbage over the first events page: the file began at 1 (its station table says no
    other floor), so those numbers get their journal.lost events too."""
    first = leaves(pristine, "events")[0]
    data = bytearray(pristine.read_bytes())
    data[(first - 1) * PAGE:first * PAGE] = random.Random(3).randbytes(PAGE)
    payload = recover_case(tmp_path, pristine, key_file, bytes(data), lambda p: p != first,
                           capsys)
    events = payload["tables"]["events"]
    assert events["lost"] > 0 and events["added"] == events["lost"]
    assert payload["events"]["lost_seq"][0][0] == 1  # from the very first number


def test_a_truncated_file_gives_every_row_before_the_cut(tmp_path: Path, pristine: Path,
                                                         key_file: Path, capsys) -> None:
    data = pristine.read_bytes()
    cut = int(len(data) * 0.6) // PAGE * PAGE
    keep = survivors(pristine, lambda p: p <= cut // PAGE)
    assert 0 < len(keep["events"]) < rows(pristine, "SELECT count(*) FROM events")[0][0]
    payload = recover_case(tmp_path, pristine, key_file, data[:cut],
                           lambda p: p <= cut // PAGE, capsys)
    assert payload["tables"]["telemetry"]["salvaged"] == len(keep["telemetry"])


def test_a_header_of_garbage_is_rebuilt_and_everything_read(tmp_path: Path, pristine: Path,
                                                            key_file: Path, capsys) -> None:
    data = bytearray(pristine.read_bytes())
    data[:100] = random.Random(7).randbytes(100)
    payload = recover_case(tmp_path, pristine, key_file, bytes(data), lambda p: True, capsys)
    assert payload["header_rebuilt"] == PAGE
    # open_journal read the old file's last number through the rebuilt header, so the new
    # journal numbered on from it: every old event keeps its number
    assert payload["events"]["renumbered"] == []
    assert all(t["lost"] == 0 and t["unreadable"] == [] for t in payload["tables"].values())
    for table in ("events", "outbox", "swaps", "alarms", "alarm_transitions", "audit"):
        t = payload["tables"][table]
        assert t["authentic"] == t["salvaged"]  # every row vouched for by the old seal


def test_a_damaged_file_with_its_wal_gives_what_was_only_in_the_wal(
        tmp_path: Path, pristine: Path, key_file: Path, capsys) -> None:
    work = tmp_path / "crashed"
    work.mkdir()
    shutil.copyfile(pristine, work / "journal.sqlite")
    db, _ = open_journal(work)
    j = Journal(db, key=KEY)
    late = [j.append_event("swap.note", {"late": i}).uuid for i in range(20)]
    # a power cut now: the committed events are in the -wal only
    main, wal = (work / "journal.sqlite").read_bytes(), (work / "journal.sqlite-wal").read_bytes()
    db.close()
    te = leaves(pristine, "telemetry")
    data = bytearray(main)
    data[(te[3] - 1) * PAGE:te[3] * PAGE] = random.Random(5).randbytes(PAGE)
    directory = tmp_path / "data"
    aside = set_aside(directory, bytes(data), wal)
    before = aside_files(aside)
    assert Path(str(aside) + "-wal").stat().st_size > 0
    assert run(aside, directory, key_file) == 0
    live = directory / "journal.sqlite"
    got = {u for (u,) in rows(live, "SELECT uuid FROM events")}
    assert set(late) <= got
    assert rows(live, "SELECT count(*) FROM events WHERE kind = 'link.state'")[0][0] == 360
    assert aside_files(aside) == before
    assert verify(live, KEY).ok


def test_refused_while_a_console_holds_the_directory(tmp_path: Path, pristine: Path,
                                                     key_file: Path, capsys) -> None:
    data = bytearray(pristine.read_bytes())
    data[:100] = bytes(100)
    directory = tmp_path / "data"
    aside = set_aside(directory, bytes(data))
    live = directory / "journal.sqlite"
    before = live_counts(live)
    lock = JournalLock.acquire(directory)
    try:
        assert run(aside, directory, key_file) == 2
        err = capsys.readouterr().err
        assert f"pid {os.getpid()}, started" in err and "another console" in err
        assert live_counts(live) == before
    finally:
        lock.release()
    assert cli_journal.main(["recover", str(live), "--data-dir", str(directory),
                             "--key-file", str(key_file)]) == 2  # not the live journal
    assert "is the live journal itself" in capsys.readouterr().err
    assert live_counts(live) == before
    assert run(aside, directory, key_file) == 0  # once free


def test_nothing_readable_exits_1_and_changes_nothing(tmp_path: Path, key_file: Path,
                                                      capsys) -> None:
    junk = tmp_path / "journal.sqlite.damaged-20261201-000000"
    junk.write_bytes(random.Random(1).randbytes(40 * PAGE))
    directory = tmp_path / "data"
    open_journal(directory)[0].close()
    assert run(junk, directory, key_file) == 1
    assert "nothing recovered" in capsys.readouterr().out
    assert rows(directory / "journal.sqlite", "SELECT count(*) FROM events") == [(0,)]


SHELL = Path("/usr/bin/sqlite3")


def shell_version() -> str:
    if not SHELL.exists():
        return ""
    return subprocess.run([str(SHELL), "--version"], capture_output=True, text=True,
                          timeout=10).stdout.split(" ")[0]


@pytest.mark.skipif(shell_version() != "3.40.1", reason="documents the sqlite3 3.40.1 shell")
def test_why_the_shell_recover_is_not_used(tmp_path: Path, pristine: Path) -> None:
    """The 3.40.1 shell's .recover needs the sqlite_dbpage table, which this build lacks:
    it gives up at once, on the header case and on a healthy file alike."""
    data = bytearray(pristine.read_bytes())
    data[:100] = random.Random(7).randbytes(100)
    aside = tmp_path / "journal.sqlite.damaged-20261201-000000"
    aside.write_bytes(bytes(data))
    r = subprocess.run([str(SHELL), str(aside), ".recover"], capture_output=True, text=True,
                       timeout=30)
    assert (r.returncode, r.stdout) == (26, "BEGIN;\nPRAGMA writable_schema = on;\n")
    assert r.stderr == "sql error: file is not a database (26)\n"
    healthy = tmp_path / "healthy.sqlite"
    shutil.copyfile(pristine, healthy)
    r = subprocess.run([str(SHELL), str(healthy), ".recover"], capture_output=True, text=True,
                       timeout=30)
    assert r.returncode == 1 and "INSERT" not in r.stdout
    assert r.stderr == "sql error: SQL logic error (1)\n"


def test_the_last_event_number_of_a_truncated_or_headless_file(tmp_path: Path,
                                                               pristine: Path) -> None:
    """What open_journal's seq_floor could use: its plain max(seq) gives 0 on both (SQLite
    refuses a header that counts more pages than the file has, and a garbage header)."""
    from operator_app.storage.db import _last_readable_seq
    from operator_app.storage.recover import last_readable_seq

    data = pristine.read_bytes()
    top = rows(pristine, "SELECT max(seq) FROM events")[0][0]
    truncated = tmp_path / "truncated.sqlite"
    truncated.write_bytes(data[:int(len(data) * 0.9) // PAGE * PAGE])
    headless = tmp_path / "headless.sqlite"
    headless.write_bytes(random.Random(7).randbytes(100) + data[100:])
    for path in (truncated, headless):
        before = sha(path)
        assert last_readable_seq(path) == top
        assert sha(path) == before and not Path(str(path) + "-wal").exists()
        copy = tmp_path / "copy" / path.name
        copy.parent.mkdir(exist_ok=True)
        shutil.copyfile(path, copy)
        assert _last_readable_seq(copy) == top  # what open_journal numbers on from
