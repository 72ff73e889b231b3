"""``operator-app sync ...`` (the station side) and ``operator-app fleet ...`` (the fleet side).

    operator-app sync status --data-dir DIR
    operator-app sync drain --data-dir DIR [--broker URL] [--timeout S]
    operator-app sync export --data-dir DIR --out PATH
    operator-app sync confirm BUNDLE --data-dir DIR
    operator-app fleet receive --broker URL --out DIR [--seconds N]
    operator-app fleet import BUNDLE --out DIR
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from operator_app.storage.db import (
    DB_NAME,
    JournalBusy,
    JournalLock,
    StorageError,
    default_data_dir,
    default_key_path,
)

NO_CONSOLE = "no console may be running on it: it writes the journal"


def _common(sp: argparse.ArgumentParser, writes: bool = False) -> None:
    sp.add_argument("--data-dir", type=Path, default=None,
                    help=f"where the journal is (default {default_data_dir()})"
                    + (f"; {NO_CONSOLE}" if writes else ""))
    sp.add_argument("--config", type=Path, default=None,
                    help="the console's configuration (station_id, [sync]); default: the "
                    "platform's, e.g. ~/.config/operator-app/console.toml")


def sync_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="operator-app sync",
                                description="The station's outbox to the fleet, without a "
                                "window.")
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("status", help="what is sent and what waits (read-only)")
    _common(s)
    d = sub.add_parser("drain", help="publish until nothing is unsent; exit 0, or 1 when the "
                       "broker cannot be reached within --timeout")
    _common(d, writes=True)
    d.add_argument("--broker", help="mqtt://HOST:PORT or mqtts://HOST:PORT (default: [sync] "
                   "broker in the configuration)")
    d.add_argument("--timeout", type=float, default=30.0,
                   help="give up after this many seconds without progress (default 30)")
    e = sub.add_parser("export", help="write the unsent records to a bundle folder (a USB "
                       "stick) and read it back; they are marked sent by 'sync confirm'")
    _common(e)
    e.add_argument("--out", type=Path, required=True, help="where to write it (the stick)")
    c = sub.add_parser("confirm", help="the bundle on the stick is whole: read it back and "
                       "mark its records sent")
    c.add_argument("bundle", type=Path, help="the bundle folder (or its manifest.json)")
    _common(c, writes=True)
    return p


def fleet_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="operator-app fleet",
                                description="The reference fleet consumer: what a station "
                                "sends, kept per station in SQLite.")
    sub = p.add_subparsers(dest="command", required=True)
    r = sub.add_parser("receive", help="subscribe to every station and keep what arrives")
    r.add_argument("--broker", required=True, help="mqtt://HOST:PORT or mqtts://HOST:PORT")
    r.add_argument("--out", type=Path, required=True, help="folder: one STATION.sqlite each")
    r.add_argument("--seconds", type=float, default=0.0, help="stop after this long (default: "
                   "until Ctrl-C)")
    r.add_argument("--username", default="")
    r.add_argument("--password", default="", help="(or the environment's FLEET_PASSWORD)")
    r.add_argument("--ca-file", default="", help="mqtts: the CA of the broker's certificate")
    r.add_argument("--client-id", default="fleet-receiver",
                   help="the persistent session's name: what arrives while it is down waits "
                   "for it under this name")
    i = sub.add_parser("import", help="check an export bundle and keep its records")
    i.add_argument("bundle", type=Path, help="the bundle folder (or its manifest.json)")
    i.add_argument("--out", type=Path, required=True, help="folder: one STATION.sqlite each")
    return p


def _fail(text: str, code: int = 2) -> int:
    print(f"sync: {text}", file=sys.stderr)  # noqa: T201
    return code


def _journal_path(args: argparse.Namespace) -> Path | None:
    path = (args.data_dir or default_data_dir()) / DB_NAME
    return path if path.exists() else None


def _config(args: argparse.Namespace):
    from operator_app.config import load_config

    config = load_config(args.config)
    for problem in config.problems:
        print(f"sync: configuration: {problem}", file=sys.stderr)  # noqa: T201
    return config


def _station_id(path: Path, configured: str) -> tuple[str, str | None, bool]:
    """(the id to use, the problem, whether the journal must adopt it)."""
    from operator_app.storage.db import connect
    from operator_app.sync import outbox

    db = connect(path, readonly=True)
    try:
        kept = outbox.station_value(db, outbox.STATION_ID_KEY)
        if not configured and kept:
            return str(kept), None, False  # commissioned before: the journal says
        problem, adopt = outbox.station_problem(db, configured)
        return configured, problem, adopt
    finally:
        db.conn.close()


def _ago(ts: str | None) -> str:
    from operator_app.sync.outbox import age_s

    age = age_s(ts, time.time())
    if age is None:
        return "never"
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if age >= size:
            return f"{ts} ({age / size:.1f} {unit} ago)"
    return f"{ts} ({age:.0f} s ago)"


def status_main(args: argparse.Namespace) -> int:
    from operator_app.storage.db import connect
    from operator_app.sync import outbox

    path = _journal_path(args)
    if path is None:
        return _fail(f"no journal in {args.data_dir or default_data_dir()} (use --data-dir)")
    config = _config(args)
    _, problem, _ = _station_id(path, config.station_id)  # what drain would say of the id
    db = connect(path, readonly=True)
    try:
        got = outbox.backlog(db, with_bytes=True)
        kinds = outbox.unsent_by_kind(db)
        kept = outbox.station_value(db, outbox.STATION_ID_KEY)
        head = outbox.station_value(db, outbox.EXPORT_HEAD_KEY)
    finally:
        db.conn.close()
    print(f"journal: {path}")  # noqa: T201
    print(f"station: {kept or config.station_id or '(not commissioned)'}")  # noqa: T201
    print(f"broker: {config.sync.broker or '(not set up: [sync] broker in console.toml)'}")  # noqa: T201
    print(f"sent: {got.sent}")  # noqa: T201
    print(f"unsent: {got.unsent}")  # noqa: T201
    if got.unsent:
        print("unsent by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))  # noqa: T201
        print(f"unsent size: {(got.unsent_bytes or 0) / 1e6:.1f} MB")  # noqa: T201
    print(f"oldest unsent: {_ago(got.oldest_unsent) if got.unsent else '-'}")  # noqa: T201
    print(f"last success: {_ago(got.last_success)}")  # noqa: T201
    print(f"last export confirmed: {head or '-'}")  # noqa: T201
    if problem:
        print(f"problem: {problem}")  # noqa: T201
    return 0


def _writer(directory: Path):
    """The journal's writer for a tool, with the lock (JournalBusy when a console runs)."""
    from operator_app.storage.db import open_journal
    from operator_app.storage.journal import JournalWriter

    lock = JournalLock.acquire(directory)
    db, report = open_journal(directory)
    db.close()
    key_file = default_key_path()
    key = bytes.fromhex(key_file.read_text().strip()) if key_file.exists() else None
    return lock, JournalWriter(report.path, key=key).start()


