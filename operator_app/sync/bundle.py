"""Export bundles: the outbox carried to the fleet on a USB stick, for a station with no network.

``export`` writes the unsent records as gzip JSON lines in the same envelopes as MQTT, with a
manifest (station id, sequence ranges, counts by kind, the SHA-256 of each file, and the
SHA-256 of the station's previous confirmed bundle's manifest: a chain), then reads it all
back from the stick. Nothing is marked sent by writing it: ``confirm`` reads the bundle back
from the stick again (after it was ejected and put back, say) and only then marks the records
it holds sent. ``read`` is what the fleet's ``import`` checks a bundle with.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from operator_app.storage.db import connect
from operator_app.storage.journal import iso
from operator_app.sync import outbox
from operator_app.sync.contract import encode_stored

FORMAT = "operator-app-sync-bundle/1"
MANIFEST = "manifest.json"
PER_FILE = 50_000  # records per file


class BundleError(Exception):
    """A bundle that cannot be written, read or trusted, in words: nothing was changed."""


class NothingToExport(BundleError):
    """Every record was sent or confirmed already: not a failure."""


@dataclass(frozen=True)
class Written:
    path: Path
    manifest: dict[str, Any]
    manifest_sha256: str
    records: int


def _sha(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def ranges(seqs: list[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for s in sorted(seqs):
        if out and s == out[-1][1] + 1:
            out[-1][1] = s
        else:
            out.append([s, s])
    return out


def export(db_path: Path, out: Path, station_id: str, *, clock: Callable[[], float],
           per_file: int = PER_FILE) -> Written:
    """Write the unsent records under ``out`` and read them back; BundleError says why not
    (a stick pulled out, a full stick): then nothing is marked sent, and a partial folder is
    left named ``.partial`` for the operator to delete."""
    if not station_id:
        raise BundleError("no station id: set station_id in console.toml (as commissioned)")
    db = connect(db_path, readonly=True, busy_ms=5000)
    try:
        previous = outbox.station_value(db, outbox.EXPORT_HEAD_KEY)
        entries: list[outbox.Entry] = []
        after = 0
        while True:
            part = outbox.unsent(db, after, 5000)
            if not part:
                break
            entries += part
            after = part[-1].event_id
    finally:
        db.conn.close()
    if not entries:
        raise NothingToExport("nothing to export: every record was sent or confirmed already")
    seqs = [e.seq for e in entries]
    name = f"{station_id}-{min(seqs)}-{max(seqs)}"
    final = out / name
    partial = out / (name + ".partial")
    try:
        out.mkdir(parents=True, exist_ok=True)
        if partial.exists():
            shutil.rmtree(partial)
        partial.mkdir()
        files = []
        counts: dict[str, int] = {}
        for i in range(0, len(entries), per_file):
            chunk = entries[i:i + per_file]
            fname = f"records-{i // per_file + 1:04d}.jsonl.gz"
            with open(partial / fname, "wb") as raw:
                with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
                    for e in chunk:
                        kind, data = encode_stored(station_id, e.uuid, e.seq, e.ts, e.kind,
                                                   e.payload, e.offline)
                        counts[kind] = counts.get(kind, 0) + 1
                        gz.write(data + b"\n")
                raw.flush()
                os.fsync(raw.fileno())
            files.append({"name": fname, "sha256": _sha(partial / fname),
                          "records": len(chunk), "first_seq": min(e.seq for e in chunk),
                          "last_seq": max(e.seq for e in chunk)})
        manifest = {"format": FORMAT, "station_id": station_id, "created_at": iso(clock()),
                    "records": len(entries), "ranges": ranges(seqs), "counts": counts,
                    "files": files, "previous": previous}
        text = json.dumps(manifest, indent=1, sort_keys=True).encode("utf-8")
        with open(partial / MANIFEST, "wb") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        _fsync_dir(partial)
        if final.exists():
            shutil.rmtree(final)
        partial.rename(final)
        _fsync_dir(out)
    except OSError as exc:
        raise BundleError(f"writing the bundle to {out} failed ({exc.strerror or exc}): "
                          "nothing was marked sent. Check the stick (full, pulled out, "
                          "read-only?) and export again") from None
    got, sha = read_manifest(final)  # read back from the stick: what the fleet will get
    verify_files(final, got)
    return Written(final, got, sha, len(entries))


def read_manifest(bundle: Path) -> tuple[dict[str, Any], str]:
    path = bundle / MANIFEST if bundle.is_dir() else bundle
    if path.parent.name.endswith(".partial"):
        raise BundleError(f"{path.parent} is an export that did not finish (the stick filled "
                          "or was pulled out): it is not a bundle. Delete it and export again")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BundleError(f"cannot read {path} ({exc.strerror or exc}): is the stick in, and "
                          "is this a bundle folder?") from None
    try:
        manifest = json.loads(raw)
        if manifest.get("format") != FORMAT:
            raise ValueError(f"format {manifest.get('format')!r}, not {FORMAT}")
        for key in ("station_id", "files", "records", "ranges"):
            manifest[key]
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BundleError(f"{path} is not a bundle manifest ({exc})") from None
    return manifest, hashlib.sha256(raw).hexdigest()


def verify_files(bundle: Path, manifest: dict[str, Any]) -> None:
    folder = bundle if bundle.is_dir() else bundle.parent
    total = 0
    for f in manifest["files"]:
        path = folder / f["name"]
        try:
            sha = _sha(path)
        except OSError as exc:
            raise BundleError(f"{path} cannot be read ({exc.strerror or exc}): the bundle is "
                              "not whole; nothing was changed") from None
        if sha != f["sha256"]:
            raise BundleError(f"{path.name} is damaged (its SHA-256 is not the one in the "
                              "manifest): nothing was changed. Copy the bundle again from the "
                              "station")
        total += f["records"]
    if total != manifest["records"]:
        raise BundleError(f"the manifest counts {manifest['records']} records but its files "
                          f"hold {total}: the bundle is not whole; nothing was changed")


def envelopes(bundle: Path, manifest: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every envelope in the bundle; the files must have been verified first."""
    folder = bundle if bundle.is_dir() else bundle.parent
    for f in manifest["files"]:
        n = 0
        try:
            with gzip.open(folder / f["name"], "rt", encoding="utf-8") as lines:
                for line in lines:
                    if line.strip():
                        n += 1
                        yield json.loads(line)
        except (OSError, EOFError, ValueError) as exc:
            raise BundleError(f"{f['name']} cannot be read ({exc}): nothing was "
                              "changed") from None
        if n != f["records"]:
            raise BundleError(f"{f['name']} holds {n} records, its manifest says "
                              f"{f['records']}: nothing was changed")


def read(bundle: Path) -> tuple[dict[str, Any], str, list[dict[str, Any]]]:
    """Manifest, its SHA-256 and every envelope, all checked; BundleError says what is wrong."""
    manifest, sha = read_manifest(bundle)
    verify_files(bundle, manifest)
    messages = list(envelopes(bundle, manifest))
    for m in messages:
        if m.get("station_id") != manifest["station_id"]:
            raise BundleError(f"record {m.get('seq')} says station {m.get('station_id')!r}, "
                              f"the manifest {manifest['station_id']!r}: nothing was changed")
    return manifest, sha, messages
