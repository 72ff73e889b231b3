"""``operator-app journal export|verify|recover``: the technician's tools for the journal.

    operator-app journal verify [--data-dir DIR]
    operator-app journal export --since 2026-11-01 --format jsonl [--out FILE] [--data-dir DIR]
    operator-app journal recover FILE [--data-dir DIR] [--key-file KEY]
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
                       "journal.sqlite.damaged-...) into the live journal")
    r.add_argument("file", type=Path, help="the damaged file; it is only read, never written")
    r.add_argument("--data-dir", type=Path, default=None,
                   help=f"the live journal's directory (default {default_data_dir()}); no "
                   "console may be running on it")
    r.add_argument("--key-file", type=Path, default=None,
                   help=f"the station's sealing key (default {default_key_path()}, when it "
                   "exists)")
    return p


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
