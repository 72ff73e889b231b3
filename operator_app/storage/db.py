"""Opening the station journal safely: where it lives, its pragmas, checks and migrations."""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlite_utils import Database

from operator_app.storage.schema import MIGRATION_SET, known_migrations, migrations

log = logging.getLogger(__name__)

APP_NAME = "operator-app"
DB_NAME = "journal.sqlite"
BUSY_TIMEOUT_MS = 5000
WAL_LIMIT_BYTES = 4 * 1024 * 1024
WAL_CHECKPOINT_PAGES = 256


class StorageError(Exception):
    """A journal problem a person must know about; the message says what to do."""


class JournalBusy(StorageError):
    """Another console holds this data directory's journal: this one must not open it."""


LOCK_NAME = "journal.lock"


class JournalLock:
    """The exclusive hold of one console on one data directory, for the console's life.

    An advisory ``flock`` on ``journal.lock`` (released by the kernel when the process
    ends, however it ends); the file says which process holds it and since when, so a
    second console can name it. Read-only tools (``journal verify``, ``export``) do not
    take it and work beside a running console.
    """

    def __init__(self, fd: int, path: Path) -> None:
        self.fd, self.path = fd, path

    @classmethod
    def acquire(cls, directory: Path) -> JournalLock:
        import fcntl

        path = directory / LOCK_NAME
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 200).decode("utf-8", "replace").strip() or "another process"
            os.close(fd)
            raise JournalBusy(
                f"another console is using the journal in {directory} ({holder}); nothing "
                "was opened or changed. Close that console first, or give this one its own "
                "--data-dir") from None
        stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime())
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"pid {os.getpid()}, started {stamp}\n".encode())
        except OSError:  # a full disk: the lock holds all the same, unnamed
            log.warning("journal: the lock file %s cannot say who holds it (%s)", path,
                        "disk full")
        return cls(fd, path)

    def release(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)  # closing the descriptor releases the lock
            self.fd = -1


RESERVE_NAME = "journal.reserve"
RESERVE_BYTES = 8 * 1024 * 1024  # room for thousands of records after the disk fills


class Reserve:
    """Space set aside on the journal's filesystem at start, given up when the disk fills.

    A file of ``size`` bytes allocated for real (``posix_fallocate``), beside the journal.
    When a write finds the disk full, the writer deletes it: the records that follow have
    room (telemetry is thinned meanwhile), and the screen says the disk is full. It is
    allocated again once there is room for it.
    """

    def __init__(self, directory: Path, size: int = RESERVE_BYTES) -> None:
        self.path = directory / RESERVE_NAME
        self.size = size

    @property
    def present(self) -> bool:
        try:
            return self.path.stat().st_size >= self.size
        except OSError:
            return False

    def ensure(self, headroom: bool = False) -> bool:
        """Allocate the reserve; False (and nothing left behind) when there is no room.
        With ``headroom``, only when room stays free after it (after a full disk the
        journal must have room to write, not only its reserve back): a quarter of it, and at
        least 1 MB."""
        if self.present or self.size <= 0:
            return True
        if headroom:
            fs = os.statvfs(self.path.parent)
            if fs.f_bavail * fs.f_frsize < self.size + max(self.size // 4, 1024 * 1024):
                return False
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                os.posix_fallocate(fd, 0, self.size)
                os.fsync(fd)
            finally:
                os.close(fd)
            return True
        except OSError as exc:
            log.warning("journal: the %d-byte reserve cannot be allocated (%s)", self.size,
                        exc.strerror)
            self.release()
            return False

    def release(self) -> int:
        """Give the space back to the journal; the number of bytes freed."""
        try:
            size = self.path.stat().st_size
            self.path.unlink()
            return size
        except OSError:
            return 0


class DataDirError(StorageError):
    """The data directory is missing, not a directory, or not writable."""


class SchemaTooNew(StorageError):
    """The journal was written by a newer console: this one must not touch it."""


class DiskFull(StorageError):
    """The disk (or the journal's size limit) is full."""


def free_space_at_start(directory: Path) -> bool:
    """A console that holds ``directory`` (its ``JournalLock``) and finds the disk full gives
    up its reserve, so that it can start and write; True if it had to."""
    probe = directory / ".write-test"
    try:
        probe.write_bytes(b"ok")
        probe.unlink()
        return False
    except OSError as exc:
        probe.unlink(missing_ok=True)
        if exc.errno != errno.ENOSPC:
            return False
    if Reserve(directory).release():
        log.warning("journal: the disk is full at start; the reserve was given up")
        return True
    return False


def default_key_path() -> Path:
    """The station's sealing key: in the config directory, never beside the journal."""
    from operator_app.storage.seal import KEY_NAME

    return Path(platformdirs.user_config_dir("operator-app")) / KEY_NAME


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_data_dir(path: Path) -> Path:
    """Create the data directory if needed and prove it is writable."""
    if path.exists() and not path.is_dir():
        raise DataDirError(f"{path} is not a directory: choose another with --data-dir")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirError(
            f"cannot create the data directory {path}: {exc.strerror}. Choose another with "
            "--data-dir, or fix its permissions") from exc
    if not path.is_dir():
        raise DataDirError(f"{path} is not a directory: choose another with --data-dir")
    probe = path / ".write-test"
    try:
        try:
            probe.write_bytes(b"ok")
        except OSError as exc:
            probe.unlink(missing_ok=True)
            if exc.errno != errno.ENOSPC:
                raise
            # writable, but full: the console that holds the directory gives up its reserve
            # (``free_space_at_start``); a tool never touches it
            return path
        probe.unlink()
    except OSError as exc:
        raise DataDirError(
            f"the data directory {path} is not writable ({exc.strerror}): the journal cannot be "
            "kept. Fix its permissions or free space, or choose another with --data-dir") from exc
    return path


@dataclass
class OpenReport:
    """What happened while opening: shown to the operator when it matters."""

    path: Path
    created: bool = False
    migrated: tuple[str, ...] = ()
    damaged_copy: Path | None = None  # the file set aside after a failed check
    message: str = ""


def connect(path: Path, *, readonly: bool = False, synchronous: str = "FULL",
            max_bytes: int | None = None, busy_ms: int = BUSY_TIMEOUT_MS) -> Database:
    """One connection with the journal's pragmas. Readers pass ``readonly=True``."""
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=busy_ms / 1000)
    else:
        conn = sqlite3.connect(str(path), timeout=busy_ms / 1000)
    db = Database(conn, execute_plugins=False)
    db.execute(f"PRAGMA busy_timeout = {busy_ms}")
    if not readonly:
        db.execute("PRAGMA journal_mode = WAL")
        # after each checkpoint the WAL is cut back to this size: it cannot keep the disk
        db.execute(f"PRAGMA journal_size_limit = {WAL_LIMIT_BYTES}")
        # checkpoint at 1 MB of WAL, not SQLite's 4 MB: less to copy when the disk fills
        db.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
        db.execute(f"PRAGMA synchronous = {synchronous}")
        db.execute("PRAGMA foreign_keys = ON")
        if max_bytes:
            page = db.execute("PRAGMA page_size").fetchone()[0]
            db.execute(f"PRAGMA max_page_count = {max(16, max_bytes // page)}")
    return db


