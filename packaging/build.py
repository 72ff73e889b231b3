"""Build the console's one-folder bundle and check it: ``python packaging/build.py``.

1. Installs the pinned build tools (PyInstaller) into this interpreter if they are missing,
   and refuses to build with a second Qt binding installed.
2. Writes the build information (git revision, build date) the bundle's ``--version`` shows.
3. Runs PyInstaller on packaging/operator-app.spec (one folder, UPX off) into dist/.
4. Prints the bundle's size and its ten largest parts.
5. Smoke test: copies the bundle to another folder and runs it there with a clean environment
   (no virtual environment, no PYTHONPATH): ``--version``, ``--self-test`` (a real swap on the
   simulated station, headless), ``sync drain`` of that journal to a Mosquitto started for it
   (when one is installed), and the console itself on the simulated station.
6. Start-up to the first painted window, bundle beside source, in the same run (median).

Options: --skip-startup, --runs N, --dist DIR.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BUILD_TOOLS = ["pyinstaller==6.22.3", "pyinstaller-hooks-contrib==2026.9"]
OTHER_BINDINGS = ("PyQt5", "PyQt6", "PySide2")
SIZE_GOAL_MB = 200


def step(text: str) -> None:
    print(f"build: {text}", flush=True)


def ensure_tools() -> None:
    clash = [m for m in OTHER_BINDINGS if importlib.util.find_spec(m) is not None]
    if clash:
        sys.exit(f"build: another Qt binding is installed ({', '.join(clash)}); PyInstaller "
                 "would bundle it too. Build in a clean environment (scripts/setup.sh).")
    if importlib.util.find_spec("PyInstaller") is None:
        step("installing " + " ".join(BUILD_TOOLS))
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", *BUILD_TOOLS],
                       check=True)
    if importlib.util.find_spec("operator_app") is None or importlib.util.find_spec(
            "segno") is None:
        step("installing the console's own dependencies")
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "-e", str(ROOT)],
                       check=True)


def write_build_info() -> Path:
    from operator_app import __version__

    rev = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                         capture_output=True, text=True)
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain",
                            "--untracked-files=no"], capture_output=True, text=True).stdout.strip()
    info = {"version": __version__,
            "revision": (rev.stdout.strip() or "unknown") + ("+changes" if dirty else ""),
            "built": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")}
    path = ROOT / "operator_app" / "build_info.json"
    path.write_text(json.dumps(info), encoding="utf-8")
    return path


def build(dist: Path) -> Path:
    info = write_build_info()
    try:
        subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                        "--log-level", "WARN", "--distpath", str(dist),
                        "--workpath", str(ROOT / "build" / "pyinstaller"),
                        str(ROOT / "packaging" / "operator-app.spec")], check=True, cwd=ROOT)
    finally:
        info.unlink(missing_ok=True)  # a source checkout reports itself as source
    bundle = dist / "operator-app"
    strip_debug(bundle)
    return bundle


def has_debug_info(path: Path) -> bool:
    """Whether the ELF file at ``path`` carries DWARF sections (.debug_info)."""
    try:
        with path.open("rb") as f:
            head = f.read(4)
            if head != b"\x7fELF":
                return False
            f.seek(0)
            return b".debug_info" in f.read()
    except OSError:
        return False


def strip_debug(bundle: Path) -> None:
    """Drop the debug sections a library was built with (the interpreter's libpython is
    23 MB with them, 6 MB without): only DWARF goes, never a symbol the loader needs
    (strip --strip-debug), so the bundle stays under its size goal."""
    strip = shutil.which("strip")
    if strip is None:
        print("bundle: no strip (binutils): debug sections kept")
        return
    saved = 0
    for path in sorted(p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()):
        if not has_debug_info(path):
            continue
        before = path.stat().st_size
        subprocess.run([strip, "--strip-debug", str(path)], check=True)
        saved += before - path.stat().st_size
    print(f"bundle: debug sections stripped, {saved / 1e6:.1f} MB saved")


def report_size(bundle: Path) -> float:
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files) / 1e6
    print(f"bundle size: {total:.1f} MB in {len(files)} files ({bundle}); goal < "
          f"{SIZE_GOAL_MB} MB: {'met' if total < SIZE_GOAL_MB else 'NOT met'}")
    print("ten largest parts:")
    for p in sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:10]:
        print(f"  {p.stat().st_size / 1e6:7.1f} MB  {p.relative_to(bundle)}")
    return total


def clean_env(home: Path) -> dict[str, str]:
    """What a kiosk session gives the bundle: no venv, no PYTHONPATH, no Python at all."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen"}


