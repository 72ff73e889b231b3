"""Benchmark: console start-up to first paint against the size of its journal.

Run:  .venv/bin/python -m tests.benchmarks.bench_startup --cache DIR [--runs 5] [--quick]
      [--profile]

The whole console process (``operator-app --simulate --data-dir D --report-first-paint``,
as ``bench_ui`` starts it: journal, simulator child, link, window) from spawn to its first
painted window, on three journals: empty (the schema only), 30 days and 365 days of a busy
station (24 slots, 200 swaps a day), made by ``tests.benchmarks.station_year`` into
``--cache`` and reused when present (the year takes minutes to make). Each journal warm
(its files read into the page cache first) and cold (``os.sync()``, then
``posix_fadvise(DONTNEED)`` on every file of the data directory: the journal is what is
cold, not Python or Qt), beside a bare PySide6 + pyqtgraph window in the same run; medians
of ``--runs``, interleaved so that drift hits every case alike. The console writes a few
records at each start (console.start, link events): runs are sequential (it holds the
journal's lock), each on the cached journal itself.

The journal is sealed with the synthetic station's key; the console is given that key
(a private XDG_CONFIG_HOME) so that it carries the same chain on.

``--profile``: the console's start in-process under cProfile (cold, empty and 365 days),
and the functions whose cumulative time grows with the journal.

Goal: the 365-day journal's cold start within 1.2x of the empty journal's cold start.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks import station_year
from tests.benchmarks.bench_ui import BARE, first_paint, paint_env

GOAL = 1.2


def journal_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir() if p.is_file())


def journal_size(directory: Path) -> int:
    return sum(p.stat().st_size for p in directory.glob("journal.sqlite*"))


def make_cold(directory: Path) -> None:
    """Drop the data directory's files from the page cache (no root needed: the pages
    are clean once synced, and DONTNEED drops clean pages)."""
    os.sync()
    for path in journal_files(directory):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fdatasync(fd)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def make_warm(directory: Path) -> None:
    for path in journal_files(directory):
        with open(path, "rb") as f:
            while f.read(1 << 22):
                pass


def resident(directory: Path) -> int | None:
    """Bytes of the data directory's files in the page cache (fincore), None if unknown."""
    if not shutil.which("fincore"):
        return None
    files = [str(p) for p in journal_files(directory)]
    try:
        out = subprocess.run(["fincore", "--bytes", "--noheadings", "--output", "RES", *files],
                             capture_output=True, text=True, timeout=30, check=True).stdout
    except (subprocess.SubprocessError, OSError):
        return None
    return sum(int(x) for x in out.split())


def cached_journal(cache: Path, days: int, report) -> Path:
    """``cache``/``days``d: a data directory with the journal of ``days`` station days,
    made once (an empty journal: the schema only)."""
    target = cache / (f"{days}d" if days else "empty")
    stamp = target / "station_year.json"
    if stamp.exists() and (target / "journal.sqlite").exists():
        return target
    if target.exists():
        shutil.rmtree(target)
    work = cache / f".{target.name}-building"
    if work.exists():
        shutil.rmtree(work)
    if days:
        report(f"making the {days}-day journal in {target} (station_year; reused next time)")
        res = station_year.build(work, days)
        info = {"days": days, "slots": 24, "swaps_per_day": 200, "built_s": round(res.seconds),
                "made": time.strftime("%Y-%m-%d %H:%M:%S")}
    else:
        from operator_app.storage.db import open_journal

        open_journal(work)[0].close()
        info = {"days": 0}
    (work / "station_year.json").write_text(json.dumps(info) + "\n")
    work.rename(target)
    return target


def console_cmd(data: Path) -> list[str]:
    script = Path(sys.executable).with_name("operator-app")
    head = [str(script)] if script.exists() else [sys.executable, "-m", "operator_app"]
    return [*head, "--simulate", "--data-dir", str(data), "--report-first-paint",
            "--quit-after", "30"]


def console_env(env: dict[str, str], config: Path) -> dict[str, str]:
    """The paint environment with a private config directory holding the journal's key."""
    out = dict(env)
    out["XDG_CONFIG_HOME"] = str(config)
    return out


def write_key(config: Path) -> None:
    from operator_app.storage.seal import KEY_NAME

    d = config / "operator-app"
    d.mkdir(parents=True, exist_ok=True)
    (d / KEY_NAME).write_text(station_year.KEY.hex() + "\n")
    os.chmod(d / KEY_NAME, 0o600)


def measure(journals: dict[str, Path], runs: int) -> tuple[dict, list[float], str]:
    times: dict[tuple[str, str], list[float]] = {(n, s): [] for n in journals
                                                 for s in ("warm", "cold")}
    bare: list[float] = []
    evicted: dict[str, list[int]] = {n: [] for n in journals}
    with paint_env() as (env, where), tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config"
        write_key(config)
        cenv = console_env(env, config)
        # one start on each journal first: the console's own start-up writes (and a
        # retention pass over what the journal's last hours left) are not in the figures
        for data in journals.values():
            first_paint(console_cmd(data), cenv)
        for _ in range(runs):  # interleaved, so that drift hits every case alike
            bare.append(first_paint([sys.executable, "-c", BARE], env))
            for name, data in journals.items():
                make_warm(data)
                times[(name, "warm")].append(first_paint(console_cmd(data), cenv))
                make_cold(data)
                left = resident(data)
                if left is not None:
                    evicted[name].append(left)
                times[(name, "cold")].append(first_paint(console_cmd(data), cenv))
    for name, left in evicted.items():
        if left and max(left) > 1 << 20:
            print(f"note: {max(left) / 1e6:.1f} MB of the {name} journal stayed in the page "
                  "cache after DONTNEED (the cold figure is then partly warm)")
    return times, bare, where


