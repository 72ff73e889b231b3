"""``operator-app vehicles``: the station's vehicle registry, for commissioning.

    operator-app vehicles list [--data-dir DIR]
    operator-app vehicles import FILE [--data-dir DIR]

``list`` prints one vehicle a line, tab-separated: plate, fleet, model, pack type, blocks,
tags (separated by ``;``), and ``disabled`` for a vehicle disabled at this station. It only
reads, so it may run beside a console.

``import`` reads a CSV vehicle list (``domain/vehicle_list.py`` says the format: a first line
``plate,fleet,model,pack_type,blocks[,tags]``, UTF-8 with or without a byte-order mark).
Every line is checked first; one wrong line refuses the whole file, each wrong line said
with its number, and nothing changes. A good file adds the new vehicles and updates the
others (whether one is disabled here is kept), in one transaction audited once with the
file, its SHA-256 and the counts, by "<system user> (operator-app vehicles)". The journal
must not be in use by a running console (its registry would not know): on a running
station, import on its Vehicles page (Maintenance, Tools, Vehicles).

Exit status: 0 done; 1 the file was refused (nothing changed); 2 no journal, a file that
cannot be read, a wrong data directory; 3 a console is running on the data directory.
"""

from __future__ import annotations

import argparse
import getpass
import hashlib
import json
import os
import sqlite3
import sys
from pathlib import Path

BUSY = ("a console is running on this data directory: stop it, or import on its Vehicles "
        "page (Maintenance, Tools, Vehicles)")


def _say(text: str, code: int = 0) -> int:
    print(f"vehicles: {text}", file=sys.stderr if code else sys.stdout)
    return code


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="operator-app vehicles", description=(
        "The station's vehicle registry: list it, or import a CSV vehicle list (plate, fleet, "
        "model, pack_type, blocks, tags)."), epilog=(
        "exit 0: done; 1: the file was refused, nothing changed; 2: no journal, or a file or "
        "directory that cannot be used; 3: a console is running on the data directory"))
    sub = p.add_subparsers(dest="command", required=True)
    for name, text in (("list", "every vehicle: plate, fleet, model, pack type, blocks, tags, "
                                "and whether it is disabled here"),
                       ("import", "add and update vehicles from a CSV file, checked whole")):
        s = sub.add_parser(name, help=text)
        if name == "import":
            s.add_argument("file", type=Path, help="the CSV file (UTF-8), first line plate,"
                           "fleet,model,pack_type,blocks[,tags]")
        s.add_argument("--data-dir", metavar="DIR", help="the console's data directory "
                       "(default: the platform's, as the console uses)")
    return p


def _who() -> str:
    try:
        name = getpass.getuser()
    except (OSError, KeyError):
        name = str(os.getuid()) if hasattr(os, "getuid") else "?"
    return f"{name} (operator-app vehicles)"


def _list(directory: Path) -> int:
    from operator_app.storage.db import DB_NAME, connect

    path = directory / DB_NAME
    if not path.exists():
        return _say(f"no journal at {path} (use --data-dir)", 2)
    try:
        db = connect(path, readonly=True)
        try:
            columns = {r[1] for r in db.execute("PRAGMA table_info(vehicles)")}
            disabled = "disabled" if "disabled" in columns else "0"  # before m012: none
            rows = db.execute(f"SELECT plate, fleet, model, pack_type, blocks, tags, {disabled} "
                              "FROM vehicles ORDER BY plate").fetchall()
        finally:
            db.conn.close()
    except sqlite3.DatabaseError as exc:
        return _say(f"cannot read the journal {path}: {exc}", 2)
    if not rows:
        return _say(f"no vehicles in {path}")
    for plate, fleet, model, ptype, blocks, tags, off in rows:
        cells = [plate, fleet, model, ptype, str(blocks), ";".join(json.loads(tags or "[]"))]
        print("\t".join(cells + (["disabled"] if off else [])))  # noqa: T201
    return 0


def _import(directory: Path, file: Path) -> int:
    from operator_app.domain import vehicle_list as vl
    from operator_app.domain.words import Phrase
    from operator_app.services.demo import registry_from_rows
    from operator_app.storage.db import JournalBusy, JournalLock, default_key_path, open_journal
    from operator_app.storage.journal import Journal
    from operator_app.storage.port import vehicle_row

    try:
        data = file.read_bytes()
    except OSError as exc:
        return _say(f"{file} cannot be read: {exc.strerror or exc}; nothing was changed", 2)
    try:
        lock = JournalLock.acquire(directory)
    except JournalBusy:
        return _say(BUSY, 3)
    try:
        db, _ = open_journal(directory)
        try:
            key_file = default_key_path()
            key = bytes.fromhex(key_file.read_text().strip()) if key_file.exists() else None
            journal = Journal(db, key=key)
            digest = hashlib.sha256(data).hexdigest()
            try:
                plan = vl.plan_import(vl.read_csv(data), registry_from_rows(journal.vehicles()))
            except vl.EntryError as exc:
                said = Phrase(vl.T_FILE_REFUSED, (file.name, exc.phrase)).english()
                journal.audit(_who(), "COMMISSIONING", "vehicles import refused", {
                    "file": str(file.resolve()), "sha256": digest, "reason": said})
                problems = exc.problems if isinstance(exc, vl.ListRefused) else [exc.phrase]
                print(f"vehicles: {file.name} was not imported, nothing was changed:",  # noqa: T201
                      file=sys.stderr)
                for p in problems:
                    print(f"  {p.english()}", file=sys.stderr)  # noqa: T201
                return 1
            detail = journal.import_vehicles(
                [vehicle_row(v) for v in plan.new],
                [vehicle_row(new) for _was, new in plan.updated], str(file.resolve()), _who(),
                "COMMISSIONING", len(plan.unchanged), digest)
        finally:
            db.close()
    finally:
        lock.release()
    return _say(f"{file.name} imported: {detail['added']} new, {detail['updated']} updated, "
                f"{detail['unchanged']} unchanged")


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    from operator_app.storage.db import DataDirError, default_data_dir, ensure_data_dir

    try:
        directory = ensure_data_dir(Path(args.data_dir) if args.data_dir
                                    else default_data_dir())
    except DataDirError as exc:
        return _say(str(exc), 2)
    if args.command == "list":
        return _list(directory)
    return _import(directory, args.file)