def quick_check(path: Path) -> str | None:
    """None when the file passes ``PRAGMA quick_check``, else what SQLite said."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    result = "; ".join(r[0] for r in rows)
    return None if result == "ok" else result


DAMAGE_MARK = "journal.damage"  # written by the background check when it finds damage


def start_check(path: Path, rows: int = 64) -> str | None:
    """What a crash can have touched, in a time that does not grow with the file: the
    header and the schema, and each table's newest rows (the pages written last). None
    when it reads, else what SQLite said. The whole file is checked in the background
    (``background_check``); damage it finds is marked, and the next start checks all."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            conn.execute("PRAGMA schema_version").fetchone()
            tables = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                "'sqlite_%'")]
            for table in tables:
                keys = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[5]]
                without_rowid = conn.execute(
                    "SELECT sql LIKE '%WITHOUT ROWID%' FROM sqlite_master WHERE name = ?",
                    [table]).fetchone()[0]
                order = (", ".join(f'"{k}" DESC' for k in keys) if without_rowid
                         else "rowid DESC")
                conn.execute(f'SELECT * FROM "{table}" ORDER BY {order} LIMIT {rows}').fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None


def background_check(path: Path) -> str | None:
    """The whole file's ``quick_check``, for a thread of low priority; damage is marked
    beside the journal, so that the next start checks the whole file and sets it aside."""
    import contextlib
    import threading

    with contextlib.suppress(AttributeError, OSError):  # a nice level for this thread only
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
    problem = quick_check(path)
    if problem is not None and not _busy(problem):
        try:
            (path.parent / DAMAGE_MARK).write_text(problem + "\n", encoding="utf-8")
        except OSError as exc:
            log.error("journal: cannot mark the damage (%s)", exc)
    return None if problem is not None and _busy(problem) else problem


def _busy(problem: str) -> bool:
    return "locked" in problem or "busy" in problem


