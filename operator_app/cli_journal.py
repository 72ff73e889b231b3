"""``operator-app journal export|verify|recover``: the technician's tools for the journal.

    operator-app journal verify [--data-dir DIR]
    operator-app journal export --since 2026-11-01 --format jsonl [--out FILE] [--data-dir DIR]
    operator-app journal recover FILE [--data-dir DIR] [--key-file KEY]
    operator-app journal confirm EXPORT [--data-dir DIR] [--key-file KEY]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from pathlib import Path

from operator_app.storage.db import (
    DB_NAME,
    JournalBusy,
    JournalLock,
    StorageError,
    default_data_dir,
    default_key_path,
    ensure_data_dir,
)
from operator_app.storage.inspect import EXPORT_TABLES, export, parse_since, verify


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="operator-app journal",
                                description="Inspect the station journal without the console.")
    sub = p.add_subparsers(dest="command", required=True)
    v = sub.add_parser("verify", help="integrity check, audit chain, event sequence, outbox")
    e = sub.add_parser("export", help="write records as CSV or JSON lines")
    for sp in (v, e):
        sp.add_argument("--data-dir", type=Path, default=None,
                        help=f"where the journal is (default {default_data_dir()})")
    v.add_argument("--key-file", type=Path, default=None,
                   help=f"the station's sealing key (default {default_key_path()}, when it "
                   "exists)")
    e.add_argument("--since", help="2026-11-01, 2026-11-01T06:00 (UTC) or 7d")
    e.add_argument("--format", choices=["csv", "jsonl"], default="jsonl")
    e.add_argument("--out", type=Path, help="file to write (default: standard output)")
    e.add_argument("--table", action="append", choices=EXPORT_TABLES,
                   help="only these tables (repeatable; default all)")
    r = sub.add_parser("recover", help="salvage a damaged journal file (one set aside as "
                       "journal.sqlite.damaged-...) into the live journal",
                       epilog="exit 0: rows recovered, or all were already there; 1: nothing "
                       "could be read; 2: refused (a console holds the directory, FILE is the "
                       "live journal, no such key file)")
    r.add_argument("file", type=Path, help="the damaged file; it is only read, never written")
    c = sub.add_parser("confirm", help="the fleet holds an export: its records may be "
                       "archived after the window (90 days)")
    c.add_argument("export", type=Path, help="the export file (jsonl or csv) the fleet confirmed "
                   "it received; its manifest must match this journal")
    for sp in (r, c):  # they write: the directory must be free of a running console
        sp.add_argument("--data-dir", type=Path, default=None,
                        help=f"the live journal's directory (default {default_data_dir()}); "
                        "no console may be running on it")
        sp.add_argument("--key-file", type=Path, default=None,
                        help=f"the station's sealing key (default {default_key_path()}, when "
                        "it exists)")
    return p


def read_manifest(path: Path) -> dict:
    """The manifest an export ends with (its last line), or ValueError saying why not."""
    import json

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"cannot read {path}: {exc}") from None
    last = lines[-1] if lines else ""
    text = last[len("# manifest "):] if last.startswith("# manifest ") else last
    try:
        manifest = json.loads(text)["manifest"]
        manifest["chain_head"]["events"]["last_seq"]  # present, or KeyError
    except (ValueError, KeyError, TypeError):
        raise ValueError(f"{path} does not end with an export manifest: is it a whole export "
                         "made by operator-app journal export?") from None
    return manifest


def confirm_main(args: argparse.Namespace) -> int:
    """Exit 0: the journal knows the fleet holds the export's records; 2: refused."""
    from operator_app.storage.db import open_journal
    from operator_app.storage.inspect import chain_head
    from operator_app.storage.journal import Journal

    directory: Path = args.data_dir or default_data_dir()
    if not (directory / DB_NAME).exists():
        print(f"journal: no journal at {directory / DB_NAME} (use --data-dir)", file=sys.stderr)
        return 2
    try:
        manifest = read_manifest(args.export)
    except ValueError as exc:
        print(f"journal: confirm refused: {exc}", file=sys.stderr)
        return 2
    key_file = args.key_file or default_key_path()
    key = bytes.fromhex(key_file.read_text().strip()) if key_file.exists() else None
    try:
        lock = JournalLock.acquire(directory)
    except JournalBusy as exc:
        print(f"journal: confirm refused: {exc}", file=sys.stderr)
        return 2
    try:
        db, _ = open_journal(directory)
        try:
            theirs = manifest["chain_head"]
            last = theirs["events"]["last_seq"]
            seal = theirs.get("seal")
            if seal is not None:
                ours = db.execute("SELECT mac FROM seal WHERE id = ?", [seal["link"]]).fetchone()
                if ours is None or ours[0] != seal["mac"]:
                    print("journal: confirm refused: the export's chain head is not in this "
                          "journal's chain (an export of another station, or this journal's "
                          "history was rewritten since)", file=sys.stderr)
                    return 2
            if last is None:
                print("journal: confirm: the export holds no event; nothing to confirm",
                      file=sys.stderr)
                return 2
            ref = Journal(db, key=key).confirm_held(int(last), "export", {
                "exported_at": manifest.get("exported_at"), "rows": manifest.get("rows")})
            head = chain_head(db)
        except ValueError as exc:
            print(f"journal: confirm refused: {exc}", file=sys.stderr)
            return 2
        finally:
            db.close()
    finally:
        lock.release()
    print(f"journal: the fleet holds events 1-{last} (recorded as event {ref.seq}); records "
          f"it holds are archived once older than the retention window. Journal head now: "
          f"event {head['events']['last_seq']}")
    return 0


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def recover_main(args: argparse.Namespace) -> int:
    """Exit 0: rows were recovered (or all were already there); 1: nothing could be read;
    2: refused (a console holds the directory, the file is the live journal, no key)."""
    from operator_app.storage.recover import RecoverError, recover, summary

    source: Path = args.file
    directory: Path = args.data_dir or default_data_dir()
    if not source.is_file():
        print(f"journal: no file {source}", file=sys.stderr)
        return 2
    live = directory / DB_NAME
    if any(_same_file(source, Path(str(live) + suffix)) for suffix in ("", "-wal", "-shm")):
        print(f"journal: {source} is the live journal itself; recover reads a damaged file "
              "that was set aside (journal.sqlite.damaged-...)", file=sys.stderr)
        return 2
    key_file = args.key_file or default_key_path()
    if args.key_file is not None and not key_file.exists():
        print(f"journal: no key file {key_file}", file=sys.stderr)
        return 2
    key = bytes.fromhex(key_file.read_text().strip()) if key_file.exists() else None
    try:
        ensure_data_dir(directory)
        lock = JournalLock.acquire(directory)
    except JournalBusy as exc:
        print(f"journal: recover refused: {exc}", file=sys.stderr)
        return 2
    except StorageError as exc:
        print(f"journal: {exc}", file=sys.stderr)
        return 2
    try:
        report = recover(source, directory, key)
    except (RecoverError, StorageError) as exc:
        print(f"journal: recover refused: {exc}", file=sys.stderr)
        return 2
    except sqlite3.Error as exc:
        print(f"journal: recover stopped ({type(exc).__name__}: {exc}); the tables already "
              "done stay recovered, run it again once the cause is fixed", file=sys.stderr)
        return 2
    finally:
        lock.release()
    for line in summary(report):
        print(line)
    return 0 if report.salvaged else 1


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "recover":
        return recover_main(args)
    if args.command == "confirm":
        return confirm_main(args)
    path = (args.data_dir or default_data_dir()) / DB_NAME
    if not path.exists():
        print(f"journal: no journal at {path} (use --data-dir)", file=sys.stderr)
        return 2
    if args.command == "verify":
        key_file = args.key_file or default_key_path()
        key = bytes.fromhex(key_file.read_text().strip()) if key_file.exists() else None
        report = verify(path, key)
        print(f"journal {path}")
        for line in report.lines:
            print(line)
        print("result: " + ("journal verified" if report.ok else "PROBLEMS FOUND"))
        return 0 if report.ok else 1
    try:
        since = parse_since(args.since)
    except ValueError as exc:
        print(f"journal: {exc}", file=sys.stderr)
        return 2
    tables = tuple(args.table) if args.table else EXPORT_TABLES
    if args.out:
        with args.out.open("w", encoding="utf-8", newline="") as out:
            n = export(path, out, args.format, since, tables)
    else:
        n = export(path, sys.stdout, args.format, since, tables)
    print(f"journal: exported {n} records", file=sys.stderr)
    return 0
