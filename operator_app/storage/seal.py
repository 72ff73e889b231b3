"""Tamper evidence: a keyed hash chain over every record the fleet relies on.

Each row written to ``events``, ``outbox``, ``swaps``, ``alarms``, ``alarm_transitions``
and ``audit`` (and each later version of a row, e.g. a swap that ends) appends one link to
``seal``: the SHA-256 of the row as stored, and an HMAC-SHA256 over the previous link's MAC
and that digest, keyed with a per-station secret kept outside the journal (``journal.key``
in the console's config directory, mode 0600). Someone with the file alone can change a row,
but cannot make a chain that verifies: ``verify_seal`` names the first bad record.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from pathlib import Path

from sqlite_utils import Database

from operator_app.domain.words import Phrase

KEY_NAME = "journal.key"
SEALED = ("events", "outbox", "swaps", "alarms", "alarm_transitions", "audit")
START = "0" * 64


def station_key(directory: Path) -> bytes:
    """The station's secret, made once (32 random bytes, hex, mode 0600)."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / KEY_NAME
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return bytes.fromhex(path.read_text().strip())
    with os.fdopen(fd, "w") as f:
        f.write(secrets.token_hex(32) + "\n")
    return bytes.fromhex(path.read_text().strip())


_PLAIN = frozenset(" !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`"
                   "abcdefghijklmnopqrstuvwxyz{|}~")


def _row_json(values: list) -> str:
    """``json.dumps(values, default=str, separators=(",", ":"))``, written directly for the
    common row (whole numbers, NULLs, printable ASCII text): byte for byte the same, so the
    digests of rows sealed before stay as they were; anything else goes to json.dumps."""
    parts = []
    for v in values:
        if v is None:
            parts.append("null")
        elif type(v) is int:
            parts.append(str(v))
        elif type(v) is str and _PLAIN.issuperset(v):
            parts.append(f'"{v}"')
        else:
            return json.dumps(values, default=str, separators=(",", ":"))
    return "[" + ",".join(parts) + "]"


def values_digest(values: list) -> str:
    return hashlib.sha256(_row_json(values).encode()).hexdigest()


def row_digest(db: Database, table: str, rowid: int) -> str | None:
    cur = db.execute(f"SELECT * FROM {table} WHERE rowid = ?", [rowid])
    row = cur.fetchone()
    return None if row is None else values_digest(list(row))


def link_mac(key: bytes, prev: str, table: str, rowid: int, digest: str) -> str:
    text = "\x1f".join((prev, table, str(rowid), digest)).encode()
    return hmac.digest(key, text, "sha256").hex()  # the one-shot form: the same MAC, faster


class Sealer:
    """Appends links to the chain; used inside the writer's transactions."""

    def __init__(self, key: bytes) -> None:
        self.key = key
        self._head: str | None = None

    def seal(self, db: Database, table: str, rowid: int) -> None:
        if self._head is None:
            row = db.execute("SELECT mac FROM seal ORDER BY id DESC LIMIT 1").fetchone()
            self._head = row[0] if row else START
            if row is None:  # from now on this journal is sealed: verify expects the chain
                db.execute("INSERT OR REPLACE INTO station (key, value) VALUES ('sealed', '1')")
        digest = row_digest(db, table, rowid)
        assert digest is not None, (table, rowid)
        mac = link_mac(self.key, self._head, table, rowid, digest)
        db.execute("INSERT INTO seal (tbl, row_id, digest, mac) VALUES (?,?,?,?)",
                   [table, rowid, digest, mac])
        self._head = mac

    def seal_rows(self, db: Database, table: str, rows: list[tuple]) -> None:
        """Links for rows already read as stored (``UPDATE ... RETURNING *``: the columns in
        the table's order, the first the rowid), in one executemany: what marking thousands of
        outbox rows sent costs, instead of one read and one insert a row."""
        if not rows:
            return
        if self._head is None:
            row = db.execute("SELECT mac FROM seal ORDER BY id DESC LIMIT 1").fetchone()
            self._head = row[0] if row else START
            if row is None:
                db.execute("INSERT OR REPLACE INTO station (key, value) VALUES ('sealed', '1')")
        links = []
        head = self._head
        for values in rows:
            rowid = int(values[0])
            digest = values_digest(list(values))
            head = link_mac(self.key, head, table, rowid, digest)
            links.append((table, rowid, digest, head))
        db.conn.executemany("INSERT INTO seal (tbl, row_id, digest, mac) VALUES (?,?,?,?)",
                            links)
        self._head = head

    def forget(self) -> None:
        """A transaction rolled back: the head is read again from the file."""
        self._head = None


def is_sealed(db: Database) -> bool:
    return db.execute("SELECT 1 FROM station WHERE key = 'sealed'").fetchone() is not None \
        or db.execute("SELECT 1 FROM seal LIMIT 1").fetchone() is not None


S_LINK_FORGED = ("seal link %1 (%2 row %3) was changed or forged: the chain after it cannot be "
                 "trusted")
S_ADDED = "%1 row %2 was added outside the console"
S_CHANGED = "%1 row %2 was changed after it was written"
S_ARCHIVED_ADDED = "archived %1 row %2 was added outside the console"
S_ARCHIVED_CHANGED = "archived %1 row %2 was changed after it was written"
S_REMOVED = "%1 row %2 was removed"
TEXTS = [S_LINK_FORGED, S_ADDED, S_CHANGED, S_ARCHIVED_ADDED, S_ARCHIVED_CHANGED, S_REMOVED]


def verify_seal(db: Database, key: bytes) -> list[Phrase]:
    """Problems, first bad record first; empty when the chain and every row agree. A
    problem is a Phrase: its English for the command line, translated on the screen."""
    problems: list[Phrase] = []
    prev = START
    latest: dict[tuple[str, int], str] = {}
    from operator_app.storage.archive import seal_links

    for lid, table, rowid, digest, mac in seal_links(db):
        if not hmac.compare_digest(link_mac(key, prev, table, rowid, digest), mac):
            problems.append(Phrase(S_LINK_FORGED, (str(lid), table, str(rowid))))
            return problems
        prev = mac
        latest[(table, rowid)] = digest
    starts = {t: int(v) for t, v in db.execute("SELECT tbl, first_row FROM seal_start")}
    for table in SEALED:
        for (rowid,) in db.execute(f"SELECT rowid FROM {table} WHERE rowid >= ? ORDER BY rowid",
                                   [starts.get(table, 1)]):
            want = latest.pop((table, rowid), None)
            if want is None:
                problems.append(Phrase(S_ADDED, (table, str(rowid))))
            elif row_digest(db, table, rowid) != want:
                problems.append(Phrase(S_CHANGED, (table, str(rowid))))
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'archive'").fetchone():
        from operator_app.storage.archive import archived_rows

        for table in SEALED:  # archived rows answer to their links like live ones
            for rowid, values in archived_rows(db, table):
                want = latest.pop((table, rowid), None)
                if rowid < starts.get(table, 1):
                    continue
                if want is None:
                    problems.append(Phrase(S_ARCHIVED_ADDED, (table, str(rowid))))
                elif values_digest(values) != want:
                    problems.append(Phrase(S_ARCHIVED_CHANGED, (table, str(rowid))))
    for table, rowid in sorted(k for k in latest if k[1] >= starts.get(k[0], 1)):
        problems.append(Phrase(S_REMOVED, (table, str(rowid))))
    return problems