PROFILE = r"""
import cProfile, json, pstats, sys
from operator_app import app as console
out, data = sys.argv[1], sys.argv[2]
pr = cProfile.Profile()

def until_first_paint(window):
    # the console's own hook, then: stop profiling at the first paint and quit
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget
    app = QApplication.instance()

    class Watch(QObject):
        def eventFilter(self, obj, event):
            painted = event.type() == QEvent.Type.Paint and isinstance(obj, QWidget)
            if painted and obj.window() is window:
                pr.disable()
                app.removeEventFilter(self)
                QTimer.singleShot(0, app.quit)
            return False

    window._profile_watch = Watch(window)
    app.installEventFilter(window._profile_watch)

console.report_first_paint = until_first_paint
pr.enable()
console.main(["--simulate", "--data-dir", data, "--report-first-paint", "--quit-after", "60"])
pr.disable()
stats = pstats.Stats(pr).stats
rows = {f"{k[0].split('site-packages/')[-1].split('/work/main/')[-1]}:{k[1]}({k[2]})":
        [v[1], v[3]] for k, v in stats.items()}
json.dump(rows, open(out, "w"))
"""


def profile(journals: dict[str, Path], env: dict[str, str]) -> None:
    """Where the start's time goes, in-process (main thread), cold, and what grows."""
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config"
        write_key(config)
        cenv = console_env(env, config)
        cenv["QT_QPA_PLATFORM"] = "offscreen"
        cenv.pop("DISPLAY", None)
        for name in ("empty", max(journals, key=lambda n: journal_size(journals[n]))):
            make_cold(journals[name])
            out = Path(tmp) / f"{name}.json"
            subprocess.run([sys.executable, "-c", PROFILE, str(out), str(journals[name])],
                           env=cenv, check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, timeout=300)
            results[name] = json.loads(out.read_text())
    small, big = results["empty"], results[next(n for n in results if n != "empty")]
    grown = sorted(((cum - small.get(fn, [0, 0.0])[1], fn, calls, cum)
                    for fn, (calls, cum) in big.items()), reverse=True)
    print("\nprofile of the console's start to its first paint, cold, in-process (cProfile, "
          "main thread; other threads are not in it); cumulative s, largest growth first:")
    print(f"  {'function':70s} {'empty':>7s} {'biggest':>8s}")
    shown = 0
    for delta, fn, _calls, cum in grown:
        if delta < 0.02 or "{" in fn:
            continue
        print(f"  {fn[:70]:70s} {small.get(fn, [0, 0.0])[1]:7.3f} {cum:8.3f}")
        shown += 1
        if shown == 14:
            break


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path,
                    default=Path(tempfile.gettempdir()) / "station-year-cache",
                    help="where the synthesized journals are kept and reused")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--quick", action="store_true",
                    help="1- and 3-day journals, 2 runs: a smoke run of the benchmark")
    ap.add_argument("--profile", action="store_true",
                    help="also profile the start in-process and name what grows")
    args = ap.parse_args()
    days = (1, 3) if args.quick else (30, 365)
    runs = 2 if args.quick else args.runs
    args.cache.mkdir(parents=True, exist_ok=True)
    journals = {"empty": cached_journal(args.cache, 0, print)}
    for d in days:
        journals[f"{d} days"] = cached_journal(args.cache, d, print)
    sizes = {n: journal_size(p) for n, p in journals.items()}
    times, bare, where = measure(journals, runs)
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"\nconsole start-up to first paint ({where}, median of {runs}; journals in "
          f"{args.cache}; 24 slots, 200 swaps a day)\n")
    print(f"  {'journal':10s} {'size':>9s} {'warm s':>8s} {'cold s':>8s} "
          f"{'warm/empty':>11s} {'cold/empty':>11s}")
    for name in journals:
        w, c = med[(name, "warm")], med[(name, "cold")]
        print(f"  {name:10s} {sizes[name] / 1e6:7.1f}MB {w:8.2f} {c:8.2f} "
              f"{w / med[('empty', 'warm')]:10.2f}x {c / med[('empty', 'cold')]:10.2f}x")
    mb = statistics.median(bare)
    print(f"  {'bare window':10s} {'':9s} {mb:8.2f}   (PySide6 + pyqtgraph, no journal)")
    big = f"{days[-1]} days"
    ratio = med[(big, "cold")] / med[("empty", "cold")]
    print(f"\n{big} cold / empty cold: {ratio:.2f}x (goal <= {GOAL}x: "
          f"{'met' if ratio <= GOAL else 'NOT met'}); spread of the {big} cold runs "
          f"{min(times[(big, 'cold')]):.2f}-{max(times[(big, 'cold')]):.2f} s")
    if args.profile:
        with paint_env() as (env, _):
            profile(journals, env)


if __name__ == "__main__":
    main()