def _refuse_newer_schema(path: Path) -> None:
    """Refuse a journal a newer console wrote, reading it only (no WAL switch, no write)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        try:
            names = [r[0] for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])]
        except sqlite3.OperationalError:
            return  # no migrations table yet: an empty or pre-migration file
    finally:
        conn.close()
    unknown = [n for n in names if n not in known_migrations()]
    if unknown:
        raise SchemaTooNew(
            f"the journal {path} was written by a newer console (schema steps "
            f"{', '.join(unknown)} are unknown here). This console will not touch it: install "
            "the newer version, or start with another --data-dir")


SEQ_MARK = "journal.seq"  # beside the journal: event numbers used so far, in steps
SEQ_STEP = 256


def note_seq(directory: Path, seq: int) -> None:
    """Say, outside the journal, how far its event numbers went (every ``SEQ_STEP``): a file
    set aside whose schema cannot be read any more still tells the next one where to go on."""
    tmp = directory / (SEQ_MARK + ".tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(f"{seq}\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, directory / SEQ_MARK)
    except OSError as exc:
        log.warning("journal: cannot note the event number %d (%s)", seq, exc.strerror)


def noted_seq(directory: Path) -> int:
    """The event numbers the journal of ``directory`` may have used: the last one noted and
    the step after it (0: none noted)."""
    try:
        return int((directory / SEQ_MARK).read_text(encoding="utf-8").strip()) + SEQ_STEP
    except (OSError, ValueError):
        return 0


def _last_readable_seq(path: Path) -> int:
    """The highest event number still readable in a damaged file (0 if none); a file whose
    header is gone or that was cut short is read as ``journal recover`` reads it."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return int(conn.execute("SELECT max(seq) FROM events").fetchone()[0] or 0)
        finally:
            conn.close()
    except (sqlite3.DatabaseError, TypeError, ValueError):
        pass
    from operator_app.storage.recover import last_readable_seq

    try:
        return last_readable_seq(path)
    except Exception as exc:  # noqa: BLE001 - numbering from 0 is the fallback, said
        log.error("journal: cannot read the damaged file's last event number: %s", exc)
        return 0


def open_journal(data_dir: Path | None = None, *, max_bytes: int | None = None
                 ) -> tuple[Database, OpenReport]:
    """Open (or create) the journal, check it, migrate it; return the write connection.

    A file that fails its check is moved aside (never deleted) and a new journal is
    started, with a report that tells the operator where the damaged file is.
    """
    directory = ensure_data_dir(data_dir or default_data_dir())
    path = directory / DB_NAME
    report = OpenReport(path=path, created=not path.exists())
    carry_on_from = 0  # the last readable event number of a file set aside
    if not report.created:
        marked = directory / DAMAGE_MARK
        # the whole file when the last background check found damage; else what a crash
        # can have touched (the whole file is checked in the background, once started)
        problem = quick_check(path) if marked.exists() else start_check(path)
        if problem is not None and _busy(problem):
            # a healthy file another process holds is not a damaged one: never move it
            raise JournalBusy(
                f"the journal {path} is locked by another process ({problem}); nothing was "
                "changed. Close the program holding it (a sqlite3 shell, a backup tool) and "
                "start again")
        if problem is None:
            _refuse_newer_schema(path)  # read-only: nothing is touched before this check
            marked.unlink(missing_ok=True)  # the whole file was checked again: it reads
        if problem is not None:
            # the last number still readable, or, when not even that can be read, beyond the
            # last one noted beside it
            carry_on_from = max(_last_readable_seq(path), noted_seq(directory))
            stamp = time.strftime("%Y%m%d-%H%M%S")
            aside = directory / f"{DB_NAME}.damaged-{stamp}"
            for suffix in ("", "-wal", "-shm"):
                src = Path(str(path) + suffix)
                if src.exists():
                    os.replace(src, Path(str(aside) + suffix))
            report.damaged_copy = aside
            report.created = True
            marked.unlink(missing_ok=True)
            report.message = (
                f"The journal failed its integrity check ({problem}). It was kept aside as "
                f"{aside} and a new journal was started; its event numbers carry on from "
                f"{carry_on_from}. Tell the technician: what it holds can be recovered with "
                f"operator-app journal recover {aside} --data-dir {directory}")
            log.error(report.message)
    db = connect(path, max_bytes=max_bytes)
    pending = [m.name for m in migrations.pending(db)]
    if pending:
        migrations.apply(db)
        report.migrated = tuple(pending)
        log.info("journal %s: applied %s", path, ", ".join(pending))
    if carry_on_from:  # the new file numbers on from the old one: no number is used twice
        with db.conn:
            db.execute("INSERT OR REPLACE INTO station (key, value) VALUES ('seq_floor', ?)",
                       [str(carry_on_from)])
    return db, report


def schema_version(db: Database) -> list[str]:
    return [m.name for m in migrations.applied(db)]


__all__ = ["MIGRATION_SET", "DataDirError", "DiskFull", "OpenReport", "SchemaTooNew",
           "StorageError", "connect", "default_data_dir", "open_journal", "quick_check"]