def smoke(bundle: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "elsewhere" / "operator-app"
        shutil.copytree(bundle, copy, symlinks=True)
        exe = copy / "operator-app"
        env = clean_env(Path(tmp))
        shipped = sorted(p.name for p in copy.rglob("operator_app_*.qm"))
        wanted = sorted(p.name for p in (ROOT / "operator_app" / "translations").glob("*.qm"))
        if shipped != wanted:
            sys.exit(f"build: the bundle carries the catalogues {shipped}, not {wanted}")
        version = subprocess.run([str(exe), "--version"], env=env, capture_output=True,
                                 text=True, timeout=60)
        print(version.stdout.rstrip())
        if version.returncode != 0 or "(bundle)" not in version.stdout:
            sys.exit(f"build: --version failed ({version.returncode}): {version.stderr[-2000:]}")
        test = subprocess.run([str(exe), "--self-test", "--swaps", "1", "--data-dir",
                               str(Path(tmp) / "data")], env=env, capture_output=True,
                              text=True, timeout=300)
        print(test.stdout.rstrip())
        if test.returncode != 0:
            sys.exit(f"build: --self-test failed ({test.returncode}): {test.stderr[-3000:]}")
        synced = drain_smoke(exe, env, Path(tmp))
        # a terminal with no fonts of its own: fontconfig finds none, the bundle's are used
        bare = Path(tmp) / "no-fonts.conf"
        bare.write_text('<?xml version="1.0"?>\n<fontconfig></fontconfig>\n', encoding="utf-8")
        thai = Path(tmp) / "thai.toml"
        thai.write_text('language = "th"\n', encoding="utf-8")
        console = subprocess.run([str(exe), "--simulate", "--quit-after", "4", "--config",
                                  str(thai), "--data-dir", str(Path(tmp) / "data2")],
                                 env={**env, "FONTCONFIG_FILE": str(bare)},
                                 capture_output=True, text=True, timeout=120)
        if console.returncode != 0 or "link ONLINE" not in console.stderr:
            sys.exit(f"build: the console did not run on the simulated station "
                     f"({console.returncode}): {console.stderr[-3000:]}")
        fonts = "application font Noto Sans, Noto Sans Thai, Noto Sans CJK HK"
        if fonts not in console.stderr or "configuration: " in console.stderr:
            sys.exit(f"build: the console in Thai, with no system font, did not use the "
                     f"bundle's fonts or its catalogue: {console.stderr[-3000:]}")
        step("smoke test passed: --version, --self-test, " + synced + " and the console on "
             "the simulated station, from a copy in another folder with a clean environment, "
             "in Thai with no system font (the bundle's own); "
             f"catalogues {', '.join(shipped)}")


def drain_smoke(exe: Path, env: dict, tmp: Path) -> str:
    """The self-test's journal drained to a real Mosquitto by the bundle (paho and the sync
    code frozen in): what it says in the smoke line."""
    from tests.sync.broker import Mosquitto

    if not shutil.which("mosquitto") and not Path("/usr/sbin/mosquitto").exists():
        return "(no mosquitto here: sync drain not tried)"
    broker = Mosquitto(tmp / "broker", persistence=False).start()
    try:
        config = tmp / "console.toml"
        config.write_text('station_id = "SMOKE-01"\n', encoding="utf-8")
        drain = subprocess.run([str(exe), "sync", "drain", "--data-dir", str(tmp / "data"),
                                "--config", str(config), "--broker", broker.url, "--timeout",
                                "20"], env=env, capture_output=True, text=True, timeout=120)
    finally:
        broker.stop()
    if drain.returncode != 0 or "unsent: 0" not in drain.stdout:
        sys.exit(f"build: sync drain failed ({drain.returncode}): {drain.stderr[-3000:]}")
    sent = next((line for line in drain.stdout.splitlines() if line.startswith("sent:")), "")
    return f"sync drain to Mosquitto ({sent})"


def startup(bundle: Path, runs: int) -> None:
    from tests.benchmarks.bench_ui import first_paint, paint_env

    frozen, source = [], []
    with paint_env() as (env, where), tempfile.TemporaryDirectory() as data:
        for _ in range(runs):  # interleaved, so that drift hits both alike
            args = ["--simulate", "--report-first-paint", "--quit-after", "30",
                    "--data-dir", data]
            source.append(first_paint([sys.executable, "-m", "operator_app", *args], env))
            frozen.append(first_paint([str(bundle / "operator-app"), *args], env))
    mf, ms = statistics.median(frozen), statistics.median(source)
    print(f"start-up to first paint ({where}, {runs} runs, median): bundle {mf:.2f} s, "
          f"source {ms:.2f} s, ratio {mf / ms:.2f}x; goal: bundle no slower than source: "
          f"{'met' if mf <= ms else 'NOT met'}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dist", type=Path, default=ROOT / "dist")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--skip-startup", action="store_true")
    args = ap.parse_args()
    ensure_tools()
    step("building the bundle (PyInstaller, one folder, UPX off)")
    bundle = build(args.dist)
    if report_size(bundle) >= SIZE_GOAL_MB:
        print(f"bundle: over its {SIZE_GOAL_MB} MB budget", file=sys.stderr)
        return 1
    smoke(bundle)
    if not args.skip_startup:
        startup(bundle, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
