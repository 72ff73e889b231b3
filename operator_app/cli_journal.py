"""``operator-app journal export|verify``: the technician's tools for the station journal.

    operator-app journal verify [--data-dir DIR]
    operator-app journal export --since 2026-11-01 --format jsonl [--out FILE] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from operator_app.storage.db import DB_NAME, default_data_dir, default_key_path
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
    return p


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
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