def drain_main(args: argparse.Namespace) -> int:
    from operator_app import __version__
    from operator_app.storage.journal import Journal
    from operator_app.sync.outbox import STATION_ID_KEY
    from operator_app.sync.settings import Broker, SyncConfigError
    from operator_app.sync.uploader import Uploader

    path = _journal_path(args)
    if path is None:
        return _fail(f"no journal in {args.data_dir or default_data_dir()} (use --data-dir)")
    config = _config(args)
    settings = config.sync
    if args.broker:
        from dataclasses import replace

        settings = replace(settings, broker=args.broker)
    if not settings.broker:
        return _fail("no broker: give --broker mqtt://HOST:PORT or set [sync] broker in "
                     "console.toml")
    try:
        Broker.parse(settings.broker)
    except SyncConfigError as exc:
        return _fail(str(exc))
    station, problem, adopt = _station_id(path, config.station_id)
    if problem:
        return _fail(problem)
    try:
        lock, writer = _writer(path.parent)
    except JournalBusy as exc:
        return _fail(f"drain refused: {exc}. A running console sends by itself")
    except StorageError as exc:
        return _fail(str(exc))
    try:
        if adopt:
            writer.call(Journal.set_station_value, STATION_ID_KEY, station).result(30)
        last = [""]

        def say(status) -> None:
            line = (f"sync: {status.state.value}: {status.unsent} unsent, {status.sent} sent"
                    + (f"; {status.message}" if status.message else ""))
            if line != last[0]:
                print(line, file=sys.stderr)  # noqa: T201
                last[0] = line

        up = Uploader(path, settings, station, lambda ids: writer.call(Journal.mark_sent, ids),
                      online=writer.journal.online, on_status=say, version=__version__,
                      hold=lambda: writer.call(Journal.hold_sent, "broker"))
        ok = up.drain(args.timeout)
    finally:
        writer.close()
        lock.release()
    got = up.status
    print(f"sent: {got.sent}")  # noqa: T201
    print(f"unsent: {got.unsent}")  # noqa: T201
    if ok:
        print("sync: drained: nothing is unsent", file=sys.stderr)  # noqa: T201
    else:
        why = up.last_problem or f"no progress for {args.timeout:g} s"
        print(f"sync: not drained within --timeout {args.timeout:g} s: {why}",  # noqa: T201
              file=sys.stderr)
    return 0 if ok else 1


