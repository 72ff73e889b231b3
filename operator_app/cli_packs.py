"""``operator-app packs report``: every pack's record, for the fleet.

    operator-app packs report [--data-dir DIR] [--pack CODE] [--format json|csv] [--out FILE]

Read-only: it may run beside a console on the same journal.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from operator_app.storage.db import DB_NAME, connect, default_data_dir
from operator_app.storage.packs_report import as_csv, as_json, pack_records


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="operator-app packs",
                                description="Every pack's record from the station journal.")
    sub = p.add_subparsers(dest="command", required=True)
    r = sub.add_parser("report", help="each pack: rating, BMS SoH beside the measured "
                       "capacity, lifetime counters, sessions, harmful events, flags",
                       epilog="exit 0: printed (an empty list when no pack was seen); "
                       "1: no such pack; 2: no journal, or one that cannot be read")
    r.add_argument("--data-dir", type=Path, default=None,
                   help=f"where the journal is (default {default_data_dir()})")
    r.add_argument("--pack", metavar="CODE", help="only this pack (its 24-character code)")
    r.add_argument("--format", choices=["json", "csv"], default="json")
    r.add_argument("--out", type=Path, help="file to write (default: standard output)")
    return p


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    path = (args.data_dir or default_data_dir()) / DB_NAME
    if not path.exists():
        print(f"packs: no journal at {path} (use --data-dir)", file=sys.stderr)
        return 2
    try:
        db = connect(path, readonly=True)
        try:
            records = pack_records(db.conn, args.pack.strip().upper() if args.pack else None)
        finally:
            db.conn.close()
    except sqlite3.OperationalError as exc:
        hint = (": start the console once on it to bring its schema up to date"
                if "no such column" in str(exc) else "")
        print(f"packs: cannot read the journal {path}: {exc}{hint}", file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as exc:
        print(f"packs: cannot read the journal {path}: {exc} (operator-app journal verify "
              "says more)", file=sys.stderr)
        return 2
    if args.pack and not records:
        print(f"packs: no pack {args.pack} in the journal", file=sys.stderr)
        return 1
    text = as_json(records) if args.format == "json" else as_csv(records)
    if args.out:
        try:
            args.out.write_text(text, encoding="utf-8")
        except OSError as exc:
            print(f"packs: cannot write {args.out}: {exc}", file=sys.stderr)
            return 2
        print(f"packs: {len(records)} packs written to {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
