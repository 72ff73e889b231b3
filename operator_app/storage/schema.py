"""The journal's schema, as sqlite-utils migrations. Never edit an applied migration: add one.

Every table, its columns and their units are described in the README ("The station
journal"). Times are UTC ISO-8601 text with milliseconds (``ts``) unless a column
says ``_epoch`` (seconds since 1970, REAL) where range queries need numbers.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "journal"
migrations = Migrations(MIGRATION_SET)


@migrations()
def m001_core(db: Database) -> None:
    """Events and outbox, swaps, packs, telemetry, charging, alarms, audit, vehicles."""
    db.executescript("""
    CREATE TABLE station (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        seq INTEGER NOT NULL UNIQUE,          -- per-station sequence number, 1, 2, 3...
        ts TEXT NOT NULL,                     -- source timestamp, UTC
        kind TEXT NOT NULL,                   -- e.g. link.state, command.outcome, swap.completed
        payload TEXT NOT NULL,                -- JSON
        offline INTEGER NOT NULL DEFAULT 0    -- 1: recorded while the fleet backend was unreachable
    );
    CREATE INDEX events_kind_ts ON events (kind, ts);
    CREATE INDEX events_ts ON events (ts);
    CREATE TRIGGER events_no_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'the event journal is append-only'); END;
    CREATE TRIGGER events_no_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'the event journal is append-only'); END;

    CREATE TABLE outbox (
        event_id INTEGER PRIMARY KEY REFERENCES events (id),
        queued_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        sent_at TEXT                          -- NULL until the broker acknowledged it
    );
    CREATE INDEX outbox_unsent ON outbox (sent_at, event_id);

    CREATE TABLE swaps (
        id TEXT PRIMARY KEY,                  -- UUID of the transaction
        event_seq INTEGER,                    -- the event that recorded its end
        vehicle_plate TEXT,
        fleet TEXT,
        operator TEXT,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        result TEXT NOT NULL,                 -- running, completed, failed, aborted
        fault TEXT,
        blocks INTEGER NOT NULL,
        packs_out TEXT NOT NULL,              -- JSON [{code, slot, soc_pct, energy_kwh}]
        packs_in TEXT NOT NULL,               -- JSON [{code, slot, soc_pct, energy_kwh}]
        energy_delivered_kwh REAL,            -- energy in the packs installed minus removed
        steps TEXT NOT NULL,                  -- JSON [{step, block, started_at, duration_s, ...}]
        duration_s REAL,
        rack_before TEXT                      -- JSON {slot: {code, soc_pct, ...}} at the start
    );
    CREATE INDEX swaps_started ON swaps (started_at);

    CREATE TABLE packs (
        code TEXT PRIMARY KEY,                -- GB/T 34014, 24 characters
        type TEXT NOT NULL,
        capacity_kwh REAL,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        cycles INTEGER,
        soh_pct REAL,
        quarantined INTEGER NOT NULL DEFAULT 0,
        quarantine_reason TEXT
    );
    CREATE TABLE pack_health (                -- capacity and health records, SoH history
        id INTEGER PRIMARY KEY,
        pack_code TEXT NOT NULL REFERENCES packs (code),
        ts TEXT NOT NULL,
        soh_pct REAL,
        cycles INTEGER,
        capacity_kwh REAL,                    -- usable: rated x SoH
        insulation_kohm REAL,
        cell_spread_v REAL,
        source TEXT NOT NULL                  -- bms, charging, manual
    );
    CREATE INDEX pack_health_pack_ts ON pack_health (pack_code, ts);

    CREATE TABLE telemetry (                  -- raw samples, kept for the retention window
        id INTEGER PRIMARY KEY,
        pack_code TEXT NOT NULL,
        slot INTEGER NOT NULL,
        ts_epoch REAL NOT NULL,
        soc_pct REAL, soh_pct REAL, voltage_v REAL, current_a REAL,
        cell_min_v REAL, cell_max_v REAL, temp_min_c REAL, temp_max_c REAL,
        insulation_kohm REAL, charger_power_kw REAL, alarm_level INTEGER
    );
    CREATE INDEX telemetry_pack_ts ON telemetry (pack_code, ts_epoch);
    CREATE INDEX telemetry_ts ON telemetry (ts_epoch);

    CREATE TABLE charging_sessions (
        id TEXT PRIMARY KEY,                  -- UUID
        pack_code TEXT NOT NULL,
        slot INTEGER NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        energy_in_kwh REAL NOT NULL DEFAULT 0,
        soc_from_pct REAL, soc_to_pct REAL,
        peak_temp_c REAL, peak_power_kw REAL,
        end_reason TEXT                       -- complete, stopped, fault, removed, restart
    );
    CREATE INDEX charging_pack ON charging_sessions (pack_code, started_at);

    CREATE TABLE alarms (                     -- one row per occurrence
        id TEXT PRIMARY KEY,                  -- UUID
        code TEXT NOT NULL,
        source TEXT NOT NULL,                 -- e.g. controller, slot 3, link
        priority INTEGER NOT NULL,            -- 1 high, 2 medium, 3 low
        raised_at TEXT NOT NULL,
        cleared_at TEXT,
        state TEXT NOT NULL
    );
    CREATE TABLE alarm_transitions (
        id INTEGER PRIMARY KEY,
        alarm_id TEXT NOT NULL REFERENCES alarms (id),
        ts TEXT NOT NULL,
        from_state TEXT, to_state TEXT NOT NULL,
        actor TEXT, reason TEXT
    );

    CREATE TABLE audit (                      -- who did what, when; a hash chain
        id INTEGER PRIMARY KEY,
        ts TEXT NOT NULL,
        actor TEXT NOT NULL,
        role TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL,                 -- JSON
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL                    -- sha256 over prev_hash and this row's fields
    );

    CREATE TABLE vehicles (
        plate TEXT PRIMARY KEY,
        fleet TEXT NOT NULL,
        model TEXT NOT NULL,
        pack_type TEXT NOT NULL,
        blocks INTEGER NOT NULL,
        added_at TEXT NOT NULL
    );
    """)


@migrations()
def m002_telemetry_rollups(db: Database) -> None:
    """Downsampled telemetry: 1-minute and 1-hour min/mean/max per pack."""
    for name in ("telemetry_1m", "telemetry_1h"):
        db.executescript(f"""
        CREATE TABLE {name} (
            pack_code TEXT NOT NULL,
            bucket_epoch REAL NOT NULL,        -- start of the bucket
            n INTEGER NOT NULL,                -- raw samples in it
            soc_min REAL, soc_mean REAL, soc_max REAL,
            temp_min REAL, temp_mean REAL, temp_max REAL,
            power_min REAL, power_mean REAL, power_max REAL,
            voltage_mean REAL, cell_spread_max REAL, alarm_level_max INTEGER,
            PRIMARY KEY (pack_code, bucket_epoch)
        ) WITHOUT ROWID;
        CREATE INDEX {name}_bucket ON {name} (bucket_epoch);
        """)


@migrations()
def m003_vehicle_tags(db: Database) -> None:
    """QR and RFID codes that name a vehicle (JSON list), for identification at the bay."""
    db.execute("ALTER TABLE vehicles ADD COLUMN tags TEXT NOT NULL DEFAULT '[]'")


@migrations()
def m004_swap_started_by(db: Database) -> None:
    """How each swap was started: console, bay button, another terminal."""
    db.execute("ALTER TABLE swaps ADD COLUMN started_by TEXT")


@migrations()
def m005_running_swap_index(db: Database) -> None:
    """The swap a console left running is found without scanning every swap (start-up)."""
    db.execute("CREATE INDEX swaps_running ON swaps (started_at) WHERE result = 'running'")


@migrations()
def m006_seal(db: Database) -> None:
    """The keyed tamper-evidence chain (storage/seal.py); rows before it are not in it."""
    db.executescript("""
    CREATE TABLE seal (
        id INTEGER PRIMARY KEY,
        tbl TEXT NOT NULL,
        row_id INTEGER NOT NULL,
        digest TEXT NOT NULL,                 -- SHA-256 of the row as stored
        mac TEXT NOT NULL                     -- HMAC-SHA256(key, previous mac, tbl, row, digest)
    );
    CREATE TABLE seal_start (tbl TEXT PRIMARY KEY, first_row INTEGER NOT NULL);
    """)
    for table in ("events", "outbox", "swaps", "alarms", "alarm_transitions", "audit"):
        db.execute(f"INSERT INTO seal_start VALUES (?, (SELECT coalesce(max(rowid), 0) + 1 "
                   f"FROM {table}))", [table])


@migrations()
def m007_time_indexes(db: Database) -> None:
    """``journal export --since`` reads every table through an index on its time."""
    db.executescript("""
    CREATE INDEX IF NOT EXISTS charging_started ON charging_sessions (started_at);
    CREATE INDEX IF NOT EXISTS pack_health_ts ON pack_health (ts);
    CREATE INDEX IF NOT EXISTS alarms_raised ON alarms (raised_at);
    CREATE INDEX IF NOT EXISTS alarm_transitions_ts ON alarm_transitions (ts);
    CREATE INDEX IF NOT EXISTS audit_ts ON audit (ts);
    CREATE INDEX IF NOT EXISTS packs_last_seen ON packs (last_seen);
    CREATE INDEX IF NOT EXISTS vehicles_added ON vehicles (added_at);
    """)


@migrations()
def m008_swap_progress(db: Database) -> None:
    """A running swap's steps go to a one-row-per-running-swap side table, not into its
    row: the swap row is written twice (start, end) instead of once per step, so it is not
    split across pages step by step, and sealed twice instead of a dozen times. The
    (kind, ts) index no query used goes."""
    db.executescript("""
    CREATE TABLE swap_progress (
        swap_id TEXT PRIMARY KEY,
        steps TEXT NOT NULL                   -- JSON, as swaps.steps; until the swap ends
    ) WITHOUT ROWID;
    DROP INDEX IF EXISTS events_kind_ts;
    """)


@migrations()
def m009_archive(db: Database) -> None:
    """Records the fleet holds, archived after a window (storage/archive.py): events may be
    deleted only while they are being archived."""
    db.executescript("""
    CREATE TABLE archive (
        id INTEGER PRIMARY KEY,
        tbl TEXT NOT NULL,
        day TEXT NOT NULL,                    -- UTC date of the rows
        first_row INTEGER NOT NULL,
        last_row INTEGER NOT NULL,
        n INTEGER NOT NULL,
        archived_at TEXT NOT NULL,
        rows BLOB NOT NULL                    -- zlib(JSON [[rowid, [columns as stored]], ...])
    );
    CREATE INDEX archive_tbl_day ON archive (tbl, day);
    DROP TRIGGER events_no_delete;
    CREATE TRIGGER events_no_delete BEFORE DELETE ON events
        WHEN (SELECT value FROM station WHERE key = 'archiving') IS NOT '1'
        BEGIN SELECT RAISE(ABORT, 'the event journal is append-only'); END;
    """)


@migrations()
def m010_measured_capacity(db: Database) -> None:
    """Charging sessions keep their raw inputs (domain/capacity.py): the charge and energy in
    and how they were counted, the SoC at each end and whether the pack had rested there,
    temperatures, C-rate, samples and gaps, quality flags, the estimator's version; and the
    capacity a good session gives. A pack keeps what its good sessions say, apart from its
    BMS's SoH, with its lifetime counters. A slot's alarm names the pack that was in the slot
    when it was raised (a pack's alarm history, its harmful events)."""
    db.executescript("""
    ALTER TABLE charging_sessions ADD COLUMN method TEXT;          -- meter, integrated
    ALTER TABLE charging_sessions ADD COLUMN charge_in_ah REAL;
    ALTER TABLE charging_sessions ADD COLUMN capacity_ah REAL;     -- NULL: flagged, not used
    ALTER TABLE charging_sessions ADD COLUMN flags TEXT;           -- JSON list of qualities
    ALTER TABLE charging_sessions ADD COLUMN inputs TEXT;          -- JSON: the whole record
    ALTER TABLE charging_sessions ADD COLUMN estimator_version TEXT;
    CREATE INDEX charging_good ON charging_sessions (pack_code, started_at)
        WHERE capacity_ah IS NOT NULL;
    ALTER TABLE packs ADD COLUMN measured_capacity_ah REAL;  -- median of the last good sessions
    ALTER TABLE packs ADD COLUMN measured_sessions INTEGER;  -- how many, in that median
    ALTER TABLE packs ADD COLUMN measured_spread_ah REAL;    -- max - min of them
    ALTER TABLE packs ADD COLUMN measured_soh_pct REAL;      -- measured / rated charge
    ALTER TABLE packs ADD COLUMN flags TEXT NOT NULL DEFAULT '[]';  -- e.g. BMS_SOH_DISAGREES
    ALTER TABLE packs ADD COLUMN charge_throughput_ah REAL NOT NULL DEFAULT 0;
    ALTER TABLE packs ADD COLUMN energy_throughput_kwh REAL NOT NULL DEFAULT 0;
    ALTER TABLE alarms ADD COLUMN pack_code TEXT;  -- the pack in the slot when it was raised
    CREATE INDEX alarms_pack ON alarms (pack_code, raised_at) WHERE pack_code IS NOT NULL;
    """)


# the columns m011 adds to both rollup tables, each with what it summarises
ROLLUP_COLUMNS_M011 = (
    ("voltage_min", "REAL"),     # min(voltage_v)
    ("voltage_max", "REAL"),     # max(voltage_v)
    ("current_min", "REAL"),     # min(current_a)
    ("current_mean", "REAL"),    # avg(current_a)
    ("current_max", "REAL"),     # max(current_a)
    ("cell_min_min", "REAL"),    # min(cell_min_v): the lowest cell in the bucket
    ("cell_max_max", "REAL"),    # max(cell_max_v): the highest cell in the bucket
)


@migrations()
def m011_rollup_series(db: Database) -> None:
    """What a pack's history plot draws from a rollup as a min-max band with its mean: the
    voltage's min and max, the current's min, mean and max, the lowest cell and the highest
    cell. (The lowest temperature, min(temp_min_c), is m002's ``temp_min``.) Rows rolled up
    before this step have them NULL; the retention run fills them from now on."""
    for table in ("telemetry_1m", "telemetry_1h"):
        for name, kind in ROLLUP_COLUMNS_M011:
            db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")


@migrations()
def m012_vehicle_registry(db: Database) -> None:
    """The registry kept at the station (the Vehicles page, ``operator-app vehicles``): a
    vehicle disabled here is not identified, so no swap starts for it; when a vehicle was
    last changed (added, edited, disabled or enabled; each change is in the audit chain with
    who and, for an edit, the old and the new values). ``journal export --since`` reads the
    vehicles through ``changed_at``: a vehicle disabled yesterday is in yesterday's export."""
    db.executescript("""
    ALTER TABLE vehicles ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE vehicles ADD COLUMN changed_at TEXT;
    UPDATE vehicles SET changed_at = added_at;
    CREATE INDEX vehicles_changed ON vehicles (changed_at);
    """)


def known_migrations() -> list[str]:
    return [m.name for m in migrations._migrations]  # sqlite-utils offers no public list
