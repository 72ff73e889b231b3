"""Tamper evidence: someone with the journal file alone cannot rewrite history unseen."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from operator_app.storage.db import open_journal
from operator_app.storage.inspect import verify
from operator_app.storage.journal import JournalWriter
from operator_app.storage.seal import link_mac, station_key

KEY = bytes(range(32))


@pytest.fixture
def sealed(tmp_path: Path) -> Path:
    open_journal(tmp_path)[0].close()
    w = JournalWriter(tmp_path / "journal.sqlite", key=KEY).start()
    try:
        for i in range(3):
            w.submit("append_event", "swap.note", {"n": i})
        w.submit("record_swap", {"id": "S1", "started_at": "2026-12-01T08:00:00",
                                 "result": "running", "blocks": 1}, "swap.started")
        w.submit("record_swap", {"id": "S1", "started_at": "2026-12-01T08:00:00",
                                 "result": "completed", "blocks": 1}, "swap.completed")
        w.submit("record_alarm", "A1", "ESTOP", "controller", 1, "active unacknowledged", 1e9)
        w.submit("audit", "ana", "OPERATOR", "swap start", {"plate": "70-8812"})
        w.flush()
    finally:
        w.close()
    return tmp_path / "journal.sqlite"


def problems(path: Path, key: bytes = KEY) -> list[str]:
    return [line for line in verify(path, key).lines if line.startswith("FAIL")]


def test_a_sealed_journal_verifies(sealed: Path) -> None:
    report = verify(sealed, KEY)
    assert report.ok, report.lines
    assert any("tamper seal over" in line for line in report.lines)


@pytest.mark.parametrize(("sql", "named"), [
    ("UPDATE events SET payload = '{\"n\":9}' WHERE seq = 2", "events row 2 was changed"),
    ("UPDATE swaps SET result = 'aborted'", "swaps row 1 was changed"),
    ("UPDATE alarms SET state = 'normal'", "alarms row 1 was changed"),
    ("UPDATE outbox SET sent_at = 'x' WHERE event_id = 1", "outbox row 1 was changed"),
    ("DELETE FROM alarm_transitions", "alarm_transitions row 1 was removed"),
    ("INSERT INTO alarms (id, code, source, priority, raised_at, state) VALUES "
     "('A2', 'X', 'y', 3, 'z', 'normal')", "alarms row 2 was added outside the console"),
])
def test_a_rewritten_record_is_named(sealed: Path, sql: str, named: str) -> None:
    db = sqlite3.connect(sealed)
    db.execute("DROP TRIGGER IF EXISTS events_no_update")  # the file's own guard, removed
    db.execute(sql)
    db.commit()
    db.close()
    assert any(named in p for p in problems(sealed)), problems(sealed)


def test_a_rewrite_re_chained_without_the_key_is_caught(sealed: Path) -> None:
    """The 23-line attack: change a row, recompute its digest and the chain with a guessed
    key. Without the station's key the links do not verify."""
    db = sqlite3.connect(sealed)
    db.execute("DROP TRIGGER IF EXISTS events_no_update")
    db.execute("UPDATE events SET payload = '{\"n\":7}' WHERE seq = 1")
    prev = "0" * 64
    for lid, table, rowid in db.execute("SELECT id, tbl, row_id FROM seal ORDER BY id").fetchall():
        row = db.execute(f"SELECT * FROM {table} WHERE rowid = ?", [rowid]).fetchone()
        digest = hashlib.sha256(json.dumps(list(row), default=str,
                                           separators=(",", ":")).encode()).hexdigest()
        mac = link_mac(b"guessed" * 4, prev, table, rowid, digest)
        db.execute("UPDATE seal SET digest = ?, mac = ? WHERE id = ?", [digest, mac, lid])
        prev = mac
    db.commit()
    db.close()
    found = problems(sealed)
    assert found and "seal link 1" in found[0] and "changed or forged" in found[0]


def test_the_key_is_made_once_outside_the_journal_mode_0600(tmp_path: Path) -> None:
    key = station_key(tmp_path / "config")
    assert station_key(tmp_path / "config") == key and len(key) == 32
    mode = stat.S_IMODE(os.stat(tmp_path / "config" / "journal.key").st_mode)
    assert mode == 0o600


def test_an_export_carries_the_chain_head_and_reads_through_indexes(sealed: Path) -> None:
    import io

    from operator_app.storage.db import connect
    from operator_app.storage.inspect import EXPORT_TABLES, export, export_plan

    out = io.StringIO()
    n = export(sealed, out, "jsonl", since="2000-01-01")
    lines = [json.loads(x) for x in out.getvalue().splitlines()]
    manifest = lines[-1]["manifest"]
    assert n == len(lines) - 1 == sum(manifest["rows"].values())
    db = sqlite3.connect(sealed)
    link, mac = db.execute("SELECT id, mac FROM seal ORDER BY id DESC LIMIT 1").fetchone()
    audit = db.execute("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()[0]
    last_seq = db.execute("SELECT max(seq) FROM events").fetchone()[0]
    db.close()
    head = manifest["chain_head"]
    assert head["seal"] == {"link": link, "mac": mac}
    assert head["audit"]["hash"] == audit and head["events"]["last_seq"] == last_seq
    csv_out = io.StringIO()
    export(sealed, csv_out, "csv")
    assert csv_out.getvalue().splitlines()[-1].startswith("# manifest {")
    ro = connect(sealed, readonly=True)
    try:
        plans = {t: export_plan(ro, t) for t in EXPORT_TABLES}
    finally:
        ro.close()
    assert all("USING INDEX" in p or "USING COVERING INDEX" in p for p in plans.values()), plans


def test_the_fast_row_text_is_json_dumps_byte_for_byte() -> None:
    """Rows sealed before the fast path must keep their digests: the same text, always."""
    import hashlib
    import hmac as hmac_mod
    import json as json_mod

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from operator_app.storage.seal import _row_json, link_mac

    cell = st.one_of(st.none(), st.integers(), st.booleans(), st.floats(allow_nan=False),
                     st.text(max_size=30), st.binary(max_size=8))

    @settings(max_examples=600, deadline=None)
    @given(st.lists(cell, max_size=8))
    def same(values: list) -> None:
        assert _row_json(values) == json_mod.dumps(values, default=str, separators=(",", ":"))

    same()
    assert _row_json([7, "2026-12-01T00:00:00.000+00:00", 0, None]) == \
        '[7,"2026-12-01T00:00:00.000+00:00",0,null]'
    want = hmac_mod.new(b"k" * 32, "\x1f".join(("0" * 64, "outbox", "7", "ab")).encode(),
                        hashlib.sha256).hexdigest()
    assert link_mac(b"k" * 32, "0" * 64, "outbox", 7, "ab") == want