def export_main(args: argparse.Namespace) -> int:
    from operator_app.sync import bundle

    path = _journal_path(args)
    if path is None:
        return _fail(f"no journal in {args.data_dir or default_data_dir()} (use --data-dir)")
    config = _config(args)
    station, problem, _ = _station_id(path, config.station_id)
    if problem:
        return _fail(problem)
    try:
        written = bundle.export(path, args.out, station, clock=time.time)
    except bundle.NothingToExport as exc:
        print(f"sync: {exc}")  # noqa: T201
        return 0
    except bundle.BundleError as exc:
        return _fail(str(exc), 1)
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(written.manifest["counts"].items()))
    print(f"sync: wrote and read back {written.records} records ({kinds}) to "  # noqa: T201
          f"{written.path}")
    print(f"manifest sha256: {written.manifest_sha256}")  # noqa: T201
    config_arg = f" --config {args.config}" if args.config else ""
    print("nothing is marked sent yet: eject the stick safely, put it back, and run\n"  # noqa: T201
          f"  operator-app sync confirm {written.path} --data-dir {path.parent}{config_arg}")
    return 0


def confirm_main(args: argparse.Namespace) -> int:
    from operator_app.storage.journal import Journal
    from operator_app.sync import bundle
    from operator_app.sync.outbox import STATION_ID_KEY

    path = _journal_path(args)
    if path is None:
        return _fail(f"no journal in {args.data_dir or default_data_dir()} (use --data-dir)")
    try:
        manifest, sha, messages = bundle.read(args.bundle)
    except bundle.BundleError as exc:
        return _fail(f"confirm refused: {exc}", 1)
    station, problem, adopt = _station_id(path, _config(args).station_id)
    if problem:
        return _fail(f"confirm refused: {problem}")
    if manifest["station_id"] != station:
        return _fail(f"confirm refused: the bundle is station {manifest['station_id']!r}'s, "
                     f"this journal is {station!r}'s")
    try:
        lock, writer = _writer(path.parent)
    except JournalBusy as exc:
        return _fail(f"confirm refused: {exc}")
    try:
        if adopt:
            writer.call(Journal.set_station_value, STATION_ID_KEY, station).result(30)
        n = writer.call(Journal.confirm_export, [m["uuid"] for m in messages], sha, {
            "records": manifest["records"], "ranges": manifest["ranges"]}).result(120)
    finally:
        writer.close()
        lock.release()
    print(f"sync: the bundle holds {manifest['records']} records; {n} were marked sent "  # noqa: T201
          f"now{'' if n else ' (it was confirmed before)'}")
    return 0


def receive_main(args: argparse.Namespace) -> int:
    import os

    from operator_app.sync.fleet import receive
    from operator_app.sync.settings import SyncConfigError

    try:
        return receive(args.broker, args.out, seconds=args.seconds, username=args.username,
                       password=args.password or os.environ.get("FLEET_PASSWORD", ""),
                       ca_file=args.ca_file, client_id=args.client_id)
    except SyncConfigError as exc:
        print(f"fleet: {exc}", file=sys.stderr)  # noqa: T201
        return 2


def import_main(args: argparse.Namespace) -> int:
    from operator_app.sync import bundle
    from operator_app.sync.fleet import FleetError, FleetStore, describe_gaps, now_iso

    try:
        manifest, sha, messages = bundle.read(args.bundle)
    except bundle.BundleError as exc:
        print(f"fleet: import refused: {exc}", file=sys.stderr)  # noqa: T201
        return 1
    store = FleetStore(args.out)
    try:
        station = manifest["station_id"]
        db = store.db(station)
        done = db.execute("SELECT imported_at FROM bundles WHERE manifest_sha256 = ?",
                          [sha]).fetchone()
        previous = manifest.get("previous")
        known = previous is None or db.execute(
            "SELECT 1 FROM bundles WHERE manifest_sha256 = ?", [previous]).fetchone() is not None
        new = store.put_many(messages, via=sha)
        if done is None:
            seqs = [m["seq"] for m in messages]
            db.execute("INSERT INTO bundles VALUES (?,?,?,?,?,?,?)",
                       [sha, manifest.get("previous"), min(seqs), max(seqs), len(messages),
                        new, now_iso()])
        summary = store.summary(station)
    except FleetError as exc:
        print(f"fleet: import refused: {exc}", file=sys.stderr)  # noqa: T201
        return 1
    finally:
        store.close()
    print(f"fleet: {station}: {len(messages)} records in the bundle, {new} new"  # noqa: T201
          + (f" (imported before, {done[0]})" if done else ""))
    if done is None and not known:
        print(f"fleet: note: the bundle before this one (manifest {previous[:12]}...) "  # noqa: T201
              "was not imported here")
    print(f"fleet: {station}: {summary['records']} records held, seq "  # noqa: T201
          f"{summary['first_seq']}-{summary['last_seq']}, gaps: "
          f"{describe_gaps(summary['gaps'])}")
    return 0


def sync_main(argv: list[str]) -> int:
    args = sync_parser().parse_args(argv)
    return {"status": status_main, "drain": drain_main, "export": export_main,
            "confirm": confirm_main}[args.command](args)


def fleet_main(argv: list[str]) -> int:
    args = fleet_parser().parse_args(argv)
    return {"receive": receive_main, "import": import_main}[args.command](args)
